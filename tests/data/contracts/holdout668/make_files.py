"""Builds holdout668: the .docx/.pdf files from the markup below (via ../word_pdf.py), the .json labels from DESIGN,
and checks lengths, threshold figures, sums, rules derived from the labels, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are their own sources."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H668Z01 = """T:杂技团演出安全管理平台软件许可及定制开发合同
P:项目名称：演出安全管理平台建设项目（政府采购）
P:合同编号：SZJ-ZC-2025-044
P:甲方（采购人）：滨江市杂技团
P:乙方（供应商）：安演科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就演出安全管理平台软件许可及定制开发事宜，签订本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供安演演出安全管理平台软件永久许可，包括演出风险评估、高空及器械节目安全检查、保护绳索与吊挂设备台账、演员体能与伤病记录、演出现场应急指挥等模块，许可范围为甲方剧场、排练厅及巡演团组，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括：杂技节目（高空吊环、顶技、车技、蹬技等）安全检查表单库、吊挂设备周期检测提醒、巡演场地安全核查移动端、与甲方门禁及视频监控平台的接口、安全管理驾驶舱。
P:1.3 乙方负责平台部署、数据初始化、联调测试、上线支持及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000），其中：平台软件许可费¥860,000；定制开发费¥520,000；实施部署费¥96,000；培训费¥24,000。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%，即¥300,000。
P:3.2 平台部署完成并通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥675,000。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥525,000。
P:3.4 乙方每次收款前应开具合法发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发并提交初步验收，在初步验收后六十日内完成试运行并提交最终验收。
P:4.2 乙方应在合同签订后十五日内提交实施方案及进度计划，经甲方确认后执行。
P:4.3 甲方应在乙方进场前提供机房机位、网络、服务器及数据库等运行环境，并协调门禁及视频监控平台厂商配合接口开发。
P:4.4 乙方应为本项目配备项目经理一名、开发及实施人员不少于五名，项目经理未经甲方同意不得更换。乙方每两周向甲方提交项目周报。
P:4.3 甲方应在停线窗口开始前提供现场作业条件、电源及压缩空气接口，并安排设备操作人员配合调试。因甲方未按时提供停线窗口导致的延误，工期相应顺延。
P:4.4 乙方应派驻项目经理一名及电气、软件工程师各不少于两名，项目经理须具备注塑行业改造经验，更换须经甲方同意。乙方每周向甲方提交进度报告，停线期间每日提交施工日报。
H:第五条 验收
P:5.1 初步验收标准：合同及投标文件所列全部功能可用；定制检查表单覆盖甲方现有全部节目；门禁及视频接口联调通过，告警推送延迟不超过5秒；并发200用户时页面响应不超过3秒。
P:5.2 最终验收标准：平台连续试运行六十日，期间无一级故障；完成第三方网络安全测评，无中高风险问题；培训考核合格率不低于90%；技术文档及源代码交付齐全。
P:5.3 甲方依据上述标准组织验收并出具书面意见。平台上线运行、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新验收。
H:第六条 质量保证与维护
P:6.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供故障处理、版本升级及技术支持。
P:6.2 质保期满后，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%，即每年不超过¥68,800，该价格在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%。计划维护须避开演出日并提前三日告知甲方。
P:7.2 一级故障（平台整体不可用或应急指挥模块不可用）乙方三十分钟内响应，两小时内到达现场或远程恢复；二级故障一小时内响应；三级故障一个工作日内响应。演出日乙方安排工程师在线值守。
P:7.3 一级故障响应每超时一小时，乙方向甲方支付¥800；月度可用率每低于承诺值0.1个百分点，乙方支付¥2,000，从应付款或维护费中扣除。
H:第八条 技术资料与培训
P:8.1 乙方应在最终验收前交付电气原理图、接线图、I/O清单、PLC及HMI源程序、视觉检测配方、设备说明书、操作规程及维护手册各两套，并提供电子版。
P:8.2 乙方应为甲方操作工、设备维修工及工艺工程师分别开展培训，培训总时长不少于五天，培训后组织考核，确保甲方人员能够独立完成日常操作、换型参数调整及常见故障处理。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，甲方享有永久使用权。
P:8.2 乙方为本项目定制开发的检查表单库、移动端、接口程序、驾驶舱及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 平台中的演员个人信息、伤病记录、节目安全数据及视频信息均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 平台部署于甲方机房，乙方运维须经甲方堡垒机访问，不得将数据复制至甲方网络以外。乙方应落实访问控制、加密存储及日志审计措施。
P:9.3 发生数据泄露或疑似泄露的，乙方应在两小时内报告甲方并采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部法律责任及赔偿责任。
H:第十条 保密
P:乙方对履行合同中知悉的甲方节目编排、演出计划、人员信息及安全资料负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而免除。
P:乙方应督促其参与本项目的人员签署保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十一条 分包
P:11.1 乙方可将现场综合布线、移动终端安装等辅助工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。
P:11.2 乙方对分包单位的工作质量和安全承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方提供的软件或定制成果不符合合同约定的，应负责修改或更换，并赔偿甲方因此遭受的损失。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或严重违约经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 维护服务合同期满不自动续期，是否续签由甲方决定。
P:13.3 合同解除的，乙方应在十五日内移交已完成的定制开发成果、源代码、文档及甲方全部数据，并配合甲方完成数据迁移。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 本合同一式六份，甲方四份，乙方两份，具有同等法律效力。
P:15.3 本合同附件：功能及定制开发需求清单、分项报价表、实施进度计划、验收测试方案。
P:甲方（盖章）：滨江市杂技团            乙方（盖章）：安演科技股份有限公司
P:签订日期：2025年    月    日
"""

H668Z02 = """T:注塑及包装线控制系统改造合同
P:合同编号：LG-JS-2025-118
P:甲方：童乐积木玩具（东莞）有限公司
P:乙方：粤控自动化工程有限公司
P:甲方注塑车间六条积木注塑线及两条包装线的控制系统已运行多年，存在PLC停产、人工称重、色差漏检等问题。甲方决定对上述产线进行控制系统改造，并配套产线数据采集软件。经比选，甲方选定乙方承担本项目。双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 六条注塑线：更换PLC及控制柜，改造机械手与模温机联锁，新增注塑参数采集。
P:1.2 两条包装线：新增视觉检测（颗粒数量、颜色、缺件）、称重剔除及自动装箱控制。
P:1.3 产线数据采集软件：采集注塑及包装线的运行状态、产量、停机原因、不良数据，生成车间看板及班次报表。
P:1.4 乙方负责设备供货、安装、PLC及HMI程序编制、联调、试生产及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾万元整（¥1,200,000），含税，分项如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜（含I/O模块、触摸屏、电气元件）|8套|468,000
TB:2|视觉检测系统（工业相机、光源、检测软件）|2套|236,000
TB:3|称重剔除及自动装箱控制单元|2套|98,000
TB:4|产线数据采集软件许可（永久）|1套|186,000
TB:|软硬件小计||988,000
TB:5|安装调试及试生产|1项|124,000
TB:6|PLC及HMI程序编制|1项|76,000
TB:7|操作及维护培训|1项|12,000
TB:|合同总价||1,200,000
P:2.2 上述价格为固定总价，包含运输、保险、安装辅材及乙方人员费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥120,000，乙方同时提交等额预付款保函。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%，即¥660,000。到货签收及安装完成不视为验收。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥420,000。
H:第四条 工期
P:4.1 乙方应在合同签订后四十五日内完成设备到货，六十日内完成安装调试。
P:4.2 改造须利用甲方安排的停线窗口分批进行，每次停线不超过两条线，单次停线时间不超过三日，不得影响甲方整体交货计划。
P:4.3 甲方应在停线窗口开始前提供现场作业条件、电源及压缩空气接口，并安排设备操作人员配合调试。因甲方未按时提供停线窗口导致的延误，工期相应顺延。
P:4.4 乙方应派驻项目经理一名及电气、软件工程师各不少于两名，项目经理须具备注塑行业改造经验，更换须经甲方同意。乙方每周向甲方提交进度报告，停线期间每日提交施工日报。
H:第五条 验收
P:5.1 验收标准：各线控制逻辑及安全联锁全部测试通过；注塑周期不高于改造前基准；视觉检测在两万件抽检中缺件、错色漏检数为零，误剔不超过六十件；称重误差不超过±0.5克；数据采集软件采集的产量与PLC计数逐班核对一致，看板数据与人工统计核对一致；连续试生产二十日无一级故障。
P:5.2 甲方依据上述标准组织最终验收并签署验收报告。设备到货、安装、试生产或甲方使用产线，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并承担整改费用，重新组织验收。
H:第六条 质保及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的7%，即每年¥69,160，质保期满后三年内不上调。维保合同按年签订，不自动续期。
P:6.3 乙方应提供备品备件清单，并保证在质保期满后八年内供应备件。
P:6.4 质保期内因设备质量问题更换的部件，其质保期自更换之日起重新计算。同一设备在质保期内因同一质量问题维修三次仍不能正常使用的，乙方应免费更换同型号新设备。
H:第七条 故障响应
P:7.1 故障分级如下表：
TB:故障等级|定义|响应时限|到场时限
TB:一级|整线停机或安全联锁失效|30分钟内远程响应|6小时内到场
TB:二级|单台设备或单一功能异常|2小时内响应|次日到场
TB:三级|一般问题及咨询|1个工作日内响应|按需
P:7.2 乙方应设立服务热线，质保期内每季度上门巡检一次，并提交巡检报告。
H:第八条 技术资料与培训
P:8.1 乙方应在最终验收前交付电气原理图、接线图、I/O清单、PLC及HMI源程序、视觉检测配方、设备说明书、操作规程及维护手册各两套，并提供电子版。
P:8.2 乙方应为甲方操作工、设备维修工及工艺工程师分别开展培训，培训总时长不少于五天，培训后组织考核，确保甲方人员能够独立完成日常操作、换型参数调整及常见故障处理。
H:第九条 知识产权
P:9.1 乙方为本项目编制的PLC程序、HMI画面、视觉检测配方、数据采集配置及报表，其知识产权归甲方所有，乙方应交付完整源程序及注释，甲方可自行修改或委托第三方修改。
P:9.2 数据采集软件产品本身的知识产权归乙方，甲方享有永久使用权。
H:第十条 数据安全
P:10.1 产线运行数据、工艺参数、产量及质量数据属于甲方所有，乙方不得用于本合同以外的目的。
P:10.2 乙方远程维护须经甲方审批并通过甲方指定的VPN及堡垒机进行，操作全程留痕；乙方不得在工控网络内接入未经甲方检查的移动存储设备。
P:10.3 因乙方原因造成甲方数据泄露、工艺参数被篡改或工控网络安全事件的，乙方应在一小时内报告甲方，并承担全部赔偿责任。
H:第十一条 保密
P:乙方对在项目中知悉的甲方模具信息、工艺参数、产品设计及产能数据负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同履行完毕后三年内有效。
H:第十二条 分包
P:乙方不得将本项目转包。电气安装等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 违约责任
P:13.1 乙方逾期到货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:13.2 因乙方改造施工造成甲方停线超出约定窗口的，乙方应赔偿甲方由此造成的直接损失。
P:13.3 乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但人身伤害及乙方故意造成的损失不受此限。
P:13.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十四条 安全生产
P:乙方人员进入甲方车间应遵守甲方安全生产及洁净管理制度，执行停电挂牌上锁程序。因乙方违反安全规定造成的事故，由乙方承担责任。乙方应为现场作业人员办理意外伤害保险，动火、登高及带电作业须事先办理甲方作业许可。施工完成后，乙方应清理现场，拆除的旧控制柜及线缆按甲方指定地点堆放，由甲方自行处置。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交东莞仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，至质保期届满且双方义务履行完毕之日终止。
P:16.2 本合同一式四份，双方各执两份。附件：设备清单、技术规格书、改造实施计划、验收测试方案。
P:16.3 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准；附件与正文不一致的，以正文为准。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

