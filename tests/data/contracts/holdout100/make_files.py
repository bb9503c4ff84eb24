"""Builds the .docx and .pdf contracts of holdout100 from the small markup of ../word_pdf.py, so they can be made
again: h100z01 (.docx, price table + fault table), h100z02 (.pdf), h100e01 (.pdf), h100e03 (.docx, price table +
severity table). The .md and .txt contracts of this folder are plain files, not built here.

Run with /work/main/.venv/bin/python make_files.py (PDFs broken into lines at word boundaries, wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H100Z01 = """
T:宁州市人民防空警报控制系统升级改造项目合同
P:合同编号：NZRF-2025-JB017
P:甲方（采购人）：宁州市人民防空办公室
P:地址：宁州市政务服务中心东楼九层
P:乙方（供应商）：江苏鸣安防务科技有限公司
P:地址：南京市江宁区秣周东路18号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》等法律法规，以及宁州市人民防空警报控制系统升级改造项目（项目编号：NZCG-2025-0412）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与交付期限
P:1.1 乙方负责在宁州市主城区及两个县城的60个警报点位新建或更换防空警报器，配套安装警报控制终端，建设市级警报控制中心，部署警报控制平台软件，并实现平台与市应急广播系统、人防指挥信息系统的对接，使全市警报实现有线、无线和北斗短报文多通道集中控制。
P:1.2 本项目包括设备供货、运输、立杆及基础施工、供电改造、安装调试、系统集成、定制开发、人员培训以及质保期内的维护服务。设备清单、技术参数及点位表以招标文件和乙方投标文件为准。
P:1.3 乙方应在合同签订之日起一百二十日内完成全部点位的安装调试，并向甲方书面提交初验申请。
H:第二条 合同价格
P:2.1 本合同总价为人民币叁佰陆拾肆万元整（¥3,640,000.00），含税，为固定总价，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|电声警报器（600W）|48台|26,500|1,272,000
TB:2|多媒体警报器（含LED显示屏）|12台|58,000|696,000
TB:3|警报控制终端（有线/无线/北斗多通道）|60套|8,600|516,000
TB:4|警报控制中心服务器及存储|1套|286,000|286,000
TB:5|警报控制平台软件许可（永久）|1套|420,000|420,000
TB:|软硬件小计|||3,190,000
TB:6|定制开发（应急广播及人防指挥信息系统对接）|1项|168,000|168,000
TB:7|安装调试及系统集成（含立杆、基础及供电改造）|1项|254,000|254,000
TB:8|操作与维护培训|1项|28,000|28,000
TB:|合同总价|||3,640,000
P:2.2 合同总价已包含设备、软件、运输、安装、调试、集成、开发、培训及质保期内维护等全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币壹佰肆拾伍万陆仟元（¥1,456,000）。乙方应在收款前向甲方提交等额的银行预付款保函。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的百分之三十五，即人民币壹佰贰拾柒万肆仟元（¥1,274,000）。到货签收和安装完成不代表验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的百分之二十，即人民币柒拾贰万捌仟元（¥728,000）。
P:3.4 剩余合同总价的百分之五，即人民币壹拾捌万贰仟元（¥182,000）作为质量保证金，在质保期满且无未解决的质量问题后十五个工作日内无息支付。
H:第四条 验收
P:4.1 全部点位安装调试完成后，甲方组织初验。初验标准为：（1）设备品牌、型号、数量与投标文件一致；（2）每台警报器完成鸣响测试，声压级和有效覆盖半径符合招标文件及国家人民防空警报器相关标准的要求；（3）控制中心通过有线、无线、北斗三种通道分别对全网进行三次试鸣，每次均无遗漏点位；（4）控制中心向任一终端下达指令的时延不超过10秒；（5）与市应急广播系统、人防指挥信息系统的联动测试通过；（6）系统完成网络安全等级保护测评。
P:4.2 初验合格后系统进入六十日试运行期。试运行期内未发生一级故障、二级故障累计不超过三次的，甲方在试运行期满后十五个工作日内组织最终验收，并可邀请第三方检测机构参加。最终验收合格的，双方签署最终验收报告。
P:4.3 设备到货签收、安装完成、系统试运行以及甲方使用系统，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此发生的费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为自最终验收合格之日起三年（三十六个月）。质保期内，因设备或软件质量问题发生的故障，由乙方负责免费维修或更换，并承担备件、人工、差旅及高空作业等全部费用。
P:5.2 质保期内，乙方每半年对全部点位巡检一次，并在每年全市防空警报试鸣日前完成专项检查，试鸣当日派员在控制中心和重点点位现场保障。
P:5.3 质保期满后，甲方如委托乙方继续提供维护服务，年度维护费不超过软硬件小计的百分之八，即每年不超过人民币贰拾伍万伍仟贰佰元（¥255,200）。质保期满后的前两年按此标准执行，乙方不得上调。
H:第六条 故障响应
P:6.1 乙方设立7×24小时服务热线，并指定宁州本地服务负责人。故障等级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|警报控制中心无法下发控制指令，或同时有6台以上警报器无法鸣响|30分钟|2小时|8小时
TB:二级|单台警报器或单个控制终端故障|1小时|12小时|48小时
TB:三级|软件一般性问题、操作咨询|2小时|按约定|5个工作日
P:6.2 响应时间自甲方通过电话、邮件或运维平台报障时起算。乙方响应、到场或修复超时的，每超时一小时，甲方可按一级故障人民币800元、二级故障人民币300元的标准从应付款或质量保证金中扣除。
H:第七条 违约责任
P:7.1 乙方未按第1.3款约定期限完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:7.2 甲方未按约定付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:7.3 乙方提供的设备或软件不符合合同约定的，乙方应负责更换或修复，并赔偿由此给甲方造成的损失。
H:第八条 数据安全
P:8.1 警报点位信息、控制系统配置、通信参数、口令密钥、运行日志及控制记录等数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应落实访问控制、操作审计和数据加密等安全措施；远程维护须事先经甲方书面批准，并通过甲方指定的安全接入方式进行；乙方不得将上述数据复制或带离甲方场所；返修设备出场前应清除其中存储的数据。
P:8.3 发生数据泄露、篡改或系统被非法控制等安全事件的，乙方应在发现后一小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部损失和法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的人防工程信息、警报点位分布、控制方式、通信频率及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方参与本项目的人员应签署保密承诺书。保密义务在本合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的对接程序、源代码、配置文件及技术文档，其知识产权归甲方所有，乙方应在最终验收时一并移交，甲方可自行或委托第三方修改和使用。
P:10.2 警报控制平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的设备和软件不侵犯任何第三方的合法权益。
H:第十一条 分包
P:立杆及基础施工可由乙方分包给具有相应资质的单位，但须事先取得甲方书面同意；本合同其他任何部分均不得分包或转包。乙方对分包单位的工作质量和施工安全承担全部责任。
H:第十二条 合同解除
P:乙方严重违反本合同约定，经甲方书面催告后十五日内仍未改正的，或发生第7.1款约定的逾期超过六十日情形的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 招标文件、投标文件、中标通知书及双方确认的点位表均为本合同的组成部分。
P:甲方（盖章）：宁州市人民防空办公室　　乙方（盖章）：江苏鸣安防务科技有限公司
P:代表人：____________　　代表人：____________
"""

H100Z02 = """
T:竹地板表面缺陷在线检测系统采购及维保合同
P:合同编号：ZL-SB-2025-036
P:甲方：闽北竹隆竹业有限公司
P:住所：福建省建瓯市东峰镇竹木加工园区
P:乙方：苏州视衡智能装备有限公司
P:住所：江苏省苏州市工业园区星湖街328号
P:为提升竹地板产品的质量管控水平，甲方向乙方采购竹地板表面缺陷在线检测系统及相关维保服务。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、合同标的
P:（一）乙方为甲方四条竹地板生产线（两条砂光线、两条涂装线）各提供一套表面缺陷在线检测系统，包括线扫相机、光源、视觉工控机、缺陷检测软件、自动剔除及喷码装置、机械支架及防护罩，并负责缺陷样本标注、检测模型训练、安装调试和人员培训。
P:（二）系统应能在线识别竹地板表面的开裂、虫眼、炭化色差、节疤、拼缝不良、漏漆、流挂、划痕、气泡等缺陷，按甲方质量标准分级，并联动剔除装置和喷码装置完成分拣。
P:（三）乙方应在合同签订后四十五日内将全部设备运抵甲方工厂，到货后二十五日内完成安装调试并书面提交验收申请。
P:（四）乙方应为甲方培训操作及维护人员不少于8人，使其能够独立完成日常点检、光源清洁、参数调整和缺陷样本标注。
H:二、合同价格
P:（一）本合同总价为人民币壹佰叁拾万元整（¥1,300,000），含增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|8K线扫相机|16台|23,800|380,800
TB:2|LED线光源及控制器|16套|6,200|99,200
TB:3|视觉工控机（含GPU）|4台|36,500|146,000
TB:4|缺陷检测软件许可|4套|68,000|272,000
TB:5|自动剔除及喷码装置|4套|42,000|168,000
TB:6|机械支架及防护罩|4套|15,500|62,000
TB:设备及软件小计||||1,128,000
TB:7|缺陷样本标注及模型训练|1项|96,000|96,000
TB:8|安装调试|1项|58,000|58,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:合同总价||||1,300,000
P:（二）合同总价包含设备、软件、运输、保险、安装调试、模型训练、培训及质保期内的全部服务费用。质保期满后的维保费用按本合同第六条另行支付，不包含在合同总价内。
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的百分之二十五作为预付款，计人民币叁拾贰万伍仟元（¥325,000）。
P:（二）全部设备安装调试完成后，甲方支付合同总价的百分之四十五，计人民币伍拾捌万伍仟元（¥585,000）。安装调试完成不视为验收合格。
P:（三）系统终验合格后，甲方支付合同总价的百分之二十五，计人民币叁拾贰万伍仟元（¥325,000）。
P:（四）剩余百分之五，计人民币陆万伍仟元（¥65,000）作为质量保证金，在质保期满且无未决质量问题后十个工作日内无息支付。
H:四、验收
P:（一）安装调试完成后，系统连续试运行十五日，试运行结束后由甲方组织终验。
P:（二）终验标准：1. 每条生产线检测速度不低于36米/分钟，与生产线节拍匹配；2. 以甲方提供的3,000块标定样板（含各类缺陷）进行测试，漏检率不高于0.5%，误检率不高于2%；3. 剔除及喷码动作与检测结果一致，连续2,000块无错剔；4. 检测记录和缺陷图像可按批次追溯和导出；5. 试运行期间未发生导致整线检测中断的故障。
P:（三）设备到货、安装调试完成、试运行或甲方使用系统，均不视为终验合格。终验不合格的，乙方应在十日内整改并重新申请终验。
H:五、质量保证
P:（一）质保期为自终验合格之日起十八个月。质保期内，设备及软件出现故障的，由乙方免费维修或更换；相机、光源等部件非因甲方人为原因损坏的，乙方免费更换。
P:（二）质保期内，乙方每季度对检测模型复核和优化一次；甲方新增缺陷类型或更换产品规格的，乙方免费进行模型补充训练。
H:六、售后服务与维保
P:（一）乙方提供7×24小时电话和远程技术支持。一级故障（整条生产线检测中断），乙方应在1小时内远程响应，8小时内到达现场，24小时内恢复；二级故障（部分缺陷类型漏检或误检明显增加、剔除装置异常），乙方应在2小时内响应，48小时内处理完毕；其他问题在2个工作日内处理。
P:（二）乙方响应或到场超时的，每超时一小时，甲方可从应付款或质量保证金中扣除人民币800元。
P:（三）质保期满后，乙方继续为甲方提供三年维保服务，内容包括设备维修、相机和光源等易损件更换、检测模型优化及软件升级。年维保费为人民币叁拾壹万伍仟捌佰肆拾元（¥315,840），即设备及软件小计的百分之二十八，三年内不作调整。甲方于每个维保年度开始后十日内支付当年维保费。
P:（四）维保期间的故障响应要求与本条第（一）项相同。
P:（五）现场维修和巡检工作可由乙方委托其在福建省内的合作服务商实施，乙方应在委托前五个工作日书面告知甲方合作服务商的名称及人员，并对合作服务商的行为承担责任。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的百分之十。逾期超过四十日的，甲方有权解除合同。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）终验后因检测系统缺陷导致不合格产品流出的，乙方应配合甲方查明原因，并承担因其设备或软件缺陷造成的直接损失。
H:八、数据安全
P:（一）检测过程中产生的产品图像、缺陷样本、标注数据、检测记录和生产数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他客户的模型训练或任何其他目的。
P:（二）系统部署在甲方工厂内网。乙方远程维护须经甲方同意，并通过甲方提供的VPN账号进行，操作全程留存日志；乙方不得擅自拷贝或传出上述数据；返修的工控机和硬盘出厂前应清除数据。
P:（三）因乙方原因导致数据泄露或丢失的，乙方应在发现后2小时内通知甲方，采取补救措施，并赔偿甲方由此遭受的损失。
H:九、保密
P:双方对在履行本合同过程中知悉的对方技术资料、产品工艺、质量标准、价格及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。
H:十、知识产权
P:（一）缺陷检测软件的著作权归乙方所有，乙方授予甲方在本合同约定的生产线上永久使用的许可。
P:（二）乙方利用甲方样本为甲方定制训练的检测模型、模型参数、缺陷分级规则及标注数据集归甲方所有，甲方可自行或委托第三方使用、修改和继续训练。
P:（三）乙方保证其提供的设备和软件不侵犯任何第三方的知识产权。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南平仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、缺陷分级标准，均为本合同的组成部分。
P:甲方（盖章）：闽北竹隆竹业有限公司　　乙方（盖章）：苏州视衡智能装备有限公司
P:授权代表：____________　　授权代表：____________
"""

H100E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
P:OLEATRACE® Lot Traceability System – Contract No. OT-2025/CN-014
P:This Agreement is entered into in Palermo on ____________ 2025
P:BETWEEN
P:OLEATRACE S.r.l., a company incorporated under Italian law, with registered office at Via Libertà 171, 90143 Palermo (PA), Italy, VAT no. IT06523180829, in the person of its legal representative Mr Salvatore Lo Bianco (hereinafter the "Supplier");
P:AND
P:GANSU LONGNAN JINLAN OLIVE OIL CO., LTD., a company incorporated under the laws of the People's Republic of China, with registered office at Hanwang Town, Wudu District, Longnan, Gansu Province, PRC, in the person of its legal representative Ms Zhao Lihua (hereinafter the "Customer");
P:(each a "Party" and together the "Parties").
H:PREMISES
P:a) the Supplier develops and licenses OLEATRACE®, a software system for the traceability of olive oil from the grove to the bottle, in use at olive mills in Sicily, Apulia, Andalusia and Crete;
P:b) the Customer operates an olive mill with two continuous two-phase extraction lines and a bottling plant in Wudu District, and buys olives from about 1,300 registered growers;
P:c) the Customer wishes to trace each lot of oil back to the grower lots and forward to the bottles sold, and has chosen the Supplier after comparing several offers;
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 – Definitions
P:1.1 "Software" means the OLEATRACE® standard modules listed in Annex A (Grower Register, Olive Intake, Milling Log, Tank Management, Laboratory, Bottling and Labelling, Recall), in object code, with their Documentation and the Updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, Chinese label and QR-code templates, reports and other work products developed by the Supplier specifically for the Customer under Annex B, including their source code.
P:1.3 "Acceptance" means the signature of the Acceptance Certificate under Art. 7.
P:1.4 "Campaign" means the harvest and milling season, from 1 October to 31 January.
P:1.5 "Customer Data" means all data entered into or generated by the Software at the Customer's site, including grower records, weighings, lot and tank data, laboratory results and bottling records.
H:Art. 2 – Object
P:2.1 The Supplier grants the licence under Art. 3, develops the Custom Deliverables, installs the Software on the Customer's server, migrates the grower register and the 2024/25 lot records, trains the Customer's staff and provides the services under Arts. 8 and 9.
H:Art. 3 – Licence
P:3.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software at the mill and at the bottling plant for up to twenty (20) named users, for the Customer's own business.
P:3.2 The Customer may make copies of the Software for back-up and testing.
H:Art. 4 – Price
P:4.1 The total price of this Agreement is CNY 772,000 (seven hundred and seventy-two thousand Chinese yuan), fixed and inclusive of travel, subsistence and all taxes and duties (the "Contract Price"), broken down as follows:
TB:Item|Description|Amount (CNY)
TB:1|Software licence fee (perpetual, 20 named users)|412,000
TB:2|Interfaces: weighbridge, extraction-line PLCs, bottling-line label printers|168,000
TB:3|Configuration, Chinese localisation and data migration|96,000
TB:4|Installation and on-site commissioning (two engineers)|74,000
TB:5|Training for users and administrators|22,000
TB:Total|Contract Price|772,000
P:4.2 Annual support after the Warranty Period is not included in the Contract Price and is governed by Art. 9.
H:Art. 5 – Payment terms
P:5.1 The Contract Price shall be paid by bank transfer as follows:
P:a) 20% (CNY 154,400) as an advance payment within fifteen (15) days of signature of this Agreement, against the Supplier's invoice;
P:b) 55% (CNY 424,600) within twenty (20) days of the Installation Certificate, which records that the Software and the Custom Deliverables have been installed and the data migration completed. The Installation Certificate does not constitute Acceptance;
P:c) 25% (CNY 193,000) within twenty (20) days of Acceptance.
H:Art. 6 – Time schedule and penalties
P:6.1 The Supplier shall complete the installation within ninety (90) days of signature, and in any case so that Acceptance can take place by 20 September 2025, ahead of the Campaign.
P:6.2 For each calendar day of delay in achieving Acceptance after the date in Art. 6.1 for causes attributable to the Supplier, the Supplier shall pay a penalty of 0.1% (zero point one per cent) of the Contract Price, up to a maximum of 10% of the Contract Price.
H:Art. 7 – Acceptance
P:7.1 Within ten (10) days of the Installation Certificate the Parties shall carry out the acceptance tests in Annex D, which shall verify at least that:
P:a) for twenty (20) bottles chosen at random by the Customer, the system traces each bottle to the bottling lot, the storage tank, the milling batch and the grower lots of olives in less than three (3) minutes;
P:b) the mass balance of each test lot (olives received, oil produced, oil bottled and stock) reconciles within the tolerance stated in Annex D;
P:c) two hundred (200) consecutive weighings are transferred from the weighbridge without manual entry and without error;
P:d) labels with QR codes are printed correctly on the bottling line at nominal speed, and the consumer page shows the lot data in Chinese;
P:e) the system runs for ten (10) consecutive working days with real lots without any Severity 1 fault.
P:7.2 If the tests are passed, the Parties sign the Acceptance Certificate within five (5) days. If they fail, the Supplier shall correct the defects within fifteen (15) days and repeat the tests at its own cost.
P:7.3 Use of the Software in production before Acceptance, or payment of any instalment, does not constitute Acceptance.
H:Art. 8 – Warranty
P:8.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with the Documentation and with Annex B for a period of ninety (90) days from Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Supplier shall correct any reproducible defect free of charge and provide the support services under Art. 9 without any fee. After the Warranty Period, defect correction and support are provided only under the support contract referred to in Art. 9.
P:8.3 This warranty replaces the warranties for defects provided by Articles 1490 and following of the Italian Civil Code, except in case of fraud or gross negligence of the Supplier.
H:Art. 9 – Support and maintenance
P:9.1 From the end of the Warranty Period the Customer may subscribe to annual support and updates at a fee of 13% of the Software licence fee, i.e. CNY 53,560 per year, invoiced at the start of each support year. This fee is fixed for the first three (3) support years; any later change shall be agreed in writing and shall not exceed the annual change in the ISTAT FOI consumer price index.
P:9.2 Support is provided in English and Chinese, around the clock during the Campaign and from 08:00 to 18:00 China time on working days outside it.
P:9.3 Response times: Severity 1 (the mill cannot record olive intake, milling or bottling) – response within two (2) hours and a workaround within ten (10) hours; Severity 2 (a module is impaired but work continues) – response within one (1) working day; Severity 3 – correction in the next scheduled release.
P:9.4 For each full hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall credit the Customer CNY 500 against the next instalment or support invoice.
H:Art. 10 – Customer Data and personal data
P:10.1 Customer Data belongs to the Customer. The Supplier may access and process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The Software runs on the Customer's server at the mill. The Supplier shall access it remotely only through the Customer's VPN, in sessions approved in advance by the Customer's IT manager, with named accounts, and all sessions are logged. The Supplier shall not copy or transfer Customer Data outside the Customer's systems or outside the People's Republic of China.
P:10.3 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the PRC as regards growers' personal information, apply the security measures described in Annex E, and notify the Customer within twenty-four (24) hours of any security incident affecting Customer Data. The Supplier shall be liable for the damage caused by its breach of this Article.
H:Art. 11 – Confidentiality
P:11.1 Each Party shall keep confidential all technical, commercial and financial information of the other Party received in connection with this Agreement, use it only for the purposes of this Agreement and not disclose it to third parties without the other Party's prior written consent.
P:11.2 This obligation survives for five (5) years after the end of this Agreement.
H:Art. 12 – Intellectual property
P:12.1 The Software and all intellectual property rights in it remain with the Supplier.
P:12.2 The Custom Deliverables, including their source code, belong to the Customer from payment of the related instalment. The Supplier shall deliver their source code and documentation at Acceptance. The Customer may use and modify them, and have them modified by third parties, without restriction.
H:Art. 13 – Limitation of liability
P:13.1 Except for damage caused by wilful misconduct or gross negligence, which under Article 1229 of the Italian Civil Code cannot be excluded, the Supplier's total liability arising out of or in connection with this Agreement, including penalties, shall not exceed fifty per cent (50%) of the Contract Price.
P:13.2 Neither Party shall be liable for loss of profit or for indirect damage.
H:Art. 14 – Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Customer's prior written consent. The Customer hereby consents to the on-site cabling and control-panel work being carried out by Xi'an Ruiyuan Automation Co., Ltd., for whose work the Supplier remains responsible.
H:Art. 15 – Termination
P:15.1 If either Party fails to perform a material obligation and does not remedy the failure within thirty (30) days of a written notice, the other Party may terminate this Agreement by registered letter or certified e-mail, without prejudice to its claim for damages.
P:15.2 Pursuant to Article 1456 of the Italian Civil Code, the Customer may also terminate this Agreement by written declaration if the penalties under Art. 6.2 reach their maximum.
H:Art. 16 – Governing law and jurisdiction
P:16.1 This Agreement is governed by Italian law, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be subject to the exclusive jurisdiction of the Court of Palermo.
H:Art. 17 – Final provisions
P:17.1 This Agreement is drafted in English; any Chinese translation is for convenience only.
P:17.2 Annexes: A – Software modules; B – Custom Deliverables; C – Customer infrastructure; D – Acceptance tests; E – Security measures.
P:For the Supplier: ____________________    For the Customer: ____________________
P:Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 6.2 (penalties), Art. 8 (warranty), Art. 13 (limitation of liability), Art. 15 (termination) and Art. 16 (governing law and jurisdiction).
P:For the Customer: ____________________
"""

