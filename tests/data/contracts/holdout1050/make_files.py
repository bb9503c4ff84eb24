"""holdout1050: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from labels, coverage). Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:安全生产执法平台建设项目合同
P:项目编号：JZYJ-2027-ZFCG-018
P:采购人（甲方）：江州市应急管理局
P:供应商（乙方）：江州数安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就安全生产执法平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供安全生产执法平台软件（V5.3）的永久使用许可，不限终端数量，部署于甲方使用的市级政务云。
P:1.2 乙方按甲方需求开展定制开发，包括：年度执法计划编制与检查任务派发、隐患排查整改闭环管理、移动执法APP、执法文书电子化及电子签章对接、重点企业安全生产信息库、执法统计分析驾驶舱。
P:1.3 乙方负责与省级应急管理综合执法系统、“互联网+监管”平台及本局视频会商系统进行数据对接，并完成近五年历史执法案卷的清洗与迁移。
P:1.4 采购需求、投标文件、需求规格说明书及本合同附件均为本合同组成部分；如有不一致，以本合同正文为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾叁万元整（¥1,630,000），其中：平台软件许可费¥820,000，定制开发费¥596,000，数据对接与迁移费¥138,000，实施及培训费¥76,000。
P:2.2 合同总价为固定价格，包含软件许可、开发、部署、测试、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函及合规发票后10个工作日内支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审核造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订之日起120日内完成部署、定制开发和数据迁移，并书面申请初步验收。
P:4.2 乙方应指定项目经理常驻甲方现场，每周提交项目周报；重大风险应在发现后2个工作日内书面报告甲方。
P:4.3 乙方更换项目经理或核心开发人员，应事先征得甲方书面同意，且替换人员的资历不得低于投标文件承诺。
P:4.4 乙方应按甲方要求提交需求规格说明书、概要设计、详细设计、数据库设计、测试报告、用户手册、运维手册及源代码说明，文档应为中文，并同时提供纸质和电子版本。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能逐项测试通过；移动执法APP在200名执法人员同时在线时，主要操作响应时间不超过3秒；与省级执法系统的数据交换连续10日无差错。
P:5.2 最终验收标准：系统试运行满90日，期间未发生一级故障；历史案卷迁移经双方逐项核对无遗漏、无错漏；第三方机构出具的网络安全等级保护测评及商用密码应用安全性评估结论均为符合或基本符合。
P:5.3 甲方组织专家按上述标准进行验收，并出具书面验收报告。系统上线运行、甲方实际使用或支付款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥73,800），且首三年不作上调，具体另行签订维护合同。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前3个工作日经甲方同意，并安排在非工作时间进行。
P:7.2 一级故障（平台整体不可用或执法文书无法生成）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决；三级问题在下一个版本中修复。
P:7.3 响应或恢复每超时1小时，甲方从维护费或履约保证金中扣减¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,000。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的程序、源代码、接口程序及技术文档的知识产权归甲方所有，乙方应在最终验收前交付完整源代码；甲方可自行或委托第三方修改、使用和部署。
H:第九条 数据安全
P:9.1 平台中的执法数据、企业信息及个人信息均属于甲方，乙方仅为履行本合同接触上述数据，不得用于其他任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据复制至甲方网络以外；项目结束时按甲方要求删除测试环境中的数据。
P:9.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在本合同终止后继续有效，乙方应促使其参与本项目的人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 交付的系统未通过验收的，乙方应在30日内整改并重新申请验收；二次验收仍不合格的，甲方有权解除合同，乙方退还已收款项。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 人员与培训
P:15.1 乙方应为甲方执法人员提供集中培训不少于3期，每期2日，并为系统管理员提供专项运维培训，培训效果以考核合格为准。
P:15.2 乙方项目团队应遵守甲方的安全管理制度，进入甲方办公区域须登记，不得擅自使用甲方办公设备。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可以银行保函形式提交，最终验收合格后无息退还。
H:第十七条 不可抗力
P:17.1 因不可抗力致使一方不能履行合同的，应在不可抗力发生后3日内通知对方，并在15日内提供证明。受影响的一方在不可抗力影响范围内免责，但应采取措施减少损失。
P:17.2 不可抗力持续超过60日的，双方可协商解除合同，并按已完成的工作量结算。
H:第十八条 廉洁
P:18.1 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益；违反的，甲方有权解除合同。
H:第十九条 其他
P:19.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件：1.采购需求；2.需求规格说明书；3.项目实施计划。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z02 = """T:植毛生产线控制系统改造合同
P:合同编号：YZJH-SB-2027-0311
P:甲方：扬州杭集洁齿刷头制造有限公司
P:乙方：苏州恒拓自动化工程有限公司
P:甲方委托乙方对其八条刷头植毛及修剪生产线的控制系统进行改造升级，双方经协商一致，签订本合同。
H:第一条 改造范围
P:（一）更换八条生产线的PLC控制柜及伺服驱动系统，增设视觉检测单元，实现植毛孔位、毛束缺失及修剪高度的在线检测。
P:（二）部署车间工业网络，并提供MES数据采集及控制软件许可，实现设备状态、产量、良品率的实时采集与看板展示。
P:（三）改写并调试各线设备控制程序，编制电气图纸、操作手册和维护手册，并对甲方人员进行培训。
P:（四）乙方应在开工前提交改造实施方案，包括停线计划、设备拆装方案、程序备份及回退措施，经甲方书面确认后实施。
H:第二条 合同价款
P:（一）合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），分项价格见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造|8套|688,000
TB:2|伺服驱动及电机|1批|318,000
TB:3|视觉检测单元|8套|332,000
TB:4|工业网关及交换机|1批|96,000
TB:5|MES数据采集及控制软件许可|1套|248,000
TB:|软硬件小计||1,682,000
TB:6|安装调试及程序改写|1项|176,000
TB:7|培训|1项|22,000
TB:|合计||1,880,000
P:（二）上述价格含设备、软件、运输、安装、调试、税费及质保期内的服务费用。
H:第三条 付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的55%；到货签收不视为质量验收。
P:（三）改造完成并经最终验收合格后，甲方支付合同总价的25%。
P:（四）乙方应在每次收款前开具合规的增值税专用发票；乙方未开具发票的，甲方有权相应顺延付款。
H:第四条 实施与停线安排
P:（一）乙方应在合同签订后75日内完成全部设备到货，并按甲方生产计划逐线停线改造，每条线停线时间不超过6日。
P:（二）改造期间乙方须遵守甲方车间安全管理制度，动火、登高及带电作业须办理作业票。
P:（三）每条线改造前，乙方应完整备份原控制程序和参数；改造后调试不成功的，乙方应在8小时内恢复原系统运行，确保甲方生产不受额外影响。
P:（四）乙方负责改造期间拆除的旧设备的整理和标识，并交还甲方仓库。
P:（五）乙方提供的设备应为原厂全新正品，具备合格证及检测报告，主要部件的品牌和型号应与投标清单一致；未经甲方书面同意，不得替换。
H:第五条 验收
P:（一）每条线改造完成后连续试生产72小时，植毛速度不低于改造前的1.2倍，视觉检测漏检率不高于0.3%，设备控制程序无异常停机。
P:（二）MES系统采集八条线的设备状态、产量及良品数据，与人工统计数据核对误差不超过0.5%。
P:（三）全部生产线稳定运行30日后，甲方组织最终验收并签署验收报告。设备安装、试生产或甲方使用均不视为验收合格。
P:（四）验收不合格的，乙方应在15日内完成整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修正，由乙方免费负责。
P:（二）质保期满后，乙方继续提供维保服务，维保费每年按软硬件小计的26%计取（即每年¥437,320），三年内不作调整。维保内容包括季度巡检、备件更换、程序优化及软件升级。
P:（三）质保期内及维保期间，生产线停机类一级故障，乙方应在1小时内响应，6小时内到场处理；一般故障24小时内处理完毕。
P:（四）响应或到场每超时1小时，乙方向甲方支付¥500；因乙方原因导致停线超过24小时的，每日另付¥3,000。
P:（五）维保期内乙方应每季度对八条生产线进行一次现场巡检并提交巡检报告；乙方应在扬州本地储备常用备件，保证备件供应期不少于八年。
H:第七条 知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、视觉检测参数及MES定制报表，其知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改。
P:（二）MES标准软件的知识产权归乙方或原厂所有，甲方获得永久使用许可。
H:第八条 数据安全与保密
P:（一）生产数据、工艺参数及良品率数据均属于甲方，乙方不得用于本合同以外的目的，不得向第三方提供。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的VPN及账号进行，操作留存日志；因乙方原因造成数据泄露、篡改或生产系统被攻击的，乙方应立即报告并承担赔偿责任。
P:（三）改造中采集的设备运行数据仅存储于甲方本地服务器，未经甲方同意不得上传至乙方或第三方的云平台。
P:（四）双方对在合作中获知的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内有效。
H:第九条 分包
P:乙方可将电气安装、布线等现场施工工作分包给具备资质的第三方，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。PLC程序、视觉检测及MES软件的开发调试工作应由乙方自行完成。
H:第十条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因改造原因导致甲方停线时间超过约定的，乙方除支付违约金外，还应赔偿甲方的直接损失。
P:（三）乙方交付的设备或软件不符合合同约定的，应在10日内免费更换或整改；整改后仍不合格的，甲方有权退货。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应配合将已改造的生产线恢复至可正常运行的状态。
H:第十二条 甲方义务
P:（一）甲方应按停线计划提供生产线、电源、压缩空气及必要的配合人员。
P:（二）甲方应向乙方提供现有设备的电气图纸、工艺参数及产品标准，并指定项目联系人负责协调和确认工作。
H:第十三条 技术文件与培训
P:（一）乙方应在最终验收前交付全套电气图纸、PLC程序及注释、HMI画面、视觉检测参数表、MES接口说明、备件清单、操作和维护手册，均为中文。
P:（二）乙方应对甲方操作工、设备维修人员和工艺人员分别培训，培训不少于5个工作日，确保甲方维修人员能够独立处理常见故障和调整工艺参数。
H:第十四条 安全生产
P:（一）乙方作业人员须持证上岗，遵守甲方安全管理规定，因乙方原因发生的人身伤害和财产损失由乙方负责。
P:（二）乙方应为现场作业人员购买意外伤害保险。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的一方，应及时通知对方并提供证明，在影响范围内免除责任；双方应协商确定继续履行的方案。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交扬州仲裁委员会仲裁。
H:第十七条 其他
P:（一）双方往来通知以书面形式送达合同首页载明的地址或电子邮箱，一方地址变更应提前通知对方。
P:（二）本合同附件包括：附件一 设备及软件清单；附件二 技术规格书；附件三 停线改造计划。附件与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """滑板培训门店预约及会员管理系统服务合同

合同编号：HBPX-IT-2027-006
甲方：深圳板动青少年滑板运动培训有限公司
乙方：杭州约课云信息科技有限公司

鉴于甲方在全国经营35家滑板培训门店，需要统一的课程预约、会员管理及收银系统，乙方为软件即服务（SaaS）提供商，双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方35家门店开通“约课云”平台企业版服务，包括课程排期、学员预约与签到、会员卡及课包管理、教练排班与课时统计、门店收银与对账、家长端微信小程序。
（二）乙方提供实施服务：
1. 按甲方课程体系完成平台配置，建立门店、教练、场地及课程模板；
2. 将甲方原有系统中的会员、课包余额及上课记录迁移至平台；
3. 为甲方定制总部经营分析报表及与甲方财务系统的对接接口；
4. 对门店店长、前台及教练分批进行线上培训，并制作操作视频和图文手册，供新员工自学使用。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，第二个服务年度紧随其后。
（四）乙方为甲方提供专属客户经理及实施顾问，服务期内提供工作日9:00至21:00的在线客服及电话支持，周末及节假日提供值班支持。
（五）服务期内乙方免费提供平台的功能升级，升级不得减少合同约定的功能；重大版本更新应提前7日通知甲方并提供更新说明。
（六）平台应支持甲方按门店、课程、教练等维度设置权限，总部可查看全部门店数据，店长仅可查看本店数据。
（七）门店收银款项直接进入甲方开立的账户，乙方不经手、不截留甲方资金。

二、服务费用
（一）订阅费按每店每服务年度¥7,800计，35家门店每服务年度¥273,000，两个服务年度合计¥546,000。
（二）实施费¥68,000，培训费¥12,000，均为一次性费用。
（三）本合同总价为¥626,000。服务期内新增门店的，按每店每服务年度¥7,800并按剩余月份折算。
（四）订阅费已包含平台功能、数据存储、短信通知及客服支持费用，除本合同约定外，乙方不得以任何名义另行收费。

三、付款方式
（一）实施费及培训费在平台上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
（三）乙方应在每次收款前开具合规的增值税专用发票。
（四）甲方支付第二个服务年度订阅费前，乙方应提供第一个服务年度的服务报告汇总。

四、上线与验收
（一）乙方应在合同签订后45日内完成配置、数据迁移及接口开发，并书面申请上线验收。
（二）验收标准：
1. 合同约定的功能在3家试点门店连续运行10日，未出现影响预约或收银的故障；
2. 迁移的会员数量、课包余额与原系统逐条核对一致；
3. 总部报表数据与财务系统对账一致，小程序在500名用户并发预约时响应时间不超过2秒。
（三）甲方在收到申请后7个工作日内组织验收并书面确认。试点门店使用不视为验收合格。验收不合格的，乙方应在7日内整改后重新申请验收。
（四）上线验收合格后，乙方应在10日内完成其余门店的切换，切换期间原系统数据保持同步。
（五）乙方未按期申请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护安排在每日22:00至次日7:00之间，并提前24小时通知甲方。
（二）一级故障（全部门店无法预约、签到或收银）乙方应在30分钟内响应，3小时内恢复；二级故障（单一功能或部分门店异常）2小时内响应，当日内解决。
（三）月度可用率未达约定的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，抵扣总额以当月订阅费为限；一级故障恢复每超时1小时，另抵扣¥500。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障处理情况及改进措施。
（五）乙方应提供服务状态页面，故障发生后15分钟内在状态页面及甲方指定的工作群发布通知。

六、数据安全与数据归属
（一）甲方及其学员、家长的个人信息、会员数据、课程及交易数据均属于甲方，乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）学员多为未成年人，乙方应按《个人信息保护法》的要求采取加密存储、访问权限控制、操作日志审计等措施，数据存储于中国境内。
（三）发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。
（五）家长端小程序收集个人信息的范围以甲方书面确认的为限，小程序应展示经甲方审核的隐私政策；收集未成年人信息的，须取得其监护人同意。
（六）乙方每年至少进行一次安全漏洞扫描和渗透测试，并将结果书面通报甲方。

七、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的经营分析报表、财务对接接口及相关文档的知识产权归甲方所有，甲方可自行或委托他人修改使用。

八、保密
双方对在履行本合同过程中获知的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后两年内继续有效。乙方应与接触甲方数据的员工签订保密协议。

九、续订
服务期满前30日内任何一方未书面提出终止的，本合同自动续订一个服务年度。续订时乙方有权按其届时公布的价目表调整订阅费单价，并于续订前通知甲方。

十、责任限制
乙方在本合同项下的累计赔偿责任以人民币壹拾捌万元（¥180,000）为限，但因乙方故意或重大过失造成数据泄露的除外。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。平台所使用的境内云服务商以附件载明的为准，更换云服务商应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。
（二）平台连续两个月可用率未达约定的，甲方有权解除本合同。
（三）合同解除或服务期满后，乙方应协助甲方将数据迁移至甲方指定的系统，协助期不超过30日，不另收费。

十三、甲方义务
（一）甲方应提供门店信息、课程体系、价格政策和原系统数据导出文件。
（二）甲方应指定总部项目负责人，协调门店参与试点和培训。
（三）甲方应妥善保管管理员账号，因甲方人员泄露账号造成的损失由甲方承担。

十四、不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。不可抗力影响持续超过30日的，双方可协商解除本合同，并按实际服务期间结算费用。

十五、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十六、其他
（一）双方通知以书面形式送达本合同载明的地址或指定邮箱。
（二）附件一：门店清单；附件二：功能清单；附件三：服务水平说明。附件为本合同的组成部分。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """江州市城市管理局路灯监控系统年度运维服务合同

