"""Builds the .docx and .pdf contracts of holdout110 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). The .md and .txt contracts of this set are
plain files in this folder and are not generated. Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H110Z02 = """
T:船体分段焊缝自动检测设备采购及维保合同
P:合同编号：JLCB-SB-2026-0312
P:买方（甲方）：江临船舶重工有限公司
P:卖方（乙方）：声衡无损检测技术有限公司
P:甲方为提升船体分段合拢前焊缝检测的效率与一致性，向乙方采购焊缝自动检测设备及配套软件，并由乙方提供安装调试、检测工艺验证、人员培训、质保及质保期满后的维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、采购内容及价格
P:（一）本合同总价为人民币肆佰零捌万元整（¥4,080,000.00），含设备、软件、运输、保险、安装调试、检测工艺验证、培训及增值税。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|相控阵超声焊缝爬行检测机器人|6台|386,000|2,316,000
TB:2|数字射线（DR）成像检测系统|2套|612,000|1,224,000
TB:3|焊缝检测数据管理与评片软件（5个用户）|1套|268,000|268,000
TB:4|对比试块、标定试块及工装夹具|1批|74,000|74,000
TB:|设备及软件小计|||3,882,000
TB:5|安装调试及检测工艺验证|1项|156,000|156,000
TB:6|操作及评片人员培训（12人）|1项|42,000|42,000
TB:|合同总价|||4,080,000
P:（二）本合同总价不含质保期满后的维保服务费，该费用按本合同第六条另行计取。
P:（三）设备的详细技术参数、配置及备品备件清单以双方签署的《技术协议》为准。
H:二、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方分段制造车间，并在到货后二十日内完成安装调试。
P:（二）随设备提供：出厂检验报告、计量校准证书、射线装置辐射安全相关资料、操作及维护手册、软件安装介质和许可文件。
P:（三）射线设备的安装调试应符合甲方辐射安全管理规定。乙方人员进入船坞和分段车间，须遵守甲方安全生产及动火管理制度，服从甲方现场人员的管理。
P:（四）设备的所有权自到货签收时转移至甲方，毁损灭失风险自最终验收合格时转移至甲方。
P:（五）设备应采用防潮、防震包装，适合公路运输及厂内吊运；因包装不良造成的损坏由乙方负责修复或更换。
P:（六）乙方应对甲方12名操作及评片人员进行理论和实操培训，内容包括设备操作、日常保养、扫查工艺设置及图像评定，培训结束后进行考核并出具培训记录。
H:三、付款方式
P:（一）合同生效且甲方收到乙方开具的等额预付款保函后十个工作日内，支付合同总价的10%，即408,000元。
P:（二）设备全部到货并经甲方签收后，支付合同总价的40%，即1,632,000元。到货签收仅为数量和外观交接，不代表质量验收。
P:（三）设备通过最终验收后，支付合同总价的45%，即1,836,000元。
P:（四）剩余5%即204,000元作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
P:（五）乙方应在每笔付款前开具合法有效的增值税专用发票。
H:四、验收
P:（一）验收依据为本合同、《技术协议》及NB/T 47013、GB/T 11345等现行标准。
P:（二）最终验收标准：1. 在标准对比试块上，相控阵超声检测系统对人工缺陷的检出率及定位偏差符合《技术协议》要求；2. DR成像系统图像质量达到《技术协议》规定的像质计灵敏度；3. 选取不少于二十个实际船体分段进行比对检测，检测结论与甲方持证人员人工检测结论一致；4. 设备连续运行七十二小时无故障；5. 评片软件与甲方质量管理系统数据对接正常。
P:（三）安装完成、甲方试用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改，并承担重新验收的费用。
H:五、质量保证
P:（一）质保期为自最终验收合格之日起二十四个月。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换，软件免费升级。
P:（二）质保期内故障按下表响应和处理：
TB:故障等级|定义|响应时间|到场时间|修复或提供备机
TB:一级|设备停机，导致分段无法按计划报检|1小时|12小时|36小时
TB:二级|部分功能失效，检测效率明显下降|2小时|2个工作日|5个工作日
TB:三级|一般性问题或使用咨询|8小时|结合巡检处理|下次巡检
P:（三）乙方未按上表时限响应、到场或修复的，每超时1小时向甲方支付800元，从质量保证金或维保费中扣除。
P:（四）质保期内乙方每半年提供一次现场巡检和设备校准，并出具巡检报告。
P:（五）乙方应在甲方厂区寄存一级故障处理所需的关键备件，包括相控阵探头两只、编码器两只及爬行器驱动模块一套，备件消耗后十五日内补齐。
P:（六）同一部件在质保期内经两次维修仍不能正常使用的，乙方应更换同型号新件，更换部件的质保期自更换之日起重新计算。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可选择由乙方继续提供年度维保服务，服务内容包括故障维修、定期巡检、校准、软件升级及备件供应（易损探头及楔块除外）。
P:（二）年度维保费按设备及软件小计的百分之十八计取，即每年人民币698,760元，维保期内不作调整。维保服务每年另行签订合同，不自动续期。
P:（三）维保期内的故障响应要求及超时扣款按本合同第五条第（二）、（三）项执行。
H:七、保密
P:（一）乙方对在履行本合同过程中知悉的甲方船舶设计图纸、分段建造工艺、生产计划、焊接工艺评定及其他技术和商业信息负有保密义务，未经甲方书面同意不得向第三方披露，也不得用于本合同以外的目的。
P:（二）检测数据、检测图像及评片报告归甲方所有，乙方仅可为履行本合同使用。
P:（三）本条义务在合同终止后五年内继续有效。
H:八、知识产权
P:（一）评片软件及设备嵌入式软件的知识产权归乙方或其原权利人所有，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编制的检测工艺卡、工艺验证报告、扫查方案及参数设置文件归甲方所有，甲方可自行修改、使用，并可提供给其他供应商使用。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金，累计不超过合同总价的10%。
P:（二）乙方交付的设备不符合合同约定的，甲方有权要求更换或退货，乙方承担由此产生的费用和损失。
P:（三）乙方提供的设备存在质量问题，导致甲方分段返工或延误报检的，乙方应赔偿甲方由此产生的直接损失。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、分包
P:乙方不得转包本合同。射线防护设施安装等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同解除
P:（一）乙方逾期交货超过三十日，或设备两次验收不合格，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）因不可抗力导致合同无法履行的，双方可协商解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交舟山仲裁委员会仲裁。
H:十三、其他
P:（一）本合同经双方签字盖章后生效，一式四份，双方各执两份。
P:（二）附件：《技术协议》、设备配置及备品备件清单、培训计划。附件与本合同正文具有同等效力。
P:（三）双方往来通知以书面形式送达本合同载明的地址；任何一方变更联系方式的，应在变更后三日内书面通知对方。
P:甲方（盖章）：江临船舶重工有限公司　　　　乙方（盖章）：声衡无损检测技术有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
"""

H110Z04 = """
T:残疾人服务信息平台运维服务项目政府采购合同
P:合同编号：XCCL-ZFCG-2025-046
P:采购人（甲方）：溪城市残疾人联合会
P:供应商（乙方）：溪城数维信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及溪城市残疾人联合会"残疾人服务信息平台运维服务项目"（采购编号：XCZC-2025-1187）竞争性磋商结果，甲乙双方就该项目运维服务事项订立本合同。
H:第一条 服务范围
P:（一）运维对象：溪城市残疾人服务信息平台，包括残疾人证业务办理系统、康复救助服务系统、两项补贴发放系统、就业服务系统、无障碍门户网站及移动端、与民政和人社部门的数据交换接口，以及平台所在的服务器、数据库、中间件和安全设备。
P:（二）服务内容：日常巡检与监控、故障处理、数据库维护与备份、安全加固与漏洞修复、系统适应性调整及小功能完善（单项不超过十个人日）、用户支持、配合等级保护测评和信息安全检查，以及重大节假日和两项补贴集中发放期间的专项保障。
P:（三）乙方应组建不少于五人的运维团队，其中驻场人员三人，工作日在甲方指定地点办公。项目负责人须具有信息系统项目管理相关资格，未经甲方书面同意不得更换。
P:（四）乙方使用的运维工具和监控软件应为正版软件，部署前须经甲方审核同意；服务期满后，乙方部署在甲方环境中的监控配置和采集数据一并移交甲方。
H:第二条 服务期限
P:服务期限为二年，自2026年1月1日起至2027年12月31日止。服务期满本合同终止；需继续采购的，由甲方依照政府采购程序重新确定供应商。
H:第三条 合同价款及支付
P:（一）合同总价为人民币玖拾贰万元整（¥920,000.00），包括服务接管及安全加固费46,400元和二年运维服务费873,600元（每年436,800元），含人员、工具、差旅、税费等全部费用。
P:（二）服务接管及安全加固费在接管验收合格后十五个工作日内支付。
P:（三）运维服务费按季度支付，每季度109,200元。乙方在每季度结束后五个工作日内提交季度运维报告，甲方完成季度考核后十五个工作日内，按考核结果支付当季服务费。
P:（四）本合同不设预付款。甲方付款前，乙方应开具合法有效的发票。
H:第四条 服务接管与验收
P:（一）乙方应在服务期开始之日起二十日内完成服务接管，包括：现有系统资产及账号清点、运维文档与应急预案编制、备份策略核查及恢复演练、高危漏洞整改、监控平台部署。
P:（二）接管验收标准：1.资产清单与甲方台账核对一致；2.完成一次全量数据备份恢复演练并通过甲方校验；3.第三方漏洞扫描无高危漏洞；4.运维文档及应急预案经甲方审定。甲方在五个工作日内组织验收并出具接管验收单。
P:（三）季度考核：甲方依据附件《运维服务考核细则》对系统可用率、故障响应、巡检、报告、驻场人员出勤等进行打分。考核得分90分及以上的，全额支付当季服务费；80分至89分的，扣减当季服务费的5%；低于80分的，扣减当季服务费的10%，并由乙方提交整改方案。
P:（四）服务期满前一个月，甲方组织终期服务验收，验收内容包括全部运维文档、账号权限、备份数据及知识库的移交情况。
H:第五条 服务水平
P:（一）平台核心业务系统（残疾人证业务办理、两项补贴发放）月可用率不低于99.98%。计划内维护须提前三个工作日报甲方同意，并安排在非办公时间进行。
P:（二）故障分级及响应：一级故障（核心业务系统中断或发生数据安全事件）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能或部分区县用户不可用）30分钟内响应，8小时内恢复；三级故障（一般问题及咨询）2小时内响应，2个工作日内解决。
P:（三）乙方未达到上述时限的，每超时1小时扣减服务费1,000元；核心业务系统月可用率每低于承诺值0.01个百分点，扣减服务费500元。上述扣减与季度考核扣减合并计算，在当季服务费中扣除。
P:（四）乙方应为基层残联、街道（乡镇）及社区工作人员提供电话和远程支持，工作日8:30至17:30接听，并每季度组织一次业务系统操作培训。
P:（五）春节、国庆等重大节假日以及两项补贴集中发放期间，乙方应提前制定保障方案，安排专人值守，每日向甲方报告系统运行情况。
P:（六）乙方每月提交运维月报，内容包括系统运行情况、故障及处理情况、巡检结果、安全事件及漏洞整改、数据备份情况和下月工作计划。
H:第六条 数据安全
P:（一）平台中的残疾人个人信息、残疾类别和等级、康复及补贴记录等数据（以下简称"平台数据"）属于甲方，其中包含敏感个人信息。乙方仅可为履行本合同处理平台数据，不得用于其他任何目的。
P:（二）乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实等级保护三级要求：运维操作一律通过甲方堡垒机进行并全程审计；不得将平台数据导出、复制至甲方网络以外；测试须使用脱敏数据；运维账号专人专用，人员离岗即时注销。
P:（三）发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即启动应急预案，并在1小时内报告甲方；因乙方原因造成安全事件的，乙方承担全部法律责任和赔偿责任。
P:（四）乙方每年应配合甲方开展一次数据安全风险评估和应急演练，对发现的问题在甲方规定期限内完成整改，并提交整改报告。
H:第七条 保密
P:乙方及其人员对履行本合同中知悉的平台数据、系统架构、账号口令和甲方工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。驻场人员应签署保密承诺书。保密义务在本合同终止后继续有效。
H:第八条 知识产权
P:乙方在运维过程中编写的脚本、配置、运维文档、应急预案及完善的小功能程序，其知识产权归甲方所有，乙方应随季度报告一并移交源代码和文档。平台原有软件的知识产权不因本合同而变更。
H:第九条 违约责任
P:（一）乙方未按第四条约定期限完成服务接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方违反第六条、第七条约定的，除承担赔偿责任外，甲方有权按政府采购有关规定将其不良行为报送监督管理部门。
P:（三）甲方逾期支付服务费的，按照政府采购有关规定承担相应责任。
H:第十条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何服务转包或分包给第三方。
H:第十一条 合同解除
P:（一）乙方有下列情形之一的，甲方有权书面通知解除本合同，并要求乙方赔偿损失：1.连续两个季度考核得分低于80分；2.因乙方原因发生重大数据安全事件；3.其他严重违约行为，经甲方书面催告后十日内仍未改正。
P:（二）合同解除或服务期满时，乙方应在十五日内完成全部交接，向甲方移交全部运维文档、账号口令、备份数据及知识库，协助新的服务单位接管，交接期间不得中断服务。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:（一）磋商文件、乙方响应文件及磋商过程中的书面承诺为本合同组成部分。
P:（二）本合同一式五份，甲方三份，乙方一份，报政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：溪城市残疾人联合会　　　　乙方（盖章）：溪城数维信息技术有限公司
P:签订日期：　　年　　月　　日
"""

H110E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:FormulaTrace Enterprise - Fragrance Batch and Formula Tracking
P:Agreement No. IA-2026/031
P:BETWEEN
P:Isola Aromatica Software S.r.l., with registered office in Via Vittorio Emanuele 112, 80079 Procida (NA), Italy, VAT no. IT07718361214, in the person of its legal representative pro tempore, Mr. Gennaro Scotto di Perta (hereinafter "the Licensor")
P:AND
P:Shanghai Lumiere Parfums Co., Ltd., with registered office in Jiading District, Shanghai, People's Republic of China, in the person of its legal representative (hereinafter "the Licensee")
P:(the Licensor and the Licensee hereinafter jointly "the Parties" and each "a Party")
P:WHEREAS
P:a) the Licensor develops and markets the software FormulaTrace Enterprise for the management of fragrance formulas, raw-material lots and production batches;
P:b) the Licensee operates a fragrance compounding plant in Jiading, Shanghai, and intends to trace each finished batch back to the formula version and the raw-material lots used, and to verify each formula against the IFRA Standards before release;
P:c) the Licensee has accepted the Licensor's offer no. 2026-017 dated 12 January 2026;
P:NOW, THEREFORE, the Parties agree as follows.
H:Article 1 - Definitions
P:1.1 "Software": FormulaTrace Enterprise version 7, in object code, with the modules Formula Library, Raw Material Lots, Batch Genealogy, IFRA Compliance and Quality Release, together with its documentation.
P:1.2 "Custom Developments": the interface to the Licensee's ERP system, the report pack and the IFRA rule configurations developed specifically for the Licensee as described in Annex B.
P:1.3 "Licensee Data": formulas and their versions, raw-material specifications, supplier data, batch records, quality records and any other data entered into or generated by the Software by or for the Licensee.
P:1.4 "Go-Live": the start of productive use of the Software in the Licensee's plant.
P:1.5 "Final Acceptance": the signature of the Final Acceptance Certificate pursuant to Article 5.
H:Article 2 - Object of the Agreement
P:2.1 The Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to use the Software for up to forty (40) named users at the Licensee's sites in the People's Republic of China.
P:2.2 The Licensor shall furthermore install and configure the Software, carry out the Custom Developments, migrate the Licensee's existing formula archive (approximately 2,400 formulas with their versions), train the Licensee's users and provide the support services described in Article 7.
P:2.3 The Software shall be installed on servers owned by the Licensee and located in its data centre in Shanghai. No Licensee Data shall be hosted by the Licensor.
H:Article 3 - Price
P:3.1 The total price of this Agreement is CNY 1,628,000 (one million six hundred and twenty-eight thousand yuan), VAT included (the "Contract Price"), made up as follows:
P:- licence fee for forty (40) named users: CNY 1,120,000;
P:- installation, configuration and Custom Developments: CNY 386,000;
P:- migration of the formula archive: CNY 94,000;
P:- training (five days on site in Shanghai): CNY 28,000.
P:3.2 The prices are fixed and shall not be subject to revision. Travel and accommodation expenses of the Licensor's personnel are included.
H:Article 4 - Payment Terms
P:4.1 The Contract Price shall be paid by bank transfer as follows:
P:a) 20% (CNY 325,600) within thirty (30) days from the signature of this Agreement, against the Licensor's invoice;
P:b) 45% (CNY 732,600) upon signature of the Installation Certificate, which confirms that the Software is installed and configured; the Installation Certificate shall not constitute acceptance;
P:c) 35% (CNY 569,800) upon Final Acceptance.
P:4.2 Invoices are payable within thirty (30) days from receipt.
H:Article 5 - Delivery Schedule and Acceptance
P:5.1 The Licensor shall achieve Go-Live within one hundred and twenty (120) days from the signature of this Agreement.
P:5.2 Before Final Acceptance the Licensee shall carry out, with the assistance of the Licensor, the acceptance tests set out in Annex C, which shall include at least:
P:a) forward and backward genealogy for fifty (50) test batches, from raw-material lot to finished batch and vice versa, with results matching the Licensee's paper records;
P:b) complete and correct migration of the formula archive, verified formula by formula on a sample of two hundred (200) formulas and by record counts on the whole archive;
P:c) correct IFRA compliance checks on the test set of formulas defined by the Licensee's regulatory team;
P:d) reconciliation of the ERP interface for twenty (20) consecutive working days;
P:e) twenty (20) consecutive working days of productive use without Severity 1 incidents.
P:5.3 If the tests are passed, the Licensee shall sign the Final Acceptance Certificate within ten (10) working days. Go-Live, productive use or any payment shall not be deemed acceptance. If the tests are not passed, the Licensor shall remedy the defects and repeat the tests at its own cost.
H:Article 6 - Warranty
P:6.1 The Licensor warrants that the Software and the Custom Developments will perform substantially in accordance with the documentation and with Annex B for a period of ninety (90) days from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Licensor shall correct any defect free of charge. Support services during the Warranty Period are included in the Contract Price.
P:6.3 The warranty does not cover defects caused by modifications made by the Licensee or by third parties, or by hardware and operating systems not compliant with the Licensor's written requirements.
H:Article 7 - Maintenance and Support
P:7.1 After the Warranty Period the Licensee may purchase maintenance and support for periods of one year. The annual fee is equal to twelve percent (12%) of the licence fee, i.e. CNY 134,400 per year, and shall remain unchanged for the first three support years. Any later adjustment shall be agreed in writing and shall not exceed three percent (3%) per year. Each support year is ordered by the Licensee in writing; there is no automatic renewal.
P:7.2 Support includes corrective maintenance, new releases of the Software and a help desk in English and Mandarin, reachable by telephone, e-mail and ticketing system from 08:00 to 20:00 China Standard Time on working days, and at any time by telephone for Severity 1.
P:7.3 Incidents are classified as follows:
P:- Severity 1: the Software is unavailable, or batch release or IFRA checks cannot be performed: response within two (2) hours, at any time; workaround within eight (8) hours;
P:- Severity 2: a function is impaired without blocking production: response within eight (8) business hours;
P:- Severity 3: minor issues and questions: response within two (2) business days.
P:7.4 If the Licensor exceeds the Severity 1 response or workaround times, the Licensee shall be entitled to a reduction of CNY 600 for each hour of delay, to be deducted from the next payment or support invoice.
H:Article 8 - Intellectual Property
P:8.1 The Software and its documentation are and remain the exclusive property of the Licensor.
P:8.2 The Custom Developments, including their source code and documentation, shall become the exclusive property of the Licensee upon Final Acceptance. The Licensee may use, modify and license them to third parties without any restriction. The Licensor shall deliver the source code of the Custom Developments together with the Final Acceptance Certificate.
P:8.3 The Licensor shall hold the Licensee harmless from any claim of third parties alleging that the Software or the Custom Developments infringe their intellectual property rights.
H:Article 9 - Licensee Data and Data Protection
P:9.1 The Licensee Data, and in particular the formulas, are trade secrets of the Licensee and remain its exclusive property. The Licensor shall use the Licensee Data only for the performance of this Agreement and shall not copy, analyse or use them for any other purpose, including the development of its own products.
P:9.2 Remote access by the Licensor is allowed only through the Licensee's VPN, with individual accounts, after approval of each session by the Licensee's IT department, and is logged. No Licensee Data may be downloaded to the Licensor's systems or transferred outside the People's Republic of China; where data are needed to reproduce an incident, the Licensee will provide a masked extract.
P:9.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, shall inform the Licensee of any actual or suspected security incident within twelve (12) hours of becoming aware of it, shall cooperate in its containment, and shall be liable for the damages arising from any incident caused by its breach of this Article.
H:Article 10 - Confidentiality
P:10.1 Each Party undertakes to keep strictly confidential all information of the other Party of which it becomes aware in the performance of this Agreement, and not to disclose it to third parties without the prior written consent of the other Party.
P:10.2 The obligation set forth in this Article shall survive the termination of this Agreement for five (5) years; for the Licensee's formulas it shall survive without limit of time.
H:Article 11 - Penalties and Liability
P:11.1 If Go-Live is delayed for reasons attributable to the Licensor, the Licensor shall pay a penalty of 0.02% (zero point zero two percent) of the Contract Price for each calendar day of delay, up to a maximum of 5% of the Contract Price.
P:11.2 Except in case of wilful misconduct or gross negligence, and except for breach of Articles 9 and 10, the total liability of the Licensor under this Agreement shall not exceed one hundred and fifty percent (150%) of the Contract Price.
H:Article 12 - Subcontracting
P:The Licensor shall not subcontract all or part of the services under this Agreement without the prior written consent of the Licensee.
H:Article 13 - Termination
P:13.1 Either Party may terminate this Agreement by registered letter or certified e-mail if the other Party commits a material breach and fails to remedy it within thirty (30) days from the written notice, pursuant to Article 1454 of the Italian Civil Code.
P:13.2 In case of termination for breach of the Licensor before Final Acceptance, the Licensor shall refund the amounts received, and the Licensee shall return the Software.
H:Article 14 - Applicable Law and Jurisdiction
P:14.1 This Agreement is governed by Italian law. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
P:14.2 Any dispute arising out of or in connection with this Agreement, including its validity, interpretation and performance, shall be subject to the exclusive jurisdiction of the Court of Naples, Italy.
H:Article 15 - Final Provisions
P:15.1 The following Annexes form an integral part of this Agreement: Annex A (Software modules and user licences), Annex B (Custom Developments), Annex C (Acceptance tests).
P:15.2 This Agreement is drawn up in the English language. Any amendment shall be made in writing and signed by both Parties.
P:15.3 Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Licensee specifically approves the following clauses: 11.2 (limitation of liability), 13 (termination) and 14 (applicable law and jurisdiction).
P:Procida, ____________  The Licensor: Isola Aromatica Software S.r.l.  ____________________
P:Shanghai, ____________  The Licensee: Shanghai Lumiere Parfums Co., Ltd.  ____________________
"""

