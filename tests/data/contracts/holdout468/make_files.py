"""holdout468: ten blind, ordinary draft contracts (z01-z05 Chinese, e01-e05 English) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Writes the ten contract files (.pdf/.docx built with ../word_pdf.py, wrap_words=True; .txt/.md written as they are),
the ten .json labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3,
checks them against the design list, asserts coverage of all 20 CR rules, scans every source and built file for
threshold figures (regexes self-tested first) and measures the text lengths as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 教育局 学生资助管理平台 (pdf, buyer's paper, 第X条) -- compliant
H468Z01 = """
T:学生资助管理平台建设项目政府采购合同
P:合同编号：LXJY-ZFCG-2026-017
P:采购人（甲方）：临溪市教育局
P:供应商（乙方）：江苏云启教育信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临溪市教育局学生资助管理平台建设项目公开招标（项目编号LXCG2026-0311）的结果，甲乙双方就平台软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供"学生资助管理平台"软件永久使用许可，并在该平台基础上为甲方定制开发资助对象认定、资金发放审核、国库集中支付接口、学籍系统对接及统计分析等功能，完成部署、数据迁移和培训。
P:1.2 平台覆盖全市学前教育至高中阶段各学校，支持不少于1,000名学校经办人员同时在线办理业务。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,210,000元（大写：贰佰贰拾壹万元整），含税，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含数据库中间件授权）|1,180,000
TB:2|定制开发（认定、审核、支付接口、学籍对接、统计分析）|760,000
TB:3|部署实施及历史数据迁移|236,000
TB:4|培训（管理员、学校经办人员）|34,000
TB:合计||2,210,000
P:2.2 上述价款为固定总价，包括乙方完成本合同全部工作所需的一切费用，甲方不另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%，即442,000元，作为预付款。
P:3.2 系统通过初验后15个工作日内，甲方支付合同总价的45%，即994,500元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即773,500元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初验申请，于2026年9月1日秋季学期资助申请开始前完成上线。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、源代码及部署文档。
P:4.3 乙方应指定具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会，说明进度、问题和风险。
P:4.4 甲方负责提供部署所需的机房、服务器和网络环境，协调各学校及财政、人社等相关部门配合数据核对和接口联调。
P:4.5 乙方应在上线前完成对市、县两级管理员和各学校经办人员的培训，培训不少于6场，并提供操作视频和常见问题手册，确保经办人员能够独立完成资助申请审核和资金发放业务。
H:第五条 验收
P:5.1 初验标准：招标文件功能清单逐项测试通过；1,000名用户并发时主要页面响应时间不超过3秒；历史资助数据迁移后与原系统逐条核对一致；国库集中支付接口与学籍系统接口联调通过；通过具有资质的第三方机构安全测评。
P:5.2 初验合格后进入60日试运行。试运行期内未发生一级故障、所有问题均已关闭的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线、试运行或甲方使用系统，以及甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 服务水平：系统月度可用率不低于99.95%；一级故障（平台无法登录或资金发放审核无法办理）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时扣减800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。上述款项从应付款或履约保证金中扣除。
P:6.4 质保期满后，甲方如需继续运维服务，年度运维服务费不超过平台软件许可费的9%，即每年不超过106,200元，该价格在质保期满后三个服务年度内不上调。运维服务另行签订年度合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的全部成果，包括源代码、接口程序、数据模型和文档，其知识产权归甲方所有，甲方可自由使用、修改或委托第三方维护。
P:7.2 平台原有产品的知识产权仍归乙方所有，甲方享有永久、免费的使用许可。
H:第八条 数据安全
P:8.1 平台中的学生及家庭信息、资助数据和日志均属于甲方所有，乙方仅为履行本合同处理，不得用于其他任何目的，不得留存或复制。
P:8.2 乙方应按照网络安全等级保护第二级要求落实加密存储、最小权限、操作审计和备份措施，运维人员须经甲方审批并通过堡垒机访问。
P:8.3 发生或可能发生数据泄露的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密和其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露；保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成上线或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，或逾期超过45日的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商调整履行期限。
H:第十五条 廉洁与通知
P:15.1 双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供礼金、有价证券、回扣或其他不正当利益，不得安排对方人员参加影响公正履约的宴请和娱乐活动。一方违反本条的，另一方有权书面通知对方纠正，情节严重的可向有关部门反映。
P:15.2 双方指定的联系人及联系方式以合同首页为准，一方变更联系人、地址或电话的，应在变更后3日内书面通知对方。按上述地址寄送的书面通知，寄出后第3日视为送达；以电子邮件发送的，进入对方邮箱系统之日视为送达。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临溪市教育局　　　　乙方（盖章）：江苏云启教育信息技术有限公司
P:代表签字：　　　　　　　　　　　　代表签字：
P:日期：2026年　月　日　　　　　　　日期：2026年　月　日
"""

# z02 玻璃厂 钢化炉 控制系统改造 + 维保 (docx, Word price table, 1. / 1.1) -- LD-LOW, SUBCONTRACT
H468Z02 = """
T:钢化炉控制系统改造及维保合同
P:合同编号：HJBL-JS-2026-042
P:甲方（买方）：安徽华景玻璃有限公司
P:乙方（卖方）：洛阳恒拓工业自动化有限公司
P:鉴于甲方二号水平钢化炉原控制系统老化、炉温均匀性下降，甲方决定对其控制系统进行改造。经询价比选，甲乙双方就控制系统软硬件供货、改造施工及后续维保事宜订立本合同。
H:1. 合同标的与价格
P:1.1 乙方负责钢化炉加热段、淬冷段及上下片台控制系统的设计、供货、安装、调试和培训，改造后系统整体交付甲方使用。
P:1.2 合同总价为人民币1,520,000元（含13%增值税及运输、保险、安装费用），明细见下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜及I/O模块|主站1套、分站3套|428,000
TB:2|辊道伺服驱动器及电机|28轴|312,000
TB:3|红外线扫描测温仪|2套|186,000
TB:4|工控机及操作HMI|3台|94,000
TB:5|钢化工艺控制软件V3永久许可|1套|265,000
TB:软硬件小计|||1,285,000
TB:6|拆除、安装、配线及调试|1项|178,000
TB:7|工艺参数调优及操作培训|1项|57,000
TB:合计|||1,520,000
P:1.3 合同价格为固定价格，不因原材料或人工价格变动而调整。
H:2. 交货与工期
P:2.1 乙方应在合同生效后60日内将全部设备运抵甲方厂区，利用甲方计划停炉检修期完成拆除和安装，停炉时间不超过12天。
P:2.2 设备到货时双方共同开箱清点，甲方签收仅确认数量和外观，不代表质量验收。
P:2.3 乙方应在开工前提交施工组织方案、停炉期间进度计划和安全措施，经甲方审核后实施。施工人员须遵守甲方厂区安全生产及动火作业管理规定，进入现场前接受甲方安全交底。
P:2.4 乙方应随设备提供合格证、出厂检验报告、电气原理图、接线图、PLC程序清单及备品备件清单。主要元器件应为招标文件列明的品牌或同等档次产品，更换品牌须经甲方书面同意。
P:2.5 改造完成后，乙方应对甲方操作工、电工和工艺人员进行现场培训，内容包括设备操作、工艺参数设置、常见故障处理和日常点检，培训结束后由甲方考核。
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，即152,000元。
P:3.2 设备全部到货并经开箱清点后，甲方支付合同总价的35%，即532,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%，即760,000元。
P:3.4 余款5%即76,000元作为质量保证金，质保期满且无遗留问题后10个工作日内无息支付。
H:4. 验收
P:4.1 验收标准：加热段炉温均匀性控制在±3℃以内；钢化成品经碎片检验符合GB 15763.2的要求；改造后产能不低于改造前水平；各报警、联锁及急停功能逐项试验合格；连续生产72小时无停炉故障。
P:4.2 满足上述标准后，双方签署最终验收报告。投料试生产或甲方使用系统均不视为验收合格；不合格的，乙方应在10日内整改并重新验收。
H:5. 质保期
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的硬件、修复软件缺陷。
P:5.2 故障响应：一级故障（钢化炉被迫停炉或成品批量破碎）乙方应在30分钟内电话响应，6小时内工程师到达现场；二级故障2小时内响应，24小时内到场。
P:5.3 乙方响应或到场超时的，每超时一小时向甲方支付500元，从质量保证金中扣除。
H:6. 质保期满后的维保
P:6.1 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即每年102,800元，质保期满后三个服务年度内不上调。
P:6.2 年度维保以双方书面确认的维保协议为准，不自动续期。维保期间的服务水平与第5.2、5.3款相同。
H:7. 知识产权
P:7.1 乙方为甲方本项目编写的PLC程序、工艺配方库、HMI画面及其源程序，知识产权归甲方所有，乙方应在验收时完整移交，甲方可自行修改和使用。
P:7.2 钢化工艺控制软件V3产品的知识产权归乙方所有，甲方享有永久使用权。
H:8. 数据安全
P:8.1 系统产生的工艺参数、配方、产量及质量数据属于甲方，乙方不得复制、带离或用于其他目的。
P:8.2 乙方远程维护须事先取得甲方批准，通过甲方提供的VPN账号单次授权接入，操作全程记录；乙方不得在控制网络中安装与本项目无关的软件。
P:8.3 因乙方原因造成甲方数据泄露、被篡改或生产控制系统遭受攻击的，乙方应立即通报甲方、配合处置，并赔偿由此造成的全部损失。
H:9. 保密
P:双方对在合同履行中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:10. 分包
P:乙方可以将现场拆除、安装及电气配线工作分包给具有相应资质的单位，但应提前书面通知甲方，并对分包单位的工作质量和安全负责。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 乙方提供的设备或软件不符合合同约定的，应负责更换、修复，并赔偿甲方因此遭受的损失。
H:12. 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，或逾期超过30日仍未完成改造的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:14. 不可抗力
P:因不可抗力导致合同不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:15. 廉洁与通知
P:15.1 双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供礼金、有价证券、回扣或其他不正当利益，不得安排对方人员参加影响公正履约的宴请和娱乐活动。一方违反本条的，另一方有权书面通知对方纠正，情节严重的可向有关部门反映。
P:15.2 双方指定的联系人及联系方式以合同首页为准，一方变更联系人、地址或电话的，应在变更后3日内书面通知对方。按上述地址寄送的书面通知，寄出后第3日视为送达；以电子邮件发送的，进入对方邮箱系统之日视为送达。
P:15.3 乙方应按甲方要求建立备品备件库存，对易损件保证在质保期及维保期内持续供应，停产元器件应提供兼容替代方案并经甲方确认。
H:16. 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备清单、技术方案、验收大纲。
P:甲方（盖章）：安徽华景玻璃有限公司　　乙方（盖章）：洛阳恒拓工业自动化有限公司
P:授权代表：　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　日期：2026年　月　日
"""

# z03 眼科诊所连锁 预约及病历 SaaS + 实施 (txt, 一、/（一）) -- SLA-AVAILABILITY, AUTO-RENEWAL, LIABILITY-CAP
H468Z03 = """眼科门诊预约及电子病历云服务合同

