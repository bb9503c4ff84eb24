"""holdout1002: builds ten blind held-out draft contracts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes their .json labels and asserts: lengths, sums, no value on a policy threshold, rule derivation vs design, coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
TEXT = {}

TEXT["z01"] = """T:退役军人优待证服务平台软件许可及定制开发合同
P:合同编号：TYJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江临市退役军人事务局
P:乙方（供应商）：江临荣诚信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就退役军人优待证服务平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供优待证服务平台软件（以下简称“平台软件”）的永久使用许可，许可范围为甲方及其所属各区县退役军人服务站，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：优待证申领与审核流程、优待证信息与公安人口库及民政数据的核验接口、合作商户优待权益登记与核销管理、移动端“优待地图”查询页面、统计分析报表。
P:1.3 乙方负责将甲方现有退役军人信息库（约十八万条记录）迁移至平台，完成与省级退役军人信息系统的数据对接，并提供部署实施和操作培训。
P:1.4 详细功能需求以招标文件第五章《采购需求》及双方确认的需求规格说明书为准，需求规格说明书作为本合同附件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾伍万捌仟元整（¥1,758,000.00），含税，为固定总价，包含完成本合同全部工作所需的一切费用。
P:2.2 价款构成：平台软件许可费 ¥860,000；定制开发费 ¥624,000；数据迁移及接口对接费 ¥178,000；部署实施及培训费 ¥96,000。
P:2.3 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥351,600。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥791,100。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥615,300。
P:3.4 乙方每次请款前应开具等额合法发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成平台部署和定制开发并提交初步验收申请；初步验收通过后进入为期六十日的试运行。
P:4.2 乙方应按甲方批准的项目实施计划推进工作，每两周提交一次进度报告。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备同类政务平台建设经验，未经甲方同意不得更换项目经理和核心技术人员；甲方有权要求更换不称职的人员。
P:4.4 乙方应为甲方各区县服务站工作人员提供不少于三期集中培训，并提供操作视频和常见问题手册，确保相关人员能够独立完成优待证申领受理和审核操作。
H:第五条 履约保证金
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。最终验收合格且乙方无违约情形的，甲方在十五个工作日内无息退还；乙方违约的，甲方可从履约保证金中扣收违约金和赔偿款。
H:第六条 验收
P:6.1 初步验收标准：需求规格说明书所列功能全部实现并经测试通过；核验接口连续十个工作日运行无差错；迁移数据经全量比对无遗漏、无错误；在三百个并发用户下，页面响应时间不超过2秒。
P:6.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告和软件安全测试报告无高风险问题；乙方交付全部源代码、部署文档、用户手册和运维手册。
P:6.3 验收由甲方组织，并可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用平台或者支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第七条 质量保证与运维服务
P:7.1 免费质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、系统巡检和技术支持。
P:7.2 服务水平：质保期内平台月可用率不低于99.95%。一级故障（平台整体不可用或优待证核验中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述服务水平的，一级故障每超时1小时，甲方可从应付款项或履约保证金中扣减¥800；月可用率每低于约定值0.01个百分点，扣减¥1,500。
P:7.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内不上调，双方另行签订运维合同，运维合同不自动续期。
H:第八条 知识产权
P:8.1 平台软件的著作权仍属乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和继续开发。
P:8.3 乙方保证其交付成果不侵犯任何第三方的合法权益；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的退役军人个人信息、优待证数据、业务日志及其衍生数据均属甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密传输与存储、操作审计等安全措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方机房。
P:9.3 发生数据泄露、篡改或丢失等安全事件时，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因导致安全事件的，乙方承担全部赔偿责任和相应法律责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交验收申请或逾期整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因致使平台在质保期内累计停机超过约定时长的，乙方除按第七条扣减外，还应承担甲方因此产生的应急处置费用。
P:11.3 乙方交付成果不符合合同约定的，甲方有权要求乙方限期整改，并由乙方承担因此增加的费用。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 逾期超过六十日的，甲方可直接解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明；双方可根据不可抗力的影响协商延长履行期限，部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

TEXT["z02"] = """T:生产线控制系统改造合同
P:合同编号：LYJ-SB-2027-0426
P:甲方（买方）：佛冈晾宜家智能家居制造有限公司
P:乙方（卖方）：广州瑞控自动化工程有限公司
P:甲方为提升电动晾衣架装配线和电机测试线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房内的四条电动晾衣架总装线、一条电机老化测试线和一条包装线，共六条生产线。
P:1.2 乙方负责：原有继电器控制柜拆除，PLC控制柜和伺服驱动系统的供货与安装，触摸屏人机界面配置，工业网络搭建，产线数据采集软件部署及其与甲方MES系统的接口开发，PLC程序和HMI画面的编写、调试，操作及维修人员培训。
P:1.3 乙方应在甲方每周日停线检修窗口内分批完成切换，每次切换不得影响甲方次日早班生产。
P:1.4 甲方负责提供施工所需的电源、压缩空气、临时堆放场地，并指定一名设备主管作为现场联系人，负责协调停线时间和验收工作。
H:第二条 设备、软件及价款
P:2.1 本合同总价为人民币壹佰贰拾贰万肆仟元整（¥1,224,000），含13%增值税、运输、保险、安装调试及培训费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O扩展模块|6套|68,000|408,000
TB:2|伺服电机及驱动器|6套|45,500|273,000
TB:3|10寸工业触摸屏|6台|9,800|58,800
TB:4|工业以太网交换机及协议网关|1批|62,400|62,400
TB:5|产线数据采集及MES接口软件许可（永久）|1套|186,000|186,000
TB:软硬件小计|||| 988,200
TB:6|安装调试及停线切换|1项|124,000|124,000
TB:7|PLC程序、HMI画面及接口开发|1项|96,500|96,500
TB:8|操作及维修培训|1项|15,300|15,300
TB:合计||||1,224,000
P:2.2 设备品牌、型号和技术参数以附件一《设备技术规格表》为准，乙方不得擅自替换。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥244,800。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的50%，即¥612,000。到货签收和安装完成不构成验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥306,000。
P:3.4 余款5%（¥61,200）作为质量保证金，质保期满且无质量问题后十个工作日内无息支付。
P:3.5 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票并核对无误后按上述节点付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并在七十五日内完成六条生产线的切换调试。
P:4.2 设备到货时，双方共同开箱检查型号、数量和外观，并签署到货签收单。
P:4.3 乙方进场施工前应提交施工方案和安全措施，经甲方设备部审核同意后方可实施。乙方人员应遵守甲方厂区安全、消防和6S管理规定，动火、登高和带电作业须办理作业许可。
P:4.4 乙方应指定一名项目经理常驻现场，每周向甲方提交进度周报，说明已完成的切换、存在的问题和下周计划。因乙方原因导致切换失败的，乙方应在当日恢复原控制系统，保证甲方生产不受影响。
P:4.5 乙方应为操作人员和维修电工各提供不少于两期培训，内容包括HMI操作、常见报警处理、伺服参数备份与恢复、PLC程序在线监视，并提供培训教材。
H:第五条 验收
P:5.1 每条生产线切换完成后连续带料运行五个工作日，节拍不低于改造前水平，伺服定位误差不超过±0.1毫米，电机老化测试数据完整上传MES系统，急停和安全光栅联锁功能测试合格。
P:5.2 六条生产线全部通过上述测试后，进入二十日试生产期；试生产期内未发生因控制系统导致的停线，乙方交付电气图纸、PLC源程序、HMI工程文件和操作手册后，甲方组织最终验收并签署验收报告。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内远程响应，6小时内派工程师到达现场；二级故障（单工位故障）8小时内响应，48小时内处理完毕。乙方应尽快排除故障，恢复生产。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的7.5%计取，即每年¥74,115，质保期满后三年内不作调整。维保服务内容与质保期内相同，另含每半年一次的预防性检修。
P:6.4 乙方应保证备品备件供应不少于八年。
P:6.5 质保期内及维保期内，乙方应每季度对控制柜进行一次巡检，检查接线端子、散热风扇和备份程序，并向甲方提交巡检报告。乙方应为甲方储备常用易损件清单所列备件，确保更换及时。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及相关图纸文档，知识产权归甲方所有，甲方可自行修改、复制和使用。
P:7.2 第2.1条第5项软件的著作权属软件权利人，甲方享有永久使用许可。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺参数、产量和质量数据均归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方书面批准并使用甲方提供的VPN账号，每次操作记录日志；不得在甲方网络中安装未经批准的软件。因乙方原因造成数据泄露、丢失或生产网络安全事件的，乙方承担全部赔偿责任，并应在2小时内通知甲方。
P:8.3 双方对因本合同知悉的对方技术信息和商业信息负有保密义务，未经对方书面许可不得披露，保密期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:9.2 甲方逾期付款的，按应付未付金额的每日万分之三支付违约金。
P:9.3 因乙方施工造成甲方设备损坏或人员伤害的，乙方负责赔偿。
P:9.4 乙方提供的设备与附件一规格不符或存在质量缺陷的，甲方有权要求乙方在七日内更换；更换后仍不合格的，乙方应继续更换直至合格，并赔偿甲方因此遭受的停产损失。
H:第十条 分包
P:10.1 乙方不得转包本合同。电气配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十一条 不可抗力
P:11.1 因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任。除此之外，任何一方不得单方解除本合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《设备技术规格表》、附件二《改造实施方案》为本合同组成部分。
P:13.2 本合同未尽事宜，双方另行签订书面补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达合同首页所列地址，一方地址变更的，应在变更后五日内书面通知对方。
P:甲方（盖章）：　　　　　乙方（盖章）：
"""

