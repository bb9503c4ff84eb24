"""Builds the .docx and .pdf contracts of holdout40 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are written by hand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H40Z01 = """
T:江淮省高速公路联网收费清分结算系统升级项目合同
P:合同编号：JHGS-QF-2025-0417
P:甲方：江淮省高速公路联网收费管理中心
P:乙方：合肥通衢信息技术有限公司
P:甲乙双方依据《中华人民共和国民法典》、本项目招标文件及乙方投标文件，经协商一致，就江淮省高速公路联网收费清分结算系统升级项目（以下简称"本项目"）订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、系统集成、历史数据迁移、培训及质保期服务，使甲方清分结算系统支持ETC门架计费、省际拆分对账、通行费清分到各路段业主单位及稽核打逃等业务。
P:1.2 本项目的交付范围、功能及性能要求以附件1《技术规格书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰陆拾叁万元整（¥4,630,000.00），为含税固定总价，包括货物、软件许可、开发、集成、运输、安装、培训及质保期服务的全部费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|清分结算软件平台许可（永久，省中心一套）|1套|1,280,000
TB:2|数据库及中间件许可|1套|356,000
TB:3|服务器及存储设备|1批|1,148,000
TB:4|服务器密码机|2台|264,000
TB:—|软硬件小计||3,048,000
TB:5|定制开发（拆分规则引擎、省际对账接口、稽核报表）|1项|1,126,000
TB:6|系统集成及历史数据迁移|1项|418,000
TB:7|培训|1项|38,000
TB:—|合计||4,630,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即926,000元。
P:3.2 系统通过初验并进入试运行后，甲方支付合同总价的40%，即1,852,000元。
P:3.3 系统通过终验后，甲方支付合同总价的35%，即1,620,500元。
P:3.4 合同总价的5%（231,500元）作为质量保证金，质保期满且乙方无未履行义务的，甲方在30日内无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成软硬件到货及安装，在合同签订后150日内完成定制开发并具备初验条件。
P:4.2 乙方应在甲方指定的省中心机房内实施，遵守甲方机房管理制度和变更管理流程；新旧系统切换须在甲方批准的窗口内进行，不得影响正常的通行费清分和路段拆账。
P:4.3 乙方应派驻具有同类省级清分系统实施经验的项目经理，未经甲方同意不得更换；核心开发人员名单见附件3。
P:4.4 乙方应为甲方系统管理员及业务人员提供系统管理、清分规则配置和报表使用培训，培训不少于五期，并提交培训教材。
P:4.5 实施期间乙方应每周向甲方提交进度报告，重大风险应在发现后当日报告；甲方有权对实施过程进行检查并提出整改要求。
H:第五条 验收
P:5.1 初验：乙方提交初验申请后，甲方组织初验。初验标准为：（1）附件1所列功能全部实现；（2）使用甲方提供的连续30个自然日历史交易数据回放测试，拆分结果与原系统及部级清分结果一致，差错笔数为零；（3）日终清分批处理在2小时内完成；（4）省际对账接口与部联网中心联调通过；（5）第三方安全测评无高危漏洞。
P:5.2 初验合格后系统进入三个月试运行，试运行期间未发生一级故障的，甲方组织终验。终验以初验标准、试运行记录及文档移交情况为依据，由甲方出具终验报告。
P:5.3 设备到货签收、系统上线或甲方使用系统，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供软硬件维护、缺陷修复、版本升级及7×24小时技术支持。
P:6.2 系统年度可用率不低于99.99%（经甲方批准的计划内维护时间除外）。
P:6.3 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|清分结算中断，或拆分结果错误|15分钟|2小时|6小时
TB:二级|部分功能不可用，不影响日终清分|30分钟|8小时|2个工作日
TB:三级|一般问题及咨询|2小时|下一工作日|5个工作日
P:6.4 乙方未按上表时限响应、到场或恢复的，每超时一小时扣减2,000元；年度可用率每低于承诺值0.01个百分点，扣减5,000元。扣减款项从质量保证金或维保费中抵扣。
P:6.5 质保期满后，甲方如需继续维保，年度维保费按软硬件小计的9%计取，即每年274,320元，质保期满后三年内不作调整；维保服务标准同本条。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、接口程序、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应在终验时移交全部源代码及文档，甲方可自行或委托第三方修改使用。
P:7.2 乙方原有平台软件的知识产权仍归乙方或原权利人所有，乙方授予甲方永久的使用许可。
P:7.3 乙方保证甲方使用交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的通行交易数据、清分结算结果、车辆及用户信息等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守网络安全等级保护第三级要求；实施人员须经甲方审批，通过甲方堡垒机操作，测试只可使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料及未公开的收费政策信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。逾期超过60日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的赔偿责任总额（含违约金）以合同总价的50%为限，但乙方故意或重大过失以及违反第八条造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将机房布线、设备上架安装等非主体工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方，并对分包方的工作质量负责。
P:11.2 乙方不得转包本项目，定制开发工作不得分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应在15日内移交已完成的开发成果、源代码、文档及甲方数据，并配合甲方或其指定的第三方完成系统交接，保证通行费清分不中断。
H:第十三条 不可抗力
P:13.1 因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响方应在事件发生后3日内通知对方，并在15日内提供有关部门出具的证明，根据影响程度部分或全部免除责任；不可抗力持续超过60日的，双方可协商解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件1：技术规格书；附件2：分项报价表；附件3：项目人员名单。
P:甲方（盖章）：江淮省高速公路联网收费管理中心    乙方（盖章）：合肥通衢信息技术有限公司
P:日期：        日期：
"""

H40Z03 = """
T:手机银行云服务合同
P:合同编号：YXNX-KJ-2025-021
P:甲方：云溪县农村信用合作联社
P:乙方：上海金穗云科技有限公司
P:为满足甲方手机银行业务发展需要，甲乙双方根据《中华人民共和国民法典》及相关金融监管规定，经协商一致订立本合同。
H:1. 服务内容
P:1.1 乙方以软件即服务（SaaS）方式向甲方提供手机银行云服务，包括个人手机银行、企业手机银行（简版）、消息推送、账户查询、转账汇款、生活缴费及理财产品展示等功能，服务部署于乙方位于中国境内的金融云平台。
P:1.2 乙方负责完成手机银行与甲方核心系统、支付系统的接口对接、甲方专属界面定制、存量用户迁移及上线工作。
P:1.3 服务期为三年，自上线验收合格之日起计算。
P:1.4 乙方应保证手机银行客户端在主流安卓及iOS系统上正常运行，并按甲方要求完成应用商店上架、版本更新及客户端安全加固；客户端以甲方名义发布。
P:1.5 服务范围不包括甲方核心系统本身的改造。甲方在服务期内新增的功能需求，由双方另行协商确定工作量和费用，经双方书面确认后实施。
H:2. 费用及支付
P:2.1 本合同费用合计人民币壹佰陆拾柒万元整（¥1,670,000），其中：（1）年服务费486,000元，三年合计1,458,000元；（2）一次性实施费212,000元，包括接口对接、界面定制、用户迁移及上线。
P:2.2 年服务费按季度后付，每季度121,500元，甲方在收到乙方合法发票后15个工作日内支付；实施费在上线验收合格后支付。本合同不设预付款。
H:3. 实施与上线验收
P:3.1 乙方应在合同签订后120日内完成上线。因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金2,000元。
P:3.2 上线验收标准：（1）附件1功能清单全部实现；（2）500个并发用户下转账交易响应时间不超过2秒；（3）与核心系统对账连续10日一致；（4）通过甲方组织的安全测评及个人金融信息保护评估，无高危问题；（5）存量用户迁移后抽检无差错。
P:3.3 上线试用、甲方客户开始使用或甲方付款，均不视为验收合格。
P:3.4 甲方在收到乙方验收申请后10个工作日内组织验收；验收不合格的，乙方应在15日内完成整改并重新提交验收，整改期间按3.1条计算逾期。
H:4. 服务水平
P:4.1 手机银行服务月度可用率不低于99.5%。
P:4.2 一级故障（客户无法登录、转账失败或出现资金差错）乙方应在15分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复。
P:4.3 月度可用率每低于承诺值0.1个百分点，扣减当月服务费的5%；一级故障恢复每超时1小时，扣减当月服务费的2%；当月扣减合计不超过当月服务费的50%。
P:4.4 乙方应每月向甲方提交服务报告，包括可用率、故障处理、安全事件及容量情况。
P:4.5 乙方应建立同城双活及异地灾备机制，每年至少组织一次业务连续性演练，甲方可派员参加；演练方案和结果应书面报送甲方。
P:4.6 乙方应设立面向甲方的7×24小时服务热线，并配合甲方处理客户投诉，一般投诉在1个工作日内反馈处理意见。
H:5. 监管配合与审计
P:5.1 乙方知悉甲方作为银行业金融机构须遵守信息科技外包监管要求。乙方应配合甲方及监管部门对本合同项下服务开展检查、审计和风险评估，按要求提供相关资料，并允许甲方每年对其服务机房及管理制度进行一次现场检查。
P:5.2 乙方发生股权结构重大变化、核心系统重大变更或服务中断预计超过2小时的，应立即书面告知甲方。
P:5.3 甲方应指定专人负责与乙方对接，及时提供接口规范、测试环境及业务确认；因甲方原因导致上线延期的，乙方的上线期限相应顺延。
H:6. 数据权属与数据安全
P:6.1 甲方客户信息、账户信息及交易数据（以下简称"甲方数据"）归甲方所有。
P:6.2 乙方有权对甲方数据进行去标识化处理，并将形成的统计数据及交易行为特征用于乙方风控模型训练、产品优化和行业分析；该项权利在本合同终止后继续有效。
P:6.3 乙方应按网络安全等级保护第三级及金融行业标准保护甲方数据，包括数据境内存储、传输和存储加密、运维人员最小权限及操作审计，不得向第三方提供甲方数据。
P:6.4 发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方并配合甲方向监管部门报告；因乙方原因造成的，乙方承担全部责任及甲方因此遭受的损失（含监管罚款）。
P:6.5 乙方运维人员访问甲方数据须经双人复核并全程留痕，运维日志保存不少于六个月，甲方可随时调阅。
P:6.6 本合同终止后30日内，乙方应将甲方数据完整返还甲方，并销毁其保存的副本，出具销毁证明。
H:7. 保密
P:7.1 双方对在合作中知悉的对方商业秘密、客户信息、技术资料及经营信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后五年内有效。
H:8. 知识产权
P:8.1 乙方云平台及其标准功能的知识产权归乙方所有。
P:8.2 乙方为甲方定制的页面、接口程序及相关文档归甲方所有，乙方应在上线验收后移交源代码，甲方可自行或委托第三方修改使用。
P:8.3 合同有效期内，乙方对标准功能进行升级的，应提前15日通知甲方并在测试环境验证；涉及甲方客户使用方式变化的升级，须经甲方书面确认后方可发布。
H:9. 续期
P:9.1 服务期满前60日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。
P:9.2 续期年度的年服务费由乙方在上一年度基础上调整，上调幅度不超过8%，乙方应于当期届满前30日书面通知甲方调整后的价格。
H:10. 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下的服务转包或分包。乙方使用的云基础设施服务商已在附件3中列明，变更须经甲方书面同意。
H:11. 违约责任与责任限额
P:11.1 乙方违反本合同约定的，应承担违约责任，赔偿甲方因此遭受的损失。
P:11.2 乙方在本合同项下的累计赔偿责任不超过本合同费用总额的两倍，但违反第6条、第7条的除外。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:12. 合同解除与退出
P:12.1 乙方严重违约且在收到甲方书面通知后30日内未纠正的，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除本合同。
P:12.2 本合同终止或解除时，乙方应提供不少于90日的退出协助，配合甲方将服务迁移至甲方或其指定的服务商，保证业务连续。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:14. 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:14.2 附件1：功能清单；附件2：服务水平及考核细则；附件3：云基础设施服务商清单。
P:甲方（盖章）：云溪县农村信用合作联社    乙方（盖章）：上海金穗云科技有限公司
"""

H40E02 = """
T:Supply and Licence Agreement for On-line Electrode Coating Measurement Systems
P:Agreement No. HMS-CN-2025-0193
P:This Supply and Licence Agreement (the "Agreement") is made and entered into by and between Jintan Voltcell Battery Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its address at No. 18 Huayang Road, Jintan District, Changzhou, Jiangsu Province ("Buyer"), and Hanul Measurement Systems Co., Ltd., a company incorporated under the laws of the Republic of Korea, having its head office at 211 Saneop-ro, Gwonseon-gu, Suwon-si, Gyeonggi-do ("Seller").
H:Article 1 (Purpose)
P:The purpose of this Agreement is to set out the terms and conditions under which Seller supplies, installs and commissions on-line X-ray areal-density gauges and laser thickness gauges for Buyer's six electrode coating lines (Lines C1 to C6) in Phase 2 of the Jintan plant, licenses the related analysis software to Buyer, and provides warranty and support services.
H:Article 2 (Definitions)
P:2.1 "Equipment" means the gauges, scanning frames, controllers and spare parts listed in Article 3.
P:2.2 "Software" means Seller's HMS CoatView analysis software, including its MES-Link module, in object code form.
P:2.3 "Final Acceptance" means the signing by Buyer of the Final Acceptance Certificate under Article 7.
H:Article 3 (Scope of Supply and Contract Price)
P:3.1 The Contract Price is CNY 4,720,000 (Renminbi Four Million Seven Hundred Twenty Thousand only), inclusive of VAT, delivery DDP Buyer's plant (Incoterms 2020), installation, calibration and training, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|X-ray areal-density gauge with O-frame scanner, model HX-700|6|468,000|2,808,000
TB:2|Laser thickness gauge, dual head, model HL-220|6|186,000|1,116,000
TB:3|CoatView software with MES-Link, perpetual site licence|1|420,000|420,000
TB:4|Spare parts kit (X-ray tube, detector, laser head)|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||4,440,000
TB:5|Installation, calibration and commissioning|1|248,000|248,000
TB:6|Operator and maintenance training|1|32,000|32,000
TB:|Contract Price|||4,720,000
P:3.2 The Contract Price is fixed and shall not be adjusted for changes in exchange rates, freight or material costs.
H:Article 4 (Delivery and Installation)
P:4.1 Seller shall deliver the Equipment to Buyer's plant within one hundred (100) days after the effective date of this Agreement and shall complete installation and commissioning on all six lines within one hundred and fifty (150) days after the effective date.
P:4.2 Installation shall be carried out during the line shutdown windows notified by Buyer. Seller's engineers shall comply with Buyer's plant safety rules, in particular the rules for dry rooms, radiation protection and NMP solvent areas.
P:4.3 Seller shall provide all radiation safety documents required for Buyer's registration of the X-ray gauges with the competent ecology and environment authority, in Chinese.
H:Article 5 (Terms of Payment)
P:5.1 Twenty percent (20%) of the Contract Price, i.e. CNY 944,000, as advance payment within thirty (30) days after the effective date, against Seller's invoice and an advance payment bank guarantee for the same amount issued by a bank acceptable to Buyer.
P:5.2 Forty-five percent (45%) of the Contract Price, i.e. CNY 2,124,000, within thirty (30) days after all Equipment has been installed and Buyer has signed the Installation Certificate. The Installation Certificate confirms completion of installation only and shall not constitute acceptance.
P:5.3 Thirty-five percent (35%) of the Contract Price, i.e. CNY 1,652,000, within thirty (30) days after Final Acceptance.
P:5.4 All payments shall be made in Renminbi by bank transfer to Seller's account designated in Annex 2.
H:Article 6 (Delay)
P:6.1 If Seller fails to complete delivery or installation and commissioning within the periods set out in Article 4.1 for reasons attributable to Seller, Seller shall pay to Buyer liquidated damages at the rate of 0.03% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
P:6.2 If the delay exceeds sixty (60) days, Buyer may terminate this Agreement in accordance with Article 15.
H:Article 7 (Inspection and Acceptance)
P:7.1 After commissioning, Seller shall carry out Site Acceptance Tests on each line in Buyer's presence. The acceptance criteria are: (a) static repeatability of areal density within plus or minus 0.1 g/m2 (2 sigma) on the reference samples; (b) thickness repeatability within plus or minus 0.5 micrometres (2 sigma); (c) full-width scan time per profile of not more than eight (8) seconds at the rated line speed; (d) correct transfer of every profile and alarm to Buyer's MES through MES-Link; and (e) radiation leakage below the national limit, confirmed by a qualified third-party testing body.
P:7.2 After all six lines have passed the Site Acceptance Tests, the system shall run in production for forty-five (45) consecutive days. If no Severity 1 fault occurs and the measurement results remain within the criteria of Article 7.1, Buyer shall sign the Final Acceptance Certificate within ten (10) working days.
P:7.3 Delivery, installation, use of the Equipment in production or any payment by Buyer shall not be deemed acceptance.
H:Article 8 (Warranty and Fault Handling)
P:8.1 Seller warrants the Equipment and the Software for a period of twenty-four (24) months from Final Acceptance. During the warranty period Seller shall repair or replace any defective part free of charge, including X-ray tubes and detectors, and shall provide Software updates free of charge.
P:8.2 Seller shall keep a stock of critical spare parts at its service office in Changzhou throughout the warranty and support periods.
P:8.3 Faults shall be handled as follows during the warranty and support periods:
TB:Severity|Definition|Remote response|Engineer on site|Restoration
TB:Severity 1|Gauge failure stopping closed-loop coating weight control on a line|1 hour|12 hours|24 hours
TB:Severity 2|Degraded accuracy or one head out of service, line running|2 hours|2 working days|3 working days
TB:Severity 3|Software questions, reports and minor issues|1 working day|as agreed|next software release
P:8.4 If Seller fails to meet a response, on-site or restoration time, Seller shall pay CNY 2,000 for each hour of delay, which Buyer may set off against any amount payable to Seller.
H:Article 9 (Support after the Warranty Period)
P:9.1 After the warranty period, Seller shall provide support services (remote and on-site fault handling, preventive maintenance twice a year, annual calibration, Software updates and replacement of parts) under an annual Support Agreement, at an annual fee of eighteen percent (18%) of the Equipment and Licence Subtotal, i.e. CNY 799,200 per year.
P:9.2 The annual fee is fixed for the first three (3) years after the warranty period. Each Support Agreement has a term of one year and is renewed only by Buyer's written purchase order.
H:Article 10 (Software Licence and Intellectual Property)
P:10.1 Seller grants Buyer a perpetual, non-exclusive licence to use the Software at the Jintan plant for the operation of the Equipment and the analysis of coating data.
P:10.2 The MES interface adapters, recipe templates and reports developed by Seller specifically for Buyer under this Agreement shall belong to Buyer, including their source code, and Buyer may use, modify and have them modified by third parties without restriction.
P:10.3 Seller warrants that the Equipment and the Software do not infringe any third party's intellectual property rights and shall indemnify Buyer against any claim of infringement.
H:Article 11 (Buyer Data and Data Security)
P:11.1 All measurement data, coating recipes, process parameters and quality records generated by the Equipment at Buyer's plant ("Buyer Data") belong to Buyer. Seller shall use Buyer Data only to perform this Agreement and shall not transfer Buyer Data outside Buyer's plant, including to Seller's head office in Korea.
P:11.2 Remote access by Seller's engineers requires Buyer's approval for each session and shall take place only through Buyer's VPN and bastion host, with all sessions logged. Service laptops shall be checked for malware by Buyer before being connected to the Equipment.
P:11.3 Seller shall notify Buyer within twelve (12) hours of any security incident affecting Buyer Data, shall cooperate in its remediation and shall be liable for all losses resulting from an incident caused by Seller's breach of this Article.
H:Article 12 (Confidentiality)
P:Each party shall keep confidential all technical and commercial information received from the other party under this Agreement, in particular Buyer's electrode formulations, coating recipes, line speeds and production volumes, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five (5) years after the termination of this Agreement.
H:Article 13 (Limitation of Liability)
P:Seller's total liability arising out of or in connection with this Agreement shall not exceed one hundred and fifty percent (150%) of the Contract Price, except for liability for personal injury, radiation safety, wilful misconduct and breach of Articles 11 and 12. Neither party shall be liable for indirect or consequential loss.
H:Article 14 (Subcontracting)
P:Seller may use its authorised installation partner named in Annex 3 for mechanical installation work. Any other subcontracting requires Buyer's prior written consent. Seller remains fully responsible for the work of its subcontractors.
H:Article 15 (Termination)
P:Buyer may terminate this Agreement by written notice if Seller commits a material breach and fails to remedy it within thirty (30) days after receipt of Buyer's notice, or in the case of Article 6.2. Upon such termination Seller shall refund the amounts paid for undelivered or non-conforming items and compensate Buyer's losses.
H:Article 16 (Force Majeure)
P:Neither party shall be liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses its best efforts to resume performance.
H:Article 17 (Governing Law and Arbitration)
P:This Agreement shall be governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods. Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in effect. The arbitral award is final and binding on both parties.
H:Article 18 (Miscellaneous)
P:This Agreement is executed in English and Chinese in two originals each; both versions have equal effect. Annex 1 (Technical Specification), Annex 2 (Bank Details) and Annex 3 (Installation Partner) form part of this Agreement.
P:For Buyer: ____________________    For Seller: ____________________
"""

H40E04 = """
T:Licence and Implementation Agreement - VigilLSS Life Support Monitoring
P:Agreement reference AV-2025-CN-014
P:THE UNDERSIGNED:
P:1. AquaVigil B.V., a private limited company having its registered office in Rotterdam, the Netherlands, registered with the Dutch Chamber of Commerce under number 71234567, hereinafter "AquaVigil";
P:2. Dalian Haixin Ocean World Co., Ltd., a company established in the People's Republic of China, having its address at 66 Binhai West Road, Dalian, hereinafter the "Customer";
P:WHEREAS the Customer operates a public aquarium with 42 exhibits and a quarantine facility, and wishes to replace its existing alarm panels by a central monitoring system for its life support systems (filtration, ozone, protein skimmers, temperature, dissolved oxygen, pH, ORP and salinity), and AquaVigil has offered its VigilLSS software and implementation services;
P:HAVE AGREED AS FOLLOWS:
H:1. Definitions
P:1.1 "Software": the VigilLSS monitoring software in object code, including updates supplied under this Agreement.
P:1.2 "Hardware": the edge gateways, I/O modules and probe interfaces listed in Annex 1.
P:1.3 "Custom Work": all work products made by AquaVigil for the Customer under this Agreement, including tag mappings, exhibit dashboards, alarm logic, call-out scripts and PLC interface configurations.
P:1.4 "Final Acceptance": the Customer's written confirmation under clause 7.3.
H:2. Scope
P:2.1 AquaVigil shall supply the Software and the Hardware, connect approximately 2,400 signals from the Customer's existing PLCs and probes, build the Custom Work, and train the Customer's aquarists and technicians.
P:2.2 The Customer shall provide server hardware, network connections and access to its PLC programmes in accordance with Annex 2.
H:3. Price
P:3.1 The total price (the "Contract Price") is CNY 1,974,000, inclusive of VAT, made up as follows: (a) Software licence, perpetual, one site, 2,400 tags: CNY 980,000; (b) Hardware: CNY 316,000; (c) implementation and Custom Work: CNY 642,000; (d) training: CNY 36,000.
P:3.2 The Contract Price is a fixed price. Travel and accommodation of AquaVigil's staff are included.
H:4. Payment
P:4.1 The Contract Price shall be paid as follows: (a) 20% (CNY 394,800) upon signing of this Agreement; (b) 45% (CNY 888,300) upon successful completion of the Site Acceptance Test; (c) 35% (CNY 690,900) upon Final Acceptance.
P:4.2 Invoices are payable within thirty (30) days of receipt. Payments shall be made in CNY.
H:5. Licence
P:5.1 AquaVigil grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software at the Customer's aquarium in Dalian for the monitoring of its own life support systems.
P:5.2 The Customer shall not decompile or reverse engineer the Software, except to the extent permitted by mandatory law.
H:6. Delivery and delay
P:6.1 AquaVigil shall deliver the Hardware within sixty (60) days and complete installation and commissioning within one hundred and twenty (120) days after signing, in accordance with the project plan in Annex 3.
P:6.2 Work in the exhibit areas shall be scheduled with the Customer's curators so that no animals are put at risk. The existing alarm panels remain in service until the Customer approves the cut-over for each exhibit.
P:6.3 If AquaVigil fails to complete commissioning on time for reasons attributable to AquaVigil, AquaVigil shall pay delay damages of 0.1% of the Contract Price for each calendar day of delay, up to a maximum of 10% of the Contract Price.
H:7. Acceptance
P:7.1 Site Acceptance Test: AquaVigil shall demonstrate, with the Customer present, that (a) all signals in the agreed tag list are read with correct scaling and units; (b) each alarm is raised on the dashboard within ten (10) seconds of the simulated condition; (c) telephone and SMS call-out reaches the duty aquarist for every exhibit group; and (d) a failure of one edge gateway does not interrupt monitoring of the other exhibits.
P:7.2 After a successful Site Acceptance Test, the system shall run for thirty (30) days alongside the existing alarm panels. During this period no Priority 1 incident may occur and all alarms must correspond with the existing panels.
P:7.3 When the conditions of clauses 7.1 and 7.2 are met and the documentation in Annex 1 is delivered, the Customer shall confirm Final Acceptance in writing within five (5) working days. Installation, cut-over or use of the system shall not count as acceptance.
H:8. Intellectual property
P:8.1 All intellectual property rights in the Software, the Hardware firmware and the documentation remain vested in AquaVigil or its licensors.
P:8.2 All intellectual property rights in the Custom Work vest in AquaVigil. The Customer receives a non-exclusive, non-transferable right to use the Custom Work together with the Software for the duration of the licence. The Customer shall not modify the Custom Work or have it modified by third parties; changes shall be made by AquaVigil at its then applicable hourly rates.
H:9. Warranty and support
P:9.1 AquaVigil warrants that the Software, the Hardware and the Custom Work will perform in accordance with Annex 1 for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period AquaVigil shall correct defects and replace defective Hardware free of charge.
P:9.2 Incidents are handled by AquaVigil's service desk in Shanghai, available 24 hours a day for Priority 1. Priority 1 (loss of monitoring or call-out for one or more exhibits): response within 30 minutes, engineer on site within 6 hours where remote restoration fails. Priority 2 (loss of a single signal or dashboard): response within 2 hours, resolution within 2 working days. Priority 3: next working day.
P:9.3 For each full hour by which AquaVigil exceeds a Priority 1 response or on-site time, AquaVigil shall pay the Customer CNY 1,000.
P:9.4 After the Warranty Period, AquaVigil shall provide support on the same terms at an annual fee of 11% of the Software licence and Hardware price (CNY 1,296,000), i.e. CNY 142,560 per year, fixed for the first three years. Support is ordered by the Customer year by year and does not renew automatically.
H:10. Customer data and security
P:10.1 All data collected by the system, including water quality readings, equipment states and animal care records ("Customer Data"), belong to the Customer. AquaVigil may use Customer Data only to perform this Agreement.
P:10.2 The system is installed on the Customer's premises. Remote access by AquaVigil is permitted only through the Customer's VPN, with the Customer's approval for each session, personal accounts and logging. AquaVigil shall not copy Customer Data to its own systems.
P:10.3 AquaVigil shall notify the Customer without undue delay, and in any event within twenty-four (24) hours, of any security incident affecting the system or Customer Data, and shall be liable for the damage caused by an incident attributable to AquaVigil.
H:11. Confidentiality
P:Each party shall keep confidential all information received from the other party that is marked confidential or should reasonably be understood to be confidential, including the Customer's site plans, animal collection data and security arrangements, and shall use it only for this Agreement. This obligation continues for five (5) years after the end of this Agreement.
H:12. Liability
P:12.1 AquaVigil's aggregate liability under or in connection with this Agreement is limited to two hundred percent (200%) of the Contract Price. This limitation does not apply to death or personal injury, loss of animals caused by gross negligence or wilful misconduct, or a breach of clauses 10 and 11.
P:12.2 Neither party is liable for indirect damage, including loss of revenue.
H:13. Term and termination
P:13.1 This Agreement enters into force on signing by both parties and continues until the end of the Warranty Period.
P:13.2 In view of the integrated nature of the deliverables, neither party shall be entitled to terminate or rescind this Agreement, in whole or in part, on account of a failure in performance by the other party. The Customer's remedies for any failure by AquaVigil are limited to the delay damages in clause 6.3, the remedies in clause 9 and compensation of damages under clause 12.
P:13.3 Either party may terminate this Agreement with immediate effect if the other party is declared bankrupt or is granted a suspension of payments.
H:14. Subcontracting
P:AquaVigil shall not subcontract any part of its obligations without the Customer's prior written consent, except to its affiliate AquaVigil (Shanghai) Technology Co., Ltd., which is approved by signature of this Agreement. AquaVigil remains responsible for its subcontractors.
H:15. Governing law and disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:16. Final provisions
P:16.1 Annexes: Annex 1 Functional Specification and Documentation List; Annex 2 Customer Obligations; Annex 3 Project Plan. In case of conflict, the body of this Agreement prevails.
P:16.2 This Agreement is drawn up in English; a Chinese translation is provided for convenience.
P:Signed in Dalian on ______ 2025.
P:AquaVigil B.V.: ____________________    Dalian Haixin Ocean World Co., Ltd.: ____________________
"""

SOURCES = {"h40z01": H40Z01, "h40z03": H40Z03, "h40e02": H40E02, "h40e04": H40E04}
TARGETS = {"h40z01": ("h40z01_highway_toll_clearing_settlement_integration.docx", "docx"),
           "h40z03": ("h40z03_rural_credit_union_mobile_banking_saas.pdf", "pdf"),
           "h40e02": ("h40e02_battery_plant_coating_thickness_gauges_korean_vendor.docx", "docx"),
           "h40e04": ("h40e04_aquarium_life_support_monitoring_dutch_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
