"""Builds the .docx and .pdf contracts of holdout42 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The .txt and .md
contracts of this folder are kept as they are and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H42Z01 = """
T:电子发票服务平台省级节点系统集成项目合同
P:合同编号：NJSW-2025-CG-0417
P:甲方（采购人）：国家税务总局南江省税务局
P:乙方（供应商）：华税云链信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：NJZC2025-0386）及乙方投标文件，甲乙双方就电子发票服务平台省级节点系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责电子发票服务平台省级节点的软硬件供货、接口定制开发、系统集成实施、网络安全等级保护测评及商用密码应用安全性评估的配合、培训及质保期内服务，使平台满足全省数电发票开具、交付、查验和入账的业务需要。
P:1.2 设备规格、数量及功能要求以招标文件第三章及乙方投标文件技术响应表为准。乙方所供设备应为全新、原厂正品，软件应为正版并提供原厂授权证明。
H:第二条 合同价格
P:2.1 本合同总价为人民币伍佰万零捌仟元整（¥5,008,000），为固定总价，包含设备、软件许可、开发、运输、安装、测试、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|国产化服务器|24台|86,000|2,064,000
TB:2|分布式存储系统|1套|618,000|618,000
TB:3|服务器密码机|4台|132,000|528,000
TB:4|国产数据库软件许可（永久）|1套|456,000|456,000
TB:5|应用中间件软件许可（永久）|1套|168,000|168,000
TB:|软硬件小计|||3,834,000
TB:6|与金税系统及电子税务局接口定制开发|1项|742,000|742,000
TB:7|系统集成实施|1项|386,000|386,000
TB:8|培训|1项|46,000|46,000
TB:|合计|||5,008,000
P:2.2 合同履行期间价格不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%，即¥1,001,600，作为预付款。
P:3.2 系统通过初验后15个工作日内，甲方支付合同总价的45%，即¥2,253,600。
P:3.3 系统通过终验后15个工作日内，甲方支付合同总价的35%，即¥1,752,800。
P:3.4 设备到货签收、系统上线试运行及甲方支付任何款项，均不视为甲方对系统的验收。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后60日内完成全部设备到货及安装，120日内完成接口开发与联调并书面提请初验。
P:4.2 乙方项目经理及核心技术人员须与投标文件一致，未经甲方书面同意不得更换。乙方应每周提交项目周报。
P:4.3 乙方应对甲方20名系统管理员及各市局技术骨干进行集中培训，培训合格后方可独立运维。
H:第五条 验收
P:5.1 初验标准：（1）设备型号、数量、配置与合同一致；（2）与金税系统、电子税务局的全部接口联调通过，连续10个工作日数据核对无差错；（3）单张发票开具平均响应时间不超过1秒，峰值处理能力不低于每秒500张；（4）通过第三方网络安全等级保护三级测评和商用密码应用安全性评估。
P:5.2 初验合格后进入为期三个月的试运行。试运行期内未发生一级故障且全部遗留问题已整改完毕的，乙方可申请终验，甲方组织专家按5.1标准复核后出具终验报告。
P:5.3 任一阶段验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级及现场技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台不能开具或交付发票，或全省范围查验中断|15分钟|2小时|6小时
TB:二级|部分地市或部分功能异常，业务可降级运行|30分钟|6小时|24小时
TB:三级|个别用户问题或咨询|2小时|按约定|72小时
P:6.4 响应、到场或恢复每超时1小时，乙方向甲方支付服务违约金人民币2,000元；月度可用率每低于约定值0.01个百分点，乙方支付人民币3,000元。上述款项甲方可从应付款项中直接扣除，不足部分由乙方另行支付。
P:6.5 乙方应在南江省内设立备件库，服务器、存储及密码机的关键备件常备数量不少于各1套，保证一级故障时可立即更换。
P:6.6 乙方应于每季度末对平台进行一次巡检并提交巡检报告，包括硬件状态、性能容量分析、安全漏洞及补丁情况和优化建议。
H:第七条 质保期后服务
P:7.1 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币306,720元），且质保期满后三年内不上调。维保服务由双方另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、源代码、配置脚本及技术文档，知识产权归甲方所有。乙方应在终验前全部移交，甲方可自行或委托第三方修改和使用。
P:8.2 数据库、中间件等原厂软件的知识产权归原权利人所有，甲方获得永久使用许可。乙方保证所供产品不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台内的发票数据、纳税人信息、日志及其衍生数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内访问，不得留存、复制、分析或用于任何其他目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及税务系统安全管理规定。所有运维操作须通过甲方堡垒机进行并全程审计，不得通过互联网远程接入，不得将任何数据或介质带出甲方机房。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。
P:9.4 合同终止或乙方人员退出项目时，乙方应收回相关人员的全部账号和权限，移交全部技术资料，并书面确认未留存任何甲方数据。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期提请初验或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方所供产品不符合合同约定的，甲方有权要求更换，相关费用由乙方承担。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包，亦不得分包。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或存在其他根本违约且经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并支付违约金。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力导致合同不能按期履行的，受影响方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 招标文件、投标文件及澄清文件为本合同的组成部分。本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：国家税务总局南江省税务局　　乙方（盖章）：华税云链信息技术股份有限公司
P:签订日期：2025年　月　日
"""

H42Z04 = """
T:疫苗冷链温度监测系统运维服务合同
P:项目编号：QYCG-2025-FW-027（政府采购）
P:采购人（甲方）：清源县疾病预防控制中心
P:供应商（乙方）：康链物联技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件，甲乙双方就疫苗冷链温度监测系统运维服务订立本合同。
H:第一条 服务范围
P:1.1 乙方为甲方及全县18个乡镇接种单位提供疫苗冷链温度监测系统运维服务，覆盖县疾控冷库2座、冷藏车3辆及接种单位医用冰箱、冷藏箱共146台所配置的温度监测终端、网关及县级监测平台。
P:1.2 服务内容：7×24小时监测平台值守及告警处置协助；终端、网关故障维修与更换，备品备件由乙方包干；每季度全面巡检一次；每年对全部温度探头计量校准一次；平台软件维护、升级及数据备份；配合与省级免疫规划信息系统的对接；每半年开展一次操作培训。
P:1.3 乙方应熟悉国家疫苗储存和运输管理规范对温度监测的要求，协助甲方和接种单位完成温度记录的留存、导出和追溯，在上级部门检查时提供技术说明。
H:第二条 服务期限
P:2.1 服务期两年，自2025年9月1日起至2027年8月31日止。
P:2.2 服务期满本合同终止，不自动续期。甲方需继续采购的，依法另行组织采购。
H:第三条 合同价款与支付
P:3.1 合同总价为人民币陆拾陆万陆仟元整（¥666,000），其中运维服务费每月26,200元，二十四个月合计628,800元；计量校准费每次18,600元，共两次，合计37,200元。合同总价包含人工、备品备件、交通、税费等全部费用。
P:3.2 本合同不设预付款。运维服务费按季度支付：每季度结束后，甲方根据第六条考核结果，在15个工作日内支付当季服务费78,600元，并扣除考核扣款。
P:3.3 每次计量校准完成并经甲方验收合格后15个工作日内，甲方支付当次校准费。
H:第四条 服务交接与验收
P:4.1 乙方应在服务期开始前完成与原服务商的交接，包括终端台账核对、平台账号与数据交接、告警规则复核及应急联系人确认。
P:4.2 交接验收标准：（一）146台冷链设备的监测终端全部在线，数据上传间隔不超过5分钟；（二）超温告警短信和电话通知经逐点测试有效；（三）平台历史数据完整迁移，经抽查核对一致；（四）乙方已提交终端台账、运维方案和应急预案。甲方在5个工作日内组织验收并出具书面意见，验收合格后方视为服务正式启动。
P:4.3 计量校准须由具备资质的计量技术机构出具校准证书，每支探头误差不超过±0.5℃方为合格。
P:4.4 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完成交接，移交终端台账、账号口令、配置文件、运维记录及全部数据，并配合完成不少于5个工作日的过渡运行；交接完成前乙方不得中断服务。
H:第五条 服务水平
P:5.1 县级监测平台月度可用率不低于99.95%。
P:5.2 一级故障（县疾控冷库、冷藏车或任一接种单位的温度监测中断，或超温告警失效）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复监测或提供临时监测手段。
P:5.3 二级故障（单台终端数据延迟、电量不足、信号不稳定等）：乙方应在2小时内响应，24小时内处理完毕。
P:5.4 监测平台发出温度超限告警时，乙方值守人员应在10分钟内电话通知相应接种单位及甲方责任人，并跟踪至告警解除。
P:5.5 乙方应配备不少于2名驻县运维工程师，工作日在甲方现场值守，节假日安排专人值班并保持通讯畅通；驻点人员须经甲方面试同意，更换须提前10日书面通知并经甲方认可。
P:5.6 乙方应在县疾控冷库和每辆冷藏车备有便携式温度记录仪，并在停电、网络中断或终端故障时启用临时监测，按每30分钟一次的频率人工记录温度直至恢复。
P:5.7 乙方应于每月5日前向甲方提交上月运维报告，内容包括终端在线率、告警及处置情况、故障处理记录、备件更换记录和改进建议；每季度巡检后提交巡检报告，列明发现的问题及整改期限。
H:第六条 考核与扣款
P:6.1 甲方每季度按附件考核表对乙方服务进行考核，考核结果作为支付当季服务费的依据。
P:6.2 一级故障响应、到场或恢复每超时1小时，扣除服务费500元；平台月度可用率每低于约定值0.01个百分点，扣除300元；超温告警未按5.4条通知的，每次扣除1,000元；巡检未按时完成的，每次扣除2,000元。
P:6.3 因乙方原因导致疫苗因温度失控而报废的，乙方应赔偿全部疫苗损失及由此产生的处置费用。
H:第七条 数据安全
P:7.1 冷链温度数据、接种单位信息、平台日志等全部数据属于甲方所有，乙方仅可为提供本合同服务而使用，不得复制、留存或向任何第三方提供。
P:7.2 乙方应落实网络安全等级保护要求，平台账号实行实名和最小权限管理；远程维护须经甲方批准并留存操作记录；数据每日备份，备份数据存放于甲方指定的政务云环境。
P:7.3 发生数据泄露、篡改、丢失或系统被入侵等事件时，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的损失和法律责任由乙方承担。
P:7.4 服务结束后，乙方应将其因提供服务而持有的甲方数据全部移交甲方，并删除其设备和介质中的副本，向甲方出具书面删除确认。
H:第八条 保密
P:8.1 乙方及其人员对在服务中知悉的甲方工作信息、接种单位信息及疫苗库存信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方在服务期间为甲方编制的运维文档、巡检报告、告警规则配置及数据对接脚本，知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。
P:9.2 监测平台软件系甲方前期采购所得，其权利按原采购合同执行。
H:第十条 违约责任
P:10.1 乙方未在服务期开始前完成交接验收，或未在约定时间内完成年度计量校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方无正当理由逾期支付服务费的，每逾期一日，按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下服务转包或分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未改正的，或一个季度内发生三次一级故障超时的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 甲方义务
P:14.1 甲方应为乙方驻点人员提供必要的办公场所，协调各接种单位配合巡检、校准和故障处理，并及时确认乙方提交的运维报告和考核结果。
P:14.2 接种单位新增或更换冷链设备的，甲方应提前通知乙方，由乙方负责监测终端的迁移和安装调试，新增终端数量在10台以内的不另行收费。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力导致无法履行的，受影响一方应及时通知对方并在15日内提供证明，双方据此协商延期履行、部分履行或解除合同；乙方仍应尽最大努力采取临时监测措施，保障疫苗储存安全。
H:第十六条 其他
P:16.1 竞争性磋商文件、乙方响应文件及附件考核表为本合同的组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
P:甲方（盖章）：清源县疾病预防控制中心　　乙方（盖章）：康链物联技术有限公司
P:签订日期：2025年　月　日
"""

H42E02 = """
T:CONTRACT FOR THE SUPPLY OF A HOT STRIP SURFACE INSPECTION SYSTEM
P:Contract No. SIS-JH-2025-07
P:between
P:Jinghe Iron & Steel Co., Ltd., Binhai Industrial Zone, Tangshan, Hebei Province, People's Republic of China (hereinafter the "Purchaser")
P:and
P:Strahlfeld Inspection Systems GmbH, Wiener Strasse 131, 4020 Linz, Austria, registered with the Regional Court of Linz under FN 398214 k (hereinafter the "Supplier")
P:The Purchaser intends to equip the finishing area of its 1,780 mm hot strip mill with an automatic surface inspection system. The Supplier has offered such a system in its offer No. 25-0412 rev. 2. The Parties therefore agree as follows.
H:Article 1 Subject Matter
P:1.1 The Supplier shall design, manufacture, deliver, supervise the installation of and commission a surface inspection system for the top and bottom surfaces of the hot strip after the finishing mill (the "System"), including the licence for the inspection and defect classification software, the set-up of the defect catalogue, the training of the classifier on the Purchaser's material and the training of the Purchaser's personnel.
P:1.2 The technical scope is defined in Annex 1 (Technical Specification). Civil works, cable trays and the supply of cooling water and compressed air to the interface points are the Purchaser's responsibility, as listed in Annex 2 (Division of Responsibilities).
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 5,800,000 (five million eight hundred thousand Chinese yuan), fixed, delivered DAP Jinghe works (Incoterms 2020), including packing, transport, insurance and VAT. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Line-scan camera unit, top and bottom surface|8|265,000|2,120,000
TB:2|LED line illumination module, water-cooled|8|48,500|388,000
TB:3|Protective camera enclosure with air purge and shutter|2|176,000|352,000
TB:4|Image processing server node|4|142,000|568,000
TB:5|Inspection and defect classification software licence, perpetual, one mill line|1|1,460,000|1,460,000
TB:|Hardware and Licence Subtotal|||4,888,000
TB:6|Engineering, installation supervision and commissioning|1|612,000|612,000
TB:7|Defect catalogue set-up and classifier training|1|236,000|236,000
TB:8|Operator and maintenance training|1|64,000|64,000
TB:|Contract Price|||5,800,000
P:2.2 Spare parts recommended for two years of operation are listed in Annex 3 and may be ordered separately at the prices stated there.
H:Article 3 Terms of Payment
P:3.1 10 % of the Contract Price (CNY 580,000) within 30 days after signature of the Contract, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Purchaser.
P:3.2 55 % of the Contract Price (CNY 3,190,000) after delivery of all equipment to site, against the delivery note signed by the Purchaser. The signature of the delivery note confirms receipt only and does not constitute acceptance.
P:3.3 35 % of the Contract Price (CNY 2,030,000) after the Final Acceptance Certificate has been issued in accordance with Article 7.
P:3.4 All payments are made by bank transfer within 30 days after receipt of the Supplier's correct invoice.
H:Article 4 Time Schedule
P:4.1 The equipment shall be delivered to site within 22 weeks after signature of the Contract. Hot commissioning shall be completed during the Purchaser's planned mill shutdown in week 14 of 2026, or as otherwise agreed in writing.
P:4.2 The Supplier shall submit a detailed project schedule within three weeks after signature and report progress every two weeks.
H:Article 5 Penalty for Delay
P:5.1 If the Supplier fails to deliver the equipment or to complete commissioning by the dates in Article 4 for reasons for which it is responsible, the Supplier shall pay a penalty for delay of 0.2 % of the Contract Price for each completed week of delay.
P:5.2 The total penalty for delay shall not exceed 5 % of the Contract Price. The Purchaser may deduct the penalty from any payment due.
H:Article 6 Installation and Commissioning
P:6.1 Installation is carried out by the Purchaser's installation contractor under the supervision of the Supplier's site manager. The Supplier's supervisors shall comply with the Purchaser's safety rules for the hot strip mill.
P:6.2 Cold commissioning with test patterns and hot commissioning with production material follow the commissioning procedure in Annex 4.
H:Article 7 Performance Test and Acceptance
P:7.1 After hot commissioning and classifier training the Parties carry out a Performance Test on normal production over 20 consecutive production days.
P:7.2 The System passes the Performance Test if: (a) it detects at least 98 % of the defects of 2 mm or larger in the reference sample agreed in Annex 5, verified by manual inspection of 50 coils; (b) it classifies at least 88 % of the detected defects correctly into the 24 defect classes of the agreed catalogue; (c) the coil report is transferred to the Purchaser's MES within 60 seconds after the strip tail has passed the System; and (d) no Severity 1 event has occurred during the last 10 days of the test.
P:7.3 When the Performance Test has been passed, the Purchaser issues the Final Acceptance Certificate within 10 days. If the test is failed, the Supplier shall remedy the deficiencies at its own cost and the test shall be repeated. Delivery, installation, commissioning or use of the System in production do not constitute acceptance.
H:Article 8 Warranty
P:8.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall remedy any defect in design, material, workmanship or software free of charge, including travel and shipment costs.
P:8.2 Replaced parts become the property of the Supplier. The Supplier shall keep the spare parts needed for warranty repairs in its Shanghai service centre.
H:Article 9 Technical Support and Service Levels
P:9.1 During the warranty period the Supplier provides a 24-hour support hotline staffed from Linz and from its service centre in Shanghai, remote diagnosis through the Purchaser's remote access gateway and on-site service from Shanghai.
P:9.2 Faults are classified and handled as follows:
TB:Severity|Definition|Remote response|Engineer on site (if required)
TB:Severity 1|System down, or no coil reports for the running production|2 hours|24 hours
TB:Severity 2|Degraded detection or classification, one surface or camera affected|8 hours|72 hours
TB:Severity 3|Minor faults, questions, change requests|next working day|as agreed
P:9.3 For each commenced hour by which the Supplier exceeds the remote response time or the on-site time for a Severity 1 fault, the Contract Price shall be reduced by CNY 2,000; for a Severity 2 fault, by CNY 500.
H:Article 10 Support after the Warranty Period
P:10.1 After the warranty period the Purchaser may order annual support (hotline, remote diagnosis, software updates and one preventive maintenance visit per year) for an annual fee of 11 % of the Hardware and Licence Subtotal, i.e. CNY 537,680 per year. This fee is fixed for the first three years after the warranty period.
P:10.2 Each year of support is ordered by a separate purchase order. Support does not renew automatically.
H:Article 11 Production Data and Security
P:11.1 All images, coil data, defect data and statistics generated by the System are the property of the Purchaser. The Supplier may use them only to perform this Contract.
P:11.2 Remote access by the Supplier is permitted only through the Purchaser's remote access gateway, per service ticket, with prior approval of the Purchaser's automation department; every session is recorded. The Supplier shall not copy production data or images to any system outside the Purchaser's works without the Purchaser's prior written approval for each case, and shall comply with the Cybersecurity Law and the Data Security Law of the People's Republic of China.
P:11.3 The Supplier shall harden all servers according to the Purchaser's industrial security guideline before connection to the plant network, and shall inform the Purchaser within 12 hours of any security incident concerning the System. The Supplier is liable for damage caused by its breach of this Article 11.
H:Article 12 Intellectual Property
P:12.1 The software remains the property of the Supplier. The Purchaser receives a perpetual, non-exclusive licence to use it on the mill line named in Article 1, including for operation by successors of the Purchaser.
P:12.2 The Purchaser-specific defect catalogue, the training image sets, the trained classifier parameters for the Purchaser's line and the interface programs to the Purchaser's level-2 system and MES are the property of the Purchaser. The Purchaser may use, modify and have them modified by third parties without restriction.
H:Article 13 Confidentiality
P:13.1 Each Party shall keep confidential all technical and commercial information received from the other Party and use it only for this Contract. This obligation applies for five years after the end of the warranty period.
H:Article 14 Subcontracting
P:14.1 The Supplier may subcontract parts of the work only with the Purchaser's prior written approval. The Supplier remains fully responsible for its subcontractors.
H:Article 15 Limitation of Liability
P:15.1 Neither Party shall be liable for loss of production, loss of profit or other indirect damage, except in case of intent or gross negligence.
P:15.2 The Supplier's total aggregate liability arising out of or in connection with this Contract, including penalties for delay and price reductions, shall be limited to 60 % of the Contract Price. This limit does not apply to personal injury or to damage caused intentionally or by gross negligence.
H:Article 16 Termination
P:16.1 The Purchaser may terminate the Contract in whole or in part by written notice if the Supplier is in material breach and fails to remedy the breach within 30 days after written notice, or if the maximum penalty for delay has been reached.
P:16.2 In case of termination, the Supplier shall refund the payments received for the parts not delivered and accepted, and the advance payment guarantee may be drawn accordingly.
H:Article 17 Force Majeure
P:17.1 Neither Party is liable for failure to perform caused by force majeure. The affected Party shall notify the other Party within seven days and resume performance as soon as possible.
H:Article 18 Governing Law and Arbitration
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 All disputes arising out of or in connection with this Contract shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force. The arbitration shall be conducted in English. The award is final and binding on both Parties.
H:Article 19 Final Provisions
P:19.1 This Contract is made in English in four originals, two for each Party. Amendments require written form. The Annexes form part of the Contract: Annex 1 Technical Specification; Annex 2 Division of Responsibilities; Annex 3 Spare Parts; Annex 4 Commissioning Procedure; Annex 5 Reference Sample and Test Procedure.
P:For the Purchaser: ____________________    For the Supplier: ____________________
P:Place, date: ____________________    Place, date: Linz, ____________________
"""

H42E04 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:AFORO Box Office ticketing system - Jinjiang Grand Concert Hall
P:In Shanghai, on ____________ 2025
H:APPEARING PARTIES
P:ON THE ONE SIDE, Jinjiang Grand Concert Hall Management Co., Ltd., with registered address at 600 Riverside Avenue, Xuhui District, Shanghai, represented by its General Manager (hereinafter the "Client").
P:ON THE OTHER SIDE, Aforo Sistemas (Shanghai) Co., Ltd., a wholly foreign-owned enterprise of Aforo Sistemas, S.L. (Madrid, Spain), with registered address at Room 1205, 288 Fuxing Middle Road, Huangpu District, Shanghai, represented by its Legal Representative (hereinafter the "Vendor").
P:The Client and the Vendor (each a "Party") recognise each other's capacity to enter into this Agreement and
H:STATE
P:I. That the Client operates a concert hall with a main auditorium of 1,860 seats and a chamber hall of 420 seats and wishes to replace its ticketing system.
P:II. That the Vendor holds the rights to the AFORO Box Office software, used by concert halls and theatres in Europe and Asia, and has submitted its offer of 2 June 2025.
P:III. That, following the Client's selection procedure, the Parties wish to formalise this Agreement, which shall be governed by the following
H:CLAUSES
H:1. PURPOSE
P:1.1 The Vendor grants the Client a licence to use the AFORO Box Office software (box office, online sales on web and WeChat mini-program, seat-map designer, season tickets and memberships, access control module and reporting) (the "Software"), and shall carry out the implementation services described in Clause 2 (the "Services").
P:1.2 The Software shall be installed on the Client's servers in its data room in Shanghai.
H:2. SERVICES
P:2.1 The Services include: (a) installation and configuration of the Software; (b) modelling of the seat maps of both halls, including price zones and accessible seats; (c) integration with WeChat Pay and Alipay, with the turnstile access control system of the halls and with the Client's membership CRM; (d) migration of the season-ticket holders and member data from the current system; (e) training of box office, marketing and IT staff; and (f) on-site support during the first two weeks of public sales.
P:2.2 The Vendor shall appoint a project manager based in Shanghai. Development work may be carried out by the Vendor's development centre in Madrid, as provided in Clause 13.
H:3. LICENCE
P:3.1 The licence is perpetual, non-exclusive and non-transferable, for an unlimited number of seats and events in the two halls of the Client, and for up to 40 concurrent box office users.
P:3.2 The Client may make backup copies and may use the Software in a test environment.
H:4. PRICE
P:4.1 The total price of this Agreement is CNY 1,860,000 (one million eight hundred and sixty thousand yuan), VAT included, broken down as follows: (a) Software licence: CNY 1,180,000; (b) implementation and seat-map modelling: CNY 386,000; (c) integrations (payments, access control, CRM): CNY 248,000; (d) training and go-live support: CNY 46,000.
P:4.2 The price is fixed and includes all travel and accommodation expenses of the Vendor's personnel.
H:5. PAYMENT
P:5.1 The Client shall pay: (a) 20 % of the total price (CNY 372,000) within fifteen (15) days of signature of this Agreement; (b) 45 % (CNY 837,000) upon Go-Live, being the first day of public ticket sales through the Software; and (c) 35 % (CNY 651,000) upon signature of the Final Acceptance Certificate.
P:5.2 Go-Live and the payment in 5.1(b) do not imply acceptance of the Software or of the Services.
H:6. SCHEDULE AND DELAY
P:6.1 Go-Live shall take place no later than 15 December 2025, so that the sales of the 2026 season can start on that date.
P:6.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay the Client a penalty of 0.07 % of the total price for each day of delay, up to a maximum of 7 % of the total price.
H:7. ACCEPTANCE
P:7.1 Final Acceptance shall take place when: (a) a load test with 3,000 concurrent online buyers has been passed with checkout completed in less than three seconds; (b) the seat maps of both halls correspond seat by seat to the physical halls and the approved price zones; (c) payments have been reconciled with WeChat Pay and Alipay settlement files for three consecutive days without differences; (d) tickets are validated at the turnstiles in less than one second; and (e) two full performances have been sold and admitted through the Software without any Critical incident.
P:7.2 The Client shall sign the Final Acceptance Certificate within ten (10) days after the criteria are met, or shall state in writing the deficiencies found, which the Vendor shall correct before the tests are repeated.
H:8. GUARANTEE AND SUPPORT
P:8.1 The Vendor guarantees the Software and the Services for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Guarantee Period"). During the Guarantee Period the Vendor shall correct all defects free of charge and provide new versions of the Software.
P:8.2 During the Guarantee Period the Vendor shall provide support with the following response times: Critical incident (no sales possible at the box office or online, or access control down on a performance day): response within thirty (30) minutes, 24 hours a day on performance days, and workaround within three (3) hours; High incident: response within two (2) hours in business hours; Normal incident: next business day.
P:8.3 For each hour or fraction by which the Vendor exceeds the response or workaround time of a Critical incident, the Vendor shall pay the Client CNY 1,000, which the Client may deduct from any amount due.
H:9. MAINTENANCE AFTER THE GUARANTEE PERIOD
P:9.1 Upon expiry of the Guarantee Period, the Maintenance Service (corrective maintenance, new versions and support as in Clause 8.2) shall start automatically for a period of one (1) year and shall be tacitly renewed for successive periods of one (1) year, unless either Party gives written notice of non-renewal at least sixty (60) days before the end of the current period.
P:9.2 The annual Maintenance fee shall be that of the Vendor's price list in force on the start date of each annual period. The Vendor may update its price list each year. The fee is invoiced annually in advance.
H:10. CLIENT DATA AND PERSONAL INFORMATION
P:10.1 All data of ticket buyers, members and season-ticket holders, and all sales and attendance data, belong to the Client. The Client is the personal information handler; the Vendor processes personal information only on behalf of the Client, for the purposes of this Agreement and on its instructions, in accordance with the Personal Information Protection Law of the People's Republic of China.
P:10.2 The Vendor shall access the production system only through the Client's VPN with individual accounts and prior approval of the Client's IT department for each intervention. No personal information shall be transferred outside mainland China; the Madrid development centre shall work only with test data prepared and anonymised by the Client.
P:10.3 The Vendor shall notify the Client of any security incident affecting Client data within twenty-four (24) hours, shall take the measures needed to limit its effects and shall be liable for the damage caused by its breach of this Clause.
H:11. INTELLECTUAL PROPERTY
P:11.1 The Vendor retains all rights to the Software.
P:11.2 The integration connectors, configurations, seat maps, report designs and other developments made specifically for the Client under this Agreement belong to the Client, which may use, modify and license them freely, including to third parties. The Vendor shall deliver their source code upon Final Acceptance.
H:12. CONFIDENTIALITY
P:12.1 Each Party shall keep confidential the information of the other Party to which it has access under this Agreement, in particular sales figures, prices and the data mentioned in Clause 10, during the term of this Agreement and for five (5) years after its termination.
H:13. SUBCONTRACTING
P:13.1 The Vendor may subcontract part of the Services to companies of its group, in particular Aforo Sistemas, S.L. in Madrid, and to specialised third parties, by informing the Client in writing before the subcontractor starts its work. The Vendor shall remain liable to the Client for the work of its subcontractors.
H:14. LIABILITY
P:14.1 The total liability of the Vendor under this Agreement shall not exceed twice (2x) the total price stated in Clause 4.1, except in case of wilful misconduct or breach of Clauses 10 and 12.
H:15. TERMINATION
P:15.1 Either Party may terminate this Agreement by written notice if the other Party seriously breaches its obligations and does not remedy the breach within thirty (30) days after being requested in writing to do so.
P:15.2 The Client may also terminate this Agreement if the penalty for delay reaches its maximum.
H:16. APPLICABLE LAW AND JURISDICTION
P:16.1 This Agreement shall be governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force.
P:And in witness whereof, the Parties sign this Agreement in two copies, in English and Chinese, both texts being equally authentic, in the place and on the date stated above.
P:The Client: ____________________    The Vendor: ____________________
"""

SOURCES = {"h42z01": H42Z01, "h42z04": H42Z04, "h42e02": H42E02, "h42e04": H42E04}
TARGETS = {"h42z01": ("h42z01_tax_bureau_einvoice_platform_integration.docx", "docx"),
           "h42z04": ("h42z04_county_cdc_vaccine_cold_chain_om_service.pdf", "pdf"),
           "h42e02": ("h42e02_steel_mill_hot_strip_surface_inspection.docx", "docx"),
           "h42e04": ("h42e04_concert_hall_ticketing_licence_implementation.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