合同编号：MSYK-IT-2026-006
甲方（客户）：济南明视眼科门诊连锁有限公司
乙方（服务商）：杭州瞳联医疗科技有限公司

甲方在济南、淄博、泰安等地经营14家眼科门诊，为统一预约挂号、验光检查和电子病历管理，向乙方订购"瞳联眼科云"预约及电子病历服务（以下称"云服务"），并委托乙方完成实施。双方经协商，订立本合同。

一、服务内容
（一）乙方为甲方全部14家门店开通云服务，包括线上预约挂号、分诊排队、验光及眼压等检查数据采集、电子病历书写、配镜处方及随访提醒功能。
（二）乙方负责实施工作：门店配置、原有病历系统约6.8万份历史病历迁移、与门店检查设备的数据对接、公众号预约入口对接及人员培训。
（三）服务期为三个服务年度，自2026年3月1日起至2029年2月28日止。

二、服务费用
（一）费用明细：
1. 云服务订阅费：每家门店每个服务年度21,600元，14家门店合计每个服务年度302,400元，三个服务年度合计907,200元；
2. 实施费（一次性）：128,000元；
3. 合同总价：1,035,200元（含税）。
（二）预约提醒短信每月超出5,000条的部分按每条0.045元按实结算，不计入合同总价。
（三）服务期内订阅费固定不变。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按服务季度结算，每个服务季度结束后15个工作日内，甲方支付该季度订阅费75,600元。
（三）甲方不向乙方支付任何预付款。

四、实施与上线验收
（一）乙方应在2026年2月15日前完成全部门店的配置、数据迁移和对接，并提交上线验收申请。
（二）上线验收标准：历史病历迁移后按门店抽取核对无缺漏、无错位；14家门店预约、分诊、检查数据采集和病历书写功能逐项测试通过；检查设备数据自动回传；常用页面响应时间不超过2秒。
（三）验收合格的，双方签署书面验收单。门店开始使用云服务不视为验收合格。
（四）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金1,200元。
（五）乙方应指定一名实施项目经理，负责制定实施计划、组织门店调研和数据迁移，并每周向甲方信息部提交进度报告。甲方指定一名项目联系人，协调各门店提供基础数据和配合测试。
（六）乙方应为每家门店的前台、验光师、医生和店长分别提供操作培训，并提供培训手册和操作视频；上线后首个服务月内，乙方应安排实施人员到门店巡回指导。

五、甲方的义务
（一）甲方应按约定支付服务费用，并为乙方实施人员进入门店提供必要的工作条件。
（二）甲方负责门店电脑、网络、打印机及检查设备等终端环境，保证其满足乙方提供的最低配置要求。
（三）甲方应妥善管理员工账号，员工离职或岗位变动时及时在系统中停用或调整权限。
（四）甲方应确保其采集和提供给乙方处理的患者信息已依法取得患者同意。

六、服务水平
（一）云服务月度可用率不低于99.5%（计划内维护须提前3日通知，且安排在夜间22时至次日6时之间，不计入不可用时间）。
（二）一级故障（任一门店无法预约或无法书写病历）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按当月订阅费的10%提供抵扣。一级故障恢复超时的，每次另抵扣1,000元。

七、数据与安全
（一）患者病历、检查结果、预约记录及其他个人信息均归甲方所有。乙方仅为提供云服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）数据存储于中国境内的云服务节点，乙方应落实网络安全等级保护第三级要求，采取加密传输和存储、访问权限控制、操作日志审计及每日备份等措施。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担赔偿责任。
（四）服务终止时，乙方应按甲方要求导出全部数据，并在甲方确认后30日内彻底删除。
（五）乙方应每日备份甲方数据，备份数据保存不少于30日，并每个服务季度进行一次恢复演练，演练结果书面告知甲方。
（六）乙方不得在甲方不知情的情况下变更数据存储地点或云服务提供商。
（七）乙方应为甲方提供操作日志查询功能，甲方可随时查询各门店员工对病历的查看、修改和导出记录。

八、知识产权
乙方为甲方定制的病历模板、表单、统计报表及接口程序，其知识产权归甲方所有，甲方可自由使用和修改。云服务平台本身的知识产权归乙方所有。

九、保密
双方对履行本合同获知的对方商业信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

十、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、续期
本合同期满前60日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方可根据市场情况调整订阅费，上调幅度不超过原订阅费的8%，并提前30日书面通知甲方。

十二、责任限制
乙方在本合同项下的累计赔偿责任，以索赔事件发生前六个月内甲方已支付的订阅费总额为限，但因乙方故意或重大过失造成的损失除外。

十三、合同解除
一方严重违约，经另一方书面催告后15日内仍未改正的，守约方有权解除本合同。乙方连续两个月可用率低于承诺值的，甲方有权解除合同。

十四、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交济南仲裁委员会仲裁。

十五、廉洁与通知
（一）双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供礼金、有价证券、回扣或其他不正当利益，不得安排对方人员参加影响公正履约的宴请和娱乐活动。一方违反本条的，另一方有权书面通知对方纠正，情节严重的可向有关部门反映。
（二）双方指定的联系人及联系方式以合同首页为准，一方变更联系人、地址或电话的，应在变更后3日内书面通知对方。按上述地址寄送的书面通知，寄出后第3日视为送达；以电子邮件发送的，进入对方邮箱系统之日视为送达。
（三）乙方应每个服务季度向甲方提交服务报告，内容包括可用率统计、故障处理情况、版本更新说明和门店使用情况分析，并根据甲方意见改进服务。
（四）乙方发布涉及病历书写或预约流程的重大版本更新前，应提前10日通知甲方并提供更新说明，必要时为门店安排培训。

十六、其他
（一）因不可抗力不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。
（二）本合同的附件包括：服务功能清单、实施计划、门店清单，附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：济南明视眼科门诊连锁有限公司
乙方（盖章）：杭州瞳联医疗科技有限公司
签约日期：2026年1月　日
"""

# z04 海关 查验作业管理系统 年度运维, 竞争性磋商 (txt, 第X条 with （1）) -- SLA-NO-REMEDY, TERMINATION
H468Z04 = """查验作业管理系统年度运维服务合同