H668E01 = """T:Software Licence and Services Agreement - YardWise Terminal Planning System
P:Agreement No. DHL-YW-2025-012
P:This Agreement is made between Dhofar Harbour Logic LLC, a limited liability company registered in the Sultanate of Oman, with its office at Port Road, Salalah, Dhofar Governorate ("Vendor"), and Rizhao Eastgate Container Terminal Co., Ltd., a company registered in the People's Republic of China, with its office in Lanshan District, Rizhao, Shandong Province ("Customer").
H:Article 1 Definitions
P:1.1 "Software" means Vendor's YardWise terminal planning system, version 7, comprising the berth planning, yard planning, vessel stowage interface and equipment dispatch modules, with its documentation.
P:1.2 "Customised Deliverables" means the interfaces, reports, planning rules and configuration developed by Vendor specifically for Customer under this Agreement, including their source code and documentation.
P:1.3 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the system has passed the Final Acceptance Tests.
P:1.4 "Customer Data" means all data of Customer processed in or by the Software, including vessel schedules, container records, yard inventories, equipment logs and personal information of Customer's staff and drivers.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's terminal in Rizhao and at its disaster-recovery site, for an unlimited number of named users, for Customer's own terminal operations.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence continues after the end of any support period and cannot be revoked except for Customer's material breach of the licence terms that is not cured within 60 days after notice.
H:Article 3 Services
P:3.1 Vendor will provide the following services: installation on Customer's servers; configuration of berths, yard blocks and equipment; development of interfaces to Customer's terminal operating system, gate system and customs platform; migration of yard and equipment master data; and training of planners, controllers and IT administrators.
P:3.2 Vendor will deliver the project plan within 15 days after signature and complete the services for Final Acceptance testing within 150 days after signature.
P:3.3 Vendor will appoint a project manager with experience in container terminal projects. Replacing the project manager requires Customer's consent.
P:3.4 Customer will provide the servers, operating systems and database licences meeting Vendor's written specification, network access at the terminal, the interface specifications of its terminal operating system and gate system, and the time of its planners for workshops and testing. Delays caused by Customer extend Vendor's dates accordingly.
P:3.5 Training will consist of at least eight days on site: five days for berth and yard planners, two days for control-room staff and one day for IT administrators, with printed and electronic manuals in Chinese and English.
P:3.6 Vendor will report progress to Customer every two weeks in writing, listing work completed, open issues, risks and the plan for the next two weeks, and will attend a steering meeting with Customer each month.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,780,000, including VAT, made up of: Licence Fee CNY 1,240,000; implementation and interface services CNY 410,000; data migration CNY 92,000; and training CNY 38,000.
P:4.2 Customer will pay 20% of the Contract Price (CNY 356,000) within 15 days after signature, against Vendor's invoice and an advance payment guarantee from a bank acceptable to Customer.
P:4.3 Customer will pay 45% of the Contract Price (CNY 801,000) within 15 days after the Software is installed and the Go-Live Certificate is signed. Go-Live is not acceptance.
P:4.4 Customer will pay the remaining 35% of the Contract Price (CNY 623,000) within 15 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 After installation and configuration, Vendor will run the Final Acceptance Tests set out in the acceptance test plan agreed by the parties.
P:5.2 The Final Acceptance Tests include: all functions listed in the functional specification; berth and yard plans generated for a peak-week scenario within 90 seconds; all interfaces exchanging data without loss for 20 consecutive days; migrated master data reconciled with the source without difference; and no Severity 1 defect during a 45-day live run.
P:5.3 Customer will confirm Final Acceptance in writing when all tests are passed. Go-live, live use or payment does not count as acceptance. Failed tests are repeated after correction at Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Customised Deliverables will perform in accordance with the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor will correct defects and provide updates and support free of charge.
P:6.2 After the Warranty Period Customer may buy annual support. The annual support fee is 11% of the Licence Fee, that is CNY 136,400 per year, and Vendor will not increase it during the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Support levels during the Warranty Period and any support year: Severity 1 (planning or dispatch unavailable, terminal operations affected) - response within 1 hour, 24 hours a day, workaround within 6 hours; Severity 2 (a module degraded) - response within 2 hours; Severity 3 - response within one business day.
P:6.4 For each hour by which Vendor misses the Severity 1 response or workaround time, Vendor will credit CNY 1,200 against the next payment or support invoice.
P:6.5 Annual support includes corrections, new versions and releases of the Software, updates of the Customised Deliverables needed to keep them working with new versions, remote assistance by telephone and the service portal, and one on-site health check per year with a written report on performance, capacity and open issues.
H:Article 7 Intellectual Property
P:7.1 Vendor keeps all intellectual property in the Software.
P:7.2 The Customised Deliverables belong to Customer from delivery. Vendor will hand over their source code and documentation before Final Acceptance. Customer may use, modify and license them to third parties freely.
P:7.3 Vendor will defend Customer against any claim that the Software or the Customised Deliverables infringe a third party's rights and will pay any resulting damages and costs.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor may use it only to perform this Agreement and for no other purpose, and will not keep copies after the work for which it was needed is done.
P:8.2 The Software runs on Customer's servers in Rizhao. Vendor will access them remotely only through Customer's VPN and bastion host, with named accounts and multi-factor authentication, each session approved by Customer.
P:8.3 Vendor will comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and will not transfer Customer Data outside mainland China.
P:8.4 Vendor will notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data and will cooperate in containing it. Vendor is liable for Customer's losses caused by Vendor's breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party will keep secret the other party's non-public information received under this Agreement, including Customer's operational data, layouts and prices, and will use it only for this Agreement.
P:9.2 This obligation continues for three years after the Agreement ends.
H:Article 10 Delay Damages
P:10.1 If Vendor fails to make the system ready for Final Acceptance testing by the date in Article 3.2 for reasons not attributable to Customer, Vendor will pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:10.2 The total liquidated damages under this Article will not exceed 8% of the Contract Price.
H:Article 11 Liability
P:11.1 Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Article 8.
H:Article 12 Subcontracting
P:12.1 Vendor will not subcontract any part of the services without Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay under Article 10 exceeds 60 days.
P:13.2 On such termination Vendor will refund the amounts paid for work not accepted and hand over all Customised Deliverables completed so far.
H:Article 14 Governing Law and Dispute Resolution
P:14.1 This Agreement is governed by and construed in accordance with the laws of the Sultanate of Oman.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration at the Oman Commercial Arbitration Centre in Muscat, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with the functional specification and the acceptance test plan, is the entire agreement between the parties on its subject.
P:15.2 Amendments are valid only in writing and signed by both parties.
P:15.3 Neither party may assign this Agreement without the written consent of the other party. Notices must be in writing and delivered by courier or email to the addresses stated above.
P:15.4 This Agreement is signed in two originals in English, one for each party.
P:For Vendor: ____________________     For Customer: ____________________
"""

