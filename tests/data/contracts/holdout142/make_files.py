"""Builds the .docx and .pdf contracts of holdout142 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files, written
by hand; only the two Word files and the two PDFs are generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H142Z01 = """
T:贵州省医疗保障局医保基金智能监管平台建设项目合同
P:合同编号：GZYB-ZFCG-2025-017
P:采购方式：公开招标（招标编号：GZZC2025-0836）
P:甲方（采购人）：贵州省医疗保障局
P:乙方（供应商）：贵阳数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责建设全省医保基金智能监管平台，包括监管规则引擎、医保知识库、事前提醒、事中审核、事后稽核、疑点线索管理和监管驾驶舱等子系统，提供配套服务器、存储及安全设备，完成与省医保信息平台、定点医药机构结算系统的接口对接和历史结算数据治理。
P:1.2 项目交付内容、技术参数及数量以附件1《需求规格说明》、附件2《设备清单》及第二条价格表为准。
P:1.3 项目实施地点为甲方指定的省医保数据中心机房及甲方办公场所。
H:第二条 合同价格
P:2.1 本合同总价为人民币伍佰陆拾万元整（¥5,600,000.00），为固定总价，已包含设备、软件许可、定制开发、集成、运输、安装、培训、税费及质保期内全部服务费用，甲方不再支付其他任何费用。
TB:序号|项目|数量|金额（元）
TB:1|智能监管平台软件许可（规则引擎、知识库、审核与稽核子系统，永久许可）|1套|1,980,000
TB:2|服务器及存储设备（应用服务器6台、数据库服务器2台、分布式存储1套）|1批|1,326,000
TB:3|安全设备（数据库审计、日志审计、运维堡垒机）|1批|418,000
TB:4|定制开发（监管规则260条、接口14个、监管驾驶舱）|1项|1,145,000
TB:5|数据治理与历史数据迁移|1项|386,000
TB:6|系统集成与部署|1项|297,000
TB:7|培训（管理员及业务骨干）|1项|48,000
TB:合计|||5,600,000
P:2.2 上表第1至3项合称"软硬件"，小计人民币3,724,000元。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即1,120,000元。
P:3.2 设备到货安装、系统部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即2,520,000元。
P:3.3 系统试运行期满并通过终验后15个工作日内，甲方支付合同总价的35%，即1,960,000元。
P:3.4 乙方每次请款前应向甲方开具等额合法有效的增值税发票。甲方通过国库集中支付方式付款。
P:3.5 乙方应于合同签订前向甲方提交合同总价5%的履约保证金（可用银行保函），终验合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后150日内完成设备到货安装、系统部署、接口联调及数据迁移，并书面提请初验。
P:4.2 乙方应组建不少于十二人的项目团队，项目经理须为投标文件承诺人员，未经甲方书面同意不得更换。
P:4.3 乙方在实施中应遵守甲方机房管理及网络安全管理制度，所有操作须经甲方审批并通过运维堡垒机进行。
P:4.4 乙方应在初验前交付系统设计文档、部署文档、接口说明、运维手册和用户手册，并对甲方管理员及业务骨干进行不少于五期的培训。
H:第五条 验收
P:5.1 初验标准：（1）设备型号、数量、配置与附件2一致；（2）附件1所列功能全部实现，监管规则260条逐条测试通过；（3）与省医保信息平台等14个接口联调通过，数据交换一致；（4）历史结算数据迁移完整，抽样核对差错率低于0.01%；（5）第三方测评机构出具的网络安全等级保护三级测评报告和密码应用安全性评估报告无高风险问题。
P:5.2 初验通过后进入三个月试运行。试运行期间系统未发生一级故障、运行稳定的，乙方书面提请终验；甲方组织专家按附件1及本条标准进行终验，并出具书面验收报告。
P:5.3 设备到货签收、系统上线或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级、规则库更新及7×24小时技术支持，并每季度提交一次巡检报告。
P:6.2 质保期满后，甲方如委托乙方继续提供运维服务，年度运维费不超过软硬件小计的8%，即每年不超过297,920元，且在质保期满后三年内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（经甲方同意的计划内维护时间除外）。月度可用率每低于约定值0.1个百分点，甲方从当期应付款项或履约保证金中扣减2,000元。
P:7.2 故障分级及响应：一级故障（平台不可用或审核功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）1小时内响应，12小时内解决；三级故障（一般问题或咨询）1个工作日内响应，3个工作日内解决。
P:7.3 乙方超过约定时限响应或恢复的，每超过1小时，甲方扣减1,000元。
H:第八条 数据安全
P:8.1 本项目涉及的医保结算数据、参保人个人信息、定点医药机构数据及平台产生的日志、审核结果等全部数据属于甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制、向任何第三方提供或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护三级要求，对敏感数据加密存储和传输，按最小权限原则配置账号，所有运维操作经堡垒机留痕审计；任何数据不得出境。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在1小时内书面报告甲方。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括监管处罚及善后处置费用。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管规则、稽核线索及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的监管规则、接口程序、监管驾驶舱及其源代码、文档的知识产权归甲方所有，乙方应在终验前交付完整源代码及技术文档。
P:10.2 平台软件产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付软硬件不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请初验的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换、修复，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不得转包。乙方如需将非主体、非关键性工作分包，须经甲方书面同意，且乙方就分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：附件1 需求规格说明；附件2 设备清单及技术参数；附件3 项目实施计划。
P:甲方（盖章）：贵州省医疗保障局　　　乙方（盖章）：贵阳数衡信息技术有限公司
P:签订日期：2025年　月　日
"""

H142Z02 = """
T:电缆绝缘层在线测厚与缺陷检测系统采购合同
P:合同编号：HL-SB-2025-062
P:甲方（买方）：扬州宏缆电线电缆有限公司
P:乙方（卖方）：无锡测微光电科技有限公司
P:甲方为提升三条交联电缆挤出生产线的绝缘层质量控制水平，向乙方采购电缆绝缘层在线测厚与缺陷检测系统。双方经友好协商，订立本合同。
H:一、采购内容与价格
P:（一）乙方向甲方提供下列设备和软件，并负责安装调试、与挤出机控制系统联锁及人员培训。合同总价为人民币贰佰叁拾伍万元整（¥2,350,000.00），含税、运输、保险、安装及质保期内服务费用。
P:1. X射线在线测厚仪，3套，单价368,000元，金额1,104,000元；
P:2. 表面缺陷视觉检测单元（含高速相机及光源），3套，单价215,000元，金额645,000元；
P:3. 激光外径及偏心度测量仪，3套，单价92,000元，金额276,000元；
P:4. 数据采集与质量分析软件（永久许可，覆盖3条产线），1套，金额168,000元；
P:以上第1至4项为"硬件及软件"，小计2,193,000元；
P:5. 安装调试及与挤出机联锁，1项，金额137,000元；
P:6. 操作及维护培训，1项，金额20,000元。
P:（二）设备技术参数、配置清单以附件1《技术规格书》为准。
P:（三）乙方随设备免费提供两年用量的易损件（相机保护窗、光源模组、滤光片等）及专用维护工具一套，清单见附件2。
P:（四）X射线测厚仪须取得生态环境部门要求的射线装置辐射安全许可相关资料，乙方负责协助甲方办理辐射安全许可证变更及环评备案手续，并提供射线源的出厂检测报告和辐射防护说明。
H:二、付款方式
P:（一）合同生效后7个工作日内，甲方向乙方支付合同总价的35%作为预付款，即822,500元。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的25%，即587,500元。到货签收仅为数量清点，不代表质量验收。
P:（三）系统终验合格后15个工作日内，甲方支付合同总价的35%，即822,500元。
P:（四）余款5%即117,500元作为质量保证金，于质保期满且无未决质量问题后15个工作日内支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运至甲方厂区三号车间，并在到货后30日内完成安装调试。
P:（二）安装须利用甲方计划停机窗口进行，每条产线停机不超过48小时。乙方应提前提交施工方案，经甲方生产部批准后实施。
P:（三）设备包装应适合长途运输和多次装卸，防潮、防震；因包装不当造成的损坏由乙方负责。设备到货时，乙方应提供装箱单、产品合格证、使用说明书、计量校准证书、射线装置检测报告及软件安装介质。
P:（四）乙方应在安装调试期间对甲方操作工、质检员及设备维护人员进行培训，培训内容包括测量原理、日常操作、缺陷判定、标定方法、常见故障处理和辐射安全防护，确保甲方人员能够独立操作和进行日常维护。
P:（五）设备安装中的桥架敷设、电气接线等辅助施工，乙方可委托具有相应资质的第三方完成，但应提前3个工作日书面告知甲方；乙方对第三方的施工质量和安全负责。
H:四、验收
P:（一）安装调试完成后，系统连续运行72小时，乙方提请终验。终验标准：
P:1. 绝缘层厚度测量精度优于±0.01mm，重复性优于0.005mm；
P:2. 对附件1所列气泡、杂质、划伤、鼓包等缺陷的检出率不低于98%，误报率不高于2%；
P:3. 偏心度超限时，系统在1秒内发出报警并向挤出机控制系统输出联锁信号；
P:4. 测量数据与甲方MES系统接口对接正常，数据完整一致；
P:5. 技术资料、合格证、计量校准证书齐全。
P:（二）甲方应在收到终验申请后7日内组织验收，并出具书面验收报告。验收不合格的，乙方应在10日内整改后重新提请验收。设备到货、安装或投入生产使用，均不视为终验合格。
H:五、质量保证与售后服务
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内因设备本身质量问题发生的故障，乙方免费维修或更换，射线源、相机等核心部件一并包含在内。
P:（二）故障响应：一级故障（造成产线停机或测量失效）乙方1小时内远程响应，8小时内工程师到达现场，24小时内排除；二级故障（部分功能异常）2小时内响应，48小时内排除。
P:（三）乙方未按上述时限响应或到场的，每超过1小时，甲方可从质量保证金中扣减500元。
P:（四）质保期满后，乙方继续提供年度维保服务（含定期校准、备件更换、软件升级和上述故障响应），年度维保费按硬件及软件小计的17.5%计取，即每年383,775元，在质保期满后五年内保持不变，按年度签订维保确认单并在每个维保年度结束后支付。
H:六、数据与信息安全
P:（一）系统采集的测厚数据、缺陷图像、工艺参数及生产记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方书面批准，通过甲方提供的专用通道进行，并全程记录；禁止在甲方生产网络中接入未经检查的移动存储设备。
P:（三）因乙方原因造成数据泄露、丢失或生产网络安全事件的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方全部损失。
H:七、保密
P:乙方对知悉的甲方工艺配方、生产参数、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。乙方派驻现场的人员应遵守甲方厂区安全、保密和劳动纪律规定，不得拍摄与本项目无关的设备和工艺。
H:八、知识产权
P:（一）乙方为本项目开发的MES接口程序、定制报表及其源代码和文档，知识产权归甲方所有。
P:（二）设备内置软件及质量分析软件产品的知识产权仍属乙方，甲方享有永久使用权。乙方保证所供货物不侵犯第三方知识产权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）设备不符合合同约定的，甲方有权要求乙方更换、修理或退货，并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、合同解除
P:乙方逾期交货超过30日，或交付的设备经两次整改仍不能通过验收，或有其他根本违约行为经甲方书面催告后15日内未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十一、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交扬州仲裁委员会仲裁。
H:十二、不可抗力
P:因地震、洪水、台风、疫情等不可抗力致使一方不能按期履行合同的，受影响方应在事件发生后3日内书面通知对方，并在10日内提供证明文件，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。乙方已收取但未履行部分的款项应予退还。
H:十三、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件1《技术规格书》为本合同不可分割的组成部分。
P:甲方：扬州宏缆电线电缆有限公司（盖章）　　乙方：无锡测微光电科技有限公司（盖章）
"""

H142E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN: GOLA CONFIGURATOR SOFTWARE LIMITED, a company incorporated in Ireland with registered number 648213, having its registered office at The Old Schoolhouse, Gola Island, Gweedore, County Donegal, Ireland (the "Licensor"); and
P:DONGGUAN LIANYI FURNITURE MANUFACTURING CO., LTD., a company established under the laws of the People's Republic of China, having its registered address at No. 18 Xinnan Road, Houjie Town, Dongguan, Guangdong Province (the "Customer").
P:WHEREAS the Customer manufactures modular sofas and cabinets under three brands and wishes to offer its dealers and online customers a three-dimensional product configurator; and WHEREAS the Licensor is the owner of the GolaConfigure software and has agreed to license it to the Customer and to carry out the configuration and integration services described below, NOW IT IS HEREBY AGREED as follows.
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means the GolaConfigure configurator and the GolaRender rendering engine in object-code form, with the Documentation; "Documentation" means the Licensor's user and administrator manuals for the version delivered; "Configuration Deliverables" means the product rules, option matrices, pricing logic, 3D assets, dealer templates and integration code prepared by the Licensor for the Customer under this Agreement; "Customer Data" means all data, images and information supplied by or generated for the Customer, including dealer, order and end-customer data; "Final Acceptance" means the Customer's written certificate issued under Clause 6.3; "Contract Price" means the total price in Clause 3.1.
P:1.2 The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees the Licensor grants to the Customer and its affiliates in the People's Republic of China a perpetual, irrevocable (save under Clause 14.3), non-exclusive licence to install and use the Software on the Customer's own servers for an unlimited number of configurator sessions across its three brands, its dealer portal and its web shop.
P:2.2 The Customer may make back-up and test copies of the Software.
H:Clause 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The Contract Price is CNY 2,410,000, inclusive of VAT, made up as set out in Schedule 1 below.
TB:Item|Description|Amount (CNY)
TB:1|GolaConfigure enterprise licence, perpetual, three brands, unlimited sessions|1,320,000
TB:2|GolaRender engine licence, perpetual, four render nodes|286,000
TB:|Licence Fees subtotal (items 1 and 2)|1,606,000
TB:3|Configuration services: product rules for 1,200 base models, option matrices, 3D asset preparation|548,000
TB:4|Integration with the Customer's ERP, dealer portal and web shop|214,000
TB:5|Training and go-live support|42,000
TB:|Contract Price|2,410,000
P:3.2 The Contract Price is fixed and includes travel costs.
H:Clause 4 Payment
P:4.1 The Contract Price shall be paid as follows: (a) ten per cent (CNY 241,000) within twenty days after signature of this Agreement against the Licensor's invoice; (b) fifty-five per cent (CNY 1,325,500) within twenty days after the Customer signs the Configuration Sign-off for all 1,200 base models; and (c) thirty-five per cent (CNY 843,500) within twenty days after Final Acceptance.
P:4.2 Each invoice shall be accompanied by a valid Chinese VAT invoice issued through the Licensor's appointed local agent.
H:Clause 5 Delivery and Configuration
P:5.1 The Licensor shall deliver the Software within ten days after signature and complete configuration and integration as planned in Schedule 2, with Go-Live no later than one hundred and fifty days after signature (the "Milestone Date").
P:5.2 The Customer shall provide product drawings, bills of materials and price lists as reasonably required.
P:5.3 If Go-Live is delayed beyond the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Clause 6 Testing and Acceptance
P:6.1 The Licensor shall carry out the acceptance tests in Schedule 3, which shall show at least that: (a) every one of the 1,200 base models can be configured with all valid options and that invalid combinations are blocked; (b) configured prices match the Customer's price list on a sample of 300 configurations with no discrepancy; (c) a configured product renders in the web shop in under three seconds at 200 concurrent sessions; (d) orders pass to the ERP with correct bills of materials; and (e) the Documentation and training have been delivered.
P:6.2 Go-Live shall be followed by a thirty-day production run. If no Severity 1 defect occurs during that run and the tests in Clause 6.1 have been passed, the Customer shall issue the Final Acceptance certificate within ten working days.
P:6.3 Delivery, installation, Go-Live, use of the Software in production or any payment shall not of itself constitute acceptance. If a test fails the Licensor shall correct the defect and repeat the test at its own cost.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for a period of ninety (90) days from Final Acceptance the Software and the Configuration Deliverables will perform materially in accordance with the Documentation and Schedule 3, and shall correct any failure notified within that period free of charge.
P:7.2 The Licensor warrants that it has the right to grant the licence in Clause 2 and that the Software does not infringe the intellectual property rights of any third party, and shall indemnify the Customer against any such claim.
H:Clause 8 Support and Maintenance
P:8.1 After the warranty period the Licensor shall provide support and maintenance, including new releases, corrections and the service levels in Clause 9, for an annual fee of thirteen per cent (13%) of the Licence Fees, being CNY 208,780 per year, payable annually in arrears. The fee shall not change for the first three support years; thereafter any increase shall not exceed the Irish consumer price index for the previous year and shall in no case exceed three per cent per year.
P:8.2 Support is renewed each year by the Customer's purchase order; it does not renew automatically and the Customer may end it at the end of any support year by notice.
H:Clause 9 Service Levels
P:9.1 The Licensor shall operate a Mandarin-speaking support desk through its partner in Shenzhen from 08:00 to 20:00 China Standard Time on working days, with 24x7 on-call cover for Severity 1 defects.
P:9.2 Severity 1 (configurator or web shop unavailable, or prices wrong): response within one (1) hour and workaround within eight hours. Severity 2 (material function impaired): response within two hours and resolution within three working days. Severity 3: response within one working day.
P:9.3 For each hour by which a Severity 1 response or workaround is late, the Customer shall receive a credit of CNY 1,000 against the next support fee or the next instalment of the Contract Price.
H:Clause 10 Intellectual Property
P:10.1 The Software and all intellectual property in it remain the property of the Licensor.
P:10.2 All intellectual property in the Configuration Deliverables shall vest in the Customer on creation. The Licensor shall deliver the source files, rule sets and 3D models, and the Customer may use, modify and license them freely, including to its dealers and to any future supplier.
H:Clause 11 Customer Data and Security
P:11.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy it to any system outside the Customer's environment.
P:11.2 The Licensor shall access the Customer's systems only through the remote-access channel provided by the Customer, with named accounts, multi-factor authentication and session logging, and shall comply with the Customer's security rules and the Personal Information Protection Law of the PRC.
P:11.3 The Licensor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall co-operate in containing it, and shall be liable for all loss caused by its breach of this Clause 11.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including product designs, prices and dealer information, and shall not disclose it except to those of its staff and advisers who need to know it, for five years after termination.
H:Clause 13 Limitation of Liability
P:13.1 Neither party shall be liable for loss of profit or indirect or consequential loss.
P:13.2 The total aggregate liability of the Licensor under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed an amount equal to the Licence Fees (CNY 1,606,000).
P:13.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or under Clause 7.2.
H:Clause 14 Term and Termination
P:14.1 This Agreement commences on signature and continues until terminated under this Clause 14.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice requiring it to be remedied, or if the other party becomes insolvent.
P:14.3 On termination by the Customer under Clause 14.2 before Final Acceptance, the Licensor shall refund the sums paid for the undelivered services. The licence in Clause 2 survives termination unless the Customer has failed to pay the Licence Fees.
H:Clause 15 Subcontracting and Assignment
P:15.1 The Licensor shall not subcontract any part of the services, other than to its partner in Shenzhen named in Schedule 2, without the Customer's prior written consent, and remains responsible for the acts of any subcontractor.
P:15.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The courts of Ireland sitting in Dublin shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement is the entire agreement of the parties. Variations must be in writing.
P:Schedules: 1 Price; 2 Project plan and named partner; 3 Acceptance tests.
P:SIGNED for and on behalf of the Licensor: ____________________ Director
P:SIGNED for and on behalf of the Customer: ____________________ Legal Representative
"""

