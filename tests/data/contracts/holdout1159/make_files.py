"""holdout1159: builds the ten drafts from the sources below (.txt/.md written as is; .docx/.pdf through
../word_pdf.py), writes the .json labels, derives each draft's rules from its labels, and asserts lengths,
coverage and that no value or text sits on a policy threshold. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市口岸工作办公室跨境电商综合服务平台采购合同
P:合同编号：KA-ZC-2026-031　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市人民政府口岸工作办公室
P:乙方（供应商）：某省通衢信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就跨境电商综合服务平台项目订立本合同，由甲方提供合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供跨境电商综合服务平台软件许可（永久使用，不限用户数），并完成通关申报对接、国际贸易单一窗口接口、物流轨迹归集、海关监管驾驶舱等定制开发及部署实施、培训。
P:1.2 合同总价为人民币1,610,000元（含税），其中：平台软件许可费860,000元；定制开发费624,000元；实施部署费98,000元；培训费28,000元。
P:1.3 合同总价为固定价格，包含乙方完成本项目的全部费用，甲方不再支付其他任何费用。
P:1.4 乙方提供的平台软件应为最新稳定版本，并在合同签订时提供软件著作权登记证书复印件及原厂授权文件。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后九十日内完成平台部署、定制开发和初验准备，交付地点为甲方指定的政务云机房。
P:2.2 乙方应按甲方认可的实施计划推进工作，每两周提交进度报告；进度偏差超过十日的，应书面说明原因和补救措施。
P:2.3 乙方应采用国产化服务器操作系统和数据库完成部署，并保证平台与甲方现有统一身份认证系统、电子政务外网和政务数据共享交换平台对接。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合规发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台终验合格后十个工作日内，甲方支付合同总价的35%。
P:3.4 甲方付款通过国库集中支付办理，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验：乙方完成部署并提交测试报告后，甲方组织初验，验收标准为招标文件功能清单全部实现、单一窗口接口报文校验一致、500个并发用户下页面响应时间不超过3秒、第三方安全测评无高危漏洞。
P:4.2 终验：初验合格后平台试运行九十日，期间无一级故障且申报数据与海关回执核对一致的，甲方组织终验，并出具书面终验报告。
P:4.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新提交验收。
P:4.4 验收所需的第三方安全测评费用由乙方承担，测评机构由甲方从具备相应资质的机构中选定。
H:第五条 质量保证与维护
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程及现场技术支持。
P:5.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过68,800元），且在质保期满后三年内不上调；维护合同由双方另行签订，不自动续期。
P:5.3 质保期内乙方每半年对平台进行一次全面健康检查，包括性能评估、安全漏洞扫描和数据备份恢复演练，并向甲方提交书面检查报告。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级响应：一级故障（平台无法申报或数据中断）30分钟内响应、2小时内到场；二级故障1小时内响应；三级故障当日响应。
P:6.3 乙方每逾期响应一小时，甲方可扣减1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，从应付款项或履约保证金中扣除。
H:第七条 知识产权
P:7.1 定制开发形成的程序、源代码、接口文档、数据模型及其他交付成果的知识产权归甲方所有，乙方应在终验时交付完整源代码和文档。
P:7.2 平台软件的既有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方有权自行或委托第三方修改定制部分。
H:第八条 数据安全
P:8.1 平台中的申报数据、企业信息、物流数据及日志均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的。
P:8.2 乙方应落实等级保护第三级要求，运维操作通过堡垒机进行并全程审计，不得将数据复制出甲方机房。
P:8.3 发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:8.4 合同终止或履行完毕后，乙方应将掌握的甲方数据全部交还并删除副本，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、企业商业信息及平台技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应免费修复；经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:第十一条 分包与转包
P:乙方不得分包或转包本合同项下任何工作。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
P:12.3 合同解除后，乙方应在十日内移交已完成的工作成果、源代码和甲方数据，甲方按已验收部分结算价款。
H:第十三条 履约保证金
P:乙方应在合同签订前提交合同总价5%的履约保证金，终验合格后无息退还。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有五年以上同类项目经验的项目经理，并组建不少于八人的实施团队常驻甲方现场，项目经理和技术负责人未经甲方书面同意不得更换。
P:14.2 乙方应在合同签订后十日内提交项目实施方案，明确需求调研、设计、开发、测试、部署、试运行各阶段的工作内容、时间节点和交付物，经甲方确认后执行。
P:14.3 甲方指定项目联系人负责协调口岸查验单位、海关及相关部门，提供必要的工作场所、网络环境和业务资料。
H:第十五条 文档与培训
P:15.1 乙方应交付需求规格说明书、系统设计说明书、接口规范、测试报告、部署手册、用户手册和运维手册，文档应为中文并与交付系统版本一致。
P:15.2 乙方应对甲方及口岸相关单位的管理人员、业务人员和技术人员分层开展培训，总计不少于六十人次，确保受训人员能够独立完成日常操作和基础运维。
H:第十六条 不可抗力与变更
P:16.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
P:16.2 甲方因监管政策调整需要变更功能的，双方应书面确认变更内容、工期和费用；变更金额累计不超过合同总价的10%的，按投标单价计算。
H:第十七条 争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z02 = """T:打磨机装配产线控制系统改造合同
P:合同编号：DM-GZ-2026-017
P:甲方：某市锐磨电动工具有限公司（电动打磨机厂）
P:乙方：某省恒控自动化工程有限公司
P:甲方为提升角磨机、砂光机装配线的自动化水平，委托乙方对两条装配产线的控制系统进行改造，双方经协商订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条装配线的PLC控制柜更换、伺服驱动改造、视觉检测工位加装、人机界面更新，并提供产线监控软件许可及定制程序开发、安装调试和培训。
P:1.2 设备与软件明细及价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器）|6套|68,000|408,000
TB:2|伺服驱动及电机|24套|9,500|228,000
TB:3|视觉检测工位|4套|86,000|344,000
TB:4|工业触摸屏HMI|12台|8,500|102,000
TB:5|产线监控软件许可（永久）|1套|298,000|298,000
TB:|设备及软件小计|||1,380,000
TB:6|安装调试|1项|156,000|156,000
TB:7|定制程序开发（工艺配方、MES对接）|1项|124,000|124,000
TB:|合同总价（含税）|||1,660,000
P:1.3 合同总价为固定总价，含设备、软件、运输、保险、安装、调试、培训及税费。
P:1.4 乙方所供设备应为原厂全新产品，并随货提供合格证、出厂检验报告和原厂质保承诺。
H:第二条 交付与安装
P:2.1 乙方应在合同签订后六十日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。改造须利用甲方停产检修窗口分段进行，单条产线连续停线不得超过七日。
P:2.2 设备到货后，双方共同开箱清点并签署到货签收单；到货签收仅确认数量和外观，不代表质量验收。
P:2.3 乙方应在进场前完成旧控制系统程序和参数的备份，并在改造期间保证另一条产线的正常生产不受影响。
P:2.4 因甲方生产计划调整导致停线窗口推迟的，交付期限相应顺延，双方书面确认新的时间安排。
H:第三条 付款
P:3.1 合同签订后十五日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。
P:3.3 终验合格后十五日内，甲方支付合同总价的35%。
H:第四条 验收
P:4.1 安装调试完成后，两条产线连续试生产二十个工作日，乙方提交试运行报告后甲方组织终验。
P:4.2 终验标准：单线节拍不高于每台42秒；视觉检测对碳刷装配缺陷的漏检率低于0.5%；PLC与监控软件数据刷新不超过1秒；安全光幕与急停回路功能测试全部通过；工艺配方切换在3分钟内完成。
P:4.3 任何一项未达标的，乙方应在十日内整改并重新验收；试生产期间的产品产出不视为验收合格。
P:4.4 终验合格后，双方签署终验报告，质保期及维保费用的起算均以终验报告签署日为准。
H:第五条 质量保证
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷，并每季度进行一次预防性巡检。
P:5.2 质保期满后的年度维保服务费，每年按设备及软件小计的28%计取（即每年386,400元），质保期满后三年内按此价格执行，不另行上调。维保服务内容包括备件更换、软件升级、巡检和故障处理。
P:5.3 质保期内乙方应建立设备运行档案，每次巡检后提交巡检报告，列明发现的问题和处理建议。
H:第六条 故障响应
P:6.1 一级故障（整线停产）乙方应在1小时内响应、6小时内到场；二级故障（单工位停用）2小时内响应、次日到场。
P:6.2 乙方每逾期响应或到场一小时，向甲方支付600元；由此造成的甲方停产损失另行按实际计算。
P:6.3 乙方应提供7×24小时服务热线，并在甲方厂区所在地市设立服务网点或派驻工程师，保证质保期内技术人员随叫随到。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的PLC程序、工艺配方模块、MES接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 产线监控软件的既有知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权；如因此引起纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数及质量检测图像属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN接入，操作留痕；发生数据泄露或被篡改的，乙方应在2小时内报告并承担因此造成的损失。
P:8.3 乙方不得在设备或软件中预置远程锁定、时间限制或其他可能影响甲方正常使用的功能。
H:第九条 保密
P:双方对履约中获知的对方技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露，期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方设备或软件不符合约定标准的，应免费更换或修复，并赔偿甲方由此造成的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:电气柜内部配线可由乙方委托具备资质的单位完成，但须事先取得甲方书面同意；其余工作不得分包。
H:第十二条 解除
P:乙方严重违约，经书面催告后十日内未纠正的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:乙方设备经两次整改仍无法通过终验的，甲方亦有权解除合同，乙方应自费拆除所供设备并恢复原有系统运行。
H:第十三条 培训与技术文档
P:13.1 乙方应在终验前对甲方电气维修人员、工艺工程师和班组长进行现场培训，内容包括PLC程序结构、伺服参数调整、视觉检测模型维护、监控软件操作和常见故障处理，培训不少于五个工作日。
P:13.2 乙方应交付电气原理图、接线图、PLC程序注释版、伺服参数表、视觉检测算法说明、软件操作手册和备件清单，图纸应与现场实际一致。
H:第十四条 现场安全与人员管理
P:14.1 乙方进场人员应遵守甲方厂区安全生产、防火和劳动纪律规定，电气作业人员须持有效特种作业证书。
P:14.2 乙方应在停线窗口开始前三日提交施工方案和旧系统回退方案，经甲方设备部确认后实施；因乙方施工造成甲方设备损坏或人员伤害的，由乙方承担责任。
P:14.3 乙方施工产生的废旧线缆、包装材料应当日清运，旧控制柜及旧伺服设备由乙方拆除后交甲方设备仓库统一处置。
H:第十五条 备品备件
P:15.1 乙方应随货提供首批易损备件，包括伺服编码器线缆、安全继电器、光源及相机保护镜片，并在质保期内保证关键备件在四十八小时内供货。
P:15.2 乙方保证所供设备停产后七年内仍可提供备件或兼容替代件。
P:15.3 质保期满后甲方自行采购备件的，乙方应按不高于同期市场价格供货，并提供必要的安装指导。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的一方应及时通知对方，并在十日内提供证明；不可抗力影响持续超过六十日的，双方可协商解除合同。
H:第十七条 法律适用与争议
P:本合同适用中华人民共和国法律。争议提交金华仲裁委员会仲裁。
H:第十八条 生效
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:招标邀请函、乙方报价文件及技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z03 = """家电维修连锁门店预约及会员管理SaaS服务合同

合同编号：JW-SaaS-2026-08

甲方：某市安修家电维修服务连锁有限公司（下设门店24家）
乙方：某市云约软件科技有限公司

甲方拟使用乙方的预约派单及会员管理SaaS平台，覆盖全部24家门店，双方经协商订立本合同。

一、服务内容与期限
（一）乙方向甲方提供线上预约、工单派发、配件出入库、会员积分与储值、门店经营报表等SaaS服务，并负责系统实施，包括门店初始化配置、历史会员数据导入、小程序上线、收银设备对接及人员培训。
（二）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（三）服务期满前六十日，任何一方未书面提出异议的，本合同自动续期一个服务年度，续期服务费与第二个服务年度相同，不作调整。

二、服务费用
（一）年度订阅费按门店数计收：每店每服务年度7,350元，24家门店合计每服务年度176,400元，两个服务年度合计352,800元。
（二）实施费86,000元，为一次性费用。
（三）合同总价为438,800元（含税）。服务期内新增门店的，按每店每服务年度7,350元按剩余天数折算增加。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（三）乙方应在甲方付款前开具合规增值税专用发票。
（四）服务期内新增门店的订阅费，在新增门店开通后的下一个付款周期一并结算；关闭门店的，自关闭之日起停止计费，已付费用按剩余天数折算后抵扣下期费用。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的实施和上线准备。
（二）上线验收标准：24家门店均可正常预约、派单、收银；历史会员数据导入后抽样核对无差错；小程序在高峰时段1,000人同时在线时下单响应不超过2秒；工单状态与短信通知同步。
（三）验收不合格的，乙方应在七日内整改后重新验收。门店开始试用不视为验收合格。
（四）上线验收合格后，双方签署上线验收确认书，作为第一个服务年度的起算依据。
（五）乙方应向甲方提交实施总结报告，列明各门店配置情况、数据导入结果和遗留问题清单。

五、服务水平
（一）平台月度可用率不低于99.5%（计划内维护除外，计划内维护应安排在夜间23时至次日6时并提前通知）。
（二）一级故障（全部门店无法下单或收银）乙方应在1小时内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日恢复。
（三）月度可用率未达承诺的，每低于0.1个百分点，按当月订阅费的5%抵扣下期服务费；一级故障响应每超时一小时，抵扣2,000元。
（四）乙方应每月向甲方提供服务报告，列明当月可用率、故障情况和处理结果，甲方对报告有异议的，双方在十日内核对确认。

六、数据权属与安全
（一）甲方会员信息、工单、交易流水等业务数据属于甲方。
（二）乙方可在去除个人身份信息后，将甲方工单及交易数据汇总用于行业维修趋势分析和乙方产品改进，并可在服务期满后继续保留上述汇总结果。
（三）乙方应采取加密存储、访问权限控制和操作日志审计等措施保障数据安全，平台部署在境内云资源，并符合个人信息保护相关法律要求。
（四）发生数据泄露、丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（五）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练。
（六）服务终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并删除平台中的甲方数据。

七、知识产权
（一）乙方平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的报表模板、会员积分规则配置及收银接口程序，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其平台及服务不侵犯任何第三方的知识产权，如有第三方主张权利，由乙方负责处理并承担由此产生的全部费用。

八、保密
双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内持续有效。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方交付的系统功能不符合功能清单的，应在十日内免费完善，逾期未完善的，甲方可要求相应减少实施费。
（三）乙方累计赔偿责任（含违约金）以合同总价的200%为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。

十、分包
乙方可将门店现场实施、收银设备安装等工作委托第三方服务商完成，但应提前五个工作日书面通知甲方；乙方对第三方的工作承担责任。
第三方服务商人员进入门店前，乙方应向甲方提供人员名单和联系方式。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，并按未履行期间退还已付订阅费。
（二）平台连续两个月可用率未达承诺的，甲方有权解除合同。
（三）合同解除或服务期满的，乙方应配合甲方完成数据迁移，迁移期间不少于三十日，乙方不得以任何理由停止数据导出功能。

十二、培训与客户支持
（一）乙方应为甲方总部管理人员和各门店店长、前台、维修技师分批开展线上及现场培训，上线前完成全部门店的操作培训。
（二）乙方提供7×24小时在线工单支持和工作日人工客服，并指定专属客户成功经理，每季度与甲方召开一次服务回顾会，提交服务报告。
（三）甲方门店新员工入职的，乙方应通过在线课程和操作视频提供培训支持，不另行收费。
（四）乙方应在小程序及门店收银端提供操作指引，并在版本更新时同步更新相关说明。

十三、甲方责任
（一）甲方应按时提供门店清单、价格目录、会员历史数据和收银设备信息，并指定项目联系人配合实施。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按本合同约定及时支付服务费，并为乙方门店现场实施人员提供必要的工作条件。

十四、服务变更与版本升级
（一）乙方对平台进行版本升级的，应提前十日通知甲方，升级不得降低本合同约定的功能和服务水平。
（二）甲方需要新增定制功能的，双方另行协商确定工作量和费用，并以书面补充协议确认。
（三）乙方调整平台功能或下线部分功能的，应提前三十日通知甲方，并提供不低于原有功能水平的替代方案。

十五、不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务；公有云基础设施服务商故障不属于不可抗力。
受不可抗力影响的一方应在三日内通知对方，并在影响消除后立即恢复履行；不可抗力持续超过三十日的，双方可协商解除合同，并按实际服务期间结算费用。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十七、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件：门店清单、功能清单。
合同履行期间的通知以书面形式送达本合同首页所列地址，电子邮件送达经对方确认后有效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """某市水利局河道水位监测系统年度运行维护服务合同

