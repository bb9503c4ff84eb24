"""holdout1165: builds the ten draft contracts from their sources below, writes the .json labels and checks them.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json, re, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:单用途预付卡监管平台软件许可及定制开发合同
P:合同编号：SW-ZFCG-2026-0417
P:采购人（甲方）：临川市商务局
P:供应商（乙方）：江右数联信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，甲方以公开招标方式采购单用途预付卡监管平台（项目编号 LCZC-2026-GK-031），乙方为中标供应商。双方依据招标文件、投标文件及中标通知书，采用甲方合同文本，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供预付卡监管平台软件许可（含资金存管监测、商户备案、风险预警、消费者投诉四个子系统），许可为永久、不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求进行定制开发，包括：与银行存管系统的资金监测接口、与市场监管投诉平台的数据交换接口、商户风险评分模型配置、移动端消费者查询小程序以及统计分析驾驶舱。
P:1.3 乙方负责安装部署、历史备案数据迁移、系统联调及对甲方和区县商务部门人员的培训。
P:1.4 平台须适配甲方政务云提供的国产操作系统、数据库和中间件，并通过商用密码应用安全性评估所需的改造。具体功能及性能要求以招标文件第五章技术需求书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾玖万元整（¥1,590,000），其中：软件许可费 ¥860,000；定制开发费 ¥620,000；实施部署费 ¥84,000；培训费 ¥26,000。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署及定制开发并申请初步验收，于初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后执行。
P:4.3 乙方应指派具有同类政务平台实施经验的项目经理一名及不少于六名开发、测试人员驻场实施，项目经理未经甲方同意不得更换。乙方每周向甲方提交进度报告，每月参加项目例会，如实报告进度偏差和风险。
P:4.4 培训分为管理员培训和业务人员培训两类，总计不少于八期，乙方提供培训教材和操作视频，培训结束后组织考核，确保区县商务部门经办人员能够独立完成商户备案审核、风险预警处置和投诉转办操作。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求逐项实现；资金存管接口连续10日对账差错为零；投诉数据交换接口时延不超过5分钟；在500个并发用户下页面响应时间不超过3秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；历史备案数据迁移经抽查核对无差错；全部文档（需求规格、设计说明、源代码、接口说明、运维手册）齐全并经甲方确认。
P:5.3 甲方组织专家进行验收并出具书面验收报告。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台整体不可用或资金监测中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方应每月提交运行报告，列明可用率、故障次数、处理时长及整改措施，甲方据此进行考核。
P:6.4 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或维护费中扣除。
H:第七条 质保及维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三个年度内不得上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方许可软件的知识产权仍归乙方所有，甲方享有永久使用权。
P:8.2 定制开发形成的接口程序、评分模型配置、小程序、驾驶舱及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
H:第九条 数据安全
P:9.1 平台采集、存储的商户备案、资金监测、投诉及消费者信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据复制出政务云环境，对个人信息进行加密存储和访问控制。
P:9.3 乙方人员须签署数据安全承诺书，乙方应建立运维操作日志并保存不少于六个月，供甲方审计。合同终止时，乙方应移交全部数据并删除其持有的任何副本，出具书面删除证明。
P:9.4 发生数据泄露等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、商户经营信息及本项目技术资料负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方可将小程序界面设计、数据录入等非主体、非关键性工作分包给第三方，但应提前5个工作日书面告知甲方分包单位名称及分包内容。
P:12.2 乙方对分包单位的工作成果向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 逾期违约金达到上限的，甲方有权解除本合同。
P:13.3 合同解除后，乙方应在10日内移交已完成的开发成果、源代码、文档及全部数据，并配合甲方完成系统切换，不得以任何理由中断平台运行或扣留资料。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。不可抗力消除后，双方应尽快恢复履行，并协商调整交付期限。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：临川市商务局    乙方（盖章）：江右数联信息技术有限公司
P:签订日期：2026年5月20日
"""

SRC["z02"] = """T:筛分生产线电气控制系统改造合同
P:合同编号：ZD-GZ-2026-088
P:甲方（买方）：豫北振达电动筛分机厂有限公司
P:乙方（卖方）：郑州恒控自动化工程有限公司
P:甲方为提升振动筛、滚筒筛装配及试车生产线的自动化水平，委托乙方对三条生产线的电气控制系统进行改造，包括设备供货、控制软件及生产执行软件许可、安装改造、调试和培训。经双方协商一致，订立本合同。
H:第一条 合同标的及价格
P:1.1 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），含税及运输、保险、安装、调试、培训等全部费用。分项价格如下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜（含CPU、IO模块）|3套|426,000
TB:2|变频器及驱动单元|42台|318,000
TB:3|工业触摸屏及操作台|6套|96,000
TB:4|振幅、温度、电流传感器及网关|1批|240,000
TB:5|线控软件及生产执行软件许可（永久）|1套|260,000
TB:|软硬件小计||1,340,000
TB:6|拆除及安装改造|3条线|232,000
TB:7|调试及培训|1项|48,000
TB:|合同总价||1,620,000
P:1.2 软硬件小计为设备及软件许可价格，是本合同第七条维保费的计算基数。合同总价在合同有效期内固定不变，不因原材料、汇率或人工成本变化而调整。
H:第二条 付款方式
P:2.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:2.2 设备全部到货并完成安装后，甲方支付合同总价的60%。到货签收及安装完成仅表示数量和外观相符，不视为验收合格。
P:2.3 最终验收合格后10个工作日内，甲方支付合同总价的25%。
P:2.4 余款5%作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:第三条 交货与改造
P:3.1 乙方应在合同生效后45日内将设备运至甲方厂区，并利用甲方安排的停产窗口逐条完成改造，每条生产线停产时间不超过7日。
P:3.2 改造期间乙方应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票，现场施工人员须持证上岗。
P:3.3 乙方应负责旧控制柜的拆除、线缆整理和标识，并将拆除物资移交甲方仓库。
P:3.4 乙方交付的设备应为原厂全新合格产品，随附合格证、出厂检验报告及中文说明书。乙方应在改造前提交电气原理图、接线图和停产切换方案，经甲方设备部审核后方可施工。
P:3.5 乙方应对甲方电工、设备维修人员及班组长进行培训，内容包括控制柜日常点检、变频器参数设置、触摸屏操作、常见故障判断及生产执行软件报工操作，培训不少于六个工作日，并提供培训记录和考核结果。
H:第四条 验收
P:4.1 每条生产线改造完成后进行单线调试，三条线全部完成后连续联动试运行20日。
P:4.2 验收标准：设备型号、数量与本合同一致；IO点位逐一测试正确；振幅、温度、电流数据采集周期不超过1秒且与现场仪表误差不超过2%；生产执行软件工单、报工、质检记录功能全部可用；试运行期间未发生因控制系统导致的停线。
P:4.3 满足上述标准后，双方签署最终验收报告。甲方开始生产使用或支付款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
H:第五条 质保期
P:5.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件出现故障的，乙方免费维修或更换，软件免费升级。
P:5.2 质保期内因乙方产品质量问题更换的部件，其质保期自更换之日起重新计算。
P:5.3 质保期内乙方每季度进行一次现场巡检，检查控制柜温升、接线紧固、散热风扇及传感器标定情况，出具巡检报告；同一部件在质保期内故障三次以上的，乙方应更换为同型号新品或经甲方认可的更高型号产品。
H:第六条 服务水平
P:6.1 一级故障（任一生产线因控制系统停线）乙方应在1小时内远程响应，8小时内到达现场，24小时内恢复生产。
P:6.2 二级故障（单台设备或部分功能异常、生产线未停）乙方应在2小时内响应，48小时内解决。
P:6.3 乙方应在甲方厂区存放常用备件（变频器、IO模块、传感器各不少于两件），备件清单经甲方确认，动用后七日内补齐。
P:6.4 乙方响应、到场或恢复超时的，每超时1小时向甲方支付¥800，从质量保证金中扣除；质量保证金不足的，甲方可从维保费中扣除。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方按年度提供维保服务，包括定期巡检、故障维修、备件供应和软件升级。年度维保费为软硬件小计的8.5%，即每年¥113,900，在质保期满后三个年度内固定不变。
P:7.2 维保服务的响应要求与本合同第六条相同。维保合同由双方每年书面签订，不自动续期。
H:第八条 知识产权
P:8.1 PLC程序、触摸屏画面、接口程序及为甲方定制的报表，其知识产权归甲方所有，乙方应交付全部源程序和注释，甲方可自行修改和使用，或委托第三方修改。
P:8.2 乙方标准软件的知识产权归原权利人，甲方享有永久使用许可。
H:第九条 数据安全
P:9.1 控制系统及生产执行软件产生的工艺参数、生产记录和质检数据归甲方所有，乙方仅为履行本合同使用。
P:9.2 乙方远程维护须经甲方批准并通过甲方提供的安全接入通道进行，不得在控制网络中安装与本项目无关的软件，不得将生产数据复制出甲方网络。
P:9.3 乙方应对交付软件进行病毒和漏洞检测。因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并承担全部赔偿责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 因乙方原因造成停线超过本合同约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:10.4 乙方交付的设备或软件不符合技术协议要求的，甲方有权要求更换或退货，由此延误的时间计入逾期。
P:10.5 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。控制柜柜体加工和线缆敷设如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿损失。
P:12.2 合同解除的，乙方应交付已完成部分的程序和资料，双方按已完成工作量结算。
P:12.3 因乙方违约导致合同解除的，乙方应退还甲方已支付但未对应合格交付的款项，并负责将已拆改的生产线恢复至可运行状态，相关费用由乙方承担。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行的，受影响一方应及时通知对方并在10日内提供证明，按影响程度部分或全部免除责任。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议由双方协商解决；协商不成的，提交新乡仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、改造停产计划。
P:甲方：豫北振达电动筛分机厂有限公司（盖章）    乙方：郑州恒控自动化工程有限公司（盖章）
"""

