"""holdout658: builds the two .docx and two .pdf drafts from the sources below (via ../word_pdf.py), writes the ten
.json labels, and checks: text lengths as read back, no threshold figure in any built text (regex, self-tested), no
label value on a threshold, TCO shares away from the threshold, expected rules derived from the labels (policy §3 as
read here) equal to the design list, the mix, and coverage of all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H658Z01 = """\
T:灯塔与航标运行监测平台采购合同
P:合同编号：DYHB-ZC-2027-018
P:采购项目：东屿航标处灯塔与航标运行监测平台建设项目（政府采购，公开招标）
P:甲方（采购人）：东屿航标处
P:乙方（供应商）：海明智航科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就灯塔与航标运行监测平台的软件许可、定制开发与实施事宜，按甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供航标运行监测平台软件（含航标遥测遥控、灯塔设备监测、电子海图叠加、告警管理、巡检工单模块）的永久使用许可，许可范围为甲方及其所属航标站，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括：与甲方现有AIS基站数据的接口、灯浮标遥测终端协议适配（三种型号）、航标效能统计报表、移动巡检App及与上级海事管理平台的数据交换接口。
P:1.3 乙方负责平台在甲方机房的部署、历史遥测数据迁移、联调测试、试运行及用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零柒万元整（¥2,070,000），含税，为固定总价，包括下列各项：
P:（1）平台软件许可费：¥1,180,000；
P:（2）定制开发费：¥746,000；
P:（3）部署实施及数据迁移费：¥118,000；
P:（4）培训费：¥26,000。
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款，因国库集中支付流程造成的合理延误不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同生效后60日内完成部署及接口开发并申请初步验收，于初步验收后90日内完成试运行并申请最终验收。
P:4.2 乙方应在合同生效后10个工作日内提交实施方案，经甲方确认后执行。
P:4.3 乙方应指派具有同类项目经验的项目经理及不少于五名实施人员，项目经理未经甲方同意不得更换。乙方人员进入甲方机房及航标站点，应遵守甲方安全生产及出入管理规定。
P:4.4 乙方应为甲方系统管理员及各航标站操作人员提供不少于三期集中培训，培训教材随平台一并交付。
H:第五条 验收
P:5.1 初步验收标准：（1）合同清单所列功能全部实现；（2）接入的全部灯塔及不少于八百座灯浮标数据正常上传，连续7日无数据缺失；（3）告警从终端上报至平台显示不超过10秒；（4）与AIS基站及上级平台接口联调通过。
P:5.2 最终验收标准：（1）试运行期满90日，期间未发生一级故障；（2）历史数据迁移经甲方全量核对一致；（3）第三方机构出具的安全测评报告无高风险项；（4）技术文档、源代码及操作手册移交完毕。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内乙方每季度进行一次巡检并提交巡检报告，汛期及台风季前增加一次专项检查。
P:6.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该费率在质保期满后三年内不得上调，维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台核心服务月度可用率不低于99.95%（计划停机经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用、告警功能失效或灯塔监测数据中断）：乙方应在30分钟内响应，2小时内远程恢复，必要时6小时内到达现场；二级故障：1小时内响应，次日内解决；三级故障：8小时内响应，5个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，扣减当期维护费用或支付违约金¥2,000。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、报表、移动App及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方保证其交付成果不侵犯任何第三方权利。
H:第九条 数据安全
P:9.1 平台采集、存储的航标遥测数据、位置信息、告警记录及日志等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于任何其他目的。
P:9.2 乙方应按网络安全等级保护第三级要求实施部署，采用访问控制、传输加密和操作审计措施；远程维护须经甲方审批并通过甲方堡垒机进行。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的航标布设、设备参数、网络结构及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的工作转包或分包给第三方，不得转让本合同权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等法律效力。合同履行期间双方的通知以书面形式送达本合同载明的地址，任何一方变更联系方式应提前五个工作日通知对方。
P:甲方（盖章）：东屿航标处        乙方（盖章）：海明智航科技有限公司
P:授权代表：____________        授权代表：____________
P:日期：____年__月__日          日期：____年__月__日
"""

H658Z02 = """\
T:压贴及喷涂生产线控制系统改造合同
P:合同编号：LSMY-JG-2027-031
P:甲方（买方）：临山木业门窗有限公司
P:乙方（卖方）：恒拓工控自动化有限公司
P:甲方为提升木门压贴线及喷涂线的自动化水平，委托乙方对两条压贴线及一条喷涂线的电气控制系统进行改造，并由乙方提供改造后的维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）压贴线：更换两条压贴线的PLC控制柜，增加温度、压力闭环控制和板材计数，实现配方参数一键下发。
P:（二）喷涂线：更换喷涂线PLC及变频器，加装漆雾浓度、烘道温度传感器，实现链速与喷枪联动调节。
P:（三）中控系统：部署车间中控SCADA软件，采集三条产线运行数据，提供报警、能耗及产量统计，并与甲方现有MES系统对接工单与报工数据。
P:（四）乙方负责拆除旧控制柜、安装、接线、程序编写、联调、试生产及操作培训。
H:二、合同价款
P:（一）本合同总价为人民币壹佰陆拾万元整（¥1,600,000），含税，为固定总价。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|压贴线PLC控制柜（含触摸屏）|2套|186,000|372,000
TB:2|喷涂线PLC及变频改造|1套|318,000|318,000
TB:3|伺服电机及传感器|1批|214,000|214,000
TB:4|车间中控SCADA软件许可（永久）|1套|268,000|268,000
TB:5|工业交换机及工控机|1批|148,000|148,000
TB:|软硬件小计||| 1,320,000
TB:6|安装调试及旧柜拆除|1项|168,000|168,000
TB:7|PLC程序及MES接口开发|1项|94,000|94,000
TB:8|操作及维修培训|1项|18,000|18,000
TB:|合计|||1,600,000
P:（二）软硬件小计为第1至5项之和，是计算年度维保费的基数。
P:（三）上述价格包含设备运输、保险、安装辅材及乙方人员差旅费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装、通电调试后，甲方支付合同总价的55%。到货签收和安装完成不代表设备质量验收合格。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%。
P:（四）乙方每次请款时应提供相应金额的增值税专用发票，甲方收到发票后按上述期限付款。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方厂区，改造施工安排在甲方计划停产期间进行，每条产线停线时间不超过6日。
P:（二）乙方应在设备到货后40日内完成全部安装调试并申请最终验收。
P:（三）施工前，乙方应提交改造方案、停线切换计划及安全施工方案，经甲方生产部和设备部确认后实施。乙方人员在甲方厂区作业应遵守甲方安全生产、动火及用电管理制度，喷涂车间内作业须执行防爆要求，因乙方违章作业造成的人身或财产损失由乙方承担。
P:（四）改造期间乙方应保留旧控制柜的主要元件及原有程序备份，直至最终验收合格，以便必要时恢复原有生产方式。
P:（五）乙方应在试生产期间对甲方操作工和电工分批进行培训，内容包括设备操作、配方维护、常见报警处理和安全注意事项，培训结束后向甲方提交培训记录及考核结果。
H:五、验收
P:（一）验收标准：（1）设备型号、数量与明细表一致，出厂合格证齐全；（2）压贴温度控制偏差不超过±2℃，压力偏差不超过±0.1MPa；（3）喷涂链速与喷枪联动响应正常，烘道温度偏差不超过±3℃；（4）中控系统与MES的工单、报工数据连续7日比对一致；（5）三条产线连续试生产15日，未因控制系统原因停线。
P:（二）甲方应在收到验收申请后7个工作日内组织验收并签署验收报告。设备投入试生产不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换和程序修改均由乙方免费负责。
P:（二）故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|任一产线因控制系统停线|2小时|6小时|24小时
TB:二级|部分功能失效但产线可降速运行|8小时|次日|3日
TB:三级|报表、界面等一般问题|1个工作日|按需|7日
P:（三）乙方超过上表响应或到场时限的，每超时1小时向甲方支付违约金¥600，可从应付款项中扣除。
P:（四）质保期内乙方应在甲方厂区存放不少于一套PLC主模块、触摸屏及常用传感器作为备件，备件消耗后10日内补齐。乙方每季度对三条产线控制系统巡检一次并提交书面报告。
P:（五）质保期满后，乙方提供年度维保服务（含定期巡检、程序维护、中控软件升级及易损备件更换），年度维保费为软硬件小计的28%，即每年¥369,600，该金额在质保期满后四年内保持不变。甲方有权选择是否续签维保服务。
H:七、知识产权
P:（一）中控SCADA软件及乙方原有功能库的知识产权归其权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、组态画面、MES接口程序及其源代码归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托第三方维护。
H:八、数据安全
P:（一）产线运行数据、工艺配方、产量及能耗数据属于甲方所有，乙方仅可为履行本合同使用，不得复制带离或用于其他目的。
P:（二）乙方远程维护须经甲方审批，使用甲方提供的专用账号，操作全程留痕；乙方应确保其设备和程序不含恶意代码。
P:（三）因乙方原因造成甲方数据泄露、丢失或生产系统被入侵的，乙方应在发现后2小时内通知甲方，并承担由此造成的全部损失。
P:（四）乙方不得在交付的PLC程序、组态软件或工控机中设置远程锁机、到期停机或其他限制甲方正常使用的功能，否则视为乙方严重违约。
H:九、保密
P:乙方对在履行本合同过程中获悉的甲方工艺配方、生产计划、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）改造后系统经两次验收仍不合格的，甲方有权退货并解除合同，乙方退还全部已付款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下工作分包。电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:（二）因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交南平仲裁委员会仲裁。
H:十四、其他
P:（一）本合同附件包括：改造技术方案、设备明细及技术参数、验收测试记录表，附件与本合同具有同等效力。
P:（二）合同履行中的通知、确认应以书面形式送达对方项目负责人，电子邮件确认的视为书面形式。
P:（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临山木业门窗有限公司    乙方（盖章）：恒拓工控自动化有限公司
"""

H658E01 = """\
T:Software Licence and Services Agreement
P:Agreement No. PSL-CN-2027-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Xiamen Haicang Coldchain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xiamen, Fujian Province (the "Customer"), and Podocarpus Software Cía. Ltda., a company incorporated in the Republic of Ecuador with its principal office in Loja, Ecuador (the "Vendor").
P:The Customer operates bonded cold-storage warehouses for imported fruit and seafood and wishes to replace its warehouse records with the Vendor's lot-traceability software. The Vendor has agreed to license the software perpetually and to configure, interface and roll it out on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TrazaFrio Warehouse Traceability Suite, version 8, in object code, including the receiving, putaway, temperature-log, recall and customs-ledger modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configuration sets and documentation the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's sites, including lot records, temperature logs, customs declarations and consignee details.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's four warehouses in Xiamen, Fuzhou and Ningde and its head office, for an unlimited number of named users and handheld terminals.
P:2.2 The Vendor shall install the Software on the Customer's servers, configure it for the Customer's warehouse layouts, build the interfaces listed in Article 2.3, migrate three years of lot history from the current system, and train the Customer's staff.
P:2.3 The interfaces are: the Customer's ERP for orders and invoicing; the refrigeration monitoring system for temperature readings; the handheld scanner platform; and the customs single-window export file.
P:2.4 The licence extends to the Customer's affiliates in mainland China and to any outsourced operator running a Customer warehouse on its behalf.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,490,000 (one million four hundred and ninety thousand yuan), inclusive of all taxes, made up of: Software licence fee CNY 960,000; implementation and configuration CNY 312,000; interface development CNY 184,000; and training CNY 34,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and remote-access costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price is payable within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 55% of the Contract Price is payable within 30 days after the Customer signs the Installation Certificate. Signing the Installation Certificate confirms that the Software is installed and does not mean acceptance.
P:4.3 The remaining 25% of the Contract Price is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and request Final Acceptance within 120 days after signature, following the project plan agreed in the first two weeks.
P:5.2 The acceptance criteria are: (a) every function in Annex 1 works as described; (b) migrated lot history reconciles in full with the old system, record by record; (c) the interfaces run for 15 consecutive days without a failed batch; (d) a full recall trace of any lot completes in under 10 seconds with 200 concurrent users; and (e) the user and administrator manuals are delivered.
P:5.3 The Customer shall test within 15 working days after the Vendor's written request and either sign Final Acceptance or list the defects. The Vendor shall correct the defects and request a new test. Go-live, productive use or payment does not by itself constitute acceptance.
P:5.4 Training comprises two administrator sessions and one session per warehouse for supervisors and handheld operators, held on site in Chinese with an interpreter supplied by the Vendor. The Vendor shall supply the training materials in Chinese and English and record each session for the Customer's later use.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to this Agreement and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates free of charge.
P:6.2 Severity 1 (the Software is down or lot data cannot be recorded at any warehouse): response within 1 hour, 24 hours a day, and a workaround within 8 hours. Severity 2 (a module or interface fails but operations continue): response within 2 hours and correction within 3 working days. Severity 3: response within one working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 or Severity 2 response or workaround time, the Vendor shall pay the Customer CNY 1,000, deductible from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support covering the services in Articles 6.1 to 6.3 at an annual fee of 11% of the Software licence fee, namely CNY 105,600 per year. This fee is fixed for the first three support years. Each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and for no other purpose, during or after the term.
P:8.2 The Software is installed on the Customer's own servers in China. The Vendor's staff may access the production environment only remotely through the Customer's bastion host, per session approved in advance, with individual accounts and logging. The Vendor shall not copy Customer Data out of the Customer's systems and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or alteration of Customer Data, shall take immediate remedial measures, and is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent, for three years after the end of this Agreement.
P:9.2 Disclosures required by law or by a competent authority are permitted, after notice to the other party where lawful.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 7.3 and breach of Articles 8 and 9, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:12.2 The Customer may also terminate if delay damages under Article 10.1 reach their maximum. On termination by the Customer under this Article the Vendor shall refund the amounts paid for services not accepted.
P:12.3 The licence in Article 2.1 survives any termination after Final Acceptance.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Ecuador.
P:13.2 Any dispute arising out of this Agreement shall be settled by arbitration administered by the Arbitration and Mediation Centre of the Chamber of Commerce of Loja, seated in Loja, in English, before three arbitrators. The award is final and binding.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be sent by e-mail and courier to the addresses on the signature page.
P:14.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and mitigates the effect.
P:14.4 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H658E03 = """\
T:Supply Contract for Greenhouse Climate Sensors and Monitoring Software
P:Contract No. DNFL-PUR-2027-019
P:Buyer: Yunnan Dounan Rose Horticulture Co., Ltd., Chenggong District, Kunming, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Tungurahua AgroSens S.A., Ambato, Province of Tungurahua, Republic of Ecuador (the "Supplier").
P:The Buyer grows cut roses in glasshouses at three farms around Kunming and wishes to monitor climate conditions in every growing block. The Supplier, which supplies rose growers in the Ecuadorian highlands, has offered its sensor system and monitoring software. This Contract is on the Buyer's standard terms of purchase.
H:1. Definitions
P:1.1 "Equipment" means the sensor nodes, gateways and weather stations listed in the Price Schedule, with their embedded software.
P:1.2 "Software" means the Supplier's AgroSens Monitor platform, perpetual licence, including the alerting, irrigation-advice and reporting modules.
P:1.3 "Deliverables" means the Equipment, the Software, the installation, calibration and training services, and all documentation.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 180 climate sensor nodes (air temperature, humidity, CO2 and light), 24 LoRa gateways and 12 outdoor weather stations across 72 growing blocks at the Buyer's farms in Chenggong, Jinning and Songming.
P:2.2 The Supplier shall install the Software on the Buyer's server in Kunming, connect all Equipment, configure alarm thresholds per growing block with the Buyer's growers, and integrate the Software with the Buyer's existing fertigation controllers through their documented interface.
P:2.3 The Supplier shall train the Buyer's growers, maintenance technicians and IT administrator.
P:2.4 The Buyer shall provide mains power points, mounting positions on the glasshouse structure and network access at each farm office in accordance with the site survey agreed with the Supplier within 15 days after signature.
P:2.5 All Equipment shall be new, suitable for humid glasshouse conditions (at least IP65) and hold the radio type approval required in China for its frequency band. The Supplier shall obtain the approval before shipment and provide a copy to the Buyer.
H:3. Price
P:3.1 The Contract Price is CNY 1,420,000, inclusive of taxes, duties, delivery to the farms, insurance and all costs of the Supplier's staff, as detailed below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Climate sensor node|180|2,600|468,000
TB:2|LoRa gateway|24|7,500|180,000
TB:3|Outdoor weather station|12|18,500|222,000
TB:4|AgroSens Monitor software, perpetual licence|1|356,000|356,000
TB:|Equipment and Licence Subtotal|||1,226,000
TB:5|Installation, connection and integration|1 lot|148,000|148,000
TB:6|Calibration and training|1 lot|46,000|46,000
TB:|Contract Price|||1,420,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 10% of the Contract Price is payable within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee of equal amount issued by a bank acceptable to the Buyer.
P:4.2 65% of the Contract Price is payable within 20 days after the Buyer signs the installation certificate for all three farms. The installation certificate records delivery and installation only and is not acceptance.
P:4.3 25% of the Contract Price is payable within 20 days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all Equipment to the farms within 70 days after signature and complete installation within 30 further days.
P:5.2 Acceptance criteria: (a) all Equipment delivered as listed, with certificates of origin and conformity; (b) every sensor node calibrated against the Buyer's reference instruments to within 0.3 °C and 3% relative humidity; (c) data from every block received by the Software at intervals of no more than five minutes during a 21-day trial run, with no more than two missed intervals per node per day; (d) alarms reach the responsible grower's phone within 60 seconds in a test of every block; and (e) manuals, calibration records and as-built drawings delivered.
P:5.3 The Buyer shall carry out the acceptance test within 10 working days after the Supplier's written notice that the trial run is complete and shall sign the certificate or list the defects. Installation, use of the system or any payment does not constitute acceptance.
P:5.4 Training shall consist of a two-day course for growers at each farm, a one-day course for maintenance technicians on replacing and recalibrating nodes, and an administrator course on the Software. Training is held in Chinese; the Supplier provides an interpreter where its trainers do not speak Chinese.
H:6. Warranty and Support
P:6.1 The Supplier warrants all Deliverables for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, provide Software updates and recalibrate sensors once a year, all free of charge.
P:6.2 Faults are handled as follows:
TB:Severity|Description|Response|Resolution
TB:1|Software down, or no data from a whole farm|2 hours|24 hours
TB:2|Several nodes or one gateway without data|8 hours|3 days
TB:3|Single node fault or reporting issue|1 working day|10 days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 or Severity 2 response or resolution time, the Supplier shall pay the Buyer CNY 800, deductible from any payment.
P:6.4 The Supplier shall keep a stock of spare nodes and gateways in Kunming during the warranty period.
P:6.5 The Supplier shall visit each farm twice a year during the warranty period for preventive maintenance, clean and inspect the sensors, check gateway coverage after any change to the glasshouse layout, and submit a written visit report with recommended actions.
P:6.6 After the warranty period the Buyer may order annual maintenance at 8% of the Equipment and Licence Subtotal, namely CNY 98,080 per year, fixed for the first two years after the warranty. Maintenance is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and embedded software remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence.
P:7.2 The fertigation interface, block configurations, alarm rules and reports made for the Buyer belong to the Buyer, which may use, modify and license them freely. Their source code and configuration files are delivered at Final Acceptance.
H:8. Buyer Data and Data Security
P:8.1 All data collected by the Equipment and stored in the Software, including climate readings, alarms, irrigation records and yield data, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software runs on the Buyer's server. Gateways send data only to that server. Remote access by the Supplier is allowed only through the Buyer's VPN, with individual accounts, after the Buyer approves each session, and is logged.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer data or the system, take immediate remedial action, and bear all losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's varieties, growing recipes and yields, and shall not disclose it to third parties without prior written consent, for three years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:12.2 The Supplier may terminate only if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
P:12.3 On termination for the Supplier's breach, the Supplier shall refund the payments received for Deliverables not accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:14. General
P:14.1 The Supplier is responsible for export clearance in Ecuador; the Buyer handles import clearance in China with documents supplied by the Supplier.
P:14.2 Neither party is liable for delay caused by force majeure if it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, either party may terminate for the unperformed part.
P:14.3 Notices shall be in writing and sent by e-mail and courier to the addresses above. Annex 1 (Technical Specification) and Annex 2 (Site Survey) form part of this Contract.
P:14.4 This Contract is made in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h658z01": H658Z01, "h658z02": H658Z02, "h658e01": H658E01, "h658e03": H658E03}
TARGETS = {"h658z01": ("h658z01_lighthouse_aids_to_navigation_monitoring_platform.pdf", "pdf"),
           "h658z02": ("h658z02_wooden_door_pressing_painting_line_retrofit.docx", "docx"),
           "h658e01": ("h658e01_warehouse_traceability_perpetual_licence_loja_vendor.pdf", "pdf"),
           "h658e03": ("h658e03_greenhouse_climate_sensors_monitoring_licence.docx", "docx")}

# The .txt / .md drafts are their own sources: they are kept as written in this folder and only checked here.
FILES = {
    "h658z01": "h658z01_lighthouse_aids_to_navigation_monitoring_platform.pdf",
    "h658z02": "h658z02_wooden_door_pressing_painting_line_retrofit.docx",
    "h658z03": "h658z03_escape_room_chain_booking_membership_saas.txt",
    "h658z04": "h658z04_federation_member_service_system_om.txt",
    "h658z05": "h658z05_cabinet_panel_drilling_software_supplier_template.md",
    "h658e01": "h658e01_warehouse_traceability_perpetual_licence_loja_vendor.pdf",
    "h658e02": "h658e02_seafood_traceability_saas_order_form.md",
    "h658e03": "h658e03_greenhouse_climate_sensors_monitoring_licence.docx",
    "h658e04": "h658e04_managed_erp_operations_36_months.md",
    "h658e05": "h658e05_shipment_data_api_subscription.txt",
}

T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (language, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#       acceptance_deemed_on_delivery, contract_value, TCO fee base (goods only), design rules)
DESIGN = {
    "h658z01": ("zh", "software",
                [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                T, T, T, F, 2070000, 1180000, []),
    "h658z02": ("zh", "hardware",
                [N, 2, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 28, F, T, F, "PRC", G],
                T, T, T, F, 1600000, 1320000, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h658z03": ("zh", "cloud",
                [99.5, 0.5, T, "buyer", T, F, T, 400 / 602000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, None, F, 602000, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h658z04": ("zh", "services",
                [N, 0.5, F, "buyer", T, T, F, 0.02, N, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, None, F, 386000, None, ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "h658z05": ("zh", "software",
                [N, N, F, "supplier", T, T, T, N, N, 55, F, F, 6, N, F, T, T, N, G],
                F, F, F, T, 720000, 420000,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h658e01": ("en", "software",
                [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Ecuador", G],
                T, T, T, F, 1490000, 960000, ["CR-GOVERNING-LAW"]),
    "h658e02": ("en", "cloud",
                [99.95, 1, T, "buyer", F, T, T, 500 / 738000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, None, F, 738000, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h658e03": ("en", "hardware",
                [N, 2, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
                T, T, T, F, 1420000, 1226000, []),
    "h658e04": ("en", "services",
                [99.95, 0.5, T, "buyer", T, T, T, 1400 / 2184000 * 100, 18 / 36 * 100, N, T, N, N, N, F, F, F, "PRC", S],
                T, T, None, F, 2184000, None, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h658e05": ("en", "cloud",
                [99.95, 1, T, "buyer", T, T, T, 0.02, N, (286000 + 36000) / 608000 * 100, T, N, N, N, F, T, T, "PRC", S],
                T, T, None, F, 608000, None, ["CR-LD-LOW", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
MAINLAND_FORUM_OUTSIDE = {}  # no draft here names a forum outside mainland China apart from e01 (law Ecuador)
MAINLAND_FORUM_OUTSIDE["h658e01"] = True


def tco_share(terms, value, base):
    w, fee = terms["warranty_months"], terms["post_warranty_fee_pct"]
    post_years = max(0.0, 5 - w / 12)
    post = post_years * fee / 100 * base
    return post / (value + post) * 100


def derive(key, terms, extra, base):
    """Policy §3 as I read it (see NOTES.md, Conventions)."""
    r = []
    goods = terms["contract_kind"] == G
    if not extra["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.append("CR-ACCEPTANCE")
    if goods and (terms["warranty_months"] is None or terms["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                  or terms["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if terms["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or MAINLAND_FORUM_OUTSIDE.get(key):
        r.append("CR-GOVERNING-LAW")
    if (goods and terms["warranty_months"] is not None and terms["post_warranty_fee_pct"] is not None
            and extra["post_warranty_fee_capped"] and tco_share(terms, extra["contract_value"], base) > 40):
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    lang, cat, vals, sla, lds, capped, deemed, value, base, design = DESIGN[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(key, terms, extra, base)
    assert rules == sorted(design), (key, rules, design)
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---- reading back -------------------------------------------------------------------------------------------------
def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


# ---- thresholds -----------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [re.compile(x, re.I) for x in [
    r"99\.9(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![零一二三四五六七八九十点])",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十])",
    r"千分之零点五",
    r"(?<![\d.])4\s*-?\s*(?:个)?(?:小时|hours?\b|hours?(?=[a-z]))",
    r"(?<![一二三四五六七八九十\d])四个?小时",
    r"four\s*-?\s*hours?",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)",
    r"(?<![一二三四五六七八九十\d])十二个月",
    r"twelve\s*-?\s*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "30%", "30 %", "百分之三十", "15%", "40%", "100%", "100 per cent", "0.05%", "万分之五",
            "4小时", "4个小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "within4hours", "twelvemonths", "15.0%"]
MUST_MISS = ["99.95%", "130%", "0.055%", "24小时", "14小时", "24 hours", "112个月", "百分之三十五", "150%", "1.5%",
             "0.5%", "2030年", "1.4 hours", "万分之五十", "24×7", "24 × 7", "3.5%", "二十四个月", "18 months",
             "36 months", "140%", "115%", "7×24小时"]


def threshold_hits(text):
    return [m.group(0) for p in THRESHOLD_PATTERNS for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    self_test()
    fired, rows = set(), []
    for key in FILES:
        lab = label(key)
        (OUT / (Path(FILES[key]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        terms, extra = lab["expected_terms"], lab["expected_extra"]
        for k, v in THRESHOLD_VALUES.items():
            assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k)
        share = None
        if terms["contract_kind"] == G and terms["post_warranty_fee_pct"] is not None:
            share = tco_share(terms, extra["contract_value"], DESIGN[key][8])
            assert abs(share - 40) > 2, (key, share)
        text = read_back(FILES[key])
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (key, hits)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        fired.update(lab["expected_rules"])
        rows.append((key, lab["language"], n, risk(lab["expected_rules"]), share, lab["expected_rules"]))
    # the mix
    by = {r[0]: r for r in rows}
    clean = [r for r in rows if not r[5]]
    assert sorted(r[1] for r in clean) == ["en", "zh"], clean
    assert by["h658e01"][5] == ["CR-GOVERNING-LAW"] and by["h658e01"][3] == "low"
    assert 8 <= len(by["h658z05"][5]) <= 10
    assert sum(1 for r in rows if 2 <= len(r[5]) <= 3) == 6
    assert fired == set(SEVERITY), set(SEVERITY) - fired
    for r in rows:
        print("%s %s len=%d risk=%s tco=%s %s" % (r[0], r[1], r[2], r[3],
                                                 None if r[4] is None else round(r[4], 2), ", ".join(r[5]) or "-"))
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
