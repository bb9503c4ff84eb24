"""holdout946: builds the ten blind held-out draft contracts of this folder from the sources below, writes their
.json labels and asserts the checks of the brief (lengths, threshold values and texts, rule design and coverage).

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
The .docx and .pdf files are made with ../word_pdf.py (PDF paragraphs broken at word boundaries, as holdout15-19).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 (.pdf markup): 市公安局 网约房治安管理平台, 政府采购, buyer's paper
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:临江市公安局网约房治安管理平台采购合同
P:合同编号：LJGA-ZC-2027-0316
P:采购人（甲方）：临江市公安局
P:供应商（乙方）：杭州安居云图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LJZC2027-G041）、乙方投标文件和中标通知书，双方就网约房治安管理平台的软件许可及定制开发事宜，订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供网约房治安管理平台软件（V3.0）的永久使用许可，部署于甲方公安信息网及视频专网边界区，许可范围为市局及全市各分局、派出所，不限用户数和终端数。
P:1.2 乙方按甲方需求完成以下定制开发：网约房经营者及房源登记备案模块；入住人员“人证核验”及实时上报接口（对接智能门锁、身份证阅读终端和主要网约房平台）；治安风险预警模型（重点人员入住、短时多次开房、异常聚集等）；派出所巡查检查及整改闭环功能；市局、分局、派出所三级统计分析驾驶舱。
P:1.3 乙方负责平台的部署实施、历史数据初始化、联调测试和培训，并提供本合同约定的质保期服务。具体功能以招标文件技术需求和双方确认的需求规格说明书为准。
P:1.4 培训分为系统管理员培训和民警操作培训两类，乙方应编制培训教材，在市局集中培训不少于三期，并为各分局提供视频教程，确保一线民警能够独立完成登记核查和预警处置操作。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），其中：平台软件许可费¥860,000；定制开发费¥540,000；部署实施费¥88,000；培训费¥22,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方接口调试、安全测评配合及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥302,000。
P:3.2 平台完成部署、接口联调并通过初验后，甲方支付合同总价的45%，即¥679,500。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥528,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方因财政资金拨付流程延迟付款的，应及时告知乙方，乙方不得因此停止履行合同义务。
H:第四条 交付与验收
P:4.1 乙方应于合同生效后一百二十日内完成部署和定制开发，提交初验申请。初验合格后平台进入九十日试运行。
P:4.2 验收标准：（一）招标文件技术需求及需求规格说明书所列功能逐项测试通过；（二）在500个并发用户下，登记查询响应时间不超过2秒，统计报表生成不超过10秒；（三）门锁及平台接口数据上报延迟不超过60秒，抽样核对一致；（四）试运行期间未发生一级故障；（五）通过具备资质的第三方机构安全测评，高风险问题全部整改完毕；（六）技术文档、源代码及操作手册交付齐全。
P:4.3 最终验收由甲方组织，可邀请专家参加，验收结论以双方签署的书面验收报告为准。平台上线使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第五条 服务水平
P:5.1 质保期内，平台核心功能的月可用率不低于99.5%。计划内维护须提前三个工作日报甲方同意，并安排在夜间进行。
P:5.2 故障分级及响应：一级故障（平台整体不可用或数据上报中断）30分钟内响应、2小时内到场；二级故障（部分功能不可用）2小时内响应；三级故障下一工作日处理完毕。
P:5.3 月可用率每低于约定值0.1个百分点，乙方向甲方支付违约金¥3,000；一级故障响应每超时1小时，乙方支付违约金¥800。上述款项可从质量保证金或应付款项中直接扣除。
H:第六条 质保与后续维护
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程及现场技术支持，并每季度进行一次巡检。乙方应指定专职项目经理作为服务联系人，建立服务热线和工单记录，每季度向甲方提交运行分析报告。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的10%，即每年不超过¥86,000，且质保期满后三年内不上调。维护合同按年另行签订，不自动续期。
H:第七条 数据安全与数据归属
P:7.1 平台运行中产生和汇聚的全部数据，包括房源、经营者、入住人员信息、预警记录和日志，均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内处理数据，不得留存、复制或用于任何其他目的。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及公安机关有关规定，按网络安全等级保护第三级要求实施部署；乙方人员须经甲方审查，只能在现场通过甲方堡垒机访问系统，严禁远程接入公安信息网，严禁使用未经登记的移动存储介质。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后1小时内报告甲方并立即采取补救措施，配合调查处置；因乙方原因造成数据安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的损失。
H:第八条 保密
P:8.1 乙方对在履约中知悉的警务工作秘密、技术方案和甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露；本条义务在合同终止后持续有效。乙方应与参与项目的人员逐一签订保密承诺书，并对其人员的行为负责。
H:第九条 知识产权
P:9.1 平台标准软件的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的模块、接口程序、预警模型及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方保证交付成果不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软件不符合合同约定的，应在甲方规定的期限内免费整改；整改后仍不合格的，甲方可拒绝验收。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但因乙方故意或重大过失、侵犯知识产权或违反第七条、第八条造成的损失除外。
H:第十一条 分包与转让
P:11.1 本项目不得分包。乙方不得将合同权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已收款项中未履行部分、赔偿损失。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方可协商延期履行或部分免除责任。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
P:本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市公安局    乙方（盖章）：杭州安居云图信息技术有限公司
P:签订日期：2027年3月16日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 (.docx markup): 腰靠厂 production-line control-system retrofit, Word price table
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:生产线控制系统改造项目采购合同
P:合同编号：SJ-YK-2027-011
P:甲方（买方）：佛山市顺德区舒脊腰靠制品厂
P:乙方（卖方）：广州恒拓智能装备有限公司
P:甲方三条腰靠生产线（记忆棉切割线、套布缝制线、包装检测线）的电气控制系统已运行多年，故障频繁，部分备件已停产。经询价比选，甲方委托乙方对上述生产线的控制系统进行改造，双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 拆除原有继电器控制柜及老旧PLC，更换为新型PLC控制柜、伺服驱动系统和HMI人机界面；在包装检测线加装视觉检测单元，检查缝线、标签和外观缺陷。
P:1.2 部署产线监控软件，采集三条产线的设备状态、产量、节拍、能耗和报警信息，实现车间看板、工单下达与质量追溯。
P:1.3 乙方负责PLC及HMI程序编制、调试、旧系统拆除、安装接线、联动测试和人员培训。改造应分线进行，每条产线停产时间不超过七日，具体停线时间由甲方安排。
P:1.4 乙方应在进场前提交改造实施方案，内容包括电气设计图、I/O点表、停线计划、旧系统程序备份方案和回退措施，经甲方书面确认后方可施工。改造期间如出现无法按期恢复生产的情况，乙方应立即启用回退措施，保证甲方订单交付。
H:第二条 设备、软件及价格
P:2.1 合同价格明细如下表：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含PLC主机、I/O模块、电源、柜体|6套|68,000|408,000
TB:2|伺服驱动及电机|含编码器、电缆|24套|9,500|228,000
TB:3|HMI触摸屏|10英寸工业级|6台|7,800|46,800
TB:4|视觉检测单元|工业相机、光源、工控机|3套|42,000|126,000
TB:5|产线监控软件许可|永久许可，3条产线|1套|186,000|186,000
TB:6|工业交换机及网络|含光纤、机柜|1批|35,200|35,200
TB:小计|软硬件小计||||1,030,000
TB:7|程序编制与调试|PLC、HMI、看板|1项|92,000|92,000
TB:8|拆旧及安装|含线槽、桥架|1项|48,000|48,000
TB:9|操作及维修培训|两期|1项|10,000|10,000
TB:合计|合同总价||||1,180,000
P:2.2 合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），含增值税、运输、保险、安装及调试费用。除本合同另有约定外，甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款，即¥236,000。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥413,000。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 三条产线全部改造完成并经最终验收合格后，甲方支付合同总价的45%，即¥531,000。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后六十日内完成全部设备到货，九十日内完成三条产线改造。
P:4.2 每条产线改造后进行单线验收，全部完成后进行最终验收。验收标准：（一）设备型号、数量与本合同一致，出厂合格证齐全；（二）各产线连续运行72小时无停机故障；（三）切割线节拍达到每分钟18件以上，缝制线、包装线产能不低于改造前水平；（四）视觉检测漏检率不高于0.3%，误判率不高于1%；（五）监控软件数据采集与现场计数一致，报警推送延迟不超过5秒；（六）PLC及HMI程序、电气图纸、说明书交付齐全。
P:4.3 验收合格后双方签署最终验收报告。设备安装通电、试生产或甲方使用，均不视为验收合格。验收不合格的，乙方应在七日内整改并重新申请验收。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起算。质保期内，非甲方原因造成的设备损坏，乙方免费维修或更换，软件免费升级。
P:5.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取，即每年¥267,800，含定期巡检、备件更换、软件升级及程序修改。该费率自质保期满起三年半内固定不变。
P:5.3 故障响应：产线停机类故障1小时内响应，6小时内到场；一般故障当日响应，48小时内处理完毕。乙方响应或到场超时的，每超时1小时向甲方支付¥1,000。
H:第六条 数据与网络安全
P:6.1 生产线运行数据、工艺参数、配方及产量记录均属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:6.2 乙方应采取措施保障控制系统网络安全：生产网络与办公网络隔离；远程维护须经甲方书面同意，通过甲方提供的VPN接入并保留操作日志；不得在控制系统中植入任何后门或远程锁定功能。因乙方原因造成数据泄露、丢失或系统被攻击的，乙方应在24小时内书面报告，并承担赔偿责任。
H:第七条 保密
P:7.1 双方对履约中知悉的对方技术资料、产品配方、客户信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。
H:第八条 知识产权
P:8.1 产线监控软件的知识产权归乙方或其许可方所有，甲方享有永久使用权。为本项目编制的PLC程序、HMI画面、看板配置及电气图纸归甲方所有，甲方有权自行修改或委托他人修改。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 因改造质量问题造成甲方停产的，乙方应赔偿甲方由此产生的直接损失。
P:9.3 乙方交付的设备或软件不符合合同约定的，甲方有权要求乙方限期更换或整改；更换、整改期间的停线损失及由此产生的返工费用由乙方承担。
H:第十条 施工安全与甲方配合
P:10.1 乙方人员进入甲方厂区应遵守甲方安全生产、消防和劳动纪律规定，动火、登高及带电作业须办理审批手续。因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:10.2 甲方应按停线计划提供作业场地、电源和必要的配合人员，及时确认工艺参数和程序功能。甲方原因导致停线计划调整的，乙方工期相应顺延。
P:10.3 乙方应在改造完成后清理现场，拆除的旧控制柜及电缆交还甲方处置。
H:第十一条 培训与备件
P:11.1 乙方应为甲方电工和设备维修人员提供两期培训，内容包括PLC程序结构、常见报警处理、伺服参数备份恢复和监控软件使用，使其能独立处理一般故障。
P:11.2 乙方承诺所供主要设备在最终验收后六年内持续供应备件，停产前应提前六个月通知甲方并提供替代方案。
H:第十二条 分包
P:12.1 乙方如需将线槽桥架等辅助安装工作交由第三方，须事先征得甲方书面同意，并对其工作质量和安全负责。
H:第十三条 合同解除
P:13.1 乙方逾期超过二十日，或严重违约经催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力导致不能按期履行的，受影响方应在三日内通知对方，并提供有关证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 法律适用及争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件包括设备技术规格书、改造实施方案和停线计划，与本合同具有同等效力。
P:甲方：佛山市顺德区舒脊腰靠制品厂（盖章）    乙方：广州恒拓智能装备有限公司（盖章）
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 (.txt): 35-store 室内跳伞体验 chain, booking and membership SaaS + 实施, two 服务年度
# ----------------------------------------------------------------------------------------------------------------
Z03 = """室内跳伞体验门店预约及会员管理系统服务合同

