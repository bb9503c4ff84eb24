"""Builds the .docx and .pdf contracts of holdout113 from the markup of ../word_pdf.py (T: title, H: heading,
P: paragraph, TB: table row). Run with /work/main/.venv/bin/python make_files.py; the .md/.txt contracts are
written by hand and are not touched here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H113Z02 = """
T:羽毛分拣视觉检测设备采购及维保合同
P:合同编号：LY-CG-2025-0088
P:甲方（买方）：安徽翎羽体育用品有限公司
P:乙方（卖方）：合肥视睿智能装备有限公司
P:甲方为提高羽毛球用鹅毛、鸭毛片分拣的效率和一致性，向乙方采购羽毛分拣视觉检测设备及配套软件和服务。双方在平等自愿的基础上协商一致，订立本合同。
H:第一条 定义
P:（1）“设备”指本合同价格表所列羽毛分拣视觉检测机、工控机及边缘服务器，含随机配套的工业相机、光源、振动上料器和气动分拣执行机构。
P:（2）“检测软件”指运行于设备上的乙方视觉检测软件，按台许可。
P:（3）“检测模型”指乙方利用甲方提供的羽片样本，为甲方训练的羽片分级模型及其参数文件。
P:（4）“软硬件小计”指价格表第1至3项金额之和。
P:（5）“终验”指按本合同第五条完成的最终验收。
H:第二条 采购内容与价格
P:乙方向甲方提供下表所列货物和服务：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|羽毛分拣视觉检测机（主机）|8台|168,000|1,344,000
TB:2|视觉检测软件许可（永久，按台）|8套|26,000|208,000
TB:3|工控机及边缘服务器|1套|96,500|96,500
TB:4|检测模型训练（按甲方样本定制）|1项|142,000|142,000
TB:5|安装调试及产线对接|1项|118,000|118,000
TB:6|操作及维护培训|1项|21,500|21,500
TB:合计||||1,930,000
P:合同总价为人民币壹佰玖拾叁万元整（¥1,930,000），已包含税费、包装、运输、保险、安装调试及质保期内的全部服务费用。其中软硬件小计为¥1,648,500。合同价格为固定价格，履行期间不因原材料价格或汇率变化而调整。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即¥386,000，作为预付款。
P:3.2 设备全部运抵甲方车间并经甲方开箱清点签收后，甲方支付合同总价的40%，即¥772,000。开箱签收仅确认数量和外观，不代表质量验收。
P:3.3 终验合格后，甲方支付合同总价的35%，即¥675,500。
P:3.4 其余5%，即¥96,500，作为质量保证金，质保期满且乙方无未履行义务的，甲方在10个工作日内无息支付。
P:3.5 乙方请款时应提供等额增值税专用发票。
H:第四条 交货、安装与培训
P:4.1 乙方应在合同生效后75日内将设备运至甲方无为生产基地二号车间，并在到货后20日内完成安装调试及与分拣产线、MES系统的对接。
P:4.2 设备包装应适合长途运输并防潮防震。运输途中的损毁风险在甲方签收前由乙方承担。
P:4.3 乙方施工时应遵守甲方车间防尘、防火和安全生产规定，不得影响其他产线生产。施工期间产生的包装废弃物由乙方负责清运。
P:4.4 乙方应为甲方培训操作工不少于16人、设备维护人员不少于4人，培训合格后出具培训记录。
P:4.5 乙方应随设备提供中文操作手册、维护手册、电气原理图、易损件清单和产品合格证明文件。
P:4.6 甲方应按时提供安装所需的场地、电源、压缩空气和网络接口，并在模型训练阶段向乙方提供不少于60,000片经甲方质检员标注的羽片样本。
H:第五条 验收
P:5.1 设备安装调试完成后进入30日试生产。终验标准如下：（1）每台设备每小时处理羽片不少于9,000片；（2）对甲方封存的20,000片盲测样本，漏检率不高于0.8%，误剔率不高于2%；（3）连续72小时满负荷运行无一级故障；（4）检测记录能逐条写入甲方MES系统，并可按批次追溯；（5）技术文件、模型文件、对接程序源代码和操作手册齐全。
P:5.2 终验由甲方质量部组织，双方共同签署终验报告。试生产、设备投入使用或甲方付款，均不视为验收合格。
P:5.3 终验不合格的，乙方应在15日内整改或更换设备，再次验收的费用由乙方承担。
P:5.4 终验报告应载明各项指标的实测值，并附盲测样本复核记录。
H:第六条 质量保证与售后服务
P:6.1 质保期为二年，自终验合格之日起计算。质保期内，乙方免费维修、更换损坏部件（光源灯管等易损件除外），免费升级检测软件，并每季度上门巡检一次。
P:6.2 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|整线停机或两台以上设备同时无法分拣|30分钟|6小时|36小时
TB:二级|单台设备停机或分拣质量明显下降|2小时|次日|3日
TB:三级|不影响生产的软件或操作问题|1个工作日|按需|7日
P:6.3 乙方超过上表时限的，每超时1小时，甲方可从质量保证金或维保费中扣减¥800。
P:6.4 质保期满后，乙方继续提供维保服务，服务内容与质保期内相同。年度维保费按软硬件小计的17%计取，即每年¥280,245，质保期满后前三年按此标准执行，三年后由双方另行协商。维保合同每年签订一次，不自动续期。
P:6.5 乙方应在甲方所在地常备易损件和关键备件，备件清单作为本合同附件。
P:6.6 质保期内同一部件累计维修三次仍不能正常工作的，乙方应免费更换同型号新件，该部件的质保期自更换之日起重新计算。
H:第七条 知识产权
P:7.1 检测软件的著作权归乙方，乙方授予甲方在所购设备上永久使用的许可。
P:7.2 检测模型、模型参数文件、产线及MES对接程序的知识产权归甲方所有。乙方应在终验时交付上述成果及源代码，甲方有权自行或委托他人使用、修改和再训练。
P:7.3 乙方保证所供设备和软件不侵犯任何第三方的合法权利，因侵权引起的索赔由乙方负责处理并承担费用。
H:第八条 数据安全
P:8.1 设备采集的羽片图像、检测记录和生产统计数据属于甲方，乙方仅为履行本合同使用，不得复制、留存或提供给任何第三方。
P:8.2 乙方远程维护须事先经甲方信息部批准，使用甲方提供的VPN账号逐次登录，维护结束后账号即行关闭；现场维护使用的移动存储介质须经甲方检查。
P:8.3 因乙方原因造成数据泄露或丢失的，乙方应在2小时内告知甲方，立即采取补救措施，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:乙方对在合同履行中获知的甲方工艺参数、原料来源、客户名单及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应要求其参与本项目的人员遵守本条约定。保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七向甲方支付违约金。逾期超过45日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但人身伤害、乙方故意或重大过失以及违反第八条、第九条造成的损失除外。
H:第十一条 分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十二条 合同解除
P:乙方交付的设备经两次整改仍不能通过终验，或乙方有其他严重违约行为且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失，并配合甲方完成设备拆除和资料移交。
H:第十三条 不可抗力
P:因地震、洪水、疫情等不可抗力不能按期履行的，受影响一方应在3日内通知对方，并在10日内提供有关证明，双方可据此延长履行期限或部分免除责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:双方往来通知以书面形式送达合同首部所列地址，联系人变更应提前书面告知对方。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术规格书、盲测样本封存记录、备件清单。
P:甲方（盖章）：安徽翎羽体育用品有限公司　　乙方（盖章）：合肥视睿智能装备有限公司
"""

H113Z04 = """
T:清溪市图书馆智慧图书馆系统年度运维服务合同
P:项目编号：QXCG-2025-CS-0214（竞争性磋商）
P:甲方（采购人）：清溪市图书馆
P:乙方（成交供应商）：清溪博维信息服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就清溪市图书馆智慧图书馆系统年度运维服务订立本合同。
H:一、服务内容与期限
P:（一）运维对象：自助借还及RFID馆藏管理系统（含自助借还机26台、安全门14套、智能书架分拣线1条）、门禁与座位预约系统、客流统计系统、数字资源平台及图书馆门户网站、馆内机房及有线无线网络。
P:（二）服务内容：日常巡检、故障处理、系统配置变更、数据备份与恢复演练、安全加固、节假日及大型活动保障、年度网络安全等级保护测评配合，以及甲方交办的与上述系统相关的其他运维工作。
P:（三）服务期自2025年7月1日起至2026年6月30日止。乙方应在服务期开始前完成进场交接。
P:（四）乙方派驻场工程师2名，开馆日8:30至21:00在馆轮值，另设二线技术支持。驻场人员变更须提前10日告知甲方并经甲方认可。
P:（五）巡检要求：驻场工程师每日开馆前检查自助借还机、安全门及门禁闸机运行状态；每周检查服务器、存储及网络设备日志；每月对数字资源平台进行一次漏洞扫描；每季度对RFID标签读写性能进行抽检，并形成书面记录。
P:（六）备份要求：读者及借阅数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的本地存储设备，每季度至少进行一次恢复演练。
P:（七）节假日保障：春节、国庆等法定节假日开馆期间，乙方应安排工程师在馆值守，二线技术支持保持电话畅通。
P:（八）服务期内新增同类设备纳入运维范围，新增数量不超过原数量一成的，不另行计费。
H:二、服务费用与支付
P:（一）本合同总价为人民币捌拾肆万柒仟元整（¥847,000），包括：自助借还及RFID系统运维¥238,000；门禁、座位预约及客流系统运维¥156,000；数字资源平台及门户网站运维¥184,000；机房及网络运维（含驻场人员）¥212,600；应急备件包¥56,400。
P:（二）服务费按季度支付。每季度结束后，甲方按考核细则完成季度考核，考核合格后15个工作日内支付当季服务费¥211,750。甲方不预付任何款项。
P:（三）季度考核由甲方组织，乙方可列席说明。季度考核得分低于90分的，当季服务费按本合同第四条的约定扣减后支付。
P:（四）乙方应在每次付款前开具合法有效的发票。
P:（五）本合同价格为固定总价，服务期内不因人工、物价变化调整。应急备件包中未使用的备件，服务期满时由双方清点后移交甲方。
H:三、进场交接与考核
P:（一）乙方应在服务期开始前10日内完成进场交接，交付成果包括：设备与软件资产清单（与甲方资产台账逐项核对一致）、各系统运行基线及首次巡检记录、备份策略与首次恢复演练报告、应急预案。
P:（二）甲方对交接成果进行验收，全部成果符合上款要求的，双方签署交接验收单；不符合的，乙方应在5日内补正后重新提交。乙方开始提供服务或甲方支付款项，均不代表交接验收合格。
P:（三）每季度考核内容包括故障响应及时性、巡检完成情况、备份恢复演练、读者投诉处理及文档更新，具体评分办法见附件考核细则。
P:（四）乙方每月5日前向甲方提交上月运维月报，内容包括故障统计、巡检结果、变更记录、备份情况和改进建议；每季度末另提交季度总结。
H:四、服务水平
P:（一）故障分为三级。一级故障指全馆借还、门禁或数字资源平台整体中断；二级故障指单个系统部分功能不可用或单台设备故障；三级故障指不影响读者服务的一般问题。
P:（二）一级故障：乙方应在20分钟内响应，1小时内到场处置，3小时内恢复服务；二级故障：1小时内响应，当日闭馆前修复；三级故障：2个工作日内处理完毕。
P:（三）乙方每次超过上述响应或恢复时限的，甲方从当季服务费中扣减¥600；一级故障单次持续超过6小时的，另扣减当季服务费的5%。
P:（四）开馆日及读书节、寒暑假等重大活动期间，乙方应安排专人值守，并提前制定保障方案。
P:（五）计划内的系统升级和配置变更应安排在闭馆时段进行，并提前2个工作日报甲方同意；变更前应完成备份并准备回退方案。
H:五、服务人员
P:（一）驻场工程师应具有三年以上同类系统运维经验，其中至少一人持有网络工程或信息安全类专业证书。
P:（二）乙方人员应遵守甲方馆内管理制度，统一着装、佩戴工牌，不得影响读者阅览。
P:（三）甲方认为乙方人员不能胜任的，可书面要求更换，乙方应在7日内更换到位。
P:（四）甲方应为驻场人员提供必要的办公场所、网络接入和系统账号，及时提供运维所需资料，并指定专人配合考核和交接验收。
H:六、知识产权
P:乙方在服务期内编制的巡检报告、配置文档、运维脚本、应急预案及为甲方完成的系统配置，其知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。乙方使用的自有运维工具软件，其知识产权仍归乙方，乙方保证甲方在服务期内可免费使用。
H:七、数据安全
P:（一）读者个人信息、借阅记录、门禁及座位预约记录、客流数据均属于甲方，乙方仅可为提供本合同服务而处理，不得向任何第三方提供，不得用于其他目的。
P:（二）乙方人员只能通过甲方堡垒机访问各系统，不得导出读者数据，不得使用个人存储介质；驻场人员应签署个人信息保护承诺书。
P:（三）乙方应协助甲方落实网络安全等级保护要求，及时修补高危漏洞。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合处置，并承担因其过错造成的全部损失及相应的行政责任。
P:（四）服务期满或合同解除时，乙方应删除其掌握的甲方系统账号信息及运维过程中产生的数据副本。
H:八、违约责任
P:（一）乙方未按期完成进场交接、年度等级保护测评配合或备份恢复演练等约定工作的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:（二）乙方擅自更换驻场人员的，每人次扣减服务费¥3,000。
P:（三）因乙方原因造成设备损坏或数据丢失的，乙方应负责修复，不能修复的照价赔偿。
P:（四）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:九、转包与分包
P:乙方不得将本合同项下服务转包或分包给任何第三方。
H:十、合同解除
P:（一）乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期结算费用。
P:（二）合同解除或期满时，乙方应在10日内移交全部文档、账号和资料，并配合新的服务商完成交接；移交完成后，乙方人员的全部访问权限由甲方统一注销。
H:十一、期满
P:服务期满前30日，乙方应提交年度运维总结报告及主要设备健康评估。服务期满后本合同自行终止。甲方可根据考核结果，依照政府采购有关规定决定是否续签，续签须另行订立书面合同。
H:十二、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明；双方根据不可抗力的影响，部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十四、其他
P:（一）竞争性磋商文件、乙方响应文件、成交通知书及考核细则为本合同的组成部分。
P:（二）双方联系人及联系方式见附件，一方变更联系人的，应及时书面通知对方。
P:（三）本合同附件包括：运维设备清单、考核细则、应急预案模板及联系人清单。
P:（四）本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪市图书馆　　乙方（盖章）：清溪博维信息服务有限公司
"""

H113E01 = """
T:SOFTWARE LICENCE, CUSTOMISATION AND SUPPORT AGREEMENT
P:LottoChiaro Batch-Tracking System - Agreement No. FS-2025/041-CN
P:This Agreement is entered into on the date of the last signature below
P:BETWEEN
P:Faraglioni Software S.r.l., a limited liability company incorporated under Italian law, with registered office in Via Giuseppe Orlandi 112, 80071 Anacapri (NA), Italy, VAT No. IT07718451213, in the person of its sole director Mr Salvatore Federico (hereinafter the "Licensor")
P:AND
P:Yantai Goldfield Fruit Juice Co., Ltd., a company incorporated in the People's Republic of China, with registered office in Muping District, Yantai, Shandong Province, in the person of its legal representative Mr Sun Haitao (hereinafter the "Client")
P:(the Licensor and the Client, jointly, the "Parties" and each a "Party").
H:PREMISES
P:(A) The Client produces apple-juice concentrate in two plants in Yantai and must trace each batch from the intake of fresh apples to the finished aseptic drum.
P:(B) The Licensor develops and licenses LottoChiaro, a software system for batch tracking in the fruit-processing industry, and has declared that it is able to adapt it to the Client's plants.
P:(C) At the Client's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 - Premises, Annexes and Definitions
P:1.1 The premises and the Annexes form an integral and substantial part of this Agreement. Annex A: Functional Specification. Annex B: Price Schedule. Annex C: Acceptance Test Plan. Annex D: Support Terms.
P:1.2 In this Agreement: "Software" means the standard LottoChiaro modules listed in Annex A, in object code, together with their documentation; "Customisations" means the modules, report and label templates, interfaces and configurations developed by the Licensor specifically for the Client under Art. 3; "System" means the Software together with the Customisations; "Go-Live" means the first use of the System in production in both plants; "Final Acceptance" means acceptance under Art. 6.3; "Client Data" means all data entered into or generated by the System in the course of the Client's operations.
H:Art. 2 - Licence
P:2.1 The Licensor grants the Client a perpetual, non-exclusive, non-transferable licence to use the Software in its two plants in Yantai, for up to sixty named users, for its own internal business purposes.
H:Art. 3 - Customisations and Services
P:3.1 The Licensor shall develop the following Customisations: (a) an interface with the Client's laboratory information system for Brix, acidity and patulin results; (b) export label and certificate-of-analysis templates for the Client's customers in Europe, Japan and North America; (c) an interface with the Client's ERP system for the purchase of fresh apples and the sale of finished drums; (d) a grower-lot intake module connected to the weighbridges of both plants.
P:3.2 The Licensor shall also install and configure the System on the Client's servers, migrate the open lots of the current campaign and train the Client's key users and administrators.
P:3.3 Go-Live shall take place within one hundred and ten days from signature.
H:Art. 4 - Price
P:4.1 The total price of this Agreement is CNY 1,166,000 (one million one hundred and sixty-six thousand yuan), inclusive of all taxes, made up as follows: Licence Fee CNY 690,000; Customisations CNY 312,000; installation, configuration and data migration CNY 128,000; training CNY 36,000.
P:4.2 The price is fixed and includes travel and accommodation of the Licensor's staff in China.
H:Art. 5 - Payment Terms
P:5.1 The price shall be paid by bank transfer as follows: (a) 20% (CNY 233,200) within twenty days from signature, against the Licensor's invoice; (b) 45% (CNY 524,700) upon Go-Live; (c) 35% (CNY 408,100) upon Final Acceptance.
P:5.2 Payment of the Go-Live instalment does not imply acceptance of the System.
H:Art. 6 - Tests and Acceptance
P:6.1 After Go-Live the System shall run in production for a trial period of twenty-five consecutive working days.
P:6.2 During the trial period the Parties shall carry out the tests described in Annex C. The System passes the tests when: (a) a backward and a forward trace of any ten lots chosen by the Client, from grower intake to finished drum and shipment, is complete and takes less than one minute each; (b) laboratory results are transferred to the corresponding lots without manual entry and without discrepancies; (c) labels and certificates of analysis are printed correctly for each export market; (d) the quantities exchanged with the ERP system reconcile at the end of each working day; (e) no Severity 1 fault occurs during the last ten working days of the trial period.
P:6.3 When all criteria are met, the Client shall sign the Final Acceptance certificate within five working days. Installation, Go-Live, use of the System in production or any payment shall not in themselves constitute acceptance.
H:Art. 7 - Warranty
P:7.1 The Licensor warrants that the System will operate substantially in accordance with Annex A for a period of three (3) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct any defect free of charge.
H:Art. 8 - Support after the Warranty Period
P:8.1 After the Warranty Period the Licensor shall provide support and maintenance in accordance with Annex D, including corrective maintenance, new releases of the Software and remote assistance.
P:8.2 The annual support fee is 13% of the Licence Fee, that is CNY 89,700 per year, payable in two half-yearly instalments at the end of each half-year. The fee is fixed for the first three years after the Warranty Period; thereafter it may be revised only by written agreement and by no more than the change in the Chinese consumer price index. Support is ordered each year by purchase order and is not renewed automatically.
P:8.3 Faults are classified as follows: Severity 1, the System is stopped or lots cannot be recorded in a plant; Severity 2, an important function does not work but production can continue; Severity 3, any other fault or request.
P:8.4 The Licensor shall respond to Severity 1 faults within two (2) hours, every day from 07:00 to 23:00 Beijing time, to Severity 2 faults within one business day and to Severity 3 faults within three business days. The Licensor shall use its best efforts to restore operation as soon as possible, if necessary through a temporary workaround.
P:8.5 The response times in Art. 8.4 are service targets. Failure to meet them shall not give rise to any reduction of the support fee, to service credits or to any other compensation.
H:Art. 9 - Intellectual Property
P:9.1 The Software, its documentation and all related intellectual property rights remain the exclusive property of the Licensor.
P:9.2 The Customisations, including their source code, templates and technical documentation, are likewise the exclusive property of the Licensor, also where they are developed on the basis of the Client's specifications. They are included in the licence granted under Art. 2 on the same terms. The Client may not modify them or have them modified by third parties and shall not receive their source code.
H:Art. 10 - Client Data and Security
P:10.1 Client Data belongs exclusively to the Client. The Licensor may process it only to perform this Agreement and may not use it for any other purpose.
P:10.2 The System is installed on the Client's servers in Yantai. The Licensor shall access them only remotely through the Client's VPN, with a separate authorisation for each session, and shall not copy Client Data outside the Client's systems. Test data for the Customisations are provided by the Client.
P:10.3 The Licensor shall notify the Client of any security incident affecting Client Data within eight (8) hours of becoming aware of it, shall cooperate in limiting its effects and shall compensate the Client for all damage caused by a breach of this Art. 10.
H:Art. 11 - Confidentiality
P:11.1 Each Party shall keep confidential all technical, commercial and production information of the other Party that it receives in connection with this Agreement, and shall use it only to perform this Agreement.
P:11.2 This obligation survives for five years after the end of this Agreement.
H:Art. 12 - Penalties for Delay
P:12.1 If Go-Live is delayed for reasons attributable to the Licensor, the Licensor shall pay a penalty equal to 0.08% of the total price for each calendar day of delay, up to a maximum of 8% of the total price.
P:12.2 The penalty does not exclude compensation for further damage.
H:Art. 13 - Limitation of Liability
P:13.1 Except in cases of wilful misconduct or gross negligence, the Licensor's total liability under this Agreement shall not exceed 130% of the total price. Penalties paid under Art. 12 count towards this limit.
H:Art. 14 - Subcontracting
P:14.1 The Licensor shall not subcontract any part of the Customisations or services without the Client's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Art. 15 - Termination
P:15.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within twenty (20) days of receiving a formal notice to perform.
P:15.2 The Client may also terminate this Agreement if the penalties under Art. 12 reach their maximum.
H:Art. 16 - Governing Law and Disputes
P:16.1 At the Client's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.
H:Art. 17 - Final Provisions
P:17.1 This Agreement, including its Annexes, is the entire agreement of the Parties. Any amendment shall be made in writing.
P:17.2 This Agreement is drawn up in English in two originals.
P:Anacapri, ____________            Yantai, ____________
P:The Licensor ______________________        The Client ______________________
P:Specific approval. To the extent applicable, the Client declares that it has read and specifically approves the following clauses: Art. 8.5 (no service credits), Art. 9 (intellectual property), Art. 13 (limitation of liability) and Art. 16 (governing law and disputes).
P:The Client ______________________
"""

H113E03 = """
T:Agreement for the Supply, Installation and Maintenance of a Pond Water-Quality Monitoring System
P:Buyer's reference: HY-PUR-2025-031
P:This agreement is dated ____________ 2025.
H:Parties
P:(1) Rongcheng Haiyun Sea Cucumber Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Xixiakou Village, Rongcheng, Weihai, Shandong Province (the Buyer).
P:(2) Aros Marine Sensing Ltd, a company incorporated in Scotland with company number SC704218, whose registered office is at 38 Main Street, Tobermory, Isle of Mull, PA75 6NT, United Kingdom (the Supplier).
H:Background
P:(A) The Buyer farms sea cucumbers in 64 ponds and needs continuous information on dissolved oxygen, temperature, salinity and pH, especially during the summer heat and after heavy rain.
P:(B) The Supplier designs and installs water-quality monitoring systems for fish and shellfish farms and will carry out this work with its own engineers, one of whom is based in Weihai.
P:(C) The Buyer has asked for all prices in Chinese yuan (CNY). This agreement is on the Buyer's standard terms.
H:1. Interpretation
P:1.1 In this agreement: Equipment means the probes, pond nodes and gateways listed in the price table in clause 3; Software means the monitoring and alarm software licensed under clause 8.1; System means the Equipment and the Software installed and working together; Installation Certificate means the certificate in clause 5.2; Final Acceptance means acceptance under clause 5.5; Hardware and Licence Subtotal means items 1 to 4 of the price table; Farm Data means all readings, alarms, pond records and other data collected or produced by the System.
P:1.2 Clause headings do not affect interpretation. Where this agreement says the Supplier must do something, it must do it at its own cost unless this agreement says otherwise.
H:2. What the Supplier will do
P:2.1 The Supplier must supply, install, calibrate and commission the System in all 64 ponds and train the Buyer's staff.
P:2.2 The Supplier must deliver the Equipment to the farm within 60 days of the date of this agreement and complete installation within 25 days after delivery.
P:2.3 The Supplier must work around the Buyer's pond operations. It must not enter a pond or drain a channel without the pond manager's permission.
P:2.4 The Supplier's staff must follow the farm's biosecurity rules, including disinfecting boots, boats and tools before entering the pond areas.
H:3. Price
P:3.1 The price for the System and the services in this agreement is set out below.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality probe (DO, temperature, salinity, pH)|64|9,850|630,400
TB:2|Solar-powered LoRa pond node|64|2,300|147,200
TB:3|Gateway with cellular backhaul and battery backup|4|18,600|74,400
TB:4|Monitoring and alarm software, perpetual licence, 10 users|1|168,000|168,000
TB:5|Installation, calibration and commissioning|1|96,800|96,800
TB:6|Training of farm staff|1|14,600|14,600
TB:|Total contract price|||1,131,400
P:3.2 The Hardware and Licence Subtotal is CNY 1,020,000. The total contract price of CNY 1,131,400 is fixed and includes all taxes, shipping, import duties, insurance and travel.
H:4. Payment
P:4.1 The Buyer will not make any advance payment.
P:4.2 The Buyer will pay 55% of the total contract price (CNY 622,270) within 30 days after the Installation Certificate is signed, and 45% (CNY 509,130) within 30 days after Final Acceptance.
P:4.3 The Supplier must send a valid invoice for each payment.
H:5. Installation and acceptance
P:5.1 When installation is complete, the parties will check together that every item in the price table has been delivered and installed in the right pond.
P:5.2 If it has, the Buyer will sign an Installation Certificate. The Installation Certificate confirms delivery and installation only. It is not acceptance.
P:5.3 A trial run of 30 days then starts. During the trial run: (a) every probe must send readings to the Software with no gap longer than 20 minutes; (b) the dissolved-oxygen readings of each probe must agree with a calibrated hand-held meter to within 0.2 mg/L at two spot checks; (c) when a reading crosses an alarm level set by the Buyer, the alarm must reach the duty phone by SMS and app notification within 60 seconds; and (d) no Critical fault may remain unresolved beyond the times in clause 7.3.
P:5.4 The Supplier must also hand over the as-built drawings, the calibration records, the user manuals and the alarm configuration.
P:5.5 If the trial run meets all these criteria, the Buyer will sign a Final Acceptance certificate within 5 working days. Using the System during the trial run does not mean the Buyer has accepted it.
P:5.6 If the trial run fails, the Supplier must fix the problem and a new 30-day trial run starts.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 30 months from Final Acceptance. During this period it must repair or replace any faulty item free of charge and carry out two calibration visits each year.
P:6.2 Probes that fail more than twice in the warranty period must be replaced with new ones.
P:6.3 The warranty does not cover damage caused by misuse by the Buyer's staff, by lightning, or by flooding above the level stated in the specification.
H:7. Maintenance and service levels
P:7.1 After the warranty period the Buyer may order maintenance from the Supplier year by year. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, which is CNY 96,900 a year. This fee will not change for the first three years after the warranty period; any later change must be agreed in writing. Maintenance is not renewed automatically.
P:7.2 Maintenance covers the same work as the warranty, including two calibration visits each year, but not the cost of probe membranes and other consumables.
P:7.3 The Supplier must meet the following times, during the warranty and during any maintenance year:
P:(a) Critical fault (no data or no alarms from more than 10 ponds, or a gateway down): response within 2 hours, an engineer on site within 10 hours, and the System restored within 30 hours.
P:(b) Major fault (one pond or one probe without data): response within 1 working day, an engineer on site within 2 working days, and the fault fixed within 3 working days.
P:(c) Minor fault (any other fault or question): response within 2 working days; other times as agreed.
P:7.4 For each hour by which the Supplier misses a time in clause 7.3, the Buyer may deduct CNY 500 from the next payment due or from the maintenance fee.
H:8. Intellectual property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the firmware in the Equipment for the Buyer's farms. The Software and firmware remain the Supplier's property.
P:8.2 The alarm rules, dashboards, pond maps, configurations and interface scripts made for the Buyer belong to the Buyer. The Buyer may use and change them freely and let others do so.
H:9. Farm Data and security
P:9.1 Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this agreement.
P:9.2 The Software runs on the Buyer's server at the farm, and Farm Data is stored there. The Supplier may access the server remotely only through the Buyer's VPN, with a login that the Buyer enables for each session. The Supplier must not copy Farm Data to its own systems.
P:9.3 The Supplier must tell the Buyer within 6 hours if it becomes aware of any unauthorised access to Farm Data or to the System, help the Buyer deal with it, and pay for the loss the Buyer suffers because the Supplier broke this clause.
H:10. Confidentiality
P:10.1 Each party must keep the other party's confidential information secret and use it only for this agreement. This includes the Buyer's stocking densities, survival rates, sales volumes and prices.
P:10.2 This duty continues for three years after this agreement ends.
H:11. Delay
P:11.1 If the Installation Certificate is not signed by the date in clause 2.2 because of the Supplier, the Supplier must pay the Buyer 0.09% of the total contract price for each day of delay, up to a total of 9% of the total contract price.
H:12. Subcontracting
P:12.1 The Supplier must not subcontract any part of the work without the Buyer's prior written consent.
H:13. Ending this agreement
P:13.1 The Buyer may end this agreement by written notice if the Supplier is in material breach and does not put it right within 15 days after the Buyer asks it to do so, or if the delay payments reach their maximum.
P:13.2 If the Buyer ends this agreement under clause 13.1, the Supplier must repay the amounts paid for any part of the System that has not reached Final Acceptance.
P:13.3 Neither party is responsible for a delay caused by a typhoon, flood or other event outside its control, as long as it tells the other party promptly and does what it reasonably can to limit the delay.
H:14. Law and disputes
P:14.1 This agreement is governed by the law of the People's Republic of China.
P:14.2 Any dispute will be referred to the Weihai Arbitration Commission for arbitration in Weihai.
H:15. General
P:15.1 This agreement is the whole agreement between the parties. Any change must be in writing and signed by both parties.
P:15.2 The Supplier may not transfer this agreement to anyone else.
P:15.3 Notices must be in writing and sent to the addresses at the top of this agreement, or by email to the contact persons named in the Buyer's purchase order.
P:Signed for the Buyer: ______________________   Signed for the Supplier: ______________________
"""

SOURCES = {"h113z02": H113Z02, "h113z04": H113Z04, "h113e01": H113E01, "h113e03": H113E03}
TARGETS = {"h113z02": ("h113z02_shuttlecock_feather_vision_sorting.docx", "docx"),
           "h113z04": ("h113z04_library_smart_library_annual_om.pdf", "pdf"),
           "h113e01": ("h113e01_apple_concentrate_batch_tracking_licence.pdf", "pdf"),
           "h113e03": ("h113e03_sea_cucumber_pond_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
