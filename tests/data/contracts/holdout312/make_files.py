"""holdout312: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), then the .json labels;
reads every built file back, checks lengths, threshold figures and the rule coverage, and prints the expected rules.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  粮食和物资储备局 粮库智能化监测平台 — 政府采购 公开招标, buyer's paper, .pdf, 第X条 + 1.1 — compliant
# ---------------------------------------------------------------------------------------------------------------
H312Z01 = """
T:粮库智能化监测平台建设项目政府采购合同
P:合同编号：LCJ-ZFCG-2026-017　　采购方式：公开招标　　项目编号：LC2026-GK-0093
P:甲方（采购人）：临川市粮食和物资储备局
P:住所：临川市文昌路218号　　联系人：储备管理科 周启航
P:乙方（供应商）：禾仓智联科技股份有限公司
P:住所：南昌市高新区艾溪湖北路66号　　联系人：项目经理 邓雅琪
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，甲乙双方就临川市所属六个直属粮库的智能化监测平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的技术澄清均为本合同组成部分，内容不一致时以本合同条款为准。
H:第一条 项目内容与合同价款
P:1.1 乙方负责为甲方所属六个直属粮库共48个仓房建设粮情测温、仓内气体检测、仓储视频智能分析系统，部署粮库智能化监测平台，并完成与省级粮食储备监管平台的数据对接、安装调试及人员培训。
P:1.2 合同价款明细如下（人民币，含税、含运输及安装）：
TB:序号|项目|数量|金额（元）
TB:1|粮情测温主机及测温电缆|48仓|1,152,000
TB:2|仓内磷化氢、氧气、二氧化碳检测仪|48套|384,000
TB:3|仓储视频智能分析终端|12台|216,000
TB:4|粮库智能化监测平台软件许可（永久）|1套|468,000
TB:—|软硬件小计||2,220,000
TB:5|安装调试及省级平台数据对接|1项|186,000
TB:6|操作及管理人员培训|1项|24,000
TB:合计|合同总价||2,430,000
P:1.3 合同总价为人民币贰佰肆拾叁万元整（¥2,430,000），为固定总价，除甲方书面变更需求外不作调整。
H:第二条 交付与进度
P:2.1 乙方应在合同签订后60日内完成全部设备到货，90日内完成安装调试并具备初步验收条件。具体进度计划以双方确认的实施方案为准。
P:2.2 设备到货时，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成质量验收。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币486,000元。
P:3.2 初步验收合格后15个工作日内，甲方支付合同总价的45%，即人民币1,093,500元。
P:3.3 最终验收合格且乙方提交履约情况报告后15个工作日内，甲方支付合同总价的35%，即人民币850,500元。
P:3.4 甲方付款前，乙方应开具合法足额的增值税发票。财政资金拨付流程导致的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初步验收在安装调试完成后进行，标准为：48个仓房测温点全部上线，测温误差不超过±0.5℃；气体检测仪经第三方计量校准；视频分析对人员闯入、仓门异常开启的识别测试通过；平台与省级监管平台数据对接联调通过。
P:4.2 初步验收合格后系统进入试运行，试运行期为90日。试运行期间测温数据完整率不低于98%、无一级故障，且省级平台连续接收数据无中断的，方可申请最终验收。
P:4.3 最终验收由甲方组织，可邀请财政、审计部门及专家参加，验收结论以书面验收报告为准。设备安装完成、系统上线或甲方实际使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新组织验收，费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 全部设备及软件的免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级及现场技术支持。
P:5.2 质保期内平台月可用率不低于99.95%（计划停机经甲方书面同意的除外）。
P:5.3 故障分级及响应要求：一级故障（平台整体不可用或两个以上粮库数据中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单仓测温或检测中断）2小时内响应，24小时内修复；三级故障在下次巡检时处理。
P:5.4 乙方未达到上述要求的，一级故障每超时1小时扣减履约保证金人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:5.5 质保期满后，甲方需要继续购买维保服务的，年度维保费不超过软硬件小计的8%（即每年不超过人民币177,600元），该价格在质保期满后的两个维保年度内固定不变，维保合同另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 乙方为本项目定制开发的数据对接接口、报表及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
H:第七条 数据安全
P:7.1 粮情数据、视频资料、出入库记录等全部业务数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:7.2 乙方应按照网络安全等级保护第二级要求部署平台，采取访问控制、传输加密和日志审计措施；远程维护须经甲方逐次审批。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。储备粮数量、库点布局等信息按国家有关规定管理。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:9.3 甲方逾期付款的（财政拨付原因除外），每逾期一日按逾期金额的万分之二支付违约金。
H:第十条 分包
P:10.1 乙方不得将本项目转包，也不得分包。
H:第十一条 合同解除
P:11.1 乙方逾期超过30日，或交付的系统经两次验收仍不合格，或有其他严重违约行为经书面催告后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、承担违约责任。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 履约保证金与项目人员
P:13.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。履约保证金在质保期满且乙方无未履行义务后15个工作日内无息退还。
P:13.2 乙方应指定具有粮食信息化项目经验的项目经理，实施期间常驻现场，未经甲方同意不得更换。乙方人员进入库区应遵守粮库安全生产、防火和熏蒸作业管理规定。
H:第十四条 不可抗力
P:14.1 因地震、洪水等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或解除部分义务。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市粮食和物资储备局　　　　乙方（盖章）：禾仓智联科技股份有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  水泥管桩厂 离心成型线控制系统改造 + 质保期后维保 — .docx with a Word price table, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------
H312Z02 = """
T:离心成型生产线电气控制系统改造合同
P:合同编号：HD-SB-2026-0412
P:甲方：江苏华鼎建材管桩有限公司（以下简称“甲方”）
P:地址：江苏省盐城市大丰区港城路9号
P:乙方：常州恒远自动化工程有限公司（以下简称“乙方”）
P:地址：江苏省常州市武进区凤鸣路125号
P:鉴于甲方二号车间四台离心机及配套张拉、布料工位的控制系统老化、故障频发，甲方拟对该离心成型生产线实施电气控制系统改造；乙方具备相应的设计、供货和调试能力。双方经友好协商，订立本合同，共同遵守。
H:一、改造范围与合同价款
P:（一）乙方负责离心成型线的变频驱动柜更换、PLC主控系统及远程I/O替换、张拉及布料工位伺服改造、上位监控软件部署和车间工业网络敷设，并完成控制程序设计编程、停产窗口内的安装调试及操作培训。
P:（二）合同价款明细见下表，单位为人民币元，均含13%增值税：
TB:序号|名称|数量|金额（元）
TB:1|离心机变频驱动柜|4台套|648,000
TB:2|PLC主控系统及远程I/O站|1套|356,000
TB:3|张拉、布料工位伺服改造|2个工位|292,000
TB:4|上位监控SCADA软件许可（永久）|1套|168,000
TB:5|工业交换机及车间网络|1项|64,000
TB:|设备及软件小计||1,528,000
TB:6|控制程序设计及编程|1项|146,000
TB:7|安装调试（停产窗口内完成）|1项|98,000
TB:8|操作及维修人员培训|1项|18,000
TB:|合同总价||1,790,000
P:（三）合同总价为人民币壹佰柒拾玖万元整，已包含设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。
P:（四）主要技术要求：改造后每台离心机保留就地手动操作和急停功能；变频驱动柜应具备能量回馈或制动单元，满足离心机快速停机要求；PLC预留不少于两成的I/O余量；上位监控软件应能按管桩型号调用转速曲线，并与甲方质量追溯系统交换生产批次数据。详细要求见附件技术规格书。
H:二、工期安排
P:（一）乙方应在合同生效后45日内完成设备到货。甲方安排不超过10日的停产窗口，乙方应在窗口期内完成拆旧、安装和单机调试，窗口结束后恢复生产。
P:（二）因乙方原因未能在停产窗口内恢复生产的，每延误一日，按本合同第九条承担违约责任。
P:（三）甲方应按时提供停产窗口、现场施工条件和动力电源，并提供原控制系统图纸及工艺参数。因甲方原因延误的，工期相应顺延。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计人民币179,000元。
P:（二）设备到货、安装调试完成并恢复生产后，甲方支付合同总价的50%，计人民币895,000元。恢复生产不代表验收合格。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，计人民币626,500元。
P:（四）剩余5%（人民币89,500元）作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、验收
P:（一）验收标准：四台离心机按设定转速曲线自动运行，转速控制偏差不超过±1%；张拉力控制偏差不超过±2%；上位监控软件完整记录每根管桩的工艺参数；连续三十个生产班次无因控制系统造成的停线。
P:（二）满足上述条件后，由乙方书面申请，甲方组织生产、设备、质量部门进行最终验收并出具书面验收报告。安装完成或投入生产均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:五、质量保证
P:（一）全部设备及软件的免费质保期为十八个月，自最终验收合格之日起计算。质保期内乙方负责免费维修、更换零部件和软件缺陷修复。
P:（二）故障响应：一级故障（任一离心机停机或整线停线）乙方应在1小时内电话响应，6小时内到达现场；二级故障（单个工位功能异常但不影响出桩）24小时内到达现场处理。
P:（三）乙方未按时响应或到场的，每超时1小时，甲方有权从质量保证金中扣除人民币800元。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可继续向乙方购买年度维保服务，内容包括季度预防性检修、备件供应、程序维护及驻场技术员服务。
P:（二）每个维保年度的维保费为设备及软件小计的28%，即人民币427,840元，本合同有效期内及其后的维保年度均按此固定价格执行，乙方不得单方调整。维保费按季度在服务完成后支付。
P:（三）维保服务以双方逐年签署的服务确认单为准，不自动续期。
H:七、知识产权
P:（一）SCADA软件的著作权属于原厂，乙方保证甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、上位画面组态文件及其源程序、注释和文档，其知识产权归甲方所有，甲方有权自行修改或交由第三方维护。
H:八、数据安全
P:（一）离心工艺参数、配方、生产记录等数据归甲方所有。乙方仅为履行本合同使用，不得复制、带出或用于其他客户。
P:（二）乙方远程维护须经甲方事先书面批准，并通过甲方指定的工业防火墙和账号进行，操作全程留痕；乙方人员不得私接外网设备。
P:（三）发生数据泄露、篡改或病毒入侵的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担由此造成的全部损失。
H:九、违约责任
P:（一）乙方逾期交货或未能按期恢复生产的，每逾期一日，按合同总价的0.1%向甲方支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意、重大过失及人身伤害造成的损失不受此限。
H:十、保密
P:双方对履行本合同中获知的对方技术资料、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:十一、分包
P:乙方不得转包。电气安装中的桥架敷设如需交由第三方施工，须事先取得甲方书面同意，乙方对其施工质量和安全承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，或逾期超过30日的，甲方有权解除合同，并要求乙方退还已付款项及赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:十四、项目组织与安全生产
P:（一）乙方应组建不少于5人的项目组，指定项目经理和电气、PLC编程负责人，并在开工前提交人员名单及资质证书。
P:（二）乙方人员进入甲方车间须接受甲方安全培训，遵守动火、临时用电、有限空间及高处作业审批制度，配备必要的劳动防护用品。因乙方违反安全规定造成的事故由乙方负责。
P:（三）停产窗口期间，乙方应制定详细的拆装计划和应急回退方案，确保窗口结束时生产线可以恢复运行。
H:十五、变更与不可抗力
P:（一）甲方需要调整改造范围的，应书面通知乙方，双方协商确定费用和工期的调整，并签订书面变更单。
P:（二）因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、实施方案、设备清单。
P:甲方（盖章）：江苏华鼎建材管桩有限公司　　　　乙方（盖章）：常州恒远自动化工程有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁早教中心（30家）课程及家长 SaaS + 实施 — .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H312Z03 = """早教课程管理及家长服务平台订阅与实施合同