TEXT["z03"] = """门店预约及会员管理SaaS服务合同

合同编号：MF-IT-2027-07
甲方（客户）：杭州魔方智学教育科技有限公司（旗下“魔方少儿编程与机器人”连锁培训门店，共35家）
乙方（服务商）：杭州云课通软件服务有限公司

鉴于甲方需要统一的课程预约、排课、会员储值与续费管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供“云课通”门店运营平台及实施服务。双方依据《中华人民共和国民法典》及相关法律法规，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店开通“云课通”平台专业版，包括：家长端小程序预约、教师排课与签到、会员储值卡与课时包管理、续费提醒、门店经营报表和总部数据看板。
2. 每家门店开通不超过8个员工账号，总部开通不超过20个管理账号，家长端用户数不限。
3. 服务期限为两个服务年度，第一个服务年度自平台上线验收合格之日起算，每个服务年度为三百六十五日。
（二）实施服务
1. 乙方负责将甲方现有会员档案、剩余课时和储值余额从原收银系统迁移至平台，并与甲方财务系统对接每日收款数据。
2. 乙方负责35家门店的课程、教室、教师和价格体系配置，按甲方提供的模板开发总部经营看板及“课消与续费分析”专用报表。
3. 乙方为每家门店店长和前台提供线上培训，为总部运营部提供两次现场培训。
（三）版本升级：服务期内平台的功能升级和安全补丁免费提供，升级应安排在非营业时间进行，涉及门店操作变化的，乙方应提前七日提供更新说明和培训视频。
（四）以下内容不在本合同范围内：短信通知的超量费用（每月超过五万条的部分按附件价格另计），以及甲方新增门店的订阅费（按本合同单价另行签订补充协议）。

二、费用及支付
（一）订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
（二）实施费：一次性人民币58,000元。
（三）合同总价：人民币534,000元（含6%增值税）。
（四）支付方式：
1. 实施费在平台上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在收款前开具等额增值税专用发票。
（五）服务期内甲方关闭门店的，该门店订阅费不予退还，但乙方应为该门店保留数据至当期服务年度届满；新开门店的订阅费按剩余天数折算。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移、门店配置和报表开发，并书面通知甲方进行上线验收。
（二）上线验收标准：
1. 会员档案、剩余课时和储值余额迁移后与原系统逐条核对一致，差异为零；
2. 预约、签到、课消、续费、退费等业务流程在抽选的五家门店连续试运行十个工作日无阻断性问题；
3. 财务对接数据与实际收款每日核对一致；
4. 总部看板与专用报表数据与抽查样本相符。
（三）甲方应在收到通知后十个工作日内组织验收并出具书面意见。验收不通过的，乙方应在十日内整改后重新提交。平台在试运行期间的使用不视为验收合格。
（四）甲方应按乙方要求提供原收银系统的数据导出文件和门店基础信息，并安排各门店店长参加培训；因甲方迟延提供资料导致上线延误的，工期相应顺延。

四、服务水平
（一）乙方承诺平台每月可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数，计划内维护须提前三日通知且安排在每日零点至六点之间，不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、签到或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、非紧急缺陷）：1个工作日内答复，下一版本中修复。
（三）服务抵扣：当月可用率低于承诺值的，每低0.1个百分点，按当月订阅费的3%抵扣下一期费用，单月抵扣不超过当月订阅费的25%；一级故障超时恢复的，每超时1小时抵扣人民币500元。
（四）乙方为甲方配备专属客户成功经理，提供每日8:00至22:00的电话和在线工单支持，周末及法定节假日不停止服务。乙方应于每月五日前向甲方提交上月服务报告，列明可用率、故障记录、工单处理时长和抵扣金额。
（五）乙方应每季度与甲方运营部召开一次服务回顾会，根据门店反馈提出改进计划。

五、数据与安全
（一）甲方及家长在平台上产生的会员信息、学员信息、课时记录、交易记录等数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得出售或向第三方提供。
（二）平台部署于中国境内的云服务器，乙方应采取身份认证、访问权限分级、数据加密存储和传输、每日备份和操作日志审计等措施，并取得网络安全等级保护第三级备案。
（三）发生数据泄露、丢失或被篡改等安全事件时，乙方应在2小时内通知甲方，采取补救措施并配合甲方履行个人信息保护义务；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后，乙方应在二十日内按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除。

六、知识产权
（一）平台及其底层软件的知识产权属于乙方。
（二）乙方为甲方专门开发的总部看板、专用报表和小程序页面设计，知识产权归甲方所有，甲方有权自由使用、修改或交由第三方继续开发。

七、保密
双方对在合作过程中获知的对方商业秘密和经营数据负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。

八、服务外包
乙方可将短信通道、在线支付通道及部分门店的现场实施工作委托第三方服务商完成，但应提前五个工作日书面通知甲方。乙方对第三方服务商的行为承担责任。

九、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第五条造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十、续期
本合同期满前二十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据当期产品价格体系调整订阅费单价，调整后的价格以乙方书面通知为准。

十一、合同解除
（一）任何一方严重违反本合同且在收到对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）平台连续两个月未达到可用率承诺的，甲方可解除本合同，乙方应退还已付但未使用期间的订阅费。
（三）合同解除或期满终止的，乙方应按第五条第（四）项交还和删除数据，并在交还前保持平台只读访问，便于甲方核对会员余额。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、短信价格表。双方往来通知以书面形式或合同约定的电子邮箱送达。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2027年　月　日
"""