项目编号：SL-CS-2026-112　采购方式：竞争性磋商

甲方：某市水利局
乙方：某市澄波水务科技有限公司

根据竞争性磋商文件及乙方响应文件，甲方委托乙方承担全市河道水位监测系统的年度运行维护服务，双方订立本合同。

第一部分 服务范围
1. 运维对象为全市86个河道水位监测站（含雷达水位计、遥测终端、太阳能供电系统、视频监视设备）、中心站数据接收服务器及水位监测信息平台。
2. 服务内容包括：站点季度巡检与汛前全面检修、设备故障处置、数据接收与报汛质量监控、平台软件维护、备品备件管理、运维台账及年度运维报告。
3. 汛期（每年5月1日至9月30日）乙方应安排不少于6名专职人员驻守值班，非汛期不少于3名。
4. 乙方应在合同签订后十日内与上一运维单位完成交接，核对设备清单、备件库存和平台账号，交接中发现的问题应书面报告甲方。

第二部分 服务期限与费用
1. 服务期限为一年，自2027年1月1日起至2027年12月31日止。期满后服务自行终止，是否续签由甲方另行按规定采购确定。
2. 年度运维服务费为人民币968,000元（含税），包括人工、交通、备件、检测及税费。其中备品备件费用单列182,000元，按实际更换数量据实结算，结余部分在第四季度费用中扣减。
3. 服务费按季度支付：每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费（每季度242,000元）。本合同不设预付款。