合同编号：XBY-SaaS-2026-003

甲方：杭州小贝壳早期教育管理有限公司
住所：杭州市滨江区江南大道3588号
乙方：云启教育科技（上海）有限公司
住所：上海市徐汇区宜山路700号

甲方经营30家连锁早教中心，拟统一使用乙方的“云启早教”课程管理及家长服务平台（以下简称“平台”），用于排课约课、课程内容管理、会员及课时管理和家长端移动应用。乙方同意提供平台订阅服务和实施服务。双方依据《中华人民共和国民法典》等法律法规，订立本合同。

第一条 服务内容
（1）平台订阅：乙方以软件即服务方式向甲方30家中心提供平台功能，包括排课约课、课时扣减、课程素材库、教师端、家长端应用（含课程点评、成长档案、消息推送）及总部经营报表。
（2）实施服务：乙方负责甲方现有会员和课时数据的迁移、30家中心的账号及权限配置、课程体系导入、家长端应用以甲方品牌上架，以及对店长、教师和前台人员的培训。
（3）平台由乙方部署在中国境内的云服务器上运行，甲方无需采购服务器。

第二条 服务期限
（1）订阅服务期为三个服务年度，自平台上线验收合格之日的次日起算，服务年度依次顺延。
（2）实施服务应在合同签订后75日内完成，并达到第五条约定的上线验收条件。

第三条 费用
（1）各项费用如下（人民币，含增值税）：
    项目                               单价              数量        金额
    中心订阅费（每服务年度）           14,800元/家       30家        444,000元
    家长端应用年费（每服务年度）       96,000元          1项         96,000元
    订阅费小计（每服务年度）                                         540,000元
    实施服务费（一次性）               238,000元         1项         238,000元
（2）三个服务年度订阅费合计1,620,000元，加实施服务费238,000元，合同总价为人民币1,858,000元。
（3）服务期内甲方新增中心的，按每家14,800元/服务年度按月折算计费，另行签署补充确认单。

第四条 付款
（1）合同签订后10个工作日内，甲方一次性支付实施服务费及第一个服务年度的订阅费，合计人民币778,000元。乙方收款后启动实施。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前15日内支付，每次540,000元。
（3）乙方应在收款前开具增值税专用发票。

第五条 上线验收
（1）上线验收标准：30家中心的会员、课时及合同数据迁移后与甲方原系统逐条核对无误；排课、约课、课时扣减、请假补课流程在每家中心实测通过；家长端应用完成品牌上架并可正常接收上课提醒和课后点评；总部报表数据与门店数据一致。
（2）乙方完成实施后书面通知甲方，甲方在10个工作日内组织测试，全部通过的签署上线验收单。账号开通或甲方试用均不视为验收合格。
（3）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金人民币1,500元，累计不超过实施服务费的20%。

第六条 服务水平
（1）平台月可用率不低于99.95%，每月计划维护不超过两次，须在晚10点至次日早6点之间进行并提前3日通知甲方。
（2）故障分级：一级故障（全部或多家中心无法约课、签到或家长端不可用）乙方应在1小时内响应、3小时内恢复；二级故障（单项功能异常）2小时内响应、次一工作日内解决；三级问题在下一版本中处理。
（3）月可用率低于承诺值或一级故障超时恢复的，乙方按当月订阅费（按服务年度订阅费逐月平均计算）的5%向甲方提供服务抵扣；同一月内发生三次以上一级故障的，抵扣比例为当月订阅费的20%。

第七条 数据与个人信息保护
（1）甲方在平台中录入或产生的会员信息、儿童及家长个人信息、课时记录、课程点评和照片视频等数据，均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的。
（2）乙方应依照《个人信息保护法》《儿童个人信息网络保护规定》和网络安全等级保护第三级要求，对数据采取加密存储、分级授权、操作日志审计和异地备份措施，并每年接受甲方或甲方委托机构的安全评估。
（3）发生或可能发生数据泄露、篡改、丢失的，乙方应在24小时内书面通知甲方，立即采取补救措施，并承担因其原因造成的全部损失和相应的法律责任。
（4）服务终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。

第八条 知识产权
（1）平台软件及其后续升级的知识产权归乙方所有。
（2）甲方提供的课程体系、教案、素材以及乙方为甲方定制的品牌页面、报表模板和数据迁移脚本，知识产权归甲方所有，甲方可自由使用、修改及许可第三方使用。

第九条 续期
（1）服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（2）自动续期时，乙方有权按其届时的价格政策调整订阅费，调整幅度不超过上一服务年度订阅费的8%，乙方应在期满前45日通知甲方新价格。

第十条 分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。云服务器资源的采购不属于分包，但乙方应保证所选云服务商符合第七条要求。

第十一条 违约与解除
（1）任何一方严重违反本合同，经对方书面通知后15日内未纠正的，守约方有权解除合同。
（2）乙方原因导致合同解除的，乙方应退还甲方已付但未使用服务期对应的订阅费，并赔偿甲方损失。
（3）甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知。

第十二条 培训与客户服务
（1）乙方应在上线前为每家中心的店长、教师和前台人员提供线上培训，并在总部组织两次集中培训，培训资料由乙方免费提供。
（2）服务期内乙方为甲方指定专属客户成功经理，每季度与甲方总部召开一次服务回顾会，提交平台使用分析及改进建议。
（3）乙方平台功能升级涉及操作方式重大变化的，应提前15日通知甲方并提供培训。
（4）甲方应指定总部项目负责人，按实施计划提供会员数据、课程资料和门店信息，并组织各中心人员参加培训。

第十三条 不可抗力
因不可抗力或基础电信网络故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，该期间不计入可用率统计，但乙方应在事件结束后尽快恢复服务。

第十四条 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

第十五条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：平台功能清单、实施计划、中心名单。

