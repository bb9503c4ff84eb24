"""holdout313: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back and asserts lengths, threshold-free texts and the rule coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H313Z01 = """
T:泸阳市退役军人事务局优抚信息管理平台建设项目政府采购合同
P:合同编号：LYTY-ZC-2026-017    采购方式：公开招标    项目编号：LYZFCG-2026-0412
P:采购人（甲方）：泸阳市退役军人事务局    地址：泸阳市滨江路88号
P:供应商（乙方）：华拓数政科技有限公司    地址：泸阳市高新区云谷大道21号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就优抚信息管理平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设优抚信息管理平台，包括优抚对象档案管理、抚恤补助资金发放、优待证服务、走访慰问记录、统计分析及移动端应用，并与省级退役军人信息系统、市财政国库支付系统对接。
P:1.2 具体功能以招标文件《采购需求》和双方签署的《需求规格说明书》为准。乙方应在合同签订后30日内完成需求调研，提交需求规格说明书，经甲方确认后作为开发和验收依据。
P:1.3 平台部署于甲方政务云资源，乙方负责应用系统、数据库及中间件的安装配置，甲方负责提供政务云计算、存储和网络资源。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾捌万陆仟元整（¥2,186,000），为固定总价，含税费、运输、部署、培训及质保期内全部服务费用。
TB:序号|项目|金额（元）
TB:1|平台软件许可（基础平台及移动端，永久使用）|680,000
TB:2|定制开发（优抚业务模块及系统接口）|1,126,000
TB:3|历史数据治理与迁移|248,000
TB:4|部署实施及培训|132,000
TB:合计|软件许可小计680,000元；合同总价|2,186,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥437,200。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥983,700。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥765,100。
P:3.4 乙方每次请款前应开具合法增值税发票。甲方按国库集中支付程序付款，因财政资金拨付程序造成的合理延迟不视为甲方违约。
P:3.5 履约保函有效期至最终验收合格之日，最终验收后甲方退还保函原件。
H:第四条 实施进度
P:4.1 乙方应于合同签订后120日内完成部署并提交初步验收申请，于初步验收后90日内完成试运行并提交最终验收申请。
P:4.2 乙方应派驻项目经理一名，未经甲方书面同意不得更换。项目实施期间乙方每周提交进度报告，重大问题应在当日书面报告甲方。
P:4.3 乙方应对甲方及各区县退役军人事务部门的业务人员、系统管理员分别开展培训，培训不少于8期，每期结束后由甲方组织考核。
H:第五条 验收
P:5.1 初步验收标准：《需求规格说明书》所列功能全部实现；与省级系统、国库支付系统的接口联调通过；历史数据迁移抽检差错率不高于万分之一；500个并发用户下页面平均响应时间不超过2秒；第三方软件测评机构出具的功能与安全测试报告无高危问题。
P:5.2 最终验收标准：试运行不少于90日，期间未发生一级故障；等级保护测评配合工作完成并取得测评报告；全部文档、源代码及部署手册移交完毕。
P:5.3 验收过程中发现的问题，乙方应建立问题清单逐项整改，整改结果经甲方确认后方可进入下一验收环节。
P:5.4 验收由甲方组织，可邀请专家参加，并出具书面验收报告。系统上线、甲方使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证及售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的适应性修改及技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或资金发放功能中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次一工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时扣减服务费人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元，从质量保证金或应付款中扣除。
P:6.4 质保期满后，甲方可与乙方续签运维服务合同，年度运维服务费为人民币68,000元（为软件许可小计的10%），前两个服务年度不作调整，此后调整须经双方书面协商一致。
H:第七条 数据安全
P:7.1 平台内全部业务数据、优抚对象个人信息及日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得留存或向第三方提供。
P:7.2 乙方应按照网络安全等级保护三级要求落实访问控制、加密存储、操作审计等措施，实施人员须经甲方审批并通过堡垒机操作，不得将数据拷贝出甲方网络。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第八条 保密
P:8.1 乙方对履行本合同中知悉的甲方工作秘密、优抚对象信息及其他非公开信息负有保密义务，保密期限不因合同终止而终止。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的程序、源代码、接口及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。平台基础软件的知识产权仍归乙方，甲方获得永久使用许可。
P:9.2 乙方保证所交付成果不侵犯第三方权利。第三方提出侵权主张的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果不符合约定且逾期未整改的，甲方有权要求乙方支付合同总价10%的违约金，并赔偿由此造成的损失。
H:第十一条 分包
P:11.1 本项目不得分包，乙方亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：泸阳市退役军人事务局    乙方（盖章）：华拓数政科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H313Z02 = """
T:纺丝卷绕控制系统改造项目合同
P:合同编号：TXHX-JS-2026-0093
P:甲方（买方）：桐溪化纤有限公司
P:乙方（卖方）：恒控自动化工程有限公司
P:甲方拟对涤纶长丝车间A、B两条纺丝线的卷绕控制系统进行改造，乙方具备相应设计、供货和调试能力。双方依据《中华人民共和国民法典》，在平等自愿基础上签订本合同，共同遵守。
H:一、改造范围
P:（一）更换A、B线共48个卷绕头的变频驱动单元，新增PLC主站及远程I/O，加装张力与速度在线检测装置，更换操作站。
P:（二）重新编制卷绕控制程序，完成工艺参数整定，开发与甲方MES系统的数据接口，实现断丝报警、满卷自动切换和产量数据上传。
P:（三）改造须利用甲方计划停车检修窗口完成，每条线停车时间不超过10日。A线改造完成并稳定运行后方可开始B线改造。
P:（四）乙方负责改造方案设计，方案应包括电气原理图、控制逻辑说明、网络拓扑、停车及恢复生产计划和安全措施，经甲方工艺、设备、安全部门会审确认后实施。
P:（五）原有可利用的电缆、桥架和机柜由乙方评估后提出利旧清单，经甲方同意后使用；拆除的旧设备归甲方所有，由乙方清点移交甲方仓库。
H:二、合同价格
P:（一）合同总价为人民币贰佰肆拾贰万元整（¥2,420,000），含13%增值税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|卷绕头变频驱动单元|48套|1,056,000
TB:2|PLC主站及远程I/O|1批|486,000
TB:3|张力/速度在线检测装置|48套|218,000
TB:4|HMI操作站|6台|96,000
TB:5|卷绕控制软件许可|1套|180,000
TB:|软硬件小计||2,036,000
TB:6|安装调试|1项|212,000
TB:7|工艺参数整定及MES接口开发|1项|148,000
TB:8|操作及维护培训|1项|24,000
TB:|合同总价||2,420,000
P:（二）上述价格为固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内的服务。除经甲方书面确认的设计变更外，甲方不再支付其他任何费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并经双方开箱清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为验收。
P:（三）系统通过终验后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后无息退还。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方车间，并在甲方通知的停车窗口内完成安装。
P:（二）乙方应提前10日通知甲方发货时间，设备运至甲方指定仓库，由双方共同开箱清点，发现短缺、损坏或型号不符的，乙方应在7日内补发或更换。
P:（三）乙方施工人员应遵守甲方安全生产和动火、登高作业管理规定，进场前接受甲方安全交底。因乙方施工造成的人身伤害或财产损失由乙方负责。
P:（四）乙方应随货提供装箱单、合格证、出厂检验报告及原产地证明，并在终验前移交电气图纸、程序清单、操作手册和维护手册。
H:五、验收
P:（一）单线改造完成后进行带料试车，连续运行168小时，满卷率不低于98.5%，断丝自动检测准确，张力波动在±2 cN范围内，MES接口数据与现场计量一致。
P:（二）两条线均通过试车并稳定运行30日后，由甲方组织终验，出具书面终验报告。试车通过或设备投入生产均不代表终验合格。
P:（三）验收不合格的，乙方应在10日内整改并承担重新验收的费用。两次验收仍不合格的，甲方有权要求乙方更换设备或退货。
P:（四）培训分操作培训和维护培训两部分，操作培训覆盖甲方各班组的挡车工和班长，维护培训覆盖甲方电仪人员，培训后应能独立完成日常操作、参数修改和常见故障处理。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费修理或更换故障设备和部件，并免费提供软件缺陷修复。
P:（二）乙方应提供7×24小时服务电话，并指定一名熟悉本项目的工程师作为质保期服务负责人，人员变更应提前通知甲方。
P:（三）故障分级与响应：一级故障（整条纺丝线停车）乙方应在30分钟内远程响应，3小时内到达现场；二级故障（单个卷绕位停机）2小时内响应，次日内修复。
P:（四）乙方未按时响应或到场的，每延迟一小时甲方可扣减质量保证金人民币1,500元。
P:（五）乙方应在甲方现场常备变频驱动单元、I/O模块等易损备件各不少于2套，备件消耗后10日内补足。
P:（六）质保期满后，乙方提供维保服务（备件更换、定期巡检、程序维护及远程支持），年度维保费按软硬件小计的18%计取，即每年人民币366,480元，维保合同每年签订一次，前三个维保年度单价不变。
H:七、数据与网络安全
P:（一）卷绕控制系统采集的生产数据、工艺参数和配方均属于甲方，乙方仅为调试和维保使用，不得复制带离或用于其他客户。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的VPN和工业防火墙接入，全程留存操作记录；乙方接入设备须经病毒查杀。
P:（三）乙方交付的程序不得含有定时停机、远程锁定等限制功能。
P:（四）因乙方原因导致数据泄露、系统被入侵或生产中断的，乙方应在2小时内报告甲方，并赔偿甲方全部损失。
H:八、保密
P:乙方及其人员对甲方的工艺参数、配方、产能及经营信息负有保密义务，未经甲方书面许可不得向任何第三方披露。本条在合同终止后继续有效。
H:九、知识产权
P:乙方为本项目编制的PLC程序、HMI画面、MES接口程序及技术文档归甲方所有，乙方应交付源程序，甲方可自行修改。卷绕控制软件平台本身的知识产权归乙方，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
P:（三）乙方提供的设备或软件存在质量问题给甲方造成停产损失的，乙方应承担修复费用并赔偿甲方的直接损失。
H:十一、分包
P:乙方可将电气安装、桥架敷设等施工作业分包给具备资质的单位，但应提前五个工作日书面告知甲方分包单位名称及作业内容。乙方对分包单位的工作负责。
H:十二、合同解除
P:乙方严重违约致使合同目的不能实现，或经甲方书面通知后15日内仍未纠正违约行为的，甲方有权解除合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应及时书面通知对方，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十五、其他
P:（一）本合同附件为技术协议、设备清单和施工方案，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:（二）本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方：桐溪化纤有限公司（盖章）    乙方：恒控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H313Z03 = """驰亮汽车服务连锁门店预约及会员管理系统服务合同

