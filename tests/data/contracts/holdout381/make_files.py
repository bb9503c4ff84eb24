"""holdout381: writes the ten blind held-out contracts, their labels, and checks lengths / thresholds / rule coverage.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H381Z01 = """
T:审计数据分析平台采购合同
P:合同编号：QSSJ-ZFCG-2025-017    政府采购项目编号：QS2025-GK-0306（公开招标）
P:甲方（采购人）：青岚市审计局    地址：青岚市政务中心东楼七层
P:乙方（供应商）：杭州衡数信息技术有限公司    地址：杭州市西湖区文三路318号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就审计数据分析平台的采购、定制开发与实施事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供审计数据分析平台软件（含数据采集、数据治理、疑点模型、可视化分析四个模块）的永久使用许可，并完成财政、社保、公积金三类审计数据的接入治理、二十个审计疑点模型的定制开发、部署实施及培训。
P:1.2 平台部署于甲方审计专网机房，乙方不得以任何方式将系统或数据接入互联网。
P:1.3 具体技术要求以招标文件第五章及乙方投标文件技术应答为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零叁万元整（¥2,030,000.00），为固定总价，包含软件许可、开发、实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（四个模块，不限用户数）|1,260,000
TB:2|数据接入治理及疑点模型定制开发|586,000
TB:3|部署实施及联调|148,000
TB:4|培训（管理员及业务骨干）|36,000
TB:合计||2,030,000
P:2.2 除本合同另有约定外，甲方无须支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币406,000元。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的55%，即人民币1,116,500元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的25%，即人民币507,500元。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署及初步验收，在初步验收后九十日内完成试运行并提请最终验收。
P:4.2 乙方应按甲方要求提交需求规格说明书、模型设计文档、部署手册、用户手册、源代码（定制部分）及测试报告。
P:4.3 乙方应指定具备高级工程师职称的项目经理常驻甲方现场，项目经理更换须经甲方书面同意。项目组主要成员应与投标文件一致。
H:第五条 验收
P:5.1 初步验收标准：四个模块功能点全部实现；三类数据接入的记录数与源系统核对一致，差异为零；二十个疑点模型在甲方提供的历史样本上完成回测，检出结果经甲方审计业务处确认；单表亿级记录查询响应不超过8秒。
P:5.2 最终验收标准：试运行不少于六十日，期间无一级故障；第三方测评机构出具的安全测评报告无高危问题；全部文档及定制源代码已移交。
P:5.3 验收由甲方组织，乙方提交验收申请后十五个工作日内完成，并由双方签署验收报告。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）；一级故障（平台不可用或疑点模型无法运行）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到6.2约定的，每超时1小时扣减服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减1,500元，从应付款或履约保证金中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的10%，即每年不超过人民币126,000元，该价格在质保期满后两个维护年度内不上调。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的疑点模型、数据治理脚本、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行使用、修改或委托第三方使用和修改。
P:7.3 乙方保证所提供的软件不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 甲方提供及平台产生的全部审计数据、被审计单位数据和日志均属于甲方，乙方仅为履行本合同处理，不得留存、复制或用于其他任何目的。
P:8.2 乙方人员仅可在甲方机房内经堡垒机授权访问系统，全程操作审计；不得使用移动存储介质；测试使用甲方提供的脱敏样本。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任并配合甲方处置。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的审计工作秘密、被审计单位信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与项目人员签订保密承诺书。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但乙方故意或重大过失、侵犯知识产权及违反第八条、第九条造成的损失不受此限。
P:10.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。甲方可从应付款项或履约保证金中直接扣除违约金及扣款。
H:第十一条 分包
P:11.1 乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条之一 不可抗力
P:因地震、洪水、战争等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明；履行期限相应顺延，双方均不承担违约责任。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青岚市审计局    法定代表人或授权代表：__________    日期：____年__月__日
P:乙方（盖章）：杭州衡数信息技术有限公司    法定代表人或授权代表：__________    日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H381Z02 = """
T:干熄焦装置控制系统改造合同
P:合同编号：HYJH-SB-2025-0142
P:甲方：河源晋华焦化有限公司（买方）
P:乙方：南京中控新程自动化工程有限公司（卖方）
P:鉴于甲方二号干熄焦装置原控制系统已运行多年、备件停产，甲方决定对其进行整体改造；乙方具备相应的设计、供货和工程能力。双方依据《中华人民共和国民法典》，经友好协商，就改造项目达成如下条款。
H:一、项目范围
P:（一）乙方负责干熄焦装置DCS控制系统的设计、供货、组态编程、安装、停炉切换、调试及投运，范围包括循环风机、提升机、装入装置、排焦装置、锅炉给水及旁路放散系统的控制回路。
P:（二）乙方同时更换部分现场仪表，包括循环气体成分分析仪、干熄炉温度及压力测点、排焦温度测点，型号以附件技术协议为准。
P:（三）停炉切换窗口为甲方年度检修期，乙方应在检修期内完成切换，不得延长停炉时间。
P:（四）乙方应编制详细的切换方案和应急回退方案，经甲方生产、安全、设备三部门会签后实施；切换期间乙方技术负责人应全程在场。
P:（五）乙方人员进入甲方厂区须遵守甲方安全生产、动火作业、受限空间作业及煤气区域管理规定，接受甲方安全教育并佩戴防护用品。
H:二、合同价格
P:（一）本合同总价为人民币贰佰捌拾玖万元整（¥2,890,000），含设备、软件、工程服务、运输、保险、税费。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站（冗余控制器、I/O卡件、机柜）|6套|1,380,000
TB:2|操作员站、工程师站及网络设备|1批|216,000
TB:3|DCS系统软件及组态软件许可|1套|264,000
TB:4|现场仪表（分析仪、温度及压力测点）|1批|498,000
TB:|软硬件小计||2,358,000
TB:5|组态编程与系统调试|1项|312,000
TB:6|安装及停炉切换|1项|196,000
TB:7|操作及维护培训|1项|24,000
TB:|合同总价||2,890,000
P:（二）上述价格为固定价格，不因原材料或汇率变化而调整。
P:（三）甲方付款前，乙方应开具合法有效的增值税专用发票；乙方账户信息变更的，应提前书面通知甲方，否则由此造成的付款错误由乙方负责。
H:三、付款
P:（一）合同生效后十五日内，甲方支付合同总价的10%作为预付款，即289,000元。
P:（二）全部设备到达甲方现场并经开箱检验后，甲方支付合同总价的35%，即1,011,500元；开箱检验仅确认数量与外观，不代表质量验收。
P:（三）系统投运并通过最终验收后，甲方支付合同总价的50%，即1,445,000元。
P:（四）合同总价的5%即144,500元作为质量保证金，质保期满且无未决质量问题后一次付清。
H:四、交货与工期
P:（一）设备应在合同生效后七十五日内运抵甲方焦化厂区指定库房。
P:（二）乙方应在甲方检修期开始后二十二日内完成切换并具备热态投运条件。
P:（三）乙方提供的设备应为原厂全新产品，随货提供装箱单、合格证、出厂检验报告及原产地证明，控制器和卡件的固件版本应为供货时最新的稳定版本。
P:（四）乙方应提交设计联络会纪要、I/O清单、控制原理图、组态备份、操作规程及维护手册各三套，并提供电子版。
H:五、验收
P:（一）冷态调试完成后进行回路测试，全部I/O点逐点校验，准确率须全部合格；控制站冗余切换测试无扰动。
P:（二）热态投运后连续运行七十二小时，主要控制回路投入自动，排焦温度、循环风量等关键参数控制偏差满足技术协议；系统无死机、无误动作。
P:（三）满足上述条件后双方签署最终验收证书。设备到货、安装完成或甲方投入生产使用，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障设备、修复软件缺陷。
P:（二）故障响应：一级故障（控制站失效、关键回路失控或导致生产中断）乙方应在30分钟内响应，3小时内派工程师到场；二级故障2小时内响应，24小时内到场。
P:（三）乙方响应或到场超时的，每超时1小时，甲方可扣减质量保证金2,000元。
P:（四）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的18%计取，即每年424,440元，三个维保年度内固定不变，双方另签维保合同，不自动续期。
P:（五）质保期内乙方每季度进行一次现场巡检，检查控制站运行状态、冗余切换、接地与电源，并提交巡检报告；甲方检修期内乙方派工程师配合。
P:（六）乙方承诺自最终验收之日起不少于十年内持续供应本项目所用控制器、卡件的备品备件，停产前应提前一个季度书面通知甲方并提供替代方案。
H:七、知识产权
P:（一）DCS平台软件的知识产权归其权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编制的组态程序、控制逻辑、画面及文档归甲方所有，甲方可自行修改或交由第三方维护。
H:八、数据与工控安全
P:（一）装置运行数据、工艺参数及历史记录属于甲方，乙方不得复制、带离或用于其他目的。
P:（二）乙方须遵守甲方工控安全管理制度，远程维护须经甲方逐次审批并通过工业防火墙及堡垒机进行；乙方接入的计算机及介质须经查毒。
P:（三）发生网络安全事件的，乙方应在2小时内报告甲方；因乙方原因造成数据泄露、系统感染或生产事故的，乙方承担全部责任并赔偿甲方损失。
P:（四）乙方应对甲方接入控制网络的外来设备建立台账，禁止在控制网络上安装与生产无关的软件；控制站与管理网络之间只允许单向数据传输。
P:（五）乙方应在最终验收前完成系统加固，关闭不必要的端口和服务，修改全部默认口令，并向甲方移交账号清单。
H:九、保密
P:乙方对甲方的工艺技术、生产数据、图纸及其他非公开信息负有保密义务，不得向第三方披露，保密期限至合同终止后三年。
P:乙方应要求其参与本项目的人员遵守本条约定，并对其人员的泄密行为承担责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成投运的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
P:（三）因乙方原因造成停炉时间延长的，乙方还应赔偿甲方由此产生的直接损失。
P:（四）乙方支付的违约金不足以弥补甲方损失的，乙方应补足差额。甲方有权从应付款或质量保证金中扣除违约金和扣款。
H:十一、分包
P:乙方不得分包本合同主体工作；现场仪表安装如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担连带责任。
H:十二、合同解除
P:乙方严重违约并在甲方书面通知后二十日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交河源仲裁委员会仲裁。
H:十三之一、不可抗力
P:因不可抗力导致一方不能按期履行的，应在事件发生后三日内通知对方，并在十日内提交有关部门出具的证明。履行期限按影响时间顺延。
H:十四、其他
P:本合同附件包括技术协议、设备清单、切换方案。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：河源晋华焦化有限公司    授权代表：________
P:乙方（盖章）：南京中控新程自动化工程有限公司    授权代表：________
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H381Z03 = """托管班接送及缴费管理云服务合同

