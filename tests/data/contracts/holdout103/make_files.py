"""Builds the .docx and .pdf contracts of holdout103 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .md and .txt contracts are kept as plain files next to it.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H103Z01 = """
T:江淮省审计厅审计数据分析平台建设项目合同
P:合同编号：JHSJ-ZFCG-2025-017
P:项目编号：JHZC2025-0612（公开招标）
P:甲方（采购人）：江淮省审计厅
P:乙方（供应商）：江淮衡数信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江淮省审计厅审计数据分析平台建设项目（以下简称“本项目”）的系统集成事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责本项目审计数据分析平台的软硬件供货、审计模型定制开发、数据采集接口开发、系统集成、部署实施、培训以及质保期内的技术服务，具体范围以招标文件技术需求和本合同附件为准。
P:1.2 本项目部署于甲方审计专网机房，与互联网物理隔离。平台须支持对财政、社保、税务、公积金、国有资产等被审计单位电子数据的采集、清洗、建模分析、疑点推送和核查反馈，并与甲方现有的现场审计实施系统（AO）和审计管理系统对接。
P:1.3 交付期限：乙方应在合同签订之日起一百五十日内完成全部软硬件到货、部署和联调，并向甲方提交初验申请。
P:1.4 乙方应派驻不少于六名实施人员，其中项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾肆万贰仟元整（¥3,442,000.00），为含税固定总价，包括软硬件、定制开发、运输、安装、实施、培训、质保期内服务及全部税费，甲方不再支付其他任何费用。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|审计数据分析平台软件许可（永久）|1套|860,000
TB:2|大数据中台组件许可（永久）|1套|420,000
TB:3|数据节点服务器|6台|588,000
TB:4|分布式存储|1套|364,000
TB:|软硬件小计||2,232,000
TB:5|审计模型定制开发（60个）|1项|684,000
TB:6|数据采集接口开发（12类）|1项|312,000
TB:7|系统集成与部署实施|1项|176,000
TB:8|培训|1项|38,000
TB:|合同总价||3,442,000
P:2.2 合同履行期间，因甲方需求变更导致工作量增加的，双方另行签订补充协议；未经甲方书面确认的工作，甲方不予支付费用。
H:第三条 付款方式
P:3.1 合同签订且乙方向甲方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即¥688,400。
P:3.2 系统通过初验后十五个工作日内，甲方支付合同总价的百分之四十五，即¥1,548,900。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即¥1,204,700。
P:3.4 乙方应在每次付款前向甲方开具等额合法的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 实施要求
P:4.1 乙方应在合同签订后十日内提交详细实施方案和进度计划，经甲方确认后执行。
P:4.2 乙方应按照甲方提供的数据标准和审计业务规则开发审计模型，每个模型须附模型说明、取数逻辑和测试记录。
P:4.3 实施过程中乙方应遵守甲方机房管理、保密管理和安全生产规定，因乙方人员违反规定造成损失的，由乙方承担责任。
H:第五条 验收
P:5.1 初验：系统部署完成后，乙方提交初验申请，甲方在十个工作日内组织初验。初验标准为：（1）软硬件品牌、型号、数量及配置与投标文件一致；（2）60个审计模型全部上线，用甲方提供的测试数据集运行，疑点输出结果与甲方人工核对结果一致；（3）12类数据采集接口完成联调，连续十日采集无差错；（4）单表十亿行数据的常用查询在10秒内返回，200名用户并发访问时页面响应不超过3秒；（5）通过第三方网络安全等级保护（第三级）测评和软件安全测试，无高危漏洞。
P:5.2 初验合格后进入九十日试运行。试运行期间未发生一级故障、二级故障累计不超过三次的，乙方可申请最终验收。最终验收按第5.1款标准复核，并审查全部技术文档、源代码和培训记录。
P:5.3 验收合格以甲方签署的验收报告为准。系统上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与技术服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件升级、缺陷修复和技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。故障分级及响应要求如下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用或数据丢失|30分钟|2小时|8小时
TB:二级|部分模块或采集接口不可用|1小时|次日|48小时
TB:三级|一般功能缺陷或使用咨询|8小时|按需|5个工作日
P:6.3 乙方未达到上表响应、到场或恢复时限的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，向甲方支付¥1,500。上述款项由乙方在收到甲方书面通知后十五日内支付。
P:6.4 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过软硬件小计的百分之八，即每年不超过¥178,560，该上限在质保期满后三年内保持不变，具体以届时双方签订的维保合同为准。维保合同不自动续期。
H:第七条 数据安全
P:7.1 甲方提供的被审计单位电子数据、中间结果、审计疑点及系统日志（以下简称“审计数据”）均属于甲方所有。乙方仅得为履行本合同在甲方指定环境内使用审计数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:7.2 乙方人员须经甲方审查并签署保密承诺书后方可进场；运维操作须经甲方审批并通过堡垒机进行，全程审计留痕；禁止使用个人移动存储介质，禁止远程接入审计专网。
P:7.3 乙方应按网络安全等级保护第三级要求配合落实安全措施。发现数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
P:7.4 合同终止或质保期届满时，乙方应交还其持有的全部资料，并在甲方监督下销毁存储介质中残留的审计数据。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的国家秘密、审计工作秘密、被审计单位商业秘密及甲方其他非公开信息负有保密义务，未经甲方书面同意不得披露或使用。乙方应与参与本项目的全部人员签订保密协议。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 平台软件及大数据中台组件的著作权归乙方或原权利人所有，甲方取得永久、不可撤销的使用许可。
P:9.2 乙方为本项目定制开发的审计模型、数据采集接口程序、配置脚本及相关源代码和文档，知识产权归甲方所有。乙方应在最终验收前交付全部源代码和文档，甲方有权自行或委托第三方修改、使用。
P:9.3 乙方保证其交付物不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方未按第1.3款约定期限完成部署并提交初验申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方违反第七条、第八条约定的，应赔偿甲方全部损失，并承担相应法律责任。
H:第十一条 转包与分包
P:11.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约（包括逾期超过三十日、验收两次不合格、因乙方原因发生数据泄露），经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书、技术需求书和经甲方确认的实施方案为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江淮省审计厅    乙方（盖章）：江淮衡数信息技术有限公司
P:签订日期：2025年  月  日
"""

H103Z02 = """
T:萃取槽液位与成分在线监测系统采购合同
P:合同编号：BCXT-WZ-2025-0388
P:甲方（买方）：包头北辰稀土冶炼分离有限公司
P:乙方（卖方）：西安谱衡在线分析仪器有限公司
P:为满足甲方萃取分离车间（P507萃取线、环烷酸萃取线）工艺控制的需要，甲方向乙方采购萃取槽液位与成分在线监测系统。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、供货范围及合同价格
P:（一）乙方提供下列设备及软件，并负责安装、调试、标定和培训：
P:1. 在线X射线荧光（XRF）稀土配分分析仪，4套，单价¥386,000，小计¥1,544,000；
P:2. 耐腐蚀导波雷达液位计（四氟内衬），48台，单价¥9,800，小计¥470,400；
P:3. 油水界面仪，24台，单价¥12,600，小计¥302,400；
P:4. 自动取样及预处理装置，4套，单价¥58,000，小计¥232,000；
P:5. 在线监测数据采集与分析软件，1套，¥168,000。
P:以上硬件及软件小计¥2,716,800。另计：6. 安装调试及标定费¥146,000；7. 培训费¥27,200。
P:（二）合同总价为人民币贰佰捌拾玖万元整（¥2,890,000），含增值税及运至甲方萃取车间的运输、保险费用。
P:（三）设备技术要求以双方签署的技术协议为准。其中：XRF分析仪应能在线测定La、Ce、Pr、Nd、Sm等主要稀土元素配分；液位计量程0至1.5米，测量精度±2mm；全部接液部件须耐受盐酸体系及有机相腐蚀；现场仪表防护等级不低于IP66。
H:二、交货及安装
P:（一）乙方应于合同生效后九十日内将全部设备运至甲方萃取车间，并于到货后三十日内完成安装调试。
P:（二）XRF分析仪属于射线装置，乙方应协助甲方办理辐射安全许可变更手续，并提供射线防护检测报告。
P:（三）乙方现场人员应遵守甲方安全生产、动火作业和危险化学品管理规定，进入车间须佩戴甲方规定的劳动防护用品。
P:（四）乙方应随货提供设备合格证、出厂检验报告、使用维护说明书、防爆及计量相关证书、软件安装介质和授权文件。乙方还应免费提供质保期内常用易损件一套（包括取样泵管、过滤器滤芯、液位计密封件），清单见技术协议附件。
P:（五）乙方负责对甲方操作和维护人员进行培训，培训人数不少于十二人，内容包括仪表原理、日常维护、标定方法、常见故障处理和软件操作。培训结束后乙方应对受训人员进行考核，考核合格的人员应能独立完成日常标定和一般故障排除。
P:（六）设备包装应适合长途运输和防潮防震要求。因包装不良造成设备损坏的，由乙方负责免费更换，由此造成交货逾期的，按本合同“八、违约责任”的约定承担责任。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之十作为预付款，即¥289,000。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的百分之四十，即¥1,156,000。到货签收仅表示数量清点，不代表质量验收。
P:（三）系统验收合格后，甲方支付合同总价的百分之四十五，即¥1,300,500。
P:（四）剩余百分之五作为质量保证金，即¥144,500，质保期满且无质量问题后十五个工作日内无息支付。
P:（五）乙方应在每笔付款前开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，系统连续试运行三十日。验收标准为：1. 液位计与人工标尺比对，误差不超过±2mm；2. 界面仪界面测量误差不超过±5mm；3. XRF分析仪对各级萃取槽取样的稀土配分测定结果与甲方化验室ICP方法比对，主量元素相对偏差不超过3%；4. 数据每10秒上传一次至甲方DCS及监测平台，试运行期间无数据中断；5. 取样装置连续运行无堵塞、无泄漏。
P:（二）试运行结束后十日内，甲方组织验收并签署验收报告。设备安装、投入使用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新验收，费用由乙方承担。
H:五、质量保证及维保服务
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内设备及软件的维修、更换、标定和软件升级全部免费。
P:（二）质保期内，乙方对故障按以下要求处理：一级故障（分析仪或多台液位计停止工作、影响萃取生产控制）1小时内响应，18小时内到达现场；二级故障（单台仪表故障、不影响生产）2小时内响应，三日内到场处理；三级故障（软件使用问题）1个工作日内远程解决。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付¥800，从质量保证金中扣除。
P:（四）质保期满后，乙方继续提供三年维保服务，内容包括每季度一次巡检标定、软件升级及故障维修（备件另计）。年度维保费为硬件及软件小计的百分之十七，即每年¥461,856，三年内不作调整，每年度服务期满后支付。
H:六、数据与保密
P:（一）系统采集的液位、稀土配分、工艺参数等生产数据以及甲方提供的萃取工艺资料，均属于甲方所有。乙方不得复制、留存或将其用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方书面批准，通过甲方提供的专用VPN账号登录，操作完毕立即关闭；乙方不得在其设备中保存甲方数据。发生数据泄露或被非法访问的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，由乙方承担赔偿责任。
P:（三）双方对在履行本合同过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后五年。
H:七、知识产权
P:（一）仪表固件及标准软件的知识产权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为甲方定制的监测画面、DCS通讯接口程序、标定模型及其文档归甲方所有，甲方有权自行修改和使用。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，累计不超过合同总价的百分之五。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失造成的损失除外。
H:九、分包
P:乙方不得转包本合同。设备安装中的管架、电缆桥架等辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十、合同解除
P:乙方逾期交货超过四十五日，或严重违约经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交包头仲裁委员会仲裁。
H:十二、其他
P:（一）因地震、洪水、疫情等不可抗力致使一方不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
P:（二）甲方应为乙方现场安装提供必要的电源、仪表风、安装位置及作业许可，并指定专人配合。甲方原因导致安装延误的，交付期限相应顺延。
P:（三）本合同附件包括技术协议和设备清单，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：包头北辰稀土冶炼分离有限公司    乙方（盖章）：西安谱衡在线分析仪器有限公司
P:日期：2025年  月  日
"""

H103E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:Agreement reference: CCS/EHD/2025/07
P:THIS AGREEMENT is dated ______________ 2025.
H:PARTIES
P:(1) CUILLIN CASK SYSTEMS LIMITED, incorporated and registered in Scotland with company number SC612884, whose registered office is at 4 Bank Street, Portree, Isle of Skye IV51 9DE (the "Supplier").
P:(2) EMEI HIGHLAND DISTILLING CO., LTD., a company established in the People's Republic of China, whose registered office is at No. 88 Fuhu Road, Emeishan City, Sichuan Province (the "Customer").
H:BACKGROUND
P:(A) The Supplier has developed CaskLedger, a software system for recording and tracking casks, spirit movements, regauges and warehouse stock in whisky distilleries.
P:(B) The Customer operates a malt whisky distillery and three bonded warehouses holding about 48,000 casks, and wishes to licence CaskLedger, to have it configured, integrated and supported by the Supplier, on the terms of this Agreement.
H:AGREED TERMS
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Acceptance" means the issue by the Customer of an Acceptance Certificate under clause 5.3; "Bespoke Deliverables" means the custom reports, integration adapters, data migration scripts and configuration produced by the Supplier for the Customer under this Agreement; "Contract Price" means the total price set out in Schedule 1; "Customer Data" means all data (including cask records, fill and regauge data, warehouse locations, excise and customs records and new-make spirit specifications) supplied by or generated for the Customer; "Go-Live" means the first day on which CaskLedger is used to record live cask movements at all of the Customer's warehouses; "Licence Fees" means the fees for the Software shown as such in Schedule 1; "Software" means CaskLedger Enterprise and the Warehouse and Excise Module, in object code; "Warranty Period" has the meaning in clause 7.1.
P:1.2 Clause, Schedule and paragraph headings do not affect the interpretation of this Agreement. The Schedules form part of this Agreement. References to "including" are to be read without limitation.
H:2. LICENCE
P:2.1 In consideration of the Licence Fees the Supplier grants the Customer a non-exclusive, perpetual, non-transferable licence to install and use the Software at the Customer's distillery and warehouses for its own business, with an unlimited number of users.
P:2.2 The Customer may make such copies of the Software as are reasonably necessary for back-up, testing and disaster recovery.
P:2.3 The Customer shall not sub-license, sell or decompile the Software except to the extent permitted by applicable law.
H:3. SERVICES
P:3.1 The Supplier shall install and configure the Software on the Customer's servers, migrate the Customer's existing cask records from spreadsheets, build the integration with the Customer's ERP system and its filling line, and train the Customer's staff, as described in the Implementation Plan annexed to this Agreement.
P:3.2 The Supplier shall achieve Go-Live no later than 120 days after the date of this Agreement (the "Go-Live Date").
P:3.3 The Supplier shall appoint a named project manager who shall be available to the Customer during Customer business hours (China Standard Time) by video call and who shall attend the Customer's site for installation and Go-Live.
H:4. CHARGES AND PAYMENT
P:4.1 The Contract Price is CNY 1,196,000 (one million one hundred and ninety-six thousand yuan), inclusive of VAT, broken down in Schedule 1. For this Customer all fees are quoted and invoiced in Chinese yuan (CNY).
P:4.2 The Supplier shall invoice the Contract Price as follows: (a) 10% (CNY 119,600) on signature of this Agreement; (b) 55% (CNY 657,800) on Go-Live; and (c) 35% (CNY 418,600) on Acceptance.
P:4.3 The Customer shall pay each valid invoice within 30 days of receipt.
H:5. ACCEPTANCE
P:5.1 After Go-Live the Supplier shall carry out the Acceptance Tests in Schedule 3 together with the Customer. They include: (a) a physical count of a sample of 2,000 casks chosen by the Customer, reconciled with CaskLedger with no unexplained variance; (b) correct recording of fills, regauges, vattings and re-racking in a test programme of 60 transactions; (c) excise stock reports for one calendar month reconciled with the Customer's customs records; (d) correct exchange of data with the ERP system and the filling line for 20 consecutive business days; and (e) no open Severity 1 or Severity 2 Incident.
P:5.2 If any Acceptance Test is failed the Supplier shall correct the failure at its own cost and the test shall be repeated within 10 business days.
P:5.3 When all Acceptance Tests are passed the Customer shall issue an Acceptance Certificate. Neither Go-Live, nor use of the Software in live operation, nor payment of any invoice shall amount to Acceptance.
H:6. DELAY
P:6.1 If Go-Live is not achieved by the Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 The parties agree that the liquidated damages are a genuine pre-estimate of the Customer's loss. If the delay exceeds 45 days the Customer may terminate this Agreement under clause 13.2.
H:7. WARRANTY
P:7.1 The Supplier warrants that for a period of ninety (90) days from Acceptance (the "Warranty Period") the Software will perform materially in accordance with its documentation and the Bespoke Deliverables will conform to their specifications.
P:7.2 During the Warranty Period the Supplier shall correct any defect notified by the Customer free of charge, in accordance with the response times in Schedule 2.
P:7.3 The Supplier does not warrant that the Software will be free of minor errors that do not affect its use.
H:8. SUPPORT AND MAINTENANCE
P:8.1 After the Warranty Period the Customer may order annual Support by purchase order. Support comprises helpdesk access, correction of defects, new releases of the Software and the response times in Schedule 2.
P:8.2 The Support fee is 12.5% of the Licence Fees per year, that is CNY 102,500 per year, and shall not be increased for the first five years of Support. Support is invoiced annually in arrears.
P:8.3 Support does not renew automatically; each year of Support is ordered by the Customer's purchase order.
P:8.4 If the Supplier fails to meet a response time in Schedule 2 for a Severity 1 Incident, it shall credit the Customer CNY 1,500 for each hour or part of an hour of delay. For a Severity 2 Incident the credit is CNY 500 per hour. Credits are set off against the next invoice or paid within 30 days.
H:9. CUSTOMER DATA AND SECURITY
P:9.1 Customer Data is and shall remain the property of the Customer. The Supplier shall process Customer Data only to perform this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's own servers in Emeishan. The Supplier may access them remotely only through the Customer's VPN, with multi-factor authentication, for a session approved in advance by the Customer's IT manager; all sessions are logged. The Supplier shall not copy Customer Data to its own systems.
P:9.3 The Supplier shall maintain appropriate technical and organisational measures to protect Customer Data against unauthorised access, loss or alteration, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC as they apply to its services.
P:9.4 The Supplier shall notify the Customer of any security incident affecting Customer Data without undue delay and in any event within twelve (12) hours of becoming aware of it, shall co-operate in containing it, and shall indemnify the Customer against losses arising from a breach of this clause 9.
H:10. CONFIDENTIALITY
P:10.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Customer's cask inventory, blend recipes and commercial plans, and shall use it only to perform this Agreement. This obligation survives termination for five years.
H:11. INTELLECTUAL PROPERTY
P:11.1 All intellectual property rights in the Software remain with the Supplier.
P:11.2 All intellectual property rights in the Bespoke Deliverables shall vest in the Customer on creation, and the Supplier hereby assigns them to the Customer. The Supplier shall deliver the source code of the Bespoke Deliverables at Acceptance. The Customer may use, modify and license the Bespoke Deliverables freely.
H:12. LIMITATION OF LIABILITY
P:12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clauses 9 or 10.
P:12.2 Subject to clause 12.1, the Supplier's total aggregate liability arising under or in connection with this Agreement, whether in contract, delict, negligence or otherwise, shall not exceed an amount equal to the Licence Fees.
P:12.3 Neither party is liable for loss of profits or for indirect or consequential loss.
H:13. SUBCONTRACTING, TERM AND TERMINATION
P:13.1 The Supplier shall not subcontract any of its obligations without the prior written consent of the Customer, and remains responsible for the acts of any approved subcontractor.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days of written notice requiring it to be remedied. The Customer may also terminate under clause 6.2.
P:13.3 On termination the Supplier shall return all Customer Data in a standard format and delete any copies it holds.
H:14. GOVERNING LAW AND JURISDICTION
P:14.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.
P:14.2 Each party irrevocably agrees that the Scottish courts shall have exclusive jurisdiction to settle any such dispute or claim.
H:SCHEDULE 1 - CHARGES
TB:Item|Description|Amount (CNY)
TB:1|CaskLedger Enterprise perpetual licence, one distillery, unlimited users|640,000
TB:2|Warehouse and Excise Module perpetual licence|180,000
TB:|Licence Fees subtotal|820,000
TB:3|Configuration and migration of about 48,000 cask records|214,000
TB:4|Integration with ERP system and filling line|126,000
TB:5|Training (administrators and warehouse staff)|36,000
TB:|Contract Price|1,196,000
H:SCHEDULE 2 - SEVERITY LEVELS AND RESPONSE TIMES
TB:Severity|Description|Response time|Workaround or fix
TB:Severity 1|Software unavailable, or cask movements cannot be recorded at any warehouse|2 hours, at any time|8 hours
TB:Severity 2|A major function (reports, excise returns, ERP interface) not working|6 hours|3 business days
TB:Severity 3|Minor defect or question|next business day|next release
P:Response time runs from the Customer's call or e-mail to the Supplier's on-call engineer. The Supplier operates an on-call rota so that Severity 1 calls are answered at any hour in China Standard Time.
H:SCHEDULE 3 - ACCEPTANCE TESTS
P:The detailed test scripts for the tests in clause 5.1 shall be agreed by the parties within 30 days of the date of this Agreement.
P:Signed for and on behalf of CUILLIN CASK SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of EMEI HIGHLAND DISTILLING CO., LTD.: ____________________ Legal representative
"""