合同编号：YX-SaaS-2027-08
甲方：上海云翔风洞运动管理有限公司
乙方：南京简约云软件有限公司

甲方在全国经营35家室内跳伞（垂直风洞）体验门店。为统一管理线上预约、教练排班和会员权益，甲方选用乙方的“约点”预约及会员管理云服务（SaaS），并委托乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店开通“约点”云服务，包括线上预约、风洞时段管理、教练排班、体验券核销、会员储值及积分、门店收银和经营报表等功能。
2. 服务通过乙方云平台提供，甲方员工及其顾客通过网页端、微信小程序和门店平板使用。乙方负责平台的运行、维护、升级和数据备份。
（二）实施服务
1. 乙方负责系统配置、35家门店基础数据导入、原有会员数据迁移、小程序定制页面开发，以及与甲方财务系统、支付通道的接口对接。
2. 乙方为每家门店的店长和前台提供线上培训，并在首批门店上线时派员到现场支持。
3. 乙方应提供管理后台和门店端操作手册、常见问题解答和培训视频，新开门店可随时申请补充培训，不另收费。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，满一年后进入第二个服务年度。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，并可依此连续续期。续期年度的服务费由乙方按届时公布的标准价格执行，乙方有权调整单价，并于续期前通知甲方。

三、费用及支付
（一）订阅服务费：每家门店每服务年度¥9,600，35家门店合计每服务年度¥336,000，两个服务年度合计¥672,000。
（二）实施费：¥128,000，一次性支付。
（三）本合同总金额为人民币捌拾万元整（¥800,000）。
（四）支付方式：
1. 实施费在系统上线验收合格后十五日内支付；
2. 每个服务年度的订阅服务费，在该服务年度开始后十五日内支付；
3. 乙方应在每次付款前开具增值税专用发票。
（五）服务期内甲方新增门店的，按每店每服务年度¥9,600折算剩余期间的费用，另行结算。

四、上线与验收
（一）乙方应在合同签订后七十五日内完成全部35家门店上线。
（二）验收标准：
1. 需求确认书所列功能全部测试通过；
2. 原系统会员储值余额、积分、未使用体验券迁移后与原系统逐笔核对一致；
3. 在2,000名用户同时预约时，小程序下单响应时间不超过3秒；
4. 支付及财务接口对账连续七日无差错；
5. 全部门店完成培训并试运行七日。
（三）甲方在收到验收申请后十日内组织验收，验收合格后签署上线验收单。验收不合格的，乙方应在十日内整改后重新提交。

五、服务水平
（一）乙方保证云服务月可用率不低于99.95%。计划维护除外，计划维护应安排在凌晨进行，并提前三日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或收银）30分钟内响应，2小时内恢复；二级故障（个别功能或个别门店不可用）2小时内响应，当日恢复；一般问题在一个工作日内答复。
（三）乙方提供工作日9:00至21:00的在线客服和电话支持，一级故障全天候受理。乙方应为甲方指定专属客户成功经理，每季度回访门店使用情况并提出优化建议。
（四）发生故障时，乙方应尽最大努力尽快恢复服务，并在故障处理完毕后三日内向甲方提交书面故障报告，说明原因和改进措施。

六、数据归属与数据安全
（一）甲方的会员信息、预约记录、交易流水及门店经营数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行去标识化处理后，用于统计分析、改进产品及编制行业研究报告，该等使用在本合同终止后仍可继续。
（三）乙方应遵守《个人信息保护法》《数据安全法》，数据存储于中国境内，传输及存储均应加密，实行最小权限访问并留存访问日志；平台应通过网络安全等级保护第三级测评。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施并协助甲方履行告知义务；因乙方原因造成的，乙方承担赔偿责任。
（五）合同终止后三十日内，乙方应将全部数据按甲方要求的格式交还甲方，并删除其系统中的甲方原始数据。

七、保密
（一）双方对本合同内容及履约中获知的对方商业秘密、技术信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在本合同终止后三年内继续有效。

八、知识产权
（一）“约点”云服务平台的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、接口程序及其源代码归甲方所有，甲方可自行修改使用或交由第三方维护。
（三）乙方保证其提供的云服务及交付成果不侵犯任何第三方的知识产权；因此引起纠纷的，由乙方负责处理并承担由此给甲方造成的损失。

九、违约责任
（一）乙方未能按期完成全部门店上线的，每逾期一日，向甲方支付违约金¥1,000。
（二）任何一方的赔偿责任总额以合同总金额的二倍为限，但因故意、重大过失或数据泄露造成的损失除外。

十、分包
乙方不得将实施服务分包；确需将接口开发部分交由第三方完成的，须事先取得甲方书面同意。

十一、合同解除
乙方严重违约，或连续两个月月可用率低于约定值，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还未履行期间的服务费。合同解除后，乙方仍应按第十六条履行数据交还和迁移配合义务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十三、甲方的配合义务
（一）甲方应指定项目负责人，在十个工作日内提供门店清单、价目表、会员数据及原系统导出文件，并对需求确认书签字确认。
（二）甲方应保证门店网络和终端设备满足乙方公布的最低配置要求，并妥善保管管理员账号。
（三）甲方对其发布的优惠活动、体验项目介绍及向顾客作出的承诺自行负责。

十四、服务变更
（一）服务期内甲方需要新增功能或调整定制页面的，双方另行签订变更单，明确工作量、费用和完成时间。
（二）乙方对平台进行重大版本升级的，应提前十五日通知甲方，不得降低本合同约定的功能和服务水平，并为门店员工提供升级说明。

十五、不可抗力
因地震、洪水、疫情防控措施等不可抗力导致一方不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，相应部分免除责任；但乙方不得以其云服务提供商的一般故障作为不可抗力抗辩。

十六、服务终止与数据迁移
（一）本合同终止或期满不续约的，乙方应在终止前提供不少于三十日的过渡期，保障门店正常预约和会员权益核销。
（二）乙方应协助甲方将会员储值余额、积分、体验券及历史交易导出为通用格式，并配合新系统供应商完成数据核对，不得以任何理由扣留数据。

十七、通知
本合同项下的通知以书面形式送达双方在本合同首页列明的地址或指定邮箱，邮件发出后次日视为送达。

