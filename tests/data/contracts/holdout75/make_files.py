"""Builds the .docx and .pdf contracts of holdout75 from the sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are plain files and
are not generated. The PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H75Z01 = """
T:临澜市住房公积金综合服务平台系统集成项目合同
P:合同编号：LLGJJ-2026-CG-017
P:采购人（甲方）：临澜市住房公积金管理中心
P:供应商（乙方）：恒拓数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号LLCG-2026-0213）、乙方投标文件及中标通知书，甲乙双方经协商一致，就临澜市住房公积金综合服务平台系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责甲方住房公积金综合服务平台的系统集成，包括：服务器、分布式存储及网络安全设备的供货与安装；综合服务平台软件许可；网上业务大厅、手机公积金、12329服务热线、微信公众号、短信平台及自助终端等服务渠道的接入开发；与人民银行征信、不动产登记、社会保险及各受托银行结算系统的接口开发；历史业务数据迁移、系统实施和培训。
P:1.2 项目实施地点为甲方中心机房、灾备机房及甲方下属各管理部。详细技术要求以招标文件第五章《采购需求》及乙方投标文件为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰柒拾万肆仟元整（¥2,704,000），为固定总价，包含设备、软件、开发、运输、保险、安装、调试、数据迁移、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|应用及数据库服务器|8台|728,000
TB:2|分布式存储|1套|486,000
TB:3|网络及安全设备（防火墙、负载均衡、核心交换机）|1批|312,000
TB:4|综合服务平台软件许可（永久）|1套|560,000
TB:|软硬件小计||2,086,000
TB:5|服务渠道接入及外部接口定制开发|1项|438,000
TB:6|数据迁移及系统实施|1项|156,000
TB:7|业务及运维人员培训|1项|24,000
TB:|合计||2,704,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十个工作日内，甲方支付合同总价的百分之二十作为预付款，计人民币540,800元。
P:3.2 设备全部到货并安装完毕，经甲方签收后十个工作日内，支付合同总价的百分之三十五，计人民币946,400元。到货签收仅确认设备数量、型号及外观，不视为验收。
P:3.3 系统终验合格后十个工作日内，支付合同总价的百分之四十，计人民币1,081,600元。
P:3.4 合同总价的百分之五即人民币135,200元作为质量保证金，质保期满且乙方无未履行义务的，甲方在十五个工作日内无息支付。
P:3.5 乙方每次请款前应向甲方开具合法有效的等额增值税发票。甲方付款资金来源为财政性资金，付款流程按国库集中支付规定办理。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备到货及安装，在合同签订后一百五十日内完成渠道接入及接口开发、数据迁移并申请初验。
P:4.2 乙方应派驻项目经理一名及不少于六名实施人员，项目经理未经甲方书面同意不得更换。乙方应每周向甲方提交项目周报。
H:第五条 验收
P:5.1 初验：乙方完成全部功能开发、接口联调及数据迁移后提出初验申请，甲方在十个工作日内组织初验。初验标准为：采购需求所列功能全部实现；历史数据迁移后个人账户余额、缴存明细及贷款数据与原系统逐笔核对一致；各外部接口连续十日无差错；2,000个并发用户下业务页面平均响应时间不超过3秒。
P:5.2 初验合格后进入三个月试运行。试运行期间未发生一级故障，且平台通过第三方测评机构的网络安全等级保护三级测评的，甲方组织终验并出具书面终验报告。
P:5.3 设备签收、系统上线运行及甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级和安全补丁服务，并安排一名工程师在甲方工作时间驻场。
P:6.2 质保期内平台月可用率不低于百分之九十九点八（经甲方书面同意的计划内维护时间除外，计划内维护须提前三个工作日申请）。月可用率每低于承诺值0.1个百分点，甲方从质量保证金中扣减人民币2,000元。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|网上业务大厅、柜面核心业务或资金结算中断|30分钟|2小时|8小时
TB:二级|单一服务渠道或单一外部接口不可用|1小时|6小时|36小时
TB:三级|一般功能缺陷或使用咨询|8小时|按需|下一版本
P:6.4 一级故障响应、到场或恢复超时的，每超时1小时扣减人民币1,000元；二级故障每超时1小时扣减人民币300元。扣减款从质量保证金中扣除，不足部分由乙方另行支付。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，年维护费不超过软硬件小计的百分之七（即不超过人民币146,020元/年），且自质保期满起三年内不上调。
H:第七条 违约责任
P:7.1 乙方逾期交付设备或逾期申请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:7.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:7.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意、重大过失或违反本合同第九条、第十条约定造成甲方损失的除外。
H:第八条 知识产权
P:8.1 综合服务平台软件产品的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属各管理部。
P:8.2 乙方为本项目定制开发的渠道接入程序、接口程序及其源代码、数据库设计和技术文档，其知识产权归甲方所有，乙方应在终验时一并移交。甲方可自行或委托第三方修改、使用，无需另行付费。
P:8.3 乙方保证所交付的软硬件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的缴存职工个人信息、缴存单位信息、缴存及贷款业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方人员只能在甲方机房内通过甲方堡垒机访问生产环境，不得将生产数据拷贝带离；开发测试所需数据由甲方脱敏后提供。
P:9.3 乙方应落实网络安全等级保护三级要求及《中华人民共和国个人信息保护法》规定的安全措施。发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失及所受行政处罚。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 分包
P:11.1 乙方可以将综合布线、设备上架等非主体、非关键性工作分包给具有相应资质的单位，但应在分包前三个工作日以书面形式告知甲方分包单位名称及分包内容。乙方对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或发生其他严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临澜市住房公积金管理中心　　乙方（盖章）：恒拓数智科技有限公司
P:签订日期：2026年　月　日
"""

H75Z03 = """
T:信托登记管理系统软件服务（SaaS）合同
P:合同编号：BCXT-KJ-2026-0308
P:甲方（服务使用方）：北辰信托有限责任公司
P:乙方（服务提供方）：信链云科技有限公司
P:鉴于甲方需要通过信息系统完成信托产品登记、受益权登记及相关信息报送，乙方具备提供信托登记管理系统软件服务的能力，双方经协商一致，订立本合同。
H:1. 服务内容
P:1.1 乙方以软件即服务方式向甲方提供信托登记管理系统（以下简称“系统”），功能包括信托产品预登记、初始登记、变更登记及终止登记，受益权账户管理，登记信息向中国信托登记有限责任公司（以下简称“中国信登”）报送与校验，登记台账、监管报表及内部统计报表。
P:1.2 系统采用专属实例部署于乙方在中国境内的数据中心，甲方数据与其他客户的数据在逻辑上和物理上均相互隔离。
P:1.3 乙方负责系统初始化配置，并将甲方存量信托产品的登记数据导入系统；服务期内乙方按中国信登报送规范的变化及时升级系统，不另行收费。
P:1.4 乙方为甲方相关人员提供不少于两次的操作培训，服务期内提供工作日9:00至18:00的人工支持，并全天候受理故障报告。
H:2. 服务期限
P:2.1 服务期为三年，自上线验收合格之日起计算。
P:2.2 服务期满本合同终止，不自动续期。甲方如需续订，双方应在期满前六十日内另行协商并签订书面合同。
H:3. 服务费用及支付
P:3.1 本合同总价为人民币壹佰贰拾伍万肆仟元整（¥1,254,000），其中：年度订阅费人民币386,000元，三年合计人民币1,158,000元；一次性初始化及存量数据导入费人民币96,000元。
P:3.2 本合同不设预付款。初始化及存量数据导入费在上线验收合格后十个工作日内支付。
P:3.3 年度订阅费按季度支付，每季度人民币96,500元，于每个服务季度结束且甲方确认该季度服务报告后十个工作日内支付。
P:3.4 服务期内订阅费不作调整。乙方应在每次收款前开具等额增值税专用发票。
H:4. 上线与验收
P:4.1 乙方应在合同生效后四十五日内完成系统初始化及存量数据导入，并提交上线验收申请。
P:4.2 上线验收标准为：（1）存量1,260只信托产品及其受益权数据导入后与甲方原台账逐项核对一致；（2）在中国信登测试环境完成全部登记类型的报送，校验全部通过；（3）五十个并发用户下页面平均响应时间不超过2秒；（4）第三方渗透测试无高危漏洞；（5）附件一功能清单所列功能全部可用。
P:4.3 验收合格的，甲方出具上线验收报告。甲方在验收前试用系统或通过系统向中国信登报送数据，均不视为验收合格。验收不合格的，乙方应在十日内完成整改并重新提交验收。
P:4.4 提交上线验收申请时，乙方应一并提交系统安全评估报告、存量数据导入核对报告、操作手册及应急预案。
H:5. 服务水平
P:5.1 系统月度可用率不低于99.95%。计划内维护应安排在非工作时间，并提前三个工作日通知甲方；监管报送截止日前三个工作日内不得安排计划内维护。
P:5.2 一级故障（系统无法登录、无法报送或登记数据错误）乙方应在15分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障（一般问题或咨询）1个工作日内答复。
P:5.3 月度可用率低于承诺值的，每低0.1个百分点，减免当季订阅费的3%；一级故障响应或恢复超时的，每次减免人民币1,000元。当季减免合计以当季订阅费的25%为限。因乙方原因导致甲方报送逾期并被监管部门通报的，乙方另行赔偿甲方损失。
P:5.4 乙方每季度向甲方提交服务报告，列明可用率、故障及处理情况、变更记录和安全事件情况。
P:5.5 中国信登报送接口规范发生变化的，乙方应在新规范生效前完成系统升级，并在测试环境验证通过后方可投产。
H:6. 数据安全与数据归属
P:6.1 甲方在系统中录入、导入或生成的全部数据，包括信托产品信息、委托人及受益人信息、登记与报送记录，均属于甲方所有。乙方仅能按甲方指示、为提供本合同服务处理上述数据，不得用于任何其他目的，包括不得以汇总、脱敏或匿名化的方式加以利用。
P:6.2 乙方应保证系统满足网络安全等级保护三级要求，对数据进行传输及存储加密，实行最小权限访问控制，操作日志留存不少于六个月，每日备份，备份数据存放于境内另一数据中心。
P:6.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内通知甲方，立即采取处置措施，并配合甲方向监管部门报告。因乙方原因导致安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的监管罚款及对第三方的赔偿。
P:6.4 合同终止后三十日内，乙方应按甲方要求的格式完整移交全部数据，并在甲方确认后彻底删除，出具书面删除证明。
P:6.5 乙方每年应委托具备资质的第三方机构对系统进行一次渗透测试，并将测试报告及整改情况提交甲方。
H:7. 保密
P:7.1 乙方对在服务中知悉的甲方商业秘密、信托计划方案、客户名单及其他未公开信息负有保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。本条义务在合同终止后继续有效。
H:8. 知识产权
P:8.1 系统平台软件的知识产权归乙方所有。乙方为甲方定制的报表模板、配置方案及数据导入脚本，其知识产权归甲方所有，甲方可自由使用、修改，并可提供给后续服务商使用。
P:8.2 乙方保证系统及其提供的服务不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理，并赔偿甲方由此遭受的全部损失。
H:9. 违约责任
P:9.1 乙方未能在第4.1条约定期限内提交上线验收申请，或验收不合格导致上线迟延的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但第6条项下的赔偿责任及因乙方故意或重大过失造成的损失不受此限。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:10. 分包
P:10.1 乙方不得将本合同项下服务转包或分包。附件二列明的云基础设施服务商经甲方签署本合同予以认可；更换该服务商或使用其他第三方的，须事先取得甲方书面同意。
H:11. 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）连续两个月可用率低于承诺值；（2）因乙方原因发生严重数据安全事件；（3）其他违约行为经甲方书面催告后十五日内仍未纠正。
P:11.2 合同解除的，乙方应按第6.4条移交数据，并退还甲方已付但尚未履行期间的费用。
P:11.3 服务期满或合同解除后，乙方应配合甲方将数据迁移至甲方指定的系统，配合期不少于三十日，期间不另行收费。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交北京仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:13. 其他
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:13.2 附件一《服务说明及功能清单》、附件二《基础设施及安全说明》为本合同组成部分。本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：北辰信托有限责任公司　　乙方（盖章）：信链云科技有限公司
P:日期：2026年　月　日
"""

H75E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT - KERNEL GRADING SYSTEM
P:Agreement No. HY-IT-2026-019
P:This Agreement is made on ____________ 2026 between:
P:(1) Liaoning Hongya Hazelnut Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 18 Zhenxing Road, Tieling, Liaoning Province (the "Buyer"); and
P:(2) Qafqaz Vision Systems LLC, a limited liability company registered in the Republic of Azerbaijan with its office at 41 Nizami Street, Baku AZ1000 (the "Vendor").
P:Background. The Buyer cracks, grades, roasts and exports hazelnut kernels from its plant in Tieling. The Vendor develops NutGrade, a machine-vision software that classifies kernels by size, colour, skin removal and defects such as shrivel, mould and insect damage, and has installed it at hazelnut processors in Azerbaijan, Georgia and Turkey. The Buyer wishes to license NutGrade for its four grading lines and to obtain calibration, integration and support services from the Vendor on the terms below. This Agreement is on the Buyer's standard form.
H:Article 1 Definitions
P:1.1 "Software" means the NutGrade grading software, version 5, in object code, with its user documentation and all updates supplied under this Agreement.
P:1.2 "Lines" means the Buyer's four optical grading lines in Workshop 2 of the Tieling plant, each fitted with the Buyer's existing cameras, lighting and air ejectors.
P:1.3 "Custom Deliverables" means the grading models calibrated for the Buyer's kernels, their parameter sets, the interface to the Buyer's lot-tracking and ERP system, and any scripts, reports and documentation produced specifically for the Buyer.
P:1.4 "Commissioning Certificate" and "Final Acceptance Certificate" have the meanings given in Article 5. "Working day" means a day on which banks are open in Shenyang.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Lines and on one back-up server, for the Buyer's own business, including the grading of kernels processed for third parties under toll-processing contracts.
P:2.2 The Vendor shall: (a) install the Software on the Lines; (b) calibrate the grading models on samples of the Buyer's kernels, including Ping'ou hybrid hazel and wild Manchurian hazel, to the Buyer's export grade specifications in Annex 2; (c) build the interface that transfers grade results per lot to the Buyer's ERP; (d) train the Buyer's operators and QA staff; and (e) provide the warranty and support services under Articles 6 and 7.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,232,000 (one million two hundred and thirty-two thousand yuan), inclusive of VAT, withholding taxes and all travel and living expenses of the Vendor's staff, broken down as follows:
TB:Item|Description|Amount (CNY)
TB:1|NutGrade perpetual licence, 4 Lines x CNY 208,000|832,000
TB:2|Grading model calibration for the Buyer's varieties and grades|186,000
TB:3|Interface to lot tracking / ERP|124,000
TB:4|Installation and commissioning on the 4 Lines|68,000
TB:5|Operator and QA training (3 sessions)|22,000
TB:|Contract Price|1,232,000
P:3.2 The Contract Price is paid as follows: (a) 15% (CNY 184,800) within 30 days after signature, against the Vendor's invoice and an advance-payment guarantee for the same amount from a bank acceptable to the Buyer; (b) 45% (CNY 554,400) within 30 days after the Commissioning Certificate; (c) 40% (CNY 492,800) within 30 days after the Final Acceptance Certificate.
P:3.3 Payments are made by bank transfer in CNY to the Vendor's account named in Annex 4. Each party bears its own bank charges.
H:Article 4 Timetable and Delay
P:4.1 The Vendor shall complete installation and commissioning on all four Lines within 75 days after signature, and shall be ready for the Final Acceptance Test within 120 days after signature.
P:4.2 The Buyer shall make the Lines available during the agreed shutdown windows and shall supply kernel samples of each grade within 10 days after signature.
P:4.3 If the Vendor fails to meet either date in Article 4.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the maximum is reached, the Buyer may terminate under Article 11.
H:Article 5 Commissioning and Acceptance
P:5.1 When the Software runs on all four Lines, the parties sign a Commissioning Certificate. The Commissioning Certificate records installation only and is not acceptance.
P:5.2 The Final Acceptance Test runs for ten consecutive production days. The Software passes when: (a) on reference samples of 2,000 kernels per grade, graded by the Buyer's QA panel, the Software's grade agrees with the panel on at least 97.5% of kernels; (b) the throughput of each Line is not lower than 2.5 tonnes per hour; (c) every lot's grade results reach the ERP without error; and (d) no Severity 1 incident occurs in the last five days of the test.
P:5.3 When the test is passed, the Buyer issues the Final Acceptance Certificate within five working days. If the test fails, the Vendor shall correct the defects at its own cost and the test is repeated. Commissioning, production use of the Software and any payment do not mean acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 and Annex 2 for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, recalibrates the models at the start of each new crop season, supplies updates and new versions and provides the support services of Article 7 free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the licence fee in item 1 of Article 3.1, i.e. CNY 91,520 per year, fixed for the first three years after the Warranty Period. Support renews only by the Buyer's written purchase order; it does not renew automatically.
H:Article 7 Support and Service Levels
P:7.1 The Vendor provides support by telephone, e-mail and remote session from 07:00 to 23:00 Beijing time, seven days a week, in English and Chinese. Severities, response and restoration times are:
TB:Severity|Definition|Response|Restoration or workaround
TB:Severity 1|A Line cannot grade, or grades wrongly so that kernels go to the wrong grade|1 hour|8 hours
TB:Severity 2|A function is impaired but the Line grades correctly|3 hours|2 working days
TB:Severity 3|Minor issue or question|1 working day|next update
P:7.2 If a Severity 1 incident cannot be resolved remotely, a Vendor engineer shall arrive at the plant within 72 hours.
P:7.3 For each hour by which the Vendor exceeds the response or restoration time of a Severity 1 incident, the Vendor pays CNY 1,000; for Severity 2, CNY 300 per hour. These amounts are deducted from the next payment due or paid on demand.
H:Article 8 Buyer Data
P:8.1 All images, grading results, lot records, production data and customer information processed by the Software ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and on the Buyer's instructions. The Vendor shall not use kernel images or grading results to train or improve models for any other customer, whether in identifiable, anonymised or aggregated form.
P:8.2 Buyer Data stays on the Buyer's servers in Tieling. The Vendor may access the Lines remotely only through the Buyer's VPN, with a separate approval from the Buyer's IT department for each session, and shall not copy Buyer Data to its own systems or transfer it outside the People's Republic of China.
P:8.3 The Vendor shall keep its access credentials secure, use multi-factor authentication and follow the Buyer's information-security rules. It shall notify the Buyer within twelve (12) hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, cooperate in containing it, and is liable for all losses and fines the Buyer suffers because of a breach caused by the Vendor.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor.
P:9.2 The Custom Deliverables are owned by the Buyer from their creation. The Vendor shall deliver the models, parameter sets and interface source code to the Buyer on Final Acceptance. The Buyer may use and modify them, and have them modified by third parties, without further payment.
P:9.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's grade specifications, prices and customer lists, and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 11 Subcontracting and Termination
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for approved subcontractors.
P:11.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 4.3 reach their maximum. On such termination the Vendor refunds the amounts paid for work not accepted.
H:Article 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute shall first be settled by negotiation. If it is not settled within 30 days, it shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang. The award is final and binding on both parties.
H:Article 13 General
P:13.1 This Agreement is signed in English and Chinese; both versions have equal effect. Annexes: 1 Software specification; 2 Buyer's export grade specifications; 3 Acceptance test plan; 4 Payment details. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H75E04 = """
T:MANAGED IT AND VAULT CCTV SUPPORT SERVICES AGREEMENT
P:Agreement No.: LTS/MSA/2026/031
P:THIS AGREEMENT is made on the ____ day of __________ 2026
P:BETWEEN (1) LUMLEY TECHNOLOGY SERVICES (SL) LIMITED, a company incorporated in Sierra Leone, whose registered office is at 27 Wilkinson Road, Freetown (the "Provider"); and (2) KONO GEMS SORTING HOUSE LIMITED, a company incorporated in Sierra Leone, whose registered office is at 9 Hill Station Road, Freetown, a subsidiary of Shenzhen Huaxuan Jewellery Group Co., Ltd. (the "Client").
P:WHEREAS the Client operates a rough-diamond sorting and valuation house with a secured vault in Freetown, in which parcels are received, sorted, weighed, valued and sealed for export under the Kimberley Process Certification Scheme; AND WHEREAS the Client wishes to engage the Provider to manage its information technology and to support its vault CCTV system, and the Provider has agreed to do so on the terms below.
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Client Data" means all data of the Client or its customers held in or passing through the Client's systems, including CCTV footage, access-control logs, parcel and lot records, Kimberley Process certificates, valuation records and customer information; "Service Commencement Date" means the date of the Transition Acceptance Certificate; "Monthly Service Charge" or "MSC" means the charge in clause 4.2; "Business Day" means a day other than a Sunday or a public holiday in Sierra Leone.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:2. SERVICES
P:2.1 Managed IT: service desk for 42 users; management of 42 workstations, 6 servers, the local network, firewall and Wi-Fi; e-mail administration; patching; monitoring; daily backup with off-site copy; and an up-to-date asset register.
P:2.2 Vault CCTV support: preventive and corrective maintenance of 64 cameras, 3 network video recorders, the video management software and its integration with the vault access-control system, so that every camera records continuously and footage is retained for 90 days, as required by the National Minerals Agency and the Client's insurers.
P:2.3 One Provider engineer shall be on site from Monday to Saturday, 08:00 to 18:00; the Provider's network operations centre monitors the systems at all other times.
P:2.4 The Services do not include the replacement of equipment that is beyond economic repair, which the Provider will quote for separately, nor the physical security guarding of the premises. The Provider shall advise the Client at least once each quarter on equipment approaching the end of its life and on security patches that cannot be applied.
H:3. TERM
P:3.1 This Agreement runs for thirty-six (36) months from the Service Commencement Date.
P:3.2 It does not renew automatically. The parties may extend it only by a written agreement signed by both of them.
H:4. CHARGES AND PAYMENT
P:4.1 All charges are stated and paid in Chinese Yuan Renminbi (CNY). The Client's parent company in Shenzhen settles the Client's IT contracts and will pay the Provider's invoices on the Client's behalf to the Provider's CNY account stated in Schedule 3.
P:4.2 The Monthly Service Charge is CNY 48,600, fixed for the Term, which makes CNY 1,749,600 over thirty-six months. The one-off Transition Charge is CNY 42,000. The Total Contract Value is therefore CNY 1,791,600.
P:4.3 The MSC is invoiced monthly in arrears. The Transition Charge is invoiced after the Transition Acceptance Certificate is signed. No charge is payable in advance. Invoices are payable within 30 days.
H:5. TRANSITION AND ACCEPTANCE
P:5.1 The Provider shall complete transition within thirty (30) days after the date of this Agreement (the "Transition Date").
P:5.2 Transition is accepted when: (a) the asset register of all devices has been verified jointly by the parties; (b) monitoring is live on every server and network device; (c) one server and one mailbox have been restored successfully from backup; (d) each of the 64 cameras records at the agreed resolution and frame rate and the recorders have capacity for 90 days of footage; and (e) the Client has approved the Provider's runbooks. The Client then signs a Transition Acceptance Certificate. The Provider starting to provide services does not mean acceptance.
P:5.3 If transition is not accepted by the Transition Date for reasons attributable to the Provider, the Provider shall pay the Client CNY 1,200 for each day of delay, up to CNY 36,000 in total.
P:5.4 During transition the existing provider remains responsible for the systems. The Provider shall not change any vault camera or access-control setting during transition without the written approval of the Client's head of security.
H:6. SERVICE LEVELS
P:6.1 The core network, the servers and the CCTV recording system shall each be available at least 99.95% of each calendar month, excluding maintenance agreed in writing with the Client.
P:6.2 Incidents are prioritised as follows. Priority 1 (failure of recording on any camera covering the vault or the sorting tables, or a site-wide outage): response within 15 minutes, engineer on site within 1 hour, restoration within 6 hours. Priority 2 (a single system or user group affected): response within 1 hour, restoration within 8 hours. Priority 3 (requests and minor faults): response by the next Business Day.
P:6.3 For each Priority 1 incident where the response or restoration time is missed, the Client receives a service credit of 5% of that month's MSC. For each 0.1 percentage point (or part of it) by which availability falls below the figure in clause 6.1, the credit is 10% of that month's MSC. Service credits in a month shall not exceed 50% of the MSC and are deducted from the next invoice.
H:7. CLIENT DATA AND SECURITY
P:7.1 Client Data belongs to the Client. The Provider shall use Client Data only to perform the Services and for no other purpose.
P:7.2 The Provider shall not copy or remove CCTV footage from the Client's premises except on the Client's written instruction to hand it to the police or the National Minerals Agency. Only vetted Provider staff named in Schedule 2 may work in the vault area, under dual control with a Client officer. The Provider shall use multi-factor authentication, encrypt backups and keep access logs for twelve months.
P:7.3 The Provider shall notify the Client within six (6) hours of any actual or suspected unauthorised access to, loss of or disclosure of Client Data, shall take all steps to contain it, and shall be responsible for all loss suffered by the Client as a result of a breach of this clause 7.
H:8. CONFIDENTIALITY
P:8.1 The Provider shall keep confidential all information about the Client's business, security arrangements, vault procedures, customers and stock, and shall disclose it only to its staff who need to know it for the Services. This clause survives the end of this Agreement without limit of time.
H:9. INTELLECTUAL PROPERTY
P:9.1 Runbooks, network and camera configurations, scripts and documentation prepared by the Provider for the Client belong to the Client, which may use and modify them freely and give them to any successor provider.
H:10. LIABILITY
P:10.1 The Provider's aggregate liability under or in connection with this Agreement is limited to CNY 3,000,000 (three million yuan), except for liability under clauses 7 and 8, for fraud or wilful misconduct, and for death or personal injury, which is unlimited.
H:11. SUBCONTRACTING
P:11.1 The Provider shall not subcontract any part of the Services without the Client's prior written consent and remains responsible for the acts of any approved subcontractor.
H:12. TERMINATION
P:12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within twenty-one (21) days after written notice. Three or more missed Priority 1 restoration times in one calendar quarter are a material breach.
P:12.2 On expiry or termination the Provider shall give exit assistance for up to sixty (60) days and hand over all Client Data, passwords and documentation.
P:12.3 The Provider may terminate this Agreement only if the Client fails to pay an undisputed invoice within sixty (60) days after a written reminder.
H:13. GOVERNING LAW AND JURISDICTION
P:13.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Sierra Leone.
P:13.2 The High Court of Sierra Leone sitting in Freetown shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:14. GENERAL
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control. Notices must be in writing and delivered by hand or e-mail to the addresses in Schedule 3. This Agreement is the entire agreement between the parties on its subject.
P:14.2 The Provider shall comply with all laws of Sierra Leone applicable to the Services, including the rules of the National Minerals Agency on the security of diamond premises, and shall ensure that its staff carry identification at all times on the Client's premises.
P:Schedule 1: Devices and sites. Schedule 2: Vetted staff. Schedule 3: Notices and payment details.
P:Signed for the Provider: ____________________    Signed for the Client: ____________________
"""

SOURCES = {"h75z01": H75Z01, "h75z03": H75Z03, "h75e01": H75E01, "h75e04": H75E04}
TARGETS = {"h75z01": ("h75z01_housing_fund_service_platform_integration.docx", "docx"),
           "h75z03": ("h75z03_trust_registration_saas.pdf", "pdf"),
           "h75e01": ("h75e01_hazelnut_kernel_grading_licence_support.docx", "docx"),
           "h75e04": ("h75e04_diamond_sorting_managed_it_cctv_sierra_leone.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
