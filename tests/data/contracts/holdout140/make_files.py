"""Builds holdout140's two .docx and two .pdf contracts from the sources below with ../word_pdf.py.

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this set are plain files in this
folder and are not generated. PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15-19.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H140Z01 = """
T:贵州省生态环境监测大数据平台建设项目合同
P:合同编号：GZSTHJ-2025-HT-0417
P:项目名称：贵州省生态环境监测大数据平台建设项目（项目编号：GZZC2025-GK-0683，采购方式：公开招标）
P:采购人（甲方）：贵州省生态环境厅
P:住所：贵州省贵阳市
P:供应商（乙方）：黔数智联信息技术有限公司
P:住所：贵州省贵阳市观山湖区金阳科技产业园
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件和中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设贵州省生态环境监测大数据平台（以下简称"平台"），包括软硬件供货、部署、定制开发、接口对接、系统集成、培训及质保期内的运维服务，实现全省空气、地表水、土壤和污染源监测数据的统一汇聚、质控、分析和共享。
P:1.2 平台部署于贵州省政务云；乙方供应的服务器安装于甲方指定机房。
P:1.3 乙方应在合同签订之日起一百八十日内完成部署、开发和对接，并具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零伍万捌仟元整（¥4,058,000），为固定总价，已包含质保期服务及全部税费。
P:2.2 分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|大数据基础平台软件许可（永久授权）|1套|1,180,000|1,180,000
TB:2|监测数据共享交换子系统软件许可（永久授权）|1套|326,000|326,000
TB:3|视频AI分析服务器（GPU）|2台|148,000|296,000
TB:4|数据前置处理服务器|6台|52,000|312,000
TB:|软硬件小计|||2,114,000
TB:5|定制开发：监测数据汇聚与质控模块|1项|868,000|868,000
TB:6|定制开发：综合分析驾驶舱与预警模块|1项|542,000|542,000
TB:7|接口对接（共46个接口）|1项|276,000|276,000
TB:8|系统集成、部署与安全加固|1项|164,000|164,000
TB:9|等级保护测评及密码应用安全性评估整改配合|1项|58,000|58,000
TB:10|培训|1项|36,000|36,000
TB:|合计|||4,058,000
H:第三条 付款方式
P:3.1 合同签订后，乙方开具合法有效的发票，甲方在收到发票后十个工作日内支付合同总价的20%，即¥811,600，作为预付款。
P:3.2 初验合格后，甲方支付合同总价的45%，即¥1,826,100。
P:3.3 最终验收合格并办理资产交接后，甲方支付合同总价的35%，即¥1,420,300。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金（银行保函），最终验收合格后十个工作日内无息退还。
P:3.5 平台上线试运行、部分功能投入使用或甲方支付任何款项，均不视为甲方对平台的验收。
H:第四条 实施与交付
P:4.1 乙方应在合同签订后十五日内提交实施方案和进度计划，经甲方确认后执行；项目经理未经甲方书面同意不得更换。
P:4.2 服务器到货后，双方共同清点数量、型号和外观，并签署到货签收单。到货签收不构成质量验收。
H:第五条 验收
P:5.1 初验：乙方完成全部建设内容后提出初验申请。初验标准为：招标文件技术要求逐项测试通过；46个接口连续七日数据传输无差错；1,000个并发用户下常用页面响应时间不超过3秒；数据质控规则覆盖招标文件所列全部监测要素；第三方安全测评无高危漏洞。
P:5.2 试运行与最终验收：初验合格后平台试运行九十日。试运行期间未发生一级故障、数据汇聚及时率和完整率达到招标文件技术要求，且网络安全等级保护测评和密码应用安全性评估均已通过的，乙方提出最终验收申请，由甲方组织专家按招标文件和本条标准进行验收并出具验收报告。
P:5.3 验收不合格的，乙方应在十五日内整改后重新验收，费用由乙方承担。第二次验收仍不合格的，甲方有权解除合同。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修更换、缺陷修复、补丁升级和7×24小时技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%。计划内维护须提前三个工作日书面报甲方同意，经同意的维护时间不计入不可用时间。
P:6.3 故障分级及处理时限：一级故障（平台整体不可用或全省数据汇聚中断），乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（单一监测要素或部分接口中断），1小时内响应，次日内恢复；三级故障（一般功能缺陷），十个工作日内修复。
P:6.4 乙方响应或恢复每超过时限1小时，向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，支付违约金¥2,000。上述款项从甲方应付款项中扣除，或由乙方在收到甲方通知后十日内支付。
P:6.5 质保期满后甲方如需继续采购运维服务，年度运维费不超过软硬件小计的8%（即每年不超过¥169,120），且质保期满后前两年内不得上调。运维服务按政府采购规定另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的成果，包括源代码、数据模型、质控规则、接口程序、报表及技术文档，知识产权归甲方所有。乙方应在最终验收时交付完整的源代码和文档，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有平台软件的知识产权归乙方或原权利人所有，甲方获得永久、不可撤销的使用许可，许可范围覆盖甲方及全省各级生态环境部门。
H:第八条 数据安全
P:8.1 平台汇聚的监测数据、业务数据、日志及其衍生数据均属于甲方。乙方仅可为履行本合同处理上述数据，不得留存、复制、向第三方提供或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，落实访问控制、加密传输、日志审计等措施；运维操作须经甲方审批并通过堡垒机进行，不得通过互联网远程访问生产环境；数据不得出境。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失，包括行政处罚、第三方索赔和数据恢复费用。
P:8.4 合同终止时，乙方应将全部数据完整移交甲方，并在甲方监督下删除其掌握的数据副本。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开的监测数据、网络结构、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而失效。
H:第十条 违约责任
P:10.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）严重违约，经甲方书面催告后十五日内仍未纠正；（2）逾期超过六十日；（3）第二次验收仍不合格；（4）因乙方原因发生重大数据安全事件。
P:12.2 因乙方原因解除合同的，乙方应退还已付款项并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：贵州省生态环境厅　　　　乙方（盖章）：黔数智联信息技术有限公司
P:签订日期：2025年  月  日
"""

H140Z02 = """
T:轮胎X光在线检测系统采购合同
P:合同编号：HC-SB-2025-0312
P:甲方（买方）：东营恒驰轮胎股份有限公司
P:地址：山东省东营市广饶县大王镇
P:乙方（卖方）：青岛锐视精密检测装备有限公司
P:地址：山东省青岛市城阳区
P:甲方因全钢及半钢子午线轮胎成品检测线改造需要，向乙方采购轮胎X光在线检测系统。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方供应轮胎X光在线检测系统（以下简称"检测系统"），并负责运输、安装、调试、辐射防护配套、与甲方MES系统对接及人员培训。
P:（二）设备、软件及服务价格如下：
P:1. 全钢子午线轮胎X光在线检测机（含射线源、高压发生器、U形线阵探测器、翻转定位机构），3台，单价¥1,268,000，金额¥3,804,000；
P:2. 半钢子午线轮胎X光在线检测机，2台，单价¥986,000，金额¥1,972,000；
P:3. 辐射防护铅房及门机联锁安全装置，5套，单价¥92,000，金额¥460,000；
P:4. 图像智能判级软件永久许可（5个机位），1套，金额¥520,000；
P:5. 检测数据服务器及MES接口，1套，金额¥168,000；
P:以上设备及软件小计¥6,924,000；
P:6. 安装调试及辐射安全验收配合，金额¥246,000；
P:7. 操作、维修及辐射防护培训，金额¥48,000。
P:（三）合同总价为人民币柒佰贰拾壹万捌仟元整（¥7,218,000），含13%增值税、运输、保险、安装、调试及培训费用。
P:（四）设备的具体技术参数、配置及性能指标以双方签署的技术协议为准，技术协议作为本合同附件，与本合同具有同等效力。
H:二、交货与安装
P:（一）乙方应在合同生效后一百二十日内将设备运至甲方广饶厂区一号、二号成品检测线，并在设备到货后四十五日内完成安装调试。
P:（二）设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认设备数量和外观，不构成质量验收。
P:（三）乙方负责安装调试期间的辐射安全管理，协助甲方办理射线装置的环境影响登记及辐射安全许可证变更手续。
P:（四）乙方安装人员进入甲方厂区，应遵守甲方安全生产、动火作业和辐射防护管理制度，并佩戴个人剂量计。因乙方人员违章作业造成的人身伤害或财产损失，由乙方负责。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即¥1,443,600，作为预付款。
P:（二）设备全部到货并签收后，甲方支付合同总价的35%，即¥2,526,300。
P:（三）终验合格后，甲方支付合同总价的35%，即¥2,526,300。
P:（四）合同总价的10%，即¥721,800，作为质量保证金，在质保期满且无未解决的质量问题后十个工作日内支付。
H:四、验收
P:（一）安装调试完成后，检测系统连续试运行二十日。试运行合格的标准为：
P:1. 全钢轮胎单条检测节拍不超过28秒，半钢轮胎不超过18秒；
P:2. 对甲方提供的120条标准缺陷样胎，缺陷检出率不低于98.5%，误判率不高于2%；
P:3. 防护铅房外表面周围剂量当量率不超过2.5微希沃特每小时，并取得有资质机构出具的检测报告；
P:4. 检测结果、图像及判级信息与甲方MES系统逐条一致，无丢失；
P:5. 试运行期间未发生一级故障。
P:（二）试运行合格后，甲方组织终验并出具书面验收报告。安装完成、试运行或投入生产使用均不视为验收合格。
P:（三）终验不合格的，乙方应在十五日内整改并重新验收，相关费用由乙方承担。
H:五、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，设备、软件及X射线管、探测器等核心部件出现非人为故障的，乙方免费维修或更换。
P:（二）故障响应：一级故障（检测机停机并影响成品放行），乙方应在30分钟内远程响应，3小时内派工程师到场，10小时内恢复运行；二级故障（功能降级但可继续检测），2小时内响应，次日内修复；三级故障在乙方下次巡检时处理。
P:（三）乙方响应、到场或恢复每超过时限1小时，向甲方支付违约金¥2,000。质保期内同一部件因质量问题维修三次仍不能正常使用的，乙方免费更换新品。
P:（四）质保期满后，甲方可向乙方购买年度维保服务（含每季度保养、射线管及探测器维修、软件升级和备件），年度维保费为设备及软件小计的18%，即每年¥1,246,320，维保期前三年价格固定不变。维保合同按年签订，不自动续期。
P:（五）质保期内，乙方每季度对检测系统进行一次免费巡检和射线剂量复测，并向甲方提交书面巡检报告。
H:六、知识产权
P:（一）图像智能判级软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:（二）乙方根据甲方产品规格定制的缺陷判级规则、缺陷样本模板及MES接口程序，知识产权归甲方所有。乙方应交付源代码及说明文档，甲方可自行修改或委托第三方维护。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的专利权、著作权或其他权利；发生侵权纠纷的，由乙方负责处理并赔偿甲方因此遭受的损失。
H:七、数据安全
P:（一）检测系统产生的X光图像、检测结果、工艺参数和生产数据均属于甲方，乙方不得留存、复制，不得用于训练乙方通用算法或提供给其他客户。
P:（二）乙方远程运维须事先取得甲方批准，通过甲方提供的VPN并使用一次性授权账号进行，操作全程记录。乙方应采取必要的技术和管理措施，防止数据泄露、篡改和丢失。
P:（三）发生数据安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因导致数据泄露或丢失的，乙方承担全部赔偿责任。
H:八、保密
P:乙方对在履行本合同中获知的甲方配方、工艺、产能、质量数据及其他商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的5%。
P:（二）乙方交付的设备不符合约定的，甲方有权要求更换、修理或退货；造成甲方损失的，乙方应予赔偿。
P:（三）因设备质量问题导致辐射安全事故的，乙方承担全部责任。
P:（四）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:十、分包
P:防护铅房的现场施工可由乙方委托具备相应资质的单位实施，但须事先取得甲方书面同意。除此之外，乙方不得分包本合同项下的工作。乙方对分包单位的行为承担全部责任。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后二十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）乙方逾期交货超过六十日，或终验两次不合格的，甲方有权解除合同。
P:（三）合同解除后，乙方应在三十日内自费拆除并运走已安装的设备，恢复现场原状。
H:十二、不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交东营仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、培训计划。
P:甲方（盖章）：东营恒驰轮胎股份有限公司　　　乙方（盖章）：青岛锐视精密检测装备有限公司
P:日期：2025年  月  日
"""

H140E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ____________ 2025
P:BETWEEN
P:(1) WHIDDY LABWARE SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland under the Companies Act 2014 (registered number 684213), whose registered office is at The Old Pier House, Whiddy Island, Bantry, Co. Cork, P75 KX62, Ireland (the "Licensor"); and
P:(2) FOSHAN NANHUA CERAMICS CO., LTD. (佛山南华陶瓷有限公司), a company established in the People's Republic of China, whose registered office is at Nanzhuang Town, Chancheng District, Foshan, Guangdong Province (the "Licensee").
P:BACKGROUND
P:(A) The Licensee makes porcelain and glazed tiles on six kiln lines and wishes to use the Licensor's LabSure laboratory and quality-inspection software, configured, integrated and supported by the Licensor.
P:(B) At the Licensee's request, all prices in this Agreement are stated and paid in Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Software" means the LabSure modules (release 8.2) listed in Clause 3, with their documentation and updates; "Services" means the services described in the Schedule; "Deliverables" means all items created by the Licensor specifically for the Licensee, including test-method definitions, specification tables, certificate templates, report layouts and interface programs with their source code; "Go-Live" means the first day on which the Software is used to release tiles from production; and "Licensee Data" means all data entered into or generated by the Software for the Licensee, including test results, instrument readings and batch, glaze and customer records.
H:Clause 2 Grant of Licence
P:2.1 The Licensor grants to the Licensee a perpetual, non-exclusive and non-transferable licence to install and use the Software at its Foshan plant and central laboratory for up to 60 named users and 14 connected instruments, for the business of the Licensee and its group companies in the People's Republic of China, including copies for backup and testing. The licence continues whether or not the Licensee buys support.
H:Clause 3 Price
P:3.1 The total price for the licences and the Services is CNY 1,744,000 (the "Contract Price"), made up as follows:
TB:Item|Description|Quantity|Price (CNY)
TB:1|LabSure Core perpetual licence (sample registration, test methods, statistical process control, certificates of analysis)|60 named users|860,000
TB:2|Instrument Interface Module perpetual licence (spectrophotometers, flatness gauges, water-absorption and breaking-strength testers)|14 instruments|214,000
TB:|Licence subtotal||1,074,000
TB:3|Configuration of test methods and specifications to GB/T 4100 and ISO 10545|1 lot|386,000
TB:4|Interfaces to the Licensee's ERP system and kiln-line MES|1 lot|178,000
TB:5|Migration of five years of laboratory records|1 lot|64,000
TB:6|Training of administrators, analysts and line inspectors|1 lot|42,000
TB:|Contract Price||1,744,000
P:3.2 The Contract Price is fixed and includes all travel, expenses and taxes.
H:Clause 4 Payment
P:4.1 The Licensee shall pay the Contract Price as follows: (a) 20 per cent (CNY 348,800) within 30 days after signature of this Agreement; (b) 45 per cent (CNY 784,800) within 30 days after Go-Live; and (c) 35 per cent (CNY 610,400) within 30 days after Final Acceptance.
H:Clause 5 Delivery, Services and Acceptance
P:5.1 The Licensor shall deliver the Software and perform the Services in accordance with the project plan in the Schedule so that Go-Live occurs no later than 150 days after the date of this Agreement (the "Go-Live Date"). Go-Live requires the Licensee's written confirmation that no Severity 1 defect remains open.
P:5.2 "Final Acceptance" occurs when the Licensee signs a Final Acceptance Certificate, which it shall do within ten business days after all of the following criteria are met: (a) every test method and specification in the Schedule gives results identical to a manual calculation on 200 reference samples; (b) all 14 instruments transfer readings automatically, without transcription; (c) the certificates of analysis of three consecutive production weeks are approved by the Licensee's quality manager without correction; (d) the migrated records reconcile in number and value with the legacy database; (e) no Severity 1 or Severity 2 defect has occurred in the 30 days after Go-Live; and (f) documentation, interface source code and administrator training have been delivered.
P:5.3 Neither Go-Live, production use of the Software nor any payment under Clause 4.1(b) constitutes acceptance. Failed tests are corrected and repeated at the Licensor's cost.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that, for 18 months from Final Acceptance (the "Warranty Period"), the Software and the Deliverables will perform materially in accordance with their documentation and the Schedule. The Licensor shall correct any failure free of charge, on site where necessary, and shall provide support and updates free of charge at the service levels in Clause 8.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Licensee may purchase annual support (updates, helpdesk and defect correction at the service levels in Clause 8) for an annual fee of 13 per cent of the licence subtotal, that is CNY 139,620 per year. That fee is fixed for the first three support years; afterwards it may be changed only by written agreement and by no more than 3 per cent in any year.
P:7.2 Support is ordered year by year by the Licensee's purchase order and does not renew automatically.
H:Clause 8 Service Levels
P:8.1 Severity 1 means that the Software is unavailable or certificates of analysis cannot be issued, so that tiles cannot be released. The Licensor shall respond within 1 hour, provide a workaround within 6 hours and a permanent fix within 2 business days. Severity 1 support is available at all times through the Licensor's support engineers in Guangzhou.
P:8.2 Severity 2 (a major function or instrument interface fails, with a workaround): response within 3 business hours, fix within 5 business days. Severity 3 (any other defect): response on the next business day.
P:8.3 For each hour by which a Severity 1 response or workaround is late the Licensor shall credit CNY 1,500 to the Licensee, and for each business day by which a Severity 2 fix is late, CNY 500, against the next invoice.
H:Clause 9 Delay
P:9.1 If Go-Live does not occur by the Go-Live Date for a reason attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to a maximum of 10 per cent of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Licensee's loss and not a penalty. If the delay exceeds 60 days, the Licensee may in addition terminate this Agreement under Clause 14.
H:Clause 10 Intellectual Property
P:10.1 The Software remains the property of the Licensor.
P:10.2 All intellectual property rights in the Deliverables vest in the Licensee on their creation, and the Licensor hereby assigns them to the Licensee. The Licensee may use, copy, modify and license the Deliverables to third parties without restriction and without further payment.
P:10.3 The Licensor shall indemnify the Licensee against third-party infringement claims.
H:Clause 11 Licensee Data and Security
P:11.1 Licensee Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and on the Licensee's written instructions, and shall not copy, retain, analyse or otherwise use it for any other purpose, whether or not in anonymised or aggregated form.
P:11.2 The Software is installed on the Licensee's servers in Foshan. The Licensor's personnel may access them only through the Licensee's VPN, with approval for each session, multi-factor authentication and session recording. No Licensee Data may leave the People's Republic of China. The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:11.3 The Licensor shall notify the Licensee within 8 hours after becoming aware of any unauthorised access to, loss of or disclosure of Licensee Data, and shall be liable for all loss, fines and restoration costs caused by its breach of this Clause 11.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential all information of the other party that it receives under this Agreement, including the Licensee's glaze formulations, production data and customer lists, during this Agreement and for five years after termination.
H:Clause 13 Liability and Subcontracting
P:13.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 10.3, 11 or 12. Subject to that, the Licensor's total aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence), breach of statutory duty or otherwise, shall not exceed 150 per cent of the Contract Price. Neither party is liable for indirect or consequential loss.
P:13.2 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent, and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other's prior written consent.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it. The Licensee may also terminate under Clause 9.1, or if the criteria of Clause 5.2 are still not met after two repeated tests.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement, with its Schedule, is the entire agreement between the parties. Any variation must be in writing and signed by both parties. The English text prevails over any translation.
H:Schedule Services and Project Plan
P:Design workshops (weeks 1 to 3); configuration of 46 test methods and 212 product specifications (weeks 3 to 12); ERP and kiln-line MES interfaces (weeks 6 to 14); data migration (weeks 12 to 16); training and user acceptance scripts (weeks 15 to 19); Go-Live (week 20).
P:SIGNED for and on behalf of WHIDDY LABWARE SYSTEMS LIMITED by its director: ____________________
P:SIGNED for and on behalf of FOSHAN NANHUA CERAMICS CO., LTD. by its legal representative: ____________________ (company chop)
"""