合同编号：XQ-SAAS-2025-088

甲方：成都小禾苗教育咨询有限公司（以下简称"甲方"）
乙方：重庆托管帮网络科技有限公司（以下简称"乙方"）

甲方在成都市经营"小禾苗"课后托管班共40家门店，拟使用统一的接送签到与缴费管理系统。乙方是该类云服务的提供方。双方本着平等自愿原则，签订本合同。

第一条 服务内容
（1）乙方向甲方40家门店提供"托管帮"云平台的订阅服务，功能包括：学生档案、到校及离校接送签到、家长端小程序、课时与餐费缴费、电子收据、门店经营报表。
（2）乙方负责实施服务：将甲方现有表格中的学生与缴费数据迁移至平台、为每家门店配置收费项目、对接甲方指定的银行收款通道、培训门店老师。
（3）平台由乙方运营维护，部署于乙方在境内租用的云资源上。
（4）乙方应为甲方指定一名客户经理，负责需求对接、上线组织和日常服务协调；客户经理变更的，应提前十日通知甲方。
（5）乙方应保证平台支持安卓和苹果手机上的家长端小程序，以及门店使用的平板电脑和收银设备。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期满前三十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，续订次数不限。
（3）每次续订时，乙方有权根据其价格政策上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应于续订前以短信或平台公告方式通知甲方。

第三条 费用
（1）订阅费：每家门店每个服务年度3,600元，40家门店每个服务年度合计144,000元，三个服务年度合计432,000元。
（2）实施费：58,000元，包括数据迁移、门店配置和收款通道对接。
（3）培训费：8,000元。
（4）本合同总价为498,000元（含税）。门店数量增加的，新增门店按同一单价另行结算。
（5）乙方对订阅费单价的任何调整，仅在第二条第（2）项约定的续订时发生，服务期内单价不变。
（6）收款通道产生的银行手续费由甲方与银行另行约定，不包含在本合同价款中。

第四条 付款方式
（1）实施费和培训费在上线验收合格后十五个工作日内支付。
（2）订阅费按季度结算，每季度结束后十五个工作日内，甲方根据乙方提供的服务报告支付当季订阅费。
（3）甲方不向乙方预付任何费用。
（4）乙方应向甲方开具增值税普通发票，发票抬头为甲方。门店数量减少的，自减少之日起的下一季度起按实际门店数结算订阅费。

第五条 上线与验收
（1）乙方应在合同签订后四十五日内完成实施并提请上线验收。
（2）验收标准：40家门店的学生档案和历史缴费记录迁移完整，抽查核对无差错；接送签到在家长端实时推送，延迟不超过10秒；缴费流水与银行收款通道逐笔对账一致；门店报表数据与流水一致。
（3）以上全部满足后，双方签署上线验收单。乙方单方面开通账号或甲方门店试用，不视为验收。
（4）乙方逾期完成上线验收的，每逾期一日，应向甲方支付违约金500元。

第六条 服务水平
（1）平台月度可用率不低于99.95%。
（2）一级故障（接送签到或缴费功能在全部或多数门店不可用）乙方应在30分钟内响应，3小时内恢复；二级故障（个别门店或个别功能异常）2小时内响应，次一工作日内解决。
（3）乙方按月向甲方提供服务报告，载明可用率和故障处理情况。
（4）上述服务水平为乙方的服务目标。未达到服务水平的，乙方应分析原因并改进，但不因此向甲方承担扣费、减免服务费或赔偿责任。
（5）乙方应提供7×24小时电话及在线客服，门店老师可通过小程序直接提交故障工单，工单处理进度应实时可查。
（6）乙方进行版本更新前应提前三日通知甲方，更新应安排在晚上十点至次日早上六点之间进行。

第七条 数据
（1）甲方录入及平台产生的学生、家长、缴费数据归甲方所有。
（2）乙方有权对前述数据进行去标识化处理后，用于平台功能改进、行业研究及乙方其他产品的开发，该权利在本合同终止后继续有效。
（3）合同终止后三十日内，乙方应向甲方提供全部数据的导出文件，并删除平台中的甲方数据（第（2）项已去标识化处理的数据除外）。

第八条 数据安全
（1）乙方应按照网络安全等级保护第二级要求运行平台，对儿童个人信息和家长身份信息加密存储，对访问权限实行最小授权并记录操作日志。
（2）乙方应制定数据安全事件应急预案。发生数据泄露、篡改或丢失的，乙方应在6小时内通知甲方，并协助甲方通知受影响的家长。
（3）因乙方原因造成数据安全事件的，乙方应承担由此产生的全部责任，赔偿甲方因此遭受的损失，包括甲方向家长承担的赔偿及行政罚款。
（4）乙方应每半年组织一次数据安全自查，并将自查报告提供给甲方；甲方有权对乙方的数据安全措施进行检查，乙方应予配合。
（5）乙方不得将平台数据存储或传输至境外。

第九条 保密
（1）双方对在合作中获得的对方商业信息，包括价格、经营数据、客户名单，负有保密义务，未经对方书面同意不得披露。
（2）本条在合同终止后三年内继续有效。
（3）乙方应与接触甲方信息的员工签订保密协议，并对员工的泄密行为承担责任。

第十条 知识产权
（1）"托管帮"平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的收费项目模板、门店报表模板及与甲方财务系统的接口程序，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

第十一条 分包
乙方不得将本合同项下服务转包或分包；确需分包的，须事先取得甲方书面同意。

第十二条 违约与赔偿
（1）除第五条第（4）项的违约金外，任何一方违反本合同给对方造成损失的，应予赔偿。
（2）乙方在本合同项下的赔偿总额以本合同总价的1.5倍为限，但第八条项下的数据安全责任不受此限。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

第十三条 合同解除
（1）一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（2）平台连续中断超过72小时的，甲方有权立即解除本合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方均可向甲方所在地人民法院起诉。
第十四条之一 甲方的义务
（1）甲方应在合同签订后十日内提供40家门店的学生档案、收费标准和历史缴费表格，并保证数据的合法来源。
（2）甲方应指定项目联系人，及时确认乙方提交的配置方案和上线验收申请。
（3）甲方负责取得家长对使用接送签到和线上缴费服务的同意。

第十四条之二 不可抗力
因不可抗力或电信运营商、云资源所在地区大面积断网等非乙方原因造成服务中断的，不计入不可用时间，但乙方应及时通知甲方并尽快恢复服务。