项目名称：路灯监控系统2027年度运维服务
采购方式：竞争性磋商
采购人（甲方）：江州市城市管理局
成交供应商（乙方）：江州市明途智能照明工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一条 服务范围
一、运维对象为甲方路灯监控系统，包括监控中心平台软件、数据库服务器、286台集中控制器、9,860套单灯控制器、通信模块及相关配电箱内的控制设备。
二、服务内容：
（一）平台软件的日常运行监测、数据备份、补丁更新及运行报告；
（二）集中控制器及单灯控制器的巡检、故障排查、维修和更换；
（三）开关灯策略的调整、节能数据统计及每月运行分析报告；
（四）配合甲方完成重大活动、节假日及极端天气期间的保障任务；
（五）平台软件的版本升级，以及与城市运行管理服务平台之间数据接口的维护；
（六）建立并更新设备台账，每季度提交设备健康状况评估及更换建议。
三、服务期为2027年1月1日至2027年12月31日。

第二条 服务费用及支付
一、本合同总价为人民币柒拾叁万捌仟元整（¥738,000），包括人工、车辆、检测工具、备品备件（单件¥2,000以下）及税费。单件¥2,000及以上的设备更换，经甲方书面确认后据实另行结算。
二、服务费按季度支付。每季度结束后，甲方根据考核结果在15个工作日内支付当季服务费¥184,500，考核扣款从当季服务费中扣除。
三、乙方应在每季度结束后5个工作日内提交季度服务报告和考核确认单，经甲方确认后开具发票。
四、本合同总价为固定价格，服务期内不因人工、材料价格变动而调整。
五、单件¥2,000及以上的设备更换，乙方应提交更换方案、报价及旧件照片，经甲方确认后实施，更换下的旧件交回甲方。

