"""Builds the .docx and .pdf contracts of holdout76 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). The .md and .txt contracts of this
folder are plain files and are not built here. Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H76Z01 = """
T:岭东省通用航空飞行服务站信息平台建设项目合同
P:合同编号：LDTH-2025-FSS-017
P:甲方（采购人）：岭东省通用航空安全管理办公室
P:乙方（供应商）：北辰航宇信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及岭东省通用航空飞行服务站信息平台建设项目（采购编号：LDCG2025-0932）公开招标结果，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责岭东省通用航空飞行服务站信息平台（以下简称“平台”）的设计、供货、定制开发、系统集成、安装调试、试运行、培训及质保期服务，实现飞行计划受理与审批流转、低空飞行动态监视、航空情报与气象信息发布、告警与搜救协调等功能。
P:1.2 平台须与民航地区空管局飞行计划管理系统、省气象局气象数据服务接口、省应急管理综合平台以及甲方现有的通航企业备案系统对接，接口清单以招标文件技术部分为准。
P:1.3 乙方在省内六个通用机场及临时起降点部署 ADS-B 地面接收站，在省飞行服务站及备份中心部署北斗短报文指挥机以及服务器、存储和网络安全设备。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰贰拾柒万陆仟元整（¥3,276,000），为固定总价，包含设备、软件许可、定制开发、运输、保险、安装调试、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|飞行服务站信息平台软件许可（飞行计划、动态监视、情报发布、告警模块，永久许可）|1套|1,280,000
TB:2|ADS-B 地面接收站（含天线、防雷及安装附件）|6套|576,000
TB:3|北斗短报文指挥机|2套|136,000
TB:4|服务器、存储及网络安全设备|1批|418,000
TB:5|定制开发（空管、气象、应急平台接口，低空空域可视化）|1项|642,000
TB:6|系统集成、安装调试|1项|186,000
TB:7|培训|1项|38,000
TB:合计|||3,276,000
P:2.2 上表第1至4项合计人民币2,410,000元，为本合同的“软硬件小计”，作为质保期满后维护服务费的计费基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%，即人民币655,200元，作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即人民币1,474,200元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币1,146,600元。
P:3.4 乙方每次收款前应向甲方开具等额合法的增值税发票。甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成全部设备到货、安装和定制开发，具备初步验收条件。
P:4.2 设备到货时由双方共同开箱清点并签署到货签收单；到货签收仅确认数量、型号和外观，不代表质量验收。
H:第五条 验收
P:5.1 初步验收：乙方完成安装调试后向甲方书面申请，甲方在十个工作日内组织初步验收。验收标准为：（1）合同及招标文件规定的功能全部实现；（2）全部接口完成联调，平台与空管飞行计划管理系统双向数据一致；（3）ADS-B 目标更新周期不大于2秒，单站对3000米以上目标的有效覆盖半径不小于150公里；（4）飞行计划从受理到审批结果推送的系统处理时间不大于3秒。
P:5.2 初步验收合格后平台进入试运行，试运行期为九十日。试运行期间未发生一级故障、二级故障累计不超过三次，并通过具备资质的第三方机构网络安全等级保护第三级测评的，甲方组织最终验收，按招标文件逐项核验功能、性能、安全和文档。
P:5.3 平台上线、试运行、甲方实际使用或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护服务
P:6.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障维修、备件更换、软件缺陷修复和版本升级服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护服务费不超过软硬件小计的8%（即每年不超过人民币192,800元），该费率在质保期满后三年内不作调整；维护合同按年另行签订，不自动续期。
P:6.3 服务水平：平台年可用率不低于99.95%。故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体中断、飞行计划无法受理或监视数据全部中断|15分钟|2小时|6小时
TB:二级|单个模块或单个接收站失效，业务可降级运行|30分钟|8小时|24小时
TB:三级|一般功能异常或使用咨询|2小时|按需|5个工作日
P:6.4 乙方未按上表时限响应、到场或恢复的，每超过一小时扣减人民币2,000元；平台年可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减款项从应付款或履约保证金中扣除。
H:第七条 知识产权
P:7.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及本省通航飞行服务体系内的使用。
P:7.2 乙方为本项目定制开发的接口程序、可视化模块、配置文件及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时全部移交，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的产品不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台运行产生和存储的飞行计划、航空器位置与轨迹、通航企业及飞行员信息等数据均属于甲方，乙方仅可为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 平台数据存储于甲方指定的境内机房；乙方远程维护须经甲方审批并通过堡垒机进行，全程审计，不得下载、复制业务数据。
P:8.3 乙方应落实网络安全等级保护第三级要求，发生或可能发生数据泄露、篡改、丢失等安全事件的，应在一小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、空域信息、系统架构、账户口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效五年。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初步验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的平台经两次验收仍不合格的，甲方有权拒收并要求乙方退还已收款项、赔偿损失。
P:10.3 乙方违反第八条、第九条约定的，除承担违约责任外，还应赔偿甲方由此遭受的全部损失。
H:第十一条 分包
P:11.1 乙方不得转包本项目。ADS-B 接收站天线基础施工如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或严重违反本合同约定、经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:14.2 招标文件、投标文件、中标通知书为本合同的组成部分。
P:甲方（盖章）：岭东省通用航空安全管理办公室　　　乙方（盖章）：北辰航宇信息技术有限公司
P:签订日期：2025年　月　日
"""

H76Z02 = """
T:在线乳成分近红外检测系统采购及维护合同
P:合同编号：SBRY-SB-2025-046
P:甲方（买方）：塞北乳业有限公司
P:乙方（卖方）：谱华分析仪器（苏州）有限公司
P:甲乙双方就甲方第二液态奶工厂收奶、标准化及成品灌装环节在线乳成分近红外检测系统的供货、安装、标定及维护事宜，经友好协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供在线近红外乳成分分析仪四台，分别安装于收奶区、标准化罐区、UHT前处理及灌装前检测点，实时检测原料乳和成品的脂肪、蛋白质、乳糖和总固形物含量，并将检测数据传送至甲方MES系统和DCS系统，用于标准化自动配比和质量放行。
P:（二）供货清单及价格如下：1. 在线近红外乳成分分析仪，4台，单价286,000元，小计1,144,000元；2. 卫生级流通池及取样旁路组件，4套，单价32,500元，小计130,000元；3. 化学计量学建模软件及网络授权，1套，168,000元；4. 数据采集服务器及MES/DCS接口，1套，96,000元；5. 安装调试及模型本地化标定（含300个实验室比对样品），142,000元；6. 操作及建模培训，24,000元。
P:（三）合同总价为人民币壹佰柒拾万肆仟元整（¥1,704,000），包含设备、软件、税费、运输、保险、安装、标定及培训费用。上述第1至4项合计1,538,000元，为本合同的“设备及软件小计”。
H:二、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方工厂指定地点，并在到货后二十日内完成安装、调试和初始标定。
P:（二）设备安装须在甲方停产检修窗口内进行。乙方人员进入生产区须遵守甲方食品安全、卫生及安全生产管理规定，与物料接触的部件须符合食品接触材料的国家标准。
P:（三）到货时双方签署到货签收单；到货签收仅确认数量和外包装状况，不视为验收。
P:（四）设备应采用适合长途运输的防潮、防震包装，光学部件单独包装并附冲击指示标签。运输途中的损坏由乙方负责补发或更换，不因此延长交货期限。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即340,800元，作为预付款；
P:（二）全部设备到货签收后十个工作日内，甲方支付合同总价的40%，即681,600元；
P:（三）系统验收合格后十个工作日内，甲方支付合同总价的35%，即596,400元；
P:（四）合同总价的5%，即85,200元，作为质量保证金，于质保期满且无未决质量问题后十个工作日内支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:四、验收
P:（一）安装及初始标定完成后，设备连续运行十五日。期间乙方在甲方化验室配合下，对每台仪器采集不少于60个在线样品，与甲方化验室按GB 5009.6（脂肪）、GB 5009.5（蛋白质）等国家标准方法检测的结果进行比对。
P:（二）验收标准：脂肪预测标准误差（SEP）不大于0.04 g/100g，蛋白质SEP不大于0.06 g/100g，乳糖及总固形物SEP不大于0.10 g/100g；连续运行期内未发生一级故障；检测数据上传MES系统完整、准确；甲方操作人员经培训考核合格。
P:（三）满足上述标准的，双方签署验收报告。设备安装完成、投入生产使用或甲方支付到货款，均不视为验收合格。未达到验收标准的，乙方应在十日内重新标定或更换设备，直至符合要求，由此产生的费用由乙方承担。
H:五、质量保证
P:（一）质保期为十个月，自验收合格之日起计算。质保期内乙方免费维修或更换故障部件（光源灯、流通池密封圈等易耗件除外），并每季度上门巡检、校核模型一次。
P:（二）质保期内因设备质量问题导致单台仪器停机累计超过十日的，该仪器质保期相应顺延。
H:六、维护服务及服务水平
P:（一）质保期满后，乙方按年度向甲方提供维护服务，内容包括预防性维护、易耗件更换、模型年度校验及远程技术支持。年度维护费为设备及软件小计的7%，即每年107,660元，质保期满后三年内不作调整；维护合同按年签订，不自动续期。
P:（二）故障分级：一级故障指仪器停机或检测数据中断，导致在线检测无法进行；二级故障指单项指标偏差超出验收标准或数据上传异常；三级故障指其他一般问题。
P:（三）一级故障乙方应在1小时内响应，8小时内到达现场，24小时内恢复；二级故障应在2小时内响应，48小时内解决；三级故障在下次巡检时解决。
P:（四）乙方未按前款时限到达现场或恢复的，每延误一小时扣减500元，从质量保证金或维护费中扣除。
H:七、知识产权
P:（一）近红外分析仪嵌入式软件及建模软件的知识产权归乙方或其原厂所有，甲方在设备使用期限内永久免费使用。
P:（二）乙方利用甲方样品和化验数据为甲方建立的本地化标定模型、模型参数文件及接口配置归甲方所有，乙方应在验收时交付，甲方可自行或委托第三方维护、修改和使用。
H:八、数据安全
P:（一）在线检测数据、化验比对数据、配方及工艺参数均属于甲方，乙方仅可为履行本合同使用，不得复制、留存，不得用于其他客户或任何其他目的。
P:（二）乙方远程诊断须经甲方信息部门书面批准，通过甲方提供的专用VPN账号进行并留存操作记录；乙方不得在甲方生产网络中接入未经病毒查杀的移动存储介质。
P:（三）发生数据泄露或网络安全事件的，乙方应在二小时内通知甲方并协助处置；因乙方原因造成的损失由乙方全额赔偿。
H:九、保密
P:乙方对履约中获悉的甲方配方、工艺、产量、客户及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露；保密义务在合同终止后持续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
P:（二）设备型号、配置与合同约定不符的，乙方应无条件更换，并承担由此产生的费用。
P:（三）因设备检测数据错误导致甲方产品批次报废的，乙方应赔偿甲方直接损失。
H:十一、分包
P:乙方不得将本合同项下安装、标定工作分包给第三方，确需分包的，须事先取得甲方书面同意。
H:十二、合同解除
P:乙方逾期交货超过四十五日，或设备经两次标定仍不能通过验收，或乙方有其他严重违约行为、经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、培训与技术资料
P:（一）乙方应在验收前为甲方化验室、仪表及生产操作人员提供两期现场培训，内容包括仪器原理、日常操作、清洗与CIP注意事项、常见故障处理以及化学计量学建模和模型更新方法，每期不少于三天。
P:（二）乙方应随设备提交中文操作手册、维护手册、备件清单、出厂检验报告、计量器具型式批准或校准证书，以及本地化标定报告和模型验证报告。
H:十四、不可抗力
P:因地震、洪水、疫情、政府行为等不可抗力致使一方不能按期履行的，受影响一方应在十日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格》、附件二《验收方案》为本合同组成部分。
P:甲方（盖章）：塞北乳业有限公司　　乙方（盖章）：谱华分析仪器（苏州）有限公司
"""

H76E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - CORIOLIS FLOW METERING SYSTEM
P:Contract No. KPI-QZ-2025-03
P:THIS CONTRACT is made on the ____ day of ______________ 2025
P:BETWEEN: QINZHOU GOLDEN PALM OILS & FATS CO., LTD., a company incorporated in the People's Republic of China, of No. 8 Jinggu Road, Qinzhou Port Economic and Technological Development Zone, Guangxi, China (the "Purchaser");
P:AND: KUMUL PROCESS INSTRUMENTATION LIMITED, a company incorporated in Papua New Guinea, of Section 45, Lot 12, Milfordhaven Road, Lae, Morobe Province, Papua New Guinea (the "Contractor").
P:BACKGROUND
P:A. The Purchaser operates a palm oil refinery and fractionation plant at Qinzhou Port, with a tank farm and a marine jetty for crude palm oil (CPO), RBD palm olein and palm stearin.
P:B. The Contractor designs, supplies and maintains oil-flow metering systems for palm oil mills and refineries in Papua New Guinea and the Asia-Pacific region.
P:IT IS AGREED as follows.
H:Article 1 - Definitions and Interpretation
P:1.1 In this Contract: "Contract Price" means the amount stated in Article 3.1; "Equipment" means items 1 to 3 of the table in Article 3.1; "Equipment Subtotal" means CNY 1,052,000; "Final Acceptance" means the issue of the Final Acceptance Certificate under Article 6.4; "Site" means the Purchaser's refinery, tank farm and jetty at Qinzhou Port; "Warranty Period" has the meaning given in Article 7.1; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
P:1.2 The Annexes form part of this Contract; if there is a conflict, the Articles prevail.
H:Article 2 - Scope of Works
P:2.1 The Contractor shall design, supply, deliver DAP Site, install, calibrate, commission and integrate with the Purchaser's distributed control system (DCS) a Coriolis mass flow metering system comprising eight process meters on the CPO, olein and stearin transfer lines and three custody-transfer meters on the jetty loading and unloading lines and the tank-farm export header, together with three flow computers and metering skid control panels (the "Works").
P:2.2 The Works include the functional design, skid drawings, flow computer configuration, the DCS interface and batch-ticket reporting, accredited calibration, training and the warranty services under Article 7. Civil works and piping outside the skids are by the Purchaser.
H:Article 3 - Contract Price
P:3.1 The Contract Price is CNY 1,320,000 (one million three hundred and twenty thousand Chinese Yuan), fixed and firm, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Coriolis mass flow meter DN80, 316L stainless steel, heat-traced, with transmitter|8|62,500|500,000
TB:2|Coriolis mass flow meter DN150, custody-transfer approved, with transmitter|3|138,000|414,000
TB:3|Flow computer and metering skid control panel|3|46,000|138,000
TB:|Equipment Subtotal|||1,052,000
TB:4|Accredited calibration (CNAS laboratory) and prover connections|1 lot||86,000
TB:5|Installation, commissioning and DCS integration|1 lot||164,000
TB:6|Training (two courses on Site)|1 lot||18,000
TB:|Contract Price|||1,320,000
P:3.2 The Contract Price includes freight, insurance, import duties, the Contractor's travel and all taxes, including Chinese value-added tax. The Contract Price does not include the post-warranty maintenance services, which are ordered and paid under Article 8.4.
H:Article 4 - Terms of Payment
P:4.1 Ten per cent (10 %) of the Contract Price, CNY 132,000, as an advance payment within 20 Business Days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Purchaser.
P:4.2 Fifty-five per cent (55 %) of the Contract Price, CNY 726,000, within 20 Business Days after delivery of all Equipment to Site and joint signature of the delivery note. Signature of the delivery note confirms quantities and visible condition only and is not acceptance.
P:4.3 Thirty-five per cent (35 %) of the Contract Price, CNY 462,000, within 20 Business Days after Final Acceptance.
H:Article 5 - Delivery and Installation
P:5.1 The Contractor shall deliver all Equipment to Site within 70 days after receipt of the advance payment and shall complete installation and commissioning within 30 days after delivery, so that the Works are ready for the Site Acceptance Test before the Purchaser's planned plant shutdown ends.
P:5.2 If the Contractor fails to deliver the Equipment or to complete commissioning by the dates in Article 5.1 for reasons not attributable to the Purchaser or to force majeure, the Contractor shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to a maximum of 8 % of the Contract Price. The parties agree that this amount is a genuine pre-estimate of loss and not a penalty.
P:5.3 Work on Site shall comply with the Purchaser's permit-to-work, hot-work and food safety rules.
H:Article 6 - Testing and Acceptance
P:6.1 The Equipment shall be delivered with the manufacturer's factory calibration certificates.
P:6.2 After commissioning, the Contractor shall carry out the Site Acceptance Test under the procedure in Annex 2. The test shall show that: (a) each custody-transfer meter, proved against the accredited master meter, is within plus or minus 0.10 % of the reference mass at three flow rates; (b) each process meter is within plus or minus 0.20 % on the same basis; (c) the flow computers calculate standard volumes and density-corrected quantities that match the Purchaser's own calculations for twenty reference batches; (d) every DCS signal has been loop-checked and batch tickets print and transfer correctly; and (e) the system runs for 72 continuous hours without a Severity 1 fault.
P:6.3 Installation, use of the meters in the Purchaser's operations or payment of any instalment does not constitute acceptance.
P:6.4 When the Site Acceptance Test has been passed, the Purchaser shall issue a Final Acceptance Certificate within 5 Business Days. If the test is failed, the Contractor shall correct the defects and repeat the test at its own cost.
H:Article 7 - Warranty
P:7.1 The Contractor warrants the Works against defects in design, materials and workmanship for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Contractor shall repair or replace defective parts free of charge, carry out two preventive maintenance visits a year (including zero verification and meter health checks), and provide the service levels in Article 8.
H:Article 8 - Service Levels and Maintenance
P:8.1 Faults are classified and answered as follows:
TB:Severity|Description|Response (telephone / remote)|Engineer on Site|Restoration
TB:1|Failure of a custody-transfer meter or flow computer; loss of fiscal measurement at the jetty|1 hour|24 hours|48 hours
TB:2|Failure of a process meter or drift beyond tolerance; DCS interface fault|2 hours|3 Business Days|5 Business Days
TB:3|Minor defect, reporting or documentation query|1 Business Day|Next scheduled visit|Next scheduled visit
P:8.2 Response and on-Site service are provided through the service partner approved under Article 13.2, with the Contractor's metering engineers in Lae supporting remotely.
P:8.3 If the Contractor misses a response, on-Site or restoration time in the table, it shall credit the Purchaser CNY 800 for each hour of delay, up to CNY 20,000 per incident, against any amount due to the Contractor, or pay that amount on demand.
P:8.4 After the Warranty Period the Purchaser may order maintenance services for up to three further years (years 3 to 5 after Final Acceptance) at a fixed fee of CNY 78,900 per year, being seven and a half per cent (7.5 %) of the Equipment Subtotal, which shall not be increased during those three years. The maintenance services comprise the services in Article 7.2, including replacement parts other than consumables, and the service levels in this Article 8. Each year is ordered by a separate purchase order; there is no automatic renewal.
H:Article 9 - Purchaser's Data and Plant Security
P:9.1 Metering records, batch tickets, calibration records, DCS configurations and all other data generated by the system or supplied by the Purchaser ("Purchaser's Data") belong to the Purchaser. The Contractor may use them only to perform this Contract and shall not disclose them or use them for any other purpose.
P:9.2 Remote access to the system is permitted only through the Purchaser's industrial DMZ, for sessions approved in advance by the Purchaser's instrument supervisor, using named accounts with two-factor authentication, and all sessions are logged. The Contractor shall not copy Purchaser's Data outside the Purchaser's network and shall connect only virus-scanned laptops and media to the control network.
P:9.3 The Contractor shall notify the Purchaser within 12 hours after becoming aware of any unauthorised access to, loss of or corruption of Purchaser's Data or of any cybersecurity incident involving the Works, shall help to contain it, and is liable for the losses and costs caused by its breach of this Article 9.
H:Article 10 - Intellectual Property
P:10.1 The functional design, skid drawings, flow computer configurations, DCS interface logic, batch-ticket templates and other documents prepared specifically for the Purchaser under this Contract become the property of the Purchaser on creation. The Contractor shall deliver them in native and PDF format at Final Acceptance, and the Purchaser may use, copy and modify them and have them modified by others.
P:10.2 Meter firmware and flow computer software remain the property of their manufacturers and are licensed to the Purchaser perpetually for the operation and maintenance of the Works.
P:10.3 The Contractor shall indemnify the Purchaser against any claim that the Works infringe the intellectual property rights of a third party.
H:Article 11 - Confidentiality
P:11.1 Each party shall keep confidential the commercial terms of this Contract and all technical and commercial information received from the other party, including the Purchaser's throughput, stock and pricing information, and shall not disclose it to a third party without prior written consent, except to its professional advisers or as required by law. This obligation continues for five years after this Contract ends.
H:Article 12 - Limitation of Liability
P:12.1 The total liability of the Contractor under or in connection with this Contract, whether in contract, tort (including negligence) or otherwise, shall not exceed 150 % of the Contract Price, except liability for death or personal injury, fraud, wilful misconduct, breach of Articles 9 and 11 and the indemnity in Article 10.3, which is not limited.
P:12.2 Neither party is liable for loss of profit or for indirect or consequential loss.
H:Article 13 - Subcontracting and Assignment
P:13.1 The Contractor shall not subcontract any part of the Works without the prior written consent of the Purchaser, and remains responsible for the acts and omissions of its subcontractors as for its own.
P:13.2 The Purchaser consents to Nanning Hengtong Instrument Services Co., Ltd. as the Contractor's service partner for on-Site installation labour and for warranty and maintenance call-outs.
P:13.3 Neither party may assign this Contract without the other party's written consent.
H:Article 14 - Termination
P:14.1 The Purchaser may terminate this Contract by written notice if the Contractor (a) commits a material breach and fails to remedy it within 21 days after written notice, (b) has reached the maximum of liquidated damages under Article 5.2, or (c) becomes insolvent or enters into liquidation.
P:14.2 The Contractor may suspend its work if the Purchaser fails to pay an undisputed amount within 45 days after written notice.
P:14.3 On termination under Article 14.1 the Contractor shall refund the amounts paid for Works not accepted, and the Purchaser may complete the Works by others at the Contractor's cost.
H:Article 15 - Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, including cyclones, earthquakes, war and port closure, provided it notifies the other party promptly.
H:Article 16 - Governing Law and Disputes
P:16.1 This Contract is governed by and shall be construed in accordance with the laws of Papua New Guinea.
P:16.2 The parties shall first attempt to settle any dispute by negotiation between senior executives for 30 days. A dispute not so settled shall be finally resolved by arbitration in Port Moresby, Papua New Guinea, before a sole arbitrator under the UNCITRAL Arbitration Rules. The language of the arbitration is English.
H:Article 17 - General
P:17.1 This Contract, with Annex 1 (Technical Specification), Annex 2 (Site Acceptance Test Procedure) and Annex 3 (Project Schedule), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for and on behalf of the Purchaser: ____________________
P:Signed for and on behalf of the Contractor: ____________________
"""

