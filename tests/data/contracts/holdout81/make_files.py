"""Builds the holdout81 .docx and .pdf contracts from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are written directly and
are not generated here. PDFs are built with wrap_words=True (lines broken at word boundaries).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H81Z01 = """
T:江州省排污许可在线监管平台建设项目合同
P:合同编号：JZHB-ZC-2026-017
P:采购人（甲方）：江州省生态环境厅
P:供应商（乙方）：江州绿源数智科技有限公司
P:项目名称：江州省排污许可在线监管平台建设项目（招标编号：JZZC-2026-0312）
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，签订本合同。
H:第一条 项目内容
P:1.1 乙方负责建设江州省排污许可在线监管平台（以下简称"平台"），实现全省排污单位许可证信息、执行报告、自行监测数据和自动监测数据的统一归集、比对分析和超标预警，为省、市、县三级生态环境部门开展证后监管和执法提供支撑。
P:1.2 建设内容包括：平台软件的许可与部署；与全国排污许可证管理信息平台、省污染源自动监控系统、移动执法系统、环境统计系统、12369环保举报平台及省政务数据共享交换平台共六个系统的接口开发；企业自行监测数据质控模块的定制开发；前置服务器及存储设备的供货安装；系统集成和历史数据迁移；网络安全等级保护测评及商用密码应用安全性评估的配合与安全加固；用户培训。
P:1.3 平台部署于江州省政务云，所需政务云计算、存储和网络资源由甲方另行提供，不在本合同范围内。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零陆万元整（¥3,060,000.00），为含税固定总价，包括软件许可、定制开发、设备、运输、安装、集成、测试、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|排污许可在线监管平台软件许可（含移动端，永久许可，用户数不限）|1,280,000
TB:2|前置服务器4台及存储设备1套|236,000
TB:3|六个外部系统接口开发|624,000
TB:4|自行监测数据质控模块定制开发|418,000
TB:5|系统集成、部署及历史数据迁移|312,000
TB:6|等保测评及密码应用评估配合、安全加固|148,000
TB:7|培训（省、市、县三级管理及技术人员）|42,000
TB:合计||3,060,000
P:2.2 上表第1、2项合计人民币1,516,000元，以下称"软硬件小计"。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的百分之二十五作为预付款，即人民币765,000元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的百分之四十，即人民币1,224,000元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币1,071,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方通过国库集中支付系统付款。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后九十日内完成平台部署、接口联调和历史数据迁移，具备初步验收条件。初步验收合格后，平台进入为期三个月的试运行。
P:4.2 前置服务器及存储设备应于合同签订后三十日内送达甲方指定的机房。到货时甲方仅清点数量、核对型号和外观，清点签收不视为验收。
H:第五条 验收
P:5.1 初步验收的标准为：（1）招标文件及乙方投标文件所列功能逐项测试通过；（2）六个接口均完成联调，每个接口抽取不少于1,000条数据与源系统比对无差异；（3）历史许可证、执行报告数据迁移完整，经逐条核对无差异；（4）在500个并发用户下，常用查询页面平均响应时间不超过3秒。
P:5.2 试运行期满并满足下列条件的，甲方组织最终验收：（1）试运行期间未发生一级故障；（2）第三方测评机构出具的网络安全等级保护第三级测评结论为"符合"或"基本符合"，商用密码应用安全性评估通过；（3）乙方已提交全部定制开发源代码、技术文档和操作手册；（4）初步验收遗留问题全部关闭。
P:5.3 验收由甲方组织，可邀请相关专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、设备维修更换和技术支持，并每季度提交一次运行分析报告。
P:6.2 质保期内平台年度可用率应不低于99.95%。计划内维护须提前三个工作日经甲方同意，并安排在夜间进行，不计入不可用时间。
P:6.3 故障分级及处理时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用或全省数据采集中断|30分钟|2小时|6小时
TB:二级|部分功能或单个接口不可用|1小时|8小时|1个工作日
TB:三级|一般性问题或使用咨询|8小时|视需要|5个工作日
P:6.4 乙方响应、到场或恢复每超过上表时限1小时，甲方可扣减人民币1,000元；年度可用率每低于承诺值0.01个百分点，甲方可扣减人民币1,500元。扣减款项从甲方应付款项中扣除；款项已付清的，乙方应在收到甲方通知后十日内支付。
P:6.5 质保期满后，如甲方需要，乙方应继续提供运维服务，年度服务费不超过软硬件小计的百分之八（即每年不超过人民币121,280元），该价格在质保期满后三年内不作上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，乙方授予甲方及全省各级生态环境部门永久、不可撤销的使用许可，用户数量不受限制。
P:7.2 乙方为本项目定制开发的接口程序、质控模块及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所交付的软硬件及服务不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 平台汇聚的排污许可数据、排污单位填报数据、监测数据和系统日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得将其用于任何其他目的，不得以任何形式向第三方提供。
P:8.2 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》及网络安全等级保护第三级的要求。乙方人员访问生产环境须经甲方审批，并通过甲方堡垒机进行，全程记录审计；未经甲方书面同意，不得将数据复制、下载至政务云以外的任何设备或介质；开发测试须使用经甲方确认的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后1小时内报告甲方，立即采取处置措施并配合调查。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、排污单位商业秘密及其他未公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务不因本合同的终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的期限具备初步验收条件或交付设备的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软硬件不符合合同约定，经两次整改验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方；经同意分包的，乙方就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本项目招标文件、乙方投标文件、澄清材料及中标通知书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州省生态环境厅　　　　乙方（盖章）：江州绿源数智科技有限公司
P:签订日期：2026年3月16日
"""

H81Z02 = """
T:在线淀粉浓度检测系统采购及维护合同
P:合同编号：FH-SB-2026-041
P:甲方（买方）：山东丰禾玉米淀粉有限公司
P:乙方（卖方）：青岛澄测分析仪器有限公司
P:甲方为实现淀粉乳、精制淀粉乳及葡萄糖浆工段浓度的在线检测和自动调节，向乙方采购在线浓度检测设备及配套软件，并由乙方提供安装、标定和维护服务。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:一、合同标的和价款
P:（一）乙方向甲方供应下列设备及软件：
P:1. 在线微波浓度分析仪（DN80，卫生型法兰）16台，单价58,000元，金额928,000元；
P:2. 在线过程折光仪8台，单价36,500元，金额292,000元；
P:3. 数据采集及边缘网关4套，单价22,000元，金额88,000元；
P:4. 浓度监测软件许可（含DCS接口模块，永久许可）1套，金额126,000元。
P:以上设备及软件合计人民币1,434,000元，以下称"设备款"。
P:（二）安装、标定及DCS对接费人民币118,000元；操作及维护培训费人民币16,000元。
P:（三）合同总价为人民币壹佰伍拾陆万捌仟元整（¥1,568,000），含增值税、包装、运输、保险、安装调试等全部费用。
P:（四）设备的技术参数以附件一《技术协议》为准，主要要求为：微波浓度分析仪测量范围0～25波美度，重复性不劣于±0.03波美度；折光仪测量范围0～85白利度；全部设备防护等级不低于IP65，接液部分材质为316L不锈钢。
H:二、交货与安装
P:（一）乙方应于合同生效后四十五日内将全部设备送至甲方厂区淀粉车间和糖浆车间，并于到货后二十日内完成安装、标定和DCS对接。
P:（二）到货时双方仅核对型号、数量和外观，并签署到货签收单。到货签收不代表设备质量验收合格。
P:（三）现场安装、电缆桥架敷设及仪表支架制作，乙方可以委托当地具备资质的安装单位实施，只需在进场前书面告知甲方；乙方对安装质量和安全负责。
P:（四）乙方现场作业人员应遵守甲方的安全生产及食品安全管理制度，动火、登高作业须办理甲方作业票。
P:（五）设备包装应满足长途运输和防潮要求，每台设备随附产品合格证、出厂校准报告和使用说明书。乙方应在发货前将安装条件（法兰规格、取样口位置、供电及信号电缆要求）书面提交甲方，由甲方完成工艺管道开孔。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之二十作为预付款，即313,600元；
P:（二）全部设备到货签收后十个工作日内，甲方支付合同总价的百分之四十，即627,200元；
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的百分之三十五，即548,800元；
P:（四）其余百分之五，即78,400元，作为质量保证金，质保期满且无未解决的质量问题后十个工作日内无息支付。
H:四、验收
P:（一）安装标定完成后，设备连续运行三十日，运行期间乙方每日将在线测量值与甲方化验室人工化验数据进行比对并记录。
P:（二）满足下列条件的，甲方组织最终验收：1. 每台微波浓度分析仪的测量值与化验值偏差不超过±0.2波美度；2. 每台折光仪的测量值与化验值偏差不超过±0.3白利度；3. 全部测点信号已接入DCS并投入浓度自动调节，运行期间通讯中断累计不超过2次；4. 乙方已提交产品合格证、标定记录、操作维护手册和备品备件清单。
P:（三）验收合格后双方签署验收报告。设备投入使用或甲方支付进度款，均不视为验收合格。验收不合格的，乙方应在十日内更换或整改后重新验收。
P:（四）比对所用化验由甲方化验室按甲方现行检验规程进行，乙方可派员见证；对化验结果有异议的，双方共同送第三方检测机构复检。
H:五、质量保证及维护
P:（一）质保期为最终验收合格之日起二十四个月。质保期内因设备本身质量问题发生的故障，乙方免费维修或更换，并每季度上门巡检、标定一次。
P:（二）质保期内的故障处理时限：一级故障（浓度数据中断或明显失真，影响生产线自动调节）乙方应在接到通知后2小时内远程响应，12小时内到达现场，48小时内排除；二级故障（单台仪表异常但有替代手段）8小时内响应，72小时内排除。
P:（三）乙方到场或排除故障每超过约定时限12小时，应向甲方支付人民币2,000元；同一台设备在质保期内因同一故障维修三次以上仍不能正常使用的，乙方应免费更换新设备。
P:（四）质保期满后，乙方继续提供年度维护服务，内容包括每季度巡检标定、探头清洗、易损件更换及软件升级。年度维护费按设备款的百分之十八计取，即每年人民币258,120元，质保期满后三年内不作调整。年度维护合同每年签订一次，不自动续期。
P:（五）乙方应在甲方厂区常备微波探头密封件、折光仪棱镜清洗组件等易损备件，备件清单见附件二；质保期内的备件消耗由乙方承担。
P:（六）乙方应对甲方仪表工及工艺操作人员进行不少于三天的现场培训，内容包括仪表原理、日常校验、清洗、常见故障处理及DCS画面操作；考核合格的人员由乙方出具培训证明。
H:六、数据与网络安全
P:（一）检测系统采集的浓度、流量、温度等生产工艺数据属于甲方所有，乙方不得将其用于本合同以外的任何目的，也不得向任何第三方提供。
P:（二）边缘网关应按甲方工控网络安全要求部署，数据仅向DCS单向传输。乙方远程诊断须事先经甲方批准，并使用甲方提供的VPN账号进行，每次使用后即行停用。
P:（三）因乙方设备或人员原因导致工控网络安全事件或数据泄露的，乙方应在发现后2小时内通知甲方并配合处置，承担由此造成的全部损失。
P:（四）乙方提供的边缘网关和软件应通过甲方组织的工控安全检测，不得存在已公开的高危漏洞，并应关闭与本项目无关的端口和服务。
H:七、知识产权
P:（一）浓度监测软件的著作权归乙方所有，甲方享有永久使用权，可随设备转让。
P:（二）乙方为本项目编制的DCS接口程序、控制组态和报表模板归甲方所有，甲方可以自行修改使用。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的专利权、著作权等知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:八、保密
P:乙方对履行合同中知悉的甲方工艺参数、配方、产能及其他技术和经营信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）设备经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（三）乙方交付的设备不符合技术协议要求的，甲方有权要求更换，更换期间按逾期交货处理。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十、合同解除
P:乙方严重违反本合同约定，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同。
H:十一、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十二、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术协议》、附件二《设备配置清单》为本合同的组成部分。
P:甲方（盖章）：山东丰禾玉米淀粉有限公司　　乙方（盖章）：青岛澄测分析仪器有限公司
P:签订日期：2026年4月2日
"""

H81E01 = """
T:Licence, Supply and Support Contract - TeaSort Vision Leaf-Grading System
P:Contract No. IMB/CN/2026/007
P:BETWEEN: IMBOGO AGRITECH S.U.R.L., a single-member limited liability company governed by Burundian law, registered with the Registry of Commerce and Companies of Bujumbura under No. 51873, Tax Identification Number (NIF) 4001187352, having its registered office at 14, Avenue de la Mission, Rohero I, Bujumbura, Republic of Burundi, represented by Mr. Jean-Claude NIYONZIMA, Managing Director (hereinafter "the Licensor"),
P:AND: MENGSONG HIGHLAND TEA GROWERS' SPECIALISED COOPERATIVE, registered in Menghai County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province, People's Republic of China, represented by Ms. YAN Lifang, Chairwoman (hereinafter "the Cooperative"),
P:hereinafter together "the Parties".
H:Preamble
P:Whereas the Licensor has developed TeaSort Vision, a machine-vision system that grades fresh tea leaf at the point of purchase from growers (bud with one leaf, bud with two leaves, coarse leaf and foreign matter), and has operated it for tea factories in Burundi and Rwanda since 2021;
P:Whereas the Cooperative buys fresh leaf from about 1,400 member households at six collection stations and wishes to grade it objectively and to pay growers according to the grade;
P:The Parties have agreed as follows.
H:Article 1 - Object of the Contract
P:1.1 The present Contract governs (a) the grant of a perpetual licence to use TeaSort Vision at six (6) grading stations, (b) the supply of six camera and lighting kits, (c) the calibration of the grading model for the Yunnan large-leaf cultivars grown by the members of the Cooperative, (d) installation and integration with the Cooperative's weighing and settlement system, (e) training, and (f) warranty and support.
P:1.2 The Technical Annex (Annex 1) and the Licensor's offer dated 16 January 2026 form part of the present Contract. In case of contradiction, the body of the Contract prevails over the Annex, and the Annex over the offer.
H:Article 2 - Price
P:2.1 The Contract Price is CNY 870,000 (eight hundred and seventy thousand yuan renminbi), all taxes and duties included, broken down as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|TeaSort Vision perpetual licence, per grading station|6|468,000
TB:2|Camera and lighting kit (industrial camera, LED dome, conveyor mount)|6|129,000
TB:3|Calibration of the grading model for Yunnan large-leaf cultivars|1 lot|164,000
TB:4|Installation and integration with the weighing and settlement system|1 lot|86,000
TB:5|On-site training (five days, up to 30 trainees)|1 lot|23,000
TB:Total|||870,000
P:2.2 Items 1 and 2 together, that is CNY 597,000, are referred to as the "Licence and Equipment Subtotal".
P:2.3 The price is firm and not subject to revision. It includes transport of the kits to Menghai, customs clearance, insurance and all travel and subsistence costs of the Licensor's staff.
H:Article 3 - Terms of Payment
P:3.1 Twenty per cent (20 %) of the Contract Price, i.e. CNY 174,000, within thirty (30) days of signature, against the Licensor's invoice.
P:3.2 Forty-five per cent (45 %), i.e. CNY 391,500, within thirty (30) days after the Installation Certificate has been signed for all six stations. The Installation Certificate records only that the equipment is installed and powered; it is not an acceptance.
P:3.3 Thirty-five per cent (35 %), i.e. CNY 304,500, within thirty (30) days after the Final Acceptance Certificate is signed.
P:3.4 Payments are made by bank transfer in CNY to the account indicated on the invoice. Bank charges outside China are for the account of the Licensor.
H:Article 4 - Delivery and Time Schedule
P:4.1 The Licensor shall deliver the kits to the Cooperative's central station in Menghai within sixty (60) days of signature and complete installation at all six stations within ninety (90) days of signature, before the autumn tea season.
P:4.2 If the Licensor fails to meet either date, it shall pay the Cooperative liquidated damages of zero point one per cent (0.1 %) of the Contract Price for each calendar day of delay, up to a maximum of ten per cent (10 %) of the Contract Price. Beyond thirty (30) days of delay the Cooperative may also terminate the Contract under Article 14.
H:Article 5 - Acceptance
P:5.1 After installation the system shall run in parallel with manual grading for twenty (20) purchasing days. Final Acceptance takes place when all of the following criteria are met:
P:(a) on a test set of at least 2,000 leaf samples, the grade given by the system agrees with the majority grade of a panel of three senior graders named by the Cooperative in at least 92 % of cases;
P:(b) each station grades a lot of 50 kg of fresh leaf within three (3) minutes;
P:(c) grades and weights transferred to the settlement system reconcile, without difference, with the station records for every purchase made during the parallel run;
P:(d) no Severity 1 incident has remained unresolved during the last ten (10) purchasing days;
P:(e) the Licensor has handed over the user manual, the administrator manual and the calibration report in Chinese and English.
P:5.2 The Cooperative shall issue the Final Acceptance Certificate within seven (7) days after the criteria are met, or state in writing which criteria are not met. Installation, use of the system for purchasing or payment under Article 3.2 shall not be regarded as acceptance.
H:Article 6 - Warranty
P:6.1 The Licensor warrants the software and the equipment for eighteen (18) months from the date of the Final Acceptance Certificate. During this period it shall correct defects, replace faulty equipment and supply software updates free of charge.
P:6.2 During the warranty period incidents shall be handled within the following times:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|a station cannot grade, or grades are not transferred to settlement, during purchasing hours|2 hours|12 hours
TB:Severity 2|grading accuracy or speed degraded; a workaround exists|8 hours|3 days
TB:Severity 3|questions and minor defects|2 working days|next update
P:6.3 Response is given by telephone or remote session. The Licensor's technician resident in Menghai attends on site where remote restoration is not possible. For every full hour by which a Severity 1 response or restoration time is exceeded, the Licensor shall pay CNY 800, deducted from the next payment or invoiced to the Licensor.
H:Article 7 - Support after the Warranty
P:7.1 After the warranty, the Licensor shall provide annual support (corrective maintenance, software updates, yearly recalibration of the grading model before the spring season and spare kits at cost) for an annual fee of eleven per cent (11 %) of the Licence and Equipment Subtotal, i.e. CNY 65,670 per year. This fee is fixed for the first three (3) years after the warranty.
P:7.2 Annual support is ordered year by year by purchase order of the Cooperative. It does not renew automatically.
H:Article 8 - Intellectual Property
P:8.1 TeaSort Vision remains the property of the Licensor. The licence granted to the Cooperative is perpetual, non-transferable except to a successor of the Cooperative, and limited to six grading stations.
P:8.2 The calibrated model parameters, the training images labelled by the Cooperative's graders, the integration scripts and the reports developed for the Cooperative under the present Contract belong to the Cooperative, which may use and modify them, and have them modified by third parties, freely. The Licensor shall deliver them, with source code and documentation, at Final Acceptance.
H:Article 9 - Cooperative Data and Data Security
P:9.1 Leaf images, grades, weights and the names, identity numbers and bank details of growers processed by the system ("Cooperative Data") belong to the Cooperative. The Licensor shall process them only to perform the present Contract and shall not use them for any other purpose, including the training of models for other customers.
P:9.2 The system is installed on the Cooperative's own server in Menghai. Cooperative Data shall not be transferred outside the People's Republic of China. Remote access by the Licensor is permitted only through the VPN account provided by the Cooperative, opened for each session on request and closed afterwards; all sessions are logged.
P:9.3 The Licensor shall apply access control, encryption of backups and current security patches to the parts of the system under its responsibility, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.4 The Licensor shall notify the Cooperative within twenty-four (24) hours of becoming aware of any loss of, unauthorised access to or disclosure of Cooperative Data, cooperate in remedying it, and compensate the Cooperative for all damage caused by its breach of this Article.
H:Article 10 - Confidentiality
P:10.1 Each Party shall keep confidential all technical, commercial and financial information received from the other Party in connection with the present Contract, including the prices paid to growers, and shall not disclose it to third parties without the prior written consent of the other Party.
P:10.2 This obligation continues for five (5) years after the end of the Contract.
H:Article 11 - Subcontracting
P:The Licensor shall not subcontract any part of the Contract without the prior written consent of the Cooperative. The Licensor remains fully responsible for any approved subcontractor.
H:Article 12 - Liability
P:12.1 Each Party is liable for the damage it causes to the other Party by the non-performance or faulty performance of its obligations.
P:12.2 Neither Party is liable for indirect damage such as loss of profit, except in case of wilful misconduct or breach of Article 9.
H:Article 13 - Force Majeure
P:Neither Party is liable for a delay caused by force majeure, provided it informs the other Party in writing within seven (7) days. If force majeure lasts more than sixty (60) days, either Party may terminate the Contract.
H:Article 14 - Termination
P:14.1 The Cooperative may terminate the present Contract by registered letter or by e-mail if the Licensor commits a serious breach and does not remedy it within fifteen (15) days of notice, or if a delay under Article 4 exceeds thirty (30) days.
P:14.2 In case of termination for breach, the Licensor shall refund the amounts received for the parts not accepted and pay the liquidated damages due.
H:Article 15 - Governing Law and Disputes
P:15.1 The present Contract is governed by the laws of the Republic of Burundi.
P:15.2 Any dispute shall first be settled amicably within thirty (30) days. Failing that, it shall be finally settled by arbitration under the Rules of the Centre Burundais d'Arbitrage et de Conciliation (CEBAC), by a sole arbitrator, seated in Bujumbura, in the English language.
H:Article 16 - Final Provisions
P:16.1 The present Contract is drawn up in English. It enters into force on signature by both Parties.
P:16.2 Notices are validly given by e-mail to the addresses in Annex 1, confirmed by courier for notices of breach or termination.
P:Done at Bujumbura and at Menghai, in two (2) originals, on 3 February 2026.
P:For the Licensor: Jean-Claude NIYONZIMA, Managing Director    For the Cooperative: YAN Lifang, Chairwoman
"""

H81E03 = """
T:Drying-Room Monitoring System: Supply and Maintenance Agreement
P:Agreement No. KPC/HN/26-03
P:THIS AGREEMENT is made on 9 March 2026
P:BETWEEN (1) WANNING XINGLONG SPICE PROCESSING CO., LTD., whose registered office is at Xinglong Town, Wanning, Hainan Province, People's Republic of China (the "Buyer"); and (2) KINGSTOWN PROCESS CONTROLS LIMITED, a company incorporated in Saint Vincent and the Grenadines, whose registered office is at Bay Street, Kingstown, St. Vincent, with a service office in Haikou (the "Integrator").
H:Background
P:(A) The Buyer dries nutmeg and mace in twelve hot-air drying rooms and needs continuous measurement of temperature, humidity, airflow and kernel moisture to keep the product within the moisture and aflatoxin limits of its export customers.
P:(B) The Integrator designs and installs monitoring systems for spice curing and drying, in St. Vincent, Grenada and elsewhere, and has offered to supply such a system to the Buyer.
P:IT IS AGREED as follows.
H:1. Definitions
P:1.1 "Contract Price" means the total price stated in clause 3.1. "Equipment" means the sensors, analysers, gateways and controllers listed in clause 3.1. "Software" means the monitoring software licensed under clause 3.1.
P:1.2 "Final Acceptance" means the acceptance of the whole System under clause 6, and "System" means the Equipment and the Software as installed and integrated.
H:2. Scope
P:2.1 The Integrator shall design, supply, install, calibrate and commission the System in the Buyer's twelve drying rooms, integrate it with the existing burner and fan controls so that alarms can trigger set-point changes, train the Buyer's staff and maintain the System as set out in this Agreement.
P:2.2 The detailed specification is in Schedule 1. The Integrator confirms that it has visited the site and that the Contract Price covers everything needed for a complete and working System.
H:3. Price
P:3.1 The Contract Price is CNY 770,000, inclusive of VAT, transport, duties and insurance to the Buyer's site, made up as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Temperature and humidity sensors|96|1,850|177,600
TB:In-line nutmeg moisture analysers|8|24,500|196,000
TB:Airflow sensors|24|2,900|69,600
TB:Wireless gateways and edge controllers|6|12,800|76,800
TB:Monitoring software licence (perpetual, 12 drying rooms)|1||138,000
TB:Equipment and Licence Subtotal|||658,000
TB:Installation, calibration and integration with burner and fan controls|1||94,000
TB:Training|1||18,000
TB:Contract Price|||770,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 15% of the Contract Price (CNY 115,500) within fifteen (15) days of signature of this Agreement, against a bank guarantee of the same amount.
P:4.2 50% of the Contract Price (CNY 385,000) within thirty (30) days after delivery and installation of all Equipment, as recorded in a signed delivery note. Signature of the delivery note does not mean that the Buyer accepts the System.
P:4.3 35% of the Contract Price (CNY 269,500) within thirty (30) days after the Final Acceptance Certificate is issued.
H:5. Delivery and Installation
P:5.1 The Integrator shall deliver the Equipment within seventy-five (75) days and complete installation and commissioning within one hundred and five (105) days of signature of this Agreement.
P:5.2 If the Integrator fails to meet either date for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 7% of the Contract Price. The Buyer may deduct such damages from any payment due.
P:5.3 The Integrator shall comply with the Buyer's site safety and food-hygiene rules at all times.
H:6. Testing and Final Acceptance
P:6.1 After commissioning, the System shall operate for a trial period of fourteen (14) days covering at least three complete drying cycles in every room.
P:6.2 The System passes Final Acceptance when: (a) each temperature sensor reads within plus or minus 0.5 degrees C, and each humidity sensor within plus or minus 3 percentage points of relative humidity, of a calibrated reference instrument; (b) each moisture analyser reads within plus or minus 0.5 percentage points of the laboratory oven method on twenty samples; (c) alarms reach the operators' phones within sixty (60) seconds and the set-point changes are executed by the burner and fan controls; (d) no data gap longer than ten (10) minutes occurs in any room during the trial period; and (e) the Integrator has delivered calibration certificates, as-built drawings and the operating and maintenance manuals.
P:6.3 The Buyer shall issue the Final Acceptance Certificate within seven (7) days after the criteria are met, or notify the defects found. Use of the System in production during the trial period does not amount to acceptance.
H:7. Warranty
P:7.1 The Integrator warrants the System for twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty it shall repair or replace defective Equipment, correct Software defects and perform quarterly calibration visits free of charge.
P:7.2 A critical fault (a drying room without monitoring, or false alarms that stop a drying cycle) shall be responded to within one (1) hour by telephone or remote session, and the Integrator's technician shall be on site within twelve (12) hours. Other faults shall be responded to within eight (8) hours and fixed within three (3) days.
P:7.3 For each full hour by which the response or attendance time for a critical fault is exceeded, the Integrator shall pay the Buyer CNY 600.
H:8. Maintenance after the Warranty
P:8.1 After the warranty, the Integrator shall provide annual maintenance, including quarterly calibration visits, replacement of worn sensor heads and Software updates, for an annual charge of 9.5% of the Equipment and Licence Subtotal, that is CNY 62,510 per year.
P:8.2 This charge is fixed for three (3) years after the end of the warranty. Each year of maintenance is ordered separately by the Buyer; there is no automatic renewal.
H:9. Buyer Data and Security
P:9.1 All data produced by the System, including drying curves, moisture readings and batch records, belongs to the Buyer. The Integrator shall use it only to perform this Agreement and shall not disclose it to any third party or use it for any other purpose.
P:9.2 The System server is installed in the Buyer's premises. Remote access by the Integrator requires the Buyer's approval for each session and uses the Buyer's VPN with individual accounts; the Integrator shall not copy data out of the System. The Integrator shall keep the gateways and controllers on current firmware and protected by passwords that are not shared.
P:9.3 The Integrator shall notify the Buyer within twelve (12) hours of any security incident affecting the System or the Buyer's data, take immediate steps to contain it and be liable for the losses caused by its breach of this clause 9.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Integrator and is licensed to the Buyer perpetually for use in the Buyer's drying rooms.
P:10.2 The configuration, integration code, alarm logic and reports prepared specifically for the Buyer belong to the Buyer, which may modify them and have them maintained by any third party.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information obtained under this Agreement, including the Buyer's drying recipes and customer names, and shall not disclose it without prior written consent. This clause continues for five (5) years after the Agreement ends.
H:12. Subcontracting
P:The Integrator shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:13. Liability
P:The Integrator's total liability under this Agreement shall not exceed twice the Contract Price, except for death or personal injury, fraud, and breach of clause 9, for which liability is unlimited.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Integrator is in material breach and fails to remedy the breach within fifteen (15) days of written notice, or if the maximum liquidated damages under clause 5.2 have been reached.
P:14.2 Either party may terminate if the other becomes insolvent.
H:15. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Hainan International Arbitration Court for arbitration in Haikou under its rules in force at the time. The arbitration shall be in English.
H:16. General
P:16.1 Neither party is liable for delay caused by force majeure, including hurricanes and typhoons, provided it notifies the other promptly.
P:16.2 This Agreement, with Schedule 1 (Specification) and Schedule 2 (Site Plan), is the entire agreement between the parties.
P:Signed for the Buyer: ____________________    Signed for the Integrator: ____________________
"""

SOURCES = {"h81z01": H81Z01, "h81z02": H81Z02, "h81e01": H81E01, "h81e03": H81E03}
TARGETS = {"h81z01": ("h81z01_provincial_ecology_pollutant_permit_platform_integration.docx", "docx"),
           "h81z02": ("h81z02_starch_plant_online_concentration_analysers_maintenance.pdf", "pdf"),
           "h81e01": ("h81e01_tea_cooperative_leaf_grading_licence_burundi_vendor.docx", "docx"),
           "h81e03": ("h81e03_nutmeg_processor_drying_room_sensors_vincentian_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
