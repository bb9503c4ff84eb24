"""Builds the .docx and .pdf contracts of holdout109 from the markup below (see ../word_pdf.py: T: title, H: heading,
P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.
The .md and .txt contracts of this folder are plain files and are not built here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H109Z01 = """
T:配电网故障研判平台建设项目合同
P:合同编号：JDDL-PW-2026-0417
P:甲方（采购人）：江东省电力有限公司
P:住所：江东省临川市滨江大道88号
P:乙方（供应商）：北京智电图灵科技有限公司
P:住所：北京市海淀区上地信息路26号
P:根据《中华人民共和国民法典》及甲方“配电网故障研判平台建设项目”公开招标结果，甲乙双方经协商一致，就乙方为甲方提供配电网故障研判平台软件、服务器设备及系统集成服务事宜，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责提供配电网故障研判平台软件许可、应用服务器及数据库服务器，完成平台与甲方生产管理系统（PMS）、用电信息采集系统、配电自动化系统及95598客服系统的接口适配，并按甲方需求开发故障研判规则配置工具和可视化大屏。
P:1.2 平台部署在甲方信息内网，覆盖全省十四个地市供电公司的中压配电线路，实现故障信息汇集、故障区段定位、停电范围研判及抢修工单推送。
P:1.3 项目工期：合同生效之日起一百五十日内完成部署并具备初步验收条件。
P:1.4 乙方应组建不少于八人的项目实施团队，项目经理须具备电力信息化项目管理经验，未经甲方同意不得更换。
P:1.5 乙方应在合同生效后十五日内提交详细实施方案，明确进度计划、接口方案、数据迁移方案、安全防护方案及风险应对措施，经甲方审定后执行。甲方负责协调各业务系统的接口配合及机房、网络等现场条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾伍万玖仟元整（¥2,959,000），含税。该价格为固定总价，包括设备、软件、运输、安装、调试、接口开发、培训及质保期内服务的全部费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|配电网故障研判平台软件许可（拓扑分析、故障定位、停电范围研判模块）|1套|1,280,000|1,280,000
TB:2|应用服务器|6台|68,500|411,000
TB:3|数据库服务器|2台|142,000|284,000
TB:4|系统接口适配（PMS、用电信息采集、配电自动化、95598）|4项|86,000|344,000
TB:5|定制开发（研判规则配置工具、可视化大屏）|1项|386,000|386,000
TB:6|实施部署与联调|1项|218,000|218,000
TB:7|培训|1项|36,000|36,000
TB:合计||||2,959,000
P:2.2 上表第1至3项为软硬件部分，小计人民币壹佰玖拾柒万伍仟元整（¥1,975,000）。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额增值税专用发票后三十日内，甲方支付合同总价的百分之二十作为预付款。
P:3.2 平台通过初步验收后三十日内，甲方支付合同总价的百分之五十。
P:3.3 平台通过最终验收后三十日内，甲方支付合同总价的百分之二十五。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且无未决质量问题后三十日内由甲方无息支付。
H:第四条 交付与验收
P:4.1 服务器设备到货后，双方共同开箱清点，签署到货签收单。到货签收仅确认数量、型号与外观，不代表质量验收。
P:4.2 初步验收标准：（1）软件功能模块与招标文件技术规范书逐项相符；（2）以甲方提供的近一年历史故障样本进行回放测试，故障区段定位准确率不低于百分之九十五；（3）单次故障研判时间不超过六十秒；（4）四个系统接口连续十日数据一致、无丢失；（5）通过甲方组织的网络安全测评。
P:4.3 初步验收合格后平台进入三个月试运行。试运行期内未发生一级故障且第4.2条各项指标持续达标的，甲方组织最终验收，并出具最终验收报告。
P:4.4 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第五条 质保与运维服务
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级和技术支持，并每季度进行一次巡检。
P:5.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|恢复时间
TB:一级|平台整体不可用或故障研判功能失效|6小时|24小时
TB:二级|单个模块或单个接口异常|12小时|48小时
TB:三级|一般性问题或操作咨询|1个工作日|5个工作日
P:5.3 乙方响应或恢复超过上表时限的，每超时一小时，甲方有权从质量保证金中扣减人民币捌佰元。
P:5.4 质保期满后，如甲方续购运维服务，年度运维服务费不超过软硬件小计的百分之八（即每年不超过人民币壹拾伍万捌仟元），质保期满后三年内不上调。运维服务合同由双方另行签订，不自动续期。
H:第六条 培训与资料
P:6.1 乙方应对甲方及各地市供电公司的系统管理员和调度、抢修人员分两期进行培训，培训教材由乙方提供。
P:6.2 乙方应在最终验收前移交需求规格说明书、设计文档、接口说明、部署手册、用户手册及定制开发部分的源代码。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的研判规则配置工具、可视化大屏、接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
P:7.3 乙方保证其提供的软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台接入和产生的电网拓扑、设备台账、用户信息、故障记录等全部数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守电力监控系统安全防护规定及甲方网络安全管理制度，现场人员须签署安全承诺书，远程运维须经甲方审批并通过堡垒机进行，全程审计。
P:8.3 发生数据泄露或网络安全事件的，乙方应在两小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在合同履行中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期具备初步验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 除因乙方故意或重大过失、人身伤害及违反第八条、第九条造成的损失外，乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期违约金达到上限的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 技术规范书、投标文件及实施方案为本合同附件，与本合同具有同等效力。
P:14.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。
P:甲方（盖章）：江东省电力有限公司　　　　乙方（盖章）：北京智电图灵科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
"""

H109Z03 = """
T:体外诊断试剂经销商管理系统SaaS服务合同
P:合同编号：KX-IT-2026-015
P:甲方：苏州康析生物诊断试剂有限公司
P:乙方：上海渠云信息科技有限公司
P:甲方为体外诊断（IVD）试剂生产企业，拟通过乙方提供的“渠云DMS”经销商管理云服务，管理其全国经销商档案、订单、库存、流向及冷链追溯。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:1. 服务内容
P:1.1 乙方以软件即服务（SaaS）方式向甲方提供渠云DMS系统的使用权，包括经销商档案与资质管理、订单管理、库存与效期管理、产品流向（终端医院）采集、冷链温度追溯、UDI扫码追溯及返利核算模块。
P:1.2 服务账号：甲方内部用户六十个，经销商账号一百五十个。
P:1.3 乙方负责一次性实施：系统配置、历史数据迁移、与甲方ERP系统的订单及发货接口开发，并为甲方和经销商提供培训。
P:1.4 服务期内，乙方对平台进行的版本升级和功能优化不另行收费。升级应提前五个工作日通知甲方，不得取消或降低本合同附件一所列功能。
P:1.5 乙方应为甲方内部用户提供两次现场培训，为经销商提供线上培训及操作视频，并指定一名客户成功经理作为日常服务对接人。
P:1.6 甲方应指定系统管理员，负责本单位用户和经销商账号的开通与停用，督促经销商按时上传库存和流向数据，并对其录入数据的真实性负责。
H:2. 服务期限
P:2.1 服务期为三十六个月，自系统上线验收合格之日起计算。
H:3. 费用与支付
P:3.1 合同总价为人民币玖拾壹万贰仟元整（¥912,000），其中：年度订阅费人民币贰拾陆万捌仟元，三年合计人民币捌拾万零肆仟元；一次性实施费人民币玖万陆仟元；培训费人民币壹万贰仟元。
P:3.2 订阅费按季度结算，每季度人民币陆万柒仟元，甲方于每季度结束后十五个工作日内凭乙方发票支付。
P:3.3 实施费与培训费于上线验收合格后三十日内一次性支付。本合同不设预付款。
P:3.4 乙方应在甲方付款前开具等额的增值税专用发票（信息技术服务，税率百分之六）。服务期内合同约定的账号数量范围内，乙方不得以任何名义另行收取费用。
H:4. 上线与验收
P:4.1 乙方应于合同生效后六十日内完成系统配置、数据迁移及接口开发，具备上线验收条件。
P:4.2 上线验收标准：（1）合同约定的功能清单逐项测试通过；（2）迁移的经销商档案、库存及近两年流向数据与甲方原系统核对一致；（3）ERP订单及发货接口连续十个工作日无差错；（4）二百个并发用户下常用页面响应时间不超过三秒。
P:4.3 上述标准全部达到后，甲方签署上线验收单。系统试用或甲方开始录入业务数据不视为验收合格。
P:4.4 因乙方原因未能在第4.1条约定期限内具备上线验收条件的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
H:5. 服务水平
P:5.1 系统月度可用率不低于99.95%。经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在夜间进行并提前三个工作日通知甲方。
P:5.2 故障响应：一级故障（系统不可用，或订单、追溯功能失效）30分钟内响应，2小时内恢复；二级故障（单个模块异常）2小时内响应，8小时内恢复；三级问题（使用咨询）1个工作日内答复。
P:5.3 乙方每月五日前向甲方提交上月服务报告，内容包括月度可用率、故障清单及处理情况、计划维护记录和账号使用情况。
P:5.4 服务补偿：月度可用率每低于承诺值0.1个百分点，扣减当季订阅费的百分之三；一级故障响应或恢复超时的，每次扣减人民币壹仟元。扣减累计不超过当季订阅费的百分之二十五。
P:5.5 乙方应提供7×24小时服务热线和在线工单系统，一级故障处理过程中每小时向甲方通报一次进展，故障恢复后五个工作日内提交故障分析报告及整改措施。
H:6. 数据
P:6.1 甲方及其经销商在系统中录入和产生的全部数据（以下简称“甲方数据”）归甲方所有。
P:6.2 乙方应采取不低于网络安全等级保护第三级要求的安全措施，甲方数据存储于中国境内的阿里云华东区域，传输和存储加密，访问日志保存不少于六个月，乙方员工访问甲方数据须经授权并留痕。发生数据泄露、丢失或篡改的，乙方应在二十四小时内通知甲方，采取补救措施，并赔偿由此给甲方造成的损失。
P:6.3 乙方有权在去除甲方、经销商及医疗机构名称等可识别信息后，对甲方的产品流向及终端销量数据进行汇总统计，用于编制《体外诊断试剂渠道行业分析报告》并向乙方其他客户提供，亦可用于改进乙方产品。
P:6.4 系统中涉及经销商联系人、医疗机构人员的个人信息，乙方应按照《中华人民共和国个人信息保护法》的要求处理，仅在甲方授权范围内使用，并配合甲方响应个人信息主体的请求。
P:6.5 服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其保存的甲方数据，并出具删除证明。
H:7. 知识产权
P:7.1 渠云DMS平台的知识产权归乙方所有。
P:7.2 乙方为甲方开发的ERP接口程序、定制报表模板及返利规则配置，知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改和使用。
P:7.3 乙方保证其提供的平台及服务不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部责任。
H:8. 保密
P:8.1 双方对因本合同知悉的对方商业秘密、价格信息、客户及经销商信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。
P:8.2 乙方应要求其接触甲方信息的员工签署保密协议，并对员工违反保密义务的行为承担责任。
H:9. 续期
P:9.1 服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。
P:9.2 续期期间的年度订阅费由乙方根据市场情况调整，上调幅度不超过上一年度订阅费的百分之十，乙方应在服务期满前四十五日书面通知甲方调整后的价格。
H:10. 分包
P:10.1 乙方不得将本合同项下服务转包或分包给第三方。乙方使用阿里云提供的云基础设施，经甲方签署本合同确认，不视为分包；更换云服务商须经甲方书面同意。
P:10.2 乙方应对其员工及云服务商的行为向甲方负责，不得以第三方原因为由免除本合同项下的责任。
H:11. 违约与解除
P:11.1 任何一方严重违反本合同，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同并要求赔偿损失。
P:11.2 本合同解除的，乙方应退还已付未用的服务费，并依第6.5条交付甲方数据。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:13. 其他
P:13.1 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:13.2 附件一《功能清单》、附件二《服务水平说明》为本合同组成部分。
P:13.3 双方在本合同首页所列地址及联系人为通知送达地址，一方变更的，应在变更后五个工作日内书面通知对方。
P:甲方（盖章）：苏州康析生物诊断试剂有限公司　　乙方（盖章）：上海渠云信息科技有限公司
"""

H109E01 = """
T:LICENCE AND SUPPORT AGREEMENT No TS-2026/031
P:Kärdla, 16 February 2026
P:Tahkuna Software OÜ, registry code 14682035, seat at Rookopli 18, Kärdla 92413, Hiiu County, Estonia, represented by Kristjan Tamm, member of the management board (the "Licensor"), and
P:Qingdao Laoshan Golden Hive Meadery Co., Ltd., unified social credit code 91370212MA3RKQ5T2L, seat at 77 Shazikou Road, Laoshan District, Qingdao, Shandong Province, People's Republic of China, represented by its general manager Ms Wang Lin (the "Licensee"),
P:hereinafter jointly referred to as the "Parties", have entered into this Licence and Support Agreement (the "Agreement") as follows.
H:Article 1. Definitions
P:1.1 "Software" means MeadLedger Enterprise, version 5, the Licensor's standard software for tracking honey lots, must preparation, fermentation and ageing batches, blending, bottling lots and recalls, including its documentation and the updates supplied under this Agreement.
P:1.2 "Tank Module" means the MeadLedger module that records temperature, gravity and pressure readings from fermentation and ageing tanks.
P:1.3 "Custom Deliverables" means the connector to the Licensee's Kingdee ERP system, the connector to the Licensee's tank-sensor gateway, the label and lot-code templates and the batch reports developed by the Licensor specifically for the Licensee under this Agreement, together with their source code and documentation.
P:1.4 "Go-Live" means the first day on which the Software is used to record production batches in the Licensee's brewery in Qingdao.
P:1.5 "Final Acceptance" means the Licensee's written confirmation under Article 6.4 that the acceptance tests have been passed.
P:1.6 "Licensee Data" means all data entered into, generated by or stored in the Software by or for the Licensee, including recipes, supplier and beekeeper records, batch records, sensor readings and customer delivery records.
H:Article 2. Subject of the Agreement
P:2.1 The Licensor grants the Licensee a licence to the Software and the Tank Module, installs and configures them on the Licensee's servers in Qingdao, develops and delivers the Custom Deliverables, trains the Licensee's staff and provides warranty and support services as set out below.
P:2.2 The Licensee's current production comprises 48 fermentation and ageing tanks and two bottling lines. The licence covers 25 named users.
H:Article 3. Licence
P:3.1 The licence is perpetual, non-exclusive and non-transferable except to an affiliate of the Licensee that takes over the brewery. It permits use of the Software for the Licensee's own business at any of its sites in the People's Republic of China.
P:3.2 The Licensee may make copies of the Software for backup and testing purposes.
H:Article 4. Price
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 696,000 (six hundred ninety-six thousand Chinese yuan), made up as follows. Prices are stated in Chinese yuan at the Licensee's request and include all taxes payable in Estonia; Chinese withholding tax, if any, is borne by the Licensor.
TB:Item|Amount (CNY)
TB:Perpetual licence, MeadLedger Enterprise, 25 named users|386,000
TB:Tank Module, 48 tanks|72,000
TB:Implementation and configuration|118,000
TB:Custom Deliverables (ERP connector, tank-sensor connector, templates, reports)|94,000
TB:Training (three days on site in Qingdao and four remote sessions)|26,000
TB:Total|696,000
P:4.2 The licence fees (the first two items) amount to CNY 458,000 (the "Licence Fees").
P:4.3 Travel and accommodation of the Licensor's staff are included in the Contract Price.
H:Article 5. Payment
P:5.1 The Licensee shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Licensor's invoice.
P:5.2 The Licensee shall pay 45% of the Contract Price within 30 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:5.3 The Licensee shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Licensor's account at AS LHV Pank stated on the invoice.
H:Article 6. Implementation and Acceptance
P:6.1 The Licensor shall reach Go-Live within 100 days after signature of this Agreement, following the project plan in Annex 1.
P:6.2 After Go-Live the Parties run the acceptance tests in the test plan of Annex 2 during a period of 30 days.
P:6.3 The acceptance criteria are: (a) a complete production cycle, from honey intake to bottled lot, can be traced forwards and backwards, and each trace query returns in less than five seconds; (b) the mass balance of honey, must and finished mead reconciles within 0.5% for three consecutive batches; (c) the ERP connector transfers production orders and finished-goods receipts for ten consecutive working days without error; (d) readings of all 48 tanks are recorded at the configured intervals; (e) a simulated recall of one bottling lot produces the complete list of affected customers within 30 minutes.
P:6.4 When all criteria are met, the Licensee signs an acceptance certificate within five working days. Where a criterion is not met, the Licensor corrects the defect and the failed tests are repeated. Use of the Software in production before that date does not mean that the Software is accepted.
H:Article 7. Warranty
P:7.1 The Licensor warrants that the Software and the Custom Deliverables conform to their documentation and to this Agreement for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Licensor corrects defects, supplies all updates and new versions of the Software and provides the support services of Article 8 free of charge.
H:Article 8. Support Services
P:8.1 Support is provided by e-mail, telephone and remote session. The Licensor's support desk answers in English and, through its Chinese-speaking support engineer, in Chinese.
P:8.2 Incidents are classified and handled as follows:
TB:Severity|Description|Response time|Workaround or fix
TB:Severity 1|batch recording or bottling is blocked|2 hours, any day and time|8 hours
TB:Severity 2|a function is impaired, production continues|8 business hours|3 business days
TB:Severity 3|question or minor error|2 business days|next update
P:8.3 Business hours are 09:00 to 18:00 China Standard Time, Monday to Friday. For each hour or part of an hour by which a Severity 1 response or workaround time is exceeded, the Licensor credits the Licensee CNY 600, deducted from the next payment or refunded.
P:8.4 After the Warranty Period the Licensee may order support services by annual purchase order. The annual support fee is 14% of the Licence Fees, that is CNY 64,120 per year, and it is fixed for the first three years after the Warranty Period. Later changes require a written agreement and may not exceed 3% per year. Support does not renew automatically.
H:Article 9. Delay
P:9.1 If Go-Live is not reached within the period in Article 6.1 for reasons attributable to the Licensor, the Licensor shall pay the Licensee a contractual penalty of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 The payment of the contractual penalty does not release the Licensor from its obligation to perform.
H:Article 10. Intellectual Property
P:10.1 The Software remains the property of the Licensor and its licensors.
P:10.2 All rights in the Custom Deliverables pass to the Licensee upon payment of the instalment in Article 5.3. The Licensor delivers the source code of the Custom Deliverables with the acceptance certificate. The Licensee may use, modify and license the Custom Deliverables freely, also through third parties.
H:Article 11. Licensee Data and Security
P:11.1 Licensee Data belongs to the Licensee. The Licensor may process Licensee Data only to perform this Agreement and only on the Licensee's instructions, and shall not use it for any other purpose.
P:11.2 The Software and Licensee Data are hosted on the Licensee's servers in Qingdao. The Licensor accesses them only by the VPN provided by the Licensee, with approval for each session, and keeps no copy of Licensee Data outside the Licensee's systems. Test data are anonymised by the Licensee.
P:11.3 The Licensor keeps its personnel and systems secure according to ISO/IEC 27001, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in relation to Licensee Data.
P:11.4 The Licensor shall notify the Licensee of any security incident affecting Licensee Data within 24 hours after becoming aware of it, shall assist in limiting its consequences and is liable for the loss caused by its breach of this Article.
H:Article 12. Confidentiality
P:12.1 Each Party keeps confidential all information of the other Party that it receives in connection with this Agreement, in particular recipes, supplier terms and prices, and uses it only for this Agreement.
P:12.2 This obligation does not apply to information that is public or that a Party must disclose by law, and survives the end of this Agreement for five years.
H:Article 13. Liability
P:13.1 The total liability of the Licensor under this Agreement is limited to 150% of the Contract Price. The limitation does not apply to liability for intentional breach, gross negligence, personal injury or a breach of Article 11 or 12.
P:13.2 Neither Party is liable for loss of profit, except in the cases excluded in Article 13.1.
H:Article 14. Subcontracting and Assignment
P:14.1 The Licensor shall not subcontract any part of its obligations without the prior written consent of the Licensee. The Licensor remains responsible for any subcontractor approved.
P:14.2 Neither Party may assign this Agreement without the written consent of the other Party.
H:Article 15. Term and Termination
P:15.1 This Agreement enters into force on signature. The licence in Article 3 is perpetual and survives the end of the support services.
P:15.2 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach and does not cure it within 30 days after a written warning, or if the contractual penalty under Article 9 reaches its maximum. The Licensor may terminate for non-payment of an undisputed amount more than 60 days overdue.
P:15.3 On termination before Final Acceptance the Licensor refunds the amounts paid for the parts that are not delivered, and delivers the Custom Deliverables completed so far.
H:Article 16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Estonia.
P:16.2 The Parties shall first try to settle a dispute by negotiation. A dispute that is not settled within 30 days is resolved by Pärnu County Court (Kärdla courthouse) as the court of first instance.
H:Article 17. Final Provisions
P:17.1 This Agreement is made in English in two copies, one for each Party. Amendments are valid only in writing and signed by both Parties.
P:17.2 Annexes: Annex 1 Project plan; Annex 2 Acceptance test plan; Annex 3 Functional description of the Software.
P:For the Licensor: ____________________    For the Licensee: ____________________
"""

H109E03 = """
T:EQUIPMENT SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT
P:Agreement No. KOS-2026-HN-07
P:This Equipment Supply, Installation and Maintenance Agreement (this "Agreement") is entered into as of March 9, 2026 by and between Kanaha Ocean Systems LLC, a Hawaii limited liability company with its principal office at 310 Hobron Avenue, Suite 4, Kahului, Hawaii 96732, USA ("Integrator"), and Hainan Lingshui Bluefin Aquaculture Co., Ltd., a company organized under the laws of the People's Republic of China with its registered office at 18 Xincun Harbor Road, Lingshui Li Autonomous County, Hainan Province, PRC ("Customer").
P:WHEREAS, Customer operates twelve offshore net pens for the ranching of yellowfin and bigeye tuna in Xincun Bay; and WHEREAS, Customer wishes to purchase, and Integrator wishes to supply, install and maintain, a net-pen monitoring system on the terms below; NOW, THEREFORE, the parties agree as follows:
H:1. DEFINITIONS
P:1.1 "System" means the sensors, cameras, load cells, buoy gateways, shore server and Pen-Monitor software listed in Section 2, installed and configured as a working monitoring system.
P:1.2 "Installation Certificate" means the certificate signed by both parties confirming that the System has been physically installed at all twelve pens.
P:1.3 "Final Acceptance" means Customer's written acceptance of the System under Section 5.4.
P:1.4 "Customer Data" means all water-quality readings, images, video, biomass estimates, mooring-load data, alarms and reports generated by the System.
H:2. EQUIPMENT, SERVICES AND PRICE
P:2.1 Integrator shall supply, deliver DDP Lingshui (Incoterms 2020), install and commission the following, and train Customer's staff:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde (DO, temperature, salinity, pH, turbidity) with anti-fouling wiper|12|46,800|561,600
TB:2|Underwater stereo camera unit for biomass estimation|6|88,500|531,000
TB:3|Net-pen mooring load cell, 20 t|24|9,200|220,800
TB:4|Solar buoy gateway with 4G and LoRa link|6|31,500|189,000
TB:5|Shore server with Pen-Monitor software license (perpetual)|1|168,000|168,000
TB:|Hardware & Software Subtotal|||1,670,400
TB:6|Installation and commissioning (dive team, vessel, cabling)|1|214,000|214,000
TB:7|Operator and maintenance training|1|28,000|28,000
TB:8|Freight, insurance and import clearance to Lingshui|1|97,600|97,600
TB:|Contract Price|||2,010,000
P:2.2 The Contract Price is CNY 2,010,000 (two million ten thousand Chinese yuan), firm and fixed, and includes all duties, taxes and charges to deliver the System to Customer's site.
H:3. PAYMENT
P:3.1 Deposit. Customer shall pay a deposit of fifty percent (50%) of the Contract Price, i.e. CNY 1,005,000, within ten (10) days after the date of this Agreement. Integrator will place its orders with manufacturers after receipt of the deposit.
P:3.2 Installation. Customer shall pay thirty-two percent (32%) of the Contract Price within thirty (30) days after the Installation Certificate is signed. The Installation Certificate is not an acceptance of the System.
P:3.3 Final payment. Customer shall pay the balance of eighteen percent (18%) of the Contract Price within thirty (30) days after Final Acceptance.
P:3.4 Invoices are payable by wire transfer in CNY to the account stated on Integrator's invoice.
H:4. DELIVERY AND INSTALLATION
P:4.1 Integrator shall deliver the equipment to Customer's shore base within seventy-five (75) days after receipt of the deposit, and complete installation at all pens within forty-five (45) days after delivery, weather permitting. Days on which Customer's harbor master closes the bay for weather are excluded.
P:4.2 If Integrator fails to meet either date for reasons within its control, Integrator shall pay Customer, as liquidated damages and not as a penalty, one-tenth of one percent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten percent (10%) of the Contract Price.
P:4.3 Title and risk of loss pass to Customer on delivery to Customer's shore base.
H:5. TESTING AND ACCEPTANCE
P:5.1 After installation Integrator shall run the Site Acceptance Test in Exhibit B.
P:5.2 The acceptance criteria are: (a) every sonde reports dissolved oxygen within ±0.2 mg/L and temperature within ±0.1 °C of a calibrated reference instrument; (b) biomass estimates of the stereo cameras are within five percent (5%) of the weights of a harvest sample of not less than 60 fish; (c) every load cell and gateway reports to the shore server, and low-oxygen and overload alarms reach the duty officer's phone within sixty (60) seconds; (d) the System then runs for thirty (30) consecutive days with no gap in data from any pen longer than two (2) hours.
P:5.3 If any criterion is not met, Integrator shall correct the deficiency at its cost and repeat the relevant tests.
P:5.4 When all criteria are met, Customer shall sign the Final Acceptance certificate within seven (7) days. Operation of the System by Customer before that date is not acceptance.
H:6. WARRANTY
P:6.1 Integrator warrants that the System will be free from defects in materials and workmanship and will perform in accordance with the specifications in Exhibit A for twenty-four (24) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period, Integrator shall repair or replace defective items free of charge, including dive work and vessel time, and shall perform a preventive maintenance visit every quarter, including sensor calibration and cleaning. DO membrane caps and wiper brushes are consumables and are not covered.
H:7. SUPPORT AND SERVICE LEVELS
P:7.1 Integrator shall provide a support hotline twenty-four hours a day, seven days a week, and shall handle incidents as follows:
TB:Severity|Definition|Response|On-site attendance
TB:Severity 1|monitoring or alarms lost for one or more whole pens|1 hour|48 hours
TB:Severity 2|single sensor or camera failed, pen still monitored|8 hours|5 days
TB:Severity 3|software question or cosmetic issue|2 business days|not applicable
P:7.2 For each hour by which Integrator exceeds a Severity 1 response time, Integrator shall credit Customer CNY 1,000, and for each day by which it exceeds a Severity 1 on-site time, CNY 3,000.
P:7.3 On-site work in Hainan is performed by Integrator's service partner Sanya Haiyun Marine Engineering Co., Ltd., which Customer approves by signing this Agreement. Integrator shall not use any other subcontractor without Customer's prior written consent, and remains responsible for the work of its subcontractors.
H:8. MAINTENANCE AFTER THE WARRANTY PERIOD
P:8.1 After the Warranty Period, Customer may purchase the Kanaha CarePlan, which continues the services of Sections 6.2 and 7 (spare parts excluded), by annual purchase order.
P:8.2 The CarePlan fee is eighteen percent (18%) of the Hardware & Software Subtotal per year, i.e. CNY 300,672 per year, and will not be increased for the first three (3) years after the Warranty Period. The CarePlan does not renew automatically.
H:9. CUSTOMER DATA AND SECURITY
P:9.1 All Customer Data is owned by Customer. Integrator may use Customer Data only to install, support and maintain the System for Customer and for no other purpose.
P:9.2 The shore server is located on Customer's premises. Integrator's remote access is made only through the VPN provided by Customer, with Customer's approval for each session, and all sessions are logged. Integrator shall not copy Customer Data to any system outside Customer's control.
P:9.3 Integrator shall notify Customer of any unauthorized access to, or loss of, Customer Data within twenty-four (24) hours after discovery, shall take all reasonable steps to contain it, and shall be liable for losses caused by its breach of this Section 9.
H:10. CONFIDENTIALITY
P:10.1 Each party shall hold the other party's confidential information, including pen locations, stocking and harvest figures and prices, in confidence, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for five (5) years after expiry or termination.
H:11. INTELLECTUAL PROPERTY
P:11.1 Integrator and its licensors retain all rights in the Pen-Monitor software and device firmware, which are licensed to Customer on a perpetual, royalty-free basis for use with the System.
P:11.2 All dashboards, alarm rules, calibration files, configuration files and reports developed for Customer under this Agreement belong to Customer, which may use, modify and license them freely.
H:12. LIMITATION OF LIABILITY
P:12.1 Integrator's aggregate liability arising out of this Agreement shall not exceed one hundred fifty percent (150%) of the Contract Price, except for death or personal injury, fraud, willful misconduct and breach of Sections 9 and 10.
P:12.2 Neither party shall be liable for indirect or consequential damages, except as excluded in Section 12.1. Loss of fish caused by a failure of the alarms to operate as warranted is direct damage.
H:13. TERMINATION
P:13.1 Customer may terminate this Agreement by written notice if Integrator commits a material breach and fails to cure it within thirty (30) days after written notice, or if liquidated damages under Section 4.2 reach their maximum. Upon such termination Integrator shall refund the payments received for items not delivered or not accepted.
P:13.2 Integrator may terminate this Agreement if Customer fails to pay an undisputed invoice within sixty (60) days after written notice.
H:14. GOVERNING LAW AND DISPUTES
P:14.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Hawaii, USA, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
P:14.2 Any dispute arising out of this Agreement shall be brought exclusively in the state courts of the Second Circuit, State of Hawaii, sitting in Wailuku, Maui, and the parties submit to the jurisdiction of those courts.
H:15. GENERAL
P:15.1 Force majeure, including typhoons, excuses delay for the period of the event; either party may terminate if the event lasts more than ninety (90) days.
P:15.2 This Agreement, with Exhibit A (Specifications) and Exhibit B (Site Acceptance Test), is the entire agreement of the parties and may be amended only in writing signed by both parties.
P:IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
P:KANAHA OCEAN SYSTEMS LLC  By: ____________________  Name: Keoni Kahale  Title: Managing Member
P:HAINAN LINGSHUI BLUEFIN AQUACULTURE CO., LTD.  By: ____________________  Name: Chen Haoran  Title: General Manager
"""

SOURCES = {"h109z01": H109Z01, "h109z03": H109Z03, "h109e01": H109E01, "h109e03": H109E03}
TARGETS = {"h109z01": ("h109z01_power_grid_distribution_fault_analysis_platform.docx", "docx"),
           "h109z03": ("h109z03_ivd_distributor_management_saas.pdf", "pdf"),
           "h109e01": ("h109e01_meadery_batch_tracking_licence_estonian_vendor.pdf", "pdf"),
           "h109e03": ("h109e03_tuna_ranch_net_pen_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