项目名称：查验作业管理系统2026服务年度运维服务项目
采购方式：竞争性磋商（项目编号：BHG-CS-2026-008）
甲方：北海湾海关
乙方：广西安数信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就查验作业管理系统的年度运维服务达成如下协议。

第一条 服务范围
（1）乙方负责查验作业管理系统（含查验指令下达、查验作业登记、查验图像调阅、查验结果录入及统计分析模块）的应用运维、数据库及中间件维护、安全加固和应急保障。
（2）服务对象包括甲方本部及下属3个现场业务科室的查验场所，涉及服务器22台、数据库2套、移动查验终端60台。
（3）乙方应配合甲方完成与其他业务系统的接口维护，配合上级单位开展的系统检查和安全检查，并按要求提供相关资料。乙方还应对移动查验终端的应用版本、网络接入和电池状态进行定期巡检，发现问题及时处理并记入工单台账，确保现场查验作业不受影响。
（4）服务期为2026年1月1日至2026年12月31日。

第二条 服务费用
（1）本合同总价为人民币822,000元，含税，明细如下：
驻场运维服务（3人，全服务期）：456,000元；
应用系统维护及小版本优化：218,000元；
数据库及中间件维护：96,000元；
安全加固及应急演练：52,000元。
（2）上述价格为固定总价，服务期内不作调整。

第三条 付款方式
（1）运维费按季度支付，每季度205,500元。
（2）每个季度结束后，甲方对乙方该季度服务进行考核，考核合格后15个工作日内支付该季度费用。
（3）甲方不支付预付款。

第四条 服务要求
（1）乙方派驻3名运维工程师在甲方现场工作，工作时间为每周一至周五8:30至17:30；查验作业高峰期及节假日值班按甲方要求安排。
（2）乙方应在2026年1月15日前完成系统交接，包括梳理系统资产清单、账号清单、应急预案和运维手册，并经甲方确认。
（3）乙方应于每季度提交季度运维报告，于每月完成漏洞扫描并及时修复高危漏洞。
（4）乙方应在服务期内完成甲方提出的不超过20项的功能优化需求，每项优化经测试合格后上线。
（5）乙方应建立运维工单台账，对每一故障记录发现时间、响应时间、处理过程、恢复时间和原因分析，重大故障处理完毕后3个工作日内提交故障分析报告。
（6）乙方应每半年组织一次应急演练，演练方案事先报甲方审定，演练后提交总结报告并修订应急预案。
（7）系统升级、补丁安装、配置变更等操作须提前提交变更申请，经甲方批准后在非作业时段实施，并做好回退准备。
（8）驻场人员应遵守甲方的工作纪律和保密管理规定，人员如需更换，应提前10个工作日书面报告甲方，新人员的资历不得低于原人员，并完成工作交接。

第五条 服务水平
（1）系统月度可用率不低于99.95%。
（2）一级故障（查验指令无法下达或查验结果无法录入）乙方应在15分钟内响应，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
（3）工单闭环率不低于98%，用户满意度不低于90分。
（4）乙方未达到上述服务水平的，应在5个工作日内向甲方提交书面说明及整改计划，并在下一季度内完成整改。未达标情况作为季度考核的记录事项，不因此扣减运维费用。

第六条 考核与验收
（1）季度考核内容：故障处理记录、工单闭环率、季度运维报告、漏洞修复情况和用户满意度，考核结果由双方签字确认。
（2）服务期满后，甲方组织年度验收，验收标准为：全年季度考核均合格；系统资产、账号、文档及优化成果完整移交；服务期内未发生因乙方原因导致的数据丢失。年度验收合格后，双方签署验收报告。

第七条 数据安全
（1）系统中的查验数据、图像、统计数据及日志均属于甲方，乙方不得复制、下载、留存或用于运维以外的任何目的。
（2）乙方人员须经甲方审查并签署安全承诺书，通过甲方堡垒机操作，不得使用个人设备接入业务网络。
（3）发生数据泄露或安全事件的，乙方应立即报告甲方并配合处置；因乙方原因导致的，乙方承担全部赔偿责任并依法承担法律责任。

第八条 保密
乙方及其人员对在服务中接触的海关业务信息、系统架构、账号口令及其他工作秘密负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、优化代码、文档和配置成果，知识产权归甲方所有，乙方应随时移交。

第十条 分包
乙方不得将本合同项下的任何服务分包或转包。

第十一条 违约责任
（1）乙方未按第四条第（2）项约定期限完成系统交接，或未按期完成经甲方确认的功能优化的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（3）因乙方原因造成甲方损失的，乙方应予赔偿。

第十二条 合同的履行与解除
本合同生效后，双方均应全面履行，任何一方不得单方解除本合同。一方违约的，另一方可以要求其继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。因不可抗力致使合同目的不能实现的除外。

第十三条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

第十四条 廉洁与通知
（1）双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供礼金、有价证券、回扣或其他不正当利益，不得安排对方人员参加影响公正履约的宴请和娱乐活动。一方违反本条的，另一方有权书面通知对方纠正，情节严重的可向有关部门反映。
（2）双方指定的联系人及联系方式以合同首页为准，一方变更联系人、地址或电话的，应在变更后3日内书面通知对方。按上述地址寄送的书面通知，寄出后第3日视为送达；以电子邮件发送的，进入对方邮箱系统之日视为送达。
（3）乙方应按照甲方要求参加运维工作会议，每月汇报系统运行情况、存在的问题和下月工作计划，并对甲方提出的改进意见及时落实。
（4）乙方应建立并持续更新系统运维知识库，包括系统部署结构、账号权限清单、常见问题处理方法和应急预案，服务期满时完整移交甲方。

第十五条 其他
（1）磋商文件、响应文件、成交通知书为本合同的组成部分。合同条款与上述文件不一致的，以本合同为准。
（2）因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方并提供证明。
（3）服务期满，乙方应配合甲方或甲方指定的后续服务单位完成交接，交接期内继续保障系统稳定运行。
（4）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：北海湾海关
乙方（盖章）：广西安数信息技术有限公司
签订日期：2025年12月　日
"""

# z05 挂面厂 订单及排产 软件许可 + 定制开发, supplier's template (md, "## 第X条", markdown price table) -- many problems
H468Z05 = """# 软件产品许可及实施合同

**（郑州麦序软件有限公司 合同范本 V2.4）**

合同编号：MX-XS-2026-0129

甲方：河南金穗面业有限公司

乙方：郑州麦序软件有限公司

甲方拟建设订单管理及生产排产系统，乙方为该领域软件产品的开发商。经双方友好协商，甲方购买乙方"麦序订单排产系统"软件许可并委托乙方进行定制开发和实施，特订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供麦序订单排产系统的订单管理、生产排产（APS）及仓储条码三个模块的永久使用许可，许可范围为甲方挂面生产基地内部使用。

1.2 乙方根据甲方需求进行定制开发，包括与烘干房温湿度采集系统的数据对接、按包装规格的产量日报和经销商订单门户。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 订单管理模块许可 | 1套 | 240,000 |
| 2 | 生产排产（APS）模块许可 | 1套 | 286,000 |
| 3 | 仓储条码模块许可 | 1套 | 54,000 |
| | 软件许可小计 | | 580,000 |
| 4 | 定制开发（烘干房数据对接、产量日报、经销商门户） | 1项 | 62,000 |
| 5 | 安装部署、数据初始化及培训 | 1项 | 38,000 |
| | 合计 | | 680,000 |

合同总价为人民币680,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即340,000元。

3.2 系统上线后10个工作日内，甲方支付合同总价的50%，即340,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施及技术服务。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划于首期款到账后75日内完成安装部署和定制开发。实施计划如需调整，由乙方通知甲方。

4.2 因甲方未及时提供基础数据、场地或人员配合导致工期延误的，实施期限相应顺延。

4.3 乙方应向甲方交付软件安装程序、用户手册及操作培训。

4.4 甲方应指定项目负责人，负责组织业务部门提出需求、确认实施方案和基础数据，并为乙方实施人员提供办公场所、网络和服务器环境。服务器、数据库及操作系统由甲方自行采购。

4.5 乙方为甲方计划员、仓库管理员和销售内勤提供现场培训，培训内容包括订单录入、排产计划生成与调整、条码出入库和报表查询。

4.6 需求变更须由双方书面确认；超出本合同范围的开发工作，乙方另行报价。