SRC["z03"] = """空间预订及会员管理SaaS服务与实施合同

合同编号：YK-SaaS-2026-015
甲方（客户）：沪杭优客共享办公管理有限公司
乙方（服务商）：杭州云栖座席科技有限公司

甲方在上海、杭州、苏州经营22家共享办公门店，拟采用乙方的空间预订及会员管理SaaS服务，并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供空间预订及会员管理SaaS服务，功能包括工位及会议室在线预订、会员卡及权益管理、门禁联动、账单及发票管理、门店经营报表和会员移动端小程序。
2. 订阅范围覆盖甲方现有22家门店，门店数量增加的，按附件报价另行增订。
3. 甲方可开通不超过300个后台管理账号，会员端用户数不限。乙方应提供开放接口文档，便于甲方后续与其自有会员积分系统和企业客户结算系统进行对接。
（二）实施服务
1. 乙方负责系统配置、22家门店空间数据建模、门禁系统对接、与甲方财务系统的账单接口开发。
2. 乙方负责将甲方现有约3.6万名会员的档案、余额及合同数据迁移至本系统。
3. 乙方对甲方门店经理、前台及财务人员进行培训，培训采用集中授课与门店现场辅导相结合的方式，每家门店现场辅导不少于半天，乙方提供操作手册和视频教程。
4. 乙方应指派专职实施经理，制定实施计划并按周报告进度。门店切换应分批进行，每批切换前乙方应完成模拟预订、模拟开门和模拟出账测试，切换当日安排人员驻店保障。
（三）支持服务
1. 服务期内乙方提供7×24小时在线工单和电话支持，并为甲方指定客户成功经理，每季度进行一次使用情况回顾，提出配置优化建议。
2. 乙方对SaaS平台的版本更新应提前7日通知甲方，重大变更应先在测试环境供甲方确认，不得降低本合同约定的功能。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
（二）实施期自合同签订之日起至上线验收合格之日止，不超过75日。

三、合同价款及支付
（一）合同总价为人民币壹佰壹拾伍万陆仟元整（¥1,156,000），其中：
1. 订阅年费每个服务年度¥486,000，两个服务年度合计¥972,000；
2. 实施费¥138,000；
3. 数据迁移费¥46,000。
（二）实施费及数据迁移费在上线验收合格后15个工作日内一次性支付。
（三）订阅年费按服务年度支付，甲方应在每个服务年度开始后10个工作日内支付该年度年费。
（四）乙方应在收款前开具增值税专用发票。

四、验收
（一）实施完成后，乙方书面申请上线验收。验收标准为：
1. 22家门店空间数据与甲方提供的平面图逐一核对一致；
2. 门禁联动在全部门店测试通过，刷码开门时间不超过2秒；
3. 会员档案及余额迁移经全量比对差异为零；
4. 账单接口连续10日与财务系统对账无差错；
5. 需求确认书列明的全部功能可用。
（二）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线试用或甲方付款均不构成验收合格。
（三）验收不合格的，乙方应在10日内完成整改并重新申请验收，整改期间计入实施期。乙方应随验收申请提交配置说明、接口文档、迁移核对报告和培训记录，作为验收资料归档。

五、服务水平
（一）乙方承诺订阅服务每月可用率不低于99.5%，计划内维护应在凌晨1点至5点进行并提前3日通知甲方。
（二）故障分级及响应：
1. 一级故障（预订或门禁功能在一家以上门店不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，1个工作日内解决；
3. 三级问题（咨询及优化建议）：1个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，乙方按当月年费折算额的5%给予服务抵扣，单月抵扣不超过当月年费折算额的50%；一级故障响应超时的，每次抵扣¥2,000。抵扣额在下期年费中扣减。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的财务账单接口、门禁对接程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用或许可第三方使用。

七、数据
（一）甲方在系统中录入或产生的会员信息、预订记录、账单数据归甲方所有。
（二）乙方可对甲方的预订和会员行为数据进行去标识化、汇总处理后，用于乙方产品优化及发布共享办公行业分析报告，但不得披露甲方名称。
（三）乙方应按照《个人信息保护法》的要求对会员个人信息加密存储，实行最小权限访问和操作日志审计，系统应通过网络安全等级保护二级测评。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失。
（五）服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除。

八、保密
双方对在合作中知悉的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，向甲方支付违约金¥1,500。
（二）乙方违反数据条款的，应赔偿甲方由此产生的全部损失。
（三）乙方违反本合同第十一条擅自分包的，应按实施费的20%支付违约金。
（四）甲方逾期支付年费超过30日的，乙方可书面催告后暂停服务，但暂停前应给予甲方不少于10日的付款宽限期，且暂停期间不得删除甲方数据。

十、续期
（一）服务期满前60日双方均未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方可根据市场情况调整订阅年费，上调幅度不超过上一服务年度年费的8%，乙方应在服务期满前30日书面通知甲方调整后的价格。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未使用服务期对应的年费。
（二）乙方连续三个月可用率低于承诺值的，甲方有权解除合同。
（三）合同终止或期满不续的，乙方应提供不少于60日的过渡期，在过渡期内按原条件继续提供服务，并配合甲方将数据迁移至新系统，不得删除或锁定甲方数据。

十三、不可抗力
因不可抗力导致一方不能履行的，应及时通知对方并提供证明，在影响范围内免除责任。云服务商机房故障、网络攻击等不属于乙方的不可抗力事由，乙方应通过备份和容灾措施保障服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十五、其他
（一）双方指定的联系人及通知地址见附件，变更应书面通知对方。通过电子邮件发送至指定邮箱的通知，发送之日视为送达。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：需求确认书、门店清单、增订报价单。

甲方（盖章）：沪杭优客共享办公管理有限公司
乙方（盖章）：杭州云栖座席科技有限公司
签订日期：2026年6月8日
"""