H142E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR WATER-QUALITY MONITORING STATIONS
P:Contract No.: XPHY-2025-WQ-03
P:Buyer: Xiapu County Haiyun Seaweed and Abalone Farming Cooperative, Sansha Town, Xiapu County, Ningde, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Sieck Instrumentation Marine SARL, Île de Sieck, 29680 Roscoff, France, acting in China through its representative office in Xiamen (the "Supplier").
P:This Contract is drawn up on the Buyer's standard form. The Buyer farms kelp, laver and abalone in the bays off Sansha and Beiqi and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH and chlorophyll, with alarms before red tides and oxygen depletion. The Supplier has offered a system of moored monitoring stations with a monitoring platform. The parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, moor, calibrate and commission eighteen multi-parameter buoy stations, the gateways and the monitoring software listed in Article 2, connect them to the Buyer's server at the cooperative office, train the Buyer's staff, and maintain the system as set out in Articles 7 and 8.
P:1.2 Technical specifications, station positions and the mooring design are set out in Annex 1 (Technical Specification) and Annex 2 (Station Map).
H:Article 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 1,340,000, inclusive of VAT, import duties, transport to Sansha, insurance, installation and all services during the warranty period:
P:(a) multi-parameter buoy stations (DO, temperature, salinity, pH, chlorophyll, solar power), 18 units at CNY 46,500: CNY 837,000;
P:(b) spare sensor heads, 12 units at CNY 7,800: CNY 93,600;
P:(c) LoRa/4G gateways, 4 units at CNY 18,200: CNY 72,800;
P:(d) monitoring software, perpetual licence, 20 users, with mobile alarm application: CNY 186,000;
P:Hardware and Licence Subtotal, items (a) to (d): CNY 1,189,400;
P:(e) installation, mooring and calibration of all stations: CNY 128,600;
P:(f) training of the Buyer's technicians and farm leaders: CNY 22,000.
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rates, freight or any other cost.
H:Article 3 Payment
P:3.1 Twenty per cent of the Contract Price (CNY 268,000) shall be paid as an advance within fifteen days after signature, against an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 Forty-five per cent (CNY 603,000) shall be paid within fifteen days after the Installation Certificate is signed for all eighteen stations. The Installation Certificate records that the stations are moored and transmitting; it is not acceptance.
P:3.3 Thirty-five per cent (CNY 469,000) shall be paid within fifteen days after Final Acceptance under Article 5.
P:3.4 The Supplier shall issue a Chinese VAT invoice for each payment.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's store at Sansha within ninety days after signature and complete installation within thirty days after delivery, using the Buyer's work boats and crews, which the Buyer provides free of charge.
P:4.2 Installation shall avoid the kelp harvest and the typhoon season warnings issued by the Fujian Meteorological Service. Days lost to such warnings extend the installation period.
P:4.3 The Supplier shall take care not to damage rafts, cages or lines. Any damage caused by the Supplier shall be repaired at its cost.
H:Article 5 Acceptance
P:5.1 After installation all stations shall run for a trial period of thirty days. Final Acceptance requires that: (a) every station has transmitted its scheduled ten-minute readings during the trial period with no gap longer than six hours; (b) readings agree with laboratory samples taken by the Ningde Marine Environment Monitoring Station within the tolerances of Annex 1 (dissolved oxygen ±0.2 mg/L, salinity ±0.3, temperature ±0.1 °C); (c) threshold alarms reach the mobile application within two minutes in a test of each station; (d) the platform shows and exports the history of every station; and (e) manuals, calibration certificates and the spare-parts list have been delivered.
P:5.2 The Buyer shall carry out the acceptance tests with the Supplier within ten days after the trial period and sign the Final Acceptance certificate if they are passed. If they are not passed, the Supplier shall correct the defects within fifteen days and the tests shall be repeated at the Supplier's cost.
P:5.3 Delivery, installation, transmission of data, use of the system or payment shall not in themselves constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the goods are new, free from defects in design, materials and workmanship, and fit for continuous use in seawater. The warranty period is twenty-four (24) months from Final Acceptance.
P:6.2 During the warranty period the Supplier shall repair or replace any defective station, sensor, gateway or software free of charge, including parts, labour, transport and boat time, and shall recalibrate all sensors every quarter and clean them of biofouling every month.
P:6.3 If a station is lost or damaged by a typhoon, the Supplier shall replace it at the unit price in Article 2 less a reduction of ten per cent, within thirty days after the Buyer's order.
H:Article 7 Service Levels
P:7.1 The Supplier shall operate a hotline and remote-monitoring service in Chinese.
P:7.2 Critical fault (a station or gateway offline, a false or missing alarm, or the platform down): remote response within one (1) hour and, where a visit is needed, a technician on site within thirty-six hours, weather permitting; major fault (one parameter failing): response within two hours and repair within five days; minor fault: response within one working day.
P:7.3 For each hour by which a response or on-site time for a critical fault is late, the Buyer may deduct CNY 800 from any sum due to the Supplier. For each day beyond five on which a station remains out of service, the Buyer may deduct CNY 300 per station.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier shall provide maintenance on the terms of Article 6.2 and Article 7 for a fixed annual fee of CNY 95,152, being eight per cent (8%) of the Hardware and Licence Subtotal, payable at the end of each maintenance year after the Buyer confirms the maintenance records.
P:8.2 The annual fee is fixed for the first five maintenance years. Maintenance is ordered by the Buyer year by year in writing and does not renew automatically.
H:Article 9 Data and Security
P:9.1 All monitoring data, alarms, positions, farm records and any other data collected or produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not disclose, sell or reuse them in any form, including in aggregated or anonymised form.
P:9.2 The platform is installed on the Buyer's server. The Supplier shall access it only through the remote connection approved by the Buyer for each session, using individual accounts. Data shall not be transferred outside mainland China.
P:9.3 The Supplier shall protect the system against unauthorised access, shall report any security incident or data loss to the Buyer within twenty-four hours, shall help to restore the data, and shall be liable for all losses caused by its failure to comply with this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's farm positions, stocking densities, production data and prices, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:Article 11 Intellectual Property
P:11.1 The alarm rules, reports and interfaces developed for the Buyer under this Contract belong to the Buyer, who may use and modify them freely. The standard software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 12 Delay and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in Article 4, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent of the Contract Price.
P:12.2 The total liability of the Supplier under this Contract shall not exceed 150% of the Contract Price, except for liability under Article 9, personal injury and wilful misconduct, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the sums paid for goods and services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be settled by negotiation; failing agreement within thirty days, either party may submit the dispute to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding on both parties.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese, both equally authentic, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h142z01": H142Z01, "h142z02": H142Z02, "h142e01": H142E01, "h142e03": H142E03}
TARGETS = {"h142z01": ("h142z01_provincial_medical_insurance_fund_supervision_platform.docx", "docx"),
           "h142z02": ("h142z02_cable_insulation_thickness_defect_inspection.pdf", "pdf"),
           "h142e01": ("h142e01_furniture_configurator_licence_irish_vendor.docx", "docx"),
           "h142e03": ("h142e03_seaweed_abalone_water_quality_sensors.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
