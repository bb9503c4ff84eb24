"""Builds the .docx and .pdf contracts of holdout63 from the markup below (see ../word_pdf.py).

Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
Run with /work/main/.venv/bin/python make_files.py; the .md and .txt contracts of this set are plain files.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H63Z01 = """
T:江岳省档案馆数字档案馆系统集成项目合同
P:合同编号：JYDA-ZC-2026-017
P:采购项目编号：JYCG2026-GK-0311（公开招标）
P:甲方（采购人）：江岳省档案馆
P:乙方（供应商）：江岳数图信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江岳省档案馆数字档案馆系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责数字档案馆的软硬件供货、安装部署，数字档案管理系统及电子档案长期保存系统的实施，OA系统及业务系统归档接口、档案利用平台的定制开发，存量电子档案数据迁移，网络安全等级保护三级测评配合及培训，交付一套可正式运行的数字档案馆系统。
P:1.2 设备及软件的品牌、型号、配置以附件一《供货清单》为准，乙方不得以低于投标文件的配置交货，不得提供翻新、拆机或非原厂渠道产品。
P:1.3 乙方应为本项目配备项目经理一名及不少于五名实施工程师，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万元整（¥2,680,000.00），为固定总价，已包含设备、软件、运输、保险、安装、开发、迁移、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|国产服务器（双路，64核，512GB内存）|6台|516,000
TB:2|分布式存储（可用容量600TB）|1套|468,000
TB:3|蓝光光盘库（长期保存离线备份）|1套|312,000
TB:4|数字档案管理系统软件许可|1套|386,000
TB:5|电子档案长期保存及“四性”检测软件许可|1套|158,000
TB:6|下一代防火墙及数据库审计系统|1套|124,000
TB:|软硬件小计||1,964,000
TB:7|归档接口及档案利用平台定制开发|1项|436,000
TB:8|存量电子档案数据迁移|1项|168,000
TB:9|集成实施及培训|1项|112,000
TB:|合同总价||2,680,000
P:2.2 合同履行期间，合同总价不因市场价格变动、汇率变动或乙方成本变化而调整。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，即人民币陆拾柒万元。
P:3.2 全部设备到货并安装调试完成，经甲方签收后十五个工作日内，甲方支付合同总价的35%，即人民币玖拾叁万捌仟元。到货签收仅确认设备数量、型号和外观，不代表验收合格。
P:3.3 项目终验合格后十五个工作日内，甲方支付合同总价的40%，即人民币壹佰零柒万贰仟元。
P:3.4 乙方每次请款前应向甲方开具等额的增值税发票。甲方有权从应付款项中直接扣除乙方应支付的违约金。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后六十日内完成全部设备到货及安装，一百五十日内完成系统部署、接口开发和数据迁移，达到上线试运行条件。
P:4.2 乙方应在合同生效后十日内提交项目实施方案，经甲方确认后实施。数据迁移须在甲方指定的时间窗口内进行，迁移前乙方应完成全量备份。
H:第五条 验收
P:5.1 初验。系统上线后，由甲方组织初验，验收标准包括：（1）设备型号、配置、数量与供货清单一致；（2）档案管理系统功能逐项符合招标文件技术要求；（3）迁移数据经目录条目和电子文件双向核对，数量一致且全部可正常打开；（4）归档接口连续十五个工作日无差错归档；（5）在300个并发用户下，全文检索响应时间不超过3秒；（6）“四性”检测符合DA/T 70的要求。
P:5.2 终验。初验合格后系统试运行九十日，试运行期内未发生一级故障，且系统通过第三方机构的网络安全等级保护三级测评后，由甲方组织专家进行终验，出具终验报告。
P:5.3 系统上线、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及技术支持，并每季度进行一次现场巡检。
P:6.2 质保期内，数字档案馆系统（含档案管理系统和档案利用平台）月可用率应不低于99.8%。月可用率每低于约定值0.1个百分点，乙方向甲方支付违约金人民币贰仟元。
P:6.3 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到达现场时间|修复时间
TB:一级|系统整体不可用，或存在档案数据丢失、篡改风险|30分钟|2小时|8小时
TB:二级|部分功能或单台设备故障，不影响整体运行|1小时|8小时|24小时
TB:三级|一般性问题或使用咨询|8小时|下一工作日|3个工作日
P:6.4 乙方未按上表时限响应、到场或修复的，每超时一小时，向甲方支付违约金人民币壹仟元。
P:6.5 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币壹拾伍万柒仟壹佰贰拾元），质保期满后三年内不上调。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的归档接口、档案利用平台功能模块、迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在终验前向甲方移交全部源代码及编译说明。
P:7.2 乙方提供的标准软件产品知识产权归原权利人所有，甲方获得永久使用许可。乙方保证所提供的设备和软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的全部档案数据、目录数据、元数据和系统日志均属甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方人员在甲方现场实施，不得将档案数据带离甲方机房；确需远程维护的，须经甲方书面审批并通过甲方堡垒机进行，全程审计录像。乙方使用的移动存储介质须经甲方登记，项目结束时当场清除。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施并在1小时内报告甲方。因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的档案内容、网络结构、账号口令及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密承诺书。
P:9.2 保密义务不因本合同的终止或解除而解除。
H:第十条 分包
P:10.1 乙方可将综合布线、设备上架及数据迁移中的辅助核对工作分包给具备相应能力的单位，但应在分包前五个工作日书面告知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期达到上线试运行条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方交付的产品或服务不符合合同约定的，应负责修理、更换或重做，并赔偿由此给甲方造成的损失。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或存在其他重大违约行为且经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项、承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及附件为本合同的组成部分。
P:附件一：供货清单；附件二：技术要求及偏离表；附件三：项目实施计划。
P:甲方（盖章）：江岳省档案馆　　　乙方（盖章）：江岳数图信息技术有限公司
P:签订日期：2026年　月　日
"""

H63Z02 = """
T:灌装线视觉检测设备采购及维保合同
P:合同编号：BYRY-SB-2026-0416
P:买方（以下简称“甲方”）：北原乳业（呼和浩特）有限公司
P:卖方（以下简称“乙方”）：睿瞳智能视觉科技（苏州）有限公司
P:甲方为液态奶车间三条无菌灌装线加装在线视觉检测及自动剔除系统，经询价比选，确定由乙方供货并实施。双方依据《中华人民共和国民法典》，经协商一致订立本合同。
H:1. 合同标的与价格
P:1.1 乙方向甲方提供灌装线视觉检测设备及检测软件，并负责安装调试、与灌装线PLC联调、样本采集与检测模型训练及操作培训。
P:1.2 合同总价为人民币壹佰陆拾贰万陆仟元整（¥1,626,000），含增值税、包装、运输、保险、安装及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|液位及瓶盖检测工位（工业相机、镜头、光源、工控机）|6套|128,000|768,000
TB:2|喷码字符识别（OCR）工位|4套|76,000|304,000
TB:3|气动剔除装置|10套|18,500|185,000
TB:4|视觉检测软件单机许可|10套|9,800|98,000
TB:5|集中监控服务器及车间看板|1套|65,000|65,000
TB:|设备及软件小计|||1,420,000
TB:6|安装调试及PLC联调|1项||118,000
TB:7|样本采集与检测模型训练|1项||72,000
TB:8|操作及维护培训|1项||16,000
TB:|合计|||1,626,000
P:1.3 乙方保证所供设备为全新原厂产品，符合附件《设备技术规格书》及食品生产车间卫生要求，与物料接触或位于灌装区的部件采用不锈钢或食品级材料。
H:2. 交货与安装
P:2.1 乙方应在合同生效后四十五日内将全部设备运抵甲方呼和浩特工厂液态奶车间，到货后双方共同开箱清点并签署到货签收单。到货签收不构成验收。
P:2.2 安装调试须利用甲方计划停线窗口进行，乙方应提前七日提交施工方案，经甲方设备部批准后实施。乙方人员进入车间须遵守甲方的卫生、更衣和安全管理制度。
P:2.3 乙方应在设备到货后三十日内完成全部安装调试和模型训练，具备试生产考核条件。
P:2.4 乙方应为甲方操作工和设备维修人员各提供两期现场培训，使其能够独立完成日常点检、镜头清洁、光源更换、参数调整、剔除记录查询及常见报警处理。
P:2.5 乙方交货时应随机提供中文操作手册、维护手册、电气图纸、备件清单、软件安装介质及出厂检验报告，缺少资料的视为未完成交货。设备在到货签收前的毁损、灭失风险由乙方承担。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币叁拾贰万伍仟贰佰元。
P:3.2 设备全部到货并签收后十个工作日内，甲方支付合同总价的40%，计人民币陆拾伍万零肆佰元。
P:3.3 验收合格后十个工作日内，甲方支付合同总价的35%，计人民币伍拾陆万玖仟壹佰元。
P:3.4 余款为合同总价的5%，计人民币捌万壹仟叁佰元，作为质量保证金，于质保期满且无未决质量问题后十个工作日内支付。
H:4. 验收
P:4.1 安装调试完成后，以甲方实际生产进行连续七十二小时的试生产考核。验收标准：（1）检测速度与灌装线额定产能每小时36,000包同步，不降低线速；（2）液位、瓶盖及喷码缺陷的漏检率不高于0.01%，误剔率不高于0.3%；（3）剔除装置动作准确，被剔产品全部进入剔除通道；（4）检测记录及缺陷图像完整保存不少于九十日；（5）与PLC的联锁停机及报警功能正常。
P:4.2 考核达标后，由甲方质量部、设备部会同乙方签署验收报告。考核不达标的，乙方应在十日内整改后重新考核，因此增加的停线损耗由乙方承担。
P:4.3 设备安装完成或投入生产使用，均不视为验收合格。
P:4.4 验收报告签署后三日内，乙方应向甲方移交检测模型及参数配置文件的备份、全部系统账号和密码，以及最终版电气图纸。
H:5. 质量保证与维保
P:5.1 质保期为六个月，自验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修正。
P:5.2 质保期内乙方提供电话及远程支持，故障分级处理：一级故障（导致灌装线停线或任一检测工位失效）30分钟内响应，2小时内到达现场，8小时内修复；二级故障（检测精度下降、看板或服务器故障）2小时内响应，24小时内修复。
P:5.3 乙方未按上述时限响应或修复的，每超时一小时，从质量保证金中扣除人民币捌佰元。
P:5.4 质保期满后，乙方继续为甲方提供年度维保服务，内容包括季度巡检、易损件更换、新包装规格的模型再训练及软件升级。年度维保费按设备及软件小计的百分之二十二计取，即每年人民币叁拾壹万贰仟肆佰元，按季度支付；维保期间费率不作调整。维保服务以年度为单位另行签订合同，不自动续期，维保期间的服务要求同本条第5.2款。
P:5.5 质保期及维保期内更换下来的故障部件归乙方所有，但工控机硬盘等存储介质须留存甲方或经甲方清除数据后方可带离厂区。
H:6. 知识产权
P:6.1 乙方为甲方产品采集的样本图像、训练得到的检测模型、参数配置及检测规则归甲方所有，甲方可自行修改，或交由第三方使用和维护。
P:6.2 视觉检测软件的著作权归乙方，甲方获得在本合同设备上永久使用的许可。乙方保证所供设备和软件不侵犯任何第三方的知识产权。
H:7. 数据安全
P:7.1 检测图像、生产记录及设备运行数据均属甲方所有，存储于甲方车间服务器，乙方不得复制或用于本合同以外的任何目的。
P:7.2 乙方远程维护须事先取得甲方设备部批准，通过甲方提供的VPN账号接入，维护结束即关闭账号；乙方不得在工控网络中安装与本合同无关的软件或私自连接外部网络。
P:7.3 发生数据泄露、病毒感染或其他安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:8. 保密
P:8.1 乙方对在甲方工厂获知的配方、工艺参数、产能数据及其他商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露；乙方人员未经甲方许可不得在车间内拍照或录像。本条义务在合同终止后三年内继续有效。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:9.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:9.3 因设备检测失效导致甲方不合格产品流入市场或批量报废的，乙方应赔偿甲方的直接损失，包括产品召回、销毁及重新检验的费用。
H:10. 分包与转让
P:10.1 未经甲方书面同意，乙方不得将本合同的任何部分分包或转让给第三方。
H:11. 合同解除
P:11.1 乙方逾期交货超过三十日，或设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项，自费拆除设备并承担违约责任。
H:12. 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交呼和浩特仲裁委员会仲裁。
H:13. 其他
P:13.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件与本合同具有同等效力。双方往来通知以书面形式送达本合同首部所列地址。
P:附件：设备技术规格书、安装施工方案。
P:甲方：北原乳业（呼和浩特）有限公司（盖章）　　乙方：睿瞳智能视觉科技（苏州）有限公司（盖章）
P:日期：2026年　月　日
"""

H63E02 = """
T:SUPPLY CONTRACT
P:On-Board Fare Validators and Fare Management System for the Qingcheng Bus Network
P:Contract No.: QCPT-WZ-2026-031
P:This Contract is made on ____ 2026 in Qingcheng, People's Republic of China, between:
P:(1) Qingcheng Public Transport Group Co., Ltd., a company established in the People's Republic of China with its registered office at No. 16 Jianshe Road, Qingcheng (the "Purchaser"); and
P:(2) Validis Transit Systems d.o.o., a limited liability company registered in the Republic of Serbia under company number 21548733, with its registered office at Bulevar oslobodjenja 88, 21000 Novi Sad, Serbia (the "Supplier").
P:Following the Purchaser's international tender No. QCPT-ZB-2026-007, the Supplier's bid of 18 March 2026 and the letter of award, the Parties agree as follows.
H:Article 1 Definitions and Contract Documents
P:1.1 "Contract Price" means the total price in Article 3; "Hardware and Licence Subtotal" means the sum of items 1 to 4 of the price table in Article 3; "Final Acceptance" means acceptance under Article 6.3.
P:1.2 The following documents form part of this Contract and apply in this order of priority: this Contract; Annex 1 (Technical Specification); Annex 2 (Acceptance Test Plan); Annex 3 (Installation Plan and Approved Local Installer); the tender documents; the Supplier's bid.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall design, manufacture, deliver, install, integrate and commission: 1,180 on-board validators, model VX-7, reading QR codes, the Qingcheng transit card (T-Union) and contactless bank cards, two on each bus; 590 driver consoles; 9 depot data gateways; and the Validis FMS back-office fare management software for up to 650 vehicles, installed on servers provided by the Purchaser in its own data centre.
P:2.2 The Supplier shall integrate the system with the Qingcheng Transit Card Clearing Centre and the acquiring bank's UnionPay gateway, migrate the current fare tables and train the Purchaser's staff.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 4,845,000 (say: Renminbi four million eight hundred and forty-five thousand yuan), delivered duty paid to the Purchaser's depots in Qingcheng. It includes import duties, VAT, transport, insurance, installation, integration, training and all services during the warranty period, is fixed and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|On-board validator VX-7 (QR / T-Union / EMV contactless)|1,180|2,460|2,902,800
TB:2|Driver console DC-3|590|1,180|696,200
TB:3|Depot data gateway (Wi-Fi 6, edge storage)|9|18,400|165,600
TB:4|Validis FMS licence, perpetual, up to 650 vehicles|1|612,000|612,000
TB:|Hardware and Licence Subtotal|||4,376,600
TB:5|Installation on 590 buses incl. wiring and brackets|590|420|247,800
TB:6|Integration with the clearing centre and the UnionPay gateway|1|186,000|186,000
TB:7|Training and documentation|1|34,600|34,600
TB:|Contract Price|||4,845,000
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment within 90 days after this Contract takes effect and complete installation on all buses, depot by depot, within 150 days, following Annex 3.
P:4.2 For each depot, the Parties sign an Installation Certificate once the Supplier has installed all units and shown that every bus of the depot uploads transactions through the depot gateway. An Installation Certificate confirms quantities and workmanship only; it is not acceptance.
P:4.3 If the Supplier fails to complete delivery or installation by the dates in Article 4.1 for reasons not attributable to the Purchaser or to force majeure, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from any of its obligations.
H:Article 5 Payment
P:5.1 The Purchaser shall pay:
P:(a) 10% of the Contract Price (CNY 484,500) as an advance payment within 20 working days after receiving the Supplier's invoice and an advance-payment guarantee for the same amount issued by a bank acceptable to the Purchaser;
P:(b) 50% of the Contract Price (CNY 2,422,500) in proportion to the buses covered by signed Installation Certificates, within 30 days after each invoice;
P:(c) 35% of the Contract Price (CNY 1,695,750) within 30 days after Final Acceptance;
P:(d) the remaining 5% (CNY 242,250), retained as performance security, within 30 days after the end of the warranty period, less any amounts owed to the Purchaser.
P:5.2 Payments are made in CNY by bank transfer against the Supplier's valid invoice.
H:Article 6 Testing and Acceptance
P:6.1 Before shipment, a factory acceptance test is held in Novi Sad on a sample of 20 validators, which the Purchaser may witness.
P:6.2 After the last Installation Certificate, the complete system runs in revenue service for a pilot period of 30 days. Final Acceptance requires that during the pilot period: (a) no more than 3 failed card or QR reads occur per 10,000 taps on any route; (b) every transaction reaches the clearing centre within 10 minutes of the tap; (c) the daily reconciliation between the FMS, the clearing centre and the acquiring bank shows no unexplained difference; (d) blacklist and fare-table updates reach all buses within 2 hours of publication; (e) no Severity 1 incident occurs in the last 15 days; and (f) all documents listed in Annex 1 have been delivered.
P:6.3 When these criteria are met, the Purchaser's acceptance committee signs the Final Acceptance Certificate within 10 working days. If a criterion is not met, the Supplier remedies the defects at its own cost and the pilot is repeated for the affected part. Revenue service, Installation Certificates and payments do not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During this period the Supplier repairs or replaces any defective unit free of charge, keeps a consignment stock of spare validators and consoles at the Purchaser's central depot equal to 2% of the installed quantity, and supplies software corrections and fare-rule updates free of charge.
H:Article 8 Service Levels during the Warranty
P:8.1 The Supplier provides a 24/7 hotline, with Chinese-speaking first-line support in Qingcheng and second-line support from Novi Sad. Incidents are classified and handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|FMS back office unavailable; transactions not uploaded to the clearing centre; or more than 10% of the validators of one depot out of service|30 minutes|8 hours
TB:Severity 2|Fault limited to single buses, a single gateway or a non-critical FMS function|2 hours|3 working days
TB:Severity 3|Minor defects, questions and change requests|1 working day|next software release
P:8.2 The FMS back office shall be available at least 99.95% of each calendar month, excluding planned maintenance agreed in advance with the Purchaser and performed at night.
P:8.3 For each full hour by which the Supplier exceeds the response or restoration time of a Severity 1 incident, the Supplier shall pay CNY 2,000; for each day of delay in restoring a Severity 2 incident, CNY 500; and for each 0.01 percentage point by which monthly availability falls below 99.95%, CNY 1,000. The Purchaser may deduct these amounts from the retention or from any payment due.
H:Article 9 Support after the Warranty
P:9.1 For the fourth to sixth years after Final Acceptance, the Supplier shall provide support and spare-parts service on the terms of Articles 7 and 8 at an annual fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 328,245 per year, fixed for those three years.
P:9.2 Support is ordered by the Purchaser year by year by purchase order. There is no automatic renewal, and the Purchaser is free not to order support.
H:Article 10 Intellectual Property
P:10.1 The interface adapters to the clearing centre and the UnionPay gateway, the fare-table and reporting configuration and all documents prepared specifically for the Purchaser belong to the Purchaser, which may use and modify them and have them modified by third parties. The Supplier shall deliver their source code and build instructions at Final Acceptance.
P:10.2 The validator firmware and the Validis FMS software remain the property of the Supplier; the Purchaser receives a perpetual, irrevocable licence for the licensed number of vehicles. The Supplier shall indemnify the Purchaser against third-party infringement claims.
H:Article 11 Passenger Data and Security
P:11.1 All transaction records, card and account identifiers, fare data, location data and logs generated by the system ("Passenger Data") belong to the Purchaser. The Supplier may process Passenger Data only to perform this Contract and may not use it for any other purpose, including in anonymised or aggregated form.
P:11.2 Passenger Data is stored only on the Purchaser's servers in Qingcheng and shall not be transferred outside the People's Republic of China. Bank card numbers are tokenised on the validator. Remote support from Novi Sad uses the Purchaser's jump server, with approval for each session, masked personal data and full session recording.
P:11.3 The Supplier shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Purchaser's security rules, and shall ensure that the system passes the Purchaser's MLPS level 3 assessment.
P:11.4 The Supplier shall notify the Purchaser within 2 hours of any actual or suspected data breach, take all measures to contain it, and bear all losses, fines and costs caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each Party shall keep confidential all technical, commercial and operational information received from the other Party, including fare and ridership data, network configuration and security settings, use it only for this Contract and disclose it only to staff and advisers who need it. This obligation survives for five years after this Contract ends.
H:Article 13 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Articles 11 and 12, for which liability is not limited.
H:Article 14 Subcontracting
P:Installation on the buses will be carried out by the local installer named in Annex 3, which the Purchaser approves by signing this Contract. Any other subcontracting requires the Purchaser's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 15 Termination
P:15.1 The Purchaser may terminate this Contract in whole or in part by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 4.3 reach their maximum.
P:15.2 On termination, the Supplier shall refund the payments for undelivered items and compensate the Purchaser's additional cost of completing the supply.
H:Article 16 Force Majeure
P:Neither Party is liable for failure to perform caused by force majeure, provided that it promptly notifies the other Party and provides evidence.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingcheng Arbitration Commission for arbitration in Qingcheng. The award is final and binding on both Parties.
H:Article 18 Miscellaneous
P:This Contract is made in English and Chinese, both texts being equally authentic, and takes effect when signed and sealed by both Parties.
P:Annexes: 1 Technical Specification; 2 Acceptance Test Plan; 3 Installation Plan and Approved Local Installer.
P:For the Purchaser: ____________________    For the Supplier: ____________________
"""

H63E03 = """
T:MANAGED IT INFRASTRUCTURE AND BACKUP SERVICES AGREEMENT
P:Agreement No. LCMS/CN/2026/014
P:THIS AGREEMENT is entered into on the ___ day of __________ 2026 BY AND BETWEEN:
P:LEVANT CLOUD & MANAGED SERVICES CO. (L.L.C.), a limited liability company registered with the Companies Control Department of the Hashemite Kingdom of Jordan under No. 48211, having its principal office at King Hussein Business Park, Building 9, Amman, Jordan (the "Service Provider"); AND
P:HUAKANG MEDICAL GROUP CO., LTD., a company incorporated in the People's Republic of China, having its registered office at 1288 Qianjiang Road, Hangzhou, Zhejiang Province, which owns and operates the five private hospitals listed in Schedule 1 (the "Client").
P:WHEREAS the Client wishes to outsource the operation of its infrastructure and the backup and recovery of its clinical and business systems, and the Service Provider has agreed to provide such services on the terms of this Agreement;
P:NOW, THEREFORE, IT IS HEREBY AGREED as follows:
H:1. Definitions and Interpretation
P:1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Client Data" means all data of the Client and of its patients, including electronic medical records, images, laboratory results, billing and personnel data, backup copies and system logs, which the Service Provider processes or has access to; "Critical Systems" means the HIS, EMR, PACS, LIS and pharmacy systems of the Client; "Service Commencement Date" means the date on which the Client signs the Transition Acceptance Certificate; and "Priority 1 Incident" means an incident that makes a Critical System unavailable at one or more hospitals, or that puts Client Data at risk of loss, including a failed backup of a Critical System that cannot be re-run within the backup window.
H:2. Term
P:2.1 This Agreement starts on the date of its signature and, unless terminated earlier, continues for thirty-six (36) months from the Service Commencement Date (the "Initial Term").
P:2.2 The Parties may extend this Agreement by a written agreement signed by both of them no later than three (3) months before the end of the Initial Term. There is no automatic renewal.
H:3. The Services
P:3.1 The Service Provider shall provide: (a) managed infrastructure services for 212 physical and virtual servers and 46 storage and network devices in the Client's two data centres and the hospital networks; (b) second- and third-line support to approximately 3,400 users of the Client; and (c) managed backup and recovery for up to 180 TB of protected data, using backup software licensed to the Client and backup storage located in the Client's secondary data centre in Shaoxing. Schedule 2 describes the Services in detail.
P:3.2 Remote monitoring from the Service Provider's network operations centre uses system metrics and event data only, with no access to patient records.
H:4. Transition and Service Commencement
P:4.1 The Service Provider shall complete the transition of the Services from the Client's current arrangements within ninety (90) days after signature, in accordance with the transition plan in Schedule 3.
P:4.2 Transition is complete when the Service Provider has demonstrated, in tests witnessed by the Client, that: (a) all configuration items listed in Schedule 1 are monitored and recorded in the configuration management database; (b) runbooks for every Critical System have been approved by the Client's IT department; (c) a full backup of every in-scope system has completed successfully and been verified; (d) test restores of the HIS database, a sample of 500 PACS studies and one mail server have met the recovery objectives in Clause 5.3; and (e) the service desk has handled live tickets for fourteen (14) days in parallel with the Client's staff. The Client shall then sign the Transition Acceptance Certificate. Use of the Services during the parallel period does not amount to acceptance.
P:4.3 If transition is not completed within the period in Clause 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay the Client liquidated damages of CNY 2,500 for each day of delay, up to a maximum of CNY 200,000.
H:5. Service Levels
P:5.1 Availability. The core infrastructure supporting the Critical Systems (servers, storage, virtualisation platform and data-centre network) shall be available at least 99.95% of each calendar month, measured as set out in Schedule 2, excluding maintenance windows approved in advance by the Client.
P:5.2 Incident response. The Service Provider shall respond to a Priority 1 Incident within fifteen (15) minutes at any time of the day or night and restore the service, or provide a workaround accepted by the Client, within two (2) hours. Priority 2 Incidents shall be responded to within thirty (30) minutes and restored within eight (8) hours, and Priority 3 Incidents responded to within one (1) business day.
P:5.3 Backup. Daily backups of all in-scope systems and transaction-log backups of the Critical System databases every fifteen (15) minutes; a recovery point objective of fifteen (15) minutes and a recovery time objective of three (3) hours for Critical Systems, and one (1) business day for other systems; and a quarterly restore test of each Critical System witnessed by the Client.
P:5.4 Service credits. If monthly availability is below 99.95%, the Service Provider shall credit 5% of the monthly Charges; if below 99.5%, 10%; and if below 99.0%, 20%. Each Priority 1 Incident not responded to or restored within the times in Clause 5.2 gives rise to an additional credit of CNY 5,000, and each failed quarterly restore test to a credit of CNY 10,000. Credits are deducted from the next invoice and do not limit the Client's other rights and remedies.
H:6. Charges and Payment
P:6.1 The Charges are: (a) managed infrastructure and user support: CNY 64,800 per month; (b) managed backup and recovery: CNY 21,600 per month; and (c) a one-time transition charge of CNY 138,000. The monthly Charges over the Initial Term amount to CNY 3,110,400 and the total Charges under this Agreement to CNY 3,248,400. All Charges are fixed for the Initial Term and include VAT and all travel and subsistence costs.
P:6.2 The transition charge is invoiced after the Transition Acceptance Certificate has been signed. Monthly Charges are invoiced monthly in arrears. No Charges are payable in advance.
P:6.3 The Client shall pay each undisputed invoice within thirty (30) days after receipt and may withhold any amount it disputes in good faith.
H:7. Client Data and Security
P:7.1 All Client Data is and shall remain the exclusive property of the Client. The Service Provider shall process Client Data only on the Client's documented instructions and only to provide the Services, and shall not use it, in any form, including anonymised or aggregated form, for any other purpose.
P:7.2 Client Data shall be stored and processed only in the Client's data centres in the People's Republic of China and shall not be transferred or made accessible outside mainland China.
P:7.3 The Service Provider shall: (a) access the Client's systems only through the Client's privileged-access gateway, with named accounts, multi-factor authentication and session recording; (b) encrypt all backup copies with keys held by the Client; (c) comply with the PRC Personal Information Protection Law, the Data Security Law, the Client's information security policies and the MLPS level 3 requirements applicable to the Client's systems; and (d) ensure that its personnel are vetted and trained in data protection.
P:7.4 The Service Provider shall notify the Client of any actual or suspected security incident affecting Client Data within two (2) hours of becoming aware of it, cooperate with the Client and the competent authorities, and bear all losses, costs, fines and third-party claims resulting from any security incident caused by its breach of this Clause 7.
H:8. Confidentiality
P:8.1 Each Party shall keep in confidence all information of the other Party disclosed or obtained in connection with this Agreement, including patient information, network designs and passwords, and shall not disclose it to any third party without the other Party's prior written consent, except to its employees and approved subcontractors who need to know it and are bound by equivalent obligations, or where disclosure is required by law.
P:8.2 This Clause survives termination of this Agreement for five (5) years; the confidentiality of patient information survives without limit of time.
H:9. Intellectual Property
P:9.1 Runbooks, scripts, configuration baselines, database content, reports and other documents produced by the Service Provider specifically for the Client belong to the Client, which may use, copy and modify them and pass them to any successor provider without restriction.
P:9.2 The Service Provider's pre-existing tools and methods remain its property. To the extent they are embedded in the deliverables, the Client has a perpetual, royalty-free licence to use them.
H:10. Personnel and Subcontracting
P:10.1 The Service Provider shall provide the on-site team described in Schedule 2, including a service delivery manager based in Hangzhou.
P:10.2 The Client approves, by signing this Agreement, the Service Provider's subsidiary Levant Cloud Technology (Hangzhou) Co., Ltd. as subcontractor for the on-site services. The Service Provider shall not subcontract any other part of the Services without the Client's prior written consent, and remains responsible for the acts and omissions of its subcontractors.
H:11. Liability
P:11.1 The Service Provider's aggregate liability arising out of or in connection with this Agreement shall not exceed CNY 5,000,000.
P:11.2 The limitation in Clause 11.1 does not apply to death or personal injury, fraud, wilful misconduct, or breach of Clause 7 or Clause 8.
P:11.3 Neither Party shall be liable for indirect or consequential loss, save as provided in Clause 7.4.
H:12. Termination
P:12.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach which is not remedied within thirty (30) days after written notice specifying the breach.
P:12.2 The Client may also terminate this Agreement by written notice if availability falls below 99.0% in any two (2) months within a rolling period of six (6) months, or if a security incident caused by the Service Provider results in the loss or disclosure of patient data.
P:12.3 On termination the Client shall pay the Charges for Services properly provided up to the termination date. No termination fee is payable.
H:13. Exit Assistance
P:On expiry or termination, the Service Provider shall hand over all Client Data, documentation and credentials, cooperate with any successor provider, and then securely delete any Client Data in its possession and certify the deletion in writing.
H:14. Governing Law and Dispute Resolution
P:14.1 This Agreement shall be governed by and construed in accordance with the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute arising out of or in connection with this Agreement which is not settled amicably within thirty (30) days shall be finally settled by arbitration in Amman under the Jordanian Arbitration Law No. 31 of 2001, by three (3) arbitrators. The language of the arbitration shall be English.
H:15. General
P:This Agreement, with its Schedules, is the entire agreement between the Parties. No amendment is valid unless made in writing and signed by both Parties. It is executed in two (2) English originals, one for each Party.
P:Schedules: 1 Hospitals, Sites and Configuration Items; 2 Service Description and Measurement; 3 Transition Plan; 4 Approved Subcontractor.
P:Signed for and on behalf of the Service Provider: ____________________
P:Signed for and on behalf of the Client: ____________________
"""

SOURCES = {"h63z01": H63Z01, "h63z02": H63Z02, "h63e02": H63E02, "h63e03": H63E03}
TARGETS = {"h63z01": ("h63z01_provincial_archives_digital_archive_integration.docx", "docx"),
           "h63z02": ("h63z02_dairy_filling_line_vision_inspection_supply.pdf", "pdf"),
           "h63e02": ("h63e02_city_bus_ticket_validators_serbia.docx", "docx"),
           "h63e03": ("h63e03_hospital_group_managed_it_backup_jordan.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