合同编号：YB-SaaS-2026-0318

甲方：驰亮汽车服务连锁有限公司（以下简称"甲方"）
住所：佛山市南海区桂澜北路126号
乙方：云泊数字科技有限公司（以下简称"乙方"）
住所：广州市天河区华观路1933号

鉴于甲方在广东省内经营55家汽车美容门店，需要统一的线上预约、会员、储值卡及门店开单系统；乙方拥有"云泊车服"SaaS平台。双方经友好协商，就甲方订阅该平台并由乙方提供实施服务事宜，达成如下协议。

第一条 服务内容
（1）乙方向甲方55家门店开通"云泊车服"平台门店版账号，包括预约排班、会员及储值、洗美项目开单、库存耗材、员工提成和经营报表模块，以及甲方品牌的微信小程序。
（2）乙方提供实施服务：历史会员及储值余额数据迁移、小程序页面按甲方品牌设计配置、门店收银设备对接、店长及前台培训。
（3）门店数量增加的，新增门店按本合同单价按月折算计费；门店关闭的，甲方可提前30日书面通知停用该门店账号，自下一服务年度起相应减少订阅费。
（4）平台功能版本升级由乙方统一进行，升级不得降低本合同约定的功能，重大升级应提前7日通知甲方。

第二条 服务期限
（1）服务期为三个服务年度，首个服务年度自系统上线验收合格之日起计算。
（2）服务期届满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，续订次数不限。
（3）每次续订时，乙方有权根据市场及成本情况上调订阅单价，上调幅度不超过上一服务年度单价的10%，乙方以书面或系统公告方式通知甲方即可生效。

第三条 费用
费用由订阅费和实施费两部分组成，具体如下：
（1）订阅费：每家门店每个服务年度人民币3,600元，55家门店每个服务年度合计人民币198,000元，三个服务年度合计人民币594,000元。
（2）实施费：一次性人民币86,000元。
（3）本合同总价为人民币680,000元（含6%增值税）。短信条数超出套餐部分按实际用量另行结算，不计入合同总价。

第四条 付款方式
（1）合同签订后10个工作日内，甲方一次性支付实施费及首个服务年度订阅费，合计人民币284,000元。乙方收款后启动实施。
（2）乙方收款后应在5个工作日内开通全部门店的测试账号，并向甲方提交实施计划。
（3）第二、第三服务年度的订阅费，甲方应在该服务年度开始前10个工作日内支付。
（4）乙方应在收款前开具合规发票，发票抬头为甲方，门店费用可按甲方要求分开开具。
（5）新增门店的订阅费按该门店开通之日至当期服务年度结束的剩余月数折算，随下一期订阅费一并支付。

第五条 实施与上线验收
（1）乙方应在收到首笔款项后45日内完成全部55家门店的上线。
（2）上线验收标准：历史会员、储值余额与甲方原系统逐户核对一致；55家门店均能完成预约、开单、储值消费和交班对账全流程；小程序在高峰时段（500人同时在线）页面响应不超过2秒；门店收银设备对接测试通过。
（3）乙方应在上线前提交实施方案、数据迁移核对报告和门店上线计划，经甲方确认后执行。数据迁移应在门店营业结束后进行，不得影响门店正常营业。
（4）甲方在乙方提交验收申请后7个工作日内组织验收并签署上线验收单。门店开始试用不视为验收合格。
（5）乙方应为每家门店的店长和前台至少各培训1人，提供操作手册和培训视频，并在上线首周安排实施顾问驻点巡店。
（6）乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币600元。

第六条 服务水平
（1）平台月可用率不低于99.95%，计划维护应安排在凌晨1点至5点之间并提前48小时通知甲方，不计入不可用时间。
（2）一级故障（全部或多数门店无法开单、收款）：乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：1小时内响应，当日内解决。
（3）月可用率低于约定值的，按当月订阅费的5%抵扣下期费用；低于99%的，按10%抵扣。一级故障恢复超时的，每超时一小时按当月订阅费的1%抵扣。
（4）乙方设立7×24小时服务热线和在线工单渠道，每月向甲方提交服务报告，列明可用率、故障及处理情况。

第七条 数据归属与数据安全
（1）甲方会员信息、车辆信息、交易和储值数据均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他用途，不得向第三方提供。
（2）乙方应将数据存储于中国境内的数据中心，每日进行全量备份，备份保留不少于30日，落实网络安全等级保护三级要求，对个人信息加密存储，实行最小权限访问并留存操作日志。
（3）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方因此遭受的全部损失，包括向会员赔付的金额。
（4）乙方应定期开展安全漏洞扫描和渗透测试，发现高危漏洞的应在48小时内修复，并将结果告知甲方。
（5）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。

第八条 知识产权
（1）平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方定制的小程序页面设计、会员等级及储值规则配置、专用报表模板归甲方所有，甲方可自行或委托他人使用、修改。
（3）乙方保证平台及定制内容不侵犯第三方知识产权；第三方提出权利主张的，由乙方负责处理并承担费用。

第九条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方原因造成数据泄露的赔偿不受此限。

第十条 转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

第十一条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除合同。
（2）乙方连续两个月月可用率低于99%的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（3）合同解除或服务期满不再续订的，乙方应给予甲方60日的过渡期，过渡期内保持账号可用并配合甲方将数据迁移至新系统，不另收费。

第十二条 不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，不承担相应责任。但乙方平台所在机房的一般性故障不属于不可抗力。

第十三条 通知
双方各指定一名项目联系人负责日常沟通。双方的通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向甲方住所地人民法院起诉。

