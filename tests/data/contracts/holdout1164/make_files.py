"""holdout1164: builds the ten blind held-out drafts (.txt/.md directly, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, thresholds, rule derivation and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:再生资源回收管理平台建设项目政府采购合同
P:合同编号：SW-ZFCG-2026-0417
P:采购人（甲方）：滨江市商务局
P:供应商（乙方）：杭州绿链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：BJCG-2026-0093）、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供再生资源回收管理平台软件许可（含回收网点管理、回收车辆轨迹、交易台账、分拣中心进出场、统计分析五个子系统），并按甲方需求进行定制开发、部署实施和人员培训。
P:1.2 定制开发内容包括：与全市再生资源回收经营者备案系统的数据接口、与市场监管部门主体信息库的核验接口、面向回收网点的移动端小程序、面向市领导的回收量监测驾驶舱及十二类统计报表。
P:1.3 平台部署于甲方指定的政务云，乙方负责安装、配置、联调及上线保障，并配合甲方完成网络安全等级保护测评。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及乙方完成本项目所需的全部费用。
P:2.2 分项价格：平台软件许可费¥528,000；定制开发费¥684,000；部署实施费¥126,000；培训费¥48,000。
P:2.3 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥277,200。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥623,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥485,100。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署及定制开发，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、接口文档、部署手册、操作手册、测试报告及定制部分全部源代码。
P:4.3 乙方应指定项目经理一名常驻甲方现场，未经甲方同意不得更换。项目组核心成员名单以投标文件为准，确需调整的，乙方应提前十日书面申请，替换人员资历不得低于原人员。
P:4.4 乙方应为甲方业务人员、回收网点操作员及系统管理员分别组织培训，培训总人数不少于二百人次，并提供培训教材和操作视频。
P:4.5 乙方应每周向甲方提交项目周报，说明进度、风险和需甲方配合事项；进度滞后时应提出赶工措施。
H:第五条 验收
P:5.1 初步验收：平台部署完成后，甲方组织功能测试，验收标准为：招标文件所列功能点全部实现；各接口连续十个工作日数据交换无差错；三百名用户并发时页面响应时间不超过三秒；第三方安全测试无中高危漏洞。
P:5.2 最终验收：初步验收后试运行九十日，试运行期间未发生一级故障、全部问题整改完毕的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告和优化建议；国家或本市再生资源回收管理政策调整导致统计口径变化的，乙方应在三十日内完成相应报表调整，不另收费。
P:6.3 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的8%（即¥42,240），且该价格在质保期满后三年内不上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意并安排在非工作时间。
P:7.2 一级故障（平台整体不可用或数据错误影响业务）乙方应在三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，二十四小时内解决；三级问题在下一版本中修复。
P:7.3 响应或恢复每超时一小时，乙方向甲方支付违约金¥800；月度可用率每低于约定值0.01个百分点，扣减当期维护费用或支付违约金¥1,500。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属单位。
P:8.2 为本项目定制开发的接口程序、小程序、驾驶舱、报表及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:8.3 乙方保证所提供软件不侵犯任何第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的回收经营者信息、交易台账、车辆轨迹等全部业务数据属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:9.2 乙方应落实访问控制、操作审计、数据加密和备份措施，运维操作须经甲方堡垒机进行，不得将数据复制至政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中获知的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三支付违约金。
P:11.3 乙方交付的软件不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方。
P:12.2 未经甲方书面同意，乙方不得转让本合同项下的任何权利和义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方可协商延期履行或部分免除责任。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 双方指定的联系人及通讯地址见合同首部，一方变更的应在三日内书面通知对方；按上述地址发出的书面通知，自送达之日起生效。
P:15.4 乙方应遵守政府采购廉洁从业规定，不得向甲方工作人员提供任何不正当利益；违反的，甲方有权解除合同并依法处理。
P:15.3 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市商务局　　乙方（盖章）：杭州绿链信息技术有限公司
"""

SRC["z02"] = """T:升降机总装线控制系统改造合同
P:合同编号：HT-SJ-2026-058
P:甲方：常州恒升电动升降机制造有限公司
P:乙方：无锡智控自动化工程有限公司
P:甲方拟对其总装一号线、二号线的控制系统进行改造，乙方经询比价被确定为供应商。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜签订本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除两条总装线原有继电器控制柜，更换为PLC控制系统，改造伺服驱动及电机，增设工业触摸屏操作台、工业以太网和视觉检测单元，并部署产线控制与质量追溯软件。
P:1.2 改造后的产线应实现工位节拍控制、扭矩数据自动采集、整机条码追溯、安全联锁和设备状态看板，并与甲方现有ERP系统对接工单及完工数据。
P:1.3 改造须利用甲方春节停产期及周末完成，单条产线停线时间累计不超过二十天。
P:1.4 乙方应在合同签订后十五日内完成现场勘察，核对原有设备、线缆走向和工位布置，提交详细设计方案和IO点表，经甲方确认后方可采购设备。设计方案应保留必要的扩展余量，满足甲方后续增加工位的需要。
P:1.5 乙方提供的设备应为原厂全新正品，主要元器件品牌不得低于投标文件所列品牌，并提供合格证及原厂质保证明。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰玖拾陆万捌仟元整（¥1,968,000），含增值税、运输、保险、安装调试及培训费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|主控PLC及远程IO|8套|486,000
TB:2|伺服驱动及电机改造|2条线|352,000
TB:3|工业触摸屏及操作台|16台|118,000
TB:4|工业交换机及网络|1批|96,000
TB:5|产线视觉检测单元|6套|204,000
TB:6|产线控制与追溯软件许可（永久）|1套|456,000
TB:|设备及软件小计||1,712,000
TB:7|安装调试及ERP对接|1项|186,000
TB:8|操作及维护培训|1项|70,000
TB:|合计||1,968,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%，计¥393,600。
P:3.2 设备到货、安装调试完成并经甲方签收后，甲方支付合同总价的55%，计¥1,082,400。到货签收不视为验收合格。
P:3.3 两条产线通过最终验收后，甲方支付合同总价的25%，计¥492,000。
P:3.4 乙方应在每笔付款前开具合法有效的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后六十日内完成设备到货，一号线改造在到货后二十五日内完成，二号线在一号线试产合格后二十日内完成。
P:4.2 乙方应提供电气原理图、PLC程序、接线图、软件操作手册及备品备件清单。
P:4.3 乙方应在进场前提交施工组织方案、停线计划、安全技术措施及应急预案，经甲方设备部和安全部审核同意后方可施工。施工期间乙方应指定现场负责人，每日与甲方生产部核对进度。
P:4.4 乙方施工人员应遵守甲方厂区安全管理制度，持证上岗，电气作业执行停电、验电、挂牌上锁程序。因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.5 改造过程中拆除的旧控制柜、电缆等物资归甲方所有，由乙方清点后移交甲方仓库。
H:第五条 验收
P:5.1 每条产线改造完成后进行七十二小时连续带载试运行。验收标准：节拍达到每台整机不超过九十秒；每台整机的扭矩数据完整采集，抽查三百台无缺失；安全联锁测试全部通过；条码追溯可由整机号查询到全部关键工位记录；ERP工单及完工数据对接无差错。
P:5.2 两条产线均试运行合格后，甲方组织最终验收，出具书面验收报告。投产使用或付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内完成整改并重新组织试运行；经两次整改仍不合格的，甲方有权拒收并按本合同第十二条处理。
P:5.4 乙方应对甲方电气维修人员进行不少于五天的培训，内容包括PLC程序结构、常见故障处理、伺服参数备份与恢复、追溯软件管理，培训结束后进行考核，考核合格人员应能独立处理二级故障。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换和升级。
P:6.2 一级故障（整条产线停线）乙方应在一小时内响应，六小时内到达现场；二级故障八小时内响应，四十八小时内解决。响应或到场每超时一小时，乙方向甲方支付¥500。
P:6.3 质保期内乙方每半年进行一次预防性巡检，检查控制柜、伺服系统、网络及软件运行状况，并备份PLC程序和数据库。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的26%计取，即每年¥445,120，该价格在质保期满后三年内保持不变。维保服务包括定期巡检、PLC程序备份、软件升级和备件更换。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、对接接口程序、看板及报表的知识产权归甲方所有，乙方应移交源程序，甲方可自行修改和使用。
P:7.2 追溯软件标准产品的知识产权归乙方，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 控制系统及追溯软件采集、生成和存储的产线运行数据、质量追溯数据及工艺参数属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN和审计设备进行；乙方应采取防病毒、访问控制等安全措施。发生数据泄露或工控安全事件的，乙方应在两小时内报告甲方，因乙方原因造成损失的由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对甲方的工艺文件、产品图纸、生产计划和客户信息负有保密义务，保密期限至合同终止后五年。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺，未经甲方书面同意，不得在宣传材料或案例介绍中使用甲方名称、产线照片及相关数据。
H:第十条 违约责任
P:10.1 乙方逾期完成交货或改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 因乙方原因造成停线时间超出约定的，乙方应赔偿甲方由此产生的直接损失。
P:10.4 乙方提供的设备或软件存在质量缺陷，造成甲方整机返工或客户投诉的，乙方应承担返工费用并赔偿甲方的直接损失。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电气安装作业需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复产线正常生产，并移交已完成部分的程序和资料。
H:第十三条 法律适用及争议
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商调整工期。
P:14.2 本合同附件包括：技术规格书、设备清单、施工组织方案、验收大纲。附件与正文具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：常州恒升电动升降机制造有限公司　　乙方（盖章）：无锡智控自动化工程有限公司
"""

