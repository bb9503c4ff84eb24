"""Builds the .docx and .pdf files of holdout89 from the sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are kept as they are;
only h89z01 and h89e01 (Word, with real tables) and h89z04 and h89e03 (PDF, lines broken at word boundaries) are
generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H89Z01 = """
T:宁川市政务数据共享交换平台建设项目政府采购合同
P:合同编号：NCDSJ-2025-ZFCG-031
P:采购人（甲方）：宁川市大数据管理局
P:地址：宁川市新城区市民中心B座9层
P:供应商（乙方）：浙江数衡信息技术有限公司
P:地址：杭州市滨江区长河街道江虹路459号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及宁川市政务数据共享交换平台建设项目（采购项目编号：NCCG-2025-0417）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责宁川市政务数据共享交换平台的设计、软硬件供货、安装部署、接口开发、数据资源目录编制、系统联调、培训，以及质保期内的运行维护，实现市级42个部门业务系统与平台之间的数据共享交换，并与省级共享交换平台级联。
P:1.2 平台部署于甲方政务云机房及政务外网，前置交换机部署于各部门机房。具体技术要求以招标文件第五章《技术规范书》为准。
P:1.3 乙方应在合同签订之日起一百五十日内完成全部软硬件部署并通过初验。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰柒拾壹万元整（¥3,710,000.00），为固定总价，包含设备、软件、运输、安装、开发、测试、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|数据共享交换平台软件许可（目录管理、交换、接口网关、监控模块）|1套|1,180,000
TB:2|国产数据库及中间件许可|1批|356,000
TB:3|平台服务器（国产CPU，双路）|8台|548,000
TB:4|部门前置交换机|24台|307,200
TB:5|安全设备（下一代防火墙、网闸）|1批|286,000
TB:|软硬件小计||2,677,200
TB:6|42个部门系统接口定制开发|1项|630,000
TB:7|数据资源目录梳理及编目|1项|214,000
TB:8|安装部署、联调及等保测评配合|1项|158,800
TB:9|培训|1项|30,000
TB:|合计||3,710,000
P:2.2 甲方不承担本合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币742,000元。乙方应于收款前提交等额的银行预付款保函。
P:3.2 全部软硬件到货、安装完成并通过初验后，甲方支付合同总价的40%，计人民币1,484,000元。
P:3.3 系统通过终验后，甲方支付合同总价的35%，计人民币1,298,500元。
P:3.4 合同总价的5%，计人民币185,500元，作为质量保证金，质保期满且乙方无未履行义务的，甲方无息退还。
P:3.5 乙方每次请款前应开具合法有效的发票，甲方按财政资金支付程序付款。
H:第四条 交付与安装
P:4.1 乙方应按甲方确认的实施方案分批交付设备，到货后双方共同开箱清点。到货签收仅表示数量与外观核对，不代表质量验收。
P:4.2 乙方在政务云机房及各部门机房施工，应遵守甲方机房管理制度，施工人员实名登记。
H:第五条 服务水平
P:5.1 质保期内，乙方保证平台年可用率不低于99.5%。计划内维护须提前三个工作日经甲方同意，每月累计不超过6小时，不计入不可用时间。
P:5.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体中断、省市级联中断或三个以上部门交换中断|30分钟|2小时|8小时
TB:二级|单个部门交换中断或部分功能不可用|1小时|当日|24小时
TB:三级|一般性问题、使用咨询|8小时|按需|5个工作日
P:5.3 年可用率每低于承诺值0.1个百分点，乙方向甲方支付服务违约金人民币5,000元；响应、到场或恢复每超时一小时，乙方支付人民币1,000元。上述款项从质量保证金中扣除，不足部分由乙方另行支付。
H:第六条 验收
P:6.1 初验：软硬件全部安装完毕后，乙方提交初验申请。初验标准包括：（1）设备型号、数量、配置与投标文件一致；（2）《技术规范书》所列功能逐项测试通过；（3）42个部门接口全部联调成功，交换数据经抽样比对准确无误；（4）单节点交换性能每秒不少于2,000条记录，接口平均响应时间不超过1秒；（5）与省级平台级联测试通过。
P:6.2 终验：初验合格后系统进入三个月试运行。试运行期间未发生一级故障，平台通过第三方网络安全等级保护三级测评和商用密码应用安全性评估，乙方移交全部文档及源代码后，由甲方组织终验。
P:6.3 甲方出具的书面验收报告为验收合格的唯一依据。系统上线、甲方使用或支付款项，均不视为验收合格。
H:第七条 知识产权
P:7.1 平台软件、数据库及中间件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、数据资源目录、配置脚本及相关文档，其知识产权归甲方所有。乙方应在终验前交付全部源代码，甲方有权自行或委托第三方修改和使用。
H:第八条 数据安全
P:8.1 平台汇聚、交换的全部政务数据及日志归甲方所有。乙方仅可为履行本合同处理该等数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按照网络安全等级保护三级要求落实安全措施。运维操作一律通过甲方堡垒机进行，实行最小权限和全程审计；未经甲方书面批准，不得将任何数据导出政务外网。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后持续有效。
H:第十条 分包
P:10.1 乙方不得转包本项目。除投标文件已载明并经甲方确认的综合布线分包外，乙方不得分包任何工作；确需分包的，须事先取得甲方书面同意，乙方对分包人的工作承担全部责任。
H:第十一条 质保与维保
P:11.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级及第五条规定的运行维护服务。
P:11.2 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过人民币214,176元，质保期满后三年内不上调。维保合同另行签订，不自动续期。
H:第十二条 违约责任
P:12.1 乙方逾期完成初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%；逾期超过三十日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:12.3 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失、违反第八条或第九条造成的损失不受此限。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交宁川仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份，并报同级财政部门备案。
P:15.2 附件：技术规范书、设备配置清单、实施方案、售后服务承诺。
P:甲方（盖章）：宁川市大数据管理局        乙方（盖章）：浙江数衡信息技术有限公司
P:代表签字：                              代表签字：
"""

H89Z04 = """
T:西岸区环卫车辆作业监管平台运维服务政府采购合同
P:合同编号：XAHW-2025-FW-007
P:采购人（甲方）：临港市西岸区环境卫生管理局
P:地址：临港市西岸区海晏路88号
P:供应商（乙方）：湖北智环运维科技有限公司
P:地址：武汉市东湖新技术开发区光谷大道77号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及西岸区环卫车辆作业监管平台运维服务项目（采购项目编号：XACG2025-112）竞争性磋商文件、乙方响应文件和成交通知书，双方经协商一致，订立本合同。
H:第一条 服务内容
P:1.1 乙方对甲方已建成的环卫车辆作业监管平台（含平台软件、视频存储、称重数据接口）及安装于320辆环卫作业车辆上的车载终端（北斗定位、作业传感器、视频及称重模块）提供运行维护服务。
P:1.2 服务内容包括：平台日常巡检与故障处理；系统补丁更新与安全加固；车载终端故障维修和更换；作业数据核查与月度报表；新增车辆终端安装调试（每年不超过20台）；驻场服务（2名工程师，工作日8:30—17:30在岗，春节等保洁作业高峰期安排值守）。
P:1.3 服务期为二年，自2025年7月1日起至2027年6月30日止。
P:1.4 平台软件的功能升级、新增业务模块开发及车载终端的整机更新不属于本合同服务范围；确有需要的，由甲方另行采购，乙方应予配合。
H:第二条 服务费用
P:2.1 本合同总价为人民币壹佰零贰万肆仟元整（¥1,024,000），即年度服务费512,000元乘以二年。年度服务费构成：平台软件运维168,000元；车载终端维护320台×560元，计179,200元；驻场服务128,400元；备品备件包干36,400元。
P:2.2 合同总价为固定价格，服务期内不作调整，已包含人工、交通、备品备件、工具及税费。
H:第三条 付款方式
P:3.1 本合同不设预付款。服务费按季度支付，每季度服务费为128,000元。
P:3.2 甲方在每季度考核完成后十五个工作日内，支付当季度服务费，考核扣款从当季度服务费中扣除。
P:3.3 乙方应于每次付款前开具合法有效的发票。
H:第四条 服务交接
P:4.1 乙方应于合同签订后十日内完成与原运维单位的交接，包括设备与备件清点、系统账号及文档移交、驻场人员到岗，并提交交接报告。
P:4.2 交接报告经甲方确认后，乙方开始承担全部运维责任。
H:第五条 服务水平
P:5.1 平台月可用率不低于99.95%。每月计划维护不超过两次，每次不超过2小时，须提前两个工作日报甲方同意，并避开早晚作业高峰。
P:5.2 一级故障（平台中断，视频或定位数据整体中断）：15分钟内响应，2小时内恢复；二级故障（单项功能异常或批量终端离线）：1小时内响应，8小时内恢复；三级故障（单台终端故障）：24小时内修复或更换。
P:5.3 乙方应于每月5日前提交上月运维报告，内容包括故障统计及处理情况、终端运行情况、数据质量问题及整改措施。
P:5.4 乙方应每日核查前一日车辆作业数据，对轨迹缺失、称重异常、视频中断的车辆形成清单，于当日10时前报送甲方作业管理科，并在三个工作日内完成处理。
P:5.5 扣款：平台月可用率每低于承诺值0.01个百分点，扣款1,000元；一级故障响应每超时一小时扣款500元，恢复每超时一小时扣款1,000元；三级故障每超时一日每台扣款100元。
H:第六条 考核与验收
P:6.1 甲方按季度对乙方进行考核，考核内容包括第五条服务水平达成情况、运维报告质量、驻场人员到岗情况、数据核查准确性。考核得分90分及以上为合格；低于90分的，每少1分扣款500元，并由乙方限期整改。
P:6.2 服务期满前一个月，甲方组织服务终验。终验标准：（1）平台及全部车载终端运行正常，无未关闭的一级、二级故障；（2）乙方已移交完整运维档案、配置基线、账号清单及备件台账；（3）各季度考核均合格，或不合格事项已整改完毕。终验合格后双方签署验收报告。
P:6.3 终验不合格的，乙方应在十五日内整改，整改期间继续提供服务，不另收费。
H:第七条 数据安全
P:7.1 平台中的车辆轨迹、作业视频、称重数据及人员信息均归甲方所有。乙方仅可为运维之目的访问，不得复制、下载或用于其他任何用途。
P:7.2 乙方运维一律通过甲方堡垒机进行，账号实名、一人一号，操作全程审计；驻场人员须签署安全承诺书；更换下来的存储介质由甲方保管，或在甲方监督下销毁。
P:7.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:7.4 驻场或运维人员离岗、更换时，乙方应当日交回其系统账号、门禁卡及全部资料，由甲方注销相应权限。
H:第八条 保密
P:8.1 乙方及其人员对履约中知悉的甲方工作信息、系统账号、网络结构负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第九条 成果归属
P:9.1 乙方在服务期内形成的运维文档、脚本、报表模板、配置基线等成果归甲方所有，甲方可自行使用，或交由后续服务单位使用。
H:第十条 甲方义务
P:10.1 甲方为驻场人员提供办公场所、政务外网接入及堡垒机账号，指定专人负责日常对接。
P:10.2 甲方负责协调各作业车队配合终端检修，车辆进场检修时间由双方提前一日商定，原则上安排在作业间隙，不影响清扫、收运作业。
P:10.3 甲方应及时将车辆新增、报废、调拨情况书面通知乙方，以便乙方更新终端台账。
H:第十一条 人员管理与安全生产
P:11.1 驻场工程师应具备计算机或通信相关专业背景及两年以上同类运维经验，名单见附件。乙方更换驻场人员的，须提前十日书面报甲方同意，且新任人员资质不低于原人员。
P:11.2 在防汛、冰雪天气及重大活动保障期间，乙方应按甲方要求提供7×24小时值守，所需人员费用已包含在合同总价内。
P:11.3 乙方人员在停车场、中转站及车辆上作业时，应遵守甲方安全生产管理规定，做好断电、防坠落等安全防护，因乙方原因造成的人身和财产损失由乙方承担。
H:第十二条 转包与分包
P:12.1 乙方不得转包或者分包本合同项下的任何服务。
H:第十三条 违约责任
P:13.1 乙方未能按第4.1款约定按期完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:13.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:13.3 第五条、第六条的扣款不免除乙方其他违约责任。
H:第十四条 合同解除
P:14.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同。
H:第十五条 服务期满
P:15.1 服务期满本合同自然终止，不自动续期。甲方如需继续采购，依法重新组织采购；新供应商到位前，乙方应配合交接不少于十五日。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:17.2 附件：服务内容及考核细则、车载终端清单、驻场人员名单。
P:甲方（盖章）：临港市西岸区环境卫生管理局    乙方（盖章）：湖北智环运维科技有限公司
"""

H89E01 = """
T:Software Licence, Implementation and Support Agreement
P:Agreement No. TVS-2025-HN-014
P:This Agreement is made on the date of the last signature below BETWEEN:
P:(1) TE VAI SOFTWARE LIMITED, a company incorporated in the Cook Islands, whose registered office is at Ara Tapu, Avarua, Rarotonga, Cook Islands ("Te Vai"); and
P:(2) HAINAN WANNING NOLI BIOTECH CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Xinglong Tropical Agriculture Park, Wanning, Hainan Province ("the Purchaser").
P:BACKGROUND
P:A. The Purchaser grows noni (Morinda citrifolia), ferments it and bottles noni juice and noni powder at its plant in Wanning for sale in China and for export.
P:B. Te Vai develops BatchTrace, a batch-tracking and traceability system for small-batch fermented beverage producers, used by noni processors in the Cook Islands, French Polynesia and Samoa.
P:C. The Purchaser wishes to licence BatchTrace and to have Te Vai implement and support it on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 In this Agreement: "Acceptance Tests" means the tests in Article 6; "Contract Price" means the total price in Article 3; "Custom Deliverables" means the ERP interface, label templates, reports and configuration made by Te Vai specifically for the Purchaser; "Final Acceptance Certificate" means the certificate issued under Article 6.2; "Go-Live" means the first day on which all production batches at the Purchaser's plant are recorded in BatchTrace; "Licence Fees" means the fees for the three licensed modules in Article 3; "Purchaser Data" means all data entered into or generated by BatchTrace at the Purchaser's plant, including batch, fermentation, laboratory, grower and customer records; and "Software" means BatchTrace and the modules listed in Article 3.
H:Article 2 Scope
P:2.1 Te Vai shall grant the licences, deliver the Software, install and configure it at the Purchaser's plant in Wanning, build the Custom Deliverables, migrate three years of batch records, train the Purchaser's staff, and support the Software as set out in Articles 7 and 8.
P:2.2 The Software will be installed on servers supplied by the Purchaser and located at its plant. Te Vai will not host any Purchaser Data.
P:2.3 Te Vai shall achieve Go-Live within 120 days after the date of this Agreement, in line with the project plan in Schedule 1.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,100,000 (one million one hundred thousand yuan). It is fixed and includes all taxes, travel and expenses of Te Vai. It is made up as follows:
TB:Item|Description|Price (CNY)
TB:1|BatchTrace Core, perpetual site licence, 25 named users|420,000
TB:2|Fermentation and Bottling Module, perpetual licence|186,000
TB:3|Recall and Export Certificate Module, perpetual licence|94,000
TB:|Licence Fees subtotal|700,000
TB:4|Implementation and configuration, fixed price|238,000
TB:5|Interfaces to the Purchaser's ERP system and label printers|96,000
TB:6|Migration of batch records for 2023 to 2025|38,000
TB:7|Training (remote sessions and five days on site)|28,000
TB:|Contract Price|1,100,000
P:3.2 All amounts are payable in Chinese yuan (CNY) by bank transfer to the account stated in Te Vai's invoice.
H:Article 4 Payment
P:4.1 The Purchaser shall pay: (a) 20% of the Contract Price (CNY 220,000) within 20 days after signature of this Agreement, against Te Vai's invoice; (b) 45% (CNY 495,000) within 20 days after the Purchaser confirms Go-Live in writing, which confirmation is not acceptance; and (c) 35% (CNY 385,000) within 20 days after the Final Acceptance Certificate is issued.
H:Article 5 Delay
P:5.1 If Go-Live is not achieved by the date in Article 2.3 for reasons attributable to Te Vai, Te Vai shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Purchaser may terminate this Agreement under Article 13.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 20 consecutive production days. During that period the parties shall carry out the Acceptance Tests, which are passed when all of the following are met:
LN:a forward and backward trace of any lot, from grower delivery through fermentation tank and bottling run to export shipment, is produced in less than ten seconds;
LN:a mock recall of one export lot, run by the Purchaser's quality team, is completed in less than two hours using BatchTrace alone;
LN:every batch recorded in BatchTrace during the period reconciles with the Purchaser's ERP stock and production records;
LN:the migrated records of 2023 to 2025 can be traced in the same way as new records; and
LN:no Severity 1 or Severity 2 fault remains open.
P:6.2 When the tests are passed, the Purchaser shall issue a Final Acceptance Certificate within 7 days. Go-Live, use of the Software in production, and any payment do not constitute acceptance.
P:6.3 If a test fails, Te Vai shall correct the fault and repeat the test at its own cost. If the tests fail a second time, the Purchaser may terminate this Agreement under Article 13 and recover all amounts paid.
H:Article 7 Warranty
P:7.1 Te Vai warrants that the Software and the Custom Deliverables will conform to the specification in Schedule 2 for eighteen (18) months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period Te Vai shall correct defects, provide new releases and provide support under Article 8 free of charge.
H:Article 8 Support and Service Levels
P:8.1 Te Vai shall provide support by telephone, e-mail and remote session. Rarotonga is eighteen hours behind Hainan, so Te Vai keeps an on-call engineer covering 08:00 to 20:00 China time seven days a week during the noni processing season from May to October, and on Chinese working days at other times.
P:8.2 Faults are classified and handled as follows:
TB:Severity|Description|Response time|Workaround or fix
TB:Severity 1|Batches cannot be recorded, released or traced, or the bottling line is held|1 hour|8 hours
TB:Severity 2|A module or interface fails, production continues on manual records|3 hours|2 working days
TB:Severity 3|Minor fault or question|1 working day|next release
P:8.3 If Te Vai misses a response or workaround time for a Severity 1 or Severity 2 fault, it shall pay the Purchaser CNY 1,000 for each hour or part of an hour of delay. The Purchaser may set these amounts off against any sum due to Te Vai, including the Annual Support Fee.
P:8.4 After the Warranty Period, Te Vai shall continue support on the same terms if the Purchaser orders it. The Annual Support Fee is 13% of the Licence Fees, that is CNY 91,000 per year, fixed for the first three support years; after that, any increase shall not exceed 3% per year. Support is ordered by the Purchaser's purchase order each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 BatchTrace and all intellectual property in it remain the property of Te Vai. Te Vai grants the Purchaser a perpetual, non-exclusive licence to use the Software for its own business at its Wanning plant and at any other plant of the Purchaser in China.
P:9.2 All intellectual property in the Custom Deliverables vests in the Purchaser on creation. Te Vai shall deliver their source code and documentation at Go-Live. The Purchaser may use, modify and license the Custom Deliverables freely, including by engaging another contractor.
H:Article 10 Purchaser Data and Data Security
P:10.1 Purchaser Data belongs to the Purchaser. Te Vai may access it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 Remote access is permitted only through the Purchaser's VPN, for a session approved in advance by the Purchaser's IT manager, and each session is logged. Te Vai shall not transfer Purchaser Data out of the Purchaser's systems, and shall comply with the data security and personal information laws of the People's Republic of China in respect of grower and customer records.
P:10.3 Te Vai shall notify the Purchaser within 24 hours of any actual or suspected unauthorised access to Purchaser Data through Te Vai's personnel, accounts or systems, shall cooperate in the response, and is responsible for the losses caused by its breach of this Article 10.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's confidential information, including the Purchaser's recipes, fermentation parameters, grower lists, export customers and prices, and Te Vai's source code and documentation, and shall use it only for this Agreement. This obligation continues for five years after this Agreement ends.
H:Article 12 Liability
P:12.1 Te Vai's total liability under or in connection with this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 10 or Article 11, to fraud, or to death or personal injury caused by negligence.
P:12.2 Neither party is liable for loss of profit or for indirect or consequential loss.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.
P:13.2 The Purchaser may also terminate this Agreement in the cases in Article 5.1 and Article 6.3.
P:13.3 If the Purchaser terminates for Te Vai's breach, Te Vai shall refund the amounts paid for any part of the Software or services that the Purchaser can no longer use.
H:Article 14 Subcontracting and Assignment
P:14.1 Te Vai shall not subcontract any part of its obligations without the Purchaser's prior written consent, and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for delay caused by cyclones, typhoons, epidemics, interruption of international flights or communications, or other events beyond its reasonable control, provided it notifies the other party promptly. Time for performance is extended accordingly.
H:Article 16 Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of the Cook Islands.
P:16.2 The parties submit to the exclusive jurisdiction of the High Court of the Cook Islands sitting at Avarua, Rarotonga.
H:Article 17 General
P:17.1 This Agreement is written in English. A Chinese translation may be prepared for convenience; the English text prevails.
P:17.2 Schedule 1 (Project Plan), Schedule 2 (Specification) and Schedule 3 (Interface Description) form part of this Agreement.
P:Signed for Te Vai Software Limited: ____________________  Date: ________
P:Signed for Hainan Wanning Noli Biotech Co., Ltd.: ____________________  Date: ________
"""

H89E03 = """
T:Purchase Contract: Lagoon Water-Quality Monitoring System
P:Contract No. LSB-2025-EQ-08
P:Buyer: Zhanjiang Liusha Bay Pearl Culture Co., Ltd., Liusha Town, Leizhou, Zhanjiang, Guangdong Province, China (the "Buyer")
P:Supplier: Moana Sensing SARL, a company registered in the Trade and Companies Register of Papeete, with its office at Rue du Commandant Destremau, Papeete, Tahiti, French Polynesia (the "Supplier")
P:The Buyer farms Akoya pearl oysters on rafts in Liusha Bay. To protect its stock against hypoxia, red tides and low salinity after heavy rain, the Buyer is buying a water-quality monitoring system. The Supplier supplies and maintains such systems for black-lip pearl farms in the Tuamotu lagoons. The parties agree as follows.
H:1. Subject of the Contract
P:1.1 The Supplier shall supply, deliver, install, moor, commission and calibrate the monitoring system described in Clause 2 and Annex 1 (the "System"), train the Buyer's staff, and provide warranty and maintenance services, on the terms of this Contract.
P:1.2 The System shall measure water temperature, salinity, dissolved oxygen, pH, chlorophyll-a and turbidity at fourteen stations in the Buyer's culture areas, transmit the readings to the Buyer's farm office every ten minutes, and raise alarms by text message and on screen when a reading passes a threshold set by the Buyer.
H:2. Goods and Price
P:2.1 The Contract Price is CNY 1,760,000 (one million seven hundred and sixty thousand yuan), delivered duty paid to the Buyer's farm, including import clearance, taxes, installation and all services up to the end of the Warranty Period. It is made up as follows:
P:(a) multiparameter water-quality buoys: 14 units x CNY 86,000 = CNY 1,204,000;
P:(b) solar power and 4G / LoRa telemetry kits: 14 units x CNY 12,500 = CNY 175,000;
P:(c) shore gateways with base stations: 2 units x CNY 38,000 = CNY 76,000;
P:(d) monitoring software, perpetual licence for the Buyer's on-site server: CNY 145,000;
P:Goods and licence subtotal: CNY 1,600,000.
P:(e) installation, mooring and commissioning: CNY 118,000;
P:(f) calibration programme set-up and training: CNY 42,000.
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 176,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 50% of the Contract Price (CNY 880,000) within 15 days after all Goods are delivered and installed, as confirmed in the Installation Record. The Installation Record is not acceptance.
P:3.3 40% of the Contract Price (CNY 704,000) within 15 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against the Supplier's invoice in CNY to its account stated in this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Goods to the Buyer's farm within 100 days after signature and complete installation and commissioning within 30 days after delivery. The Buyer shall provide boats and crew for the mooring work.
P:4.2 The Supplier shall install the buoys at the positions in Annex 2, moored to withstand typhoon conditions of Beaufort force 12, and shall mark them as required by the local maritime authority.
H:5. Acceptance
P:5.1 After commissioning, the System shall run for a trial period of 30 consecutive days. Final Acceptance requires that, during the trial period:
P:(a) at each station, readings of dissolved oxygen are within 0.3 mg/L and readings of salinity within 0.2 PSU of parallel water samples analysed by the Buyer's laboratory, on at least eight sampling days;
P:(b) no station has a gap in transmitted data longer than two hours, except during a typhoon warning of level II or higher;
P:(c) every alarm threshold has been tested and each test alarm reached the duty manager's phone within five minutes;
P:(d) the Supplier has delivered the as-built drawings, mooring records, calibration certificates, operating manuals and training records.
P:5.2 When these requirements are met, the parties sign the Final Acceptance Certificate. Installation, use of the System or payment does not constitute acceptance.
P:5.3 If the requirements are not met, the Supplier shall correct the defects at its own cost and the trial period restarts. If Final Acceptance is not achieved within 90 days after commissioning, the Buyer may terminate under Clause 15.
H:6. Warranty
P:6.1 The Supplier warrants the Goods and software for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective item, carry out quarterly cleaning and recalibration of all buoys, and replace sensor membranes and consumables free of charge.
P:6.2 Damage caused by a typhoon above the design conditions in Clause 4.2 is not covered, but the Supplier shall repair it at the rates in Annex 3.
H:7. Service Levels
P:7.1 A Critical Fault is the loss of dissolved-oxygen readings or alarms from two or more stations, or the failure of a shore gateway. The Supplier shall respond to a Critical Fault within one (1) hour, remotely or by telephone, at any time, and shall restore service within 24 hours, by repair or by installing a spare buoy or gateway.
P:7.2 For any other fault, the Supplier shall respond within one working day and restore service within five working days.
P:7.3 For each hour by which a response or restoration time for a Critical Fault is exceeded, the Supplier shall pay the Buyer CNY 800. For other faults, the Supplier shall pay CNY 300 for each day by which the restoration time is exceeded. The Buyer may deduct these amounts from any sum payable to the Supplier.
P:7.4 The Supplier shall keep at its local service partner in Zhanjiang at least two complete spare buoys and one spare gateway during the Warranty Period.
H:8. Maintenance after the Warranty Period
P:8.1 After the Warranty Period, the Buyer may order maintenance services on the terms of Clauses 6.1 and 7 for periods of one year. The annual maintenance fee is 9.5% of the Goods and licence subtotal, that is CNY 152,000 per year, and shall not be increased for the first three years after the Warranty Period.
P:8.2 Maintenance is ordered by the Buyer in writing for each year and does not renew automatically.
H:9. Delay
P:9.1 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 30 days, the Buyer may terminate under Clause 15.
H:10. Data
P:10.1 All data collected by the System, including readings, alarm records, station positions and farm records entered in the software, belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for research, publication or any other purpose.
P:10.2 The Supplier may access the System remotely only through the Buyer's VPN after approval by the Buyer's farm manager for each session, and all sessions are logged. The Supplier shall not copy data to its own systems in Tahiti or elsewhere.
P:10.3 If the Supplier becomes aware of any unauthorised access to or loss of the Buyer's data, it shall inform the Buyer within 24 hours, take all measures to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Clause 10.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's farm locations, stocking plans, production volumes and prices, and shall not disclose it to any third party without written consent. This obligation continues for five years after the end of this Contract.
H:12. Intellectual Property
P:12.1 The Supplier retains the intellectual property in the standard monitoring software and firmware and grants the Buyer a perpetual licence to use them.
P:12.2 The dashboards, alarm rules, station configurations, calibration records and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use and modify them and give them to any other service provider.
H:13. Subcontracting
P:13.1 The Buyer approves, by signing this Contract, the Supplier's local service partner named in Annex 4 for mooring work and on-site maintenance. The Supplier shall not use any other subcontractor without the Buyer's prior written consent, and remains fully responsible for its subcontractors.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract is limited to 120% of the Contract Price, except for liability for fraud, wilful misconduct, personal injury and breach of Clauses 10 and 11.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the cases provided in Clauses 5.3 and 9.1. In that case the Supplier shall refund the amounts paid for items that are not accepted and bear the Buyer's additional costs.
H:16. Force Majeure
P:16.1 Neither party is liable for failure to perform caused by typhoons above the design conditions, earthquakes, epidemics, war or other events beyond its control, provided that it notifies the other party within five days.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang. The award is final and binding on both parties.
H:18. Miscellaneous
P:18.1 This Contract is made in English and Chinese; both texts are equally authentic. Annexes 1 to 4 form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h89z01": H89Z01, "h89z04": H89Z04, "h89e01": H89E01, "h89e03": H89E03}
TARGETS = {"h89z01": ("h89z01_big_data_bureau_data_exchange_platform.docx", "docx"),
           "h89z04": ("h89z04_sanitation_bureau_vehicle_platform_om_service.pdf", "pdf"),
           "h89e01": ("h89e01_noni_juice_batch_tracking_licence_cook_islands_vendor.docx", "docx"),
           "h89e03": ("h89e03_pearl_farm_lagoon_water_quality_sensors_tahiti_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
