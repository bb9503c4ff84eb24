"""Builds the .docx and .pdf contracts of holdout70 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .md and .txt contracts of this folder are plain files.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H70Z01 = """
T:江西省公安厅交通警察总队交通违法处理平台升级项目合同
P:合同编号：JXJZ-2026-CG-0417
P:采购人（甲方）：江西省公安厅交通警察总队
P:地址：江西省南昌市红谷滩区丰和中大道
P:供应商（乙方）：南昌启衡信息技术有限公司
P:地址：江西省南昌市高新技术产业开发区艾溪湖北路
P:项目名称：交通违法处理平台升级及自助处理终端建设项目（政府采购项目编号：JXZC2026-0312）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件、乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责交通违法处理平台的升级建设，包括非现场执法违法数据审核、违法处理、罚没款对账、统计分析等功能模块，并完成与公安交通管理综合应用平台、互联网交通安全综合服务管理平台（交管12123）及全省非现场执法设备的数据对接。
P:1.2 乙方负责向全省各支队、大队供货并安装自助违法处理终端，配置应用服务器和分布式存储，完成部署、联调、培训及质保期内的维护服务。
P:1.3 交付地点为甲方指定的省交管数据中心机房及各支队、大队办事大厅；项目工期为合同生效之日起一百五十日，其中设备到货不迟于合同生效后六十日。
P:1.4 乙方应指定具有高级项目管理资格的项目经理常驻南昌，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币陆佰叁拾贰万叁仟元整（¥6,323,000.00），为固定总价，包含设备、软件、开发、运输、安装、调试、培训、税费及质保期内服务等全部费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器|12台|68,000|816,000
TB:2|分布式存储（可用容量1PB）|1套|1,236,000|1,236,000
TB:3|自助违法处理终端（含身份证阅读器、高拍仪）|46台|38,500|1,771,000
TB:4|交通违法处理平台软件许可|1套|980,000|980,000
TB:5|接口及定制功能开发|1项|1,146,000|1,146,000
TB:6|部署实施及联调|1项|318,000|318,000
TB:7|培训|1项|56,000|56,000
TB:合计||||6,323,000
P:2.2 上表第1至4项合计人民币肆佰捌拾万零叁仟元（¥4,803,000），以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额发票后十个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币贰佰伍拾贰万玖仟贰佰元（¥2,529,200）。
P:3.2 全部设备到货、平台部署完成并通过初验后十个工作日内，甲方支付合同总价的百分之三十五，即¥2,213,050。
P:3.3 项目通过终验后十个工作日内，甲方支付合同总价的百分之二十，即¥1,264,600。
P:3.4 合同总价的百分之五（¥316,150）作为质量保证金，质保期满且乙方无未履行的质保义务时，甲方在十个工作日内无息退还。
H:第四条 交付与验收
P:4.1 设备到货后，双方共同开箱清点，签署到货签收单。到货签收仅确认数量、型号及外观，不代表设备质量验收合格。
P:4.2 初验：平台部署完成、与各对接系统联调通过后，乙方提出初验申请，甲方在十个工作日内组织初验。初验通过后平台进入试运行，试运行期为三个月。
P:4.3 终验标准：（1）平台功能符合采购文件及乙方投标文件的技术要求，逐项测试通过；（2）历史违法数据迁移完整，抽取不少于五万条记录与原系统逐条比对一致；（3）在三百个并发用户下，违法记录查询和处理操作的响应时间不超过2秒；（4）与综合应用平台、交管12123的数据交换连续十五日无差错；（5）通过第三方测评机构的网络安全等级保护第三级测评；（6）试运行期间未发生一级故障；（7）乙方已移交全部源代码、技术文档和运维手册。
P:4.4 终验由甲方组织，出具书面终验报告。平台上线使用、试运行或甲方支付任何款项，均不视为终验合格。经两次终验仍不合格的，甲方可依第十二条处理。
H:第五条 服务水平
P:5.1 质保期内，平台在每日7:00至22:00的服务时段内，月可用率不低于99.95%。月可用率每低于承诺值0.1个百分点，甲方从质量保证金中扣除人民币伍仟元。
P:5.2 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或全省违法处理业务中断|30分钟|2小时|6小时
TB:二级|部分功能或个别支队业务中断|1小时|8小时|12小时
TB:三级|单台终端故障或一般性问题|2小时|2个工作日|3个工作日
P:5.3 乙方未按上表时限响应、到场或恢复的，每超时一小时，甲方有权从质量保证金中扣除人民币壹仟元；一年内一级故障累计超过三次的，甲方有权要求乙方更换项目负责人。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件缺陷修复和版本升级服务，并每季度进行一次巡检。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的百分之八（即每年不超过¥384,240），且在质保期满后三年内不上调，维保合同逐年签订。
H:第七条 知识产权
P:7.1 乙方为本项目开发的接口程序、定制功能模块及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在终验前完整移交源代码。
P:7.2 平台软件产品本身的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在全省公安交管部门范围内使用。
P:7.3 乙方保证所交付的设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的交通违法数据、车辆及驾驶人信息、执法图像视频等全部数据归甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
P:8.2 乙方应遵守公安网络安全管理规定，在公安信息网内开展工作，不得将任何数据复制、导出至公安信息网以外；远程维护须经甲方书面审批并通过甲方运维审计系统进行，全程留存日志。
P:8.3 乙方发现数据泄露、篡改等安全事件的，应在两小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方及其工作人员对在履行本合同中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方进场人员应签署保密承诺书。本条义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将自助违法处理终端的运输、安装调试等非主体工作分包给具备相应能力的单位，但应在分包单位进场前书面告知甲方，并报甲方备案。乙方对分包部分向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 因乙方原因逾期交付或逾期通过终验的，每逾期一日，乙方按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的百分之十。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并承担由此产生的费用及甲方的损失。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或交付成果经两次终验仍不合格，或发生严重数据安全事件的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同未尽事宜，按采购文件、投标文件执行。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:法定代表人或授权代表：            法定代表人或授权代表：
P:日期：                            日期：
"""

H70Z02 = """
T:在线色差检测系统供货及维保合同
P:合同编号：PH-SX-2026-0086
P:甲方（买方）：绍兴柯桥瑞彩印染有限公司
P:地址：浙江省绍兴市柯桥区滨海工业区
P:乙方（卖方）：深圳谱衡光电科技有限公司
P:地址：广东省深圳市南山区西丽街道
P:甲乙双方根据《中华人民共和国民法典》，就甲方采购在线色差检测系统及相关服务事宜，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应在线色差检测系统一套，用于甲方八条定型机生产线的布面颜色在线检测，包括在线分光测色探头及扫描导轨、工控机及触摸屏、校准板套件、色差管理软件服务器版许可及数据服务器，并负责安装调试、与甲方MES系统对接和操作培训。
P:（二）设备清单及价格如下：
TB:序号|名称|数量|单价（元）|小计（元）
TB:1|在线分光测色探头（含扫描导轨）|8套|146,000|1,168,000
TB:2|工控机及触摸屏|8套|12,500|100,000
TB:3|标准白板及校准板套件|2套|9,800|19,600
TB:4|色差管理软件（服务器版）许可|1套|168,000|168,000
TB:5|数据服务器|1台|46,000|46,000
TB:设备及软件小计||||1,501,600
TB:6|安装调试及MES对接|1项|118,400|118,400
TB:7|操作培训|1项|20,000|20,000
P:（三）合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含税、运输、保险、安装及质保期内服务费用。
P:（四）主要技术要求：测量几何条件d/8°，波长范围400nm至700nm，测量间隔不大于10nm；扫描速度与定型机车速同步，最高车速每分钟八十米；测量结果每五秒上传一次；超出甲方设定的色差允差时，系统应在操作屏上声光报警并在布面打标。详细要求见附件技术规格书。
H:二、交货与安装
P:（一）乙方应于合同生效后六十日内将全部设备运至甲方厂区指定地点，并在到货后二十日内完成安装调试。
P:（二）安装调试应安排在甲方生产计划的停机窗口内进行，每条生产线停机时间不超过十二小时。乙方进场人员须遵守甲方厂区安全管理制度。
P:（三）乙方负责设备的包装、运输、保险及卸货至安装位置，设备交付前的毁损、灭失风险由乙方承担。设备须为全新原装产品，随机附出厂合格证、计量校准证书、装箱单及中文操作手册。
P:（四）乙方应为甲方培训操作人员不少于十六人、设备维护人员不少于六人，培训内容包括日常校准、常见故障判断、软件报表使用及安全操作，培训考核合格后由乙方出具证明。
H:三、付款方式
P:（一）合同生效后七个工作日内，甲方支付合同总价的百分之二十，即¥328,000，作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的百分之四十，即¥656,000。签收仅确认数量和外观，不代表验收合格。
P:（三）系统验收合格后十五个工作日内，甲方支付合同总价的百分之三十五，即¥574,000。
P:（四）余款即合同总价的百分之五（¥82,000）为质保金，质保期满后十五个工作日内无息支付。
H:四、验收
P:（一）安装调试完成后，乙方提交验收申请，双方按以下标准共同验收：1.每台探头测量重复性ΔE*ab不大于0.08；2.与甲方实验室台式分光测色仪对同一批次二十块标样进行比对，平均色差ΔE不大于0.3；3.检测结果与MES系统批次记录自动对应，数据传输无丢失；4.系统连续运行十五日，未发生导致整线检测中断的故障。
P:（二）全部标准达到后，双方签署验收报告。设备安装完成、甲方试用或投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:五、质量保证及故障响应
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内乙方免费维修或更换非人为损坏的部件，免费提供软件升级，并每季度上门校准一次。
P:（二）故障响应：一级故障（任一生产线检测中断）乙方接到报修后八小时内远程响应，四十八小时内派工程师到场；二级故障（测量偏差超出允差、数据上传异常）一个工作日内响应，三个工作日内处理完毕；三级故障（一般性问题）五个工作日内处理。
P:（三）乙方未按上述时限到场或处理完毕的，每超时一小时，甲方从质保金中扣除人民币伍佰元。
P:（四）质保期内乙方应在甲方厂区存放探头光源、扫描导轨传动带等易损备件各两套，备件费用已包含在合同总价内；备件动用后乙方应在十日内补足。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年提供维保服务，内容包括每季度一次上门校准、软件升级、故障维修及常用备件更换。年度维保费按设备及软件小计的百分之十八计取，即每年人民币贰拾柒万零贰佰捌拾捌元（¥270,288），在质保期满后三年内不作调整。
P:（二）维保合同逐年签订，不自动续期。
H:七、数据与信息安全
P:（一）系统采集的颜色测量数据、生产批次记录、客户色样及配方数据归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:（二）乙方远程维护须使用甲方提供的VPN账号，每次经甲方设备部审批并记录，工作结束后账号即行关闭。乙方不得在设备或服务器上安装与本项目无关的软件，不得开启未经甲方同意的外联端口。
P:（三）乙方发现或应当发现数据泄露的，应在十二小时内通知甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:八、保密
P:双方对在合作中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:九、知识产权
P:（一）MES对接程序及为甲方定制的报表模板的知识产权归甲方所有，乙方应在验收时交付源代码及说明文档。
P:（二）色差管理软件的著作权归乙方，乙方授予甲方在本厂区内永久使用的许可。
H:十、分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。经甲方书面同意分包的，乙方仍就分包工作向甲方承担全部责任，分包单位人员进场同样须遵守甲方厂区安全管理制度及本合同第七条、第八条的约定。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
P:（三）设备质量不符合合同约定的，乙方负责更换并承担费用。
H:十二、合同的解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。
P:（二）乙方逾期交货、设备质量不符合约定或存在其他违约行为的，甲方可以要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同或退货。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响一方应在五日内书面通知对方，并在事件结束后十日内提供有关机构出具的证明，双方协商延期履行。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备配置清单，附件与本合同具有同等效力。
P:甲方（盖章）：                    乙方（盖章）：
P:代表人：                          代表人：
P:日期：                            日期：
"""

H70E01 = """
T:LICENCE AND SUPPORT CONTRACT No. VS-CN-2026/014
P:Chișinău – Chengde, 12 May 2026
P:VIZUAL SORT S.R.L., a limited liability company registered in the Republic of Moldova under IDNO 1015600031427, with its registered office at 65 Calea Ieșilor, MD-2069 Chișinău, represented by its Administrator, Mr. Ion Rusu, acting on the basis of the Statute (hereinafter the "Licensor"),
P:and
P:CHENGDE SHANLAN NUT PRODUCTS CO., LTD., a company established under the laws of the People's Republic of China, with its registered office in the Shuangluan District, Chengde, Hebei Province, represented by its General Manager, Ms. Wang Lihua (hereinafter the "Licensee"),
P:hereinafter jointly referred to as the "Parties" and each as a "Party", have concluded this Contract as follows.
H:Article 1. Subject of the Contract
P:1.1. The Licensor grants to the Licensee a perpetual, non-exclusive licence to use the KernelVision optical sorting software (the "Software") on six (6) optical sorting lines installed at the Licensee's almond kernel plant in Chengde, together with one licence of the KernelVision Central Monitoring Console.
P:1.2. The Licensor shall develop and calibrate sorting profiles for the Licensee's four product grades (blanched whole kernels, natural whole kernels, sliced and diced kernels) (the "Sorting Profiles"), install the Software, commission each line on site and train the Licensee's operators and quality staff.
P:1.3. The Licensor shall provide warranty and support services in accordance with Articles 7 and 8.
H:Article 2. Price
P:2.1. The total price of this Contract is CNY 1,648,000 (one million six hundred forty-eight thousand yuan) (the "Contract Price"), composed as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|KernelVision perpetual licence, per sorting line|6|186,000|1,116,000
TB:2|Central Monitoring Console licence|1|94,000|94,000
TB:3|Development of Sorting Profiles (4 product grades)|1|268,000|268,000
TB:4|Installation and on-site commissioning|1|132,000|132,000
TB:5|Training of operators and QA staff|1|38,000|38,000
TB:Total Contract Price||||1,648,000
P:2.2. Items 1 and 2 together (CNY 1,210,000) are the "Licence Fees".
P:2.3. The prices are fixed for the duration of this Contract and include all taxes and duties payable in the Republic of Moldova, travel and accommodation of the Licensor's engineers. Withholding tax in the People's Republic of China, if any, shall be deducted by the Licensee in accordance with the agreement between the two states on the avoidance of double taxation.
H:Article 3. Terms of Payment
P:3.1. 20 % of the Contract Price (CNY 329,600) as an advance payment within fifteen (15) banking days after signature of this Contract and receipt of the Licensor's invoice and of a bank guarantee for the advance payment issued by a bank acceptable to the Licensee.
P:3.2. 45 % of the Contract Price (CNY 741,600) within fifteen (15) banking days after the Commissioning Certificate has been signed for all six lines. The Commissioning Certificate confirms that the Software runs on the lines; it is not an acceptance.
P:3.3. 35 % of the Contract Price (CNY 576,800) within fifteen (15) banking days after signature of the Final Acceptance Certificate under Article 5.
P:3.4. Payments are made in CNY by bank transfer to the Licensor's account indicated in the invoice. Bank charges outside the PRC are borne by the Licensor.
H:Article 4. Terms of Delivery
P:4.1. The Licensor shall deliver the licence keys and installation media within twenty (20) days and complete installation and commissioning of all six lines within seventy-five (75) days after receipt of the advance payment.
P:4.2. In case of delay in delivery or commissioning for reasons attributable to the Licensor, the Licensor shall pay to the Licensee a penalty of 0.04 % of the Contract Price for each day of delay, but not more than 5 % of the Contract Price in total.
H:Article 5. Acceptance
P:5.1. After commissioning, the Parties shall carry out the Final Acceptance Test on each line during ten (10) production days, using the Licensee's raw material. The line passes when: (a) the defect removal rate is not less than 97 % for the defect classes listed in Annex 2 (broken, shrivelled, insect-damaged and discoloured kernels, foreign material); (b) the false reject rate (good kernels in the reject stream) does not exceed 1.5 % by weight; (c) the throughput is not less than 5.2 tonnes per hour per line; and (d) the Central Monitoring Console records every reject event with its image.
P:5.2. The results are recorded in a joint protocol. Within five (5) working days after all six lines have passed, the Licensee signs the Final Acceptance Certificate. If a line fails, the Licensor shall correct the Sorting Profiles and repeat the test. Installation, commissioning or commercial use of the lines shall not be deemed acceptance.
H:Article 6. Intellectual Property
P:6.1. The Software, including all updates and new versions, remains the property of the Licensor.
P:6.2. The Sorting Profiles, the trained classification models, thresholds and parameter sets, including those developed specifically for the Licensee under item 3 of Article 2, are and remain the exclusive intellectual property of the Licensor. The Licensee receives a non-exclusive and non-transferable right to use them on the licensed lines for the life of the licence and may not modify them, copy them to other equipment or disclose them to third parties. The Licensor may use the know-how obtained in their development for other customers.
P:6.3. The Licensor shall defend and indemnify the Licensee against claims of third parties that the Software infringes their intellectual property rights.
H:Article 7. Warranty
P:7.1. The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Licensor corrects defects of the Software free of charge, supplies updates and re-tunes the Sorting Profiles up to two times per harvest season at the Licensee's request.
P:7.2. Faults are classified and handled as follows:
TB:Severity|Definition|Response time|Resolution target
TB:1 – Critical|A sorting line is stopped, or rejects without classification|1 hour (remote)|8 hours; engineer on site within 3 days if not solved remotely
TB:2 – Major|Sorting results below the values of Article 5.1, or Console unavailable|3 hours|2 working days
TB:3 – Minor|Other faults and questions|1 working day|next update
P:7.3. If the Licensor misses a response time or resolution target, it shall pay CNY 1,000 for each hour of delay. The Licensee may deduct such amounts from any payment due or claim them under the bank guarantee.
H:Article 8. Support after the Warranty
P:8.1. After the warranty period, the Licensor shall provide annual support with the service levels of Article 7.2 for an annual fee of 11 % of the Licence Fees, i.e. CNY 133,100 per year. This fee is fixed for the first three (3) years after the warranty period; later changes shall be agreed in writing.
P:8.2. Support is ordered by the Licensee each year by purchase order and does not renew automatically.
H:Article 9. Production Data and Security
P:9.1. Images, production statistics, reject records and all other data generated by the Software at the Licensee's plant (the "Production Data") belong to the Licensee. The Licensor may process Production Data only for the performance of this Contract.
P:9.2. Remote access is permitted only through the Licensee's VPN, with the approval of the Licensee's IT department for each session, and all sessions are logged. The Licensor shall not copy or store Production Data outside the Licensee's systems.
P:9.3. The Licensor shall scan all media for malware before use, use individual accounts for its engineers, notify the Licensee of any security incident within twelve (12) hours after becoming aware of it and compensate the Licensee for damage caused by a breach of this Article.
H:Article 10. Confidentiality
P:10.1. Each Party shall keep confidential all commercial and technical information received from the other Party in connection with this Contract and shall not disclose it to third parties without prior written consent, during the Contract and for five (5) years after its termination.
H:Article 11. Liability
P:11.1. The total liability of the Licensor under this Contract shall not exceed 120 % of the Contract Price. This limitation does not apply to wilful misconduct, gross negligence, breach of Articles 9 and 10 or the indemnity under Article 6.3.
P:11.2. Neither Party is liable for loss of profit or other indirect damages.
H:Article 12. Subcontracting
P:12.1. The Licensor may subcontract any part of its obligations only with the prior written consent of the Licensee and remains responsible for the acts of its subcontractors.
H:Article 13. Termination
P:13.1. Either Party may terminate this Contract by written notice if the other Party commits a material breach and does not remedy it within thirty (30) days after written notice. The Licensee may also terminate if the penalty under Article 4.2 has reached its maximum.
H:Article 14. Force Majeure
P:14.1. Neither Party is liable for failure to perform caused by force majeure, provided that it notifies the other Party within ten (10) days and supplies a certificate of the competent chamber of commerce.
H:Article 15. Governing Law and Disputes
P:15.1. This Contract is governed by the laws of the Republic of Moldova.
P:15.2. Disputes shall be settled amicably. If no settlement is reached within thirty (30) days, the dispute shall be finally resolved by the Court of International Commercial Arbitration at the Chamber of Commerce and Industry of the Republic of Moldova in Chișinău, in the English language.
H:Article 16. Final Provisions
P:16.1. This Contract is made in English in two originals, one for each Party, and enters into force on signature. Annex 1 (Technical Specification) and Annex 2 (Defect Classes and Test Method) form part of it.
P:For the Licensor: ____________________    For the Licensee: ____________________
"""

H70E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Retort Temperature Logging System – Contract No. SPA/ZS/2026/07
P:THIS CONTRACT is made on the 3rd day of June 2026 BETWEEN:
P:(1) ZHOUSHAN HAIYUN TUNA FOODS CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 18 Xinggang Road, Putuo District, Zhoushan, Zhejiang (the "Purchaser"); and
P:(2) SEYPRO AUTOMATION LTD, a company incorporated in the Republic of Seychelles, whose registered office is at Unit 12, Providence Industrial Estate, Mahé, Seychelles (the "Contractor").
P:WHEREAS the Purchaser operates a tuna cannery with eight (8) steam-water-spray retorts and wishes to replace its thermal process recording equipment, and the Contractor has offered to supply, install and maintain a wireless temperature logging system, NOW IT IS AGREED as follows:
H:1. INTERPRETATION
P:1.1 In this Contract: "Contract Price" means the price stated in clause 3.1; "Equipment" means the goods and software listed in Schedule 1; "Final Acceptance Certificate" means the certificate issued under clause 6.4; "Site" means the Purchaser's cannery at Zhoushan; "Warranty Period" has the meaning in clause 7.1.
P:1.2 Headings are for convenience only. Words in the singular include the plural.
H:2. SCOPE OF WORKS
P:2.1 The Contractor shall supply the Equipment, install it at the Site, carry out installation and operational qualification (IQ/OQ), perform a heat distribution study on each retort, connect the system to the Purchaser's plant historian and train the Purchaser's staff.
P:2.2 The Contractor shall provide warranty service and, if the Purchaser so elects, post-warranty maintenance as set out in clauses 7 to 9.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is CNY 1,360,000 (one million three hundred and sixty thousand yuan), fixed and inclusive of delivery CIP Zhoushan, duties, taxes and all services during the Warranty Period, made up as follows (Schedule 1):
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature data logger, probe type, -20 to 150 °C|96|7,450|715,200
TB:2|Retort pass-through receiver and antenna|8|18,600|148,800
TB:3|Dry-block reference calibrator with reference probe|2|64,500|129,000
TB:4|Thermal validation software, site licence (5 users)|1|156,000|156,000
TB:5|Server and historian interface|1|58,000|58,000
TB:Equipment and Licence Subtotal||||1,207,000
TB:6|Installation, IQ/OQ and heat distribution studies|1|126,000|126,000
TB:7|Training|1|27,000|27,000
H:4. PAYMENT
P:4.1 Twenty per cent (20%) of the Contract Price (CNY 272,000) within fourteen (14) days after signature of this Contract, against an advance payment guarantee of the same amount.
P:4.2 Fifty per cent (50%) (CNY 680,000) within fourteen (14) days after delivery of all Equipment to Site and signature of the delivery note. The delivery note records quantities only and is not acceptance.
P:4.3 Twenty-five per cent (25%) (CNY 340,000) within fourteen (14) days after the Final Acceptance Certificate.
P:4.4 Five per cent (5%) (CNY 68,000) is retained and released at the end of the Warranty Period, provided all warranty claims have been settled.
H:5. DELIVERY AND COMPLETION
P:5.1 The Contractor shall deliver the Equipment to Site within ten (10) weeks after signature and complete installation, IQ/OQ and the heat distribution studies within twenty-eight (28) days after delivery.
P:5.2 Installation work on a retort shall be carried out during the Purchaser's scheduled cleaning shutdowns, so that canning is not interrupted.
P:5.3 If the Contractor fails to complete the works by the dates in clause 5.1 for reasons not attributable to the Purchaser, the Contractor shall pay liquidated damages of 0.5% of the Contract Price for each complete week of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:6. TESTS AND ACCEPTANCE
P:6.1 Each logger shall be verified at 121.1 °C against a reference probe traceable to national standards; the deviation shall not exceed ±0.1 °C.
P:6.2 A heat distribution study shall be run on each retort over three consecutive cycles, with every logger recording for the full cycle without data gaps.
P:6.3 The software shall keep electronic records with an audit trail, and transfer of batch records to the plant historian shall be verified on thirty (30) consecutive production batches without loss or mismatch.
P:6.4 When all tests in clauses 6.1 to 6.3 have been passed, the Purchaser shall issue the Final Acceptance Certificate within seven (7) days. Neither delivery, installation nor use of the system in production shall constitute acceptance.
H:7. WARRANTY
P:7.1 The Contractor warrants the Equipment for thirty (30) months from the date of the Final Acceptance Certificate (the "Warranty Period"). Defective items, including logger batteries, shall be repaired or replaced free of charge, and software defects corrected, during the Warranty Period.
P:7.2 The Contractor shall keep a stock of eight (8) spare loggers and one spare receiver at the Site, at its own cost, throughout the Warranty Period.
H:8. SERVICE LEVELS
P:8.1 Faults shall be handled as follows:
TB:Severity|Definition|Response|Restoration
TB:1|Thermal process records cannot be kept for a retort|2 hours|on site within 2 days; spare logger or receiver installed at once
TB:2|A single logger or receiver faulty|8 hours|replacement from Site spares within 3 days
TB:3|Software questions and other faults|2 business days|next scheduled visit
P:8.2 For each hour by which a Severity 1 response is late the Contractor shall pay CNY 800, and for each day by which a Severity 2 replacement is late CNY 300; such amounts may be deducted from the retention.
H:9. POST-WARRANTY MAINTENANCE
P:9.1 At the end of the Warranty Period the Contractor shall, at the Purchaser's option, provide annual maintenance for three (3) years at a fixed annual fee of seven point five per cent (7.5%) of the Equipment and Licence Subtotal, that is CNY 90,525 per year. The fee covers annual recalibration of all loggers and calibrators with ISO/IEC 17025 certificates, software updates and the service levels of clause 8.
P:9.2 Each year of maintenance is ordered separately in writing; there is no automatic renewal.
H:10. SERVICE AGENT AND SUBCONTRACTING
P:10.1 On-site service in China shall be performed by the Contractor's service agent, Zhejiang Hailan Instrument Service Co., Ltd., Ningbo, which the Purchaser approves by signing this Contract. The Contractor shall not subcontract any other part of the works without the Purchaser's prior written consent and remains responsible for its agent and subcontractors.
H:11. PROCESS DATA
P:11.1 All temperature records, batch records and other data produced by the system belong to the Purchaser and are food safety records of the Purchaser. The Contractor shall use them only to perform this Contract.
P:11.2 The Contractor may access the system only on Site or through a remote session opened by the Purchaser for each occasion, shall use individual accounts with strong passwords, shall keep anti-malware protection up to date on any computer it connects, and shall not copy any data off the Site.
P:11.3 The Contractor shall notify the Purchaser of any security incident affecting the system within twelve (12) hours and shall be liable for loss caused by a breach of this clause.
H:12. INTELLECTUAL PROPERTY
P:12.1 The Contractor grants the Purchaser a perpetual licence to the software in Schedule 1.
P:12.2 Validation protocols, report templates and the historian interface configuration prepared for the Purchaser belong to the Purchaser, who may use, modify and give them to third parties without restriction.
H:13. CONFIDENTIALITY
P:13.1 Each party shall keep confidential all information of the other party obtained under this Contract, including the Purchaser's process parameters and recipes, and shall not disclose it without the other party's written consent, during the Contract and for five (5) years thereafter.
H:14. LIMITATION OF LIABILITY
P:14.1 The aggregate liability of the Contractor under this Contract shall not exceed twice the Contract Price, save in case of fraud, wilful default, death or personal injury, or breach of clauses 11 and 13.
H:15. TERMINATION
P:15.1 The Purchaser may terminate this Contract by written notice if the Contractor commits a material breach and fails to remedy it within twenty-one (21) days of notice, or if liquidated damages under clause 5.3 reach their maximum.
H:16. FORCE MAJEURE
P:16.1 Neither party shall be liable for delay caused by events beyond its reasonable control, including cyclones and port closures, provided it gives prompt notice and takes reasonable steps to mitigate.
H:17. GOVERNING LAW AND ARBITRATION
P:17.1 This Contract shall be governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be referred to the Zhoushan Arbitration Commission for arbitration in Zhoushan. The award shall be final and binding.
H:18. GENERAL
P:18.1 This Contract, with Schedule 1 (Price Schedule) and Schedule 2 (Technical Specification), is the entire agreement between the parties. It is signed in English and Chinese; both texts are equally authentic.
P:Signed for the Purchaser: ____________________    Signed for the Contractor: ____________________
"""

SOURCES = {"h70z01": H70Z01, "h70z02": H70Z02, "h70e01": H70E01, "h70e03": H70E03}
TARGETS = {"h70z01": ("h70z01_traffic_police_violation_platform_integration.docx", "docx"),
           "h70z02": ("h70z02_dye_works_online_colour_inspection_supply.pdf", "pdf"),
           "h70e01": ("h70e01_almond_optical_sorter_licence_moldovan_vendor.docx", "docx"),
           "h70e03": ("h70e03_tuna_cannery_retort_loggers_seychelles.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
