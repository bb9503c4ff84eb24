"""Builds the .docx and .pdf files of holdout115 from the markup below (T: title, H: heading, P: paragraph,
TB: table row with cells split by |), with ../word_pdf.py. Run with /work/main/.venv/bin/python from anywhere.
The .txt and .md contracts of this folder are written directly and are not built here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H115Z02 = """
T:口罩生产线在线视觉检测系统采购合同
P:合同编号：HJ-CG-2026-0093
P:甲方（买方）：仙桃市恒洁防护用品有限公司
P:乙方（卖方）：苏州睿视智能装备有限公司
P:甲方为提升平面口罩生产线的出厂质量，决定在二号车间24条口罩机生产线上加装在线视觉检测系统。双方依据《中华人民共和国民法典》，经友好协商，就该系统的供货、安装调试及售后维护订立本合同，共同遵守。
H:1. 定义
P:1.1 “系统”：指本合同第2条所列的视觉检测工位、剔除执行机构、视觉检测软件及中央质量看板，以及为其正常运行所需的线缆、支架和配件。
P:1.2 “缺陷模型”：指乙方使用甲方提供的产品样片及生产现场图像，针对甲方口罩型号训练形成的检测模型、判定参数和样本标注库。
P:1.3 “终验”：指系统按第4条完成连续在线试运行并经甲方签署终验报告。
P:1.4 “一级故障”：指因系统原因导致生产线必须停机，或只能依靠人工全检维持生产的故障。
H:2. 合同标的与价格
P:2.1 乙方按下表向甲方供货，并负责安装调试、缺陷模型训练和人员培训：
TB:序号|名称|规格及配置|数量|单价（元）|金额（元）
TB:1|视觉检测工位|500万像素工业相机3台、条形光源、工控机|24套|38,500|924,000
TB:2|剔除执行机构|气动剔除阀及输送导板|24套|6,200|148,800
TB:3|视觉检测软件许可|单线永久许可|24套|9,800|235,200
TB:4|中央质量看板服务器|含看板软件及显示大屏|1套|86,000|86,000
TB:|软硬件小计||||1,394,000
TB:5|安装调试及缺陷模型训练||1项|124,000|124,000
TB:6|操作及维护培训||1项|18,000|18,000
TB:|合同总价||||1,536,000
P:2.2 合同总价为人民币壹佰伍拾叁万陆仟元整（¥1,536,000），含13%增值税、包装、运输、保险、安装及乙方人员差旅费用。除本合同另有约定外，甲方无须另行支付其他费用。
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%，即¥153,600，作为预付款。
P:3.2 全部设备到货并完成24条线的安装调试、乙方提交调试报告后15个工作日内，甲方支付合同总价的55%，即¥844,800。本期付款不代表甲方对系统质量的认可。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即¥537,600。
P:3.4 乙方应在每期收款前开具等额增值税专用发票。
H:4. 交付、安装与验收
P:4.1 乙方应于合同签订后40日内将全部设备送至甲方仙桃厂区二号车间，并在到货后20日内完成安装调试。安装调试应利用甲方安排的换型停机时段进行，每条线每次停机不超过6小时。
P:4.2 设备到货时双方按装箱单清点数量、型号和外观并签署到货单。到货单仅作为数量交接凭证。
P:4.3 安装调试完成后，系统进入连续72小时在线试运行。终验标准为：（1）每条线在不低于每分钟120片的额定速度下检测，不造成降速；（2）对耳带断裂、鼻梁条缺失、熔喷层错位、污渍、尺寸偏差五类缺陷，使用甲方提供的缺陷样片每类200片进行盲测，每类漏检不超过2片；（3）合格品被误剔的数量每一万片不超过20片；（4）检测结果实时上传中央看板，剔除记录与计数器数据一致。
P:4.4 全部标准达到后，甲方签署终验报告。任一项未达到的，乙方应在10日内整改后重新测试。到货签收、调试报告或投入生产使用均不视为终验合格。
P:4.5 乙方应随设备提供安装图纸、电气原理图、操作手册、维护手册、软件安装介质及备品备件清单，资料不全的，甲方可拒绝签署终验报告。
H:5. 质量保证与售后维护
P:5.1 系统质保期为二十四个月，自终验合格之日起计算。质保期内，因系统本身原因出现的故障，乙方免费维修或更换部件，并免费提供软件升级和缺陷模型优化。
P:5.2 故障分级与响应时限如下表：
TB:故障等级|故障描述|响应时限|到场时限|修复时限
TB:一级|生产线须停机或只能人工全检|1小时内|8小时内|到场后6小时内
TB:二级|单类缺陷检出能力下降、看板数据中断|2小时内|次日|48小时内
TB:三级|界面、报表及其他一般问题|8小时内|按需安排|5个工作日内
P:5.3 乙方未按上表时限响应、到场或修复的，每超时1小时向甲方支付¥500，甲方可从应付款项或后续维保费中直接扣除。
P:5.4 质保期内，乙方应在甲方厂区存放工业相机、光源、剔除阀等常用备件各不少于2套，备件清单由双方确认；备件动用后乙方应在7日内补齐。
P:5.5 质保期满后，乙方提供年度维保服务，内容包括远程技术支持、每季度一次现场巡检、易损件更换、软件升级和缺陷模型的年度复训。年度维保费按软硬件小计的17%计收，即每年¥236,980，首三个维保年度价格不变。维保合同每年由双方签订，不自动续期。
H:6. 知识产权
P:6.1 视觉检测软件及其算法框架的著作权归乙方所有，乙方授予甲方在本厂区内永久使用该软件的权利。
P:6.2 缺陷模型、针对甲方产品定制的看板报表及相关文档归甲方所有。甲方有权自行修改、使用，或交由第三方维护，乙方应在终验时移交模型文件和训练说明。
H:7. 数据安全
P:7.1 生产图像、检测记录和产量数据均属于甲方，乙方不得将其拷贝出甲方厂区，也不得用于训练其他客户的检测模型。
P:7.2 系统部署于甲方生产内网，并与办公网络隔离。乙方远程维护须经甲方逐次审批，通过甲方分配的VPN账号进行并留存操作记录；乙方应及时修补工控机的安全漏洞，不得私自接入移动存储介质。
P:7.3 因乙方原因导致数据泄露、丢失或生产网络感染病毒的，乙方应在发现后2小时内通知甲方，负责清除和恢复，并赔偿甲方由此遭受的全部损失。
H:8. 保密
P:8.1 乙方对在履行本合同过程中获知的甲方工艺参数、产能、客户订单、产品样片及其他商业信息负有保密义务，不得向任何第三方披露。
P:8.2 保密义务不因本合同终止而解除，有效期至合同终止后三年。乙方应要求其参与本项目的员工和经甲方同意的分包方遵守本条约定。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的0.2%向甲方支付违约金；违约金累计不超过合同总价的10%。
P:9.2 系统经两次整改仍未达到终验标准的，甲方有权退货，乙方应退还已收款项并承担拆除费用。
P:9.3 甲方逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
H:10. 分包
P:10.1 乙方不得将本合同项下的供货义务转包。设备安装中的辅助工作确需分包的，须事先取得甲方书面同意，且乙方对分包方的行为承担全部责任。
H:11. 合同解除
P:11.1 乙方逾期超过40日，或有其他根本违约行为并在甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同。
P:11.2 合同解除后，乙方应在10日内退还甲方已付而未对应合格交付的款项。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同发生的争议，双方应友好协商；协商不成的，提交武汉仲裁委员会仲裁，仲裁裁决为终局裁决。
H:13. 其他
P:13.1 本合同自双方签字盖章之日起生效，一式肆份，双方各执贰份。
P:13.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:13.3 附件：技术规格书、缺陷样片清单、维保服务内容说明。
P:甲方（盖章）：仙桃市恒洁防护用品有限公司　　乙方（盖章）：苏州睿视智能装备有限公司
P:日期：2026年　月　日　　　　　　　　　　　　日期：2026年　月　日
"""

H115Z04 = """
T:洛川县融媒体中心融媒体平台年度运维服务合同
P:合同编号：LCRM-FW-2026-008
P:采购项目编号：LCZC-2026-CS-019（竞争性磋商）
P:甲方（采购人）：洛川县融媒体中心
P:乙方（成交供应商）：西安云策信息技术有限公司
P:根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就洛川县融媒体平台年度运维服务事项，经协商一致，订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。
H:一、服务范围与服务期
P:（一）运维对象：甲方融媒体平台，包括策划指挥调度系统、全媒体采编发系统、“洛川融媒”客户端、门户网站、微信公众号后台对接、直播系统，以及平台所在机房的服务器、存储、网络和安全设备。
P:（二）服务内容：日常巡检与监控、故障处置、系统补丁与版本升级、数据备份与恢复演练、安全加固与漏洞整改、重大宣传活动和重要直播的现场保障、运维报告编制。
P:（三）服务期为一年，自2026年7月1日起至2027年6月30日止。服务期满本合同自动终止，甲方如需继续采购，应重新履行政府采购程序。
P:（四）本合同所称“运维对象”以附件《运维对象清单》为准；服务期内甲方新增设备或系统的，乙方应一并纳入运维范围，新增工作量较大的，双方另行协商。
P:（五）乙方应派驻2名运维工程师在甲方现场工作，工作时间与甲方作息一致；逢重大活动、重要直播时，乙方应按甲方要求增派人员。驻场人员须具备相应的网络和系统运维经验，更换人员应提前10日征得甲方同意。
P:（六）乙方应于每月5日前提交上月运维报告，内容包括系统运行情况、故障及处置记录、巡检发现的问题、安全漏洞整改进度和下月工作计划；每季度提交一次平台容量与性能分析报告，提出扩容或优化建议。
H:二、合同价款与支付
P:（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：驻场运维服务费¥312,000，平台软件维护及升级费¥98,000，安全巡检与应急保障费¥52,000，重大活动保障费¥24,000。合同总价包含乙方人员工资、社保、差旅、运维工具及完成本合同服务所需的全部费用，服务期内不作调整。
P:（二）服务费按季度支付。每季度结束后，甲方依据第四条进行季度考核，考核合格后15个工作日内支付当季服务费¥121,500。考核扣款在当季服务费中直接扣减。
P:（三）本合同不设预付款。乙方应在每次收款前开具合法有效的发票。
H:三、服务水平
P:（一）故障分级：一级故障指客户端、门户网站无法访问，直播中断，或采编发系统无法发布稿件；二级故障指部分功能异常但不影响稿件发布；三级故障指其他一般问题。
P:（二）一级故障：乙方应在接到报障后5小时内响应并开始处置，处置完成后提交故障报告；二级故障：乙方应在8小时内响应，2个工作日内解决；三级故障：3个工作日内解决。
P:（三）乙方每月对平台进行一次全面巡检，每季度进行一次数据恢复演练，每半年进行一次漏洞扫描并完成整改。
P:（四）重大宣传活动、重要会议直播及汛期、节假日等重点时段，乙方应在活动前3日完成专项检查，制定保障方案并报甲方确认，活动期间安排专人现场值守，活动结束后提交保障总结。
P:（五）乙方未在约定时限内响应或解决故障的，每超时1小时，甲方从当季服务费中扣减¥600；因乙方原因造成直播事故或错误稿件对外发布的，每次扣减¥3,000。
H:四、考核与验收
P:（一）甲方按附件《运维服务考核表》每季度对乙方进行考核，考核内容包括故障处置时效、巡检完成率、备份及演练记录、安全整改情况和驻场人员出勤。考核得分85分及以上为合格。
P:（二）考核不合格的，甲方扣减当季服务费的5%，乙方应在15日内提交整改报告；连续两个季度考核不合格的，甲方可解除合同。
P:（三）服务期满前15日内，甲方组织年度服务验收，依据四个季度考核结果、运维文档和数据交接情况出具验收意见。验收发现运维资料缺失、备份无法恢复或安全整改未完成的，乙方应在10日内补正，补正完成前甲方可暂缓支付最后一个季度的服务费。
H:五、知识产权与运维资料
P:（一）乙方在服务过程中形成的运维手册、巡检记录、配置文档、应急预案及编写的运维脚本，其所有权归甲方。
P:（二）服务期满或合同解除时，乙方应将全部运维资料、账号口令和配置清单移交甲方，并配合甲方完成与新服务商的交接，交接期不少于10日。
H:六、数据安全
P:（一）平台中的稿件、音视频素材、用户注册信息和日志均属于甲方所有，乙方仅可为履行运维职责使用，不得复制、留存或向任何第三方提供。
P:（二）乙方应遵守网络安全等级保护制度，所有运维操作均通过甲方堡垒机进行，不得开设后门账号；远程运维须事先取得甲方同意并全程记录。
P:（三）乙方应每日对采编发系统数据库和素材库进行增量备份，每周进行全量备份，备份数据保存在甲方指定的存储设备上，保存期限不少于90日。
P:（四）发生网络攻击、页面篡改、数据泄露等安全事件时，乙方应立即采取处置措施，并在2小时内向甲方报告。因乙方原因造成安全事件的，乙方承担全部责任，包括甲方因此受到的处罚和损失。
H:七、保密
P:乙方及其驻场人员对在服务过程中知悉的未公开稿件、宣传计划、平台账号口令和网络结构负有保密义务，不得泄露。保密义务在合同终止后继续有效。乙方应与驻场人员签订保密协议并报甲方备案。未经甲方审核，乙方不得以任何形式对外发布与平台相关的信息，也不得在宣传材料中使用甲方的稿件或截图。
H:八、分包
P:乙方可将机房空调、UPS等基础设施的巡检工作委托具备相应资质的第三方实施，但应提前5个工作日书面告知甲方。乙方对受托第三方的工作质量承担责任。
H:九、违约责任
P:（一）乙方应于2026年7月1日前完成与原服务商的交接并开始驻场服务。乙方未按约定日期完成服务交接并开始驻场服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任，以本合同年度服务费总额的50%为限。
P:（三）甲方无正当理由逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、甲方义务
P:（一）甲方为驻场人员提供必要的办公场地、网络接入和工作所需的系统权限，并指定专人负责对接。
P:（二）甲方应及时审核乙方提交的运维报告和保障方案，对平台的重大变更应提前告知乙方，以便乙方评估对运行的影响。
H:十一、合同解除
P:乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，或连续两个季度考核不合格的，甲方可书面通知解除本合同，并按实际服务期间结算费用。
H:十二、不可抗力
P:因地震、洪水、大面积停电、通信运营商网络中断等不可抗力造成服务中断的，受影响一方应及时通知对方，双方共同采取措施减少损失，不可抗力期间的故障处置时限相应顺延。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向洛川县人民法院提起诉讼。
H:十四、其他
P:（一）本合同自双方签字盖章之日起生效，一式伍份，甲方叁份，乙方贰份。
P:（二）双方的通知以书面形式送达本合同载明的地址，紧急故障可先以电话通知，事后补发书面记录。
P:（三）附件：运维服务考核表、驻场人员名单、运维对象清单。
P:甲方（盖章）：洛川县融媒体中心　　　　　乙方（盖章）：西安云策信息技术有限公司
P:日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

