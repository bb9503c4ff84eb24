"""Builds the .docx and .pdf contracts of holdout54 from the small markup of ../word_pdf.py
(T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files
written by hand and are not built here. PDFs are written with wrap_words=True (paragraphs broken into lines at
word boundaries before typesetting), as in holdout15-19.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H54Z01 = """
T:××省统计联网直报平台系统集成项目合同
P:合同编号：TJJ-ZFCG-2025-036
P:甲方（采购人）：××省统计局
P:乙方（供应商）：华数联创信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：ZFCG-2025-0361）、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设××省统计联网直报平台（以下简称"平台"），包括企业一套表网上填报与数据采集、数据审核与查询、汇总与分析、基层统计机构及调查对象管理等功能，并提供平台运行所需的服务器、存储、数据库软件及系统集成服务。
P:1.2 乙方应按甲方需求开发下列定制功能：省级专项调查采集模板；地方审核规则库；与国家统计局联网直报系统的数据交换接口；与省政务数据共享交换平台的接口。
P:1.3 项目实施地点为甲方指定的省政务云机房及甲方办公场所。乙方应在合同签订后一百五十日内完成全部部署和开发，并具备初验条件。
P:1.4 乙方应派驻项目经理一名及实施人员不少于六名，项目经理须与投标文件一致，未经甲方书面同意不得更换。乙方每周向甲方提交项目周报。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰肆拾伍万元整（¥3,450,000.00），为固定总价，包含设备、软件、开发、集成、运输、安装、调试、培训、税费等履行本合同所需的全部费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|应用服务器|6台|516,000
TB:2|数据库服务器|2台|336,000
TB:3|分布式存储|1套|412,000
TB:4|联网直报平台软件（永久许可）|1套|1,180,000
TB:5|国产数据库软件（永久许可）|2套|296,000
TB:6|定制开发（第1.2款所列内容）|1项|468,000
TB:7|系统集成与实施|1项|186,000
TB:8|等保测评配合及培训|1项|56,000
TB:合计|||3,450,000
P:2.2 上表第1至5项为"软硬件小计"，合计人民币2,740,000元。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，乙方向甲方提交等额银行预付款保函，甲方收到保函后支付合同总价的百分之二十作为预付款，即人民币690,000元。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的百分之四十，即人民币1,380,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的百分之四十，即人民币1,380,000元。
P:3.4 乙方请款时应提供合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 设备到货后，双方共同开箱清点，签署到货清单。到货签收仅确认货物数量、型号和外观，不代表质量验收。
P:4.2 乙方应在平台上线前完成数据迁移，将甲方原有系统近五年的调查对象名录及历史报表数据迁移至平台，并提交迁移核对报告。
P:4.3 乙方应对甲方及市、县统计机构的系统管理员和业务人员进行培训，培训不少于三期，并提供操作手册、运维手册等技术文档。
H:第五条 验收
P:5.1 初验条件：（1）全部功能按招标文件技术要求实现；（2）性能测试中三千个并发用户在线填报时，页面平均响应时间不超过3秒；（3）与国家统计局联网直报系统的数据交换连续十个工作日无差错；（4）通过具有资质的第三方测评机构的网络安全等级保护三级测评。
P:5.2 初验通过后进入试运行，试运行期不少于六十日，且须覆盖至少一个完整的月报上报周期。试运行期间未发生一级故障、上报数据与原系统比对一致的，乙方书面提请最终验收，甲方在十个工作日内组织验收并出具验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件升级和技术支持。
P:6.2 质保期内平台年度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.3 故障响应：一级故障（平台无法填报或数据无法上报）乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，次日内解决；三级故障两个工作日内解决。统计年报、定期报表集中上报期间，乙方须安排工程师驻场保障。
P:6.4 乙方响应、到场或恢复超时的，每超时一小时，甲方扣减人民币1,000元；年度可用率每低于承诺值0.01个百分点，甲方扣减人民币2,000元。扣减款项从应付款项中扣除。
P:6.5 质保期满后，如甲方需要，乙方按年提供运维服务，年费不超过软硬件小计的百分之六（即不超过人民币164,400元），质保期满后两年内不得上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台中的统计数据、调查对象信息及系统日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:7.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及统计数据保密的有关规定。乙方人员须通过甲方堡垒机访问平台，不得私自复制、下载、外传任何统计数据；开发测试只能使用甲方提供的脱敏数据。
P:7.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在1小时内报告甲方，立即采取补救措施，并承担因乙方原因造成的全部损失和法律责任。
H:第八条 保密
P:8.1 乙方对履行本合同中知悉的甲方未公开信息、统计资料、网络架构及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 平台软件及数据库软件的知识产权归其权利人所有，乙方保证甲方可永久合法使用，并承担因第三方权利主张产生的全部责任。
P:9.2 定制开发的采集模板、审核规则、接口程序及其源代码和技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。乙方交付时应一并提交完整源代码。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的货物或系统不符合合同约定的，乙方应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不得分包，乙方不得转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知乙方解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：××省统计局　　　　乙方（盖章）：华数联创信息技术有限公司
P:授权代表：　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