第三条 服务要求
一、乙方应组建不少于8人的运维团队，其中项目负责人1名、平台运维工程师2名、外勤维修人员5名，并配备2台高空作业车。
二、乙方应每月对全部集中控制器巡检一次，每季度对单灯控制器抽检不少于两成，巡检记录上传平台。
三、监控平台月度可用率不低于99.95%。
四、故障分级及处理时限：
（一）一级故障（监控平台瘫痪或单个区域整片灭灯）：30分钟内响应，2小时内到场，6小时内恢复；
（二）二级故障（单个集中控制器离线或单条道路异常）：1小时内响应，次日8:00前恢复；
（三）三级故障（单灯故障）：3个工作日内修复。
五、乙方应建立24小时值班制度，值班电话须保持畅通。
六、乙方接到甲方或市民服务热线转办的路灯故障工单后，应按本条第四项的时限处理，并在平台上如实记录处理过程和结果，附处理前后照片。
七、乙方应在江州市区设立运维驻点，储备足量的单灯控制器、集中控制器、通信模块等常用备件，备件储备清单报甲方备案。
八、乙方作业人员应持有电工作业证及高处作业证，作业时设置警示标志，做好交通安全防护；因乙方作业不当造成的人身伤亡、财产损失及第三方索赔由乙方承担。
九、气象部门发布暴雨、台风等预警后，乙方应按甲方要求增派人员值守，并在预警解除后24小时内完成全部设备的巡查。
十、乙方应于每年汛期前对低洼路段、隧道及桥梁区域的配电箱和控制设备进行专项检查，做好防水防潮处理。

第四条 考核与扣款
一、甲方按月对乙方进行考核，考核内容包括故障处理时限、巡检完成情况、平台可用率及运行报告质量。
二、一级故障响应或恢复每超时1小时，扣款¥1,000；二级故障每超时1小时，扣款¥300；平台月度可用率每低于约定值0.01个百分点，扣款¥500。
三、甲方可通过平台记录、现场抽查、市民投诉核实等方式对乙方的服务进行考核。
四、年度服务期满后，甲方依据全年考核记录、巡检记录、故障处理台账及运行报告进行年度验收，出具验收意见。年度验收标准为：全年未发生因乙方原因造成的安全责任事故；各月考核均为合格以上；巡检记录、故障工单及运行报告完整齐全；设备台账与现场抽查结果一致。验收不合格的，乙方应在甲方指定期限内整改。

第五条 甲方义务
一、甲方应向乙方提供系统技术资料、设备台账、平台管理账号及必要的工作条件。
二、甲方应按约定支付服务费，并指定专人负责本合同的日常联络和考核工作。
三、甲方负责协调公安交管、园林绿化等部门，为乙方作业提供便利。

第六条 服务交接
一、合同生效后7日内，甲乙双方办理系统及设备交接，共同清点设备台账、备品备件及技术资料，并签字确认。
二、服务期满或合同解除时，乙方应向甲方或甲方指定的单位移交全部运维资料、平台账号及剩余备品备件，并配合完成交接，交接期不少于15日。

第七条 知识产权
服务期间乙方编制的巡检记录、运行分析报告、开关灯策略配置文件及运维脚本归甲方所有，甲方可自由使用和修改。

第八条 数据安全
一、路灯监控数据、设备台账、地理位置信息及平台账号均属于甲方，乙方仅可为本合同运维目的使用，不得复制、留存或向第三方提供。
二、乙方运维人员须使用实名账号并通过甲方堡垒机登录平台，禁止使用个人设备接入甲方网络。乙方应落实网络安全等级保护的相关要求，定期修补漏洞。
三、发生数据泄露、平台被入侵等网络安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的损失，由乙方承担赔偿责任。

第九条 违约责任
一、乙方未按约定完成月度巡检或未按甲方要求的期限完成设备更换的，每延误一日，按合同总价的万分之二向甲方支付违约金。
二、乙方擅自减少运维人员或车辆的，甲方有权按每人每日¥400、每车每日¥600扣减服务费。
三、因乙方原因造成重大安全事故或严重社会不良影响的，甲方有权解除本合同，并要求乙方赔偿损失。

第十条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十一条 合同解除
乙方严重违约，或连续两个月考核不合格，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期限结算费用。合同解除后，乙方应在10日内完成运维资料及备品备件的移交。

第十二条 服务期满
服务期满后本合同自然终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。服务期满前两个月，乙方应向甲方提交年度运维总结和设备状况评估报告。

第十三条 不可抗力
因地震、台风、洪水等不可抗力导致不能履行本合同的，受影响的一方应及时通知对方，并在15日内提供证明，在不可抗力影响范围内免除责任。不可抗力消除后，乙方应尽快恢复服务，并配合甲方开展灾后设备抢修。

第十四条 廉洁
乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益，不得以任何方式干扰考核工作；违反的，甲方有权解除合同，并将相关情况报送政府采购监督管理部门。

第十五条 争议解决
因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：                乙方（盖章）：
签订日期：                    签订日期：
"""

Z05 = """# 羽工坊生产过程追踪管理软件 销售及定制开发合同

**（乙方标准合同文本 YG-HT-2026 版）**

合同编号：QYRJ-2027-0415

甲方（买方）：桐城市羽韵羽毛画艺术工作室有限公司

乙方（卖方）：合肥青羽软件科技有限公司

甲方购买乙方“羽工坊”生产过程追踪管理软件，并委托乙方进行定制开发。为明确双方权利义务，经协商一致，签订本合同，双方共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“羽工坊”生产过程追踪管理软件标准版的使用许可（10个并发用户），部署于甲方自有服务器。

1.2 乙方根据甲方需求进行以下定制开发：羽毛原料入库及批次追溯、选毛/染色/修剪/粘贴/装裱各工序报工、订单排产及工序看板、成品档案及防伪溯源二维码。