H115E01 = """
T:LICENCE, CONFIGURATION AND SUPPORT AGREEMENT - RACCOLTO SOFTWARE
P:Agreement no. EGA/2026/031
P:BETWEEN
P:Egadi Agritech S.r.l., with registered office in Favignana (TP), Via Giuseppe Garibaldi 41, 91023, Italy, VAT no. IT02718490811, registered with the Companies Register of Trapani, REA no. TP-193402, in the person of its legal representative pro tempore, Mr. Salvatore Ernandes (hereinafter the "Supplier"),
P:AND
P:Ningbo Yuyao Cuiling Bayberry Agriculture Co., Ltd., with registered office in Yuyao, Zhejiang Province, People's Republic of China, in the person of its legal representative, Mr. Chen Jianguo (hereinafter the "Customer"),
P:each a "Party" and together the "Parties".
H:PREMISES
P:a) the Customer grows Chinese bayberry (yangmei) in orchards around Yuyao and must trace every basket of fresh fruit from plot and picker to cold store and buyer within the short harvest season;
P:b) the Supplier has developed "Raccolto", a harvest-tracking software used by growers of citrus, grapes and capers in Sicily, with offline capture on handheld devices and lot traceability;
P:c) the Customer has examined a demonstration and the Supplier's technical offer no. 2025/118, and wishes to obtain a licence of the software together with its configuration and support;
P:d) at the Customer's request, all prices are expressed and paid in Chinese Yuan (CNY).
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 - Premises and Annexes
P:1.1 The premises and the annexes form an integral and substantial part of this Agreement.
P:1.2 Annexes: Annex A - Functional description; Annex B - Price schedule; Annex C - Test protocol; Annex D - Support terms. In case of conflict, the text of the articles prevails over the annexes.
H:Art. 2 - Definitions
P:2.1 "Software": the Raccolto application in its current version, comprising the server module, the web console and the mobile application for handheld devices.
P:2.2 "Customisations": the orchard and plot maps, the custom harvest and traceability reports, the label layouts and the data import scripts prepared by the Supplier for the Customer.
P:2.3 "Go-Live": the start of productive use of the Software for the Customer's harvest.
P:2.4 "Final Acceptance": the positive outcome of the testing under Art. 6, recorded in the Final Acceptance Report signed by both Parties.
P:2.5 "Severity 1 Fault": a fault that stops the capture of harvest lots on the handheld devices or the synchronisation with the server, or that corrupts lot data.
H:Art. 3 - Object
P:3.1 The Supplier grants the Customer a perpetual, non-exclusive licence to use the Software for up to sixty named users and all orchards operated by the Customer, installs the Software on the Customer's server in Yuyao, prepares the Customisations, imports the Customer's plot and picker records and trains the Customer's staff.
P:3.2 After the warranty period the Supplier provides support services under Art. 9.
H:Art. 4 - Price
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 396,000 (three hundred ninety-six thousand Chinese Yuan), made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence of the Software (the "Licence Fee")|286,000
TB:2|Configuration, orchard mapping and data import|94,000
TB:3|Training at the Customer's premises (four days)|16,000
TB:|Contract Price|396,000
P:4.2 The Contract Price is fixed and includes travel and accommodation of the Supplier's personnel.
H:Art. 5 - Payment terms
P:5.1 The Contract Price shall be paid as follows: (a) 20% (CNY 79,200) as a down payment within fifteen days of signature; (b) 45% (CNY 178,200) within thirty days of the installation report confirming that the Software is installed and the data imported; (c) 35% (CNY 138,600) within thirty days of the Final Acceptance Report.
P:5.2 Payments are made by bank transfer to the account indicated by the Supplier on its invoices. Bank charges of the Customer's bank are borne by the Customer, those of the Supplier's bank by the Supplier.
H:Art. 6 - Installation and testing
P:6.1 The Supplier shall complete installation, Customisations, data import and training by 20 May 2026, so that the Software is ready for Go-Live before the harvest begins.
P:6.2 The testing (collaudo) shall be carried out according to the protocol in Annex C during the first fifteen working days of harvest. The testing is passed when: (a) at least 500 real harvest lots are recorded on the handheld devices, including in areas without mobile signal, and synchronised to the server without loss; (b) for every lot the traceability report shows plot, picker, time of picking, weight and cold store; (c) the daily yield per plot in the Software matches the weighbridge records; and (d) no Severity 1 Fault remains open at the end of the period.
P:6.3 If the testing is not passed, the Supplier shall remedy the defects at its own cost and the testing shall be repeated. Installation, Go-Live or productive use of the Software do not constitute Final Acceptance.
H:Art. 7 - Penalties for delay
P:7.1 For each calendar day of delay in the readiness date under Art. 6.1 attributable to the Supplier, the Supplier shall pay a penalty of 0.1% of the Contract Price, up to a maximum of 10% of the Contract Price.
P:7.2 The Customer may deduct the penalties from the amounts due under Art. 5.
H:Art. 8 - Warranty
P:8.1 The Supplier warrants that the Software and the Customisations conform to Annex A and are free from defects for six (6) months from the date of the Final Acceptance Report.
P:8.2 During the warranty period the Supplier corrects defects and provides updates free of charge, within the service levels of Art. 10.
H:Art. 9 - Support after warranty
P:9.1 On expiry of the warranty the Supplier provides support (remote assistance, corrections, updates and one seasonal health check before each harvest) against an annual fee equal to 11% of the Licence Fee, i.e. CNY 31,460 per year, which remains fixed for the first three support years. Thereafter any change of the fee requires a written agreement of the Parties and may not exceed 3% per year.
P:9.2 The support renews tacitly from year to year at the same fee, unless either Party gives written notice of non-renewal at least sixty days before the end of the current support year.
H:Art. 10 - Service levels
P:10.1 During the warranty period and the support period, the Supplier shall respond to a Severity 1 Fault within two (2) hours of the Customer's report, at any hour during the harvest season (1 June to 31 July) and within business hours of China Standard Time in the rest of the year, and shall provide a workaround within one business day. Other faults are answered within two business days.
P:10.2 For each full hour of delay in responding to a Severity 1 Fault, the Supplier shall grant a credit of CNY 300, deducted from the next support fee or, during the warranty, paid to the Customer.
H:Art. 11 - Intellectual property
P:11.1 The Software remains the exclusive property of the Supplier.
P:11.2 The Customisations become the property of the Customer upon payment of the relevant amounts. The Customer may use, modify and license them to third parties without restriction, and the Supplier shall deliver them in editable form.
H:Art. 12 - Customer data and security
P:12.1 All data recorded in the Software, including harvest, plot, sales and picker data, belong to the Customer. The Supplier shall process them only to perform this Agreement.
P:12.2 The data remain on the Customer's server in mainland China. The Supplier accesses the server only remotely through sessions opened by the Customer, with personal credentials, and shall not copy personal data of pickers outside China.
P:12.3 The Supplier shall notify the Customer of any security breach affecting the data within forty-eight (48) hours of becoming aware of it, take the necessary remedial measures and compensate the Customer for the damage caused by its breach of this Article.
H:Art. 13 - Confidentiality
P:13.1 Each Party shall keep confidential the technical and commercial information received from the other Party and shall not disclose it to third parties without prior written consent, during this Agreement and for five years thereafter.
H:Art. 14 - Subcontracting
P:14.1 The Supplier shall not subcontract, in whole or in part, the activities under this Agreement without the prior written consent of the Customer.
H:Art. 15 - Limitation of liability
P:15.1 Except in cases of wilful misconduct or gross negligence, the Supplier's total liability arising from this Agreement, for any reason whatsoever, shall not exceed fifty per cent (50%) of the Contract Price.
H:Art. 16 - Termination
P:16.1 The Customer may terminate this Agreement pursuant to Article 1456 of the Italian Civil Code, by written notice, if the penalties under Art. 7 reach their maximum, or if the Supplier breaches Art. 12, 13 or 14.
P:16.2 Either Party may terminate this Agreement if the other Party commits a material breach and fails to remedy it within twenty days of a written request.
H:Art. 17 - Force majeure
P:17.1 Neither Party is liable for delays caused by events beyond its reasonable control, provided it informs the other Party promptly.
H:Art. 18 - Governing law and competent court
P:18.1 This Agreement is governed by Italian law.
P:18.2 Any dispute concerning this Agreement shall be referred to the exclusive jurisdiction of the Court of Trapani.
H:Art. 19 - Final provisions
P:19.1 Any amendment to this Agreement must be made in writing. This Agreement shall be registered only in case of use, at the expense of the Party requesting registration.
P:Favignana / Yuyao, ____ 2026
P:The Supplier ____________________    The Customer ____________________
P:Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer declares that it has read and specifically approves the following articles: Art. 7 (Penalties for delay), Art. 9.2 (Tacit renewal of support), Art. 15 (Limitation of liability), Art. 16 (Termination), Art. 18 (Governing law and competent court).
P:The Customer ____________________
"""