第十五条 其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方：成都小禾苗教育咨询有限公司（盖章）    代表签字：________
乙方：重庆托管帮网络科技有限公司（盖章）    代表签字：________
日期：2025年__月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H381Z04 = """营业收费系统运维服务合同

项目名称：营业收费系统年度运维服务
采购方式：竞争性磋商（项目编号：LZSW-CS-2025-011）
合同编号：LZSW-YW-2025-036

甲方：临洲市水务集团有限公司
住所：临洲市滨江大道88号
乙方：合肥泉通软件股份有限公司
住所：合肥市高新区望江西路520号

甲方通过竞争性磋商确定乙方为本项目成交供应商。依据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

1. 服务范围
1.1 乙方负责甲方营业收费系统的运行维护，系统包括抄表管理、账务核算、柜台收费、银行及第三方支付代收、票据管理、客户服务热线接口等子系统，服务约62万户供水用户。
1.2 服务内容包括：驻场值守与日常巡检；故障处理；数据库与中间件维护；阶梯水价等政策调整引起的参数配置与程序修改；与银行、支付机构、智能水表平台接口的维护；本服务年度内一次大版本升级。
1.3 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。期满后不自动续期，是否续签由甲方另行采购决定。

2. 服务费用
2.1 本合同总价为人民币玖拾玖万元整（¥990,000），包括：驻场运维（3人）612,000元；远程支持与巡检118,000元；版本升级与接口维护186,000元；数据库与中间件维护74,000元。
2.2 上述费用包含乙方人员工资、差旅、工具及税费，甲方不再支付其他费用。
2.3 甲方在服务期内新增营业网点或接入新代收渠道的，如工作量不超过本合同约定范围的百分之十，乙方不另行收费。

3. 付款
3.1 服务费按季度支付，每季度247,500元。
3.2 每季度结束后，甲方依据第6条对乙方当季服务进行考核，考核结果确认后二十个工作日内支付当季服务费，扣除当季应扣款项。
3.3 本合同不设预付款。

4. 人员
4.1 乙方派驻3名工程师常驻甲方营业收费中心，其中项目经理1名、应用工程师1名、数据库工程师1名，名单及资质经甲方确认。
4.2 驻场人员未经甲方同意不得更换；确需更换的，应提前十五日书面申请，替换人员资质不得低于原人员。
4.3 乙方应建立二线技术支持团队，驻场人员无法处理的问题，二线团队应在一级故障响应时限内远程介入。
4.4 驻场人员应遵守甲方考勤、保密和安全管理制度，每月向甲方提交工作月报，内容包括工单统计、巡检结果、变更记录和风险提示。
4.5 每年抄表结算高峰期、水价调整执行日及春节前后，乙方应增派至少1名工程师现场保障。

5. 服务水平
5.1 营业收费系统核心业务（柜台收费、代收对账、账务核算）月度可用率不低于99.5%，计划停机须提前三个工作日报甲方批准，不计入不可用时间。
5.2 故障分级及时限：
（1）一级故障：核心业务全面中断或出现批量错账，15分钟内响应，2小时内恢复业务；
（2）二级故障：部分营业网点或单一代收渠道中断，30分钟内响应，8小时内恢复；
（3）三级故障：非核心功能异常或咨询，当日响应，三个工作日内解决。
5.3 服务水平未达标的扣款：月度可用率每低于承诺值0.1个百分点，扣减当季服务费5,000元；一级故障响应或恢复每超时30分钟，扣减2,000元；二级故障每超时1小时，扣减500元。
5.4 所有变更须按甲方变更管理流程提交申请，经甲方审批后在非营业时间实施，并在实施前完成数据备份和回退准备。
5.5 乙方每月对数据库进行一次恢复演练，每季度配合甲方完成一次灾备切换演练。

6. 考核与验收
6.1 甲方按季度对乙方进行考核，考核内容包括：可用率和故障处理时限达标情况、巡检报告完整性、工单关闭率不低于98%、驻场人员出勤。
6.2 版本升级完成后，甲方按升级方案所列测试用例组织验收，全部用例通过、账务试算平衡、连续运行十五日无一级故障，方为验收合格。
6.3 服务期满，甲方根据四个季度考核结果出具年度验收意见。
6.4 考核不合格的季度，乙方应在十个工作日内提交整改报告；整改未完成前，甲方可暂缓支付当季服务费中与不合格项目对应的部分。
6.5 乙方应在服务期满前三十日提交年度运维总结，包括系统运行统计、遗留问题清单和下一服务年度的改进建议。

7. 数据安全与保密
7.1 系统中的用户档案、用水量、缴费记录、账务数据均属甲方所有，乙方仅可为本合同运维目的访问，不得复制、留存或向任何第三方提供。
7.2 乙方人员须通过甲方堡垒机访问生产环境，使用个人账号，操作全程审计；生产数据导出须经甲方书面审批；测试环境只使用脱敏数据。
7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案处置。因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
7.4 乙方及其人员对在服务中知悉的甲方商业秘密、用户信息及其他非公开信息负有保密义务，服务期满后继续有效。
7.5 服务期满或合同解除时，乙方应交还全部账号、资料和介质，删除其保存的甲方数据，并出具书面确认。

8. 知识产权
8.1 营业收费系统原有软件著作权不因本合同而转移。
8.2 乙方在服务期间为甲方编写的程序修改、接口程序、脚本和技术文档，知识产权归甲方所有，乙方应随时向甲方移交源代码。
8.3 乙方应保证交付的程序不含恶意代码、后门或未经甲方同意的远程控制功能。

9. 违约责任
9.1 乙方未按升级方案约定的日期完成版本升级验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期支付服务费的，每逾期一日按应付金额的万分之二支付违约金。
9.3 乙方在本合同项下承担的赔偿责任（含违约金及扣款）累计不超过合同总价的50%，即人民币495,000元。
9.4 乙方人员在甲方场所因乙方原因造成人身伤害或财产损失的，由乙方承担责任。

10. 分包
10.1 乙方不得将本合同服务分包或转包。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或出现重大违约经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务时间结算。
11.2 合同解除的，乙方应配合完成运维交接，交接期不少于三十日。

12. 争议解决
12.1 本合同适用中华人民共和国法律。
12.2 发生争议协商不成的，提交临洲仲裁委员会仲裁。
12.3 因不可抗力造成服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应时间不计入不可用时间。

13. 其他
13.1 磋商文件、响应文件、成交通知书为本合同组成部分。13.3 双方指定的联系人及联系方式以附件为准。任何通知以书面形式送达对方指定地址即视为送达。

13.2 本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：临洲市水务集团有限公司        授权代表：__________
乙方（盖章）：合肥泉通软件股份有限公司        授权代表：__________
签订日期：2025年6月__日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, markdown price table)
H381Z05 = """# 仓储管理系统软件许可及实施合同

> 本合同采用乙方"仓易通合同范本 V4.0"，合同编号：CYT-2025-0419

**甲方（用户）：** 绥河香满园豆浆粉制品有限公司

**乙方（供应商）：** 苏州仓易通软件科技有限公司

甲方拟对原料库、包材库和成品库实施信息化管理，乙方同意向甲方提供"仓易通WMS"软件许可及定制开发、实施服务。双方协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓易通WMS标准版软件永久许可，适用于3个仓库、60个用户及20台手持终端。

1.2 乙方根据甲方需求进行定制开发，内容包括：原料批次追溯、成品保质期预警、与甲方用友ERP的出入库单据接口、豆浆粉生产领料看板。

1.3 乙方负责系统安装、基础数据初始化、上线支持和用户培训。

1.4 乙方提供的软件版本为签约时的最新发行版。系统运行所需的服务器、数据库、操作系统及手持终端硬件由甲方自行采购。

1.5 乙方按标准实施方法论组织实施，包括需求调研、方案确认、系统配置、数据初始化、用户培训和上线切换六个阶段。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件永久许可 | 820,000 |
| 2 | 定制开发（批次追溯、保质期预警、ERP接口、领料看板） | 168,000 |
| 3 | 安装实施及培训 | 62,000 |
| | 合计 | 1,050,000 |

2.1 以上价款为含税价。

2.2 甲方要求增加的功能按乙方人天单价2,800元另行计费。

2.3 差旅费已包含在实施费中。甲方因自身原因要求乙方额外派员到现场的，差旅费由甲方承担。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即682,500元。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即367,500元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收到款项后开具增值税专用发票。甲方要求变更开票信息的，应在付款前书面通知乙方。

3.5 甲方支付的款项，乙方首先用于抵扣甲方应付的违约金（如有），剩余部分再抵扣当期应付款项。

## 第四条 实施与上线

4.1 乙方在收到3.1款项后开始实施，计划实施周期为90日。实施进度受甲方需求变更、数据准备等因素影响的，周期相应顺延。

4.2 乙方将尽力按计划完成实施，但不对实施周期作出保证。

4.3 甲方应在乙方进场前准备好服务器和网络环境，提供基础数据（物料编码、库位、供应商、客户资料），并指派项目负责人和关键用户全程参与。

4.4 因甲方准备不足造成的实施延误，乙方不承担责任；乙方人员因此发生的等待时间，按乙方人天单价计费。

## 第五条 验收

5.1 系统在甲方环境部署完成并上线运行，即视为甲方验收合格。

5.2 甲方如对系统有意见，可在上线后提出，由乙方在后续维护中酌情处理。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告的一级故障（系统无法登录或无法出入库），乙方在8小时内响应；其他问题在2个工作日内响应。

6.3 乙方按上述时间响应即视为履约。系统故障或响应延误造成的任何损失，乙方不承担扣款、赔偿或违约金。

6.4 免费维护不包括：甲方自行修改配置或数据导致的问题；服务器、网络、手持终端等硬件故障；甲方新增的需求。上述情况乙方可提供有偿服务。

6.5 乙方提供电话、远程桌面和邮件支持，支持时间为工作日上午九点至下午六点。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的22%，即每年180,400元。

7.2 年度维护服务内容与第六条相同。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本更新；甲方此后重新购买的，应补交中断期间的维护费。

7.4 年度维护费在每个维护年度开始前一次性支付。

## 第八条 知识产权

8.1 仓易通WMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、看板及其源代码，知识产权均归乙方所有；甲方获得在本企业内部使用的非独占许可，不得修改、反编译或提供给第三方。

8.3 甲方不得对软件进行反向工程，不得将软件许可转让或提供给关联公司以外的第三方使用。甲方超出许可范围使用的，应按乙方报价补交许可费。

## 第九条 数据

9.1 甲方业务数据存储于甲方服务器。乙方实施和维护时采取访问控制、账号分级和传输加密等措施，维护操作留存日志。

9.2 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方，采取补救措施，并承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方的库存、出入库及批次数据经脱敏处理后，用于乙方产品优化、行业分析报告及向其他客户提供的基准对比服务。

9.4 合同终止后，甲方可自行导出其业务数据，乙方在甲方书面要求下协助导出，协助工作按人天单价计费。

## 第十条 合作伙伴