第十五条 其他
（1）本合同附件包括：门店清单、平台功能清单、实施计划。附件与正文不一致的，以正文为准。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：驰亮汽车服务连锁有限公司        乙方（盖章）：云泊数字科技有限公司
授权代表：              授权代表：
日期：2026年  月  日        日期：2026年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H313Z04 = """汀州市建设工程质量监督管理系统年度运维服务合同

项目名称：汀州市建设工程质量监督管理系统2026年度运维服务
采购方式：竞争性磋商
合同编号：TZZJ-YW-2026-05

采购人（甲方）：汀州市建设工程质量监督站
供应商（乙方）：正衡信息技术有限公司

甲方通过竞争性磋商确定乙方为本项目成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件和乙方响应文件，双方订立本合同。

1. 服务范围
1.1 乙方负责甲方建设工程质量监督管理系统（含监督业务子系统、工程质量检测监管子系统、移动监督APP、数据交换接口）及其运行环境（应用服务器、数据库服务器、负载均衡设备）的日常运行维护。
1.2 服务内容包括：驻场运维、日常巡检、故障处理、数据备份与恢复演练、安全加固与漏洞修复、配合等级保护测评整改、用户咨询与培训、运维文档编制。
1.3 系统新增功能开发不属于本合同范围，需要时双方另行签订合同。因法规、标准调整需要对系统参数、表单、流程进行的小规模配置修改属于本合同服务内容。
1.4 乙方应与原系统开发单位做好工作交接，接收源代码、部署文档和账号，交接中发现的问题应书面报告甲方。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满本合同即终止，不自动续期。甲方如需继续采购，依法另行组织采购。

3. 合同金额
3.1 本合同总金额为人民币肆拾壹万捌仟元整（¥418,000），包括：
（1）驻场运维服务（2人，全服务期）：¥264,000；
（2）系统巡检、性能优化及运维文档：¥62,000；
（3）安全加固、漏洞修复及等级保护测评整改配合：¥48,000；
（4）数据备份、恢复演练及应急保障：¥44,000。
3.2 合同金额为固定价格，服务期内不作调整。合同金额已包括乙方人员工资、社保、差旅、工具软件及备件以外的全部费用；需要更换的硬件备件由甲方另行采购。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付。每季度结束后，甲方在完成季度考核后15个工作日内，按考核结果支付该季度服务费（合同总金额的四分之一），考核扣款从当季服务费中扣除。
4.3 乙方应在每次付款前开具合法有效的发票。

5. 服务要求与服务水平
5.1 乙方派驻2名运维工程师（其中至少1名具有数据库运维经验），工作日8:30至17:30在甲方现场值守，节假日安排电话值班。驻场人员须具备相应资质，更换人员须经甲方书面同意。
5.2 系统可用率（按月统计，计划停机除外）不低于99.5%。
5.3 故障分级及时限：一级故障（系统整体不可用、监督业务无法办理）乙方应在20分钟内响应，2小时内恢复；二级故障（单一子系统或功能异常）1小时内响应，8小时内解决；三级故障（一般问题和咨询）当日响应，3个工作日内解决。
5.4 乙方每月进行一次全面巡检，巡检内容包括服务器资源、数据库性能、日志告警、备份完整性和安全补丁状态，每季度进行一次备份恢复演练，并于次月5日前提交运维月报。
5.5 乙方应在合同生效后15日内提交年度运维方案，经甲方确认后执行。
5.6 重大活动保障、重要节假日及上级检查期间，乙方应按甲方要求增派技术人员现场保障，不另收费。
5.7 乙方应建立运维台账，记录每次故障的发生时间、响应时间、处理过程和恢复时间，作为考核依据。

6. 考核与扣款
6.1 甲方每季度按磋商文件所附考核细则对乙方进行考核。
6.2 一级故障响应或恢复超时的，每次扣款人民币2,000元；二级故障超时的，每次扣款人民币500元；月可用率低于约定值的，每低0.1个百分点扣款人民币1,000元。
6.3 季度考核得分低于80分的，甲方有权要求乙方更换驻场人员。
6.4 考核结果由甲方书面通知乙方，乙方有异议的，可在收到通知后5个工作日内提出书面说明，甲方应予复核。

7. 验收
7.1 服务期满后，乙方提交全年运维总结报告（含系统运行情况分析和下一服务期运维建议）、运维文档、备份介质清单及账号移交清单。
7.2 年度验收前，乙方应配合甲方完成账号口令变更、远程访问权限回收和备份介质清点。
7.3 甲方依据本合同第5条所列服务水平、季度考核结果和移交资料的完整性组织年度验收，出具书面验收意见。四个季度考核平均分不低于85分且移交资料完整的，为验收合格。

8. 违约责任
8.1 乙方未按期提交年度运维方案、运维月报或未按期完成甲方书面通知的安全整改事项的，每逾期一日按合同总金额的万分之三向甲方支付违约金。
8.2 因乙方原因导致系统数据丢失、损毁的，乙方应负责恢复并赔偿甲方损失。
8.3 乙方驻场人员未经甲方同意擅自离岗，或缺勤累计超过3个工作日的，甲方有权按缺勤天数扣减相应服务费。

9. 数据安全
9.1 系统中的工程项目信息、监督记录、检测数据及参建单位信息均属于甲方所有，乙方仅为履行运维服务接触和使用，不得复制、留存或用于其他用途。
9.2 乙方应遵守甲方信息安全管理制度，运维操作通过堡垒机进行并全程审计，不得擅自开放端口或安装远程工具。
9.3 发现数据泄露、篡改或网络攻击事件的，乙方应在1小时内报告甲方并按应急预案处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

10. 保密
10.1 乙方及其驻场人员对工作中知悉的甲方内部信息、系统账号口令及尚未公开的监督信息负有保密义务，驻场人员须签署保密承诺书。
10.2 保密义务在本合同终止后继续有效。
10.3 乙方驻场人员离场时，应交回门禁卡、办公设备和全部资料，并签署资料交接确认单。

11. 知识产权
11.1 乙方在本合同服务过程中为甲方编写的运维脚本、配置文件、优化程序和运维文档的知识产权归甲方所有。

12. 分包
12.1 乙方不得将本合同服务分包或转包给任何第三方。
12.2 乙方驻场人员应为乙方正式员工，乙方应向甲方提供其劳动合同和社保缴纳证明。

13. 合同解除
13.1 乙方严重违反本合同约定，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同发生的争议，由双方协商解决；协商不成的，向汀州仲裁委员会申请仲裁。

15. 不可抗力
15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

16. 其他
16.1 磋商文件、乙方响应文件及成交通知书为本合同组成部分。
16.2 本合同未尽事宜，由双方另行协商并签订补充协议。
16.3 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方：汀州市建设工程质量监督站（盖章）
乙方：正衡信息技术有限公司（盖章）
签订日期：2026年2月  日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, ## 第X条 + 1.1)
H313Z05 = """# 启明星ERP软件许可及实施服务合同

**（启明星软件标准合同文本 V5.0）**

合同编号：QMX-ERP-2026-1127

甲方（用户）：鲁香食品有限公司（花生酱及芝麻酱生产企业）

乙方（供应商）：启明星软件有限公司

甲方因生产经营管理需要，向乙方购买启明星ERP软件使用许可并委托乙方进行实施和定制开发。双方经协商一致，按照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供启明星ERP软件（财务、供应链、生产制造、质量追溯模块，60个并发用户）的永久使用许可。

1.2 乙方根据甲方需求进行定制开发，定制需求以双方签字确认的需求说明书为准，包括：花生原料批次及黄曲霉毒素检测数据接口、灌装线产量采集、经销商返利计算及专用报表。

1.3 乙方负责系统安装、基础数据初始化、期初数据导入及用户培训。

1.4 系统运行所需的服务器、数据库、操作系统及网络设备由甲方自行采购，乙方提供配置建议。

1.5 本合同未列明的功能、报表和接口，不属于本合同范围，甲方需要的，双方另行签订合同。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启明星ERP软件许可（四个模块，60用户） | 720,000 |
| 2 | 定制开发 | 260,000 |
| 3 | 实施服务（安装、初始化、培训） | 140,000 |
| | 合计 | 1,120,000 |

2.1 合同总价为人民币壹佰壹拾贰万元整（¥1,120,000），含税。

2.2 上述价格不包括乙方人员超出约定驻场天数的费用、第三方软件（数据库、操作系统）费用以及甲方要求的现场服务差旅费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥560,000。乙方收到款项后安排实施人员进场。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即¥560,000。

3.3 乙方收款后开具增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首付款后按双方确认的实施计划开展工作，计划上线时间为首付款到账后150日内。

4.2 因甲方需求变更、基础数据准备不及时等原因造成延误的，实施期限相应顺延。实施期间乙方顾问每月驻场不超过10个工作日，超出部分按乙方人天单价另行收费。

4.3 甲方应指定项目负责人和各模块关键用户，按实施计划提供业务资料、基础数据和测试环境，并及时确认乙方提交的方案和文档。

4.4 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统安装完成并在甲方上线运行后，即视为甲方验收合格。

5.2 甲方应在上线后开始使用系统。甲方未在乙方通知上线后10日内使用系统的，亦视为验收合格。

5.3 上线后甲方提出的新需求，按变更处理，另行收费。变更的工作量和费用由乙方评估，经甲方书面确认后实施，实施期限相应顺延。

## 第六条 免费维护与技术支持

6.1 乙方提供六个月的免费维护期，自系统上线之日起计算。免费维护期内乙方负责修复软件缺陷并提供远程技术支持。因甲方操作不当、擅自修改配置或硬件故障引起的问题不在免费维护范围内。

6.2 一级故障（系统无法登录或无法开单、出库）乙方在接到甲方通知后8小时内响应；其他问题在2个工作日内响应。

6.3 技术支持通过电话、邮件及远程方式提供，服务时间为工作日9:00至17:00。需要现场服务的，差旅费用由甲方承担。

6.4 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约责任。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年人民币201,600元。

7.2 年度维护费按年预付，甲方应在每个维护年度开始前付清。

7.3 年度维护服务内容包括软件缺陷修复、版本升级、远程支持。年度维护服务不包括新功能开发、报表修改和现场服务，甲方需要的，按乙方人天单价另行收费。未购买年度维护服务的，乙方不再提供任何升级和支持。

## 第八条 知识产权

