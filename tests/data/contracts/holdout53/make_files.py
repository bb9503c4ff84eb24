"""Builds the Word and PDF contracts of holdout53 from the sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python. The .md and .txt contracts of this folder are plain files and are not built
here. H53Z01 and H53E02 become .docx files with real Word tables (prices, fault severities); H53Z02 and H53E04 become
PDFs whose paragraphs are first broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H53Z01 = """\
T:某省森林防火监测预警平台建设项目系统集成合同
P:合同编号：LYJ-ZFCG-2025-0417
P:采购人（甲方）：某省林业局
P:供应商（乙方）：某某智慧林业科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件、乙方投标文件及中标通知书，甲乙双方就森林防火监测预警平台建设项目的系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责在甲方确定的全省48个重点林区制高点建设前端监测点，供货、安装、调试双光谱热成像云台摄像机、前端供电系统和无线传输设备，并建设省级森林防火监测预警平台（含火点智能识别算法）及指挥中心大屏显示系统。
P:1.2 乙方按甲方需求定制开发平台与省应急管理厅指挥调度系统的对接接口、护林员巡护移动端应用，并负责历史火情数据迁移、人员培训和试运行保障。
P:1.3 各监测点的坐标、铁塔高度和视场要求见附件1《监测点位清单》，设备技术参数以招标文件第五章及乙方投标文件中较高者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖佰贰拾叁万陆仟元整（¥9,236,000），为固定总价，已包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱热成像云台摄像机|48台|86,500|4,152,000
TB:2|前端供电系统（风光互补）|48套|18,200|873,600
TB:3|无线传输设备|48套|12,600|604,800
TB:4|平台服务器及存储设备|1批|586,000|586,000
TB:5|森林防火监测预警平台软件（含火点识别算法）永久授权|1套|1,280,000|1,280,000
TB:6|指挥中心大屏显示系统|1套|462,000|462,000
TB:|设备及软件小计|||7,958,400
TB:7|定制开发（应急厅接口、护林员移动端）|1项|536,000|536,000
TB:8|安装调试及铁塔附属设施施工|48点|—|698,000
TB:9|培训|1项|43,600|43,600
TB:|合计|||9,236,000
P:2.2 合同履行期间，设备及软件的数量变化不超过百分之五的，按上表单价据实结算。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即¥1,847,200。
P:3.2 全部监测点安装完毕并通过初步验收后十五个工作日内，甲方支付合同总价的百分之四十五，即¥4,156,200。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即¥3,232,600。
P:3.4 设备到货签收仅证明数量和外观相符，不构成甲方对设备质量的认可，也不视为验收。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成全部监测点建设和平台部署，具备初步验收条件。
P:4.2 因雨季、道路中断等原因需调整个别点位施工顺序的，由双方书面确认，但总工期不予顺延，不可抗力除外。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准包括：（1）48个监测点全部在线，视频画面及热成像数据实时回传至省级平台；（2）在甲方指定的三个测试点以模拟火源进行测试，五公里范围内火点自动识别报警时间不超过六十秒，报警信息推送至指挥中心和护林员移动端的时间不超过十秒；（3）与应急管理厅系统的接口按接口规范联调通过；（4）设备型号、数量及参数与投标文件一致。
P:5.2 初步验收通过后进入三个月试运行期，试运行期应覆盖当年森林防火期的至少两个月。试运行期间未发生一级故障、火点误报指标符合附件2要求的，甲方组织专家进行最终验收，出具最终验收报告。
P:5.3 任何一项不符合验收标准的，乙方应在十日内整改并重新申请验收，费用由乙方承担。平台上线运行、甲方使用或支付部分款项，均不代表验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修和更换、软件升级、每季度一次的现场巡检以及森林防火期驻场保障。
P:6.2 平台服务水平：森林防火期内省级平台的月可用率不低于99.8%。月可用率每低于约定值0.1个百分点，乙方向甲方支付违约金人民币伍仟元。
P:6.3 故障分级及处理时限如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台中断、火点报警无法推送，或五个以上监测点同时离线|30分钟|6小时|12小时
TB:二级|单个监测点离线、热成像或识别功能异常|2小时|24小时|48小时
TB:三级|一般性功能缺陷、咨询类问题|8小时|3个工作日|10个工作日
P:6.4 乙方未按上表时限响应、到场或修复的，每超时一小时向甲方支付违约金人民币壹仟元。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费按设备及软件小计的百分之十六点五计取，即每年人民币壹佰叁拾壹万叁仟壹佰叁拾陆元（¥1,313,136），质保期满后两年内不作调整，届时双方另行签订运维服务合同。
H:第七条 数据安全
P:7.1 前端监测视频、热成像数据、火点报警记录、地理信息数据和平台运行日志均属于甲方所有，乙方不得以任何形式复制、留存、对外提供或用于本合同以外的目的。
P:7.2 平台部署于甲方指定的政务云，按网络安全等级保护第三级要求建设；乙方运维人员须经甲方审批并通过堡垒机访问，操作全程记录。涉及测绘地理信息的，按国家有关保密规定处理。
P:7.3 发生数据泄露、丢失或被篡改的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、林区防火部署、监测点位信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密义务不因本合同的终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、移动端应用及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付，甲方可自行或委托第三方修改和使用。
P:9.2 平台软件（含火点识别算法）的知识产权归乙方或其权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所提供的设备和软件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十条 分包
P:10.1 乙方不得转包本项目。
P:10.2 监测点铁塔基础、供电线路等附属土建施工，乙方可委托具有相应资质的单位实施，但应在进场前五个工作日书面告知甲方，并对其施工质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付的，每逾期一日按合同总价的万分之六向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:11.3 乙方提供的设备或软件不符合合同约定的，甲方有权要求更换或修复，由此产生的费用和损失由乙方承担。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知乙方解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件1《监测点位清单》、附件2《技术指标及误报要求》为本合同组成部分。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：    年    月    日
"""

H53Z02 = """\
T:ETC门架系统设备采购及维护合同
P:合同编号：GSGS-WZ-2025-086
P:甲方（买方）：某某高速公路股份有限公司
P:乙方（卖方）：某某智能交通设备有限公司
P:甲乙双方根据甲方组织的公开招标结果，就甲方所辖路段二十六处ETC门架系统设备更新改造的采购及维护事宜，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应ETC路侧单元（RSU）、高清车牌图像识别设备、门架边缘计算服务器、北斗授时设备及门架收费应用软件，并负责安装、调试、与路段中心及省联网收费中心的联调测试，以及质保期内的维护服务。
P:（二）设备及软件清单和价格：
TB:ETC路侧单元（RSU）|52套|单价46,800元|金额2,433,600元
TB:高清车牌图像识别设备|104套|单价13,500元|金额1,404,000元
TB:门架边缘计算服务器|52台|单价38,600元|金额2,007,200元
TB:北斗授时设备|26套|单价6,900元|金额179,400元
TB:门架收费应用软件授权|26套|单价15,000元|金额390,000元
P:以上设备及软件小计人民币6,414,200元。
P:（三）安装调试及联调测试费546,000元（26处门架，每处21,000元）；部省联网测试配合费68,000元。
P:（四）合同总价为人民币柒佰零贰万捌仟贰佰元整（¥7,028,200），包括设备、软件、包装运输、保险、安装调试、技术服务、培训、质保期内的维护服务及全部税费。
H:二、交货与安装
P:（一）乙方应于合同生效后六十日内将全部设备运至甲方指定的各路段管理处仓库，并于合同生效后九十日内完成全部门架的安装和单机调试。
P:（二）施工须在甲方批准的时段内进行，遵守高速公路养护作业安全规定，不得影响正常通行和收费。因乙方原因造成交通事故或收费损失的，由乙方承担责任。
P:（三）设备到货后由双方共同开箱清点，签收仅表示数量和外观无误，不视为验收合格。
P:（四）乙方应按国家标准和行业惯例对设备进行包装，确保运输、装卸和仓储过程中不受损坏；因包装不当造成的损失由乙方承担。
P:（五）乙方应派驻具有收费系统实施经验的项目经理和技术负责人，项目经理在安装调试期间不得更换，确需更换的须经甲方书面同意。
H:三、付款
P:（一）合同生效后十个工作日内，甲方向乙方支付合同总价的百分之三十五作为预付款，计¥2,459,870。
P:（二）全部门架通过初验后十个工作日内，甲方支付合同总价的百分之四十五，计¥3,162,690。
P:（三）试运行期满并通过终验后十个工作日内，甲方支付合同总价的百分之二十，计¥1,405,640。
P:（四）乙方每次请款时应提供合法有效的增值税专用发票。
H:四、验收
P:（一）初验：全部门架安装完成后，由甲方会同路段中心组织，依据交通运输部ETC门架系统技术要求及附件二《技术规范》逐项检测，包括RSU交易成功率、车牌识别准确率、北斗授时精度及与省联网收费中心的联调测试结果，各项指标均应达到附件二规定的数值；门架交易数据上传路段中心的延迟不超过五秒。
P:（二）初验合格后进入三个月试运行期。试运行期内未发生一级故障、各项指标持续达标的，甲方组织终验并出具终验报告。
P:（三）验收不合格的，乙方应在十五日内更换或整改，并承担由此产生的全部费用。设备投入使用或甲方付款，均不视为验收合格。
H:五、质量保证及维护服务
P:（一）质保期为三年，自终验合格之日起计算。质保期内设备故障由乙方免费维修或更换，软件免费升级；乙方每半年对全部门架进行一次现场巡检，并提交巡检报告。
P:（二）乙方应在甲方各路段管理处储备不少于设备总数百分之五的备品备件，备件由乙方负责补充。
P:（三）故障响应：一级故障（门架整体停止交易或数据无法上传）乙方应在十五分钟内响应，两小时内到达现场，六小时内恢复；二级故障（单台设备故障但门架仍可交易）应在一小时内响应，十二小时内修复；三级故障在两个工作日内处理。
P:（四）乙方未按上述时限响应、到场或修复的，每超时一小时向甲方支付违约金八百元；同一门架一个月内发生三次以上一级故障的，乙方应免费更换相关设备。
P:（五）质保期内，乙方每年对门架收费应用软件和边缘计算服务器操作系统进行一次安全评估，及时修补漏洞，并将评估报告提交甲方。
P:（六）乙方应在初验前对甲方收费、机电和信息中心人员进行技术培训，培训内容包括设备原理、日常巡检、常见故障处理和软件操作，每个路段管理处不少于两期，培训后提交培训记录和考核结果。
P:（七）质保期满后，甲方需要乙方继续提供维护服务的，双方另行签订维护合同，年维护费不超过设备及软件小计的百分之六（即每年不超过人民币384,852元），该报价在质保期满后两年内有效。
H:六、数据与网络安全
P:（一）门架采集的车辆通行数据、车牌图像、交易流水及设备日志均属于甲方所有。乙方仅在维护所需范围内接触上述数据，不得复制、留存、向第三方提供，或用于本合同以外的任何目的。
P:（二）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及收费联网安全管理规定；远程维护须经甲方审批，并通过甲方堡垒机进行，全程留痕；更换下来的存储介质应交由甲方处理。
P:（三）发生数据泄露、篡改或其他安全事件的，乙方应在两小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:七、保密
P:乙方对在履行本合同过程中知悉的甲方网络结构、收费系统参数、密钥管理信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务不因合同终止而失效。
H:八、知识产权
P:（一）乙方为本项目开发的门架与路段中心接口适配程序及相关文档，知识产权归甲方所有。乙方应交付源代码，甲方可自行修改使用或交由第三方维护。
P:（二）门架收费应用软件的著作权归乙方，乙方授予甲方在本项目门架上永久使用的权利。
H:九、分包
P:乙方不得将本合同转包或分包；确需将设备安装中的辅助性工作交由他人完成的，须事先取得甲方书面同意，并由乙方对其行为承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）乙方所交设备不符合合同约定的，甲方有权拒收，乙方应在十日内更换，并承担相应的逾期责任。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十一、合同解除
P:乙方逾期超过四十五日，或所供设备经两次整改仍不合格，或有其他严重违约行为的，甲方有权书面通知乙方解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十二、不可抗力
P:因地震、洪水、重大疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后五日内书面通知对方，并提供相关证明，双方协商延期履行或部分免除责任。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交贵阳仲裁委员会仲裁。
H:十四、其他
P:本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。附件一《设备技术参数表》、附件二《技术规范》、附件三《门架分布表》为本合同组成部分。本合同一式四份，双方各执两份。
P:甲方：（盖章）                    乙方：（盖章）
"""

H53E02 = """\
T:Supply Contract for Online Fibre Analysers, Analyser Software Licence and Support Services
P:Contract No. KM-CN-2025-014
P:This Contract is made between Kuitumetri Oy, a company incorporated in Finland (Business ID 2846113-7), Tekniikantie 14, 02150 Espoo, Finland (the "Supplier"), and Guangxi Beibu Gulf Pulp Co., Ltd., Binhai Industrial Zone, Qinzhou, Guangxi, People's Republic of China (the "Purchaser").
H:Article 1 Contract Documents and Definitions
P:1.1 The Contract consists of this document and its Annexes: Annex 1 Technical Specification, Annex 2 Performance Test Procedure, Annex 3 Time Schedule. In case of discrepancy, this document prevails over the Annexes.
P:1.2 In this Contract, "Equipment" means the analysers, sampling units, spare parts and accessories listed in Article 3; "Software" means the KuituSuite analyser software; "Final Acceptance" means the Purchaser's signed acceptance under Article 7; "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply four (4) FA-700 online fibre analysers measuring fibre length, width, curl, kink, fines, shives and vessel elements at the brownstock washing, post-oxygen delignification, bleached pulp and pulp machine headbox positions of the Purchaser's fibre line, together with six (6) automatic sampling units.
P:2.2 The Supplier grants the Purchaser a perpetual, non-exclusive licence for the KuituSuite analyser software for use at the Purchaser's Qinzhou mill, including the OPC UA interface to the Purchaser's distributed control system (DCS).
P:2.3 The Supplier shall supervise the mechanical installation carried out by the Purchaser's own contractor, commission the Equipment, correlate the analysers with the Purchaser's laboratory, tune the measurement applications and train the Purchaser's operators and instrument technicians.
H:Article 3 Contract Price
P:3.1 The Contract Price is fixed and amounts to CNY 7,110,000 (seven million one hundred and ten thousand Chinese Yuan), delivered duty paid (DDP) Qinzhou mill site, Incoterms 2020, including import duties, VAT and all taxes. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|FA-700 online fibre analyser|4|1,265,000|5,060,000
TB:2|Automatic sampling unit SU-20|6|148,000|888,000
TB:3|KuituSuite software, perpetual site licence incl. OPC UA interface|1|620,000|620,000
TB:|Hardware and Licence Subtotal|||6,568,000
TB:4|Installation supervision and commissioning|1 lot|312,000|312,000
TB:5|Laboratory correlation and application tuning|1 lot|186,000|186,000
TB:6|Training of operators and instrument technicians|1 lot|44,000|44,000
TB:|Contract Price|||7,110,000
P:3.2 Travel and living costs of the Supplier's personnel for the work described in Article 2 are included in the Contract Price.
H:Article 4 Terms of Payment
P:4.1 Ten per cent (10 %) of the Contract Price, CNY 711,000, as advance payment within thirty (30) days after signature of the Contract and receipt of an advance payment guarantee for the same amount, issued by a bank acceptable to the Purchaser and valid until delivery of the Equipment.
P:4.2 Fifty-five per cent (55 %) of the Contract Price, CNY 3,910,500, within thirty (30) days after delivery of the complete Equipment to site against the delivery documents. Payment on delivery does not mean that the Equipment has been accepted.
P:4.3 Thirty-five per cent (35 %) of the Contract Price, CNY 2,488,500, within thirty (30) days after the Final Acceptance certificate has been signed.
P:4.4 The Supplier shall issue a valid VAT invoice (fapiao) through its registered Shanghai branch before each payment.
H:Article 5 Time Schedule and Delay
P:5.1 The Supplier shall deliver the complete Equipment to site within twenty (20) weeks from the effective date of the Contract and shall have the analysers ready for the Performance Test within eight (8) weeks after the Purchaser has notified completion of the mechanical installation.
P:5.2 If the Supplier fails to deliver the Equipment, or to have the analysers ready for the Performance Test, by the dates agreed in Annex 3 for reasons attributable to the Supplier, the Purchaser is entitled to liquidated damages of 0.5 per cent of the Contract Price for each full week of delay, up to a maximum of 7.5 per cent of the Contract Price.
P:5.3 If the maximum liquidated damages have been reached, the Purchaser may terminate the Contract under Article 15.
H:Article 6 Installation and Commissioning
P:6.1 The Purchaser provides foundations, utilities, sampling line connections and the mechanical installation work according to the Supplier's installation instructions. The Supplier's supervisor shall be on site during the installation and shall inspect and approve each installation point.
P:6.2 Commissioning comprises functional checks, calibration, DCS interface testing and loop checks for each measurement position.
H:Article 7 Tests and Acceptance
P:7.1 After commissioning the Supplier shall carry out the Performance Test in accordance with Annex 2 in the presence of the Purchaser. The test is passed when: (a) repeatability of the mean fibre length is within ±0.02 mm over ten repeated measurements of the same sample; (b) the deviation of the mean fibre length from the Purchaser's laboratory reference does not exceed 0.03 mm on twenty paired samples for each measurement position; (c) all agreed measurement tags are transferred to the DCS with a delay of not more than ten (10) seconds; and (d) the analysers operate for thirty (30) consecutive days after the correlation without a Severity 1 fault.
P:7.2 When the Performance Test is passed, the Purchaser shall sign the Final Acceptance certificate within seven (7) days. If the test fails, the Supplier shall remedy the defects at its own cost and the test shall be repeated.
P:7.3 The use of the analysers for production control before Final Acceptance does not constitute acceptance.
H:Article 8 Warranty
P:8.1 The warranty period is twenty-four (24) months from the date of Final Acceptance. During the warranty period the Supplier shall remedy any defect in design, material or workmanship of the Equipment and any error of the Software free of charge, including spare parts, labour and travel.
P:8.2 Replacement parts shall be delivered DDP site. Wearing parts listed in Annex 1 are excluded.
H:Article 9 Support Services
P:9.1 During the warranty period the Supplier shall provide remote support through its service centre and on-site service from its Shanghai branch according to the following response times:
TB:Severity|Definition|Response|Remote diagnosis|On-site attendance
TB:Severity 1|Analyser or sampling unit stopped; no measurement to DCS for a fibre line position|2 hours|within 8 hours|within 48 hours
TB:Severity 2|Degraded measurement; a single parameter missing or drifting|8 hours|within 2 working days|within 5 working days
TB:Severity 3|Questions and minor software defects|2 working days|-|-
P:9.2 For each hour by which the Supplier exceeds the Severity 1 response time or on-site attendance time, the Supplier shall pay the Purchaser a service credit of CNY 1,500, up to CNY 150,000 per contract year, deducted from the next invoice or paid on demand.
P:9.3 After the warranty period the Supplier shall offer an Annual Support Agreement covering the same services, software updates and one preventive maintenance visit per analyser per year. The annual fee is 8.5 per cent of the Hardware and Licence Subtotal, i.e. CNY 558,280 per year, and is fixed for the first three years after the end of the warranty period. Any later adjustment requires a written agreement and shall not exceed three per cent (3 %) per year. The Annual Support Agreement is ordered by the Purchaser's purchase order for each year and does not renew automatically.
H:Article 10 Purchaser's Data and Remote Access
P:10.1 All process, quality and measurement data generated by the Equipment or transferred to the DCS belong to the Purchaser. The Supplier may use such data only to perform this Contract.
P:10.2 Remote access by the Supplier is permitted only through the Purchaser's VPN, for each session with the Purchaser's prior approval, and is logged. Diagnostic files may be taken out of the mill only with the Purchaser's approval and shall be deleted when the service case is closed. The Supplier shall harden the Software and network components according to IEC 62443 and keep them patched during the warranty and support periods.
P:10.3 The Supplier shall notify the Purchaser of any security incident affecting the Purchaser's systems or data within twenty-four (24) hours and shall be liable for damage caused by its breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The intellectual property rights in the Equipment and the Software remain with the Supplier.
P:11.2 Calibration models, application settings, DCS displays and faceplates made specifically for the Purchaser under this Contract belong to the Purchaser, who may use, modify and let third parties use them freely.
H:Article 12 Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other party under this Contract and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for five (5) years after the end of the Contract.
H:Article 13 Limitation of Liability
P:13.1 The Supplier's total aggregate liability under or in connection with this Contract shall not exceed one hundred and twenty-five per cent (125 %) of the Contract Price.
P:13.2 Neither party is liable for loss of production, loss of profit or other indirect or consequential loss. The limitations in this Article do not apply to gross negligence, wilful misconduct or breach of Articles 10 and 12.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the supply or services without the Purchaser's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Article 15 Termination
P:The Purchaser may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within thirty (30) days after written notice, or if the maximum liquidated damages under Article 5 have been reached. In that case the Supplier shall refund the payments received for the undelivered or defective part of the supply.
H:Article 16 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control which it could not have foreseen, provided it notifies the other party without delay. If force majeure lasts longer than six (6) months, either party may terminate the Contract.
H:Article 17 Governing Law and Arbitration
P:17.1 This Contract shall be governed by the substantive law of Finland, excluding its choice-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:17.2 Any dispute arising out of or relating to this Contract shall be finally settled by arbitration in accordance with the Arbitration Rules of the Finland Arbitration Institute. The arbitral tribunal shall consist of three arbitrators. The seat of arbitration shall be Helsinki, Finland, and the language of the arbitration shall be English.
H:Article 18 Miscellaneous
P:This Contract enters into force on signature by both parties and is signed in two originals in English, one for each party. Amendments are valid only in writing.
P:For Kuitumetri Oy: ____________________    For Guangxi Beibu Gulf Pulp Co., Ltd.: ____________________
"""

H53E04 = """\
T:Licence and Implementation Agreement - Digitisation Workflow System
P:Agreement No. SPS-2025-CN-07
P:The undersigned: Specimen Systems B.V., a private limited company established in Leiden, the Netherlands, registered with the Netherlands Chamber of Commerce under number 71824406 (the "Supplier"); and the Binjiang Natural History Museum, a public institution in Hangzhou, People's Republic of China (the "Museum"); hereinafter together the "Parties".
P:Whereas the Museum intends to digitise its natural history collections at industrial scale and has selected the Supplier's Lumen Digitisation Workflow System following a competitive procurement, the Parties agree as follows.
H:1. Definitions
P:1.1 "System" means the Lumen DWS software: capture station management, barcode and label transcription, image processing pipeline, IIIF image server, digital asset management and the publication module for Darwin Core data.
P:1.2 "Custom Deliverables" means all workflow configurations, the connector to the Museum's collection management system (CMS), migration scripts, transcription models trained on Museum Data, and documentation produced for the Museum under this Agreement.
P:1.3 "Museum Data" means specimen records, images, transcriptions, collector and donor information, and any other data of the Museum processed by the System.
P:1.4 "Final Acceptance" means the Museum's written acceptance under clause 6.
H:2. Subject of the Agreement
P:2.1 The Supplier grants the Museum a perpetual, non-exclusive, non-transferable licence to use the System for forty (40) named users and eight (8) capture stations at the Museum's premises.
P:2.2 The Supplier shall implement the System, namely: configure three workflows (herbarium sheets, pinned insect drawers and fluid-preserved specimens); build the CMS connector; migrate 1.2 million specimen records and 860,000 existing images; and train the Museum's staff.
P:2.3 Training comprises a five-day course for up to twelve (12) digitisation technicians and curators, a two-day administrator course for the Museum's IT staff, and on-site coaching during the first two weeks after Go-Live of each workflow. The Supplier shall provide the training material in Chinese and English.
P:2.4 The Supplier shall supply the System in its current version (Lumen DWS 5.x) and shall make every later version released during the warranty period available to the Museum without additional charge.
H:3. Price
P:3.1 The total price (the "Contract Price") is CNY 2,464,000, inclusive of VAT, composed as follows: core licence for 40 named users CNY 1,180,000; capture station licences, 8 x CNY 36,000 = CNY 288,000 (together the "Licence Subtotal" of CNY 1,468,000); implementation and workflow configuration CNY 596,000; CMS connector and data migration CNY 342,000; training CNY 58,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Supplier's staff are included.
H:4. Payment
P:4.1 20 % of the Contract Price (CNY 492,800) within thirty (30) days after signature of this Agreement, against invoice.
P:4.2 40 % of the Contract Price (CNY 985,600) within thirty (30) days after Go-Live of all three workflows.
P:4.3 40 % of the Contract Price (CNY 985,600) within thirty (30) days after Final Acceptance.
P:4.4 Go-Live means that a workflow is used by the Museum in production; Go-Live and the payment under 4.2 do not constitute acceptance.
H:5. Project Plan and Delay
P:5.1 The Supplier shall achieve Go-Live of all three workflows within five (5) months and shall make the System ready for the Final Acceptance Test within seven (7) months after signature, as detailed in the project plan in Annex 1.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay the Museum liquidated damages of 0.1 % of the Contract Price for each calendar day of delay, up to a maximum of 10 % of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
P:5.3 The Museum shall provide the server environment, network access, a project manager and the curators needed for the workflow design in good time. Delays caused by the Museum extend the dates in clause 5.1 accordingly, provided the Supplier has notified the Museum of the cause of the delay without undue delay.
P:5.4 The Parties shall hold a project meeting every two weeks. The Supplier's project manager shall report the progress, risks and open issues in writing.
H:6. Acceptance
P:6.1 The Final Acceptance Test shall demonstrate that: (a) for each workflow, 5,000 specimens are processed end to end (capture, quality control, transcription and publication) without manual workarounds; (b) images meet the FADGI three-star guidelines for the object types concerned; (c) record counts and file checksums of the migrated data are identical to the source; (d) the IIIF Image API 3.0 conformance tests are passed; and (e) the System runs in production for thirty (30) consecutive days without an open Severity 1 incident.
P:6.2 The Museum shall issue the Final Acceptance certificate within ten (10) working days after the test has been passed, or state in writing which criteria have not been met. The Supplier shall then remedy the deficiencies and repeat the test at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants that the System and the Custom Deliverables will conform to the specifications for eighteen (18) months after Final Acceptance and will correct any defect reported in that period free of charge.
P:7.2 During the warranty period the Supplier, through its approved partner in China, shall respond to incidents as follows: Severity 1 (System down, or capture stations unable to save images): response within one (1) hour, 24 hours a day, and a workaround within eight (8) hours; Severity 2 (a workflow step impaired): response within six (6) hours; Severity 3: response on the next working day.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time or workaround time, the Supplier shall pay the Museum CNY 1,000.
H:8. Maintenance after the Warranty Period
P:8.1 After the warranty period the Museum may order maintenance (support as in clause 7.2, updates and new versions) at an annual fee of 12 % of the Licence Subtotal, i.e. CNY 176,160 per year.
P:8.2 This fee is fixed for the first three (3) years after the warranty period. Thereafter the Supplier may index the fee once a year by the consumer price index published by Statistics Netherlands (CBS), by no more than 3 % per year.
P:8.3 Maintenance is ordered by the Museum's purchase order for each year and is not renewed automatically.
H:9. Museum Data and Security
P:9.1 Museum Data is and remains the property of the Museum. The Supplier shall process Museum Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The System is installed on the Museum's own servers in its data centre. The Supplier may access the System remotely only through the Museum's VPN, with the Museum's approval for each session, and all sessions are logged. No Museum Data may be copied to systems outside the Museum; for testing the Supplier uses anonymised data sets provided by the Museum.
P:9.3 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, notify the Museum of any security incident involving Museum Data within twenty-four (24) hours, and compensate the Museum for damage caused by its breach of this clause 9.
H:10. Intellectual Property
P:10.1 The System remains the property of the Supplier.
P:10.2 All rights in the Custom Deliverables vest in the Museum upon creation. The Supplier shall deliver their source code and documentation no later than at Final Acceptance. The Museum may use, modify and license the Custom Deliverables freely, also with the help of third parties.
H:11. Confidentiality
P:Each Party shall keep confidential all non-public information received from the other Party, including unpublished research data and the locations of rare specimens, and shall use it only for this Agreement. This obligation continues for five (5) years after termination.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of its obligations without the Museum's prior written consent. The Museum hereby consents to the Supplier's Chinese implementation partner named in Annex 3. The Supplier remains fully responsible for its subcontractors.
H:13. Liability
P:The Supplier's total liability under this Agreement is limited to two (2) times the Contract Price. This limitation does not apply to damage caused by intent or gross negligence, or to breaches of clauses 9 and 11.
H:14. Termination
P:14.1 The Museum may terminate this Agreement by written notice if the Supplier fails to perform a material obligation and does not remedy the failure within thirty (30) days after a written notice of default, or if the maximum liquidated damages under clause 5.2 have been reached.
P:14.2 On termination the Supplier shall hand over all Custom Deliverables and Museum Data in its possession.
H:15. Force Majeure
P:Neither Party is liable for a failure to perform caused by circumstances beyond its control, such as natural disasters, epidemics or government measures, provided it informs the other Party promptly. If the force majeure continues for more than ninety (90) days, either Party may terminate this Agreement in writing.
H:16. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese.
H:17. Final Provisions
P:Amendments to this Agreement are valid only if agreed in writing. Annex 1 (Project Plan), Annex 2 (Functional Specification) and Annex 3 (Approved Partner) form part of this Agreement.
P:Signed in two originals. For Specimen Systems B.V.: ____________________    For the Museum: ____________________
"""

SOURCES = {"h53z01": H53Z01, "h53z02": H53Z02, "h53e02": H53E02, "h53e04": H53E04}
TARGETS = {"h53z01": ("h53z01_forestry_fire_monitoring_platform_integration.docx", "docx"),
           "h53z02": ("h53z02_highway_etc_gantry_equipment_maintenance.pdf", "pdf"),
           "h53e02": ("h53e02_pulp_mill_fibre_analysers_finnish_vendor.docx", "docx"),
           "h53e04": ("h53e04_museum_digitisation_workflow_licence_dutch_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