乙方可根据项目需要，将部分实施、开发或现场支持工作交由乙方的合作伙伴完成，无需征得甲方同意。乙方对合作伙伴的工作质量负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 乙方严重违约，经甲方书面通知后三十日内仍未改正的，甲方可以解除本合同。

12.2 甲方未按约付款超过三十日的，乙方可以解除本合同，已收款项不予退还。

## 第十二条之一 不可抗力

因不可抗力导致任何一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明。受影响的履行期限相应顺延。

## 第十二条之二 通知

双方的通知以书面形式发送至本合同首页所列地址，或发送至双方确认的电子邮箱，发出后即视为送达。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

14.2 本合同自双方盖章之日起生效，一式两份。

| 甲方（盖章） | 乙方（盖章） |
|---|---|
| 绥河香满园豆浆粉制品有限公司 | 苏州仓易通软件科技有限公司 |
| 代表：________ | 代表：________ |
| 日期：____年__月__日 | 日期：____年__月__日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H381E01 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. QHF-SW-2025-06
P:This Agreement is made between Jingdezhen Qinghua Fang Ceramic Art Studio Co., Ltd., a company registered in Jingdezhen, Jiangxi Province, People's Republic of China (the "Buyer"), and Ornament Soft S.R.L., a company registered in Cahul, Republic of Moldova, with its office at 14 Strada Republicii, Cahul (the "Vendor").
P:Background: The Buyer runs a studio of painters who decorate blue-and-white porcelain by hand. It wishes to keep its collection of traditional motifs, brush-stroke studies and cobalt glaze records in a searchable digital library. The Vendor publishes the MotifVault software for design archives and has agreed to license it and to implement it for the Buyer on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means MotifVault Professional, version 7, including the archive server module and all updates released during the Warranty Period.
P:1.2 "Custom Plug-in" means the glaze-palette plug-in that the Vendor will develop for the Buyer under Article 3, together with its source code and documentation.
P:1.3 "Acceptance" means the Buyer's signature of the acceptance certificate under Article 6.
P:1.4 "Buyer Materials" means the motif images, scans, sketches, glaze recipes, painter notes and all other content that the Buyer loads into the Software or gives to the Vendor.
P:1.5 "Working Day" means a day on which banks are open in Jingdezhen.
P:1.6 Headings are for convenience only. References to Articles are to Articles of this Agreement.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for fourteen named seats and one archive server at the Buyer's premises in Jingdezhen.
P:2.2 The Buyer may make backup copies of the Software and may move the licence to replacement hardware on notice to the Vendor.
P:2.3 No licence fee is payable for the Software beyond the amounts in Article 4.
H:Article 3 Implementation Services
P:3.1 The Vendor shall install the Software, import the Buyer's catalogue of about 3,200 motifs with their metadata, configure the search fields requested by the Buyer, and develop the Custom Plug-in, which shows the cobalt shade of each motif against the studio's glaze test tiles.
P:3.2 The Vendor shall train the Buyer's painters and the studio administrator on site in Jingdezhen.
P:3.3 The Vendor shall complete installation within forty-five days and be ready for acceptance testing within ninety days after the Effective Date.
P:3.4 The Vendor shall appoint a project manager who speaks Chinese or works with an interpreter provided by the Vendor at its own cost. The project manager shall report progress to the Buyer every two weeks.
P:3.5 The Buyer shall provide the server hardware, the operating system, a network connection in the studio and a working room for the Vendor's staff during installation. The Buyer shall also make the motif register and the scanned images available in an agreed folder structure before the import starts.
P:3.6 The Vendor shall deliver an administrator manual and a user manual in Chinese, and a short illustrated guide for painters on how to tag new motifs.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and payable in Chinese yuan (CNY). The total Contract Price is CNY 690,000, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|MotifVault Professional perpetual licence, 14 named seats at CNY 26,500|371,000
TB:2|Archive server module, perpetual licence|148,000
TB:|Licence subtotal|519,000
TB:3|Installation and import of the motif catalogue|86,000
TB:4|Custom Plug-in development|64,000
TB:5|On-site training|21,000
TB:|Contract Price|690,000
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's staff.
H:Article 5 Payment
P:5.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 138,000) within fifteen days after the Effective Date against the Vendor's invoice; (b) 25% (CNY 172,500) after installation of the Software and delivery of the licence keys; and (c) 55% (CNY 379,500) within twenty days after Acceptance.
P:5.2 Payment is made by bank transfer in CNY to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall show that: (a) all 3,200 motifs and their metadata have been imported and a full count matches the Buyer's register; (b) a search by motif name, period or painter returns results within two seconds on the Buyer's network; (c) the Custom Plug-in displays each motif with the correct glaze tile for a sample of 200 motifs chosen by the Buyer; and (d) fourteen seats can work at the same time without errors.
P:6.2 When the tests are passed the Buyer shall sign the acceptance certificate within ten days. If a test fails, the Vendor shall correct the defect and repeat the test. Installation or use of the Software by the Buyer is not Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Plug-in will perform substantially in accordance with their documentation for a Warranty Period of three months from Acceptance. During the Warranty Period the Vendor shall correct reported defects free of charge.
P:7.2 The warranty does not cover defects caused by the Buyer's modification of the Software or by hardware failure.
P:7.3 If the Vendor cannot correct a defect within a reasonable time, the Buyer may have it corrected by a third party at the Vendor's cost or claim a reasonable reduction of the price.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual maintenance, which covers updates, defect correction and remote help by e-mail. The annual maintenance fee is 13% of the licence subtotal, that is CNY 67,470 for each maintenance year, and shall not change during the first three maintenance years.
P:8.2 The Vendor will use commercially reasonable efforts to answer support requests during its business hours in Moldova. No response or resolution times apply.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor.
P:9.2 The Custom Plug-in, including its source code, belongs to the Buyer from the date of payment under Article 5.1(c). The Buyer may use, change and license it to others without restriction, and the Vendor shall deliver its source code at Acceptance.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall pay any damages awarded.
H:Article 10 Buyer Materials and Data Security
P:10.1 Buyer Materials belong to the Buyer. The Vendor may use them only to perform this Agreement and shall not keep, copy or publish them.
P:10.2 The Vendor's staff may access the Buyer's server only through a remote session opened by the Buyer for each support task; the session is recorded. The Vendor shall not move Buyer Materials outside the Buyer's premises.
P:10.3 If Buyer Materials are lost, leaked or damaged through the Vendor's act or omission, the Vendor shall notify the Buyer within 24 hours, help to restore them, and compensate the Buyer for its losses.
H:Article 11 Confidentiality
P:11.1 Each party shall keep secret the other party's non-public information, including the Buyer's unpublished designs and glaze recipes, and shall not disclose it without prior written consent. This duty survives for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to be ready for acceptance testing by the date in Article 3.3, it shall pay delay damages of CNY 600 for each day of delay, up to a total of CNY 69,000.
P:12.2 The Vendor's total liability under this Agreement is limited to twice the Contract Price. This limit does not apply to Article 9.3, Article 10 or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its work without the Buyer's prior written consent.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach the limit in Article 12.1. The Vendor shall then refund the amounts paid for undelivered work.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final.
H:Article 15A Force Majeure
P:15A.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended by the period of the delay.
H:Article 15B Notices
P:15B.1 Notices shall be in writing and sent by courier or e-mail to the addresses above. A notice by e-mail is received on the next Working Day after it is sent.
H:Article 16 General
P:16.1 This Agreement is written in English and Chinese; both versions have equal force. It takes effect on the date of the last signature (the "Effective Date").
P:16.2 This Agreement is the entire agreement of the parties about its subject and may be changed only in writing signed by both parties. Neither party may assign it without the other party's written consent.
P:16.3 Export control: the Vendor confirms that no export licence is needed to deliver the Software to the People's Republic of China.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H381E02 = """# ORDER FORM AND GENERAL TERMS — StayLine Booking Cloud

Order Form No. SL-CN-2025-031

## PART A — ORDER FORM

**Customer:** Zhangbei Caoyuan Tianlu Motel Management Co., Ltd., Zhangbei County, Zhangjiakou, Hebei Province, People's Republic of China.

**Provider:** StayLine Technologies LLC, 27 Nizami Street, Sumgait, Republic of Azerbaijan.

**Purpose:** The Customer operates nine roadside motels along the Zhangbei grassland road. It needs one booking engine for its website, a channel manager for the online travel agencies it sells through, and a front-desk module for check-in and housekeeping. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement").

### A1. Services and Subscription Term

A1.1 StayLine Booking Cloud, Standard edition, for nine properties, including booking engine, channel manager, front desk and housekeeping modules, and guest messaging.

A1.2 The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date in A3.

A1.3 The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

A1.4 The Service is provided in Chinese and English. Guest-facing booking pages are shown in Chinese, English and Russian.

A1.5 The Customer's named contact is its operations manager in Zhangbei; the Provider's named contact is its account manager for China, who shall be reachable by telephone and WeChat during Beijing business hours.

### A2. Fees

At the Customer's request, all fees are quoted and invoiced in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 9 properties × CNY 14,000 per Subscription Year | 126,000 per Subscription Year |
| Subscription fees for the Subscription Term | 2 Subscription Years | 252,000 |
| Set-up, data migration and channel integration | one-time | 48,000 |
| **Total Order Value** | | **300,000** |

A2.1 SMS messages above 20,000 per Subscription Year are charged at CNY 0.06 each and are not part of the Total Order Value.

### A3. Invoicing and Payment

