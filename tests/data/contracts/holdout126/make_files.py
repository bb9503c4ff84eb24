"""Builds the .docx and .pdf contracts of holdout126 from the markup below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python. The .txt/.md contracts and the .json labels are plain files in this folder.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H126Z02 = """
T:人造板表面缺陷在线检测系统采购合同
P:合同编号：SL-SB-2026-0308
P:甲方（买方）：宿迁森联人造板有限公司
P:乙方（卖方）：视衡智能装备（苏州）有限公司
P:甲方为提高刨花板、中密度纤维板砂光后的表面质量分等效率，向乙方采购表面缺陷在线检测系统。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 定义
P:1.1 “检测系统”指本合同第三条价格表所列的相机、光源、计算单元、检测软件及附件，以及乙方完成的安装调试和产线联调成果。
P:1.2 “定制成果”指乙方利用甲方板材样本训练得到的缺陷识别模型、分等规则配置以及与甲方分等分拣PLC之间的联动程序。
P:1.3 “终验”指本合同第六条约定的最终验收。
H:第二条 合同标的与范围
P:2.1 乙方为甲方1号、2号、3号砂光线各提供一套检测系统，对板材上下表面的鼓泡、分层、砂穿、压痕、污斑及边角缺损进行在线检测。
P:2.2 检测系统应根据缺陷类型和尺寸自动判定板材等级，并向甲方分等分拣PLC发送分拣信号。
P:2.3 乙方负责设备供货、运输、安装、调试、模型训练、产线联调及培训，甲方负责提供安装空间、电源和压缩空气接口。
H:第三条 合同价款
P:3.1 本合同总价为人民币壹佰贰拾伍万肆仟元整（¥1,254,000），含13%增值税、运输、保险及安装调试费用。分项价格如下表：
TB:序号|名称|规格|数量|单价（元）|金额（元）
TB:1|线阵相机|8K，100kHz|24台|18,600|446,400
TB:2|LED线光源|高亮条形，含控制器|24套|6,200|148,800
TB:3|工控机及GPU计算单元|含显卡及防尘机柜|3套|58,000|174,000
TB:4|缺陷检测软件许可|永久许可，每线一套|3套|96,000|288,000
TB:5|编码器及安装支架|含线缆|3套|12,400|37,200
TB:|软硬件小计||||1,094,400
TB:6|安装调试及产线联调|三条砂光线|1项|86,000|86,000
TB:7|缺陷模型训练及样本标注|—|1项|64,000|64,000
TB:8|操作与维护培训|—|1项|9,600|9,600
TB:|合计||||1,254,000
P:3.2 上述价格为固定价格，合同履行期间不作调整。
H:第四条 付款方式
P:4.1 合同生效后10个工作日内，甲方支付合同总价的20%，即¥250,800，作为预付款。
P:4.2 全部设备到货并经双方清点签收后，甲方支付合同总价的40%，即¥501,600。到货签收仅确认数量和外观，不构成验收。
P:4.3 检测系统通过终验后，甲方支付合同总价的35%，即¥438,900。
P:4.4 其余5%，即¥62,700，作为质量保证金，在质保期满且无未决质量问题后15日内支付。
H:第五条 交货与安装
P:5.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后20日内完成安装调试。安装应利用甲方的计划停机时间进行，具体时间由双方另行书面确认。
P:5.2 乙方应提供设备合格证、装箱单、安装手册、电气图纸及软件操作手册。
P:5.3 设备在交付甲方签收前的毁损、灭失风险由乙方承担。乙方安装人员进入甲方车间，应遵守甲方的安全生产和防火管理规定。
H:第六条 验收
P:6.1 安装调试完成后进入30日试运行。试运行期间同时满足以下条件的，乙方可书面申请终验：（1）对长度不小于3毫米的各类缺陷，检出率不低于98%；（2）误报率不高于1.5%；（3）在线速不超过每秒1.2米的条件下连续运行72小时无停机；（4）分拣联动信号准确，与人工复检结果一致；（5）试运行期间未发生一级故障。
P:6.2 检出率和误报率以双方共同抽取的不少于2,000张板材的人工复检结果为准。
P:6.3 甲方应在收到终验申请后7日内组织验收并签署验收报告。设备安装、试运行或甲方使用检测系统，均不视为验收合格。未通过验收的，乙方应在15日内整改后重新验收。
H:第七条 质量保证
P:7.1 检测系统的质保期为二十四个月，自终验合格之日起计算。质保期内，因设备或软件本身质量问题引起的故障，乙方免费维修或更换，并免费提供软件升级。
P:7.2 质保期内更换的部件，其质保期自更换之日起重新计算二十四个月。
H:第八条 售后服务
P:8.1 乙方设立7×24小时服务热线，并在宿迁市设立备件库。故障等级及时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|检测系统停机或大面积漏检，导致产线无法按等级分拣|30分钟|8小时|16小时
TB:二级|单台相机或单类缺陷识别异常，产线可降级运行|2小时|24小时|48小时
TB:三级|界面、报表等一般问题|1个工作日|按需|5个工作日
P:8.2 乙方未在上述时限内响应、到场或恢复的，一级故障每超时1小时扣减¥800，二级故障每超时1小时扣减¥300，从质量保证金或应付款中扣除。
P:8.3 乙方每季度对检测系统进行一次现场巡检，清洁光学部件并校准相机，巡检记录须经甲方设备科签字。
H:第九条 质保期满后的维护
P:9.1 质保期满后，甲方可委托乙方继续提供维护服务。维护年费按软硬件小计的17%计取，即每年¥186,048，质保期满后三年内不作调整。
P:9.2 维护服务的内容和服务时限与质保期内相同，但更换相机、光源等部件的费用另计。维护合同每年由双方书面签订，不自动续期。
H:第十条 知识产权
P:10.1 检测软件的著作权归乙方所有，乙方授予甲方在本合同三条产线上永久使用的许可。
P:10.2 定制成果（包括缺陷识别模型、分等规则配置、PLC联动程序及其源代码）的知识产权归甲方所有。甲方可以自行或委托第三方使用、修改和移植。
H:第十一条 数据安全
P:11.1 检测系统采集的板材图像、缺陷记录及生产数据归甲方所有，存储在甲方厂区的本地服务器。乙方只能为本合同目的使用上述数据，不得用于其他客户或其他产品。
P:11.2 乙方远程维护须事先经甲方批准，由甲方逐次开通远程通道，操作全程记录。乙方不得将板材图像和生产数据拷贝出甲方厂区。
P:11.3 发生数据泄露、丢失或检测系统遭受网络攻击的，乙方应在2小时内报告甲方并采取处置措施。因乙方原因造成的数据安全事件，由乙方承担全部责任。
H:第十二条 保密
P:12.1 乙方对在履行本合同过程中知悉的甲方工艺参数、产量、质量数据及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至该信息公开之日止。
H:第十三条 违约责任
P:13.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过30日的，甲方有权解除合同。
P:13.2 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:13.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十四条 分包
P:乙方不得将本合同项下的设备供货、安装调试或模型训练工作分包给第三方，但事先取得甲方书面同意的除外。乙方对分包方的行为承担连带责任。
H:第十五条 合同解除
P:15.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:15.2 因不可抗力导致合同目的不能实现的，任何一方可以解除合同。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交宿迁仲裁委员会仲裁，仲裁裁决为终局裁决。
H:第十七条 其他
P:17.1 本合同自双方授权代表签字并加盖公章之日起生效。
P:17.2 本合同一式四份，双方各执两份。附件一《技术规格书》、附件二《验收测试方案》为本合同组成部分。
P:17.3 双方的通知应以书面形式发送至本合同首页地址或双方指定的电子邮箱，变更地址的一方应及时通知对方。
P:甲方（盖章）：宿迁森联人造板有限公司　　　乙方（盖章）：视衡智能装备（苏州）有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
"""

H126Z04 = """
T:公交智能调度系统年度运维服务合同
P:项目编号：BJGJ-CS-2026-012　采购方式：竞争性磋商
P:甲方（采购人）：滨江市公共交通集团有限公司
P:乙方（成交供应商）：通衢智行科技有限公司
P:根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方公交智能调度系统2026年度运维服务事宜，经协商一致，订立本合同。
H:1. 定义与服务范围
P:1.1 “调度系统”指甲方现有的公交智能调度系统，包括调度中心平台（智能排班、实时监控、发车调度、统计分析）、车载智能终端2,350台、电子站牌410块、场站显示屏36块以及调度中心服务器、存储和网络设备。
P:1.2 “服务期”为2026年1月1日至2026年12月31日。
P:1.3 “一级故障”指调度中心平台无法排班发车，或全网车辆定位数据中断；“二级故障”指单条线路或单个场站业务受影响；“三级故障”指其他不影响运营的问题。
P:1.4 “响应”指乙方接到甲方报修后，由工程师与甲方调度中心取得联系并开始处理故障。
H:2. 服务内容
P:2.1 日常运维：乙方每日对调度中心平台进行巡检，每月对车载终端和电子站牌进行一次全量状态检查，每季度进行一次现场抽检。
P:2.2 故障处理：乙方负责调度系统全部软硬件故障的诊断、维修和恢复，车载终端和电子站牌的故障件更换使用本合同第3条的备品备件。
P:2.3 软件维护：修复软件缺陷，完成调度平台由V3.0至V3.1的版本升级及部署。
P:2.4 数据备份：每日增量备份，每周全量备份，每半年进行一次备份恢复演练。
P:2.5 安全加固：配合甲方完成网络安全等级保护测评，并对测评发现的问题进行整改。
P:2.6 驻场服务：乙方安排2名工程师在甲方调度中心驻场，服务时间为每日5:30至22:30，其余时间安排人员电话值守。
P:2.7 重大保障：春运、国庆、高考及重大活动期间，乙方应增派不少于2名工程师现场值守，并提前制定保障方案报甲方审核。遇台风、暴雨等恶劣天气，乙方应按甲方应急预案的要求到岗。
P:2.8 技术培训：乙方每半年为甲方调度员和信息中心人员组织一次系统操作及常见故障处置培训。
P:2.9 资产管理：乙方协助甲方维护调度系统软硬件资产台账，每半年与甲方核对一次，发现资产缺失或异常应及时书面报告。
H:3. 服务费用及支付
P:3.1 本合同总价为人民币玖拾壹万伍仟肆佰元整（¥915,400），其中年度运维服务费¥868,000，备品备件包干费¥47,400。备品备件包干费用于车载终端、电子站牌的故障件更换，超出部分由乙方承担。
P:3.2 合同总价分四期支付，每季度结束后，甲方根据第6条的季度考核确认服务完成情况，于15个工作日内支付¥228,850。本合同不设预付款。
P:3.3 乙方应在每期付款前开具增值税专用发票。
P:3.4 合同总价已包含乙方人员工资、差旅、工具、通讯、包干范围内的备品备件及税费，甲方不再支付其他费用。
H:4. 服务要求
P:4.1 故障响应及处理时限：一级故障15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
P:4.2 乙方应在每次故障处理完毕后24小时内提交故障报告，说明故障原因、处理过程和预防措施。
P:4.3 乙方每月5日前提交上月运维报告，包括巡检记录、故障统计、备件使用和系统运行分析。
P:4.4 乙方应建立车载终端和电子站牌的维修台账，故障件更换后应在台账中登记设备编号、车辆编号和更换时间，每月与甲方核对一次。
H:5. 年度交付事项
P:5.1 乙方应于2026年6月30日前提交年度系统健康检查报告，并于2026年9月30日前完成调度平台V3.1的升级部署。
P:5.2 升级部署前，乙方应提交升级方案和回退方案，经甲方批准后在夜间停运时段实施。
H:6. 考核与验收
P:6.1 甲方每季度对乙方的服务进行考核，考核内容包括巡检完成情况、故障响应及处理时效、报告提交情况和驻场人员到岗情况。
P:6.2 考核结果作为甲方年度供应商评价及今后采购的参考，不扣减服务费。乙方未达到第4条时限要求的，应在5个工作日内提交整改报告，但不承担违约金或赔偿。
P:6.3 服务期满后，甲方组织年度验收。验收标准为：（1）全年巡检记录完整并经甲方签认；（2）全部故障工单已关闭；（3）两次备份恢复演练均成功恢复数据；（4）年度健康检查报告经甲方评审通过；（5）V3.1升级完成并稳定运行30日；（6）等保测评发现的问题已整改完毕。验收不合格的，乙方应限期整改。
P:6.4 年度验收合格后，甲方出具书面验收报告，作为乙方履约评价的依据。
H:7. 违约责任
P:7.1 乙方未按第5.1条约定期限提交年度健康检查报告或完成升级部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:7.2 因乙方原因造成调度系统数据丢失或设备损坏的，乙方负责恢复或赔偿。
P:7.3 甲方逾期付款的，应按同期贷款市场报价利率支付逾期利息。
H:8. 知识产权
P:8.1 乙方在服务期内为甲方编写的运维脚本、优化程序、报告和文档，其知识产权归甲方所有，甲方可自行或交由其他服务商使用和修改。
P:8.2 调度系统原有软件的知识产权不因本合同发生变化。
H:9. 数据安全
P:9.1 调度系统中的车辆定位、客流、刷卡、排班及驾驶员信息等数据归甲方所有。乙方仅可为履行本合同访问上述数据，不得用于其他目的。
P:9.2 乙方的运维操作须通过甲方堡垒机进行，不得私自开通远程访问，不得将数据拷贝至甲方网络以外的任何介质或系统。
P:9.3 乙方发现数据泄露、被篡改或系统遭受攻击的，应在1小时内报告甲方并采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 服务期满或合同解除时，乙方应删除其掌握的全部甲方数据副本和账号口令，并向甲方出具书面确认。
H:10. 保密
P:10.1 乙方及其人员对在服务过程中知悉的甲方线网规划、运营数据、系统口令和网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与驻场人员签订保密协议并报甲方备案。保密义务在本合同终止后继续有效。
H:11. 人员
P:11.1 乙方驻场工程师应具备三年以上同类系统运维经验，名单作为本合同附件。乙方更换驻场人员须提前10日征得甲方同意。
P:11.2 乙方人员在甲方场所工作时，应遵守甲方安全生产和信息安全管理制度。
P:11.3 乙方应为其人员缴纳社会保险，乙方人员在服务过程中发生的人身伤害由乙方负责处理，但因甲方原因造成的除外。
H:12. 转包与分包
P:乙方不得将本合同项下的服务转包或分包给任何第三方。
H:13. 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并按实际服务期限结算费用。
P:13.2 本合同于服务期满时终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。
P:13.3 合同终止时，乙方应移交全部运维文档、账号和备件清单，并配合新的服务商完成交接。
H:14. 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，根据影响程度部分或全部免除责任。
H:15. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:16. 其他
P:16.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
P:16.2 本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
P:16.3 本合同的变更须经双方书面确认。双方联系人及联系方式见附件，任何通知以书面形式送达后生效。
P:甲方（盖章）：滨江市公共交通集团有限公司　　乙方（盖章）：通衢智行科技有限公司
"""

H126E03 = """
T:Purchase Contract for Sea-Water Monitoring Sensors, Installation and Maintenance
P:Contract No.: HX-CG-2026-021
P:Buyer: Putian Haixin Oyster Culture Co., Ltd., No. 3 Haibin Road, Pinghai Town, Xiuyu District, Putian, Fujian, People's Republic of China (the "Buyer")
P:Supplier: Arz Instrumentation Marine SARL, Le Bourg, 56840 Île d'Arz, France (the "Supplier")
P:The Buyer farms oysters on suspended ropes in Pinghai Bay and wishes to monitor water quality and rope loads in its culture area. The Supplier has offered a monitoring system and related services. The parties therefore agree as follows.
H:Section 1 Definitions
P:1.1 "Equipment" means the buoys, sensors, gateways, solar power kits and accessories listed in Section 3.
P:1.2 "Platform" means the Supplier's monitoring software licensed under this Contract and installed on the Buyer's server.
P:1.3 "System" means the Equipment and the Platform as installed, configured and commissioned at the Buyer's culture area.
P:1.4 "Farm Data" means all measurements, positions, alarms, images and other data produced by the System or entered by the Buyer.
P:1.5 "Final Acceptance" means acceptance of the System under Section 6.3.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, moor, configure and commission the System, train the Buyer's staff and provide warranty and maintenance services as set out in this Contract.
P:2.2 The System shall measure water temperature, salinity, dissolved oxygen, chlorophyll, turbidity and pH at twelve points, and the load on forty main longlines, and shall send alarms to the Buyer's duty staff by text message and through the Platform.
P:2.3 The technical specification in Annex 1 forms part of this Contract.
H:Section 3 Contract Price
P:3.1 At the Buyer's request, all prices are in Chinese yuan (CNY). They are fixed, include all taxes, import duties, freight and insurance to the Buyer's site, and are as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Six-parameter water-quality buoy|12|68,500|822,000
TB:2|Longline load sensor|40|4,650|186,000
TB:3|4G/LoRa gateway with solar power kit|4|23,800|95,200
TB:4|Monitoring Platform licence (perpetual, up to 60 devices)|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,251,200
TB:5|Marine installation and mooring|1|136,000|136,000
TB:6|Calibration and commissioning|1|42,800|42,800
TB:7|Training (two days at the Buyer's site)|1|12,000|12,000
TB:|Contract Price|||1,442,000
P:3.2 The Contract Price shall not be adjusted for exchange-rate movements.
H:Section 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 288,400) as an advance within 15 days after receiving from the Supplier an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 793,100) after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 25% of the Contract Price (CNY 360,500) within 30 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer against a valid invoice.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within 70 days after the Contract is signed, and shall complete installation and mooring within 25 days after delivery.
P:5.2 Installation at sea depends on weather and sea conditions. Days on which the Putian maritime authority prohibits vessels from going to sea are added to the installation period.
P:5.3 The Buyer provides a work boat with crew and a storage area on shore.
H:Section 6 Inspection and Acceptance
P:6.1 After installation the Supplier shall calibrate every sensor. The readings of each water-quality sensor shall agree with reference measurements taken by the Buyer's laboratory within the tolerances in Annex 1, and each load sensor shall be checked against a reference weight.
P:6.2 The System shall then run for a trial period of 30 days. During the trial the System shall deliver readings from every buoy and every load sensor with no gap longer than two hours, alarms shall reach the Buyer's duty staff within five minutes, and the Platform shall show and export the full data history.
P:6.3 When the tests in Sections 6.1 and 6.2 have been passed, the Buyer shall sign a Final Acceptance certificate within seven days. If any test fails, the Supplier shall remedy the defect and repeat the test at its own cost. Use of the System during the trial period does not constitute acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective Equipment and correct Platform defects free of charge, including parts, travel and boat hire.
P:7.2 Damage caused by typhoons above the design rating in Annex 1, collisions by vessels or theft is not covered by the warranty, but the Supplier shall repair it at the rates in Annex 2.
H:Section 8 Maintenance after Warranty
P:8.1 After the warranty period, the Buyer may order annual maintenance from the Supplier. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal (CNY 118,864 per year) and is fixed for the three years following the warranty period.
P:8.2 Maintenance includes two calibration visits per year, replacement of sensor membranes and anti-fouling parts, Platform updates and the service levels in Section 9. Each year of maintenance is ordered by a separate written purchase order; there is no automatic renewal.
H:Section 9 Service Levels
P:9.1 During the warranty and maintenance periods, the Supplier shall respond to a critical fault (the Platform is unavailable, or a gateway or three or more devices stop sending data) within one hour, and shall have a technician at the Buyer's site within 48 hours, weather permitting. Other faults shall receive a response within one Business Day.
P:9.2 For each hour by which the response to a critical fault is late, the Supplier shall pay CNY 1,000. For each day by which on-site repair of a device is late, the Supplier shall pay CNY 500 per device concerned.
H:Section 10 Intellectual Property
P:10.1 The site survey, mooring layout drawings, Platform configuration, dashboards and alarm rules prepared for the Buyer under this Contract belong to the Buyer, which may use and modify them and give them to other suppliers.
P:10.2 The Platform software and the Equipment firmware remain the property of the Supplier. The Supplier grants the Buyer a perpetual licence to use them with the System.
H:Section 11 Farm Data and Security
P:11.1 Farm Data belongs to the Buyer. The Supplier shall use Farm Data only to perform this Contract.
P:11.2 Farm Data is stored on the Buyer's server in Putian. The Supplier may access the Platform remotely only through a VPN connection approved by the Buyer for each session; all access is logged. The Supplier shall not copy Farm Data or transfer it outside mainland China.
P:11.3 The Supplier shall keep its access credentials secure, shall notify the Buyer within 12 hours of any security incident affecting the System or Farm Data, and shall be liable for all losses caused by a security incident attributable to it.
H:Section 12 Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's culture area, stock, production and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:12.2 This obligation continues for five years after the end of this Contract.
H:Section 13 Delay and Liability
P:13.1 If the Supplier fails to complete delivery or installation within the periods in Section 5, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Section 11.
H:Section 14 Subcontracting
P:The Supplier may engage a local marine-works company for mooring work only with the Buyer's prior written consent. No other part of the work may be subcontracted without such consent. The Supplier remains responsible for its subcontractors.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if liquidated damages under Section 13.1 reach their maximum.
P:15.2 On termination, the Supplier shall refund the payments received for Equipment not delivered and for work not performed.
H:Section 16 Force Majeure
P:A party affected by force majeure, including typhoons and storm surges, shall notify the other party within three days and shall be excused for as long as the event continues. The parties shall agree new dates for installation work at sea.
H:Section 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Putian Arbitration Commission for arbitration in Putian.
H:Section 18 General
P:18.1 "Business Day" means a working day in the People's Republic of China.
P:18.2 This Contract is made in English in two originals. It enters into force on signature by both parties and may be amended only in writing.
P:Annex 1: Technical specification and tolerances. Annex 2: Repair rates.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H126E05 = """
T:SUBSCRIPTION AGREEMENT FOR THE "DOCUVIA EXPORT" API SERVICE
P:Agreement No. LD-2026/031
P:BETWEEN
P:Levanzo Dati S.r.l., with registered office in Via Calvario 5, 91023 Levanzo (TP), Italy, VAT No. IT02847310819, in the person of its legal representative pro tempore, Mr Salvatore Ernandes (hereinafter the "Provider"),
P:AND
P:Dehua Baiyu Porcelain Arts Co., Ltd., with registered office in No. 21 Ciyuan Road, Longxun Town, Dehua County, Quanzhou, Fujian, People's Republic of China, in the person of its legal representative, Mr Lin Zhiyuan (hereinafter the "Customer"),
P:(jointly the "Parties" and each a "Party").
P:WHEREAS
P:a) the Customer manufactures and exports white-porcelain figurines and ornaments, mainly to the European Union and the United Kingdom, and issues several hundred export documents every month;
P:b) the Provider operates "Docuvia Export", an application programming interface (API) that generates export documents and checks them against the requirements of the destination markets;
P:c) the Customer wishes to connect its order system to the API, and the Provider is willing to provide the service on the following terms;
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 (Premises and Annexes)
P:1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A: functional description of the API. Annex B: onboarding plan and test set. Annex C: hosting provider.
H:Art. 2 (Definitions)
P:2.1 "Service": access to the Docuvia Export API and its web console, allowing the Customer to generate commercial invoices, packing lists, certificate-of-origin application data and shipping marks, and to validate HS codes, consignee data and importer registration numbers.
P:2.2 "Customer Data": all data sent by the Customer to the Service or generated for it, including product master data, prices, consignee and buyer details, shipment data and the documents produced.
P:2.3 "Customer Templates": the document layouts, field mappings and product-to-HS-code tables prepared by the Provider for the Customer during onboarding.
P:2.4 "Integration Acceptance": the acceptance of the onboarding under Art. 5.
H:Art. 3 (Subject Matter)
P:3.1 The Provider grants the Customer access to the Service for up to 3,000 documents per month, and carries out the onboarding described in Annex B.
P:3.2 Documents above the monthly volume are charged at CNY 6 each, invoiced with the following quarterly invoice.
H:Art. 4 (Onboarding)
P:4.1 The Provider shall map the Customer's product master data (about 2,400 figurine and ornament codes, mainly under HS heading 6913.10), prepare the Customer Templates for the five main destination markets and support the Customer's IT staff in connecting the order system to the API.
P:4.2 Onboarding shall be completed, and Integration Acceptance shall be possible, by 31 May 2026.
P:4.3 If Integration Acceptance is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay the Customer a penalty of CNY 420 for each calendar day of delay, without prejudice to compensation for further damage, up to a maximum of CNY 25,000.
H:Art. 5 (Integration Acceptance)
P:5.1 Integration Acceptance is carried out jointly by the Parties on the basis of the test set in Annex B. It is successful when: (i) two hundred test documents covering all five destination markets are generated and agree field by field with the Customer's reference documents without error; (ii) invalid HS codes, consignee data and importer numbers in the test set are rejected with the correct message; (iii) the API processes at least twenty requests per second from the Customer's order system; and (iv) documents can be retrieved through the web console.
P:5.2 The Parties sign minutes of Integration Acceptance. Productive use of the Service before the minutes are signed does not constitute acceptance. If a test fails, the Provider remedies the defect within ten working days and the test is repeated.
H:Art. 6 (Fees and Payment)
P:6.1 At the Customer's request, fees are stated and paid in Chinese yuan (CNY) and include all taxes:
P:- annual subscription fee: CNY 186,000, invoiced in four quarterly instalments of CNY 46,500 at the end of each quarter (in arrears);
P:- onboarding fee: CNY 34,000, invoiced after Integration Acceptance.
P:6.2 The total consideration for the Initial Term is therefore CNY 406,000 (CNY 372,000 for two years of subscription and CNY 34,000 for onboarding). No advance payment is due.
P:6.3 Invoices are paid by bank transfer within 30 days of the invoice date.
H:Art. 7 (Service and Support)
P:7.1 The Provider shall use reasonable endeavours to keep the Service available and to correct reported malfunctions as quickly as possible, and shall inform the Customer of planned maintenance by e-mail.
P:7.2 Support is provided by e-mail and through a ticket portal on Italian working days from 9:00 to 18:00 Central European Time. Requests are handled in the order in which they are received.
P:7.3 The Provider shall keep the validation rules of the Service up to date with changes in the customs requirements of the destination markets.
H:Art. 8 (Intellectual Property)
P:8.1 The Service, the API and the underlying software remain the exclusive property of the Provider.
P:8.2 The Customer Templates belong to the Customer. The Customer may use and modify them freely and may hand them over to another service provider, also after this Agreement ends. The Provider shall deliver them in an editable format on request.
H:Art. 9 (Customer Data and Security)
P:9.1 Customer Data is and remains the property of the Customer. The Provider processes Customer Data only to provide the Service and does not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Service used by the Customer runs on servers located in mainland China operated by the hosting provider in Annex C. Customer Data is encrypted in transit and at rest; access by the Provider's staff is personal, protected by two-factor authentication and recorded.
P:9.3 The Provider notifies the Customer of any breach of security affecting Customer Data within 48 hours of discovering it, takes the necessary measures to limit its effects, and is liable for the damage caused to the Customer by a breach of its obligations under this Art. 9.
P:9.4 On termination, the Provider returns Customer Data in a standard format within 30 days and then deletes it.
H:Art. 10 (Confidentiality)
P:10.1 Each Party undertakes to keep confidential all technical, commercial and financial information of the other Party received in the performance of this Agreement, including the Customer's prices and buyer lists, and not to disclose it to third parties without written consent.
P:10.2 This obligation remains in force for three years after the end of this Agreement.
H:Art. 11 (Duration and Tacit Renewal)
P:11.1 This Agreement comes into force on signature and the subscription runs for an initial term of twenty-four months from Integration Acceptance (the "Initial Term").
P:11.2 On expiry of the Initial Term, the Agreement is tacitly renewed for successive periods of one year unless either Party gives notice of cancellation by registered letter or certified e-mail at least 90 days before the expiry date.
P:11.3 For each renewal period the Provider may update the annual subscription fee, by notifying the new fee to the Customer at least 60 days before the renewal date.
H:Art. 12 (Termination for Breach)
P:12.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within 20 days of receiving a written warning to perform.
P:12.2 The Customer may also terminate this Agreement if the Provider fails to carry out Integration Acceptance within 60 days after the date in Art. 4.2.
H:Art. 13 (Liability)
P:13.1 The total liability of the Provider under this Agreement shall not exceed twice the total consideration for the Initial Term, namely CNY 812,000.
P:13.2 This limit does not apply in cases of wilful misconduct or gross negligence, or to breaches of Art. 9 and Art. 10.
H:Art. 14 (Subcontracting)
P:14.1 The Customer approves the hosting provider in Annex C.
P:14.2 The Provider may not subcontract any other part of the Service or the onboarding without the prior written consent of the Customer, and remains responsible for the work of its subcontractors.
H:Art. 15 (Force Majeure)
P:Neither Party is liable for non-performance caused by events outside its control, such as natural disasters, strikes in the transport sector, interruptions of the island's sea links or public-authority measures, provided it promptly informs the other Party.
H:Art. 16 (Applicable Law and Disputes)
P:16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute concerning this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The arbitral award is final.
H:Art. 17 (Final Provisions)
P:17.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
P:17.2 Notices are sent to the addresses stated above or by certified e-mail.
P:17.3 The Customer declares that it has read and specifically approves the following clauses: Art. 7 (Service and Support), Art. 11 (Duration and Tacit Renewal), Art. 13 (Liability) and Art. 16 (Applicable Law and Disputes).
P:Done in Levanzo and in Dehua, in two originals. Read, confirmed and signed.
P:The Provider: ____________________    The Customer: ____________________
"""

SOURCES = {"h126z02": H126Z02, "h126z04": H126Z04, "h126e03": H126E03, "h126e05": H126E05}
TARGETS = {"h126z02": ("h126z02_wood_panel_defect_detection_supply.docx", "docx"),
           "h126z04": ("h126z04_bus_dispatch_system_annual_om.pdf", "pdf"),
           "h126e03": ("h126e03_oyster_farm_sea_sensors_maintenance.docx", "docx"),
           "h126e05": ("h126e05_porcelain_export_document_api.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