H110E03 = """
T:Supply, Installation and Maintenance Agreement - Fermentation Monitoring System
P:Agreement no. SFS-2026-007
P:This agreement is made between:
P:Hainan Xinglong Cocoa Fermentery Co., Ltd., Xinglong Town, Wanning, Hainan Province, People's Republic of China (the "Customer"); and
P:Samsø Fermentation Sensing ApS, Langgade 41, Tranebjerg, 8305 Samsø, Denmark, CVR no. 40562318 (the "Supplier").
H:1. Background and scope
P:1.1 The Customer ferments cocoa beans from Hainan smallholders in 120 wooden fermentation boxes in two halls, and dries them on raised beds. Today temperatures are read by hand twice a day. The Customer wants to measure temperature and pH in every box and the climate in the halls continuously, so that turning times and the end of fermentation can be decided on measured data and documented for buyers of its beans.
P:1.2 The Supplier will deliver the probes, gateways, climate stations and monitoring software listed in clause 2, install and calibrate them, connect the system to the Customer's electronic fermentation log, train the staff and maintain the system as set out in clauses 7 and 8.
P:1.3 The technical specification in Appendix 1 and the installation plan in Appendix 2 are part of this agreement.
H:2. Equipment, software and price
P:2.1 The contract price is CNY 1,682,000 including VAT, import duties, freight to site and insurance (the "Contract Price"). It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and pH probe set, food-grade stainless steel, two probes per box|240|3,850|924,000
TB:2|LoRaWAN gateway with LTE backup and battery|12|14,600|175,200
TB:3|Hall climate station (air temperature, humidity, CO2)|16|8,900|142,400
TB:4|FermentWatch monitoring software, perpetual site licence|1|268,000|268,000
TB:|Equipment and Licence Subtotal|||1,509,600
TB:5|Installation, calibration and integration with the fermentation log|1|146,400|146,400
TB:6|Training of operators and quality staff, three days on site|1|26,000|26,000
TB:|Contract Price|||1,682,000
P:2.2 Prices are fixed for the duration of this agreement.
H:3. Payment
P:3.1 20 % of the Contract Price, CNY 336,400, within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Customer.
P:3.2 45 %, CNY 756,900, when all equipment has been delivered to site and the Customer has countersigned the delivery note. The delivery note only confirms quantities and visible condition. It is not acceptance.
P:3.3 35 %, CNY 588,700, within 20 days after Final Acceptance.
P:3.4 The Supplier invoices each instalment with a Chinese VAT invoice issued by its agent, and the Customer pays by bank transfer in CNY.
H:4. Delivery, installation and delay
P:4.1 The Supplier delivers all equipment to site within 70 days after signature and completes installation and calibration within 25 days after delivery. The Supplier plans the installation with the Customer's production manager so that no more than ten boxes are out of use at the same time.
P:4.2 If delivery or completion of installation is late for reasons on the Supplier's side, the Supplier pays liquidated damages of 0.08 % of the Contract Price for each day of delay, up to 8 % of the Contract Price.
P:4.3 The Supplier's staff follow the Customer's food-safety and hygiene rules in the fermentation halls.
H:5. Acceptance
P:5.1 After installation the parties carry out the acceptance tests in Appendix 3. Final Acceptance requires that:
P:(a) all 240 probe sets, 12 gateways and 16 climate stations report to the software at the configured interval;
P:(b) every probe has been checked against the reference thermometer and reference pH meter in the Customer's laboratory, with a deviation within plus or minus 0.3 °C and 0.1 pH;
P:(c) high and low temperature alarms and gateway-loss alarms reach the operators' phones within 60 seconds;
P:(d) readings for one complete fermentation batch in every box are written correctly to the fermentation log;
P:(e) the system has run for 21 consecutive days without a Severity 1 fault.
P:5.2 When the tests are passed, the Customer signs the Final Acceptance Certificate. Delivery, installation, use of the system in production or any payment does not mean acceptance.
P:5.3 If a test fails, the Supplier corrects the fault at its own cost and the test is repeated.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier repairs or replaces defective equipment free of charge, including transport, and corrects software defects.
P:6.2 The warranty does not cover damage from misuse, such as probes hit by shovels during turning. The Supplier will replace such probes at the unit prices in clause 2.1.
H:7. Service levels
P:7.1 During the warranty and any maintenance year, faults are handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:1|No readings from a whole hall, or alarms not working, during active fermentation|1 hour|12 hours|36 hours, with spare units
TB:2|Readings missing from individual boxes or from one climate station|3 hours|2 working days|3 working days
TB:3|Software questions, cosmetic faults|1 working day|Not required|Next scheduled visit
P:7.2 The Supplier keeps a service engineer, a stock of spare probe sets and one spare gateway in Haikou.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier pays CNY 500. For Severity 2, the amount is CNY 200 per working day. The amounts are deducted from the next payment to the Supplier or paid on demand.
H:8. Maintenance after the warranty
P:8.1 After the warranty the Customer may order annual maintenance for up to three further years. The fee is 8.5 % of the Equipment and Licence Subtotal, which is CNY 128,316 per year, and it is fixed for those three years.
P:8.2 Maintenance covers the service levels in clause 7, two calibration visits a year, software updates and replacement parts, except probes damaged by misuse.
P:8.3 Each maintenance year is ordered in writing. There is no automatic renewal.
H:9. Customer data and security
P:9.1 All measurement data, fermentation logs, alarm histories, recipes and reports are the Customer's data and belong to the Customer. The Supplier may use them only to perform this agreement.
P:9.2 The software runs on the Customer's server at the fermentery, and the data stays in the People's Republic of China. The Supplier gets remote access only through the Customer's VPN, with personal accounts and two-factor login, on request for each job, and every session is logged. The Supplier does not copy the data to its own systems.
P:9.3 The Supplier changes all default passwords at handover, keeps the firmware of the probes and gateways updated after testing it, and informs the Customer of known vulnerabilities.
P:9.4 The Supplier informs the Customer of any security incident affecting the system or the data within 12 hours after becoming aware of it, helps to contain it, and is liable for damage caused by its breach of this clause.
H:10. Confidentiality
P:Each party keeps confidential the other party's business and technical information that it receives under this agreement, including the Customer's fermentation methods, recipes and buyer lists, and uses it only for this agreement. This applies during the agreement and for five years after it ends.
H:11. Intellectual property
P:11.1 The probe firmware and the FermentWatch software remain the Supplier's property. The Customer has a perpetual licence to use them at the fermentery.
P:11.2 The dashboards, alarm rules, calibration curves and integration scripts made for the Customer belong to the Customer. The Customer may change them and have them used and changed by others.
H:12. Subcontracting
P:The Supplier may only use subcontractors with the Customer's prior written consent. The Supplier is responsible for its subcontractors as for itself.
H:13. Liability
P:Each party is liable for its breach of this agreement under the applicable law. Neither party is liable for indirect loss, except in case of gross negligence or intent.
H:14. Termination
P:14.1 The Customer may terminate this agreement in writing if the Supplier is in material breach and has not remedied the breach within 30 days after written notice, or if delay damages have reached the maximum in clause 4.2.
P:14.2 On termination before Final Acceptance the Supplier refunds the payments received against return of the equipment.
H:15. Law and disputes
P:This agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation are brought before the people's court with jurisdiction where the Customer has its domicile.
H:16. General
P:16.1 The agreement is made in English in two copies, one for each party. Changes must be in writing and signed by both parties.
P:16.2 Appendices: 1 Technical specification, 2 Installation plan, 3 Acceptance tests.
P:For the Customer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

SOURCES = {"h110z02": H110Z02, "h110z04": H110Z04, "h110e01": H110E01, "h110e03": H110E03}
TARGETS = {"h110z02": ("h110z02_shipyard_weld_inspection_equipment_maintenance.docx", "docx"),
           "h110z04": ("h110z04_disabled_federation_service_platform_om.pdf", "pdf"),
           "h110e01": ("h110e01_perfume_formula_tracking_licence_procida_vendor.pdf", "pdf"),
           "h110e03": ("h110e03_cocoa_fermentery_sensors_maintenance_samso.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