A3.1 Invoice 1 is issued on signature of this Order Form and covers the set-up fee and the subscription fee for the first Subscription Year (CNY 174,000). It is payable within ten days after signature, before any set-up work starts.

A3.2 Invoice 2 covers the subscription fee for the second Subscription Year (CNY 126,000) and is issued on the first day of that Subscription Year, payable within thirty days.

A3.3 Invoices are sent by e-mail to the Customer's finance department. Payment is made by bank transfer in CNY; each party bears the charges of its own bank. The Provider shall issue invoices that the Customer can use for its accounting and tax filings in China, and the Customer may delay payment of an invoice that does not meet this requirement until a correct invoice is received.

### A4. Set-up and Go-Live

A4.1 The Provider shall complete set-up within forty days after receipt of payment of Invoice 1. Set-up includes loading the room inventory and rate plans of all nine motels, importing future bookings from the Customer's current spreadsheets, and connecting the channel manager to three online travel agencies named by the Customer.

A4.2 Go-Live acceptance tests: (a) a test booking made on each connected channel appears in the front-desk module within one minute; (b) room availability changed in the front desk is updated on all channels within two minutes; (c) all imported future bookings reconcile with the Customer's list; and (d) a check-in and check-out can be completed at each motel. When the tests are passed, the Customer signs a Go-Live certificate, and the date of signature is the Go-Live Date. Use of the Service for live bookings before signature is not acceptance.

A4.3 If set-up is not completed on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, deducted from Invoice 2.

A4.4 The Customer shall provide, within ten days after signature, the room types, rate plans, photographs and channel log-in details for each motel, and shall make a staff member at each motel available for a two-hour training session, given online or on site.

A4.5 During the first two weeks after the Go-Live Date, the Provider shall keep an engineer on call for the Customer every day from 07:00 to 23:00 Beijing time to help the front desks with the new system.

## PART B — GENERAL TERMS

### B1. Service Levels

B1.1 The Provider shall make the booking engine and channel manager available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 01:00 and 05:00 Beijing time.

B1.2 Support requests are classified as follows. Priority 1 means that bookings cannot be received or the front desk cannot be used at one or more motels: the Provider shall respond within one hour, at any time of day. Priority 2 means a single channel or function fails: response within three business hours. Priority 3 means questions and minor errors: response within two business days.

B1.3 If availability in a month falls below the level in B1.1, or a Priority 1 response is late, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each such event, up to 25% of that month's share, set off against the next invoice.

B1.4 Each month the Provider shall send the Customer a short report showing availability, the number of support requests by priority and their response times.

B1.5 The Provider may change the features of the Service from time to time, provided that no change materially reduces the functions described in A1.1. Changes to the user interface shall be announced two weeks in advance.

### B2. Customer Data

B2.1 Guest names, contact details, booking records and all other data entered by or for the Customer ("Customer Data") belong to the Customer.

B2.2 The Provider shall use Customer Data only to provide the Service to the Customer and shall not sell it or use it for any other purpose.

B2.3 On expiry of the Agreement the Provider shall make an export of Customer Data available for thirty days and then delete it.

B2.4 The Customer is responsible for informing its guests about the processing of their data and for obtaining any consent that the law requires for marketing messages sent through the Service.

### B3. Customer Configurations

Rate plans, templates, e-mail texts and reports set up for the Customer belong to the Customer, who may copy, change and use them with any other system.

### B4. Confidentiality

B4.1 Each party shall protect the other party's confidential information with reasonable care, use it only for the Agreement, and not disclose it to third parties without written consent, except to its advisers under a duty of confidence or as required by law.

B4.2 This obligation continues for three years after the Agreement ends.

B4.3 Confidential information does not include information that is public, was already known to the receiving party, or is independently developed by it.

### B5. Subcontracting

The Provider may not subcontract any part of the Service without the Customer's prior written consent.

### B6. Liability

B6.1 Each party is liable for direct damage caused by its breach of the Agreement.

B6.2 The Provider's total liability under the Agreement is limited to one and a half times the Total Order Value. Neither party is liable for lost profits or indirect loss.

### B7. Termination

B7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving notice of it.

B7.2 On termination by the Customer under B7.1, the Provider shall refund the prepaid fees for the period after termination.

B7.3 The Customer may suspend payment of any invoice that is disputed in good faith, and shall pay the undisputed part on time.

### B8. Fees and Taxes

B8.1 Fees are exclusive of value-added tax, which the Provider shall invoice separately where applicable.

B8.2 Fees are fixed for the Subscription Term.

### B9. Governing Law and Disputes

B9.1 The Agreement is governed by the laws of the Republic of Azerbaijan.

B9.2 Any dispute shall be finally settled by arbitration under the rules of the Baku International Arbitration Centre, seated in Baku, in the English language.

### B9A. Force Majeure

Neither party is liable for failure or delay caused by events outside its reasonable control, including natural disasters, epidemics, power cuts in the region or acts of government, provided it gives prompt notice and resumes performance as soon as possible. Periods of force majeure are not counted as unavailability, but the Provider shall restore the Service as soon as possible.

### B10. Miscellaneous

B10.1 Notices are given in writing to the addresses in Part A. B10.2 If Part A and Part B conflict, Part A prevails. B10.3 Neither party may assign the Agreement without the other party's written consent. B10.4 The Agreement may be changed only in writing signed by both parties. B10.5 The English text of the Agreement prevails; a Chinese translation is provided for the Customer's convenience.

**Signed for the Customer:** ____________________ Date: __________

**Signed for the Provider:** ____________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H381E03 = """
T:SUPPLY AND INSTALLATION CONTRACT — DRYING-HOUSE MONITORING SYSTEM
P:Contract No. TLF-2025-PC-014
P:Buyer: Turpan Lüzhou Grape Farming Co., Ltd., Gaochang District, Turpan, Xinjiang Uygur Autonomous Region, People's Republic of China.
P:Integrator: Buxoro AgroSens LLC, 9 Mustaqillik Street, Bukhara, Republic of Uzbekistan.
P:The Buyer dries seedless grapes into raisins in 46 ventilated drying houses (liangfang). Drying quality depends on air temperature, humidity and airflow inside each house. The Buyer has decided to install wireless sensors and a monitoring system, and after comparing offers has selected the Integrator. This Contract is on the Buyer's standard form for equipment purchases.
H:Section 1 Scope
P:1.1 The Integrator shall supply, install, calibrate and commission the sensors, gateways and software listed in Section 2, and connect them to a monitoring dashboard that shows the condition of each drying house on the Buyer's office computers and on mobile phones.
P:1.2 The Integrator shall develop a drying-curve dashboard for the Buyer that compares each batch with the Buyer's reference curves for Thompson Seedless and green raisins and raises alarms when humidity stays too high.
P:1.3 The Integrator shall train the Buyer's drying-house supervisors and the farm's IT technician.
P:1.4 The Integrator shall survey all drying houses before installation and propose the position of each sensor and gateway. The Buyer shall approve the layout before installation starts.
P:1.5 The equipment shall be suitable for outdoor use in Turpan, including ambient temperatures up to 48 °C, dust storms and strong sunlight, and shall have at least IP65 protection.
P:1.6 The Buyer shall provide access to the drying houses, a power supply at the office, and one staff member to accompany the Integrator's technicians.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese yuan (CNY). The Contract Price is CNY 390,000, fixed, including delivery to the farm, customs clearance, taxes and all travel:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor nodes|64|2,150|137,600
TB:2|Airflow sensors|16|3,400|54,400
TB:3|LoRa gateways with solar power kit|8|6,800|54,400
TB:4|Monitoring software, perpetual site licence|1|72,000|72,000
TB:|Hardware and licence subtotal|||318,400
TB:5|Installation in 46 drying houses|1|46,000|46,000
TB:6|Calibration and commissioning|1|18,600|18,600
TB:7|Training|1|7,000|7,000
TB:|Contract Price|||390,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 39,000) as an advance within fifteen days after signature.
P:3.2 The Buyer shall pay 55% (CNY 214,500) after all equipment is delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 136,500) within thirty days after Final Acceptance.
P:3.4 Each payment is made against a correct invoice and, for the payments under Sections 3.2 and 3.3, the related signed record or certificate. Bank charges outside China are borne by the Integrator.
H:Section 4 Delivery and Installation
P:4.1 The Integrator shall deliver all equipment to the farm within sixty days after signature and complete installation before the start of the drying season on 15 August 2025.
P:4.2 If delivery or installation is late, the Integrator shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 Risk in the equipment passes to the Buyer on signature of the installation record. Title passes on payment under Section 3.2.
P:4.4 The Integrator is responsible for export formalities in Uzbekistan and any transit country. The Buyer shall assist with import formalities in China; the related duties are included in the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the dashboard at least every five minutes for fourteen consecutive days; (b) temperature readings are within ±0.5 °C and humidity readings within ±3% RH of a calibrated reference instrument in a test of ten houses chosen by the Buyer; (c) alarms reach the supervisors' phones within two minutes; and (d) the drying-curve dashboard shows at least one complete batch correctly.
P:5.2 When these criteria are met, the parties sign the Final Acceptance certificate. Delivery, installation or the Buyer's use of the system does not by itself amount to acceptance.
P:5.3 If the system fails the acceptance tests, the Integrator shall correct the defects within fifteen days at its own cost and the tests shall be repeated. If the system fails the repeated tests, the Buyer may require replacement of the defective equipment or a reasonable price reduction, in addition to the delay damages under Section 4.2.
P:5.4 The Buyer's drying-house supervisors may attend all tests and record their own readings.
H:Section 6 Warranty and Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During this period the Integrator shall repair or replace faulty equipment and correct software defects free of charge, including shipping.
P:6.2 Priority 1 faults (a gateway or the dashboard fails so that one or more drying houses cannot be monitored) shall be answered within one hour by telephone or remote session, and a technician shall be on site within 24 hours during the drying season. Other faults shall be answered within one business day.
P:6.3 For each hour by which the Integrator exceeds the Priority 1 response time, the Buyer may deduct CNY 300 from the payment under Section 3.3 or from any later invoice.
P:6.4 After the warranty period, the Integrator shall offer annual support at 9% of the hardware and licence subtotal (CNY 28,656 per year). This price is fixed for three support years. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Integrator shall keep spare sensor nodes and one spare gateway in Urumqi or Turpan during each drying season of the warranty period so that faulty units can be replaced quickly.
P:6.6 The Integrator shall deliver operating manuals in Chinese, a maintenance guide for the farm's IT technician, and calibration certificates for every sensor.
H:Section 7 Intellectual Property
P:7.1 The monitoring software remains the Integrator's product and is licensed to the Buyer perpetually.
P:7.2 The drying-curve dashboard, alarm rules and reference curves made for the Buyer belong to the Buyer. The Buyer may use, modify and license them without restriction.
P:7.3 The Integrator warrants that the equipment and software do not infringe the rights of any third party and shall defend the Buyer against any such claim at its own cost.
H:Section 8 Data
P:8.1 All sensor readings, batch records and drying curves belong to the Buyer. The Integrator shall use them only to perform this Contract.
P:8.2 The system shall run on a server in the Buyer's office. The Integrator shall change all default passwords, encrypt the link between gateways and server, and access the server remotely only with the Buyer's approval for each session.
P:8.3 The Integrator shall notify the Buyer within 24 hours of any loss or leak of Buyer data it causes and shall be responsible for the resulting damage.
H:Section 9 Confidentiality
P:9.1 The Integrator shall keep confidential the Buyer's production figures, reference curves and prices, and shall not disclose them to anyone without the Buyer's written consent, during this Contract and for three years after it ends.
P:9.2 The obligations in this Section do not apply to information that is public or that the Integrator must disclose by law.
H:Section 10 Subcontracting
P:10.1 The Integrator may subcontract cabling, mounting and other installation work to local contractors in Turpan by giving the Buyer written notice of the contractor's name before the work starts. The Integrator remains responsible for their work.
P:10.2 No subcontracting relieves the Integrator of any obligation under this Contract, and the Integrator shall ensure that its subcontractors follow the Buyer's site and safety rules.
H:Section 11 Breach and Termination
P:11.1 If either party breaches this Contract, the other party's remedies are the delay damages under Section 4.2, the deductions under Section 6.3, repair or replacement, and compensation for direct loss.
P:11.2 Neither party may terminate this Contract because of the other party's breach. This Contract may be terminated only by written agreement of both parties or where force majeure prevents performance for more than ninety days.
H:Section 12 Governing Law and Disputes
P:12.1 This Contract is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Section 12A Force Majeure
P:12A.1 A party prevented from performing by force majeure, such as earthquakes, floods, sandstorms that close roads, epidemics or border closures, shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the force majeure.
H:Section 13 General
P:13.1 This Contract is made in Chinese and English; in case of difference the Chinese text prevails. It takes effect on signature by both parties.
P:13.2 Notices under this Contract shall be in writing and sent to the addresses above. Changes to this Contract must be made in writing and signed by both parties.
P:13.3 The Integrator may not assign this Contract or any payment under it without the Buyer's written consent.
P:For the Buyer: ____________________    For the Integrator: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H381E04 = """# MANAGED BACKUP SERVICES AGREEMENT

