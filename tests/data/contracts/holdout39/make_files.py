"""Builds the .docx and .pdf contracts of holdout39 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts are kept as written.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H39Z01 = """
T:贵州省烟草专卖局（公司）专卖监管平台系统集成项目合同
P:合同编号：GZYC-ZM-2025-017
P:甲方（采购人）：贵州省烟草专卖局（公司）
P:乙方（供应商）：黔云数智科技股份有限公司
P:根据甲方“专卖监管平台系统集成项目”公开招标结果（招标编号：GZYC-ZB-2025-009）及乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖省局及九个市（州）局的专卖监管平台，内容包括：专卖监管平台软件许可、应用服务器及分布式存储、移动执法终端的供货，案件办理模块、许可证审批接口、物流追溯对接程序的定制开发，以及系统集成实施和培训。
P:1.2 项目建设地点为甲方指定的省局数据中心及各市（州）局。乙方应在合同生效后一百五十日内完成部署并具备初验条件。
P:1.3 详细技术要求以招标文件第五章及乙方投标文件为准，投标文件中优于招标文件的承诺同样构成乙方的合同义务。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰柒拾柒万元整（¥4,770,000.00），为含税全包价，包括设备、软件、定制开发、运输、安装、调试、培训、质保期内服务及税费，甲方不再支付其他费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|专卖监管平台软件许可（省级+9个市州节点，永久许可）|1套|1,260,000|1,260,000
TB:2|应用服务器|8台|96,000|768,000
TB:3|分布式存储（裸容量600TB）|1套|386,000|386,000
TB:4|移动执法终端（含执法记录仪模块）|300台|4,200|1,260,000
TB:5|定制开发（案件办理、许可证审批接口、物流追溯对接）|1项|842,000|842,000
TB:6|系统集成实施|1项|216,000|216,000
TB:7|培训|1项|38,000|38,000
TB:合计||||4,770,000
P:2.2 上表第1至4项为软硬件小计，计人民币叁佰陆拾柒万肆仟元（¥3,674,000）。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后十个工作日内，甲方支付合同总价的百分之二十作为预付款，计人民币954,000元。
P:3.2 全部设备到货、平台部署完成并通过初验后，甲方支付合同总价的百分之四十五，计人民币2,146,500元。
P:3.3 系统最终验收合格后，甲方支付合同总价的百分之三十五，计人民币1,669,500元。
P:3.4 乙方应在合同签订后七日内向甲方提交合同总价百分之五的履约保函，有效期至最终验收后三十日。乙方每次请款应提供等额合法的增值税发票。
H:第四条 交付
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方指定地点，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:4.2 乙方应派驻项目经理及不少于六名实施人员常驻现场，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：平台部署及定制开发完成后，乙方提交初验申请，甲方按招标文件技术要求及双方确认的测试方案组织测试，内容包括：功能逐项测试；与许可证管理系统、卷烟物流追溯系统的接口联调；500个并发用户下常用查询响应时间不超过2秒；移动执法终端离线取证及数据同步；第三方网络安全等级保护三级测评。
P:5.2 试运行：初验合格后进入为期九十日的试运行。试运行期间未发生一级故障且累计二级故障不超过三次的，乙方方可申请最终验收。
P:5.3 最终验收：甲方组织专家核查试运行记录、全部交付文档（含源代码、设计文档、运维手册）及问题整改闭环情况，合格后签署最终验收报告。设备到货、上线运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级和补丁服务。
P:6.2 服务水平：平台月可用率不低于99.98%（计划内维护除外，计划内维护须提前三个工作日经甲方书面同意）。故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或案件办理、许可证审批业务中断|30分钟|2小时|8小时
TB:二级|部分功能异常或单个市州节点不可用|1小时|8小时|24小时
TB:三级|个别终端或非核心功能问题|8小时|2个工作日|5个工作日
P:6.3 乙方未达到上述要求的，一级故障每超时1小时扣减人民币1,500元，二级故障每超时1小时扣减人民币500元；平台月可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减金额从应付款或履约保函中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供维保服务，年维保费不超过软硬件小计的百分之八（即每年不超过人民币293,920元），质保期满后三年内不得上调，具体以双方另行签订的维保合同为准，维保合同不自动续期。
H:第七条 知识产权
P:7.1 专卖监管平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，供甲方在本省烟草专卖系统内部使用。
P:7.2 本合同项下定制开发的案件办理模块、接口程序、物流追溯对接程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。乙方应在最终验收前交付全部源代码。
P:7.3 乙方保证交付物不侵犯任何第三方的合法权利，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的零售户信息、案件信息、执法记录、物流数据等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他目的。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护三级要求。实施人员须经甲方审查并签署保密承诺，运维操作一律通过甲方堡垒机进行并全程审计，不得擅自远程接入。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
P:8.4 合同终止或质保期满后，乙方应交还并彻底删除其掌握的甲方数据，并出具书面确认。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、商业秘密、网络结构及专卖执法信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期具备初验条件的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的百分之十；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的货物或系统不符合合同约定的，乙方应负责更换或修复，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目，不得将本项目的任何部分分包。移动执法终端的配送和安装如需委托第三方，须事先取得甲方书面同意，乙方对第三方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交贵阳仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:14.2 附件：1.技术规格及功能清单；2.测试及验收方案；3.实施计划；4.人员名单。
P:甲方（盖章）：贵州省烟草专卖局（公司）　　乙方（盖章）：黔云数智科技股份有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
"""

H39Z03 = """
T:期货风险监控云服务订阅合同
P:合同编号：SGQH-IT-2025-052
P:甲方：申港期货有限公司
P:住所：上海市浦东新区世纪大道1589号
P:乙方：上海衡算信息科技有限公司
P:住所：上海市徐汇区漕河泾开发区宜山路700号
P:甲方拟订阅乙方的“衡算风控云”期货风险监控服务，用于客户保证金、持仓风险的实时监控和预警。双方经协商一致，订立本合同。
H:1. 服务内容
P:1.1 乙方通过其部署在境内的金融行业云向甲方提供“衡算风控云”服务（以下简称“服务”），包括：实时风险度计算、穿仓及强平预警、异常交易监测、大户持仓报告、压力测试和监管报表辅助生成。
P:1.2 乙方负责将服务与甲方的期货交易柜台系统、结算系统和短信平台对接，并按甲方需求配置风控指标、预警规则和报表模板（以下简称“实施对接”）。
P:1.3 服务期为三十六个月，自上线验收通过之日起计算。
P:1.4 服务期内，乙方应免费提供服务的版本升级，包括根据中国证监会、中国期货业协会及各期货交易所规则变化所需的指标和报表调整。升级不得降低甲方已使用的功能，重大升级应提前十个工作日通知甲方并在测试环境中验证。
P:1.5 乙方为甲方提供不少于20个并发用户账号，并提供风控人员操作培训两次、系统管理员培训一次。
H:2. 费用与支付
P:2.1 订阅费为每年人民币486,000元，服务期内合计人民币1,458,000元；实施对接费为人民币96,000元，一次性支付。本合同总金额为人民币壹佰伍拾伍万肆仟元整（¥1,554,000.00）。
P:2.2 订阅费按季度支付，每季度人民币121,500元，甲方在每季度结束后十五个工作日内凭乙方发票支付。实施对接费在上线验收通过后十个工作日内支付。
P:2.3 甲方无需预付任何款项。
H:3. 实施与上线验收
P:3.1 乙方应在合同生效后六十日内完成实施对接，具备上线验收条件。甲方应指定项目联系人，提供接口文档、测试环境和必要的测试数据，并及时确认风控指标和预警规则的配置需求。
P:3.2 上线验收标准：（1）与交易柜台系统、结算系统的数据对接完整，连续十个交易日的客户权益、保证金和持仓数据与甲方结算数据逐笔核对一致；（2）风险度及强平预警计算结果与甲方风控部门复核一致；（3）盘中预警推送延迟不超过3秒；（4）甲方要求的各项报表按模板正确生成。
P:3.3 满足上述标准后，双方签署上线验收单。服务开通、甲方试用或支付任何款项，均不视为上线验收通过。
P:3.4 因乙方原因未能在约定期限内具备上线验收条件的，每逾期一日，乙方向甲方支付违约金人民币1,200元。
H:4. 服务水平
P:4.1 乙方承诺服务在交易日的交易时段（含夜盘）及结算时段的月度可用率不低于99.8%。计划内维护应安排在非交易时段，并提前三个工作日通知甲方。
P:4.2 故障分级及响应：一级故障（盘中风险计算中断、预警无法推送）15分钟内响应，1小时内恢复或启用应急方案；二级故障（部分指标或报表异常）1小时内响应，当日内解决；三级故障（一般咨询及非紧急问题）次一工作日内响应。
P:4.3 乙方应于每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障清单、处理过程、原因分析及改进措施。
P:4.4 月度可用率低于99.8%的，乙方按当月订阅费的百分之五减免服务费；低于99.5%的，减免百分之十；低于99%的，减免百分之二十。一级故障未按时响应或恢复的，每次另行减免当月订阅费的百分之三。减免金额在下一期应付款中扣除。
H:5. 数据安全与数据归属
P:5.1 甲方上传至服务的客户资料、资金、持仓、成交数据及由此计算产生的风控结果，均归甲方所有。乙方仅可为向甲方提供本服务而处理上述数据，不得将其用于模型训练、产品开发或向其他客户提供服务，不得向任何第三方提供。
P:5.2 乙方应确保服务所在云平台通过网络安全等级保护三级测评，为甲方提供独立的数据库实例，数据传输和存储均加密，数据存放于中国境内，运维人员访问须经双人授权并留存审计日志。
P:5.3 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及期货行业信息技术管理的有关规定，配合甲方接受监管机构的检查，并每年向甲方提供一次第三方安全评估或渗透测试报告。
P:5.4 发生数据泄露、篡改、丢失或服务中断等安全事件的，乙方应在1小时内通知甲方并采取处置措施；因乙方原因造成的，乙方承担由此给甲方造成的损失。
P:5.5 合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后彻底删除，出具删除证明。
H:6. 保密
P:6.1 双方对履行本合同过程中知悉的对方商业秘密及客户信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规或监管机构另有要求的除外。本条在合同终止后继续有效。
P:6.2 乙方应与接触甲方数据的全部员工签订保密协议，并对其进行信息安全和保密培训；员工离职时应及时注销其全部访问权限。
H:7. 知识产权
P:7.1 “衡算风控云”软件及其升级版本的知识产权归乙方所有。
P:7.2 根据甲方需求配置或开发的风控指标、预警规则、报表模板及相关文档归甲方所有，甲方可自由使用、修改，并可提供给其他服务商使用。
P:7.3 乙方保证甲方使用服务不侵犯任何第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担由此产生的全部费用和赔偿。
H:8. 分包
P:8.1 乙方使用的云基础设施服务商已在附件二中列明并经甲方认可。除此以外，乙方将本合同项下任何工作委托第三方的，须事先取得甲方书面同意。
H:9. 责任限制
P:9.1 任何一方均不对对方的间接损失、利润损失承担责任。
P:9.2 乙方在本合同项下的累计赔偿责任，以索赔事件发生前十二个月内甲方已支付的订阅费总额为限。
H:10. 续期
P:10.1 服务期满前六十日内任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。
P:10.2 续期时，乙方有权根据其届时的标准价格调整订阅费，并在服务期满前三十日书面通知甲方，调整后的订阅费自续期之日起适用。
H:11. 合同解除
P:11.1 一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
P:11.2 连续三个月月度可用率低于99.5%的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务期间的费用。
P:11.3 合同终止或期满不续约的，乙方应在三十日内配合甲方完成数据迁移和服务切换，在切换完成前按原条件继续提供服务。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。
H:13. 其他
P:13.1 因地震、台风、战争、疫情等不可抗力导致无法履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，双方按不可抗力的影响程度部分或全部免除责任。但乙方应按其灾备方案在同城或异地灾备环境中尽快恢复服务。
P:13.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:13.3 附件：一、服务说明及功能清单；二、云基础设施服务商及数据中心信息；三、上线验收方案。
P:甲方（盖章）：申港期货有限公司　　乙方（盖章）：上海衡算信息科技有限公司
"""

H39E02 = """
T:PURCHASE AND LICENCE AGREEMENT FOR PARTICLE MONITORING SYSTEM
P:Agreement No. KSI-SH-2025-0093
P:This Purchase and Licence Agreement (this "Agreement") is entered into by and between Xinchen Microelectronics (Wuxi) Co., Ltd., having its registered office at No. 8 Xinhua Road, Xinwu District, Wuxi, Jiangsu, China ("Buyer"), and Kosei Instruments (Shanghai) Co., Ltd., a wholly-owned subsidiary of Kosei Instruments Co., Ltd. of Hachioji, Tokyo, having its registered office at Room 1203, 2299 Yan'an West Road, Shanghai, China ("Seller").
P:Buyer and Seller hereby agree as follows with respect to the supply of particle counters and the licence of facility monitoring software for Buyer's 12-inch wafer fab (Fab 2).
H:Article 1 (Purpose)
P:Seller shall sell and deliver to Buyer the equipment described in Annex 1 (the "Equipment"), grant to Buyer a licence to the KOSEI FMS facility monitoring software (the "Software"), and perform installation, calibration, qualification and training (collectively, the "Services"), and Buyer shall pay the Contract Price therefor, in accordance with this Agreement.
H:Article 2 (Contract Price)
P:2.1 The total price under this Agreement (the "Contract Price") is CNY 4,202,000 (Renminbi four million two hundred and two thousand), inclusive of 13% VAT, packing, transportation to the Fab 2 site (DDP), insurance, import duties and all Services, broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Airborne particle counter KP-110 (0.1 um, 28.3 L/min)|24|86,000|2,064,000
TB:2|Remote particle sensor KR-300 (0.3 um)|60|18,500|1,110,000
TB:3|Liquid particle counter KL-50 (UPW and chemicals)|2|236,000|472,000
TB:4|KOSEI FMS software licence, perpetual, 100 points|1|388,000|388,000
TB:5|Installation, calibration, IQ/OQ|1 lot|146,000|146,000
TB:6|Training|1 lot|22,000|22,000
TB:|Total|||4,202,000
P:2.2 Items 1 through 4 above are referred to as the "Equipment and Software Price" (CNY 4,034,000).
H:Article 3 (Payment)
P:3.1 Buyer shall pay the Contract Price as follows: (a) twenty percent (20%) of the Contract Price, i.e. CNY 840,400, within thirty (30) days after execution of this Agreement and Buyer's receipt of an advance payment bank guarantee of equal amount; (b) forty-five percent (45%), i.e. CNY 1,890,900, within thirty (30) days after delivery and installation of all Equipment, as evidenced by an installation report signed by both parties; and (c) thirty-five percent (35%), i.e. CNY 1,470,700, within thirty (30) days after Final Acceptance.
P:3.2 The installation report under Article 3.1(b) confirms installation only and shall not constitute acceptance of the Equipment or the Software.
H:Article 4 (Delivery and Delay)
P:4.1 Seller shall deliver all Equipment to the Fab 2 site within ninety (90) days after execution of this Agreement and complete installation within thirty (30) days after delivery, in accordance with the schedule in Annex 2.
P:4.2 If Seller fails to deliver the Equipment or complete installation by the dates in Annex 2 for reasons attributable to Seller, Seller shall pay to Buyer liquidated damages at the rate of zero point zero three percent (0.03%) of the Contract Price for each day of delay, provided that the total amount of such liquidated damages shall not exceed five percent (5%) of the Contract Price.
H:Article 5 (Acceptance)
P:5.1 After installation, Seller shall carry out the site acceptance test in accordance with the test procedure in Annex 3 in the presence of Buyer's facility engineers. The test shall verify: (a) calibration of every particle counter in accordance with ISO 21501-4, with calibration certificates traceable to national standards; (b) zero count of each counter within the specification in Annex 3; (c) correct transmission of data from all 84 measuring points to the Software and to Buyer's facility management system; (d) alarm generation and notification for each point; and (e) IQ and OQ documentation approved by Buyer's quality department.
P:5.2 Upon passing the site acceptance test, the system shall be operated for thirty (30) consecutive days. If no failure attributable to Seller occurs during such period, Buyer shall issue a Final Acceptance certificate. Use of the Equipment in production before Final Acceptance shall not be deemed acceptance.
P:5.3 If any test fails, Seller shall promptly remedy the cause at its own cost and the relevant test shall be repeated.
H:Article 6 (Warranty)
P:6.1 Seller warrants that the Equipment and the Software conform to the specifications in Annex 1 and are free from defects in design, material and workmanship for a period of twenty-four (24) months from the date of Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period, Seller shall repair or replace defective Equipment and correct defects in the Software free of charge, and shall perform one annual recalibration of each counter on site free of charge. Where a counter must be returned for repair, Seller shall provide a loaner unit.
H:Article 7 (Support Service)
P:7.1 During the Warranty Period, Seller shall respond to faults reported by Buyer in accordance with the following table:
TB:Severity|Definition|Response|On-site arrival|Loaner or repair
TB:A|Monitoring of a cleanroom zone or UPW line lost|1 hour|8 hours|24 hours
TB:B|Single counter or sensor failed|2 hours|next business day|3 business days
TB:C|Other inquiries|next business day|as agreed|as agreed
P:7.2 If Seller fails to meet the on-site arrival time for a Severity A fault, Seller shall pay to Buyer CNY 2,000 for each hour of delay; for a Severity B fault, CNY 500 for each day of delay. Such amounts may be deducted from any payment due to Seller.
P:7.3 After expiry of the Warranty Period, Seller shall, upon Buyer's request, provide an annual support service including one recalibration per counter, software updates and the services in Article 7.1. The annual fee shall be nine point five percent (9.5%) of the Equipment and Software Price, i.e. CNY 383,230 per year, and shall not be increased during the three (3) years following the Warranty Period. The support service shall be ordered by Buyer year by year and shall not renew automatically.
H:Article 8 (Intellectual Property)
P:8.1 All intellectual property rights in the Equipment, its embedded software and the Software remain with Seller or its parent company. Seller grants Buyer a non-exclusive, perpetual and non-transferable licence to use the Software at the Fab 2 site and any replacement site of Buyer.
P:8.2 Report templates, alarm configurations and the interface adapter between the Software and Buyer's facility management system developed by Seller for Buyer under this Agreement, including their source code, shall belong to Buyer, and Buyer may freely use, modify and license them.
H:Article 9 (Buyer's Data)
P:9.1 All measurement data, alarm records, tool identifiers and layout information of Fab 2 collected or processed by the Equipment and the Software ("Buyer's Data") belong to Buyer. Seller shall use Buyer's Data only for the performance of this Agreement.
P:9.2 Seller's engineers shall work in the fab only under escort, follow Buyer's cleanroom and information security rules, and shall not bring in or take out any storage media without Buyer's approval. Remote access to the Software shall be made only through the channel designated by Buyer after Buyer's approval for each session, and shall be logged.
P:9.3 In case of any leakage, loss or unauthorised access to Buyer's Data, Seller shall notify Buyer within twelve (12) hours, take all necessary measures, and be liable for damage caused to Buyer by Seller's breach of this Article 9.
H:Article 10 (Confidentiality)
P:Each party shall keep in strict confidence any technical or business information of the other party obtained in connection with this Agreement, including Buyer's process and yield information, and shall not disclose it to any third party without the prior written consent of the other party. This obligation shall survive for five (5) years after the termination of this Agreement.
H:Article 11 (Limitation of Liability)
P:11.1 Neither party shall be liable for any indirect, special or consequential damages, including loss of production or loss of profit.
P:11.2 The aggregate liability of Seller arising out of or in connection with this Agreement, including liquidated damages, shall not exceed fifty percent (50%) of the Contract Price, except in the case of wilful misconduct, gross negligence, personal injury or breach of Article 9.
H:Article 12 (Subcontracting)
P:Seller shall not subcontract any part of the Services without the prior written consent of Buyer. Seller shall be responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 13 (Termination)
P:13.1 Buyer may terminate this Agreement by written notice if Seller commits a material breach and fails to cure it within thirty (30) days after receipt of written notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:13.2 Upon such termination, Seller shall refund the amounts paid for Equipment or Services not accepted and compensate Buyer for damage, subject to Article 11.
H:Article 14 (Force Majeure)
P:Neither party shall be liable for failure or delay in performance caused by earthquake, typhoon, war, epidemic or other events beyond its reasonable control, provided that the affected party notifies the other party promptly and uses its best efforts to mitigate the effect.
H:Article 15 (Governing Law and Arbitration)
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall first be settled through sincere consultation between the parties. If not settled within thirty (30) days, the dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in effect. The arbitral award shall be final and binding upon both parties.
H:Article 16 (Miscellaneous)
P:16.1 This Agreement is made in English and Chinese, and both versions have equal effect. Any matter not provided for herein shall be settled by mutual consultation in good faith.
P:16.2 Annex 1: Specifications; Annex 2: Delivery and installation schedule; Annex 3: Site acceptance test procedure.
P:IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorised representatives.
P:Buyer: Xinchen Microelectronics (Wuxi) Co., Ltd.   By: ______________   Date: ______________
P:Seller: Kosei Instruments (Shanghai) Co., Ltd.   By: ______________   Date: ______________
"""

H39E05 = """
T:MAPLEGRID DATA INC. - ADDRESS VERIFICATION API SUBSCRIPTION AGREEMENT
P:Agreement No. MG-APAC-2025-0219
P:This Subscription Agreement (the "Agreement") is made between Maplegrid Data Inc., a corporation incorporated under the laws of Ontario, Canada, with offices at 250 Front Street West, Suite 1400, Toronto, Ontario M5V 3G5 ("Maplegrid"), and Hangzhou Yunshang E-commerce Co., Ltd., with offices at 1 Xixi Road, Xihu District, Hangzhou, Zhejiang, China ("Customer"). Maplegrid and Customer are each a "Party".
H:Section 1. Definitions
P:1.1 "API" means Maplegrid's address verification, standardisation and geocoding application programming interface, including the China Address Module, as described in the documentation at the Maplegrid developer portal.
P:1.2 "Customer Data" means all address strings, recipient names, telephone numbers, order references and other data submitted by or for Customer to the API, and all results returned to Customer.
P:1.3 "Lookup" means one API call that returns a verification result for one address.
P:1.4 "Start Date" means 1 September 2025.
H:Section 2. Subscription
P:2.1 Subject to this Agreement, Maplegrid grants Customer a non-exclusive, non-transferable right during the Term to access and use the API to verify, correct and geocode delivery addresses for Customer's own e-commerce orders in the People's Republic of China.
P:2.2 Customer's plan is "Commerce Plus", which includes 6,000,000 Lookups per Contract Year. A "Contract Year" is each twelve-month period beginning on the Start Date or an anniversary of it.
P:2.3 Customer shall not resell the API, use it to build a competing address database, or exceed the rate limit of 400 requests per second without Maplegrid's agreement.
H:Section 3. Term
P:3.1 The Term begins on the Start Date and continues for twenty-four (24) months.
P:3.2 This Agreement does not renew automatically. Any renewal shall be agreed by the Parties in a new written order.
H:Section 4. Fees and Payment
P:4.1 Customer shall pay: (a) a subscription fee of CNY 312,000 per Contract Year, that is CNY 624,000 for the Term; and (b) a one-time Integration Support fee of CNY 36,000. The total fees under this Agreement are CNY 660,000.
P:4.2 Lookups in excess of the annual allowance are charged at CNY 48 per 1,000 Lookups and invoiced quarterly as incurred.
P:4.3 The subscription fee is invoiced quarterly in arrears in eight equal instalments of CNY 78,000. The Integration Support fee is invoiced after Integration Acceptance under Section 5. No fees are payable in advance.
P:4.4 Invoices are due net 30 days. All fees are in Chinese Renminbi and inclusive of applicable VAT; Maplegrid invoices through its authorized distributor in Shanghai.
H:Section 5. Integration Support and Acceptance
P:5.1 Maplegrid will provide up to 25 days of integration support to help Customer connect the API to Customer's order management and warehouse systems, including field mappings, error handling and a batch-cleansing job for Customer's existing address book.
P:5.2 Integration Acceptance occurs when (a) a test set of 5,000 historical addresses chosen by Customer has been processed, and the standardised results and match codes have been reviewed and approved by Customer's logistics team against the criteria in Exhibit A; (b) the API has handled a load test of 400 requests per second for 30 minutes with a median latency below 300 milliseconds; and (c) Customer has confirmed in writing that the order management integration works in its staging environment. Issuing production API keys or Customer's use of the API in production does not by itself constitute Integration Acceptance.
P:5.3 If production API keys are not provisioned by the Start Date for reasons attributable to Maplegrid, Maplegrid will reduce the fees by CNY 600 for each day of delay.
H:Section 6. Service Levels and Support
P:6.1 Maplegrid will use commercially reasonable efforts to make the API available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance on the status page.
P:6.2 Support is available by e-mail and ticket 24 hours a day. Maplegrid will respond to Priority 1 tickets (API unavailable or returning errors for all requests) within one (1) hour, to Priority 2 tickets within eight (8) business hours, and to other tickets within two (2) business days.
P:6.3 The Commerce Plus plan does not include service credits. Maplegrid's sole obligation for any failure to meet Section 6.1 or 6.2 is to use commercially reasonable efforts to restore the API and to report the root cause of a Priority 1 incident within five (5) business days.
H:Section 7. Customer Data
P:7.1 As between the Parties, Customer owns Customer Data.
P:7.2 Customer grants Maplegrid a non-exclusive licence to process Customer Data to provide the API to Customer. In addition, Customer agrees that Maplegrid may retain address strings, corrections and geocodes derived from Customer Data, after removal of recipient names, telephone numbers and order references, and use them during and after the Term to maintain and improve Maplegrid's reference address database and its products for all customers.
P:7.3 Maplegrid will not sell Customer Data or use recipient names or telephone numbers for any purpose other than providing the API to Customer.
H:Section 8. Security
P:8.1 Maplegrid maintains a SOC 2 Type II report and an information security program with administrative, physical and technical safeguards appropriate to the nature of Customer Data, including encryption in transit and at rest, role-based access control and logging of administrative access.
P:8.2 Customer Data submitted through the China Address Module is processed in Maplegrid's data centre hosted in mainland China and is not transferred outside mainland China. Maplegrid will comply with the Personal Information Protection Law of the PRC as it applies to its processing.
P:8.3 Maplegrid will notify Customer without undue delay, and in any event within forty-eight (48) hours, after becoming aware of a security incident affecting Customer Data, will cooperate with Customer's investigation, and will be responsible for the damages and costs Customer incurs as a result of a security incident caused by Maplegrid's failure to comply with this Section 8.
H:Section 9. Intellectual Property
P:9.1 Maplegrid owns the API, the reference database, the documentation and all improvements to them.
P:9.2 The field mappings, scripts and integration code written by Maplegrid specifically for Customer during Integration Support belong to Customer, and Customer may use, modify and license them without restriction.
H:Section 10. Confidentiality
P:Each Party will protect the other Party's confidential information with at least the care it uses for its own, use it only for this Agreement, and not disclose it to third parties except to its employees and contractors who need to know it and are bound by written confidentiality obligations. These obligations last for three (3) years after the Term, and for trade secrets for as long as they remain trade secrets.
H:Section 11. Subprocessors
P:Maplegrid uses the subprocessors listed in Exhibit B, which Customer approves by signing this Agreement. Maplegrid shall not engage any new subprocessor or subcontractor for the API or Integration Support without Customer's prior written consent.
H:Section 12. Limitation of Liability
P:12.1 Neither Party will be liable for any indirect, incidental, special or consequential damages or lost profits.
P:12.2 Each Party's total liability under this Agreement will not exceed two times (2x) the total fees payable under this Agreement. This limit does not apply to Customer's payment obligations, to breach of Section 8 or Section 10, or to a Party's indemnity obligations.
H:Section 13. Termination
P:13.1 Either Party may terminate this Agreement on written notice if the other Party materially breaches it and does not cure the breach within thirty (30) days of receiving notice of it.
P:13.2 Customer may also terminate this Agreement on written notice if monthly availability falls below 99.5% in three consecutive months.
P:13.3 On termination, Customer will pay fees accrued up to the termination date, and Maplegrid will delete Customer Data within thirty (30) days, except for the data it may retain under Section 7.2.
H:Section 14. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules in effect at the time of applying for arbitration. The arbitration shall be conducted in English, and the award shall be final and binding on both Parties.
H:Section 15. General
P:15.1 Neither Party may assign this Agreement without the other Party's written consent, except to a successor to its whole business.
P:15.2 This Agreement, including Exhibit A (Acceptance Criteria) and Exhibit B (Subprocessors), is the entire agreement between the Parties concerning its subject matter. Amendments must be in writing and signed by both Parties.
P:Signed for Maplegrid Data Inc.: ______________________   Name / Title / Date
P:Signed for Hangzhou Yunshang E-commerce Co., Ltd.: ______________________   Name / Title / Date
"""

SOURCES = {"h39z01": H39Z01, "h39z03": H39Z03, "h39e02": H39E02, "h39e05": H39E05}
TARGETS = {"h39z01": ("h39z01_tobacco_bureau_monopoly_supervision_platform.docx", "docx"),
           "h39z03": ("h39z03_futures_risk_monitoring_saas_subscription.pdf", "pdf"),
           "h39e02": ("h39e02_semiconductor_fab_particle_counters_licence_jp_vendor.docx", "docx"),
           "h39e05": ("h39e05_ecommerce_address_verification_api_ca_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