4.7 上线前，乙方应协助甲方整理产品、配方、客户、经销商和库位等基础数据，并导入系统进行核对；上线后首月，乙方安排实施人员每周到厂指导一次，协助甲方计划员完成排产计划的调整。

## 第五条 验收

系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后使用系统的，视为对交付成果无异议。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、远程方式提供软件缺陷修复和使用咨询。

6.2 乙方将尽商业上合理的努力及时处理甲方报告的问题，具体处理时间视问题的复杂程度而定。

6.3 因甲方操作不当、擅自修改或硬件、网络环境引起的问题，不属于免费维护范围。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费按软件许可费的22%计收，即每个服务年度127,600元，于每个服务年度开始前支付。

7.2 年度维护服务包括软件缺陷修复、小版本升级和远程技术支持。甲方未购买年度维护服务的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 麦序订单排产系统及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、报表、门户及相关源代码，知识产权均归乙方所有，甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入和产生的订单、客户、生产及库存数据归甲方所有。

9.2 甲方同意，乙方可以将甲方数据经脱敏处理后用于乙方产品的改进、排产算法训练及食品行业分析报告。

9.3 乙方在远程维护时应遵守甲方的网络管理规定，采取访问控制、账号权限管理和日志记录等安全措施，不得泄露甲方数据；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 第十一条 责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失及因生产计划调整造成的损失承担责任。

11.3 因实施进度延后，乙方将与甲方协商调整实施计划，乙方不因此支付违约金或赔偿金。

## 第十二条 合同解除

一方严重违反本合同，经对方书面催告后15日内仍未改正的，对方有权解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 通知与廉洁

双方通知以书面形式送达合同首页所列地址。双方指定的联系人及联系方式以合同首页为准，一方变更联系人、地址或电话的，应在变更后3日内书面通知对方。按上述地址寄送的书面通知，寄出后第3日视为送达；以电子邮件发送的，进入对方邮箱系统之日视为送达。双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供礼金、有价证券、回扣或其他不正当利益，不得安排对方人员参加影响公正履约的宴请和娱乐活动。一方违反本条的，另一方有权书面通知对方纠正，情节严重的可向有关部门反映。乙方实施人员在甲方厂区内应遵守甲方食品生产区域的卫生和安全管理要求，进入车间须经甲方人员陪同。

## 第十五条 其他

15.1 因不可抗力导致不能履行合同的，受影响方不承担违约责任，但应及时通知对方。

15.2 甲方应妥善保管软件许可文件，不得超出许可范围安装或使用软件。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.4 本合同未尽事宜，双方另行签订补充协议。

