"""Builds the .docx and .pdf contracts of holdout87 from the markup of ../word_pdf.py (T: title, H: heading,
P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.

h87z01 and h87e01 become Word files with real tables (price list, fault / severity levels); h87z02 and h87e03 become
PDFs whose paragraphs are broken at word boundaries (wrap_words=True). The .md and .txt contracts of this folder are
kept as written and are not generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H87Z01 = """
T:江屿市公共资源交易电子平台升级改造项目系统集成合同
P:合同编号：JYGGZY-2025-XT-017
P:甲方（采购人）：江屿市公共资源交易中心
P:乙方（中标供应商）：江屿启衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件（采购项目编号：JYCG-2025-0638）、乙方投标文件和中标通知书，甲乙双方经协商一致，就江屿市公共资源交易电子平台升级改造项目的供货、定制开发、系统集成及相关服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责江屿市公共资源交易电子平台的升级改造及系统集成，包括电子交易系统（覆盖工程建设、政府采购、土地及矿业权、国有产权四类交易全流程）、不见面开标及电子评标系统、远程异地评标及音视频见证系统的供货、部署、定制开发、历史数据迁移、联调测试和培训。
P:1.2 乙方提供的设备应为全新原厂正品，软件应为最新正式发行版本，全部货物和服务应符合招标文件《采购需求》及乙方投标文件的技术响应。
P:1.3 实施地点：甲方交易大厅、开标室、评标区及江屿市政务云机房。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾贰万元整（¥2,920,000.00），为含税固定总价，已包括设备、软件、定制开发、运输、保险、安装、集成、数据迁移、培训、税费以及质保期内全部服务的费用，合同履行期间不作调整。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|电子交易平台软件许可（交易系统、不见面开标、电子评标模块）|1套|980,000
TB:2|远程异地评标及音视频见证系统|1套|356,000
TB:3|应用及数据库服务器|8台|548,000
TB:4|分布式存储（可用容量200TB）|1套|286,000
TB:5|网络安全设备（下一代防火墙、WAF、日志审计）|1批|214,000
TB:6|省级交易平台、CA互认及电子营业执照接口定制开发|1项|318,000
TB:7|系统集成、部署及历史数据迁移|1项|176,000
TB:8|培训|1项|42,000
TB:合计|||2,920,000
P:2.2 上表第1至5项合计人民币贰佰叁拾捌万肆仟元整（¥2,384,000），本合同中称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的百分之二十，即人民币伍拾捌万肆仟元整，作为预付款。
P:3.2 全部设备到货、软件部署完成并经甲方签收后，甲方支付合同总价的百分之四十，即人民币壹佰壹拾陆万捌仟元整。到货签收仅为数量、型号和外观的确认，不视为验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的百分之三十五，即人民币壹佰零贰万贰仟元整。
P:3.4 合同总价的百分之五，即人民币壹拾肆万陆仟元整，作为质量保证金，于质保期满且乙方无未履行的合同义务后十五个工作日内无息支付。
P:3.5 上述款项通过国库集中支付方式支付至乙方指定账户。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后六十日内完成全部设备到货和软件部署，九十日内完成定制开发和历史数据迁移并书面提请初验。
P:4.2 乙方应在合同生效后十日内提交实施方案和进度计划，经甲方确认后执行。系统切换应避开已安排的开标、评标活动。
H:第五条 验收
P:5.1 初验：乙方完成部署、开发和迁移后，由甲方依据招标文件技术要求和双方确认的测试方案组织初验。初验至少包括：四类交易全流程功能测试；不见面开标在五百家投标人同时在线时完成解密，单个投标文件解密时间不超过三秒；与省级平台的项目、公告、交易结果数据交换核对无差错；CA互认覆盖本省已接入的全部CA机构；历史项目数据迁移逐项核对无差错。
P:5.2 初验合格后进入三个月试运行。试运行期间未发生一级故障、二级故障累计不超过三次的，乙方可申请最终验收。
P:5.3 最终验收由甲方组织，并委托第三方机构进行网络安全等级保护三级测评和商用密码应用安全性评估。测评通过，试运行报告、全部技术文档及第七条约定的源代码移交齐全后，双方签署最终验收报告。
P:5.4 设备到货签收、系统上线运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维护、故障处理、软件升级、安全补丁和每季度一次的现场巡检，并在重大开评标活动期间安排工程师现场值守。
P:6.2 电子交易平台月度可用率不低于99.99%，经甲方同意并提前三日公告的计划内维护时间除外。
P:6.3 乙方设立7×24小时服务热线，按下表处理故障：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|交易、开标或评标系统整体不可用，或正在进行的开评标活动中断|15分钟|1小时|3小时
TB:二级|部分功能异常或性能明显下降，但不影响开评标活动进行|30分钟|3小时|8小时
TB:三级|一般性问题或使用咨询|2小时|按需|2个工作日
P:6.4 乙方超过上表时限的，每超时一小时，甲方有权从质量保证金中扣除人民币壹仟元；月度可用率每低于约定值0.01个百分点，扣除人民币贰仟元。质量保证金不足扣除的，乙方应在接到甲方通知后十日内补足。
P:6.5 质保期满后，如甲方需要，双方另行签订维保合同。年度维保费用不超过软硬件小计的百分之八，即每年不超过人民币壹拾玖万零柒佰贰拾元，质保期满后的前两年不得上调。维保合同期满不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有。乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及通过交易系统办理业务的全部用户。
P:7.2 本项目定制开发的接口程序、数据迁移脚本、配置文件及相关文档，其知识产权自形成之日起归甲方所有。乙方应在最终验收前交付源代码，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软硬件不侵犯任何第三方的合法权利，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 交易数据、投标文件、评标专家信息、市场主体信息及系统日志均属于甲方。乙方仅为履行本合同接触上述数据，不得复制、留存、向任何第三方提供或用于其他用途。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及政府采购电子交易的有关规定。全部数据存放于江屿市政务云，不得出境；乙方人员远程运维须经甲方逐次审批并通过甲方堡垒机进行，操作全程录像留痕；涉及开标前投标文件的任何操作须在甲方工作人员在场时进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在两小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，包括甲方因此遭受的损失和依法承担的行政责任。
P:8.4 项目结束或合同终止时，乙方应返还或按甲方要求销毁其持有的全部甲方数据，并出具书面说明。
H:第九条 分包
P:9.1 乙方不得转包本合同。
P:9.2 乙方可将综合布线、设备上架安装等非主体、非关键性工作分包给具有相应能力的单位，但应在分包前五个工作日书面告知甲方分包单位名称及分包内容。乙方就分包工作向甲方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请初验的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 乙方提供的设备、软件或服务不符合合同约定的，应负责更换、修复或整改，并承担由此产生的全部费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期未付金额的万分之三向乙方支付违约金。
H:第十一条 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期交付超过三十日；（二）最终验收两次不合格；（三）发生因乙方原因导致的重大数据安全事件；（四）其他严重违约行为，经甲方书面催告后十五日内仍未纠正。
P:11.2 因乙方原因解除合同的，乙方应退还甲方已付款项中未完成部分对应的金额，并承担违约责任。
H:第十二条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，按影响程度免除相应责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江屿市公共资源交易中心    乙方（盖章）：江屿启衡信息技术有限公司
"""

H87Z02 = """
T:在线超声波自动探伤系统采购合同
P:合同编号：HYGG-SB-2025-0412
P:甲方（买方）：湖南衡岳钢管有限公司
P:乙方（卖方）：武汉声衡无损检测设备有限公司
P:签订地点：湖南省衡阳市
P:甲方为满足Φ89–Φ273mm热轧无缝钢管生产线在线探伤的需要，经竞争性谈判确定乙方为供货单位。双方依据《中华人民共和国民法典》，就下列设备的供货、安装调试、质保及维保事宜订立本合同。
H:一、合同标的及价格
P:（一）乙方向甲方提供在线超声波自动探伤系统两套，分别安装于甲方一号、二号热轧线精整区，用于钢管纵向、横向缺陷以及壁厚、分层的在线检测。设备的技术参数以双方签署的《技术协议》为准。
P:（二）分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|64通道超声波探伤主机（含工控机）|2套|486,000|972,000
TB:2|旋转式探头机构及耦合水循环系统|2套|318,000|636,000
TB:3|上下料辊道及压紧对中装置|2套|152,000|304,000
TB:4|自动喷标及分选装置|2套|43,000|86,000
TB:5|探伤数据管理软件（含2个工位永久许可）|1套|128,000|128,000
TB:6|标准对比样管|6支|7,500|45,000
TB:7|安装调试及与产线PLC、MES系统对接|1项|164,000|164,000
TB:8|操作人员及Ⅱ级探伤人员培训|1项|35,000|35,000
P:（三）第1至6项合计人民币贰佰壹拾柒万壹仟元整（¥2,171,000），本合同中称“设备及软件款”。合同总价为人民币贰佰叁拾柒万元整（¥2,370,000），含百分之十三增值税、包装、运输、保险、安装调试、培训以及质保期内的全部服务费用。
H:二、交货与安装
P:（一）乙方应于合同生效后一百二十日内将全部设备运抵甲方厂区指定地点。
P:（二）设备到货后，甲乙双方共同开箱清点，签署到货签收单。到货签收仅确认数量、规格和外观，不构成质量验收。
P:（三）乙方应在设备到货后四十五日内完成安装调试及与产线PLC、MES系统的对接。安装调试须服从甲方停产检修计划，乙方人员应遵守甲方安全生产管理制度，进入现场前接受甲方的安全教育。
P:（四）乙方随设备提供中文操作手册、维修手册、电气原理图、软件备份介质、产品合格证和出厂检验报告各两套。上述资料不全的，视为交货未完成。
P:（五）乙方应在安装调试期间对甲方操作人员进行现场培训，并组织甲方人员参加Ⅱ级超声检测人员的培训和考核，培训费用已包含在合同总价内。
H:三、付款方式
P:（一）合同生效后十五日内，甲方向乙方支付合同总价的百分之四十，即人民币玖拾肆万捌仟元整，作为预付款。
P:（二）设备全部到货并签收后三十日内，甲方支付合同总价的百分之二十，即人民币肆拾柒万肆仟元整。
P:（三）最终验收合格后三十日内，甲方支付合同总价的百分之三十五，即人民币捌拾贰万玖仟伍佰元整。
P:（四）合同总价的百分之五，即人民币壹拾壹万捌仟伍佰元整，作为质量保证金，质保期满且无质量问题后三十日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，乙方书面提请验收。甲方组织生产、质量、设备部门依照GB/T 5777—2019《无缝和焊接(埋弧焊除外)钢管纵向和/或横向缺欠的全圆周自动超声检测》及《技术协议》进行验收。
P:（二）验收标准：1. 对比样管上的内外壁纵向、横向刻槽及平底孔人工缺陷在动态检测中全部检出，连续十次通过无漏检；2. 动态重复性误差不超过±2dB；3. 检测速度与产线节拍匹配，不低于每秒0.8米；4. 误报警率不超过0.5%；5. 探伤结果、喷标及分选信号与MES系统记录一致；6. 设备带料连续运行七十二小时无故障。
P:（三）全部标准达到后，双方签署最终验收报告。设备投入生产使用或甲方支付部分货款，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质保及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换非人为原因损坏的零部件，探头、耦合水泵密封件等易损件按《技术协议》所列数量随机提供。
P:（二）质保期内故障响应：一级故障（探伤系统停机导致产线停线或无法出具探伤结果）乙方接报后三十分钟内远程响应，八小时内工程师到达现场，二十四小时内恢复；二级故障（单通道异常、误报警明显增多等）两小时内响应，四十八小时内处理完毕。
P:（三）乙方超过上述时限的，每超时一小时向甲方支付人民币捌佰元，甲方可从质量保证金中直接扣除。
P:（四）质保期满后，乙方继续为甲方提供维保服务，维保期为三年。年度维保费为设备及软件款的百分之二十，即每年人民币肆拾叁万肆仟贰佰元整，维保期内不作调整，于每个维保年度结束后三十日内支付。
P:（五）维保期内的故障响应标准与质保期相同，另包括每半年一次的设备校准和探头性能检测。
H:六、数据安全
P:（一）探伤原始数据、钢管质量记录、工艺参数和产线运行数据均属于甲方，乙方不得将其用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方设备部书面批准，通过甲方提供的VPN接入，实行单次授权，操作记录留存备查；乙方不得在其自有设备上留存甲方数据，维修带离的存储部件应先经甲方清除数据。
P:（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
H:七、保密
P:双方对在履行本合同过程中知悉的对方技术秘密、工艺参数、生产计划及其他商业信息负有保密义务，未经对方书面同意不得向任何第三方披露。保密义务在合同终止后三年内持续有效。
H:八、知识产权
P:（一）探伤数据管理软件及主机嵌入式软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:（二）为甲方专门编制的PLC、MES对接程序、检测工艺卡及参数配置文件归甲方所有，乙方应交付源程序和说明文档，甲方可自行修改或委托他人维护。
P:（三）乙方保证所提供的设备和软件不侵犯第三方知识产权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的百分之十。
P:（二）乙方所交设备的规格、性能不符合约定的，甲方有权要求更换、修理或退货，由此产生的费用由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十、分包
P:乙方不得将本合同项下的设备制造、安装调试工作转包或分包。确需将辊道等机械件外协加工或将现场吊装交由第三方完成的，应事先取得甲方书面同意，并对其质量和安全负责。
H:十一、合同解除
P:乙方逾期交货超过六十日，或设备第二次验收仍不合格，或有其他严重违约行为经甲方书面催告后十五日内未改正的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，提交衡阳仲裁委员会仲裁。
H:十三、其他
P:（一）《技术协议》为本合同附件，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖南衡岳钢管有限公司        乙方（盖章）：武汉声衡无损检测设备有限公司
"""

H87E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT CONTRACT
P:Contract No. AVC/CN/2025/014
P:BETWEEN: AGRIVISION CONGO SARL, a société à responsabilité limitée registered in the Trade and Personal Property Credit Register (RCCM) of Brazzaville under No. CG-BZV-01-2016-B12-00457, having its registered office at Avenue Amilcar Cabral, Centre-ville, Brazzaville, Republic of the Congo, represented by Mr Serge Mabiala, Managing Director (hereinafter "the Vendor"),
P:AND: GUANGXI WUMING HENGFENG CASSAVA STARCH CO., LTD., a company incorporated in the People's Republic of China, having its registered office in Wuming District, Nanning, Guangxi Zhuang Autonomous Region, represented by its General Manager (hereinafter "the Customer"),
P:hereinafter referred to together as "the Parties" and individually as "a Party".
P:WHEREAS the Vendor develops the StarchGrade system, which uses machine vision and near-infrared measurement to grade fresh cassava roots, and the Customer wishes to grade the roots delivered by its growers at intake; the Parties have agreed as follows.
H:Article 1 – Object of the Contract
P:1.1 The present Contract has for object: (a) the grant by the Vendor of a perpetual licence of StarchGrade version 5 for four (4) intake grading stations and one (1) Central Quality Server at the Customer's Wuming plant; (b) the calibration of the grading models to the cassava varieties processed by the Customer; (c) the development of connectors between StarchGrade, the Customer's weighbridge system and its ERP; (d) installation, configuration and training; and (e) warranty and support services.
P:1.2 The contract documents are, in order of precedence: the present Contract; Annex 1 (Technical Specification and Acceptance Test Plan); Annex 2 (Project Schedule).
H:Article 2 – Contract Price
P:2.1 The Contract Price is one million two hundred and fifty thousand Chinese Yuan (CNY 1,250,000). It is fixed and firm and includes all taxes and duties and the travel and subsistence of the Vendor's personnel.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|StarchGrade 5 perpetual licence, intake grading station|4|186,000|744,000
TB:2|StarchGrade Central Quality Server licence|1|132,000|132,000
TB:3|Calibration of grading models to Customer varieties|1 lot|168,000|168,000
TB:4|Weighbridge and ERP connectors (custom development)|1 lot|142,000|142,000
TB:5|Installation, configuration and training|1 lot|64,000|64,000
TB:Total Contract Price||||1,250,000
P:2.2 Items 1 and 2 together, CNY 876,000, are referred to as the "Licence Fees".
H:Article 3 – Terms of Payment
P:3.1 Ten per cent (10 %) of the Contract Price, being CNY 125,000, within thirty (30) days after signature of the Contract, against the Vendor's invoice.
P:3.2 Fifty-five per cent (55 %), being CNY 687,500, within thirty (30) days after the Installation Certificate has been signed for all four stations and the Central Quality Server. The Installation Certificate records the completion of installation only and does not constitute acceptance.
P:3.3 The balance of thirty-five per cent (35 %), being CNY 437,500, within thirty (30) days after the issue of the Final Acceptance Certificate.
P:3.4 Payments shall be made by bank transfer in CNY to the account indicated on the invoice.
H:Article 4 – Schedule
P:4.1 The Vendor shall complete the installation of the four stations and the Central Quality Server within ninety (90) days after signature, and the calibration and connectors within one hundred and fifty (150) days after signature, so that the acceptance run can take place at the start of the main harvest season.
H:Article 5 – Delay Penalties
P:5.1 If the Vendor fails to meet a date in Article 4.1 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of zero point one per cent (0.1 %) of the Contract Price for each calendar day of delay, up to a maximum of ten per cent (10 %) of the Contract Price. The Customer may deduct such penalties from any amount due to the Vendor.
H:Article 6 – Acceptance
P:6.1 When installation, calibration and connectors are complete, the Parties shall carry out the acceptance tests of Annex 1. The system passes when: (a) on a panel of at least three hundred (300) root samples from the Customer's main varieties, the starch content given by StarchGrade differs from the laboratory reference value by a mean absolute error of not more than 0.8 percentage points; (b) each station grades a truck load in not more than ninety (90) seconds; (c) every weighbridge ticket of ten (10) consecutive working days is transferred to the ERP with the correct grade and price deduction, without manual correction; and (d) a production run of thirty (30) days is completed without any Severity 1 incident.
P:6.2 When all criteria are met, the Customer shall issue the Final Acceptance Certificate within ten (10) days. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost. Use of the system in production, or payment under Article 3.2, shall not be deemed acceptance.
H:Article 7 – Warranty
P:7.1 The Vendor warrants that the system will perform in accordance with Annex 1 for eighteen (18) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, provide new versions and updates, and re-calibrate the grading models free of charge when the Customer introduces a new cassava variety, up to two (2) varieties per year.
H:Article 8 – Support
P:8.1 During the Warranty Period and any paid support year, the Vendor shall provide support through a hotline staffed twenty-four hours a day and through remote access, at the following levels:
TB:Severity|Definition|Response time|Workaround / resolution
TB:Severity 1|A grading station or the Central Quality Server is down and trucks cannot be graded|2 hours|Workaround within 8 hours; permanent correction within 3 days
TB:Severity 2|Degraded grading accuracy, or a connector failure with a manual fallback|6 hours|Resolution within 3 working days
TB:Severity 3|Minor defects and questions|2 working days|Next maintenance release
P:8.2 For each full hour by which the Vendor exceeds the Severity 1 response time or workaround time, the Vendor shall credit the Customer CNY 1,000, which the Customer may deduct from any amount due or set off against the next Annual Support Fee.
P:8.3 After the Warranty Period, the Customer may order annual support at an Annual Support Fee of eleven per cent (11 %) of the Licence Fees, being CNY 96,360 per year, fixed for the first three (3) support years. Any later increase shall be agreed in writing and shall not exceed three per cent (3 %) per year. Support years are ordered by purchase order and do not renew automatically.
H:Article 9 – Intellectual Property
P:9.1 The StarchGrade software, including its standard grading algorithms, remains the property of the Vendor. The licence granted under Article 1 is perpetual, non-exclusive and irrevocable, for use at the Customer's plants by the Customer and its affiliates.
P:9.2 The grading models calibrated for the Customer's varieties, including the calibration data sets and model parameters, the weighbridge and ERP connectors with their source code, and all reports and documents prepared specifically for the Customer (the "Custom Deliverables") belong to the Customer from their creation. The Customer may use and modify them and have them maintained by third parties without restriction.
H:Article 10 – Customer Data and Security
P:10.1 Images, spectra, laboratory results, grower records and weighbridge data ("Customer Data") belong to the Customer. The Vendor shall process Customer Data only for the performance of this Contract and shall not use it to train or improve its products for other customers.
P:10.2 Customer Data remains on the Customer's servers in China. The Vendor may access it remotely only through the Customer's VPN, after approval of each session by the Customer's IT department, with named accounts and logging. The Vendor shall not copy Customer Data to its own systems; calibration work is done on the Customer's server.
P:10.3 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall cooperate in remedying it, and shall be liable for the damage caused by its breach of this Article.
H:Article 11 – Confidentiality
P:Each Party shall keep confidential the information received from the other Party under this Contract, including the Customer's grower prices, and shall not disclose it to third parties without prior written consent, during the Contract and for five (5) years after its end.
H:Article 12 – Subcontracting
P:The Vendor shall not subcontract any part of the Contract without the prior written consent of the Customer and remains fully responsible for any subcontractor so approved.
H:Article 13 – Liability
P:The total liability of the Vendor under the present Contract is limited to one hundred and fifty per cent (150 %) of the Contract Price. This limit does not apply to bodily injury, fraud, wilful misconduct, or breach of Articles 10 and 11.
H:Article 14 – Termination
P:14.1 Either Party may terminate the Contract by registered letter if the other Party commits a material breach and fails to remedy it within thirty (30) days after a formal notice (mise en demeure).
P:14.2 The Customer may also terminate the Contract if the delay penalties under Article 5 reach their maximum.
H:Article 15 – Governing Law and Disputes
P:15.1 The present Contract is governed by the laws of the Republic of the Congo, including the OHADA Uniform Acts applicable there.
P:15.2 The Parties shall first seek an amicable settlement for thirty (30) days. Failing this, any dispute shall be finally settled by arbitration under the OHADA Uniform Act on Arbitration by three (3) arbitrators. The seat of arbitration is Brazzaville and the language of the proceedings is English.
H:Article 16 – Final Provisions
P:The present Contract enters into force on its signature by both Parties.
P:Done at Brazzaville and Nanning, in two (2) original copies in English, each Party retaining one.
P:For the Vendor: ____________________        For the Customer: ____________________
"""

