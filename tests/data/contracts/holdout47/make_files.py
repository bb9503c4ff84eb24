"""Builds the .docx and .pdf contracts of holdout47 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; it writes the files next to this script.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H47Z01 = """
T:安徽省退役军人服务保障信息系统集成项目合同书
P:合同编号：WTJ-CG-2025-031
P:采购方式：公开招标（招标编号：AHZC-2025-GK0418）
P:甲方（采购人）：安徽省退役军人事务厅
P:乙方（中标供应商）：安徽联拓数智科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责“全省退役军人服务保障信息系统”的设备供货、平台软件许可、定制开发、历史数据迁移、系统集成和部署培训，并配合甲方完成网络安全等级保护（第三级）测评和商用密码应用安全性评估。
P:1.2 系统覆盖省厅、16个市局、104个县（市、区）退役军人服务中心及乡镇（街道）服务站，包括优抚待遇发放、就业创业服务、褒扬纪念、信访接待登记和移动端服务五个业务子系统。
P:1.3 乙方应在合同签订之日起一百五十日内完成全部设备到货、系统部署和数据迁移，具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰玖拾捌万陆仟元整（¥3,986,000.00），为固定总价，已包含设备、软件、开发、运输、安装、培训、税费及质保期内服务等全部费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|服务器（含虚拟化软件）|8台|128,500|1,028,000
TB:2|分布式存储|1套|486,000|486,000
TB:3|服务器密码机|2台|95,000|190,000
TB:4|业务协同平台软件许可（永久）|1套|620,000|620,000
TB:|软硬件小计|||2,324,000
TB:5|定制开发（五个业务子系统）|1项|1,184,000|1,184,000
TB:6|历史数据迁移与清洗|1项|236,000|236,000
TB:7|系统集成、部署及培训|1项|168,000|168,000
TB:8|等保测评及密评配合|1项|74,000|74,000
TB:|合计|||3,986,000
H:第三条 付款方式
P:3.1 合同签订后，乙方提交银行出具的等额预付款保函，甲方在收到保函后十个工作日内支付合同总价的20%，即¥797,200.00。
P:3.2 系统初验合格后十个工作日内，甲方支付合同总价的40%，即¥1,594,400.00。
P:3.3 系统终验合格后十个工作日内，甲方支付合同总价的40%，即¥1,594,400.00。
P:3.4 乙方应在每次付款前开具等额合法的增值税发票。款项按国库集中支付程序支付至乙方账户。
H:第四条 交货与实施
P:4.1 设备到达甲方指定机房后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表验收合格。
P:4.2 乙方应指派具有信息系统项目管理师资格的项目经理及不少于8名实施人员，项目经理未经甲方同意不得更换。
P:4.3 乙方应按甲方确认的实施方案推进工作，每两周向甲方提交一次项目进度报告。
H:第五条 验收
P:5.1 初验：系统部署和数据迁移完成后，乙方提交初验申请。初验标准为：（1）招标文件技术需求中的功能逐项测试通过；（2）2000个并发用户下，常用业务页面平均响应时间不超过3秒；（3）迁移数据全量比对无差错，优抚对象身份信息和待遇标准与原系统一致；（4）与全国退役军人信息管理系统、省一体化政务服务平台及惠民惠农财政补贴资金“一卡通”系统的接口联调通过。
P:5.2 试运行：初验合格后系统试运行三个月。试运行期间不得发生一级故障；发生一级故障的，试运行期重新计算。
P:5.3 终验：试运行结束，系统通过第三方等级保护（第三级）测评和商用密码应用安全性评估，且乙方移交全部源代码和技术文档后，由甲方组织专家进行终验并出具终验报告。
P:5.4 系统上线、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并承担相应费用；再次验收仍不合格的，甲方可按第十二条处理。
H:第六条 质量保证及服务水平
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供软硬件维修更换、缺陷修复、版本升级及7×24小时技术支持。
P:6.2 核心业务系统年度可用率不低于99.95%（计划内停机除外）。故障分级及处理时限如下：
TB:故障级别|故障描述|响应时间|到场时间|恢复时间
TB:一级|系统整体不可用，或待遇发放数据出现错误|30分钟|2小时|6小时
TB:二级|单个子系统或部分市县无法正常使用|1小时|8小时|24小时
TB:三级|一般功能缺陷、操作咨询|2小时|按需|3个工作日
P:6.3 乙方未按上表时限响应、到场或恢复的，每超时1小时向甲方支付违约金人民币壹仟元；年度可用率每低于承诺值0.01个百分点，向甲方支付违约金人民币贰仟元。
P:6.4 质保期满后，甲方需要乙方继续提供运维服务的，双方另行签订运维合同，年度运维费不超过软硬件小计的8%（即不超过¥185,920.00），且质保期满后两年内不上调。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件（含源代码）、接口程序、数据迁移脚本及技术文档，其著作权等知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再许可。
P:7.2 业务协同平台软件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可，使用范围覆盖全省各级退役军人事务部门。
P:7.3 乙方保证交付成果不侵犯任何第三方的合法权益；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的退役军人及其家属个人信息、优抚待遇数据、业务数据和系统日志均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、加工或向任何第三方提供，也不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》和等级保护的要求。实施人员须签署安全承诺书，仅可在甲方指定场所通过堡垒机访问生产环境；数据不得带离政务外网；开发测试一律使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而终止。
H:第十条 转包与分包
P:乙方不得转包本项目。确需将机房布线等非主体、非关键性工作分包的，应事先取得甲方书面同意，并对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的设备或软件不符合约定的，应负责更换或修复，并承担由此产生的全部费用。
P:11.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:有下列情形之一的，甲方有权书面通知乙方解除本合同：（1）乙方逾期超过三十日；（2）交付成果经两次整改仍未通过验收；（3）乙方严重违约或发生重大数据安全事件。合同解除后，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及技术规格偏离表为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：安徽省退役军人事务厅　　乙方（盖章）：安徽联拓数智科技股份有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""