甲方（盖章）：河南金穗面业有限公司　　　　　　乙方（盖章）：郑州麦序软件有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日　　　　　　　　　　　　日期：2026年　月　日
"""

# e01 WMS perpetual licences + services, Texas vendor (pdf, Article N) -- DATA-SECURITY, SLA-RESPONSE
H468E01 = """
T:SOFTWARE LICENSE AND SERVICES AGREEMENT
P:Agreement No. BST-CN-2026-114
P:This Software License and Services Agreement (the "Agreement") is made between Bluestem Logistics Software, Inc., a Texas corporation with its principal office at 2100 Kramer Lane, Austin, Texas 78758, USA ("Vendor"), and Wuhan Lianyun Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Dongxihu District, Wuhan, Hubei Province ("Customer").
P:Recitals. Customer operates three temperature-controlled warehouses in Wuhan and wishes to replace its warehouse management system. Vendor develops the Bluestem WMS product and provides implementation services. Customer has selected Vendor after a competitive process, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Bluestem WMS product, version 9, in object code, with its standard documentation.
P:1.2 "Custom Interfaces" means the interfaces between the Software and Customer's ERP system, transport management system and temperature-logging system, developed by Vendor for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three warehouses process inbound and outbound orders in the Software in production.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 5.
H:Article 2 License
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable license to install and use the Software for Customer's own warehouse operations in the People's Republic of China, for the number of named users and devices in Article 3.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer's affiliates may use the Software under Customer's license when they operate warehouses managed by Customer.
H:Article 3 Price
P:3.1 At Customer's request all prices are stated and paid in Chinese Yuan (CNY) and include VAT.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:WMS server license (perpetual)|1|420,000|420,000
TB:Named user licenses (perpetual)|80|3,600|288,000
TB:RF handheld device licenses (perpetual)|60|2,200|132,000
TB:License Subtotal|||840,000
TB:Implementation services (configuration, data migration, testing)|1 lot||365,000
TB:Custom Interfaces (ERP, TMS, temperature logging)|1 lot||148,000
TB:Training (key users and administrators)|1 lot||27,000
TB:Contract Price|||1,380,000
P:3.2 The Contract Price is fixed. Vendor's travel and living expenses are included.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price (CNY 138,000) within 20 days after signature of this Agreement and receipt of Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 621,000) within 20 days after Go-Live.
P:4.3 Customer shall pay the remaining 45% of the Contract Price (CNY 621,000) within 20 days after Final Acceptance.
P:4.4 Each payment is due against a valid VAT invoice issued by Vendor's authorised invoicing agent in China.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall deliver the Software within 10 days after signature and shall achieve Go-Live no later than 2026-08-31, following the project plan in Annex A.
P:5.2 Final Acceptance criteria: (a) all test scripts in Annex B executed and passed; (b) a full stock count in each warehouse reconciles with the Software with no unexplained variance; (c) each Custom Interface processes a full business day of messages without loss or duplication; (d) the Software runs for 20 consecutive business days after Go-Live without a Severity 1 incident.
P:5.3 When the criteria are met, Customer shall sign a Final Acceptance certificate within 10 days or state in writing which criteria are not met. Go-Live, production use and any payment do not constitute acceptance.
P:5.4 If Go-Live is delayed for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Interfaces will perform substantially in accordance with the documentation and Annex B for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects and provide support and new releases free of charge.
P:6.2 Vendor warrants that the services will be performed by qualified personnel in a professional manner.
H:Article 7 Support
P:7.1 During the Warranty Period and any paid support period, Vendor shall provide support through its Asia-Pacific support centre by telephone, e-mail and remote session.
P:7.2 Severity 1 means that one or more warehouses cannot receive or ship goods. Vendor shall respond to a Severity 1 incident within 8 business hours and work continuously on it until a workaround is in place. Severity 2 incidents shall receive a response within 2 business days.
P:7.3 For each Severity 1 incident on which Vendor misses the response time, Vendor shall credit Customer CNY 2,000 against the next invoice or pay that amount.
P:7.4 After the Warranty Period, Customer may buy annual support at 14% of the License Subtotal, that is CNY 117,600 per support year, fixed for the first three support years. Any later increase shall not exceed 3% per support year. Support is renewed only by Customer's purchase order; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all rights in the Software, subject to the license in Article 2.
P:8.2 The Custom Interfaces, configuration files and migration scripts created for Customer, with their source code, belong to Customer. Customer may use, modify and license them to third parties without restriction. Vendor shall deliver the source code at Final Acceptance.
H:Article 9 Customer Data
P:9.1 All data that Customer enters into or generates with the Software, including inventory, order and temperature records, remains Customer's property. Vendor shall use Customer Data only to perform this Agreement and shall return any copies it holds at Customer's request.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:10.2 This Article survives termination for three years.
H:Article 11 Limitation of Liability
P:11.1 Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages under Article 5.4 reach their maximum.
P:13.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for the parts of the work that Customer cannot use.
H:Article 14 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding on both parties.
H:Article 15 Project Management and Changes
P:15.1 The Vendor shall assign a named project manager with experience of comparable projects and shall not replace the project manager or other key personnel without the Customer's prior agreement, except for illness or resignation, in which case a replacement of equal experience shall be provided within 10 business days.
P:15.2 Any change to the scope, schedule or price shall be agreed in a written change order signed by both parties before the changed work starts. The change order shall describe the work, its effect on the schedule and on the acceptance criteria, and the fixed price or the rates that apply.
P:15.3 The Customer shall provide access to its warehouses, test data, key users and its ERP and transport system suppliers as set out in Annex A. If the Customer's delay affects the plan, the dates are extended by the same period.
H:Article 16 Force Majeure
P:Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may propose to end the affected part of the work, and the parties shall agree a fair settlement of the amounts already paid.
H:Article 17 Compliance and Notices
P:17.1 Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any gift, commission, kickback or other improper benefit to the other party's employees in connection with this agreement, and each party shall report to the other any such request it receives.
P:17.2 Notices under this agreement shall be in writing, in English or Chinese, and sent by courier or by e-mail to the addresses stated above. A notice sent by e-mail is received on the business day after it is sent, unless the sender receives a message that it was not delivered.
H:Article 18 General
P:This Agreement, with Annex A (Project Plan) and Annex B (Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is executed in English and Chinese; both versions have equal effect.
P:For Vendor: Bluestem Logistics Software, Inc.    Name:    Title:    Date:
P:For Customer: Wuhan Lianyun Cold Chain Logistics Co., Ltd.    Name:    Title:    Date:
"""

# e02 helpdesk SaaS order form + General Terms, Colorado vendor (md, Section N.N) -- DATA-OWNERSHIP, LIABILITY-CAP
H468E02 = """# ORDER FORM

**Provider:** Flatiron Helpdesk Cloud, Inc., 1850 Pearl Street, Boulder, Colorado 80302, USA ("Provider")

**Customer:** Hangzhou Chayuan Tea Retail Co., Ltd., Xihu District, Hangzhou, Zhejiang Province, PRC ("Customer")

**Order Form No.:** FHC-2026-0457

This Order Form is placed under the Flatiron General Terms set out below. Together they form the agreement between Provider and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Subscription

| Item | Details |
|---|---|
| Service | Flatiron Helpdesk, Enterprise edition, hosted in Provider's mainland China region |
| Agent seats | 150 named agent seats |
| Channels | e-mail, web chat, WeChat official account, Tmall and JD store messaging |
| Subscription Term | two Subscription Years, from 2026-04-01 to 2028-03-31 |
| Onboarding | configuration, ticket history import, channel connection, training |

## Fees

At Customer's request all fees are in Chinese Yuan (CNY), VAT included.

| Fee | Calculation | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 150 seats x 2,160 | 324,000 |
| Subscription fee, Subscription Year 2 | 150 seats x 2,160 | 324,000 |
| Onboarding fee (one-time) | fixed | 36,000 |
| Total contract value | | 684,000 |

Seat prices are fixed for the Subscription Term. Additional seats added during the term are charged pro rata at the same seat price.

## Invoicing and payment

- Subscription fees are invoiced quarterly in arrears, at the end of each Subscription Quarter (CNY 81,000 per quarter).
- The onboarding fee is invoiced after Onboarding Acceptance.
- Customer pays each invoice within 30 days. No amount is payable before the Subscription Term starts.

## Onboarding milestones

- Onboarding complete and ready for acceptance testing: 2026-03-20.
- Named contacts: Customer service director (Customer); implementation manager (Provider).

Signed for Provider: ______________________ Date: __________

Signed for Customer: ______________________ Date: __________

---

# FLATIRON GENERAL TERMS

## Section 1 Service

1.1 Provider will make the Service available to Customer's authorised agents during the Subscription Term in accordance with this Agreement and the documentation.

1.2 Provider may improve the Service from time to time, provided that it does not materially reduce the functions, security or service levels purchased by Customer.

1.3 Customer is responsible for the accuracy of the content its agents enter and for keeping its login credentials secret from unauthorised persons.

## Section 2 Onboarding and Acceptance

2.1 Provider will carry out onboarding as described in the Order Form, including single sign-on with Customer's directory, import of the ticket history of the last two years, connection of all listed channels and configuration of routing rules and reply templates.

2.2 Onboarding Acceptance requires that: (a) single sign-on works for all agent seats; (b) the imported ticket history reconciles with Customer's export by count and by status; (c) a test message sent through each channel creates a ticket and a reply reaches the sender; (d) the routing rules in the agreed test plan assign tickets correctly.

2.3 Customer will test within 10 business days after Provider's notice of readiness and will either sign the acceptance certificate or list the failed criteria. Provider will correct failures and re-submit. Use of the Service in production is not acceptance.

2.4 If Onboarding Acceptance is not reached by the milestone date in the Order Form for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, up to CNY 36,000 in total.

## Section 3 Service Levels

3.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Provider will respond to support requests as follows: Priority 1 (the Service is unavailable or agents cannot reply to customers) within 30 minutes, at any time; Priority 2 within 2 business hours; Priority 3 within 1 business day.

3.3 If monthly availability falls below the commitment in Section 3.1, Customer receives a service credit of 10% of that month's subscription fee, and 25% if availability falls below 99.0%. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 for each late response. Credits are deducted from the next invoice.

## Section 4 Customer Data

4.1 Customer Data means all tickets, messages, attachments, contact details of Customer's end customers and other content submitted to the Service by or for Customer. As between the parties, Customer owns Customer Data.

4.2 Provider processes Customer Data to provide the Service and support under this Agreement.

4.3 Provider may also collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service to improve and develop Provider's products, to train its reply-suggestion models and to publish industry benchmarks. Such data does not identify Customer or any individual, and Provider may use it during and after the Subscription Term.

## Section 5 Data Security

5.1 Provider stores Customer Data only in data centres in mainland China. Provider maintains a security programme certified to ISO/IEC 27001 and a filed MLPS level 3 record for the Service.

5.2 Provider encrypts Customer Data in transit and at rest, restricts access by its personnel to those who need it to provide the Service, uses multi-factor authentication for administrative access and keeps access logs for at least 180 days.

5.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours after discovery, will cooperate in the investigation and remediation, and is responsible for the losses and regulatory costs that Customer suffers because of an incident caused by Provider's breach of this Section.

5.4 At the end of the Subscription Term Provider will make Customer Data available for export for 30 days and will then delete it.

## Section 6 Intellectual Property

6.1 Provider owns the Service and all its underlying software.

6.2 The routing rules, reply templates, knowledge-base articles and report definitions created for Customer during onboarding or later belong to Customer. Customer may use, modify and disclose them freely, including to a later provider.

## Section 7 Confidentiality

7.1 Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it.

7.2 These obligations last during the Subscription Term and for three years afterwards.

## Section 8 Subcontractors

8.1 The subprocessors listed in Exhibit 1 (data-centre operator and SMS gateway) are approved by Customer's signature of the Order Form.

8.2 Provider will not engage any other subcontractor or subprocessor for the Service without Customer's prior written consent, and is responsible for the acts of its subcontractors.

## Section 9 Limitation of Liability

9.1 Neither party is liable for indirect, special or consequential damages or lost profits.

9.2 Each party's total liability arising out of this Agreement is limited to the fees paid or payable by Customer under this Agreement in the six months preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to Customer's payment obligations or to either party's fraud.

## Section 10 Term and Termination

10.1 This Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

10.3 Customer may also terminate if availability falls below 99.0% in any two months of a Subscription Year.

10.4 On termination for Provider's breach, Provider will refund any fees paid for the period after termination.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes will be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

## Section 12 General

12.1 Notices under this agreement shall be in writing, in English or Chinese, and sent by courier or by e-mail to the addresses stated above. A notice sent by e-mail is received on the business day after it is sent, unless the sender receives a message that it was not delivered.

12.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may propose to end the affected part of the work, and the parties shall agree a fair settlement of the amounts already paid.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 This Agreement is signed in English; a Chinese translation is provided for convenience.

12.5 Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any gift, commission, kickback or other improper benefit to the other party's employees in connection with this agreement, and each party shall report to the other any such request it receives.
"""

# e03 condition-monitoring sensors for a brewery (docx, buyer's paper, numbered clauses, Word price table) -- compliant
H468E03 = """
T:PURCHASE CONTRACT FOR CONDITION MONITORING EQUIPMENT
P:Contract No. QDHB-EQ-2026-031
P:Buyer: Qingdao Haibin Brewery Co., Ltd., 88 Huanghe Road, Huangdao District, Qingdao, Shandong Province, PRC (the "Buyer").
P:Supplier: Quabbin Sensing Technologies LLC, 400 Shrewsbury Street, Worcester, Massachusetts 01604, USA (the "Supplier").
P:Background: the Buyer operates four bottling and canning lines at its Huangdao plant and wishes to install wireless vibration and temperature monitoring on motors, gearboxes, pumps and fillers so that faults are found before they stop a line. The Supplier was selected through the Buyer's tender No. QDHB-T-2026-07. The parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall supply, install, configure and commission the sensors, gateways and monitoring software listed in Clause 2, connect the system to the Buyer's plant network and maintenance system, and train the Buyer's staff.
P:1.2 The equipment shall be new, of the models named in the Supplier's bid, and suitable for wet, cold and wash-down areas (IP67 or better).
H:2. Price
P:2.1 All prices are in Chinese Yuan (CNY), include 13% VAT, delivery DDP to the Buyer's plant, insurance and all import formalities, and are fixed for the duration of this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|120|3,850|462,000
TB:2|Wireless surface temperature sensor|60|1,450|87,000
TB:3|Industrial gateway with edge analytics|8|26,500|212,000
TB:4|Monitoring software, perpetual on-premises licence|1|198,000|198,000
TB:|Hardware and Licence Subtotal|||959,000
TB:5|Installation and mounting|1 lot||84,000
TB:6|Commissioning, baseline analysis and training|1 lot||37,000
TB:|Contract Price|||1,080,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 702,000) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the equipment has been delivered and mounted; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 378,000) within 30 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid Chinese VAT invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the plant within 70 days after signature and complete installation within 25 days after delivery, working around the Buyer's production schedule.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance criteria: (a) every sensor reports to the monitoring software at its configured interval, with no more than 20 missed readings per sensor over a 14-day test run; (b) vibration readings of ten sample points agree with a calibrated portable analyser within the tolerance in the technical specification; (c) alarm thresholds for each asset class are set, and a test alarm reaches the maintenance system and the duty engineer's phone within 60 seconds; (d) baseline reports for all monitored assets are delivered; (e) the system runs 30 days after commissioning without a Severity 1 incident.
P:5.2 When the criteria are met the parties sign the Final Acceptance Certificate. Installation, commissioning, use of the system and any payment do not constitute acceptance. If a test fails, the Supplier shall correct the fault within 10 days and the test is repeated.
H:6. Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty sensors, gateways and batteries, correct software defects and provide new software releases free of charge.
P:6.2 Severity 1 means that monitoring of a whole line or a gateway is lost. The Supplier shall respond to a Severity 1 incident within 1 hour by telephone or remote session and, if needed, have an engineer on site by the end of the next business day. Severity 2 incidents receive a response within 1 business day.
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800, deducted from any amount due or paid on demand.
H:7. Support after the Warranty
P:7.1 After the warranty period, the Buyer may order annual support covering the same services and service levels. The annual support fee is 7% of the Hardware and Licence Subtotal, that is CNY 67,130 per year, fixed for the three years following the warranty period.
P:7.2 Annual support is ordered each year by a separate purchase order and does not renew automatically.
H:8. Buyer Data and Security
P:8.1 All measurements, alarms, reports and asset records collected by the system are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The system shall run on the Buyer's own server in the plant. No Buyer Data may be sent outside the plant network without the Buyer's written approval. Remote access by the Supplier requires the Buyer's approval for each session and runs through the Buyer's VPN with multi-factor authentication; sessions are logged.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the system or Buyer Data within 12 hours, assist in the response, and is liable for the losses the Buyer suffers from an incident caused by the Supplier or its personnel.
H:9. Intellectual Property
P:9.1 The dashboards, asset models, alarm configurations and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:9.2 The Supplier keeps the rights in its standard software and firmware, which are licensed to the Buyer perpetually under Clause 2.
H:10. Confidentiality
P:Each party shall keep confidential the technical and business information of the other party received under this Contract, including the Buyer's production data and plant layout, and shall not disclose it to a third party without prior written consent. This obligation lasts for three years after the end of this Contract.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages under Clause 4.2 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Project Management and Changes
P:15.1 The Supplier shall assign a named project manager with experience of comparable projects and shall not replace the project manager or other key personnel without the Buyer's prior agreement, except for illness or resignation, in which case a replacement of equal experience shall be provided within 10 business days.
P:15.2 Any change to the scope, schedule or price shall be agreed in a written change order signed by both parties before the changed work starts. The change order shall describe the work, its effect on the schedule and on the acceptance criteria, and the fixed price or the rates that apply.
P:15.3 The Supplier shall follow the Buyer's plant safety rules, including food-hygiene, lock-out and hot-work procedures, and its staff shall attend the Buyer's safety induction before working on site.
H:16. Force Majeure, Compliance and Notices
P:16.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may propose to end the affected part of the work, and the parties shall agree a fair settlement of the amounts already paid.
P:16.2 Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any gift, commission, kickback or other improper benefit to the other party's employees in connection with this agreement, and each party shall report to the other any such request it receives.
P:16.3 Each party shall comply with the export control and trade laws that apply to it. The Supplier confirms that it holds any export permission needed for the delivery of the equipment and software and shall tell the Buyer promptly if such permission is refused or withdrawn.
P:16.4 Notices under this agreement shall be in writing, in English or Chinese, and sent by courier or by e-mail to the addresses stated above. A notice sent by e-mail is received on the business day after it is sent, unless the sender receives a message that it was not delivered.
H:17. General
P:This Contract is made in English and Chinese, both equally authentic, and takes effect on signature by both parties. Annex 1: Technical Specification. Annex 2: Installation and Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# e04 managed service desk + endpoint management, Virginia vendor (md, upper-case headings, schedules as tables)
#     -- CONFIDENTIALITY, LD-LOW
H468E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** POT-MS-2026-019