第三部分 服务标准
1. 监测站点月度在线率不低于99.95%，中心平台月度可用率不低于99.95%。
2. 故障分级：一级故障为中心平台中断或5个以上站点同时中断，乙方应在30分钟内响应、3小时内恢复；二级故障为单站中断，乙方应在2小时内响应、汛期当日内恢复、非汛期次日内恢复；三级故障为视频或辅助设备异常，三日内处理完毕。
3. 汛期遇暴雨预警时，乙方应在预警发布后1小时内完成全部站点数据核查并向甲方值班室报告。
4. 考核扣款：站点月度在线率每低于承诺值0.01个百分点，扣减当季服务费1,500元；一级故障响应或恢复每超时一小时，扣减2,000元；二级故障每超时一日，扣减800元。扣款在当季服务费中直接扣除。
5. 站点巡检要求：每季度对全部站点巡检一次，检查雷达水位计零点、遥测终端通信、蓄电池电压、太阳能板清洁和避雷接地情况，并拍照留存；汛前检修应在4月30日前完成。
6. 乙方应对平台水位数据进行日常质量审核，发现异常跳变、缺报或错报的，应当日核实处理，并在月报中说明原因。
7. 乙方应配合甲方做好与省水文监测平台的数据共享对接，保证上报数据格式符合有关技术标准。

第四部分 考核与验收
1. 甲方每季度按磋商文件所附考核细则对乙方运维工作进行考核，考核内容包括在线率、故障处置时效、巡检完成率和台账完整性。
2. 服务期满后，甲方组织年度验收，验收标准为：全年各月在线率及可用率均达到承诺值；巡检记录、故障处置记录完整；设备完好率不低于98%；年度运维报告经甲方审核通过。
3. 年度验收不合格的，乙方应在二十日内整改，整改后仍不合格的，甲方可从最后一季度服务费中扣减相应费用。
4. 季度考核结果作为服务费支付依据，考核得分低于八十分的，当季服务费按考核细则相应核减。

第五部分 数据安全
1. 监测数据、视频资料、平台数据库及运维日志均属于甲方所有，乙方仅可为完成运维工作使用，不得用于其他用途。
2. 乙方运维人员须实名登记，通过甲方提供的运维终端和账号登录平台，不得私自开设远程通道，操作全程记录。
3. 乙方应落实网络安全等级保护要求，定期检查服务器补丁、病毒防护和数据备份情况，防止数据丢失、被篡改或被非法访问。
4. 发生数据丢失、篡改或网络安全事件的，乙方应在1小时内报告甲方，并承担因其原因造成的全部损失。

第六部分 知识产权
乙方在服务期内形成的运维报告、台账、配置文件及为平台编写的脚本和补丁程序，其知识产权归甲方所有。

第七部分 人员管理
1. 乙方应在合同签订后五日内提交运维人员名单，项目负责人应具有水利信息化相关工作经验，更换人员须经甲方同意。
2. 乙方人员进入水利设施现场应遵守甲方安全管理规定，涉水作业须配备救生设备，乙方承担其人员的安全责任。
3. 乙方应为运维人员购买意外伤害保险，并配备巡检车辆、检测仪器和通讯设备，相关费用已包含在服务费中。

第八部分 分包
乙方不得将本合同服务分包或转包给第三方。

第九部分 违约责任
1. 乙方未按本合同约定提供服务的，应当承担违约责任，赔偿由此给甲方造成的损失。
2. 甲方未按约定支付服务费的，应继续履行付款义务。
3. 乙方擅自更换项目负责人或驻守人员不足的，甲方可要求其限期改正，并在季度考核中扣分。
4. 任何一方违反本合同约定给对方造成损失的，应依法承担赔偿责任。

第十部分 合同解除
1. 乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
2. 乙方擅自分包或转包的，甲方有权立即解除合同。
3. 合同解除的，乙方应在五日内移交运维台账、备件、平台账号及全部技术资料，并配合甲方确定的新运维单位完成交接，交接期间不得中断数据报送。

第十一部分 汛期应急保障
1. 乙方应编制汛期运维应急预案，在每年4月20日前报甲方审定，并组织至少一次应急演练。
2. 遇超警戒水位、台风或暴雨红色预警时，乙方应按甲方指令增派人员，对重点站点实行加密巡查，必要时启用备用电源和备用通信链路，确保水位数据连续上报。
3. 因道路中断等原因无法到达现场的，乙方应立即报告甲方，并通过远程诊断等方式尽力恢复数据传输。
4. 应急期间乙方增派人员和车辆发生的费用已包含在年度运维服务费中，乙方不得另行向甲方收取。

第十二部分 备品备件与运维报告
1. 乙方应储备不少于站点总数10%的雷达水位计和遥测终端备件，备件型号须与现有设备兼容，更换下来的旧设备交甲方处置。
2. 乙方应于每月5日前提交上月运维月报，内容包括站点在线情况、故障处置记录、巡检情况和存在问题；服务期满后十日内提交年度运维报告和设备状态评估。
3. 乙方应建立站点设备档案，记录设备型号、安装位置、更换及维修情况，服务期满时随同运维台账移交甲方。
4. 乙方应每半年对中心站服务器、存储设备和平台软件进行一次全面检查，形成检查报告并提出改进建议。

第十三部分 不可抗力
因洪水、地震等不可抗力造成站点设备损毁的，乙方不承担设备重置费用，但应及时报告并配合甲方抢修。
受不可抗力影响的一方应及时通知对方并提供证明材料；不可抗力消除后，乙方应在三日内恢复正常运维服务。

第十四部分 法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十五部分 其他
磋商文件、乙方响应文件、考核细则为本合同组成部分。本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
"""

Z05 = """# 织迹工序追踪系统软件许可及定制开发合同

**（织迹软件标准合同文本 V3.0，乙方提供）**

合同编号：ZJ-HT-2026-0415

- 甲方（买方）：某县结艺绳编工坊有限公司
- 乙方（卖方）：某市织迹软件有限公司

鉴于甲方需要对绳编产品从选料、编结、定型、质检到包装的全部工序进行追踪管理，乙方同意向甲方提供织迹工序追踪系统软件许可并进行定制开发。双方依据本标准合同文本订立本合同。

## 第一条 合同标的与价款

1.1 乙方向甲方提供织迹工序追踪系统标准版软件许可（永久许可，限甲方一个厂区使用），并按甲方需求开发工序扫码报工、计件工资核算、订单进度看板等定制功能。

1.2 合同价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（永久） | 186,000 |
| 2 | 定制开发（扫码报工、计件工资、进度看板） | 212,000 |
| 3 | 安装实施及培训 | 38,000 |
| | 合同总价（含税） | 436,000 |

1.3 上述价款不含甲方自行采购的扫码枪、工位平板、服务器及网络设备费用。

