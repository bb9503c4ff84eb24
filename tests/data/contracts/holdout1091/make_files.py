"""holdout1091: builds the two .docx and the two .pdf drafts from the sources below (via ../word_pdf.py), writes the
ten .json labels, and checks lengths, sums, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py
The .txt and .md drafts are kept as they are in this folder; this script only reads them back."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1091Z01 = """T:××市农业农村局种子监管平台建设项目（软件许可及定制开发）采购合同
P:合同编号：NYJ-ZC-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：××市农业农村局
P:乙方（供应商）：绿禾数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就种子监管平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供种子监管平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其下属种子管理站、农业综合执法支队使用，不限用户数。
P:1.2 乙方按需求规格说明书定制开发以下模块：种子生产经营备案管理、品种审定与登记信息查询、种子质量抽检管理、门店进销存与二维码追溯、执法检查移动端、统计分析驾驶舱。
P:1.3 乙方负责将甲方现有种子经营许可数据、历年抽检数据迁移至平台，并完成与省级种子管理系统、市政务数据共享交换平台的接口开发。
P:1.4 乙方负责平台部署于甲方指定的政务云资源，并负责系统安装、联调、试运行及操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），包括：平台软件许可费¥1,168,000；定制开发费¥742,000；数据迁移及接口开发费¥214,000；实施及培训费¥96,000。
P:2.2 上述价款为含税固定总价，已包括乙方完成本合同全部工作所需的人工、差旅、税费及第六条约定的质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%，即¥444,000，作为预付款。
P:3.2 平台完成部署、数据迁移及接口联调，并通过甲方组织的初步验收后，甲方支付合同总价的45%，即¥999,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥777,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方因财政资金拨付程序造成的付款延迟，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署和定制开发，并提交初步验收申请；于初步验收后六十日内完成试运行并提交最终验收申请。
P:4.2 乙方应按周向甲方提交项目进展报告，重大风险应在发现后两个工作日内书面报告。
P:4.3 乙方应为本项目配备项目经理一名、开发及测试人员不少于六名，项目经理须具有同类项目经验，未经甲方同意不得更换。甲方应提供必要的办公场地、政务云资源及业务配合人员，并及时确认需求规格说明书。
H:第五条 验收
P:5.1 初步验收标准：定制开发模块功能与需求规格说明书逐项一致；迁移数据经抽样比对无差错，数据条数与源数据完全一致；与省级系统及政务数据共享交换平台的接口连续七日运行无异常；在三百名用户并发情况下，常用查询响应时间不超过两秒。
P:5.2 最终验收标准：平台连续试运行六十日，期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；乙方已交付全部源代码、数据库设计文档、接口文档、用户手册及运维手册。
P:5.3 甲方应在收到乙方验收申请后十个工作日内组织验收并出具书面验收意见。不合格的，乙方应在十五日内整改并重新申请验收。平台上线试运行、甲方实际使用或支付款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不高于平台软件许可费的8%（即每年不超过¥93,440），该费用标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护且经甲方同意的时间除外）。
P:7.2 故障分级及响应：一级故障（平台整体无法访问或追溯数据丢失）30分钟内响应，两小时内到达现场，八小时内恢复；二级故障（单个模块不可用）一小时内响应，当日恢复；三级故障（一般缺陷）两个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每迟延一小时扣减¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,500。上述扣减从质保金或应付款中抵扣。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、数据迁移脚本及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和推广。
P:8.3 乙方保证所交付成果不侵犯任何第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的种子经营主体信息、抽检结果、执法记录等全部数据属于甲方，乙方仅可为履行本合同之目的处理，不得用于其他任何用途，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，全程留痕；未经甲方书面同意，不得将任何数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任所造成的损失。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效，直至相关信息依法公开。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付或提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过六十日，或者交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按应付未付金额的万分之三每日向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同附件包括：需求规格说明书、分项报价表、项目实施计划、验收测试方案，附件与本合同正文具有同等效力。
P:甲方（盖章）：××市农业农村局    乙方（盖章）：绿禾数智科技有限公司
P:签订日期：2027年3月    签订地点：××市
"""

H1091Z02 = """T:生产线控制系统改造项目合同
P:合同编号：KL-SB-2027-031
P:甲方：浙江可乐美电器有限公司（电动酸奶机生产厂）
P:乙方：杭州启衡自动化工程有限公司
P:甲方为提升电动酸奶机总装、发酵杯注塑及包装各生产线的自动化与质量追溯水平，委托乙方对现有六条生产线的控制系统实施改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:（一）更换六条生产线的PLC控制柜、伺服驱动器及人机界面（HMI），增设扭矩、温度及视觉检测传感器；
P:（二）新建车间工业环网，部署产线数据采集服务器及SCADA监控软件；
P:（三）按甲方工艺要求定制开发PLC程序、HMI画面、产线监控画面及与甲方MES系统的数据接口；
P:（四）完成安装、调试、联机试产、操作和维修人员培训。
H:第二条 合同价款
P:本合同总价为人民币贰佰零捌万元整（¥2,080,000），含税，分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|6套|618,000
TB:2|伺服驱动器及电机|48套|412,000
TB:3|HMI触摸屏|18台|126,000
TB:4|扭矩、温度及视觉检测传感器|1批|198,000
TB:5|工业交换机及环网设备|1批|94,000
TB:6|数据采集服务器及SCADA软件许可|1套|192,000
TB:|设备及软件小计||1,640,000
TB:7|安装调试|1项|186,000
TB:8|PLC程序、画面及MES接口定制开发|1项|224,000
TB:9|培训|1项|30,000
TB:|合计||2,080,000
H:第三条 付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%，即¥416,000，作为预付款；
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，即¥728,000。到货签收仅确认数量及外观，不视为质量验收；
P:（三）六条生产线全部通过最终验收后，甲方支付合同总价的45%，即¥936,000。
P:乙方应在每期付款前开具增值税专用发票。
H:第四条 工期
P:乙方应在合同签订后七十五日内完成全部设备到货，并按甲方生产计划分批停线改造，每条线的停线改造时间不超过六日，全部改造应于合同签订后一百二十日内完成。乙方应提前提交停线改造计划，经甲方生产部门书面确认后实施。
P:乙方现场人员应遵守甲方车间安全生产、食品接触类产品洁净管理及动火作业审批制度，进入车间前须接受甲方安全交底。乙方施工造成甲方设备、模具或在制品损坏的，应照价赔偿。
P:甲方应提供施工所需的电源、场地及停线窗口，指派生产、设备及质量部门的对接人员，并在乙方提出书面需求后三个工作日内提供原有设备图纸、工艺文件及MES接口规范。甲方原因导致工期延误的，工期相应顺延。
H:第五条 验收
P:（一）单线验收：每条生产线改造完成后，连续试产七日，产线节拍达到每分钟二十二台，视觉检测漏检率不高于千分之二，PLC程序及HMI画面功能与技术协议一致，数据上传MES无丢失；
P:（二）最终验收：六条生产线均通过单线验收后，连续稳定运行三十日，未发生因控制系统原因导致的整线停机，乙方已交付电气图纸、PLC源程序、组态工程文件及操作维护手册；
P:（三）甲方应在收到乙方验收申请后七个工作日内组织验收，验收合格的签署验收证书；不合格的，乙方应整改后重新申请。设备安装、试产或投入生产均不视为验收合格。
H:第六条 质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障设备，免费修复程序缺陷。
P:（二）质保期满后，乙方提供年度维保服务，含驻厂工程师一名、季度预防性维护、备件更换及程序优化。年度维保费为设备及软件小计的32%，即每年¥524,800，该标准在质保期满后三年内保持不变。
P:（三）乙方应在最终验收前向甲方移交一批常用备品备件（清单见附件），并保证所供设备自最终验收起至少八年内可供应兼容备件。停产的，乙方应提前六个月书面告知甲方并提供替代方案。
P:（四）乙方应对甲方电气、设备维修人员不少于十二名进行培训，培训内容包括PLC程序结构、HMI操作、常见报警处理及备件更换，培训后由乙方组织实操考核。
H:第七条 故障响应
P:整线停机故障，乙方应在一小时内响应，六小时内到达现场；单台设备故障，乙方应在两小时内响应，次日内修复。乙方每超时一小时，向甲方支付¥1,000。乙方应提供电话及远程技术支持热线，并每月向甲方提交故障处理记录及设备运行分析报告。
H:第八条 知识产权
P:乙方为本项目定制开发的PLC程序、HMI画面、SCADA组态工程文件及MES接口程序，其知识产权及源程序归甲方所有，甲方可自行修改、复制及用于其他生产线。SCADA软件及设备内置软件的知识产权归原权利人所有，甲方享有永久使用权。
H:第九条 数据安全
P:产线运行数据、工艺参数、质量检测数据及图像属于甲方，乙方不得用于本合同以外的任何目的。乙方远程访问甲方系统须事先取得甲方批准，并通过甲方指定的安全通道进行，访问全程记录。乙方应采取防病毒、访问控制等措施，发生数据泄露或因乙方原因导致数据丢失的，乙方应在两小时内通知甲方并承担赔偿责任。
H:第十条 保密
P:乙方对甲方的工艺配方、产品设计、产能及客户信息负有保密义务，未经甲方书面许可不得向第三方披露，本条在合同终止后三年内继续有效。
H:第十一条 分包
P:乙方可将现场电缆敷设、桥架安装及控制柜就位等施工工作分包给其合作施工单位，但应在进场前书面通知甲方，并对分包单位的施工质量和安全负责。
H:第十二条 违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金；
P:（二）因乙方原因导致停线超出约定时间的，乙方应赔偿甲方因此造成的直接损失；
P:（三）乙方在本合同项下的累计赔偿总额以合同总价的150%为限，但乙方故意或重大过失、人身伤害及违反第九条、第十条所造成的损失不受此限。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除合同，乙方应退还甲方已付款项中未履行部分的价款，并赔偿甲方损失。乙方逾期完成改造超过三十日，或任一生产线经两次单线验收仍不合格的，甲方亦有权解除合同。合同解除后，乙方应配合甲方将已改造产线恢复至可生产状态，并移交已完成部分的图纸及程序。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:（一）因地震、火灾、疫情防控措施等不可抗力导致任何一方不能履行本合同的，受影响方应在三日内通知对方，并在十五日内提供证明，双方协商延期履行或解除合同，互不承担违约责任。
P:（二）乙方交付的设备应为全新、原厂正品，并附合格证、检验报告及原厂质保证明；涉及电气安全的元器件应取得国家强制性产品认证。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、设备清单、停线改造计划及验收测试方案为本合同附件，与本合同具有同等效力。附件与正文不一致的，以正文为准。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年4月
"""

H1091E01 = """T:Software Licence and Services Agreement
P:Agreement No. GAS-CN-2027-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Glen Aray Software Limited, a company incorporated in Scotland with its registered office at Front Street, Inveraray, Argyll, Scotland (the "Supplier"), and Dalian Haiyun Aquaculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province (the "Customer").
P:The Customer operates offshore and onshore fish and shellfish farms and wishes to acquire a perpetual licence of the Supplier's FarmTide aquaculture management software, together with implementation and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FarmTide aquaculture management software in object code, version 8.2, with the modules listed in Annex 1 (stock and cohort management, feeding and feed stock, water quality, health and treatment records, harvest planning and traceability), and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data migration scripts, configurations and documentation produced by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or migrated into the Software by or for the Customer, including farm, stock, sensor, feeding, treatment and sales data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 150 named users and 26 farm sites operated by the Customer and its subsidiaries in the People's Republic of China.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer shall not sell or sublicense the Software to third parties, except to a contractor who operates the Software on the Customer's behalf.
H:Article 3 Services
P:3.1 The Supplier shall install the Software on the Customer's servers in Dalian, configure it for the Customer's farm structure, migrate historical data from the Customer's current spreadsheets and legacy database, and develop interfaces with the Customer's ERP system, its feed barge control systems and its water-quality sensor platform.
P:3.2 The Supplier shall provide two on-site training courses for farm managers and a train-the-trainer course for the Customer's IT staff, with Chinese interpretation supplied by the Supplier.
P:3.3 The Supplier shall complete installation, configuration, migration and interfaces within 100 days after the Effective Date, following the project plan in Annex 2.
P:3.4 The Supplier shall appoint a named project manager with previous aquaculture implementations, who shall attend the Customer's site during configuration, migration and acceptance testing. The Supplier shall not replace the project manager without the Customer's approval, which shall not be unreasonably withheld. The Customer shall provide server capacity, network access, a project coordinator and the co-operation of farm staff as set out in the project plan.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,748,000, made up of the licence fee of CNY 1,280,000, implementation services of CNY 420,000 and training of CNY 48,000. The price is fixed and includes all travel, interpretation and taxes payable by the Supplier outside China.
P:4.2 The Customer shall pay: (a) 20% of the total price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% after the Software is installed and the interfaces pass integration testing; and (c) 35% within 20 days after Final Acceptance.
P:4.3 Payments are made in CNY to the Supplier's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 When installation, migration and interfaces are complete, the Supplier shall notify the Customer, and the parties shall carry out the acceptance tests in Annex 3.
P:5.2 The acceptance criteria are: every function listed in Annex 1 works as described; migrated stock and harvest records reconcile with the source files for every site, with no missing cohort; ERP, feed barge and sensor interfaces exchange data without error for ten consecutive days; screens load within three seconds for 60 concurrent users; and the Software then runs for 30 days without a Severity 1 fault.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after the criteria are met, or list the failures. The Supplier shall correct listed failures and repeat the relevant tests. Installation, training or use of the Software in production does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Severity 1 faults (the Software is unavailable or stock records are corrupted) shall be responded to within one hour, with a workaround within eight hours. Severity 2 faults shall be responded to within two hours and Severity 3 faults within two working days. Support is provided in English and Chinese, 24 hours a day for Severity 1.
P:6.3 If the Supplier misses a response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, up to CNY 60,000 per year.
P:6.4 After the Warranty Period, the Customer may buy annual support at 11% of the licence fee, which is CNY 140,800 per year. This fee is fixed for the first three years after the Warranty Period. Support is bought by separate annual order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Supplier keeps all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Customer on creation. The Supplier shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts, shall not copy Customer Data outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Any transfer of Customer Data outside China is prohibited.
P:8.3 The Supplier shall notify the Customer within 12 hours after becoming aware of any unauthorised access to Customer Data, take remedial action, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This Article survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to complete the work under Article 3.3 on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to death or personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On such termination the Supplier shall refund the amounts paid for work not accepted.
P:12.3 The licence granted in Article 2 survives any termination other than termination by the Supplier for the Customer's failure to pay the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the law of Scotland.
P:13.2 The parties shall first try to settle any dispute through senior management within 30 days. Disputes not so settled shall be submitted to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.3 Notices shall be in writing and sent by courier or e-mail to the addresses in the signature block. A notice by e-mail is received on the next working day at the recipient's place.
P:14.4 This Agreement is signed in English and Chinese. Both versions have equal force.
P:Annex 1: Modules and functional description. Annex 2: Project plan. Annex 3: Acceptance test plan.
P:For the Supplier: ____________________    For the Customer: ____________________
"""

H1091E03 = """T:Supply Contract for Dam Monitoring Sensors and Monitoring Software
P:Contract No. MJHP-PUR-2027-112
P:Buyer: Sichuan Minjiang Hydropower Development Co., Ltd., Chengdu, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Tay Valley Instruments Ltd, Dunkeld Street, Aberfeldy, Perthshire, Scotland (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment procurement. The Buyer is upgrading the safety monitoring of the Shuangxi concrete gravity dam, and the Supplier was selected through the Buyer's invitation to tender. The tender documents and the Supplier's bid form part of this Contract; if they conflict, this Contract prevails.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, deliver to site, install, calibrate and commission the vibrating-wire piezometers, seepage weir sensors, data loggers and communication gateways listed in clause 2, and grant the Buyer a perpetual licence of the DamWatch monitoring software for the Shuangxi dam monitoring centre.
P:1.2 The Supplier shall configure DamWatch for the dam's instrumentation layout, set the alarm thresholds provided by the Buyer's dam safety engineers, integrate the new sensors with the Buyer's existing automated survey system and SCADA historian, and train the Buyer's staff.
P:1.3 All equipment shall be new, of the Supplier's current production, and suitable for continuous operation at relative humidity near saturation in the dam galleries.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,877,000, inclusive of VAT, delivery to site, customs clearance, installation, calibration and all other costs of the Supplier. It is fixed for the duration of this Contract. The itemised prices are:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Vibrating-wire piezometers with cables|64|9,800|627,200
TB:2|Seepage weir level sensors|12|18,500|222,000
TB:3|Automatic data loggers, 16-channel|16|24,600|393,600
TB:4|Communication gateways with redundant links|2|38,000|76,000
TB:5|DamWatch monitoring software, perpetual licence|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,636,800
TB:6|Installation, calibration and commissioning|1|214,000|214,000
TB:7|Training|1|26,200|26,200
TB:|Contract Price|||1,877,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 187,700) within 30 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,032,350) after all equipment has been delivered to site and signed for by the Buyer. Signature of the delivery note confirms quantities and visible condition only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 656,950) within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is made against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Shuangxi dam site within 90 days after signature, and complete installation and commissioning within 60 days after delivery, outside the flood season restrictions notified by the Buyer.
P:4.2 Supplier personnel working in the dam galleries shall follow the Buyer's site safety rules, permit-to-work system and confined-space procedures.
P:4.3 The equipment shall be packed for sea and road transport and for storage in humid conditions. Each package shall be marked with the contract number, the item number and the gross weight. The Supplier bears the risk of loss or damage until the equipment is signed for at site.
P:4.4 The Buyer shall provide access to the dam galleries, power supply at each logger location, cable routes, a place to store equipment on site and the technical information on the existing survey system and SCADA historian needed for the integration work. If the Buyer delays any of these, the Supplier's time for completion is extended accordingly.
P:4.5 The Supplier shall submit a method statement and an installation schedule to the Buyer at least 14 days before mobilising to site, and shall attend weekly site progress meetings chaired by the Buyer's project engineer.
H:5. Acceptance
P:5.1 After commissioning, the parties shall carry out the site acceptance tests in Annex B. The acceptance criteria are: every sensor reads within the accuracy stated in the technical specification when checked against reference instruments; readings from all 64 piezometers and 12 weirs reach DamWatch at the configured interval with no data gap during a 30-day trial run; alarms are raised in DamWatch and passed to the SCADA historian within one minute of a simulated threshold exceedance; and the Supplier has handed over calibration certificates, as-built drawings and manuals.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten working days after the criteria are met. Installation, commissioning or operational use of the equipment is not acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including shipping and customs costs, correct software defects and supply DamWatch updates.
P:6.2 After the warranty period the Supplier shall, at the Buyer's option, provide annual support (spare parts, recalibration, software updates and remote support) for a fee of 9% of the Equipment and Licence Subtotal per year, that is CNY 147,312 per year, fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.3 The Supplier shall keep spare parts and replacement sensors of the supplied types available for at least eight years after Final Acceptance. If a type is discontinued, the Supplier shall give the Buyer six months' notice and offer a compatible replacement at no higher price.
H:7. Service Levels
P:7.1 Severity 1 (monitoring data from a dam section is lost, or DamWatch alarms fail): the Supplier shall respond within one hour and restore monitoring, by temporary means if necessary, within 24 hours.
P:7.2 Severity 2 (single sensor or logger failure): response within two hours and repair within seven days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
H:8. Intellectual Property
P:8.1 DamWatch and the firmware remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually.
P:8.2 The configuration, alarm logic, interface programs and reports developed for the Buyer under this Contract, with their source code, belong to the Buyer, who may use, modify and license them freely.
H:9. Data Security
P:9.1 All monitoring data, dam design information and operating records belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose.
P:9.2 The Supplier shall access the monitoring centre only through the Buyer's approved remote access channel, with per-session approval, and shall not copy data outside the Buyer's network. DamWatch shall be installed on the Buyer's servers and shall not send data to any external server.
P:9.3 The Supplier shall report any data security incident within two hours and is liable for losses caused by its breach of this clause.
P:9.4 On request, and in any case when remote support ends, the Supplier shall delete any Buyer data held for support purposes and confirm the deletion in writing.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the dam, its structure, safety condition and monitoring results, and shall not disclose it without the Buyer's prior written consent, during this Contract and for three years after it ends.
P:10.2 The Supplier may not publish photographs of the dam or name the Buyer as a reference customer without the Buyer's prior written consent.
H:11. Liquidated Damages and Liability
P:11.1 For late delivery or late completion of commissioning, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services that have not been accepted, and the Buyer may complete the work itself or through others. The licence of DamWatch for equipment already installed survives termination.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by earthquake, flood, epidemic measures or other events beyond its reasonable control, provided it notifies the other party within seven days and takes reasonable steps to limit the delay. The flood season restrictions notified under clause 4.1 are not force majeure.
H:16. General
P:16.1 This Contract is made in Chinese and English. Both versions have equal force; technical terms are read as in the Chinese technical specification.
P:16.2 Any amendment shall be made in writing and signed by authorised representatives of both parties. This Contract enters into force on signature by both parties.
P:Annex A: Technical specification. Annex B: Site acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h1091z01": H1091Z01, "h1091z02": H1091Z02, "h1091e01": H1091E01, "h1091e03": H1091E03}
TARGETS = {"h1091z01": ("h1091z01_agri_bureau_seed_supervision_platform.pdf", "pdf"),
           "h1091z02": ("h1091z02_yogurt_maker_line_control_retrofit.docx", "docx"),
           "h1091e01": ("h1091e01_aquaculture_software_perpetual_licence.pdf", "pdf"),
           "h1091e03": ("h1091e03_dam_monitoring_sensors_and_licence.docx", "docx")}
