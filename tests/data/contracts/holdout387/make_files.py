import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout387: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (write(..., wrap_words=True)), then the
.json labels; reads every built file back to check its length, scans every text for threshold figures, checks the
label arithmetic against the text's price table and prints the expected rules per contract."""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ----------------------------------------------------------------------------------------------------------------
# z01 城市管理局 城市路灯智能管控平台 (.pdf, 第X条 + 1.1) — compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:临江市城市路灯智能管控平台采购合同
P:合同编号：LJCG-2025-GK-0418　　采购方式：公开招标
P:甲方（采购人）：临江市城市管理局　　地址：临江市滨江路88号
P:乙方（中标供应商）：浙江明辉物联科技有限公司　　地址：杭州市余杭区文一西路1217号
P:根据临江市城市路灯智能管控平台采购项目（项目编号 LJZC2025-117）的招标文件、乙方投标文件及中标通知书，依据《中华人民共和国民法典》和《中华人民共和国政府采购法》，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方城区主次干道路灯提供单灯控制器、集中控制器及路灯智能管控平台软件，并负责安装、调试、平台对接和培训，使甲方能够对全市路灯实施远程开关、分时调光、故障报警和能耗统计。
P:1.2 合同价款明细如下（人民币元，含税，含运输、保险及安装辅材）：
TB:序号|项目|数量|单价|金额
TB:1|NB-IoT单灯控制器|6,800台|268|1,822,400
TB:2|集中控制器（含电能计量模块）|120台|3,150|378,000
TB:3|路灯智能管控平台软件许可（永久）|1套|486,000|486,000
TB:|软硬件小计|||2,686,400
TB:4|安装调试及平台对接|1项|318,600|318,600
TB:5|操作及运维培训|1项|35,000|35,000
TB:|合同总价|||3,040,000
P:1.3 合同总价为人民币叁佰零肆万元整（¥3,040,000），为固定总价，除甲方书面变更采购范围外不作调整。
H:第二条 交付与工期
P:2.1 乙方应在合同签订后90日内完成全部设备供货、安装及平台部署，具备初验条件。
P:2.2 乙方按甲方确认的灯杆清单分片区施工，夜间作业须提前报甲方及交警部门备案，并自行负责施工安全和文明施工。
P:2.3 平台部署在临江市政务云，由甲方提供云主机及网络资源，乙方负责软件安装和与市城市运行管理服务平台的接口对接。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方提交等额预付款保函，甲方收到后支付合同总价的20%作为预付款。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的55%。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具等额合法发票。
H:第四条 验收
P:4.1 初验：全部设备安装完毕后，由甲方组织初验。初验标准为：（1）设备型号、数量与投标文件一致；（2）随机抽取200盏灯，开关灯、调光和时控策略下发全部正确执行；（3）平台页面操作响应时间不超过3秒；（4）灯具断电后5分钟内平台产生故障报警。
P:4.2 试运行：初验合格后进入60日试运行期，试运行期间不得出现一级故障。
P:4.3 终验：试运行期满后10个工作日内，甲方组织专家进行终验，核查试运行记录、能耗报表与电表读数的一致性以及竣工图纸、操作手册等技术文档；终验合格后双方签署终验报告。
P:4.4 设备到货签收、安装完毕或甲方在试运行期间使用平台，均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供平台软件升级。
P:5.2 质保期内平台月度可用率不低于99.95%，按（当月总分钟数－不可用分钟数）÷当月总分钟数计算。
P:5.3 故障分级及响应时限：一级故障（平台整体不可用或整个片区路灯失控），乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单台集中控制器离线），2小时内响应，次日修复；三级故障（个别单灯控制器失效），在每周例行巡检时更换。
P:5.4 乙方未按时响应或修复一级故障的，每超过1小时扣减履约保证金1,000元；平台月度可用率每低于承诺值0.01个百分点，扣减2,000元。
P:5.5 质保期满后，甲方如继续委托乙方提供运维服务，运维年费不超过软硬件小计的8%（即每个服务年度不超过214,912元），且质保期满后三个服务年度内不上调，具体以届时另行签订的运维合同为准。
H:第六条 数据安全
P:6.1 平台采集的路灯运行数据、能耗数据、设备位置信息及操作日志均归甲方所有，乙方不得用于本合同以外的任何目的。
P:6.2 乙方应按网络安全等级保护第二级要求部署平台，落实账号分级授权、传输加密和操作日志留存；乙方人员远程维护须经甲方审批，通过堡垒机进行并全程记录，不得下载或留存甲方数据。
P:6.3 发生数据泄露、篡改或平台被入侵等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第七条 保密
P:7.1 乙方对履行合同中知悉的甲方工作秘密、路灯设施分布图、网络结构和账号密码负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方，甲方依本合同取得永久、不限用户数的使用许可。
P:8.2 为本项目定制开发的接口程序、统计报表、调光策略配置及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方有权自行修改或委托第三方修改。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:9.2 逾期超过30日的，甲方有权解除合同，乙方退还已收款项并承担由此造成的损失。
P:9.3 乙方提供的设备不符合合同约定的，应在10日内免费更换；因此给甲方造成损失的，乙方应予赔偿。
H:第十条 分包
P:10.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同并要求乙方赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 不可抗力与通知
P:13.1 因地震、台风、洪水等不可抗力致使合同不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
P:13.2 双方指定项目联系人，工作联系以书面函件或电子邮件为准。乙方项目经理未经甲方同意不得更换，乙方应保证驻场工程师不少于3人直至终验。
P:13.3 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：临江市城市管理局　　　　乙方（盖章）：浙江明辉物联科技有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日　　　　　　　签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 染料厂 反应釜控制系统改造 (.docx, 一、/（一）, Word price table) — ACCEPTANCE, CONFIDENTIALITY
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:反应釜DCS控制系统改造及维保合同
P:合同编号：HYRL-SB-2025-036
P:甲方：绍兴恒源染料化工有限公司
P:乙方：江苏中控汇通自动化工程有限公司
P:甲方三车间现有12台反应釜仍采用常规仪表加人工操作，温度、压力波动大，批次稳定性差。为实现集中控制和安全联锁，甲方委托乙方对反应釜控制系统进行DCS改造。双方根据《中华人民共和国民法典》，经平等协商，签订本合同。
H:一、改造范围与合同价款
P:（一）改造范围：三车间12台反应釜及配套滴加、冷却、真空系统的控制回路，包括DCS控制站、操作员站、现场变送器和调节阀的供货，组态编程及联锁逻辑设计，旧仪表拆除，安装调试和操作培训。
P:（二）合同价款明细如下（人民币元，含13%增值税）：
TB:序号|名称|数量|单价|金额
TB:1|DCS控制站（冗余控制器、I/O卡件、机柜）|2套|436,000|872,000
TB:2|操作员站及工程师站|5台|28,600|143,000
TB:3|温度、压力变送器|96台|3,250|312,000
TB:4|调节阀及智能定位器|24台|11,800|283,200
TB:5|DCS组态软件许可|1套|168,000|168,000
TB:|软硬件小计|||1,778,200
TB:6|组态编程及联锁逻辑设计|1项|226,000|226,000
TB:7|旧仪表拆除、安装及调试|1项|187,800|187,800
TB:8|操作及维护培训|1项|28,000|28,000
TB:|合同总价|||2,220,000
P:（三）合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），包含设备、软件、运输、安装、调试、培训及税费，甲方不再支付其他费用。
H:二、工期与施工要求
P:（一）乙方应在合同签订后60日内完成设备到货，在甲方安排的停车检修窗口内（预计不超过20日）完成拆旧、安装和调试。
P:（二）乙方施工人员进入车间须遵守甲方危险化学品生产区的安全管理制度，动火、登高等作业须办理作业票。
P:（三）改造期间乙方应保留原有手动操作手段，确保任何情况下反应釜可安全停车。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的35%。
P:（三）系统安装调试完成后10个工作日内，甲方支付合同总价的55%。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、安装调试与验收
P:（一）乙方完成安装调试后，书面通知甲方系统已具备运行条件。
P:（二）乙方发出前款通知之日，即视为系统验收合格；甲方在此之前已将系统投入生产使用的，自投入使用之日起视为验收合格。
P:（三）乙方应向甲方移交设备合格证、组态备份及操作手册。
H:五、质量保证
P:（一）质保期为十八个月，自系统验收合格之日起计算。质保期内因设备或组态质量问题产生的故障，乙方免费维修、更换及修改组态。
P:（二）故障分级：一级故障指控制站失效、联锁误动作或失灵，可能导致非计划停车或安全事故；二级故障指单个回路控制失效；三级故障指其他不影响生产的问题。
P:（三）一级故障乙方30分钟内电话响应，3小时内到达现场；二级故障2小时内响应，次日到场；三级故障3个工作日内处理。
P:（四）乙方未按前款时限响应或到场的，每延误1小时向甲方支付800元，从质保金或应付款中扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方应甲方要求继续提供年度维保服务，内容包括每季度巡检、控制器及卡件备件保障、组态修改和7×24小时技术支持。
P:（二）年度维保费按软硬件小计的9%计取，即每个维保年度160,038元，质保期满后前三个维保年度固定不变。
P:（三）维保服务合同由双方届时另行签订，不自动续期。
H:七、工艺数据安全
P:（一）DCS系统中的工艺参数、配方、批次记录和报警日志均属于甲方所有，乙方仅可为安装调试和维保目的使用，不得复制或带离甲方厂区。
P:（二）DCS网络与办公网物理隔离，乙方应在边界部署工业防火墙；乙方远程维护须经甲方生产部审批，每次开通、全程录屏，结束后立即关闭通道。
P:（三）乙方人员使用的移动存储介质须经甲方杀毒检查。因乙方原因导致工艺数据丢失、被篡改或外泄的，乙方应在1小时内通知甲方，并承担由此造成的全部损失。
H:八、知识产权
P:（一）DCS组态软件著作权归原厂所有，甲方取得永久使用许可。
P:（二）为本项目编制的组态程序、联锁逻辑、控制回路参数和源文件的知识产权归甲方所有，甲方有权自行或委托第三方修改和扩展。
H:九、违约责任
P:（一）乙方逾期到货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因设备或组态缺陷导致甲方停产的，乙方应赔偿甲方的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成人身伤亡或安全事故的除外。
H:十、双方人员与安全责任
P:（一）乙方应指派具有化工自动化项目经验的项目经理和不少于2名持证仪表工程师常驻现场，项目经理更换须事先征得甲方同意。
P:（二）乙方应为其现场人员办理工伤保险和意外伤害保险，其人员在施工中发生的人身伤亡由乙方负责。乙方施工造成甲方设备、管道损坏的，应负责修复或赔偿。
P:（三）甲方应提供施工用电、临时存放场地和必要的工艺配合人员，并在停车检修窗口开始前完成反应釜的清洗、置换和能量隔离。
P:（四）投用前，双方共同对全部联锁回路进行逐一确认，由甲方安全管理部门签字后方可投料。
H:十一、培训与资料
P:（一）乙方应为甲方培训操作工不少于30人、仪表维护人员不少于6人，培训内容包括DCS操作、报警处理、联锁复位和常见故障处理。
P:（二）乙方应移交竣工图、回路图、联锁逻辑说明、组态备份、备品备件清单和全部设备说明书，纸质版二套、电子版一套。
H:十二、分包
P:乙方不得转包。未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:十三、合同解除
P:（一）乙方逾期超过30日或严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）甲方无故逾期付款超过60日的，乙方有权暂停履行。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，根据不可抗力的影响部分或全部免除责任。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十六、通知
P:双方往来通知以书面形式送达合同首页所载地址，或发送至双方指定的电子邮箱。一方变更联系地址或联系人的，应在变更后3日内书面通知对方，否则向原地址送达视为有效送达。施工期间的日常联络可通过双方项目经理以工作联系单方式进行，重要事项须加盖公章确认。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、施工方案。
P:甲方（盖章）：绍兴恒源染料化工有限公司　　　乙方（盖章）：江苏中控汇通自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　　　　　代表签字：
P:日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 连锁台球俱乐部 计时及会员 SaaS + 实施 (.txt, 第X条 + （1）) — AUTO-RENEWAL, SLA-AVAILABILITY
# ----------------------------------------------------------------------------------------------------------------
Z03 = """球房智管SaaS服务订阅及实施合同

合同编号：QF-SaaS-2025-0712

甲方：广州星桥台球连锁管理有限公司
住所：广州市天河区黄埔大道西638号

乙方：杭州青木云计算科技有限公司
住所：杭州市滨江区江南大道3850号

鉴于甲方在华南地区经营50家台球俱乐部门店，需要统一的开台计时、计费收银、会员储值和门店经营分析系统；乙方是"球房智管"SaaS平台的开发和运营方。双方经协商，就甲方订阅该平台服务及乙方提供上线实施服务达成如下协议。

第一条 服务内容
（1）乙方向甲方50家门店提供"球房智管"SaaS平台的订阅服务，包括开台计时、灯控联动、计费收银、会员储值与积分、团购核销、库存管理、门店经营报表和总部驾驶舱功能，每家门店不限收银账号数量。
（2）乙方提供上线实施服务：门店基础数据配置、台灯控制盒接入调试（控制盒由甲方自行采购）、原系统会员数据迁移、微信小程序开台与支付联调，以及店长和收银员培训。
（3）订阅服务期为三个服务年度，自全部门店上线验收合格之日起算。

第二条 服务费用
（1）订阅费：每家门店每个服务年度4,680元，50家门店每个服务年度合计234,000元；三个服务年度合计702,000元。
（2）实施费：一次性86,000元。
（3）本合同总价为788,000元（含6%增值税）。甲方在服务期内增开门店的，按每家门店每个服务年度4,680元另行结算。

第三条 付款方式
（1）实施费在全部门店上线验收合格后15日内一次性支付。
（2）订阅费按季度支付，每季度58,500元，甲方于每个服务季度开始后10日内支付当季费用。首个服务季度自上线验收合格之日起算。
（3）乙方在收款前开具等额增值税专用发票。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成50家门店的上线实施。
（2）上线验收标准：①50家门店全部可正常开台、计时、收银；②计时误差每小时不超过1秒；③迁移的会员数量、储值余额与原系统导出清单逐户核对一致；④小程序开台、支付、退款全流程联调通过；⑤连续7日运行无一级故障。
（3）满足前款标准后，双方签署上线验收单。门店试用或甲方已支付部分费用，不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付600元违约金。

第五条 服务水平
（1）乙方承诺平台月可用率不低于99.5%，计划内维护须安排在凌晨2点至6点并提前48小时通知，计划内维护时间不计入不可用时间。
（2）故障分级：一级故障指全部或多数门店无法开台计费；二级故障指单店无法使用或会员储值功能异常；三级故障指报表、驾驶舱等非核心功能异常。
（3）响应时限：一级故障15分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内恢复；三级故障下一个工作日内处理。
（4）服务补偿：月可用率低于99.5%但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障恢复超时的，每超时1小时另减免当月订阅费的1%。减免金额在下一季度费用中抵扣。

第六条 甲方配合事项
（1）甲方应指定总部项目负责人及各门店联系人，按乙方实施计划提供门店台位数量、计费规则、会员等级和原系统数据导出文件。
（2）甲方负责门店网络、收银电脑、扫码枪和台灯控制盒的采购与安装，并保证门店网络带宽满足平台使用要求。
（3）因甲方未按时提供资料或门店条件不具备导致上线延误的，上线期限相应顺延。

第七条 培训与运营支持
（1）乙方应在上线前为每家门店的店长和收银员提供不少于2小时的现场或视频培训，并为总部财务及运营人员提供驾驶舱和报表专项培训。
（2）服务期内，乙方提供7×24小时在线客服和电话支持，并为甲方指定一名客户成功经理，每季度与甲方总部召开一次运营复盘会，提交平台使用情况和问题处理报告。
（3）平台版本升级应提前7日通知甲方，重大功能变更应先在甲方指定的2家门店试点。

第八条 续期
（1）本合同期满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，此后亦同。
（2）续期时，乙方有权按其届时公布的标准价格调整订阅费单价，但每次上调幅度不超过8%；乙方应在续期前15日以邮件通知甲方调整后的价格。

第九条 数据归属与数据安全
（1）甲方会员信息、消费记录、储值余额和经营数据均属甲方所有，乙方仅为向甲方提供本合同服务而处理这些数据，不得用于其他任何目的，不得向第三方提供。
（2）平台部署于境内云服务商华东地域，已通过网络安全等级保护三级测评；乙方应对会员手机号等个人信息加密存储，实行最小权限访问和操作日志留存。
（3）发生数据泄露、丢失或篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（4）合同终止后30日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除。

第十条 保密
双方对在合作中获知的对方商业秘密和未公开经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三个服务年度内继续有效。

第十一条 知识产权
（1）平台软件的知识产权归乙方。
（2）乙方为甲方定制的会员等级规则、计费方案配置、门店报表模板和小程序页面归甲方所有，甲方可自由使用、修改，或在合同终止后交由其他服务商使用。

第十二条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但乙方故意、重大过失或违反第九条造成的损失除外。

第十三条 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

第十四条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。
（2）连续两个月月可用率低于99%的，甲方有权解除合同，乙方退还已付未使用期间的订阅费。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会按其仲裁规则仲裁。

第十六条 其他
（1）本合同附件包括：门店清单、功能清单、上线实施计划及服务补偿计算表，附件与本合同具有同等效力。
（2）甲方在服务期内关闭门店的，可提前30日书面通知乙方减少相应门店的订阅，自下一个服务季度起按实际门店数结算订阅费；关闭门店数量累计不超过8家。
（3）双方往来通知以书面形式或合同约定的电子邮箱送达，一方变更联系方式应及时通知对方。
（4）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
（5）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州星桥台球连锁管理有限公司      乙方（盖章）：杭州青木云计算科技有限公司
授权代表：                                    授权代表：
日期：2025年  月  日                          日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 地下综合管廊 监控系统年度运维 (.txt, 1. / 1.1), 竞争性磋商 — DATA-SECURITY, SUBCONTRACT
# ----------------------------------------------------------------------------------------------------------------
Z04 = """鹭城市城市地下综合管廊监控与报警系统运维服务合同