**Service Provider:** Potomac Ridge Managed Services, Inc., 11951 Freedom Drive, Reston, Virginia 20190, USA ("Provider")

**Customer:** Foshan Shunjia Furniture Manufacturing Co., Ltd., Lecong Town, Shunde District, Foshan, Guangdong Province, PRC ("Customer")

Customer makes solid-wood and upholstered furniture in two factories and runs a showroom and sales office in Foshan. Its small internal IT team wants to hand the daily service desk and the management of its computers to a specialist provider. Provider runs a 24x7 service centre and manages endpoints for manufacturers in Asia. The parties agree as follows.

## 1. DEFINITIONS

"Services" means the managed services in Schedule 1. "Service Levels" means the levels in Schedule 2. "Transition" means the work needed to take over the Services from Customer's IT team. "Service Start Date" means the day after Transition Acceptance. "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, stores or processes in performing the Services.

## 2. TERM

This Agreement starts on signature and continues for 36 months from the Service Start Date (the "Service Term"). It ends at the end of the Service Term and does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. SERVICES

Provider shall perform the Services described in Schedule 1 for the sites and endpoints listed there, using qualified personnel, its own service-management platform and the tools approved by Customer. Provider shall keep the Services aligned with Customer's IT policies as notified to Provider from time to time.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the Transition by 2026-06-15. The Transition includes enrolling all endpoints in the management platform, documenting every site, network device and application in scope, setting up the service desk channels (telephone, WeChat Work, e-mail and portal) and running a shadow period of 10 business days with Customer's IT team.

4.2 Transition Acceptance criteria: (a) every endpoint in Schedule 1 reports to the management platform, or is documented with the reason why it cannot; (b) patch and antivirus status is visible for every enrolled endpoint; (c) the run book and configuration records are complete and approved by Customer's IT manager; (d) during the shadow period all Priority 1 and Priority 2 tickets met the Service Levels.

4.3 Customer shall confirm Transition Acceptance in writing within 5 business days after the shadow period, or state which criteria are not met. The Services are not accepted by use alone.

4.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 150 for each day of delay.

## 5. CHARGES AND PAYMENT

5.1 At Customer's request all charges are in Chinese Yuan (CNY) and include VAT. The charges are set out in Schedule 3.

5.2 The one-time Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Start Date. Customer pays within 30 days after receipt of a correct invoice.

5.3 No charges are payable in advance. The charges are fixed for the Service Term, except that additional endpoints are charged at the unit rate in Schedule 3.

## 6. SERVICE LEVELS AND SERVICE CREDITS

6.1 Provider shall meet the Service Levels in Schedule 2 and report its performance to Customer monthly.

6.2 If Provider misses a Service Level, Customer receives the service credits in Schedule 2, deducted from the next invoice. Service credits do not limit Customer's other rights.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and only on Customer's instructions, and shall not use it for any other purpose.

7.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, give its staff access only as their tasks require, use multi-factor authentication for all administrative accounts and keep audit logs of privileged actions for the Service Term.

7.3 Provider shall notify Customer of any security incident affecting Customer Data or Customer's systems within 6 hours after discovery, take immediate containment steps and cooperate with Customer's investigation. Provider is liable for Customer's losses, including the costs of notifying affected persons and of regulatory proceedings, caused by an incident resulting from Provider's breach of this Clause.

7.4 At the end of the Service Term Provider shall return all Customer Data and delete its copies, and certify the deletion in writing.

## 8. INTELLECTUAL PROPERTY

Provider keeps the rights in its service-management platform and tools. The run books, scripts, configuration records, software packages and reports prepared for Customer belong to Customer, which may use, modify and give them to another provider without restriction.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 Provider shall assign a named service delivery manager and keep a stable team for Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Service Term.

10.2 Neither party is liable for indirect or consequential loss or loss of profit, except in case of fraud or wilful misconduct.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 resolution Service Level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services pass to Customer or a new provider without interruption.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may propose to end the affected part of the work, and the parties shall agree a fair settlement of the amounts already paid.