SRC["z03"] = """门店预约及会员管理系统订阅服务合同

合同编号：YS-2026-1128
甲方：苏州金匙连锁钥匙服务有限公司
乙方：南京店小云网络科技有限公司

甲方在苏州、无锡两地经营十五家钥匙配制及开锁服务门店，现委托乙方提供线上预约及会员管理系统订阅服务及实施服务。双方依据《中华人民共和国民法典》等法律法规，签订本合同。

一、服务内容
（一）订阅服务
1. 乙方以SaaS方式向甲方十五家门店提供预约下单、上门开锁派单、会员储值与积分、优惠券、门店收银对账、经营报表等功能，开通门店账号十五个、总部管理账号五个、技师移动端账号六十个。
2. 系统部署在乙方租用的境内公有云，乙方负责运行、维护、升级和安全防护。
（二）实施服务
1. 乙方负责甲方现有会员资料（约三万八千条）的清洗和导入、门店及价目表配置、微信小程序预约页面的定制、与甲方收银设备的对接。
2. 乙方应对门店店长及技师进行使用培训，每店不少于两次。
3. 乙方应在实施期间安排专职实施顾问一名，负责需求调研、配置和上线辅导，并建立双方项目沟通群，工作日九点至二十一点在线答复门店问题。
4. 系统上线后第一个月，乙方应每周回访各门店，收集使用问题并出具上线运行报告。
（三）甲方配合事项
1. 甲方应指定项目联系人，及时提供会员资料、门店信息、服务项目及价目表，并对乙方的配置方案进行书面确认。
2. 甲方负责门店网络、收银设备和技师手机的准备，并组织门店人员按时参加培训。
3. 甲方应妥善保管管理账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（四）功能更新
乙方在服务期内对系统进行的常规版本升级不另收费；升级涉及门店操作变化的，乙方应提前七日通知甲方并提供更新说明。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自系统上线验收合格之日起算，第二服务年度紧接第一服务年度。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一年，可连续续期。续期时乙方有权根据其当年价格体系调整年度订阅费，并提前三十日通知甲方，甲方继续使用即视为接受调整后的价格。

三、费用及支付
（一）年度订阅费为每服务年度人民币壹拾陆万捌仟元（¥168,000），两个服务年度共计¥336,000。
（二）实施费为人民币伍万捌仟元（¥58,000），一次性支付。
（三）本合同总价为人民币叁拾玖万肆仟元整（¥394,000）。短信通知按实际发送量另行结算，不计入合同总价。
（四）支付方式：
1. 每一服务年度的订阅费于该服务年度开始后十日内支付；
2. 实施费在系统上线验收合格后十五日内支付。
（五）乙方收款前应开具增值税普通发票。
（六）服务期内甲方新增门店的，按每店每服务年度¥11,200计费，按实际开通月份折算，另行签订补充协议，不计入本合同总价。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）验收标准：
1. 合同所列功能全部可用；
2. 会员资料导入后抽查五百条，姓名、手机号、储值余额与原系统一致；
3. 小程序预约下单至门店接单全流程在十五家门店各测试五次以上，全部测试订单均成功流转；
4. 收银对账数据与收银设备日结数据一致。
（三）甲方在收到验收申请后七日内组织验收并签署验收单。未经甲方签署验收单的，系统试用不视为验收合格。
（四）验收不合格的，乙方应在五日内完成整改并重新申请验收，整改期间不计入服务年度。
（五）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录、无法下单或收银）：一小时内响应，八小时内恢复；
2. 二级故障（部分功能异常）：两小时内响应，次一工作日内解决；
3. 一般问题：一个工作日内答复。
（三）乙方应提供全年无休的电话及在线客服，门店高峰时段（周末及法定节假日）应增加值班人员；系统计划内维护应安排在凌晨零点至六点之间，并提前两日通知甲方。
（四）乙方每月向甲方提交服务报告，列明可用率、故障处理情况和门店咨询统计。
（五）月度可用率每低于约定值一个百分点，乙方按当月订阅费的5%抵扣下期费用；一级故障响应超时的，每次抵扣¥300。

六、数据与安全
（一）甲方会员资料、预约及交易记录等业务数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应对会员个人信息加密存储，实行最小权限和操作日志，每日备份，并按个人信息保护相关法律履行义务。
（三）发生数据泄露或丢失的，乙方应在二十四小时内通知甲方，配合处置，并承担因其过错造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并在导出后删除。
（五）乙方应每年至少进行一次安全漏洞扫描和渗透测试，将结果及整改情况告知甲方；系统应符合网络安全等级保护第二级要求。
（六）乙方人员仅可在处理甲方工单时经甲方授权访问会员数据，访问记录保存不少于六个月，甲方可随时查询。

七、保密
（一）双方对在合作中知悉的对方商业信息、价格及客户资料负有保密义务，未经对方书面同意不得披露。
（二）乙方应要求其员工及客服人员签署保密承诺，不得私自联系甲方会员或利用甲方会员信息开展营销。
（三）保密义务不因本合同终止而解除。

八、知识产权
（一）订阅系统的知识产权归乙方所有。
（二）为甲方定制的小程序页面、收银对接程序及配套文档归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。
（三）甲方的商标、店招图片及宣传文案仅授权乙方在本合同服务范围内使用，合同终止后乙方应立即停止使用。
（四）乙方保证系统及定制内容不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

九、服务外包
（一）乙方可将短信通道、呼叫中心客服及部分现场培训工作交由第三方完成，书面通知甲方即可，乙方对第三方的行为负责。

十、合同解除
（一）乙方严重违约，或连续两个月可用率低于约定值的，甲方有权书面通知解除合同，乙方退还未履行期间的订阅费。
（二）甲方逾期付款超过三十日，经催告仍不支付的，乙方可暂停服务，但应提前五日通知甲方，并保证甲方数据完整。
（三）合同终止或解除后，乙方应配合甲方将会员储值余额、积分和未使用优惠券等数据完整迁移至甲方指定的系统，不得以任何理由扣留数据。

十一、法律适用及争议解决
（一）本合同适用中华人民共和国法律。
（二）争议协商不成的，提交苏州仲裁委员会仲裁。

十二、其他
（一）本合同一式两份，双方各执一份，自双方签章之日起生效。
（二）附件：功能清单、门店清单、故障分级表。附件与本合同具有同等效力。
（三）因不可抗力或公有云基础设施的重大故障导致服务中断的，乙方应及时通知甲方并尽快恢复；双方协商相应减免费用。
（四）双方往来通知以书面或合同所载电子邮箱发送，发出后次日视为送达。

甲方（盖章）：苏州金匙连锁钥匙服务有限公司
乙方（盖章）：南京店小云网络科技有限公司
"""

