"""Builds the .docx and .pdf contracts of holdout112 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; writes into this folder.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H112Z01 = """
T:江右省粮食和物资储备局智慧粮库监测平台建设项目合同书
P:项目编号：JYZC-2025-GK-0317（公开招标）　合同编号：JYLC-2025-HT-041
P:甲方（采购人）：江右省粮食和物资储备局
P:乙方（供应商）：杭州禾仓数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件及其澄清、承诺与本合同具有同等效力；内容不一致的，以本合同为准。
H:第一条 定义
P:1.1 “本项目”指甲方所属十二个直属库的粮情测控、智能通风与气调、出入库智能化、视频AI识别设备的供货安装，省级智慧粮库监测平台的部署，以及与国家粮食和物资储备局粮食储备管理平台的对接。
P:1.2 “平台软件”指乙方提供的禾仓智慧粮库监测平台V5标准产品；“定制开发成果”指为本项目专门开发的接口程序、储备粮轮换业务模块、报表及其源代码和文档。
P:1.3 “初验”指全部设备安装调试完毕、平台上线并开始试运行时进行的验收；“终验”指试运行期满后按第五条进行的最终验收。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰壹拾万元整（¥5,100,000.00），为固定总价，含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|粮情测控系统（测温电缆、测控分机、主机）|12库|1,386,000
TB:2|智能通风与气调控制设备|12库|924,000
TB:3|出入库智能化设备（车牌识别、智能扦样、地磅接入）|12库|612,000
TB:4|视频监控与AI识别设备|12库|538,000
TB:5|智慧粮库监测平台软件许可（省级及12库，永久）|1套|760,000
TB:|软硬件小计||4,220,000
TB:6|定制开发（国家平台对接、轮换业务模块）|1项|486,000
TB:7|安装调试与系统集成|1项|352,000
TB:8|培训|1项|42,000
TB:|合同总价||5,100,000
P:2.2 合同履行期间，分项数量因库点实际情况需调整的，按上表单价据实结算，但合同总价不得增加。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥1,020,000。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的45%，即¥2,295,000。
P:3.3 终验合格并出具终验报告后十五个工作日内，甲方支付合同总价的35%，即¥1,785,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过财政国库集中支付，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成全部设备到货与安装调试，一百二十日内完成平台部署和国家平台接口联调，达到初验条件。
P:4.2 设备到货时双方进行开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成质量验收。
P:4.3 乙方应派驻项目经理及不少于六名实施工程师，项目经理未经甲方书面同意不得更换。乙方进入库区作业应遵守甲方储粮安全和消防管理规定，熏蒸作业期间不得进仓。
H:第五条 验收
P:5.1 初验标准：（1）设备型号、数量、参数与投标文件一致；（2）各仓房测温点完好，粮温数据采集周期不超过三十分钟；（3）通风、气调设备远程控制指令均能正确执行，执行结果可在平台查询；（4）平台与国家平台接口数据上报测试连续七日无错报、漏报。
P:5.2 终验标准：初验合格后试运行九十日，试运行期间未发生一级故障，平台可用率达到第六条约定，储备粮轮换、出入库作业全流程贯通，并通过第三方网络安全等级保护三级测评。
P:5.3 甲方在收到乙方终验申请后十个工作日内组织验收，可邀请专家参加。设备安装、平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起三十六个月。质保期内，乙方免费提供设备维修更换、软件缺陷修复、版本升级以及远程和现场技术支持，并每半年对全部测温电缆和传感器进行一次巡检校准。
P:6.2 质保期内平台年可用率不低于99.95%，经甲方同意的计划内维护不计入不可用时间。
P:6.3 故障分级及时限如下表：
TB:故障等级|定义|响应时限|到场时限|修复时限
TB:一级|平台整体中断，或任一直属库粮情测控、通风控制失效|30分钟|6小时|12小时
TB:二级|单个仓房或单项功能异常，数据上报延迟|1小时|次日|48小时
TB:三级|界面、报表等一般问题|8小时|按需|5个工作日
P:6.4 乙方响应、到场或修复超时的，每超时一小时扣减¥1,000；平台年可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从履约保证金或甲方应付款项中抵扣。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的6.5%，即每年不超过¥274,300，质保期满后前两年价格固定不变。运维服务另行签订合同，不自动续期。
P:6.6 质保期满前三个月，乙方应会同甲方对全部设备进行一次全面检测并出具设备状况报告，发现的缺陷由乙方在质保期内免费处理。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，乙方授予甲方及其直属库永久、不可撤销的使用许可，不限用户数。
P:7.2 定制开发成果（含源代码、数据库设计、接口文档）的知识产权归甲方所有，乙方应在终验前全部移交。甲方可自行或委托第三方修改、使用和再许可。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方权利；如有侵权，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 粮情数据、库存数据、出入库记录、视频等本项目产生和处理的全部数据归甲方所有。乙方仅可为履行本合同处理数据，不得用于任何其他目的，不得留存或向第三方提供。
P:8.2 平台部署于甲方指定的省级政务云，按网络安全等级保护三级要求建设。乙方远程运维须经甲方审批并通过堡垒机进行，操作全程记录审计。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的储备粮数量、库点分布、库存结构等信息负有保密义务，未经甲方书面许可不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除，直至相关信息依法公开。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期达到初验、终验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应在甲方指定期限内更换或修复，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:乙方不得转包。本项目中的弱电布线施工如需分包，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
P:12.3 合同解除后，乙方应配合甲方完成数据、账号和技术资料的移交。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:14.2 附件：招标文件技术要求、投标文件、设备清单、实施计划。
P:14.3 本合同未尽事宜，双方按政府采购有关规定协商处理。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

