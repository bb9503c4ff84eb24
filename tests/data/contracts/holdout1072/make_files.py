"""Builds the blind held-out set holdout1072 (ten ordinary draft contracts) from the sources below.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py, and the .json labels; asserts text lengths as read back, the threshold scan (self-tested),
label values against the policy thresholds, the TCO share margin, each draft's rules against the design list, and the
coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市交通运输局新能源汽车充电设施监管平台建设项目合同
P:合同编号：JTYS-ZFCG-2026-0417
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市交通运输局
P:乙方（供应商）：某智联能源科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，如有不一致，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供充电设施监管平台软件许可（永久使用许可，不限用户数），并在该平台基础上为甲方定制开发充电桩备案管理、运行监测、安全预警、运营企业信用评价及公众服务查询等功能模块。
P:1.2 乙方负责完成与全市已接入的充电运营企业平台、省级充电设施监测平台、市电网负荷管理系统及市政务数据共享交换平台的数据对接，并完成系统部署、联调、试运行和操作培训。
P:1.3 项目实施地点为甲方指定的市政务云机房，实施周期为合同签订之日起一百五十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾贰万元整（¥2,320,000.00），为含税固定总价，包括软件许可、定制开发、数据对接、部署实施、培训及质保期内全部服务费用。
P:2.2 价款构成：平台软件许可费¥1,280,000；定制开发费¥736,000；数据对接费¥218,000；部署实施及培训费¥86,000。
P:2.3 除甲方书面确认的需求变更外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后二十日内提交实施方案和需求规格说明书，经甲方书面确认后实施。
P:4.2 乙方应按经确认的进度计划完成各阶段工作，每周向甲方报送进度报告，发生可能影响工期的情况应立即书面告知甲方。
P:4.3 乙方交付的文档包括需求规格说明书、设计文档、接口文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.4 乙方应组建不少于八人的项目团队，项目经理须具有高级项目管理资质且常驻甲方现场，未经甲方同意不得更换。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内完成。
P:4.5 乙方应为甲方系统管理员及业务人员提供不少于三期集中培训，每期不少于两天，并提供培训教材，确保受训人员能够独立完成日常操作、数据查询和基础维护。
P:4.6 甲方负责提供政务云资源、网络接入及必要的工作场所，并协调各充电运营企业配合数据对接工作。
H:第五条 验收
P:5.1 初步验收：系统完成部署并连续试运行三十日，全部功能按需求规格说明书实现，与各对接平台的数据交换准确无误，甲方组织初步验收。
P:5.2 最终验收标准：（一）功能测试用例全部通过，无一级、二级缺陷；（二）在五百个并发用户下，页面平均响应时间不超过两秒；（三）接入充电桩实时数据的延迟不超过十秒；（四）通过第三方网络安全等级保护测评，并取得测评报告；（五）全部文档和源代码按第4.3款移交完毕。
P:5.3 甲方应在收到乙方验收申请后十个工作日内组织验收，验收合格的出具书面验收报告；不合格的，乙方应在十五日内整改并重新申请验收。系统上线运行或甲方使用，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、技术支持及现场服务。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或核心监测功能失效）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，次工作日内解决。
P:6.3 乙方未达到上述服务水平的，每迟延响应或恢复一小时，向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000，从后续应付款或履约保函中扣除。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥102,400），且质保期满后三年内不得上调，由双方另行签订维护合同，维护合同不自动续期。
P:6.5 乙方应每季度向甲方提交运维报告，内容包括系统运行情况、故障处理记录、安全检查结果及优化建议。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所交付的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和处理的全部数据，包括充电设施信息、运营数据及用户信息，均属于甲方所有。乙方仅为履行本合同目的处理数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施，运维操作须通过甲方堡垒机进行，不得将数据复制出甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:8.4 合同终止或履行完毕后，乙方应在十五日内删除或返还所持有的全部甲方数据，并向甲方出具书面确认。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业务信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除，持续至相关信息公开之日止。
H:第十条 甲方义务
（一）甲方负责提供运维所需的机房环境、网络、办公场所及堡垒机账号，并协调省级平台、公安交管和应急管理部门配合接口运维。
（二）甲方应指定专人负责运维工作的日常对接和监督，及时确认乙方提交的报告和变更申请。
（三）涉及系统功能较大调整或新建模块的，不属于本合同运维范围，由甲方另行立项。

第十一条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，应按合同总价的千分之一向甲方支付违约金。
P:10.2 逾期超过三十日的，甲方有权解除合同，乙方应退还甲方已付款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，按银行同期贷款利率支付利息。
H:第十二条 分包与转让
P:乙方不得将本项目转包，未经甲方书面同意不得分包本项目任何部分。
H:第十三条 合同解除
P:12.1 乙方严重违约且在收到甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除本合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同附件：附件一 功能需求清单；附件二 数据对接清单；附件三 服务水平及考核细则。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：CMY-GZ-2026-031
P:甲方（买方）：某电器科技有限公司（电动除螨仪生产厂）
P:乙方（卖方）：某自动化工程有限公司
P:鉴于甲方拟对其电动除螨仪总装车间的六条装配及测试生产线进行控制系统升级改造，乙方具备相应的设计、供货和施工能力，双方经友好协商，就改造项目的设备供货、软件许可、安装调试及服务事宜达成如下条款。
H:第一条 项目范围
P:1.1 乙方负责六条生产线控制系统的改造设计、设备及软件供货、拆除旧控制柜、安装接线、程序编制、联机调试、试生产保障及操作维护培训。
P:1.2 改造后各生产线应实现工位联锁控制、电机吸力及滚刷转速在线测试、外观视觉检测、不良品自动剔除、生产数据实时采集，并与甲方现有制造执行系统及仓储系统对接。
P:1.3 改造须分线进行，每条线停线时间不得超过五日，不得影响其余生产线的正常生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|18套|26,000|468,000
TB:2|伺服驱动系统|36套|9,500|342,000
TB:3|触摸屏人机界面|18台|6,000|108,000
TB:4|视觉检测单元|6套|52,000|312,000
TB:5|产线控制软件许可（永久）|1套|330,000|330,000
TB:|设备及软件小计|||1,560,000
TB:6|拆除及改造施工|1项|198,000|198,000
TB:7|联机调试及培训|1项|62,000|62,000
TB:|合计|||1,820,000
P:2.2 上述价格为固定价格，不因原材料或人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，乙方应同时提交等额预付款保函。
P:3.2 全部设备到货并完成安装、甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 六条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具增值税专用发票。甲方以银行转账方式付款，乙方银行账户信息变更的，应提前以盖章函件书面通知甲方，否则由此产生的损失由乙方承担。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方工厂，并在合同生效后九十日内完成全部六条生产线的改造及调试。
P:4.2 乙方施工人员应遵守甲方的安全生产及车间管理制度，因乙方原因发生的安全事故由乙方负责。
P:4.3 乙方应在合同生效后十五日内提交详细设计方案、电气原理图、停线计划和施工组织方案，经甲方工艺部门和设备部门会签后方可施工。
P:4.4 甲方负责提供施工所需的电源、压缩空气、临时存放场地及现有设备的技术资料，并安排工艺人员配合调试。
P:4.5 乙方应在每条生产线停线改造前三日书面通知甲方，改造期间每日提交施工日志，如实记录完成内容、存在问题和次日计划。
P:4.6 乙方应为甲方设备维护人员和班组长提供现场培训，内容包括控制系统原理、程序备份与恢复、常见故障诊断、视觉检测参数调整及安全操作规程，培训不少于四十学时，并提供中文培训教材和操作手册。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：（一）控制功能和联锁逻辑符合技术协议；（二）节拍不低于每分钟十二台（含吸力及转速测试）；（三）视觉检测漏检率不高于千分之二；（四）连续七十二小时带料试生产无停线故障；（五）生产数据与制造执行系统核对一致。
P:5.2 全部生产线单线验收合格并稳定运行三十日后，双方进行最终验收并签署最终验收证书。安装完毕或试生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并承担费用；二次验收仍不合格的，甲方有权退货并解除合同。
P:5.4 最终验收时乙方应移交全部竣工资料，包括竣工图、程序备份、参数清单、设备合格证、调试记录及验收测试报告，资料不全的不予签署最终验收证书。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:6.2 一级故障（任一生产线整线停机）乙方应在6小时内响应并安排工程师赶赴现场；二级故障（单工位故障）应在次日内处理完毕。
P:6.3 乙方未按约定时限响应或到场的，每迟延一小时向甲方支付¥800违约金，从质保期维保费或其他应付款中扣除。
P:6.5 质保期内乙方应在甲方工厂备有常用备品备件，包括PLC模块、伺服驱动器、相机及光源等，并每季度进行一次预防性巡检，出具巡检报告。
P:6.6 质保期内因乙方维修需要更换的部件，其质保期自更换之日起重新计算，且不短于原质保期的剩余期限。
P:6.4 质保期满后，乙方提供维保服务，维保年费为设备及软件小计的32%，即每年¥499,200，质保期满后三年内固定不变，按年度签订维保协议，不自动续签。
H:第七条 知识产权
P:7.1 产线控制软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、人机界面组态、视觉检测算法参数及接口程序，其知识产权归甲方所有，乙方应交付源程序和说明文档，甲方可自行修改或委托第三方维护。
P:7.3 乙方保证所供设备和软件不侵犯第三方的专利权、著作权或其他权利；发生侵权纠纷的，由乙方负责处理并承担全部费用和赔偿责任。
H:第八条 数据与信息安全
P:8.1 生产线采集的生产数据、工艺参数和质量数据均属甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准并通过甲方指定的安全通道进行，全程留存日志；乙方不得擅自复制或带离任何数据。
P:8.3 因乙方原因导致数据泄露、损毁或生产系统遭受网络攻击的，乙方应在2小时内告知甲方、协助处置，并承担由此造成的全部损失。
H:第九条 保密
P:乙方对甲方的产品设计、工艺文件、产能数据及其他商业秘密负有保密义务，保密期限为合同终止后三年。
H:第十条 甲方义务
（一）甲方负责提供运维所需的机房环境、网络、办公场所及堡垒机账号，并协调省级平台、公安交管和应急管理部门配合接口运维。
（二）甲方应指定专人负责运维工作的日常对接和监督，及时确认乙方提交的报告和变更申请。
（三）涉及系统功能较大调整或新建模块的，不属于本合同运维范围，由甲方另行立项。

第十一条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 因乙方原因造成甲方停线超过约定时间的，乙方还应赔偿甲方的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方如需将土建或电缆桥架施工分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十三条 不可抗力
P:因地震、台风、火灾等不可抗力导致合同不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、施工安全协议、停线计划。附件与本合同具有同等法律效力，附件与正文不一致的，以正文为准。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """预约及会员管理系统软件服务合同

