"""Builds the Word and PDF contracts of holdout60 from the sources below (markup of ../word_pdf.py: T: title,
H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python from any directory; the files are written next to this script. The PDFs are
broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)). The .md and .txt contracts of this
folder are plain files and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H60Z01 = """
T:东岳省人力资源和社会保障厅省级就业服务一体化平台系统集成项目政府采购合同
P:合同编号：DYRS-ZC-2026-017
P:采购项目编号：DYCG-2025-GK-0893（公开招标）
P:甲方（采购人）：东岳省人力资源和社会保障厅
P:乙方（中标供应商）：东岳数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省级就业服务一体化平台系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设省级就业服务一体化平台，实现全省招聘求职、职业指导、失业登记、就业困难人员认定、就业补贴申领发放等业务“一网通办”，并完成与社保卡系统、就业补贴资金发放系统、市场监管登记系统及省政务服务网的对接。
P:1.2 乙方负责提供本合同所列软件许可、服务器及密码设备，完成安装部署、定制开发、十六个设区市历史数据迁移、培训及等级保护测评、商用密码应用安全性评估的配合工作。
P:1.3 项目建设工期为合同签订之日起一百八十日，其中系统上线试运行不晚于合同签订之日起一百二十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰贰拾万元整（¥5,200,000.00），含税，包括软硬件、定制开发、实施、数据迁移、培训、运输、保险及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|就业服务平台软件许可（招聘求职、职业指导、失业登记、就业补贴模块）|1套|1,860,000
TB:2|数据中台及统一身份认证组件许可|1套|620,000
TB:3|国产化应用服务器、数据库服务器|8台|736,000
TB:4|服务器密码机、签名验签服务器|2台|268,000
TB:|软硬件小计||3,484,000
TB:5|定制开发（社保卡、补贴发放、市场监管登记、省政务服务网接口）|1项|1,140,000
TB:6|十六个设区市历史数据迁移|1项|326,000
TB:7|实施、培训及测评配合|1项|250,000
TB:|合计||5,200,000
P:2.2 本合同为固定总价合同。除甲方书面提出需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方向甲方提交等额银行预付款保函后十个工作日内，甲方向乙方支付合同总价的百分之四十，即人民币贰佰零捌万元，作为预付款。
P:3.2 系统通过初步验收后十个工作日内，甲方支付合同总价的百分之二十五，即人民币壹佰叁拾万元。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰捌拾贰万元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后三十日内提交项目实施方案，经甲方确认后执行。服务器及密码设备应在合同签订后六十日内运抵甲方指定的省政务云机房。
P:4.2 设备到货后由双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不视为验收。
P:4.3 乙方应组建不少于十五人的项目团队，项目经理和技术负责人须具有同类省级平台实施经验，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收在系统上线试运行满三个月后进行，应满足以下标准：（1）招标文件技术需求清单所列功能全部实现；（2）门户及业务办理系统在五千并发用户下，页面平均响应时间不超过二秒；（3）历史数据迁移经逐表核对，记录数和关键字段一致，发现的差错已全部更正；（4）四个外部接口连续三十日运行无数据丢失；（5）试运行期间未发生一级故障。
P:5.2 最终验收在初步验收合格且系统通过第三方网络安全等级保护三级测评和商用密码应用安全性评估后进行，由甲方组织专家按招标文件和本合同约定逐项验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.8%（经甲方同意的计划内维护时间除外），可用率以省政务云监控平台数据为准。
P:6.2 故障分级及响应要求如下表：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用、补贴发放中断或发生数据泄露|30分钟|2小时|6小时
TB:二级|单个业务模块或单个外部接口不可用|1小时|8小时|24小时
TB:三级|一般功能缺陷、操作咨询|2小时|按需|3个工作日
P:6.3 月度可用率每低于约定值0.1个百分点，乙方向甲方支付违约金伍仟元；响应、到场或恢复超过上表时限的，每超时一小时支付违约金壹仟元。上述违约金甲方可从应付款项中直接扣除。
H:第七条 质量保证与售后服务
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、硬件维修更换、现场技术支持及每季度一次巡检。
P:7.2 质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同，年度运维服务费不超过软硬件小计的百分之八，即每年不超过人民币贰拾柒万捌仟柒佰贰拾元，质保期满后三年内不上调。
H:第八条 数据安全与个人信息保护
P:8.1 平台内求职者、用人单位、参保人员的个人信息及全部业务数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和等级保护三级要求落实安全措施：运维操作一律通过甲方堡垒机进行并全程审计；测试使用经甲方脱敏处理的数据；不得将生产数据拷贝出政务云；项目人员须签署保密及数据安全承诺书。
P:8.3 乙方发现数据泄露、篡改或丢失的，应在一小时内报告甲方并立即采取补救措施。因乙方原因造成的数据安全事件，乙方承担全部法律责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、业务信息、网络架构及安全配置负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方未按第一条约定的工期完成系统上线试运行或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 乙方交付的软硬件不符合合同约定的，应无条件更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 知识产权
P:11.1 本项目定制开发的程序及其源代码、接口程序、数据迁移脚本和技术文档的知识产权归甲方所有，乙方应在最终验收时全部移交。甲方有权自行或委托第三方修改、使用。
P:11.2 平台标准软件产品的著作权仍归乙方或其原权利人所有，甲方获得永久、不可撤销的使用许可。
P:11.3 乙方保证所提供的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十二条 分包
P:乙方不得转包本项目。乙方确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，且乙方就分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期违约金达到上限的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同的组成部分。
P:甲方（盖章）：东岳省人力资源和社会保障厅
P:乙方（盖章）：东岳数智科技有限公司
P:签订日期：2026年  月  日
"""

H60Z02 = """
T:瀛洲LNG接收站储罐区周界安防系统采购及安装合同
P:合同编号：YZLNG-AF-2026-0042
P:甲方：瀛洲液化天然气接收站有限公司
P:乙方：海晟安防技术有限公司
P:鉴于甲方拟对接收站四座十六万立方米LNG储罐及码头作业区的周界安防系统进行升级改造，经公开招标，乙方中标。双方根据《中华人民共和国民法典》等法律法规，经协商一致订立本合同。
H:一、供货及工作范围
P:（一）乙方负责储罐区及码头作业区周界入侵报警与视频监控系统的设备供货、防爆安装、线缆敷设、系统联调、培训及质保期内维护，建成后接入甲方站控中心安防平台。
P:（二）主要设备及价格：
P:1.振动光纤周界报警主机及传感光缆（32个防区，光缆约3.8公里），1套，人民币1,126,000元；
P:2.防爆型热成像双光谱摄像机（含防爆云台），36台，单价43,000元，合计1,548,000元；
P:3.周界警戒雷达，6台，单价77,000元，合计462,000元；
P:4.周界综合管理平台软件许可（含报警联动、电子地图模块），1套，386,000元；
P:5.存储服务器及管理服务器，1套，218,000元；
P:以上设备及软件小计人民币3,740,000元。
P:6.防爆安装、基础施工及线缆敷设，1项，512,000元；
P:7.系统联调及培训，1项，88,000元。
P:（三）合同总价为人民币肆佰叁拾肆万元整（¥4,340,000.00），含税，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
P:（四）乙方所供设备应为全新原厂正品，符合国家及石油天然气行业相关标准，并随货提供出厂合格证、检测报告及防爆合格证。
H:二、交货及施工
P:（一）乙方应于合同生效后六十日内将全部设备运抵甲方接收站指定仓库，九十日内完成安装并具备联调条件。
P:（二）进入储罐区及工艺区的设备须具有有效的防爆合格证，防爆标志不低于Ex db IIC T6 Gb。
P:（三）乙方人员进入接收站应遵守甲方HSE管理规定，动火、高处及受限空间作业须办理作业许可，施工不得影响接收站正常生产和船舶靠泊作业。
P:（四）乙方应在进场前提交施工组织设计及安全技术措施，经甲方审查同意后方可施工；储罐区内施工须使用防爆工具，并在甲方人员监护下进行。
H:三、付款方式
P:（一）合同生效后十五个工作日内，甲方支付合同总价的百分之二十，即人民币捌拾陆万捌仟元，作为预付款。
P:（二）设备全部到货并经双方开箱清点签收后，甲方支付合同总价的百分之三十五，即人民币壹佰伍拾壹万玖仟元。到货签收不代表甲方对设备质量的验收。
P:（三）系统最终验收合格后，甲方支付合同总价的百分之四十，即人民币壹佰柒拾叁万陆仟元。
P:（四）合同总价的百分之五，即人民币贰拾壹万柒仟元，作为质量保证金，于质保期满且无未决质量问题后支付。
H:四、验收
P:（一）系统安装联调完成后进入试运行，试运行期为两个月。
P:（二）最终验收标准：1.逐防区进行模拟攀爬、剪切和敲击测试，每个防区各测试十次，均能准确报警并定位到防区；2.热成像摄像机在夜间对五百米处人员目标能稳定检测，报警时自动联动云台转向和录像；3.雷达对周界外侧入侵目标持续跟踪并与视频联动；4.系统连续七十二小时运行无故障，试运行期间平均每防区每日误报不超过一次；5.防爆合格证、隐蔽工程记录及竣工资料齐全；6.与站控中心安防平台联动正常。
P:（三）验收由甲方组织，乙方配合，双方签署最终验收报告。设备到货、安装完成或甲方在试运行期间使用系统，均不视为验收合格。
H:五、质量保证与维保
P:（一）质保期为二年，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备、升级平台软件，并每季度进行一次现场巡检。
P:（二）故障响应：一级故障（周界系统整体瘫痪，或储罐区连续三个以上防区失效）乙方应在三十分钟内响应，三小时内到达现场，十二小时内恢复或启用临时防护措施；二级故障（单个防区或单台摄像机失效）乙方应在一小时内响应，次日内修复。
P:（三）乙方响应、到场或修复超过前款时限的，每超时一小时向甲方支付违约金壹仟伍佰元，甲方可从质量保证金中扣除。
P:（四）质保期满后，甲方可委托乙方继续提供维保服务，维保费按设备及软件小计的百分之十七每年计取，即每年人民币陆拾叁万伍仟捌佰元，质保期满后三年内不作调整。维保服务内容与质保期内相同。
P:（五）质保期内，同一设备因同一故障维修三次仍不能正常工作的，乙方应免费更换同型号新设备，更换后的设备质保期重新计算。
H:六、数据安全
P:（一）周界报警记录、视频录像、站区平面布置及设备配置数据均归甲方所有，存储于甲方站内服务器，乙方不得复制、外传或用于本合同以外的任何目的。
P:（二）乙方应按甲方工控安全管理要求实施：安防网络与生产控制网络物理隔离；远程维护须经甲方审批并在甲方人员监护下通过堡垒机进行；调试用移动介质须经甲方查毒登记，离场前清除全部甲方数据。
P:（三）乙方发现数据泄露或系统被非法访问的，应在两小时内报告甲方并配合处置；因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:七、保密
P:乙方对在履行合同中知悉的接收站平面布置、安防点位、报警联动策略及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求参与本项目的全部人员签署保密承诺书。保密义务不因合同终止而解除。
H:八、知识产权
P:（一）乙方为本项目编制的报警联动配置、电子地图、与站控中心对接的接口程序及竣工资料归甲方所有，甲方可自行或委托第三方修改使用。
P:（二）平台软件及设备内嵌软件的著作权归原权利人所有，甲方享有永久使用许可。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:（二）设备不符合合同约定或防爆要求的，乙方应负责更换，并承担由此产生的全部费用及甲方损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:十、分包
P:乙方可将储罐区以外的土建基础施工及线缆敷设工程分包给具有相应资质的单位，但应在分包单位进场前五个工作日书面告知甲方，并对分包工程的质量和安全承担全部责任。设备供货、防爆安装及系统联调不得分包。
H:十一、合同解除
P:乙方严重违约，或逾期违约金累计达到上限，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交舟山仲裁委员会仲裁。
H:十三、培训与备品备件
P:（一）乙方应为甲方安保、仪表及信息人员提供不少于三期现场培训，内容包括系统操作、日常巡检、报警处置及一般故障排除，并提供中文操作手册和维护手册。
P:（二）乙方应随货提供备品备件清单所列易损件。质保期内备件不足的，由乙方免费补充。
P:（三）乙方保证在质保期满后五年内继续供应本合同设备的备品备件，价格不高于同期市场价格。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格表、防区划分图、HSE管理协议。
P:甲方（盖章）：瀛洲液化天然气接收站有限公司
P:乙方（盖章）：海晟安防技术有限公司
"""

H60E02 = """
T:Equipment Purchase, Software License and Support Agreement
P:Agreement No. SIS-CN-2026-014
P:This Equipment Purchase, Software License and Support Agreement (the "Agreement") is made and entered into as of the Effective Date stated on the signature page by and between Sonora Inspection Systems, LLC, an Arizona limited liability company with its principal place of business at 2950 South Park Avenue, Tucson, Arizona 85713, USA ("Seller"), and Kunshan Harina Foods Co., Ltd., a company organized under the laws of the People's Republic of China with its registered address at No. 77 Jinyang Road, Kunshan Development Zone, Jiangsu Province ("Buyer").
H:Recitals
P:A. Buyer produces flour tortillas and wraps on four production lines for quick-service restaurant chains and retailers in China, and operates a food safety plan that requires metal detection at the flour intake and after packaging.
P:B. Seller, a family-owned company founded in Tucson in 1998, designs and builds metal detection systems for bakery and tortilla lines and has supplied producers in the United States and Mexico for more than twenty-five years.
P:C. Buyer wishes to purchase, and Seller wishes to sell, install and support, the Equipment and the Software described below.
P:NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
H:Article 1 Definitions
P:1.1 "Equipment" means the metal detectors, reject systems and accessories listed in Article 2. "Software" means Seller's DetectLog HACCP data software. "Contract Price" means the total price stated in Article 3.1. "Final Acceptance" means the signature of the Final Acceptance Certificate under Article 4.4. "Plant" means Buyer's plant at the address above. "Service Partner" means the company named in Article 14.
H:Article 2 Scope of Supply
P:2.1 Seller shall supply, deliver DDP the Plant (Incoterms 2020), install, commission and support the following:
TB:Item|Description|Qty|Unit Price (CNY)|Amount (CNY)
TB:1|SX-600 conveyor metal detector, 600 x 150 mm aperture, with air-blast reject, lockable reject bin and stainless-steel frame, IP69K|6|168,000|1,008,000
TB:2|SX-GF gravity-fall metal detector with diverter valve, for flour intake|2|96,000|192,000
TB:3|Reject confirmation and bin-full sensor kits|8|9,500|76,000
TB:4|DetectLog HACCP software, perpetual site license for up to 16 detectors|1|142,000|142,000
TB:|Hardware and License Subtotal|||1,418,000
TB:5|Installation, integration with line PLCs, and commissioning|1|118,000|118,000
TB:6|Operator and QA training (two sessions at the Plant)|1|24,000|24,000
TB:|Contract Price|||1,560,000
P:2.2 Prices are stated in Chinese Yuan (CNY) at Buyer's request and include packing, freight, insurance, import duties, VAT and all other taxes.
H:Article 3 Contract Price and Payment
P:3.1 The Contract Price is One Million Five Hundred Sixty Thousand Chinese Yuan (CNY 1,560,000), fixed and firm for the duration of this Agreement.
P:3.2 Buyer shall pay the Contract Price as follows: (a) twenty-five percent (25%) (CNY 390,000) as a down payment within fifteen (15) days after the Effective Date against Seller's invoice; (b) fifty percent (50%) (CNY 780,000) within thirty (30) days after delivery of all Equipment to the Plant; and (c) twenty-five percent (25%) (CNY 390,000) within thirty (30) days after Final Acceptance.
P:3.3 Delivery and installation do not constitute acceptance of the Equipment, and no payment shall be deemed acceptance.
H:Article 4 Delivery, Installation and Acceptance
P:4.1 Seller shall deliver all Equipment to the Plant within fourteen (14) weeks after receipt of the down payment (the "Delivery Date") and shall complete installation and commissioning within three (3) weeks after delivery.
P:4.2 Installation shall be carried out during the production shutdowns scheduled by Buyer. Seller's technicians and the Service Partner shall comply with Buyer's GMP, hygiene and lock-out/tag-out rules.
P:4.3 After commissioning, the parties shall perform a Site Acceptance Test on each line. The Equipment passes when: (a) each SX-600 detector detects and rejects ferrous 1.5 mm, non-ferrous 2.0 mm and stainless steel 316 2.5 mm test spheres placed at the center of a stack of ten tortillas, in three consecutive passes for each test piece at maximum line speed; (b) each SX-GF detector detects ferrous 1.0 mm, non-ferrous 1.5 mm and stainless steel 2.0 mm test pieces in free-falling flour; (c) the reject confirmation and bin-full alarms stop the line as designed; (d) DetectLog records every test, reject and operator check with a time stamp and exports the daily HACCP report; and (e) the Equipment then runs for five (5) consecutive production days with no more than two (2) unexplained rejects per line per shift.
P:4.4 When all tests are passed, Buyer shall sign a Final Acceptance Certificate within five (5) business days. If any test fails, Seller shall correct the defect at its own cost and the test shall be repeated.
H:Article 5 Liquidated Damages for Late Delivery
P:5.1 If Seller fails to deliver the Equipment by the Delivery Date, or fails to complete installation and commissioning within the period in Article 4.1, for reasons other than Force Majeure or Buyer's delay, Seller shall pay Buyer liquidated damages of one-half of one percent (0.5%) of the Contract Price for each full week of delay, up to a maximum of five percent (5%) of the Contract Price.
P:5.2 The parties agree that these liquidated damages are a reasonable estimate of Buyer's loss and not a penalty.
H:Article 6 Warranty
P:6.1 Seller warrants that the Equipment will be free from defects in material and workmanship and will perform in accordance with Seller's published specifications for a period of six (6) months from the date of shipment from Seller's facility in Tucson (the "Warranty Period").
P:6.2 During the Warranty Period Seller shall, at its option, repair or replace any defective part free of charge, including freight and the labor of Seller or its Service Partner.
P:6.3 EXCEPT AS EXPRESSLY SET FORTH IN THIS ARTICLE 6, SELLER MAKES NO OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED WARRANTIES OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.
H:Article 7 Software License
P:7.1 Seller grants Buyer a perpetual, non-exclusive, non-transferable license to install and use the Software at the Plant for up to sixteen (16) detectors. The license fee is included in the Contract Price.
P:7.2 Buyer may make one backup copy of the Software. Buyer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 8 Support Services
P:8.1 During the Warranty Period and any paid Support Year, Seller provides telephone and remote support, Software updates, and on-site service through its Service Partner.
P:8.2 Support requests are handled as follows:
TB:Severity|Definition|Response|On-site attendance|Amount for late performance
TB:Severity 1|A detector fails, locks out or cannot reject, and a production line is stopped|1 hour (telephone or remote, 24/7)|Within 24 hours|CNY 800 for each hour of late response; CNY 2,000 for each day of late attendance
TB:Severity 2|Degraded detection, frequent false rejects, or DetectLog not recording|3 business hours|Within 48 hours|CNY 300 for each hour of late response
TB:Severity 3|Questions, reports, minor Software faults|Next business day|Scheduled visit|None
P:8.3 Amounts under Article 8.2 shall be credited against Seller's next invoice or paid to Buyer within thirty (30) days.
P:8.4 After the Warranty Period, Buyer may purchase an Annual Support Plan covering the services in Articles 8.1 and 8.2, parts and labor, and one preventive maintenance and sensitivity validation visit per year. The fee for the Annual Support Plan is eight and one-half percent (8.5%) of the Hardware and License Subtotal, i.e. CNY 120,530 per year, and shall not be increased for the first three (3) Support Years. Each Support Year is ordered by Buyer's purchase order; the plan does not renew automatically.
H:Article 9 Buyer Data and Security
P:9.1 All inspection records, reject logs, test results, product settings and reports created by the Equipment or the Software ("Buyer Data") belong to Buyer. Seller shall use Buyer Data only to perform this Agreement and shall not disclose it to any third party or use it for any other purpose.
P:9.2 The Software is installed on Buyer's server in the Plant. Seller and its Service Partner shall access the Equipment or the Software remotely only through a session opened and supervised by Buyer, shall not copy Buyer Data to their own systems, and shall use removable media only after a virus scan by Buyer.
P:9.3 Seller shall notify Buyer within twenty-four (24) hours after becoming aware of any unauthorized access to or loss of Buyer Data, cooperate in containing it, and be responsible for the losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:Each party shall hold in confidence all non-public information received from the other party, including Buyer's recipes, line speeds, product specifications and customer names and Seller's pricing and technical documentation, and shall not disclose such information to any third party without prior written consent, during the term of this Agreement and for five (5) years thereafter.
H:Article 11 Intellectual Property
P:11.1 Seller retains all rights in the Equipment designs, the firmware and the Software.
P:11.2 The PLC integration logic, HMI screens, report templates and configuration files prepared by Seller specifically for Buyer ("Custom Deliverables") shall be owned by Buyer upon delivery. Buyer may use, modify and license the Custom Deliverables freely, including to other suppliers.
H:Article 12 Non-Cancellation; Exclusive Remedies
P:12.1 This Agreement and any purchase order issued under it are non-cancellable by Buyer after the Effective Date.
P:12.2 BUYER'S SOLE AND EXCLUSIVE REMEDIES FOR ANY BREACH BY SELLER, INCLUDING LATE DELIVERY OR DEFECTIVE EQUIPMENT, ARE REPAIR OR REPLACEMENT UNDER ARTICLE 6, THE AMOUNTS UNDER ARTICLE 8.2 AND THE LIQUIDATED DAMAGES UNDER ARTICLE 5. BUYER WAIVES ANY RIGHT TO TERMINATE OR RESCIND THIS AGREEMENT, OR TO REJECT OR RETURN THE EQUIPMENT, ON ACCOUNT OF ANY SUCH BREACH.
H:Article 13 Limitation of Liability
P:13.1 IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES, INCLUDING LOST PROFITS, EXCEPT FOR BREACH OF ARTICLES 9 AND 10.
P:13.2 SELLER'S TOTAL CUMULATIVE LIABILITY ARISING OUT OF OR RELATING TO THIS AGREEMENT SHALL NOT EXCEED ONE HUNDRED FIFTY PERCENT (150%) OF THE CONTRACT PRICE.
H:Article 14 Service Partner and Subcontracting
P:Seller's authorized service partner, Jiangnan FoodTech Service Co., Ltd. of Suzhou, is approved by Buyer by signing this Agreement for installation assistance and on-site service. Seller shall not subcontract any other part of its obligations without Buyer's prior written consent, and remains responsible for the acts and omissions of the Service Partner.
H:Article 15 Governing Law and Venue
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Arizona, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
P:15.2 Any action arising out of or relating to this Agreement shall be brought exclusively in the state or federal courts located in Pima County, Arizona, and each party submits to the personal jurisdiction of those courts.
H:Article 16 General
P:16.1 Neither party shall be liable for delay caused by events beyond its reasonable control, such as fire, flood, epidemic or government action, provided it notifies the other party promptly.
P:16.2 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:16.3 This Agreement, including its tables, is the entire agreement of the parties on its subject matter and supersedes all prior quotations and proposals. It is executed in English in two counterparts.
P:SELLER: Sonora Inspection Systems, LLC  By: ____________  Name: Ramon Valenzuela  Title: President
P:BUYER: Kunshan Harina Foods Co., Ltd.  By: ____________  Name: ____________  Title: General Manager
P:Effective Date: ____________, 2026
"""

H60E03 = """
T:Managed IT and e-Signature Hosting Services Agreement
P:Agreement Reference: ADS/MMRS/2026/07
P:THIS AGREEMENT is made on the ___ day of ____________ 2026
P:BETWEEN:
P:(1) AMATHUS DIGITAL SERVICES LTD, a company incorporated in the Republic of Cyprus with registration number HE 387215, whose registered office is at 28 Archbishop Makarios III Avenue, 3030 Limassol, Cyprus (the "Provider"); and
P:(2) MERIDIAN MARITIME REGISTRY SERVICES (SHANGHAI) CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Room 1806, 555 Dongdaming Road, Hongkou District, Shanghai (the "Registry").
P:WHEREAS:
P:(A) The Registry acts as the regional office of an international ship register in Shanghai. It handles applications for provisional and permanent registration, mortgages and seafarers' documents, and issues electronic certificates of registry which port state control officers verify online.
P:(B) The Provider supplies managed IT and secure document-signing services to ship registries, classification societies and shipping companies from Limassol and through its affiliate in Shanghai.
P:(C) The parties wish to record the terms on which the Provider will manage the Registry's office IT and host the Registry's e-signature platform.
P:IT IS AGREED as follows:
H:1. Definitions and Interpretation
P:1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Commencement Acceptance" has the meaning given in Clause 4.3; "e-Signature Platform" means the platform used by the Registry to prepare, sign with certificates issued by a licensed certification authority in the PRC, issue and verify electronic certificates and transcripts; "Initial Term" means thirty-six (36) months from the Service Commencement Date; "Registry Data" means all data, documents, certificates, logs and signing records of the Registry processed by the Provider; "Service Commencement Date" means the date of Commencement Acceptance.
P:1.2 Clause headings do not affect interpretation. References to Schedules are to the schedules to this Agreement, which form part of it.
H:2. Services
P:2.1 Managed IT Services for the Registry's Shanghai office: a service desk for forty-six (46) users in English and Chinese; management of laptops and desktops, patching and endpoint protection; management of two on-premises servers, the office network and the firewall; administration of the e-mail and collaboration tenant; daily backup with monthly restore tests; and onboarding and offboarding of users.
P:2.2 e-Signature Hosting Services: hosting, operation, monitoring and patching of the e-Signature Platform and its public verification portal in the Provider's hosting environment in mainland China (primary site in Shanghai, recovery site in Beijing); management of the hardware security modules that hold the Registry's signing keys; and certificate lifecycle management.
P:2.3 The Services are described in detail in Schedule 1.
H:3. Term and Renewal
P:3.1 This Agreement commences on signature and, unless terminated earlier, continues for the Initial Term.
P:3.2 At the end of the Initial Term and of each renewal term, this Agreement shall renew automatically for a further period of twelve (12) months unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
P:3.3 With effect from the start of each renewal term the Provider may increase the Charges by the percentage change in the Cyprus Harmonised Index of Consumer Prices over the preceding year plus three (3) percentage points, by giving the Registry thirty (30) days' written notice. The increased Charges shall apply without further agreement.
H:4. Transition and Commencement Acceptance
P:4.1 The Provider shall take over the Services from the Registry's current supplier in accordance with the transition plan in Schedule 3 and shall achieve Commencement Acceptance by 1 September 2026 (the "Planned Commencement Date").
P:4.2 Before Commencement Acceptance the Provider shall demonstrate: (a) a complete and verified inventory of hardware, software licences, accounts and certificates; (b) documented runbooks for all Services, approved by the Registry; (c) a successful restore of the file server and of the e-Signature Platform database from backup; (d) signature and online verification of fifty (50) test certificates, including revocation and re-issue; (e) a failover of the e-Signature Platform to the recovery site and back within the recovery time set out in Schedule 2; and (f) completion of the service desk knowledge base.
P:4.3 When all items in Clause 4.2 have been demonstrated to the Registry's reasonable satisfaction, the Registry shall sign a Commencement Acceptance certificate. Operation of the Services by the Provider before that date does not amount to acceptance.
P:4.4 If Commencement Acceptance is not achieved by the Planned Commencement Date for reasons attributable to the Provider, the Provider shall pay the Registry liquidated damages of CNY 1,600 for each day of delay, up to a maximum of CNY 160,000.
H:5. Service Levels
P:5.1 The Provider shall meet the service levels in Schedule 2, which include: availability of the e-Signature Platform and the verification portal of 99.95% in each calendar month, excluding agreed maintenance windows; for Priority 1 incidents (the e-Signature Platform or the verification portal unavailable, suspected compromise of a signing key, or the Registry's office unable to work), a response within fifteen (15) minutes at any time and restoration within two (2) hours; for Priority 2 incidents, a response within one (1) hour during Business Hours and resolution within one (1) Business Day; and a service desk first response within thirty (30) minutes during Business Hours.
P:5.2 The Provider shall report its performance against the service levels monthly and, where a service level is missed, shall provide a root-cause analysis and a remediation plan within ten (10) Business Days.
P:5.3 The service levels are performance targets. Failure to meet a service level shall not entitle the Registry to any service credit, fee reduction, refund or damages, and the Registry's remedy for such failure is the remediation plan under Clause 5.2.
H:6. Charges and Payment
P:6.1 The Charges are: (a) Managed IT Charge: CNY 42,000 per month; (b) e-Signature Hosting Charge: CNY 18,500 per month; and (c) Transition Charge: CNY 86,000, payable once. The Charges for the Initial Term total CNY 2,264,000 (thirty-six months at CNY 60,500 plus the Transition Charge). All Charges are in Chinese Yuan and include VAT.
P:6.2 Monthly Charges are invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Commencement Acceptance. No amount is payable in advance.
P:6.3 The Registry shall pay undisputed invoices within thirty (30) days of receipt.
H:7. Registry Data and Security
P:7.1 Registry Data belongs to the Registry. The Provider shall process Registry Data only to perform the Services and in accordance with the Registry's written instructions, and shall not use it for any other purpose.
P:7.2 The Provider shall keep Registry Data and the signing keys in mainland China; maintain ISO/IEC 27001 certification for the hosting environment and the MLPS level-3 filing for the e-Signature Platform; keep signing keys only in FIPS 140-2 Level 3 hardware security modules; apply multi-factor authentication and dual control to all administrative access; and keep access logs for one hundred and eighty (180) days.
P:7.3 The Provider shall notify the Registry of any security incident affecting Registry Data or the signing keys within twelve (12) hours of becoming aware of it, shall take all necessary steps to contain it and, where a key may be compromised, revoke the affected certificates on the Registry's instruction, and shall indemnify the Registry against losses arising from a security incident caused by its breach of this Clause 7.
P:7.4 On expiry or termination the Provider shall return all Registry Data in an agreed format, securely destroy its copies within thirty (30) days and certify the destruction in writing.
H:8. Confidentiality
P:8.1 Each party shall keep confidential the other party's Confidential Information, including vessel, owner and mortgage information, and use it only for the purposes of this Agreement. This Clause survives termination for five (5) years.
H:9. Intellectual Property
P:9.1 The Provider retains ownership of its tools, monitoring systems and pre-existing materials.
P:9.2 Certificate templates, scripts, configurations, runbooks and documentation prepared by the Provider specifically for the Registry shall belong to the Registry on creation. The Registry may use, modify and disclose them to any successor supplier without restriction.
H:10. Subcontracting
P:10.1 The Provider may subcontract any part of the Services to its affiliate Amathus Digital (Shanghai) Co., Ltd. or to other suitably qualified subcontractors, provided that it informs the Registry in writing within ten (10) Business Days after the subcontractor begins work. The Provider remains responsible for the performance of its subcontractors.
H:11. Limitation of Liability
P:11.1 Neither party limits or excludes its liability for death or personal injury caused by negligence, for fraud or for wilful misconduct.
P:11.2 Subject to Clause 11.1, the Provider's total aggregate liability under or in connection with this Agreement shall not exceed one hundred and twenty-five per cent (125%) of the Charges payable for the Initial Term.
P:11.3 Neither party shall be liable for loss of profit or for indirect or consequential loss.
H:12. Termination
P:12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after receiving notice of it, or if the other party becomes insolvent.
P:12.2 On expiry or termination the Provider shall provide exit assistance for up to ninety (90) days at the Charges then applicable.
H:13. Governing Law and Dispute Resolution
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English.
H:14. General
P:14.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above.
P:14.2 This Agreement, with its Schedules, is the entire agreement between the parties and may be varied only in writing signed by both parties. It is executed in English.
P:Schedule 1 Service Description. Schedule 2 Service Levels. Schedule 3 Transition Plan.
P:Signed for and on behalf of AMATHUS DIGITAL SERVICES LTD: ____________ Director
P:Signed for and on behalf of MERIDIAN MARITIME REGISTRY SERVICES (SHANGHAI) CO., LTD.: ____________ Legal Representative
"""

SOURCES = {"h60z01": H60Z01, "h60z02": H60Z02, "h60e02": H60E02, "h60e03": H60E03}
TARGETS = {"h60z01": ("h60z01_hrss_employment_platform_integration.docx", "docx"),
           "h60z02": ("h60z02_lng_terminal_perimeter_security_supply.pdf", "pdf"),
           "h60e02": ("h60e02_tortilla_metal_detectors_arizona_vendor.docx", "docx"),
           "h60e03": ("h60e03_ship_registry_managed_it_esignature_cyprus.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
