"""Builds the Word and PDF files of holdout102 from the sources kept below, so they can be made again.

Run with /work/main/.venv/bin/python make_files.py. Markup (see ../word_pdf.py): T: title, H: heading, P: paragraph,
TB: a table row (cells split by |). The two .docx files get real Word tables; the two PDFs are typeset with their
paragraphs first broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H102Z01 = """
T:鹿鸣水电站大坝安全监测自动化系统集成合同
P:合同编号：LMSD-AQJC-2025-017
P:甲方（买方）：滇中能源鹿鸣水电开发有限公司
P:乙方（卖方）：华测智联工程技术有限公司
P:甲方通过公开招标确定乙方为鹿鸣水电站大坝安全监测自动化系统集成项目的中标人。依据《中华人民共和国民法典》、招标文件及乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责鹿鸣水电站拦河坝（碾压混凝土重力坝，最大坝高一百一十八米）及左右岸边坡安全监测自动化系统的设备供货、安装埋设、系统集成、定制开发、调试、培训及质保期服务。
P:1.2 监测项目包括坝基及坝体渗流渗压、坝体水平位移和垂直位移、坝基扬压力、绕坝渗流、渗漏量及边坡表面变形，以及监测数据的自动采集、传输、存储、整编分析和预警。
P:1.3 系统应满足 DL/T 5178、DL/T 5211 等规范及附件《技术规范书》的要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾万元整（¥3,200,000.00），含增值税，包括设备、软件许可、定制开发、运输、保险、安装埋设、调试、培训及质保期内全部服务费用。除本合同另有约定外，合同总价不作调整。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|振弦式渗压计（含专用电缆）|96支|2,850|273,600
TB:2|量水堰计|12套|9,800|117,600
TB:3|正倒垂线坐标仪|8套|46,500|372,000
TB:4|GNSS表面变形监测站|16套|38,000|608,000
TB:5|GNSS基准站|2套|52,000|104,000
TB:6|静力水准仪|24套|7,600|182,400
TB:7|测量控制单元（MCU）|18台|16,800|302,400
TB:8|大坝安全监测数据管理软件（永久许可）|1套|286,000|286,000
TB:9|服务器、存储及网络安全设备|1批|214,000|214,000
TB:|软硬件小计|||2,460,000
TB:10|定制开发（监测信息管理平台定制模块、水调自动化系统及大坝中心报送接口）|1项|292,000|292,000
TB:11|安装埋设、电缆敷设及系统调试|1项|421,500|421,500
TB:12|培训|1项|26,500|26,500
TB:|合同总价|||3,200,000
H:第三条 付款方式
P:3.1 合同生效后，乙方向甲方提交金额为合同总价百分之十的预付款保函及等额发票，甲方在收到后十五个工作日内支付预付款人民币叁拾贰万元。
P:3.2 全部设备到货、安装埋设及调试完成，经甲方和监理单位签署安装调试完成确认单后，甲方支付合同总价的百分之四十五。该确认单仅确认安装调试工作已完成，不视为验收合格。
P:3.3 系统通过最终验收、双方签署最终验收证书后，甲方支付合同总价的百分之四十。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方履行完毕全部质保义务后，甲方在二十个工作日内无息返还。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后九十日内将全部设备运抵鹿鸣水电站现场指定仓库，并于合同生效后一百五十日内完成安装埋设及调试。埋设施工应避开甲方书面通知的度汛关键时段。
P:4.2 设备到货时，由甲方、监理单位和乙方共同开箱检查数量、型号、合格证及外观，签署到货签收单。到货签收仅表明设备已经送达，不代表质量验收。
H:第五条 验收
P:5.1 初步验收在安装调试完成后进行，验收标准为：（一）全部测点按设计接入系统，自动化测值与人工比测的偏差在 DL/T 5272 规定的限差以内；（二）MCU 单点采集时间不超过三十秒，巡测全部测点不超过三十分钟；（三）测点完好率不低于百分之九十八；（四）资料整编、过程线、预警功能以及向水调自动化系统和国家能源局大坝中心的报送接口经逐项测试通过；（五）网络安全设备按等级保护第三级要求完成配置，并通过甲方组织的安全检测。
P:5.2 初步验收合格后，系统进入为期三个月的试运行。试运行期间系统连续稳定运行、未发生一级故障，且经过至少一次库水位升降过程的完整数据检验的，由甲方组织专家进行最终验收，验收合格后双方签署最终验收证书。
P:5.3 安装调试完成、试运行、甲方使用系统或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内完成整改并申请重新验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内，乙方免费提供设备维修更换、软件缺陷修复及版本升级、每季度一次现场巡检和年度系统评价报告。
P:6.2 故障等级及响应要求如下表，时限自甲方电话通知或系统告警发出时起算：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|数据采集中断超过一小时；汛期或库水位骤变期间关键测点失效；预警功能失效|30分钟|8小时|24小时
TB:二级|单台MCU或单套GNSS站离线；部分测点数据异常|2小时|24小时|72小时
TB:三级|软件一般缺陷、报表格式问题及其他|8小时|按约定|7日
P:6.3 乙方未按上表时限响应、到场或修复的，每超时一小时，甲方有权从质量保证金或维保费中扣减人民币壹仟元；汛期（每年五月至十月）内一级故障超时的，每超时一小时扣减人民币贰仟元。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维保服务。维保年费不超过软硬件小计的百分之八，即每年不超过人民币壹拾玖万陆仟捌佰元，质保期满后的前两年内不得上调。维保服务另行签订合同，按年签订，不自动续期。
H:第七条 数据安全
P:7.1 系统采集、存储、处理的全部监测数据、计算成果、预警信息及运行日志均属于甲方所有。乙方仅为履行本合同之目的在甲方授权范围内接触和处理上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:7.2 大坝安全监测系统属于甲方电力监控系统的组成部分，乙方应遵守《电力监控系统安全防护规定》及网络安全等级保护制度的要求。系统部署于甲方生产控制大区，不得设置无线或互联网远程通道；确需远程维护的，须经甲方书面审批，并通过甲方堡垒机、在甲方人员监护下进行，全程记录审计。
P:7.3 乙方发现或应当发现数据泄露、篡改、丢失或网络安全事件的，应在一小时内报告甲方，立即采取处置措施并配合甲方调查。因乙方原因造成安全事件的，乙方承担全部赔偿责任及由此产生的监管处罚。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工程资料、坝体结构图纸、监测成果、网络拓扑、账号口令等非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:8.2 保密义务不因本合同的终止而终止，在本合同终止后五年内持续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的软件模块、接口程序、源代码、配置文件及技术文档的知识产权归甲方所有。乙方应在最终验收时一并交付源代码，甲方可自行或委托第三方修改、使用。
P:9.2 大坝安全监测数据管理软件的原有知识产权归乙方或其权利人所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计不超过合同总价的百分之十。
P:10.2 乙方逾期超过三十日，或所供设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 电缆沟开挖、观测房土建等辅助工程，经甲方书面同意后，乙方可分包给具备相应资质的单位，乙方对分包工作承担全部责任。除此以外，乙方不得分包或转包本合同项下的任何工作。
H:第十二条 合同解除
P:12.1 乙方出现重大违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，提交昆明仲裁委员会按其仲裁规则仲裁。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式陆份，甲方执肆份，乙方执贰份，具有同等法律效力。
P:14.2 附件：技术规范书、设备清单、验收大纲。
P:甲方（盖章）：滇中能源鹿鸣水电开发有限公司　　授权代表：________
P:乙方（盖章）：华测智联工程技术有限公司　　授权代表：________
P:签订日期：2025年____月____日
"""

H102Z02 = """
T:炭黑粒径在线分析系统采购及维保合同
P:合同编号：RTXC-SB-2025-0309
P:买方（甲方）：东营瑞炭新材料有限公司
P:地址：山东省东营市河口区新材料产业园瑞炭路8号
P:卖方（乙方）：苏州粒准分析仪器有限公司
P:地址：江苏省苏州市工业园区星湖街218号
P:为提高N220、N330、N550等牌号炭黑产品粒径及比表面积的在线控制水平，甲方向乙方采购炭黑粒径在线分析系统三套，分别安装于甲方一号、二号、三号反应炉生产线。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、供货范围及合同价格
P:（一）供货内容及价格如下：
P:1．在线激光粒度分析仪3套，单价386,000元，小计1,158,000元；
P:2．自动取样及预处理系统（含旋风取样器、稀释分散单元）3套，单价92,000元，小计276,000元；
P:3．分析小屋（含防爆空调、仪表风净化装置）3套，单价58,000元，小计174,000元；
P:4．数据服务器及DCS通讯网关1套，68,000元；
P:5．粒径分析软件（永久许可）1套，96,000元。
P:以上设备及软件小计1,772,000元。
P:6．安装、调试及DCS通讯组态118,000元；
P:7．操作与维护培训20,000元。
P:（二）合同总价为人民币壹佰玖拾壹万元整（¥1,910,000.00），含13%增值税、包装、运输至甲方厂区、保险、安装调试及培训费用。
P:（三）主要技术参数：粒径测量范围10至300纳米；单次分析周期不超过五分钟；取样温度适应范围常温至二百五十摄氏度；分析小屋防爆等级不低于Ex d IIB T4；通讯接口支持Modbus TCP及OPC UA。详细参数以附件技术协议为准。
H:二、交货
P:（一）乙方应于合同生效后七十五日内将全部设备运至甲方厂区指定地点，并负责卸货就位。
P:（二）设备到货后，双方共同开箱清点，核对型号、数量、装箱单及合格证，签署到货签收单。到货签收不代表甲方对设备质量的认可。
P:（三）乙方应随货提供中文操作手册、维护手册、电气图纸、防爆合格证及出厂检验报告。
P:（四）设备包装应适合长途运输及防潮、防震要求。设备在甲方签收前的毁损、灭失风险由乙方承担。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之二十作为预付款，即人民币叁拾捌万贰仟元。
P:（二）设备全部到货并经甲方签收后十五个工作日内，甲方支付合同总价的百分之五十。
P:（三）系统验收合格、双方签署验收报告后十五个工作日内，甲方支付合同总价的百分之二十五。
P:（四）合同总价的百分之五作为质保金，质保期满且无质量争议的，甲方在十五个工作日内无息支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:四、安装调试与验收
P:（一）乙方负责设备安装、调试及与甲方DCS系统的通讯组态，甲方负责提供电源、仪表风、取样口及土建基础。乙方人员进入甲方厂区应遵守甲方安全生产及动火、登高作业管理规定。
P:（二）验收标准：1．每条生产线在线测量结果与甲方质检中心按GB/T 3780系列标准测得的结果比对，偏差不超过±3%；2．同一样品重复测量的相对标准偏差不超过1.5%；3．测量数据每10秒上传DCS一次，画面与报表显示正确；4．三套系统各自连续运行三十日，无停机故障；5．技术资料齐全。
P:（三）全部满足上述标准后，双方签署验收报告。设备安装完成、试运行或甲方使用设备，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
P:（四）乙方应在调试期间对甲方质检、仪表及工艺人员进行不少于五个工作日的现场培训，内容包括测量原理、日常操作、取样系统清洗、常见故障处理和校准方法，使受训人员能够独立完成日常维护。
H:五、质量保证
P:（一）乙方保证所供设备为全新、原装、未使用过的合格产品，符合合同约定的技术参数及国家防爆标准。
P:（二）质保期为自验收合格之日起十个月。质保期内因设备质量问题产生的故障，乙方免费维修或更换。取样滤芯、密封垫、激光器保护窗片等易损件不在免费范围之内，按乙方报价另行购买。
P:（三）质保期内，乙方每季度到甲方现场巡检、校准一次，并提交巡检报告。
P:（四）质保期内因乙方设备故障导致甲方停机的，质保期相应顺延。
P:（五）乙方承诺自验收合格之日起八年内持续供应备品备件，备件价格不高于本合同签订时乙方报价单所列价格。
H:六、维保服务
P:（一）质保期满后，乙方提供有偿维保服务。维保年费为设备及软件小计的百分之九，即每年人民币壹拾伍万玖仟肆佰捌拾元，质保期满后三年内不作调整。维保服务每年签订一次合同，不自动续期。
P:（二）故障响应：一级故障（分析仪停机或测量数据中断，影响反应炉工艺控制）乙方接报后1小时内远程响应，24小时内到达现场，48小时内排除；二级故障（单项测量偏差超标、取样管路频繁堵塞等）乙方2小时内响应，72小时内到场处理；三级故障（报表、显示等一般问题）乙方在下一个工作日内响应。
P:（三）乙方到场或排除故障超过上述时限的，每超时一小时，甲方有权扣减人民币伍佰元，从质保金或维保费中扣除。
P:（四）维保服务内容包括：每季度一次现场巡检与校准、易损件更换（易损件费用另计）、软件升级、故障维修及电话技术支持。乙方每次服务后应提交服务报告，经甲方设备部签字确认。
P:（五）分析仪内置远程诊断模块，乙方可经该模块读取设备运行状态及测量记录，用于故障诊断和维保服务。
H:七、数据
P:分析仪产生的粒径数据、工艺参数及运行记录归甲方所有，乙方仅可为履行本合同项下的质保和维保义务使用，不得用于其他目的。
H:八、保密
P:双方对在合作中获悉的对方技术秘密、生产工艺（包括炭黑原料油配比、反应炉操作参数）及商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后三年。
H:九、知识产权
P:（一）乙方保证所供设备及软件不侵犯第三方的专利权、著作权等知识产权，否则由乙方承担全部责任。
P:（二）为本项目编制的DCS通讯组态程序、数据报表模板归甲方所有，甲方可自行修改使用；粒径分析软件的知识产权归乙方所有，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十；逾期超过三十日的，甲方有权解除合同。
P:（二）设备验收不合格，乙方应在十五日内更换或整改；二次验收仍不合格的，甲方有权退货，乙方退还已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包与转让
P:未经甲方书面同意，乙方不得将本合同项下的义务全部或部分转让或分包给第三方。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十五、其他
P:本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同自双方签字盖章之日起生效，一式肆份，双方各执贰份。附件（技术协议、设备清单、培训计划）为本合同不可分割的组成部分。
P:甲方（盖章）：东营瑞炭新材料有限公司　　代表签字：________
P:乙方（盖章）：苏州粒准分析仪器有限公司　　代表签字：________
P:日期：2025年____月____日
"""

H102E03 = """
T:Equipment Supply, Installation and Maintenance Contract - Tank Water-Quality Monitoring System
P:Contract No.: HY-LP-2025-022
P:Buyer: Xiamen Haoyun Live Seafood Co., Ltd., No. 16 Xiangyun 3rd Road, Huli District, Xiamen, Fujian, People's Republic of China (the "Buyer")
P:Supplier: Cape Breton AquaSense Integration Inc., 275 Charlotte Street, Sydney, Nova Scotia B1P 1C6, Canada (the "Supplier")
P:WHEREAS the Buyer operates a live lobster holding facility (lobster pound) of 48 recirculating seawater tanks near Xiamen Gaoqi International Airport for lobsters imported from Atlantic Canada, and the Supplier designs, installs and maintains monitoring systems for lobster pounds in Nova Scotia. The Parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring and alarm system for all 48 tanks, the sump and the chiller room (the "System"), train the Buyer's staff, provide warranty service and, if ordered under Article 7, maintenance after the warranty.
P:1.2 The System measures dissolved oxygen, temperature, pH, total ammonia nitrogen, salinity and flow, shows all values on the PoundWatch monitoring software, and raises alarms on screen, by siren and by telephone call and SMS to the Buyer's duty staff. The detailed specification is in Annex 1 and forms part of this Contract.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,240,000 (one million two hundred and forty thousand yuan), inclusive of VAT, delivery CIP Xiamen, import clearance costs, installation, calibration, commissioning, training and all travel costs of the Supplier's personnel. It is fixed for the duration of the Contract.
P:2.2 Price breakdown:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with automatic cleaning brush|48|6,200|297,600
TB:2|Temperature probe, PT1000, titanium sheath|96|780|74,880
TB:3|pH sensor with transmitter|24|3,400|81,600
TB:4|Online ammonia (TAN) analyser|6|38,500|231,000
TB:5|Salinity / conductivity sensor|24|2,950|70,800
TB:6|Electromagnetic flow meter|12|4,100|49,200
TB:7|Data gateway, wired Ethernet, Modbus|8|9,600|76,800
TB:8|PoundWatch monitoring software, perpetual licence|1|168,000|168,000
TB:9|Alarm server with UPS and GSM dialler|1|52,000|52,000
TB:|Hardware and Licence Subtotal|||1,101,880
TB:10|Installation, calibration and commissioning|1 lot||118,120
TB:11|Training of operators and maintenance staff|1 lot||20,000
TB:|Contract Price|||1,240,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 124,000) within 20 working days after the Buyer receives the Supplier's invoice and an irrevocable bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price within 20 working days after the Parties sign the Installation Certificate. The Installation Certificate confirms that the equipment has been delivered and installed; it is not acceptance of the System.
P:3.3 Final payment: 35% of the Contract Price within 20 working days after the Buyer signs the Final Acceptance Certificate under Article 5.
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's facility within 70 days and complete installation and commissioning within 110 days after the Effective Date.
P:4.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer or to force majeure, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Final acceptance tests are carried out after commissioning according to the test plan in Annex 2. The System passes when: (a) each sensor has been checked against a calibrated reference instrument, with dissolved oxygen within plus or minus 0.2 mg/L, temperature within plus or minus 0.2 degrees C and pH within plus or minus 0.1; (b) the ammonia analysers agree with the Buyer's laboratory results on five samples within the tolerance stated in Annex 1; (c) for every tank a simulated low-oxygen event and a simulated high-temperature event raise an alarm on screen and reach the duty telephone within 60 seconds; (d) chiller and pump status signals are displayed correctly; (e) the System has run for 21 consecutive days without a Severity 1 fault; and (f) as-built drawings, calibration records and manuals have been delivered.
P:5.2 When all criteria are met the Buyer signs the Final Acceptance Certificate. Signature of the Installation Certificate, use of the System for live stock, or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect within 10 days at its own cost and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, supply software updates, and recalibrate all sensors twice a year on site.
P:6.2 Consumables (oxygen sensor caps, analyser reagents) are not covered and are supplied at the prices in Annex 3.
H:Article 7 Maintenance after Warranty
P:7.1 At the Buyer's option, the Supplier shall provide maintenance for the three years following the warranty period. The annual maintenance fee is 7.5% of the Hardware and Licence Subtotal, i.e. CNY 82,641 per year, fixed for those three years, and covers the same services as the warranty.
P:7.2 Maintenance is ordered by the Buyer each year by purchase order; it does not renew automatically.
H:Article 8 Service Levels
P:8.1 The Supplier shall run a support hotline 24 hours a day, 7 days a week, and shall respond, attend site and restore service within the times below, counted from the Buyer's call or the System's automatic fault notification:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Loss of dissolved-oxygen or temperature readings or of alarms for any tank, or failure of the alarm server|30 minutes|6 hours|12 hours
TB:Severity 2|A single sensor failed or drifting outside tolerance; an ammonia analyser out of service; a software function impaired|2 hours|next day|3 days
TB:Severity 3|Reports, display and other minor issues|1 business day|as agreed|10 business days
P:8.2 For each hour by which the Supplier exceeds a Severity 1 time, the Buyer may deduct CNY 600, and for each hour by which it exceeds a Severity 2 time, CNY 200, from any amount payable to the Supplier or from the maintenance fee.
H:Article 9 Buyer Data and Security
P:9.1 All measurement data, alarm and event logs, stock and mortality records entered in PoundWatch, and configuration data of the System (together "Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it to its own systems or disclose it to any third party.
P:9.2 The System is installed on the Buyer's own server at the facility. Remote access by the Supplier is allowed only through the Buyer's VPN, with personal accounts and two-factor authentication, for a session approved by the Buyer for each service case; all sessions are logged. Buyer Data shall not be transferred outside the People's Republic of China.
P:9.3 The Supplier shall keep the System's software patched and shall report to the Buyer within 12 hours any security incident, unauthorised access, loss or corruption of Buyer Data that it becomes aware of. The Supplier is liable for all losses of the Buyer caused by such incidents where they result from the Supplier's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each Party shall keep confidential the other Party's technical and commercial information received in connection with this Contract, and shall not disclose it to any third party without the other Party's prior written consent, except to its professional advisers or as required by law. This obligation survives for five years after the end of this Contract.
H:Article 11 Intellectual Property
P:11.1 The dashboards, alarm logic, tank configuration files, reports and the integration scripts for the chiller and pump controllers prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and have them maintained by others without restriction. The Supplier shall deliver them in editable form with the as-built documentation.
P:11.2 The PoundWatch software and the Supplier's pre-existing tools remain the property of the Supplier or its licensors; the Buyer receives a perpetual licence to use them for the System.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed one hundred and twenty per cent (120%) of the Contract Price. This limit does not apply to personal injury, wilful misconduct or gross negligence, or breach of Articles 9 and 10.
P:12.2 Loss of live stock caused by a failure of the System to raise an alarm is direct loss.
H:Article 13 Subcontracting
P:13.1 On-site field service in Xiamen shall be performed by the Supplier's local service partner, Xiamen Lantide Instrument Co., Ltd., which the Buyer approves by signing this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent, and remains responsible for the acts of its subcontractors.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after receiving written notice, or if the liquidated damages under Article 4.2 reach their maximum. The Supplier shall then refund amounts paid for work not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with this Contract shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.
H:Article 16 General
P:16.1 This Contract is made in English in two originals, one for each Party, and takes effect on the date of signature by both Parties (the "Effective Date"). Amendments must be in writing and signed by both Parties.
P:Annex 1: Technical Specification. Annex 2: Acceptance Test Plan. Annex 3: Consumables Price List.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H102E04 = """
T:IT Managed Services and Desktop Support Agreement
P:Agreement No. INS-2025-C-0087
P:Xiangshan Hongmeiren Citrus Co., Ltd., having its registered office at No. 9 Ganju Road, Dingtang Town, Xiangshan County, Ningbo, Zhejiang Province, China (hereinafter "Party A"), and Iyo Network Services Co., Ltd., having its head office at 4-chome 2-15 Ichibancho, Matsuyama City, Ehime Prefecture, Japan, and its service office at Yinzhou District, Ningbo (hereinafter "Party B"), hereby enter into this Agreement concerning managed IT services and desktop support as follows.
H:Article 1 (Purpose)
P:The purpose of this Agreement is to set forth the terms under which Party A entrusts to Party B, and Party B accepts, the operation, monitoring and support of the IT environment that Party A uses for the cultivation, sorting, packing, cold storage and sale of Hongmeiren (Ehime No. 28) mandarin oranges.
H:Article 2 (Definitions)
P:In this Agreement: (1) "IT Environment" means the devices, networks, servers and cloud services listed in Appendix 1; (2) "Services" means the services described in Article 3; (3) "Incident" means an event that stops or impairs the normal use of the IT Environment; (4) "Party A Data" means all data stored in or processed by the IT Environment, including orchard records, sorting and packing data, customer and order information and personal information of employees and customers.
H:Article 3 (Scope of Services)
P:1. Party B shall perform the following Services with the due care of a prudent manager: (1) 24-hour remote monitoring of the 3 servers, 2 firewalls, 11 network switches and 16 Wi-Fi access points of the head office, the packing house and the cold store; (2) service desk for 68 PCs and notebooks, 14 orchard tablets and the control PCs of the optical sorting line, by telephone, WeChat and e-mail, in Chinese and Japanese; (3) on-site desktop support by a technician from Party B's Ningbo office three days per week, and every working day from 15 November to the end of February during the harvest and shipping season; (4) administration of Party A's Microsoft 365 (operated by 21Vianet) tenant and user accounts; (5) patch management and endpoint protection; (6) daily backup of the servers and a restoration test every quarter; (7) a monthly service report.
P:2. Replacement hardware, software licences purchased by Party A and work outside the scope above are not included and shall be agreed separately in writing.
H:Article 4 (Service Period)
P:1. The service period is thirty-six (36) months from the day following the Transition Completion Date under Article 7.
P:2. Unless either party notifies the other in writing at least three (3) months before the expiry of the service period that it will not renew, this Agreement shall be renewed automatically for one (1) year on the same terms and conditions, including the same service fees, and the same shall apply thereafter.
H:Article 5 (Service Fees)
P:1. The monthly service fee is CNY 37,200 (tax included), and the total monthly fees for the service period are CNY 1,339,200.
P:2. The transition fee is CNY 64,000 (tax included), payable once.
P:3. The total amount of this Agreement is therefore CNY 1,403,200 (tax included). The fees shall not be changed during the service period except by written agreement of both parties.
H:Article 6 (Payment)
P:1. Party B shall issue an invoice for the monthly service fee after the end of each month, together with the monthly service report, and Party A shall pay it by bank transfer by the end of the following month.
P:2. The transition fee shall be invoiced after Party A has issued the written confirmation under Article 7, paragraph 3, and paid within thirty (30) days after receipt of the invoice.
P:3. Party A shall not be required to make any payment in advance.
H:Article 7 (Transition and Confirmation of Completion)
P:1. Party B shall complete the transition of the IT Environment from Party A's current provider by 30 September 2025 (the "Transition Completion Date") in accordance with the transition plan in Appendix 2.
P:2. The transition is complete when: (1) all devices in Appendix 1 have been inventoried and reconciled with Party A's asset register; (2) monitoring agents and endpoint protection are running on all servers and PCs; (3) a backup and restoration test of each server has succeeded; (4) administrator passwords have been changed and recorded in Party A's password safe; and (5) operation manuals and network diagrams have been delivered.
P:3. When all items in the preceding paragraph are satisfied, Party A shall issue a written confirmation of completion. The start of the Services or the use of the IT Environment by Party A shall not be deemed confirmation.
H:Article 8 (Delay in Transition)
P:If Party B fails to complete the transition by the Transition Completion Date for reasons attributable to Party B, Party B shall pay Party A liquidated damages of 0.1% of the total amount of this Agreement for each day of delay. This shall not prevent Party A from claiming damages exceeding that amount.
H:Article 9 (Service Levels)
P:1. Incidents are classified into the following priorities, and Party B shall respond and restore within the times below, counted from Party A's report or from detection by Party B's monitoring, whichever is earlier:
TB:Priority|Examples|Response|On-site arrival|Restoration target
TB:Priority 1|Server or network down at the packing house or cold store; optical sorting line cannot print labels; suspected virus infection|30 minutes|3 hours|8 hours
TB:Priority 2|A function unusable for a department; e-mail delays|2 hours|next working day|2 working days
TB:Priority 3|Single PC problem, questions, user changes|8 working hours|as arranged|5 working days
P:2. Priority 1 Incidents shall be handled at any time, including night, Sundays and public holidays. Response means that a qualified engineer of Party B has contacted Party A and started work on the Incident.
H:Article 10 (Service Credits)
P:1. If Party B fails to meet the response time or the restoration target for a Priority 1 Incident, Party A shall be entitled to a service credit of 3% of the monthly service fee for each such failure, and of 1% for each such failure for a Priority 2 Incident, up to 20% of the monthly service fee for the month concerned.
P:2. Service credits shall be deducted from the invoice for the following month.
H:Article 11 (Handling of Data)
P:1. Party A Data belongs to Party A. Party B shall handle Party A Data only to the extent necessary to perform the Services and shall not use it for any other purpose, copy it outside the IT Environment or provide it to any third party.
P:2. Party B shall access the IT Environment only with named administrator accounts protected by multi-factor authentication, keep access logs for one year and provide them to Party A on request. Party A Data shall be kept on Party A's servers and in the Microsoft 365 tenant operated in China, and shall not be transferred outside China.
P:3. Party B shall comply with the Personal Information Protection Law and the Data Security Law of China. If Party B becomes aware of any leakage, loss or unauthorized access to Party A Data, it shall notify Party A within six (6) hours, take measures to prevent further damage and cooperate with Party A's investigation. Party B shall compensate Party A for damage caused by such an event attributable to Party B.
P:4. Upon termination of this Agreement, Party B shall return all administrator credentials and documents to Party A and delete any Party A Data in its possession.
H:Article 12 (Confidentiality)
P:1. Neither party shall disclose to any third party, without the prior written consent of the other party, any technical or business information of the other party obtained in connection with this Agreement, including orchard and cultivation know-how, customer lists and prices, nor use it for any purpose other than this Agreement.
P:2. The preceding paragraph shall not apply to information that is publicly known or was lawfully obtained from a third party. This Article shall survive for three (3) years after the termination of this Agreement.
H:Article 13 (Deliverables and Intellectual Property)
P:Scripts, configuration documents, network diagrams, operation manuals and reports prepared by Party B for Party A under this Agreement, and all rights therein, shall belong to Party A, which may use, modify and provide them to a successor provider freely.
H:Article 14 (Prohibition of Re-entrustment)
P:Party B shall not re-entrust (subcontract) all or part of the Services to a third party without the prior written consent of Party A. Where consent is given, Party B shall cause the subcontractor to comply with the same obligations as Party B and shall be responsible for its acts.
H:Article 15 (Damages)
P:If either party causes damage to the other party by breach of this Agreement, it shall compensate the other party for the ordinary and direct damage actually incurred. Neither party shall be liable for lost profits, except in the case of intentional misconduct or gross negligence.
H:Article 16 (Termination)
P:1. If either party breaches this Agreement and fails to cure the breach within fourteen (14) days after receiving a written demand, the other party may terminate this Agreement in whole or in part by written notice.
P:2. Either party may terminate this Agreement immediately by written notice if the other party becomes subject to attachment, bankruptcy or similar proceedings, or suspends payment.
H:Article 17 (Exclusion of Antisocial Forces)
P:Each party represents that neither it nor its officers are antisocial forces, and the other party may terminate this Agreement without notice if this representation proves false.
H:Article 18 (Governing Law and Jurisdiction)
P:This Agreement shall be governed by the laws of Japan. The Matsuyama District Court shall have exclusive jurisdiction in the first instance over any dispute arising out of or in connection with this Agreement.
H:Article 19 (Consultation)
P:Matters not stipulated in this Agreement, and any doubt about its interpretation, shall be settled by consultation between the parties in good faith.
P:In witness whereof, this Agreement has been made in duplicate in English, and each party shall retain one original after signing and sealing.
P:Appendix 1: IT Environment. Appendix 2: Transition Plan.
P:Party A: Xiangshan Hongmeiren Citrus Co., Ltd.  Legal Representative: ____________
P:Party B: Iyo Network Services Co., Ltd.  Representative Director: ____________
P:Date: ____ 2025
"""

SOURCES = {"h102z01": H102Z01, "h102z02": H102Z02, "h102e03": H102E03, "h102e04": H102E04}
TARGETS = {"h102z01": ("h102z01_hydropower_dam_safety_monitoring_integration.docx", "docx"),
           "h102z02": ("h102z02_carbon_black_particle_size_analyser_supply.pdf", "pdf"),
           "h102e03": ("h102e03_lobster_pound_tank_sensors_supply_maintenance.docx", "docx"),
           "h102e04": ("h102e04_mandarin_grower_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