1.4 乙方负责系统在甲方一个厂区内的部署；甲方增加厂区、增加用户授权或增加工序节点的，按乙方当时的报价另行计费。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即283,400元。乙方收到该笔款项后开始开发工作。

2.2 系统安装完成后五个工作日内，甲方支付剩余35%，即152,600元。

2.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金，乙方有权暂停服务直至甲方付清款项。

2.4 乙方在每笔款项到账后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在签约时书面提出。

## 第三条 交付

3.1 乙方应在收到首期款后七十五日内完成软件安装和定制功能部署。

3.2 因甲方需求变更、现场条件不具备或甲方未及时配合造成的延误，交付期限相应顺延，乙方不承担责任。

3.3 乙方交付的文档包括安装手册和用户操作手册，其他技术文档不在交付范围内。

3.4 乙方完成安装后，甲方应在三个工作日内安排人员开始使用系统，甲方未按期使用的，不影响乙方交付义务的完成。

## 第四条 验收

4.1 乙方完成系统安装后通知甲方，系统安装完成即视为甲方验收合格。

4.2 甲方在系统安装后如发现问题，可书面告知乙方，乙方在后续维护中予以处理，但不影响验收结论和付款。

## 第五条 免费维护与后续服务

5.1 乙方自系统安装完成之日起提供六个月免费维护，包括缺陷修复和远程技术支持。人为操作失误、甲方自行修改配置或硬件故障导致的问题不属于免费维护范围。

5.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。

## 第六条 技术支持

6.1 乙方提供工作日9:00—18:00的电话及远程技术支持。

6.2 一级故障（系统整体无法使用）乙方在接到通知后8小时内响应；其他故障在两个工作日内响应。

6.3 乙方将尽力在合理时间内解决故障，但不对故障处理时限作出保证，亦不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 乙方可根据产品规划对系统进行版本升级，升级后的功能以乙方发布的版本说明为准；甲方不同意升级的，乙方不再对旧版本提供支持。

## 第七条 知识产权

7.1 织迹工序追踪系统及其全部组成部分的知识产权归乙方所有。

7.2 乙方为甲方开发的定制功能、报表、接口程序及相关源代码，知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或提供给第三方。

7.3 甲方不得将系统用于许可范围以外的厂区或关联公司，超出许可范围使用的，乙方有权按标准许可价格向甲方收取费用。

7.4 乙方有权在其宣传材料和客户案例中使用甲方名称及项目名称。

## 第八条 数据安全

8.1 甲方在系统中录入的订单、工序、计件及员工信息等数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方实施和远程维护时，应使用甲方分配的账号，采取必要的安全措施防止数据泄露、丢失；发生数据安全事件的，乙方应在24小时内通知甲方，因乙方过错造成数据泄露或丢失的，乙方承担相应的赔偿责任。

8.3 乙方进行远程维护时，须经甲方同意方可查看系统运行日志。

8.4 本合同终止后，乙方应删除其因实施和维护而持有的甲方数据，甲方要求导出数据的，乙方应提供通用格式的数据文件。

## 第九条 保密

双方应对在履行本合同过程中获知的对方商业秘密承担保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限；乙方对甲方的间接损失、利润损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。

11.2 合同解除的，已支付的首期款中对应乙方已完成工作的部分不予退还。

11.3 甲方单方解除合同的，应向乙方支付已完成工作的费用，并承担乙方为履行合同已发生的合理成本。

11.4 乙方有权在甲方逾期付款超过三十日时解除合同，并要求甲方支付全部未付款项。

## 第十二条 甲方义务

12.1 甲方应按乙方要求准备服务器、操作系统、数据库及网络环境，并保证扫码枪、工位平板等终端设备满足系统运行要求。

12.2 甲方应指定专人配合需求调研和测试，及时确认需求说明书；甲方在确认后提出的需求变更，乙方有权另行收费并顺延交付期限。

12.3 甲方应自行负责系统数据的日常备份。

12.4 甲方应保证其提供的资料真实、完整，因甲方资料错误造成的系统问题，乙方不承担责任。

## 第十三条 培训

乙方在系统安装完成后为甲方提供两天的现场操作培训，培训对象为甲方管理人员及各工序班组长，超出部分按乙方标准收费。

培训结束后，由甲方参训人员签署培训记录。甲方人员变动导致需要重新培训的，按乙方标准另行收费。

## 第十四条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。网络运营商故障、第三方软件缺陷以及政策调整均视为不可抗力。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同文本为乙方标准文本，双方对文本的任何修改须以书面补充协议确认。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

本合同附件包括：需求说明书、定制功能清单、报价单。附件与正文不一致的，以正文为准。

双方授权代表签字前应仔细阅读全部条款，签字即视为双方已充分理解并同意本合同全部内容。

甲方（盖章）：____________　　乙方（盖章）：____________

签订日期：______年____月____日
"""

E01 = """T:Software Licence and Services Agreement - Quality Management System
P:Agreement No. WQS-CN-2026-044
P:This Agreement is made between Suzhou Lianchuang Precision Electronics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Buyer"), and Wharfedale Quality Systems Ltd, a company registered in England and Wales whose registered office is at Crossley Street, Wetherby, West Yorkshire (the "Supplier").
P:The Buyer wishes to replace its paper-based quality records with an electronic quality management system covering incoming inspection, statistical process control, non-conformance handling and supplier corrective actions at its two plants in Suzhou. The Supplier has agreed to grant a perpetual licence to its QualiTrack software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack quality management software in the version current at signature, including its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, workflow definitions, interface programs and their source code developed by the Supplier specifically for the Buyer.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including inspection results, measurement data, supplier records and personal data of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 350 named users at the Buyer's plants and any affiliate under the Buyer's control in mainland China.
P:2.2 The Supplier shall configure the Software, develop interfaces to the Buyer's ERP system and its coordinate measuring machines, migrate open non-conformance records from the Buyer's spreadsheets, train the Buyer's staff and support the go-live, all as described in the Statement of Work in Annex 1.
P:2.3 The Software will be installed on servers provided by the Buyer in its Suzhou data room. No part of the Software requires a connection to systems outside the Buyer's network in order to operate.
P:2.4 Each party shall appoint a project manager. The project managers shall meet weekly during implementation, keep a log of open issues and agree any change to the plan in writing. The Supplier's project manager and lead consultant named in Annex 1 shall not be replaced without the Buyer's consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,780,000 including VAT, made up of: Licence Fee CNY 1,240,000; implementation and interface development CNY 486,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Supplier's staff are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature, against the Supplier's invoice and a bank advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Supplier has installed the Software and the Buyer has signed the installation certificate. The installation certificate is not acceptance of the Software.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Supplier's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall install the Software within 45 days after signature and complete implementation ready for acceptance testing within 150 days after signature, following the project plan in Annex 1.
P:5.2 Acceptance tests shall show that: every function in the Annex 1 requirements list works as specified; ERP and measuring-machine interfaces transfer data without loss over ten consecutive working days; migrated records reconcile with the source files; reports open within 3 seconds with 120 concurrent users; and the audit trail records every change to a quality record.
P:5.3 When the tests are passed and the system has run in production for 30 days without a Severity 1 fault, the Buyer shall issue a written Final Acceptance certificate. Go-live, use of the Software or any payment does not amount to acceptance.
P:5.4 If a test fails, the Supplier shall correct the defect and repeat the test within 15 days at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months from Final Acceptance, and shall correct any defect free of charge during that period, including on-site work where needed.
P:6.2 During the warranty period the Supplier shall respond to a Severity 1 fault (the Software unavailable at a plant, or quality records cannot be saved) within 1 hour and restore service within 8 hours, and respond to a Severity 2 fault within 2 hours.
P:6.3 For each full hour by which a Severity 1 response or restoration target is missed, the Supplier shall pay the Buyer CNY 1,500 as a service credit, deducted from any sum due.
P:6.4 After the warranty period the Buyer may order annual support covering updates, upgrades, remote and on-site assistance and the response times in Article 6.2. The annual support fee is 11% of the Licence Fee (CNY 136,400) and will not increase during the first three years after the warranty ends. Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Supplier fails to complete implementation ready for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
H:Article 8 Intellectual Property
P:8.1 The Software and the Supplier's pre-existing tools remain the property of the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Supplier shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and shall not copy, retain or analyse it for any other purpose.
P:9.2 The Supplier shall access the Buyer's systems only through the Buyer's approved remote-access gateway, with multi-factor authentication and session recording, and shall not transfer Buyer Data outside mainland China.
P:9.3 The Supplier shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Buyer Data, notify the Buyer of any actual or suspected security incident within 12 hours, and be liable for the losses caused by an incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:10.2 This Article survives termination for five years.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for death or personal injury, fraud, breach of Article 9 or infringement claims under Article 8.3.
P:11.2 Neither party is liable for indirect loss or loss of profit, except as stated in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 7 reach their maximum.
P:13.2 On termination the Supplier shall hand over all Custom Deliverables completed to date and refund any payment for work not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
P:14.2 If a force majeure event continues for more than 60 days, either party may terminate this Agreement by written notice, and the Supplier shall refund any payment for work not yet performed.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the Rules of the London Court of International Arbitration. The seat of arbitration shall be London and the language English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work and requirements list) and Annex 2 (project plan), is the entire agreement between the parties on its subject matter.
P:16.2 Any amendment must be in writing and signed by both parties. The Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM - SafeLog EHS Incident Management Service

