"""Builds the .docx and .pdf contracts of holdout73 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; it writes
h73z01_forestry_fire_video_monitoring_platform.docx, h73z02_float_glass_online_defect_inspection.pdf,
h73e01_groundnut_aflatoxin_sorting_licence_senegal.pdf and h73e03_rubber_latex_tank_sensors_lao_integrator.docx
into this folder. PDF paragraphs are broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H73Z01 = """
T:贵州省森林防火视频监测预警平台建设项目合同书
P:合同编号：GZLY-SFH-2025-017
P:采购人（甲方）：贵州省林业局
P:供应商（乙方）：黔数智联科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目公开招标文件（项目编号：GZZC2025-0946）、乙方投标文件和中标通知书，甲乙双方经协商一致，就贵州省森林防火视频监测预警平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责在甲方指定的重点林区建设36个高点视频监测站点，并建设省级森林防火监测预警平台，实现林火自动识别、告警推送、火点定位和省、市、县三级联动指挥。
P:1.2 项目内容包括：双光谱云台摄像机、太阳能供电及储能系统、传输设备、平台服务器及存储的供货与安装，铁塔及防雷接地建设，平台软件许可，烟火识别算法针对本省林区的定制训练及与省应急指挥平台、气象系统的接口开发，以及系统调试、试运行和培训。
P:1.3 站点清单、设备技术参数和平台功能清单以招标文件第三章及乙方投标文件为准，作为本合同附件。
H:第二条 合同价款
P:2.1 本合同总价为人民币陆佰玖拾万元整（¥6,900,000.00），为含税固定总价，包括设备、软件、运输、保险、安装、调试、培训、试运行及质保期内服务的全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱云台摄像机（可见光+热成像）|36套|86,500|3,114,000
TB:2|太阳能供电及储能系统|36套|18,600|669,600
TB:3|微波及4G传输设备|36套|9,800|352,800
TB:4|省级监测预警平台软件许可（永久）|1套|680,000|680,000
TB:5|平台服务器及存储|1批|426,000|426,000
TB: |设备及软件小计| | |5,242,400
TB:6|铁塔及防雷接地（含基础施工）|36座|32,000|1,152,000
TB:7|烟火识别算法定制训练及接口开发|1项|318,000|318,000
TB:8|安装调试及培训|1项|187,600|187,600
TB: |合计| | |6,900,000
P:2.2 合同履行期间价格不作调整。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币贰佰柒拾陆万元（¥2,760,000）。
P:3.2 全部站点设备到货并安装完成，经甲方现场签认后，甲方支付合同总价的百分之二十（¥1,380,000）。现场签认仅确认到货和安装数量，不代表验收合格。
P:3.3 项目终验合格后，甲方支付合同总价的百分之三十五（¥2,415,000）。
P:3.4 剩余百分之五（¥345,000）作为质量保证金，质保期满且乙方无未履行的质保义务后无息退还。
P:3.5 乙方每次收款前应开具等额合法的增值税发票。
H:第四条 工期
P:4.1 乙方应于合同签订后九十日内完成全部站点的设备安装和平台部署，并在次年春季森林防火紧要期开始前完成初验。
P:4.2 因山区施工受雨雪天气影响需要顺延工期的，乙方应提前书面申请，经甲方书面同意后方可顺延。
P:4.3 乙方应指定具有同类项目经验的项目经理常驻项目所在地，每周向甲方提交项目进度报告；未经甲方同意，乙方不得更换项目经理。
H:第五条 验收
P:5.1 初验：全部站点安装调试完成后，乙方提交初验申请，甲方组织逐站检查设备安装、供电、传输和平台接入情况，并进行单站功能测试。
P:5.2 试运行：初验合格后进入为期三个月的试运行，试运行期间累计发生一级故障不得超过两次。
P:5.3 终验标准：（1）全部36个站点视频接入平台，画面延迟不超过2秒；（2）在甲方组织的实地点火测试中，监测半径8公里内的烟雾或明火在5分钟内触发告警，火点定位误差不超过200米；（3）平均每站每日误报不超过3次；（4）与省应急指挥平台、气象系统的接口数据一致；（5）技术文档、接口源代码及培训记录齐全。全部满足的，甲方出具终验报告。
P:5.4 设备到货签收、平台投入使用或甲方支付款项，均不视为验收合格。终验不合格的，乙方应在三十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级和技术支持。
P:6.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台无法使用，或同时10个以上站点离线|30分钟|8小时|1日
TB:二级|单个站点离线，或告警推送异常|2小时|次日|2日
TB:三级|其他一般性问题|1个工作日|按需|5个工作日
P:6.3 乙方响应、到场或修复超过上表时限的，每超过一小时按人民币1,000元扣减质量保证金或维护费；森林防火紧要期内加倍计算。
P:6.4 质保期满后，甲方可委托乙方提供维护服务，年度维护费不超过设备及软件小计的百分之八（即每年不超过¥419,392），该费用标准在质保期满后两年内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在全省林业系统内部署和使用。
P:7.2 乙方为本项目定制训练的烟火识别模型及其参数、接口程序及源代码、技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:7.3 乙方保证所供设备和软件不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据归属
P:8.1 本项目采集的视频、图像、告警记录和平台运行中形成的业务数据归甲方所有。
P:8.2 乙方仅可为履行本合同使用上述数据，不得用于本合同以外的任何目的，不得向第三方提供。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、站点布设位置、防火指挥部署等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:9.2 本条义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成安装部署或初验的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方所供设备或软件不符合合同约定的，应负责免费更换或整改，并赔偿甲方因此受到的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 铁塔基础施工、线路架设等土建工作，乙方可委托具有相应资质的施工单位实施，但应在开工前书面告知甲方施工单位名称和主要人员名单。
P:11.2 乙方对施工单位的施工质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 安全生产
P:13.1 乙方负责施工现场的安全生产和林区防火，林区施工严禁使用明火，因乙方原因引发事故或火情的，由乙方承担全部责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，提交贵阳仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：1.站点清单；2.设备技术参数；3.平台功能清单；4.实地点火测试方案。
P:甲方（盖章）：贵州省林业局　　　　乙方（盖章）：黔数智联科技有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：　　年　　月　　日
"""

H73Z02 = """
T:在线玻璃缺陷检测系统采购合同
P:合同编号：FYJY-CG-2025-0388
P:买方（甲方）：凤阳晶源玻璃有限公司
P:卖方（乙方）：苏州视衡智能装备有限公司
P:签订地点：安徽省滁州市凤阳县
P:甲方为满足一线、二线两条浮法玻璃生产线（日熔化量各600吨）冷端在线质量检测的需要，向乙方采购在线玻璃缺陷检测系统。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应在线玻璃缺陷检测系统两套，分别安装于一线、二线冷端退火窑之后、横切机之前，用于检测气泡、结石、划伤、锡点、沾锡、光畸变等缺陷，并按甲方的分级规则对每块原片进行分级和标记。
P:（二）每套系统包括线阵相机及光学组件、LED照明及安装支架、图像处理服务器、缺陷检测与分级软件许可。乙方并负责与甲方横切、堆垛系统及MES的接口开发，以及安装调试、标定和培训。
P:（三）设备的型号、规格和技术参数见附件一《技术规格书》。系统应适用于甲方两条生产线所生产的全部厚度规格的玻璃原片，更换品种时无需停线调整硬件。
H:二、合同价格
P:（一）合同总价为人民币贰佰叁拾万元整（¥2,300,000.00），含增值税、包装、运输、保险、安装调试、标定、培训及质保期内的服务费用。
P:（二）分项价格：线阵相机及光学组件2套，单价568,000元，计1,136,000元；LED照明及安装支架2套，单价126,000元，计252,000元；图像处理服务器2套，单价148,000元，计296,000元；缺陷检测与分级软件许可2套，单价210,000元，计420,000元；以上设备及软件小计2,104,000元。接口开发86,000元；安装调试、标定及培训110,000元。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的百分之二十作为预付款，计460,000元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的百分之四十，计920,000元。到货签收不视为质量验收。
P:（三）系统终验合格后，甲方支付合同总价的百分之三十五，计805,000元。
P:（四）其余百分之五，计115,000元，作为质保金，质保期满后十五日内无息支付。
P:（五）乙方在每次收款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运至甲方厂区指定地点。
P:（二）安装须在甲方安排的停线或冷修窗口内完成，每条线的安装窗口不超过两天。乙方应提前编制安装方案报甲方批准，并遵守甲方厂区的安全管理规定，不得影响生产线正常运行。
P:（三）设备应采用适合长途运输和防潮、防震的包装，因包装不良造成的损坏由乙方负责。设备的毁损、灭失风险自甲方到货签收时转移给甲方，但乙方安装期间由乙方造成的损坏仍由乙方负责。
P:（四）乙方应随设备提供装箱单、产品合格证、安装及操作手册、电气原理图、标定报告、软件安装介质和授权文件，资料不全的，甲方有权拒绝签收。
H:五、验收
P:（一）系统安装完成后连续运行七十二小时无故障的，进入为期三十日的试运行。
P:（二）终验标准：1.对0.3毫米及以上气泡、结石的检出率不低于98%；2.误报率不高于0.5%；3.分级结果与甲方质检人员人工抽检结果的一致率不低于97%；4.检测数据实时上传MES，标记与切割位置一一对应；5.试运行期间未发生一级故障。
P:（三）试运行期满后十日内，甲方组织终验，乙方应提交试运行期间的检测数据统计报告并派员到场配合。满足全部标准的，双方签署终验报告；不满足的，乙方应在二十日内整改并重新申请验收。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供维修、零部件更换、软件升级和远程技术支持。
P:（二）故障响应：一级故障（检测系统整体停止工作）乙方应在30分钟内远程响应，8小时内派工程师到达现场；二级故障（单个相机或光源失效、分级异常）应在2小时内响应，次日到场处理；三级故障在一个工作日内处理。
P:（三）乙方超过上述时限的，每超过一小时按人民币1,500元向甲方支付违约金，甲方可从质保金或应付款中扣除。
P:（四）质保期满后，甲方需要乙方继续提供维护服务的，维护费用按乙方当年度公布的服务价格表执行，双方届时另行签订维护合同。
P:（五）乙方应在甲方厂区存放相机、光源模块和控制板等常用备品备件各一套，质保期内备件的消耗和补充由乙方承担。
P:（六）乙方应在试运行期间对甲方不少于十名操作人员和五名设备维护人员进行培训，使其能够独立完成日常操作、参数调整、镜头清洁和简单故障处理，培训考核合格后由双方签字确认。
H:七、知识产权
P:（一）缺陷检测与分级软件的著作权归乙方所有，乙方授予甲方在本合同两条生产线上永久使用的许可。
P:（二）乙方为本项目开发的接口程序、分级规则配置及其源代码和文档归甲方所有，甲方可自行修改或委托第三方维护。
H:八、数据
P:（一）系统采集的玻璃图像、缺陷记录、分级数据和生产数据归甲方所有。
P:（二）甲方同意，乙方可将系统采集的缺陷图像经脱敏处理（去除甲方名称、生产线编号及时间信息）后，用于其缺陷识别算法的训练和优化，并可用于乙方向其他客户提供的产品和服务。
P:（三）乙方远程维护须通过甲方指定的VPN接入，每次接入须经甲方信息部门审批并留存日志；除前款约定外，乙方不得复制或带离甲方的生产数据。
P:（四）乙方应采取必要的技术和管理措施保障数据安全。发生数据泄露或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:（一）双方对在合同履行中获知的对方技术秘密和商业秘密负有保密义务，包括甲方的工艺参数、产量和客户信息，未经对方书面同意不得向第三方披露。
P:（二）保密义务在合同终止后三年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的百分之五。
P:（二）乙方所供设备不符合合同约定的，甲方有权要求更换或退货，乙方承担由此产生的全部费用。
P:（三）因乙方安装调试原因造成甲方生产线停线的，乙方应赔偿甲方的实际损失。
P:（四）同一设备在质保期内因质量问题经两次维修仍不能正常工作的，乙方应免费更换同型号的新设备，更换后的设备质保期重新计算。
H:十一、分包
P:乙方不得将本合同项下的供货和安装工作转包，未经甲方书面同意也不得分包。
H:十二、合同解除
P:（一）乙方逾期交货超过四十五日，或终验两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）任何一方严重违反本合同，经对方书面催告后十五日内仍未改正的，守约方有权解除合同。
P:（三）因乙方原因解除合同的，乙方应在甲方通知的期限内自费拆除已安装设备并恢复安装位置原状。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交滁州仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件一《技术规格书》、附件二《分级规则》、附件三《安装方案》为本合同的组成部分。
P:（三）双方的通知应以书面形式送达本合同所列地址或双方确认的电子邮箱，一方变更联系方式的，应提前五日书面通知对方。
P:甲方：凤阳晶源玻璃有限公司（盖章）　　乙方：苏州视衡智能装备有限公司（盖章）
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日
"""

H73E01 = """
T:SOFTWARE LICENCE, ADAPTATION AND TECHNICAL SUPPORT CONTRACT
P:Contract No. AV/CN/2025/014
P:BETWEEN THE UNDERSIGNED:
P:ARACHIS VISION SARL, a limited liability company (société à responsabilité limitée) registered with the RCCM of Dakar under No. SN-DKR-2019-B-11873, whose registered office is at Route des Almadies, Lot 42, Dakar, Republic of Senegal, represented by Mr. Mamadou Lamine Diouf, its Managing Director, hereinafter referred to as "the Licensor", on the one hand,
P:AND
P:SHANDONG LUHAI PEANUT PRODUCTS CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 88 Yishui Road, Hedong District, Linyi, Shandong Province, represented by Mr. Zhang Wei, its General Manager, hereinafter referred to as "the Licensee", on the other hand,
P:hereinafter referred to individually as "a Party" and together as "the Parties".
H:PREAMBLE
P:Whereas the Licensor has developed and owns the AflaSort software, which detects groundnut kernels contaminated by aflatoxin by means of ultraviolet fluorescence and near-infrared imaging and controls the ejectors of optical sorting machines;
P:Whereas the Licensee operates six (6) sorting lines for blanched and in-shell groundnuts at its plant in Linyi and supplies export markets with strict limits on aflatoxin content;
P:Now, therefore, the Parties have agreed as follows.
H:Article 1 – Object of the Contract
P:1.1 The present Contract has as its object: (a) the grant by the Licensor to the Licensee of a perpetual licence to use AflaSort on six (6) sorting lines; (b) the adaptation of AflaSort to the Licensee's sorting machines and the development of Calibration Models for the groundnut varieties processed by the Licensee; (c) installation, commissioning and training; and (d) the warranty and the technical support after the warranty.
P:1.2 The technical specifications, the list of sorting machines and the acceptance test procedure are set out in Annexes 1 to 3, which form an integral part of the Contract.
H:Article 2 – Definitions
P:"Business Day" means a day from Monday to Friday which is not a public holiday in Senegal. "Business Hours" means 08:00 to 17:00 GMT (Dakar time) on a Business Day. "Calibration Models" means the classification models and ejector parameter sets produced by the Licensor from the Licensee's sample kernels and laboratory results for the Licensee's lines. "Commissioning Certificate" means the document signed when AflaSort runs on all six lines. "Final Acceptance" means the signature of the Final Acceptance Certificate under Article 6. "Severity 1 Incident" means that AflaSort has stopped, or that aflatoxin detection is disabled, on one or more lines.
H:Article 3 – Contract Price
P:3.1 The Contract Price is fixed and firm and amounts to CNY 1,180,000 (one million one hundred and eighty thousand yuan renminbi), all taxes, duties and travel expenses included. It breaks down as follows:
P:(a) Licence Fee: six (6) line licences at CNY 178,000 each, i.e. CNY 1,068,000;
P:(b) adaptation, development of the Calibration Models, installation and commissioning: CNY 92,000;
P:(c) training of operators and quality staff (two sessions at the Linyi plant): CNY 20,000.
P:3.2 The Contract Price is not subject to revision.
H:Article 4 – Terms of Payment
P:4.1 An advance payment of twenty per cent (20 %) of the Contract Price, i.e. CNY 236,000, shall be paid within thirty (30) days of the entry into force of the Contract, against an advance payment guarantee of the same amount.
P:4.2 Forty-five per cent (45 %), i.e. CNY 531,000, shall be paid upon signature of the Commissioning Certificate. The Commissioning Certificate does not constitute acceptance of AflaSort.
P:4.3 The balance of thirty-five per cent (35 %), i.e. CNY 413,000, shall be paid within thirty (30) days of Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account indicated in Annex 4, against the Licensor's invoice.
H:Article 5 – Time Schedule and Penalties for Delay
P:5.1 The Licensor shall achieve commissioning on all six lines within one hundred and twenty (120) days of the entry into force of the Contract.
P:5.2 In case of delay attributable to the Licensor in the signature of the Commissioning Certificate, the Licensor shall pay to the Licensee penalties for delay of 0.1 % of the Contract Price per calendar day of delay. The total amount of these penalties is limited to ten per cent (10 %) of the Contract Price. The penalties may be deducted from any amount due to the Licensor.
P:5.3 When the ceiling of the penalties is reached, the Licensee may terminate the Contract in accordance with Article 15.
H:Article 6 – Acceptance
P:6.1 After commissioning, AflaSort shall run in normal production for a trial period of thirty (30) days.
P:6.2 The Final Acceptance tests are carried out according to Annex 3 on challenge lots prepared from kernels whose aflatoxin content has been measured by an accredited third-party laboratory (HPLC method). On each line and at the nominal throughput of the line, AflaSort shall: (a) reject at least 95 % of the kernels with a total aflatoxin content above 20 µg/kg; (b) keep the rejection of sound kernels at or below 3 % by weight; and (c) during the trial period, bring the outgoing lots, as tested by the laboratory, within the total aflatoxin limit specified by the Licensee in Annex 1.
P:6.3 When the tests are successful, the Parties sign the Final Acceptance Certificate within ten (10) days. If they fail, the Licensor shall correct the defects and repeat the tests at its own cost within thirty (30) days.
P:6.4 Neither commissioning, nor the use of AflaSort in production, nor any payment shall constitute Final Acceptance.
H:Article 7 – Licence
P:7.1 The Licensor grants to the Licensee a non-exclusive, non-transferable and perpetual licence to use AflaSort, in object code, on six (6) sorting lines at the Licensee's plants in the People's Republic of China.
P:7.2 AflaSort, its source code and its documentation remain the property of the Licensor.
H:Article 8 – Calibration Models and Deliverables
P:8.1 The Calibration Models, the ejector parameter sets and the reports prepared for the Licensee under the Contract are the property of the Licensee from their delivery. The Licensee may use them, modify them and have them modified or used by third parties without restriction. They are delivered in a documented, exportable format.
H:Article 9 – Warranty
P:9.1 The Licensor warrants that AflaSort and the Calibration Models conform to the specifications of Annex 1 for a period of eighteen (18) months from the date of Final Acceptance (the "Warranty Period").
P:9.2 During the Warranty Period the Licensor shall, free of charge, correct any defect, supply all updates and new versions of AflaSort, recalibrate the Calibration Models once per crop season and provide technical support as set out in Article 10.
H:Article 10 – Technical Support
P:10.1 The Licensor's support team works from Dakar during Business Hours. The Licensee acknowledges that Business Hours begin at 16:00 Beijing time.
P:10.2 Response times are as follows: for a Severity 1 Incident, a response within eight (8) Business Hours and a workaround within two (2) Business Days; for degraded detection performance (Severity 2), a response within two (2) Business Days; for other requests (Severity 3), a response within five (5) Business Days.
P:10.3 For each Business Day by which the Licensor exceeds the response time or the workaround time for a Severity 1 Incident, the Licensor shall pay to the Licensee a penalty of CNY 2,000, which the Licensee may deduct from any amount due to the Licensor.
H:Article 11 – Annual Support after the Warranty Period
P:11.1 After the Warranty Period, the Licensor shall provide the Annual Support, comprising the services of Article 9.2 and Article 10, for an Annual Support Fee equal to twenty-six per cent (26 %) of the Licence Fee, i.e. CNY 277,680 per year, payable annually in advance.
P:11.2 The Annual Support Fee shall remain unchanged until the fifth anniversary of Final Acceptance. After that date it may be revised by agreement of the Parties, within a limit of three per cent (3 %) per year.
P:11.3 The Annual Support is ordered year by year by purchase order of the Licensee and is not renewed automatically.
H:Article 12 – Data
P:12.1 All images, spectra, rejection logs, production statistics and laboratory results produced or collected under the Contract ("Licensee Data") are the property of the Licensee. The Licensor may use them only to perform the Contract and may not use them for any other purpose, including the training of models for other customers.
P:12.2 Licensee Data are stored on the Licensee's servers in Linyi. The Licensor accesses them only remotely, through the Licensee's VPN, for sessions approved in advance by the Licensee's IT department and logged. The Licensor shall not copy Licensee Data outside the Licensee's systems.
P:12.3 The Licensor shall comply with the laws of the People's Republic of China on data security and personal information, shall protect its access credentials and shall notify the Licensee of any security incident affecting Licensee Data within one (1) day of becoming aware of it. The Licensor is liable for all damage resulting from a breach of this Article attributable to it.
H:Article 13 – Confidentiality
P:Each Party shall keep confidential all technical, commercial and financial information received from the other Party in connection with the Contract and shall not disclose it to third parties without the prior written consent of the other Party. This obligation survives for five (5) years after the end of the Contract.
H:Article 14 – Liability
P:The total liability of the Licensor under the Contract, penalties included, shall not exceed one hundred and fifty per cent (150 %) of the Contract Price. This limit does not apply to bodily injury, fraud, gross negligence or breach of Articles 12 and 13. Neither Party is liable for indirect damage.
H:Article 15 – Termination
P:15.1 If a Party fails to perform a material obligation and does not remedy the failure within thirty (30) days of a formal notice (mise en demeure) sent by registered letter or courier, the other Party may terminate the Contract by written notice.
P:15.2 The Licensee may also terminate the Contract when the ceiling of the penalties of Article 5.2 is reached.
H:Article 16 – Subcontracting
P:The Licensor may not subcontract any part of the Contract without the prior written consent of the Licensee. The Licensor remains fully responsible for any approved subcontractor.
H:Article 17 – Force Majeure
P:Neither Party is liable for a failure caused by force majeure, provided that it notifies the other Party within seven (7) days.
H:Article 18 – Applicable Law and Settlement of Disputes
P:18.1 The Contract is governed by the laws of the People's Republic of China.
P:18.2 The Parties shall seek an amicable settlement of any dispute. Failing settlement within thirty (30) days, the dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding on the Parties.
H:Article 19 – Final Provisions
P:19.1 The Contract is drawn up in English and in Chinese, in two (2) originals each. Both versions are equally authentic.
P:19.2 The Contract enters into force on the date of its signature by both Parties.
P:Done at Linyi, on ____________ 2025, in four (4) originals.
P:For the Licensor: Mamadou Lamine Diouf, Managing Director
P:For the Licensee: Zhang Wei, General Manager
"""

H73E03 = """
T:CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF A LATEX TANK LEVEL MONITORING SYSTEM
P:Contract No. MSE-XMR-2025-07
P:This Contract is made on ____________ 2025 between:
P:(1) Xishuangbanna Mengla Rubber Co., Ltd., a company established in the People's Republic of China, with its office at No. 12 Mengyuan Road, Mengla County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province (the "Buyer"); and
P:(2) Mekong Sense Engineering Sole Co., Ltd., a company registered in the Lao People's Democratic Republic under enterprise registration No. 0123-45678, with its head office at Ban Phonsinuan, Sisattanak District, Vientiane Capital, and a service office in Boten, Luang Namtha Province (the "Contractor").
P:Background: The Buyer collects field latex from its tappers at 42 collection stations on its estates in Mengla County and transports it by tanker to its processing factory. The Buyer wishes to measure the level of latex in the collection tanks remotely, to plan the tanker rounds and to reconcile the tank volumes with the weighing records of its factory. The Contractor has offered to supply and install such a system and to maintain it. The parties therefore agree as follows.
H:1. DEFINITIONS
P:1.1 "Contract Price" means the total price stated in Clause 4.1.
P:1.2 "Equipment" means the sensors, gateways, power kits and server listed in Clause 4.1. "Software" means the tank monitoring software licensed under Clause 12. "System" means the Equipment and the Software together.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer when the Equipment is installed at all stations. It confirms quantities and locations only.
P:1.4 "Final Acceptance" means the signature by the Buyer of the Final Acceptance Certificate after the tests in Clause 7.
P:1.5 "Tapping Season" means the period from April to November of each year.
H:2. SCOPE OF WORK
P:2.1 The Contractor shall supply, install, configure and commission: (a) 96 non-contact radar level sensors (80 GHz, IP68) on the 96 latex tanks of the 42 collection stations; (b) 8 LoRaWAN gateways with masts; (c) 42 solar power kits with batteries; (d) one monitoring server at the Buyer's estate office; and (e) the Software, with dashboards, alarms and a mobile application for the collection team.
P:2.2 The Contractor shall integrate the Software with the Buyer's latex intake weighing system, so that the volume recorded for each tank can be compared with the weight and dry rubber content received at the factory.
P:2.3 The Contractor shall train the Buyer's collection supervisors and IT staff in two sessions at Mengla.
H:3. DELIVERY AND TIME FOR COMPLETION
P:3.1 The Contractor shall deliver the Equipment DDP to the Buyer's estate office in Mengla and shall be responsible for export from Laos, import into China, customs clearance and all duties.
P:3.2 The Contractor shall complete installation at all 42 stations and obtain the Installation Certificate within ninety (90) days after the date of this Contract.
H:4. CONTRACT PRICE
P:4.1 The Contract Price is CNY 1,140,000 (one million one hundred and forty thousand yuan), fixed, including VAT, customs duties, transport, installation, training and all services under this Contract other than maintenance after the warranty under Clause 9. The breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Radar level sensor, 80 GHz, IP68, with bracket|96|4,350|417,600
TB:2|LoRaWAN gateway with mast and lightning protection|8|21,500|172,000
TB:3|Solar power kit with battery|42|3,900|163,800
TB:4|Tank monitoring software, perpetual licence|1|148,000|148,000
TB:5|Monitoring server|1|58,600|58,600
TB: |Hardware and Software Subtotal| | |960,000
TB:6|Installation and commissioning, 42 stations|1|118,400|118,400
TB:7|Integration with latex intake weighing system|1|46,000|46,000
TB:8|Training|1|15,600|15,600
TB: |Contract Price| | |1,140,000
P:4.2 The Contract Price will not be adjusted for changes in exchange rates or costs.
H:5. PAYMENT
P:5.1 10 % of the Contract Price (CNY 114,000) within 15 days after the date of this Contract, against the Contractor's invoice.
P:5.2 55 % of the Contract Price (CNY 627,000) within 30 days after the Installation Certificate is signed.
P:5.3 35 % of the Contract Price (CNY 399,000) within 30 days after Final Acceptance.
P:5.4 All payments are made in CNY to the Contractor's account with its bank in Kunming.
H:6. DELAY
P:6.1 If the Contractor does not obtain the Installation Certificate within the time in Clause 3.2 for reasons not caused by the Buyer, the Contractor shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to a maximum of 8 % of the Contract Price.
P:6.2 When the maximum is reached, the Buyer may terminate this Contract under Clause 16.
H:7. TESTING AND ACCEPTANCE
P:7.1 After the Installation Certificate, the System shall run for a trial period of 30 days during the Tapping Season.
P:7.2 The criteria for Final Acceptance are: (a) every tank reports its level at least every 15 minutes; (b) level readings agree with manual dip measurements within plus or minus 5 mm on a sample of 20 tanks chosen by the Buyer; (c) tank volumes reconcile with the factory weighing records within the tolerance in Annex 2 for 20 consecutive collection days; (d) high-level alarms and sudden-drop alarms (possible theft) reach the supervisors' phones within 2 minutes; (e) no Severity 1 fault occurs during the trial period; and (f) as-built drawings, manuals and all passwords are handed over.
P:7.3 If any criterion is not met, the Contractor shall correct the defect and the test shall be repeated at the Contractor's cost. The Installation Certificate, the use of the System and any payment do not constitute acceptance.
H:8. WARRANTY
P:8.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Contractor shall repair or replace defective Equipment, including batteries and solar panels, correct Software defects and supply Software updates, all free of charge, including parts, labour and travel.
H:9. MAINTENANCE AFTER WARRANTY
P:9.1 For the three years after the warranty period (years 3 to 5 after Final Acceptance) the Contractor shall provide maintenance, consisting of one preventive visit to each station before each Tapping Season, fault repair as in Clause 10, spare parts and Software updates, for an annual fee of 9.5 % of the Hardware and Software Subtotal, that is CNY 91,200 per year, payable quarterly in arrears. This fee is fixed for the three years.
P:9.2 The maintenance covers these three years only and does not renew automatically. Any maintenance after that needs a new written agreement.
P:9.3 The Buyer may end the maintenance at the end of any year by giving 60 days' written notice.
H:10. FAULT RESPONSE
P:10.1 During the warranty period and the maintenance period the Contractor shall respond to faults as follows:
TB:Severity|Description|Response|On site|Restoration
TB:1|Server down, more than one gateway down, or more than 10 tanks without data during the Tapping Season|1 hour|36 hours|48 hours
TB:2|One gateway down, or up to 10 tanks without data|8 hours|3 days|5 days
TB:3|Single sensor fault outside the Tapping Season, questions|2 business days|as needed|10 business days
P:10.2 For each hour by which the response to a Severity 1 fault is late, the Contractor shall pay CNY 400. For each day by which the restoration of a Severity 1 or Severity 2 fault is late, the Contractor shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due to the Contractor.
P:10.3 The Contractor shall keep spare sensors, a spare gateway and spare power kits at its Boten office.
H:11. DATA
P:11.1 All data produced by the System, including tank levels, volumes, alarms, collection records and tapper and station information, belongs to the Buyer. The Contractor may use this data only to perform this Contract.
P:11.2 The data is stored on the Buyer's server in Mengla. The Contractor may access it remotely only through a VPN account issued by the Buyer, for each session approved by the Buyer's IT staff. The Contractor shall not copy the data outside the Buyer's systems or transfer it out of China.
P:11.3 The Contractor shall follow the Buyer's IT security rules, change the default passwords of all devices, keep its access details secure and notify the Buyer within 12 hours of any security incident. The Contractor is liable for all losses caused by its breach of this Clause.
H:12. INTELLECTUAL PROPERTY
P:12.1 The Contractor grants the Buyer a perpetual, non-exclusive licence to use the Software for the System.
P:12.2 The integration programs, configurations, dashboards and as-built documents made for the Buyer under this Contract belong to the Buyer. The Buyer may use and change them and have others change them. The Contractor shall deliver the source code of the integration programs.
H:13. CONFIDENTIALITY
P:Each party shall keep secret the information of the other party that it receives under this Contract, including the Buyer's production volumes, prices and maps of its estates, and shall not give it to any third party without the written consent of the other party. This obligation continues for 3 years after the end of this Contract.
H:14. LIABILITY AND INSURANCE
P:14.1 The Contractor is responsible for injury and damage caused by its staff during the work.
P:14.2 Neither party is liable to the other for indirect loss or loss of profit.
H:15. SUBCONTRACTING
P:The Contractor may not subcontract any part of the work without the Buyer's prior written consent. Civil works for gateway masts may be given only to a local contractor approved by the Buyer in writing before the work starts. The Contractor remains responsible for all subcontracted work.
H:16. TERMINATION
P:16.1 The Buyer may terminate this Contract by written notice if the Contractor commits a material breach and does not remedy it within 20 days after receiving written notice, or if the maximum liquidated damages under Clause 6.1 is reached.
P:16.2 On termination for the Contractor's breach, the Contractor shall refund the payments received for the work not accepted and compensate the Buyer's losses.
H:17. FORCE MAJEURE
P:Neither party is liable for delay caused by force majeure, such as floods, landslides or border closure, if it notifies the other party within 7 days. Normal rain in the rainy season is not force majeure.
H:18. GOVERNING LAW AND DISPUTES
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:19. GENERAL
P:19.1 This Contract is made in English and Chinese. Both texts have equal force.
P:19.2 Annex 1 (Station list and tank dimensions) and Annex 2 (Reconciliation tolerance) form part of this Contract.
P:Signed for the Buyer: ____________________    Signed for the Contractor: ____________________
"""

SOURCES = {"h73z01": H73Z01, "h73z02": H73Z02, "h73e01": H73E01, "h73e03": H73E03}
TARGETS = {"h73z01": ("h73z01_forestry_fire_video_monitoring_platform.docx", "docx"),
           "h73z02": ("h73z02_float_glass_online_defect_inspection.pdf", "pdf"),
           "h73e01": ("h73e01_groundnut_aflatoxin_sorting_licence_senegal.pdf", "pdf"),
           "h73e03": ("h73e03_rubber_latex_tank_sensors_lao_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