TEXT["z04"] = """隧道通风控制系统年度运维服务合同

项目编号：LSJT-CS-2026-112（竞争性磋商）
甲方（采购人）：临山市交通运输局
乙方（成交供应商）：临山市畅安机电工程有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临山市城区三座公路隧道通风控制系统年度运维服务事宜，订立本合同。

第一条 服务对象
1. 本合同服务对象为凤岭隧道、青石隧道和南湖隧道的通风控制系统，包括：射流风机及其配电控制柜、变频器、CO/VI检测器、风速风向检测器、区域控制器（PLC）、隧道监控中心通风控制软件及通信链路。
2. 设备清单以磋商文件附件《运维设备清单》为准。服务期内甲方新增同类设备的，乙方应一并纳入运维，数量增加不超过清单总数5%的，不另行收费。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 服务内容
1. 日常巡检：每日通过监控中心检查通风系统运行状态；每周对三座隧道进行一次现场巡检，记录风机运行电流、振动、温升及检测器读数。
2. 维护保养：每季度对射流风机进行一次紧固检查和绝缘测试，每半年对检测器进行一次校准，每年对配电控制柜进行一次全面清扫和端子紧固。
3. 软件维护：负责通风控制软件的参数维护、控制策略调整、数据库备份及缺陷修复，按甲方要求配合联动方案演练。
4. 应急抢修：设立二十四小时值守电话，乙方在南湖隧道管理站常驻不少于二名运维人员，负责故障处置。
5. 备品备件：乙方负责常用备品备件的储备和更换，单件价值在人民币5,000元以下的备件费用包含在合同价款中。
6. 技术资料：乙方应建立设备运维台账，每月提交运维月报，年底提交年度运维报告及设备状态评估。
7. 应急保障：在重大节假日、恶劣天气及隧道交通事故处置期间，乙方应增派人员在监控中心值守，配合交警和路政部门执行排烟、加强通风等应急控制方案。
8. 改进建议：乙方应根据设备运行状况和故障统计，每半年向甲方提出一次设备更新和控制策略优化建议，供甲方编制下一年度预算参考，该建议不构成甲方的采购义务。

第四条 合同价款
1. 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为服务期内的固定总价。
2. 价款构成：日常巡检费¥168,000；设备维护保养费¥126,000；备品备件费¥112,000；应急抢修值守费¥80,000。

第五条 付款方式
1. 本合同价款按季度支付，每季度支付¥121,500。
2. 每季度结束后，甲方依照第七条进行季度考核，考核通过后十五个工作日内支付当季度费用，考核扣款从当季度费用中扣除。
3. 乙方应在请款前开具等额发票。
4. 备品备件费按季度平均计入上述费用；单件价值在人民币5,000元以上的备件由甲方另行采购，乙方负责免费更换安装。

第六条 服务水平
1. 故障分级：一级故障为任一隧道通风系统整体失控、风机群控失效或CO/VI超限联动失效；二级故障为单台风机、单个检测器或单个控制柜故障；三级故障为不影响运行的一般缺陷。
2. 响应及修复时限：一级故障15分钟内响应，1小时内到达现场，6小时内恢复通风控制功能；二级故障30分钟内响应，2小时内到达现场，24小时内修复；三级故障在下一次巡检时处理。
3. 通风控制系统（监控中心软件及区域控制器）年可用率不低于99.95%。
4. 乙方应在故障处理完毕后二十四小时内提交故障处理报告，说明原因、处理过程和预防措施。
5. 因甲方供电、土建或外部通信线路原因造成的故障，不计入乙方考核，但乙方应配合排查并采取临时措施。

第七条 考核与扣款
1. 甲方每季度按运维考核细则对乙方进行考核，考核内容包括巡检完成率、故障响应及修复时效、台账及报告质量。
2. 一级故障响应或修复每超时1小时，扣减当季度费用人民币2,000元；二级故障每超时1小时，扣减人民币500元。
3. 年可用率低于承诺值的，每低0.01个百分点，扣减人民币1,000元。
4. 季度考核得分低于80分的，当季度费用另扣减5%。

第八条 服务验收
1. 季度考核结果作为当季度服务验收依据。
2. 服务期满后，甲方依据本合同第三条、第六条组织年度验收，验收标准为：全年巡检和保养计划完成，一级故障均在时限内恢复，系统可用率达到承诺值，运维台账、月报和年度报告齐全，备品备件库存与台账相符。验收结论以书面报告为准。

第九条 网络与数据安全
1. 通风控制系统运行数据、监控记录、配置参数和运维台账均属甲方所有，乙方仅可为本合同运维目的使用，不得用于其他用途，不得向任何第三方提供。
2. 乙方应遵守交通运输行业网络安全管理规定，运维终端须经甲方登记并安装防病毒软件，远程维护须经甲方审批并通过堡垒机进行，严禁将工控网络与互联网直接连接。
3. 发生网络安全事件或数据丢失、泄露的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
4. 服务期满或合同解除时，乙方应交还全部运维资料和账号，删除其设备中存储的系统配置和运行数据，并出具书面说明。乙方人员离场前，甲方注销其全部系统账号和门禁权限。

第十条 知识产权
乙方在运维过程中形成的控制策略修改、程序补丁、技术文档和报告，其知识产权归甲方所有。

第十一条 人员管理
1. 乙方派驻人员应持有电工作业证和高处作业证，名单报甲方备案，未经甲方同意不得更换项目负责人。
2. 乙方人员在隧道内作业应遵守交通管制和安全作业规定，设置警示标志，所发生的安全事故由乙方负责。
3. 甲方负责提供运维人员值守用房、监控中心操作席位和必要的交通管制配合，并指定专人负责日常对接、考核和验收工作。
4. 乙方进场后十个工作日内应与上一服务单位完成交接，核对设备清单、备件库存和技术资料，发现设备缺陷的应书面记录并报甲方。服务期满时，乙方应以同样方式向甲方或甲方指定的单位移交。

第十二条 分包
乙方不得将本合同服务转包或分包给第三方。

第十三条 合同解除
1. 乙方严重违反本合同约定，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同。
2. 乙方连续两个季度考核得分低于70分的，甲方有权解除本合同。
3. 合同解除的，甲方按实际服务期间和考核结果结算费用，乙方应赔偿甲方因此遭受的损失，并配合新的服务单位完成交接。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 磋商文件、响应文件及成交通知书为本合同组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得违背磋商文件的实质性内容。

甲方（盖章）：　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

TEXT["z05"] = """# 工序追踪管理系统软件许可及定制开发合同

**（云匠软件标准合同文本 YJ-CT-2026版）**

合同编号：YJ-2027-0315

甲方（用户）：建水县瓦猫工作室（陶艺制作）

乙方（开发方）：昆明云匠软件科技有限公司

甲方拟在其陶坊引入生产工序追踪管理系统，对瓦猫及陶器产品从练泥、拉坯、塑形、阴干、素烧、施釉到釉烧的全过程进行扫码记录和追溯。乙方同意提供软件许可及定制开发服务。双方根据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方授予甲方“云匠工序通”软件标准版的永久使用许可，含20个用户账号、3台扫码终端授权，仅限甲方在建水县的生产场地内使用。

1.2 乙方按甲方需求进行定制开发，内容为：窑次记录与烧成曲线登记、工序扫码报工、订单进度看板、成品溯源二维码页面。

1.3 乙方负责软件安装部署、基础数据初始化和使用培训。

1.4 具体功能以乙方出具的《功能说明书》为准，《功能说明书》未列明的功能不属于本合同范围，甲方另行提出的需求按乙方人天单价另行收费。

1.5 系统采用B/S架构，部署在甲方自备的服务器上，支持电脑浏览器和安卓扫码终端访问。每件坯体在练泥登记时生成唯一二维码，此后各道工序的操作人、时间、窑位和烧成结果均通过扫码记录。

## 第二条 合同价款

2.1 合同总价为人民币陆拾陆万元整（¥660,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云匠工序通标准版软件许可（永久，20用户） | 420,000 |
| 2 | 定制开发（窑次记录、扫码报工、订单看板、溯源页面） | 186,000 |
| 3 | 安装部署、数据初始化及培训 | 54,000 |
| | 合计 | 660,000 |

2.2 上述价款不含甲方自行采购的服务器、扫码枪、标签打印机等硬件费用。

2.3 用户账号或扫码终端授权超出第1.1条数量的，按乙方当年价格目录另行购买。甲方增加生产场地的，须另行取得乙方许可。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥429,000，乙方收到该款项后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥231,000。

3.3 甲方未按期付款的，乙方有权暂停开发和服务，工期相应顺延，并有权按未付金额每日千分之一收取违约金。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时书面提出并提供开票资料。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成软件部署和定制开发，并通知甲方上线。