**Supplier:** Swale Dale Software Limited, registered in England and Wales, Market Place, Bedale, North Yorkshire (the "Supplier")

**Customer:** Ningbo Hengtai Fine Chemicals Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer")

**Order Form No.:** SDS-OF-2026-0219

This Order Form consists of Part A (commercial terms) and Part B (General Terms). Part B applies to the Service ordered in Part A. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

A1.1 The Supplier will provide the SafeLog service, a hosted environment, health and safety application for incident reporting, near-miss capture, permit-to-work, corrective-action tracking and regulatory reporting, for use by the Customer's staff at its Beilun plant and two warehouses.

A1.2 The Service includes the web and mobile applications, up to 900 named users, 200 GB of document storage, standard reports and the configuration services in A3.

A1.3 The Service is hosted in a data centre located in mainland China operated by the Supplier's hosting provider named in Part B Section 6.

### A2. Subscription Term and Fees

A2.1 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of the Go-Live Certificate under A3.3. Each Subscription Year is a period of 365 consecutive days.

A2.2 Fees (CNY, including VAT):

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 900 named users | 268,000 |
| Subscription fee, Subscription Year 2 | 900 named users | 268,000 |
| Onboarding and configuration | one-time | 46,000 |
| **Total Order Value** | | **582,000** |

A2.3 Additional named users may be added at CNY 298 per user per Subscription Year, pro-rated for the remaining part of the year. Additional users are not part of the Total Order Value.

### A3. Onboarding and Go-Live Acceptance

A3.1 The Supplier will complete onboarding within 60 days after signature of this Order Form: tenant set-up, configuration of the Customer's incident categories, risk matrix and approval workflows, import of open corrective actions from the Customer's current spreadsheets, single sign-on with the Customer's directory, and training of 25 key users.

A3.2 Go-Live Acceptance tests will confirm that: every workflow in the configuration workbook signed by the Customer runs end to end; imported records reconcile with the source files; single sign-on works for all user groups; mobile reporting works offline and synchronises on reconnection; and the monthly regulatory report generates in the format required by the local emergency management bureau.

A3.3 When the tests are passed, the Customer will sign a Go-Live Certificate. Use of the Service before that date for training or testing is not acceptance.

A3.4 If the Supplier has not made the Service ready for Go-Live Acceptance within the period in A3.1, it will pay the Customer CNY 500 for each day of delay, by deduction from the onboarding fee and, if that is not enough, from the next subscription invoice.

### A4. Invoicing and Payment

A4.1 The onboarding fee is invoiced after the Go-Live Certificate is signed.

A4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year.

A4.3 The Customer will pay each correct invoice within 30 days of receipt. Invoices are issued in CNY through the Supplier's authorised reseller in Shanghai, which issues PRC VAT invoices.

### A5. Renewal

A5.1 At the end of the Subscription Term, this Order Form renews automatically for further Subscription Years, one at a time, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current Subscription Year.

A5.2 The Supplier may increase the subscription fee for any renewal Subscription Year by up to 8% over the fee for the preceding Subscription Year, by notice given at least 75 days before the renewal date.

### A6. Signatures

Signed for the Supplier: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the SafeLog service described in Part A, including its documentation.

1.2 "Customer Data" means all data, documents and images uploaded to or created in the Service by or for the Customer, including incident reports and personal data of the Customer's employees and contractors.

1.3 "Configurations" means the workflows, forms, report templates and risk matrices configured specifically for the Customer during onboarding or later.

### 2. Service Levels

2.1 The Supplier targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Support requests are classified by severity. For a Severity 1 incident (the Service unavailable to all users, or incident reports cannot be submitted), the Supplier targets a first response within 1 hour and a workaround within 6 hours. Severity 2 incidents receive a first response within 3 hours on business days.

2.3 The service levels in this Section are targets. Failure to meet them does not entitle the Customer to service credits, fee reductions or any other compensation. If a target is missed in two consecutive months, the Customer may ask for an escalation meeting with the Supplier's head of customer operations, who will present a remediation plan.

2.4 The Supplier will publish a monthly service report showing availability and response times achieved.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Supplier processes Customer Data only to provide the Service to the Customer and for no other purpose, and will not analyse, aggregate or sell it.

3.2 The Supplier will keep Customer Data in mainland China and will not transfer it abroad. Support staff outside China will not have access to Customer Data unless the Customer approves a specific session in writing.

3.3 On expiry or termination, the Supplier will make Customer Data available for export in CSV and PDF formats for 60 days and will then delete it from the Service and its backups, and confirm deletion in writing.

### 4. Data Security

4.1 The Supplier will maintain an information security programme certified to ISO/IEC 27001, with encryption of Customer Data in transit and at rest, role-based access, logging of administrative access and daily backups kept for 30 days.

4.2 The hosting environment holds a valid MLPS level-3 filing.

4.3 The Supplier will notify the Customer of any security incident affecting Customer Data without undue delay and in any case within 24 hours, cooperate in the investigation, and compensate the Customer for losses caused by an incident attributable to the Supplier or its subcontractors.

### 5. Intellectual Property

5.1 The Supplier retains all rights in the Service and its underlying software.

5.2 The Configurations belong to the Customer. The Customer may export, use and modify them, and may give them to another provider, without restriction.

### 6. Subcontractors

6.1 The Supplier uses Xinyun Cloud Computing (Hangzhou) Co., Ltd. as its hosting provider, which the Customer approves by signing the Order Form. The Supplier will not appoint any other subcontractor or replace the hosting provider without the Customer's prior written consent.

### 7. Confidentiality

7.1 Each party will keep the other's confidential information secret and use it only for the purposes of this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. The limit does not apply to the Supplier's liability under Section 4.3, to personal injury or to wilful misconduct.

8.2 Neither party is liable for loss of profit or indirect loss.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues for the Subscription Term and any renewal.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.

9.3 If the Customer terminates under Section 9.2, the Supplier will refund the subscription fees already paid for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes will be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules in force at the time.

### 11. General

11.1 Notices must be in writing and sent to the addresses on the Order Form or to another address notified in writing.

11.2 Neither party may assign this Order Form without the other party's prior written consent.

11.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible. A failure of the Supplier's hosting provider is not such an event.

