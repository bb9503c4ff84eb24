"""holdout914: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py),
writes their .json labels and asserts the checks of the brief (lengths, thresholds, rules, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市商务局一刻钟便民服务圈管理平台建设项目合同
P:合同编号：SWJ-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：××市商务局
P:乙方（供应商）：××智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就××市一刻钟便民服务圈管理平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供便民服务圈管理平台软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：商户与网点一张图、便民服务圈评价指标模型、居民需求“随手拍”小程序、街道工作台及数据驾驶舱。
P:1.2 乙方负责完成与市场监管主体库、市民服务热线、街道网格化平台的数据对接，并完成部署、联调、试运行及培训。
P:1.3 具体功能及性能要求以招标文件第三章“采购需求”和乙方投标响应为准，本合同附件与正文具有同等效力。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰壹拾叁万捌仟元整（¥2,138,000），为含税固定总价，包含软件许可、开发、对接、实施、培训及质保期内服务的全部费用。
P:2.2 价款构成：平台软件许可费¥1,180,000；定制开发费¥736,000；数据对接费¥164,000；部署实施及培训费¥58,000。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥427,600。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥962,100。
P:3.3 平台试运行满三个月并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥748,300。
P:3.4 乙方每次请款时应开具合规增值税发票。甲方付款受财政资金拨付进度影响的，双方另行书面协商，但甲方不得无故拖延。
H:第四条　项目进度
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后开始试运行。
P:4.2 乙方应按周向甲方报送项目周报，重大风险应在两个工作日内书面报告。
P:4.3 甲方负责提供政务云资源、外部系统接口文档及必要的协调，并指定项目联系人。因甲方原因造成的延误，工期相应顺延。
P:4.4 乙方应组建不少于八人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换。
P:4.5 乙方应于合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:4.6 乙方应为商务局及各街道工作人员提供不少于三期的操作培训，并为系统管理员提供专项培训，培训教材归甲方所有。
H:第五条　验收
P:5.1 初步验收标准：（1）采购需求所列功能全部实现并经甲方逐项测试通过；（2）三个外部系统数据对接连续运行十日无数据丢失；（3）在500个并发用户下，常用页面响应时间不超过2秒；（4）第三方机构出具安全测评报告且无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，初验遗留问题全部整改完毕，乙方提交源代码、数据字典、部署手册及用户手册等全部文档。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线、甲方使用或支付款项，均不视为验收合格。
H:第六条　质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:6.2 质保期内每季度进行一次巡检，乙方应提交巡检报告并对发现的问题限期整改。
P:6.3 质保期满后，如甲方续购维保服务，年度维保费为平台软件许可费的9%，即每年¥106,200，三年内不调价；维保范围与质保期内相同。维保合同按年签订，不自动续期。
H:第七条　服务水平
P:7.1 乙方提供7×24小时服务热线。一级故障（平台整体不可用或核心业务中断）须在30分钟内响应，2小时内到达现场或远程接入处理；二级故障须在2小时内响应；三级故障须在一个工作日内响应。
P:7.2 乙方未按7.1约定时限响应的，每超时一小时扣减人民币800元，从应付款或履约保证金中扣除。
P:7.3 乙方应按月提交服务报告，载明故障数量、处理时长及整改措施。
P:7.4 重大活动及节假日期间，乙方应安排专人值守，并提前制定应急预案报甲方备案。
P:7.5 乙方应每半年组织一次应急演练，演练方案和总结报告报甲方存档。
H:第八条　知识产权
P:8.1 乙方为本项目定制开发的程序、源代码、数据模型、接口程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.3 乙方保证所交付成果不侵犯第三方合法权益；因侵权引起的纠纷由乙方承担全部责任。
H:第九条　数据安全
P:9.1 平台采集、产生的商户信息、居民诉求及业务数据均属于甲方所有。乙方仅可为履行本合同而处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过堡垒机进行，个人信息应加密存储。
P:9.3 发生数据泄露或安全事件的，乙方应立即采取处置措施并在2小时内报告甲方；因乙方原因造成的损失，由乙方全额赔偿。
H:第十条　保密
P:10.1 乙方对履约中知悉的甲方工作秘密、商户及居民信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方要求的期限内无偿整改，并赔偿由此给甲方造成的损失。
P:11.3 乙方违反第九条、第十条约定的，除赔偿损失外，甲方有权要求乙方更换相关人员并限期整改。
P:11.4 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条　分包与转包
P:12.1 乙方不得转包本合同。确需将非主体部分分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日仍未完成部署的，甲方有权解除合同，乙方应退还已收款项。
P:13.3 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 双方往来通知以书面形式送达本合同首部所列地址，任何一方变更联系方式的，应提前五个工作日书面通知对方。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.4 附件：采购需求、投标报价明细、验收方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：QQB-JG-2027-006
P:甲方（买方）：××跷跷板厂有限公司
P:乙方（卖方）：××自动化工程有限公司
P:甲方为提高成型、喷涂及装配三条生产线的自动化水平，委托乙方对其控制系统进行改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条　改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，更换为PLC控制系统，加装伺服驱动及HMI触摸屏，部署产线监控与MES接口软件，并完成安装、调试、试生产及操作培训。
P:1.2 设备型号、数量及技术参数见下表及附件一《技术规格书》。乙方保证所供设备为全新原厂正品，并提供合格证及出厂检验报告。
H:第二条　合同价格
P:2.1 本合同总价为人民币贰佰伍拾万元整（¥2,500,000），含设备、软件、运输、安装、调试、培训、税费及质保期内服务费用。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统及控制柜|3套|1,264,000
TB:2|伺服驱动系统|42轴|486,000
TB:3|HMI触摸屏及工控机|9台|158,000
TB:4|产线监控与MES接口软件许可|1套|312,000
TB:5|硬件及软件小计|—|2,220,000
TB:6|安装调试及停线切换|—|246,000
TB:7|操作与维护培训|—|34,000
TB:8|合同总价|—|2,500,000
P:2.2 除本合同另有约定外，合同价格在履行期间不作调整。甲方书面要求增加改造内容的，新增费用参照本合同同类单价由双方另行签订补充协议结算。
H:第三条　付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完毕后10个工作日内，甲方支付合同总价的55%。到货签收及安装完毕不视为验收合格。
P:3.3 三条生产线改造全部通过最终验收后10个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条　工期与停线安排
P:4.1 乙方应于合同签订后75日内完成三条生产线的全部改造。每条生产线的停线切换时间不得超过五天，具体时段由甲方根据生产计划确定。
P:4.2 乙方应在进场前提交施工方案、停线切换方案和应急回退方案，经甲方确认后实施。
P:4.3 设备由乙方负责包装、运输至甲方厂区指定地点，运输途中的风险由乙方承担。设备到货时，双方共同开箱清点，并对外观、数量及随机资料进行核对，签署到货清点单。
P:4.4 甲方负责提供施工所需的电源、场地及停线窗口，并指派设备科人员全程配合。因甲方未按约定提供条件导致延误的，工期相应顺延。
P:4.5 乙方应在调试阶段对甲方操作工、电工及设备管理人员进行现场培训，培训内容包括日常操作、参数调整、故障判断与报警处理，培训后应提交考核记录。
H:第五条　验收
P:5.1 每条生产线改造完成后，进行单线调试和联动试车。全部生产线连续试生产二十天后，由甲方组织最终验收。
P:5.2 验收标准：（1）设备型号、数量与合同一致；（2）各线节拍达到附件一要求，成型线不低于每小时180件；（3）试生产期间产品一次合格率不低于改造前水平；（4）急停、安全光幕等安全联锁全部测试有效；（5）MES接口数据与现场计数核对一致。
P:5.3 试生产期间甲方使用改造后的生产线组织生产，不视为对改造成果的验收。最终验收合格后，双方签署验收报告。
P:5.4 验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条　质量保证与售后维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:6.2 故障分级及响应：一级故障（整条生产线停机）须在1小时内响应，6小时内到达现场；二级故障（单台设备停机）须在2小时内响应；三级故障在下一个工作日内处理。
P:6.3 乙方未按约定时限响应或到场的，每超时一小时向甲方支付人民币500元。
P:6.4 乙方应在甲方厂区存放常用备件，包括PLC模块、伺服驱动器及触摸屏各一套，备件清单附于技术规格书，备件消耗后乙方应在七日内补齐。
P:6.5 质保期满后，乙方提供年度维保服务，年度维保费为硬件及软件小计的6.5%，即每年人民币144,300元，质保期满后四年内不调价。维保服务包括季度巡检、故障维修、备件更换及软件升级。
H:第七条　知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及其源文件，知识产权归甲方所有，乙方应在验收时完整移交，甲方可自行修改或委托他人修改。
P:7.2 产线监控与MES接口软件的著作权归乙方，乙方授予甲方永久使用许可。
P:7.3 乙方保证所供设备及软件不侵犯第三方的专利权、著作权等合法权益，因此引起的纠纷及损失由乙方承担。
H:第八条　数据安全
P:8.1 改造后控制系统产生的工艺参数、产量及质量数据属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方指定的安全通道接入，操作记录留存备查。乙方应采取防病毒、访问控制等措施，因乙方原因导致数据泄露或系统被入侵的，乙方承担全部赔偿责任，并在发现后2小时内通知甲方。
H:第九条　保密
P:9.1 双方对在合同履行过程中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后五年。
H:第十条　违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 因乙方施工原因造成甲方停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方所供设备不符合约定的，甲方有权要求更换，并由乙方承担相应费用。
P:10.4 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条　分包
P:11.1 乙方可根据施工需要，将电缆敷设、桥架安装、控制柜搬运等辅助工作分包给第三方，但应提前三个工作日书面通知甲方，乙方对分包方的施工质量和安全负责。
H:第十二条　合同的履行与变更
P:12.1 本合同生效后，除因不可抗力导致合同目的无法实现外，任何一方均不得解除本合同。
P:12.2 乙方违约的，甲方有权要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
P:12.3 合同内容的变更须经双方书面确认。
H:第十三条　安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高及带电作业须办理作业票。乙方对其人员的人身安全自行负责。
P:13.2 乙方应为进场人员办理工伤保险或意外伤害保险，施工结束后负责清理现场，拆除的旧控制柜交由甲方处置。
H:第十四条　争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商；协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十五条　其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 双方指定的项目联系人负责日常沟通，往来函件以书面形式送达对方联系人。联系人变更的，应及时书面通知对方。
P:15.3 附件一《技术规格书》、附件二《停线切换方案》为本合同组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """冰钓体验门店预约及会员管理系统服务合同

