"""Builds the .docx and .pdf contracts of holdout97 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files and are
not generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H97Z01 = """
T:××省高级人民法院智慧法院电子卷宗随案同步生成及深度应用系统集成项目合同
P:合同编号：GY-DZJZ-2025-017
P:甲方（采购人）：××省高级人民法院
P:乙方（供应商）：衡书信息技术股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以及本项目公开招标文件和乙方投标文件，甲乙双方就电子卷宗随案同步生成及深度应用系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方本部及全省十二家中级人民法院诉讼服务中心提供高速文档扫描仪、服务器、分布式存储、OCR识别及智能编目软件、电子卷宗平台软件，完成与审判流程管理系统、诉讼服务平台、电子档案管理系统的接口定制开发及智能阅卷辅助功能开发，并负责安装部署、历史卷宗数据迁移和培训。
P:1.2 项目应满足招标文件技术规范书、最高人民法院关于电子卷宗随案同步生成和深度应用的技术要求以及网络安全等级保护第三级的要求。
H:第二条 合同价款
P:2.1 合同总价为人民币伍佰伍拾伍万元整（¥5,550,000.00），为固定总价，包含设备、软件许可、定制开发、安装部署、数据迁移、培训、运输保险、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|高速文档扫描仪（A3幅面，双面，每分钟不少于80页）|48台|36,800|1,766,400
TB:2|电子卷宗应用及数据库服务器|6台|128,000|768,000
TB:3|分布式存储（可用容量400TB）|1套|612,000|612,000
TB:4|OCR识别及智能编目软件许可|1套|486,000|486,000
TB:5|电子卷宗平台软件许可（永久）|1套|720,000|720,000
TB:|软硬件小计|||4,352,400
TB:6|接口定制开发及智能阅卷辅助功能开发|1项|918,000|918,000
TB:7|安装部署及历史卷宗数据迁移|1项|236,600|236,600
TB:8|培训（系统管理员及书记员）|1项|43,000|43,000
TB:|合计|||5,550,000
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行预付款保函，甲方向乙方支付合同总价的百分之二十作为预付款，即人民币1,110,000元。
P:3.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的百分之三十五，即人民币1,942,500元。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 项目终验合格后，甲方支付合同总价的百分之四十，即人民币2,220,000元。
P:3.4 合同总价的百分之五，即人民币277,500元，作为质量保证金。质保期满且乙方无未履行义务的，甲方在十五个工作日内无息退还。
P:3.5 乙方每次请款前应开具等额合法发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备到货及安装，一百二十日内完成软件部署、接口联调和历史卷宗数据迁移，并向甲方提交初验申请。
P:4.2 乙方应指定项目经理一名，未经甲方同意不得更换。进入甲方场所的实施人员应接受甲方审查，遵守法院安全管理规定。
H:第五条 验收
P:5.1 初验标准：（1）设备品牌、型号、配置与投标文件一致；（2）电子卷宗随案生成、自动编目、卷宗调阅、智能阅卷辅助等功能全部符合招标文件功能清单；（3）印刷体文字识别准确率不低于百分之九十八，二百页以内的卷宗自动编目不超过三分钟；（4）与审判流程管理系统、诉讼服务平台、电子档案管理系统的接口数据核对一致；（5）历史卷宗迁移的案件数、页数全量核对一致；（6）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 初验合格后系统试运行三个月。试运行期间未发生一级故障且二级故障累计不超过三次的，乙方可申请终验。终验由甲方组织技术专家进行，以甲方出具的书面终验报告为准。
P:5.3 设备到货签收、系统上线试运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证及售后服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件升级和技术支持。
P:6.2 质保期内，电子卷宗平台年度可用率不低于99.95%（经甲方同意、提前三日通知的计划内维护除外）。
P:6.3 故障分级及时限要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体瘫痪，卷宗无法生成或调阅，或存在数据丢失风险|30分钟|2小时|8小时
TB:二级|单个法院或单项核心功能不可用|1小时|次日|24小时
TB:三级|一般功能异常或使用咨询|8小时|按需|5个工作日
P:6.4 乙方未达到上述响应、到场或恢复时限的，每超时一小时扣减质量保证金1,000元；年度可用率每低于约定值0.01个百分点，扣减2,000元。质量保证金不足扣减的，甲方可从应付款项中抵扣。
P:6.5 质保期满后，甲方需要续保的，乙方应提供维保服务，年度维保费不超过软硬件小计的百分之八，即每年不超过人民币348,192元，质保期满后三年内不得上调。续保须由双方另行签订书面合同，不自动续期。
H:第七条 数据安全
P:7.1 本项目涉及的全部电子卷宗、案件信息、当事人个人信息和系统日志均属于甲方。乙方仅可为履行本合同在甲方指定的内网环境中处理上述数据，不得复制、留存或用于其他任何目的。
P:7.2 乙方应落实网络安全等级保护第三级要求。远程运维须经甲方审批并通过甲方堡垒机进行，全程审计；禁止使用未经甲方登记的移动存储介质；更换下来的存储介质由甲方留存或在甲方监督下现场销毁。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在一小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担相应的行政和法律责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的审判工作秘密、案件信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
P:8.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、智能阅卷辅助功能模块及其源代码和技术文档，知识产权归甲方所有，乙方应在终验时完整移交。甲方可自行或委托第三方使用、修改。
P:9.2 电子卷宗平台软件和OCR识别软件的原有知识产权仍归其权利人，乙方授予甲方在全省法院范围内永久、不可撤销的使用许可。
P:9.3 乙方保证所提供的设备、软件及开发成果不侵犯任何第三方的合法权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付设备或逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方提供的设备或软件不符合合同约定的，应在十五日内更换或修复，并承担由此产生的全部费用。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。乙方如需将非主体工作分包，须事先取得甲方书面同意，并对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，要求乙方退还已付款项并赔偿损失：（1）逾期超过三十日；（2）终验两次不合格；（3）因乙方原因发生数据安全事件；（4）其他严重违约行为。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，互不承担违约责任。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、技术规范书及分项报价表为本合同组成部分。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2025年　月　日
"""

H97Z02 = """
T:岸桥远程监控系统设备采购及安装合同
P:合同编号：DLG-WZ-2025-0416
P:甲方（买方）：东陵港口集团有限公司
P:乙方（卖方）：澜岸智能装备科技有限公司
P:甲乙双方经竞争性谈判，就甲方二期集装箱码头8台岸桥远程监控系统设备采购及安装事宜，订立本合同。
H:一、合同标的
P:（一）乙方为甲方二期集装箱码头8台岸边集装箱起重机（岸桥）提供远程监控系统设备及软件，包括岸桥高清摄像机、PLC数据采集网关、工业无线网桥及光纤环网交换机、远程操控台监控工作站、视频存储服务器和岸桥状态监测软件，并负责安装调试、与码头操作系统（TOS）及设备管理系统的对接和培训。
P:（二）全部设备应为全新原厂正品，适应港口户外盐雾和大风环境，防护等级不低于IP66，工作温度-25℃至70℃。
H:二、合同价款
P:（一）合同总价为人民币叁佰壹拾肆万元整（¥3,140,000），含增值税、运输、保险、安装调试、接口开发、培训及质保期内服务。
P:（二）分项价格：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|岸桥高清摄像机（含防摇支架）|112路|9,800|1,097,600
TB:2|岸桥PLC数据采集网关|8套|46,500|372,000
TB:3|工业无线网桥及光纤环网交换机|16套|28,400|454,400
TB:4|远程操控台监控工作站|6套|63,000|378,000
TB:5|视频存储服务器|2台|156,000|312,000
TB:6|岸桥状态监测软件（永久许可）|1套|268,000|268,000
TB:|设备及软件小计|||2,882,000
TB:7|安装调试及线缆敷设|1项|236,000|236,000
TB:8|培训|1项|22,000|22,000
TB:|合计|||3,140,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之二十，即628,000元，作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的百分之四十，即1,256,000元。到货签收不构成质量验收。
P:（三）系统终验合格后，甲方支付合同总价的百分之三十五，即1,099,000元。
P:（四）合同总价的百分之五，即157,000元，作为质量保证金，质保期满后十五个工作日内无息支付。
P:（五）乙方每次请款时应提供等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方码头指定地点，并在到货后四十五日内完成安装调试。
P:（二）岸桥上的安装作业应利用船舶作业间隙进行，服从甲方生产调度安排，不得影响码头正常装卸生产。乙方应遵守甲方高空作业、临边作业及动火作业管理规定，作业人员持证上岗。
P:（三）乙方应随货提供产品合格证、出厂检验报告、使用说明书、接线图及备品备件清单，并免费提供不少于设备数量百分之三的摄像机易损件作为随机备件。
P:（四）设备的所有权及毁损、灭失风险自甲方到货签收时转移给甲方；安装期间因乙方原因造成的设备损坏，由乙方负责修复或更换。
P:（五）乙方应在安装调试完成前为甲方远程操控中心的操作司机、设备维修人员和信息中心人员提供不少于五天的现场培训，使其能够独立完成日常操作、参数调整和一般故障处理。
H:五、验收
P:（一）安装调试完成后，双方按技术协议进行验收测试：1.每台岸桥14路视频全部接入，画面延时不大于300毫秒；2.吊具、小车、大车运行状态及PLC故障代码实时采集，刷新周期不大于1秒；3.风速超限和防撞报警联动测试全部通过；4.与TOS作业指令及设备管理系统数据核对一致；5.系统连续运行三十日无一级故障。
P:（二）测试全部合格后，双方签署终验报告。设备到货签收、安装完成或甲方投入使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新组织验收，由此产生的费用由乙方承担。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，软件免费升级。
P:（二）一级故障（单台岸桥监控画面全部中断或状态数据中断，影响远程作业）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复。二级故障（部分视频或单项数据异常）：2小时内响应，24小时内修复。
P:（三）乙方超过上述时限的，每超时一小时扣减质量保证金800元，不足部分从应付款中扣除。
P:（四）质保期内，乙方每季度对全部岸桥监控设备进行一次现场巡检，台风季节前增加一次专项检查，检查摄像机防护罩、支架紧固、无线网桥及光纤链路状态，并向甲方提交巡检报告。
P:（五）质保期满后，乙方继续提供维保服务，维保年费为设备及软件小计的百分之十七，即每年489,940元，维保期三年，维保期内价格固定。维保内容包括定期巡检、故障维修、备件更换和软件升级，维保期内的故障响应时限按本条第（二）项执行。
P:（六）乙方应为甲方建立岸桥监控设备维保档案，记录每次巡检、故障及更换部件情况，质保期满时移交甲方。
H:七、数据安全
P:（一）监控视频、岸桥运行数据、PLC采集数据及TOS接口数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他目的。
P:（二）系统部署于甲方生产网，与互联网物理隔离。乙方远程维护须经甲方审批，通过甲方堡垒机进行并全程录像；乙方不得在系统中设置任何未经甲方批准的远程访问通道。
P:（三）发生数据泄露、篡改或网络安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部赔偿责任。
H:八、知识产权
P:（一）乙方为本项目开发的TOS对接程序、监控大屏界面及其源代码和文档归甲方所有，甲方可自行修改和使用。
P:（二）岸桥状态监测软件的知识产权归乙方，乙方授予甲方永久使用许可。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的百分之五。
P:（二）乙方所交设备的规格、质量不符合约定的，甲方有权要求退换，由此产生的费用及延误由乙方承担。
P:（三）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:十、分包
P:乙方不得转包本合同。线缆敷设中的高空作业如需分包，应事先取得甲方书面同意，乙方对分包方的行为负全部责任。
H:十一、合同解除
P:（一）乙方逾期交货超过三十日、验收两次不合格或有其他严重违约行为，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交东陵仲裁委员会仲裁。
H:十三、安全生产
P:（一）乙方进入码头作业区前，应与甲方签订安全生产管理协议，作业人员应参加甲方组织的入场安全教育，穿戴安全帽、安全带及反光背心。
P:（二）乙方作业人员违反甲方安全管理规定的，甲方有权责令停工整改；因乙方原因发生人身伤亡或财产损失的，由乙方承担全部责任。
P:（三）甲方应为乙方施工人员提供必要的岸桥登高通道、临时用电和材料堆放场地，并指定专人负责现场协调和作业许可办理。
H:十四、其他
P:（一）本合同未尽事宜，双方可另行签订书面补充协议，补充协议与本合同具有同等效力。
P:（二）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。技术协议、设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