8.1 启明星ERP软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、报表及相关文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可以对甲方业务数据进行脱敏处理后，用于乙方产品改进、行业分析及算法模型训练。

9.3 甲方应自行做好系统数据的日常备份。

9.4 乙方在实施和维护过程中应采取访问控制、传输加密等安全措施保护甲方数据；因乙方过错造成甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。甲方不得向第三方披露乙方的报价、实施方法及软件技术资料。本条在合同终止后两年内继续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不承担甲方的间接损失、利润损失及数据恢复费用。

11.3 因甲方服务器、网络、操作不当或第三方软件造成的问题，乙方不承担责任。

## 第十二条 培训

乙方为甲方提供不超过10人次的关键用户培训和不超过5人次的系统管理员培训，培训在甲方现场进行。超出部分按乙方人天单价另行收费。

## 第十三条 不可抗力

因不可抗力或政策变化导致合同不能履行的，双方互不承担责任，已支付的款项不予退还。

## 第十四条 合同解除

一方严重违约，经另一方书面通知后30日内仍未改正的，另一方可以解除本合同。合同解除后，甲方应停止使用乙方软件，已支付的软件许可费不予退还，实施服务费按已完成工作量结算。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地（济南市）有管辖权的人民法院诉讼解决。

## 第十六条 其他

16.1 本合同为乙方标准文本，双方对条款均已充分理解。乙方的报价单、实施方案为本合同附件。

16.2 任何一方变更名称、地址或联系方式的，应在变更后7日内书面通知对方。

16.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：鲁香食品有限公司　　　　乙方（盖章）：启明星软件有限公司

代表签字：　　　　　　　　　　　　　　代表签字：

日期：2026年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H313E01 = """
T:SOFTWARE LICENCE AGREEMENT
P:Agreement No. CHR-CN-2026-044
P:This Software Licence Agreement (the "Agreement") is made between Weifang Hongtu Woodblock New Year Print Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 17 Yangjiabu Folk Art Street, Hanting District, Weifang, Shandong Province (the "Buyer"), and Chromotypos Software Single Member S.A., a company incorporated in Greece with its registered office on Nisida Stroggylo, Greece (the "Vendor").
H:Background
P:(A) The Buyer produces traditional woodblock New Year prints and reproductions, and prepares colour separations for each block by hand from scanned originals.
P:(B) The Vendor publishes SepiaSep Studio, a desktop application for colour separation and block registration, and has offered to license it to the Buyer together with installation, calibration and training.
P:(C) The parties wish to record the terms on which the licences and services are supplied.
H:Article 1 Definitions
P:1.1 "Software" means SepiaSep Studio version 7 and the Woodblock Registration Module, in object code, with the user documentation.
P:1.2 "Custom Profiles" means the colour profiles, pigment libraries, separation presets and registration templates that the Vendor prepares for the Buyer's pigments, papers and blocks under Article 4.
P:1.3 "Acceptance" means the Buyer's signature of the acceptance certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on eight workstations at the Buyer's premises in Weifang for the Buyer's own business.
P:2.2 The Buyer may make one back-up copy of the Software and may move a licence to a replacement workstation by deactivating it on the old one.
P:2.3 The Buyer shall not reverse engineer, decompile or sublicense the Software, except as permitted by mandatory law.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY). The prices are fixed and include all taxes, duties, shipping and travel costs of the Vendor.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:SepiaSep Studio perpetual licence|8|38,500|308,000
TB:Woodblock Registration Module perpetual licence|8|9,000|72,000
TB:Licence subtotal|||380,000
TB:Installation and calibration of Custom Profiles|1 lot|64,000|64,000
TB:On-site training (5 days)|1 lot|22,000|22,000
TB:Contract Price|||466,000
P:3.2 The Contract Price is CNY 466,000. It does not change during performance of this Agreement.
H:Article 4 Delivery, Installation and Calibration
P:4.1 The Vendor shall deliver licence keys and installation files within 20 days after signature of this Agreement.
P:4.2 Within 45 days after signature the Vendor's engineer shall install the Software on the eight workstations, profile the Buyer's two scanners and three proof printers, build pigment libraries for the Buyer's mineral and plant pigments, and prepare registration templates for the Buyer's standard block sizes.
P:4.3 The Vendor shall state in writing, before delivery, the minimum workstation, operating system and monitor requirements of the Software. The Buyer is responsible for providing workstations that meet them; the Vendor shall check them on its first visit and report any shortfall at once.
P:4.4 The Buyer shall provide the sample prints, pigment swatches, paper samples and access to its workshop reasonably required for calibration.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 93,200) within 15 days after signature of this Agreement, against the Vendor's invoice.
P:5.2 The Buyer shall pay the remaining 80% of the Contract Price (CNY 372,800) within 20 days after Acceptance, against the Vendor's invoice and the signed acceptance certificate.
P:5.3 Payments are made by bank transfer in CNY to the account named in the invoice. Bank charges outside China are for the Vendor.
H:Article 6 Acceptance
P:6.1 After installation and calibration the parties shall carry out acceptance tests at the Buyer's workshop within 10 days.
P:6.2 The tests are passed when: (a) the Software runs on all eight workstations with the licences activated; (b) five test originals chosen by the Buyer are separated into their block layers with the Custom Profiles; (c) the printed proofs of each layer register within 0.2 mm on the standard block sizes; (d) colour difference between proof and reference swatch is no more than Delta E 3 for each pigment in the library; and (e) the training has been given and the documentation delivered.
P:6.3 If the tests are passed, the Buyer shall sign the acceptance certificate. If they are not passed, the Vendor shall correct the defects and repeat the tests within 10 days. Installation or use of the Software by the Buyer is not Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for eighteen months after Acceptance the Software will perform substantially in accordance with its documentation and the Custom Profiles will meet the criteria of Article 6.2.
P:7.2 During the warranty period the Vendor shall correct reproducible defects free of charge and provide updates and new versions of the Software when released.
P:7.3 The warranty does not cover defects caused by modification of the Software by the Buyer or by use on hardware that does not meet the published requirements.
H:Article 8 Support
P:8.1 The Vendor provides support by e-mail and by remote session in English and Chinese during its normal business hours.
P:8.2 The Vendor will use commercially reasonable efforts to answer support requests and to resolve reported problems. No response or resolution times apply to support under this Agreement.
H:Article 9 Software Maintenance after the Warranty
P:9.1 After the warranty period the Buyer may order Software Maintenance (updates, new versions and support under Article 8) for each year at 11% of the licence subtotal, that is CNY 41,800 per year.
P:9.2 This fee is fixed for the first three years after the warranty. Any later change shall be agreed in writing. Software Maintenance is ordered by purchase order and does not renew automatically.
H:Article 10 Buyer Data and Data Security
P:10.1 Scans of the Buyer's originals, block designs, separation files and other files handled by the Software ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement.
P:10.2 The Software stores Buyer Data only on the Buyer's workstations and does not send it to the Vendor. Remote support sessions take place only with the Buyer's approval for each session and under the Buyer's supervision; the Vendor shall not copy Buyer Data out of a session, and any sample files sent for diagnosis shall be encrypted and deleted when the case is closed.
P:10.3 The Vendor shall notify the Buyer within 24 hours of any loss of, or unauthorised access to, Buyer Data in its hands and shall be responsible for the losses caused by a breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's designs, pigment recipes and customer lists, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 12 Intellectual Property
P:12.1 The Software remains the property of the Vendor and its licensors.
P:12.2 The Custom Profiles and all other deliverables prepared specifically for the Buyer belong to the Buyer upon creation. The Buyer may use, modify and license them freely, including for use with other software. The Vendor shall deliver them in editable form.
P:12.3 The Vendor shall defend the Buyer against third-party claims that the Software or the deliverables infringe intellectual property rights and shall bear the damages and costs awarded.
H:Article 13 Delay and Liability
P:13.1 If the Vendor fails to deliver under Article 4.1 or to complete installation and calibration under Article 4.2 in time, it shall pay the Buyer liquidated damages of CNY 520 for each day of delay.
P:13.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 10 or wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the installation, calibration or training without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:15.2 If the Buyer terminates before Acceptance because of the Vendor's breach, the Vendor shall refund all amounts paid.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Greece.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, by one arbitrator, in English.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, if it notifies the other party promptly and takes reasonable steps to limit the delay. Time for performance is extended by the period of the delay.
H:Article 18 General
P:18.1 Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses stated above.
P:18.2 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
P:18.3 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H313E02 = """# Kassapilv Ticketing Cloud - Order Form and General Terms

Order Form No. KP-ORD-2026-0219

## PART A - ORDER FORM

**Customer:** Zhangjiajie Tianmen Skywalk Tourism Operation Co., Ltd., No. 6 Tianmen Road, Yongding District, Zhangjiajie, Hunan Province, People's Republic of China ("Customer").

