"""Builds the .docx and .pdf contracts of holdout46 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. PDFs are
broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)), as in holdout15-19.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H46Z01 = """T:云泽省社会保障卡综合服务系统集成项目合同
P:项目编号：YZCG-2025-0317（公开招标）    合同编号：YZSB-HT-2025-021
P:甲方（采购人）：云泽省社会保险事业管理中心
P:乙方（供应商）：华卡融通信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就云泽省社会保障卡综合服务系统集成项目订立本合同。招标文件、投标文件及乙方在评审过程中作出的澄清和承诺均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责供应社保卡即时制卡一体机、社保卡自助服务终端、应用服务器及服务器密码机，提供社保卡综合服务平台软件永久许可，完成与人力资源社会保障部全国社保卡服务平台、电子社保卡、各合作银行卡管系统及省人社一体化经办平台的接口定制开发，并承担安装调试、系统集成、培训及质保期内的维护服务。
P:1.2 设备部署于全省16个市级社保经办大厅及120个县区服务网点，部署清单见附件一。乙方应保证所供设备为全新原厂产品，符合国家社会保障卡相关技术规范。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹仟壹佰肆拾万元整（¥11,400,000.00），为含税固定总价，包括设备、软件许可、定制开发、运输、保险、安装、集成、培训及质保期内服务的全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|社保卡即时制卡一体机|120台|38,500|4,620,000
TB:2|社保卡自助服务终端|60台|46,800|2,808,000
TB:3|应用服务器|8台|96,000|768,000
TB:4|服务器密码机|2台|185,000|370,000
TB:5|社保卡综合服务平台软件（永久许可）|1套|1,260,000|1,260,000
TB:|软硬件小计|||9,826,000
TB:6|接口定制开发|1项|986,000|986,000
TB:7|系统集成及安装调试|1项|548,000|548,000
TB:8|培训|1项|40,000|40,000
TB:|合计|||11,400,000
P:2.2 合同履行期间价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方向甲方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，计人民币贰佰捌拾伍万元整。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统终验合格后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，质保期满且乙方无未履行义务的，甲方无息退还。
P:3.5 乙方每次请款前应向甲方开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后六十日内完成全部设备到货，一百五十日内完成系统上线，上线后进入三个月试运行期。
P:4.2 乙方应按甲方批准的实施方案分批部署，不得影响经办大厅正常业务；涉及停机切换的，应在非工作时间进行并提前三个工作日报甲方批准。
P:4.3 乙方应派驻项目经理一名，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验在系统上线后进行，验收标准包括：（1）设备品牌、型号、配置与投标文件一致；（2）单张社保卡即时制卡时间不超过5分钟；（3）平台支持不少于2,000个并发用户，关键交易响应时间不超过2秒；（4）与部级平台、电子社保卡及各合作银行的接口联调全部通过，数据核对一致；（5）通过第三方机构的网络安全等级保护三级测评和商用密码应用安全性评估。
P:5.2 试运行期满且期间未发生一级故障的，甲方组织终验。终验依据本合同、招标文件技术要求及初验遗留问题整改情况进行，终验合格由甲方出具书面验收报告。
P:5.3 设备签收、系统上线、试运行或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件故障维修、部件更换、软件升级及因社保政策调整引起的适配修改。
P:6.2 乙方提供7×24小时服务热线，故障按下表分级响应：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台中断或全省制卡业务无法办理|30分钟|2小时|8小时
TB:二级|单个市级大厅业务中断或部分功能不可用|1小时|当日|24小时
TB:三级|单台设备故障或一般性问题|2小时|次日|3个工作日
P:6.3 乙方未按上表时限响应、到场或恢复的，每超时一小时扣减质量保证金人民币2,000元；同一季度内同一级别故障超时三次以上的，甲方有权另行委托第三方修复，费用由乙方承担。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的8%（即每年不超过人民币786,080元），质保期满后三年内不上调。维护合同由双方逐年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 社保卡综合服务平台软件的著作权归乙方所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、数据转换脚本及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方应在终验前交付完整源代码及编译说明。
P:7.3 乙方保证其交付物不侵犯第三方知识产权，由此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 参保人员个人信息、社保卡业务数据、制卡数据及系统日志均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内处理，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及等级保护要求，运维操作须通过甲方堡垒机进行并全程审计，不得通过互联网远程接入生产环境；更换下的存储介质须经甲方确认后消磁或销毁。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、网络结构、密钥及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方参与本项目的人员均应签署保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期上线的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。网点安装布线等非主体工作确需分包的，须事先取得甲方书面同意，乙方对分包人的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 附件：一、设备部署清单；二、技术规格偏离表；三、实施方案。
P:甲方（盖章）：云泽省社会保险事业管理中心        乙方（盖章）：华卡融通信息技术股份有限公司
P:代表签字：                                      代表签字：
P:日期：                                          日期：
"""

H46Z02 = """T:洛江海事局船舶交通管理系统雷达站设备采购及维护合同
P:合同编号：LJMSA-2025-VTS-06
P:甲方：洛江海事局
P:乙方：海瞭电子科技有限公司
P:甲方通过竞争性磋商方式确定乙方为洛江港区VTS雷达站更新项目的成交供应商。双方依据《中华人民共和国民法典》及磋商文件、乙方响应文件，就雷达设备供货、安装调试及维护事宜签订本合同。
H:一、供货内容及价格
P:（一）乙方为甲方东屿、鹰角、北槽、莲花山四个雷达站供应X波段固态VTS雷达及配套设备，完成安装调试，并将雷达信号接入甲方现有VTS中心系统。
P:（二）合同总价为人民币柒佰伍拾捌万元整（¥7,580,000），明细如下：
TB:1. X波段固态雷达（含天线、收发机），4套，单价1,380,000元，金额5,520,000元；
TB:2. 雷达信号处理器，4套，单价168,000元，金额672,000元；
TB:3. 微波数据传输设备，4套，单价94,000元，金额376,000元；
TB:4. 雷达站防雷接地及UPS，4套，单价61,000元，金额244,000元；
TB:设备小计：6,812,000元。
TB:5. 雷达融合接入软件适配，1项，296,000元；
TB:6. 安装调试及塔架适配，1项，438,000元；
TB:7. 培训，1项，34,000元。
TB:合计：7,580,000元。
P:（三）合同价格为固定总价，包含设备、运输、保险、安装、调试、检测、培训及质保期内维护的全部费用。
P:（四）乙方所供设备应为原厂全新产品，随货提供原厂授权书、出厂检验报告及产品合格证，主要性能指标不得低于响应文件的承诺。
H:二、交货与安装
P:（一）乙方应于合同签订后九十日内将全部设备运抵各雷达站，并于到货后六十日内完成安装调试。海岛站点设备运输应根据海况安排，乙方应提前与甲方确认船期。
P:（二）安装过程中乙方应遵守甲方雷达站安全管理规定，登塔作业须落实高处作业防护措施；施工期间发生的人身伤害和财产损失由乙方负责。
P:（三）新旧雷达切换应逐站进行，切换时间安排在甲方确认的低流量时段，切换期间由甲方发布航行警告。
P:（四）乙方应在安装前提交各站点安装方案，包括天线安装高度、波导走线、防雷接地及供电配置，经甲方审核同意后实施。
P:（五）乙方应向甲方提供设备技术手册、维修手册、安装竣工图及软件安装介质各两套，并在验收前完成移交。
H:三、付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。签收不作为质量验收。
P:（三）系统最终验收合格后，甲方支付合同总价的40%。
P:（四）余款5%作为质保金，质保期满后无息支付。
P:（五）乙方每次请款应提供合法有效的发票，甲方按国库集中支付程序付款。
H:四、验收
P:（一）乙方完成安装调试后书面申请验收。验收标准：1．对雷达截面积10平方米的小型船舶目标，探测距离不小于12海里；2．距离分辨率不大于20米，方位精度不大于0.3度；3．雷达图像及目标数据传至VTS中心的延迟不超过2秒；4．连续试运行三十日，期间未发生一级故障；5．取得具备资质的检测机构出具的雷达性能检测报告。
P:（二）验收合格的，双方签署最终验收报告。设备到货、安装完成或投入试运行均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新申请验收。
P:（三）验收测试所需的测试船舶由甲方协调安排，第三方检测费用由乙方承担。
H:五、质保及维护
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、零部件更换、软件升级及每半年一次的现场巡检。
P:（二）故障响应：一级故障（雷达站停止工作或图像无法传输至VTS中心）乙方接报后1小时内响应，24小时内到达现场，海岛站点受海况限制的顺延；二级故障（探测性能下降、部分功能异常）2小时内响应，48小时内到达现场；三级故障在下一次巡检时处理。
P:（三）乙方未按前款时限响应或到场的，每超时一小时扣减质保金人民币1,000元。
P:（四）质保期满后，乙方继续提供维护服务，年维护费按设备小计的17%计取，即每年人民币1,158,040元，质保期满后三年内不作调整。维护服务按年度另行签订合同，不自动续期。维护范围包括全部设备的维修、备件供应及每季度一次现场巡检。
P:（五）乙方应在洛江市区设立备件库，储备雷达收发机、信号处理板卡及电源模块等关键备件。
P:（六）乙方应为甲方VTS值班员和技术保障人员提供不少于五天的操作及维护培训，培训不少于20人次，并提供中文培训教材；培训结束后进行考核，考核合格人员应能独立完成日常巡检和一般故障处理。
H:六、数据及网络安全
P:（一）雷达回波数据、船舶动态数据、系统配置及运行日志属于甲方。乙方仅为安装、维护目的在甲方现场接触上述数据，不得复制、带离或用于本合同以外的用途。
P:（二）乙方接入甲方VTS网络的调试设备须经甲方安全检测，禁止通过互联网远程维护；维护操作应在甲方人员在场时进行并登记。乙方应遵守网络安全等级保护的相关要求。
P:（三）因乙方原因发生数据丢失、篡改或网络安全事件的，乙方应在1小时内报告甲方，配合处置并承担由此造成的全部损失。
P:（四）乙方更换下的含存储介质的部件，应经甲方登记并在甲方监督下处置，不得带离雷达站或VTS中心。
H:七、知识产权
P:（一）雷达设备嵌入式软件及信号处理软件的知识产权归原厂或乙方所有，甲方享有永久使用权。
P:（二）为接入甲方VTS中心系统定制开发的融合接入适配软件及其源代码、接口文档归甲方所有，甲方可自行修改或交由第三方维护。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换，更换期间按前款计算逾期违约金。
P:（三）因乙方设备质量问题导致甲方遭受损失的，乙方应予赔偿。
P:（四）质保期内雷达站因乙方原因连续停止工作超过七日的，甲方有权另行委托第三方维修，所需费用从质保金中扣除，不足部分由乙方承担。
H:九、分包
P:乙方不得转让本合同。雷达塔架加固等土建工作需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十、合同解除
P:（一）乙方逾期交货超过六十日，或交付设备经两次整改仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:十一、不可抗力
P:因台风、地震等不可抗力致使一方不能按期履行的，受影响方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延。海况不良导致海岛站点无法登岛作业的，经甲方确认后工期顺延。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交洛江仲裁委员会仲裁。
H:十三、其他
P:（一）本合同未尽事宜，双方协商一致后签订书面补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（三）附件：设备技术参数表、雷达站位置图、安装实施方案、磋商文件及响应文件。
P:甲方（盖章）：洛江海事局        乙方（盖章）：海瞭电子科技有限公司
P:日期：                          日期：
"""

H46E02 = """T:SUPPLY AND SOFTWARE LICENCE AGREEMENT No. PIA-CN-2025/017
P:By this private instrument, the Parties below:
P:POLARIS INSTRUMENTOS ANALÍTICOS LTDA., a limited liability company organised under the laws of the Federative Republic of Brazil, enrolled with the CNPJ/MF under No. 12.345.678/0001-90, with headquarters at Rua Dr. Quirino, 1480, Centro, Campinas, State of São Paulo, Brazil, herein represented in accordance with its articles of association, hereinafter referred to as "SUPPLIER"; and
P:GUANGXI HONGSHUI SUGAR REFINING CO., LTD., a company organised under the laws of the People's Republic of China, with registered address at No. 6 Tangye Road, Laibin, Guangxi Zhuang Autonomous Region, China, herein represented by its legal representative, hereinafter referred to as "BUYER";
P:SUPPLIER and BUYER, individually a "Party" and jointly the "Parties", resolve to enter into this Agreement, which shall be governed by the following articles and conditions:
H:Article 1 - Object
P:1.1 The object of this Agreement is the supply by SUPPLIER to BUYER of automatic saccharimeters (polarimeters) and near-infrared online sucrose analysers for BUYER's raw-sugar reception laboratory and refinery process lines, the licence of the PolarLab laboratory data software, and the related installation, calibration, DCS interface, training and warranty services, as detailed in Annex I (Technical Specification).
P:Sole Paragraph. The equipment shall be new, of SUPPLIER's current production, and shall comply with ICUMSA Methods GS1/2/3-1 and GS2/3-1 for the determination of polarisation.
H:Article 2 - Price
P:2.1 The total price of this Agreement is CNY 3,110,000.00 (three million one hundred and ten thousand Chinese Yuan), DAP Laibin refinery (Incoterms 2020), including all taxes, duties, freight and insurance, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Total (CNY)
TB:1|Automatic saccharimeter SAC-9 with temperature-controlled flow cell|6|286,000|1,716,000
TB:2|Near-infrared online sucrose analyser NIR-S2|2|412,000|824,000
TB:3|PolarLab laboratory data software, perpetual site licence|1|368,000|368,000
TB:|Equipment and Licence Subtotal|||2,908,000
TB:4|Installation, calibration and interface to BUYER's DCS|1|176,000|176,000
TB:5|Training of laboratory and instrument staff|1|26,000|26,000
TB:|Total Contract Price|||3,110,000
P:2.2 The price is fixed and shall not be adjusted for exchange-rate variations.
H:Article 3 - Payment Conditions
P:3.1 10% (ten per cent) of the Total Contract Price, CNY 311,000.00, as advance payment within twenty (20) days after signature, against presentation of a bank guarantee of equal amount issued by a first-class bank acceptable to BUYER.
P:3.2 50% (fifty per cent), CNY 1,555,000.00, within thirty (30) days after delivery and installation of all equipment at site, evidenced by the Installation Certificate signed by both Parties. The Installation Certificate does not constitute acceptance of the equipment.
P:3.3 40% (forty per cent), CNY 1,244,000.00, within thirty (30) days after issue of the Final Acceptance Certificate.
P:Sole Paragraph. Payments shall be made in CNY to the account of SUPPLIER's authorised agent in China, Nanning Jingce Instrument Co., Ltd., which shall issue the corresponding VAT invoices.
H:Article 4 - Delivery and Delay
P:4.1 SUPPLIER shall deliver all equipment to the refinery within one hundred and twenty (120) days after receipt of the advance payment, and shall complete installation and calibration within thirty (30) days after delivery, in any case before the start of the 2026/2027 crushing season.
P:4.2 In case of delay in delivery or installation attributable to SUPPLIER, SUPPLIER shall pay BUYER liquidated damages of 0.1% (one tenth of one per cent) of the Total Contract Price for each day of delay, limited to 10% (ten per cent) of the Total Contract Price.
P:4.3 If the delay exceeds sixty (60) days, BUYER may terminate this Agreement under Article 12.
H:Article 5 - Acceptance
P:5.1 After installation, SUPPLIER and BUYER shall jointly perform the acceptance tests described in Annex II. The acceptance criteria are: (a) repeatability of each saccharimeter within ±0.01 °Z over ten consecutive readings of a quartz control plate; (b) deviation from certified reference sucrose solutions within ±0.03 °Z; (c) agreement between the NIR online analysers and the laboratory saccharimeters within the tolerance stated in Annex I over thirty (30) consecutive days of crushing; (d) correct transfer of all results to BUYER's DCS and to the PolarLab database; (e) delivery of calibration certificates, manuals and software media.
P:5.2 When all criteria are fulfilled, BUYER shall issue the Final Acceptance Certificate within ten (10) days. Delivery, installation, use of the equipment in production or payment of any instalment shall not be construed as acceptance.
H:Article 6 - Warranty and Technical Assistance
P:6.1 SUPPLIER warrants the equipment and the software against defects of design, material and workmanship for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period SUPPLIER shall repair or replace defective parts and correct software errors free of charge, including parts, labour and travel.
P:6.2 Faults shall be handled according to the following table:
TB:Severity|Definition|Remote response|Engineer on site
TB:1|Saccharimeter or NIR analyser out of service during the crushing season|1 hour|48 hours
TB:2|Degraded accuracy or interface failure, instrument still usable|8 hours|5 days
TB:3|Other faults and questions|2 business days|next scheduled visit
P:6.3 For each hour of delay beyond the response or on-site time for a Severity 1 fault, SUPPLIER shall pay BUYER CNY 1,000.00, which BUYER may deduct from any amount due.
P:6.4 SUPPLIER shall keep in Nanning a stock of spare parts sufficient for two crushing seasons, including light sources, flow cells and detector boards.
H:Article 7 - Support after the Warranty
P:7.1 After the warranty period, SUPPLIER shall provide annual technical support (preventive visits before each crushing season, repairs, spare parts, software updates and recalibration) for an annual fee of 9.5% (nine and a half per cent) of the Equipment and Licence Subtotal, that is, CNY 276,260.00 per year. This fee is fixed for the three (3) years following the warranty period.
P:Sole Paragraph. Support is contracted year by year through BUYER's purchase order, without automatic renewal.
H:Article 8 - Intellectual Property
P:8.1 The PolarLab software and the embedded software of the instruments remain the property of SUPPLIER; BUYER receives a perpetual, non-exclusive licence to use them at the refinery.
P:8.2 The DCS interface mapping, the configuration files and the report templates prepared specifically for BUYER shall belong to BUYER, which may use, modify and transfer them freely, including to other service providers.
H:Article 9 - Data Protection
P:9.1 All laboratory results, process data and records generated by the equipment and the software ("BUYER Data") belong to BUYER and shall be used by SUPPLIER only to perform this Agreement.
P:9.2 Remote diagnostics shall be carried out only through BUYER's VPN, with BUYER's approval for each session. SUPPLIER shall not copy BUYER Data outside BUYER's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 SUPPLIER shall inform BUYER of any security incident affecting BUYER Data within twenty-four (24) hours and shall be liable for the damages caused by its failure to comply with this Article.
H:Article 10 - Confidentiality
P:The Parties undertake to keep confidential all technical, commercial and financial information received from the other Party under this Agreement, not to disclose it to third parties without prior written consent, and to use it only for the purposes of this Agreement, during the term of this Agreement and for five (5) years after its termination.
H:Article 11 - Liability
P:11.1 The total liability of SUPPLIER under this Agreement shall be limited to 150% (one hundred and fifty per cent) of the Total Contract Price, except in cases of wilful misconduct, gross negligence, personal injury, and breach of Articles 9 and 10.
P:11.2 Neither Party shall be liable for loss of profit or indirect damages.
H:Article 12 - Termination and Subcontracting
P:12.1 BUYER may terminate this Agreement by written notice if SUPPLIER fails to perform a material obligation and does not remedy the failure within thirty (30) days after notification, or in the case of Article 4.3, with refund of the amounts paid for undelivered items.
P:12.2 SUPPLIER may not subcontract the performance of this Agreement, in whole or in part, without BUYER's prior written consent, except for local installation assistance by its authorised agent named in Article 3, which is hereby approved. SUPPLIER remains fully responsible for any subcontractor.
H:Article 13 - Governing Law and Dispute Resolution
P:13.1 This Agreement shall be governed by and construed in accordance with the laws of the Federative Republic of Brazil.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Center for Arbitration and Mediation of the Chamber of Commerce Brazil-Canada (CAM-CCBC), in accordance with its rules, by three arbitrators. The seat of arbitration shall be the City of São Paulo, State of São Paulo, Brazil, and the language of the arbitration shall be English.
H:Article 14 - General Provisions
P:14.1 This Agreement is executed in two (2) counterparts of equal content and form, in English, and enters into force on the date of the last signature.
P:14.2 Annexes: Annex I - Technical Specification; Annex II - Acceptance Test Procedure; Annex III - Training Programme.
P:And, being thus fair and agreed, the Parties sign this instrument.
P:Campinas / Laibin, ____ of ____________ 2025.
P:SUPPLIER: ______________________    BUYER: ______________________
"""

H46E03 = """T:MANAGED IT AND CAMPUS WI-FI SERVICES AGREEMENT
P:KNOW ALL MEN BY THESE PRESENTS:
P:This Managed IT and Campus Wi-Fi Services Agreement (the "Agreement") is made and entered into this ___ day of __________ 2025 in Hangzhou City, Zhejiang Province, by and between:
P:BAYANI TECHNOLOGY (HANGZHOU) CO., LTD., a wholly foreign-owned enterprise duly organized and existing under the laws of the People's Republic of China, a subsidiary of Bayani Managed Services Corp. of Pasig City, Metro Manila, Philippines, with office address at Room 1203, Block B, Xixi Center, Xihu District, Hangzhou, represented herein by its General Manager, Mr. Ramon G. dela Cruz, hereinafter referred to as the "PROVIDER";
P:- and -
P:HANGZHOU WESTBROOK INTERNATIONAL BOARDING SCHOOL, a private school duly registered in the People's Republic of China, with address at 18 Liangzhu Road, Yuhang District, Hangzhou, represented herein by its Head of School, Ms. Catherine Lowell, hereinafter referred to as the "SCHOOL".
P:WITNESSETH: That -
P:WHEREAS, the SCHOOL operates a boarding campus with academic buildings, six dormitory houses and sports facilities, and requires managed information technology services and wireless network coverage for its students, teachers and staff;
P:WHEREAS, the PROVIDER is engaged in the business of managed IT services and has offered to render the same to the SCHOOL under the terms of its proposal dated 2 June 2025;
P:NOW, THEREFORE, for and in consideration of the foregoing premises and the mutual covenants herein set forth, the parties hereby agree as follows:
H:Clause 1. Scope of Services
P:The PROVIDER shall render the following services (the "Services"):
P:(a) Managed IT Services: service desk for students, teachers and staff from 07:00 to 23:00 every day including weekends; management of approximately 420 school-owned laptops and desktops, 14 servers and the school management information system hosting environment; patching, anti-virus and backup administration; and two (2) on-site engineers during school days.
P:(b) Campus Wi-Fi Services: design, supply, installation and operation of a campus wireless network of 260 access points, controllers and related switches, which shall remain the property of the PROVIDER, covering all academic buildings, the six dormitory houses, the library, the dining hall and the sports hall.
P:(c) Onboarding: site survey, transition of existing IT operations from the SCHOOL's in-house team, documentation of the SCHOOL's IT environment, and deployment of the Wi-Fi network (the "Onboarding").
H:Clause 2. Term
P:This Agreement shall be effective for a period of thirty-six (36) months from the date of the Service Acceptance Certificate under Clause 5 (the "Initial Term"). Any renewal shall be upon the written agreement of both parties on terms to be agreed.
H:Clause 3. Service Fees
P:(a) The SCHOOL shall pay the PROVIDER a Monthly Service Fee of CNY 74,500.00, composed of CNY 41,800.00 for Managed IT Services and CNY 32,700.00 for Campus Wi-Fi Services, for each month of the Initial Term, or a total of CNY 2,682,000.00 for thirty-six (36) months.
P:(b) The SCHOOL shall pay a one-time Onboarding Fee of CNY 238,000.00.
P:(c) The total contract price is therefore CNY 2,920,000.00, inclusive of VAT.
P:(d) The Monthly Service Fee shall be billed at the end of each month and paid within thirty (30) days from receipt of the VAT invoice. The Onboarding Fee shall be billed after issuance of the Service Acceptance Certificate. No advance payment is required from the SCHOOL.
H:Clause 4. Onboarding Schedule
P:(a) The PROVIDER shall complete the Onboarding, including full Wi-Fi deployment, within seventy-five (75) days from signing of this Agreement, and in any case before the start of the autumn term.
P:(b) Should the PROVIDER fail to complete the Onboarding within the said period due to causes attributable to it, the PROVIDER shall pay the SCHOOL liquidated damages in the amount of CNY 2,500.00 for every day of delay, without need of demand.
H:Clause 5. Service Acceptance
P:(a) Upon completion of the Onboarding, the PROVIDER shall conduct, in the presence of the SCHOOL's IT coordinator, a validation survey of the wireless network and a review of the transition.
P:(b) The acceptance criteria are: (i) a received signal of -67 dBm or better in all classrooms, dormitory rooms, the library and the dining hall, as shown in the validation survey heat maps; (ii) support for 1,200 concurrent clients with an average throughput of not less than 50 Mbps per client in the library and the dining hall; (iii) seamless roaming between access points within each building; (iv) all school-owned devices enrolled in the PROVIDER's management tools; and (v) delivery of the IT environment documentation.
P:(c) Upon satisfaction of all criteria, the SCHOOL shall issue a Service Acceptance Certificate. Use of the network by students and staff prior thereto shall not be deemed acceptance.
H:Clause 6. Service Levels
P:(a) The PROVIDER shall maintain the availability of the campus Wi-Fi network at not less than 99.95% per calendar month, measured across all access points.
P:(b) Incidents shall be classified and responded to as follows: Priority 1 (campus-wide outage of the Wi-Fi network, the school management information system or internet access) - response within six (6) hours from receipt of the SCHOOL's report and resolution within twenty-four (24) hours; Priority 2 (outage of one building or one major application) - response within one (1) business day; Priority 3 (individual user issues and requests) - response within two (2) business days.
P:(c) For each calendar month in which the availability falls below the committed level, or in which any Priority 1 incident is not resolved within the resolution time, the SCHOOL shall be entitled to a service credit of five percent (5%) of the Monthly Service Fee, to be deducted from the following invoice, provided that the total credits in any month shall not exceed twenty percent (20%) of the Monthly Service Fee.
P:(d) The PROVIDER shall submit a monthly service report to the SCHOOL within the first five (5) business days of each month.
H:Clause 7. School Data
P:All records, files and data of the SCHOOL, including student records, grades, health notes and parents' contact details stored in or processed through the systems managed by the PROVIDER ("School Data"), shall remain the property of the SCHOOL. The PROVIDER shall use the same solely for purposes of rendering the Services.
H:Clause 8. Confidentiality
P:The PROVIDER, its officers, employees and agents shall hold in strict confidence all information of the SCHOOL that comes to their knowledge by reason of this Agreement, including School Data, passwords and network configurations, and shall not disclose the same to any third person without the prior written consent of the SCHOOL. This obligation shall subsist for five (5) years after the expiration of this Agreement.
H:Clause 9. Ownership of Documents and Equipment
P:(a) All network designs, configurations, documentation and scripts prepared by the PROVIDER for the SCHOOL under this Agreement shall belong to the SCHOOL, which may use and modify them and furnish them to any successor provider.
P:(b) The access points, controllers and switches supplied under Clause 1(b) shall remain the property of the PROVIDER. Upon expiration of the Initial Term, the SCHOOL shall have the option to purchase them at a price to be agreed.
H:Clause 10. Personnel and Subcontracting
P:(a) The on-site engineers shall observe the SCHOOL's safeguarding policy and shall undergo background checks prior to deployment. The SCHOOL may require the replacement of any engineer for valid reason.
P:(b) The PROVIDER shall not assign this Agreement or subcontract any portion of the Services without the prior written consent of the SCHOOL.
H:Clause 11. Limitation of Liability
P:The aggregate liability of the PROVIDER under this Agreement shall not exceed one and one-half (1.5) times the total contract price under Clause 3(c), except in cases of fraud, gross negligence or bad faith.
H:Clause 12. Pre-termination
P:(a) Considering that the PROVIDER shall invest in the equipment under Clause 1(b), neither party may pre-terminate this Agreement during the Initial Term, except that the PROVIDER may suspend the Services or terminate this Agreement if the SCHOOL fails to pay any undisputed amount for more than sixty (60) days after due date.
P:(b) Should the SCHOOL nonetheless pre-terminate this Agreement for any reason, the SCHOOL shall pay the PROVIDER, as pre-termination charge, the Monthly Service Fees for the remaining months of the Initial Term.
P:(c) The SCHOOL's remedies for any deficiency in the Services shall be the service credits under Clause 6(c) and the re-performance of the deficient Services by the PROVIDER at no additional cost.
H:Clause 13. Force Majeure
P:Neither party shall be liable for any delay or failure to perform caused by typhoons, floods, earthquakes, epidemics, acts of government or other causes beyond its reasonable control, provided that it gives written notice to the other party within five (5) days.
H:Clause 14. Governing Law and Venue
P:This Agreement shall be governed by the laws of the People's Republic of China. Any dispute arising hereunder shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force.
H:Clause 15. Miscellaneous
P:(a) This Agreement, together with the PROVIDER's proposal dated 2 June 2025 (Annex A) and the Service Level Schedule (Annex B), constitutes the entire agreement of the parties.
P:(b) Any amendment shall be in writing and signed by both parties.
P:IN WITNESS WHEREOF, the parties have hereunto set their hands on the date and at the place first above written.
P:BAYANI TECHNOLOGY (HANGZHOU) CO., LTD.    HANGZHOU WESTBROOK INTERNATIONAL BOARDING SCHOOL
P:By: Ramon G. dela Cruz, General Manager    By: Catherine Lowell, Head of School
P:SIGNED IN THE PRESENCE OF: ____________________    ____________________
"""

SOURCES = {"h46z01": H46Z01, "h46z02": H46Z02, "h46e02": H46E02, "h46e03": H46E03}
TARGETS = {"h46z01": ("h46z01_provincial_social_security_card_system_integration.docx", "docx"),
           "h46z02": ("h46z02_maritime_vts_radar_supply_maintenance.pdf", "pdf"),
           "h46e02": ("h46e02_sugar_refinery_polarimeters_licence_brazilian_vendor.docx", "docx"),
           "h46e03": ("h46e03_boarding_school_managed_it_wifi_philippine_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