甲方（盖章）：杭州小贝壳早期教育管理有限公司　　　乙方（盖章）：云启教育科技（上海）有限公司
授权代表：____________　　　授权代表：____________
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市信访局 信访信息系统 年度运维 — 政府采购 竞争性磋商, .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H312Z04 = """泉山市信访局信访信息系统运行维护服务政府采购合同

采购项目编号：QSCG-2026-CS-0215（竞争性磋商）
合同编号：QSXF-YW-2026-01

采购人（甲方）：泉山市信访局
地址：泉山市人民路55号市行政中心4号楼
供应商（乙方）：泉山数维信息技术有限公司
地址：泉山市经济开发区科创路17号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就泉山市信访信息系统运行维护服务事项，按照《中华人民共和国政府采购法》《中华人民共和国民法典》的规定，签订本合同。磋商文件、响应文件、成交通知书为本合同的组成部分。

1. 服务范围
1.1 运维对象：泉山市信访信息系统（含网上信访受理、来访登记、信访事项办理督办、领导接访、统计分析模块）、与省信访信息系统的数据交换接口、市信访局机房内的应用服务器、数据库服务器、存储和网络安全设备。
1.2 服务内容：
（1）驻场运维：乙方派驻2名运维工程师在甲方办公场所工作，负责日常运行监控、账号权限管理、用户操作咨询和问题受理；
（2）应用软件维护：缺陷修复、因业务规则调整而进行的小型功能完善、与省级系统接口的维护；
（3）安全巡检与加固：定期进行漏洞扫描、基线核查和补丁更新，配合甲方开展网络安全等级保护测评整改；
（4）数据备份：对业务数据库进行备份并定期做恢复演练。
1.3 乙方应编制运维手册、巡检记录和问题处理台账，每季度向甲方提交运维报告。
1.4 系统现状：信访信息系统于2021年建成并通过终验，采用B/S架构，部署于市政务外网，服务对象包括市信访局、各县（区）信访局及市直有关部门的经办人员。系统原开发单位已不再承担维护，相关源代码和设计文档由甲方提供给乙方使用。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满本合同自动终止。甲方如需继续采购运维服务，应依法重新组织采购。

3. 合同价款
3.1 本合同总价为人民币陆拾壹万肆仟元整（¥614,000），明细如下：
    序号  服务项目                        金额（元）
    1     驻场运维（2人，整个服务期）      356,000
    2     应用软件维护                    148,000
    3     安全巡检与加固                   72,000
    4     数据备份与恢复演练               38,000
          合计                            614,000
3.2 合同总价包含人工、差旅、工具软件、税费等全部费用，服务期内不作调整。

4. 付款方式
4.1 服务费按季度支付，每季度人民币153,500元。
4.2 每季度结束后，乙方提交季度运维报告和发票，经甲方考核确认后15个工作日内支付当季服务费。
4.3 甲方不向乙方支付任何预付款。

5. 服务要求
5.1 乙方应保证信访信息系统稳定运行，接到甲方报障后应及时响应，尽快排除故障、恢复系统运行。
5.2 重要会议、重大节日等敏感时段，乙方应按甲方通知加强值守。
5.3 涉及系统变更、数据修改或版本上线的操作，乙方须事先提交书面方案，经甲方批准后实施，并做好回退准备。
5.4 乙方更换驻场人员须提前征得甲方同意，新派人员的资历不得低于原人员。

6. 考核与验收
6.1 乙方应建立问题受理登记制度，对每一项报障记录受理时间、处理人、处理过程和结果，并由报障人签字确认，作为考核依据。
6.2 甲方每季度根据乙方提交的运维报告、巡检记录、问题处理台账，结合用户满意度调查，对乙方进行考核，考核合格后确认当季服务。
6.3 服务期满前，乙方应提交年度运维总结、全部运维文档和系统配置清单。甲方按以下标准组织终期验收：服务内容按合同全部履行；运维文档齐全并与系统现状一致；未发生因乙方原因导致的数据丢失或泄露事件；漏洞扫描无未处理的高危漏洞。终期验收以甲方签署的书面验收意见为准。

7. 数据安全与保密
7.1 信访信息系统中的全部数据，包括信访人个人信息、信访事项内容及办理记录，归甲方所有。乙方仅在履行本合同所必需的范围内接触数据，不得以任何方式复制、留存、对外提供或用于本合同以外的用途。
7.2 乙方人员须经甲方背景审查并签署个人保密承诺书；所有运维操作须通过甲方的堡垒机进行并全程录像审计；乙方不得使用外部存储介质或将数据带离甲方机房。
7.3 乙方应落实网络安全等级保护第三级的各项运维要求，发现安全事件的，应在1小时内报告甲方并协助处置。
7.4 因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部法律责任和赔偿责任。
7.5 双方对履行本合同中知悉的对方非公开信息负有保密义务，本条款在合同终止后继续有效。

8. 知识产权
乙方在服务期内形成的运维手册、巡检报告、脚本、配置文档及软件维护修改的源代码，知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

9. 违约责任
9.1 乙方未能在服务期开始之日起进场提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方季度考核不合格的，应在15日内整改；整改后仍不合格的，甲方可要求乙方更换驻场人员。
9.3 因乙方原因造成甲方数据丢失或系统长时间中断的，乙方应赔偿甲方由此产生的全部损失。

10. 分包
乙方不得将本合同项下的服务转包或者分包给第三方。

11. 合同解除
11.1 乙方严重违反本合同约定，经甲方书面通知后10日内仍未纠正的，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期结算费用。
11.2 乙方发生数据泄露等严重安全事件的，甲方可立即解除合同。

12. 服务交接与人员管理
12.1 乙方进场时应与原运维单位办理交接，清点系统账号、文档和设备，双方签署交接记录。
12.2 服务期满或合同解除时，乙方应在甲方指定的期限内向甲方或新的服务商完整移交系统账号、口令、运维文档和未完成事项清单，并配合完成过渡，移交完成前不得停止必要的运维工作。
12.3 乙方驻场人员应遵守甲方的考勤、保密和办公场所管理制度，不得在信访接待场所拍照、录音或与来访群众私自接触。甲方认为驻场人员不称职的，有权要求乙方在10日内更换。
12.4 因不可抗力导致不能履行合同的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

13. 法律适用和争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
14.2 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：泉山市信访局　　　　　　乙方（盖章）：泉山数维信息技术有限公司
负责人或授权代表：________　　　　　法定代表人或授权代表：________
签订日期：2026年2月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  辣椒油厂 追溯系统 licence + 定制开发, on the supplier's own template — .md, "## 第X条" + 1.1 — many problems
# ---------------------------------------------------------------------------------------------------------------
H312Z05 = """# 溯安®食品质量追溯系统软件许可及定制开发合同

> 溯安信息标准合同文本 SA-HT-2025 版（本文本由乙方提供，双方协商后可在附件中补充约定）

**合同编号**：SA-2026-GZ-0087

**甲方（买方）**：贵州辣香源食品有限公司
地址：贵州省遵义市播州区鸭溪镇工业园区8号

**乙方（卖方）**：成都溯安信息技术有限公司
地址：四川省成都市高新区天府三街199号

甲方为满足食品安全追溯监管要求及经销商查询需要，向乙方采购“溯安®食品质量追溯系统”软件使用许可，并委托乙方按甲方辣椒油、火锅底料生产线的实际流程进行定制开发和部署。双方在平等自愿的基础上，订立本合同。

## 第一条 合同标的与价款

1.1 乙方向甲方提供溯安®追溯系统标准版软件许可（永久许可，不限用户数），并完成以下定制开发：原料（辣椒、菜籽油、香料）入库批次赋码、炒制及灌装工序数据采集、一物一码瓶贴赋码与关联、经销商扫码查询页面、与甲方现有ERP的出入库接口。

1.2 合同价款如下（人民币元，含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯安®追溯系统标准版软件许可（永久） | 268,000 |
| 2 | 定制开发（工序采集、赋码关联、扫码页面、ERP接口） | 356,000 |
| 3 | 部署实施及培训 | 46,000 |
| | **合计** | **670,000** |

1.3 赋码设备、标签打印机及服务器由甲方自行采购，不在本合同范围内。

1.4 系统功能以本合同附件《溯安®追溯系统功能清单》及双方签字的需求确认书为准。功能清单未列明的功能，不属于本合同交付范围。乙方可根据产品版本规划对标准版功能进行调整，但不影响甲方已购买的功能。

## 第二条 付款方式

2.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币435,500元，乙方收款后启动开发。

2.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即人民币234,500元。

2.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发或服务。

2.4 乙方在甲方每次付款前开具等额的增值税专用发票，甲方应提供准确的开票信息；因开票信息错误导致重开发票的，付款期限相应顺延。

## 第三条 交付与验收

3.1 乙方在收到第2.1条款项后90日内完成开发并在甲方服务器上安装部署。

3.2 系统安装部署完成之日，即视为甲方验收合格。甲方在部署完成后提出的功能调整需求，按新增需求另行计费。

3.3 乙方逾期完成安装部署的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

3.4 部署期间，乙方为甲方质量部、生产部及仓储人员提供不超过3个工作日的现场操作培训，并提供电子版操作手册。超出部分的培训按乙方人天单价另行收费。

## 第四条 知识产权

4.1 溯安®追溯系统及其全部组成部分的著作权、商标权归乙方所有。

4.2 乙方在本合同项下为甲方完成的定制开发成果（包括工序采集程序、赋码关联规则、扫码查询页面、ERP接口程序及相关源代码和文档）的知识产权均归乙方所有。乙方授予甲方在本企业内部非独占、不可转让的使用权，甲方不得修改、反编译或提供给第三方维护。

## 第五条 免费维护及后续服务

5.1 乙方为甲方提供六个月的免费维护服务，自系统安装部署完成之日起计算，内容包括缺陷修复和远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议，服务费按乙方当年公布的服务价格标准收取。

5.3 故障响应：一级故障（系统无法赋码或扫码查询中断）乙方在接到甲方报修后24小时内响应；其他故障在3个工作日内响应。乙方以远程方式处理为主，需要现场服务的，差旅费由甲方承担。

