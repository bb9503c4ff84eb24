"""Builds the .docx and .pdf contracts of holdout155 from the markup below (T: title, H: heading, P: paragraph,
LN: numbered paragraph, TB: table row with cells split by |), with ../word_pdf.py. The .md and .txt contracts of this
folder are written by hand and are not generated here. Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H155Z01 = """
T:泸阳市公共法律服务平台建设项目政府采购合同
P:合同编号：LYSFJ-2025-GK-017
P:采购人（甲方）：泸阳市司法局
P:供应商（乙方）：泸阳数智政通科技有限公司
P:采购方式：公开招标（招标编号：LYCG2025-0342）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就泸阳市公共法律服务平台建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设泸阳市公共法律服务平台，包括：法律援助网上申请与审批、人民调解案件管理、公证预约与进度查询、12348公共法律服务热线工单对接、智能法律咨询知识库、公共法律服务地图及领导驾驶舱。
P:1.2 乙方负责提供平台运行所需的服务器、存储、网络与安全设备及基础软件，完成在泸阳市政务云的部署与系统集成、历史数据迁移、与省级公共法律服务平台及市“一网通办”平台的接口对接，并对甲方及各区县司法局、司法所人员进行培训。
P:1.3 本项目应满足网络安全等级保护第三级要求，并通过商用密码应用安全性评估。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾万肆仟元整（¥2,404,000），为固定总价，包含设备、软件、开发、集成、运输、安装、培训、税费及质保期内的全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|服务器及存储设备|648,000
TB:2|网络与安全设备|296,000
TB:3|平台基础软件许可（数据库、中间件、操作系统）|418,000
TB:4|定制开发（法律援助、人民调解、公证预约、智能咨询等模块）|736,000
TB:5|系统集成与部署|152,000
TB:6|数据迁移与接口对接|118,000
TB:7|培训|36,000
TB:|合计|2,404,000
P:2.2 上表第1至3项合计人民币1,362,000元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货、平台部署完成并通过初步验收后，甲方支付合同总价的55%。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具等额合法发票，甲方按财政资金支付流程办理付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成设备到货、平台部署和初步验收。初步验收合格后进入九十日试运行期。
P:4.2 乙方应指派具有相应资质的项目经理常驻甲方，未经甲方书面同意不得更换；乙方每周向甲方提交项目周报。
P:4.3 乙方应在合同签订后十五日内提交实施方案、进度计划及安全保障方案，经甲方确认后实施。设备到货时应附原厂合格证、装箱单及原厂质保承诺函，甲方仅对数量和外观进行清点。
P:4.4 乙方应在初步验收前完成不少于6场培训，覆盖市局业务科室及各区县司法局、司法所操作人员，并提供操作手册及培训视频。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能需求清单所列功能全部实现；（2）500个并发用户下常用查询响应时间不超过3秒；（3）历史法律援助及人民调解案件数据迁移完整，双方抽样核对不少于1,000条，差错为零；（4）与省级平台及“一网通办”平台的接口连续10日运行无异常。
P:5.2 最终验收标准：试运行期内未发生一级故障；等级保护第三级测评及商用密码应用安全性评估均已通过；技术文档、源代码及操作手册齐全并已移交甲方。
P:5.3 甲方按上述标准组织验收并出具书面验收报告。设备到货签收、平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和技术支持，并每季度进行一次巡检。
P:6.2 质保期内平台月度可用率不低于99.95%。每低于承诺值0.01个百分点，甲方从质量保证金中扣减人民币2,000元。
P:6.3 一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。响应或到场每迟延一小时，乙方支付违约金人民币1,000元。
P:6.4 乙方应在泸阳市区储备服务器硬盘、电源、交换机等关键备件，硬件故障无法在约定时间内修复的，乙方应提供不低于原配置的备用设备。
P:6.5 质保期满后，如甲方需要，乙方按年提供运维服务，年服务费不超过软硬件小计的8%，即不超过人民币108,960元，质保期满后前两年不得上调。
H:第七条 知识产权
P:7.1 本项目定制开发的软件、源代码、接口程序、数据库设计及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。
P:7.2 乙方原有软件产品的知识产权仍归乙方或原权利人，乙方授予甲方在本项目范围内永久、免费的使用许可。
H:第八条 数据安全
P:8.1 平台数据（包括法律援助申请人个人信息、调解卷宗、咨询记录及日志）归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，仅经堡垒机访问生产环境，不得复制、留存或向境外传输平台数据，并对参与人员进行安全培训、签订保密承诺。
P:8.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、案件信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成初步验收的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 乙方交付的设备或软件不符合约定的，应负责更换或修复，并赔偿由此给甲方造成的损失。
P:10.3 因乙方原因未能通过等级保护测评或商用密码应用安全性评估的，乙方应自费整改直至通过，整改期间按本条第1款计算逾期违约金。
P:10.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。经甲方书面同意，乙方可将综合布线等非主体工作分包，但仍就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，或逾期交付超过三十日的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同未尽事宜，双方可签订书面补充协议。本合同一式六份，甲乙双方各执二份，采购代理机构及同级财政部门各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：泸阳市司法局　　　　乙方（盖章）：泸阳数智政通科技有限公司
P:签订日期：2025年　月　日
"""

H155Z02 = """
T:布匹瑕疵在线检测系统采购及维保合同
P:合同编号：HJFZ-SB-2025-061
P:甲方（买方）：越州华锦纺织有限公司
P:乙方（卖方）：杭州瞳视智能装备有限公司
P:甲方为提升坯布及成品布检验效率，向乙方采购布匹瑕疵在线检测系统，用于甲方二号车间8台验布机。双方经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方提供线阵相机组件、光源、边缘计算工控机、喷码标记装置、检测软件及质量数据服务器，完成在8台验布机上的安装、机械改造和调试，并针对甲方主要布种训练瑕疵检测模型。
P:（二）系统应能识别破洞、断经、断纬、纬档、油污、色差、折痕、结头八类主要瑕疵，自动标记瑕疵位置，生成每卷布的质量报告并上传甲方MES系统。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾贰万贰仟捌佰元整（¥1,522,800），含税、运输、安装及质保期内全部服务。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|线阵相机组件（8K，含镜头）|32套|18,600|595,200
TB:2|LED线光源及控制器|32套|4,350|139,200
TB:3|边缘计算工控机（含GPU）|8台|26,800|214,400
TB:4|瑕疵喷码标记装置|8套|9,700|77,600
TB:5|检测软件永久许可（单机）|8套|21,500|172,000
TB:6|质量数据服务器及交换机|1批|86,400|86,400
TB:|硬件及软件小计|||1,284,800
TB:7|安装调试及机械改造|1项|96,000|96,000
TB:8|布种模型训练与调优|1项|124,000|124,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,522,800
P:（二）上表“硬件及软件小计”为质保期满后维保费的计费基数。
P:（三）合同价格为固定价格，履约期间不因原材料、汇率或人工成本变化而调整。乙方应保证所供设备为全新原厂产品，并随货提供合格证、检测报告及软件授权证书。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅为数量清点，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）剩余10%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:（五）乙方每次收款前应开具增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后四十五日内将全部设备送至甲方二号车间，并在到货后二十日内完成安装调试。
P:（二）安装调试应利用甲方计划停机时间进行，每台验布机停机不超过两个班次；乙方人员应遵守甲方车间安全生产制度，因乙方原因造成的人身或财产损害由乙方承担。
P:（三）设备毁损、灭失的风险自甲方签收时转移。乙方应负责包装，保证设备在运输途中不受潮、不受损。
P:（四）甲方负责提供安装所需的电源、网络接口及验布机停机时间，并指定一名设备管理员配合乙方工作。
H:五、验收
P:（一）安装调试完成后进入连续15天试运行，试运行结束后甲方组织最终验收。验收标准：1. 对八类主要瑕疵的检出率不低于95%；2. 误报率不高于3%；3. 验布车速60米/分钟下检测无漏帧；4. 每卷质量报告自动上传MES，数据完整一致；5. 试运行期间系统无停机故障。
P:（二）检出率及误报率以双方共同抽取的不少于200卷布、由甲方质检员人工复检的结果为准。
P:（三）验收合格后双方签署最终验收报告。设备安装、试运行或甲方投入使用均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新验收。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件（光源灯珠等易损件除外），免费提供软件升级及模型调优。
P:（二）质保期内发生一级故障（检测系统停机导致验布机无法正常生产）时，乙方应在接到报修后8小时内响应，24小时内到达现场；二级故障应在24小时内响应，48小时内解决。乙方响应或到场每迟延一小时，向甲方支付违约金人民币500元。
P:（三）乙方应在甲方现场存放相机、光源、工控机主板等关键备件各不少于一套。
P:（四）质保期内乙方每季度上门巡检一次，清洁光学部件、校准相机并提交巡检报告；甲方新增布种时，乙方应在收到样布后十个工作日内完成模型训练。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年为甲方提供维保服务，内容包括每季度一次巡检及相机标定、故障维修、备件更换、软件升级及新布种模型训练。
P:（二）年维保费按硬件及软件小计的16.5%计取，即每年人民币211,992元，质保期满后前三年固定不变，按季度支付。维保服务每年签订，不自动续期。
P:（三）维保期内的响应时限及违约金适用本合同第六条第（二）项。
H:八、知识产权
P:（一）针对甲方布种训练的瑕疵检测模型、模型参数、瑕疵样本库及与甲方MES的接口程序归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:（二）检测软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可，许可随设备一并转让。
H:九、数据安全
P:（一）布面图像、瑕疵记录、生产及质量数据归甲方所有，存储于甲方本地服务器，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方批准，通过甲方提供的VPN账号进行并保留操作日志；乙方应对其人员及接入设备采取防病毒、访问控制等安全措施。
P:（三）发生数据泄露或因乙方原因导致生产数据丢失的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:十、保密
P:乙方对甲方的工艺参数、布种信息、客户订单及质量数据负有保密义务，未经甲方书面同意不得向第三方披露，也不得在宣传材料或案例介绍中使用甲方名称及现场图片，保密期限至合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）第二次验收仍不合格的，甲方有权退货并要求乙方退还已付款项、赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同转包。验布机机械改造如需由第三方完成，须事先经甲方书面同意，乙方对其工作承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）乙方逾期交货超过三十日，或系统第二次验收仍不合格的，甲方有权解除合同，乙方应在十个工作日内退还已付款项并自费拆除、运回设备。
P:（三）合同解除不影响甲方依本合同要求乙方支付违约金及赔偿损失的权利。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术规格书、安装位置图、验收测试方案。
P:甲方：越州华锦纺织有限公司（盖章）　　乙方：杭州瞳视智能装备有限公司（盖章）
P:日期：2025年　月　日
"""

H155E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ____________ 2025
P:BETWEEN:
P:(1) BEGINISH PATTERN SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number 681243), having its registered office at The Boathouse, Beginish Island, Valentia Harbour, County Kerry, Ireland (the "Licensor"); and
P:(2) HAINING JINHE LEATHER PRODUCTS CO., LTD. (海宁金禾皮革制品有限公司), a company incorporated in the People's Republic of China, having its registered office at No. 88 Haizhou West Road, Haining, Zhejiang Province (the "Licensee").
P:RECITALS
P:(A) The Licensor develops PatternCraft, a pattern design, grading and nesting system for leather goods.
P:(B) The Licensee manufactures leather goods in Haining and wishes to acquire a perpetual licence of PatternCraft with configuration, migration, training and support.
P:(C) At the Licensee's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Configuration Deliverables" means the grading rules, piece libraries, hide-defect maps, marker templates, report layouts, import scripts and cutting-table settings prepared by the Licensor for the Licensee; "Final Acceptance" means the date on which the Licensee signs the Final Acceptance Certificate; "Licensed Software" means the PatternCraft modules listed in Schedule 1, with their documentation and updates; "Licensee Data" means all patterns, styles, order, production and other data of the Licensee that the Licensor accesses or receives; "Working Day" means a day other than a Saturday, a Sunday or a public holiday in the People's Republic of China.
H:Clause 2 Licence
P:2.1 The Licensor grants to the Licensee a perpetual, non-exclusive licence to install and use the Licensed Software at the Licensee's premises for the named users and cutting tables set out in Schedule 1.
P:2.2 The Licensee may make copies for backup, testing and disaster recovery, and may transfer the licence to a subsidiary on written notice.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,379,000, inclusive of all taxes and travel expenses, as set out in Schedule 1 below. It is a fixed price.
P:3.2 The Licence Subtotal (items 1 to 3 of Schedule 1) is CNY 979,800 and is the base for the Annual Support Fee under Clause 8.
P:Schedule 1 - Licensed Software, Services and Prices
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|PatternCraft Designer, perpetual named-user licence|14|46,500|651,000
TB:2|Nesting and Marker Optimiser, perpetual site licence|1|186,000|186,000
TB:3|Cutting-table interface licence|6|23,800|142,800
TB:|Licence Subtotal|||979,800
TB:4|Configuration (grading rules, piece libraries, hide-defect mapping, marker templates)|fixed|268,000|268,000
TB:5|Migration of 3,200 existing patterns|fixed|96,400|96,400
TB:6|On-site training (six days, two groups)|fixed|34,800|34,800
TB:|Contract Price|||1,379,000
H:Clause 4 Payment
P:4.1 The Contract Price shall be paid in three instalments: (a) 20% (CNY 275,800) within 20 Working Days after signature of this Agreement and receipt of the Licensor's invoice; (b) 45% (CNY 620,550) within 20 Working Days after the Licensee countersigns the Licensor's Configuration Completion Notice; and (c) 35% (CNY 482,650) within 20 Working Days after Final Acceptance.
P:4.2 Countersignature of the Configuration Completion Notice confirms only that the configuration work has been carried out. It is not acceptance of the Licensed Software or of the Configuration Deliverables.
P:4.3 Payment is made in CNY to the account nominated by the Licensor, less any tax that PRC law requires the Licensee to withhold.
H:Clause 5 Delivery, Configuration and Timetable
P:5.1 The Licensor shall install the Licensed Software on the Licensee's servers and complete configuration, migration and training under the agreed project plan, so that the Acceptance Tests can start no later than 110 days after signature (the "Milestone Date").
P:5.2 If the Milestone Date is missed for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of loss and not a penalty.
P:5.3 Delay caused by the Licensee extends the Milestone Date accordingly.
H:Clause 6 Acceptance
P:6.1 The acceptance tests (the "Acceptance Tests") shall demonstrate that: (a) the grading rules reproduce the 36 reference styles agreed by the parties within plus or minus 0.5 mm on every piece; (b) on a test set of 60 hides the nesting module achieves a material yield no lower than the Licensee's current manual marking; (c) markers export correctly to all six cutting tables; (d) the 3,200 migrated patterns open without error and match the source files in a jointly checked sample of 150 patterns; and (e) the system runs in production for 20 consecutive Working Days without a Severity 1 defect.
P:6.2 If the Acceptance Tests are passed, the Licensee shall sign the Final Acceptance Certificate within five Working Days; otherwise the Licensor shall correct the defect and repeat the test at its own cost.
P:6.3 Installation, go-live, use of the Licensed Software in production or payment of any instalment shall not of itself constitute acceptance.
H:Clause 7 Warranty and Service Levels
P:7.1 The Licensor warrants that for 18 months from Final Acceptance (the "Warranty Period") the Licensed Software and the Configuration Deliverables will perform substantially in accordance with their documentation, and it shall correct any defect free of charge. Support is included in the Contract Price during the Warranty Period.
P:7.2 Defects are classified and handled as follows. Severity 1 (system unavailable, or cutting stopped on two or more tables): response within 1 hour and workaround within 8 hours. Severity 2 (a major function impaired): response within 3 hours and resolution within 2 Working Days. Severity 3: next Working Day. The helpdesk is staffed from 08:00 to 20:00 China Standard Time, Monday to Saturday.
P:7.3 For each full hour by which the Licensor exceeds a Severity 1 or Severity 2 response or workaround time, the Licensor shall pay or credit to the Licensee CNY 1,000. Three or more such failures in a calendar quarter extend the Warranty Period or the current support year by one month.
H:Clause 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Licensor shall provide support, comprising updates, new releases, helpdesk, remote assistance and on-site assistance where needed, on the terms of Clauses 7.2 and 7.3, for an Annual Support Fee of 13% of the Licence Subtotal, namely CNY 127,374 per year, payable quarterly in arrears.
P:8.2 The Annual Support Fee is fixed for the first three support years. Any change afterwards must be agreed in writing and shall not exceed 3% in any year.
P:8.3 Support renews automatically for successive support years at the same Annual Support Fee unless the Licensee gives 60 days' written notice before the end of a support year.
H:Clause 9 Intellectual Property
P:9.1 The Licensed Software and all intellectual property rights in it remain the property of the Licensor or its licensors.
P:9.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee on creation, and the Licensor hereby assigns them to the Licensee. The Licensee may use, modify, copy and license the Configuration Deliverables freely, including to other suppliers, and the Licensor shall deliver them in editable form.
P:9.3 The Licensor shall indemnify the Licensee against third-party infringement claims.
H:Clause 10 Licensee Data and Security
P:10.1 Licensee Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and on the Licensee's instructions, and shall not use it for any other purpose, including product development or benchmarking.
P:10.2 The Licensor shall access the Licensee's servers only through the Licensee's VPN with multi-factor authentication, for sessions approved in advance and logged. No Licensee Data shall be copied outside the Licensee's systems or transferred outside the People's Republic of China. The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Licensor shall notify the Licensee within 24 hours after becoming aware of any security incident affecting Licensee Data, take all reasonable steps to contain and remedy it, and be liable for the losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:Each party shall keep confidential the other party's information received under this Agreement, including the Licensee's designs, customers and prices, and use it only for this Agreement. This obligation survives termination for five years.
H:Clause 12 Limitation of Liability
P:12.1 Subject to Clause 12.2, the total aggregate liability of the Licensor under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:12.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud, breach of Clause 10 or Clause 11, or the indemnity in Clause 9.3.
H:Clause 13 Subcontracting and Assignment
P:The Licensor shall not subcontract or assign any of its obligations without the prior written consent of the Licensee, and it remains responsible for the acts of any approved subcontractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied. The Licensee may also terminate if the liquidated damages under Clause 5.2 reach their maximum.
P:14.2 If the Licensee terminates before Final Acceptance for the Licensor's breach, the Licensor shall refund all sums paid.
H:Clause 15 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other promptly.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and the parties submit to that jurisdiction.
H:Clause 17 General
P:This Agreement is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties. This Agreement is executed in English.
P:Signed for and on behalf of BEGINISH PATTERN SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of HAINING JINHE LEATHER PRODUCTS CO., LTD.: ____________________ Legal Representative
"""