KEPT = {"h1091z03": "h1091z03_writing_school_booking_saas.txt",
        "h1091z04": "h1091z04_port_hazchem_monitoring_om_service.txt",
        "h1091z05": "h1091z05_rattan_studio_process_tracking_supplier_template.md",
        "h1091e02": "h1091e02_field_service_saas_order_form.md",
        "h1091e04": "h1091e04_textile_managed_it_services_36_months.md",
        "h1091e05": "h1091e05_marine_metocean_data_api_subscription.txt"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Design: one entry per draft. terms in TERM_KEYS order; extra; design rules; price check; TCO inputs; forum_outside.
D = {}
D["h1091z01"] = dict(lang="zh", category="software", terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None,
    20, True, True, 24, 8, False, True, False, "PRC", "goods_or_licence"], sla=True, ld=True, capped=True, deemed=False,
    value=2220000, parts=[1168000, 742000, 214000, 96000], pays=[444000, 999000, 777000], base=1168000, fee=93440,
    forum_outside=False, rules=[])
D["h1091z02"] = dict(lang="zh", category="hardware", terms=[None, 1, True, "buyer", True, True, True, 0.06, 150,
    20, True, True, 18, 32, False, True, True, "PRC", "goods_or_licence"], sla=True, ld=True, capped=True, deemed=False,
    value=2080000, parts=[1640000, 186000, 224000, 30000], pays=[416000, 728000, 936000], base=1640000, fee=524800,
    forum_outside=False, rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"])
D["h1091z03"] = dict(lang="zh", category="cloud", terms=[99.5, 0.5, True, "buyer", True, True, True, 0.1, 200,
    None, True, None, None, None, True, True, False, "PRC", "service"], sla=True, ld=True, deemed=False,
    value=536000, parts=[228000, 228000, 68000, 12000], pays=[80000, 228000, 228000], forum_outside=False,
    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
D["h1091z04"] = dict(lang="zh", category="services", terms=[99.95, 0.25, False, "buyer", True, True, True, None, None,
    None, True, None, None, None, False, False, False, "PRC", "service"], sla=True, ld=False, deemed=False,
    value=1126000, parts=[624000, 286000, 148000, 68000], pays=[281500] * 4, forum_outside=False,
    rules=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"])
D["h1091z05"] = dict(lang="zh", category="software", terms=[None, 2, False, "supplier", True, False, True, 0.02, 20,
    65, False, False, 6, None, False, True, None, None, "goods_or_licence"], sla=True, ld=True, capped=False,
    deemed=True, value=312000, parts=[168000, 126000, 18000], pays=[202800, 109200], base=168000, fee=None,
    forum_outside=False, rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
    "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"])
D["h1091e01"] = dict(lang="en", category="software", terms=[None, 1, True, "buyer", True, True, True, 0.08, 150,
    20, True, True, 18, 11, False, True, False, "Scotland", "goods_or_licence"], sla=True, ld=True, capped=True,
    deemed=False, value=1748000, parts=[1280000, 420000, 48000], pays=[349600, 786600, 611800], base=1280000,
    fee=140800, forum_outside=True, rules=["CR-GOVERNING-LAW"])
D["h1091e02"] = dict(lang="en", category="cloud", terms=[99.95, 0.5, True, "buyer", False, True, True,
    400 / 568000 * 100, 200, None, True, None, None, None, False, True, True, "PRC", "service"], sla=True, ld=True,
    deemed=False, value=568000, parts=[261000, 261000, 46000], pays=[46000, 261000, 261000], forum_outside=False,
    rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"])
D["h1091e03"] = dict(lang="en", category="hardware", terms=[None, 1, True, "buyer", True, True, True, 0.1, 150,
    10, True, True, 36, 9, False, True, False, "PRC", "goods_or_licence"], sla=True, ld=True, capped=True,
    deemed=False, value=1877000, parts=[1636800, 214000, 26200], pays=[187700, 1032350, 656950], base=1636800,
    fee=147312, forum_outside=False, rules=[])
D["h1091e04"] = dict(lang="en", category="services", terms=[99.95, 6, True, "buyer", True, True, True,
    2000 / 2550000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", "service"],
    sla=True, ld=True, deemed=False, value=2550000, parts=[84000, 2466000], pays=[84000] + [68500 * 3] * 12,
    forum_outside=False, rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"])
D["h1091e05"] = dict(lang="en", category="cloud", terms=[None, None, False, "buyer", True, True, False,
    600 / 814000 * 100, 200, None, True, None, None, None, False, True, False, "PRC", "service"], sla=False, ld=True,
    deemed=False, value=814000, parts=[386000, 386000, 42000], pays=[386000, 386000, 42000], forum_outside=False,
    rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee = annual fee."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["contract_kind"] != "goods_or_licence" or d.get("fee") is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * d["fee"]
    return post / (d["value"] + post) * 100


def derive(d):
    """My reading of policy §3, from the label values."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def file_name(key):
    return TARGETS[key][0] if key in TARGETS else KEPT[key]


def label(key, d):
    t = dict(zip(TERM_KEYS, d["terms"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": file_name(key), "language": d["lang"], "category": d["category"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NOT_DIGIT_CN = "(?![一二三四五六七八九点])"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                             # availability 99.9 %
    r"(?<![\d.])4\s*(?:个)?\s*(?:工作)?\s*小时", r"(?<![十\d])四\s*(?:个)?\s*(?:工作)?\s*小时",
    r"(?<![\d.])4\s*(?:working\s*|business\s*)?(?:hours?|hrs?|h)\b",
    r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:working\s*|business\s*)?hours?", r"(?<![\d.,])240\s*(?:分钟|min)",
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0?\.050*\s*per\s*cent",  # LD 0.05 %/day
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之一?百", r"(?<![\d.,])100\s*per\s*cent", r"one\s*hundred\s*per\s*cent",
    r"一倍", r"(?<![\w.])1\s*倍", r"\bone\s*times\b",                        # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十" + NOT_DIGIT_CN, r"三成", r"thirty\s*per\s*cent",
    r"(?<![\d.,])30\s*per\s*cent",                                          # prepayment 30 %
    r"(?<![\d.,年])12\s*(?:个)?\s*月", r"十二\s*个?\s*月", r"(?<![\d.,])12\s*months?", r"twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![第每\d])[一1]\s*年(?!度)", r"\bone\s*year\b", r"(?<![\d.,])1\s*years?\b",  # warranty 12 months
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"百分之十五" + NOT_DIGIT_CN, r"fifteen\s*per\s*cent",
    r"(?<![\d.,])15\s*per\s*cent",                                          # post-warranty fee 15 %
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十" + NOT_DIGIT_CN, r"四成", r"forty\s*per\s*cent",
    r"(?<![\d.,])40\s*per\s*cent",                                          # TCO share 40 %
    r"(?<![\d.,])5\s*years?\b", r"(?<![十百\d])五\s*年", r"\bfive\s*years?", r"(?<![\d.,])60\s*months?",
    r"六十\s*个\s*月",                                                       # TCO horizon 5 years
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时内响应", "四小时", "4 个工作小时", "4 hours", "within four hours", "4h",
            "0.05%", "万分之五", "100%", "100 per cent", "一倍", "30%", "百分之三十", "30 per cent", "12个月",
            "十二个月", "12 months", "twelve months", "质保期一年", "one year", "15%", "百分之十五", "40%", "百分之四十",
            "5 years", "五年", "five years", "60 months", "240分钟"]
MUST_MISS = ["99.95%", "99.98%", "24小时", "二十四小时", "24 hours", "14 hours", "0.5 hours", "0.06%", "万分之六",
             "150%", "1,100 users", "200%", "130%", "31%", "百分之三十五", "18个月", "120日", "112 months",
             "第一年度", "每一年度", "2027年", "115%", "140%", "65%", "25 years", "二十五年", "twenty-four hours",
             "35%", "45%", "1,500 per", "2,400%", "2027年12月31日"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must-hit missed", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must-miss hit", s, THRESHOLD_RE.search(s).group(0))

    covered = set()
    rows = []
    for key, d in D.items():
        assert len(d["terms"]) == len(TERM_KEYS)
        assert sum(d["parts"]) == d["value"], (key, sum(d["parts"]))
        assert sum(d["pays"]) == d["value"], (key, sum(d["pays"]))
        got = derive(d)
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        covered |= set(got)
        t = dict(zip(TERM_KEYS, d["terms"]))
        for k, v in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(d)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        path = OUT / file_name(key)
        text = read_back(path)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        lab = label(key, d)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((file_name(key), n, ", ".join(r[3:] for r in got) or "(none)", risk(got),
                     None if share is None else round(share, 1)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for r in rows:
        print(*r, sep=" | ")
    print("coverage ok: all", len(ALL_RULES), "rules")


if __name__ == "__main__":
    main()