H54Z02 = """
T:集装箱闸口智能识别系统设备采购及维保合同
P:合同编号：DGJT-WZ-2025-0842
P:甲方：东港港口集团有限公司
P:乙方：瞰途智能科技有限公司
P:甲方就东港集装箱码头进出闸口智能识别系统（以下简称"闸口系统"）设备采购及维保项目进行邀请招标，乙方中标。双方根据《中华人民共和国民法典》及有关法律法规，经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方为甲方东港集装箱码头北闸口、南闸口共十二条车道提供箱号识别、车牌识别、验残拍照所需的全部设备及OCR识别软件，负责安装调试，与甲方码头操作系统（TOS）及闸口控制系统对接，并提供质保期内及质保期满后的维保服务。
P:1.2 设备型号、技术参数以本合同附件一及乙方投标文件为准。乙方保证所供设备为全新、原厂、未使用过的合格产品，满足港区室外高盐雾、高湿度环境的使用要求，室外设备防护等级不低于IP66。
P:1.3 闸口系统应支持20英尺、40英尺、45英尺标准集装箱及双箱作业车辆的识别，并支持夜间及雨雾天气作业。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰玖拾柒万元整（¥2,970,000.00），含增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|箱号识别高清相机|48台|18,600|892,800
TB:2|车牌识别一体机|12台|9,800|117,600
TB:3|验残全景相机|24台|12,400|297,600
TB:4|边缘计算识别主机|12台|46,500|558,000
TB:5|LED频闪补光灯|48台|3,200|153,600
TB:6|车辆检测雷达|24台|5,600|134,400
TB:7|OCR识别软件授权（按车道）|12套|38,000|456,000
TB:8|安装调试及TOS接口对接|1项|248,000|248,000
TB:9|龙门架及立杆基础施工|1项|96,000|96,000
TB:10|操作及维护培训|1项|16,000|16,000
TB:合计||||2,970,000
P:2.2 上表第1至7项合计人民币2,610,000元，以下称"设备及软件小计"。
H:第三条 付款方式
P:3.1 合同生效后十五日内，甲方支付合同总价的百分之十作为预付款，即人民币297,000元。
P:3.2 全部设备到货并安装完毕，经甲方签署到货安装确认单后，甲方支付合同总价的百分之五十五，即人民币1,633,500元。到货安装确认不视为验收合格。
P:3.3 闸口系统通过最终验收后，甲方支付合同总价的百分之三十五，即人民币1,039,500元。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方在收到发票后二十日内付款。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后七十五日内将全部设备运抵甲方指定的闸口现场，并在到货后三十日内完成安装调试。
P:4.2 施工须遵守港区安全生产管理规定，分车道轮流施工，不得影响闸口正常通行；夜间施工须提前报甲方批准。
P:4.3 龙门架及立杆基础施工由乙方负责，施工方案须经甲方审核。
H:第五条 验收
P:5.1 安装调试完成后进入为期三十日的试运行。试运行期间应达到以下标准：箱号识别准确率不低于98%（以人工复核结果为准）；车牌识别准确率不低于99%；单车通过闸口识别及放行时间不超过10秒；识别结果实时写入TOS，数据一致；验残照片完整覆盖箱体两侧、顶部、箱门及前端。
P:5.2 试运行达标后，乙方书面提请验收，甲方组织技术、操作和安全部门在十个工作日内进行最终验收并签署验收报告。未达标准的，乙方应整改后重新试运行，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备损坏（人为损坏除外），乙方免费维修或更换，并免费提供识别算法升级。
P:6.2 故障分级及处理时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|一个闸口两条以上车道识别中断，或闸口系统与TOS通讯中断|30分钟|2小时|6小时
TB:二级|单条车道识别中断，或识别准确率明显下降|1小时|6小时|次日内
TB:三级|单台设备故障但不影响车道通行|8小时|下一工作日|3个工作日
P:6.3 响应、到场或恢复超过上表时限的，每超时一小时，乙方向甲方支付人民币1,500元；一个季度内发生一级故障超过两次的，乙方另向甲方支付人民币10,000元。
P:6.4 质保期满后，乙方按年提供维保服务，维保年费为设备及软件小计的百分之七，即人民币182,700元，质保期满后三年内不作调整。维保服务内容包括季度巡检、镜头清洁与校准、备件更换和软件升级，服务标准同第6.2条、第6.3条。维保合同每年经甲方书面确认后续签。
P:6.5 乙方应在甲方码头所在城市设立备件库，关键备件库存不少于两套。
H:第七条 数据安全
P:7.1 闸口系统采集的图像、箱号、车牌、司机身份信息及通行记录均属于甲方所有。乙方仅因安装、维保需要可接触上述数据，不得复制、留存或用于其他任何用途。
P:7.2 乙方远程维护须事先经甲方审批，通过甲方堡垒机进行并全程记录；识别主机不得连接互联网。乙方应按网络安全等级保护要求对所供设备进行安全加固，并及时修补安全漏洞。
P:7.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任。
H:第八条 保密
P:8.1 双方对在履行本合同中知悉的对方商业秘密、技术资料负有保密义务。乙方对甲方码头生产数据、网络结构及安全配置负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 OCR识别软件的著作权归乙方，乙方授予甲方在本项目闸口永久使用的许可。
P:9.2 为本项目开发的TOS接口程序、识别规则配置及相关技术文档归甲方所有，甲方有权自行或委托他人使用、修改。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方在本合同项下对甲方承担的赔偿责任总额（含违约金）以合同总价的百分之二十五为限。
H:第十一条 分包
P:11.1 龙门架基础等土建施工，乙方经甲方书面同意后可委托具备相应资质的单位实施，乙方对其施工质量和安全负责。除此之外，乙方不得将本合同义务分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期交货超过三十日，或闸口系统两次验收不合格，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交天津仲裁委员会仲裁。
H:第十四条 其他
P:14.1 附件一《设备清单及技术参数》、附件二《验收方案》为本合同组成部分。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：东港港口集团有限公司　　　　乙方（盖章）：瞰途智能科技有限公司
P:日期：　　年　　月　　日　　　　　　　　　日期：　　年　　月　　日
"""