SRC["z04"] = """人防工程监测系统年度运维服务合同

项目名称：人防工程监测系统二〇二七年度运维服务
采购方式：竞争性磋商（项目编号：RF-CS-2026-015）
采购人（甲方）：临川市人民防空办公室
供应商（乙方）：江西安屏智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，双方就人防工程监测系统年度运维服务事宜达成如下协议。

第一条 服务范围
（一）运维对象：甲方人防工程监测系统，包括市级监测平台一套、区级分中心六个、接入的四十二处公用人防工程现场监测终端（温湿度、有害气体、水位、防护密闭门状态、视频监控）及配套通信链路。
（二）服务目标：保障监测系统全年稳定运行，确保各人防工程的环境、防护设备状态及视频数据实时、准确、完整上传，为日常管理、战备检查和应急处置提供可靠支撑。
（三）服务内容：
1. 平台软件及数据库的日常运行监控、补丁更新、备份与恢复演练；
2. 现场终端每季度一次巡检，传感器年度校准，故障终端维修或更换（单价五千元以下的备件由乙方承担）；
3. 战备演练及防汛期间的驻场保障；
4. 每月提交运维月报，年底提交年度运维报告及系统优化建议；
5. 配合甲方完成上级部门的检查、网络安全检查及等级保护测评，按要求整改发现的问题；
6. 对甲方值班人员进行系统操作培训，全年不少于两次。
（四）乙方应组建不少于六人的运维团队，其中驻场工程师两名，工作日在甲方监控中心值守。
（五）人员要求：项目负责人应具有五年以上监测系统运维经验；驻场工程师应熟悉数据库、网络及视频系统；进入人防工程作业的人员须经安全培训并持有有限空间作业相关资格。乙方更换项目负责人或驻场工程师的，应提前十日书面报甲方同意。
（六）乙方应建立运维工单台账，所有故障、巡检、变更均须在甲方运维管理系统中登记，并在处理完毕后由甲方值班人员确认关闭。
（七）乙方进入人防工程现场作业，应事先向甲方及工程管理单位报备，遵守工程出入、用电、用火管理规定，作业完毕恢复现场。

第二条 服务期限
服务期自二〇二七年一月一日起至二〇二七年十二月三十一日止。服务期满本合同终止，甲方另行采购的，乙方应配合交接。
服务期开始前七日内，乙方应与上一运维单位办理交接，核对设备清单、账号密码、备件及文档，交接中发现的问题应书面报告甲方。服务期满时，乙方应向甲方或甲方指定的新运维单位完整移交上述资料，并提供不少于十日的交接支持。

第三条 合同价款及支付
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），包含人工、备件、校准、差旅、税费等全部费用。
（二）服务费按季度支付，每季度¥121,500。甲方在每季度结束后，根据季度考核结果，于二十个工作日内支付该季度服务费。
（三）季度考核得分低于九十分的，每低一分扣减该季度服务费的百分之一。
（四）乙方请款时应提交季度运维报告、考核表及合法有效的发票。甲方按财政资金支付程序办理付款，因财政审批产生的合理延迟不视为甲方违约。

第四条 服务水平
（一）监测平台月度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（平台瘫痪、区级分中心离线或三处以上工程数据中断）：三十分钟内响应，两小时内到场，八小时内恢复；
2. 二级故障（单个工程监测数据中断或视频丢失）：两小时内响应，二十四小时内修复；
3. 三级故障（单个传感器异常）：在下一次巡检前修复，最迟不超过七日。
（三）一级故障响应或恢复超时的，每超时一小时扣减服务费¥600；平台月度可用率每低于约定值0.01个百分点，扣减当月服务费的百分之二。

第五条 考核与验收
（一）甲方按季度依据磋商文件所附《运维服务考核表》对巡检完成率、故障处理时限、数据完整率、报告质量进行考核。
（二）考核结果作为服务费支付的依据。乙方对考核结果有异议的，可在五个工作日内书面提出，甲方应在五个工作日内复核并答复。
（三）年度终了，甲方对年度运维成果进行验收，验收标准为：巡检及校准计划全部完成、校准记录齐全、监测数据无连续中断超过一日的情况、全年无因乙方原因导致的数据丢失。验收合格后签署验收报告。

第六条 违约责任
（一）乙方未按计划完成季度巡检或年度校准的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员缺岗的，每人每日扣减服务费¥500。
（三）乙方未按要求提交运维月报或报告内容失实的，每次扣减服务费¥1,000。
（四）因乙方运维操作不当造成设备损坏的，乙方应负责修复或按原价赔偿。
（五）乙方在本合同项下对甲方承担的全部赔偿责任，以合同总价的百分之五十为限。

第七条 数据安全
（一）监测数据、工程位置信息、视频资料及系统配置属于甲方所有，乙方仅为本合同运维目的使用，不得留存、复制或用于任何其他用途。
（二）乙方应遵守甲方的网络安全管理制度，运维操作通过甲方堡垒机进行并留存日志；严禁通过互联网远程接入监测平台。
（三）乙方运维使用的计算机及存储介质须经甲方登记，专机专用，禁止接入互联网；作业完毕后不得带离任何监测数据。
（四）发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取措施并在一小时内报告甲方；因乙方原因造成的，乙方承担相应法律责任和赔偿责任。

第八条 保密
（一）人防工程位置、结构、防护能力及监测数据涉及国家秘密或工作秘密，乙方及其人员应签署保密承诺书，遵守保密法律法规。乙方参与本项目的人员名单应报甲方备案，人员离岗时应交回全部资料并重申保密义务。
（二）乙方不得以任何形式向第三方披露上述信息，保密义务在合同终止后长期有效。

第九条 知识产权
运维过程中形成的运维文档、巡检记录、脚本和优化方案归甲方所有，乙方不得用于其他项目。乙方为运维使用的自有工具软件，知识产权仍归乙方，但不得在甲方系统中留存后门或隐藏功能。

第十条 分包
乙方不得将本合同项下的任何服务分包或转包。

第十一条 合同的变更和解除
（一）合同履行期间，双方均不得单方变更或解除本合同。
（二）因政策调整确需变更或解除合同的，双方应协商一致并签订书面协议。

第十二条 法律适用及争议解决
（一）本合同适用中华人民共和国法律。
（二）争议由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
（三）争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由停止运维服务。

第十三条 其他
（一）磋商文件、响应文件及成交通知书为本合同组成部分。
（二）因不可抗力导致合同不能按约履行的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商处理。战时或重大灾害期间，乙方应服从甲方统一调度，提供应急保障。
（三）乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何不正当利益。
（四）本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：临川市人民防空办公室
乙方（盖章）：江西安屏智能科技有限公司
"""