1.3 乙方负责软件安装部署、基础数据初始化以及对甲方操作人员的现场培训。现场培训为期2日，培训对象不超过10人，超出部分另行收费。

1.4 软件功能以乙方产品说明书及双方签字确认的需求确认单为准。需求确认单签字后，乙方按其进行开发，未列明的功能不属于本合同范围。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾贰万元整（¥420,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 羽工坊标准版软件许可（10用户） | 168,000 |
| 2 | 定制开发（追溯、报工、排产、看板、溯源码） | 214,000 |
| 3 | 安装部署及培训 | 38,000 |
| | 合计 | 420,000 |

2.2 合同金额包含增值税，如遇国家税率调整，按调整后的税率结算。上述金额不含甲方服务器、网络设备、扫码枪、标签打印机等硬件，如需乙方代购，另行计价。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即¥273,000。乙方收到该款项后启动开发工作。

3.2 软件安装部署完成后5个工作日内，甲方支付合同剩余款项¥147,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和服务。

3.4 甲方支付款项前，乙方向甲方开具等额的增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成开发并安装部署。因甲方需求变更、资料提供不及时或现场条件不具备导致的延误，交付期限相应顺延。

4.2 甲方需求变更超出需求确认单范围的，乙方另行报价，双方签订补充协议。

4.3 甲方应在乙方进场前准备好服务器、网络环境、操作系统及数据库软件，并提供原料、工序、产品等基础资料；因甲方准备不足造成的延误，乙方不承担责任。

4.4 软件由乙方工程师现场或远程安装部署，同时向甲方提供用户手册电子版。

4.5 甲方延迟提供安装环境超过30日的，视为软件已交付，甲方应支付全部款项。

## 第五条 验收

5.1 软件安装部署完成并可登录使用，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在安装部署后3日内以书面形式提出，逾期未提出的视为无异议。

## 第六条 售后服务

6.1 自安装部署完成之日起，乙方提供三个月免费维护服务，内容包括软件问题修复和电话、远程技术支持。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，按乙方当年公布的服务价格标准另行签订服务协议并支付服务费。

6.3 对于导致系统无法使用的紧急故障，乙方在接到甲方通知后12小时内响应，并尽快安排处理；一般问题在3个工作日内答复。

6.4 因甲方操作不当、擅自修改程序、硬件故障或病毒感染造成的问题，不属于免费维护范围。

6.5 维护服务以电话和远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

6.6 免费维护期内乙方提供标准版软件的小版本升级；大版本升级及定制功能的适配需另行收费。

## 第七条 知识产权

7.1 “羽工坊”软件及乙方为本合同进行定制开发所形成的全部程序、源代码、数据库设计和文档，其知识产权均归乙方所有。

7.2 甲方仅在本企业内部享有非独占、不可转让的使用权，不得复制、修改、反编译或提供给第三方使用。乙方不向甲方交付定制部分的源代码。

7.3 甲方如需获得定制部分的源代码，需另行支付源代码授权费用，具体由双方另行协商。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、工艺和生产数据归甲方所有。

8.2 乙方对其远程维护中接触的甲方数据采取加密传输、账号权限控制和操作日志记录等安全措施；因乙方原因导致数据泄露的，乙方承担相应赔偿责任，并应在获知后24小时内通知甲方。

8.3 乙方为提供远程维护，可在甲方服务器上安装远程运维工具，甲方应保持网络畅通。

8.4 甲方同意，乙方可对甲方数据进行脱敏处理后，用于产品改进、行业工艺分析及向其他客户提供行业对标报告。

## 第九条 保密

双方对在合作过程中知悉的对方技术资料、经营信息负有保密义务，未经对方同意不得向第三方泄露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。

10.2 因不可抗力、第三方软硬件或网络原因导致的延误或损失，乙方不承担责任。

10.3 乙方对甲方因使用软件而产生的间接损失、利润损失及数据丢失不承担责任。

## 第十一条 甲方的权利和义务

11.1 甲方应指定项目联系人，负责需求确认、资料提供和内部协调。

11.2 甲方应对其操作人员进行管理，妥善保管系统账号和密码。

11.3 甲方应自行做好数据备份工作，因甲方未备份导致的数据丢失，乙方不承担责任。

11.4 甲方不得将软件用于本合同约定以外的其他企业或场所。

11.5 甲方应提供适合软件运行的网络环境，并自行承担服务器、网络及第三方软件的费用。

## 第十二条 乙方的权利和义务

12.1 乙方应按合同约定完成软件安装部署和定制开发，并为甲方提供必要的技术指导。

12.2 乙方有权对软件进行版本升级，升级后的版本可能与原版本不完全兼容。

12.3 乙方有权在官网及宣传材料中将甲方列为客户案例。

12.4 乙方有权根据业务需要调整项目人员。

## 第十三条 合同解除

一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。合同解除后，乙方已完成的开发成果仍归乙方所有。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，遭受不可抗力的一方应及时通知对方，并在合理期限内提供证明，双方根据不可抗力的影响部分或全部免除责任。

## 第十五条 争议解决

本合同适用中华人民共和国法律。发生争议的，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.2 本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。

16.3 本合同附件：附件一 需求确认单；附件二 产品说明书。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：______年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Lanhai Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Caribou Ridge Software, Inc., an Idaho corporation with its principal office at 40 South Main Street, Soda Springs, Idaho 83276, United States of America (the "Vendor").
P:The Customer operates temperature-controlled warehouses in Qingdao, Jinan and Yantai and wishes to replace its warehouse management system. The Vendor develops and licenses the FrostLine warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine WMS Enterprise Edition, release 8, in object code, with its standard documentation and all updates and upgrades provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's operations, including inventory, temperature logs, customer orders and personal information of drivers and staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its three warehouses and any future warehouse in mainland China, for an unlimited number of named users.
P:2.2 The Vendor shall implement the Software, including requirements workshops, configuration of storage locations and temperature zones, migration of open inventory and master data, and user training.
P:2.3 The Vendor shall build interfaces to the Customer's ERP system, its transport management system, the temperature sensors installed in the cold rooms and the food-traceability platform required by the local market regulator.
P:2.4 The implementation plan in Annex 2 sets out the milestones. The Vendor shall complete all work for Final Acceptance within 150 days after the effective date.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,728,000, fixed and inclusive of all taxes, travel and expenses, made up of: perpetual Software licence fee CNY 1,120,000; implementation and configuration CNY 386,000; interfaces CNY 174,000; training CNY 48,000.
P:3.2 No other charge is payable for the scope described in Article 2. Changes requested by the Customer in writing shall be priced at the daily rates in Annex 3 before any work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 business days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price after the system goes live at all three warehouses and the user acceptance test is signed. Go-live and the user acceptance test are not Final Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 After go-live the system shall run in production for 45 consecutive days. During that period there shall be no Severity 1 incident, every interface shall exchange data without unreconciled errors, and inventory on hand in the Software shall match the physical count of a sample of no less than 2,000 locations.
P:5.2 Performance shall meet the following criteria: label printing within 2 seconds; wave release for 3,000 order lines within 60 seconds; and all functions listed in Annex 1 tested and passed.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall issue a written Final Acceptance certificate within 10 business days. Use of the system in production, payment or the passing of time shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for 24 months from Final Acceptance. During the warranty period the Vendor shall correct all defects, supply all updates and upgrades, and provide support free of charge.
P:6.2 Severity 1 incidents (warehouse operations stopped or temperature alarms not processed) shall receive a response within 1 hour, 24 hours a day, and a workaround within 6 hours. Severity 2 incidents shall receive a response within 2 business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay a service credit of CNY 1,000, set off against the next payment or paid on demand.
P:6.4 After the warranty period, the Customer may order annual support. The annual support fee shall be 11% of the Software licence fee, namely CNY 123,200 per year, and shall not be increased for the first three support years. Support renews only on the Customer's written order.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with each release. The Customer may use, modify and license the Custom Deliverables freely, also through third parties.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose, whether or not anonymised or aggregated.
P:8.2 The Vendor shall access production systems only remotely through the Customer's VPN with multi-factor authentication, with per-session approval and logging. Customer Data shall not be transferred outside mainland China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in its remediation, and be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 2.4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of intellectual property, personal injury, or fraud and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Vendor remains responsible for approved subcontractors as for its own staff.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within 20 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance, the Vendor shall refund all amounts paid for work not accepted and deliver all work in progress.
H:Article 13 Customer Obligations
P:13.1 The Customer shall provide the Vendor with timely access to its sites, key users, test data and existing system documentation, provide the servers, databases and network described in Annex 2, and appoint a project manager authorised to take decisions on its behalf.
P:13.2 Where the Customer fails to perform these obligations and this delays the project, the dates in Annex 2 shall be extended accordingly, and the Vendor shall promptly inform the Customer in writing of the cause and expected effect of the delay.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Idaho, United States of America, without regard to its conflict-of-laws rules.
P:15.2 Any dispute arising out of this Agreement shall be resolved by the state courts located in Caribou County, Idaho, or the federal courts of the District of Idaho, and the parties submit to their jurisdiction.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Implementation Plan) and Annex 3 (Rate Card), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese; both versions are equally authentic. Notices shall be given in writing to the addresses stated above.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: TRAINLY LEARNING PLATFORM

