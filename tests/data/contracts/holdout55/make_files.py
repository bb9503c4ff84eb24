"""Builds the .docx and .pdf contracts of holdout55 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .md and .txt contracts of this folder are plain files.
PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H55Z01 = """
T:江宁省排污许可管理平台系统集成项目合同
P:合同编号：JNHB-ZC-2025-017
P:采购人（甲方）：江宁省生态环境厅
P:供应商（乙方）：青禾环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号 JNZC-2025-0412）、乙方投标文件及中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设江宁省排污许可管理平台，工作内容包括平台软件许可、服务器及存储等硬件设备、安全设备的供货与安装，定制开发、数据迁移、系统实施和培训，具体范围以招标文件技术需求及乙方投标文件为准。
P:1.2 平台部署于江宁省政务云及甲方指定机房，服务对象为省、市、县三级生态环境部门及全省排污单位。
P:1.3 定制开发内容包括：与全国排污许可证管理信息平台的数据交换接口；与污染源自动监控系统、环境执法系统的接口；排污许可执行报告智能审核模块；省级统计分析报表。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰柒拾肆万伍仟元整（¥2,745,000.00），为固定总价，包括设备、软件、开发、运输、安装、实施、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|排污许可管理平台软件许可（省级部署，用户数不限）|1套|860,000|860,000
TB:2|应用服务器|6台|58,000|348,000
TB:3|数据库服务器|2台|126,000|252,000
TB:4|分布式存储|1套|296,000|296,000
TB:5|Web应用防火墙及数据库审计|1套|184,000|184,000
TB:|软硬件小计|||1,940,000
TB:6|定制开发（接口及智能审核模块、统计报表）|1项|528,000|528,000
TB:7|数据迁移及系统实施|1项|236,000|236,000
TB:8|培训|1项|41,000|41,000
TB:|合计|||2,745,000
P:2.2 合同履行期间，因甲方增加需求导致工作量变化的，双方另行书面确认，但本合同约定的单价不作调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币549,000元。
P:3.2 设备到货、平台部署完成并通过初步验收后，甲方支付合同总价的40%，即人民币1,098,000元。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，即人民币960,750元。
P:3.4 其余5%即人民币137,250元作为质量保证金，质保期满且乙方无未履行的质保义务的，甲方在十五个工作日内无息支付。
P:3.5 乙方在每次付款前开具等额合法发票，甲方通过国库集中支付方式付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备的到货安装及平台部署，在合同签订后一百二十日内完成定制开发、数据迁移并具备初步验收条件。
P:4.2 乙方应派驻项目经理一名及实施人员不少于六名，项目经理须具有信息系统项目管理相关资格；未经甲方同意不得更换项目经理。
P:4.3 数据迁移范围为原排污许可系统中的全部许可证、申请材料、执行报告及附件，迁移前后的记录数、附件数应逐项核对一致。
P:4.4 设备到货时双方共同清点签收，签收仅表明设备品种、数量相符，不构成质量验收。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件功能清单逐项测试通过；（二）与全国排污许可证管理信息平台、污染源自动监控系统、环境执法系统的接口联调完成，连续五个工作日数据交换无丢失、无重复；（三）500个并发用户下主要页面响应时间不超过3秒；（四）迁移数据核对一致；（五）通过第三方网络安全等级保护三级测评及商用密码应用安全性评估。
P:5.2 初步验收后进入三个月试运行期。试运行期内未发生一级、二级故障，初步验收遗留问题全部整改完毕，且乙方提交全部技术文档和定制开发源代码后，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、硬件原厂保修及7×24小时技术支持，并每季度进行一次巡检。
P:6.2 质保期内平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或许可证申请、审批、执行报告提交等核心业务中断|30分钟|2小时|8小时
TB:二级|部分功能不可用或性能明显下降，不影响核心业务|1小时|6小时|24小时
TB:三级|一般性问题、咨询及优化需求|8小时|下一工作日|72小时
P:6.4 响应、到场或恢复每超时一小时，乙方向甲方支付违约金人民币1,000元；月可用率每低于承诺值0.01个百分点，乙方支付违约金人民币2,000元。上述款项甲方可从质量保证金中直接扣除，不足部分由乙方另行支付。
P:6.5 质保期满后，甲方需要乙方继续提供维护服务的，年度维护费不超过软硬件小计的8%（即每年不超过人民币155,200元），该上限在质保期满后三年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台内的全部数据，包括排污单位信息、许可证及申请材料、执行报告、监测数据和日志，均属于甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存、对外提供或用于任何其他目的。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护制度。乙方运维操作须经甲方审批并通过堡垒机进行，全程审计；开发测试使用甲方提供的脱敏数据。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在两小时内向甲方报告并立即采取补救措施。因乙方原因导致安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、排污单位商业秘密、网络拓扑及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为全省各级生态环境部门。
P:9.2 乙方为本项目定制开发的接口程序、智能审核模块、统计报表及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方提供的设备或软件不符合合同约定的，乙方应无偿更换或修复，并赔偿甲方由此遭受的损失。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知乙方解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲乙双方各执三份，自双方盖章之日起生效。
P:甲方（盖章）：江宁省生态环境厅　　乙方（盖章）：青禾环境信息技术有限公司
P:签订日期：2025年　月　日
"""

H55Z03 = """
T:清结算系统云服务合同
P:合同编号：HF-CG-2025-0318
P:甲方：瀚付支付有限公司（持有中国人民银行颁发的《支付业务许可证》）
P:乙方：算界云科技有限公司
P:甲方拟采用乙方提供的清结算云服务，替换其自建清结算系统。双方经友好协商，就服务内容、服务水平、费用及双方权利义务达成如下协议。
H:1. 服务内容
P:1.1 乙方通过其云平台向甲方提供清结算SaaS服务，包括交易数据采集、与合作银行及网联的对账、商户清分、结算指令生成、差错处理、手续费计算及备付金相关报表。
P:1.2 甲方专属配置，包括对账规则、清分规则、结算周期参数及定制报表，由乙方按甲方需求配置，并随甲方业务变化调整。
P:1.3 服务期限为三十六个月，自上线验收合格之日起计算。
P:1.4 乙方提供的服务应满足中国人民银行关于支付机构清算、结算及备付金管理的监管要求；监管要求变化的，乙方应在监管规定的期限内完成相应调整，不另行收费。
H:2. 服务费用
P:2.1 月服务费为人民币68,000元（含税），服务期内共计人民币2,448,000元。月服务费不按交易笔数另行计费。
P:2.2 一次性接入实施费为人民币186,000元，包括系统对接、历史数据迁移、规则配置及培训。
P:2.3 服务期内甲方新增合作银行或支付渠道的对账接入，每年不超过六个的，由乙方免费完成，不另行收费。
P:2.4 本合同总价为人民币贰佰陆拾叁万肆仟元整（¥2,634,000）。
H:3. 付款方式
P:3.1 接入实施费在上线验收合格后十五个工作日内支付。
P:3.2 月服务费按季度结算。每季度结束后，乙方提交当季服务报告及发票，甲方在确认服务报告后十五个工作日内支付上一季度的服务费，并扣除依照第5条产生的服务补偿。
P:3.3 甲方不向乙方支付任何预付款。
H:4. 上线与验收
P:4.1 乙方应在合同签订后九十日内完成系统对接、数据迁移及配置，具备上线验收条件。
P:4.2 上线验收标准：（一）与甲方核心交易系统、合作银行及网联的对账文件对接完成；（二）连续十个工作日并行运行，清分、结算结果与甲方原系统逐笔核对一致；（三）日终批处理在两小时内完成；（四）差错处理及调账流程测试通过；（五）甲方信息安全部门组织的渗透测试无高危漏洞。
P:4.3 满足上述标准后，甲方出具上线验收单。系统试用、并行运行或甲方使用服务均不视为验收合格。
P:4.4 乙方逾期具备上线验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的5%。
H:5. 服务水平
P:5.1 服务月可用率不低于99.8%。月可用率=（当月总分钟数−不可用分钟数）÷当月总分钟数×100%，经甲方同意的计划维护时间除外。
P:5.2 一级故障指清分、结算或对账功能中断，或结算结果错误。一级故障乙方应在15分钟内响应，2小时内恢复；二级故障（非核心功能异常、报表延迟）30分钟内响应，8小时内恢复；三级故障（咨询类问题）一个工作日内答复。
P:5.3 服务补偿：月可用率低于99.8%但不低于99.5%的，减免当月服务费的5%；低于99.5%的，减免当月服务费的10%；一级故障超过恢复时限的，每超过一小时另行减免当月服务费的2%。当月减免总额以当月服务费为限。
P:5.4 乙方每月向甲方提供服务报告，内容包括可用率、故障记录、处理时长及变更记录。
H:6. 业务连续性与变更
P:6.1 乙方应在两个不同城市的数据中心部署清结算服务，恢复点目标（RPO）为零，恢复时间目标（RTO）不超过三十分钟，每半年与甲方联合开展一次灾备切换演练，并提交演练报告。
P:6.2 乙方对平台进行版本升级或配置变更的，应提前五个工作日通知甲方，并安排在非交易高峰时段实施；涉及甲方专属配置或对账规则的变更，须经甲方书面确认。
P:6.3 乙方应配合甲方接受中国人民银行及其分支机构、审计机构的检查，按要求提供与本合同服务相关的资料、日志及系统访问权限。
H:7. 甲方责任
P:7.1 甲方应按乙方提供的接口规范提供交易数据，确保数据完整、及时，并指定专人负责对账差错的确认。
P:7.2 甲方负责向合作银行及网联申请开通对账文件的获取权限，并承担其自有系统与乙方平台之间专线的费用。
H:8. 数据安全与数据权属
P:8.1 甲方交易数据、商户信息、结算数据及账户信息（统称“甲方数据”）属于甲方。乙方应将甲方数据存储于中华人民共和国境内，采取加密存储、传输加密、访问控制和操作审计措施；服务系统已通过网络安全等级保护三级测评，并持有PCI DSS认证。
P:8.2 发生数据安全事件的，乙方应在一小时内通知甲方并配合处置及监管报告；因乙方原因导致数据泄露或损失的，乙方承担赔偿责任，包括甲方因此承担的监管罚款。
P:8.3 甲方同意，乙方有权对甲方数据进行脱敏和汇总处理后，将其用于乙方风险模型训练、行业分析报告及产品改进，该项权利在本合同终止后继续有效。
P:8.4 本合同终止后三十日内，乙方应按甲方要求完整返还甲方数据，并在甲方确认后删除。
H:9. 保密
P:9.1 双方对在合作中知悉的对方商业秘密、技术资料及商户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在本合同终止后五年内继续有效。
H:10. 知识产权
P:10.1 清结算云平台及其软件的知识产权归乙方所有。
P:10.2 为甲方定制的对账规则、清分规则、定制报表及相关配置文档归甲方所有，甲方可自行使用、修改或交由其他服务商使用。
H:11. 续期
P:11.1 本合同期满前六十日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。
P:11.2 续期时，乙方有权根据市场情况上调月服务费，上调幅度不超过上一期月服务费的10%，乙方应提前三十日书面通知甲方调整后的价格。
H:12. 违约与赔偿责任
P:12.1 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
P:12.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、乙方故意或重大过失造成的损失不受此限。
H:13. 分包
P:13.1 未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。乙方在响应文件中列明的云基础设施服务商视为已经甲方同意。
H:14. 合同解除
P:14.1 乙方严重违约，包括连续两个月月可用率低于99.5%、发生重大数据安全事件，或有其他违约行为经甲方书面通知后十五日内未纠正的，甲方有权解除本合同。
P:14.2 本合同解除或终止的，乙方应提供不少于九十日的迁移协助，确保甲方业务平稳切换。
H:15. 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁裁决是终局的。
H:16. 不可抗力
P:16.1 因地震、洪水、战争、政府行为等不可抗力导致一方不能履行本合同的，该方应在三日内通知对方，并在不可抗力影响范围内免除责任。公共云基础设施故障、网络攻击及乙方分包商原因造成的服务中断不属于不可抗力。
H:17. 其他
P:17.1 本合同附件包括：服务说明书、接口规范、服务水平考核办法、数据安全承诺书，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：瀚付支付有限公司　　　　乙方（盖章）：算界云科技有限公司
P:日期：2025年　月　日
"""

H55E02 = """
T:Supply, Licence and Support Agreement
P:Contract No. RKO-2025/CN-038
P:This Agreement is made between Renkoptik Ölçüm Sistemleri A.Ş., a joint stock company established under the laws of the Republic of Türkiye, with its registered address at İkitelli OSB, Atatürk Bulvarı No. 41, Başakşehir, İstanbul ("the Seller"), and Shaoxing Keqiao Huarun Dyeing and Finishing Co., Ltd., a company established under the laws of the People's Republic of China, with its registered address in Keqiao District, Shaoxing, Zhejiang Province ("the Buyer").
H:1. Subject of the Agreement
P:1.1 The Seller shall supply, install and commission eight (8) inline spectrophotometer systems for the Buyer's continuous dyeing and stenter lines, two (2) laboratory spectrophotometers, and the ColourMatch QC software, and shall integrate the systems with the Buyer's manufacturing execution system (MES), all as described in Annex 1 (Technical Specification).
P:1.2 The Seller shall train the Buyer's laboratory and production staff and shall provide warranty and technical support as set out in Clauses 6 to 8.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,180,000 (two million one hundred and eighty thousand Chinese Yuan), DAP Buyer's plant, Keqiao (Incoterms 2020), including import duties, VAT, installation, integration and training. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|InlineSpec 4 non-contact spectrophotometer head with controller|8|168,000|1,344,000
TB:2|Mounting frame and traversing unit|8|26,500|212,000
TB:3|LabSpec 600 benchtop spectrophotometer|2|94,000|188,000
TB:4|ColourMatch QC software, perpetual licence, ten (10) concurrent users|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||1,980,000
TB:5|Installation, calibration and MES integration|1|164,000|164,000
TB:6|Training (laboratory and production staff)|1|36,000|36,000
TB:|Contract Price|||2,180,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Terms of Payment
P:3.1 Twenty per cent (20 %) of the Contract Price, CNY 436,000, as advance payment within fifteen (15) days after signature, against the Seller's advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Sixty per cent (60 %), CNY 1,308,000, within thirty (30) days after delivery of all equipment to the Buyer's plant, against the commercial invoice, packing list and delivery note signed by the Buyer.
P:3.3 Twenty per cent (20 %), CNY 436,000, within thirty (30) days after the Final Acceptance Certificate is signed.
P:3.4 All payments shall be made by bank transfer in CNY to the account of the Seller stated in Annex 4.
H:4. Delivery and Delay
P:4.1 The Seller shall deliver all equipment within ninety (90) days after receipt of the advance payment and shall complete installation within thirty (30) days after delivery.
P:4.2 If the Seller fails to deliver or to complete installation within these periods for reasons attributable to it, the Seller shall pay a delay penalty of 0.25 % of the Contract Price for each full week of delay, up to a maximum of 5 % of the Contract Price.
P:4.3 Signature of the delivery note confirms only the number of packages received and their apparent condition.
H:5. Installation and Acceptance
P:5.1 When the equipment is mechanically installed and powered on, the parties sign an Installation Certificate. The Installation Certificate does not constitute acceptance of the equipment or the software.
P:5.2 Final Acceptance tests are carried out by the Seller in the presence of the Buyer. The tests are passed when: (a) the short-term repeatability of each inline head is 0.03 ΔE*ab or better (30 consecutive measurements on the white reference tile); (b) the inter-instrument agreement of each inline head with the laboratory master instrument is 0.20 ΔE CMC or better on the ceramic reference tiles; (c) measurement results of every running line are transmitted to the Buyer's MES at least every 2 seconds and appear correctly in the MES batch records; and (d) the systems run in production for thirty (30) days without a Severity 1 fault.
P:5.3 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate within seven (7) days. If a test is failed, the Seller shall correct the defect and repeat the test at its own cost.
H:6. Warranty
P:6.1 The Seller warrants that the equipment and the software are free from defects in design, materials and workmanship and conform to Annex 1 for a period of nine (9) months from the date of the Installation Certificate.
P:6.2 During the warranty period the Seller shall repair or replace defective parts and correct software errors free of charge, including travel costs of its engineers and spare parts.
P:6.3 The warranty does not cover damage caused by operation contrary to the user manual, chemical splashes beyond the protection class stated in Annex 1, or repairs by third parties not authorised by the Seller.
H:7. Technical Support
P:7.1 Faults reported by the Buyer are classified and handled as follows:
TB:Severity|Definition|Remote response|On-site attendance
TB:1|Colour measurement on a production line stopped or giving wrong results|2 hours|48 hours
TB:2|Function degraded, production continues|8 hours|5 working days
TB:3|Questions, minor issues, requests for changes|Next working day|As agreed
P:7.2 On-site attendance is provided by the Seller's authorised service partner in China named in Annex 3, with remote support from the Seller's service centre in Istanbul.
P:7.3 If the Seller fails to meet the response or attendance time for a Severity 1 fault, the Seller shall pay the Buyer CNY 1,500 for each hour of late remote response and CNY 3,000 for each day of late on-site attendance. The Buyer may deduct these amounts from any payment due to the Seller.
H:8. Support after the Warranty Period
P:8.1 After the warranty period the Seller shall offer an Annual Support Agreement covering spare parts, annual recalibration, software updates and the support levels in Clause 7.
P:8.2 The annual fee is nine per cent (9 %) of the Hardware and Licence Subtotal, i.e. CNY 178,200 per year, and is fixed for the first three (3) years after the end of the warranty period.
P:8.3 Each Annual Support Agreement is concluded by the Buyer's purchase order. It does not renew automatically.
H:9. Software Licence and Intellectual Property
P:9.1 The Seller grants the Buyer a perpetual, non-exclusive licence to use the ColourMatch QC software at the Buyer's plants for ten (10) concurrent users. All rights in the standard software remain with the Seller.
P:9.2 The MES integration adapter and the custom shade-sorting reports developed for the Buyer under this Agreement, with their source code, belong to the Buyer. The Buyer may use and modify them and have them modified by third parties.
H:10. Buyer Data and Security
P:10.1 Recipes, colour standards, customer shade data and measurement data ("Buyer Data") belong to the Buyer. The Seller shall use Buyer Data only to perform this Agreement.
P:10.2 The instruments are connected only to the Buyer's network. The Seller's remote access is possible only through the Buyer's VPN, enabled by the Buyer for each session, and all sessions are logged. The Seller shall not copy Buyer Data outside the Buyer's systems, except with the Buyer's written approval for a specific fault analysis, and shall delete such copies when the analysis is finished.
P:10.3 The Seller shall notify the Buyer within twenty-four (24) hours of any unauthorised access to Buyer Data of which it becomes aware and shall be liable for the damage caused by its breach of this Clause 10.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information received from the other party, in particular the Buyer's recipes and customer information, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five (5) years after the end of this Agreement.
H:12. Limitation of Liability
P:12.1 Neither party is liable for indirect damages, loss of profit or loss of production.
P:12.2 The total liability of the Seller under or in connection with this Agreement, including delay penalties and payments under Clause 7.3, shall not exceed fifty per cent (50 %) of the Contract Price.
H:13. Subcontracting
P:13.1 The service partner named in Annex 3 is approved by the Buyer by signing this Agreement. Any other subcontracting requires the Buyer's prior written consent. The Seller remains responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Seller commits a material breach and does not remedy it within thirty (30) days after written notice, or if the delay penalty reaches its maximum.
P:14.2 On termination under Clause 14.1 the Seller shall refund the payments received for equipment and services not accepted, and the advance payment guarantee may be called.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within seven (7) days. If force majeure lasts more than sixty (60) days, either party may terminate the Agreement.
H:16. Governing Law and Arbitration
P:16.1 This Agreement is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules. The language of the arbitration shall be English.
H:17. Final Provisions
P:17.1 This Agreement is made in English in two originals. Annexes: 1 Technical Specification; 2 Acceptance Test Procedure; 3 Authorised Service Partner; 4 Bank Details.
P:For the Seller: ____________________ Mehmet Yıldırım, General Manager        For the Buyer: ____________________
"""

H55E04 = """
T:Licence and Implementation Agreement - Collections Management and Digital Asset Management System
P:Agreement No. COL-CN-2025-07
P:Between Collectia NV, a company incorporated under Belgian law, with registered office at Kortrijksesteenweg 1090, 9051 Ghent, Belgium, enterprise number 0712.345.678 (hereinafter "Collectia"), and Zhoushan Donghai Maritime Museum, a public institution registered in Zhoushan, Zhejiang Province, People's Republic of China (hereinafter "the Museum"). Collectia and the Museum are each a "Party".
H:Article 1 - Object
P:1.1 Collectia grants the Museum a licence to the Collectia collections management and digital asset management system (the "Software") and the public online collection portal module, and carries out the implementation described in Annex 1, including configuration of the data model, migration of the Museum's existing records and images, custom development and training.
P:1.2 The Software is installed on servers provided by the Museum in its own data room. Collectia does not host any Museum data.
P:1.3 The migration covers approximately 86,000 object records, 240,000 images and 1,100 three-dimensional ship-model scans, as listed in Annex 2.
H:Article 2 - Price
P:2.1 The total price of this Agreement (the "Contract Price") is CNY 2,240,000, VAT included, composed as follows: (a) perpetual licence of the Software for forty (40) named users and unlimited objects: CNY 1,120,000; (b) perpetual licence of the online collection portal module: CNY 260,000; together, the licence fees of CNY 1,380,000 (the "Licence Fees"); (c) implementation, data model configuration and migration: CNY 518,000; (d) custom development - 3D ship-model viewer, IIIF image server configuration and interface with the Museum's exhibition booking system: CNY 296,000; (e) training of curators, registrars and IT staff: CNY 46,000.
P:2.2 The Contract Price is a fixed price. Travel and accommodation costs of Collectia's staff are included.
H:Article 3 - Payment
P:3.1 Fifteen per cent (15 %) of the Contract Price, CNY 336,000, is paid within twenty (20) days after signature of this Agreement.
P:3.2 Forty-five per cent (45 %), CNY 1,008,000, is paid after Go-Live, that is after the migrated system is put into production use for cataloguing.
P:3.3 Forty per cent (40 %), CNY 896,000, is paid within twenty (20) days after the Final Acceptance Certificate is signed.
P:3.4 Collectia issues an invoice for each instalment. Payments are made in CNY to the account of Collectia's Chinese subsidiary, Collectia (Shanghai) Software Co., Ltd., named in Annex 5.
H:Article 4 - Project Plan and Delay
P:4.1 Go-Live shall take place no later than one hundred and fifty (150) days after signature, and Final Acceptance testing shall start no later than sixty (60) days after Go-Live, as detailed in the project plan in Annex 3.
P:4.2 If Collectia fails to reach Go-Live or to make the system ready for Final Acceptance testing within these dates for reasons attributable to it, Collectia shall pay the Museum liquidated damages of 0.1 % of the Contract Price for each calendar day of delay, up to a maximum of 10 % of the Contract Price.
P:4.3 Each Party shall appoint a project manager. Collectia shall not replace its project manager without the Museum's consent, which shall not be unreasonably withheld.
H:Article 5 - Acceptance
P:5.1 Final Acceptance testing verifies that: (a) the number of migrated object records and images equals the source counts in Annex 2; (b) a sample of 1,000 migrated records, selected by the Museum, shows no critical field error; (c) the checksums of all migrated images match the source files; (d) the public portal displays an object page in less than three (3) seconds with 300 simultaneous visitors; (e) the functions in Annex 1 pass the test scripts in Annex 4; and (f) the system has run for twenty (20) working days after Go-Live without a Severity 1 incident.
P:5.2 When the criteria are met, the Museum signs the Final Acceptance Certificate within ten (10) working days. Go-Live, production use of the system and payment of the second instalment do not constitute acceptance.
P:5.3 If the criteria are not met, Collectia shall remedy the defects at its own cost and the tests shall be repeated.
H:Article 6 - Warranty
P:6.1 Collectia warrants that the Software and the custom developments conform to Annex 1 for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:6.2 During the Warranty Period Collectia corrects all defects free of charge and provides the support described in Article 7 and all new versions of the Software released during that period without additional charge.
H:Article 7 - Support
P:7.1 Support is provided around the clock, every day of the year, for Severity 1 incidents, and during Chinese business hours for other incidents, through Collectia's support centre in Ghent and its local support partner named in Annex 5.
P:7.2 Severity 1 (system unavailable, or data loss or corruption): response within one (1) hour and restoration or workaround within eight (8) hours. Severity 2 (an important function unavailable): response within three (3) hours and correction within three (3) working days. Severity 3 (other defects and questions): response within one (1) working day.
P:7.3 For each hour by which a Severity 1 response is late, Collectia pays the Museum CNY 1,000; for each day by which a Severity 1 restoration is late, CNY 3,000. The Museum may set off these amounts against any sum due to Collectia.
H:Article 8 - Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Museum may order annual maintenance, comprising the support in Article 7 and new versions of the Software.
P:8.2 The annual maintenance fee is eleven per cent (11 %) of the Licence Fees, i.e. CNY 151,800 per year. Collectia guarantees this fee for the first three (3) years after the Warranty Period.
P:8.3 Annual maintenance is ordered each year by a purchase order of the Museum and is not renewed automatically.
H:Article 9 - Museum Data
P:9.1 All collection records, images, scans, documentation, and personal data of donors, lenders and researchers held in the system ("Museum Data") belong to the Museum. Collectia uses Museum Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 Collectia's staff and its support partner access the system only through the Museum's VPN, opened by the Museum for each session, with individual accounts and logging of every session. Collectia shall not copy Museum Data outside the Museum's systems. Test migrations are carried out on the Museum's servers.
P:9.3 Collectia complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Collectia shall notify the Museum of any security incident affecting Museum Data within twenty-four (24) hours, shall assist the Museum in containing it, and is liable for the damage caused by its breach of this Article.
H:Article 10 - Confidentiality
P:10.1 Each Party keeps confidential the information of the other Party that is marked or evidently confidential, including unpublished collection information, security arrangements of the Museum, and Collectia's prices and technical documentation, and does not disclose it to third parties without prior written consent. This obligation lasts five (5) years after the end of this Agreement.
H:Article 11 - Intellectual Property
P:11.1 Collectia remains the owner of the Software. The licence granted to the Museum is perpetual, non-exclusive and non-transferable, except to a successor public institution of the Museum.
P:11.2 The custom developments of Article 2.1(d), the configuration of the data model, the migration scripts and the related documentation belong to the Museum. Collectia delivers their source code at Final Acceptance. The Museum may use, modify and license them freely, including to other museums and service providers.
H:Article 12 - Liability
P:12.1 Collectia's total liability under this Agreement is limited to one hundred and fifty per cent (150 %) of the Contract Price. This limit does not apply to breaches of Articles 9 and 10, to infringement of third-party rights, or to wilful misconduct or gross negligence.
P:12.2 Neither Party is liable for indirect damage, except in the cases excluded from the limit in Article 12.1.
H:Article 13 - Subcontracting
P:13.1 Collectia may use the local support partner named in Annex 5, which the Museum approves by signing this Agreement. Any other subcontracting requires the Museum's prior written consent. Collectia remains responsible for all work of its subcontractors.
H:Article 14 - Termination
P:14.1 The Museum may terminate this Agreement by registered letter if Collectia commits a material breach and does not remedy it within thirty (30) days after a written notice of default, or if the liquidated damages under Article 4.2 reach their maximum.
P:14.2 In case of termination under Article 14.1, Collectia refunds the sums paid for deliverables that have not been accepted, without prejudice to the Museum's right to damages.
H:Article 15 - Force Majeure
P:15.1 Neither Party is liable for non-performance caused by force majeure, provided that it informs the other Party without delay. If force majeure lasts more than three (3) months, either Party may terminate this Agreement.
H:Article 16 - Applicable Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Agreement that cannot be settled amicably within thirty (30) days shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan. The award is final and binding on both Parties.
H:Article 17 - Final Provisions
P:17.1 This Agreement is drawn up in English and Chinese; in case of divergence, the Chinese version prevails. Annexes: 1 Functional Scope; 2 Migration Inventory; 3 Project Plan; 4 Test Scripts; 5 Local Partner and Bank Details.
P:Done at Zhoushan on ____________ 2025, in two originals.
P:For Collectia NV: ____________________ Pieter Van den Broeck, Managing Director        For the Museum: ____________________ Director
"""

SOURCES = {"h55z01": H55Z01, "h55z03": H55Z03, "h55e02": H55E02, "h55e04": H55E04}
TARGETS = {"h55z01": ("h55z01_eco_env_dept_discharge_permit_platform.docx", "docx"),
           "h55z03": ("h55z03_payment_institution_clearing_settlement_saas.pdf", "pdf"),
           "h55e02": ("h55e02_dyehouse_inline_spectrophotometers_turkish_vendor.docx", "docx"),
           "h55e04": ("h55e04_maritime_museum_collections_licence_belgian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