4.2 系统上线运行之日，即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

4.3 甲方应按乙方要求提供工序流程、产品编码规则和历史订单数据，并安排人员参加培训。因甲方原因延误的，乙方不承担责任。

4.4 甲方应在系统部署前准备好符合乙方《运行环境要求》的服务器、网络和扫码设备。运行环境不符合要求导致系统无法正常运行的，乙方不承担责任，由此产生的额外调试工作按人天另行收费。

4.5 乙方提供两次集中培训，每次不超过半天，培训对象为甲方管理人员和各工序班组长。培训以外的使用指导按人天收费。

## 第五条 免费维护期与后续维护

5.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

5.2 故障响应：一级故障（系统无法登录或无法扫码报工）乙方在2小时内远程响应；二级故障在1个工作日内响应。乙方未按时响应的，每次向甲方赠送1人天免费服务，可用于后续需求修改。

5.3 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的28%计取，即每年¥117,600。年度维护包括远程支持、缺陷修复和版本升级，现场服务另按差旅及人天费用收取。

5.4 甲方未签订年度维护协议的，乙方不再提供任何技术支持和升级服务。

5.5 因甲方或第三方原因造成的故障，包括甲方擅自修改配置、硬件损坏、断电、网络中断、病毒感染及不可抗力，不属于免费维护范围，乙方可协助处理并另行收费。

5.6 乙方人天单价为人民币2,800元/人天，现场服务另收取交通及住宿费用。

## 第六条 知识产权

6.1 “云匠工序通”软件及其全部升级版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、源代码、页面设计和相关文档，知识产权均归乙方所有。甲方仅在本合同许可范围内享有使用权，不得自行或委托第三方修改、反编译或向他人转让。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第七条 数据

7.1 甲方录入系统的生产数据、订单数据和客户信息归甲方所有。

7.2 乙方应采取访问控制、数据加密和定期备份措施保障系统数据安全；发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成的，由乙方承担相应责任。

7.3 甲方同意，乙方可在去除甲方名称等识别信息后，将系统运行数据用于产品改进、行业工艺分析和统计报告。

7.4 系统部署在甲方服务器上，甲方负责服务器的物理安全和日常备份。乙方远程维护时应使用甲方分配的账号，维护结束后告知甲方修改密码。

## 第八条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或数据损失承担责任。

9.3 甲方逾期付款超过二十日的，乙方有权收回软件授权，暂停系统使用，直至甲方付清全部款项。

9.4 甲方擅自将软件提供给第三方使用或超出许可范围使用的，应按软件许可费的两倍向乙方支付违约金。

## 第十条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商或云服务商故障等不可抗力或乙方无法控制的原因，导致一方不能履行或迟延履行本合同的，该方不承担违约责任，但应及时通知对方。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方可以书面通知解除本合同。

11.2 合同解除的，乙方已收取的首期款中已完成工作对应的部分不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交昆明仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

13.2 乙方的《功能说明书》和报价单为本合同附件。附件与正文不一致的，以正文为准。

13.3 乙方有权在其官方网站、宣传资料和案例介绍中使用甲方名称、标识及本项目的实施情况。

13.4 双方的通知以电子邮件或微信工作群发送即视为送达。

甲方（盖章）：　　　　　　乙方（盖章）：

签订日期：2027年　月　日
"""

TEXT["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TRQS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Three Rivers Quality Systems, Inc., an Ohio corporation with its principal office at Main Street, Coshocton, Ohio 43812, United States of America (the "Vendor").
P:The Vendor develops and licenses the QualiStream software suite and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the QualiStream SPC Server, the QualiStream client seats and the Gauge Connect interface module listed in Article 3, in object code.
P:1.2 "Custom Deliverables" means the inspection plans, control-chart templates, report layouts, MES and ERP interface programs, scripts and related documentation that the Vendor develops specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all measurement data, inspection results, production records, drawings and other data that the Buyer enters into or generates with the Licensed Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Buyer's plants in Changzhou and Yancheng for the Buyer's internal business purposes, for the number of client seats set out in Article 3.
P:2.2 The Vendor shall install and configure the Licensed Software on the Buyer's servers, connect sixty-two gauges and coordinate measuring machines through Gauge Connect, build inspection plans for the Buyer's four hundred active part numbers, develop interfaces to the Buyer's MES and ERP systems, migrate three years of historical measurement data and train the Buyer's quality engineers and operators.
P:2.3 The detailed scope and milestones are set out in the Statement of Work in Annex A.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,270,000 (the "Contract Price"), inclusive of applicable PRC taxes, and is fixed for the scope described in Annex A.
P:3.2 The Contract Price consists of: (a) QualiStream SPC Server perpetual licence, CNY 520,000; (b) sixty QualiStream client seats at CNY 4,200 each, CNY 252,000; (c) Gauge Connect interface module, CNY 138,000; giving a licence subtotal of CNY 910,000; (d) implementation, interfaces and data migration, CNY 286,000; and (e) validation support and training, CNY 74,000.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price, CNY 254,000, within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price, CNY 571,500, within twenty days after the Licensed Software has been installed at both plants and the gauge connections are live. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price, CNY 444,500, within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai, against valid invoices.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall complete installation within sixty days and submit the system for acceptance testing within one hundred and twenty days after the effective date.
P:5.2 The acceptance criteria are: (a) every function described in Annex A works as specified in the acceptance test plan agreed by the parties; (b) all sixty-two gauge connections transfer readings without loss during ten consecutive working days; (c) migrated historical data reconcile with the source records with no unexplained differences; (d) control charts and capability reports refresh within three seconds for a part with fifty characteristics; and (e) the system runs in production at both plants for thirty consecutive days without a Severity 1 incident.
P:5.3 The Buyer shall issue a written acceptance certificate within ten working days after the criteria are met, or a written list of failures. The Vendor shall correct any failure and repeat the relevant tests. Use of the system in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex A for eighteen months from Final Acceptance. During the Warranty Period the Vendor shall correct defects, supply all updates and new releases free of charge and provide remote and, where needed, on-site support.
P:6.2 Incidents are classified as Severity 1 (the system is down or measurements cannot be recorded at a plant), Severity 2 (a major function is impaired with no workaround) and Severity 3 (other defects and questions). The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours during the Buyer's business hours and fixed within three working days.
P:6.3 For every hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment due or paid within thirty days.
P:6.4 After the Warranty Period the Buyer may order annual support from the Vendor. The annual support fee is 13% of the licence subtotal, that is CNY 118,300 per year, and the Vendor shall not increase it during the first three support years. Annual support includes the services described in Articles 6.1 to 6.3. Support is ordered by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, itself or through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and for no other purpose, and shall not keep, copy, analyse or disclose it after the work for which it was needed is complete.
P:8.2 The Licensed Software is installed on the Buyer's own servers in China. The Vendor's remote access requires the Buyer's approval for each session, takes place through the Buyer's VPN with multi-factor authentication and is logged. No Buyer Data may be transferred outside the People's Republic of China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in handling Buyer Data.
P:8.3 The Vendor shall notify the Buyer within twelve hours after it becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data, take all steps needed to contain it, and bear all losses, costs and fines that result from a breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, including drawings, process parameters and prices, use it only for this Agreement and disclose it only to staff and advisers who need to know it.
P:9.2 These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breaches of Articles 8 and 9, infringement claims under Article 7.3, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties and continues until the end of the Warranty Period, except that the licence granted in Article 2.1 is perpetual.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if the delay damages under Article 10.1 reach their maximum. In that case the Vendor shall refund the payments received for the parts of the work that the Buyer cannot use.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Ohio, United States of America, without regard to its conflict-of-law rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the state or federal courts located in Ohio, and each party submits to the jurisdiction of those courts.
H:Article 15 General
P:15.1 This Agreement, with Annex A (Statement of Work) and Annex B (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

TEXT["e02"] = """# FIELDLEDGER SUBSCRIPTION ORDER FORM