合同编号：TX-SaaS-2026-088
甲方（客户）：某陶埙文化教育培训连锁有限公司
乙方（服务商）：某云联软件科技有限公司

甲方在全国经营三十五家陶埙培训门店，拟采用乙方的课程预约及会员管理云服务，统一管理学员报名、排课约课、会员储值、课时消耗、教室与乐器借用及门店经营报表。双方经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方三十五家门店及总部提供课程预约及会员管理系统的软件即服务（SaaS），包括：
1. 学员端微信小程序：课程浏览、在线约课、课时查询、作品上传及评价；
2. 门店端管理后台：排课、签到、课时核销、会员储值及退费审批、乐器与教室借用登记；
3. 总部端：跨门店会员通兑、课程体系及价格管理、经营分析报表、教师绩效统计。
（二）乙方为甲方提供实施服务，包括系统开通与配置、三十五家门店历史会员数据迁移、与甲方财务系统及支付渠道的对接、小程序页面按甲方品牌定制，以及门店店长和前台人员的培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，满一年为一个服务年度。

二、费用及支付
（一）订阅费：每门店每服务年度人民币9,600元，三十五家门店每服务年度合计人民币336,000元。
（二）实施费：一次性人民币88,000元。
（三）合同总额：两个服务年度订阅费合计672,000元，加实施费88,000元，共计人民币760,000元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每一服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方应在付款前开具增值税专用发票。
（五）除本合同约定的费用外，乙方不得以短信通道、存储空间或版本升级等名义另行收取费用。
（六）服务期内新增门店的，按每门店每服务年度9,600元按剩余月份折算，另行签订补充协议。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施并提出上线验收申请。
（二）上线验收标准：
1. 本合同第一条约定的功能全部可用，测试用例通过率达到约定要求且无严重缺陷；
2. 迁移的会员、储值余额及剩余课时与甲方原系统逐户核对一致，差异为零；
3. 小程序在高峰时段三百人同时约课时，页面响应不超过两秒；
4. 财务对账数据与支付渠道流水一致；
5. 完成全部门店培训，每家门店至少两名人员通过操作考核。
（三）甲方应在收到申请后七个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在十日内整改后重新申请。系统开通或门店开始使用，均不视为验收合格。
（四）实施逾期的，每逾期一日，乙方按合同总额的万分之六向甲方支付违约金。
（五）实施期间乙方应指定一名项目经理负责与甲方对接，每周提交实施周报；门店培训可采取集中培训与线上培训相结合的方式，乙方应提供操作视频和图文手册。

四、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护须提前三日通知并安排在凌晨零时至六时进行，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（系统整体不可用、约课或支付功能失效）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日解决；
3. 三级故障（一般使用问题）：次工作日内答复。
（三）技术支持：乙方提供七乘十二小时在线客服及电话支持，并为甲方配备专属客户成功经理，每季度回访门店使用情况，提出优化建议。系统版本升级应提前五日通知甲方，不得降低已有功能。
（四）服务补偿：月度可用率低于承诺值的，按当月应摊订阅费的10%抵扣下一期费用；一级故障恢复每超时一小时，另抵扣人民币500元。

五、数据归属与数据安全
（一）甲方及学员在系统中产生的全部数据，包括会员信息、约课记录、储值及消费记录、作品图片，均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、传输加密、权限分级、操作日志留存等安全措施，并每年进行一次安全评估。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合调查处置，并承担因其原因造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后彻底删除，出具删除证明。

六、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、课程体系配置及数据接口程序，其知识产权归甲方所有，甲方可自由使用、修改并交由第三方维护。

七、保密
（一）双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的学员资料、课程体系、定价策略和经营数据，以及乙方的系统架构和非公开技术资料。
（二）未经对方书面同意，任何一方不得向第三方披露上述信息，但依法律法规或监管要求披露的除外。
（三）保密义务在合同终止后三年内继续有效。

八、违约责任
（一）任何一方违约的，应赔偿守约方因此遭受的损失。
（二）乙方在本合同项下的累计赔偿责任以合同总额的两倍为限，但因数据泄露或故意、重大过失造成的损失不受此限。

九、续约
第二服务年度届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，以此类推。续期的订阅费由乙方按续期时公布的标准价格确定，乙方有权在续期时上调订阅费，并于续期前以电子邮件通知甲方。

十、甲方义务
（一）甲方应指定总部联系人，负责需求确认、数据提供和验收组织，并督促各门店按时参加培训。
（二）甲方应妥善保管管理员账号和密码，因甲方自身原因导致账号泄露造成的损失由甲方承担。
（三）甲方应遵守法律法规使用系统，不得利用系统发布违法信息。

十一、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或一级故障在一个服务年度内累计发生五次以上的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费。
（二）甲方逾期付款超过六十日，经催告仍不支付的，乙方可暂停服务。
（三）合同解除或终止的，乙方应按本合同第五条第（四）项返还和删除数据，并配合甲方完成向其他系统的迁移，迁移配合期不少于三十日，期间不另收费。
（四）门店关闭的，甲方可提前三十日书面通知乙方减少相应门店的订阅，自下一服务年度起按实际门店数计费。

十三、不可抗力
因不可抗力或电信运营商大面积网络故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入不可用时间，但乙方应在条件恢复后立即恢复服务。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方住所地人民法院起诉。

十五、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）本合同附件包括：功能清单、门店清单、数据迁移方案及服务水平说明，附件与本合同具有同等效力。
（三）双方指定的联系人及联系方式以合同首页为准，一方变更的应及时书面通知对方。

甲方（盖章）：                  乙方（盖章）：
签署日期：                      签署日期：
"""

Z04 = """市交通运输局危险化学品道路运输监管系统
2027年度运维服务合同

