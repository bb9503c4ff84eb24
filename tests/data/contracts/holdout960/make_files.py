"""holdout960: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts
the checks of the brief (lengths, rules derived from labels vs design, coverage, no value on a threshold).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H960Z01 = """T:市商务局家电以旧换新补贴服务平台软件许可及定制开发合同
P:合同编号：SWJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市商务局　　乙方（供应商）：江城数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就某市家电以旧换新补贴服务平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供补贴服务平台基础软件的永久使用许可（不限用户数），并按甲方需求定制开发消费者补贴申领、资格核验、旧机回收核销、商户结算、资金拨付及监管驾驶舱等模块。
P:1.2 乙方负责平台与银联支付通道、参与商户收银系统、财政国库支付系统及市民服务小程序的接口对接，完成部署、联调、试运行和培训。
P:1.3 详细功能要求以招标文件第三章《采购需求》及乙方投标文件的技术响应表为准，均为本合同组成部分。
P:1.4 平台部署于甲方指定的政务云资源，服务器、数据库及安全设备由甲方另行提供，不在本合同采购范围内，乙方负责提出资源配置要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾贰万元整（¥1,720,000.00），为固定总价，含税费、差旅及乙方完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥680,000；定制开发费¥740,000；接口对接费¥215,000；部署实施及培训费¥85,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥344,000。
P:3.2 平台通过初验并上线试运行后，甲方支付合同总价的45%，即¥774,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥602,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金拨付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后六十日内完成部署和全部模块开发并提交初验申请，九十日内完成试运行并提交最终验收申请。
P:4.2 乙方应每两周向甲方提交进度报告，并配合甲方对接市级财政及市场监管部门。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理一名、开发工程师五名、测试及安全工程师各一名。项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各区商务部门、参与商户提供不少于六场操作培训，并提供培训教材和视频，确保使用人员能够独立完成补贴审核、对账和统计工作。
P:4.5 补贴政策调整导致的小范围需求变更（累计不超过二十人日），乙方应免费完成；超出部分由双方另行协商。
H:第五条 验收
P:5.1 初验标准：全部功能逐项测试通过；补贴资格核验与商户结算接口联调成功；在模拟一千个并发申领下，页面平均响应时间不超过2秒；第三方软件测评机构出具合格的测评报告。
P:5.2 最终验收标准：试运行满六十日，期间无一级故障；补贴发放金额与财政拨付数据逐笔核对一致；平台通过网络安全等级保护三级测评；乙方交付源代码、数据字典、操作手册和运维手册。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面验收意见。平台上线、试运行或甲方使用均不视为验收合格；未通过验收的，乙方应在十五日内整改后重新提交验收。
H:第六条 质量保证及维护
P:6.1 平台自最终验收合格之日起享有三十六个月的免费质保期。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥61,200，且在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内，乙方应根据国家及省市补贴政策的调整，及时完成平台规则参数的配置更新，不另行收费。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日通知甲方）。
P:7.2 故障分级：一级故障指平台无法申领、核验或拨付；二级故障指部分功能异常；三级故障指一般问题。乙方对一级故障应在30分钟内响应、2小时内到达现场，二级故障2小时内响应。
P:7.3 乙方未达到上述响应时限的，每迟延一小时扣减维护服务费或履约保证金人民币500元；月度可用率每低于约定值0.01个百分点，扣减人民币1,000元。
H:第八条 知识产权
P:8.1 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台处理的消费者信息、补贴数据、商户结算数据等全部数据归甲方所有。乙方仅可为履行本合同处理该等数据，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应落实数据加密、访问控制、操作审计和备份措施，运维操作须经甲方堡垒机进行；不得将数据复制至甲方指定环境之外。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的损失（含行政处罚及第三方索赔），由乙方全部承担。
P:9.4 合同终止或维护期结束后，乙方应在十个工作日内向甲方完整移交全部数据，并删除其持有的数据副本，向甲方出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中获悉的甲方工作秘密、政务信息及个人信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束或人员调离时及时收回其账号及访问权限。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之二支付违约金。
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格且无违约情形的，甲方在十个工作日内无息退还。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，但应及时通知对方并提供证明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2027年3月____日
"""

H960Z02 = """T:空气炸锅生产线控制系统改造合同
P:合同编号：KQZG-SB-2027-006
P:甲方（买方）：宁波慈扬电器有限公司
P:乙方（卖方）：杭州启衡自动化工程有限公司
P:甲方主要生产空气炸锅及小家电产品，现有六条总装及检测生产线的控制系统老化、数据无法采集。经比选，甲方委托乙方对上述生产线控制系统进行改造，双方经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责六条空气炸锅总装线及检测线的控制系统改造，包括PLC控制柜更换、伺服及变频驱动改造、MES数据采集网关部署、产线控制软件（SCADA）安装，以及与甲方现有MES系统、能耗管理系统的接口开发。
P:1.2 改造须在甲方生产间隙分线实施，每条线停线时间不超过五日，不得影响其余生产线正常生产。
P:1.3 乙方应在实施前完成六条生产线的现场勘察，提交改造方案和停线计划，经甲方书面确认后方可实施。
P:1.4 设备、软件的规格和数量以下表及附件一《技术规格书》为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾捌万肆仟元整（¥1,684,000），含设备、软件许可、运输、保险、安装调试、培训及税费。价格明细如下：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|总装线PLC控制柜|含PLC、触摸屏、安全继电器|6套|118,000|708,000
TB:2|伺服驱动及变频改造|输送线、压装工位、老化房|1项|336,000|336,000
TB:3|MES数据采集网关|工业级，带边缘计算|24台|6,500|156,000
TB:4|产线控制软件许可（SCADA）|永久许可，6条线|1套|268,000|268,000
TB:|软硬件小计|||||1,468,000
TB:5|安装调试及系统集成|含接口开发、联调|1项|192,000|192,000
TB:6|操作及维护培训|三期|1项|24,000|24,000
TB:|合计|||||1,684,000
P:2.2 除本合同另有约定外，甲方无需再向乙方支付任何费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥168,400。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的55%，即¥926,200。到货签收仅确认数量及外观，不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥589,400。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方慈溪工厂，并在到货后七十五日内完成六条生产线的改造、调试和试生产。
P:4.2 乙方现场人员应遵守甲方安全生产制度，动火、登高及带电作业须办理作业许可。因乙方原因造成人身或财产损失的，由乙方负责。
P:4.3 乙方应指派具备电气及自动化专业资格的项目经理常驻现场，施工期间每日向甲方设备部报告进度，每周召开一次现场协调会。
P:4.4 乙方拆除的旧控制柜、旧电缆等物资归甲方所有，乙方应按甲方指定地点分类堆放，不得擅自处置。
H:第五条 验收
P:5.1 每条生产线改造完成后连续带料试生产72小时，满足以下条件的，该线通过单线验收：生产节拍达到技术规格书约定；控制系统无死机、误动作；急停及安全联锁全部有效；各工位数据按秒级上传MES系统，抽查核对无丢失。
P:5.2 六条线全部通过单线验收并稳定运行二十日后，甲方组织最终验收，乙方应提交竣工图纸、PLC程序备份、操作手册及培训记录。
P:5.3 甲方在收到验收申请后七日内组织验收。安装完成、试生产或甲方使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换、软件升级均免费。
P:6.2 故障分级：一级故障指生产线停线；二级故障指单工位异常但生产线可降速运行。乙方对一级故障应在1小时内响应、6小时内到达现场；二级故障8小时内到达现场。
P:6.3 乙方未按时响应或到场的，每迟延一小时向甲方支付人民币800元，从应付款或维保费中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的26%每年计取，即每年¥381,680，质保期满后三年内不作调整。维保服务范围与质保期内相同。
P:6.5 乙方应在甲方工厂存放常用备品备件（包括PLC模块、伺服驱动器、网关及触摸屏各两件），质保期内由乙方免费补充。
P:6.6 乙方应为甲方设备部及生产部人员提供三期培训，内容包括设备操作、日常点检、故障诊断和程序备份恢复，培训后甲方人员应能独立处理常见故障。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及其源代码归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改或委托第三方修改。
P:7.2 SCADA软件的知识产权归原厂所有，乙方保证甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、设备运行数据均归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN及堡垒机进行，并保留操作日志；乙方不得私自拷贝甲方数据。
P:8.3 因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并采取补救措施，并赔偿甲方全部损失。
P:8.4 控制网络应与甲方办公网络逻辑隔离，乙方应关闭设备上不必要的端口和服务，修改全部默认口令，并在最终验收前提交网络安全检查报告。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金；违约金累计不超过合同总价的10%。
P:10.2 乙方提供的设备或软件存在质量缺陷，经两次维修仍无法正常使用的，乙方应免费更换同型号新品，并承担因此造成的停线损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场电气安装、线缆敷设等辅助工作分包给其合作单位，但应提前三个工作日书面告知甲方。乙方对分包单位的工作质量和安全承担全部责任，分包单位人员进入甲方工厂前须接受甲方安全培训。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或设备经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复生产线的原有控制功能或完成交接，确保甲方生产不受影响，因此产生的费用由违约方承担。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，可根据不可抗力的影响部分或全部免除责任。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《验收方案》为本合同组成部分。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