**Order Form No. FL-OF-2027-0219**

**Provider:** FieldLedger Software LLC, an Ohio limited liability company, South Sandusky Avenue, Bucyrus, Ohio 44820, USA ("Provider")

**Customer:** Qingdao Haitong Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

FieldLedger Enterprise, a cloud maintenance and work-order management service for Customer's refrigerated warehouses, reefer trailers and cold-room equipment, including the mobile technician app, preventive-maintenance scheduler, spare-parts inventory, temperature-alarm work orders and management dashboards.

Authorised Users: up to 180 named technician users and 25 administrator users. Sites: the eleven warehouses and depots listed in Attachment 1.

### A2. Subscription Term

Thirty-six (36) months, divided into three Subscription Years. The Subscription Term starts on the Go-Live Date stated in the Go-Live Acceptance certificate under A5. The subscription ends at the end of the third Subscription Year. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldLedger Enterprise subscription, Subscription Year 1 | 180 technician + 25 admin users | 168,000 |
| FieldLedger Enterprise subscription, Subscription Year 2 | same | 168,000 |
| FieldLedger Enterprise subscription, Subscription Year 3 | same | 168,000 |
| Onboarding services (configuration, data load, IoT alarm integration, training) | fixed, one-time | 46,000 |
| **Total Order Value** | | **550,000** |

All amounts include PRC value-added tax. The fees are fixed for the Subscription Term. Additional users may be added at the pro-rated rate of CNY 820 per technician user per Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance under A5 and is payable within thirty days after invoice.

(c) Payments are made in CNY to Provider's appointed reseller, Shanghai Lianke Information Technology Co., Ltd., which issues PRC VAT invoices.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within sixty days after signature of this Order Form, including: configuration of the eleven sites, import of Customer's asset register (about 6,400 assets) and open work orders, integration of the temperature-alarm feed from Customer's IoT platform, and training of administrators and lead technicians.

(b) Go-Live Acceptance criteria: (i) the imported asset register and open work orders reconcile with Customer's source files; (ii) temperature alarms create work orders automatically within one minute in a test of fifty alarms across all sites; (iii) the mobile app works offline and synchronises correctly in a walk-through at two warehouses; and (iv) the preventive-maintenance schedules for the first quarter are generated without errors.

(c) Customer shall confirm Go-Live Acceptance in writing, or list the failed criteria, within seven working days after Provider's notice of readiness. Provider shall correct failures and give a new notice.

(d) If Go-Live Acceptance is delayed beyond the sixty-day period for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 550 for each day of delay, capped at CNY 27,500.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Asia accounts. Customer contact: Head of Engineering Maintenance, Qingdao.

For Provider: ____________________ Date: __________

For Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its updates and the related documentation.

1.2 "Customer Data" means all data, records, files, photographs and sensor readings that Customer, its Authorised Users or its connected devices submit to the Service, and all outputs generated from them.

1.3 "Customer Configurations" means the work-order templates, checklists, workflows, report layouts and integration mappings that Provider creates specifically for Customer during onboarding or later at Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its Authorised Users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. User credentials may not be shared, but a named user may be reassigned when a technician leaves Customer's employment.

2.3 Provider may improve and update the Service during the Subscription Term provided that no update materially reduces the functions described in A1.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Support requests are classified by priority. For a Priority 1 incident (the Service is unavailable, or work orders cannot be created or closed at one or more sites), Provider shall respond within thirty minutes at any time and work continuously until the Service is restored. Priority 2 incidents are answered within two hours and Priority 3 requests within one business day.

3.3 If availability in a month falls below the level in 3.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, by which availability falls short, up to half of that monthly amount. If Provider misses a Priority 1 response time, Customer receives a further credit of CNY 800 per incident. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

3.4 Provider shall send Customer a monthly service report listing availability, incidents, response times and credits.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider may use Customer Data only to provide the Service and the support under this Order Form, and shall not sell it, use it for analytics or product development, or disclose it except as required to provide the Service.

4.2 The Service is hosted in data centres located in mainland China. Customer Data will not be transferred outside mainland China.

4.3 Customer may export Customer Data at any time in CSV or through the Service's API. Within thirty days after the end of the Subscription Term, Provider shall deliver a final export on request and then delete Customer Data from the Service.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service, its software and its documentation.

5.2 Customer Configurations belong to Customer. Provider shall deliver them in an exportable form on request, and Customer may use, modify and have third parties use them freely, including with another maintenance system.

### 6. Confidentiality

6.1 Each party shall keep the other party's non-public business and technical information confidential, use it only for this Order Form and disclose it only to its employees, contractors and advisers who need to know it and are bound by equivalent duties.

6.2 This Section does not apply to information that is public, already known to the recipient or independently developed, and survives for three years after the Subscription Term.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with A1 and its documentation and that onboarding services will be performed with reasonable skill and care by trained personnel.

7.2 Provider warrants that the Service and Customer Configurations do not infringe the intellectual property rights of any third party, and shall defend Customer against any claim that they do.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect, special or consequential loss, or for loss of profit, revenue or goodwill.

8.2 Provider's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by Customer under this Order Form in the six (6) months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to Provider's infringement defence under 7.2, to fraud or to personal injury caused by negligence.

### 9. Subcontracting and Assignment

9.1 Provider shall not subcontract the performance of the Service or the onboarding services, other than the hosting by the data-centre operator named in Attachment 2, without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

9.2 Neither party may assign this Order Form without the other party's prior written consent.

### 10. Term and Termination

10.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after written notice of the breach. Customer may also terminate if availability falls below the level in 3.1 in any three months of a Subscription Year.

10.3 On termination by Customer under 10.2, Provider shall refund the prepaid subscription fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent to the contacts in A6 by email with a copy by courier.

12.2 This Order Form, with Attachment 1 (Sites) and Attachment 2 (Hosting), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""