H668E03 = """T:Supply Contract for Cold-Store Sensors and Monitoring Software
P:Contract No. HXF-CS-2025-062
P:Buyer: Hangzhou Xinfeng Cold Chain Food Distribution Co., Ltd., Yuhang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer")
P:Supplier: Nizwa Instruments and Controls LLC, Firq Industrial Estate, Nizwa, Ad Dakhiliyah Governorate, Sultanate of Oman (the "Supplier")
P:The Buyer has selected the Supplier, after a competitive quotation process, to supply and install wireless temperature and humidity sensors, gateways and a monitoring software licence for the Buyer's cold stores. The parties agree on the following terms, which are the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's ColdSight monitoring software, including its server, web and mobile components and documentation, licensed under clause 3.
P:1.3 "Sites" means the Buyer's six cold stores in Hangzhou, Ningbo and Shaoxing, listed in Annex 1.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
P:1.5 "Buyer Data" means all readings, alarms, logs, reports and other data generated by the Equipment or the Software or supplied by the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier will supply, deliver to the Sites, install, configure and commission the Equipment and the Software, integrate the Software with the Buyer's warehouse management system and alarm centre, and train the Buyer's staff.
P:2.2 Prices are fixed and include VAT, packing, insurance and delivery to the Sites (DAP Sites). The Contract Price is CNY 1,630,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, minus 40 to plus 60 °C|420|1,860|781,200
TB:2|LoRa gateway with 4G backup and battery|36|9,400|338,400
TB:3|ColdSight monitoring software, perpetual licence, unlimited users|1|260,000|260,000
TB:|Equipment and Licence Subtotal|||1,379,600
TB:4|Installation, mounting and commissioning at six Sites|1|148,000|148,000
TB:5|Integration with WMS and alarm centre, configuration|1|86,400|86,400
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,630,000
P:2.3 The Supplier will deliver installation drawings for each cold room, an as-built list of sensor locations and serial numbers, calibration certificates, user and administrator manuals in Chinese, and the interface specifications of the integration with the warehouse management system.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the Buyer's own operations at all its sites, present and future, for an unlimited number of users.
P:3.2 The licence includes the right to make copies for backup, testing and disaster recovery.
H:4. Delivery and Installation
P:4.1 The Supplier will deliver all Equipment to the Sites within 40 days after signature and complete installation and commissioning within 75 days after signature.
P:4.2 Installation will be done in the cold stores without interrupting the Buyer's operations. The Supplier's staff will follow the Buyer's site rules on food safety, low-temperature work and forklift traffic.
P:4.3 Title to the Equipment passes to the Buyer on delivery; risk passes on Final Acceptance.
P:4.4 The Supplier will deliver, free of charge, a stock of spare sensors and one spare gateway per Site, and will keep spare parts available for at least seven years after Final Acceptance.
P:4.5 The Buyer will provide power points, network connections, server capacity and access to the cold rooms at agreed times, and will name a project contact at each Site.
H:5. Payment
P:5.1 10% of the Contract Price (CNY 163,000) within 15 days after signature, against an advance payment guarantee from a bank in mainland China.
P:5.2 55% of the Contract Price (CNY 896,500) within 15 days after all Equipment is delivered and installed, on the Buyer's signed installation record. Delivery and installation are not acceptance.
P:5.3 35% of the Contract Price (CNY 570,500) within 15 days after Final Acceptance.
P:5.4 Each payment is subject to a valid VAT special invoice issued by the Supplier or its appointed agent in China.
H:6. Acceptance
P:6.1 Final Acceptance tests: (a) every sensor reports to the Software and its readings are within plus or minus 0.3 °C of a calibrated reference thermometer at three test points per cold room; (b) alarms reach the Buyer's alarm centre and duty phones within 60 seconds of a simulated temperature breach; (c) no reading is lost during a simulated gateway power failure and 4G switchover; (d) data in the warehouse management system matches the Software for every cold room; (e) the system runs for 30 consecutive days without a Severity 1 fault; and (f) calibration certificates for all sensors are delivered.
P:6.2 The Buyer will sign the Final Acceptance Certificate when all tests are passed. Installation, use or payment does not count as acceptance. If a test fails, the Supplier will correct the fault at its cost within ten days and the test will be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier will repair or replace faulty Equipment, provide Software updates and fixes, and recalibrate the sensors once a year, all free of charge.
P:7.2 After the Warranty Period the Buyer may order annual support for years four and five at 6% of the Equipment and Licence Subtotal per year, that is CNY 82,776 per year. This fee is fixed and will not be increased. Support is ordered year by year by written purchase order and does not renew automatically.
P:7.3 Fault levels and response times during the Warranty Period and support years:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms unavailable for a whole Site|30 minutes|8 hours (on site if needed)
TB:Severity 2|A cold room or gateway not reporting|2 hours|next business day
TB:Severity 3|Single sensor or minor software issue|1 business day|5 business days
P:7.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier will pay the Buyer CNY 600, deducted from the next payment or paid on demand.
H:8. Intellectual Property
P:8.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Equipment.
P:8.2 The integration interfaces, alarm rules, report templates and configuration made for the Buyer belong to the Buyer. The Supplier will deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The Software is installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN and bastion host, and is logged. Buyer Data will not be transferred outside mainland China.
P:9.3 The Supplier will comply with PRC laws on cybersecurity and data security, notify the Buyer within 12 hours of any security incident affecting Buyer Data, and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier will keep secret all non-public information of the Buyer, including site layouts, customer names, product lists and prices, and will not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the Contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery or in completing installation under clause 4.1, the Supplier will pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct or breach of clause 9.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay under clause 11.1 exceeds 45 days. The Supplier will then refund amounts paid for Equipment or services not accepted and remove Equipment the Buyer rejects.
P:13.2 Neither party is liable for delay caused by force majeure events, such as natural disasters, epidemics or government action, if it notifies the other party promptly. If such an event lasts more than 60 days, either party may terminate this Contract by written notice.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes will be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:15. General
P:15.1 Annexes: Annex 1 Sites; Annex 2 Technical Specifications; Annex 3 Acceptance Test Plan. Amendments must be in writing and signed by both parties.
P:15.2 The Supplier may not assign this Contract or any payment under it without the Buyer's written consent. This Contract is signed in English and Chinese, and both versions have equal effect.
P:For the Buyer: ____________________     For the Supplier: ____________________
"""