H960Z03 = """轮滑培训门店预约及会员管理系统服务合同

合同编号：LH-IT-2027-011
甲方：成都飞轮体育文化发展有限公司
乙方：四川云栈软件服务有限公司

甲方在成都、重庆、绵阳等地经营三十家轮滑培训门店。为统一课程预约、会员管理、课消核销和教练排班，甲方向乙方订购“栈课”预约及会员管理SaaS服务及相关实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十家门店提供预约排课、会员及储值卡管理、课消核销、教练排班与课时统计、营销活动、家长端小程序和总部经营报表等功能。
2. 每家门店开通前台账号三个、教练账号不限；总部开通管理账号十个。
3. 新增门店按本合同单价另行开通，开通当月起计费。
4. 家长端小程序以甲方名义注册和运营，小程序账号及其关注用户归甲方所有，乙方仅负责技术开发和运行维护。
（二）实施服务
1. 乙方负责系统配置、三十家门店的课程体系及价格体系配置、家长端小程序上线、与甲方现有收银系统及财务系统的接口对接。
2. 乙方负责将甲方旧系统中的会员、储值余额、剩余课时和历史消课记录迁移至新系统，迁移前后余额须逐一核对。
3. 乙方应为各门店店长、前台及教练提供线上及现场培训，其中成都地区门店现场培训不少于两次，其余门店可采用线上直播方式，并提供操作视频及常见问题手册。
（三）客户支持
1. 乙方应指定一名客户成功经理作为甲方的固定对接人，每季度与甲方总部召开服务回顾会，通报可用率、故障及工单处理情况。
2. 乙方提供每日八点至二十二点的在线客服及电话支持，周末及法定节假日不间断，以适应门店周末集中上课的经营特点。
3. 乙方对平台的常规版本升级应提前五日通知甲方，升级不得导致甲方已配置的课程、价格及会员数据丢失或改变。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。
（二）实施服务应在合同签订后四十五日内完成。

（三）服务期内甲方关闭门店的，自关闭次月起按剩余天数折算退还该门店订阅费；新开门店按本合同单价开通。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币9,800元，三十家门店每个服务年度合计人民币294,000元，两个服务年度合计人民币588,000元。
2. 实施费：人民币86,000元。
3. 数据迁移费：人民币22,000元。
4. 合同总价：人民币696,000元（含税）。
（二）支付方式
1. 实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 甲方不向乙方支付任何预付款。乙方收款前应开具增值税专用发票。

四、上线验收
（一）乙方完成实施后提交上线验收申请。验收标准为：全部门店账号开通并完成课程配置；会员、储值余额和剩余课时迁移结果逐一核对无差异；收银及财务接口联调成功，连续十日对账无差错；在三十家门店同时营业高峰期，预约及核销操作平均响应时间不超过2秒。
（二）甲方应在收到申请后五个工作日内完成验收并书面确认。试用或部分门店先行使用不视为验收合格。
（三）验收不合格的，乙方应在七日内整改并重新提交验收申请，整改期间产生的费用由乙方承担。

五、服务水平
（一）乙方承诺订阅服务月度可用率不低于99.5%，计划内维护应安排在每日凌晨一点至六点之间并提前两日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或核销）30分钟内响应、2小时内恢复；二级故障（部分功能或部分门店异常）1小时内响应、8小时内解决；三级故障在下一个工作日内处理。
（三）服务补偿：月度可用率未达到承诺的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障响应或恢复超时的，每次抵扣人民币1,000元。抵扣在下一期订阅费中扣除，服务期最后一期直接退款。
（四）乙方应于每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障清单、工单处理时长及改进措施。甲方对报告有异议的，双方以平台监控日志为准核对。

六、续期
（一）服务期届满前三十日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据其届时公布的价格标准调整订阅费单价，调整后的价格自续期服务年度起执行，甲方不接受的，应在服务期届满前三十日书面通知不续订。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的课程模板、报表、接口程序及小程序页面设计的知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、数据安全与数据归属
（一）甲方会员信息、学员信息（含未成年人个人信息）、交易记录及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、传输加密、权限分级、操作日志留存及每日备份等措施，并取得网络安全等级保护二级以上备案。
（三）涉及未成年人个人信息的，乙方应按法律规定取得监护人同意并采取专门保护措施。
（四）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（五）甲方有权每年对乙方的数据安全措施进行一次检查，或要求乙方提供第三方安全评估报告，乙方应予配合。
（六）合同终止后，乙方应在十五日内向甲方导出全部数据并删除其留存的数据。

九、保密
双方对履约中获知的对方商业秘密和经营信息负有保密义务，保密期限至合同终止后三年。乙方应要求能够接触甲方数据的员工签署保密承诺，并对员工的违约行为承担责任。

十、违约责任
（一）乙方未在约定期限内完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。乙方使用的云计算基础设施服务商应为境内合法经营的服务商，乙方对其服务质量向甲方负责。

十二、合同解除
（一）乙方严重违约，或连续两个月未达到服务水平承诺的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费。
（二）乙方停止经营或被吊销营业执照的，甲方可立即解除合同。

（三）合同因任何原因终止的，乙方应提供不少于三十日的过渡期服务，配合甲方将数据迁移至甲方指定的系统。

十三、不可抗力
因地震、疫情、政府管制或公共网络大面积中断等不可抗力致使服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

H960Z04 = """户外广告牌安全监测系统年度运维服务合同

项目名称：户外广告牌安全监测系统年度运维服务
项目编号：CGJ-CS-2027-004（竞争性磋商）
采购人（甲方）：某市城市管理局
成交供应商（乙方）：临江市安衡物联技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就户外广告牌安全监测系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的户外广告牌安全监测系统，包括中心城区一千二百六十块大型户外广告牌上安装的倾角传感器、位移传感器、风速风向仪、数据采集终端及太阳能供电单元，监测预警平台软件及其数据库，以及与城市运行管理服务平台的接口。
（二）服务内容：
1. 平台运维：监测预警平台、数据库及接口的日常运行监控、故障处理、数据备份、安全加固和版本补丁更新。
2. 设备巡检：每季度对全部前端设备巡检一次，台风、暴雨等恶劣天气预警发布后二十四小时内对重点区域广告牌加密巡检。
3. 故障维修：前端设备及供电单元故障的诊断、维修和更换，所需备品备件由乙方提供，费用已包含在合同价款内。
4. 告警处置配合：平台发出倾斜、位移超限告警后，乙方应核实数据真实性并协助甲方通知广告牌设置单位处置。
5. 数据服务：每月提交运维月报，每季度提交广告牌安全状况分析报告，年终提交年度运维总结。
6. 配合工作：配合甲方完成平台网络安全等级保护测评的整改工作，以及汛期前、台风季前的专项安全检查。
（三）乙方应配备不少于六名专职运维人员，其中平台工程师二名、现场工程师四名，项目负责人须具备三年以上物联网系统运维经验。

第二条 服务期限
服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满前，甲方根据考核结果和预算安排，按照政府采购规定另行确定下一年度运维单位，本合同不自动续期。