SRC["z04"] = """地下水位监测系统年度运行维护服务合同

项目编号：HZCG-2026-CS-027（竞争性磋商）
采购人（甲方）：河州市水务局
供应商（乙方）：河州禹测水文技术服务有限公司

甲方以竞争性磋商方式采购地下水位监测系统年度运行维护服务，乙方为成交供应商。根据《中华人民共和国政府采购法》、磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务范围
1.1 运维对象：全市138个地下水位监测站点（含压力式水位计、遥测终端、太阳能供电及防护设施）、监测数据接收平台及其服务器、数据库和网络设备。
1.2 服务内容：
（1）站点巡检维护：每季度对全部站点现场巡检一次，清洗探头、校测水位、检查供电和通信，汛期加密巡检；
（2）平台运维：平台软件、数据库及服务器的日常监控、备份、补丁更新和故障处理；
（3）数据整编：逐月审核监测数据，剔除异常值，编制月报、季报和年度整编成果；
（4）备品备件：乙方储备水位计、遥测终端、蓄电池等备件，更换所需备件费用已包含在合同价款中。
1.3 服务期：自2026年7月1日起至2027年6月30日止。
1.4 乙方应在服务期开始前完成与上一运维单位的交接，核对站点设备台账和平台账号，发现设备缺失或损坏的，应书面报告甲方。

第二条 合同价款
2.1 合同总价为人民币柒拾陆万元整（¥760,000），为固定总价，包含人工、交通、备件、工具、仪器校准及税费。
2.2 分项：站点巡检维护¥426,000；平台运维¥168,000；数据整编¥92,000；备品备件¥74,000。

第三条 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度¥190,000，服务期内价格固定，不因人工、燃油及备件价格变化而调整。甲方在每季度考核合格且收到发票后15个工作日内支付上一季度服务费。
3.3 季度考核扣减的金额从当季服务费中扣除。
3.4 乙方请款时应提交当季考核确认单和合法有效的发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。

第四条 服务水平
4.1 平台服务月可用率不低于99.95%。
4.2 故障分级与时限：
（1）一级故障（平台中断或全市半数以上站点数据中断）：乙方30分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障（单个站点数据中断或数据异常）：2小时内响应，城区站点24小时内、偏远站点48小时内修复；
（3）三级问题（报表、查询等一般问题）：1个工作日内处理。
4.3 汛期及甲方发布抗旱应急响应期间，乙方应安排专人24小时值守，按甲方要求加密监测。
4.4 乙方应每月提交运维月报，列明可用率、故障处理、巡检完成情况和备件消耗。

4.5 人员与车辆：
（1）乙方应组建不少于八人的运维团队，其中项目负责人一名（具有水文或水资源专业中级以上职称）、平台运维工程师两名、外业巡检人员五名，人员名单报甲方备案，更换须经甲方同意。
（2）乙方应配备不少于三辆巡检车辆及便携式水位测尺、电测水位计、万用表等工具仪器，计量器具应在检定有效期内。
（3）外业人员进入站点应遵守安全操作规程，井口作业须两人以上，雨雪天气和夜间作业应采取防护措施，因乙方原因发生的人身伤害由乙方负责。

第五条 考核与扣减
5.1 甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障处理时限、数据整编质量和月报提交情况。
5.2 一级故障响应或恢复超时的，每超时1小时扣减服务费¥1,500；二级故障修复超时的，每站每日扣减¥300；平台月可用率每低于承诺值0.01个百分点扣减¥1,000。
5.3 季度考核结果为不合格的，甲方有权要求乙方限期整改并更换项目负责人。

第六条 验收
6.1 季度验收：每季度末乙方提交巡检记录（含站点照片和校测记录）、故障处理单及月报，甲方在10个工作日内审核确认。
6.2 年度验收：服务期满前，乙方提交年度整编成果。验收标准为：全部站点全年巡检记录完整；整编成果符合《地下水监测工程技术规范》及甲方下发的整编要求；校测水位与自动监测水位偏差不超过2厘米；平台数据备份完整可恢复；备件账实相符。
6.3 甲方组织专家进行年度验收并出具书面验收意见，验收不合格的，乙方应在15日内整改。甲方签收月报或支付季度服务费，不视为年度验收合格。
6.4 服务期满时，乙方应将站点设备、备件余量、台账和平台运行状态完整移交甲方或甲方指定单位，移交清单经双方签字确认。

第七条 数据安全
7.1 监测数据、整编成果、站点资料及平台数据库中的全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
7.2 乙方应按照网络安全等级保护的要求开展运维，运维操作须通过甲方堡垒机进行，不得私自开设远程通道，不得将数据复制到非甲方设备。
7.3 乙方应每日对平台数据进行增量备份，每周全量备份，并每季度进行一次恢复演练。
7.4 发生数据丢失、泄露或系统被攻击等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿损失。

第八条 保密
乙方对甲方提供的站点坐标、监测数据、工程图纸等资料负有保密义务，未经甲方书面同意不得披露，保密义务不因合同终止而解除。

第九条 知识产权
乙方在本合同履行中形成的整编成果、报告、巡检记录及为平台编写的脚本和配置文件，其知识产权归甲方所有，甲方可自行使用、修改和许可他人使用。乙方应在年度验收时将上述成果的电子版和纸质版一并提交甲方归档。

第十条 违约责任
10.1 乙方未按期完成季度巡检或未按期提交整编成果的，每逾期一日，按合同总价的千分之一支付违约金。
10.2 因乙方原因导致监测数据缺失，影响甲方防汛抗旱决策的，乙方应赔偿甲方损失。
10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 分包
乙方不得将本合同服务转包或分包给第三方。

第十二条 合同解除
12.1 乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
12.2 合同解除的，乙方应在7日内移交全部站点资料、账号密码、备件和数据，并配合新供应商交接。

第十三条 服务期满及不可抗力
13.1 本合同服务期满即终止，不自动续期。甲方如需继续采购，应依法重新组织采购。
13.2 因洪水、地震等不可抗力造成站点损毁的，乙方应在24小时内报告甲方并拍照留证，在条件允许时尽快抢修；站点重建不属于本合同范围，由甲方另行安排，乙方予以配合。因不可抗力不能履行的部分免除责任，但乙方未及时报告造成损失扩大的除外。

第十四条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同附件。

甲方（盖章）：河州市水务局
乙方（盖章）：河州禹测水文技术服务有限公司
签订日期：2026年6月18日
"""

