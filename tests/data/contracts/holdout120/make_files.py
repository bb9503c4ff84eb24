"""Builds the .docx and .pdf contracts of holdout120 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; the .txt/.md contracts are plain files in this folder.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H120Z01 = """
T:清源市供水管网漏损监测平台建设项目系统集成合同
P:合同编号：QYSW-CG-2025-0173
P:项目编号：QYZB-2025-GK-063（公开招标）
P:甲方（采购人）：清源市水务集团有限公司
P:乙方（中标人）：杭州汇流智联科技有限公司
P:根据《中华人民共和国招标投标法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就供水管网漏损监测平台建设项目的系统集成事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 定义
P:1.1 “本系统”指乙方按本合同交付并集成的供水管网漏损监测平台，包括平台软件、前端监测设备、服务器及存储、接口程序及相关文档。
P:1.2 “DMA分区”指甲方按管网拓扑划分的独立计量区域；“夜间最小流量”指凌晨2时至5时之间的最小瞬时流量。
P:1.3 “终验”指本合同第六条所述的最终验收。
H:第二条 合同标的与价格
P:2.1 乙方负责漏损监测平台软件的供货与部署、前端监测设备的供货与安装、与甲方现有SCADA系统、GIS系统、营业收费系统及工单系统的接口开发与集成，以及人员培训。供货清单及分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|漏损监测与分析平台软件（永久许可，含DMA计量、夜间最小流量分析、漏损预警模块）|1套|680,000|680,000
TB:2|远传压力监测终端|260台|3,850|1,001,000
TB:3|插入式电磁流量计（DN200–DN600，含远传模块）|48台|12,600|604,800
TB:4|智能噪声记录仪|420台|1,480|621,600
TB:5|应用服务器、数据库服务器及存储|1套|286,000|286,000
TB:|软硬件小计|||3,193,400
TB:6|系统集成及接口开发（SCADA、GIS、营收、工单）|1项|438,000|438,000
TB:7|安装调试（含井室施工配合）|1项|327,600|327,600
TB:8|操作及运维培训|1项|36,000|36,000
TB:|合同总价|||3,995,000
P:2.2 合同总价为人民币叁佰玖拾玖万伍仟元整（¥3,995,000.00），含税，包括设备、软件、运输、保险、安装、集成、培训、质保期内服务等全部费用。除甲方书面确认的变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥799,000。
P:3.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的40%，即¥1,598,000。到货签收及安装完成仅表明数量与外观核对无误，不构成对本系统的验收。
P:3.3 本系统终验合格后，甲方支付合同总价的35%，即¥1,398,250。
P:3.4 合同总价的5%即¥199,750作为质量保证金，于质保期满且乙方无未履行的质保义务后无息支付。
P:3.5 乙方应在每笔付款前开具合规的增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后90日内完成全部设备的供货与安装，在合同生效后150日内完成平台部署与接口集成并具备初验条件。
P:4.2 设备安装点位以甲方提供的管网点位图为准，乙方负责现场勘察，如需调整点位应经甲方书面确认。
P:4.3 乙方应派驻不少于三名专职实施人员，项目经理未经甲方同意不得更换。
H:第五条 服务水平
P:5.1 质保期内平台年度可用率不低于99.95%。计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:5.2 故障分级及响应要求见下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或全部监测数据中断|30分钟|2小时|6小时
TB:二级|单个DMA分区数据中断，或预警功能失效|1小时|8小时|2个工作日
TB:三级|单台终端故障或一般功能缺陷|2小时|3个工作日|5个工作日
P:5.3 乙方响应或恢复超过上表时限的，每超过1小时，甲方可从质量保证金中扣减¥2,000；年度可用率每低于约定值0.01个百分点，扣减¥3,000。扣减不影响甲方要求乙方继续履行的权利。
H:第六条 验收
P:6.1 初验：平台部署和接口集成完成后，乙方提交测试报告，甲方组织初验。初验合格后进入为期90日的试运行。
P:6.2 终验标准：（1）全部终端在线率不低于98%，数据上传完整率不低于98%；（2）DMA分区水量平衡计算误差不大于2%；（3）噪声记录仪对甲方设置的模拟漏点检出率不低于90%；（4）漏损预警自数据到达至推送不超过60秒；（5）与SCADA、GIS、营收、工单系统的接口连续稳定运行且数据核对一致；（6）文档及源代码交付齐全。
P:6.3 试运行期满且上述标准全部满足的，甲方出具终验报告。设备到货、安装、平台上线或甲方使用任何部分，均不视为验收合格。终验不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第七条 质量保证与维保
P:7.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件升级、故障修复、设备维修或更换及每季度一次现场巡检。
P:7.2 质保期满后，如甲方续购维保服务，年度维保费不超过软硬件小计的8%，即每年不超过¥255,472，且质保期满后前两年不上调；此后如需调整，由双方书面协商确定，涨幅每年不超过3%。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、分析报表、配置文件及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
H:第九条 数据安全
P:9.1 本系统采集、产生的管网压力、流量、噪声数据及用户用水数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程维护须经甲方审批并通过甲方堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:乙方对履行合同中获知的管网布局、设施位置、调度方案及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备初验条件的，每逾期一日按合同总价的0.1%向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:11.3 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方由此造成的损失。
H:第十二条 分包
P:乙方不得转包本项目。井室土建配合等非主体工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已收款项、赔偿损失。
H:第十四条 不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，任何一方可解除合同。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方执四份，乙方执两份，具有同等法律效力。
P:16.2 本合同自双方签字盖章之日起生效。
P:甲方（盖章）：清源市水务集团有限公司    乙方（盖章）：杭州汇流智联科技有限公司
P:签订日期：2025年  月  日
"""

H120Z04 = """
T:鹤川市公共资源交易中心电子交易系统运维服务合同
P:项目名称：鹤川市公共资源交易中心电子交易系统2025—2026年度运维服务
P:项目编号：HCZC-2025-CS-018（竞争性磋商）
P:合同编号：HCGGZY-YW-2025-07
P:甲方（采购人）：鹤川市公共资源交易中心
P:乙方（成交供应商）：南京数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。
H:第一条 服务范围
P:1. 运维对象：电子招投标交易平台、不见面开标大厅系统、远程异地评标系统、评标专家抽取系统、CA数字证书互认接口、交易数据统计分析子系统，以及其所依托的服务器、数据库、中间件和安全设备。
P:2. 服务内容：日常巡检与监控、故障处理、数据库维护与备份、安全运维（漏洞扫描、补丁管理、渗透测试、等保测评配合）、系统小版本升级及政策调整引起的功能适配、开评标重要时段现场保障。
P:3. 乙方在甲方交易大厅派驻三名专职运维工程师，工作日8:00至18:00驻场，其余时段电话值守，开标日提前一小时到岗。
P:4. 乙方每日开市前完成一次系统巡检，每日进行增量备份、每周进行全量备份，每季度开展一次备份恢复演练和一次应急演练，并形成书面记录。
P:5. 乙方应建立运维工单制度，所有故障、变更和服务请求均须在甲方运维管理平台登记，形成闭环记录。
H:第二条 服务期限
P:服务期一年，自2025年7月1日起至2026年6月30日止。服务期满，本合同自然终止，不自动续期，甲方依法重新组织采购。服务期内，如交易系统因上级部门统一部署进行整合迁移，乙方应配合完成迁移期间的运维保障，不另行收费。
H:第三条 合同价款及支付
P:1. 合同总价为人民币壹佰壹拾肆万肆仟元整（¥1,144,000），其中驻场运维费504,000元、应用及数据库运维费286,000元、安全运维费198,000元、升级适配费156,000元（不超过60人日）。
P:2. 合同价款按季度支付，每季度286,000元。每季度结束后，甲方依据第七条进行季度考核，考核合格且收到发票后十个工作日内支付当季费用；考核扣款在当季费用中扣除。
P:3. 本合同不设预付款。
P:4. 乙方应在每季度结束后五个工作日内提交季度服务报告及当季工作量清单，作为考核和付款的依据。
H:第四条 服务质量要求
P:1. 电子交易系统月度可用率不低于99.99%，计划停机须安排在非交易日并提前两个工作日报甲方批准。
P:2. 故障分为三级：一级故障指开标、评标或专家抽取过程中断，或平台整体无法访问；二级故障指单个子系统不可用，但不影响正在进行的开评标活动；三级故障指一般功能缺陷。
P:3. 一级故障须在10分钟内响应，30分钟内恢复或启用应急预案；二级故障须在30分钟内响应，2小时内恢复；三级故障须在1个工作日内处理完毕。
P:4. 乙方每超过响应或恢复时限10分钟，扣减当季服务费1,000元；因乙方原因导致开标延期的，每次扣减当季服务费的5%。
P:5. 乙方应于每月5日前提交上月运维月报，内容包括可用率统计、故障清单、变更记录和安全事件情况。
H:第五条 数据安全
P:1. 平台中的交易数据、投标文件、评标记录、专家信息及市场主体信息均属甲方所有。乙方仅可为履行本合同接触上述数据，不得下载、复制、留存或向任何第三方提供。
P:2. 乙方运维人员须实名登记，经甲方审批后通过甲方堡垒机进行操作，全部操作录像留存不少于六个月；禁止使用个人终端接入生产网络。
P:3. 乙方应落实网络安全等级保护第三级要求，在投标截止前及开标期间暂停一切非紧急变更。
P:4. 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方，配合开展调查与处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
H:第六条 保密
P:乙方及其人员对最高限价、评标专家名单、投标人名单及投标文件内容等未公开信息负有保密义务，在开标前不得以任何方式泄露。保密义务在本合同终止后继续有效。乙方不得利用在运维中接触的信息为任何投标人提供咨询或其他服务，不得与投标人存在可能影响公正性的利害关系。乙方运维人员须签署个人保密承诺书并报甲方备案。
H:第七条 考核与验收
P:1. 甲方按季度对乙方服务进行考核，考核内容包括：可用率达标情况、故障响应及恢复时效、巡检记录完整性、备份恢复演练结果、安全漏洞整改情况、驻场人员出勤情况。考核得分低于80分的为不合格，乙方应在十日内提交整改方案。
P:2. 服务期满前一个月，甲方组织年度服务验收，标准为：四个季度考核均合格；全年无因乙方原因导致的开标延期；运维文档、应急预案、系统配置清单完整移交；中高危漏洞全部关闭。
P:3. 年度验收合格的，甲方出具年度服务验收报告；不合格的，甲方按考核办法在第四季度服务费中扣减，并将验收结果记入供应商履约评价。
H:第八条 人员要求
P:1. 驻场工程师中至少一人具有数据库认证工程师资格，一人具有网络安全相关资格证书。人员变更须提前十日书面报甲方同意，替换人员的资质和经验不得低于原人员。
P:2. 甲方应为驻场人员提供办公场所、网络接入及必要的机房出入授权；甲方有权对乙方的运维操作进行监督检查，并有权要求更换不称职的驻场人员，乙方应在五个工作日内完成更换。
H:第九条 工作成果
P:乙方在服务期内形成的巡检报告、运维脚本、应急预案、配置文档及升级适配代码，其知识产权归甲方所有，乙方应在每季度考核时随报告一并提交。
H:第十条 分包
P:乙方可将机房硬件巡检、UPS及精密空调维护等辅助性服务委托具备相应资质的第三方完成，但应提前五个工作日书面告知甲方。乙方对第三方的服务质量及安全保密承担全部责任。
H:第十一条 违约责任
P:1. 乙方未在甲方书面确认的期限内完成系统升级适配或安全整改任务的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:2. 乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）不超过合同总价的50%。
P:3. 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 合同解除
P:乙方连续两个季度考核不合格，或因乙方原因发生重大数据安全事件，或有其他严重违约行为经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
H:第十三条 服务交接
P:本合同终止时，乙方应在十五日内向甲方或甲方指定的后续服务商完成交接，包括账号口令、配置清单、文档及未决问题清单，交接期间不得中断服务。乙方应配合甲方对交接内容逐项核验，核验无误后双方签署交接确认书。
H:第十四条 不可抗力
P:因不可抗力导致服务中断的，乙方应立即启动应急预案并通知甲方，尽最大努力减少对交易活动的影响；不可抗力消除后，乙方应尽快恢复服务。不可抗力导致合同无法继续履行的，双方按实际服务期间结算。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交鹤川仲裁委员会仲裁。争议期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由中断运维服务。
H:第十六条 其他
P:1. 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:2. 磋商文件、响应文件及成交通知书为本合同的组成部分。
P:3. 本合同未尽事宜，按照政府采购相关法律法规执行。
P:甲方（盖章）：鹤川市公共资源交易中心    乙方（盖章）：南京数衡信息技术有限公司
P:日期：2025年6月  日
"""

H120E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
P:Agreement No. TO-2025-HLJ-02
P:BETWEEN THE UNDERSIGNED:
P:Traçabilité Océane SARL, a société à responsabilité limitée with a share capital of EUR 20,000, registered with the Trade and Companies Register of La Roche-sur-Yon under number 912 447 305, whose registered office is at 7 quai de la Mairie, Port-Joinville, 85350 L'Île-d'Yeu, France, represented by Ms Anne Guérin, Gérante, hereinafter referred to as "the Licensor",
P:AND:
P:Heilongjiang Wuchang Jinhe Rice Industry Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at No. 18 Xinghua Road, Wuchang City, Heilongjiang Province, represented by Mr Zhao Guoliang, General Manager, hereinafter referred to as "the Licensee" (together the "Parties"),
H:PREAMBLE
P:The Licensee operates a rice mill in Wuchang that processes paddy purchased from about 1,100 contracted farming households and sells milled rice under the Wuchang geographical indication. It wishes to trace every batch from the field plot to the retail bag. The Licensor publishes the TraceGrain batch-tracking software for grain mills and has been chosen by the Licensee on the basis of its proposal of 14 March 2025. At the Licensee's request, all prices in this Agreement are expressed and payable in Chinese yuan (CNY).
P:IT HAS THEREFORE BEEN AGREED AS FOLLOWS:
H:Article 1 – Purpose
P:This Agreement sets the conditions under which the Licensor licenses the Software, carries out the Specific Developments, installs the Solution at the Licensee's mill, trains its staff and provides warranty and maintenance services.
H:Article 2 – Contractual documents
P:Annex 1 (Functional Specifications), Annex 2 (Acceptance Test Plan) and Annex 3 (Price Schedule) form part of this Agreement.
H:Article 3 – Definitions
P:"Software" means the standard TraceGrain software, version 6, with its documentation.
P:"Specific Developments" means the developments made by the Licensor for the Licensee under Annex 1: the interface with the weighbridge at the paddy intake, the interface with the label printers for the geographical-indication anti-counterfeiting labels, and the Chinese-language consumer traceability page reached by scanning the QR code on each bag.
P:"Solution" means the Software together with the Specific Developments, as installed at the Licensee's site.
P:"Critical Incident" means an incident that prevents the recording of batches on one or more production lines or stops the printing of labels.
H:Article 4 – Licence
P:4.1 The Licensor grants the Licensee a non-exclusive, perpetual licence to use the Software for three production lines and twenty-five named users, at the mill located in Wuchang City, for the Licensee's internal needs.
P:4.2 The Solution is installed on servers owned by the Licensee, at the Licensee's premises.
H:Article 5 – Price
P:5.1 The total price of this Agreement (the "Total Price") is CNY 858,000, broken down as follows: licence fee for the Software, CNY 486,000; Specific Developments, CNY 274,000; installation, configuration, data take-over and training, CNY 98,000.
P:5.2 The Total Price is firm and not subject to revision. It includes the travel costs of the Licensor's staff.
H:Article 6 – Payment terms
P:6.1 The Total Price is paid as follows: a down payment of twenty per cent (20%), i.e. CNY 171,600, upon signature of this Agreement; forty-five per cent (45%), i.e. CNY 386,100, upon Provisional Acceptance; and thirty-five per cent (35%), i.e. CNY 300,300, upon Final Acceptance.
P:6.2 Invoices are payable by bank transfer within twenty (20) days of receipt.
H:Article 7 – Delivery, installation and acceptance
P:7.1 The Licensor shall install the Solution and make it ready for the acceptance tests within one hundred and twenty (120) days of signature of this Agreement.
P:7.2 Provisional Acceptance. The Licensee pronounces Provisional Acceptance in writing when every test of Annex 2 has been passed, in particular: the recording of a complete batch from the weighbridge ticket to the packed bag on each line; the printing of labels at the rated speed of the packing line; and the display of the consumer traceability page in under two seconds on a mobile network.
P:7.3 Final Acceptance. Provisional Acceptance opens a verified service period of sixty (60) days in production. The Licensee pronounces Final Acceptance in writing when, at the end of that period: (a) every batch processed during the period can be traced from plot to bag; (b) the weights recorded at intake and at packing reconcile within 0.5% per batch, once losses from drying and hulling have been entered; (c) no Critical Incident has occurred during the last twenty-one days; and (d) the documentation and the administrator training have been delivered.
P:7.4 Neither the installation of the Solution, nor its use in production, nor any payment constitutes acceptance. If a test fails, the Licensor shall correct the defect at its own expense within ten (10) days and the test is repeated.
P:7.5 Delay penalties. If the Solution is not ready for the acceptance tests by the date in Article 7.1, or if Final Acceptance is delayed for reasons attributable to the Licensor, the Licensor shall pay penalties of 0.12% of the Total Price per calendar day of delay, capped at ten per cent (10%) of the Total Price. The penalties are due without prior formal notice.
H:Article 8 – Warranty
P:8.1 The Licensor warrants that the Solution conforms to Annex 1 for a period of twenty-four (24) months from Final Acceptance. During this period, the Licensor corrects any non-conformity free of charge and provides the maintenance services of Article 9 without charge.
H:Article 9 – Maintenance and support
P:9.1 Maintenance comprises corrective maintenance, new versions of the Software and a remote support desk.
P:9.2 After the warranty period, maintenance is provided for an annual fee of eleven per cent (11%) of the licence fee, i.e. CNY 53,460 per year, payable yearly in arrears. This fee is fixed for the first three years after the warranty period; thereafter it may be revised only by written agreement of the Parties and by no more than three per cent (3%) per year.
P:9.3 Maintenance is renewed by tacit agreement for successive periods of one year at the fee set in Article 9.2, unless the Licensee terminates it by registered letter at least two months before the anniversary date.
P:9.4 The support desk is open every day from 07:00 to 21:00 Beijing time, in English and Chinese. The Licensor acknowledges a Critical Incident within two (2) hours of the call, provides a workaround within eight (8) hours and a permanent correction within five (5) working days. Other incidents are acknowledged within one working day.
P:9.5 For each full hour by which the Licensor exceeds the acknowledgement time or the workaround time for a Critical Incident, the Licensor owes a penalty of CNY 500, deducted from the next payment due.
H:Article 10 – Intellectual property
P:10.1 The Software is and remains the property of the Licensor. This Agreement transfers no ownership right to the Licensee.
P:10.2 The Specific Developments, including their source code, are and remain the exclusive property of the Licensor, who may integrate them into its standard offering and use them for other customers. The Licensee receives a non-exclusive, non-transferable right to use them for its internal needs for as long as the licence of Article 4 is in force. The Licensee may not modify them or have them modified by a third party.
H:Article 11 – Licensee data and security
P:11.1 All data entered into or generated by the Solution, in particular plot data, data on contracted farmers, batch data and sales data, belong to the Licensee. The Licensor may process them only to perform this Agreement and may not copy, retain or reuse them for any other purpose.
P:11.2 The Licensor's remote access to the Solution takes place only through the Licensee's VPN, with a personal account for each engineer, after authorisation by the Licensee for each session. The Licensor encrypts backups, logs administrative actions and complies with the Personal Information Protection Law of the People's Republic of China.
P:11.3 The Licensor notifies the Licensee of any security incident affecting the Licensee's data within six (6) hours of becoming aware of it, assists the Licensee in remedying it, and is liable for the damage resulting from a breach of its security obligations.
H:Article 12 – Confidentiality
P:Each Party keeps strictly confidential all information received from the other Party in connection with this Agreement, in particular the Licensee's purchase prices, customer lists and farming contracts, and uses it only to perform this Agreement. This obligation survives for five (5) years after the end of the Agreement.
H:Article 13 – Liability
P:13.1 Indirect damage, such as loss of profit or of turnover, is excluded.
P:13.2 All causes combined, the Licensor's total liability under this Agreement, including the penalties of Articles 7.5 and 9.5, shall not exceed fifty per cent (50%) of the Total Price. This limitation does not apply in the event of gross negligence or wilful misconduct.
H:Article 14 – Subcontracting
P:The Licensor shall not subcontract all or part of its obligations without the prior written consent of the Licensee.
H:Article 15 – Termination
P:In the event of a serious breach by either Party of its obligations that is not remedied within twenty (20) days of a formal notice (mise en demeure) sent by registered letter, the other Party may terminate this Agreement by operation of law, without prejudice to any damages.
H:Article 16 – Force majeure
P:Neither Party is liable for a failure caused by an event of force majeure within the meaning of Article 1218 of the French Civil Code. The affected Party informs the other without delay.
H:Article 17 – Governing law and jurisdiction
P:This Agreement is governed by French law. Any dispute that the Parties cannot settle amicably within forty-five (45) days shall be submitted to the exclusive jurisdiction of the Commercial Court of La Roche-sur-Yon (Tribunal de commerce de La Roche-sur-Yon), France.
H:Article 18 – Miscellaneous
P:For the performance of this Agreement, the Parties elect domicile at their registered offices indicated above.
P:Done at L'Île-d'Yeu and at Wuchang, in two original copies, on ____________ 2025.
P:For the Licensor: Anne Guérin, Gérante    For the Licensee: Zhao Guoliang, General Manager
"""