第三条 合同价款及支付
（一）合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人工、备品备件、交通、检测仪器、税费等全部费用，服务期内不作调整。
（二）运维费按季度支付，每季度人民币117,000元。每季度结束后，乙方提交季度运维报告和发票，经甲方审核确认后十五个工作日内支付。
（三）第四季度运维费在年度考核验收合格后支付。
（四）本合同不设预付款。
（五）甲方付款账户为财政国库集中支付账户，乙方收款账户以本合同载明的账户为准，乙方变更收款账户的，应提前书面通知甲方。

第四条 服务交接
（一）乙方应在服务期开始后十五日内完成与原运维单位的交接，对全部前端设备和平台进行一次全面检测，提交设备状况评估报告和故障设备清单。
（二）交接期间乙方应确保平台不中断运行、告警功能正常。

第五条 双方的权利义务
（一）甲方负责协调广告牌设置单位配合乙方进场巡检和维修，提供平台运行所需的政务云资源、网络及堡垒机账号，并指定专人负责日常联络和工单确认。
（二）乙方现场作业涉及高空作业的，应由持有有效特种作业操作证的人员实施，设置警戒区域，落实安全防护措施，并为现场人员购买意外伤害保险。乙方在作业中造成第三方人身或财产损害的，由乙方自行承担责任。
（三）乙方更换运维人员的，应提前七日书面通知甲方，替换人员的资历不得低于响应文件承诺的标准。项目负责人未经甲方同意不得更换。
（四）乙方应建立运维工单台账，如实记录故障发现时间、响应时间、处理过程和恢复时间，并接受甲方随时抽查。
（五）乙方发现广告牌存在结构变形、锈蚀、松动等安全隐患的，应拍照留存并在当日书面告知甲方，由甲方督促设置单位整改。

第六条 服务响应要求
（一）故障分为两级。一级故障：监测预警平台整体中断、告警推送失效，或同一区域十块以上广告牌数据中断；二级故障：单块广告牌设备故障或平台部分功能异常。
（二）一级故障，乙方应在1小时内响应、3小时内到达现场，8小时内恢复；二级故障，乙方应在8小时内响应，三个工作日内修复。
（三）台风、暴雨等恶劣天气期间，乙方应安排专人二十四小时值守平台，发现告警立即电话报告甲方值班人员。
（四）甲方每月根据运维月报和平台日志对乙方响应情况进行统计，统计结果记入乙方履约评价，并作为甲方今后组织同类采购时评价供应商履约能力的参考。

第七条 考核验收
（一）服务期满后，甲方组织年度考核验收。验收标准为：四次季度巡检全部按时完成且巡检记录完整；全部故障工单已闭环；运维月报、季度分析报告及年度总结齐全；平台数据库备份可正常恢复；乙方已移交全部账号、口令及运维文档。
（二）甲方可邀请城市运行管理服务中心、财政部门代表或外部专家参加验收，验收结论以书面形式作出，双方签字确认。
（三）验收不合格的，乙方应在十五日内整改完毕后重新申请验收，整改所需费用由乙方承担。

第八条 知识产权
乙方在服务期内为甲方编写的报表、巡检记录、分析报告、运维脚本及技术文档，其知识产权归甲方所有。

第九条 数据安全
（一）监测数据、广告牌及设置单位信息、平台日志等全部数据归甲方所有。乙方只能为履行本合同使用上述数据，不得对外提供或另作他用。
（二）乙方应通过甲方指定的堡垒机进行运维操作，落实最小授权、口令定期更换、操作留痕和每日备份，不得在个人设备中存储甲方数据。
（三）发生数据泄露、篡改或平台遭受网络攻击的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的损失由乙方赔偿。
（四）服务期满后，乙方应向甲方或下一任运维单位完整移交数据和文档，并删除其保留的全部数据。

第十条 保密
乙方对履约过程中获知的甲方工作信息和数据负有保密义务，未经甲方书面同意，不得向任何第三方泄露，保密义务不因合同终止而解除。乙方不得以任何形式公开或向媒体披露广告牌监测数据、告警信息及安全隐患情况。乙方运维人员应签署保密承诺书，乙方对其人员的泄密行为承担责任。

第十一条 违约责任
（一）乙方未按第四条约定期限完成交接检测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方巡检记录弄虚作假的，甲方有权要求乙方重新巡检，并将该情况记入供应商诚信档案。
（三）因乙方维护不当导致广告牌监测失效并造成人身伤害或财产损失的，乙方应承担相应的赔偿责任。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十三条 合同的变更与解除
（一）合同履行期间，任何一方不得擅自变更或解除合同。确需变更或解除的，由双方协商一致后签订书面协议。
（二）因不可抗力致使合同无法履行的，双方可协商解除合同，并按实际履行情况结算费用。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
法定代表人或授权代表：　　　　法定代表人或授权代表：
签订日期：2026年12月　　日
"""

H960Z05 = """# 工序通生产过程跟踪软件许可及定制开发合同

（乙方标准合同文本 GXT-HT-V3.0）

甲方（用户）：杭州卵艺蛋雕工作室
乙方（开发商）：宁波工序通软件有限公司

甲方因蛋雕作品订单管理及生产过程跟踪需要，向乙方购买“工序通”生产过程跟踪软件使用许可，并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“工序通”软件标准版使用许可一套（含十个用户账号），许可期限为永久，仅限甲方在其工作室内部使用。

1.2 乙方根据甲方需求进行定制开发，主要包括：订单录入及客户定制需求登记；蛋坯入库、清洗、画稿、雕刻、上色、封层、装框等工序的扫码流转与计时；每件作品的照片存档及进度查询；质检记录与返工登记；发货与物流跟踪；客户查询小程序。

1.3 具体功能以双方确认的《需求说明书》为准，《需求说明书》确认后的需求变更另行计费，计费标准为每人日人民币1,600元，变更工作量由乙方评估后报甲方确认。

1.4 本合同不包括服务器、扫码枪、标签打印机、平板电脑等硬件设备，上述设备由甲方自行采购。乙方可向甲方推荐兼容型号，但不对第三方设备的质量负责。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 工序通软件标准版许可 | 永久许可，十个用户 | 48,000 |
| 2 | 定制开发 | 工序流转、作品档案、质检返工、客户查询小程序 | 76,000 |
| 3 | 部署及培训 | 本地服务器部署，两次培训 | 9,000 |
| | 合计 | | 133,000 |

合同总价为人民币壹拾叁万叁仟元整（¥133,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即人民币86,450元，乙方收到款项后启动开发工作。

3.2 系统上线后五个工作日内，甲方支付剩余35%，即人民币46,550元。

3.3 乙方在收到每笔款项后七个工作日内向甲方开具增值税普通发票，甲方需要专用发票的，应在付款前书面告知。

3.4 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延；逾期超过十五日的，乙方有权停止软件授权。

## 第四条 开发及交付

4.1 乙方应在收到首期款项且《需求说明书》确认后五十日内完成开发并部署上线。

4.2 乙方将按需求调研、原型确认、开发、测试、部署的顺序推进，原型确认后甲方提出的界面调整视为需求变更。

4.3 甲方应提供开发所需的工序流程资料、样品照片和测试数据，并安排专人配合需求调研和测试。因甲方原因造成的延误，交付期限相应顺延。

4.4 甲方在开发过程中提出新增需求或修改已确认需求的，乙方有权重新评估工期和费用，交付期限相应顺延。

4.5 乙方负责将软件部署在甲方自备的服务器上，并对甲方工作人员进行两次操作培训。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。甲方在系统上线后已经实际使用的，视为对软件的功能和质量无异议。

5.2 甲方在上线后对软件功能提出的意见，乙方将在后续版本中酌情优化。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复、远程技术支持及使用咨询。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.3 维护期内，故障分为一级故障（系统无法登录或工序无法流转）和二级故障（部分功能异常）。乙方对一级故障在8个工作小时内响应，对二级故障在两个工作日内响应。乙方响应超时的，每超时一小时向甲方补偿人民币200元。

6.4 因甲方操作不当、私自修改程序、服务器或网络故障、病毒攻击等原因导致的问题，不属于免费维护范围。