TEXT["e03"] = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. JCP-EQ-2027-063
P:Buyer: Hubei Jingchu Paper Co., Ltd., Zhijiang, Yichang, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Auglaize Sensing Technologies, Inc., an Ohio corporation, Industrial Drive, Wapakoneta, Ohio 45895, USA (the "Supplier").
P:This contract is issued on the Buyer's standard purchase terms for equipment with software. The Buyer wishes to monitor the vibration and temperature of the drives, rolls and pumps of its two paper machines and its stock preparation line, and the Supplier has offered wireless sensors, gateways and its VibraWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in clause 2.
P:1.2 "Software" means the VibraWatch condition monitoring software licensed under clause 8.2, including its analytics modules and updates.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Buyer Data" means all measurements, alarms, asset records, photographs and reports collected or generated by the System, and any data the Buyer provides to the Supplier.
P:1.5 "Custom Work" means the asset hierarchy, alarm thresholds and models, dashboards, DCS and maintenance-system interfaces and reports that the Supplier prepares specifically for the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System at the Buyer's mill in Zhijiang, integrate it with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff, all as described in Annex 1 (Technical Specification).
P:2.2 The contract price is CNY 1,512,000 (the "Contract Price"), including PRC import duties, VAT, packing, transport to the mill, insurance and all other charges, as itemised below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor, ATEX rated|240|3,100|744,000
TB:2|Industrial wireless gateway with mounting kit|16|12,500|200,000
TB:3|Edge analytics server, rack mounted|1|86,000|86,000
TB:4|VibraWatch software perpetual licence, 240 monitoring points|1|318,000|318,000
TB:|Equipment and licence subtotal|||1,348,000
TB:5|Installation, configuration, integration and commissioning|1|142,000|142,000
TB:6|Training of operators and reliability engineers|1|22,000|22,000
TB:|Contract Price|||1,512,000
P:2.3 The Contract Price is fixed and not subject to adjustment for exchange rates, freight or any other cost.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 151,200, within twenty working days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 831,600, within twenty working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. Signing the installation record is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% of the Contract Price, CNY 529,200, within twenty working days after Final Acceptance under clause 5.
P:3.4 All payments are made in CNY to the account of the Supplier's authorised distributor in Wuhan named in Annex 3, which issues PRC VAT invoices.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the mill within seventy days after signature and complete installation and commissioning within one hundred and ten days after signature.
P:4.2 Installation work on the paper machines shall be carried out during the Buyer's planned shutdowns, which the Buyer shall notify at least ten days in advance. The Supplier's personnel shall follow the Buyer's safety rules, permit-to-work system and lock-out procedures.
P:4.3 Title to the Equipment passes to the Buyer on delivery. Risk passes on Final Acceptance.
H:5. Acceptance
P:5.1 After commissioning, the System shall run for a trial period of forty-five consecutive days.
P:5.2 The acceptance criteria are: (a) all 240 sensors report to the Software at the configured interval, with no sensor missing more than two readings in any day of the trial period; (b) vibration readings of ten sample points agree with the Buyer's portable analyser within the tolerance in Annex 1; (c) alarms reach the DCS and create maintenance requests in the Buyer's maintenance system in tests of every alarm type; (d) dashboards and reports match Annex 1; and (e) no Severity 1 incident occurs in the last twenty days of the trial period.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If any criterion is not met, the Supplier shall remedy the failure at its own cost and the trial period restarts for the affected part. Use of the System during the trial period is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including shipping and on-site labour, correct Software defects and supply all Software updates.
P:6.2 Incidents are classified as Severity 1 (monitoring of a paper machine is lost, or alarms do not reach the DCS), Severity 2 (a gateway or a group of sensors is out of service) and Severity 3 (other faults and questions). The Supplier shall respond to a Severity 1 incident within two hours at any time of day and restore monitoring within twenty-four hours, using spare parts held at the mill under clause 6.4. Severity 2 incidents shall be answered within eight hours and resolved within three days.
P:6.3 For each hour of delay in responding to or restoring a Severity 1 incident, the Supplier shall pay a service credit of CNY 1,000, which the Buyer may deduct from any amount due to the Supplier.
P:6.4 The Supplier shall keep a consignment stock of ten sensors and one gateway at the mill during the warranty period.
P:6.5 After the warranty period the Supplier shall, at the Buyer's option, provide annual support of the same scope for an annual fee of 8.5% of the equipment and licence subtotal, namely CNY 114,580, fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order each year and never renews automatically.
H:7. Delay Damages
P:7.1 If the Supplier delays delivery or completion of commissioning beyond the dates in clause 4.1 for reasons not caused by the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:8. Intellectual Property
P:8.1 The Custom Work, including the source files of the dashboards, interfaces and reports and the alarm models, belongs to the Buyer from creation. The Buyer may use, modify and license the Custom Work freely, itself or through third parties.
P:8.2 The Software and the sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use them with the System, including after any transfer of the Equipment to a Buyer affiliate.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the System infringes intellectual property rights.
H:9. Buyer Data and Security
P:9.1 All Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this contract and shall not use it for any other purpose, including benchmarking or product development, even in anonymised or aggregated form.
P:9.2 The edge server is installed in the Buyer's mill network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump server with individual accounts and logging. Gateways shall use encrypted communication, and default passwords shall be changed before commissioning.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within six hours, take immediate containment measures, and compensate the Buyer for losses caused by incidents attributable to the Supplier. Buyer Data shall not be transferred outside the People's Republic of China.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including process data, drawings and prices, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of the warranty period.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breaches of clauses 9 and 10, or infringement claims under clause 8.3.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent, except the installation contractor named in Annex 2, which the Buyer approves by signing this contract. The Supplier is responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under clause 7.1 reach their maximum.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for the parts of the System that the Buyer rejects and compensate the Buyer for its additional costs of completing the System.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes that cannot be settled by negotiation shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:15. General
P:15.1 This contract is made in English and Chinese, and both versions have equal force. Annex 1 (Technical Specification), Annex 2 (Installation Contractor) and Annex 3 (Distributor Account) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

