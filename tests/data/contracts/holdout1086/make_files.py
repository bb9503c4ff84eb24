"""Builds the holdout1086 drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the .json labels
and asserts the checks of the brief: lengths, no threshold figure in any text or label, rules derived from the labels
against the design list, and coverage of all 20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1086Z01 = """T:托育机构综合监管平台建设项目合同
P:合同编号：WJW-ZFCG-2026-087
P:采购人（甲方）：滨江市卫生健康委员会
P:供应商（乙方）：杭州知稚信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号：BJZC-2026-GK-0341）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供托育机构综合监管平台软件使用许可（永久许可，不限用户数），并按甲方需求完成定制开发，包括托育机构备案审核、从业人员资质核验、晨午检及膳食留样登记、视频接入巡查、投诉处置、监管评级和统计分析驾驶舱等功能模块。
P:1.2 乙方负责平台在甲方政务云环境中的部署，完成与市政务服务平台、市场监管登记系统、公安人口信息核验接口的对接，并对全市托育机构管理人员和各区监管人员开展培训。
P:1.3 乙方应同步提供系统管理员手册、用户操作手册、接口说明书和数据字典，并在试运行期间安排不少于两名工程师驻场支持。
P:1.4 项目范围以招标文件第三章《采购需求》及乙方投标文件的技术响应为准，二者不一致时以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），为固定总价，包括软件许可、定制开发、部署实施、培训及税费等全部费用。其中：平台软件使用许可¥780,000；定制开发¥1,046,000；部署实施与接口对接¥118,000；培训¥36,000。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即¥396,000，作为预付款。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥891,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥693,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票，甲方按财政资金支付程序办理付款。乙方提交的预付款保函在系统通过初步验收后退还。
H:第四条 实施进度
P:4.1 乙方应于合同签订后20日内提交实施方案，经甲方确认后执行；合同签订后120日内完成全部功能开发、部署及接口联调，具备初步验收条件。
P:4.2 因甲方原因或接口提供单位原因导致进度延误的，工期相应顺延，乙方应在延误发生后3日内书面说明。
P:4.3 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及风险。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件所列全部功能按需求规格说明书逐项测试通过；与三个外部系统的接口连续10个工作日数据交换无差错；500个并发用户下页面平均响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收通过后，系统进入试运行期，期限为90日。试运行期间未发生一级故障且遗留问题全部整改完毕的，甲方组织专家进行最终验收并签署最终验收报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。验收未通过的，乙方应在15日内整改后重新提交验收，由此产生的费用由乙方承担。验收所需的第三方测评费用亦由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询和现场支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同。年度维护费不超过平台软件使用许可费的8%，即每年不超过¥62,400，且质保期满后前三年不上调。
P:6.3 维护合同按年签订，期满不自动续期。
H:第七条 服务水平
P:7.1 系统月度可用率不低于99.95%。计划内维护不计入不可用时间，但须提前三个工作日经甲方同意，并安排在夜间进行。
P:7.2 故障分为三级。一级故障（系统整体不可用或核心业务中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）：1小时内响应，次日内解决；三级故障（一般问题）：当日响应，5个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时向甲方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付¥1,500。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、接口程序、数据库设计、源代码及技术文档，其知识产权归甲方所有。乙方应在最终验收前交付全部源代码，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，由此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部数据，包括托育机构信息、从业人员信息、婴幼儿健康信息及视频资料，均属于甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，对个人信息进行加密存储和脱敏展示；运维操作须经堡垒机进行并留存日志；未经甲方书面批准，不得将数据复制或导出至政务云以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方，立即采取处置措施，并承担由此给甲方造成的全部损失及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、托育机构信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定时间具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付的系统经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方协商决定延期履行或解除合同。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市卫生健康委员会
P:乙方（盖章）：杭州知稚信息技术有限公司
P:签订日期：2026年11月20日
"""

H1086Z02 = """T:点钞机装配生产线控制系统改造合同
P:合同编号：HX-SB-2026-1143
P:甲方：浙江恒信金融机具股份有限公司
P:乙方：宁波拓控自动化工程有限公司
P:甲方为提升点钞机、验钞机装配线的自动化水平和产品追溯能力，委托乙方对其三条装配生产线及一条老化测试线的控制系统进行改造。双方经友好协商，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责将现有继电器控制及老旧PLC控制系统更换为新一代PLC控制系统，新增工位触摸屏、扫码枪、拧紧枪数据采集模块和老化测试工位的电流电压监测模块。
P:1.2 乙方提供生产线监控软件（永久许可）和产品追溯软件（永久许可），并开发与甲方现有ERP、MES系统的数据接口，实现整机序列号与关键零部件批次、装配参数、老化测试结果的关联追溯。
P:1.3 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不超过7日，不得影响其他生产线的正常生产。
P:1.4 乙方应对改造后的生产线进行电气安全评估，并提供改造前后节拍、能耗和不良率的对比测试数据，作为验收依据之一。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾伍万元整（¥1,950,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|4套|612,000
TB:2|工位触摸屏及工控机|36台|288,000
TB:3|扫码枪、拧紧枪数据采集模块|48套|192,000
TB:4|老化测试监测模块|120路|156,000
TB:5|生产线监控软件许可|1套|214,000
TB:6|产品追溯软件许可|1套|178,000
TB:|设备及软件小计||1,640,000
TB:7|改造实施、接口开发及调试|1项|286,000
TB:8|操作及维护培训|1项|24,000
TB:|合计||1,950,000
P:2.2 上述价格包括设备、软件、包装运输、安装、调试、培训及税费等全部费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%（¥390,000）作为预付款。
P:3.2 设备全部到货并完成安装后10个工作日内，甲方支付合同总价的55%（¥1,072,500）。到货安装不视为验收。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的25%（¥487,500）。
P:3.4 乙方应在每次付款前开具增值税专用发票，甲方收到合格发票后付款。
H:第四条 工期
P:4.1 乙方应在合同签订后45日内完成设备到货，90日内完成全部装配线和老化测试线的改造及调试，具备验收条件。
P:4.2 乙方应提前10日向甲方提交每条线的停线改造计划，经甲方生产部门确认后方可实施。
P:4.3 每条线改造完成后，乙方应在恢复生产前完成空载调试和安全联锁测试，并会同甲方设备部门确认急停、光栅、门禁等安全功能有效。
P:4.4 乙方应派驻项目经理一名、电气工程师不少于三名，现场人员应遵守甲方安全生产和防静电管理规定。乙方人员在甲方厂区内发生的人身伤害由乙方负责。
H:第五条 验收
P:5.1 验收标准：各工位节拍满足技术协议要求；整机序列号与零部件批次、拧紧参数、老化测试数据关联完整，随机抽查200台追溯记录无缺失；与ERP、MES接口数据连续10个工作日核对一致；每条线连续72小时满负荷运行无停线故障。
P:5.2 满足上述标准后，甲方签署最终验收报告。试生产或甲方使用设备均不视为验收合格。未通过验收的，乙方应在10日内整改并重新验收，整改及重新验收的费用由乙方承担。
P:5.3 乙方应在验收前向甲方移交电气原理图、PLC程序备份、软件安装介质、接口说明书、操作手册及备品备件清单，资料不全的不得组织验收。
H:第六条 质保期
P:6.1 质保期为六个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:6.2 质保期内更换的部件，其质保期自更换之日起重新计算六个月。因甲方操作不当、擅自改动程序或不可抗力造成的损坏不属于免费质保范围，乙方应按成本价提供维修。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的22%计取，即每年¥360,800，质保期满后前三年固定不变。
P:7.2 维保服务内容包括：每季度一次预防性巡检、PLC程序及软件版本升级、备品备件更换（不含易损件）、远程及现场技术支持。
P:7.3 维保服务费按季度支付，甲方在每季度巡检报告确认后15个工作日内支付当季度费用。维保合同每年签订，甲方可决定是否续签。
H:第八条 服务响应
P:8.1 一级故障（整条生产线停线）：乙方接报后30分钟内响应，2小时内到场；二级故障（单工位故障）：1小时内响应，8小时内到场；三级故障：次一工作日内处理。
P:8.2 乙方未按时响应或到场的，每超时1小时向甲方支付违约金¥1,000，甲方可从应付款项中直接扣除。
P:8.3 乙方应建立故障处理记录，每次故障处理完毕后24小时内向甲方提交故障报告，说明故障原因、处理过程和预防措施。同类故障一个季度内重复发生两次以上的，乙方应提出整改方案。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、触摸屏组态画面、接口程序及其源代码、技术文档，知识产权归甲方所有，甲方可自行修改和使用。监控软件和追溯软件产品本身的知识产权归乙方，甲方获得永久使用许可。
P:9.2 乙方保证其提供的设备、软件和程序不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 数据安全与保密
P:10.1 生产数据、产品追溯数据及工艺参数归甲方所有，乙方仅可为履行本合同使用。乙方远程维护须经甲方审批并通过甲方指定的VPN和堡垒机进行，不得复制或留存甲方数据；发生数据安全事件时，乙方应在2小时内通知甲方，采取补救措施，并承担因其过错造成的损失。
P:10.2 乙方对在履行合同中知悉的甲方技术资料、工艺参数和商业信息负有保密义务，未经甲方书面同意不得披露，合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方改造质量问题造成甲方停线或产品返工的，乙方应赔偿甲方由此产生的直接损失，包括返工人工、报废物料及额外停线损失。
H:第十二条 分包
P:12.1 乙方可将电气配线施工分包给具备相应资质的单位，但须事先取得甲方书面同意，并对分包工作承担全部责任。
P:12.2 未经甲方书面同意，乙方不得将本合同其他工作分包或转包。分包单位人员进入甲方厂区应遵守甲方安全管理规定。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力导致合同不能按期履行的，受影响一方应在3日内通知对方，并在不可抗力消除后尽快恢复履行，履行期限相应顺延。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同产生的争议协商不成的，提交宁波仲裁委员会仲裁。
H:第十六条 其他
P:16.1 技术协议、乙方投标文件及双方确认的会议纪要为本合同附件，与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江恒信金融机具股份有限公司
P:乙方（盖章）：宁波拓控自动化工程有限公司
"""

H1086Z03 = """门店预约与会员管理SaaS服务及实施合同