项目编号：LCZC-2025-CS-0093（竞争性磋商）
合同编号：LCGL-YW-2025-07

甲方（采购人）：鹭城市城市地下综合管廊投资运营有限公司
乙方（成交供应商）：福建安澜智能运维服务有限公司

甲方通过竞争性磋商方式确定乙方为本项目成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

1. 服务范围
1.1 运维对象：鹭城市已建成的东湖片区和海沧片区综合管廊共计38.6公里，包括监控中心综合管理平台、环境与设备监控系统（温湿度、氧气、硫化氢、甲烷、水位监测）、视频监控系统、入侵报警系统、电子井盖、光纤测温、通信网络及UPS电源。
1.2 服务内容：日常巡检、定期维护保养、故障维修和应急抢修、监控中心平台软件维护、备品备件供应、运维台账和月度报告编制。
1.3 服务期：自2025年7月1日起至2026年6月30日止。

2. 服务费用
2.1 服务费用明细（人民币元，含税）：
    日常巡检及维护保养        486,000
    应急抢修                  132,000
    备品备件（包干）           96,000
    监控平台软件维护           58,000
    合计                      772,000
2.2 合同总价为人民币柒拾柒万贰仟元整（¥772,000），为服务期内包干价，备品备件不足部分由乙方承担。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度193,000元。每季度结束后，甲方按第5条进行季度考核，考核合格后15个工作日内支付当季服务费。
3.3 季度考核扣分的，按考核办法从当季服务费中扣减。