合同编号：BD-IT-2027-03
甲方（客户）：××冰钓文化体验管理有限公司
乙方（服务商）：××云途软件科技有限公司

甲方在全国经营30家冰钓体验门店，拟采用乙方提供的预约及会员管理云服务（SaaS），并委托乙方完成系统实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供“冰趣通”预约及会员管理云服务，包括线上预约、场次与冰洞排期、会员储值与积分、装备租赁、门店收银对账、营销券核销及总部经营看板等模块。
2. 服务覆盖甲方30家门店，每店不限收银终端及店员账号，总部管理账号不超过60个。
（二）实施服务
1. 乙方负责系统初始化配置、门店及场次基础数据导入、原会员数据迁移、与甲方微信小程序及支付通道对接。
2. 乙方应为各门店店长及收银员提供线上培训，为总部运营人员提供两次现场培训。
3. 乙方按甲方需求定制冰场安全告知签署流程及总部客流分析报表。

二、服务期限
（一）服务期为两个服务年度。首个服务年度自系统上线验收合格之日起算，至次年对应日前一日止；第二个服务年度紧接其后。
（二）服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前书面告知新的费用标准。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币9,800元，30家门店合计每个服务年度人民币294,000元，两个服务年度合计人民币588,000元。
（二）实施费（一次性）：人民币76,000元。
（三）本合同总价为人民币664,000元（含税）。
（四）支付方式
1. 实施费在系统上线验收合格后15个工作日内一次性支付。
2. 每个服务年度的订阅费，在该服务年度开始后15个工作日内支付。
3. 甲方新增门店的，按每店每个服务年度9,800元按月折算计费。
（五）乙方应在收款前开具增值税专用发票。甲方关闭门店的，自关闭次月起该门店订阅费按月折算扣减，已支付部分在下一期费用中抵扣。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成实施并申请上线验收。
（二）上线验收标准：
1. 第一条所列模块全部可用，甲方按验收用例逐项测试通过；
2. 原会员数据迁移完整，会员余额、积分与原系统核对一致；
3. 支付及小程序对接在三家试点门店连续运行七日无差错；
4. 预约页面在节假日高峰并发下响应时间不超过3秒。
（三）任一验收标准未达到的，乙方应在五个工作日内完成整改并重新提交验收，试点门店在验收前使用系统不视为验收合格。
（四）验收合格后双方签署上线验收单。乙方逾期完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）乙方承诺系统每月可用率不低于99.5%，计划内维护应安排在凌晨2:00至6:00之间并提前48小时通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分模块不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题或咨询）：一个工作日内答复。
（三）月可用率未达承诺的，每低于承诺0.1个百分点，乙方按当月订阅费的5%给予服务费抵扣，抵扣总额不超过当月订阅费。一级故障超过恢复时限的，每超时一小时再抵扣人民币500元。
（四）乙方应于每月前五个工作日内提供上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（五）乙方应在冰钓旺季（每年十二月至次年二月）及春节假期安排专人值守，遇门店集中预约高峰时提前扩容。
（六）乙方对系统进行版本升级的，应提前七日通知甲方，不得减少甲方已使用的功能，升级导致的故障按本条约定处理。

六、数据权属与数据安全
（一）甲方及其会员在系统中产生的会员信息、预约记录、交易数据等业务数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行脱敏、汇总处理后，用于冰雪娱乐行业分析报告、产品功能改进及乙方其他客户的经营对标服务，该等处理结果归乙方所有，本合同终止后乙方仍可继续使用。
（三）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对会员个人信息加密存储，对访问权限实行分级管理，并保留操作日志不少于六个月。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任，包括甲方因此向会员承担的赔偿。
（五）合同终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并删除其系统中的原始数据。

七、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

八、知识产权
（一）“冰趣通”平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的安全告知签署流程、客流分析报表及相关配置，知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。
（三）乙方保证其提供的平台及定制成果不侵犯任何第三方的知识产权；如第三方提出权利主张，由乙方负责处理并承担由此给甲方造成的全部损失。

九、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十、违约与解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
（二）连续两个月可用率未达到第五条承诺的，甲方有权解除合同，乙方应退还已收取但未履行期间的订阅费。
（三）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。

十一、双方其他权利义务
（一）甲方应指定总部项目负责人，及时提供门店资料、原系统数据及对接所需的商户号、接口参数，并对验收用例进行确认。
（二）甲方应妥善保管总部管理账号，因甲方人员泄露账号密码造成的损失由甲方自行承担。
（三）乙方应配备专属客户经理及实施顾问，在实施期间每周向甲方报告进度，实施顾问未经甲方同意不得更换。
（四）乙方应保证系统符合消费者权益保护及个人信息保护相关法律法规的要求，会员授权协议及隐私政策文本由乙方提供、甲方确认后使用。