H47Z02 = """
T:湖州市空气质量网格化监测设备采购及运维项目合同
P:合同编号：HZJC-2025-HB07
P:甲方：湖州市生态环境监测站
P:乙方：杭州清测环境科技有限公司
P:甲乙双方根据《中华人民共和国民法典》及本项目采购文件、乙方响应文件，就空气质量网格化监测设备的供货、安装及运维事宜，经协商一致，订立本合同。
H:一、项目内容
P:（一）乙方向甲方供应空气质量网格化微型监测站80台、臭氧分析仪2台及数据采集传输与质控平台软件1套，并负责立杆安装、供电通信、调试联网及比对测试。
P:（二）微型监测站布设于甲方指定的乡镇（街道）、工业园区及交通干道点位；臭氧分析仪用于更新两个市控站点的现有设备。
P:（三）质保期内的运维服务按本合同“六、质量保证及质保期内运维”执行，质保期满后的运维服务按“七、质保期满后的运维服务”执行。
H:二、合同价款
P:（一）本合同总价为人民币叁佰捌拾肆万捌仟元整（¥3,848,000），包括设备、软件、运输、安装、调试、比对测试、培训、税费及质保期内运维服务的全部费用。
P:（二）分项价格如下：
TB:微型监测站（PM2.5、PM10、SO2、NO2、O3、CO六参数）|80台|单价36,800元|2,944,000元
TB:臭氧分析仪|2台|单价168,000元|336,000元
TB:数据采集传输与质控平台软件|1套|286,000元|286,000元
TB:设备及软件小计|||3,566,000元
TB:立杆安装、供电及通信|1项|214,000元|214,000元
TB:比对测试及联网调试|1项|68,000元|68,000元
TB:合计|||3,848,000元
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方向乙方支付合同总价的15%，即人民币577,200元，作为预付款。
P:（二）全部设备到货并经甲方签收后十个工作日内，甲方支付合同总价的40%，即人民币1,539,200元。到货签收不视为验收。
P:（三）项目终验合格后十个工作日内，甲方支付合同总价的45%，即人民币1,731,600元。
P:（四）乙方应在每次付款前向甲方提供等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同签订后六十日内完成全部设备到货，九十日内完成安装、联网和调试。
P:（二）点位由甲方确定。乙方负责现场踏勘、立杆基础、取电及通信开通，安装应符合HJ 653及相关技术规范的要求。
P:（三）乙方应为每台设备建立档案，记录出厂编号、安装位置、校准记录等信息，并移交甲方。
P:（四）乙方应指定项目负责人1名，负责项目实施的组织协调，每周向甲方书面报告进度；项目负责人未经甲方同意不得更换。
P:（五）乙方负责对甲方技术人员进行不少于两期的设备操作、平台使用和数据审核培训，并提供培训教材。
H:五、验收
P:（一）全部设备安装联网后进入三十日试运行期。试运行结束后，乙方提交验收申请，由甲方组织终验。
P:（二）验收标准：1.设备型号、配置与响应文件一致，具有环境保护产品认证证书和出厂检测报告；2.微型监测站与就近国控站点比对，PM2.5、PM10小时均值相关系数不低于0.85，斜率在0.8至1.2之间；3.臭氧分析仪按HJ 654完成零点、跨度及多点线性检查，结果合格；4.数据按HJ 212通信协议实时传输至甲方平台，平台的异常值识别、离线报警、数据审核等质控功能逐项测试通过；5.设备档案、操作手册及培训记录齐全。
P:（三）设备安装、联网或试运行均不视为验收合格。验收不合格的，乙方应在十五日内整改，整改后重新组织验收，由此产生的费用由乙方承担。
P:（四）终验合格后，甲方出具验收报告，质保期自验收报告签署之日起计算。
H:六、质量保证及质保期内运维
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修更换、定期巡检、校准、传感器更换及平台维护服务。
P:（二）质保期内，乙方每月对全部点位至少巡检一次，每季度与国控站点开展一次比对，并于每月5日前向甲方提交上月运维报告。
P:（三）故障处理时限：一级故障（单台设备数据中断，或平台无法接收数据），乙方应在接报后1小时内响应，二十四小时内修复；二级故障（单项参数数据异常），乙方应在接报后2小时内响应，四十八小时内修复。
P:（四）乙方未在规定时限内修复的，每台设备每延误一日，向甲方支付违约金人民币伍佰元。
P:（五）乙方应在湖州市区设立运维服务站，配备不少于3名专职运维人员，并储备不少于4台备用微型监测站及常用传感器，以便故障设备的及时替换。
P:（六）因传感器漂移导致数据失准的，乙方应在接报后二十四小时内完成校准或更换，并对失准期间的数据作出说明，经甲方审核后进行标识。
H:七、质保期满后的运维服务
P:（一）质保期满后，甲方委托乙方继续提供运维服务的，年度运维服务费按设备及软件小计的百分之二十八计取，即每年人民币998,480元，包含巡检、校准、传感器年度更换、耗材及平台维护，三年内不作调整。
P:（二）运维服务合同按年度签订，甲方根据上一年度考核结果决定是否续签。
H:八、数据安全
P:（一）监测数据、点位信息和平台日志均属甲方所有。未经甲方书面同意，乙方不得发布、使用或向任何第三方提供上述数据。
P:（二）平台部署于甲方指定的政务云。乙方应落实账号权限管理、传输加密和操作审计等安全措施，严禁篡改、删除原始监测数据，或以任何方式干扰监测活动。
P:（三）发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方全部损失。
P:（四）运维服务结束或合同解除时，乙方应向甲方移交平台管理员账号、设备档案和全部运维记录，并删除其持有的甲方数据。
H:九、保密
P:乙方对履约中知悉的甲方未公开监测数据、点位信息及其他工作秘密负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:十、知识产权
P:（一）乙方为本项目开发的数据接口程序、定制报表及相关技术文档，知识产权归甲方所有，甲方可自行修改和使用。
P:（二）质控平台软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装联网的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:（二）乙方交付的设备不符合约定的，应在十五日内无偿更换，并承担由此产生的全部费用。
P:（三）乙方或其运维人员篡改、伪造监测数据，或指使、协助他人干扰监测设备的，乙方除依法承担法律责任外，还应按合同总价的10%向甲方支付违约金。
P:（四）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十二、分包
P:立杆基础及供电通信线路施工确需分包的，乙方应事先取得甲方书面同意，并对分包工作承担全部责任。其余工作不得分包。
H:十三、合同解除
P:乙方逾期交货超过三十日，或设备经两次整改仍不合格，或存在篡改、伪造监测数据行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。采购文件、响应文件为本合同附件。
P:甲方（盖章）：湖州市生态环境监测站　　乙方（盖章）：杭州清测环境科技有限公司
P:签订日期：2025年　月　日
"""