H54E02 = """
T:Supply, Licence and Service Agreement – NIR Grain and Flour Analysis System
P:Agreement No. GLA-CN-2025-114
P:between Granolux Analytik GmbH, Lagesche Strasse 38, 32756 Detmold, Germany, represented by its managing directors (the "Seller"),
P:and Yuxiang Flour Milling Co., Ltd., No. 9 Gangwan Road, Zhoukou, Henan Province, People's Republic of China (the "Buyer").
P:Preamble: The Buyer operates a wheat mill with a daily capacity of 1,500 tonnes and intends to replace its wet-chemistry intake and release testing by near-infrared (NIR) analysis. Following the Buyer's request for quotation of 3 March 2025 and the Seller's offer No. 25-0417 of 28 March 2025, the parties agree as follows.
H:Article 1 – Subject Matter
P:1.1 The Seller shall supply four benchtop NIR grain analysers and two inline NIR sensors with sampling heads (together the "Instruments"), grant a licence to its calibration and data management software (the "Software"), develop and validate calibration models for the Buyer's wheat and flour grades (the "Mill Calibrations"), install and commission the system, integrate it with the Buyer's laboratory system and mill PLC, train the Buyer's staff and provide warranty and after-sales service, all as described in this Agreement and Annex 1 (Technical Specification).
P:1.2 The Instruments shall measure protein, moisture, ash, wet gluten and water absorption on whole wheat and flour, and protein and moisture inline on the B1 and flour streams.
H:Article 2 – Contract Price
P:2.1 The total contract price is CNY 1,908,000 (one million nine hundred and eight thousand yuan), including VAT, delivery DAP Buyer's mill (Incoterms 2020), import duties and customs clearance (the "Contract Price"). It is a fixed price and consists of:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Benchtop NIR grain analyser GA-7|4|286,500|1,146,000
TB:2|Inline NIR sensor IL-3 with sampling head|2|198,000|396,000
TB:3|Software licence, perpetual, for 6 instruments|1|164,000|164,000
TB:|Hardware and Licence Subtotal|||1,706,000
TB:4|Mill Calibrations (development and validation)|1|126,000|126,000
TB:5|Installation, commissioning, LIMS and PLC integration|1|58,000|58,000
TB:6|Training (two sessions on site)|1|18,000|18,000
TB:|Contract Price|||1,908,000
H:Article 3 – Terms of Payment
P:3.1 20 % of the Contract Price (CNY 381,600) is payable as an advance within 30 days of signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 45 % of the Contract Price (CNY 858,600) is payable within 30 days after delivery of all Instruments to the mill, against the signed delivery note. Signature of the delivery note confirms the quantity and the outward condition of the goods only and does not constitute acceptance.
P:3.3 35 % of the Contract Price (CNY 667,800) is payable within 30 days after the Final Acceptance Certificate has been signed under Article 5.
H:Article 4 – Delivery and Delay
P:4.1 The Seller shall deliver the Instruments within 10 weeks of receipt of the advance payment and complete installation and commissioning within 3 weeks of delivery.
P:4.2 If the Seller fails to meet a date in Article 4.1 for reasons for which it is responsible, the Seller shall pay a contractual penalty of 0.1 % of the Contract Price for each calendar day of delay, limited to 5 % of the Contract Price. The Buyer's right to claim further damages for delay shall not be affected.
H:Article 5 – Acceptance
P:5.1 After commissioning, the parties shall carry out the acceptance test defined in Annex 2. The system passes the test when (a) for each benchtop analyser and each parameter the standard error of prediction against the Buyer's reference laboratory results on at least 60 validation samples lies within the limits of Annex 2; (b) the inline sensors run for 20 consecutive production days with the deviation from laboratory results inside the limits of Annex 2; (c) results are transferred automatically to the Buyer's LIMS and the mill PLC; and (d) the documentation and training under Article 1 have been delivered.
P:5.2 If the test is passed, the parties shall sign the Final Acceptance Certificate within 5 working days. If it is not passed, the Seller shall remedy the defects and repeat the test at its own cost. Delivery, installation, use of the Instruments for production or any payment shall not be deemed acceptance.
H:Article 6 – Warranty and Service
P:6.1 The Seller warrants that the Instruments and the Software are free from defects in design, material and workmanship and conform to Annex 1 for a period of 24 months from the date of the Final Acceptance Certificate. During this period the Seller shall repair or replace defective parts, including lamps and detectors, and provide software updates free of charge.
P:6.2 Faults are classified and handled as follows (response means a qualified engineer has contacted the Buyer and started diagnosis):
TB:Severity|Definition|Response time|Engineer on site|Restoration
TB:1 – Critical|Analyser or inline sensor out of service; lot release or intake blocked|2 hours|48 hours|72 hours or loan instrument
TB:2 – Major|One parameter unavailable or results outside tolerance|8 business hours|5 business days|10 business days
TB:3 – Minor|Questions, cosmetic defects, documentation|2 business days|–|next release
P:6.3 For each hour by which the Severity 1 response time is exceeded the Seller shall pay CNY 800, and for each day by which the on-site or restoration time for Severity 1 is exceeded CNY 3,000. The Buyer may set these amounts off against payments due.
P:6.4 After expiry of the warranty the Seller shall offer an annual service contract covering preventive maintenance, spare parts, calibration updates and the service levels of Article 6.2 at a fee of 7.5 % of the Hardware and Licence Subtotal per year (CNY 127,950), fixed for the third, fourth and fifth year after Final Acceptance. Each year of service is ordered by the Buyer's purchase order; there is no automatic renewal.
P:6.5 The Seller shall make spare parts available for at least 8 years after delivery.
H:Article 7 – Buyer Data and IT Security
P:7.1 All spectra, measurement results, sample data and reports generated by the Instruments (the "Measurement Data") belong to the Buyer. The Seller may process Measurement Data only to perform this Agreement and shall not use it for any other purpose, including the extension of the Seller's global calibration databases.
P:7.2 Remote service is performed only through the Buyer's VPN after the Buyer has approved each session; sessions are logged. The Seller shall not copy Measurement Data out of the Buyer's network, shall keep the Instruments' operating systems patched and protected against malware, and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:7.3 The Seller shall notify the Buyer of any security incident affecting Measurement Data or the Buyer's systems within 24 hours, take all measures to contain it, and is liable for damage caused by its breach of this Article.
H:Article 8 – Intellectual Property
P:8.1 The Software remains the property of the Seller. The Buyer receives a perpetual, non-exclusive licence to use the Software on the six Instruments and on replacement instruments.
P:8.2 The Mill Calibrations, including their sample sets, reference values and model files, are developed for the Buyer and shall become the property of the Buyer upon creation. The Buyer may use, adjust, extend and transfer them and have third parties do so without restriction.
H:Article 9 – Confidentiality
P:9.1 Each party shall treat as confidential all commercial and technical information of the other party obtained in connection with this Agreement, in particular the Buyer's recipes, grain sourcing and quality data, and shall not disclose it to third parties without prior written consent. This obligation survives termination for five years.
H:Article 10 – Liability
P:10.1 The Seller's total liability under or in connection with this Agreement is limited to 150 % of the Contract Price. This limitation does not apply to injury to life, body or health, wilful misconduct or gross negligence, or breach of Article 7.
P:10.2 Neither party is liable for loss of profit or other indirect damage, except in the cases excluded in Article 10.1.
H:Article 11 – Subcontracting
P:11.1 Installation and first-line service in China may be performed by the Seller's authorised service partner named in Annex 3, which the Buyer approves by signing this Agreement. Any other subcontracting requires the Buyer's prior written consent. The Seller remains responsible for its subcontractors.
H:Article 12 – Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days of a written warning. The Buyer may also terminate if the contractual penalty under Article 4.2 has reached its maximum.
P:12.2 On termination by the Buyer for the Seller's breach, the Seller shall repay amounts received for undelivered or rejected parts against their return.
H:Article 13 – Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party without delay and mitigates the consequences. If force majeure lasts longer than 90 days, either party may terminate.
H:Article 14 – Applicable Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods (CISG).
P:14.2 All disputes arising out of or in connection with this Agreement shall be finally settled under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Hamburg, the language of the proceedings is English.
H:Article 15 – Final Provisions
P:15.1 Amendments must be made in writing. Annex 1 (Technical Specification), Annex 2 (Acceptance Test) and Annex 3 (Service Partner) form part of this Agreement. If a provision is invalid, the remaining provisions stay in force.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Detmold / Zhoukou, ____________ 2025
P:For the Seller: ____________________    For the Buyer: ____________________
"""