十二、不可抗力
因地震、暴雪、公共卫生事件等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并在十日内提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，任何一方可解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）附件：门店清单、验收用例、服务水平说明。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z04 = """××市消防救援支队高层建筑消防物联监测系统运维服务合同

项目编号：XFZD-CS-2027-011
采购方式：竞争性磋商
甲方（采购人）：××市消防救援支队
乙方（成交供应商）：××安防科技服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就高层建筑消防物联监测系统年度运维服务事项，经协商一致，订立本合同。

第一条　服务对象与范围
（一）服务对象为甲方已建成的高层建筑消防物联监测系统，包括监测平台软件一套、接入的212栋高层建筑的消防主机传输装置、水压及液位传感器、电气火灾监测终端、视频复核设备及相关网络链路。
（二）服务内容：
1. 平台软件的日常运行监控、数据库维护、补丁更新及版本适配；
2. 前端感知设备的季度巡检、故障维修、电池及易损件更换、离线设备排查；
3. 每月对全部联网单位开展数据质量核查，对长期误报、漏报点位提出整改建议；
4. 配合甲方开展火灾隐患分析，按季度出具运行分析报告；
5. 重大节假日及重要活动期间的值守保障。
（三）服务期满或合同解除时，乙方应将系统运行状态、设备台账、配置文件、账号权限及未结工单完整移交给甲方或甲方指定的单位，并配合交接不少于十五日。
（四）新增接入建筑的运维，按本合同单价另行签订补充协议。

第二条　服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条　服务费用及支付
（一）本合同总价为人民币捌拾陆万捌仟元整（¥868,000），含人工、备品备件、交通、税费等全部费用。其中：平台运维费¥236,000；前端设备运维费¥572,000；数据质量核查及分析报告费¥60,000。
（二）服务费按季度支付。每个季度结束后，甲方对乙方该季度服务进行考核，考核合格后15个工作日内支付当季服务费¥217,000。
（三）本合同不设预付款。
（四）乙方应在每次付款前开具合规发票。

第四条　服务标准
（一）监测平台全年连续运行，计划内维护须提前三个工作日报甲方同意，并安排在夜间进行。
（二）故障分级与响应：
1. 一级故障（平台整体中断，或单一区域内十栋以上建筑离线）：20分钟内响应，2小时内到达现场，8小时内恢复；
2. 二级故障（单栋建筑设备离线或主要传感器失效）：1小时内响应，24小时内修复；
3. 三级故障（个别点位误报、一般咨询）：两个工作日内处理。
（三）前端设备离线或传感器数据中断的，乙方应在发现或接到通知后24小时内恢复，不能修复的应先行更换备用设备。
（四）乙方应建立运维工单台账，每一张工单记录报修时间、响应时间、处理过程及结果，甲方可随时调阅。
（五）春节、国庆等重大节假日及甲方通知的重要活动期间，乙方应安排技术人员在甲方指挥中心现场值守，确保报警信息及时推送和复核。
（六）乙方应每半年对监测平台进行一次数据备份恢复演练，并将演练记录报甲方备案。

第五条　考核与扣款
（一）甲方按季度对乙方进行考核，考核内容包括故障响应与修复时效、巡检完成率、报告质量及甲方满意度，考核细则见附件二。
（二）一级故障未按时响应的，每次扣减当季服务费人民币2,000元；未按时恢复的，每超时一小时扣减人民币500元。
（三）前端设备超过第四条约定时限仍未恢复的，每台次扣减人民币300元。
（四）扣款从当季服务费中直接扣除，甲方应在考核结束后将考核结果书面告知乙方，乙方有异议的可在五个工作日内提出复核。
（五）季度考核得分低于70分的，视为考核不合格，乙方应在十五日内整改；整改后仍不合格的，甲方可按第十一条处理。

第六条　服务交付与年度验收
（一）乙方应在每季度结束后五个工作日内提交季度运维报告、巡检记录及工单台账。
（二）服务期满前，甲方组织年度验收。验收标准为：全年季度考核均合格；全年前端设备故障均在约定时限内恢复或按约定扣款；全部工单闭环；运维文档、配置清单及账号移交完整。
（三）年度验收不合格的，乙方应限期整改，整改完成前甲方可暂扣第四季度服务费。

第七条　履约保障
（一）乙方应在合同签订后五个工作日内组建不少于六人的驻场及巡检团队，项目负责人须具备消防设施操作员证书。
（二）乙方应在本市设立备件库，备件种类和数量满足一级、二级故障的更换需要。
（三）乙方应于服务期开始后十日内提交年度运维计划及季度巡检计划，经甲方确认后执行；巡检计划变更须经甲方同意。
（四）乙方未按运维计划完成季度巡检的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第八条　甲方的权利和义务
（一）甲方应向乙方提供系统现有的部署文档、设备清单及必要的账号权限，并协调联网单位配合乙方入场巡检。
（二）甲方有权对乙方的服务过程进行监督检查，对不符合要求的服务提出整改意见，乙方应在规定期限内整改。
（三）甲方发现系统故障的，通过服务热线或工单系统通知乙方，报修时间以工单记录为准。

第九条　数据安全
（一）系统采集的建筑信息、报警记录、视频图像及运行数据均属于甲方所有，乙方仅为履行本合同处理上述数据，不得复制、转移或用于其他目的。
（二）乙方运维人员须实名登记，通过甲方指定的运维审计系统访问平台，严禁私自开设远程端口，离场时须交回全部账号权限。
（三）乙方应落实网络安全等级保护第三级的运维管理要求，定期开展漏洞扫描并及时修复。
（四）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方，并采取应急处置措施；因乙方原因造成的损失，由乙方承担赔偿责任。

第十条　知识产权
乙方在服务过程中形成的运维报告、分析报告、配置脚本及数据核查规则，知识产权归甲方所有，甲方可自由使用和修改。

第十一条　违约责任与合同解除
（一）乙方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。
（二）乙方连续两个季度考核不合格，或严重违约经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（三）乙方在本合同项下对甲方承担的赔偿责任总额，以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十二条　分包
乙方不得将本合同项下的服务转包或分包。

第十三条　不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供有关证明，根据影响程度部分或全部免除责任。因火灾扑救、抢险救援等紧急任务需要临时调整运维安排的，乙方应服从甲方调度，由此增加的工作量不另行计费。

第十四条　法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条　其他
（一）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。
（二）附件一：联网建筑清单；附件二：考核细则；附件三：磋商响应文件。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 匠迹工艺流程追踪系统软件许可及定制开发合同

（乙方标准合同文本 JJ-HT-2026 版）

合同编号：JJ-2027-0112

甲方：××堆锦工作室（有限合伙）

乙方：××匠迹软件有限公司

甲方拟使用乙方“匠迹工艺流程追踪系统”管理堆锦作品从设计、剪样、絮棉、裱糊、着色到装裱的全流程工序，并委托乙方进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工艺流程追踪系统”标准版软件使用许可一套，许可点数为二十个用户，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行以下定制开发：堆锦工序模板与工艺卡、作品一物一码追溯、学徒工时与计件统计、订单交付看板、与甲方网店的订单接口。

1.3 乙方负责系统安装、初始化配置及一次集中培训。

1.4 软件许可为永久许可，仅限甲方在其工作室及所属展示门店内部使用。甲方不得将软件出租、转售或用于为第三方提供服务。

1.5 定制开发的具体内容以双方确认的《需求说明书》为准；《需求说明书》确认后，甲方提出的修改视为需求变更，乙方有权调整工期和费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程追踪系统标准版软件许可（20用户） | 168,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合同总价 | 288,000 |

2.1 合同总价为人民币贰拾捌万捌仟元整（¥288,000），含税。

2.2 甲方增加用户点数的，按乙方当期价格另行购买。

2.3 合同价款不包括服务器、操作系统、数据库、扫码枪及标签打印机等软硬件，上述设备由甲方自行采购，乙方可提供配置建议。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币187,200元。乙方收到该款项后开始工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即人民币100,800元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方应在收到首期款后60个工作日内完成定制开发并部署上线。

4.2 甲方应按乙方要求提供服务器、网络环境及工序资料。因甲方原因造成延误的，交付期限相应顺延。

4.3 甲方应指定一名联系人负责需求确认、资料提供和上线配合，并在乙方提交需求说明书、界面原型后五个工作日内书面确认，逾期未确认的视为确认。

4.4 乙方完成部署后通知甲方，系统上线运行之日即视为甲方验收合格，双方无需另行组织验收或签署验收文件。甲方在上线后提出的新需求，按变更处理，另行收费。

## 第五条 免费维护期

5.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供软件缺陷修复及远程技术支持。

5.2 免费维护期内，乙方对标准版发布的补丁提供免费更新；涉及定制功能的调整，按乙方人天单价另行收费。

5.3 因甲方操作不当、擅自修改程序或服务器环境变化导致的问题，不属于免费维护范围。

## 第六条 技术支持

6.1 乙方通过电话、微信群及远程方式提供技术支持，服务时间为工作日9:00至18:00。

6.2 一级故障（系统无法登录或工序数据无法录入）：乙方在接到报修后8小时内响应；二级故障：两个工作日内响应；其他问题：五个工作日内答复。

6.3 乙方将尽力在合理时间内解决故障，但不对解决时间作出承诺。因故障造成甲方停工或损失的，乙方不承担扣款、赔偿或违约责任。

6.4 甲方报修时应说明故障现象、发生时间及操作步骤，并配合乙方远程排查。节假日期间的报修顺延至下一个工作日处理。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议。

7.2 年度维护费为软件许可费的32%，即每年人民币53,760元，在每个维护年度开始前一次性支付。

7.3 甲方未续签维护协议的，乙方不再提供任何技术支持；日后恢复维护的，应补缴中断期间的维护费。

7.4 维护服务包括缺陷修复、标准版升级、远程技术支持及每年一次的系统健康检查，不包括新功能开发、数据整理及现场服务。现场服务按次另行收费，差旅费由甲方承担。

## 第八条 知识产权

8.1 “匠迹工艺流程追踪系统”及乙方为本合同进行的定制开发成果（包括工序模板、追溯程序、统计报表、接口程序及其源代码、文档）的知识产权均归乙方所有。

8.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，不得许可或提供给任何第三方使用。

8.3 乙方有权将定制开发成果用于其他客户。

## 第九条 数据与安全

9.1 甲方在系统中录入的作品资料、工序数据、学徒信息及订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，并采取账号权限控制、传输加密等安全措施；乙方在维护中不得下载或留存甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担相应的赔偿责任。

9.4 甲方应自行负责服务器的日常管理和数据备份，乙方建议甲方每日备份一次并异地保存。因甲方未备份导致的数据损失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术资料、设计图稿、客户信息等商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

10.2 保密义务在本合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同其他约定的，应承担相应的违约责任。

11.3 甲方违反第八条约定擅自修改软件或许可第三方使用的，应立即停止侵权行为，并向乙方支付合同总价20%的违约金。

11.4 乙方不对甲方的间接损失、利润损失或作品销售损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后二十日内仍未改正的，对方有权解除本合同。

12.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发成果，并删除已安装的软件；乙方应协助甲方导出其业务数据。

## 第十三条 不可抗力

因不可抗力致使一方不能履行合同的，该方不承担责任，但应及时通知对方并提供证明。不可抗力包括自然灾害、政府行为、网络运营商故障及大规模网络攻击等。

## 第十四条 通知

双方的通知以书面形式发送至本合同所列地址或双方确认的电子邮箱，发出之日起第三日视为送达。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，未经双方书面确认的手写修改无效。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SAV-CN-2027-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangyuan Rail Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhuzhou, Hunan Province (the "Customer"), and Savoie Maintenance Logiciels SAS, a French simplified joint-stock company with its registered office at Chambéry, France (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's enterprise asset maintenance software and related implementation services for its two rail-component plants, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SavMaint EAM software, version 9, in object code, including the mobile work-order application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration packages, data-migration scripts and other materials developed by the Vendor specifically for the Customer, together with their source code and documentation.
P:1.3 "Customer Data" means all asset registers, maintenance records, spare-parts data, personal data of employees and any other data entered into or generated by the Software in the Customer's environment.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's plants in Zhuzhou and Liuzhou for up to 350 named users and 60 concurrent mobile users, for the Customer's internal business purposes and those of its affiliates in mainland China.
P:2.2 The Vendor shall configure the Software, build interfaces with the Customer's ERP, SCADA historian and document management systems, migrate the legacy maintenance data, and train key users and administrators, as described in Annex 1 (Statement of Work).
P:2.3 The Customer shall provide servers, network access, a project manager and timely decisions as set out in Annex 1.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 2,290,000 (the "Contract Price"), inclusive of all taxes, and consists of: Software licence fee CNY 1,460,000; configuration and workflow design CNY 520,000; interfaces and data migration CNY 268,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within twenty days after the Software has been installed, configured and passed the system integration test described in Annex 1.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated on its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After go-live the Software shall run in production for a stabilisation period of forty-five days. Final Acceptance requires that: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) the migrated records reconcile with the legacy system totals for assets, open work orders and spare-parts stock; (c) each interface has run for ten consecutive working days without data loss; (d) no Severity 1 incident is open and no Severity 1 incident occurred in the last twenty days of the stabilisation period.
P:5.2 The Customer shall issue the acceptance certificate or a written list of defects within ten working days after the end of the stabilisation period. The Vendor shall correct listed defects and the relevant tests shall be repeated.
P:5.3 Go-live, productive use of the Software or any payment shall not in themselves constitute acceptance.
H:Article 6 Project Schedule and Delay
P:6.1 The Vendor shall achieve go-live within 150 days after signature of this Agreement, in accordance with the project plan in Annex 1.
P:6.2 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with Annex 1 and the documentation for a warranty period of twenty-four months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:7.2 Support is provided in Chinese and English by the Vendor's support centre. Severity 1 incidents (the Software is unavailable or work orders cannot be created at a plant) shall be responded to within one hour, at any time, and a workaround shall be provided within eight hours. Severity 2 incidents shall be responded to within two hours during business hours and Severity 3 requests within two business days.
P:7.3 If the Vendor misses a response time for a Severity 1 incident, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, to be deducted from the next payment or paid on demand.
P:7.4 After the warranty period, the Customer may purchase annual support at a fee of 10% of the Software licence fee, that is CNY 146,000 per year, which shall remain fixed for the three years following the warranty period. Support covers the services in Articles 7.1 to 7.3. Support is ordered by the Customer each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including to third-party service providers.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor's consultants shall access the Customer's systems only through the Customer's bastion host with accounts approved for each session, shall not copy Customer Data outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data caused by its personnel, cooperate in remedying it, and be liable for the losses caused by its breach.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for five years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for approved subcontractors.
H:Article 13 Term and Termination
P:13.1 This Agreement remains in force until all obligations have been performed.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after notice, or if the liquidated damages under Article 6.2 reach their maximum. The Vendor shall then refund payments for work not accepted.
P:13.3 Either party may terminate this Agreement if the other party becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of France, without regard to its conflict-of-law rules.
P:14.2 Any dispute shall first be referred to the senior management of both parties. Disputes not settled within forty-five days shall be submitted to the exclusive jurisdiction of the commercial courts of Chambéry, France.
H:Article 15 Miscellaneous
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than sixty days, either party may terminate the affected part of this Agreement.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated on the signature page. A party shall inform the other promptly of any change of address.
P:15.3 This Agreement is executed in English and Chinese, both texts having equal force. It constitutes the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:15.4 Annex 1 (Statement of Work and Project Plan) forms part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - VOXARMOR CONVERSATION ANALYTICS

Order Form No. VXA-OF-2027-031

## PART A - ORDER FORM

### A1. Parties

**Customer:** Guangdong Lingbo Home Appliances Co., Ltd., a company incorporated in the People's Republic of China, registered office in Foshan, Guangdong Province.

**Vendor:** VoxArmor SAS, a French company with its registered office in Lannion, Côtes-d'Armor, France, acting through its authorised reseller account for China.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form and Part B conflict, this Order Form prevails.

### A2. Service Ordered

VoxArmor Conversation Analytics, Enterprise edition, delivered as software-as-a-service (the "Service"), comprising speech-to-text transcription in Mandarin and Cantonese, automatic quality scoring, keyword and complaint detection, agent coaching dashboards and an export interface to the Customer's CRM system. Authorised users: up to 420 contact-centre agents and 45 supervisor or analyst users. Included volume: 1,600,000 minutes of recorded calls per Subscription Year.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the Start Date of 1 March 2027 and consisting of two Subscription Years. This Order Form expires at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; nothing in this Agreement renews automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual, invoiced at the start of the year | 418,000 |
| Subscription fee, Subscription Year 2 | annual, invoiced at the start of the year | 418,000 |
| Onboarding services (one-time) | invoiced after Onboarding Acceptance | 64,000 |
| Total fees for the Subscription Term | | 900,000 |
| Additional minutes above the included volume | per 1,000 minutes, billed quarterly in arrears | 210 |

All amounts include VAT. Fees are fixed for the Subscription Term. Additional minutes are billed only if actually used.

### A5. Payment

5.1 Each annual subscription fee is payable within twenty-five days after the Vendor's invoice, issued at the start of the relevant Subscription Year.

5.2 The onboarding fee is payable within twenty-five days after the Customer signs the Onboarding Acceptance certificate under Section 3 of Part B.

5.3 No other amount is payable in advance.

### A6. Onboarding, Hosting and Contacts

6.1 Onboarding comprises tenant set-up in the Vendor's China region, integration with the Customer's call-recording platform and CRM, configuration of 36 quality-scoring forms and the Customer's keyword lists, and training of supervisors. Target date for Onboarding Acceptance: 20 April 2027.

6.2 The Service is hosted in a data centre in Shanghai operated by Shanghai Yunhe Data Services Co., Ltd., which the Customer approves as hosting subcontractor by signing this Order Form.

6.3 Contacts: Customer - Head of Customer Service Centre; Vendor - Customer Success Manager, China.

Signed for the Customer: ____________________  Signed for the Vendor: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all call recordings, transcripts, scores, personal information of consumers and agents, and any other data submitted to or generated by the Service for the Customer.

1.2 "Customer Configurations" means the quality-scoring forms, keyword lists, dashboards and report templates configured for the Customer.

1.3 "Subscription Year" means each consecutive annual period of the Subscription Term beginning on the Start Date or its anniversary.

### 2. Provision of the Service

2.1 The Vendor shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation.

2.2 The Vendor will use commercially reasonable efforts to make the Service available around the clock, except for planned maintenance announced in advance and events beyond its reasonable control. The Vendor does not commit to any particular level of availability or to any time for restoring the Service.

2.3 Support requests may be submitted through the support portal or by e-mail at any time and are handled by the Vendor's support team during its business hours. The Vendor will respond to support requests as soon as reasonably practicable, giving priority to requests that affect the whole Service.

2.4 The Vendor may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 3. Onboarding and Acceptance

3.1 The Vendor shall perform the onboarding services described in A6.1 and use reasonable efforts to meet the target date. Delays will be reported to the Customer in writing together with a revised plan.

3.2 Onboarding Acceptance requires that: (a) recordings from all contact-centre sites are ingested automatically; (b) transcription accuracy on a sample of 500 calls chosen by the Customer reaches at least 90% for Mandarin and 85% for Cantonese; (c) all 36 scoring forms produce results matching a manual review of 200 calls within the agreed tolerance; and (d) the CRM export has run for five consecutive working days without errors.

3.3 The Customer shall sign the Onboarding Acceptance certificate or list the failed criteria within ten working days after the Vendor's notice of readiness. Use of the Service before that date is not acceptance.

### 4. Customer Responsibilities

4.1 The Customer shall keep its user credentials secure, ensure that its authorised users comply with the documentation, and obtain any notices and consents from consumers and agents that the law requires for recording and analysing calls.

4.2 The Customer shall provide the Vendor in good time with access to its call-recording platform and CRM test environment, sample calls and the information reasonably needed for onboarding. If the Customer's delay prevents onboarding, the target date is extended accordingly.

4.3 The Customer shall not use the Service to process data unrelated to its own customer-service operations, resell the Service, or attempt to reverse engineer it.

### 5. Customer Data

5.1 As between the parties, Customer Data belongs to the Customer. The Vendor may process Customer Data only to provide the Service and support to the Customer under this Agreement, and shall not use it, in identifiable, de-identified or aggregated form, for any other purpose.

5.2 The Vendor shall store and process Customer Data only in mainland China. At the end of the Subscription Term, the Vendor shall make Customer Data available for export for sixty days and then delete it and confirm deletion in writing.

### 6. Data Security

6.1 The Vendor shall maintain an information security programme certified to ISO 27001, keep the Service's MLPS level 3 filing current, encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, and log all administrative access.

6.2 The Vendor shall notify the Customer without undue delay, and in any case within twenty-four hours, after becoming aware of a security incident affecting Customer Data, shall investigate and contain it, and shall bear the costs and losses resulting from an incident caused by its breach of this Section 6, including notices to consumers required by law.

### 7. Intellectual Property

7.1 The Vendor owns the Service and its underlying technology.

7.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and license them without restriction, including for use with other systems, and the Vendor shall export them in a documented format on request.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. These obligations continue for five years after the end of the Agreement.

### 9. Subcontracting

9.1 Apart from the hosting subcontractor approved in A6.2, the Vendor shall not engage any subcontractor or subprocessor to perform the Service or to process Customer Data without the Customer's prior written consent. The Vendor is responsible for the acts of its subcontractors.

### 10. Liability

10.1 Each party's total aggregate liability arising out of this Agreement is limited to 150% of the total fees for the Subscription Term. The limit does not apply to breach of Sections 5, 6 and 8, infringement claims, or wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Section 10.1.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within twenty days after receiving written notice of the breach.

11.2 If the Customer terminates under Section 11.1, the Vendor shall refund the subscription fees already paid for the remainder of the Subscription Term.

11.3 Sections 5, 6, 8 and 10 survive termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 13. General

13.1 Notices shall be given in writing to the contacts in A6.3. Neither party may assign this Agreement without the other party's written consent. Amendments require a written document signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. YH-EQ-2027-0215
P:Buyer: Jiangsu Yanhe Special Steel Co., Ltd., a company incorporated in the People's Republic of China, registered office in Huai'an, Jiangsu Province (the "Buyer").
P:Supplier: Moselle Vibration Systèmes SARL, a French company with its registered office in Thionville, Moselle, France (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to equip the main drives of its bar and wire-rod rolling mills with wireless vibration and temperature sensors and a condition monitoring software licence, and the Supplier agrees to deliver, install and commission them as set out below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's MVS Insight condition monitoring software, including its analytics modules and the mobile alarm application.
P:1.3 "Buyer Data" means all measurement data, alarms, asset information, reports and other data collected or generated by the Equipment and the Software.
P:1.4 "Final Acceptance" means the signing of the final acceptance certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and a perpetual licence to the Software for unlimited users at the Buyer's Huai'an plant, install the Software on the Buyer's servers, mount and commission all sensors, configure the asset hierarchy and alarm thresholds for 120 drive trains, and connect the Software to the Buyer's maintenance management system.
P:2.2 The Supplier shall train the Buyer's maintenance engineers and vibration analysts as described in the technical annex.
P:2.3 All Equipment shall be new, of current production and suitable for the ambient conditions of a hot rolling mill, including temperatures of the mounting surface up to 120 degrees Celsius.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,760,000, including VAT, packing, transport to the Buyer's site, insurance, customs clearance and all other costs. It is fixed for the duration of the Contract and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial gateway with mounting kit|24|11,500|276,000
TB:3|MVS Insight software licence, perpetual, unlimited users|1|538,000|538,000
TB:4|Equipment and Licence Subtotal|||1,570,000
TB:5|Installation, commissioning and system integration|1|164,000|164,000
TB:6|Training|1|26,000|26,000
TB:7|Contract Price|||1,760,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature of the Contract and receipt of an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within twenty days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms quantities only and is not acceptance of the Equipment or the Software.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 Each payment is subject to the Supplier's correct VAT invoice.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment to the Buyer's Huai'an plant within seventy days after signature and complete installation and commissioning within forty-five days after delivery, during the planned maintenance stops notified by the Buyer.
P:5.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The Buyer may deduct them from any payment due.
P:5.3 Each delivery shall be packed for sea and road transport and accompanied by a packing list, certificates of origin and conformity, calibration certificates for every sensor, and installation and operating manuals in Chinese and English. Title and risk pass to the Buyer upon signature of the delivery note at the Buyer's site.
P:5.4 The Buyer shall provide access to the mills during planned maintenance stops, power supply points for the gateways, and network connections to the server room. If the Buyer fails to provide them on time, the schedule shall be extended by the period of the Buyer's delay.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of thirty-five days. Final Acceptance requires that: (a) all 240 sensors transmit data at the configured interval with a packet loss of no more than 2% over the trial period; (b) vibration readings of ten sensors chosen by the Buyer deviate by no more than 5% from a calibrated reference instrument; (c) alarms for each of the 120 drive trains are generated and pushed to the mobile application in tests witnessed by the Buyer; and (d) work requests are created automatically in the maintenance management system for every confirmed alarm.
P:6.2 If any criterion is not met, the Supplier shall remedy the defect and the relevant test shall be repeated at its cost.
P:6.3 Delivery, installation, use of the system in production or payment shall not be regarded as acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide Software updates and technical support at no cost.
P:7.2 Critical faults (the Software is unavailable, or more than ten sensors on one mill stop transmitting) shall be responded to within one hour, and an engineer shall be on site within twenty-four hours if remote diagnosis fails. Other faults shall be responded to within one business day.
P:7.3 If the Supplier misses the response or on-site time for a critical fault, it shall pay the Buyer CNY 600 for each hour of delay.
P:7.4 After the warranty period, the Supplier shall offer annual support, covering Software updates, technical support and repair of the Equipment, at 7% of the Equipment and Licence Subtotal, that is CNY 109,900 per year. This fee is fixed for the first two years after the warranty period. Each year of support is ordered separately by the Buyer and does not renew automatically.
P:7.5 The Supplier shall keep spare parts and replacement sensors available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually under Clause 2.1.
P:8.2 The asset hierarchy, alarm rules, dashboards and the interface to the maintenance management system developed for the Buyer, including their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy it, transfer it outside the Buyer's network or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's servers in the plant network. Remote access by the Supplier requires the Buyer's approval for each session, shall be made through the Buyer's secure access gateway and shall be logged. The Supplier shall keep its products free of known critical vulnerabilities and supply patches promptly.
P:9.3 The Supplier shall inform the Buyer within twelve hours of any security incident affecting the Equipment, the Software or Buyer Data that comes to its knowledge, take all necessary remedial steps, and compensate the Buyer for losses caused by its failure to comply with this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including the Buyer's process data and plant layout, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and remains fully responsible for the work of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages under Clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services not accepted.
H:14. Site Safety
P:14.1 The Supplier's personnel shall comply with the Buyer's safety rules, work permits and lock-out procedures when working on rolling mill drives.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The arbitral award is final and binding on both parties.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days, provides evidence and takes reasonable steps to limit the effects. If force majeure continues for more than ninety days, either party may terminate the Contract by written notice.
H:17. General
P:17.1 This Contract is signed in English and Chinese, both versions being equally authentic. The technical annex forms part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. OIG-ZHQ-2027-02

**Customer:** Zhejiang Haiqiao Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Ningbo, Zhejiang Province.

**Provider:** Orne Infogérance SAS, a French company with its registered office in Alençon, Orne, France, acting through its registered branch office in Shanghai.

The Customer operates two data centres in Ningbo and twenty-six warehouses across East China. It wishes to outsource the operation of its server, storage, backup and network infrastructure and its IT service desk to the Provider. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Customer Data" means all data stored on, processed by or transmitted through the infrastructure managed by the Provider, including logs, configuration files and personal information of the Customer's employees and customers.

1.4 "Total Contract Value" means the sum of the charges in Schedule 3 for the Initial Term.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an initial term of 36 months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of twenty-four months each, unless either party gives written notice of non-renewal at least ninety days before the end of the current term.

2.3 For each renewal term, the Provider may increase the Monthly Service Charge by up to 6% by written notice given at least sixty days before the renewal term starts. The increased charge applies from the first day of the renewal term.

## 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1, the service levels in Schedule 2 and good industry practice.

3.2 The Provider shall assign a named service delivery manager and keep a stable team. Key personnel named in Schedule 1 shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.

3.3 The Provider shall provide monthly service reports covering service levels achieved, incidents, changes, capacity trends and improvement actions, and attend a monthly service review with the Customer.

## 4. Transition and Acceptance

4.1 The Provider shall carry out the transition described in Schedule 1, Part B, and achieve the Service Commencement Date by 30 June 2027.

4.2 Transition acceptance requires that: (a) all configuration items listed in the transition plan are recorded in the Provider's configuration management database and reconciled with a physical audit; (b) monitoring covers every in-scope server, storage array and network device; (c) a full restore test of three critical systems chosen by the Customer has been completed successfully; (d) the service desk has handled all tickets for ten working days in shadow mode with no Priority 1 incident caused by the Provider; and (e) all runbooks have been reviewed and approved by the Customer.

4.3 The Customer shall sign the transition acceptance certificate or state the failed criteria within seven working days after the Provider's notice of readiness.

4.4 If the Service Commencement Date is delayed beyond 30 June 2027 for reasons attributable to the Provider, the Provider shall pay CNY 3,000 for each day of delay, up to a maximum of sixty days.

4.5 The Customer shall give the Provider timely access to its sites, systems, documentation and current suppliers, and make its staff available for knowledge transfer as set out in the transition plan. Delays caused by the Customer extend the transition schedule accordingly.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They include VAT and all travel and tools costs of the Provider.

5.2 The transition charge is payable within twenty-five days after the Service Commencement Date. Monthly Service Charges are invoiced quarterly in arrears and payable within twenty-five days after invoice. No advance payment is due.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and shall not use it for any other purpose, including in anonymised or aggregated form.

6.2 The Provider shall access the Customer's systems only from the Provider's Shanghai branch office or the Customer's premises, through the Customer's bastion host with individual accounts and multi-factor authentication. Customer Data shall not leave mainland China.

6.3 The Provider shall comply with the Customer's information security policies, the MLPS level 3 requirements applicable to the Customer's systems, the Personal Information Protection Law and the Data Security Law. The Provider shall report any security incident within two hours, cooperate in its investigation and remediation, and be liable for losses caused by its breach of this Section 6.

## 7. Intellectual Property

7.1 Runbooks, scripts, monitoring templates, documentation and configuration records prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

7.2 The Provider's pre-existing tools remain its property. Where they are needed to operate the Customer's environment after exit, the Provider shall grant a free licence for the exit period.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties except to advisers bound by equivalent duties. This obligation survives for five years after termination.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 125% of the Total Contract Value. The limit does not apply to breach of Sections 6 and 8, personal injury or wilful misconduct.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within twenty days after notice, or if the availability target in Schedule 2 is missed in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, hand over all Customer Data, documentation and credentials, and cooperate with any successor provider.

## 12. Change Control and Force Majeure

12.1 Changes to the scope of the Services, such as new warehouses or additional servers, shall be agreed through a written change request stating the effect on charges, service levels and schedule. No change is binding until signed by both parties.

12.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to continue performance, including by invoking the disaster recovery plan. Service credits are suspended only for the duration of such an event.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Data centre infrastructure operation | 186 physical and virtual servers, 4 storage arrays, virtualisation platform in both Ningbo data centres |
| A2 | Backup and recovery | daily backups, weekly restore tests, replication between the two data centres |
| A3 | Network operation | core and distribution switches, firewalls, SD-WAN links to 26 warehouses |
| A4 | Service desk | Mandarin and English, 24 x 7 for Priority 1 and 2, 08:00-20:00 on business days for other tickets, about 1,100 users |
| A5 | Monitoring and event management | 24 x 7 monitoring with automatic ticket creation |
| B | Transition | knowledge transfer, CMDB set-up, runbook preparation, shadow operation |
| C | Key personnel | service delivery manager, infrastructure lead, network lead |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core infrastructure (virtualisation platform, storage, core network), per month | 99.5% | 3% of the Monthly Service Charge for each 0.1 point below target, up to 20% |
| Priority 1 incident: response | 15 minutes | CNY 800 per late incident |
| Priority 1 incident: restoration | 3 hours | CNY 1,500 for each further hour |
| Priority 2 incident: response | 1 hour | CNY 300 per late incident |
| Scheduled restore tests, per quarter | all completed successfully | 2% of the quarterly charges if missed |

Planned maintenance agreed with the Customer in advance is excluded from availability measurement.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | payable after the Service Commencement Date | 126,000 |
| Monthly Service Charge | 96,500 per month for 36 months | 3,474,000 |
| Total Contract Value | | 3,600,000 |
| Exit assistance and additional work | per person-day, on request | 3,800 |

Signed for the Customer: ____________________   Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
HYDROLOGICAL AND SNOW-COVER DATA API

Agreement No. AHD-CN-2027-007

BETWEEN
Sichuan Minshan Hydropower Operation Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province (the "Customer"); and
Alpes Hydro Données SAS, a French company with its registered office in Digne-les-Bains, Alpes-de-Haute-Provence, France (the "Vendor").

BACKGROUND
The Customer operates eleven cascade hydropower stations in the upper Min River basin. It wishes to subscribe to the Vendor's satellite-derived snow-cover, precipitation and inflow forecast data, delivered through an application programming interface, to improve reservoir scheduling. The parties therefore agree as follows.

1. DEFINITIONS
1.1 "API" means the Vendor's application programming interface through which the Data Products are delivered.
1.2 "Data Products" means the datasets described in Clause 2.1, including forecasts, historical series and metadata.
1.3 "Customer Data" means the station coordinates, gauge readings, reservoir levels, outflow schedules and other information supplied by the Customer to the Vendor for calibration, and any output calibrated exclusively on it.
1.4 "Subscription Year" means each period from 1 April to 31 March of the following calendar year. The first Subscription Year starts on 1 April 2027.
1.5 "Subscription Term" means two Subscription Years, ending on 31 March 2029.

2. DATA PRODUCTS AND SERVICES
2.1 The Vendor shall make available through the API for the Subscription Term: (a) daily snow-cover and snow-water-equivalent maps of the upper Min River basin at 500-metre resolution; (b) hourly precipitation nowcasts and ten-day precipitation forecasts for 48 sub-catchments; (c) daily inflow forecasts for each of the Customer's eleven reservoirs with a horizon of fifteen days, calibrated on Customer Data; and (d) historical series of the above from 2001.
2.2 The Vendor shall build and deliver a connector that loads the Data Products into the Customer's reservoir dispatch system, and train the Customer's forecasters (the "Integration Services").
2.3 The Customer receives up to 2,000,000 API calls per Subscription Year for up to twenty registered applications.

3. INTEGRATION AND ACCEPTANCE
3.1 The Vendor shall complete the Integration Services and make the first calibrated inflow forecasts available by 15 May 2027.
3.2 Integration acceptance requires that: (a) the connector loads all Data Products into the dispatch system automatically for ten consecutive days without manual intervention; (b) the hindcast error of the inflow forecasts for the spring seasons 2022 to 2026, measured by the Nash-Sutcliffe coefficient, is at least 0.75 for each reservoir; and (c) the API documentation in Chinese and English and the connector source code have been delivered.
3.3 The Customer shall issue the integration acceptance certificate or state the failed criteria within seven working days after the Vendor's notice of readiness. Access to the API before acceptance is not acceptance.
3.4 If the Vendor fails to make the first calibrated inflow forecasts available by the date in Clause 3.1 for reasons attributable to it, it shall pay the Customer CNY 600 for each day of delay.

4. FEES AND PAYMENT
4.1 The fees are: subscription fee for Subscription Year 1, CNY 356,000; subscription fee for Subscription Year 2, CNY 356,000; Integration Services (one-time), CNY 38,000. The total fees for the Subscription Term are CNY 750,000, including VAT.
4.2 The subscription fee for each Subscription Year is invoiced on its first day and payable within twenty-five days after invoice.
4.3 The Integration Services fee is payable within twenty-five days after integration acceptance.
4.4 API calls above the included volume are charged at CNY 90 per 10,000 calls, invoiced at the end of each Subscription Year.
4.5 Fees are fixed for the Subscription Term.

5. SERVICE LEVELS
5.1 The Vendor shall ensure that the API is available at least 99.95% of each calendar month, excluding planned maintenance of no more than two hours per month announced at least five days in advance.
5.2 The daily inflow forecasts shall be published by 06:00 Beijing time each day.
5.3 Priority 1 incidents (the API is unavailable, or the daily inflow forecasts are not published) shall be responded to within one hour at any time and resolved within six hours. Priority 2 incidents shall be responded to within three hours during business hours.
5.4 If a service level is missed in a month, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.01 percentage point of availability below target, and 1% for each late daily inflow forecast, up to a total of 25% of the monthly share. Service credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.5 The Vendor shall provide a monthly service report listing availability, publication times, incidents and the forecast skill achieved for each reservoir in the previous month.

6. LICENCE AND INTELLECTUAL PROPERTY
6.1 The Vendor retains all rights in the Data Products and the API. The Vendor grants the Customer a non-exclusive licence to use the Data Products for its internal operations during the Subscription Term, and a perpetual licence to keep and use Data Products downloaded during the Subscription Term.
6.2 The connector, its source code and the basin configurations built specifically for the Customer belong to the Customer, which may use, modify and license them freely.

7. CUSTOMER DATA
7.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to calibrate and produce the Data Products delivered to the Customer under this Agreement, and shall not use it for any other purpose or disclose it to other customers.
7.2 At the end of the Subscription Term, the Vendor shall return Customer Data to the Customer and delete its copies within thirty-five days, except where retention is required by law.

8. DATA QUALITY AND CUSTOMER OBLIGATIONS
8.1 The Vendor shall produce the Data Products with the skill and care of an experienced hydrological forecasting provider, using documented methods and quality-controlled input data, and shall inform the Customer promptly of any known error in published Data Products together with a corrected version.
8.2 The Customer shall supply gauge readings and reservoir operating data at least daily through the agreed file transfer, inform the Vendor of planned changes to its stations, and designate a technical contact for the Integration Services.
8.3 The Customer shall use the Data Products only within its own group in mainland China and shall not resell or publish them, except in reports to dispatch authorities and regulators.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential any non-public information received from the other party under this Agreement, including Customer Data and the terms of this Agreement, and use it only for the purposes of this Agreement.
9.2 Confidential information may be disclosed only to employees, subcontractors and advisers who need to know it and are bound by equivalent obligations, or where required by law. These obligations continue for five years after the end of the Subscription Term.

10. SUBCONTRACTING
10.1 The Vendor may use subcontractors to perform any part of this Agreement, including satellite data suppliers, cloud hosting providers and forecasting consultants, at its own discretion. The Vendor will inform the Customer of any material subcontractor by e-mail. The Vendor remains responsible for the performance of its subcontractors.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for wilful misconduct, personal injury and breach of Clause 9.
11.2 The Data Products are forecasts. The Customer remains responsible for its operating decisions, and the Vendor is not liable for losses resulting from the natural uncertainty of forecasts delivered in accordance with this Agreement.

12. TERM AND TERMINATION
12.1 This Agreement ends at the end of the Subscription Term. It may be extended only by a written amendment signed by both parties, at fees to be agreed.
12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after notice, or if the availability target is missed in three months of any Subscription Year. The Vendor shall then refund the subscription fee paid for the period after termination.
12.3 Either party may terminate this Agreement by notice if the other party becomes insolvent.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

14. FORCE MAJEURE
14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as the loss of a satellite, natural disasters or government action, provided that it notifies the other party promptly and uses reasonable efforts to restore performance, including through alternative data sources. Service credits remain payable for outages that the Vendor could have avoided by reasonable measures.

15. GENERAL
15.1 Neither party may assign this Agreement without the other party's written consent.
15.2 This Agreement is signed in English and Chinese, both texts being equally authentic, and may only be amended in writing.

For the Customer: ____________________      For the Vendor: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h914z01": ("h914z01_commerce_bureau_convenience_circle_platform.pdf", "pdf", Z01),
    "h914z02": ("h914z02_seesaw_factory_line_control_retrofit.docx", "docx", Z02),
    "h914z03": ("h914z03_ice_fishing_chain_booking_membership_saas.txt", "txt", Z03),
    "h914z04": ("h914z04_fire_brigade_iot_monitoring_om_service.txt", "txt", Z04),
    "h914z05": ("h914z05_duijin_studio_process_tracking_supplier_template.md", "md", Z05),
    "h914e01": ("h914e01_rail_components_eam_licence_chambery_vendor.pdf", "pdf", E01),
    "h914e02": ("h914e02_conversation_analytics_saas_order_form_lannion.md", "md", E02),
    "h914e03": ("h914e03_steel_mill_vibration_sensors_monitoring_licence.docx", "docx", E03),
    "h914e04": ("h914e04_logistics_managed_infrastructure_36_months.md", "md", E04),
    "h914e05": ("h914e05_hydropower_snow_inflow_data_api_subscription.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels (design values)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (lang, category, terms in KEYS order, sla_clause, ld_stated, capped, deemed, contract_value)
L = {
    "h914z01": ("zh", "software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                                   True, False, "PRC", G], True, True, True, False, 2138000),
    "h914z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 6.5, False,
                                   False, True, "PRC", G], True, True, True, False, 2500000),
    "h914z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None,
                                True, True, False, "PRC", S], True, True, None, False, 664000),
    "h914z04": ("zh", "services", [None, 20 / 60, True, "buyer", True, True, False, 0.1, 434000 / 868000 * 100, None,
                                   True, None, None, None, False, True, False, "PRC", S], True, True, None, False, 868000),
    "h914z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 32,
                                   False, True, None, None, G], True, True, True, True, 288000),
    "h914e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 10, False,
                                   True, False, "France", G], True, True, True, False, 2290000),
    "h914e02": ("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                False, True, False, "PRC", S], False, False, None, False, 900000),
    "h914e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False,
                                   True, False, "PRC", G], True, True, True, False, 1760000),
    "h914e04": ("en", "services", [99.5, 0.25, True, "buyer", True, True, True, 3000 / 3600000 * 100, 125, None, True,
                                   None, None, None, True, True, False, "PRC", S], True, True, None, False, 3600000),
    "h914e05": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 600 / 750000 * 100, 150, None, True, None,
                                None, None, False, True, True, "PRC", S], True, True, None, False, 750000),
}
# itemised licence / hardware subtotal (TCO fee base) and a forum outside mainland China
BASE = {"h914z01": 1180000, "h914z02": 2220000, "h914z05": 168000, "h914e01": 1460000, "h914e03": 1570000}
FORUM_OUTSIDE = {"h914e01"}
DESIGN = {
    "h914z01": [], "h914e03": [],
    "h914e01": ["CR-GOVERNING-LAW"],
    "h914z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h914z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h914z04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h914e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h914e04": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h914e05": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h914z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (for the checks only)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(key, t):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * BASE[key]
    return fees / (L[key][7] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 over the label values."""
    r = set()
    goods = t["contract_kind"] == G
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
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t)
    if share is not None and share > TCO_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, vals, sla, ld_stated, capped, deemed, cv = L[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- read back
def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![\w-])four\s*hours?", r"四\s*个?\s*小时",
    r"240\s*min", r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十", r"forty\s*per\s*cent", r"四成",
    r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])12\s*(?:months?|个月)", r"twelve[\s-]*months?", r"十二\s*个月", r"一年", r"\bone[\s-]*year\b",
    r"(?<![\d.])1\s*(?:year\b|年(?!\d|[一二三四五六七八九十]))",
]
SCAN = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "40%",
            "15%", "百分之十五", "12 months", "十二个月", "12个月", "一年", "one year", "twelve months", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "twenty-four hours", "24小时", "14 hours", "0.058%", "10.05", "1,100%", "130%", "2.15%",
             "2027年12月31日", "140%", "150%", "115%", "112 months", "35%", "65%", "次年", "2021年"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    built = {}
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            write({key: src}, {key: (name, kind)}, OUT, wrap_words=True)
        built[key] = read_back(OUT / name, kind)
    covered = set()
    for key in FILES:
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key, t)
        assert share is None or abs(share - TCO_TH) > 2, (key, share)
        text = built[key]
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "zh length", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "en words", n)
        hits = scan(text)
        assert not hits, (key, hits)
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(key, n, risk(lab["expected_rules"]), lab["expected_rules"],
              "" if share is None else "tco share %.2f" % share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_comp = [k for k in FILES if not DESIGN[k]]
    assert sorted(n_comp) == ["h914e03", "h914z01"]
    assert 8 <= len(DESIGN["h914z05"]) <= 10
    assert sum(1 for k in FILES if 2 <= len(DESIGN[k]) <= 3) == 6
    print("all checks passed")


if __name__ == "__main__":
    main()
