"""holdout1084: ten blind held-out draft contracts (five Chinese, five English) and their labels.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Builds the .pdf/.docx files through
../word_pdf.py, writes the .txt/.md files and every .json label, derives each draft's rules from its labels
with my reading of policy section 3, compares them with the design list, checks rule coverage, text lengths
as read back, and that no label value or text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市生态环境局放射源监管平台软件许可及定制开发合同
P:合同编号：STHJ-ZC-2027-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市生态环境局
P:乙方（供应商）：某核安科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就放射源监管平台软件许可及定制开发事宜，经协商一致，订立本合同。本合同使用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供放射源监管平台软件（含放射源台账、转让审批备案、废旧源收贮、移动源定位监控、辐射剂量在线监测接入等模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：与省级核技术利用辐射安全申报系统的数据交换接口、移动探伤源卫星定位轨迹告警、执法检查移动端应用、放射源全生命周期电子档案及领导驾驶舱。
P:1.3 乙方负责历史台账数据迁移、系统部署、联调测试、操作培训及质保期内的运行维护。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万陆仟元整（¥2,016,000），为固定总价，包含软件许可费¥1,160,000、定制开发费¥648,000、实施及数据迁移费¥172,000、培训费¥36,000，已含税费及乙方完成本合同所需的全部费用。
P:2.2 除甲方书面同意的需求变更外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应提供合法有效的发票，甲方按财政资金支付流程办理。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成软件部署和定制开发，并申请初步验收。
P:4.2 乙方应在合同签订后10日内提交项目实施计划，明确需求调研、开发、测试、部署、培训各阶段的时间节点和人员安排，经甲方确认后执行。
P:4.3 乙方应提交需求规格说明书、概要设计、数据库设计、接口说明、测试报告、用户手册和运维手册，以及定制部分的全部源代码。
H:第五条 验收
P:5.1 初步验收标准：招标文件和本合同附件所列功能全部实现；历史台账数据迁移后经逐条比对无差错；与省级申报系统的接口连续10日数据交换无丢失；在300个并发用户下，常用查询响应时间不超过2秒；移动源越界告警在30秒内推送至执法人员移动端。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；甲方组织专家评审通过并签署最终验收报告。
P:5.3 系统上线使用、甲方支付款项或签收文档，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内乙方每半年对平台进行一次全面巡检，检查服务器资源、数据库性能、接口运行和安全补丁情况，出具巡检报告并完成必要的优化。
P:6.3 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软件许可费的9%（即每年不超过¥104,400），且在质保期满后的前三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前3个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一版本中修复。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付¥1,000；年度可用率每低于承诺值0.01个百分点，支付¥2,000，甲方可从应付款项中直接扣除。
P:7.4 乙方应安排不少于2名熟悉本系统的工程师作为驻场或专职服务人员，人员变更应提前10日书面告知甲方并经甲方同意，新人员的技术能力不得低于原人员。
P:7.5 乙方应每季度向甲方提交运行维护报告，内容包括故障处理情况、系统运行指标、安全漏洞修复情况及优化建议。
H:第八条 知识产权
P:8.1 平台产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的接口程序、移动端应用、驾驶舱及相关源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付软件不侵犯任何第三方的合法权利，因侵权引起的纠纷和损失由乙方承担。
H:第九条 数据安全
P:9.1 平台中的放射源台账、许可证信息、定位轨迹、剂量监测数据及执法记录等全部数据属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，通过甲方堡垒机进行运维操作，并留存完整操作日志。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、放射源位置信息和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而免除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，应按照政府采购相关规定承担责任。
P:11.3 乙方交付的软件不符合合同约定的，应负责修复、更换，并赔偿甲方损失。
P:11.4 乙方承担违约金后，仍应继续履行合同义务，但甲方书面同意免除的除外。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明。双方根据不可抗力的影响程度，协商延期履行、部分履行或解除合同。
H:第十六条 其他
P:15.1 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
P:15.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力；补充协议内容不得违背招标文件的实质性条款。
P:15.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年3月    签订地点：甲方会议室
"""
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：DJ-SB-2027-0412
P:甲方（买方）：某电器有限公司（电动豆浆机生产厂）
P:乙方（卖方）：某智能装备自动化有限公司
P:甲方因豆浆机总装线、电机装配线和整机老化测试线的控制系统老化，决定委托乙方进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的改造，包括PLC控制柜更换、伺服驱动及触摸屏升级、工业交换机及现场网络重新布设、老化测试工位数据采集终端安装，以及生产执行监控软件的部署。
P:1.2 乙方负责将生产执行监控软件与甲方现有ERP系统对接，实现工单下达、工序报工、老化测试结果自动上传和不良品追溯。
P:1.3 乙方负责旧设备拆除、新设备安装、编程调试、试生产配合及操作和维修人员培训。改造应利用甲方停产检修窗口分线实施，单条生产线停线时间不超过10日。
H:第二条 设备、软件及价款
P:2.1 本合同价款明细如下表（人民币元，含13%增值税）：
TB:序号|项目|数量|单价|金额
TB:1|PLC控制柜（含CPU及I/O模块）|6套|118,000|708,000
TB:2|伺服驱动器及电机|36套|9,500|342,000
TB:3|触摸屏人机界面|18台|6,000|108,000
TB:4|工业交换机及网络设备|1批|146,000|146,000
TB:5|老化测试数据采集终端|40台|5,400|216,000
TB:6|生产执行监控软件许可（永久）|1套|330,000|330,000
TB:|设备及软件小计|||1,850,000
TB:7|安装调试及ERP对接|1项|168,000|168,000
TB:8|培训|1项|22,000|22,000
TB:|合同总价|||2,040,000
P:2.2 合同总价为人民币贰佰零肆万元整（¥2,040,000），包括设备、软件、运输、保险、安装调试、对接、培训等全部费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收和安装完成不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，并按双方确认的分线停线计划完成安装调试。
P:4.2 乙方应提交设备清单、电气原理图、PLC程序及注释、网络拓扑图、软件配置文档和操作维护手册。
P:4.3 乙方进场施工应遵守甲方的安全生产和现场管理制度，动火、登高、带电作业须办理作业许可；乙方人员应经甲方安全培训后方可进场，施工期间发生的人身伤害及财产损失由乙方负责。
P:4.4 改造期间乙方应保护甲方现有设备和成品，拆除的旧控制柜、电缆及元器件清点后交甲方处置，不得擅自带离。
P:4.5 乙方应对甲方电工、设备维修人员和班组长进行操作及维护培训，培训不少于三次，每次不少于一天，并确保受训人员能够独立完成常见故障的判断和处理。
H:第五条 验收
P:5.1 每条生产线调试完成后连续试生产7日，满足以下条件的，视为该线达到验收条件：设备运行稳定、无停线故障；生产节拍不低于改造前水平；老化测试数据上传完整，与测试工位记录逐条核对一致；工单和报工数据与ERP系统一致。
P:5.2 三条生产线均达到验收条件后，由甲方生产、设备、质量部门联合进行最终验收并签署验收报告。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内设备及软件的维修、更换零部件和软件缺陷修复均免费。
P:6.2 一级故障（导致整条生产线停线）乙方应在1小时内响应，6小时内到达现场，12小时内恢复生产；二级故障2小时内响应，次日内解决。乙方每超时1小时，向甲方支付¥800。
P:6.3 乙方应在甲方工厂常备关键备件，包括PLC模块、伺服驱动器和触摸屏各不少于2件。
P:6.4 质保期内乙方每季度对控制系统进行一次预防性巡检，检查柜内元器件、接线端子、散热风扇和网络设备运行状态，并提交巡检记录。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供年度维保服务，包括定期巡检、预防性维护、备件更换、程序修改和软件升级。
P:7.2 年度维保费按设备及软件小计的26%计取，即每年¥481,000，按年度预付。维保合同每年一签，不自动续期。
P:7.3 维保服务期间的响应时限和超时扣款标准与本合同第6.2条相同。乙方应在每次维保巡检后三日内提交巡检报告，列明发现的问题、处理结果和需甲方配合的事项。
H:第八条 数据与安全
P:8.1 生产执行监控软件中的工单、工艺参数、配方、产量、质量检测和设备运行数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程访问甲方系统须经甲方批准，通过甲方指定的安全通道进行，并留存操作记录；不得擅自将甲方数据拷贝出厂。
P:8.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在发现后2小时内通知甲方，采取补救措施并承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在本合同履行过程中知悉的甲方工艺、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至合同终止后三年。
H:第十条 知识产权
P:10.1 本项目为甲方编写的PLC程序、ERP接口程序、报表及其源代码归甲方所有，甲方可自行修改或委托他人修改。
P:10.2 生产执行监控软件的知识产权归乙方，甲方享有永久使用许可。
P:10.3 乙方保证所提供的设备和软件不侵犯任何第三方的专利权、著作权或其他权利，因此发生的纠纷由乙方负责处理并承担全部费用。
H:第十一条 分包
P:11.1 乙方可将现场布线、设备搬运和安装辅助工作分包给具备相应能力的单位，但应在分包单位进场前书面告知甲方。乙方对分包单位的工作承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.3 乙方设备或软件质量不符合约定的，应负责更换或修复，并赔偿甲方停产损失。
H:第十三条 合同解除
P:13.1 乙方逾期交货超过30日，或交付的设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 任何一方严重违约且经书面催告后15日内未纠正的，守约方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明。双方根据不可抗力的影响程度，协商延期履行、部分履行或解除合同。
H:第十六条 其他
P:16.1 本合同附件（技术规格书、分线改造计划、验收方案）为本合同组成部分。
P:16.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""
Z03 = """门店预约及会员管理系统服务合同

合同编号：KX-IT-2027-006
甲方：某科学实验教育科技有限公司（以下简称“甲方”，旗下经营40家青少年科学实验培训门店）
乙方：某云课软件有限公司（以下简称“乙方”）

甲方拟采购门店课程预约、排课及会员管理的软件服务，乙方以软件即服务（SaaS）方式提供平台并负责实施。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

一、服务内容
（一）乙方向甲方40家门店提供预约及会员管理平台服务，包括：
1. 家长端小程序：课程浏览、在线预约、调课、签到、课后实验报告查看；
2. 门店端：排课、教室及器材占用管理、教师课时统计、试听转化跟踪；
3. 会员管理：课时包、储值卡、积分、会员等级及续费提醒；
4. 总部端：多门店经营报表、课消分析、教师绩效和营销活动管理。
（二）实施服务：乙方负责系统配置、40家门店的账号开通、历史会员和课时数据迁移、与甲方财务系统和微信支付的对接、总部及门店人员培训。
（三）服务期为两个服务年度：第一服务年度自系统上线验收之日起算，第二服务年度紧接第一服务年度。

二、服务费用
（一）年度服务费按门店数量计算，每店每服务年度¥6,800，40家门店每服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）一次性实施费¥86,000。
（三）本合同总价为人民币陆拾叁万元整（¥630,000），含税。服务期内甲方新增门店的，按每店每服务年度¥6,800按月折算另行结算。

三、付款方式
（一）实施费在系统上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的服务费，在该服务年度开始后15个工作日内支付。
（三）乙方应在付款前开具合法有效的增值税发票。
（四）服务期内甲方关闭门店的，自关闭次月起按月折算减少相应服务费，已支付的部分在下一期服务费中抵扣。
（五）按第五条第（三）项计算的服务费抵扣金额，从当期或下一期应付服务费中直接扣减；服务期最后一期的抵扣金额，由乙方在服务期届满后15日内退还甲方。

（六）乙方不得以服务费争议为由中断平台服务或限制甲方导出数据。

四、实施与验收
（一）乙方应在合同签订后45日内完成系统配置、数据迁移和全部门店上线。
（二）上线验收标准：
1. 合同附件所列功能全部可用；
2. 迁移后的会员、课时余额和储值余额与原系统逐户核对一致；
3. 小程序在500名家长同时预约时，页面响应时间不超过3秒；
4. 与微信支付及财务系统的对账数据连续7日一致。
5. 家长端小程序在微信审核通过后正式发布，门店签到、课消和储值扣款记录在总部端实时可查。
（三）满足上述标准后，甲方签署上线验收单。系统上线使用不视为验收合格。
（四）乙方未能在约定期限内完成上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间，并提前2个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台整体不可用、无法预约或支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（使用咨询、非紧急缺陷）：1个工作日内答复。
（三）月度可用率低于承诺值的，按以下标准抵扣当月对应服务费：低于承诺值但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障响应每超时1小时，另行抵扣¥500。

（四）乙方应为甲方配备专属客户成功经理和实施顾问各一名，服务期内每月与甲方总部运营部门召开一次服务例会，通报平台运行情况、故障处理和需求排期。
（五）乙方每月5日前向甲方提交上月服务报告，列明可用率、各级故障数量、响应和恢复时间以及抵扣金额，经甲方确认后作为结算依据。

六、双方义务
（一）甲方应指定项目负责人，按时提供门店信息、历史会员数据、课程及价格体系，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号，因甲方人员泄露账号密码造成的损失由甲方自行承担。
（三）乙方应保证平台功能与合同附件一致，平台版本升级不得减少已提供的功能，重大版本升级应提前10日通知甲方并提供升级说明。
（四）乙方应为新入职的门店店长和前台人员提供每季度一次的线上集中培训，不另收费。
（五）学员报名高峰期（寒暑假开课前两周），乙方应安排专人值守，保障预约及支付功能稳定运行。

七、数据安全与数据权属
（一）甲方及其学员、家长的会员信息、预约记录、消费记录等全部数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应按照《个人信息保护法》的要求对学员和家长的个人信息采取加密存储、访问权限控制和操作日志审计措施，平台部署在中国境内的云服务器。
（三）发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方并立即处置；因乙方原因导致的，乙方承担全部法律责任和赔偿责任。
（四）乙方运维人员访问生产环境中的个人信息须经审批，并通过堡垒机操作；乙方每年至少开展一次安全漏洞扫描，并将结果告知甲方。
（五）合同终止后30日内，乙方应按甲方要求将全部数据以通用格式交还甲方，并在甲方确认后删除。

八、保密
双方对在合作中获知的对方商业信息、课程体系、经营数据负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

九、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方专门开发的课程报告模板、财务对接程序和总部定制报表归甲方所有，甲方可自行使用、修改或交由第三方维护。

十、续期
服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调年度服务费，上调幅度不超过上一服务年度费用的8%，乙方在续期前书面通知甲方即可。

十一、责任限制
除数据安全事件及乙方故意或重大过失外，乙方在本合同项下对甲方的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的服务费为限。

十二、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。乙方使用的云服务器及短信通道服务商，应在附件中列明。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还未履行期间的服务费。
（二）平台连续两个月可用率低于99%的，甲方有权解除本合同。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十五、不可抗力
因地震、台风、疫情防控措施等不可抗力导致任何一方不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过30日的，双方可协商解除合同。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、数据迁移方案。

甲方（盖章）：                乙方（盖章）：
日期：2027年2月                日期：2027年2月
"""
Z04 = """地铁保护区监测系统运维服务合同

项目名称：地铁保护区监测系统运维服务项目
采购方式：竞争性磋商
合同编号：GDJT-YW-2027-003

采购人（甲方）：某市轨道交通建设管理办公室
供应商（乙方）：某岩土监测信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就地铁保护区监测系统运维服务事宜订立本合同。

第一条 服务范围
（一）本合同所称监测系统，是指甲方建设的地铁保护区监测系统，包括布设于已运营线路保护区内的自动化全站仪、静力水准仪、裂缝计、倾角计、振动传感器及数据采集传输设备，以及监测数据管理平台和预警发布软件。
（二）乙方负责监测系统的日常运行维护，具体包括：
1. 现场监测设备的定期巡检、校准、清洁、故障维修和更换；
2. 数据采集传输链路的维护，保障监测数据按设定频率采集入库；
3. 监测数据管理平台及预警发布软件的运行维护、缺陷修复和配置调整；
4. 监测数据的日常分析，编制日报、周报、月报及季度分析报告；
5. 保护区内外部作业引发监测值超限时的应急加密监测和专题分析；
6. 甲方交办的其他与监测系统相关的技术支持工作。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）本项目涉及的监测范围包括已运营的三条地铁线路保护区，监测断面和测点清单见附件，服务期内测点数量增减不超过一成的，合同价款不作调整。

第二条 服务费用
（一）本合同总价为人民币捌拾叁万陆仟肆佰元整（¥836,400），为服务期内的固定总价，明细如下：现场设备巡检维护¥312,000，数据分析及报告编制¥226,800，平台软件运维¥168,000，应急监测¥96,000，常用备品备件¥33,600。
（二）合同总价包含人员、交通、仪器使用、备品备件、税费等全部费用。单件价值超过¥5,000的设备更换，经甲方确认后另行结算。

第三条 付款方式
（一）服务费按季度支付。每季度结束后，乙方提交季度服务报告和考核结果，甲方在考核确认后15个工作日内支付该季度服务费¥209,100，并按考核结果扣减相应费用。
（二）乙方应在每次付款前开具合法有效的发票。甲方不向乙方支付预付款。

第四条 服务人员
（一）乙方应组建不少于8人的运维团队，其中项目负责人须具有岩土或测绘相关高级职称，现场工程师须持有相应上岗证书。
（二）乙方更换项目负责人或现场工程师，应提前10日书面报甲方同意。
（三）乙方人员进入地铁保护区及车站、区间作业，应遵守轨道交通运营单位的施工作业管理规定，办理作业许可，作业安全责任由乙方承担。

（四）乙方应在甲方指定地点设立现场值班点，工作日8:30至17:30安排不少于2名工程师值守，夜间及节假日安排专人电话值班，保证接到通知后能够及时出动。
（五）乙方应建立运维台账，逐台记录设备的巡检、校准、维修和更换情况，每月随月报报送甲方。

第五条 服务水平
（一）监测数据管理平台月度可用率不低于99.95%。
（二）故障响应：
1. 一级故障（平台中断、预警发布失效或整条线路监测数据中断）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个监测断面数据中断或单台设备故障）：2小时内响应，24小时内修复；
3. 三级问题（数据异常、报表错误等）：在下一工作日内处理完毕。
（三）监测值达到预警值时，乙方应在15分钟内复核并通过平台向甲方及相关单位推送预警信息。
（四）乙方未达到上述服务水平的，按以下标准扣减当季服务费：一级故障响应或恢复每超时1小时扣减¥500；平台月度可用率每低于承诺值0.01个百分点扣减¥1,000；预警信息迟报一次扣减¥2,000。

第六条 服务考核与验收
（一）甲方按季度对乙方服务进行考核验收，考核内容包括设备完好率、数据按时入库情况、报告质量、故障处理时效和预警复核时效，考核标准见附件《运维服务考核细则》。
（二）考核得分90分以上的，全额支付当季服务费；80分至90分的，扣减当季服务费的3%；低于80分的，扣减当季服务费的8%，并由乙方提交整改方案。
（三）服务期满后，乙方应提交年度运维总结报告、设备台账及全部技术资料，经甲方组织验收合格后，本合同服务方为完成。

（四）甲方应为乙方提供监测系统的竣工资料、设备清单、平台账号及必要的现场作业协调，并及时向乙方通报保护区内新增外部作业项目的信息。

第七条 数据及网络安全
（一）监测系统采集的全部监测数据、分析成果和预警记录均属于甲方，乙方仅为履行本合同使用，不得用于其他项目或向第三方提供。
（二）乙方应落实网络安全等级保护要求，对平台账号实行实名管理和最小权限分配，远程运维须经甲方审批并通过指定通道进行，全程留存操作日志。
（三）发生数据丢失、篡改、被非法获取或平台遭受网络攻击等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方全部损失。

第八条 知识产权
乙方在服务期内编制的分析报告、监测成果、数据处理脚本和平台配置文件归甲方所有。平台软件的原有知识产权不因本合同发生转移。

第九条 分包
乙方不得将本合同项下的服务转包或分包。设备返厂维修、第三方计量检定等事项需由其他单位完成的，由乙方负责联系并承担费用，相关单位不视为本合同的分包单位。

第十条 违约责任
（一）乙方未按本合同约定的时间提交月报、季度分析报告或年度总结报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方未按约定开展巡检或应急监测，导致甲方未能及时发现保护区安全隐患的，乙方应赔偿甲方因此遭受的损失。
（三）乙方更换的设备或备件质量不合格，导致同一测点一个月内重复发生故障的，乙方应免费更换合格产品，并承担由此增加的监测和复核费用。
（四）甲方未按约定支付服务费的，应按政府采购有关规定承担责任。

第十一条 合同解除
（一）乙方连续两个季度考核得分低于80分，或因乙方原因造成重大安全事故的，甲方有权书面通知解除合同。
（二）乙方有其他严重违约行为，经甲方书面催告后10日内仍未改正的，甲方有权解除合同。
（三）合同解除后，乙方应在10日内完成资料移交，并配合甲方或新的服务单位完成交接。

第十二条 不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方，并在不可抗力消除后尽快恢复履行。不可抗力期间，乙方仍应尽力保障预警发布功能的运行。

第十三条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本项目磋商文件、乙方响应文件、成交通知书及附件均为本合同的组成部分。
（二）本合同期满终止，不自动续期。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
日期：                            日期：
"""
Z05 = """# 软件许可及定制开发合同

**乙方标准合同文本 JZ-SW-2026 版**

合同编号：JZ-2027-0315

- 甲方（用户）：某滴胶手作工作室（个体工商户）
- 乙方（开发方）：某匠智软件科技有限公司

甲方委托乙方提供生产工序跟踪软件并进行定制开发，为明确双方权利义务，依据《中华人民共和国民法典》，双方签订本合同。本合同采用乙方标准合同文本，双方确认已阅读全部条款。

## 第一条 项目内容

1.1 乙方向甲方提供“匠智工序跟踪系统”标准版软件的永久使用许可（10个用户），用于记录滴胶饰品、树脂摆件等产品从调胶、浇注、脱模、打磨、上光到包装的各道工序。

1.2 乙方按甲方需求进行定制开发，包括：调胶配比及固化时间记录模块、批次二维码追溯、不良品拍照登记、网店订单导入接口、工序计件工资报表。

1.3 乙方负责软件安装部署、基础数据初始化及使用培训。培训为一次性现场培训，时长不超过两天，参加人员由甲方安排，再次培训另行收费。

1.4 定制开发以双方确认的《需求确认单》为准。需求确认单签署后，甲方提出的新增或修改需求，视为需求变更，乙方有权另行报价并调整交付时间。

1.5 软件运行所需的电脑、扫码枪、标签打印机及网络由甲方自行准备。乙方可代为采购，费用另计。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序跟踪系统标准版软件许可（10用户） | 98,000 |
| 2 | 定制开发（五个模块） | 72,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 186,000 |

合同总价为人民币壹拾捌万陆仟元整（¥186,000），含税。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的65%，即¥120,900。乙方收到款项后开始工作。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的35%，即¥65,100。

3.3 乙方在收到每期款项后开具增值税普通发票。甲方需要专用发票的，应在付款前提供开票资料。

3.4 甲方逾期付款的，每逾期一日应按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方计划在收到首期款后60日内完成定制开发并安装上线。因需求变更、甲方未及时提供资料或确认的，交付时间相应顺延。

4.2 乙方交付安装程序、用户手册和培训课件。源代码不属于交付范围。

4.3 甲方应在乙方通知的安装日期前准备好安装环境、基础资料（产品清单、工序清单、员工名单、计件单价）并安排专人配合。甲方未按时准备的，乙方有权顺延交付，由此增加的费用由甲方承担。

4.4 乙方可根据项目进度合理安排开发人员，必要时调整开发计划，并以微信或电子邮件方式告知甲方。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，乙方将作为售后问题处理，不影响验收结论和付款。

## 第六条 售后服务

6.1 自系统上线之日起三个月内，乙方提供免费维护服务，包括缺陷修复和远程技术支持。

6.2 紧急故障（系统无法登录或无法录入工序）乙方在接到通知后8小时内响应（工作日9:00—18:00计时），一般问题在3个工作日内答复。

6.3 乙方将尽力排除故障，但不承诺修复时间。因故障造成甲方停工、返工或其他损失的，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格标准购买年度维护服务。未购买维护服务的，乙方不再提供任何技术支持和升级。

6.5 远程技术支持通过电话、微信群和远程桌面方式提供。需要乙方人员到甲方现场处理的，甲方应承担差旅费用，并按乙方的人天单价支付现场服务费。

6.6 免费维护期内，乙方向甲方推送标准版的小版本更新；大版本升级及新功能模块按乙方报价另行购买。定制开发模块是否兼容新版本，由乙方视情况决定，乙方不承担保证兼容的义务。

6.7 甲方擅自修改系统配置、安装其他软件或更换硬件导致的故障，不属于免费维护范围。

## 第七条 知识产权

7.1 标准版软件及定制开发模块（包括源代码、数据库结构、报表模板和接口程序）的全部知识产权归乙方所有。

7.2 甲方仅在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得修改、反编译，不得交由第三方维护或二次开发。

7.3 乙方有权将定制开发模块纳入其标准产品，向其他客户销售。

7.4 甲方不得将本软件用于甲方以外的其他门店或经营主体，开设分店需另行购买许可。

## 第八条 数据

8.1 甲方录入系统的工序记录、配方参数、订单和员工计件数据由甲方使用。

8.2 乙方有权在对甲方数据进行脱敏处理后，将其用于产品改进、行业工艺数据库建设和统计分析，并可将统计分析结果提供给合作伙伴。

8.3 乙方对其运维的服务器采取防火墙、数据加密、定期备份和访问权限控制等安全措施。因乙方原因造成甲方数据丢失或泄露的，乙方应在发现后24小时内通知甲方，负责恢复数据并承担相应赔偿责任。

8.4 甲方应自行做好电脑和账号的安全管理，定期导出重要数据。因甲方设备损坏、病毒感染或账号管理不善造成的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露。本条在合同终止后两年内有效。

9.2 乙方在宣传材料和客户案例中使用甲方名称、店标及产品图片的，应事先取得甲方同意，但甲方已在公开平台发布的产品图片除外。

9.3 乙方员工因工作需要接触甲方产品设计图稿的，仅限于完成本合同约定的工作。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方延迟交付的，双方协商确定新的交付时间，乙方应积极采取补救措施。

10.3 甲方无正当理由拒绝安装上线或拖延提供资料超过30日的，乙方有权解除合同，已收款项不予退还。

10.4 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。

## 第十一条 合同解除

11.1 乙方严重违约，经甲方书面通知后30日内仍未改正的，甲方可以解除合同。

11.2 甲方解除合同的，已支付的首期款中对应乙方已完成工作的部分不予退还。

## 第十二条 不可抗力

因不可抗力或第三方云服务、电信网络故障导致不能履行本合同的，受影响方不承担责任，但应及时通知对方。

## 第十三条 用户数扩展

甲方增加用户数的，按乙方届时报价另行购买，新增用户适用本合同的使用条件。

## 第十四条 通知

双方指定的联系人、电话、电子邮箱及微信为通知送达方式，一方通过上述方式发出通知即视为送达。联系方式变更的，应及时告知对方。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

16.2 本合同一式两份，双方各执一份。本合同条款与乙方报价单不一致的，以本合同为准。

甲方（签章）：____________ 乙方（签章）：____________

日期：____________
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. BRW-CMMS-2027-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Hengtai Paper Products Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"), and Barrow Reliability Software Limited, a company registered in Ireland with its registered office at The Quay, New Ross, County Wexford, Ireland (the "Vendor").
P:The Customer operates two paper machines, a converting hall and a boiler house in Ningbo and wishes to replace its spreadsheet-based maintenance planning with a computerised maintenance management system. The Vendor develops and licenses such a system and has offered to license it and to configure and integrate it for the Customer's mill. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's maintenance management software, version 9, in object code, including the mobile work-order application and the asset-condition dashboard, together with the Documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-conversion scripts and configuration items created by the Vendor specifically for the Customer under this Agreement, including their source code and technical documentation.
P:1.3 "Customer Data" means all asset registers, maintenance histories, spare-parts records, inspection readings and other data entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's sites in the People's Republic of China for 150 named users and unlimited read-only users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster-recovery purposes. The Customer may permit its contractors to use the Software for the Customer's business only.
P:2.3 Title to the Software remains with the Vendor. The licence may not be revoked except under Article 13.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure it for the Customer's asset hierarchy and work-order processes, migrate the asset register and eight years of maintenance history, and build interfaces with the Customer's ERP system for purchase requisitions and spare-parts stock, and with the distributed control system historian for run-hour counters.
P:3.2 The Vendor shall train twelve key users and forty maintenance technicians at the mill, in Chinese, and deliver the training materials to the Customer.
P:3.3 The Vendor shall carry out the Services through a project team led by a named project manager who speaks Mandarin. The project manager shall not be replaced without the Customer's prior agreement, which shall not be unreasonably withheld.
P:3.4 The Services shall be completed and the system made ready for acceptance testing within 120 days after the Effective Date, following the project plan in Schedule 2.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,670,000, made up of the Licence Fee of CNY 1,240,000, the configuration, migration and integration fee of CNY 386,000 and the training fee of CNY 44,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the total price within 30 days after signature against the Vendor's invoice, 45% within 30 days after the Software has been installed and the data migration completed, and the remaining 35% within 30 days after Final Acceptance.
P:4.3 All invoices shall be issued in CNY. Payment shall be made by bank transfer to the Vendor's account stated in the invoice. Any withholding tax required by PRC law shall be deducted from the payment and the Customer shall provide the tax certificate to the Vendor.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Customer when the system is ready for acceptance testing. Testing shall follow the acceptance test plan agreed in Schedule 3.
P:5.2 The system passes the acceptance tests when: all functions listed in Schedule 1 operate as described; the migrated asset register and maintenance history reconcile with the source records on a full record count and on a sample of five hundred records checked field by field; the ERP and historian interfaces run for twenty consecutive working days without a failed transfer; the mobile application synchronises work orders within sixty seconds over the mill's wireless network; and no Severity 1 or Severity 2 defect is open.
P:5.3 On passing, the Customer shall sign a Final Acceptance certificate within ten working days. If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost. Go-live, production use or payment by the Customer does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Documentation and Schedule 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and give remote and on-site support free of charge.
P:6.2 Severity 1 (the system is down or work orders cannot be issued): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 3 working days. Severity 3: response within 1 working day, fix in the next release.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 defect, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may set off against any amount due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the same terms for an annual fee of 11% of the Licence Fee (CNY 136,400 per year). This fee is fixed for the first three support years. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The intellectual property rights in the Software remain with the Vendor.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer on creation. The Vendor shall deliver their source code with the system and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Software is hosted on the Customer's own servers in Ningbo. The Vendor shall access the system only remotely through the Customer's VPN with multi-factor authentication, with each session approved by the Customer's IT department and logged. No Customer Data shall be transferred out of the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law when handling Customer Data, shall notify the Customer within 12 hours of any security incident affecting Customer Data, and shall be liable for all losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's production data and mill layouts, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
P:11.2 Neither party is liable for indirect or consequential loss, except as stated in Article 8.3.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for the Services. The licence survives termination except where the Customer fails to pay the Licence Fee.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Ireland.
P:14.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with its Schedules (Schedule 1 Functional Specification, Schedule 2 Project Plan, Schedule 3 Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese. Both versions are equally valid.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form — FieldLoop Field Service Cloud

**Order Form No. FL-CN-2027-0088**

**Part A — Order Form** · **Part B — General Terms**

This Order Form is entered into between **Blackwater Field Systems Limited**, registered in Ireland, of Harbour Road, Youghal, County Cork, Ireland ("FieldLoop" or the "Provider"), and **Suzhou Anxing Elevator Service Co., Ltd.**, of Suzhou Industrial Park, Jiangsu Province, People's Republic of China (the "Customer"). Part A sets out the commercial terms of this order. Part B sets out the General Terms that apply to it. If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscription

The Customer subscribes to the FieldLoop Field Service Cloud for scheduling, dispatch, mobile work orders, inspection checklists, spare-parts tracking and customer portal functions, for 420 technician users and 60 back-office users. The Subscription Term is 36 months from the Subscription Start Date. The Subscription Start Date is the date on which the Customer signs the Go-Live Acceptance certificate under A4.

### A2. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Year 1 | 480 users, annual | 318,000 |
| Subscription fee, Year 2 | 480 users, annual | 318,000 |
| Subscription fee, Year 3 | 480 users, annual | 318,000 |
| Implementation services | one-time, fixed | 64,000 |
| **Total for the Subscription Term** | | **1,018,000** |

The fees are fixed for the Subscription Term and include VAT. Additional users may be added at the pro-rated per-user rate in this table.

### A3. Invoicing and Payment

A3.1 On signature of this Order Form, the Provider will invoice the implementation services fee and the subscription fee for Year 1, together CNY 382,000. The Customer shall pay this invoice within 15 days and in any case before the implementation work starts.

A3.2 The subscription fees for Year 2 and Year 3 are invoiced annually in advance on each anniversary of the Subscription Start Date and are payable within 30 days of invoice.

A3.3 The Provider may suspend the Service if an undisputed invoice remains unpaid 30 days after written reminder.

### A4. Implementation and Go-Live Acceptance

A4.1 The Provider will configure the Service for the Customer's contracts, sites and elevator assets, import 36,000 elevator records and three years of service history, build the interface with the Customer's ERP for parts and billing, and train the Customer's dispatchers and trainers.

A4.2 Go-Live Acceptance tests: all functions in the Service Description are available; imported records reconcile with the source data on count and on a sample of three hundred records; 100 technicians complete work orders on the mobile app in a two-week pilot with no Priority 1 incident; and the ERP interface runs ten working days without a failed transfer. When the tests are passed the Customer signs the Go-Live Acceptance certificate. Use of the Service during the pilot is not acceptance.

A4.3 The Customer will provide a project lead, make its dispatch supervisors available for workshops, supply the source data in the agreed format and give the Provider access to a test instance of its ERP. Delays caused by the Customer extend the dates in this A4 accordingly.

A4.4 If Go-Live Acceptance is not reached within 75 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.

### A5. Term and Renewal

This Order Form ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A6. Contacts and Signatures

Customer contact: Director of Service Operations. Provider contact: Account Director, Greater China.

For the Customer: ____________________ For the Provider: ____________________

## Part B — General Terms

### 1. The Service

1.1 The Provider will provide the Service in accordance with the Service Description and the Service Levels in Section 2.

1.2 The Service is hosted for the Customer in a data centre of a licensed cloud operator in mainland China. The Provider will not move the hosting location outside mainland China.

1.3 The Provider may improve the Service from time to time but will not materially reduce its functionality during the Subscription Term.

1.4 The Customer is responsible for its users' account credentials, for the accuracy of the data it enters and for using the Service in accordance with the Documentation and applicable law. The Customer will notify the Provider promptly of any unauthorised use of an account.

1.5 Support is provided in Mandarin and English through the support portal, by e-mail and by a telephone hotline in China. The Provider will name a customer success manager who holds a quarterly service review with the Customer, covering availability, incidents, open requests and the product roadmap.

1.6 The mobile application runs on the Android and iOS versions listed in the Service Description. The Provider will support each new major operating-system version within 90 days of its general release.

### 2. Service Levels

2.1 Availability of the production Service will be at least 99.95% in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 23:00 and 05:00 China Standard Time.

2.2 Priority 1 incidents (the Service is unavailable, or dispatch or mobile work orders cannot be used): response within 30 minutes, 24 hours a day; Priority 2: response within 2 hours; Priority 3: response within 1 business day.

2.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the term.

### 3. Customer Data

3.1 As between the parties, the Customer owns all data that the Customer or its users enter into the Service, including customer names, elevator locations, inspection records and technician data ("Customer Data").

3.2 The Provider may collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the Service to develop and improve its products, to train its scheduling algorithms and to publish industry benchmarks. This right continues after the end of the Subscription Term.

### 4. Security

4.1 The Provider will protect Customer Data with measures at least as protective as those described in its security statement, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups and annual penetration testing. The hosting environment holds an MLPS level 3 filing.

4.2 The Provider will notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, will take all reasonable steps to contain it, and will be responsible for the losses the Customer suffers as a result of a security breach caused by the Provider's failure to comply with this Section.

### 5. Confidentiality

Each party will keep the other party's Confidential Information confidential, will use it only for the purposes of this Order Form and will not disclose it except to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after termination.

### 6. Intellectual Property

6.1 The Provider owns the Service and all related software and documentation.

6.2 Configurations, report templates, checklists and interface mappings created for the Customer under A4 belong to the Customer, and the Customer may use, modify and let third parties use them without restriction. The Provider will export them on request.

### 7. Liability

7.1 Each party's total liability arising out of this Order Form is limited to 150% of the total fees in A2.

7.2 Neither party is liable for indirect or consequential loss or loss of profit. These limits do not apply to breach of Section 4 or Section 5, fraud or personal injury.

### 8. Subcontracting

The Provider shall not subcontract any part of the Service, other than the hosting of the Service by the cloud operator named in the Service Description, without the Customer's prior written consent.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

9.2 On termination by the Customer under 9.1, the Provider will refund any prepaid fees for the period after termination.

9.3 On expiry or termination, the Provider will make Customer Data available for export for 60 days and will then delete it, except for the data described in 3.2.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 11. General

11.1 Notices shall be in writing and sent to the contacts in A6.

11.2 This Order Form may be signed in counterparts and by electronic signature.
"""
E03 = """T:Purchase Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. HSC-EQ-2027-031
P:Buyer: Huashan Cement Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhu, Anhui Province (the "Buyer").
P:Supplier: Blackwater Condition Monitoring Limited, a company registered in Ireland, with its registered office at Fermoy Business Park, Fermoy, County Cork, Ireland (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to install wireless vibration and temperature sensors on the kiln drives, raw mills, cement mills and main fans of its Wuhu and Tongling plants, connected through gateways to condition-monitoring software, so that bearing and gearbox faults are detected early. The Supplier has offered to supply, install and commission the system.
H:1. Scope of Supply
P:1.1 The Supplier shall supply 320 wireless triaxial vibration and temperature sensors, 24 industrial gateways with mounting kits and power supplies, and a perpetual licence for its condition-monitoring software for both plants, unlimited in users and assets.
P:1.2 The Supplier shall install the sensors and gateways on the machines listed in Annex 1, install the software on the Buyer's servers, configure machine models, alarm thresholds and the asset hierarchy, connect the software to the Buyer's plant information system, and commission the whole system.
P:1.3 The Supplier shall train twenty maintenance engineers and vibration analysts of the Buyer at each plant.
H:2. Price
P:2.1 The Contract Price is CNY 1,510,000, itemised in the table below. The Contract Price is fixed, includes VAT, customs duties, freight to site, insurance, installation, commissioning and training, and shall not be adjusted.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial gateway with mounting kit|24|9,800|235,200
TB:3|Condition-monitoring software, perpetual licence, two plants|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,335,200
TB:4|Installation, configuration and commissioning|1 lot|148,600|148,600
TB:5|Training|1 lot|26,200|26,200
TB:|Contract Price|||1,510,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all equipment has been delivered and installed at both plants and the Buyer has signed the installation certificate. The installation certificate does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after the Final Acceptance Certificate has been signed.
P:3.4 Each payment is subject to a valid VAT invoice issued by the Supplier or its appointed Chinese distributor.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the two plants within 60 days after signature and complete installation during the kiln shutdowns scheduled in Annex 2.
P:4.2 Installation work in the plants shall follow the Buyer's safety rules, including permit-to-work, lock-out and working-at-height procedures. The Supplier's personnel shall attend the Buyer's safety induction before starting work.
P:4.3 The equipment shall be new, of current production, packed for sea and road transport, and supplied with certificates of origin and conformity. Sensors intended for the kiln area shall be rated for the ambient temperatures given in Annex 1. Wireless equipment shall hold the type approval required for use in the People's Republic of China.
P:4.4 With the equipment the Supplier shall deliver, in Chinese and English, the installation manual, the operation and maintenance manual for the sensors and gateways, the software administrator guide and user guide, the network diagram and the as-built asset and sensor list.
P:4.5 If the Supplier fails to deliver or complete installation by the dates in 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Clause 12.
P:4.6 The Buyer shall provide access to the machines, power for the gateways, network connections to the server room and a site contact at each plant.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: every sensor reports data to the software at the configured interval with no more than two missed readings per sensor per day; the measured vibration values agree with readings taken by the Buyer's portable analyser within the tolerance in Annex 3; alarms raised by simulated fault signals reach the responsible engineers within two minutes; gateway battery and signal status are visible for all assets; and the interface with the plant information system transfers data without error for the last ten days of the run.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. If any criterion is not met, the Supplier shall remedy the defect and the 30-day run shall be repeated for the affected plant.
P:5.3 Delivery, installation, commissioning, use of the system or payment do not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for 36 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective sensors and gateways, including batteries that fail before their rated life, and correct software defects, free of charge.
P:6.2 Fault levels and response times during the warranty period are set out in the table below.
TB:Fault level|Description|Response|Restoration
TB:Level 1|Software down or a whole plant not monitored|2 hours|8 hours
TB:Level 2|A machine group not monitored|6 hours|2 working days
TB:Level 3|Single sensor or minor defect|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds a Level 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:6.4 The Supplier shall keep a stock of spare sensors and one spare gateway at each plant during the warranty period.
H:7. Post-Warranty Support
P:7.1 After the warranty period, the Supplier shall offer annual support covering software updates, remote diagnostic support and repair of defective equipment at an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 106,816 per year. This fee shall not be increased for the first three years after the warranty period.
P:7.2 Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The software and the sensor firmware remain the property of the Supplier and its licensors.
P:8.2 Machine models, alarm settings, reports and interface programs created for the Buyer under this Contract belong to the Buyer, who may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:9. Data Security and Data Ownership
P:9.1 All vibration, temperature and process data collected by the system, and all analyses and reports produced from it, belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not retain, copy or use them for any other purpose, including in anonymised or aggregated form.
P:9.2 The software runs on the Buyer's servers. The Supplier may access it remotely only through the Buyer's approved remote-access channel, with each session approved and logged. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
P:9.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 2 hours and shall compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plants, production and equipment, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting and Termination
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
P:12.2 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay described in 4.5 exceeds 45 days.
P:12.3 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any equipment or services that the Buyer rejects, and shall remove rejected equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
P:Annex 1: Machine and sensor list. Annex 2: Installation schedule. Annex 3: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Infrastructure Services Agreement

Agreement No. MIS-2027-112

**Between**

**Jiangnan Online Retail Technology Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province (the "Customer"); and

**Sullane Managed Services Limited**, a company registered in Ireland, with its registered office at Main Street, Macroom, County Cork, Ireland, acting through its Shanghai branch office (the "Provider").

**Background.** The Customer runs its order management, warehouse and customer-service systems on servers, storage and backup equipment in two co-location data centres in Hangzhou. The Customer wishes the Provider to take over the day-to-day operation of this infrastructure for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed infrastructure services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data stored on, processed by or generated by the in-scope systems, including order, customer, product and log data.

## 2. Services

2.1 The Provider shall provide the Services from the Service Commencement Date for the Term, to the Service Levels in Schedule 3.

2.2 The Provider shall provide a service delivery manager, a team of on-site engineers in Hangzhou during business hours, and a remote operations centre covering 24 hours a day, seven days a week.

2.3 The Provider shall operate the in-scope systems following the Customer's change-management process. No change to production systems may be made without an approved change request, except for emergency changes to restore service, which shall be reported to the Customer within one business day.

2.4 The Provider shall hold a monthly service review with the Customer, with a written report on service levels, incidents, problems, changes, capacity and recommended improvements.

2.5 The Customer shall give the Provider's engineers access to the data centres and to the in-scope systems as needed, keep the co-location contracts, software licences and hardware vendor support contracts in force, and appoint a service manager as the Provider's main contact.

2.6 Either party may request a change to the scope of the Services. The Provider shall respond within ten business days with the effect of the change on the charges, the Service Levels and the timetable. No change is binding until both parties sign a written change note.

## 3. Transition

3.1 Within 60 days after signature, the Provider shall complete the transition of the Services: knowledge transfer from the Customer's team, documentation of the in-scope systems, installation of the Provider's monitoring tools, set-up of the service desk and run books, and a parallel-run period of fourteen days.

3.2 If the Service Commencement Certificate cannot be signed within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 4. Service Commencement

4.1 The Customer shall sign the Service Commencement Certificate when the following criteria are met: all in-scope systems listed in Schedule 1 are monitored by the Provider's tools with alerts routed to the operations centre; run books exist and have been tested for every system; backup jobs for all systems complete successfully for seven consecutive days and a test restore of each database has been made; and the parallel run has ended with no Priority 1 incident handled late by the Provider.

4.2 If any criterion is not met, the Provider shall remedy it and the Customer shall re-test. Start of operation by the Provider does not in itself amount to acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,200,000.

5.2 The transition charge is payable within 30 days after the Service Commencement Certificate is signed. The monthly service charge is invoiced monthly in arrears and payable within 30 days of invoice.

5.3 Service credits under Schedule 3 are deducted from the next monthly invoice.

5.4 If the number of servers in Schedule 1 rises or falls by more than a tenth during the Term, either party may ask for the monthly service charge to be adjusted in proportion through a change note under Section 2.6.

5.5 Subject to 5.4, the charges are fixed for the Term, include VAT and cover all tools, travel and expenses of the Provider.

## 6. Customer Data

6.1 Customer Data is and remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall not copy, keep or use it for any other purpose.

6.2 At the end of the Term the Provider shall return to the Customer all documentation, run books and configuration records, and shall remove its tools from the Customer's systems.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information it receives from the other party under this Agreement and shall use it only for the purpose of this Agreement. Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Run books, scripts, monitoring rules, reports and documentation created by the Provider for the Customer under this Agreement belong to the Customer, who may use and modify them freely and give them to any successor provider.

8.2 The Provider's monitoring tools and pre-existing know-how remain the Provider's property.

## 9. Personnel and Subcontracting

9.1 The Provider's engineers shall hold the certifications listed in Schedule 1. The Provider shall not replace the service delivery manager without giving the Customer 30 days' notice and an opportunity to interview the replacement.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Term and Continuity

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; an extension requires a written amendment signed by both parties.

10.2 Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties. If the Provider fails to perform, the Customer's remedies are the service credits in Schedule 3 and damages under Section 11, and the Provider shall continue to perform the Services.

10.3 In the last three months of the Term, the Provider shall co-operate with the Customer and any successor provider to hand over the Services in an orderly manner.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term, except for personal injury, wilful misconduct and breach of Section 7, which are not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, or acts of government. The affected party shall notify the other promptly and resume performance as soon as possible.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## Schedule 1 — Scope of Services

| Service area | In-scope items | Provider's tasks |
|---|---|---|
| Servers | 186 physical and 540 virtual servers | monitoring, patching, capacity reports, hardware fault handling with vendors |
| Storage | 4 storage arrays, 2 SAN fabrics | monitoring, capacity management, firmware updates |
| Backup | backup software, 2 tape libraries | daily backup jobs, monthly restore tests, off-site tape rotation |
| Virtualisation | 3 clusters | host maintenance, resource planning |
| Service desk | infrastructure tickets | logging, triage, resolution, escalation |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, fixed | 112,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| **Total charges for the Term** | | **2,200,000** |

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of the in-scope production platform | 99.95% per month | 3% of the monthly service charge for each 0.1 point below target |
| Priority 1 incident (production outage) | response within 15 minutes, restoration within 2 hours | CNY 2,000 per hour late |
| Priority 2 incident (degraded service) | response within 1 hour, restoration within 8 hours | CNY 500 per hour late |
| Backup jobs | every scheduled job completed or rerun on the same day | CNY 300 per job not completed |

Service credits in a month shall not exceed 20% of the monthly service charge.

For the Customer: ____________________ For the Provider: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
MARINE WEATHER AND SEA-STATE FORECAST DATA

Agreement No. SWD-2027-CN-019

PARTIES

Customer: Donghai Offshore Wind Power Operation Co., Ltd., a company incorporated in the People's Republic of China, registered office in Yancheng, Jiangsu Province (the "Customer").

Provider: Seawatch Data Limited, a company registered in Ireland, registered office at Clonakilty Technology Park, Clonakilty, County Cork, Ireland (the "Provider").

BACKGROUND

The Customer operates offshore wind farms in the Yellow Sea and plans crew-transfer vessel trips, turbine maintenance and cable inspections around weather windows. The Provider supplies marine weather and sea-state forecast data through an application programming interface (the "API"). The Customer wishes to subscribe to this data for two Subscription Years and to have the data integrated into its maintenance planning system.

1. DEFINITIONS

1.1 "Data" means the forecast and observed data described in Schedule A, including wind speed and direction at hub height, significant wave height, wave period, swell, visibility, lightning risk and tidal currents, for the forecast points listed in Schedule A.

1.2 "Subscription Year" means the period that starts on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary. The first Subscription Year starts on the Subscription Start Date and the second immediately follows it.

1.3 "Subscription Start Date" means the date on which the Customer confirms Integration Acceptance under Clause 4.

1.4 "Customer Data" means the coordinates of the Customer's assets, its vessel schedules, its query logs and any other information the Customer provides to the Provider or enters through the API.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Years to access the Data through the API, to store it in the Customer's own systems and to use it for the operation and maintenance of the Customer's wind farms, including sharing it with the Customer's vessel operators and maintenance contractors for that purpose.

2.2 The Customer's subscription covers 64 forecast points, hourly forecasts up to ten days ahead, updates four times per day, and access to the historical archive for the same points from 2015 onward.

2.3 The Customer may not resell the Data or make it available to the public.

2.4 The Customer will receive API credentials for up to ten named technical users. The Customer is responsible for keeping its credentials secure and for the use of the API made with them, and will tell the Provider without delay if it believes that credentials have been disclosed.

2.5 The Customer may add forecast points during a Subscription Year at the unit rate for additional points in Schedule A, pro rata for the rest of that Subscription Year. Forecast points may be moved once per Subscription Year without charge, for example when a new wind farm is commissioned.

3. SERVICE AND SUPPORT

3.1 The Provider will use commercially reasonable efforts to make the API available at all times, subject to scheduled maintenance and events beyond its control. The Provider will try to announce scheduled maintenance in advance on its status page.

3.2 Support is available by e-mail during the Provider's business hours in Ireland. The Provider will handle support requests as quickly as it reasonably can, in the order received.

3.3 The Provider may change the format of the API from time to time, and will give the Customer at least 60 days' notice of any change that is not backward-compatible.

3.4 The Provider does not guarantee the accuracy of forecasts, which are by nature uncertain. The Customer remains responsible for its own operational and safety decisions.

3.5 The Provider will publish release notes for each new version of its forecast models and will, on request, give the Customer a yearly verification report comparing its forecasts for the Customer's area with observed values.

4. INTEGRATION SERVICES AND ACCEPTANCE

4.1 The Provider will build a connector that loads the Data into the Customer's maintenance planning system every hour, map the Data to the Customer's weather-window rules for each vessel type, and configure alerts for wave height and wind speed limits set by the Customer.

4.2 Integration Acceptance tests: the connector loads all 64 forecast points every hour for ten consecutive days without a missed load; the values loaded match those returned by the API on a sample of two hundred records; and the weather-window alerts trigger correctly in a test with simulated limit values. When the tests are passed, the Customer confirms Integration Acceptance in writing. Use of the Data before that date does not amount to acceptance.

4.3 The Customer will give the Provider's integration engineers remote access to a test environment of its maintenance planning system, provide the weather limits for each vessel type and operation, and name a project contact who can take decisions.

4.4 If Integration Acceptance is not reached within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 350 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for the first Subscription Year CNY 246,000; subscription fee for the second Subscription Year CNY 246,000; one-time integration services fee CNY 22,000. The total fees under this Agreement are CNY 514,000, including VAT.

5.2 The integration services fee is payable within 30 days after Integration Acceptance.

5.3 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

5.4 Payments are made in CNY to the Provider's account with a bank in China, as stated on the invoice.

6. RENEWAL

6.1 At the end of the second Subscription Year, this Agreement renews automatically for a further Subscription Year, and then year by year, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

6.2 Fees for each renewal Subscription Year are the Provider's list prices in effect at the start of that year. The Provider may increase its list prices at its discretion and will tell the Customer of the new fee on the renewal invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data and the integration services to the Customer and shall not use it for any other purpose, including in aggregated or anonymised form, and shall not disclose it to any third party.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit, access control limited to named staff, and logging of access. Customer Data shall be stored only on servers located in mainland China.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by a breach attributable to the Provider.

7.4 At the end of this Agreement the Provider shall delete all Customer Data and confirm the deletion in writing.

8. CONFIDENTIALITY

Each party shall keep confidential the terms of this Agreement and all non-public information received from the other party, and shall not disclose it without the other party's written consent, except to its advisers or as required by law. This obligation survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the Data, the API and the forecast models.

9.2 The connector, data mappings and alert configurations built for the Customer under Clause 4 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code at Integration Acceptance.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees in Clause 5.1, except for breach of Clauses 7 and 8, fraud, wilful misconduct and personal injury.

10.2 Neither party is liable for loss of profit or indirect loss.

11. SUBCONTRACTING

The Provider shall not subcontract the integration services or the hosting of Customer Data without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates under 12.1, the Provider shall refund the part of the subscription fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14. GENERAL

14.1 This Agreement, with Schedule A (Data Specification and Forecast Points), is the entire agreement of the parties on its subject.

14.2 Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- targets
FILES = {
    "z01": ("h1084z01_radiation_source_supervision_platform.pdf", "zh", Z01),
    "z02": ("h1084z02_soymilk_maker_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1084z03_science_lab_chain_booking_membership_saas.txt", "zh", Z03),
    "z04": ("h1084z04_metro_protection_zone_monitoring_om.txt", "zh", Z04),
    "z05": ("h1084z05_resin_studio_process_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1084e01_paper_mill_cmms_perpetual_licence.pdf", "en", E01),
    "e02": ("h1084e02_elevator_field_service_saas_order_form.md", "en", E02),
    "e03": ("h1084e03_cement_vibration_sensors_monitoring_licence.docx", "en", E03),
    "e04": ("h1084e04_retail_managed_infrastructure_36_months.md", "en", E04),
    "e05": ("h1084e05_offshore_wind_marine_weather_api.txt", "en", E05),
}

# ---------------------------------------------------------------- labels
# per draft: category, kind, terms (API order), extra, fee base and payment split for the checks
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
SPEC = {
    # key: category, [terms...], extra dict, fee_base, payment split (%), forum_outside_mainland
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2016000), 1160000, [20, 45, 35], False),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 26, False, True,
                         True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2040000), 1850000, [20, 55, 25], False),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None,
                      True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000),
            None, None, False),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
                         False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=836400),
            None, None, False),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, None, None, 65, False, False, 3, None, False,
                         True, None, None, G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=186000), 98000, [65, 35], False),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                         False, "Ireland", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1670000), 1240000, [20, 45, 35], True),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 900 / 1018000 * 100, 150, 382000 / 1018000 * 100,
                      True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1018000),
            None, None, False),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1510000), 1335200, [10, 55, 35], False),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2200000 * 100, 150, None, True, None,
                         None, None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000),
            None, None, False),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 350 / 514000 * 100, 200, None, True, None, None,
                      None, True, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=514000),
            None, None, False),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (only used in comparisons; never written into a contract)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(t, x, fee_base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, forum_out):
    """My reading of policy section 3, from the labels alone."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")  # "above the limit, or unstated"
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, fee_base)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九十\d])",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十点\d])",
    r"千分之零点五",
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![二十])四个?小时",
    r"(?<![\d.,])12\s*(?:个月|months?|-month)",
    r"twelve[\s-]*(?:calendar\s*)?months?",
    r"十二个月",
    r"(?<![十\d])一年(?!度)",
    r"one[\s-]*year",
    r"(?<![\d.,])5\s*(?:years?|年)",
    r"five[\s-]*years?",
    r"(?<![十\d])五年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "30%", "30 %", "15％", "40 per cent", "100%", "百分之三十", "百分之十五", "百分之百",
            "0.05%", "万分之五", "千分之零点五", "4小时", "四小时", "4 hours", "four hours", "4个小时", "12个月",
            "十二个月", "12 months", "twelve months", "12-month", "五年", "5 years", "five years", "质保期一年",
            "one year", "within4hours", "fourhours"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "130%", "115%", "140%", "0.055%", "0.5%", "24小时", "二十四小时", "24 hours",
             "14 hours", "fourteen hours", "112 months", "24 months", "二十四个月", "百分之三十五", "万分之八", "150%",
             "0.08%", "2 hours", "2015", "25年", "一年度", "服务年度", "1,500%", "120,900"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def label(key):
    name, lang, _ = FILES[key]
    cat, terms, extra, _, _, _ = SPEC[key]
    d = {"file": name, "language": lang, "category": cat,
         "expected_terms": dict(zip(T, terms)), "expected_extra": extra, "expected_rules": DESIGN[key]}
    return d


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s_ in MUST_HIT:
        assert RX.search(s_), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not RX.search(s_), ("must miss", s_, RX.search(s_))

    docs = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in docs}
    write(docs, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    problems = []
    for k in FILES:
        name, lang, _ = FILES[k]
        cat, terms, extra, fee_base, split, forum_out = SPEC[k]
        assert len(terms) == len(T), k
        t = dict(zip(T, terms))
        # label values against thresholds
        assert t["availability_pct"] != TH["avail"] and t["p1_response_hours"] != TH["p1"], k
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"], k
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"], k
        assert t["post_warranty_fee_pct"] != TH["pwf"], k
        if split:
            assert sum(split) == 100 and TH["prepay"] not in split, k
            assert all(p not in (15, 40, 100) for p in split), k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
            assert "post_warranty_fee_capped" not in extra, k
        share = tco_share(t, extra, fee_base)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        rules = derive(t, extra, fee_base, forum_out)
        if rules != DESIGN[k]:
            problems.append((k, "derived", rules, "design", DESIGN[k]))
        if risk(rules) != DESIGN_RISK[k]:
            problems.append((k, "risk", risk(rules), DESIGN_RISK[k]))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%s %-62s len=%d %s tco=%s rules=%s risk=%s" % (k, name, n, "OK" if lo <= n <= hi else "OUT",
              None if share is None else round(share, 2), ",".join(r.replace("CR-", "") for r in rules) or "-",
              risk(rules)))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