合同编号：MB-SaaS-2026-0219
甲方：江苏墨笔教育科技有限公司（以下简称"甲方"）
乙方：南京云约信息科技有限公司（以下简称"乙方"）

甲方经营"墨笔作文"少儿作文培训连锁品牌，在江苏、安徽两省共有直营门店30家。为统一管理课程预约、排课、会员储值和家长服务，甲方向乙方订购"云约门店通"SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方为甲方30家门店开通"云约门店通"课程预约、排课签到、会员储值与课消、家长小程序、营销活动及经营报表模块，每家门店不限账号数。
2. 总部管理后台一套，支持跨门店数据汇总、课时调拨和财务对账。
（二）实施服务
1. 乙方负责系统配置、历史会员及课时数据迁移、与甲方财务系统及微信支付商户号的对接。
2. 乙方负责对总部及各门店店长、前台人员进行线上培训，并为每个区域安排一次现场培训。
（三）服务期限
1. 服务期为两个服务年度，自上线验收合格之日起计算。每个服务年度为连续的三百六十五日。
2. 服务期内乙方免费提供系统版本升级、功能优化和在线客服支持，客服时间为每日8:00至22:00，覆盖甲方门店的营业时间。
3. 乙方每季度向甲方提交服务报告，内容包括系统可用率、故障情况、各门店使用情况及优化建议。

二、费用及支付
（一）费用构成
1. SaaS服务费：每家门店每个服务年度¥6,800，30家门店合计每个服务年度¥204,000，两个服务年度共计¥408,000。
2. 实施费：一次性¥46,000。
3. 合同总价：¥454,000（含税）。
（二）支付方式
1. 实施费在上线验收合格后15个工作日内一次性支付。
2. SaaS服务费按服务年度支付：首个服务年度的服务费在上线验收合格后15个工作日内支付；第二个服务年度的服务费在该服务年度开始后15个工作日内支付。
3. 乙方应在付款前开具增值税专用发票。
（三）门店增减
服务期内甲方新增门店的，按每店每个服务年度¥6,800按剩余天数折算；关闭门店的，自次一服务年度起相应减少。新增门店的开通、数据初始化和店员培训由乙方免费提供，乙方应在接到甲方通知后5个工作日内完成。

三、实施与验收
（一）乙方应在合同签订后45日内完成系统配置、数据迁移和接口对接，具备上线条件。实施期间乙方应指定项目经理一名，每周向甲方提交实施进度报告，并在数据迁移前提交迁移方案及回退方案，经甲方确认后执行。
（二）上线验收标准：
1. 迁移会员数、剩余课时和储值余额与甲方提供的数据逐户核对一致；
2. 预约、签到、课消、退费流程在3家试点门店连续试运行10日无一级故障；
3. 与财务系统、微信支付对账连续10日无差异，退费、转课、课时调拨等特殊业务处理结果与甲方财务规则一致；
4. 家长小程序在高峰时段（周六上午）200人同时预约时页面响应不超过3秒。
（三）满足上述标准后，甲方签署上线验收单。甲方试用或部分门店使用系统，不视为验收合格。
（四）乙方未能在约定期限内具备上线条件的，每逾期一日向甲方支付违约金¥300。

四、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前3日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或签到）30分钟内响应，3小时内恢复；二级故障（单一模块或部分门店不可用）1小时内响应，当日恢复；三级故障2个工作日内解决。
（三）乙方应每月向甲方提供上月系统可用率及故障处理统计，甲方对统计结果有异议的，双方以系统监控日志为准进行核对。
（四）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月对应服务费（年度服务费按月平均计算）的5%给予服务费抵扣；一级故障超时恢复的，每超时1小时抵扣¥500。抵扣在下一服务年度费用中扣除或在合同终止时退还。

五、数据
（一）甲方及其学员、家长的信息，包括姓名、联系方式、课时、储值及消费记录，属于甲方所有。
（二）乙方有权在去除个人身份信息后，对甲方业务数据进行汇总分析，用于改进产品功能、开发新产品及发布教育培训行业研究报告，该等使用不受服务期限限制。
（三）数据安全：乙方应将数据存储于中国境内的云服务器，系统通过网络安全等级保护第三级测评，对手机号、身份证号等敏感信息加密存储；乙方员工访问甲方数据须经授权并留存日志。发生数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的损失。
（四）乙方每年至少委托第三方进行一次渗透测试，并将测试结果摘要及整改情况提供给甲方。
（五）服务终止后30日内，乙方应按甲方要求导出全部数据交付甲方，导出格式应能被通用数据库或表格软件读取，并在交付后删除其服务器中的甲方数据。
（六）乙方应每日对甲方数据进行备份，备份数据保存不少于30日，并每季度进行一次恢复测试。

六、甲方责任
（一）甲方应指定项目联系人，及时确认系统配置方案和门店基础信息，并按乙方要求的格式提供历史会员、课时和储值数据。
（二）甲方应保证其收集学员及家长个人信息已取得必要的同意，并妥善保管管理员账号和密码。
（三）甲方门店网络和终端设备由甲方自行负责，乙方应提供设备配置建议。

七、保密
双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）"云约门店通"平台及其后续版本的知识产权归乙方所有。
（二）乙方为甲方定制的报表模板、课程体系配置、营销活动页面及接口程序，知识产权归甲方所有，甲方可自行或委托他人修改使用。

九、续期与调价
（一）服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（二）每次续期时，乙方有权根据市场情况调整服务单价，调整幅度不超过上一服务年度单价的8%，乙方以书面或系统公告形式通知甲方即可。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应按未履行服务期退还已付服务费，并赔偿甲方损失。
（二）甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知。
（三）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；中断超过15日的，甲方可解除合同，乙方退还未提供服务期间的服务费。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需委托第三方承担部分实施工作的，须事先取得甲方书面同意。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
（一）双方的通知以书面形式送达本合同载明的地址或电子邮箱。
（二）附件《门店清单》《功能清单》《数据迁移范围》为本合同组成部分。
（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：江苏墨笔教育科技有限公司
乙方（盖章）：南京云约信息科技有限公司
日期：2026年11月28日
"""

H1086Z04 = """码头岸电监测系统运维服务合同

项目编号：GWJ-CS-2026-052（竞争性磋商）
甲方：东湾港务局
乙方：青岛海岸电能技术服务有限公司

