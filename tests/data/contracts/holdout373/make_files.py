import sys; sys.dont_write_bytecode = True  # noqa: E702
"""holdout373: writes the ten contracts, their .json labels, and checks lengths, thresholds and rule coverage.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:文旅资源监管平台建设项目采购合同
P:合同编号：WLJ-ZFCG-2025-017　　采购方式：公开招标
P:采购人（甲方）：岷川市文化和旅游局
P:供应商（乙方）：青枫数智科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就岷川市文旅资源监管平台建设事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设文旅资源监管平台，包括文旅资源一张图、A级景区及星级饭店监管、演出市场及娱乐场所监管、客流监测预警、投诉处理及移动执法等子系统，并完成与省级文旅监管平台、市大数据中心的数据对接。
P:1.2 平台部署在市政务云，由甲方提供云资源；乙方负责软件部署、数据治理、迁移及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾捌万贰仟元整（¥1,882,000），为固定总价，包含一切税费。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（监管平台V5，永久授权）|860,000
TB:2|监管子系统定制开发及数据对接|742,000
TB:3|历史数据治理与迁移|186,000
TB:4|部署实施与培训|94,000
TB:合计||1,882,000
P:2.2 上表第1项为本合同的软件许可小计。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后150日内完成全部子系统上线并提请初验；初验后试运行三个月，试运行期满提请最终验收。
H:第五条 验收
P:5.1 初验标准：招标文件所列全部功能点逐项测试通过；与省级平台、市大数据中心接口连续十日交换正常；500个并发用户下页面响应不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的网络安全等级保护测评及商用密码应用安全性评估报告无高风险项；技术文档、源代码及操作手册已全部移交。
P:5.3 甲方组织专家按上述标准验收并出具书面验收报告。平台上线、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证及维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如续购维护服务，年度维护费不超过软件许可小计的8%（即每个服务年度不超过¥68,800），该价格在质保期满后的两个服务年度内不上调；续购须另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.98%（计划内维护时间除外）。
P:7.2 故障分为三级。一级故障（平台整体不可用或核心监管功能中断）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，次日内解决；三级故障：3个工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项可从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、数据模型及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台基础软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台数据（包括资源数据、经营主体信息、客流数据、投诉及执法记录）归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实等级保护第三级要求，人员经甲方审批后通过堡垒机访问，不得将数据拷贝出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 逾期超过三十日，或平台经两次验收仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 项目组织与人员
P:15.1 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格并具备三个以上同类政务平台建设经验，投标文件中承诺的项目经理、技术负责人未经甲方书面同意不得更换。
P:15.2 乙方应每周向甲方提交项目周报，说明进度、问题及下周计划；每月参加甲方组织的项目例会。重大事项应随时书面报告。
P:15.3 乙方人员在甲方场所工作期间应遵守甲方的安全保卫、保密及考勤管理制度，因违反制度造成损失的，由乙方承担。
H:第十六条 培训与知识转移
P:16.1 乙方应为甲方及各区县文旅部门提供系统管理员培训、业务操作培训及移动执法终端使用培训，累计不少于十六个课时的集中培训，并提供操作视频和培训教材。
P:16.2 最终验收前，乙方应向甲方技术人员完成部署架构、数据字典、接口规范及运维手册的讲解和移交，确保甲方能够独立完成日常管理。
H:第十七条 履约保证金
P:17.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十五个工作日内无息退还；乙方有违约情形的，甲方可从中扣除相应款项。
H:第十八条 不可抗力
P:18.1 因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方可协商延期履行或部分免除责任。不可抗力持续超过六十日的，任一方可书面通知解除合同。
H:第十九条 廉洁条款
P:19.1 乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益。违反本条的，甲方有权解除合同并依法追究责任。
H:第二十条 其他
P:20.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签章之日起生效。
P:甲方（盖章）：岷川市文化和旅游局　　乙方（盖章）：青枫数智科技股份有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = """T:连铸连轧生产线控制系统改造合同
P:合同编号：YTG-JS-2025-0421
P:甲方（采购方）：鹰潭赣铜精密管业有限公司
P:乙方（承包方）：洪州工控自动化工程有限公司
P:甲方拟对二号车间水平连铸及三辊行星轧制生产线的控制系统进行改造，乙方具备相应的设计、供货及调试能力。双方经友好协商，订立本合同。
H:一、工程范围
P:（一）拆除原有继电器控制柜，新建PLC控制系统、变频传动系统、在线测径系统及车间监控画面，完成编程、联调及投产。
P:（二）提供设备清单内全部硬件和工程软件授权，以及安装、调试、培训和技术资料。
H:二、合同价格
P:（一）合同总价为人民币贰佰叁拾壹万陆仟元整（¥2,316,000），含税、运输、保险及安装调试费。分项见下表：
TB:序号|名称|数量|单价（元）|小计（元）
TB:1|PLC控制柜|4套|186,000|744,000
TB:2|变频传动柜|6套|128,000|768,000
TB:3|在线激光测径仪|2台|95,000|190,000
TB:4|HMI操作站及工控机|8台|18,500|148,000
TB:5|工程软件及组态授权|1批|126,000|126,000
TB:|软硬件小计|||1,976,000
TB:6|安装、编程及联调|1项|312,000|312,000
TB:7|操作及维护培训|1项|28,000|28,000
TB:|合计|||2,316,000
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备到货并经双方清点签收后，甲方支付合同总价的50%；到货签收不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满无质量问题后一次付清。
H:四、工期
P:（一）乙方应在合同生效后90日内完成供货，利用甲方年中检修停产的20日完成安装切换，切换后连续生产满30日提请最终验收。
H:五、验收
P:（一）验收标准：控制系统连续生产30日无停线故障；铸坯及成品管外径偏差控制在±0.04毫米以内；轧机速度同步误差不大于0.2%；急停、断带、冷却水失压等联锁全部试验合格；技术资料、PLC源程序及组态文件全部移交。
P:（二）甲方组织生产、设备、安全部门按上述标准验收并签署验收报告；投产使用不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内非甲方原因造成的损坏，乙方免费维修或更换。
P:（二）质保期内，一级故障（造成停线）乙方30分钟内电话响应，6小时内到达现场；二级故障2小时内响应，次日到场。
P:（三）响应或到场超时的，每超时一小时乙方支付违约金¥1,500。
H:七、质保期后维保
P:（一）质保期满后乙方提供维保服务，年度维保费为软硬件小计的8.5%，即每个服务年度¥167,960，前三个服务年度价格固定不变。
P:（二）维保内容包括季度巡检、备件支持、程序备份及故障处理，响应时限同第六条。
P:（三）维保每个服务年度另行签订合同。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、工艺配方及报表，知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）第三方设备的内置软件及工程软件按原厂许可条款授予甲方永久使用。
H:九、数据与网络安全
P:（一）生产数据、工艺参数及设备运行记录归甲方所有，乙方不得复制、带离或用于其他用途。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方提供的工控安全网关接入，并留存操作日志；乙方人员不得使用未经查杀的移动存储介质。
P:（三）因乙方原因导致病毒侵入、数据泄露或生产中断的，乙方应在1小时内报告，并承担由此造成的全部损失。
H:十、保密
P:（一）乙方对甲方的工艺参数、产品配方、客户信息及其他商业秘密负有保密义务，合同终止后仍然有效。
H:十一、违约责任
P:（一）乙方逾期供货或逾期完成切换的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但故意、重大过失及人身伤害除外。
H:十二、分包
P:（一）电缆敷设、桥架安装及土建配合等辅助工作，乙方可分包给具备资质的施工单位，但应提前3个工作日书面告知甲方。乙方对分包工作承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同。
P:（二）乙方逾期超过四十五日的，甲方有权解除合同并要求赔偿。
H:十四、法律适用与争议
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，提交鹰潭仲裁委员会仲裁。
H:十五、项目管理与安全生产
P:（一）乙方应指派具有冶金自动化项目经验的项目经理常驻现场，并配备电气、仪表及软件调试工程师。进场人员须接受甲方安全教育，持证上岗。
P:（二）停产切换期间，乙方应编制逐日切换计划，并与甲方生产部门共同确认；每日收工前须恢复安全联锁，保证设备处于安全状态。
P:（三）乙方在甲方厂区作业应遵守甲方动火、登高、临时用电及有限空间等安全管理规定，因乙方违规作业造成人身伤害或财产损失的，由乙方承担全部责任。
P:（四）乙方应在切换前完成控制程序的离线仿真测试，并向甲方提交仿真报告；切换后原有系统拆除的设备由甲方处置。
H:十六、设计联络与变更
P:（一）合同生效后15日内，双方召开设计联络会，确认控制方案、I/O清单、画面风格及联锁逻辑，形成会议纪要，作为施工依据。
P:（二）甲方提出的设计变更，乙方应在5个工作日内评估对工期和费用的影响并书面报告；经双方签字确认后执行，未经确认的变更不得计取费用。
H:十七、培训与资料
P:（一）乙方应在投产前完成操作工、电气维修工和工艺技术人员培训，每类不少于三天，并在现场进行实际操作考核。
P:（二）乙方应移交电气原理图、接线图、PLC程序注释、HMI画面说明、备件清单及维护规程各三套，并提供电子版。
H:十八、备品备件
P:（一）乙方应随货提供两年运行所需的易损件，并在质保期满后至少八年内按不高于合同单价的价格继续供应备件。
H:十九、环境保护与现场清理
P:（一）乙方应对施工产生的废旧电缆、包装材料及拆除的继电器柜分类堆放，按甲方指定地点清运，不得随意丢弃；拆除的有价物资归甲方所有，乙方应列清单移交。
P:（二）每次停产切换作业结束后，乙方应清理现场，恢复盖板、护栏和通道标识，经甲方设备管理人员检查确认后方可撤离。
P:（三）乙方施工用电须从甲方指定的检修电源接取，并加装漏电保护，不得私拉乱接。
H:二十、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任；但迟延履行后发生的不可抗力不能免责。
H:二十一、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、安装切换方案。
P:甲方：鹰潭赣铜精密管业有限公司（盖章）　　乙方：洪州工控自动化工程有限公司（盖章）
P:代表签字：__________　　代表签字：__________
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
Z03 = """鞋匠铺连锁门店工单及会员管理系统订阅服务合同

合同编号：XJP-SaaS-2025-03
甲方（客户）：杭州鞋匠铺便民服务连锁有限公司
乙方（服务商）：钱塘云店软件有限公司
签订地点：杭州市拱墅区

鉴于甲方在杭州、嘉兴两地经营55家修鞋、配钥匙、修包及皮具护理门店，需要统一的收件工单、取件提醒、会员储值及积分系统；乙方运营“云店工单”SaaS平台。双方就平台订阅及实施服务达成如下条款。

第一条 服务内容
（1）乙方向甲方55家门店开通“云店工单”平台门店版账号，功能包括收件拍照登记、工单流转、取件短信及微信提醒、会员储值与积分、配钥匙品类库存、门店日结报表及总部经营看板。
（2）实施服务：甲方原有纸质会员卡及Excel会员数据的导入，门店扫码枪与小票打印机的配置，店长及店员分批培训，为甲方定制取件小程序页面和总部看板报表。

第二条 服务期限
（1）订阅服务期为两个服务年度，自上线验收合格次日起算。
（2）服务期满前30日内，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可多次续订。
（3）每次续订时，乙方有权根据其运营成本将门店单价上调，上调幅度不超过上一服务年度单价的8%，并提前30日通知甲方。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币1,680元，55家门店每个服务年度合计92,400元，两个服务年度合计184,800元。
（2）实施费：一次性人民币36,000元。
（3）本合同总金额为人民币220,800元（含6%增值税）。
（4）新增门店按同一单价按月折算计费，另行签订补充协议。

第四条 付款
（1）实施费在上线验收合格后15日内支付。
（2）订阅费按服务季度结算，每季度结束后15日内支付该季度费用，每季度23,100元。
（3）甲方无需预付任何费用。

第五条 上线与验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）上线验收标准：55家门店均能正常开单、收款、打印小票并发送取件提醒；导入的会员人数、储值余额、积分与甲方提供的清单逐户核对一致；总部看板与门店日结数据一致；店长培训合格率达到95%以上。
（3）甲方按上述标准组织验收，签署上线验收单。门店试用或开始收款，不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付违约金200元。

第六条 服务水平
（1）平台月度可用率不低于99.5%，计划内维护须安排在夜间22:00至次日6:00并提前两日通知。
（2）故障等级：一级故障（全部或多数门店无法开单、收款）乙方1小时内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日恢复；咨询类问题在工作时间内即时答复。
（3）月度可用率低于承诺值的，按下表抵扣次季度订阅费：低于99.5%但不低于99%的，抵扣当月订阅费的10%；低于99%的，抵扣当月订阅费的25%。一级故障响应超时的，每次抵扣200元。

第七条 数据安全与数据归属
（1）甲方会员信息、工单、交易及门店经营数据归甲方所有，乙方仅可为向甲方提供本合同服务而处理，不得出售、共享或用于其他目的。
（2）乙方应将数据存储于中国境内的云服务器，落实访问控制、传输及存储加密、操作日志留存和每日备份，平台通过网络安全等级保护第二级测评。
（3）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方，配合处置，并赔偿因乙方原因给甲方及会员造成的损失。
（4）合同终止后15日内，乙方应按甲方要求以Excel格式导出全部数据并交付甲方，随后删除平台中的甲方数据，并出具删除说明。

第八条 保密
（1）双方对在合作中获悉的对方商业信息、价格、门店经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内继续有效。

第九条 知识产权
（1）“云店工单”平台本身的知识产权归乙方所有。
（2）乙方为甲方定制的取件小程序页面、总部看板报表及相关设计文件，知识产权归甲方所有，甲方可自由使用、修改或交由第三方开发。

第十条 违约责任
（1）任何一方违约给对方造成损失的，应予赔偿。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但数据安全事故和故意行为造成的损失不受此限。

第十一条 转包与分包
（1）未经甲方书面同意，乙方不得将本合同服务转包或分包给第三方。

第十二条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
（2）因乙方原因连续两个月可用率低于99%的，甲方有权解除合同，并按实际服务月数结算。

第十三条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

第十四条 门店推广与培训
（1）乙方应按门店分布分三批组织上线，每批上线前对店长进行集中培训，上线后三日内安排专人到店或远程跟进，解答店员使用问题。
（2）乙方应提供图文操作手册和短视频教程，并在平台内设置常见问题帮助页，内容随版本更新。
（3）甲方新招店员的培训可通过乙方在线课程完成，不另行收费。
（4）乙方应为甲方总部指定一名客户成功经理，每月回访一次，汇总门店反馈的问题及改进建议。

第十五条 版本更新
（1）乙方可对平台进行常规功能更新，更新不得降低甲方已使用功能的可用性，重大界面变化应提前十日通知甲方并提供说明。
（2）乙方停止提供某项已订阅功能的，应提前九十日通知甲方，并按比例减少订阅费或提供替代功能。

第十六条 甲方义务
（1）甲方应妥善保管各门店账号和密码，店员离职时及时停用其账号；因甲方管理不善导致账号被盗用的，由甲方自行承担后果。
（2）甲方应保证门店网络、扫码枪、小票打印机等设备正常，并按乙方提供的配置要求使用。
（3）甲方通过平台向会员发送营销信息的，应事先取得会员同意，遵守相关法律规定。

第十七条 服务终止后的安排
（1）合同期满未续订或合同解除的，乙方应在终止后保留甲方账号只读访问三十日，便于甲方核对会员余额和未取件工单。
（2）会员储值余额属于甲方对会员的负债，乙方应在数据导出时单独列示每位会员的储值余额、积分及最后消费日期，确保甲方能够继续为会员服务。
（3）乙方协助甲方迁移至其他系统的，按实际工作量另行协商费用，但数据导出本身不另收费。

第十八条 不可抗力
（1）因不可抗力或电信运营商、公共云平台大面积故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，双方据实协商责任承担。

第十九条 通知
（1）双方的通知以书面形式发送至本合同载明的地址或指定邮箱，邮件发出后即视为送达。任何一方联系方式变更的，应在三日内通知对方。

第二十条 其他
（1）本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：杭州鞋匠铺便民服务连锁有限公司
乙方（盖章）：钱塘云店软件有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
Z04 = """市级机关公务用车管理系统运维服务合同