采购项目编号：JTJ-CS-2026-112（竞争性磋商）
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某信息技术服务有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》，依据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就危险化学品道路运输监管系统（以下简称“监管系统”）2027年度运维服务订立本合同。

第一条 服务范围
（一）监管系统包括：危化品运输企业及车辆、驾驶员和押运员档案库，电子运单管理，车载卫星定位及视频监控接入，运输路线和禁行区域管理，超速、疲劳驾驶、偏离路线等报警处置，应急救援指挥调度模块，以及与省级监管平台、公安交管和应急管理部门的数据共享接口。
（二）乙方提供的运维服务包括：系统日常巡检与监控，故障排查与修复，应用软件缺陷修正和小型功能优化，数据库维护与备份，接口运行保障，安全加固与漏洞修复，重大活动及节假日保障，用户咨询和操作培训。
（三）乙方应安排三名运维工程师常驻甲方指挥中心，工作日八时至二十时在岗，其余时间安排人员值守并保持电话畅通。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期届满本合同自然终止，不自动续期；下一年度运维服务由甲方依法另行组织采购。

第三条 合同金额与支付
（一）本合同总金额为人民币肆拾捌万陆仟元整（¥486,000），包括人员、工具、备件、差旅及税费等全部费用。
（二）合同金额按季度平均支付，每季度人民币121,500元。每季度结束后，乙方提交季度运维报告，经甲方确认后十五个工作日内支付当季费用。
（三）本合同不设预付款。甲方按财政资金支付程序付款，乙方应提供合法发票。

第四条 服务水平
（一）监管系统全年可用率不低于99.95%，计划停机须提前三个工作日报甲方批准，且不得安排在节假日及重大活动保障期间。
（二）故障分级响应：
一级故障（系统整体中断、定位数据接入中断或报警功能失效）：30分钟内响应，2小时内恢复；
二级故障（部分功能或个别接口异常）：1小时内响应，8小时内解决；
三级故障（一般性问题及咨询）：当日响应，三个工作日内解决。
（三）乙方每日进行两次系统巡检，每周完成数据库全量备份并每月进行一次恢复演练，每季度开展一次漏洞扫描，发现的高危漏洞应在五日内完成修复。
（四）甲方每季度根据故障处理记录、巡检记录和用户满意度对乙方服务进行考核，考核结果记入供应商履约档案，作为今后同类项目采购的参考。
（五）在春运、国庆及本市重大活动保障期间，乙方应增派不少于两名工程师驻场值守，实行全天候值守保障，并于保障期开始前完成专项巡检和应急预案演练。
（六）乙方应每月提交运维月报，内容包括系统运行指标、故障及处理情况、巡检和备份记录、安全漏洞处置、用户咨询统计及下月工作计划；每季度提交季度运维报告，并列明存在的风险和改进建议。
（七）乙方每季度至少为甲方及各区县交通运输部门的系统用户开展一次操作培训，新功能上线时应另行组织专项培训。

第五条 数据安全
（一）监管系统中的全部数据，包括企业、车辆、人员信息，运单和轨迹数据，视频资料及报警处置记录，均属于甲方所有。乙方仅能为履行运维服务使用，不得用于其他目的，不得向任何第三方提供。
（二）乙方运维人员须签署安全承诺书，运维操作一律通过甲方堡垒机进行并全程审计；不得使用移动存储介质拷贝数据，不得通过互联网远程接入系统。
（三）乙方应落实网络安全等级保护第三级的各项运维要求，配合甲方开展等级测评和安全检查。
（四）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，并依法承担相应法律责任。

第六条 保密
乙方及其人员对在服务中接触的监管数据、系统架构、账号口令、应急预案及其他工作秘密负有保密义务，未经甲方书面同意不得披露。乙方人员离岗时应交回全部资料和权限，保密义务在合同终止后继续有效。

第七条 知识产权
乙方在服务期间编写的运维脚本、优化程序、配置文件及技术文档，其知识产权归甲方所有，乙方应在每季度随运维报告一并移交。

第八条 年度验收
（一）服务期满后十个工作日内，乙方提交年度运维总结报告及全部运维资料，甲方组织年度验收。
（二）验收标准：全年可用率达到第四条约定；一级故障均在约定时限内恢复；巡检、备份、恢复演练和漏洞修复记录完整；全部运维资料移交完毕；用户满意度调查结果不低于良好。
（三）验收不合格的，乙方应在十五日内整改完毕并重新申请验收。
（四）年度验收合格后，甲方出具验收意见书。验收意见书不免除乙方在服务期内因其原因造成的数据安全责任。

第九条 人员管理
（一）乙方驻场人员应具备相应的专业资质，名单及资质证明报甲方备案。未经甲方同意，乙方不得更换项目负责人；更换其他驻场人员的，应提前五日书面通知甲方并做好交接。
（二）甲方认为乙方人员不能胜任或违反甲方管理制度的，有权要求乙方更换。
（三）乙方应为驻场人员依法缴纳社会保险，并对其人身安全负责；乙方人员在甲方场所期间应遵守甲方的安全保密、考勤和值班管理规定。

第十条 甲方义务
（一）甲方负责提供运维所需的机房环境、网络、办公场所及堡垒机账号，并协调省级平台、公安交管和应急管理部门配合接口运维。
（二）甲方应指定专人负责运维工作的日常对接和监督，及时确认乙方提交的报告和变更申请。
（三）涉及系统功能较大调整或新建模块的，不属于本合同运维范围，由甲方另行立项。

第十一条 违约责任
乙方未按本合同约定提供服务的，甲方有权要求乙方限期改正并继续履行；给甲方造成损失的，乙方应赔偿甲方的实际损失。甲方未按约定付款的，应继续付款。

第十二条 分包
乙方不得转包或分包本合同项下的任何服务。

第十三条 合同解除
乙方严重违反本合同约定，或发生重大数据安全事件，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并按乙方实际提供服务的期间结算费用。

第十四条 服务交接
合同终止或解除时，乙方应在十五日内向甲方或甲方指定的新服务商完成系统、账号、资料和数据的完整交接，交接期间应保障系统正常运行，并删除其留存的全部甲方数据。

第十五条 不可抗力
因自然灾害、电力中断等不可抗力导致服务不能正常提供的，乙方应立即通知甲方并采取措施减少影响，在不可抗力消除后尽快恢复服务。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（二）竞争性磋商文件、乙方响应文件及磋商过程中乙方作出的书面承诺均为本合同的组成部分。
（三）本合同未尽事宜，双方可另行签订补充协议，补充协议不得违背竞争性磋商文件和响应文件的实质性内容。

甲方（盖章）：                  乙方（盖章）：
代表签字：                      代表签字：
日期：                          日期：
"""

Z05 = """# 软件产品许可及定制开发合同

**（乙方标准合同文本 SX-HT-2025 版）**

合同编号：SX-2026-0619

甲方：某剪影艺术工作室（有限合伙）

乙方：某数序软件有限公司

甲方为管理剪影作品定制订单的设计、剪制、装裱、质检和发货全过程，向乙方采购“流程追踪管理软件”的使用许可及定制开发服务。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，共同遵守。

## 第一条 定义

1. “标准软件”指乙方享有著作权的流程追踪管理软件 V5 版本，包括订单管理、工序流转、扫码报工、物料管理和统计报表模块。
2. “定制开发”指乙方根据甲方需求在标准软件基础上开发的功能，包括客户肖像照片上传与设计稿确认流程、剪制工位派工看板、装裱材料领用、电商平台订单自动导入和物流单号回传。
3. “上线”指乙方完成部署并在甲方环境中开通系统账号。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 流程追踪管理软件 V5 许可（永久，二十个并发用户） | 1套 | 186,000 |
| 2 | 定制开发（五项功能） | 1项 | 224,000 |
| 3 | 部署实施及培训 | 1项 | 38,000 |
| | 合计 | | 448,000 |

合同总价为人民币肆拾肆万捌仟元整（¥448,000），含增值税。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币291,200元，乙方收款后启动项目。
2. 系统上线后五个工作日内，甲方支付合同总价的35%，即人民币156,800元。
3. 甲方逾期付款的，乙方有权暂停全部工作，工期相应顺延，并按每日千分之一收取逾期付款违约金。