SOURCES = {"h668z01": H668Z01, "h668z02": H668Z02, "h668e01": H668E01, "h668e03": H668E03}
TARGETS = {"h668z01": ("h668z01_acrobatic_troupe_show_safety_platform.pdf", "pdf"),
           "h668z02": ("h668z02_toy_brick_line_control_retrofit.docx", "docx"),
           "h668e01": ("h668e01_terminal_planning_licence_salalah_vendor.pdf", "pdf"),
           "h668e03": ("h668e03_cold_store_sensors_monitoring_licence.docx", "docx")}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(file, lang, category, terms, extra, rules, risk, items=None, fee_base=None, forum_outside=False):
    return dict(file=file, language=lang, category=category, terms=terms, extra=extra, rules=sorted(rules), risk=risk,
                items=items, fee_base=fee_base, forum_outside=forum_outside)


def T(av, p1, rem, ip, ds, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
DESIGN = {
    "h668z01": lab("h668z01_acrobatic_troupe_show_safety_platform.pdf", "zh", "software",
                   T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, True,
                     "PRC", G),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=1500000),
                   ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium",
                   items=[860000, 520000, 96000, 24000], fee_base=860000),
    "h668z02": lab("h668z02_toy_brick_line_control_retrofit.docx", "zh", "hardware",
                   T(None, 0.5, False, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7, False, False,
                     False, "PRC", G),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=1200000),
                   ["CR-SLA-NO-REMEDY", "CR-TERMINATION"], "medium",
                   items=[468000, 236000, 98000, 186000, 124000, 76000, 12000], fee_base=988000),
    "h668z03": lab("h668z03_chess_room_chain_booking_saas.txt", "zh", "cloud",
                   T(99.95, 0.25, True, "buyer", False, True, True, 500 / 690000 * 100, 150, None, True, None, None,
                     None, True, True, False, "PRC", S),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=690000),
                   ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high", items=[286000, 286000, 118000]),
    "h668z04": lab("h668z04_opera_house_ticketing_om_service.txt", "zh", "services",
                   T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                     True, False, "PRC", S),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
                   [], "low", items=[117000] * 4),
    "h668z05": lab("h668z05_kite_factory_tracking_supplier_template.md", "zh", "software",
                   T(None, 2, True, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 35, False, True,
                     None, None, G),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=True, contract_value=1100000),
                   ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                    "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high",
                   items=[640000, 380000, 80000], fee_base=640000),
    "h668e01": lab("h668e01_terminal_planning_licence_salalah_vendor.pdf", "en", "software",
                   T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                     "Oman", G),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=1780000),
                   ["CR-GOVERNING-LAW"], "low", items=[1240000, 410000, 92000, 38000], fee_base=1240000,
                   forum_outside=True),
    "h668e02": lab("h668e02_seafood_traceability_saas_order_form.md", "en", "cloud",
                   T(None, None, False, "buyer", True, True, False, 400 / 586000 * 100, 150, None, True, None, None,
                     None, False, True, False, "PRC", S),
                   dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
                   ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high",
                   items=[264000, 264000, 58000]),
    "h668e03": lab("h668e03_cold_store_sensors_monitoring_licence.docx", "en", "hardware",
                   T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
                     "PRC", G),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=1630000),
                   [], "low", items=[420 * 1860, 36 * 9400, 260000, 148000, 86400, 16000], fee_base=1379600),
    "h668e04": lab("h668e04_managed_network_endpoint_services.md", "en", "services",
                   T(99.95, 0.25, True, "buyer", True, True, True, None, 9 / 36 * 100, None, True, None, None, None,
                     False, True, False, "PRC", S),
                   dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2160000),
                   ["CR-LD-MISSING", "CR-LIABILITY-CAP"], "high", items=[72000] + [58000] * 36),
    "h668e05": lab("h668e05_marine_weather_api_subscription.txt", "en", "cloud",
                   T(99.7, 1, True, "buyer", True, False, True, 500 / 738000 * 100, 150, None, True, None, None, None,
                     True, True, False, "PRC", S),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=738000),
                   ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium",
                   items=[348000, 348000, 42000]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of §3)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(d):
    t, e = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (e["contract_value"] + fees) * 100


