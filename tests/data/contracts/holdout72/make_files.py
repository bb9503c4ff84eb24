"""Builds the .docx and .pdf contracts of holdout72 from the markup sources kept below (T: title, H: heading,
P: paragraph, TB: table row with cells split by |; see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The PDFs are broken into lines at word boundaries
(wrap_words=True), as in holdout15 onwards. The .md and .txt contracts of this folder are plain files, not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H72Z01 = """\
T:湘南省山洪灾害监测预警平台建设项目系统集成合同
P:合同编号：XNSL-SHZH-2026-017
P:甲方（采购人）：湘南省水利厅
P:乙方（供应商）：长沙禹安智慧水利科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件（项目编号：XNCG-2026-0392）、乙方投标文件和中标通知书，甲乙双方就湘南省山洪灾害监测预警平台建设项目系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责在全省14个山洪灾害重点防治县（市、区）建设自动雨量站、简易水位站、视频图像监测站和无线预警广播站，在甲方省级数据中心部署山洪灾害监测预警平台，完成平台与省水文监测系统、气象短临预报接口、省防汛指挥平台及短信平台的对接，并提供培训、质保和售后服务。
P:1.2 站点分布、设备技术参数及平台功能以招标文件第五章和乙方投标文件的技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹仟零柒拾万元整（¥10,700,000.00），为固定总价，包含设备、软件、定制开发、运输、安装、站点土建、调试、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|合价（元）
TB:1|自动雨量站（翻斗式，含太阳能供电及双信道通信）|120套|18,600|2,232,000
TB:2|简易水位站（雷达式）|60套|26,500|1,590,000
TB:3|视频图像监测站|30套|34,800|1,044,000
TB:4|无线预警广播站|200套|9,850|1,970,000
TB:5|山洪灾害监测预警平台软件（省级永久许可）|1套|680,000|680,000
TB:6|服务器、存储及网络安全设备|1批|746,000|746,000
TB:|软硬件小计|||8,262,000
TB:7|定制开发（预警指标模型、省市县三级会商、预警发布联动接口）|1项|1,148,000|1,148,000
TB:8|安装调试及站点土建（立杆、基础、防雷接地）|1项|1,236,000|1,236,000
TB:9|培训|1项|54,000|54,000
TB:|合计|||10,700,000
P:2.2 平台软件的永久使用许可费用已包含在上表第5项中，甲方无需另行支付任何许可费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即人民币贰佰壹拾肆万元。
P:3.2 全部站点设备到货、安装完毕并经甲方组织现场核查后十五个工作日内，甲方支付合同总价的百分之四十。到货、安装及现场核查均不视为验收。
P:3.3 项目终验合格后十五个工作日内，甲方支付合同总价的百分之三十五。
P:3.4 剩余合同总价的百分之五作为质量保证金，质保期满且无未处理的质量问题后十五个工作日内无息支付。
P:3.5 乙方每次请款前应向甲方开具等额的增值税专用发票。
H:第四条 工期
P:4.1 乙方应于2026年5月15日前完成全部站点建设、平台部署及联调，具备试运行条件，确保主汛期前投入使用。
P:4.2 站点用地协调由甲方会同各县水利局负责，乙方应在合同签订后二十日内提交站点勘察报告及建设计划。
H:第五条 验收
P:5.1 平台部署及联调完成后进入六十日试运行，试运行期应覆盖至少一次区域性降雨过程。
P:5.2 终验标准：（1）全部站点设备型号、数量与合同一致；（2）雨量、水位数据在采集后一分钟内到达平台，降雨量不大于10毫米时雨量测量误差不超过±0.4毫米；（3）预警指标模型按甲方提供的历史场次回算，经省山洪灾害防治专家组评审通过；（4）预警信息自平台发布至无线预警广播站播放不超过三十秒；（5）平台通过第三方网络安全等级保护三级测评及压力测试；（6）试运行期间无一级故障超时未处理的情形。
P:5.3 甲方应在收到乙方终验申请后二十日内组织终验，并出具书面终验报告。设备到货签收、安装、平台上线或甲方投入使用，均不视为验收合格。
P:5.4 终验不合格的，乙方应在十五日内整改并重新申请终验，因此造成的延误计入工期。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级和巡检服务，每年汛前对全部站点巡检一次并提交巡检报告。
P:6.2 平台年可用率不低于99.95%。计划内维护不计入不可用时间，计划内维护应避开汛期，并提前三日报甲方同意。
P:6.3 故障分级及处理时限如下：
TB:故障级别|情形|响应时限|到场时限|恢复时限
TB:一级|平台中断、预警发布功能失效或一个县以上站点数据中断|30分钟|中心2小时，站点6小时|汛期8小时，非汛期16小时
TB:二级|单站或少量站点数据中断、视频图像中断|1小时|次日|48小时
TB:三级|非关键功能异常、报表错误|2小时|不适用|5个工作日
P:6.4 乙方响应、到场或恢复每超时一小时，甲方扣减质量保证金人民币二千元；平台年可用率每低于约定值0.01个百分点，扣减人民币五千元。质量保证金不足扣减的，甲方可从应付款项中扣除。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的百分之六（即每年不超过人民币495,720元），前两年不上调，届时另行签订运维合同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的预警指标模型、会商功能、接口程序及其源代码和技术文档，知识产权归甲方所有。乙方应在终验前交付完整源代码及编译说明，甲方有权自行或委托第三方修改和使用。
P:7.2 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖全省各级水行政主管部门。
P:7.3 乙方保证交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 监测数据、预警信息、站点信息及平台运行日志均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 平台部署于甲方省级政务云。乙方远程运维须经甲方审批并通过堡垒机进行，全程记录；乙方应落实网络安全等级保护三级要求，对数据传输链路进行加密。
P:8.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在一小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的水利工程信息、防汛预案、站点坐标及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书。
H:第十条 分包
P:10.1 乙方可将站点土建、立杆及防雷接地工程分包给具有相应资质的单位，分包前书面告知甲方分包单位名称及资质即可。乙方对分包单位的工作向甲方承担全部责任。
P:10.2 平台软件部署及定制开发工作不得分包。
H:第十一条 违约责任
P:11.1 乙方逾期完成建设或逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的百分之五。
P:11.2 乙方交付的设备或软件不符合合同约定的，应在甲方规定期限内更换或整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失、数据泄露及侵犯知识产权造成的损失除外。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过六十日；（2）终验两次不合格；（3）发生重大数据安全事件；（4）其他根本违约行为，经甲方书面催告后十五日内仍未纠正。
P:12.2 合同解除的，乙方应退还已收取的相应款项，并赔偿甲方因此遭受的损失。
H:第十三条 不可抗力
P:13.1 因地震、特大洪水等不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十日内提供证明，履行期限相应顺延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湘南省水利厅　　　　乙方（盖章）：长沙禹安智慧水利科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:签订日期：2026年1月　日
"""

H72Z02 = """\
T:在线X荧光成分分析系统采购及维保合同
P:合同编号：JF-SN-2026-0088
P:甲方（买方）：皖北金峰水泥有限公司
P:乙方（卖方）：南京谱源分析仪器有限公司
P:签订地点：安徽省淮北市
P:为提高生料配料质量控制水平，甲方向乙方采购在线X荧光成分分析系统及相关服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应在线X荧光多元素成分分析系统两套，分别安装于甲方二号、三号熟料生产线生料磨出口，配置自动取样、制样（压片）及气力输送系统，实现生料成分每三分钟在线检测一次，并与甲方DCS配料系统联动自动调整配料。
P:（二）设备清单及价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|在线X荧光多元素分析仪主机（含X光管、探测器、真空系统）|2台|1,380,000|2,760,000
TB:2|自动取样、制样及气力输送系统|2套|426,000|852,000
TB:3|配料优化控制软件（永久许可，含DCS通讯接口）|1套|318,000|318,000
TB:设备及软件小计||||3,930,000
TB:4|标准样品及标定服务|1批|96,000|96,000
TB:5|安装调试|1项|168,000|168,000
TB:6|技术培训|1项|36,000|36,000
TB:合同总价||||4,230,000
P:（三）合同总价为人民币肆佰贰拾叁万元整（¥4,230,000.00），含13%增值税、包装、运输、保险、安装调试、培训及质保期内服务费用。
P:（四）主要技术要求：可同时分析CaO、SiO2、Al2O3、Fe2O3、MgO、SO3、K2O、Na2O八种成分；单次分析周期不超过三分钟；适应环境温度零下十度至四十五度；分析仪主机防护等级不低于IP54；具体参数以附件一《技术规格书》为准。
H:二、付款方式
P:（一）合同生效后七个工作日内，甲方支付合同总价的百分之四十作为预付款，计人民币壹佰陆拾玖万贰仟元。
P:（二）设备全部运抵甲方现场并经双方开箱清点签收后十五日内，甲方支付合同总价的百分之三十五。签收仅为数量及外观确认，不代表验收合格。
P:（三）设备验收合格后十五日内，甲方支付合同总价的百分之二十。
P:（四）余款即合同总价的百分之五作为质量保证金，质保期满后十五日内无息支付。
P:（五）乙方在甲方每次付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应在合同生效后一百二十日内将全部设备运抵甲方厂区指定地点。
P:（二）乙方负责设备安装调试，甲方负责基础土建、电源、压缩空气及DCS侧接口配合。
P:（三）分析仪含X射线装置，乙方应提供射线装置相关技术资料，协助甲方办理环境影响登记及辐射安全许可，并对甲方操作人员进行辐射防护培训。
P:（四）乙方随设备提交中文操作手册、维护手册、电气图纸、备件清单、出厂检验报告及原产地证明等技术资料各两套，并提供电子版。
H:四、验收
P:（一）安装调试完成后，系统连续试运行三十日。
P:（二）验收标准：1.设备型号、配置与合同一致；2.与甲方化验室X荧光分析仪的比对结果中，CaO、SiO2、Al2O3、Fe2O3测量偏差分别不超过0.25、0.20、0.15、0.10个百分点；3.与DCS通讯正常，配料自动调整功能投入运行；4.试运行期间设备故障停机累计不超过八小时；5.射线泄漏剂量经第三方检测符合国家标准。
P:（三）验收合格的，双方签署验收报告。设备签收、安装、试运行或甲方投入使用，均不视为验收合格。
P:（四）验收不合格的，乙方应在三十日内整改或更换，并承担由此产生的费用。
H:五、质量保证
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换，包括X光管、探测器在内的全部部件。
P:（二）质保期内故障响应要求：一级故障（分析仪停机或数据中断导致配料失控），乙方接到通知后1小时内远程响应，十六小时内到达现场，四十八小时内修复；二级故障（单项元素数据异常、取样制样装置故障），2小时内响应，两日内到场处理；三级故障（报表、界面等问题），一个工作日内响应。
P:（三）乙方未按时响应、到场或修复的，每超时一小时向甲方支付人民币一千元，甲方可从质量保证金中扣除。
P:（四）乙方应在合肥设立备件库，保证常用备件两日内送达甲方现场。
P:（五）质保期内乙方每季度对设备进行一次现场巡检和校准，出具巡检报告；因更换X光管、探测器等关键部件需重新标定的，由乙方免费完成。
H:六、维保服务
P:（一）质保期满后，乙方继续提供三年维保服务，内容包括每季度一次现场巡检、定期校准、备件更换、软件升级及与质保期相同时限的故障处理。
P:（二）年度维保费为设备及软件小计的百分之十八，即每年人民币柒拾万柒仟肆佰元（¥707,400），三年内不作调整。维保费不计入本合同总价，每年分两次支付，每半年服务期满经甲方确认后支付。
P:（三）维保期间的故障响应时限及超时违约金按本合同第五部分第（二）、（三）项执行。
H:七、数据安全与数据归属
P:（一）分析数据、配料参数及生产工艺数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，亦不得向第三方提供。
P:（二）乙方远程诊断须事先取得甲方书面同意，经甲方提供的VPN接入并全程录屏；不得在甲方DCS网络中安装未经甲方确认的软件；分析仪与DCS之间应设置工业防火墙。
P:（三）发生数据泄露或因乙方原因导致控制系统网络安全事件的，乙方应在两小时内通知甲方，配合处置，并承担由此造成的全部损失。
H:八、保密
P:（一）双方对在履行本合同过程中获知的对方技术资料、生产配方及经营信息负有保密义务，未经对方书面同意不得向第三方披露。
P:（二）保密期限至本合同终止后五年。
H:九、知识产权
P:（一）乙方为甲方专门编制的配料控制模型参数、DCS通讯程序及组态文件归甲方所有，甲方可自行修改和使用。
P:（二）分析仪嵌入式软件及配料优化控制软件产品的知识产权归乙方所有，乙方授予甲方永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:（二）设备经整改或更换后仍验收不合格的，甲方有权退货并解除合同，乙方应退还全部已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（四）乙方提供的设备存在质量缺陷或技术资料不全，导致甲方无法办理辐射安全许可的，乙方应负责补正，并承担甲方由此产生的额外费用。
H:十一、分包
P:未经甲方书面同意，乙方不得将本合同项下的安装、调试及维保工作分包或转包给第三方。
H:十二、合同解除
P:乙方逾期交货超过四十五日、验收两次不合格或发生重大安全事故的，甲方有权书面通知解除合同。乙方有其他严重违约行为，经甲方书面通知后十五日内仍未纠正的，甲方亦有权解除合同。
H:十三、安全生产
P:乙方人员在甲方厂区作业应遵守甲方安全生产管理制度，办理动火、登高、受限空间等作业许可，自行承担其人员的人身安全责任。乙方违反安全管理规定的，甲方有权责令停工整改。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交淮北仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章且甲方收到乙方履约保函之日起生效。
P:甲方（盖章）：皖北金峰水泥有限公司　　　乙方（盖章）：南京谱源分析仪器有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2026年3月　日
"""

H72E01 = """\
T:AGREEMENT No. AT-CN-2026/04 (Software Licences and Technical Support)
P:Bishkek, Kyrgyz Republic. Date: "___" ____________ 2026
P:AlaTrace Limited Liability Company, registered in the Kyrgyz Republic (registration number 214587-3301-OOO, TIN 02504201910123), located at 112 Chui Avenue, office 405, Bishkek 720040, hereinafter referred to as the "Vendor", represented by General Director Mr. Azamat Tokonovich Sadyrbaev acting on the basis of the Charter, on the one hand, and
P:Ili Valley Bee Products Farmers' Professional Cooperative, registered in the People's Republic of China (unified social credit code 93654002MA78K2QX5R), located at No. 17 Jiefang Road, Yining City, Ili Kazakh Autonomous Prefecture, Xinjiang, hereinafter referred to as the "Customer", represented by Chairman Mr. Nurlan Serik acting on the basis of the Articles of Association, on the other hand,
P:hereinafter jointly referred to as the "Parties", have concluded this Agreement as follows.
H:Article 1. Subject of the Agreement
P:1.1. The Vendor transfers to the Customer the right to use the AlaTrace apiary traceability software (the "Software"), performs the customisation, installation and training described in this Agreement, and provides technical support during the Warranty Period.
P:1.2. The Software allows the Customer and its member beekeepers to register apiaries and hives, record migrations to summer pastures, treatments and harvests, track honey batches from the hive through extraction, the Customer's warehouse and laboratory to the packed jar, and print QR labels that show consumers the origin of each jar.
P:1.3. The Software is installed on the Customer's server in Yining. The mobile application AlaTrace Field is installed on the beekeepers' Android phones.
H:Article 2. Cost of the Agreement and Payment Procedure
P:2.1. The total cost of the Agreement is CNY 528,000 (five hundred twenty-eight thousand Chinese yuan), including:
P:- perpetual licence AlaTrace Core for up to 400 beekeeper accounts and 6 warehouse and laboratory users: CNY 236,000;
P:- perpetual licence AlaTrace Field mobile application for up to 400 devices: CNY 74,000;
P:- customisation works: Chinese user interface, integration with the QR label printers of the Customer's packing line, import of laboratory results from the Customer's laboratory files, and export batch dossier for foreign buyers (the "Customisation Works"): CNY 148,000;
P:- installation, configuration and migration of the Customer's hive register for 2023-2025: CNY 52,000;
P:- training of the Customer's staff and lead beekeepers in Yining, three days: CNY 18,000.
P:2.2. The cost of the Agreement is fixed and includes all taxes payable by the Vendor in the Kyrgyz Republic, travel and accommodation of the Vendor's specialists.
P:2.3. The Customer pays the cost of the Agreement in CNY by bank transfer to the Vendor's account in three instalments:
P:- advance payment of 20% (CNY 105,600) within 10 banking days after signing of this Agreement and receipt of the Vendor's invoice;
P:- 45% (CNY 237,600) within 10 banking days after signing of the Act of Installation. The Act of Installation confirms only that the Software is installed on the Customer's equipment and does not mean acceptance;
P:- 35% (CNY 184,800) within 10 banking days after signing of the Act of Final Acceptance under Article 4.
P:2.4. Bank charges of the Customer's bank are paid by the Customer, bank charges of the Vendor's bank and correspondent banks are paid by the Vendor.
H:Article 3. Delivery and Installation
P:3.1. The Vendor shall install the Software, perform the Customisation Works and migrate the hive register within 75 (seventy-five) calendar days from the date of receipt of the advance payment.
P:3.2. The Customer shall provide a server meeting the Vendor's specification, remote access through the Customer's VPN and the presence of its responsible specialist.
P:3.3. After installation the Parties sign the Act of Installation within 3 (three) working days.
H:Article 4. Acceptance
P:4.1. Final acceptance testing is carried out by the Customer with the participation of the Vendor according to the test programme agreed by the Parties, which shall verify at least that: a) 40 test apiaries with their hives are registered from the mobile application, including offline registration and later synchronisation; b) 50 test honey batches are traced from hive to packed jar and back without error; c) QR labels printed on the packing line show the correct origin information when scanned; d) 200 laboratory result records are imported without error; e) the Software works for 10 (ten) working days without a Severity 1 defect.
P:4.2. If the tests are successful, the Parties sign the Act of Final Acceptance within 5 (five) working days. If not, the Customer gives the Vendor a written list of defects, and the Vendor eliminates them at its own cost and repeats the tests.
P:4.3. Use of the Software by the Customer in its operations before signing of the Act of Final Acceptance does not mean acceptance.
H:Article 5. Warranty and Technical Support
P:5.1. The Vendor guarantees that the Software and the Customisation Works operate in accordance with the documentation and the test programme for 6 (six) months from the date of signing of the Act of Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor eliminates defects free of charge.
P:5.2. During the Warranty Period the Vendor provides technical support by telephone, e-mail and remote access from 09:00 to 19:00 (Bishkek time, which is the same as Urumqi time) Monday to Saturday. Response times: Severity 1 (Software unavailable or label printing on the packing line stopped) - within 2 (two) hours, with a solution or workaround within 1 (one) working day; Severity 2 (a function does not work but work can continue) - within 8 (eight) working hours; Severity 3 (other questions) - within 3 (three) working days.
P:5.3. For each full hour of delay in response to a Severity 1 request the Vendor pays the Customer a penalty of CNY 500, which the Customer may deduct from the final payment.
H:Article 6. Technical Support after the Warranty Period
P:6.1. After the end of the Warranty Period the Customer may order annual technical support, including updates of the Software, remote support and defect correction.
P:6.2. The annual technical support fee is determined according to the Vendor's price list valid on the date of the order. The Vendor has the right to revise its price list once per calendar year.
H:Article 7. Intellectual Property
P:7.1. All exclusive rights to the Software, including all modifications, adaptations, customisations and documentation created under this Agreement, including the results of the Customisation Works, belong to the Vendor.
P:7.2. The Customer receives a non-exclusive, non-transferable, perpetual right to use the Software and the results of the Customisation Works for its own activity within the limits stated in Article 2.1. The Customer has no right to modify, decompile, copy (except for backup) or transfer the Software or the results of the Customisation Works to third parties. Source code is not provided to the Customer.
H:Article 8. Customer Data and Information Security
P:8.1. All data entered into the Software by the Customer and its member beekeepers, including apiary registers, personal data of beekeepers, hive locations, harvest volumes and laboratory results ("Customer Data"), is the property of the Customer. The Vendor uses Customer Data only for performance of this Agreement and shall not use it for any other purpose, including statistics or analysis for itself or third parties.
P:8.2. Customer Data is stored only on the Customer's server in Yining. The Vendor's specialists access the Customer's server only through the VPN account provided by the Customer, for each session with the prior permission of the Customer's responsible specialist, using personal accounts. The Vendor shall not copy Customer Data to its own equipment or outside the territory of the People's Republic of China. Test data for the Vendor shall be prepared by the Customer in anonymised form.
P:8.3. In case of leakage of Customer Data or unauthorised access to it, the Vendor shall inform the Customer within 12 (twelve) hours after it becomes known, take measures to stop it, and compensate the Customer for losses caused by the fault of the Vendor.
H:Article 9. Confidentiality
P:9.1. Each Party shall keep confidential the commercial, technical and financial information of the other Party received under this Agreement and shall not disclose it to third parties without prior written consent of the other Party, except when required by law.
P:9.2. This obligation is valid during the term of the Agreement and 3 (three) years after its termination.
H:Article 10. Liability of the Parties
P:10.1. For delay in installation or in readiness for final acceptance testing for reasons attributable to the Vendor, the Vendor pays the Customer a penalty of 0.1% of the total cost of the Agreement for each day of delay, but not more than 10% of the total cost of the Agreement.
P:10.2. For delay in payment the Customer pays the Vendor a penalty of 0.1% of the overdue amount for each day of delay, but not more than 10% of the overdue amount.
P:10.3. The total liability of the Vendor under this Agreement is limited to 150% (one hundred fifty percent) of the total cost of the Agreement. This limitation does not apply to breach of Article 8 and Article 9.
P:10.4. Payment of penalties does not release the Parties from performance of their obligations.
H:Article 11. Involvement of Third Parties
P:11.1. The Vendor has no right to involve third parties (subcontractors) in the performance of this Agreement without prior written consent of the Customer.
H:Article 12. Term and Termination of the Agreement
P:12.1. The Agreement enters into force from the date of signing by both Parties and is valid until the Parties fully perform their obligations.
P:12.2. The Customer may terminate the Agreement unilaterally by written notice if the Vendor materially breaches the Agreement and does not eliminate the breach within 20 (twenty) days after receiving the Customer's notice, or if the delay under Article 10.1 exceeds 45 (forty-five) days. In this case the Vendor returns the amounts received for the works not accepted.
H:Article 13. Force Majeure
P:13.1. The Parties are released from liability for non-performance caused by circumstances of insurmountable force (earthquake, flood, mudflow, closure of the border, acts of state bodies) if they notify the other Party within 5 (five) working days and confirm these circumstances by a certificate of the chamber of commerce.
H:Article 14. Governing Law and Dispute Resolution
P:14.1. This Agreement is governed by the law of the People's Republic of China.
P:14.2. Disputes are resolved by negotiations. If the Parties do not reach agreement within 30 (thirty) days, the dispute shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Article 15. Final Provisions
P:15.1. The Agreement is made in English and Russian in two copies of equal legal force, one for each Party. In case of discrepancy the English text prevails. A Chinese translation is attached for reference.
P:15.2. All amendments are valid only if made in writing and signed by both Parties.
H:Article 16. Legal Addresses and Bank Details of the Parties
P:Vendor: AlaTrace LLC, 112 Chui Avenue, office 405, Bishkek 720040, Kyrgyz Republic. Bank: Optima Bank OJSC, Bishkek. SWIFT: ENEJKG22. Account (CNY): 1091820145330128. General Director ______________ A. T. Sadyrbaev
P:Customer: Ili Valley Bee Products Farmers' Professional Cooperative, No. 17 Jiefang Road, Yining City, Xinjiang, PRC. Bank: Agricultural Bank of China, Yining Branch. Chairman ______________ N. Serik
"""

H72E03 = """\
T:PURCHASE CONTRACT - GRAIN TEMPERATURE MONITORING SYSTEM FOR SOYBEAN SILOS
P:Contract No.: EP-PUR-2026-0419
P:Buyer: Rizhao Eastport Grain & Oil Industries Co., Ltd., No. 9 Haibin Fifth Road, Lanshan District, Rizhao, Shandong, People's Republic of China (the "Buyer")
P:Seller: Termosilo Integraciones S.A., Avenida Mariscal Lopez 3794, Asuncion, Republic of Paraguay, acting through its service point at Room 1203, No. 61 Shandong Road, Shibei District, Qingdao (the "Seller")
P:Whereas the Buyer operates 48 steel silos for imported soybeans at its crushing plant in Rizhao and wishes to replace their temperature monitoring, and whereas the Seller has designed and installed cable-based grain temperature monitoring systems for crushers and grain terminals in Paraguay, Brazil and Argentina, the Buyer and the Seller agree as follows.
H:1. Definitions
P:1.1 "System" means the grain temperature monitoring system described in clause 2 and Annex 1, including hardware, software and documentation.
P:1.2 "Site" means the Buyer's crushing plant and silo yard in Lanshan District, Rizhao.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer when all equipment has been installed and powered on. It is not an acceptance of the System.
P:1.4 "Final Acceptance Certificate" means the certificate signed by the Buyer under clause 6.
P:1.5 "Buyer Data" means all data generated by the System or provided by the Buyer, including temperature readings, silo inventories, alarm records, plant layouts and data exchanged with the Buyer's ERP system.
H:2. Scope of Supply
P:2.1 The Seller shall design, supply, deliver, install and commission the System for 48 silos, consisting of 384 digital temperature cables (26 m, 9 sensors each, 3,456 sensors in total), one readout and junction unit per silo, two weather stations, the monitoring server and network, and the SiloSense monitoring software, and shall connect the System to the Buyer's ERP system for silo stock and aeration records.
P:2.2 The Seller shall train the Buyer's silo operators and maintenance engineers and provide operating and maintenance manuals in Chinese and English.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,040,000 (Renminbi two million and forty thousand yuan), fixed, DDP Site (Incoterms 2020), including all customs duties, import VAT, transport, insurance, installation and training. The breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 26 m, 9 sensors each|384|2,850|1,094,400
TB:2|Readout and junction units|48|6,400|307,200
TB:3|Weather stations|2|18,500|37,000
TB:4|Monitoring server, industrial switches and fibre ring|1 lot|142,600|142,600
TB:5|SiloSense monitoring software, perpetual licence for 48 silos|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,767,200
TB:6|Installation (cable hanging, roof penetrations, cable trays)|1 lot|228,000|228,000
TB:7|Commissioning and training|1 lot|44,800|44,800
TB:|Contract Price|||2,040,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 204,000) as an advance within 15 days after receiving the Seller's invoice and an irrevocable advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,122,000) within 15 days after signing the Installation Certificate.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 714,000) within 15 days after signing the Final Acceptance Certificate.
P:4.4 All payments shall be made in CNY by bank transfer against the Seller's VAT invoice issued through its Qingdao service point.
H:5. Delivery and Installation
P:5.1 The Seller shall deliver all equipment to the Site within 100 days after the effective date of this Contract and complete installation within 40 days after delivery.
P:5.2 Installation shall be done silo by silo in the sequence agreed with the Buyer's silo manager, only in empty silos, and in compliance with the Buyer's work-at-height, confined-space and dust-explosion safety rules.
P:5.3 If the Seller is late in delivery or in completion of installation, the Seller shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:6. Acceptance
P:6.1 After installation the System shall run for a trial period of 30 days, during which the acceptance tests shall be carried out.
P:6.2 The acceptance criteria are: (a) all 3,456 sensors report readings to the monitoring server; (b) at not less than 40 sensors selected by the Buyer, readings differ by no more than 0.5 degrees Celsius from a calibrated reference thermometer; (c) a simulated hot spot triggers an alarm in the control room and a text message to the duty engineer within 60 seconds; (d) weather station data and automatic aeration recommendations are displayed correctly; (e) silo stock and aeration records are exchanged correctly with the ERP system; and (f) no Severity 1 fault occurs during the trial period.
P:6.3 If all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. If not, the Seller shall remedy the defects at its own cost and the tests shall be repeated.
P:6.4 Delivery, installation, the Installation Certificate, use of the System or any payment shall not be deemed acceptance.
H:7. Warranty
P:7.1 The Seller warrants that the System is new, free from defects in design, materials and workmanship, and complies with this Contract, for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Seller shall repair or replace any defective part free of charge, including parts, labour, travel and the removal and re-hanging of cables.
P:7.3 Faults shall be handled according to the following severity levels:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Monitoring server down, readings lost for one or more silos holding grain, or alarm function failed|1 hour (remote)|36 hours|72 hours
TB:Severity 2|Failure of a single cable, sensor string or readout unit|8 hours|5 days|10 days
TB:Severity 3|Display, report or user interface issues|2 business days|not required|next software release
P:7.4 For each hour of delay in response to a Severity 1 fault the Seller shall pay CNY 800, and for each day of delay in restoration of a Severity 1 fault CNY 2,000. The Buyer may deduct these amounts from any payment due to the Seller.
H:8. Maintenance after the Warranty Period
P:8.1 For the three years following the Warranty Period the Seller shall, at the Buyer's option, provide annual maintenance including two site inspections per year, sensor verification, replacement of defective parts, software updates and fault handling as in clause 7.3.
P:8.2 The annual maintenance fee is CNY 123,704, being 7% of the Hardware and Licence Subtotal, and shall not be increased during these three years. Maintenance shall be ordered year by year by purchase order of the Buyer and does not renew automatically.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Seller shall use Buyer Data only to perform this Contract and shall not disclose it or use it for any other purpose.
P:9.2 The System shall be installed on the Buyer's own network. The Seller may access the System remotely only through the Buyer's VPN, with approval by the Buyer for each session, and all sessions shall be logged. The Seller shall not transfer any Buyer Data outside the People's Republic of China without the Buyer's prior written consent.
P:9.3 If Buyer Data is lost, disclosed or accessed without authorisation because of the Seller, the Seller shall notify the Buyer within 12 hours, take immediate remedial measures and indemnify the Buyer against all resulting losses.
H:10. Confidentiality
P:The Seller shall keep confidential all information received from the Buyer, including silo capacities, stock levels, plant layouts and commercial terms, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The project-specific configuration, silo maps, alarm thresholds, ERP interface programs and their source code, and all project documentation belong to the Buyer, which may use and modify them freely.
P:11.2 The Seller grants the Buyer a perpetual, non-exclusive licence to use the SiloSense software, transferable to the Buyer's affiliates. The Seller warrants that the System does not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:12. Subcontracting
P:The Seller shall not subcontract any part of the work without the Buyer's prior written consent. The Seller remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Seller commits a material breach and fails to remedy it within 20 days after the Buyer's notice, or if the liquidated damages under clause 5.3 reach their maximum.
P:13.2 On termination under clause 13.1 the Seller shall refund all amounts paid for equipment and work not accepted and compensate the Buyer for its direct losses.
H:14. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within 7 days and provide evidence. Performance periods shall be extended accordingly. If force majeure continues for more than 90 days, either party may terminate this Contract.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese. Both texts are equally authentic.
P:16.2 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Seller: ____________________
"""

SOURCES = {"h72z01": H72Z01, "h72z02": H72Z02, "h72e01": H72E01, "h72e03": H72E03}
TARGETS = {"h72z01": ("h72z01_water_resources_flash_flood_warning_platform.docx", "docx"),
           "h72z02": ("h72z02_cement_plant_online_xrf_analyser_supply.pdf", "pdf"),
           "h72e01": ("h72e01_honey_cooperative_traceability_licence_kyrgyz_vendor.pdf", "pdf"),
           "h72e03": ("h72e03_soybean_crusher_silo_temperature_cables.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
