"""Builds the .docx and .pdf contracts of holdout82 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python.
The .md and .txt contracts of this folder are plain files and are not built here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H82Z01 = """
T:南江省不动产登记"一网通办"平台建设项目合同书
P:合同编号：NJZRZY-XX-2025-031
P:采购项目编号：NJZC2025-G-0417（公开招标）
P:甲方（采购人）：南江省自然资源厅
P:乙方（供应商）：南江数图信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。招标文件、投标文件、中标通知书及乙方在投标中作出的服务承诺均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设全省统一的不动产登记"一网通办"平台，包括统一受理、网上申请、电子证照、缴税缴费一体化、登记信息查询等功能模块；提供平台软件许可、数据库及中间件许可、服务器及存储设备；完成与税务、公安、民政、市场监管、住建、银行、公积金等十四个部门及单位系统的接口开发；完成全省存量登记数据的治理和迁移；负责部署实施和培训。
P:1.2 项目的功能清单和技术指标以招标文件第三章《采购需求》及乙方投标文件为准，两者不一致的，以对甲方更有利者为准。
P:1.3 项目实施地点为甲方指定的省政务云机房及甲方办公地点。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾陆万捌仟元整（¥3,468,000.00），为含税固定总价，包括设备、软件、开发、实施、运输、安装、培训、税费及质保期内全部服务的费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|一网通办平台软件许可（统一受理、网上申请、电子证照、缴税缴费、查询模块）|1套|1,180,000
TB:2|数据库及中间件许可|1套|326,000
TB:3|服务器及存储设备（应用服务器8台、数据库服务器2台、存储1套）|1批|868,000
TB:|软硬件小计||2,374,000
TB:4|部门接口开发（14个）|1项|624,000
TB:5|存量数据治理及迁移|1项|287,000
TB:6|部署实施|1项|145,000
TB:7|培训|1项|38,000
TB:|合计||3,468,000
P:2.2 合同履行期间，除甲方书面确认的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币693,600元。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即人民币1,560,600元。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币1,213,800元。
P:3.4 乙方每次请款时应开具等额增值税发票。甲方按国库集中支付有关规定付款。
H:第四条 工期与交付
P:4.1 乙方应于合同生效后三十日内完成设备到货，九十日内完成平台部署和接口联调并提请初验，一百五十日内完成存量数据迁移并上线试运行。
P:4.2 设备到货后由双方共同开箱清点并签署到货签收单。到货签收单仅证明设备数量和外观，不代表质量验收。
P:4.3 乙方应向甲方交付全部技术文档，包括需求规格说明书、设计文档、接口规范、数据迁移方案及报告、部署手册、运维手册和用户手册。
H:第五条 验收
P:5.1 初验标准：（1）功能清单所列功能全部实现；（2）十四个部门接口连续十五个工作日调用无差错；（3）存量数据迁移后经全量比对，登记簿、权籍、档案索引数据一致；（4）在800个并发用户下，受理页面平均响应时间不超过3秒，查询页面不超过2秒；（5）通过第三方机构的软件安全测评和网络安全等级保护三级测评。
P:5.2 初验合格后平台进入试运行，试运行期为六十日。试运行期间未发生一级故障且遗留问题全部整改完毕的，乙方可提请最终验收。甲方组织专家按照招标文件和本合同约定的标准进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维护、缺陷修复、版本升级和现场服务，设备故障免费更换部件，并每季度进行一次巡检。
P:6.2 质保期内平台月可用率不低于99.95%。计划内维护应提前三个工作日经甲方同意，计划维护时间不计入不可用时间。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，登记业务无法受理，或登记数据错误|30分钟|2小时|6小时
TB:二级|部分功能模块或部门接口不可用，存在替代办法|1小时|8小时|1个工作日
TB:三级|一般性问题、咨询和优化需求|2小时|按需|5个工作日
P:6.4 乙方响应、到场或恢复超时的，每超时一小时扣减人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减款项从应付款项或履约保证金中扣除。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，年度维护费不超过软硬件小计的9%（即不超过人民币213,660元/年），且自质保期满之日起三年内不得上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、业务流程配置、统计报表及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时移交全部源代码和文档，甲方有权自行或委托第三方使用、修改。
P:7.2 平台软件产品、数据库及中间件的著作权归其原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。乙方保证所交付的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 不动产登记数据、权利人个人信息及平台运行中产生的全部数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求。实施和运维工作在甲方指定的政务外网环境内进行，远程操作须经甲方逐次审批并通过堡垒机进行，全程记录日志。测试须使用甲方提供的测试数据。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并于1小时内向甲方报告。因乙方原因造成安全事件的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络架构、系统口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。乙方应与参与本项目的全部人员签订保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期提请初验或逾期上线试运行的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的设备、软件不符合合同约定的，乙方应负责更换、修复，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南江省自然资源厅　　乙方（盖章）：南江数图信息技术有限公司
P:签订日期：2025年　月　日
"""

H82Z02 = """
T:在线瓶体缺陷视觉检测系统采购合同
P:合同编号：JYJC-SB-2025-086
P:甲方（买方）：江阳晶瓷玻璃制品有限公司
P:乙方（卖方）：苏州明瞳智能视觉科技有限公司
P:为提升玻璃瓶生产线的质量检测能力，甲方向乙方采购在线瓶体缺陷视觉检测系统及相关服务。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、合同标的
P:（一）乙方为甲方四条制瓶生产线（2号至5号线冷端）各提供一台在线瓶体缺陷视觉检测机，检测瓶口、瓶身、瓶底的裂纹、结石、气泡、变形、厚薄不均等缺陷，配套剔除装置、检测软件许可和中央质量数据服务器，并负责安装调试、产线对接、缺陷样本建模与调优及操作培训。
P:（二）设备技术参数以附件一《技术规格书》为准。每台检测机检测速度不低于每分钟400瓶，适用瓶型以附件一所列为准。
P:（三）乙方应对甲方操作人员和设备维护人员进行培训，内容包括设备操作、缺陷样本管理、检测参数调整和日常维护保养，培训不少于二十人次，培训结束后进行考核。
H:二、合同价格
P:（一）合同总价为人民币贰佰贰拾陆万元整（¥2,260,000），含设备、软件、运输、保险、安装、调试、培训、税费及质保期内服务的全部费用。
P:（二）价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|瓶体缺陷视觉检测机（含工业相机十二台、光源、工控机）|4台|386,000|1,544,000
TB:2|剔除装置|4套|42,000|168,000
TB:3|检测软件许可|4套|58,000|232,000
TB:4|中央质量数据服务器及软件|1套|96,000|96,000
TB:|设备及软件小计|||2,040,000
TB:5|安装调试及产线对接|1项||118,000
TB:6|缺陷样本建模与调优|1项||86,000
TB:7|培训|1项||16,000
TB:|合计|||2,260,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的百分之二十，即人民币452,000元，作为预付款。
P:（二）设备全部到货并经甲方签收后十个工作日内，支付合同总价的百分之三十五，即人民币791,000元。到货签收仅确认设备数量和外观，不构成验收。
P:（三）终验合格后十个工作日内，甲方支付合同总价的百分之四十，即人民币904,000元。
P:（四）剩余百分之五，即人民币113,000元作为质量保证金，在质保期满且无未决质量问题后十个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同签订后六十日内将全部设备运抵甲方厂区，交货地点为甲方指定仓库。
P:（二）安装调试应利用甲方各生产线的停线检修窗口进行，每条线每次停线时间不超过三十六小时。乙方应提前提交安装方案，经甲方生产部门确认后实施。
P:（三）乙方应在设备到货后四十五日内完成全部四条线的安装调试。
P:（四）乙方应保证所供设备为全新、未使用过的合格产品，符合国家有关电气安全和电磁兼容标准，并随设备提供合格证、装箱单和出厂检验报告。
H:五、验收
P:（一）终验标准：1. 对甲方提供的标准缺陷样瓶（不少于六百只，覆盖附件一所列全部缺陷类型）检出率达到百分之百；2. 对合格瓶的误剔率不高于千分之三；3. 在每分钟400瓶线速下连续运行七十二小时无停机；4. 检测结果和缺陷图像按批次上传中央质量数据服务器，并与生产批号一一对应；5. 技术文件、操作手册、维护手册交付齐全。
P:（二）安装调试完成后进入三十日试运行，试运行期满达到上述标准的，双方签署终验报告。
P:（三）设备安装后投入生产使用，不视为验收合格。未通过终验的，乙方应在十五日内整改并重新组织验收。
P:（四）终验由甲方质量部、生产部和设备部共同参加，验收记录由双方签字确认。终验时乙方应提交设备安装记录、调试记录、标准样瓶测试记录和试运行报告。
H:六、质量保证与售后服务
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，设备及软件出现非甲方原因造成的故障，乙方免费维修或更换部件，并免费提供软件升级。
P:（二）一级故障（检测机停机或剔除装置失效，影响产线正常生产）：乙方在接到甲方报修后三十分钟内远程响应，八小时内到达现场，二十四小时内恢复。二级故障（检出率下降、个别相机或光源异常）：乙方接报后二小时内响应，四十八小时内解决。
P:（三）乙方超过上述响应、到场或恢复时限的，每超时一小时向甲方支付人民币伍佰元。
P:（四）乙方应在甲方所在地设立备件库，相机、光源、剔除阀等常用备件每种库存不少于两套。质保期内乙方每季度进行一次现场巡检和设备标定，并提交巡检报告。
P:（五）质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的百分之十八计取，即每年人民币367,200元，含定期巡检、软件升级、故障维修及备件更换，三年内不作调整。维保费按年度于每个维保年度开始后三十日内支付。
H:七、知识产权
P:（一）检测软件的著作权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为甲方生产线训练的缺陷识别模型参数、产线对接程序及相关文档归甲方所有，甲方可自行使用、修改，或委托第三方维护。
H:八、数据安全
P:（一）检测过程中产生的生产数据、缺陷图像和质量统计数据属于甲方，乙方仅可为履行本合同使用，不得用于训练其他客户的模型，不得向第三方提供。
P:（二）检测设备所在的工控网络应与甲方办公网络隔离。乙方远程维护须通过甲方批准的专用通道进行，并在甲方人员监督下操作，操作记录留存备查。乙方不得私自拷贝甲方数据。
P:（三）发生数据泄露、丢失或网络安全事件的，乙方应在二小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对在履行本合同过程中知悉的甲方生产工艺、产品配方、产能和客户信息等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的百分之五。
P:（二）甲方逾期付款的，应按逾期金额和同期贷款市场报价利率（LPR）向乙方支付利息。
P:（三）设备质量不符合合同约定的，乙方应负责更换，并承担由此产生的费用。因设备误判漏检导致甲方向客户交付不合格产品的，乙方应配合甲方查明原因，属乙方设备或软件原因的，乙方赔偿甲方由此遭受的直接损失。
H:十一、分包
P:乙方不得将本合同项下的供货、安装和服务分包。设备运输和吊装需委托专业单位的，应事先取得甲方书面同意，乙方对其行为承担责任。
H:十二、合同解除
P:乙方逾期交货超过三十日，或设备经两次整改仍不能通过终验，或乙方有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、其他
P:本合同附件一《技术规格书》、附件二《设备清单》为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江阳晶瓷玻璃制品有限公司　　乙方（盖章）：苏州明瞳智能视觉科技有限公司
P:日期：2025年　月　日
"""

H82E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:CureRoom Curing-Room Management System - Agreement No. RCT/LIC/2025/09
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN
P:(1) RWENZORI CURETECH LIMITED, a company incorporated in the Republic of Uganda under the Companies Act, 2012 (Registration No. 80020002147316), whose registered office is at Plot 27, Lumumba Avenue, Nakasero, P.O. Box 7154, Kampala, Uganda (hereinafter called "the Licensor"); and
P:(2) WANNING XINGLONG VANILLA CURING COOPERATIVE, a farmers' specialised cooperative registered in the People's Republic of China, whose principal place of business is at Xinglong Town, Wanning City, Hainan Province (hereinafter called "the Licensee").
P:WHEREAS:
P:(A) The Licensor owns the CureRoom software for controlling and recording the sweating, slow-drying and conditioning stages of vanilla curing.
P:(B) The Licensee operates six (6) curing rooms at Xinglong and wishes to license CureRoom, with custom work and support.
P:NOW THEREFORE IT IS HEREBY AGREED as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement, unless the context otherwise requires:
P:"Acceptance Certificate" means the certificate issued by the Licensee under Clause 6.2, and "Acceptance Date" means its date;
P:"Contract Price" means the total price stated in Clause 4.1;
P:"Custom Work" means the recipe module, the lot and grading reports and the weighbridge interface developed by the Licensor for the Licensee under Clause 3.2;
P:"Licensee Data" means all data entered into or generated by the Software, including room records, batch and lot records, weights and grading results;
P:"Licence Subtotal" means the sum of items 1 to 3 of the table in Clause 4.1;
P:"Site" means the Licensee's curing station at Xinglong; "Software" means CureRoom version 3 (Server, Room Controller and Grader mobile application) and any updates supplied under this Agreement.
H:2. GRANT OF LICENCE
P:2.1 In consideration of the payment of the Contract Price, the Licensor grants to the Licensee a perpetual, non-exclusive and non-transferable licence to install and use the Software at the Site for the control of six (6) curing rooms and by up to ten (10) named grader users.
H:3. SCOPE OF WORK
P:3.1 The Licensor shall install the Software on the server provided by the Licensee, connect it to the room controllers and sensors already installed in the six (6) curing rooms and train the Licensee's staff.
P:3.2 The Licensor shall develop for the Licensee the following Custom Work: (a) a recipe module allowing the Licensee's curing master to define sweating and drying profiles for each grade of beans; (b) lot reports and grading reports in the Licensee's formats; and (c) an interface to the Licensee's weighbridge for green-bean intake weights.
P:3.3 The installation shall be carried out partly remotely from Kampala and partly during one site visit by two (2) engineers of the Licensor of not less than ten (10) working days.
H:4. CONTRACT PRICE AND PAYMENT
P:4.1 The Contract Price is CNY 620,000 (Chinese Yuan Renminbi Six Hundred and Twenty Thousand only), made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|CureRoom Server licence (perpetual)|1|186,000
TB:2|Room Controller licences (perpetual)|6 x 34,500|207,000
TB:3|Grader mobile application, named users (perpetual)|10 x 2,400|24,000
TB:|Licence Subtotal||417,000
TB:4|Custom Work (recipe module, reports, weighbridge interface)|lump sum|138,000
TB:5|Installation and commissioning, including the site visit|lump sum|52,000
TB:6|Training (two sessions)|lump sum|13,000
TB:|Contract Price||620,000
P:4.2 The Contract Price shall be paid in the following instalments: (a) twenty per cent (20%), being CNY 124,000, within fourteen (14) days of signature of this Agreement against the Licensor's invoice; (b) fifty per cent (50%), being CNY 310,000, upon signature of the installation certificate confirming that the Software has been installed and connected to all six (6) rooms, which certificate shall not constitute acceptance; and (c) the balance of thirty per cent (30%), being CNY 186,000, within thirty (30) days after the Acceptance Date.
P:4.3 All payments shall be made in CNY by telegraphic transfer to the Licensor's bank account notified in writing.
H:5. DELIVERY AND DELAY
P:5.1 The Licensor shall complete installation within ninety (90) days from the date of signature of this Agreement and shall be ready for acceptance testing within one hundred and twenty (120) days from that date.
P:5.2 Should the Licensor fail to be ready for acceptance testing by the said date for reasons attributable to it, the Licensor shall pay to the Licensee as liquidated damages zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:6. ACCEPTANCE
P:6.1 Acceptance tests shall be carried out at the Site. The Software shall be accepted when: (a) each room controller, when run from CureRoom, holds the room temperature within plus or minus 1.0 degree Celsius of the set-point and the relative humidity within plus or minus 3 points of the set-point over a complete sweating cycle; (b) the Software has run in parallel with the Licensee's manual records in all six (6) rooms for fourteen (14) consecutive days without a Severity 1 fault; (c) the batch record of every lot processed during the parallel run is complete from intake to conditioning and the intake weights agree with the weighbridge tickets; and (d) the reports listed in Schedule 2 are produced correctly.
P:6.2 When all tests are passed, the Licensee shall issue an Acceptance Certificate within five (5) working days. Use of the Software for production curing before the Acceptance Certificate is issued shall not constitute acceptance.
H:7. WARRANTY
P:7.1 The Licensor warrants that for a period of six (6) months from the Acceptance Date (the "Warranty Period") the Software and the Custom Work will perform materially in accordance with its documentation and the agreed specification.
P:7.2 During the Warranty Period the Licensor shall, free of charge, correct any defect notified by the Licensee and provide the support described in Clause 8.3 to 8.5.
H:8. SUPPORT AND MAINTENANCE
P:8.1 After the Warranty Period the Licensor shall provide support and maintenance, including updates of the Software, for an Annual Support Fee of twelve per cent (12%) of the Licence Subtotal, being CNY 50,040 per year. The Annual Support Fee is fixed for the first three (3) years after the Warranty Period; thereafter it may be revised by written agreement of the parties by not more than five per cent (5%) per year.
P:8.2 Support is renewed each year only upon the Licensee's written purchase order and shall not renew automatically.
P:8.3 Faults shall be classified and handled as follows:
TB:Severity|Description|Response time|Workaround or fix
TB:Severity 1|CureRoom Server down, a room controller not responding, or loss of batch data, with a risk to the beans in a curing room|2 hours, at any time|Workaround within 8 hours
TB:Severity 2|A function not working, but curing can continue under manual control|1 working day|Fix within 5 working days
TB:Severity 3|Minor defects, questions and report changes|3 working days|Next update
P:8.4 Response means a qualified engineer of the Licensor beginning work, remotely through the connection provided under Clause 10.3. Support for Severity 2 and Severity 3 faults is available Monday to Friday, 08:00 to 17:00 East Africa Time.
P:8.5 For each hour or part of an hour by which the Licensor exceeds the Severity 1 response time, the Licensor shall credit the Licensee CNY 800 against the next invoice or, during the Warranty Period, pay that amount to the Licensee.
H:9. INTELLECTUAL PROPERTY
P:9.1 All intellectual property rights in the Software, its documentation and the Custom Work, including the source code of the recipe module, the report templates and the weighbridge interface, shall vest in and remain with the Licensor.
P:9.2 The Custom Work shall form part of the Software and is licensed to the Licensee on the terms of Clause 2 only. The Licensee shall not copy, modify, adapt, decompile or reverse engineer the Software or the Custom Work, nor permit any third party to do so.
H:10. LICENSEE DATA AND SECURITY
P:10.1 The Licensee Data is and shall remain the property of the Licensee. The Licensor shall use the Licensee Data solely for the purpose of performing this Agreement and shall not disclose it to any third party.
P:10.2 The Licensee Data shall be stored on the Licensee's server at the Site and shall not be copied outside the Site by the Licensor without the Licensee's written approval.
P:10.3 Remote access by the Licensor shall be made only through the VPN connection provided by the Licensee, with an individual account for each engineer, each session being opened by the Licensee on request and logged.
P:10.4 The Licensor shall notify the Licensee within twenty-four (24) hours of becoming aware of any unauthorised access to, or loss or corruption of, Licensee Data, shall take all reasonable steps to remedy it, and shall be liable for the loss suffered by the Licensee as a result of any such incident caused by the Licensor's breach of this Clause 10.
H:11. CONFIDENTIALITY
P:11.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including the Licensee's curing methods and prices, and shall not disclose it to any third party without the prior written consent of the other party. This obligation shall survive for five (5) years after termination.
H:12. LIMITATION OF LIABILITY
P:12.1 Neither party shall be liable to the other for any indirect or consequential loss, including loss of profit.
P:12.2 The total liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limitation shall not apply to liability for fraud.
H:13. ASSIGNMENT AND SUBCONTRACTING
P:13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the prior written consent of the Licensee.
H:14. TERM AND TERMINATION
P:14.1 Either party may terminate this Agreement by notice in writing if the other party commits a material breach and fails to remedy it within thirty (30) days of a written notice requiring it to do so. If the Licensee so terminates before the Acceptance Date, the Licensor shall refund all sums paid under this Agreement.
H:15. FORCE MAJEURE
P:15.1 Neither party shall be liable for delay caused by circumstances beyond its reasonable control, provided that it gives prompt written notice to the other party.
H:16. GOVERNING LAW AND ARBITRATION
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Uganda.
P:16.2 Any dispute arising out of or in connection with this Agreement which cannot be settled amicably within thirty (30) days shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, Cap. 4, administered by the Centre for Arbitration and Dispute Resolution (CADER). The seat of arbitration shall be Kampala and the language of the arbitration shall be English.
H:17. GENERAL
P:17.1 This Agreement, together with Schedule 1 (Specification of the Custom Work) and Schedule 2 (Reports), constitutes the entire agreement between the parties.
P:SIGNED for and on behalf of RWENZORI CURETECH LIMITED by ______________________ (Director) in the presence of ______________________ (Advocate)
P:SIGNED for and on behalf of WANNING XINGLONG VANILLA CURING COOPERATIVE by ______________________ (Chairperson)
"""