def derive(d):
    """My reading of policy §3, applied to the label."""
    t, e, r = d["terms"], d["extra"], set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![a-z\-])four[\s\-]*hours?",
    r"(?<![十一二三])四个?小时",
    r"(?<![0-9.])0\.05(?![0-9])",
    r"万分之五(?![十0-9])",
    r"(?<![0-9.])100\s*(?:%|％|per\s*cent)",
    r"百分之(?:一)?百",
    r"(?<![0-9.])30\s*(?:%|％|per\s*cent)",
    r"百分之三十(?![一二三四五六七八九])",
    r"thirty\s*per\s*cent",
    r"(?<![0-9.])15\s*(?:%|％|per\s*cent)",
    r"百分之十五",
    r"fifteen\s*per\s*cent",
    r"(?<![0-9.])40\s*(?:%|％|per\s*cent)",
    r"百分之四十(?![一二三四五六七八九])",
    r"forty\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:-\s*)?(?:months?|个月)",
    r"twelve[\s\-]*(?:\(12\)\s*)?months?",
    r"(?<![一二三四五六七八九])十二个月",
    r"(?<![0-9.])5\s*(?:-\s*)?(?:years?|年(?!度))",
    r"(?<![a-z\-])five[\s\-]*years?",
    r"(?<![十一二三四六七八九〇])五年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "within four hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "15 %", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "十二个月", "twelve (12) months", "5 years", "五年", "five-year"]