H47E02 = """
T:CONTRACT FOR THE SUPPLY OF FURNACE THERMAL IMAGING SYSTEMS
P:Contract No. TV-CN-2025-019
P:concluded on ____________ 2025 by and between:
P:TERMOVID d.o.o., Ljubljanska cesta 42, 4000 Kranj, Slovenia, registration number 6183421000, VAT ID SI58231904, represented by its director Mr. Matej Kos (hereinafter: the Seller)
P:and
P:Hubei Huayu Float Glass Co., Ltd., No. 8 Gangcheng Road, Huangshi, Hubei Province, People's Republic of China, represented by its general manager Mr. Liu Jianguo (hereinafter: the Buyer)
P:(the Seller and the Buyer hereinafter jointly: the Contracting Parties)
H:Article 1 - Subject of the Contract
P:1.1 The Seller shall supply, install and commission thermal imaging systems for furnace and process monitoring on the Buyer's float glass lines No. 2 and No. 3 (hereinafter: the System), grant the licence for the FurnaceView analysis software, and provide training, warranty service and technical support under the terms of this Contract.
P:1.2 The System consists of six (6) FurnaceEye short-wave infrared cameras for the melting furnace crowns and ports, with air-water cooling jackets and automatic retraction units, two (2) LineScan cameras for the tin bath exit and the annealing lehr, and the FurnaceView software for eight (8) cameras, as specified in Annex 1 (Technical Specification).
P:1.3 The Seller shall integrate the System with the Buyer's distributed control system (DCS) via OPC UA, so that temperature profiles and alarms are displayed in the central control room.
H:Article 2 - Contract Price
P:2.1 The Contract Price is fixed and amounts to CNY 3,004,000 (three million and four thousand Chinese yuan). It is composed as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|FurnaceEye SWIR camera with cooling jacket|6|286,000|1,716,000
TB:2|LineScan camera for tin bath and lehr|2|214,000|428,000
TB:3|Automatic retraction unit with control box|6|38,500|231,000
TB:4|FurnaceView software licence, perpetual, 8 cameras|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||2,743,000
TB:5|Installation, commissioning and DCS integration|1|196,000|196,000
TB:6|Training of operators and maintenance staff|1|24,000|24,000
TB:7|Packing, transport, insurance and customs clearance to the Buyer's plant|1|41,000|41,000
TB:|Contract Price|||3,004,000
P:2.2 The Contract Price is DDP Buyer's plant, Huangshi (Incoterms 2020), and includes import duties and taxes, as well as all travel and accommodation costs of the Seller's engineers.
H:Article 3 - Terms of Payment
P:3.1 The Buyer shall pay the Contract Price as follows:
P:a) 20 % (CNY 600,800) as advance payment within 15 days after receipt of the Seller's invoice and of an advance payment bank guarantee for the same amount, valid until delivery;
P:b) 45 % (CNY 1,351,800) within 30 days after delivery of all equipment to the Buyer's plant, confirmed by a delivery note signed by both Contracting Parties; the signature of the delivery note does not mean acceptance of the System;
P:c) 35 % (CNY 1,051,400) within 30 days after the signature of the Final Acceptance Certificate.
P:3.2 Payments shall be made by bank transfer to the Seller's account stated in the invoice.
H:Article 4 - Delivery Time and Contractual Penalty
P:4.1 The Seller shall deliver the equipment within sixteen (16) weeks after receipt of the advance payment and shall complete installation and commissioning within six (6) weeks after delivery, provided that the Buyer gives access to the furnace openings during the agreed hot-work windows.
P:4.2 If the Seller is late with delivery, or with readiness for the Site Acceptance Test, for reasons attributable to the Seller, the Seller shall pay a contractual penalty of 0.5 % of the Contract Price for each full week of delay, up to a maximum of 5 % of the Contract Price. Payment of the penalty does not release the Seller from its obligation to perform.
H:Article 5 - Installation, Commissioning and Acceptance
P:5.1 After installation the Seller shall carry out the Site Acceptance Test (SAT) in the presence of the Buyer's representatives, according to the test procedure in Annex 2. The SAT is passed when:
P:a) each camera delivers a live image and temperature map to the control room without interruption for 72 consecutive hours;
P:b) the temperature readings of each FurnaceEye camera deviate by not more than 5 degrees Celsius from the Buyer's calibrated reference thermocouples at three measuring points;
P:c) the automatic retraction of every furnace camera is triggered correctly on a simulated failure of the cooling water or air supply;
P:d) all agreed OPC UA tags and alarms are available in the DCS; and
P:e) the documentation listed in Annex 3 has been handed over and the training has been completed.
P:5.2 When the SAT is passed, the Contracting Parties shall sign the Final Acceptance Certificate within five (5) working days. Delivery, installation, commissioning or use of the System in production shall not be deemed acceptance.
P:5.3 If the SAT is not passed, the Seller shall remedy the defects at its own cost and repeat the test within fifteen (15) days.
H:Article 6 - Warranty
P:6.1 The Seller warrants that the System is free from defects in design, material and workmanship and conforms to Annex 1 for a warranty period of twenty-four (24) months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Seller shall repair or replace defective parts free of charge, including parts, labour, travel and transport, and shall provide software updates and technical support under Article 7. Cooling jackets damaged because the Buyer failed to maintain the cooling supply are excluded.
H:Article 7 - Technical Support
P:7.1 The Seller provides remote support through its service centre in Kranj and on-site support through its authorised service partner in China named in Annex 4. Faults are handled as follows:
TB:Severity|Definition|Response|On-site attendance|Restoration
TB:1|Loss of image or temperature data from more than one furnace camera, or failure of a retraction unit|2 hours, 24/7|24 hours|48 hours
TB:2|Loss of one camera or of the DCS link|8 hours|72 hours|5 working days
TB:3|Minor fault, software question|2 working days|if needed|next software release
P:7.2 For each hour by which the Seller exceeds the response time for a Severity 1 fault, the Seller shall pay the Buyer CNY 1,200, and for each hour by which it exceeds the restoration time for a Severity 1 or Severity 2 fault, CNY 400. The Buyer may set these amounts off against any payment due to the Seller.
H:Article 8 - Support after the Warranty Period
P:8.1 After the warranty period the Seller shall offer annual support (remote and on-site support as in Article 7, software updates, spare-parts service and an annual calibration check) for an annual fee of 9.5 % of the Hardware and Licence Subtotal, i.e. CNY 260,585 per year. This fee is fixed for the first three (3) years after the end of the warranty period.
P:8.2 Annual support is ordered by a separate written order of the Buyer for each year and does not renew automatically.
P:8.3 The Seller shall keep spare parts and support available for at least ten (10) years after Final Acceptance.
H:Article 9 - Software Licence and Intellectual Property
P:9.1 The Seller grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the FurnaceView software at the Buyer's plant for eight (8) cameras. The intellectual property in the standard software remains with the Seller.
P:9.2 The plant-specific configurations, furnace zone templates, OPC UA mapping and DCS display pages prepared by the Seller for this project belong to the Buyer. The Buyer may use and modify them, and have them modified by third parties, without restriction.
H:Article 10 - Process Data and Data Security
P:10.1 All images, temperature data, logs and other process data generated by the System are the property of the Buyer and may be used by the Seller only to perform this Contract.
P:10.2 Remote access by the Seller is allowed only through the Buyer's VPN, for each session after approval by the Buyer's IT department, and is logged. The Seller shall not copy process data outside the Buyer's network, except for individual files which the Buyer provides for fault analysis and which the Seller shall delete when the case is closed.
P:10.3 The Seller shall apply state-of-the-art security measures (access control, malware protection, signed software updates) and comply with the Buyer's IT security rules. Any security incident involving the System or the Buyer's data shall be reported to the Buyer within 24 hours. The Seller is liable for damage caused by a breach of this Article.
H:Article 11 - Confidentiality
P:11.1 The Contracting Parties shall keep confidential all technical and commercial information received from the other party, in particular the Buyer's production data, furnace design and process parameters, and shall not disclose it to third parties without prior written consent. This obligation continues for five (5) years after the end of the Contract.
H:Article 12 - Liability
P:12.1 The total liability of the Seller under this Contract is limited to 150 % of the Contract Price. This limitation does not apply to damage caused intentionally or by gross negligence, to personal injury, or to a breach of Articles 10 and 11.
P:12.2 Neither party is liable for loss of production or loss of profit, except in cases of intent or gross negligence.
H:Article 13 - Subcontractors
P:13.1 The authorised service partner named in Annex 4 is approved by the Buyer by signing this Contract. Any other subcontractor requires the Buyer's prior written consent. The Seller is responsible for its subcontractors as for itself.
H:Article 14 - Termination
P:14.1 The Buyer may terminate the Contract by written notice if the Seller is in material breach and does not remedy the breach within thirty (30) days after written notice, or if the contractual penalty under Article 4.2 has reached its maximum. In that case the Seller shall return the payments received, against return of the delivered equipment, and compensate the Buyer's damage.
P:14.2 The Seller may terminate the Contract if the Buyer fails to pay an undisputed amount for more than sixty (60) days after a written reminder.
H:Article 15 - Force Majeure
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party within seven (7) days and takes reasonable steps to limit the consequences. If force majeure lasts longer than ninety (90) days, either party may terminate the Contract by written notice.
H:Article 16 - Applicable Law and Disputes
P:16.1 This Contract is governed by the law of the Republic of Slovenia, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 The Contracting Parties shall try to resolve any dispute amicably. If this fails within thirty (30) days, the dispute shall be finally settled by arbitration under the Ljubljana Arbitration Rules, administered by the Ljubljana Arbitration Centre at the Chamber of Commerce and Industry of Slovenia. The seat of arbitration is Ljubljana and the language of the proceedings is English.
H:Article 17 - Final Provisions
P:17.1 Amendments and additions to this Contract are valid only if made in writing and signed by both Contracting Parties.
P:17.2 The following annexes form an integral part of this Contract: Annex 1 - Technical Specification; Annex 2 - SAT Procedure; Annex 3 - Documentation; Annex 4 - Authorised Service Partner.
P:17.3 This Contract is made in two (2) identical copies in English, one for each Contracting Party, and enters into force on the day of signature by both Contracting Parties.
P:For the Seller: ______________________ Matej Kos, Director
P:For the Buyer: ______________________ Liu Jianguo, General Manager
"""

