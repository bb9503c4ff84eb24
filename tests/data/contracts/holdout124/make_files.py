"""Builds the .docx and .pdf contracts of holdout124 from the sources below, so they can be made again.

Run with /work/main/.venv/bin/python from anywhere: `python make_files.py`. Markup as ../word_pdf.py (T: title,
H: heading, P: paragraph, TB: table row with cells split by |). PDFs are broken into lines at word boundaries
(wrap_words=True). The .md and .txt contracts of this folder are written by hand and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H124Z01 = """
T:云溪市住房公积金综合服务平台升级项目系统集成合同
P:合同编号：YXGJJ-2025-XT-016　　采购项目编号：YXCG-2025-GK-0317（公开招标）
P:甲方（采购人）：云溪市住房公积金管理中心　　地址：云溪市新城区政务服务中心B座
P:乙方（中标供应商）：杭州瀚序信息技术有限公司　　地址：杭州市滨江区江晖路1688号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就云溪市住房公积金综合服务平台升级项目订立本合同。招标文件、投标文件、澄清与承诺文件均为本合同的组成部分；文件之间不一致的，以本合同正文为准，其次为招标文件。
H:第一条 项目内容
P:1.1 乙方负责将甲方现行公积金综合服务平台升级为新一代平台，工作范围包括：网上服务大厅、手机服务端、柜面业务子系统和综合管理子系统的软件升级；配套数据库及中间件；应用服务器与集中存储扩容；与合作银行结算系统、不动产登记、税务、社保及市政务服务网的接口开发；历史数据迁移与系统割接；系统集成、实施和培训。
P:1.2 升级后的平台须满足招标文件技术需求书的全部要求，并通过网络安全等级保护第三级测评和商用密码应用安全性评估。
P:1.3 乙方应派驻项目经理一名、技术负责人一名，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾伍万元整（¥2,850,000.00），含税，为固定总价，已包括软硬件、定制开发、数据迁移、实施、培训、运输、保险及全部税费。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|综合服务平台升级软件许可（网厅、掌厅、柜面、综合管理）|1套|1,180,000
TB:2|数据库及中间件许可|1套|364,000
TB:3|应用服务器|6台|411,000
TB:4|集中存储扩容|1套|236,000
TB:|软硬件小计||2,191,000
TB:5|接口开发（银行结算、不动产、税务、社保、政务服务网）|5项|290,000
TB:6|历史数据迁移与割接|1项|178,000
TB:7|系统集成与实施|1项|156,000
TB:8|培训|1项|35,000
TB:|合计||2,850,000
P:2.2 除甲方书面提出的需求变更外，合同价款不因人工、材料价格或汇率变动而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥570,000。
P:3.2 全部设备到货安装、软件部署完成并通过初步验收后，甲方支付合同总价的45%，即¥1,282,500。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥997,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付办理付款，因财政审批程序产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后60日内完成设备到货及安装，150日内完成全部开发、迁移、割接并书面申请初步验收。
P:4.2 设备到货时由双方共同开箱清点，到货签收仅表示数量与外观相符，不代表质量合格或验收通过。
P:4.3 割接应安排在甲方同意的非工作时段，乙方须事先提交割接及回退方案，经甲方批准后实施。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据技术需求书和双方确认的测试方案进行，至少包括：（一）功能逐项测试，全部符合需求书；（二）性能测试，500个并发用户下网厅常用业务页面响应时间不超过2秒，柜面业务提交不超过3秒；（三）五个外部接口联调，每个接口抽取不少于1,000笔交易核对一致；（四）迁移数据全量比对无差异，个人账户余额与明细逐户相符；（五）等级保护测评和密评报告无高风险问题。
P:5.2 初步验收通过后进入三个月试运行期。试运行期内未发生一级故障、初验遗留问题全部整改完毕的，由甲方组织最终验收并出具验收报告。
P:5.3 系统上线使用、甲方支付任何款项或签署到货单，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并承担复验费用。
H:第六条 质量保证与运维
P:6.1 质保期为三年，自最终验收之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及现场技术支持。
P:6.2 服务水平：平台年可用率不低于99.99%，经甲方同意的计划内维护除外。一级故障指网厅、掌厅或柜面业务全面中断，或资金结算异常，乙方须在20分钟内响应、2小时内到达现场、6小时内恢复；二级故障指部分功能不可用，1小时内响应、8小时内修复；三级故障为一般性问题，次工作日内处理。
P:6.3 乙方未达到前款要求的，每迟延一小时扣减¥1,500；可用率每低于承诺值0.01个百分点扣减¥2,000。扣款可从履约保证金或应付款项中直接抵扣。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同。年度运维服务费不超过本合同软硬件小计的9.5%，即每年不超过¥208,145，质保期满后两年内保持不变；此后如需调整，须经双方书面协商一致。运维合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的功能模块、接口程序、迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和维护。
P:7.2 平台标准产品的知识产权仍归乙方或原权利人，甲方获得永久、不限用户数的使用许可。乙方保证交付成果不侵犯第三方权利，否则由乙方负责处理并赔偿甲方损失。
H:第八条 数据安全
P:8.1 缴存职工个人信息、账户及业务数据均属甲方所有，乙方仅可为履行本合同进行处理，不得用于其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方人员须经背景审查并签署保密承诺，仅可通过甲方堡垒机按最小权限访问生产环境，操作全程留痕。开发和测试使用甲方提供的脱敏数据。
P:8.3 乙方须遵守《网络安全法》《数据安全法》《个人信息保护法》及住房公积金行业的数据安全规定。发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 双方对在履约过程中知悉的对方工作秘密、商业秘密、系统架构、账号口令等信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的0.06%向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 交付成果不符合约定的，乙方应免费更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。乙方将任何工作分包给第三方的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。履约争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:14.2 附件：技术需求书、投标报价明细、测试方案、项目进度计划。
P:甲方（盖章）：云溪市住房公积金管理中心　　乙方（盖章）：杭州瀚序信息技术有限公司
P:签订日期：2025年　月　日
"""

H124Z02 = """
T:EL缺陷检测设备采购及维保合同
P:合同编号：JC-SB-2025-0419
P:甲方（买方）：盐城晶澄新能源科技有限公司　　地址：江苏省盐城市经济技术开发区光伏产业园8号
P:乙方（卖方）：苏州视衡智能装备有限公司　　地址：江苏省苏州市吴中区澄湖路219号
P:甲方电池片车间二期产线需配置在线EL（电致发光）缺陷检测设备及配套软件，并由乙方在质保期满后继续提供维保服务。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的与价款
P:（一）乙方向甲方提供下列设备、软件及服务，合同总价为人民币贰佰柒拾伍万陆仟元整（¥2,756,000），含13%增值税：
P:1. 在线EL缺陷检测设备（含红外相机、暗箱、探针排、上下料机构），12台，单价¥186,000，小计¥2,232,000；
P:2. AI缺陷识别软件许可（隐裂、断栅、黑心、黑斑、虚焊等缺陷分类），12套，单价¥23,500，小计¥282,000；
P:3. 工控机及图像存储服务器，2台，单价¥64,000，小计¥128,000；
P:以上设备及软件小计¥2,642,000。
P:4. 安装调试及与甲方MES系统对接，1项，¥96,000；
P:5. 操作与维护培训，1项，¥18,000。
P:（二）合同总价为固定价格，包含设备、软件、运输、保险、装卸、安装调试、培训及全部税费。
P:（三）设备技术参数以附件一技术协议为准，主要包括：兼容M10及G12尺寸电池片；单片成像及判定时间不超过0.5秒；图像本地保存不少于九十日；提供标准数据接口，可向甲方MES系统实时上传检测结果和缺陷图像。
P:（四）甲方有权在发货前派员赴乙方工厂进行出厂检验，出厂检验合格不免除乙方的质量责任。
H:二、付款
P:（一）合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即¥551,200。
P:（二）设备全部到货并经双方清点签收后，甲方支付合同总价的40%，即¥1,102,400。到货签收不代表设备质量验收合格。
P:（三）设备通过最终验收后，甲方支付合同总价的35%，即¥964,600。
P:（四）合同总价的5%即¥137,800作为质量保证金，质保期满且无未结质量问题的，甲方在十个工作日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同签订后75日内将全部设备送达甲方盐城工厂二号车间，并在到货后20日内完成安装调试。
P:（二）安装调试须在甲方指定的产线停机窗口内进行，乙方人员应遵守甲方洁净车间、用电、动火及消防管理规定。
P:（三）乙方应随货提供装箱单、合格证、操作手册、电气图纸及软件安装介质。
P:（四）设备毁损、灭失的风险自到货签收时转移至甲方；设备所有权自甲方支付到货款时转移。
P:（五）乙方应在验收前为甲方操作人员和设备工程师分别组织两期培训，培训考核合格后出具培训记录。
H:四、验收
P:（一）验收标准：1. 设备型号、配置与技术协议一致；2. 检测节拍不低于每小时7,200片；3. 以甲方提供的2,000片标准缺陷样片测试，隐裂、断栅等关键缺陷的漏检率不高于0.3%，误判率不高于1.5%；4. 与MES系统的数据上传、工单绑定及不良片分拣信号联调正常；5. 连续带料运行七日无一级故障。
P:（二）验收由双方共同进行并签署验收报告。未达到验收标准的，乙方应在十日内整改后重新验收。设备投入生产使用不视为验收合格。
P:（三）验收过程中发现的问题由乙方建立问题清单，逐项整改关闭后方可签署验收报告。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件和易损件更换、软件升级均由乙方免费提供。
P:（二）服务响应：一级故障（设备停机致整条产线无法检测）乙方应在接到报修后8小时内响应，36小时内派工程师到场；二级故障（部分功能异常、误判明显升高）在一个工作日内响应，三日内到场处理；三级故障在下次巡检时处理。
P:（三）乙方每超过约定响应或到场时限一小时，应向甲方支付¥500，可从质量保证金或维保费中抵扣。
P:（四）乙方应在盐城设立备件库，常备相机、探针排、工控机主板等关键备件，并保证自验收之日起八年内持续供应备件。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按甲方需要继续提供年度维保服务，内容包括每季度一次预防性保养、相机标定、软件升级、故障维修及备件更换。
P:（二）年度维保费按设备及软件小计的16%计取，即每年¥422,720，自质保期满之日起三年内固定不变；维保期内的服务内容及响应要求同本合同第五条。
P:（三）维保服务由甲方按年度下达订单，不自动续期。
P:（四）维保期间，乙方应每季度提交设备运行分析报告，包括故障统计、漏检与误判趋势及改进建议。
H:七、数据与信息安全
P:（一）设备采集的EL图像、检测结果、工艺参数及产线数据归甲方所有，乙方仅可为履行本合同使用，不得复制、外传或用于算法训练等其他用途。
P:（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的VPN和堡垒机接入，操作全程录像；禁止在甲方网络中使用个人移动存储介质。
P:（三）发生数据泄露、篡改或工控网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
P:（四）维保结束或合同终止时，乙方应删除其因远程维护而持有的任何甲方数据，并向甲方出具书面说明。
H:八、保密
P:乙方对甲方的电池片工艺、良率数据、产线布局、供应商及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得用于本合同以外的目的。乙方应要求其参与本项目的人员遵守同等义务。保密期至本合同终止后五年。
H:九、知识产权
P:（一）乙方为甲方定制的MES对接程序、缺陷判定规则及检测配方归甲方所有，乙方应交付源代码及说明文档，甲方可自行或委托他人修改。
P:（二）AI缺陷识别软件的著作权归乙方，甲方获得永久使用许可，可在本合同设备上使用并自行调整判定阈值。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之九向甲方支付违约金。
P:（二）设备经两次整改仍未通过验收的，甲方有权退货并解除合同，乙方应退还全部已付款项。
P:（三）乙方在本合同项下的累计赔偿责任（包括违约金和损失赔偿）以人民币捌拾万元（¥800,000）为上限，但因故意或重大过失、人身伤害及侵犯知识产权造成的损失除外。
H:十一、分包
P:乙方不得将本合同主要义务转让或分包。设备吊装、电气接线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:（二）维保期间乙方连续两次未按约定时限到场的，甲方有权解除当年维保订单，并按剩余期限退还维保费。
H:十三、不可抗力
P:因地震、台风、洪水等不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，可相应延期履行；不可抗力持续超过六十日的，双方可协商解除合同。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交盐城仲裁委员会仲裁。
H:十五、其他
P:双方的通知以书面形式送达本合同首部所列地址或联系人邮箱，地址变更应提前三日通知对方。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收测试方案。
P:甲方（盖章）：盐城晶澄新能源科技有限公司　　乙方（盖章）：苏州视衡智能装备有限公司
"""

H124E03 = """
T:Contract for the Supply, Installation and Maintenance of a Marine Water-Quality Monitoring System
P:Contract No. XPHY-2025-EQ-09
P:This Contract is made between Xiapu Haiyun Aquaculture Co., Ltd. (霞浦海韵水产养殖有限公司), a company incorporated in the People's Republic of China, with its registered office in Sansha Town, Xiapu County, Ningde, Fujian Province (the "Buyer"), and Molène Océan Instruments SAS, a French simplified joint-stock company with its registered office at Le Bourg, 29259 Île-Molène, France (the "Supplier").
P:The Buyer farms kelp and laver on raft lines in the bays off Sansha and Beiqi and wishes to monitor water quality and currents in real time, so that it can anticipate low-oxygen events, red tides and typhoon damage. The Supplier designs and integrates coastal monitoring systems. The Buyer has selected the Supplier's offer of 2 April 2025, and the parties agree as follows. At the Buyer's request, all prices are in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the buoys, current profilers, gateways, shore server, software licence and all other items listed in Section 3, installed, integrated and working together.
P:1.2 "Hardware and Licence Subtotal" means the subtotal so named in the price table in Section 3.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the System under Section 6.3.
P:1.4 "Buyer Data" means all measurements, alarms, positions, logs and other data generated by the System or supplied by the Buyer.
H:Section 2 Scope
P:2.1 The Supplier shall design, supply, deliver to Sansha port, moor, install, configure, calibrate and commission the System at the twenty-four raft sites shown in Annex 1, train the Buyer's staff, and maintain the System as set out in Sections 7 to 9.
P:2.2 The System shall meet the technical specification in Annex 2, including the measurement range and accuracy of each sensor.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,690,000, inclusive of VAT, import duties, freight, insurance and all other costs of performing this Contract. It is fixed and not subject to adjustment.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy (temperature, salinity, dissolved oxygen, pH, chlorophyll-a, turbidity), solar powered, with anti-fouling wipers|24|38,500|924,000
TB:2|Acoustic Doppler current profiler with mooring frame|6|46,000|276,000
TB:3|Raft-mounted LoRa/4G gateway|4|21,500|86,000
TB:4|Shore data server|1|58,000|58,000
TB:5|Monitoring and alarm software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,512,000
TB:6|Mooring, deployment and commissioning, including vessel hire|1 lot||142,000
TB:7|Calibration, training and documentation|1 lot||36,000
TB:|Contract Price|||1,690,000
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 169,000) within fifteen days after receiving the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 50% of the Contract Price (CNY 845,000) within thirty days after all items have been installed at sea and the parties have signed an installation certificate. The installation certificate records completeness only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 40% of the Contract Price (CNY 676,000) within thirty days after Final Acceptance.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all items to Sansha port within ninety days after signature and complete installation at sea within forty-five days after delivery, subject to weather windows agreed with the Buyer's site manager.
P:5.2 The Supplier shall follow the Buyer's instructions on access to the raft lines and shall avoid damage to the crops. Any damage to ropes, rafts or crops caused by the Supplier shall be repaired or compensated by the Supplier.
H:Section 6 Acceptance
P:6.1 After installation the Supplier shall perform the site acceptance tests in Annex 3, witnessed by the Buyer. The tests shall show that each sensor reads within the specified accuracy against a calibrated reference instrument at three sites, that data from every buoy reaches the shore server within two minutes of measurement, and that low-oxygen and high-turbidity alarms reach the Buyer's duty phones by SMS and app notification.
P:6.2 After successful site tests the System shall run for thirty consecutive days. The trial run is passed if no buoy misses more than three scheduled readings in any day and no Severity 1 fault occurs.
P:6.3 When both stages are passed, the Buyer shall issue a Final Acceptance certificate within seven days. Installation, use of data or payment of any instalment does not constitute acceptance. If a test fails, the Supplier shall remedy the cause at its own cost and the test shall be repeated.
H:Section 7 Warranty
P:7.1 The Supplier warrants that the System is new, free from defects and compliant with Annex 2 for twenty-four months from Final Acceptance.
P:7.2 During the warranty period the Supplier shall repair or replace defective items free of charge, including the cost of vessel hire, parts and travel, and shall recalibrate sensors every quarter.
H:Section 8 Service Levels
P:8.1 Faults are classified and handled as follows:
TB:Severity|Definition|Response|On site|Resolution
TB:Severity 1|No data from a third or more of the buoys, or the alarm function is down|1 hour|24 hours, weather permitting|48 hours
TB:Severity 2|A single buoy, profiler or sensor is faulty|3 hours|3 days|5 days
TB:Severity 3|Minor faults and questions|1 business day|Next quarterly visit|Next quarterly visit
P:8.2 Response means a call from a qualified engineer who has started diagnosis. The Supplier shall keep spare sensors in Ningde.
P:8.3 If the Supplier misses a Severity 1 response time, it shall pay CNY 1,000 for each hour or part of an hour of delay. If it misses an on-site or resolution time, it shall pay CNY 2,000 for each day or part of a day of delay. These amounts may be deducted from any sum due to the Supplier.
H:Section 9 Maintenance after the Warranty
P:9.1 After the warranty period the Supplier shall, if the Buyer so orders, provide maintenance on the terms of Sections 7.2 and 8 for an annual fee of 8.5% of the Hardware and Licence Subtotal, that is CNY 128,520 per year.
P:9.2 This fee is fixed for the first three years after the warranty period. Any later change requires the written agreement of both parties. Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Section 10 Delay Damages
P:10.1 If the System is not ready for the site acceptance tests by the date resulting from Section 5.1 for a reason attributable to the Supplier, the Supplier shall pay delay damages of CNY 1,500 for each day of delay.
P:10.2 Delay damages shall not exceed 10% of the Contract Price. If the delay exceeds sixty days, the Buyer may terminate this Contract under Section 16.
H:Section 11 Intellectual Property
P:11.1 The dashboards, alarm rules, data interfaces to the Buyer's farm management system and reports developed for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
P:11.2 The standard software remains the property of the Supplier and is licensed to the Buyer perpetually for use with the System.
H:Section 12 Data and Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:12.2 Buyer Data shall be stored on the shore server at the Buyer's premises in Xiapu. The Supplier's remote access requires the Buyer's approval for each session, shall be made through the Buyer's VPN with individual accounts and shall be logged. Buyer Data shall not be transferred out of the People's Republic of China.
P:12.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, keep the System's software patched and change all default passwords before installation.
P:12.4 The Supplier shall inform the Buyer of any security incident affecting the System or Buyer Data within 24 hours and shall be responsible for the losses caused by an incident attributable to the Supplier.
H:Section 13 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's farm locations, yields and prices, and shall not disclose it to third parties without written consent. This obligation continues for five years after the end of this Contract.
H:Section 14 Liability
P:The Supplier shall compensate the Buyer for all losses caused by its breach of this Contract, including crop losses caused by a defective mooring, in addition to any delay damages or service payments.
H:Section 15 Subcontracting
P:The vessel operator and the mooring contractor listed in Annex 4 are approved by the Buyer on signature. The Supplier shall not subcontract any other part of this Contract without the Buyer's prior written consent and remains responsible for all subcontractors.
H:Section 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after the Buyer's notice, or in the case of Section 10.2.
P:16.2 On termination before Final Acceptance, the Supplier shall refund all sums paid, and the Buyer may return the items supplied.
H:Section 17 Force Majeure
P:Typhoons, earthquakes and other events that could not be foreseen, avoided or overcome excuse delay for their duration, provided that the affected party gives notice promptly. A typhoon does not excuse a failure to meet the mooring design standard in Annex 2.
H:Section 18 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Section 19 General
P:This Contract is made in English and Chinese, both texts being equally authentic. Annexes: 1 Site plan; 2 Technical specification; 3 Acceptance test plan; 4 Approved subcontractors.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H124E05 = """
T:Subscription Agreement for the DoganAPI Export-Document Service
P:Contract no. IDD-2025/044
P:BETWEEN Iddu Dogana Digitale S.r.l., with registered office at Via Vittorio Emanuele 27, 98050 Stromboli, municipality of Lipari (ME), Italy, VAT no. IT03987650831, in the person of its legal representative pro tempore, Ms Giulia Russo (hereinafter the "Provider"),
P:AND Chaozhou Fenghuang Porcelain Export Co., Ltd. (潮州凤凰陶瓷出口有限公司), with registered office at No. 12 Fengxin Road, Fengxi District, Chaozhou, Guangdong Province, People's Republic of China, in the person of its legal representative, Mr Lin Zhiqiang (hereinafter the "Customer"),
P:hereinafter jointly the "Parties" and each a "Party".
H:Premises
P:a) the Provider has developed and operates DoganAPI, an application programming interface that generates export documents, checks them against the rules of the destination customs and classifies goods under the Harmonised System;
P:b) the Customer exports porcelain tableware, art ceramics and sanitary ware to the European Union, the United Kingdom and the United States, and intends to generate its commercial invoices, packing lists, certificates of origin and customs pre-filings automatically from its ERP system;
P:c) the Customer has asked that all fees be stated and paid in Chinese yuan (CNY);
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 - Premises and annexes
P:1.1 The premises and the annexes form an integral and essential part of this Agreement. Annex A: Service description. Annex B: Hosting and approved subcontractors. Annex C: Onboarding plan and acceptance tests.
H:Art. 2 - Definitions
P:2.1 "Service": access to DoganAPI through the endpoints described in Annex A, including the document generator, the rule checker and the classification engine.
P:2.2 "Customer Data": all data transmitted by the Customer or generated for it through the Service, including product master data, consignee names and addresses, shipment details and the documents produced.
P:2.3 "Customer Templates": the document templates, product-to-tariff mapping tables and the ERP connector prepared by the Provider for the Customer during onboarding.
P:2.4 "Activation Date": the date on which the Provider gives the Customer production access to the Service.
H:Art. 3 - Subject matter
P:3.1 The Provider grants the Customer access to the Service for up to 18,000 shipments per contract year and performs the onboarding services described in Annex C.
P:3.2 The Provider shall keep the customs rules of the destination countries in Annex A up to date and shall inform the Customer of any rule change that affects its documents at least ten days before it takes effect, where the authorities publish it in time.
H:Art. 4 - Onboarding and acceptance
P:4.1 Within forty-five days of the Activation Date the Provider shall prepare the Customer Templates and connect the Service to the Customer's ERP system.
P:4.2 The Parties shall jointly test the connector on two hundred historical shipments selected by the Customer. The test is passed if all documents are generated without manual correction of data fields, every document passes the Provider's rule checker and the customs validation test environments of the EU and the United States, and the tariff codes agree with the codes confirmed by the Customer's customs broker.
P:4.3 Upon a successful test the Customer signs an acceptance report within five working days. Productive use of the Service before that report does not constitute acceptance.
H:Art. 5 - Term
P:5.1 This Agreement has a fixed term of twenty-four months from the Activation Date (the "Term").
P:5.2 At the end of the Term the Agreement expires without any need for notice and is not renewed automatically. Any new subscription requires a new written agreement.
H:Art. 6 - Fees and payment
P:6.1 The fees are:
TB:Item|CNY
TB:Annual subscription fee, first contract year|118,800
TB:Annual subscription fee, second contract year|118,800
TB:Onboarding: Customer Templates and ERP connector|26,400
TB:Total fees for the Term|264,000
P:6.2 The subscription fee for the first contract year shall be paid in advance within ten days of signature of this Agreement; payment is a condition for the Activation Date. The subscription fee for the second contract year shall be paid in advance at the start of that year. The onboarding fee shall be paid within thirty days of the acceptance report.
P:6.3 The fees are fixed for the Term and include all taxes payable by the Provider, including withholding tax in China.
H:Art. 7 - Service levels and credits
P:7.1 The Service shall be available 99.98% of the time in each calendar month, excluding maintenance announced at least three days in advance and carried out on Sundays between 02:00 and 06:00 Beijing time.
P:7.2 Incidents are answered as follows: priority 1 (the Service or a document type cannot be generated): response within two hours, at any time; priority 2 (degraded Service): response within eight business hours; priority 3: response within two business days.
P:7.3 For each 0.01 percentage point of monthly availability below the level in Art. 7.1, and for each hour of delay in a priority 1 response, the Provider shall grant a service credit of 2% of the monthly share of the annual fee, up to a total of 50% of that share. Credits are set off against the next payment or refunded at the end of the Term.
H:Art. 8 - Customer Data and security
P:8.1 Customer Data belongs to the Customer. The Provider processes it exclusively to provide the Service and shall not use it, even in aggregated or anonymised form, for statistics, model training or any other purpose.
P:8.2 Customer Data is hosted by the hosting provider named in Annex B in its data centre in Shenzhen, People's Republic of China, and is not transferred abroad. The Provider encrypts Customer Data in transit and at rest, limits access to named staff with multi-factor authentication and keeps access logs for one year.
P:8.3 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.4 The Provider shall notify the Customer of any breach of security affecting Customer Data within 24 hours of discovering it, shall take all necessary remedial measures and shall compensate the Customer for the damage caused by a breach attributable to the Provider.
P:8.5 At the end of the Term the Provider shall return Customer Data in a standard format and then delete it.
H:Art. 9 - Intellectual property
P:9.1 The Service, its software, rule base and documentation are the exclusive property of the Provider.
P:9.2 The Customer Templates, including the mapping tables and the source code of the ERP connector, are and remain the exclusive property of the Provider, also where they were prepared on the basis of the Customer's specifications. The Customer receives a non-exclusive, non-transferable right to use them during the Term, solely together with the Service. The Customer may not modify them or have them modified by third parties, and the source code is not delivered.
H:Art. 10 - Confidentiality
P:10.1 Each Party shall treat as confidential the information of the other Party that it learns in performing this Agreement, in particular the Customer's prices, customers and volumes, and shall not disclose it to third parties without the other Party's written consent. This obligation survives for three years after the end of the Agreement.
H:Art. 11 - Penalties for delay
P:11.1 If, for reasons attributable to the Provider, the Activation Date is later than fifteen days after payment of the first annual fee, or the connector is not ready for the acceptance test within the period in Art. 4.1, the Provider shall pay a penalty of CNY 300 for each day of delay.
P:11.2 The penalties shall not exceed 10% of the total fees for the Term and do not exclude compensation for further damage.
H:Art. 12 - Liability
P:12.1 The Provider's total liability under this Agreement shall not exceed 200% of the total fees for the Term. This limit does not apply in cases of wilful misconduct or gross negligence or to breaches of Art. 8.
H:Art. 13 - Subcontracting
P:13.1 The hosting provider named in Annex B is approved by the Customer on signature. The Provider shall not subcontract any other part of the Service without the Customer's prior written consent and remains responsible for its subcontractors.
H:Art. 14 - Withdrawal and termination
P:14.1 This Agreement is concluded for a fixed Term. The Customer waives any right to withdraw from the Agreement or to terminate it before the end of the Term, including in the event of non-performance by the Provider. In such event the Customer's remedies are limited to the service credits in Art. 7, the penalties in Art. 11 and compensation for damage within the limit of Art. 12.
P:14.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay any fee within thirty days of its due date.
H:Art. 15 - Force majeure
P:15.1 Neither Party is liable for non-performance caused by events beyond its control, such as natural disasters, epidemics, war or acts of public authorities, for as long as they last.
H:Art. 16 - Governing law and disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Agreement shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of the request. The arbitration shall be conducted in English.
H:Art. 17 - Final provisions
P:17.1 Any amendment to this Agreement shall be valid only if made in writing and signed by both Parties. The English text prevails over any translation.
P:Read, approved and signed.
P:Stromboli, __________    Chaozhou, __________
P:The Provider ____________________    The Customer ____________________
"""

SOURCES = {"h124z01": H124Z01, "h124z02": H124Z02, "h124e03": H124E03, "h124e05": H124E05}
TARGETS = {"h124z01": ("h124z01_housing_fund_service_platform_upgrade.docx", "docx"),
           "h124z02": ("h124z02_solar_cell_el_inspection_equipment.pdf", "pdf"),
           "h124e03": ("h124e03_seaweed_farm_sea_sensors_maintenance.docx", "docx"),
           "h124e05": ("h124e05_porcelain_export_document_api.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
