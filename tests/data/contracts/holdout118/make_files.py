"""Builds the .docx and .pdf contracts of holdout118 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; it rewrites the four files in this folder.
The .txt / .md contracts of this folder are written by hand and are not touched.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H118Z01 = """
T:茗川市智慧茶园监测平台建设项目政府采购合同
P:合同编号：MCNY-ZFCG-2025-032
P:采购项目编号：MCZC2025-G-0417（公开招标）
P:甲方（采购人）：茗川市农业农村局
P:乙方（供应商）：浙江青禾物联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在全市6个重点产茶乡镇约2.1万亩茶园建设智慧茶园监测体系，包括气象监测站、土壤墒情传感器、虫情测报灯、高清视频监控和边缘网关等前端设备的供货与安装，以及智慧茶园监测平台软件的部署、定制开发和系统集成。
P:1.2 平台应实现茶园环境实时监测、病虫害预警、茶园“一张图”展示、农事记录，并与茶叶质量追溯系统和省级农业大数据平台按甲方要求完成数据对接。
P:1.3 乙方应于合同签订之日起120日内完成全部设备供货、安装调试和平台上线试运行。
P:1.4 乙方应对甲方及各乡镇农技人员开展不少于60人次的操作培训，并为每个乡镇编制设备巡查和简易故障处理指引。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零伍万元整（¥2,050,000.00），为固定总价，包含设备、软件、运输、保险、安装、调试、开发、集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|茶园小型气象监测站|12套|38,500|462,000
TB:2|土壤墒情传感器（三层）|60套|4,200|252,000
TB:3|智能虫情测报灯|8套|26,800|214,400
TB:4|高清球形摄像机（含立杆及太阳能供电）|36台|5,600|201,600
TB:5|边缘计算网关|24台|3,150|75,600
TB:6|智慧茶园监测平台软件许可（永久）|1套|368,000|368,000
TB:|软硬件小计|||1,573,600
TB:7|定制开发（一张图、预警模型配置、追溯系统对接）|1项|286,400|286,400
TB:8|安装调试及系统集成|1项|164,000|164,000
TB:9|用户培训|1项|26,000|26,000
TB:|合同总价|||2,050,000
P:2.2 除本合同另有约定外，甲方不承担合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥410,000。
P:3.2 全部设备安装完成、平台试运行满30日并通过初步验收后，甲方支付合同总价的45%，即¥922,500。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥717,500。
P:3.4 乙方每次请款应提供合法有效的等额发票。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥102,500），以银行保函形式提交的亦可；项目最终验收合格后15个工作日内无息退还。
H:第四条 交付与验收
P:4.1 设备到货时双方共同开箱清点并签署到货清单。到货签收仅确认数量和外观，不构成质量验收。
P:4.2 初步验收条件：全部前端设备安装到位并在线运行；平台各功能模块按招标文件技术要求逐项测试通过；与省级平台、追溯系统的接口联调完成。
P:4.3 最终验收标准：（1）试运行不少于60日，期间未发生一级故障；（2）各监测站点数据按10分钟间隔连续上传，单站点累计中断不超过3次；（3）摄像机画面达到1080P并可远程调阅、回放；（4）平台通过第三方网络安全等级保护二级测评；（5）乙方提交竣工资料、定制部分源代码、操作手册和培训记录。
P:4.4 甲方在收到乙方书面验收申请后10个工作日内组织验收，并可邀请专家参加。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。设备安装完毕、平台上线或甲方已开始使用，均不视为验收合格。
H:第五条 质量保证
P:5.1 质量保证期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复和版本升级；传感器探头、蓄电池等易损件损坏的，乙方免费更换。
P:5.2 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过软硬件小计的7%（即每年不超过¥110,152），该标准在质保期满后两年内不得上调。维保服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（经甲方同意的计划维护除外）。每低于约定值0.01个百分点，甲方可扣减乙方¥1,000。
P:6.2 故障等级及处理时限如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|平台整体中断或三分之一以上站点离线|30分钟|3小时|8小时
TB:二级|单个乡镇站点离线或主要功能异常|2小时|次日|2个工作日
TB:三级|个别设备故障或一般功能问题|8小时|3个工作日|5个工作日
P:6.3 乙方未按上表时限响应、到场或修复的，每超时1小时，甲方可扣减¥800，从应付款项或履约保证金中扣除。
P:6.4 乙方提供全天候服务热线，并在茗川市区设立常驻服务点，配备不少于2名技术人员。
H:第七条 知识产权
P:7.1 平台标准软件的著作权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、预警模型配置、“一张图”专题及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
H:第八条 数据安全
P:8.1 本项目采集、产生的全部监测数据、图像视频及茶园主体、农户信息属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 平台部署于甲方指定的政务云。乙方应按网络安全等级保护二级要求落实访问控制、加密传输、日志审计和漏洞修补；运维人员须经甲方审批后通过堡垒机访问。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、未公开数据和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付、安装或上线的，每逾期一日，按合同总价的0.1%向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应无条件更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额及同期贷款市场报价利率支付利息。
H:第十一条 分包
P:乙方不得转包本项目。确需将部分非主体、非关键性工作分包的，须事先取得甲方书面同意；乙方就分包工作向甲方承担全部责任。
H:第十二条 合同解除
P:乙方有严重违约行为，包括逾期超过30日、验收两次不合格或发生重大数据安全事件，经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并在15日内提供证明，根据影响程度部分或全部免除责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：茗川市农业农村局    乙方（盖章）：浙江青禾物联科技有限公司
"""

H118Z04 = """
T:临澄市智慧养老服务平台2025年度运维服务合同
P:项目编号：LCZC-2025-CS-068（竞争性磋商）
P:甲方（采购人）：临澄市养老服务指导中心
P:乙方（成交供应商）：临澄云途信息技术有限公司
P:依据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就智慧养老服务平台年度运维服务事项订立本合同。
H:1. 服务范围与服务期
P:1.1 智慧养老服务平台由老人信息库、居家养老服务派单、助餐补贴核销、呼叫中心坐席系统、智能终端接入模块和监管驾驶舱组成，部署于市政务云，覆盖全市9个街道、126个社区。
P:1.2 乙方提供的运维服务包括：应用及中间件运维、数据库运维、呼叫中心坐席系统运维、3,200台智能终端（一键呼叫器、跌倒报警器、烟感报警器）接入运维、安全巡检与漏洞整改、数据质量治理协助、应急演练和用户培训；平台与市民政业务系统、助餐点收银设备及医保结算接口的日常运维，一并纳入本合同服务范围。
P:1.3 乙方派驻2名驻场工程师，工作日8:30至17:30在甲方现场值守；非工作时间由乙方安排工程师远程值守，保证报障电话全天有人接听。
P:1.4 服务期自2025年7月1日起至2026年6月30日止。
P:1.5 乙方应在服务期开始前10日内完成与上一运维单位的交接，接收系统账号、运维文档、配置清单和遗留问题清单，并对交接中发现的问题提出处理建议报甲方确认。
P:1.6 智能终端硬件由甲方另行采购，乙方负责终端的接入调试、参数配置、离线排查和更换后的重新注册；终端离线率每月统计一次并在月报中说明原因。
H:2. 合同价款
P:2.1 合同总价为人民币伍拾捌万元整（¥580,000），为包干价，包含人工、差旅、工具、备品备件、税费等全部费用。
P:2.2 分项价格：驻场运维服务2人×12个月×14,500元，计348,000元；远程技术支持及二线专家服务96,000元；安全巡检与漏洞整改58,000元；智能终端接入运维3,200台×20元，计64,000元；应急演练与培训14,000元。
P:2.3 服务期内平台新增功能模块的运维，在磋商文件约定的工作量范围内不另行收费；超出范围的，双方另行协商。
H:3. 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度¥145,000。甲方在每季度考核完成后15个工作日内，凭乙方发票支付当季服务费；按第5条扣减的款项从当季服务费中扣除。
P:3.3 乙方开具的发票金额应与当季考核扣减后的应付金额一致。
H:4. 服务水平
P:4.1 故障分级：一级故障指平台整体不可用、呼叫中心坐席无法接听或智能终端报警信息无法推送至坐席；二级故障指单个功能模块异常或单个街道业务受影响；三级故障指不影响业务办理的一般问题。
P:4.2 处理时限：一级故障，乙方接报后6小时内响应并组织处置，16小时内恢复；二级故障，1个工作日内响应，3个工作日内解决；三级故障，2个工作日内响应，在下一次版本更新中解决。
P:4.3 乙方每月5日前提交上月运维报告，内容包括工单统计、故障处理、巡检发现、漏洞整改和数据质量情况；每季度开展一次全面安全巡检，每半年组织一次应急演练。
P:4.4 乙方应每日备份数据库，备份数据在政务云内异地存放，并每月进行一次恢复验证。
P:4.5 春节、重阳节等节假日及极端天气期间，乙方应安排专人值守，提前3日向甲方提交保障方案，并每日报告平台运行和终端报警处置情况。
P:4.6 乙方应协助甲方完成平台网络安全等级保护测评，对测评发现的中高风险问题在30日内完成整改，需要采购软硬件的，由乙方提出方案报甲方决定。
H:5. 考核与验收
P:5.1 甲方每季度按附件《运维服务考核细则》对乙方评分，满分100分。得分低于80分的，每低1分扣减当季服务费的1%。
P:5.2 一级故障响应超时的，每次扣减当季服务费¥1,000；恢复超时的，每超过1小时扣减¥300。
P:5.3 服务期满后15个工作日内，甲方组织年度验收。验收标准为：（1）全年工单全部闭环，遗留问题有明确处置方案；（2）四个季度考核平均分不低于85分；（3）巡检记录、漏洞整改报告、备份恢复记录和运维文档齐全；（4）乙方完成与下一服务期运维单位的交接。年度验收结果作为乙方履约评价的依据。
P:5.4 考核细则主要包括：故障处理及时率、工单闭环率、月报和巡检报告质量、终端离线处置情况、驻场人员出勤及用户满意度。甲方每季度组织街道和社区代表对乙方服务进行满意度评价，评价结果计入考核得分。
H:6. 数据安全
P:6.1 平台中的老人身份信息、健康状况、家庭联系人、服务记录、通话录音等全部数据属于甲方，乙方仅可为履行本合同使用。
P:6.2 乙方运维人员须签署保密承诺书，经甲方审批后通过政务云堡垒机操作，禁止将数据导出至政务云以外的任何介质或网络；因排障确需查看数据的，须经甲方同意并登记。
P:6.3 发生或发现数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，并按甲方的应急预案处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:6.4 服务期满或合同解除时，乙方应交还全部账号权限和运维资料，删除在运维过程中产生的临时数据副本，并向甲方出具书面确认。
H:7. 保密
P:乙方对服务中知悉的甲方工作信息、老人个人信息和系统配置信息负有保密义务，不得向任何第三方披露。乙方应对驻场及远程运维人员进行保密教育，并对其行为承担责任。本条在合同终止后继续有效。
H:8. 知识产权
P:运维过程中形成的运维文档、脚本、配置基线、数据治理成果和培训材料归甲方所有，甲方可自由使用和修改。
H:9. 违约责任
P:9.1 乙方未按约定日期完成驻场人员到岗，或未按时提交月度运维报告、季度巡检报告的，每逾期一日，按合同总价的0.025%向甲方支付违约金。
P:9.2 乙方更换驻场人员未经甲方同意的，每人次扣减¥2,000。
P:9.3 乙方在服务中造成甲方或第三方损失的，应予赔偿。
P:9.4 本条第9.1项的违约金累计不超过合同总价的10%，违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:10. 人员与分包
P:10.1 乙方驻场人员应具备数据库和网络运维经验，更换须提前10日经甲方书面同意。
P:10.2 乙方不得将本合同服务分包或转包给任何第三方。
P:10.3 甲方应为驻场人员提供办公场地和必要的网络条件，开通政务云运维账号，并指定专人负责工单确认和考核工作。
H:11. 合同解除
P:乙方连续两个季度考核得分低于70分，或发生重大数据安全事件，或有其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
H:12. 服务期满
P:服务期届满，本合同自然终止。下一年度运维服务由甲方依法重新组织采购，乙方应配合完成交接。
H:13. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临澄仲裁委员会仲裁。
H:14. 其他
P:本合同一式五份，甲方三份、乙方二份，经双方签字盖章后生效。磋商文件、响应文件和考核细则为本合同附件。
P:双方指定的项目联系人及联系方式见附件，联系人变更的应及时书面通知对方。一方按联系方式发出的通知，送达即生效。
P:甲方（盖章）：临澄市养老服务指导中心    乙方（盖章）：临澄云途信息技术有限公司
"""

H118E03 = """
T:Supply, Installation and Maintenance Contract for Tank Water-Quality Monitoring
P:Contract No.: DBR-EQ-2025-019
P:Buyer: Dongshan Blue Reef Aquaculture Co., Ltd., No. 3 Aoshan Road, Tongling Town, Dongshan County, Zhangzhou, Fujian Province, People's Republic of China (the "Buyer")
P:Supplier: Tresco Aquatic Systems Ltd, Old Grimsby Boatyard, Tresco, Isles of Scilly TR24 0QQ, United Kingdom, company number 10487266 (the "Supplier")
P:The Buyer operates a land-based recirculating farm for grouper with 48 culture tanks in four halls. The Buyer wishes to buy, and the Supplier agrees to supply, install and maintain, a monitoring system for dissolved oxygen, temperature, pH, salinity, ammonia, nitrite, water level and flow in every tank, with alarms to the Buyer's duty staff and a link to the Buyer's oxygen-injection controllers. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "System" means the equipment, software and integration described in Clause 2 and Schedule 1.
P:1.2 "Contract Price" means the total price stated in Clause 3.1.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Clause 6.4 that the System has passed the tests in Clause 6.2.
P:1.4 "Critical Fault" means a fault that stops oxygen or ammonia readings or alarms for one or more tanks; "Major Fault" means a fault that affects other readings or the dashboard while alarms still work; "Minor Fault" means any other fault.
P:1.5 "Buyer Data" means all readings, alarms, logs, photographs, stock records and other data collected or produced by the System.
H:2. Scope
P:2.1 The Supplier shall supply the equipment in Clause 3.1, install and calibrate it in all 48 tanks, configure the alarm and monitoring software, integrate the System with the Buyer's oxygen-injection controllers so that low-oxygen alarms trigger additional injection, and train the Buyer's staff.
P:2.2 The Supplier's on-site work in Dongshan is carried out by its engineers together with Xiamen Haiyun Instrument Service Co., Ltd., the local service partner named in Schedule 3.
H:3. Contract Price
P:3.1 The Contract Price is fixed at CNY 1,230,000, stated in Chinese yuan at the Buyer's request, and includes all equipment, software, freight, import duties, insurance, installation, calibration, integration, training, taxes and warranty services. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter probe (DO, temperature, pH, salinity)|48|9,600|460,800
TB:2|Ammonia / nitrite analyser|6|38,500|231,000
TB:3|Tank level and flow sensor set|48|2,150|103,200
TB:4|Data logger with LoRa gateway|8|12,400|99,200
TB:5|Alarm and monitoring software licence (perpetual)|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||1,020,200
TB:6|Installation, calibration and commissioning|1|118,000|118,000
TB:7|Integration with oxygen-injection controllers|1|74,000|74,000
TB:8|Training of farm staff|1|17,800|17,800
TB:|Contract Price|||1,230,000
P:3.2 Exchange-rate changes do not affect the Contract Price.
H:4. Payment
P:4.1 The Buyer shall pay ten per cent (10%) of the Contract Price, CNY 123,000, within 15 days after receiving an advance-payment bank guarantee for the same amount from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay fifty per cent (50%), CNY 615,000, within 15 days after the Installation Certificate is signed for all four halls. The Installation Certificate records that the equipment is installed and powered; it is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining forty per cent (40%), CNY 492,000, within 15 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice by bank transfer in CNY.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's farm within 10 weeks and complete installation in all halls within 14 weeks after the Contract is signed.
P:5.2 If the Supplier fails to meet either date for reasons not caused by the Buyer, the Supplier shall pay liquidated damages of CNY 1,500 for each day of delay, up to ten per cent (10%) of the Contract Price. Liquidated damages do not release the Supplier from its obligations.
H:6. Testing and Final Acceptance
P:6.1 After installation the Supplier shall calibrate every probe and analyser and hand over calibration records.
P:6.2 Final Acceptance tests are: (a) each dissolved-oxygen reading is within 0.2 mg/L of the Buyer's reference meter and each pH reading within 0.1 units; (b) ammonia and nitrite results agree with laboratory samples taken in the same hour within the tolerance in Schedule 2; (c) a simulated low-oxygen event in each hall produces an alarm on the dashboard and on the phones of three duty staff within 60 seconds and triggers additional oxygen injection; (d) the System runs for 21 consecutive days without a Critical Fault; (e) the Supplier has delivered manuals, wiring diagrams, the configuration backup and training records.
P:6.3 If a test fails, the Supplier shall correct the defect within 10 days and repeat the test at its own cost.
P:6.4 When all tests are passed, the Buyer signs a Final Acceptance Certificate within 7 days. Installation, the Installation Certificate, payment under Clause 4.2 or use of the System for fish production does not constitute Final Acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for thirty (30) months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour, travel and freight. Membranes, electrolyte and calibration solutions are consumables and are not covered.
P:7.2 During the warranty the Supplier shall visit the farm every three months to check and recalibrate the probes.
H:8. Fault Response
P:8.1 The Buyer may report faults at any time by telephone or messaging to the Supplier's support line.
P:8.2 The Supplier shall respond to a Critical Fault within 30 minutes with remote diagnosis, have an engineer on site within 12 hours and restore monitoring of the affected tanks within 18 hours, using spare probes held at the farm if needed. A Major Fault shall be responded to within 2 hours and fixed within 3 days; a Minor Fault within 1 business day and fixed at the next routine visit.
P:8.3 For every hour by which the Supplier exceeds a response or restoration time in Clause 8.2, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:8.4 The Supplier shall keep at the farm, at its own cost, a stock of four spare probes, one spare analyser module and one spare data logger.
H:9. Maintenance after the Warranty
P:9.1 After the warranty, the Buyer may order annual maintenance from the Supplier covering the services in Clauses 7 and 8.
P:9.2 The annual maintenance fee is 8.5% of the Hardware and Licence Subtotal, CNY 86,717 per year, and shall not be increased during the first three years after the warranty. Maintenance is ordered each year by written purchase order and does not renew automatically.
H:10. Intellectual Property
P:10.1 The software licence in Clause 3.1 is perpetual and irrevocable for the Buyer's farm.
P:10.2 The alarm logic, dashboards, integration scripts and configuration made for the Buyer, and their documentation, belong to the Buyer. The Buyer may use, modify and license them freely, including to another maintenance provider.
H:11. Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The System stores Buyer Data on a server at the Buyer's farm. The Supplier may access it remotely only through the Buyer's VPN, with a named account enabled by the Buyer for each session, and shall not copy Buyer Data outside the Buyer's systems or outside mainland China.
P:11.3 The Supplier shall keep the software patched, change all default passwords before commissioning and follow the Buyer's security rules. It shall notify the Buyer of any security incident affecting the System or Buyer Data within 6 hours, help contain it, and compensate the Buyer for losses caused by incidents attributable to the Supplier or its service partner.
H:12. Confidentiality
P:Each party shall keep the other party's non-public information confidential, including the Buyer's stocking densities, growth and mortality data and prices, and use it only for this Contract. This obligation lasts for five years after the end of the Contract.
H:13. Subcontracting
P:The local service partner named in Schedule 3 is approved by the Buyer's signature of this Contract. The Supplier shall not use any other subcontractor without the Buyer's prior written consent and is responsible for the work of all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not cure the breach within 20 days after written notice, or if liquidated damages under Clause 5.2 reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment that the Buyer returns and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force at the time. The award is final and binding.
H:16. General
P:16.1 This Contract is signed in English and Chinese, both texts being equally authentic.
P:16.2 Schedules: 1 Technical specification; 2 Test tolerances; 3 Local service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H118E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: BH-MSA-2025-07
P:This Agreement is made between Brijuni Helpdesk d.o.o., a limited liability company registered with the Commercial Court in Pazin, OIB 48215937604, with its office at Riva 12, 52212 Fažana, Istria, Croatia ("Provider"), and Chengdu Shufeng Yayun Teahouse Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 45 Qintai Road, Qingyang District, Chengdu, Sichuan Province ("Customer").
P:Customer runs a teahouse and a Sichuan-opera stage with nightly performances, a box office, an online ticketing counter and a tea shop. Provider supports small hospitality businesses remotely from Fažana and through local field partners. The parties agree as follows.
H:Section 1 - Definitions
P:1.1 "Services" means the managed IT and desktop support services described in Section 2 and Schedule 1.
P:1.2 "Supported Devices" means the 64 devices listed in Schedule 1: 32 desktop and laptop computers, 9 point-of-sale terminals, 4 ticket printers, 2 stage-lighting and sound control computers, 1 box-office server, 14 Wi-Fi access points, 1 office multifunction printer and 1 network router.
P:1.3 "Priority 1 Incident" means an incident that stops ticket sales, point-of-sale payments or the stage control computers during opening hours; "Priority 2 Incident" means an incident that affects a single user or a non-critical function; "Service Request" means a request for a standard change, such as a new user account.
P:1.4 "Monthly Service Charge" means the fixed monthly charge in Section 4.1.
P:1.5 "Customer Data" means all data of Customer, its staff, guests and ticket buyers held on the Supported Devices or handled by Provider in providing the Services.
H:Section 2 - Services
P:2.1 Provider shall provide: (a) a helpdesk reachable by telephone, WeChat and e-mail, staffed in Chinese and English every day from 10:00 to 23:30 Beijing time, covering all performance nights; (b) remote monitoring and management of all Supported Devices through Provider's monitoring agent; (c) installation of operating-system and application updates at agreed times outside performance hours; (d) on-site desktop support in Chengdu through Provider's field partner; (e) user account administration; (f) management of the Wi-Fi network and the point-of-sale and ticket-printer connections; (g) a monthly service report.
P:2.2 Provider's field partner for on-site work in Chengdu is Chengdu Rongxin Technical Services Co., Ltd., named in Schedule 3.
P:2.3 New devices added at Customer's request are covered from the following month at the unit rates in Schedule 1.
H:Section 3 - Transition
P:3.1 Within six weeks after signature, Provider shall carry out the transition: an inventory of all Supported Devices, installation of the monitoring agent, documentation of the network and of all user accounts, and handover from Customer's previous support company.
P:3.2 Transition Acceptance is achieved when: (a) the inventory lists every Supported Device with its configuration; (b) the monitoring agent reports from all computers and point-of-sale terminals; (c) a documented runbook exists for each Priority 1 scenario in Schedule 2; (d) Customer's staff have received a 90-minute introduction to the helpdesk. Customer confirms Transition Acceptance in writing. Provision of the Services before that confirmation does not constitute acceptance.
P:3.3 If Transition Acceptance is delayed beyond the six-week period through Provider's fault, Provider shall pay Customer CNY 400 for each day of delay.
H:Section 4 - Charges and Payment
P:4.1 At Customer's request all charges are in Chinese yuan: Monthly Service Charge CNY 18,600; one-time transition fee CNY 21,600. Over the Minimum Term of 24 months the charges total CNY 468,000 (24 x CNY 18,600 + CNY 21,600).
P:4.2 The transition fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which Transition Acceptance occurs. Customer pays no amount in advance.
P:4.3 Invoices are payable within 30 days. The charges are fixed for the Minimum Term.
P:4.4 If an undisputed invoice remains unpaid 30 days after its due date, Provider may suspend non-urgent Service Requests until payment, after 7 days' written warning.
H:Section 5 - Service Levels and Reporting
P:5.1 Provider shall respond to a Priority 1 Incident within 15 minutes of the report and shall have a field engineer on site within 3 hours if the incident cannot be resolved remotely. Priority 2 Incidents are responded to within 2 hours and Service Requests within 1 business day.
P:5.2 Schedule 2 sets out the restoration targets for each Priority 1 scenario, including a replacement point-of-sale terminal and a spare ticket printer held on Customer's premises.
P:5.3 If Provider misses the response time for a Priority 1 Incident, Customer receives a service credit of 5% of the Monthly Service Charge for each missed incident; if Provider misses a restoration target in Schedule 2, a further credit of 3% applies. Credits in any month shall not exceed 20% of the Monthly Service Charge and are deducted from the next invoice.
P:5.4 By the fifth business day of each month Provider shall send Customer a service report listing all incidents and requests, response and restoration times, service credits due, devices close to the end of their useful life and recommended improvements.
P:5.5 The parties shall hold a video review meeting every quarter, timed to suit both Beijing and Central European business hours. Before each new performance season Provider shall check the stage control computers and the ticketing counter with Customer's stage manager.
P:5.6 Provider shall assign a named service manager and a deputy to Customer and shall give one month's notice before replacing either of them.
H:Section 6 - Customer Responsibilities
P:6.1 Customer shall give Provider and the field partner access to the premises during opening hours and nominate one staff member as contact for each shift.
P:6.2 Customer shall not install software on the stage control computers without Provider's advice.
P:6.3 Customer remains responsible for purchasing and renewing the software licences used on the Supported Devices; Provider shall remind Customer of expiry dates in the monthly report.
H:Section 7 - Customer Data
P:Customer Data remains the property of Customer. Provider shall use Customer Data only as necessary to provide the Services and shall return any Customer Data in its possession at the end of this Agreement.
H:Section 8 - Confidentiality
P:8.1 Each party shall keep confidential all information of the other party marked or evidently confidential, including Customer's ticket sales figures, supplier prices and guest lists, and Provider's tools and methods, and shall not disclose it to any third party except its professional advisers and, for Provider, the field partner named in Schedule 3.
P:8.2 This Section survives for three years after the end of this Agreement.
H:Section 9 - Documentation and Intellectual Property
P:9.1 Provider retains all rights in its monitoring tools and general know-how.
P:9.2 The inventory, network documentation, runbooks, scripts and configuration records prepared for Customer belong to Customer. Customer may use, modify and share them freely, including with a later support provider.
H:Section 10 - Subcontracting
P:Provider may use the field partner named in Schedule 3, which Customer approves by signing this Agreement. Any other subcontractor requires Customer's prior written consent. Provider is responsible for its subcontractors as for its own staff.
H:Section 11 - Liability
P:11.1 Neither party limits its liability for death or personal injury caused by its negligence, or for fraud or wilful misconduct.
P:11.2 Subject to Section 11.1, Provider's total liability arising out of or in connection with this Agreement is limited to CNY 700,000.
P:11.3 Neither party is liable for loss of profit or indirect loss.
H:Section 12 - Term
P:12.1 This Agreement starts on signature and runs for a Minimum Term of 24 months from Transition Acceptance.
P:12.2 Neither party may terminate this Agreement during the Minimum Term, except by written notice if the other party becomes insolvent or enters liquidation. Customer's remedies for service failures are the service credits in Section 5.3 and damages within the limits of Section 11.
P:12.3 After the Minimum Term this Agreement continues from month to month at the same charges until either party gives 90 days' written notice.
P:12.4 At the end of this Agreement Provider shall hand over all documentation under Section 9.2, remove its monitoring agent and cooperate with Customer's next support provider for up to 30 days.
H:Section 13 - Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action or failure of public networks, provided it informs the other party promptly.
H:Section 14 - Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The arbitration shall be conducted in Chinese and English.
H:Section 15 - General
P:15.1 This Agreement, with its Schedules, is the entire agreement between the parties.
P:15.2 Changes must be made in writing and signed by both parties.
P:15.3 Notices may be given by e-mail to the addresses in Schedule 4, confirmed by letter.
P:Schedule 1: Supported Devices and unit rates. Schedule 2: Priority 1 scenarios and restoration targets. Schedule 3: Field partner. Schedule 4: Contacts.
P:Signed for Brijuni Helpdesk d.o.o.: Marko Vitasović, Director    Signed for Chengdu Shufeng Yayun Teahouse Co., Ltd.: Liu Wenjing, General Manager
"""

SOURCES = {"h118z01": H118Z01, "h118z04": H118Z04, "h118e03": H118E03, "h118e04": H118E04}
TARGETS = {"h118z01": ("h118z01_city_agriculture_bureau_smart_tea_garden.docx", "docx"),
           "h118z04": ("h118z04_elderly_care_platform_annual_om_service.pdf", "pdf"),
           "h118e03": ("h118e03_grouper_farm_tank_sensors_maintenance.docx", "docx"),
           "h118e04": ("h118e04_opera_teahouse_managed_it_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
