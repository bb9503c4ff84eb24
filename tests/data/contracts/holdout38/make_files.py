"""Builds the .docx and .pdf contracts of holdout38 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run: /work/main/.venv/bin/python make_files.py   (writes into this folder; PDFs broken at word boundaries)
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H38Z01 = """
T:青川省天然气管网有限公司输气管网SCADA及泄漏检测系统集成合同
P:合同编号：QCGW-JC-2025-031
P:甲方（买方）：青川省天然气管网有限公司，住所：青川省云江市高新区汇川路88号
P:乙方（卖方）：杭州衡川自动化工程有限公司，住所：浙江省杭州市滨江区江虹路1760号
P:甲方就"省网西段SCADA改造及泄漏检测系统建设项目"进行公开招标，乙方中标。依据《中华人民共和国民法典》、招标文件及乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目范围
P:1.1 本项目覆盖省网西段12座场站、26座阀室及调度中心，管线全长约318公里。乙方负责SCADA系统软硬件供货、分布式光纤泄漏监测系统及激光甲烷遥测系统建设、与甲方管网GIS和生产调度系统的接口开发、安装调试、系统集成、培训及质保期内服务。
P:1.2 设备及软件的品牌、型号和技术参数以附件一《技术规格及配置清单》为准。乙方交付的设备应为原厂全新产品，防爆设备应具有有效的防爆合格证，计量器具应经检定合格。
P:1.3 乙方在甲方输气站场及阀室内施工，须遵守甲方动火、动土、高处及受限空间作业管理规定，作业前办理作业票，并接受甲方安全监护。
H:第二条 合同价款
P:2.1 合同总价为人民币肆佰壹拾壹万陆仟元整（¥4,116,000.00），含税费、运输、保险、安装调试及本合同约定的全部服务费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|SCADA服务器、历史数据服务器及操作员站|1套|486,000
TB:2|场站及阀室RTU|38台|752,400
TB:3|分布式光纤泄漏监测主机|4台|744,000
TB:4|激光甲烷遥测探测器|60台|516,000
TB:5|SCADA平台软件许可（永久）|1套|380,000
TB:6|泄漏检测与定位分析软件许可（永久）|1套|268,000
TB:7|工业防火墙及单向隔离装置|1批|213,600
TB:|软硬件小计||3,360,000
TB:8|GIS及生产调度系统接口定制开发|1项|318,000
TB:9|安装调试及系统集成|1项|402,000
TB:10|培训|1项|36,000
TB:|合同总价||4,116,000
P:2.2 合同总价为固定价格，除甲方书面提出的设计变更外不作调整。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即823,200元。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的40%，即1,646,400元。到货签收仅确认设备数量和外观，不视为质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即1,440,600元。
P:3.4 剩余5%即205,800元作为质量保证金，质保期满且乙方无未履行义务的，甲方无息支付。
P:3.5 每期付款前，乙方应向甲方开具合规的增值税专用发票。
H:第四条 交付期限
P:4.1 乙方应在合同生效后九十日内将全部设备运抵甲方指定地点。
P:4.2 乙方应在合同生效后二百四十日内完成安装调试及系统集成，具备最终验收条件。
H:第五条 验收
P:5.1 到货验收：双方共同开箱，核对品牌、型号、数量、合格证及防爆证书，签署到货签收单。
P:5.2 最终验收标准：（1）全部场站及阀室点表逐点核对无误，遥测、遥信、遥控测试全部通过；（2）调度中心画面数据刷新周期不大于2秒；（3）分布式光纤系统对模拟泄漏的定位误差不大于±50米，报警时间不大于120秒；（4）激光甲烷探测器经标准气体标定合格；（5）与GIS、生产调度系统的接口数据连续七日核对一致；（6）工控安全设备策略经甲方信息安全部门检查通过；（7）系统连续试运行三个月，期间未发生一级故障。
P:5.3 乙方具备验收条件后书面申请，甲方在十五个工作日内组织验收并出具验收报告。验收不合格的，乙方应在十五日内整改后重新申请验收，费用由乙方承担。
P:5.4 系统投入运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、备件更换、软件升级及技术支持。
P:6.2 质保期内乙方应按下表响应和处理故障：
TB:故障等级|定义|响应时间|到场时间|恢复时限
TB:一级|调度中心SCADA主服务中断；两座及以上场站数据中断；泄漏报警功能失效|30分钟|3小时|8小时
TB:二级|单座场站或阀室数据中断；单台泄漏监测主机故障|1小时|8小时|二十四小时
TB:三级|单台探测器故障；报表、画面显示问题|2小时|下一工作日|3个工作日
P:6.3 SCADA系统年度可用率不低于99.95%。乙方每超过上表时限一小时，甲方有权从质量保证金中扣减2,000元；年度可用率每低于承诺值0.01个百分点，扣减3,000元。
P:6.4 质保期满后，甲方可委托乙方继续提供维保服务，年度维保费不超过软硬件小计的8%，即不超过268,800元/年，质保期满后三年内不上调。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 SCADA平台软件及泄漏检测与定位分析软件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、组态工程文件、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改。
P:7.3 乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据与网络安全
P:8.1 SCADA运行数据、管网地理信息、泄漏报警记录等本项目涉及的全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》及关键信息基础设施安全保护的有关规定；远程维护须经甲方审批，通过甲方堡垒机接入并全程审计；严禁通过移动存储介质或互联网连接生产控制网络。
P:8.3 发生或可能发生数据泄露、网络安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方管网布局、工艺参数、控制逻辑、网络架构及其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后五年内继续有效。
H:第十条 分包
P:10.1 管线沿线探测器安装、光缆敷设等施工作业，乙方可分包给具有相应资质的施工单位，分包前将分包单位名称及资质书面告知甲方即可。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期具备最终验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的设备或系统不符合合同约定的，乙方应负责更换或修复，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:第十二条 合同解除
P:12.1 乙方逾期交货超过三十日，或最终验收两次不合格，或有其他根本违约行为经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、支付违约金。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交云江仲裁委员会仲裁。
H:第十四条 其他
P:14.1 附件一《技术规格及配置清单》、附件二《实施计划》为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：青川省天然气管网有限公司　　乙方（盖章）：杭州衡川自动化工程有限公司
P:签订日期：2025年　月　日
"""

H38Z04 = """
T:南湾海关口岸查验服务中心查验设备运行维护服务合同
P:项目编号：NWKA-ZC-2025-012（政府采购，公开招标）
P:采购人（甲方）：南湾海关口岸查验服务中心
P:供应商（乙方）：江苏安检通设备技术服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就查验设备运行维护服务事项订立本合同。
H:1. 服务范围与服务期
P:1.1 服务对象：甲方在南湾港旅检大厅、货运查验场使用的8台行包X射线检查设备、2套集装箱/车辆检查系统及1套图像集中判读系统（含服务器及12台判图工作站），设备清单见附件一。
P:1.2 服务内容：驻场运行维护、预防性维护（月度巡检、季度保养）、故障维修、单价三千元以下备件供应、年度辐射防护检测、设备运行数据统计，以及配合甲方接受生态环境部门的辐射安全监督检查。
P:1.3 射线源、探测器阵列等主要部件的采购不在本合同范围内，由甲方另行采购，乙方负责拆装及调试。
P:1.4 服务期为二十四个月，自2025年7月1日起至2027年6月30日止。
H:2. 合同价款
P:2.1 合同总价为人民币壹佰伍拾柒万伍仟元整（¥1,575,000），其中：运行维护服务费每月64,000元，共二十四个月，计1,536,000元；年度辐射防护检测费每次19,500元，共两次，计39,000元。
P:2.2 合同总价为固定价格，已包含乙方驻场人员费用、交通食宿、工具仪表、单价三千元以下备件及税费，服务期内不作调整。
H:3. 付款方式
P:3.1 本合同不设预付款。
P:3.2 运行维护服务费按季度支付。每个服务季度结束后，甲方按附件三《服务考核表》进行考核，并在考核结果确认后十五个工作日内支付当季服务费192,000元，扣除考核扣款后的余额。
P:3.3 年度辐射防护检测费在每次检测报告经甲方确认后十五个工作日内支付。
P:3.4 甲方以财政资金通过国库集中支付方式付款，乙方应在付款前开具合规发票。
H:4. 服务交接与验收
P:4.1 乙方应在服务期开始前十日内完成服务交接：逐台核对设备清单，检测并记录射线剂量率、图像分辨率、穿透力等状态基线，形成《服务交接报告》，经双方签字确认。
P:4.2 季度考核：甲方每季度按附件三对响应及时性、故障修复时限、巡检保养完成情况、设备状态基线保持及资料完整性进行评分，满分100分。得分不低于90分为合格；低于90分的，扣减当季服务费的5%；低于80分的，扣减当季服务费的10%。
P:4.3 服务期满终验：全部设备状态不低于交接基线，维护记录、故障分析报告及备件台账移交完整，甲方出具书面验收意见。
H:5. 服务水平
P:5.1 乙方在旅检大厅和货运查验场各安排驻场工程师一名，覆盖口岸通关时间；非通关时间实行电话值守。
P:5.2 一级故障（设备停机导致查验通道关闭，或图像集中判读系统中断）：乙方接到报修后应在十五分钟内响应，一小时内到达现场，六小时内恢复；需更换主要部件的，应在七十二小时内恢复或提供临时替代方案。
P:5.3 二级故障（单台设备故障但可切换通道）：乙方应在一小时内响应，八小时内修复。三级故障（不影响查验作业的一般问题）：乙方应在下一个工作日内处理。
P:5.4 乙方超过上述时限的，一级故障每超时一小时扣减服务费800元，二级故障每超时一小时扣减服务费300元，在当季服务费中扣除。
P:5.5 预防性维护：乙方每月对全部设备进行一次巡检，检查射线剂量率、图像质量、输送机构、安全联锁及急停装置；每季度进行一次保养，包括清洁、紧固、润滑及校准，并在完成后三个工作日内提交巡检保养报告。
P:5.6 备件管理：乙方应在南湾港现场储备附件一所列常用备件，建立备件出入库台账，每季度与甲方核对一次。乙方更换的旧件应交甲方确认后处置。
H:6. 人员与安全管理
P:6.1 乙方应组建不少于五人的服务团队，其中驻场工程师须具有三年以上同类设备维护经验，项目负责人须具有中级以上工程技术职称。乙方人员应遵守口岸监管区出入管理规定，统一着装，持证上岗，不得进入与服务无关的区域。乙方人员在作业中发生的人身伤害事故由乙方负责。
P:6.2 甲方为驻场工程师提供值班场所、网络及必要的办公条件，负责办理口岸监管区通行证件，并指定专人对接乙方服务。甲方有权对乙方服务情况进行不定期抽查，抽查结果计入当季考核。
P:6.3 乙方应建立设备运行档案，按月向甲方报送故障统计、备件消耗及设备运行分析报告，对反复发生的故障提出改进建议。
H:7. 数据安全
P:7.1 查验图像、报关单证数据、旅客及车辆信息等本项目涉及的全部数据属于甲方，乙方不得以任何方式拷贝、拍摄、截取或外传，不得用于本合同以外的任何目的。
P:7.2 乙方不得远程接入甲方任何系统。设备维修时，存储介质不得带离现场；需报废的存储介质在甲方监督下销毁。乙方工具电脑须经甲方检查后方可接入设备维护端口。
P:7.3 乙方驻场人员须通过甲方背景审查，签署保密承诺书，人员变更须经甲方同意。
P:7.4 发生数据泄露或可能泄露的，乙方应在一小时内报告甲方并配合调查处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
H:8. 保密
P:8.1 乙方对在服务过程中知悉的甲方查验规则、布控信息、设备布局及其他工作秘密负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。
H:9. 知识产权
P:9.1 乙方在服务过程中形成的维护记录、巡检报告、故障分析报告及设备知识库归甲方所有，甲方可自由使用。乙方自有的诊断工具软件仍归乙方所有。
H:10. 辐射安全
P:10.1 乙方从事射线装置维修的人员应持有辐射安全培训合格证明，佩戴个人剂量计，遵守《放射性同位素与射线装置安全和防护条例》。
P:10.2 年度辐射防护检测报告应在检测完成后十日内提交甲方。
H:11. 分包
P:11.1 乙方不得转包或分包本合同服务。年度辐射防护检测须委托具备检验检测机构资质认定（CMA）的检测机构实施，检测机构须事先经甲方书面同意。
H:12. 违约责任
P:12.1 乙方未按约定完成服务交接并派驻人员的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方驻场人员缺岗的，每人每日扣减服务费600元。
P:12.3 因乙方维修不当造成设备损坏的，乙方负责修复或赔偿。
H:13. 合同解除
P:13.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的数据泄露，或有其他严重违约行为经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:14. 服务期满
P:14.1 本合同服务期满即行终止，不自动续期。服务期满后的运行维护服务由甲方依法重新组织采购，乙方应在服务期满前三十日向甲方提交设备状态评估报告及移交清单，并配合新供应商完成交接，交接期间不得中断服务。
H:15. 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:16. 其他
P:16.1 招标文件、投标文件、中标通知书及附件一《设备清单》、附件二《维护作业规程》、附件三《服务考核表》为本合同组成部分。
P:16.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:采购人（盖章）：南湾海关口岸查验服务中心　　供应商（盖章）：江苏安检通设备技术服务有限公司
P:签订日期：2025年　月　日
"""

H38E02 = """
T:Supply, Installation and Support Contract - Inline Colour Measurement System
P:Contract No. HYPP-EQ-2025-0619
P:This Contract is made on ____ 2025 between:
P:Zhejiang Huayin Paper Packaging Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 18 Wenxing Road, Pinghu Economic Development Zone, Zhejiang Province (the "Buyer"); and
P:ChromaLine Instruments (Suzhou) Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Building 5, 99 Jinshan Road, Suzhou Industrial Park, Jiangsu Province (the "Supplier").
P:Following the Buyer's invitation to tender dated 12 May 2025 and the Supplier's bid dated 3 June 2025, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "System" means the inline spectrophotometers, traversing mounts, server, software and documentation listed in Annex 1, installed on the Buyer's four flexographic presses (F1 to F4) and two offset presses (L1 and L2) at the Pinghu plant.
P:1.2 "Installation Certificate" means the certificate signed by the Buyer when all equipment for a press has been delivered, mounted and powered up. It is not acceptance of the System.
P:1.3 "Final Acceptance" means acceptance of the whole System under Article 5, evidenced by the Final Acceptance Certificate signed by the Buyer.
P:1.4 "Working Day" means a day other than a Saturday, Sunday or public holiday in the PRC.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, calibrate and commission the System, integrate it with the press control consoles and with the Buyer's manufacturing execution system (MES), train the Buyer's staff and provide the warranty and support services set out in this Contract.
P:2.2 All equipment shall be new, unused, of current production and of the models specified in Annex 1. Measuring heads shall be traceable to a recognised national colour standard, and the Supplier shall deliver a calibration certificate for each head.
P:2.3 Installation on each press shall take place during the planned maintenance stops notified by the Buyer. The Supplier shall follow the Buyer's plant safety rules, including lock-out procedures on the presses.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,198,000 (two million one hundred and ninety-eight thousand yuan), inclusive of VAT, packing, transport, insurance, installation and all services under this Contract, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Inline spectrophotometer measuring head, model CL-IS 700|6|218,000|1,308,000
TB:2|Traversing mount with LED illumination enclosure|6|42,500|255,000
TB:3|Colour Quality Server (rack server with database licence)|1|96,000|96,000
TB:4|ColourGuard QC software, perpetual press licence|6|58,000|348,000
TB:|Hardware and Licence Subtotal|||2,007,000
TB:5|Installation, calibration and MES integration|1 lot|164,000|164,000
TB:6|Operator and administrator training (three sessions)|1 lot|27,000|27,000
TB:|Contract Price|||2,198,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements, changes in the Supplier's costs or any other reason, except for changes ordered by the Buyer in writing.
H:Article 4 Payment
P:4.1 Ten per cent (10 %) of the Contract Price, CNY 219,800, within twenty (20) Working Days after signature of this Contract, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Sixty-five per cent (65 %), CNY 1,428,700, within thirty (30) days after the Installation Certificates for all six presses have been signed.
P:4.3 Twenty-five per cent (25 %), CNY 549,500, within thirty (30) days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid special VAT invoice. The advance-payment guarantee shall be released on payment under Article 4.2.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall deliver all equipment to the Pinghu plant within seventy-five (75) days after signature and shall be ready for the Final Acceptance tests within one hundred and twenty (120) days after signature.
P:5.2 The Final Acceptance tests, carried out jointly on each press, are: (a) the colour difference between the System and the Buyer's reference laboratory spectrophotometer does not exceed 0.5 ΔE00 on thirty production samples per press; (b) repeatability does not exceed 0.15 ΔE00 over twenty consecutive measurements of the same patch; (c) measurement data and pass/fail results are transferred to the MES for every job without loss for five consecutive production days; (d) ink-density recommendations appear on the press console within ten seconds of each measurement; (e) the documentation in Annex 2 has been delivered; and (f) the System has run for ten consecutive production days without a Severity 1 fault.
P:5.3 When all tests have been passed, the Buyer shall sign the Final Acceptance Certificate within five (5) Working Days. If any test fails, the Supplier shall remedy the failure at its own cost within fifteen (15) days and the test shall be repeated.
P:5.4 Use of the System in production, signature of an Installation Certificate or any payment shall not be deemed acceptance of the System.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for twenty-four (24) months from the date of Final Acceptance. During the warranty period the Supplier shall repair or replace free of charge any defective equipment, including measuring heads, lamps and encoders, and shall provide firmware and software updates and technical support at no additional cost.
P:6.2 The Supplier shall respond to and resolve faults reported by the Buyer within the following times:
TB:Severity|Definition|Response|Remote diagnosis|On-site / replacement
TB:1|Measurement stopped on a running press, or wrong colour values sent to the press or the MES|1 hour|2 hours|36 hours, loan head installed
TB:2|Degraded function on one press with a workaround available|2 hours|1 Working Day|3 Working Days
TB:3|Questions, cosmetic issues, report changes|1 Working Day|as required|next scheduled visit
P:6.3 For each full hour by which the Supplier exceeds a response or on-site time in the table above, the Supplier shall pay CNY 1,000 for a Severity 1 fault and CNY 400 for a Severity 2 fault. The Buyer may deduct these amounts from any sum due to the Supplier.
P:6.4 If the same measuring head fails three times within the warranty period, the Supplier shall replace it with a new unit.
H:Article 7 Support after the Warranty Period
P:7.1 After the warranty period the Supplier shall, at the Buyer's request, provide annual support comprising telephone hotline, remote diagnosis, on-site repair, one recalibration visit per year and software updates. The annual support fee is nine per cent (9 %) of the Hardware and Licence Subtotal, i.e. CNY 180,630 per year, fixed for the first three years after the warranty period. Any later change shall be agreed in writing and shall not exceed three per cent (3 %) per year.
P:7.2 Support is ordered by an annual purchase order and does not renew automatically.
P:7.3 The Supplier shall keep spare parts for the System available for at least eight (8) years after Final Acceptance.
H:Article 8 Intellectual Property
P:8.1 The firmware of the measuring heads and the ColourGuard QC software remain the property of the Supplier or its licensors. The Buyer receives a perpetual, non-exclusive licence to use them with the System, which passes with the presses if they are sold.
P:8.2 The MES interface, the job-data mapping and the report templates developed for the Buyer under this Contract, including their source code and documentation, belong to the Buyer. The Buyer may use, modify and have them maintained by third parties without restriction.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the System infringes a third party's intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 All production data, measurement results, colour standards and the brand-owner colour libraries supplied by the Buyer's customers ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, retain, analyse for other purposes or disclose it.
P:9.2 The System is installed on the Buyer's plant network. Remote access by the Supplier is allowed only through a VPN session opened by the Buyer for each service request and is logged. Service laptops shall be scanned before connection. Hard disks replaced under warranty remain with the Buyer.
P:9.3 The Supplier shall notify the Buyer within twenty-four (24) hours of any actual or suspected security incident affecting the System or Buyer Data, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's customer colour specifications and production volumes, and shall not disclose it to any third party without prior written consent. This obligation survives for five (5) years after the end of this Contract.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to obtain the Installation Certificates or to be ready for the Final Acceptance tests by the dates in Article 5.1 for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of CNY 2,000 for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Price.
P:11.2 Payment of liquidated damages does not relieve the Supplier of its obligation to complete the System. The Supplier shall remedy defects and compensate the Buyer for losses caused by its breach of this Contract.
P:11.3 Neither party shall be liable for loss of profit or indirect loss, except for breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after receiving notice, or if the liquidated damages under Article 11.1 reach their maximum. On such termination the Supplier shall refund payments received for the parts of the System not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute arising from this Contract shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding on both parties.
H:Article 15 Miscellaneous
P:15.1 Annex 1 (Equipment and Software List), Annex 2 (Documentation) and Annex 3 (Installation Schedule) form part of this Contract. This Contract is signed in Chinese and English; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H38E04 = """
T:SpeciMate Licence and Implementation Agreement
P:Agreement number: HS-2025-CN-07
P:THE UNDERSIGNED:
P:1. Herbaria Systems B.V., a private limited liability company incorporated under the laws of the Netherlands, having its registered office at Plesmanlaan 210, 2333 BZ Leiden, the Netherlands, registered with the Dutch Chamber of Commerce under number 71234567, hereinafter referred to as "the Licensor";
P:2. Hengduan Botanical Research Institute, a public research institution established in Kunming, Yunnan Province, People's Republic of China, with its address at 132 Lanhei Road, Kunming, hereinafter referred to as "the Institute";
P:hereinafter jointly referred to as "the Parties" and each as "a Party".
P:WHEREAS the Institute keeps a herbarium of approximately 1.2 million specimens and wishes to replace its existing Access and spreadsheet databases by a modern collection management system; the Licensor develops and licenses the SpeciMate system used by herbaria and natural history museums in Europe and Asia; and the Institute has selected the Licensor after a competitive procurement;
P:HAVE AGREED AS FOLLOWS:
H:1. Definitions
P:1.1 "Software": the SpeciMate collection management system, version 8, with the modules listed in Annex A, including the Public Portal module, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Implementation Services": the data migration, image linking, configuration, publishing set-up and training described in Annex B.
P:1.3 "Institute Data": all specimen records, images, determinations, collector and locality data, including the locality data of protected and threatened species, personal data of collectors and staff, and any other data entered into or generated by the Software at the Institute.
P:1.4 "Deliverables": the migration scripts and mappings, custom data-entry forms, custom reports, the Public Portal theme and the configuration produced by the Licensor specifically for the Institute.
P:1.5 "Migration Sign-off" and "Final Acceptance": the acceptance events described in article 5.
H:2. Licence
P:2.1 The Licensor grants the Institute a perpetual, non-exclusive and non-transferable licence to install and use the Software on servers owned or controlled by the Institute in Kunming, for an unlimited number of specimen records, forty (40) named staff users and an unlimited number of anonymous visitors to the Public Portal.
P:2.2 The Institute may make copies of the Software for back-up, test and disaster-recovery purposes. The Institute may allow visiting researchers to use the Software under its supervision.
H:3. Implementation Services
P:3.1 The Licensor shall migrate the Institute's existing databases (approximately 1.2 million specimen records), link approximately 680,000 existing specimen images to the migrated records, configure the Software to the Institute's workflows, set up publication of datasets in Darwin Core format to the GBIF Integrated Publishing Toolkit, and train the Institute's staff.
P:3.2 The Implementation Services shall be performed according to the project plan in Annex B. Migration Sign-off shall be reached no later than 31 March 2026 and the Software shall be ready for the Final Acceptance tests no later than 30 June 2026.
P:3.3 Work on Institute Data shall be carried out on the Institute's servers. The Licensor's consultants shall work on site in Kunming or remotely under article 9.3.
H:4. Fees and Payment
P:4.1 All amounts in this Agreement are in Chinese yuan (CNY) and include all taxes payable in the People's Republic of China. The total fees ("Total Fees") amount to CNY 1,606,000, made up as follows:
P:(a) SpeciMate core licence: CNY 860,000;
P:(b) Public Portal module licence: CNY 190,000;
P:(c) data migration and image linking: CNY 412,000;
P:(d) configuration and biodiversity-data publishing set-up: CNY 98,000;
P:(e) training (two on-site courses and one administrator course): CNY 46,000.
P:The licence fees under (a) and (b) together amount to CNY 1,050,000 ("Licence Fees").
P:4.2 The Total Fees are payable as follows: fifteen per cent (15 %), CNY 240,900, within thirty days after signature of this Agreement; forty-five per cent (45 %), CNY 722,700, within thirty days after Migration Sign-off; and forty per cent (40 %), CNY 642,400, within thirty days after Final Acceptance.
P:4.3 The Licensor shall invoice each instalment when it becomes due. Payments shall be made by bank transfer to the account stated on the invoice.
H:5. Acceptance
P:5.1 Migration Sign-off: the Institute shall sign off the migration when (a) the number of records per family in the Software matches the source databases, (b) a random sample of 2,000 migrated records, checked field by field against the source, contains no critical errors (wrong taxon, wrong specimen number, lost locality) and no more than ten non-critical errors, and (c) every linked image opens from its specimen record.
P:5.2 Final Acceptance: the Institute shall grant Final Acceptance when the Software has passed the acceptance tests in Annex C, including the standard search queries returning results within two seconds, the test dataset published successfully to the GBIF Integrated Publishing Toolkit, the Public Portal hiding the exact localities of protected species, and twenty (20) working days of production use without a Severity 1 defect.
P:5.3 The Institute shall confirm Migration Sign-off and Final Acceptance in writing within ten working days after the tests have been passed, or state the reasons for refusal. The Licensor shall remedy the reasons and repeat the tests. Production use of the Software before Final Acceptance shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Licensor warrants that the Software and the Deliverables will conform to their documentation and to Annex C for a period of twenty-four (24) months from Final Acceptance. During this period the Licensor shall correct defects free of charge and supply all updates and new versions of the Software.
P:6.2 The Licensor shall handle defects reported by the Institute as follows. Severity 1 (the Software is unavailable, or Institute Data is being lost or corrupted): response within two (2) hours at any time, workaround within one working day. Severity 2 (a main function does not work and there is no workaround): response within eight business hours, correction within five working days. Severity 3 (other defects): correction in the next update.
P:6.3 For each hour by which the Licensor exceeds the Severity 1 response time, the Licensor shall pay the Institute CNY 800, which the Institute may set off against any amount due to the Licensor.
H:7. Support and Maintenance after the Warranty Period
P:7.1 After the warranty period the Licensor shall provide support and maintenance (help desk, defect correction, updates and new versions) against an annual fee of eleven per cent (11 %) of the Licence Fees, being CNY 115,500 per year. This fee is fixed for the first three years after the warranty period. Thereafter it may be adjusted once a year by written agreement, by no more than three per cent (3 %).
P:7.2 Support and maintenance is ordered by the Institute each year by purchase order and is not renewed automatically. The Licensor shall offer support for the Software for at least seven (7) years after Final Acceptance.
H:8. Intellectual Property
P:8.1 All intellectual property rights in the Software remain with the Licensor.
P:8.2 All intellectual property rights in the Deliverables vest in the Institute upon creation. The Licensor shall deliver them with their source files. The Institute may use, modify, reproduce and license the Deliverables freely, also to other herbaria and to third-party service providers.
P:8.3 The Licensor shall indemnify the Institute against claims of third parties that the Software or the Deliverables infringe their intellectual property rights.
H:9. Institute Data and Security
P:9.1 Institute Data is and remains the property of the Institute. The Licensor shall process Institute Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated, statistical or anonymised form, and shall not publish it.
P:9.2 The Software is installed on the Institute's servers in Kunming. Institute Data shall not be transferred outside the People's Republic of China. The Licensor shall comply with the PRC Data Security Law, the Personal Information Protection Law and the Institute's rules on the protection of locality data of protected species.
P:9.3 The Licensor's staff may access the Institute's systems remotely only through the Institute's VPN, with multi-factor authentication and a separate approval by the Institute for each session. Test and training environments shall use data masked by the Institute.
P:9.4 The Licensor shall notify the Institute within twenty-four (24) hours after becoming aware of any security incident affecting Institute Data, shall cooperate in its investigation and remediation, and shall be liable for all damage caused by its breach of this article 9.
H:10. Confidentiality
P:10.1 Each Party shall keep secret all confidential information of the other Party received under this Agreement, including unpublished research data and the exact localities of protected species, and shall use it only for the purpose of this Agreement. This obligation continues for five (5) years after the end of this Agreement, and without time limit for the localities of protected species.
H:11. Delay
P:11.1 If Migration Sign-off or readiness for the Final Acceptance tests is delayed beyond the dates in article 3.2 for reasons attributable to the Licensor, the Licensor shall pay the Institute a penalty of one tenth of one per cent (0.1 %) of the Total Fees for each calendar day of delay, up to a maximum of ten per cent (10 %) of the Total Fees.
H:12. Liability
P:12.1 The total liability of the Licensor under or in connection with this Agreement is limited to one hundred and fifty per cent (150 %) of the Total Fees. This limitation does not apply to breach of articles 9 and 10, to the indemnity in article 8.3, or to damage caused by wilful misconduct or gross negligence.
H:13. Subcontracting
P:13.1 The Licensor may engage its Kunming implementation partner, Yunling Data Technology Co., Ltd., named in Annex B, for on-site data cleaning and training, which the Institute approves by signing this Agreement. Any other subcontracting requires the prior written consent of the Institute. The Licensor remains responsible for its subcontractors.
H:14. Term and Termination
P:14.1 Either Party may terminate this Agreement by registered letter if the other Party commits a material breach and fails to remedy it within thirty (30) days after a written notice of default. The licence under article 2 shall survive any termination by the Institute, and the Licensor shall then refund the fees paid for Implementation Services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 All disputes arising from or in connection with this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute. The place of arbitration is The Hague. The tribunal shall consist of one arbitrator and the proceedings shall be conducted in English.
H:16. Miscellaneous
P:16.1 Annex A (Software modules), Annex B (Implementation Services and project plan) and Annex C (Acceptance tests) form part of this Agreement. In case of conflict, the articles of this Agreement prevail over the annexes.
P:16.2 This Agreement is executed in English in two originals. A Chinese translation is provided for information only.
P:Signed for the Licensor: ____________________    Signed for the Institute: ____________________
"""

SOURCES = {"h38z01": H38Z01, "h38z04": H38Z04, "h38e02": H38E02, "h38e04": H38E04}
TARGETS = {"h38z01": ("h38z01_gas_pipeline_scada_leak_detection.docx", "docx"),
           "h38z04": ("h38z04_customs_xray_inspection_equipment_om.pdf", "pdf"),
           "h38e02": ("h38e02_packaging_inline_colour_measurement.docx", "docx"),
           "h38e04": ("h38e04_herbarium_database_licence_dutch_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