**Provider:** Kassapilv OU, a private limited company registered in Estonia, with its registered office on Rammu island, Harju County, Estonia ("Provider").

**Service:** Kassapilv Ticketing Cloud, Attraction Edition: online and on-site ticket sales for the glass skywalk and cliff-path attractions, timed-entry slots and capacity control, turnstile and QR-code gate validation, online travel agency (OTA) channel connectors, group and tour-operator bookings, refunds, and sales reporting.

**Sites and volume:** two entrance plazas, 14 ticket windows, 22 gate lanes, up to 45,000 tickets per day.

### A1. Fees

At Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 3 Subscription Years | 268,000 per Subscription Year |
| Subscription Fees for the Initial Term | 3 x 268,000 | 804,000 |
| Onboarding (gate integration, OTA connectors, data migration, training) | one-time | 96,000 |
| **Total fees for the Initial Term** | | **900,000** |

Tickets above 45,000 per day on more than ten days in a Subscription Year are charged at CNY 0.20 per ticket. These usage charges are not included in the total above.

### A2. Term

The Initial Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date. This Order Form does not renew automatically; any further term requires a new Order Form signed by both parties.

### A3. Invoicing and payment

(a) The Onboarding fee is invoiced on the Go-Live Date, after Customer has signed the Go-Live Acceptance certificate.

(b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) Nothing is payable before the Go-Live Date.

### A4. Onboarding plan

Provider will configure the Service, connect the 22 gate lanes and the four OTA channels listed in Annex 1, migrate season-pass holders and tour-operator accounts from Customer's current system, and train Customer's ticketing staff. The target Go-Live Date is 75 days after signature of this Order Form.

### A5. Go-Live Acceptance

Before the Go-Live Date Customer will run acceptance tests with Provider's assistance. The tests are passed when:

(a) tickets can be sold at all 14 windows and through the four OTA channels, and each sale appears in the sales report within one minute;

(b) all 22 gate lanes validate QR codes and reject used, expired and wrong-slot tickets, with a validation time of no more than 1 second per ticket;

(c) timed-entry capacity limits stop sales once a slot is full;

(d) a load test of 6,000 ticket sales within one hour completes without error; and

(e) migrated season-pass and tour-operator records match Customer's extract.

When the tests are passed Customer signs the Go-Live Acceptance certificate, and that date is the Go-Live Date. Use of the Service for live sales before that signature is not acceptance.

### A6. Contacts

Each party names a project lead for onboarding and an operational contact for the term. Customer's ticketing manager approves configuration changes, price rules and new channels; Provider's customer success manager holds a monthly review with Customer during the first Subscription Year and quarterly afterwards.

### A7. Signatures

Signed for Customer: ____________________ Name / title / date

Signed for Provider: ____________________ Name / title / date

## PART B - GENERAL TERMS

### B1. Application

These General Terms form part of the Order Form. If they conflict with Part A, Part A prevails. Terms printed on purchase orders or invoices of either party do not apply. Capitalised terms have the meaning given in Part A or in the Documentation, which is the user and administrator guide published by Provider for the Attraction Edition.

### B2. Provision of the Service

2.1 Provider will provide the Service in accordance with the Documentation and this Order Form and will keep it hosted on cloud infrastructure located in mainland China.

2.2 Provider may improve the Service from time to time but will not materially reduce its functions during the Initial Term.

2.3 Customer is responsible for its gate hardware, ticket-window computers and network connections at the Sites.

2.4 Provider will give Customer at least 30 days' notice of any new release that changes the operation of ticket windows or gate lanes, and will schedule such releases outside the Golden Week and Spring Festival peak periods named by Customer.

2.5 Provider will keep the sales and refund records required by Chinese tax and tourism rules available for export by Customer throughout the term.

### B3. Service levels

3.1 Provider aims to keep the Service available 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours ahead and carried out between 23:00 and 06:00 China time.

3.2 Incidents are classified and answered as follows: Priority 1 (ticket sales or gate validation unavailable at a Site) - response within 30 minutes, workaround within 2 hours; Priority 2 (a channel, report or function unavailable) - response within 2 hours; Priority 3 (other) - response within one Business Day.

3.3 The service levels in this clause B3 are targets. Provider will investigate every missed target and report on it, but no service credits, fee reductions, penalties or other compensation are payable for missing a target.

### B4. Customer Data

4.1 Customer Data means visitor, ticket, booking, payment-status and tour-operator data entered into or generated by the Service for Customer. As between the parties, Customer owns Customer Data.

4.2 Provider may process Customer Data to provide and support the Service.

4.3 Customer agrees that Provider may also compile aggregated and de-identified data derived from Customer Data, such as visitor volumes, booking lead times and channel mix, and use it to benchmark attractions, to develop and improve its products and to publish industry statistics, during and after the term. Such data will not identify Customer or any visitor.

### B5. Data security

5.1 Provider will keep the Service and Customer Data in data centres in mainland China, maintain an MLPS level 3 filing for the Service, encrypt personal information at rest and in transit, restrict access by its staff to named personnel with multi-factor authentication, and keep access logs for at least 180 days.

5.2 Provider will notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, will take immediate steps to contain it, and will bear the costs and losses caused to Customer by an incident resulting from Provider's breach of this clause B5.

5.3 At the end of the term Provider will return Customer Data in CSV format and then delete it within 30 days, and confirm the deletion in writing.

### B6. Confidentiality

Each party will keep confidential all non-public information received from the other party and use it only for the purposes of this Order Form. This obligation continues for three years after the end of the term.

### B7. Intellectual property

7.1 Provider owns the Service and the Documentation.

7.2 The ticket designs, price-rule configurations, report templates and gate-lane settings made for Customer belong to Customer, and Customer may use, modify and give them to a successor provider.

### B8. Go-Live Date and delay

Provider will use commercially reasonable efforts to reach the target Go-Live Date. If the Go-Live Date is later than the target, the Subscription Term simply starts later; Provider does not pay damages or other compensation for delay.

### B9. Liability

The total liability of each party under this Order Form is limited to twice the total fees for the Initial Term stated in Part A1. Neither party is liable for indirect or consequential loss. These limits do not apply to breach of clause B5 or to wilful misconduct.

### B10. Subcontractors and sub-processors

Provider shall not subcontract any part of the Service or appoint a sub-processor for Customer Data without Customer's prior written consent, except the cloud hosting provider named in Annex 2. Provider remains responsible for its subcontractors.

### B11. Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 On termination by Customer under clause 11.1, Provider will refund prepaid Subscription Fees for the period after termination.

### B12. Governing law and disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

### B13. Force majeure

Neither party is liable for failure caused by events beyond its reasonable control, including natural disaster, epidemic, government orders closing the scenic area, or a general failure of public networks, provided it notifies the other party promptly.

### B14. General