H97E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT (COLD-STORE MONITORING SYSTEM)
P:Agreement No. TIOT-2025-0912
P:This Agreement is entered into on ____ 2025 by and between:
P:Party A (Buyer): Hallasan Gamgyul Farming Association Corporation, 215 Jungsan-ro, Namwon-eup, Seogwipo-si, Jeju Special Self-Governing Province, Republic of Korea, represented by its President Ko Min-seok; and
P:Party B (Supplier): Tamna IoT Co., Ltd., 3F, 48 Yeonsam-ro, Jeju-si, Jeju Special Self-Governing Province, Republic of Korea, represented by its CEO Yang Seung-hoon.
H:Article 1 (Purpose)
P:The purpose of this Agreement is to set out the rights and obligations of the parties for the supply, installation, commissioning and maintenance of a wireless temperature, humidity and gas monitoring system for Party A's four tangerine cold stores and one ripening room at Namwon-eup (the "System").
H:Article 2 (Definitions)
P:In this Agreement: (1) "Equipment" means the sensors, gateways, server, UPS and accessories listed in Article 3; (2) "Software" means Party B's TamnaCold monitoring software and its mobile application; (3) "Acceptance" means the written acceptance issued by Party A under Article 8; (4) "Working Day" means a day other than a Saturday, Sunday or public holiday in the Republic of Korea.
H:Article 3 (Scope of Supply and Contract Price)
P:(1) Party B shall supply the following items. All prices are in Korean Won (KRW) and exclude value added tax (VAT), which Party A shall pay at the statutory rate.
TB:No.|Item|Qty|Unit price (KRW)|Amount (KRW)
TB:1|Wireless temperature / humidity sensor (±0.2 °C, IP65)|120|185,000|22,200,000
TB:2|CO2 / ethylene gas sensor|24|640,000|15,360,000
TB:3|LoRaWAN gateway with LTE backhaul|6|1,450,000|8,700,000
TB:4|Door-open contact sensor|36|48,000|1,728,000
TB:5|Monitoring server with UPS|1|6,900,000|6,900,000
TB:6|TamnaCold software licence (perpetual, 10 users)|1|9,800,000|9,800,000
TB:|Equipment and Licence Subtotal|||64,688,000
TB:7|Installation, wiring and sensor calibration|1 lot|7,420,000|7,420,000
TB:8|Training of Party A staff|1 lot|892,000|892,000
TB:|Total Contract Price (VAT excluded)|||73,000,000
P:(2) The Total Contract Price is KRW 73,000,000 (Seventy-Three Million Won), VAT excluded. It is a fixed price and includes transport, installation, calibration, training and all services during the Warranty Period.
H:Article 4 (Payment)
P:(1) Advance payment: 10% of the Total Contract Price (KRW 7,300,000) within fourteen (14) days after signing, against an advance payment guarantee bond issued by Seoul Guarantee Insurance or a bank for the same amount.
P:(2) Installation payment: 55% of the Total Contract Price (KRW 40,150,000) within thirty (30) days after all Equipment is installed and Party A has confirmed the installation in writing. This confirmation is a record of installation only and is not Acceptance.
P:(3) Final payment: 35% of the Total Contract Price (KRW 25,550,000) within thirty (30) days after Acceptance.
P:(4) Payments shall be made by bank transfer to the account designated by Party B against a valid tax invoice.
H:Article 5 (Delivery and Installation)
P:(1) Party B shall complete the delivery and installation of the System by 10 October 2025, before the start of the tangerine harvest.
P:(2) Installation work inside the cold stores shall be scheduled with Party A so that stored fruit is not exposed to temperatures outside the set range for more than thirty (30) minutes at a time.
H:Article 6 (Delay Penalty)
P:If Party B fails to complete delivery and installation by the date in Article 5, Party B shall pay Party A a delay penalty of 0.075% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price. Payment of the delay penalty does not release Party B from its obligation to complete the work.
H:Article 7 (Subcontracting)
P:Party B may subcontract the electrical wiring and installation work to licensed electrical contractors, provided that Party B notifies Party A in writing of the name of the subcontractor before the work starts. Party B remains responsible to Party A for the work of its subcontractors.
H:Article 8 (Inspection and Acceptance)
P:(1) After installation, Party B shall carry out the acceptance tests in the presence of Party A. The System passes the tests when: (a) every temperature sensor reads within ±0.3 °C of a calibrated reference thermometer at two set points; (b) an out-of-range alarm reaches the designated mobile phones by SMS and KakaoTalk within sixty (60) seconds; (c) every sensor reports to the server through the gateways without gaps longer than ten (10) minutes during a fourteen (14) day trial run; (d) door-open events and gas readings are shown on the dashboard and in the daily report; and (e) the operating manual and as-built drawings have been delivered.
P:(2) Party A shall issue a written Acceptance within five (5) Working Days after the tests are passed. Installation, trial operation or use of the System by Party A shall not be deemed Acceptance.
P:(3) If the System fails any test, Party B shall correct the defect at its own cost and repeat the tests.
H:Article 9 (Warranty)
P:(1) Party B warrants the Equipment and the Software free of charge for a period of six (6) months from the date of Acceptance (the "Warranty Period"). During the Warranty Period, Party B shall repair or replace any defective item and provide software updates at no cost.
P:(2) The warranty does not cover damage caused by misuse, fire, flood or modification by persons other than Party B.
H:Article 10 (Fault Response)
P:(1) During the Warranty Period and any maintenance period, Party B shall respond to faults reported by telephone or through the TamnaCold app as follows:
TB:Severity|Description|Response time|On-site time|Restoration time
TB:Severity 1|Temperature monitoring or alarms unavailable for any cold store|1 hour|6 hours|12 hours
TB:Severity 2|One or more sensors or one gateway not reporting|3 hours|next Working Day|2 Working Days
TB:Severity 3|Minor software fault or question|1 Working Day|as agreed|10 Working Days
P:(2) For each hour by which Party B exceeds a response, on-site or restoration time for a Severity 1 fault, Party B shall pay Party A KRW 100,000, which Party A may set off against any amount due to Party B.
H:Article 11 (Maintenance after the Warranty Period)
P:(1) After the Warranty Period, Party B shall provide maintenance services (remote monitoring of the System, one calibration visit per year before the harvest, repair and replacement of defective parts, software updates and the fault response in Article 10) if Party A so requests.
P:(2) The annual maintenance fee is 9% of the Equipment and Licence Subtotal, i.e. KRW 5,821,920 per year (VAT excluded), fixed for the first two (2) years. After that, the fee may be adjusted only by written agreement and by no more than 3% per year.
P:(3) Maintenance shall be agreed for one year at a time by a written maintenance order from Party A. It does not renew automatically.
H:Article 12 (Data)
P:(1) All temperature, humidity, gas and door records collected by the System, and any information about Party A's stock and customers, belong to Party A. Party B may use such data only to perform this Agreement.
P:(2) Party B shall keep the server and app accounts protected by individual passwords and two-factor authentication, encrypt the LTE link between the gateways and the server, and keep daily backups. Party B shall comply with the Personal Information Protection Act of the Republic of Korea.
P:(3) Party B shall notify Party A within twenty-four (24) hours after becoming aware of any loss of or unauthorised access to the data, and shall compensate Party A for any damage resulting from Party B's breach of this Article.
H:Article 13 (Confidentiality)
P:Each party shall keep confidential all business and technical information of the other party obtained in connection with this Agreement, including Party A's storage volumes and customer lists, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three (3) years after the end of this Agreement.
H:Article 14 (Intellectual Property)
P:(1) The dashboards, alarm rules, report formats and data export scripts prepared by Party B specifically for Party A belong to Party A, and Party A may use, modify and have them modified by third parties freely.
P:(2) The Software remains the property of Party B. Party B grants Party A a perpetual, non-exclusive licence to use the Software for Party A's own operations.
H:Article 15 (Termination)
P:(1) Either party may terminate this Agreement by written notice if the other party materially breaches this Agreement and fails to remedy the breach within fifteen (15) days after receiving written notice.
P:(2) Party A may also terminate this Agreement if the delay penalty under Article 6 reaches its maximum. In case of termination due to Party B's breach, Party B shall refund the payments received for items not accepted and compensate Party A for its damage.
H:Article 16 (Force Majeure)
P:Neither party is liable for failure to perform caused by typhoon, earthquake, war or other events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 17 (Governing Law and Jurisdiction)
P:This Agreement shall be governed by the laws of the Republic of Korea. Any dispute arising out of this Agreement that cannot be settled by consultation shall be submitted to the exclusive jurisdiction of the Jeju District Court.
H:Article 18 (Miscellaneous)
P:Any amendment to this Agreement shall be made in writing and signed by both parties. This Agreement is made in two (2) originals in English, and each party keeps one. Matters not provided for in this Agreement shall be settled by mutual consultation in good faith.
P:Party A: Hallasan Gamgyul Farming Association Corporation ____________ (seal)
P:Party B: Tamna IoT Co., Ltd. ____________ (seal)
"""

H97E04 = """
T:MANAGED IT SERVICES AGREEMENT
P:THIS AGREEMENT is made on the ____ day of __________ 2025
P:BETWEEN
P:BUKA TECH SOLUTIONS LIMITED, a company incorporated in Papua New Guinea, of Section 12, Allotment 7, Hutjena Road, Buka, Autonomous Region of Bougainville ("the Provider")
P:AND
P:TINPUTZ COCOA EXPORTS LIMITED, a company incorporated in Papua New Guinea, of Wharf Road, Buka, Autonomous Region of Bougainville ("the Customer").
P:BACKGROUND: The Customer buys, ferments, dries and exports cocoa from growers across Bougainville. It wishes to engage the Provider to manage its information technology and to support its staff, and the Provider has agreed to do so on the terms of this Agreement.
H:1. INTERPRETATION
P:1.1 In this Agreement: "Business Day" means a day on which banks are open for business in Buka, other than a Saturday, Sunday or public holiday; "Customer Data" means all data and records of the Customer, its growers, buyers and employees that the Provider handles under this Agreement; "Services" means the services described in Schedule 1; "Service Commencement Date" means the date on which the Transition is accepted under clause 4; "Sites" means the Customer's office and warehouse at Wharf Road, Buka, its warehouse at Arawa and its fermentary at Tinputz.
P:1.2 Headings are for convenience only. A reference to "K" or "Kina" is to the lawful currency of Papua New Guinea.
H:2. TERM
P:2.1 This Agreement starts on the date of signing and continues for an Initial Term of twenty-four (24) months from the Service Commencement Date.
P:2.2 After the Initial Term, this Agreement continues from month to month on the same fees and terms until either party gives the other not less than sixty (60) days' written notice of termination.
H:3. SERVICES
P:3.1 The Provider will provide the Services at the Sites and remotely, namely: (a) management of the local networks, the satellite and 4G internet links and the firewall at each Site; (b) management, patching and monitoring of the Customer's two servers and its Microsoft 365 tenancy; (c) daily backup of the servers with an encrypted copy kept off site in Port Moresby; (d) desktop, laptop and printer support for up to forty (40) users, including the export documentation team; and (e) a monthly service report.
P:3.2 The Provider will keep at least one technician based in Buka and will visit Arawa and Tinputz at least once a month and whenever a Priority 1 or Priority 2 incident requires it.
H:4. TRANSITION AND ACCEPTANCE
P:4.1 Within eight (8) weeks after signing the Provider will complete the Transition: a full asset register, network diagrams and documentation, installation of monitoring agents on all servers and computers, a successful test restore of each server from backup, and the handover to the Customer of all administrator credentials in a sealed register.
P:4.2 The Customer will test the Transition against clause 4.1 within five (5) Business Days after the Provider reports completion and will sign a Transition Acceptance Certificate if every item is met. The Services being used before that date does not mean the Transition has been accepted.
P:4.3 If the Transition is not accepted within eight (8) weeks after signing because of the Provider's fault, the Provider will pay the Customer liquidated damages of K350 for each day of delay, up to a maximum of K10,500.
P:4.4 The Customer will give the Provider's technicians access to the Sites during working hours, a desk and secure storage at Wharf Road, and the information and passwords held by its previous IT contractor.
H:5. FEES AND PAYMENT
P:5.1 The fees are set out in Schedule 2: a Monthly Service Fee of K18,600 for twenty-four (24) months (K446,400) and a one-off Transition Fee of K13,600, a total of K460,000 for the Initial Term, exclusive of GST.
P:5.2 The Provider will invoice the Transition Fee after the Transition Acceptance Certificate is signed and the Monthly Service Fee at the end of each month in arrears. The Customer will pay each correct invoice within thirty (30) days. No payment is due in advance.
H:6. SERVICE LEVELS
P:6.1 The Provider will respond to and resolve incidents within the times set out in Schedule 3. Priority 1 means that a Site has no network or internet access, that a server is down or that the export documentation system cannot be used.
P:6.2 If the Provider misses a Priority 1 response or resolution time, the Customer is entitled to a service credit of five per cent (5%) of the Monthly Service Fee for that month for each incident, up to twenty per cent (20%) of that month's fee. Service credits are deducted from the next invoice.
P:6.3 The Provider will review its performance against Schedule 3 with the Customer's General Manager at a meeting in Buka each quarter, together with open incidents, upcoming hardware replacements, licence renewals and any risks it has identified. Minutes of each meeting will be kept by the Provider and circulated within five (5) Business Days.
P:6.4 Planned maintenance that interrupts any Service must be agreed with the Customer at least three (3) Business Days in advance and, during the main cocoa shipping weeks notified by the Customer, may only be carried out after 6.00 pm.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services and must not sell, disclose or use it for any other purpose.
P:7.2 The Provider will protect Customer Data by: using multi-factor authentication for all administrator accounts; giving its staff access only to what they need; encrypting backups and laptops; keeping access logs for at least twelve (12) months; and returning or securely deleting Customer Data at the end of this Agreement.
P:7.3 The Provider will notify the Customer within twenty-four (24) hours after it becomes aware of any loss of, or unauthorised access to, Customer Data, will help the Customer to contain it, and is responsible for any loss it causes by breaching this clause 7.
H:8. CONFIDENTIALITY
P:8.1 Each party will keep confidential the other's confidential information, including the Customer's buyer contracts, prices and grower payments, and will not disclose it except to its staff and advisers who need to know it or as required by law.
P:8.2 This clause survives the end of this Agreement for three (3) years.
H:9. INTELLECTUAL PROPERTY
P:9.1 All documentation, network diagrams, scripts and configurations that the Provider prepares for the Customer under this Agreement belong to the Customer on creation, and the Customer may use and change them and give them to any later provider.
P:9.2 The Provider keeps ownership of its own monitoring tools and know-how, which it uses to provide the Services.
H:10. SUBCONTRACTING
P:The Provider must not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for anything done by a subcontractor.
H:11. PERSONNEL AND CHANGES
P:11.1 The Provider will name a service manager for this Agreement and will not replace its Buka-based technician without first telling the Customer. Provider staff at the Sites must follow the Customer's safety, fermentary hygiene and security rules.
P:11.2 Either party may ask for a change to the Services. No change is binding unless it is set out in writing, with any change in fees, and signed by both parties. Work done without a signed change is included in the Monthly Service Fee.
H:12. LIABILITY
P:12.1 Neither party is liable for loss of profits or for indirect or consequential loss.
P:12.2 The Provider's total liability to the Customer under or in connection with this Agreement, whether in contract, negligence or otherwise, is limited to the total Monthly Service Fees paid by the Customer in the three (3) months before the event giving rise to the claim.
H:13. TERMINATION
P:13.1 Either party may terminate this Agreement immediately by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice, or if the other party becomes insolvent.
P:13.2 On termination the Provider will co-operate in handing the Services over to the Customer or to a new provider for up to thirty (30) days, at the rates in Schedule 2.
H:14. FORCE MAJEURE
P:Neither party is liable for a delay caused by events outside its reasonable control, including cyclone, earthquake, volcanic activity, civil unrest, the failure of the national power supply or the cancellation of flights or shipping to Buka, provided it notifies the other party promptly.
H:15. GOVERNING LAW
P:This Agreement is governed by the laws of Papua New Guinea. The parties submit to the jurisdiction of the National Court of Justice of Papua New Guinea sitting at Buka.
H:16. NOTICES AND GENERAL
P:16.1 Notices under this Agreement must be in writing and delivered by hand or sent by email to the addresses the parties give each other for that purpose. A notice sent by email is received on the next Business Day.
P:16.2 This Agreement is the entire agreement between the parties about its subject matter. Neither party may assign it without the other's written consent.
H:SCHEDULE 1 - SERVICES
P:As described in clause 3.1, covering the Sites and up to 40 users, 2 servers, 3 firewalls and 45 end-user devices. Service hours: 7.30 am to 5.30 pm on Business Days; Priority 1 incidents are handled at any time.
H:SCHEDULE 2 - FEES (exclusive of GST)
TB:Item|Fee (Kina)
TB:Monthly Service Fee: K18,600 x 24 months|446,400
TB:Transition Fee (one-off)|13,600
TB:Total for the Initial Term|460,000
TB:Additional work outside scope (per technician hour)|180
H:SCHEDULE 3 - SERVICE LEVELS
TB:Priority|Response time|Resolution target
TB:Priority 1|6 hours, at any time|2 Business Days
TB:Priority 2|8 business hours|3 Business Days
TB:Priority 3|next Business Day|10 Business Days
P:SIGNED for and on behalf of the Provider: ____________________ Director
P:SIGNED for and on behalf of the Customer: ____________________ Director
"""

SOURCES = {"h97z01": H97Z01, "h97z02": H97Z02, "h97e03": H97E03, "h97e04": H97E04}
TARGETS = {"h97z01": ("h97z01_high_court_electronic_case_files_integration.docx", "docx"),
           "h97z02": ("h97z02_port_quay_crane_remote_monitoring_supply.pdf", "pdf"),
           "h97e03": ("h97e03_tangerine_orchard_cold_store_sensors_jeju.docx", "docx"),
           "h97e04": ("h97e04_cocoa_exporter_managed_it_bougainville.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