4. 服务标准
4.1 日常巡检：每周对全部舱室巡检不少于一次，检查气体探测器、摄像机、井盖状态和供电情况，巡检记录当日上传平台。
4.2 定期维护：每季度对气体探测器进行一次标定，每半年对UPS蓄电池进行一次充放电测试。
4.3 故障分级：一级故障指监控中心平台瘫痪、气体监测或火灾报警系统整体失效；二级故障指单个舱段监测中断或视频大面积黑屏；三级故障指单个设备故障。
4.4 响应时限：一级故障30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，12小时内修复；三级故障48小时内修复。
4.5 乙方未按前款时限响应或修复的，一级故障每次扣减服务费3,000元，二级故障每次扣减1,000元，三级故障每次扣减300元。
4.6 乙方应在管廊监控中心安排不少于6名持证运维人员，实行7×24小时值守。

5. 考核与验收
5.1 甲方每季度按考核办法对乙方进行考核，考核内容包括：巡检计划完成情况、故障处置是否符合4.4时限、人员到岗是否符合6.1要求、气体探测器标定记录、运维台账完整性和月度报告质量。季度得分不低于85分为合格。
5.2 服务期满时，甲方组织终期验收，核对全部巡检记录、维修记录、备件更换清单及设备完好情况，验收合格后签署验收报告。

6. 人员与安全管理
6.1 乙方应组建不少于10人的运维团队，其中项目经理1名、平台工程师2名、弱电及仪表工程师3名、值守人员不少于6名。项目经理和平台工程师须具有三个以上同类管廊或隧道监控运维项目经历。
6.2 乙方人员入廊作业须执行甲方入廊审批制度，作业前进行气体检测和通风，佩戴便携式四合一气体检测仪，有限空间作业须有专人监护。乙方应为入廊人员购买意外伤害保险。
6.3 乙方更换项目经理或平台工程师的，应提前10日书面报甲方同意；甲方认为乙方人员不称职的，乙方应在7日内更换。
6.4 乙方应建立备品备件库，常用探测器、摄像机、光纤测温模块和交换机的备件数量不少于响应文件承诺的数量，并每月向甲方报送备件台账。
6.5 遇台风、暴雨等极端天气，乙方应按甲方防汛预案加派人员驻守监控中心和重点舱段，服务费不另行增加。

7. 数据与资料
7.1 运维过程中产生的监测数据、视频录像、报警记录、运维台账和设备资料均归甲方所有。
7.2 乙方应在服务期满时将运维台账、维修记录和设备资料整理移交甲方。

8. 保密
8.1 乙方对在服务中知悉的管廊平面布局、入廊管线信息、监控点位、系统账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，不得擅自拍摄或对外发布管廊内部影像。
8.2 乙方应与其运维人员签订保密承诺书。本条义务在合同终止后继续有效。

9. 知识产权
9.1 乙方在运维过程中为甲方编制的运维方案、巡检规程、脚本、配置文档和报告的知识产权归甲方所有。
9.2 乙方保证其提供的服务和备件不侵犯第三方知识产权。

10. 分包
10.1 乙方可将管廊内照明、通风、排水等附属设备的维护保养工作分包给具有相应资质的单位，但应提前5个工作日书面告知甲方分包单位名称及人员名单。
10.2 乙方对分包单位的工作质量和安全承担全部责任。

11. 违约责任
11.1 乙方未在服务期开始之日按响应文件要求完成人员进场和交接的，每逾期一日，按合同总价的千分之一支付违约金。
11.2 因乙方运维不到位导致管廊事故或甲方受到行政处罚的，乙方应赔偿甲方全部损失。
11.3 甲方逾期支付服务费的，按中国人民银行同期贷款市场报价利率支付逾期利息。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或发生重大违约经甲方书面催告10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 服务期满后本合同终止，不自动续期；续签须重新履行政府采购程序。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 不可抗力与廉洁
14.1 因地震、台风、洪水等不可抗力导致服务中断的，受影响一方应及时通知对方，在不可抗力影响范围内免除责任，但乙方应尽最大努力保障监控中心值守和应急抢修。
14.2 乙方及其人员不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益；发现违反的，甲方有权解除合同，并将乙方不良行为报送政府采购监督管理部门。

15. 其他
15.1 磋商文件、乙方响应文件、成交通知书及考核办法为本合同附件，与本合同具有同等效力。
15.2 乙方应在每月5日前提交上月运维月报，内容包括巡检完成情况、故障统计、备件消耗和下月工作计划。
15.3 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：鹭城市城市地下综合管廊投资运营有限公司
乙方（盖章）：福建安澜智能运维服务有限公司
签订日期：2025年6月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 粉丝厂 WMS licence + custom development, supplier's template (.md, "## 第X条" + 1.1) — many problems
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 仓储管理系统（WMS）软件许可及实施合同

> 本合同采用乙方标准合同文本（仓云WMS-HT-V4.0），合同编号：CY-WMS-2025-0219

**甲方（用户）**：招远市金穗粉丝食品有限公司

**乙方（服务商）**：青岛仓云信息技术有限公司

甲方拟对成品库、原料库和包材库实施信息化管理，经考察选用乙方"仓云WMS"标准产品，并委托乙方在该产品基础上进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓云WMS标准版软件许可及手持终端（PDA）授权，许可为永久许可，限甲方在招远厂区内使用。

1.2 乙方在标准产品基础上为甲方定制开发以下功能：粉丝生产批次追溯、晾晒区及成品库位管理、与甲方用友U8系统的出入库接口。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 仓云WMS标准版软件许可（含RF作业模块） | 1套 | 520,000 | 520,000 |
| 2 | PDA终端授权 | 40个 | 2,800 | 112,000 |
| | 软件许可小计 | | | 632,000 |
| 3 | 定制开发（批次追溯、库位管理、U8接口） | 1项 | 178,000 | 178,000 |
| 4 | 实施部署及培训 | 1项 | 60,000 | 60,000 |
| | 合同总价 | | | 870,000 |

合同总价人民币捌拾柒万元整（¥870,000），含增值税。PDA硬件由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即478,500元。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即304,500元。

3.3 终验合格后5个工作日内，甲方支付合同总价的10%，即87,000元。

## 第四条 实施与验收

4.1 乙方应在收到首付款后75日内完成系统上线。

4.2 系统上线并试运行15日后，甲方应组织终验。终验标准为：（1）《功能需求确认书》所列功能逐项测试通过；（2）PDA扫码出入库单笔操作响应不超过2秒；（3）与U8系统的出入库单据、库存数量连续10日对账一致；（4）试运行期间无一级故障。

4.3 甲方应在收到乙方终验申请后10个工作日内组织终验，终验合格后双方签署终验报告。

## 第五条 交付延误

5.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

5.2 因甲方未及时提供基础数据、场地或配合人员造成的延误，工期相应顺延。

## 第六条 免费维护期与技术支持

6.1 免费维护期为六个月，自终验合格之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 故障分级：一级故障指系统整体无法出入库作业；二级故障指部分功能无法使用；三级故障指其他问题。

6.3 乙方对一级故障在8小时内响应，二级故障在2个工作日内响应，三级故障纳入版本更新计划处理。

6.4 乙方将尽力在合理时间内修复故障，但不因响应或修复延迟承担任何扣款、补偿或违约责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可小计的25%计收，即每个维护年度158,000元。

7.2 年度维护费应于每个维护年度开始前一次性支付。甲方未购买维护服务的，乙方不再提供补丁和升级。

## 第八条 知识产权

8.1 仓云WMS标准产品的知识产权归乙方所有。

8.2 乙方为甲方定制开发的批次追溯、库位管理功能和U8接口程序，其源代码、文档及全部知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方录入和系统运行产生的业务数据归甲方所有。

9.2 乙方应采取访问控制、数据库加密和操作审计等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因导致数据泄露的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方有权对甲方仓储作业数据进行脱敏处理后，用于乙方产品优化、算法训练及食品行业仓储分析报告。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

## 第十一条 双方职责

11.1 甲方应指定项目负责人，在乙方需求调研期间安排仓储、生产和财务人员配合访谈，并在10个工作日内确认《功能需求确认书》。需求确认后甲方提出的变更，由双方另行协商费用和工期。

11.2 甲方负责提供服务器、操作系统、数据库软件和网络环境，并按乙方要求开通远程访问权限。乙方负责应用软件的安装部署、参数配置和基础数据导入。

11.3 乙方应为甲方仓管员、叉车司机和系统管理员提供培训，培训人数不少于25人次，并提供操作手册和管理员手册。

11.4 甲方应组织原料、包材和成品的库位编码和条码粘贴工作，乙方提供编码方案和标签模板。

## 第十二条 实施合作伙伴

乙方有权根据项目需要，将部分实施、培训及现场支持工作交由乙方授权的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作负责。

## 第十三条 责任限制

13.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

13.2 任何一方均不对间接损失或预期利润损失承担责任。

## 第十四条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十五条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交青岛仲裁委员会仲裁。

## 第十六条 其他

16.1 不可抗力：因不可抗力导致不能履行或延迟履行的，受影响一方不承担责任，但应在不可抗力发生后7日内通知对方并提供证明。

16.2 通知：双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱。

16.3 本合同未尽事宜，双方可另行签订补充协议。本合同的任何修改须经双方书面确认并加盖公章后方为有效。