项目名称：公务用车管理系统运维服务项目
采购方式：竞争性磋商
采购编号：SJG-CS-2025-009
甲方（采购人）：沅陵市机关事务管理局
乙方（供应商）：潇湘驿达信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就公务用车管理系统运维服务，订立本合同。

1. 服务范围
1.1 对市级公务用车管理平台（用车申请审批、派车调度、车辆定位监控、费用结算及统计分析模块）提供日常运维、巡检优化、安全加固及应急保障。
1.2 对安装在市直单位公务车辆上的320台车载定位终端提供维护、故障更换和数据校准。
1.3 派驻1名运维工程师在甲方办公地点驻场，工作日8:30至17:30在岗，节假日安排电话值守。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 期满后本合同自动终止。甲方如需继续采购，按政府采购程序另行确定供应商，本合同不自动续期。

3. 合同价款
3.1 合同总价为人民币叁拾捌万陆仟元整（¥386,000），为包干价，含税。分项如下：
（1）驻场运维人员服务：¥216,000；
（2）系统巡检与性能优化：¥58,000；
（3）车载终端维护（320台×¥260）：¥83,200；
（4）应急保障与安全加固：¥28,800。

4. 付款方式
4.1 运维费按季度支付。每季度结束后，甲方依第6条完成季度考核，于考核通过后10个工作日内支付该季度服务费¥96,500，考核扣款在当期服务费中扣减。
4.2 本合同不设预付款。