TEXT["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. OVM-2027-NB-03**

**Between**

**Ningbo Rongsheng Automotive Components Co., Ltd.**, a company incorporated in the People's Republic of China, Beilun District, Ningbo, Zhejiang Province ("Customer"); and

**Ohio Valley Managed Services, Inc.**, an Ohio corporation, Second Avenue, Gallipolis, Ohio 45631, USA ("Provider").

**Background.** Customer operates three manufacturing plants and a regional office in Ningbo. Provider supplies managed IT infrastructure services to manufacturers and has a delivery team in Shanghai. Customer wishes to outsource the operation of its network, servers and end-user support to Provider for thirty-six months on the terms below.

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 4.3.

1.5 "Customer Data" means all data of Customer or its employees, suppliers and customers that Provider accesses, stores or processes in performing the Services, including logs, configurations and tickets.

1.6 "Deliverables" means the network diagrams, configuration baselines, runbooks, scripts, knowledge articles and reports that Provider prepares for Customer under this Agreement.

1.7 The Schedules form part of this Agreement. If a Schedule conflicts with the clauses, the clauses prevail.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension must be agreed in writing by both parties, including its charges.

## 3. Services

3.1 Provider shall perform the Services in Schedule 1 at the three plants and the regional office listed there, in accordance with the Service Levels and good industry practice.

3.2 Provider shall assign a named service delivery manager, who attends a monthly service review with Customer's IT manager and submits a monthly report on service levels, incidents, changes, capacity and risks.

3.3 Changes to the production network and servers follow Customer's change management procedure. Emergency changes require the approval of Customer's duty manager and are reviewed at the next monthly meeting.

3.4 Customer shall give Provider's personnel access to the plants and systems needed for the Services, provide desk space at each plant, and appoint an IT manager as the single point of contact. Provider is not responsible for a failure to meet a Service Level to the extent it is caused by Customer's failure to meet these obligations, by equipment outside the scope of Schedule 1, or by a change made by Customer without following the change procedure.

3.5 Provider shall keep the configuration database and runbooks up to date and make them available to Customer at any time.

## 4. Transition

4.1 Provider shall complete transition within seventy-five days after signature. Transition includes discovery and documentation of all in-scope assets, installation of Provider's monitoring tools, knowledge transfer from Customer's current support team, and set-up of the service desk in Mandarin and English.

4.2 Transition acceptance criteria: (a) all assets in Schedule 1 are recorded in the configuration database and monitored; (b) the service desk has handled a two-week parallel run in which every ticket was answered within the Schedule 2 response times; (c) runbooks for the top twenty recurring tasks have been approved by Customer; and (d) backup and restore of three selected servers has been tested successfully.

4.3 Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or give written reasons for refusal.

4.4 If transition is not accepted within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,800 for each day of delay, up to CNY 90,000 in total.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all travel, tools and licences that Provider needs to perform the Services.

5.2 The transition charge is invoiced after Customer signs the transition acceptance certificate. The monthly service charge is invoiced monthly in arrears. Service credits are deducted from the invoice for the following month.

5.3 Customer shall pay correct invoices within thirty days after receipt. Invoices are issued in CNY by Provider's Shanghai subsidiary.

## 6. Service Levels

6.1 Provider shall meet the Service Levels in Schedule 2. Service credits are Customer's price adjustment for reduced service and do not limit Customer's other remedies for material or repeated failures.

6.2 Provider shall investigate the root cause of every Priority 1 incident and submit a written report within three working days.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose or disclose it to any third party.

7.2 Provider shall protect Customer Data with the technical and organisational measures in Schedule 1, Part C, including named accounts with multi-factor authentication, access through Customer's privileged-access gateway, encrypted remote connections and quarterly access reviews. Customer Data shall remain in mainland China.

7.3 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data or Customer's systems within two hours after becoming aware of it, cooperate in the investigation, and bear the costs and losses caused by incidents attributable to Provider or its personnel.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement and disclose it only to personnel who need it and are bound by written confidentiality obligations.

8.2 This obligation continues for five years after this Agreement ends.

## 9. Intellectual Property

9.1 Deliverables belong to Customer on creation. Customer may use, modify and license them freely, including by giving them to a replacement provider.

9.2 Provider's pre-existing tools and monitoring software remain Provider's property. Provider grants Customer a free licence to use any of them that are embedded in a Deliverable.

## 10. Personnel and Subcontracting

10.1 Provider shall use qualified personnel and replace any person whom Customer reasonably objects to.

10.2 Provider may subcontract any part of the Services, including on-site support at the plants, to subcontractors of its choice by giving Customer written notice of the subcontractor's name and the subcontracted services before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3.

11.2 The limit in clause 11.1 does not apply to breaches of clauses 7 and 8, personal injury, fraud or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within twenty days after notice, or if Provider fails the same Service Level in three consecutive months.

12.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within sixty days after a written reminder.

12.3 On expiry or termination Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, return all Customer Data and Deliverables, and then securely delete Customer Data from its systems.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 Notices shall be given in writing to the addresses above. This Agreement is the entire agreement of the parties and may be amended only in writing.

For Customer: ____________________  For Provider: ____________________

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A | Service desk | Mandarin and English, 07:00-22:00 China Standard Time, seven days a week; on-call outside these hours; about 850 users |
| A | End-user support | On-site desk-side support at each plant on working days; laptops, desktops, printers and shop-floor terminals |
| B | Network operations | Core and access switches, wireless, firewalls and SD-WAN links at four locations; monitoring around the clock |
| B | Server and backup operations | 46 virtual and 9 physical servers; patching, backup, restore tests each quarter |
| C | Security measures | Named accounts, multi-factor authentication, privileged-access gateway, encrypted remote sessions, quarterly access review |

## Schedule 2 - Service Levels

| Priority | Definition | Response time | Restoration target | Service credit |
|---|---|---|---|---|
| P1 | A plant or the office loses network, ERP or MES access | 6 hours | 12 hours | CNY 3,000 per missed target |
| P2 | Several users or one production line affected | 8 hours | 2 working days | CNY 800 per missed target |
| P3 | One user or a non-urgent request | 1 working day | 5 working days | none |
| Core network | Monthly availability of core switches and firewalls | 99.95% | measured monthly | CNY 5,000 for each 0.01 point below |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after transition acceptance | 124,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| Total Contract Value | | 2,212,000 |
| Exit assistance and additional work | per engineer day | 2,600 |
"""

TEXT["e05"] = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. LMD-APAC-2027-011

PARTIES

This Marine Data API Subscription Agreement (the "Agreement") is entered into between:

(1) Dalian Yuanhang Shipping Services Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Zhongshan District, Dalian, Liaoning Province ("Customer"); and

(2) Lakeshore Marine Data, Inc., an Ohio corporation with its principal office on Bridge Street, Ashtabula, Ohio 44004, USA ("Provider").

BACKGROUND

Customer provides ship agency, chartering and voyage management services. Provider operates a marine data platform that combines satellite and terrestrial vessel position reports, port call records and marine weather forecasts, and makes them available through application programming interfaces. Customer wishes to subscribe to Provider's data and APIs for use in its voyage monitoring system.

1. DEFINITIONS

1.1 "API" means Provider's Vessel Position API, Port Events API and Marine Weather API described in Schedule A, and the related documentation.

1.2 "Provider Data" means the vessel positions, port events, weather forecasts and other data that Provider makes available through the API.

1.3 "Customer Data" means the vessel watch lists, voyage plans, queries, user details and other information that Customer submits to the API or to Provider, and the results of Customer's queries that identify Customer's fleet interests.

1.4 "Subscription Year" means each period of three hundred and sixty-five days starting on the Start Date or an anniversary of it.

1.5 "Start Date" means the date on which Provider issues production API credentials following Integration Acceptance under clause 4.

1.6 "Integration Adapters" means the data mappings, message converters and alert rules that Provider builds specifically to connect the API to Customer's voyage monitoring system.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to store Provider Data in Customer's systems and to use Provider Data for Customer's internal business and for reports and alerts provided to Customer's principals and clients in the ordinary course of its ship agency business.

2.2 Customer may not resell Provider Data as a data feed, publish it in bulk, or use it to build a competing data product.

2.3 The subscription includes up to two million API calls per month. Additional calls are charged at CNY 0.02 per call and invoiced monthly in arrears.

2.4 Customer may create up to twenty user accounts on Provider's developer portal for its IT staff and integration contractors. Customer is responsible for the use of its API credentials by its staff and contractors and shall inform Provider without delay if it suspects that credentials have been misused.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years starting on the Start Date.

3.2 At the end of the initial Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 Provider may change the subscription fee for any renewal term in line with its then-current list prices by giving Customer written notice at least ninety days before the renewal date. If Customer does not give notice of non-renewal, the changed fee applies to the renewal term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature, Provider shall provide sandbox credentials, build the Integration Adapters, and support Customer in connecting the API to Customer's voyage monitoring system.

4.2 Integration Acceptance criteria: (a) position reports for Customer's watch list of about three hundred vessels are received and displayed in Customer's system; (b) port arrival and departure events for twenty test voyages match the agency records; (c) weather routing data load for the Pacific and Indian Ocean areas without errors; and (d) alert rules for port arrival, anchorage and weather warnings trigger correctly in a test of each rule.

4.3 Customer shall confirm Integration Acceptance in writing within seven working days after Provider's notice that the criteria are met, or list the criteria that are not met. Provider shall then fix the failures and give a new notice.

4.4 If Integration Acceptance is not achieved within the forty-five days for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 600 for each day of delay, up to CNY 30,000 in total.

5. FEES AND PAYMENT

5.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 318,000;
(b) Subscription fee, Subscription Year 2: CNY 318,000;
(c) Integration fee for the Integration Adapters and onboarding, one-time: CNY 24,000;
Total fees for the initial Subscription Term: CNY 660,000, including PRC value-added tax.

5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration fee is invoiced after Integration Acceptance. Invoices are payable within thirty days.

5.3 Payments are made in CNY to Provider's reseller in Shanghai named in Schedule B, which issues PRC VAT invoices.

5.4 The fees in clause 5.1 are fixed for the initial Subscription Term. Each party bears its own bank charges.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to keep Provider Data current, but does not guarantee that the API will be uninterrupted or that Provider Data will be complete or accurate, because it depends on third-party satellite and terrestrial sources.

6.2 Provider will answer support requests sent by email or through its support portal as promptly as practicable during Provider's normal business hours, Eastern Time, Monday to Friday.

6.3 Provider may carry out maintenance at any time and will try to announce planned maintenance in advance on its status page.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose, including to enrich Provider Data or to analyse market activity, and shall not disclose it to any third party.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging. Provider shall keep API credentials issued to Customer secure and revoke them promptly on Customer's request.

7.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or disclosure of Customer Data, take prompt measures to contain it, and compensate Customer for losses resulting from a breach caused by Provider or its personnel.

7.4 Within thirty days after the end of this Agreement, Provider shall return Customer Data on request and then delete it from its systems.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors retain all rights in the API and Provider Data. Provider Data already stored in Customer's systems at the end of this Agreement may be kept for Customer's records and historical voyage reports.

8.2 The Integration Adapters belong to Customer from creation. Provider shall deliver their source files, and Customer may use, modify and have third parties use them freely, including with other data sources.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's client and fleet information and the terms of this Agreement, use it only for this Agreement and not disclose it without the other party's prior written consent.

9.2 This obligation survives for three years after the end of this Agreement.

10. LIABILITY

10.1 Neither party is liable for loss of profit or for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to two times the total fees for the initial Subscription Term stated in clause 5.1. This limit does not apply to breaches of clauses 7 and 9, fraud or wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the building of the Integration Adapters or the handling of Customer Data to any third party without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the prior written consent of the other party.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.

12.2 If Customer terminates under clause 12.1, Provider shall refund the part of the subscription fee paid for the period after termination.

12.3 Clauses 7, 8, 9 and 10 survive termination or expiry.

13. GOVERNING LAW AND DISPUTE RESOLUTION

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in effect at the time of application. The award is final and binding upon both parties.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, including failures of satellites or third-party networks, provided it notifies the other party promptly.

14.2 Notices shall be in writing and sent by email and courier to the addresses in Schedule B.

14.3 This Agreement, with Schedule A (API Description) and Schedule B (Contacts and Payment Details), is the entire agreement of the parties on its subject matter.

SIGNATURES

For Customer: ____________________ Name: ____________ Title: ____________ Date: ________

For Provider: ____________________ Name: ____________ Title: ____________ Date: ________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key: (file name, format, language, category)
    "z01": ("h1002z01_veterans_preferential_card_platform.pdf", "pdf", "zh", "software"),
    "z02": ("h1002z02_clothes_airer_factory_line_control_retrofit.docx", "docx", "zh", "hardware"),
    "z03": ("h1002z03_cube_training_chain_booking_membership_saas.txt", "txt", "zh", "cloud"),
    "z04": ("h1002z04_tunnel_ventilation_control_annual_om.txt", "txt", "zh", "services"),
    "z05": ("h1002z05_wamao_studio_process_tracking_supplier_template.md", "md", "zh", "software"),
    "e01": ("h1002e01_spc_quality_software_perpetual_licence_coshocton.pdf", "pdf", "en", "software"),
    "e02": ("h1002e02_maintenance_saas_order_form_bucyrus.md", "md", "en", "cloud"),
    "e03": ("h1002e03_condition_monitoring_sensors_licence_wapakoneta.docx", "docx", "en", "hardware"),
    "e04": ("h1002e04_managed_it_services_36_months_gallipolis.md", "md", "en", "services"),
    "e05": ("h1002e05_marine_data_api_subscription_ashtabula.txt", "txt", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
TERMS = {  # in KEYS order
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 9, F, T, F, "PRC", G],
    "z02": [N, 1, F, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 7.5, F, F, F, "PRC", G],
    "z03": [99.5, 0.5, T, "buyer", T, T, T, 0.1, 150, N, T, N, N, N, T, T, T, "PRC", S],
    "z04": [99.95, 0.25, T, "buyer", T, T, F, N, N, N, T, N, N, N, F, T, F, "PRC", S],
    "z05": [N, 2, T, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, 28, F, T, N, "PRC", G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 18, 13, F, T, F, "Ohio", G],
    "e02": [99.95, 0.5, T, "buyer", F, T, T, 550 / 550000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "e03": [N, 2, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 36, 8.5, F, T, F, "PRC", G],
    "e04": [99.95, 6, T, "buyer", T, T, T, 1800 / 2212000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
    "e05": [N, N, F, "buyer", T, T, T, 600 / 660000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "z01": (T, T, T, F, 1758000), "z02": (T, T, T, F, 1224000), "z03": (T, T, N, F, 534000),
    "z04": (T, F, N, F, 486000), "z05": (T, T, T, T, 660000), "e01": (T, T, T, F, 1270000),
    "e02": (T, T, N, F, 550000), "e03": (T, T, T, F, 1512000), "e04": (T, T, N, F, 2212000),
    "e05": (F, T, N, F, 660000),
}
# price lines (must sum to contract_value) and the TCO fee base (itemised licence / hardware subtotal)
PRICES = {
    "z01": ([860000, 624000, 178000, 96000], 860000), "z02": ([988200, 124000, 96500, 15300], 988200),
    "z03": ([238000, 238000, 58000], None), "z04": ([168000, 126000, 112000, 80000], None),
    "z05": ([420000, 186000, 54000], 420000), "e01": ([520000, 252000, 138000, 286000, 74000], 910000),
    "e02": ([168000, 168000, 168000, 46000], None), "e03": ([744000, 200000, 86000, 318000, 142000, 22000], 1348000),
    "e04": ([124000, 58000 * 36], None), "e05": ([318000, 318000, 24000], None),
}
PAYMENTS = {"z01": [20, 45, 35], "z02": [20, 50, 25, 5], "z05": [65, 35], "e01": [20, 45, 35], "e03": [10, 55, 35]}
DESIGN = {  # the rules I designed each draft to raise
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "z04": ["CR-LD-MISSING", "CR-CONFIDENTIALITY"],
    "z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e04": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-AUTO-RENEWAL"],
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


def tco_share(key):
    t = dict(zip(KEYS, TERMS[key]))
    base, pct, wm = PRICES[key][1], t["post_warranty_fee_pct"], t["warranty_months"]
    if t["contract_kind"] != G or base is None or pct is None or wm is None:
        return None, None
    years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years
    total = EXTRA[key][4] + fees
    return total, fees / total * 100


def derive(key):
    """My reading of policy section 3, applied to the label."""
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, _deemed, _cv = EXTRA[key]
    r = set()
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)[1]
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, _fmt, lang, cat = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, cv = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------- reading back, and the threshold scan
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


PCT = r"(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100|99\.9)(?:\.0+)?\s*" + PCT,
    r"(?<![\d.])0\.05(?!\d)",
    r"百分之(?:三十|十五|四十|百|一百|九十九点九)(?![点一二三四五六七八九])",
    r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<!twenty-)(?<!twenty)(?<!twenty )four\s*(?:\(4\)\s*)?(?:-\s*)?hours?", r"(?<!十)四个?小时",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"十二个月",
    r"(?<![第每\d])一年(?!度)", r"(?<![a-z])(?:one|1)\s*(?:\(1\)\s*)?(?:-\s*)?years?(?![a-z])",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "100%", "15 percent", "40 per cent", "99.9%", "0.05%", "万分之五",
            "within 4 hours", "withinfourhours", "4小时", "四小时", "four (4) hours", "12 months", "twelve (12) months", "十二个月",
            "质保期一年", "one year", "1-year", "12个月"]
MUST_MISS = ["24小时", "二十四小时", "twenty-four hours", "twenty four hours", "24 hours", "14 hours", "12 hours", "99.95%", "0.5%", "130%", "150%", "115%", "0.08%",
             "2027年12月31日", "每年", "第一年", "万分之五十", "Subscription Year", "百分之十五点五", "0.055"]


def scan(text):
    hits = []
    forms = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}
    for form, s in forms.items():
        for p in PATTERNS:
            for m in re.finditer(p, s, flags=re.I):
                hits.append((form, m.group(0), s[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s %s" % (s, scan(s))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    markup = {k: TEXT[k] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(markup, {k: (FILES[k][0], FILES[k][1]) for k in markup}, OUT, wrap_words=True)
    for k, (name, fmt, _lang, _cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(TEXT[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang, _cat) in FILES.items():
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        lab = label(k)
        t, cv = lab["expected_terms"], lab["expected_extra"]["contract_value"]
        assert sum(PRICES[k][0]) == cv, (k, sum(PRICES[k][0]), cv)
        if k in PAYMENTS:
            assert sum(PAYMENTS[k]) == 100 and not set(PAYMENTS[k]) & {30, 15, 40, 100}, k
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        total, share = tco_share(k)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[k]), (k, rules, sorted(DESIGN[k]))
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-4s n=%d risk=%s tco=%s share=%s rules=%s" % (k, fmt, n, risk(rules),
              None if total is None else round(total), None if share is None else round(share, 2), rules))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    nrules = {k: len(derive(k)) for k in FILES}
    assert [k for k in FILES if nrules[k] == 0] == ["z01", "e03"]
    assert derive("e01") == ["CR-GOVERNING-LAW"] and 8 <= nrules["z05"] <= 10
    assert all(2 <= nrules[k] <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])
    print("all checks passed")


if __name__ == "__main__":
    main()