H47E04 = """
T:LICENCE AND IMPLEMENTATION AGREEMENT - COLLECTION MANAGEMENT SYSTEM
P:No. KOL-2025-044
P:concluded in Zhoushan on ____________ 2025 between:
P:1. ZHOUSHAN MARITIME MUSEUM, a public cultural institution, 1 Haiyang Road, Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China, represented by its Director Ms. Wang Lihua (hereinafter: the Museum), and
P:2. KOLEKTA d.o.o. for software development and consulting, Riva 16, 51000 Rijeka, Croatia, personal identification number (OIB) 48201573916, represented by Mr. Ivan Peric, member of the Management Board (hereinafter: the Vendor).
P:The Museum and the Vendor (hereinafter together: the Parties) have agreed as follows:
H:I. SUBJECT OF THE AGREEMENT
H:Article 1
P:(1) The Vendor grants the Museum a licence for the Kolekta CMS collection management system and performs its implementation for the Museum, comprising configuration, the migration of about 38,400 object records and 126,000 digital images from the Museum's legacy databases, the development of custom modules, and training.
P:(2) The custom modules are: a conservation workflow for ship models and nautical instruments; a bilingual Chinese-English maritime thesaurus; and the connection of Kolekta CMS to the Museum's online collection portal.
P:(3) The detailed scope is set out in Annex 1 (Statement of Work) and Annex 2 (Functional Specification), which form an integral part of this Agreement.
H:II. PRICE AND PAYMENT
H:Article 2
P:(1) The total price for the subject of this Agreement is CNY 2,020,000 (two million twenty thousand yuan), made up of:
P:a) licence fee for Kolekta CMS, perpetual, 50 concurrent users, including the Online Collection module: CNY 980,000;
P:b) configuration and implementation services: CNY 420,000;
P:c) data migration: CNY 265,000;
P:d) custom modules: CNY 310,000;
P:e) training of curators, registrars and administrators: CNY 45,000.
P:(2) The total price is fixed and includes all taxes, travel and accommodation costs of the Vendor's staff and all other costs of the Vendor.
H:Article 3
P:(1) The Museum shall pay the total price in three instalments:
P:a) 10 % (CNY 202,000) within 30 days after signature of this Agreement and receipt of a bank guarantee for the advance payment in the same amount;
P:b) 45 % (CNY 909,000) within 30 days after signature of the Provisional Acceptance Certificate;
P:c) 45 % (CNY 909,000) within 30 days after signature of the Final Acceptance Certificate.
P:(2) Each instalment is paid against a correct invoice of the Vendor.
H:III. IMPLEMENTATION AND ACCEPTANCE
H:Article 4
P:(1) The Vendor shall make the system ready for Provisional Acceptance within seven (7) months after signature of this Agreement, according to the project plan in Annex 1.
P:(2) Provisional Acceptance takes place after configuration and data migration are completed, when the following tests are passed: a) the number of migrated object records and linked images corresponds to the source databases, and a check of 500 randomly selected records by the Museum's curators finds no critical error; b) all functions described in Annex 2 have been tested successfully; c) the custom modules have been tested successfully; d) search results are displayed within 3 seconds with 50 concurrent users. After these tests the Parties sign the Provisional Acceptance Certificate and the system goes live.
P:(3) Final Acceptance takes place after 60 days of productive operation without a Severity 1 error, when the source code of the custom modules and the complete documentation have been delivered and the training has been completed. The Parties then sign the Final Acceptance Certificate.
P:(4) Going live, use of the system or any payment does not constitute Final Acceptance.
H:Article 5
P:(1) If the Vendor fails to make the system ready for Provisional Acceptance by the agreed date for reasons on its side, the Vendor shall pay a contractual penalty of 0.1 % of the total price for each day of delay, up to a maximum of 10 % of the total price.
P:(2) The contractual penalty does not exclude the Museum's right to claim damages exceeding the penalty.
H:IV. WARRANTY AND SUPPORT
H:Article 6
P:(1) The Vendor gives a warranty of eighteen (18) months from the date of Final Acceptance. During the warranty period the Vendor corrects all errors free of charge and supplies all updates and new versions of Kolekta CMS.
P:(2) Errors are classified and handled as follows: Severity 1 (the system is unavailable, or data is lost or corrupted): response within two (2) hours at any time, workaround within 8 hours; Severity 2 (an important function does not work): response within one working day, correction within 5 working days; Severity 3 (other errors and questions): response within three working days.
P:(3) For each started hour of delay in responding to a Severity 1 error, the Vendor shall pay the Museum CNY 800, and for each started hour by which the workaround time is exceeded, CNY 300. These amounts are deducted from the next payment or from the support fee.
H:Article 7
P:(1) After the warranty period the Vendor shall provide support and maintenance (error correction, updates, help desk) for an annual fee of 11 % of the licence fee, i.e. CNY 107,800 per year. The fee is fixed for the first three years after the warranty period; afterwards it may be changed only by written agreement of the Parties and by not more than 3 % per year.
P:(2) Support and maintenance is ordered by the Museum for each year separately and does not renew automatically.
H:V. INTELLECTUAL PROPERTY
H:Article 8
P:(1) The intellectual property in the standard Kolekta CMS software remains with the Vendor. The Museum receives a perpetual, non-exclusive licence to use it for its own activities, including publication of its collection through the online portal.
P:(2) All property rights in the custom modules, the thesaurus, the migration scripts and the configuration created for the Museum pass to the Museum upon creation. The Vendor delivers their source code, and the Museum may use, modify and license them to third parties without restriction.
H:VI. DATA AND CONFIDENTIALITY
H:Article 9
P:(1) All collection data, digital images, documentation and user data are the property of the Museum. The Vendor may use them only to perform this Agreement and may not use them for promotion, reference lists or any other purpose.
P:(2) The system is installed on the Museum's servers in Zhoushan. The Vendor accesses it only remotely through the Museum's VPN, with approval for each session, and all access is logged. The Vendor may not copy data outside the Museum's network, except test extracts approved in writing by the Museum, which it deletes after use.
P:(3) The Vendor complies with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, applies appropriate technical and organisational security measures, reports any security incident to the Museum within 24 hours, and is liable for damage caused by a breach of this Article.
H:Article 10
P:(1) Each Party keeps confidential all information of the other Party that is not public, in particular unpublished collection data, security arrangements of the Museum and the Vendor's technical know-how, and does not disclose it to third parties without prior written consent.
P:(2) This obligation continues for five years after the end of this Agreement.
H:VII. LIABILITY, SUBCONTRACTORS AND TERMINATION
H:Article 11
P:(1) The total liability of the Vendor under this Agreement is limited to 200 % of the total price. The limitation does not apply to damage caused intentionally or by gross negligence or to a breach of Articles 9 and 10.
H:Article 12
P:(1) The Vendor may engage subcontractors only with the prior written consent of the Museum. The Vendor is responsible for the work of its subcontractors as for its own.
H:Article 13
P:(1) The Museum may terminate this Agreement by written notice if the Vendor is in material breach of its obligations and does not remedy the breach within 30 days after written notice, or if the contractual penalty under Article 5 has reached its maximum.
P:(2) In case of termination under paragraph (1) the Vendor shall return the amounts received for work not accepted and compensate the Museum's damage.
H:VIII. FINAL PROVISIONS
H:Article 14
P:(1) This Agreement is governed by the law of the People's Republic of China.
P:(2) The Parties will try to settle disputes amicably. Disputes that cannot be settled amicably shall be submitted to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai. The language of the arbitration is English.
H:Article 15
P:(1) Amendments to this Agreement are valid only in written form signed by both Parties.
P:(2) This Agreement is made in four (4) copies in English, two for each Party, and enters into force on the day of signature by both Parties.
P:For the Museum: ______________________ Wang Lihua, Director
P:For the Vendor: ______________________ Ivan Peric, Member of the Management Board
"""

SOURCES = {"h47z01": H47Z01, "h47z02": H47Z02, "h47e02": H47E02, "h47e04": H47E04}
TARGETS = {"h47z01": ("h47z01_veterans_affairs_service_platform_integration.docx", "docx"),
           "h47z02": ("h47z02_env_monitoring_air_quality_stations_maintenance.pdf", "pdf"),
           "h47e02": ("h47e02_glass_plant_furnace_thermal_cameras_slovenia.docx", "docx"),
           "h47e04": ("h47e04_maritime_museum_collection_management_croatia.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
