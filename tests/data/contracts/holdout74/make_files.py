"""Builds the .docx and .pdf contracts of holdout74 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are written by hand and
are not generated here. PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H74Z01 = """
T:江北省智慧粮库管理平台建设项目政府采购合同
P:合同编号：JBLC-ZC-2026-031
P:采购人（甲方）：江北省粮食和物资储备局
P:地址：江北省临江市人民东路 56 号
P:供应商（乙方）：郑州禾仓智能科技有限公司
P:地址：河南省郑州市金水区花园路 139 号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及江北省智慧粮库管理平台建设项目（项目编号：JBZC2026-0112）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方在投标中作出的承诺为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责为甲方直属省级储备粮库及下属十二个库点建设智慧粮库管理平台，包括粮情测控、智能通风、出入库智能值守、视频监控前端及省级监管平台，完成设备供货、安装调试、平台部署、定制开发、系统集成及培训。
P:1.2 项目建成后，应实现各库点粮温、仓温仓湿、虫害、气体浓度等粮情数据的自动采集与集中监管，实现出入库作业全流程留痕，并按国家粮食和物资储备局有关规范向国家粮食储备监管平台报送储备粮数据。
P:1.3 交付期限：乙方应在合同签订之日起一百二十日内完成全部设备到货、安装调试及平台上线，具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰叁拾万元整（¥5,300,000.00），为固定总价，已包含设备、软件许可、定制开发、运输、保险、安装调试、系统集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|粮情测控分机及测温电缆|12个库点|1,286,400
TB:2|智能通风控制柜|54台|486,000
TB:3|出入库智能值守设备（车牌识别、智能扦样、地磅对接）|12套|734,500
TB:4|视频监控前端及存储|1批|412,800
TB:5|智慧粮库管理平台软件许可（省级平台及库点版）|1套|960,000
TB:6|服务器、网络及安全设备|1批|358,300
TB:|软硬件小计||4,238,000
TB:7|定制开发（省级储备粮监管驾驶舱、国家平台数据对接接口）|1项|628,000
TB:8|安装调试及系统集成|1项|395,600
TB:9|培训|1项|38,400
TB:|合同总价||5,300,000
P:2.2 合同履行期间，合同价款不因市场价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额的银行预付款保函后十五个工作日内，甲方支付合同总价的百分之二十，即人民币1,060,000元，作为预付款。
P:3.2 全部设备到货并经甲方清点签收后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币1,855,000元。到货签收仅为数量和外观确认，不代表质量验收。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的百分之四十，即人民币2,120,000元。
P:3.4 其余百分之五，即人民币265,000元，作为质量保证金，质保期满且乙方无未了结的质保责任后十五个工作日内无息退还。
P:3.5 乙方每次收款前应开具等额增值税发票。甲方按国库集中支付程序办理付款。
H:第四条 实施要求
P:4.1 乙方应在合同签订后十五日内提交项目实施方案，经甲方确认后实施。各库点施工应避开粮食集中收购和出库高峰期，不得影响储粮安全。
P:4.2 测温电缆的布设应符合粮食行业标准《粮情测控系统》的要求，布设密度、点位编号应与库点仓房图纸一致。
P:4.3 乙方应指定项目经理一名，项目实施期间常驻甲方指定地点，未经甲方同意不得更换。
H:第五条 服务水平
P:5.1 质保期内，省级监管平台月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入。
P:5.2 故障按下表分级响应和处理：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|省级平台或库点系统整体瘫痪，粮情数据无法采集，出入库作业中断|30分钟|6小时|10小时
TB:二级|单个库点部分功能失效，个别仓房数据缺失|2小时|次日|48小时
TB:三级|一般性功能问题、操作咨询|8小时|按需|5个工作日
P:5.3 乙方未在规定时间内响应、到场或恢复的，每超时一小时，乙方向甲方支付人民币800元；平台月度可用率每低于承诺值0.01个百分点，乙方支付人民币1,000元。上述款项甲方可从质量保证金或应付款中直接扣除。
H:第六条 验收
P:6.1 初验：全部设备安装调试完成、平台上线后，乙方提交初验申请。初验标准包括：（一）设备型号、数量与投标文件一致；（二）测温精度达到±0.5℃，每个仓房抽检点位不少于二十个；（三）智能通风控制柜能按预设条件自动启停，并与粮情数据联动；（四）出入库值守流程（车牌识别、扦样、检斤、结算）全流程贯通；（五）国家平台数据对接接口联调通过。
P:6.2 初验合格后进入九十日试运行期。试运行期内连续三十日向国家平台报送数据无差错、未发生一级故障，且平台通过第三方网络安全等级保护三级测评的，甲方组织最终验收，出具最终验收报告。
P:6.3 设备到货、安装、平台上线、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第七条 质量保证及售后服务
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及技术支持，更换部件的质保期自更换之日起重新计算。
P:7.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的百分之八，即不超过人民币339,040元/年，且质保期满后三年内不上调。维保合同由双方另行签订。
H:第八条 数据安全
P:8.1 本项目采集、存储、处理的粮情数据、库存数据、出入库记录及视频资料均属于甲方所有。乙方仅为履行本合同之目的接触上述数据，不得用于任何其他目的。
P:8.2 平台部署于甲方政务云及库点机房，按网络安全等级保护三级要求建设。乙方远程运维须经甲方逐次审批，并通过甲方堡垒机进行，操作全程留痕；乙方不得将数据复制或带离甲方环境。
P:8.3 因乙方原因发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后一小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的储备粮数量、库点分布、仓储布局及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 本合同项下定制开发的监管驾驶舱、国家平台数据对接接口及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:10.2 智慧粮库管理平台软件的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及所属库点。
P:10.3 乙方保证所提供的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 分包
P:11.1 乙方不得转包本项目。库点土建配套及布线工程确需分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:12.2 乙方提供的设备或软件不符合合同约定的，乙方应负责更换或整改，并赔偿甲方由此遭受的损失。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或经两次验收仍不合格，或有其他重大违约行为经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江北省粮食和物资储备局　　乙方（盖章）：郑州禾仓智能科技有限公司
P:授权代表：　　　　　　　　授权代表：
P:日期：2026年　月　日
"""

H74Z02 = """
T:在线定量水分测控系统采购合同
P:合同编号：GJZY-SB-2026-0418
P:买方（甲方）：江西赣江纸业有限公司
P:地址：江西省吉安市吉州区工业园纸业大道 9 号
P:卖方（乙方）：杭州森测自动化技术有限公司
P:地址：浙江省杭州市余杭区文一西路 1218 号
P:甲方因PM3、PM4两台文化纸机技术改造需要，向乙方采购在线定量水分测控系统（QCS）。双方依据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方供应QCS系统二套，分别用于PM3、PM4纸机，并负责安装、调试、与甲方DCS系统通讯联调及操作培训。设备技术参数以本合同附件一《技术协议》为准。
P:（二）合同价格明细如下（人民币元，含增值税）：
P:1. O型扫描架，2套，单价468,000元，小计936,000元；
P:2. β射线定量传感器，2套，单价215,000元，小计430,000元；
P:3. 红外水分传感器，2套，单价168,000元，小计336,000元；
P:4. 稀释水横幅定量执行器（含控制阀组），2套，单价386,000元，小计772,000元；
P:5. QCS控制软件许可及操作站，2套，单价126,000元，小计252,000元；
P:以上硬件及软件小计2,726,000元。
P:6. 安装、调试及DCS通讯联调费184,000元；
P:7. 备品备件48,000元；
P:8. 培训费30,000元。
P:合同总价为人民币贰佰玖拾捌万捌仟元整（¥2,988,000.00）。
P:（三）合同价格为固定价格，包括设备、软件、包装、运输至甲方现场、保险、安装调试、培训、税费以及质保期内的全部服务费用。
H:二、交货
P:（一）交货期：合同生效后九十日内，全部设备运抵甲方纸机车间指定地点。
P:（二）扫描架等精密设备的运输、吊装由乙方负责。乙方不得将本合同的供货及安装义务转包或分包给第三方；如需委托专业吊装单位，须事先取得甲方书面同意。
P:（三）设备到货后，双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不视为质量验收。
P:（四）设备包装应适合长途运输，并具备防潮、防震措施。β射线定量传感器所含放射源的运输、贮存和使用，按国家放射性同位素与射线装置安全管理的规定办理，乙方负责提供放射源的合法来源证明及检测报告，并协助甲方办理辐射安全许可变更手续。
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的百分之二十，即597,600元，作为预付款。
P:（二）全部设备到货签收后十五日内，甲方支付合同总价的百分之三十五，即1,045,800元。
P:（三）系统通过验收后三十日内，甲方支付合同总价的百分之四十，即1,195,200元。
P:（四）合同总价的百分之五，即149,400元，作为质量保证金，质保期满后十五日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、安装调试与验收
P:（一）乙方应在设备到货后四十五日内完成安装调试，并结合纸机停机检修计划完成投运，不得因安装原因延长甲方停机时间。
P:（二）系统投运后连续运行七十二小时无故障，乙方提交验收申请。验收标准：1. 定量测量精度±0.5g/m²，水分测量精度±0.3%；2. 横幅定量偏差（2σ）较投运前降低不少于百分之三十五；3. 定量、水分闭环控制稳定投用，与DCS通讯数据一致；4. 技术协议规定的全部功能、报表和操作画面可正常使用。
P:（三）验收所需的标准纸样由甲方提供，甲方实验室的离线检测结果作为比对依据，双方共同记录比对数据。
P:（四）验收合格的，双方签署验收证书；验收不合格的，乙方应在二十日内免费整改后重新验收。设备安装、投运或甲方使用，均不视为验收合格。
H:五、远程诊断与数据安全
P:（一）QCS系统采集的定量、水分、车速、工艺参数等生产数据归甲方所有，乙方仅可为故障诊断和质保服务之目的使用，不得用于其他目的。
P:（二）乙方需要远程诊断的，应逐次向甲方申请，经甲方同意后通过甲方提供的VPN通道接入，不得在乙方服务器上下载、存储甲方生产数据，远程操作应全程记录。
P:（三）乙方不得在QCS系统中预留后门或未经说明的远程接入功能，交付前应提供软件安全检测报告。因乙方原因导致甲方控制系统遭受网络攻击、生产数据被篡改或丢失的，乙方应在知悉后两小时内通知甲方，配合处置，并赔偿甲方由此造成的损失。
H:六、质量保证与维保
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，并免费提供软件升级。
P:（二）故障响应：1. 一级故障（扫描架停止运行或定量、水分测量失效，导致纸机无法闭环控制）：乙方在接到通知后一小时内远程响应，二十小时内派工程师到达现场；2. 二级故障（部分功能或报表异常，不影响闭环控制）：八小时内响应，三个工作日内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每超时一小时，甲方有权从质量保证金中扣除500元。
P:（四）培训：乙方为甲方仪表、电气及工艺人员提供现场培训不少于五个工作日，内容包括系统操作、日常维护、传感器标定、常见故障处理及辐射安全知识，培训结束后对参训人员进行考核。
P:（五）质保期满后，乙方应继续提供年度维保服务，包括每年两次定期巡检校准、故障维修及软件升级。年度维保费按硬件及软件小计的百分之十八计取，即每年490,680元，自质保期满之日起三年内不作调整；具体以双方另行签订的维保合同为准。
H:七、知识产权
P:（一）QCS控制软件的知识产权归乙方所有，乙方授予甲方在PM3、PM4纸机上永久使用的许可。
P:（二）乙方为甲方专门完成的控制回路参数整定方案、DCS通讯组态、定制报表及操作画面，归甲方所有，甲方可自行修改或交由第三方使用。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）设备质量不符合合同约定的，乙方应负责更换，并承担由此产生的费用及甲方的停机损失。
H:九、合同解除
P:（一）乙方有下列情形之一的，甲方有权书面通知解除合同：1. 逾期交货超过三十日；2. 系统经两次验收仍不合格；3. 有其他根本违约行为，经甲方书面通知后十五日内未纠正。
P:（二）合同解除后，乙方应退还甲方已付款项，并赔偿甲方损失。
H:十、不可抗力
P:因地震、洪水、火灾等不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十日内提供有关证明，可相应延期履行或部分免除责任，但迟延履行后发生不可抗力的除外。
H:十一、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。
H:十二、其他
P:（一）乙方人员在甲方现场作业期间，应遵守甲方安全生产、动火作业及登高作业管理制度，因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（二）本合同附件为：附件一《技术协议》，附件二《设备清单》。附件与本合同具有同等效力。
P:（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：江西赣江纸业有限公司（盖章）　　乙方：杭州森测自动化技术有限公司（盖章）
P:代表：　　　　　　　　代表：
P:日期：2026年　月　日
"""

H74E01 = """
T:LICENCE AND TECHNICAL SUPPORT CONTRACT No. PFT-CN-07/2026
P:City of Dushanbe - City of Ordos        "___" ____________ 2026
P:Limited Liability Company "Pamir FibreTech", registered in the Republic of Tajikistan (TIN 020012345), located at 48 Rudaki Avenue, Dushanbe, 734025, hereinafter referred to as the "Licensor", represented by Director Mr. Farrukh Nazarov acting on the basis of the Charter, on the one hand, and
P:Inner Mongolia Baiyun Cashmere Products Co., Ltd., located at 17 Tianjiao Road, Dongsheng District, Ordos, Inner Mongolia, People's Republic of China, hereinafter referred to as the "Licensee", represented by General Manager Ms. Wang Lan acting on the basis of the Articles of Association, on the other hand, together referred to as the "Parties", have concluded the present Contract as follows.
H:Article 1. Subject of the Contract
P:1.1. The Licensor grants to the Licensee a perpetual, non-exclusive licence to use the software "FiberScan Grader" version 5 (hereinafter the "Software") for the optical measurement and grading of dehaired cashmere fibre by mean fibre diameter, diameter distribution, length and colour, on four (4) grading stations and one (1) grading database server at the Licensee's testing laboratory in Ordos.
P:1.2. The Licensor shall also perform the following services (hereinafter the "Services"): (a) installation of the Software on the Licensee's existing microscope-camera stations; (b) calibration of each station against the Licensee's reference samples; (c) development of the Licensee's grading scheme, namely the class boundaries for white, light-grey and cyan cashmere according to the Licensee's purchasing standard; (d) an interface module transferring lot grading results to the Licensee's ERP system; (e) training of the Licensee's laboratory personnel; and (f) technical support in accordance with Article 7.
P:1.3. The Software and its documentation are delivered in English, Russian and Chinese language versions.
H:Article 2. Price of the Contract
P:2.1. The total price of the present Contract is CNY 1,158,000 (one million one hundred fifty-eight thousand Chinese yuan), composed as follows:
P:- perpetual licence for 4 grading stations at CNY 186,000 each: CNY 744,000;
P:- grading database server licence: CNY 96,000;
P:(licence fees in total: CNY 840,000)
P:- calibration and development of the grading scheme: CNY 214,000;
P:- installation and ERP interface module: CNY 78,000;
P:- training (five days on site, two days remote): CNY 26,000.
P:2.2. At the request of the Licensee the price is fixed in Chinese yuan (CNY). The price includes travel and accommodation of the Licensor's specialists in Ordos. Taxes in the Republic of Tajikistan are paid by the Licensor; withholding taxes in the People's Republic of China, if any, are withheld by the Licensee according to the applicable law and the double taxation agreement between the two countries.
H:Article 3. Payment Terms
P:3.1. Advance payment of twenty per cent (20 %) of the Contract price, i.e. CNY 231,600, within ten (10) banking days after signing of the Contract and receipt of the Licensor's invoice.
P:3.2. Forty-five per cent (45 %), i.e. CNY 521,100, within fifteen (15) banking days after signing of the Installation Certificate. The Installation Certificate confirms only that the Software is installed and running on all stations; it does not mean acceptance.
P:3.3. Thirty-five per cent (35 %), i.e. CNY 405,300, within fifteen (15) banking days after signing of the Final Acceptance Certificate.
P:3.4. Payments are made by bank transfer in CNY to the account of the Licensor indicated in Article 16. Bank charges outside the People's Republic of China are for the account of the Licensor.
H:Article 4. Terms of Performance
P:4.1. The Licensor shall install the Software and complete the calibration within sixty (60) calendar days after receipt of the advance payment.
P:4.2. The Licensee provides remote access in accordance with Article 9, laboratory premises, reference samples with the values of its reference laboratory, and one responsible engineer.
P:4.3. The Licensee issues invitation letters needed for the visas of the Licensor's specialists.
H:Article 5. Acceptance
P:5.1. After installation the Parties sign the Installation Certificate.
P:5.2. Acceptance tests are carried out by the Parties jointly within twenty (20) working days after the Installation Certificate according to the Acceptance Test Programme (Appendix 2), which includes: (a) measurement of three hundred (300) reference samples, where the mean fibre diameter measured by the Software deviates from the reference laboratory value by not more than 0.2 micrometre on at least 285 samples; (b) the colour class assigned by the Software agrees with the reference class on at least 285 of the 300 samples; (c) grading results of twenty (20) production lots are transferred to the ERP system without error; (d) ten (10) consecutive working days of operation without a Critical fault.
P:5.3. If the tests are passed, the Parties sign the Final Acceptance Certificate within five (5) working days. If not, the Licensor eliminates the defects at its own cost within fifteen (15) days and the tests are repeated. Use of the Software in production before the Final Acceptance Certificate is not acceptance.
H:Article 6. Warranty
P:6.1. The Licensor guarantees that the Software works substantially in accordance with its documentation and the Technical Specification (Appendix 1) during six (6) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:6.2. During the Warranty Period the Licensor eliminates errors free of charge and provides updates of version 5 of the Software.
H:Article 7. Technical Support
P:7.1. Support is provided remotely from Dushanbe on working days from 09:00 to 18:00 Beijing time, by e-mail, telephone and the Licensor's ticket system. An emergency telephone line for Critical faults is available every day.
P:7.2. Response times are as follows:
P:- Critical fault (grading is stopped on all stations or the results are evidently wrong): response within two (2) hours, workaround within one (1) working day;
P:- Major fault (one station or the ERP interface does not work): response within eight (8) working hours;
P:- Minor fault or question: response within three (3) working days.
P:7.3. For each full hour of delay in the response to a Critical fault the Licensor pays to the Licensee CNY 500, which the Licensee may deduct from any amount payable to the Licensor.
P:7.4. After the Warranty Period the Licensor provides technical support and updates for an annual fee of eleven per cent (11 %) of the licence fees, i.e. CNY 92,400 per year. This fee is fixed for five (5) years after the end of the Warranty Period. Support is ordered each year by written order of the Licensee; there is no automatic prolongation.
H:Article 8. Intellectual Property
P:8.1. All exclusive rights to the Software, its documentation and updates belong to the Licensor.
P:8.2. The exclusive rights to the grading scheme, the calibration tables, the ERP interface module and all other results created by the Licensor under the present Contract for the Licensee also belong to the Licensor. The Licensee receives a non-exclusive right to use them together with the Software for its own production, without the right to modify them, to transfer them to third persons or to allow third persons to use them.
P:8.3. The Licensor guarantees that the Software does not infringe the rights of third persons and will settle at its own cost any claims of third persons in this respect.
H:Article 9. Data and Information Security
P:9.1. Sample images, measurement results, lot data and supplier data of the Licensee (the "Licensee Data") are the property of the Licensee. The Licensor uses the Licensee Data only for performance of the present Contract and does not use them for other customers, for development of its products or for any other purpose.
P:9.2. The Software and the Licensee Data are located on the Licensee's server in Ordos. Remote access of the Licensor is possible only through the Licensee's VPN after approval of each session by the Licensee's engineer, and all sessions are logged. The Licensor shall not copy Licensee Data to its own systems, except test files agreed in writing, which are deleted after use.
P:9.3. The Licensor ensures that its personnel having access are bound by the obligations of this Article, uses anti-virus control and individual protected passwords. In case of unauthorised access to, loss of or damage to the Licensee Data caused by the Licensor, the Licensor informs the Licensee within twenty-four (24) hours, takes all measures to eliminate the consequences and compensates the losses of the Licensee.
H:Article 10. Confidentiality
P:10.1. The Parties keep confidential the conditions of the present Contract and all technical and commercial information received from the other Party, including the Licensee's purchasing prices and supplier lists, and do not disclose it to third persons without the written consent of the other Party, during the term of the Contract and five (5) years after it.
H:Article 11. Responsibility of the Parties
P:11.1. For delay of installation and calibration the Licensor pays to the Licensee a penalty of 0.1 % (zero point one per cent) of the Contract price for each day of delay, but not more than ten per cent (10 %) of the Contract price.
P:11.2. For delay of payment the Licensee pays to the Licensor a penalty of 0.03 % of the overdue amount for each day of delay.
P:11.3. Payment of penalties does not release the Parties from performance of their obligations.
H:Article 12. Subcontractors
P:12.1. The Licensor shall not engage subcontractors (co-executors) for the Services without the prior written consent of the Licensee. The Licensor is responsible for the actions of the co-executors as for its own.
H:Article 13. Force Majeure
P:13.1. The Parties are released from responsibility for non-performance caused by circumstances of insuperable force (earthquake, flood, war, acts of state bodies) if they notify the other Party within ten (10) days and confirm them by a certificate of the competent chamber of commerce.
H:Article 14. Term and Termination
P:14.1. The Contract enters into force from the date of signing and is valid until full performance of obligations by the Parties.
P:14.2. The Licensee may terminate the Contract unilaterally by written notice if the Licensor delays the installation by more than thirty (30) days, if the acceptance tests fail twice, or if the Licensor materially breaches the Contract and does not remedy the breach within fifteen (15) days after written notice. In this case the Licensor returns the amounts received for the Services not accepted.
H:Article 15. Applicable Law and Disputes
P:15.1. The present Contract is governed by the law of the Republic of Tajikistan.
P:15.2. Disputes are settled by negotiations. Disputes not settled within thirty (30) days are submitted to the International Arbitration Court at the Chamber of Commerce and Industry of the Republic of Tajikistan in Dushanbe, in accordance with its rules. The language of arbitration is English. The award is final.
H:Article 16. Final Provisions
P:16.1. The Contract is made in two originals in English and Russian; in case of discrepancy the English text prevails. Appendix 1: Technical Specification. Appendix 2: Acceptance Test Programme.
P:16.2. Bank details. Licensor: account in CNY No. 40807156900000001843, OJSC "Orienbank", Dushanbe, SWIFT ORNBTJ22. Licensee: Bank of China, Ordos Branch.
P:Licensor: ____________ F. Nazarov, Director        Licensee: ____________ Wang Lan, General Manager
"""

H74E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT - TANK LEVEL RADAR SYSTEM
P:Contract No. API-HN-2026-019
P:This Agreement is made between Hainan Wenchang Yehai Coconut Products Co., Ltd., of Qinglan Industrial Park, Wenchang, Hainan Province, People's Republic of China (the "Purchaser"), and Apia Process Instruments Limited, a company incorporated in Samoa with its principal office at Vaitele Street, Apia, Samoa, acting through its project office in Haikou (the "Contractor").
P:Background: The Purchaser operates a coconut-oil mill with crude-oil, refined (RBD) oil, fatty-acid distillate and utility tanks. The Contractor has installed tank-gauging systems at copra and coconut-oil mills in Samoa, Fiji and Vanuatu. The Purchaser has selected the Contractor to supply and maintain a radar tank-level and inventory system on the terms set out below.
H:1. Definitions and interpretation
P:1.1 In this Agreement: "Contract Price" means the amount stated in clause 3; "Equipment" means the items listed in the price schedule in clause 3; "Final Acceptance" means signature of the Final Acceptance Certificate under clause 6; "Site" means the Purchaser's mill at Qinglan; "Warranty Period" has the meaning in clause 7.
P:1.2 Headings are for convenience only. A reference to a clause is to a clause of this Agreement.
H:2. Scope of supply
P:2.1 The Contractor shall supply, install, configure, test and commission at the Site the radar level transmitters, wireless gateways, inventory software and computers listed in clause 3, adapt the tank-roof nozzles, lay the cabling, enter the tank strapping tables supplied by the Purchaser and connect the system to the Purchaser's DCS and to the inventory module of its ERP.
P:2.2 The Contractor shall train the Purchaser's operators and instrument technicians and provide as-built drawings, configuration files and manuals in English and Chinese.
P:2.3 The Contractor shall maintain the system during and after the Warranty Period in accordance with clauses 7 and 8.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,096,000, fixed and inclusive of delivery to Site, import duties, taxes, installation and all services up to the end of the Warranty Period, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|80 GHz non-contact radar level transmitter, crude and RBD oil tanks|46|9,800|450,800
TB:2|Guided-wave radar transmitter, day tanks and deodoriser feed tanks|14|7,600|106,400
TB:3|Wireless gateway / remote terminal unit|8|12,500|100,000
TB:4|Tank inventory software licence, perpetual (1 server, 3 clients)|1|168,000|168,000
TB:5|Inventory server and two operator workstations|1 lot|64,000|64,000
TB:|Equipment and Licence Subtotal|||889,200
TB:6|Installation, nozzle adaptation, cabling and junction boxes|1 lot||132,000
TB:7|Integration with DCS and ERP inventory module|1 lot||58,000
TB:8|Training|1 lot||16,800
TB:|Contract Price|||1,096,000
H:4. Payment
P:4.1 The Purchaser shall pay ten per cent (10%) of the Contract Price, CNY 109,600, as an advance within fifteen (15) days after receiving an advance-payment guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Purchaser shall pay fifty-five per cent (55%), CNY 602,800, within thirty (30) days after delivery and installation of all Equipment, certified by the Purchaser in an Installation Certificate. The Installation Certificate is not acceptance of the system.
P:4.3 The Purchaser shall pay the balance of thirty-five per cent (35%), CNY 383,600, within thirty (30) days after Final Acceptance.
P:4.4 Each payment is subject to a valid VAT invoice.
H:5. Delivery and installation
P:5.1 The Contractor shall deliver all Equipment to Site within seventy (70) days after signature and complete installation and commissioning, ready for acceptance testing, within one hundred and ten (110) days after signature.
P:5.2 Work on tank roofs is hot work in a hazardous area and shall follow the Purchaser's permit-to-work system and safety rules.
P:5.3 If the Contractor fails to meet either date in clause 5.1, it shall pay the Purchaser liquidated damages of CNY 900 for each day of delay, up to a total of ten per cent (10%) of the Contract Price.
H:6. Testing and acceptance
P:6.1 Site acceptance tests shall be witnessed by the Purchaser and shall show that: (a) on every tank the radar level reading is within plus or minus 3 mm of a manual dip taken at three different levels; (b) every high-level and high-high-level alarm has been tested by a simulated level and is received in the DCS; (c) the inventory volumes and masses calculated from the strapping tables agree with the ERP stock records for ten consecutive tank transfers, each within 0.2 tonne; and (d) the system has run for fourteen (14) consecutive days without a Severity 1 fault.
P:6.2 When all tests are passed the Purchaser shall sign the Final Acceptance Certificate within five (5) working days. If a test fails, the Contractor shall correct the fault at its cost and the test shall be repeated.
P:6.3 Delivery, installation, commissioning or use of the system by the Purchaser shall not amount to acceptance.
H:7. Warranty
P:7.1 The Contractor warrants the Equipment, the software and its workmanship for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Contractor shall repair or replace any defective item free of charge, including parts, labour and travel, and shall provide software updates free of charge.
P:7.2 During the Warranty Period the Contractor shall carry out two preventive maintenance visits per year, including verification of every transmitter against a manual dip.
H:8. Maintenance services and service levels
P:8.1 During the Warranty Period and any maintenance period after it, faults shall be handled as follows:
TB:Severity|Definition|Response (remote)|Engineer on Site|Restoration
TB:1|Level reading lost or frozen on any oil tank, or a high-level alarm not working|30 minutes|3 hours|8 hours
TB:2|Single transmitter fault on a water or utility tank, or an inventory report error|2 hours|next working day|2 working days
TB:3|Question or minor issue with no effect on operation|1 working day|as agreed|next maintenance visit
P:8.2 For each hour, or part of an hour, by which the Contractor misses a response, attendance or restoration time for a Severity 1 fault, the Contractor shall pay the Purchaser CNY 600, which the Purchaser may deduct from any amount due.
P:8.3 After the Warranty Period, the Contractor shall, if the Purchaser so orders in writing, provide maintenance on the same terms for an annual fee of seven and a half per cent (7.5%) of the Equipment and Licence Subtotal, being CNY 66,690 per year. This fee shall not be increased during the first three years after the Warranty Period. Maintenance is ordered year by year by written order; it does not renew automatically.
H:9. Purchaser data and cyber security
P:9.1 All tank, inventory, process and alarm data collected or held by the system belongs to the Purchaser. The Contractor may use it only to perform this Agreement.
P:9.2 The Contractor shall not install any remote-access facility that is not described in the design documents. Remote support is permitted only through the Purchaser's VPN, after approval of each session by the Purchaser's instrument engineer, and every session shall be logged. The Contractor shall not copy Purchaser data outside the Purchaser's systems.
P:9.3 The Contractor shall comply with the PRC Cybersecurity Law and Data Security Law in performing this Agreement. If a security incident affecting the system or Purchaser data is caused by the Contractor, the Contractor shall notify the Purchaser within two (2) hours, take immediate steps to contain it and compensate the Purchaser for its resulting losses.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including the Purchaser's production volumes, stock levels and plant layout, and shall not disclose it to any third party without the other party's written consent. This obligation continues for five (5) years after this Agreement ends.
H:11. Intellectual property
P:11.1 Transmitter firmware and the inventory software remain the property of their manufacturers, and the Purchaser receives a perpetual licence to use them at the Site.
P:11.2 All project-specific deliverables, including the entered strapping tables, configuration files, DCS and ERP interface scripts and as-built drawings, belong to the Purchaser, which may use, modify and give them to any other contractor.
H:12. Subcontracting
P:12.1 The Contractor shall not subcontract any part of the work without the Purchaser's prior written consent. Scaffolding and hot-work contractors must be approved by the Purchaser in writing before they come to Site. The Contractor remains responsible for all subcontracted work.
H:13. Liability
P:13.1 The Contractor's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to death or personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:14. Termination
P:14.1 The Purchaser may terminate this Agreement by written notice if the Contractor commits a material breach and does not remedy it within fourteen (14) days after written notice, if the liquidated damages under clause 5.3 reach their maximum, or if the Contractor becomes insolvent.
P:14.2 On termination the Contractor shall refund amounts paid for Equipment or services not delivered and accepted, and the Purchaser may complete the work through another contractor.
H:15. Governing law and disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be referred to the Hainan International Arbitration Court for arbitration in Haikou under its rules then in force. The award is final and binding on both parties.
H:16. General
P:16.1 This Agreement is signed in English and Chinese, both texts having equal force. Notices shall be in writing and sent to the addresses above.
P:16.2 This Agreement may be varied only in writing signed by both parties.
P:Signed for the Purchaser: ____________________    Signed for the Contractor: ____________________
"""

SOURCES = {"h74z01": H74Z01, "h74z02": H74Z02, "h74e01": H74E01, "h74e03": H74E03}
TARGETS = {"h74z01": ("h74z01_grain_reserve_smart_depot_platform.docx", "docx"),
           "h74z02": ("h74z02_paper_mill_qcs_basis_weight_moisture.pdf", "pdf"),
           "h74e01": ("h74e01_cashmere_fibre_grading_licence_tajik_vendor.pdf", "pdf"),
           "h74e03": ("h74e03_coconut_oil_tank_radar_samoan_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