5. 服务水平
5.1 平台月度可用率不低于99.95%。
5.2 故障分级：一级故障（平台无法登录、派车调度或定位监控全部中断）乙方15分钟内响应，1小时内到场，2小时内恢复；二级故障（单个模块异常或10台以上终端离线）30分钟内响应，8小时内解决；三级故障2个工作日内解决。
5.3 每季度至少巡检一次并提交巡检报告；每月提交运维月报。
5.4 一级故障响应超时，每超时半小时扣减服务费¥500；恢复超时，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥800。

6. 考核与验收
6.1 甲方每季度对照第5条服务指标、巡检报告及工单记录进行考核，形成书面考核意见。
6.2 服务期满时，甲方按服务指标达成情况、文档移交情况组织年度验收，出具验收报告。考核或验收不合格的，乙方应在10日内整改。

7. 数据安全
7.1 平台中的车辆信息、驾驶员信息、行驶轨迹及用车记录属于甲方，乙方仅为运维目的访问，不得用于其他用途。
7.2 乙方人员须签署安全承诺书，经甲方授权后通过堡垒机操作，禁止将数据导出或拷贝至个人设备；运维操作全程留痕。
7.3 发生数据泄露、篡改或系统被攻击的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任及相应法律后果。

8. 保密
8.1 乙方对履约中知悉的公务用车信息、领导行程、单位地址及其他非公开信息严格保密，不得向任何第三方披露，本义务在合同终止后继续有效。

9. 知识产权
9.1 运维期间乙方编写的脚本、补丁、配置文档及报告归甲方所有，甲方可自由使用和修改。

10. 违约责任
10.1 乙方未按约定时间完成人员进场及系统交接的，每逾期一日按合同总价的千分之二支付违约金。
10.2 因乙方原因造成甲方损失的，乙方应予赔偿。

11. 分包
11.1 本项目不得分包。

12. 合同解除
12.1 乙方严重违约，或连续两个季度考核不合格，经书面通知后10日内未改正的，甲方有权解除合同，并按已考核通过的服务期结算费用。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

14. 服务人员
14.1 驻场运维工程师应具有三年以上信息系统运维经验，熟悉Linux、数据库及网络设备管理，并持有相应的技术资格证书。乙方应在合同签订后5日内提交人员名单、资质证明及无犯罪记录证明，经甲方确认后进场。
14.2 驻场人员请假超过一个工作日的，乙方应提前安排具备同等能力的人员顶岗，并书面告知甲方。未经甲方同意，乙方不得更换驻场人员。
14.3 乙方应安排一名二线技术专家，在一级、二级故障时提供远程或现场技术支持。

15. 服务交接
15.1 服务开始前，乙方应与上一运维单位完成系统现状、账号、文档及遗留问题的交接，形成交接清单并报甲方确认。
15.2 服务期满或合同解除时，乙方应配合甲方或新的运维单位完成交接，移交全部账号权限、配置文档、巡检记录及未结工单，交接期不超过十五日，期间不另行收费。

16. 运维管理要求
16.1 乙方应建立工单台账，对每一项故障、变更和咨询记录发生时间、处理人、处理过程和结果，甲方可随时查阅。
16.2 系统配置变更、补丁安装及版本升级，乙方应事先提交变更方案和回退方案，经甲方批准后在非工作时间实施，实施后验证并记录。
16.3 乙方每月对数据库进行一次备份恢复演练，每半个服务年度开展一次应急演练，并将演练报告报甲方备案。
16.4 车载终端故障更换的，乙方应在3个工作日内完成，并同步更新车辆与终端对应关系。

17. 考核细则
17.1 季度考核采用百分制打分，分为服务响应、故障处理、巡检质量、文档资料和用户满意度五项，分别对照第5条、第16条及驻场考勤记录评分；考核得分低于八十分的为不合格。
17.2 用户满意度由甲方向市直单位车管员发放问卷调查，每季度抽取不少于二十家单位。乙方应对问卷反映的问题逐项整改并书面反馈。
17.3 考核扣款按第5.4条计算，单季度扣款累计不超过当季服务费的两成。季度考核不合格的，乙方应提交整改计划，甲方在下季度重点复核。

18. 知识库与文档
18.1 乙方应在服务期内建立并维护运维知识库，记录常见故障现象、原因、处理步骤及预防措施，每季度更新一次，作为季度考核资料提交甲方。
18.2 服务期满时，乙方应移交系统拓扑图、服务器及数据库清单、账号权限清单、接口说明、终端台账及全部巡检报告，并保证文档与系统实际状态一致。
18.3 乙方发现系统存在安全漏洞或性能隐患的，应及时书面提出处理建议；涉及功能修改或扩容的，由甲方另行决策。

19. 安全生产与廉洁
19.1 乙方人员进入机房及车辆停放场所应遵守甲方安全管理制度。
19.2 乙方不得向甲方工作人员提供任何不正当利益；违反的，甲方有权解除合同并依法处理。

20. 不可抗力
20.1 因自然灾害、重大公共事件等不可抗力影响服务的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务；双方据实协商费用调整。

