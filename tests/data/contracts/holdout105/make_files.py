"""Builds the Word and PDF contracts of holdout105 from the sources kept below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files and are
not built here. PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H105Z01 = """
T:江北省药品追溯监管平台建设项目合同书
P:项目编号：JBZC2026-0417　　合同编号：JBYJ-XX-2026-011
P:甲方（采购人）：江北省药品监督管理局
P:乙方（供应商）：杭州恒溯信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江北省药品追溯监管平台建设项目（以下简称“本项目”）签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责本项目的系统集成，包括：药品追溯监管平台软件的提供与部署；应用服务器、数据库服务器、分布式存储及服务器密码机的供货与安装；与国家药品追溯协同服务平台的数据对接；疫苗追溯监管模块、移动监管App的定制开发；药品上市许可持有人、生产企业和经营企业追溯数据的接入与历史数据迁移；等保三级测评及商用密码应用安全性评估的配合；培训。
P:1.2 系统部署在甲方指定的江北省政务云及甲方机房，具体功能和性能要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准。
P:1.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师证书，并在项目实施期间常驻甲方现场；更换项目经理须事先征得甲方书面同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾叁万元整（¥3,430,000.00），为固定总价，已包含货物、软件许可、开发、运输、安装、测试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|药品追溯监管平台软件许可（永久）|1套|1,280,000|1,280,000
TB:2|应用服务器|6台|68,000|408,000
TB:3|数据库服务器|2台|156,000|312,000
TB:4|分布式存储系统|1套|286,000|286,000
TB:5|服务器密码机|2台|74,000|148,000
TB:|软硬件小计|||2,434,000
TB:6|定制开发（协同平台对接、疫苗追溯监管模块、移动监管App）|1项|736,000|736,000
TB:7|数据迁移及接口联调|1项|164,000|164,000
TB:8|安装部署、测评配合及培训|1项|96,000|96,000
TB:|合同总价|||3,430,000
H:第三条 付款方式
P:3.1 合同签订后，甲方在收到乙方开具的等额发票后十个工作日内支付合同总价的20%作为预付款，即人民币686,000元。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即人民币1,543,500元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币1,200,500元。
P:3.4 甲方按财政国库集中支付程序付款，乙方应在每次付款前提供合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后三十日内完成硬件到货及安装，九十日内完成全部软件部署、定制开发和数据迁移，并具备初步验收条件。
P:4.2 硬件到货时由甲方进行数量和外观清点并签署到货单。到货签收仅表示货物数量相符，不代表质量验收。
P:4.3 乙方应在初步验收前向甲方提交系统设计文档、接口说明、部署手册、用户手册、运维手册和测试报告。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，甲方对照《采购需求》逐项测试，包括：追溯码查询在1,000个并发用户下响应时间不超过2秒；与国家药品追溯协同服务平台的数据交换成功；历史追溯数据迁移后经全量比对一致；疫苗追溯监管模块及移动监管App的功能全部实现。测试通过后签署初步验收报告。
P:5.2 试运行：初步验收后系统试运行六十日，试运行期间不得发生一级故障。
P:5.3 最终验收：试运行期满，且系统通过第三方等保三级测评和商用密码应用安全性评估后，甲方组织专家进行最终验收，验收合格的签署最终验收报告。
P:5.4 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件保修（含备件更换）及7×24小时技术支持。
P:6.2 质保期内，平台月可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或企业追溯数据无法上报|15分钟|2小时|8小时
TB:二级|部分功能不可用或性能明显下降|30分钟|8小时|24小时
TB:三级|一般问题或咨询|2小时|按需|3个工作日
P:6.4 乙方未达到6.3规定的，一级故障每超时1小时，乙方向甲方支付人民币2,000元；二级故障每超时1小时，支付人民币500元；月可用率每低于承诺值0.01个百分点，支付人民币1,500元。上述款项可从甲方应付款中扣减。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同，年度运维服务费不超过软硬件小计的8%（即每年不超过人民币194,720元），且质保期满后三年内不上浮。
H:第七条 数据安全
P:7.1 本项目涉及的药品追溯数据、企业信息、监管数据及系统日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及甲方的安全管理制度：数据仅存储于甲方政务云和机房；运维操作通过甲方堡垒机进行并全程审计；未经甲方书面批准不得复制、导出数据；开发测试须使用甲方提供的脱敏数据。
P:7.3 发生或可能发生数据安全事件的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息、网络架构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 本合同项下定制开发的疫苗追溯监管模块、移动监管App、接口程序及其源代码、技术文档，知识产权归甲方所有，乙方应在最终验收时全部移交。甲方有权自行或委托第三方修改、使用。
P:9.2 平台软件的知识产权归乙方所有，乙方授予甲方永久的、不可撤销的使用许可。
P:9.3 乙方保证其提供的软件和成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方提供的货物或系统不符合合同约定的，应负责更换、修复，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：江北省药品监督管理局　　乙方（盖章）：杭州恒溯信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日
"""

H105Z02 = """
T:密炼胶料门尼粘度在线检测系统采购合同
P:合同编号：QLXJ-CG-2026-0088
P:买方（甲方）：青州利安橡胶制品有限公司
P:卖方（乙方）：济南精衡测控仪器有限公司
P:甲方因密炼车间胶料质量管控需要，向乙方采购密炼胶料门尼粘度在线检测系统及相关服务。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方为甲方密炼车间1#至4#密炼机生产线提供在线门尼粘度检测仪、自动取样切片装置、无转子硫化仪、数据采集服务器及工控网络、SPC质量分析软件，并负责安装调试、与密炼机DCS系统对接、计量校准及操作培训。
P:（二）设备须为全新原装产品，主要技术参数见附件一《技术规格书》。在线门尼粘度检测仪测试温度范围为室温至200℃，控温精度±0.1℃，可按GB/T 1232.1进行门尼粘度及门尼焦烧测试，每批次胶料自动取样检测。
H:二、合同价格
P:（一）本合同总价为人民币贰佰捌拾肆万元整（¥2,840,000），含设备、软件、运输、保险、安装、调试、校准、培训及增值税。明细如下：
P:1. 在线门尼粘度检测仪4台，单价386,000元，小计1,544,000元；
P:2. 自动取样切片装置4套，单价92,000元，小计368,000元；
P:3. 无转子硫化仪2台，单价218,000元，小计436,000元；
P:4. 数据采集服务器及工控网络1套，126,000元；
P:5. SPC质量分析软件许可1套，168,000元；
P:以上设备及软件小计2,642,000元；
P:6. 安装调试及DCS对接154,000元；
P:7. 计量校准及培训44,000元。
P:（二）合同价格为固定价格，不因市场价格、汇率变化而调整。设备包装应适合长途运输和多次装卸，因包装不当造成的损坏由乙方负责。
H:三、付款方式
P:（一）合同签订后七日内，甲方向乙方支付合同总价的百分之三十五，即人民币994,000元，作为预付款。
P:（二）设备全部到货并安装调试完毕后，甲方支付合同总价的百分之四十，即人民币1,136,000元。安装调试完毕不视为验收合格。
P:（三）系统验收合格后，甲方支付合同总价的百分之二十五，即人民币710,000元。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货、安装与验收
P:（一）合同签订后十五日内，双方召开技术联络会，确认各密炼机的取样点位、设备安装位置、电源和压缩空气接口以及与DCS系统的通讯协议，形成会议纪要作为安装依据。
P:（二）乙方应在合同签订后六十日内将全部设备运抵甲方密炼车间，并在到货后二十日内完成安装调试。设备到货时双方共同开箱清点，清点仅确认数量和外观。
P:（三）验收标准：1. 每台在线检测仪对同一批次胶料的检测结果与甲方实验室门尼粘度仪的比对偏差不超过±2个门尼单位；2. 从取样到出具结果的周期不超过90秒；3. 检测数据实时写入DCS和SPC系统，两者数据一致；4. 系统连续运行三十日，无一级故障。
P:（四）满足上述标准的，甲方在五个工作日内签署验收报告；不满足的，乙方应在十日内整改后重新验收，费用由乙方承担。
P:（五）乙方应随设备提供中文操作手册、维护手册、出厂检验报告、合格证、计量校准证书及SPC软件安装介质和授权文件。
P:（六）乙方应在安装调试期间为甲方质检和设备人员提供现场培训，培训内容包括设备操作、日常维护、校准方法、常见故障处理及SPC软件使用，培训人数不少于十二人，培训后经考核能够独立操作。
H:五、质量保证及售后服务
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换，密封圈、切刀等易损件按附件二《易损件清单》价格另行供应。
P:（二）故障响应：一级故障（检测中断，影响胶料放行）乙方在接到通知后1小时内远程响应，8小时内派工程师到场；二级故障（单台精度漂移、数据传输异常）2小时内响应，24小时内到场；其他问题在2个工作日内处理。
P:（三）乙方未按上款时限响应或到场的，每超时1小时，向甲方支付800元；因此造成胶料不能放行的损失，乙方另行赔偿。
P:（四）乙方在质保期内每季度进行一次免费巡检，每年进行一次计量校准，并出具校准报告。
P:（五）质保期满后，乙方继续为甲方提供维护保养服务，包括每季度巡检、年度计量校准及备件供应，维保费用按乙方当年度公布的服务价格标准收取，双方每年签订维保协议。
P:（六）乙方保证在设备停产后不少于八年内继续供应备品备件，备件价格不高于乙方同期对其他客户的价格。
P:（七）乙方在甲方厂区作业时，应遵守甲方安全生产、动火作业及密炼车间粉尘防护管理规定，因乙方人员违章造成的人身伤害和财产损失由乙方负责。
H:六、数据与网络安全
P:（一）检测数据、胶料配方及工艺参数属于甲方所有，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方逐次书面批准，通过甲方指定的VPN和账号进行，操作留痕；乙方不得复制、带离甲方数据。
P:（三）发生数据安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成甲方数据泄露或丢失的，乙方赔偿甲方全部损失。
P:（四）乙方提供的数据采集服务器及工控网络设备应关闭不必要的端口和服务，安装甲方认可的防病毒软件，并与甲方办公网络逻辑隔离。
H:七、保密
P:乙方对在服务过程中接触的甲方胶料配方、工艺参数、生产计划及客户信息承担保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:八、知识产权
P:（一）SPC质量分析软件及设备嵌入式软件的知识产权归乙方，甲方享有永久使用权。
P:（二）乙方为本项目开发的DCS对接程序、定制报表模板及其源代码归甲方所有，甲方可自行修改使用或委托第三方修改。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的百分之十。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:（三）设备质量不符合约定的，乙方负责更换并承担由此产生的全部费用；同一台设备在质保期内因同一质量问题维修两次后仍不能正常使用的，乙方应免费更换同型号新设备。
H:十、分包
P:乙方不得将本合同项下的安装调试工作分包给第三方；确需分包的，须事先取得甲方书面同意。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）乙方逾期交货或逾期完成安装调试超过三十日，或累计违约金达到本合同第九条约定上限的，甲方有权解除合同，并可另行向第三方采购，由此增加的费用由乙方承担。
H:十二、不可抗力
P:因地震、台风、洪水、疫情、政府行为等不可抗力不能按期履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关部门出具的证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交青岛仲裁委员会仲裁。
H:十四、其他
P:（一）附件一《技术规格书》、附件二《易损件清单》、附件三《培训计划》为本合同组成部分。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青州利安橡胶制品有限公司　　乙方（盖章）：济南精衡测控仪器有限公司
P:代表：　　　　　　　　　　　　　　　　　　代表：
P:日期：2026年　月　日
"""

H105E01 = """
T:KaasVolg Affinage - Licence, Implementation and Support Agreement
P:Agreement no. KV-2026-CN-014
P:The undersigned:
P:1. Kaasvolg B.V., having its registered office at Parkweg 12, 1791 Den Burg (Texel), the Netherlands, registered with the Dutch Chamber of Commerce under number 71844230, duly represented by its managing director, Mr J. Bakker, hereinafter "the Supplier";
P:2. Yunling Highland Cheese Co., Ltd., having its registered office at No. 8 Cangshan Road, Eryuan County, Dali Bai Autonomous Prefecture, Yunnan Province, People's Republic of China, duly represented by its general manager, Ms Yang Li, hereinafter "the Client";
P:whereas:
P:- the Client ripens Gouda-type cheeses in six ripening rooms at its dairy in Eryuan and wishes to replace its paper ripening cards by a system that follows each wheel from the brine bath to dispatch;
P:- the Supplier develops the KaasVolg Affinage software and has offered to supply, configure and support it for the Client;
P:agree as follows.
H:Article 1 Definitions
P:In this Agreement the following terms have the following meaning:
P:a. "Software": the KaasVolg Affinage software, version 5, in object code, with the modules Wheel Registration, Ripening Rooms, Treatment Planning (turning, brushing, coating), Quality Grading and Dispatch, and the user documentation.
P:b. "Hardware": the RFID readers, handheld terminals and label printers listed in Article 3.
P:c. "Custom Work": the configuration, the interfaces with the Client's Kingdee ERP system and with the climate controllers of the ripening rooms, and the Chinese-language reports and wheel labels made for the Client, including their source code and documentation.
P:d. "Installation Completion": the moment at which the Software and Hardware are installed at the dairy, the Custom Work is delivered and the Supplier has notified the Client in writing that the system is ready for the acceptance test.
P:e. "Final Acceptance": signature by the Client of the acceptance certificate in accordance with Article 6.
P:f. "Client Data": all data entered into or generated by the system, including wheel, batch, milk-supplier, room-climate and quality data.
P:g. "Working Day": a day on which banks in Yunnan are open.
H:Article 2 Scope
P:2.1 The Supplier grants the Client a perpetual, non-exclusive licence to use the Software for its own business at the Eryuan dairy and at any other ripening site of the Client in the People's Republic of China, for up to 25 named users and six ripening rooms. Additional users and rooms can be ordered at the prices in Annex 2.
P:2.2 The Supplier shall deliver the Hardware, install the Software on the Client's server in the dairy's server room, carry out the Custom Work, migrate the data of the wheels in stock at go-live, and train the Client's staff.
P:2.3 The NLdigital Terms and any other general terms and conditions of the Supplier do not apply to this Agreement.
H:Article 3 Prices
P:3.1 The prices are fixed and are stated in Chinese yuan (CNY), inclusive of VAT and all other taxes, travel and accommodation:
TB:Item|Price (CNY)
TB:Software licence (perpetual, 25 users, 6 ripening rooms)|960,000
TB:Hardware: 8 fixed RFID readers, 12 handheld terminals, 4 label printers|214,000
TB:Licence and Hardware Price (subtotal)|1,174,000
TB:Custom Work (configuration, ERP and climate interfaces, reports and labels)|372,000
TB:Installation, data migration and go-live support on site|128,000
TB:Training (three sessions in Eryuan, with interpreter)|36,000
TB:Contract Price|1,710,000
P:3.2 Support after the Warranty Period is charged separately in accordance with Article 8.
H:Article 4 Payment
P:4.1 The Client shall pay the Contract Price as follows:
P:a. 20% (CNY 342,000) within 15 Working Days after signature of this Agreement and receipt of the invoice;
P:b. 45% (CNY 769,500) after Installation Completion;
P:c. 35% (CNY 598,500) after Final Acceptance.
P:4.2 Installation Completion, the use of the system in production or the payment under 4.1 b does not mean that the Client accepts the system.
P:4.3 Invoices are payable within 30 days after receipt. Payment is made in CNY to the account of the Supplier stated on the invoice.
H:Article 5 Delivery and installation
P:5.1 The Supplier shall deliver the Hardware to the dairy within 60 days and achieve Installation Completion within 120 days after signature of this Agreement.
P:5.2 If the Supplier does not achieve Installation Completion in time for reasons attributable to it, the Supplier shall pay the Client a penalty of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The penalty does not affect the Client's right to claim performance or to terminate the Agreement under Article 15.
H:Article 6 Acceptance
P:6.1 Within 10 Working Days after Installation Completion the parties carry out the acceptance test in accordance with the test plan in Annex 3. The system passes the test when:
P:a. 500 wheels of at least three recipes have been followed from brine bath to dispatch without manual correction of their history;
P:b. the RFID readers in the ripening rooms miss no more than five reads in 500 wheel movements;
P:c. stock quantities and weights agree with the Kingdee ERP system after three days of parallel booking;
P:d. temperature and humidity of all six rooms are recorded every five minutes and alarms reach the responsible cheese maker;
P:e. the system has run in production for 30 days without a Severity 1 fault.
P:6.2 When the test is passed, the Client signs the acceptance certificate within five Working Days. If the test is not passed, the Supplier corrects the defects within 15 Working Days at its own cost and the test is repeated.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software, the Custom Work and the Hardware are free of defects and conform to Annex 1 for a period of eighteen months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier corrects defects, replaces defective Hardware, supplies new versions of the Software and provides support with the service levels of Article 9, all free of charge.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Client may order annual support (corrections, new versions, hardware exchange and the service levels of Article 9). The annual support fee is 13% of the Licence and Hardware Price, i.e. CNY 152,620 per year.
P:8.2 This fee is fixed for the first three years after the Warranty Period. After that, the Supplier may propose an increase of at most 3% per year, which applies only if the Client agrees in writing.
P:8.3 The Client orders support each year by purchase order. There is no automatic renewal.
H:Article 9 Service levels
P:9.1 The Supplier provides a service desk in English and Chinese, by telephone and e-mail. For Severity 1 faults the service desk is available at all times; for other faults from 08:00 to 18:00 China time on Working Days.
P:9.2 Response and workaround times:
P:a. Severity 1 - wheels cannot be registered or moved, or the system is not available: response within 1 hour, workaround within 8 hours;
P:b. Severity 2 - a module or interface does not work, but wheels can be registered: response within 2 hours, workaround within 2 Working Days;
P:c. Severity 3 - other faults and questions: response within 1 Working Day.
P:9.3 If the Supplier misses a response or workaround time for a Severity 1 fault, it shall pay the Client CNY 1,000 for each hour or part of an hour of delay. For Severity 2 faults this is CNY 300 per Working Day of delay. The Client may set off these amounts against any amount it owes to the Supplier.
H:Article 10 Client Data and data security
P:10.1 Client Data belong to the Client. The Supplier may use Client Data only to perform this Agreement and shall not use them for any other purpose, also not in anonymised or aggregated form.
P:10.2 The system runs on the Client's server in China. The Supplier has remote access only through the Client's VPN, per session with the Client's approval, with personal accounts and two-factor authentication. The Supplier does not copy Client Data to its own systems or outside China. Test data are anonymised by the Client.
P:10.3 The Supplier shall notify the Client within 24 hours after discovering any unauthorised access to, or loss or alteration of, Client Data, and shall help the Client to limit the consequences. The Supplier is liable for all damage resulting from a breach of this Article by it or its subcontractor; Article 14.1 does not apply to such damage.
H:Article 11 Confidentiality
P:11.1 Each party keeps the confidential information of the other party secret, including recipes, ripening methods, prices and source code, and uses it only for this Agreement. This obligation continues for five years after the end of the Agreement.
H:Article 12 Intellectual property
P:12.1 The intellectual property rights in the Software remain with the Supplier or its licensors.
P:12.2 The intellectual property rights in the Custom Work are transferred to the Client upon creation; this Article counts as the deed of transfer where one is required. The Supplier delivers the source code and documentation of the Custom Work at Installation Completion and again at Final Acceptance. The Client may use, change and license the Custom Work freely, also through third parties.
H:Article 13 Subcontracting
P:13.1 The Supplier will carry out the on-site installation together with Kunming Aoxiang Information Engineering Co., Ltd., which the Client approves by signing this Agreement. The Supplier may not use any other subcontractor without the Client's prior written consent. The Supplier remains responsible for its subcontractors as for itself.
H:Article 14 Liability
P:14.1 The total liability of the Supplier under this Agreement is limited to 150% of the Contract Price.
P:14.2 The limitation in 14.1 does not apply to damage caused by intent or gross negligence, to death or personal injury, and to damage under Article 10.
H:Article 15 Term and termination
P:15.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; support orders under Article 8 are governed by this Agreement.
P:15.2 The Client may terminate the Agreement by written notice if the Supplier commits a material breach and has not remedied it within 30 days after a written notice of default, or if the penalty under Article 5.2 reaches its maximum.
H:Article 16 Governing law and disputes
P:16.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:16.2 Disputes that the parties cannot settle amicably within 30 days shall be submitted exclusively to the competent court in Alkmaar, the Netherlands (District Court of North Holland).
H:Article 17 Final provisions
P:17.1 Annexes: 1 Functional description; 2 Price list for extensions; 3 Acceptance test plan. Amendments are valid only if agreed in writing.
P:Signed at Den Burg on ____________ 2026 - Kaasvolg B.V.: ____________________
P:Signed at Eryuan on ____________ 2026 - Yunling Highland Cheese Co., Ltd.: ____________________
"""

H105E03 = """
T:CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF A TANK WATER-QUALITY MONITORING SYSTEM
P:Contract No. ACS-CN-2026-07
P:This Contract is entered into on the ___ day of __________ 2026 by and between:
P:FUJIAN LIANJIANG HAIBAO AQUACULTURE CO., LTD., a company incorporated under the laws of the People's Republic of China, domiciled at Huangqi Town, Lianjiang County, Fuzhou, Fujian Province, represented by its legal representative Mr. Chen Haibo (hereinafter "the Purchaser"); and
P:ACUISENSOR CHILOÉ SpA, a company incorporated under the laws of the Republic of Chile, Rol Único Tributario No. 76.884.512-3, domiciled at Calle Blanco 480, Castro, Chiloé Island, Los Lagos Region, Chile, represented by its general manager Mr. Rodrigo Andrade Vera (hereinafter "the Contractor").
P:RECITALS: The Purchaser operates a land-based recirculating farm for abalone (Haliotis discus hannai) with 96 grow-out tanks at Huangqi. The Contractor has designed and installed water-quality monitoring systems for red abalone and salmon farms in Chiloé and Coquimbo, and has submitted its offer No. OF-2026-031 dated 12 March 2026, which the Purchaser has accepted on the terms below.
H:1. OBJECT OF THE CONTRACT
P:1.1 The Contractor shall supply, install and commission a water-quality monitoring and alarm system for the 96 grow-out tanks of the Purchaser (the "System"), consisting of the equipment and software listed in Clause 3, together with cabling, configuration, calibration, training and documentation in Chinese and English.
P:1.2 After the Warranty Period the Contractor shall, at the Purchaser's request, provide maintenance services in accordance with Clause 8.
P:1.3 The technical specifications are those of Annex 1. In case of discrepancy between Annex 1 and the offer, Annex 1 prevails.
H:2. DEFINITIONS
P:2.1 "Installation Completion" means the date on which all equipment is installed, wired and powered, the software is configured and the Contractor has notified the Purchaser in writing that the System is ready for the acceptance tests.
P:2.2 "Final Acceptance" means the signature by the Purchaser of the Final Acceptance Certificate under Clause 6.
P:2.3 "Severity 1 Fault" means a loss of dissolved-oxygen monitoring or of the low-oxygen alarm on one or more tanks.
P:2.4 "Monitoring Data" means all measurements, alarms, events, calibration records and logs produced by the System.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is fixed at CNY 1,670,000 (one million six hundred and seventy thousand yuan), including VAT, customs duties, freight and insurance to site, and is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen and temperature probes|96|6,800|652,800
TB:2|pH, ORP and salinity probes|48|5,200|249,600
TB:3|Multiparameter transmitters|24|9,400|225,600
TB:4|LoRa gateways and repeaters|1 lot|64,000|64,000
TB:5|Monitoring server, alarm panel with sirens and UPS|1 lot|118,000|118,000
TB:6|AcuiWatch monitoring software licence (perpetual)|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,496,000
TB:7|Installation, cabling and commissioning|1 lot|142,000|142,000
TB:8|Calibration training and manuals in Chinese|1 lot|32,000|32,000
TB:|Contract Price|||1,670,000
P:3.2 Consumables (membranes for the pH probes, calibration solutions) are not included and will be supplied at the prices of Annex 2.
H:4. PAYMENT
P:4.1 The Contract Price shall be paid as follows:
P:a) ten per cent (10 %), i.e. CNY 167,000, as an advance payment within fifteen (15) days after the Purchaser receives an advance-payment guarantee issued by a bank in China for the same amount;
P:b) fifty-five per cent (55 %), i.e. CNY 918,500, after Installation Completion;
P:c) thirty-five per cent (35 %), i.e. CNY 584,500, after Final Acceptance.
P:4.2 Installation Completion and the payment under Clause 4.1 b) do not constitute acceptance of the System.
P:4.3 Payments shall be made in CNY by bank transfer within thirty (30) days after receipt of a correct invoice.
H:5. DELIVERY, INSTALLATION AND DELAY
P:5.1 The Contractor shall deliver all equipment to the Purchaser's farm at Huangqi within ninety (90) days and achieve Installation Completion within one hundred and twenty (120) days after signature of this Contract.
P:5.2 Should the Contractor fail to achieve Installation Completion within the time stated, for causes attributable to it, it shall pay to the Purchaser liquidated damages of zero point zero eight per cent (0.08 %) of the Contract Price for each day of delay, up to a maximum of eight per cent (8 %) of the Contract Price.
P:5.3 Installation works shall be carried out without interrupting the aeration and water supply of the tanks. The Contractor shall agree a tank-by-tank schedule with the Purchaser's farm manager.
H:6. ACCEPTANCE
P:6.1 Within ten (10) days after Installation Completion the parties shall carry out the acceptance tests of Annex 3, which shall verify at least that:
P:a) the readings of every dissolved-oxygen probe are within ±0.2 mg/L, and every temperature reading within ±0.1 °C, of a calibrated reference instrument;
P:b) a simulated low-oxygen condition on each tank triggers the siren and the SMS alarm to the duty staff within sixty (60) seconds;
P:c) the System has operated for twenty-one (21) consecutive days without a Severity 1 Fault and without loss of stored data;
P:d) the documentation and the calibration records have been delivered.
P:6.2 When the tests are passed the Purchaser shall sign the Final Acceptance Certificate within five (5) working days. If they are not passed, the Contractor shall remedy the defects at its cost within fifteen (15) days and the tests shall be repeated.
P:6.3 Neither the use of the System by the Purchaser before Final Acceptance nor any payment shall be deemed acceptance.
H:7. WARRANTY
P:7.1 The Contractor warrants the System, including all probes, transmitters, gateways, the server and the software, against defects of design, materials and workmanship for a period of twenty-four (24) months from the date of Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Contractor shall repair or replace any defective item free of charge, carry out two calibration visits per year and supply software updates. Consumables are excluded.
H:8. MAINTENANCE AFTER THE WARRANTY PERIOD
P:8.1 After the Warranty Period the Contractor shall provide maintenance, including two calibration visits per year, replacement of defective items, software updates and the service levels of Clause 9, for an Annual Maintenance Fee of nine point five per cent (9.5 %) of the Equipment and Licence Subtotal, that is CNY 142,120 per year.
P:8.2 The Annual Maintenance Fee shall remain fixed for the third, fourth and fifth years after Final Acceptance. Maintenance is contracted year by year by written order of the Purchaser; there is no automatic renewal.
H:9. SERVICE LEVELS
P:9.1 During the Warranty Period and any maintenance year the Contractor shall keep a service engineer based in Fuzhou and shall respond to faults as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Loss of oxygen monitoring or low-oxygen alarm on one or more tanks|30 minutes|6 hours|12 hours
TB:Severity 2|Loss of pH, ORP or salinity readings, or of the data history|2 hours|24 hours|48 hours
TB:Severity 3|Other faults and questions|1 working day|as agreed|as agreed
P:9.2 For each hour of delay beyond the Severity 1 response, on-site or restoration time, the Contractor shall pay to the Purchaser CNY 1,500; for Severity 2 Faults CNY 400 per hour. The Purchaser may deduct these amounts from any sum due to the Contractor.
H:10. DATA AND SECURITY
P:10.1 The Monitoring Data are the property of the Purchaser. The Contractor shall use them only to perform this Contract and shall not use, sell or disclose them for any other purpose.
P:10.2 The Monitoring Data shall be stored on the Purchaser's server at the farm. The Contractor may access the System remotely only through the Purchaser's VPN, with named accounts, after the Purchaser's approval of each session, and all sessions shall be logged. The Contractor shall not copy Monitoring Data out of the System.
P:10.3 The Contractor shall inform the Purchaser within twelve (12) hours of any security incident, unauthorised access or loss of Monitoring Data, and shall be liable for all damages caused by its breach of this Clause 10.
H:11. CONFIDENTIALITY
P:11.1 Each party shall keep confidential all technical and commercial information of the other party, including the Purchaser's stocking densities, growth and mortality records and the Contractor's prices, and shall not disclose it to third parties without prior written consent, during this Contract and for five (5) years thereafter.
H:12. INTELLECTUAL PROPERTY
P:12.1 The AcuiWatch software remains the property of the Contractor; the Purchaser receives a perpetual, non-exclusive licence to use it for its farms.
P:12.2 The tank-map dashboards, alarm logic configuration and reports developed specifically for the Purchaser, with their source files, belong to the Purchaser, who may use, modify and license them freely.
H:13. SUBCONTRACTING
P:13.1 The Contractor shall not subcontract any part of the works without the prior written consent of the Purchaser. The Contractor remains fully responsible for the acts of any approved subcontractor.
H:14. LIABILITY
P:14.1 The total liability of the Contractor under this Contract shall not exceed one hundred and twenty per cent (120 %) of the Contract Price, except in case of fraud, wilful misconduct, gross negligence, personal injury and breach of Clause 10, for which no limit applies.
H:15. TERMINATION
P:15.1 The Purchaser may terminate this Contract by written notice if the Contractor commits a material breach and fails to remedy it within twenty (20) days of written notice, or if the liquidated damages under Clause 5.2 reach their maximum. In such case the Contractor shall refund the amounts received for the parts not accepted.
H:16. GOVERNING LAW AND DISPUTES
P:16.1 This Contract shall be governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Contract that cannot be settled amicably within thirty (30) days shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules. The award shall be final and binding.
H:17. GENERAL PROVISIONS
P:17.1 Annexes: 1 Technical Specifications; 2 Consumables Price List; 3 Acceptance Test Plan; 4 Installation Schedule.
P:17.2 This Contract is executed in English and Chinese, in two originals of each. Both versions are equally authentic.
P:For the Purchaser: ____________________    For the Contractor: ____________________
"""

SOURCES = {"h105z01": H105Z01, "h105z02": H105Z02, "h105e01": H105E01, "h105e03": H105E03}
TARGETS = {"h105z01": ("h105z01_provincial_drug_traceability_platform_integration.docx", "docx"),
           "h105z02": ("h105z02_rubber_mixing_mooney_online_testing_supply.pdf", "pdf"),
           "h105e01": ("h105e01_cheese_dairy_affinage_tracking_licence_texel.pdf", "pdf"),
           "h105e03": ("h105e03_abalone_farm_tank_sensors_chiloe_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