16.4 本合同附件包括《功能需求确认书》和《实施计划》。

16.5 本合同一式两份，双方各执一份，自双方盖章之日起生效。

**甲方（盖章）**：招远市金穗粉丝食品有限公司　　**乙方（盖章）**：青岛仓云信息技术有限公司

日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 Shantou toy-model workshop, mould-design software, perpetual licences; Lebanese vendor (.pdf) — GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CX-ML-2025-014
P:This Agreement is made between Shantou Chenghai Xinyuan Model Craft Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 27 Fengxiang Road, Chenghai District, Shantou, Guangdong (the "Buyer"), and Bekaa Moulding Systems S.A.L., a company incorporated in Lebanon with its registered office at Rashid Karami Street, Zahle, Lebanon (the "Vendor").
H:Recitals
P:(A) The Buyer designs and manufactures injection moulds for scale models and hobby toys and wishes to replace its ageing two-dimensional drafting tools with a three-dimensional mould-design and filling-simulation system.
P:(B) The Vendor develops and licenses the MouldForge software suite and has offered to supply perpetual licences, installation, template set-up and training for the Buyer's design office in Chenghai.
P:(C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MouldForge Designer and MouldForge Flow modules in the version current on the Effective Date, with their documentation and all updates supplied under this Agreement.
P:1.2 "Services" means installation, configuration of the Buyer's mould template library, migration of legacy part files and training described in Article 3.
P:1.3 "Buyer Materials" means the Buyer's part drawings, mould designs, customer model files, simulation results and any other data the Buyer processes with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for eight named designers (Designer module) and two simulation seats (Flow module) at the Buyer's premises in Shantou and on laptops of its own employees.
P:2.2 The Buyer may reassign a named-user licence to another employee by notice in the licence portal, no more often than once per quarter for each licence.
P:2.3 The licence survives the end of the support periods and may be transferred to a successor of the Buyer's business on notice to the Vendor.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software on the Buyer's workstations and licence server, set up the Buyer's standard mould bases, ejector layouts and cooling templates, and import the Buyer's library of about 2,000 legacy part files.
P:3.2 The Vendor shall deliver five days of on-site training for designers and one day of administrator training, in Mandarin or in English with a Mandarin interpreter provided by the Vendor.
P:3.3 The Vendor shall complete the installation within 45 days after the Effective Date and shall be ready for Final Acceptance testing within 75 days after the Effective Date.
H:Article 4 Price
P:4.1 The Contract Price is CNY 640,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|MouldForge Designer perpetual licence, named user|8|46,500|372,000
TB:2|MouldForge Flow simulation perpetual licence|2|88,000|176,000
TB:|Licence Subtotal|||548,000
TB:3|Installation, template library set-up and file migration|1|64,000|64,000
TB:4|Training (designers and administrator)|1|28,000|28,000
TB:|Contract Price|||640,000
P:4.2 The Contract Price is fixed and includes all taxes payable in Lebanon, travel and accommodation of the Vendor's staff and the cost of the interpreter. Chinese VAT and withholding tax are handled as set out in Article 5.4.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price within 15 days after the Effective Date against the Vendor's invoice.
P:5.2 The Buyer shall pay 55% of the Contract Price within 15 days after the Buyer signs the Installation Certificate confirming that the Software is installed and the licences are activated. The Installation Certificate is not acceptance of the Software or the Services.
P:5.3 The Buyer shall pay the remaining 25% of the Contract Price within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the Vendor's account. Where Chinese law requires the Buyer to withhold tax, the Buyer shall withhold it and provide the tax certificate to the Vendor.
H:Article 6 Acceptance
P:6.1 When the Services are complete, the Vendor shall notify the Buyer in writing, and the parties shall carry out the acceptance tests within ten working days.
P:6.2 The acceptance criteria are: (a) all ten licences activate and run on the Buyer's licence server; (b) the 2,000 legacy part files are imported with no geometry error reported by the Software's check tool; (c) the Buyer's ten benchmark moulds are regenerated from the template library by the Buyer's own designers; (d) a filling simulation of the Buyer's reference part completes in less than twenty minutes on the supplied workstation specification; and (e) the Software runs for ten working days after the tests without a Severity 1 defect.
P:6.3 If all criteria are met, the Buyer shall sign a Final Acceptance certificate. If any criterion is not met, the Vendor shall correct the defect and the failed tests shall be repeated. Installation, use of the Software in production or payment of any instalment does not amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:7.2 Support requests are classified as Severity 1 (the Software cannot be started or saved files are corrupted), Severity 2 (a major function fails with no workaround) and Severity 3 (all other issues). The Vendor shall respond to a Severity 1 request within 2 hours, to a Severity 2 request within 8 working hours and to a Severity 3 request within 3 working days, by telephone, e-mail or remote session during the Buyer's working hours (08:00 to 20:00 Beijing time, Monday to Saturday).
P:7.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit CNY 500 against the next payment due or pay that amount to the Buyer.
P:7.4 After the Warranty Period, the Buyer may order annual support (updates, defect correction and the response times of Article 7.2) for a Support Year at a fee of 11% of the Licence Subtotal, that is CNY 60,280 per Support Year. This fee is fixed for the first three Support Years after the Warranty Period. Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 8 Buyer Materials and Data Security
P:8.1 All Buyer Materials remain the property of the Buyer. The Vendor may use Buyer Materials only to provide the Services and support under this Agreement.
P:8.2 The Vendor shall access the Buyer's systems only through remote sessions opened by the Buyer for each support case, and shall not copy Buyer Materials to its own systems except sample files that the Buyer provides for a specific defect, which the Vendor shall delete when the case is closed.
P:8.3 The Vendor shall keep its support environment protected by access control, encryption of stored files and malware protection, and shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to Buyer Materials. The Vendor is liable for losses caused by any such incident resulting from its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer model designs and prices and the Vendor's source code and pricing, and shall use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement, and indefinitely for the Buyer's customer model designs.
H:Article 10 Intellectual Property
P:10.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:10.2 The mould templates, macros, standard part libraries and configuration files created by the Vendor specifically for the Buyer under Article 3 belong to the Buyer, which may use, modify and give them to third parties without restriction.
P:10.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's intellectual property and shall pay any resulting damages and costs.
H:Article 11 Delay
P:11.1 If the Vendor fails to complete the installation or to be ready for Final Acceptance testing by the dates in Article 3.3, the Vendor shall pay the Buyer liquidated damages of CNY 480 for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 If the delay exceeds 45 days, the Buyer may terminate this Agreement under Article 13.
H:Article 12 Limitation of Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to liability for breach of Articles 8 and 9, infringement under Article 10.3, fraud or wilful misconduct.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Buyer terminates under Article 11.2 or 13.1 before Final Acceptance, the Vendor shall refund all amounts paid and the Buyer shall uninstall the Software.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent and remains responsible for the work of any subcontractor approved by the Buyer.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Lebanon.
P:15.2 Any dispute arising out of this Agreement shall be settled by arbitration under the rules of the Lebanese Arbitration Centre in Beirut. The proceedings shall be conducted in English, and the award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: Shantou Chenghai Xinyuan Model Craft Co., Ltd.    Signature: ____________  Date: ____________
P:For the Vendor: Bekaa Moulding Systems S.A.L.    Signature: ____________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 Zhouzhuang boat operator booking SaaS, Order Form + General Terms; Egyptian vendor (.md)
#     — PREPAYMENT, DATA-OWNERSHIP, GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E02 = """# DeltaBook Cloud — Order Form and General Terms

**Order Form No.:** DB-CN-2025-031

## Part A — Order Form

### A1. Parties

- **Customer:** Kunshan Zhouzhuang Shuixiang Boat Tourism Co., Ltd., No. 9 Quanfu Road, Zhouzhuang Town, Kunshan, Jiangsu, People's Republic of China.
- **Provider:** Nile Delta Booking Technologies S.A.E., 14 El Geish Street, Tanta, Gharbia Governorate, Arab Republic of Egypt.

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

### A2. Background

The Customer operates traditional rowing boats and two electric sightseeing boats on the canals of Zhouzhuang water town and sells tickets at four piers, through travel agencies and online. The Customer wishes to replace paper manifests and its ageing ticket-office software with a cloud booking system covering timed departures, pier capacity, agency allotments and mobile-phone tickets. The Provider operates the DeltaBook Cloud platform for river and lake boat operators.

### A3. Subscribed Service

- DeltaBook Cloud, Operator Edition: timetable and departure management, capacity control for each boat and pier, online booking and payment through the Customer's WeChat mini-program, agency portal with allotments and monthly statements, QR-code boarding, passenger manifests, revenue reports and a management dashboard.
- Up to 60 staff accounts and 150 agency accounts.
- Hosting in a mainland China cloud region (Shanghai) operated by a licensed cloud provider on the Provider's behalf.

### A4. Fees

At the Customer's request, all fees are stated and payable in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Set-up Fee (routes, piers, ticket types, mini-program integration, data import, training) | one-time | 46,000 |
| Subscription Fee | per Subscription Year | 168,000 |
| Subscription Fees for the Initial Term | 3 Subscription Years | 504,000 |
| **Total fees for the Initial Term** | | **550,000** |
| SMS notifications above 200,000 messages in a Subscription Year | per message | 0.06 |

### A5. Term

The Initial Term is three Subscription Years starting on the Service Start Date. The Service Start Date is the day on which the Customer signs the Go-Live Certificate under A7. This Order Form ends at the end of the Initial Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A6. Invoicing and Payment

1. The Provider shall invoice the Set-up Fee together with the Subscription Fee for the first Subscription Year, CNY 214,000 in total, on the Order Effective Date. The Customer shall pay this invoice within 10 days, and the Provider will start the set-up work and activate the Customer's environment only after receiving payment.
2. The Subscription Fee for the second and third Subscription Years is invoiced 30 days before the start of each of those Subscription Years and payable before that Subscription Year starts.
3. SMS charges above the included volume are invoiced quarterly in arrears.
4. The Provider shall issue a valid Chinese VAT invoice through its Shanghai agent for each payment.

### A7. Set-up and Go-Live

1. The Provider shall complete the set-up and be ready for Go-Live testing within 40 days after receiving the first payment.
2. Go-Live testing covers: (a) one full operating day of bookings in the test environment for all four piers with correct capacity limits; (b) payment, refund and partial-refund flows through the mini-program reconciled with the payment platform's statement; (c) agency allotment release and monthly statement for three test agencies; (d) QR-code boarding on all handheld scanners supplied by the Customer; and (e) import of the 2025 timetable and all future bookings from the old system with a record-by-record check.
3. When all tests pass, the Customer signs the Go-Live Certificate. Use of the system for live sales before that date does not count as Go-Live.
4. If the Provider is not ready for Go-Live testing on time, it shall pay the Customer CNY 400 for each day of delay, up to CNY 27,500 in total.

### A8. Service Levels

1. Monthly availability of the booking engine, mini-program interface and boarding check: at least 99.95%, excluding scheduled maintenance between 01:00 and 05:00 Beijing time announced 72 hours in advance.
2. Incident priorities and response times:

| Priority | Definition | Response | Target restoration |
|---|---|---|---|
| P1 | Bookings or boarding impossible at any pier | 30 minutes | 3 hours |
| P2 | A major function fails, workaround available | 2 hours | 1 business day |
| P3 | Minor defects and questions | 1 business day | next release |

3. Service credits: if availability falls below 99.95% in a month, the Customer receives a credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly amount; each P1 response more than 30 minutes late earns a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

## Part B — General Terms

### B1. Use of the Service

1. The Provider grants the Customer a non-exclusive right to use the Service during the Initial Term for its own boat-tour business.
2. The Customer is responsible for the accuracy of timetables and prices it enters and for its staff accounts.

### B2. Customer Data

1. "Customer Data" means all data entered into or generated by the Service for the Customer, including passenger names, mobile numbers, identity-card numbers where collected, bookings, payments and agency records. Customer Data belongs to the Customer.
2. The Provider processes Customer Data on the Customer's documented instructions to provide the Service.
3. Notwithstanding B2.1, the Provider may compile aggregated and anonymised statistics from Customer Data, such as booking volumes, price levels and seasonal demand, and use them during and after the Initial Term to improve its products, to train its demand-forecasting models and in benchmark reports shared with other operators, provided that no passenger or the Customer is named.
4. Within 30 days after the end of this Order Form, the Provider shall return all Customer Data in CSV format and then delete it from its systems.

### B3. Data Security

1. The Provider shall keep Customer Data in the mainland China region named in A3, protect it by encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all administrative access, and maintain a security programme that meets the requirements of MLPS level 2.
2. The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take all reasonable steps to contain it and cooperate with the Customer's notifications to regulators and passengers.
3. The Provider is responsible for all losses, fines and costs of notification caused by a security incident resulting from its breach of this B3.

### B4. Confidentiality

Each party shall keep confidential the other party's non-public information, use it only to perform this agreement and not disclose it to third parties except to its professional advisers and, for the Provider, its approved subprocessors bound by equivalent duties. This obligation continues for three years after termination.

### B5. Intellectual Property

1. The Provider owns the Service, its software and all improvements to them.
2. The configurations, route maps, ticket designs, report layouts and mini-program pages created for the Customer during set-up belong to the Customer, which may use and modify them freely and give them to any other provider.

### B6. Subprocessors and Subcontracting

The Provider shall not use a subprocessor or subcontractor for any part of the Service without the Customer's prior written consent. The cloud hosting provider named in Annex 1 is approved by signature of this Order Form.

### B7. Liability

1. Each party's total liability under this agreement is limited to twice the total fees for the Initial Term stated in A4.
2. The limit does not apply to breach of B3 or B4, death or personal injury, or wilful misconduct.

### B8. Termination

1. Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
2. The Customer may also terminate if availability falls below 99% in two consecutive months.
3. On termination for the Provider's breach, the Provider shall refund the prepaid Subscription Fee for the period after termination.

### B9. Governing Law and Disputes

This agreement is governed by the laws of the Arab Republic of Egypt. Any dispute shall be referred to arbitration at the Cairo Regional Centre for International Commercial Arbitration under its rules, seated in Cairo, in the English language.

### B9A. Customer Responsibilities

The Customer shall keep its timetable, prices and boat capacities up to date, ensure that passengers are informed about the processing of their personal information at the time of booking, and provide the handheld scanners, pier Wi-Fi and a named system administrator. The Customer is responsible for fares and refunds it grants to passengers and for its dealings with travel agencies, and it shall promptly report suspected misuse of any staff or agency account.

### B10. General

Notices must be in writing and sent to the addresses in A1 by courier or e-mail with confirmation. Neither party may assign this agreement without the other's written consent.

**Signed for the Customer:** ______________________ Name / title / date

**Signed for the Provider:** ______________________ Name / title / date

*Annex 1 — Approved hosting provider and region.*
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 Ningxia wolfberry farm cold-store sensors, buyer's paper; Tunisian integrator (.docx, Section N / N.N) — compliant
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. NXQH-CG-2025-022
P:Buyer: Ningxia Qihe Wolfberry Plantation Co., Ltd., Zhongning Industrial Park, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China.
P:Supplier: Bizerte Cold Chain Engineering SARL, 11 Avenue Habib Bourguiba, Bizerte, Tunisia, acting through its service office at 56 Beijing Middle Road, Jinfeng District, Yinchuan.
P:The Buyer stores fresh and dried wolfberries in eight cold rooms and two controlled-atmosphere rooms. Spoilage losses in the 2024 harvest season were traced to undetected temperature drift and ethylene build-up. After a competitive negotiation the Buyer has chosen the Supplier to supply and install a wireless monitoring system on the terms of the Buyer's standard purchase contract below. At the Buyer's request the Supplier has quoted, and will be paid, in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in the Technical Specification (Annex 1), consisting of wireless temperature and humidity sensors, ethylene and carbon-dioxide sensors, LoRa gateways, an edge server at the Buyer's site and the ColdWatch monitoring software, and shall train the Buyer's storage staff.
P:1.2 The system shall send alarms by SMS, WeChat and a siren in the duty room when any room leaves its set range, and shall keep two years of readings on the edge server.
P:1.3 The Supplier shall deliver all equipment to the Buyer's site within 40 days after the Effective Date and complete installation within 20 days after delivery, working around the harvest schedule agreed with the Buyer's storage manager.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 434,000, including all taxes, transport, insurance, installation materials and travel of the Supplier's staff. It is broken down in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|160|620|99,200
TB:2|Ethylene / CO2 gas sensor|24|4,850|116,400
TB:3|LoRa gateway|8|6,300|50,400
TB:4|Edge server with UPS|1|38,600|38,600
TB:5|ColdWatch software, perpetual site licence|1|72,000|72,000
TB:|Hardware and Licence Subtotal|||376,600
TB:6|Installation, cabling and calibration|1|48,400|48,400
TB:7|Training|1|9,000|9,000
TB:|Contract Price|||434,000
P:2.2 The Contract Price is fixed. Quantities may be changed only by a written variation signed by both parties at the unit prices above.
H:Section 3 Payment
P:3.1 Advance: 10% of the Contract Price within 15 days after the Buyer receives an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 Delivery and installation: 65% of the Contract Price within 15 days after the Buyer's storage manager signs the installation record. The installation record confirms only that the equipment is in place and is not acceptance.
P:3.3 Final payment: 25% of the Contract Price within 15 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Yinchuan office.
H:Section 4 Acceptance
P:4.1 After installation the Supplier shall calibrate every temperature sensor against the Buyer's certified reference thermometer at two set points. Each sensor must read within 0.3 °C of the reference, and each gas sensor must respond correctly to the test gas supplied by the Supplier.
P:4.2 A trial run of 21 days follows calibration. During the trial run every alarm channel (SMS, WeChat, siren) shall be tested in each room, readings shall be complete for every sensor with no gap longer than 15 minutes, and no Critical fault may occur.
P:4.3 When the trial run is passed and the as-built drawings, calibration certificates and manuals are handed over, the parties sign the Final Acceptance Certificate. Installation, use of the system during the trial run or any payment does not mean acceptance.
H:Section 5 Warranty
P:5.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including sensor batteries that fail early, and shall supply software updates free of charge.
P:5.2 Faults are Critical (alarms fail or readings are lost for one or more cold rooms), Major (single sensors or one gateway fail) or Minor (reporting and display issues).
P:5.3 The Supplier shall respond to a Critical fault within 1 hour by telephone or remote session and be on site within 8 hours; a Major fault shall be answered within 3 hours and fixed within two working days; a Minor fault within five working days.
P:5.4 For each hour by which the Supplier misses a Critical fault response or on-site time, it shall pay CNY 300, deducted from the next payment or claimed under the warranty bond.
H:Section 6 Support after the Warranty
P:6.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support including battery replacement, recalibration and software updates. The annual support fee is 7% of the Hardware and Licence Subtotal, namely CNY 26,362 per support year, fixed for the first two support years after the warranty period.
P:6.2 Annual support is ordered by a separate written order for each support year; it does not renew automatically.
H:Section 7 Site Work, Personnel and Training
P:7.1 The Supplier shall appoint a project manager who speaks Mandarin and is available at the Buyer's site during installation and the trial run. The project manager may be replaced only with the Buyer's consent.
P:7.2 The Supplier's staff shall follow the Buyer's food-safety and hygiene rules in the cold rooms, including protective clothing, hand washing and the ban on glass and loose items in storage areas. Work inside a cold room shall be done in pairs, and no room may be opened for longer than the storage manager allows.
P:7.3 Cable routes, wall openings and mounting points shall be agreed in advance with the storage manager. The Supplier shall seal every opening to keep the insulation and vapour barrier intact and shall repair at its own cost any damage caused by its work.
P:7.4 The Supplier shall train at least eight of the Buyer's storage staff and two maintenance technicians in the use of the dashboards and alarm settings, battery replacement, first-level fault finding and the recalibration procedure, and shall provide operating manuals in Chinese.
P:7.5 The Buyer shall provide electricity, a lockable storage area for equipment, internet access for the gateways and a staff member to accompany the Supplier's team on site.
H:Section 8 Data and Data Security
P:8.1 All readings, alarm records, storage data and reports produced by the system belong to the Buyer. The Supplier may use them only to install, maintain and support the system.
P:8.2 The edge server stays at the Buyer's site. The Supplier may access it remotely only through the Buyer's VPN with an account opened by the Buyer for each job; all sessions are logged. The Supplier shall not copy the Buyer's data to any other system.
P:8.3 The Supplier shall change all default passwords, disable unused ports and keep the software patched. It shall report any security incident affecting the system within 12 hours and is liable for the Buyer's losses caused by an incident resulting from its breach of this Section 8.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's storage volumes, customer and price information, site layout and any other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's written consent. This duty survives the end of the Contract.
H:Section 10 Intellectual Property
P:10.1 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually for use at its sites.
P:10.2 The room layouts, alarm rules, dashboards and report templates configured for the Buyer belong to the Buyer, which may use and modify them and have them maintained by others.
H:Section 11 Delay and Breach
P:11.1 If the Supplier is late in delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 If equipment does not meet the Technical Specification, the Supplier shall replace it within 15 days at its own cost.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and is responsible for all approved subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate the Contract by written notice if the Supplier's delay exceeds 30 days or if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or rejected items and compensate the Buyer's direct losses.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 15 Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is signed in Chinese and English; both texts have equal force.
P:Buyer: Ningxia Qihe Wolfberry Plantation Co., Ltd.  Authorised signature: ____________  Date: ____________
P:Supplier: Bizerte Cold Chain Engineering SARL  Authorised signature: ____________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 Wenzhou shoe-sole maker, managed backup service; Moroccan provider (.md, numbered clauses + Schedules)
#     — TERMINATION, LIABILITY-CAP, GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Backup Services Agreement

**Agreement reference:** AMS-MBS-CN-0117

This Managed Backup Services Agreement is entered into between:

1. **Wenzhou Lucheng Fengda Sole Materials Co., Ltd.**, a company registered in the People's Republic of China, of 301 Wenzhou Avenue, Lucheng District, Wenzhou, Zhejiang ("**Customer**"); and
2. **Atlas Menara Services SARL**, a company registered in the Kingdom of Morocco, of Avenue Mohammed VI, Gueliz, Marrakesh, Morocco ("**Provider**").

**Background.** The Customer produces rubber and EVA shoe soles for footwear brands. Its ERP, mould-design files, production planning and finance systems run on servers in its own factory, with backups kept on a single disk array in the same room. After a ransomware incident at a neighbouring factory, the Customer wants independent, off-site and immutable backups with tested restores. The Provider operates a managed backup service for manufacturers and has offered the service described below. At the Customer's request, all charges are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 "**Protected Systems**" means the servers, virtual machines, databases and file shares listed in Schedule 3.

1.2 "**Backup Data**" means all copies of the Customer's data made by the Service, together with catalogues and logs.

1.3 "**Service Acceptance**" means the Customer's written confirmation under clause 4.3.

1.4 "**Initial Term**" means thirty-six months starting on the date of Service Acceptance.

## 2. The Service

2.1 The Provider shall back up every Protected System on the schedule in Schedule 3, keep an encrypted copy in immutable storage at a data centre in Hangzhou operated by a licensed Chinese data-centre company, and keep a second copy on a backup appliance in the Customer's office building.

2.2 The Provider shall monitor every backup job, re-run failed jobs, perform a test restore of at least two Protected Systems each month and send the Customer a monthly report on job results, storage use and restore tests.

2.3 The Provider shall run a full recovery exercise with the Customer every six months, restoring the ERP and finance systems to an isolated environment and measuring the time taken.

2.4 The Customer shall give the Provider the network access and administrator accounts reasonably needed for the Service and shall tell the Provider in advance about new or retired systems. Changes to the Protected Systems are priced under Schedule 2.

## 3. Onboarding

3.1 Within 30 days after signature the Provider shall install the backup appliance, deploy agents on all Protected Systems, set up replication to the Hangzhou data centre and complete a first full backup of every Protected System.

3.2 If the Provider has not completed onboarding and offered the acceptance tests by the end of that period, it shall pay the Customer CNY 700 for each day of delay, up to CNY 35,000 in total.

## 4. Acceptance

4.1 The acceptance tests are: (a) a successful full backup of every Protected System listed in Schedule 3; (b) restore of the ERP database, one file share and one virtual machine chosen by the Customer, each completed within the recovery time stated in Schedule 3 and checked by the Customer's users; (c) proof that the Hangzhou copy cannot be deleted or altered before its retention date, even with the Provider's administrator account; and (d) seven consecutive days without a failed job that was not re-run successfully the same day.

4.2 The Provider shall give the Customer a written test report. Any failed test shall be repeated after the Provider has fixed the cause.

4.3 When all tests are passed, the Customer shall sign the Service Acceptance certificate within five working days. Use of the Service before that date does not count as acceptance.

## 5. Service Levels and Credits

5.1 The Provider shall handle incidents according to the priority table in Schedule 1 and shall be reachable by telephone and a ticket portal at all times.

5.2 If the Provider misses a response or restore time in Schedule 1, the Customer is entitled to the service credit shown there. Credits are deducted from the next monthly invoice and together may not exceed 25% of the Monthly Service Charge for that month.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. There is no advance payment.

6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which Service Acceptance takes place, pro rata for a partial month.

6.3 The Customer shall pay each correct invoice within 30 days by bank transfer in CNY to the account of the Provider's agent in Shanghai, which will issue the Chinese VAT invoice.

## 7. Customer Data and Security

7.1 All Backup Data belongs to the Customer. The Provider shall process Backup Data only to perform the Service and shall not read, analyse, copy or use it for any other purpose.

7.2 Backup Data shall be encrypted with keys held in the Customer's key vault, stored only in mainland China, and accessed only by named Provider engineers using multi-factor authentication, with every session logged. The Provider's service platform is maintained to MLPS level 3.

7.3 The Provider shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or corruption of Backup Data, and shall bear the Customer's costs of recovery and notification where the incident results from the Provider's breach of this clause.

7.4 At the end of the Agreement the Provider shall hand over the last full backup set in a readable format and then securely erase all Backup Data, with a written certificate of erasure.

## 8. Confidentiality

Each party shall keep confidential all non-public business, technical and financial information of the other party, use it only for this Agreement and protect it with at least reasonable care. This clause survives for three years after the Agreement ends.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its platform, tools and know-how.

9.2 The backup policies, recovery runbooks and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any other service provider.

## 10. Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent. The Hangzhou data-centre operator named in Schedule 3 is approved by signature of this Agreement.

## 11. Liability

11.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Monthly Service Charges paid by the Customer in the three months before the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

12.2 Neither party may terminate this Agreement before the end of the Initial Term, except that either party may terminate by written notice if the other party becomes insolvent or goes into liquidation.

12.3 Service failures, including missed response or restore times, entitle the Customer only to the service credits in Schedule 1 and to claim damages within the limit of clause 11; they do not entitle the Customer to terminate this Agreement.

## 13. Governing Law and Jurisdiction

This Agreement is governed by the laws of the Kingdom of Morocco. The Commercial Court of Marrakesh has exclusive jurisdiction over any dispute arising out of it.

## 14. General

14.1 This Agreement, with its Schedules, is the whole agreement between the parties on its subject.

14.2 It is signed in English, and each party has received a Chinese translation for information only.

**For the Customer:** ______________________ Name / title / date

**For the Provider:** ______________________ Name / title / date

## Schedule 1 — Incident Priorities and Credits

| Priority | Example | Response | Restore or fix | Credit per miss |
|---|---|---|---|---|
| P1 | Restore needed for a production system, or all backups failing | 30 minutes | recovery time in Schedule 3 | 5% of the Monthly Service Charge |
| P2 | Backups failing for one Protected System | 2 hours | next business day | 2% of the Monthly Service Charge |
| P3 | Reporting or portal issue | 1 business day | 5 business days | none |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge (appliance installation, agents, first full backup, acceptance tests) | one-time | 41,600 |
| Monthly Service Charge (up to 40 Protected Systems and 60 TB of protected data) | per month | 27,400 |
| Monthly Service Charges over the Initial Term | 36 months | 986,400 |
| **Total charges for the Initial Term** | | **1,028,000** |
| Each additional Protected System | per month | 450 |

## Schedule 3 — Protected Systems and Recovery Times

| System | Backup frequency | Retention | Recovery time |
|---|---|---|---|
| ERP database (Kingdee) | every hour (log), daily (full) | 90 days | 2 hours |
| Finance and payroll servers | daily | 90 days | 3 hours |
| Mould-design file share | daily | 180 days | 8 hours |
| Production planning and other virtual machines | daily | 30 days | 8 hours |

Hangzhou data-centre operator: Hangzhou Qiantang Data Centre Co., Ltd.
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 Shenzhen drone-parts export platform, end-user statement check API subscription; Jordanian vendor (.txt)
#     — SLA-MISSING, SLA-RESPONSE, LD-MISSING
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
END-USER STATEMENT VERIFICATION SERVICE

Agreement No.: ZQ-EUC-2025-088

PARTIES

(1) Shenzhen Feiyi Drone Components Export Platform Co., Ltd., registered in the People's Republic of China, of 18th Floor, Block B, Nanshan Science Park, Nanshan District, Shenzhen ("Customer").

(2) Zarqa Trade Compliance Data Ltd., registered in the Hashemite Kingdom of Jordan, of King Abdullah II Street, New Zarqa, Zarqa, Jordan ("Provider").

BACKGROUND

(A) The Customer runs an online platform through which small manufacturers sell motors, flight controllers, propellers, batteries and other drone components to overseas buyers. Many of these items are dual-use goods for which the Customer must collect and check an end-user statement before shipment.

(B) The Provider offers an application programming interface ("API") that reads an uploaded end-user statement, extracts the end user, consignee, stated use and destination, and checks them against sanctions and restricted-party lists and against the Customer's own watch-list.

(C) The Customer wishes to subscribe to the API and to integrate it into its order workflow. At the Customer's request, all fees are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Check" means one API call that submits one end-user statement and returns a result.

1.2 "Customer Data" means the statements, documents, names, addresses and other information the Customer submits through the API, and the results returned for them.

1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. THE SERVICE

2.1 The Provider shall make the API available to the Customer, together with a web console for manual review, user management and reports, as described in the Schedule.

2.2 Each Check returns the extracted fields, a list match result with the name of the list and entry matched, a red-flag score for stated use and destination, and a link to the stored document.

2.3 The Provider shall update the restricted-party lists used by the API within two business days after the publishing authority releases a change.

2.4 The Provider will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox, but does not commit to any particular availability, response time or resolution time.

2.5 The Provider may carry out maintenance at any time and will try to announce planned maintenance by e-mail in advance.

3. CUSTOMER OBLIGATIONS

3.1 The Customer shall use the API only for its own export-compliance checks and shall keep its API keys secret.

3.2 The Customer remains responsible for its export-control decisions; a result returned by the API supports but does not replace the Customer's own review.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 20 business days after signature the Provider shall give the Customer access to a test environment, load the Customer's watch-list, configure the Customer's red-flag rules and provide integration support to the Customer's developers.

4.2 Integration Acceptance tests: (a) a test set of 500 sample statements chosen by the Customer, in Chinese, English and Russian, is processed with every mandatory field returned; (b) every sample entry seeded from the official lists is flagged; (c) average response time for a single Check is under 5 seconds over the test set; and (d) the console reports reconcile with the Customer's test log.

4.3 When all tests are passed, the parties sign an Integration Acceptance record. Use of the test environment does not count as acceptance.

4.4 The Provider shall give the Customer's developers access to API documentation in English and Chinese, sample code for the Customer's Java order service, a sandbox key and up to 40 hours of remote integration support by video call during the onboarding period.

4.5 The Customer shall provide the 500 sample statements, its current watch-list in spreadsheet form and a named technical contact, and shall complete its own integration work within the onboarding period. If the Customer is late, the onboarding period is extended by the length of the Customer's delay.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule.

5.2 The Onboarding Fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in advance, at the start of each quarter of a Subscription Year, starting on the Service Start Date. Checks above the included volume are invoiced quarterly in arrears.

5.3 The Customer shall pay each correct invoice within 30 days. No payment is due before the Service Start Date.

6. TERM

6.1 This Agreement starts on signature and continues for two Subscription Years from the Service Start Date.

6.2 It ends at the end of that period unless the parties sign a renewal; it does not renew automatically.

6.3 Either party may give notice, no later than 60 days before the end of the term, that it wishes to discuss a renewal. Any renewal, including its fees and included volume, must be agreed in a written renewal order signed by both parties.

6A. CHANGES TO THE SERVICE

6A.1 The Provider may improve the API and add new fields or lists, but shall not remove a field, a list or a function the Customer uses without at least 90 days' written notice and a migration path at no extra charge.

6A.2 The Provider shall keep the current version of the API available for at least six months after it releases a new version, so that the Customer can adapt its integration.

6A.3 The Provider shall inform the Customer without delay if an authority whose list is used by the API changes its publication format in a way that delays the update of that list beyond the period in clause 2.3.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it to build or enrich lists, to train models or for any other purpose.

7.2 Customer Data is processed and stored only on servers in the Alibaba Cloud Shenzhen region under the Provider's account. No Customer Data is transferred outside mainland China.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data by encryption in transit and at rest, access restricted to named support staff with multi-factor authentication, logging of every access, and annual penetration tests whose summary it shall share with the Customer.

8.2 The Provider shall notify the Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data and shall help the Customer to meet its obligations towards authorities and data subjects.

8.3 The Provider is liable for all losses, regulatory fines and notification costs caused by a security incident that results from its breach of this clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's customer lists, order data and watch-list and the Provider's matching methods, and shall use it only for this Agreement.

9.2 This clause continues for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 The Provider owns the API, the console, its software and its list compilations.

10.2 The red-flag rules, watch-list configuration, report templates and integration code written by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to another provider.

11. SUBCONTRACTING

The Provider shall not subcontract any part of the Service without the Customer's prior written consent. The cloud provider named in clause 7.2 is approved by signature.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to one and a half times the total fees stated in the Schedule for the two Subscription Years and the Onboarding Fee.

12.2 The limit does not apply to breach of clause 8 or 9, or to fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 On termination for the Provider's breach, the Provider shall refund the Subscription Fee paid for the period after termination and return all Customer Data.

13.3 Within 30 days after the end of this Agreement, the Provider shall return all Customer Data in a common format and then delete it.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The language of arbitration is English.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement, with its Schedule, is the whole agreement of the parties on its subject.

SIGNATURES

For the Customer: ______________________  Name / title / date

For the Provider: ______________________  Name / title / date

SCHEDULE - SERVICE DESCRIPTION AND FEES

S1. Included volume: 48,000 Checks per Subscription Year. Unused Checks do not carry over.

S2. Console: up to 25 named users; reports by seller, destination country, match result and reviewer.

S3. Fees:

    Onboarding Fee (test environment, watch-list, rules,
    integration support)                         CNY 18,000   one-time
    Subscription Fee                             CNY 136,000  per Subscription Year
    Subscription Fees for two Subscription Years CNY 272,000
    Total fees                                   CNY 290,000
    Checks above the included volume             CNY 2.10     per Check

S4. Support mailbox: support@zarqa-tcd.example, business days 09:00 to 17:00 Amman time.
"""

# ----------------------------------------------------------------------------------------------------------------
# Targets
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h387z01": ("h387z01_city_streetlight_control_platform.pdf", "pdf", Z01),
    "h387z02": ("h387z02_dye_plant_reactor_dcs_retrofit.docx", "docx", Z02),
    "h387z03": ("h387z03_billiards_chain_timing_membership_saas.txt", "txt", Z03),
    "h387z04": ("h387z04_utility_tunnel_monitoring_annual_om.txt", "txt", Z04),
    "h387z05": ("h387z05_vermicelli_plant_wms_supplier_template.md", "md", Z05),
    "h387e01": ("h387e01_toy_model_mould_design_perpetual_licences.pdf", "pdf", E01),
    "h387e02": ("h387e02_water_town_boat_booking_saas_order_form.md", "md", E02),
    "h387e03": ("h387e03_wolfberry_farm_cold_store_sensors.docx", "docx", E03),
    "h387e04": ("h387e04_shoe_sole_maker_managed_backup_service.md", "md", E04),
    "h387e05": ("h387e05_drone_parts_end_user_check_api.txt", "txt", E05),
}

# ----------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). Derived values are computed here from the price figures of the texts.
# ----------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
CLEAN = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

# price sums as stated in the texts
assert 6800 * 268 == 1822400 and 120 * 3150 == 378000
Z01_SUB = 1822400 + 378000 + 486000
assert Z01_SUB == 2686400
Z01_V = Z01_SUB + 318600 + 35000
assert Z01_V == 3040000 and 20 + 55 + 25 == 100 and round(Z01_SUB * 0.08) == 214912
assert 2 * 436000 == 872000 and 5 * 28600 == 143000 and 96 * 3250 == 312000 and 24 * 11800 == 283200
Z02_SUB = 872000 + 143000 + 312000 + 283200 + 168000
assert Z02_SUB == 1778200
Z02_V = Z02_SUB + 226000 + 187800 + 28000
assert Z02_V == 2220000 and 10 + 35 + 55 == 100 and round(Z02_SUB * 0.09) == 160038
assert 50 * 4680 == 234000 and 3 * 234000 == 702000 and 234000 / 4 == 58500
Z03_V = 702000 + 86000
assert Z03_V == 788000
Z04_V = 486000 + 132000 + 96000 + 58000
assert Z04_V == 772000 and Z04_V / 4 == 193000
assert 40 * 2800 == 112000
Z05_SUB = 520000 + 112000
assert Z05_SUB == 632000
Z05_V = Z05_SUB + 178000 + 60000
assert Z05_V == 870000 and 55 + 35 + 10 == 100
assert Z05_V * 55 // 100 == 478500 and Z05_V * 35 // 100 == 304500 and Z05_V * 10 // 100 == 87000
assert Z05_SUB * 25 // 100 == 158000
assert 8 * 46500 == 372000 and 2 * 88000 == 176000
E01_SUB = 372000 + 176000
assert E01_SUB == 548000
E01_V = E01_SUB + 64000 + 28000
assert E01_V == 640000 and 20 + 55 + 25 == 100 and round(E01_SUB * 0.11) == 60280
E02_V = 46000 + 3 * 168000
assert E02_V == 550000 and 46000 + 168000 == 214000 and E02_V * 5 // 100 == 27500
assert 160 * 620 == 99200 and 24 * 4850 == 116400 and 8 * 6300 == 50400
E03_SUB = 99200 + 116400 + 50400 + 38600 + 72000
assert E03_SUB == 376600
E03_V = E03_SUB + 48400 + 9000
assert E03_V == 434000 and 10 + 65 + 25 == 100 and round(E03_SUB * 0.07) == 26362
E04_V = 41600 + 36 * 27400
assert 36 * 27400 == 986400 and E04_V == 1028000
E05_V = 18000 + 2 * 136000
assert E05_V == 290000


def tco(value, fee_base, fee_pct, warranty_months, horizon=5):
    """policy §4: horizon from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    years = max(0.0, horizon - warranty_months / 12)
    post = fee_base * fee_pct / 100 * years
    return value + post, post / (value + post) * 100


LABELS = {}


def label(key, category, terms, extra, expected, fee_base=None, forum_outside=False):
    t = dict(CLEAN)
    t.update(terms)
    t = {k: t[k] for k in TERM_KEYS}
    ex = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    ex["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    ex["contract_value"] = extra["contract_value"]
    name, fmt, _ = FILES[key]
    LABELS[key] = dict(json={"file": name, "language": "zh" if key[4] == "z" else "en", "category": category,
                             "expected_terms": t, "expected_extra": ex, "expected_rules": sorted(expected)},
                       fee_base=fee_base, forum_outside=forum_outside)


G = "goods_or_licence"
S = "service"
label("h387z01", "hardware", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                                  post_warranty_fee_pct=8, contract_kind=G),
      dict(post_warranty_fee_capped=True, contract_value=Z01_V), [], fee_base=Z01_SUB)
label("h387z02", "hardware", dict(p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.08,
                                  liability_cap_pct=200, prepayment_pct=10, acceptance_clause=False,
                                  final_payment_on_acceptance=False, warranty_months=18, post_warranty_fee_pct=9,
                                  contract_kind=G),
      dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=Z02_V),
      ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY"], fee_base=Z02_SUB)
label("h387z03", "cloud", dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=600 / Z03_V * 100,
                               liability_cap_pct=150, auto_renewal_price_increase=True, contract_kind=S),
      dict(contract_value=Z03_V), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
label("h387z04", "services", dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=0.1,
                                  subcontract_without_consent=True, contract_kind=S),
      dict(contract_value=Z04_V), ["CR-DATA-SECURITY", "CR-SUBCONTRACT"])