H120E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:THIS AGREEMENT is made on the date of the last signature below
P:BETWEEN:
P:(1) BRODICK BAY IT SERVICES LIMITED, a company incorporated in Scotland (registered number SC611482) whose registered office is at Harbour View, Shore Road, Brodick, Isle of Arran KA27 8AJ (the "Provider"); and
P:(2) JINGDEZHEN QINGYAO PORCELAIN STUDIO CO., LTD., a company incorporated in the People's Republic of China whose registered office is at No. 9 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer").
H:BACKGROUND
P:(A) The Customer designs and fires hand-painted porcelain at its workshop in Jingdezhen and sells it through a showroom in the Taoxichuan creative district and an online shop.
P:(B) The Provider supplies remote managed IT services to small businesses and has agreed to provide those services to the Customer, with on-site visits through a local partner, on the terms of this Agreement. At the Customer's request, the Charges are stated and paid in Chinese yuan (CNY).
P:IT IS AGREED as follows:
H:1. Definitions and interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in mainland China; "Charges" means the charges set out in Schedule 2; "Customer Data" means all data, files and records of the Customer, including design files, customer orders and staff records, that the Provider accesses or handles in providing the Services; "Incident" means a fault or interruption affecting the Supported Environment; "Initial Term" means twenty-four (24) months from the Service Commencement Date; "Service Commencement Date" means the date on which the Customer signs the Onboarding Acceptance Certificate; "Service Levels" means the levels in Schedule 1; "Services" means the services described in clause 2 and Schedule 1; and "Supported Environment" means the devices, servers, network equipment and software listed in the asset register agreed during onboarding.
H:2. The Services
P:2.1 From the Service Commencement Date the Provider shall provide: (a) a service desk for the Customer's users by telephone, e-mail and WeChat; (b) remote monitoring, patching and anti-malware management of forty-six user devices; (c) management of two servers and the network-attached storage used for design files, including a nightly backup and a monthly test restore; (d) management of the firewall, switches and Wi-Fi at the workshop and the showroom; (e) support for the showroom point-of-sale terminals and the online shop back office; and (f) four on-site support days per month.
P:2.2 On-site support is delivered by the Provider's local partner named in Schedule 3, which the Customer approves by signing this Agreement.
P:2.3 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.
H:3. Onboarding
P:3.1 The Provider shall complete onboarding within forty-five (45) days of the date of this Agreement. Onboarding comprises a full inventory of the Supported Environment, installation of monitoring agents on every device, documentation of the network, accounts and licences and a test restore of the complete design archive.
P:3.2 When onboarding is complete, the Provider shall demonstrate to the Customer that: (a) the asset register covers every device in use; (b) every device reports to the monitoring console; (c) the design archive has been restored in full to an isolated location and checked by the Customer's design manager; and (d) the documentation listed in Schedule 1 has been delivered. If all four tests are met, the Customer shall sign an Onboarding Acceptance Certificate within five (5) Business Days. Starting to use the Services does not by itself amount to acceptance.
P:3.3 If onboarding is not accepted by the date in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay until the Onboarding Acceptance Certificate is signed.
H:4. Service Levels
P:4.1 The Provider shall respond to and work on Incidents in accordance with Schedule 1. A Priority 1 Incident shall receive a response within thirty (30) minutes and has a target resolution time of six (6) hours.
P:4.2 The Service Levels are targets. The Provider will use reasonable endeavours to meet them and will report its performance against them each month. Failure to meet a Service Level shall not entitle the Customer to any service credit, reduction of the Charges or damages, but repeated failures shall be discussed at the monthly service review.
H:5. Charges and payment
P:5.1 The Charges are set out in Schedule 2. The monthly Charges are fixed for the Initial Term.
P:5.2 The Provider shall invoice the onboarding charge after the Onboarding Acceptance Certificate is signed, and the monthly Charges monthly in arrears. The Customer shall pay each undisputed invoice within twenty (20) days of receipt. No amount is payable in advance.
H:6. Customer Data
P:6.1 Customer Data remains the property of the Customer. The Provider shall only use Customer Data for the purpose of providing the Services and shall return it to the Customer on request and at the end of this Agreement.
H:7. Confidentiality
P:7.1 Each party shall keep confidential all information of the other party which it receives under this Agreement and which is marked as confidential or would reasonably be regarded as confidential, including the Customer's designs, glaze recipes, prices and customer lists. Neither party shall use such information except to perform this Agreement, or disclose it except to those of its employees and advisers who need to know it.
P:7.2 This clause 7 does not apply to information which is or becomes public other than through a breach of this Agreement, or which a party is required by law to disclose. It survives termination for three (3) years.
H:8. Intellectual property
P:8.1 All documentation, network diagrams, runbooks, scripts and configurations prepared by the Provider specifically for the Customer under this Agreement belong to the Customer on creation, and the Customer may use, modify and share them with any successor provider without restriction.
P:8.2 The Provider's pre-existing tools and its monitoring software remain the property of the Provider or its licensors.
H:9. Liability
P:9.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence, or for fraud.
P:9.2 Subject to clause 9.1, the Provider's total aggregate liability arising under or in connection with this Agreement, whether in contract, delict (including negligence) or otherwise, shall not exceed the Charges paid by the Customer in the nine (9) months preceding the event giving rise to the claim.
P:9.3 Neither party shall be liable for any loss of profits, loss of business or indirect or consequential loss.
H:10. Sub-contracting
P:10.1 Apart from the local partner approved under clause 2.2, the Provider shall not sub-contract any of its obligations under this Agreement without the prior written consent of the Customer.
P:10.2 The Provider remains responsible for the acts and omissions of its sub-contractors as if they were its own.
H:11. Term and termination
P:11.1 This Agreement starts on the date of signature and continues for the Initial Term. It then continues on the same terms and at the same Charges until either party gives the other at least three (3) months' written notice.
P:11.2 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within twenty (20) days of a written notice requiring it to be remedied, or if the other party becomes insolvent.
P:11.3 On termination the Provider shall give reasonable exit assistance for up to forty-five (45) days, including the handover of all documentation and passwords.
H:12. General
P:12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
P:12.2 This Agreement constitutes the entire agreement between the parties. No variation is effective unless it is in writing and signed by both parties.
H:13. Governing law and disputes
P:13.1 This Agreement and any non-contractual obligation arising out of it are governed by the laws of the People's Republic of China.
P:13.2 Any dispute which the parties cannot resolve by discussion between their directors within twenty (20) days shall be referred to the Nanchang Arbitration Commission for arbitration in Nanchang in accordance with its rules.
H:SCHEDULE 1 – SERVICES AND SERVICE LEVELS
P:Service desk hours: 08:30 to 18:00 Beijing time on Business Days. Priority 1 Incidents are accepted by telephone at any time.
LN:Priority 1 – a whole site without network, the design file server unavailable or the kiln-controller network down: response 30 minutes; target resolution 6 hours.
LN:Priority 2 – several users unable to work, or the point-of-sale terminals or the online shop back office unavailable: response 1 hour; target resolution 1 Business Day.
LN:Priority 3 – a single user or device affected: response 2 hours; target resolution 3 Business Days.
LN:Service requests (new user, software installation, access change): response 1 Business Day; completion 3 Business Days.
P:Documentation to be delivered at onboarding: asset register; network diagram of each site; account and licence register; backup and restore runbook; incident escalation list.
P:Monthly service review: the Provider reports Incidents, response times against the Service Levels, backup results and recommended improvements.
H:SCHEDULE 2 – CHARGES
TB:Item|Quantity|Unit charge (CNY)|Monthly charge (CNY)
TB:Managed desktop and service desk|46 users|265|12,190
TB:Server and backup management|2 servers and 1 NAS|–|3,460
TB:Network and Wi-Fi management|2 sites|–|2,150
TB:On-site support days|4 days|950|3,800
TB:Total monthly Charges|||21,600
TB:One-off onboarding charge|||18,600
TB:Total for the Initial Term (24 × 21,600 + 18,600)|||537,000
H:SCHEDULE 3 – APPROVED LOCAL PARTNER
P:Jingdezhen Changnan Computer Services Co., Ltd., No. 36 Cidu Avenue, Changjiang District, Jingdezhen: on-site support days and hardware swaps under the Provider's direction.
P:IN WITNESS WHEREOF these presents, consisting of this and the preceding pages together with the Schedules, are executed as follows:
P:Subscribed for and on behalf of Brodick Bay IT Services Limited by Fraser MacKinnon, Director, at Brodick on ____________ 2025
P:Subscribed for and on behalf of Jingdezhen Qingyao Porcelain Studio Co., Ltd. by Wu Lanxin, Legal Representative, at Jingdezhen on ____________ 2025
"""

SOURCES = {"h120z01": H120Z01, "h120z04": H120Z04, "h120e01": H120E01, "h120e04": H120E04}
TARGETS = {"h120z01": ("h120z01_water_group_leak_monitoring_integration.docx", "docx"),
           "h120z04": ("h120z04_trading_centre_eplatform_annual_om.pdf", "pdf"),
           "h120e01": ("h120e01_rice_mill_batch_tracking_licence_fr_vendor.pdf", "pdf"),
           "h120e04": ("h120e04_porcelain_workshop_managed_it_support.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