5.4 乙方将尽力在合理时间内排除故障，但不因响应或处理超时承担任何扣款、赔偿或违约责任。

## 第六条 数据

6.1 甲方在系统中录入和产生的生产、批次、经销商及消费者扫码数据归甲方所有。

6.2 乙方对其运维接触的数据采取必要的访问控制和备份措施；因乙方过错造成数据泄露或丢失的，乙方依照本合同第八条承担责任，并应在发现后48小时内通知甲方。

6.3 甲方同意，乙方有权对上述数据进行脱敏处理后，用于乙方产品改进、行业分析报告及向其他客户提供的行业基准服务，该权利在本合同终止后继续有效。

## 第七条 保密

双方对因本合同获知的对方商业秘密和技术信息负有保密义务，保密期限为合同终止后两年。

## 第八条 违约责任与责任限制

8.1 任何一方违反本合同约定的，应承担相应的违约责任。

8.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的25%为限，且乙方不承担甲方的间接损失、利润损失或商誉损失。

## 第九条 分包与合作

乙方有权根据项目需要将部分开发、实施工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作成果负责。

## 第十条 合同解除

任何一方严重违反本合同约定，经对方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

## 第十一条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二条 甲方的义务

12.1 甲方应在开发启动后10个工作日内提供生产工艺流程、物料编码规则、现有ERP接口说明及测试账号，并指定项目联系人，对乙方提交的需求确认书在5个工作日内书面确认。

12.2 甲方应按乙方提供的配置清单自行准备服务器、操作系统、数据库及网络环境，并负责赋码设备的采购和安装。因甲方环境不具备条件导致的工期延误，乙方不承担责任。

12.3 需求确认书经甲方签字后，甲方提出的需求变更均视为新增需求，由双方另行协商费用和工期。

## 第十三条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响方应在事件发生后及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十四条 通知与送达

双方在本合同首页载明的地址和联系人为通知送达地址，一方变更地址的应提前5日书面通知对方。通过电子邮件发送的通知，以邮件进入对方系统之日视为送达。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同文本为乙方标准文本，双方另有约定的以附件为准；附件与正文不一致的，以正文为准。

15.3 本合同附件包括：《溯安®追溯系统功能清单》、需求确认书、部署配置清单。附件经双方签字后生效。

**甲方（盖章）**：贵州辣香源食品有限公司　　**乙方（盖章）**：成都溯安信息技术有限公司