十八、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海云翔风洞运动管理有限公司
乙方（盖章）：南京简约云软件有限公司
日期：2027年4月
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 (.txt): 卫健委 直升机停机坪运行监控系统, annual O&M service, 竞争性磋商 (compliant)
# ----------------------------------------------------------------------------------------------------------------
Z04 = """东岭市卫生健康委员会
直升机停机坪运行监控系统年度运维服务合同

项目编号：DLCG-2026-CS118（竞争性磋商）
采购人（甲方）：东岭市卫生健康委员会
供应商（乙方）：西安航宇智控技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对全市医疗救援直升机停机坪运行监控系统提供年度运维服务。双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》，订立本合同。

第一条 服务对象和范围
（一）服务对象为设在市急救中心及六家医院楼顶、地面的七处停机坪运行监控系统，包括：助航灯光及控制设备、气象监测站、风向标灯、视频监控、消防联动接口、监控中心平台软件及服务器、网络设备。
（二）服务内容：驻场运维（监控中心配备2名工程师，工作日8:00至20:00在岗，其余时间电话值守并按需到场）；每月巡检及每季度预防性维护；故障处置及备品备件更换；平台软件缺陷修复、安全加固和数据备份；配合直升机起降演练及重大活动应急保障。
（三）乙方应建立运维台账，如实记录巡检、故障、维修、备件更换和配置变更情况，每月提交运维月报。
（四）甲方负责提供驻场办公场所、运维审计账号和必要的网络条件，协调各医院后勤部门配合乙方进入楼顶停机坪作业。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。乙方应在服务期开始前完成人员进场、备件储备和交接工作，确保服务不中断。

第三条 服务费用
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价。其中：驻场运维服务费¥264,000；巡检及预防性维护费¥118,000；备品备件费¥72,000；应急保障费¥32,000。
（二）合同总价包括人工、交通、工具、备品备件、保险、税费等全部费用，服务期内甲方不再支付其他费用。因设备超出使用年限需整体更换的，由甲方另行采购，乙方应提供技术建议。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付当季服务费¥121,500。
（三）依第五条产生的扣减款从当季服务费中扣除。乙方应在付款前开具合法有效的发票。

第五条 服务水平
（一）监控平台及助航灯光控制系统全年可用率不低于99.95%，按季度统计。
（二）故障分级及响应：一级故障（灯光控制失效、平台中断、气象数据中断等影响起降的故障）15分钟内响应，1小时内到场，3小时内恢复或启用备用方案；二级故障30分钟内响应，当日修复；三级故障两个工作日内修复。
（三）有起降任务时，乙方应提前到岗检查灯光及气象设备，确保处于正常状态。
（四）违约扣减：一级故障响应或到场每超时1小时扣减¥1,000；季度可用率每低于约定值0.01个百分点扣减¥500；因乙方原因影响救援起降的，每次扣减¥5,000。

第六条 考核与验收
（一）季度考核标准：巡检记录完整，巡检覆盖全部七处停机坪；故障响应和修复时间符合第五条；可用率达标；数据备份按周执行并经抽查可恢复；工单按时关闭；运维月报按时提交。季度考核由甲方信息科、急救中心和医院代表共同进行，考核结果书面通知乙方。
（二）服务期满后，甲方组织年度验收，审核运维报告、设备台账、备件台账、备份数据及文档移交情况，出具书面验收意见。年度验收合格前，乙方不得撤离驻场人员。

第七条 数据安全
（一）监控系统采集的视频、气象数据、起降记录及日志均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
（二）乙方应落实数据安全保护责任：驻场工程师实名登记并签署安全承诺书；通过甲方运维审计系统访问；禁止私自接入外部网络或使用移动存储介质；定期备份并检验备份有效性。
（三）发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因导致的，乙方承担全部责任并赔偿甲方损失。

第八条 保密
乙方对履约中知悉的医疗救援信息、患者信息、设施布局及甲方未公开资料负有保密义务，不得向任何第三方透露。乙方驻场人员均应签署保密承诺书。本条义务在服务期满或合同解除后继续有效。

第九条 知识产权
运维过程中形成的运维报告、巡检记录、配置文档、脚本等成果归甲方所有，甲方可自由使用、修改。乙方应在年度验收前将上述成果整理成册，以纸质和电子形式移交甲方。

第十条 违约责任
（一）乙方未按合同约定时间进场开展服务的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方服务不符合要求，经甲方书面通知后五日内未整改的，甲方可另行委托第三方完成，费用由乙方承担。
（三）因乙方故意或过失造成甲方设备损坏的，乙方应负责修复或按原值赔偿；造成救援任务延误或人身伤害的，乙方依法承担相应责任。

第十一条 人员要求
（一）乙方驻场工程师应具有三年以上机电或弱电系统运维经验，其中至少一人持有电工作业证，名单及资质证明在进场前报甲方备案。
（二）乙方更换驻场人员的，应提前七日书面通知甲方并经甲方同意，新人员资质不得低于原人员，交接期不少于三个工作日。
（三）乙方应为其人员购买意外伤害保险，楼顶作业须遵守高处作业安全规定，因乙方人员违规作业造成的事故由乙方负责。

第十二条 备品备件与应急保障
（一）乙方应在监控中心储备常用备件，包括助航灯具、灯光控制模块、气象传感器、交换机及硬盘，备件清单每季度更新并报甲方确认。
（二）更换下来的故障设备应登记后交回甲方，不得擅自处置。涉及存储介质的，按甲方要求消磁或物理销毁。
（三）遇重大活动、极端天气或甲方临时救援任务，乙方应按甲方通知增派人员现场值守，费用已包含在应急保障费中。

第十三条 服务交接与运维工具
（一）乙方应在服务期开始前七日与原运维单位完成交接，清点设备台账、备件、账号口令和技术文档，对发现的问题书面报告甲方。交接期间发生的故障由乙方协助处置。
（二）乙方使用的运维工具、远程管理软件须事先报甲方审核，不得在监控系统中安装与服务无关的软件；服务期满时，乙方应删除其工具中保存的甲方配置信息，并交回全部账号口令。
（三）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务单位完成交接，交接期不少于十个工作日，交接完成前不得停止服务。

第十四条 分包
乙方不得将本项目分包或转包。

第十五条 不可抗力
因台风、暴雨、地震等不可抗力影响服务的，乙方应及时通知甲方并尽力减少损失，相应服务指标不予考核。

第十六条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十七条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同附件包括磋商文件、响应文件、服务方案及成交通知书。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：东岭市卫生健康委员会
乙方（盖章）：西安航宇智控技术服务有限公司
签订日期：2026年12月18日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 (.md): 灰塑工作室 process tracking software licence + custom development, supplier's own template
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 匠心工艺过程追踪系统软件许可及定制开发合同

（乙方标准合同文本 JX-2026版）

甲方（用户）：广州市荔湾区岭南灰塑工作室

乙方（开发方）：佛山匠心数字科技有限公司

甲方拟使用乙方“匠心工艺过程追踪系统”，对灰塑作品从接单、草图设计、扎骨架、批灰、塑形到彩绘的各道工序进行记录和追踪，并按甲方工艺特点进行定制开发。双方根据《中华人民共和国民法典》，经协商一致，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠心工艺过程追踪系统”标准版软件的永久使用许可，部署于甲方自有服务器，授权用户数为10个。

1.2 定制开发内容：灰塑工序模板（八道工序及各工序检查点）、作品档案与照片库、材料（石灰、稻草、纸筋、矿物颜料）领用登记、客户订单进度微信小程序查询。

1.3 乙方负责软件安装部署、初始化配置及操作培训。

1.4 甲方应自行准备符合乙方配置要求的服务器一台，以及工作室内部网络和拍照终端；服务器硬件、操作系统及数据库许可费用不包含在本合同价款内。

## 第二条 合同价款

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 标准版软件许可 | 永久许可，10个用户 | 168,000 |
| 定制开发 | 工序模板、作品档案、材料登记、小程序 | 96,000 |
| 部署及培训 | 安装、初始化、两次培训 | 16,000 |
| 合计 | | 280,000 |

合同总价为人民币贰拾捌万元整（¥280,000）。

## 第三条 付款方式

3.1 本合同签订后三日内，甲方支付合同总价的65%，即¥182,000，乙方收款后启动开发工作。

3.2 软件部署完成后五日内，甲方支付剩余35%，即¥98,000。

3.3 乙方收款后向甲方开具增值税普通发票，甲方如需专用发票应在付款前提出。

3.4 甲方逾期付款的，乙方有权暂停开发、部署及技术支持，直至甲方付清款项，由此造成的工期延误由甲方负责。

## 第四条 交付与验收

4.1 乙方在收到首期款后四十五个工作日内完成软件部署。因甲方需求变更、资料提供不及时或服务器环境不具备条件的，交付时间相应顺延。

4.2 软件部署于甲方服务器并可登录使用，即视为甲方验收合格。

4.3 甲方在部署后对功能提出的修改意见，乙方将视情况在后续版本中考虑；超出需求清单的修改，另行收费。

4.4 部署完成后，乙方通过微信或电子邮件向甲方发送部署完成通知，甲方自收到通知之日起即可正式使用系统。

## 第五条 维护服务

5.1 自部署完成之日起三个月为免费维护期，乙方通过电话、微信及远程方式提供技术支持。

5.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准执行。

5.3 系统使用中出现问题的，甲方可通过客服热线或微信群反馈，乙方将尽力及时处理。

5.4 技术支持时间为工作日9:00至18:00，法定节假日及周末提出的问题顺延至下一工作日处理。甲方自行修改系统设置、删除数据或感染病毒导致的问题，不属于免费维护范围。

## 第六条 知识产权

6.1 本系统（包括标准版软件及为甲方定制开发的全部功能、工序模板、小程序及其源代码和文档）的著作权及其他知识产权均归乙方所有。

6.2 甲方仅获得在本合同约定用户数范围内的使用权，不得对软件进行修改、反向工程，或许可第三方使用。

6.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

## 第七条 甲方数据

7.1 甲方录入系统的作品资料、工艺记录、照片及客户信息归甲方所有，乙方仅为提供技术支持而接触，不得用于其他用途。

7.2 甲方应自行负责服务器的运行环境、账号密码管理和数据备份。

7.3 本合同终止后，甲方可自行导出系统中的作品资料和工艺记录，乙方可协助导出，协助费用另计。

## 第八条 甲方义务

8.1 甲方应指定联系人，及时提供工序资料、作品样例和需求确认意见。

8.2 甲方应按乙方要求准备服务器和网络环境，并为乙方人员现场工作提供便利。

8.3 甲方应按约定付款，不得将软件转售、出租或提供给他人使用。

8.4 甲方应妥善保管授权文件，授权文件丢失或服务器更换需要重新授权的，乙方按每次¥2,000收取服务费。

## 第九条 乙方义务

9.1 乙方应按需求清单完成定制开发，保证交付的软件可以正常安装运行。

9.2 乙方应为甲方提供操作手册电子版，并对甲方指定的两名管理员进行操作培训，培训以线上方式为主，每次不超过半天。甲方需要增加培训次数或到场培训的，按乙方收费标准另行支付费用，差旅费用由甲方承担。

9.3 乙方可根据产品发展对系统界面和功能进行优化调整，无需另行征得甲方同意。

9.4 乙方人员在甲方场所工作期间，应遵守甲方的作息和安全规定，爱护甲方的作品、模具和材料。

## 第十条 交付物与软件升级

10.1 乙方交付的内容为：软件安装程序、授权文件、操作手册电子版及培训课件。定制开发部分以可执行程序形式交付，不提供源代码。

10.2 乙方发布标准版新版本时，免费维护期内的甲方可以免费升级一次；期满后的升级按乙方届时的收费标准另行计费。

10.3 甲方应使用乙方推荐的操作系统和数据库版本，因甲方自行更换运行环境导致软件无法使用的，乙方不承担责任。

## 第十一条 转让与廉洁

11.1 未经乙方书面同意，甲方不得将本合同项下的软件使用权转让给第三方。

11.2 双方应遵守廉洁从业的有关规定，不得向对方经办人员提供回扣、礼品或其他不正当利益。

## 第十二条 保密

12.1 双方对本合同内容及在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为本合同终止后两年。

## 第十三条 违约责任

13.1 任何一方违反本合同约定的，应承担相应的违约责任。

13.2 因不可抗力、网络故障、第三方软件或甲方操作不当造成的延误或损失，乙方不承担责任。

13.3 乙方对甲方的间接损失、利润损失及数据损失不承担赔偿责任。

## 第十四条 合同解除

14.1 一方严重违约，经另一方书面催告后十日内仍未纠正的，守约方有权解除本合同。

14.2 合同解除后，甲方已支付的款项中对应乙方已完成工作的部分不予退还。

## 第十五条 不可抗力

15.1 因地震、台风、火灾、疫情、政府行为、电力或通信中断等不能预见、不能避免且不能克服的情况，导致一方不能履行合同的，该方不承担责任，但应及时通知对方。

15.2 不可抗力持续超过三十日的，双方可协商变更或解除合同。

## 第十六条 通知

16.1 双方同意以本合同首页列明的联系地址、电话和微信作为通知送达方式，一方变更联系方式的，应提前三日告知对方。

16.2 通过微信或电子邮件发送的通知，发出即视为送达。

## 第十七条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十八条 其他

18.1 本合同附件（需求清单）与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

18.3 本合同为乙方标准文本，双方对条款的修改应以补充协议形式书面约定，在本文本上手写修改的内容不发生效力。

甲方（盖章）：　　　　　　乙方（盖章）：

签约日期：　　年　　月　　日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 (.pdf markup): perpetual software licence + services, Tennessee vendor (Murfreesboro)
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SRQ-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 March 2027 between:
P:(1) Hangzhou Qiantang Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Jiangdong Road, Qiantang District, Hangzhou, Zhejiang Province (the "Buyer"); and
P:(2) Stones River Quality Systems, Inc., a Tennessee corporation with its principal office at 412 North Maple Street, Murfreesboro, Tennessee 37130, United States of America (the "Vendor").
P:The Buyer wishes to replace the paper inspection records at its two casting plants with statistical process control software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrack SPC software, version 9, in object code, including its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Interfaces" means the interfaces, reports and data conversion programs that the Vendor develops for the Buyer under Article 3, including their source code and documentation.
P:1.3 "Final Acceptance" means the written acceptance certificate issued by the Buyer under Article 6.
P:1.4 "Buyer Data" means all measurement data, production and quality records, personal information and other data that the Buyer or its users enter into, or generate with, the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's plants in Hangzhou and Jiaxing for up to 80 named users and 40 gauge stations, for the Buyer's internal business purposes.
P:2.2 The Buyer may make copies of the Software for backup, testing, training and disaster recovery. The licence may be transferred to an affiliate of the Buyer on written notice to the Vendor.
P:2.3 The Vendor retains title to the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's servers, connect the 40 gauge stations and two coordinate measuring machines, build the Custom Interfaces to the Buyer's MES and ERP systems, migrate the historical inspection records held since January 2021, and train the Buyer's quality engineers, inspectors and system administrators.
P:3.2 The detailed scope, deliverables and project plan are set out in Schedule 1 (Statement of Work). The Vendor shall appoint a project manager who speaks Mandarin and is available to the Buyer during Beijing business hours throughout the project.
H:Article 4 Price
P:4.1 The total price is CNY 1,720,000, inclusive of VAT and all expenses, made up as follows: Perpetual Licence Fee CNY 1,120,000; Implementation Services CNY 364,000; Custom Interfaces CNY 190,000; Training CNY 46,000.
P:4.2 The price is fixed. Travel and subsistence of the Vendor's personnel are included.
H:Article 5 Payment
P:5.1 20% of the total price (CNY 344,000) within 30 days after signature of this Agreement, against the Vendor's invoice.
P:5.2 45% of the total price (CNY 774,000) within 30 days after the Software is installed and the Custom Interfaces pass integration testing.
P:5.3 35% of the total price (CNY 602,000) within 30 days after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer to the account designated by the Vendor in writing. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within 60 days, and be ready for acceptance testing within 120 days, after signature of this Agreement.
P:6.2 The acceptance tests follow the test plan agreed in Schedule 1. The acceptance criteria are: (a) every function in the requirements specification works as described; (b) control charts and capability indices calculated by the Software match reference calculations on the agreed test data set; (c) data from all 40 gauge stations is captured without loss for 10 consecutive working days; (d) the MES and ERP interfaces exchange data without error for 10 consecutive working days; (e) the migrated records reconcile with the source system by record count and by sample values; and (f) no Severity 1 or Severity 2 defect remains open.
P:6.3 The Buyer shall issue the Final Acceptance certificate within 10 working days after the tests are passed, or give the Vendor a written list of failures. The Vendor shall correct the failures and repeat the tests. Installation, productive use or payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that for 24 months from Final Acceptance (the "Warranty Period") the Software and the Custom Interfaces will perform materially in accordance with their documentation. During the Warranty Period the Vendor corrects defects and supplies all updates and new versions free of charge.
P:7.2 During the Warranty Period the Vendor responds to a Severity 1 incident (the Software is unavailable or data capture has stopped on a production line) within 1 hour and provides a workaround within 8 hours; to a Severity 2 incident within 2 hours; and to other incidents within one business day.
P:7.3 If the Vendor misses a response time, the Buyer receives a service credit of CNY 1,000 for each hour of delay, deducted from the next payment or support fee due to the Vendor.
P:7.4 After the Warranty Period the Buyer may order annual support at 11% of the Perpetual Licence Fee, that is CNY 123,200 per year. The Vendor will not increase this fee during the first three years after the Warranty Period, and any later increase will not exceed 3% per year. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor owns the Software and all intellectual property in it.
P:8.2 The Custom Interfaces, reports, configuration and their source code, and all documents prepared specifically for the Buyer, belong to the Buyer from creation. The Vendor hereby assigns to the Buyer all rights in them, and the Buyer may use, modify and license them freely. The Vendor may reuse its general know-how that contains no Buyer Data.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall make no other use of it, including any aggregated, anonymised or de-identified use.
P:9.2 The Vendor accesses the Buyer's systems only through the Buyer's VPN, with multi-factor authentication, per-session approval and logging. The Vendor shall keep no copy of Buyer Data outside the Buyer's systems, shall not transfer Buyer Data out of mainland China, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any actual or suspected security incident affecting Buyer Data, cooperate in its investigation and remediation, and be liable for the losses caused to the Buyer by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical, commercial and production information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:10.2 These obligations continue for three years after termination of this Agreement.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to complete installation, or to be ready for acceptance testing, by the dates in Article 6.1, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 13.
H:Article 12 Limitation of Liability
P:12.1 Each party's total liability under this Agreement is limited to 200% of the total price, except for the indemnity in Article 8.3, breach of Articles 9 or 10, fraud, wilful misconduct and personal injury, which are not limited.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.
P:13.2 If the Buyer terminates under Article 13.1, the Vendor shall refund the amounts paid for services and deliverables not accepted. The licence in Article 2 survives termination once the Perpetual Licence Fee has been paid.
H:Article 14 Subcontracting and Assignment
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
P:14.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Tennessee, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Any dispute arising out of this Agreement shall be brought exclusively in the state courts located in Rutherford County, Tennessee, or in the United States District Court for the Middle District of Tennessee, and each party submits to the jurisdiction of those courts.
H:Article 16 General
P:16.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly.
P:16.2 This Agreement, with Schedule 1, is the entire agreement of the parties on its subject. It is signed in English; a Chinese translation is provided for reference only.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 (.md): SaaS Order Form (Part A, A1-A6) + General Terms (Part B), North Carolina vendor (Asheville)
# ----------------------------------------------------------------------------------------------------------------
E02 = """# SafetyCloud Order Form and General Terms