根据东湾港务局码头岸电监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就岸电监测系统运维服务事宜，经协商一致，订立本合同。

1. 服务范围
1.1 运维对象为甲方所属六个集装箱及散货码头泊位的岸电监测系统，包括：岸电桩计量与状态监测终端112台、高压岸电箱监测单元18套、通信网关及光纤环网设备、监测平台服务器及数据库、岸电监测平台软件、与港口生产调度系统和交通运输部门岸电信息报送系统的数据接口。
1.2 服务内容包括：日常巡检与远程监控、故障处理、预防性维护、平台软件缺陷修复及补丁更新、数据备份与恢复演练、船舶靠泊用电数据统计报送支持、运维报告编制。
1.3 服务开始前，乙方应与原运维单位完成交接，核对设备清单、系统账号、配置文件及遗留问题清单，交接结果经甲方确认；交接中发现的设备缺陷应书面报告甲方。
1.4 服务期限：2026年11月1日至2027年10月31日。服务期满后如需继续委托，由甲方按规定重新组织采购，本合同不自动续期。

2. 服务费用与支付
2.1 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括人工、交通、工具、备品备件（单价¥2,000以下部件）及税费等全部费用。
2.2 服务费按季度支付，每季度¥146,500。每季度结束后，甲方按第4条进行季度考核，考核合格后15个工作日内支付当季度服务费。
2.3 本合同不设预付款。季度考核发现的扣款从当季度服务费中直接扣除。
2.4 乙方应在每次付款前向甲方开具合法有效的增值税专用发票，甲方收到发票后按港务局财务支付程序付款。
2.5 甲方负责提供驻场办公场所、必要的网络接入和码头作业区通行证件，乙方人员的食宿、交通自理。服务费已包含节假日及夜间值守费用，乙方不得另行收取。
2.6 服务期内甲方新增岸电泊位的，乙方应将新增设备纳入运维范围，增加的费用由双方按本合同单价另行协商。

3. 服务要求
3.1 乙方应安排不少于3名专职运维人员驻场，其中至少1人持有高压电工作业证；驻场人员名单须报甲方备案，更换须提前5个工作日通知甲方。
3.2 乙方每日对监测平台运行状态、终端在线率进行检查并记录；每月对全部岸电桩监测终端开展一次现场巡检；每季度对高压岸电箱监测单元、通信网关进行一次预防性维护。
3.3 监测平台服务可用率按月统计，不低于99.95%（经甲方批准的计划停机除外）。
3.4 故障分级及响应：
（1）一级故障：监测平台整体中断，或正在为靠泊船舶供电的泊位失去监测。乙方应在30分钟内响应，1小时内到达现场，3小时内恢复。
（2）二级故障：单个泊位或部分终端数据中断。乙方应在1小时内响应，6小时内恢复。
（3）三级故障：报表、界面等一般问题。乙方应在2个工作日内解决。
3.5 船舶靠泊用电期间，乙方应按甲方调度要求安排人员现场值守。
3.6 乙方应储备必要的备品备件，包括监测终端、通信模块和网关各不少于备用量清单所列数量，单价¥2,000以上的部件更换须经甲方确认后另行计价。
3.7 乙方每月5日前提交上月运维报告，内容包括系统运行情况、故障统计与分析、巡检及维护记录、终端在线率、存在问题及改进建议；每季度末提交季度运维总结。
3.8 遇台风、寒潮等恶劣天气预警时，乙方应提前对岸电桩监测终端和室外通信设备进行加固检查，恶劣天气过后24小时内完成全面巡检并报告设备状况。
3.9 乙方人员进入码头作业区，应遵守港区安全生产、高压电气作业和船舶靠泊作业的各项规定，佩戴安全防护用品，服从甲方及码头公司现场管理。

4. 考核与验收
4.1 甲方每季度按运维考核细则进行考核，考核指标包括：平台可用率、故障响应及恢复时间、巡检计划完成率、终端数据完整率、运维记录及报告质量。
4.2 乙方未达到第3.4条响应或恢复时限的，每超时1小时扣减服务费¥600；平台月度可用率低于承诺值的，每低于0.01个百分点扣减服务费¥1,000。
4.3 服务期满后，甲方组织年度验收，验收标准为：全年各季度考核合格；系统运行资料、配置文件、运维记录和备份数据完整移交；遗留故障全部闭环；数据备份恢复演练每半年至少一次且演练成功。
4.4 季度考核不合格的，甲方有权暂缓支付当季度服务费，乙方应在10日内提交整改报告，整改合格后再行支付。
4.5 甲方可对乙方运维人员的工作表现进行评价，对不能胜任工作的人员，乙方应在接到甲方通知后10日内予以更换。

5. 数据安全
5.1 岸电监测数据、船舶用电数据、设备配置及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
5.2 乙方应遵守甲方网络安全管理制度及港口关键信息基础设施安全保护的有关要求：远程运维须经甲方审批并通过港务局堡垒机进行，全程录像；不得在个人设备中存储甲方数据；运维终端须安装甲方指定的终端安全软件。
5.3 乙方应每日对监测数据库进行增量备份、每周进行全量备份，备份介质存放于甲方指定的机房，不得带离港区。
5.4 因乙方原因发生数据丢失、篡改或网络安全事件的，乙方应在1小时内报告甲方，配合调查处置，并承担由此造成的损失。

6. 运维成果
6.1 乙方在服务期内编制的运维手册、巡检记录、配置文件、数据库脚本、故障分析报告等运维成果，其所有权和知识产权归甲方所有，甲方可自行使用或交由后续运维单位使用。
6.2 乙方为提供服务自带的运维工具软件，其知识产权仍归乙方，乙方应在服务期满时将其从甲方系统中卸载。

7. 违约责任
7.1 乙方未按第3.2条完成月度巡检或季度预防性维护的，每逾期一日，按合同总价的千分之一支付违约金。
7.2 乙方驻场人员数量不足的，每人每日扣减服务费¥800。
7.3 乙方在本合同项下的累计赔偿责任（含违约金和扣款），以合同总价的百分之二十五为限，但因乙方故意或重大过失造成的损失除外。
7.4 甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

8. 分包
乙方可将光纤环网检测、高压设备预防性试验等专业工作分包给具备相应资质的单位，但应在分包前书面告知甲方分包单位名称和资质。乙方对分包单位的工作承担全部责任。

9. 合同解除
9.1 乙方连续两个季度考核不合格，或严重违约经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
9.2 合同解除或服务期满后，乙方应在7日内完成全部资料、运维成果及数据移交，并配合后续运维单位完成交接，交接期间乙方不得中断服务。
9.3 因不可抗力导致服务中断的，乙方应及时通知甲方并尽力减少损失，不可抗力期间的服务费按实际提供的服务核减。

10. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交青岛仲裁委员会仲裁。

11. 其他
11.1 竞争性磋商文件、乙方响应文件、成交通知书为本合同组成部分。
11.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：东湾港务局
乙方（盖章）：青岛海岸电能技术服务有限公司
"""

H1086Z05 = """# 软件许可及定制开发合同

**时序软件标准合同文本 V3.0**（乙方格式合同）

合同编号：SX-2026-R-0877

甲方（用户）：上海拾时钟表修复工作室有限公司

乙方（供应商）：苏州时序软件科技有限公司

鉴于甲方从事古董钟表及名表的修复、保养业务，需要一套修复工单及工艺流程追踪系统，乙方同意向甲方许可其"时序工坊"流程追踪软件，并按甲方需求进行定制开发。双方依据本合同文本约定如下。

## 第一条 产品及服务

1.1 乙方向甲方提供"时序工坊"流程追踪软件V5的使用许可（永久许可，20个并发用户），功能包括收表登记、拆解记录、零件库存、工序流转、工时统计、交付回访。

1.2 乙方按甲方需求定制开发以下功能：机芯拆解影像记录与比对、零件溯源标签打印、客户进度查询小程序、修复档案证书生成。

1.3 乙方负责系统安装部署、基础数据导入及两次操作培训。培训在甲方工作室进行，每次不超过半天，培训对象为甲方指定的前台接待、修表师和库管人员，培训后另行安排的培训按乙方标准收费。

1.4 软件许可仅限甲方在其上海工作室内部使用，甲方不得将软件出租、出借、转授权或用于向第三方提供服务。甲方增加并发用户数的，按乙方届时报价另行购买。