**Order Form No. TL-OF-27-0092**

Provider: Juniper Basin Learning Systems LLC, 59 North Main Street, Malad City, Idaho 83252, USA ("Provider")

Customer: Chengdu Hongwei Catering Management Co., Ltd., Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A: ORDER FORM

### A1. Subscribed Service

Trainly Learning Platform, Enterprise plan, hosted for Customer in a mainland China cloud region: course authoring, mobile learning app, exams and certificates, food-safety compliance tracking, store-manager dashboards and single sign-on with Customer's WeCom directory.

### A2. Subscription Term

24 months from the Service Start Date. The Service Start Date is the date on which Customer confirms completion of onboarding under A5. The Subscription Term ends at the end of month 24 unless the parties sign a new Order Form.

### A3. Fees

| Item | Basis | Quantity | Annual fee (CNY) | Total (CNY) |
|---|---|---|---|---|
| Enterprise subscription, Year 1 | per active learner | 600 | 216,000 | 216,000 |
| Enterprise subscription, Year 2 | per active learner | 600 | 216,000 | 216,000 |
| Onboarding and content migration | one-time | 1 | n/a | 38,000 |
| **Total Fees** | | | | **470,000** |

Additional learners above 600 are charged at CNY 360 per learner per year, pro rata, and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer confirms completion of onboarding under A5.

(b) Each year's subscription fee is invoiced at the start of that subscription year and is payable within 30 days after the invoice date.

(c) All amounts are in CNY and include VAT. Provider will issue a valid PRC VAT invoice through its authorised local reseller.

### A5. Onboarding and Acceptance

Provider will complete onboarding within 45 days after signature. Onboarding is complete when: (i) 600 learner accounts are synchronised from WeCom with correct store and role; (ii) the 85 existing courses and their exam banks are migrated and play correctly on iOS, Android and desktop; (iii) completion records for the last two years reconcile with Customer's export; and (iv) a pilot with 3 stores runs for 10 days without a blocking defect. Customer will confirm completion in writing within 5 business days, or list the criteria not met. Use of the pilot is not acceptance. If onboarding is not complete within 45 days for reasons attributable to Provider, Provider will pay 0.08% of the Total Fees per day of delay.

### A6. Special Terms

Customer's named administrators: Training Department, Head Office. Language of the Service: Simplified Chinese and English. Customer may move learners between stores and roles at any time without charge. Provider will run two live administrator training sessions of two hours each during onboarding and provide a recording for later use. Learners at Customer's franchised stores may be added as authorised users within the 600 learners.

## PART B: GENERAL TERMS

### 1. Provision of the Service

1.1 Provider will make the Service available to Customer's authorised users during the Subscription Term in accordance with this Agreement and the documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to schedule maintenance outside Customer's business hours. Provider does not commit to any specific availability level.

1.3 Support is provided by email and through the help centre on business days, 9:00 to 18:00 Beijing time. Provider will use reasonable efforts to answer support requests promptly but does not guarantee any response or resolution time.

1.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the content it uploads and for the conduct of its users.

2.2 Customer will keep its administrator credentials secure and notify Provider promptly of any unauthorised use.

2.3 Customer will designate up to five administrators who will be Provider's contact points for support requests.

### 3. Customer Data

3.1 "Customer Data" means all content, learner records, exam results and personal information that Customer or its users submit to the Service. As between the parties, Customer owns Customer Data.

3.2 Customer grants Provider a licence to process Customer Data to provide the Service. Customer also agrees that Provider may compile aggregated and de-identified data derived from Customer Data and from Customer's use of the Service, and may use such data during and after the Subscription Term to improve its products, build industry benchmarks and publish training insights.

3.3 On expiry or termination Provider will make Customer Data available for export for 30 days and will then delete it.

### 4. Security

4.1 Provider will maintain administrative, physical and technical safeguards for Customer Data, including encryption in transit and at rest, role-based access, logging and annual penetration tests. Customer Data is stored in mainland China.

4.2 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take prompt steps to contain it, and bear the losses caused by its failure to comply with this Section 4.

### 5. Intellectual Property

5.1 Provider owns the Service and all related software.

5.2 Courses, exam banks, certificates and other materials created by or for Customer, including the migrated and newly designed course templates produced during onboarding, belong to Customer, which may use, modify and license them freely.

### 6. Confidentiality

Each party will protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties, except to its employees and contractors who need to know it and are bound by similar duties. This obligation lasts for three years after the Agreement ends.

### 7. Liability

7.1 Neither party is liable for indirect or consequential losses, lost profits or lost data, except for breach of Section 4 or Section 6.

7.2 Each party's total liability under this Agreement is limited to two times the Total Fees.

### 8. Subcontracting

Provider will not subcontract the Service or any part of it without Customer's prior written consent, except for the hosting provider named in the documentation, which Customer approves by signing this Order Form.

### 9. Term and Termination

9.1 This Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice. If Customer terminates for Provider's breach, Provider will refund the fees paid for the period after termination.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 11. Warranties

11.1 Provider warrants that the Service will perform materially in accordance with the documentation and that it will not materially reduce the functionality of the Service during the Subscription Term.

11.2 If the Service does not conform to this warranty, Provider will correct the nonconformity promptly after Customer's written report. If Provider cannot do so within 30 days, Customer may terminate this Agreement and receive a refund of the fees paid for the period after termination.

11.3 Each party warrants that it has the authority to enter into this Agreement and that its performance will comply with the laws applicable to it, including PRC laws on personal information.

### 12. Acceptable Use

12.1 Customer will not use the Service to store or distribute unlawful content, attempt to gain unauthorised access to the Service or its networks, or interfere with its operation.

12.2 Customer will not copy, resell or reverse engineer the Service, or make it available to anyone other than its own employees, franchisees and contractors who are authorised users.

### 13. Fees and Taxes

13.1 The fees in the Order Form are fixed for the Subscription Term. Provider will not increase them during the Subscription Term.

13.2 If Customer does not pay an undisputed invoice within 30 days after a written reminder, Provider may suspend the Service after giving 10 days' further notice. Provider will restore the Service promptly once payment is received.

### 14. Force Majeure

Neither party is liable for any delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, network failures of public carriers or government action, provided that the affected party gives prompt notice and uses reasonable efforts to resume performance.

### 15. General

15.1 Notices must be in writing and sent to the addresses above.

15.2 Neither party will use the other party's name or logo in publicity without its prior written approval.