H87E03 = """
T:COLD-ROOM MONITORING SYSTEM CONTRACT
P:Contract No. AIS/QD/2025/031
P:This Contract is made on the ____ day of __________ 2025 between:
P:(1) Aden Integrated Solutions Co. Ltd., Commercial Registration No. 11473 of the Aden Chamber of Commerce and Industry, Khormaksar, Aden, Republic of Yemen (the "Seller"); and
P:(2) Qingdao Harbourside Cold Chain Logistics Co., Ltd., Qianwan Port Area, Qingdao, Shandong, People's Republic of China (the "Buyer").
P:The Buyer operates a port cold store and has accepted the Seller's offer No. AIS-OF-0877 for a wireless monitoring system. The Seller and the Buyer therefore agree as follows.
H:1. Scope of Supply
P:1.1 The Seller shall supply, install and commission a wireless temperature and humidity monitoring system for the Buyer's thirty-eight (38) cold rooms and four (4) blast freezers operating between -30 °C and +4 °C. The system comprises sensors, door-contact sensors, LoRaWAN gateways, two monitoring servers and the ColdWatch monitoring software. The Seller shall also integrate alarms and temperature records with the Buyer's warehouse management system (WMS).
P:1.2 The following annexes form part of this Contract: Annex A (Technical Specification), Annex B (Site Plan and Sensor Positions), Annex C (Local Installation Partner).
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,050,000 (one million and fifty thousand Chinese Yuan). The price is fixed and includes packing, carriage and insurance to Qingdao, import duties and taxes, installation and commissioning.
P:2.2 The Contract Price is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Total (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, IP67|420|1,180|495,600
TB:2|Door-contact sensor|96|260|24,960
TB:3|Industrial LoRaWAN gateway, IP67, with PoE|14|9,800|137,200
TB:4|Monitoring server, rack-mounted, redundant power supply|2|46,500|93,000
TB:5|ColdWatch monitoring software licence, perpetual, 600 points|1|168,000|168,000
TB:Subtotal, equipment and licence||||918,760
TB:6|Installation, gateway cabling and commissioning|1 lot|86,240|86,240
TB:7|WMS integration (alarm and temperature record interface)|1 lot|45,000|45,000
TB:Contract Price||||1,050,000
H:3. Delivery and Installation
P:3.1 The Seller shall deliver the equipment CIP Qingdao within seventy-five (75) days after the signing of this Contract, and shall complete installation and commissioning within thirty (30) days after delivery.
P:3.2 If the Seller delays delivery or the completion of installation, the Seller shall pay the Buyer a penalty of 0.02 % of the Contract Price for each day of delay. The total penalty shall not exceed 5 % of the Contract Price.
P:3.3 Installation work inside the cold rooms shall be planned with the Buyer's operations manager so that no more than two rooms are opened at the same time.
H:4. Payment
P:4.1 Twenty per cent (20 %) of the Contract Price, CNY 210,000, as advance payment within fifteen (15) days after signing, against the Seller's invoice.
P:4.2 Seventy per cent (70 %), CNY 735,000, upon completion of installation, against the Installation Sheet signed by the Buyer's site representative.
P:4.3 Ten per cent (10 %), CNY 105,000, ninety (90) days after the Installation Date.
P:4.4 All payments shall be made by telegraphic transfer in CNY to the Seller's account stated in the invoice.
H:5. Installation and Acceptance
P:5.1 On completion of installation the Seller shall switch on all sensors and show the Buyer's site representative that each cold room and blast freezer reports readings on the ColdWatch dashboard.
P:5.2 The system shall be deemed accepted by the Buyer on the date on which the Installation Sheet is signed (the "Installation Date"). Minor items recorded on a punch list shall not delay acceptance and shall be completed by the Seller within fourteen (14) days.
H:6. Warranty
P:6.1 The Seller warrants the equipment and the software against defects in design, materials and workmanship for a period of six (6) months from the Installation Date.
P:6.2 During the warranty period the Seller shall repair or replace any defective item free of charge, including parts, labour and travel. Sensor batteries are consumables and are not covered by the warranty.
H:7. Maintenance and Support
P:7.1 During the warranty period and any maintenance year, the Seller shall provide support through its local partner named in Annex C and its support centre in Aden, at the following levels. Priority 1 (a gateway or a monitoring server is down, or alarms are not delivered for one or more cold rooms): response by telephone or remote connection within one (1) hour, engineer on site within six (6) hours, service restored within ten (10) hours. Priority 2 (failure of individual sensors): response within eight (8) hours and replacement within three (3) working days. Priority 3 (questions and minor issues): response within two (2) working days.
P:7.2 For each hour by which the Priority 1 response time or restoration time is exceeded, the Seller shall pay the Buyer CNY 500, which the Buyer may deduct from the payment under Clause 4.3 or from the maintenance fee.
P:7.3 After the warranty period the Buyer may order annual maintenance at a fee of CNY 91,876 per year, being ten per cent (10 %) of the equipment and licence subtotal, fixed for the first three (3) years after the warranty period. Annual maintenance covers two preventive visits per year, a calibration check of one tenth of the sensors at each visit, software updates and replacement parts other than batteries. Maintenance is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:8. Data
P:8.1 All temperature and humidity records, alarm logs and reports produced by the system belong to the Buyer. The monitoring servers are installed at the Buyer's premises.
P:8.2 The Seller may access the system remotely only through the Buyer's VPN, with the Buyer's approval for each session, using named accounts; all sessions are logged. The Seller shall not copy the Buyer's data to its own systems or use it for any purpose other than this Contract.
P:8.3 The Seller shall inform the Buyer within twenty-four (24) hours of any unauthorised access to, or loss or alteration of, the Buyer's data that comes to its knowledge, shall help the Buyer to restore the records, and shall be liable for the loss caused by its breach of this Clause.
H:9. Intellectual Property
P:9.1 The ColdWatch software remains the property of the Seller or its licensor. The Buyer receives a perpetual and non-exclusive licence for the number of points listed in Clause 2.2.
P:9.2 The WMS interface, the dashboards, alarm rules and configuration files prepared for the Buyer belong to the Buyer. The Seller shall hand over their source code and documentation, and the Buyer may modify them or have them modified by others.
H:10. Confidentiality
P:Each party shall keep confidential the commercial and technical information of the other party received under this Contract, including the Buyer's customer lists, storage plans and network details, and shall not disclose it to any third party without the other party's written consent. This obligation continues for three (3) years after the end of the Contract.
H:11. Subcontracting
P:The Seller shall not subcontract any part of the work without the Buyer's prior written consent, except the installation work to be performed by the local partner named in Annex C, which the Buyer approves by signing this Contract. The Seller remains responsible for its subcontractors.
H:12. Liability
P:Neither party shall be liable to the other for loss of profit or for indirect or consequential loss. This exclusion does not apply to spoilage of goods stored by the Buyer caused by the Seller's gross negligence, or to bodily injury.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Seller commits a material breach and fails to remedy it within twenty-one (21) days after the Buyer's notice, or if the delay penalty reaches its maximum under Clause 3.2.
H:14. Governing Law and Arbitration
P:14.1 This Contract shall be governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Contract shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The arbitration shall be conducted in English.
H:15. General
P:15.1 This Contract is made in English in two originals, one for each party, and enters into force on signature.
P:15.2 Amendments are valid only if made in writing and signed by both parties.
P:For the Seller: ____________________        For the Buyer: ____________________
P:Name / Title: ______________________        Name / Title: ______________________
"""

SOURCES = {"h87z01": H87Z01, "h87z02": H87Z02, "h87e01": H87E01, "h87e03": H87E03}
TARGETS = {"h87z01": ("h87z01_trading_centre_e_platform_integration.docx", "docx"),
           "h87z02": ("h87z02_steel_pipe_ultrasonic_inspection_supply.pdf", "pdf"),
           "h87e01": ("h87e01_cassava_starch_grading_licence_congo_vendor.docx", "docx"),
           "h87e03": ("h87e03_port_cold_room_sensors_yemen_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
