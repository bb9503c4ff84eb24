"""Builds the Word and PDF contracts of holdout33 from the markup sources below (see ../word_pdf.py):
h33z01 and h33e02 as .docx with Word tables (price list, fault / severity levels), h33z04 and h33e04 as .pdf with
paragraphs broken at word boundaries. The .md and .txt contracts of this folder are written directly.
Run with /work/main/.venv/bin/python make_files.py (writes next to this file)."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H33Z01 = """
T:变电站智能巡检机器人系统集成项目合同
P:合同编号：CNDL-2025-XJ-0417
P:甲方（采购人）：川南省电力有限公司
P:乙方（供应商）：杭州巡安智能科技有限公司
P:根据《中华人民共和国民法典》、甲方2025年第二批物资及服务招标文件和乙方投标文件，甲乙双方就甲方所属十二座220kV变电站智能巡检机器人系统集成项目，经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责为甲方所属十二座220kV变电站提供室外轮式巡检机器人、室内挂轨巡检机器人、充电房、站端边缘服务器及集中监控平台软件，并完成安装调试、三维点位地图建模、与甲方变电站集控系统及PMS设备管理系统的接口开发和运维人员培训。
P:1.2 设备清单、技术参数及各站配置以附件一《技术规范书》为准。乙方所供设备须为全新、原厂正品，巡检机器人须具备有效的第三方型式试验报告。
P:1.3 乙方应在合同生效后九十日内完成全部设备到货，一百五十日内完成全部站点安装调试并提交初验申请。
H:第二条 合同价款
P:2.1 本合同总价为人民币陆佰陆拾柒万陆仟元整（¥6,676,000.00），含增值税，包括设备、软件许可、运输、保险、安装调试、接口开发、培训及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|室外轮式巡检机器人（含可见光及红外双光谱云台）|12台|268,000|3,216,000
TB:2|室内挂轨巡检机器人|8台|156,000|1,248,000
TB:3|充电房及自动充电桩|12套|18,500|222,000
TB:4|站端边缘服务器|12台|42,000|504,000
TB:5|集中监控平台软件许可（永久）|1套|680,000|680,000
TB:|软硬件小计|||5,870,000
TB:6|集控系统及PMS接口定制开发|1项|356,000|356,000
TB:7|安装调试及点位地图建模|12站|—|412,000
TB:8|运维人员培训|1项|38,000|38,000
TB:|合计|||6,676,000
P:2.2 合同总价为固定价格，不因人工、材料或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行保函及发票后，甲方向乙方支付合同总价的百分之三十五作为预付款，即人民币贰佰叁拾叁万陆仟陆佰元（¥2,336,600）。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的百分之二十，即人民币壹佰叁拾叁万伍仟贰佰元（¥1,335,200）。到货签收仅确认设备数量及外观，不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的百分之四十，即人民币贰佰陆拾柒万零肆佰元（¥2,670,400）。
P:3.4 剩余百分之五，即人民币叁拾叁万叁仟捌佰元（¥333,800）作为质量保证金，质保期满且乙方无未了责任后十个工作日内无息支付。
H:第四条 交货、安装与调试
P:4.1 交货地点为甲方指定的各变电站。乙方负责运输、装卸及现场保管，设备到站前三日书面通知甲方运维单位。
P:4.2 乙方进站作业须遵守电力安全工作规程（变电部分），办理工作票，经甲方运维人员许可并在其监护下进行，不得触碰运行设备。
P:4.3 乙方完成各站点位地图建模后，应与甲方共同核对巡检点位（包括表计、刀闸位置、红外测温点），核对结果作为验收依据。
H:第五条 验收
P:5.1 初验：各站安装调试完成后，由甲方组织现场测试，内容包括：（一）巡检点位覆盖与附件一一致；（二）表计读数识别准确率不低于百分之九十八；（三）红外测温误差不超过±2℃；（四）自主充电及异常返航功能正常；（五）机器人告警在三十秒内推送至集控系统。全部测试项合格后签署初验报告。
P:5.2 试运行：初验合格后进入为期九十日的试运行。试运行期间未发生一级故障、二级故障均按第七条规定时限处理完毕的，乙方方可申请最终验收。
P:5.3 最终验收：试运行期满后十五日内，甲方依据附件一技术规范、初验报告和试运行记录组织最终验收，合格后签署最终验收证书。设备到货、安装完成或投入试运行均不视为验收合格。
P:5.4 验收不合格的，乙方应在二十日内整改并重新申请验收；因乙方原因两次验收不合格的，甲方有权解除合同。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自最终验收证书签署之日起计算。质保期内乙方免费提供设备维修、零部件更换、软件升级及现场技术支持。
P:6.2 质保期内因质量问题更换的部件，其质保期自更换之日起重新计算。
P:6.3 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的百分之八，即每年不超过人民币肆拾陆万玖仟陆佰元（¥469,600）；质保期满后前两年按此价格执行，不得上调，此后价格由双方另行协商。维保合同由双方另行签订，不自动续期。
H:第七条 运维服务水平
P:7.1 乙方应设立全天候服务热线，并在本省设立备品备件库。故障分级及处理时限如下表：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|集中监控平台瘫痪，或单站机器人全部无法巡检|30分钟|6小时|二十四小时
TB:二级|单台机器人故障，或识别、测温数据异常|2小时|二十四小时|48小时
TB:三级|一般功能缺陷或咨询|8小时|按约定|5个工作日
P:7.2 乙方每超过响应、到场或修复时限一小时，甲方有权从质量保证金中扣除人民币壹仟元；质量保证金不足扣除的，乙方应另行支付。
P:7.3 乙方每季度提交运行分析报告，包括故障统计、识别准确率及改进措施。
H:第八条 数据安全
P:8.1 巡检图像、视频、红外测温数据、表计读数、点位地图及设备台账等数据均属甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:8.2 系统部署须符合电力监控系统安全防护规定及甲方安全分区、网络专用、横向隔离、纵向认证的要求。乙方远程维护须经甲方逐次审批，并通过甲方堡垒机进行，全程记录。
P:8.3 乙方应采取加密、访问控制和日志审计等措施保障数据安全。发生数据泄露、篡改或网络安全事件的，乙方应在两小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律后果。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方电网结构、变电站布置、设备参数、网络拓扑、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内持续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 知识产权
P:10.1 集中监控平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方所属全部变电站。
P:10.2 乙方为本项目开发的接口程序及其源代码、点位地图、巡检任务模板和技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第十一条 分包
P:乙方不得转包本项目。充电房基础等土建工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。逾期超过六十日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.3 乙方在本合同项下的累计赔偿责任总额（含违约金）不超过合同总价的百分之五十，但乙方故意或重大过失、人身伤亡及违反第八条、第九条的情形除外。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除本合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。附件一《技术规范书》、附件二《分项报价表》、附件三《安全协议》为本合同组成部分。
P:15.2 本合同一式八份，甲方六份，乙方二份，具有同等法律效力。
P:甲方（盖章）：川南省电力有限公司　　　　乙方（盖章）：杭州巡安智能科技有限公司
P:签订日期：2025年　月　日
"""

H33Z04 = """
T:诉讼服务中心设备运行维护服务合同
P:政府采购项目编号：JCCG2025-FW-0612
P:采购人（甲方）：江川省高级人民法院
P:供应商（乙方）：江川鼎诚信息技术服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江川省高级人民法院诉讼服务中心设备运行维护服务事宜，签订本合同。
H:第一条 服务内容
P:1.1 运维对象为甲方诉讼服务中心（一站式诉讼服务大厅及各诉讼服务分中心）在用的自助立案一体机、自助缴费终端、智能排队叫号系统、诉讼材料收转及扫描设备、远程视频调解及网上开庭终端、信息发布大屏、查询终端、打印复印设备及配套网络设备，共计二百三十六台（套），清单见附件一。
P:1.2 服务内容包括：驻场运维、预防性巡检、故障诊断与维修、备品备件更换、设备软件升级配合、设备移机及重大活动保障，以及运维台账、运维文档和知识库的建立与维护。
P:1.3 本合同为服务合同，不涉及设备采购。设备尚在原厂质保期内的，由乙方负责联系原厂维修并跟踪处理结果。
H:第二条 服务期限
P:服务期限为二十四个月，自2025年7月1日起至2027年6月30日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，按政府采购有关规定另行组织采购。
H:第三条 合同价款
P:3.1 合同总价为人民币壹佰零捌万陆仟元整（¥1,086,000.00），为固定总价，包括驻场人员费用、巡检费用、备品备件、工具仪表、交通、税费及乙方履行本合同的全部费用。
P:3.2 分项价格：（1）驻场运维：二人×二十四个月×每人每月14,500元，计696,000元；（2）季度预防性巡检：八次×每次18,000元，计144,000元；（3）备品备件包干费：186,000元；（4）远程监控及工单平台服务：二十四个月×每月2,500元，计60,000元。
H:第四条 付款方式
P:4.1 本合同不设预付款。
P:4.2 服务费按季度支付，每季度服务费为人民币壹拾叁万伍仟柒佰伍拾元（¥135,750）。每季度结束后，甲方依据第五条考核结果，在收到乙方发票后十个工作日内支付当季服务费扣除考核扣款后的金额。
P:4.3 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第五条 进场与验收
P:5.1 乙方应于2025年6月25日前完成驻场人员进场、设备清点及运维台账建立，并提交运维方案和应急预案。
P:5.2 进场验收：甲方对乙方人员资质、台账与附件一的一致性、运维方案和应急预案进行核验，核验合格后签署进场确认单。
P:5.3 季度考核验收：甲方按附件二《运维服务考核细则》每季度对乙方服务进行考核，考核内容包括故障响应及修复时效、巡检完成情况、台账准确性及当事人、法官满意度。考核得分九十分以上为合格；八十分以上不足九十分的，扣减当季服务费百分之五；不足八十分的，扣减当季服务费百分之十。
P:5.4 终期验收：服务期满前十五日内，乙方应提交设备状况评估报告，并移交全部运维台账、文档、知识库及账号口令，经甲方核验完整、准确后签署终期验收单。
H:第六条 服务水平
P:6.1 驻场时间为工作日8:00至18:00，驻场人员二人；遇集中开庭日、重大活动或甲方临时通知，乙方应相应延长驻场时间。
P:6.2 一级故障指自助立案、网上开庭或远程调解设备中断，或排队叫号系统整体瘫痪，影响当事人办理诉讼事务的故障。一级故障发生时，驻场人员应在十五分钟内到达现场响应，一小时内恢复或启用备用设备。
P:6.3 二级故障指单台终端或单个功能模块故障，乙方应在三十分钟内响应，当日修复；三级故障指一般性问题或咨询，乙方应在两个工作日内处理完毕。
P:6.4 非驻场时间发生一级故障的，乙方值班工程师应在十五分钟内电话响应，两小时内到达现场处理。
P:6.5 乙方每季度巡检不少于一次，覆盖全部运维设备，巡检报告经甲方签字确认。
P:6.6 遇重大活动、上级检查或集中开庭，乙方应按甲方要求增派不少于一名技术人员现场保障，费用已包含在合同总价中。
P:6.7 乙方未在规定时限内响应或修复的，每发生一次扣减当季服务费人民币伍佰元；一级故障超过恢复时限的，每超过一小时另扣人民币壹仟元。扣款在当季服务费中直接扣除。
H:第七条 备品备件
P:7.1 乙方应在甲方现场储备常用备件，备件清单见附件三，备件费用已包含在合同总价中。
P:7.2 更换下来的含存储介质的部件（硬盘、存储卡等）一律留存甲方，由甲方按规定销毁，乙方不得带离。
H:第八条 数据安全
P:8.1 设备中存储和处理的诉讼材料、案件信息、当事人个人信息及音视频记录均属甲方所有。乙方人员仅可为运维目的在必要范围内接触，不得查阅与运维无关的案件信息，不得复制、拍摄、留存或向任何第三方提供。
P:8.2 乙方人员须使用甲方提供的专用运维终端和账号开展工作，运维操作全程记录；严禁将运维终端接入互联网或使用个人存储介质。
P:8.3 乙方应建立数据安全管理制度并对驻场人员进行培训。发生数据泄露、丢失或其他安全事件的，乙方应立即采取处置措施并在一小时内书面报告甲方；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第九条 保密
P:9.1 乙方对在服务过程中知悉的审判工作秘密、案件信息、甲方网络结构及安全配置负有保密义务，未经甲方书面同意不得以任何方式披露。
P:9.2 驻场人员须签署保密承诺书并经甲方审查。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:乙方在服务过程中形成的运维台账、运维文档、巡检报告、知识库条目及运维脚本，其知识产权归甲方所有。乙方应在服务期满时完整移交，甲方可自行使用或交由后续服务商使用。
H:第十一条 人员管理
P:乙方驻场人员应具备相应资质，名单经甲方审核确认；乙方更换驻场人员须提前十日书面征得甲方同意，并做好工作交接。
H:第十二条 分包
P:乙方不得将本合同项下服务转包或分包给任何第三方。
H:第十三条 违约责任
P:13.1 乙方未按第五条第5.1款约定时间完成进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:13.2 驻场人员缺岗的，每人每日扣减服务费人民币陆佰元。
P:13.3 乙方违反第八条、第九条约定的，除承担赔偿责任外，甲方有权解除合同。
P:13.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十四条 合同解除
P:14.1 乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:14.2 合同解除的，乙方应在十日内完成交接，甲方按实际服务期结算服务费。
P:14.3 因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在不可抗力影响范围内免除责任。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江川仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，并按政府采购有关规定公告。
P:16.2 附件一《运维设备清单》、附件二《运维服务考核细则》、附件三《备品备件清单》及磋商文件、响应文件为本合同组成部分。
P:16.3 本合同一式四份，甲方三份，乙方一份。
P:甲方（盖章）：江川省高级人民法院　　　　乙方（盖章）：江川鼎诚信息技术服务有限公司
P:日期：2025年　月　日
"""

H33E02 = """
T:Supply, Licence and Support Contract - Furnace Vision Monitoring System
P:Contract No. HX-EQ-2025-117
P:This Contract is made on ____ 2025 between:
P:Hebei Huaxin Float Glass Co., Ltd., a company established in the People's Republic of China with its registered office in Shahe, Hebei Province (the "Buyer"); and
P:Optiscan Industrial Vision (Suzhou) Co., Ltd., a company established in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Supplier").
P:The Buyer operates two float-glass lines (Line 1 with a melting capacity of 600 tonnes per day and Line 2 with 900 tonnes per day). Following a competitive tender (Tender No. HX-2025-T-031), the Buyer has selected the Supplier to supply, install and support a vision monitoring system for the melting furnaces and tin baths of both lines. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the cameras, sensors, cooling jackets, edge servers and accessories listed in Annex 1.
P:1.2 "Software" means the Supplier's FurnaceSight analytics software, including its thermal-mapping, batch-blanket and flame-pattern modules, licensed under Article 11.
P:1.3 "System" means the Equipment and the Software, installed, configured and connected to the Buyer's distributed control system ("DCS").
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Article 6.3.
P:1.5 "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System on both lines, build the OPC UA interface to the Buyer's DCS, and train the Buyer's furnace operators and instrument engineers.
P:2.2 All Equipment shall be new, of the models stated in Annex 1, and suitable for continuous operation at the furnace crown, breast walls and tin-bath roof, with the water cooling and air purge supplied by the Supplier.
P:2.3 Installation on the running furnaces shall be carried out under the Buyer's hot-work permit procedure and only in time windows agreed with the Buyer's production department, so that glass production is not interrupted.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,850,000 (two million eight hundred and fifty thousand yuan), including VAT, transport, insurance, installation and all other costs of the Supplier. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Furnace thermal-imaging camera, water-cooled, with air purge|6|186,000|1,116,000
TB:2|Batch-blanket and flame vision sensor|4|128,000|512,000
TB:3|Tin-bath inspection camera|2|164,000|328,000
TB:4|Edge computing server|2|58,000|116,000
TB:5|FurnaceSight software, perpetual licence for two lines|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||2,492,000
TB:6|Installation, cooling jackets and commissioning|1 lot|236,000|236,000
TB:7|DCS interface (OPC UA), configuration and testing|1 lot|98,000|98,000
TB:8|Training of operators and engineers|1 lot|24,000|24,000
TB:|Contract Price|||2,850,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for changes in exchange rates, labour or material costs.
H:Article 4 Payment
P:4.1 Twenty percent (20%) of the Contract Price, CNY 570,000, is payable within fifteen (15) business days after signature, against the Supplier's invoice and an unconditional bank guarantee of the same amount, valid until the installation certificate is issued.
P:4.2 Forty-five percent (45%), CNY 1,282,500, is payable after all Equipment has been delivered and installed on both lines and the Buyer has signed the installation certificate. The installation certificate confirms completeness and installation only and is not acceptance.
P:4.3 Thirty-five percent (35%), CNY 997,500, is payable within thirty (30) days after Final Acceptance.
P:4.4 Each payment is made by bank transfer against a valid VAT special invoice.
H:Article 5 Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within seventy-five (75) days after signature and complete installation and commissioning within one hundred and twenty (120) days after signature.
P:5.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer or to force majeure, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of ten percent (10%) of the Contract Price. The Buyer may deduct such damages from any payment due.
P:5.3 If the delay exceeds sixty (60) days, the Buyer may terminate this Contract under Article 15 in addition to claiming liquidated damages.
H:Article 6 Acceptance
P:6.1 After commissioning, the Supplier shall carry out site acceptance tests according to the test plan in Annex 2, witnessed by the Buyer, including: (a) readings of each thermal camera compared with the Buyer's calibrated thermocouples, with a deviation of not more than plus or minus 5 degrees Celsius over the measuring range; (b) complete image coverage of the crown, breast walls, throat and tin-bath zones specified in Annex 1; (c) correct triggering of batch-blanket and flame-pattern alarms in the test scenarios; (d) data transfer to the DCS at a refresh interval of not more than two (2) seconds; and (e) automatic retraction of the cameras on loss of cooling water.
P:6.2 After successful site acceptance tests, the System shall run for a trial period of sixty (60) consecutive days on both lines without a Severity 1 incident.
P:6.3 Within ten (10) days after the trial period, the Buyer shall issue a Final Acceptance certificate or a written list of defects. The Supplier shall remedy listed defects, and the relevant tests and trial period shall be repeated. Delivery, installation, commissioning or the Buyer's use of the System in production shall not be deemed acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the System for twenty-four (24) months from the date of Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment, including camera lenses, cooling jackets and sensors damaged in normal operation, and provide Software updates and corrections free of charge.
P:7.2 Replaced parts are warranted for the rest of the warranty period or six (6) months, whichever is longer.
H:Article 8 Support Service Levels
P:8.1 During the warranty period and any paid support period, the Supplier shall operate a support hotline at all times and keep spare cameras and cooling jackets at its Tianjin service centre. Incidents are classified and handled as follows:
TB:Severity|Definition|Response|Engineer on site|Workaround or repair
TB:Severity 1|Loss of thermal or image data from a furnace or tin bath in production, or failure of the DCS interface|30 minutes|8 hours|10 hours
TB:Severity 2|Failure of a single sensor or camera with redundant coverage, or degraded accuracy|2 hours|Next day|3 days
TB:Severity 3|Minor defect, question or change request|1 business day|As agreed|Next release
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response, on-site or repair time, it shall pay the Buyer CNY 1,500; for Severity 2, CNY 500 per hour. These amounts are deducted from the next payment or paid within thirty (30) days.
P:8.3 The Supplier shall provide a quarterly incident report, including root causes and preventive actions.
H:Article 9 Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support on the terms of Article 8. The annual support fee is 9.5 % of the Hardware and Licence Subtotal, being CNY 236,740 per year, and shall not be increased during the first three (3) years after the warranty period. Any later change requires the written agreement of both parties.
P:9.2 Support is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:Article 10 Data and Security
P:10.1 All process data, images, temperature records and alarm logs generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, retain or disclose them or use them for any other purpose, including training models for other customers.
P:10.2 The System is installed in the Buyer's production network. Remote access by the Supplier is permitted only through the Buyer's jump server, with approval for each session, multi-factor authentication and session recording. The Supplier shall not connect any modem, wireless device or other external connection to the System.
P:10.3 The Supplier shall keep its support tools free of malware, apply the security patches agreed with the Buyer, and notify the Buyer of any security incident affecting the System within twelve (12) hours after becoming aware of it. The Supplier is liable for all losses caused by a security incident resulting from its breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The Software and its documentation remain the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software on both lines and on any replacement hardware at the Buyer's plant.
P:11.2 The furnace-specific models, alarm rules, DCS interface configuration and scripts developed under this Contract belong to the Buyer, which may use, modify and have them modified by third parties without restriction. The Supplier shall deliver them with their documentation at Final Acceptance.
P:11.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's intellectual property rights.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, in particular the Buyer's furnace design, operating parameters and production data, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the end of this Contract.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to one hundred and fifty percent (150%) of the Contract Price. The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Articles 10 and 12.
P:13.2 Neither party is liable for loss of profit or other indirect loss, except in the cases excluded from the limit in Article 13.1.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after notice, or in the case described in Article 5.3.
P:15.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the undelivered or rejected part of the System and compensate the Buyer's losses.
H:Article 16 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five (5) days and is excused for the duration of the event. If the event lasts more than ninety (90) days, either party may terminate this Contract by written notice.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final and binding.
H:Article 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:18.2 Annexes: Annex 1 Equipment List and Installation Points; Annex 2 Acceptance Test Plan; Annex 3 Training Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H33E04 = """
T:Software Licence and Implementation Agreement
P:Ticketing and Patron CRM System
P:Agreement No. QOH-IT-2025-08
P:This Agreement is made on ____ 2025 between:
P:Qiantang Grand Opera House Co., Ltd., a company established in the People's Republic of China with its registered office in Hangzhou, Zhejiang Province (the "Customer"); and
P:Encore Ticketing Systems Limited, a company incorporated in England and Wales with its registered office in London, United Kingdom (the "Vendor").
P:The Customer runs three auditoria (the Grand Hall with 1,820 seats, the Drama Theatre with 860 seats and the Studio with 280 seats) and sells tickets, memberships and subscription packages to the public. The Customer wishes to replace its box-office system and patron database with the Vendor's products. The parties agree as follows.
H:1. Definitions
P:1.1 "Licensed Software" means the Vendor's Encore Box Office, Encore Patron CRM, Memberships and Subscriptions module and Fundraising module, in object code, with documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the seat maps, price-zone and discount configurations, report templates, interfaces and migration scripts developed or configured by the Vendor for the Customer under this Agreement.
P:1.3 "Go-Live" means the first public on-sale of tickets through the Licensed Software.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Clause 6.3.
P:1.5 "Patron Data" means all personal and transactional data of the Customer's patrons, members and donors.
P:1.6 "Total Fees" means the total of the fees in Clause 3.1.
H:2. Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the Customer's venues and online sales channels, without limit on the number of users or tickets sold.
P:2.2 The Vendor shall install the Licensed Software on the Customer's servers in Hangzhou, configure it, build seat maps for the three auditoria, build interfaces to the Customer's WeChat mini-program, to its payment gateway (WeChat Pay, Alipay and UnionPay) and to its finance system, migrate approximately 1.2 million patron records and ten years of transaction history from the legacy system, and train the Customer's box-office, marketing and development staff.
P:2.3 The implementation is carried out according to the project plan in Schedule 2. The Vendor shall provide a project manager who speaks Mandarin and is based in China for the duration of the implementation.
H:3. Fees
P:3.1 The fees, payable in Renminbi, are:
P:(a) Licence fee, Box Office and Patron CRM: CNY 1,560,000;
P:(b) Licence fee, Memberships and Subscriptions module and Fundraising module: CNY 340,000 (together with (a), the "Licence Fees" of CNY 1,900,000);
P:(c) Implementation and configuration, including seat maps: CNY 620,000;
P:(d) Interfaces (mini-program, payment gateway, finance system): CNY 280,000;
P:(e) Data migration: CNY 96,000;
P:(f) Training: CNY 44,000.
P:3.2 The Total Fees are CNY 2,940,000, inclusive of all taxes payable by the Vendor in China. The fees are fixed. Travel and living expenses of the Vendor's staff are included.
H:4. Payment
P:4.1 Twenty percent (20%) of the Total Fees, CNY 588,000, is payable within thirty (30) days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 Forty percent (40%), CNY 1,176,000, is payable after Go-Live. Go-Live is not acceptance.
P:4.3 Forty percent (40%), CNY 1,176,000, is payable within thirty (30) days after Final Acceptance.
P:4.4 The Customer may withhold from any payment the taxes it is required to withhold under PRC law and shall provide the Vendor with the tax certificates.
H:5. Implementation and Delay
P:5.1 Go-Live shall take place no later than the date in Schedule 2, which is before the on-sale of the Customer's next subscription season.
P:5.2 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08 % of the Total Fees for each day of delay, up to a maximum of eight percent (8%) of the Total Fees. The Customer may deduct these damages from any payment.
H:6. Acceptance
P:6.1 Before Go-Live the Vendor shall carry out the tests in Schedule 3, including a load test demonstrating that the system sells at least 3,000 tickets per minute during a simulated on-sale without error.
P:6.2 Final Acceptance requires, after Go-Live: (a) seat maps, price zones and holds verified by the Customer for all three auditoria; (b) daily reconciliation of all ticket sales with the payment gateway and the finance system for thirty (30) consecutive days without unexplained differences; (c) migrated patron records, memberships and purchase histories reconciled against the legacy system by count and by a sample of 500 records checked field by field; (d) all reports in Schedule 3 delivered; and (e) no open Severity 1 or Severity 2 defect.
P:6.3 Within ten (10) business days after the Vendor's written notice that the criteria are met, the Customer shall issue a Final Acceptance certificate or list the criteria that are not met. Go-Live, use of the Licensed Software in production or any payment does not constitute acceptance.
H:7. Warranty and Support during Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the documentation and the specifications in Schedule 1 for eighteen (18) months from Final Acceptance, and shall correct any defect free of charge during that period.
P:7.2 During the warranty period the Vendor shall provide support at all hours of the day and night, including weekends and public holidays. Severity 1 means that tickets cannot be sold or scanned at a venue or online. Severity 1 incidents shall be responded to within one (1) hour and a workaround shall be provided within three (3) hours. Severity 2 incidents (a major function impaired with a workaround) shall be responded to within eight (8) business hours.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 2,000, deducted from the next payment or, after the last payment, paid within thirty (30) days.
H:8. Support after Warranty
P:8.1 After the warranty period the Customer may order annual support on the terms of Clause 7.2 and 7.3. The annual support fee is 12.5 % of the Licence Fees, being CNY 237,500 per year, and shall not be increased for the first three (3) years after the warranty period. Any later change shall be agreed in writing and shall not exceed the change in the China consumer price index for the previous year.
P:8.2 Support is ordered year by year by the Customer's purchase order and does not renew automatically. Support includes all new versions of the Licensed Software released during the support year.
H:9. Intellectual Property
P:9.1 The Licensed Software and all intellectual property rights in it remain with the Vendor.
P:9.2 The Custom Deliverables and all intellectual property rights in them belong to the Customer from their creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables and have them maintained by third parties without restriction.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:10. Patron Data and Security
P:10.1 Patron Data belongs to the Customer. The Vendor shall process Patron Data only to perform this Agreement and on the Customer's written instructions, and shall not use it for any other purpose or disclose it to any third party.
P:10.2 The Licensed Software and Patron Data are hosted on the Customer's servers in mainland China. The Vendor shall not transfer Patron Data outside mainland China. Remote access by the Vendor's staff is permitted only through the Customer's VPN with multi-factor authentication and the Customer's approval for each session, and access to personal information is limited to the Vendor's staff located in mainland China.
P:10.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, use only anonymised data supplied by the Customer for testing, and keep a log of all access to Patron Data.
P:10.4 The Vendor shall notify the Customer of any unauthorised access to or loss or disclosure of Patron Data within twelve (12) hours after becoming aware of it, take all steps to contain it, and compensate the Customer for all losses and costs resulting from a breach of this Clause 10 by the Vendor.
H:11. Confidentiality
P:Each party shall keep confidential all information received from the other party under this Agreement and marked or obviously confidential, including the Customer's sales figures, pricing strategies and donor information, and shall use it only for this Agreement. This obligation continues for five (5) years after the end of this Agreement and without time limit for Patron Data.
H:12. Liability
P:12.1 The Vendor's total liability under or in connection with this Agreement is limited to two hundred percent (200%) of the Total Fees.
P:12.2 The limit does not apply to breach of Clause 10 or 11, to the indemnity in Clause 9.3, or to wilful misconduct or gross negligence.
H:13. Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Customer consents to the performance of on-site implementation and support by the Vendor's affiliate Encore Ticketing (Shanghai) Co., Ltd. The Vendor remains responsible for any subcontractor.
H:14. Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty (30) days after notice, or if the liquidated damages under Clause 5.2 reach their maximum.
P:14.2 On termination under Clause 14.1 before Final Acceptance, the Vendor shall refund the fees paid, and the Customer shall return or destroy the Licensed Software.
P:14.3 Termination after Final Acceptance does not affect the Customer's licence to the Licensed Software.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of the London Court of International Arbitration. The seat of arbitration is London, the tribunal consists of one arbitrator, and the language of the arbitration is English.
H:16. General
P:16.1 This Agreement is made in English. A Chinese translation is provided for reference only.
P:16.2 Schedules: Schedule 1 Functional Specification; Schedule 2 Project Plan; Schedule 3 Test and Acceptance Plan; Schedule 4 Support Procedures.
P:16.3 Neither party may assign this Agreement without the other party's prior written consent.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SOURCES = {"h33z01": H33Z01, "h33z04": H33Z04, "h33e02": H33E02, "h33e04": H33E04}
TARGETS = {"h33z01": ("h33z01_power_grid_substation_inspection_robots.docx", "docx"),
           "h33z04": ("h33z04_provincial_court_litigation_centre_om_service.pdf", "pdf"),
           "h33e02": ("h33e02_glass_factory_furnace_vision_sensors.docx", "docx"),
           "h33e04": ("h33e04_opera_house_ticketing_crm_licence_uk_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