21. 其他
21.1 磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：沅陵市机关事务管理局　　乙方（盖章）：潇湘驿达信息技术有限公司
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条" + 1.1, supplier's template)
Z05 = """# 精源MES制造执行系统软件许可及实施合同

> 精源智造标准合同文本 V4.0（乙方范本）　合同编号：JY-MES-2025-112

- 甲方（用户）：阜阳豆香源食品有限公司
- 乙方（供应商）：合肥精源智造软件有限公司

甲方为豆皮、腐竹及豆制品生产企业，拟在浸泡、磨浆、煮浆、揭皮、烘干及包装工序实施制造执行系统；乙方为精源MES产品的著作权人。双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予精源MES V7标准版永久使用许可（一个工厂，不限用户数），并按甲方工艺完成定制开发和实施部署。

1.2 定制开发内容包括：煮浆温度与揭皮节拍数据采集、批次追溯及食品安全台账、烘房能耗报表、与甲方金蝶ERP的接口。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 精源MES V7标准版软件许可 | 720,000 |
| 2 | 工艺定制开发 | 180,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 960,000 |

2.1 合同总价为人民币玖拾陆万元整（¥960,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥480,000。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的5%。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与实施

4.1 乙方应在收到首笔款项后120日内完成部署并上线运行，甲方应按时提供现场条件、工艺资料及接口配合。

4.2 因甲方原因造成延误的，工期相应顺延。

## 第五条 验收

5.1 系统上线稳定运行30日后，甲方按以下标准验收：合同约定功能逐项测试通过；煮浆、揭皮工序数据采集完整率不低于98%；任一批次可在10秒内追溯到原料大豆批号及生产班组；与ERP的工单、入库数据连续15日核对一致。

5.2 验收合格后双方签署验收报告。

## 第六条 免费维护期

6.1 乙方提供免费维护，期限为六个月，自系统上线运行之日起计算。

6.2 免费维护期内，一级故障（系统停止运行，影响生产）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 乙方将尽力修复故障，但不因响应或修复超时向甲方承担任何扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每个服务年度¥180,000。

7.2 年度维护服务包括远程技术支持、补丁及小版本升级；大版本升级另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持。

## 第八条 知识产权

8.1 精源MES软件及其文档的著作权归乙方所有。

8.2 本合同项下定制开发的功能模块、报表、接口程序及源代码，知识产权均归乙方所有；乙方授予甲方在本工厂范围内非独占的使用权，甲方不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 甲方生产数据归甲方所有。

9.2 甲方同意乙方可将甲方生产数据进行脱敏处理后，用于乙方产品改进、行业工艺模型训练及行业分析报告，该使用权在合同终止后继续有效。

9.3 乙方对部署在甲方服务器上的系统提供安全加固，远程维护须经甲方授权并记录日志；因乙方原因造成数据泄露或丢失的，乙方应立即通知甲方并承担相应赔偿责任。

## 第十条 保密

10.1 双方对本合同内容及履约中获知的对方技术、工艺和经营信息负有保密义务，保密期限至合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.3 任何情况下乙方不承担间接损失、利润损失或生产停顿损失。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后15日内未予纠正的，守约方有权解除本合同。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方责任

14.1 甲方应在乙方进场前提供服务器、网络、采集终端安装位置及必要的电源条件，并指定项目联系人，负责协调车间配合。

14.2 甲方应按乙方要求提供工艺流程、设备清单、物料编码、班组设置及ERP接口文档，并保证所提供资料的真实和完整。

14.3 甲方应安排关键用户全程参与需求调研、系统测试和上线切换，并按乙方提供的模板完成基础数据的整理和录入。

14.4 因甲方未按时提供条件或资料导致的工期延误及额外费用，由甲方承担。

## 第十五条 实施方法

15.1 项目按需求调研、蓝图设计、开发配置、系统测试、上线切换五个阶段实施。每个阶段结束时，乙方提交阶段成果，甲方应在3个工作日内书面确认或提出修改意见。

15.2 需求调研结束后，甲方提出的超出蓝图范围的需求，按乙方人天单价另行收费。

## 第十六条 系统运行环境

16.1 系统部署在甲方机房的服务器上，操作系统、数据库及虚拟化软件由甲方自行采购并取得合法授权。乙方提供的服务器配置建议仅供参考。

16.2 车间采集终端、扫码枪、称重仪表及温度传感器由甲方采购，乙方负责与系统联调。因上述设备质量问题导致的数据采集异常，不属于乙方责任范围。

16.3 甲方自行修改系统配置、数据库结构或安装其他软件导致系统异常的，乙方提供的修复服务另行收费。

## 第十七条 培训

17.1 乙方为甲方提供系统管理员培训一次、车间班组长及操作工培训两次，培训地点在甲方工厂。

17.2 培训以外的现场支持按乙方人天单价另行收费。

## 第十八条 产品授权管理

18.1 软件许可以加密授权文件方式提供，与甲方服务器硬件信息绑定。甲方更换服务器的，乙方应在5个工作日内免费重新签发授权文件，每个服务年度以两次为限。

18.2 甲方需要增加工厂或分支机构使用的，应另行购买许可。

18.3 甲方不得将软件转让、出租或提供给关联公司使用。

## 第十九条 不可抗力

19.1 因不可抗力、政策调整、第三方软硬件故障或网络中断导致乙方不能按期履约的，乙方不承担违约责任，工期相应顺延。

## 第二十条 通知

20.1 本合同项下的通知以书面形式送达合同首部所列地址。一方地址变更的，应及时通知另一方。

## 第二十一条 其他

21.1 本合同未尽事宜，以乙方《精源MES服务说明》为准。

21.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：阜阳豆香源食品有限公司　　乙方（盖章）：合肥精源智造软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SB-NJ-2025-044
P:This Software Licence and Services Agreement is made between:
P:(1) Nanjing Jinlinge Yunjin Brocade Workshop Co., Ltd., a company established in the People's Republic of China, with its registered office in Qinhuai District, Nanjing, Jiangsu Province (the "Buyer"); and
P:(2) Tkalac Soft d.o.o., a limited liability company registered in the Republic of Serbia, with its registered office at Kralja Petra I, Sombor, Serbia (the "Vendor").
P:Background: the Buyer designs and weaves yunjin brocade on traditional draw looms and on electronic jacquard looms. It wishes to replace its hand-drawn pattern drafts and punched loom cards with digital pattern design and card preparation software. The Vendor develops and licenses the PatternWeave software suite, which is used by textile workshops in several countries, and has agreed to license it to the Buyer and to install it at the Buyer's workshop on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the PatternWeave modules listed in Article 3, in object code, together with their user documentation.
P:1.2 "Deliverables" means the Buyer-specific card templates, colour tables and digitised patterns that the Vendor prepares under Article 2.3.
P:1.3 "Installation" means the loading and configuration of the Software on the Buyer's designated workstations in Nanjing, as recorded in the Vendor's installation note.
P:1.4 "Contract Price" means the total price set out in Article 3.
P:1.5 "Support Year" means each consecutive annual period of paid support after the warranty period ends, the first starting on the day after the warranty period ends.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software at the Buyer's premises for its own design and weaving business, for the number of seats stated in Article 3.
P:2.2 The Vendor shall deliver, install and configure the Software, connect the card punch interface to the Buyer's two electronic card punching machines, and train the Buyer's pattern designers and loom operators.
P:2.3 The Vendor shall digitise one hundred and twenty of the Buyer's legacy brocade patterns from paper drafts supplied by the Buyer, and prepare card templates and colour tables matching the Buyer's looms and silk thread range.
H:Article 3 Price
P:3.1 At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY). Prices include all taxes, travel and delivery costs. The price items are:
TB:Item 1|PatternWeave Design Studio, perpetual licence, 6 seats x CNY 48,500|CNY 291,000
TB:Item 2|Card Punch Interface module, perpetual licence, 4 seats x CNY 36,200|CNY 144,800
TB:Item 3|Pattern Library Converter, perpetual licence, 1 site|CNY 68,000
TB:Licence Subtotal (Items 1 to 3)||CNY 503,800
TB:Item 4|Installation and configuration|CNY 46,000
TB:Item 5|Training of designers and operators (6 days)|CNY 21,400
TB:Item 6|Digitisation of 120 legacy patterns (Deliverables)|CNY 58,800
TB:Contract Price||CNY 630,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent (20%) of the Contract Price, CNY 126,000, within fifteen days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay the remaining eighty per cent (80%), CNY 504,000, within fifteen days after Installation.
P:4.3 Payments shall be made by bank transfer to the Vendor's account stated on its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Installation
P:5.1 The Vendor intends to complete Installation within ninety days after receipt of the payment under Article 4.1. Delivery and Installation dates given by the Vendor are estimates only, and the Vendor will use reasonable efforts to meet them.
P:5.2 The Buyer shall provide the workstations, network access, the card punching machines and the paper drafts needed for the work, and shall make its designers available for training.
H:Article 6 Acceptance
P:6.1 The Software and the Deliverables shall be deemed accepted by the Buyer upon Installation. The Vendor's installation note, signed by the Vendor's engineer, is conclusive evidence of Installation.
P:6.2 Any defects reported after Installation will be handled as warranty claims under Article 7.
H:Article 7 Warranty
P:7.1 The Vendor warrants for eighteen months after Installation that the Software will perform substantially in accordance with its documentation and that the Deliverables will match the paper drafts supplied.
P:7.2 During the warranty period the Vendor shall correct reported defects free of charge and provide new releases of the Software at no cost.
H:Article 8 Support and Service Levels
P:8.1 During the warranty period and any Support Year, the Vendor provides remote support by telephone, e-mail and remote session between 08:00 and 20:00 Beijing time on working days.
P:8.2 Severity 1 (the card punch interface or Design Studio cannot be used on any seat): response within 2 hours, workaround within 12 hours. Severity 2 (a function fails with a workaround available): response within 8 hours. Severity 3 (questions and minor issues): response within 2 working days.
P:8.3 For each full hour by which a Severity 1 response is late, the Vendor shall credit CNY 500 against the next amount payable by the Buyer, or pay it to the Buyer if no further amount is due.
P:8.4 After the warranty period, the Buyer may order support by Support Year. The annual support fee is eleven per cent (11%) of the Licence Subtotal, CNY 55,418 per Support Year, and shall not increase for the first three Support Years. Support is renewed only by a written order from the Buyer and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 The Deliverables, including the digitised patterns, card templates and colour tables, belong to the Buyer from creation. The Buyer may use, modify, reproduce and license them freely. The Vendor shall not reuse the Buyer's patterns for any other customer.
H:Article 10 Buyer Data and Data Security
P:10.1 All pattern files, design drafts and production data created or stored with the Software belong to the Buyer and may be used by the Vendor only to perform this Agreement.
P:10.2 The Software is installed on the Buyer's own workstations. Remote sessions shall be opened only with the approval of the Buyer's designer in charge for each session, through an encrypted connection, and shall be logged. The Vendor shall not copy Buyer data out of the Buyer's systems.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours of any unauthorised access to or loss of Buyer data that it becomes aware of, shall assist in containing it, and shall be liable for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unpublished pattern designs, and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to wilful misconduct, infringement of intellectual property or breach of Article 10 or 11.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the acts of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.
P:14.2 Licences that have been paid for survive termination.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Serbia.
P:15.2 Any dispute shall be finally settled by arbitration at the Permanent Arbitration at the Serbian Chamber of Commerce in Belgrade, in the English language.
H:Article 16 Training and Documentation
P:16.1 Training shall take place at the Buyer's workshop in Nanjing in Chinese, through an interpreter provided by the Vendor at its own cost. The Vendor shall train up to eight designers in pattern drafting, colour reduction and card preparation, and up to six loom operators in loading and checking the card files on the punching machines.
P:16.2 The Vendor shall provide user manuals for each module in English and in Chinese, and a short illustrated guide for the loom operators.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 18 Notices
P:18.1 Notices under this Agreement shall be given in writing in English, by courier or by e-mail to the addresses stated above, and take effect on receipt.
H:Article 19 General
P:19.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is made in two English originals, one for each party, with a Chinese translation for reference.
P:For the Buyer: ____________________ Name, title, company seal
P:For the Vendor: ____________________ Name, title
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM — OhridStay Booking Platform

**Order Form No.** OS-CN-2025-0087

This Order Form (Part A) and the OhridStay General Terms (Part B) together form the agreement between the parties.

| | |
|---|---|
| **Vendor** | OhridStay DOOEL, Ulica Marshal Tito 14, 6330 Struga, Republic of North Macedonia |
| **Customer** | Dunhuang Mingsha Starlight Camp Co., Ltd., Dunhuang, Gansu Province, People's Republic of China |
| **Services** | OhridStay cloud booking platform: tent and yurt inventory, online booking engine, camel-ride and sand-dune activity add-ons, OTA channel manager, guest messaging, front-desk check-in |
| **Subscription Term** | Three Subscription Years starting on the Subscription Start Date |

## PART A — ORDER DETAILS

### A1. Fees

At the Customer's request, all fees are stated and invoiced in Chinese yuan (CNY), inclusive of applicable taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (86 tents and yurts, 2 campsites) | per Subscription Year | 86,400 |
| OTA Channel Manager add-on | per Subscription Year | 21,600 |
| Subscription fees for the Subscription Term | 3 Subscription Years x 108,000 | 324,000 |
| Onboarding (configuration, data import, staff training) | one-time | 18,500 |
| **Total Order Value** | | **342,500** |

SMS messages beyond the 20,000 included per Subscription Year are charged at CNY 0.06 per message and are not part of the Total Order Value.

### A2. Invoicing and payment

A2.1 No fee is payable before the Subscription Start Date.

A2.2 The onboarding fee is invoiced on the Go-Live Date. Subscription fees are invoiced quarterly in advance, at the start of each quarter of the Subscription Term, the first quarter on the Subscription Start Date. Invoices are payable within thirty days.

### A3. Onboarding and Go-Live

A3.1 Vendor shall configure the Customer's campsites, room types, seasonal rates and activity add-ons, import the Customer's bookings for the coming season and connect the channel manager to the OTA accounts named by the Customer.

A3.2 Go-Live tests: (a) a complete booking, payment and cancellation cycle on the booking engine for each room type; (b) availability synchronised with each connected OTA within two minutes in ten consecutive test bookings; (c) all imported future bookings reconciled with the Customer's booking list; (d) front-desk check-in and guest messages working at both campsites. When all tests pass, the Customer signs a Go-Live Certificate. The date of that certificate is the Go-Live Date and the Subscription Start Date. Use of the platform before the certificate is signed is not acceptance.

A3.3 Vendor shall achieve the Go-Live Date within forty-five days after signature of this Order Form. If it is late for reasons not caused by the Customer, Vendor shall pay the Customer CNY 300 for each day of delay.

### A4. Renewal

A4.1 This Order Form does not renew automatically. Any renewal requires a new order form signed by both parties.

## PART B — GENERAL TERMS

### B1. The Services

B1.1 Vendor will provide the Services in accordance with the documentation published in its help centre and will use commercially reasonable efforts to keep the platform available and performing.

B1.2 Vendor may carry out maintenance from time to time and will try to give notice of planned maintenance in advance.

B1.3 Support is provided by e-mail and in-app chat during Vendor's business hours, Monday to Friday, 09:00 to 17:00 Central European Time. Vendor will handle support requests in the order in which they are received and will give priority to requests that prevent bookings. No service levels, response times or service credits apply to the Services.

### B2. Customer Data

B2.1 Customer Data means guest names, contact details, identity document numbers, booking records and any other data entered into the platform by or for the Customer. Customer Data belongs to the Customer. Vendor shall process Customer Data only to provide the Services and on the Customer's documented instructions, and shall not sell, share or otherwise use it.

B2.2 Customer Data is hosted on a cloud platform in the Beijing region of mainland China. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least six months.

B2.3 Vendor shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall bear the costs and losses caused by an incident resulting from its breach of this Clause B2.

B2.4 On expiry or termination, Vendor shall export all Customer Data in CSV format on request and shall delete it from the platform within thirty days afterwards.

### B3. Confidentiality

B3.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three years after the agreement ends.

### B4. Intellectual property

B4.1 Vendor owns the platform and all improvements to it.

B4.2 The booking-page design, campsite photographs, texts and templates prepared for the Customer belong to the Customer, which may use, modify and license them without restriction, also with a different provider.

### B5. Subcontractors

B5.1 Vendor uses the cloud hosting provider named in its security note, which the Customer approves by signing this Order Form. Vendor shall not use any other subcontractor or sub-processor for the Services without the Customer's prior written consent.

### B6. Term and termination

B6.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

B6.2 On termination for Vendor's breach, Vendor shall refund any prepaid fees for the period after termination.

### B7. Limitation of liability

B7.1 Neither party is liable for indirect or consequential loss or loss of profit.

B7.2 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim. This limit does not apply to breach of Clause B2 or B3, to fraud, or to death or personal injury.

### B8. Governing law and disputes

B8.1 This agreement is governed by the laws of the People's Republic of China.

B8.2 Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou. The award is final.

### B9. Customer responsibilities

B9.1 The Customer is responsible for the accuracy of the rates, inventory and activity information it enters, for the conduct of its own staff using the platform, and for keeping its user passwords secret. The Customer shall deactivate accounts of staff who leave.

B9.2 The Customer shall obtain the consents required by law from guests before sending them marketing messages through the platform, and shall publish a privacy notice on its booking page that names the Vendor as its processor.

### B10. Changes to the platform

B10.1 Vendor may update the platform from time to time, provided that an update does not materially reduce the functions ordered in this Order Form. Vendor shall announce updates that change the booking flow at least fourteen days in advance in the release notes.

B10.2 Vendor shall keep the booking engine compatible with the mobile browsers and the WeChat in-app browser commonly used by guests in mainland China.

### B11. Force majeure

B11.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, sandstorms, epidemics, power or telecommunications failures affecting a whole region, or acts of government. The affected party shall notify the other party promptly and do what it reasonably can to limit the effects.

### B12. Assignment

B12.1 Neither party may assign this agreement without the prior written consent of the other party, except to a successor of its whole business that accepts this agreement in writing.

### B13. Publicity and training

B13.1 Vendor may name the Customer as a user of the platform only with the Customer's prior written approval of the wording, and shall not use photographs of the camps without permission.

B13.2 During onboarding Vendor shall give two remote training sessions for front-desk and reservations staff, with simultaneous Chinese interpretation arranged by Vendor, and shall provide recorded videos and a Chinese quick-start guide. Further training sessions may be ordered at the day rate stated in Vendor's price list, but the Customer is not obliged to order any.

B13.3 Vendor shall keep the help centre articles for the booking engine, channel manager and check-in module available in Chinese.

### B14. General

B14.1 Notices shall be given in writing in English or Chinese to the addresses in this Order Form. This agreement may be amended only in writing signed by both parties. If any provision is found invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. This Order Form is signed in two originals in English, with a Chinese translation for reference; the English text prevails. The Customer's purchase-order terms do not apply.

**Signed for the Customer:** ____________________ (seal)

**Signed for the Vendor:** ____________________
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT — ORCHARD SENSOR NETWORK
P:Contract No. GZQ-2025-IOT-06
P:Buyer: Ganzhou Qiliang Navel Orange Plantation Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Shkumbini Agro-Tech Sh.p.k., Rruga Qemal Stafa, Elbasan, Republic of Albania (the "Supplier").
P:The Buyer farms about 2,300 mu of navel oranges on hillside terraces and wishes to measure soil moisture and weather conditions block by block and to control drip irrigation remotely. The Supplier has installed comparable orchard networks for citrus and olive growers. This Contract is drawn up on the Buyer's standard form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the sensor network described in Section 2, including soil moisture probes at two depths, weather stations, LoRa gateways, irrigation valve controllers and the Orchard Monitoring Software, so that the Buyer can read conditions and switch irrigation by block from its office and from mobile phones.
P:1.2 The Supplier shall train the Buyer's technicians and block supervisors and hand over as-built drawings, a probe map and the operating manuals in Chinese.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese yuan (CNY), including taxes, import duties, transport to the plantation and insurance until handover. The price is fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture probe, two-depth, with solar logger|120|1,850|222,000
TB:2|Automatic weather station|6|26,400|158,400
TB:3|LoRa gateway with 4G backhaul|8|9,600|76,800
TB:4|Irrigation valve controller|40|3,150|126,000
TB:5|Orchard Monitoring Software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||679,200
TB:6|Installation, cabling and commissioning|1|84,600|84,600
TB:7|Calibration and training|1|22,200|22,200
TB:|Contract Price|||786,000
H:Section 3 Payment
P:3.1 Advance: 10% of the Contract Price, CNY 78,600, within twenty days after signature, against the Supplier's invoice.
P:3.2 Delivery: 55% of the Contract Price, CNY 432,300, after all equipment has arrived at the plantation and the delivery note has been countersigned by the Buyer. Countersigning the delivery note is not acceptance.
P:3.3 Final: 35% of the Contract Price, CNY 275,100, within twenty days after the Final Acceptance Certificate is issued.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within seventy days after signature and complete installation and commissioning within thirty days after delivery, before the spring irrigation season.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Liquidated damages do not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 After commissioning, the network shall run for a trial period of thirty consecutive days.
P:5.2 Final Acceptance criteria: (a) every probe, station, gateway and valve controller is registered in the software and reports at its configured interval; (b) at least 98% of expected readings are received during the trial period; (c) probe readings agree with the Buyer's gravimetric soil samples within the tolerance stated in the technical annex at ten sample points; (d) each valve controller opens and closes on command from the office and from a mobile phone in three tests; (e) the documents in Section 1.2 have been handed over.
P:5.3 When all criteria are met, the Buyer issues the Final Acceptance Certificate. Installation, use of the network or any payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for twenty-four months after Final Acceptance. Defective equipment shall be repaired or replaced free of charge, including parts, labour and transport.
P:6.2 Severity 1 (a gateway down, or irrigation control lost for one or more blocks): remote response within 1 hour, an engineer of the Supplier's Ganzhou service partner on site within 24 hours. Severity 2 (single probes or valves faulty): response within 8 hours, repair within three days.
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 400; for each day by which on-site attendance is late, CNY 1,500. These amounts may be deducted from any payment.
H:Section 7 Post-Warranty Maintenance
P:7.1 After the warranty, the Buyer may order maintenance for each maintenance year. The annual maintenance fee is 9% of the Hardware and Licence Subtotal, CNY 61,128, fixed for the first three maintenance years.
P:7.2 Maintenance is ordered by the Buyer's written purchase order for each maintenance year and does not renew automatically.
H:Section 8 Data
P:8.1 All sensor, weather and irrigation data and all block maps belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The software runs on the Buyer's server at the plantation office. The Supplier's remote access requires the Buyer's approval for each session and uses an encrypted VPN with individual accounts; no data may be copied out of the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data within ten hours, shall help to contain it, and shall be liable for losses caused by its breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The block dashboards, irrigation schedules and reports configured for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties.
P:9.2 The Orchard Monitoring Software remains the property of its publisher and is licensed to the Buyer perpetually for the plantation.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, property damage and wilful misconduct, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier may engage local installation crews and trenching contractors in Jiangxi for the installation work, by notifying the Buyer in writing of their names before they start work. The Supplier remains responsible for their work and their safety on the plantation.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if liquidated damages under Section 4.2 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:Section 14 Buyer's Obligations
P:14.1 The Buyer shall provide access to the orchard blocks, a secure storage place for the equipment on arrival, power at the plantation office and the gateway locations, and the block map and irrigation pipe layout.
P:14.2 The Buyer shall appoint a technician as its contact for the project, who may sign delivery notes and attend tests on the Buyer's behalf. Only the Buyer's general manager may sign the Final Acceptance Certificate.
P:14.3 The Buyer shall take the gravimetric soil samples for the calibration check in Section 5.2 with the Supplier present and share the laboratory results within five working days.
H:Section 15 Site Work and Safety
P:15.1 The Supplier's crews shall follow the Buyer's orchard rules: no work in blocks during spraying and for the re-entry interval afterwards, no vehicles on terraces outside the farm tracks, and no damage to trees, drip lines or terrace walls. Damage caused by the Supplier's crews shall be repaired at the Supplier's cost.
P:15.2 Cables and probes shall be installed at the depths and positions shown in the technical annex, and every probe shall be labelled with its block number. The Supplier shall remove all packaging and waste from the plantation.
H:Section 16 Spare Parts
P:16.1 The Supplier shall deliver with the equipment a set of spare parts consisting of six soil probes, four valve controllers and one gateway, included in the Contract Price, and shall keep spare parts available for at least seven years after Final Acceptance.
H:Section 17 Force Majeure
P:17.1 A party prevented from performing by an event beyond its reasonable control, such as a typhoon, flood, epidemic or government measure, shall notify the other party within five days and provide evidence. The time for performance is extended by the duration of the event. If the event lasts more than ninety days, either party may end the Contract by notice, and the parties shall settle accounts for work done.
H:Section 18 Documentation and Hand-over
P:18.1 At hand-over the Supplier shall deliver the as-built drawings, the probe map with the GPS position of each probe, gateway and valve controller, the configuration backup of the software and gateways, administrator passwords in a sealed envelope, and operating and maintenance manuals in Chinese.
P:18.2 The Supplier shall also deliver the calibration records for every soil probe and weather station, and the test records of the trial period, signed by its site engineer.
H:Section 19 General
P:19.1 The technical annex and the Supplier's quotation of 18 March 2025 form part of this Contract. If they conflict, this Contract prevails. This Contract is made in English and Chinese; both texts have equal force. Notices shall be in writing and sent by courier or e-mail to the addresses above. Any amendment must be in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
E04 = """# MANAGED FIREWALL SERVICE AGREEMENT