15.3 This Agreement is the entire agreement of the parties about its subject matter and replaces all prior proposals.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. GXZY-EQ-2027-027
P:Buyer: Guangxi Zhiyuan Paper Co., Ltd., Qinzhou, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Snake River Sensing Corp., 2860 Pocatello Avenue, American Falls, Idaho 83211, USA (the "Supplier")
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two paper machines and its pulp line. The Supplier manufactures wireless condition-monitoring sensors and licenses the RiverWatch monitoring software. This Contract is made on the Buyer's standard form for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 420 wireless vibration and temperature sensors, 24 wireless gateways, and a perpetual licence of the RiverWatch monitoring software for installation on the Buyer's own servers.
P:1.2 The Supplier shall configure alarm thresholds for each monitored asset, connect the software to the Buyer's distributed control system and maintenance management system, and train the Buyer's reliability engineers and maintenance staff.
P:1.3 The detailed equipment list, mounting points and functional requirements are set out in Schedule 1, which forms part of this Contract.
P:1.4 The Supplier shall deliver, in Chinese and English, installation drawings, a mounting-point register, the software administration manual, user manuals and a spare-parts list, no later than the start of commissioning.
P:1.5 Training shall cover at least five days on site for up to 20 participants, so that the Buyer's staff can replace sensors and batteries, add new assets, adjust alarm limits and read the diagnostic reports without the Supplier's assistance.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,760,000, fixed, including delivery DDP to the Buyer's mill, import duties, VAT, installation, commissioning, training and support during the warranty period. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|2,350|987,000
TB:2|Wireless gateway|24|9,800|235,200
TB:3|RiverWatch monitoring software, perpetual licence|1|368,000|368,000
TB:|Hardware and licence subtotal|||1,590,200
TB:4|Installation, configuration and commissioning|1 lot|142,000|142,000
TB:5|Training|1 lot|27,800|27,800
TB:|Total Contract Price|||1,760,000
P:2.2 The Supplier shall not charge any amount beyond the Contract Price for the scope described in this Contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after signature and receipt of an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after delivery of all equipment to site and signature of the delivery receipt. The delivery receipt confirms quantities only and is not acceptance of quality.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 70 days after signature and complete installation and commissioning within 40 days after delivery, working around the Buyer's scheduled machine shutdowns.
P:4.2 The Supplier's staff on site shall follow the Buyer's safety rules, including lock-out procedures, permits for work at height and the use of protective equipment.
P:4.3 The equipment shall be new, of current production and packed for sea and road transport. Each box shall be marked with the contract number and item number, and the delivery shall include certificates of origin and of conformity and the factory test report of each sensor.
P:4.4 The Supplier shall keep spare sensors, gateways and batteries in stock in China and shall make them available to the Buyer for at least eight years after Final Acceptance.
P:4.5 The Buyer shall provide the Supplier with access to the machines during scheduled shutdowns, power and network connections for the gateways, the server environment described in Schedule 1 and a contact person for each area of the mill.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the software at its configured interval for 30 consecutive days without any gap longer than two hours; (b) readings of 20 sensors chosen by the Buyer match a calibrated portable analyser within 5%; (c) the alarm workflow creates work orders in the maintenance management system correctly in a test of 50 simulated alarms; and (d) all functions in Schedule 1 are tested and passed.
P:5.2 The Buyer shall issue a Final Acceptance certificate within 10 business days after the criteria are met, or state in writing which criteria are not met. Installation, operation of the system or payment does not constitute acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the equipment and software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge within 10 days, correct software defects and provide software updates.
P:6.2 After the warranty period the Buyer may order annual support at 7.5% of the hardware and licence subtotal, namely CNY 119,265 per year. This fee is fixed for the first two support years. Support is ordered year by year and does not renew automatically.
P:6.3 Parts replaced under warranty are warranted for the remainder of the warranty period or for six months after replacement, whichever ends later.
H:7. Service Levels
P:7.1 Faults are classified as follows, and the Supplier shall meet the response and restoration times below during the warranty period and any support year:
TB:Priority|Description|Response|Restoration
TB:P1|Software down, or more than 10% of sensors of one machine not reporting|2 hours|8 hours
TB:P2|Single gateway or up to 10 sensors not reporting|8 hours|3 business days
TB:P3|Questions and minor defects|2 business days|next release
P:7.2 For each hour by which a P1 response or restoration time is missed, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or paid on demand.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the RiverWatch software and the sensor firmware and grants the Buyer a perpetual licence to use them.
P:8.2 Alarm configurations, asset models, integration scripts and reports created for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Protection and Security
P:9.1 All measurement data, asset information and production data collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose.
P:9.2 The system shall store all data on the Buyer's servers in China. Remote support is allowed only through the Buyer's VPN with individual accounts, per-session approval and logging. The Supplier shall keep its firmware and software free of known vulnerabilities and provide security patches during the warranty period.
P:9.3 The Supplier shall not connect the system to any cloud service or external network without the Buyer's prior written approval.
P:9.4 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, assist in remediation, and be liable for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Contract.
H:11. Liquidated Damages
P:11.1 If the Supplier delays delivery or completion of commissioning for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work. The Buyer may deduct liquidated damages from any payment due to the Supplier.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or commissioning without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages reach their maximum.
P:13.2 On termination the Supplier shall refund amounts paid for equipment or services not accepted and remove any equipment the Buyer rejects.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its reasonable control, such as a natural disaster, an epidemic or a government measure, shall notify the other party within 5 days and shall be excused to the extent of the event. If the event lasts more than 60 days, the parties shall agree how to proceed, and either party may terminate the affected part of this Contract.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 Notices shall be in writing and delivered to the addresses stated above. Amendments to this Contract are valid only if made in writing and signed by both parties.
P:16.2 This Contract is signed in English and Chinese, both versions being equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

**Agreement No. MEUS-2027-HZ-05**

**Customer:** Hangzhou Xinlu Supply Chain Co., Ltd., Hangzhou, Zhejiang, People's Republic of China ("Customer")

**Provider:** Minidoka Technology Services, Inc., 1200 Overland Avenue, Burley, Idaho 83318, USA, acting through its Shanghai branch office ("Provider")

**Background.** Customer runs a head office, 14 distribution centres and 2 transport hubs in East China with about 1,900 computer users. Customer wishes to outsource its service desk, desktop support and device lifecycle management to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that transition is complete under Section 4.

1.3 "Service Levels" means the performance measures in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or accesses in performing the Services.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 at all Customer sites listed in it, with the staffing levels stated there.

3.2 Provider shall keep an up-to-date asset register of all end-user devices, update it within one business day after each change, and give Customer read access to it at all times.

3.3 Provider shall deliver a monthly service report by the fifth business day of each month, showing ticket volumes, Service Level performance, recurring incidents and improvement actions.

3.4 Provider shall follow Customer's change management procedure for any change to devices or accounts that may affect more than one user, and shall record each change in the service desk tool.

## 4. Transition

4.1 Provider shall complete transition within 60 days after signature, including knowledge transfer from Customer's current team, set-up of the service desk tooling, creation of the asset register and documentation of all standard operating procedures.

4.2 Transition is complete when: (a) the service desk has handled all tickets for 15 consecutive business days in shadow mode with first-contact resolution of at least 65%; (b) the asset register reconciles with a physical audit of three sites selected by Customer; and (c) all procedures listed in Schedule 1 are documented and approved by Customer. Customer shall confirm completion or list the failed criteria within 5 business days.

4.3 If transition is not complete within 60 days for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,190,000.

5.2 The transition charge is invoiced after the Service Commencement Date. Monthly service charges are invoiced monthly in arrears and are payable within 30 days after receipt of a correct invoice.

5.3 Service credits under Schedule 3 are deducted from the next monthly invoice.

## 6. Service Levels

6.1 Provider shall meet the Service Levels in Schedule 3. Service credits are a price adjustment and do not limit Customer's other remedies for persistent failure.

6.2 If Provider misses the same Service Level in three consecutive months, Provider shall present a remediation plan within 10 business days and carry it out at its own cost.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, including analytics or product development.

7.2 At the end of the Term Provider shall return all Customer Data and documentation in its possession to Customer.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools, methods and know-how.

8.2 Knowledge articles, scripts, device images, procedures and reports produced for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including for a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party obtained in connection with this Agreement and shall use it only for this Agreement.