H115E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - SEA-FARM WATER-QUALITY MONITORING SYSTEM
P:Contract No. HZB-PUR-2026-022
P:This Contract is made between:
P:(1) Lianyungang Haizhou Bay Seaweed Aquaculture Co., Ltd., a company established under the laws of the People's Republic of China, with its registered address in Lianyungang, Jiangsu Province (the "Buyer"); and
P:(2) Muhu Marine Sensing OÜ, a private limited company registered in Estonia under registry code 16482273, with its registered address at Hellamaa village, Muhu Parish, 94731 Saare County, Estonia (the "Supplier").
P:The Buyer farms laver (nori) on raft systems in Haizhou Bay and wishes to monitor water quality across its sea areas. Following the Supplier's quotation of 12 January 2026 and the Buyer's technical clarification meeting, the Parties agree as follows. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Clause 1 Definitions
P:1.1 "System" means the sensor buoys, gateways, power kits, software and all accessories listed in Schedule 1, installed and working together as described in the Technical Specification (Schedule 2).
P:1.2 "Installation Certificate" means the certificate signed by the Buyer when all buoys and gateways are moored, powered and reporting data.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 6.
P:1.4 "Severity 1 Fault" means a failure of the monitoring server or software, a loss of data from five or more buoys at the same time, or false or missing dissolved-oxygen alarms.
P:1.5 "Customer Data" means all measurements, alarms, positions, logs and reports produced by the System, and any data of the Buyer made available to the Supplier.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, moor and commission the System in the Buyer's sea areas off Lianyungang, configure the monitoring software with the Buyer's raft layout and alarm thresholds, build the dashboards and reports described in Schedule 2, and train the Buyer's staff.
P:2.2 The Supplier shall provide all tools, spare parts needed for commissioning and technical documentation in English and Chinese.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,116,000, itemised as follows (Schedule 1):
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Sensor buoy with probes for temperature, salinity, dissolved oxygen, chlorophyll and turbidity|32|21,800|697,600
TB:2|LoRaWAN gateway with cellular backhaul|4|16,500|66,000
TB:3|Solar power and battery kit|32|2,450|78,400
TB:4|SeaFarm Monitor software, perpetual licence (server and 50 users)|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||990,000
TB:5|Installation, mooring and commissioning|1|112,000|112,000
TB:6|Training (two sessions)|1|14,000|14,000
TB:|Contract Price|||1,116,000
P:3.2 The Contract Price is fixed and includes delivery to Lianyungang, import clearance costs, taxes, insurance until the Installation Certificate, and all travel of the Supplier's personnel.
H:Clause 4 Payment
P:4.1 The Buyer shall pay the Contract Price as follows: (a) 10% (CNY 111,600) within 15 days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer; (b) 55% (CNY 613,800) within 20 days after the Installation Certificate; (c) 35% (CNY 390,600) within 20 days after Final Acceptance.
P:4.2 The Installation Certificate and the payment under Clause 4.1(b) do not mean that the Buyer accepts the System.
P:4.3 Each payment is made against a valid invoice. The Buyer may deduct from any payment the amounts owed by the Supplier under this Contract.
H:Clause 5 Delivery and Installation
P:5.1 The Supplier shall deliver the equipment to the Buyer's base at Lianyungang within 70 days after signature and complete installation, mooring and commissioning within 30 days after delivery, in weather windows agreed with the Buyer's sea-area manager.
P:5.2 Mooring work at sea shall be carried out with the Buyer's boats and crew. The Supplier's engineers shall follow the Buyer's safety rules at sea.
H:Clause 6 Acceptance
P:6.1 After the Installation Certificate the System shall run for a trial period of 21 consecutive days.
P:6.2 Final Acceptance shall be given when: (a) every buoy has reported hourly data on at least 20 of the 21 days; (b) on-site comparison measurements by the Buyer's laboratory show deviations of no more than 0.3 mg/L for dissolved oxygen and 0.2 degrees Celsius for temperature; (c) a simulated low-oxygen event triggers an alarm on the dashboard and by SMS within five minutes; (d) all dashboards and reports in Schedule 2 are delivered; and (e) the as-built documentation and training are complete.
P:6.3 If any criterion is not met, the Supplier shall correct the defect at its own cost and the trial period shall be repeated for the affected buoys. Use of the System by the Buyer during the trial period is not acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants the System, including buoys, probes, power kits, gateways and software, for thirty (30) months from Final Acceptance.
P:7.2 During the warranty the Supplier repairs or replaces defective parts free of charge, provides software updates, and carries out one on-site inspection and probe calibration every six months. Biofouling cleaning of the probes by the Buyer's crew, following the Supplier's instructions, does not affect the warranty.
H:Clause 8 Maintenance after Warranty
P:8.1 After the warranty the Buyer may order annual maintenance with the same content as in Clause 7.2, plus replacement of worn probe membranes. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, i.e. CNY 94,050 per year, and is fixed for the first three maintenance years.
P:8.2 Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Clause 9 Service Levels
P:9.1 During the warranty and any maintenance year, the Supplier shall respond remotely to a Severity 1 Fault within one (1) hour of the Buyer's report, at any time of day, and shall have an engineer at the Buyer's base within 48 hours if the fault cannot be fixed remotely, subject to sea conditions.
P:9.2 Other faults shall be responded to within one business day and fixed within ten days.
P:9.3 If the Supplier misses the response time for a Severity 1 Fault, it shall pay CNY 600 for each hour of delay; if the engineer arrives late, CNY 1,500 for each day of delay. The Buyer may deduct these amounts from any payment or from the maintenance fee.
H:Clause 10 Delay Damages
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Clause 5 and Clause 6 for reasons attributable to the Supplier, it shall pay delay damages of CNY 1,000 for each day of delay, up to 10% of the Contract Price.
P:10.2 Payment of delay damages does not release the Supplier from completing the System.
H:Clause 11 Intellectual Property
P:11.1 The SeaFarm Monitor software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it.
P:11.2 The dashboards, reports, alarm configuration, raft-layout maps, mooring designs and integration code made for the Buyer belong to the Buyer. The Buyer may use, change and license them freely, and the Supplier shall deliver them with their source files.
H:Clause 12 Data Protection and Security
P:12.1 Customer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:12.2 The monitoring server is installed in the Buyer's office in Lianyungang. The Supplier may access it remotely only through the Buyer's VPN with a personal account approved for each session, and shall not copy Customer Data outside the People's Republic of China.
P:12.3 The Supplier shall keep the System's firmware and software patched, change all default passwords before installation, and encrypt radio and backhaul traffic.
P:12.4 The Supplier shall report any security incident affecting the System or Customer Data within 12 hours, take remedial measures and compensate the Buyer for any loss caused by its breach of this Clause.
H:Clause 13 Confidentiality
P:13.1 The Supplier shall keep confidential the Buyer's sea-area maps, production figures, prices and all other information obtained under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives termination for five years.
H:Clause 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Clause 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:15.2 On termination the Supplier shall refund the amounts paid for any part of the System not accepted, and the Buyer may return such part at the Supplier's cost.
H:Clause 16 Force Majeure
P:16.1 A Party affected by force majeure, including typhoons and storm surges, shall notify the other Party promptly, and the time for performance shall be extended accordingly.
H:Clause 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang. The award is final.
H:Clause 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:18.2 Schedules: Schedule 1 Price List; Schedule 2 Technical Specification; Schedule 3 Buoy Positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h115z02": H115Z02, "h115z04": H115Z04, "h115e01": H115E01, "h115e03": H115E03}
TARGETS = {"h115z02": ("h115z02_mask_plant_vision_inspection_supply.docx", "docx"),
           "h115z04": ("h115z04_county_media_centre_platform_om_service.pdf", "pdf"),
           "h115e01": ("h115e01_bayberry_grower_harvest_tracking_licence.pdf", "pdf"),
           "h115e03": ("h115e03_seaweed_farm_sensors_supply_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