SRC["z05"] = """# 工序追踪软件销售及开发合同

**（木易软件标准合同文本 MY-2025版）**

合同编号：MY-XS-2026-213

甲方（买方）：曹县青木木梳工坊有限公司

乙方（卖方）：菏泽木易软件开发有限公司

甲方因生产管理需要，向乙方采购"木易工序追踪系统"软件许可并委托乙方进行定制开发。双方本着平等互利的原则，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供木易工序追踪系统标准版软件许可一套，含开料、成型、打磨、雕刻、上油、包装六道工序的扫码报工、在制品追踪、计件工资核算和工序质检记录功能。

1.2 乙方根据甲方需求进行定制开发（定制开发部分的范围、界面及报表格式以需求确认书为准），内容包括：手工雕刻工序按花型计件规则、客户定制刻字订单的单件追踪、与甲方网店订单的对接、老板手机端日报。

1.3 乙方负责软件安装、基础数据初始化，并对甲方管理人员及班组长进行培训。

1.4 以下事项不属于本合同服务范围，甲方如有需要应另行付费：服务器、网络及终端硬件的采购与维护；甲方其他系统的改造；超出需求确认书范围的新增功能；因甲方操作不当或病毒感染导致的数据恢复。

1.5 定制开发的具体内容以双方签字确认的《需求确认书》为准。需求确认书签字后，甲方提出的任何变更均视为新增需求，由乙方另行报价，工期相应顺延。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 木易工序追踪系统标准版软件许可（三十个终端） | 96,000 |
| 2 | 定制开发 | 128,000 |
| 3 | 安装实施及培训 | 44,000 |
| | 合计 | 268,000 |

本合同总价为人民币贰拾陆万捌仟元整（¥268,000）。扫码枪、工位平板等硬件由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后三日内，甲方支付合同总价的65%，计¥174,200，乙方收款后启动开发。

3.2 软件上线运行后七日内，甲方支付合同总价的35%，计¥93,800。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延，且甲方应按每日千分之一支付滞纳金。

3.4 乙方在收到款项后开具增值税普通发票。甲方需要专用发票的，应在付款前提供开票信息。

3.5 本合同价格不含差旅费。乙方人员因本项目前往甲方现场超过三次的，差旅费由甲方按实报销。

## 第四条 交付

4.1 乙方计划在收到首笔款项后六十日内完成开发并上线，具体时间以双方沟通为准。因需求变更、甲方配合不到位或其他非乙方原因导致延期的，乙方不承担责任。

4.2 乙方交付内容为软件安装包、操作手册及培训视频。

4.3 甲方应提供安装所需的服务器、网络环境和工位终端，指定专人配合实施，并按乙方要求整理工序、人员、产品花型等基础资料。甲方配合不到位的，乙方不承担延期责任。

4.4 乙方培训采用集中讲解与现场指导相结合的方式，培训时长合计不超过三天。甲方新入职人员的培训由甲方自行组织。

## 第五条 验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，可向乙方提出，乙方在后续版本中酌情处理。

## 第六条 售后服务

6.1 乙方提供三个月的免费维护期，自软件上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 甲方报告的紧急故障（系统无法登录或无法报工），乙方在二十四小时内响应；一般问题在三个工作日内答复。乙方尽最大努力解决问题，但不对解决时限作出承诺，亦不因响应或解决延迟承担扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护、升级和技术支持服务，应签订年度维护协议，维护费按乙方当年公布的价目表执行。

6.4 未签订年度维护协议的，乙方不再提供软件升级和技术支持，甲方如需现场服务，按乙方当时的人天价格另行收费。

6.5 乙方的技术支持时间为工作日九点至十七点，节假日不提供服务；甲方在非工作时间报告的问题，自下一工作日起计算响应时间。

6.6 因甲方自行修改系统配置、更换硬件或使用非乙方认可的第三方软件导致的故障，不属于免费维护范围。

## 第七条 知识产权

7.1 本合同项下的软件及定制开发成果（包括计件规则模块、订单对接程序、手机端日报及其源代码、文档）的知识产权均归乙方所有。

7.2 甲方获得在本企业内部使用的非独占、不可转让的使用权，不得修改、反编译或提供给第三方。乙方不提供源代码。

7.3 乙方有权将本项目的定制开发成果纳入其标准产品，向其他客户销售或提供服务，无需征得甲方同意，也不向甲方支付任何费用。

7.4 乙方可在其宣传资料和官网案例中使用甲方名称及项目介绍。

## 第八条 数据

8.1 甲方业务数据归甲方所有。乙方应采取合理的技术措施保护数据安全，设置账号权限并定期备份；如发生数据泄露，乙方应及时通知甲方并协助处理，因乙方过错造成的，由乙方承担相应责任。

8.2 甲方同意，乙方可将系统运行中产生的工序、工时、产量等数据经脱敏处理后用于产品改进、行业分析及向其他客户提供的对标服务。

8.3 甲方应自行负责服务器的日常备份。乙方建议甲方每日备份数据库，并将备份文件保存在与服务器不同的存储介质上。

8.4 乙方远程维护须经甲方同意，并使用甲方提供的远程工具和临时账号，维护结束后由甲方关闭账号。

## 第九条 保密

9.1 双方对本合同内容及在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，法律另有规定的除外。

9.2 本条义务在合同终止后两年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对间接损失、利润损失、数据丢失引起的损失承担责任。

10.3 甲方未按约定付款、擅自复制软件或将软件提供给第三方使用的，乙方有权停止全部服务、收回使用授权，并要求甲方赔偿乙方的全部损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件，并删除已安装的全部程序，但甲方已付清全部款项的除外。

## 第十二条 通知

双方的通知可通过电子邮件、微信或书面方式送达合同所载联系人。乙方通过上述方式发出的升级通知、维护通知及价格调整通知，发出即视为送达。

## 第十三条 争议解决

双方发生争议的，应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《木易软件服务条款》为准。乙方有权根据业务发展更新该服务条款，更新后的条款自公布之日起适用。

14.2 因不可抗力、电力或网络中断、第三方软件缺陷等非乙方原因造成的损失，乙方不承担责任。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效，传真件及扫描件具有同等效力。

甲方（签章）：曹县青木木梳工坊有限公司　　日期：

乙方（签章）：菏泽木易软件开发有限公司　　日期：
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. AVN-NB-2026-031
P:This Agreement is made between Ningbo Haitong Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Customer"), and Avonmere Quality Systems Limited, a company registered in England with its registered office at Station Road, Fordingbridge, Hampshire, United Kingdom (the "Supplier").
P:The Customer wishes to acquire a perpetual licence of the Supplier's foundry quality management software and to have it configured, migrated and rolled out at its two plants in Ningbo. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's Avonmere QMS product, version 8, comprising the inspection, statistical process control, non-conformance, corrective action, gauge calibration and supplier quality modules, together with any updates supplied under this Agreement.
P:1.2 "Deliverables" means the configuration, workflows, report templates, interface programs, migration scripts, documentation and other materials created by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in the course of the Customer's business, including inspection results, measurement data, supplier records and personal data of the Customer's employees.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Customer under Article 5.3.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 350 named users and 60 shop-floor stations at the Customer's plants in Beilun and Yinzhou, including use by the Customer's affiliates in the People's Republic of China.
P:2.2 The Supplier shall perform the following services: configuration of inspection plans for 1,800 part numbers; interfaces to the Customer's ERP system and its coordinate measuring machines; migration of eight years of inspection history from the Customer's legacy database; training of key users and administrators; and go-live support at both plants.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work attached as Annex 1.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese and is based in Ningbo for the duration of the implementation. Key personnel named in Annex 1 may be replaced only with the Customer's approval and by persons of equal experience. The Supplier shall report progress to the Customer in writing every week and shall attend a monthly steering meeting with the Customer's quality director.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 2,146,000, inclusive of VAT, made up of: Software licence fee CNY 1,280,000; configuration and interfaces CNY 524,000; data migration CNY 218,000; training CNY 124,000.
P:3.2 The Contract Price shall be paid as follows: (a) 10% (CNY 214,600) within 20 days after signature against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in the People's Republic of China; (b) 55% (CNY 1,180,300) after installation of the Software and completion of the configuration at both plants, which does not constitute acceptance; and (c) 35% (CNY 751,100) after Final Acceptance.
P:3.3 All invoices shall be issued in CNY as valid VAT invoices. Prices are fixed and are not subject to exchange-rate adjustment.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall install the Software within 30 days after signature and shall complete configuration, interfaces and migration so that the Customer can begin acceptance testing within 120 days after signature.
P:4.2 If the Supplier fails to meet a milestone date in Article 4.1 for reasons attributable to it, the Supplier shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The Supplier shall submit a test plan at least 15 days before acceptance testing. The acceptance criteria are: every function listed in Annex 1 works as specified; the ERP and measuring-machine interfaces transfer data without error for ten consecutive working days; a full reconciliation of migrated inspection records against the legacy database shows no discrepancy; and screen response does not exceed three seconds with 200 concurrent users.
P:5.2 After successful testing, the Software shall run in live operation at both plants for 60 days without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall issue a Final Acceptance certificate within ten working days. Installation, go-live, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Deliverables will conform to their specifications for a warranty period of eighteen months from Final Acceptance. During the warranty period the Supplier shall correct defects and provide updates, new versions and support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or inspection results cannot be recorded at a plant) shall be responded to within one hour, with a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within three working days.
P:6.3 For each hour by which a Severity 1 response or workaround is late, the Supplier shall credit the Customer CNY 1,000 against the next payment or support invoice.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, that is CNY 140,800 per year, and shall remain fixed for the three years following the warranty period. Support does not renew automatically; each year is ordered by the Customer's written purchase order.
H:Article 7 Intellectual Property
P:7.1 Intellectual property in the Software remains with the Supplier.
P:7.2 All intellectual property rights in the Deliverables vest in the Customer upon creation. The Supplier shall deliver the source code and documentation of the interface programs and migration scripts, and the Customer may use, modify and license them freely.
P:7.3 The Supplier shall indemnify the Customer against any third-party claim that the Software or the Deliverables infringe intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics, whether or not anonymised.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's remote-access gateway, with named accounts and logged sessions. No Customer Data shall be copied or transferred outside the Customer's premises or out of the People's Republic of China. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Customer of any actual or suspected security incident affecting Customer Data within two hours of becoming aware of it, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and financial information of the other party received under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This Article survives termination for five years.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of intellectual property or breach of Article 8.
P:10.2 Neither party is liable for indirect or consequential loss, except as stated in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if the maximum liquidated damages under Article 4.2 have been reached.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for services not accepted, and the Customer's licence in the Software shall continue.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate.
P:14.2 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.3 Notices shall be given in writing to the addresses stated above, or to such other address as a party notifies, and are effective on receipt.
P:14.4 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# Order Form and General Terms — Learning Management Subscription

Order Form No. KL-OF-2026-0212

## Part A — Order Form

### A1. Parties

**Supplier:** Kestrel Learning Ltd, a company registered in England, 14 High Street, Gillingham, Kent, United Kingdom.

**Customer:** Suzhou Ruida Automotive Electronics Co., Ltd., No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

### A2. Subscribed Service

Kestrel LMS Enterprise, a cloud learning management service, with the modules Courses, Assessments, Certification Tracking, Skills Matrix and Mobile App, for up to 2,400 active learners and 40 administrators. The Service is delivered in Chinese and English and hosted in a data centre in mainland China.

### A3. Subscription Term

36 months from the Service Start Date. The Service Start Date is the date on which the Customer signs the onboarding acceptance under A5. The Order expires at the end of the Subscription Term unless the parties sign a new Order Form.

### A4. Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription, Year 1 | annual, per 2,400 learners | 486,000 |
| Subscription, Year 2 | annual, per 2,400 learners | 486,000 |
| Subscription, Year 3 | annual, per 2,400 learners | 486,000 |
| Onboarding (configuration, single sign-on, HR interface, content migration, administrator training) | one-time | 64,000 |
| **Total Order Value** | | **1,522,000** |

Subscription fees are fixed for the Subscription Term. Additional learners above 2,400 are charged at CNY 190 per learner per year and are not part of the Total Order Value. The hosting provider is Shanghai Yunfan Data Services Co., Ltd., approved by the Customer on signature of this Order Form.

### A5. Invoicing, Onboarding and Go-Live

(a) The onboarding fee is invoiced after the Customer signs the onboarding acceptance.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

(c) Onboarding shall be completed within 60 days after signature of this Order Form. Onboarding acceptance requires: single sign-on with the Customer's directory working for all users; the HR interface synchronising new hires, transfers and leavers daily without error for ten consecutive working days; 320 existing courses and 18,000 historical training records migrated and reconciled against the Customer's export; and the mobile app passing the Customer's test script. The Customer shall sign the onboarding acceptance within five working days after these criteria are met.

(d) If onboarding is not completed by the date in A5(c) for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,500 for each day of delay.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. In case of conflict, Part A prevails.

Signed for the Supplier: ____________________ Name / Title / Date

Signed for the Customer: ____________________ Name / Title / Date

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates.

1.2 "Customer Data" means all content, learner records, assessment results, certificates and personal information uploaded to or generated in the Service by or for the Customer.

1.3 "Customer Materials" means courses, assessments, configurations, reports and integrations created for the Customer during onboarding or the Subscription Term.

### 2. Provision of the Service

2.1 The Supplier shall provide the Service in accordance with the documentation and this Order.

2.2 The Supplier may improve the Service during the Subscription Term but shall not materially reduce its functionality.

2.3 The Customer shall use the Service only for the training of its employees, contractors and dealers, and is responsible for its users' compliance with these terms.

2.4 The Supplier shall provide support in Chinese and English through a ticket portal and a telephone hotline, available at all times for Priority 1 incidents and from 08:30 to 18:00 Beijing time on working days for other requests. The Supplier shall name a customer success manager who meets the Customer's training department every quarter to review usage, incidents and the product roadmap.

2.5 The Supplier shall give the Customer at least 30 days' notice of any change to the Service that requires action by the Customer's administrators or users, and shall keep a test environment available to the Customer throughout the Subscription Term.

### 3. Service Levels

3.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified five working days in advance and performed between 22:00 and 06:00 Beijing time.

3.2 Priority 1 incidents (the Service is unavailable, or learners cannot log in or complete assessments) shall be responded to within one hour and restored within six hours. Priority 2 incidents shall be responded to within two hours and resolved within two working days.

3.3 If availability falls below the level in 3.1, the Supplier shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below that level, up to 50% of the monthly equivalent. Each Priority 1 response that is late earns a credit of CNY 2,000. Credits are deducted from the next invoice.

### 4. Customer Data and Security

4.1 The Customer owns all Customer Data. The Supplier shall process Customer Data only to provide the Service under this Order and on the Customer's documented instructions, and shall not use it for any other purpose, including aggregated or de-identified analytics.

4.2 The Supplier shall keep Customer Data in mainland China, encrypt it in transit and at rest, apply role-based access, multi-factor authentication for its administrators and activity logging, make daily backups retained for 30 days, and hold a valid ISO 27001 certificate throughout the Subscription Term.

4.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, provide a written incident report, and bear the costs and losses resulting from its failure to comply with this Section 4.

4.4 Within 30 days after expiry or termination, the Supplier shall return all Customer Data in a standard format and then delete it, confirming deletion in writing.

### 5. Intellectual Property

5.1 The Supplier retains all rights in the Service and its underlying software.

5.2 Customer Materials, including the HR interface mapping and custom reports built for the Customer, belong to the Customer, which may use, modify and license them freely, also after the Subscription Term.

### 6. Fees and Taxes

6.1 Fees are stated in CNY and include VAT. The Supplier shall issue valid VAT invoices.

6.2 If the Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the dispute within 30 days.

### 7. Warranties

7.1 The Supplier warrants that the Service will perform materially in accordance with its documentation and that it will perform onboarding with reasonable skill and care by suitably qualified staff.

7.2 The Supplier warrants that the Service and the Customer Materials do not infringe the rights of any third party and shall defend the Customer against any such claim.

### 8. Liability

8.1 The Supplier's total aggregate liability arising out of or in connection with this Order shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for loss of profit or indirect loss.

### 9. Subcontracting and Assignment

9.1 The Supplier shall not subcontract any part of the Service, other than to the hosting provider named in A4, without the Customer's prior written consent, and remains responsible for all subcontractors.

9.2 Neither party may assign this Order without the other party's written consent.

### 10. Term and Termination

10.1 This Order runs for the Subscription Term and ends on its expiry without renewal.

10.2 Either party may terminate this Order by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if availability falls below the level in 3.1 in three months of any six-month period.

10.3 On termination for the Supplier's breach, the Supplier shall refund prepaid fees for the remainder of the Subscription Term.

### 11. Governing Law and Disputes

11.1 This Order is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.2 This Order is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

12.3 Notices shall be in writing and sent to the addresses in A1.

12.4 This Order is made in English and Chinese; both versions have equal effect.
"""

