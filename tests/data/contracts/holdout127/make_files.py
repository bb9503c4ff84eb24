"""Builds the .docx and .pdf contracts of holdout127 from the markup below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H127Z01 = """
T:公路路网运行监测平台建设项目合同
P:合同编号：JTYX-ZC-2025-0417
P:采购项目编号：ZFCG-2025-JT-0112（公开招标）
P:甲方（采购人）：××省交通运输厅
P:乙方（中标供应商）：华衢智联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就公路路网运行监测平台建设项目（以下简称“本项目”）的系统集成事宜，经平等协商，订立本合同，共同遵守。
H:第一条 定义
P:1.1 “平台”：指乙方依本合同为甲方建成的公路路网运行监测平台，包括服务器及存储、网络与安全设备、平台软件、视频汇聚与事件检测软件以及定制开发模块。
P:1.2 “定制开发成果”：指乙方为本项目专门编写的部省数据对接程序、可变情报板发布接口、应急调度模块，及其源代码、数据库设计、接口说明和技术文档。
P:1.3 “初验”“终验”：指本合同第五条约定的两个验收阶段。“工作日”指国家法定工作日。
H:第二条 项目内容与合同价款
P:2.1 乙方负责平台的设备供货、软件部署、定制开发、系统集成、试运行和培训，接入全省高速公路及普通国省干线的视频监控、交通量调查站、路面气象站和收费站流量数据。
P:2.2 合同总价为人民币肆佰柒拾贰万捌仟元整（¥4,728,000，含税），为固定总价，已包含设备、软件许可、开发、运输、安装、集成、培训及质保期内的全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|服务器及存储设备|1套|1,286,000
TB:2|网络与安全设备|1套|412,500
TB:3|路网监测平台软件（永久许可）|1套|1,150,000
TB:4|视频汇聚与事件检测软件（永久许可，2,000路）|1套|568,000
TB:|软硬件小计||3,416,500
TB:5|定制开发（部省对接、情报板发布、应急调度）|1项|936,000
TB:6|系统集成与实施|1项|327,400
TB:7|培训|1项|48,100
TB:|合计||4,728,000
P:2.3 软件许可为永久许可，不限定部署平台的服务器数量，甲方及其下属路网监测中心均可使用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即人民币945,600元，作为预付款。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即人民币2,127,600元。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即人民币1,654,800元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方按国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后120日内完成设备到货安装、软件部署和定制开发，并书面提请初验。
P:4.2 设备到达甲方指定机房后，双方共同开箱清点并签署到货确认单。到货确认单仅证明货物数量与外观，不构成对质量的认可，也不构成验收。
H:第五条 验收
P:5.1 初验由甲方组织，标准如下：（1）设备品牌、型号、配置和数量与投标文件一致；（2）招标文件技术需求清单所列功能逐项测试通过；（3）在甲方提供的200段标注测试视频中，停车、逆行、抛洒物事件的漏检不超过10段；（4）部省数据对接连续7日无中断；（5）300个并发用户下页面响应时间不超过3秒；（6）第三方测评机构出具的等级保护测评和密码应用安全性评估报告无高风险问题。
P:5.2 初验合格后进入60日试运行。试运行期间未发生一级故障、二级故障累计不超过3次，且乙方已提交竣工文档、完成培训的，甲方组织终验并签署终验报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用；第二次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起三年。质保期内乙方免费提供软硬件维修、备件更换、软件升级和补丁、技术咨询，并每季度现场巡检一次。
P:6.2 质保期内平台核心服务的月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.3 故障分级及处理时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或全省视频汇聚中断|30分钟|2小时|6小时
TB:二级|单一功能模块不可用，或单个地市数据中断|1小时|8小时|24小时
TB:三级|一般性问题、操作咨询|8小时|按需|3个工作日
P:6.4 乙方响应、到场或恢复超过上表时限的，每超时1小时，向甲方支付违约金人民币2,000元；月度可用率每低于承诺值0.01个百分点，支付人民币3,000元。甲方可从应付款项中直接扣除。
P:6.5 质保期满后如甲方需要，乙方应以不高于软硬件小计8%的年费（即每年不超过人民币273,320元）提供运维服务，该费率自质保期满起两年内不得上调。运维服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 定制开发成果的著作权及其他知识产权自交付时归甲方所有。乙方应在终验时交付全部源代码、编译环境说明和技术文档，甲方可自行或委托第三方使用、修改、再开发和许可他人使用。
P:7.2 乙方原有平台软件及视频汇聚软件的知识产权仍归乙方，甲方依第二条取得永久、不可撤销的使用许可。
P:7.3 乙方保证交付物不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用和赔偿责任。
H:第八条 数据安全
P:8.1 平台采集、汇聚和生成的全部数据，包括视频图像、交通流量、事件记录、气象数据和出行信息，均属于甲方。乙方不得将上述数据用于本合同以外的任何目的，不得留存、复制或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求实施建设，落实访问控制、日志审计、数据加密和备份措施；远程运维须事先经甲方审批，并通过甲方堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、路网运行信息、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 本条保密义务在合同终止后继续有效五年；乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期提请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的设备或软件不符合约定的，应在甲方指定期限内更换或修复，并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的全部或部分工作转包或分包给第三方，也不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除本合同：（1）逾期超过30日；（2）第二次验收仍不合格；（3）严重违反第八条或第九条；（4）其他根本违约，且在收到甲方书面通知后15日内未予纠正。
P:12.2 因乙方原因解除合同的，乙方应退还甲方已付款项并赔偿甲方损失，预付款保函同时兑付。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分，内容不一致时以本合同为准。
P:14.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：××省交通运输厅        乙方（盖章）：华衢智联科技有限公司
P:日期：    年  月  日                日期：    年  月  日
"""

H127Z02 = """
T:印花布面疵点在线检测系统采购及维保合同
P:合同编号：JL-SB-2025-036
P:甲方（买方）：柯桥锦澜印花有限公司（地址：浙江省绍兴市柯桥区滨海工业区）
P:乙方（卖方）：杭州视衡智能装备有限公司（地址：浙江省杭州市余杭区仓前街道）
P:甲方为提升圆网印花车间的成品检验效率，向乙方采购印花布面疵点在线检测系统，并委托乙方在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、合同标的与价款
P:（一）乙方为甲方六条圆网印花生产线各提供一套布面疵点在线检测系统，每套包括线阵相机组、LED条形光源、工控机、疵点检测软件（嵌入式永久许可）、喷码打标装置和声光报警器；另提供中央服务器、质检看板及车间网络设备一套，并负责安装调试和操作培训。
P:（二）合同总价为人民币壹佰柒拾玖万元整（¥1,790,000，含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|布面疵点在线检测系统|6套|268,000|1,608,000
TB:2|中央服务器、质检看板及网络设备|1套|96,000|96,000
TB:|设备小计|||1,704,000
TB:3|安装调试|1项|72,000|72,000
TB:4|操作及维护培训|1项|14,000|14,000
TB:|合计|||1,790,000
P:（三）检测软件随设备永久许可，乙方为甲方花型配置的检测参数、疵点样本库和判定规则随设备一并交付。
H:二、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即人民币358,000元，作为预付款。
P:（二）全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的45%，即人民币805,500元。到货安装不视为验收。
P:（三）设备验收合格后10个工作日内，甲方支付合同总价的35%，即人民币626,500元。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应在合同签订后75日内将全部设备运至甲方绍兴柯桥厂区，并在到货后20日内完成安装调试。
P:（二）安装须在甲方安排的停机窗口内进行，每条生产线停机不超过两个班次；乙方应遵守甲方车间安全管理制度。
P:（三）设备在甲方签收前的毁损、灭失风险由乙方承担。乙方应采用防潮、防震包装，并随货提供装箱单、合格证、使用说明书和相机、光源的出厂检测记录。
P:（四）乙方应在安装调试期间为甲方质检员、设备维修人员分别提供不少于两天的现场培训，内容包括系统操作、花型切换、参数调整、日常清洁和常见故障排除，培训后提供中文操作手册和维护手册。
H:四、验收
P:（一）安装调试完成后，各生产线连续试生产15个工作日。验收标准：1. 对断经、纬斜、色渍、搭色、漏印、刀线、破洞、污渍等十类疵点，在甲方抽取的500米标准样布上检出数不少于样布已标注疵点数的95%；2. 误报每百米不超过2次；3. 车速每分钟60米时检测无丢帧；4. 喷码位置偏差不超过5厘米；5. 检测记录可按批号、卷号追溯并导出。
P:（二）试生产结束后，甲方组织验收，达到上述标准的，双方签署验收报告。未达到标准的，乙方应在10日内整改后重新验收，费用由乙方承担。
H:五、质量保证
P:（一）设备整机质保期为验收合格之日起六个月。质保期内因设备质量问题产生的维修和更换，由乙方免费负责。光源、镜头保护片等易损件不在质保范围内。
P:（二）质保期内及维保期内，一级故障（检测系统整线停用，生产线需改为人工验布）乙方应在1小时内远程响应，8小时内到场；二级故障（单一相机或光源失效）应在2小时内远程响应，24小时内到场处理。
P:（三）乙方到场或修复超过上述时限的，每超时1小时向甲方支付违约金人民币500元。
P:（四）质保期内同一部件累计维修三次仍不能正常工作的，乙方应免费更换同型号新品，更换部件的质保期重新计算。
H:六、维保服务
P:（一）质保期满后，乙方继续提供为期五年的维保服务，内容包括：每季度上门标定和清洁一次、软件升级、备件更换（含光源和相机）、远程诊断及上述故障响应。
P:（二）维保年费为设备小计的22%，即每年人民币374,880元，五年内固定不变，每年维保期开始后15个工作日内支付当年费用。
P:（三）乙方每次上门服务后应提交服务报告，载明标定结果、更换部件和遗留问题，经甲方设备部签字确认。
P:（四）乙方未按约定完成某一季度上门标定和清洁的，甲方可委托第三方完成，所需费用从当年维保费中扣除；因未按时标定导致漏检、错检的，乙方应配合甲方复检相关批次。
P:（五）五年期满后，双方另行协商是否续签，本合同不自动续期。
H:七、知识产权
P:（一）乙方为甲方花型专门配置的检测参数、疵点样本库、判定规则及报表模板归甲方所有，甲方可自行修改或交由第三方使用。
P:（二）检测软件本身的知识产权归乙方，甲方依本合同享有永久使用权。
H:八、数据安全
P:（一）检测系统采集的布面图像、疵点记录、产量数据和花型图案均属于甲方，乙方不得将其用于履行本合同以外的用途，不得复制、留存或提供给第三方。
P:（二）检测系统部署于甲方车间内网，乙方远程诊断须经甲方设备部逐次授权，并通过甲方提供的加密通道进行，会话结束后立即断开；乙方应配合甲方对检测系统做账号权限管理和日志审计。
P:（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）合同终止或维保期满时，乙方应删除其因远程诊断临时获取的全部图像和记录，并向甲方出具书面确认。
H:九、保密
P:（一）乙方对甲方的花型设计、客户订单、工艺参数和产量信息负有保密义务，未经甲方书面同意，不得向第三方披露或用于其他客户。
P:（二）保密义务不因合同终止而免除，持续至相关信息公开之日。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:（二）逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（三）乙方交付的设备不符合合同约定的，甲方有权要求乙方更换、修理或退货，由此产生的费用和停产损失由乙方承担。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下的工作转包。车间电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同。
P:（二）设备两次验收不合格的，甲方有权退货并解除合同。
H:十三、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明；双方可根据影响程度顺延履行期限或协商解除合同，互不承担违约责任。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
H:十五、其他
P:（一）双方往来通知以书面形式送达本合同首页所列地址，或发送至双方项目负责人的电子邮箱，电子邮件发出次日视为送达。
P:（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术参数表；附件二：验收样布说明。
P:甲方（盖章）：柯桥锦澜印花有限公司      乙方（盖章）：杭州视衡智能装备有限公司
P:日期：2025年  月  日
"""

H127E03 = """
T:Supply, Installation and Maintenance Contract for a Sea-Farm Water-Quality Monitoring System
P:Contract No. LJHY-2025-SM-09
P:Buyer: Fuzhou Lianjiang Haiyun Kelp and Abalone Farming Cooperative, Guanwu Township, Lianjiang County, Fuzhou, Fujian Province, PRC (the "Buyer").
P:Supplier: Chausey Marine Instruments SARL, Grande Ile, Chausey, 50400 Granville, France (the "Supplier").
P:This Contract is prepared on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sondes, data buoys, current meters, shore gateway, server, alarm unit and monitoring software listed in Section 2, installed in the Buyer's kelp and abalone raft areas off Guanwu and commissioned as one working system.
P:1.2 "Farm Data" means all readings, alarms, logs, positions, images and reports produced by or stored in the System.
P:1.3 "Custom Work" means the dashboards, alarm rules, threshold tables, report templates and data-export scripts that the Supplier prepares for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 5.
P:1.5 "Business Day" means a working day in the PRC.
H:Section 2 Scope and Contract Price
P:2.1 The Supplier shall supply, deliver, install, moor, configure and commission the System, prepare the Custom Work, train the Buyer's staff and provide the warranty and maintenance services in Sections 6 and 7.
P:2.2 The Contract Price is CNY 1,111,400, fixed, inclusive of taxes, duties, freight, insurance, boat hire and all costs of installation. The price is itemised below:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter sonde (dissolved oxygen, temperature, salinity, pH, chlorophyll-a)|14|38,600|540,400
TB:2|Solar data buoy with LTE telemetry|4|52,300|209,200
TB:3|Acoustic current meter|3|27,800|83,400
TB:4|Shore gateway, server and alarm unit|1|46,000|46,000
TB:5|Monitoring software, perpetual licence, eight named users|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||997,000
TB:6|Installation, mooring and commissioning|1|97,500|97,500
TB:7|Training (two sessions on site)|1|16,900|16,900
TB:|Contract Price|||1,111,400
P:2.3 The software licence is perpetual and irrevocable and covers use by the Buyer and its member households on any hardware the Buyer operates.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 111,140) within 20 Business Days after signature, against the Supplier's bank guarantee for the same amount, issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 611,270) within 20 Business Days after the Installation Certificate is signed. The Installation Certificate records that the equipment is moored and powered; it is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% (CNY 388,990) within 20 Business Days after Final Acceptance.
P:3.4 Each payment is made by bank transfer in CNY against a valid invoice. No other amount is payable before Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's store at Guanwu within 70 days after signature and complete installation within 30 days after delivery, using the tide and weather windows agreed with the Buyer's site manager.
P:4.2 The Supplier shall agree the mooring plan with the Buyer before any work at sea, so that moorings do not foul kelp lines or abalone cages, and shall comply with local maritime rules.
P:4.3 Risk in each item passes to the Buyer when the Installation Certificate is signed; title passes on payment under Section 3.2.
P:4.4 The Supplier shall train up to twelve of the Buyer's staff in two sessions at Guanwu, covering daily checks, cleaning of sensor heads, reading the dashboards, responding to alarms and replacing batteries, and shall supply manuals in Chinese.
H:Section 5 Acceptance
P:5.1 After installation the System runs for a trial period of 45 days. The Buyer will sign the Final Acceptance Certificate when all of the following are met: (a) every sonde and current meter reports at its scheduled interval, with no more than two missing readings per instrument per day; (b) dissolved-oxygen readings agree with the Buyer's calibrated reference meter within 0.2 mg/L on three separate check days; (c) low-oxygen and low-salinity alarms reach the duty phones within two minutes in three witnessed tests; (d) the Custom Work is delivered and works as described in Annex 2; (e) the operating manuals and training are complete.
P:5.2 If a criterion is not met, the Supplier shall correct the defect within 15 days and the test concerned is repeated. Delivery, mooring, use of the System or any payment is not acceptance.
H:Section 6 Warranty and Support Levels
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period it shall repair or replace any defective item free of charge, including parts, labour, boat hire and freight; anti-fouling wipers and calibration solutions are consumables and excluded.
P:6.2 Faults are classified and handled as follows. Severity 1 (no data from two or more buoys, or oxygen alarms not working): remote response within 1 hour, technician at the farm within 24 hours, weather permitting. Severity 2 (one instrument faulty): remote response within 3 hours, repair within 5 Business Days. Severity 3 (questions, reports): response within 2 Business Days.
P:6.3 For each hour by which a remote response to a Severity 1 fault is late, the Supplier shall pay CNY 800; for each day by which a Severity 1 site visit is late, CNY 3,000. The Buyer may set these amounts off against any sum due.
H:Section 7 Maintenance after the Warranty
P:7.1 After the warranty the Supplier shall, if the Buyer so orders, provide quarterly cleaning and recalibration, remote monitoring of instrument health and the support levels in Section 6.2 for an annual fee of 9.5% of the Hardware and Licence Subtotal, that is CNY 94,715 per year, fixed for three years. Each year is ordered in writing; nothing renews by itself.
P:7.2 The Supplier shall keep spare parts for the System available for at least seven years after Final Acceptance.
H:Section 8 Intellectual Property
P:8.1 The Custom Work and all rights in it belong to the Buyer on creation. The Supplier shall hand over editable copies and scripts, and the Buyer may use, change and license the Custom Work to others freely.
P:8.2 The Supplier keeps its rights in its standard firmware and software, which are licensed to the Buyer under Section 2.3.
H:Section 9 Farm Data and Security
P:9.1 Farm Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not keep, analyse or pass it to anyone for any other purpose.
P:9.2 The server is installed in the Buyer's office in Guanwu. Remote access by the Supplier is allowed only through the account the Buyer opens for each maintenance session, with multi-factor login, and is logged.
P:9.3 The Supplier shall keep its tools and laptops patched and free of malware and shall not copy Farm Data off the Buyer's server. If Farm Data is lost, altered or disclosed, the Supplier shall inform the Buyer within 12 hours, help restore it and bear all losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep secret the non-public information of the other party it receives under this Contract, including raft layouts, stock figures, prices and passwords, and use it only for this Contract. This duty lasts five years after the Contract ends.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier misses the installation date in Section 4.1, it shall pay delay damages of 0.09% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Neither party is liable to the other for loss of profit or other indirect loss, except in cases of wilful misconduct. No other limit applies to the Supplier's liability.
H:Section 12 Subcontracting
P:12.1 The local boat and mooring contractor named in Annex 3 is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Fuzhou Arbitration Commission for arbitration in Fuzhou; the award is final.
H:Section 15 General
P:15.1 Notices are given in writing in English or Chinese to the addresses above. Amendments must be in writing and signed by both parties.
P:15.2 Typhoons, storms and sea conditions that make work at sea unsafe, as declared by the local maritime authority, suspend the time limits affected for as long as they last; they do not excuse any other obligation.
P:15.3 Annex 1: Equipment specifications. Annex 2: Custom Work description. Annex 3: Approved subcontractor.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H127E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: ASIT-SZ-0612
P:This Agreement is made between:
P:(1) Aran Sound IT Services Ltd, a company registered in Ireland, with its registered office at Baile an Chaisleain, Inisheer, Aran Islands, County Galway, Ireland ("Provider"); and
P:(2) Suzhou Jinsuo Kesi Silk Art Co., Ltd., Lumu Town, Xiangcheng District, Suzhou, Jiangsu Province, PRC ("Customer").
P:Customer runs a kesi tapestry studio, a design office and a small showroom and wishes to outsource the day-to-day running of its IT. Provider has agreed to do so on the terms below. At Customer's request all Charges are stated and paid in CNY.
H:1. Definitions and Interpretation
P:1.1 "Services" means the managed IT services and desktop support described in Schedule 1.
P:1.2 "Covered Environment" means the 38 user accounts, 32 desktops and laptops, 6 pattern-design workstations with colour-calibrated monitors, 2 large-format scanners, the file server and network storage, the backup appliance, the firewall, switches and wireless access points, the printers and the email and office-suite tenant listed in the asset register.
P:1.3 "Onboarding" means the work in clause 4 by which Provider takes over the Covered Environment.
P:1.4 "Service Start Date" means the day after Onboarding Acceptance.
P:1.5 "Minimum Term" means 24 months from the Service Start Date.
P:1.6 "Business Day" means a working day in Suzhou; "Business Hours" means 08:30 to 18:00 on a Business Day.
P:1.7 "Deliverables" means the asset register, network diagrams, runbooks, scripts, configuration records and user guides prepared by Provider for Customer.
H:2. Services
P:2.1 Provider shall provide the Services with reasonable skill and care, through its service desk (telephone, email and chat in Chinese and English) and through its resident engineer in Suzhou, who shall attend Customer's premises on two fixed days each week and on additional days when a Priority 1 incident requires it.
P:2.2 The Services include: monitoring of servers, storage, network devices and workstations; operating-system and application updates; user account changes; daily backups of the file server and their weekly verification; management of the email and office-suite tenant; printer and scanner support; colour-calibration checks of the design workstations each quarter; and procurement advice.
P:2.3 Provider shall keep the asset register up to date and send Customer a monthly report on tickets, response times, backup results and planned changes.
P:2.4 Customer shall name an office manager as Provider's contact, give Provider's engineer access to the premises on the agreed days, keep the server room locked and tell Provider in advance of any new device, user or software it wishes to add. Delays caused by Customer's failure to do so do not count against the service levels.
H:3. Term
P:3.1 This Agreement starts on signature. The Services start on the Service Start Date and continue for the Minimum Term.
P:3.2 Neither party may terminate this Agreement before the end of the Minimum Term. If Provider fails to meet the service levels or otherwise breaches this Agreement, Customer's remedies are the Service Credits under Schedule 2 and a claim for damages under clause 10; the failure does not entitle Customer to end the Agreement early.
P:3.3 After the Minimum Term this Agreement continues from month to month at the same Charges until either party gives the other 60 days' written notice.
H:4. Onboarding
P:4.1 Provider shall complete Onboarding within 45 days after signature. Onboarding consists of a site survey, documentation of the Covered Environment, installation of monitoring agents, review of backups and firewall rules, enrolment of all users in multi-factor sign-in and a handover meeting.
P:4.2 Onboarding Acceptance takes place when Customer confirms in writing that: (a) the asset register lists every device with owner, location and warranty date; (b) every device in the register appears in Provider's monitoring console; (c) three folders chosen by Customer have been restored from backup and opened successfully; (d) multi-factor sign-in is active for all 38 users; and (e) the network diagrams and runbooks have been delivered. Customer shall confirm or list the defects within 5 Business Days after Provider's notice of completion.
P:4.3 If Onboarding Acceptance has not occurred within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 21,000.
H:5. Charges and Payment
P:5.1 The Onboarding Charge is CNY 38,000 and is invoiced on Onboarding Acceptance.
P:5.2 The Monthly Service Charge is CNY 23,800 and is invoiced monthly in arrears from the Service Start Date. Over the Minimum Term the Monthly Service Charges total CNY 571,200, and the total value of this Agreement is CNY 609,200.
P:5.3 Customer shall pay each undisputed invoice within 30 days by bank transfer in CNY. No amount is payable in advance.
P:5.4 Hardware, software licences and parts bought for Customer are charged separately at the cost approved by Customer in writing before purchase.
H:6. Customer Data
P:6.1 All files, designs, scans of kesi cartoons, photographs, customer and order records, email and other information held in the Covered Environment ("Customer Data") remain the property of Customer.
P:6.2 Provider shall use Customer Data only to provide the Services and shall not sell, publish or otherwise exploit it. At the end of this Agreement Provider shall hand back all administrator credentials to Customer.
H:7. Intellectual Property
P:7.1 The Deliverables belong to Customer from creation, and Customer may use, copy, change and give them to any other service provider without restriction.
P:7.2 Provider keeps its rights in its own monitoring tools and general know-how, which it uses to provide the Services.
H:8. Confidentiality
P:8.1 Each party shall treat as confidential all information of the other party that is marked as confidential or is confidential by its nature, including Customer's designs, price lists and client names and Provider's pricing, and shall not disclose it except to its staff and advisers who need it for this Agreement.
P:8.2 These obligations continue for three years after this Agreement ends.
H:9. Subcontracting and Staff
P:9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
P:9.2 Provider shall ensure that its staff follow Customer's studio rules, in particular those on handling finished tapestries and silk stock.
P:9.3 Provider shall replace the resident engineer within 10 Business Days if Customer reasonably objects to that person, and shall give Customer two weeks' notice of any planned change of engineer, with a handover day on site.
H:10. Liability
P:10.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed CNY 1,000,000.
P:10.2 Neither party is liable for loss of profit, loss of business or indirect loss. Provider is not liable for any loss, corruption or disclosure of data, however caused.
P:10.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:11. Changes
P:11.1 Customer may add or remove users and devices by written change request. The Monthly Service Charge changes by CNY 520 for each user added or removed, and the change takes effect from the next month.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.
H:13. General
P:13.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Changes are valid only in writing signed by both parties.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
P:13.3 Notices shall be sent by email with a copy by courier to the addresses above.
P:13.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as typhoon, flood or a public-authority order, provided it informs the other party promptly and resumes performance as soon as possible.
H:Schedule 1 - Service Description
P:Service desk: Business Hours for all requests; outside Business Hours by telephone for Priority 1 incidents only. Resident engineer: two fixed days per week on site. Patching: monthly for workstations, quarterly for network devices. Backups: daily, with a weekly restore check and a monthly copy to removable media kept in Customer's safe.
H:Schedule 2 - Service Levels and Service Credits
P:Priority 1 (whole studio without network, file server or email; design workstations unusable): response within 45 minutes, at any time; engineer on site within 6 hours during Business Hours; restoration target 8 hours.
P:Priority 2 (one function or several users affected): response within 2 Business Hours; resolution target 2 Business Days.
P:Priority 3 (single user, requests, questions): response by the next Business Day; resolution target 5 Business Days.
P:Service Credits: for each Priority 1 incident where the response time is missed, 5% of the Monthly Service Charge for that month; for each Priority 2 incident where the response time is missed, 2%. Service Credits in any month are capped at 20% of that month's Monthly Service Charge and are deducted from the next invoice.
P:Signed for Provider: ____________________    Signed for Customer: ____________________
"""

SOURCES = {"h127z01": H127Z01, "h127z02": H127Z02, "h127e03": H127E03, "h127e04": H127E04}
TARGETS = {"h127z01": ("h127z01_road_network_monitoring_platform.docx", "docx"),
           "h127z02": ("h127z02_printed_fabric_defect_inspection.pdf", "pdf"),
           "h127e03": ("h127e03_kelp_abalone_sea_sensors.docx", "docx"),
           "h127e04": ("h127e04_kesi_studio_managed_it.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