## 14. COMPLIANCE AND NOTICES

14.1 Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any gift, commission, kickback or other improper benefit to the other party's employees in connection with this agreement, and each party shall report to the other any such request it receives.

14.2 Notices under this agreement shall be in writing, in English or Chinese, and sent by courier or by e-mail to the addresses stated above. A notice sent by e-mail is received on the business day after it is sent, unless the sender receives a message that it was not delivered.

## 15. GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties. Changes must be in writing and signed by both parties. Signed in English and Chinese, both versions having equal effect.

## SCHEDULE 1 - SERVICES AND SCOPE

| Service | Scope |
|---|---|
| Service desk | 24x7 by telephone, WeChat Work, e-mail and portal, in Mandarin and Cantonese, for about 420 users |
| Endpoint management | 380 desktops and laptops, 60 shop-floor terminals: patching, antivirus, software deployment, asset records |
| On-site support | one engineer on site at the main factory on business days, 08:30 to 17:30 |
| Network monitoring | switches, firewalls and wireless access points at both factories and the showroom |
| Reporting | monthly service report and quarterly service review |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | a factory, the showroom or the ERP is unusable for many users | 30 minutes | 6 hours | 5% of the Monthly Service Charge per incident |
| P2 | one department or one production line affected | 1 hour | 1 business day | 2% of the Monthly Service Charge per incident |
| P3 | a single user affected | 8 business hours | 3 business days | monthly report only |