SRC["e03"] = """T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. HX-CG-2026-0877
P:Buyer: Zhenjiang Huaxin Paper Co., Ltd., Dagang Road, Zhenjiang New Area, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Bybrook Sensing Ltd, a company registered in England, Bath Road, Corsham, Wiltshire, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to equip its two paper machines and their auxiliary drives with online condition monitoring, and the Supplier has offered the sensors, gateways, software and services described below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, edge gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's Bybrook Insight condition monitoring software, licensed on a perpetual basis for installation on the Buyer's servers.
P:1.3 "Works" means installation, commissioning, configuration of asset models and alarm limits, integration with the Buyer's distributed control system and training.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment on 500 monitored assets (motors, gearboxes, pumps, fans, dryer cylinders and press rolls) and shall install the Software on two virtual servers provided by the Buyer.
P:2.2 The Software shall provide vibration spectrum analysis, temperature and oil-quality trending, automatic fault diagnosis for bearings, misalignment and imbalance, alarm notification by SMS and WeChat, maintenance work-order creation in the Buyer's maintenance system, and monthly health reports.
P:2.3 The Supplier shall configure the asset models, alarm limits and dashboards for each monitored asset, integrate the Software with the Buyer's distributed control system through OPC UA, and provide documentation in Chinese.
P:2.4 The Supplier shall supply, as part of the Contract Price, a set of spare sensors and gateway parts equal to two per cent of the installed quantity, mounting studs and adhesive for every measuring point, and the configuration tools needed by the Buyer's engineers to add new assets without the Supplier's help.
P:2.5 The Supplier shall appoint a project engineer who is present on site during installation and commissioning and who attends the Buyer's weekly project meeting. The Supplier shall submit a detailed installation plan, with the location of every measuring point, for the Buyer's approval before shipment.
H:3. Price
P:3.1 The total Contract Price is CNY 1,722,000, inclusive of 13% VAT, delivery to the Buyer's site, insurance, import duties, installation and training, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|420|1,800|756,000
TB:2|Edge gateways (industrial, dual SIM)|24|9,500|228,000
TB:3|Online oil-quality sensors|36|7,000|252,000
TB:4|Bybrook Insight software licence, perpetual, 500 assets|1|318,000|318,000
TB:|Subtotal, Equipment and Software|||1,554,000
TB:5|Installation, commissioning and DCS integration|1|142,000|142,000
TB:6|Training (operators, reliability engineers, administrators)|1|26,000|26,000
TB:|Total Contract Price|||1,722,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, freight or duties.
H:4. Payment
P:4.1 The Buyer shall pay: (a) 45% of the Contract Price (CNY 774,900) within 15 days after signature, against the Supplier's invoice; (b) 35% (CNY 602,700) after delivery of all Equipment to site and completion of installation, which does not constitute acceptance; and (c) 20% (CNY 344,400) within 30 days after Final Acceptance.
P:4.2 Each payment requires a valid VAT invoice for the amount due.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's mill in Zhenjiang within 75 days after signature, and complete installation and commissioning within 45 days after delivery. Installation on running machines shall be coordinated with the Buyer's production planning and carried out during scheduled shutdowns where required.
P:5.2 If the Supplier fails to meet the delivery date or the installation completion date for reasons attributable to it, the Supplier shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:5.3 The Supplier's staff shall comply with the Buyer's site safety rules, permit-to-work procedures and lock-out requirements.
P:5.4 The Equipment shall be packed for sea and road transport and marked with the contract number. Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and calibration certificates for every sensor. The Buyer shall inspect the packages on arrival; signing for delivery confirms only the number of packages.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 days in trial operation. Final Acceptance requires that: every one of the 500 assets reports data to the Software on each day of the trial period; the alarm and work-order interface creates work orders in the maintenance system without error; the Software correctly diagnoses the seeded faults in the Supplier's test plan agreed with the Buyer; and all documentation has been delivered.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven working days. Delivery, installation, trial operation or payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the trial shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants that the Equipment and Software are new, free from defects in design, materials and workmanship and conform to the specifications. The warranty period is nine months from Final Acceptance.
P:7.2 During the warranty period, the Supplier shall repair or replace defective Equipment free of charge, including transport and labour, and provide Software updates and technical support free of charge.
P:7.3 Priority 1 faults (loss of monitoring on a paper machine, or the Software unavailable) shall be responded to within two hours and resolved within one working day. Other faults shall be responded to within one working day. For each hour by which a Priority 1 response is late, the Supplier shall pay the Buyer CNY 800.
H:8. Support after Warranty
P:8.1 After the warranty period, the Buyer may order annual support covering Software updates, remote diagnosis support, sensor replacement at cost and one site visit per year. The annual support fee is 9% of the Equipment and Software subtotal, that is CNY 139,860 per year, fixed for the four years following the warranty period.
P:8.2 Support is ordered by the Buyer's written purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 Intellectual property in the Software remains with the Supplier, which grants the Buyer a perpetual, non-exclusive licence to use it at the Buyer's sites.
P:9.2 The asset models, alarm configurations, DCS integration programs, reports and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:10. Data
P:10.1 All measurement data, diagnoses, reports and asset information generated by the Equipment and Software belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including in anonymised or aggregated form.
P:10.2 The Equipment and Software shall transmit data only to the Buyer's servers. The Supplier shall harden the gateways, change all default passwords, provide security updates and access the Buyer's systems only through the Buyer's audited remote-access channel. The Supplier shall report any security incident affecting the Buyer's data or systems within two hours and shall be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's production, equipment, processes and business obtained under this Contract and shall not disclose it to any third party without the Buyer's written consent. This obligation survives termination for five years.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent and remains responsible for the acts of its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and Works not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:16. General
P:16.1 Neither party is liable for delay caused by force majeure, provided it gives prompt notice and evidence.
P:16.2 This Contract is made in Chinese and English. Both versions are equally authentic.
P:16.3 Notices shall be in writing and delivered by hand, courier or email to the addresses stated above. Amendments to this Contract are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. OLN-QD-2026-004

**Between** Qingdao Haiyue Cold Chain Logistics Co., Ltd., No. 17 Qianwangang Road, Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Customer"),

**and** Ousebank Managed Services Limited, a company registered in England, Market Place, Olney, Buckinghamshire, United Kingdom, acting through its branch office in Qingdao (the "Supplier").

The Customer wishes to outsource the operation of its IT infrastructure at its head office and five cold-storage warehouses to the Supplier. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its customers and employees that the Supplier accesses, stores or processes in performing the Services, including warehouse management, temperature-logging and shipment data.

1.5 "Transition" means the taking over of the Services from the Customer's internal team and current providers, as described in Schedule 1.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date, being the date on which the Customer signs the transition acceptance under Section 4.

2.2 The Customer may extend the service term once by up to 24 months by written notice at least 90 days before expiry, at the Charges in Schedule 3. There is no automatic renewal.

## Section 3. Services

3.1 The Supplier shall provide the Services in accordance with Schedule 1, good industry practice and the Customer's IT policies as notified to it.

3.2 The Supplier shall maintain an on-site team of at least three engineers at the Customer's head office and a bilingual service desk available at all times.

3.3 The Supplier shall provide a monthly service report including incident statistics, Service Level performance, capacity trends, security events and improvement actions, and shall attend a monthly service review with the Customer.

3.4 The Supplier shall keep the configuration management database, network diagrams, passwords vault and runbooks complete and up to date, and shall give the Customer read access to them at all times.

3.5 Key personnel, namely the service delivery manager, the on-site team leader and the security lead, may be replaced only with the Customer's prior approval. The Supplier shall ensure that its staff have the skills and certifications described in its proposal and shall remove from the Customer's account any person whom the Customer reasonably objects to.

3.6 Changes to the scope of the Services, such as new sites or systems, shall be agreed through a written change request stating the effect on the Charges, which shall be priced at the rates in Schedule 3.

## Section 4. Transition and Acceptance

4.1 The Supplier shall complete Transition within 75 days after signature, following the transition plan agreed with the Customer.

4.2 Transition acceptance requires that: all configuration items in the Customer's inventory are recorded in the Supplier's service management tool and reconciled with the Customer's list; monitoring covers all servers, network devices and temperature-logging gateways; documented runbooks exist for every critical system; the service desk has handled tickets for 15 consecutive working days within the Service Levels; and a successful restore test has been performed for each backed-up system.

4.3 When the criteria are met, the Customer shall sign the transition acceptance within five working days. Starting to use the service desk or paying any Charge does not constitute acceptance.

4.4 If Transition is not accepted by the date in 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 4,000 for each day of delay, up to a total of CNY 200,000.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. They are fixed for the service term and any extension.

5.2 The transition charge is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears. The Customer shall pay within 30 days after receipt of a valid VAT invoice, less any service credits.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall process it only to perform the Services and shall not use it for any other purpose, including analytics, benchmarking or the training of tools, whether or not anonymised.

6.2 The Supplier shall keep Customer Data within mainland China, access systems only through the Customer's privileged-access management system with named accounts, apply the Customer's security policies, patch critical vulnerabilities within the times in Schedule 2, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 The Supplier shall report any actual or suspected security incident within one hour, contain it, cooperate with any investigation and bear all losses and regulatory penalties caused by its breach of this Section.

6.4 On expiry or termination the Supplier shall return all Customer Data and documentation and securely delete its copies.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement and use it only for this Agreement. This obligation survives for five years after expiry or termination.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, configurations, documentation and reports created by the Supplier for the Customer belong to the Customer, which may use, modify and license them freely. The Supplier's pre-existing tools remain the Supplier's.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the service term. The limit does not apply to personal injury, wilful misconduct, or breach of Section 6 or Section 7.

## Section 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for any approved subcontractor.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice, or if the Supplier fails the same Service Level in three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services pass to the Customer or a new provider without interruption.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to mitigate.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.3 This Agreement is made in English and Chinese, both equally authentic.

Signed for the Customer: ____________________ Signed for the Supplier: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English, telephone, portal, WeChat; 420 users | 24 x 7 |
| End-user computing | 460 laptops and desktops, 180 handheld scanners, printers; imaging, repairs, moves | Working days on site, remote 24 x 7 |
| Network | core and warehouse switches, 260 wireless access points, firewalls, SD-WAN links for 6 sites | 24 x 7 monitoring |
| Servers and storage | 38 virtual servers, 2 storage arrays, warehouse management system infrastructure | 24 x 7 monitoring |
| Backup and recovery | daily backup, quarterly restore tests | 24 x 7 |
| Security operations | patching, antivirus, log review, vulnerability scanning each month | 24 x 7 for critical alerts |
| Transition | inventory, knowledge transfer, tool set-up, runbooks | 75 days |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of the network core, the warehouse management system infrastructure and temperature-logging gateways | 99.95% per month | 3% of the monthly service charge for each 0.1 percentage point or part of it below target, up to 20% |
| Response to Priority 1 incidents (warehouse operations or temperature logging stopped at any site) | 30 minutes | CNY 2,000 per late incident |
| Restoration of Priority 1 incidents | 3 hours | CNY 1,000 per hour late |
| Response to Priority 2 incidents | 1 hour | CNY 500 per late incident |
| Critical security patches | within 7 days of release | CNY 1,000 per system per week late |
| Successful quarterly restore test | every backed-up system | CNY 5,000 per failed test |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition charge | one-time, after transition acceptance | 186,000 |
| Monthly service charge | per month, 36 months, in arrears | 112,000 |
| Total monthly charges for the service term | 36 x 112,000 | 4,032,000 |
| **Total Charges** | | **4,218,000** |
| Additional work and exit assistance | per engineer day | 3,200 |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
MARKET DATA API - AGRICULTURAL COMMODITIES

Agreement No. NVD-DL-2026-019

PARTIES

(1) Nene Valley Data Ltd, a company registered in England, High Street, Thrapston, Northamptonshire, United Kingdom (the "Supplier").

(2) Dalian Beiliang Grain Trading Co., Ltd., Renmin Road, Zhongshan District, Dalian, Liaoning Province, People's Republic of China (the "Customer").

BACKGROUND

The Supplier compiles and licenses market data on grains and oilseeds, including cash prices at ports and inland elevators, freight rates, crop condition reports and weather-based yield indicators. The Customer trades corn, soybeans and wheat and wishes to receive this data through the Supplier's application programming interface for use in its trading, risk and procurement systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Supplier's REST interface through which the Data is delivered, as described in the Specification.

1.2 "Data" means the data sets listed in Schedule A, including historical series from 2005 and daily updates during the Subscription Term.

1.3 "Specification" means the Supplier's API documentation, version 4.2, attached as Schedule B.

1.4 "Subscription Years" means the first and second years of the Subscription Term, the first starting on the Start Date and the second on its first anniversary.

1.5 "Customer Data" means the watch lists, portfolios, queries, user details and other information that the Customer or its users submit to the API or to the Supplier.

1.6 "Connector" means the data mapping and loading programs that the Supplier builds for the Customer under clause 3.3.

2. SUBSCRIPTION

2.1 The Supplier grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to store the Data in its own systems and to use the Data internally for trading, risk management, procurement and reporting, by up to 35 named users and 4 system accounts.

2.2 The Customer may show Data in internal reports and in reports to its banks and auditors, but shall not resell the Data or publish it to the public.

2.3 The Subscription Term is two Subscription Years starting on the Start Date. The Start Date is the date on which the Customer confirms acceptance under clause 4.

2.4 The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new written agreement signed by both parties.

2.5 The Customer shall keep a list of its named users, inform the Supplier when a user leaves, and make sure that system accounts are used only by the systems named when they were issued. The Supplier may audit the Customer's use of the Data once in each Subscription Year on 20 business days' notice, at its own cost.

3. DELIVERY

3.1 The Supplier shall deliver production API credentials, the Specification and access to a test environment within 15 days after signature.

3.2 Daily price series shall be published through the API by 08:00 Beijing time each business day; crop and weather indicators shall be published on the schedule in Schedule A.

3.3 The Supplier shall build and deliver a Connector that loads the Data into the Customer's trading and risk system, mapping the Supplier's instrument codes to the Customer's contract codes, within 30 days after signature.

3.4 If the Supplier fails to deliver the credentials or the Connector by the dates in clauses 3.1 and 3.3 for reasons attributable to it, the Supplier shall pay the Customer CNY 800 for each day of delay, up to CNY 40,000.

4. ACCEPTANCE

4.1 Within ten business days after delivery of the Connector, the Customer shall test the API and the Connector against the Specification. Acceptance requires that: all data sets in Schedule A are accessible through the API; a full historical load completes without error; the daily update runs for five consecutive business days with values matching the Supplier's web terminal; and the Connector maps every instrument in Schedule A to the correct contract code.

4.2 If the criteria are met, the Customer shall confirm acceptance in writing. If not, the Supplier shall correct the defects and the test shall be repeated.

5. SERVICE AND SUPPORT

5.1 The Supplier will use commercially reasonable efforts to keep the API accessible and the Data up to date, but does not guarantee any level of availability or any time for correcting interruptions or errors.

5.2 The Supplier provides support by email during business hours in the United Kingdom. The Supplier will try to answer support requests promptly.

5.3 Where the Customer reports a value that it believes is wrong, the Supplier will check the value against its sources and, if it is wrong, publish a corrected value through the API and mark it as a correction in the data history.

5.4 The Supplier may change the API from time to time, provided that it gives the Customer at least 60 days' notice of any change that is not backwards compatible and keeps the previous version available during that period.

6. FEES AND PAYMENT

6.1 The subscription fee is CNY 318,000 for each Subscription Year, inclusive of VAT. The total fee for the two Subscription Years is CNY 636,000. The Connector and onboarding are included in the subscription fee.

6.2 The Supplier shall invoice the fee for each Subscription Year at the start of that Subscription Year. The Customer shall pay within 30 days after receipt of a valid invoice.

6.3 The fees are fixed for the Subscription Term.

6.4 Additional named users may be added at CNY 6,500 per user per Subscription Year. Such fees are not included in the total fee.

6.5 Each party bears its own taxes. Where Chinese withholding tax applies to payments to the Supplier, the Customer shall withhold it, pay it to the tax authority and give the Supplier the tax receipt, and the amount paid to the Supplier shall be reduced accordingly.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the API and support to the Customer under this Agreement and shall not use it for any other purpose, sell it or combine it with data of other customers.

7.2 On expiry or termination, the Supplier shall delete Customer Data within 30 days, unless the Customer asks for it to be returned first.

8. INTELLECTUAL PROPERTY

8.1 The Data and the API remain the property of the Supplier and its licensors.

8.2 The Connector, including its source code and mapping tables, belongs to the Customer, which may use, modify and license it freely, also after the Subscription Term.

8.3 The Customer may keep and continue to use internally the Data received during the Subscription Term, including reports derived from it, after the Subscription Term ends.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's positions, watch lists and trading strategies, and shall not disclose it to any third party without the other party's prior written consent.

9.2 This clause survives expiry or termination for three years.

10. WARRANTIES

10.1 The Supplier warrants that it has the right to license the Data and that the Data is compiled with reasonable skill and care from the sources described in Schedule A.

10.2 The Data is provided for information. The Supplier does not warrant that any price or forecast is complete or suitable for a particular trading decision.

11. LIABILITY

11.1 The Supplier's total liability under this Agreement shall not exceed twice the total fee in clause 6.1, except for infringement of third-party rights and wilful misconduct, which are unlimited.

11.2 Neither party is liable for loss of profit or trading losses, except in case of wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Supplier shall not subcontract the delivery of the API or the Connector without the Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If the Customer terminates for the Supplier's breach, the Supplier shall refund the fee for the remainder of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of public networks or of the Supplier's data sources, provided it notifies the other party promptly.

15.2 This Agreement, with Schedules A and B, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English.

SCHEDULE A - DATA SETS

Cash prices: corn, soybeans and wheat at 40 export ports and 210 inland elevators in North America, South America and the Black Sea region, daily. Freight: Panamax and Supramax route assessments, daily. Crop condition and progress reports: weekly during the growing season. Weather-based yield indicators: weekly. Historical series: from 2005.

SCHEDULE B - SPECIFICATION

API documentation, version 4.2, as delivered on signature.

Signed for the Supplier: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "z01": ("h1164z01_commerce_bureau_recycling_platform", "pdf", "zh"),
    "z02": ("h1164z02_lift_factory_line_control_retrofit", "docx", "zh"),
    "z03": ("h1164z03_key_shop_chain_booking_saas", "txt", "zh"),
    "z04": ("h1164z04_civil_defence_monitoring_om", "txt", "zh"),
    "z05": ("h1164z05_comb_workshop_tracking_supplier_template", "md", "zh"),
    "e01": ("h1164e01_foundry_qms_perpetual_licence", "pdf", "en"),
    "e02": ("h1164e02_lms_saas_order_form", "md", "en"),
    "e03": ("h1164e03_paper_mill_condition_sensors", "docx", "en"),
    "e04": ("h1164e04_cold_chain_managed_it_services", "md", "en"),
    "e05": ("h1164e05_grain_market_data_api", "txt", "en"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
#        avail  p1   rem ip        dsec own conf ld              cap        pre acc fin  war pwf auto term sub law kind
TERMS = {
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
    "z02": [N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 26, F, T, F, "PRC", G],
    "z03": [99.5, 1, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, T, "PRC", S],
    "z04": [99.95, 0.5, T, "buyer", T, T, T, 0.1, 50, N, T, N, N, N, F, F, F, "PRC", S],
    "z05": [N, 24, F, "supplier", T, F, T, N, N, 65, F, F, 3, N, F, T, N, N, G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 18, 11, F, T, F, "England and Wales", G],
    "e02": [99.95, 1, T, "buyer", T, T, F, 1500 / 1522000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "e03": [N, 2, T, "buyer", T, T, T, 0.08, 150, 45, T, T, 9, 9, F, T, F, "PRC", G],
    "e04": [99.95, 0.5, T, "buyer", T, T, T, 4000 / 4218000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
    "e05": [N, N, F, "buyer", F, T, T, 800 / 636000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "services"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (T, T, T, F, 1386000), "z02": (T, T, T, F, 1968000), "z03": (T, T, N, F, 394000),
    "z04": (T, T, N, F, 486000), "z05": (T, F, F, T, 268000), "e01": (T, T, T, F, 2146000),
    "e02": (T, T, N, F, 1522000), "e03": (T, T, T, F, 1722000), "e04": (T, T, N, F, 4218000),
    "e05": (F, T, N, F, 636000),
}
FEE_BASE = {"z01": 528000, "z02": 1712000, "z05": 96000, "e01": 1280000, "e03": 1554000}  # itemised licence/hardware
FORUM_OUTSIDE_MAINLAND = {"e01"}  # London seat
DESIGN = {
    "z01": [], "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e03": ["CR-PREPAYMENT", "CR-WARRANTY"], "e04": [],
    "e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(k, t):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    post = years * fee
    return post / (EXTRA[k][4] + post) * 100


def derive(k, t, x):
    """My reading of policy section 3."""
    r = set()
    sla = x["sla_clause"]
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k, t)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PAT = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])(?:4|four)\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![一二三四五六七八九十两\d])四个?小时",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?![十百])", r"(?<![\d.])0\.05\s*per\s*cent", r"(?<![\d.])0\.05\s*percentage",
    r"(?<![\d.])(?:100|30|40|15)\s*(?:%|％|per\s*cent)", r"百分之(?:百|一百|三十|四十|十五)(?![一二三四五六七八九])",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"(?<![一二三四五六七八九十])十二个月", r"twelve\s*-?\s*months?",
    r"(?i)(?<![\d.])(?:one|1)\s*-?\s*year\s+warranty",
]
RX = [re.compile(p, re.I) for p in PAT]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "0.05%", "万分之五", "100%", "30 %", "40%",
            "15%", "百分之三十", "百分之十五", "12 months", "12个月", "十二个月", "twelve months", "4h", "0.05 percentage",
            "30per cent", "百分之百"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "二十四小时", "0.08%", "1,500", "150%", "130%", "45%", "115%",
             "112 months", "十八个月", "万分之五十", "2.40%", "0.1 percentage", "二十四个月", "百分之五十", "24小时"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(form)]
    return out


for s_ in MUST_HIT:
    assert hits(s_), ("regex misses", s_)
for s_ in MUST_MISS:
    assert not hits(s_), ("regex hits", s_, hits(s_))


# ---------------------------------------------------------------- build and check
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
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (v[0] + "." + v[1], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(SRC, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k].strip() + "\n", encoding="utf-8")
    covered = set()
    errors = []
    for k, (stem, ext, lang) in FILES.items():
        t = dict(zip(KEYS, TERMS[k]))
        sla, lds, capped, deemed, value = EXTRA[k]
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        sh = tco_share(k, t)
        assert sh is None or abs(sh - 40) > 2, (k, sh)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        label = {"file": stem + "." + ext, "language": lang, "category": CATEGORY[k], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            if not 2750 <= n <= 3000:
                errors.append((k, "zh chars", n))
        else:
            n = len(text.split())
            if not 1450 <= n <= 1650:
                errors.append((k, "en words", n))
        h = hits(text)
        if h:
            errors.append((k, "threshold text", h))
        print(k, stem + "." + ext, n, rules, risk(rules), "TCO share %.2f" % sh if sh is not None else "")
    assert not errors, errors
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert len([k for k in FILES if not DESIGN[k]]) == 2
    print("all checks passed")


if __name__ == "__main__":
    main()
