"""Builds the holdout56 Word and PDF contracts from the markup below (see ../word_pdf.py for the markup: T title,
H heading, P paragraph, TB table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.
The .txt / .md contracts of this folder are written by hand and are not built here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H56Z01 = """
T:江淮省综合交通运行监测平台建设项目合同
P:合同编号：JHJT-ZFCG-2025-0417
P:采购项目编号：JHZC2025-G0312（公开招标）
P:甲方（采购人）：江淮省交通运输厅
P:乙方（供应商）：华衢智联科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就江淮省综合交通运行监测平台建设项目（以下简称“本项目”）的系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、数据接入与治理、系统集成、安装调试、试运行、培训及质保期内的运维服务，建成覆盖高速公路、普通国省干线、港航、道路客货运输、民航及铁路客运的综合交通运行监测平台，实现路网运行监测、综合运输监测、应急指挥调度和数据分析驾驶舱等功能。
P:1.2 项目实施地点为省交通运输运行监测与应急处置中心（以下简称“省路网中心”）及省政务云机房。
P:1.3 本项目的具体技术要求以招标文件第五章《采购需求》及乙方投标文件中的技术响应为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰陆拾捌万元整（¥5,680,000.00），为含税、含运输、安装调试、培训及质保期服务的固定总价。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|运行监测平台软件许可（含 GIS 引擎、数据中台组件，永久许可）|1 套|1,280,000
TB:2|服务器及分布式存储（计算节点 8 台、存储 1 套）|1 批|1,096,000
TB:3|LCD 拼接大屏（24 块）及拼接控制器|1 套|538,000
TB:4|视频与数据接入网关、网络安全设备|1 批|367,000
TB:5|定制开发（路网运行监测、综合运输监测、应急指挥调度、数据分析驾驶舱）|1 项|1,460,000
TB:6|数据接入与治理（6 类行业数据源）|1 项|612,000
TB:7|系统集成、安装调试|1 项|285,000
TB:8|培训|1 项|42,000
TB:|合计||5,680,000
P:2.2 上表第 1 至 4 项合计人民币 3,281,000 元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订并生效后 10 个工作日内，甲方向乙方支付合同总价的 40% 作为预付款，计人民币 2,272,000 元。乙方应在收款前向甲方提交等额的银行预付款保函。
P:3.2 系统初验合格后 10 个工作日内，甲方支付合同总价的 35%，计人民币 1,988,000 元。
P:3.3 系统终验合格后 10 个工作日内，甲方支付合同总价的 25%，计人民币 1,420,000 元。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后 45 日内完成全部硬件到货，100 日内完成软件部署和数据接入，150 日内具备初验条件。
P:4.2 硬件到货时双方进行开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
H:第五条 验收
P:5.1 初验：系统部署和数据接入完成后，乙方提交初验申请，甲方组织初验。初验标准为：（1）《采购需求》所列功能全部实现；（2）6 类行业数据源全部接入，数据接入完整率不低于 98%，数据延迟不超过 5 分钟；（3）常用页面平均响应时间不超过 3 秒，在 300 个并发用户下系统运行正常；（4）大屏显示系统无坏点，拼缝符合投标承诺。
P:5.2 试运行：初验合格后进入为期三个月的试运行。试运行期间累计发生一级故障超过 2 次的，试运行期重新计算。
P:5.3 终验：试运行期满且满足下列条件后，甲方组织终验：（1）试运行期间系统运行稳定，未发生数据丢失；（2）通过第三方测评机构的网络安全等级保护三级测评；（3）乙方移交全部源代码、技术文档及培训记录。终验合格后双方签署终验报告。
P:5.4 系统上线运行、甲方使用或支付款项，均不视为终验合格。
H:第六条 质量保证与运维服务
P:6.1 本项目质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及运维服务，并派驻 1 名工程师在省路网中心驻场。
P:6.2 质保期内，平台年度可用率不低于 99.5%。可用率 =（全年总时间 − 非计划停机时间）÷ 全年总时间。年度可用率每低于承诺值 0.1 个百分点，乙方向甲方支付人民币 5,000 元。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台整体不可用、核心数据中断或大屏指挥系统失效|30 分钟|2 小时|6 小时
TB:二级|单个监测模块不可用或单类数据源中断|1 小时|当日|24 小时
TB:三级|非核心功能异常、界面或报表错误|2 小时|按需|3 个工作日
P:6.4 乙方未在上表时限内响应、到场或修复的，每超时 1 小时，向甲方支付人民币 1,000 元。
P:6.5 质保期满后，如甲方继续委托乙方提供运维服务，年度运维服务费不超过软硬件小计的 8%（即每年不超过人民币 262,480 元），且在质保期满后的两年内不予上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件许可（第 1 项）的知识产权归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其所属单位。
P:7.2 本项目定制开发的软件（含源代码）、数据接口程序、数据治理规则、技术文档及其他定制成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证所提供的软硬件不侵犯第三方知识产权；因此引起纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台汇聚的交通运行数据、视频数据、个人信息及由此形成的分析结果均属于甲方，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求部署安全措施；运维人员须通过甲方堡垒机访问系统，所有操作留存日志；未经甲方书面批准，不得将数据拷贝出政务云环境。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在 2 小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、系统口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方不得转包本项目。
P:10.2 乙方可将大屏显示系统安装、综合布线等非主体、非关键性工作分包给具备相应资质的单位，分包前报甲方备案即可。乙方对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付或具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过 60 日的，甲方有权解除合同。
P:11.2 乙方交付的软硬件或定制软件不符合合同约定的，应在甲方要求的期限内更换或修正；经两次修正仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应移交已完成的工作成果及全部数据。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江淮省交通运输厅        乙方（盖章）：华衢智联科技股份有限公司
P:签订日期：2025 年  月  日
"""

H56Z02 = """
T:配电房智能巡检机器人采购合同
P:合同编号：BJGD-WZ-2025-0862
P:甲方（买方）：滨江供电有限责任公司
P:乙方（卖方）：睿巡智能装备有限公司
P:甲方通过公开招标确定乙方为“2025 年配电房智能巡检机器人采购项目”的中标人。双方根据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应挂轨式配电房智能巡检机器人及配套轨道、边缘通信网关、巡检后台管理软件，并负责安装调试、与甲方配电自动化主站及辅助设备监控系统的对接、培训及质保期内的维修维护。设备部署于甲方所辖 36 座 10kV 配电房，清单见附件一。
P:（二）机器人应具备可见光巡视、红外测温、局部放电检测（暂态地电压及超声波）、开关柜状态识别、仪表读数识别以及环境温湿度、烟雾、SF6 浓度监测等功能，技术规格以附件二为准。
H:二、合同价格
P:（一）合同总价为人民币叁佰叁拾捌万捌仟元整（¥3,388,000.00），含增值税，含运输、保险、安装调试、系统对接、培训及质保期服务。
P:（二）分项价格：1. 挂轨式智能巡检机器人 36 台，单价 68,500 元，小计 2,466,000 元；2. 轨道及安装附件 36 套，单价 9,800 元，小计 352,800 元；3. 边缘通信网关 36 台，单价 4,200 元，小计 151,200 元；4. 巡检后台管理软件 1 套，186,000 元。以上第 1 至 4 项合计 3,156,000 元（以下称“设备及软件小计”）。5. 安装调试及系统对接 214,000 元；6. 培训 18,000 元。
H:三、付款方式
P:（一）合同生效后 15 个工作日内，甲方支付合同总价的 10%，计 338,800 元，作为预付款。
P:（二）全部设备到货并经双方签署到货签收单后，甲方支付合同总价的 40%，计 1,355,200 元。到货签收不构成验收。
P:（三）最终验收合格后，甲方支付合同总价的 45%，计 1,524,600 元。
P:（四）其余 5%，计 169,400 元，作为质量保证金，于质保期满且无未了质量问题后 20 个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同生效后 45 日内将全部设备运抵甲方指定地点，75 日内完成全部配电房的安装调试和系统对接。
P:（二）乙方人员进入配电房作业，应遵守《电力安全工作规程》，办理工作票，并在甲方人员现场监护下进行。
P:（三）乙方应随货提供产品合格证、出厂检验报告、使用维护手册、轨道安装图及软件安装介质。设备在运抵甲方指定地点并经签收前的毁损、灭失风险由乙方承担。
P:（四）乙方应在安装调试期间对甲方运维人员进行现场培训，培训不少于 3 期、每期 2 日，内容包括机器人日常操作、巡检任务配置、告警处置及简单故障排除，培训后受训人员应能独立完成巡检任务配置。
H:五、验收
P:（一）安装调试完成后，乙方提交验收申请。验收标准为：1. 设备型号、数量及配置与合同一致；2. 开关柜状态识别准确率不低于 98%，仪表读数误差不超过 ±2%；3. 红外测温误差不超过 ±2℃；4. 告警信息在 10 秒内推送至辅助设备监控系统；5. 全部机器人连续试运行 30 日，未发生一级故障。
P:（二）满足上述标准后，双方签署最终验收报告。设备安装完成、投入试运行或甲方付款，均不视为最终验收合格。
P:（三）验收不合格的，乙方应在 15 日内整改并重新组织验收，由此产生的费用由乙方承担。
H:六、质量保证与维修维护
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、零部件更换、软件升级及每季度一次的现场巡检维护。
P:（二）故障响应：一级故障（机器人失控、脱轨、后台软件瘫痪或告警无法上传）乙方应在接到报修后 1 小时内响应，8 小时内到达现场，24 小时内修复或提供备机；二级故障（单项检测功能失效）2 小时内响应，48 小时内修复；三级故障（一般性缺陷）在下一次巡检维护时处理。
P:（三）乙方未按上述时限响应或修复的，每超时 1 小时扣除质量保证金人民币 500 元；质量保证金不足扣除的，甲方可从应付款项中扣除。
P:（四）质保期满后，乙方应继续为甲方提供维修维护服务，维保费按设备及软件小计的 18% 每年计取，即每年人民币 568,080 元，服务内容与质保期内相同，价格三年内固定不变。维保合同按年另行签订。
P:（五）乙方保证备品备件在设备停产后至少八年内持续供应。
P:（六）质保期内乙方每次现场巡检维护后应提交巡检维护报告，内容包括设备运行状况、更换部件清单、软件版本及发现的隐患，经甲方签字确认后存档。
H:七、数据与网络安全
P:（一）机器人采集的图像、视频、温度及局放数据，以及配电房布局、设备台账等信息均属于甲方，乙方不得用于本合同以外的任何用途，不得向第三方提供。
P:（二）乙方提供的设备及软件应满足《电力监控系统安全防护规定》的要求，部署于甲方管理信息大区，不得设置无线公网通道或远程维护后门。乙方确需远程维护的，须逐次经甲方书面批准，并通过甲方指定的安全接入方式进行。
P:（三）乙方应及时修补设备固件及软件的安全漏洞。发生数据泄露或网络安全事件的，乙方应在 2 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:乙方对履行本合同过程中知悉的甲方电网结构、设备参数、网络配置及其他非公开信息承担保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而免除。
H:九、知识产权
P:（一）巡检后台管理软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:（二）乙方为本项目开发的系统对接程序、定制报表及相关技术文档归甲方所有，甲方有权自行修改和使用。
H:十、甲方的义务
P:（一）甲方应按照附件一提供配电房现场条件，安排人员办理工作票并进行现场监护，及时提供对接所需的接口规范和测试环境。
P:（二）甲方应按合同约定支付款项，并按照乙方提供的使用维护手册正确使用设备。因甲方未按手册操作造成的损坏，不属于免费维修范围。
H:十一、分包
P:乙方不得转包本合同。轨道安装等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，不足一周的按一周计算。违约金累计不超过合同总价的 10%。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换；更换后仍不符合的，甲方有权退货并解除合同，乙方应退还全部已付款项。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十三、合同解除
P:乙方严重违约且经甲方书面催告后 15 日内未予纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十五、其他
P:附件一《配电房清单》、附件二《技术规格书》为本合同的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江供电有限责任公司        乙方（盖章）：睿巡智能装备有限公司
P:签订日期：2025 年  月  日
"""

H56E02 = """
T:Supply, Installation and Support Agreement
P:Contract No. AAI/CN/2025/017
P:THIS AGREEMENT is made between AKWAABA ANALYTICAL INSTRUMENTS LIMITED, a company incorporated in the Republic of Ghana with its principal place of business at Plot 22, Heavy Industrial Area, Tema, Ghana (hereinafter called "the Supplier"), and JIANGSU HENGFENG COCOA PRODUCTS CO., LTD., a company incorporated in the People's Republic of China with its registered office at 8 Gangcheng Road, Zhangjiagang, Jiangsu (hereinafter called "the Purchaser").
P:WHEREAS the Purchaser processes cocoa beans into cocoa liquor, butter, cake and powder and wishes to equip its intake and quality-control laboratories with rapid moisture and fat analysis, and the Supplier, having submitted its tender dated 6 May 2025, has agreed to supply, install and support the equipment and software described below, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the analysers and balances listed in Article 2; "Software" means the CocoaQ calibration and data software; "Calibration Models" means the calibration models developed by the Supplier from the Purchaser's samples for the Purchaser's products; "Contract Sum" means the total price in Article 2; "Final Acceptance" means acceptance under Article 6.
H:Article 2 Scope and Contract Sum
P:2.1 The Supplier shall supply, deliver to the Purchaser's factory in Zhangjiagang, install, calibrate and commission the Equipment and the Software, develop the Calibration Models, train the Purchaser's staff and provide warranty and support services, at the following prices (in Chinese Renminbi, inclusive of VAT, duties and delivery):
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|At-line NIR moisture and fat analyser (bean intake, nib and liquor)|4|286,000|1,144,000
TB:2|Benchtop time-domain NMR fat analyser (butter, cake and powder)|2|348,000|696,000
TB:3|Halogen moisture balance|6|21,500|129,000
TB:4|CocoaQ calibration and data software, perpetual site licence|1|236,000|236,000
TB:|Equipment and Licence Subtotal|||2,205,000
TB:5|Installation, calibration transfer and method validation|1|118,000|118,000
TB:6|Operator and QA training|1|27,000|27,000
TB:|Contract Sum|||2,350,000
P:2.2 The Contract Sum of CNY 2,350,000 (Two Million Three Hundred and Fifty Thousand Renminbi) is fixed and not subject to adjustment.
H:Article 3 Terms of Payment
P:3.1 Twenty per cent (20 %) of the Contract Sum, CNY 470,000, shall be paid as an advance within fifteen (15) days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Purchaser.
P:3.2 Forty-five per cent (45 %), CNY 1,057,500, shall be paid within thirty (30) days after delivery and installation of all Equipment, evidenced by an Installation Certificate. The Installation Certificate is not an acceptance of the Equipment.
P:3.3 Thirty-five per cent (35 %), CNY 822,500, shall be paid within thirty (30) days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment within seventy-five (75) days and complete installation within ninety (90) days after signature of this Agreement.
P:4.2 If the Supplier fails to deliver or install within the periods in Article 4.1, it shall pay the Purchaser liquidated damages of 0.1 % of the Contract Sum for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Sum. When the maximum is reached the Purchaser may terminate this Agreement under Article 14.
H:Article 5 Installation and Local Service Partner
P:5.1 Installation, calibration transfer and on-site service in China shall be performed by the Supplier's engineers together with Shanghai Keyan Instrument Service Co., Ltd., which the Purchaser approves as the Supplier's local service partner by signing this Agreement.
P:5.2 The Supplier shall not subcontract any other part of this Agreement without the prior written consent of the Purchaser and remains fully responsible for its local service partner and any approved subcontractor.
H:Article 6 Testing and Acceptance
P:6.1 After installation the parties shall carry out acceptance tests under the Acceptance Test Plan in Schedule 1. The Equipment and Software pass when: (a) each NIR analyser, measured against the oven-drying reference method on 60 samples per product, shows a standard error of prediction not exceeding 0.3 percentage points for moisture and 0.5 percentage points for fat; (b) each NMR analyser agrees with the Soxhlet reference method within 0.4 percentage points on 40 samples; (c) results are transferred automatically to the Purchaser's laboratory information system; and (d) the Equipment has been in routine use for twenty (20) working days without a Severity 1 fault.
P:6.2 When the tests are passed the Purchaser shall issue a Final Acceptance Certificate. Delivery, installation, use of the Equipment in production or any payment shall not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective parts, provide Software updates, carry out two preventive maintenance visits and one calibration check per year, all free of charge.
P:7.2 Faults shall be handled as follows:
TB:Severity|Definition|Response|Restoration
TB:1|Analyser or Software down, blocking the release of beans or finished product|2 hours|48 hours
TB:2|Degraded accuracy or one function unavailable|8 hours|5 working days
TB:3|Minor fault or query|2 working days|next scheduled visit
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time it shall pay the Purchaser CNY 1,000, and for each day by which it exceeds the Severity 1 restoration time, CNY 2,000. Where an analyser is out of service for more than ten (10) days in total in a warranty year, the warranty for that analyser is extended by the period of outage.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Supplier shall, if the Purchaser so orders, provide an Annual Support and Calibration Service with the same scope and response times as in Article 7. The annual fee is nine point five per cent (9.5 %) of the Equipment and Licence Subtotal, that is CNY 209,475 per year, fixed for the first three years after the warranty. Thereafter any increase shall be agreed in writing and shall not exceed three per cent (3 %) per year.
P:8.2 The service is ordered by the Purchaser for one year at a time and does not renew automatically. The Supplier shall keep spare parts available for at least seven (7) years after Final Acceptance.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Supplier, which grants the Purchaser a perpetual site licence for use at its Zhangjiagang factory.
P:9.2 The Calibration Models and all validation reports shall belong to the Purchaser, which may use, modify and transfer them to other instruments or to third parties without restriction.
H:Article 10 Purchaser Data
P:10.1 All measurement results, calibration data sets, product specifications and lot data ("Purchaser Data") belong to the Purchaser and may be used by the Supplier only to perform this Agreement.
P:10.2 The Software shall be installed on the Purchaser's local network; no Purchaser Data shall be sent to any cloud service or outside the factory. Remote access by the Supplier is allowed only for a specific fault, after approval of each session by the Purchaser's IT department and through the Purchaser's remote-access gateway. The Supplier shall not copy Purchaser Data.
P:10.3 The Supplier shall notify the Purchaser of any security incident affecting Purchaser Data within twenty-four (24) hours, assist in containing it and compensate the Purchaser for losses caused by a breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Agreement, including the Purchaser's recipes, bean origins and quality specifications, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this Agreement shall not exceed two hundred per cent (200 %) of the Contract Sum, except for fraud, wilful misconduct, death or personal injury and breach of Articles 10 and 11, for which liability is not limited.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within seven (7) days. If force majeure continues for more than sixty (60) days, either party may terminate this Agreement.
H:Article 14 Termination
P:14.1 The Purchaser may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within twenty-one (21) days after notice, or if the liquidated damages under Article 4.2 reach their maximum. In that case the Supplier shall refund the amounts paid for Equipment not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement shall be governed by the laws of the People's Republic of China, where the Equipment is installed.
P:15.2 Any dispute shall first be settled amicably. Failing settlement within thirty (30) days, it shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award shall be final and binding.
H:Article 16 General
P:16.1 This Agreement with its Schedules (Schedule 1 Acceptance Test Plan; Schedule 2 Technical Specifications) is the entire agreement between the parties and may be amended only in writing signed by both parties.
P:Signed at Tema and at Zhangjiagang in two originals in the English language.
P:For the Supplier: ______________________ Managing Director    For the Purchaser: ______________________ General Manager
"""

H56E03 = """
T:Managed IT and Warehouse Wi-Fi Services Agreement
P:Agreement No. SBMS-LY-2025-031
P:This Agreement is made at Bangkok on the date of the last signature below between:
P:SIAM BRIDGE MANAGED SERVICES CO., LTD., a company registered under the laws of the Kingdom of Thailand, having its head office at 989 Rama I Road, Pathumwan, Bangkok 10330, hereinafter called "the Service Provider"; and
P:LIANYUN INTERNATIONAL FREIGHT FORWARDING GROUP CO., LTD., a company registered in the People's Republic of China, having its head office at 66 Yantian Port Road, Shenzhen, hereinafter called "the Customer".
P:Both parties agree to enter into this Agreement under the following terms and conditions.
H:1. Definitions
P:1.1 "Services" means the Managed IT Services and the Warehouse Wi-Fi Services described in Clause 2 and Appendix A.
P:1.2 "Sites" means the Customer's head office in Shenzhen and its warehouses at Shenzhen Yantian, Shenzhen Qianhai, Dongguan Humen, Guangzhou Nansha and Xiamen Haicang.
P:1.3 "Service Commencement Date" means the date stated in the Service Commencement Certificate issued under Clause 5.
P:1.4 "Minimum Term" means thirty-six (36) months from the Service Commencement Date.
P:1.5 "Customer Data" means all data of the Customer and its clients processed by the Service Provider, including shipment, customs, warehouse management and personnel data.
H:2. Scope of Services
P:2.1 Managed IT Services: a 24x7 service desk in Mandarin and English for approximately 620 users; management of laptops, desktops and handheld RF scanners; management, patching and monitoring of 14 servers and the backup system; monitoring of the wide-area network and firewalls; monthly service reports.
P:2.2 Warehouse Wi-Fi Services: design, supply, installation and operation of an industrial Wi-Fi network at the five warehouses, using 186 access points and controllers owned by the Service Provider, including monitoring, replacement of failed equipment and capacity changes of up to ten per cent (10 %) per year.
P:2.3 Transition: takeover of the current IT environment from the Customer's previous provider, site surveys, Wi-Fi rollout and documentation of all systems.
H:3. Charges
P:3.1 The Customer shall pay the following charges (in Chinese Renminbi, including VAT):
P:(a) Managed IT Monthly Charge: CNY 64,800 per month;
P:(b) Warehouse Wi-Fi Monthly Charge: CNY 27,600 per month;
P:(c) Transition and Rollout Fee (one-time): CNY 158,000.
P:3.2 Over the Minimum Term the Monthly Charges amount to CNY 3,326,400 (36 x CNY 92,400) and the total contract value, including the Transition and Rollout Fee, is CNY 3,484,400.
P:3.3 The Monthly Charges are invoiced monthly in arrears from the Service Commencement Date. The Transition and Rollout Fee is invoiced after the Service Commencement Certificate is issued. No amount is payable in advance. Invoices are due within thirty (30) days.
H:4. Obligations of the Customer
P:4.1 The Customer shall provide access to the Sites, power and rack space for the equipment, and a named contact person at each Site.
H:5. Transition and Service Commencement
P:5.1 The Service Provider shall complete the transition within seventy-five (75) days from the signing of this Agreement.
P:5.2 The Services are accepted when the Service Provider demonstrates that: (a) Wi-Fi signal strength is at least -67 dBm at 95 % of pick faces and dock doors at every warehouse; (b) RF scanners roam between access points in less than 100 milliseconds without loss of the warehouse management session; (c) all servers, devices and users are recorded in the asset inventory and monitoring system; (d) the runbooks for all systems are delivered; and (e) ten (10) days of hypercare have passed without a Priority 1 incident. The Customer then issues a Service Commencement Certificate. Use of the Services before the certificate is not acceptance.
P:5.3 If the transition is not completed within the period in Clause 5.1 because of the Service Provider, the Service Provider shall pay the Customer CNY 2,500 for each day of delay, up to a maximum of CNY 150,000.
H:6. Service Levels
P:6.1 The Wi-Fi network at each warehouse shall be available at least 99.95 % of the time in each month.
P:6.2 Incidents are handled as follows: Priority 1 (a warehouse without Wi-Fi, the warehouse management system unreachable, or a server outage stopping operations): response within fifteen (15) minutes and restoration within three (3) hours; Priority 2 (partial outage at one Site): response within thirty (30) minutes and restoration within eight (8) hours; Priority 3 (single user or device): response within two (2) hours and resolution within three (3) working days.
P:6.3 Service Credits: if availability at a warehouse falls below 99.95 % in a month, the Service Provider credits 5 % of the Warehouse Wi-Fi Monthly Charge, and 10 % if it falls below 99.5 %. For each hour by which a Priority 1 incident exceeds the restoration time, the Service Provider credits 3 % of the total Monthly Charges, up to 20 % per month. Service Credits are deducted from the next invoice.
H:7. Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only to provide the Services and shall not disclose it to any third party.
P:7.2 The Service Provider shall keep Customer Data within the People's Republic of China, maintain ISO/IEC 27001 certification, use multi-factor authentication and named accounts for all administrative access, log all access and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:7.3 The Service Provider shall inform the Customer of any security incident affecting Customer Data within twenty-four (24) hours, take immediate action to contain it, and be responsible for losses of the Customer caused by its breach of this Clause 7.
H:8. Confidentiality
P:8.1 Each party shall keep confidential all information of the other party received under this Agreement, including rates, client lists and network details, and shall not disclose it without the other party's prior written consent, during this Agreement and for three (3) years after.
H:9. Intellectual Property
P:9.1 Network designs, configurations, scripts, runbooks and documentation prepared for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider. The Service Provider's own tools and monitoring software remain its property.
H:10. Subcontracting
P:10.1 The Service Provider may subcontract any part of the Services to its affiliates or to qualified local partners in the People's Republic of China, including for on-site support and cabling, provided that it gives the Customer written notice of the subcontractor before the work starts. The Service Provider remains responsible for the performance of its subcontractors.
H:11. Equipment
P:11.1 The access points, controllers and other equipment used for the Warehouse Wi-Fi Services remain the property of the Service Provider. At the end of this Agreement the Customer may buy them at their net book value.
H:12. Term and Continuation
P:12.1 This Agreement comes into force on signature and continues for the Minimum Term.
P:12.2 After the Minimum Term this Agreement continues from month to month at the same Monthly Charges until either party gives ninety (90) days' written notice.
H:13. Termination
P:13.1 Neither party may terminate this Agreement before the end of the Minimum Term, except that the Service Provider may suspend or terminate the Services if the Customer fails to pay undisputed charges within sixty (60) days after a written reminder.
P:13.2 The Customer's remedies for any failure of the Services are the Service Credits under Clause 6.3 and, for other breaches, a claim for damages subject to Clause 14. The Customer shall have no right to terminate this Agreement for breach by the Service Provider.
P:13.3 If the Customer ends the Services before the end of the Minimum Term for any reason, it shall pay the Monthly Charges for the remainder of the Minimum Term as early termination charges.
H:14. Limitation of Liability
P:14.1 The total liability of the Service Provider under this Agreement shall not exceed the Charges paid by the Customer in the six (6) months immediately before the event giving rise to the claim.
P:14.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business. Clause 14.1 does not apply to death or personal injury or to fraud.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute which cannot be settled by negotiation within thirty (30) days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The arbitral award is final and binding on both parties.
H:16. General
P:16.1 This Agreement is made in English in two copies. Appendix A (Service Description) and Appendix B (Site List and Equipment) form part of it.
P:IN WITNESS WHEREOF, the parties have signed this Agreement by their authorised representatives.
P:For the Service Provider: ______________________    For the Customer: ______________________
"""

SOURCES = {"h56z01": H56Z01, "h56z02": H56Z02, "h56e02": H56E02, "h56e03": H56E03}
TARGETS = {"h56z01": ("h56z01_transport_dept_traffic_monitoring_platform.docx", "docx"),
           "h56z02": ("h56z02_power_supply_switchroom_inspection_robots.pdf", "pdf"),
           "h56e02": ("h56e02_cocoa_moisture_fat_analysers_gh_vendor.docx", "docx"),
           "h56e03": ("h56e03_freight_forwarder_managed_it_wifi_th_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