**Agreement reference:** DKB-WXF-2025-02

**Between**

1. **Wuxi Fengchi Bicycle Frame Manufacturing Co., Ltd.**, Huishan District, Wuxi, Jiangsu Province, People's Republic of China (the "Customer"); and
2. **Darkhan Data Guard LLC**, 3rd Khoroo, Darkhan, Darkhan-Uul Province, Mongolia (the "Provider").

**Recitals**

(A) The Customer makes aluminium and carbon bicycle frames. Its ERP, CAD/CAM file servers, welding-robot programs and quality records run on servers at its Huishan plant.

(B) The Customer wants a managed service to back up those systems, keep a second copy at its Changzhou warehouse, test restores regularly and restore data quickly after a failure or a ransomware attack.

(C) The Provider runs backup services remotely for manufacturers and has agreed to provide the service on these terms.

## 1. Definitions

1.1 **"Backup Appliances"** means the two backup storage appliances bought by the Customer and installed at its Huishan plant and Changzhou warehouse, which remain the Customer's property.

1.2 **"Customer Data"** means all data held on the Customer's systems, all backup copies of it, and all logs and reports about it.

1.3 **"Service Commencement Date"** means the date of the Onboarding Acceptance certificate under clause 4.

1.4 **"Priority"** means the priority levels in Schedule 1.

## 2. Services

2.1 The Provider shall: (a) configure and run daily incremental and weekly full backups of the systems listed in Schedule 3; (b) replicate every backup from Huishan to Changzhou each night; (c) keep immutable copies for thirty-five days and monthly copies for seven years; (d) perform a test restore of one critical system each month and report the result; and (e) restore data when the Customer asks.

2.2 The Provider shall monitor backup jobs every day and re-run any failed job within the same day.

2.3 The Provider shall provide the services remotely from Darkhan, through an encrypted connection that the Customer opens for the Provider's named engineers.

2.4 The Provider shall attend a monthly service review with the Customer's IT manager, by video conference, and present a report on backup success, capacity, test restores, incidents and any recommended changes.

2.5 The Customer shall keep the Backup Appliances powered, connected and within their supported environment, and shall tell the Provider in advance of planned changes to the protected systems.

## 3. Term

3.1 This Agreement starts on signature and continues for an Initial Term of thirty-six months from the Service Commencement Date.

3.2 This Agreement does not renew automatically. Any extension must be agreed in writing, including the charges for the extension.

## 4. Onboarding

4.1 The Provider shall complete onboarding within fifty days after signature. Onboarding covers the configuration of both Backup Appliances, the backup policies for each system, the first full backup and the replication link.

4.2 Onboarding Acceptance requires: (a) a successful full backup of every system in Schedule 3; (b) a complete replica in Changzhou; (c) a full restore of the ERP database into an isolated environment, checked by the Customer's IT team, within the restore time in Schedule 1; and (d) delivery of the runbook. The Customer shall sign the Onboarding Acceptance certificate within five business days after these tests are passed. Running backups before signature does not count as acceptance.

4.3 If Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

4.4 The Provider's engineers shall document every backup policy and restore procedure in the runbook, in English and Chinese, and keep the runbook up to date throughout the Initial Term.

4.5 The Customer shall provide the Provider with network access, administrator accounts for the protected systems and a contact person in its IT team who can approve remote sessions at any time.

## 5. Service Levels

5.1 The Provider shall meet the response and restore times in Schedule 1.

5.2 The Provider's backup portal, through which the Customer sees job status and requests restores, shall be available at least 99.95% of each month.

5.3 If the Provider misses a time in Schedule 1 or the portal availability in clause 5.2, the Customer is entitled to the service credits in Schedule 1, deducted from the next monthly charge.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. At the Customer's request they are stated and paid in Chinese yuan (CNY).

6.2 The onboarding charge is invoiced after Onboarding Acceptance. The monthly service charge is invoiced at the end of each month for that month. The Customer shall pay each correct invoice within thirty days. No amount is payable in advance.

6.3 The charges are fixed for the Initial Term.

6.4 Disputed amounts may be withheld in good faith; the undisputed part shall be paid on time.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform this Agreement and shall not copy it to any system other than the Backup Appliances.

7.2 All backups shall be encrypted at rest and in transit with keys held by the Customer. The Provider's engineers shall use multi-factor authentication and individual accounts, and every session shall be logged and made available to the Customer.

7.3 No Customer Data shall leave the People's Republic of China. The Provider's access from Mongolia is limited to management of the Backup Appliances; the Provider shall not download Customer Data.

7.4 The Provider shall notify the Customer within two hours of any suspected security incident affecting Customer Data, help the Customer to contain it, and bear the losses caused by its breach of this clause 7.

7.5 At the end of the Agreement the Provider shall remove all of its accounts from the Backup Appliances and the protected systems and confirm the removal in writing.

## 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party under this Agreement, including the Customer's frame designs, robot programs and customer lists, and shall use it only for this Agreement.

8.2 This clause survives for three years after the Agreement ends.

8.3 Confidential information does not include information that is public or that a party is required to disclose by law.

## 9. Intellectual Property

9.1 The backup software licences are held by the Customer.

9.2 The runbook, backup policies, scripts and reports prepared for the Customer belong to the Customer, who may use and change them and give them to any successor provider.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 2.

11.2 The limit does not apply to breach of clauses 7 or 8, or to wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.2 The Customer may also terminate if the Provider fails a monthly test restore three times in a row.

12.3 On expiry or termination the Provider shall hand over all passwords, configurations and the runbook, and shall assist a new provider for up to thirty days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Mongolia.

