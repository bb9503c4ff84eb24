"""Builds holdout129's two .docx and two .pdf contracts from the markup sources below.

Markup as in ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row with cells split by |).
Run with /work/main/.venv/bin/python from any directory; the files are written next to this script.
PDF paragraphs are broken at word boundaries first (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H129Z01 = """
T:青川省水资源监控与调度平台建设项目合同
P:合同编号：QCSL-ZC-2025-031
P:采购方式：公开招标（政府采购项目编号：QCZC2025-0417）
P:甲方（采购人）：青川省水利厅
P:乙方（中标供应商）：青川汇流信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商，就青川省水资源监控与调度平台建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 定义
P:1.1 “平台”指本项目建设的水资源监控与调度平台，包括监测终端、平台软件、调度模型及业务应用，以及与甲方既有业务系统的接口。
P:1.2 “监测终端”指安装于全省62处重点取水口、河道控制断面和大中型水库的水位计、流量计、水质多参数仪及遥测终端（RTU），含太阳能供电和安装附件。
P:1.3 “定制成果”指乙方为本项目开发的调度模型、业务应用、接口程序及其源代码、数据库设计、配置文件和技术文档。
P:1.4 “甲方数据”指监测数据、取用水台账、调度方案与指令、用户信息、平台运行日志以及乙方在履约过程中接触到的其他数据。
H:第二条 项目内容与合同价款
P:2.1 乙方负责监测终端的供货、运输与安装，平台软件的部署，调度模型及业务应用的开发，系统集成、联调和培训，具体范围以招标文件技术需求及乙方投标响应为准。
P:2.2 合同总价为人民币3,790,000元（大写：叁佰柒拾玖万元整），为含税固定总价，已包括设备、软件许可、开发、运输、安装、集成、培训及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|监测终端（水位计、流量计、水质多参数仪、RTU及安装附件）|1,236,000
TB:2|平台软件许可（永久许可，不限用户数）|980,000
TB:|软硬件小计|2,216,000
TB:3|调度模型及业务应用定制开发|1,142,000
TB:4|系统集成、安装调试|386,000
TB:5|培训|46,000
TB:|合计|3,790,000
H:第三条 付款方式
P:3.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函形式），终验合格后转为质量保证金，质保期满且无未了事项后退还。
P:3.2 合同签订且乙方提交与预付款等额的银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即758,000元。
P:3.3 全部监测终端安装完毕、平台试运行满60日并通过初验后，甲方支付合同总价的45%，即1,705,500元。
P:3.4 项目通过终验后，甲方支付合同总价的35%，即1,326,500元。
P:3.5 乙方每次请款时应提交合法有效的增值税发票。因财政资金拨付程序造成的付款延迟，甲方应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后150日内完成全部监测终端的安装和平台上线试运行，于合同签订后240日内具备终验条件。
P:4.2 设备到货时由双方共同开箱清点并签署到货单。到货签收仅确认设备数量和外观，不构成对设备质量的认可。
P:4.3 乙方应派驻项目经理一名，未经甲方同意不得更换；甲方认为项目经理不能胜任的，乙方应在10日内更换。
H:第五条 验收
P:5.1 初验标准：（1）监测终端数据到报率不低于98%，数据上报周期不超过5分钟；（2）平台功能逐项满足招标文件技术需求；（3）调度模型以近三年历史数据回算，主要控制断面流量预报误差不超过10%；（4）与水资源管理系统、防汛抗旱指挥系统的接口联调通过。
P:5.2 终验标准：初验遗留问题全部整改完毕；平台连续稳定运行90日，期间未发生一级故障；具备资质的第三方测评机构出具的等级保护三级测评报告和软件测试报告结论合格；源代码和技术文档移交完毕。
P:5.3 验收由甲方组织专家进行，形成书面验收报告并由双方签字。设备安装、平台上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在20日内整改后重新提请验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修和更换、升级补丁、远程技术支持及每半年一次的现场巡检，更换的设备自更换之日起重新计算质保期。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过软硬件小计的8%（即每年不超过177,280元），该标准在质保期满后三年内不得上调，具体服务内容由双方另行签订维护合同约定。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.8%（经甲方同意的计划内维护时间除外）。每低于该标准0.1个百分点，甲方有权从质量保证金中扣减3,000元。
P:7.2 故障分级及响应时限如下表：
TB:故障级别|定义|响应时限|到场时限|恢复时限
TB:一级|平台中断、调度功能不可用，或10个以上监测站同时失联|45分钟|3小时|8小时
TB:二级|部分功能异常，或单站连续失联超过一日|2小时|次日|2日
TB:三级|一般咨询或轻微缺陷|8小时|按约定|5个工作日
P:7.3 乙方每超过上表响应或恢复时限1小时，甲方扣减1,000元。乙方应在每季度首月10日前提交上季度运行报告，列明可用率、故障处理和巡检情况。
H:第八条 知识产权
P:8.1 定制成果的知识产权归甲方所有。乙方应在终验前交付全部源代码和技术文档，甲方有权自行或委托第三方修改、使用和部署。
P:8.2 平台软件的著作权仍归原权利人，甲方获得永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方合法权利，因此产生的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 甲方数据归甲方所有。乙方仅为履行本合同使用甲方数据，不得复制、留存、向任何第三方提供或用于其他任何用途。
P:9.2 乙方应按照网络安全等级保护三级要求落实安全措施；远程维护须经甲方书面审批并通过甲方堡垒机进行，全程审计留痕；乙方人员须签署保密承诺书。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任以及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、水利工程资料、调度方案及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:11.3 乙方提供的设备或软件不符合合同约定的，应在甲方指定期限内更换或整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目。立杆、基础浇筑等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过60日；（2）终验两次不合格；（3）违反第九条或第十条且情节严重；（4）其他根本违约行为经甲方催告后15日内仍未改正。
P:13.2 合同解除的，乙方应退还已收取的未履约部分款项，并赔偿甲方损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清文件为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：青川省水利厅　　　　乙方（盖章）：青川汇流信息技术有限公司
P:签订日期：2025年　月　日
"""

H129Z04 = """
T:临澜市图书馆图书管理与自助借还系统年度运维服务合同
P:合同编号：LLTSG-YW-2025-09
P:采购方式：竞争性磋商（政府采购项目编号：LLCG2025-C-0213）
P:甲方（采购人）：临澜市图书馆
P:乙方（成交供应商）：临澜智阅信息服务有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方图书管理与自助借还系统2026年度运维服务事宜订立本合同。
H:第一条 服务范围
P:1.1 运维对象包括：图书馆集成管理系统（采编、流通、典藏、读者管理、OPAC）、自助借还机48台、RFID安全门12套、馆员工作站RFID读写器60台、自助办证机4台、24小时自助还书箱2台，以及上述系统之间和与市民卡平台的接口。
P:1.2 服务内容包括：驻场运维、日常巡检、故障处理、系统软件维护及升级、数据库备份与恢复演练、设备清洁校准、备品备件保障、重大活动保障以及年度运维总结。
P:1.3 服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，后续服务由甲方依照政府采购规定另行采购，本合同不自动续期。
H:第二条 服务费用
P:2.1 本合同服务费总额为人民币486,000元（大写：肆拾捌万陆仟元整），为含税固定价格，构成如下：驻场运维（工作日2人）288,000元；自助借还机及RFID安全门等设备维护126,000元；系统软件维护及升级52,000元；备品备件20,000元。
P:2.2 服务费按季度支付。每季度结束后，甲方按第五条进行季度考核，并在考核结果确认后15个工作日内支付当季服务费121,500元（扣除考核扣款后的余额）。本合同不设预付款。
P:2.3 乙方应按季度开具增值税发票。服务期内乙方自行承担人员、交通、工具及备件运输等一切费用。
H:第三条 服务要求
P:3.1 乙方驻场人员服务时间为每周二至周日9:00至17:30，法定节假日开馆期间正常驻场。驻场人员应具备两年以上同类系统运维经验，名单报甲方备案，更换须提前7日经甲方同意。
P:3.2 乙方每日开馆前完成自助设备开机自检，每周巡检一次全部设备，每月进行一次数据库备份校验，每半年进行一次恢复演练并提交报告。
P:3.3 系统年可用率（开馆时间内）不低于99.95%。
P:3.4 故障分级和处理时限：一级故障指集成管理系统中断或全馆借还服务不可用，乙方接报后5小时内响应，当日闭馆前恢复；二级故障指单台自助设备或单个功能模块异常，乙方接报后8小时内响应，48小时内修复；三级故障指一般咨询和轻微问题，3个工作日内处理完毕。
P:3.5 自助借还设备需返厂维修的，乙方应提供备机替换，保证每个服务点至少有一台设备可用。
P:3.6 乙方应为甲方保障读书月、寒暑假高峰、全民阅读活动等重大活动期间的系统运行，活动前3日完成专项巡检，活动期间增派一名工程师驻场，所需费用已包含在服务费中。
P:3.7 乙方应建立备品备件库，常备自助借还机读写模块、触摸屏、票据打印机、安全门天线板等易损件各不少于两套；备件使用情况每月报甲方备案，服务期满时剩余备件归甲方所有。
P:3.8 乙方应在服务期内为甲方馆员提供不少于两次操作培训，内容包括自助设备日常处理、常见故障判断和读者引导，并提交培训记录。
P:3.9 乙方对系统软件进行升级或打补丁前，应提前3个工作日提交升级方案和回退方案，经甲方书面同意后在闭馆时间实施；升级后发现问题的，应立即回退并恢复服务。
P:3.10 乙方每月5日前向甲方提交上月运维月报，内容包括故障清单及处理结果、设备运行统计、备份校验记录、读者反映问题的处理情况和下月工作计划；甲方对月报有异议的，乙方应在3个工作日内说明或补正。
H:第四条 人员与分包
P:4.1 乙方应建立运维服务台，提供7×24小时电话报修，并为甲方开通工单系统账号。
P:4.2 乙方可将自助借还机及RFID安全门的硬件维修分包给设备原厂或其授权服务商，但应提前5个工作日书面通知甲方。乙方对分包方的服务质量向甲方负责。
H:第五条 考核与验收
P:5.1 甲方每季度按运维考核表对乙方进行考核，考核内容包括故障响应和修复时限、可用率、巡检记录完整性、备份演练、读者投诉和驻场纪律，满分100分。
P:5.2 季度考核得分低于90分的，每低1分扣减当季服务费1,000元；低于70分的，甲方有权要求乙方更换驻场人员并限期整改。一级故障超过响应时限的，每次扣减2,000元。
P:5.3 服务期满后，乙方提交年度运维总结、设备台账、备件使用清单、系统配置及运维文档，甲方按磋商文件的服务要求组织年度验收并出具书面意见。乙方提交材料或甲方签收工单，均不视为年度验收通过。
H:第六条 数据安全
P:6.1 读者个人信息、借阅记录、馆藏数据及系统日志等均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、导出、留存或用于任何其他目的。
P:6.2 乙方应遵守《中华人民共和国个人信息保护法》和甲方信息安全管理制度；远程维护须经甲方审批，使用甲方分配的账号并留存操作日志；更换下来的存储介质须经甲方确认后消磁或物理销毁。
P:6.3 发生数据泄露或系统被入侵的，乙方应在2小时内报告甲方，配合调查处置；因乙方原因导致的，乙方承担全部责任并赔偿甲方及读者的损失。
H:第七条 保密
P:7.1 乙方及其人员对在服务过程中知悉的甲方内部资料、网络拓扑、账号口令及读者信息负有保密义务，未经甲方书面许可不得披露。本条在合同终止后继续有效。
H:第八条 知识产权
P:8.1 乙方在服务过程中为甲方编写的运维脚本、配置文档、报表模板和年度总结归甲方所有，甲方可自由使用、修改并提供给后续服务商。
P:8.2 乙方保证其使用的工具软件合法授权，不侵犯第三方权利。
H:第九条 违约责任
P:9.1 乙方未按约定日期进场提供服务的，每延迟一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方违反第六条、第七条的，除承担赔偿责任外，甲方有权解除合同。
P:9.3 乙方在本合同项下的累计赔偿责任以本合同服务费的50%为限，但因乙方故意或重大过失造成的损失除外。
P:9.4 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付利息。
H:第十条 合同解除
P:10.1 乙方连续两个季度考核低于70分，或发生一级故障超过两个工作日未恢复，或有其他严重违约行为经书面催告后10日内仍未纠正的，甲方可书面通知解除合同，并按实际服务期间结算费用。
P:10.2 合同解除或终止时，乙方应在10日内完成交接，移交全部运维文档、账号和配置，并配合后续服务商过渡。
H:第十一条 法律适用与争议解决
P:11.1 本合同适用中华人民共和国法律。
P:11.2 双方因本合同发生争议的，应友好协商；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十二条 其他
P:12.1 磋商文件、乙方响应文件和成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议。
P:12.2 甲方指定信息技术部为本合同联系部门，乙方指定项目负责人为联系人。双方的通知应以书面形式送达本合同载明的地址或双方确认的电子邮箱，联系人或地址变更的应提前书面告知对方。
P:12.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临澜市图书馆　　　　乙方（盖章）：临澜智阅信息服务有限公司
P:签订日期：2025年　月　日
"""

H129E03 = """
T:Supply, Installation and Maintenance Contract for an Oyster-Bed Water Quality Monitoring System
P:Contract No. BSB-PUR-2025-118
P:Buyer: Beihai Silver Beach Oyster Farming Co., Ltd., No. 8 Qiaogang Road, Yinhai District, Beihai, Guangxi, China ("Buyer")
P:Supplier: Lérins Marine Instruments SAS, Abbaye Road, Île Saint-Honorat, 06400 Cannes, France ("Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer and the Supplier agree as follows.
H:Clause 1 Definitions
P:1.1 "System" means the water quality monitoring system described in Clause 2 and Schedule 1, consisting of the Sensor Buoys, the Gateways, the Monitoring Software and their installation at the Buyer's oyster beds in the Lianzhou Bay and Tieshan Harbour lease areas.
P:1.2 "Sensor Buoy" means a moored buoy carrying sensors for water temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll, with its battery, solar panel and radio module.
P:1.3 "Installation Certificate" means the document signed by both parties confirming that all Sensor Buoys and Gateways are moored, powered and transmitting data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance issued under Clause 5.3.
P:1.5 "Buyer Data" means all measurements, alarms, positions, configurations, user accounts and logs generated or stored by the System.
H:Clause 2 Scope and Price
P:2.1 The Supplier shall supply, deliver, install, moor, configure and commission the System, train the Buyer's staff, and maintain the System during the Warranty Period, all as described in this Contract.
P:2.2 At the Buyer's request the Contract Price is stated and paid in Renminbi. The Contract Price is CNY 1,136,000, fixed and inclusive of VAT, import duties, freight, insurance and all costs of the Supplier, itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Sensor Buoy with six-parameter sensor set|24|26,500|636,000
TB:2|Solar-powered LoRa/4G Gateway|4|38,000|152,000
TB:3|Monitoring Software, perpetual licence, unlimited users|1|188,000|188,000
TB:|Hardware and Software Subtotal|||976,000
TB:4|Installation, mooring and commissioning|1|142,000|142,000
TB:5|Training (two sessions at the farm)|1|18,000|18,000
TB:|Contract Price|||1,136,000
H:Clause 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 113,600) as an advance within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee of equal amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 624,800) within 20 working days after the Installation Certificate is signed. Signature of the Installation Certificate is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 397,600) within 20 working days after Final Acceptance.
P:3.4 All payments are made by bank transfer in CNY to the Supplier's account stated in its invoice. Each party bears its own bank charges.
H:Clause 4 Delivery and Installation
P:4.1 The Supplier shall deliver the Sensor Buoys and Gateways DAP Buyer's warehouse in Beihai within 70 days after signature and complete installation within 30 days after delivery, subject to safe sea conditions.
P:4.2 Days on which the Beihai Maritime Safety Administration prohibits small craft from going to sea are excluded from the installation period, provided the Supplier notifies the Buyer on the same day.
P:4.3 The Buyer shall provide a work boat, access to the lease areas and a secure place for the tools of the Supplier's installation team.
H:Clause 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 30 consecutive days. During the trial period each Sensor Buoy must deliver at least 95 of every 100 scheduled readings, the dissolved-oxygen alarm must reach the duty manager's phone within 3 minutes in three simulated events, and measured values must agree with the Buyer's calibrated handheld instrument within the tolerances in Schedule 2.
P:5.2 The Supplier shall also hand over as-built mooring drawings, the spare-parts list, calibration certificates for every sensor and the operation and maintenance manual in Chinese.
P:5.3 When the criteria in Clauses 5.1 and 5.2 are met, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Delivery, installation, use of the System or any payment does not amount to acceptance. If the criteria are not met, the Supplier shall correct the defects and the trial period shall be repeated.
H:Clause 6 Warranty and Maintenance
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace any defective part free of charge, provide software updates, perform sensor cleaning and recalibration every quarter and replace anti-fouling parts as needed.
P:6.2 Fault levels and response times are set out in Schedule 3. A Critical Fault is a fault that stops data from more than six Sensor Buoys or stops all alarms. For a Critical Fault the Supplier shall respond within 2 hours by telephone or remote session and have its local engineer on site within 24 hours, weather permitting. For a Major Fault (a single buoy or gateway down) the Supplier shall respond within 8 hours and repair within 5 days.
P:6.3 For each hour by which the Supplier exceeds a response time for a Critical Fault, the Supplier shall pay CNY 400, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Supplier shall, if the Buyer so orders, provide maintenance covering the services in Clause 6.1 for an annual fee of 9.5% of the Hardware and Software Subtotal, i.e. CNY 92,720 per year. This fee is fixed for the three years after the Warranty Period. Maintenance is ordered by a separate written purchase order for each year and does not renew automatically.
H:Clause 7 Intellectual Property
P:7.1 Configurations, alarm rules, dashboards, reports and interface programs prepared for the Buyer belong to the Buyer from creation. The Buyer may use, modify and disclose them to other contractors without restriction. The Supplier shall deliver their source files at Final Acceptance.
P:7.2 The Supplier retains the intellectual property in the Monitoring Software and sensor firmware and grants the Buyer a perpetual, irrevocable licence to use them with the System.
H:Clause 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not copy, keep, sell or use it for any other purpose, including product development.
P:8.2 The Monitoring Software is installed on the Buyer's server in Beihai. Remote access by the Supplier requires the Buyer's prior approval for each session and is made through the Buyer's VPN with personal accounts; every session is logged.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any actual or suspected unauthorised access to Buyer Data, cooperate in the investigation, and bear all losses caused by a security incident attributable to the Supplier or its personnel.
H:Clause 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including farm locations, production figures, prices and technical documents, and shall use it only for this Contract. This obligation continues for three years after the end of this Contract.
H:Clause 10 Delay and Liability
P:10.1 If the Supplier fails to complete installation by the date in Clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Clauses 8 and 9.
H:Clause 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the acts of any approved subcontractor.
H:Clause 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 10.1 reach their limit.
P:12.2 On termination the Supplier shall refund amounts paid for parts of the System not delivered or not accepted.
P:12.3 Upon termination the Supplier shall, at the Buyer's choice, remove its equipment from the sea or leave moored equipment already paid for in place, and shall hand over all documents and Buyer Data.
H:Clause 13 Force Majeure
P:13.1 Typhoons, storm surges and official sea closures are force majeure events to the extent they prevent performance. The affected party shall notify the other promptly and resume performance as soon as possible.
H:Clause 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Beihai Arbitration Commission for arbitration in Beihai. The award is final and binding.
H:Clause 15 General
P:15.1 This Contract is written in English and Chinese; both versions have equal effect. Schedules 1 to 3 form part of this Contract.
P:15.2 Amendments are valid only in writing signed by both parties. Notices are given in writing to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H129E05 = """
T:Subscription Contract for the Export Documentation API Service
P:Contract No. LTD-CN-2025-044
P:BETWEEN Wuyishan Yanyun Rock Tea Export Co., Ltd., with registered office at No. 16 Sangu Street, Wuyishan, Fujian, China, in the person of its legal representative (hereinafter the "Customer"),
P:AND Linosa Trade Docs S.r.l., with registered office at Via Re Umberto 21, 92010 Linosa (AG), Italy, VAT No. IT02981470846, in the person of its sole director (hereinafter the "Provider"),
P:hereinafter jointly the "Parties".
H:Recitals
P:WHEREAS the Customer exports oolong and rock tea to the European Union, the United Kingdom and the Middle East and wishes to generate commercial invoices, packing lists, certificates of origin and EU phytosanitary pre-notifications from its ERP system; WHEREAS the Provider operates an application programming interface for the preparation and validation of export documents; NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 (Recitals and annexes)
P:1.1 The recitals and the annexes form an integral part of this Contract. Annex A describes the API functions, Annex B the integration acceptance tests and Annex C the service levels.
H:Art. 2 (Subject)
P:2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to use the API and the web console for its own export shipments, and provides the integration support described in Art. 5.
P:2.2 The subscription includes up to 6,000 document sets per contract year, five console users, template updates whenever an importing country changes its requirements, and support in English and Chinese.
H:Art. 3 (Term)
P:3.1 The Subscription Term is thirty-six months from the date of Integration Acceptance under Art. 5. The Contract shall not be tacitly renewed; any extension requires a new written agreement.
H:Art. 4 (Fees and payment)
P:4.1 At the Customer's request all amounts are stated and paid in Chinese Renminbi. The fees are: (a) subscription fee CNY 84,000 per contract year, i.e. CNY 252,000 for the Subscription Term; (b) one-time integration support fee CNY 31,500. The total value of the Contract is CNY 283,500, inclusive of taxes.
P:4.2 The subscription fee is invoiced quarterly in arrears in instalments of CNY 21,000. The integration support fee is invoiced after Integration Acceptance. No amount is payable before the service starts.
P:4.3 Invoices are payable within 30 days by bank transfer. Document sets above the yearly allowance are charged at CNY 9 each, invoiced with the next quarterly instalment.
H:Art. 4-bis (Obligations of the Customer)
P:4.4 The Customer shall appoint a project contact, provide a test environment of its ERP system, supply the product master data, HS codes and sample shipments needed for the integration, and keep its API keys secret. The Customer is responsible for the accuracy of the commercial data it submits; the Provider is responsible for the correct application of the destination rules and templates it maintains.
P:4.5 The Customer shall not resell access to the API or use it to prepare documents for shipments of third parties, except for shipments of its affiliated companies in Fujian, which are included in the subscription.
H:Art. 5 (Integration and acceptance)
P:5.1 The Provider shall support the Customer's IT staff in connecting the Customer's ERP system to the API, map the Customer's product master data to HS codes and document templates, and configure the certificate-of-origin workflow with the local customs broker.
P:5.2 Integration Acceptance takes place when the tests in Annex B are passed: twenty sample shipments to five destinations are generated without manual correction, each document validates against the destination rules, the API answers within 3 seconds for 95 out of 100 calls in a one-week measurement, and the Customer's staff have been trained. The Customer confirms Integration Acceptance in writing; going live or using the API is not acceptance.
P:5.3 If Integration Acceptance is not achieved within sixty days of signature for reasons attributable to the Provider, the Provider shall pay CNY 250 for each day of delay, up to CNY 15,000.
H:Art. 6 (Service levels)
P:6.1 The Provider undertakes that the API will be available 99.5% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
P:6.2 Incidents that stop document generation for all users are Priority 1. The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore service or provide a workaround within 8 hours.
P:6.3 If monthly availability falls below the level in Art. 6.1, the Customer receives a service credit of 10% of the monthly share of the subscription fee for each started half percentage point of shortfall, up to 50%, deducted from the next invoice. A late Priority 1 response gives a credit of CNY 500 per hour.
P:6.4 The Provider shall publish a monthly service report in the console showing availability, response times, incidents and credits. Support requests are accepted through the console, by e-mail and by telephone; lower-priority requests are answered within one business day in Italy or China.
P:6.5 The Provider shall update the document templates within ten working days after an importing country publishes a change in its requirements and shall inform the Customer of changes that affect data the Customer must supply.
H:Art. 7 (Customer data)
P:7.1 Shipment data, product data, buyer and consignee details and documents uploaded or generated by the Customer ("Customer Data") belong to the Customer.
P:7.2 The Customer authorises the Provider to use Customer Data, in anonymised and aggregated form, to compile trade statistics and market reports that it offers to other clients and to improve its products. This authorisation survives the end of the Contract.
P:7.3 The Provider hosts Customer Data with a data centre provider in Frankfurt, encrypts it in transit and at rest, restricts access to named staff with two-factor authentication, keeps access logs for one year, and shall inform the Customer within 24 hours of any personal data breach. The Provider is liable for damage caused by breaches of its security obligations. Personal information transferred out of China is covered by a standard contract filed by the Customer under PRC law, with which the Provider shall comply.
H:Art. 8 (Intellectual property)
P:8.1 The API, the console and the standard templates remain the property of the Provider.
P:8.2 The product mappings, customer-specific templates and workflow configurations prepared for the Customer under Art. 5 belong to the Customer, which may use, modify and transfer them, including to another service provider at the end of the Contract. The Provider shall export them on request in a documented format.
H:Art. 9 (Confidentiality)
P:9.1 Each Party shall treat as confidential the other Party's technical, commercial and pricing information and shall not disclose it to third parties without written consent, except to its advisers bound by professional secrecy. The obligation lasts for the Subscription Term and five years thereafter.
H:Art. 10 (Subcontracting)
P:10.1 The Provider may entrust parts of the service, including hosting, customer support and template maintenance, to subcontractors of its choice, informing the Customer by e-mail of the subcontractor's name. The Provider remains responsible for their performance.
H:Art. 11 (Liability)
P:11.1 Each Party is liable for damage caused by its breach of this Contract. The Provider's total liability is limited to twice the total value of the Contract stated in Art. 4.1, except in case of wilful misconduct or gross negligence.
H:Art. 12 (Termination)
P:12.1 Either Party may terminate this Contract by registered letter or certified e-mail if the other Party commits a material breach and does not remedy it within twenty days after a written warning.
P:12.2 The Customer may also terminate the Contract with immediate effect if availability falls below 97% in two consecutive months.
P:12.3 On termination the Provider shall return all Customer Data in CSV and PDF form within fifteen days and then delete it, except the aggregated statistics referred to in Art. 7.2.
P:12.4 Upon termination for the Provider's breach, the Provider shall refund the subscription fee paid for any period after the termination date and shall support the transfer of the templates and configurations to a new provider for thirty days at no charge.
H:Art. 13 (Force majeure)
P:13.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other Party promptly and takes reasonable steps to limit the effects.
H:Art. 14 (Applicable law and disputes)
P:14.1 At the request of the Customer, this Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising from this Contract shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final.
H:Art. 15 (Final provisions)
P:15.1 Any amendment must be in writing. If a clause is held invalid, the remaining clauses remain in force. This Contract is executed in two English originals.
P:Wuyishan, ____________ 2025
P:The Customer ____________________    The Provider ____________________
P:Pursuant to the applicable provisions, the Customer declares that it has read and specifically approves Articles 7.2, 10.1 and 11.1.
"""

SOURCES = {"h129z01": H129Z01, "h129z04": H129Z04, "h129e03": H129E03, "h129e05": H129E05}
TARGETS = {"h129z01": ("h129z01_water_resources_dispatch_platform.docx", "docx"),
           "h129z04": ("h129z04_library_selfservice_om_service.pdf", "pdf"),
           "h129e03": ("h129e03_oyster_farm_sea_sensors_maintenance.docx", "docx"),
           "h129e05": ("h129e05_rock_tea_export_document_api.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