授权代表：__________　　授权代表：__________

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Longquan celadon studio — glaze-kiln profile software, perpetual licences; Greek vendor — .pdf, Article N / N.N
# ---------------------------------------------------------------------------------------------------------------
H312E01 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. KPS-CN-2026-114
P:This Agreement is made between Longquan Yuequan Celadon Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 36 Baozu Road, Longquan, Zhejiang Province (the "Buyer"), and Alatonisi Kiln Systems S.A., a company incorporated in Greece with its registered office on Nisida Alatonisi, Saronic Gulf, Greece (the "Vendor").
H:Background
P:(A) The Buyer operates a celadon studio with four gas-fired and electric kilns and wishes to record, reproduce and refine its glaze firing profiles with dedicated software.
P:(B) The Vendor develops the KilnProfile suite, which controls firing curves, logs atmosphere and temperature data and keeps a library of glaze recipes linked to firing results.
P:(C) The Buyer has selected the Vendor following a comparison of three offers. At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KilnProfile Studio, Glaze Library and Kiln Controller Connector modules listed in Article 2, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Deliverables" means the kiln profiles, configuration files, report templates and any other material prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
P:1.4 "Buyer Data" means all firing logs, temperature and atmosphere records, glaze recipes, photographs of fired pieces and other data entered into or generated by the Licensed Software at the Buyer's premises.
H:Article 2 Scope and Price
P:2.1 The Vendor shall grant the licences, deliver and install the Licensed Software on the Buyer's workstations, connect it to the controllers of the Buyer's four kilns, build firing profiles for the Buyer's principal glazes, prepare the report templates and train the Buyer's staff.
P:2.2 The Contract Price is fixed and itemised as follows (CNY, including VAT):
TB:Item 1|KilnProfile Studio perpetual licences, 6 seats x CNY 58,000|CNY 348,000
TB:Item 2|Glaze Library perpetual licence, site|CNY 96,000
TB:Item 3|Kiln Controller Connector perpetual licences, 4 kilns x CNY 24,000|CNY 96,000
TB:Licence Subtotal (Items 1 to 3)||CNY 540,000
TB:Item 4|Kiln profiling, controller integration and configuration|CNY 128,000
TB:Item 5|Custom firing-curve and glaze-result report templates|CNY 46,000
TB:Item 6|Training of kiln masters and studio staff (six days on site)|CNY 22,000
TB:Contract Price||CNY 736,000
P:2.3 The Contract Price includes travel, subsistence, import duties and all taxes of the Vendor. No other charge is payable for the scope in this Article.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software at the Buyer's studio and any future studio of the Buyer in China, for the number of seats and kilns paid for.
P:3.2 The Buyer may make backup copies and may move a licence to replacement hardware by notice to the Vendor. The licence survives any termination of the support services.
H:Article 4 Delivery and Installation
P:4.1 The Vendor shall deliver the Licensed Software and complete installation and connection of all four kilns within 70 days after signature.
P:4.2 When installation is complete the parties shall sign an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance of the system.
P:4.3 If the Vendor fails to complete installation by the date in Article 4.1 for reasons attributable to it, the Vendor shall pay the Buyer delay damages of CNY 900 for each day of delay, up to a total of ten per cent of the Contract Price.
H:Article 5 Acceptance
P:5.1 After installation the system shall run in production for a trial period of 45 days.
P:5.2 The acceptance tests are: (a) each kiln follows the programmed firing curve within plus or minus 3 degrees Celsius at every control point; (b) oxygen and carbon monoxide readings are logged at intervals of no more than 10 seconds without gaps; (c) ten firing profiles for the Buyer's principal glazes are stored and can be re-run; (d) the report templates under Item 5 produce correct output for three complete firings; (e) no Severity 1 fault remains open at the end of the trial period.
P:5.3 If the tests are passed the Buyer shall sign a Final Acceptance certificate within 10 working days. If they are not passed the Vendor shall correct the defects at its own cost and the tests shall be repeated. Installation, use of the system in production or any payment shall not be taken as acceptance.
H:Article 6 Payment
P:6.1 Twenty per cent of the Contract Price (CNY 147,200) is payable within 20 days after signature, against the Vendor's invoice.
P:6.2 Forty-five per cent (CNY 331,200) is payable within 20 days after the Installation Certificate.
P:6.3 Thirty-five per cent (CNY 257,600) is payable within 20 days after Final Acceptance.
P:6.4 Payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Deliverables will conform to the documentation and to this Agreement for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct all defects free of charge and supply all updates and new versions of the Licensed Software that it makes generally available.
P:7.3 Fault handling during the Warranty Period: Severity 1 (a kiln cannot be controlled or a firing in progress is at risk) - response within two hours, remote intervention within the same day; Severity 2 (a function is impaired but firing can continue) - response within one working day; Severity 3 (other questions) - response within three working days.
P:7.4 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Buyer CNY 500 against the next payment or, after the final payment, pay that amount to the Buyer.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support, covering the services in Article 7.2 and 7.3.
P:8.2 The annual support fee is eleven per cent of the Licence Subtotal, namely CNY 59,400 per year. This fee is fixed for the first three support years. Any later change requires the Buyer's written agreement and may not exceed three per cent per year.
P:8.3 Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:9.2 All rights in the Deliverables, including the kiln profiles and report templates, vest in the Buyer on creation. The Buyer may use, modify, copy and license the Deliverables freely, and the Vendor shall hand over their editable source files.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including for its own products.
P:10.2 The Licensed Software runs on the Buyer's premises. Remote access by the Vendor requires the Buyer's approval for each session and shall use the encrypted connection and individual accounts specified by the Buyer; all sessions are logged.
P:10.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, loss of or damage to Buyer Data in its control and shall take all necessary remedial steps. The Vendor is responsible for all losses resulting from a breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party, in particular the Buyer's glaze recipes and firing methods, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to one hundred and fifty per cent of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 4.3 reach their maximum.
P:14.2 On termination before Final Acceptance the Vendor shall refund the payments received, less the value of any licences the Buyer elects to keep.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens, Greece, under the rules of the Athens Chamber of Commerce and Industry, by one arbitrator. The language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement is signed in two English originals, one for each party, and takes effect on signature by both parties. Annex 1 (functional specification) and Annex 2 (kiln list) form part of it.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Zhangye Danxia geopark — shuttle ticketing SaaS, Order Form (Part A) + General Terms (Part B); Estonian vendor
# ---------------------------------------------------------------------------------------------------------------
H312E02 = """# ORDER FORM AND GENERAL TERMS - SHUTTLE TICKETING SERVICE

**Order Form No.** PTS-OF-2026-0231

## PART A - ORDER FORM

**A1. Parties**

- **Customer:** Zhangye Danxia Geopark Tourism Development Co., Ltd., Danxia Town, Linze County, Zhangye, Gansu Province, People's Republic of China.
- **Provider:** Pakri Transit Software OU, a private limited company registered in Estonia with its registered office on Suur-Pakri island, Harju County, Estonia.

**A2. Service.** The Provider shall provide its cloud-based shuttle ticketing service "PakriGo" to the Customer for the geopark's sightseeing shuttle network: online and on-site ticket sales, timed boarding slots for the four viewing platforms, QR code validation at 12 boarding gates, capacity dashboards and daily revenue reconciliation (the "Service"). The Service is described in Annex 1 (Service Description).

**A3. Subscription Term.** Three (3) Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance (the "Subscription Start Date"); each following Subscription Year begins on the anniversary of that date.

**A4. Fees.** At the Customer's request all fees are stated and payable in Chinese yuan (CNY), including VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform fee (ticket sales, slots, dashboards, reconciliation) | per Subscription Year | 168,000 |
| Gate validation module, 12 gates x CNY 6,500 | per Subscription Year | 78,000 |
| **Subscription fee per Subscription Year** | | **246,000** |
| Subscription fees for the three Subscription Years | | 738,000 |
| Onboarding (configuration of routes, fares and slots, gate set-up, data import, training) | one-time | 64,000 |
| **Total fees under this Order Form** | | **802,000** |
| Transaction volume above 1,200,000 tickets in a Subscription Year | per ticket | 0.08 |

**A5. Invoicing and payment.**

- The onboarding fee is invoiced on Go-Live Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year, the first on the Subscription Start Date.
- Volume charges, if any, are invoiced after the end of the Subscription Year in which they arise.
- Invoices are payable within 30 days of receipt. No fee is payable before the Subscription Start Date.

**A6. Onboarding and Go-Live Acceptance.** The Provider shall complete onboarding by the target go-live date of 15 April 2026, before the main visitor season. Go-Live Acceptance occurs when the Customer confirms in writing that the following tests have been passed: (a) tickets for every route and fare type can be bought online and at the ticket office; (b) QR codes are validated at all 12 gates in under one second, including in offline mode; (c) slot capacities are enforced; (d) the daily reconciliation for three consecutive test days matches the payment-channel statements; (e) the Customer's existing season-pass holders have been imported. A soft launch or the use of the Service for live sales does not by itself constitute Go-Live Acceptance.

**A7. Named hosting provider.** The Service is hosted in a mainland China region of Alibaba Cloud, which the Customer approves as the Provider's hosting subcontractor.

**A8. Contacts.** Customer project manager: the head of the geopark's visitor services department. Provider project manager: the Provider's regional delivery lead for China, who shall be available in Beijing time during onboarding and the first visitor season.

**A9. Order of precedence.** This Order Form and the General Terms in Part B form the agreement (the "Agreement"). If they conflict, this Order Form prevails.

## PART B - GENERAL TERMS

**B1. Definitions.** "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, identity document numbers, mobile numbers, ticket and boarding records and payment records. "Configurations" means the route maps, fare rules, slot schedules, gate settings and report layouts prepared for the Customer.

**B2. Provision of the Service.**

2.1 The Provider shall provide the Service in accordance with the Service Description and applicable Chinese law on ticketing and on the real-name registration of visitors.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces the functions the Customer has subscribed to.

**B3. Service levels.**

3.1 The Provider aims for a monthly availability of the Service of 99.95%, measured at the Provider's application gateway, excluding announced maintenance between 22:00 and 06:00 Beijing time.

3.2 Support tickets are classified as follows: Priority 1 (ticket sales or gate validation unavailable at the geopark) - initial response within 30 minutes, 24 hours a day; Priority 2 (a function is degraded) - response within 2 hours during 07:00 to 21:00; Priority 3 (questions, minor issues) - response within 2 business days.

3.3 The service levels in this Clause B3 are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or damages, and the Provider's only obligation is to continue working to restore the Service.

**B4. Customer Data and data security.**

4.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only to provide the Service, and shall not use it for any other purpose, including analytics for other customers, during or after the term.

4.2 The Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days and comply with the Personal Information Protection Law and the Data Security Law.

4.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, take immediate steps to contain it, assist the Customer with notifications to authorities and visitors, and bear all costs and losses resulting from an incident caused by the Provider or its subcontractors.

4.4 Within 30 days after the end of the Agreement the Provider shall return Customer Data in CSV format and then delete it, and certify the deletion in writing.

**B5. Intellectual property.**

5.1 The Provider owns the Service and its software, including all improvements.

5.2 The Configurations belong to the Customer. The Customer may use, modify and disclose them and license them to any successor ticketing provider without charge, and the Provider shall export them on request in a documented format.

**B6. Confidentiality.** Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and not disclose it to third parties without written consent, except to its professional advisers or as required by law. This Clause survives the end of the Agreement for three years.

**B7. Subcontracting.** Apart from the hosting provider named in A7, the Provider shall not subcontract any part of the Service without the Customer's prior written consent. The Provider remains responsible for all subcontractors.

**B8. Term, renewal and termination.**

8.1 The Agreement runs until the end of the third Subscription Year and then expires. Any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

8.3 If the Customer terminates under 8.2, the Provider shall refund the subscription fees already paid for the period after termination.

8.4 On expiry or termination the Provider shall provide reasonable assistance for the transfer of the Service to a successor provider for up to 60 days, at its daily rates stated in Annex 2.

**B9. Liability.**

9.1 Neither party is liable for indirect or consequential loss, including loss of profit.

9.2 Each party's total liability arising out of or in connection with the Agreement is limited to one and a half times the total fees under this Order Form. The limit does not apply to breach of Clause B4 or B6, to personal injury or to wilful misconduct.

**B10. Force majeure.** Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, or outages of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects. The geopark's seasonal closures are not force majeure.

**B11. Governing law and jurisdiction.**

11.1 The Agreement is governed by the laws of the Republic of Estonia.

11.2 Any dispute shall be settled by the Harju County Court in Tallinn, Estonia, which has exclusive jurisdiction.

**B12. Customer responsibilities.** The Customer shall (a) provide the route network, fare tables, slot capacities and season-pass data needed for onboarding by the dates in the onboarding plan; (b) provide and maintain the gate hardware, ticket-office computers and the geopark's internet connection; (c) appoint a project manager with authority to approve Configurations; and (d) ensure that its staff use the Service in accordance with the documentation and keep their passwords secret. Delays caused by the Customer's failure to meet these responsibilities extend the target go-live date accordingly.

**B13. Changes to the Order.** The Customer may add gates, routes or viewing platforms during the term by a written change order. Additional gates are charged pro rata at the per-gate fee in A4 for the rest of the current Subscription Year and in full for later Subscription Years. Reductions take effect only at the start of a new Subscription Year.

**B14. General.** Notices shall be in writing to the addresses in A1. No amendment is valid unless in writing and signed by both parties. The Agreement is executed in English.

**Signed for the Customer:** ____________________  Date: __________

**Signed for the Provider:** ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Heilongjiang rice farm — paddy water sensors, buyer's paper; Danish integrator — .docx, Section N / N.N — compliant
# ---------------------------------------------------------------------------------------------------------------
H312E03 = """
T:Supply and Installation Contract - Paddy Water Monitoring System
P:Contract No. QJF-2026-IOT-07
P:This Contract is entered into between:
P:Buyer: Heilongjiang Qixing Jinfeng Rice Farm Co., Ltd., Jiansanjiang, Fujin, Heilongjiang Province, People's Republic of China; and
P:Supplier: Drejo Agri-Sense ApS, a company registered in Denmark with its registered office on the island of Drejo, South Funen Archipelago, Denmark, acting through its project office in Harbin.
P:Whereas the Buyer irrigates 4,800 hectares of paddy fields and wishes to measure field water levels, canal levels and local weather in real time so as to save water and schedule its sluice gates; and whereas the Supplier has offered a complete monitoring system, the parties agree as follows. This Contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sensors, gateways, weather stations, platform software and integration described in Section 2 and Annex A (Technical Specification).
P:1.2 "Installation Certificate" means the certificate signed under Section 4.3 when all equipment is installed and reporting.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Section 5.
P:1.4 "Farm Data" means all water-level, weather, gate and operating data collected by the System, and all data about the Buyer's fields and staff.
H:Section 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System, integrate it with the Buyer's existing sluice-gate control system, and train the Buyer's water managers.
P:2.2 The Contract Price is fixed at CNY 1,470,000, including VAT, transport to the farm, installation and all other costs, and is broken down in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic paddy water-level sensor with solar panel|320|2,150|688,000
TB:2|LoRa gateway with 4G backhaul|16|9,800|156,800
TB:3|Automatic weather station|4|36,500|146,000
TB:4|Paddy Water platform software, perpetual licence|1|210,000|210,000
TB:|Hardware and Licence Subtotal|||1,200,800
TB:5|Installation, calibration and commissioning|1|164,000|164,000
TB:6|Integration with the sluice-gate control system|1|88,000|88,000
TB:7|Training of water managers (three sessions)|1|17,200|17,200
TB:|Contract Price|||1,470,000
P:2.3 Quantities may be adjusted by written change order at the unit prices above.
H:Section 3 Time Schedule
P:3.1 Equipment shall be delivered to the farm within 50 days after signature, and installation shall be completed before the transplanting of rice seedlings, no later than 20 May 2026.
P:3.2 If the Supplier fails to complete installation by that date for reasons attributable to it, it shall pay the Buyer liquidated damages of CNY 1,200 per day of delay, up to ten per cent of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Section 4 Delivery and Installation
P:4.1 On delivery the parties shall jointly check the equipment against the packing lists. Signing the delivery note confirms quantities only.
P:4.2 The Supplier shall install each sensor at the position marked on the field plan in Annex B and shall restore the field banks after installation.
P:4.3 When all equipment is installed and transmitting data to the platform, the parties shall sign the Installation Certificate. The Installation Certificate does not constitute acceptance.
H:Section 5 Acceptance
P:5.1 Following the Installation Certificate, the System shall operate for a test period of 30 days during the irrigation season.
P:5.2 The acceptance criteria are: (a) water-level readings deviate by no more than plus or minus 1 cm from manual staff-gauge readings at 30 sample points chosen by the Buyer; (b) at least 98% of scheduled readings from all sensors reach the platform during the test period; (c) gate commands issued from the platform are executed and confirmed by the sluice-gate control system; (d) the weather stations report rainfall, temperature, wind and evaporation to the platform; (e) no Severity 1 fault occurs in the last 10 days of the test period.
P:5.3 If all criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 working days. Otherwise the Supplier shall remedy the defects and the test period shall be repeated. Use of the System during the test period, or any payment, shall not be deemed acceptance.
H:Section 6 Payment
P:6.1 Advance payment: ten per cent of the Contract Price, CNY 147,000, within 15 working days after signature and receipt of an advance payment guarantee from a bank in China.
P:6.2 Fifty-five per cent, CNY 808,500, within 15 working days after the Installation Certificate.
P:6.3 Thirty-five per cent, CNY 514,500, within 15 working days after Final Acceptance.
P:6.4 The Supplier shall issue a valid VAT invoice before each payment.
H:Section 7 Warranty and Support
P:7.1 The Supplier warrants the whole System for 24 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:7.2 Fault levels and response times during the warranty period:
TB:Level|Description|Response|On site
TB:Severity 1|Platform down, or more than 20 sensors or any gateway not reporting|1 hour|Within 24 hours
TB:Severity 2|Up to 20 sensors not reporting, or a weather station fault|8 working hours|Within 3 days
TB:Severity 3|Other faults and questions|2 working days|As agreed
P:7.3 For every hour by which the Supplier exceeds a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any later payment.
P:7.4 After the warranty period the Buyer may order support by purchase order each year. The annual support fee shall not exceed seven per cent of the Hardware and Licence Subtotal, namely CNY 84,056, and is fixed for the three support years following the warranty period. Support does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The Supplier keeps the intellectual property in its platform software and grants the Buyer a perpetual licence to use it for the farm.
P:8.2 The field plan, the integration software with the sluice-gate control system, configurations and reports developed for this Contract belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall hand over the source code of the integration software at Final Acceptance.
H:Section 9 Farm Data and Data Security
P:9.1 Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not copy it, sell it or use it for research, product development or any other purpose.
P:9.2 The platform shall be installed on the Buyer's server in its control centre. The Supplier shall harden the server and gateways according to Annex A, use encrypted links, change all default passwords and keep remote access disabled unless the Buyer opens it for a specific task.
P:9.3 The Supplier shall report any security incident affecting the System or Farm Data to the Buyer within 12 hours, help to contain it, and be liable for all losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall treat as confidential all information received from the other party in connection with this Contract and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation survives the Contract for three years.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are unlimited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Trenching and cable laying by a local contractor may be approved in writing. The Supplier remains fully responsible for any subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Section 3.2 reach their maximum.
P:13.2 On termination the Supplier shall refund all amounts paid for parts of the System not accepted, and shall remove, at its own cost, any equipment the Buyer does not wish to keep.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall first be discussed in good faith. Any dispute not settled within 30 days shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final and binding on both parties.
H:Section 15 Buyer's Obligations and Force Majeure
P:15.1 The Buyer shall provide access to the fields, canals and control centre, a power supply at the control centre, the field plan data and the interface documentation of its sluice-gate control system, and shall appoint a project contact with authority to approve the field plan.
P:15.2 Neither party is liable for a delay caused by force majeure, including floods, severe storms and epidemics, provided it notifies the other party promptly and takes reasonable steps to limit the delay. The time schedule shall be extended by the period of the force majeure.
H:Section 16 Miscellaneous
P:16.1 This Contract is made in Chinese and English, each language in two counterparts. Both languages have equal validity.
P:16.2 Annexes: Annex A Technical Specification; Annex B Field Plan; Annex C Training Plan.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
P:Name: ____________________    Name: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Quanzhou shoe-sole maker — managed SOC monitoring; Norwegian provider — .md, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
H312E04 = """# MANAGED SECURITY MONITORING SERVICES AGREEMENT

**Agreement reference:** UTV-MSS-2026-019

**Between**

1. **Fujian Quanzhou Hengtai Shoe Materials Co., Ltd.**, Jinjiang Industrial Park, Quanzhou, Fujian Province, People's Republic of China ("**Customer**"); and
2. **Utvaer Security Operations AS**, a company registered in Norway with its registered office at the former lighthouse station, Utvaer, Solund, Norway, acting through its operations centre in Shenzhen ("**Provider**").

**Background.** Customer manufactures rubber and EVA shoe soles in three plants and runs its ERP, production-planning and e-commerce order systems on its own servers. After a ransomware attempt in 2025, Customer wishes to have its networks, servers and endpoints monitored around the clock by a security operations centre. At Customer's request all charges under this Agreement are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 "**Services**" means the managed security monitoring services described in clause 3 and the Schedules.

1.2 "**Service Commencement Date**" means the date on which Customer signs the Service Acceptance certificate under clause 4.3.

1.3 "**Customer Data**" means all logs, network flow records, endpoint telemetry, alerts, incident records and any other data collected from Customer's systems, and any information derived from them.

1.4 "**Monitoring Platform**" means the Provider's log collection, correlation and case-management platform, including the portal through which Customer views alerts and reports.

1.5 "**Incident**" means an event that the Provider's analysts classify under Schedule 1.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date (the "**Term**").

2.2 The Agreement expires at the end of the Term. Any extension requires a new written agreement signed by both parties.

## 3. Services

3.1 The Provider shall:

- (a) collect and correlate logs from Customer's firewalls, servers, domain controllers, ERP and e-commerce systems and endpoint protection agents at the three plants;
- (b) monitor the Monitoring Platform 24 hours a day, 7 days a week, and triage every alert;
- (c) notify, escalate and support containment of Incidents under Schedule 1;
- (d) carry out threat hunting once a month and report the results;
- (e) deliver a monthly service report and hold a quarterly review with Customer's IT manager.

3.2 The Provider shall maintain detection rules tuned to Customer's environment and update them as Customer's systems change.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within 45 days after signature. Onboarding comprises deployment of the log collectors at each plant, connection of all log sources listed in Schedule 3, rule tuning and a runbook agreed with Customer.

4.2 Service Acceptance tests: (a) all log sources in Schedule 3 deliver events to the Monitoring Platform; (b) five simulated attacks run by Customer's auditor are detected and notified within the Schedule 1 times; (c) the runbook is approved by Customer; (d) a shadow-operation period of 10 days has been completed without a missed Priority 1 alert.

4.3 When the tests are passed Customer shall sign the Service Acceptance certificate. Deployment of collectors or receipt of alerts does not by itself constitute acceptance.

4.4 If Service Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000.

## 5. Service levels

5.1 Incident notification and response times are set out in Schedule 1.

5.2 The Provider shall ensure that the Monitoring Platform, including log ingestion and the Customer portal, is available at least 99.5% of each calendar month, excluding maintenance announced five working days in advance.

5.3 If the Provider misses a Priority 1 or Priority 2 response time, or the availability in clause 5.2 is not met in a month, Customer shall receive the service credits stated in Schedule 1. Service credits are deducted from the next monthly invoice.

## 6. Customer Data and data security

6.1 Customer Data belongs to Customer. The Provider shall use Customer Data only to perform the Services and shall not use it to train models, build threat intelligence for other customers or for any other purpose.

6.2 Customer Data shall be stored and processed only in the Provider's Shenzhen operations centre and its mainland China data centre. The Provider shall maintain ISO 27001 certification and MLPS level 3 filing for the Monitoring Platform, encrypt Customer Data in transit and at rest, and give access only to named analysts using multi-factor authentication.

6.3 The Provider shall notify Customer within 12 hours of any security breach affecting Customer Data, cooperate fully in its investigation and be responsible for all losses resulting from a breach caused by the Provider.

6.4 At the end of the Term the Provider shall return Customer Data in an agreed format and delete all copies within 30 days, confirming deletion in writing.

## 7. Intellectual property

7.1 The Provider owns the Monitoring Platform and its general detection content.

7.2 The detection rules, playbooks, runbook and reports prepared specifically for Customer belong to Customer. Customer may use, modify and license them freely, including to any successor provider, and the Provider shall hand them over in editable form at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's network design, vulnerabilities and Incident details, and shall not disclose it to anyone without prior written consent, except to its employees who need to know it.

8.2 This clause continues for three years after the end of the Agreement.

## 9. Charges and payment

9.1 The charges are set out in Schedule 2.

9.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. No charge is payable in advance.

9.3 Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 The total liability of each party under this Agreement is limited to one hundred and fifty per cent of the total charges in Schedule 2. This limit does not apply to breach of clauses 6 and 8, personal injury or wilful misconduct.

## 12. Duration and ending of the Agreement

12.1 The parties have agreed the Term as a fixed commitment on which the Provider's pricing is based. Neither party may terminate this Agreement before the end of the Term, whether for breach or otherwise, except that either party may end it by written notice if the other party becomes insolvent.

12.2 If the Provider fails to perform the Services, Customer's remedies are the service credits under clause 5.3, the delay payments under clause 4.4 and damages under clause 11, and the Provider shall remedy the failure at its own cost.

12.3 Customer may suspend payment of any invoice relating to a month in which the Services were not provided, until the failure has been remedied.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force at the time. The language of the arbitration shall be Chinese.

## 14. General

14.1 Notices shall be sent in writing to the addresses above.

14.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1 - Priorities, response times and service credits

| Priority | Example | Notification to Customer | Analyst response and containment support | Service credit per miss |
|---|---|---|---|---|
| P1 Critical | Ransomware activity, active intrusion on a server, data exfiltration | 15 minutes | 15 minutes, support until contained | 8% of the monthly service charge |
| P2 High | Malware on an endpoint, privileged account misuse | 1 hour | 2 hours | 3% of the monthly service charge |
| P3 Medium | Policy violation, suspicious scanning | 8 hours | Next working day | none |
| P4 Low | Informational findings | Monthly report | Monthly report | none |

Availability of the Monitoring Platform below the level in clause 5.2 in any month: credit of 5% of that month's service charge. Total service credits in a month are limited to 25% of that month's service charge.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (collectors, log sources, rule tuning, runbook) | one-time | 78,000 |
| Monthly service charge (3 plants, up to 900 endpoints and 60 servers) | per month, 24 months | 52,000 |
| Total monthly service charges over the Term | 24 x 52,000 | 1,248,000 |
| **Total charges** | | **1,326,000** |

## Schedule 3 - Log sources

Firewalls at the three plants and head office; core switches; Windows domain controllers; ERP, MES and e-commerce order servers; endpoint protection console; VPN gateway; e-mail gateway.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________

Date: __________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Hangzhou livestream-commerce firm — trademark-status check API subscription; Croatian vendor — .txt, upper case
# ---------------------------------------------------------------------------------------------------------------
H312E05 = """API SUBSCRIPTION AGREEMENT
TRADEMARK STATUS CHECK SERVICE