Notices must be in writing and sent to the addresses in Part A. Neither party may assign the Order Form without the other's written consent, which shall not be unreasonably withheld. Annex 1 (channels and gate lanes) and Annex 2 (hosting provider) form part of this Order Form.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H313E03 = """
T:Supply and Installation Contract - Orchard Weather and Soil Sensor Network
P:Contract No. XJ-PUR-2026-031
P:This Contract is made between Guangzhou Conghua Xianjin Lychee Plantation Co., Ltd., of Taiping Town, Conghua District, Guangzhou, Guangdong Province, People's Republic of China (the "Buyer"), and Egholm AgriSense ApS, a company registered in Denmark with its registered office on Egholm, Aalborg Municipality, Denmark (the "Contractor"). This Contract is on the Buyer's standard purchasing terms.
H:Section 1 Purpose and Scope
P:1.1 The Buyer grows lychee on about 420 hectares of hillside orchard. Frost in winter, heavy rain during flowering and heat stress before harvest cause large losses. The Buyer wishes to install a sensor network that gives field-level weather and soil readings and early alerts.
P:1.2 The Contractor shall supply, install, configure and commission 24 automatic weather stations, 64 soil moisture and temperature probes, 6 LoRaWAN gateways, and a perpetual licence of the OrchardSense platform installed on the Buyer's server, and shall configure frost, rain and heat alert models for the Buyer's blocks (the "System").
P:1.3 The Contractor shall train the Buyer's field managers and IT staff and deliver the documentation listed in Annex 2.
H:Section 2 Price
P:2.1 At the Buyer's request, all prices are in Chinese Yuan (CNY), including VAT, customs duties, delivery to site, insurance and the Contractor's travel costs. The prices are fixed for the duration of this Contract.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station with rain gauge, wind and leaf-wetness sensors|24|18,600|446,400
TB:2|Soil moisture and temperature probe, three depths|64|2,150|137,600
TB:3|LoRaWAN gateway with solar power kit|6|9,800|58,800
TB:4|OrchardSense platform perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||738,800
TB:5|Installation, site survey and sensor calibration|1 lot|78,200|78,200
TB:6|Configuration of frost, rain and heat alert models|1 lot|41,000|41,000
TB:7|Training (3 sessions)|1 lot|12,000|12,000
TB:|Contract Price|||870,000
P:2.2 The Contract Price is CNY 870,000.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 87,000) as an advance payment within 15 days after signature, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 478,500) within 20 days after the Buyer signs the Installation Certificate. The Installation Certificate confirms only that the equipment is delivered and mounted; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 304,500) within 20 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment is made against a valid VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 The Contractor shall deliver all equipment to the Buyer's orchard within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 Station and gateway positions shall follow the site survey approved by the Buyer. The Contractor shall protect trees and irrigation lines during installation and restore any damage at its own cost.
P:4.3 The Contractor shall give the Buyer 7 days' notice of each delivery. Equipment shall arrive new, in original packaging, with certificates of origin and conformity, and shall be suited to outdoor use in a hot, humid climate with heavy rain and typhoons.
P:4.4 Title to the equipment passes to the Buyer on delivery to site; risk passes on signature of the Installation Certificate.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 30 consecutive days.
P:5.2 Final Acceptance requires that: (a) all 24 stations and 64 probes report to the platform at their set intervals, with no more than 2% of readings missing over the trial period; (b) station temperature readings agree with a reference instrument within 0.3 degrees Celsius and probe moisture readings within 3 percentage points after calibration; (c) simulated frost, heavy-rain and heat events trigger alerts to the named managers by SMS and app within 5 minutes; (d) the Buyer's data export and backup run correctly; and (e) the training is complete and the documentation delivered.
P:5.3 The Buyer shall issue the Final Acceptance Certificate within 7 days after the criteria are met, or give written reasons for refusal. Delivery, installation, the trial run or use of the System are not acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Contractor shall repair or replace any defective equipment free of charge, including parts, labour, shipping and travel, provide platform updates and re-calibrate the sensors once a year before the frost season.
P:6.3 Replaced equipment carries a new warranty for the remaining warranty period or 6 months, whichever is longer.
H:Section 7 Support Service Levels
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Platform down, or frost or heat alerts not delivered|1 hour|8 hours (on site next day if hardware)
TB:Severity 2|A gateway or three or more stations offline|2 hours|2 business days
TB:Severity 3|Single probe fault or other problem|1 business day|5 business days
P:7.1 Incidents are reported to the Contractor's service hotline or by e-mail; the Contractor's monitoring shall also open an incident automatically when a station or gateway stops reporting. Response means a qualified engineer working on the incident by telephone or remote access.
P:7.2 For each hour by which the Contractor misses the response or restoration time of a Severity 1 incident, the Buyer may deduct CNY 800 from any amount due to the Contractor or claim it against the performance guarantee.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Contractor shall, if the Buyer orders it, provide annual support (repair, spare parts, platform updates, annual re-calibration and the service levels of Section 7) at 9% of the Hardware and Licence Subtotal per year, that is CNY 66,492 per year.
P:8.2 This fee is fixed for the first two years after the warranty; any later change requires the Buyer's written agreement. Support is ordered year by year by purchase order and does not renew automatically.
H:Section 9 Buyer Data and Data Security
P:9.1 All weather, soil, alert and orchard-map data collected or produced by the System belong to the Buyer. The Contractor may use them only to install, support and maintain the System.
P:9.2 The platform runs on the Buyer's server in the Buyer's office. The Contractor's remote access requires the Buyer's approval for each session, uses the Buyer's VPN, and is logged. Gateway traffic shall be encrypted. The Contractor shall not copy Buyer data outside the Buyer's systems.
P:9.3 The Contractor shall report any security incident affecting the System or Buyer data within 12 hours, assist the Buyer in containing it, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 The Contractor shall keep confidential the Buyer's orchard maps, yield records, business plans and other non-public information, and shall not disclose them to any third party without the Buyer's prior written consent, during this Contract and for three years after it ends.
H:Section 11 Intellectual Property
P:11.1 The alert model configurations, thresholds, dashboards, site survey and other deliverables prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The OrchardSense platform remains the Contractor's, licensed perpetually to the Buyer under Section 1.2.
H:Section 12 Delay Damages and Liability
P:12.1 If the Contractor fails to meet the delivery or installation dates in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Contractor under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 13 Subcontracting
P:13.1 The Contractor shall not subcontract any part of the work without the Buyer's prior written consent. Civil works for station foundations may be done by a local subcontractor approved by the Buyer in writing. The Contractor remains responsible for all subcontractors.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Contractor commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Contractor shall refund the amounts paid for work not accepted, and the Buyer may recover its additional costs of completing the work.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:Section 16 General
P:16.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above. Changes to this Contract must be in writing and signed by both parties.
P:16.2 This Contract is made in English and Chinese; both versions have equal force. Annex 1 (site survey and station positions) and Annex 2 (documentation list) form part of it.
P:For the Buyer: ____________________    For the Contractor: ____________________
P:Date:    Date:
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H313E04 = """# Managed Microsoft 365 Services Agreement

Agreement reference: VCW-NB-2026-008

**Between**

(1) **Ningbo Hanmo Stationery Co., Ltd.**, a company incorporated in the People's Republic of China, whose registered office is at No. 288 Binhai Fourth Road, Hangzhou Bay New Zone, Ningbo, Zhejiang Province (the "Customer"); and

(2) **Vikna Cloudworks AS**, a company incorporated in Norway, whose registered office is at Rorvik, on the island of Vikna, Trondelag, Norway (the "Provider").

**Background**

A. The Customer makes pens, notebooks and school stationery and has about 640 staff in Ningbo and at two sales offices. It uses Microsoft 365 operated by 21Vianet in China for e-mail, Teams, SharePoint and OneDrive, and buys its subscriptions separately from an authorised reseller.

B. The Customer wishes to hand the administration, security configuration and end-user support of its Microsoft 365 environment to the Provider, which has agreed to provide that service from its Ningbo delivery team on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in clause 3 and Schedule 1.

1.2 "Tenant" means the Customer's Microsoft 365 tenant and the accounts, data and settings in it.

1.3 "Transition" means the onboarding work in clause 4, ending on Transition Acceptance.

1.4 "Service Term" means twenty-four months from the date of Transition Acceptance.

1.5 "Charges" means the charges in Schedule 2.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Service Term.

2.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall administer the Tenant: user accounts and licence assignment, mailbox and Teams policies, SharePoint sites and permissions, conditional-access and multi-factor authentication settings, data-loss-prevention and retention policies, and device enrolment for company laptops and phones.

3.2 The Provider shall run a service desk for Microsoft 365 questions and incidents in Chinese and English from 8:00 to 20:00 on Business Days, with on-call cover for Priority 1 incidents at all other times.

3.3 The Provider shall keep the Customer's two IT coordinators informed of every change it makes to the Tenant, record each change in a change log that the Customer can read at any time, and obtain the Customer's approval in advance for changes that affect all users or the sign-in experience.

3.4 The Provider shall review security alerts every Business Day, apply Microsoft's recommended baseline settings, run a monthly access review and report to the Customer each month.

3.5 The Provider shall carry out up to 16 hours per month of small changes requested by the Customer, such as new shared mailboxes, Teams templates, SharePoint permission changes and policy adjustments, within the Service Charge. Larger projects are quoted separately.

3.6 The Microsoft 365 subscriptions, and the availability of the Microsoft 365 platform itself, are outside the Provider's responsibility; the Provider shall raise and follow platform incidents with 21Vianet on the Customer's behalf.

## 4. Transition and Transition Acceptance

4.1 Within 45 days after signature the Provider shall document the current Tenant, take over administrator access, set up its monitoring and service desk, migrate the 38 shared mailboxes still held on the Customer's old mail server, and train the Customer's IT coordinators.

4.2 Transition Acceptance requires that: (a) all administrator roles are held by named Provider staff and the Customer's two emergency accounts; (b) the shared mailboxes have been migrated with item counts matching the source; (c) multi-factor authentication is enforced for all users; (d) the service desk has handled tickets for ten consecutive Business Days within the times in Schedule 1; and (e) the Tenant documentation and runbooks have been delivered.

4.3 During Transition the Customer's IT coordinators remain responsible for day-to-day support, and the Provider shall agree a written hand-over plan with them, including a list of known issues and open tickets.

4.4 The Customer shall confirm Transition Acceptance in writing within 5 Business Days after the Provider shows that the criteria are met, or state in writing which criteria are not met.

4.5 If Transition Acceptance is not reached within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

## 5. Service levels and service credits

5.1 The Provider shall meet the response and resolution times in Schedule 1 and report its performance against them in the monthly service report.

5.2 If in any month the Provider misses the Priority 1 response time, or misses more than 5% of all response times, the Customer is entitled to a service credit of 5% of that month's Service Charge for each such failure, up to 20% of the monthly Service Charge. Credits are deducted from the next invoice.

## 6. Charges and payment

6.1 At the Customer's request, all Charges are stated and paid in Chinese Yuan (CNY).

6.2 The Transition Charge is invoiced after Transition Acceptance. The monthly Service Charge is invoiced monthly in arrears from the first month after Transition Acceptance. Invoices are payable within 30 days. No amount is payable in advance.

6.3 The Charges are fixed for the Service Term.

6.4 If the number of users grows beyond 760, the parties shall agree in writing an adjusted Service Charge; until then the Service Charge in Schedule 2 applies.

## 7. Customer Data and security

7.1 All data in the Tenant, including e-mail, files, chats and account information ("Customer Data"), belongs to the Customer. The Provider may access it only as needed to perform the Services and shall not copy, keep or use it for any other purpose.

7.2 The Provider shall use named administrator accounts with multi-factor authentication and privileged access only on request, keep all administrator actions logged, and deliver the Services from its team in mainland China; Customer Data shall not be transferred out of mainland China.

7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting the Tenant that it detects or causes, shall take immediate containment steps, and shall be responsible for the Customer's losses caused by its breach of this clause 7.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including the Customer's product designs, prices and customer lists, use it only for this Agreement and not disclose it to third parties without prior written consent. This clause survives termination for three years.

## 9. Intellectual property

The Tenant configuration, scripts, policies, runbooks and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and hand them to any successor provider.

## 10. Liability

The total liability of each party under this Agreement is limited to 150% of the total Charges in Schedule 2. This limit does not apply to breach of clauses 7 or 8, personal injury or wilful misconduct.

## 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after written notice, or if service credits reach their monthly maximum in three consecutive months.

12.2 On expiry or termination the Provider shall hand over administrator access, documentation and runbooks to the Customer or its successor within 10 Business Days and give reasonable exit assistance at the rates in Schedule 2.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of Norway.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Oslo under the Arbitration Rules of the Oslo Chamber of Commerce, by a sole arbitrator, in English.

## 14. General

14.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, changes and the security posture of the Tenant.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

14.3 This Agreement, with its Schedules, is the entire agreement on its subject. Changes must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 - Priorities and service levels

| Priority | Description | Response | Resolution or workaround |
|---|---|---|---|
| P1 | Sign-in, e-mail or Teams unavailable for a site or for the management team | 30 minutes, at any time | 3 hours |
| P2 | A service or function unavailable for a group of users | 1 hour in service-desk hours | 8 service-desk hours |
| P3 | A single user affected | 2 service-desk hours | 2 Business Days |
| P4 | Request or question | 1 Business Day | 5 Business Days |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 58,000 |
| Service Charge | 32,500 per month x 24 months | 780,000 |
| **Total Charges for the Service Term** | | **838,000** |
| Exit assistance beyond 10 Business Days | per engineer day | 3,200 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H313E05 = """REGISTRY CHECK API SUBSCRIPTION AGREEMENT