11.4 This Order Form, including Part B and the configuration workbook, is the entire agreement between the parties about the Service. Terms printed on purchase orders, click-through screens or invoices do not apply. Amendments must be in writing and signed by both parties.
"""

E03 = """T:Purchase Agreement - Vibration Sensors, Gateways and Condition Monitoring Licence
P:Contract No. TSC-EQ-2026-0788
P:Buyer: Tangshan Jidong Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Vale of Mowbray Instruments Ltd, a company registered in England and Wales, with its office at Standard Way Business Park, Northallerton, North Yorkshire (the "Supplier").
P:This Agreement is issued on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to fit wireless vibration and temperature sensors to the kiln drives, mills, fans and conveyors of its two clinker lines and to monitor them with the Supplier's condition monitoring software.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the sensors, gateways and software listed in clause 2, install and commission them on the Buyer's equipment, configure the software for 240 monitored assets, integrate it with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:1.2 The software is licensed on a perpetual basis and is installed on servers supplied by the Buyer in the central control building. It shall operate without any connection to the internet.
P:1.3 All equipment shall be new, of current production and suitable for the dust, heat and vibration conditions of a cement plant, with ingress protection of at least IP67 for sensors mounted outdoors.
P:1.4 Before installation starts, the Supplier shall survey each asset with the Buyer's maintenance engineers and agree the sensor positions, mounting method and gateway locations, and record them in a site survey report signed by both parties.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,730,000 including VAT and delivery to the Buyer's plant, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|220|3,600|792,000
TB:2|Industrial wireless gateway with mounting kit|18|14,500|261,000
TB:3|Condition monitoring software licence, perpetual, 240 assets|1|486,000|486,000
TB:|Equipment and Licence Subtotal|||1,539,000
TB:4|Installation, commissioning and system integration|1|168,000|168,000
TB:5|Training of operators and reliability engineers|1|23,000|23,000
TB:|Contract Price|||1,730,000
P:2.2 The Contract Price is fixed and includes packing, freight, insurance, import duties, installation materials and the Supplier's travel costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all equipment has been delivered and installed and the parties have signed the installation record. The installation record confirms quantities and physical installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 70 days after signature and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation work on running equipment shall be carried out only during planned stops notified by the Buyer, under the Buyer's permit-to-work and lock-out procedures.
P:4.4 With the equipment the Supplier shall deliver installation drawings, a sensor position list, gateway network settings, operating and maintenance manuals in Chinese and English, calibration certificates for the sensors and a list of recommended spare parts.
P:4.3 If the Supplier fails to deliver or complete installation and commissioning by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days. Final Acceptance tests shall show that: every sensor reports at its configured interval with no more than 0.5% of readings missing; vibration readings agree with a calibrated reference instrument within 5% on ten sample assets chosen by the Buyer; alarms are raised in the software and in the distributed control system within 10 seconds; work requests are created automatically in the maintenance management system; and battery-life forecasts are available for all sensors.
P:5.2 When all tests are passed, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the system or payment does not amount to acceptance.
P:5.3 If any test fails, the Supplier shall remedy the defect within 15 days and the tests shall be repeated.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the equipment and the software for 24 months from Final Acceptance. During the warranty period it shall repair or replace defective equipment free of charge, including replacement of sensor batteries that fail before their rated life, and correct software defects.
P:6.5 The Supplier shall keep at the Buyer's site, at its own cost during the warranty period, a stock of spare sensors and one spare gateway sufficient to meet the restoration times in clause 6.2, and shall replenish the stock within 15 days after a spare is used.
P:6.2 Faults are handled as follows. A Severity 1 fault is loss of monitoring for a kiln drive, a main mill or more than 20 assets; the Supplier shall respond within 30 minutes and restore monitoring within 24 hours, using spare units kept at the Buyer's site. A Severity 2 fault affects a single asset; the Supplier shall respond within 2 hours and restore within three working days.
P:6.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, deducted from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual support covering spare parts, software updates, remote diagnosis and the response times in clause 6.2. The annual support fee is 7.5% of the Equipment and Licence Subtotal (CNY 115,425) and is fixed for the first three years after the warranty. Support is ordered year by year and does not renew automatically.
H:7. Data
P:7.1 All measurement data, alarms, asset records and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Agreement.
P:7.2 The Supplier shall access the system only through the Buyer's remote-access platform, after approval for each session, with all actions logged. It shall not copy data to its own systems or transfer any data outside mainland China.
P:7.3 The Supplier shall protect the system and the Buyer's data against unauthorised access, loss and alteration, report any security incident to the Buyer within 6 hours of becoming aware of it, and compensate the Buyer for losses caused by an incident for which the Supplier is responsible.
H:8. Intellectual Property
P:8.1 The Supplier keeps its rights in the standard software and equipment firmware and grants the Buyer a perpetual licence to use them.
P:8.2 Asset models, alarm rules, integration programs, configuration files and reports prepared specifically for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, including the Buyer's process data and plant layout, and shall not disclose it without the other party's prior written consent. This obligation continues for five years after the end of this Agreement.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier is in material breach and fails to remedy the breach within 15 days after the Buyer's notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:12.2 On termination, the Supplier shall refund payments for equipment and work not accepted, and remove uninstalled equipment at its own cost if the Buyer so requests.
H:13. Safety
P:13.1 The Supplier's staff shall hold valid qualifications for electrical and work-at-height tasks, follow the Buyer's site safety rules and wear the protective equipment required in each area.
P:13.2 The Supplier shall be responsible for the safety of its staff on site and shall report every accident or near miss to the Buyer's safety department on the same day.
H:14. Force Majeure
P:If either party is prevented from performing by an event beyond its reasonable control, it shall notify the other party within five days with supporting evidence, and the time for performance shall be extended by the duration of the event. If the event lasts more than 90 days, either party may terminate this Agreement by written notice.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.
H:16. Miscellaneous
P:16.1 This Agreement is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of it.
P:16.2 Amendments to this Agreement are valid only if made in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses given above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No.** CLV-MSA-2026-031

**Between**

1. Shaoxing Jinlun Textile Group Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China (the "Customer"); and
2. Cleveland Hills Managed Services Ltd, a company registered in England and Wales, with its registered office at College Square, Stokesley, North Yorkshire (the "Supplier").

**Background.** The Customer operates a dyeing and weaving plant, a finishing plant and a head office in Shaoxing. It wishes to outsource the day-to-day operation of its network, servers, storage and backup to the Supplier, which will deliver the services through its Hangzhou service centre and on-site engineers.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data held in or passing through the systems managed by the Supplier, including production, sales and personnel data, logs and configurations.

1.5 "Service Credits" means the reductions in the monthly charge set out in Schedule 2.

## 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date for the Term, to the service levels in Schedule 2 and for the charges in Schedule 3.

2.2 The Supplier shall provide two resident engineers at the Customer's sites during working hours and a 24x7 service desk in Mandarin and English.

2.3 The Supplier shall maintain an up-to-date configuration management database, network diagrams and operating procedures for all managed systems, which belong to the Customer.

2.4 This Agreement ends at the end of the Term. Any extension requires a new written agreement signed by both parties.

## 3. Charges and Payment

3.1 The Customer shall pay the charges in Schedule 3. The monthly service charge is invoiced monthly in arrears, after deduction of any Service Credits for that month.

3.2 The transition charge is invoiced after Transition Acceptance.

3.3 Invoices are payable within 30 days of receipt of a correct PRC VAT invoice. No advance payment is due under this Agreement.

3.4 The charges are fixed for the Term. Changes in the number of managed devices by up to 10% above or below the baseline in Schedule 1 do not change the charges.

## 4. Transition and Acceptance

4.1 The Supplier shall complete transition within 75 days after signature: discovery and documentation of all in-scope devices, installation of monitoring tools, knowledge transfer from the Customer's IT team, set-up of the service desk and a trial operation of 14 days.

4.2 Transition Acceptance criteria: all in-scope devices are discovered and shown in the monitoring console; the configuration management database matches a physical audit of 50 devices chosen by the Customer; backups of all in-scope servers complete successfully for 14 consecutive days and a test restore of three systems chosen by the Customer succeeds; and the service desk handles all tickets during the trial operation within the response times of Schedule 2.

4.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate. The trial operation is not acceptance.

4.4 If Transition Acceptance is not achieved within the period in Section 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 2,600 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Supplier shall meet the service levels in Schedule 2 and report performance monthly.

5.2 If a service level is missed, the Supplier shall apply the Service Credits in Schedule 2 to the next invoice and deliver a root-cause analysis within five working days.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall use it only to provide the Services and shall not copy, disclose, analyse or retain it for any other purpose.

6.2 The Supplier shall apply the security measures in Schedule 1 Part C, including named administrator accounts with multi-factor authentication, access only through the Customer's bastion host, session recording, quarterly access reviews and the Customer's MLPS level-2 requirements.

6.3 The Supplier shall report any security incident affecting Customer Data or managed systems to the Customer within 1 hour of detection, contain it, and compensate the Customer for losses caused by an incident attributable to the Supplier.

6.4 On expiry of the Term the Supplier shall return all documentation, credentials and Customer Data and securely delete any copies.

## 7. Intellectual Property

7.1 Scripts, automation playbooks, documentation, diagrams and reports prepared by the Supplier for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider. The Supplier's monitoring tools remain its property.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Agreement.

## 9. Subcontracting

9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and shall remain responsible for all subcontracted work.

## 10. Liability

10.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to death or personal injury caused by negligence, fraud, or the Supplier's obligations under Section 6.3.

10.3 Neither party is liable for loss of profit, loss of production or other indirect loss.

## 11. Term and Ending the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term.

11.2 This Agreement may end before the end of the Term only by written agreement of both parties, or by either party's written notice if a force majeure event prevents performance of substantially all the Services for more than 90 consecutive days.