**Blue Ridge SafetyCloud, LLC - Order Form No. BRS-2027-0219**

This Order Form (Part A) and the General Terms (Part B) together form one agreement (the "Agreement") between the Customer and the Vendor named below. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1 Parties

- **Customer:** Changzhou Huaxin Chemical Fibre Co., Ltd., No. 16 Binjiang Industrial Park, Xinbei District, Changzhou, Jiangsu Province, People's Republic of China.
- **Vendor:** Blue Ridge SafetyCloud, LLC, a North Carolina limited liability company, 27 Biltmore Avenue, Suite 300, Asheville, North Carolina 28801, United States of America.
- **Order Effective Date:** the date of the last signature below.

### A2 Subscription

- **Service:** SafetyCloud environment, health and safety (EHS) suite: incident reporting and investigation, permit to work, chemical inventory and safety data sheets, inspections and audits, corrective actions, training records, and the SafetyCloud mobile application with offline mode.
- **Quantities:** 450 named users at three production sites (Xinbei, Wujin and Jintan).
- **Subscription Term:** two Subscription Years. Subscription Year 1 starts on the Service Start Date, the date on which the Vendor makes the production tenant available to the Customer; Subscription Year 2 starts on its first anniversary.
- **Onboarding:** configuration of workflows and forms for the three sites, import of the Customer's incident and chemical registers, single sign-on with the Customer's directory, and administrator training, as described in the Onboarding Plan attached to this Order Form.