Agreement No.: RD-SZ-2026-0107

PARTIES

Customer: Shenzhen Qianhai Hengtong Cross-Border Payment Co., Ltd., Room 1806, Qianhai Enterprise Hub, Nanshan District, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

Vendor: Registar Data d.o.o., a limited liability company registered in Croatia, with its registered office on Otok Sveti Andrija, Dubrovnik-Neretva County, Croatia ("Vendor").

RECITALS

Customer provides cross-border collection and payment services to merchants and must verify the legal existence, registration status, directors and beneficial owners of overseas merchants and counterparties before onboarding them and periodically afterwards.

Vendor operates the Registar Check API, which returns company-registry extracts, officer and shareholder data and status-change alerts from official registries in more than 120 jurisdictions.

The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Registar Check application programming interface and its documentation.

1.2 "Subscription Year" means each consecutive period beginning on the Service Start Date or an anniversary of it.

1.3 "Service Start Date" means the date on which Customer signs the Integration Acceptance record under clause 4.

1.4 "Subscription Term" means two Subscription Years from the Service Start Date.

1.5 "Business Days" means Monday to Friday, excluding public holidays in mainland China, and "Business Hours" has the meaning given in the Schedule.

1.6 "Query Data" means the company names, registration numbers, jurisdictions and other search parameters that Customer submits to the API, and the results returned to Customer.

2. SERVICE

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from Customer's production and test systems for Customer's own compliance and onboarding checks, up to the query allowance in the Schedule.

2.2 Vendor will provide a test environment, API keys, the field mapping between registry data and Customer's merchant-risk system, and integration support during onboarding.

2.3 Unused queries do not carry over to the next Subscription Year. Customer may check its query count at any time in Vendor's customer portal, and Vendor shall warn Customer by e-mail when 80% and 95% of the annual allowance have been used, so that Customer can plan its periodic re-checks of existing merchants.

2.4 Vendor may change the API if it gives Customer at least 90 days' notice of any change that breaks backward compatibility.

3. FEES AND PAYMENT

3.1 At Customer's request, all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule.

3.2 The Platform Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.

3.3 The Integration Fee is invoiced after Integration Acceptance and is payable within 30 days of invoice.

3.4 Queries above the annual allowance are charged monthly in arrears at the overage rate in the Schedule.

3.5 No fees are payable before the Service Start Date. The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the test environment, API keys and field mapping available within 10 Business Days after signature.

4.2 If Vendor is late in meeting clause 4.1, Vendor shall pay Customer CNY 450 for each day of delay, deducted from the Integration Fee.

4.3 Integration Acceptance requires that: (a) Customer's merchant-risk system completes 500 test queries across 20 jurisdictions chosen by Customer with correct field mapping for every field listed in the field mapping; (b) the median API response time in the test is below 1.5 seconds; (c) status-change alerts are received for 10 test companies; and (d) Vendor has delivered the integration documentation.

4.4 Vendor shall provide an integration engineer who is available in Business Hours during integration and who attends weekly calls with Customer's project team until Integration Acceptance.

4.5 Customer shall sign the Integration Acceptance record within 5 Business Days after the criteria are met or state which criteria are not met. Calls from production systems before that date do not amount to acceptance.

5. SERVICE LEVELS

5.1 Vendor shall make the API available 99.95% of each calendar month, measured at Vendor's API gateway and excluding scheduled maintenance notified 5 days in advance.

5.2 Incidents are handled as follows: Priority 1 (API unavailable or returning errors for more than 10% of calls): response within 30 minutes, at any time; Priority 2 (a jurisdiction unavailable or data more than 48 hours stale): response within 2 hours in Business Hours; Priority 3 (other): next Business Day.

5.3 Vendor shall publish the status of the API and of each registry connection on a status page and shall inform Customer's named contacts by e-mail when a Priority 1 incident starts and when it ends.

5.4 If availability in a month falls below the commitment in clause 5.1, Customer receives a service credit of 5% of one twelfth of the Platform Fee for each started 0.1 percentage point of shortfall, up to 50% of that amount. If Vendor misses a Priority 1 response time, Customer receives a credit of CNY 1,000 for each hour of delay. Credits are set off against the next invoice.

6. CUSTOMER DATA

6.1 Query Data belongs to Customer. Vendor shall use Query Data only to perform this Agreement and shall not sell it, disclose it to registries or third parties beyond what a query requires, or use it for any other purpose.

6.2 Customer is responsible for having a lawful basis for the queries it submits and for the use it makes of the results in its own compliance decisions.

6.3 Vendor will delete Query Data at the end of the Subscription Term unless Customer asks for an export before then.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's merchant lists and risk rules and Vendor's pricing, and shall not disclose it to third parties without the other party's prior written consent.

7.2 This clause does not apply to information that is public, already known to the recipient or required to be disclosed by law or a regulator. It survives the end of this Agreement for three years.

8. INTELLECTUAL PROPERTY

8.1 Vendor and its licensors own the API, the registry data compilations and the documentation.

8.2 The field mapping, integration code, risk-rule configurations and reports prepared specifically for Customer belong to Customer, which may use, modify and license them freely.

9. LIABILITY

9.1 Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10. SUBCONTRACTING

Vendor shall not subcontract the hosting or operation of the API, or any part of the integration services, without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

11. TERM AND CANCELLATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a further term requires a new written agreement.

11.2 The subscription is non-cancellable. Customer may not terminate this Agreement before the end of the Subscription Term for any reason; Customer's remedies for any failure by Vendor are the service credits under clause 5.4 and damages subject to clause 9.

11.3 At the end of the Subscription Term Vendor shall disable Customer's API keys, provide a final usage statement and, on request, a copy of the alert history for the monitored companies in CSV format.

11.4 Vendor may suspend the API or terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 30 days after a reminder, or uses the API in breach of clause 2.1.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, including the unavailability of an official registry, provided it informs the other party promptly. Vendor shall tell Customer as soon as it knows that a registry is unavailable and when it expects access to resume.

13.4 Vendor shall provide a monthly usage and availability report through its customer portal.

13.5 This Agreement, with the Schedule, is the entire agreement between the parties on its subject.