13.2 Any dispute shall be referred to arbitration at the Mongolian International and National Arbitration Center in Ulaanbaatar. The arbitration shall be in English.

## 13A. Force Majeure

13A.1 A party delayed by events outside its reasonable control shall notify the other party promptly and resume performance as soon as possible. A cyber-attack on the Customer's systems is not force majeure for the Provider's restore obligations.

## 14. General

14.1 This Agreement, with its Schedules, is the whole agreement between the parties.

14.2 Signed by the authorised representatives of the parties.

## Schedule 1 — Priorities, Response and Restore Times, Service Credits

| Priority | Description | Response | Restore | Credit per missed time |
|---|---|---|---|---|
| P1 | Production system down and restore required, or ransomware suspected | 15 minutes | ERP and file servers within 6 hours | 5% of the monthly service charge |
| P2 | Single backup job failed twice, or non-critical restore | 1 hour | within 1 business day | 2% of the monthly service charge |
| P3 | Questions, reports, policy changes | 1 business day | within 5 business days | none |

Portal availability below 99.95% in a month: 3% of the monthly service charge. Total credits per month are limited to 25% of the monthly service charge.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 52,000 |
| Monthly service charge | 36 months × CNY 38,500 | 1,386,000 |
| **Total charges for the Initial Term** | | **1,438,000** |
| Exit assistance (clause 12.3) | per engineer day | 3,600 |

## Schedule 3 — Protected Systems

ERP database server; CAD/CAM file server; welding-robot program repository; quality-records database; e-mail archive.

**For the Customer:** ____________________  **For the Provider:** ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H381E05 = """API SUBSCRIPTION AGREEMENT
ORIGIN CERTIFICATE VERIFICATION SERVICE

Agreement No.: HZSL-ORIG-2025-09

THIS AGREEMENT is made between:

HANGZHOU SILU TRADE NETWORK TECHNOLOGY CO., LTD., a company established in Hangzhou, Zhejiang Province, People's Republic of China, operator of an online platform for the export of silk fabrics and garments (the "Customer"); and

NEGEV TRADEDOCS LTD., a company incorporated in Israel, with its registered office at 12 Derech Hebron, Beersheba, Israel (the "Vendor").

BACKGROUND

The Customer's platform lists silk products from about 1,400 mills and workshops. Importers increasingly ask for proof that certificates of origin presented by sellers are genuine and match the goods. The Vendor operates an application programming interface (the "API") that checks certificates of origin against issuing-body records, detects altered documents and returns a verification result. The Customer wishes to subscribe to the API and to have the Vendor integrate it with the Customer's seller portal.

1. DEFINITIONS

1.1 "Check" means one request to the API for the verification of one certificate of origin.
1.2 "Subscription Year" means each period of consecutive months starting on the Production Date or on an anniversary of it.
1.3 "Production Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.
1.4 "Customer Data" means certificates, seller and product information, and all other data that the Customer sends to the API, and all results returned to the Customer.

2. THE SERVICE

2.1 From the Production Date the Vendor shall provide the Customer with access to the production API for up to 400,000 Checks in each Subscription Year.
2.2 The Vendor shall provide a test environment from the date of signature.
2.3 The Vendor shall integrate the API with the Customer's seller portal, map the Customer's product categories to the harmonised system codes used by the API, and build a results page for the Customer's compliance team ("Integration Work").
2.4 The Vendor shall give the Customer at least ninety days' notice of any change to the API that is not backward compatible, and shall keep the previous version available during that period.
2.5 The Vendor shall provide the Customer with a monthly report on the number of Checks, the share of certificates flagged, availability and incidents.

3. TERM

3.1 The subscription runs for two Subscription Years from the Production Date.
3.2 The subscription may be extended only by a written amendment signed by both parties. There is no automatic renewal.
3.3 Each party shall name a contact person for operational matters and a contact person for commercial matters, and shall inform the other party promptly of any change.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall complete the Integration Work and make the production API ready for acceptance testing within sixty days after signature.
4.2 Integration Acceptance requires that: (a) 500 sample certificates supplied by the Customer, including 50 known forgeries, are processed, and every known forgery is flagged; (b) the median response time of the API is under 1.5 seconds and 95% of responses arrive within 3 seconds, measured from Hangzhou; (c) results appear correctly on the seller portal and the compliance team's page; and (d) the Vendor has delivered the interface documentation. The Customer shall sign the Integration Acceptance certificate within five business days after these criteria are met. Use of the API before signature is not acceptance.
4.3 If the production API is not ready for acceptance testing by the date in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay CNY 450 for each day of delay, up to CNY 40,600.

5. SERVICE LEVELS

5.1 The production API shall be available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and held on Sundays between 00:00 and 04:00 Beijing time.
5.2 Incidents are classified in the Schedule. The Vendor shall respond to a Priority 1 incident within 30 minutes, twenty-four hours a day, and restore service within 3 hours.
5.3 For each month in which availability falls below the level in clause 5.1, and for each Priority 1 incident whose response or restoration is late, the Customer is entitled to the service credits in the Schedule.

6. FEES AND PAYMENT

6.1 At the Customer's request, all fees are quoted and paid in Chinese yuan (CNY). The fees are set out in the Schedule.
6.2 The integration fee is payable within thirty days after Integration Acceptance.
6.3 The subscription fee is invoiced quarterly in arrears, at the end of each quarter of a Subscription Year, and is payable within thirty days after invoice. No fee is payable before the Production Date.
6.4 Checks above the annual volume in clause 2.1 are charged at the overage rate in the Schedule and invoiced with the next quarterly invoice.
6.5 The fees are fixed for the term of this Agreement.
6.6 Invoices shall be sent to the Customer's finance department by e-mail. Each party bears the charges of its own bank.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform the service for the Customer, and shall not use it for any other purpose, including training, statistics or the development of other products.
7.2 The API serving the Customer shall run on the Vendor's own servers in a leased rack in a data centre in Hangzhou. Customer Data shall be stored and processed only in mainland China and shall not be transferred abroad.
7.3 The Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days, and maintain a multi-level protection scheme level 2 filing for the system.
7.4 The Vendor shall notify the Customer within 2 hours of becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all necessary remedial measures, and shall indemnify the Customer for all losses arising from a security incident caused by the Vendor.
7.5 At the end of the term the Vendor shall return Customer Data in a standard format and then delete it, and shall confirm deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business information, including the Customer's seller lists and trading volumes and the Vendor's detection methods, and shall not disclose it without the other party's prior written consent.
8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API and the Vendor's detection methods remain the property of the Vendor.
9.2 The category mappings, the results page and the portal integration code created for the Customer belong to the Customer, which may use, modify and license them freely. The Vendor shall deliver their source code on Integration Acceptance.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the service or the Integration Work without the Customer's prior written consent.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement is limited to twice the Total Contract Value in the Schedule.
11.2 The limit does not apply to breach of clauses 7 or 8, to infringement of third-party rights, or to wilful misconduct.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if availability falls below 99% in two consecutive months.
12.2 On termination the Vendor shall refund any fees paid for the period after termination and shall comply with clause 7.5.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
13.3 Before starting arbitration the parties shall try to settle the dispute by negotiation between senior managers for thirty days.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above.
14.2 This Agreement is made in English and Chinese. Both texts are equally authentic.
14.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
14.4 This Agreement may be amended only in writing signed by both parties.

SCHEDULE - FEES, PRIORITIES AND SERVICE CREDITS

Part 1 Fees (CNY)
- Subscription fee: CNY 186,000 per Subscription Year, including 400,000 Checks; for two Subscription Years: CNY 372,000.
- Integration fee (one-time): CNY 34,000.
- Total Contract Value: CNY 406,000.
- Overage: CNY 0.35 per Check above the annual volume (not included in the Total Contract Value).

Part 2 Priorities
- Priority 1: the production API is unavailable or returns wrong results for all requests. Response 30 minutes; restoration 3 hours.
- Priority 2: degraded performance or errors for part of the requests. Response 2 hours; restoration 1 business day.
- Priority 3: questions and documentation requests. Response 1 business day.

Part 3 Service Credits
- Monthly availability below 99.95% but at least 99.5%: 5% of that quarter's subscription fee.
- Monthly availability below 99.5%: 10% of that quarter's subscription fee.
- Each late Priority 1 response or restoration: CNY 1,000.
- Service credits are deducted from the next quarterly invoice.

SIGNED

For the Customer: ______________________  Name and title: ______________________
For the Vendor: ______________________  Name and title: ______________________
"""

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# the ordinary terms of a clean contract, overridden per contract below
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

C = {}  # stem -> dict(file, language, category, terms, extra, rules, fee_base, kind)

def add(stem, file, language, category, value, terms, extra, rules, fee_base=None, forum_outside=False):
    t = dict(BASE); t.update(terms)
    e = {"sla_clause": extra.get("sla_clause", True), "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if t["contract_kind"] == "goods_or_licence":
        e["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    e["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    e["contract_value"] = value
    C[stem] = dict(file=file, language=language, category=category, terms=t, extra=e, rules=sorted(rules),
                   fee_base=fee_base, forum_outside=forum_outside)

# z01 审计局 审计数据分析平台, ¥2,030,000, compliant
assert 1260000 + 586000 + 148000 + 36000 == 2030000
assert 406000 + 1116500 + 507500 == 2030000
add("h381z01", "h381z01_audit_bureau_data_analytics_platform.pdf", "zh", "software", 2030000,
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=406000 / 2030000 * 100, final_payment_on_acceptance=True, warranty_months=36,
         post_warranty_fee_pct=10, contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), [], fee_base=1260000)

# z02 焦化厂 干熄焦 DCS 改造, ¥2,890,000
assert 1380000 + 216000 + 264000 + 498000 == 2358000
assert 2358000 + 312000 + 196000 + 24000 == 2890000
assert 289000 + 1011500 + 1445000 + 144500 == 2890000 and round(2358000 * 0.18) == 424440
add("h381z02", "h381z02_coking_plant_cdq_control_system_retrofit.docx", "zh", "hardware", 2890000,
    dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=289000 / 2890000 * 100,
         final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
         contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], fee_base=2358000)