Agreement No. IZ-API-2026-0058

THIS AGREEMENT is made between:

(1) HANGZHOU XINGBO LIVE COMMERCE CO., LTD., a company incorporated in the People's Republic of China, with its office at Building 5, No. 998 Wenyi West Road, Yuhang District, Hangzhou, Zhejiang Province ("Customer"); and

(2) IZ MARKSCAN D.O.O., a limited liability company incorporated in Croatia, with its registered office in Veli Iz, Otok Iz, Zadar County, Croatia ("Vendor").

RECITALS

A. Customer runs livestream shopping channels on several Chinese platforms and lists several thousand third-party products each month. Before a product is presented on a livestream, Customer's merchandising team must check that the brand on the product is registered, in force and owned by or licensed to the supplier offering it.

B. Vendor operates an application programming interface that returns, for a queried mark, its registration status, classes, owner, validity dates and recorded licences in the Chinese trademark register and other registers listed in the Schedule.

C. At Customer's request all fees under this Agreement are stated and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "API" means Vendor's trademark status check interface, including its documentation, sandbox and production endpoints.

1.2 "Query Data" means all data that Customer or its users submit through the API, such as mark names, images, supplier names and product listing identifiers, and all results returned for Customer's queries.

1.3 "Subscription Year" means each consecutive period starting on the Subscription Start Date or an anniversary of it.