### A3 Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| EHS suite subscription | 450 named users | 372,000 | 372,000 | 744,000 |
| Mobile and offline module | 3 sites | 54,000 | 54,000 | 108,000 |
| Onboarding and configuration | one-time | 118,000 | - | 118,000 |
| **Total** | | **544,000** | **426,000** | **970,000** |

All fees are in Chinese yuan (CNY) and include VAT. Additional named users may be added during the Subscription Term at CNY 830 per user per Subscription Year, pro rata.

### A4 Invoicing and Payment

- The Subscription Year 1 fees and the Onboarding fee (CNY 544,000 in total) are invoiced on the Order Effective Date and are payable within 15 days after the invoice date. The Vendor starts Onboarding only after receipt of this payment.
- The Subscription Year 2 fees (CNY 426,000) are invoiced 30 days before the start of Subscription Year 2 and are payable by its first day.
- Payment is made by bank transfer in CNY to the Vendor's account with its collection agent in Shanghai named on the invoice.

### A5 Hosting and Approved Subprocessor

- The production tenant is hosted in the Alibaba Cloud East China (Shanghai) region. Alibaba Cloud is approved by the Customer's signature of this Order Form as the Vendor's hosting subprocessor.
- Customer Data is stored and processed in mainland China. Backups are kept in a second availability zone of the same region.

### A6 Signatures

This Order Form is signed by authorised representatives of the parties and incorporates Part B.

Customer: ____________________    Vendor: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including the mobile application and the documentation.

1.2 "Customer Data" means all data, records, files, images and personal information submitted to the Service by or for the Customer, and all outputs generated from them.

1.3 "Go-Live" means the date on which the Customer signs the acceptance record under section 2.3.

### 2. Onboarding and Acceptance

2.1 The Vendor shall complete Onboarding and make the Service ready for acceptance testing within 70 days after receipt of the payment in A4.

2.2 The Customer tests the configured Service against the Onboarding Plan. The acceptance criteria are: (a) every workflow and form in the Onboarding Plan works as specified for all three sites; (b) the imported incident and chemical registers reconcile with the Customer's source files by record count and by sampled records; (c) single sign-on works for all named users; (d) the mobile application submits and synchronises reports in offline mode; and (e) no Priority 1 or Priority 2 defect remains open.

2.3 The Customer signs the acceptance record within 10 business days after the criteria are met, or lists the failures, which the Vendor corrects before repeating the tests.

2.4 If Go-Live is delayed beyond the date in 2.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 700 for each day of delay, up to CNY 48,500 in total.

### 3. Service Levels

3.1 The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 06:00 Beijing time.

3.2 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. Credits are deducted from the next invoice or refunded at the end of the term.

3.3 Priority 1 incidents (the Service is unavailable to all users, or data loss) are responded to within 8 business hours; Priority 2 incidents within two business days; other requests within five business days. Business hours are 8:00 to 17:00 Eastern Time, Monday to Friday, excluding United States public holidays.

3.4 The Vendor publishes a monthly service report showing availability, incidents and credits.

### 4. Support

4.1 Support is provided in English through the Vendor's support portal and by e-mail. The Customer may appoint up to five administrators as support contacts.

4.2 The Vendor provides updates and new features to the Service without extra charge, and does not remove material functions during the Subscription Term.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor uses Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Vendor maintains a written information security programme that includes encryption of Customer Data in transit and at rest, role-based access with multi-factor authentication for Vendor personnel, logging and review of administrative access, vulnerability management and annual penetration tests. The Vendor complies with the PRC Personal Information Protection Law and Data Security Law as they apply to the Service.

5.3 The Vendor notifies the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, takes immediate steps to contain it, and bears the cost of remediation and the Customer's losses caused by the Vendor's failure to comply with this section.

5.4 Within 30 days after the end of the Agreement the Vendor returns Customer Data in a standard export format and then deletes it from the Service and its backups.

### 6. Confidentiality

6.1 Each party keeps the other party's confidential information secret, uses it only under this Agreement, and discloses it only to personnel and advisers who need to know it and are bound by similar obligations. These duties last for three years after the Agreement ends.

### 7. Intellectual Property

7.1 The Vendor owns the Service and its underlying software.

7.2 Workflows, forms, report templates and configurations built specifically for the Customer during Onboarding belong to the Customer, and the Customer may copy, modify and use them in any system.

### 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term and are not subject to indexation.

8.2 Late payments bear interest at 0.5% per month after written reminder.

### 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. On termination by the Customer for the Vendor's breach, the Vendor refunds prepaid fees for the remaining period.

### 10. Limitation of Liability

10.1 Each party's total liability under the Agreement is limited to two times the total fees in A3, except for breach of sections 5 and 6, fraud and wilful misconduct.

### 11. Subcontracting

11.1 Apart from the hosting subprocessor approved in A5, the Vendor shall not subcontract any part of the Service or engage any other subprocessor without the Customer's prior written consent.

### 12. Governing Law and Jurisdiction

12.1 The Agreement is governed by the laws of the State of North Carolina, United States of America, without regard to its conflict of laws principles.

12.2 The state and federal courts located in Buncombe County, North Carolina have exclusive jurisdiction over any dispute arising out of or relating to the Agreement.

### 13. General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, if it gives prompt notice.

13.2 Notices are given by e-mail to the contacts named in A1 with a copy by courier.