MUST_MISS = ["99.95%", "99.7%", "24 hours", "二十四小时", "24小时", "14 hours", "0.055%", "万分之五十", "130%",
             "1.30%", "115%", "2025年", "15 days", "40 days", "112 months", "二十二个月", "十五年", "twenty-four",
             "150%", "200%", "0.08%", "万分之八", "25 years", "4G backup"]


def selftest():
    for s in MUST_HIT:
        assert any(r.search(s) for r in RX), "must hit: " + s
    for s in MUST_MISS:
        assert not any(r.search(s) for r in RX), "must miss: " + s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    selftest()
    covered = set()
    for key, d in DESIGN.items():
        path = OUT / d["file"]
        text = read_back(path)
        if d["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for r in RX:
                m = r.search(form)
                assert not m, (key, r.pattern, form[max(0, m.start() - 30):m.end() + 30])
        t, e = d["terms"], d["extra"]
        assert list(t) == KEYS
        assert sum(d["items"]) == e["contract_value"], (key, sum(d["items"]))
        assert t["availability_pct"] != TH["availability"] and t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
        assert t["liability_cap_pct"] != TH["cap"] and t["prepayment_pct"] != TH["prepay"]
        assert t["warranty_months"] != TH["warranty"] and t["post_warranty_fee_pct"] != TH["pwf"]
        s = tco_share(d)
        assert s is None or abs(s - TH["tco"]) > 2, (key, s)
        rules = derive(d)
        assert rules == d["rules"], (key, rules, d["rules"])
        assert risk_of(rules) == d["risk"], (key, risk_of(rules))
        covered |= set(rules)
        label = {"file": d["file"], "language": d["language"], "category": d["category"], "expected_terms": t,
                 "expected_extra": e, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key}: {n} {'chars' if d['language'] == 'zh' else 'words'}; rules {rules or '-'}; risk {d['risk']}"
              + (f"; TCO share {s:.1f} %" if s is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(d["rules"]) for d in DESIGN.values()]
    print("coverage: all", len(ALL_RULES), "rules; findings per draft", mix)


if __name__ == "__main__":
    main()
