"""Builds the .docx and .pdf contracts of holdout31 from the sources below (markup of ../word_pdf.py: T: title,
H: heading, P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.
The .md and .txt contracts of this folder are written by hand and are not generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H31Z01 = """
T:卷烟物流配送中心仓储管理系统升级及AGV集成项目合同
P:合同编号：JNYC-WL-2025-017
P:甲方（采购人）：江南省烟草公司东阳市公司
P:乙方（供应商）：苏州智仓物流科技有限公司
P:鉴于甲方卷烟物流配送中心拟对现有仓储管理系统进行升级，并引入自动导引车（AGV）实现成品卷烟入库、储存及分拣前补货的自动化作业，乙方在甲方组织的公开招标中中标。双方依据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责供应潜伏式AGV、叉车式AGV及配套充电、调度硬件，提供仓储管理系统（WMS）及机器人调度系统（RCS）软件许可，完成与甲方卷烟营销系统、专卖管理系统及物流调度系统的接口定制开发，并负责安装调试、地面改造配合、培训及质保期内服务。
P:1.2 项目实施地点为甲方物流配送中心（东阳市经济开发区）。乙方应于合同签订后一百二十日内完成全部设备到货、安装调试及系统上线试运行。
P:1.3 设备及软件的品牌、型号、技术参数以附件一《技术规格书》及乙方投标文件为准，乙方不得擅自变更；确需变更的，须经甲方书面同意且性能不低于原约定。
P:1.4 施工期间甲方物流配送中心不停产。乙方应按甲方确认的分区切换方案组织实施，确保卷烟出入库作业不受影响，并遵守甲方安全生产、消防及专卖管理各项制度。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰柒拾肆万元整（¥5,740,000.00），含税，包括设备、软件许可、定制开发、运输、保险、安装调试、培训及质保期内全部服务费用，分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|潜伏式AGV（额定载重1,000kg）|16台|168,000|2,688,000
TB:2|叉车式AGV（最大举升高度3m）|4台|326,000|1,304,000
TB:3|充电桩、调度服务器及无线网络设备|1套|286,000|286,000
TB:4|WMS及RCS软件许可（永久）|1套|860,000|860,000
TB:5|接口定制开发|1项|438,000|438,000
TB:6|安装调试、地面改造配合及培训|1项|164,000|164,000
TB:合计||||5,740,000
P:2.2 上表第1至4项合称"软硬件"，小计人民币5,138,000元，作为质保期满后维保费的计算基数。
P:2.3 合同总价为固定价格，除甲方书面提出的需求变更外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价百分之十的履约保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款。
P:3.2 全部设备到货并安装调试完成、系统上线试运行后，甲方支付合同总价的百分之五十。到货签收及上线试运行均不代表甲方对质量的验收。
P:3.3 系统终验合格后，甲方支付合同总价的百分之二十五。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方无未了责任的，甲方一次性无息支付。
P:3.5 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付与验收
P:4.1 系统上线后进入试运行，试运行期为三十日。试运行期满，乙方提交终验申请，甲方在十个工作日内组织终验。
P:4.2 终验标准：（1）设备型号、数量与附件一一致；（2）整库入库能力不低于每小时180托盘，出库补货能力不低于每小时150托盘；（3）AGV停车定位精度±10毫米，急停、避障、防碰撞测试全部通过；（4）WMS与营销、专卖及物流调度系统之间的接口数据完全一致；（5）试运行期内未发生一级故障；（6）竣工资料、接口源代码及操作手册齐全。
P:4.3 终验不合格的，乙方应在十五日内整改并重新申请终验；因乙方原因两次终验不合格的，甲方有权解除合同。
P:4.4 设备签收、安装完成、上线使用或甲方支付任何款项，均不视为终验合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供维修、部件更换（电池等易耗件按附件一约定执行）、软件缺陷修复及版本升级。
P:5.2 故障等级及服务时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|AGV集群全部停止作业或WMS无法出入库|30分钟|2小时|6小时
TB:二级|部分AGV停机或单一接口中断，作业能力下降|1小时|8小时|24小时
TB:三级|不影响作业的一般问题及咨询|8小时|按需|5个工作日
P:5.3 乙方未在上表时限内响应、到场或恢复的，每超时一小时，甲方可从质量保证金或应付款中扣除人民币1,500元（一级故障）或500元（二级故障）。
P:5.4 乙方应在甲方现场配备AGV常用备件（驱动轮、激光导航传感器、电池模组等），并为甲方设备管理员提供不少于五天的操作维护培训。
P:5.5 质保期满后，甲方如需乙方继续提供维保服务，双方另行签订维保合同。年度维保费不超过软硬件小计的百分之八（即不超过人民币411,040元/年），质保期满后三年内不上调。维保合同不自动续期。
H:第六条 知识产权
P:6.1 WMS、RCS标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的接口程序、配置脚本、报表及其源代码和技术文档，知识产权归甲方所有。甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
P:6.3 乙方保证其提供的设备及软件不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 系统中的库存数据、订单数据、零售客户信息及作业日志均属甲方所有，乙方仅为履行本合同访问，不得复制、留存或用于其他任何目的。
P:7.2 乙方远程维护须经甲方审批并通过甲方堡垒机进行，操作全程留痕；乙方人员不得将甲方数据拷贝出甲方网络。
P:7.3 发生或可能发生数据泄露、篡改等安全事件的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第八条 保密
P:8.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料及烟草专卖相关信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
H:第九条 分包
P:9.1 乙方可将AGV现场安装、地面标识施工及充电区电力改造等工作交由其合作服务商实施，但应提前五个工作日书面通知甲方，并对合作服务商的工作承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成上线的，每逾期一日，应按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之三十五为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:13.2 附件：一、技术规格书；二、项目实施计划；三、接口清单；四、投标文件（节选）。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:日期：＿＿＿＿年＿＿月＿＿日
"""

H31Z02 = """
T:车站视频监控及智能分析设备采购及维保合同
P:合同编号：BJGD-YY-2025-0362
P:甲方：滨江市轨道交通运营有限公司
P:乙方：杭州视安智能科技有限公司
P:根据甲方1号线、3号线车站视频监控系统改造项目（招标编号BJGD-ZB-2025-088）的招标结果，乙方为中标人。双方依据《中华人民共和国民法典》及招标文件、投标文件，就设备采购及维保事宜订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应1号线、3号线共31座车站的高清网络摄像机、智能视频分析服务器、存储设备及视频分析算法软件许可，并负责安装、调试、与综合监控系统（ISCS）及公安视频专网的接口对接、培训及质保期内维护。
P:（二）乙方应在合同签订后九十日内分三批完成全部设备到货，每批到货计划由甲方书面确认。车站内安装施工只能在运营结束后的夜间天窗时段进行，乙方应遵守甲方施工请销点及安全管理规定。
P:（三）设备技术参数以附件一《技术规格书》为准。摄像机须支持国标GB/T 28181协议接入，智能分析功能包括客流密度、越界入侵、遗留物、人员倒地及扶梯逆行检测。
P:（四）乙方应指定一名具有轨道交通弱电项目经验的项目经理常驻本项目，负责施工组织、进度协调及与甲方各部门的对接；项目经理未经甲方同意不得更换。乙方每周向甲方提交施工周报，说明完成的车站、存在的问题及下周计划。
H:二、合同价格
P:（一）本合同总价为人民币陆佰肆拾壹万陆仟元整（¥6,416,000.00），含税，分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|高清网络摄像机|1,240台|1,850|2,294,000
TB:2|智能视频分析服务器|18台|96,000|1,728,000
TB:3|存储设备（IP SAN）|24台|58,500|1,404,000
TB:4|视频分析算法软件许可（永久）|18套|32,000|576,000
TB:5|安装调试及ISCS、公安专网对接|1项|386,000|386,000
TB:6|培训及技术资料|1项|28,000|28,000
TB:合计||||6,416,000
P:（二）上表第1至4项合称"软硬件"，小计人民币6,002,000元。
P:（三）合同总价包括设备、软件许可、运输、保险、安装调试、培训、税费及质保期内全部服务费用。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之十作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的百分之六十。签收仅为数量及外观确认，不构成质量验收。
P:（三）终验合格后，甲方支付合同总价的百分之二十五。
P:（四）合同总价的百分之五作为质量保证金，质保期满后十五个工作日内无息返还。
H:四、验收
P:（一）单站验收：每座车站安装调试完成后，乙方提出单站验收申请。单站验收标准为：全部摄像机图像清晰稳定，分辨率不低于1080P、帧率不低于25帧/秒；录像可完整存储不少于九十天；智能分析告警能在综合监控系统及车站控制室正确显示。
P:（二）终验：全部车站单站验收合格后系统连续试运行六十日。终验标准为：试运行期间未发生一级故障；智能分析各项检测准确率达到技术规格书要求；与ISCS及公安视频专网的联动测试通过；乙方提交第三方网络安全检测报告及全部竣工资料。
P:（三）设备签收、安装完成或投入使用均不视为验收合格。
H:五、质量保证
P:（一）质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修、更换及软件升级。
P:（二）故障分级及处理时限：一级故障（整站图像中断、智能分析服务器或存储设备宕机）：乙方应在接到甲方报修后八小时内响应，二十四小时内修复；二级故障（单台或少量摄像机故障）：乙方应在二十四小时内响应，七十二小时内修复。
P:（三）乙方未在上述时限内响应或修复的，每超时一小时，甲方可从质量保证金中扣除人民币800元。
P:（四）乙方应在甲方车辆段备品库存放摄像机、硬盘及电源等备品备件，数量不少于在用数量的百分之二，备件消耗后七日内补足。
P:（五）乙方应为甲方各车站值班员、通信信号维护人员及综合监控调度人员分批提供培训，内容包括系统操作、智能分析告警处置、日常巡检及简单故障排除，培训总课时不少于四十学时，并提供中文操作手册和维护手册。
P:（六）质保期内，乙方每季度对全部车站设备进行一次巡检，检查设备运行状态、录像完整性及分析告警准确性，巡检结束后五个工作日内向甲方提交巡检报告。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可选择由乙方继续提供两年维保服务，服务内容与质保期内相同。
P:（二）年度维保费按软硬件小计的百分之十八计取，即每年人民币1,080,360元，两年内固定不变，按季度支付。
P:（三）维保服务期满后不自动续期，双方如需继续合作另行协商。
H:七、视频数据安全
P:（一）系统采集的视频图像、智能分析结果、设备配置及运行日志等数据均归甲方所有。
P:（二）乙方仅为安装调试及维护目的在甲方现场访问系统；远程访问须经甲方书面批准，并通过甲方专用运维通道进行，全程审计。乙方不得复制、留存或截取视频图像，不得将任何数据带离甲方网络或提供给他人。
P:（三）乙方所供设备不得内置任何未经甲方确认的远程连接功能或数据外传功能；返修的存储介质须经甲方消磁或由甲方留存。
P:（四）系统须满足网络安全等级保护第三级要求及公安视频专网安全接入规定。发生或可能发生数据泄露、篡改或网络攻击事件的，乙方应在两小时内报告甲方并配合处置；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
P:（五）乙方人员进入车站及设备机房作业，须持甲方核发的施工证件，接受甲方安全交底，服从车站值班站长管理，不得触碰与本项目无关的设备。
H:八、知识产权
P:（一）设备内嵌软件及视频分析算法的知识产权归原权利人所有，乙方保证甲方获得永久使用许可。
P:（二）乙方为本项目开发的ISCS及公安专网对接程序、配置文件及技术文档归甲方所有，甲方可自由使用、修改或交由第三方维护。
H:九、分包
P:乙方不得转包本合同。未经甲方书面同意，乙方不得将任何工作分包；经甲方书面同意分包的，乙方对分包人的工作承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）乙方所供设备不符合合同约定的，应在十五日内免费更换，由此给甲方造成的损失由乙方赔偿。
P:（三）甲方逾期付款的，应按逾期金额和实际逾期天数，依据一年期贷款市场报价利率向乙方支付利息。
P:（四）乙方施工造成甲方设备设施损坏或影响正常运营的，应立即修复并赔偿甲方由此产生的全部损失。
H:十一、合同解除
P:乙方逾期交货超过四十五日，或有其他严重违约行为经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交滨江仲裁委员会仲裁。
H:十三、其他
P:本合同一式八份，甲方六份，乙方两份，自双方签字盖章之日起生效。附件：一、技术规格书；二、设备分站配置清单；三、实施计划。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