H100E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT
P:Water-quality monitoring buoy network – Rushan Bay oyster leases
P:Agreement No. DMS-CN-2025-07
H:Parties
P:Derwent Marine Systems Pty Ltd (ABN 41 163 502 877) of Level 2, 40 Melville Street, Hobart TAS 7000, Australia ("Derwent")
P:Rushan Haiyue Oyster Farming Co., Ltd. of No. 8 Haiyang Road, Rushan Port, Rushan City, Weihai, Shandong Province, People's Republic of China ("Customer")
H:Background
P:A. Derwent designs, supplies and maintains water-quality monitoring systems for shellfish growers in Tasmania, South Australia and New Zealand.
P:B. The Customer farms Pacific oysters on longlines in Rushan Bay and needs continuous monitoring of dissolved oxygen, temperature, salinity and algal blooms to manage its stock, its harvest timing and harvest closures.
P:C. In response to the Customer's request for quotation of 12 May 2025, Derwent has agreed to supply, install and maintain the System on the terms of this agreement.
H:1 Definitions and interpretation
P:1.1 In this agreement:
P:Acceptance means the signing of the Acceptance Certificate under clause 5.4.
P:Business Day means a day that is not a Saturday, Sunday or public holiday in Shandong Province.
P:Contract Price means CNY 820,000, the total in Schedule 1.
P:Customer Data means all readings, alarms, logs, lease and site information and other data collected or generated by the System or supplied by the Customer.
P:Custom Deliverables means the dashboards, alarm rules, harvest-closure report templates and data-export scripts developed for the Customer.
P:Equipment means the buoys, sensors, gateways, server and other items listed in Schedule 1.
P:Software means Derwent's ReefWatch monitoring software and the buoy firmware.
P:System means the Equipment, the Software and the Custom Deliverables, installed and working together.
P:Warranty Period means the period of twenty-four (24) months starting on the date of Acceptance.
H:2 Supply and installation
P:2.1 Derwent must supply the Equipment, install and moor eight buoys at the positions shown in Schedule 1, install the Software on the server at the Customer's shore base, develop the Custom Deliverables, commission the System and train the Customer's staff.
P:2.2 Derwent must deliver the Equipment to the Customer's shore base within seventy (70) days after signing and achieve Acceptance by 15 October 2025 (the Date for Acceptance).
P:2.3 The Customer must provide a berth, a work boat with crew on reasonable notice, power and a network connection at the shore base, and the lease coordinates.
H:3 Price and payment
P:3.1 The Contract Price is fixed. It includes freight, import duties, insurance up to Delivery, mooring hardware, travel and all taxes. Schedule 1 sets out the prices.
P:3.2 Derwent may invoice the Contract Price as follows:
P:(a) a deposit of 20% (CNY 164,000) after this agreement is signed;
P:(b) 50% (CNY 410,000) on Delivery of all Equipment to the shore base, checked against the packing list. Delivery is not acceptance of the Equipment;
P:(c) 25% (CNY 205,000) on Acceptance; and
P:(d) the retention of 5% (CNY 41,000) at the end of the Warranty Period, once all reported defects have been fixed.
P:3.3 The Customer must pay each correct invoice within 20 Business Days.
H:4 Delay
P:4.1 If Acceptance is not achieved by the Date for Acceptance, other than because of an act or omission of the Customer or a weather day recorded in the site diary, Derwent must pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:4.2 The parties agree that these liquidated damages are a genuine pre-estimate of the Customer's loss from delay and not a penalty.
H:5 Testing and Acceptance
P:5.1 After installation Derwent must carry out site acceptance tests under the test plan in Schedule 2, witnessed by the Customer.
P:5.2 The tests must show that:
P:(a) each sensor reading agrees with a calibrated reference instrument within the tolerances in Schedule 2, including dissolved oxygen ±0.2 mg/L, temperature ±0.1 °C and salinity ±0.3 PSU;
P:(b) over a reliability run of 14 consecutive days, each buoy delivers at least 95% of its scheduled ten-minute readings to the server;
P:(c) low-oxygen, high-temperature and salinity-drop alarms reach the nominated mobile phones within five minutes of the trigger;
P:(d) the harvest-closure report and the data export work as specified in Schedule 2.
P:5.3 If a test fails, Derwent must fix the defect and repeat the test at its own cost.
P:5.4 When all tests have been passed the Customer must sign an Acceptance Certificate within five Business Days. Delivery, installation, use of the System or payment of any invoice is not Acceptance.
H:6 Warranty
P:6.1 Derwent warrants that during the Warranty Period the System will be free from defects in design, materials and workmanship and will meet Schedule 2.
P:6.2 During the Warranty Period Derwent must repair or replace defective items free of charge, including parts, labour, vessel time and travel, and must recalibrate or swap the sensors every six months.
H:7 Support and maintenance
P:7.1 Derwent must provide support by telephone, WeChat and remote access. Faults are classified and handled as set out in Schedule 3. Response time runs from the Customer's report.
P:7.2 If Derwent misses a Severity 1 response time, it must credit the Customer CNY 600 for each hour or part of an hour of delay; if it misses an attendance time, CNY 300 for each Business Day of delay. Credits are deducted from the retention or from maintenance fees.
P:7.3 After the Warranty Period the Customer may order annual maintenance for up to three years at CNY 61,560 per year (9.5% of the Equipment and Licence subtotal in Schedule 1), fixed for those three years. Each year is ordered by purchase order; maintenance does not renew automatically.
P:7.4 Annual maintenance includes six-monthly sensor service, firmware and Software updates, and the response times in Schedule 3.
H:8 Customer Data and security
P:8.1 Customer Data belongs to the Customer. Derwent may use it only to perform this agreement.
P:8.2 The server is located at the Customer's shore base. Derwent may access it remotely only through the Customer's VPN with multi-factor authentication, in sessions approved by the Customer, and must keep a log of each session. Derwent must not copy Customer Data off the Customer's systems or transfer it outside the PRC.
P:8.3 Derwent must apply the security measures in Schedule 2, comply with PRC data-protection law, notify the Customer within 24 hours of any security incident affecting Customer Data, and is liable for loss caused by its breach of this clause 8.
H:9 Confidentiality
P:9.1 Each party must keep confidential the other party's confidential information, including the Customer's lease positions, stock and production figures and Derwent's pricing, and may use it only for this agreement.
P:9.2 This clause survives termination for five years.
H:10 Intellectual property
P:10.1 Derwent keeps the intellectual property in the Software and in its Equipment designs, and grants the Customer a perpetual, royalty-free licence to use the Software with the System, transferable with the System.
P:10.2 The Custom Deliverables belong to the Customer when created. Derwent must hand over their source files at Acceptance. The Customer may use, modify and license them freely, including to another maintainer.
H:11 Subcontracting
P:11.1 Derwent may use Weihai Haixing Marine Engineering Co., Ltd. for mooring and on-water work, which the Customer approves by signing this agreement. Derwent must not subcontract any other part of its obligations without the Customer's prior written consent, and it remains responsible for the work of all subcontractors.
H:12 Liability
P:12.1 Derwent's total aggregate liability under or in connection with this agreement is limited to 150% of the Contract Price. The limit does not apply to death or personal injury, wilful misconduct, or a breach of clause 8 or clause 9.
P:12.2 Neither party is liable for loss of profit or consequential loss, except that loss of oyster stock caused by Derwent's breach is treated as direct loss.
H:13 Termination
P:13.1 The Customer may terminate this agreement by notice if Derwent commits a material breach and does not remedy it within 20 Business Days after notice, or if the liquidated damages reach the maximum under clause 4.1.
P:13.2 Either party may terminate this agreement by notice if the other party becomes insolvent.
H:14 Governing law and disputes
P:14.1 This agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute is to be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force. The arbitration is to be conducted in English and Chinese.
H:15 General
P:15.1 This agreement, with its Schedules, is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
H:Schedule 1 – Equipment and prices
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (DO, temperature, salinity, pH, chlorophyll-a, turbidity), solar powered, 4G/LoRa|8|46,500|372,000
TB:2|Spare sensor set (DO and conductivity)|4|18,200|72,800
TB:3|Shore gateway and LoRa base station|2|27,600|55,200
TB:4|Monitoring server with ReefWatch software licence (perpetual)|1|148,000|148,000
TB:|Equipment and Licence subtotal|||648,000
TB:5|Mooring and deployment at eight positions|1|86,000|86,000
TB:6|Custom Deliverables (dashboards, alarm rules, harvest-closure reports)|1|54,000|54,000
TB:7|Commissioning and training|1|32,000|32,000
TB:|Contract Price|||820,000
P:Schedule 2 (specification, test plan and security measures) is attached separately.
H:Schedule 3 – Fault severity and response
TB:Severity|Definition|Response|Remote restoration|On-water attendance
TB:Severity 1|Server down, three or more buoys not reporting, or alarms not being sent|2 hours|8 hours|48 hours, sea state permitting
TB:Severity 2|One or two buoys not reporting, or a sensor outside tolerance|8 business hours|2 Business Days|5 Business Days
TB:Severity 3|Other faults and questions|2 Business Days|Next update|Next scheduled service
P:Signed for Derwent Marine Systems Pty Ltd by its director: ____________________
P:Signed for Rushan Haiyue Oyster Farming Co., Ltd. by its legal representative: ____________________
"""

SOURCES = {"h100z01": H100Z01, "h100z02": H100Z02, "h100e01": H100E01, "h100e03": H100E03}
TARGETS = {"h100z01": ("h100z01_civil_air_defence_siren_control_integration.docx", "docx"),
           "h100z02": ("h100z02_bamboo_flooring_defect_inspection_supply_maintenance.pdf", "pdf"),
           "h100e01": ("h100e01_olive_oil_lot_traceability_licence_palermo_vendor.pdf", "pdf"),
           "h100e03": ("h100e03_oyster_farm_water_quality_buoys_hobart_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