1.5 系统运行所需的服务器、网络、打印机、扫码枪及操作系统、数据库等第三方软件由甲方自行采购，乙方可提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "时序工坊"软件许可（20并发用户） | 168,000 |
| 2 | 定制开发（四个功能模块） | 214,000 |
| 3 | 安装部署及培训 | 38,000 |
| | 合计 | 420,000 |

合同总价为人民币肆拾贰万元整（¥420,000），含增值税。上述价格不含差旅费，乙方人员赴甲方现场提供服务的交通、住宿费用由甲方按实际发生额另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥273,000。乙方收到该款项后开始开发工作。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即¥147,000。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停开发、部署及维护服务。

3.4 甲方已支付的款项不予退还，本合同另有约定的除外。乙方在收到每笔款项后10个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后90日内完成定制开发及安装部署。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供需求确认、基础数据或场地环境导致延期的，交付期限相应顺延，乙方不承担责任。

4.4 乙方完成安装部署后以电子邮件通知甲方，邮件发出之日即为安装部署完成之日。

4.5 乙方交付内容包括：软件安装程序、定制功能的可执行程序、用户操作手册和培训资料。源代码不属于交付范围。

## 第五条 验收

5.1 乙方完成系统安装部署并通知甲方后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，乙方在维护服务中处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 乙方自系统安装部署完成之日起提供三个月免费维护，内容为远程技术支持和缺陷修复。

6.2 紧急故障（系统无法登录或工单无法流转）：乙方在接到甲方通知后24小时内响应；一般问题在5个工作日内答复。

6.3 乙方尽力按上述时间响应，但对响应或修复时间超出不承担任何扣款、赔偿或违约责任。甲方报修应通过乙方客服电话或服务邮箱提出，并说明故障现象和发生时间。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的服务价目表支付年度维护费，乙方有权根据经营成本调整价目表。

6.5 免费维护不包括因甲方新增需求、业务流程调整、操作系统或第三方软件升级引起的修改，上述工作按乙方工程师人天单价¥2,400另行收费。

6.6 甲方未购买年度维护服务的，乙方不再提供版本升级和远程支持，单次服务按人天单价收费。

6.7 乙方维护服务时间为工作日9:00至18:00，法定节假日不提供现场服务。

## 第七条 知识产权

7.1 "时序工坊"软件及其全部版本的知识产权归乙方所有。甲方不得删除或修改软件中的版权标识，不得对软件进行反向工程。

7.2 乙方为甲方定制开发的功能模块、小程序、源代码及相关文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入的客户信息、钟表档案、修复影像及工单记录属于甲方所有，乙方不得用于本合同以外的目的。系统部署在甲方自有服务器上，数据的日常备份由甲方负责，乙方在安装时协助配置自动备份任务。

8.2 乙方在远程维护时应使用甲方分配的专用账号，操作留存日志；不得下载或留存甲方客户信息。乙方按行业通行标准采取防病毒、访问控制和备份措施；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿甲方直接损失。

## 第九条 甲方义务

9.1 甲方应在合同签订后10个工作日内提供完整的需求说明，需求一经双方确认，甲方再提出变更的，乙方有权另行收费并顺延交付期限。

9.2 甲方应按乙方要求准备系统运行环境，提供基础数据并对其准确性负责，及时配合乙方进行部署和培训。

9.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当导致的数据错误或丢失，由甲方自行承担。

9.4 甲方应在乙方通知安装部署完成后3个工作日内签署部署确认单，逾期未签署的不影响甲方的付款义务。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 委托第三方

乙方有权根据项目需要将部分开发、部署工作委托第三方完成，无需征得甲方同意，乙方对第三方的工作向甲方负责。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对甲方的间接损失、预期利润损失不承担责任。

12.3 因不可抗力、第三方软件缺陷、网络运营商故障或甲方运行环境问题导致系统无法正常使用的，乙方不承担责任。

## 第十三条 合同解除

乙方严重违约且在甲方书面通知后30日内未纠正的，甲方可解除本合同，乙方退还甲方已付款项中未履行部分对应的金额。

## 第十四条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式二份，双方各执一份。

15.2 本合同为乙方标准文本，双方的补充约定以书面附件形式另行签署。

15.3 双方往来通知以书面或电子邮件形式发送至本合同首部载明的联系人，电子邮件发出即视为送达。

15.4 附件：《定制开发需求确认书》《软件功能清单》《培训计划》。附件与本合同具有同等效力。

甲方（盖章）：上海拾时钟表修复工作室有限公司

乙方（盖章）：苏州时序软件科技有限公司
"""

H1086E01 = """T:Software Licence and Services Agreement
P:Agreement No. NVS-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 24 November 2026 between:
P:(1) Jiaxing Hengrun Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Xiuzhou Industrial Avenue, Jiaxing, Zhejiang Province (the "Customer"); and
P:(2) Nore Valley Software Limited, a company incorporated in Ireland with its registered office at Unit 4, Hebron Business Park, Kilkenny, Ireland (the "Vendor").
P:The Customer operates dyeing, printing and finishing lines and wishes to replace its spreadsheet-based planning with the Vendor's advanced planning and scheduling software, DyeFlow APS, configured for its plants. The Vendor has agreed to license the software and perform the services on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means DyeFlow APS version 8, including the planning engine, recipe and colour-matching module, machine-capacity module and shop-floor terminals client, in object code, together with updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, data-migration scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Licensed Software in the course of the Customer's operations, including orders, recipes, machine data and production records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for up to 60 named planners and 140 shop-floor terminals at the Customer's two plants in Jiaxing and any plant later operated by the Customer or its affiliates in mainland China.
P:2.2 The Customer may make reasonable copies of the Licensed Software for backup, testing and disaster recovery.
P:2.3 The Customer shall not reverse engineer the Licensed Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex A, including configuration of the planning engine for 46 dyeing machines and 9 stenters, interfaces to the Customer's ERP and laboratory colour-measurement system, migration of open orders and recipe history, and a parallel run.
P:3.2 The Vendor shall deliver training for key users, planners and IT administrators at the Jiaxing site, in Chinese, with course materials.
P:3.3 The project plan in Annex B sets the milestones. The Vendor shall make the system ready for acceptance testing no later than 150 days after the date of this Agreement.
P:3.4 The Customer shall appoint a project manager, make key users available for workshops and testing, provide test data and access to its ERP and laboratory systems, and give the Vendor's consultants desk space and network access at the Jiaxing site. If the Customer's failure to do so delays the project, the Vendor's dates are extended accordingly, provided that the Vendor has notified the Customer of the failure in writing within five working days.
P:3.5 The Vendor shall assign a named project manager and a lead consultant who speaks Chinese. The Vendor shall not replace them without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,720,000, consisting of the licence fee of CNY 1,260,000, implementation services of CNY 418,000 and training of CNY 42,000. Prices include all taxes and withholding. The price is fixed and includes travel and living expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 344,000) within 30 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45% (CNY 774,000) within 30 days after the successful completion of the acceptance tests in Article 5.2; and (c) 35% (CNY 602,000) within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan at least 20 days before testing begins. The plan shall be approved by the Customer in writing.
P:5.2 Acceptance testing shall show that: (a) every function in the functional specification works as described; (b) the weekly plan for both plants is produced within 90 seconds; (c) the ERP and colour-measurement interfaces exchange data without error on ten consecutive working days; (d) migrated open orders and recipes reconcile with the source records.
P:5.3 After the tests are passed, the system shall run in production for 60 days. If no Severity 1 incident remains open at the end of that period and all defects found in testing are closed, the Customer shall sign a certificate of Final Acceptance.
P:5.4 Use of the system in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the specifications for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 incidents (planning engine unavailable or plans cannot be released to the shop floor) shall be responded to within 1 hour, 24 hours a day, and a workaround provided within 8 hours. Severity 2 incidents shall be responded to within 2 business hours and Severity 3 incidents within one business day.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall credit the Customer CNY 1,200 for each hour of delay.
P:6.4 After the Warranty Period the Customer may buy annual support at 9% of the licence fee (CNY 113,400 per year). This fee is fixed for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose.
P:8.2 The Licensed Software is installed on the Customer's servers in Jiaxing. The Vendor shall access them only through the Customer's VPN and bastion host, with individual accounts approved by the Customer for each session, and shall not copy Customer Data outside the Customer's environment.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as they apply to its work. It shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in the response, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including recipes, customer lists, prices and technical information, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Articles 8 or 9, or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the affected services.
P:12.3 The licence granted in Article 2 survives termination unless the Customer has failed to pay the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Ireland.
P:13.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex A (Scope of Services) and Annex B (Project Plan), is the entire agreement between the parties and replaces all earlier proposals.
P:14.2 Amendments must be in writing and signed by both parties. Notices shall be sent by courier or e-mail to the addresses above.
P:14.3 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