13.3 The Agreement is the entire agreement of the parties on its subject and replaces all earlier proposals. Any purchase order terms of the Customer add no obligations. Amendments must be in writing and signed by both parties.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 (.docx markup): sensors / devices + monitoring licence on the buyer's paper, Word price table, West Virginia
# vendor (Huntington); compliant
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. JXPM-EQ-2027-0058
P:Buyer: Jiangxi Ganjiang Paper Co., Ltd., 1 Paper Mill Road, Nanchang Economic and Technological Development Zone, Nanchang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Tri-State Vibration Analytics, Inc., a West Virginia corporation, 1100 Third Avenue, Huntington, West Virginia 25701, United States of America (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates two paper machines and a pulp line at its Nanchang mill and wishes to monitor the condition of its rotating equipment continuously.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's MillSense condition monitoring software, version 5, including its analytics engine, alarm module and web dashboard, supplied under a perpetual licence.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the mill.
P:1.4 "Buyer Data" means all vibration, temperature and process data collected by the System, and all other data of the Buyer that the Supplier handles under this Contract.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment on 320 measurement points of the paper machines, pulp line, fans and pumps listed in Annex 1, install the Software on the Buyer's servers, configure alarm thresholds and fault models for each asset class, integrate the System with the Buyer's distributed control system and maintenance management system, and train the Buyer's maintenance staff.
P:2.2 The Supplier shall deliver the as-built point list, network diagram, configuration backup, user manuals and training materials in English and Chinese.
H:3. Price
P:3.1 The Contract Price is set out in the following Price Table. Prices are in CNY, fixed, and include VAT, delivery to the mill (DAP Nanchang), import formalities, insurance and all expenses of the Supplier's personnel.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensors|320|2,150|688,000
TB:2|Wireless temperature sensors|120|980|117,600
TB:3|Industrial wireless gateways with mounting kits|16|12,400|198,400
TB:4|MillSense software, perpetual site licence|1|356,000|356,000
TB:|Equipment and Licence Subtotal|||1,360,000
TB:5|Installation and commissioning|1 lot|146,000|146,000
TB:6|Fault model and analytics configuration|1 lot|62,000|62,000
TB:7|Training (two sessions)|1 lot|18,000|18,000
TB:|Contract Price|||1,586,000
P:3.2 The Contract Price of CNY 1,586,000 is the total amount payable by the Buyer for the complete System, including all licences needed to use it as specified.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 158,600) within 20 days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 872,300) within 30 days after all Equipment has been delivered and installed. The delivery and installation record confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 555,100) within 30 days after Final Acceptance under clause 6.
P:4.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the delay damages and credits due under this Contract.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the mill within 75 days after signature and complete installation and commissioning within 120 days after signature. Installation work on each machine is carried out during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's personnel on site shall follow the Buyer's safety rules, including permit to work, lockout and hot work procedures. The Supplier is responsible for the safety of its own personnel and tools on site.
H:6. Acceptance
P:6.1 After commissioning, the System runs under observation for 30 days. The acceptance criteria are: (a) every sensor reports to the Software with at least 98% of scheduled readings received during the observation period; (b) measured vibration values agree with the Buyer's reference portable analyser within 5% on the sample points listed in Annex 2; (c) alarms are raised and passed to the distributed control system within 60 seconds in tests of each alarm type; (d) work requests are created automatically in the maintenance management system for confirmed alarms; and (e) all documents in clause 2.2 have been delivered.
P:6.2 When the criteria are met, the Buyer issues a Final Acceptance certificate within 10 working days. Delivery, installation, use of the System or any payment does not constitute acceptance. If the System fails, the Supplier corrects the failure and the observation period is repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier repairs or replaces defective Equipment free of charge, including sensor batteries that fail before their rated life, and supplies Software updates and new versions free of charge.
P:7.2 Replacement sensors are dispatched from the Supplier's spare stock at its distributor in Shanghai within two working days after a fault is confirmed.
H:8. Technical Support and Service Levels
P:8.1 Faults are classified by severity. The response times apply during and after the warranty period for as long as support is purchased:
TB:Severity|Description|Response time|Resolution target
TB:Severity 1|Software or gateway failure stopping monitoring of a paper machine|30 minutes|8 hours
TB:Severity 2|Loss of individual sensors or alarm functions|2 hours|two working days
TB:Severity 3|Other faults and questions|next working day|as agreed
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response time or resolution target, the Supplier pays a credit of CNY 1,500, and for each working day by which it exceeds a Severity 2 resolution target, CNY 800. Credits are deducted from payments due or paid within 30 days.
H:9. Support after Warranty
P:9.1 After the warranty period the Buyer may purchase annual support, including repair or replacement of Equipment, Software updates and the service levels in clause 8, at 8.5% of the Equipment and Licence Subtotal, that is CNY 115,600 per year. This fee is fixed for the three years following the warranty period.
P:9.2 Support is purchased by a separate order for each year. It does not renew automatically and the Supplier may not change its price during an ordered year.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including the training of its general fault models.
P:10.2 The System runs on the Buyer's servers inside the mill network. The Supplier may access it remotely only through the Buyer's remote access platform, with the Buyer's approval for each session, multi-factor authentication and recording of the session. The Supplier shall not copy Buyer Data to its own systems or transfer it outside mainland China.
P:10.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the System or Buyer Data, cooperate in its containment and investigation, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information of the Buyer received under this Contract, including the mill layout, process parameters and production data, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for three years after the end of the Contract.
H:12. Intellectual Property
P:12.1 The Supplier retains ownership of the Software and grants the Buyer a perpetual, irrevocable licence to use it for the mill.
P:12.2 Fault models, alarm settings, dashboards, interface programs and documents created specifically for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely, including to another service provider.
H:13. Delay Damages and Liability
P:13.1 If the Supplier fails to meet a delivery or completion date in clause 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:13.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for breach of clauses 10 and 11, infringement of third party rights, wilful misconduct and personal injury.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or non-conforming parts of the System.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application.
P:16.2 This Contract is signed in English and Chinese, and both versions have equal effect.
P:16.3 Notices under this Contract are given in writing to the addresses above, by courier or by e-mail to the project contacts named in Annex 3, and take effect on receipt. Annexes 1 to 3 form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 (.md): managed services over 36 months, Schedules 1-3 as tables, Tennessee vendor (Clarksville)
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Infrastructure Services Agreement

**Agreement No. CMS-SZ-2027-017**

**Between**

- **Suzhou Ruitong Auto Parts Co., Ltd.**, 58 Tinglan Lane, Suzhou Industrial Park, Suzhou, Jiangsu Province, People's Republic of China ("Customer"); and
- **Cumberland Managed Services, Inc.**, a Tennessee corporation, 215 Franklin Street, Clarksville, Tennessee 37040, United States of America, acting with its branch office in Suzhou ("Provider").

**Background.** The Customer runs its plant systems, servers, storage, network and end-user computing at two sites in Suzhou and one in Shanghai with a small internal team. It wishes to outsource the day-to-day operation and monitoring of this infrastructure to the Provider for a fixed term of 36 months.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance record under section 3.

1.3 "Term" means the period of 36 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data stored on or passing through the Customer's systems, and all logs, tickets and reports produced for the Customer.

## Section 2 Services

2.1 From the Service Commencement Date the Provider shall perform the Services in Schedule 1 to the service levels in Schedule 3.

2.2 The Provider operates a 24x7 network operations centre and assigns one resident engineer to the Customer's Suzhou plant during plant working hours. Remote monitoring is performed from the Provider's Suzhou branch and from its operations centre in Clarksville.

2.3 The Provider shall keep the configuration management database, network diagrams and operating procedures up to date and available to the Customer at all times.

2.4 The Customer shall give the Provider timely access to its sites, systems and staff, maintain vendor support contracts for its hardware and licensed software, and approve or reject change requests within the periods set in the change procedure. The Provider is not responsible for a failure to meet a service level to the extent it is caused by the Customer's failure to meet these obligations.

2.5 The Provider holds a monthly service review with the Customer's IT manager, presenting the service level report, open problems, planned changes and recommendations for improvement.

## Section 3 Transition

3.1 The Provider shall complete the transition of the Services within 90 days after signature. Transition includes discovery of all assets in scope, installation of monitoring agents and probes, creation of runbooks, knowledge transfer from the Customer's team, and a 14-day shadow operation.

3.2 The Transition acceptance criteria are: (a) every asset in the inventory of Schedule 1 is monitored and visible in the Provider's portal; (b) runbooks exist for every critical application; (c) backups of all servers in scope complete successfully for 14 consecutive days; (d) test incidents of each priority are handled within the Schedule 3 targets during the shadow operation; and (e) the Customer's IT manager confirms the knowledge transfer.

3.3 The Customer signs the Transition Acceptance record within 5 business days after the criteria are met, or lists the failures for correction and re-test.

3.4 If Transition is not accepted within the period in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000 in total.

## Section 4 Charges and Payment

4.1 The charges are set out in Schedule 2. They are fixed for the Term.

4.2 The Transition fee is invoiced after Transition Acceptance. The monthly recurring charge is invoiced monthly in arrears. Invoices are payable within 30 days.

4.3 Service credits under Schedule 3 are deducted from the next invoice.

4.4 All charges are in CNY and include VAT. The Provider's Suzhou branch issues the invoices.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider uses it only to perform the Services and for no other purpose, and shall not aggregate or analyse it for any other client or product.

5.2 The Provider's personnel access the Customer's systems only through the Customer's privileged access management system, with named accounts, multi-factor authentication and session recording. Customer Data stays in mainland China; personnel in the Clarksville operations centre see monitoring alerts and metadata only and have no access to business data.