## 第四条 开发与交付

1. 乙方在收到首期款后开始需求调研，需求说明书经甲方签字后作为开发依据。
2. 乙方应在需求说明书确认后六十日内完成定制开发并部署上线。甲方需求变更的，工期顺延，费用另计。
3. 甲方应按乙方要求提供服务器、网络环境、基础数据和配合人员，因甲方原因导致的延误由甲方负责。
4. 乙方交付物为可运行的软件系统、用户手册及管理员手册，不包括源代码。
5. 乙方为甲方提供一次现场培训，培训时长为一天，对象为甲方管理员及各工序负责人；额外培训按乙方人天单价另行收费。
6. 甲方应在上线前完成历史订单和客户资料的整理，乙方可协助导入一次，导入数据的准确性由甲方负责核对。

## 第五条 许可范围

1. 乙方授予甲方在其经营场所内使用标准软件的永久许可，并发用户数为二十个。甲方增加并发用户的，按乙方届时的价格另行购买。
2. 许可仅限甲方自身使用，甲方不得将软件出租、出借或以任何方式提供给关联方及第三方使用。
3. 标准软件后续版本升级不包含在本合同价款内，甲方需要升级的，按乙方升级政策另行付费。
4. 甲方服务器、操作系统、数据库软件及网络设备由甲方自行采购和维护，乙方提供配置建议。

## 第六条 上线与验收

1. 系统部署完成并开通账号后即视为上线，上线即视为甲方验收合格。
2. 上线后甲方如发现问题，应在七日内以书面形式集中提出，乙方统一修改，修改不影响已完成的验收和付款。
3. 甲方上线后开始使用系统的，视为对交付成果的认可。
4. 甲方需要乙方出具上线确认单的，乙方在上线后提供，甲方应在收到后三日内签回；逾期未签回的，视为甲方已确认。

## 第七条 免费维护与后续服务

1. 乙方提供六个月的免费维护期，自上线之日起计算。免费维护期内，乙方通过电话、远程方式为甲方提供技术支持，并修复软件缺陷。
2. 甲方反馈问题后，乙方将在合理时间内尽快安排技术人员处理，具体处理时间视问题复杂程度而定。
3. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准计收。
4. 因甲方操作不当、擅自修改系统或第三方软硬件原因导致的问题，不属于免费维护范围。
5. 免费维护期内甲方要求现场服务的，差旅及食宿费用由甲方承担；甲方提出的新增功能或界面调整，不属于缺陷修复，按乙方人天单价另行报价。
6. 甲方未签订年度维护协议的，乙方不再提供任何技术支持，由此产生的系统故障和数据风险由甲方自行承担。

## 第八条 知识产权

1. 标准软件的著作权及其他知识产权归乙方所有。
2. 乙方为甲方定制开发的功能模块、程序代码及相关文档，其知识产权同样归乙方所有，乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。
3. 甲方不得对软件进行反向工程、修改或复制，不得许可第三方使用，也不得委托第三方进行二次开发。

## 第九条 数据

1. 甲方在系统中录入的订单、客户及生产数据由甲方负责其合法性。
2. 乙方应采取访问控制、数据加密存储、定期备份等合理的安全措施保护甲方数据；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，协助补救，并依本合同承担责任。
3. 甲方同意，乙方可将系统运行中产生的数据经脱敏处理后用于产品改进、算法优化及行业分析，该等使用不视为违反本合同。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内持续有效。

## 第十一条 通知

双方往来通知以合同首页所列地址、电子邮箱送达即视为有效送达。一方地址或邮箱变更的，应提前书面通知对方，否则由变更方承担不利后果。

## 第十二条 违约责任

1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。
2. 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失，但不包括间接损失、利润损失及商誉损失。
3. 乙方在本合同项下承担的全部责任（含违约金及赔偿）累计不超过合同总价的50%。
4. 因甲方未按约定提供环境、数据或配合人员，或因甲方需求反复变更导致的延误，乙方不承担逾期责任。
5. 乙方对因网络中断、第三方平台接口变更（包括电商平台及物流公司接口调整）导致的功能异常不承担责任，相关适配工作按乙方人天单价另行收费。

## 第十三条 合同解除

任何一方严重违约，经守约方书面催告后十五日内未予纠正的，守约方有权书面通知解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还。

合同解除后，甲方应停止使用定制开发成果，并删除已安装的软件副本；甲方已取得的标准软件永久许可不受影响，但乙方不再提供任何维护。

## 第十四条 不可抗力

因不可抗力导致任何一方不能履行合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十六条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同附件包括需求说明书、报价单及乙方软件许可协议，附件内容与本合同正文不一致的，以乙方软件许可协议为准。
3. 本合同为乙方标准文本，双方对条款均已充分理解，不存在格式条款未提示的情形。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MFS-CN-2026-014
P:This Agreement is made between Jiaxing Hengfeng Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Macedon Freight Systems Pty Ltd, ABN 41 612 908 335, of 27 Mollison Street, Kyneton, Victoria 3444, Australia (the "Vendor").
P:The Customer operates four temperature-controlled warehouses and wishes to replace its existing warehouse management tools. The Vendor develops the ColdTrack warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack warehouse management system, version 8, in object code, including the inbound, putaway, cold-room zoning, picking, cross-docking, temperature log and billing modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other materials created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Services" means the implementation, data migration, interface development and training services described in Article 3.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.4 that the acceptance tests have been passed.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's business, including stock, shipment, temperature and customer records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's four warehouses and head office in the People's Republic of China for up to 180 named users and 60 handheld terminals.
P:2.2 The licence survives any termination of this Agreement except termination by the Vendor under Article 14.3 for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers, migrate item master, location and open stock data from the Customer's current systems, and develop interfaces to the Customer's ERP, transport management system and refrigeration monitoring controllers.
P:3.2 The Vendor shall deliver a project plan within 20 days after signature. The plan shall identify milestones, responsibilities and the Customer resources required. The Vendor shall appoint a project manager who speaks Mandarin and who shall attend the Customer's sites during the installation and testing phases.
P:3.3 The Vendor shall provide ten days of on-site training for key users and administrators, with training materials in Chinese.
P:3.4 The Vendor shall achieve Final Acceptance within 150 days after signature, subject to delays caused by the Customer.
H:Article 4 Prices
P:4.1 The total Contract Price is CNY 1,616,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,160,000; implementation, data migration and interface development CNY 420,000; training CNY 36,000.
P:4.2 The Contract Price is fixed. No travel, accommodation or other expenses are payable in addition to it.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of a valid invoice.
P:5.2 The Customer shall pay 45% of the Contract Price within 30 days after the Vendor has installed the Software at all four warehouses and the parties have signed an Installation Certificate. The Installation Certificate confirms installation only and is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 The Vendor shall propose acceptance test scripts at least 15 days before testing. The scripts shall be approved by the Customer and shall be based on the functional specification agreed in the project plan.
P:6.2 The acceptance criteria are: (a) every test script passes and no Severity 1 or Severity 2 defect remains open; (b) migrated stock balances reconcile with the Customer's physical count at every location; (c) the Software processes 2,500 order lines per hour at peak without degradation; (d) all interfaces run for 20 consecutive working days without manual correction; and (e) the temperature log records every cold-room sensor at intervals of no more than five minutes.
P:6.3 If any criterion is not met, the Vendor shall correct the defects at its own cost and repeat the tests within 10 working days.
P:6.4 The Customer shall issue a Final Acceptance certificate within 10 working days after the criteria are met. Go-live or use of the Software in production does not by itself constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, supply updates and new releases, and provide telephone, remote and, where needed, on-site support free of charge.
H:Article 8 Support Levels
P:8.1 Severity 1 means that warehouse operations at any site are stopped or that temperature records are not being captured. Severity 2 means that an important function is impaired but a workaround exists. Severity 3 means any other defect or question.
P:8.2 The Vendor shall respond to a Severity 1 incident within 1 hour, at any time of day, and provide a workaround within 6 hours. Severity 2 incidents shall receive a response within 2 hours during business hours and a fix within 3 working days.
P:8.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay a service credit of CNY 1,000 for each hour or part of an hour of delay. Credits are deducted from the next support invoice or, during the Warranty Period, paid within 30 days.
P:8.4 After the Warranty Period the Customer may purchase annual support at 9% of the Licence Fee, being CNY 104,400 per year. This fee is fixed for the first three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance, and the Customer may use, modify and license them freely, including through third-party contractors.
P:9.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's VPN and access-control gateway, with individual accounts, multi-factor authentication and session logging. The Vendor shall not copy Customer Data outside the People's Republic of China and shall comply with the Personal Information Protection Law and the Data Security Law.
P:10.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent.
P:11.2 This obligation continues for five years after this Agreement ends, and indefinitely for trade secrets.
H:Article 12 Delay and Liability
P:12.1 If Final Acceptance is not achieved by the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 10 or 11, infringement indemnities, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature and continues until the end of the Warranty Period. Article 2 and any support purchase order survive.
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under Article 12.1 exceeds 60 days.
P:14.3 The Vendor may terminate this Agreement if the Customer fails to pay an undisputed amount within 60 days after written notice.
P:14.4 On termination by the Customer under Article 14.2 the Vendor shall refund the payments received for Services not accepted.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the State of Victoria, Australia.
P:15.2 The parties submit to the non-exclusive jurisdiction of the courts of Victoria and the courts competent to hear appeals from them.
H:Article 16 General
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:16.2 This Agreement is executed in English and Chinese. Both versions have equal effect.
P:Signed for the Customer: ____________________   Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM — WindPatrol Inspection Cloud