9.2 A party may disclose such information to its employees and professional advisers who need to know it, provided they are bound by confidentiality obligations no less strict than this Section 9. This Section survives for five years after the end of this Agreement.

## 10. Personnel and Subcontractors

10.1 Provider shall assign a dedicated service delivery manager and keep the on-site engineers named in Schedule 1 for at least the first six months of the Term unless Customer agrees otherwise.

10.2 Provider may use subcontractors for field support at the distribution centres and transport hubs, and for device logistics and repair, provided that it notifies Customer in writing of each subcontractor before the subcontractor starts work. Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term.

11.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 9.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the P1 resolution Service Level in four months within any period of six consecutive months.

12.2 On expiry or termination Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, so that the Services can be transferred to Customer or a successor provider without interruption.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 14. Customer Responsibilities

14.1 Customer shall give Provider's staff access to its sites, desks, storage space for spare devices and the administration rights needed to perform the Services.

14.2 Customer shall inform Provider in advance of planned office moves, new sites and major software roll-outs, so that Provider can plan its staffing.

14.3 Customer remains responsible for purchasing devices and software licences, unless the parties agree otherwise in a change order.

## 15. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, provided that it notifies the other party promptly and uses reasonable efforts to continue the Services, including through remote support. Charges for Services not performed are suspended for the duration of the event.

## 16. General

16.1 Notices must be in writing and sent to the addresses above.

16.2 Changes to the scope, sites or staffing levels are made by a written change order signed by both parties and priced at the rates in Schedule 2.

16.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1: Services and Staffing

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, WeCom and portal tickets in Chinese and English for about 1,900 users | Monday to Saturday, 7:00 to 22:00 |
| On-site support | 4 engineers at head office, 1 roving engineer per region for the distribution centres and hubs | Business days, 8:30 to 17:30 |
| Device lifecycle | Imaging, deployment, moves and changes, repair coordination, end-of-life disposal of about 2,300 PCs, scanners and printers | Business days |
| Account administration | Password resets, directory accounts, mailbox and access requests | Same hours as service desk |
| Standard procedures | Onboarding and offboarding of staff, new site set-up, major incident communication | As required |

## Schedule 2: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-time, invoiced after Service Commencement Date | 84,000 |
| Monthly service charge | 36 months at CNY 58,500 | 2,106,000 |
| Total charges for the Term | | 2,190,000 |
| Additional on-site engineer days | Per day, on Customer's written request | 1,800 |
| Exit assistance | Per day, after expiry or termination | 2,200 |

## Schedule 3: Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed in a month |
|---|---|---|---|---|
| P1 | A site, a warehouse system workstation cluster or a senior executive unable to work | 30 minutes | 6 hours | 3% of the monthly service charge |
| P2 | A single user unable to work, or a group degraded | 1 hour | 1 business day | 2% of the monthly service charge |
| P3 | Service requests and minor faults | 8 business hours | 3 business days | 1% of the monthly service charge |
| Satisfaction | Average user survey score of at least 4.2 out of 5 | | monthly | 1% of the monthly service charge |

Total service credits in any month are limited to 12% of that month's service charge.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. PRL-CN-0271

Provider: Priest Lake Timber Analytics, Inc., 312 High Street, Priest River, Idaho 83856, USA ("Provider")
Subscriber: Zhangjiagang Huamu Timber Import & Export Co., Ltd., Zhangjiagang, Jiangsu, People's Republic of China ("Subscriber")

This Agreement sets out the terms on which Provider supplies its North American log and lumber market data to Subscriber through a data feed and an application programming interface (API).

1. DEFINITIONS

1.1 "Data" means the price assessments, sawmill and export volume statistics, freight indices, mill production reports and related content that Provider makes available through the Service.

1.2 "Service" means Provider's TimberIndex data feed, the REST API, the web dashboard and the related documentation.

1.3 "Subscription Year" means each consecutive year-long period starting on the Start Date or on an anniversary of it. This Agreement covers two Subscription Years.

1.4 "Start Date" means the date on which Subscriber confirms integration acceptance under clause 4.

1.5 "Subscriber Data" means the queries, watch lists, portfolio and contract information, user details and other data that Subscriber submits to the Service.

1.6 "Business Day" means a day on which banks are open in both Beijing and New York.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Subscriber, for the term of this Agreement, a non-exclusive, non-transferable licence to access the Service and to use the Data for its internal business purposes, including pricing, purchasing and risk management, by up to 25 named users and 3 system integrations.

2.2 Subscriber may include extracts of the Data in internal reports and in reports to its banks and auditors, with attribution to Provider. Subscriber shall not resell the Data or publish it in bulk.

2.3 The API allows up to 200,000 calls per month. Calls above that volume are charged at CNY 0.35 per call and are not part of the Total Fees.

2.4 Subscriber may replace named users at any time by notice through the dashboard.

2.5 Provider will give Subscriber at least 60 days' notice before discontinuing any subscribed price series and will offer a comparable replacement series where one is available.

3. FEES AND PAYMENT

3.1 The fees are as follows: subscription fee CNY 286,000 for each Subscription Year, CNY 572,000 for the two Subscription Years; one-time integration support fee CNY 26,000. The Total Fees are CNY 598,000.

3.2 The integration support fee is invoiced after integration acceptance under clause 4. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice date.

3.3 All amounts are in CNY, inclusive of applicable taxes.

3.4 Invoices will be issued by Provider's authorised distributor in China, which will issue a PRC VAT invoice to Subscriber.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, the historical data load from January 2015 and integration support within 30 days after signature.

4.2 Integration acceptance requires that: (a) the historical load is complete for all 46 subscribed price series with no missing weekly observation; (b) the API returns the daily price series to Subscriber's procurement system for 10 consecutive business days without error; and (c) the dashboard is available to all named users in Simplified Chinese. Subscriber shall confirm acceptance in writing within 5 business days or list the failed criteria.

4.3 If Provider fails to deliver the items in clause 4.1 on time for reasons attributable to it, Provider shall pay Subscriber CNY 500 for each day of delay.

4.4 Provider will provide a named integration engineer during the integration period, together with API documentation and sample code in English and Chinese.

5. SERVICE LEVELS

5.1 The API and the dashboard will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and carried out on weekends.

5.2 Provider will publish daily price assessments by 08:00 Beijing time on each business day.

5.3 Priority 1 incidents (API or feed unavailable, or data for a business day missing) will receive a response within 1 hour and a fix or workaround within 6 hours, at any time.

5.4 If monthly availability falls below the commitment in clause 5.1, or a Priority 1 response is late, Subscriber will receive a service credit of 5% of one month's share of the subscription fee for each such failure, up to 25% in any month, deducted from the next invoice.

5.5 Provider will report monthly on availability, Priority 1 incidents, publication times and any data corrections made in the month.

5.6 Provider shall maintain a status page showing the current state of the API and the feed and the history of incidents over the last 90 days.

6. INTELLECTUAL PROPERTY

6.1 Provider owns the Data, the Service and all related intellectual property.

6.2 The custom data mappings, conversion tables and field definitions that Provider prepares to connect the Service to Subscriber's procurement system belong to Subscriber, which may use, modify and license them freely.

7. SUBSCRIBER DATA AND SECURITY

7.1 Subscriber Data belongs to Subscriber. Provider shall use it only to provide the Service to Subscriber and shall not use it to produce Data, analytics or products for anyone else, whether or not it is aggregated or anonymised.

7.2 Provider shall protect Subscriber Data with encryption in transit and at rest, access controls limited to named support staff, logging of all access and annual independent security audits.

7.3 Provider shall notify Subscriber within 24 hours after becoming aware of any unauthorised access to Subscriber Data, take all reasonable steps to contain it, and be liable for losses caused by its failure to comply with this clause 7.

7.4 Provider shall store Subscriber Data in data centres located in mainland China or, with Subscriber's written consent, in another location permitted by law.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including Subscriber's purchasing volumes and contract prices, and use it only for this Agreement. This obligation continues for three years after the Agreement ends. Provider may name Subscriber as a customer only with Subscriber's prior written consent.