**Agreement reference:** TRB-TZ-MFS-2025-03

**Between**

1. **Taizhou Hengjia Precision Mould Co., Ltd.**, Huangyan District, Taizhou, Zhejiang Province, People's Republic of China ("Customer"); and
2. **Leotar Secure Networks d.o.o.**, Njegoseva 21, 89101 Trebinje, Bosnia and Herzegovina ("Provider").

**Background.** Customer designs and builds injection moulds for automotive and household-appliance plastics at two plants in Huangyan. Its mould designs and customer drawings are stored on servers at the main plant. Customer wants its perimeter firewalls, site-to-site VPN and remote-access gateway to be run and monitored by a specialist provider. Provider operates a security operations team that manages firewalls for manufacturing customers around the clock.

## 1. Definitions

1.1 "Service" means the managed firewall service described in clause 2 and Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.3 "Initial Term" means twenty-four months from the Service Commencement Date.

1.4 "Charges" means the charges in Schedule 3.

## 2. The Service

2.1 Provider shall supply, on a rental basis, a high-availability pair of next-generation firewalls at the main plant and a single firewall at the second plant, configure them, and operate them throughout the Initial Term.

2.2 The Service includes rule-base management, change requests (up to twenty standard changes per month), site-to-site VPN between the plants, remote-access VPN for up to sixty users, signature and firmware updates, 24x7 monitoring of the firewalls, and a monthly service report.