H112Z02 = """
T:铝型材挤压生产线在线尺寸检测系统采购合同
P:合同编号：HJLC-SB-2025-086
P:甲方（买方）：肇庆宏挤铝材有限公司
P:乙方（卖方）：苏州视准精密测量技术有限公司
P:甲方为提高建筑及工业铝型材挤压产品的尺寸合格率，向乙方采购在线激光尺寸检测系统。双方经平等协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方为甲方一至六号挤压生产线各安装一套在线激光轮廓尺寸检测系统，每线配置四个测量头，在淬火出口后对型材截面进行全周轮廓测量，实时比对图纸公差并输出超差报警。
P:（二）系统包括测量头、测量控制柜与工控机、测量与SPC统计软件、安装支架与防护吹扫装置，以及与甲方MES系统的数据接口。
P:（三）设备清单、技术参数以附件一为准。
P:（四）乙方保证所供设备为全新、未使用过的原厂产品，测量头及激光器具有原产地证明和出厂检验报告，软件为正式授权版本。
H:二、合同价格
P:（一）本合同总价为人民币壹佰玖拾叁万元整（¥1,930,000），含税，明细如下：
P:1.激光轮廓测量头24套，单价¥48,000，计¥1,152,000；
P:2.测量控制柜与工控机6套，单价¥43,000，计¥258,000；
P:3.测量与SPC软件许可6套，单价¥37,000，计¥222,000；
P:4.安装支架、防护罩及冷却吹扫装置，计¥96,000。
P:以上设备及软件小计¥1,728,000。
P:5.安装调试与标定¥118,000；6.MES接口开发¥64,000；7.操作与维护培训¥20,000。
P:（二）合同总价包括设备、软件、包装、运输、保险、安装、标定、培训及税费，甲方无须另行支付其他费用。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥193,000。
P:（二）全部设备到货并安装完毕，甲方签署到货安装确认单后十个工作日内，支付合同总价的55%，即¥1,061,500。到货安装确认不代表验收合格。
P:（三）终验合格后十个工作日内，支付合同总价的35%，即¥675,500。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运至甲方厂区，并在到货后三十日内完成安装、标定及联调。为减少停产，安装应利用甲方安排的换模和检修窗口进行。
P:（二）乙方负责运输、装卸及安装过程中的安全，遵守甲方厂区安全管理制度；因乙方原因造成人员伤害或设备损坏的，由乙方承担责任。
P:（三）乙方应在安装完成后为甲方提供两次现场培训，对象为各生产线操作工、质检员和设备维修人员，内容包括测量原理、日常清洁与点检、标定操作、报警处理及SPC报表使用，并提供中文操作手册和维护手册。
P:（四）乙方应随设备提供一套随机备件（测量头保护窗、吹扫滤芯各二十件），并在甲方厂区设立备件清单。
P:（五）甲方负责提供安装位置的电源、压缩空气、网络接口及必要的吊装配合，并指定设备部一名工程师作为项目联系人。甲方未按约定提供条件导致安装延误的，交付期限相应顺延。
H:五、验收
P:（一）验收标准：1.测量重复性不大于±0.02mm，对标准样件的测量误差不大于±0.03mm；2.每条线连续生产七日，系统测量结果与甲方三坐标抽检结果的偏差不大于±0.04mm；3.超差报警在型材出口后2秒内发出；4.测量数据按批次、模具号写入甲方MES，连续七日无丢失。
P:（二）乙方完成全部六条线的安装调试及七日连续运行后书面申请终验，甲方在七个工作日内组织验收并出具书面意见。安装完成、设备投入使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新验收。
H:六、质量保证
P:（一）质保期为终验合格之日起九个月。质保期内因设备或软件本身质量问题产生的故障，乙方免费维修或更换。
P:（二）测量头镜头保护窗属易损件，质保期内正常损耗的更换费用由甲方承担。
P:（三）质保期内，一级故障（任一生产线测量中断或测量结果失真）乙方应在1小时内响应，远程无法解决的，在次日内到场；二级故障（单个测量头异常、报表或接口异常）应在8小时内响应。乙方每超时响应一小时，向甲方支付¥500。
H:七、质保期后维保服务
P:（一）质保期满后，乙方为甲方提供年度维保服务，包括每半年一次的现场标定、软件升级、备件更换与技术支持，故障响应时限与第六条相同。
P:（二）年度维保费为设备及软件小计的22%，即每年¥380,160，于每个维保年度开始前支付。维保期内该费用不作调整。
P:（三）维保服务期自质保期满次日起至终验合格满五年之日止，期满后由双方另行协商。
H:八、知识产权
P:（一）测量与SPC软件的著作权归乙方所有，甲方获得在本合同设备上永久使用的许可。
P:（二）为甲方开发的MES接口程序、定制测量模板及相应源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:九、数据与网络安全
P:（一）测量数据、型材截面图纸、模具及工艺参数归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）系统部署于甲方工厂内网，乙方远程诊断须每次经甲方设备部批准，通过甲方提供的专用通道进行，结束后立即断开。
P:（三）因乙方原因导致数据泄露、篡改或生产网络受到攻击的，乙方应在2小时内通知甲方并配合处置，承担由此造成的全部损失。
P:（四）工控机出厂前应完成安全加固，关闭无关端口和服务，禁用USB存储，安装甲方指定的防病毒软件；乙方人员使用移动存储介质须经甲方检查。
H:十、保密
P:乙方对甲方的型材图纸、客户信息、工艺参数和生产数据负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。乙方不得将甲方型材截面图纸或测量结果用于宣传或提供给甲方的同业竞争者。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一点五支付违约金，累计不超过合同总价的10%。
P:（二）设备性能达不到验收标准且经两次整改仍不合格的，甲方有权退货，乙方退还全部已付款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:十二、分包
P:乙方不得将本合同项下的设备供货及软件开发分包；现场机械安装如需委托他人，须事先征得甲方书面同意，乙方对其行为负责。
H:十三、合同解除
P:（一）一方严重违约，经对方书面催告后二十日内仍未改正的，守约方有权解除合同。
P:（二）乙方逾期交货超过四十五日的，甲方有权解除合同。
P:（三）因乙方原因解除合同的，乙方应在十五日内退还甲方已付款项，自行拆除已安装设备并恢复生产线原状，并赔偿甲方因此遭受的损失。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交肇庆仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、不可抗力
P:因地震、台风、洪水、政府行为等不可抗力不能按期履行的，受影响方应在五日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、通知
P:双方的通知应以书面形式送达本合同首部地址，或发送至双方项目联系人的电子邮箱。任何一方变更地址或联系人的，应在变更后三日内书面通知对方，否则按原地址送达视为有效。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。附件一：设备清单及技术参数；附件二：安装调试计划；附件三：验收测试方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

H112E03 = """
T:Supply, Installation and Maintenance Agreement - Tank Water-Quality Monitoring
P:Agreement no. FAS-2025-031
P:This Agreement is made between Zhoushan Donghai Abalone Aquaculture Co., Ltd., No. 9 Haibin Road, Liuheng Town, Putuo District, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer"), and Fanø Aqua Sensing ApS, Hovedgaden 21, Nordby, 6720 Fanø, Denmark, CVR no. 41872305 (the "Supplier").
P:Background. The Buyer operates a land-based recirculating abalone farm with 64 rearing tanks and eight biofilter units. The Buyer wishes to buy a water-quality monitoring and alarm system for all tanks, and the Supplier designs and installs such systems for aquaculture. At the Buyer's request, prices are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "System": the sensors, controllers, gateways, alarm units and software listed in Appendix 1, installed and configured at the Buyer's farm.
P:1.2 "Software": the AquaWatch monitoring software, supplied under a perpetual site licence.
P:1.3 "Oxygen Interface": the interface developed by the Supplier for this Agreement between the System and the Buyer's existing oxygen-supply controls.
P:1.4 "Final Acceptance": the Buyer's signature of the acceptance certificate under clause 5.4.
P:1.5 "Buyer Data": all measurements, alarms, logs, stocking and feeding records and other data generated or stored by the System.
H:2. Scope of supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System for all 64 tanks and eight biofilters, develop and integrate the Oxygen Interface and train the Buyer's staff.
P:2.2 Each tank shall be monitored for dissolved oxygen (DO), temperature, pH and salinity at intervals of no more than 60 seconds, and each biofilter for ORP and total ammonia nitrogen.
P:2.3 Alarms shall be given on site by sirens and beacons, and by SMS and WeChat message to the staff on duty.
H:3. Price
P:3.1 The Contract Price is CNY 1,390,000, fixed, including delivery DAP Zhoushan, import duties, installation and training. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter probes (DO, temperature, pH, salinity)|64|9,800|627,200
TB:ORP and ammonia probes for biofilters|8|14,500|116,000
TB:Tank controllers with level and flow sensors|64|3,150|201,600
TB:Gateways and alarm units|6|12,400|74,400
TB:AquaWatch software, perpetual site licence|1|158,000|158,000
TB:Hardware and Licence Subtotal|||1,177,200
TB:Installation, cabling and calibration|1|136,800|136,800
TB:Oxygen Interface development|1|58,000|58,000
TB:Training|1|18,000|18,000
TB:Contract Price|||1,390,000
H:4. Payment
P:4.1 25% of the Contract Price (CNY 347,500) within 20 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 50% (CNY 695,000) within 20 days after the Buyer signs the installation certificate. The installation certificate confirms only that delivery and installation are complete; it is not acceptance.
P:4.3 25% (CNY 347,500) within 20 days after Final Acceptance.
P:4.4 Each payment is due against the Supplier's invoice. Chinese taxes that the Buyer must withhold are deducted from the payment.
H:5. Delivery, installation and acceptance
P:5.1 The Supplier shall deliver the equipment to the farm within 70 days and complete installation within 100 days after signature. Work in the tank halls shall follow the Buyer's biosecurity rules.
P:5.2 The acceptance tests are: (a) comparison of every DO, pH and salinity probe with a calibrated reference instrument, within 0.2 mg/L, 0.1 pH and 0.5 PSU; (b) every alarm path triggered for every tank and confirmed received within 60 seconds; (c) the Oxygen Interface switching on backup oxygen after a low-DO alarm in each tank hall; (d) 21 days of continuous operation with complete data and no Severity A incident.
P:5.3 The Supplier shall request the tests in writing at least five working days in advance. The Buyer shall attend and record the results, and may invite its aquaculture consultant.
P:5.4 When all tests are passed, the Buyer signs the acceptance certificate within five working days. Failed tests are repeated after correction at the Supplier's cost. Installation, use of the System or payment does not mean acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During that period it repairs or replaces defective parts free of charge, including probes, but excluding membranes and calibration solutions, which the Buyer buys as consumables.
P:6.2 The Supplier provides software updates free of charge during the warranty, and the service levels in clause 8 apply.
P:6.3 Training comprises two days on site for the Buyer's technicians, covering probe cleaning, membrane replacement, calibration, alarm handling and the reports in the Software, and a one-day refresher before the end of the warranty.
H:7. Maintenance after the warranty
P:7.1 After the warranty, the Supplier shall provide maintenance for years three to five after Final Acceptance: two on-site calibration visits a year, repair and replacement of defective parts, software updates and the service levels in clause 8.
P:7.2 The annual maintenance fee is 8% of the Hardware and Licence Subtotal, i.e. CNY 94,176 per year, fixed for those three years and payable quarterly in arrears.
P:7.3 Maintenance continues after year five only if the Parties agree in writing; it does not renew automatically.
H:8. Service levels
P:8.1 Severity A: loss of DO monitoring or alarms for one or more tanks. Severity B: loss of another parameter, of a single probe or of reporting. Severity C: other faults.
P:8.2 Response, meaning remote diagnosis by a qualified engineer: Severity A within 45 minutes, day and night; Severity B within 8 hours; Severity C on the next working day.
P:8.3 Restoration: Severity A within 12 hours, using the spare parts kept at the farm under clause 8.4; Severity B within three working days.
P:8.4 The Supplier keeps a stock of spare parts at the farm of at least three probes of each type and one controller; the stock remains the Supplier's property until used.
P:8.5 For each hour by which a Severity A response or restoration is late, the Supplier pays CNY 800, deducted from the next payment.
H:9. Buyer Data and security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The Software runs on the Buyer's server on site. Remote access by the Supplier is allowed only through the Buyer's VPN, after approval for each session and with two-factor authentication; all sessions are logged.
P:9.3 The Supplier notifies the Buyer within 8 hours of any security incident concerning the System or Buyer Data, helps to contain it, and is liable for the loss caused by its breach of this clause 9.
P:9.4 At the end of the Agreement, or earlier on the Buyer's request, the Supplier shall return or destroy any Buyer Data in its possession and confirm this in writing.
H:10. Intellectual property
P:10.1 The Software remains the property of the Supplier; the Buyer's licence is perpetual and covers all present and future tanks at the farm.
P:10.2 The Oxygen Interface, the tank configuration and alarm rules, with their source code and documentation, belong to the Buyer, who may use, modify and license them freely.
H:11. Confidentiality
P:The Parties keep confidential the other Party's non-public information, including the Buyer's stocking densities, growth data and farm layout, during the Agreement and for five years after it ends.
H:12. Delay
P:12.1 If installation is not complete by the date in clause 5.1 for reasons for which the Supplier is responsible, the Supplier pays liquidated damages of 0.09% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 If the delay exceeds 45 days, the Buyer may terminate the Agreement under clause 15.
H:13. Liability
P:13.1 The Supplier's total liability under this Agreement is limited to two times the Contract Price.
P:13.2 The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of clauses 9 and 11.
H:14. Subcontracting
P:14.1 Electrical installation in the tank halls will be carried out by Zhoushan Haixing Electrical Engineering Co., Ltd., which the Buyer approves by signing this Agreement.
P:14.2 Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:15. Termination
P:15.1 The Buyer may terminate the Agreement by written notice if the Supplier is in material breach and does not remedy the breach within 20 days after written notice, or in the case of clause 12.2.
P:15.2 The Buyer may also end the maintenance under clause 7 at the end of any maintenance year by three months' written notice.
P:15.3 On termination the Supplier repays the amounts paid for parts of the System not accepted, and the Buyer returns those parts.
H:16. Governing law and disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be settled by arbitration at the Shanghai International Arbitration Center in Shanghai under its rules then in force. The language of the arbitration is English.
H:17. General
P:17.1 Appendices: 1 Equipment list and tank layout; 2 Acceptance test protocol; 3 Spare-parts list.
P:17.2 Neither Party is liable for delay caused by force majeure, such as typhoon, epidemic or government action, if it notifies the other Party promptly and limits the effects; dates are extended accordingly.
P:17.3 The Agreement is signed in two English originals. Amendments must be in writing and signed by both Parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H112E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement No. MRI-SZ-2025-07
P:This Agreement is made between Mljet Remote IT d.o.o., a limited liability company registered with the Commercial Court in Dubrovnik, OIB 61839204571, with its seat at Babino Polje 114, 20225 Babino Polje, island of Mljet, Croatia ("Provider"), and Suzhou Zhenhu Silk Embroidery Workshop Co., Ltd., No. 36 Xiuyuan Road, Zhenhu Subdistrict, Huqiu District, Suzhou, Jiangsu Province, People's Republic of China ("Customer").
H:Section 1 Purpose and Definitions
P:1.1 Customer runs an embroidery design studio and workshop with 38 computer users, including six pattern-design workstations running embroidery CAD software, a production-order system, a shared file server and a small online-shop back office. Provider will operate and support this environment as set out below. At Customer's request all charges are stated and paid in Chinese yuan (CNY).
P:1.2 "Managed Environment" means the devices and systems listed in Schedule 1: 38 desktops and laptops, six design workstations, one file server, one NAS backup unit, the firewall, the Wi-Fi network, 42 user accounts and Customer's e-mail domain.
P:1.3 "Customer Data" means all data in the Managed Environment, including embroidery patterns and design files, customer orders and employee records.
P:1.4 "Priority 1 Incident" means an incident that stops work for the whole workshop or for the design studio, such as loss of internet access, failure of the file server or failure of more than three design workstations.
P:1.5 "Onboarding Acceptance" means Customer's written confirmation under Section 4.3.
P:1.6 "Working day" means a day from Monday to Friday that is not a public holiday in mainland China.
H:Section 2 Services
P:2.1 Provider shall provide: (a) remote desktop support to users by telephone, WeChat and remote session; (b) monitoring and patching of all devices in the Managed Environment; (c) administration of accounts, e-mail, firewall and Wi-Fi; (d) a daily backup of the file server and design workstations to the NAS and a weekly encrypted backup to Customer's own cloud storage account in mainland China; (e) on-site visits by Provider's field engineer; (f) quarterly service reviews with Customer's office manager.
P:2.2 Provider's field engineer is employed by Provider, lives in Suzhou and attends on site two days a week and whenever an incident needs on-site work.
P:2.3 The Services do not include the repair of embroidery machines, the development of software, or the support of devices that are not listed in Schedule 1. Customer may add devices to Schedule 1 at the unit charges in Schedule 1, and the Parties shall record each change in writing.
P:2.4 Customer shall name an office manager as Provider's contact, give Provider the administrative access it needs, and inform Provider before it buys new devices or software for the Managed Environment.
H:Section 3 Term
P:3.1 The Services start on Onboarding Acceptance and run for 24 months.
P:3.2 The Agreement ends at the end of that period unless the Parties sign a written extension. There is no automatic renewal.
H:Section 4 Onboarding and Acceptance
P:4.1 Within 45 days after signature Provider shall complete onboarding: asset inventory, network documentation, installation of monitoring agents, backup configuration with a tested restore, and a security baseline for all devices.
P:4.2 Acceptance criteria: (a) all devices in Schedule 1 report to the monitoring console; (b) a full design workstation and 50 randomly chosen files are restored successfully; (c) the firewall rules and account list are reviewed and approved by Customer; (d) the network documentation and run-books are delivered.
P:4.3 Customer confirms Onboarding Acceptance in writing within five working days after all criteria are met. Starting to use the Services is not acceptance.
H:Section 5 Charges and Payment
P:5.1 The charges are:
TB:Charge|Basis|CNY
TB:Monthly service charge|38 users, 6 workstations, server, NAS, network|23,800 per month
TB:Onboarding|one-time|36,800
TB:Total for the 24-month term|24 x 23,800 + 36,800|608,000
P:The total for the 24-month term (CNY 608,000) is the "Total Contract Value".
P:5.2 The monthly service charge is invoiced monthly in arrears. The onboarding charge is invoiced after Onboarding Acceptance. No payment is due in advance.
P:5.3 Charges are fixed for the term. Hardware, software licences and cloud storage are bought by Customer directly.
P:5.4 Invoices are payable within 30 days. Chinese withholding taxes, if any, are deducted from the payment.
H:Section 6 Service Levels
P:6.1 The remote support desk is staffed from 08:00 to 20:00 China Standard Time, Monday to Saturday. Priority 1 Incidents may be reported at any time on the emergency line.
P:6.2 Response times: Priority 1 Incident within 6 hours; Priority 2 (one user or one device unable to work) within 8 working hours; Priority 3 (requests and minor faults) within two working days.
P:6.3 Every failed backup is repeated within one working day, and a restore test of one design workstation is performed every quarter.
P:6.4 For each Priority 1 Incident not responded to within the time in Section 6.2, and for each failed backup not repeated in time, Provider credits 5% of the monthly service charge, up to 25% in any month.
P:6.5 Provider reports monthly on incidents, response times, patch status and backups.
P:6.6 Provider shall keep patches for operating systems and the embroidery CAD software current within 14 days of their release, unless Customer asks to defer a patch for production reasons, and shall test major updates on one workstation before rolling them out.
P:6.7 If a Priority 1 Incident is not resolved within one working day, Provider's managing director is informed and Provider shall send a second engineer, remotely or on site, until the incident is resolved.
H:Section 7 Customer Data and Security
P:7.1 Customer Data belongs to Customer. Provider may access it only as needed to perform the Services and shall not copy, keep or use it for any other purpose.
P:7.2 Embroidery patterns and design files are trade secrets of Customer. Provider's staff shall not download them outside the Managed Environment; remote sessions are recorded, use multi-factor authentication and need the user's approval.
P:7.3 Customer Data remains stored in mainland China. Provider's staff in Croatia access it only remotely and shall not store it on their own devices.
P:7.4 Provider shall keep its own systems secure, apply the security baseline agreed at onboarding, and notify Customer of any security incident affecting Customer Data within 12 hours. Provider is liable for the losses caused by its breach of this Section 7.
P:7.5 At the end of the Agreement Provider hands over all passwords, documentation and administrative access and deletes any Customer Data it holds.
P:7.6 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law as they apply to remote access from abroad, and shall sign any additional undertaking that Customer reasonably needs for that purpose.
H:Section 8 Confidentiality
P:8.1 Each Party shall keep confidential the other Party's non-public information and use it only for this Agreement.
P:8.2 This obligation continues for five years after the end of the Agreement.
H:Section 9 Intellectual Property
P:Scripts, configurations, network documentation and run-books prepared by Provider for Customer belong to Customer, who may use and modify them and give them to a successor provider.
H:Section 10 Delay in Onboarding
P:If Provider does not complete onboarding by the date in Section 4.1 for reasons within its control, Provider shall pay liquidated damages of 0.025% of the Total Contract Value for each day of delay.
H:Section 11 Liability
P:11.1 Each Party's total liability under this Agreement is limited to 150% of the Total Contract Value.
P:11.2 The limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Sections 7 and 8.
H:Section 12 Subcontracting
P:Provider shall not subcontract any of the Services without Customer's prior written consent.
H:Section 13 Termination
P:13.1 Customer may terminate the Agreement by written notice if Provider commits a material breach and fails to cure it within 15 days after written notice.
P:13.2 Either Party may terminate with immediate effect if the other Party becomes insolvent.
P:13.3 On termination Provider shall cooperate for up to 30 days in the transfer of the Services to Customer or a successor provider.
H:Section 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:Section 15 General
P:15.1 Schedules: 1 Managed Environment; 2 Security baseline; 3 Contacts and escalation.
P:15.2 Neither Party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other Party promptly and takes reasonable steps to limit the effects. Failures of Provider's own staff, systems or internet connection are not such events.
P:15.3 Notices under this Agreement shall be given in writing by e-mail to the addresses in Schedule 3 and, for termination, also by courier.
P:15.4 This Agreement and its Schedules are the entire agreement of the Parties on its subject. Changes must be made in writing and signed by both Parties.
P:15.5 This Agreement is signed in English in two originals.
P:For Customer: ____________________    For Provider: ____________________
"""

SOURCES = {"h112z01": H112Z01, "h112z02": H112Z02, "h112e03": H112E03, "h112e04": H112E04}
TARGETS = {"h112z01": ("h112z01_provincial_grain_reserve_smart_depot_platform.docx", "docx"),
           "h112z02": ("h112z02_aluminium_extrusion_inline_gauging.pdf", "pdf"),
           "h112e03": ("h112e03_zhoushan_abalone_tank_sensors_denmark.docx", "docx"),
           "h112e04": ("h112e04_suzhou_embroidery_managed_it_croatia.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
