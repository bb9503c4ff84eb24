"""Builds the .docx and .pdf contracts of holdout68 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; writes the files next to this script. The PDFs' paragraphs are
broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H68Z02 = """
T:辊道窑燃烧控制系统供货及维保合同
P:合同编号：RF-SB-2025-062
P:甲方（买方）：佛山市瑞峰陶瓷有限公司
P:地址：佛山市南海区西樵镇瑞峰工业园
P:乙方（卖方）：广东炉安热工自动化有限公司
P:地址：佛山市顺德区大良街道五沙工业区炉安路3号
P:甲方为提高辊道窑烧成质量、降低天然气单耗，拟对二号、三号车间共4条辊道窑的燃烧控制系统进行改造。经双方协商一致，根据《中华人民共和国民法典》，订立本合同。
H:一、合同标的及价格
P:（一）乙方向甲方供应辊道窑燃烧控制系统，包括燃烧控制柜、烧嘴控制器及火焰检测装置、燃气比例调节阀及流量计、热电偶及氧含量分析仪、上位监控软件，并负责安装、调试、燃烧优化、操作培训、质保期内服务及质保期满后的维保服务。
P:（二）设备清单及价格如下表：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|窑炉燃烧控制柜（PLC，含触摸屏）|4套|186,000|744,000
TB:2|烧嘴控制器及火焰检测装置|320套|1,450|464,000
TB:3|燃气比例调节阀及流量计|48套|6,800|326,400
TB:4|热电偶及氧含量分析仪|1批|217,600|217,600
TB:5|上位监控软件许可（永久）|1套|168,000|168,000
TB:|设备小计|||1,920,000
TB:6|安装调试及燃烧优化|1项|236,000|236,000
TB:7|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||2,180,000
P:（三）合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），含13%增值税，包括设备、运输、保险、安装调试、培训及质保期内的全部服务费用。
H:二、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运至甲方厂区指定地点，并在甲方安排的停窑检修窗口内（每条窑不超过六日）完成安装。
P:（二）设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认型号、数量和外观，不代表质量验收。
P:（三）停窑施工期间的安全由乙方负责，乙方人员应遵守甲方厂区安全生产和动火作业管理制度。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的20%作为预付款，计¥436,000；
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的45%，计¥981,000；
P:（三）最终验收合格后，甲方支付合同总价的25%，计¥545,000；
P:（四）合同总价的10%即¥218,000作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:四、验收
P:（一）安装调试完成后，每条窑连续满负荷生产72小时，乙方提交验收申请，甲方在收到申请后七日内组织验收。
P:（二）验收标准：1. 烧成带温度控制精度在±3℃以内，窑内横截面温差不大于6℃；2. 以改造前三个月的平均值为基准，单位产品天然气消耗降低不少于8%；3. 熄火保护、超温保护、燃气压力异常联锁逐项测试动作正确；4. 上位软件的报表、报警记录与现场仪表数据一致。
P:（三）验收合格后双方签署最终验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收。设备安装完毕、投入生产使用或甲方支付款项，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量原因发生的维修和更换由乙方免费负责。
P:（二）质保期内故障分级及处理时限如下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|窑炉停烧、安全联锁失效或燃气泄漏报警|30分钟|6小时|12小时
TB:二级|单个温区控制失效，窑炉可降产运行|2小时|24小时|48小时
TB:三级|软件报表、显示等一般问题|8小时|72小时|7日
P:（三）乙方超过上表时限的，每超时一小时向甲方支付¥800；因乙方原因导致停窑的，另按每条窑每小时¥3,000赔偿甲方损失。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供全包维保服务，内容包括每季度巡检、燃烧调优、易损件及备品备件更换以及7×24小时技术支持，服务时限和违约责任同第五条。
P:（二）年度维保费按设备小计（¥1,920,000）的百分之二十六计取，即每年¥499,200，维保期内不作调整；不满一年的按月折算。
P:（三）维保费于每个维保年度开始后一个月内支付。
H:七、数据与网络安全
P:（一）燃烧控制系统采集的温度曲线、燃气消耗、烧成工艺参数及配方数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
P:（二）乙方远程维护须事先取得甲方书面批准，通过甲方指定的VPN及账号登录，维护结束后立即断开；乙方不得在控制系统中设置任何未经甲方同意的远程访问通道。
P:（三）因乙方原因发生数据泄露，或控制系统遭受网络攻击、被篡改的，乙方应在发现后24小时内书面通知甲方，立即采取补救措施，并赔偿由此给甲方造成的全部损失。
H:八、技术资料与培训
P:（一）乙方应在设备到货时随货提供装箱单、合格证、产品说明书、燃气阀组及安全联锁装置的型式试验报告；在验收前提交竣工图、电气原理图、接线图、PLC程序清单、参数表及操作维护手册各三套（纸质及电子版）。
P:（二）乙方应为甲方培训窑炉操作工不少于二十人、电仪维修人员不少于六人，培训内容包括系统操作、燃烧调节、报警处理、日常点检及常见故障排除。培训结束后由乙方组织考核，考核合格的人员由乙方出具培训证明。
P:（三）乙方应保证在设备停产后至少八年内继续提供备品备件，备件价格不高于本合同单价。
H:九、知识产权
P:（一）乙方为甲方窑炉编制的PLC控制程序、组态画面、燃烧控制参数表及相关技术文档归甲方所有，乙方应在验收时交付程序源文件，甲方可自行或委托他人修改使用。
P:（二）上位监控软件的著作权归乙方，乙方授予甲方永久使用许可。
H:十、保密
P:乙方对在履行本合同过程中知悉的甲方釉料配方、烧成工艺、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。保密期至本合同终止后五年。
H:十一、施工委托
P:乙方可将设备安装、电缆敷设等现场施工作业委托具有相应资质的第三方完成，但应在施工开始前三个工作日书面告知甲方，并对施工单位的行为及施工质量承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）设备经两次验收仍不合格的，甲方有权退货并解除合同，乙方应退还已收取的全部款项。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十四、不可抗力
P:因地震、台风、洪水等不可抗力致使一方不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:十六、其他
P:（一）双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱。
P:（二）本合同附件包括：附件一《设备技术规格书》、附件二《安装调试方案》、附件三《验收测试记录表》，附件与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山市瑞峰陶瓷有限公司    乙方（盖章）：广东炉安热工自动化有限公司
P:授权代表：                            授权代表：
P:日期：                                日期：
"""

H68Z04 = """
T:云溪区数字化城市管理平台运维服务采购合同
P:合同编号：YXCG-2025-FW-0213
P:采购人（甲方）：云溪区城市管理局
P:地址：云溪区府前大道9号
P:供应商（乙方）：澄明智慧城市运营服务有限公司
P:地址：云溪区软件园二期C座5层
P:采购方式：竞争性磋商（项目编号：YXZC-2025-C-077）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就云溪区数字化城市管理平台运维服务事宜订立本合同。
H:第一条 服务内容
P:（一）乙方负责云溪区数字化城市管理平台（以下简称“数字城管平台”）的运行维护，包括：受理、派遣、处置、核查、结案各子系统及监督指挥大屏的软件运维；1,260路前端视频监控及 86个感知设备的巡检和维修；部件、事件基础数据的日常更新；平台安全管理和数据备份。
P:（二）乙方派驻不少于6名运维人员在甲方监督指挥中心驻场服务，其中项目负责人1名、系统工程师2名、数据专员2名、设备维修人员1名。驻场人员名单须经甲方确认，未经甲方同意不得更换。
P:（三）乙方应建立应急保障机制，制定平台中断、数据丢失、视频大面积离线等情形的应急预案，每半年组织一次应急演练，并将演练记录报甲方备案。
P:（四）服务期为二年，自2025年7月1日起至2027年6月30日止。
H:第二条 合同价款
P:（一）本合同总价为人民币贰佰叁拾柒万贰仟元整（¥2,372,000），即每年¥1,186,000，其中：平台软件运维¥468,000/年，视频及感知设备运维¥412,000/年，驻场服务¥258,000/年，基础数据更新¥48,000/年。
P:（二）合同总价为含税固定价，包括人员、备品备件、工具、交通及税费等全部费用。
H:第三条 付款方式
P:（一）服务费按季度支付，每季度¥296,500。甲方于每季度考核结束后二十个工作日内，根据考核结果支付上一季度服务费。
P:（二）甲方不向乙方支付预付款。
P:（三）乙方应在每次付款前开具合法有效的发票。
H:第四条 服务接管与考核
P:（一）乙方应在服务期开始之日完成平台接管，包括资产清点、账号及权限移交、运行状态核验和运维文档交接，并经甲方签署接管确认单。
P:（二）甲方按《运维服务考核细则》每季度对乙方进行考核，考核内容包括平台可用率、故障响应及处理时限、巡检完成率、数据更新准确率和驻场人员到岗率。考核满分100分，得分低于80分的为不合格。
P:（三）每个服务年度结束后，甲方根据四个季度的考核结果和年度运维报告组织年度验收，验收合格后签署年度验收意见。
H:第五条 驻场人员与运维报告
P:（一）驻场人员实行工作日8:30至18:00在岗、节假日及夜间轮值的工作制度，遇重大活动、汛期或恶劣天气保障任务时，乙方应按甲方要求增派人员。
P:（二）乙方应每月5日前提交上月运维月报，内容包括平台运行情况、故障处理记录、巡检记录、数据更新情况和下月工作计划；每季度提交安全检查报告；每年提交年度运维报告及平台优化建议。
P:（三）乙方应建立运维台账，对每一次故障处理、设备维修和配置变更进行记录，台账资料归甲方所有。
P:（四）前端设备维修需更换部件的，乙方应使用与原设备同品牌同型号或经甲方确认的同等性能部件，更换下来的旧部件交甲方处置。
H:第六条 服务水平
P:（一）数字城管平台的月度可用率不低于99.5%，计划内维护须提前两个工作日报甲方同意。
P:（二）故障分级及处理时限：一级故障（平台中断、受理或派遣子系统不可用），乙方应在8小时内响应并组织处理，24小时内恢复；二级故障（单个子系统功能异常、大屏显示中断），乙方应在12小时内响应，48小时内恢复；三级故障（单路视频或单个感知设备故障），乙方应在三个工作日内修复。
P:（三）乙方未达到上述服务水平的，按下列标准从当季度服务费中扣款：月度可用率每低于约定值0.1个百分点，扣款¥3,000；故障响应或恢复每超时一次，扣款¥1,000；季度考核不合格的，另扣当季度服务费的百分之五。
H:第七条 数据安全
P:（一）数字城管平台中的城市部件数据、案件数据、视频图像及市民举报人个人信息等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:（二）乙方应遵守网络安全等级保护第三级的管理要求，运维操作一律通过甲方部署的堡垒机进行，禁止使用个人设备接入政务外网，禁止将数据拷贝出甲方机房。
P:（三）发生数据泄露、篡改、丢失或网络攻击等安全事件的，乙方应在发现后1小时内报告甲方，并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部赔偿责任和相应法律责任。
P:（四）服务期满或合同解除时，乙方应移交全部数据和运维资料，并删除其掌握的数据副本。
H:第八条 保密
P:乙方及其驻场人员对在服务过程中知悉的甲方工作秘密、执法信息、视频资料和个人信息负有保密义务，不得以任何方式向第三方披露。乙方应与驻场人员签订保密协议。保密义务不因合同终止而解除。
H:第九条 知识产权
P:乙方在运维期间形成的运维文档、巡检记录、脚本工具及为甲方完成的功能优化成果，其知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。
H:第十条 分包
P:乙方不得将本合同项下的服务转包或分包给第三方。
H:第十一条 违约责任
P:（一）乙方未能按第四条第（一）项约定在服务期开始之日完成平台接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方驻场人员未经甲方同意缺岗的，每人每日扣款¥500。
P:（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后十日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:（二）合同解除后，乙方应在十五日内完成工作交接，配合甲方或新的服务商接管平台。
H:第十三条 服务期满
P:服务期满本合同即行终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。
H:第十四条 甲方义务
P:（一）甲方为乙方驻场人员提供必要的办公场所、网络接入和工作条件，并指定专人负责与乙方的日常联络和考核工作。
P:（二）甲方应及时向乙方提供平台运行所需的账号权限、技术资料及原建设单位的联系方式，协调原建设单位配合乙方完成平台接管。
H:第十五条 廉洁条款
P:双方应遵守廉洁从业的有关规定。乙方不得向甲方工作人员提供任何形式的回扣、礼品、礼金或其他不正当利益；违反本条的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十七条 其他
P:（一）磋商文件、乙方响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。
P:（二）本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云溪区城市管理局        乙方（盖章）：澄明智慧城市运营服务有限公司
P:授权代表：                          授权代表：
P:日期：                              日期：
"""

H68E01 = """
T:WITHERWISE SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:Agreement No. CPC/LIC/2025/031
P:THIS AGREEMENT is made and entered into on the ____ day of __________ 2025
P:BY AND BETWEEN
P:CHISAMBA PROCESS CONTROLS LIMITED, a company incorporated under the Companies Act of the Republic of Zambia, registration number 120190004417, of Plot 4471, Great East Road, Lusaka, Zambia (hereinafter referred to as "the Licensor", which expression shall include its successors and permitted assigns) of the one part;
P:AND
P:XISHUANGBANNA NANNUO HIGHLAND TEA ESTATE CO., LTD., a company incorporated in the People's Republic of China, of Nannuo Mountain, Gelanghe Township, Menghai County, Xishuangbanna, Yunnan Province (hereinafter referred to as "the Purchaser") of the other part.
P:WHEREAS the Licensor has developed and owns the WitherWise software for the automatic control of tea-leaf withering in troughs, in use at tea factories in Zambia, Malawi, Kenya and Tanzania; AND WHEREAS the Purchaser operates a green and black tea factory with twenty-four (24) withering troughs and wishes to obtain a licence of the WitherWise software together with its configuration, commissioning and support; NOW THEREFORE the parties agree as follows:
H:Article 1 - Definitions
P:1.1 "Software" means the WitherWise server application, operator stations and mobile application in object code, including updates supplied under this Agreement.
P:1.2 "Site" means the Purchaser's factory at Nannuo Mountain, Menghai County.
P:1.3 "Contract Price" means the total price stated in Article 3.
P:1.4 "Final Acceptance" means the date of the Final Acceptance Certificate issued under Article 6.
P:1.5 "Purchaser Data" means all data collected or produced by the Software at the Site, including leaf weights, temperatures, humidity readings, fan and heater logs, withering recipes and production records.
H:Article 2 - Scope
P:2.1 The Licensor grants the Purchaser a perpetual, non-exclusive and non-transferable licence to use the Software at the Site to control up to twenty-four (24) withering troughs.
P:2.2 The Licensor shall configure the Software for the Purchaser's troughs, integrate it with the existing trough fans, hot-air heaters, dampers and programmable logic controllers supplied by the Purchaser, install the moisture-loss and climate sensors provided by the Purchaser, develop withering recipes for the Purchaser's leaf and seasons, commission the system and train the Purchaser's staff.
H:Article 3 - Contract Price
P:3.1 The Contract Price is CNY 980,000 (Nine Hundred and Eighty Thousand Chinese Yuan), made up as follows:
P:(a) Software licence, 24 troughs: CNY 612,000;
P:(b) configuration and integration with trough equipment: CNY 238,000;
P:(c) commissioning and recipe tuning over one plucking season: CNY 96,000;
P:(d) training of operators and factory engineers: CNY 34,000.
P:3.2 The Contract Price is fixed and includes travel and accommodation of the Licensor's engineers and all taxes payable in Zambia. Taxes payable in China on the Purchaser's side are borne by the Purchaser.
H:Article 4 - Terms of Payment
P:4.1 Forty per cent (40%) of the Contract Price, being CNY 392,000, shall be paid within fourteen (14) days of signature of this Agreement, against the Licensor's invoice.
P:4.2 Thirty-five per cent (35%), being CNY 343,000, shall be paid on completion of installation and commissioning on all twenty-four troughs.
P:4.3 The balance of twenty-five per cent (25%), being CNY 245,000, shall be paid within twenty-one (21) days after Final Acceptance.
P:4.4 Payments shall be made by telegraphic transfer to the Licensor's account with Zambia National Commercial Bank Plc, Lusaka.
H:Article 5 - Delivery, Commissioning and Delay
P:5.1 The Licensor shall complete installation and commissioning within one hundred and twenty (120) days of signature, so that the system is ready before the first plucking season.
P:5.2 Should the Licensor fail to complete commissioning by the said date for reasons within its control, the Licensor shall pay to the Purchaser liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:Article 6 - Acceptance
P:6.1 After commissioning, the system shall run in production for fourteen (14) consecutive days. During that period the parties shall verify that: (a) on at least ninety per cent (90%) of batches the withered leaf reaches the target moisture loss set in the recipe within plus or minus two percentage points; (b) withering time is not longer than the recipe time by more than one hour; (c) fans and heaters respond to the recipe on every trough; (d) all readings and batch reports are stored and can be exported.
P:6.2 When the tests are passed, the Purchaser shall issue a Final Acceptance Certificate within five (5) working days. Use of the system in production before that date does not constitute acceptance.
H:Article 7 - Warranty
P:7.1 The Licensor warrants that the Software shall perform substantially in accordance with its documentation for a period of ninety (90) days from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Licensor shall correct any defect reported by the Purchaser free of charge.
H:Article 8 - Support after the Warranty Period
P:8.1 After the Warranty Period, the Licensor shall provide annual support, including corrections, updates, remote assistance and one site visit per year, for an Annual Support Fee of eleven per cent (11%) of the licence price in Article 3.1(a), being CNY 67,320 per year.
P:8.2 The Annual Support Fee is fixed for the first three (3) years of support. Thereafter it may be adjusted by written agreement of the parties, by not more than five per cent (5%) per year. Support is renewed each year by the Purchaser's written order and does not renew automatically.
P:8.3 Incidents shall be handled as follows, both in the Warranty Period and under annual support: Severity 1 (withering control stopped on one or more troughs): response within two (2) hours and restoration within eight (8) hours; Severity 2 (a function not working, control continues): response within one working day; Severity 3 (other questions): response within three working days.
P:8.4 For each hour by which a Severity 1 response or restoration time is exceeded, the Licensor shall credit the Purchaser CNY 600 against the next invoice or refund it.
H:Article 9 - Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:9.2 The withering recipes, trough configuration files and reports developed for the Purchaser under this Agreement belong to the Purchaser, who may use, modify and disclose them without restriction.
H:Article 10 - Purchaser Data and Security
P:10.1 Purchaser Data is the property of the Purchaser. The Licensor shall use it only to perform this Agreement.
P:10.2 The Software is installed on the Purchaser's server at the Site. The Licensor may access the system remotely only through the Purchaser's VPN, for each session with the prior approval of the Purchaser's factory engineer, and shall not copy Purchaser Data outside the Site without written permission.
P:10.3 If the Licensor becomes aware of any unauthorised access to the system or loss or disclosure of Purchaser Data, it shall inform the Purchaser within forty-eight (48) hours, assist in restoring the system, and bear the losses caused by its own breach of this Article.
H:Article 11 - Confidentiality
P:Each party shall treat as confidential all information obtained from the other party under this Agreement, including the Purchaser's recipes, yields and prices, and shall not disclose it to third parties without the other party's prior written consent during this Agreement and for five (5) years thereafter.
H:Article 12 - Limitation of Liability
P:12.1 Neither party shall be liable for indirect or consequential loss, including loss of crop or loss of profit.
P:12.2 The Licensor's total liability under this Agreement shall not exceed one hundred and twenty per cent (120%) of the Contract Price.
H:Article 13 - Assignment and Subcontracting
P:The Licensor shall not assign this Agreement or subcontract any part of the work without the prior written consent of the Purchaser.
H:Article 14 - Termination
P:14.1 Either party may terminate this Agreement by notice in writing if the other party commits a material breach and fails to remedy it within twenty-one (21) days of written notice.
P:14.2 The Purchaser may also terminate if liquidated damages under Article 5.2 reach their maximum.
H:Article 15 - Force Majeure
P:Neither party shall be liable for delay caused by events beyond its reasonable control, including flood, landslide, epidemic and government action, provided it notifies the other party within seven (7) days.
H:Article 16 - Governing Law and Arbitration
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Zambia.
P:16.2 Any dispute which cannot be settled amicably within thirty (30) days shall be referred to arbitration in Lusaka under the Arbitration Act No. 19 of 2000 of Zambia, by a sole arbitrator. The language of arbitration shall be English.
H:Article 17 - General
P:17.1 This Agreement constitutes the entire agreement between the parties and may be amended only in writing signed by both parties.
P:17.2 Notices shall be sent by e-mail and courier to the addresses above.
P:IN WITNESS WHEREOF the parties have signed this Agreement on the date first written above.
P:For and on behalf of CHISAMBA PROCESS CONTROLS LIMITED: ____________________ (Mwila Banda, Managing Director)
P:For and on behalf of XISHUANGBANNA NANNUO HIGHLAND TEA ESTATE CO., LTD.: ____________________ (Legal Representative)
"""

H68E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - BRINE WELL PUMP TELEMETRY SYSTEM
P:Contract No. SH-TEL-2025-09
P:This Contract is entered into between ZIGONG SHENHAI BRINE AND SALT CO., LTD., a company registered in the People's Republic of China with its registered office at 77 Dongxing Temple Road, Ziliujing District, Zigong, Sichuan (the "Client"), and ERONGO TELEMETRY SOLUTIONS (PTY) LTD, a company registered in the Republic of Namibia under registration number 2014/0872, with its principal place of business at 18 Hage Geingob Street, Walvis Bay, Namibia (the "Contractor").
P:The Contractor has designed and installed telemetry systems for brine and salt works on the Namibian coast and in southern Africa, and has offered to supply and install a telemetry and remote-control system for the Client's brine wells. The Client has accepted that offer on the terms of this Contract, which is on the Client's standard form.
H:1. Definitions
P:1.1 "Contract Price" means the total price in clause 3.1.
P:1.2 "Equipment" means the hardware and software listed in clause 3.1, items 1 to 4.
P:1.3 "Final Acceptance Certificate" means the certificate issued by the Client under clause 6.4.
P:1.4 "Client Data" means all measurements, alarms, event logs, pump operating data and well records collected or processed by the System.
P:1.5 "System" means the Equipment as installed, configured and integrated at the Client's 36 brine well sites and the central control room at the Client's works.
H:2. Scope of Work
P:2.1 The Contractor shall supply, deliver, install, configure, test and commission the System, which shall allow the Client's control room to monitor pressure, flow, level and pump condition at each brine well and to start, stop and adjust the pumps remotely.
P:2.2 The Contractor shall train the Client's operators and maintenance staff and shall provide warranty service and, when ordered by the Client, maintenance after the warranty period under clause 8.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,636,000, inclusive of VAT, delivery to Zigong, insurance, customs clearance and duties, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Well-head RTU with pump controller and VFD interface|36|21,800|784,800
TB:2|Pressure, flow and level sensors, cabling and enclosures|1 lot|296,400|296,400
TB:3|Cellular / LoRa gateway with backup battery|8|18,600|148,800
TB:4|Telemetry server and SCADA software licence (perpetual)|1|212,000|212,000
TB:|Equipment subtotal|||1,442,000
TB:5|Installation, configuration and commissioning|1|168,000|168,000
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||1,636,000
P:3.2 The Contract Price is fixed and not subject to adjustment for exchange-rate movements.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 163,600) within 15 days of signature, against an advance-payment guarantee from a bank acceptable to the Client.
P:4.2 Installation payment: 55% of the Contract Price (CNY 899,800) within 20 days after the Client confirms in writing that the Equipment is installed at all 36 sites. This confirmation is not acceptance of the System.
P:4.3 Final payment: 35% of the Contract Price (CNY 572,600) within 20 days after the Final Acceptance Certificate is issued.
H:5. Delivery and Delay
P:5.1 The Contractor shall deliver the Equipment to the Client's works within 100 days of signature and complete installation and commissioning within 160 days of signature.
P:5.2 If the Contractor fails to meet either date, the Contractor shall pay the Client delay damages of 0.08% of the Contract Price for every day of delay, up to a maximum of 8% of the Contract Price. Delay damages do not relieve the Contractor of its obligation to complete the work.
H:6. Testing and Acceptance
P:6.1 Factory tests of the RTUs shall be witnessed by the Client's representative, in person or by video link, before shipment.
P:6.2 After installation the Contractor shall carry out site acceptance tests showing that: (a) every well site reports pressure, flow, level and pump status to the control room at least once a minute, with no more than three missed polls per site per day; (b) a start, stop or speed command from the control room is carried out at the well within ten seconds; (c) high-pressure, low-level, dry-run and leak alarms are raised at the control room within thirty seconds of a simulated event; (d) the System switches to the backup battery and to the alternative link without loss of data.
P:6.3 After the site acceptance tests the System shall run in normal operation for 21 consecutive days without a Severity 1 fault.
P:6.4 When clauses 6.2 and 6.3 are satisfied, the Client shall issue the Final Acceptance Certificate within seven days. Delivery, installation, use of the System or any payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Contractor warrants the Equipment against defects in design, materials and workmanship for 24 months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Contractor shall repair or replace defective Equipment free of charge, including transport and labour, and shall keep a stock of spare RTUs and gateways at the Client's works.
H:8. Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Contractor shall, when ordered by the Client, provide annual maintenance including two preventive visits per year, sensor calibration, software updates and the support levels in clause 9.
P:8.2 The annual maintenance fee is 9% of the Equipment subtotal, namely CNY 129,780 per year, fixed for the first three years after the Warranty Period. Maintenance is ordered year by year by the Client's purchase order and does not renew automatically.
H:9. Support Levels
P:9.1 During the Warranty Period and any maintenance year the Contractor shall respond to and resolve faults within the following times:
TB:Severity|Description|Response time|On site|Resolution
TB:Severity 1|Control room has lost communication with five or more wells, or a pump cannot be stopped remotely|30 minutes|8 hours|24 hours
TB:Severity 2|One to four wells without communication, or a sensor fault affecting control|2 hours|24 hours|48 hours
TB:Severity 3|Reports, display or minor faults|1 working day|as agreed|5 working days
P:9.2 If a response, on-site or resolution time is exceeded, the Contractor shall pay the Client CNY 1,000 for each hour of delay on a Severity 1 fault and CNY 300 for each hour of delay on a Severity 2 fault. The Client may set these amounts off against any sum due to the Contractor.
H:10. Client Data and Cyber Security
P:10.1 Client Data belongs to the Client. The Contractor shall use Client Data only to perform this Contract and shall not disclose it to any third party.
P:10.2 The telemetry server is installed in the Client's control room. Remote access by the Contractor is allowed only through the Client's VPN, with an account issued by the Client, for each session after approval by the Client's control-room supervisor; all sessions are logged. The Contractor shall change all default passwords, disable unused services and supply the System hardened in accordance with the Client's industrial control security requirements.
P:10.3 The Contractor shall report any security incident affecting the System or Client Data to the Client within 24 hours of becoming aware of it, shall assist in containing it and restoring the System, and shall be liable for all losses caused by an incident resulting from the Contractor's breach of this clause.
H:11. Intellectual Property
P:11.1 The configuration files, control logic, screens and reports developed for the Client, and their source files, shall belong to the Client, who may modify them and give them to another contractor.
P:11.2 The SCADA software and RTU firmware remain the property of their owners; the Client receives a perpetual licence to use them with the System.
H:12. Confidentiality
P:12.1 The Contractor shall keep confidential all information about the Client's wells, brine reserves, production and prices, and shall not disclose it without the Client's prior written consent.
P:12.2 This clause survives termination or expiry of this Contract for five years.
H:13. Subcontracting
P:13.1 The Contractor shall not subcontract any part of the work without the Client's prior written consent. The Contractor remains fully responsible for the acts and omissions of any approved subcontractor.
H:14. Liability
P:14.1 The Contractor's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct or breach of clauses 10 and 12.
H:15. Termination
P:15.1 The Client may terminate this Contract by written notice if the Contractor commits a material breach and fails to remedy it within 20 days after written notice from the Client, or if delay damages reach their maximum under clause 5.2.
P:15.2 On termination under clause 15.1 the Client may complete the work itself or by others at the Contractor's cost, and the Contractor shall hand over all documents and configuration files.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Contract shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final and binding on both parties.
H:17. General
P:17.1 This Contract is made in English and Chinese; both texts have equal force.
P:17.2 This Contract takes effect on signature by the authorised representatives of both parties.
P:Signed for the Client: ____________________    Signed for the Contractor: ____________________ (Johannes Shikongo, Director)
P:Date: ____________________                      Date: ____________________
"""

SOURCES = {"h68z02": H68Z02, "h68z04": H68Z04, "h68e01": H68E01, "h68e03": H68E03}
TARGETS = {"h68z02": ("h68z02_ceramics_kiln_combustion_control_supply.docx", "docx"),
           "h68z04": ("h68z04_district_digital_urban_management_om.pdf", "pdf"),
           "h68e01": ("h68e01_tea_estate_withering_control_licence_zambia.pdf", "pdf"),
           "h68e03": ("h68e03_salt_works_brine_pump_telemetry.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