9. LIABILITY

9.1 Provider does not warrant that the Data is free from error, but it shall compile the Data with the care expected of a professional market-data publisher and correct errors promptly once identified.

9.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the subscription fees paid by Subscriber in the three months preceding the event giving rise to the claim.

9.3 Subscriber remains responsible for the business decisions it takes using the Data.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

10.2 This Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year. Provider may increase the subscription fee for any renewal year by giving Subscriber 90 days' notice before the renewal date.

10.3 This Agreement may not be terminated by Subscriber before the end of the current Subscription Year. Provider may suspend access if an invoice remains unpaid 30 days after its due date.

10.4 On expiry Subscriber shall stop using the Service, and Provider shall delete Subscriber Data within 30 days after making it available for export.

11. SUBCONTRACTING AND ASSIGNMENT

Provider shall not subcontract the operation of the Service or its support without Subscriber's prior written consent, and neither party may assign this Agreement without the other party's consent.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. DATA CORRECTIONS AND METHODOLOGY

13.1 Provider publishes its price assessment methodology on its website and will notify Subscriber at least 30 days before any material change to it.

13.2 Where a published value is found to be wrong, Provider will publish the corrected value, flag the correction in the API, and notify Subscriber's named users by email within one Business Day.

14. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public networks or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance as soon as possible.

15. COMPLIANCE

Each party shall comply with the anti-bribery, export control and sanctions laws applicable to it. Provider confirms that the Data does not contain personal information. Subscriber shall not use the Data in breach of applicable law.

16. GENERAL

16.1 Notices shall be in writing and sent to the addresses above.

16.2 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

16.3 This Agreement is made in English; a Chinese translation is provided for convenience only.

SIGNED for Provider: ____________________
SIGNED for Subscriber: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format, language, category)
TARGETS = {
    "z01": ("h1050z01_emergency_bureau_safety_enforcement_platform.pdf", "pdf", "zh", "software"),
    "z02": ("h1050z02_toothbrush_head_line_control_retrofit.docx", "docx", "zh", "hardware"),
    "z03": ("h1050z03_skateboard_school_booking_saas.txt", "txt", "zh", "cloud"),
    "z04": ("h1050z04_streetlight_monitoring_annual_om.txt", "txt", "zh", "services"),
    "z05": ("h1050z05_feather_painting_tracking_supplier_template.md", "md", "zh", "software"),
    "e01": ("h1050e01_cold_chain_wms_perpetual_licence.pdf", "pdf", "en", "software"),
    "e02": ("h1050e02_learning_platform_saas_order_form.md", "md", "en", "cloud"),
    "e03": ("h1050e03_paper_mill_condition_monitoring_sensors.docx", "docx", "en", "hardware"),
    "e04": ("h1050e04_managed_end_user_services_36_months.md", "md", "en", "services"),
    "e05": ("h1050e05_timber_market_data_api_subscription.txt", "txt", "en", "cloud"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
             "PRC", G], (True, True, True, False, 1630000)),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True,
             "PRC", G], (True, True, True, False, 1880000)),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, 180000 / 626000 * 100, None, True, None, None, None,
             True, True, False, "PRC", S], (True, True, None, False, 626000)),
    "z04": ([99.95, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None, False, True,
             False, None, S], (True, True, None, False, 738000)),
    "z05": ([None, 12, False, "supplier", True, False, True, None, None, 65, False, False, 3, None, False, True,
             None, "PRC", G], (True, False, False, True, 420000)),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
             "Idaho", G], (True, True, True, False, 1728000)),
    "e02": ([None, None, False, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, False, True,
             False, "PRC", S], (False, True, None, False, 470000)),
    "e03": ([None, 2, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7.5, False, True, False,
             "PRC", G], (True, True, True, False, 1760000)),
    "e04": ([None, 0.5, True, "buyer", False, True, True, 2000 / 2190000 * 100, 150, None, True, None, None, None,
             False, True, True, "PRC", S], (True, True, None, False, 2190000)),
    "e05": ([99.95, 1, True, "buyer", True, True, True, 500 / 598000 * 100, 3 / 24 * 100, None, True, None, None,
             None, True, False, False, "PRC", S], (True, True, None, False, 598000)),
}
# TCO inputs for goods_or_licence drafts with a fixed post-warranty fee: itemised licence / hardware subtotal
TCO_BASE = {"z01": 820000, "z02": 1682000, "e01": 1120000, "e03": 1590200}
# forum outside mainland China (not a label key)
FOREIGN_FORUM = {"e01"}
# design list: the rules each draft was written to trigger
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
                 "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (§3 defaults)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def tco_share(key, t, value):
    if key not in TCO_BASE or t["post_warranty_fee_pct"] is None:
        return None
    fee = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to the labels."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------
# threshold figures in text
NUM_L = r"(?<![\d.,])"
CN_DIG = "零一二三四五六七八九十点"
PATTERNS = [
    r"99\.90*(?!\d)",
    NUM_L + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|-hour)", r"(?<![\d一二三四五六七八九十])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*(?:business\s+|clock\s+)?hours?\b", NUM_L + r"4\s*business\s*hours",
    NUM_L + r"0\.050*\s*[%％]", r"万分之五(?![" + CN_DIG + "])", r"千分之零点五", NUM_L + r"0\.050*\s*per\s*cent",
    NUM_L + r"100\s*[%％]", r"百分之(?:一)?百(?![" + CN_DIG + "])", r"\bone\s+hundred\s+per\s*cent",
    NUM_L + r"30\s*[%％]", r"百分之三十(?![" + CN_DIG + "])", r"\bthirty\s+per\s*cent", NUM_L + r"30\s*per\s*cent",
    NUM_L + r"15\s*[%％]", r"百分之十五(?![" + CN_DIG + "])", r"\bfifteen\s+per\s*cent", NUM_L + r"15\s*per\s*cent",
    NUM_L + r"40\s*[%％]", r"百分之四十(?![" + CN_DIG + "])", r"\bforty\s+per\s*cent", NUM_L + r"40\s*per\s*cent",
    r"(?<![\d.,年])12\s*(?:个\s*)?月(?!\s*\d{1,2}\s*日)", r"(?<![\d一二三四五六七八九十])十二\s*个?\s*月", NUM_L + r"12[\s-]*(?:calendar\s*)?months?\b",
    r"\btwelve[\s-]*(?:calendar\s*)?months?\b", r"(?:质保|保修|维护)期?(?:为)?(?:一|1)\s*年(?!度)",
    r"\b(?:one|1)[\s-]*year\s+warranty\b", r"warranty\s+(?:period\s+)?of\s+(?:one|1)\s+year\b",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "a 4-hour response",
            "4 business hours", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十",
            "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months", "twelve months",
            "twelve calendar months", "质保期一年", "one-year warranty", "40％", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之八", "万分之二", "150%", "130%",
             "百分之三十五", "35%", "25%", "2 hours", "6小时", "36个月", "36 months", "112 months", "0.15%",
             "215%", "服务年度", "十四小时", "2027年12月31日", "2.4 hours", "1,100%", "4 engineers", "Clause 4. Hours"]


def selftest():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    report = []
    for k, (name, fmt, lang, cat) in TARGETS.items():
        vals, (sla, ld, capped, deemed, value) = LABELS[k]
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        # no label value on a threshold
        for tk, th in TH.items():
            assert t[tk] is None or abs(t[tk] - th) > 1e-9, (k, tk, t[tk])
        share = tco_share(k, t, value)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (k, share)
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if not rules or set(rules) <= LOW else "low"))
        assert risk == EXPECTED_RISK[k], (k, risk)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (k, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])
        report.append((k, n, lo <= n <= hi, share, rules))
    for k, n, ok, share, rules in report:
        print(k, n, "OK" if ok else "OUT OF RANGE", "tco=%.1f" % share if share is not None else "", rules)
    assert all(ok for _, _, ok, _, _ in report), "length out of range"
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    counts = [len(DESIGN[k]) for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert 8 <= len(DESIGN["z05"]) <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