5.3 The Provider maintains ISO 27001 certification for the services and follows the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

5.4 The Provider notifies the Customer within 2 hours after detecting a security incident affecting the Customer's systems or Customer Data, contains it, and compensates the Customer for losses caused by the Provider's failure to comply with this section.

## Section 6 Confidentiality

6.1 Each party keeps confidential the non-public information of the other party received under this Agreement and uses it only for this Agreement. The obligation continues for three years after the end of the Term.

## Section 7 Intellectual Property

7.1 The Provider retains its monitoring tools, portal and standard procedures.

7.2 Runbooks, scripts, configurations, documentation and reports prepared specifically for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## Section 8 Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total charges in Schedule 2, except for breach of sections 5 and 6, wilful misconduct and personal injury.

## Section 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. Hardware vendor support contracts held by the Customer are not subcontracting.

## Section 10 Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer's remedies for service failures are the service credits in Schedule 3 and the amounts in section 3.4. The Customer may not terminate this Agreement before the end of the Term.

10.3 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 60 days after a written reminder.

10.4 At the end of the Term the Provider shall provide exit assistance for up to 60 days at no extra charge, including handover of all documents, credentials and Customer Data to the Customer or its new provider.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules.

## Section 12 General

12.1 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to reduce its effects.

12.2 Notices are given in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 - Scope of Services

| Service area | In scope | Provider tasks |
|---|---|---|
| Servers and virtualisation | 64 virtual machines, 9 physical hosts, 2 clusters | Monitoring, patching each month, capacity reports, restart and recovery |
| Storage and backup | 2 storage arrays, backup appliance, offsite copies | Daily backup checks, restore tests each quarter, capacity planning |
| Network and security | 3 firewalls, 42 switches, 120 wireless access points, VPN | Monitoring, configuration changes, firmware updates, log review |
| Plant systems | MES servers, SCADA historians, label printers | Monitoring and first-line support in coordination with plant engineers |
| End-user computing | 780 desktops and laptops, 60 printers | Service desk in Chinese and English, remote support, imaging |
| Service management | All of the above | Incident, problem and change management, monthly service review |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 132,000 |
| Monthly recurring charge | 58,000 per month for 36 months | 2,088,000 |
| **Total charges for the Term** | | **2,220,000** |

Additional devices are added by change order at the unit rates in the Provider's proposal dated 12 January 2027, which are fixed for the Term.

## Schedule 3 - Service Levels and Credits

| Priority | Example | Response | Restoration target |
|---|---|---|---|
| P1 | Plant network, MES or core servers down at one site | 15 minutes | 3 hours |
| P2 | Single critical application or server degraded | 30 minutes | 8 hours |
| P3 | Single user or non-critical device affected | 2 hours | next business day |

| Measure | Target | Service credit |
|---|---|---|
| Availability of monitored core infrastructure | 99.95% per month | 4% of the monthly recurring charge for each started 0.1 percentage point below target |
| P1 response and restoration | 95% of tickets within target | 2% of the monthly recurring charge per missed P1 ticket |
| Service desk answer time | 90% of calls within 60 seconds | 1% of the monthly recurring charge |

Total service credits in a month are limited to 20% of that month's recurring charge.
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 (.txt): data / API subscription over two Subscription Years, North Carolina vendor (Kinston)
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CPA-QD-2027-009

This Data API Subscription Agreement (the "Agreement") is entered into on 19 April 2027 by and between:

Qingdao Haiheng Grain Trading Co., Ltd., a company organised under the laws of the People's Republic of China, with its address at 21 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province ("Customer"); and

Coastal Plain AgriData, Inc., a North Carolina corporation, with its address at 301 North Queen Street, Kinston, North Carolina 28501, United States of America ("Provider").

Customer imports soybeans, corn and sorghum and wishes to receive crop condition, weather and yield forecast data for the main growing regions of the Americas through an application programming interface, to support its purchasing and risk management decisions. Provider operates such a data service. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the crop condition indices, field-level weather observations and forecasts, soil moisture estimates, satellite vegetation indices and yield forecasts that Provider makes available through the API, and any reports generated from them.

1.2 "API" means Provider's AgriData REST application programming interface, its developer portal and the related documentation.

1.3 "Subscription Year" means each period of one year starting on the Service Start Date or on an anniversary of it. The subscription covers two Subscription Years (the "Subscription Term").

1.4 "Service Start Date" means the date on which Customer signs the Onboarding Acceptance record under clause 4.

1.5 "Customer Data" means the account information, user contact details, API keys, query logs, watch lists of regions and fields, and any files that Customer uploads to or generates in the API.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the API with up to 25 developer and analyst accounts and to use the Data for Customer's internal business purposes, including in reports, models and dashboards used by Customer and its affiliates in the People's Republic of China.

2.2 The annual allowance is 60 million API calls per Subscription Year. Calls above the allowance are charged at CNY 2.40 per 10,000 calls, invoiced quarterly in arrears.

2.3 Customer may not resell the Data or provide it to third parties as a data product. Customer may keep and continue to use the Data received during the Subscription Term after the Agreement ends.

2.4 Provider publishes the API documentation, change log and status page on its developer portal, and provides support by e-mail and through the portal in English during business hours in North Carolina.

3. FEES AND PAYMENT

3.1 The fees are:

   Item                                   Basis                         Amount (CNY)
   Data API subscription, Year 1          25 accounts, full coverage         318,000
   Data API subscription, Year 2          25 accounts, full coverage         318,000
   Onboarding and integration support     one-time                            44,000
   Total fixed fees                                                          680,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after the invoice date.

3.3 The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after the invoice date.

3.4 All fees are in CNY, include VAT and are fixed for the Subscription Term. Invoices are issued by Provider's authorised reseller in Shanghai, which collects the fees on Provider's behalf.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 45 days after signature Provider shall set up Customer's accounts, configure the watch lists of regions agreed in the Onboarding Plan, support Customer's developers in connecting the API to Customer's data warehouse, and deliver two training sessions for analysts.

4.2 The acceptance criteria are: (a) all endpoints listed in the Onboarding Plan return data for the agreed regions; (b) historical data back to the 2015 crop year is available for the agreed regions; (c) average response time of the API measured from Customer's network in Qingdao is below 800 milliseconds over a test period of seven days; (d) daily updates arrive by 08:00 Beijing time on every day of the test period; and (e) the training sessions have been delivered.

4.3 Customer signs the Onboarding Acceptance record within 5 business days after the criteria are met, or lists the failures, which Provider corrects before the test is repeated.

4.4 If Onboarding Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding maintenance windows announced seven days in advance and lasting no more than two hours per month.

5.2 Provider responds to Priority 1 incidents (the API is unavailable, or daily data is not updated) within 1 hour, at any time of day, and to Priority 2 incidents within one business day.

5.3 If monthly availability falls below the commitment in clause 5.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that amount. If daily data is late by more than six hours on more than three days in a month, Customer receives a further credit of 10% of that amount.

5.4 Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

6. DATA QUALITY

6.1 Provider shall compile the Data with the care of a professional data provider, using the sources and methods described in the documentation, and shall correct errors promptly after they are reported.

6.2 Forecasts are estimates. Customer remains responsible for its purchasing and trading decisions.

6.3 Provider shall give Customer at least 90 days' notice before it withdraws an endpoint, changes a data field or changes the method used to calculate an index, and shall keep the previous version of a changed endpoint available for at least that period so that Customer can adapt its systems.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the API and support to Customer and for no other purpose, including any aggregated or anonymised use.

7.2 Provider protects Customer Data with encryption in transit and at rest, role-based access limited to support staff, multi-factor authentication, logging of all access and regular security testing, and complies with the data protection laws applicable to it, including the PRC Personal Information Protection Law for the user contact details of Customer's staff.

7.3 Provider notifies Customer within 24 hours after becoming aware of a security incident affecting Customer Data or Customer's API keys, revokes and reissues affected keys, investigates the incident and compensates Customer for losses caused by Provider's breach of this clause 7.

7.4 Within 30 days after the end of the Agreement, Provider deletes Customer Data and confirms the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the Data and the API.

8.2 Connectors, scripts, mappings and dashboards developed by Provider specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely.

8.3 Provider shall defend Customer against claims that the use of the Data or the API in accordance with this Agreement infringes the rights of a third party, and pay the resulting damages and costs.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including data collection partners, satellite imagery suppliers and cloud hosting providers, to perform any part of this Agreement by giving Customer written notice of each new subcontractor. Provider remains responsible for the performance of its subcontractors.

10. LIMITATION OF LIABILITY

10.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, trading losses or indirect loss.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Subscription Term.

11.2 After the Subscription Term, the Agreement renews for further Subscription Years at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider refunds the fees paid for the remainder of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control, including failures of public satellite or weather data sources, if it notifies the other party promptly.

13.2 Notices are given in writing by e-mail to the contacts named in the Onboarding Plan, with a copy by courier to the addresses above.