H82E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Fermentation-Box Temperature Monitoring System - Contract No. QNCF-EQ-2025-007
P:The Buyer: Hainan Qiongnan Cocoa Fermentation Co., Ltd., Dalu Town, Qionghai City, Hainan Province, People's Republic of China.
P:The Supplier: Mesurado Instrumentation & Controls Inc., 44 Broad Street, Monrovia, Montserrado County, Republic of Liberia.
P:The Buyer ferments wet cocoa beans in 114 wooden fermentation boxes at its fermentary in Qionghai and needs continuous temperature records for every box. The Supplier has installed wireless temperature monitoring at cocoa fermentaries in Lofa and Nimba Counties. Following the Buyer's request for quotation and the Supplier's offer of 18 April 2025, the Buyer and the Supplier agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 3. "Hardware and Licence Subtotal" means the sum of items 1 to 4 in Article 3. "Final Acceptance" means acceptance under Article 6. "Site" means the Buyer's fermentary in Dalu Town, Qionghai City. "Spare Pool" means the twelve (12) spare probes kept at the Site under Article 2.3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install and commission a temperature monitoring system consisting of: 228 wireless stainless-steel temperature probes, two (2) in each fermentation box (upper layer and core of the bean mass); 8 LoRa gateways; one monitoring server with the FermTrack software under a perpetual licence; and a reference thermometer with calibration kit.
P:2.2 The Supplier shall map every probe to its box, configure alarm thresholds for each fermentation day, configure SMS and WeChat alarms to the Buyer's shift supervisors, provide data exports in the Buyer's format and train the Buyer's staff.
P:2.3 Twelve (12) further probes shall be delivered as the Spare Pool, so that the total number of probes is 240.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 475,000 (four hundred and seventy-five thousand yuan), delivered duty paid at the Site, including all taxes, duties, transport, insurance, installation, travel of the Supplier's staff and training:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature probes, stainless steel, food grade|240|1,150|276,000
TB:2|LoRa gateways|8|9,800|78,400
TB:3|Monitoring server with FermTrack perpetual licence|1|64,000|64,000
TB:4|Reference thermometer and calibration kit|1|12,600|12,600
TB:|Hardware and Licence Subtotal|||431,000
TB:5|Installation, commissioning and box mapping|1 lot||38,000
TB:6|Training|1 lot||6,000
TB:|Contract Price|||475,000
P:3.2 The Contract Price is fixed and not subject to adjustment.
H:Article 4 Payment
P:4.1 Ten per cent (10%) of the Contract Price, CNY 47,500, as an advance payment within fifteen (15) days after the Buyer receives an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:4.2 Fifty per cent (50%), CNY 237,500, within fifteen (15) days after the Installation Certificate. The Installation Certificate confirms only that the equipment is installed and switched on; it is not acceptance.
P:4.3 Forty per cent (40%), CNY 190,000, within fifteen (15) days after the Final Acceptance Certificate.
P:4.4 Payments are made in CNY by bank transfer against the Supplier's invoice.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall deliver all equipment DDP the Site (Incoterms 2020) within seventy-five (75) days after signature and complete installation within thirty (30) days after delivery.
P:5.2 If the Supplier is late in delivery or in completing installation, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Article 6 Acceptance
P:6.1 After installation the system shall run for thirty (30) days covering at least four complete fermentation cycles.
P:6.2 Final Acceptance requires that: (a) every probe reads within plus or minus 0.3 degree Celsius of the reference thermometer at ambient temperature, at 45 degrees and at 50 degrees Celsius; (b) every installed probe reports a reading at least every five (5) minutes and no probe misses more than two consecutive readings during the run; (c) high and low temperature alarms reach the shift supervisors by SMS and WeChat within sixty (60) seconds; (d) the daily fermentation report and the data export are correct; and (e) the manuals and the as-built box map are delivered.
P:6.3 When the conditions are met, the Buyer signs a Final Acceptance Certificate within seven (7) days. Installation, use of the system in production or any payment is not acceptance. If a condition is not met, the Supplier shall remedy the defect at its cost and the run shall be repeated for the affected part.
H:Article 7 Warranty
P:7.1 The Supplier warrants the equipment and the software for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including probes and their batteries, replenish the Spare Pool within thirty (30) days of any use of it, recalibrate the probes every six (6) months and provide software updates.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier shall offer maintenance on the same terms as Article 7 for an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 34,480 per year. This fee is fixed for the first three (3) years after the warranty period.
P:8.2 Maintenance is ordered year by year by the Buyer's written order. It does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any maintenance year, the Supplier shall provide remote support through its service desk at all times.
P:9.2 Severity 1 (a gateway or the server down, or loss of monitoring for a fermentation hall): response within one (1) hour; monitoring restored within twenty-four (24) hours, using the Spare Pool and the Buyer's technicians under the Supplier's remote guidance, and an engineer of the Supplier on Site within five (5) days if the fault cannot be fixed remotely.
P:9.3 Severity 2 (a single probe faulty or drifting): response within eight (8) working hours; probe replaced from the Spare Pool within two (2) days.
P:9.4 For each hour of delay in a Severity 1 response the Supplier shall pay CNY 300, and for each day of delay in restoring monitoring CNY 500, deducted from amounts due or paid on demand.
H:Article 10 Buyer Data and Data Security
P:10.1 All temperature readings, fermentation records, alarms and reports are the Buyer's data and belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The data is stored on the Buyer's server at the Site. The Supplier's remote access shall be made only through accounts issued by the Buyer, over the Buyer's VPN, session by session with the Buyer's approval, and shall be logged. The Supplier shall not copy the Buyer's data to its own systems.
P:10.3 The Supplier shall inform the Buyer within twenty-four (24) hours of any security incident affecting the system or the Buyer's data, take immediate measures to contain it and compensate the Buyer for any loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep secret the other party's technical and commercial information obtained under this Contract, including the Buyer's fermentation methods, volumes and prices, and shall not disclose it without the other party's written consent. This obligation continues for five (5) years after the end of this Contract.
H:Article 12 Intellectual Property
P:12.1 The FermTrack software remains the property of the Supplier; the Buyer receives a perpetual, non-exclusive licence to use it at the Site.
P:12.2 The box map, alarm configuration, report templates and export scripts made for the Buyer belong to the Buyer, which may use and modify them freely.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after the Buyer's written notice, or if the liquidated damages under Article 5.2 reach their maximum.
H:Article 15 Force Majeure
P:15.1 A party affected by force majeure shall notify the other party within seven (7) days and is excused for the duration of the event.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes that cannot be settled by negotiation shall be brought before the people's court having jurisdiction where the Buyer is located.
H:Article 17 Language and Counterparts
P:17.1 This Contract is made in English in two originals, one for each party.
P:For the Buyer: ______________________          For the Supplier: ______________________
"""

SOURCES = {"h82z01": H82Z01, "h82z02": H82Z02, "h82e01": H82E01, "h82e03": H82E03}
TARGETS = {"h82z01": ("h82z01_natural_resources_dept_real_estate_registration_platform.docx", "docx"),
           "h82z02": ("h82z02_glass_bottle_factory_vision_inspection_hardware.pdf", "pdf"),
           "h82e01": ("h82e01_vanilla_cooperative_curing_room_licence_ug_vendor.docx", "docx"),
           "h82e03": ("h82e03_cocoa_fermentary_temperature_sensors_lr_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