11.3 A breach of this Agreement by either party, however serious, does not entitle the other party to terminate it. The Customer's remedies for a breach by the Supplier are Service Credits, the remediation steps in Section 11.4, specific performance and damages, subject to Section 10.

11.4 If a service level is missed in three consecutive months, the Supplier shall present a remediation plan within ten working days, assign a senior service manager to the account and report progress weekly until the service level has been met for two consecutive months.

11.5 On expiry of the Term the Supplier shall provide exit assistance for up to 60 days, at the rates in Schedule 3, to transfer the Services to the Customer or a successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. General

13.1 Notices shall be in writing and sent to the addresses above. Amendments require a written document signed by both parties. The Schedules form part of this Agreement.

Signed for the Customer: ____________________

Signed for the Supplier: ____________________

## Schedule 1 - Scope of Services

**Part A - Managed estate (baseline)**

| Area | Items | Quantity |
|---|---|---|
| Network | Core switches, access switches, firewalls, wireless controllers, access points | 346 |
| Servers | Physical hosts and virtual machines | 128 |
| Storage and backup | Storage arrays, backup appliances, tape library | 6 |
| Sites | Head office, dyeing and weaving plant, finishing plant | 3 |

**Part B - Service elements**

| Service | Description |
|---|---|
| Monitoring | 24x7 monitoring of availability, performance and capacity of all managed items |
| Incident management | Service desk, remote diagnosis, on-site attendance, vendor coordination |
| Change management | Planned changes approved by the Customer's change board |
| Backup | Daily backups, monthly restore tests, offline copy weekly |
| Patch management | Monthly patching in agreed windows after testing |
| Reporting | Monthly service report, quarterly service review |

**Part C - Security measures**

| Measure | Requirement |
|---|---|
| Accounts | Named accounts only, multi-factor authentication |
| Access path | Customer bastion host with session recording |
| Reviews | Quarterly access review signed by the Customer |
| Data location | No Customer Data leaves the Customer's sites |

## Schedule 2 - Service Levels and Service Credits

| Service level | Target | Service Credit if missed |
|---|---|---|
| Availability of core network and firewalls, per month | 99.95% | 5% of the monthly service charge for each 0.02 percentage point below target |
| Priority 1 incident (site or production system down): response | 15 minutes | CNY 1,000 per hour or part of an hour late |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 per hour or part of an hour late |
| Priority 2 incident: response | 1 hour | CNY 300 per hour late |
| Daily backups | every scheduled job completed or re-run the same day | 2% of the monthly service charge per missed job |

Service Credits in any month are limited to 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 148,000 |
| Monthly service charge | 86,000 per month x 36 months | 3,096,000 |
| **Total contract value** | | **3,244,000** |
| Exit assistance (if requested) | per engineer day | 3,200 |

"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement reference: TMD-SUB-2026-0093

PARTIES

Teesmouth Maritime Data Ltd, a company registered in England and Wales, whose office is at Westgate, Guisborough, North Yorkshire ("Vendor").

Qingdao Haitong International Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer books ocean freight for exporters in northern China and wishes to show its clients live vessel positions, port calls and estimated arrival times in its own tracking portal. Vendor compiles vessel position, port call and schedule data and makes it available through a data feed and an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel, position, port call, schedule and estimated arrival data supplied by Vendor, and any extracts of it.

1.2 "API" means Vendor's programming interface and bulk download service through which Vendor Data is delivered, with its documentation.

1.3 "Customer Data" means the booking references, container numbers, watch lists, client names and other information that Customer or its users submit to the API.

1.4 "Connector" means the software component that Vendor will build to map Vendor Data into the data model of Customer's tracking portal, described in Annex B.

1.5 "Subscription Year" means a period of 365 consecutive days, the first starting on the Access Acceptance Date.

1.6 "Access Acceptance Date" means the date on which Customer signs the access acceptance note under clause 4.3.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API, to use Vendor Data in its internal operations and to display Vendor Data to its own clients through its tracking portal and notifications.

2.2 Customer may store Vendor Data received during the Subscription Term and may continue to use historical port call records in its own shipment files after the Subscription Term ends, but may not resell Vendor Data as a data product.

2.3 The Subscription Term is two Subscription Years.

2.4 The subscription covers up to 2,000,000 API calls per Subscription Year and a daily bulk file of port calls for ports in Asia and Europe. Calls above that volume are charged at the overage rate in clause 3.3.

2.5 Customer shall not use Vendor Data to build a competing vessel-tracking service, and shall show Vendor's name as the source wherever Vendor Data is displayed to Customer's clients.

3. FEES AND PAYMENT

3.1 The fees are:

  Subscription fee, Subscription Year 1 ........ CNY 198,000
  Subscription fee, Subscription Year 2 ........ CNY 198,000
  Connector build and integration support ...... CNY 26,000
  Total fees ................................... CNY 422,000

All fees include VAT and are fixed for the Subscription Term.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The connector fee is invoiced after the Access Acceptance Date. Customer shall pay each correct invoice within 30 days of receipt.

3.3 API calls above the volume in clause 2.4 are charged at CNY 0.06 per call, invoiced quarterly in arrears. Vendor will warn Customer by e-mail when eighty per cent of the annual volume has been used.

3.4 Invoices are issued in CNY through Vendor's appointed agent in Qingdao, which issues PRC VAT invoices.

4. SET-UP AND ACCESS ACCEPTANCE

4.1 Within 30 days after signature, Vendor shall issue API credentials for a test environment and a production environment, deliver the Connector and help Customer's developers integrate it with the tracking portal.

4.2 Access acceptance tests shall show that: the API returns every field listed in Annex A for a sample of 200 vessels chosen by Customer; positions in the sample agree with a second source chosen by Customer for at least 95 of every 100 vessels; the daily bulk file arrives in the agreed format for ten consecutive days; the Connector loads data into the portal without errors; and queries by container number return results within 2 seconds.

4.3 When the tests are passed, Customer shall sign an access acceptance note. Use of the test environment before that date is not acceptance.

4.5 If any test fails, Vendor shall correct the defect within ten days and the failed tests shall be repeated. If the tests fail a second time, Customer may terminate this Agreement by written notice and Vendor shall refund all fees paid.

4.4 If Vendor has not made the API and the Connector ready for access acceptance within the period in clause 4.1, Vendor shall pay Customer CNY 420 for each day of delay, deducted from the first subscription invoice.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API accessible and the Vendor Data current, and to carry out planned maintenance outside Customer's business hours where practicable.

5.2 Customer may raise support questions through Vendor's support portal or by e-mail. Vendor will deal with them in the order received, as soon as practicable.

5.3 Vendor may change the API, its fields or its documentation during the Subscription Term, provided that it gives Customer at least 60 days' notice of any change that removes a field listed in Annex A, and keeps the previous API version running for that period.

5.4 Vendor will provide Customer's developers with access to its online documentation and to two remote workshops during the first Subscription Year.

5.5 Vendor will send Customer a monthly usage report showing the number of API calls made, the bulk files delivered and any changes to the API announced in that month.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Vendor may use Customer Data only to deliver the API and the Vendor Data to Customer and shall not use it for any other purpose, combine it with data of other customers or disclose it to third parties.

6.2 At the end of the Subscription Term Vendor shall delete Customer Data from its systems within 30 days and confirm this in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor Data and the API remain the property of Vendor and its data suppliers, subject to the rights granted in clause 2.

7.2 The Connector is developed specifically for Customer. All rights in the Connector and its source code belong to Customer on delivery, and Customer may use, modify and license it freely, including through other contractors. Vendor shall deliver the source code with the Connector.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential any non-public information received from the other party, including the terms of this Agreement, Customer's client lists and Vendor's pricing, and shall use it only for the purposes of this Agreement.

8.2 This obligation continues for three years after the end of the Subscription Term but does not apply to information that is or becomes public other than through a breach of this clause.

9. WARRANTIES

9.1 Vendor warrants that it has the right to grant the licence in clause 2 and that use of Vendor Data in accordance with this Agreement will not infringe any third party's rights. Vendor shall defend Customer against any claim to the contrary and pay any damages awarded.

9.2 Vendor Data is compiled from public broadcasts, port authorities and commercial sources. Vendor will correct errors reported by Customer, but does not warrant that every position or estimated arrival time is accurate.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1, except for liability under clause 9.1, death or personal injury, or fraud.