2.3 Provider's engineers shall manage the firewalls remotely from Provider's operations centre and shall attend the plants when a hardware replacement is needed, through its partner engineers in Zhejiang.

## 3. Onboarding

3.1 Provider shall complete onboarding within forty days after signature: site survey, migration of Customer's existing firewall rules after review, installation of the rented firewalls, VPN set-up and cut-over.

3.2 If Provider fails to reach the Service Commencement Date within that period for reasons not attributable to Customer, Provider shall pay Customer CNY 500 for each day of delay.

## 4. Service Acceptance

4.1 After cut-over, Provider shall demonstrate: (a) the reviewed rule base is active on all firewalls; (b) failover of the main-plant pair completes without dropping established sessions in two tests; (c) the site-to-site VPN carries CAD file transfers between the plants; (d) sixty remote-access accounts are enrolled with multi-factor authentication; (e) monitoring alerts reach Customer's IT team by e-mail and phone.

4.2 When all items pass, Customer signs the Service Acceptance Certificate. Use of the Service before signature is not acceptance.

## 5. Service levels and credits

5.1 Provider shall meet the service levels in Schedule 2.

5.2 If Provider misses a service level, it shall grant the service credits in Schedule 2, deducted from the next invoice.

## 6. Charges and payment

6.1 At Customer's request, all Charges are in Chinese yuan (CNY) and include taxes.

6.2 The one-time onboarding charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No Charges are payable in advance. Invoices are payable within thirty days.

## 7. Customer Data

7.1 Firewall configurations, rule bases, logs, VPN user lists and all other data relating to Customer's network ("Customer Data") belong to Customer.

7.2 Provider shall use Customer Data only to provide the Service and shall return it to Customer at the end of the Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's mould designs, customer names, network diagrams and passwords, and shall not disclose it to third parties without prior written consent. This clause survives for three years after the Agreement ends.

## 9. Intellectual property

9.1 The rule bases, network diagrams and runbooks prepared for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

9.2 The rented firewalls and Provider's management tools remain Provider's property.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the total Charges for the Initial Term, except for wilful misconduct, fraud and personal injury.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Service without Customer's prior written consent, except for the Zhejiang partner engineers named in Schedule 1, whom Customer approves by signing this Agreement.

## 12. Term and ending

12.1 This Agreement runs for the Initial Term and ends at its expiry. It may be extended only by a written agreement signed by both parties.

12.2 Neither party may terminate this Agreement before the end of the Initial Term. Customer's sole and exclusive remedies for any failure of the Service, including any breach by Provider, are the service credits under Schedule 2 and a claim for damages under clause 10.

12.3 At the end of the Agreement, Provider shall remove the rented firewalls after Customer's replacement equipment is in service, and shall support the hand-over for up to thirty days.

## 13. Change control

13.1 Customer may request changes to the firewall rules, VPN users or the scope of the Service. Standard changes within the monthly allowance in Schedule 1 are included in the Monthly Service Charge. Provider shall implement a standard change within two working days after an approved request, and an emergency change requested by Customer's IT manager as soon as practicable.

13.2 Changes beyond the allowance, or changes to the scope of the Service, require a written change order stating any adjustment of the Charges. Provider shall not make any change to the rule base without a request from Customer, except to contain an active attack, in which case it shall inform Customer immediately.

## 14. Reporting and service reviews

14.1 Provider shall send a monthly service report showing incidents by priority, response and restoration times, availability, changes made, blocked threats and firmware status, together with any credits due.

14.2 The parties shall hold a service review by video conference every quarter. Provider shall propose improvements to the rule base at least twice in the Initial Term.

## 15. Customer responsibilities

15.1 Customer shall provide rack space, power and uplinks at both plants, name an IT contact available during business hours, and inform Provider in advance of planned network or power work.

15.2 Customer shall keep its remote-access users informed of the acceptable-use rules and shall request removal of accounts of staff who leave.

## 16. Force majeure

16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war, power failures affecting a whole region or acts of government, provided it informs the other party promptly and resumes performance as soon as possible. Service credits do not apply during such events.

