"""Builds the .docx and .pdf contracts of holdout48 from the markup sources below (../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are plain files and are
not built here. PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H48Z02 = """
T:清源市供水管网压力监测设备采购及维保合同
P:合同编号：QYGS-WZ-2025-036
P:甲方（买方）：清源市自来水有限公司
P:乙方（卖方）：合肥澜测智能科技有限公司
P:甲方为提升供水管网运行调度和漏损控制水平，通过公开招标方式采购管网压力监测设备及配套平台，乙方为中标人。双方根据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。
H:1. 合同标的
P:1.1 乙方向甲方供应管网压力监测终端、智能消火栓压力监测终端、远传电磁流量计、数据采集网关及服务器、监测平台软件，并负责安装调试、与甲方现有系统对接、培训及质保期内维护。
P:1.2 监测点位分布于甲方供水范围内的主干管、加压站出水口及老旧小区入口，点位清单见附件1。终端采用NB-IoT方式上报数据，采集间隔不大于1分钟，上报周期15分钟，压力越限时即时上报。
P:1.3 交货及安装期：合同签订后四十五日内全部设备到货，九十日内完成安装调试并进入试运行。
P:1.4 交货地点为甲方指定仓库（清源市滨河路水厂）。乙方负责运输、装卸及现场保管，设备在终验合格前的毁损、灭失风险由乙方承担。
P:1.5 乙方应为甲方调度中心及各管网所人员提供两期操作及维护培训，每期不少于两天，并提供中文操作手册、维护手册及点位竣工资料。
H:2. 合同价格
P:2.1 本合同总价为人民币叁佰壹拾伍万元整（¥3,150,000.00），含税，为固定总价。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|管网压力监测终端（含压力变送器，锂电池供电）|420套|3,260|1,369,200
TB:2|智能消火栓压力监测终端|160套|2,850|456,000
TB:3|插入式远传电磁流量计（DN200–DN600）|24台|18,600|446,400
TB:4|数据采集网关及服务器|1套|168,000|168,000
TB:5|管网压力监测平台软件许可（永久）|1套|286,000|286,000
TB:|设备及软件小计|||2,725,600
TB:6|安装调试（含开孔、取压、井室改造）|1项|318,000|318,000
TB:7|平台对接（SCADA、GIS、营收系统接口）|1项|94,400|94,400
TB:8|培训|1项|12,000|12,000
TB:|合计|||3,150,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、检测、培训、质保期内服务及全部税费。
P:2.3 开孔、取压需停水或降压作业的，乙方应提前五日书面报甲方调度中心批准，并按甲方要求安排在夜间施工，由此产生的费用已包含在安装调试费中。
H:3. 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经双方签收后，甲方支付合同总价的35%。到货签收不代表设备质量验收合格。
P:3.3 系统终验合格后，甲方支付合同总价的40%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:4. 验收
P:4.1 到货验收：双方按装箱单核对型号、数量、出厂合格证及检测报告。压力变送器应附有计量检定证书。
P:4.2 终验：系统连续试运行三十日后，由甲方组织终验。终验标准：（1）附件1所列点位全部安装到位，终端数据在平台正常显示；（2）压力测量误差不超过±0.5%FS，由甲方抽取不少于20个点位用标准压力表比对合格；（3）流量计经现场比对，误差符合投标技术参数；（4）与SCADA、GIS、营收系统接口联调通过，数据一致；（5）平台功能符合附件2要求；（6）试运行期间未发生一级故障。
P:4.3 设备安装、平台上线或甲方实际使用，均不视为终验合格。终验不合格的，乙方应在十五日内整改后重新申请验收。
H:5. 质保与维保
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换；平台软件免费升级、修复缺陷；终端电池电量不足的，乙方免费更换。
P:5.2 质保期内，乙方按下表提供故障响应服务：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台中断，或同时有超过八十个终端停止上报|30分钟|3小时|8小时
TB:二级|单个加压站或片区终端停止上报、数据异常|1小时|次日|2日
TB:三级|单台终端故障或一般咨询|2小时|3个工作日|5个工作日
P:5.3 乙方超过上表时限的，每超时1小时，向甲方支付违约金800元，甲方可从质量保证金中扣除。
P:5.4 质保期满后，乙方应按甲方要求继续提供维保服务，维保期三年。年度维保费按第2.1款设备及软件小计的17%计取，即每年人民币463,352元，维保期内不作调整。维保服务内容包括设备巡检、故障维修、电池更换、平台升级及现场技术支持，服务标准同第5.2款。维保合同按年签订，不自动续期。
P:5.5 质保期或维保期内发现同一型号终端存在批量性质量缺陷的，乙方应免费更换同批次全部终端，并承担相应的拆装费用。
H:6. 数据及网络安全
P:6.1 监测终端及平台采集、生成的压力、流量、位置及报警数据均归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得向第三方提供。
P:6.2 平台部署在甲方机房，终端通信采用加密传输。乙方远程维护须经甲方书面审批，通过甲方指定的堡垒机进行，操作全程留痕。乙方应遵守甲方网络安全管理制度及关键信息基础设施保护的有关规定，并在终验前完成平台安全加固，提交安全配置清单。
P:6.3 发生数据泄露、篡改或平台被入侵等安全事件的，乙方应立即处置并在2小时内报告甲方；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:7. 保密
P:7.1 乙方对知悉的甲方管网布局、加压站分布、供水调度信息及其他非公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至该信息依法公开时止。
H:8. 知识产权
P:8.1 平台软件的著作权归乙方，甲方获得永久使用许可。
P:8.2 乙方为本项目开发的接口程序、定制报表及其源代码归甲方所有，甲方有权自行修改或交由第三方维护。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:9.3 乙方在本合同项下承担的违约金及赔偿责任累计总额，以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:10. 分包
P:10.1 井室改造等土建施工可由乙方分包给具有相应资质的单位，但须事先取得甲方书面同意；乙方对分包部分承担全部责任。其他工作不得分包。
H:11. 合同解除
P:11.1 乙方逾期交货超过三十日，或终验两次不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.2 任何一方严重违约，且在收到对方书面通知后十五日内未予纠正的，守约方有权解除合同。
H:12. 适用法律及争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交清源仲裁委员会仲裁。
H:13. 其他
P:13.1 附件：1. 监测点位清单；2. 平台功能及技术参数表；3. 招标文件及投标文件。附件与本合同具有同等效力。
P:13.2 双方往来通知应以书面形式送达本合同载明的地址或项目负责人，双方项目负责人在合同签订后三日内书面指定。
P:13.3 本合同经双方签字盖章后生效，一式四份，双方各执二份。
P:甲方（盖章）：清源市自来水有限公司　　　　乙方（盖章）：合肥澜测智能科技有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
"""

H48Z04 = """
T:溪川县人民医院信息科桌面运维服务采购合同
P:合同编号：XCXRMYY-ZC-2025-021
P:采购人（甲方）：溪川县人民医院
P:供应商（乙方）：衢州易维信息技术服务有限公司
P:采购方式：竞争性磋商（采购编号：XCCG2025-0093）
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》，依据磋商文件、乙方响应文件及成交通知书，双方就甲方信息科桌面运维服务事宜订立本合同。
H:一、服务内容
P:（一）服务范围：甲方院本部及城东分院全部桌面终端的运行维护，包括台式计算机约1,180台、笔记本电脑60台、打印机及扫码枪等外设约520台、门诊自助机36台，以及终端操作系统、防病毒软件和HIS、EMR、LIS、PACS客户端的安装、配置与故障处理。
P:（二）驻场服务：乙方派驻工程师4名（其中组长1名）常驻甲方信息科，工作时间为每日7:30至18:00，节假日轮班；夜间安排1名工程师电话值守，需要时赶赴现场。
P:（三）其他服务：终端资产盘点及台账建立、季度巡检、病毒查杀与补丁管理、新购设备部署、科室搬迁配合及信息科交办的其他桌面类工作。
P:（四）服务期限：二十四个月，自服务启动验收合格之日起计算。
P:（五）人员要求：驻场工程师应具备两年以上医院桌面运维经验，组长应持有相关专业资格证书。乙方应为驻场人员依法缴纳社会保险；驻场人员应遵守甲方院内管理制度，统一着装并佩戴工作牌。
P:（六）乙方应每半年组织一次全院终端安全基线检查，对未安装防病毒软件、未及时更新补丁或违规外联的终端进行整改，并向甲方提交检查报告。
H:二、合同价款
P:（一）合同总价为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），包括：
P:1．驻场运维服务费：每月人民币肆万陆仟伍佰元，二十四个月共计1,116,000元；
P:2．备品备件包干费：84,000元，服务期内键盘、鼠标、内存、硬盘、电源等常用配件由乙方包干提供；
P:3．资产盘点及运维管理平台部署费：36,000元。
P:（二）合同价款为固定价，服务期内不作调整。
H:三、付款方式
P:（一）本合同不设预付款。
P:（二）驻场运维服务费及备品备件包干费按季度支付。每季度结束后，甲方按本合同第五条进行考核，考核结果确认后十五个工作日内支付该季度费用，即驻场运维服务费139,500元、备品备件包干费10,500元。
P:（三）资产盘点及运维管理平台部署费在服务启动验收合格后十五个工作日内支付。
P:（四）乙方应在每次付款前开具合法有效的发票。甲方付款以财政资金及医院资金拨付程序为准，乙方不得因付款流程中的合理延迟而降低服务标准或撤离驻场人员。
H:四、服务启动与验收
P:（一）乙方应在合同签订后十五日内完成驻场人员到岗、全院终端资产盘点及运维管理平台部署，并提交服务启动验收申请。
P:（二）服务启动验收标准：1．驻场人员数量、资质与响应文件一致；2．资产台账覆盖全部终端及外设，甲方随机抽查100台账实相符；3．运维管理平台的工单、资产、知识库模块上线，各科室可通过电话及平台报修；4．与原服务商完成交接，交接清单经甲方签字确认。
P:（三）乙方未按本条第（一）项期限完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:五、服务要求与考核
P:（一）故障分级及处理时限：
P:1．一级故障：门急诊挂号收费、药房发药窗口或手术室、急诊抢救室终端无法使用，影响诊疗业务。驻场工程师应在15分钟内响应并到达现场，1小时内恢复或提供替代设备。
P:2．二级故障：病区护士站、医生工作站等单台终端无法使用。乙方在30分钟内响应，2小时内解决。
P:3．三级故障：打印机、外设等一般故障及软件使用咨询。乙方在1小时内响应，当日解决。
P:（二）夜间发生一级故障的，值守工程师应在15分钟内电话响应，并在45分钟内到达现场。
P:（三）乙方每月向信息科提交运维报告，包括工单统计、故障分析、资产变动及巡检结果。
P:（四）乙方应在运维管理平台中建立知识库，对常见故障的处理方法及时归档，供甲方信息科查询使用。
P:（五）甲方每季度按考核细则对乙方进行考核，考核内容包括响应及时情况、故障解决情况、科室满意度和报告质量。考核结果作为甲方评价乙方服务及今后采购的参考，不与季度服务费挂钩。乙方未达到本条第（一）项时限的，甲方可要求乙方书面说明原因并限期整改，不扣减服务费，乙方亦不因此承担违约金。
H:六、数据安全
P:（一）甲方终端中存储和处理的患者诊疗信息、个人信息及医院运营数据均属于甲方。乙方人员仅可为完成运维工作接触上述数据，不得查看与运维无关的内容，不得复制、拍照、外传或用于其他任何目的。
P:（二）乙方人员使用甲方分配的实名账号操作，禁止使用个人移动存储介质；远程协助须经信息科同意并通过甲方运维审计系统进行。更换下的硬盘及存储部件一律交甲方保管，或在甲方监督下销毁。
P:（三）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及医疗卫生机构网络安全管理的有关规定。发生数据泄露或疑似泄露的，乙方应在1小时内报告甲方并配合处置；因乙方人员原因造成数据泄露的，乙方承担全部法律责任并赔偿甲方损失。
P:（四）服务期满或合同解除时，乙方应将掌握的全部系统账号、口令及配置文档交还甲方，删除其持有的甲方任何资料，并出具书面确认。
H:七、保密
P:乙方及其驻场人员对在服务过程中知悉的患者隐私、医院内部管理信息及网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与每名驻场人员签订保密协议并报甲方备案。本条义务在合同终止后继续有效。
H:八、成果归属
P:运维过程中形成的资产台账、运维报告、知识库条目及终端标准化镜像等成果归甲方所有。运维管理平台软件归乙方所有，乙方许可甲方在服务期内免费使用；服务期满后，平台内的全部数据应完整导出并交付甲方。
H:九、分包
P:乙方可将打印机维修、自助机硬件维修等专项工作分包给具有相应能力的第三方，但应提前五个工作日书面告知甲方分包单位名称及人员名单。驻场运维服务本身不得分包。乙方对分包单位的行为承担全部责任。
H:十、违约责任
P:（一）乙方驻场人员未经甲方同意擅自更换的，甲方有权要求乙方限期恢复原人员或派驻经甲方认可的同等资质人员。
P:（二）乙方违反本合同第六条、第七条约定的，应赔偿甲方全部损失，甲方有权解除合同。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十一、合同解除与终止
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因的数据泄露事件，或有其他严重违约行为且经甲方书面通知后十日内未改正的，甲方有权解除合同。
P:（二）服务期满，本合同自然终止。甲方如需继续采购，应依法重新组织采购。合同终止时，乙方应配合甲方完成与后续服务商的交接。
H:十二、争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十三、其他
P:（一）本合同未尽事宜，按磋商文件、响应文件及政府采购有关规定执行。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:（二）本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方签字盖章之日起生效。
P:甲方（盖章）：溪川县人民医院　　　　乙方（盖章）：衢州易维信息技术服务有限公司
P:日期：　　年　　月　　日　　　　　　日期：　　年　　月　　日
"""

H48E02 = """
T:CONTRACT AGREEMENT FOR SUPPLY, INSTALLATION AND COMMISSIONING OF RFID-BASED LADLE TRACKING SYSTEM
P:Contract No.: TMS/CN/HFSS/2025/07
P:This Contract Agreement is made on this ____ day of ________, 2025 at Tangshan
P:BETWEEN Tangshan Hengfeng Special Steel Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its registered office at No. 1 Gangcheng Road, Fengnan District, Tangshan, Hebei Province (hereinafter referred to as the "Purchaser") of the ONE PART;
P:AND Trackmetric Systems Private Limited, a company incorporated under the Companies Act, 2013 of India, having its registered office at Plot 17, Hinjewadi Phase II, Pune 411057, Maharashtra, India (hereinafter referred to as the "Contractor", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the OTHER PART.
P:WHEREAS the Purchaser invited offers for an RFID-based ladle tracking system for its steel melt shop and continuous casting shop, and the Contractor's techno-commercial offer No. TMS/OFF/2025/112 dated 18 March 2025 has been accepted by the Purchaser;
P:NOW THEREFORE the parties agree as follows:
H:1. DEFINITIONS
P:1.1 "Contract Price" means the total price stated in Clause 3.1.
P:1.2 "System" means the RFID tags, readers, edge servers, LadleTrack software and interfaces supplied under this Contract, installed and commissioned at the Purchaser's works at Tangshan.
P:1.3 "Site Acceptance Test" or "SAT" means the tests described in Clause 6.1.
P:1.4 "Final Acceptance" means the issue by the Purchaser of the Final Acceptance Certificate under Clause 6.3.
H:2. SCOPE OF SUPPLY AND SERVICES
P:2.1 The Contractor shall design, supply, install, test and commission the System covering 64 steel ladles, 3 converters, 2 LF stations, 1 RH degasser and 3 casters, and shall integrate it with the Purchaser's MES, crane management system and caster Level 2 systems.
P:2.2 The System shall show the real-time position, heat number, lining life and thermal status of every ladle in the operator screens and MES, and shall keep the full ladle history.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is CNY 2,410,000 (Chinese Yuan Two Million Four Hundred Ten Thousand only), inclusive of all taxes and duties, delivered at the Purchaser's works (DAP Tangshan), as per the price schedule below:
TB:Item|Description|Qty|Unit Price (CNY)|Amount (CNY)
TB:1|High-temperature RFID tag, ceramic-encapsulated, for ladle shell|128|2,350|300,800
TB:2|Fixed UHF reader with heat shield and air-purge housing|36|28,600|1,029,600
TB:3|Industrial edge server (redundant pair)|2|96,500|193,000
TB:4|LadleTrack software licence, perpetual, site-wide|1|540,000|540,000
TB:|Subtotal - Hardware and Licence|||2,063,400
TB:5|Installation, mounting and commissioning|1 lot|186,000|186,000
TB:6|Integration with MES, crane management system and caster Level 2|1 lot|128,600|128,600
TB:7|Training of operators and maintenance staff|1 lot|32,000|32,000
TB:|Total Contract Price|||2,410,000
P:3.2 The Contract Price is firm and fixed and not subject to any escalation till completion of the Contract.
H:4. TERMS OF PAYMENT
P:4.1 Forty percent (40%) of the Contract Price, i.e. CNY 964,000, as advance within fifteen (15) days of signing of this Contract, against submission of an Advance Bank Guarantee of equal value valid till completion of delivery.
P:4.2 Fifty percent (50%) of the Contract Price, i.e. CNY 1,205,000, pro-rata against delivery of equipment at site, on submission of invoice, packing list and delivery challan duly acknowledged by the Purchaser's stores. Receipt of equipment at site shall not constitute acceptance.
P:4.3 Balance ten percent (10%) of the Contract Price, i.e. CNY 241,000, on Final Acceptance of the System.
P:4.4 All payments shall be made by telegraphic transfer to the Contractor's bank account within thirty (30) days of receipt of the complete documents.
H:5. DELIVERY, COMPLETION AND PRICE REDUCTION FOR DELAY
P:5.1 The Contractor shall deliver all equipment at site within twelve (12) weeks, and complete installation and commissioning within twenty (20) weeks, from the date of receipt of the advance payment.
P:5.2 If the Contractor fails to complete delivery or commissioning within the time stipulated in Clause 5.1 for reasons attributable to it, the Contract Price shall be reduced by 0.25% (zero point two five percent) of the Contract Price for each completed week of delay, subject to a maximum of 5% (five percent) of the Contract Price. Such price reduction shall be the Purchaser's liquidated damages for delay.
P:5.3 Delay caused by the Purchaser, including late readiness of civil works or late access to the shop floor, shall extend the completion time correspondingly.
H:6. INSPECTION, TESTING AND ACCEPTANCE
P:6.1 Readers and tags may be inspected at the Contractor's works before dispatch. After installation, the Contractor shall carry out the Site Acceptance Test in the presence of the Purchaser's representatives. The SAT shall demonstrate that: (a) every ladle is correctly identified at every reader position in 200 consecutive passes without a missed or wrong read; (b) tags and readers operate within the ambient and radiant temperature limits stated in the offer; (c) ladle position, heat number and lining life are updated on the operator screens and in MES within 3 seconds of a ladle passing a reader; (d) fail-over between the redundant edge servers completes without loss of data; and (e) all interface test cases in Annex 3 are passed.
P:6.2 After successful SAT, the System shall undergo a trial operation of thirty (30) days in regular production, during which no Severity 1 incident attributable to the Contractor shall occur.
P:6.3 On successful completion of the trial operation and handing over of as-built drawings, manuals and source code of the interface programs, the Purchaser shall issue the Final Acceptance Certificate. Commissioning or use of the System in production before such certificate shall not be deemed acceptance.
H:7. WARRANTY
P:7.1 The Contractor warrants that the System shall be free from defects in design, material and workmanship and shall perform as specified for a period of eighteen (18) months from the date of Final Acceptance.
P:7.2 During the warranty period the Contractor shall repair or replace defective items free of cost, including freight, duties and site work, and shall provide software updates and support as per Clause 9.
H:8. ANNUAL MAINTENANCE CONTRACT AFTER WARRANTY
P:8.1 On expiry of the warranty, the Contractor shall, if required by the Purchaser, provide a comprehensive Annual Maintenance Contract (AMC) covering hardware repair and replacement, software updates and support as per Clause 9, for three (3) years.
P:8.2 The AMC charges shall be nine percent (9%) per annum of the Subtotal - Hardware and Licence in Clause 3.1, i.e. CNY 185,706 per year, payable quarterly in arrears. These charges are firm for the three years and shall not be revised.
H:9. SUPPORT AND SERVICE LEVELS
P:9.1 During the warranty and the AMC, the Contractor shall provide remote support through a secure channel approved by the Purchaser and on-site support through its authorised service partner in Tianjin. Incidents shall be handled as per the table below:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|Tracking unavailable for a whole shop or caster, or ladle positions not updated in MES|1 hour (remote), engineer at site within 12 hours if required|8 hours
TB:Severity 2|One reader or one bay not reporting; ladle history delayed|2 hours|2 working days
TB:Severity 3|Minor faults, cosmetic defects and queries|Next working day|Next software release
P:9.2 For each hour by which the restoration of a Severity 1 incident exceeds the target, the Contractor shall pay CNY 1,000 to the Purchaser during warranty, or allow a credit of the same amount against the AMC charges during the AMC.
H:10. PURCHASER DATA AND CYBER SECURITY
P:10.1 All data generated or processed by the System, including ladle positions, heat numbers, temperatures, lining data and production schedules, is the property of the Purchaser. The Contractor shall use such data only for the performance of this Contract and shall not disclose it to any third party or use it for any other purpose.
P:10.2 The System shall run on the Purchaser's plant network. Remote access by the Contractor shall be made only through the Purchaser's jump server, with approval for each session, and no data shall be copied outside the Purchaser's premises. The Contractor shall comply with the PRC Cybersecurity Law, Data Security Law and the Purchaser's industrial control system security rules.
P:10.3 The Contractor shall notify the Purchaser of any security incident or suspected unauthorised access within twelve (12) hours, shall assist in its investigation and containment, and shall indemnify the Purchaser against all losses arising from any incident caused by the Contractor or its service partner.
H:11. CONFIDENTIALITY
P:11.1 The Contractor shall treat as confidential all drawings, process data and information of the Purchaser received under this Contract and shall not disclose them to any third party without the prior written consent of the Purchaser. This obligation shall survive for five (5) years after completion of the AMC.
H:12. INTELLECTUAL PROPERTY
P:12.1 The LadleTrack software remains the property of the Contractor, and the Purchaser is granted a perpetual, non-exclusive, site-wide licence to use it.
P:12.2 The interface programs, adapters, screens and reports developed specifically for the Purchaser under this Contract, together with their source code, shall be the property of the Purchaser, which may use, modify and license them freely.
H:13. SUBCONTRACTING
P:13.1 The Purchaser approves, by signing this Contract, M/s Tianjin Gaoxin Industrial Automation Co., Ltd. as the Contractor's installation and service partner. The Contractor shall not subcontract any other part of the work without the prior written consent of the Purchaser, and remains fully responsible for the work of its partner.
H:14. LIABILITY
P:14.1 Neither party shall be liable to the other for any indirect or consequential loss, loss of production or loss of profit, except in case of wilful misconduct or gross negligence.
H:15. TERMINATION FOR DEFAULT
P:15.1 The Purchaser may terminate this Contract in whole or in part by written notice if the Contractor fails to perform any of its material obligations and does not remedy the failure within thirty (30) days of a notice from the Purchaser, or if the maximum price reduction under Clause 5.2 has been reached. In such event the Purchaser may invoke the bank guarantee and recover the excess cost of completing the work through another agency.
H:16. FORCE MAJEURE
P:16.1 Neither party shall be responsible for delay or failure caused by force majeure events such as war, epidemic, earthquake, flood or government action, provided that the affected party informs the other within seven (7) days of the occurrence.
H:17. GOVERNING LAW AND ARBITRATION
P:17.1 This Contract shall be governed by and construed in accordance with the laws of the People's Republic of China.
P:17.2 All disputes arising out of or in connection with this Contract which cannot be settled amicably shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The language of arbitration shall be English.
H:18. MISCELLANEOUS
P:18.1 Annexes: Annex 1 - Technical Specifications; Annex 2 - Interface and Battery Limits; Annex 3 - SAT Procedure.
P:18.2 This Contract is executed in two (2) originals in English, one for each party.
P:IN WITNESS WHEREOF the parties have signed this Contract through their authorised representatives on the date first written above.
P:For the Purchaser: ______________________    For the Contractor: ______________________
"""

H48E04 = """
T:Agreement on Delivery of Building Management Software and Implementation
P:Agreement no. NV-2025-0188-CN
P:between Harmony Hall Performing Arts Management Co., Ltd., 1288 Yan'an Road West, Changning District, Shanghai, People's Republic of China (the "Customer")
P:and Nordvind Building Intelligence A/S, CVR no. 38 21 46 97, Skovvejen 14, 8000 Aarhus C, Denmark (the "Supplier")
H:Article 1 Background and Purpose
P:1.1 The Customer operates six concert halls in Shanghai, Hangzhou, Suzhou, Nanjing, Wuxi and Ningbo (the "Venues"). The Customer wishes to replace the existing, separate building management systems of the Venues with one central system that controls and monitors heating, ventilation and air conditioning, lighting, acoustic doors and energy metering, and adapts the climate of each auditorium to the audience actually present.
P:1.2 The Supplier delivers the software product Nordvind BMS Core and the implementation services described in this Agreement and its Appendices.
H:Article 2 Definitions
P:2.1 "Contract Sum": the total price stated in Article 5.1.
P:2.2 "Delivery Test": the test of a Venue described in Article 6.2.
P:2.3 "Operational Test": the test period described in Article 6.3.
P:2.4 "Final Acceptance": the Customer's written approval under Article 6.4.
P:2.5 "Customer Data": all data registered, generated or stored in the system, including trend logs, alarm logs, energy readings and occupancy data imported from the Customer's ticketing system.
H:Article 3 The Delivery
P:3.1 The delivery consists of: (a) a perpetual licence to Nordvind BMS Core for the six Venues; (b) engineering, including point mapping of approx. 14,000 data points, graphics and control strategies; (c) integration with the existing controllers via BACnet/IP and Modbus and with the Customer's ticketing system; (d) training and documentation, as further described in Appendix 1 (Requirements Specification) and Appendix 2 (Supplier's Solution).
P:3.2 The system is installed on the Customer's servers in the Customer's data centre in Shanghai. The Customer provides servers, operating system and network according to the Supplier's specification in Appendix 2.
H:Article 4 Time Schedule and Delay
P:4.1 The Supplier shall carry out the delivery according to the time schedule in Appendix 3. Final Acceptance of all Venues shall be obtained no later than 240 calendar days after signature of the Agreement.
P:4.2 If a milestone in Appendix 3 marked as subject to liquidated damages is delayed for reasons for which the Supplier is responsible, the Supplier shall pay liquidated damages of 0.1 % of the Contract Sum per calendar day of delay. The total liquidated damages are limited to 10 % of the Contract Sum.
P:4.3 If the liquidated damages reach the maximum, the Customer may terminate the Agreement in accordance with Article 14.
H:Article 5 Contract Sum and Payment
P:5.1 The Contract Sum is CNY 2,185,000 including VAT, composed as follows: software licence, perpetual, six Venues at CNY 215,000 each, CNY 1,290,000; implementation and engineering, fixed price, CNY 640,000; integration with controllers and ticketing system, fixed price, CNY 210,000; training and documentation, CNY 45,000.
P:5.2 Payment is made as follows: 10 % of the Contract Sum (CNY 218,500) on signature of the Agreement; 55 % (CNY 1,201,750) when the Delivery Test has been passed for all six Venues; 35 % (CNY 764,750) at Final Acceptance.
P:5.3 Invoices are payable within 30 days of receipt. The prices are fixed and not subject to currency or index adjustment.
H:Article 6 Testing and Acceptance
P:6.1 The Supplier shall prepare test specifications for each Venue, which the Customer shall approve no later than 15 working days before the test.
P:6.2 The Delivery Test for each Venue shall demonstrate that: all data points are mapped and show correct values compared with on-site measurements; all control strategies in Appendix 1 work, including occupancy-based ventilation of the auditorium and pre-conditioning before performances; alarms reach the central control room within 5 seconds; and the integrations with controllers and the ticketing system pass the agreed test cases.
P:6.3 When the Delivery Test has been passed for all Venues, an Operational Test of 30 consecutive days starts, during which the system shall run without any Category A error and with no more than three Category B errors in total.
P:6.4 The Customer shall grant Final Acceptance in writing when the Operational Test has been passed and the documentation has been delivered. Neither installation, putting the system into operation nor payment shall be regarded as acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the delivery meets the requirements of the Agreement for 24 months from Final Acceptance. During this period the Supplier shall remedy defects free of charge and deliver new versions of Nordvind BMS Core without additional payment.
P:7.2 During the warranty period the service levels in Article 8.3 apply.
H:Article 8 Software Assurance and Support
P:8.1 After the warranty period, the Customer may order Software Assurance, which includes new versions, error correction and support according to Article 8.3.
P:8.2 The annual fee for Software Assurance is 11 % of the licence fee in Article 5.1, i.e. CNY 141,900 per year, invoiced annually in arrears. The fee is fixed for the first three years after the warranty period. Any later adjustment requires a written agreement between the parties. Software Assurance does not renew automatically; it is ordered for one year at a time.
P:8.3 Errors are classified and handled as follows. Category A (critical): the central system is down, or control of HVAC or acoustic doors is lost in a Venue; response within one (1) hour at any time, and a workaround within eight hours. Category B (serious): a function of importance for the operation of a Venue does not work; response within two (2) hours on working days. Category C (minor): other errors; response on the next working day.
P:8.4 If the Supplier exceeds the response time for a Category A error, the Customer is entitled to a credit of CNY 7,000 per case, set off against the next invoice for Software Assurance or, during the warranty period, paid to the Customer.
H:Article 9 Customer Data and Information Security
P:9.1 The Customer Data belongs to the Customer. The Supplier may only process Customer Data to perform the Agreement and shall not use it for benchmarking, product development or any other purpose.
P:9.2 The Supplier's support organisation is certified to ISO/IEC 27001. Remote access to the system is only given through the Customer's VPN with multi-factor authentication and requires the Customer's approval for each session. All sessions are logged. The Supplier shall not copy Customer Data to its own systems.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law as far as they apply to its work. The Supplier shall notify the Customer of any security incident within 12 hours, assist in limiting its consequences and compensate the Customer for any loss caused by the Supplier's breach of this Article.
H:Article 10 Confidentiality
P:10.1 The parties shall keep confidential all information about the other party's business which they receive under the Agreement, including drawings, security arrangements of the Venues and commercial terms. The obligation continues after the Agreement has ended.
H:Article 11 Intellectual Property Rights
P:11.1 The Supplier retains all rights to Nordvind BMS Core and the Supplier's standard tools.
P:11.2 Graphics, point lists, control strategies, integration scripts and documentation prepared specifically for the Customer become the property of the Customer, who may use, modify and hand them over to a third party for maintenance or further development without restriction.
H:Article 12 Subcontractors
P:12.1 The Customer approves Shanghai Huitong Electromechanical Engineering Co., Ltd. as the Supplier's local installation subcontractor. Other subcontractors may only be used with the Customer's prior written consent. The Supplier is responsible for its subcontractors as for itself.
H:Article 13 Liability
P:13.1 The parties are liable in accordance with the general rules of the governing law, subject to the following limitations. Neither party is liable for operating losses, loss of profit or other indirect losses.
P:13.2 The Supplier's total liability under the Agreement is limited to an amount equal to 125 % of the Contract Sum. The limitation does not apply to wilful misconduct, gross negligence or breach of Article 9.
H:Article 14 Termination
P:14.1 Either party may terminate the Agreement in whole or in part in the event of material breach by the other party, if the breach has not been remedied within 30 days after written notice. The Customer may also terminate if the maximum liquidated damages under Article 4.2 have been reached.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to fulfil its obligations due to circumstances beyond its control which it could not have foreseen at the time of signing, provided that the other party is notified without undue delay.
H:Article 16 Governing Law and Disputes
P:16.1 The Agreement is governed by Danish law, excluding its rules on choice of law and the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or in connection with the Agreement shall be settled by arbitration administered by the Danish Institute of Arbitration in accordance with its rules. The arbitral tribunal shall have its seat in Copenhagen, and the language of the proceedings shall be English.
H:Article 17 Final Provisions
P:17.1 Appendices: 1 Requirements Specification; 2 Supplier's Solution; 3 Time Schedule; 4 Test Specifications. In case of conflict, this Agreement takes precedence over the Appendices.
P:17.2 The Agreement is signed in two copies, one for each party.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h48z02": H48Z02, "h48z04": H48Z04, "h48e02": H48E02, "h48e04": H48E04}
TARGETS = {"h48z02": ("h48z02_water_supply_pipe_pressure_monitoring_maintenance.docx", "docx"),
           "h48z04": ("h48z04_county_hospital_desktop_om_service.pdf", "pdf"),
           "h48e02": ("h48e02_steelworks_ladle_rfid_tracking_in_vendor.docx", "docx"),
           "h48e04": ("h48e04_concert_hall_bms_licence_implementation_dk_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