H1086E02 = """# ORDER FORM No. BLS-OF-2026-1187

**Barrow Line Software Ltd** — Field Service Hub subscription

Vendor: Barrow Line Software Ltd, Kilcarrig Street, Bagenalstown, County Carlow, Ireland ("Barrow Line" or "Vendor")

Customer: Suzhou Anxing Elevator Maintenance Services Co., Ltd., 219 Suhong West Road, Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

This Order Form consists of Part A (commercial terms) and Part B (General Terms). Part B applies to this Order Form only. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

Field Service Hub, Professional edition: work-order dispatch, technician mobile app, preventive-maintenance planner, spare-parts tracking, customer portal and the lift-controller IoT connector, for the Customer's maintenance operations in Suzhou, Wuxi and Changzhou. The service is hosted for the Customer in the Alibaba Cloud East China (Shanghai) region.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"); the second starts on its first anniversary. The subscription ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Annual amount (CNY) |
|---|---|---|---|
| Technician mobile users | 180 | 1,250 | 225,000 |
| Dispatcher and supervisor seats | 20 | 2,300 | 46,000 |
| Lift-controller IoT connector (up to 6,000 units) | 1 | 15,000 | 15,000 |
| **Subscription fee per Subscription Year** | | | **286,000** |
| Subscription fees for two Subscription Years | | | 572,000 |
| Onboarding services (one-time) | 1 | 34,000 | 34,000 |
| **Total Order Value** | | | **606,000** |

Fees are in CNY and include VAT. Additional users may be added at the same unit prices, pro rata for the remaining part of the current Subscription Year; such additions are not part of the Total Order Value.

### A4. Onboarding and Go-Live Acceptance

(a) Barrow Line will configure the service, import the Customer's equipment register (about 5,800 lifts and escalators), technician list and maintenance contracts, connect the IoT connector to the Customer's monitoring gateway and train 16 dispatchers and 20 lead technicians. The target Go-Live date is 75 days after signature of this Order Form.

(b) Go-Live Acceptance tests will be run with the Customer and will show that: every imported lift record reconciles with the equipment register; a work order created from an IoT fault alarm reaches the assigned technician's app within 60 seconds; preventive-maintenance plans for one month are generated for all contracts; and a pilot team of 20 technicians closes work orders in the app for ten consecutive working days without a Priority 1 incident.

(c) When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the service by the pilot team does not by itself mean acceptance.

(d) Barrow Line will use reasonable efforts to meet the target Go-Live date. If Go-Live is later than the target, the Subscription Start Date moves accordingly.

### A5. Invoicing and Subprocessors

(a) The onboarding fee is invoiced on Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days by bank transfer in CNY.

(b) Approved subprocessors: Alibaba Cloud (Shanghai) for hosting; Suzhou Yunwei Technical Services Co., Ltd. for on-site onboarding support. Any further subcontractor or subprocessor requires the Customer's prior written consent under Part B, Section 9.

### A6. Contacts and Signature

Customer contact: Mr Zhou Lei, IT Manager. Barrow Line contact: Ms Aoife Nolan, Account Director.

Signed for the Customer: ____________________ Date: __________

Signed for Barrow Line Software Ltd: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for the Customer, including equipment records, customer and site details, technician records, IoT alarm data, photos and work-order history.

1.2 "Service" means the Field Service Hub subscription described in Part A, including the mobile apps, the customer portal and the documentation.

1.3 "Incident" means an interruption or degradation of the Service. A "Priority 1 Incident" means that the Service or the technician app is unavailable to all users, or that alarms from the IoT connector are not turned into work orders.

### 2. Use of the Service

2.1 Barrow Line grants the Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its users' account credentials and for the lawful collection of the Customer Data.

### 3. Service Levels

3.1 Barrow Line will make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and performed between 23:00 and 05:00 China Standard Time.

3.2 Barrow Line will respond to Priority 1 Incidents within 30 minutes at any time of day and work on them continuously until the Service is restored. Priority 2 Incidents will be responded to within 2 hours during 8:00–20:00 China Standard Time, and Priority 3 Incidents within two business days.

3.3 If monthly availability falls below the commitment in Section 3.1, the Customer will receive a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly share. A late response to a Priority 1 Incident earns a credit of CNY 1,000 per hour of delay. Credits are set off against the next invoice or paid out at the end of the Subscription Term.

### 4. Customer Data

4.1 As between the parties, the Customer owns the Customer Data.

4.2 Barrow Line may process the Customer Data to provide and support the Service.

4.3 Barrow Line may also create aggregated and de-identified data from the Customer Data and use it to improve its products, to train its scheduling and failure-prediction models and to publish industry benchmarks. This right continues after the Subscription Term ends. Barrow Line will not identify the Customer or any individual in such data.

4.4 On expiry or termination, Barrow Line will make the Customer Data available for export for 30 days and then delete it from the Service.

### 5. Security

5.1 Barrow Line maintains an information-security programme certified to ISO/IEC 27001. The Service is hosted in mainland China and holds a Multi-Level Protection Scheme (MLPS) level 3 filing.

5.2 Customer Data is encrypted in transit and at rest. Access by Barrow Line staff is limited to named support engineers, requires multi-factor authentication and is logged.

5.3 Barrow Line will notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take steps to contain it and will be responsible for losses that the Customer suffers as a result of Barrow Line's failure to comply with this Section 5.

### 6. Configurations and Intellectual Property

6.1 Barrow Line owns the Service and all improvements to it.

6.2 Workflows, forms, report templates and integration mappings built specifically for the Customer during onboarding ("Customer Configurations") belong to the Customer. Barrow Line will export them on request in a documented format, and the Customer may use, modify and license them freely.

### 7. Confidentiality

7.1 Each party will keep the other party's confidential information secret, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar duties.

7.2 These duties last during the Subscription Term and for three years afterwards.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 Each party's aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

8.3 Sections 8.1 and 8.2 do not limit liability for death or personal injury caused by negligence, fraud, or the Customer's obligation to pay fees.

### 9. Subcontracting

9.1 Barrow Line may use the subprocessors approved in A5. It will not appoint any other subcontractor or subprocessor without the Customer's prior written consent, and it remains responsible for the acts of its subcontractors and subprocessors.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of the breach.

10.2 If the Customer terminates under Section 10.1, Barrow Line will refund any prepaid fees for the period after termination.

10.3 Sections 4, 5, 7 and 8 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in A6.

12.3 This Order Form is signed in English. A Chinese translation may be prepared for reference.
"""