6.5 免费维护期内乙方发布的标准版升级补丁，甲方可免费安装；大版本升级及定制功能的适配不在免费范围内，需另行付费。

6.6 乙方提供的远程技术支持时间为工作日九点至十八点，节假日及非工作时间的支持需提前预约。

## 第七条 知识产权

7.1 “工序通”软件及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、小程序、源代码及相关文档的知识产权均归乙方所有，乙方授予甲方非独占的使用权。未经乙方书面许可，甲方不得对软件进行修改、反编译，不得交由第三方使用或维护。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户信息、作品照片等业务数据由甲方所有。

8.2 乙方采取访问控制、数据加密及定期备份等安全措施保护甲方数据；因乙方原因造成数据泄露的，乙方应及时通知甲方并采取补救措施，赔偿甲方因此遭受的直接损失。

8.3 甲方应自行做好服务器的日常运维及数据的异地备份。因服务器硬件故障、断电或甲方误操作导致的数据丢失，乙方不承担责任，但可协助甲方恢复，协助恢复的费用另行计算。

8.4 甲方同意，乙方有权对甲方的业务数据及作品图片进行脱敏处理后，用于乙方产品改进、行业分析及推广演示。

## 第九条 保密

双方对因履行本合同而知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方在甲方工作室现场实施期间接触的客户名单及联系方式，乙方不得用于联系甲方的客户或向其推销任何产品。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，乙方不承担任何间接损失、利润损失或数据损失。

10.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.4 甲方违反第七条约定擅自修改软件或将软件交由第三方使用的，应向乙方支付合同总价一倍的违约金，乙方并有权终止软件授权。

## 第十一条 合同解除

一方严重违反本合同约定，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 不可抗力

因不可抗力或政府行为、网络运营商故障、第三方云服务故障等乙方无法控制的原因导致本合同不能履行或延迟履行的，乙方不承担违约责任。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。双方因本合同发生争议的，应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 通知与送达

14.1 双方因本合同发出的通知，可通过本合同载明的地址、电子邮箱或微信工作群送达。通过电子邮件或微信发送的，发出即视为送达。

14.2 一方联系方式变更的，应在三日内通知对方，否则按原联系方式送达的视为有效送达。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方对其条款均已充分理解。

15.3 本合同附件包括《需求说明书》和《报价单》。附件与本合同正文不一致的，以本合同正文为准。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　　日期：
"""

H960E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. BRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengtong Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou (the "Buyer"), and Blue Ridge Routing Systems, Inc., a Virginia corporation with its principal office at 240 East Main Street, Wytheville, Virginia 24382, United States (the "Vendor").
P:The Buyer operates four temperature-controlled warehouses in Suzhou, Kunshan, Wuxi and Nantong and wishes to replace its current warehouse software. The Vendor licenses the "RidgeWMS" warehouse management system and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RidgeWMS server and client modules listed in Article 3, in object code, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interfaces, reports, scripts, label templates and documents that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or processed in the Software by or for the Buyer, including inventory, customer, order, temperature and personnel records.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its warehouses and data centre in mainland China for its own business and that of its affiliates, without limit on the number of named users or transactions.
P:2.2 The Buyer may make copies for backup, testing, disaster recovery and training. The Buyer shall not resell the Software as a product.
P:2.3 The Software remains the property of the Vendor and its licensors. The licence survives any termination of the services.
H:Article 3 Scope of Work
P:3.1 The Vendor shall deliver and install the Software (inventory, inbound, outbound, cold-chain monitoring, billing and mobile RF modules) on servers provided by the Buyer in its Suzhou data centre.
P:3.2 The Vendor shall configure the Software for the four warehouses, build interfaces with the Buyer's ERP system, its transport management system and its temperature loggers, migrate open inventory and master data from the legacy system, and train the Buyer's key users and trainers.
P:3.3 The detailed scope, milestones and interface specifications are set out in the Statement of Work signed with this Agreement.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,968,000, inclusive of value-added tax, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 540,000; data migration CNY 120,000; training CNY 48,000. The Contract Price is fixed and covers all travel, living and other expenses of the Vendor.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 393,600) within 30 days after signature of this Agreement and receipt of a valid invoice; (b) 45% (CNY 885,600) within 30 days after the user acceptance test of all four warehouses is signed off; and (c) 35% (CNY 688,800) within 30 days after Final Acceptance.
P:4.3 All payments shall be made in Renminbi by bank transfer to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Delivery and Schedule
P:5.1 The Vendor shall complete installation and configuration within 60 days after signature and shall reach go-live in all four warehouses within 120 days after signature, warehouse by warehouse as set out in the Statement of Work.
P:5.2 The Vendor shall appoint a project manager who speaks Mandarin and is on site in Suzhou during cut-over of each warehouse. The project manager may be replaced only with the Buyer's approval.
P:5.3 The Buyer shall provide servers, network access, a project team and timely decisions. Where the Buyer's delay prevents the Vendor from meeting a milestone, the milestone shall be extended by the period of the delay.
H:Article 6 Testing and Acceptance
P:6.1 The Vendor shall run a system test before handing each warehouse to the Buyer for user acceptance testing. User acceptance testing shall follow test scripts agreed in the Statement of Work.
P:6.2 Final Acceptance requires that: (a) all functions in the Statement of Work pass the agreed test scripts; (b) migrated stock balances reconcile by location and lot with the legacy system; (c) all interfaces run for 20 consecutive working days without a lost or duplicated message; (d) RF scanning transactions respond in under one second at peak volume; and (e) no Severity 1 or Severity 2 defect is open.
P:6.3 Within ten working days after the Vendor's written notice that the criteria are met, the Buyer shall either issue a Final Acceptance certificate or list the failed criteria. Go-live, productive use or any payment does not by itself mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will conform to the documentation and the Statement of Work for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases and provide telephone and remote support at no charge.
P:7.2 Defects are classified as Severity 1 (a warehouse cannot receive or ship goods), Severity 2 (a major function fails but a workaround exists) and Severity 3 (other defects). The Vendor shall respond to a Severity 1 defect within one hour, at any time, and provide a workaround within eight hours; Severity 2 defects shall receive a response within two hours during business hours.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, to be deducted from the next payment or from the annual support fee.
P:7.4 After the Warranty Period, the Buyer may order annual support on the same terms. The annual support fee shall be 11% of the Software licence fee (CNY 138,600 per year) and shall not be increased for the three years following the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 All Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:8.2 The Vendor warrants that the Software does not infringe any third-party rights and shall defend and indemnify the Buyer against any such claim.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and bastion host with individual accounts, shall not transfer Buyer Data outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any security incident affecting Buyer Data, cooperate in its investigation and remedy, and bear all losses, fines and claims caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to reach go-live in any warehouse or Final Acceptance by the dates in Article 5 for reasons attributable to the Vendor, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The aggregate liability of either party under this Agreement shall not exceed 150% of the Contract Price, save that no limit applies to breach of Article 9 or Article 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting and Assignment
P:12.1 Subcontracting any part of the services requires the Buyer's prior written approval, and the Vendor stays liable for the work of every subcontractor so approved.
P:12.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 13 Termination
P:13.1 If the Vendor is in material breach and has not cured the breach 20 days after the Buyer's written notice, or once delay damages have reached the ceiling in Article 11.1, the Buyer may terminate this Agreement with written notice. The Vendor shall then refund payments for services not accepted.
P:13.2 The Vendor may terminate the services if the Buyer fails to pay an undisputed amount within 60 days after a written reminder. The licence granted in Article 2 survives.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Virginia, United States, without regard to its conflict-of-laws rules.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Failing settlement within 30 days, either party may bring the dispute before the state or federal courts sitting in Wythe County, Virginia, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with the Statement of Work, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H960E02 = """# Lumbee River Software, Inc. - Order Form and General Terms

**Order Form No. LRS-OF-2027-0331**

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Lumbee River Software, Inc., 408 North Elm Street, Lumberton, North Carolina 28358, United States ("Provider").
- **Customer:** Guangdong Meiyuan Kitchen Appliance Service Co., Ltd., Foshan, Guangdong, People's Republic of China ("Customer").

This Order Form is governed by the General Terms in Part B. If this Order Form and Part B conflict, this Order Form prevails.