**Order Form No. TRS-OF-2026-0388**

This Order Form consists of Part A (commercial terms) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

**Provider:** Thomson River Software Pty Ltd, ABN 73 604 118 592, 96 Eagle Street, Longreach, Queensland 4730, Australia.

**Customer:** Ningxia Helan Wind Power Operations Co., Ltd., registered in Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China.

### A2. Subscribed Service

WindPatrol Inspection Cloud, a hosted software service for planning, recording and reporting wind-turbine inspections, including the mobile inspection app, drone image library, defect register, work-order module and regulatory report templates. Hosting region: the Provider's cloud tenancy in the Alibaba Cloud Beijing region.

Scope: 420 wind turbines at six wind farms, 85 named users and 30 mobile devices.

### A3. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A5 and each Subscription Year lasts one calendar year. The subscription ends at the end of Subscription Year 2. Any further subscription requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 420 turbines, 85 users | 268,000 |
| Subscription Fee, Subscription Year 2 | 420 turbines, 85 users | 268,000 |
| Onboarding Services (one-time) | fixed price | 42,000 |
| **Total Order Value** | | **578,000** |

All Fees include VAT. Additional turbines during the term are charged at CNY 640 per turbine per Subscription Year, pro rata, and are not part of the Total Order Value.

**Invoicing.** The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The Onboarding Services fee is invoiced after Go-Live Acceptance and is payable within 30 days. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

The Provider shall complete the Onboarding Services within 45 days after signature: tenant set-up, single sign-on with the Customer's directory, import of the turbine register and five years of historical inspection records, configuration of inspection checklists for the three turbine models in use, integration with the Customer's maintenance work-order system, and two days of training for administrators and inspectors at the Yinchuan office.

Go-Live Acceptance criteria: (a) all 420 turbines and their historical records are imported and reconcile with the register supplied by the Customer; (b) each configured checklist can be completed offline on the mobile app and synchronised without data loss; (c) work orders created in the Service appear in the Customer's work-order system within two minutes; (d) the Customer's test inspectors complete a pilot inspection round at one wind farm with no open Priority 1 or Priority 2 defect. The Customer shall confirm acceptance or list the failed criteria within 10 working days after the Provider's notice of readiness. Provisioning of the tenant is not acceptance.

If Go-Live Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay CNY 650 for each day of delay.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Asia. Customer contact: Head of Asset Management.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, images and documents uploaded to the Service by or for the Customer, and all inspection records and reports generated from them.

1.2 "Customer Configurations" means checklists, report templates, workflows and integration mappings configured specifically for the Customer.

1.3 "Service" means the subscribed service described in A2, including updates the Provider makes generally available.

### 2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive right to access and use the Service during the Subscription Term for its internal business purposes.

2.2 The Customer shall keep its login credentials secure and is responsible for the activities of its users.

2.3 The Provider may update the Service from time to time, provided that updates do not materially reduce its functionality or security.

2.4 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content. The Provider may suspend an individual user account that is used in breach of this section, after notifying the Customer's contact, but shall not suspend the Service as a whole for that reason.

2.5 The Provider shall provide online help, a knowledge base in Chinese and English, and a named Customer Success Manager who reviews usage with the Customer each quarter.

### 3. Service Levels

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.

3.2 Priority 1 means the Service is unavailable or inspection data cannot be synchronised. The Provider shall respond to a Priority 1 incident within 30 minutes, around the clock, and shall restore the Service or provide a workaround within 3 hours. Priority 2 incidents shall receive a response within 2 hours and a fix within 2 working days.

3.3 If monthly availability falls below the level in 3.1, the Customer receives a service credit of 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly portion. For each Priority 1 incident not restored within the time in 3.2, the Customer receives a further credit of CNY 1,000. Credits are set off against the next invoice or refunded at the end of the term.

### 4. Customer Data and Security

4.1 As between the parties, the Customer owns the Customer Data.

4.2 The Provider shall store and process Customer Data only in data centres located in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least six months, and maintain ISO 27001 certification and MLPS level 3 filing for the hosting environment.

4.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, provide the information the Customer reasonably requires, and bear the costs of remediation and the Customer's losses caused by the Provider's breach of this section.

4.4 The Customer grants the Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to operate, improve and develop its products and services, to train defect-recognition models, and to prepare industry benchmarks, including after the Subscription Term ends.

4.5 Within 30 days after the end of the Subscription Term the Provider shall return the Customer Data in a standard format and then delete it, except as permitted under 4.4.

### 5. Intellectual Property

5.1 The Provider retains all rights in the Service and its underlying software.

5.2 Customer Configurations belong to the Customer. The Provider shall export them on request, and the Customer may use, modify and allow third parties to use them freely.

### 6. Subcontractors

6.1 The Provider may use affiliates, hosting providers and other subcontractors and sub-processors to perform the Service. The Provider maintains a list of them on its trust website and will update the list at least 15 days before a new subcontractor starts processing Customer Data. The Customer's consent is not required.

6.2 The Provider remains responsible for the performance of its subcontractors.

### 7. Confidentiality

7.1 Each party shall protect the other's Confidential Information with at least reasonable care, use it only to perform this Order Form and disclose it only to personnel and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the Subscription Term.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

8.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this section do not apply to the Customer's payment obligations or to a party's fraud or wilful misconduct.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.2 The Customer may also terminate by written notice if the availability commitment in 3.1 is missed in two consecutive months.

9.3 On termination by the Customer under 9.1 or 9.2, the Provider shall refund the prepaid Subscription Fee for the remainder of the Subscription Year.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party is liable for failure caused by events beyond its reasonable control, except for payment obligations.

11.2 Notices shall be in writing and sent to the contacts in A6 by courier or email.