H54E03 = """
T:MANAGED IT AND OFFICE NETWORK SERVICES AGREEMENT
P:Agreement Ref: HMS/TCL/2025/07
P:THIS AGREEMENT is made on the ____ day of __________ 2025
P:BETWEEN (1) HARBOURLINE MANAGED SERVICES PTE. LTD. (UEN 201418872K), a company incorporated in Singapore with its registered office at 8 Temasek Boulevard, #21-03, Singapore 038988 (the "Provider"); and (2) TIDEWATER CONTAINER LEASING (SHANGHAI) CO., LTD., a company established in the People's Republic of China with its registered office at 1088 Pudong South Road, Shanghai (the "Customer").
P:WHEREAS the Customer leases marine containers to shipping lines and wishes to outsource its end-user IT support and office network management, and the Provider has agreed to provide those services on the terms of this Agreement.
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Charges" means the Transition Charge and the Monthly Service Charges; "Customer Data" means all data of the Customer or its employees, lessees or depots that the Provider accesses, receives or processes in performing the Services; "Service Acceptance" has the meaning given in Clause 4.3; "Service Commencement Date" means the date of Service Acceptance; "Sites" means the Customer's head office in Shanghai and its branch offices in Qingdao, Ningbo and Shenzhen.
P:1.2 Clause headings are for convenience only. The Schedules form part of this Agreement.
H:2. THE SERVICES
P:2.1 The Provider shall provide the following services (the "Services"): (a) service desk and end-user support for up to 160 users, including on-site support at each Site; (b) management of the office network at the Sites, including switches, wireless access points, firewalls and the inter-office VPN; (c) administration of the Customer's servers, Microsoft 365 tenant and backup; and (d) monthly reporting, all as specified in Schedule 1.
P:2.2 The Provider shall perform the Services with reasonable skill and care, using suitably qualified personnel, and in accordance with the Customer's IT policies notified to it.
H:3. TERM
P:3.1 This Agreement commences on the date hereof and, unless terminated earlier, continues for thirty-six (36) months from the Service Commencement Date (the "Initial Term").
P:3.2 The parties may extend this Agreement by written agreement before the end of the Initial Term. There is no automatic renewal.
H:4. TRANSITION AND SERVICE ACCEPTANCE
P:4.1 The Provider shall carry out the transition plan in Schedule 2 and complete it within sixty (60) days from the date of this Agreement.
P:4.2 If transition is not completed by that date due to the Provider's default, the Provider shall pay the Customer liquidated damages of CNY 3,000 for each day of delay, up to a maximum of CNY 180,000.
P:4.3 Service Acceptance occurs when the Customer signs a service acceptance certificate after the Provider has shown that: (a) all end-user devices and network devices at the Sites are recorded in the asset register and reconciled with a physical count; (b) all network devices, servers and backup jobs are under the Provider's monitoring; (c) the operating runbooks have been approved by the Customer; and (d) a shadow period of ten (10) business days has been completed without any missed Priority 1 target. Use of the Services before the certificate is signed does not constitute Service Acceptance.
H:5. CHARGES AND PAYMENT
P:5.1 The Charges are set out in Schedule 3 and total CNY 3,600,000 over the Initial Term, comprising a one-time Transition Charge of CNY 126,000 and Monthly Service Charges of CNY 96,500 for thirty-six (36) months (CNY 3,474,000).
P:5.2 The Transition Charge is invoiced on Service Acceptance. Monthly Service Charges are invoiced monthly in arrears. No Charges are payable in advance. Invoices are payable within thirty (30) days of receipt of a valid fapiao.
P:5.3 The Charges are fixed for the Initial Term. Additional users above 160 are charged at the per-user rate in Schedule 3.
H:6. SERVICE LEVELS
P:6.1 The Provider shall meet the service levels in Schedule 1, including: (a) Network Availability at each Site of not less than 99.5% in each calendar month, measured by the Provider's monitoring system and excluding maintenance windows agreed with the Customer; (b) for Priority 1 incidents (a Site without network connectivity, or the head office firewall, e-mail or file services unavailable), response within fifteen (15) minutes and resolution within six (6) hours; (c) for Priority 2 incidents, response within one (1) hour and resolution within one (1) business day.
P:6.2 If a service level is not met in any month, the Provider shall give the Customer a service credit: 3% of the Monthly Service Charge if Network Availability at any Site is below 99.5%, and 6% if it is below 98.5%; and CNY 1,000 for each Priority 1 incident whose response or resolution target is missed. Service credits are deducted from the next invoice.
P:6.3 The Provider shall deliver a monthly service report showing its performance against each service level, incidents, changes and capacity trends.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's instructions.
P:7.2 The Provider shall: (a) apply the security controls in Schedule 4, including privileged access management, multi-factor authentication and logging of all administrator sessions; (b) not copy Customer Data to systems outside the Customer's environment; (c) restrict access to named personnel who have been screened and trained; and (d) comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.
P:7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data or the Customer's systems within twelve (12) hours of becoming aware of it, co-operate in the investigation, and bear the costs and losses resulting from a breach of this Clause 7.
P:7.4 On expiry or termination, the Provider shall return all Customer Data, credentials and documentation and certify that it retains no copies.
H:8. INTELLECTUAL PROPERTY
P:8.1 All configurations, scripts, runbooks, network diagrams and documentation prepared by the Provider for the Customer belong to the Customer, which may use, modify and disclose them to any replacement provider. The Provider's pre-existing tools remain its property.
H:9. CONFIDENTIALITY
P:9.1 Each party shall keep confidential the other party's Confidential Information and shall use it only for the purposes of this Agreement. This Clause does not apply to information that is public or that a party is required by law to disclose. The obligations survive for three (3) years after termination.
H:10. PERSONNEL AND SUBCONTRACTING
P:10.1 The Provider may subcontract any part of the Services, including the on-site support at the Sites, to its Affiliates, including Harbourline Technology Services (Shanghai) Co., Ltd., or to other subcontractors selected by the Provider, without the Customer's consent. The Provider shall inform the Customer of the subcontractors used at each Site in its monthly service report and remains responsible for their performance.
P:10.2 The Provider shall ensure that its personnel at the Sites observe the Customer's site, safety and IT rules.
H:11. LIABILITY
P:11.1 Neither party shall be liable for any loss of profit or indirect or consequential loss.
P:11.2 The Provider's aggregate liability under this Agreement shall not exceed 125% of the total Charges payable over the Initial Term. This limit does not apply to breach of Clause 7 or Clause 9, fraud, or death or personal injury caused by negligence.
H:12. TERMINATION
P:12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within thirty (30) days of written notice, or if Network Availability at the head office is below 98.5% in two consecutive months.
P:12.2 On expiry or termination, the Provider shall provide exit assistance for up to ninety (90) days at the rates in Schedule 3 so that the Services are transferred to the Customer or a replacement provider without disruption.
H:13. FORCE MAJEURE
P:13.1 Neither party shall be liable for delay or failure caused by events beyond its reasonable control, provided that it promptly notifies the other party.
H:14. GOVERNING LAW AND DISPUTE RESOLUTION
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.
H:15. GENERAL
P:15.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
H:SCHEDULE 3 – CHARGES
P:Service desk and end-user support (160 users): CNY 38,400 per month. Managed office network (4 Sites): CNY 41,600 per month. Server, Microsoft 365 and backup administration: CNY 16,500 per month. Monthly Service Charge: CNY 96,500. Transition Charge (one-time): CNY 126,000. Additional user: CNY 240 per month.
P:Signed for and on behalf of the Provider: ____________________  Name / Title:
P:Signed for and on behalf of the Customer: ____________________  Name / Title:
"""

SOURCES = {"h54z01": H54Z01, "h54z02": H54Z02, "h54e02": H54E02, "h54e03": H54E03}
TARGETS = {"h54z01": ("h54z01_stats_bureau_online_direct_reporting_platform.pdf", "pdf"),
           "h54z02": ("h54z02_port_group_container_gate_ocr_supply_maintenance.docx", "docx"),
           "h54e02": ("h54e02_flour_mill_nir_analysers_german_vendor.docx", "docx"),
           "h54e03": ("h54e03_container_lessor_managed_it_network_sg_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