H1086E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. LH-EQ-2026-0418
P:Buyer: Rizhao Lanhai Paper Co., Ltd., No. 16 Binhai Road, Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Slaney Sensing Ltd, Castle Industrial Estate, Tullow, County Carlow, Ireland (the "Supplier")
P:The Buyer runs two paper machines and a pulp line in Rizhao and wishes to monitor the condition of rolls, bearings, gearboxes and hydraulic units by wireless sensors and a central monitoring system. Following the Buyer's tender No. LH-ZB-2026-077, the parties agree as follows. This Contract is on the Buyer's standard form.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission the sensors, gateways, server and monitoring software listed in Clause 2 (the "System"), and shall integrate the System with the Buyer's distributed control system (DCS) and maintenance management system.
P:1.2 The Supplier shall provide training, documentation in Chinese and English, and the warranty services in Clause 7.
P:1.3 All equipment shall be new, of the models stated in the Supplier's bid, and suitable for the humid and dusty conditions of a paper mill.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,340,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|420|1,450|609,000
TB:2|Online oil-quality sensors|24|6,500|156,000
TB:3|Edge gateways with industrial enclosures|18|9,000|162,000
TB:4|Monitoring server and storage|1|87,000|87,000
TB:5|Condition-monitoring software licence, perpetual, 600 measuring points|1|170,000|170,000
TB:|Hardware and licence subtotal|||1,184,000
TB:6|Installation, commissioning and integration|1|136,000|136,000
TB:7|Training|1|20,000|20,000
TB:|Contract Price|||1,340,000
P:2.2 The Contract Price is fixed. It includes delivery DDP to the Buyer's mill in Rizhao, customs duties, VAT, insurance, installation materials, and all travel costs of the Supplier's staff.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 134,000) as an advance within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 737,000) within 20 days after the Installation Certificate under Clause 5.2. The Installation Certificate is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% (CNY 469,000) within 20 days after the Final Acceptance Certificate under Clause 6.3.
P:3.4 All payments are made in CNY by bank transfer against a valid VAT invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the mill within 70 days after signature and complete installation and commissioning within 120 days after signature.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Packing, Documents and Installation
P:5.1 The Supplier shall pack the equipment for sea and road transport and for storage in a humid coastal climate. Each delivery shall be accompanied by a packing list, certificates of origin and quality, test reports for each gateway and server, and the manuals. The Buyer shall check the quantity and visible condition of each delivery within five working days, and its signature on the delivery note confirms only the quantity received.
P:5.2 When all sensors and gateways are installed and communicating, the parties shall sign an Installation Certificate.
P:5.3 Installation on running machines shall be scheduled with the Buyer's production department and carried out during planned shutdowns wherever possible. The Supplier's staff shall follow the mill's safety rules and permit-to-work system.
P:5.4 The Supplier shall prepare, before installation starts, a mounting plan showing the position of each sensor and gateway, the radio coverage survey and the cable routes for the gateways, for the Buyer's approval.
H:6. Acceptance
P:6.1 After installation, the System shall run for 30 days of trial operation.
P:6.2 The Final Acceptance tests shall show that: (a) every sensor delivers valid readings every 10 minutes, and no sensor misses readings for more than two hours in total during the trial; (b) alarm thresholds configured for each point trigger correctly in a witnessed test; (c) vibration spectra and trends are displayed for every measuring point; (d) data is transferred to the DCS and the maintenance management system without loss on ten consecutive days; and (e) the documentation and training have been delivered.
P:6.3 When the tests are passed, the Buyer shall issue a Final Acceptance Certificate within 7 days. Operation of the System by the Buyer before then is not acceptance. If tests fail, the Supplier shall remedy the defects at its cost and the tests shall be repeated.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period, the Supplier shall repair or replace defective equipment free of charge, including batteries of wireless sensors that fail early, and provide software updates and technical support.
P:7.2 Critical faults (the monitoring server or more than one gateway out of service) shall be responded to within 1 hour and an engineer shall be on site within 24 hours if remote repair fails. Other faults shall be responded to within one business day.
P:7.3 For each hour by which the Supplier exceeds the response time for a critical fault, it shall pay the Buyer CNY 1,000.
P:7.4 After the warranty period the Buyer may order annual support for equipment and software at 7% of the hardware and licence subtotal, that is CNY 82,880 per year. The Supplier shall not increase this fee during the first two support years. Each support year is ordered separately; there is no automatic renewal.
P:7.5 The Supplier shall keep a stock of spare sensors, gateways and batteries in China sufficient to replace failed items within five working days, and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The software remains the property of the Supplier or its licensors, and the Buyer receives a perpetual licence to use it for its own operations.
P:8.2 Configurations, alarm thresholds, dashboards, integration scripts and reports prepared specifically for the Buyer belong to the Buyer, who may use and modify them freely and have them modified by third parties.
H:9. Data Security
P:9.1 All measurement data, alarms, equipment records and reports generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The System is installed on the Buyer's premises and network. Remote access by the Supplier requires the Buyer's prior approval for each session and is made through the Buyer's VPN. The Supplier shall not copy data outside the Buyer's network and shall comply with the Buyer's information-security rules.
P:9.3 The Supplier shall report any security incident involving the System or its data to the Buyer within 12 hours, shall take immediate measures to contain it, and shall compensate the Buyer for losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and commercial information of the Buyer obtained under this Contract, including process data and plant layouts, and shall not disclose it to third parties without the Buyer's written consent. This obligation survives the end of this Contract for three years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, property damage caused by negligence, wilful misconduct or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Clause 4.2 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for undelivered or rejected items and compensate the Buyer's losses.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party promptly, provide evidence within 15 days and resume performance as soon as possible. The time for performance is extended by the period of the delay. If force majeure lasts more than 90 days, either party may terminate this Contract by written notice.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both texts are equally authentic.
P:16.2 The tender documents, the Supplier's bid and the technical agreement signed by both parties form part of this Contract. If they conflict, this Contract prevails, then the technical agreement, then the bid.
P:16.3 Notices shall be in writing and sent to the addresses above.
P:Buyer: ____________________    Supplier: ____________________
"""

H1086E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement reference: GMS-MSA-2026-044

**Between**

**Hefei Ruiguang New Materials Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at 1200 Fanhua Avenue, Hefei Economic and Technological Development Zone, Anhui Province (the "Customer"); and

**Glenealy Managed Services Limited**, a company incorporated in Ireland, with its registered office at Murrough Business Centre, Wicklow Town, County Wicklow, Ireland (the "Provider").

**Background.** The Customer manufactures coated films for displays and solar panels. It wishes to outsource the day-to-day operation of its data-centre infrastructure, backup and end-user support for its Hefei headquarters and plant to the Provider for a minimum term of 36 months. The Provider operates a 24x7 service desk and has engineers in Hefei through its wholly owned subsidiary, Glenealy Technology Services (Shanghai) Co., Ltd., which is a party to the Provider's obligations for on-site work.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Completion Certificate under Section 3.3.

1.3 "Minimum Term" means 36 months from the Service Commencement Date.

1.4 "Charges" means the charges set out in Schedule 3.

1.5 "Customer Data" means all data of the Customer or its employees, customers or suppliers that the Provider accesses, stores or handles while performing the Services, including data held in systems the Provider manages.

1.6 "Service Levels" means the service levels in Schedule 2.

## 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services with the skill and care of a competent managed-services provider and in accordance with the Service Levels.

2.2 The Provider shall assign a named service delivery manager, who shall meet the Customer's IT manager monthly and provide a monthly service report showing performance against each Service Level, incidents, changes and capacity trends.

2.3 The Customer shall give the Provider the access, information and cooperation reasonably needed to perform the Services, including remote access accounts and a desk for on-site engineers.

2.4 The Provider shall carry out an annual review of the Customer's environment and recommend improvements in capacity, resilience and cost. Recommendations that require new hardware or software are for the Customer to decide and are not included in the Charges.

## 3. Transition

3.1 During a transition period starting on the date of this Agreement, the Provider shall take over the operation of the Customer's environment: document the infrastructure, install its monitoring tools, set up the service desk, take over open tickets and agree runbooks with the Customer.

3.2 The target Service Commencement Date is 60 days after the date of this Agreement.

3.3 The Customer shall sign a Transition Completion Certificate when the Provider has shown that: (a) every server, storage array, switch and firewall in the asset list is monitored and alarms reach the service desk; (b) backup jobs for all systems in Schedule 1 complete successfully for 14 consecutive days and a test restore of the ERP database succeeds; (c) runbooks for the systems in Schedule 1 have been approved by the Customer; and (d) the service desk has handled live tickets for ten working days in shadow mode within the Service Levels.

3.4 If the Service Commencement Date is later than the target date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 4. Charges and Payment

4.1 The Customer shall pay the transition charge after signing the Transition Completion Certificate and the monthly service charge monthly in arrears, within 30 days after receiving a correct VAT invoice.

4.2 The Charges are fixed for the Minimum Term. They include all travel, tools and licences for the Provider's monitoring and service-desk systems.

4.3 Service credits under Schedule 2 are deducted from the next invoice.

## 5. Customer Data

5.1 Customer Data remains the property of the Customer at all times.

5.2 The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

5.3 On the end of this Agreement the Provider shall return all Customer Data and runbooks in its possession to the Customer and shall then delete any copies.

## 6. Confidentiality

6.1 Each party shall keep confidential all information of the other party that is marked confidential or would reasonably be understood to be confidential, including Customer Data, system passwords, network designs, product formulations and prices.

6.2 Each party shall use the other party's confidential information only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equivalent duties.

6.3 These obligations continue for three years after the end of this Agreement.

## 7. Intellectual Property

7.1 The Provider retains its monitoring tools, service-desk platform and methods.

7.2 Runbooks, scripts, configurations, documentation and reports produced specifically for the Customer belong to the Customer, which may use, modify and license them freely, including for use by a replacement provider.

## 8. Personnel and Subcontracting

8.1 The Provider's staff working on site shall follow the Customer's site rules, including safety and clean-room rules.

8.2 The Provider shall not subcontract any part of the Services, other than to its subsidiary named in the Background, without the Customer's prior written consent. The Provider is responsible for its subsidiary and any approved subcontractor as for itself.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Minimum Term. This limit does not apply to death or personal injury caused by negligence, fraud, or breach of Section 6.

## 10. Term and Termination

10.1 This Agreement starts on the date of signature and continues for the Minimum Term. After the Minimum Term it continues from month to month at the same Charges until either party gives 90 days' written notice.

10.2 Neither party may terminate this Agreement before the end of the Minimum Term, except that the Provider may terminate by written notice if the Customer fails to pay undisputed Charges within 60 days after a written reminder.

10.3 Service credits under Schedule 2 and damages under Sections 3.4 and 9 are the Customer's remedies for any failure of the Provider to perform the Services. A failure to meet the Service Levels does not entitle the Customer to terminate this Agreement.

10.4 On expiry the Provider shall give the Customer or a replacement provider reasonable exit assistance for up to 45 days at the rates in Schedule 3.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute that cannot be settled by negotiation within 30 days shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 12. General

12.1 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

12.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Calls, e-mail and portal tickets from about 850 users, in Chinese and English | 24x7 |
| Data-centre infrastructure | 46 virtual hosts, 3 storage arrays, core switches and 2 firewalls at the Hefei data centre | 24x7 monitoring |
| Backup and restore | Daily backup of ERP, MES, laboratory and file servers; monthly test restore | Daily |
| End-user support | Desktop, laptop and printer support on site for headquarters and plant | 8:00–20:00, Monday to Saturday |
| Patch and change management | Monthly patching, change records, emergency changes | As scheduled |

## Schedule 2 — Service Levels

| Measure | Priority 1 | Priority 2 | Priority 3 |
|---|---|---|---|
| Definition | ERP, MES or the data centre unavailable for all users | A site, a system or a group of users affected | A single user or a request |
| Response time | 15 minutes | 1 hour | 8 business hours |
| Restoration target | 3 hours | 8 hours | 3 business days |
| Service credit | 2% of the monthly service charge per hour of delay in restoration | 1% per five missed tickets in a month | none |

Infrastructure availability: at least 99.95% per month for the systems in Schedule 1, excluding agreed maintenance windows. For each 0.1 percentage point below that level, a further credit of 2% of the monthly service charge applies. Total credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after the Transition Completion Certificate | 64,000 |
| Monthly service charge | Per month, in arrears, 36 months | 48,500 per month; 1,746,000 in total |
| Total Charges for the Minimum Term | | 1,810,000 |
| Exit assistance and extra work | Per engineer day, on request | 3,200 per day |
"""