1.4 "Subscription Start Date" means the date on which Vendor issues the production API keys after Onboarding Acceptance.

1.5 "Watchlist Configuration" means the brand watchlists, alert rules and report templates that Vendor sets up for Customer under clause 3.3.

2. TERM

2.1 This Agreement starts on signature and continues for two Subscription Years from the Subscription Start Date.

2.2 The Agreement does not renew automatically. The parties may agree a renewal in writing before it expires.

3. THE SERVICE

3.1 Vendor grants Customer a non-exclusive, non-transferable right during the term to call the API from Customer's own systems, and to use and keep the results for Customer's internal business, including showing them to its suppliers and to the platforms on which it sells.

3.2 The subscription includes the query volume stated in the Schedule. Queries above that volume are charged at the overage rate in the Schedule.

3.3 Vendor shall set up the Watchlist Configuration for up to 2,000 brands supplied by Customer, so that Customer is alerted when a watched mark lapses, is opposed, is cancelled or changes owner.

3.4 Vendor shall keep the API documentation up to date and give Customer at least 60 days' notice of any change that is not backward compatible.

4. ONBOARDING AND ACCEPTANCE

4.1 Vendor shall provide sandbox access within 3 business days after signature and shall complete the Watchlist Configuration within 10 business days after signature.

4.2 Onboarding Acceptance tests: (a) for a test set of 200 marks chosen by Customer, the API returns the correct status, classes and owner as checked by Customer's trademark agent against the official register; (b) the median response time of the API is under 800 milliseconds over 1,000 test calls; (c) the Watchlist Configuration generates alerts for five test changes prepared by Vendor. When the tests are passed Customer shall confirm Onboarding Acceptance in writing.

4.3 If Onboarding Acceptance is not achieved within 15 business days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay until it is achieved.

5. SERVICE LEVELS AND SUPPORT

5.1 Vendor shall make the production API available at least 99.95% of each calendar month, measured by Vendor's external monitoring, excluding maintenance announced 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Support requests are classified and answered as follows: Priority 1 (API unavailable or returning wrong status data for many marks) - response within 1 hour at any time; Priority 2 (degraded speed, single wrong results) - response within 1 business day; Priority 3 (questions) - response within 3 business days.

5.3 If availability in a month falls below the level in clause 5.1, or a Priority 1 response is late, Customer shall receive a service credit of 5% of the monthly share of the subscription fee for each such failure, up to 25% of that share in any month. Credits are set off against the next invoice or, at the end of the term, refunded.

5.4 Register data is updated daily. Vendor shall correct any wrong result reported by Customer within 2 business days.

6. FEES AND PAYMENT

6.1 The fees are set out in the Schedule.

6.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year; the first invoice is issued on the Subscription Start Date. Overage charges are invoiced quarterly in arrears. Invoices are payable within 30 days.

6.3 The fees are fixed for the two Subscription Years.

7. QUERY DATA

7.1 Query Data belongs to Customer.

7.2 Vendor shall use Query Data only to provide the Service to Customer and shall not sell it, disclose it to Customer's competitors or use it for any other purpose during or after the term.

7.3 Customer shall not submit personal information of natural persons through the API, other than the names of individual trademark owners where these appear in the register.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its software and its compiled database.

8.2 The Watchlist Configuration and any report templates made for Customer belong to Customer. Customer may use, modify and license them freely, and Vendor shall export them on request in a documented format.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including Customer's product plans and supplier lists, and shall not disclose it to third parties without prior written consent, except to its advisers or where required by law.

9.2 This clause continues for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of the Service without Customer's prior written consent and remains responsible for any approved subcontractor.

11. WARRANTIES

11.1 Vendor warrants that the results returned by the API reflect the relevant official register as of its last daily update, and that the Service will be performed with reasonable skill and care.

11.2 Vendor does not give legal advice. Customer remains responsible for its decisions on which products to present.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit.

12.2 Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer under this Agreement in the six (6) months before the event giving rise to the claim.

12.3 The limit in clause 12.2 does not apply to personal injury or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the part of the subscription fee already paid for the period after termination.

13.3 On expiry or termination, Customer may keep and continue to use all results obtained during the term.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

15. CUSTOMER OBLIGATIONS

15.1 Customer shall keep its API keys secret, use the API only through its own systems and not resell the results as a stand-alone data product.

15.2 Customer shall supply the brand list for the Watchlist Configuration and a contact person for Onboarding Acceptance, and shall report suspected wrong results with the query reference.

16. FORCE MAJEURE

16.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics, failures of public networks or an interruption of an official register's own publication, provided that it informs the other party promptly and resumes performance as soon as possible. Periods of force majeure are excluded when availability is calculated.

17. NOTICES

17.1 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses above or any other address a party notifies. An e-mail notice is received on the next business day after it is sent.

18. GENERAL

18.1 Neither party may assign this Agreement without the other's written consent.

18.2 This Agreement, with its Schedule, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

SCHEDULE - REGISTERS, VOLUMES AND FEES

Registers covered: China National Intellectual Property Administration trademark register; Hong Kong, Macao and Taiwan registers; WIPO Madrid Monitor; EUIPO; USPTO.

Included query volume: 600,000 queries per Subscription Year. Unused queries do not carry over.

Fees (CNY, including VAT):
  Subscription fee, per Subscription Year                        186,000
  Subscription fees for the two Subscription Years               372,000
  Watchlist Configuration and onboarding                     included
  Overage, per query above the included volume                  0.25

