"""Builds the .docx and .pdf contracts of holdout92 from the markup below (see ../word_pdf.py: T title, H heading,
P paragraph, TB table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.
The .md and .txt contracts of this folder are plain files and are not generated.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H92Z01 = """
T:云川省气象数据共享平台系统集成项目合同
P:合同编号：YCQX-ZC-2026-017
P:采购项目编号：YCZC2026-G0388（公开招标）
P:甲方（采购人）：云川省气象局
P:乙方（供应商）：云川星图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就云川省气象数据共享平台系统集成项目签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设云川省气象数据共享平台，内容包括：数据共享交换平台软件及数据服务网关软件的供货与部署，应用服务器及分布式存储设备的供货与安装，气象数据产品接口和共享门户的定制开发，与省级气象大数据云平台（天擎）及省政务数据共享交换平台的对接，系统集成、试运行、培训及质保期内的运行维护。
P:1.2 详细技术要求以招标文件第三章《技术需求书》及乙方投标文件中的技术响应为准；二者不一致的，以要求较高者为准。
P:1.3 项目实施地点为甲方指定机房及省气象信息中心。乙方进场人员应遵守甲方机房管理制度。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾贰万伍仟元整（¥2,825,000.00），为固定总价，包含设备、软件、定制开发、运输、安装、集成、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|数据共享交换平台软件（永久许可）|1套|980,000|980,000
TB:2|数据服务网关软件（永久许可）|1套|286,000|286,000
TB:3|应用服务器|6台|58,500|351,000
TB:4|分布式存储节点|4台|96,000|384,000
TB:5|气象数据产品接口及共享门户定制开发|1项|628,000|628,000
TB:6|系统集成与部署实施|1项|172,000|172,000
TB:7|培训|1项|24,000|24,000
TB:合计||||2,825,000
P:2.2 上表第1至4项为软硬件小计，金额为人民币2,001,000元。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即人民币565,000元。
P:3.2 设备到货、平台部署完成并通过初步验收后十个工作日内，甲方支付合同总价的40%，即人民币1,130,000元。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的40%，即人民币1,130,000元。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。乙方应在合同签订前向甲方提交合同总价5%的履约保函，有效期至最终验收后三十日。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后四十五日内完成设备到货及平台软件部署，九十日内完成定制开发和系统对接并具备初步验收条件。
P:4.2 设备到货时双方共同开箱清点，签署到货签收单。到货签收仅表明品牌、型号、数量及外观与合同相符，不代表验收合格。
P:4.3 乙方交付的文档包括：系统设计说明书、接口规范、部署手册、运维手册、用户手册、测试报告及定制开发部分的全部源代码。
H:第五条 验收
P:5.1 初步验收：平台部署及对接完成后，乙方书面提出申请，甲方在十个工作日内组织初步验收。验收标准为：（1）功能满足《技术需求书》全部功能条目；（2）与天擎平台及省政务数据共享交换平台的接口联调通过，抽取一个月历史观测数据比对，数据记录完全一致；（3）在300个并发用户条件下，数据目录查询及数据下载接口平均响应时间不超过3秒；（4）第三方测评机构出具的网络安全等级保护三级测评报告中无高风险问题。
P:5.2 最终验收：初步验收合格后系统进入三个月试运行期。试运行期内未发生一级故障、遗留问题全部整改完毕、培训已完成且第4.3款所列文档和源代码已全部移交的，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 系统上线试运行、甲方使用系统或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保及后续运维
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修、备件更换、软件缺陷修复、版本升级及现场技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供运维服务，年度运维服务费不超过软硬件小计的8%，即每年不超过人民币160,080元，该上限自质保期满之日起三年内不得上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，共享平台年度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日经甲方同意）。
P:7.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或观测数据共享中断|30分钟|2小时|6小时
TB:二级|单个接口或模块故障，部分用户无法使用|1小时|8小时|12小时
TB:三级|一般性问题及咨询|8小时|按约定|5个工作日
P:7.3 乙方响应、到场或恢复超时的，每超时一小时扣减人民币1,000元；年度可用率每低于约定值0.01个百分点，扣减人民币2,000元。上述款项从甲方应付款项中扣除，不足部分由乙方另行支付。
H:第八条 数据安全
P:8.1 平台存储、处理的全部气象观测数据、数据产品、用户信息及系统日志归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、加工或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求开展实施和运维。远程运维须逐次经甲方审批，并通过甲方堡垒机进行，全程录像审计；测试环境不得使用生产数据。
P:8.3 乙方发现数据泄露、篡改或其他安全事件的，应在两小时内报告甲方并立即采取补救措施。因乙方原因造成数据泄露或安全事件的，乙方承担全部责任，赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后五年内持续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的接口程序、共享门户、源代码、数据模型及技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改，并许可他人使用。
P:10.2 数据共享交换平台软件和数据服务网关软件的知识产权归其权利人所有，乙方保证甲方获得永久、不可撤销的使用许可，许可范围覆盖甲方及其所属各级气象部门。
P:10.3 乙方保证所交付的软硬件不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第十一条 分包
P:11.1 乙方不得转包本项目。除投标文件中已载明的机房布线分包外，乙方分包任何工作须事先取得甲方书面同意，并对分包部分承担连带责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:12.3 乙方交付的产品不符合合同约定的，应负责更换或整改，并赔偿由此给甲方造成的损失。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及本合同附件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云川省气象局　　　　乙方（盖章）：云川星图信息技术有限公司
P:签订日期：2026年6月18日
"""

H92Z02 = """
T:高炉炉温在线监测系统采购及维护合同
P:合同编号：DLGT-LT-2026-0932
P:甲方（买方）：东岭钢铁股份有限公司
P:乙方（卖方）：华测热工仪表科技有限公司
P:甲方炼铁厂3号高炉（有效容积2,680立方米）拟建设炉温在线监测系统。经甲方比价采购，确定由乙方供货并负责安装调试及维护。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应炉缸、炉底及炉身冷却壁测温热电偶，炉顶红外测温仪，温度采集站，工业光纤环网交换机，监测服务器及炉温在线监测软件，并负责安装调试、培训，以及质保期内和质保期后的维护服务。
P:（二）本合同附件包括技术协议、测点布置图和施工方案，附件与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:（三）设备及服务明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|测温热电偶组件（铠装，含保护套管）|168支|3,200|537,600
TB:2|炉顶红外测温仪|6台|48,500|291,000
TB:3|温度采集站|24台|12,800|307,200
TB:4|工业光纤环网交换机|8台|16,500|132,000
TB:5|监测服务器及边缘计算单元|2套|86,000|172,000
TB:6|炉温在线监测软件（永久许可）|1套|318,000|318,000
TB:软硬件小计||||1,757,800
TB:7|安装调试（含休风期施工）|1项|186,000|186,000
TB:8|操作及维护培训|1项|16,200|16,200
TB:合计||||1,960,000
H:二、合同价款
P:（一）合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），含设备、软件、包装、运输、保险、安装调试、培训及税费。
P:（二）其中软硬件小计为人民币1,757,800元，作为本合同“七、维护服务”中年度维护费的计算基数。
H:三、付款方式
P:（一）合同生效后十五日内，甲方支付合同总价的10%作为预付款，计人民币196,000元。
P:（二）设备全部到货并经甲方签收后三十日内，甲方支付合同总价的50%，计人民币980,000元。到货签收仅确认数量和外观，不视为验收。
P:（三）系统终验合格后三十日内，甲方支付合同总价的35%，计人民币686,000元。
P:（四）剩余5%计人民币98,000元作为质量保证金，质保期满且无未处理的质量问题后三十日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同生效后六十日内将全部设备运抵甲方炼铁厂指定地点。
P:（二）热电偶安装及炉壳开孔须在甲方通知的高炉计划休风期内完成。乙方应提前编制施工方案报甲方审批，施工人员须遵守甲方安全生产管理规定，因乙方原因延误休风作业的，乙方承担由此增加的费用。
P:（三）乙方负责将监测数据接入甲方炼铁厂高炉专家系统和生产管控平台，接口格式以甲方提供的规范为准。
P:（四）乙方应随设备提交装箱单、出厂检验报告、合格证、热电偶分度检定证书、安装图纸、接线图、软件安装介质及操作维护手册，资料不全的视为交货未完成。
P:（五）乙方负责对甲方炉前操作人员、仪表维护人员和信息化管理人员进行培训，培训不少于三期，每期不少于两天，培训后学员应能独立完成日常操作、测点更换和常见故障处理。
H:五、验收
P:（一）系统安装调试完成后进入三十日连续运行考核。考核期满，甲方组织终验。
P:（二）终验标准：1．各测点测温值与甲方标准热电偶比对，偏差不超过±3℃；2．数据刷新周期不大于2秒；3．超温、温升速率及测点断线报警功能逐项测试正常；4．考核期内未发生一级故障；5．与高炉专家系统的接口数据连续一致；6．技术资料齐全。
P:（三）终验合格的，双方签署终验报告；不合格的，乙方应在十五日内整改并重新验收。
P:（四）甲方应按时提供安装所需的施工电源、吊装条件和休风窗口，并指定专人配合调试；因甲方原因导致安装无法进行的，工期相应顺延。
H:六、质量保证
P:（一）质保期为九个月，自终验合格之日起计算。
P:（二）质保期内，因设备或软件本身质量问题产生的故障，乙方免费维修或更换，并承担往返运输费用。
P:（三）乙方应保证所供设备为全新、未使用过的合格产品，并提供出厂检验报告和合格证。
P:（四）质保期内，乙方每季度对系统进行一次现场巡检，检查热电偶回路绝缘、采集站运行状态和服务器磁盘空间，校验炉顶红外测温仪，并向甲方提交巡检报告。
H:七、维护服务
P:（一）质保期满后，乙方继续为甲方提供系统维护服务，包括定期巡检、备件更换、软件缺陷修复和版本升级。年度维护费为软硬件小计的百分之二十，即人民币351,560元/年，按年度签订维护订单，该价格自本合同生效之日起五年内不变。
P:（二）质保期内及维护期内，故障响应要求为：一级故障（系统整体中断，或炉缸区域测点大面积失效）乙方接到通知后30分钟内响应，2小时内到达现场；二级故障（单个采集站或部分测点失效）2小时内响应，次日内到达现场；三级故障三个工作日内处理。
P:（三）乙方未按上述时限响应或到场的，每超时一小时，向甲方支付人民币1,500元。
H:八、数据与网络安全
P:（一）监测系统采集、存储的炉温数据、报警记录及系统日志归甲方所有，乙方仅为本合同目的使用，不得复制、外传或用于其他用途。
P:（二）监测系统部署在甲方工控网络内，乙方设备不得设置任何外联通道。远程维护须经甲方逐次审批，通过甲方指定通道进行并全程记录。
P:（三）乙方发现数据泄露或网络安全事件的，应在一小时内报告甲方并配合处置；因乙方原因造成数据泄露或生产事故的，乙方承担全部赔偿责任。
P:（四）合同终止或维护服务结束时，乙方应删除其因维护需要而持有的甲方数据副本，并向甲方出具书面确认。
H:九、保密
P:乙方对在合同履行中知悉的甲方高炉工艺参数、生产数据、图纸及其他技术经营信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:十、知识产权
P:（一）乙方为甲方定制的温度场模型参数、监控画面、报表及接口程序的知识产权归甲方所有，甲方可自由使用和修改。
P:（二）炉温在线监测软件的著作权归乙方所有，乙方授予甲方永久使用许可。
H:十一、分包
P:乙方不得转包本合同。脚手架搭设等辅助作业确需分包的，须事先征得甲方书面同意。乙方更换现场项目负责人，须提前七日书面告知甲方并经甲方同意。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方所供设备不符合合同约定的，甲方有权要求更换，并要求乙方赔偿由此造成的损失。
P:（四）乙方人员在甲方厂区内作业造成人身伤害或财产损失的，由乙方承担责任。
H:十三、不可抗力
P:因地震、洪水、战争等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后五日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商处理。高炉生产计划调整导致休风期变更的，不属于不可抗力，双方另行商定安装时间。
H:十四、合同解除
P:乙方逾期交货超过三十日，或所供系统经两次整改仍不能通过终验，或有其他严重违约行为经书面催告后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：东岭钢铁股份有限公司　　乙方（盖章）：华测热工仪表科技有限公司
P:签订日期：2026年5月26日
"""

H92E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - FERMENTATION TANK MONITORING SYSTEM
P:Contract No. CPI-HN-2026-07
P:BETWEEN: Hainan Wanquan River Rum Distillery Co., Ltd., a company registered in Qionghai, Hainan Province, People's Republic of China (the "Buyer"),
P:AND: Caraibes Process Instrumentation SARL, a company registered with the Trade and Companies Register of Fort-de-France, having its registered office at Zone de la Jambette, 97200 Fort-de-France, Martinique (the "Supplier"),
P:hereinafter together the "Parties". The Parties have agreed the present Contract for the supply, installation, commissioning and maintenance of an instrumentation and monitoring system for the Buyer's twenty-four (24) cane-juice and molasses fermentation tanks.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price stated in Article 3. "Equipment and Licence Subtotal" means the sum of items 1 to 6 of the price schedule in Article 3.
P:1.2 "Final Acceptance" means the date stated in the Final Acceptance Certificate signed by the Buyer under Article 6. "Process Data" means all measurements, alarms, batch records, recipes and logs generated by or stored in the System.
P:1.3 "System" means the sensors, gateways, server, panels and software listed in Article 3, as installed, configured and commissioned at the Buyer's distillery.
H:Article 2 Object of the Contract
P:2.1 The Supplier shall supply, deliver DAP Qionghai, install, calibrate and commission the System, integrate it with the Buyer's existing cooling-water PLC, train the Buyer's operators and maintenance technicians, and provide warranty and maintenance services as set out below.
P:2.2 The System shall measure temperature, pH, sugar content (Brix), CO2 release and level on each fermentation tank, log the readings, raise alarms and display the fermentation curve of each batch.
H:Article 3 Contract Price
P:3.1 The Contract Price is fixed at CNY 920,000 (nine hundred and twenty thousand Chinese yuan), inclusive of all taxes, duties, transport, insurance and installation costs. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Sanitary PT100 temperature probes|48|2,350|112,800
TB:2|Inline pH and Brix sensors|24|8,600|206,400
TB:3|CO2 flow and level sensors|24|5,150|123,600
TB:4|Wireless tank gateways|6|18,900|113,400
TB:5|SCADA and historian software, perpetual licence|1|164,000|164,000
TB:6|Server and operator HMI panels|1 lot|96,800|96,800
TB:|Equipment and Licence Subtotal|||817,000
TB:7|Installation, calibration and commissioning|1|88,500|88,500
TB:8|Training|1|14,500|14,500
TB:|Contract Price|||920,000
H:Article 4 Payment
P:4.1 Fifteen per cent (15 %) of the Contract Price, CNY 138,000, is payable within fifteen (15) days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 Fifty per cent (50 %), CNY 460,000, is payable within thirty (30) days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate records delivery and installation only and does not constitute acceptance of the System.
P:4.3 The balance of thirty-five per cent (35 %), CNY 322,000, is payable within thirty (30) days after Final Acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment within seventy-five (75) days and complete commissioning within one hundred and five (105) days after signature, outside the Buyer's peak distillation season unless otherwise agreed.
P:5.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Price. If that maximum is reached, the Buyer may terminate the Contract under Article 14.
H:Article 6 Acceptance
P:6.1 After commissioning, the Supplier shall carry out the Site Acceptance Test in the presence of the Buyer. The System passes only if: (a) each temperature probe reads within plus or minus 0.2 degrees Celsius of the reference thermometer at two points; (b) each pH sensor reads within plus or minus 0.1 pH of a laboratory sample; (c) all readings are logged every ten (10) seconds without gaps; (d) every alarm has been triggered and acknowledged on the HMI; and (e) the System then runs for fourteen (14) consecutive days, covering at least two complete fermentation cycles on every tank, without a Severity 1 fault.
P:6.2 When all criteria are met and the documentation listed in Annex 2 has been delivered, the Buyer shall sign the Final Acceptance Certificate within seven (7) days. Installation, use of the System in production or any payment shall not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace any defective part free of charge, including parts, labour, travel and annual recalibration of all probes and sensors.
H:Article 8 Service Levels
P:8.1 During the warranty period and any maintenance year, faults are handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Loss of temperature or pH monitoring, or of alarms, on any tank in fermentation|1 hour|6 hours|12 hours
TB:Severity 2|Loss of one sensor or of historian functions|3 hours|next day|2 days
TB:Severity 3|Minor fault or request|1 working day|as agreed|10 working days
P:8.2 On-site work in Qionghai is performed by the local service partner named in Annex 3. For each hour by which a Severity 1 response, arrival or restoration is late the Supplier shall pay CNY 800, and CNY 300 for a Severity 2 fault. These amounts are deducted from any sum due to the Supplier or invoiced to it.
H:Article 9 Maintenance after Warranty
P:9.1 After the warranty period the Buyer may order maintenance for successive years by purchase order. The annual maintenance fee is fixed at nine point five per cent (9.5 %) of the Equipment and Licence Subtotal, namely CNY 77,615 per year, for the first three (3) maintenance years, and covers the services of Articles 7 and 8.
P:9.2 Maintenance does not renew automatically. Any later change of the fee must be agreed in writing by both Parties.
H:Article 10 Process Data and Security
P:10.1 All Process Data, including fermentation recipes and yeast management records, belongs to the Buyer. The Supplier may use Process Data only to perform this Contract and shall not copy, retain or disclose it.
P:10.2 The System shall run on the Buyer's isolated production network without any connection to the internet or to any cloud service. Remote access is allowed only through the Buyer's VPN, with the Buyer's approval for each session, and is logged.
P:10.3 The Supplier shall notify the Buyer within twelve (12) hours after becoming aware of any unauthorised access to the System or to Process Data, shall help to contain it, and shall be liable for all loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each Party shall keep confidential all technical and commercial information received from the other Party, in particular the Buyer's recipes, process parameters and production volumes, and shall not disclose it without prior written consent. This obligation survives for five (5) years after the end of the Contract.
H:Article 12 Intellectual Property
P:12.1 The PLC logic, HMI screens, tank dashboards, batch reports and calibration records prepared for the Buyer become the property of the Buyer upon delivery, and the Buyer may use, modify and have them modified freely.
P:12.2 The SCADA and historian software remains the property of its publisher and is licensed to the Buyer perpetually for the System.
H:Article 13 Subcontracting
P:13.1 The local service partner named in Annex 3 is approved by the Buyer upon signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 14 Liability and Termination
P:14.1 The total liability of the Supplier under this Contract is limited to one hundred and fifty per cent (150 %) of the Contract Price, except in case of personal injury, fraud, wilful misconduct or breach of Articles 10 and 11, which are not limited.
P:14.2 The Buyer may terminate the Contract by registered letter if the Supplier commits a material breach and does not remedy it within twenty (20) days after written notice, or if the maximum delay damages under Article 5.2 are reached.
H:Article 15 Governing Law and Disputes
P:15.1 The present Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute which cannot be settled amicably within thirty (30) days shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules. The award is final and binding on both Parties.
H:Article 16 Miscellaneous
P:16.1 The present Contract is made in English and Chinese, both versions having equal force. Annex 1 (technical specification), Annex 2 (documentation list) and Annex 3 (local service partner) form part of the Contract.
P:Done at Qionghai, in two originals, on 9 June 2026.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H92E05 = """
T:API SUBSCRIPTION AGREEMENT - TRADEFILE CUSTOMS DATA API
P:This API Subscription Agreement (this "Agreement") is entered into as of July 1, 2026 (the "Effective Date") by and between Marianas Trade Data LLC, a limited liability company organized under the laws of the Commonwealth of the Northern Mariana Islands, with its principal office at Beach Road, Garapan, Saipan, MP 96950 ("Vendor"), and Dongguan Huayi Garment Co., Ltd., a company organized under the laws of the People's Republic of China, with its principal office in Humen Town, Dongguan, Guangdong ("Customer").
P:Customer manufactures apparel for export to the United States and wishes to prepare U.S. customs filings for its shipments through Vendor's application programming interface. Vendor is willing to provide that access on the terms below. The parties therefore agree as follows.
H:1. Definitions
P:1.1 "API" means Vendor's TradeFile customs data application programming interface, including its sandbox and production environments, endpoints, schemas and Documentation.
P:1.2 "Customer Data" means all data submitted by or for Customer through the API, including purchase orders, commercial invoices, packing lists, bills of lading, consignee and importer details, and all filings and responses generated from them.
P:1.3 "Services" means access to the API, the onboarding services described in Section 3 and technical support described in Section 6.
P:1.4 "Subscription Year" means each consecutive twelve (12) month period starting on the Effective Date during the Term.
H:2. Services and Subscription
P:2.1 Vendor grants Customer, during the Term, a non-exclusive, non-transferable right to access and use the API to prepare and transmit Importer Security Filing (ISF) data, commercial invoice data and entry summary data for shipments to the United States, to receive harmonized tariff classification suggestions for garment styles, and to receive status messages from Vendor's licensed customs broker partners.
P:2.2 The subscription is the Professional tier, which includes up to 30,000 API calls per calendar month and up to ten (10) Customer user accounts. Calls above that volume are charged at CNY 0.35 per call, invoiced monthly in arrears.
P:2.3 Customer is responsible for the accuracy of the data it submits and for choosing the importer of record and customs broker that file the entries.
H:3. Onboarding and Acceptance
P:3.1 Vendor will issue sandbox credentials within five (5) business days after the Effective Date. Vendor will map Customer's ERP export fields to the API schemas and deliver the field mappings and transformation scripts described in Exhibit A.
P:3.2 Onboarding is accepted when (a) two hundred (200) test filings generated from Customer's real order data have been validated in the sandbox without schema or mapping errors, (b) classification suggestions have been returned for every garment style on Customer's current style list, and (c) status messages are received in Customer's ERP for every test filing. Customer shall confirm acceptance in writing within five (5) business days after Vendor demonstrates that the criteria are met. Issuance of credentials or use of the API in production does not by itself constitute acceptance.
P:3.3 Vendor shall make the production environment available to Customer within twenty (20) business days after the Effective Date. If it fails to do so, Vendor shall pay Customer, as liquidated damages and not as a penalty, 0.1 % of the Total Subscription Fees for each day of delay, up to a maximum of ten percent (10%) of the Total Subscription Fees.
H:4. Fees and Payment
P:4.1 The Annual Subscription Fee is CNY 186,000 (one hundred eighty-six thousand Chinese yuan) per Subscription Year. The Total Subscription Fees for the Term are CNY 372,000. There is no separate onboarding fee.
P:4.2 The Annual Subscription Fee is invoiced annually in advance. The first invoice is issued on the Effective Date and is payable within fifteen (15) days; production credentials are issued only after that invoice has been paid. The second invoice is issued on the first anniversary of the Effective Date.
P:4.3 All fees are exclusive of value added tax and any withholding tax, which Customer shall pay or gross up as required by applicable law. Fees are non-refundable except as expressly stated in this Agreement.
H:5. Term and Renewal
P:5.1 This Agreement starts on the Effective Date and continues for twenty-four (24) months (the "Term").
P:5.2 This Agreement does not renew automatically. Any renewal requires a new written order signed by both parties.
H:6. Support and Availability
P:6.1 Vendor will use commercially reasonable efforts to make the API available around the clock, except for scheduled maintenance announced on Vendor's status page and events beyond Vendor's reasonable control.
P:6.2 Vendor provides technical support by e-mail and through its ticketing portal during Vendor's business hours in Saipan (Chamorro Standard Time), Monday through Friday, excluding CNMI public holidays. Vendor will use commercially reasonable efforts to respond to tickets promptly.
P:6.3 Vendor does not commit to any specific availability level, response time or resolution time, and no service credits apply.
H:7. Customer Data and Security
P:7.1 As between the parties, Customer owns all Customer Data. Vendor shall process Customer Data only to provide the Services to Customer and in accordance with Customer's documented instructions, and shall not sell, disclose or otherwise use it.
P:7.2 Vendor shall maintain a written information security program with administrative, technical and physical safeguards, including encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, logging of all access to Customer Data, and an annual independent SOC 2 Type II audit, a copy of which Vendor shall provide to Customer on request.
P:7.3 Customer Data is hosted by Amazon Web Services in its U.S. West region. Customer is responsible for any security assessment or filing required under the laws of the People's Republic of China for the transfer of Customer Data to Vendor.
P:7.4 Vendor shall notify Customer in writing within forty-eight (48) hours after becoming aware of any unauthorized access to, or loss of, Customer Data, shall take reasonable steps to contain it, and shall bear the costs of investigation, notification and remediation, and Customer's resulting losses, to the extent the incident results from Vendor's breach of this Section 7.
P:7.5 Within thirty (30) days after the end of the Term, Vendor shall return Customer Data in a standard format and then delete all copies, and certify the deletion in writing.
H:8. Confidentiality
P:8.1 Each party shall hold the other party's Confidential Information in confidence, use it only to perform or exercise rights under this Agreement, and not disclose it to any third party other than its employees and advisers who need to know it and are bound by similar obligations. Confidential Information includes Customer's pricing, customer and supplier lists and shipment volumes, and Vendor's non-public API documentation. These obligations survive for three (3) years after termination.
H:9. Intellectual Property
P:9.1 Vendor retains all rights in the API, its classification engine and Documentation.
P:9.2 The field mappings and transformation scripts created by Vendor specifically for Customer under Section 3 are the property of Customer upon delivery. Customer may use, modify and license them to any third party without restriction.
H:10. Subcontracting
P:10.1 Vendor shall not subcontract any of its obligations without Customer's prior written consent, except that the hosting provider named in Section 7.3 and the licensed customs broker partners listed in Exhibit B are approved by Customer's signature of this Agreement. Vendor remains responsible for its subcontractors.
H:11. Warranties and Disclaimer
P:11.1 Vendor warrants that the API will operate materially in accordance with the Documentation and that the onboarding services will be performed in a professional manner.
P:11.2 EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE API IS PROVIDED "AS IS", AND VENDOR DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE. Classification suggestions are advisory; the importer of record remains responsible for the final classification.
H:12. Limitation of Liability
P:12.1 Neither party shall be liable for any indirect, incidental, special or consequential damages, including lost profits.
P:12.2 Each party's total aggregate liability arising out of this Agreement shall not exceed one hundred fifty percent (150%) of the fees paid and payable under this Agreement. This limit does not apply to Customer's payment obligations, a party's breach of Section 8, Vendor's breach of Section 7, or either party's fraud or willful misconduct.
H:13. Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty (30) days after receiving notice describing the breach. If Customer terminates for Vendor's breach, Vendor shall refund the prepaid fees for the remainder of the Subscription Year.
P:13.2 Upon termination, Customer's access to the API ends and Section 7.5 applies.
H:14. Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Commonwealth of the Northern Mariana Islands, without regard to its conflict of laws principles.
P:14.2 Each party submits to the exclusive jurisdiction of the Superior Court of the Commonwealth of the Northern Mariana Islands sitting in Saipan for any dispute arising out of this Agreement.
H:15. General
P:15.1 This Agreement, with Exhibit A (onboarding scope and field mappings) and Exhibit B (approved broker partners), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices must be sent by courier or e-mail to the addresses above. Neither party may assign this Agreement without the other party's consent, except to a successor of its whole business.
P:IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
P:MARIANAS TRADE DATA LLC  By: ____________  Name: Joseph T. Camacho  Title: Managing Member
P:DONGGUAN HUAYI GARMENT CO., LTD.  By: ____________  Name:  Title: General Manager
"""

SOURCES = {"h92z01": H92Z01, "h92z02": H92Z02, "h92e03": H92E03, "h92e05": H92E05}
TARGETS = {"h92z01": ("h92z01_provincial_meteorological_data_sharing_platform.docx", "docx"),
           "h92z02": ("h92z02_steel_works_blast_furnace_temperature_monitoring.pdf", "pdf"),
           "h92e03": ("h92e03_rum_distillery_fermentation_sensors_maintenance.docx", "docx"),
           "h92e05": ("h92e05_garment_factory_customs_api_subscription_saipan_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