H155E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR RAFT WATER-QUALITY SENSORS
P:Contract No. DHMA-2025-EQ-014
P:Buyer: Zhoushan Donghai Mussel Aquaculture Co., Ltd. (舟山东海贻贝养殖有限公司), Shengsi County, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Wrac'h Ocean Instrumentation SAS, a French simplified joint-stock company, Ile Wrac'h, 29870 Landeda, France, acting through its representative office in Ningbo (the "Supplier").
P:This Contract is drawn up on the Buyer's standard form for equipment purchases. The Supplier's tender of 3 September 2025 is attached for reference only; in case of conflict this Contract prevails. At the Buyer's request all amounts are in Chinese Renminbi (CNY).
H:Article 1 Purpose
P:1.1 The Supplier shall supply, install and commission a water-quality monitoring system on the Buyer's longline mussel rafts off Shengsi, consisting of 64 multi-parameter sensor buoys (dissolved oxygen, temperature, salinity, chlorophyll-a and turbidity), solar power and mooring kits, 5 gateways with 4G backhaul, and a monitoring platform installed on the Buyer's server in its Shengsi office, and shall build the alarm rules and the link to the Buyer's feeding and harvest log.
P:1.2 The Supplier shall train the Buyer's technicians and boat crews and shall maintain the system during and after the warranty period as set out in Articles 7 and 8.
H:Article 2 Price
P:2.1 The Contract Price is CNY 2,126,000, inclusive of VAT, customs duties, transport to Shengsi, installation at sea, commissioning, training and all services during the warranty period. It is a fixed price.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy|64|21,800|1,395,200
TB:2|Solar power and mooring kit|64|3,650|233,600
TB:3|Gateway with 4G backhaul|5|18,500|92,500
TB:4|Monitoring platform licence, perpetual, on-premises|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,889,300
TB:5|Installation on rafts and commissioning|1|142,000|142,000
TB:6|Alarm rules and link to the feeding and harvest log|1|76,000|76,000
TB:7|Training|1|18,700|18,700
TB:|Contract Price|||2,126,000
P:2.2 The Equipment and Licence Subtotal of CNY 1,889,300 is the base for the maintenance fee in Article 8.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 212,600) is paid within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 1,169,300) is paid within 15 working days after all buoys and gateways have been installed and the Installation Certificate has been signed. The Installation Certificate records quantities and positions only and is not acceptance.
P:3.3 35% (CNY 744,100) is paid within 15 working days after the Final Acceptance Certificate has been signed.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese billing entity.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's wharf at Shengsi within 75 days after signature and complete installation within 30 days after delivery. Work at sea is carried out from the Buyer's boats, with the Buyer's crews, on days when the sea state allows.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Days on which the Buyer's harbour master prohibits small craft from sailing are not counted.
H:Article 5 Acceptance
P:5.1 After installation the system enters a trial run of 60 days. Final Acceptance requires that during the trial run: (a) each buoy delivers at least 98% of the scheduled readings; (b) dissolved-oxygen readings at six buoys chosen by the Buyer are within plus or minus 0.2 mg/L of the Buyer's calibrated handheld meter in three joint checks; (c) low-oxygen and high-temperature alarms reach the duty phones within 5 minutes in two simulated events; (d) readings appear in the feeding and harvest log without manual work; and (e) documentation, spare-part lists and passwords have been handed over.
P:5.2 If the criteria are met, the parties sign the Final Acceptance Certificate. Otherwise the Supplier remedies the shortcomings at its cost and the trial run is repeated for the affected buoys. Installation, use of the system or payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier repairs or replaces defective buoys, sensors, kits, gateways and software free of charge, including parts, labour, boat time of its technicians and shipping. Optical windows and oxygen membranes damaged by storms are consumables and are replaced at the price list attached to the tender.
P:6.2 During the warranty period the Supplier performs one calibration and anti-fouling cleaning visit every quarter.
H:Article 7 Service Levels
P:7.1 Critical fault (a gateway down, or five or more buoys silent, or alarms not delivered): remote response within 1 hour and technician at the Shengsi wharf within 24 hours. Major fault (one to four buoys silent or drifting readings): response within 8 hours and repair at the next suitable sea state. Minor issues: next working day.
P:7.2 For each hour by which the Supplier exceeds a critical-fault response time, and for each day by which it exceeds an on-site time, the Supplier pays the Buyer CNY 800, deducted from the next payment or the performance security.
P:7.3 The Supplier keeps in Shengsi at least four spare buoys and one spare gateway throughout the warranty and maintenance periods.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Supplier shall, at the Buyer's option, provide maintenance covering repairs, parts, quarterly calibration and cleaning, software updates and the service levels of Article 7, for an annual fee of 9.5% of the Equipment and Licence Subtotal, namely CNY 179,483.50 per year, payable quarterly in arrears.
P:8.2 This fee is fixed for the first three years after the warranty period. Maintenance is ordered year by year by written purchase order and does not renew automatically.
H:Article 9 Performance Security and Insurance
P:9.1 Within 15 working days after signature the Supplier provides a performance guarantee of 5% of the Contract Price, valid until the end of the warranty period. The Buyer may draw on it for delay damages, service-level payments and other sums due and unpaid.
P:9.2 The Supplier insures its personnel working at sea and the equipment until the Installation Certificate is signed. Risk in each item passes to the Buyer on signature of the Installation Certificate.
H:Article 10 Data
P:10.1 All measurements, alarms, positions, farm records and other data collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not disclose, sell or reuse them, including in anonymised or aggregated form.
P:10.2 The platform runs on the Buyer's server. The Supplier accesses it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and keeps a log of its access. No data is copied or transferred outside the Buyer's systems or outside the People's Republic of China.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the data, take immediate remedial action and compensate the Buyer for losses caused by its fault.
H:Article 11 Intellectual Property
P:11.1 The alarm rules, the link to the feeding and harvest log, configuration files and documentation prepared for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties freely. Source code of the link is delivered at Final Acceptance.
P:11.2 The firmware and the platform software remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for use with the system.
H:Article 12 Confidentiality
P:Each party keeps confidential the other party's non-public information, including the Buyer's farm locations, yields, prices and customers, and uses it only for this Contract. This obligation continues for three years after the end of the Contract.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Diving work requires a subcontractor approved in writing by the Buyer, and the Supplier remains responsible for it.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier then refunds payments for items not accepted and compensates the Buyer's losses.
H:Article 15 Force Majeure
P:Typhoons, closure of the sea area by the authorities and other events beyond a party's control suspend the affected obligations for their duration. The party affected notifies the other within three days.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes are submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan. The award is final and binding.
H:Article 17 Miscellaneous
P:This Contract is made in English and Chinese, both equally authentic, in four originals. It enters into force on signature by both parties.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

SOURCES = {"h155z01": H155Z01, "h155z02": H155Z02, "h155e01": H155E01, "h155e03": H155E03}
TARGETS = {"h155z01": ("h155z01_justice_bureau_legal_service_platform.pdf", "pdf"),
           "h155z02": ("h155z02_textile_mill_fabric_defect_inspection.docx", "docx"),
           "h155e01": ("h155e01_leather_pattern_design_licence_irish_vendor.docx", "docx"),
           "h155e03": ("h155e03_mussel_farm_raft_sensors_french_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