# z03 托管班 SaaS, 3 服务年度 × 144,000 + 58,000 + 8,000 = ¥498,000
assert 40 * 3600 == 144000 and 3 * 144000 + 58000 + 8000 == 498000
add("h381z03", "h381z03_afterschool_pickup_fee_saas.txt", "zh", "cloud", 498000,
    dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, buyer_owns_data=False,
         ld_rate_per_day_pct=500 / 498000 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
    {}, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"])

# z04 水务集团 营业收费系统 运维, ¥990,000
assert 612000 + 118000 + 186000 + 74000 == 990000 and 4 * 247500 == 990000 and 990000 // 2 == 495000
add("h381z04", "h381z04_water_group_billing_system_om.txt", "zh", "services", 990000,
    dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=50),
    {}, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])

# z05 豆浆粉厂 WMS, supplier's template, ¥1,050,000
assert 820000 + 168000 + 62000 == 1050000 and 682500 + 367500 == 1050000 and round(820000 * 0.22) == 180400
add("h381z05", "h381z05_soymilk_powder_wms_supplier_template.md", "zh", "software", 1050000,
    dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, confidentiality=False,
         prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         post_warranty_fee_pct=22, subcontract_without_consent=True, governing_law=None,
         contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
    ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
     "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], fee_base=820000)

# e01 Jingdezhen motif library, perpetual licences, CNY 690,000
assert 14 * 26500 == 371000 and 371000 + 148000 == 519000 and 519000 + 86000 + 64000 + 21000 == 690000
assert 138000 + 172500 + 379500 == 690000 and round(519000 * 0.13) == 67470
add("h381e01", "h381e01_porcelain_studio_motif_library_licence.pdf", "en", "software", 690000,
    dict(sla_remedy=False, ld_rate_per_day_pct=600 / 690000 * 100, liability_cap_pct=200, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=3, post_warranty_fee_pct=13,
         contract_kind="goods_or_licence"),
    dict(sla_clause=False, post_warranty_fee_capped=True),
    ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], fee_base=519000)

# e02 Zhangbei motel booking SaaS, 2 × 126,000 + 48,000 = CNY 300,000
assert 9 * 14000 == 126000 and 2 * 126000 + 48000 == 300000 and 126000 + 48000 == 174000
add("h381e02", "h381e02_grassland_motel_booking_saas_order_form.md", "en", "cloud", 300000,
    dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
         ld_rate_per_day_pct=400 / 300000 * 100, liability_cap_pct=150, prepayment_pct=174000 / 300000 * 100,
         governing_law="Azerbaijan"),
    {}, ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"], forum_outside=True)

# e03 Turpan grape farm drying-house sensors, CNY 390,000
assert 64 * 2150 == 137600 and 16 * 3400 == 54400 and 8 * 6800 == 54400
assert 137600 + 54400 + 54400 + 72000 == 318400 and 318400 + 46000 + 18600 + 7000 == 390000
assert 39000 + 214500 + 136500 == 390000 and round(318400 * 0.09) == 28656
add("h381e03", "h381e03_grape_farm_drying_house_sensors.docx", "en", "hardware", 390000,
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10, final_payment_on_acceptance=True,
         warranty_months=24, post_warranty_fee_pct=9, termination_for_breach=False,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), ["CR-SUBCONTRACT", "CR-TERMINATION"], fee_base=318400)

# e04 Wuxi bicycle frames, managed backup, 36 × 38,500 + 52,000 = CNY 1,438,000
assert 36 * 38500 == 1386000 and 1386000 + 52000 == 1438000
add("h381e04", "h381e04_bicycle_frame_maker_managed_backup.md", "en", "services", 1438000,
    dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1200 / 1438000 * 100,
         liability_cap_pct=150, governing_law="Mongolia"),
    {}, ["CR-GOVERNING-LAW"], forum_outside=True)

# e05 Hangzhou silk export, origin-certificate API, 2 × 186,000 + 34,000 = CNY 406,000, compliant
assert 2 * 186000 + 34000 == 406000 and 186000 / 4 == 46500
add("h381e05", "h381e05_silk_export_origin_certificate_api.txt", "en", "cloud", 406000,
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=450 / 406000 * 100,
         liability_cap_pct=200),
    {}, [])

# ================================================================ policy §3 / §4 applied to the labels (a cross-check)
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(c, horizon=5):
    t, e = c["terms"], c["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    post_years = max(0.0, horizon - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * c["fee_base"] * post_years
    return dict(post_years=post_years, fees=fees, tco=e["contract_value"] + fees,
                share=fees / (e["contract_value"] + fees) * 100)


def apply_policy(c):
    t, e, r = c["terms"], c["extra"], []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        x = tco(c)
        if x is not None and x["share"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold figures must not appear
ZN = "〇零一二三四五六七八九十百千两"
PC = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![〇零一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)", rf"(?<![{ZN}])四\s*个?\s*小时",
                   r"(?<![\w-])four[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)" + PC, r"万分之五(?![十])", r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PC, r"百分之一?百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PC, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"(?<![\w-])thirty[\s-]*per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)", rf"(?<![{ZN}])十二\s*个?\s*月",
                           r"twelve[\s-]*months?", rf"(?<![{ZN}])一\s*年", r"(?<![\w-])one[\s-]*year\b",
                           r"(?<![\d.])1\s*(?:年|years?\b|-year)"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PC, r"百分之十五(?![一二三四五六七八九点])",
                           r"(?<![\w-])fifteen[\s-]*per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PC, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                       r"(?<![\w-])forty[\s-]*per\s*cent"],
    "horizon 5 years": [r"(?<![\d.])5\s*(?:个)?\s*(?:年|years?\b|-year)", rf"(?<![{ZN}])五\s*年",
                        r"(?<![\w-])five[\s-]*years?\b", r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b|-month)",
                        rf"(?<![{ZN}])六十\s*个?\s*月", r"sixty[\s-]*months?"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.9 %", "九十九点九", "4小时", "4 小时", "4 hours", "四小时", "四个小时", "four hours",
                "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "百分之一百",
                "30%", "30 per cent", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年",
                "one year", "one-year", "1 year", "15%", "百分之十五", "40%", "百分之四十", "5年", "5 years", "五年",
                "five years", "five-year", "60个月", "60 months", "六十个月", "sixty months"]
    must_not = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
                "1.5%", "130%", "四十二个月", "2025年", "2015年", "二〇二五年", "十一年", "一个服务年度", "14 hours",
                "百分之三十五", "百分之十五点五", "0.055%", "36个月", "三十六个月", "第十二条", "每年", "65%", "35%", "45 days",
                "2 hours", "万分之八"]
    for s in must_hit:
        assert threshold_hits(s), ("regex misses", s)
    for s in must_not:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ================================================================ build, read back, check
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


SOURCES = {"h381z01": H381Z01, "h381z02": H381Z02, "h381z03": H381Z03, "h381z04": H381Z04, "h381z05": H381Z05,
           "h381e01": H381E01, "h381e02": H381E02, "h381e03": H381E03, "h381e04": H381E04, "h381e05": H381E05}

if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    binary = {k: (c["file"], c["file"].rsplit(".", 1)[1]) for k, c in C.items() if c["file"].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, c in C.items():
        if k not in binary:
            (OUT / c["file"]).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", c["file"])

    problems, fired = [], set()
    for k, c in C.items():
        t, e = c["terms"], c["extra"]
        # derived values off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6, k
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-6, k
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-6, k
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, k
        x = tco(c)
        assert x is None or abs(x["share"] - 40) > 0.5, k
        # the hand-written rule list agrees with policy applied to the labels
        assert apply_policy(c) == c["rules"], (k, apply_policy(c), c["rules"])
        fired |= set(c["rules"])
        # text length as read back, and no threshold figure in it
        text = read_back(OUT / c["file"])
        n = len(text) if c["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if c["language"] == "zh" else (1500, 1700)
        c["length"] = n
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (c["file"], n, lo, hi))
        for src in (text, SOURCES[k]):
            for h in threshold_hits(src):
                problems.append("%s threshold figure %s: %r" % (c["file"], h[0], h[1]))
        # label
        label = {"file": c["file"], "language": c["language"], "category": c["category"],
                 "expected_terms": {key: t[key] for key in KEYS}, "expected_extra": e, "expected_rules": c["rules"]}
        stem = c["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-58s %-5s len %5d  risk %-6s %s%s" % (c["file"], c["language"], n, risk(c["rules"]),
              ", ".join(r[3:] for r in c["rules"]) or "(none)",
              "" if x is None else "  [TCO %.2f, share %.2f %%]" % (x["tco"], x["share"])))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    counts = sorted(len(c["rules"]) for c in C.values())
    print("findings per contract:", counts)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; every one of the %d CR rules is expected at least once" % len(SEVERITY))
