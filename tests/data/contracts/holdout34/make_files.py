"""Builds the Word and PDF contracts of holdout34 from the sources kept below.

Run with /work/main/.venv/bin/python make_files.py (from any directory). Markup as in ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row (cells split by |). PDFs are broken into lines at word
boundaries first (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H34Z01 = """
T:红石峁煤矿井下人员精确定位系统集成项目合同
P:合同编号：YYNY-HSM-2025-0417
P:甲方（采购人）：榆阳能源集团有限公司红石峁煤矿
P:乙方（供应商）：西安矿联智控科技有限公司
P:鉴于甲方为满足《煤矿安全规程》关于井下人员位置监测的要求，决定对红石峁煤矿原有井下人员定位系统进行升级改造。经公开招标，乙方中标。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责红石峁煤矿井下人员精确定位系统的设备供货、井下安装、系统软件部署、联调对接、试运行及培训，使系统覆盖主斜井、副立井、井底车场、各采掘工作面及主要运输大巷，定位精度达到0.3米以内。
P:1.2 乙方所供矿用设备均应取得有效的矿用产品安全标志证书（MA标志）及防爆合格证，并符合现行煤矿井下作业人员管理系统相关标准的规定。
P:1.3 系统应与甲方现有的安全监控系统、调度通信系统及上级监管联网平台完成数据对接，上传数据的格式与频率满足监管部门的要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零伍万元整（¥4,050,000.00），含设备、软件、运输、保险、井下安装、调试、对接开发、培训及税费，为固定总价。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|UWB定位分站（矿用本安型）|86台|18,500|1,591,000
TB:2|人员定位标识卡|2,400张|260|624,000
TB:3|矿用本安型环网交换机|12台|32,000|384,000
TB:4|矿用隔爆兼本安型电源箱|30台|6,800|204,000
TB:5|地面服务器及存储设备|1套|268,000|268,000
TB:6|人员定位系统软件（含监管联网接口）|1套|360,000|360,000
TB:|软硬件小计|||3,431,000
TB:7|井下安装及光缆敷设|1项|412,000|412,000
TB:8|系统联调及对接开发|1项|186,000|186,000
TB:9|培训|1项|21,000|21,000
TB:|合计|||4,050,000
P:2.2 除上表所列费用外，甲方不再承担其他任何费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交合同总价百分之十的履约保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即人民币捌拾壹万元。
P:3.2 全部设备到货并经甲方开箱检验合格后，甲方支付合同总价的百分之三十五。开箱检验仅核对型号、数量、外观及证书，不视为对系统的验收。
P:3.3 系统终验合格后，甲方支付合同总价的百分之四十。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方无未了责任的，甲方无息退还。
P:3.5 乙方每次请款前应向甲方开具等额的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后六十日内完成全部设备到货，一百二十日内完成井下安装和联调并提交初验申请。
P:4.2 井下施工须服从甲方的安全管理，遵守入井检身、瓦斯检查及作业票制度，乙方人员须经安全培训考试合格方可入井。施工期间不得影响矿井正常生产。
H:第五条 验收
P:5.1 初验：安装调试完成后，由甲方组织对系统进行初验，内容包括：全部分站及标识卡在线检查；在主要巷道选取不少于二十个测试点进行定位精度测试，误差不大于0.3米；对标识卡电量告警、超员、超时、限制区域闯入等报警功能逐项测试；检查向监管联网平台上传数据的连续性。
P:5.2 初验合格后系统进入为期三个月的试运行。试运行期间系统未发生一级故障、数据上传无中断，且乙方提交完整竣工资料（竣工图、设备台账、MA证书复印件、操作维护手册、对接程序源代码）的，甲方组织终验并出具终验报告。
P:5.3 设备安装、系统上线或甲方使用均不代表验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 系统质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及现场技术支持，标识卡电池及损坏的分站由乙方免费更换。
P:6.2 乙方应提供7×24小时服务热线，并在矿区所在地设立常驻服务网点。故障分级及响应要求如下表：
TB:故障级别|定义|响应时间|到达现场|恢复时间
TB:一级|系统整体中断、监管平台数据上传中断或井下大面积定位失效|30分钟|3小时|8小时
TB:二级|单个区域分站故障或部分报警功能失效|1小时|8小时|24小时
TB:三级|单台设备、单张标识卡故障或一般软件问题|8小时|下一个工作日|3个工作日
P:6.3 乙方未在上表规定时限内响应、到场或恢复的，每超时一小时，甲方有权从质量保证金中扣减人民币壹仟元；一级故障超过恢复时限仍未恢复的，甲方有权另行委托第三方处理，费用由乙方承担。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的百分之八（即每年不超过人民币贰拾柒万肆仟肆佰捌拾元），且质保期满后三年内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 人员定位系统软件的著作权归乙方或其权利人所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的监管联网接口、调度系统对接程序、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 系统采集的人员位置、轨迹、考勤及标识卡信息等数据属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 系统部署于甲方矿井工业网络内，乙方应按网络安全等级保护的要求落实边界防护、访问控制和日志审计；远程维护须事先经甲方书面批准，并通过甲方指定的堡垒机进行。
P:8.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在发现后二小时内报告甲方并采取处置措施；因乙方原因导致的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料以及甲方矿井图纸、生产信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十条 分包
P:10.1 乙方不得将本合同整体转包。井下安装及光缆敷设工程，乙方可委托具有矿山工程施工资质的单位实施，但应在该单位进场前五个工作日书面告知甲方，并对其施工质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期提交初验申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:11.2 乙方所供设备不具备有效MA标志或与投标文件不符的，甲方有权要求退换，由此造成的工期延误按11.1条处理。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.4 乙方在本合同项下的累计赔偿责任（含违约金）以人民币壹佰伍拾万元为限，但因乙方故意或重大过失、人身伤亡以及违反第八条、第九条造成的损失不受此限。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除本合同。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交榆林仲裁委员会仲裁。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：榆阳能源集团有限公司红石峁煤矿　　乙方（盖章）：西安矿联智控科技有限公司
P:授权代表：　　　　　　　　　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　　　　　　　　　日期：
"""

H34Z02 = """
T:山南省博物馆基本陈列多媒体展项及数字沙盘设备采购合同
P:项目编号：SNBWG-2025-ZC-021
P:甲方：山南省博物馆
P:乙方：杭州光影数创科技有限公司
P:根据《中华人民共和国民法典》及本项目采购文件、乙方响应文件，甲乙双方就甲方"山河千年"基本陈列改造中多媒体展项及数字沙盘设备的供货、安装及维护事宜，经协商一致，订立本合同。
H:一、供货范围及合同价款
P:（一）乙方负责下列设备及软件的供货、运输、安装、调试、内容适配和培训，并在质保期内提供维护服务：
P:1. 数字沙盘（含电动升降地形模型、激光投影融合系统）1套，人民币680,000元；
P:2. 激光投影机（20000流明）12台，单价46,000元，合计552,000元；
P:3. 55英寸液晶拼接屏24块，单价9,800元，合计235,200元；
P:4. 互动触控一体机16台，单价12,500元，合计200,000元；
P:5. 中控系统及播控服务器1套，人民币168,000元；
P:6. 展厅音响系统1套，人民币96,000元；
P:7. 展项播控软件1套，人民币88,000元。
P:（二）设备及软件小计人民币2,019,200元；安装调试费人民币146,000元；多媒体内容适配费人民币118,800元；培训费人民币16,000元。合同总价为人民币贰佰叁拾万元整（¥2,300,000.00），为固定总价，已包含税费及运输、保险、安装、调试等一切费用。
P:（三）乙方所供设备应为全新原厂产品，品牌、型号及技术参数与乙方响应文件一致，不得以其他产品替代。
H:二、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的百分之二十五，即人民币伍拾柒万伍仟元，作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的百分之三十五。到货签收不视为验收。
P:（三）项目终验合格后，甲方支付合同总价的百分之三十五。
P:（四）其余百分之五作为质量保证金，质保期满后十五个工作日内无息支付。
H:三、交货、安装与工期
P:（一）乙方应于合同签订后四十五日内将全部设备运抵甲方指定展厅，并于到货后三十日内完成安装调试。
P:（二）展厅施工期间，乙方应服从甲方及布展总包单位的现场管理。文物展柜周边的作业须在甲方保管人员在场时进行，不得对文物及展柜造成任何损害；造成损害的，乙方承担全部赔偿责任。
P:（三）乙方应在安装前提交设备布置图、供电及散热方案，经甲方确认后实施。
P:（四）设备的包装应满足长途运输及防潮、防震要求，因包装不当造成的损坏由乙方负责。设备运抵展厅时，乙方应提供装箱单、产品合格证及原厂质保证明。
H:四、验收
P:（一）安装调试完成后，乙方书面申请初验。初验内容包括：设备品牌、型号、数量与合同一致；投影融合画面无明显拼缝和色差；沙盘升降同步误差不大于2毫米；互动一体机触控响应正常；中控系统可一键开闭全部展项；播控软件可按时间表自动播放。
P:（二）初验合格后进入三十日试运行。试运行期间展厅正常对公众开放，未发生一级故障的，甲方组织专家进行终验并出具终验报告。
P:（三）设备到货、安装完成或展厅开放使用，均不视为终验合格。终验不合格的，乙方应在十日内整改；整改后仍不合格的，甲方有权退货并解除合同。
H:五、质量保证与维护
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费负责设备维修、更换、软件升级以及每月一次的现场巡检，投影机光源、滤网等易损件同样免费更换。
P:（二）展厅开放时间内发生故障的，乙方按以下要求处理：一级故障（数字沙盘或主要展项无法运行）应在接报后1小时内响应，6小时内到达现场，次日开馆前修复或提供备用设备；二级故障（单台投影机、拼接屏或一体机故障）应在2小时内响应，三日内修复；其他问题在3个工作日内处理。
P:（三）乙方未按上述时限响应或修复的，每超时一小时，甲方有权从质量保证金中扣减人民币伍佰元。同一设备在质保期内累计维修三次仍不能正常使用的，乙方应免费更换同型号新品。
P:（四）质保期满后，甲方如需乙方继续提供维护服务，维护费用按乙方届时的服务收费标准确定，由双方另行签订维护合同。
P:（五）乙方应在甲方所在城市设有售后服务网点，并指定一名项目经理作为质保期内的联系人，联系人变更应提前书面通知甲方。
H:六、知识产权
P:（一）乙方保证所供设备及软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
P:（二）展项播控软件的著作权归乙方，甲方享有永久使用权。乙方为本项目完成的内容适配成果、沙盘演示程序、播控配置及相关技术文档，知识产权归甲方所有，甲方可自行或委托他人修改和使用。
P:（三）甲方提供的展陈影片、图片、文字等素材的权利仍归甲方，乙方不得用于本项目以外的任何用途。
H:七、数据安全
P:（一）互动一体机及中控系统产生的观众互动记录、留言、拍照影像及运行日志属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）展项设备接入甲方展厅专用网络，不得与互联网直接连接；乙方应关闭设备不必要的端口和服务，设置强口令，远程维护须经甲方批准并在甲方人员监督下进行。
P:（三）发生数据泄露、展项画面被篡改或非法播放等安全事件的，乙方应立即报告甲方并在两小时内采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:八、分包
P:（一）乙方不得将本合同项下的供货、安装及维护义务转包或分包给第三方。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:（二）乙方所交付设备与合同约定不符的，应在甲方要求的期限内无偿更换，并承担由此造成的损失。
P:（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（四）乙方在展厅施工或维护中造成文物、展柜或建筑装修损坏的，除负责修复外，还应赔偿甲方由此遭受的全部损失。
H:十、合同解除
P:（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除本合同。
H:十一、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十二、培训与技术资料
P:（一）乙方应在终验前对甲方展厅管理人员、讲解员及技术人员进行培训，内容包括中控系统操作、展项日常开闭、播控节目更换、常见故障判断及投影机简单维护。培训不少于三次，每次不少于半天。
P:（二）乙方应在终验时向甲方移交完整的技术资料，包括设备清单、系统接线图、设备布置图、中控及播控系统操作手册、沙盘演示程序安装包及配置文件、维护保养手册和备品备件清单。
P:（三）质保期内乙方应在甲方展厅存放必要的备品备件，包括投影机光源模组、拼接屏单元及一体机触控模组，确保一级故障能在约定时限内修复或以备用设备替代。
H:十三、其他
P:（一）本合同附件包括：设备清单及技术参数、展厅设备布置图、采购文件及乙方响应文件。附件与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：山南省博物馆　　　　乙方（盖章）：杭州光影数创科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　　　日期：
"""

H34E02 = """
T:SUPPLY AND INSTALLATION CONTRACT - FILLING-LINE VISION INSPECTION SYSTEMS
P:Contract No.: QSB-ENG-2025-031
P:This Contract is made between Qingshan Brewery Co., Ltd., 66 Binhai Avenue, Linhai Economic Development Zone, Zhejiang Province (the "Buyer") and VisioPack Automation (Suzhou) Co., Ltd., 18 Xinghan Street, Suzhou Industrial Park, Jiangsu Province (the "Supplier").
P:The Buyer invited tenders for vision inspection systems for its bottling hall and selected the Supplier's tender. The parties agree as follows.
H:1. Definitions
P:1.1 "Lines" means the Buyer's bottle filling lines No. 2 and No. 3 (60,000 bottles per hour each) and can line No. 5 (48,000 cans per hour) in the Linhai bottling hall.
P:1.2 "System" means all equipment, software, programming and services listed in Clause 3, installed and integrated on the Lines.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall design, supply, deliver, install, integrate with the Lines' conveyors and line controllers, program, test and commission the System, and train the Buyer's staff.
P:2.2 The System includes empty-bottle inspectors, fill-level and closure inspection units, label inspection systems, reject units, the inspection software licences and a central quality dashboard that collects inspection results and images from all machines.
P:2.3 All equipment shall be new, of the models stated in the Supplier's tender, suitable for a wet, high-humidity bottling environment and compliant with the applicable Chinese electrical and machine-safety standards. Parts in contact with product or exposed to washdown shall be stainless steel or food-grade materials.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,850,000 (two million eight hundred and fifty thousand yuan), inclusive of VAT, packing, transport to the bottling hall, insurance, installation and all other costs. It is fixed and not subject to adjustment.
P:3.2 Price breakdown:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Empty-bottle inspector (base, sidewall, finish, residual liquid)|2|486,000|972,000
TB:2|Fill-level and closure inspection unit|3|168,000|504,000
TB:3|Label inspection system (360-degree, four cameras)|2|214,000|428,000
TB:4|Reject unit with reject confirmation|7|26,000|182,000
TB:5|Inspection software licence, perpetual, per machine|7|38,000|266,000
TB:6|Central quality dashboard (server and perpetual licence)|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||2,500,000
TB:7|Installation, mechanical integration and commissioning|1|236,000|236,000
TB:8|Recipe set-up and reject-logic programming for 14 SKUs|1|94,000|94,000
TB:9|Training (operators, quality staff, maintenance)|1|20,000|20,000
TB:|Contract Price|||2,850,000
H:4. Payment
P:4.1 Advance payment: fifteen per cent (15%) of the Contract Price (CNY 427,500) within twenty (20) days after the Buyer receives an advance-payment bank guarantee for the same amount.
P:4.2 Delivery and installation: fifty per cent (50%) of the Contract Price (CNY 1,425,000) after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms completeness of delivery and installation only and is not acceptance of the System.
P:4.3 Final payment: thirty-five per cent (35%) of the Contract Price (CNY 997,500) after Final Acceptance.
P:4.4 Each payment is due within thirty (30) days after the Buyer receives the relevant document and a valid VAT special invoice.
H:5. Delivery, Installation and Delay
P:5.1 The Supplier shall deliver all equipment within ninety (90) days after signature and complete installation and commissioning within the two planned line shutdowns notified by the Buyer, each of ten (10) days. Installation outside the shutdowns requires the Buyer's written approval.
P:5.2 The Supplier's personnel shall follow the Buyer's site rules on food safety, hygiene, lock-out and tag-out, and hot work.
P:5.3 If the Supplier fails to deliver the equipment or to complete commissioning by the dates in Clause 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:6. Acceptance
P:6.1 Site acceptance test. After commissioning, the Supplier shall demonstrate on each Line, in the presence of the Buyer's quality and engineering staff, that: (a) every one of 200 seeded defect bottles or cans (chipped finish, foreign object, residual liquid, low fill, missing or skewed closure, misaligned or missing label) is detected and rejected in three consecutive runs at rated line speed; (b) false rejects of good containers do not exceed two (2) per one thousand (1,000); (c) each reject is confirmed by the reject-confirmation sensor; and (d) inspection results and images of rejected containers are stored on the central quality dashboard and can be retrieved by batch number.
P:6.2 Production run. After a successful site acceptance test, each Line runs in normal production for twenty (20) production days. During this period no Severity 1 incident attributable to the System may occur, and the results of criterion (b) shall be maintained, as measured by the dashboard.
P:6.3 Final Acceptance. When the site acceptance test and the production run have been passed on all Lines and the Supplier has delivered the as-built documentation, recipe files and operating and maintenance manuals, the Buyer shall sign the Final Acceptance Certificate within five (5) business days. Use of the System in production before that date does not constitute acceptance.
H:7. Warranty
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment, software or programming free of charge, including parts, labour and travel, and shall provide software updates and two preventive maintenance visits per year.
P:7.2 During the warranty period the Supplier shall handle incidents as follows:
TB:Severity|Definition|Response (remote)|Engineer on site|Restoration
TB:Severity 1|A Line stopped by the System, or inspection bypassed on a Line|30 minutes|8 hours|12 hours
TB:Severity 2|Inspection degraded on one machine, Line running with extra manual checks|2 hours|next business day|2 business days
TB:Severity 3|Minor defects, dashboard or reporting issues|1 business day|as agreed|next scheduled visit
P:7.3 For each hour by which the Supplier exceeds the response, on-site or restoration time for a Severity 1 incident, the Supplier shall pay CNY 1,000; for Severity 2 incidents, CNY 300 per hour. The Buyer may set these amounts off against any payment due or claim them under the warranty bond.
P:7.4 The Supplier shall keep a stock of critical spare parts (cameras, lighting units, reject actuators) at its Hangzhou service centre for at least ten (10) years after Final Acceptance.
H:8. Support after the Warranty Period
P:8.1 After the warranty period, the Supplier shall offer annual support on the terms of Clause 7 at a fee of nine and a half per cent (9.5%) of the Hardware and Licence Subtotal per year, i.e. CNY 237,500 per year. This fee is fixed for the first three (3) years after the warranty period. Any later change requires written agreement and shall not exceed three per cent (3%) per year.
P:8.2 Annual support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:9. Buyer Data and Security
P:9.1 All inspection results, images, recipes, production statistics and line data generated or stored by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy it, remove it from the Buyer's site or disclose it to any third party.
P:9.2 The System is installed on the Buyer's production network. The Supplier shall harden all computers and controllers, disable unused ports and services, apply the security patches approved by the Buyer and keep inspection images on the central dashboard server on site. Remote access for support is allowed only through the Buyer's VPN, for sessions approved by the Buyer in advance, and all sessions are logged.
P:9.3 The Supplier shall notify the Buyer within twenty-four (24) hours after becoming aware of any security incident affecting the System or Buyer Data, take immediate remedial measures and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:10. Intellectual Property
P:10.1 The inspection software and dashboard software remain the property of the Supplier or its licensors. The Buyer receives a perpetual, irrevocable licence to use them on the Lines and on any replacement lines.
P:10.2 The recipes, reject logic, line-specific programming and documentation prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and have them modified by third parties freely.
P:10.3 The Supplier shall indemnify the Buyer against any claim that the System infringes a third party's intellectual property rights.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's recipes, product specifications, line speeds and production volumes, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the end of the warranty period.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed one hundred and fifty per cent (150%) of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Clauses 9 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after notice, or if the liquidated damages under Clause 5.3 reach their maximum. The Supplier shall then refund the payments received for the parts of the System not accepted and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:16. General
P:16.1 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Installation Schedule. The tender documents and the Supplier's tender form part of this Contract.
P:16.2 This Contract is made in two originals in English and Chinese, with equal effect, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H34E04 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No.: JSO-IT-2025-009
P:This Agreement is made between Jiangcheng Symphony Orchestra, a public institution having its seat at 1 Riverside Concert Hall Square, Jiangcheng, People's Republic of China (the "Buyer"), and Partitura Systems GmbH, a company registered in Vienna, Austria, having its seat at Lothringerstrasse 14, 1030 Vienna (the "Vendor").
P:Recitals. The Buyer needs a system to manage its music library, rehearsal and concert scheduling and orchestra personnel planning. The Vendor develops and licenses the Partitura software used by orchestras and opera houses. After a competitive negotiation, the Buyer selected the Vendor. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Partitura software, release 9, with the modules Library, Scheduling, Personnel and Touring, and its documentation.
P:1.2 "Implementation Services" means the configuration, data migration, interfaces and training described in Article 2.2 and Annex 1.
P:1.3 "Custom Deliverables" means the interfaces, report templates, configuration settings, migration scripts and documentation prepared by or for the Vendor specifically for the Buyer.
P:1.4 "Go-Live" means the first day on which the Buyer uses the Software in production for planning and library work.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.3.
H:Article 2 Scope
P:2.1 Licence. The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in mainland China for one hundred and twenty (120) named users, for the Buyer's own activities, including tours and co-productions.
P:2.2 Implementation Services. The Vendor shall: (a) install the Software on the Buyer's production and test servers; (b) configure the modules for the Buyer's season structure, ensembles, service counting rules and collective agreement; (c) migrate the Buyer's library catalogue of about 9,600 works, with parts, bowings and rental records, and six seasons of schedule history from the Buyer's current spreadsheets and database; (d) build interfaces to the Buyer's ticketing system and to its human-resources and payroll system; (e) provide the user interface, reports and documentation in Chinese and English; and (f) train librarians, planners, orchestra managers and administrators.
P:2.3 The Vendor performs the Implementation Services through its own staff and the implementation partner named in Article 13.2.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,760,000 (one million seven hundred and sixty thousand yuan), inclusive of all taxes, duties, travel and expenses, made up as follows: Licence Fee CNY 1,180,000; Implementation Services CNY 520,000; Training CNY 60,000.
P:3.2 The Contract Price is fixed. Additional named users may be ordered at CNY 8,500 per user during the first three years after signature.
H:Article 4 Payment
P:4.1 Twenty per cent (20%) of the Contract Price, CNY 352,000, within thirty (30) days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 Forty per cent (40%) of the Contract Price, CNY 704,000, within thirty (30) days after Go-Live.
P:4.3 Forty per cent (40%) of the Contract Price, CNY 704,000, within thirty (30) days after Final Acceptance.
P:4.4 Payments are made in CNY to the account of the Vendor's implementation partner acting as the Vendor's collection agent in China, as stated in Annex 3, or to another account designated by the Vendor in writing.
H:Article 5 Project Plan and Delay
P:5.1 The Vendor shall achieve Go-Live within five (5) months after signature and Final Acceptance within eight (8) months after signature, according to the project plan in Annex 2. Go-Live shall take place between two concert seasons, on a date agreed with the Buyer's artistic planning department.
P:5.2 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.07 % of the Contract Price for each day of delay, up to seven per cent (7%) of the Contract Price. The Buyer may deduct these damages from any payment due.
H:Article 6 Acceptance
P:6.1 Before Go-Live, the Vendor shall pass the acceptance tests in Annex 2 on the Buyer's test server, including: (a) reconciliation of every migrated library record against the source data, with all differences explained and corrected; (b) the complete rehearsal and concert plan of one past season rebuilt in the Software and checked by the planning department; (c) correct service counts for all musicians for three sample months compared with the payroll records; and (d) successful transfer tests of both interfaces.
P:6.2 After Go-Live, the Software is used in production for a period of sixty (60) days. During this period no Severity 1 incident may remain unresolved beyond the restoration time in Article 8.3 and the interfaces must run without manual correction.
P:6.3 When the tests and the production period have been passed and the Vendor has delivered the Custom Deliverables with their source code and administrator documentation, the Buyer shall sign the Final Acceptance Certificate. Go-Live, use of the Software or payment under Article 4.2 does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for twenty-four (24) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct all defects free of charge, provide all new releases and updates of the licensed modules and give support under Article 8.3 without additional fees.
H:Article 8 Support and Maintenance
P:8.1 After the Warranty Period, the Vendor shall provide annual support and maintenance (updates, new releases, defect correction and support under Article 8.3) for a fee of fourteen per cent (14%) of the Licence Fee per year, i.e. CNY 165,200 per year. This fee is fixed for the first four (4) years after the Warranty Period; later changes require written agreement.
P:8.2 Support is ordered by the Buyer's purchase order for each year. It does not renew automatically, and the Buyer may stop ordering support at any time without affecting its licence.
P:8.3 Incidents are classified and handled as follows. Severity 1 (the Software cannot be used for library or planning work, or an interface has stopped): response within two (2) hours, twenty-four hours a day including weekends, and restoration or a workaround within one (1) day. Severity 2 (a function is impaired and a workaround exists): response within one (1) business day in China, correction in the next update. Severity 3: response within three (3) business days. Response times are measured in China Standard Time.
P:8.4 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay CNY 1,000, to be deducted from the next payment or support fee.
H:Article 9 Buyer Data and Data Protection
P:9.1 All data entered into or generated by the Software, including the library catalogue, schedules, musicians' personal information, contracts and payroll inputs ("Buyer Data"), belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement.
P:9.2 The Software is installed on the Buyer's servers in mainland China. Remote access by the Vendor or its partner is allowed only through the Buyer's VPN, for sessions approved in advance, with multi-factor authentication and session logging. No Buyer Data may be copied, transferred or made accessible outside mainland China. Where support requires work on personal information, it shall be performed by the implementation partner in Shanghai on the Buyer's systems, or by screen sharing controlled by the Buyer.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, shall notify the Buyer within twenty-four (24) hours after becoming aware of any unauthorised access to or loss or disclosure of Buyer Data, and shall compensate the Buyer for all losses caused by an incident attributable to the Vendor or its partner.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Vendor.
P:10.2 The Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's artistic plans, programmes and soloist engagements before their public announcement, fees and contracts, and shall not disclose it to third parties without prior written consent. This obligation survives for five (5) years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement shall not exceed one hundred and twenty per cent (120%) of the Contract Price. This limit does not apply to breach of Articles 9 and 11, infringement of third-party rights, wilful misconduct or gross negligence.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent.
P:13.2 The Buyer approves, by signing this Agreement, Yuezhang Software (Shanghai) Co., Ltd. as the Vendor's implementation partner for on-site work, data migration and first-line support. The Vendor remains fully responsible for the partner.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty (30) days after notice, or if the liquidated damages under Article 5.2 reach their maximum. In that case the Vendor shall refund all payments received for parts not accepted and compensate the Buyer's losses.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of Austria, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Vienna Rules of the Vienna International Arbitral Centre (VIAC) by three arbitrators. The seat of arbitration is Vienna, Austria, and the language of the proceedings is English.
H:Article 16 General
P:16.1 Annex 1 (Functional Specification), Annex 2 (Project Plan and Acceptance Tests) and Annex 3 (Payment Details) form part of this Agreement. This Agreement is made in English; a Chinese translation is for reference only.
P:16.2 Any amendment must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SOURCES = {"h34z01": H34Z01, "h34z02": H34Z02, "h34e02": H34E02, "h34e04": H34E04}
TARGETS = {"h34z01": ("h34z01_coal_group_personnel_positioning_integration.docx", "docx"),
           "h34z02": ("h34z02_provincial_museum_multimedia_sandbox_supply.pdf", "pdf"),
           "h34e02": ("h34e02_brewery_vision_inspection_supply.docx", "docx"),
           "h34e04": ("h34e04_orchestra_library_scheduling_licence_austrian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