H1086E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement number: KMD-DS-2026-0093

This Data Subscription Agreement is entered into on 30 November 2026 by:

Qingdao Haiyun Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 6 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province (the "Customer"); and

Kindlestown Maritime Data Limited, a company incorporated in Ireland, whose registered office is at Church Road, Greystones, County Wicklow, Ireland (the "Provider").

The Customer acts as ship agent and charterers' representative at the ports of Qingdao, Rizhao and Lianyungang. It wishes to receive vessel-position, port-call and marine-weather data from the Provider through an application programming interface (API) and to integrate that data into its own agency management system. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel-position (AIS) data, port-call events, estimated-time-of-arrival predictions, berth-occupancy indicators and marine-weather data made available by the Provider through the API, and any derivative displayed in the Provider's web portal.

1.2 "API" means the Provider's REST interface and the associated documentation, access keys and sample code.

1.3 "Subscription Year" means each period of 365 days starting on the Activation Date or on an anniversary of it. The subscription lasts two Subscription Years (the "Subscription Term").

1.4 "Activation Date" means the date on which the Customer signs the activation confirmation under clause 4.3.

1.5 "Customer Materials" means the fleet lists, voyage references, queries, port-area definitions and other information the Customer submits to the API or the portal.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive and non-transferable licence to access the API and the portal, to load the Data into the Customer's agency management system, and to use the Data for its agency and chartering business.

2.2 The Customer may share Data extracts with its principals (shipowners, charterers and cargo interests) in reports relating to vessels that the Customer handles, but shall not resell the Data or make it available as a stand-alone data feed.

2.3 The subscription covers up to 2,000,000 API calls per Subscription Year and 25 portal users. Usage above these limits is charged at the rates in clause 3.4.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 372,000 for each Subscription Year, CNY 744,000 for the Subscription Term.

3.2 A one-time set-up fee of CNY 18,000 covers the creation of the Customer's port-area definitions, the mapping of the Data to the Customer's system and two remote training sessions.

3.3 The total fees under this Agreement are CNY 762,000, including VAT. The set-up fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days in CNY by bank transfer.

3.4 Additional API calls are charged at CNY 0.08 per call and additional portal users at CNY 2,600 per user per Subscription Year. Such charges are invoiced quarterly in arrears.

3.5 The fees are fixed for the Subscription Term.

4. SET-UP AND ACTIVATION

4.1 Within 20 days after signature, the Provider shall issue API keys for a test environment, deliver the documentation and configure the Customer's port-area definitions for the three ports named above.

4.2 The Customer shall test the API with the Provider's support. The tests shall show that: (a) AIS positions for vessels in the three port areas are delivered with no more than five minutes' delay from reception; (b) port-call events (arrival at anchorage, berthing, departure) are generated for at least nine out of ten vessel calls checked against the Customer's own records over seven days; (c) the weather endpoint returns forecasts for every defined port area; and (d) the sample interface to the Customer's agency management system loads data without errors for five consecutive days.

4.3 When the tests are passed, the Customer shall sign an activation confirmation, and the production keys shall be issued on the same day.

4.4 If the Provider fails to make the test environment available within the period in clause 4.1 for reasons attributable to it, it shall pay the Customer CNY 600 for each day of delay.

5. AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API and the portal available at all times, except for maintenance and events beyond its reasonable control.

5.2 The Provider does not commit to any level of availability, latency after activation, or time for responding to or resolving faults.

5.3 Support is provided by e-mail and through the Provider's support portal during the Provider's normal business hours in Ireland. The Provider will handle support requests in the order in which they are received.

5.4 The Provider may change the API from time to time, provided that it gives the Customer at least 60 days' notice of any change that removes a field or endpoint used by the Customer.

5.5 The Provider publishes planned maintenance on its status page. It will try to schedule maintenance outside the Customer's local business hours but gives no undertaking as to timing or duration.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to the Customer. The Provider shall use them only to provide the API, the portal and support to the Customer, and not for any other purpose.

6.2 The Provider shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for its staff, logging of access, and regular security testing.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Materials, shall take reasonable steps to limit its effects, and shall be liable for losses the Customer suffers as a result of the Provider's breach of this clause 6.

6.4 At the end of the Subscription Term, the Provider shall return Customer Materials on request and then delete them within 30 days.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the Data, the API and the portal. Nothing in this Agreement transfers ownership of them to the Customer.

7.2 The port-area definitions, field mappings and report templates prepared specifically for the Customer under clause 3.2 belong to the Customer, which may use, modify and license them freely.

7.3 The Customer owns the reports and analyses it creates using the Data, subject to the restrictions in clause 2.2.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's principals, voyages and commercial terms and the Provider's pricing and technical documentation.

8.2 Each party shall use such information only for the purposes of this Agreement and shall not disclose it to any third party without the other party's written consent, except to its professional advisers or as required by law.

8.3 This clause survives for three years after the end of this Agreement.

9. WARRANTIES AND LIABILITY

9.1 The Provider warrants that it has the right to license the Data to the Customer. The Data comes from third-party sources and satellite and terrestrial receivers; the Provider does not warrant that it is complete or free from error.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of opportunity.