label("h387z05", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                                  ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55,
                                  final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=25,
                                  subcontract_without_consent=True, contract_kind=G),
      dict(post_warranty_fee_capped=True, contract_value=Z05_V),
      ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
       "CR-WARRANTY"], fee_base=Z05_SUB)
label("h387e01", "software", dict(p1_response_hours=2, ld_rate_per_day_pct=480 / E01_V * 100, liability_cap_pct=150,
                                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                                  post_warranty_fee_pct=11, governing_law="Lebanon", contract_kind=G),
      dict(post_warranty_fee_capped=True, contract_value=E01_V), ["CR-GOVERNING-LAW"], fee_base=E01_SUB,
      forum_outside=True)
label("h387e02", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=400 / E02_V * 100, liability_cap_pct=200,
                               prepayment_pct=(46000 + 168000) / E02_V * 100, governing_law="Egypt",
                               contract_kind=S),
      dict(contract_value=E02_V), ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"], forum_outside=True)
label("h387e03", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                                  final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                                  contract_kind=G),
      dict(post_warranty_fee_capped=True, contract_value=E03_V), [], fee_base=E03_SUB)
label("h387e04", "cloud", dict(p1_response_hours=0.5, ld_rate_per_day_pct=700 / E04_V * 100,
                               liability_cap_pct=3 / 36 * 100, termination_for_breach=False, governing_law="Morocco",
                               contract_kind=S),
      dict(contract_value=E04_V), ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-TERMINATION"], forum_outside=True)
label("h387e05", "cloud", dict(sla_remedy=False, liability_cap_pct=150, contract_kind=S),
      dict(sla_clause=False, ld_stated=False, contract_value=E05_V),
      ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def rules_by_policy(lab):
    """My reading of policy.md §3 applied to the labels (a cross-check of the hand-listed rules, not project code)."""
    t, x = lab["json"]["expected_terms"], lab["json"]["expected_extra"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            _, share = tco(x["contract_value"], lab["fee_base"], t["post_warranty_fee_pct"], t["warranty_months"])
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---- threshold figures: digits, Chinese numerals, words ---------------------------------------------------------
NB = r"(?<![\d.,])"  # not preceded by a digit, point or comma
CN = "〇零一二三四五六七八九十两百千万"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [NB + r"99\.9(?!\d)"],
    "P1 4 hours": [NB + r"4\s*-?\s*(?:hours?|hrs?|小时|个小时|个钟头)", r"(?<![%s])四\s*个?\s*小时" % CN,
                   r"\bfour[\s-]+(?:\w+[\s-]+)?hours?\b", NB + r"240\s*(?:minutes?|mins?|分钟)", r"二百四十\s*分钟"],
    "LD 0.05 %/day": [NB + r"0?\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"零点零五"],
    "cap 100 %": [NB + r"100" + PCT, r"百分之百", r"one\s+hundred\s+per\s*cent", r"(?<![\d.,])1(?:\.0+)?\s*倍"],
    "prepayment 30 %": [NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [NB + r"12\s*-?\s*(?:months?|个月|月)", r"(?<![%s])十二\s*个?\s*月" % CN,
                           r"\btwelve\b", r"\bone[\s-]+(?:full\s+|calendar\s+)?years?\b", NB + r"1\s*-?\s*years?\b",
                           r"(?<![%s])一\s*年" % CN[:-4], NB + r"1\s*年", r"壹年"],
    "post-warranty 15 %": [NB + r"15" + PCT, r"百分之十五", r"\bfifteen\s+per\s*cent"],
    "TCO 40 %": [NB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s+per\s*cent"],
    "horizon 5 years": [NB + r"5\s*-?\s*(?:years?|年)", r"(?<![%s])五\s*年" % CN, r"\bfive[\s-]+(?:\w+[\s-]+)?years?\b",
                        NB + r"60\s*-?\s*(?:months?|个月)", r"六十\s*个?\s*月", r"\bsixty\b"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_PATTERNS.items() for p in ps]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for k, rx in COMPILED:
            for m in rx.finditer(variant):
                hits.append((k, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


MUST_HIT = ["99.9%", "可用率99.9％", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours",
            "four working hours", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year",
            "one-year", "1 year", "一年", "15%", "百分之十五", "40%", "百分之四十", "五年", "5年", "5 years",
            "five years", "60个月", "60 months", "sixty months", "thirty per cent"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "1.5%", "四十二个月",
                "2025年", "2015年", "二〇二五年", "十五年", "150%", "0.5%", "45%", "35%", "130%", "3 years",
                "18 months", "24 months", "三个服务年度", "Subscription Year", "十八个月", "0.055%", "10.5倍",
                "1.5倍", "万分之八", "48小时", "14 hours"]
for s in MUST_HIT:
    assert threshold_hits(s), "regex misses " + s
for s in MUST_NOT_HIT:
    assert not threshold_hits(s), ("regex wrongly hits", s, threshold_hits(s))


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


def main():
    pdf_docx = {k: v for k, v in FILES.items() if v[1] in ("pdf", "docx")}
    write({k: v[2] for k, v in pdf_docx.items()}, {k: (v[0], v[1]) for k, v in pdf_docx.items()}, OUT,
          wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, fmt, src) in FILES.items():
        lab = LABELS[k]
        j = lab["json"]
        t, x = j["expected_terms"], j["expected_extra"]
        # expected rules: hand list == my reading of policy applied to the labels
        derived = rules_by_policy(lab)
        if derived != j["expected_rules"]:
            problems.append((k, "rules", j["expected_rules"], derived))
        fired.update(j["expected_rules"])
        # no derived value on a threshold
        near = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                ("post_warranty_fee_pct", 15)]
        for key, th in near:
            if t[key] is not None and abs(t[key] - th) < 1e-6:
                problems.append((k, "on threshold", key))
        tco_txt = "-"
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            total, share = tco(x["contract_value"], lab["fee_base"], t["post_warranty_fee_pct"], t["warranty_months"])
            if abs(share - 40) < 0.5:
                problems.append((k, "TCO share near 40", share))
            tco_txt = "TCO %.0f, post-warranty share %.2f %%" % (total, share)
        # text: length and threshold figures, as read back from the built file
        text = read_back(OUT / name)
        if j["language"] == "zh":
            n, lo, hi, unit = len(text), 2800, 3300, "characters"
        else:
            n, lo, hi, unit = len(text.split()), 1500, 1700, "words"
        if not lo <= n <= hi:
            problems.append((k, "length", n, unit))
        hits = threshold_hits(text) + threshold_hits(src)
        if hits:
            problems.append((k, "threshold figure in text", sorted(set(hits))[:6]))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(j, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-52s %5d %-10s risk %-6s %s | %s" % (name, n, unit, risk(j["expected_rules"]),
                                                   ", ".join(j["expected_rules"]) or "(none)", tco_txt))
    missing = [r for r in ALL_RULES if r not in fired]
    print("rules never fired:", missing or "none")
    for p in problems:
        print("PROBLEM", p)
    assert not missing and not problems


if __name__ == "__main__":
    main()
