"""Builds the .docx and .pdf contracts of holdout101 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The other six
contracts of the set (.txt / .md) are kept as written, not generated.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H101Z01 = """
T:××省民族宗教事务管理信息系统建设项目政府采购合同
P:合同编号：MZW-ZFCG-2025-017
P:采购人（甲方）：××省民族宗教事务委员会
P:供应商（乙方）：西南衡信信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（招标编号：ZFCG-2025-0863）、乙方投标文件及中标通知书，甲乙双方经协商一致，就民族宗教事务管理信息系统建设项目订立本合同。
H:第一条 项目内容
P:1.1 乙方为甲方建设“民族宗教事务管理信息系统”，包括宗教活动场所管理、宗教教职人员备案管理、宗教团体及宗教院校管理、民族团结进步创建管理、少数民族古籍及非遗资源管理、民族宗教领域风险研判、统计分析与领导驾驶舱共七个子系统，以及民汉双语门户和移动端应用。
P:1.2 乙方负责项目所需信创服务器、分布式存储、国产操作系统及数据库软件的供货、安装和集成，负责历史台账数据的迁移整理，配合甲方完成网络安全等级保护三级测评和商用密码应用安全性评估并按意见整改，提供操作培训和质保期内的运维服务。
P:1.3 系统部署于甲方机房，通过电子政务外网向省、市、县三级民族宗教工作部门提供服务，并与全国宗教活动场所基础信息系统、省政务服务平台及省统一身份认证平台对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾肆万元整（¥2,840,000.00），为固定总价，包括货物、软件许可、开发、迁移、集成、测评配合、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|信创服务器（国产CPU，双路，512GB内存）|6台|128,000|768,000
TB:2|分布式存储（有效容量200TB）|1套|386,000|386,000
TB:3|国产操作系统及数据库软件许可（永久）|1套|214,000|214,000
TB:|软硬件小计|||1,368,000
TB:4|七个子系统及双语门户定制开发|1项|1,126,000|1,126,000
TB:5|历史数据迁移与整理|1项|148,000|148,000
TB:6|系统集成与安装部署|1项|96,000|96,000
TB:7|等保测评及密评配合整改|1项|72,000|72,000
TB:8|操作培训（省、市两级）|1项|30,000|30,000
TB:|合计|||2,840,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币568,000元。
P:3.2 软硬件全部到货安装、七个子系统部署完成并通过初步验收后，甲方支付合同总价的50%，即人民币1,420,000元。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的25%，即人民币710,000元。
P:3.4 合同总价的5%，即人民币142,000元，作为质量保证金，在质保期满且乙方履行完毕质保义务后十五个工作日内无息退还。
H:第四条 实施进度
P:4.1 乙方应在合同签订后六十日内完成软硬件到货及安装，一百五十日内完成全部子系统部署并书面申请初步验收。
P:4.2 乙方应按投标文件配备项目经理及不少于八名实施人员，项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：对照招标文件技术需求和功能清单逐项测试，全部功能点实现；在三百个并发用户下一般业务页面响应时间不超过2秒，统计查询不超过5秒；历史数据迁移经双方逐表核对，记录数一致，抽检无差错；与全国宗教活动场所基础信息系统、省政务服务平台和统一身份认证平台的接口联调通过。
P:5.2 初步验收合格后进入三个月试运行。试运行期间未发生一级故障，且系统通过网络安全等级保护三级测评和商用密码应用安全性评估的，乙方可申请最终验收。
P:5.3 最终验收由甲方组织，可邀请专家参加，验收合格的出具书面验收报告。系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改后重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修和更换、软件缺陷修复、版本升级及运维服务，并派驻一名运维工程师在甲方工作日驻场。
P:6.2 质保期内系统月度可用率不低于99.95%，经甲方同意的计划停机时间不计入。
P:6.3 故障分级及响应要求如下：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|系统整体不可用、核心数据损毁或存在泄露风险|30分钟|2小时|8小时
TB:二级|单个子系统或接口不可用|1小时|6小时|2个工作日
TB:三级|一般功能异常、界面或报表错误|8小时|按需|5个工作日
P:6.4 一级故障的响应或恢复每超过规定时限一小时，甲方有权从质量保证金中扣减人民币一千元；月度可用率每低于承诺值0.01个百分点，扣减人民币一千五百元。质量保证金不足扣减的，乙方应另行支付。
P:6.5 质保期满后，甲方需要乙方继续提供运维服务的，年度运维服务费不超过软硬件小计的8%，即每年不超过人民币109,440元，该费率在质保期满后三年内不上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 系统内的宗教活动场所、宗教教职人员、民族工作等全部业务数据及个人信息属于甲方所有。乙方仅可为履行本合同在甲方授权范围内接触，不得用于其他任何目的，不得向任何第三方提供。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》和等级保护要求：实施人员实名登记并签署保密承诺；远程运维须经甲方审批并通过堡垒机进行，全程审计；开发测试只使用甲方提供的脱敏数据；不得将任何数据拷贝至甲方网络之外；更换下的硬盘等存储介质留甲方处置。
P:7.3 发生数据泄露、损毁或其他安全事件的，乙方应立即采取处置措施，并在两小时内书面报告甲方。因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、敏感信息、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露或使用。保密义务不因合同终止而解除。
P:8.2 涉及国家秘密的，按照国家保密法律法规执行。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的应用系统、源代码、数据库设计、接口程序及技术文档的知识产权归甲方所有。乙方应在最终验收时向甲方移交全部源代码和文档，甲方可自行或委托第三方修改、升级和使用。
P:9.2 操作系统、数据库等第三方商用软件的知识产权归其权利人所有，乙方保证甲方获得永久使用许可。
P:9.3 乙方保证所交付的货物和成果不侵犯第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成部署的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
P:10.3 违约金不足以弥补损失的，违约方还应赔偿差额部分。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方；经甲方书面同意分包的，乙方仍就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：××省民族宗教事务委员会　　乙方（盖章）：西南衡信信息技术有限公司
P:授权代表：　　　　　　授权代表：　　　　　　签订日期：2025年　月　日
"""

H101Z03 = """
T:小额贷款业务管理系统SaaS服务协议
P:协议编号：LRY-SaaS-2025-0573
P:甲方（客户）：成都鑫禾小额贷款有限公司
P:乙方（服务商）：深圳链融云科技有限公司
P:甲方依法在成都市辖区内经营小额贷款业务，拟使用乙方“链融信贷云”平台管理其贷款业务。双方根据《中华人民共和国民法典》及相关法律法规，就乙方向甲方提供SaaS服务事宜，达成如下协议。
H:1. 服务内容
P:1.1 乙方通过“链融信贷云”平台向甲方提供小额贷款业务管理SaaS服务，功能包括：客户进件与身份核验、授信审批流程、借款合同电子签署、放款与还款管理、贷后管理与催收记录、五级分类与拨备计提、地方金融监管报表报送、经营分析。
P:1.2 实施服务：开通账户、配置贷款产品参数和审批流程、迁移甲方存量贷款数据（约一万二千笔）、对接甲方合作银行资金存管账户、第三方支付代扣通道及金融信用信息基础数据库报送接口，并对甲方人员进行培训。
P:1.3 服务期限为三十六个月，自上线验收合格之日起计算。
P:1.4 服务期内，乙方为甲方指定一名客户成功经理，负责需求对接、版本升级通知和季度服务回顾；乙方每年为甲方新入职人员免费提供两次线上培训。
H:2. 服务费用
P:2.1 年服务费为人民币贰拾陆万肆仟元（¥264,000），三年共计人民币柒拾玖万贰仟元（¥792,000）；一次性实施费为人民币捌万陆仟元（¥86,000）。本协议总价为人民币捌拾柒万捌仟元整（¥878,000）。
P:2.2 年服务费包含五十个用户账号和每年不超过三万笔贷款的业务量，超出部分按附件一的单价另行结算。
P:2.3 服务期内年服务费不作调整。
H:3. 付款方式
P:3.1 实施费在上线验收合格后十五日内支付。
P:3.2 年服务费按季度支付，甲方在每季度结束后十五日内支付当季服务费人民币66,000元。
P:3.3 上线验收合格前，甲方无需向乙方支付任何费用。
H:4. 上线与验收
P:4.1 乙方应在本协议签订后六十日内完成实施工作并书面申请上线验收。
P:4.2 上线验收标准：双方确认的测试用例（不少于二百六十个）全部通过；迁移数据与甲方原系统逐笔核对，贷款余额、逾期天数、还款计划完全一致；资金存管、支付代扣和征信报送接口联调通过，并各完成一笔真实小额交易验证；常用业务页面响应时间不超过2秒。
P:4.3 验收合格后，双方签署上线验收确认书。平台账户开通或甲方试用，均不视为验收合格。
P:4.4 因乙方原因未能在第4.1款约定期限内申请上线验收的，每逾期一日，乙方向甲方支付违约金人民币六百元。
P:4.5 申请上线验收时，乙方应向甲方交付系统操作手册、产品参数配置清单、接口说明文档和数据迁移核对报告，并完成对甲方业务、风控和财务人员的培训。
H:5. 服务水平
P:5.1 平台月度可用率不低于99.5%。计划内维护应提前三日通知甲方，并安排在22:00至次日6:00进行，计划内维护时间不计入不可用时间。
P:5.2 故障分级与处理时限：一级故障（平台无法访问，或放款、还款功能无法使用）30分钟内响应，2小时内恢复或提供替代方案；二级故障（单个功能模块或接口异常）1小时内响应，8小时内解决；三级故障（一般问题及咨询）1个工作日内响应。
P:5.3 乙方提供全天候服务热线和在线工单系统，一级故障须同时电话报告。乙方每月向甲方提供上月可用率、故障及处理情况报告。
P:5.4 月度可用率低于承诺值的，按以下比例抵扣当月服务费：低于99.5%但不低于99.0%的，抵扣百分之五；低于99.0%但不低于98.0%的，抵扣百分之十；低于98.0%的，抵扣百分之二十。一级故障恢复每超时一小时，另行抵扣人民币五百元。
H:6. 数据归属与数据安全
P:6.1 甲方在平台上录入和产生的客户信息、借款人个人信息、借款合同及交易数据（以下简称“甲方数据”）归甲方所有。
P:6.2 甲方同意，乙方可对甲方数据进行去标识化处理后汇总，用于乙方信贷风险模型的训练和优化、行业风险指数的编制及产品改进；该等使用在本协议终止后仍可继续。
P:6.3 乙方应将甲方数据存储于中国境内，平台应通过网络安全等级保护三级测评；甲方数据在传输和存储时加密；乙方员工按最小权限访问，操作日志保存不少于六个月。
P:6.4 发生数据泄露、篡改或丢失的，乙方应在发现后十二小时内通知甲方，并采取补救措施。因乙方原因导致安全事件的，乙方承担赔偿责任。
P:6.5 乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。
P:6.6 本协议终止后三十日内，乙方应将甲方数据完整导出并交付甲方，随后删除平台中的甲方数据及其备份。
H:7. 保密
P:7.1 双方对在合作过程中知悉的对方商业秘密、客户信息及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在协议终止后三年内继续有效。
H:8. 知识产权
P:8.1 “链融信贷云”平台及其软件、文档的知识产权归乙方所有。
P:8.2 乙方为甲方定制的监管报表模板、产品参数配置和接口配置归甲方所有，甲方可自由使用、修改，并可提供给后续服务商使用。
H:9. 责任限制
P:9.1 除故意或重大过失外，乙方在本协议项下的累计赔偿责任（含违约金）不超过索赔事由发生前十二个月内甲方已支付的服务费总额。
P:9.2 任何一方均不对对方的间接损失承担责任。
H:10. 甲方义务
P:10.1 甲方应妥善保管平台账号和密码，按照监管要求对借款人身份和借款用途进行审核，并对其录入数据的真实性、合法性负责。
P:10.2 甲方应按本协议约定及时支付服务费，并为数据迁移和接口对接提供必要的配合，包括提供原系统数据、合作银行和支付机构的联系人及测试环境。
P:10.3 甲方不得利用平台从事违法违规的放贷、催收活动，不得超出地方金融监管部门核准的经营范围使用平台。
H:11. 平台升级与变更
P:11.1 乙方可对平台进行功能优化和版本升级，但不得降低本协议约定的功能和服务水平。涉及监管报表格式变化的，乙方应在监管要求生效前完成调整，不另行收费。
P:11.2 乙方应至少提前三十日通知甲方对甲方业务流程有重大影响的变更，并提供必要的培训和过渡安排。
H:12. 转委托
P:12.1 除附件二所列云基础设施服务商外，未经甲方书面同意，乙方不得将本协议项下的任何服务转委托或分包给第三方。
H:13. 期限与终止
P:13.1 服务期满前六十日，双方协商续约事宜；未签订续约协议的，本协议于期满时终止。
P:13.2 一方严重违约，且在收到对方书面通知后十五日内未纠正的，对方有权书面通知解除本协议。乙方违约导致协议解除的，乙方应退还已收取的未履行期间服务费。
H:14. 不可抗力
P:14.1 因地震、火灾、战争、政府行为、公共网络或电力大面积故障等不可抗力导致一方不能履行本协议的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。
H:15. 法律适用与争议解决
P:15.1 本协议适用中华人民共和国法律。
P:15.2 因本协议引起的争议，双方协商解决；协商不成的，提交被告住所地人民法院诉讼解决。
P:附件一：超量业务单价表。附件二：云基础设施服务商。
P:甲方（盖章）：成都鑫禾小额贷款有限公司　　乙方（盖章）：深圳链融云科技有限公司
P:日期：2025年　月　日
"""

H101E03 = """
T:Supply, Installation and Maintenance Contract - Cold-Room Monitoring System
P:Contract No. MCC-GZ-2025/09
P:Between: Ganzhou Qiancheng Citrus Packing Co., Ltd., Nankang District, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer"),
P:and: Minoan Cold Chain Systems S.A., 62 Ikarou Avenue, 712 01 Heraklion, Crete, Greece, registered in the General Commercial Registry (G.E.MI.) under No. 123456327000 (the "Supplier").
P:Whereas the Buyer stores and ripens navel oranges in sixteen cold rooms at its packhouse and wishes to monitor temperature, humidity, ethylene and carbon dioxide in every room continuously, and whereas the Supplier designs and installs wireless monitoring systems for fruit and vegetable cold stores, the parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, software and accessories listed in clause 3, installed and configured at the Buyer's packhouse.
P:1.2 "Final Acceptance" means the signature of the acceptance protocol under clause 6.3.
P:1.3 "Warranty Period" means the period defined in clause 7.1.
P:1.4 "Working Day" means a working day in the People's Republic of China.
H:2. Scope of Supply
P:2.1 The Supplier undertakes to supply, install, calibrate and commission the System in the Buyer's sixteen cold rooms and two degreening rooms, to integrate it with the Buyer's ERP system and the SMS alarm service, to train the Buyer's staff and to maintain the System as set out in clause 8.
P:2.2 On-site work in Ganzhou is carried out by the Supplier's own engineers together with its service partner Jiangxi Lengyun Refrigeration Engineering Co., Ltd., which the Buyer approves by signing this Contract.
H:3. Contract Price
P:3.1 The Contract Price is CNY 590,000 (five hundred ninety thousand Chinese Yuan), fixed, including VAT, transport to Ganzhou, import clearance, installation, commissioning, training and maintenance during the Warranty Period. It is composed as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, LoRaWAN, IP67|96|1,850|177,600
TB:2|Ethylene and CO2 sensor unit|24|6,400|153,600
TB:3|Door-open sensor|32|420|13,440
TB:4|LoRaWAN gateway with 4G backup|6|7,900|47,400
TB:5|ColdWatch monitoring software, perpetual licence, 18 rooms|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||488,040
TB:6|Installation, calibration and commissioning|1|58,000|58,000
TB:7|Integration with ERP and SMS alarm service|1|36,000|36,000
TB:8|Training of operators and maintenance staff|1|7,960|7,960
TB:|Contract Price|||590,000
H:4. Terms of Payment
P:4.1 The Buyer shall pay thirty-five per cent (35%) of the Contract Price, CNY 206,500, as an advance payment within ten (10) Working Days after signature of this Contract, against the Supplier's invoice.
P:4.2 Forty-five per cent (45%) of the Contract Price, CNY 265,500, is payable within fifteen (15) Working Days after delivery and installation of the System in all rooms. Payment of this instalment does not mean acceptance.
P:4.3 The balance of twenty per cent (20%), CNY 118,000, is payable within fifteen (15) Working Days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the System to the Buyer's packhouse within seventy (70) days after receipt of the advance payment and complete installation and commissioning within twenty (20) days after delivery, in any event before 20 October 2025, so that the System is operating when the navel-orange harvest begins.
P:5.2 If the Supplier fails to meet the dates in clause 5.1 for reasons attributable to it, the Supplier shall pay the Buyer liquidated damages of 0.3% of the Contract Price for each full week of delay, up to a maximum of 8% of the Contract Price.
H:6. Acceptance
P:6.1 After commissioning the System shall be operated for a trial period of fourteen (14) consecutive days.
P:6.2 The System is accepted when, during the trial period: (a) every sensor agrees with the Buyer's calibrated reference thermometer within plus or minus 0.3 degrees Celsius and the humidity reference within plus or minus 3% relative humidity; (b) readings are received from every sensor at the configured interval of five minutes, with no more than two missing readings per sensor per day; (c) a door left open for longer than the set time and a temperature outside the set band each trigger an alarm in the software and an SMS to the duty manager within two minutes; (d) readings and alarms are transferred to the Buyer's ERP and agree with the software records.
P:6.3 When all criteria are met the parties sign an acceptance protocol within three (3) Working Days. Delivery, installation, the start of the trial period or use of the System by the Buyer shall not be deemed acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace defective sensors, gateways and parts free of charge, replace sensor batteries, recalibrate all sensors once a year before the harvest season and supply software updates.
H:8. Maintenance and Support
P:8.1 The Supplier shall handle faults according to the following severity levels:
TB:Severity|Description|Response|On-site attendance|Restoration
TB:Severity 1|Monitoring or alarms stopped for one or more cold rooms|30 minutes|6 hours|12 hours
TB:Severity 2|Single sensor or gateway failure, alarms still working|2 hours|2 Working Days|3 Working Days
TB:Severity 3|Software questions, report changes|1 Working Day|as needed|10 Working Days
P:8.2 For every hour by which the Supplier exceeds the response or restoration time of a Severity 1 fault, it shall pay the Buyer CNY 500, which the Buyer may deduct from any amount payable to the Supplier.
P:8.3 After the Warranty Period the Supplier shall provide maintenance on the same terms for an annual maintenance fee of 17.5% of the Hardware and Licence Subtotal, that is CNY 85,407 per year, fixed for three years. Each maintenance year is ordered by the Buyer in writing; there is no automatic renewal.
H:9. Data and Security
P:9.1 All measurement data, alarm records and reports generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The monitoring software is installed on the Buyer's server at the packhouse. Remote maintenance by the Supplier is allowed only through a VPN connection opened by the Buyer for each session, and the Supplier shall not copy data to its own systems. The Supplier shall protect its access credentials, apply security updates to the gateways and software, and inform the Buyer within forty-eight (48) hours of any security incident affecting the System or its data. The Supplier is liable for all damage caused to the Buyer by a security incident due to its breach of this clause.
H:10. Confidentiality
P:10.1 The parties shall keep confidential all technical and commercial information received from each other in connection with this Contract, including the Buyer's storage recipes, volumes and customers, and shall not disclose it to third parties without prior written consent. This obligation survives for five (5) years after the end of the Contract.
H:11. Intellectual Property
P:11.1 The intellectual property in the ColdWatch software remains with the Supplier; the Buyer receives a perpetual licence for its packhouse.
P:11.2 The ERP interface, alarm rules, room layouts and configuration files made for the Buyer belong to the Buyer, which may use and modify them freely and hand them over to another maintenance provider.
H:12. Subcontracting
P:12.1 Apart from the service partner named in clause 2.2, the Supplier shall not subcontract any part of the works without the prior written consent of the Buyer. The Supplier remains fully responsible for its subcontractors.
H:13. Liability
P:13.1 The total liability of the Supplier under this Contract shall not exceed one hundred and twenty per cent (120%) of the Contract Price, except in cases of wilful misconduct, gross negligence or personal injury.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within twenty (20) days after a written request, or if the liquidated damages for delay reach their maximum. In that case the Supplier shall refund the amounts received for the parts not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang in accordance with its rules. The award is final and binding.
H:16. Final Provisions
P:16.1 This Contract is made in English in two originals, one for each party. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________ Nikos Daskalakis, CEO
"""

H101E04 = """
T:IT Managed Services and Desktop Support Agreement
P:Agreement No. CDS-DL-2025-0042
P:Dalian Umikaze Sake Brewery Co., Ltd. (hereinafter "Customer") and Churaumi Digital Services Co., Ltd., head office at 2-16-5 Kumoji, Naha City, Okinawa, Japan, acting through its Dalian Branch at Dalian Free Trade Zone (hereinafter "Provider"), enter into this Agreement concerning IT managed services and desktop support as follows.
H:Article 1 (Purpose)
P:The purpose of this Agreement is for Provider to operate, monitor and support Customer's IT infrastructure and end-user devices so that Customer can brew, bottle, sell and ship its products without interruption, and for Customer to pay the fees for these services.
H:Article 2 (Definitions)
P:In this Agreement, the following terms have the following meanings: (1) "Managed Infrastructure" means the servers, storage, network switches, firewalls, wireless access points, backup system and Microsoft 365 tenant listed in Annex 1, located at Customer's brewery in Jinzhou District, its Dalian city office and its bonded warehouse; (2) "End Users" means Customer's employees using a PC, notebook or mobile device listed in Annex 1, up to eighty-five (85) persons; (3) "Core Systems" means the ERP server, the file server, the brewery control network gateway and the internet connection at the brewery; (4) "Business Day" means a day other than Saturday, Sunday or a public holiday in the PRC.
H:Article 3 (Services)
P:1. Provider shall provide the following services: (1) 24x7 monitoring of the Managed Infrastructure and response to alerts; (2) patching and updating of servers, network devices and End User devices; (3) backup management, including a monthly restore test; (4) desktop support for End Users by telephone, remote session and on-site visit; (5) user account and Microsoft 365 administration; (6) monthly service report and a quarterly service review meeting.
P:2. Provider shall station one engineer at Customer's brewery on Business Days from 8:30 to 17:30, and during the brewing season (October to March) also on Saturdays.
H:Article 4 (Term)
P:1. The Initial Term of this Agreement is thirty-six (36) months from the Service Commencement Date, which is the day after Onboarding Acceptance under Article 6.
P:2. Unless either party notifies the other in writing at least three (3) months before the end of the Initial Term or any renewal term, this Agreement is automatically renewed for a further one (1) year on the same terms and conditions, including the same Monthly Service Fee.
H:Article 5 (Fees and Payment)
P:1. The fees are: (1) Onboarding Fee (asset inventory, documentation of the existing environment, installation of monitoring agents, knowledge transfer from the previous provider): CNY 38,000, one time; (2) Monthly Service Fee: CNY 46,000 per month, that is CNY 1,656,000 for the Initial Term. The total fees for the Initial Term are CNY 1,694,000, including VAT.
P:2. Provider shall invoice the Monthly Service Fee at the end of each month for that month, and the Onboarding Fee after Onboarding Acceptance. Customer shall pay each invoice by the end of the following month. No fee is payable in advance.
P:3. The fees shall not be changed during the Initial Term.
H:Article 6 (Onboarding and Acceptance)
P:1. Provider shall complete onboarding within forty-five (45) days after signing of this Agreement.
P:2. Onboarding is accepted when all of the following are confirmed by Customer in writing: (1) every device listed in Annex 1 is registered in the configuration database with its owner, location and warranty date; (2) every server, switch, firewall and gateway in Annex 1 reports to Provider's monitoring platform, and test alerts reach Provider's service desk; (3) a full restore of the ERP database from backup to a test server has been successful; (4) the runbooks for the Core Systems have been delivered and reviewed by Customer.
P:3. The start of monitoring or support by Provider does not constitute Onboarding Acceptance.
P:4. If Provider fails to complete onboarding within the period in paragraph 1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,200 per day of delay.
H:Article 7 (Service Levels)
P:1. Provider shall respond to and handle incidents as follows: Priority 1 (a Core System is down, or brewing, bottling or shipping operations are stopped): response within fifteen (15) minutes, engineer on site within two (2) hours if needed, restoration or workaround within six (6) hours; Priority 2 (a system is degraded or a group of End Users cannot work): response within one (1) hour, resolution within one (1) Business Day; Priority 3 (a single End User request or question): response within two (2) hours during business hours, resolution within three (3) Business Days.
P:2. Provider guarantees that the monthly availability of the Core Systems, excluding planned maintenance agreed with Customer in advance, is not less than 99.98%.
P:3. If Provider fails to meet the service levels, a service credit shall be deducted from the next invoice: (1) for each 0.1 percentage point or part thereof by which the availability falls short of paragraph 2, three percent (3%) of the Monthly Service Fee; (2) for each thirty (30) minutes by which the response or restoration time of a Priority 1 incident is exceeded, CNY 800. The total service credits in one month shall not exceed twenty-five percent (25%) of the Monthly Service Fee.
H:Article 8 (Customer Data)
P:1. All data stored in or processed by the Managed Infrastructure and End User devices, including brewing records, recipes, sales and customer data and employee data (hereinafter "Customer Data"), belong to Customer. Provider shall use Customer Data only for the performance of this Agreement and shall not use it for any other purpose.
P:2. Provider shall: (1) access the Managed Infrastructure only through Customer's privileged access management system with multi-factor authentication, with all sessions recorded; (2) not copy or store Customer Data outside Customer's systems or outside the PRC; (3) limit access to the named engineers listed in Annex 2; (4) apply security patches within the periods in Annex 3.
P:3. Provider shall notify Customer of any security incident affecting Customer Data within six (6) hours after becoming aware of it, and take all necessary measures to contain and remedy it. Provider shall compensate Customer for all damage arising from a security incident caused by Provider's breach of this Article.
H:Article 9 (Confidentiality)
P:Each party shall keep confidential any technical, business or other information of the other party obtained in connection with this Agreement, including Customer's recipes and brewing methods, and shall not disclose it to any third party without the prior written consent of the other party. This Article survives for five (5) years after the termination of this Agreement.
H:Article 10 (Intellectual Property)
P:Documents, runbooks, scripts and configuration records prepared by Provider for Customer under this Agreement belong to Customer, and Customer may use, modify and provide them to any successor provider freely. Provider's own tools and monitoring software remain Provider's property.
H:Article 11 (Re-entrustment)
P:Provider shall not re-entrust or subcontract all or part of the services to a third party without the prior written consent of Customer. If Customer consents, Provider shall be responsible for the acts of the subcontractor as its own.
H:Article 12 (Limitation of Liability)
P:The total liability of Provider for damages under this Agreement shall not exceed one hundred fifty percent (150%) of the total fees for the Initial Term stated in Article 5, except for damages caused by intentional act or gross negligence, or by breach of Article 8 or Article 9.
H:Article 13 (Termination)
P:1. If either party breaches a material obligation of this Agreement and does not cure the breach within thirty (30) days after receiving written notice, the other party may terminate this Agreement by written notice.
P:2. Either party may terminate this Agreement immediately if the other party becomes subject to bankruptcy or similar proceedings.
P:3. On termination, Provider shall hand over all documents, passwords and Customer Data to Customer or a successor provider and support the transition for up to sixty (60) days at the same fee rate.
H:Article 14 (Exclusion of Anti-Social Forces)
P:Each party represents that neither it nor its officers are anti-social forces or have any relationship with them. If this representation proves untrue, the other party may terminate this Agreement without notice.
H:Article 15 (Governing Law and Dispute Resolution)
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from this Agreement that cannot be settled by consultation shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:Article 16 (Consultation in Good Faith)
P:Matters not provided for in this Agreement and doubts about its interpretation shall be settled by consultation between the parties in good faith.
P:In witness whereof, this Agreement is executed in duplicate, and each party retains one original with signatures and seals.
P:Customer: Dalian Umikaze Sake Brewery Co., Ltd.  Representative Director ____________________
P:Provider: Churaumi Digital Services Co., Ltd.  Representative Director ____________________
P:Annex 1: Managed Infrastructure and End User devices. Annex 2: Named engineers. Annex 3: Patch periods.
"""

SOURCES = {"h101z01": H101Z01, "h101z03": H101Z03, "h101e03": H101E03, "h101e04": H101E04}
TARGETS = {"h101z01": ("h101z01_ethnic_religious_affairs_commission_system_integration.docx", "docx"),
           "h101z03": ("h101z03_microloan_company_loan_management_saas.pdf", "pdf"),
           "h101e03": ("h101e03_citrus_packhouse_cold_room_sensors_maintenance.docx", "docx"),
           "h101e04": ("h101e04_sake_brewery_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