SRC["z05"] = """# 匠迹工艺追溯系统软件许可及定制开发合同

**匠迹软件标准合同文本 V3.0**（乙方制式文本）

合同编号：JJ-HT-2026-0612

甲方（用户）：芜湖镜湖铁画工坊有限公司

乙方（开发方）：合肥匠迹信息科技有限公司

甲方拟引入乙方的“匠迹工艺追溯系统”，对铁画作品从锻打、焊接、整形到退火、上漆、装裱的各道工序进行记录和追溯，并由乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 合同内容

1.1 乙方向甲方提供匠迹工艺追溯系统V5软件许可一套，许可方式为永久许可，限甲方在本工坊内部使用，并承诺许可不附加点数或年限限制。

1.2 乙方根据甲方需求进行定制开发，内容包括：作品一物一码标签及扫码追溯页面、工匠工时和计件工资统计、订单与作品关联、作品证书生成以及面向展厅的作品故事展示页。

1.3 乙方负责系统安装、基础数据初始化和操作培训。

1.4 系统主要功能包括：工序流转登记、原料（低碳钢板、钢丝）批次登记、工匠作业记录、半成品质检记录、成品入库、作品档案、订单管理和统计报表。各功能的具体描述以乙方产品说明书及双方签字的需求确认书为准，乙方产品说明书未列明的功能不属于本合同范围。

## 第二条 合同价款

2.1 合同总价为人民币陆拾贰万元整（¥620,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺追溯系统V5软件许可（永久） | 368,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 安装实施及培训 | 38,000 |
| | 合计 | 620,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件。

2.3 乙方人员因甲方原因需要额外到现场的，差旅费用由甲方承担。上述价款为含税价格，乙方在收到每笔款项前开具增值税普通发票；甲方需要专用发票的，应在签约时书面提出。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的62%，即¥384,400。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付剩余38%，即¥235,600。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方在收到第3.1条款项后开始实施，预计于60个工作日内完成安装和定制开发。因甲方需求变更、资料提供不及时或场地不具备条件的，工期相应顺延。

4.2 甲方应指定项目联系人，负责需求确认、工序资料整理和用户组织，并及时提供各工序的工艺说明、工匠名单及作品编号规则。

4.3 需求确认书经甲方签字后，甲方提出的新增或变更需求，乙方有权另行报价，双方协商一致后实施。

4.4 甲方应按乙方提供的配置清单自行准备服务器、操作系统、数据库、网络环境及扫码枪、标签打印机等终端设备，并在乙方进场前完成调试。运行环境不符合要求导致系统无法安装或运行不稳定的，乙方不承担责任。

4.5 乙方为甲方提供一次集中培训，培训对象为甲方管理员及各工序班组长，培训时长两天。培训结束后，由甲方管理员负责对其他工匠进行内部培训。甲方需要增加培训场次的，按乙方标准收费。

4.6 乙方交付的资料包括：安装说明、用户操作手册、管理员手册及系统初始化数据清单。定制开发模块的源代码由乙方保存，不随系统交付。

## 第五条 上线与验收

5.1 乙方完成安装和定制开发后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可在质保期内提交乙方处理，但不影响验收结论和付款。

## 第六条 质保与售后

6.1 系统免费质保期为六个月，自上线之日起算。

6.2 质保期内，乙方在工作日9:00至17:30通过电话、微信和远程方式提供技术支持，对甲方反映的问题尽力及时处理。

6.3 质保期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度服务协议，年度服务费为软件许可费的32%，即每年¥117,760，价格在质保期满后三个服务年度内不变。

6.4 因甲方擅自修改系统、操作不当或硬件故障引起的问题，不属于质保范围，乙方可提供有偿服务。

6.5 甲方应指定专人负责系统日常管理和数据备份，定期将数据库备份至独立存储介质。因甲方未做备份导致数据无法恢复的，乙方不承担责任。

6.6 乙方发布新版本时，质保期内的甲方可免费升级一次；升级需要甲方配合停机的，由双方协商安排时间。

## 第七条 知识产权

7.1 匠迹工艺追溯系统软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的扫码追溯页面、工时统计模块、证书生成模块、展示页及其源代码的知识产权归乙方所有，甲方在本工坊内部享有永久使用权，不得修改、反向工程或提供给第三方。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第八条 数据安全

8.1 甲方在系统中录入的作品信息、工艺记录、工匠信息和订单数据归甲方所有，乙方仅为实施和技术支持使用，不得用于其他目的。

8.2 乙方在远程维护时应经甲方同意，采用加密通道连接，不得下载或留存甲方数据；乙方人员应妥善保管甲方提供的账号口令。

8.3 乙方应对系统采取必要的安全措施，包括账号分级授权、登录日志记录及重要操作留痕，并在交付前对系统进行漏洞扫描，修复发现的高危漏洞。

8.4 因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内告知甲方，协助恢复数据，并赔偿甲方由此遭受的损失。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、技术资料及工艺诀窍负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

## 第十条 违约

10.1 任何一方违反本合同约定，给对方造成损失的，应承担赔偿责任。

10.2 甲方未按约定付款的，按第3.3条承担违约责任。

## 第十一条 合同终止

11.1 一方严重违约，经另一方书面催告后20日内仍不改正的，另一方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已付款项不予退还。

11.3 合同解除后，甲方应停止使用乙方尚未收取费用部分对应的软件和定制模块，并删除相关安装文件；乙方应将甲方数据以通用格式导出交还甲方。

## 第十二条 不可抗力

因不可抗力致使合同不能履行的，遭受不可抗力的一方应及时通知对方，并在合理期限内提供证明，双方协商是否继续履行。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

14.2 双方往来通知以本合同首页所列地址、电话或电子邮箱为准，一方变更联系方式的，应及时书面告知对方，否则按原地址送达即视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：芜湖镜湖铁画工坊有限公司　　　乙方（盖章）：合肥匠迹信息科技有限公司

日期：2026年7月2日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. WDS-CN-2026-031
P:This Agreement is made on 14 July 2026 between:
P:(1) Suzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Buyer"); and
P:(2) Weardale Data Systems Limited, a company registered in England with its registered office at Front Street, Wolsingham, County Durham, England (the "Supplier").
P:The Buyer wishes to acquire a perpetual licence to the Supplier's foundry quality management software and related implementation services, and the Supplier has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's CastQual quality management software, version 9, including the modules for melt records, sand testing, non-destructive testing, non-conformance management and supplier quality, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and other materials developed by the Supplier specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation that the acceptance criteria in Article 5 have been met.
P:1.4 "Buyer Data" means all data entered into, generated by or processed in the Software at the Buyer's sites, including production, inspection and personnel data.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users at the Buyer's two plants in Suzhou, including use by the Buyer's affiliates that operate those plants.
P:2.2 The Supplier shall provide the following services: installation on the Buyer's servers, configuration of quality workflows, development of interfaces to the Buyer's ERP system and spectrometer data collectors, migration of open quality records from the Buyer's current system, user and administrator training, and go-live support.
P:2.3 The Supplier shall deliver the services in accordance with the project plan agreed at the kick-off meeting. Key milestones are installation within 30 days after signature, go-live within 110 days after signature, and Final Acceptance within 60 days after go-live.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,860,000, inclusive of all applicable taxes, made up of: Software licence fee CNY 1,420,000; implementation and interface development CNY 386,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Supplier's personnel for work in Suzhou are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price is payable within 15 business days after signature against the Supplier's invoice and an advance payment guarantee of equal amount issued by a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price is payable within 15 business days after go-live.
P:4.3 The remaining 35% of the Contract Price is payable within 15 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Supplier's representative office stated in the invoice. The Supplier shall issue a valid VAT invoice (fapiao) for each payment.
H:Article 5 Acceptance
P:5.1 Before go-live the Supplier shall carry out system tests according to a test plan approved by the Buyer and shall remedy all defects of severity 1 and 2.
P:5.2 Final Acceptance requires that: (a) every function listed in the functional specification works as described; (b) the ERP interface transfers inspection results and non-conformance records without error for 20 consecutive working days; (c) the spectrometer interface imports each melt analysis within 2 minutes; (d) all open quality records have been migrated and reconciled against the legacy system with no discrepancy; (e) the Software has run in production for 60 days without a severity 1 defect; and (f) the documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 Go-live, productive use of the Software or any payment by the Buyer shall not by itself constitute Final Acceptance. If the criteria are not met, the Supplier shall remedy the failures within 15 days and the tests shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for a warranty period of 18 months from Final Acceptance.
P:6.2 During the warranty period the Supplier shall correct defects, provide all updates and new versions released for the Software, and provide technical support, all free of charge.
H:Article 7 Support Levels
P:7.1 During the warranty period and any support period, the Supplier shall respond to defects as follows: severity 1 (the Software is unavailable or quality data cannot be recorded at a plant) within 1 hour, with a workaround within 8 hours; severity 2 (a major function is impaired) within 2 hours; severity 3 (other defects and questions) within 1 business day.
P:7.2 Support is provided through a 24x7 hotline for severity 1 and through the support portal for other cases. The Supplier's engineers may connect remotely only through the Buyer's approved remote access gateway.
P:7.3 If the Supplier misses a response or workaround time for a severity 1 defect, the Buyer may deduct CNY 2,000 for each hour or part of an hour of delay from any amount payable to the Supplier, or the Supplier shall credit that amount against the next support fee.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support and maintenance. The annual support fee is 11% of the Software licence fee, being CNY 156,200 per year, and shall not be increased during the first three support years.
P:8.2 Annual support includes defect correction, updates, new versions and the support levels in Article 7. Each support year is ordered by a written purchase order of the Buyer and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Supplier retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through third-party contractors.
P:9.3 The Supplier shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 10 Data Protection and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose, whether in identifiable, anonymised or aggregated form.
P:10.2 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Buyer's information security policies. The Supplier shall not transfer Buyer Data outside the Buyer's network or outside mainland China.
P:10.3 The Supplier's personnel shall access the Buyer's systems only through named accounts, and all remote sessions shall be logged. The Supplier shall keep no copy of Buyer Data after completing a task.
P:10.4 The Supplier shall notify the Buyer within 2 hours after becoming aware of any security incident affecting Buyer Data, shall take all measures needed to contain it, and shall be liable for all losses caused by incidents attributable to the Supplier.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including process parameters, product drawings, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:11.2 This obligation survives for six years after this Agreement ends.
H:Article 12 Delay Damages and Liability
P:12.1 If the Supplier fails to achieve go-live or Final Acceptance by the dates in Article 2.3 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price, except for liability for breach of Article 10 or Article 11, infringement, personal injury, fraud or wilful misconduct, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after receiving notice, or if delay damages reach their maximum.
P:14.2 On termination the Supplier shall deliver all completed work, Custom Deliverables and Buyer Data, and shall refund amounts paid for services not performed.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement and any dispute arising from it shall be governed by the laws of England and Wales.
P:16.2 Any dispute that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration under the Rules of the London Court of International Arbitration, seated in London, in the English language.
H:Article 17 General
P:17.1 This Agreement, with its annexes (functional specification, project plan and acceptance test plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# SaaS Order Form and General Terms

**Order Form No. SF-ORD-2026-0193**

Supplier: Skerne Fieldworks Ltd, High Street, Sedgefield, County Durham, England ("Supplier")

Customer: Chengdu Jinsha Property Services Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Supplier and Customer for the subscription described below. If Part A and Part B conflict, Part A prevails.

## Part A: Order Form

### A1. Service

Supplier's FieldDesk work-order management service, provided as software-as-a-service, including: work-order intake by app, WeChat mini-program and web portal; technician dispatch and mobile app; preventive maintenance planning; spare-parts inventory; resident satisfaction surveys; and management dashboards. The Service is hosted for Customer in a data centre in mainland China operated by a cloud provider approved by Customer.

### A2. Subscription Scope and Term

- Scope: 64 residential and commercial properties managed by Customer, up to 900 named back-office and technician users, unlimited resident users.
- Subscription Term: two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance (A4); the second Subscription Year follows immediately.
- The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 64 properties, 900 users | 398,000 |
| Subscription fee, Subscription Year 2 | 64 properties, 900 users | 398,000 |
| Onboarding services | fixed price | 64,000 |
| **Total fees under this Order Form** | | **860,000** |

- The onboarding fee is invoiced after Onboarding Acceptance and payable within 30 days of invoice.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice.
- All fees include VAT. Supplier shall issue VAT invoices (fapiao) through its appointed agent in China. Fees are fixed for the Subscription Term.

### A4. Onboarding

- Supplier shall configure the Service for all 64 properties, import Customer's asset registers and open work orders, connect the Service to Customer's finance system for recharge billing, and train 40 key users.
- Onboarding shall be completed within 70 days after signature of this Order Form.
- Onboarding Acceptance requires: all properties and asset registers loaded and checked by Customer; end-to-end tests of work-order intake, dispatch, completion and recharge billing passed at three pilot properties; the finance interface reconciling for 10 consecutive working days without error; and key-user training completed. Customer shall confirm Onboarding Acceptance in writing; use of the Service before that date does not amount to acceptance.
- If Onboarding Acceptance is delayed beyond the date above for reasons attributable to Supplier, Supplier shall pay Customer CNY 900 for each day of delay.

### A5. Service Levels

- Availability: Supplier shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 00:00 and 06:00 Beijing time.
- Priority 1 incidents (Service unavailable, or work-order intake or dispatch not working for any property): response within 30 minutes, 24x7, and continuous work until restored.
- Priority 2 incidents (a major function impaired): response within 2 hours during business hours.
- Priority 3 requests: response within 1 business day.
- Supplier shall send a monthly service report showing availability and incident handling. Service credits do not apply to this Order Form. If Supplier misses a service level, its only obligation is to restore the Service as soon as practicable and to provide a root-cause report.

### A6. Contacts and Signature

Customer contact: Director, Engineering Services Department. Supplier contact: Account Director, China.

Signed for Supplier: ____________________ Signed for Customer: ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of residents, tenants and staff, that Customer or its users submit to the Service or that the Service generates from Customer's use.

1.2 "Service" means the service in A1 together with its documentation and updates.

1.3 "Subscription Year" means each of the two consecutive annual periods described in A2, the first starting on the date of Onboarding Acceptance.

### 2. Use of the Service

2.1 Supplier grants Customer and its users a non-exclusive right to use the Service during the Subscription Term for Customer's property management business.

2.2 Customer shall keep user credentials secure and shall not resell the Service or use it to build a competing product.

2.3 Supplier may update the Service from time to time, provided that updates do not materially reduce the functions described in A1. Supplier shall announce major updates at least 14 days in advance.

2.4 Supplier shall provide support through a Chinese-language hotline and a ticket portal. Key users may raise tickets at any time; Priority 1 incidents shall be reported by telephone. Supplier shall assign a named customer success manager who meets Customer quarterly to review usage, open tickets and planned changes.

2.5 Supplier may suspend a user account only if that account is being used in breach of 2.2 or threatens the security of the Service, and shall inform Customer immediately with the reasons. Supplier shall not suspend the Service as a whole for a payment dispute that Customer has raised in good faith.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Supplier shall process Customer Data only on Customer's documented instructions and only to provide the Service; Supplier shall not use Customer Data for any other purpose, including in anonymised or aggregated form.

3.2 Customer Data shall be stored and processed only in mainland China. Supplier shall not transfer Customer Data or allow access to it from outside mainland China without Customer's prior written consent.

3.3 On expiry or termination, Supplier shall make Customer Data available for export in a standard format for 60 days and shall then delete it and certify deletion in writing.

### 4. Security

4.1 Supplier shall maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging and annual penetration testing. The Service shall hold a valid MLPS level 3 filing.

4.2 Supplier shall notify Customer within 2 hours after becoming aware of any breach of security affecting Customer Data, shall contain and remedy the breach, and shall cooperate with Customer in any notice to regulators or affected persons. Supplier is responsible for losses caused by breaches attributable to it or to its subprocessors.

### 5. Subprocessors

5.1 Supplier shall not engage any subprocessor or subcontractor to process Customer Data or to perform any part of the Service without Customer's prior written consent. The cloud provider named in A1 is approved by signature of this Order Form.

5.2 Supplier remains fully responsible for the acts and omissions of its subprocessors.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care and shall use it only to perform this agreement. Confidential information includes Customer Data, pricing and the terms of the Order Form.

6.2 These obligations continue for three years after the Subscription Term ends, and for Customer Data without time limit.

### 7. Intellectual Property

7.1 Supplier owns the Service and all its underlying software.

7.2 Any reports, templates, workflows or interface adaptors created by Supplier specifically for Customer during onboarding belong to Customer, and Customer may use, modify and license them without restriction.

### 8. Warranties

8.1 Supplier warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care by qualified personnel.

### 9. Liability

9.1 Neither party excludes liability for personal injury, fraud or wilful misconduct.

9.2 Subject to 9.1, each party's total liability arising out of or in connection with this agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

### 10. Term and Termination

10.1 This agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.3 If Customer terminates under 10.2, Supplier shall refund the prepaid subscription fees for the remainder of the then current Subscription Year.

10.4 Sections 3, 4, 6 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6. Neither party may assign this agreement without the other party's written consent. This Order Form and these General Terms are the entire agreement for the Service.
"""

