"""Builds the two .docx and the two .pdf contracts of holdout107 from the sources kept below.

Run with /work/main/.venv/bin/python make_files.py (from any directory). The markup is the one of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: a table row (cells split by |). PDFs are written with wrap_words=True.
The .md and .txt contracts of this folder are plain files and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H107Z01 = """
T:滨海省渔政执法船舶动态监管平台建设项目采购合同
P:合同编号：BHYZ-2025-ZC-0417
P:采购人（甲方）：滨海省海洋渔业执法总队
P:供应商（乙方）：青岛海视通信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据滨海省渔政执法船舶动态监管平台建设项目（项目编号：BHCG-2025-0938）公开招标文件和乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设渔政执法船舶动态监管平台，包括：为全省执法船艇及重点监管渔船安装北斗三号/AIS一体化船载终端，建设沿海岸基AIS基站和岸基光电监控点，部署动态监管平台软件，开发电子围栏预警、执法办案系统对接和渔船数据库对接等定制功能，并完成系统集成、安装调试和人员培训。
P:1.2 设备清单、技术参数和安装地点以招标文件技术要求、乙方投标文件及本合同附件1为准。乙方所供设备应为全新、未使用过的合格产品，具有合法来源和出厂检验合格证明。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰叁拾捌万陆仟元整（¥4,386,000），为固定总价，已包含设备、软件许可、定制开发、运输、保险、安装调试、系统集成、培训、质保期内服务及全部税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|北斗三号/AIS一体化船载终端|320台|6,800|2,176,000
TB:2|岸基AIS基站|6套|98,000|588,000
TB:3|岸基光电监控设备（含云台及热成像）|4套|136,500|546,000
TB:4|动态监管平台软件许可（永久）|1套|420,000|420,000
TB:—|软硬件小计|||3,730,000
TB:5|定制开发（电子围栏、执法办案系统及渔船数据库对接）|1项|386,000|386,000
TB:6|安装调试与系统集成|1项|224,000|224,000
TB:7|培训|1项|46,000|46,000
TB:—|合计|||4,386,000
P:2.2 合同履行期间价格不作调整。因甲方书面要求增加终端数量的，按上表单价结算，增加金额不超过合同总价的百分之十。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额的预付款保函，甲方在收到保函及合法发票后十个工作日内支付合同总价的20%，即人民币877,200元，作为预付款。
P:3.2 全部设备到货并完成安装、平台部署上线后，甲方支付合同总价的40%，即人民币1,754,400元。到货及安装签收仅确认数量和安装位置，不视为验收合格。
P:3.3 项目通过最终验收后，甲方支付合同总价的40%，即人民币1,754,400元。
P:3.4 本项目资金为财政性资金，按国库集中支付有关规定办理，乙方应提前开具合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成全部设备供货、安装调试和平台部署，一百五十日内完成定制开发并具备初验条件。
P:4.2 船载终端安装须结合渔船进港和休渔期安排，乙方应编制分批安装计划，报甲方同意后实施；因渔船未按计划进港造成的延误，经甲方确认后顺延。
H:第五条 验收
P:5.1 初验：平台部署并完成定制功能后，由甲方组织初验。初验标准包括：船载终端定位上报间隔不超过三分钟；岸基AIS基站覆盖范围达到投标文件承诺；电子围栏越界预警在三十秒内推送至执法终端；执法办案系统和渔船数据库接口数据核对一致；平台在二百个并发用户下页面响应时间不超过三秒；通过第三方网络安全等级保护测评（第三级）。
P:5.2 初验合格后进入三个月试运行期。试运行期间未发生一级故障且二级故障累计不超过三次的，由甲方组织专家进行最终验收，并出具验收报告。
P:5.3 设备到货、安装、上线运行或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级、故障处理和每季度一次的现场巡检，并保证备品备件供应。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日经甲方同意）。
P:6.3 故障分级及处理时限如下：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|平台整体中断、执法指挥无法使用或全部船位数据中断|30分钟|2小时|8小时
TB:二级|部分功能不可用、单个岸基站或光电点中断|1小时|6小时|12小时
TB:三级|单台船载终端故障或一般性问题|2小时|下一工作日|3个工作日
P:6.4 乙方响应、到场或恢复每超时一小时，甲方有权扣减人民币1,000元；平台月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减款项从应付款项或履约保证金中扣除。
P:6.5 质保期满后，乙方按甲方要求继续提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过人民币298,400元，质保期满后三年内不作上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、存储和产生的船舶轨迹、渔船档案、执法记录、视频及日志等数据均属甲方所有，乙方不得将其用于本合同以外的任何目的，不得留存、复制或向任何第三方提供。
P:7.2 平台部署在甲方指定的政务云，乙方应落实网络安全等级保护第三级要求，采取身份鉴别、访问控制、加密传输、日志审计等措施；乙方人员远程运维须经甲方逐次审批并通过甲方堡垒机进行。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部损失和法律责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的执法部署、船舶信息、系统架构、账号口令等甲方信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 为本项目定制开发的软件、接口程序、源代码、技术文档及其知识产权归甲方所有。乙方应在最终验收时移交源代码和技术文档，甲方有权自行修改、使用，并可许可第三方维护。
P:9.2 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所供产品不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方所供设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按照政府采购有关规定承担相应责任。
H:第十一条 分包
P:11.1 乙方不得转包本项目。船载终端的辅助安装工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及合同附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:法定代表人或授权代表：            法定代表人或授权代表：
P:签订日期：2025年   月   日
"""

H107Z02 = """
T:电解槽电压及氯气纯度在线监测系统采购合同
P:合同编号：HHLJ-SB-2025-063
P:甲方（买方）：淮海氯碱化工股份有限公司
P:乙方（卖方）：常州正弦电化仪表有限公司
P:为提升离子膜电解装置的运行安全和能效管理水平，甲方向乙方采购电解槽单元电压在线巡检及氯气纯度在线分析系统。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、供货范围及合同价格
P:（一）乙方向甲方提供以下设备、软件及服务，并负责安装、调试、与甲方DCS系统对接及人员培训：
P:1. 电解槽单元电压巡检装置8套（每套对应一台电解槽，含电压采集模块、隔离单元及现场机柜），单价186,000元，金额1,488,000元；
P:2. 氯气纯度在线分析仪6台，单价132,000元，金额792,000元；
P:3. 氯中含氢、含氧分析仪4台，单价88,500元，金额354,000元；
P:4. 数据采集服务器及在线监测软件（永久许可）1套，金额268,000元；
P:以上软硬件小计2,902,000元。
P:5. 安装调试（含取样预处理系统及伴热管线）236,000元；
P:6. DCS接口及报警联锁对接118,000元；
P:7. 操作及维护培训24,000元。
P:（二）合同总价为人民币叁佰贰拾捌万元整（¥3,280,000），含增值税、包装、运输、保险、安装调试及质保期内服务费用。
H:二、交货及安装
P:（一）乙方应于合同生效后六十日内将全部设备运抵甲方厂区指定地点，并在甲方装置检修窗口期内完成安装，检修窗口期由甲方提前十五日书面通知。
P:（二）安装作业须遵守甲方危险化学品生产区域安全管理制度，动火、登高、受限空间等特殊作业须办理作业票。乙方人员进入厂区前须接受甲方三级安全教育。
P:（三）设备包装应满足防潮、防震及长途运输要求；分析仪所用标准气瓶的运输应符合危险货物道路运输的有关规定，由乙方负责办理。
P:（四）乙方随货提供中文使用说明书、出厂检验报告、防爆合格证、计量器具型式批准证书及校准证书、装箱单和竣工图纸，资料不全的视为未完成交货。
H:三、主要技术要求
P:（一）单元电压巡检装置应能同步采集每台电解槽全部单元槽电压，采集模块与现场高压直流回路之间采取可靠的电气隔离，机柜防护等级不低于IP65，适应氯碱车间腐蚀性环境。
P:（二）氯气纯度分析仪及氯中含氢、含氧分析仪应具备防爆认证，取样预处理系统应能除水、除雾并设伴热，分析仪故障、取样流量低等状态应上传DCS。
P:（三）在线监测软件应具备单元槽电压分布图、异常电压槽自动识别、电流效率估算、历史趋势、报警记录查询及日报、月报功能，并通过OPC UA与DCS交换数据。
P:（四）乙方应为甲方培训操作人员不少于二十人次、仪表维护人员不少于八人次，培训内容包括系统原理、日常操作、校准、故障判断及安全注意事项。
H:四、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的百分之二十作为预付款，即656,000元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的百分之四十，即1,312,000元。到货签收仅为数量确认，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的百分之三十五，即1,148,000元。
P:（四）剩余百分之五即164,000元作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
H:五、验收
P:（一）系统安装调试完成并连续运行七十二小时后，甲方组织最终验收。验收标准为：单元电压测量误差不超过±1mV，全槽巡检周期不大于一秒；氯气纯度分析结果与甲方化验室分析比对偏差不超过±0.2个百分点；氯中含氢超限报警及联锁信号传至DCS的时间不超过两秒；历史数据查询及报表功能符合技术协议。
P:（二）验收不合格的，乙方应在十日内整改并重新验收。设备到货、安装或投入使用均不视为验收合格。
P:（三）涉及计量的仪表应经甲方所在地计量检定机构检定或校准合格，检定费用由乙方承担。验收合格后双方签署最终验收报告。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量问题造成的损坏，乙方免费维修或更换。
P:（二）质保期内发生故障的，乙方按下列要求处理：一级故障（监测系统整体中断，或氯中含氢分析、报警联锁失效）接到甲方通知后八小时内响应，次日内到达现场；二级故障（单台设备故障）十二小时内响应，四十八小时内到达现场。乙方每超时一小时，甲方有权从质量保证金中扣减500元。
P:（三）分析仪的易损件及标准气在质保期内由乙方免费提供。
P:（四）质保期内设备经两次维修仍不能正常运行的，乙方应免费更换同型号新品，更换后的设备质保期重新计算。乙方应在甲方厂区常备电压采集模块、隔离单元及分析仪关键部件的备品，备品清单见技术协议。
H:七、维保服务
P:（一）质保期满后，乙方继续为甲方提供系统维保服务，包括每季度一次的现场校准、备品备件更换、软件维护和故障处理。
P:（二）年度维保费按软硬件小计的百分之十六点五计取，即每年478,830元，质保期满后三年内保持不变。维保服务按年度签订维保协议，不自动续期。
H:八、数据
P:（一）系统采集的电解槽电压、氯气纯度、报警记录等监测数据及工艺参数归甲方所有，乙方仅可为履行本合同之目的使用。
H:九、保密
P:（一）乙方对在履约过程中知悉的甲方工艺技术、装置参数、生产数据、图纸及商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至本合同终止后五年。
H:十、知识产权
P:（一）在线监测软件的知识产权归乙方，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编写的DCS接口程序、组态画面、报警联锁逻辑及相关文档归甲方所有，甲方可自行修改使用或交由第三方维护。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的百分之十。
P:（二）因乙方设备质量或安装原因造成甲方装置停车、安全事故或其他损失的，乙方应承担赔偿责任。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:（一）取样管线及伴热施工如需分包，须经甲方书面同意，分包单位须具备相应资质，乙方对其施工质量和安全承担连带责任。
H:十三、合同解除
P:（一）乙方逾期交货超过三十日，或设备经两次整改仍不合格，或有其他严重违约行为经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、不可抗力
P:（一）因地震、洪水、疫情管控等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、其他
P:（一）本合同项下的通知以书面形式送达双方在首页载明的地址，双方指定的项目联系人变更时应提前书面告知对方。
P:（二）技术协议、设备清单及安全管理协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：（盖章）                    乙方：（盖章）
P:代表签字：                        代表签字：
P:日期：                            日期：
"""

H107E01 = """
T:Software Licence and Support Agreement - KYKLOS Trace Batch and Recall Suite
P:Agreement No. CTS/LIC/2025/031
P:This Agreement is made on the ____ day of __________ 2025 between:
P:(1) CYCLADIC TRACEABILITY SYSTEMS S.A., a societe anonyme registered in the General Commercial Registry (G.E.MI.) of Greece under no. 154782301000, with its seat at 14 Protopapadaki Street, Chora, 84300 Naxos, Greece, lawfully represented by its Managing Director (hereinafter the "Licensor"); and
P:(2) YANTAI ORCHARD CROWN BEVERAGE CO., LTD., a company incorporated in the People's Republic of China, with its registered office at 88 Changjiang Road, Yantai Economic and Technological Development Area, Shandong Province (hereinafter the "Licensee").
P:WHEREAS the Licensor has developed the KYKLOS Trace software for lot traceability, batch genealogy and product recall management in the food and beverage industry, and the Licensee wishes to use it at its juice bottling plant in Yantai, the parties have agreed as follows.
H:1. Definitions
P:1.1 "Software" means the KYKLOS Trace Batch and Recall Suite, version 6, in object code, with the modules listed in Annex A, together with the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the line-integration adaptors, label templates, recall report formats and the ERP interface developed by the Licensor specifically for the Licensee as described in Annex B.
P:1.3 "Go-Live" means the first day on which the Software is used to record production on all four bottling lines.
P:1.4 "Final Acceptance" means the signature of the Final Acceptance Certificate under Clause 6.
P:1.5 "Licensee Data" means all data entered into or generated by the Software, including fruit-concentrate lot records, batch records, quality results, supplier and customer lists and distribution records.
H:2. Licence
P:2.1 Against payment of the Licence Fee, the Licensor grants the Licensee a perpetual, non-exclusive and non-transferable licence to install and use the Software on the Licensee's servers in Yantai for its own business, for four bottling lines and up to forty (40) named users. Additional lines or users may be licensed at the prices of Annex C.
P:2.2 The Licensee may keep one back-up copy and one test installation. It shall not decompile or reverse engineer the Software, save as permitted by mandatory law.
H:3. Services
P:3.1 The Licensor shall install and configure the Software, develop and install the Custom Deliverables, connect the Software to the line PLCs, label printers and barcode scanners of the four lines and to the Licensee's ERP system, migrate the open batch records, train the Licensee's staff and assist the Licensee through Go-Live and Final Acceptance, all as described in Annex B.
P:3.2 The Services are performed from Naxos and by the Licensor's engineers on site in Yantai. The project plan of Annex B foresees Go-Live within sixteen (16) weeks from signature.
H:4. Fees
P:4.1 The fees are fixed, stated in Chinese yuan (CNY) and exclusive of VAT:
P:(a) Licence Fee: CNY 1,180,000;
P:(b) Implementation and Custom Deliverables, fixed price: CNY 362,000;
P:(c) Training, six sessions on site: CNY 48,000;
P:Total Contract Price: CNY 1,590,000.
P:4.2 Travel and accommodation of the Licensor's staff are included in the above prices.
H:5. Payment
P:5.1 Twenty per cent (20%) of the Total Contract Price, i.e. CNY 318,000, is payable within thirty (30) days from signature against the Licensor's invoice.
P:5.2 Forty per cent (40%), i.e. CNY 636,000, is payable within thirty (30) days after Go-Live.
P:5.3 The balance of forty per cent (40%), i.e. CNY 636,000, is payable within thirty (30) days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Licensor's account with Piraeus Bank, Naxos branch. Each party bears its own bank charges.
H:6. Acceptance
P:6.1 After Go-Live the Software shall run in production for sixty (60) days (the "Acceptance Period"). During the Acceptance Period the parties shall jointly carry out the acceptance tests of Annex D, which include at least: (a) a mock recall, in which one finished-goods batch is traced forward to every customer delivery and backward to every concentrate, sugar and packaging lot within thirty (30) minutes; (b) three further trace tests chosen by the Licensee; (c) reconciliation of the quantities recorded by the Software with the ERP for two complete production weeks; and (d) no open Severity 1 or Severity 2 defect.
P:6.2 When the tests have been passed, the Licensee shall sign the Final Acceptance Certificate within ten (10) days. If a test fails, the Licensor shall correct the defect and the test shall be repeated.
P:6.3 Go-Live, productive use of the Software or any payment shall not constitute acceptance.
H:7. Time Schedule
P:7.1 The dates of the project plan are estimates given in good faith. The Licensor shall use reasonable endeavours to meet them and shall inform the Licensee without delay of any expected slippage and of its causes, together with a revised plan.
P:7.2 The Licensor shall not be liable to pay any penalty, liquidated damages or compensation for delay in Go-Live or in Final Acceptance.
H:8. Warranty
P:8.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and Annex B for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Licensor shall correct defects and supply updates, remote support and, where needed, on-site assistance free of charge.
H:9. Support and Maintenance
P:9.1 During the Warranty Period and any support year the Licensor shall respond to incidents as follows: Severity 1 (the Software is unavailable, a trace or recall cannot be performed, or a bottling line cannot record production): response within one (1) hour on a 24/7 basis, and a workaround within eight (8) hours; Severity 2 (a major function is impaired): response within three (3) hours; Severity 3 (other defects and questions): response on the next business day in Greece.
P:9.2 The response and workaround times of Clause 9.1 are targets. Failure to meet them shall not entitle the Licensee to any service credit, fee reduction or damages.
P:9.3 After the Warranty Period the Licensor shall provide support and maintenance against an Annual Support Fee of twelve per cent (12%) of the Licence Fee, i.e. CNY 141,600 per year, invoiced annually in advance. The Annual Support Fee shall remain unchanged for the first four (4) support years; any later change requires the written agreement of both parties.
P:9.4 Support renews for successive periods of one year at the fee of Clause 9.3 unless either party gives sixty (60) days' written notice before the end of a support year.
H:10. Licensee Data and Data Security
P:10.1 Licensee Data is and remains the property of the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's documented instructions and shall not use it for any other purpose.
P:10.2 The Software is installed on the Licensee's servers in Yantai. The Licensor's staff shall access the production system remotely only through the Licensee's VPN, with individual accounts and two-factor authentication, after the Licensee has approved each session; all sessions are logged by the Licensee. The Licensor shall not copy Licensee Data outside the Licensee's systems.
P:10.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC as regards Licensee Data, shall bind its staff to confidentiality and shall notify the Licensee within twenty-four (24) hours after becoming aware of any unauthorised access to, loss of or disclosure of Licensee Data. The Licensor is liable for all losses suffered by the Licensee as a result of a security incident caused by the Licensor or its staff.
H:11. Confidentiality
P:11.1 Each party shall keep secret the confidential information of the other party, including the Licensee's recipes, supplier lists, volumes and prices and the Licensor's source code and documentation, shall use it only for the purposes of this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for five (5) years after termination.
H:12. Intellectual Property
P:12.1 All intellectual property rights in the Software remain with the Licensor.
P:12.2 Ownership of the Custom Deliverables, including their source code and documentation, passes to the Licensee upon payment of the instalment of Clause 5.3. The Licensee may use, modify and have them maintained by third parties without restriction. The Licensor shall hand over the source code at Final Acceptance.
P:12.3 The Licensor shall indemnify the Licensee against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:13. Liability
P:13.1 The Licensor's aggregate liability under this Agreement shall not exceed one hundred and fifty per cent (150%) of the Total Contract Price. This limit does not apply to wilful misconduct or gross negligence, to breach of Clauses 10 and 11, or to the indemnity of Clause 12.3.
P:13.2 Neither party is liable for loss of profit or indirect damage, except in the cases excluded from the limit of Clause 13.1.
H:14. Subcontracting
P:14.1 The Licensor shall not subcontract any part of the Services without the Licensee's prior written consent. The Licensor remains responsible for the work of any approved subcontractor as for its own.
H:15. Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after a written notice describing the breach.
P:15.2 If the Licensee terminates under Clause 15.1 before Final Acceptance, the Licensor shall refund all amounts received and the Licensee shall uninstall the Software.
P:15.3 The licence of Clause 2 survives the end of the support services.
H:16. Governing Law and Jurisdiction
P:16.1 This Agreement shall be governed by and construed in accordance with Greek law.
P:16.2 The Courts of Naxos shall have exclusive jurisdiction for any dispute arising out of or in connection with this Agreement.
H:17. Final Provisions
P:17.1 Annexes A (Modules), B (Scope and Project Plan), C (Price List) and D (Acceptance Tests) form part of this Agreement. Amendments are valid only in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Licensor: ____________________    For the Licensee: ____________________
"""

H107E03 = """
T:Purchase Contract for Drying-Line Sensing and Monitoring Equipment
P:Contract No. RBW-EQ-2025-027
P:Buyer: Rongcheng Bluewave Seaweed Foods Co., Ltd., No. 6 Haibin Road, Rongcheng, Weihai, Shandong Province, People's Republic of China (the "Buyer")
P:Seller: Fundy Isles Process Controls Ltd., 1127 Route 776, Seal Cove, Grand Manan, New Brunswick E5G 2C4, Canada (the "Seller")
P:The Buyer operates three belt-drying lines for kelp and laver at its Rongcheng plant. On the basis of the Seller's quotation no. FIPC-Q-2511 and the technical clarification of 14 October 2025, the Buyer and the Seller agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the instruments, conveyor scales, controllers and other goods listed in Article 3, and "Software" means the DryWatch monitoring and historian software licensed under this Contract.
P:1.2 "System" means the Equipment and the Software installed, calibrated and connected to the Buyer's dryer control panels.
P:1.3 "Final Acceptance" means the signature of the Final Acceptance Certificate by the Buyer under Article 6.
P:1.4 "Buyer Data" means all process data, production records, recipes and settings collected or stored by the System.
H:Article 2 Scope of Supply
P:2.1 The Seller shall design, supply, deliver, install, calibrate and commission the System on the Buyer's three drying lines, connect it to the existing dryer control panels, configure the dashboards and moisture-control alarms, and train the Buyer's operators and maintenance staff, as set out in Annex 1 (Technical Specification).
P:2.2 The Equipment shall be new, of the Seller's current production or of reputable manufacture, and suitable for a wet, salt-laden food-processing environment.
P:2.3 Training comprises two on-site courses of three days each, one for dryer operators and one for instrument technicians, held in Mandarin with an interpreter provided by the Seller, and a set of printed and electronic training materials.
P:2.4 With the Equipment the Seller shall deliver operating and maintenance manuals, factory test reports, calibration certificates, certificates of origin and the as-built wiring diagrams, in English and Chinese. Delivery is not complete until these documents have been received.
H:Article 3 Contract Price
P:3.1 The Contract Price is fixed at CNY 1,366,000 (one million three hundred and sixty-six thousand yuan), including all taxes and duties in China, and is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|NIR moisture analysers for belt dryers, stainless IP69K housing|12|46,500|558,000
TB:2|Air temperature and humidity probes|48|3,800|182,400
TB:3|Weighing belt conveyors with load cells|6|27,200|163,200
TB:4|Edge controllers and gateways|6|18,900|113,400
TB:5|DryWatch monitoring and historian software licence, perpetual, three lines|1|146,000|146,000
TB:|Hardware and Licence Subtotal|||1,163,000
TB:6|Installation, calibration and commissioning|1 lot|128,000|128,000
TB:7|Freight, insurance and import clearance, DDP Rongcheng|1 lot|54,000|54,000
TB:8|Training|1 lot|21,000|21,000
TB:|Contract Price|||1,366,000
H:Article 4 Payment
P:4.1 Ten per cent (10%) of the Contract Price, CNY 136,600, is paid within fifteen (15) days after the Buyer receives an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Fifty per cent (50%), CNY 683,000, is paid within thirty (30) days after delivery and installation of all Equipment, confirmed by the Buyer's installation record. The installation record is not acceptance.
P:4.3 Forty per cent (40%), CNY 546,400, is paid within thirty (30) days after Final Acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Seller shall deliver the Equipment DDP Rongcheng (Incoterms 2020) within ten (10) weeks after the Contract becomes effective and complete installation within four weeks after delivery, in the production stop agreed with the Buyer.
P:5.2 If the Seller fails to deliver or to complete installation on time, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. If the delay exceeds forty-five (45) days, the Buyer may terminate the Contract.
H:Article 6 Acceptance
P:6.1 After commissioning, the System shall run in production for thirty (30) consecutive days. Final Acceptance requires that: (a) on thirty (30) samples per line, the moisture readings deviate from the Buyer's laboratory oven method by no more than 0.5 percentage points; (b) temperature and humidity probes and conveyor scales are within the tolerances of Annex 1; (c) all data are recorded in the historian and shown on the dashboards, and the moisture alarms reach the dryer control panels; (d) no Severity 1 incident occurs during the thirty days; and (e) the as-built documentation and calibration certificates have been delivered.
P:6.2 When the criteria are met, the Buyer signs the Final Acceptance Certificate within seven (7) days. Otherwise the Seller shall remedy the defects at its cost and the test period is repeated.
P:6.3 Delivery, installation, use of the System in production or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Seller warrants the System for twenty-four (24) months from Final Acceptance. During the warranty the Seller shall repair or replace defective Equipment free of charge, recalibrate the analysers every six months and supply Software updates.
P:7.2 The Seller shall keep a stock of critical spare parts with its service partner in Qingdao during the warranty.
H:Article 8 Service Levels
P:8.1 During the warranty and any maintenance year the Seller shall handle incidents as follows:
TB:Severity|Definition|Response|On-site attendance|Restoration
TB:Severity 1|Moisture control lost on a running line, or historian and dashboards down|1 hour (remote)|12 hours|24 hours
TB:Severity 2|Single analyser, probe group or conveyor scale faulty|3 hours|48 hours|72 hours
TB:Severity 3|Minor fault or question|Next business day|As agreed|10 business days
P:8.2 For each hour by which the Seller exceeds a response, attendance or restoration time, it shall pay CNY 600, which the Buyer may deduct from any amount due.
H:Article 9 Maintenance after the Warranty
P:9.1 After the warranty, the Seller shall offer maintenance (two calibration visits a year, spare parts, remote support and Software updates) for an annual fee of nine per cent (9%) of the Hardware and Licence Subtotal, i.e. CNY 104,670 per year, fixed for the first three years after the warranty.
P:9.2 Maintenance is ordered by a separate annual purchase order and does not renew automatically.
H:Article 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Seller may use it only to perform this Contract and shall not keep copies after the work for which it was needed.
P:10.2 The System is installed in the Buyer's plant network. The Seller may access it remotely only through the Buyer's VPN, with named accounts, after the Buyer has approved each session. The Seller shall apply the Buyer's network security rules and shall not connect any device of its own to the plant network without permission.
P:10.3 The Seller shall notify the Buyer within twenty-four (24) hours of any security incident affecting the System or Buyer Data, cooperate in the response, and bear all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's drying recipes, production volumes and plant layouts, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of the Contract.
H:Article 12 Intellectual Property
P:12.1 The rights in the DryWatch Software remain with the Seller; the Buyer receives a perpetual licence for the three lines.
P:12.2 The control-panel interface programs, dashboard configurations and alarm settings prepared for the Buyer, with their source files and documentation, belong to the Buyer, which may use, modify and have them maintained by third parties freely.
H:Article 13 Liability
P:13.1 The Seller's total liability under this Contract is limited to 150 % of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Articles 10 and 11, which are not limited.
H:Article 14 Subcontracting
P:14.1 Qingdao Haiheng Automation Co., Ltd., named in Annex 3 as the Seller's local service partner for installation assistance and on-site attendance, is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Seller remains responsible for its subcontractors.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Seller commits a material breach and fails to remedy it within twenty (20) days after notice, or in the case of Article 5.2. The Seller shall then refund the amounts received for the parts not accepted and compensate the Buyer's losses.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:Article 17 Force Majeure
P:17.1 A party prevented from performing by an event beyond its reasonable control, such as typhoon, earthquake or government action, shall notify the other party within five (5) days and provide evidence. Time for performance is extended by the duration of the event. If the event lasts more than sixty (60) days, either party may terminate the affected part of the Contract by written notice, and the Seller shall refund payments received for Equipment not delivered.
H:Article 18 Miscellaneous
P:18.1 The Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification), Annex 2 (Acceptance Test Procedure) and Annex 3 (Service Partner) form part of the Contract. The Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Seller: ____________________
"""

SOURCES = {"h107z01": H107Z01, "h107z02": H107Z02, "h107e01": H107E01, "h107e03": H107E03}
TARGETS = {"h107z01": ("h107z01_fisheries_vessel_monitoring_platform.docx", "docx"),
           "h107z02": ("h107z02_chlor_alkali_cell_voltage_chlorine_purity_monitoring.pdf", "pdf"),
           "h107e01": ("h107e01_juice_batch_recall_tracking_licence_naxos_vendor.pdf", "pdf"),
           "h107e03": ("h107e03_seaweed_drying_line_sensors_grand_manan_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