9.3 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.3. The limit does not apply to breach of clause 6 or clause 8, fraud, or death or personal injury caused by negligence.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract the performance of its obligations under this Agreement without the Customer's prior written consent. Third-party data sources and receiver networks used to compile the Data are not subcontractors for this purpose.

10.2 Neither party may assign this Agreement without the written consent of the other party.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund the part of the subscription fee paid for the period after termination.

11.4 On expiry or termination, the Customer's licence to access the API ends. The Customer may keep Data already loaded into its systems and reports already delivered to principals.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland.

12.2 The courts of Dublin, Ireland, have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject and replaces any earlier proposal or quotation.

13.2 Any amendment must be in writing and signed by both parties.

13.3 Notices shall be given in writing to the addresses above, with a copy by e-mail.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules
TARGETS = {
    "z01": ("h1086z01_health_commission_childcare_supervision_platform.pdf", "pdf", "zh", H1086Z01),
    "z02": ("h1086z02_banknote_counter_factory_line_control_retrofit.docx", "docx", "zh", H1086Z02),
    "z03": ("h1086z03_writing_school_chain_booking_membership_saas.txt", "txt", "zh", H1086Z03),
    "z04": ("h1086z04_port_authority_shore_power_monitoring_om.txt", "txt", "zh", H1086Z04),
    "z05": ("h1086z05_watch_restoration_process_tracking_supplier_template.md", "md", "zh", H1086Z05),
    "e01": ("h1086e01_textile_dyeing_aps_perpetual_licence_kilkenny.pdf", "pdf", "en", H1086E01),
    "e02": ("h1086e02_lift_maintenance_field_service_saas_order_form.md", "md", "en", H1086E02),
    "e03": ("h1086e03_paper_mill_condition_monitoring_sensors.docx", "docx", "en", H1086E03),
    "e04": ("h1086e04_coated_film_maker_managed_infrastructure_36m.md", "md", "en", H1086E04),
    "e05": ("h1086e05_shipping_agency_vessel_data_api_subscription.txt", "txt", "en", H1086E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
#      avail   p1     remedy ip        dsec   owns   conf   ld                   cap   prepay acc    final  warr pwf  auto   term   sub    law        kind
TERMS = {
 "z01": (99.95, 0.5,  True,  "buyer",  True,  True,  True,  0.08,                None, 20,  True,  True,  36,  8,   False, True,  False, "PRC",     G),
 "z02": (None,  0.5,  True,  "buyer",  True,  True,  True,  0.1,                 None, 20,  True,  True,  6,   22,  False, True,  False, "PRC",     G),
 "z03": (99.5,  0.5,  True,  "buyer",  True,  False, True,  300 / 454000 * 100,  None, None, True, None,  None, None, True, True,  False, "PRC",     S),
 "z04": (99.95, 0.5,  True,  "buyer",  True,  True,  False, 0.1,                 25,   None, True, None,  None, None, False, True, True,  "PRC",     S),
 "z05": (None,  24,   False, "supplier", True, True, True,  0.02,                None, 65,  False, False, 3,   None, False, True,  True,  None,      G),
 "e01": (None,  1,    True,  "buyer",  True,  True,  True,  0.08,                150,  20,  True,  True,  24,  9,   False, True,  False, "Ireland", G),
 "e02": (99.95, 0.5,  True,  "buyer",  True,  False, True,  None,                6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S),
 "e03": (None,  1,    True,  "buyer",  True,  True,  True,  0.1,                 200,  10,  True,  True,  36,  7,   False, True,  False, "PRC",     G),
 "e04": (99.95, 0.25, True,  "buyer",  False, True,  True,  1200 / 1810000 * 100, 150, None, True, None,  None, None, False, False, False, "PRC",    S),
 "e05": (None,  None, False, "buyer",  True,  True,  True,  600 / 762000 * 100,  150,  None, True, None,  None, None, False, True,  False, "Ireland", S),
}
# category, sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value,
# fee base for TCO (itemised licence / hardware subtotal), forum outside mainland China
EXTRA = {
 "z01": ("software", True,  True,  True,  False, 1980000, 780000,  False),
 "z02": ("hardware", True,  True,  True,  False, 1950000, 1640000, False),
 "z03": ("cloud",    True,  True,  None,  False, 454000,  None,    False),
 "z04": ("services", True,  True,  None,  False, 586000,  None,    False),
 "z05": ("software", True,  True,  False, True,  420000,  168000,  False),
 "e01": ("software", True,  True,  True,  False, 1720000, 1260000, True),
 "e02": ("cloud",    True,  False, None,  False, 606000,  None,    False),
 "e03": ("hardware", True,  True,  True,  False, 1340000, 1184000, False),
 "e04": ("services", True,  True,  None,  False, 1810000, None,    False),
 "e05": ("cloud",    False, True,  None,  False, 762000,  None,    True),
}
DESIGN = {
 "z01": [],
 "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
         "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
 "e01": ["CR-GOVERNING-LAW"],
 "e02": ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
 "e03": [],
 "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
 "e05": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "high"}
# policy thresholds (CR rules) and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON, TCO_SHARE = 5, 40


def tco_share(t, x):
    """Post-warranty share of TCO over the horizon, in %; None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * x["fee_base"]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    return years * fee / (x["contract_value"] + years * fee) * 100


def derive_rules(t, x):
    """My reading of policy §3 (and its section on how clauses are read), applied to a label."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x)
        if share is not None and share > TCO_SHARE:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan (self-tested)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\s*\.\s*9(?!\s*\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*(?:个\s*)?(?:小\s*时|hours?|hrs?|-\s*hours?)",         # 4 hours
    r"(?<![十\d])四\s*个?\s*小\s*时", r"(?<![\w-])four[\s-]*hours?",
    r"(?<![\d.])0?\s*\.\s*05(?!\s*\d)", r"万\s*分\s*之\s*五", r"千\s*分\s*之\s*零\s*点\s*五", r"0\s*\.\s*5\s*‰",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*(?:一\s*)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个\s*)?月", r"十\s*二\s*个\s*月", r"(?<![\d.])12[\s-]*months?", r"twelve[\s-]*months?",
    r"一\s*年", r"(?<![\w-])one[\s-]*years?", r"(?<![\d.,])1[\s-]*years?(?![a-z])",
    r"(?<![\d.])5\s*(?:年|years?)", r"五\s*年", r"(?<![\w-])five[\s-]*years?",
]]
MUST_HIT = ["99.9%", "可用率99.9%", "不低于 99. 9 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%",
            "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months", "twelve months", "一年", "one year",
            "1 year", "5年", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.055%", "0.5%", "130%",
             "115%", "百分之三十五", "百分之四十五", "2026年", "第十二条", "12.5%", "0.15%", "300%", "40.5%", "14 hours",
             "45 days", "1,250", "six months", "三个月", "25%", "the 120 days"]


def threshold_hits(text):
    return [p.pattern for p in PATTERNS if p.search(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length_of(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, kind, lang, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for key, (name, kind, lang, src) in TARGETS.items():
        t = dict(zip(KEYS, TERMS[key]))
        cat, sla, lds, capped, deemed, cv, base, forum = EXTRA[key]
        x = {"sla_clause": sla, "ld_stated": lds, "post_warranty_fee_capped": capped,
             "acceptance_deemed_on_delivery": deemed, "contract_value": cv, "fee_base": base, "forum_outside": forum}
        rules = derive_rules(t, x)
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, DESIGN[key]))
        if risk_of(rules) != RISK[key]:
            problems.append((key, "risk", risk_of(rules), RISK[key]))
        covered |= set(rules)
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, "label on threshold", k))
        share = tco_share(t, x)
        if share is not None and abs(share - TCO_SHARE) <= 2:
            problems.append((key, "TCO share near threshold", share))
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
        text = read_back(OUT / name)
        n = length_of(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(form)
            if hits:
                problems.append((key, "threshold figure in text", hits))
                break
        extra = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print(f"{key} {name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {rules}; risk {risk_of(rules)}"
              + (f"; TCO share {share:.1f} %" if share is not None else ""))
    all_rules = set(SEVERITY)
    if covered != all_rules:
        problems.append(("coverage", sorted(all_rules - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
