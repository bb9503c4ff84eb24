"""Builds the .docx and .pdf contracts of holdout121 from the markup below (see ../word_pdf.py), so they can be made
again: h121z02 (.docx, price table + fault-level table), h121z04 (.pdf), h121e01 (.pdf), h121e03 (.docx, price table).
Run with /work/main/.venv/bin/python make_files.py. PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H121Z02 = """T:锂电池隔膜缺陷在线检测系统采购合同
P:合同编号：HG-CG-2025-0219
P:甲方（买方）：江州恒隔新材料有限公司
P:乙方（卖方）：视衡智能装备有限公司
P:甲方湿法隔膜一号至四号产线需加装缺陷在线检测系统。经询价比选，甲方确定由乙方供货并负责安装调试、质保服务及质保期满后的维护服务。双方经协商一致，订立本合同。
H:一、定义
P:（一）“检测系统”指安装于甲方隔膜产线收卷工位前的线阵相机、光源、工控机及GPU推理单元、打标剔除联动装置和缺陷检测软件的总称。
P:（二）“缺陷分类模型”指乙方以甲方样卷和产线图像训练、用于识别针孔、划痕、褶皱、异物、晶点等缺陷的模型及其参数。
P:（三）“终验”指检测系统在四条产线连续试运行期满后的最终验收。
P:（四）“设备及软件小计”指本合同第二条价格表第1至5项金额之和。
H:二、供货内容与合同价格
P:（一）分项价格见下表。合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），含税，并包含运输、保险、安装和调试费用。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|8K线阵相机组件（含镜头、支架）|32台|21,500|688,000
TB:2|高亮LED线光源及控制器|16套|18,200|291,200
TB:3|工控机及GPU推理单元|4套|64,800|259,200
TB:4|打标与剔除联动装置|4套|36,500|146,000
TB:5|缺陷检测软件许可（永久，每线一套）|4套|98,000|392,000
TB:—|设备及软件小计|||1,776,400
TB:6|缺陷分类模型训练与工艺适配|1项|186,000|186,000
TB:7|安装调试及与MES系统对接|1项|142,600|142,600
TB:8|操作与维护培训|1项|25,000|25,000
TB:—|合同总价|||2,130,000
P:（二）合同价格在本合同有效期内固定不变，已包含乙方提供技术资料、现场指导和质保期内全部服务的费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即¥213,000，作为预付款。
P:（二）全部设备到货并在四条产线安装完成、双方签署安装确认单后，甲方支付合同总价的50%，即¥1,065,000。安装确认单不构成验收。
P:（三）终验合格后，甲方支付合同总价的35%，即¥745,500。
P:（四）其余5%，即¥106,500，作为质量保证金，在质保期满且无未决质量问题后无息支付。
P:（五）乙方每次请款时，应向甲方提供等额的增值税专用发票。
H:四、交付、安装与验收
P:（一）乙方应在合同生效后45日内将设备运至甲方厂区，到货后20日内完成安装调试。产线停机窗口由甲方统一安排，乙方应服从甲方的安全生产管理。乙方进场人员须接受甲方的安全和洁净车间培训，动火、登高等作业须办理甲方作业许可。
P:（二）安装调试完成后进入30日连续试运行。终验标准为：1. 使用甲方提供的标准缺陷样卷，对0.2 mm及以上的针孔、异物和划痕，漏检率不高于0.5%；2. 在最高线速度80 m/min下实时检测，不降低产线速度；3. 误报不多于每千米2条；4. 缺陷图像、位置和分类结果实时推送至甲方MES系统并与卷号一一对应；5. 试运行期间未发生一级故障。
P:（三）甲方应在试运行期满后10个工作日内组织终验并签署验收报告。设备到货签收、安装确认或投入生产使用，均不视为验收合格。
P:（四）乙方应随货提供装箱单、合格证、出厂检测报告和备件清单；设备包装应适应长途运输和洁净车间搬运要求，因包装不当造成的损坏由乙方负责。
H:五、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备或软件自身原因导致的故障，乙方免费维修或更换，并免费提供软件升级和模型优化。
P:（二）故障分级及服务时限如下表：
TB:故障级别|情形|响应时间|到场时间|修复时间
TB:一级|任一产线检测中断或全部相机离线|1小时|12小时|24小时
TB:二级|单台相机或光源失效、误报明显上升|2小时|24小时|48小时
TB:三级|软件界面、报表等一般问题|8小时|按需|5个工作日
P:（三）乙方未按上表时限响应、到场或修复的，每超时一小时向甲方支付¥800，从质量保证金或应付款中扣除。
P:（四）质保期内，乙方应在甲方厂区常备相机组件、光源和工控机关键备件各不少于一套，备件消耗后7日内补足。
P:（五）质保期内，乙方每半年对检测系统进行一次精度复核，并向甲方提交复核报告。
H:六、质保期满后的维护服务
P:（一）质保期满后，乙方应根据甲方要求提供年度维护服务，内容包括备件更换、软件升级、模型再训练以及每季度一次现场巡检，服务时限仍按第五条执行。
P:（二）年度维护费按设备及软件小计的17%计取，即每年¥301,988，自质保期满之日起三年内不作调整。维护服务按年度签订书面协议，不自动续期。
P:（三）每次现场巡检后，乙方应提交巡检报告，列明设备状态、检出率复核结果、更换备件和下一步建议。
H:七、知识产权
P:（一）缺陷分类模型及其参数、与甲方MES系统的对接程序和相关文档的知识产权归甲方所有，乙方应在终验时一并交付，甲方可自行修改、使用或委托第三方维护。
P:（二）缺陷检测软件的著作权仍归乙方，乙方授予甲方在上述四条产线上永久使用该软件的许可。
P:（三）乙方保证所供设备和软件不侵犯第三方的专利权、著作权或其他合法权利；因此引起的纠纷由乙方负责处理，并赔偿甲方因此遭受的损失。
H:八、保密
P:双方对履约中获悉的对方技术资料、工艺参数、产能数据及客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条不因合同终止而失效。
H:九、数据与信息安全
P:（一）检测图像、缺陷记录、工艺参数及模型训练样本均属甲方所有，乙方仅可为履行本合同使用。
P:（二）模型训练在甲方厂区内完成，图像和样本不得带离甲方厂区；乙方远程支持须使用甲方开通的VPN账号并经甲方逐次批准，操作过程留存日志。
P:（三）乙方发现数据泄露或系统被非法访问的，应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担赔偿责任。
P:（四）合同终止后，乙方应删除其持有的甲方图像和数据副本，并向甲方书面确认。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日向甲方支付违约金¥1,500；逾期超过30日的，甲方有权解除合同。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失、侵犯知识产权以及违反本合同第八条、第九条造成的损失除外。
P:（三）乙方交付的设备不符合技术规格的，甲方有权要求更换，更换期间按逾期交货处理。
P:（四）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:十一、分包
P:乙方不得将本合同项下的供货、安装和调试工作分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、不可抗力
P:因不可抗力致使一方不能履行合同的，该方应在3日内通知对方并提供证明，双方协商延期履行或部分免除责任。不可抗力持续超过60日的，任何一方可以解除合同。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交常州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、终验方案、备件清单。
P:甲方（盖章）：江州恒隔新材料有限公司　　　乙方（盖章）：视衡智能装备有限公司
"""

H121Z04 = """T:××县农机作业监测平台2026年度运维服务合同
P:项目编号：××县采〔2025〕CS-063（竞争性磋商）
P:甲方（采购人）：××县农业机械化服务中心
P:乙方（成交供应商）：禾迅信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务对象与期限
P:1.1 服务对象为甲方农机作业监测平台（部署于县政务云），以及安装在全县深松、秸秆还田和小麦机收作业机具上的1,260台车载监测终端。
P:1.2 服务期限为2026年1月1日至2026年12月31日。服务期满本合同终止，下一年度服务由甲方依法另行采购。
P:1.3 平台包括作业监测、面积核算和补贴审核三个子系统，以及面向乡镇农机站的查询端和面向机手的手机端。
H:第二条 服务内容
P:2.1 平台运维：日常巡检、故障处理、版本补丁、作业面积核算规则维护及每日备份检查。
P:2.2 终端运维：每台终端每年现场巡检不少于两次（春播前、三夏前各一次），对故障终端进行维修或更换。
P:2.3 作业数据核查：对深松、秸秆还田作业面积进行抽查核对，按甲方要求出具补贴面积核查报表。
P:2.4 驻场支持：在三夏、三秋农忙期（合计约六个月）安排1名技术人员在甲方驻场。
P:2.5 培训：为乡镇农机站人员和机手组织操作培训不少于5场。
P:2.6 备件保障：乙方应储备不少于30台同型号车载终端及常用配件，确保故障终端能够及时更换。
P:2.7 报表提交：作业数据核查报表按甲方规定的格式，于每季度结束后10日内提交。
P:2.8 应急保障：农忙期和重大作业补贴核查期间，乙方实行7×24小时值守，并在甲方要求时安排技术人员赴乡镇现场处理。
H:第三条 服务费用与支付
P:3.1 服务费总额为人民币伍拾万零肆仟元整（¥504,000），包括：平台运维¥186,000；终端运维（1,260台×¥120）¥151,200；作业数据核查及报表¥96,000；农忙驻场¥58,800；培训¥12,000。
P:3.2 服务费按季度支付：每季度服务考核合格后15个工作日内，甲方支付¥126,000。本合同不设预付款。
P:3.3 乙方应在每次付款前开具合法有效的发票。
P:3.4 季度考核不合格的，甲方暂缓支付当季服务费，待乙方整改并经复核合格后支付。
H:第四条 服务标准
P:4.1 平台故障分级：一级故障（平台无法访问、终端数据全部中断或补贴面积无法核算）乙方应在30分钟内响应，6小时内恢复；二级故障（部分功能异常或部分乡镇数据中断）2小时内响应，24小时内恢复。
P:4.2 终端故障：乙方接到报修后48小时内完成修复或更换；农忙期内为24小时。
P:4.3 服务超时的，每超时一小时扣减服务费¥300；终端逾期修复的，每台每日扣减¥50，均在当季服务费中扣除。
P:4.4 乙方应在每月5日前提交上月运维报告，内容包括故障清单、处理时长、终端巡检记录和作业数据异常说明。
P:4.5 双方每月召开一次运维例会，通报故障处理、终端巡检进度和数据核查发现的问题；会议纪要由乙方整理，经甲方确认后存档。
H:第五条 人员要求
P:5.1 乙方应指定一名具有三年以上同类项目经验的项目负责人，负责本项目的组织协调；驻场人员应熟悉平台操作和终端安装调试。
P:5.2 乙方更换项目负责人或驻场人员的，应提前10日书面征得甲方同意，更换后的人员能力不得低于原人员。
P:5.3 乙方人员在甲方场所工作期间，应遵守甲方的考勤和办公管理规定。
P:5.4 驻场人员应每日填写工作日志，记录处理事项和现场情况，每周汇总报甲方。
H:第六条 甲方义务
P:6.1 甲方应为乙方开通平台运维所需的账号，提供必要的办公场所，并协调乡镇农机站配合终端巡检。
P:6.2 甲方应及时审核乙方提交的运维报告和核查报表，对服务中的问题以书面形式通知乙方。
H:第七条 服务交接与启动
P:7.1 乙方应在服务期开始前完成与上一服务商的交接，包括账号、文档、备件和未结故障清单，并自2026年1月1日起正式提供服务。
P:7.2 乙方未按时完成交接并启动服务的，每逾期一日向甲方支付违约金¥400。
P:7.3 服务期满或合同解除时，乙方应向甲方或甲方指定的下一服务商完成交接，移交账号、文档、备件台账和未结故障清单，交接期不少于15日。
H:第八条 考核与验收
P:8.1 季度考核：甲方依据本合同第四条的时限要求、运维报告和巡检记录对乙方进行季度考核，考核合格后支付当季服务费。
P:8.2 年度验收：服务期末，甲方按下列标准组织验收：（1）全部终端完成两次年度巡检并有机手签字记录；（2）抽查作业地块不少于200块，平台核算面积与实测面积误差不超过3%；（3）全年一级故障均在时限内恢复；（4）运维文档和核查报表齐全并已移交甲方。
P:8.3 年度验收不合格的，乙方应在15日内整改，整改费用由乙方承担。
P:8.4 甲方应在服务期满后15个工作日内完成年度验收，并出具书面验收意见；年度验收结论记入乙方履约评价档案。
H:第九条 知识产权
P:运维期间乙方为甲方编写的核查报表模板、数据处理脚本和运维文档归甲方所有，甲方可自由使用和修改。平台软件本身的权利按原建设合同执行。乙方保证其提供的服务和工具不侵犯第三方合法权利。
H:第十条 数据归属
P:平台采集的农机作业轨迹、作业面积、机具信息和机手联系方式等数据归甲方所有。乙方仅为履行本合同使用上述数据，不得向第三方提供或用于其他目的。
H:第十一条 保密
P:乙方对履约中知悉的补贴资金安排、核查结果及甲方未公开的工作信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。
H:第十二条 委托第三方
P:乙方可将部分乡镇的终端现场巡检和维修工作委托当地具备相应能力的服务商完成，但应提前书面告知甲方受托方名称及负责区域；乙方对受托方的工作质量承担全部责任。
H:第十三条 违约责任
P:13.1 乙方提供的服务不符合合同约定的，应在甲方要求的期限内免费改正，并赔偿由此给甲方造成的损失。
P:13.2 因乙方核查错误导致补贴资金多发或错发的，乙方应协助甲方追回，并承担相应责任。
P:13.3 乙方未按约定完成终端巡检的，每少巡检一台次扣减服务费¥80。
P:13.4 甲方无正当理由逾期支付服务费的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十四条 合同解除
P:乙方连续两个季度考核不合格，或有其他严重违约行为且经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际考核合格的服务期间结算费用。
H:第十五条 不可抗力
P:因自然灾害等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。
H:第十七条 其他
P:17.1 本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:17.2 双方的通知应以书面形式送达本合同所列地址或指定联系人；乙方的联系人为项目负责人，甲方的联系人为信息管理股负责人。任何一方变更联系人的，应提前书面通知对方。
P:甲方（盖章）：××县农业机械化服务中心
P:乙方（盖章）：禾迅信息技术有限公司
P:签订日期：2025年12月　日
"""

H121E01 = """T:SOFTWARE LICENCE AND SUPPORT AGREEMENT - TRAÇABILIS LOT
P:Agreement No. TRB-2025-CN-014
H:BETWEEN THE UNDERSIGNED
P:Ningxia Hongshan Goji Processing Co., Ltd., a company incorporated under the laws of the People's Republic of China, with its registered office at Zhongning Industrial Park, Zhongwei, Ningxia Hui Autonomous Region, represented by Mr Ma Jun, General Manager, duly authorised, hereinafter referred to as "the Client",
P:of the first part,
P:AND
P:Traçabilis SARL, a limited liability company with a share capital of EUR 40,000, whose registered office is at 12 rue du Port, 17310 Saint-Pierre-d'Oléron, Île d'Oléron, France, registered with the La Rochelle Trade and Companies Register under number 812 345 678, represented by Ms Claire Morandeau, Manager (gérante), duly authorised, hereinafter referred to as "the Supplier",
P:of the second part,
P:hereinafter together referred to as "the Parties".
H:PREAMBLE
P:The Client dries, sorts and packs goji berries from its own and contracted plantations in the Zhongning area and exports part of its production to the European Union, where importers require lot-level traceability.
P:The Supplier publishes Traçabilis Lot, a batch-tracking software package for processors of dried fruit.
P:Following the Supplier's proposal of 3 March 2025, the Client wishes to acquire a licence of the software, its adaptation to the Client's processes and the related support. At the Client's request, all prices are expressed and payable in Chinese yuan (CNY).
P:IT HAS THEREFORE BEEN AGREED AS FOLLOWS:
H:Article 1 - Purpose
P:1.1 This Agreement sets out the conditions under which the Supplier licenses the Software to the Client, carries out the Specific Developments, installs them at the Client's plant and provides warranty and maintenance.
H:Article 2 - Definitions
P:2.1 "Software" means the standard Traçabilis Lot software in its version 6, including its documentation and any corrective versions supplied under this Agreement.
P:2.2 "Specific Developments" means the developments made by the Supplier for the Client under this Agreement, namely the goji drying-lot module, the import of pesticide-residue test results from the Client's laboratory system and the connector to the export-label printers.
P:2.3 "Blocking Anomaly" means a malfunction that prevents the recording of lots at reception, drying, sorting or packing, or prevents the printing of export labels.
P:2.4 "Acceptance" means the signature of the acceptance report (procès-verbal de recette) under Article 7.
H:Article 3 - Contractual documents
P:3.1 The contractual documents are, in descending order of precedence: this Agreement; Annex 1 (functional specifications); Annex 2 (acceptance test plan); Annex 3 (technical prerequisites); Annex 4 (approved installation partner).
H:Article 4 - Price
P:4.1 The total price of this Agreement is CNY 768,000 (seven hundred and sixty-eight thousand yuan), broken down as follows:
P:- perpetual licence of the Software for 40 named users and 6 line terminals: CNY 486,000;
P:- Specific Developments: CNY 214,000;
P:- installation, migration of the current lot register and training: CNY 68,000.
P:4.2 The price is firm and includes all travel costs of the Supplier's staff.
H:Article 5 - Terms of payment
P:5.1 The price is payable as follows:
P:- a down payment of 35% of the total price, i.e. CNY 268,800, on signature of this Agreement;
P:- 40% of the total price, i.e. CNY 307,200, on signature of the installation report, which records that the Software and the Specific Developments are installed on the Client's servers and does not constitute Acceptance;
P:- the balance of 25%, i.e. CNY 192,000, on Acceptance.
P:5.2 Invoices are payable within 30 days of receipt.
H:Article 6 - Delivery, installation and timetable
P:6.1 The Supplier shall install the Software and the Specific Developments on the Client's servers within 90 days of signature of this Agreement, with one on-site visit to Zhongning and the remaining work carried out remotely.
H:Article 7 - Acceptance (recette)
P:7.1 Acceptance tests are carried out by the Client with the assistance of the Supplier on the basis of the acceptance test plan in Annex 2. They include in particular:
P:- tracing any finished carton back to its drying batch and field plot, and any field plot forward to all cartons, in less than five seconds;
P:- recording three consecutive export lots from reception to labelling, with labels accepted by the Client's European importer;
P:- automatic import of the residue test results for those lots, with no manual re-entry;
P:- operation of the system for 20 working days without any Blocking Anomaly.
P:7.2 When the tests are successful, the Parties sign the acceptance report. If reservations are made, the Supplier corrects the anomalies and the tests concerned are repeated.
P:7.3 Installation of the Software, its use in production or payment of any instalment does not constitute Acceptance.
H:Article 8 - Warranty
P:8.1 The Supplier warrants the Software and the Specific Developments against any non-conformity with Annex 1 for a period of twenty-four (24) months from Acceptance. During the warranty period, the Supplier corrects anomalies and supplies corrective versions free of charge.
P:8.2 During the warranty period and any maintenance period, the Supplier shall acknowledge each Blocking Anomaly and start diagnosis within two hours of its notification, at any time, including weekends, and shall provide a workaround within twenty-four hours. Other anomalies are handled within two working days.
P:8.3 If the Supplier fails to meet the two-hour time for a Blocking Anomaly, it shall pay a penalty of CNY 500 for each hour of delay; if it fails to provide a workaround within twenty-four hours, it shall pay CNY 300 for each day of delay. Penalties are deducted from the next invoice or paid on demand.
H:Article 9 - Maintenance after the warranty period
P:9.1 At the end of the warranty period, the Supplier shall provide maintenance (corrective versions, new versions, telephone and remote support) under the same service times as in Article 8.
P:9.2 The annual maintenance fee is 11% of the licence price, i.e. CNY 53,460 per year, invoiced annually in arrears. This fee is fixed for the first three years of maintenance.
P:9.3 Maintenance runs by annual periods and is renewed by tacit renewal (tacite reconduction) at the same fee, unless terminated by either Party by registered letter three months before the anniversary date. Any revision of the fee after the third year of maintenance requires a written amendment signed by both Parties.
H:Article 10 - Intellectual property
P:10.1 The Software remains the exclusive property of the Supplier. The Client receives a non-exclusive, perpetual and non-transferable right to use the Software at its Zhongning plant.
P:10.2 The Specific Developments also remain the exclusive property of the Supplier, which may integrate them into its standard offer. The Client receives the same right of use as for the Software. The Client may not modify, adapt or translate the Specific Developments, nor have them maintained by a third party. Their source code is not delivered.
H:Article 11 - Client data and security
P:11.1 The data entered into or produced by the Software, in particular plantation, lot, laboratory and customer data, remain the property of the Client. The Supplier processes them only for the performance of this Agreement and does not use them for any other purpose.
P:11.2 The Software is installed on the Client's servers. The Supplier accesses them only through a remote session opened by the Client for each intervention, with personal accounts and two-factor authentication; all sessions are logged.
P:11.3 The Supplier shall not copy Client data outside the Client's systems, save for a specific extract authorised in writing by the Client for the analysis of an anomaly, which shall be deleted when the anomaly is closed.
P:11.4 The Supplier shall notify the Client of any security incident affecting Client data within twenty-four hours of becoming aware of it, assist the Client in dealing with it and compensate the damage resulting from its breach of this Article.
H:Article 12 - Confidentiality
P:12.1 Each Party shall keep confidential all information concerning the other Party that it obtains in the performance of this Agreement, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 13 - Penalties for delay
P:13.1 If the installation is not completed within the time set in Article 6.1 for reasons attributable to the Supplier, the Supplier shall pay a penalty of one thousandth (1/1000) of the total price for each calendar day of delay, up to 10% of the total price.
P:13.2 The penalties do not prevent the Client from terminating this Agreement under Article 16.
H:Article 14 - Liability
P:14.1 The total liability of the Supplier under this Agreement, all causes combined, is limited to 120% of the total price, except in the case of wilful misconduct, gross negligence, personal injury or breach of Articles 11 and 12.
H:Article 15 - Subcontracting
P:15.1 The Supplier shall not subcontract all or part of its obligations without the Client's prior written consent. The installation partner in Yinchuan named in Annex 4 is accepted by the Client by signature of this Agreement. The Supplier remains fully responsible for its subcontractors.
H:Article 16 - Duration and termination (résiliation)
P:16.1 This Agreement enters into force on the date of its signature by both Parties.
P:16.2 In the event of a serious breach by either Party of its obligations, the other Party may terminate this Agreement by registered letter if the breach has not been remedied within thirty days of a formal notice (mise en demeure) sent by registered letter.
H:Article 17 - Force majeure
P:17.1 Neither Party is liable for a failure caused by force majeure as defined by the applicable law.
H:Article 18 - Applicable law and jurisdiction
P:18.1 This Agreement is governed by French law.
P:18.2 Any dispute relating to its validity, interpretation or performance that cannot be settled amicably within thirty days shall be submitted to the exclusive jurisdiction of the Commercial Court of La Rochelle.
H:Article 19 - Miscellaneous
P:19.1 This Agreement is drawn up in English in two originals, one for each Party.
P:Made in Saint-Pierre-d'Oléron and in Zhongning, on ....................
P:For the Client: ____________________    For the Supplier: ____________________
"""

H121E03 = """T:Contract for the Supply, Installation and Maintenance of Sea-Area Water-Quality Monitoring Equipment
P:Contract No. LHOY-2025-EQ-07
P:Buyer: Rizhao Lanhai Oyster Aquaculture Co., Ltd., Tao Luo Town, Donggang District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Sein Océan Instrumentation SAS, Quai des Paimpolais, 29990 Île-de-Sein, France (the "Supplier")
P:The Buyer farms Pacific oysters on longlines and rafts in the sea area off Rizhao and needs continuous water-quality monitoring to warn of low dissolved oxygen, salinity drops after heavy rain and algal blooms. After comparing offers, the Buyer has selected the Supplier. The parties have agreed on this Contract, which is prepared on the Buyer's standard form. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the monitoring buoys, multi-parameter sondes, spare sondes, shore gateways and other items listed in Clause 3.
P:1.2 "Platform" means the Supplier's water-quality data platform software, licensed under this Contract and installed on the Buyer's server in Rizhao.
P:1.3 "Installation Certificate" means the certificate signed by both parties when all buoys are moored, powered and transmitting data to the Platform.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Clause 6.4 that the sea trial has been passed.
P:1.5 "Critical Fault" means a fault that stops the Platform, stops data from three or more buoys, or prevents low-oxygen alarms from reaching the Buyer's duty staff.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's base at Rizhao, install, moor, configure and commission the Equipment and the Platform, configure alarm rules, connect the Platform to the Buyer's feeding and harvest management system, and train the Buyer's staff.
P:2.2 Each buoy shall carry a sonde measuring water temperature, salinity, dissolved oxygen, pH, chlorophyll-a and turbidity, with solar power, a battery for seven days without sun and an anti-fouling wiper.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,240,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Monitoring buoy with mooring, solar power and multi-parameter sonde|12|58,500|702,000
TB:2|Spare sonde set|3|31,200|93,600
TB:3|Shore gateway and base station|3|24,800|74,400
TB:4|Water-quality data platform licence (perpetual, on Buyer's server)|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,038,000
TB:5|Marine installation and mooring|1|126,000|126,000
TB:6|Alarm rules configuration and integration with Buyer's farm system|1|58,000|58,000
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,240,000
P:3.2 The Contract Price is fixed and includes packing, sea freight, insurance, customs clearance, delivery to the Buyer's base, installation and all costs of the Supplier's staff in China.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 124,000) shall be paid as an advance within 15 days after the Buyer receives an advance-payment bank guarantee for the same amount.
P:4.2 50% of the Contract Price (CNY 620,000) shall be paid within 15 days after the Installation Certificate is signed. The Installation Certificate is not acceptance of the Equipment.
P:4.3 40% of the Contract Price (CNY 496,000) shall be paid within 15 days after Final Acceptance.
P:4.4 Each payment requires a correct invoice from the Supplier.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's base within 75 days after signing this Contract and shall complete installation within 30 days after delivery, weather permitting.
P:5.2 The Buyer shall provide a work boat with crew for mooring and shall indicate the mooring positions. The Supplier's staff shall follow the Buyer's boat safety rules.
H:6. Sea Trial and Final Acceptance
P:6.1 After the Installation Certificate is signed, the Equipment and the Platform shall run for a sea trial of 45 days.
P:6.2 During the sea trial the Buyer shall take water samples at each buoy at least once a week and have them tested by the Rizhao marine monitoring station.
P:6.3 The sea trial is passed when: (a) for each buoy, the dissolved-oxygen readings agree with the laboratory results within 0.3 mg/L and the salinity readings within 0.2 PSU; (b) no buoy has a gap in its data longer than two hours, except during storms declared by the local maritime authority; (c) alarm messages for low dissolved oxygen reach the Buyer's duty staff within three minutes of the reading; (d) data flows correctly into the Buyer's farm system; and (e) all manuals, drawings and calibration certificates have been delivered.
P:6.4 If the sea trial is passed, the Buyer shall issue its Final Acceptance in writing within 7 days. If it is not passed, the Supplier shall correct the defects and the trial shall be repeated for the failed buoys. Delivery, installation, use of the data or any payment does not mean Final Acceptance.
H:7. Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment free of charge, supply Platform updates free of charge, and recalibrate the sondes twice a year.
P:7.2 For a Critical Fault the Supplier shall respond within 1 hour at any time of day, by telephone or remote connection, and shall have a technician of its local service partner at the Buyer's base within 24 hours; work at sea depends on sea conditions. Other faults shall be responded to within one business day.
P:7.3 For each hour of delay in responding to a Critical Fault, the Supplier shall pay CNY 600. For each day of delay in sending the technician, the Supplier shall pay CNY 1,000. These amounts may be deducted from any payment due.
H:8. Maintenance after Warranty
P:8.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance covering sonde recalibration twice a year, anti-fouling cleaning, spare parts, Platform updates and the response times in Clause 7.2.
P:8.2 The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, i.e. CNY 98,610 per year. This fee is fixed for the first three years after the warranty period.
P:8.3 Maintenance is ordered each year by a separate purchase order. It does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform for the Buyer's farms.
P:9.2 The alarm rules, integration scripts, configuration files and reports prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and give them to any third party.
P:9.3 The Supplier warrants that the Equipment and Platform do not infringe any third party's rights and shall indemnify the Buyer against any such claim.
H:10. Data
P:10.1 All data measured by the Equipment or entered into the Platform, including farm positions and harvest records, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The Platform runs on the Buyer's server. The Supplier may access it remotely only in a session approved by the Buyer each time, with its own named account, and the Buyer keeps the access logs. The Supplier shall not copy any data outside the Buyer's systems.
P:10.3 If the Supplier becomes aware of any unauthorised access to the Platform or loss of data, it shall inform the Buyer within 24 hours and help restore the system. The Supplier is liable for losses caused by its breach of this Clause 10.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's farms, production, customers and prices that it obtains under this Contract, and shall not disclose it without the Buyer's written consent. This obligation continues for five years after the end of this Contract.
H:12. Delay Damages
P:12.1 If the Supplier delays delivery or installation beyond the dates in Clause 5.1 for reasons other than the Buyer's acts or force majeure, it shall pay CNY 1,000 for each day of delay, up to 10% of the Contract Price.
P:12.2 If the delay exceeds 45 days, the Buyer may terminate this Contract under Clause 15.
H:13. Liability
P:13.1 The Supplier shall compensate the Buyer for direct losses caused by the Supplier's breach of this Contract, including losses of oysters caused by failure of the alarm function where the failure is due to a defect of the Equipment or Platform.
H:14. Subcontracting
P:14.1 The Supplier may use its local service partner named in Annex 3 for on-site work; this partner is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after the Buyer's written notice, or in the case described in Clause 12.2. The Supplier shall then refund the amounts paid for Equipment not accepted.
H:16. Force Majeure
P:16.1 Typhoons, storms and other events that the parties could not foresee or avoid are force majeure. The affected party shall notify the other party promptly, and the time for performance shall be extended accordingly.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes that cannot be settled by negotiation shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao. The award is final.
H:18. General
P:18.1 This Contract is made in English in two originals and takes effect on signature by both parties. Annex 1 (technical specifications), Annex 2 (sea trial plan) and Annex 3 (local service partner) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h121z02": H121Z02, "h121z04": H121Z04, "h121e01": H121E01, "h121e03": H121E03}
TARGETS = {"h121z02": ("h121z02_battery_separator_inline_inspection.docx", "docx"),
           "h121z04": ("h121z04_county_farm_machinery_platform_om.pdf", "pdf"),
           "h121e01": ("h121e01_goji_batch_tracking_licence_oleron.pdf", "pdf"),
           "h121e03": ("h121e03_oyster_farm_sea_sensors_buyer_paper.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
