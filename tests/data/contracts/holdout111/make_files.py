"""Builds the Word and PDF contracts of holdout111 from the markup of ../word_pdf.py, so they can be made again.

Run with /work/main/.venv/bin/python make_files.py (from any directory). The .md and .txt contracts of this folder are
plain files and are not generated. PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H111Z01 = """
T:电子发票风险监控平台建设项目系统集成合同
P:合同编号：YZSW-ZC-2026-017
P:采购人（甲方）：国家税务总局云泽省税务局
P:供应商（乙方）：杭州衡数信息技术股份有限公司
P:签订地点：云泽省澜州市
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：YZCG-2025-1186）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设电子发票风险监控平台，完成软硬件供货、定制开发、部署实施、历史数据迁移、系统集成、培训及质保期内服务，使平台能够对全省数电发票的开具、受票及流转数据进行实时风险扫描、疑点推送和跨部门协同处置。
P:1.2 项目实施地点为甲方税务专网机房及甲方指定的数据中心。乙方应按招标文件技术需求及乙方投标响应完成全部工作，投标文件中优于招标要求的承诺一并构成合同义务。
P:1.3 合同附件包括：附件一 分项报价表；附件二 技术需求及偏离表；附件三 验收方案；附件四 保密承诺书。附件与正文具有同等效力，正文与附件不一致的，以正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰贰拾叁万贰仟元整（¥4,232,000），为固定总价，包含设备、软件、开发、实施、运输、保险、税费及质保期内服务等全部费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
P:（1）国产服务器6台，单价168,000元，计1,008,000元；
P:（2）分布式存储1套，486,000元；
P:（3）电子发票风险监控平台软件许可1套（永久许可），920,000元；
P:（4）国产数据库许可2套，单价98,000元，计196,000元；
P:（5）服务器密码机1台，132,000元；
P:以上第（1）至（5）项为软硬件小计，计2,742,000元；
P:（6）风险指标模型及分析功能定制开发（含发票流向图谱、异常开票预警、虚开团伙识别，以及与金税系统、征管系统的接口），1,136,000元；
P:（7）部署实施、历史数据迁移及系统集成，318,000元；
P:（8）培训，36,000元。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的百分之二十作为预付款，计846,400元。
P:3.2 全部设备到货安装、平台部署完成并通过初步验收后，甲方支付合同总价的百分之四十，计1,692,800元。到货签收和初步验收均不代替最终验收。
P:3.3 平台通过最终验收后，甲方支付合同总价的百分之三十五，计1,481,200元。
P:3.4 剩余百分之五（211,600元）作为质量保证金，质保期满且乙方无未履行义务的，甲方在15个工作日内无息返还。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。甲方付款通过国库集中支付系统办理。
H:第四条 交付与实施进度
P:4.1 乙方应于合同签订后60日内完成全部设备到货及安装，于合同签订后120日内完成定制开发、部署及数据迁移并书面申请初步验收。
P:4.2 乙方应派驻项目经理1名、实施工程师不少于5名，人员名单须经甲方确认；未经甲方同意，乙方不得更换项目经理。
P:4.3 乙方应每周向甲方提交项目周报，如实反映进度、问题及风险。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据附件三逐项检查：设备型号、数量及配置与投标文件一致；平台全部功能点测试通过；历史发票数据迁移后抽样核对无差错；与金税系统、征管系统的接口连续运行10日无数据丢失。
P:5.2 初步验收合格后进入三个月试运行。试运行期内应满足：单张发票风险扫描平均耗时不超过200毫秒；日处理能力不低于2000万张发票；试运行期内未发生一级故障；平台通过第三方机构开展的网络安全等级保护三级测评及商用密码应用安全性评估。满足上述条件的，甲方组织最终验收并出具最终验收报告。
P:5.3 验收不合格的，乙方应在15日内整改并重新申请验收，整改费用由乙方承担。平台上线运行、进入试运行或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件升级、缺陷修复及技术支持。
P:6.2 质保期内平台年度可用率不低于99.95%。
P:6.3 故障分级及处理时限：一级故障（平台不可用或风险扫描中断）15分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）1小时内响应，次日内修复；三级故障（一般问题及咨询）2个工作日内处理。
P:6.4 乙方未按6.3规定时限响应、到场或恢复的，每超过1小时扣减人民币2,000元；年度可用率每低于6.2约定值0.01个百分点，扣减人民币3,000元。扣减款项从质量保证金或运维费中抵扣。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过软硬件小计的百分之八（即每年不超过219,360元），且质保期满后三年内不上调。运维合同逐年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的风险指标模型、分析程序、接口程序及其源代码、技术文档等成果，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交全部源代码及文档。
P:7.2 平台标准软件及数据库的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可，并保证甲方的使用不侵犯任何第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 本项目涉及的涉税数据、发票数据、纳税人信息及平台运行日志均属于甲方，乙方仅可为履行本合同在甲方授权范围内处理，不得复制、留存、带离或用于任何其他目的。
P:8.2 乙方实施人员应在甲方税务专网内作业，经堡垒机登录并接受全程审计，不得使用个人存储介质；开发测试只能使用甲方提供的脱敏数据。乙方应落实《数据安全法》《个人信息保护法》及税务系统网络安全管理要求，建立访问控制和日志审计措施。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在1小时内向甲方报告。因乙方原因造成数据安全事件的，乙方承担全部法律责任，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、网络结构、系统口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方项目人员须签署附件四保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的百分之十。
P:10.2 乙方交付的设备、软件不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
P:10.3 乙方违约给甲方造成损失，违约金不足以弥补的，乙方应补足差额。
H:第十一条 分包与转让
P:本项目不允许分包。乙方不得将本合同转包，也不得将本合同项下的权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方承担违约责任：（1）逾期交付超过30日；（2）两次验收不合格；（3）发生因乙方原因造成的重大数据安全事件；（4）转包或违法分包；（5）其他严重违约且经甲方书面催告后10日内未纠正。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:日期：　　年　　月　　日　　　日期：　　年　　月　　日
"""

H111Z02 = """
T:车架焊接质量在线检测系统采购及维保合同
P:合同编号：JC-SB-2026-0342
P:甲方（买方）：锦程电动车科技股份有限公司
P:地址：江苏省常州市武进区锦程路8号
P:乙方（卖方）：苏州视焊智能装备有限公司
P:地址：江苏省苏州市相城区澄阳路266号
P:鉴于甲方拟在其常州二工厂两条电动车车架焊接线上部署焊缝质量在线检测系统，乙方同意按本合同约定供货、安装调试，并提供质保及质保期满后的维保服务，双方经协商一致，达成如下协议。
H:1. 供货范围与价格
P:1.1 乙方供货清单及价格见下表（含税，含运输、保险及安装所需辅材）：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|焊缝视觉检测工作站|线激光3D相机、工业相机、工控机及防护罩|8套|186,000|1,488,000
TB:2|焊接电流电压在线监测模块|霍尔传感器、采集卡及安装支架|16套|23,500|376,000
TB:3|边缘计算服务器|双路CPU，配GPU推理卡|2台|96,000|192,000
TB:4|焊接质量分析软件许可|永久许可，8个检测站点|1套|268,000|268,000
TB:—|硬件及软件小计||||2,324,000
TB:5|安装调试及MES对接|产线改造配合、MES接口开发|1项|214,000|214,000
TB:6|操作及维护培训|共2期|1项|28,000|28,000
TB:—|合同总价||||2,566,000
P:1.2 合同总价为人民币贰佰伍拾陆万陆仟元整（¥2,566,000）。除本合同另有约定外，乙方不得以原材料涨价、汇率变动等任何理由要求调整价格。
P:1.3 乙方保证所供设备为全新、未使用过的合格产品，主要部件的品牌和型号与技术协议一致。
H:2. 交货与安装
P:2.1 乙方应于合同生效后45日内将全部设备运至甲方常州二工厂，并在到货后20日内完成安装调试。
P:2.2 到货时双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:2.3 安装调试期间乙方应遵守甲方厂区安全及停线管理规定，调试需占用产线的，须提前3日与甲方生产部确认时间。
P:2.4 乙方应随货提供设备合格证、出厂检测报告、操作维护手册、电气图纸及软件安装介质，技术资料不全的视为未完成交货。
P:2.5 乙方应在试运行开始前完成两期培训，每期不少于2天，受训人员为甲方质检员、设备维修工及焊接工艺工程师。培训结束后，受训人员应能独立完成日常点检、相机标定、检测阈值调整及常见故障处理。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计256,600元。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的50%，计1,283,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计898,100元。
P:3.4 其余5%（128,300元）作为质保金，质保期满后10个工作日内无息支付。
P:3.5 乙方每次请款应提供等额增值税专用发票。
H:4. 验收
P:4.1 安装调试完成后，系统进入连续30天试运行。试运行结束后，双方按以下标准进行最终验收：（1）以甲方提供的缺陷样件及试运行期间的人工复检结果为基准，漏检率不高于0.5%，误报率不高于3%；（2）单件车架检测节拍不超过8秒，不影响焊接线节拍；（3）检测结果、图像索引及焊接参数按车架编号实时写入甲方MES，试运行期间无数据丢失；（4）报表及质量追溯功能与技术协议一致。
P:4.2 试运行期间乙方应安排工程师驻场，每日提交运行日报，记录检测数量、报警数量、复检结论及设备状态。
P:4.3 全部标准满足的，双方签署最终验收报告。未通过的，乙方应在10日内整改后重新验收，由此产生的费用由乙方承担。设备到货、安装完成或投入试运行，均不视为验收合格。
H:5. 质保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件（人为损坏除外），并免费提供软件缺陷修复和版本升级。
P:5.2 质保期内故障处理时限如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|整条焊接线检测停止，或检测结果无法写入MES|8小时内|48小时内|到场后2日内
TB:二级|单个检测站故障，其余站点正常|1个工作日内|3个工作日内|到场后3个工作日内
TB:三级|报表、界面等一般问题|2个工作日内|远程处理|下一版本修复
P:5.3 乙方未在上表规定时间内响应或到场的，每超过一日，甲方可从质保金中扣减人民币3,000元；同一故障累计扣减以质保金总额为限。
P:5.4 质保期内因同一部件故障更换三次以上的，乙方应更换为同型号新整机。
H:6. 质保期满后的维保
P:6.1 质保期满后，乙方按年为甲方提供维保服务，内容包括每季度一次现场巡检与校准、故障维修、备件更换（易损件除外）及软件升级，故障处理时限按5.2执行。
P:6.2 年度维保费按硬件及软件小计的18%计取，即每年人民币418,320元。质保期满后前三年维保费不作调整。维保服务每年由双方签订年度维保订单，不自动续期。
H:7. 知识产权
P:7.1 乙方为甲方定制的检测算法参数、缺陷样本库标注成果、MES接口程序及其源代码归甲方所有，甲方有权自行或委托第三方使用和修改。
P:7.2 焊接质量分析软件及检测站嵌入式软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可，许可随设备转让。
H:8. 数据安全
P:8.1 系统产生的检测图像、焊接参数、生产节拍及质量数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 边缘计算服务器部署在甲方工厂生产网内。乙方远程维护须事先经甲方信息部书面审批，通过甲方VPN接入，全程留存操作日志，维护结束即关闭账号。乙方应为每台设备设置独立账号和强口令，不得在设备中预留后门或远程控制程序。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的，乙方赔偿甲方全部损失。
H:9. 保密
P:乙方对在履约过程中知悉的甲方车型设计、焊接工艺参数、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期至合同终止后五年。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 设备质量不符合约定的，乙方负责退换并承担相关费用；造成甲方停线损失的，乙方应予赔偿。
H:11. 分包
P:乙方可将现场电气布线及支架安装交由具备资质的单位实施，但须事先取得甲方书面同意，并对其工作承担全部责任。除此之外，乙方不得分包。
H:12. 合同解除
P:乙方逾期交货超过30日、系统两次验收不合格，或存在其他严重违约且经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:14. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议（含检测站布置图）。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
"""

H111E03 = """
T:Supply, Installation and Maintenance Contract - Tank Water-Quality Monitoring System
P:Contract No. AAS-CN-2026-04
P:This Contract is made between:
P:Zhanjiang Blue Tide Shrimp Hatchery Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer"); and
P:Ærø Aqua Sensing ApS, Vestergade 41, 5970 Ærøskøbing, Denmark, CVR no. 41 27 63 90 (the "Supplier").
P:Background: The Buyer runs a Pacific white shrimp hatchery with 96 larval rearing tanks, maturation tanks and an algae room. The Buyer wants to measure water quality in every rearing tank around the clock and to be alarmed at once when oxygen, pH, temperature, salinity or ammonia leave the set range. The Supplier designs and installs such systems for hatcheries in Denmark, Norway and Asia and has a resident service engineer in Zhanjiang. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 3.
P:1.2 "Hardware and Software Subtotal" means the sum of items 1 to 5 in the price table in Article 3.
P:1.3 "Site" means the Buyer's hatchery on Donghai Island, Zhanjiang.
P:1.4 "Final Acceptance" means the signing of the Final Acceptance Certificate under Article 6.
P:1.5 "Warranty Period" means the period in Article 7.
P:1.6 "Working Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring system for all 96 larval rearing tanks, consisting of the equipment and software listed in Article 3, and shall integrate it with the Buyer's farm management software.
P:2.2 The Supplier shall also train the Buyer's hatchery technicians, deliver operating and calibration manuals in English and Chinese, and keep spare probes and analyser parts in stock in Zhanjiang during the Warranty Period and any maintenance period.
H:Article 3 Contract Price
P:3.1 The prices are fixed, in CNY, including VAT, packing, transport to the Site, insurance, import duties and customs clearance:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter tank probe (DO, pH, temperature, salinity, ORP), titanium housing|96|9,800|940,800
TB:2|Ammonia / nitrite online analyser with sampling manifold (serves 8 tanks)|12|38,500|462,000
TB:3|Wireless gateway, IP67, salt-spray resistant|8|12,600|100,800
TB:4|Edge controller with local alarm panel and UPS|2|54,000|108,000
TB:5|TankWatch monitoring software, perpetual licence, up to 150 tanks|1|186,000|186,000
TB:|Hardware and Software Subtotal|||1,797,600
TB:6|Installation, calibration and commissioning|1|168,400|168,400
TB:7|Training of hatchery technicians (two courses)|1|31,000|31,000
TB:|Contract Price|||1,997,000
P:3.2 The Contract Price is CNY 1,997,000 (one million nine hundred and ninety-seven thousand yuan). No other charges apply to the scope of this Contract.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price as follows:
P:(a) 20 % as an advance payment, CNY 399,400, within 30 days after signing, against the Supplier's invoice and an advance payment bank guarantee of the same amount;
P:(b) 50 %, CNY 998,500, after delivery and installation of all equipment at the Site, confirmed by an Installation Certificate signed by both parties. The Installation Certificate is not acceptance;
P:(c) 25 %, CNY 499,250, after Final Acceptance;
P:(d) 5 %, CNY 99,850, as retention money, paid at the end of the Warranty Period if no warranty claim is open.
P:4.2 Each payment is due within 30 days after the Buyer receives a correct invoice.
H:Article 5 Delivery, Installation and Delay
P:5.1 The Supplier shall deliver all equipment to the Site within 60 days after signing and complete installation and commissioning within 90 days after signing. Work in the rearing halls shall be planned with the Buyer's hatchery manager so that no larval batch is disturbed.
P:5.2 If the Supplier is late with delivery or with completion of installation and commissioning for reasons not caused by the Buyer or by force majeure, the Supplier shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to 8 % of the Contract Price. The Buyer may deduct these amounts from any payment.
H:Article 6 Acceptance
P:6.1 After commissioning the parties shall carry out the Site Acceptance Test. It is passed when:
P:(a) every probe has been checked against the Buyer's reference instruments and deviates by no more than ±0.2 mg/L dissolved oxygen, ±0.1 pH, ±0.2 °C and ±0.5 ppt salinity;
P:(b) every ammonia / nitrite analyser agrees with the Buyer's laboratory results within ±0.03 mg/L on ten samples;
P:(c) for every tank, a simulated threshold breach has produced an alarm on the local panel and on the duty phone within 60 seconds;
P:(d) a trial run of 21 days has been completed in which every probe recorded a reading every minute with no gap longer than ten minutes; and
P:(e) hourly data is delivered correctly to the Buyer's farm management software.
P:6.2 When the test is passed the Buyer shall sign the Final Acceptance Certificate within 5 Working Days. If it is not passed, the Supplier shall correct the faults at its own cost and the test shall be repeated.
P:6.3 Delivery, installation, the use of the system during the trial run and any payment do not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Warranty Period is 24 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace, free of charge, any equipment or software that fails to work as specified, including parts, labour, travel and re-calibration.
P:7.2 Probe membranes, electrolyte and analyser reagents are consumables and are not covered; the Supplier shall supply them at the prices in Annex 3, which are fixed for three years.
P:7.3 If the same component fails three times during the Warranty Period, the Supplier shall replace it with a new unit and the warranty for that unit starts again.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any maintenance period the Supplier shall handle faults as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:1|Loss of monitoring or alarms for a whole rearing hall, or failure of an edge controller|30 minutes|6 hours|10 hours
TB:2|Failure of a single probe, analyser or gateway|2 hours|Next Working Day|2 Working Days
TB:3|Software questions, reports, minor faults|1 Working Day|Not required|Next release
P:8.2 Faults may be reported by phone at any time and through the Supplier's service portal. For each started hour by which the Supplier exceeds the response or on-site time for a Severity 1 fault, CNY 800 shall be deducted from the retention money or the maintenance fee; for Severity 2 faults the deduction is CNY 200 per Working Day of delay.
H:Article 9 Maintenance after the Warranty Period
P:9.1 After the Warranty Period the Supplier shall offer annual maintenance, which includes two preventive visits a year, calibration of all probes and analysers, software updates and the service levels in Article 8.
P:9.2 The annual maintenance fee is 9.5 % of the Hardware and Software Subtotal, i.e. CNY 170,772 per year, fixed for the first three years after the Warranty Period. Maintenance is ordered by the Buyer's purchase order for one year at a time and does not renew automatically.
H:Article 10 Data and Security
P:10.1 Water-quality readings, tank and batch records, alarm logs and all other data produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:10.2 Buyer Data is stored on the edge controllers and on the Buyer's server at the Site; no copy is kept in any cloud service. The Supplier may access the system remotely only through the Buyer's VPN, after the Buyer has approved each session, and all sessions are logged.
P:10.3 The Supplier shall use unique accounts and strong passwords, shall not leave default passwords or undocumented remote access in any device, and shall install only signed firmware.
P:10.4 The Supplier shall notify the Buyer of any security incident affecting the system or Buyer Data within 12 hours, help the Buyer to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's broodstock origin, feeding and treatment protocols and production figures, and shall use it only for this Contract. This obligation continues for five years after the end of the Contract.
H:Article 12 Intellectual Property
P:12.1 TankWatch and the device firmware remain the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use them at the Site, which passes with the equipment.
P:12.2 The alarm logic, dashboards and the interface to the Buyer's farm management software developed for the Buyer, including source code, belong to the Buyer, which may use and modify them and have them modified by third parties.
H:Article 13 Liability
P:The Supplier's aggregate liability under this Contract is limited to two times the Contract Price. The limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Articles 10 and 11.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and is responsible for any approved subcontractor as for itself.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:15.2 On such termination the Supplier shall repay the amounts received for work not accepted, and the Buyer may claim its further losses.
H:Article 16 Force Majeure
P:Typhoons, floods and other events beyond a party's reasonable control that prevent performance suspend the affected obligations for their duration. The affected party shall notify the other party within 3 days.
H:Article 17 Governing Law and Disputes
P:At the Buyer's request this Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.
H:Article 18 Final Provisions
P:This Contract is made in English and Chinese; both versions are equally valid. Annex 1 Technical Specification, Annex 2 Site Acceptance Test plan and Annex 3 Consumables price list form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H111E04 = """
T:Managed IT Services Agreement
P:Agreement No. FD-MSA-2026-07
P:This Agreement is concluded between:
P:FRANKOPAN DIGITAL d.o.o., Vrsanska ulica 18, 51500 Krk, Republic of Croatia, OIB 48213906571, represented by its director (the "Service Provider"), and
P:ADRIATIC TONEWOOD INSTRUMENTS (HUIZHOU) CO., LTD., Huiyang District, Huizhou, Guangdong, People's Republic of China, a maker of acoustic and electric guitars and the manufacturing company of the Adriatic Tonewood group (the "Client").
P:The Service Provider already manages the IT of the group's workshop and offices in Croatia. The Client wishes the same services for its factory and office in Huizhou. The parties agree as follows.
H:1. Subject of the Agreement
P:1.1 The Service Provider shall provide managed IT services and desktop support for the Client's factory and office in Huizhou as described in this Agreement and in Annex 1 (Service Description).
P:1.2 The services are:
P:(a) a Service Desk by telephone, e-mail and ticket portal in English and Chinese, Monday to Saturday from 08:00 to 20:00 China Standard Time, with an on-call number for Priority 1 at all other times;
P:(b) remote monitoring, patching and antivirus management of 165 endpoints, including office PCs, laptops, the CAD/CAM workstations and the CNC control PCs in the neck-carving and body-routing shop and the PCs in the finishing room, and of 6 servers;
P:(c) management of the network, namely 2 firewalls, 14 switches and 38 wireless access points;
P:(d) administration of the Client's Microsoft 365 tenant for 120 users;
P:(e) backup of the file servers, CAD/CAM programs and the ERP database, with a restore test every quarter;
P:(f) on-site desktop support at the Huizhou plant on three days per week, and on-site attendance for Priority 1 incidents;
P:(g) an IT asset register and a monthly service report.
P:1.3 Hardware, software licences and projects of more than eight hours of work are not included and will be quoted separately.
H:2. Term
P:2.1 This Agreement enters into force on signature. The services start on the Service Commencement Date, planned for 1 April 2026, and run for a Minimum Term of thirty-six (36) months.
P:2.2 After the Minimum Term the Agreement continues from month to month at the same Charges until either party terminates it with 90 days' written notice.
H:3. Onboarding and Service Commencement
P:3.1 Before the Service Commencement Date the Service Provider shall complete the onboarding: discovery and documentation of the existing environment, installation of monitoring agents, set-up of backups, and handover from the Client's previous provider.
P:3.2 The Client shall confirm Service Commencement Acceptance in writing when:
P:(a) all 165 endpoints and 6 servers report to the Service Provider's monitoring platform;
P:(b) a test restore of the ERP database and of one CAD/CAM project folder has been completed successfully;
P:(c) alerts for firewall, server and backup failures have been tested;
P:(d) the environment documentation and runbooks have been delivered; and
P:(e) the on-site engineer has been introduced and has completed the factory safety induction.
P:Use of the Service Desk before that date does not mean acceptance.
P:3.3 If Service Commencement Acceptance is not reached by the agreed date for reasons attributable to the Service Provider, the Service Provider shall pay the Client CNY 1,500 for each day of delay, up to CNY 45,000 in total.
H:4. Charges and Payment
P:4.1 One-time Onboarding Charge: CNY 64,000, invoiced after Service Commencement Acceptance.
P:4.2 Monthly Service Charge: CNY 52,800, invoiced monthly in arrears. Over the Minimum Term this amounts to CNY 1,900,800.
P:4.3 The total Charges over the Minimum Term are therefore CNY 1,964,800. The Charges are fixed for the Minimum Term and are not indexed.
P:4.4 Invoices are payable within 30 days of receipt. All prices are in Chinese Yuan (CNY) and include Chinese VAT.
P:4.5 Additional work requested by the Client is charged at CNY 680 per hour, only after the Client has approved a written estimate.
H:5. Service Levels
P:5.1 Incidents are classified and handled as follows:
P:Priority 1 - Critical: production-wide outage (ERP, network or all CNC control PCs unavailable) or a security incident. Response within 30 minutes, engineer on site within 3 hours, resolution target 6 hours.
P:Priority 2 - High: a department or key user cannot work. Response within 1 hour, resolution target 1 Business Day.
P:Priority 3 - Normal: a single user or device has a problem. Response within 8 business hours, resolution target 3 Business Days.
P:Priority 4 - Request: changes and new users. Handled within 2 Business Days.
P:5.2 If in any month the Service Provider misses the Priority 1 response time more than once, or misses 10 % or more of the Priority 2 response times, the Client receives a service credit of 5 % of the Monthly Service Charge for each missed measure, up to 20 % of the Monthly Service Charge in that month. Credits are deducted from the next invoice.
P:5.3 Service credits are the Client's sole and exclusive remedy for failures to meet the Service Levels.
P:5.4 The monthly service report shows, for each Priority, the number of tickets, the response and resolution times achieved, the backup and restore results, the patch status of all endpoints and the open risks. Every quarter the parties hold a service review meeting with the Client's general manager, in which the Service Provider presents improvement actions for any missed Service Level.
H:6. Obligations of the Client
P:The Client shall give the Service Provider's staff access to the premises and systems needed for the services, name a local IT contact person, keep its software licences valid, and inform the Service Provider in advance of changes in production that affect the IT.
H:7. Subcontracting
P:7.1 The Service Provider may engage subcontractors to perform parts of the services, in particular its local partner Huizhou Xinglian IT Services Co., Ltd. for the on-site desktop support. The Service Provider shall inform the Client in writing of each subcontractor before it begins work.
P:7.2 The Service Provider remains responsible for its subcontractors as for its own employees.
H:8. Client Data and Information Security
P:8.1 All data of the Client processed by the Service Provider, including files, e-mails, CAD/CAM programs, ERP data and personal data of employees ("Client Data"), remains the property of the Client. The Service Provider processes Client Data only to perform the services and on the Client's instructions, and for no other purpose.
P:8.2 The Service Provider shall use named accounts with multi-factor authentication and a privileged access management tool for all administrative access, and shall record administrative sessions. Backups are kept encrypted on the Client's own storage in Huizhou and in the Client's cloud tenant; no copy of Client Data is kept on the Service Provider's systems in Croatia. Critical security patches are applied within 7 days.
P:8.3 The Service Provider shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Client of any security incident affecting Client Data within eight (8) hours, shall cooperate in the investigation, and is liable for damage resulting from its breach of this clause 8.
P:8.4 At the end of this Agreement the Service Provider shall hand over all passwords, administrator accounts and documentation, remove its monitoring agents and access, and confirm in writing that it holds no Client Data.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information for three years after the end of this Agreement. The Client's guitar designs, bracing patterns and CNC programs are trade secrets and shall be kept confidential without time limit.
H:10. Intellectual Property
P:10.1 The Service Provider's tools, monitoring platform and general script library remain the property of the Service Provider.
P:10.2 The documentation of the Client's environment, runbooks, configurations and scripts written specifically for the Client belong to the Client, which may use and modify them and hand them to any later service provider.
H:11. Liability
P:11.1 Neither party is liable for loss of profit or indirect damage.
P:11.2 The total liability of the Service Provider under this Agreement is limited to 125 % of the total Charges over the Minimum Term. This limit does not apply to damage caused intentionally or by gross negligence, as provided by the Croatian Civil Obligations Act.
H:12. Termination
P:12.1 Neither party may terminate this Agreement before the end of the Minimum Term, except as set out in this clause 12.
P:12.2 The Client may end the Agreement early by giving 90 days' written notice and paying an Early Termination Charge equal to 80 % of the Monthly Service Charges for the remainder of the Minimum Term.
P:12.3 The Service Provider may terminate the Agreement by written notice if the Client does not pay undisputed invoices within 60 days after the due date, or if the Client becomes insolvent.
P:12.4 Failures to meet the Service Levels are remedied only by service credits under clause 5. Other breaches by the Service Provider entitle the Client to claim damages under clause 11, but not to terminate the Agreement before the end of the Minimum Term.
P:12.5 On expiry or termination the Service Provider shall assist with the handover to the Client or a new provider for up to 30 days, at the hourly rate in clause 4.5.
H:13. Force Majeure
P:Neither party is liable for delay caused by events outside its reasonable control, such as natural disasters, epidemics or failures of public networks, for as long as they last.
H:14. Governing Law and Jurisdiction
P:This Agreement is governed by the laws of the Republic of Croatia. The Commercial Court in Rijeka has exclusive jurisdiction over all disputes arising from or in connection with this Agreement.
H:15. Final Provisions
P:Amendments must be made in writing and signed by both parties. This Agreement is made in English in two counterparts. Annex 1 (Service Description) and Annex 2 (Asset List) form part of this Agreement.
P:For the Service Provider: ____________________    For the Client: ____________________
P:Krk, ____________ 2026    Huizhou, ____________ 2026
"""

SOURCES = {"h111z01": H111Z01, "h111z02": H111Z02, "h111e03": H111E03, "h111e04": H111E04}
TARGETS = {"h111z01": ("h111z01_tax_bureau_einvoice_risk_platform_integration.pdf", "pdf"),
           "h111z02": ("h111z02_ebike_frame_weld_inspection_supply_maintenance.docx", "docx"),
           "h111e03": ("h111e03_shrimp_hatchery_tank_sensors_aero_integrator.docx", "docx"),
           "h111e04": ("h111e04_guitar_maker_managed_it_krk_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