H31E02 = """
T:Supply Contract for Kiln Monitoring Instruments, Control System and Optimisation Software
P:Contract No. HFC-EQ-2025-031
P:This Contract is made between Hengfeng Cement Co., Ltd., No. 1 Cement Road, Tongshan District, Xuzhou, Jiangsu Province (the "Buyer"), and Kilnsight Automation (Tianjin) Co., Ltd., 15 Haitai Development Road, Binhai Hi-tech Zone, Tianjin (the "Supplier").
P:Whereas the Buyer intends to upgrade the instrumentation and control of its two clinker production lines (Line 1 and Line 2) and the Supplier has been awarded the contract following the Buyer's invitation to tender, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price stated in Article 3.
P:1.2 "Equipment" means the instruments, controllers, network equipment and cabinets listed in Annex 1; "Software" means the Kilnsight optimisation software licensed under Article 8; together the "Goods".
P:1.3 "Final Acceptance" means the acceptance of the complete system under Article 6.
P:1.4 "Severity 1 Fault" means a fault that causes a kiln trip, a loss of control of a kiln through the PLC system, or a total loss of kiln shell temperature monitoring on a line.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall design, supply, install, configure and commission, for both lines: kiln shell infrared scanner systems; thermocouples, pressure transmitters and kiln inlet gas analysers; redundant PLC controllers replacing the existing controllers for the kiln, cooler and preheater sections; industrial Ethernet switches and control cabinets; and the Kilnsight optimisation software.
P:2.2 The Supplier shall integrate the new PLC system with the Buyer's existing distributed control system (DCS) and central control room operator stations, migrate the existing control logic, and develop the additional interlocks and control loops described in Annex 2.
P:2.3 The Supplier shall carry out all work during the Buyer's planned kiln shutdowns, shall comply with the Buyer's safety rules, including hot-work and lock-out procedures, and shall provide training for the Buyer's operators and maintenance engineers.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 3,300,000 (Three Million Three Hundred Thousand Chinese Yuan), including VAT, packing, transport, insurance, installation, commissioning, training and all services during the warranty period. The breakdown is:
TB:No.|Item|Quantity|Unit Price (CNY)|Amount (CNY)
TB:1|Kiln shell infrared scanner system|2 sets|386,000|772,000
TB:2|Thermocouples, pressure transmitters and gas analysers|1 lot|648,000|648,000
TB:3|Redundant PLC controllers|6 sets|124,000|744,000
TB:4|Industrial switches and control cabinets|1 lot|212,000|212,000
TB:5|Kilnsight optimisation software licence (perpetual, 2 lines)|1|560,000|560,000
TB:|Hardware and Licence Subtotal|||2,936,000
TB:6|Installation, commissioning and DCS integration|1|318,000|318,000
TB:7|Training|1|46,000|46,000
TB:|Contract Price|||3,300,000
P:3.2 The Contract Price is fixed and shall not be adjusted, except for changes ordered by the Buyer in writing.
H:Article 4 Payment
P:4.1 Advance payment: ten per cent (10 %) of the Contract Price within twenty (20) days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 Delivery payment: fifty-five per cent (55 %) of the Contract Price after all Goods have been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance of the Goods.
P:4.3 Final payment: thirty-five per cent (35 %) of the Contract Price within thirty (30) days after Final Acceptance.
P:4.4 The Supplier shall provide a performance bank guarantee of ten per cent (10 %) of the Contract Price, valid until the end of the warranty period.
H:Article 5 Delivery and Delay
P:5.1 The Goods for Line 1 shall be delivered within ninety (90) days after signature and those for Line 2 within one hundred and twenty (120) days after signature. Installation shall be completed within the shutdown windows notified by the Buyer.
P:5.2 If the Supplier fails to deliver, install or commission the Goods on time, it shall pay liquidated damages of zero point one per cent (0.1 %) of the Contract Price for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Price. If the delay exceeds forty-five (45) days, the Buyer may terminate this Contract under Article 13.
H:Article 6 Acceptance
P:6.1 After commissioning of both lines, the Supplier shall carry out a 72-hour performance test on each line in the presence of the Buyer.
P:6.2 Final Acceptance requires that: (a) the kiln shell temperature readings agree with calibrated reference measurements within plus or minus five degrees Celsius; (b) the redundant PLC controllers switch over within 50 milliseconds without a process interruption; (c) all interlocks and control loops in Annex 2 pass the functional tests; (d) the system operates for thirty (30) consecutive days after the performance test without a Severity 1 Fault; and (e) the Supplier has delivered the as-built documentation, PLC programs and HMI screens.
P:6.3 The Buyer shall issue the Final Acceptance Certificate within ten (10) days after the criteria are met, or notify the defects. Delivery, installation, commissioning, use of the Goods in production or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Goods and correct software defects free of charge, including parts, labour and travel.
P:7.2 The Supplier shall respond to faults within the times below and pay the stated deductions for late response or on-site attendance:
TB:Severity|Description|Response time|On site|Deduction
TB:Severity 1|Kiln trip, loss of PLC control or total loss of shell monitoring on a line|30 minutes|8 hours|CNY 2,000 per hour late
TB:Severity 2|Loss of a single instrument or redundancy, process still controlled|2 hours|24 hours|CNY 500 per hour late
TB:Severity 3|Minor fault or question|1 business day|as agreed|none
P:7.3 Deductions are made from the performance guarantee or from any amount due to the Supplier.
P:7.4 After the warranty period the Supplier shall, at the Buyer's option, provide annual support (remote support, software updates, one preventive maintenance visit per line per year and the response times above) for an Annual Support Fee of nine point five per cent (9.5 %) of the Hardware and Licence Subtotal, that is CNY 278,920 per year. This fee is fixed for the first three years after the warranty period; any later increase shall be agreed in writing and shall not exceed three per cent (3 %) per year. Support is ordered by separate purchase order each year and does not renew automatically.
P:7.5 The Supplier shall make spare parts for the Equipment available for at least eight (8) years after Final Acceptance.
H:Article 8 Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Kilnsight optimisation software on both production lines. Ownership of the standard software remains with the Supplier.
P:8.2 All PLC programs, control logic, HMI screens, interlocks, integration code and documentation prepared for this Contract are owned by the Buyer, which may use, modify and have them modified by third parties without restriction. The Supplier shall deliver them in editable form with the as-built documentation.
H:Article 9 Data Security
P:9.1 Process data, alarm and event logs, configuration files and production records generated by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 Remote access by the Supplier is permitted only through the Buyer's jump server, after approval for each session by the Buyer's automation department, and is logged. The Supplier shall not copy process data outside the Buyer's network and shall not install any remote connection device without the Buyer's written approval.
P:9.3 The Supplier shall report any security incident affecting the system within twelve (12) hours, shall assist the Buyer to contain it and shall be liable for the losses caused by an incident attributable to the Supplier's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all technical and commercial information received from the other party under this Contract, including the Buyer's process parameters, raw meal recipes and production figures, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the end of the Contract.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed one hundred and fifty per cent (150 %) of the Contract Price, except for death or personal injury, wilful misconduct and breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after the Buyer's notice, or if the delay under Article 5.2 exceeds forty-five (45) days.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Goods not accepted and compensate the Buyer's losses.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing. The award is final and binding.
H:Article 15 Miscellaneous
P:15.1 This Contract takes effect on signature and is made in four originals, two for each party.
P:15.2 Annex 1: Equipment list and technical specifications. Annex 2: Control loops and interlocks. Annex 3: Installation and shutdown schedule.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H31E04 = """
T:Software Licence and Implementation Agreement
P:Digital Asset Management System - Agreement No. JNHM-DAM-2025-02
P:This Agreement is made between Jiangnan Natural History Museum, 200 Zhongshan East Road, Nanjing, Jiangsu Province, a public institution of the People's Republic of China (the "Museum"), and Archivault B.V., Keizersgracht 412, 1016 GC Amsterdam, the Netherlands (the "Vendor").
P:The Museum wishes to replace its current image archive with a digital asset management system for its specimen collections, photographs, audio and video recordings and publications. After an open tender, the Museum has selected the Vendor's Archivault DAM software and implementation services. The parties agree as follows.
H:1. Definitions
P:1.1 "Software" means the Archivault DAM software in object code, including the public collections portal module, and its documentation and updates.
P:1.2 "Custom Deliverables" means the metadata model, migration scripts, integration connectors, portal templates and other materials created by the Vendor specifically for the Museum under this Agreement.
P:1.3 "Museum Data" means all specimen records, images, audio and video files, rights metadata, user records and other data of the Museum stored in or processed by the Software.
P:1.4 "Final Acceptance" means the Museum's acceptance of the complete system as set out in clause 6 (Acceptance).
P:1.5 "Severity 1 Defect" means a defect that makes the Software or the public portal unusable, or that causes loss or corruption of Museum Data, with no workaround.
H:2. Scope
P:2.1 The Vendor shall: (a) license the Software to the Museum under clause 8; (b) design a metadata model for natural-history collections based on Darwin Core and the Museum's cataloguing rules; (c) migrate about 420,000 specimen images and their catalogue records, 18,000 audio and video files and the related rights metadata from the Museum's current systems; (d) integrate the Software with the Museum's collections management system and its single sign-on; (e) configure the public collections portal in Chinese and English; and (f) train the Museum's staff.
P:2.2 The Software shall be installed on servers in the Museum's data centre in Nanjing, provided by the Museum. The Vendor shall perform implementation work through its local implementation partner named in Schedule 3 and through its own staff on site or by remote access under clause 9.
P:2.3 The Vendor shall deliver the project plan within fifteen (15) business days after signature. The target date for Final Acceptance is nine (9) months after signature.
H:3. Fees
P:3.1 The fees are:
P:(a) perpetual licence fee for the Software, including 25 named curator users, unlimited read-only staff users and the public portal module: CNY 1,320,000;
P:(b) implementation services (metadata model, migration, integration, portal configuration), fixed price: CNY 684,000;
P:(c) training (on site in Nanjing, four courses): CNY 36,000.
P:3.2 The total fees (the "Contract Price") are CNY 2,040,000, including all taxes, travel and expenses. The Vendor shall invoice in CNY, and the Museum shall pay in CNY to the account designated by the Vendor.
H:4. Payment
P:4.1 Twenty per cent (20 %) of the Contract Price within thirty (30) days after signature and receipt of the Vendor's invoice.
P:4.2 Forty per cent (40 %) of the Contract Price after the Museum signs the Migration Completion Certificate under clause 6.2. This certificate confirms the completion of the migration and is not acceptance of the system.
P:4.3 Forty per cent (40 %) of the Contract Price within thirty (30) days after Final Acceptance.
H:5. Delay
P:5.1 If Final Acceptance is not achieved by the target date for reasons attributable to the Vendor, the Vendor shall pay the Museum liquidated damages of zero point zero seven per cent (0.07 %) of the Contract Price for each day of delay, up to ten per cent (10 %) of the Contract Price.
P:5.2 If the delay exceeds sixty (60) days, the Museum may also terminate this Agreement under clause 13.
H:6. Acceptance
P:6.1 The Vendor shall carry out the acceptance tests in the acceptance test plan agreed in the project plan, in the presence of the Museum's staff.
P:6.2 Migration is complete when: (a) the number of records, images and media files in the Software matches the source systems exactly; (b) a random sample of 2,000 records, checked field by field by the Museum's curators, shows no critical error; and (c) every image opens at full resolution. The Museum then signs the Migration Completion Certificate.
P:6.3 Final Acceptance requires, in addition: (a) all functions in the functional specification pass the test scripts; (b) searches return results within three (3) seconds with 50 concurrent staff users; (c) the collections management system integration and single sign-on work without errors for ten (10) consecutive business days; (d) the public portal passes the Museum's accessibility and security tests; and (e) no Severity 1 Defect occurs during a thirty (30) day trial operation.
P:6.4 The Museum shall sign the Final Acceptance Certificate within ten (10) business days after the criteria are met or give written reasons for refusal. Installation, go-live of the portal, use of the Software or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and support.
P:7.2 Support is provided by the Vendor's support centre in Singapore and its local implementation partner. The Vendor shall respond to a Severity 1 Defect within two (2) hours, at any time of day, and to other defects within one (1) business day. For each hour by which a response to a Severity 1 Defect is late, the Vendor shall pay the Museum CNY 1,000, deducted from the next payment or from the support fee.
P:7.3 After the Warranty Period, the Museum may order annual support (updates, new versions and the support in clause 7.2) for an annual fee of twelve point five per cent (12.5 %) of the licence fee in clause 3.1(a), that is CNY 165,000 per year. This fee is fixed for the first three years after the Warranty Period; any later increase shall not exceed three per cent (3 %) per year. Support is ordered by purchase order each year and does not renew automatically.
H:8. Licence and Intellectual Property
P:8.1 The Vendor grants the Museum a perpetual, irrevocable, non-exclusive licence to use the Software for the Museum's purposes, including publishing its collections through the public portal.
P:8.2 The Custom Deliverables, including their source code, belong to the Museum on creation. The Museum may use, modify, copy and license them freely, including to any successor supplier. The Vendor shall deliver the source code and documentation with Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Museum against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:9. Museum Data and Data Security
P:9.1 Museum Data belongs to the Museum. The Vendor may access and process Museum Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 Museum Data shall remain on the Museum's servers in China. The Vendor and its partner may access the system only through the Museum's VPN with multi-factor authentication, after approval by the Museum for each session, and all sessions are logged. The Vendor shall not copy or transfer any Museum Data outside the Museum's network or outside mainland China, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Museum of any security incident affecting Museum Data within twenty-four (24) hours of becoming aware of it, shall assist in containing it and shall be liable for all losses and costs caused by an incident attributable to the Vendor or its partner.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including unpublished specimen locations of protected species, security arrangements and the Vendor's non-public product information, and shall not disclose it without the other party's prior written consent. This obligation survives for five (5) years after the end of this Agreement.
H:11. Liability
P:11.1 Neither party is liable for indirect or consequential loss.
P:11.2 The Vendor's total liability under this Agreement shall not exceed two (2) times the Contract Price, except for wilful misconduct, infringement under clause 8.3 and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The local implementation partner named in Schedule 3 is approved by the Museum's signature of this Agreement. The Vendor shall not use any other subcontractor without the Museum's prior written consent, and remains responsible for all subcontracted work.
H:13. Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice.
P:13.2 The Museum may also terminate under clause 5.2. On termination for the Vendor's breach, the Vendor shall refund the fees paid for work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Netherlands.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Netherlands Arbitration Institute. The seat of arbitration is Amsterdam and the language of the arbitration is English.
H:15. General
P:15.1 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.
P:15.2 Schedule 1: Functional specification. Schedule 2: Acceptance test plan. Schedule 3: Local implementation partner.
P:For the Museum: ____________________    For the Vendor: ____________________
"""

SOURCES = {"h31z01": H31Z01, "h31z02": H31Z02, "h31e02": H31E02, "h31e04": H31E04}
TARGETS = {"h31z01": ("h31z01_tobacco_logistics_wms_agv_integration.docx", "docx"),
           "h31z02": ("h31z02_metro_station_cctv_video_analytics_supply.pdf", "pdf"),
           "h31e02": ("h31e02_cement_plant_kiln_sensors_plc_licence.docx", "docx"),
           "h31e04": ("h31e04_museum_dam_licence_foreign_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