### A2. Subscribed Service

Provider shall provide its "FieldPath" field-service management software as a service, including work-order dispatch, technician mobile app, spare-parts tracking, customer appointment booking, service contract management and reporting, for 180 named users across Customer's service centres in Guangdong, Guangxi and Hainan. The service is hosted for Customer in a data centre located in mainland China operated by Provider's hosting partner named in Schedule 1.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date, being the date on which Customer signs the Go-Live acceptance under Section 4 of Part B. Each Subscription Year lasts 365 days.

### A4. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| Subscription, Subscription Year 1 | per named user per year | 180 | 1,450 | 261,000 |
| Subscription, Subscription Year 2 | per named user per year | 180 | 1,450 | 261,000 |
| Onboarding (configuration, ERP and call-centre interfaces, data load, training) | fixed, one time | 1 | 58,000 | 58,000 |
| **Total Fees** | | | | **580,000** |

All amounts are in Renminbi and include value-added tax. Additional users may be added during the Subscription Term at the same unit price, pro rata to the end of the current Subscription Year.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after the Go-Live Date and is payable within 30 days of invoice.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
3. No amount is payable before the Go-Live Date.

### A6. Key Dates and Contacts

- Target Go-Live Date: 75 days after signature of this Order Form.
- Provider's delivery manager: to be named within five days after signature.
- Customer's project owner: Director of After-Sales Service.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for Customer, including customer names, addresses and telephone numbers, work orders, photographs, parts records and technician locations.

1.2 "Documentation" means Provider's user guides and specifications for the service as updated from time to time, provided that no update materially reduces the functions subscribed.

1.3 "Customer Configurations" means the workflows, forms, report templates, interface mappings and scripts that Provider builds for Customer during onboarding or later at Customer's request.

### 2. Provision of the Service

2.1 Provider shall make the service available to Customer's users in accordance with the Documentation and the service levels in Section 5.

2.2 Customer shall use the service only for its own business and that of its affiliates and shall keep its users' passwords secure.

2.3 Provider may update the service from time to time. Provider shall give at least 15 days' notice of any change that affects the user interface used by technicians.

### 3. Onboarding

3.1 Provider shall configure the service, build the interfaces with Customer's ERP system and call-centre platform, load open work orders, installed-base records and spare-parts master data, and train Customer's dispatchers, administrators and technician trainers.

3.2 Provider shall follow the onboarding plan agreed within ten days after signature and report progress weekly.

### 4. Go-Live Acceptance

4.1 Provider shall give notice when onboarding is complete. Customer shall then test the service for up to ten working days against the following criteria: (a) every workflow in the onboarding plan runs end to end on production data; (b) loaded work orders, installed-base records and parts balances reconcile with the source systems; (c) interfaces with the ERP and call-centre systems exchange messages for five consecutive working days without loss or duplication; and (d) the technician app synchronises a completed work order in under five seconds on a 4G connection.

4.2 If all criteria are met, Customer shall sign the Go-Live acceptance. If not, Customer shall list the failures, Provider shall correct them and the test shall be repeated. Use of the service during testing is not acceptance.

4.3 If the Go-Live Date is later than the target date in A6 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 29,000, deducted from the onboarding fee.

### 5. Service Levels

5.1 Provider shall make the service available 99.95% of each calendar month, measured by Provider's monitoring, excluding scheduled maintenance announced three days ahead and carried out between 00:00 and 05:00 China Standard Time.

5.2 Provider shall respond to incidents reported by Customer as follows: Priority 1 (service unavailable or the mobile app unable to sync for all users) within 30 minutes, 24 hours a day; Priority 2 (a major function impaired) within two hours; Priority 3 (other issues) within one business day.

5.3 If availability in a month falls below the level in 5.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the level, up to half of that monthly amount. Each Priority 1 response later than the time in 5.2 earns a further credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 6. Customer Data

6.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data only as needed to provide the service and as described in this Section 6.

6.2 Provider shall host Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for one year, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Provider shall notify Customer within 24 hours of any security incident affecting Customer Data and shall bear the costs of investigation, notification and remedy caused by its failure to comply with this Section.

6.3 Customer grants Provider a non-exclusive, perpetual licence to use Customer Data in aggregated and de-identified form to compile industry benchmarks, train its scheduling algorithms and improve Provider's products and services, during and after the Subscription Term.

6.4 At the end of the Subscription Term, Provider shall make Customer Data available for export in standard formats for 30 days and shall then delete it from the service, except as provided in Section 6.3.

### 7. Intellectual Property

7.1 Provider retains all rights in the service, the software and the Documentation.

7.2 Customer Configurations belong to Customer. Customer may use, modify and have them used by third parties freely, also after the Subscription Term, and Provider shall deliver them on request in editable form.

### 8. Confidentiality

8.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for this agreement and disclose it only to employees and advisers who need to know it. This obligation lasts three years after the Subscription Term ends.

### 9. Subcontracting

9.1 Apart from the hosting partner named in Schedule 1, Provider shall not subcontract any part of the service without Customer's prior written consent. Provider remains responsible for its hosting partner and any approved subcontractor.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

### 11. Term and Termination

11.1 This agreement starts on signature and continues until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. On termination by Customer for Provider's breach, Provider shall refund prepaid fees for the remaining period.

### 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of the application. The award is final and binding on both parties.

### 13. General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Such events do not excuse Provider's obligations under Section 6.2.

13.2 Neither party may assign this agreement without the other's written consent, except to a successor to its whole business that assumes all obligations under it.

13.3 Notices must be in writing and sent to the addresses in A1 or to another address notified in writing. This agreement is made in English and Chinese; both versions have equal effect.