11.3 This Order Form may be signed in counterparts and by electronic signature.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN STORAGE MONITORING EQUIPMENT
P:Contract No. ZYGR-PUR-2026-0072
P:Buyer: Henan Zhongyuan Grain Reserve Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Goldfields Sensing Pty Ltd, ABN 58 633 207 140, 14 Barker Street, Castlemaine, Victoria 3450, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms for the supply, installation and commissioning of grain temperature and humidity monitoring equipment at the Buyer's reserve depots, together with a perpetual licence to the Supplier's monitoring software.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the digital temperature cables, humidity probes, wireless gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, version 6, including the server application, web console, mobile alarm app and embedded firmware of the Equipment.
P:1.3 "Deliverables" means the Equipment, the Software, the Custom Work and all documentation.
P:1.4 "Custom Work" means the depot floor plans, silo models, alarm rules, dashboards and the interface to the Buyer's grain inventory system developed by the Supplier for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 7.
P:1.6 "Buyer Data" means all temperature, humidity, inventory, location and user data collected or processed by the Deliverables.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment in 40 warehouses and 16 silos at the Buyer's three depots in Zhengzhou, Xinxiang and Zhoukou, install the Software on the Buyer's servers, develop the Custom Work, and train the Buyer's staff.
P:2.2 The Supplier shall complete delivery within 60 days and installation within 100 days after signature, in accordance with a schedule approved by the Buyer. Installation work inside warehouses shall be coordinated with the Buyer's grain rotation plan and fumigation schedule.
P:2.3 All Equipment shall be new, shall carry the applicable PRC certifications, including explosion-proof certification where installed in dust areas, and shall be suitable for ambient temperatures from -30 to +60 degrees Celsius.
H:3. Price
P:3.1 The total Contract Price is CNY 1,510,000, inclusive of VAT, packing, transport to site, insurance, customs clearance and all other charges, as set out in the table below.
TB:No.|Item|Quantity|Unit Price (CNY)|Amount (CNY)
TB:1|Digital temperature cables with humidity probes|640|1,150|736,000
TB:2|Wireless gateways with solar power kits|32|8,500|272,000
TB:3|SiloWatch monitoring software, perpetual licence, unlimited sensors|1|310,000|310,000
TB:|Hardware and Licence Subtotal|||1,318,000
TB:4|Installation, commissioning and Custom Work|1|164,000|164,000
TB:5|Training|1|28,000|28,000
TB:|Contract Price|||1,510,000
P:3.2 The Contract Price is fixed for the duration of this Contract and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance of the Deliverables.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC VAT invoice. Payments are made in CNY by bank transfer.
H:5. Licence
P:5.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at all of its depots, for any number of sensors and users, including at depots added later.
P:5.2 The Buyer may copy the Software for backup and disaster recovery and may allow its contractors to use it on the Buyer's behalf.
H:6. Delivery and Installation
P:6.1 The Supplier shall give the Buyer five working days' notice of each delivery. Risk in the Equipment passes to the Buyer on signature of the installation record.
P:6.2 The Supplier's personnel shall comply with the Buyer's safety rules for grain depots, including work-at-height, confined space and fumigation safety rules.
H:7. Acceptance
P:7.1 After installation the Supplier shall run the system for a trial period of 45 days.
P:7.2 The acceptance criteria are: (a) every sensor reports to the web console, with readings within 0.5 degrees Celsius of a calibrated reference thermometer at a sample of 5% of the sensors chosen by the Buyer; (b) during the last 20 days of the trial period no gateway has a gap in scheduled readings longer than 30 minutes; (c) alarms for temperature rise and humidity reach the mobile app within 60 seconds; (d) the interface exchanges silo inventory with the Buyer's grain inventory system without error; and (e) all documentation and the source code of the Custom Work are delivered.
P:7.3 The Buyer shall carry out the acceptance test within 10 working days after the trial period and sign the final acceptance certificate if the criteria are met. If they are not met, the Supplier shall remedy the defects at its own cost and the test shall be repeated. Delivery, installation and use of the system during the trial period do not constitute acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Deliverables for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply new Software versions free of charge.
P:8.2 Replaced Equipment carries a new warranty of 36 months or the remaining warranty period, whichever is longer.
P:8.3 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, being CNY 92,260 per year. This price is fixed for the first two support years. Each support year is ordered separately and does not renew automatically.
H:9. Service Levels
P:9.1 Severity 1 means that monitoring of a whole warehouse or silo is lost, or that alarms are not delivered. Severity 2 means that individual sensors or functions fail.
P:9.2 The Supplier shall respond to a Severity 1 fault within 2 hours and restore monitoring within 24 hours, if necessary by on-site attendance or the installation of spare gateways. Severity 2 faults shall be responded to within 8 working hours and fixed within 5 working days.
P:9.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 600, deducted from any amount due to the Supplier or from the bank guarantee.
P:9.4 The Supplier shall keep spare cables and gateways in Zhengzhou equal to at least 2% of the installed quantity throughout the warranty period.
H:10. Intellectual Property
P:10.1 The Supplier retains all intellectual property rights in the Software.
P:10.2 All rights in the Custom Work belong to the Buyer from the moment of creation. The Supplier shall deliver its source code and documentation, and the Buyer may use, modify and license the Custom Work freely.
P:10.3 The Supplier warrants that the Deliverables do not infringe any third party's rights and shall indemnify the Buyer against any such claim.
H:11. Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose or disclose it to any third party.
P:11.2 The Software shall be installed on the Buyer's servers in the People's Republic of China. The Supplier shall access them only through the Buyer's remote-access gateway with personal accounts and multi-factor authentication, with each session approved and logged. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:11.3 The Supplier shall notify the Buyer within 6 hours of any suspected security incident involving the Deliverables or Buyer Data, assist in containing it, and compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's reserves, depots, quantities, security arrangements and business that it receives under this Contract, and shall not disclose it without the Buyer's prior written consent.
P:12.2 This obligation survives the end of this Contract without limit of time.
H:13. Delay Damages and Liability
P:13.1 If the Supplier fails to achieve Final Acceptance by the date in the approved schedule for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, and breach of clauses 11 and 12, which is not limited.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work may be performed by a subcontractor approved in writing by the Buyer, and the Supplier remains responsible for it.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay under clause 13.1 exceeds 45 days.
P:15.2 On termination under clause 15.1 the Supplier shall refund all amounts paid for Deliverables not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final.
H:17. Miscellaneous
P:17.1 This Contract is made in Chinese and English, both versions having equal effect.
P:17.2 Annexes: Annex 1 Technical Specification; Annex 2 Installation Schedule; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** MCS-MSA-2026-021

**Customer:** Guangzhou Baiyun Pharmaceutical Distribution Co., Ltd., Guangzhou, Guangdong Province, People's Republic of China ("Customer").

**Provider:** Mulga Country Systems Pty Ltd, ABN 36 611 504 287, 58 Alfred Street, Charleville, Queensland 4470, Australia, acting through its service centre in Shenzhen ("Provider").

**Background.** Customer distributes medicines from a head office and 18 regional distribution centres in southern China. Customer wishes to outsource its IT service desk, end-user device support and network monitoring to Provider for 36 months on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing that the transition criteria in Section 4.3 have been met.

1.5 "Customer Data" means all data of Customer or its customers and suppliers that Provider receives, stores or can access in performing the Services.

1.6 "Deliverables" means runbooks, scripts, configuration baselines, knowledge articles and reports prepared by Provider for Customer.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. The parties may extend it only by written agreement signed by both of them, on terms then agreed.

## Section 3. Services

3.1 Provider shall perform the Services in Schedule 1 with suitably qualified personnel, in accordance with good industry practice and Customer's IT policies as notified to Provider.

3.2 Provider shall staff the service desk in Mandarin and Cantonese from 07:00 to 23:00 every day, and provide an on-call engineer outside those hours.

3.3 Provider shall keep an asset register of all devices it supports and update it within two working days after every change.

3.4 Provider shall hold a monthly service review with Customer, present the service report described in Schedule 2, and agree improvement actions for any missed Service Level.

3.5 Customer shall provide Provider with access to its sites, remote administration accounts, and information reasonably required, and shall appoint a service manager as Provider's single point of contact.

## Section 4. Transition

4.1 Provider shall carry out the transition from Customer's current arrangements within 60 days after signature, including knowledge transfer from Customer's internal team, set-up of the ticketing tool, discovery of all devices and network elements, and preparation of runbooks for the 25 most frequent request types.

4.2 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay.

4.3 The transition criteria are: (a) all devices and network elements are recorded in the asset register and reconciled with Customer's inventory; (b) monitoring covers every router, switch, firewall and wireless controller at all 19 locations; (c) the runbooks are approved by Customer; (d) Provider's staff have completed a two-week parallel run with Customer's internal team in which all tickets were logged and handled to the Service Levels; and (e) the service reporting in Schedule 2 is operational.

4.4 Customer shall confirm or reject the transition criteria in writing within five working days after Provider's notice that they are met, giving reasons for any rejection.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3.

5.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.3 Customer shall pay each undisputed invoice within 30 days after receipt of a valid PRC VAT invoice. Service credits are deducted from the next invoice.

5.4 The Charges are fixed for the Term. Additional devices beyond the volume bands in Schedule 3 are charged at the unit rates stated there.

## Section 6. Service Levels

6.1 Provider shall meet the Service Levels in Schedule 2. If it fails to do so, Customer is entitled to the service credits in Schedule 2.

