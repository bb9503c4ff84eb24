"""Builds the two .docx and the two .pdf contracts of holdout59 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts are plain files in this folder.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H59Z01 = """
T:江北省取用水监管平台建设项目合同
P:合同编号：JBSL-ZFCG-2025-017
P:采购项目编号：JBCG2025-0386（公开招标）
P:甲方（采购人）：江北省水利厅
P:乙方（供应商）：澄川数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江北省取用水监管平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设全省取用水监管平台，包括：重点取水户取水计量在线监测终端的供货、安装及接入，省级平台硬件及基础软件供货，取用水监管平台（取水许可管理、计量监测、超许可预警、水资源税征管协同、“一张图”展示等模块）定制开发，与国家水资源管理系统及省政务数据共享交换平台的数据对接，以及培训、试运行和质保期内的维护服务。
P:1.2 项目技术要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准，二者不一致的，以对甲方更有利者为准。
P:1.3 监测终端安装点位共420处，分布于全省11个设区市，点位清单见附件1。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰伍拾万元整（¥4,500,000.00），为固定总价，包含设备、软件、开发、运输、安装、调试、培训、税费及质保期内维护等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|取水计量在线监测终端（含RTU、4G/北斗双模通信模块）|420台|3,800|1,596,000
TB:2|流量计接入改造配件及防护箱|120套|4,600|552,000
TB:3|超融合服务器（4节点，含存储）|1套|486,000|486,000
TB:4|平台基础软件许可（GIS引擎、数据中台，永久许可）|1套|398,000|398,000
TB:|硬件及软件许可小计|||3,032,000
TB:5|取用水监管平台定制开发|1项|1,164,000|1,164,000
TB:6|系统集成、安装调试及数据对接|1项|268,000|268,000
TB:7|培训|1项|36,000|36,000
TB:|合计|||4,500,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，计人民币玖拾万元整。
P:3.2 全部监测终端到货、安装完成并经甲方签收后，甲方支付合同总价的百分之二十五。到货签收仅确认数量和外观，不代表质量验收合格。
P:3.3 项目终验合格后，甲方支付合同总价的百分之五十。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方无未履行义务的，甲方在十五个工作日内无息退还。
P:3.5 乙方每次请款前应开具等额增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成全部监测终端的到货与安装，一百五十日内完成平台部署、数据对接并提交初验申请。
P:4.2 终端安装应符合《取水计量技术导则》等标准，安装前乙方应会同取水户和当地水行政主管部门确认点位，安装后提交安装照片、计量器具检定证书和点位登记表。
P:4.3 乙方应指定具有相应资质的项目经理常驻现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：平台部署及数据对接完成后，乙方提交初验申请，甲方组织初验。初验标准：（一）420处监测终端全部安装并在平台完成注册；（二）终端按每十五分钟一次的频率上报取水量、瞬时流量和工况数据，连续七日数据完整；（三）平台各功能模块符合《采购需求》功能清单，逐项测试通过；（四）与国家水资源管理系统、省政务数据共享交换平台的接口联调通过，抽查数据核对一致。
P:5.2 初验合格后进入为期三个月的试运行。试运行期间未发生一级故障，且第三方测评机构出具的网络安全等级保护第三级测评结论为“符合”或“基本符合”的，甲方组织专家进行终验，终验合格的，双方签署终验报告。
P:5.3 到货签收、平台上线或甲方在试运行期间使用系统，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修更换、软件缺陷修复、版本升级和现场技术支持。
P:6.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台整体不可用，或同一设区市半数以上终端离线|30分钟|6小时|8小时
TB:二级|平台部分模块不可用，或单个终端故障|2小时|1个工作日|2个工作日
TB:三级|一般性问题、使用咨询|1个工作日|按需|5个工作日
P:6.3 乙方未按上表时限响应或修复的，每超时一小时，向甲方支付违约金一千五百元，甲方可从质量保证金中直接扣除。
P:6.4 质保期满后，甲方需要乙方继续提供运维服务的，年度运维服务费不超过本合同硬件及软件许可小计的百分之八（即每年不超过人民币242,560元），且三年内不上调，具体以双方另行签订的运维合同为准。
H:第七条 知识产权
P:7.1 乙方提供的平台基础软件（GIS引擎、数据中台）的知识产权归原权利人所有，甲方享有永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的取用水监管平台软件（含源代码、数据库设计及技术文档），其著作权由甲乙双方共同享有。甲方可在本单位及所属单位范围内使用；任何一方对该软件进行修改、向第三方许可使用或转让的，须事先取得另一方书面同意。
P:7.3 乙方保证所提供的设备、软件及服务不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 本项目采集、传输、存储的取用水数据、取水户信息及平台运行日志均属于甲方，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国网络安全法》和网络安全等级保护第三级要求实施本项目：平台部署于江北省政务云，数据不得存储于政务云以外；终端与平台之间采用加密传输；乙方人员远程维护须经甲方审批，并通过甲方堡垒机进行，操作全程留痕；乙方不得私自复制、导出数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在两小时内书面报告甲方。因乙方原因导致安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、取水户商业信息及平台技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付设备、逾期完成安装或逾期提交初验申请的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:10.2 设备、软件质量不符合合同约定的，乙方应负责更换或修复，并承担由此产生的全部费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。终端安装中的土建及开挖辅助工作需要分包的，须事先取得甲方书面同意，乙方对分包工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期超过六十日；（二）验收两次不合格；（三）发生因乙方原因导致的重大数据安全事件；（四）其他严重违约，经甲方书面催告后十五日内仍未纠正。
P:12.2 合同解除的，乙方应退还甲方已支付的相应款项，并赔偿甲方损失。
H:第十三条 法律适用及争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及附件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份。
P:附件1：监测终端点位清单；附件2：采购需求及技术响应对照表；附件3：项目实施计划。
P:甲方（盖章）：江北省水利厅　　乙方（盖章）：澄川数智科技有限公司
P:签订日期：2025年　月　日
"""

H59Z02 = """
T:车辆段智能运维检测设备采购合同
P:合同编号：BJGD-WZ-2025-0412
P:甲方（买方）：滨江市轨道交通集团有限公司
P:乙方（卖方）：苏州瞰轨传感技术有限公司
P:甲方就滨江地铁3号线青湾车辆段智能运维检测设备采购项目进行公开招标，乙方为中标人。双方依据《中华人民共和国民法典》及招标、投标文件，经协商一致订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应安装于青湾车辆段入段线的车辆智能检测设备，包括轮对尺寸在线检测装置、车底360°图像检测装置、受电弓及车顶检测装置、走行部无线温度振动传感器、边缘计算服务器及数据采集与分析软件，并负责安装调试、与甲方车辆智能运维平台对接、培训及质保期内的维护。
P:（二）设备应满足招标文件技术规格书的要求，适应车辆段室外环境（工作温度零下二十五摄氏度至六十摄氏度，防护等级不低于IP65），并能在列车以不超过每小时二十五公里的速度入段时完成检测。
P:（三）甲方负责提供设备安装所需的场地、电源、网络接入点及夜间施工天窗计划，并协调车辆段检修、调度等部门配合乙方施工。
H:二、合同价格
P:（一）合同总价为人民币叁佰捌拾玖万元整（¥3,890,000.00），含增值税，包括设备、软件、运输、保险、安装、调试、接口对接、培训及质保期内全部服务费用。
P:（二）分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|轮对尺寸在线检测装置（激光传感器组）|2套|468,000|936,000
TB:2|车底360°图像检测装置（线阵相机）|2套|395,000|790,000
TB:3|受电弓及车顶检测装置|2套|226,000|452,000
TB:4|走行部无线温度振动传感器|1,280只|680|870,400
TB:5|边缘计算服务器|4台|58,000|232,000
TB:6|数据采集与分析软件许可（永久）|1套|265,000|265,000
TB:|设备及软件小计|||3,545,400
TB:7|安装、调试及土建配合|1项|318,600|318,600
TB:8|培训|1项|26,000|26,000
TB:|合计|||3,890,000
P:（三）合同履行期间，上述价格不因原材料价格、汇率或人工成本变化而调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方向乙方支付合同总价的百分之三十五作为预付款，即人民币壹佰叁拾陆万壹仟伍佰元整。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的百分之二十五。到货签收仅确认数量和外观，不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的百分之三十五。
P:（四）合同总价的百分之五作为质量保证金，质保期满后十五个工作日内无息返还。
P:（五）乙方应在每笔付款前开具等额增值税专用发票。
H:四、交货、安装及验收
P:（一）乙方应在合同生效后一百二十日内将全部设备运至青湾车辆段指定地点，并在到货后四十五日内完成安装调试。安装须在甲方安排的夜间施工天窗内进行，不得影响车辆段正常收发车作业。
P:（二）安装调试完成后进入为期三十日的试运行。最终验收标准为：1. 轮对尺寸（轮缘厚度、轮缘高度、轮径）测量误差不超过正负零点三毫米，与人工复测值比对合格；2. 车底图像清晰完整，对甲方预设的螺栓缺失、异物等样本缺陷全部检出；3. 无线传感器全部在线，并按每分钟一次上报温度振动数据；4. 检测结果在列车通过后三分钟内推送至甲方车辆智能运维平台；5. 试运行期间未发生一级故障。
P:（三）甲方在试运行结束后十日内组织最终验收，验收合格的，双方签署最终验收证书。到货签收、安装完成或甲方在试运行期间使用检测结果，均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新申请验收。
P:（四）乙方应在最终验收前完成对甲方检修人员和调度人员的培训，培训不少于二十人次，内容包括设备原理、日常检查、数据判读及应急处置，并提交操作手册、维护手册和竣工资料各一式三份。
H:五、质量保证及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备故障由乙方免费维修或更换，软件免费升级。
P:（二）故障响应：一级故障（检测装置整体停机或检测数据无法上传，影响列车入段检测）乙方应在三十分钟内响应，两小时内到达车辆段现场，八小时内修复或提供备用设备；二级故障（单个检测模块或部分传感器异常）两小时内响应，四十八小时内修复；三级故障（一般性问题）一个工作日内响应。
P:（三）乙方超过上述时限的，每超时一小时，向甲方支付违约金八百元；因设备故障导致列车需人工复检的，乙方另行承担人工复检费用。
P:（四）质保期满后，甲方有权选择由乙方继续提供维保服务。维保服务费按设备及软件小计的百分之十七每年计取（即人民币602,718元/年），首三年不作调整，按年签订维保合同，按季度支付。维保服务包括定期巡检、传感器标定、备品备件、软件升级及故障处理，响应要求同本条第（二）项。
H:六、数据安全
P:（一）检测设备采集的图像、测量数据、车辆信息及设备运行日志均属于甲方所有。乙方仅可为履行本合同（含维保）使用上述数据，不得用于其他目的，不得向第三方提供，也不得在合同外留存。
P:（二）设备及软件部署于甲方生产内网，与互联网物理隔离。乙方远程维护须经甲方逐次审批，并通过甲方堡垒机进行，全程录屏；现场维护使用的移动存储介质须经甲方安全检查。
P:（三）发生数据泄露、丢失或系统被入侵等安全事件的，乙方应立即处置，并在一小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:七、保密
P:（一）乙方对履行合同中获悉的甲方车辆技术资料、线路及车辆段布局、运营信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后五年。
H:八、知识产权
P:（一）数据采集与分析软件的著作权归乙方所有，甲方享有永久使用许可。
P:（二）乙方为本项目开发的与甲方车辆智能运维平台的接口程序、数据格式转换程序、配置文件及技术文档，知识产权归甲方所有。乙方应交付源代码，甲方可自行或委托第三方修改和使用。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的百分之一百五十为限，但因乙方故意、重大过失或违反第六条、第七条造成的损失不受此限。
H:十、分包
P:（一）乙方不得将本合同转包。安装中的土建配合及线缆敷设工作如需分包，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十一、合同解除
P:（一）乙方逾期超过四十五日，或最终验收两次不合格，或有其他严重违约行为经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）合同解除后，乙方应配合甲方完成已安装设备的拆除或移交，并不得删除、带走甲方数据。
H:十二、法律适用及争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、供货清单、安装进度计划。
P:甲方（盖章）：滨江市轨道交通集团有限公司
P:乙方（盖章）：苏州瞰轨传感技术有限公司
"""

H59E02 = """
T:PURCHASE CONTRACT No. AS-2025/0318
P:for the supply of online wastewater analysers, the AquaView Plant software and related services
P:concluded between the following Contracting Parties:
P:Seller: AquaSens s.r.o., with its registered seat at Priemyselná 12, 010 01 Žilina, Slovak Republic, Company ID (IČO): 46 218 337, VAT ID: SK2023318794, registered in the Commercial Register of the District Court Žilina, Section Sro, Insert No. 61234/L, represented by Ing. Martin Kováč, PhD., Managing Director (hereinafter the "Seller")
P:Buyer: Hebei Dongfang Leather Co., Ltd., with its registered seat at No. 8 Pige Road, Xinji City, Hebei Province, People's Republic of China, Unified Social Credit Code 91130181MA0D4K2X7J, represented by Mr. Zhao Jianguo, General Manager (hereinafter the "Buyer")
H:1. Subject of the Contract
P:1.1 The Seller undertakes to deliver to the Buyer the analysers, sampling units, data loggers and accessories specified in Clause 2 (the "Equipment"), to grant the licence to the AquaView Plant software (the "Software"), to install and put into operation the Equipment and the Software at the Buyer's wastewater treatment plant in Xinji (chrome recovery line, pretreatment and final discharge point) and to connect them to the Hebei provincial pollution-source online monitoring platform. The Buyer undertakes to take over the subject of the Contract and to pay the Contract Price.
P:1.2 The technical specification of the Equipment is given in Annex 1 (Technical Specification) and the Seller's offer No. OF-25-0211 of 14 February 2025. In case of contradiction, this Contract prevails over the offer.
H:2. Contract Price
P:2.1 The Contract Price is agreed as a fixed price in accordance with the following table:
TB:Item|Description|Qty|Unit price (CNY)|Total (CNY)
TB:1|AS-COD 300 online COD analyser|2|186,000|372,000
TB:2|AS-NH4 ammonium nitrogen analyser|2|142,000|284,000
TB:3|AS-CrT total chromium analyser|2|214,000|428,000
TB:4|Multiparameter probe set (pH, ORP, conductivity, dissolved oxygen)|6|23,500|141,000
TB:5|Automatic sampling and conditioning unit|2|96,000|192,000
TB:6|Data logger and gateway|2|38,500|77,000
TB:7|AquaView Plant software licence, perpetual, 1 server, 10 users|1|156,000|156,000
TB:|Equipment and Licence Subtotal|||1,650,000
TB:8|Delivery DDP Xinji (Incoterms 2020), including transport insurance|1|58,000|58,000
TB:9|Installation, commissioning and connection to the monitoring platform|1|124,000|124,000
TB:10|Training of the Buyer's operators (3 days on site)|1|18,000|18,000
TB:|Contract Price|||1,850,000
P:2.2 The Contract Price includes VAT, customs duties, packaging and all costs of the Seller's personnel. Reagents and consumables for operation after the commissioning are not included and will be ordered separately by the Buyer.
H:3. Payment Terms
P:3.1 The Buyer shall pay an advance payment of 20 % of the Contract Price, i.e. CNY 370,000, within fourteen (14) days after the signature of the Contract, against the Seller's invoice and an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55 % of the Contract Price, i.e. CNY 1,017,500, shall be paid within thirty (30) days after the delivery of the Equipment to the site, against the commercial invoice, the packing list and the delivery note signed by the Buyer.
P:3.3 The remaining 25 % of the Contract Price, i.e. CNY 462,500, shall be paid within thirty (30) days after the signature of the Installation Protocol according to Clause 5.
P:3.4 Invoices are payable by bank transfer to the Seller's account stated on the invoice.
H:4. Delivery Time and Contractual Penalty
P:4.1 The Seller shall deliver the Equipment to the site within sixteen (16) weeks after receipt of the advance payment. Partial deliveries are permitted.
P:4.2 If the Seller is in delay with the delivery of the Equipment, the Buyer is entitled to a contractual penalty of 0.08 % of the Contract Price for each day of delay, up to a maximum of 8 % of the Contract Price. The payment of the contractual penalty does not affect the Buyer's right to compensation of damage exceeding the penalty.
H:5. Installation, Commissioning and Takeover
P:5.1 The Seller's technicians shall install and start up the Equipment and the Software within fifteen (15) working days after the delivery, and shall set up the data transmission from the data loggers to the provincial monitoring platform in the format required by the platform operator.
P:5.2 The Buyer shall provide at its own cost the shelters, power supply, water supply and drainage, the network connection and the sampling points according to Annex 2 (Site Requirements) before the arrival of the Seller's technicians.
P:5.3 After the completion of the installation and the start-up, the Contracting Parties shall sign the Installation Protocol. With the signature of the Installation Protocol the Equipment and the Software are deemed accepted by the Buyer, and the risk of damage passes to the Buyer. The comparison tests with laboratory analyses required by the environmental authority after commissioning are the Buyer's responsibility; their results do not affect the takeover.
H:6. Warranty
P:6.1 The Seller provides a warranty of twenty-four (24) months for the Equipment and the Software, starting on the date of the Installation Protocol. The warranty does not cover consumables (reagents, membranes, pump tubes, electrodes) and defects caused by operation contrary to the operating manual.
P:6.2 During the warranty period the Seller shall remedy defects free of charge, within the following times, counted from the Buyer's notification to the Seller's service hotline, which is available 24 hours a day:
TB:Severity|Definition|Response (remote)|On site|Restoration
TB:1 - Critical|Analyser or data logger out of operation; no valid data sent to the monitoring platform|2 hours|48 hours|72 hours or replacement unit
TB:2 - Major|One parameter out of specification or repeated drift alarms|8 hours|5 working days|10 working days
TB:3 - Minor|Software questions, cosmetic defects|2 working days|not required|next software release
P:6.3 If the Seller exceeds the restoration time for a Severity 1 defect, it shall pay the Buyer a contractual penalty of CNY 1,000 for each started day of delay and shall lend the Buyer a replacement analyser until the defect is remedied.
P:6.4 On-site warranty work in China is performed by the Seller's authorised service partner named in Clause 11.2. The Seller remains responsible for its work.
H:7. Software Licence and Support
P:7.1 The Seller grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software on one server at the Buyer's plant for up to ten (10) named users.
P:7.2 During the warranty period, software updates and remote support are provided free of charge.
P:7.3 After the end of the warranty period, support and maintenance services (software updates, an annual calibration and service visit, remote support hotline) will be provided on the basis of a separate service agreement at the Seller's price list valid at the time of the order.
H:8. Data
P:8.1 All measurement values, calibration records, logs and reports generated by the Equipment and the Software are the property of the Buyer. The Seller may use them only to perform this Contract and shall not pass them to third parties or use them for any other purpose.
P:8.2 The Software is installed on the Buyer's server. The Seller's remote access is possible only through the Buyer's VPN, after the Buyer has enabled the access for the individual session; all sessions are logged by the Buyer. The Seller shall keep its remote-access credentials secret, use multi-factor authentication and shall not copy data outside the Buyer's systems.
P:8.3 The Seller shall notify the Buyer without undue delay, at the latest within twenty-four (24) hours, of any security incident affecting the Buyer's data or systems of which it becomes aware, shall cooperate in its remedy and shall compensate the Buyer for the damage caused by the breach of this Clause.
H:9. Intellectual Property
P:9.1 All rights to the Software and to the firmware of the Equipment remain with the Seller.
P:9.2 The configurations, parameter sets, report templates and interface scripts prepared by the Seller specifically for the Buyer, in particular for the connection to the provincial monitoring platform, become the property of the Buyer on their handover. The Buyer may use, change and pass them to third parties without restriction.
H:10. Confidentiality
P:10.1 The Contracting Parties shall keep confidential all information of a technical or commercial nature which they learn in connection with this Contract, in particular the Buyer's production volumes and process data, and shall not disclose it to third parties without the prior written consent of the other Contracting Party. This obligation survives the termination of the Contract for five (5) years.
H:11. Subcontractors
P:11.1 The Seller may use subcontractors only with the prior written consent of the Buyer.
P:11.2 The Buyer agrees with the Seller's authorised service partner Tianjin Huaqing Environmental Instruments Co., Ltd. by signing this Contract.
H:12. Liability
P:12.1 The total liability of the Seller for damage arising from or in connection with this Contract is limited to 150 % of the Contract Price. This limitation does not apply to damage caused intentionally or by gross negligence, and to injury to life or health.
P:12.2 Neither Contracting Party is liable for lost profit or indirect damage.
H:13. Withdrawal from the Contract
P:13.1 The Buyer may withdraw from the Contract by written notice if the Seller commits a material breach of the Contract and does not remedy it within fifteen (15) days after the Buyer's written notice, in particular if the delay in delivery exceeds sixty (60) days.
P:13.2 The Seller may withdraw from the Contract if the Buyer is in delay with a payment for more than sixty (60) days after a written reminder.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods (CISG) is excluded.
P:14.2 Any dispute arising from this Contract shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force. The arbitral award is final and binding.
H:15. Final Provisions
P:15.1 Changes and amendments to this Contract are valid only in written form signed by both Contracting Parties. This Contract is made in English in two (2) counterparts, each Contracting Party receives one (1) counterpart.
P:15.2 Annexes: Annex 1 Technical Specification; Annex 2 Site Requirements; Annex 3 Training Programme.
P:In Žilina, on ______ 2025    In Xinji, on ______ 2025
P:For the Seller: Ing. Martin Kováč, PhD., Managing Director    For the Buyer: Zhao Jianguo, General Manager
"""

H59E04 = """
T:CONTRACT ON THE LICENSING AND IMPLEMENTATION OF THE STELLARCUE SHOW-CONTROL SYSTEM
P:Contract No. ZT-2025-041
P:concluded on the date of the last signature below by and between:
P:ZVJEZDANA TEHNIKA d.o.o., Ulica grada Vukovara 271, 10000 Zagreb, Republic of Croatia, OIB: 48213376510, represented by the director Mr. Ivan Horvat (hereinafter: the Contractor)
P:and
P:WUXI XINGYUN PLANETARIUM CO., LTD., No. 18 Taihu Avenue, Binhu District, Wuxi, Jiangsu Province, People's Republic of China, represented by the general manager Ms. Qian Yuwen (hereinafter: the Client)
P:(hereinafter jointly: the Contracting Parties)
H:Article 1 Subject of the Contract
P:(1) The subject of this Contract is the licensing of the StellarCue show-control software (hereinafter: the Software) for the Client's 23-metre fulldome theatre, its adaptation to the Client's existing equipment, installation, commissioning, training of the Client's staff and warranty support, all as described in this Contract and in Annex 1 (Technical Specification).
P:(2) The adaptation comprises: integration with the Client's existing eight-channel fulldome projection system and media servers, integration of the 7.1 audio system and the DMX lighting of the dome, development of an interactive voting module for the 152 seat consoles, and a set of show-authoring templates for the Client's own productions (hereinafter together: the Custom Work).
P:(3) The Contractor undertakes to perform the works professionally, with the care of a good businessman, and in accordance with the rules of the profession.
H:Article 2 Contract Price
P:(1) The Contracting Parties agree the following fixed prices, in Chinese yuan (CNY), all taxes included:
P:- StellarCue Software licence, perpetual, for one dome and up to eight projector channels: CNY 1,180,000.00
P:- Custom Work: CNY 420,000.00
P:- Installation and on-site commissioning: CNY 236,000.00
P:- Training of operators and show producers: CNY 44,000.00
P:Total Contract Price: CNY 1,880,000.00 (in words: one million eight hundred and eighty thousand yuan).
P:(2) Travel and accommodation of the Contractor's staff are included in the Contract Price.
H:Article 3 Payment
P:(1) The Client shall pay the Contract Price as follows: a) 20 % (CNY 376,000.00) as advance payment within 15 days of receipt of the invoice and of a bank guarantee for the advance payment; b) 45 % (CNY 846,000.00) within 30 days after the signature of the Provisional Acceptance record; c) 35 % (CNY 658,000.00) within 30 days after the signature of the Final Acceptance record.
P:(2) The Contractor shall issue invoices in accordance with the applicable regulations and the Client shall pay them to the account stated on the invoice.
H:Article 4 Deadlines
P:(1) The Contractor shall install the Software and the Custom Work during the closure of the dome theatre agreed in the implementation plan (Annex 2), and shall be ready for Provisional Acceptance not later than 120 days after the signature of this Contract.
P:(2) Final Acceptance shall take place after ten consecutive days of public shows, as set out in Article 5.
H:Article 5 Acceptance
P:(1) Provisional Acceptance: the Contractor shall repeat on site the factory acceptance tests listed in Annex 3. The Provisional Acceptance tests are passed when: a) all eight projector channels play frame-synchronously, with a maximum deviation of one frame; b) audio and lighting cues are triggered from the show timeline with a maximum delay of 40 milliseconds; c) the three existing shows of the Client run completely from the cue list without manual intervention; d) the emergency stop and house-light functions work from the operator console; e) the voting module records and displays the votes of all 152 seat consoles.
P:(2) Final Acceptance: after Provisional Acceptance the Software is used in public shows for ten consecutive show days. Final Acceptance is passed when during that period no show had to be stopped or cancelled because of a failure of the Software or the Custom Work, the documentation listed in Annex 1 has been handed over and the training has been completed.
P:(3) For each acceptance the Contracting Parties sign a record. The use of the Software in public shows before Final Acceptance does not mean acceptance. If a test is not passed, the Contractor shall remedy the defects and repeat the test at its own cost.
H:Article 6 Contractual Penalty for Delay
P:(1) If, for reasons on the Contractor's side, Final Acceptance is not achieved within 150 days after the signature of this Contract, the Contractor shall pay a contractual penalty of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price.
P:(2) The Client may deduct the contractual penalty from any payment due to the Contractor.
H:Article 7 Warranty
P:(1) The Contractor guarantees that the Software and the Custom Work will function in accordance with Annex 1 for a period of 24 (twenty-four) months from the date of Final Acceptance (warranty period).
P:(2) During the warranty period the Contractor shall remedy all defects free of charge and shall deliver all updates and new versions of the Software.
H:Article 8 Support and Service Levels during the Warranty Period
P:(1) The Contractor operates a support hotline and a remote-access service. On days with public shows, the hotline is staffed from 30 minutes before the first show until the end of the last show, China Standard Time; on other days during the Client's office hours.
P:(2) Severity A (a show cannot start, or a running show stops or must be stopped): response within 30 minutes, restoration of show operation within 2 hours, permanent fix within 5 days. Severity B (a function is not available, but shows can run): response within 8 hours, fix within 10 days. Severity C (other defects and questions): response within 3 working days, fix in the next update.
P:(3) For each started hour by which the Contractor exceeds the response or restoration time for a Severity A defect, the Contractor shall pay the Client CNY 2,000.00.
H:Article 9 Maintenance after the Warranty Period
P:(1) After the expiry of the warranty period, the Client may order annual maintenance, which includes the services under Articles 7(2) and 8.
P:(2) The annual maintenance fee is 11 % (eleven per cent) of the Software licence price, i.e. CNY 129,800.00 per year. This fee is fixed for the first three years after the warranty period; afterwards it may be increased by at most 3 % per year. Maintenance is agreed for one year at a time by a written order of the Client; the Client is not obliged to order it.
H:Article 10 Intellectual Property
P:(1) All rights to the Software remain with the Contractor. The Client receives a perpetual, non-exclusive licence to use the Software for its dome theatre.
P:(2) The Custom Work, including the source code of the integration modules and of the voting module and the show-authoring templates, becomes the property of the Client upon payment. The Client may use, modify and license the Custom Work to third parties, including future suppliers, without any restriction. The Contractor shall hand over the source code and documentation at Final Acceptance.
H:Article 11 Data Protection and Security
P:(1) Show logs, voting results, ticket identifiers and any visitor data processed by the Software (hereinafter: Client Data) belong to the Client. The Contractor may access Client Data only to provide support under this Contract and shall not copy it, keep it or use it for any other purpose.
P:(2) Remote access is possible only through the Client's VPN, after the Client has approved each session; the Contractor shall use personal accounts with multi-factor authentication. The Contractor shall comply with the Personal Information Protection Law of the People's Republic of China when it processes personal information of the Client's visitors.
P:(3) The Contractor shall inform the Client of any security incident concerning Client Data or the Client's systems within 24 hours of becoming aware of it, shall take all measures to limit its consequences, and is liable for the damage caused by a breach of this Article.
H:Article 12 Confidentiality
P:(1) The Contracting Parties shall keep as a business secret all information obtained in the performance of this Contract, including the Client's show content under production, and shall not disclose it to third parties without the written consent of the other party. The obligation lasts for five years after the end of the Contract.
H:Article 13 Subcontractors
P:(1) The Contractor may engage subcontractors only with the prior written consent of the Client. The Client hereby approves the Contractor's Chinese installation partner named in Annex 4. The Contractor is responsible for the work of its subcontractors as for its own.
H:Article 14 Liability
P:(1) The total liability of the Contractor under this Contract is limited to an amount equal to twice the Contract Price. The limitation does not apply to damage caused intentionally or by gross negligence, in accordance with the Civil Obligations Act.
H:Article 15 Termination
P:(1) The Client may terminate this Contract by written notice if the Contractor materially breaches the Contract and does not remedy the breach within 20 days of receiving a written warning, or if the contractual penalty under Article 6 reaches its maximum.
P:(2) In the event of termination, the Contractor shall return the payments received for work not accepted.
H:Article 16 Governing Law and Disputes
P:(1) This Contract shall be governed by the laws of the Republic of Croatia.
P:(2) The Contracting Parties shall try to resolve any dispute amicably. If they do not succeed within 30 days, the dispute shall be finally resolved by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, in the English language.
H:Article 17 Final Provisions
P:(1) This Contract enters into force on the date of signature by both Contracting Parties. Amendments are valid only in written form.
P:(2) This Contract is made in 4 (four) identical copies in English, of which each Contracting Party retains 2 (two) copies.
P:Annexes: 1 Technical Specification; 2 Implementation Plan; 3 Acceptance Tests; 4 Subcontractors.
P:For the Contractor: Ivan Horvat, director    For the Client: Qian Yuwen, general manager
"""

SOURCES = {"h59z01": H59Z01, "h59z02": H59Z02, "h59e02": H59E02, "h59e04": H59E04}
TARGETS = {"h59z01": ("h59z01_water_resources_dept_abstraction_monitoring_platform.docx", "docx"),
           "h59z02": ("h59z02_metro_depot_intelligent_maintenance_sensors.pdf", "pdf"),
           "h59e02": ("h59e02_tannery_wastewater_analysers_sk_vendor.docx", "docx"),
           "h59e04": ("h59e04_planetarium_show_control_licence_hr_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