Schedule 1: Hosting partner - Guangzhou Nanyun Data Centre Co., Ltd., Guangzhou.
"""

H960E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. ZJLP-EQ-2027-052
P:Buyer: Zhejiang Lanpu Paper Co., Ltd., Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: New River Condition Monitoring, LLC, 1101 West Main Street, Radford, Virginia 24141, United States (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the condition of the rotating equipment on its two paper machines and its stock preparation line, and the Supplier has offered wireless sensors, gateways and monitoring software for that purpose. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's "RiverSense" condition monitoring software, including its analytics, alarm and reporting modules and mobile app.
P:1.3 "Buyer Data" means all measurements, alarms, equipment records, photographs and reports collected or generated by the Equipment or the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment on about 320 measurement points (motors, gearboxes, dryer cylinders, fans and pumps), install the Software on the Buyer's servers, integrate it with the Buyer's maintenance management system and distributed control system, and train the Buyer's staff.
P:2.2 The contract price is CNY 1,800,000, including value-added tax, delivery to the Buyer's Jiaxing mill, import formalities, insurance, installation and all other costs of the Supplier, as itemised below:
TB:No.|Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|triaxial, battery life over three years, with mounting kit|320|3,150|1,008,000
TB:2|Industrial gateway|with 4G backup link and local buffer|16|14,500|232,000
TB:3|RiverSense software licence|perpetual, unlimited users, analytics and alarm modules|1|386,000|386,000
TB:|Equipment and licence subtotal||||1,626,000
TB:4|Installation, commissioning and integration|MMS and DCS interfaces, alarm tuning|1|148,000|148,000
TB:5|Training|operators, reliability engineers, administrators|1|26,000|26,000
TB:|Contract price||||1,800,000
P:2.3 The prices are fixed for the duration of this contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price (CNY 180,000) within 20 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the contract price (CNY 990,000) within 30 days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 630,000) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid special VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's Jiaxing mill within 70 days after signature and complete installation within 30 days after delivery. Installation on running machines shall be planned with the Buyer's production department and carried out during scheduled shutdowns where needed.
P:4.2 The Supplier's personnel shall follow the Buyer's site safety rules, including permits for work at height and lock-out procedures.
P:4.3 The Supplier shall pack the Equipment for sea and road transport and mark each case with the contract number and contents. Damage found on opening the cases shall be made good by the Supplier without delay.
P:4.4 Before installation, the Supplier shall walk the mill with the Buyer's reliability engineers to confirm each measurement point, and shall submit an installation plan showing mounting method, gateway locations and radio coverage for the Buyer's approval.
P:4.5 Title and risk in the Equipment pass to the Buyer on delivery to the mill, without prejudice to the Buyer's rights under clauses 5 and 6.
H:5. Acceptance
P:5.1 After installation the Supplier shall commission the system and run it for a trial period of 45 days.
P:5.2 Final Acceptance requires that: (a) every sensor reports to the Software at its configured interval, and readings of 20 randomly chosen points match a calibrated portable analyser within the tolerance in the technical specification; (b) alarms reach the Buyer's maintenance management system and the DCS operator screens within ten seconds; (c) no gateway loses data during a simulated network outage of one hour; (d) the Software produces the agreed trend, alarm and health reports; and (e) the Supplier has delivered the documentation and completed training.
P:5.3 The Buyer shall issue the Final Acceptance certificate, or a list of failed criteria, within ten working days after the end of the trial period. Installation, use of the system or payment is not acceptance.
P:5.4 If the system fails a criterion, the Supplier shall correct the cause and the trial period shall be repeated for the affected part, at the Supplier's cost.
H:6. Warranty and After-Sales Service
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period it shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including replacement of sensor batteries that fail early.
P:6.2 Faults are classified as Severity 1 (the Software or a gateway serving a paper machine stops, so that critical equipment is not monitored) and Severity 2 (other faults). The Supplier shall respond to a Severity 1 fault within 30 minutes and restore monitoring within eight hours, using the spare gateways kept at the mill if necessary. Severity 2 faults shall receive a response within one business day.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, deducted from the next payment or the support fee.
P:6.4 After the warranty period, the Supplier shall offer annual support on the same terms at 8% of the equipment and licence subtotal (CNY 130,080 per year). This fee shall not increase in the two years following the warranty period. Support requires a separate annual order and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways at the mill equal to at least two per cent of the installed quantity, replenished free of charge during the warranty period.
P:6.6 The Supplier shall deliver, before Final Acceptance, an operation manual, an administrator manual, the interface specifications and as-installed drawings in Chinese, and shall provide three training sessions for operators, reliability engineers and system administrators at the mill.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property. The Supplier grants the Buyer a perpetual licence to use it at the Buyer's sites.
P:7.2 Dashboards, alarm rules, interface programs and reports developed for the Buyer under this contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files.
H:8. Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this contract and shall not copy it, keep it or use it for any other purpose.
P:8.2 The Equipment and Software shall be installed inside the Buyer's network, with no connection to the Supplier's systems. Remote support shall take place only through the Buyer's approved remote-access gateway, session by session, with logging.
P:8.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's control systems within 12 hours, assist in its remedy, and bear the losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's processes, equipment, production data and network, and may share it with third parties only where the Buyer has agreed in writing beforehand. This duty survives until three years after the warranty period ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier is late in delivery, installation or achieving Final Acceptance, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's aggregate liability arising under or in connection with this contract shall not exceed 200% of the contract price. That ceiling does not cover death or bodily injury, fraud, deliberate default, or any breach of clause 8 or clause 9.
H:11. Subcontracting
P:11.1 No part of the work may be subcontracted unless the Buyer has first agreed in writing. The Supplier answers for every approved subcontractor as for itself.
H:12. Termination
P:12.1 Should the Supplier materially breach this contract and leave the breach uncured 15 days after receiving the Buyer's written notice, or should the delay damages under clause 10.1 reach their ceiling, the Buyer may end this contract with immediate effect by written notice.
P:12.2 On termination under clause 12.1, the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove any Equipment the Buyer rejects, at the Supplier's cost, within 30 days. The Buyer keeps its rights to delay damages and compensation for loss.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:14. Miscellaneous
P:14.1 Notices under this contract shall be in writing and sent to the addresses above, or by e-mail to the contacts named in Annex 1, with a copy by courier for notices of breach or termination.
P:14.2 This contract is made in Chinese and English, both equally valid. Annex 1 (technical specification) and Annex 2 (measurement point list) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H960E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. SMV-MSA-2027-07**

**Between:** Shaoxing Huafang Textile Group Co., Ltd., Keqiao District, Shaoxing, Zhejiang, People's Republic of China ("Customer")

**And:** Smith River Managed Services, Inc., 55 Fayette Street, Martinsville, Virginia 24112, United States, acting through its engineering team in Hangzhou ("Provider")

## Background

Customer runs a data centre at its Keqiao head office and server rooms at three dyeing and weaving plants. It wishes to outsource the day-to-day operation of its servers, storage, backup, network and end-user devices to Provider for 36 months. Provider has experience in managing such environments for manufacturing companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Managed Environment" means the servers, virtualisation platform, storage, backup systems, network devices, firewalls and end-user devices listed in the asset register agreed during Transition.

1.3 "Transition" means the handover of the Managed Environment from Customer's internal IT team to Provider under Section 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition acceptance under Section 3.4.

1.5 "Customer Data" means all data stored on or passing through the Managed Environment, including production, design, sales, financial and employee data.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement does not renew automatically. Any extension requires a written amendment agreed by both parties, including the fees for the extension period.

## 3. Transition

3.1 Provider shall carry out Transition within 60 days after signature in accordance with the transition plan agreed within ten days after signature.

3.2 During Transition Provider shall document the Managed Environment, set up its monitoring and ticketing tools, take over administrator accounts under Customer's supervision, review backup jobs and prepare operating procedures for each plant.

3.3 Transition acceptance requires that: (a) the asset register has been verified against a physical inventory at all four sites; (b) monitoring covers every server, storage array, network device and firewall in the register; (c) a restore test of three production systems chosen by Customer has succeeded; (d) operating procedures for routine tasks and major incidents have been approved by Customer; and (e) Customer's internal IT staff have completed knowledge transfer sessions.

3.4 When the criteria are met, Customer shall sign the Transition acceptance within five working days. If they are not met, Provider shall correct the gaps and Customer shall test again.

3.5 If Transition acceptance is delayed beyond the period in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 60,000.

## 4. Services

4.1 Provider shall perform the Services described in Schedule 1 with due skill and care and in accordance with good industry practice.

4.2 Provider will use commercially reasonable efforts to respond promptly to incidents reported by Customer and to keep the Managed Environment running. Provider shall staff its service desk during the service hours in Schedule 3 and shall keep Customer informed of the progress of open incidents.

4.3 Provider shall provide a monthly report listing tickets raised and closed, changes made, backup results, capacity trends and recommended improvements, and shall attend a monthly service review meeting with Customer's IT manager.

4.4 Changes to the Managed Environment shall follow the change procedure agreed during Transition. Provider shall not make any change to production systems without Customer's approval, except in an emergency, when Provider shall inform Customer immediately afterwards.

4.5 Where a device in the Managed Environment is covered by a manufacturer's maintenance contract held by Customer, Provider shall log the fault with the manufacturer, coordinate the engineer's visit and verify the repair. Customer remains responsible for the cost of spare parts and manufacturer support outside this Agreement.

4.6 Customer shall give Provider access to its sites and systems as reasonably needed, inform Provider of planned changes in its business that affect the Services, and keep software licences for the Managed Environment valid.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The monthly service charge is fixed for the Service Term.

5.2 Provider shall invoice the monthly service charge at the end of each month in which Services were provided. The transition fee is invoiced after Transition acceptance. Customer shall pay each undisputed invoice within 30 days.

5.3 Devices added to or removed from the Managed Environment during the Service Term shall be charged or credited at the unit rates in Schedule 2.

## 6. Personnel

6.1 Provider shall assign a named service delivery manager and at least two on-site engineers in Shaoxing during service hours. Key personnel may be replaced only after consultation with Customer.

6.2 Provider shall keep its engineers' skills current on the technologies of the Managed Environment and shall, at its own cost, train any replacement engineer before he or she works on Customer's systems.

6.3 Provider's personnel shall comply with Customer's site rules, including safety rules in the plants.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this Agreement, use it only for this Agreement and disclose it only to staff who need to know it. This obligation lasts three years after the end of the Service Term.

## 9. Intellectual Property

9.1 Procedures, scripts, network diagrams, reports and documentation that Provider prepares for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

9.2 Provider's own tools, software and know-how remain Provider's property.

## 10. Subcontracting

10.1 Provider may engage subcontractors for the Services only with Customer's prior written consent, and is answerable for approved subcontractors as for its own staff.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Service Term. Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

11.2 Provider shall maintain, throughout the Service Term, public liability and professional indemnity insurance with reputable insurers and shall provide certificates of insurance on request.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, hand over all documentation, passwords and configuration records belonging to Customer, and cooperate with any successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failure of public utilities, provided it gives prompt notice and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected Services by notice.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

14.4 This Agreement is executed in English and Chinese, both having equal effect.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 - Scope of Services

| Service area | Tasks | Location |
|---|---|---|
| Server and virtualisation | patching, health checks, capacity management, virtual machine provisioning | Keqiao data centre |
| Storage and backup | backup job monitoring, quarterly restore tests, tape rotation | Keqiao data centre |
| Network and security | switch and firewall administration, rule changes on request, VPN management | all sites |
| End-user support | service desk, desktop and printer support, new starter set-up | all sites |
| Monitoring | event monitoring during service hours, escalation to on-call engineer | remote and Keqiao |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one time, after Transition acceptance | 84,000 |
| Monthly service charge | per month, 36 months | 46,000 |
| Total monthly charges over the Service Term | 36 x 46,000 | 1,656,000 |
| Total charges | | 1,740,000 |
| Additional server | per server per month | 380 |
| Additional end-user device | per device per month | 45 |
| Exit assistance | per engineer day | 2,600 |

## Schedule 3 - Sites and Service Hours

| Site | Address | Service hours |
|---|---|---|
| Head office and data centre | Keqiao District, Shaoxing | Monday to Saturday, 08:00 to 20:00 |
| Dyeing plant 1 | Binhai Industrial Zone, Shaoxing | Monday to Saturday, 08:00 to 20:00 |
| Dyeing plant 2 | Binhai Industrial Zone, Shaoxing | Monday to Saturday, 08:00 to 20:00 |
| Weaving plant | Yuecheng District, Shaoxing | Monday to Friday, 08:30 to 17:30 |
"""