## 17. Hand-over at the end of the Agreement

17.1 From three months before the end of the Initial Term, Provider shall give Customer or its new provider the current rule base, object definitions, VPN settings, network diagrams and runbooks in an editable format, and shall answer their reasonable questions.

17.2 Provider shall keep the rented firewalls in service until Customer's replacement equipment is working, for up to thirty days after the end of the Initial Term, at the Monthly Service Charge pro rata for those days.

17.3 Provider shall delete Customer's configurations and logs from its management tools after the hand-over and confirm this in writing.

## 18. Governing law and disputes

18.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Taizhou Arbitration Commission for arbitration in Taizhou.

## 19. General

19.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It may be amended only in writing signed by both parties. Notices shall be sent in English or Chinese by e-mail and courier to the addresses above. The Agreement is made in English and Chinese, and both texts have equal force.

## Schedule 1 — Service description

Firewalls: two units in high-availability pair at the main plant, one unit at the second plant. Monitoring 24x7. Standard changes: up to twenty per month, implemented within two working days. Approved partner: Zhejiang Anlan Network Engineering Co., Ltd. (on-site hardware replacement only).

## Schedule 2 — Priorities, service levels and credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | Firewall outage at a plant, or internet / VPN down | 15 minutes | 3 hours | 5% of the Monthly Service Charge per hour late, up to 50% |
| P2 | Degraded service, failover lost, remote access failing | 1 hour | 8 hours | 2% of the Monthly Service Charge per hour late |
| P3 | Standard change or query | 8 business hours | 2 working days | none |

Availability of the firewall service at the main plant: at least 99.95% per calendar month. For each 0.02 percentage point or part below that level, a credit of 5% of the Monthly Service Charge applies.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (survey, rule migration, installation, cut-over) | one-time | 38,000 |
| Monthly Service Charge (including firewall rental) | per month x 24 | 23,800 per month = 571,200 |
| **Total Charges for the Initial Term** | | **609,200** |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT
TRAVELLER DUTY-FREE QUOTA CHECK SERVICE

Agreement No.: PRL-HK-2025-019

PARTIES

CUSTOMER: Hainan Yelan Duty-Free E-Commerce Co., Ltd., Longhua District, Haikou, Hainan Province, People's Republic of China ("Customer").

VENDOR: Protaras Quota Systems Ltd, 12 Pernera Avenue, 5296 Paralimni, Republic of Cyprus ("Vendor").

RECITALS

A. Customer operates an online and store-pickup platform for offshore duty-free shopping in Hainan. Before each order it must check that the traveller is eligible and that the order fits within the traveller's remaining annual duty-free allowance and item limits.

B. Vendor provides a quota-check application programming interface ("API") that calculates remaining allowances from the data supplied by Customer and returns an allow / refuse decision with reasons, and has built comparable services for travel-retail operators.

C. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's quota-check interface and the related developer portal, as described in the Schedule.

1.2 "Integration" means the adaptation of the API to Customer's order platform and its connection to Customer's systems, as described in clause 3.

1.3 "Subscription Year" means each annual period starting on the Subscription Start Date or on an anniversary of it.

1.4 "Subscription Start Date" means the date of the Integration Acceptance Certificate.

1.5 "Customer Data" means all data submitted by Customer or its travellers to the API, including names, identity document numbers, flight or ferry details and purchase records, and all results returned.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer the right to use the API for two Subscription Years from the Subscription Start Date, up to three million quota checks per Subscription Year.

2.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written agreement signed by both parties.

3. INTEGRATION

3.1 Vendor shall adapt the API to Customer's order platform, map Customer's product categories to the applicable item limits, and connect the API to Customer's order, payment and pickup systems.

3.2 Vendor shall complete Integration within sixty days after signature. For each day by which Integration Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 450.

4. INTEGRATION ACCEPTANCE

4.1 Acceptance tests: (a) the API returns correct results for the 500 reference cases in Customer's test book, covering eligible and ineligible travellers, allowance limits and item limits; (b) median response time is below 300 milliseconds and the slowest one in a hundred responses is below 800 milliseconds at 200 requests per second for one hour; (c) a seven-day parallel run against Customer's manual check shows no unexplained difference.

4.2 When all tests pass, Customer signs the Integration Acceptance Certificate. Use of the API in production before signature does not constitute acceptance.

5. FEES AND PAYMENT

5.1 At Customer's request, all fees are in Chinese yuan (CNY), including applicable taxes. The fees are set out in the Schedule.

5.2 The Integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Nothing is payable before the Subscription Start Date. Invoices are payable within thirty days.

5.3 Quota checks above the annual volume are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Vendor shall meet the service levels in the Schedule and grant the service credits stated there. Credits are deducted from the next invoice or, at the end of the Agreement, paid to Customer.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's instructions and only to provide the API, and shall not use it for any other purpose, including analytics, benchmarking or product development, whether or not anonymised.

7.2 The API and all Customer Data are hosted in a data centre in Haikou operated by a mainland Chinese cloud provider. No Customer Data shall be transferred outside mainland China. Vendor shall comply with the Personal Information Protection Law and the Data Security Law, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep audit logs for one hundred and eighty days.

7.3 Vendor shall notify Customer within ten hours after becoming aware of any security incident affecting Customer Data, shall take immediate measures to contain it, shall cooperate with Customer and the authorities, and shall be responsible for all losses, fines and costs caused by an incident resulting from its breach of this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep secret the confidential information of the other party, including Customer's sales figures, traveller volumes and system designs, and shall use it only for this Agreement. This obligation survives for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Vendor retains its rights in the API.

9.2 The integration adapters, category mapping tables and test book developed for Customer belong to Customer, which may use, modify and license them, including to another provider.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations, or appoint any sub-processor, without Customer's prior written consent. The hosting provider named in the Schedule is approved by signature of this Agreement.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to two times the total fees stated in the Schedule. The limit does not apply to breach of clause 7 or 8, wilful misconduct or fraud.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. On termination for Vendor's breach, Vendor shall refund fees paid for the period after termination.

12.2 On expiry or termination Vendor shall return all Customer Data and then delete it, and confirm deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Cyprus.

13.2 Any dispute shall be finally resolved by arbitration under the rules of the Cyprus Arbitration and Mediation Centre, seated in Nicosia, in English.

14. CHANGES TO THE API

14.1 Vendor shall keep the API consistent with the Hainan offshore duty-free rules in force. When the authorities change the annual allowance, item limits or eligibility rules, Vendor shall update the API by the effective date of the change at no extra charge and shall give Customer a test version at least ten days before that date, where the authorities publish the change in time.

14.2 Vendor shall give Customer at least sixty days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.

15. CUSTOMER OBLIGATIONS

15.1 Customer shall submit complete and accurate traveller data for each check, keep its API keys secret, and restrict access to the API to its own order systems.

15.2 Customer remains responsible for the final decision to accept or refuse an order and for its reporting obligations to the customs authorities.

16. FORCE MAJEURE

16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, natural disasters, epidemics or acts of government, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

17. COOPERATION WITH CUSTOMS AND AUDITS

17.1 Vendor shall keep a log of every quota check, showing the request time, the decision and the reasons, and shall give Customer extracts from the log when Customer needs them for customs inspections, audits or traveller complaints.

17.2 Vendor shall cooperate with security assessments of the API required by Customer or by the authorities, including a yearly penetration test by a tester chosen by Customer, and shall fix high-risk findings within fifteen days.

18. GENERAL

18.1 This Agreement, with its Schedule, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above and are effective on receipt. This Agreement is made in English, with a Chinese translation for reference.

SCHEDULE - FEES AND SERVICE LEVELS

PART 1 - FEES

Item                                               Basis                    Amount (CNY)
API subscription, 3 million checks included        per Subscription Year    264,000
Subscription fees for the term                     2 Subscription Years     528,000
Integration (adaptation, mapping, connection)      one-time                 42,000
TOTAL FEES                                                                  570,000
Overage                                            per 1,000 checks         60 (not included in the total)

PART 2 - SERVICE LEVELS

Monthly availability of the API: at least 99.95%, measured at Vendor's Haikou endpoint, planned maintenance excluded (maximum two hours per month, between 02:00 and 06:00, with three days' notice).

Priority 1 (API unavailable or returning wrong decisions): response within 30 minutes, restoration within 2 hours.
Priority 2 (degraded response times or a single function failing): response within 2 hours, restoration within 8 hours.
Priority 3 (questions, documentation): response within 2 working days.

Service credits: availability below 99.95% but at least 99.5%: 5% of the monthly share of the subscription fee; below 99.5%: 20% of the monthly share of the subscription fee. Each Priority 1 response more than 30 minutes late: CNY 2,000 per incident. Each Priority 1 restoration more than 2 hours late: CNY 3,000 per started hour.

Approved hosting provider: Hainan Qiongyun Data Technology Co., Ltd., Haikou data centre.

Signed for Customer: ____________________ (seal)        Signed for Vendor: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# name, language, category, source, format, terms, extra (contract_value etc.), expected rules
C = {}