6.2 Service credits are a price adjustment reflecting the reduced value of the Services and do not limit Customer's right to claim damages for loss caused by the same failure.

## Section 7. Personnel

7.1 Provider shall name a service delivery manager and a technical lead. Provider shall not replace them without Customer's prior consent, which shall not be unreasonably withheld.

7.2 Provider's personnel working at Customer's sites shall comply with Customer's site rules, including rules for Good Supply Practice areas and cold-storage rooms.

## Section 8. Customer Data

8.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## Section 9. Intellectual Property

9.1 Provider retains ownership of its ticketing tool, monitoring platform and other pre-existing tools, and grants Customer a licence to use their outputs.

9.2 All Deliverables belong to Customer. Customer may use, modify and allow any third party, including a successor provider, to use them without restriction.

## Section 10. Confidentiality

10.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, use it only for this Agreement and not disclose it to third parties except to personnel and advisers who need to know it.

10.2 This Section survives for five years after the end of the Term.

## Section 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its approved subcontractors.

## Section 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Term.

12.2 The limit in 12.1 does not apply to death or personal injury, fraud, or wilful misconduct.

## Section 13. Termination and Exit

13.1 This Agreement shall not be terminated before the end of the Term, except that either party may terminate it with immediate effect by written notice if the other party becomes insolvent, enters liquidation or ceases business.

13.2 Customer's remedies for any failure by Provider to perform the Services are the service credits under Schedule 2 and damages under Section 12.

13.3 On expiry or termination Provider shall provide exit assistance for up to 60 days, including transfer of the asset register, runbooks, open tickets and knowledge articles to Customer or its successor provider, at no additional charge.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be referred to senior management of both parties. If they are not resolved within 30 days, either party may submit the dispute to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Section 15. General

15.1 Neither party is liable for failure caused by events beyond its reasonable control, other than payment obligations.

15.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Scope | Volume band |
|---|---|---|
| Service desk | Logging, triage and resolution of incidents and requests by phone, portal and instant messaging | up to 2,600 tickets per month |
| End-user device support | Desktops, laptops, label printers and handheld scanners; imaging, patching, on-site repair at head office and the three largest distribution centres, remote support elsewhere | up to 1,450 devices |
| Network monitoring | Routers, switches, firewalls and wireless controllers at 19 locations; event monitoring, fault diagnosis, carrier liaison | up to 320 network elements |
| Change and patch management | Monthly patch cycle for devices and network elements, change records and rollback plans | all supported assets |
| Reporting | Monthly service report, quarterly trend analysis and asset register | monthly |

## Schedule 2 — Service Levels and Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Monitoring platform availability | 99.95% per calendar month | 5% of the Monthly Service Charge for each 0.1 percentage point below the level |
| Priority 1 response (a distribution centre cannot ship, or head office network down) | within 15 minutes, 24 hours a day | CNY 1,500 per late incident |
| Priority 1 restoration | within 3 hours | CNY 1,000 per hour beyond the level |
| Priority 2 response | within 1 hour during service desk hours | CNY 300 per late incident |
| Average speed of answer for service desk calls | 30 seconds or less in each month | 2% of the Monthly Service Charge |
| Customer satisfaction survey | average score of 4.2 out of 5 or higher in each quarter | 2% of the Monthly Service Charge for the last month of the quarter |

Total service credits in any month are limited to 25% of the Monthly Service Charge for that month.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Charge (one-time) | 68,000 | after the Service Commencement Date |
| Monthly Service Charge | 52,000 per month | monthly in arrears, 36 months |
| Monthly Service Charges over the Term | 1,872,000 | |
| **Total Charges over the Term** | **1,940,000** | |
| Additional device above the band | 35 per device per month | monthly in arrears |
| Additional network element above the band | 110 per element per month | monthly in arrears |

All Charges include VAT.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
MICROCLIMATE AND FROST FORECAST API

Agreement No. GBD-API-2026-0157

PARTIES

1.1 Granite Belt Data Pty Ltd, ABN 29 647 310 865, of 41 High Street, Stanthorpe, Queensland 4380, Australia ("Provider").

1.2 Yunnan Honghe Highland Orchards Co., Ltd., of Mengzi, Honghe Prefecture, Yunnan Province, People's Republic of China ("Customer").

1.3 Customer grows apples, pears and stone fruit on 22 orchard blocks at altitudes between 1,300 and 2,100 metres. Customer wishes to subscribe to Provider's microclimate data and frost forecast service through an application programming interface ("API") and to integrate it with its orchard management system. Provider agrees to supply the service on the terms below.

DEFINITIONS

2.1 "Licensed Data" means the weather observations, gridded microclimate data, frost and chill-hour forecasts and derived indices that Provider makes available through the API.

2.2 "Customer Data" means the orchard boundaries, block attributes, sensor readings, phenology records and other data that Customer uploads to the API, and all query logs and outputs generated from Customer's account.

2.3 "Subscription Year" means each of the two consecutive periods of one calendar year, the first starting on the date of Integration Acceptance under clause 6.3.

2.4 "Integration Work" means the adapters, data mappings, alert rules and dashboard widgets that Provider develops to connect the API with Customer's orchard management system.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, retrieve Licensed Data for the 22 orchard blocks and up to 40 additional monitoring points, and use the Licensed Data for Customer's own agricultural operations in the People's Republic of China.

3.2 The subscription includes up to 600,000 API calls per Subscription Year, hourly forecast updates, frost alerts by SMS and push notification, and historical data from 2010 onwards for the subscribed locations.

3.3 Customer may store Licensed Data retrieved during the subscription in its own systems and continue to use it for internal records and analysis after the subscription ends, but shall not resell it or publish it as a data product.

3.4 The subscription ends at the end of the second Subscription Year. A further subscription requires a new written agreement signed by both parties.

FEES AND PAYMENT

4.1 The fees are:
(a) Subscription Fee for Subscription Year 1: CNY 186,000;
(b) Subscription Fee for Subscription Year 2: CNY 186,000;
(c) Integration Work, one-time fixed fee: CNY 24,000.
The total fees under this Agreement are CNY 396,000, including VAT.

4.2 API calls above the annual allowance are charged at CNY 0.20 per call, invoiced quarterly in arrears. These charges are not included in the total fees.

4.3 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days after receipt of a valid invoice. The Integration Work fee is invoiced after Integration Acceptance and payable within 30 days.

4.4 The fees are fixed for both Subscription Years.

SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, measured at Provider's API gateway, excluding scheduled maintenance of which Customer receives at least three days' notice. Scheduled maintenance shall not take place between 18:00 and 08:00 Beijing time from March to May, when frost risk in Customer's orchards is highest.

5.2 A Priority 1 incident is a failure of the API, of the forecast updates or of frost alerts. Provider shall respond to a Priority 1 incident within 1 hour at any time and restore the service within 6 hours. A Priority 2 incident, meaning degraded performance or errors affecting some locations, shall receive a response within 3 hours and a fix within two working days.

5.3 If monthly availability falls below the level in clause 5.1, Provider shall credit 10% of the monthly portion of the Subscription Fee for each full percentage point of shortfall or part of it. For each hour by which a Priority 1 restoration exceeds 6 hours, Provider shall credit a further CNY 800. Credits are deducted from the next invoice or paid at the end of the subscription.

5.4 Provider shall publish a monthly service report showing availability, incidents, forecast accuracy at Customer's monitoring points and API usage. During the frost season Provider shall also send Customer a short weekly summary of forecast performance for each orchard block, and shall discuss with Customer's agronomist any block where forecasts have repeatedly missed observed minimum temperatures.

INTEGRATION

6.1 Provider shall complete the Integration Work within 40 days after signature.

6.2 If Integration Acceptance does not occur within that period for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

6.3 Integration Acceptance occurs when Customer confirms in writing that: (a) data for all 22 orchard blocks and the monitoring points flows into the orchard management system at the agreed intervals; (b) a simulated frost alert reaches the designated managers by SMS and push notification within five minutes; (c) uploaded sensor readings appear in Provider's calibration reports; and (d) the dashboard widgets display forecasts correctly for every block. Customer shall test within seven working days after Provider's notice of completion and either confirm acceptance or list the criteria not met. Activation of the API keys does not by itself constitute acceptance.

CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the subscribed service to Customer and shall not use it for any other purpose, including the improvement of Provider's models for other customers, unless Customer agrees in a separate signed document.

7.2 Provider shall host Customer Data on servers located in mainland China, encrypt it in transit and at rest, give access only to named staff who need it, use multi-factor authentication and keep access logs for at least one year.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, take prompt steps to contain and remedy the incident, and compensate Customer for losses resulting from Provider's failure to comply with this clause.

7.4 Within 30 days after the subscription ends, Provider shall return Customer Data in CSV or JSON format and then delete it from its systems, and shall confirm the deletion in writing.

CUSTOMER RESPONSIBILITIES

7.5 Customer shall keep its API keys secure, shall ensure that only its employees and contractors working on its orchards use the service, and shall tell Provider without delay if it suspects that an API key has been misused.

7.6 Customer shall maintain the on-site sensors it owns and shall upload their readings at the agreed intervals, so that Provider can calibrate the forecasts for Customer's blocks. Provider is not responsible for forecast errors caused by missing or faulty sensor readings from Customer's own equipment.

7.7 Customer shall name an orchard operations manager as Provider's contact for alerts, incidents and service reviews, and shall take part in a service review with Provider at the end of each frost season.

INTELLECTUAL PROPERTY

8.1 Provider owns the Licensed Data, its models and the API.

8.2 The Integration Work and all reports prepared specifically for Customer belong to Customer. Provider shall deliver the source code of the adapters, and Customer may use, modify and license the Integration Work freely.

WARRANTIES

9.1 Provider warrants that it has the right to license the Licensed Data, that the API will perform in accordance with its published documentation, and that it will perform the Integration Work with reasonable skill and care.

9.2 Forecasts are estimates. Customer remains responsible for its orchard management decisions, but Provider shall correct any systematic error in the Licensed Data that Customer reports, within ten working days.

SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, except for the hosting provider named in the Annex, which Customer approves by signing this Agreement.

10.2 Provider remains responsible for any subcontractor.

LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1. This limit does not apply to Provider's obligations under clause 7, to infringement claims, or to fraud or wilful misconduct.

TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if the availability level in clause 5.1 is missed in three months of any Subscription Year.

12.2 Provider may terminate this Agreement by written notice if Customer does not pay an undisputed invoice within 45 days after a written reminder.

12.3 On termination by Customer under clause 12.1, Provider shall refund the Subscription Fee paid for the remainder of the current Subscription Year.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding.

GENERAL

14.1 Neither party is responsible for delays caused by events beyond its reasonable control, except for payment obligations.

14.2 This Agreement is written in English and Chinese, and both versions have equal effect.

14.3 Annex: API specification, subscribed locations and approved hosting provider.

Signed for Provider: ____________________      Date: __________

Signed for Customer: ____________________      Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Build, labels and checks
# ---------------------------------------------------------------------------------------------------------------
CN = dict(z01="h1072z01_transport_bureau_charging_pile_platform.pdf",
          z02="h1072z02_dust_mite_cleaner_line_control_retrofit.docx",
          z03="h1072z03_xun_training_chain_booking_saas.txt",
          z04="h1072z04_hazchem_transport_supervision_om_service.txt",
          z05="h1072z05_silhouette_studio_process_tracking_supplier_template.md",
          e01="h1072e01_cold_chain_wms_perpetual_licence_vic_vendor.pdf",
          e02="h1072e02_wind_inspection_saas_order_form_qld_vendor.md",
          e03="h1072e03_grain_depot_sensors_monitoring_licence.docx",
          e04="h1072e04_pharma_distribution_managed_it_services.md",
          e05="h1072e05_frost_forecast_api_subscription.txt")
SRC = dict(z01=Z01, z02=Z02, z03=Z03, z04=Z04, z05=Z05, e01=E01, e02=E02, e03=E03, e04=E04, e05=E05)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value
LAB = {
 "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 8, F, T, F, "PRC", G], T, T, T, F, 2320000),
 "z02": ("hardware", [N, 6, T, "buyer", T, T, T, 0.08, N, 10, T, T, 24, 32, F, T, F, "PRC", G], T, T, T, F, 1820000),
 "z03": ("cloud", [99.5, 1, T, "buyer", T, T, T, 0.06, 200, N, T, N, N, N, T, T, F, "PRC", S], T, T, N, F, 760000),
 "z04": ("services", [99.95, 0.5, F, "buyer", T, T, T, N, N, N, T, N, N, N, F, T, F, "PRC", S], T, F, N, F, 486000),
 "z05": ("software", [N, N, F, "supplier", T, F, T, 0.02, 50, 65, F, F, 6, N, F, T, N, "PRC", G], F, T, F, T, 448000),
 "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 9, F, T, F, "Victoria", G], T, T, T, F, 1616000),
 "e02": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 650 / 578000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S],
         T, T, N, F, 578000),
 "e03": ("hardware", [N, 2, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7, F, T, F, "PRC", G], T, T, T, F, 1510000),
 "e04": ("services", [99.95, 0.25, T, "buyer", F, T, T, 1600 / 1940000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
         T, T, N, F, 1940000),
 "e05": ("cloud", [99.5, 1, T, "buyer", T, T, F, 300 / 396000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F,
         396000),
}
# itemised licence / hardware subtotal (TCO fee base) for goods drafts
FEE_BASE = {"z01": 1280000, "z02": 1560000, "z05": 186000, "e01": 1160000, "e03": 1318000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # courts of Victoria
DESIGN = {
 "z01": [], "e03": [],
 "e01": ["CR-GOVERNING-LAW"],
 "z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"],
 "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
 "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
 "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
 "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
 "e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
DESIGN_RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high",
               "e02": "medium", "e04": "high", "e05": "medium"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy thresholds (never a label value, never in a text)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5


def label(key):
    cat, vals, sla, ld, capped, deemed, value = LAB[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lang = "zh" if key.startswith("z") else "en"
    return {"file": CN[key], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 and 'Where rules apply, and how clauses are read'."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, x)
    if share is not None and share > TCO_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|-hour)",
    r"(?<![\d十])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.])0\.05" + PCT,
    r"万分之五(?![十点])",
    r"千分之零点五",
    r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred|hundred)[\s-]*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?|-month)",
    r"十二个月",
    r"\btwelve[\s(\-]*(?:12\)\s*)?months?",
    r"质保期?(?:为)?一年",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4-hour", "0.05%", "0.05 per cent",
            "万分之五", "千分之零点五", "30%", "30 %", "百分之三十", "15%", "40 per cent", "100%", "100.0%", "百分之百",
            "12个月", "十二个月", "12 months", "twelve (12) months", "one hundred per cent", "fifteen per cent",
            "质保期一年", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "130%", "115%", "0.15%",
             "45%", "百分之四十五", "12月31日", "120 months", "112 months", "30日", "30 days", "15 working days",
             "40 days", "万分之六", "150%", "18 months", "百分之二十五", "万分之五十"]


def find_thresholds(text):
    hits = []
    for p in THRESHOLD_PATTERNS:
        for m in re.finditer(p, text, flags=re.I):
            hits.append((p, text[max(0, m.start() - 25):m.end() + 25]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s in MUST_HIT:
        assert find_thresholds(s), ("must hit", s)
    for s in MUST_MISS:
        assert not find_thresholds(s), ("must miss", s, find_thresholds(s))

    targets = {k: (n, n.rsplit(".", 1)[1]) for k, n in CN.items() if n.endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, n in CN.items():
        if not n.endswith((".docx", ".pdf")):
            (OUT / n).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", n)

    covered = set()
    for k in CN:
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert list(t) == TERM_KEYS
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[k], (k, risk(lab["expected_rules"]))
        covered |= set(lab["expected_rules"])
        for f, v in TH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f, t[f])
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        share = tco_share(k, t, x)
        if share is not None:
            assert abs(share - TCO_TH) > 2, (k, share)
        (OUT / (CN[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                                encoding="utf-8")
        text = read_back(OUT / CN[k])
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = find_thresholds(variant)
            assert not hits, (k, hits)
        print(f"{k} {CN[k]} length {n} rules {lab['expected_rules']} risk {risk(lab['expected_rules'])}"
              + (f" tco_share {share:.2f}" if share is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