13.3 This Agreement is written in English. It is the entire agreement of the parties on its subject and may only be amended in writing signed by both parties.

Signed for Customer: ______________________

Signed for Provider: ______________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Design: file, format, labels (buyer's view), the rules I expect, and what the TCO check needs
# ----------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, subc, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, subc, law, kind]))


G, S = "goods_or_licence", "service"
DESIGN = {
    "h946z01": dict(
        file="h946z01_police_short_rental_platform_licence.pdf", src=Z01, fmt="pdf", lang="zh", category="software",
        terms=terms(99.5, 0.5, True, "buyer", True, True, True, 0.08, 50, 20, True, True, 36, 10, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1510000),
        tco=dict(fee_base=860000), forum_outside=False, risk="medium",
        rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h946z02": dict(
        file="h946z02_lumbar_cushion_line_control_retrofit.docx", src=Z02, fmt="docx", lang="zh", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1180000),
        tco=dict(fee_base=1030000), forum_outside=False, risk="high",
        rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h946z03": dict(
        file="h946z03_indoor_skydiving_booking_saas.txt", src=Z03, fmt="txt", lang="zh", category="cloud",
        terms=terms(99.95, 0.5, False, "buyer", True, False, True, 1000 / 800000 * 100, 200, None, True, None, None,
                    None, True, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=800000),
        tco=None, forum_outside=False, risk="medium",
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
    "h946z04": dict(
        file="h946z04_health_commission_helipad_monitoring_om.txt", src=Z04, fmt="txt", lang="zh",
        category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False, True,
                    False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
        tco=None, forum_outside=False, risk="low", rules=[]),
    "h946z05": dict(
        file="h946z05_grey_sculpture_tracking_supplier_template.md", src=Z05, fmt="md", lang="zh",
        category="software",
        terms=terms(None, None, False, "supplier", False, True, True, None, None, 65, False, False, 3, None, False,
                    True, None, None, G),
        extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=True, contract_value=280000),
        tco=dict(fee_base=168000), forum_outside=False, risk="high",
        rules=["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h946e01": dict(
        file="h946e01_spc_perpetual_licence_tennessee_vendor.pdf", src=E01, fmt="pdf", lang="en", category="software",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                    "Tennessee", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1720000),
        tco=dict(fee_base=1120000), forum_outside=True, risk="low", rules=["CR-GOVERNING-LAW"]),
    "h946e02": dict(
        file="h946e02_ehs_saas_order_form_nc_vendor.md", src=E02, fmt="md", lang="en", category="cloud",
        terms=terms(99.95, 8, True, "buyer", True, True, True, 700 / 970000 * 100, 200, 544000 / 970000 * 100, True,
                    None, None, None, False, True, False, "North Carolina", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=970000),
        tco=None, forum_outside=True, risk="medium",
        rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
    "h946e03": dict(
        file="h946e03_paper_mill_condition_sensors_wv_vendor.docx", src=E03, fmt="docx", lang="en",
        category="hardware",
        terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8.5, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1586000),
        tco=dict(fee_base=1360000), forum_outside=False, risk="low", rules=[]),
    "h946e04": dict(
        file="h946e04_managed_infrastructure_36_months.md", src=E04, fmt="md", lang="en", category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 400 / 2220000 * 100, 150, None, True, None, None,
                    None, False, False, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2220000),
        tco=None, forum_outside=False, risk="medium", rules=["CR-LD-LOW", "CR-TERMINATION"]),
    "h946e05": dict(
        file="h946e05_crop_data_api_subscription.txt", src=E05, fmt="txt", lang="en", category="cloud",
        terms=terms(99.95, 1, True, "buyer", True, True, False, 600 / 680000 * 100, 9 / 24 * 100, None, True, None,
                    None, None, False, True, True, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=680000),
        tco=None, forum_outside=False, risk="medium",
        rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy §3 defaults, used only to derive and check (no text states them)
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = (
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5)


def tco_share(d):
    t, v = d["terms"], d["extra"]["contract_value"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = d["tco"]["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (v + fees) * 100


def derive_rules(d):
    """My reading of policy §3 applied to the labels."""
    t, x, out = d["terms"], d["extra"], []
    if not x["sla_clause"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
        out.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        out.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            out.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWF_MAX):
            out.append("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_MAX:
            out.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        out.append("CR-GOVERNING-LAW")
    return sorted(out)


def risk_of(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ----------------------------------------------------------------------------------------------------------------
# Reading back, lengths and the threshold scan
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc, parts = Document(str(path)), []
        for el in doc.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, doc).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, doc).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


PCT = r"\s*(?:%|％|percent|per\s*cent)"
NB = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NB + r"99\.90*(?!\d)",                                   # availability 99.9
    NB + r"4\)?\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",      # P1 response 4 hours
    NB + r"4\s*(?:business|working|clock)\s*hours?",
    r"(?<![十\d])四个?小时", r"four\s*(?:\(4\)\s*)?-?\s*(?:business\s*|working\s*)?hours?",
    NB + r"0\.050*(?!\d)" + PCT, r"万分之五(?![十\d])", r"千分之零点五",  # LD 0.05 %/day
    NB + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*(?:percent|per\s*cent)",  # cap 100 %
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:percent|per\s*cent)",  # prepay 30 %
    NB + r"12\)?\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",  # warranty 12 months
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*(?:percent|per\s*cent)",  # post-warranty fee 15 %
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:percent|per\s*cent)",  # TCO 40 %
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4 hours", "4小时", "4 小时", "四小时", "within four hours", "4-hour",
            "4 business hours", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %",
            "百分之三十", "thirty percent", "12 months", "12个月", "十二个月", "twelve (12) months", "12-month",
            "15%", "百分之十五", "40%", "百分之四十", "forty per cent", "one hundred percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "48小时", "14 hours", "0.055%", "0.5%", "万分之八", "200%",
             "130%", "1,030%", "百分之三十五", "35%", "120 months", "2027年12月31日", "150%", "8.5%", "45%", "0.4%",
             "36 months", "二十四小时内", "1.5%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "threshold regex misses %r" % s
    for s in MUST_MISS:
        assert not scan(s), "threshold regex hits %r" % s


def check_label_values(key, d):
    t = d["terms"]
    bad = {"availability_pct": AVAIL_MIN, "p1_response_hours": P1_MAX_H, "ld_rate_per_day_pct": LD_MIN,
           "liability_cap_pct": CAP_MIN, "prepayment_pct": PREPAY_MAX, "warranty_months": WARRANTY_MIN,
           "post_warranty_fee_pct": PWF_MAX}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, "%s: %s sits on its threshold" % (key, k)
    share = tco_share(d)
    if share is not None:
        assert abs(share - TCO_MAX) > 2, "%s: TCO share %.2f within 2 points of the threshold" % (key, share)


def label(d):
    lab = {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
           "expected_extra": d["extra"], "expected_rules": sorted(d["rules"])}
    return json.dumps(lab, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: d for k, d in DESIGN.items() if d["fmt"] in ("docx", "pdf")}
    write({k: d["src"] for k, d in built.items()}, {k: (d["file"], d["fmt"]) for k, d in built.items()}, OUT,
          wrap_words=True)
    for k, d in DESIGN.items():
        if d["fmt"] in ("txt", "md"):
            (OUT / d["file"]).write_text(d["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", d["file"])
    covered, problems = set(), []
    for k, d in DESIGN.items():
        assert d["file"].startswith(k + "_") and d["file"].endswith("." + d["fmt"])
        assert list(d["terms"]) == TERM_KEYS
        text = read_back(OUT / d["file"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s: threshold figure in text: %s" % (k, sorted(set(hits))))
        check_label_values(k, d)
        derived = derive_rules(d)
        if derived != sorted(d["rules"]):
            problems.append("%s: derived %s != design %s" % (k, derived, sorted(d["rules"])))
        if risk_of(derived) != d["risk"]:
            problems.append("%s: risk %s != design %s" % (k, risk_of(derived), d["risk"]))
        covered |= set(derived)
        share = tco_share(d)
        print("%s  %s  len=%d  rules=%s  risk=%s%s" % (k, d["fmt"], n, ",".join(r[3:] for r in derived) or "-",
                                                       risk_of(derived),
                                                       "" if share is None else "  tco_share=%.2f" % share))
        stem = d["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label(d), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    n_rules = {k: len(d["rules"]) for k, d in DESIGN.items()}
    mix = sorted(n_rules.values())
    if not (mix.count(0) == 2 and {k for k, v in n_rules.items() if v == 0} & {"h946z04"}
            and {k for k, v in n_rules.items() if v == 0} & {"h946e03"} and DESIGN["h946e01"]["rules"] == [
                "CR-GOVERNING-LAW"] and 8 <= n_rules["h946z05"] <= 10
            and sum(1 for v in n_rules.values() if 2 <= v <= 3) == 6):
        problems.append("mix does not match the brief: %s" % n_rules)
    assert not problems, "\n".join(problems)
    print("all checks passed; rules covered: %d of %d" % (len(covered), len(ALL_RULES)))


if __name__ == "__main__":
    main()