SRC["e03"] = """T:Purchase Contract for Vibration Monitoring Sensors and Software Licence
P:Contract No. TS-EQ-2026-0712
P:Buyer: Tangshan Beiyang Steel Rolling Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer")
P:Supplier: Crawleyside Sensing Ltd, Market Place, Stanhope, County Durham, England (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to equip the main drives, gearboxes and roll stands of its hot strip mill with wireless vibration sensors and condition monitoring software, and the Supplier has agreed to supply, install and commission them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's MillSense condition monitoring software, including the analytics server, the web client and the mobile alarm application.
P:1.3 "Custom Work" means the dashboards, alarm rules, asset models and the interface to the Buyer's maintenance management system developed by the Supplier for the Buyer under this Contract.
P:1.4 The Supplier shall supply the Equipment and a perpetual licence to the Software, install the Equipment on 120 machines, install the Software on the Buyer's servers, develop the Custom Work, commission the system and train the Buyer's maintenance engineers.
H:2. Contract Price
P:2.1 The Contract Price is fixed at CNY 1,238,000, including VAT, packing, insurance, delivery to the Buyer's plant, installation, commissioning and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway with mounting kit|24|8,600|206,400
TB:3|MillSense software licence, perpetual, 300 channels|1|348,000|348,000
TB:|Equipment and licence subtotal|||1,070,400
TB:4|Installation, cabling and mounting on 120 machines|1|126,000|126,000
TB:5|Commissioning, Custom Work and training|1|41,600|41,600
TB:|Contract Price|||1,238,000
P:2.2 The Equipment and licence subtotal is the base for the support fee in clause 8.
H:3. Payment
P:3.1 10% of the Contract Price is payable within 20 days after signature against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 55% of the Contract Price is payable within 20 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 35% of the Contract Price is payable within 20 days after Final Acceptance under clause 5.
P:3.4 The Supplier shall issue VAT invoices through its agent in China before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment DDP to the Buyer's plant within 60 days after signature, and complete installation within 45 days after delivery, during the mill's scheduled maintenance stops.
P:4.2 The Supplier's installation team shall follow the Buyer's safety rules, obtain work permits for every job on or near running machines and attend the Buyer's site safety induction.
P:4.3 The Buyer shall provide the Supplier's team with access to the machines during the agreed maintenance stops, a site office, power at the installation points, and the server and network capacity described in the technical annex. If the Buyer cannot provide a maintenance stop as planned, the installation period is extended accordingly and the Supplier shall not be liable for the resulting delay.
P:4.4 With the Equipment the Supplier shall deliver packing lists, certificates of origin and conformity, calibration certificates for every sensor, installation drawings showing the mounting point of each sensor, and the operation and maintenance manuals in Chinese and English.
P:4.5 The Equipment shall be new, of the models specified in the technical annex, with ATEX or equivalent certification where installed in hazardous areas, and shall have an ingress protection rating of at least IP67.
H:5. Acceptance
P:5.1 After installation the Supplier shall commission the system and carry out a 30-day trial run.
P:5.2 Final Acceptance requires that: (a) all 240 sensors report to the Software; (b) sensor battery status and signal strength are within the manufacturer's limits; (c) vibration readings deviate by no more than 5% from reference measurements taken with a calibrated portable analyser on 20 machines chosen by the Buyer; (d) alarms reach the mobile application and the maintenance management system within 60 seconds; (e) the Custom Work is complete; and (f) training has been completed and documented.
P:5.3 The Buyer shall sign an acceptance certificate when the criteria are met. If they are not met, the Supplier shall remedy the defects within 15 days and repeat the tests. Use of the system by the Buyer before Final Acceptance shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including replacement sensor batteries that fail before their rated life, and shall provide Software updates free of charge.
P:6.2 Replaced parts carry a new warranty of 24 months from replacement.
H:7. Service Levels
P:7.1 The Supplier shall provide technical support in Chinese. For a critical fault (the Software stops collecting data or alarms stop for a mill area) the Supplier shall respond within 1 hour and restore the function within 24 hours; if an on-site visit is needed, an engineer shall arrive within 2 business days.
P:7.2 For other faults the Supplier shall respond within 1 business day and fix the fault within 10 business days.
P:7.3 If the Supplier misses a response or restoration time for a critical fault, the Buyer may deduct CNY 1,000 for each hour of delay from the retention or from any amount payable to the Supplier.
H:8. Support after the Warranty
P:8.1 After the warranty the Supplier shall offer annual support covering Software updates, remote support under clause 7 and repair of Equipment. The annual support fee is 9.5% of the Equipment and licence subtotal, that is CNY 101,688 per year, fixed for three years after the warranty ends.
P:8.2 Support is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:9.2 The Custom Work, including its source code and configuration files, belongs to the Buyer, which may use, modify and license it freely.
H:10. Measurement Data
P:10.1 All measurement data, alarms and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and the support in clause 8.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical and commercial information of the Buyer received under this Contract, including drawings of the mill, production rates and the content of this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues for six years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier delays delivery, installation or Final Acceptance, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to the Buyer's property caused on site, or wilful misconduct.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract installation or any other work without the Buyer's prior written consent, and remains responsible for any subcontractor the Buyer approves.
H:14. Spare Parts and Training
P:14.1 The Supplier shall keep spare sensors and gateways in stock in China for at least seven years after Final Acceptance and shall supply them at the prices in the technical annex, adjusted by no more than the published consumer price index.
P:14.2 Training shall cover sensor installation and replacement, gateway configuration, alarm handling and vibration analysis basics, for at least 16 engineers in two sessions of three days each.
P:14.3 During the warranty the Supplier shall hold one refresher training session each year at the Buyer's plant for new maintenance staff, and shall give the Buyer's engineers access to its online knowledge base and analysis guides at no extra charge.
H:15. Force Majeure
P:15.1 Neither party is liable for delay or failure caused by force majeure, provided it informs the other party within 5 days and takes reasonable steps to reduce the effect. Time for performance is extended by the period of the force majeure.
H:16. Duration
P:16.1 This Contract takes effect on signature and remains in force until both parties have performed their obligations under it, including the warranty obligations in clause 6.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:18. Miscellaneous
P:18.1 The technical annex, the installation plan and the acceptance test plan form part of this Contract. Changes to this Contract are valid only in writing and signed by both parties. This Contract is made in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Infrastructure Services Agreement

**Agreement No. OV-MSA-2026-044**

This Agreement is made on 3 August 2026 between **Ningbo Haishu Cold Chain Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang Province (the "Customer"), and **Ouse Valley Managed IT Ltd**, a company registered in England with its registered office at Gowthorpe, Selby, North Yorkshire, England, acting through its branch office in Shanghai (the "Provider").

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the reductions of the Monthly Charge set out there.

1.3 "Charges" means the charges in Schedule 3. "Contract Value" means the total of the Charges over the Term, being CNY 2,310,000.

1.4 "Customer Data" means all data of the Customer, its customers and employees that the Provider accesses, processes or stores in performing the Services, including warehouse management, temperature logging and personnel data.

1.5 "Transition" means the taking over of the Services from the Customer's current provider in accordance with Section 3.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The Service Period starts on the Service Commencement Date in Section 3 and runs for 36 months.

2.2 This Agreement expires at the end of the Service Period. Any extension requires a written amendment signed by both parties on terms then agreed; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall complete the Transition within 60 days after signature. Transition includes discovery and documentation of all in-scope assets, knowledge transfer from the current provider, installation of monitoring agents, set-up of the service desk and the agreed runbooks, and a two-week parallel run.

3.2 Transition is accepted when the Customer confirms in writing that: (a) all assets in the inventory are monitored and their alerts reach the service desk; (b) runbooks for all critical systems, including the warehouse management system and the cold-room temperature monitoring servers, have been reviewed and approved by the Customer; (c) the parallel run has been completed without a missed Priority 1 incident; and (d) the backup restore test for each critical system has succeeded. The date of that confirmation is the Service Commencement Date.

3.3 If the Provider fails to achieve Transition acceptance by the date in 3.1 for reasons attributable to it, the Provider shall pay liquidated damages of 0.1% of the Contract Value for each day of delay, up to 8% of the Contract Value.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1, good industry practice and the Customer's IT policies made known to it.

4.2 The Provider shall meet the Service Levels in Schedule 2. If it fails to do so, the Service Credits in Schedule 2 apply automatically and shall be deducted from the next invoice. Service Credits do not limit the Customer's other rights for repeated or serious failures.

4.3 The Provider shall deliver a monthly service report with Service Level performance, incidents, changes, capacity trends and recommended improvements, and shall attend a monthly service review meeting with the Customer.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3 and are fixed for the Service Period. They include VAT.

5.2 The Transition Charge is invoiced after Transition acceptance. The Monthly Charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt of a correct VAT invoice.

5.3 The Customer may withhold the disputed part of an invoice in good faith while the dispute is resolved.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, whether in identifiable, de-identified or aggregated form.

6.2 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Data shall remain in mainland China; the Provider's staff outside mainland China shall have no access to it.

6.3 The Provider shall use named privileged accounts through the Customer's bastion host, keep all administrative sessions recorded, apply security patches according to the agreed patch policy, and keep backup media encrypted.

6.4 The Provider shall report any security incident affecting Customer Data or the Customer's systems to the Customer within 1 hour after detection, contain it and support the investigation. The Provider is liable for all losses caused by security incidents attributable to the Provider or its personnel.

## Section 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by equal obligations.

7.2 This Section continues for three years after this Agreement ends, and for Customer Data without limit.

## Section 8. Intellectual Property

8.1 The Provider retains its pre-existing tools, monitoring software and know-how.

8.2 Runbooks, scripts, configuration documentation, asset inventories and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to any successor provider.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep sufficient qualified engineers, including at least two engineers based in Ningbo during business hours.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts of any approved subcontractor.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Value.

10.2 The limit in 10.1 does not apply to breach of Section 6 or Section 7, personal injury, fraud or wilful misconduct.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the Provider misses the same critical Service Level in three consecutive months.

11.2 The Provider may terminate by written notice if the Customer fails to pay undisputed Charges within 60 days after a written reminder.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all documentation, credentials and Customer Data, and then securely delete any copies it holds.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13. General

13.1 Force majeure excuses a party only for the period and extent of the event, provided that the Provider's disaster recovery obligations in Schedule 1 continue to apply.

13.2 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English; telephone, portal and e-mail; incident and request handling for 420 users at three warehouses and the head office | 24x7 |
| Infrastructure monitoring | 62 servers, 14 storage and backup devices, 210 network devices, cold-room monitoring servers | 24x7 |
| Server and storage management | patching, capacity management, configuration changes under change control | business hours, emergency 24x7 |
| Network management | LAN, Wi-Fi in warehouses, SD-WAN links between sites | business hours, emergency 24x7 |
| Backup and recovery | daily backups, quarterly restore tests for critical systems | 24x7 |
| Disaster recovery | annual failover test of the warehouse management system to the secondary site | as scheduled |
| On-site support | desk-side and hardware support at Ningbo sites | business hours |

## Schedule 2: Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of warehouse management system and cold-room monitoring | 99.95% per month | 2% of the Monthly Charge for each 0.02 percentage point below, up to 20% |
| Priority 1 response (critical system down or temperature alarms not reaching staff) | 15 minutes, 24x7 | 2% of the Monthly Charge per late incident |
| Priority 1 restoration | 3 hours | 2% of the Monthly Charge per late incident |
| Priority 2 response | 1 hour | 1% of the Monthly Charge per late incident |
| Priority 2 restoration | 1 business day | 1% of the Monthly Charge per late incident |

Total Service Credits in a month are capped at 25% of that month's Monthly Charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition acceptance | 96,000 |
| Monthly Charge | 61,500 per month for 36 months | 2,214,000 |
| Total Charges (Contract Value) | | 2,310,000 |
| Exit assistance beyond handover | per engineer day | 3,200 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

SRC["e05"] = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. HMD-SUB-2026-0058

Between: Holderness Marine Data Ltd, a company registered in England, of Newbegin, Hornsea, East Riding of Yorkshire, England (the "Supplier")

And: Qingdao Donghai Offshore Engineering Co., Ltd., a company incorporated in the People's Republic of China, of Huangdao District, Qingdao, Shandong Province (the "Customer")

Date: 21 September 2026

1. DEFINITIONS

1.1 "API" means the Supplier's application programming interface through which the Data is delivered, together with its documentation.

1.2 "Data" means the Supplier's marine weather forecasts, wave and swell forecasts, tidal current predictions and historical hindcast data for the Customer's areas of interest listed in Annex 1.

1.3 "Customer Data" means the vessel positions, project site coordinates, work schedules, queries and other information that the Customer or its users send to the API or the Supplier.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Activation Date.

1.5 "Activation Date" means the date on which the Customer confirms in writing that Setup has been accepted under clause 4.

1.6 "Integration Connector" means the software adapter developed by the Supplier under clause 4 that feeds the Data into the Customer's marine operations planning system.

2. SUBSCRIPTION

2.1 The Supplier grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its offshore construction and vessel operations, and to display the Data to its employees, contractors and vessel crews working on the Customer's projects.

2.2 The subscription covers up to 2,000,000 API calls per Subscription Year, 6 forecast areas and 35 named users of the Supplier's web viewer. Additional calls are charged at the rate in Annex 2; usage charges are not part of the Subscription Fees.

2.3 The Customer shall not resell the Data or supply it to third parties as a data product.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years from the Activation Date.

4. SETUP AND ACCEPTANCE

4.1 The Supplier shall, within 45 days after signature, configure the forecast areas, provide production API credentials, develop the Integration Connector and train the Customer's marine coordinators (together, "Setup").

4.2 Setup is accepted when: (a) the API has delivered forecasts for all 6 areas for 14 consecutive days with every scheduled update received; (b) the Integration Connector has loaded each update into the planning system within 10 minutes; (c) forecast values in the planning system match those in the API for a sample of 200 data points with no discrepancy; and (d) training has been completed. The Customer shall confirm acceptance in writing within 5 business days after the Supplier shows that the criteria are met. Use of the Data before that confirmation does not amount to acceptance.

4.3 If Setup is not accepted within the period in 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees for the Subscription Term are:
(a) Setup fee, one-time: CNY 36,000;
(b) Subscription Fee, Subscription Year 1: CNY 284,000;
(c) Subscription Fee, Subscription Year 2: CNY 284,000;
Total: CNY 604,000.

5.2 The Setup fee is invoiced after the Activation Date. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

5.3 All fees are stated in CNY and include VAT. The Supplier shall issue VAT invoices through its appointed distributor in China.

6. SERVICE LEVELS

6.1 The Supplier shall make the API available at least 99.5% of the time in each calendar month, measured at the Supplier's API gateway and excluding scheduled maintenance announced at least 3 days in advance.

6.2 Forecast updates shall be published at least four times a day at the times listed in Annex 1.

6.3 Incidents are handled as follows:
(a) Severity 1 (API unavailable, or forecasts for any area not updated for more than one cycle): response within 1 hour at any time, and continuous work until resolved;
(b) Severity 2 (degraded performance or partial data gaps): response within 3 business hours;
(c) Severity 3 (questions and minor issues): response within 2 business days.

6.4 If availability in a month falls below the level in 6.1, the Supplier shall credit the Customer 5% of the monthly portion of the Subscription Fee for each full 0.2 percentage point below that level, up to 25% of that monthly portion. If the Supplier misses a Severity 1 response time, it shall credit CNY 1,000 for each late incident. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the API and the support under this Agreement, and shall not use it for any other purpose, including in anonymised or aggregated form or for improving its forecast models.

7.2 The Supplier shall protect Customer Data by encryption in transit and at rest, access controls limited to named support staff, logging of all access, and regular security testing. Vessel positions and site coordinates shall be deleted from the Supplier's systems 30 days after receipt unless the Customer instructs otherwise.

7.3 The Supplier shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data, shall contain and remedy it, and shall be liable for losses caused by incidents attributable to the Supplier. The Supplier shall keep Customer Data only on servers located in mainland China operated by a cloud provider approved by the Customer.

8. INTELLECTUAL PROPERTY

8.1 The Supplier and its licensors retain all rights in the Data, the API and the forecast models.

8.2 The Integration Connector, including its source code, and any reports or dashboards built for the Customer belong to the Customer, which may use, modify and license them freely.

8.3 Planning documents, weather windows and operational decisions that the Customer derives from the Data belong to the Customer and may be kept after the Subscription Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer Data, project locations, pricing and the terms of this Agreement, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 The Supplier shall not subcontract any part of its obligations, or appoint any sub-processor of Customer Data, without the Customer's prior written consent. The Supplier's China distributor and the approved cloud provider are consented to by signature.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1.

11.2 The limit does not apply to breach of clause 7 or clause 9, personal injury, fraud or wilful misconduct.

11.3 The Data are forecasts. The Customer remains responsible for its operational decisions, but the Supplier is liable under this Agreement for failing to deliver the Data as agreed.

12. RENEWAL

12.1 At the end of the Subscription Term this Agreement renews automatically for further Subscription Years, one at a time, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

12.2 The Supplier may increase the Subscription Fee for any renewal Subscription Year by giving written notice at least 90 days before the renewal date. The increase for a renewal year shall not exceed 9% of the previous year's Subscription Fee.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 The Customer may also terminate by written notice if availability falls below the level in clause 6.1 in three months of any Subscription Year.

13.3 If the Customer terminates under 13.1 or 13.2, the Supplier shall refund the Subscription Fee paid for the remainder of the current Subscription Year.

13.4 On expiry or termination, the Customer's access to the API ends. The Supplier shall delete all Customer Data within 30 days and confirm deletion in writing.

14. FORCE MAJEURE

14.1 Neither party is liable for failure caused by events beyond its reasonable control. Failures of the Supplier's own hosting or network providers are not force majeure if the Supplier has not maintained the redundancy described in Annex 1.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English or Chinese.

16. GENERAL

16.1 Notices shall be sent by e-mail and courier to the addresses above. Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.

16.2 Annex 1 (areas of interest, update times and hosting) and Annex 2 (overage rates) form part of this Agreement.

Signed for the Supplier: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels (buyer's view, conventions of holdout18/19 as restated in the brief) and the design list.
NAMES = {
    "z01": ("h1165z01_commerce_bureau_prepaid_card_platform.pdf", "pdf"),
    "z02": ("h1165z02_screening_machine_line_control_retrofit.docx", "docx"),
    "z03": ("h1165z03_coworking_booking_membership_saas.txt", "txt"),
    "z04": ("h1165z04_water_bureau_groundwater_monitoring_om.txt", "txt"),
    "z05": ("h1165z05_iron_picture_workshop_tracking_supplier_template.md", "md"),
    "e01": ("h1165e01_foundry_quality_software_licence_wolsingham.pdf", "pdf"),
    "e02": ("h1165e02_work_order_saas_order_form_sedgefield.md", "md"),
    "e03": ("h1165e03_mill_vibration_sensors_licence_stanhope.docx", "docx"),
    "e04": ("h1165e04_cold_chain_managed_infrastructure_selby.md", "md"),
    "e05": ("h1165e05_marine_data_api_subscription_hornsea.txt", "txt"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract value,
#       fee base for TCO or None, forum outside mainland China)
G, S = "goods_or_licence", "service"
L = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True,
                         True, "PRC", G], True, True, True, False, 1590000, 860000, False),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, False, 0.08, 50, 10, True, True, 18, 8.5, False, True,
                         False, "PRC", G], True, True, True, False, 1620000, 1340000, False),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 1500 / 1156000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], True, True, None, False, 1156000, None, False),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", S], True, True, None, False, 760000, None, False),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, None, 62, False, False, 6, 32, False,
                         True, None, None, G], False, False, True, True, 620000, 368000, False),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "England and Wales", G], True, True, True, False, 1860000, 1420000, True),
    "e02": ("cloud", [99.95, 0.5, False, "buyer", True, True, True, 900 / 860000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], True, True, None, False, 860000, None, False),
    "e03": ("hardware", [None, 1, True, "buyer", False, True, True, 0.08, 200, 10, True, True, 24, 9.5, False, False,
                         False, "PRC", G], True, True, True, False, 1238000, 1070400, False),
    "e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False,
                         True, False, "PRC", S], True, True, None, False, 2310000, None, False),
    "e05": ("cloud", [99.5, 1, True, "buyer", True, True, True, 500 / 604000 * 100, 150, None, True, None, None, None,
                      True, True, False, "PRC", S], True, True, None, False, 604000, None, False),
}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e04": [],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "medium", "z02": "medium", "z03": "medium", "z04": "low", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "high", "e04": "low", "e05": "medium"}


def label(k):
    cat, vals, sla, ld, capped, deemed, cv, base, outside = L[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": NAMES[k][0], "language": "zh" if k[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra}


def tco_share(k):
    cat, vals, sla, ld, capped, deemed, cv, base, outside = L[k]
    t = dict(zip(KEYS, vals))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (cv + post) * 100


def derive(k):
    """My reading of policy §3 applied to the label."""
    lab = label(k)
    t, x = lab["expected_terms"], lab["expected_extra"]
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
        sh = tco_share(k)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or L[k][8]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a policy threshold figure.
TH = [r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])99\.90",
      r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十])四\s*个?\s*小时", r"four[\s-]*hours?",
      r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
      r"(?<![\d.])(?:30|15|40|100)\s*(?:%|％|per\s*cent|percent)",
      r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九])", r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
      r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"十二\s*个?\s*月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
      r"(?<![\d.])1\s*-?\s*years?\b", r"\bone[\s-]*years?\b", r"(?<![\d一二三四五六七八九十第每])一\s*年(?!度)",
      r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"\bfive[\s-]*years?\b", r"(?<![十第])五\s*年"]
TH_RE = [re.compile(p, re.I) for p in TH]
MUST_HIT = ["99.9%", "99.90%", "4 hours", "4小时", "四小时", "4-hour", "0.05%", "万分之五", "30%", "30 ％", "百分之三十",
            "15 per cent", "百分之十五", "40%", "100%", "百分之百", "12 months", "12个月", "十二个月", "twelve months",
            "1 year", "one year", "一年", "5 years", "五年", "five years", "5年", "forty percent"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "24小时", "14 hours", "0.08%", "万分之五十", "130%", "35%", "150%",
             "2026年", "2025年", "18 months", "十八个月", "二十四个月", "一个服务年度", "第一年", "每一年", "1.5%", "8.5%",
             "115%", "60 days", "0.02 percentage"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in TH_RE:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    write({k: SRC[k] for k in NAMES if NAMES[k][1] in ("docx", "pdf")},
          {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, kind) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind) in NAMES.items():
        text = readback(OUT / name)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "zh length", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "en words", n)
        hits = threshold_hits(text)
        assert not hits, (k, "threshold figure in text", hits)
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        lab = label(k)
        t = lab["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        sh = tco_share(k)
        if sh is not None:
            assert abs(sh - 40) > 2, (k, "tco share near threshold", sh)
        lab["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(rules)
        print(k, name, "len", n, "rules", rules, "risk", risk, "tco", None if sh is None else round(sh, 2))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert sum(1 for k in NAMES if not DESIGN[k]) == 2
    print("all checks passed")


if __name__ == "__main__":
    main()
