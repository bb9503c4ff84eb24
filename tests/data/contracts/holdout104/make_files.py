"""Builds the .docx and .pdf files of holdout104 from the sources kept below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py from any directory; the files are written next to this script.
The .txt and .md contracts of this folder are plain files and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H104Z02 = """
T:钢丝绳在线探伤系统采购及维保合同
P:合同编号：HJGS-SB-2025-062
P:甲方（买方）：江阴恒锦钢丝绳有限公司，地址：江苏省江阴市周庄镇锦绳路8号
P:乙方（卖方）：洛阳精探电磁检测技术有限公司，地址：河南省洛阳市高新区滨河北路17号
P:甲乙双方根据《中华人民共和国民法典》及相关法律法规，就甲方采购钢丝绳在线探伤系统及相关服务事宜，经平等协商，签订本合同。
H:一、合同标的
P:（一）乙方向甲方供应钢丝绳在线漏磁探伤系统8套，安装于甲方二车间、三车间的8条合绳及成品复绕生产线，用于成品钢丝绳断丝、磨损、锈蚀及金属截面积损失的在线检测，并提供安装调试、标定、培训及质保期满后的维保服务。
P:（二）设备的规格型号、技术参数及配置以附件1《技术协议》为准。技术协议与本合同不一致的，以要求较高者为准。
P:（三）乙方保证所供设备为全新、未使用过的合格产品，随货提供出厂检验报告、合格证、使用说明书及传感器标定记录。
H:二、合同价格
P:（一）合同价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|钢丝绳在线漏磁探伤传感器（含励磁组件，适用绳径φ8–φ60mm）|8套|128,000|1,024,000
TB:2|信号采集与处理主机|8台|36,500|292,000
TB:3|探伤分析软件（单机永久许可）|8套|18,000|144,000
TB:4|集中监控服务器及车间显示大屏|1套|96,000|96,000
TB:|硬件及软件小计|||1,556,000
TB:5|安装调试及标定（含标准样绳制作）|1项|118,000|118,000
TB:6|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,690,000
P:（二）合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），含13%增值税及运输、保险、安装、标定、培训等全部费用，合同履行期间不作调整。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的百分之二十作为预付款，计人民币338,000元。
P:（二）设备全部到货并经甲方开箱清点签收后十五日内，甲方支付合同总价的百分之四十，计人民币676,000元。开箱签收仅确认设备数量及外观，不视为质量验收。
P:（三）系统通过最终验收后十五日内，甲方支付合同总价的百分之三十五，计人民币591,500元。
P:（四）其余百分之五，计人民币84,500元，作为质量保证金，于质保期满且无未决质量问题后十五日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后六十日内将全部设备运至甲方厂区指定地点，并在到货后二十日内完成安装调试。
P:（二）乙方现场人员应遵守甲方安全生产管理制度，进入生产区域须经甲方安全培训并佩戴防护用品；安装需停线的，应提前三日与甲方生产部门确定停线时间。
P:（三）设备的所有权自甲方开箱签收时转移至甲方，毁损灭失风险在最终验收前由乙方承担。
P:（四）设备包装应满足长途运输及防潮、防震要求，乙方负责运输、装卸并就位至甲方指定位置。
H:五、验收
P:（一）标定验收：使用甲方提供的含人工断丝、磨损缺陷的标准样绳，在每条产线上以额定速度各检测三次，断丝检出率不低于98%，缺陷定位误差不超过0.2米，金属截面积损失测量误差不超过±1%。
P:（二）运行验收：系统连续运行三十日，无漏检质量投诉、无一级故障，检测记录完整上传至集中监控服务器，并可导出符合GB/T 21837要求的检测报告。
P:（三）上述条件全部满足后，双方签署最终验收证书。设备到货、安装完毕或投入使用均不视为最终验收合格。验收不合格的，乙方应在十日内整改并重新组织验收。
P:（四）甲方应在收到乙方书面验收申请后七日内组织验收，并安排标准样绳及产线停机时间。
H:六、质保及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，免费提供软件升级、每年一次的复标定及技术支持。
P:（二）故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|探伤系统停止工作或大面积误报警，影响产线放行|30分钟|12小时|24小时
TB:二级|单个检测通道异常或数据上传中断|2小时|48小时|72小时
TB:三级|报表、界面等一般问题|8小时|视需要|下一版本修复
P:（三）乙方未按上表时限响应、到场或修复的，每超时一小时，甲方有权扣减人民币500元，从质量保证金或应付款中扣除。
P:（四）质保期内，乙方应在甲方厂区存放传感器探头、励磁线圈等易损件各一套，以保证一级故障的修复时效。
P:（五）乙方在安装调试期间为甲方质检及设备人员提供操作、日常维护及缺陷判读培训，共三批次，每批次不少于两天；经考核合格的人员由乙方出具培训合格证明。
P:（六）质保期满后，乙方提供年度维保服务，内容包括每季度一次现场巡检、年度复标定、易损件更换及软件升级。年度维保费按硬件及软件小计的百分之十八计取，即每年人民币280,080元，维保期三年，期间价格不作调整。维保服务按年度签订确认单，不自动续期。
H:七、知识产权
P:（一）探伤分析软件及设备内嵌程序的知识产权归乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目开发的与甲方MES系统对接的数据接口程序、检测报告模板及其源代码归甲方所有，甲方可自行修改或委托第三方使用。
H:八、数据安全
P:（一）探伤检测数据、产线运行数据及检测报告归甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程诊断须经甲方设备部审批，通过甲方VPN接入并全程留痕，不得下载、复制甲方数据。
P:（三）乙方应对其接入甲方网络的设备采取防病毒及访问控制措施。发生数据泄露、系统被非法入侵等安全事件的，乙方应在两小时内通知甲方并配合处置；因乙方原因造成的，乙方承担赔偿责任。
H:九、保密
P:乙方对在合作中获悉的甲方工艺参数、产品规格、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的百分之五。
P:（二）设备不符合技术协议，且经两次整改仍未通过验收的，甲方有权退货，乙方应退还全部已付款项并承担退货费用。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下的供货及安装工作转包或分包；确需委托第三方进行设备吊装的，须事先取得甲方书面同意。
H:十二、合同解除
P:乙方逾期交货超过三十日，或设备经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿甲方损失。
H:十三、适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:十四、其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:（二）附件：附件1 技术协议；附件2 设备清单及安装位置图；附件3 维保服务内容。
P:甲方（盖章）：江阴恒锦钢丝绳有限公司        乙方（盖章）：洛阳精探电磁检测技术有限公司
P:日期：    年  月  日                       日期：    年  月  日
"""

H104Z04 = """
T:江州市12345政务服务便民热线平台运维服务合同
P:项目编号：JZCG-2025-FW-0331（政府采购 公开招标）
P:合同编号：JZ12345-YW-2025-01
P:甲方（采购人）：江州市12345政务服务便民热线管理中心
P:乙方（供应商）：江州数智信息服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就12345政务服务便民热线平台运维服务事项，经协商一致，订立本合同。
H:第一条 服务范围与期限
P:1.1 乙方负责甲方12345热线平台的运行维护，包括：呼叫中心平台（排队分配、语音导航、CTI）、工单管理系统、知识库系统、智能语音导航与智能质检系统、与各承办单位及省级热线平台的工单接口；平台所涉服务器、存储、网络及安全设备的日常监控、巡检、备份与故障处理；重大活动及话务高峰期间的运行保障。
P:1.2 乙方派驻现场运维人员6名，其中系统工程师2名、网络与安全工程师2名、数据库工程师1名、项目经理1名，实行7×24小时值守。
P:1.3 服务期限为二十四个月，自服务接管验收通过之日起计算。
P:1.4 甲方为乙方驻场人员提供办公场地及必要的机房出入权限，并协调平台原厂及各承办单位配合乙方开展运维工作。
H:第二条 服务费用
P:2.1 本合同总价为人民币贰佰柒拾柒万贰仟元整（¥2,772,000），即每年服务费人民币1,386,000元，包括人员、工具、单价2,000元以下的备品备件及税费等全部费用。
P:2.2 服务期内甲方新增平台模块或设备的，双方另行协商运维费用，并履行相应的政府采购程序。
H:第三条 付款方式
P:3.1 本项目不设预付款。
P:3.2 服务费按季度支付。每季度服务期满后，甲方依据第六条进行季度考核，根据考核结果扣减相应款项后，于十五个工作日内支付当季服务费（每季度标准金额为人民币346,500元）。
P:3.3 乙方应在甲方付款前开具合法有效的发票，发票金额应与考核扣减后的当季应付金额一致。
H:第四条 服务接管
P:4.1 乙方应在合同签订后二十日内完成服务接管，包括：运维资料及账号权限交接、平台健康检查、资产清单核对、应急预案编制。
P:4.2 接管验收标准：资产清单与现场逐项核对一致；健康检查报告经甲方确认；完成一次呼叫中心主备切换应急演练，业务恢复时间不超过三十分钟；运维监控覆盖全部服务器、网络及安全设备。上述标准全部满足后，双方签署接管验收单。
P:4.3 因乙方原因未能按期完成服务接管的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
H:第五条 服务水平
P:5.1 热线平台年度可用率不低于99.95%，经甲方书面同意的计划内维护时间不计入不可用时间。
P:5.2 故障分级及处理时限：一级故障（平台中断、话务无法接入或工单系统不可用）：乙方在接报后十分钟内响应，三十分钟内到达机房处置，两小时内恢复服务；二级故障（部分坐席、部分功能或单个接口异常）：三十分钟内响应，八小时内恢复；三级故障（一般性问题）：两小时内响应，三个工作日内解决。
P:5.3 乙方应每日巡检并形成巡检记录，每月提交运维报告，每季度进行一次数据备份恢复演练。
P:5.4 在重大节假日、重要政策集中发布及甲方通知的其他话务高峰期间，乙方应增派不少于2名工程师现场保障，并提前完成系统容量评估和压力测试。
P:5.5 乙方应制定应急预案并每半年更新一次，每年至少组织两次应急演练（包括主备切换、数据恢复和网络攻击处置），演练报告报甲方备案。
P:5.6 乙方应在本市设立关键设备备件库，保证一级故障所需备件在两小时内到位。乙方自带的监控及运维工具须经甲方安全检测后方可接入平台网络。
H:第六条 考核
P:6.1 甲方按月对乙方服务进行考核，按季度汇总结算。
P:6.2 一级故障响应超时的，每次扣减人民币1,000元；恢复超时的，每超时一小时扣减人民币2,000元；年度可用率每低于约定值0.01个百分点，扣减人民币3,000元。
P:6.3 季度考核得分低于80分的，另扣减当季服务费的5%。
P:6.4 考核内容包括故障处理时效、巡检及报告质量、变更管理规范性、驻场人员出勤及承办单位满意度，考核细则见附件。甲方可委托第三方开展满意度评价，评价结果纳入考核。
H:第七条 人员管理
P:7.1 乙方驻场人员须具备相应资质并经背景审查，人员名单报甲方备案。乙方更换驻场人员须提前十日书面报甲方同意，且每年更换人数不超过2名。
P:7.2 驻场人员应遵守甲方的机房管理、考勤及安全管理制度。
P:7.3 乙方应对驻场人员进行岗前培训和网络安全教育，并对其在服务期间的行为承担责任。
H:第八条 数据安全
P:8.1 热线平台中的来电人姓名、电话号码、诉求内容、通话录音、工单及统计数据均属于甲方。乙方仅可在运维所必需的授权范围内访问，不得用于任何其他用途，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求开展运维工作：所有运维操作通过甲方堡垒机进行并留存审计日志；禁止下载、拷贝、截屏及私自导出数据；严格管控移动存储介质；运维账号专人专用。
P:8.3 发生数据泄露、篡改、丢失或系统被非法入侵等安全事件的，乙方应在一小时内向甲方报告，并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 知识产权
P:乙方在运维过程中形成的运维脚本、知识库优化内容、运维文档、报表及应急预案等成果归甲方所有，甲方可自由使用、修改，并可提供给后续服务单位使用。乙方不得以任何理由扣留上述成果，亦不得在平台中设置任何限制甲方使用的技术措施。
H:第十条 分包
P:乙方可将夜间及节假日机房巡检、备份介质异地运送等辅助性工作委托具备相应能力的合作单位实施，但应提前五个工作日书面告知甲方，并对合作单位的行为负责。
H:第十一条 违约责任
P:11.1 乙方未按期完成服务接管的，按第4.3条支付违约金。
P:11.2 因乙方原因发生数据安全事件的，乙方除承担第8.3条责任外，甲方有权扣减当季全部服务费。
P:11.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方连续两个季度考核得分低于70分，或因乙方原因发生重大数据安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同解除或期满时，乙方应在三十日内完成运维交接，向甲方或后续服务单位移交全部账号、文档、脚本及配置备份，双方签署交接确认单，确保平台平稳过渡。
H:第十三条 合同期满
P:服务期满本合同自行终止，不自动续期。后续服务由甲方依照政府采购程序重新采购。
H:第十四条 适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 招标文件、投标文件及中标通知书为本合同组成部分；本合同未尽事宜，按招标文件的要求执行。
P:15.3 附件：服务需求书、考核细则、驻场人员名单、平台设备清单。
P:甲方（盖章）：江州市12345政务服务便民热线管理中心
P:乙方（盖章）：江州数智信息服务有限公司
P:签订日期：    年  月  日
"""

H104E03 = """
T:Equipment Supply, Installation and Maintenance Contract
P:Cold-Room Temperature and Ammonia Monitoring System
P:Contract No.: DBB-EQ-2025-027
P:Buyer: Dalian Blue Bay Seafood Processing Co., Ltd., No. 31 Haiwan Road, Jinzhou New District, Dalian, Liaoning Province, People's Republic of China (the "Buyer")
P:Supplier: Narrows Cold Chain Systems Inc., 240 Water Street, St. John's, Newfoundland and Labrador A1C 1B1, Canada (the "Supplier")
P:The Buyer processes and stores snow crab and king crab in fourteen cold rooms, four blast freezers and a live-crab holding hall served by an ammonia refrigeration plant. The Supplier designs and installs monitoring systems for seafood plants. Following the Buyer's invitation to tender No. DBB-T-2025-11 and the Supplier's bid of 18 March 2025, the parties agree as follows.
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install, configure, calibrate and commission a wireless temperature, humidity, door and ammonia monitoring system (the "System") for the Buyer's plant, consisting of the items listed in Article 2, and shall provide training, warranty service and, if ordered, post-warranty maintenance.
P:1.2 The technical specification in Annex 1 forms part of this Contract. Where Annex 1 and the Supplier's bid differ, the higher requirement applies.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,072,000 (one million seventy-two thousand Chinese Yuan), fixed, inclusive of all taxes, duties, freight and insurance to the Buyer's plant (DAP Dalian, Incoterms 2020), installation, calibration and training, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature probe, stainless, rated to -40 C|168|2,350|394,800
TB:2|Humidity and door-contact sensor|56|1,480|82,880
TB:3|Ammonia leak detector, electrochemical, with local alarm|18|9,600|172,800
TB:4|LoRaWAN gateway, industrial, with battery backup|6|14,500|87,000
TB:5|Monitoring server, on-premises, redundant disks|1|68,000|68,000
TB:6|Monitoring software, perpetual licence, with HACCP reporting module|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||931,480
TB:7|Installation, cabling and calibration|1 lot|108,500|108,500
TB:8|HACCP validation support and training|1 lot|32,020|32,020
TB:|Contract Price|||1,072,000
P:2.2 Quantities may be adjusted by written change order at the unit prices above.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 107,200) within 20 days after the Contract is signed and the Supplier has delivered an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 589,600) within 20 days after delivery and installation of all items, confirmed by a signed Installation Certificate. The Installation Certificate records quantities and installation only and is not acceptance of the System.
P:3.3 35% of the Contract Price (CNY 375,200) within 20 days after the Final Acceptance Certificate is signed.
P:3.4 All payments are made in CNY by bank transfer to the Supplier's account stated in its invoice.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all items to the Buyer's plant within 75 days after the Contract is signed, and complete installation within 25 days after delivery. Installation work inside cold rooms shall be scheduled with the Buyer's production manager so that no product is exposed to temperatures outside its limits.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 After installation the Supplier shall calibrate every temperature probe against a reference thermometer traceable to a national standard, at two points, and record the results.
P:5.2 The System passes Final Acceptance when all of the following are met: (a) every temperature probe reads within plus or minus 0.3 C of the reference; (b) every ammonia detector passes a bump test with test gas at 25 ppm and raises a local and a remote alarm; (c) an alarm for any sensor reaches the duty supervisor's phone and the control-room screen within 60 seconds; (d) the System runs for 21 consecutive days without a Severity 1 fault and without data gaps longer than ten minutes; (e) HACCP temperature records and reports are produced in the format of Annex 2 and exported to the Buyer's quality system; (f) as-built drawings, calibration certificates and manuals in Chinese and English are handed over.
P:5.3 The Buyer shall sign the Final Acceptance Certificate within 7 days after the criteria are met, or state in writing which criteria are not met. Delivery, installation, the Installation Certificate, use of the System in production or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Maintenance
P:6.1 The Supplier warrants the System for thirty-six (36) months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace defective items free of charge, including parts, labour and travel, provide software updates, and recalibrate all probes once a year.
P:6.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Monitoring or alarms lost for a cold room, freezer or the machine room; ammonia detection failure|30 minutes|8 hours|12 hours
TB:Severity 2|Single sensor or gateway failure with other coverage in place; reporting failure|2 hours|2 days|3 days
TB:Severity 3|Minor defects, cosmetic issues, questions|1 business day|as needed|next release
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Buyer may deduct CNY 600 from amounts due to the Supplier; for Severity 2, CNY 200 per hour.
P:6.4 After the warranty, the Buyer may order maintenance for the fourth and fifth years after Final Acceptance at nine per cent (9%) of the Hardware and Licence Subtotal per year, that is CNY 83,833.20 per year, covering the same services as in 6.1 to 6.3. This fee is fixed and may not be increased. Maintenance is ordered by written purchase order for each year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 All sensor readings, alarm logs, HACCP records and reports generated by the System are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The System is installed on the Buyer's server and network. Remote access by the Supplier is allowed only through the Buyer's VPN, for a session approved by the Buyer's IT manager, with individual accounts and logging. The Supplier shall not copy Buyer Data outside the Buyer's systems and shall wipe any storage medium removed from the plant.
P:7.3 The Supplier shall keep its equipment and software free of known vulnerabilities, change default passwords and follow the Buyer's information security rules. The Supplier shall notify the Buyer within 12 hours of becoming aware of any security incident affecting the System or Buyer Data, cooperate in its handling, and is liable for the losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The monitoring software and the firmware of the devices remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for use with the System.
P:8.2 The HACCP report templates, the interface to the Buyer's warehouse management system and all configuration and documentation prepared for the Buyer belong to the Buyer, which may use, modify and disclose them to other contractors freely.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received in connection with this Contract, including the Buyer's plant layout, production volumes and customer information, and shall use it only for this Contract. This obligation survives for five years after the Contract ends.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to personal injury, damage caused by wilful misconduct or gross negligence, or breach of Articles 7 and 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except that loss of product held in cold storage caused by a failure of the System to raise an alarm is direct loss.
H:Article 11 Subcontracting
P:The Buyer approves Dalian Haibin Refrigeration Engineering Co., Ltd., named in Annex 3, as the Supplier's local installation and service partner. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for all subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination under 12.1 the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's direct losses.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian in accordance with its rules. The award is final and binding.
H:Article 14 Miscellaneous
P:This Contract is made in English and Chinese, both equally authentic. It takes effect on signature by both parties. Annexes: 1 Technical specification; 2 HACCP report format; 3 Local service partner; 4 Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H104E05 = """
T:CertBridge API Subscription Agreement
P:Agreement reference: KTD-CB-2025-0117
P:This Agreement is made between Kingscote Trade Data Pty Ltd (ACN 648 215 907), of 41 Dauncey Street, Kingscote, Kangaroo Island, South Australia 5223, Australia ("KTD", "we", "our"), and Zhejiang Jiangshan Golden Comb Bee Products Co., Ltd., of 88 Fengshou Road, Jiangshan, Zhejiang Province, People's Republic of China (the "Customer").
P:Background: KTD operates CertBridge, an application programming interface that assembles, checks and tracks the data needed for export certificates for honey and other bee products. The Customer exports honey, royal jelly and propolis and wants to connect its order and quality systems to CertBridge.
H:1. Definitions
P:1.1 "API" means the CertBridge production application programming interface and its sandbox, together with the related web console and documentation.
P:1.2 "Certificate Transaction" means one request that results in a complete certificate data set for one consignment, including any later amendment of that data set.
P:1.3 "Customer Data" means all data the Customer or its systems submit to the API, including consignment, product, laboratory and consignee details, and all certificate data sets, drafts and status records produced from them.
P:1.4 "Service Start Date" means the date on which both parties sign the Integration Acceptance record under clause 4.
P:1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in Hangzhou.
H:2. The Service
P:2.1 From the Service Start Date KTD will give the Customer access to the API for: validating consignment data against the import rules of the European Union, the United Kingdom, Japan, Saudi Arabia and Malaysia; assembling certificate of origin and health certificate application data sets; generating draft certificates in PDF for checking; attaching residue test reports; and tracking submission and approval status, with webhook notifications to the Customer's systems.
P:2.2 KTD will keep the destination-market rule sets up to date and tell the Customer in the web console, at least 10 Business Days in advance where possible, of any rule change that affects the Customer's data.
P:2.3 KTD will provide integration support to connect the API to the Customer's Kingdee ERP and its laboratory information system, as described in Schedule 1.
H:3. Term
P:3.1 This Agreement starts on signature. The subscription runs for twenty-four (24) months from the Service Start Date.
P:3.2 This Agreement does not renew automatically. Any renewal or extension requires a new written agreement signed by both parties.
H:4. Integration and acceptance
P:4.1 KTD will complete the integration set-up within 40 days after signature.
P:4.2 Integration Acceptance is achieved when, in a test run witnessed by the Customer: (a) 50 test consignments covering all five destination markets produce complete and correct certificate data sets; (b) every data set passes the schema validation of the relevant authority's test environment; (c) each API call in the test run is answered within five seconds; (d) status changes reach the Customer's ERP through the webhook within one minute; and (e) the Customer's export staff have been trained. The parties then sign an Integration Acceptance record. Access to the sandbox or the production API does not by itself mean acceptance.
P:4.3 If Integration Acceptance is not achieved within the period in clause 4.1 for reasons within KTD's control, KTD will pay the Customer liquidated damages of CNY 500 for each day of delay, up to CNY 18,000.
H:5. Fees and payment
P:5.1 All amounts are in Chinese Yuan (CNY), as requested by the Customer, and include all taxes payable by KTD.
P:5.2 Fees:
P:(a) subscription fee: CNY 22,000 per month for twenty-four (24) months, that is CNY 528,000, including up to 1,500 Certificate Transactions per month;
P:(b) integration set-up fee: CNY 36,000, one time;
P:(c) total fixed fees under this Agreement: CNY 564,000.
P:5.3 Certificate Transactions above 1,500 in a month are charged at CNY 6 each, invoiced with the next quarterly invoice. These charges depend on use and are not part of the fixed fees.
P:5.4 Nothing is payable in advance. The integration set-up fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears (CNY 66,000 per quarter, less any service credits). The Customer pays within 30 days of receiving a correct invoice.
H:6. Service levels and support
P:6.1 KTD will make the production API available 99.5% of the time in each calendar month, measured at KTD's monitoring endpoint, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 23:00 and 03:00 Beijing time.
P:6.2 If monthly availability falls below 99.5%, the Customer receives a service credit of 5% of that month's subscription fee; below 99.0%, 10%; below 97.0%, 20%. Credits are deducted from the next invoice.
P:6.3 Support requests are classified as follows. Priority 1 (the production API is unavailable, or certificate data sets are rejected across a destination market): response within one (1) hour, 24 hours a day, 7 days a week, with a workaround or fix within 8 hours. Priority 2 (a feature is degraded but certificates can still be produced): response within two (2) business hours. Priority 3 (questions and minor issues): next Business Day.
P:6.4 For each Priority 1 request where KTD misses the response time, KTD will credit CNY 1,000 against the next invoice.
H:7. Customer Data and security
P:7.1 Customer Data belongs to the Customer. KTD will process Customer Data only to provide the service under this Agreement and on the Customer's instructions, and will not use it for any other purpose, including analytics, benchmarking or product development.
P:7.2 Customer Data is stored and processed in Alibaba Cloud's Hangzhou region in mainland China. KTD's staff access production systems only through a bastion host with multi-factor authentication, and all access is logged. KTD holds ISO/IEC 27001 certification and will keep it for the term.
P:7.3 KTD will encrypt Customer Data in transit and at rest, apply least-privilege access, test its backups every quarter, and comply with the PRC Personal Information Protection Law and Data Security Law in respect of any personal information included in Customer Data.
P:7.4 KTD will notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and is responsible for the losses and costs the Customer suffers as a result of KTD's breach of this clause 7.
P:7.5 Within 30 days after this Agreement ends, KTD will return all Customer Data in JSON and PDF form and then delete it, and confirm deletion in writing.
H:8. Intellectual property
P:8.1 The API, the rule sets and the CertBridge software remain KTD's property. The Customer receives a non-exclusive right to use them during the term.
P:8.2 The Customer-specific product mappings, certificate layouts and integration scripts that KTD prepares for the Customer under Schedule 1 belong to the Customer, which may use, modify and give them to third parties without restriction.
H:9. Confidentiality
P:Each party must keep the other party's confidential information confidential, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This clause continues for three years after the Agreement ends.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.
P:10.2 Each party's total aggregate liability under or in connection with this Agreement is limited to the fees paid and payable by the Customer in the six (6) months immediately preceding the event giving rise to the claim.
P:10.3 Service credits and liquidated damages are counted towards that limit.
H:11. Subcontracting
P:KTD may use Alibaba Cloud as its hosting provider. KTD must not subcontract any other part of the service without the Customer's prior written consent, and remains responsible for anything its subcontractors do.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate by written notice if monthly availability is below 99.0% in any two months within a six-month period.
P:12.3 Clauses 7.5, 9 and 10 survive termination.
H:13. Governing law and disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute that the parties cannot settle by negotiation within 30 days is to be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The language of the arbitration is English and Chinese.
H:14. General
P:14.1 Notices must be in writing and sent by email to the addresses in Schedule 2, with a copy by courier for notices of breach or termination.
P:14.2 This Agreement, with its Schedules, is the entire agreement about its subject matter. Changes must be in writing and signed by both parties.
P:Schedule 1: Integration scope. Schedule 2: Contacts and notice addresses.
P:Signed for Kingscote Trade Data Pty Ltd: ____________________
P:Signed for Zhejiang Jiangshan Golden Comb Bee Products Co., Ltd.: ____________________
"""

SOURCES = {"h104z02": H104Z02, "h104z04": H104Z04, "h104e03": H104E03, "h104e05": H104E05}
TARGETS = {"h104z02": ("h104z02_wire_rope_online_flaw_detection_supply.docx", "docx"),
           "h104z04": ("h104z04_12345_hotline_platform_om_service.pdf", "pdf"),
           "h104e03": ("h104e03_crab_processor_cold_room_sensors_maintenance.docx", "docx"),
           "h104e05": ("h104e05_honey_export_certificate_api_subscription.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
