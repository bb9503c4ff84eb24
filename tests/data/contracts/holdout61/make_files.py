"""Builds the .docx and .pdf contracts of holdout61 from the markup below (see ../word_pdf.py).

Run: /work/main/.venv/bin/python make_files.py
Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
The .md and .txt contracts of this folder are written by hand and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H61Z01 = """\
T:西岭省民航机场安检信息管理平台系统集成项目合同
P:合同编号：XLMH-AJ-2025-017
P:甲方（采购人）：西岭省民航机场管理局
P:乙方（供应商）：北辰航安信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件（项目编号：XLZC2025-0412）、乙方投标文件和中标通知书，甲乙双方就西岭省民航机场安检信息管理平台系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设全省统一的机场安检信息管理平台，覆盖省会机场及其余四个支线机场，实现旅客安检信息核验、行李X光及CT图像集中判图、安检通道运行监控、安检质量抽查及安检数据统计分析等功能，并完成与民航离港系统、公安旅客信息核查系统及航班信息显示系统的对接。
P:1.2 乙方提供的设备、软件及服务详见下表。设备均为原厂全新正品，软件为正式授权版本，所有设备须满足民航安检设备的相关技术标准。
TB:序号|名称|数量|金额（元）
TB:1|安检信息平台服务器（含虚拟化软件）|12台|1,104,000
TB:2|分布式图像存储（有效容量600TB）|1套|936,000
TB:3|核心及汇聚交换机、安全网关|1批|428,000
TB:4|集中判图工作站及显示终端|46套|598,000
TB:5|安检信息平台软件许可（五机场，永久授权）|1套|760,000
TB:—|软硬件小计|—|3,826,000
TB:6|定制开发（离港、公安核查、航显接口及统计报表）|1项|512,000
TB:7|安装调试及系统集成|1项|246,000
TB:8|培训（判图员、系统管理员）|1项|38,000
TB:—|合同总价|—|4,622,000
P:1.3 合同总价为人民币肆佰陆拾贰万贰仟元整（¥4,622,000），含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。除本合同另有约定外，甲方不再支付其他任何费用。
H:第二条 工期与交付
P:2.1 乙方应于合同签订后六十日内将全部设备运抵各机场指定地点，一百二十日内完成五个机场的安装调试及接口对接，具备初验条件。
P:2.2 设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认设备数量、型号与外观，不代表设备质量及系统功能验收合格。
P:2.3 乙方在机场控制区内施工，应遵守机场安全管理规定，施工人员须办理控制区通行证件，施工时间须避开航班高峰时段。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的等额发票支付合同总价的百分之二十作为预付款，即人民币924,400元。
P:3.2 系统初验合格后十个工作日内，甲方支付合同总价的百分之四十五，即人民币2,079,900元。
P:3.3 系统终验合格后十个工作日内，甲方支付合同总价的百分之三十五，即人民币1,617,700元。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。甲方付款以财政资金到位为前提，但不得无故拖延。
H:第四条 验收
P:4.1 初验：乙方完成安装调试后向甲方提交初验申请。初验应同时满足以下标准：（1）五个机场全部安检通道接入平台，旅客身份信息核验结果返回时间不超过1秒；（2）集中判图工作站调阅单幅行李图像不超过2秒；（3）与离港系统、公安核查系统、航显系统的接口逐项联调通过，数据一致；（4）平台连续运行七十二小时无一级故障；（5）通过具有资质的第三方机构开展的网络安全等级保护三级测评。
P:4.2 初验合格后进入九十日试运行期。试运行期内累计发生一级故障不超过一次，且所有遗留问题均已整改完毕的，甲方组织终验并出具终验报告。
P:4.3 设备到货签收、系统上线运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与服务水平
P:5.1 质保期为三年（三十六个月），自终验合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级及每季度一次的现场巡检。
P:5.2 质保期满后，甲方如需乙方继续提供维保服务，维保年费不超过软硬件小计的百分之八，即每年不超过人民币306,080元；该价格在质保期满后三年内保持不变，不得上调。
P:5.3 乙方保证平台月可用率不低于99.8%（计划内维护时间除外，计划内维护须提前三日经甲方书面同意并安排在夜间航班结束后进行）。月可用率每低于承诺值0.1个百分点，乙方向甲方支付违约金人民币伍仟元。
P:5.4 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体瘫痪，或任一机场安检通道无法核验旅客信息|15分钟|2小时|6小时
TB:二级|集中判图、统计分析等部分功能不可用，有替代手段|30分钟|8小时|二十四小时
TB:三级|一般性问题或使用咨询|2小时|下一工作日|五个工作日
P:5.5 乙方未在上表规定时间内响应、到场或恢复的，每超时一小时向甲方支付违约金人民币贰仟元，甲方可从应付款项或维保费中直接扣除。
H:第六条 知识产权
P:6.1 平台软件的知识产权归乙方所有，乙方授予甲方在五个机场范围内永久、不可撤销的使用权。
P:6.2 乙方为本项目定制开发的接口程序、统计报表及其源代码、技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用，乙方应在终验时完整移交源代码。
P:6.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台中的旅客身份信息、安检图像、判图记录、通道运行日志等全部数据归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得留存、复制或向任何第三方提供。
P:7.2 乙方应按照网络安全等级保护三级及民航安检信息安全管理的要求开展实施和运维工作。远程运维须经甲方逐次审批并通过甲方堡垒机进行，操作全程审计；不得使用任何移动存储介质拷贝数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在一小时内向甲方报告。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及由此引起的相关责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方安检业务流程、网络拓扑、设备配置、口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，参与人员须通过甲方组织的背景审查。
H:第九条 分包
P:9.1 乙方可将综合布线、设备搬运及上架安装等非主体、非关键性工作分包给具有相应资质的单位，但应在分包前书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作向甲方承担全部责任。
P:9.2 平台软件部署、接口开发及数据迁移等主体工作不得分包。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的百分之十。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或有其他严重违约行为经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已收款项、赔偿损失。
P:11.2 因不可抗力致使合同目的无法实现的，任何一方可以解除本合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:13.2 招标文件、投标文件、中标通知书及双方确认的技术方案为本合同的组成部分。
P:甲方（盖章）：西岭省民航机场管理局　　　　乙方（盖章）：北辰航安信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　　日期：2025年　月　日
"""

H61Z02 = """\
T:华岳水泥集团电子皮带秤采购及维保合同
P:合同编号：HYSN-WZ-2025-0638
P:买方（甲方）：华岳水泥集团有限公司
P:卖方（乙方）：衡准称重设备有限公司
P:甲方所属三家熟料水泥生产基地（以下简称"各工厂"）需更新生料配料、熟料输送及水泥出厂计量所用的电子皮带秤和定量给料机。经邀请招标，乙方中标。双方根据《中华人民共和国民法典》，经协商一致订立本合同。
H:1. 合同标的与价格
P:1.1 乙方向甲方供应下列设备及软件，并负责安装、调试、配合计量检定、培训及维保服务：
P:（1）高精度电子皮带秤（四托辊称重桥架，0.25级）18台，单价人民币38,000元，小计684,000元；
P:（2）定量给料机（含称重仪表）10台，单价人民币29,600元，小计296,000元；
P:（3）实物校验链码装置3套，单价人民币52,000元，小计156,000元；
P:（4）称重数据采集与管理软件（含DCS接口模块）1套，人民币88,000元。
P:以上设备及软件小计人民币1,224,000元。
P:（5）安装、调试及计量检定配合费人民币96,000元；
P:（6）培训费人民币14,000元。
P:1.2 合同总价为人民币壹佰叁拾叁万肆仟元整（¥1,334,000），为含税、含运输及保险的固定总价。
P:1.3 设备的规格型号、技术参数及配置以附件一《技术协议》为准。
H:2. 交货与安装
P:2.1 乙方应于合同生效后四十五日内将全部设备运抵各工厂指定地点，并在到货后三十日内完成安装、调试。安装须利用各工厂的计划检修停机时间进行，具体时间由各工厂提前通知。
P:2.2 设备到货后，甲方各工厂与乙方共同开箱检查并签署到货签收单。到货签收仅确认数量与外观，不视为验收合格。
P:2.3 乙方负责安装所需的专用工具和辅材；甲方负责提供设备基础、电源及DCS接口点位。
P:2.4 设备的所有权及毁损、灭失风险自到货签收时转移给甲方，但因乙方安装调试过错造成的损坏由乙方负责。
P:2.5 乙方应为各工厂的计量、电气及仪表人员提供现场培训，每个工厂不少于两天，内容包括皮带秤工作原理、日常维护、零点校准、实物标定、称重仪表参数设置及软件操作，使甲方人员能够独立完成日常维护。乙方应随设备提供中文使用说明书、安装图纸、电气原理图、出厂检验报告、合格证及软件操作手册各两套。
H:3. 付款方式
P:3.1 合同生效后七个工作日内，甲方向乙方支付合同总价的百分之三十五作为预付款，即人民币466,900元。
P:3.2 全部设备到货并安装完毕后十个工作日内，甲方支付合同总价的百分之二十五，即人民币333,500元。
P:3.3 全部设备验收合格后十个工作日内，甲方支付合同总价的百分之三十五，即人民币466,900元。
P:3.4 余款即合同总价的百分之五（人民币66,700元）作为质量保证金，于质保期满且无质量争议后十个工作日内无息支付。
P:3.5 每次付款前，乙方应开具相应金额的增值税专用发票。
H:4. 验收
P:4.1 每个工厂的设备安装调试完毕后，由甲方组织验收。验收标准为：（1）每台皮带秤经法定计量检定机构检定合格并出具检定证书；（2）用实物校验链码及实物标定，皮带秤累计误差不超过±0.25%，定量给料机控制误差不超过±0.5%；（3）设备连续运行七十二小时无故障；（4）称重数据与DCS系统及甲方生产统计报表逐项核对一致；（5）软件各项功能按技术协议逐项验证通过。
P:4.2 验收合格的，甲方出具验收报告。验收不合格的，乙方应在十五日内更换或修复，直至验收合格，由此产生的费用由乙方承担。
H:5. 质量保证
P:5.1 质保期为二十四个月，自全部设备验收合格之日起计算。质保期内，乙方免费维修或更换损坏部件（称重传感器、测速传感器、托辊、仪表等），并每季度到各工厂免费进行一次实物校验。
P:5.2 质保期满后，乙方继续为甲方提供维保服务，内容包括每季度实物校验、定期标定、易损件更换及软件维护。维保费每年按设备及软件小计的百分之二十计收，即每年人民币244,800元，按季度结算。
P:5.3 乙方保证在设备停产后八年内继续供应备品备件，备件价格不高于同期向其他客户的供货价格。
P:5.4 质保期内同一部件经两次修理仍不能正常工作的，乙方应免费更换全新部件；因设备质量问题导致计量检定不合格的，由乙方负责整改并承担重新检定的费用。
H:6. 服务响应
P:6.1 故障分级：一级故障指皮带秤或给料机停用、计量中断，影响生产配料或水泥出厂计量；二级故障指计量偏差超出允许误差但设备仍可运行；三级故障指其他一般性问题。
P:6.2 一级故障：乙方接到通知后一小时内电话响应，八小时内派工程师到达现场，到场后十二小时内恢复计量；二级故障：两小时内响应，四十八小时内到达现场处理；三级故障：三个工作日内处理。
P:6.3 乙方未按上述时限响应或到达现场的，每超时一小时向甲方支付违约金人民币伍佰元；因计量中断导致甲方改用人工计量的，乙方另行承担甲方由此增加的费用。
H:7. 数据与信息安全
P:7.1 称重数据、配料数据、生产报表及DCS接口数据均归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:7.2 乙方远程维护须经甲方设备管理部门批准，通过甲方提供的VPN及工控安全网关接入，操作全程留存日志；乙方不得在设备或软件中预留远程通道或后门程序。
P:7.3 发生数据泄露、篡改或工控安全事件的，乙方应在两小时内向甲方报告并配合处置；因乙方原因造成的损失，由乙方承担赔偿责任。
H:8. 知识产权
P:8.1 称重数据采集与管理软件的著作权归乙方所有，甲方享有永久、不可撤销的使用权。
P:8.2 乙方为本项目定制的DCS接口程序、报表模板归甲方所有，乙方应移交源代码及配置文件，甲方可自行或委托第三方修改。
H:9. 保密
P:乙方对在履行本合同过程中知悉的甲方生产工艺、配料方案、产量及其他经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后三年内继续有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:10.2 乙方交付的设备不符合合同约定的，甲方有权要求更换、修理或退货，并要求乙方赔偿损失。
P:10.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:11. 分包
P:未经甲方书面同意，乙方不得将本合同项下的任何工作分包或转包给第三方。
H:12. 合同解除
P:12.1 乙方逾期交货超过三十日，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使本合同无法履行的，受影响一方应及时通知对方并提供证明；不可抗力持续超过六十日的，双方均可解除本合同。
H:13. 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:14. 其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一《技术协议》、附件二《设备配置清单》为本合同组成部分。
P:甲方（盖章）：华岳水泥集团有限公司　　　　乙方（盖章）：衡准称重设备有限公司
P:签订日期：2025年　月　日
"""

H61E02 = """\
T:SUPPLY AGREEMENT
P:Log Scanning Systems for the Xing'an Sawmill. Agreement No. BS-2025-117-CN
P:This Supply Agreement is made between Botnia Scanning Oy Ab, business ID 2874512-3, Strandgatan 14, 65100 Vaasa, Finland (the "Supplier"), and Heilongjiang Xing'an Timber Processing Co., Ltd., Yichun Forest Industry Park, Yichun, Heilongjiang Province, People's Republic of China (the "Buyer").
P:The Supplier has designed and built log scanners for Nordic sawmills since 1998. The Buyer is modernising the log sorting and the saw line of its sawmill. On the basis of the Supplier's tender of 3 April 2025 and the technical clarification meetings held in Yichun, the parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall deliver, install and commission at the Buyer's sawmill: (a) a multi-sensor 3D log scanner for the log sorting line, measuring diameter, length, taper, sweep and ovality of each log; (b) a 3D scanner with bark and rot detection at the saw-line intake, feeding the cutting optimisation; and (c) the BotniaOpti optimisation and sorting software, licensed perpetually for both lines.
P:1.2 The Supplier shall also integrate the systems with the Buyer's PLCs, the log-sorting bunks and the sawmill's production reporting system, train the Buyer's operators and maintenance staff, and deliver the documentation listed in Annex 2 in English and Chinese.
P:1.3 The technical specification in Annex 1 forms part of this Agreement. In case of conflict, the articles of this Agreement prevail over the Annexes.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,940,000 (two million nine hundred and forty thousand yuan), VAT included, delivery DAP Yichun sawmill (Incoterms 2020), made up as follows:
TB:Item|Description|Qty|Price (CNY)
TB:1|3D log scanner for the log sorting line, incl. frame, sensors and scanner PC|1|968,000
TB:2|3D intake scanner with bark and rot detection for the saw line|1|1,126,000
TB:3|BotniaOpti optimisation and sorting software, perpetual licence, two lines|1|486,000
TB: |Equipment and Licence Subtotal| |2,580,000
TB:4|PLC and saw-line integration, installation and commissioning|1|318,000
TB:5|Training of operators and maintenance staff|1|42,000
TB: |Contract Price| |2,940,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or costs.
H:Article 3 Terms of Payment
P:3.1 25 % of the Contract Price (CNY 735,000) within thirty (30) days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer, valid until delivery.
P:3.2 40 % of the Contract Price (CNY 1,176,000) within thirty (30) days after both scanners have been delivered to site, as confirmed by a Delivery Certificate. The Delivery Certificate confirms quantities and visible condition only and is not acceptance.
P:3.3 35 % of the Contract Price (CNY 1,029,000) within thirty (30) days after Final Acceptance under Article 6.
H:Article 4 Time Schedule
P:4.1 Delivery to site: sixteen (16) weeks after receipt of the advance payment. Installation and commissioning: six (6) weeks after delivery, carried out during the production stops agreed with the Buyer. Ready for the Final Acceptance Test: twenty-four (24) weeks after receipt of the advance payment.
P:4.2 The Buyer shall provide foundations, power supply, compressed air and network connection points as described in Annex 1 no later than the delivery date. A delay caused by the Buyer extends the time schedule accordingly.
H:Article 5 Delay
P:5.1 If the Supplier is not ready for the Final Acceptance Test by the agreed time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.5 % of the Contract Price for each full week of delay, up to a maximum of 7.5 % of the Contract Price.
P:5.2 If the maximum liquidated damages have been reached, the Buyer may by written notice require the Supplier to complete within a final reasonable period of not less than thirty (30) days and, if the Supplier fails to do so, terminate this Agreement.
H:Article 6 Acceptance
P:6.1 The Final Acceptance Test is carried out by the parties together during normal production. It is passed when: (a) the diameter measured by each scanner deviates by no more than 2 mm from the manual calliper measurement on a sample of 200 logs chosen by the Buyer; (b) the scanned volume of the same sample deviates by no more than 1.5 % from the volume measured by the Buyer's reference method; (c) the sorting line sorts at least 25 logs per minute into the correct bunks; (d) the intake scanner delivers cutting solutions to the saw line for ten (10) consecutive production days without a Severity 1 fault; and (e) the documentation under Annex 2 has been delivered.
P:6.2 When the test has been passed, the Buyer issues the Final Acceptance Certificate within seven (7) days. Delivery, commissioning or production use of the systems before that date does not constitute acceptance.
P:6.3 If the test is not passed, the Supplier shall remedy the defects without delay and at its own cost, and the test shall be repeated.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the equipment and software are free from defects in design, material and workmanship and conform to Annex 1 for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective parts and correct software errors free of charge, including freight, travel and labour, and provide software updates free of charge. A repaired or replaced part is covered until the end of the Warranty Period, but in any case for at least six (6) months.
H:Article 8 Support and Service Levels
P:8.1 The Supplier operates a telephone and remote support line 24 hours a day, 7 days a week. Faults are classified and handled as follows:
TB:Severity|Definition|Response|On-site attendance (if needed)
TB:Severity 1|A scanner or the optimisation is out of operation and the line stands or runs without optimisation|1 hour|48 hours
TB:Severity 2|Reduced function or measurement quality affected, line runs|8 hours|5 working days
TB:Severity 3|Minor fault or question|next working day|next scheduled visit
P:8.2 Response means that a support engineer has connected remotely or called back the Buyer's contact and started diagnosis. On-site attendance is provided by the Supplier's local service partner named in Annex 3 or by the Supplier's own engineers.
P:8.3 For each started hour by which the Supplier exceeds the Severity 1 response time, the Supplier credits the Buyer CNY 1,500, and for each day by which it exceeds the Severity 1 on-site attendance time, CNY 5,000. Credits are deducted from the next payment or from the support fee.
P:8.4 After the Warranty Period the Buyer may order annual support, comprising remote support, software updates, one calibration visit per year and the service levels of Article 8.1, at 8.5 % of the Equipment and Licence Subtotal per year, that is CNY 219,300 per year. This fee is fixed for the first three years after the Warranty Period; any later increase shall not exceed 3 % per year. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 9 Production Data and Security
P:9.1 All scan images, log measurements, cutting solutions, yield and production data generated by the systems ("Production Data") belong to the Buyer. The Supplier shall use Production Data only to perform this Agreement and shall not use it for any other purpose, including the training or improvement of its algorithms, without the Buyer's prior written consent.
P:9.2 Remote access by the Supplier is permitted only through the Buyer's VPN with multi-factor authentication, after the Buyer's IT department has opened the session, and every session is logged. The Supplier shall not copy Production Data to any system outside the sawmill, except the minimum needed to diagnose a reported fault, which shall be deleted when the fault is closed.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any unauthorised access to the systems or to Production Data of which it becomes aware, shall help the Buyer to contain it, and is liable for the losses resulting from its breach of this Article 9.
H:Article 10 Intellectual Property
P:10.1 The BotniaOpti software and the scanner firmware remain the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence for the two lines, which passes to any new owner of the sawmill.
P:10.2 The PLC programs, interface software, sorting rules and cutting-pattern settings developed specifically for the Buyer under this Agreement belong to the Buyer. The Supplier delivers them with source code, and the Buyer may use and modify them and have them modified by third parties.
H:Article 11 Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's yield figures and log prices, and use it only for the purposes of this Agreement. This obligation continues for five (5) years after the end of the Agreement.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local installation and service partner named in Annex 3 is approved by the signature of this Agreement. The Supplier is responsible for its subcontractors as for itself.
H:Article 13 Liability
P:13.1 Neither party is liable to the other for loss of production, loss of profit or other indirect loss, except in case of gross negligence or wilful misconduct.
P:13.2 The Supplier's total liability under this Agreement, including liquidated damages, shall not exceed one hundred and fifty per cent (150 %) of the Contract Price. This limit does not apply to breach of Article 9 or Article 11, personal injury, gross negligence or wilful misconduct.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice of the breach.
P:14.2 If the Buyer terminates under Article 5.2 or 14.1 because of the Supplier's breach, the Supplier shall refund the payments received for the parts not accepted, and the Buyer may return those parts at the Supplier's cost.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as war, epidemic, natural disaster or governmental action, provided that it notifies the other party promptly. If such an event lasts more than ninety (90) days, either party may terminate this Agreement by written notice.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or relating to this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Finland Arbitration Institute. The seat of arbitration shall be Helsinki, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 17 Final Provisions
P:17.1 Annex 1 Technical Specification, Annex 2 Documentation and Annex 3 Local Service Partner form part of this Agreement.
P:17.2 Amendments are valid only in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:For Botnia Scanning Oy Ab: ____________________  Vaasa, ______ 2025
P:For Heilongjiang Xing'an Timber Processing Co., Ltd.: ____________________  Yichun, ______ 2025
"""

H61E04 = """\
T:CONTRACT FOR THE SUPPLY OF A SOFTWARE LICENCE AND IMPLEMENTATION SERVICES
P:FlowSight Visitor-Flow Analytics. Contract No. MVA/2025/031
P:BETWEEN:
P:FIRST CONTRACTING PARTY: Xiamen Coral Bay Ocean World Co., Ltd., with registered office at 9 Huandao East Road, Siming District, Xiamen, Fujian Province, People's Republic of China, represented by its General Manager, hereinafter the "Customer";
P:SECOND CONTRACTING PARTY: Maré Visão Analytics, Lda., a private limited company with registered office at Rua do Ouro 214, 4150-553 Porto, Portugal, legal person no. 514 882 760, with a share capital of EUR 250,000, represented by its managing partner, hereinafter the "Vendor";
P:It is freely and in good faith agreed and mutually accepted the present contract, which is governed by the following clauses.
H:Clause 1 (Object)
P:1. The object of the present contract is the supply by the Vendor of a perpetual licence of the FlowSight Enterprise software, of people-counting sensors and edge servers, and the implementation of a visitor-flow analytics system at the Customer's aquarium (the "System").
P:2. The System shall measure visitor numbers and dwell times in the 18 galleries and the 3 show arenas of the aquarium, display heat maps and queue forecasts, and push waiting times to the Customer's digital signage and mobile application.
P:3. Implementation includes installation of the sensors and edge servers, integration with the Customer's ticketing system, turnstiles and digital signage, configuration of the gallery models and of the queue-forecast model, the dashboards and the training of the Customer's staff.
H:Clause 2 (Price)
P:1. The total price of the present contract is CNY 1,574,000 (one million five hundred and seventy-four thousand yuan), VAT included, broken down as follows:
P:a) FlowSight Enterprise perpetual licence, one site, 80 sensor channels: CNY 760,000;
P:b) 3D stereo people-counting sensors, 64 units at CNY 4,750 each: CNY 304,000;
P:c) edge servers, 2 units: CNY 96,000;
P:licence and hardware subtotal: CNY 1,160,000;
P:d) implementation services: CNY 388,000;
P:e) training: CNY 26,000.
P:2. The price is fixed and includes transport, insurance, customs clearance and the travel and accommodation costs of the Vendor's staff.
H:Clause 3 (Payment)
P:1. Twenty per cent (20 %) of the total price, CNY 314,800, within fifteen days after the signature of the present contract, against invoice.
P:2. Forty per cent (40 %) of the total price, CNY 629,600, within fifteen days after Installation Completion, that is, when all sensors and servers have been installed and are transmitting data, as confirmed in writing by the Customer. Installation Completion is not acceptance of the System.
P:3. Forty per cent (40 %) of the total price, CNY 629,600, within fifteen days after Final Acceptance under Clause 5.
H:Clause 4 (Schedule and Delay)
P:1. The Vendor shall achieve Installation Completion within 75 days and be ready for the acceptance tests within 110 days after the signature of the present contract.
P:2. If the System is not ready for the acceptance tests by the agreed date for reasons attributable to the Vendor, the Vendor shall pay the Customer a penalty of 0.1 % of the total price for each day of delay, up to a maximum of 10 % of the total price.
P:3. If the delay exceeds 60 days, the Customer may terminate the present contract under Clause 13.
H:Clause 5 (Acceptance)
P:1. The acceptance tests shall verify that:
P:a) the counts of every sensor deviate by no more than 3 % from manual counts made by the Customer in three sample periods of one hour each;
P:b) heat maps and dwell times are shown for all galleries with a delay of no more than 60 seconds;
P:c) the queue forecast for the three show arenas is produced every 10 minutes and its error against the observed queue over 14 days is within the limit set in the Technical Annex;
P:d) ticketing and turnstile data are reconciled daily with the System without difference for 14 days;
P:e) waiting times appear correctly on the digital signage and in the mobile application; and
P:f) the System has operated for 30 consecutive days without a Severity 1 fault.
P:2. When all tests have been passed, the Customer signs the Final Acceptance Certificate within seven days. Installation Completion, the start of live use or any payment does not constitute acceptance.
P:3. If a test fails, the Vendor shall correct the defects at its own cost and the test shall be repeated.
H:Clause 6 (Warranty)
P:1. The Vendor warrants the software and hardware for twenty-four (24) months from Final Acceptance.
P:2. During the warranty the Vendor shall correct software errors, repair or replace defective sensors and servers free of charge, including transport and labour, and supply all new versions of FlowSight Enterprise without additional charge.
H:Clause 7 (Support and Service Levels)
P:1. Faults are classified as follows: Severity 1, the System is down or no counts are received from three or more galleries; Severity 2, a function is impaired or a single gallery has no counts; Severity 3, any other fault or question.
P:2. During the warranty the Vendor shall respond to a Severity 1 fault within two (2) hours, every day from 08:00 to 22:00 China Standard Time, and restore the service within one business day; to a Severity 2 fault within one business day; and to a Severity 3 fault within three business days. On-site attendance is provided by the Vendor's local partner named in the Technical Annex.
P:3. For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Customer CNY 800; for each day by which it exceeds the Severity 1 restoration time, CNY 3,000. These amounts may be deducted from any payment due.
P:4. After the warranty, the Customer may order annual support on the same service levels at 12.5 % of the licence and hardware subtotal, that is CNY 145,000 per year. This fee is fixed for the first three years after the warranty. Support is ordered annually and does not renew automatically.
H:Clause 8 (Visitor Data and Security)
P:1. The sensors process images on the device and transmit only counts and anonymous trajectories. No images are stored or transmitted.
P:2. All data generated by the System ("Visitor Data") belong to the Customer. The Vendor may use Visitor Data only to perform the present contract and shall not use it for any other purpose, including in anonymised or aggregated form, for benchmarking or for product development.
P:3. The System is installed on the Customer's premises. The Vendor may access it remotely only through the Customer's VPN with multi-factor authentication, after the Customer has approved each session, and all sessions are logged. The Vendor shall not copy Visitor Data outside the Customer's premises.
P:4. The Vendor shall notify the Customer within 24 hours of any security incident affecting the System or Visitor Data, take the measures needed to contain it, and compensate the Customer for losses resulting from a breach of this Clause. The Vendor shall comply with the Personal Information Protection Law of the People's Republic of China.
H:Clause 9 (Intellectual Property)
P:1. FlowSight Enterprise remains the property of the Vendor. The Customer receives a perpetual, non-exclusive and non-transferable licence for the aquarium site.
P:2. The integration adapters, gallery models, dashboards and reports developed specifically for the Customer belong to the Customer, who may use, modify and license them freely. The Vendor shall deliver their source code at Final Acceptance.
H:Clause 10 (Confidentiality)
P:Each party shall keep confidential the information of the other party obtained under the present contract, including visitor figures, prices and technical documentation, and shall not disclose it to third parties without prior written consent. This obligation survives the termination of the contract for five years.
H:Clause 11 (Subcontracting)
P:The Vendor shall not subcontract any part of the present contract without the Customer's prior written consent, with the exception of the local installation partner named in the Technical Annex, who is accepted by the signature of the present contract. The Vendor remains responsible for its subcontractors.
H:Clause 12 (Liability)
P:1. The Vendor's total liability under the present contract is limited to twice the total price (200 %), except in cases of wilful misconduct, gross negligence, personal injury or breach of Clause 8 or Clause 10, which are not limited.
P:2. Neither party is liable for loss of profit or indirect loss, except in the cases listed in the preceding paragraph.
H:Clause 13 (Termination)
P:1. Either party may terminate the present contract by registered letter if the other party is in material breach of its obligations and does not remedy the breach within 30 days after written notice.
P:2. The Customer may also terminate the present contract if the delay referred to in Clause 4 exceeds 60 days. In that case the Vendor shall refund all amounts received and remove the equipment at its own cost.
H:Clause 14 (Applicable Law and Disputes)
P:1. The present contract is governed by the laws of the People's Republic of China.
P:2. Any dispute arising from the present contract shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force. The language of the arbitration shall be English.
H:Clause 15 (Final Provisions)
P:1. The Technical Annex and the Vendor's proposal of 20 May 2025 form part of the present contract. In case of conflict, the clauses of the present contract prevail.
P:2. The present contract is made in two originals in English, one for each party, and enters into force on the date of the last signature.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SOURCES = {"h61z01": H61Z01, "h61z02": H61Z02, "h61e02": H61E02, "h61e04": H61E04}
TARGETS = {"h61z01": ("h61z01_civil_aviation_security_screening_platform.docx", "docx"),
           "h61z02": ("h61z02_cement_group_belt_scales_supply_maintenance.pdf", "pdf"),
           "h61e02": ("h61e02_sawmill_log_scanners_licence_support.docx", "docx"),
           "h61e04": ("h61e04_aquarium_visitor_flow_analytics_licence.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