SIGNATURES

For Customer: ____________________  Name:  Title:  Date:

For Vendor: ____________________  Name:  Title:  Date:

SCHEDULE - FEES AND QUERY ALLOWANCE

Platform Fee: CNY 336,000 per Subscription Year, including 180,000 queries and status-change monitoring of up to 8,000 companies.

Platform Fees for the Subscription Term: 2 x CNY 336,000 = CNY 672,000.

Integration Fee (one-time): CNY 48,000.

Total fees for the Subscription Term: CNY 720,000.

Overage: CNY 2.10 per query above the annual allowance (not included in the total above). Overage is invoiced monthly in arrears with a statement of the queries counted.

Support hours: Business Hours are 09:00 to 18:00 China time on Business Days; Priority 1 incidents are handled at any time.
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Defaults = an ordinary compliant contract; each entry lists what differs.
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# stem: (ext, lang, category, term overrides, extra, expected rules, TCO inputs (licence/hardware base, annual fee) or None)
CONTRACTS = {
    "h313z01_veterans_bureau_preferential_care_platform": (
        "pdf", "zh", "software",
        dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, final_payment_on_acceptance=True,
             warranty_months=36, post_warranty_fee_pct=68000 / 680000 * 100, contract_kind="goods_or_licence"),
        dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
             contract_value=2186000),
        [], (680000, 68000)),
    "h313z02_chemical_fibre_winding_control_retrofit": (
        "docx", "zh", "hardware",
        dict(ld_rate_per_day_pct=0.08, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
             post_warranty_fee_pct=18, subcontract_without_consent=True, contract_kind="goods_or_licence"),
        dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
             contract_value=2420000),
        ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], (2036000, 366480)),
    "h313z03_car_care_chain_booking_membership_saas": (
        "txt", "zh", "cloud",
        dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
             ld_rate_per_day_pct=600 / 680000 * 100, liability_cap_pct=150, prepayment_pct=284000 / 680000 * 100,
             auto_renewal_price_increase=True),
        dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=680000),
        ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-PREPAYMENT"], None),
    "h313z04_quality_supervision_system_annual_om": (
        "txt", "zh", "services",
        dict(availability_pct=99.5, p1_response_hours=20 / 60, ld_rate_per_day_pct=0.03),
        dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=418000),
        ["CR-LD-LOW", "CR-SLA-AVAILABILITY"], None),
    "h313z05_peanut_butter_erp_supplier_template": (
        "md", "zh", "software",
        dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
             final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
             subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
        dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
             contract_value=1120000),
        ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
         "CR-WARRANTY"], (720000, 201600)),
    "h313e01_woodblock_print_studio_colour_separation_licences": (
        "pdf", "en", "software",
        dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=520 / 466000 * 100, liability_cap_pct=150,
             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
             governing_law="Greece", contract_kind="goods_or_licence"),
        dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
             contract_value=466000),
        ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], (380000, 41800)),
    "h313e02_skywalk_ticketing_saas_order_form": (
        "md", "en", "cloud",
        dict(availability_pct=99.95, sla_remedy=False, buyer_owns_data=False, liability_cap_pct=200),
        dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=900000),
        ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], None),
    "h313e03_lychee_orchard_weather_sensor_network": (
        "docx", "en", "hardware",
        dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
             contract_kind="goods_or_licence"),
        dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
             contract_value=870000),
        [], (738800, 66492)),
    "h313e04_stationery_maker_managed_m365": (
        "md", "en", "services",
        dict(ld_rate_per_day_pct=700 / 838000 * 100, liability_cap_pct=150, governing_law="Norway"),
        dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=838000),
        ["CR-GOVERNING-LAW"], None),
    "h313e05_payment_firm_registry_check_api": (
        "txt", "en", "cloud",
        dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=450 / 720000 * 100,
             liability_cap_pct=6 / 24 * 100, termination_for_breach=False),
        dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=720000),
        ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-TERMINATION"], None),
}
SOURCE_OF = {"h313z01": H313Z01, "h313z02": H313Z02, "h313z03": H313Z03, "h313z04": H313Z04, "h313z05": H313Z05,
             "h313e01": H313E01, "h313e02": H313E02, "h313e03": H313E03, "h313e04": H313E04, "h313e05": H313E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(value, warranty_months, tco_in):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; returns (tco, share %)."""
    if tco_in is None:
        return None
    base, fee = tco_in
    years_after = max(0.0, 5 - warranty_months / 12)
    service = years_after * fee
    return value + service, service / (value + service) * 100


def my_rules(t, x, tco_in):
    """My reading of policy.md §3, applied to my own labels (a consistency check of the hand-written lists)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(x["contract_value"], t["warranty_months"] or 0, tco_in)
        if res and res[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan
NUM = r"(?:%|％|\s*per\s*cent|\s*percent)"
CN_DIGIT = "零〇一二三四五六七八九十百两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.90*(?!\d)"],
    "P1 4 hours": [r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![%s])四\s*个?\s*小时" % CN_DIGIT,
                   r"\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*-?\s*(?:minutes?|mins?|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*(?!\d)\s*" + NUM, r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*" + NUM, r"百分之(?:一)?百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*" + NUM, r"百分之三十(?![一二三四五六七八九点])",
                        r"(?<![%s])三成" % CN_DIGIT, r"\bthirty\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?\s*" + NUM, r"百分之四十(?![一二三四五六七八九点])", r"(?<![%s])四成" % CN_DIGIT,
                 r"\bforty\s+per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?\s*" + NUM, r"百分之十五(?!点)", r"\bfifteen\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![%s])十二\s*个月" % CN_DIGIT,
                           r"\btwelve[\s-]+months?\b", r"\bone[\s-]+years?\b", r"(?<![\d.])1\s*-?\s*(?:years?\b|年)",
                           r"一年"],
    "horizon 5 years": [r"(?<![\d.])5\s*-?\s*(?:years?\b|年)", r"(?<![%s])五\s*年" % CN_DIGIT, r"\bfive[\s-]+years?\b",
                        r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十\s*个月", r"\bsixty[\s-]+months?\b"],
}
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240 minutes",
            "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "30%", "30％", "百分之三十", "三成",
            "thirty per cent", "40%", "forty per cent", "四成", "15%", "百分之十五", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "one year", "一年", "1 year", "5年", "五年", "5 years", "five years",
            "five-year", "60 months", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "0.055%",
                "130%", "1.5倍", "14 hours", "万分之五十", "百分之三十五", "3000%", "2026年3月1日", "112 months",
                "twenty-four months", "35%", "每年", "服务年度", "Subscription Year", "0.25 hours", "25 years"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for name, pats in THRESHOLD_PATTERNS.items():
        for pat in pats:
            for i, v in enumerate(variants):
                if i == 2 and re.search(r"[A-Za-z]", pat.replace(r"\s", "").replace(r"\b", "").replace(r"\d", "")):
                    continue  # words glued together by whitespace removal would only produce noise
                m = re.search(pat, v, re.I)
                if m:
                    hits.append((name, m.group(0), v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for stem, (ext, *_rest) in CONTRACTS.items():
        key = stem[:7]
        name = stem + "." + ext
        if ext in ("docx", "pdf"):
            sources[key] = SOURCE_OF[key]
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCE_OF[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for stem, (ext, lang, cat, over, extra, rules, tco_in) in CONTRACTS.items():
        terms = dict(BASE)
        terms.update(over)
        terms = {k: terms[k] for k in TERM_KEYS}
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": sorted(rules)}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # consistency of the hand-written rule list with my reading of policy.md
        mine = my_rules(terms, extra, tco_in)
        if mine != set(rules):
            problems.append((stem, "rules", sorted(mine ^ set(rules))))
        if terms["contract_kind"] == "service" and ("post_warranty_fee_capped" in extra or terms["warranty_months"]):
            problems.append((stem, "service label with warranty keys"))
        # no derived value on a threshold
        t = terms
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 0.005:
                problems.append((stem, "on threshold", k))
        res = tco(extra["contract_value"], t["warranty_months"] or 0, tco_in) if tco_in else None
        if res and abs(res[1] - 40) < 0.5:
            problems.append((stem, "TCO share near 40", res))
        # text read back
        text = read_back(OUT / label["file"])
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append((stem, "length", size))
        src = SOURCE_OF[stem[:7]]
        for h in threshold_hits(text) + threshold_hits(src):
            problems.append((stem, "threshold figure", h))
        covered |= set(rules)
        tco_txt = "" if not res else "  TCO %.0f, share %.2f %%" % res
        print("%-62s %-5s %5d %s  risk %-6s %s%s" % (label["file"], lang, size, "zh chars" if lang == "zh" else "words",
                                                     risk(rules), ", ".join(sorted(rules)) or "(none)", tco_txt))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("set", "rules never expected", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed; every one of the 20 CR rules is expected at least once")


if __name__ == "__main__":
    main()
