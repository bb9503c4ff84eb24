"""Builds the .docx and .pdf files of holdout128 from the markup sources below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python make_files.py from any directory; the files are written next to this script.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H128Z01 = """
T:青川省全民健康信息平台（二期）系统集成项目合同
P:合同编号：QCWJ-ZFCG-2025-017　　采购方式：公开招标（招标编号：QCCG-2025-GK-0342）
P:甲方（采购人）：青川省卫生健康委员会
P:乙方（供应商）：青川数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就青川省全民健康信息平台（二期）系统集成项目订立本合同。招标文件、投标文件、中标通知书及乙方的服务承诺均为本合同的组成部分。
H:第一条 定义
P:1.1 “平台”指省级全民健康信息平台，包括健康数据中心、居民主索引（EMPI）、医疗卫生机构注册、互联互通交换、电子健康档案调阅和监管驾驶舱等子系统。
P:1.2 “接入机构”指本期须接入平台的86家二级及以上公立医疗机构和14个市级全民健康信息平台。
P:1.3 “定制成果”指乙方为本项目专门开发的接口程序、数据标准映射、数据治理脚本、统计报表和驾驶舱页面，以及相关源代码和技术文档。
P:1.4 “初验”“终验”分别指本合同第五条所述的初步验收和最终验收。
H:第二条 项目内容
P:2.1 乙方负责平台软硬件的供货、安装和部署，完成接入机构的接口开发与联调、历史数据迁移与治理、安全加固和人员培训，使平台满足国家医疗健康信息互联互通标准化成熟度测评四级甲等的技术要求。
P:2.2 项目建设地点为青川省政务云机房及甲方本部机房。乙方项目经理未经甲方同意不得更换。
H:第三条 合同价款
P:3.1 本合同总价为人民币伍佰捌拾柒万元整（¥5,870,000），为固定总价，包括设备、软件、开发、实施、运输、保险、税费和质保期服务等全部费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|服务器、存储及网络安全设备|1批|2,386,000
TB:2|平台软件许可（数据中心、EMPI、交换平台等）|1套|1,742,000
TB:3|接口及定制开发（86家机构、14个市级平台）|1项|1,268,000
TB:4|系统集成实施及数据迁移|1项|416,500
TB:5|培训|1项|57,500
TB:合计|||5,870,000
P:3.2 上表第1、2项合称“软硬件小计”，金额为人民币4,128,000元。
H:第四条 付款
P:4.1 合同签订并收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的20%，即1,174,000元，作为预付款。
P:4.2 全部接入机构完成联调、平台通过初验后，甲方支付合同总价的45%，即2,641,500元。
P:4.3 平台通过终验后，甲方支付合同总价的35%，即2,054,500元。
P:4.4 每期付款前乙方应开具合法有效的发票。甲方使用财政资金支付，具体付款时间以国库集中支付流程为准。
H:第五条 交付与验收
P:5.1 乙方应在合同签订后150日内完成全部软硬件到货、安装和部署，在合同签订后240日内完成全部接入机构联调并提交初验申请。
P:5.2 设备到货时双方共同开箱清点并签署到货单。到货单仅证明到货数量和外观，不作为质量验收的依据。
P:5.3 初验标准：（1）软硬件型号、配置和数量与投标文件一致；（2）86家接入机构和14个市级平台的数据按标准上传，抽检数据完整率、及时率均不低于98%；（3）居民主索引合并准确率不低于98.5%；（4）电子健康档案调阅平均响应时间不超过3秒；（5）通过第三方网络安全等级保护测评和商用密码应用安全性评估。
P:5.4 初验合格后进入三个月试运行。试运行期间未发生一级故障且二级故障累计不超过3次的，乙方可申请终验。终验由甲方组织专家按招标文件技术要求逐项测试，并出具书面终验报告。
P:5.5 平台上线运行、甲方使用任何功能或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改，并承担重新验收的费用。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起三十六个月。质保期内乙方免费提供软硬件维修、更换、软件升级和补丁，安排一名工程师驻场，并提供全天候远程技术支持。
P:6.2 服务水平：质保期内，平台核心业务（数据交换、EMPI、档案调阅）年度可用率不低于99.95%，经甲方同意的计划内维护时间除外。故障分级及响应时限如下表：
TB:故障级别|情形|响应时限|到场时限|恢复时限
TB:一级|平台核心业务中断或数据交换全部停止|20分钟|2小时|6小时
TB:二级|单个子系统或部分机构接入异常|1小时|8小时|2个工作日
TB:三级|一般功能缺陷或使用咨询|8小时|按需|5个工作日
P:6.3 服务违约扣款：响应、到场或恢复每超出时限1小时，乙方支付人民币2,000元；年度可用率每低于承诺值0.01个百分点，乙方支付人民币3,000元。上述款项由甲方从应付款项中扣除，或由乙方在收到通知后10日内支付。
P:6.4 质保期满后，甲方可与乙方签订运维服务合同，年度运维服务费不超过软硬件小计的9%，即每年不超过人民币371,520元，该价格在质保期满后三年内不上调。运维服务合同不自动续期，由甲方按年度决定是否续签。
H:第七条 知识产权
P:7.1 定制成果的著作权及其他知识产权归甲方所有。乙方应在终验前交付全部源代码、数据库设计和技术文档，甲方有权自行或委托第三方使用、修改、二次开发，并可向本省卫生健康系统内单位推广使用，无需另行付费。
P:7.2 乙方提供的平台软件产品的知识产权仍归其原权利人，甲方获得永久、不可撤销的使用许可，许可范围覆盖本省各级卫生健康行政部门和接入机构。
P:7.3 乙方保证交付物不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的居民健康数据、诊疗数据、日志及其衍生数据均属于甲方。乙方仅可为履行本合同、在甲方授权范围内处理上述数据，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级、《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理规定落实安全措施：数据仅存储于境内；敏感数据加密存储和传输；运维操作经堡垒机进行并全程审计；测试使用脱敏数据；项目人员签署保密承诺并经背景审查。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并配合调查。因乙方原因导致安全事件的，乙方承担全部赔偿责任以及由此产生的行政处罚、通知和补救费用。
P:8.4 合同终止或服务结束时，乙方应将其接触的全部数据返还甲方并彻底删除，出具书面删除证明。
H:第九条 保密
P:9.1 双方对在订立和履行本合同过程中知悉的对方工作秘密、商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效；涉及国家秘密的，按国家有关规定执行。
H:第十条 违约责任
P:10.1 乙方未按第五条约定期限完成到货、部署或提交初验申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除本合同。
P:10.2 乙方交付的设备或软件不符合约定的，乙方应负责更换或修复，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同义务全部或部分转让、转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方可协商解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定报同级财政部门备案。
P:甲方（盖章）：青川省卫生健康委员会　　　　乙方（盖章）：青川数联信息技术有限公司
P:签订日期：2025年　月　日
"""

H128Z04 = """
T:黎阳市智慧监管系统年度运维服务合同
P:采购项目编号：LYCG-2025-CS-0217　　采购方式：竞争性磋商
P:甲方（采购人）：黎阳市市场监督管理局
P:乙方（供应商）：黎阳恒信软件服务有限公司
H:第一章 总则
P:第一条 依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件和成交通知书，甲乙双方订立本合同。磋商文件、响应文件和成交通知书是本合同的组成部分。
P:第二条 服务对象为甲方智慧监管系统，包括市场主体信用监管、“双随机、一公开”抽查、食品安全追溯、特种设备监管、移动执法终端管理和监管指挥大屏等子系统，以及支撑其运行的应用服务器、数据库和中间件。
P:第三条 服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，不自动续期；甲方需继续采购的，依法另行组织采购。
H:第二章 服务内容
P:第四条 驻场运维：乙方派驻2名具备三年以上同类经验的运维工程师，在工作日8:30至17:30驻场服务，节假日和夜间安排专人值班并保持通讯畅通。驻场人员须经甲方面试确认，更换须提前十日征得甲方同意。
P:第五条 应用运维：包括系统缺陷修复、配置变更、账号权限管理、接口监控和小版本功能优化，全年功能优化工作量不超过300人日，超出部分双方另行协商。
P:第六条 安全运维：每月开展漏洞扫描和基线核查，配合开展渗透测试、网络安全等级保护测评和应急演练，及时修补中高危漏洞并提交整改报告。
P:第七条 数据运维：负责数据库日常备份与恢复演练、数据质量核查、监管统计报表编制和数据共享接口维护，每季度开展一次备份恢复演练。
P:第八条 终端运维：负责全市420台移动执法终端的系统升级、应用分发、故障受理和资产台账管理，终端硬件维修由原厂负责，乙方负责报修跟踪和备机调配。
P:第九条 用户支持：乙方设立服务热线，受理各科室、所属市场监管所及执法人员的使用咨询和问题报告，一般咨询当日答复；每半年为新入职执法人员开展一次系统操作培训。
H:第三章 服务水平
P:第十条 系统月度可用率不低于99.5%，经甲方批准的计划停机时间不计入不可用时间。
P:第十一条 故障响应：一级故障（系统整体不可用或核心业务数据异常）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单个子系统不可用）1小时内响应，8小时内恢复；三级故障（一般功能问题）2个工作日内解决。
P:第十二条 考核扣款：月度可用率每低于承诺值0.1个百分点，扣减当季服务费的1%；一级故障响应或恢复超时的，每次扣减人民币2,000元；二级故障超时的，每次扣减人民币800元。扣款在当季服务费中直接抵扣。
P:第十三条 服务报告：乙方每月5日前提交上月运维月报，内容包括系统运行情况、可用率统计、故障及处理记录、安全巡检结果、优化工作量和下月计划；每季度提交季度总结并参加甲方组织的运维例会。
P:第十四条 重要时段保障：在“3·15”国际消费者权益日、重大节假日、上级部门专项检查和重要会议期间，乙方应按甲方要求增派人员现场值守，提前完成系统巡检和应急预案演练，所需费用已包含在服务费中。
P:第十五条 应急响应：乙方应编制系统应急预案，报甲方备案后执行，每半年组织一次应急演练；发生重大故障时，乙方应启动应急预案并每小时向甲方报告处置进展，故障排除后三个工作日内提交故障分析报告。
H:第四章 服务费用与支付
P:第十六条 本合同服务费总额为人民币玖拾陆万捌仟元整（¥968,000），包括：驻场运维504,000元；应用运维286,000元；安全运维98,000元；数据运维80,000元。上述费用已包括乙方完成本合同服务所需的人工、差旅、工具和税费。
P:第十七条 服务费按季度支付。每季度结束后，甲方对该季度服务进行考核，考核合格后15个工作日内支付当季服务费242,000元（扣除考核扣款）。本合同不设预付款。
H:第五章 考核与验收
P:第十八条 季度考核依据乙方提交的运维日志、工单记录、可用率统计和安全巡检报告进行；服务期满时，甲方依据全年服务报告、文档及知识移交情况、遗留问题清单进行年度验收，并出具书面验收意见。考核或验收不合格的，乙方应在10个工作日内整改。
P:第十九条 服务期满前一个月，乙方应完成全部运维文档、账号清单、配置基线和遗留问题清单的整理，经甲方核对无误后作为年度验收的依据，并作为与后续服务商交接的基础资料。
H:第六章 数据安全与保密
P:第二十条 系统中的市场主体登记数据、监管执法数据、投诉举报信息及系统日志均属于甲方，乙方仅可为履行本合同在授权范围内处理，不得复制、留存或用于其他任何目的。
P:第二十一条 乙方应遵守《网络安全法》《数据安全法》和甲方安全管理制度：运维操作一律通过堡垒机进行并全程审计；不得通过互联网远程运维；生产数据不得导出至个人终端；运维人员签署保密承诺书。
P:第二十二条 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致安全事件的，乙方承担全部赔偿责任和由此引起的其他法律责任。
P:第二十三条 双方对在合同履行过程中知悉的对方工作秘密、商业秘密和其他非公开信息负有保密义务，未经对方书面同意不得披露。该义务在合同终止后继续有效。
H:第七章 知识产权
P:第二十四条 乙方在运维期间为甲方形成的脚本、修复代码、配置文件、技术文档和统计报表，其知识产权归甲方所有，甲方可自由使用、修改并交由其他服务商使用。
H:第八章 分包
P:第二十五条 乙方可将机房硬件巡检、综合布线等辅助性工作委托具备相应资质的第三方实施，但应提前5个工作日书面告知甲方，并对第三方的工作承担全部责任。
H:第九章 甲方的义务
P:第二十六条 甲方应为驻场人员提供必要的办公场所、网络环境和系统访问权限，及时审批乙方提交的变更申请，并指定专人负责服务联络和考核工作。
H:第十章 违约责任
P:第二十七条 乙方未按约定日期进场开展服务或驻场人员未按时到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:第二十八条 驻场人员擅自离岗的，每人每日扣减人民币500元；乙方连续两个季度考核不合格的，视为严重违约。
P:第二十九条 甲方无正当理由逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一章 合同解除
P:第三十条 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
P:第三十一条 合同解除或期满时，乙方应移交全部账号、文档和运维资料，并配合新服务商完成不少于一个月的交接。
H:第十二章 不可抗力与通知
P:第三十二条 因不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务；乙方应采取合理措施减少系统中断对监管工作的影响。
P:第三十三条 双方的通知以书面形式送达本合同载明的地址，或通过双方确认的电子邮箱发送。
H:第十三章 法律适用与争议解决
P:第三十四条 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:第三十五条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：黎阳市市场监督管理局　　　　乙方（盖章）：黎阳恒信软件服务有限公司
P:签订日期：2025年　月　日
"""

H128E03 = """
T:Supply, Installation and Maintenance Contract – Marine Water-Quality Monitoring Network
P:Contract No. ZJPF-2025-EQ-022
P:This Contract is made between Zhanjiang Liusha Bay Pearl Farming Co., Ltd., a company established in the People's Republic of China, of No. 3 Pearl Harbour Road, Xuwen County, Zhanjiang, Guangdong Province (the "Buyer"), and Oléron Marine Instruments SAS, a company established in France, of 14 Rue du Port, 17310 Saint-Pierre-d'Oléron, Île d'Oléron, France (the "Supplier"). This Contract is on the Buyer's standard form for equipment purchases.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the buoys, sensors, gateways, mooring sets and spare parts listed in Schedule 1.
P:1.2 "Software" means the monitoring software licensed under this Contract, including its mobile application and alarm service.
P:1.3 "Site" means the Buyer's pearl-oyster culture areas in Liusha Bay, including the shore station at Xuwen.
P:1.4 "Site Configuration" means the site-specific calibration models, alarm thresholds, dashboards and data interfaces prepared by the Supplier for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written certificate issued under Clause 6.4.
P:1.6 "Hardware and Licence Subtotal" means the total of items 1 to 4 of the price table in Clause 3.1.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, moor, configure and commission the Equipment and the Software at the Site, integrate the network with the Buyer's shore-station server, train the Buyer's staff, and provide warranty and maintenance services in accordance with this Contract.
P:2.2 The network shall continuously measure water temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll-a at fourteen monitoring points and send alarms to the Buyer's duty officers when values leave the thresholds set for oyster health.
P:2.3 The Supplier shall train six operators and two technicians of the Buyer in the operation of the Software, the cleaning and replacement of sensors, and the safe handling of buoys at sea, and shall supply operating and maintenance manuals in Chinese and English.
P:2.4 The Supplier shall keep a stock of critical spare parts at the shore station sufficient to replace at least two complete sensor sets.
H:3. Contract Price
P:3.1 At the Buyer's request, all prices are in Chinese Yuan (CNY), delivered duty paid to the Site, including all taxes, freight, insurance and customs clearance. The Contract Price is CNY 2,400,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter monitoring buoy with solar power|14|96,500|1,351,000
TB:2|Dissolved-oxygen and chlorophyll sensor set|28|18,400|515,200
TB:3|LoRa gateway with 4G backhaul|4|22,600|90,400
TB:4|Monitoring software licence, perpetual, unlimited users|1|236,000|236,000
TB:5|Installation, mooring and commissioning|1|188,400|188,400
TB:6|Training (operators and technicians)|1|19,000|19,000
TB:Total||||2,400,000
P:3.2 The Hardware and Licence Subtotal is CNY 2,192,600. The Contract Price is fixed for the duration of the Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 240,000) within 30 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,320,000) within 30 days after all Equipment has been delivered and installed at the Site, as confirmed in a signed installation record. The installation record confirms quantities and installation only and is not an acceptance of quality.
P:4.3 The Buyer shall pay the remaining 35% (CNY 840,000) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid Chinese VAT invoice issued by the Supplier's appointed agent in Guangzhou.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 100 days after signature and complete installation and mooring within 40 days after delivery, outside the typhoon warning periods announced by the Zhanjiang Meteorological Bureau.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 60 days, the Buyer may terminate the Contract under Clause 15.
H:6. Testing and Acceptance
P:6.1 After installation, the Supplier shall carry out commissioning tests in the presence of the Buyer.
P:6.2 The network shall then operate for a trial period of 45 consecutive days.
P:6.3 The acceptance criteria are: (a) readings of each sensor agree with laboratory analysis of water samples taken by the Buyer within the tolerances in Schedule 2 (for dissolved oxygen, ±0.3 mg/L); (b) at least 98% of scheduled readings from every buoy are received at the shore station during the trial period; (c) threshold alarms reach the duty officers' phones within three minutes in each of five simulated events; (d) the Software produces the daily and weekly reports specified in Schedule 2.
P:6.4 When all criteria are met, the Buyer issues the Final Acceptance certificate. Delivery, installation, use of the network or payment of any instalment shall not be treated as acceptance. If any criterion is not met, the Supplier shall remedy the defect within 20 days at its own cost and the relevant tests shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective items free of charge, including biofouling-resistant sensor housings, and shall provide sensor recalibration twice a year.
P:7.2 Consumables (membranes, electrolyte and anti-fouling wipers) are supplied free of charge during the warranty period in the quantities listed in Schedule 1.
H:8. Service Levels
P:8.1 A Severity 1 fault is the loss of dissolved-oxygen data or alarms from three or more buoys. The Supplier shall respond to a Severity 1 fault within 2 hours, begin on-site work within 1 day (subject to safe sea conditions) and restore service within 3 days. Other faults shall be answered within one business day.
P:8.2 For each hour by which the Supplier exceeds the Severity 1 response time, it shall pay CNY 1,000; for each day by which it exceeds the restoration time, it shall pay CNY 3,000. These amounts may be deducted from any payment due.
H:9. Maintenance after Warranty
P:9.1 After the warranty period, the Buyer may order annual maintenance covering recalibration, repairs, replacement sensors and software updates at the service levels of Clause 8.
P:9.2 The annual maintenance fee shall not exceed 8% of the Hardware and Licence Subtotal (CNY 175,408 per year) and is fixed for the first three years after the warranty. Each year of maintenance is ordered separately; there is no automatic renewal.
H:10. Intellectual Property
P:10.1 The Supplier retains ownership of the Software and grants the Buyer a perpetual, non-exclusive licence to use it for the Buyer's farms.
P:10.2 The Site Configuration belongs to the Buyer. The Supplier shall deliver it in editable form at Final Acceptance, and the Buyer may use, modify and license it to third parties, including other maintenance contractors.
H:11. Data Protection and Security
P:11.1 All measurement data, alarm records and farm information collected by the network belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:11.2 Data shall be stored on the Buyer's shore-station server in China. The Supplier may access it remotely only through the Buyer's VPN with individual accounts, after the Buyer's approval of each session, and shall not copy data outside the Buyer's systems.
P:11.3 The Supplier shall notify the Buyer of any security incident affecting the network or the data within 12 hours, take immediate remedial action and compensate the Buyer for losses caused by incidents attributable to the Supplier.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information, in particular the Buyer's farm locations, stocking densities and production figures, and shall not disclose it without the other party's prior written consent. This obligation survives for five years after the Contract ends.
H:13. Liability
P:13.1 Neither party is liable for indirect or consequential loss, except in cases of wilful misconduct, gross negligence or breach of Clauses 11 and 12.
H:14. Subcontracting
P:14.1 Local mooring and boat work may be performed by Xuwen Haixing Marine Engineering Co., Ltd., which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if the delay under Clause 5.2 exceeds 60 days.
P:15.2 On termination, the Supplier shall refund payments received for Equipment not delivered or not accepted.
H:16. Force Majeure
P:16.1 Typhoons, storm surges and other events beyond a party's reasonable control excuse delay for their duration, provided the affected party gives prompt notice and takes reasonable measures to limit their effect.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang in accordance with its rules. The award is final and binding.
H:18. General
P:18.1 This Contract is made in English and Chinese, both versions having equal effect. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H128E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Agreement reference: ESI-TJ-2025-03
P:THIS AGREEMENT is made between:
P:(1) EIGG SYSTEMS INTEGRATION LIMITED, a company incorporated in Scotland (company number SC712904) and having its registered office at The Pier Building, Galmisdale, Isle of Eigg, PH42 4RL, Scotland (the "Provider"); and
P:(2) TIANJIN GUYI CLAY FIGURINE ART STUDIO CO., LTD., a company established in the People's Republic of China and having its registered office at 22 Guyi Street, Nankai District, Tianjin (the "Client").
P:BACKGROUND: (A) The Client runs a clay-figurine studio, a gallery shop and an online store, with about 70 staff at two premises in Tianjin. (B) The Provider supplies managed IT services to small creative businesses, using remote engineers and local field technicians. (C) The Client wishes to outsource the day-to-day running of its IT on the terms below.
H:1. Definitions and Interpretation
P:1.1 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the targets in Schedule 2; "Client Data" means all data of the Client, its staff and customers which the Provider accesses or handles; "Commencement Date" means the date on which the Client signs the Onboarding Completion Certificate under Clause 4; "Business Day" means a working day in Tianjin.
P:1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement.
H:2. Term
P:2.1 This Agreement starts on the date of signature. The Services run for twenty-four (24) months from the Commencement Date (the "Service Term").
P:2.2 The Agreement ends at the end of the Service Term unless the parties agree an extension in writing.
H:3. The Services
P:3.1 The Provider shall provide the Services, which comprise: a service desk by telephone, WeChat and e-mail in Chinese and English from 08:30 to 20:00 on Business Days; remote and on-site desktop support for about 75 PCs and Macs, tablets and printers; management of the network, Wi-Fi and firewall at both premises; administration of the Client's Microsoft 365 tenant and of the online-store back office accounts; patching, anti-malware and backup of the design file server; and an asset register.
P:3.2 The Provider shall attend on site at the Client's premises on two fixed half-days each week and otherwise when a fault cannot be fixed remotely.
P:3.3 The Provider shall submit a monthly service report covering tickets, response and fix times, backups, patch levels and recommendations.
P:3.4 The Provider shall name a service manager who speaks Chinese and is the Client's single point of contact, and shall give the Client at least one month's notice before replacing that person.
P:3.5 The Client shall give the Provider's personnel safe access to its premises during opening hours, provide administrator credentials needed for the Services, keep its software licences valid and tell the Provider in good time of new staff, leavers and planned changes to its shop systems. The Provider is not responsible for delays caused by the Client's failure to do so.
H:4. Onboarding
P:4.1 Within 30 days after signature, the Provider shall complete onboarding: a documented inventory of all devices and accounts, the installation of its monitoring agent, a verified restore of the file server backup, and the handover of runbooks.
P:4.2 The Client shall test the onboarding against Schedule 3 (complete inventory reconciled to a site walk-through, successful test restore of a named folder chosen by the Client, monitoring alerts received for a simulated outage, runbooks reviewed). When the criteria are met, the Client signs the Onboarding Completion Certificate. Access to the Client's systems by the Provider is not acceptance.
P:4.3 If onboarding is not completed within the time in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Client CNY 400 for each day of delay.
H:5. Charges and Payment
P:5.1 At the Client's request all charges are in Chinese Yuan (CNY). The charges are: an onboarding charge of CNY 18,800; and a monthly service charge of CNY 23,800 for the Service Term, being CNY 571,200 in total. The total charges under this Agreement are therefore CNY 590,000.
P:5.2 The onboarding charge is invoiced on signature of the Onboarding Completion Certificate. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. Nothing is payable in advance.
P:5.3 Work outside the scope of Schedule 1, such as office moves or new projects, shall be quoted in advance and carried out only on the Client's written order.
H:6. Service Levels
P:6.1 The Provider shall use reasonable endeavours to meet the Service Levels in Schedule 2, namely: for a Priority 1 incident (a whole premises without network, the file server down, or the online store back office unavailable), response within 1 hour and an engineer working on the fault until it is resolved; for Priority 2 (one department or key user affected), response within 3 hours; for Priority 3, response by the next Business Day.
P:6.2 The Service Levels are targets. Failure to meet them shall be discussed at the monthly review and shall not entitle the Client to service credits, deductions from the charges or damages.
H:7. Client Data and Security
P:7.1 Client Data, including the studio's designs, photographs of works, customer lists and order records, belongs to the Client. The Provider shall use Client Data only to provide the Services and for no other purpose.
P:7.2 The Provider shall: access the Client's systems only through named accounts with multi-factor authentication; keep access logs for at least 180 days; store no Client Data outside the Client's systems and Microsoft 365 tenant, apart from encrypted backups held in mainland China; comply with the Personal Information Protection Law of the PRC; and ensure that its staff and technicians are bound by written confidentiality undertakings.
P:7.3 The Provider shall notify the Client of any actual or suspected security incident affecting Client Data within 6 hours of becoming aware of it, contain the incident and assist with any notification, and shall be responsible for losses caused by incidents resulting from its breach of this Clause.
P:7.4 On the Client's request, and at least once a year, the Provider shall carry out a test restore of the design file server and report the result to the Client.
H:8. Confidentiality
P:8.1 Each party shall keep confidential the other's confidential information, including the Client's unpublished designs and prices, and shall disclose it only to those of its personnel and advisers who need to know it. This Clause survives termination for three years.
H:9. Intellectual Property
P:9.1 Runbooks, scripts, network diagrams and configurations prepared by the Provider specifically for the Client belong to the Client, which may use, change and give them to any replacement provider. The Provider keeps its own monitoring tools and general know-how.
H:10. Subcontracting
P:10.1 The Provider may engage local field technicians and subcontractors in Tianjin to perform on-site parts of the Services, provided that it informs the Client in writing of the name of each such subcontractor before it starts work. The Provider remains responsible for the acts and omissions of its subcontractors.
H:11. Limitation of Liability
P:11.1 Neither party excludes liability for death or personal injury caused by negligence, or for fraud.
P:11.2 Subject to Clause 11.1, the Provider's total liability arising under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed the total monthly service charges paid by the Client in the six (6) months immediately preceding the event giving rise to the claim.
P:11.3 Neither party is liable for loss of profit, loss of business or indirect loss.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach which is not remedied within 21 days after written notice requiring it to be remedied.
P:12.2 On expiry or termination, the Provider shall for up to 30 days cooperate in an orderly handover to the Client or its new provider, return all credentials and documentation, and delete any Client Data it still holds.
H:13. Force Majeure
P:13.1 Neither party is in breach if prevented from performing by events beyond its reasonable control, provided it notifies the other party promptly.
H:14. General
P:14.1 This Agreement, with its Schedules, is the entire agreement between the parties. Variations must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.
H:15. Governing Law and Disputes
P:15.1 At the Client's request, this Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be referred to the Tianjin Arbitration Commission for arbitration in Tianjin. The arbitration shall be conducted in Chinese and English.
P:Schedule 1 – Services. Schedule 2 – Service Levels. Schedule 3 – Onboarding acceptance criteria.
P:Signed for and on behalf of the Provider: ____________________ Director
P:Signed for and on behalf of the Client: ____________________ Legal Representative
"""

SOURCES = {"h128z01": H128Z01, "h128z04": H128Z04, "h128e03": H128E03, "h128e04": H128E04}
TARGETS = {"h128z01": ("h128z01_provincial_health_commission_platform_integration.docx", "docx"),
           "h128z04": ("h128z04_market_regulation_smart_supervision_om_service.pdf", "pdf"),
           "h128e03": ("h128e03_pearl_farm_sea_sensors_buyer_paper.docx", "docx"),
           "h128e04": ("h128e04_clay_figurine_studio_managed_it_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