H103E03 = """
T:EQUIPMENT SUPPLY AND MAINTENANCE AGREEMENT
P:Agreement No. SSI-2025-118
P:This Agreement is made as of the ___ day of ____________, 2025.
P:BETWEEN: SALISH SEA INSTRUMENTS LTD., a company incorporated under the laws of British Columbia, having its office at 1120 Wharf Street, Victoria, British Columbia V8W 1T3, Canada (the "Vendor")
P:AND: RONGCHENG BLUE BAY AQUACULTURE CO., LTD., a company incorporated in the People's Republic of China, having its office at No. 6 Haiwan Road, Rongcheng, Shandong Province (the "Buyer")
P:WHEREAS the Buyer operates an oyster hatchery, a kelp seedling nursery and a grow-out farm, and wishes to purchase water-quality monitoring equipment and software for its hatchery and nursery, together with installation and maintenance; and WHEREAS the Vendor designs and integrates monitoring systems for shellfish and seaweed hatcheries;
P:NOW THEREFORE, in consideration of the mutual covenants set out below, the parties agree as follows.
H:ARTICLE 1 - INTERPRETATION
P:1.1 In this Agreement: "Contract Price" means the total price in Schedule A; "Equipment" means the sensors, sondes, data loggers and gateways listed in Schedule A; "Software" means the HatcheryView monitoring software; "System" means the Equipment and Software as installed and configured at the Buyer's site; "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5; "Buyer Data" means all measurements, alarms, logs, production records and other data generated by the System or supplied by the Buyer.
P:1.2 All amounts are in Chinese yuan (CNY) and include VAT and delivery DDP to the Buyer's site in Rongcheng.
P:1.3 Schedule A (Equipment and Pricing), Schedule B (Acceptance Tests) and Schedule C (Approved Subcontractor) form part of this Agreement.
H:ARTICLE 2 - SUPPLY
P:2.1 The Vendor shall supply, deliver, install, calibrate and commission the System in the Buyer's broodstock room, algae culture room, larval tanks and kelp seedling nursery, and train the Buyer's staff, in accordance with the technical specification agreed between the parties.
P:2.2 The Vendor shall deliver all Equipment to the Buyer's site no later than 75 days after the date of this Agreement, and shall complete installation and commissioning within 30 days after delivery.
P:2.3 Title to the Equipment passes to the Buyer on delivery. Risk passes on delivery, except for damage caused by the Vendor's personnel during installation.
H:ARTICLE 3 - PRICE AND PAYMENT
P:3.1 The Contract Price is CNY 1,258,000, as itemised in Schedule A.
P:3.2 The Buyer shall pay the Contract Price in three instalments: (a) 10% (CNY 125,800) within 15 business days after signature of this Agreement, against the Vendor's invoice; (b) 50% (CNY 629,000) after delivery and installation of all Equipment, as confirmed by a delivery note signed by the Buyer; a delivery note confirms quantities only and is not acceptance; and (c) 40% (CNY 503,200) within 15 business days after Final Acceptance.
P:3.3 The Vendor shall issue a valid Chinese VAT invoice (fapiao) for each payment, through its agent in Qingdao.
H:ARTICLE 4 - DELAY
P:4.1 If the Vendor fails to deliver the Equipment, or to complete installation and commissioning, by the dates in Article 2.2, the Vendor shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, to a maximum of 10% of the Contract Price.
P:4.2 If the delay exceeds 60 days, the Buyer may terminate this Agreement under Article 12.
H:ARTICLE 5 - ACCEPTANCE
P:5.1 After commissioning, the System shall run for 30 consecutive days in normal hatchery operation. Final Acceptance requires that the tests in Schedule B are passed, including: (a) dissolved-oxygen readings within 0.2 mg/L of a calibrated reference meter at every measuring point; (b) pH within 0.1 units and salinity within 0.3 PSU of laboratory measurements; (c) chlorophyll readings in the algae culture room consistent with the Buyer's cell counts; (d) low-oxygen, high-temperature and power-failure alarms delivered by SMS and in the HatcheryView app within 60 seconds in each test; and (e) no loss of logged data during the 30-day run.
P:5.2 If the System fails any test, the Vendor shall remedy the failure at its own cost and the test shall be repeated. Installation, use of the System in production, or any payment shall not constitute Final Acceptance.
P:5.3 Final Acceptance is confirmed only by a Final Acceptance Certificate signed by the Buyer's hatchery manager.
H:ARTICLE 6 - WARRANTY
P:6.1 The Vendor warrants that the Equipment and Software will be free from defects in materials, workmanship and design and will perform to the specification for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall repair or replace defective Equipment, correct Software defects and carry out two calibration visits per year, all at no charge to the Buyer. Consumables such as sensor caps and membranes are supplied free of charge during the Warranty Period.
P:6.3 Fault response during the Warranty Period and any maintenance term is as follows. Critical fault (loss of monitoring or alarms in the larval tanks or the algae culture room): remote response within one (1) hour at any time, and an engineer of the Vendor or its approved subcontractor on site within 36 hours. Major fault (a single sensor or logger out of service): response within six (6) hours, on site within three days. Minor fault: response on the next business day.
P:6.4 If the Vendor misses a response or on-site time for a Critical fault, it shall pay the Buyer CNY 800 for each hour of delay; for a Major fault, CNY 300 for each day of delay.
H:ARTICLE 7 - MAINTENANCE AFTER WARRANTY
P:7.1 On expiry of the Warranty Period, the Vendor shall provide maintenance for a further three (3) years, covering calibration visits twice a year, Software updates, remote diagnostics and repair labour (parts charged at the list prices in Schedule A less 10%).
P:7.2 The annual maintenance fee is 9.5% of the Equipment and Software subtotal in Schedule A, being CNY 108,338 per year, fixed for the three-year maintenance term. It is invoiced annually in arrears.
P:7.3 The maintenance term does not renew automatically. Any later maintenance shall be agreed in writing.
H:ARTICLE 8 - BUYER DATA AND SECURITY
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not disclose it, sell it or use it for any other purpose, including product development, without the Buyer's prior written consent.
P:8.2 HatcheryView is installed on the Buyer's own server at the hatchery. The Vendor's remote access for support is permitted only through the Buyer's VPN, on request and with the Buyer's approval for each session, using individual accounts with multi-factor authentication. The Vendor shall not copy Buyer Data to its own systems.
P:8.3 The Vendor shall keep the gateways' firmware patched and shall change all default passwords at installation. The Vendor shall notify the Buyer within twelve (12) hours of becoming aware of any unauthorized access to the System or to Buyer Data, shall take immediate steps to contain it, and shall be liable for losses caused by its breach of this Article 8.
H:ARTICLE 9 - CONFIDENTIALITY
P:9.1 Each party shall hold in confidence all information of the other party received in connection with this Agreement, including the Buyer's hatchery methods, production volumes and prices, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law. This obligation continues for five years after termination.
H:ARTICLE 10 - INTELLECTUAL PROPERTY
P:10.1 The Vendor retains ownership of the HatcheryView Software and the Equipment firmware, and grants the Buyer a perpetual, royalty-free licence to use them with the System.
P:10.2 The dashboards, alarm rules, reports and interface to the Buyer's farm management system developed for the Buyer under this Agreement are the property of the Buyer, which may use, modify and license them freely.
H:ARTICLE 11 - LIABILITY
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price, except for liability for personal injury, fraud or wilful misconduct, which is not limited.
P:11.2 Neither party is liable for indirect or consequential loss. Mortality of stock caused by a failure of the System to raise an alarm is direct loss for the purposes of this Agreement.
H:ARTICLE 12 - SUBCONTRACTING AND TERMINATION
P:12.1 The Buyer approves, by signing this Agreement, Qingdao Haiyun Marine Technology Co., Ltd. (Schedule C) as the Vendor's subcontractor for on-site installation and maintenance. The Vendor shall not engage any other subcontractor without the Buyer's prior written consent, and remains responsible for the work of any subcontractor.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or as provided in Article 4.2. On such termination the Vendor shall refund the amounts paid for undelivered or non-conforming items.
H:ARTICLE 13 - GOVERNING LAW AND DISPUTES
P:13.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable therein.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Vancouver International Arbitration Centre under its rules. The seat of arbitration is Victoria, British Columbia, and the language is English.
H:ARTICLE 14 - GENERAL
P:14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly. This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. It is signed in English in two originals.
H:SCHEDULE A - EQUIPMENT AND PRICING
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor|36|8,600|309,600
TB:2|Multiparameter sonde (pH, temperature, salinity)|18|21,400|385,200
TB:3|Chlorophyll and turbidity sensor|12|13,800|165,600
TB:4|Data logger and cellular gateway|8|16,500|132,000
TB:5|HatcheryView software, perpetual site licence|1|148,000|148,000
TB:|Equipment and Software subtotal|||1,140,400
TB:6|Installation, calibration and commissioning|1|96,000|96,000
TB:7|Training|1|21,600|21,600
TB:|Contract Price|||1,258,000
H:SCHEDULE B - ACCEPTANCE TESTS
P:The detailed test procedures for the tests listed in Article 5.1, including the measuring points, reference instruments and the alarm test sequence, shall be agreed by the parties in writing before delivery of the Equipment.
H:SCHEDULE C - APPROVED SUBCONTRACTOR
P:Qingdao Haiyun Marine Technology Co., Ltd.: on-site installation, calibration visits and repairs.
P:SALISH SEA INSTRUMENTS LTD. Per: ____________________ Authorized Signatory
P:RONGCHENG BLUE BAY AQUACULTURE CO., LTD. Per: ____________________ Legal Representative
"""

SOURCES = {"h103z01": H103Z01, "h103z02": H103Z02, "h103e01": H103E01, "h103e03": H103E03}
TARGETS = {"h103z01": ("h103z01_audit_office_data_analysis_platform.docx", "docx"),
           "h103z02": ("h103z02_rare_earth_smelter_extraction_tank_monitoring.pdf", "pdf"),
           "h103e01": ("h103e01_distillery_cask_tracking_licence_skye_vendor.docx", "docx"),
           "h103e03": ("h103e03_oyster_kelp_hatchery_sensors_bc_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
