"""Builds the .docx and .pdf contracts of holdout66 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). The .md and .txt contracts of this folder
are plain files and are not built here. Run with /work/main/.venv/bin/python make_files.py."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H66Z01 = """
T:西陵省工程建设项目审批管理系统升级改造项目系统集成合同
P:合同编号：XLZJ-ZFCG-2025-0417
P:采购方式：公开招标（采购项目编号：XLCG-2025-GK-0298）
P:甲方（采购人）：西陵省住房和城乡建设厅
P:乙方（供应商）：西陵数智城建科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据上述项目的招标文件、乙方的投标文件及中标通知书，甲乙双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责西陵省工程建设项目审批管理系统的升级改造，包括：审批管理平台软件许可；并联审批、联合验收、“多测合一”等定制模块开发；服务器及存储设备供货；商用密码应用改造；历史审批数据迁移及与省政务服务平台、投资项目在线审批监管平台、电子证照库的接口对接；以及系统实施和培训。
P:1.2 系统部署于西陵省政务云，覆盖省、市、县三级住房和城乡建设主管部门及相关审批部门。详细功能和技术要求以招标文件第五章及乙方投标文件的技术响应为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾万元整（¥3,200,000.00），含税，为固定总价，包括乙方完成本合同全部工作的一切费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|审批管理平台软件许可（永久，不限用户数）|1套|860,000
TB:2|定制模块开发（并联审批、联合验收、多测合一）|1项|1,240,000
TB:3|应用服务器|6台|408,000
TB:4|分布式存储|1套|228,000
TB:5|商用密码应用改造|1项|158,000
TB:6|历史数据迁移及接口对接|1项|214,000
TB:7|实施及培训|1项|92,000
TB:合计|||3,200,000
P:2.2 上表第1、3、4项合计人民币1,496,000元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款，即人民币800,000元。
P:3.2 系统初步验收合格后十个工作日内，甲方支付合同总价的40%，即人民币1,280,000元。
P:3.3 系统最终验收合格后十个工作日内，甲方支付合同总价的35%，即人民币1,120,000元。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方应在每期付款前开具合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、部署和数据迁移，具备初步验收条件。
P:4.2 硬件设备应于合同签订后四十五日内运抵甲方指定的政务云机房，由乙方负责上架、安装和调试。设备签收仅表示数量和外观清点，不代表质量验收。
P:4.3 乙方应组建不少于十人的项目实施团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。乙方应每周向甲方提交项目进度报告。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后书面申请，甲方组织验收。验收标准包括：（一）招标文件所列功能逐项测试通过；（二）第三方软件测评机构出具的功能和性能测试报告合格，其中在500个并发用户下审批办理页面响应时间不超过2秒；（三）历史审批数据迁移经抽样核对无差错，电子证照调用正常；（四）通过网络安全等级保护第三级测评和商用密码应用安全性评估。
P:5.2 初步验收合格后进入三个月试运行。试运行期间累计一级故障不超过一次、与各接口平台的数据交换连续正常的，乙方可申请最终验收。最终验收由甲方组织专家依据上述标准和试运行报告进行，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及技术支持。
P:6.2 质保期内系统月度可用率不低于99.95%（经甲方批准的计划内维护除外）。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|系统整体不可用，或审批业务无法办理|15分钟|2小时|6小时
TB:二级|部分功能或接口异常，影响部分地区办理|30分钟|8小时|1个工作日
TB:三级|一般问题或咨询|2小时|按需|5个工作日
P:6.4 乙方未达到上述响应、到场或恢复时间的，每超时一小时扣减人民币1,500元；月度可用率低于承诺值的，每低0.02个百分点扣减人民币1,500元。扣减款项从履约保证金或应付款项中扣除。
P:6.5 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过人民币119,680元），服务内容与质保期相同，三年内不上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 本合同项下定制开发的模块、接口程序、数据迁移脚本及其源代码和技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交。甲方有权自行或委托第三方修改、使用和再开发。
P:7.2 审批管理平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用交付成果不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 系统中的审批业务数据、电子证照数据、企业和个人信息等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护要求，落实访问控制、操作审计、加密传输和存储等安全措施；乙方人员访问生产环境须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外的任何介质或环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应立即采取处置措施，并在一小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十条 分包
P:10.1 乙方不得转包本合同。未经甲方书面同意，乙方不得将本合同的任何部分分包给第三方；经甲方同意分包的，乙方仍对分包部分承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方交付成果不符合合同约定且经两次整改仍不合格的，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（一）严重违反本合同约定，经甲方书面催告后十五日内未改正；（二）逾期超过六十日；（三）违反第八条造成重大数据安全事件；（四）验收经两次整改仍不合格。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：西陵省住房和城乡建设厅　　乙方（盖章）：西陵数智城建科技有限公司
P:签订日期：2025年　月　日
"""

H66Z04 = """
T:青溪县小型水库安全监测系统运维服务合同
P:项目编号：QXSL-CS-2025-012（竞争性磋商）
P:甲方（采购人）：青溪县水利局
P:乙方（供应商）：江岭水利信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就青溪县小型水库安全监测系统运维服务事宜订立本合同。
H:1. 服务范围与期限
P:1.1 乙方负责青溪县12座小型水库雨水情测报和大坝安全监测设施（雨量计、水位计、渗压计、GNSS表面位移监测站、视频监控点、遥测终端RTU、太阳能供电系统）及县级监测预警平台的运行维护。设施清单见附件一。
P:1.2 服务内容包括：定期巡检维护、设备故障维修及备品备件更换、平台软件运行维护及数据整编、汛期值守、运维台账及报告编制，以及服务开始时对全部设施进行一次全面排查并建立设备台账（以下称“初始排查”）。
P:1.3 服务期限为二年，自2025年7月1日起至2027年6月30日止。
P:1.4 乙方应按照《土石坝安全监测技术规范》（SL 551）、《水文自动测报系统技术规范》（SL 61）、磋商文件服务需求及本合同约定提供服务。
H:2. 服务费用
P:2.1 合同总价为人民币柒拾贰万元整（¥720,000.00），包括：（1）设备巡检维护费，每座水库每年14,500元，12座每年174,000元；（2）平台运维及数据整编费，每年68,000元；（3）汛期值守费，每年57,600元；（4）备品备件包干费，每年46,800元；（5）初始排查及台账建立费27,200元（一次性）。以上第（1）至（4）项每年合计346,400元，二年合计692,800元。
P:2.2 合同总价为包干价，已包含人工、交通、食宿、备品备件、通信流量、税费等全部费用，服务期内不因人工、材料价格变化而调整。
P:2.3 服务期内甲方新增或减少运维水库的，按每座水库每年14,500元的单价据实增减，并签订补充协议。
H:3. 支付方式
P:3.1 甲方不支付预付款。
P:3.2 年度运维费按季度支付。每季度结束后，甲方按第5条进行季度考核，考核合格后十五个工作日内支付当季运维费86,600元；考核扣款从当季运维费中扣除。
P:3.3 初始排查及台账建立费在排查报告经甲方验收合格后一次性支付。
P:3.4 本项目资金为财政资金，甲方按国库集中支付程序办理付款。乙方应在每次付款前开具发票。
H:4. 服务要求
P:4.1 巡检：非汛期每月一次、汛期（每年5月1日至9月30日）每半月一次，对每座水库的监测设施进行巡检，核对监测数据，清理传感器和雨量筒，检查供电、防雷和通信，形成巡检记录并经水库管理员签字确认。
P:4.2 故障分级及处置时限：一级故障指大坝安全监测数据中断、雨水情数据中断或监测预警平台不能运行，乙方应在接到报告后8小时内响应，并在接报后36小时内修复；二级故障指单个测点数据异常或单个视频点中断，乙方应在1个工作日内响应，3个工作日内修复。
P:4.3 乙方超过上述时限的，每次扣减运维费500元；同一故障超过修复时限三日以上的，每超过一日另扣减1,000元。
P:4.4 汛期值守：主汛期内，乙方应安排专人在县防汛指挥部值班；县防汛指挥部发布暴雨预警后，乙方应增派人员驻点重点水库，确保监测预警信息及时上报。
P:4.5 数据整编：乙方每季度对监测数据进行整编分析，发现渗压、位移等数据异常的，应立即报告甲方，并在年度报告中提出处理建议。
P:4.6 备品备件：乙方应在县城设立备品备件库，常用传感器、RTU、蓄电池及太阳能板的储备数量不少于附件二的要求。更换下的旧件应登记后交回甲方，不得擅自处置。非因乙方原因（如雷击、人为破坏）损坏的设备，乙方应先行修复，费用由双方另行确认。
P:4.7 平台运维：乙方每日检查监测预警平台的运行、数据入库和预警短信发送情况，及时处理缺测和通信中断；每季度与甲方核对各水库的预警阈值，阈值调整须经甲方书面确认。
P:4.8 运维报告：乙方应于每月5日前提交上月运维月报，每季度结束后10日内提交季度报告，每年1月底前提交年度运维报告。报告应包括巡检情况、故障及处理、数据到报情况、设备更换记录和下阶段工作计划。
H:5. 考核与验收
P:5.1 季度考核由甲方组织，考核内容包括巡检记录的完整性、故障处置的及时性、数据整编质量、台账更新情况和汛期值守到岗情况。考核采用百分制，80分及以上为合格；低于80分的，每低1分扣减当季运维费1,000元。
P:5.2 初始排查验收：乙方应在服务开始后三十日内提交初始排查报告和设备台账，报告应逐座列明设施状态、故障清单及整改建议。甲方组织现场核查，核查一致后出具验收意见。
P:5.3 服务期满时，甲方依据八个季度的考核结果、运维台账和资料移交情况组织终期验收。
H:6. 甲方义务
P:6.1 甲方应向乙方提供监测设施的竣工资料、设备说明书和平台运维账号，并协调各水库管理员配合乙方工作。
P:6.2 甲方应按合同约定及时组织考核、验收和支付费用。
H:7. 成果及资料
P:7.1 监测数据、巡检记录、运维台账、排查报告、数据整编报告及乙方在服务期间形成的全部资料归甲方所有。乙方不得将上述数据和资料用于本合同以外的任何用途。
P:7.2 服务期满或合同解除时，乙方应将全部资料、平台账号和密码移交甲方。
H:8. 保密
P:8.1 乙方对在履行合同过程中知悉的水库工程资料、防汛调度方案等甲方工作信息负有保密义务，未经甲方书面同意不得对外披露。
P:8.2 保密义务不因合同终止而解除。
H:9. 人员与作业安全
P:9.1 乙方应配备项目负责人1名、专职运维人员不少于4名，人员名单报甲方备案，更换须经甲方同意。
P:9.2 乙方人员上坝、涉水和登高作业时，应遵守水利工程安全作业规程，配备救生衣、安全带等防护用品；雷雨、大风天气不得进行登高作业。乙方对其人员在服务期间的人身安全负责。
H:10. 分包
P:10.1 乙方不得转包或分包本合同项下的服务。
H:11. 违约责任
P:11.1 乙方未按第5.2条期限提交初始排查报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方未履行运维义务导致监测预警失效、给甲方造成损失的，乙方应承担赔偿责任。
P:11.3 因乙方人员操作不当损坏监测设施的，乙方应负责修复或按原价赔偿。
H:12. 合同解除
P:12.1 乙方连续两个季度考核不合格，或因乙方原因汛期监测预警中断超过三日，或乙方有其他严重违约行为经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同，并按实际服务时间结算费用。
H:13. 不可抗力
P:13.1 因洪水、地震等不可抗力导致设施损毁或服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务。不可抗力期间的考核由双方协商处理。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。
H:15. 其他
P:15.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同期满即终止，不自动续期，后续服务由甲方依法重新采购。
P:15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青溪县水利局　　乙方（盖章）：江岭水利信息技术有限公司
P:签订日期：2025年　月　日
"""

H66E01 = """
T:AGREEMENT FOR THE SUPPLY OF DAM SAFETY MONITORING SCADA SOFTWARE AND SUPPORT SERVICES
P:Agreement No.: HDI/INT/2082-83/014
P:THIS AGREEMENT is made on this ____ day of ____________ 2025 (____________ 2082 B.S.) BETWEEN Yunhe Hydropower Development Co., Ltd., a company incorporated in the People's Republic of China, of No. 318 Dianchi Road, Kunming, Yunnan, acting for its Dudhkoshi Valley Hydropower Station (hereinafter the "Purchaser") of the ONE PART; AND Himalayan Dam Instrumentation Pvt. Ltd., registered with the Office of the Company Registrar, Nepal under No. 148523/072/073, of Baluwatar-4, Kathmandu (hereinafter the "Supplier") of the OTHER PART.
P:WHEREAS the Purchaser invited proposals for a dam safety monitoring SCADA system for the dam and reservoir of its Dudhkoshi Valley Hydropower Station (the "Site") and the Supplier has submitted its proposal dated 14 Shrawan 2082, NOW THEREFORE the Parties hereby agree as follows:
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's DamWatch SCADA software, version 5, with all updates supplied under this Agreement.
P:1.2 "Custom Works" means the instrument integration, the dashboards, the alarm logic and the report generator developed by the Supplier specifically for the Purchaser under Article 2.1 (b) and (c).
P:1.3 "Installation Certificate" means the certificate issued by the Purchaser's Engineer when the system has been installed and energised at the Site. It records completion of installation only and is not acceptance.
P:1.4 "Operational Acceptance" means acceptance of the complete system under Article 6.
P:1.5 "Purchaser Data" means all instrument readings, alarms, logs and reports produced by or stored in the system.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall: (a) grant the licence to the Software; (b) integrate the dam instrumentation, namely ninety-six (96) vibrating-wire piezometers, fourteen (14) in-place inclinometers, six (6) GNSS displacement stations, four (4) seepage measuring weirs and the reservoir level gauges, through the existing data loggers; (c) develop dam-safety dashboards, threshold and alarm logic, SMS alarm notification and a monthly instrumentation report generator in accordance with Annex A; and (d) install and commission the system and train the Purchaser's staff.
P:2.2 The Purchaser provides the servers and workstations specified in Annex B.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,980,000 (Chinese Yuan One Million Nine Hundred Eighty Thousand only), made up as follows: (a) DamWatch SCADA Software licence, perpetual site licence for one server pair, two operator workstations and a historian of up to five thousand (5,000) tags: CNY 1,180,000; (b) instrument integration: CNY 420,000; (c) Custom Works for dashboards, alarm logic and report generator: CNY 236,000; (d) installation, commissioning and training: CNY 144,000.
P:3.2 The Contract Price is fixed, includes all taxes payable in Nepal and is payable in Chinese Yuan (CNY).
H:Article 4 Terms of Payment
P:4.1 An advance payment of ten per cent (10%) of the Contract Price, being CNY 198,000, shall be paid within thirty (30) days of signing this Agreement against an unconditional bank guarantee of the same amount issued by a commercial bank acceptable to the Purchaser, valid until the Installation Certificate.
P:4.2 Fifty per cent (50%) of the Contract Price, being CNY 990,000, shall be paid upon issue of the Installation Certificate.
P:4.3 Forty per cent (40%) of the Contract Price, being CNY 792,000, shall be paid upon issue of the Operational Acceptance Certificate.
P:4.4 Payments shall be made within thirty (30) days of a correct invoice.
H:Article 5 Time for Completion
P:5.1 The Supplier shall achieve the Installation Certificate within one hundred and twenty (120) days from the date of this Agreement and shall be ready for the Operational Acceptance tests within thirty (30) days thereafter.
H:Article 6 Testing and Operational Acceptance
P:6.1 A factory acceptance test of the Custom Works shall be witnessed by the Purchaser in Kathmandu before installation.
P:6.2 The site tests shall demonstrate that: (a) every instrument channel is polled at its configured interval and its readings agree with the manual readout unit within the instrument tolerance; (b) an alarm is annunciated at the control room and by SMS within five (5) seconds of a threshold being exceeded; (c) the historian stores one-minute data without any gap over a continuous seventy-two (72) hour test; (d) the standby server takes over within sixty (60) seconds of a failure of the duty server; and (e) the reports listed in Annex A are generated correctly.
P:6.3 After successful site tests the system shall be operated for a trial period of thirty (30) days. The trial period is successful if no Critical fault occurs and all other faults are corrected within the times in Article 7.3.
P:6.4 The Purchaser's Engineer shall issue the Operational Acceptance Certificate within fourteen (14) days after a successful trial period, or list in writing the defects to be corrected before re-testing. Neither the use of the system for monitoring during the trial period nor any payment shall constitute Operational Acceptance.
H:Article 7 Defects Liability and Support
P:7.1 The Defects Liability Period is twenty-four (24) months from the date of the Operational Acceptance Certificate. During this period the Supplier shall, free of charge, remedy all defects, supply all new releases of the Software and provide remote support.
P:7.2 Faults are classified as Critical (loss of monitoring of any group of dam-safety instruments, or loss of the alarm function), Major (loss of individual channels, reports or a workstation) and Minor (all other faults and queries).
P:7.3 For a Critical fault the Supplier shall respond within one (1) hour of notification, restore monitoring by repair or workaround within eight (8) hours, and send an engineer to the Site within seventy-two (72) hours where remote restoration is not possible. For a Major fault the Supplier shall respond within six (6) hours and restore within three (3) days. Minor faults shall be answered on the next working day.
P:7.4 For each hour by which the Supplier exceeds the response or restoration time for a Critical fault, the Supplier shall pay the Purchaser CNY 1,000, and for a Major fault CNY 300 per day, which the Purchaser may deduct from any amount due to the Supplier or invoice to the Supplier.
P:7.5 After the Defects Liability Period, the Supplier shall provide annual support of the same scope at an Annual Support Fee of eleven per cent (11%) of the Software licence price in Article 3.1 (a), that is CNY 129,800 per year, fixed for the first three (3) years. Any later change shall be agreed in writing and shall not exceed three per cent (3%) per year. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Supplier grants the Purchaser a perpetual, non-exclusive, irrevocable licence to use the Software at the Site.
P:8.2 The Custom Works, including source code and documentation, become the property of the Purchaser upon delivery. The Purchaser may use, modify and license them and give them to its maintenance contractors without further payment.
H:Article 9 Data and Security
P:9.1 Purchaser Data belongs to the Purchaser. The Supplier shall use Purchaser Data only to perform this Agreement and shall not disclose it to any third party.
P:9.2 The system shall be installed on the Purchaser's isolated plant network. Remote access by the Supplier shall be made only through the Purchaser's VPN with two-factor authentication, approved by the station manager for each session and logged. The Supplier shall not copy Purchaser Data outside the Site.
P:9.3 The Supplier shall notify the Purchaser of any security incident affecting the system or Purchaser Data within twelve (12) hours, take immediate containment measures and be liable for all losses of the Purchaser caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each Party shall keep confidential all drawings, design reports and other information received from the other Party under this Agreement and shall not disclose them to any third party without the other Party's prior written consent. This obligation shall survive for five (5) years after the termination of this Agreement.
H:Article 11 Liquidated Damages
P:11.1 If the Supplier fails to achieve the Installation Certificate or to be ready for the Operational Acceptance tests within the times stated in Article 5.1, the Supplier shall pay the Purchaser liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
P:11.2 If the Purchaser fails to pay any amount when due, the Supplier shall be entitled to interest at the rate of 0.02% per day on the overdue amount.
H:Article 12 Limitation of Liability
P:12.1 Neither Party shall be liable for indirect or consequential loss or loss of revenue, except in case of fraud or gross negligence.
P:12.2 The aggregate liability of the Supplier under this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to death or personal injury, fraud, gross negligence or a breach of Article 9 or Article 10.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the supply or services without the prior written consent of the Purchaser and remains responsible for any subcontractor.
H:Article 14 Termination for Default
P:14.1 The Purchaser may terminate this Agreement by written notice if the Supplier fails to perform any material obligation and does not remedy the failure within thirty (30) days after notice, or if the maximum liquidated damages under Article 11.1 have been reached.
H:Article 15 Force Majeure
P:15.1 Neither Party shall be liable for delay caused by force majeure, including earthquakes, floods, landslides, glacial lake outburst floods and bandhs, provided that it notifies the other Party within seven (7) days.
H:Article 16 Governing Law and Settlement of Disputes
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of Nepal.
P:16.2 Any dispute not settled amicably within thirty (30) days shall be referred to arbitration under the Arbitration Act, 2055 (1999) of Nepal, before three arbitrators, seated in Kathmandu and administered by the Nepal Council of Arbitration (NEPCA), in English.
H:Article 17 Miscellaneous
P:17.1 This Agreement with Annex A (Functional Specification), Annex B (Hardware Specification) and Annex C (Test Procedures) is the entire agreement of the Parties. Amendments shall be in writing and signed by both Parties.
P:IN WITNESS WHEREOF the Parties have signed this Agreement on the date first written above.
P:For the Purchaser: ____________________ Name and title: ____________________
P:For the Supplier: ____________________ Name and title: ____________________  Witness: ____________________
"""

H66E03 = """
T:CONTRACT No. TIA-2025/37 FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF DYE-HOUSE PROCESS SENSORS
P:Ulaanbaatar / Hohhot, ____ ____________ 2025
P:Tengri Industrial Automation LLC, a limited liability company registered in Mongolia under State Registration No. 6198527, with its address at Chinggis Avenue 24, Khan-Uul District, Ulaanbaatar, Mongolia, represented by its Executive Director Mr. Batbayar Gantulga (hereinafter the "Seller"), and Hohhot Snowpeak Cashmere Mill Co., Ltd., a company registered in the People's Republic of China, with its address at No. 12 Jinqiao Road, Jinqiao Development Zone, Hohhot, Inner Mongolia, represented by its General Manager Mr. Wang Lijun (hereinafter the "Buyer"), together the "Parties", have concluded this Contract on the following terms.
H:1. General Provisions
P:1.1 The purpose of this Contract is to equip the Buyer's dye-house with on-line process sensors and a monitoring system, so that dye-bath conditions, water and steam consumption and effluent volumes of the Buyer's twenty-four (24) dyeing machines are measured, recorded and supervised.
P:1.2 The Seller performs its obligations in China through its service office in Hohhot, staffed with at least two qualified service engineers.
P:1.3 The Annexes to this Contract are: Annex 1 Technical Specification; Annex 2 Site Layout and Cable Routes; Annex 3 Acceptance Test Programme.
H:2. Subject of the Contract
P:2.1 The Seller shall supply, install, calibrate and commission the equipment and software listed in Table 1, integrate it with the controllers of the Buyer's dyeing machines, train the Buyer's staff and perform the warranty service under this Contract.
P:2.2 All equipment shall be new, of the makes and models stated in Annex 1, and suitable for dye-bath temperatures up to 135 °C.
H:3. Contract Price
P:3.1 The prices are stated in Table 1 in Chinese Yuan (CNY), delivered duty paid (DDP) at the Buyer's mill in Hohhot, including Mongolian export formalities, Chinese import duties and value added tax.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Dye-bath pH sensor with transmitter|24|6,800|163,200
TB:2|Temperature and level sensor set|48|2,350|112,800
TB:3|Conductivity sensor (salt and liquor control)|24|4,900|117,600
TB:4|Electromagnetic flow meter (water, steam condensate, effluent)|18|9,600|172,800
TB:5|Industrial IoT edge gateway|8|14,500|116,000
TB:6|Monitoring server with monitoring software licence (perpetual)|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||868,400
TB:7|Integration with dyeing machine controllers (custom)|1|74,000|74,000
TB:8|Installation, cabling and calibration|1|61,200|61,200
TB:9|Training (operators, maintenance staff)|1|14,400|14,400
TB:|Total Contract Price|||1,018,000
P:3.2 The Total Contract Price is CNY 1,018,000 (one million eighteen thousand Chinese Yuan). It is fixed for the duration of the Contract and shall not be changed except by a written amendment signed by both Parties.
H:4. Payment Terms
P:4.1 The Buyer shall pay twenty per cent (20%) of the Total Contract Price, CNY 203,600, as an advance within fifteen (15) days after receiving the Seller's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay fifty-five per cent (55%), CNY 559,900, within fifteen (15) days after all equipment has been delivered and the Installation Certificate has been signed. The Installation Certificate confirms delivery and installation only and does not mean acceptance of the system.
P:4.3 The Buyer shall pay the remaining twenty-five per cent (25%), CNY 254,500, within fifteen (15) days after the Final Acceptance Certificate has been signed.
P:4.4 Payments are made by bank transfer in CNY to the Seller's account stated in the invoice.
H:5. Delivery and Installation
P:5.1 The Seller shall deliver all equipment to the Buyer's mill within seventy-five (75) days after the Contract is signed and complete installation, cabling and integration within thirty (30) days after delivery.
H:6. Acceptance
P:6.1 Final acceptance tests shall be carried out in accordance with Annex 3 and shall show that: (a) each pH sensor reads within ±0.1 pH of the reference buffer solutions; (b) each temperature sensor reads within ±0.5 °C of a calibrated reference thermometer; (c) each flow meter has been verified by the Inner Mongolia Institute of Metrology and Testing; (d) data from all twenty-four dyeing machines are displayed on the monitoring system with a refresh time not longer than two (2) seconds, and alarms for pH, temperature and dosing deviations reach the dye-house supervisor; and (e) the system has operated for twenty-one (21) consecutive days without a Critical fault.
P:6.2 When all tests are passed, the Parties shall sign the Final Acceptance Certificate within five (5) working days. If any test fails, the Buyer shall state the failed items in writing and the Seller shall correct them and repeat the tests at its own cost.
P:6.3 Neither installation, nor use of the system in production, nor any payment shall be deemed acceptance.
H:7. Warranty
P:7.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Seller shall repair or replace free of charge any equipment or software that is defective or does not meet Annex 1, including parts, labour and travel, and shall perform two on-site calibrations per year.
P:7.2 Faults are classified and handled as stated in Table 2.
TB:Category|Description|Response (telephone or remote)|Engineer on site|Restoration
TB:Critical|Monitoring lost on three or more dyeing machines, or loss of the effluent flow record|30 minutes|8 hours|12 hours
TB:Major|Monitoring lost on one or two dyeing machines, or a sensor failure|2 hours|next working day|2 working days
TB:Minor|Questions, reports and minor issues|1 working day|as needed|5 working days
P:7.3 If the Seller does not meet the times in Table 2, it shall pay the Buyer CNY 600 for each hour of delay for a Critical fault and CNY 200 for each hour of delay for a Major fault. The Buyer may deduct these amounts from any payment due to the Seller.
H:8. Rights and Obligations of the Parties
P:8.1 The Seller shall perform the work with qualified personnel who observe the Buyer's safety rules and deliver manuals, calibration certificates and as-built drawings in Chinese and English.
P:8.2 The Buyer shall give the Seller's personnel access to the dye-house, provide power, network connections and the controller documentation, and pay the Contract Price as agreed.
H:9. Maintenance after the Warranty
P:9.1 After the warranty period the Buyer may order maintenance service for the third, fourth and fifth years after Final Acceptance. The service includes two calibrations per year, repair of faults within the times of Table 2, replacement parts (except pH electrolyte and buffer solutions) and software updates.
P:9.2 The annual maintenance fee is nine and a half per cent (9.5%) of the Hardware and Licence Subtotal, that is CNY 82,498 per year, and shall not be increased during these three years. Maintenance is ordered by a written order for each year; it does not renew automatically.
H:10. Intellectual Property
P:10.1 The monitoring software remains the property of the Seller or its licensor. The Buyer receives a perpetual, non-exclusive licence to use it at its mill.
P:10.2 The integration programs and configurations developed for the Buyer's dyeing machine controllers under item 7 of Table 1, including source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely and may engage other companies to maintain them.
H:11. Process Data and Security
P:11.1 All process data collected by the system, including dyeing recipes, temperature curves, chemical dosing records and effluent volumes, belong to the Buyer. The Seller may use them only to perform this Contract.
P:11.2 The monitoring server is installed at the Buyer's mill. The Seller may access the system remotely only through the Buyer's VPN after approval by the Buyer's IT department for each session, using personal accounts. The Seller shall not copy process data outside the Buyer's systems.
P:11.3 The Seller shall notify the Buyer within twelve (12) hours of any security incident affecting the system or the process data, shall help to contain it and shall compensate the Buyer for all losses caused by the Seller's breach of this clause.
H:12. Confidentiality
P:12.1 The Seller shall keep confidential the Buyer's dyeing recipes, colour formulas, production plans and other business information obtained under this Contract and shall not disclose them to any third party without the Buyer's written consent. This obligation continues for five (5) years after the end of the Contract.
H:13. Liability of the Parties
P:13.1 If the Seller delays delivery, installation or readiness for the acceptance tests, it shall pay the Buyer a penalty of 0.08% of the Total Contract Price for each day of delay, but not more than 8% of the Total Contract Price.
P:13.2 If the Buyer delays a payment, it shall pay the Seller 0.03% of the overdue amount for each day of delay.
P:13.3 Neither Party is liable for indirect losses or lost profits.
H:14. Subcontracting
P:14.1 The Seller shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Seller materially breaches it and does not remedy the breach within twenty (20) days after written notice, or if the delay under clause 13.1 exceeds forty-five (45) days.
P:15.2 In case of termination under clause 15.1 the Seller shall return the amounts paid for the items not accepted, and the Buyer may claim its losses.
H:16. Force Majeure
P:16.1 A Party is released from liability for non-performance caused by force majeure, such as natural disasters, severe winter storms (dzud) or border closures, if it informs the other Party in writing within five (5) days.
H:17. Governing Law and Dispute Resolution
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall first be settled by negotiation. If the Parties cannot agree within thirty (30) days, the dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot in accordance with its rules. The award is final and binding on both Parties.
H:18. Final Provisions
P:18.1 This Contract enters into force on signature by both Parties. It is made in English and Chinese in four copies, two for each Party; both texts have equal force.
P:18.2 Any change or addition to this Contract is valid only if made in writing and signed by both Parties.
P:Seller: Tengri Industrial Automation LLC ____________________ Batbayar Gantulga, Executive Director
P:Buyer: Hohhot Snowpeak Cashmere Mill Co., Ltd. ____________________ Wang Lijun, General Manager
"""

SOURCES = {"h66z01": H66Z01, "h66z04": H66Z04, "h66e01": H66E01, "h66e03": H66E03}
TARGETS = {"h66z01": ("h66z01_housing_dept_approval_system_integration.docx", "docx"),
           "h66z04": ("h66z04_county_water_bureau_reservoir_monitoring_om.pdf", "pdf"),
           "h66e01": ("h66e01_hydropower_dam_monitoring_scada_nepal_vendor.pdf", "pdf"),
           "h66e03": ("h66e03_cashmere_mill_dyehouse_sensors_mongolia.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