def add(key, slug, lang, cat, src, fmt, terms, extra, rules, tco=None):
    t = dict(OK)
    t.update(terms)
    C[key] = dict(slug=slug, lang=lang, cat=cat, src=src, fmt=fmt, terms=t, extra=extra, rules=sorted(rules), tco=tco)


def tco(value, base, pct, warranty_months):
    years = max(0.0, 5 - warranty_months / 12)
    fees = base * pct / 100 * years
    return dict(total=value + fees, fees=fees, share=fees / (value + fees) * 100)


add("h373z01", "culture_tourism_bureau_supervision_platform", "zh", "software", Z01, "pdf",
    dict(availability_pct=99.98, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1882000), [], tco=(1882000, 860000, 8, 36))
add("h373z02", "copper_tube_casting_rolling_control_retrofit", "zh", "hardware", Z02, "docx",
    dict(availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, liability_cap_pct=150,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8.5,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2316000), ["CR-LD-LOW", "CR-SUBCONTRACT"], tco=(2316000, 1976000, 8.5, 24))
add("h373z03", "shoe_repair_key_chain_work_order_saas", "zh", "cloud", Z03, "txt",
    dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=200 / 220800 * 100, liability_cap_pct=200,
         prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         auto_renewal_price_increase=True, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=220800),
    ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
add("h373z04", "government_vehicle_system_annual_maintenance", "zh", "services", Z04, "txt",
    dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.2, liability_cap_pct=None,
         prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), [])
add("h373z05", "tofu_skin_mes_supplier_template", "zh", "software", Z05, "md",
    dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
         ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, final_payment_on_acceptance=True,
         warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=960000),
    ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
     "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    tco=(960000, 720000, 25, 6))
add("h373e01", "yunjin_brocade_loom_card_software_serbian_vendor", "en", "software", E01, "pdf",
    dict(availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=None, liability_cap_pct=150,
         prepayment_pct=20, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=18,
         post_warranty_fee_pct=11, governing_law="Serbia", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
         contract_value=630000), ["CR-ACCEPTANCE", "CR-GOVERNING-LAW", "CR-LD-MISSING"],
    tco=(630000, 503800, 11, 18))
add("h373e02", "desert_camp_booking_saas_order_form_macedonian_vendor", "en", "cloud", E02, "md",
    dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=300 / 342500 * 100,
         liability_cap_pct=6 / 36 * 100, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, contract_kind="service"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=342500),
    ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
add("h373e03", "navel_orange_orchard_sensors_albanian_integrator", "en", "hardware", E03, "docx",
    dict(availability_pct=None, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=9, subcontract_without_consent=True, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=786000), ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], tco=(786000, 679200, 9, 24))
add("h373e04", "plastic_mould_managed_firewall_bosnian_provider", "en", "services", E04, "md",
    dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
         ld_rate_per_day_pct=500 / 609200 * 100, liability_cap_pct=150, prepayment_pct=None,
         final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         termination_for_breach=False, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=609200),
    ["CR-DATA-SECURITY", "CR-TERMINATION"])
add("h373e05", "duty_free_quota_check_api_cypriot_vendor", "en", "cloud", E05, "txt",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=450 / 570000 * 100,
         liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, governing_law="Cyprus", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
    ["CR-GOVERNING-LAW"])

# ---------------------------------------------------------------- checks
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def derive(c):
    """policy.md §3 applied to my own labels (a consistency check of the labels, not a model of the code)."""
    t, x, r = c["terms"], c["extra"], set()
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
    if not t["buyer_owns_data"]:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if c["tco"] and tco(*c["tco"])["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(c):
    t = c["terms"]
    for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                 ("post_warranty_fee_pct", 15)):
        assert t[k] is None or abs(t[k] - v) > 1e-6, (k, t[k])
    if c["tco"]:
        assert abs(tco(*c["tco"])["share"] - 40) > 0.5


CN = "〇零一二三四五六七八九十百千"
FORBIDDEN = [  # (name, regex)
    ("99.9", r"99\.9(?!\d)"),
    ("4 hours", r"(?<![\d.])4\s*[- ]?(小时|个小时|h\b|hrs?\b|hours?\b|business hours|working hours)"),
    ("四小时", r"(?<![" + CN + r"])四个?小时"),
    ("four hours", r"(?<![-\w])(?<!ty )four\s*[- ]?(\(4\)\s*)?(business |working )?hours?\b"),
    ("240 minutes", r"(?<![\d.])240\s*(分钟|min)"),
    ("0.05%", r"(?<![\d.])0\.05\s*(%|％|per ?cent)"),
    ("万分之五", r"万分之五(?![十百])"),
    ("100%", r"(?<![\d.])100\s*(%|％|per ?cent)"),
    ("百分之百", r"百分之(一)?百(?![分零一二三四五六七八九])"),
    ("hundred per cent", r"\bone hundred per ?cent|\bhundred percent"),
    ("30%", r"(?<![\d.])30\s*(%|％|per ?cent)"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("thirty per cent", r"\bthirty\s*per ?cent"),
    ("12 months", r"(?<![\d.])12\s*[- ]?(calendar\s+)?(个月|months?\b|月)"),
    ("十二个月", r"(?<![" + CN + r"])十二个月"),
    ("twelve", r"\btwelve\b"),
    ("one year", r"\b(one|1)\s*[- ]?years?\b"),
    ("一年", r"(?<![" + CN + r"\d])一年"),
    ("1年", r"(?<![\d.])1\s*年"),
    ("15%", r"(?<![\d.])15\s*(%|％|per ?cent)"),
    ("百分之十五", r"百分之十五(?![一二三四五六七八九])"),
    ("fifteen per cent", r"\bfifteen\s*per ?cent"),
    ("40%", r"(?<![\d.])40\s*(%|％|per ?cent)"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("forty per cent", r"\bforty\s*per ?cent"),
    ("5 years", r"(?<![\d.])5\s*[- ]?(years?\b|年)"),
    ("五年", r"(?<![" + CN + r"])五年"),
    ("five years", r"(?<![-\w])(?<!ty )five\s*[- ]?years?\b"),
    ("60 months", r"(?<![\d.])60\s*[- ]?(个月|months?\b)"),
    ("六十个月", r"(?<![" + CN + r"])六十个月"),
    ("sixty months", r"\bsixty\s*[- ]?months?\b"),
]
FORBIDDEN = [(n, re.compile(p, re.I)) for n, p in FORBIDDEN]


def hits(text):
    out = []
    for s in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        out += [n for n, rx in FORBIDDEN if rx.search(s) and n not in out]
    return out


def selftest():
    must_hit = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%",
                "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
                "twelve months", "one year", "1 year", "一年", "15%", "百分之十五", "40%", "百分之四十", "5 years",
                "五年", "five years", "60 months", "六十个月", "5-year", "one-year"]
    must_miss = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "14 hours", "24 hours",
                 "0.055%", "万分之五十", "1,500 words", "130%", "340,000", "2015年", "百分之三十五", "25 months",
                 "15,000", "twenty-four hours", "twenty four hours", "150%", "99.98%", "0.4 hours", "Subscription Year", "服务年度", "二十四个月", "312 months"]
    for s in must_hit:
        assert hits(s), ("should hit", s)
    for s in must_miss:
        assert not hits(s), ("should miss", s, hits(s))


# ---------------------------------------------------------------- build and read back
EXT = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md"}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    covered = set()
    for key, c in C.items():
        name = "%s_%s%s" % (key, c["slug"], EXT[c["fmt"]])
        c["name"] = name
        assert not hits(c["src"]), (key, hits(c["src"]))
        if c["fmt"] in ("pdf", "docx"):
            sources[key], targets[key] = c["src"], (name, c["fmt"])
        else:
            (OUT / name).write_text(c["src"], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    rows = []
    for key, c in C.items():
        text = read_back(OUT / c["name"])
        assert not hits(text), (key, hits(text))
        n = len(text) if c["lang"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        off_thresholds(c)
        d = derive(c)
        assert d == c["rules"], (key, d, c["rules"])
        covered |= set(d)
        extra = dict(c["extra"])
        label = {"file": c["name"], "language": c["lang"], "category": c["cat"],
                 "expected_terms": {k: c["terms"][k] for k in KEYS}, "expected_extra": extra,
                 "expected_rules": c["rules"]}
        if c["terms"]["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra
        (OUT / (c["name"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                                   encoding="utf-8")
        share = " tco=%.2f share=%.2f%%" % (tco(*c["tco"])["total"], tco(*c["tco"])["share"]) if c["tco"] else ""
        rows.append((key, n, lo <= n <= hi))
        print("%s %-5s len=%d risk=%s rules=%s%s" % (key, c["lang"], n, risk(d), ", ".join(d) or "(none)", share))
    bad = [r for r in rows if not r[2]]
    assert not bad, bad
    assert covered == set(SEV), sorted(set(SEV) - covered)
    counts = sorted(len(c["rules"]) for c in C.values())
    print("finding counts:", counts)
    print("all 20 CR rules covered; all checks passed")


if __name__ == "__main__":
    main()