SIGNED for and on behalf of Customer: ____________________   Date: __________

SIGNED for and on behalf of Vendor: ____________________   Date: __________
"""


# ===============================================================================================================
# Files, labels, checks
# ===============================================================================================================
FILES = {  # key: (file name, format, language)
    "h312z01": ("h312z01_grain_reserve_depot_monitoring_platform.pdf", "pdf", "zh", H312Z01),
    "h312z02": ("h312z02_pipe_pile_centrifugal_line_control_retrofit.docx", "docx", "zh", H312Z02),
    "h312z03": ("h312z03_early_learning_chain_saas_implementation.txt", "txt", "zh", H312Z03),
    "h312z04": ("h312z04_petition_bureau_system_annual_om.txt", "txt", "zh", H312Z04),
    "h312z05": ("h312z05_chili_oil_traceability_supplier_template.md", "md", "zh", H312Z05),
    "h312e01": ("h312e01_celadon_kiln_profile_perpetual_licence_greek_vendor.pdf", "pdf", "en", H312E01),
    "h312e02": ("h312e02_geopark_shuttle_ticketing_saas_order_form.md", "md", "en", H312E02),
    "h312e03": ("h312e03_rice_farm_paddy_water_sensors.docx", "docx", "en", H312E03),
    "h312e04": ("h312e04_sole_maker_managed_soc_monitoring.md", "md", "en", H312E04),
    "h312e05": ("h312e05_livestream_trademark_status_api.txt", "txt", "en", H312E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub,
          law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, fee base for TCO or None, forum outside mainland China, expected rules)
LABELS = {
    "h312z01": ("hardware",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2430000),
                2220000, False, []),
    "h312z02": ("hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 18, 28, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1790000),
                1528000, False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h312z03": ("cloud",
                terms(99.95, 1, True, "buyer", True, True, False, 1500 / 1858000 * 100, None,
                      778000 / 1858000 * 100, True, None, None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1858000),
                None, False, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-PREPAYMENT"]),
    "h312z04": ("services",
                terms(None, None, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                      True, False, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=614000),
                None, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h312z05": ("software",
                terms(None, 24, False, "supplier", True, False, True, 0.03, 25, 65, False, False, 6, None, False,
                      True, True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=670000),
                268000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h312e01": ("software",
                terms(None, 2, True, "buyer", True, True, True, 900 / 736000 * 100, 150, 20, True, True, 18, 11,
                      False, True, False, "Greece", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=736000),
                540000, True, ["CR-GOVERNING-LAW"]),
    "h312e02": ("cloud",
                terms(99.95, 0.5, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                      True, False, "Estonia", S),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=802000),
                None, True, ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h312e03": ("hardware",
                terms(None, 1, True, "buyer", True, True, True, 1200 / 1470000 * 100, 200, 10, True, True, 24, 7,
                      False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1470000),
                1200800, False, []),
    "h312e04": ("services",
                terms(99.5, 0.25, True, "buyer", True, True, True, 1000 / 1326000 * 100, 150, None, True, None,
                      None, None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1326000),
                None, False, ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "h312e05": ("cloud",
                terms(99.95, 1, True, "buyer", False, True, True, 300 / 372000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000),
                None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(t, x, base, foreign_forum):
    """policy.md §3 applied to my own labels (a cross-check of the hand-written rule lists, not the project's code)."""
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold figures: regexes on the texts -------------------------------------------------------------------
NUMZH = "〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.90*(?![0-9])"],
    "P1 4 hours": [r"(?<![0-9.,])4\s*-?\s*(?:hours?|hrs?|h)\b", r"(?<![0-9.,])4\s*个?\s*小时",
                   rf"(?<![{NUMZH}])[四肆]\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
                   r"(?<![0-9.,])240\s*(?:minutes?|mins?|分钟)", r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![0-9.,])0\.05" + PCT, r"万分之[五伍]", r"千分之零点五", r"0\.5\s*‰"],
    "cap 100 %": [r"(?<![0-9.,])100" + PCT, r"百分之[一壹]?[百佰](?![零一二三四五六七八九十])",
                  r"\bhundred\s*(?:per\s*cent|percent|%)"],
    "prepayment 30 %": [r"(?<![0-9.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![十])三成",
                        r"\bthirty" + PCT],
    "TCO / payment 40 %": [r"(?<![0-9.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![十])四成",
                           r"\bforty" + PCT],
    "post-warranty 15 %": [r"(?<![0-9.,])15" + PCT, r"百分之十五(?![点])", r"\bfifteen" + PCT],
    "warranty 12 months": [r"(?<![0-9.,])12\s*-?\s*(?:months?|个\s*月)", rf"(?<![{NUMZH}])十二\s*个\s*月",
                           r"\btwelve[\s-]*months?\b", r"\bone[\s-]*years?\b", r"(?<![0-9.,])1\s*-?\s*years?\b",
                           rf"(?<![{NUMZH}])[一壹]\s*年", r"\ba\s+year\b"],
    "5 years": [r"(?<![0-9.,])5\s*-?\s*(?:years?|年)", rf"(?<![{NUMZH}])[五伍]\s*年", r"\bfive[\s-]*years?\b",
                r"(?<![0-9.,])60\s*-?\s*(?:months?|个\s*月)", rf"(?<![{NUMZH}])六十\s*个\s*月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    copies = [text, re.sub(r"\s+", " ", text), re.sub(r"(?<=[\u2e80-\uffff])\s+(?=[\u2e80-\uffff0-9])", "", text)]
    for k, pats in COMPILED.items():
        for p in pats:
            for c in copies:
                m = p.search(c)
                if m:
                    hits.append((k, m.group(0)))
                    break
    return hits


def self_test():
    must_hit = ["99.9%", "99.90 %", "4小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "240 minutes",
                "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "百分之一百",
                "30%", "30 %", "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "四成", "forty percent",
                "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月", "12 months", "12-month", "twelve months",
                "one year", "一年", "五年", "5年", "5 years", "five-year", "60 months", "六十个月", "sixty months"]
    must_not = ["24小时", "二十四小时", "24 hours", "14小时", "99.95%", "99.5%", "115%", "0.15%", "0.055%", "150%",
                "130%", "340%", "百分之三十五", "百分之一百五十", "thirty-five per cent", "forty-five per cent",
                "one hundred and fifty per cent", "四十二个月", "2025年", "2026年12月", "二十五年", "25 years",
                "360 months", "1,240 minutes", "十二条", "第十二个", "18 months", "三年", "两年", "万分之三",
                "千分之一", "Subscription Year", "服务年度", "0.25", "1,500", "4,800 hectares", "2,400 units"]
    for s in must_hit:
        assert threshold_hits(s), ("self-test must hit", s)
    for s in must_not:
        assert not threshold_hits(s), ("self-test must not hit", s, threshold_hits(s))


def near(v, t, tol):
    return v is not None and abs(v - t) < tol


def check_label_values(key, t, x, base):
    assert not near(t["availability_pct"], 99.9, 0.02), key
    assert not near(t["p1_response_hours"], 4, 0.5), key
    assert not near(t["ld_rate_per_day_pct"], 0.05, 0.005), key
    assert not near(t["liability_cap_pct"], 100, 5), key
    assert not near(t["prepayment_pct"], 30, 2), key
    assert not near(t["warranty_months"], 12, 1), key
    assert not near(t["post_warranty_fee_pct"], 15, 1), key
    if t["contract_kind"] == G and base is not None:
        assert not near(tco_share(t, x, base), 40, 2), key


# ---- build and read back ---------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    problems = []
    print()
    print("%-62s %-4s %-7s %6s  %-6s %s" % ("file", "lang", "format", "length", "risk", "expected rules"))
    for key, (name, fmt, lang, src) in FILES.items():
        category, t, x, base, foreign, rules = LABELS[key]
        text = read_back(OUT / name, fmt)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for src_text in (text, src):
            hits = threshold_hits(src_text)
            if hits:
                problems.append("%s threshold figure(s): %s" % (name, hits))
        assert rules == sorted(rules), key
        derived = rules_from_labels(t, x, base, foreign)
        if derived != rules:
            problems.append("%s rules %s but labels give %s" % (key, rules, derived))
        check_label_values(key, t, x, base)
        assert list(t) == TERM_KEYS
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": category, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                     encoding="utf-8")
        share = tco_share(t, x, base) if (t["contract_kind"] == G and base) else None
        print("%-62s %-4s %-7s %6d  %-6s %s%s" % (name, lang, fmt, n, risk(rules), ", ".join(rules) or "(none)",
                                                 "" if share is None else "   [TCO share %.2f %%]" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: %s" % missing)
    n_rules = {k: len(v[5]) for k, v in LABELS.items()}
    mix = sorted(n_rules.values())
    if not (mix.count(0) == 2 and sum(1 for k, v in LABELS.items() if v[5] == ["CR-GOVERNING-LAW"]) == 1
            and sum(1 for c in mix if 2 <= c <= 3) == 6 and n_rules["h312z05"] >= 8):
        problems.append("mix wrong: %s" % n_rules)
    print()
    print("all %d CR rules expected at least once: %s" % (len(ALL_RULES), not missing))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