H960E05 = """DATA SUBSCRIPTION AGREEMENT
AGRICULTURAL WEATHER AND CROP DATA API

Agreement No. HLD-DS-2027-118

PARTIES

1.1 Holston Land Data, Inc., a Virginia corporation, 180 West Valley Street, Abingdon, Virginia 24210, United States ("Vendor").

1.2 Heilongjiang Beifeng Grain Trading Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer").

1.3 Customer buys and stores maize, soybeans and rice from farms and cooperatives in north-east China and wishes to use Vendor's weather, soil moisture and crop condition data in its purchasing, storage and risk models. The parties agree as follows.

DEFINITIONS

2.1 "Data" means the datasets listed in Schedule A, delivered through the Vendor's application programming interface (the "API") and its bulk download service, including historical archives, daily observations, forecasts and satellite-derived crop condition indices.

2.2 "Customer Inputs" means field boundaries, warehouse locations, portfolio lists, query parameters and any other information Customer submits to the API or the bulk download service.

2.3 "Connector" means the software that Vendor develops for Customer under clause 4 to load the Data into Customer's data platform.

2.4 "Activation Date" means the date on which Customer signs the integration acceptance under clause 5.

2.5 "Subscription Year" means each period of 365 days starting on the Activation Date or an anniversary of it.

SUBSCRIPTION AND LICENCE

3.1 Vendor grants Customer, for two Subscription Years, a non-exclusive, non-transferable licence to access the Data through the API and the bulk download service and to use the Data and models derived from it in Customer's internal business, including sharing reports based on the Data with its lenders and insurers.

3.2 Customer may make up to 500,000 API calls per day and download the full historical archive once per Subscription Year. Higher volumes may be ordered at the rates in Schedule B.

3.3 Customer shall not resell the raw Data or make it available to third parties as a data feed.

3.4 This Agreement ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written order agreed by both parties.

INTEGRATION SERVICES

4.1 Vendor shall develop and install the Connector, which shall retrieve daily and forecast Data for the 2,600 grid cells covering Customer's purchasing regions, validate and load it into Customer's data platform in Harbin, and maintain a mapping of Customer's warehouses and supplier farms to grid cells.

4.2 Vendor shall load the historical archive for the same grid cells, covering the twenty growing seasons before the Activation Date, and shall train Customer's analysts in the use of the Data and the Connector.

4.3 Vendor shall complete the integration services within 50 days after signature of this Agreement.

4.4 During the two Subscription Years, Vendor shall update the Connector at no extra charge whenever it changes the API or the format of the Data, and shall notify Customer of any such change at least 30 days in advance.

INTEGRATION ACCEPTANCE

5.1 Customer shall test the Connector for ten working days after Vendor's notice of completion. Acceptance requires that: (a) daily observations and forecasts for all grid cells load automatically by 07:00 Beijing time on every test day; (b) a sample of 200 records per dataset matches the API responses exactly; (c) the historical archive is complete for all grid cells and seasons; (d) the Connector recovers automatically from a simulated interruption of the API; and (e) the user documentation has been delivered in Chinese.

5.2 If the criteria are met, Customer shall sign the integration acceptance within three working days. If not, Vendor shall correct the failures and the test shall be repeated. Use of the Data during testing is not acceptance.

FEES AND PAYMENT

6.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 318,000;
(b) subscription fee for Subscription Year 2: CNY 318,000;
(c) integration services fee (one time): CNY 42,000.
The total fees under this Agreement are CNY 678,000, including value-added tax.

6.2 The integration services fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each invoice within 30 days of receipt.

6.3 Fees for additional volumes ordered under clause 3.2 are invoiced monthly in arrears.

6.4 Vendor shall issue special VAT invoices through its registered agent in China. Each party bears its own bank charges.

SERVICE LEVELS

7.1 Vendor shall keep the API available 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

7.2 Daily observation data shall be published by 06:00 Beijing time and forecasts updated at least twice a day.

7.3 Vendor shall respond to incidents as follows: Priority 1 (the API unavailable, or daily data not published on time) within one hour, at any time; Priority 2 (degraded performance or errors in part of the Data) within eight business hours; Priority 3 (other questions) within two business days.

7.4 If monthly availability falls below the level in clause 7.1, or daily data is published late on more than two days in a month, Customer shall receive a service credit of 10% of one twelfth of the current Subscription Year's fee. Each Priority 1 response later than one hour earns a further credit of CNY 1,000. Credits are set off against the next invoice or refunded at the end of the Agreement.

CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to Customer. Vendor shall use them only to provide the API, the bulk download service and the integration services to Customer, and shall not use them for any other purpose or combine them with other customers' information.

8.2 Vendor shall store Customer Inputs encrypted, restrict access to named support staff, keep access logs, and delete Customer Inputs within 30 days after the end of the Agreement. Vendor's support staff shall access Customer's data platform only through Customer's VPN with individual accounts and session logging.

8.3 Vendor shall notify Customer within 12 hours of any security incident affecting Customer Inputs or Customer's systems, cooperate in the investigation and remedy, and indemnify Customer for losses caused by Vendor's failure to comply with this clause.

8.4 Each party shall comply with the data protection and data security laws of the People's Republic of China applicable to it.

INTELLECTUAL PROPERTY

9.1 The Data, the API and Vendor's models remain Vendor's property.

9.2 The Connector, its source code, the grid-cell mapping and the documentation prepared for Customer belong to Customer. Customer may use, modify and have them maintained by third parties freely. Vendor shall deliver the source code at acceptance.

9.3 Reports, models and analyses that Customer creates using the Data belong to Customer.

WARRANTIES

10.1 Vendor warrants that it has the right to license the Data and that the Data is collected and processed with reasonable skill and care. Vendor does not warrant that forecasts will prove accurate.

10.2 Vendor shall defend Customer against any claim that Customer's use of the Data or the Connector in accordance with this Agreement infringes a third party's rights, and shall pay any resulting damages and costs.

LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit, including trading losses based on the Data.

11.2 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 6.1, except for liability under clauses 8 and 10.2, personal injury and wilful misconduct.

SUBCONTRACTING AND ASSIGNMENT

12.1 Vendor needs Customer's prior written consent before subcontracting the integration services or the operation of the API, and is liable for approved subcontractors as for itself.

12.2 Neither party may assign this Agreement without the other party's written consent.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 Customer may also terminate by written notice if availability falls below the level in clause 7.1 in any three months of a Subscription Year.

13.3 On termination by Customer under clause 13.1 or 13.2, Vendor shall refund the subscription fee for the rest of the current Subscription Year, and Customer may keep and use Data already downloaded.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in Chinese and English.

GENERAL

15.1 Neither party is responsible for failure caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as it can.

15.2 This Agreement, with Schedules A and B, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

SCHEDULE A - DATASETS

Daily station observations and gridded weather analysis; 15-day forecasts; soil moisture at three depths; satellite vegetation and crop condition indices; growing degree days; historical archive from the start of the twenty seasons.

SCHEDULE B - ADDITIONAL VOLUMES

Additional API calls: CNY 9 per 1,000 calls above the daily allowance. Additional archive downloads: CNY 6,000 each.

Signed for Vendor: ____________________    Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

TARGETS = {  # key: (file name, format)
    "h960z01": ("h960z01_commerce_bureau_trade_in_subsidy_platform.pdf", "pdf"),
    "h960z02": ("h960z02_air_fryer_plant_line_control_retrofit.docx", "docx"),
    "h960z03": ("h960z03_roller_skating_chain_booking_saas.txt", "txt"),
    "h960z04": ("h960z04_billboard_safety_monitoring_annual_om.txt", "txt"),
    "h960z05": ("h960z05_egg_carving_studio_tracking_software_supplier_template.md", "md"),
    "h960e01": ("h960e01_wms_perpetual_licence_virginia_vendor.pdf", "pdf"),
    "h960e02": ("h960e02_field_service_saas_order_form_nc_vendor.md", "md"),
    "h960e03": ("h960e03_paper_mill_condition_sensors_monitoring_licence.docx", "docx"),
    "h960e04": ("h960e04_textile_group_managed_infrastructure_36_months.md", "md"),
    "h960e05": ("h960e05_agri_weather_crop_data_api_subscription.txt", "txt"),
}
SOURCES = {k: globals()[k.upper()] for k in TARGETS}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# per draft: language, category, terms (in KEYS order), extra, fee base for TCO (goods only)
T, F, N = True, False, None
D = {
    "h960z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC",
                                   "goods_or_licence"], dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T,
                                   acceptance_deemed_on_delivery=F, contract_value=1720000), 680000),
    "h960z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 26, F, T, T, "PRC",
                                   "goods_or_licence"], dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T,
                                   acceptance_deemed_on_delivery=F, contract_value=1684000), 1468000),
    "h960z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=696000), None),
    "h960z04": ("zh", "services", [N, 1, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=468000), None),
    "h960z05": ("zh", "software", [N, 8, T, "supplier", T, F, T, 0.03, 20, 65, F, F, 6, N, F, T, N, "PRC",
                                   "goods_or_licence"], dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=F,
                                   acceptance_deemed_on_delivery=T, contract_value=133000), 48000),
    "h960e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Virginia",
                                   "goods_or_licence"], dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T,
                                   acceptance_deemed_on_delivery=F, contract_value=1968000), 1260000),
    "h960e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, F, T, 500 / 580000 * 100, 6 / 24 * 100, N, T, N, N, N, F,
                                T, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=580000), None),
    "h960e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 8, F, T, F, "PRC",
                                   "goods_or_licence"], dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T,
                                   acceptance_deemed_on_delivery=F, contract_value=1800000), 1626000),
    "h960e04": ("en", "services", [N, N, F, "buyer", F, T, T, 1500 / 1740000 * 100, 150, N, T, N, N, N, F, T, F,
                                   "PRC", "service"],
                dict(sla_clause=F, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1740000), None),
    "h960e05": ("en", "cloud", [99.95, 1, T, "buyer", T, T, F, N, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=678000), None),
}

DESIGN = {  # the rules each draft was written to trigger (checked against the rules derived from the labels)
    "h960z01": [],
    "h960z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h960z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h960z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h960z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h960e01": ["CR-GOVERNING-LAW"],
    "h960e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h960e03": [],
    "h960e04": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h960e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
}
RISK = {"h960z01": "low", "h960z02": "high", "h960z03": "medium", "h960z04": "medium", "h960z05": "high",
        "h960e01": "low", "h960e02": "medium", "h960e03": "low", "h960e04": "high", "h960e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 thresholds (defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None \
            or not x["post_warranty_fee_capped"] or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3, from the label alone."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    s = tco_share(t, x, base)
    if s is not None and s > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (raw, whitespace-collapsed and whitespace-free text)

CN = "一二三四五六七八九十两零〇"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
TH_PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*个?\s*(?:小时|hours?|hrs?|h(?![a-z]))",
    r"(?<![" + CN + r"])四\s*个?\s*小时",
    r"(?<![a-z\-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.,])0\.050*(?![0-9])" + PCT,
    r"万分之五(?![十百千])",
    r"(?<![0-9.,])100(?:\.0+)?" + PCT,
    r"百分之一?百",
    r"one\s*hundred" + PCT,
    r"(?<![0-9.,])30(?:\.0+)?" + PCT,
    r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![a-z\-])thirty" + PCT,
    r"(?<![0-9.,])15(?:\.0+)?" + PCT,
    r"(?<![" + CN + r"])百分之十五(?!点)",
    r"(?<![a-z\-])fifteen" + PCT,
    r"(?<![0-9.,])40(?:\.0+)?" + PCT,
    r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![a-z\-])forty" + PCT,
    r"(?<![0-9.])12\s*(?:个月|-?\s*months?)",
    r"(?<![" + CN + r"])十二个月",
    r"(?<![a-z\-])twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![0-9.])5\s*(?:年|-?\s*years?)",
    r"(?<![" + CN + r"])五年",
    r"(?<![a-z\-])five\s*(?:\(5\)\s*)?-?\s*years?",
]
TH_RE = [re.compile(p, re.I) for p in TH_PATTERNS]
MUST_HIT = ["99.9%", "availability of 99.9 %", "4小时", "4 个小时", "within 4 hours", "4h", "四小时", "four hours",
            "four (4) hours", "0.05%", "0.05 %", "万分之五", "100%", "100 percent", "百分之百", "百分之一百",
            "30%", "30 per cent", "百分之三十", "thirty percent", "15%", "百分之十五", "fifteen per cent", "40%",
            "百分之四十", "forty percent", "12个月", "12 months", "12-month", "十二个月", "twelve months",
            "twelve (12) months", "5年", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.08%", "万分之三",
             "万分之八", "200%", "1,100%", "150%", "115%", "35%", "百分之三十五", "百分之二十五", "45%", "4G backup",
             "12 hours", "12日", "2027年12月31日", "22个月", "二十二个月", "36 months", "2025年", "十五年", "15-day",
             "0.1%", "10%", "5%", "120 days", "24 months", "二十四个月"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in TH_RE:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "scan misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "scan hits " + s + ": " + str(threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

def markup_to_text(src):
    return "\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip())


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for k, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt) in TARGETS.items():
        lang, cat, vals, extra, base = D[k]
        assert len(vals) == len(KEYS)
        terms = dict(zip(KEYS, vals))
        x = dict(extra)
        if terms["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in x
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        if terms["contract_kind"] == "service" and terms["final_payment_on_acceptance"] is not None:
            raise AssertionError(k + ": per-period fees → final null")
        # no label value on a threshold
        for key, th in TH.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        share = tco_share(terms, x, base)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (k, share)
        rules = derive(terms, x, base)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk_of(rules) == RISK[k], (k, risk_of(rules))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        src_text = markup_to_text(SOURCES[k]) if fmt in ("docx", "pdf") else SOURCES[k]
        hits = threshold_hits(text) + threshold_hits(src_text)
        print("%s %-4s %5d  tco=%s  rules=%s" % (k, fmt, n, None if share is None else round(share, 2), rules))
        assert lo <= n <= hi, (k, n)
        assert not hits, (k, hits)
    missing = set(SEVERITY) - covered
    assert not missing, missing
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
