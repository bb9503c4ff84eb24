"""Builds the Word and PDF contracts of holdout36 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; it writes the two .docx and the two .pdf files into this folder.
PDFs are broken into lines at word boundaries first (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H36Z01 = """
T:仓储物流及零售终端信息化系统集成合同
P:合同编号：MJYY-XXH-2025-017
P:甲方（采购方）：闽江盐业集团有限公司
P:乙方（供应方）：福州智链信息技术有限公司
P:为提升甲方省内六个区域配送仓库的作业效率及直营门店的收银、会员和食盐防伪追溯管理水平，甲方通过竞争性谈判确定乙方为成交供应商。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责供应仓储管理系统（WMS）软件、手持数据终端、RFID通道门、零售智能收银终端、门店管理及收银软件、服务器及存储设备，并完成安装部署、与甲方ERP系统及食盐电子追溯平台的接口开发、基础数据初始化和培训，使系统整体投入正常使用。
P:1.2 项目范围覆盖甲方六个区域配送仓库及二百六十个直营零售门店，详细技术要求以本合同附件一《技术规格及配置清单》为准。
P:1.3 乙方应指派具备同类项目经验的项目经理及不少于六名实施工程师，项目经理未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰伍拾陆万元整（¥3,560,000.00），为含税固定总价，包括设备、软件许可、运输、保险、安装、接口开发、培训、质保期内服务及全部税费，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|仓储管理系统（WMS）软件许可（六个仓库节点）|1套|486,000|486,000
TB:2|手持数据终端（PDA）|120台|3,800|456,000
TB:3|RFID通道门及读写器|18套|21,500|387,000
TB:4|零售智能收银终端|260台|4,650|1,209,000
TB:5|门店管理及收银软件许可|260点|900|234,000
TB:6|服务器及存储设备|1批|318,000|318,000
TB:|软硬件小计|||3,090,000
TB:7|ERP及追溯平台接口开发|1项|262,000|262,000
TB:8|安装部署及数据初始化|1项|171,000|171,000
TB:9|培训|1项|37,000|37,000
TB:|合计|||3,560,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的等额发票支付合同总价的百分之二十作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的百分之五十。到货签收及安装调试记录仅证明设备数量及安装情况，不代表验收合格。
P:3.3 系统终验合格后，甲方支付合同总价的百分之二十五。
P:3.4 剩余百分之五作为质量保证金，质保期满且乙方无未了责任的，甲方无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备供货，九十日内完成安装部署和接口联调并提交初验申请。门店终端按甲方确定的批次分区域上线，每批上线前乙方应完成门店人员操作培训。
P:4.2 门店收银终端的现场安装可由乙方委托门店所在地的服务商实施，乙方应提前五个工作日书面通知甲方，无需另行取得甲方同意；乙方对受托方的工作承担全部责任。
P:4.3 设备到货时，双方共同开箱清点，核对型号、数量及序列号，并签署到货签收单。
P:4.4 系统切换应安排在仓库作业低峰时段进行，乙方应制定切换及回退方案并经甲方确认，不得影响食盐正常调运和门店营业。
H:第五条 验收
P:5.1 初验合格后系统进入为期六十日的试运行。终验标准包括：（一）WMS出入库、盘点、库位管理及波次拣货功能符合附件一；（二）PDA扫码一次识读成功率不低于98%；（三）RFID通道门整箱识读准确率不低于99%；（四）收银终端单笔交易处理时间不超过2秒；（五）与ERP及追溯平台的接口数据连续十个工作日核对一致；（六）试运行期间无一级故障。
P:5.2 甲方在乙方提交终验申请后十个工作日内组织终验并出具书面结论。设备安装、系统上线、甲方使用或付款均不视为验收合格。终验不合格的，乙方应在十五日内整改并重新申请终验。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及技术支持，并每半年对仓库设备巡检一次。
P:6.2 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|任一仓库WMS停止作业，或十家以上门店无法收银|30分钟|2小时|8小时
TB:二级|单个仓库部分功能异常，或少量门店终端故障|2小时|次日|2个工作日
TB:三级|一般性问题及使用咨询|1个工作日|按需|5个工作日
P:6.3 乙方未按上表时限响应、到场或修复的，每超时一小时扣减质量保证金人民币壹仟元；质量保证金不足扣减的，甲方有权从应付款中扣除。
P:6.4 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过软硬件小计的百分之八（即每年不超过人民币贰拾肆万柒仟贰佰元），并在质保期满后两年内保持不变。维护合同不自动续期。
H:第七条 数据安全
P:7.1 系统中的仓储、销售、会员及追溯数据均属于甲方所有。乙方仅为履行本合同之目的使用，不得复制、留存、向第三方提供或用于任何其他目的。
P:7.2 乙方应按照网络安全等级保护要求实施部署，远程维护须经甲方审批并通过甲方堡垒机进行；发生数据泄露或其他安全事件的，乙方应在两小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担赔偿责任。
P:7.3 项目终验或合同终止后，乙方应删除其为实施目的接触的全部甲方数据副本，并向甲方出具书面确认。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方商业秘密、客户及会员信息、网络拓扑及账号口令负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至相关信息依法公开之日止，不因合同终止而失效。
H:第九条 知识产权
P:9.1 乙方为本项目开发的接口程序、定制报表及其源代码、技术文档的知识产权归甲方所有，乙方应在终验时一并交付。乙方原有软件产品的知识产权仍归乙方，甲方在本合同范围内永久使用。
P:9.2 乙方保证所供软硬件不侵犯第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成实施的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失造成的损失除外。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或交付的系统经两次验收仍不合格，或有其他根本违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交福州仲裁委员会仲裁。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的一方，应在不可抗力发生后五日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十四条 其他
P:14.1 附件一《技术规格及配置清单》、附件二《实施计划》、附件三《培训方案》为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：闽江盐业集团有限公司          乙方（盖章）：福州智链信息技术有限公司
P:授权代表：                                  授权代表：
"""

H36Z04 = """
T:住房公积金服务大厅排队叫号及自助设备运维服务合同
P:项目名称：服务大厅排队叫号及自助设备运维服务（政府采购）
P:合同编号：NZGJJ-ZFCG-2025-FW-006
P:甲方（采购人）：宁州市住房公积金管理中心
P:乙方（供应商）：宁州恒通智能设备服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务范围与内容
P:1.1 服务对象为甲方服务大厅及所辖九个县（区）管理部的排队叫号及自助服务设备，包括：取号机11台、窗口叫号器及窗口显示屏各86套、服务评价器86个、大厅综合显示屏10块、自助查询打印终端34台、自助业务办理终端12台及排队叫号管理软件，设备清单见附件一。
P:1.2 服务内容包括：日常巡检、故障维修、零配件更换、软件维护及补丁更新、设备清洁保养、业务高峰期现场保障、配合甲方业务系统升级及设备移机，以及运维台账和报告的编制。
P:1.3 乙方应在服务大厅派驻两名驻场工程师（工作日8:30至17:30及周末延时服务时段），县（区）管理部实行片区巡检和接报上门服务。
P:1.4 乙方每月5日前向甲方提交上月运维报告，内容包括巡检情况、故障及处理、备件消耗、设备健康状况及改进建议；每年末提交一次设备更新改造建议。
H:第二条 服务期限
P:2.1 服务期限为二十四个月，自进场接管验收合格之日的次日起计算。
P:2.2 服务期满本合同自行终止，不自动续期。甲方需要继续采购的，依法重新组织采购。
H:第三条 合同价款
P:3.1 本合同总价为人民币玖拾万肆仟元整（¥904,000.00），由下列两部分组成：
P:（1）进场接管费：人民币28,000元，包括设备清点、建档、全面健康检查及备件库建立；
P:（2）运维服务费：每月人民币36,500元，服务期二十四个月，合计人民币876,000元。
P:3.2 合同总价已包含人工、交通、工具、单价在人民币贰仟元以下的零配件、耗材（不含打印纸）及税费。单价在人民币贰仟元以上的主要部件由乙方报价，经甲方书面确认后另行采购。
H:第四条 支付方式
P:4.1 本项目不设预付款。
P:4.2 进场接管费在接管验收合格后十五个工作日内支付。
P:4.3 运维服务费按季度支付，每季度人民币109,500元。甲方在每季度考核完成后十五个工作日内，按考核结果扣减相应款项后支付。
P:4.4 乙方应在每次付款前开具合法有效的发票。
H:第五条 进场接管与考核验收
P:5.1 乙方应在合同签订后二十日内完成进场接管：逐台清点设备并建立设备档案，对全部设备进行健康检查，按附件二建立备件库，编制运维手册及应急预案。
P:5.2 接管验收标准：设备台账与实物一致；全部设备运行正常或已明确故障并提出处理方案；备件储备达到附件二清单要求；运维手册及应急预案经甲方审核通过。甲方在乙方提交申请后五个工作日内验收，并出具书面接管验收意见。
P:5.3 甲方每季度按附件三《服务考核表》对乙方的服务进行考核验收，考核内容包括巡检计划完成率、故障按时处理率、系统可用率、办事群众对设备使用的满意度及运维资料完整性。考核结果作为支付当季服务费的依据；考核未达标的，按第六条扣款。
H:第六条 服务水平及扣款
P:6.1 排队叫号系统在服务时段内的月度可用率不低于99.95%。
P:6.2 故障分级及处理时限：
P:（1）一级故障：服务大厅或任一县（区）管理部的排队叫号系统整体瘫痪，或该场所自助终端全部无法使用。乙方应在15分钟内远程响应，服务大厅1小时内、县（区）管理部2小时内到场，3小时内恢复使用。
P:（2）二级故障：单台取号机、自助终端或窗口设备故障。30分钟内响应，当日内修复或以备机替换。
P:（3）三级故障：不影响业务办理的一般性问题。1个工作日内处理。
P:6.3 扣款标准：响应、到场或恢复每超时一次，扣款人民币捌佰元；月度可用率每低于承诺值0.01个百分点，扣当季运维服务费的百分之一；巡检漏检一台次扣款人民币贰佰元。当季扣款累计不超过当季运维服务费的百分之二十。
P:6.4 每年年度结息、集中提取等业务高峰期间及甲方延时服务日，乙方应增派一名工程师现场保障，不另收费。
H:第七条 人员管理
P:7.1 乙方驻场工程师应具备相应的技术能力，上岗前经甲方面试确认。乙方更换驻场工程师应提前十日书面告知甲方并取得甲方同意。
P:7.2 乙方人员应遵守甲方服务大厅管理制度，着装整洁，文明服务，不得在服务区域内影响群众办事。
P:7.3 乙方人员在服务期间发生的人身伤害、劳动争议及社会保险事项由乙方自行负责。
P:7.4 甲方应为驻场工程师提供工作场所及备件存放场所，及时报修，并配合乙方开展巡检和考核。
H:第八条 数据安全
P:8.1 排队叫号及自助设备中存储的缴存职工身份信息、业务办理记录、评价数据及图像资料属于甲方所有。乙方不得查询、复制、留存或向任何第三方提供上述数据。
P:8.2 设备维修需拆换硬盘等存储介质的，原存储介质归甲方所有，由甲方留存或在甲方监督下进行物理销毁，不得带离甲方场所。本项目不允许远程登录甲方业务系统，现场维护须经甲方登记并由甲方人员陪同。
P:8.3 乙方应建立数据安全管理制度并对驻场人员进行培训。发生数据泄露、丢失或被篡改等安全事件的，乙方应在一小时内报告甲方，配合调查处置，并承担因乙方原因造成的全部损失和法律责任。
P:8.4 服务期满或合同解除时，乙方应交还全部门禁卡、钥匙及系统账号，并出具未留存任何甲方数据的书面承诺。
H:第九条 保密
P:9.1 乙方对在服务过程中知悉的甲方工作秘密、网络结构、系统账号及缴存职工个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻场人员签订保密协议。本条在合同终止后持续有效。
H:第十条 知识产权
P:10.1 乙方在服务过程中形成的设备档案、运维手册、应急预案、巡检及故障记录、配置备份和维护脚本归甲方所有，甲方可自行或交由后续服务商使用、修改。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的服务转包或分包给第三方。
H:第十二条 违约责任
P:12.1 乙方未按第5.1条约定期限完成进场接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 服务质量不达标的，按第六条扣款；扣款不影响甲方要求乙方赔偿损失的权利。
P:12.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十三条 合同解除
P:13.1 乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内仍未纠正，或发生重大数据安全事件的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 合同终止或解除时，乙方应在十日内向甲方移交全部设备档案、运维资料、备件及系统账号，配合新服务商完成交接。
P:13.3 因财政预算调整或机构职能调整确需变更或提前终止本合同的，双方协商处理，甲方按乙方实际提供服务的期间结算服务费。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 磋商文件、乙方响应文件、成交通知书及本合同附件均为本合同的组成部分。附件：附件一 设备清单；附件二 备件清单；附件三 服务考核表。
P:15.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁州市住房公积金管理中心    乙方（盖章）：宁州恒通智能设备服务有限公司
P:法定代表人或委托代理人：    法定代表人或委托代理人：
"""

H36E02 = """
T:Supply Contract for Centrifuge Vibration Monitoring System
P:Contract No. NSR-EQ-2025-0611
P:The Buyer: Nanning Sweetriver Sugar Refining Co., Ltd., Wuming District, Nanning, Guangxi, PRC.
P:The Supplier: Kinetrix Condition Monitoring Technology (Suzhou) Co., Ltd., Suzhou Industrial Park, Jiangsu, PRC.
P:The Buyer operates fourteen (14) batch centrifuges and six (6) continuous centrifuges in its refinery. Following a competitive tender, the Buyer has selected the Supplier to supply, install and support an online vibration and condition monitoring system for these machines. The parties therefore agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply wireless triaxial vibration sensors, temperature and speed sensors, gateways, edge servers and a perpetual licence of the Kinetrix condition monitoring software, and shall install, commission and integrate the system with the Buyer's distributed control system (DCS) through OPC UA, so that vibration, temperature and speed data of every centrifuge are collected, analysed and alarmed in real time.
P:1.2 The Supplier shall also build the vibration baseline of each centrifuge, configure alarm thresholds with the Buyer's maintenance department, and train the Buyer's operators and maintenance engineers.
P:1.3 Training comprises two one-day sessions for DCS operators and a three-day course for maintenance engineers on vibration analysis, fault patterns of centrifuge bearings and baskets, and daily use of the software. The Supplier shall provide training materials in Chinese.
P:1.4 The detailed technical specification, sensor layout and interface list are set out in Annex 1.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,700,000 (one million seven hundred thousand yuan), VAT included. It is a fixed price and covers all equipment, software licences, delivery to the refinery, insurance, installation, commissioning, integration, training and the warranty services under Article 6.
P:2.2 Price breakdown:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, industrial grade, IP67|168|4,200|705,600
TB:2|Temperature and speed sensor|56|1,850|103,600
TB:3|Wireless gateway|14|9,800|137,200
TB:4|Edge server (redundant pair)|2|68,500|137,000
TB:5|Condition monitoring software, perpetual licence, 200 channels|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,439,400
TB:6|Installation and commissioning|1|126,000|126,000
TB:7|DCS / OPC UA integration|1|88,000|88,000
TB:8|Baseline analysis and training|1|46,600|46,600
TB:|Contract Price|||1,700,000
H:Article 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price within twenty (20) days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Fifty-five per cent (55%) after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 Thirty-five per cent (35%) after the Final Acceptance Certificate has been signed under Article 5.
P:3.4 Each payment is due within thirty (30) days after receipt of a correct VAT invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the refinery within forty-five (45) days after signature and complete installation and commissioning within thirty (30) days after delivery. Installation work on centrifuges shall be carried out during the planned maintenance stops notified by the Buyer, and the Supplier shall follow the Buyer's lock-out, hot-work and food-safety rules.
P:4.2 If the Supplier fails to deliver or to complete installation by the dates in 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The Buyer may deduct the damages from any payment due.
H:Article 5 Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty (30) days during the crushing and refining season. Final Acceptance requires that: (a) every sensor reports to the edge servers and the data loss rate over the trial period is below 0.5%; (b) vibration alarms reach the DCS operator station within ten (10) seconds, tested on at least one centrifuge of each type; (c) the baseline report for every centrifuge has been approved by the Buyer's maintenance department; (d) the OPC UA interface delivers all tags in Annex 1 to the DCS; and (e) no Severity 1 fault occurred during the trial period.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within ten (10) days after the criteria are met, or give written reasons for refusal. Installation, commissioning, operation of the system or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective equipment free of charge, provide software updates and upgrades free of charge, and carry out two on-site health checks per year.
P:6.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|monitoring of one or more centrifuges lost, or false trips sent to the DCS|30 minutes|6 hours|24 hours
TB:Severity 2|single sensor or gateway faulty, analysis functions degraded|2 hours|next day|3 days
TB:Severity 3|minor issue or question|1 business day|as needed|10 days
P:6.3 For each hour by which a response, on-site or restoration time in the table is exceeded, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any sum due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support (updates, remote diagnosis, the service levels in 6.2 and one on-site health check per year) for a fee of nine per cent (9%) of the Hardware and Licence Subtotal per year, i.e. CNY 129,546 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 All process data, vibration and temperature records, baselines, alarm histories and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy them, use them for other purposes or disclose them to any third party.
P:7.2 The system is installed in the Buyer's plant network. Remote access by the Supplier is allowed only through the Buyer's VPN, after the Buyer approves each session, and all sessions are logged. The Supplier shall apply the industrial control system security measures in Annex 1 and shall not connect the system to any external cloud.
P:7.3 The Supplier shall report any security incident involving the system or the Buyer's data within twenty-four (24) hours, take remedial action and compensate the Buyer for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The integration scripts, DCS interface configuration, alarm configuration and baseline reports made for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The embedded firmware and the monitoring software remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually for use at the refinery.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's process parameters, production figures and network information, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the Contract ends.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to one hundred and fifty per cent (150%) of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9, which are not limited.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after notice, or if the liquidated damages under 4.2 reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:Article 13 Supplier's Personnel
P:13.1 The Supplier shall name a project manager and a commissioning engineer with experience of rotating-machinery monitoring. Its personnel on site shall hold the required safety training and follow the Buyer's site rules, and shall not be replaced without notice to the Buyer.
H:Article 14 Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five (5) days and provide evidence. The time for performance is extended accordingly.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:Article 16 Miscellaneous
P:16.1 Annex 1 (Technical specification, sensor layout and interface list) and Annex 2 (Training plan) form part of this Contract.
P:16.2 This Contract is made in four originals, two for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H36E04 = """
T:Licence and Implementation Agreement - Exhibit Content Management System
P:Agreement No. XHMM-2025-IT-09
P:This Agreement is made between Xiamen Harbour Maritime Museum, a public museum in Siming District, Xiamen, Fujian, PRC (the "Museum"), and Tidewell Interactive Pte. Ltd., a company incorporated in Singapore with its registered office at 71 Robinson Road, Singapore (the "Vendor").
P:The Museum is renewing the digital layer of its three permanent galleries (the Age of Sail, the Port of Xiamen, and Ships and Navigation) and wishes to license the Vendor's exhibit content management system, known as TideCMS, and to have the Vendor implement it. The parties agree as follows.
H:Clause 1 Definitions
P:1.1 "System" means TideCMS, including its server software, the display player software for the endpoints, the authoring tools and the Documentation.
P:1.2 "Endpoints" means the display screens, interactive kiosks, projection players and tablets in the galleries on which exhibit content is published, up to one hundred and twenty (120) in number.
P:1.3 "Custom Deliverables" means the interactive templates, the gallery applications, the ticketing and collections interfaces, the migration scripts and all related source code and documentation made by the Vendor for the Museum under this Agreement.
P:1.4 "Museum Data" means all collection records, exhibit texts, images, audio, video and other content, visitor interaction data, newsletter sign-ups and system logs, whether provided by the Museum or generated in the System.
H:Clause 2 Licence
P:2.1 The Vendor grants the Museum a perpetual, non-exclusive, non-transferable licence to use the System for up to one hundred and twenty (120) Endpoints at the Museum's premises, including any temporary exhibitions organised by the Museum.
P:2.2 The Museum may make copies of the System for backup, test and disaster recovery purposes.
H:Clause 3 Implementation Services
P:3.1 The Vendor shall: (a) install and configure the System on the Museum's servers in Xiamen; (b) design and build the interactive templates and four gallery applications described in Schedule 1, in Chinese and English; (c) migrate approximately two thousand three hundred (2,300) exhibit records and their media from the Museum's current systems; (d) integrate the System with the Museum's ticketing system and collections management system; and (e) train the Museum's curators and technical staff.
P:3.2 The Vendor shall complete the implementation in accordance with the project plan in Schedule 2, so that the galleries reopen to the public by the date stated there.
H:Clause 4 Fees
P:4.1 The fees are as follows, in Chinese Renminbi (CNY), inclusive of all taxes, duties and expenses:
TB:Item|Fee (CNY)
TB:TideCMS perpetual licence, 120 Endpoints (Licence Fee)|640,000
TB:Custom interactive templates and gallery applications|372,000
TB:Content migration (2,300 exhibit records and media)|148,000
TB:Ticketing and collections integration|96,000
TB:Training and handover|24,000
TB:Total Contract Price|1,280,000
P:4.2 The Museum shall pay: (a) twenty per cent (20%) of the Total Contract Price within thirty (30) days after signature, against an advance-payment guarantee issued by a bank in mainland China; (b) forty-five per cent (45%) after the Site Acceptance Test under Clause 5.1 has been passed; and (c) thirty-five per cent (35%) after Final Acceptance under Clause 5.2.
P:4.3 All payments are made in CNY within thirty (30) days after receipt of a valid invoice.
H:Clause 5 Acceptance
P:5.1 Site Acceptance Test: the Vendor shall demonstrate that the System is installed and configured, that all Endpoints are connected, and that the Custom Deliverables run in the galleries. Passing the Site Acceptance Test is not Final Acceptance.
P:5.2 Final Acceptance: the System and Custom Deliverables are accepted when (a) content published from the authoring tool reaches all 120 Endpoints within sixty (60) seconds; (b) every migrated exhibit record and its media match the source list reconciled by the Museum's collections department; (c) Chinese and English content is complete on every Endpoint; (d) the ticketing and collections interfaces pass the test cases in Schedule 2; and (e) the galleries have been open to the public for thirty (30) consecutive days without a Severity 1 fault. The Museum shall then sign a Final Acceptance Certificate. Public opening of the galleries or payment does not constitute acceptance.
P:5.3 If the Vendor fails to achieve Final Acceptance by the date in Schedule 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of eight per cent (8%) of the Total Contract Price.
H:Clause 6 Warranty
P:6.1 The Vendor warrants that the System and the Custom Deliverables will perform in accordance with the Documentation and Schedule 1 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide all updates and new versions of the System free of charge.
P:6.2 Faults are classified as Severity 1 (a gallery application or more than ten (10) Endpoints cannot show content while the Museum is open), Severity 2 (individual Endpoints or functions fail) and Severity 3 (other issues). The Vendor shall respond to a Severity 1 fault within one (1) hour and restore service within eight (8) hours; Severity 2 faults shall be responded to within two (2) hours and restored within three (3) business days; Severity 3 faults shall be resolved within ten (10) business days.
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall pay the Museum CNY 800, which the Museum may deduct from any amount due to the Vendor.
P:6.4 Support services are provided from the Vendor's support team located in mainland China, in Chinese, from 08:30 to 18:00 every day the Museum is open.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Museum may order annual support covering updates, new versions, defect correction and the service levels in Clause 6.2 and 6.3, for a fee of eleven per cent (11%) of the Licence Fee per year, i.e. CNY 70,400 per year.
P:7.2 This fee is fixed for three (3) years after the Warranty Period; any later change must be agreed in writing. Support is ordered each year by purchase order and does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the System.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Museum upon creation. The Vendor shall deliver their source code and build instructions at Final Acceptance. The Museum may use, modify and license the Custom Deliverables freely, including through other contractors.
P:8.3 Museum Data and all exhibit content remain the property of the Museum.
H:Clause 9 Museum Data and Security
P:9.1 Museum Data belongs to the Museum. The Vendor may use Museum Data only to perform this Agreement and shall not use it for any other purpose, in any form.
P:9.2 The System is hosted on the Museum's own servers in Xiamen, and Museum Data shall not be transferred outside mainland China. Remote access by the Vendor's support team is allowed only through the Museum's VPN, after the Museum approves each session, and sessions are logged. The Vendor shall comply with the Personal Information Protection Law in handling visitor data.
P:9.3 The Vendor shall notify the Museum within twenty-four (24) hours of any security incident affecting the System or Museum Data, take remedial action, and compensate the Museum for the losses caused by any incident attributable to the Vendor.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Museum's security arrangements, loan agreements and unpublished research, and shall not disclose it without prior written consent. This Clause survives for five (5) years after the end of this Agreement.
H:Clause 11 Subcontracting
P:11.1 The installation of Endpoint software and cabling work in the galleries will be performed by Xiamen Haiyun Exhibition Engineering Co., Ltd., which the Museum approves by signing this Agreement. Any other subcontracting requires the Museum's prior written consent. The Vendor remains responsible for its subcontractors.
H:Clause 12 Liability
P:12.1 The Vendor's aggregate liability under this Agreement shall not exceed two hundred per cent (200%) of the Total Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Clauses 9 and 10.
H:Clause 13 Termination
P:13.1 The Museum may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty (20) days after written notice, or if the liquidated damages under Clause 5.3 reach their maximum.
P:13.2 On termination under 13.1, the Vendor shall refund the fees paid for work not accepted and deliver all Custom Deliverables completed to date with their source code.
H:Clause 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Singapore.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre in accordance with its rules. The seat of arbitration is Singapore and the language is English.
H:Clause 15 General
P:15.1 Schedules: 1 - Functional specification and gallery applications; 2 - Project plan and test cases; 3 - Endpoint list.
P:15.2 This Agreement is signed in English and Chinese; both texts have equal force.
P:Signed for Xiamen Harbour Maritime Museum: ____________________
P:Signed for Tidewell Interactive Pte. Ltd.: ____________________
"""

SOURCES = {"h36z01": H36Z01, "h36z04": H36Z04, "h36e02": H36E02, "h36e04": H36E04}
TARGETS = {"h36z01": ("h36z01_salt_group_warehouse_retail_terminal_integration.docx", "docx"),
           "h36z04": ("h36z04_housing_fund_hall_queuing_self_service_om.pdf", "pdf"),
           "h36e02": ("h36e02_sugar_refinery_centrifuge_vibration_monitoring.docx", "docx"),
           "h36e04": ("h36e04_maritime_museum_exhibit_cms_licence_sg_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
