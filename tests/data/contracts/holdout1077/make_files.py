"""holdout1077: builds the two .docx and the two .pdf of this set from their markup (below), writes every .json label
from the design table (below), and asserts the brief's checks:
- each draft's expected rules, derived from its label with my reading of policy §3, equal my design list;
- all 20 CR rules fire at least once over the ten drafts;
- lengths as read back from the built files (zh 2,750-3,000 non-whitespace characters, en 1,450-1,650 words);
- no label value on a policy threshold, TCO service shares not within 2 points of 40 %;
- no threshold figure in any text (regex, self-tested), read back raw, whitespace-collapsed and whitespace-free;
- price and payment sums.
The .txt and .md drafts are their own sources. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:东陵市快递业务监管平台建设项目合同
P:合同编号：DLYZ-ZFCG-2027-014
P:采购人（甲方）：东陵市邮政管理局
P:供应商（乙方）：江川数智信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，依据东陵市快递业务监管平台建设项目（采购编号DLCG-2027-0382）公开招标结果及招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供快递业务监管平台软件（以下简称"平台"）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据对接和培训。
P:1.2 定制开发内容包括：快递企业备案与分支机构、末端网点管理模块；寄递安全（实名收寄、过机安检、收寄验视）监管模块；智能快件箱及末端驿站监管模块；消费者申诉联动处置模块；行业运行监测驾驶舱；以及与省局寄递渠道安全监管系统、市政务数据共享平台的接口。
P:1.3 具体功能及性能要求以招标文件第五章《采购需求》和乙方投标文件为准，二者不一致的，以对甲方更有利者为准。
P:1.4 平台部署于甲方指定的政务云，乙方负责应用层部署、数据库配置及与政务云安全设施的适配，政务云资源由甲方另行提供。
H:第二条 合同价款
P:2.1 合同总价为人民币2,396,000元（大写：贰佰叁拾玖万陆仟元整），含税，包括：平台软件许可费1,160,000元；定制开发费980,000元；部署实施及数据对接费210,000元；培训费46,000元。
P:2.2 合同总价为固定总价，包含乙方完成本合同全部工作所需的人工、差旅、第三方组件、税费等一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即479,200元。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的45%，即1,078,200元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即838,600元。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方付款按财政国库集中支付程序办理，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后七十五日内完成平台部署和全部定制功能开发，并提交初步验收申请；初步验收通过后进入为期六十日的试运行。
P:4.2 乙方应指定一名具有同类项目经验的项目经理常驻东陵市，未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告，如实说明进度偏差和风险。
P:4.3 甲方负责协调省局、市政务数据主管部门及辖区快递企业配合接口联调和基础数据采集。
H:第五条 验收
P:5.1 初步验收由甲方组织，检验内容包括：招标文件所列功能逐项测试全部通过；与省局系统、市政务数据共享平台接口联调，连续十个工作日数据交换无差错；在300个并发用户条件下，常用查询响应时间不超过2秒，统计分析类页面不超过5秒；平台通过具有资质的第三方机构开展的网络安全等级保护二级测评。
P:5.2 试运行期满，试运行期间未发生一级故障且遗留问题全部整改完毕的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或者支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率应不低于99.5%，经甲方同意的计划内维护时间除外。
P:6.2 故障分为三级。一级故障指平台整体不可用或核心监管功能中断，乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障指部分功能不可用，乙方应在2小时内响应，24小时内恢复；三级故障为一般问题，乙方应在两个工作日内解决。
P:6.3 月度可用率每低于约定值0.1个百分点，甲方从履约保证金或应付款项中扣减2,000元；一级故障每迟延响应或迟延恢复一小时，扣减1,000元。
H:第七条 质量保证与后续维护
P:7.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持，每季度进行一次现场巡检。
P:7.2 质保期满后，如甲方需要，乙方应按年度提供维护服务，年度维护费不超过平台软件许可费的8%，即不超过92,800元/年，质保期满后三年内不得上调。
H:第八条 知识产权
P:8.1 平台基础软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、驾驶舱及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和部署。乙方应在最终验收时向甲方移交全部源代码。
P:8.3 乙方保证其提供的软件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台存储和处理的快递企业信息、寄递业务数据、从业人员和消费者个人信息等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取加密存储、访问控制、操作留痕等措施；运维人员须经甲方审核，通过甲方堡垒机访问生产环境，不得将数据复制至甲方网络之外。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在一小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的相关责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十一条 分包
P:11.1 乙方不得转包本项目。乙方可将培训组织、现场布线等非主体、非关键性工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方未按第四条约定期限完成部署或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.3 乙方交付的平台不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 合同解除
P:13.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:13.2 合同解除的，乙方应在十日内移交已完成的开发成果、源代码和全部甲方数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东陵市邮政管理局　　　　乙方（盖章）：江川数智信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：RF-SB-2027-032
P:甲方：温岭锐锋文具电器有限公司
P:乙方：台州恒控自动化工程有限公司
P:甲方为电动削笔刀生产企业，现有三条装配线和三条外壳注塑后处理线的控制系统老化，故障频发。甲方委托乙方对上述六条生产线的控制系统进行改造，包括控制设备供货、控制程序编写、系统集成、安装调试及培训。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）将六条生产线原有继电器及老旧PLC控制系统更换为新型PLC控制柜，将刀架装配工位的步进驱动系统更换为伺服驱动系统。
P:（二）在刀架装配和外壳检测工位加装视觉检测单元，实现缺件、错装、刮花自动剔除。
P:（三）部署产线数据采集网关和工业交换机，开发产线监控软件及与甲方现有MES系统的接口，实现产量、节拍、停机原因和不良品数据的实时采集。
P:（四）乙方须在甲方春节停产检修期及周末完成拆装，单条产线停产时间不得超过五日。
H:二、合同价款
P:（一）合同总价为人民币1,950,000元（含13%增值税），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、触摸屏）|6套|96,000|576,000
TB:2|伺服驱动器及伺服电机|48套|7,500|360,000
TB:3|视觉检测单元（相机、光源、工控机、检测软件）|6套|42,000|252,000
TB:4|数据采集网关及工业交换机|6套|18,000|108,000
TB:5|产线监控软件及MES接口软件许可（永久）|1套|184,000|184,000
TB:|软硬件小计|||1,480,000
TB:6|控制程序编写及系统集成|1项||248,000
TB:7|安装调试（含旧系统拆除）|1项||186,000
TB:8|操作及维修培训|1项||36,000
TB:|合计|||1,950,000
P:（二）合同总价包含设备、软件、运输、保险、安装、调试、培训、税费及乙方人员的食宿差旅费用。除经甲方书面确认的需求变更外，甲方不再支付其他任何费用。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即390,000元。
P:（二）全部设备到货并完成六条产线安装调试、恢复生产后，甲方支付合同总价的45%，即877,500元。安装调试完成及恢复生产不视为验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即682,500元。
H:四、交货与安装
P:（一）乙方应在合同签订后六十日内将全部设备运至甲方厂区，并在其后四十五日内完成六条产线的改造和调试。
P:（二）设备应为全新原厂产品，附合格证和原厂质保凭证。到货时双方共同开箱清点，开箱清点仅确认数量和外观，不代表质量合格。
P:（三）拆除的旧控制柜、旧电机和线缆归甲方所有，由乙方按甲方指定地点分类堆放，不得擅自处置。
P:（四）乙方人员进入甲方厂区应遵守甲方安全生产、消防和6S管理制度，动火、登高及带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担责任。
P:（五）乙方应在每条产线改造前七日提交切换方案和进度计划，经甲方生产部门确认后实施，并准备回退措施，确保在约定停产时间内恢复生产。
H:五、验收
P:（一）最终验收在六条产线全部恢复生产并连续稳定运行三十日后进行，由甲方生产、设备、质量部门共同组织，乙方派员参加。
P:（二）验收标准：各产线节拍达到每分钟18台以上；视觉检测漏检率不高于0.2%，误判率不高于1%；控制系统连续运行期间无因控制系统导致的停线；MES接口数据与人工抽查记录一致；安全联锁和急停功能逐项测试通过。
P:（三）乙方应在验收前提交竣工资料，包括电气图纸、PLC程序备份、参数清单、设备清单、操作规程和维修手册。
P:（四）验收合格的，双方签署验收报告。验收不合格的，乙方应在十日内整改并重新验收，整改及重新验收的费用由乙方承担。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费修复软件缺陷。
P:（二）故障响应：一级故障（导致产线停线）乙方应在1小时内响应，8小时内到场并恢复生产；二级故障（影响部分工位）应在2小时内响应，24小时内处理完毕。一级故障每超过恢复时限一小时，乙方向甲方支付500元。
P:（三）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的32%，即473,600元/年，质保期满后维保费固定不变，乙方不得上调。维保内容包括定期巡检、备件更换、程序优化和远程支持。
P:（四）乙方应在甲方厂区存放常用备件，包括PLC模块、伺服驱动器、相机和电源，备件清单作为附件，质保期内备件费用由乙方承担。
P:（五）乙方应为甲方培训电工及设备维修人员不少于十人，培训内容包括系统原理、日常点检、常见故障处理和程序备份恢复，培训后进行实操考核。
H:七、知识产权
P:（一）PLC控制程序、触摸屏画面、视觉检测程序配置、产线监控软件的定制部分及MES接口程序，知识产权归甲方所有，乙方应在验收时移交源程序和技术文档，甲方可自行修改使用。
P:（二）设备内置的原厂软件和乙方产线监控软件产品本身仍归原权利人，甲方享有永久使用权。
H:八、数据安全与保密
P:（一）产线运行数据、工艺参数、产品图纸和质量数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:（二）乙方远程维护须经甲方批准并通过甲方指定的VPN账号进行，不得私自留存甲方数据。因乙方原因造成数据泄露或丢失的，乙方应立即通知甲方、采取补救措施，并承担赔偿责任。
P:（三）乙方对甲方的工艺、产品、客户等非公开信息负有保密义务，本义务在合同终止后继续有效。
P:（四）项目结束后，乙方应将调试期间拷贝的程序、参数和数据全部交还甲方并删除其留存的副本。
H:九、分包
P:乙方不得将本合同项下的工作转包，设备供货和控制程序编写须由乙方自行完成。电气布线等辅助工作需分包的，应事先取得甲方书面同意。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成甲方停产损失的，乙方应予赔偿。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）本合同签订后，任何一方不得单方解除合同。乙方迟延交付或质量不合格的，甲方可要求乙方继续履行、限期整改并支付违约金，但不得因此解除本合同。
H:十一、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方，并提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方协商处理后续事宜。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交台州仲裁委员会仲裁。
H:十三、其他
P:本合同未尽事宜，双方可签订补充协议。甲方的技术规格书、乙方的投标方案与本合同不一致的，以本合同为准。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格表、改造实施方案。
P:甲方（盖章）：温岭锐锋文具电器有限公司　　　乙方（盖章）：台州恒控自动化工程有限公司
P:日期：2027年1月　日
"""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. GSLS-CN-2027-03
P:This Agreement is made between Hulunbuir Grassland Meat Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hailar District, Hulunbuir, Inner Mongolia (the "Buyer"), and Great Southern Livestock Systems Pty Ltd, a company incorporated in Australia with its principal office at Clive Street, Katanning, Western Australia (the "Supplier").
P:The Buyer operates a sheep and cattle processing plant and wishes to trace each animal from supplier farm to finished carton. The Supplier is the owner of the FlockTrace software, used by processors for livestock traceability, carcass grading and yield reporting. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FlockTrace Processor Edition, version 8, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Custom Developments" means the interfaces, reports, grading rules, label templates and configuration created by the Supplier specifically for the Buyer under Article 3, including their source code and technical documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the System has passed the acceptance tests.
P:1.4 "System" means the Software and the Custom Developments as installed in the Buyer's data room in Hailar.
P:1.5 "Severity 1 Incident" means a fault that stops carcass identification, grading or carton labelling on the slaughter floor or in the boning room.
H:Article 2 Licence
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on up to 60 named workstations and 4 servers at the Buyer's plant in Hailar and at its cold store in Yakeshi, for the Buyer's own business.
P:2.2 The Buyer may copy the Software for backup, testing and disaster recovery.
P:2.3 The Supplier warrants that it owns the Software or has the right to license it, and that the Buyer's use in accordance with this Agreement will not infringe the rights of any third party.
H:Article 3 Services
P:3.1 The Supplier shall install and configure the Software, migrate the Buyer's existing animal and supplier registers, and develop the following Custom Developments: an interface to the Buyer's ERP system for purchase orders and carton stock; an interface to the carcass grading cameras on the two slaughter lines; Chinese-language carton labels meeting the Buyer's export and domestic requirements; and a set of yield and traceability reports agreed in the functional specification.
P:3.2 The Supplier shall train the Buyer's key users, system administrators and line supervisors, on site in Hailar, in Chinese through a qualified interpreter provided by the Supplier.
P:3.3 The Supplier shall appoint a project manager with experience of at least three comparable processing plant projects. The project manager shall not be replaced without the Buyer's consent.
P:3.4 The Supplier shall complete installation within 70 days and submit the System for acceptance testing within 120 days after the Effective Date.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,670,000, inclusive of all taxes payable in China, made up of: Software licence fee CNY 1,240,000; installation, data migration and Custom Developments CNY 386,000; training CNY 44,000.
P:4.2 The Contract Price is fixed. It includes the Supplier's travel, interpreters, third-party components and withholding taxes.
H:Article 5 Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 167,000) within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee of equal amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 918,500) within 15 business days after the Supplier has installed the System and the Buyer has signed the installation certificate. The installation certificate confirms delivery only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 584,500) within 15 business days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account of the Supplier's agent in China named in Annex 3, against a valid VAT invoice.
H:Article 6 Acceptance
P:6.1 The acceptance tests are set out in Annex 1 and include: every animal registered at lairage can be traced to its carcass and to each carton produced from it, with no break in the chain over three consecutive production days; grading results from both camera lines are recorded against the correct carcass for every carcass in the test sample; ERP orders and carton stock reconcile without difference at the end of each test day; labels print correctly at line speed; and every agreed report produces the correct figures against a manual sample check.
P:6.2 After the tests are passed, the System runs in production for 45 days. During that period no Severity 1 Incident may remain unresolved beyond its restoration time.
P:6.3 When the tests and the production run are successful, the Buyer shall issue a Final Acceptance certificate within 7 business days. Use of the System in production, or any payment, is not acceptance. If the System fails, the Supplier shall correct the defects and repeat the tests at its own cost within 20 days.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the System will perform in accordance with the functional specification and the documentation for a warranty period of 24 months from Final Acceptance.
P:7.2 During the warranty period the Supplier shall correct all defects free of charge, supply all updates and new versions of the Software, and provide remote support and two on-site visits per warranty year.
H:Article 8 Support and Service Levels
P:8.1 The Supplier shall provide a support line in Chinese and English and a web portal for reporting incidents.
P:8.2 For a Severity 1 Incident the Supplier shall respond within 1 hour and restore operation, by workaround or fix, within 6 hours. For a Severity 2 Incident (a fault in a function that does not stop production) the Supplier shall respond within 3 hours and fix it within 3 business days.
P:8.3 If the Supplier misses a Severity 1 response or restoration time, it shall credit the Buyer CNY 800 for each hour or part of an hour of delay. Credits are deducted from the next payment due or paid within 20 days.
P:8.4 After the warranty period, the Buyer may order annual support and updates at a fee of 9% of the Software licence fee, being CNY 111,600 per year. This fee is fixed for the first three years after the warranty period and thereafter may change only by written agreement of both parties.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Supplier and its licensors.
P:9.2 All rights in the Custom Developments belong to the Buyer from their creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Developments freely, including through third-party developers.
H:Article 10 Buyer Data and Security
P:10.1 All data entered into or generated by the System, including animal identities, supplier farm records, grading results and production records, belongs to the Buyer. The Supplier may use it only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The System is installed on the Buyer's servers. The Supplier shall access them only through the Buyer's remote access gateway, with named accounts approved by the Buyer, and shall not copy Buyer data outside the Buyer's network. The Supplier shall comply with the data security laws of the People's Republic of China applicable to the Buyer.
P:10.3 The Supplier shall notify the Buyer within 2 hours of becoming aware of any unauthorised access to or loss of Buyer data caused by its personnel or tools, take all steps to contain it, and compensate the Buyer for the resulting loss.
H:Article 11 Confidentiality
P:11.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Supplier fails to submit the System for acceptance testing by the date in Article 3.4, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Supplier under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 10 or 11, death, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Supplier may not subcontract any part of the services except to its agent in China named in Annex 3, or to another party with the Buyer's prior written consent. The Supplier remains responsible for the work of its agent and any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 21 days after receiving notice of the breach.
P:14.2 The Buyer may also terminate if liquidated damages under Article 12.1 reach their maximum. The Supplier shall then refund the amounts paid for any part of the System not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Western Australia.
P:15.2 Disputes not settled by negotiation within 45 days shall be submitted to the exclusive jurisdiction of the courts of Western Australia sitting in Perth.
H:Article 16 General
P:16.1 Annexes: Annex 1 Acceptance Tests; Annex 2 Project Plan; Annex 3 Agent in China and Bank Details.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E03 = """
T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. TJC-EQ-2027-011
P:Buyer: Tongling Jinshan Cement Co., Ltd., Jinshan Industrial Park, Tongling, Anhui Province, People's Republic of China.
P:Supplier: Avon Valley Condition Monitoring Pty Ltd, Fitzgerald Street, Northam, Western Australia, acting in China through its authorised service partner named in Annex C.
P:This Contract is issued on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the vibration and temperature of the kiln drives, raw mills, cement mills, fans and belt conveyors of its two clinker lines, and the Supplier has offered its wireless sensors and its monitoring software for that purpose.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table in Clause 3.
P:1.2 "Software" means the Supplier's condition monitoring software, server edition, with its analytics modules and documentation.
P:1.3 "Configuration Deliverables" means the asset hierarchy, alarm thresholds for each machine, dashboards, reports and the interface to the Buyer's plant historian prepared by the Supplier for this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment on 412 monitoring points and at 36 gateway locations across the two production lines, install the Software on the Buyer's servers, prepare the Configuration Deliverables and train the Buyer's staff.
P:2.2 The Supplier shall carry out a site survey within 20 days after signature and submit an installation plan showing every sensor location, mounting method and gateway position for the Buyer's approval.
P:2.3 Training shall cover at least 16 operators and 10 maintenance engineers, in Chinese, at the Buyer's site. It shall include sensor mounting and replacement, reading of spectra and trends, alarm handling, and basic administration of the Software. Each trainee shall pass a practical test prepared by the Supplier and approved by the Buyer.
P:2.4 Installation work on running equipment shall be done only during planned shutdowns or with the Buyer's written work permit, in compliance with the Buyer's safety rules.
H:3. Price
P:3.1 The Contract Price is CNY 2,066,000, inclusive of VAT, customs duties, delivery to the Buyer's site and all other costs. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX rated, with mounting kit|420|2,600|1,092,000
TB:2|Wireless gateway with industrial enclosure and power supply|36|8,500|306,000
TB:3|Condition monitoring software, perpetual site licence (up to 600 assets)|1|468,000|468,000
TB:|Hardware and Licence Subtotal|||1,866,000
TB:4|Installation, commissioning and Configuration Deliverables|1 lot||172,000
TB:5|Training of operators and maintenance engineers|1 lot||28,000
TB:|Contract Price|||2,066,000
P:3.2 The eight spare sensors included in line 1 shall be handed over to the Buyer's store at delivery.
P:3.3 The Contract Price is fixed and shall not be adjusted for exchange rate changes.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 206,600) is payable within 15 business days after signature, against an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,136,300) is payable within 15 business days after delivery and installation of all Equipment and installation of the Software, confirmed by the Buyer's installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 723,100) is payable within 15 business days after Final Acceptance.
P:4.4 The Supplier shall issue a VAT special invoice for each payment.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within 75 days after signature, and complete installation and commissioning within 50 days after delivery.
P:5.2 Risk in the Equipment passes to the Buyer on delivery to site; title passes on payment under Clause 4.2.
P:5.3 The Equipment shall be new, of current production and packed for sea and road transport and outdoor storage.
P:5.4 Each delivery shall be accompanied by packing lists, certificates of origin and conformity, and the test reports of each sensor.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 60 days as a trial operation.
P:6.2 The acceptance criteria are: all 412 monitoring points report data to the Software at the configured interval; the measured vibration of each of ten reference machines agrees with the Buyer's portable analyser within the tolerance stated in Annex A; alarms are raised on the Software and in the plant historian within 60 seconds of a simulated threshold breach; the battery life forecast for each sensor is at least three years; and no Severity 1 Incident remains open at the end of the trial operation.
P:6.3 Delivery, installation, use of the system during trial operation and any payment are not acceptance.
P:6.4 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 business days. If they are not met, the Supplier shall remedy the defects at its cost and the trial operation shall be repeated for the affected points.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During that period it shall repair or replace defective Equipment, including sensors with batteries failing before their forecast life, and correct Software defects, all free of charge, and supply all Software updates.
P:7.2 Replacement sensors shall be delivered to the Buyer's site within 5 business days after notice.
H:8. Support and Service Levels
P:8.1 During the warranty period the Supplier shall provide a hotline and remote support in Chinese, through its service partner.
P:8.2 Incidents are classified in Annex B. For a Severity 1 Incident, meaning loss of monitoring on a kiln drive or on more than 20 points at the same time, the Supplier shall respond within 30 minutes and restore monitoring within 8 hours. For a Severity 2 Incident the response time is 2 hours and restoration within 2 business days.
P:8.3 For each hour of delay beyond a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:8.4 After the warranty period, the Supplier shall provide support and Software updates for years four and five after Final Acceptance at an annual fee of 7% of the Hardware and Licence Subtotal, being CNY 130,620 per year, fixed for both years. Further support may be agreed in writing.
H:9. Intellectual Property
P:9.1 The Software and the firmware of the Equipment remain the property of the Supplier. The Buyer has a perpetual licence to use them at its Tongling plant.
P:9.2 The Configuration Deliverables, including the interface program and its source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Data Security
P:10.1 All measurement data, alarms, asset records and reports collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Software shall be installed on the Buyer's servers inside the plant network. The gateways shall not send data to any cloud service. Remote access by the Supplier requires the Buyer's approval for each session and shall be made only through the Buyer's bastion host.
P:10.3 The Supplier shall report any data security incident caused by it within 2 hours, take all steps to limit its effect, and bear full liability for the Buyer's resulting losses.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and equipment condition, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives termination for five years.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier delays delivery or completion of installation and commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except to the service partner named in Annex C, which the Buyer approves by signing this Contract. The Supplier remains responsible for all subcontracted work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 12.1 reach their maximum.
P:14.2 On such termination the Supplier shall refund the payments received for Equipment and Software not accepted and remove any Equipment the Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.
H:16. General
P:16.1 Annex A (technical specifications and tolerances), Annex B (incident classification) and Annex C (service partner) form part of this Contract.
P:16.2 This Contract is signed in two originals in English and Chinese. In case of difference, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}
TARGETS = {"z01": ("h1077z01_postal_bureau_express_supervision_platform.pdf", "pdf"),
           "z02": ("h1077z02_pencil_sharpener_plant_line_control_retrofit.docx", "docx"),
           "e01": ("h1077e01_livestock_traceability_perpetual_licence_katanning_vendor.pdf", "pdf"),
           "e03": ("h1077e03_cement_condition_monitoring_sensors_northam_vendor.docx", "docx")}

FILES = {
    "z01": "h1077z01_postal_bureau_express_supervision_platform.pdf",
    "z02": "h1077z02_pencil_sharpener_plant_line_control_retrofit.docx",
    "z03": "h1077z03_music_theory_chain_booking_saas.txt",
    "z04": "h1077z04_eco_bureau_cooking_fume_monitoring_om.txt",
    "z05": "h1077z05_engraving_studio_process_tracking_supplier_template.md",
    "e01": "h1077e01_livestock_traceability_perpetual_licence_katanning_vendor.pdf",
    "e02": "h1077e02_grain_storage_saas_order_form_merredin_vendor.md",
    "e03": "h1077e03_cement_condition_monitoring_sensors_northam_vendor.docx",
    "e04": "h1077e04_hotel_group_managed_it_services_busselton_vendor.md",
    "e05": "h1077e05_agri_climate_data_api_subscription_manjimup_vendor.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in TERM_KEYS order, extra, fee base for TCO or None, design rules, design risk)
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
DESIGN = {
    "z01": ("software",
            [99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, True, "PRC", G],
            [True, True, True, False, 2396000], 1160000, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
    "z02": ("hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 32, False, False, False, "PRC", G],
            [True, True, True, False, 1950000], 1480000,
            ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"], "high"),
    "z03": ("cloud",
            [99.95, 0.25, True, "buyer", False, True, True, 0.08, None, None, True, None, None, None, True, True, False,
             "PRC", S],
            [True, True, None, False, 826000], None, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high"),
    "z04": ("services",
            [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S],
            [True, True, None, False, 612000], None, [], "low"),
    "z05": ("software",
            [None, 8, False, "supplier", True, False, True, 0.02, 20, 60, False, False, 6, None, False, True, None,
             None, G],
            [True, True, False, True, 514000], 268000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "e01": ("software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 9, False, True, False,
             "Western Australia", G],
            [True, True, True, False, 1670000], 1240000, ["CR-GOVERNING-LAW"], "low"),
    "e02": ("cloud",
            [99.95, 0.5, True, "buyer", True, False, False, 500 / 614000 * 100, 150, None, True, None, None, None,
             False, True, False, "PRC", S],
            [True, True, None, False, 614000], None, ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], "medium"),
    "e03": ("hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
            [True, True, True, False, 2066000], 1866000, [], "low"),
    "e04": ("services",
            [99.95, 0.25, True, "buyer", True, True, True, 300 / 2560000 * 100, 6 / 36 * 100, None, True, None, None,
             None, False, True, False, "PRC", S],
            [True, True, None, False, 2560000], None, ["CR-LD-LOW", "CR-LIABILITY-CAP"], "medium"),
    "e05": ("cloud",
            [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False,
             "PRC", S],
            [False, False, None, False, 494000], None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

# price and payment sums (CNY), as stated in the texts
SUMS = {
    "z01": ([1160000, 980000, 210000, 46000], [479200, 1078200, 838600]),
    "z02": ([576000, 360000, 252000, 108000, 184000, 248000, 186000, 36000], [390000, 877500, 682500]),
    "z03": ([336000, 336000, 118000, 36000], [154000, 336000, 336000]),
    "z04": ([412 * 1150, 86000, 52200], [153000] * 4),
    "z05": ([268000, 196000, 38000, 12000], [308400, 205600]),
    "e01": ([1240000, 386000, 44000], [167000, 918500, 584500]),
    "e02": ([286000, 286000, 42000], [286000, 286000, 42000]),
    "e03": ([420 * 2600, 36 * 8500, 468000, 172000, 28000], [206600, 1136300, 723100]),
    "e04": ([94000] + [68500] * 36, [94000] + [68500] * 36),
    "e05": ([238000, 238000, 18000], [59500] * 8 + [18000]),
}
PAY_SHARES = {"z01": [20, 45, 35], "z02": [20, 45, 35], "z05": [60], "e01": [10, 55, 35], "e03": [10, 55, 35]}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """post-warranty fee share of TCO over 5 years from acceptance; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum chosen in this set is in mainland China, except e01's
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    cat, tv, xv, base, design, _ = DESIGN[key]
    t = dict(zip(TERM_KEYS, tv))
    x = {"sla_clause": xv[0], "ld_stated": xv[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = xv[2]
    x["acceptance_deemed_on_delivery"] = xv[3]
    x["contract_value"] = xv[4]
    return {"file": FILES[key], "language": "zh" if key[0] == "z" else "en", "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": derive(t, x, base)}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*(?:个?小时|hours?|hrs?|-hour)",
    r"(?<![十\d])四个?小时", r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?hours?", r"four-hour",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"(?<![一二三四五六七八九十])十二个月", r"twelve\s*(?:\(12\)\s*)?-?months?",
    r"(?<![第每])一年", r"(?<![a-z])one[\s-]*year", r"(?<![\d.])1\s*-?years?(?![a-z])",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "forty per cent",
            "12个月", "十二个月", "12 months", "twelve months", "一年", "one year", "1 year"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "14 hours", "24 hours", "0.08%", "万分之八",
             "130%", "0.30%", "150%", "115%", "3 months", "112 months", "二十二个月", "第一年", "45%", "35%", "3.5%",
             "一个服务年度", "four years", "2 years", "11 years"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def check():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    fired = set()
    for key in DESIGN:
        cat, tv, xv, base, design, drisk = DESIGN[key]
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(design), (key, lab["expected_rules"], design)
        assert risk(lab["expected_rules"]) == drisk, key
        fired |= set(lab["expected_rules"])
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, base)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        # sums
        prices, pays = SUMS[key]
        assert sum(prices) == x["contract_value"] == sum(pays), key
        for sh in PAY_SHARES.get(key, []):
            assert sh not in (15, 30, 40, 100), key
        # lengths and threshold scan, as read back
        text = read_back(OUT / FILES[key])
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s %5d %s %s %s" % (key, n, lab["expected_rules"], risk(lab["expected_rules"]),
                                   "" if share is None else "TCO share %.1f%%" % share))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key in DESIGN:
        (OUT / FILES[key]).with_suffix(".json").write_text(
            json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")
    check()
    print("all checks passed")