10.2 Neither party is liable for loss of profit or indirect loss.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Vendor shall not subcontract the development of the Connector or the delivery of the API to a third party without Customer's prior written consent. Vendor's purchase of source data from its data suppliers is not subcontracting.

11.2 Neither party may assign this Agreement without the prior written consent of the other.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a further subscription requires a new order agreed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 If Customer terminates under clause 12.2, Vendor shall refund the part of the subscription fee that relates to the period after termination.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

15. GENERAL

15.1 This Agreement, with Annex A (data fields) and Annex B (Connector specification), is the entire agreement between the parties on its subject.

15.2 Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the contacts named in Annex B, with a copy by courier.

SIGNED for Vendor: ____________________     Date: __________

SIGNED for Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
N = None
# key: (file, lang, category, kind, format, source, terms in KEYS order minus contract_kind,
#       extra: sla_clause, ld_stated, capped (goods only), deemed, value, design rules, tco (base, warranty_months) or None,
#       forum_outside)
D = {
 "z01": ("h1159z01_port_office_cross_border_ecommerce_platform.pdf", "zh", "software", "goods_or_licence", "pdf", "Z01",
         [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 36, 8, False, True, False, N],
         (True, True, True, False, 1610000), [], (860000, 36), False),
 "z02": ("h1159z02_sander_plant_line_control_retrofit.docx", "zh", "hardware", "goods_or_licence", "docx", "Z02",
         [N, 1, True, "buyer", True, True, True, 0.1, N, 10, True, True, 18, 28, False, True, False, "PRC"],
         (True, True, True, False, 1660000), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], (1380000, 18), False),
 "z03": ("h1159z03_repair_chain_booking_membership_saas.txt", "zh", "cloud", "service", "txt", "Z03",
         [99.5, 1, True, "buyer", True, False, True, 0.08, 200, N, True, N, N, N, False, True, True, "PRC"],
         (True, True, N, False, 438800), ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], None, False),
 "z04": ("h1159z04_water_bureau_level_monitoring_om.txt", "zh", "services", "service", "txt", "Z04",
         [99.95, 0.5, True, "buyer", True, True, False, N, N, N, True, N, N, N, False, True, False, "PRC"],
         (True, False, N, False, 968000), ["CR-CONFIDENTIALITY", "CR-LD-MISSING"], None, False),
 "z05": ("h1159z05_rope_workshop_process_tracking_supplier_template.md", "zh", "software", "goods_or_licence", "md", "Z05",
         [N, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, N, False, True, N, N],
         (True, True, False, True, 436000),
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], None, False),
 "e01": ("h1159e01_qms_perpetual_licence_wetherby_vendor.pdf", "en", "software", "goods_or_licence", "pdf", "E01",
         [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
          "England and Wales"],
         (True, True, True, False, 1780000), ["CR-GOVERNING-LAW"], (1240000, 18), True),
 "e02": ("h1159e02_ehs_saas_order_form_bedale_vendor.md", "en", "cloud", "service", "md", "E02",
         [99.95, 1, False, "buyer", True, True, True, 500 / 582000 * 100, 150, N, True, N, N, N, True, True, False, "PRC"],
         (True, True, N, False, 582000), ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"], None, False),
 "e03": ("h1159e03_cement_vibration_sensors_monitoring_licence.docx", "en", "hardware", "goods_or_licence", "docx", "E03",
         [N, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True, False, "PRC"],
         (True, True, True, False, 1730000), [], (1539000, 24), False),
 "e04": ("h1159e04_managed_infrastructure_36_months_stokesley.md", "en", "services", "service", "md", "E04",
         [99.95, 0.25, True, "buyer", True, True, True, 2600 / 3244000 * 100, 6 / 36 * 100, N, True, N, N, N, False, False,
          False, "PRC"],
         (True, True, N, False, 3244000), ["CR-LIABILITY-CAP", "CR-TERMINATION"], None, False),
 "e05": ("h1159e05_vessel_data_api_subscription_guisborough.txt", "en", "cloud", "service", "txt", "E05",
         [N, N, False, "buyer", False, True, True, 420 / 422000 * 100, 150, N, True, N, N, N, False, True, False, "PRC"],
         (False, True, N, False, 422000), ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def label(key):
    f, lang, cat, kind, _fmt, _src, vals, ex, _rules, _tco, _forum = D[key]
    terms = dict(zip(KEYS, vals + [kind]))
    sla, ld_stated, capped, deemed, value = ex
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": f, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


def tco_share(key):
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    tco = D[key][9]
    if tco is None or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    base, wm = tco
    years = max(0.0, HORIZON - wm / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or D[key][10]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read-back and threshold scan
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUMPCT = r"(?<![\d.,]){n}(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?:0*)(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])0\.05(?:0*)(?!\d)", r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:个)?(?:小时|hours?|hrs?\b)", r"(?<![\d一二三四五六七八九十])四(?:个)?小时",
    r"\bfour\s*hours?", r"(?<=[a-z])four\s*hours?",
    NUMPCT.format(n="100"), r"百分之(?:一)?百(?![分])",
    NUMPCT.format(n="30"), r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent|thirty\s*percent",
    NUMPCT.format(n="15"), r"百分之十五(?![点])", r"fifteen\s*per\s*cent|fifteen\s*percent",
    NUMPCT.format(n="40"), r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent|forty\s*percent",
    r"(?<![\d.,])12\s*(?:个月|months?|-month)", r"(?<![\d一二三四五六七八九十])十二个月", r"twelve\s*-?\s*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["within 4 hours", "4小时内响应", "四小时", "99.9%", "99.9 %", "0.05%", "万分之五", "100%", "100 %", "30%",
            "百分之三十", "15%", "40 per cent", "百分之四十", "12 months", "12个月", "十二个月", "twelve months",
            "12-month", "within4hours", "百分之十五", "four hours"]
MUST_MISS = ["24小时", "24 hours", "7×24小时", "99.95%", "99.5%", "0.055%", "1,500", "130%", "115%", "140%", "万分之五十",
             "四十八小时", "0.5%", "150%", "200%", "112 months", "1.4 hours", "2.4小时", "百分之四十五", "3,015%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        out += [m.group(0) for m in RX.finditer(variant)]
    return out


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s_ in MUST_HIT:
        assert hits(s_), s_
    for s_ in MUST_MISS:
        assert not hits(s_), (s_, hits(s_))
    g = globals()
    targets = {k: (v[0], v[4]) for k, v in D.items() if v[4] in ("docx", "pdf")}
    write({k: g[D[k][5]] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in D.items():
        if v[4] in ("txt", "md"):
            (OUT / v[0]).write_text(g[v[5]], encoding="utf-8")
            print("wrote", v[0])
    problems, seen = [], set()
    for k, v in D.items():
        lab = label(k)
        rules = derive(k)
        lab["expected_rules"] = rules
        (OUT / (Path(v[0]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        seen |= set(rules)
        if rules != sorted(v[8]):
            problems.append((k, "rules", rules, sorted(v[8])))
        text = read_back(OUT / v[0])
        n = len(re.sub(r"\s", "", text)) if v[1] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if v[1] == "zh" else (1450, 1650)
        sh = tco_share(k)
        print("%s %-62s %5d %s %-6s %s%s" % (k, v[0], n, "chars" if v[1] == "zh" else "words", risk(rules),
                                             ", ".join(rules) or "(none)",
                                             "" if sh is None else "  TCO share %.1f%%" % sh))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        h = hits(text) + hits(g[v[5]])
        if h:
            problems.append((k, "threshold text", sorted(set(h))))
        for key, th in TH.items():
            if lab["expected_terms"][key] is not None and abs(lab["expected_terms"][key] - th) < 1e-9:
                problems.append((k, "threshold value", key))
        if sh is not None and abs(sh - TCO_TH) <= 2:
            problems.append((k, "TCO share near threshold", sh))
    if set(ALL_RULES) - seen:
        problems.append(("coverage", sorted(set(ALL_RULES) - seen)))
    mix = {k: len(derive(k)) for k in D}
    assert sum(1 for k in D if mix[k] == 0 and k[0] == "z") == 1 and sum(1 for k in D if mix[k] == 0 and k[0] == "e") == 1
    assert derive("e01") == ["CR-GOVERNING-LAW"] and risk(derive("e01")) == "low"
    assert 8 <= mix["z05"] <= 10
    assert sum(1 for k in D if 2 <= mix[k] <= 3) == 6
    for p_ in problems:
        print("PROBLEM", p_)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