H76E04 = """
T:MANAGED IT AND SATELLITE COMMUNICATIONS SUPPORT AGREEMENT
P:Agreement No. PAN-MSA-2025-021
P:This Managed IT and Satellite Communications Support Agreement (the "Agreement") is entered into as of ______________, 2025 (the "Effective Date") by and between:
P:Pacific Atoll Networks, Inc., a corporation organized under the laws of the Republic of the Marshall Islands, with its principal place of business at Uliga Commercial Center, Majuro, MH 96960 ("Provider"); and
P:Donghai Ship Registration Services (Shanghai) Co., Ltd., a company organized under the laws of the People's Republic of China, with its office at Room 1806, 99 Pudong Avenue, Shanghai ("Customer").
P:RECITALS. Customer operates a ship registration and seafarer documentation office in Shanghai that handles registrations, mortgages and crew certificates for vessels of Chinese owners, and its marine surveyors and inspectors travel to vessels at anchorage and overseas. Provider supplies managed IT and satellite communications services to maritime administrations and shipping businesses in the Pacific and Asia. Customer wishes to outsource the operation of its office IT and the support of its surveyors' satellite phones to Provider on the terms below.
H:1. Definitions
P:1.1 "Charges" means the charges set out in Section 4. "Initial Term" has the meaning given in Section 3.1. "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate. "Registry Systems" means Customer's registry document management system, ship register database and crew certificate database hosted on Customer's servers in Shanghai. "Service Levels" means the levels set out in Section 6. "Customer Data" has the meaning given in Section 7.1.
P:1.2 "Including" means including without limitation. Headings do not affect interpretation. "Business day" means a working day in Shanghai.
H:2. Services
P:2.1 Managed IT Services. Provider shall operate and support Customer's office IT environment, comprising 46 users, 52 endpoints, 6 physical and virtual servers, the office network, firewall and Wi-Fi, the Microsoft 365 tenancy, and the infrastructure of the Registry Systems (operating systems, database platform, backups and monitoring). The services include a bilingual (English and Chinese) service desk, round-the-clock remote monitoring, patch management, backup management with monthly restore tests, user administration, and on-site support at Customer's office.
P:2.2 Satellite Phone Support. Provider shall manage Customer's 12 Iridium and 4 Inmarsat satellite handsets used by surveyors, including activation and SIM management, airtime plan administration, firmware updates, pre-deployment checks, a pool of three charged spare handsets kept in Shanghai, and the dispatch of a replacement for any handset that fails while a surveyor is deployed.
P:2.3 Transition. During the 45 days after the Effective Date Provider shall take over the services from Customer's current supplier under the transition plan in Schedule 1.
P:2.4 Provider shall perform the Services with suitably qualified personnel, in accordance with ITIL-aligned processes and good industry practice.
H:3. Term
P:3.1 This Agreement begins on the Effective Date and continues for thirty-six (36) months from the Service Commencement Date (the "Initial Term").
P:3.2 This Agreement expires at the end of the Initial Term. Any extension requires a written amendment signed by both parties, and the Charges for any extension will be agreed in that amendment.
H:4. Charges and Payment
P:4.1 The Charges are: (a) Managed IT Services: CNY 38,500 per month; (b) Satellite Phone Support: CNY 6,200 per month; and (c) Transition Fee: CNY 42,000, one-time.
P:4.2 The total Charges for the Initial Term are CNY 1,651,200, consisting of CNY 1,386,000 for Managed IT Services, CNY 223,200 for Satellite Phone Support and CNY 42,000 for the transition. Satellite airtime is billed by the network operators to Customer at cost and is not part of the Charges.
P:4.3 Provider invoices the monthly Charges monthly in arrears and the Transition Fee upon signature of the Transition Acceptance Certificate. Customer shall pay undisputed invoices within thirty (30) days after receipt. No amount is payable in advance.
P:4.4 The Charges are fixed for the Initial Term and include Chinese value-added tax. Provider shall issue VAT invoices through its Shanghai billing agent.
H:5. Transition and Acceptance
P:5.1 The target Service Commencement Date is 45 days after the Effective Date.
P:5.2 Transition is complete when: (a) Provider has delivered a complete inventory of hardware, software licences, accounts and network devices; (b) runbooks for all recurring tasks and for recovery of the Registry Systems have been approved by Customer; (c) a full restore of the Registry Systems from backup to a test server has succeeded and been verified by Customer; (d) the service desk is operational for all users; (e) each satellite handset has passed a test call and a test SMS and the spare pool is in place; and (f) monitoring alerts for all servers and network devices have been verified.
P:5.3 Customer shall sign a Transition Acceptance Certificate within three (3) business days after the criteria in Section 5.2 are met, or state in writing which criteria are not met. The start of monitoring or of service desk operation alone does not constitute acceptance.
P:5.4 If the Service Commencement Date does not occur by the target date because of Provider's default, Provider shall pay Customer liquidated damages of CNY 1,200 for each day of delay, up to a total of CNY 42,000.
H:6. Service Levels and Service Credits
P:6.1 Incidents are prioritized and handled as follows:
P:Priority 1 - Registry Systems unavailable, office network or e-mail down for all users, or a deployed surveyor's handset failed: response within 30 minutes, at any time of day; restoration within 6 hours (for a failed handset: replacement dispatched by courier within one business day).
P:Priority 2 - a service degraded or a group of users affected: response within 2 hours during business hours; restoration within 1 business day.
P:Priority 3 - a single user affected, or a service request: response within 1 business day; resolution within 3 business days.
P:6.2 The infrastructure of the Registry Systems shall be available at least 99.95% of the time in each calendar month, excluding maintenance windows agreed with Customer in advance.
P:6.3 Service Credits: (a) 5% of the monthly Managed IT Services charge for each Priority 1 incident not restored within the target; and (b) 10% of that charge if availability in a month is below 99.95%. Service Credits in a month are capped at 20% of the monthly Charges and are deducted from the next invoice.
P:6.4 Provider shall deliver a monthly service report showing incidents, Service Level performance, Service Credits, patch status and the results of backup restore tests, and shall attend a monthly service review with Customer.
P:6.5 Service Credits are Customer's sole and exclusive financial remedy for Provider's failure to meet the Service Levels.
H:7. Customer Data and Security
P:7.1 All ship registration files, owner and mortgagee identity documents, crew records, e-mail and other data held in Customer's systems or processed by Provider ("Customer Data") belong to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's written instructions, and shall not use it for any other purpose.
P:7.2 Customer Data remains on Customer's servers in Shanghai and in its Microsoft 365 tenancy. Provider's staff in Majuro and Shanghai shall access Customer's systems only through Customer's jump server, with named accounts, multi-factor authentication and session recording. Privileged credentials are kept in a password vault controlled by Customer. Provider shall not copy Customer Data to its own systems or to removable media, shall maintain ISO/IEC 27001 certification for its service desk, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:7.3 Provider shall notify Customer within 12 hours after becoming aware of any actual or suspected unauthorized access to, or loss, alteration or disclosure of, Customer Data, shall investigate and contain the incident and report on it in writing, and shall be liable for the losses, regulatory fines and notification costs suffered by Customer to the extent caused by Provider's breach of this Section 7.
P:7.4 On expiry of this Agreement Provider shall return all credentials, documentation and any Customer Data in its possession and certify in writing that no copies remain.
H:8. Customer Responsibilities
P:8.1 Customer shall give Provider's personnel access to its office and systems as reasonably required, provide desk space for on-site engineers, maintain the software licences and airtime contracts in its own name, and appoint a contact person authorized to approve changes.
H:9. Intellectual Property
P:9.1 Runbooks, scripts, configuration files, network diagrams and other documentation prepared by Provider for Customer under this Agreement are owned by Customer. Customer may use and modify them freely and may give them to any successor provider.
P:9.2 Provider's pre-existing monitoring and ticketing tools remain Provider's property and are made available to Customer for the term of this Agreement only.
H:10. Subcontracting
P:10.1 Customer approves Shanghai Haitong IT Field Services Co., Ltd., named in Schedule 3, as Provider's subcontractor for on-site support in Shanghai. Provider shall not use any other subcontractor without Customer's prior written consent. Provider remains responsible for its subcontractors as for itself.
H:11. Limitation of Liability
P:11.1 Provider's aggregate liability under this Agreement shall not exceed 125% of the total Charges for the Initial Term, except for liability under Section 7, for death or personal injury, and for fraud or willful misconduct, which is not limited.
P:11.2 Neither party shall be liable for lost profits or indirect or consequential damages, except in the cases excluded in Section 11.1.
H:12. Term and Termination
P:12.1 Neither party may terminate this Agreement for convenience.
P:12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, makes an assignment for the benefit of creditors, or has a receiver or liquidator appointed. The parties may also end this Agreement at any time by mutual written agreement.
P:12.3 Customer acknowledges that the Charges are based on a committed thirty-six (36) month term. Failures to meet the Service Levels and other performance issues shall be dealt with through Service Credits and the escalation procedure in Section 6 and Schedule 2, and shall not entitle Customer to terminate this Agreement.
P:12.4 On expiry or termination Provider shall provide up to thirty (30) days of exit assistance, including a knowledge transfer to Customer or its new provider, at no additional charge.
H:13. Force Majeure
P:13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including typhoons, earthquakes, epidemics, war, government action, and outages of satellite networks not caused by Provider. The affected party shall notify the other promptly and resume performance as soon as possible.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English. The award is final and binding on both parties.
H:15. General
P:15.1 Notices shall be in writing and sent by courier or e-mail to the addresses above. Neither party may assign this Agreement without the other party's written consent. This Agreement, with Schedule 1 (Transition Plan), Schedule 2 (Escalation Procedure) and Schedule 3 (Approved Subcontractor), is the entire agreement of the parties and may be amended only in writing. It may be signed in counterparts and by electronic signature.
P:IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
P:Pacific Atoll Networks, Inc. By: ____________________ Name / Title:
P:Donghai Ship Registration Services (Shanghai) Co., Ltd. By: ____________________ Name / Title:
"""

SOURCES = {"h76z01": H76Z01, "h76z02": H76Z02, "h76e03": H76E03, "h76e04": H76E04}
TARGETS = {"h76z01": ("h76z01_civil_aviation_flight_service_station_platform.docx", "docx"),
           "h76z02": ("h76z02_dairy_online_nir_milk_analysers.pdf", "pdf"),
           "h76e03": ("h76e03_palm_oil_refinery_flow_meters_png_integrator.docx", "docx"),
           "h76e04": ("h76e04_ship_registry_managed_it_satphone_mh_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