H140E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Water-Quality Monitoring System for the Sanggou Bay Kelp Farms
P:Contract No.: HSKB-2025-EQ-011
P:Buyer: Rongcheng Haisheng Kelp Aquaculture Co., Ltd. (荣成海晟海带养殖有限公司), a company established in the People's Republic of China, with its registered office in the Shidao Management Area, Rongcheng, Weihai, Shandong Province (the "Buyer").
P:Supplier: Île Verte Marine Instruments Inc., a corporation incorporated under the Business Corporations Act (Québec), with its head office on Île Verte, Notre-Dame-des-Sept-Douleurs, Québec, Canada (the "Supplier").
P:The Buyer farms kelp on about 2,600 hectares in Sanggou Bay. Following the Buyer's invitation to bid, the parties agree on the Buyer's standard terms below. All prices are in CNY.
H:Article 1 Definitions
P:1.1 "System" means the buoys, sensors, analysers, gateways, software and documentation listed in Article 3, installed and working together. "Buyer Data" means all measurements, alarms, logs and other data generated by the System or provided by the Buyer.
H:Article 2 Scope
P:2.1 The Supplier shall supply the System DDP to the Buyer's base at Shidao port, install it in Sanggou Bay, commission and integrate it, train the Buyer's staff and maintain it during the warranty period.
P:2.2 The System measures dissolved oxygen, water temperature, salinity, pH, chlorophyll-a, turbidity, nitrate and phosphate, transmits readings every ten minutes to the monitoring platform at the Buyer's office, and raises alarms by SMS and in the Buyer's farm management system.
H:Article 3 Price
P:3.1 The prices are as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy with sensors, data logger, solar power and 4G/BeiDou telemetry|14|118,000|1,652,000
TB:2|In-situ nitrate and phosphate analyser|3|186,000|558,000
TB:3|Shore gateway with backup power|4|36,500|146,000
TB:4|Monitoring platform software, perpetual licence, installed on the Buyer's server|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||2,624,000
TB:5|Mooring and installation at sea, including vessel and divers|1 lot||312,000
TB:6|Interfaces to the Buyer's farm management system and alarm configuration|1 lot||96,000
TB:7|Training|1 lot||28,000
TB:|Contract Price|||3,060,000
P:3.2 The Contract Price of CNY 3,060,000 is fixed and includes customs duties, import VAT, transport to site, installation and all taxes and expenses.
H:Article 4 Payment
P:4.1 The Buyer shall pay: (a) 10 % of the Contract Price (CNY 306,000) within 15 working days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China; (b) 55 % (CNY 1,683,000) within 15 working days after the Installation Certificate; and (c) 35 % (CNY 1,071,000) within 15 working days after the Final Acceptance Certificate.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's base at Shidao port within 100 days after signature and complete the installation at sea by 31 October 2025, before the seeding season.
P:5.2 Installation at sea depends on weather and sea state. Days on which the maritime authority has issued a gale or typhoon warning for Sanggou Bay are not counted as delay.
P:5.3 When all buoys, analysers and gateways are installed and transmitting, the parties jointly inspect the installation and sign an Installation Certificate. The Installation Certificate confirms completeness only and is not acceptance.
H:Article 6 Acceptance
P:6.1 After the Installation Certificate the System runs for a trial period of 60 days. Final Acceptance requires that, during the trial period: (a) each buoy delivers at least 97.5 % of the scheduled readings to the platform; (b) weekly comparison with laboratory analysis of water samples, taken by the Buyer at six buoys, shows deviations within the tolerances of the Technical Specification (dissolved oxygen ±0.3 mg/L, salinity ±0.2, pH ±0.1, temperature ±0.1 °C); (c) every alarm type has been tested and delivered to the farm management system and by SMS within two minutes; (d) the platform displays and exports all parameters for the whole trial period; and (e) the documentation, the training and the as-built mooring drawings have been delivered.
P:6.2 When all criteria are met, the Buyer signs the Final Acceptance Certificate within ten working days. If a criterion is not met, the Supplier shall correct the defect at its own cost and the trial period is extended accordingly. Operational use of the System during the trial period does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace free of charge any defective equipment or software, including sensors, buoy hulls, moorings and batteries, and shall carry out the quarterly maintenance and calibration described in Article 8.2 without charge. Consumables (reagents, membranes and wiper brushes) are supplied at the prices in Annex 3.
P:7.2 Replaced parts carry a new warranty of six months or the remainder of the warranty period, whichever is longer.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual maintenance for an annual fee of 9.5 % of the Hardware and Licence Subtotal, that is CNY 249,280 per year. This fee is fixed for the first three years after the warranty period. Maintenance is ordered by the Buyer year by year and does not renew automatically.
P:8.2 Annual maintenance includes quarterly on-site cleaning and calibration of all sensors, one full recovery and inspection of the moorings each year before the typhoon season, repairs and replacement parts other than consumables, software updates, and support at the service levels of Article 9.
H:Article 9 Service Levels
P:9.1 Severity 1 means the loss of data from three or more buoys, or a failure of the alarm function. The Supplier shall respond remotely within 1 hour at any time, send an engineer to the Buyer's base within 2 days and, if the sea state permits, repair the fault within 3 days after the call.
P:9.2 Severity 2 means the loss of data from one or two buoys or from one analyser: response within 3 hours during working hours and repair within 7 days, weather permitting.
P:9.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which a repair is late, CNY 1,200. These amounts are deducted from any payment due or paid on demand.
H:Article 10 Delay Damages
P:10.1 If the Supplier fails to deliver or to complete the installation by the dates in Article 5.1, other than because of Article 5.2 or the Buyer's fault, it shall pay delay damages of 0.08 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:10.2 If the delay exceeds 45 days the Buyer may terminate this Contract under Article 16.
H:Article 11 Intellectual Property
P:11.1 The platform software and the firmware remain the property of the Supplier or its licensors; the Buyer holds a perpetual licence to them.
P:11.2 Interface programs, alarm rules, dashboards, configuration files and as-built drawings produced under this Contract belong to the Buyer, who may use, modify and license them to third parties freely. The Supplier shall deliver them with their source code.
H:Article 12 Buyer Data and Data Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not retain, copy, disclose, publish or use it for research, product development or any other purpose.
P:12.2 The platform runs on the Buyer's server in Rongcheng, and telemetry is encrypted in transmission to the Buyer's gateways. Remote access by the Supplier is allowed only through the Buyer's VPN, on approval for each session, with individual accounts and logging, and only by the Supplier's field engineers stationed in Weihai. Buyer Data shall not be transferred to or accessed from any place outside the People's Republic of China.
P:12.3 The Supplier shall notify the Buyer within 6 hours after discovering any security incident affecting the System or Buyer Data, take immediate remedial measures, and compensate the Buyer for all losses caused by its breach of this Article.
H:Article 13 Confidentiality
P:13.1 The Supplier shall keep confidential the Buyer's farm layouts, production volumes, water-quality data and other business information, and shall not disclose them without the Buyer's prior written consent, during this Contract and for five years after it ends.
H:Article 14 Liability
P:14.1 The Supplier shall compensate the Buyer for all losses caused by its breach of this Contract, including loss of kelp stock caused by a failure of the alarm function attributable to the Supplier.
P:14.2 Amounts under Articles 9.3 and 10 do not exclude compensation for greater proven loss.
H:Article 15 Subcontracting
P:15.1 The Supplier may use Rongcheng Shidao Marine Engineering Co., Ltd. for vessel operation and diving work during the installation, which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, if the delay under Article 10 exceeds 45 days, or if Final Acceptance is not achieved within 120 days after the Installation Certificate.
P:16.2 On termination under Article 16.1 the Supplier shall refund the amounts paid, remove its equipment from the sea at its own cost if the Buyer so requests, and compensate the Buyer's losses.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for a failure caused by force majeure, including typhoons and storm surges beyond the design conditions of the Technical Specification. The affected party shall notify the other promptly.
H:Article 18 Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Disputes shall be settled by negotiation. If no agreement is reached within 30 days, either party may submit the dispute to the Weihai Arbitration Commission for arbitration in Weihai. The award is final and binding on both parties.
H:Article 19 General
P:19.1 This Contract is signed in Chinese and English; in case of any discrepancy the Chinese version prevails.
P:19.2 Annexes (part of this Contract): 1 Technical Specification; 2 Installation Plan; 3 Consumables Price List.
P:For the Buyer: ____________________    For the Supplier: ____________________    Date: ____________ 2025
"""

SOURCES = {"h140z01": H140Z01, "h140z02": H140Z02, "h140e01": H140E01, "h140e03": H140E03}
TARGETS = {"h140z01": ("h140z01_eco_environment_monitoring_big_data_platform.docx", "docx"),
           "h140z02": ("h140z02_tyre_xray_inspection_system_supply.pdf", "pdf"),
           "h140e01": ("h140e01_ceramic_tile_lab_qc_perpetual_licence.docx", "docx"),
           "h140e03": ("h140e03_kelp_farm_water_quality_sensors.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