Total service credits in any month shall not exceed 20% of that month's Monthly Service Charge.

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 68,000 |
| Monthly Service Charge | per month, 36 months x 52,800 | 1,900,800 |
| Total contract value | | 1,968,800 |
| Additional endpoint | per endpoint per month | 95 |
| Exit assistance | per engineer day | 3,200 |
"""

# e05 dairy / feed market-data API subscription, Wisconsin vendor (txt, upper-case headings + numbered clauses)
#     -- GOVERNING-LAW only
H468E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DFD-API-2026-088

BETWEEN

Driftless Farm Data, LLC, a Wisconsin limited liability company, 316 West Washington Avenue, Madison, Wisconsin 53703, USA ("Provider"); and

Tianjin Beiyuan Dairy Trading Co., Ltd., a company established in the People's Republic of China, Binhai New Area, Tianjin ("Customer").

BACKGROUND

A. Customer imports whey, milk powder and feed ingredients and supplies dairy farms and food manufacturers in North China. Its purchasing and risk teams need daily market prices, auction results, crop and weather indicators for the main exporting regions.

B. Provider collects, cleans and publishes agricultural and dairy market data and delivers it through a REST application programming interface (the "Data API").

C. Customer wishes to subscribe to the Data API and to have Provider build data feeds into Customer's pricing and risk system. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the market data, indices and indicators delivered through the Data API, as described in the Data Schedule.
1.2 "Customer Data" means the portfolios, positions, watch lists, query parameters and other data that Customer uploads to or sends through the Data API, and the results generated from them for Customer.
1.3 "Custom Feeds" means the field mappings, transformation rules and delivery jobs that Provider builds to load Licensed Data into Customer's systems.
1.4 "Subscription Term" means the period from 2026-05-01 to 2028-04-30. "Subscription Year 1" runs from 2026-05-01 to 2027-04-30 and "Subscription Year 2" from 2027-05-01 to 2028-04-30.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Data API with up to 25 named API keys and to use the Licensed Data for Customer's internal purchasing, pricing and risk management.
2.2 Customer may show Licensed Data in internal reports and share extracts with its own customers in the ordinary course of business, with attribution to Provider, but may not resell the Licensed Data as a data product.
2.3 The subscription includes up to 3,000,000 API calls per month. Calls above that volume are charged at the overage rate in Clause 4.3.

3. ONBOARDING AND ACCEPTANCE

3.1 Provider shall issue the API keys, build the Custom Feeds described in the Data Schedule and support Customer's integration testing, so that the Data API and the Custom Feeds are ready for acceptance testing by 2026-04-20.
3.2 Onboarding Acceptance criteria: (a) every endpoint listed in the Data Schedule returns the documented fields for the test queries in the Data Schedule; (b) the Custom Feeds load ten consecutive business days of Licensed Data into Customer's pricing system without missing or duplicated records; (c) the median response time of the test queries is below 800 milliseconds from Customer's Tianjin office; (d) Customer's staff have been trained.
3.3 Customer shall confirm Onboarding Acceptance in writing within 5 business days after the tests, or list the criteria that are not met. Use of the Data API is not acceptance.
3.4 If the Data API and Custom Feeds are not ready for acceptance testing on the date in Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 24,000 in total.

4. FEES AND PAYMENT

4.1 As requested by Customer, all fees are stated and paid in Chinese Yuan (CNY), inclusive of applicable taxes.

Fee                                          Amount (CNY)
Subscription fee, Subscription Year 1        286,000
Subscription fee, Subscription Year 2        286,000
Onboarding and Custom Feeds (one-time)        24,000
Total contract value                         596,000

4.2 Subscription fees are invoiced quarterly in arrears (CNY 71,500 per quarter). The onboarding fee is invoiced after Onboarding Acceptance. Customer pays within 30 days after receipt of a correct invoice. No fee is payable before the Subscription Term starts.
4.3 API calls above the included volume are charged at CNY 0.8 per thousand calls, invoiced quarterly in arrears. Overage charges are usage-based and are not part of the total contract value.
4.4 The subscription fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall make the Data API available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and carried out on Sundays between 02:00 and 06:00 Central Time.
5.2 Daily market data shall be published by 09:00 Beijing time on each business day after the source market closes.
5.3 Provider shall respond to a Severity 1 incident (the Data API is unavailable or returns wrong prices for a whole market) within 1 hour, at any time, and to a Severity 2 incident within 1 business day.
5.4 If availability falls below the commitment in Clause 5.1, Customer receives a service credit of 10% of the quarterly subscription fee for that month's quarter, and 20% if availability falls below 99.0%. Each late Severity 1 response earns a credit of CNY 800. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data API and support to Customer, shall not combine it with other customers' data, and shall not use it in aggregated, de-identified or any other form for its own purposes.
6.2 Provider shall protect Customer Data with encryption in transit and at rest, access control based on need to know, multi-factor authentication for its staff and audit logs, and shall keep Customer Data in a cloud region in mainland China.
6.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after discovery, cooperate in the investigation and remediation, and is liable for the losses Customer suffers from an incident caused by Provider's failure to meet this Clause 6.
6.4 At the end of the Subscription Term Provider shall delete Customer Data after giving Customer 30 days to export it, and shall confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider keeps all rights in the Data API and the Licensed Data, subject to the licence in Clause 2.
7.2 The Custom Feeds, including their mappings, transformation rules and documentation, belong to Customer once paid for. Customer may use, modify and give them to any third party.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchasing positions and Provider's pricing, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent. This obligation lasts for three years after the end of this Agreement.

9. LIABILITY

9.1 Provider's total liability under this Agreement is limited to 200% of the total contract value.
9.2 Neither party is liable for indirect or consequential loss, including trading losses based on Licensed Data, except in case of fraud or wilful misconduct.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the Data API or the Custom Feeds without Customer's prior written consent. Provider's cloud hosting provider named in the Data Schedule is approved by signature of this Agreement.

11. TERM AND TERMINATION

11.1 This Agreement ends at the end of the Subscription Term and does not renew automatically. A renewal requires a new written agreement.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. Customer may also terminate if monthly availability falls below 99.0% in two consecutive months.
11.3 On termination for Provider's breach, Provider shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the State of Wisconsin, United States of America, without regard to its conflict-of-laws rules.
12.2 The state and federal courts located in Dane County, Wisconsin have exclusive jurisdiction over any dispute arising out of this Agreement.

13. GENERAL

13.1 This Agreement, with the Data Schedule, is the entire agreement of the parties and may be changed only in writing signed by both parties.
13.2 Notices under this agreement shall be in writing, in English or Chinese, and sent by courier or by e-mail to the addresses stated above. A notice sent by e-mail is received on the business day after it is sent, unless the sender receives a message that it was not delivered.
13.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may propose to end the affected part of the work, and the parties shall agree a fair settlement of the amounts already paid.
13.4 Each party shall comply with applicable anti-bribery laws. Neither party shall offer or give any gift, commission, kickback or other improper benefit to the other party's employees in connection with this agreement, and each party shall report to the other any such request it receives.

SIGNED

For Provider: Driftless Farm Data, LLC    Name: ______________    Title: ______________    Date: __________

For Customer: Tianjin Beiyuan Dairy Trading Co., Ltd.    Name: ______________    Title: ______________    Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, language, category, kind, source)
FILES = {
    "z01": ("h468z01_education_bureau_student_aid_platform.pdf", "pdf", "zh", "software", "goods_or_licence", H468Z01),
    "z02": ("h468z02_glass_works_tempering_furnace_controls.docx", "docx", "zh", "hardware", "goods_or_licence", H468Z02),
    "z03": ("h468z03_eye_clinic_chain_booking_emr_saas.txt", "txt", "zh", "cloud", "service", H468Z03),
    "z04": ("h468z04_customs_inspection_system_annual_om.txt", "txt", "zh", "services", "service", H468Z04),
    "z05": ("h468z05_noodle_factory_order_scheduling_supplier_template.md", "md", "zh", "software", "goods_or_licence", H468Z05),
    "e01": ("h468e01_cold_chain_wms_perpetual_licence_texas.pdf", "pdf", "en", "software", "goods_or_licence", H468E01),
    "e02": ("h468e02_tea_retail_helpdesk_saas_order_form_colorado.md", "md", "en", "cloud", "service", H468E02),
    "e03": ("h468e03_brewery_condition_monitoring_sensors_massachusetts.docx", "docx", "en", "hardware", "goods_or_licence", H468E03),
    "e04": ("h468e04_furniture_maker_managed_service_desk_virginia.md", "md", "en", "services", "service", H468E04),
    "e05": ("h468e05_dairy_trader_market_data_api_wisconsin.txt", "txt", "en", "cloud", "service", H468E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# values (contract value, fee base for TCO) -- sums asserted
V = {}
assert 1180000 + 760000 + 236000 + 34000 == 2210000 and 442000 + 994500 + 773500 == 2210000
V["z01"] = dict(value=2210000, fee_base=1180000)
assert 428000 + 312000 + 186000 + 94000 + 265000 == 1285000 and 1285000 + 178000 + 57000 == 1520000
assert 152000 + 532000 + 760000 + 76000 == 1520000 and 1285000 * 8 // 100 == 102800
V["z02"] = dict(value=1520000, fee_base=1285000)
assert 14 * 21600 == 302400 and 3 * 302400 == 907200 and 907200 + 128000 == 1035200 and 302400 / 4 == 75600
V["z03"] = dict(value=1035200, fee_base=None)
assert 456000 + 218000 + 96000 + 52000 == 822000 and 822000 / 4 == 205500
V["z04"] = dict(value=822000, fee_base=None)
assert 240000 + 286000 + 54000 == 580000 and 580000 + 62000 + 38000 == 680000 and 580000 * 22 // 100 == 127600
V["z05"] = dict(value=680000, fee_base=580000)
assert 420000 + 80 * 3600 + 60 * 2200 == 840000 and 840000 + 365000 + 148000 + 27000 == 1380000
assert 138000 + 621000 + 621000 == 1380000 and 840000 * 14 // 100 == 117600
V["e01"] = dict(value=1380000, fee_base=840000)
assert 150 * 2160 == 324000 and 2 * 324000 + 36000 == 684000 and 324000 / 4 == 81000
V["e02"] = dict(value=684000, fee_base=None)
assert 120 * 3850 + 60 * 1450 + 8 * 26500 + 198000 == 959000 and 959000 + 84000 + 37000 == 1080000
assert 702000 + 378000 == 1080000 and 959000 * 7 // 100 == 67130
V["e03"] = dict(value=1080000, fee_base=959000)
assert 36 * 52800 == 1900800 and 1900800 + 68000 == 1968800
V["e04"] = dict(value=1968800, fee_base=None)
assert 2 * 286000 + 24000 == 596000 and 286000 / 4 == 71500
V["e05"] = dict(value=596000, fee_base=None)

T = {
    "z01": dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9),
    "z02": dict(OK, availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                subcontract_without_consent=True),
    "z03": dict(OK, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1035200 * 100,
                liability_cap_pct=6 / 36 * 100, prepayment_pct=None, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True),
    "z04": dict(OK, availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=0.1,
                liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, termination_for_breach=False),
    "z05": dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=50,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=22,
                subcontract_without_consent=None, governing_law=None),
    "e01": dict(OK, availability_pct=None, p1_response_hours=8, data_security_clause=False, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
                post_warranty_fee_pct=14),
    "e02": dict(OK, availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=600 / 684000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None),
    "e03": dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=None, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7),
    "e04": dict(OK, availability_pct=None, p1_response_hours=0.5, confidentiality=False,
                ld_rate_per_day_pct=150 / 1968800 * 100, liability_cap_pct=150, prepayment_pct=None,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None),
    "e05": dict(OK, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=400 / 596000 * 100,
                liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, governing_law="Wisconsin"),
}
X = {k: dict(sla_clause=(k != "z05"), ld_stated=(k != "z05"), post_warranty_fee_capped=True,
             acceptance_deemed_on_delivery=(k == "z05"), contract_value=V[k]["value"]) for k in FILES}

DESIGN = {
    "z01": [], "e03": [],
    "e05": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "e01": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """policy section 4: horizon 5 years from acceptance; post-warranty fee for each year after the warranty."""
    t, v = T[key], V[key]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * v["fee_base"] * t["post_warranty_fee_pct"] / 100
    total = v["value"] + fees
    return dict(total=total, fees=fees, share=fees / total * 100)


def derive_rules(key):
    """My own reading of policy.md section 3 applied to my labels (not project code)."""
    t, x, r = T[key], X[key], []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c is not None and c["share"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures: 99.9 %, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months, fee 15 %, TCO 40 %,
# horizon 5 years
CN = "零〇一二三四五六七八九十百千两"
PAT = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])0?\.05(?![\d])",
    r"(?<![\d.])(?:15|30|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:十五|三十|四十|百|一百)(?![" + CN + "])", r"(?<![" + CN + "])[三四]成", r"万分之五(?![" + CN + r"\d])",
    r"千分之零点五", r"(?<![\d.])4\s*(?:个\s*)?(?:小时|h\b|hours?\b|-hour|hrs?\b)", r"(?<![" + CN + "])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])12\s*(?:个\s*月|months?\b|-month)", r"(?<![" + CN + "])十二\s*个\s*月", r"\btwelve[\s-]*months?",
    r"(?<![" + CN + "])一\s*年", r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*(?:年|years?\b|-year)",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + CN + "])五\s*年", r"\bfive[\s-]*years?", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?\b|-month)",
    r"六十\s*个\s*月", r"\bsixty[\s-]*months?",
]
RX = [re.compile(p, re.I) for p in PAT]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "15 percent", "40%", "四成", "5年", "五年", "five years",
            "60 months", "60个月", "5 years", "1 year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "万分之二", "服务年度", "Subscription Year", "14 hours", "36 months", "24 个月", "二十四个月", "十五日",
             "0.045元", "百分之三十五", "315%", "14%", "45%", "13%", "5%", "three years", "180 days", "2 小时",
             "6 小时", "35%", "2026年12月31日", "12月", "0.08%", "12 天", "12天", "1,200元"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label(key):
    name, fmt, lang, cat, kind, _ = FILES[key]
    t = dict(T[key], contract_kind=kind)
    T[key] = t
    terms = {k: t[k] for k in TERM_KEYS}
    x = X[key]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive_rules(key)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, fmt, lang, cat, kind, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: f[5] for k, f in FILES.items() if f[1] in ("docx", "pdf")},
          {k: (f[0], f[1]) for k, f in FILES.items() if f[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt, lang, cat, kind, src) in FILES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, sorted(DESIGN[key])))
        covered |= set(rules)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        back = read_back(name)
        n = measure(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for label_, txt in list(variants(src).items()) + [("built-" + k, v) for k, v in variants(back).items()]:
            h = hits(txt)
            if h:
                problems.append((key, "threshold", label_, h[:5]))
        t = T[key]
        for k, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "on threshold", k))
        c = tco(key)
        if c is not None and abs(c["share"] - 40) <= 2:
            problems.append((key, "tco near 40", c["share"]))
        print(f"{key} {name} {lang} len={n} value={V[key]['value']} rules={rules} risk={risk(rules)}"
              + (f" tco={c['total']:.0f} share={c['share']:.2f}" if c else ""))
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    if covered != set(ALL_RULES):
        problems.append(("coverage missing", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "fix the problems above"
    print("all checks passed")


if __name__ == "__main__":
    main()
