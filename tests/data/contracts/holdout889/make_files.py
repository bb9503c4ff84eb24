"""holdout889: builds the ten draft contracts of this blind held-out set from the sources below, writes their .json
labels and asserts the checks of the brief (lengths, threshold scan, derived rules, coverage).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市体育局室内乐园与蹦床馆监管平台采购合同
P:合同编号：TYJ-ZFCG-2027-016　项目名称：室内乐园与蹦床馆安全监管平台建设项目（政府采购）
P:甲方（采购人）：某市体育局　乙方（供应商）：江苏衡岳智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方在平等自愿的基础上，就甲方采购室内乐园与蹦床馆监管平台软件许可及定制开发事宜，订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“场馆安全监管平台”软件永久使用许可一套，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求进行定制开发，包括：场馆备案与年检管理、蹦床设施安全巡检、客流与容量预警、投诉处置闭环、移动端执法检查、监管驾驶舱及与市场监管、应急管理平台的数据接口。
P:1.3 乙方负责系统部署、历史场馆台账导入、联调测试、试运行保障和用户培训，直至项目最终验收合格。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾万元整（¥1,700,000），其中：平台软件许可费¥860,000；定制开发费¥690,000；实施及数据对接费¥128,000；培训费¥22,000。
P:2.2 合同总价为固定总价，已包含软件许可、开发、实施、培训、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的等额发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于一百五十日内完成试运行并提交最终验收申请。
P:4.2 乙方应按周向甲方报告进度。甲方提出的需求变更经双方书面确认后执行，涉及工期或费用调整的另行签订补充协议。
P:4.3 乙方应为本项目配备项目经理一名、开发工程师不少于六名，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换。人员更换的，接替人员的资历不得低于原人员。
P:4.4 乙方应在系统上线前对各区县体育主管部门及场馆管理员分批开展操作培训，培训不少于八场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与市场监管、应急管理平台接口连续运行七日无数据丢失；历史台账导入后逐条核对无差异；在五百个并发用户下，常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行六十日内无一级故障；第三方机构出具的网络安全等级保护测评及密码应用安全性评估无高风险项；用户手册、源代码、接口文档等交付资料齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级响应：一级故障（平台整体不可用或数据接口中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一个工作日内处理。
P:6.3 乙方未达到响应或恢复时限的，每超时一小时扣减服务费用¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，从甲方应付款项中直接扣除。
H:第七条 质保及后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持。
P:7.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告和安全加固建议；遇国家或本市重大活动期间，乙方应安排工程师现场值守。
P:7.3 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内保持不变，维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的功能模块、数据接口程序、监管驾驶舱及相关源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行取得乙方许可。
P:8.3 乙方保证其交付成果不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台采集、存储的场馆信息、巡检记录、投诉信息及游客个人信息等数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等措施，运维操作须经甲方堡垒机进行，不得将数据复制到甲方系统以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成部署或提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方未履行质保义务或服务水平承诺，经甲方书面通知后仍不改正的，甲方有权委托第三方代为履行，所需费用由乙方承担，并可从甲方应付款项中扣除。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三承担违约责任。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。乙方应按政府采购有关规定向甲方提交履约保证金，项目最终验收合格后无息退还。
P:15.2 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________　签订日期：____年__月__日
"""

Z02 = """T:豆浆机生产线控制系统改造合同
P:合同编号：DJJ-GZ-2027-031
P:甲方（买方）：浙江禾润厨房电器有限公司　乙方（卖方）：宁波启衡自动化工程有限公司
P:甲方因豆浆机总装线、电机装配线及老化测试线控制系统老旧、故障频发，委托乙方对上述生产线实施控制系统改造。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线共六个工段的控制系统改造，包括拆除原有控制柜，提供并安装新PLC控制柜、伺服驱动系统、触摸屏人机界面、工业网络设备，编写PLC程序和上位机组态画面，并与甲方现有MES系统对接。
P:1.2 改造须利用甲方春节停产期及周末分段实施，每条生产线的停线切换时间不得超过七十二小时，切换方案须经甲方生产部书面确认。
P:1.3 乙方提供的设备和软件均应为全新、原厂正品，符合国家标准及甲方技术规格书的要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾贰万元整（¥1,720,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|24套|11,500|276,000
TB:3|触摸屏人机界面|12台|8,500|102,000
TB:4|工业交换机及协议网关|1批|164,000|164,000
TB:5|组态软件及MES接口软件许可|1套|350,000|350,000
TB:|软硬件小计|||1,480,000
TB:6|安装、编程及调试|1项|216,000|216,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合同总价|||1,720,000
P:2.2 上述价格包含设备、软件、运输、安装、调试、培训、税费及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方开箱清点后，甲方支付合同总价的45%。到货清点仅确认数量和外观，不视为质量验收。
P:3.3 三条生产线全部改造完成并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款时应提供等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方工厂，于合同签订后一百二十日内完成三条生产线的改造并提交最终验收申请。
P:4.2 乙方在甲方厂区施工时应遵守甲方安全生产及食品卫生管理制度，施工人员须接受甲方入厂安全培训。
P:4.3 乙方应指定一名具有电气工程师资格的项目负责人常驻现场，负责施工组织、进度协调和安全管理。每日施工结束前，乙方应清理作业区域，恢复生产线周边卫生条件，确保不影响甲方次日正常生产。
P:4.4 切换期间乙方应保留原控制系统的可恢复状态，新系统调试失败时，应在三小时以内恢复原系统运行。
H:第五条 验收
P:5.1 每条生产线改造完成后，乙方应进行空载及带载调试，并连续生产七十二小时，节拍达到每分钟十八台，设备故障停机累计不超过三十分钟。
P:5.2 最终验收标准：各工段PLC点位逐一核对无误；MES工单下发及产量回传数据准确一致；老化测试线温度及电参数采集误差在技术规格书范围内；乙方交付电气图纸、PLC程序及组态工程文件。
P:5.3 验收由甲方生产部、设备部共同进行，并出具书面验收报告。设备安装、试生产或甲方使用均不视为验收合格。
H:第六条 质保及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件出现质量问题的，乙方免费维修或更换。
P:6.2 质保期内，一级故障（整线停机）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障8小时内响应，48小时内解决。乙方每超时一小时，向甲方支付¥800的违约金。
P:6.3 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的28%计取，即每年¥414,400，该费用在质保期满后的三年半内不作调整。维保内容包括定期巡检、备件更换、程序优化及故障抢修。
P:6.4 乙方在质保期满后至少七年内保证备品备件的供应。
P:6.5 质保期内乙方每季度对改造生产线进行一次预防性巡检，检查控制柜温升、接线端子、伺服参数及程序备份情况，巡检发现的隐患应在甲方计划停线时间内处理完毕，并向甲方提交巡检报告。
H:第七条 知识产权
P:7.1 组态软件及MES接口软件的标准产品知识产权归其权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、上位机组态画面、接口程序及相关图纸、源代码的知识产权归甲方所有，甲方可自行修改或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数、产品配方及质量检测数据均属于甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方提供的PLC、交换机及工控机应关闭不必要的端口和服务，出厂默认密码须在调试完成前全部修改并移交甲方。乙方远程维护须经甲方审批并通过甲方指定的远程接入设备进行，不得在控制系统中预留后门或未经授权的远程通道。
P:8.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对知悉的甲方工艺、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
P:9.2 乙方不得在宣传材料、案例展示或投标文件中使用甲方生产线的照片、工艺参数或产能数据。乙方应要求参与本项目的人员签署保密承诺书，并对其人员的违约行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方停线超过约定切换时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。控制柜内部配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期完成改造超过六十日，或改造后生产线经两次整改仍不能通过验收的，甲方有权解除合同。合同解除后，乙方应在甲方通知的期限内拆除其设备并恢复原控制系统，费用由乙方承担。
H:第十三条 培训
P:13.1 乙方应在验收前对甲方操作工、设备维修人员进行培训，培训内容包括设备操作、日常点检、常见故障判断与处理、程序备份与恢复，确保甲方维修人员能够独立处理一般故障。
P:13.2 乙方应提供中文操作手册、维修手册及备件清单各三套，并提供电子版。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的一方，应及时通知对方并在十日内提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十六条 其他
P:16.1 技术规格书和改造方案为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """棋院门店预约与会员管理SaaS服务合同

合同编号：YQ-SAAS-2027-008

甲方（客户）：杭州弈青文化培训连锁有限公司
乙方（服务商）：上海方圆云启软件有限公司

甲方在杭州、宁波、绍兴等地经营五子棋培训门店共三十五家。为统一管理课程预约、会员、课时消耗和家长通知，甲方订购乙方“棋院通”预约与会员管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十五家门店提供课程排期、在线预约、会员卡及课时包管理、教练排班、家长端小程序、消息通知和经营报表等功能。
2. 每家门店开通一个门店账号，门店内前台及教练账号数量不限；甲方总部开通管理账号，可查看全部门店数据。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的会员及剩余课时数据迁移、微信支付通道对接、门店人员培训。
2. 乙方为甲方定制段位晋级考核模块、课程体系配置模板及总部经营分析报表。
3. 乙方应为实施服务配备项目经理一名、实施顾问不少于三名，项目经理未经甲方同意不得更换。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，以此类推。续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，并于续期前书面通知甲方。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币9,600元，三十五家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
2. 实施费（一次性）：人民币58,000元。
3. 本合同总价为人民币730,000元。短信超出每月赠送条数的部分按实际用量另行结算，不计入合同总价。
（二）支付方式
1. 实施费在上线验收合格后十五个工作日内支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在收款前开具增值税专用发票。
（三）门店增减
1. 服务期内甲方新开门店的，按每家门店每个服务年度9,600元的标准，按该服务年度剩余天数折算后另行签订补充协议。
2. 甲方关闭门店的，应提前三十日书面通知乙方，自下一服务年度起相应减少订阅费。

四、上线与验收
（一）乙方应在合同签订后五十日内完成全部门店上线，并向甲方提交上线验收申请。
（二）验收标准：
1. 三十五家门店均可正常排课、预约、签到和消课；
2. 迁移后的会员信息、剩余课时和储值余额与甲方原系统逐条核对一致；
3. 家长端小程序预约成功后，消息通知在一分钟内送达；
4. 在两千名用户同时在线时，常用页面响应时间不超过3秒；
5. 段位考核模块及总部报表通过甲方业务测试。
（三）乙方应提交上线实施计划，按门店分三批上线，每批上线前完成门店人员培训及数据核对，上线当日安排专人远程值守，确保门店当日正常开课。
（四）甲方在收到申请后十个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改后重新提交。试用或部分门店先行使用不视为验收合格。

五、服务水平
（一）乙方保证平台月可用率不低于99.5%，计划内维护应安排在每日二十三时至次日六时，并提前两日通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级：
1. 一级故障（全部或多数门店无法预约、签到或消课）：30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单项功能不可用）：2小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障超出恢复时限的，每超时一小时按当月订阅费的2%抵扣。抵扣金额在下期订阅费中扣除，或在服务期满时退还。

六、数据安全与数据权属
（一）甲方及门店录入或产生的会员、学员、家长信息及经营数据均属于甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护第二级要求，采取加密传输、加密存储、访问控制、日志审计和每日备份等措施，并指定数据安全负责人。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的，乙方承担赔偿责任及有关法律责任。
（四）乙方不得在平台中向家长或学员推送与甲方无关的广告，不得利用甲方数据开展营销活动。
（五）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。

七、保密
双方对在合作中知悉的对方商业秘密、价格、学员信息及其他未公开资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方应要求参与本项目的员工签署保密承诺，并对其员工的泄密行为承担责任。

八、知识产权
（一）“棋院通”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的段位晋级考核模块、课程体系配置模板及总部报表的知识产权归甲方所有，甲方可自行使用、修改或授权第三方使用。

九、分包与第三方服务
乙方可将短信发送、支付对接及门店驻场培训等工作交由第三方完成，但应提前五个工作日书面通知甲方，乙方对第三方的工作承担责任。

十、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方因此遭受的全部损失，包括甲方向学员、家长承担的赔偿。
（三）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意或重大过失、违反第六条造成的损失除外。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。
（二）连续两个月月可用率低于承诺值的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。
（三）合同解除或终止后，乙方应配合甲方将数据迁移至甲方指定的系统，过渡期不超过六十日，过渡期内乙方按原标准提供服务，甲方按实际天数支付费用。

十二、甲方的义务
（一）甲方应指定总部项目联系人，协调各门店配合数据整理、系统测试和人员培训。
（二）甲方应按时提供原系统数据导出文件，并对其真实性和完整性负责。
（三）甲方应妥善保管管理账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十三、培训与支持
（一）乙方应在上线前为每家门店前台及店长提供不少于两次线上培训，为甲方总部管理人员提供一次现场培训，并提供操作手册和培训视频。
（二）服务期内乙方提供每日八时至二十二时的电话及在线客服支持，寒暑假招生高峰期间应增派专人值守，保障甲方集中排课和续费工作。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十五、其他
本合同附件包括：服务功能清单、数据迁移方案、服务水平说明。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z04 = """戏水池水质在线监测系统运维服务合同

采购方式：竞争性磋商　　项目编号：SWJ-CS-2026-119

甲方（采购人）：某市水务局
乙方（成交供应商）：江苏澄测环境科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方戏水池水质在线监测系统运维服务事宜，订立本合同。

第一条 服务对象与内容
（一）服务对象为甲方建设的戏水池水质在线监测系统，包括全市三十二处公共戏水池及水上乐园的在线监测站点、数据采集传输设备和水质监管平台。
（二）服务内容：
1. 监测站点日常巡检：开放季（每年五月至十月）每周巡检一次，非开放季每月巡检一次；
2. 余氯、pH、浊度、水温、氧化还原电位等传感器的定期校准、清洗和耗材更换；
3. 数据采集终端、通信链路及站点供电设备的维护；
4. 水质监管平台的日常运行维护、数据核查及报表编制；
5. 故障抢修和开放季重大节假日保障。
（三）乙方应配备不少于六名运维人员，其中持有环境监测相关资质的技术人员不少于三名，并设立驻市运维站点，配置运维车辆和常用备件。
（四）乙方应在服务期开始前十日内完成全部站点的交接检查，与甲方共同确认设备现状，形成交接清单并经双方签字。交接检查发现的原有设备缺陷由甲方另行处理，不计入乙方考核。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购。

第三条 合同价款
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价。其中：站点巡检维护费¥216,000；传感器校准及耗材费¥148,000；平台运行维护费¥86,000；应急保障费¥36,000。
（二）合同总价包含人工、交通、耗材、备件、税费及完成本合同服务所需的全部费用。单台传感器因老化需整机更换的，由甲方另行采购。服务期内甲方新增监测站点的，双方参照本合同单价水平协商签订补充协议。

第四条 付款方式
（一）服务费按季度支付，每季度支付¥121,500。
（二）每季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费；考核扣分的，按第七条扣减后支付。
（三）乙方请款时应提交当季运维报告和合法有效的发票。

第五条 服务水平要求
（一）故障分级：
1. 一级故障：站点数据中断、水质超标报警失灵或平台无法访问，乙方应在30分钟内响应，2小时内到场，6小时内修复；
2. 二级故障：单项参数异常或数据延迟，乙方应在2小时内响应，24小时内修复；
3. 三级问题：一般咨询或报表调整，乙方应在一个工作日内处理。
（二）开放季每个周末及法定节假日，乙方应安排专人值守监管平台，发现水质超标报警应在10分钟内电话通知甲方值班人员。
（三）乙方未达到上述时限的，每超时一小时扣减当季服务费¥300；同一站点一个月内同类故障重复发生三次以上的，每次另扣¥500。
（四）传感器校准周期为开放季每两周一次、非开放季每月一次，校准记录应在完成后三日内上传平台。
（五）乙方应于每月5日前提交上月运维月报，内容包括巡检及校准情况、故障处理、耗材消耗、水质超标报警统计和改进建议；每季度末提交季度运维报告，服务期满后提交年度运维总结。

第六条 考核与验收
（一）季度考核内容：巡检计划完成情况、校准记录是否齐全、故障是否按时修复、月报是否按时提交、甲方及戏水池管理单位的满意度。考核满分一百分，八十分以上为合格。
（二）服务期满后，甲方组织年度服务验收，验收标准为：全年季度考核均合格；全部站点设备完好，能够正常采集和上传数据；运维台账、校准记录、故障处理记录完整，与平台记录逐条一致。
（三）验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方有权扣减第四季度服务费的二成。

第七条 违约责任
（一）乙方未能自服务期起始之日开展巡检运维服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）季度考核不合格的，甲方按每低于合格线一分扣减当季服务费¥1,000。
（三）因乙方运维不当导致设备损坏的，乙方负责修复或赔偿。
（四）乙方擅自更换驻市负责人的，每次向甲方支付违约金¥2,000。

第八条 监测数据
监测站点采集的水质数据、平台数据及运维过程中形成的数据均归甲方所有，乙方不得用于本合同以外的用途。

第九条 保密
乙方对在服务过程中知悉的甲方工作资料、系统账号、技术文件及未公开的监管信息负有保密义务，未经甲方书面同意不得向第三方提供或公开发布。保密义务在合同终止后继续有效。乙方不得以任何形式对外发布戏水池水质信息，乙方人员离职时应交回全部工作资料。

第十条 成果归属
乙方在本合同项下形成的运维报告、设备台账、校准记录、数据分析报告等成果，其所有权及知识产权均归甲方。乙方应在服务期满时将全部资料整理归档后移交甲方。

第十一条 分包
乙方不得将本合同项下的服务转包，也不得分包给其他单位。

第十二条 合同的履行与解除
合同期内，除因不可抗力致使合同目的无法实现外，双方均不得单方解除本合同。乙方违约的，甲方可按本合同约定扣减服务费、要求乙方支付违约金并继续履行，但不得以此为由解除合同。

第十三条 安全生产
乙方应遵守安全生产法律法规，站点作业时应设置警示标志，涉水、带电作业须由两人以上完成。乙方应为运维人员购买意外伤害保险，并在开放季前组织一次应急演练。乙方人员在服务过程中发生的人身伤害由乙方负责。

第十四条 甲方的义务
（一）甲方应向乙方提供监测系统的竣工资料、设备清单、平台运维账号及戏水池管理单位联系人名单。
（二）甲方应协调各戏水池管理单位为乙方巡检、校准和抢修提供进场便利，并在开放季开始前组织一次联合检查。
（三）甲方应按本合同约定及时支付服务费。

第十五条 运维人员管理
（一）乙方应在合同签订后七日内向甲方提交运维人员名单、资质证明及联系方式，人员变动应提前五个工作日书面告知甲方，驻市负责人未经甲方同意不得更换。
（二）乙方人员进入戏水池场所应佩戴工作证，遵守场所管理规定，开放时段作业不得影响游客安全和正常使用。
（三）乙方人员不能胜任工作或违反管理规定的，甲方有权要求乙方在五个工作日内更换。

第十六条 备件与耗材
（一）乙方应在驻市运维站点储备常用传感器探头、电极、试剂和通信模块，储备数量应能满足三处站点同时更换的需要。
（二）更换下来的旧件应登记后交回甲方，乙方不得自行处置。耗材更换记录应与季度运维报告一并提交。

第十七条 不可抗力
因台风、暴雨、洪水等不可抗力导致服务不能按时履行的，乙方应及时通知甲方并在灾后四十八小时内恢复站点运行，相应时限可顺延，不视为违约。

第十八条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z05 = """# 绣艺通工艺过程管理软件许可及定制开发合同

（绣联软件标准合同文本 V1.3）

合同编号：XL-HT-2027-0412

甲方（用户）：常州素丝乱针绣艺术工作室
乙方（软件提供方）：南京绣联软件科技有限公司

甲方为管理乱针绣作品从画稿、配线、上绷、分层施针到装裱的工艺过程，购买乙方“绣艺通”工艺过程管理软件，并委托乙方进行定制开发。双方同意按本标准文本订立合同。

## 第一条 软件与服务内容

1.1 乙方向甲方提供“绣艺通”工艺过程管理软件（标准版）使用许可，含二十个用户账号，部署于甲方自备服务器。

1.2 乙方按甲方需求定制开发以下功能：画稿与针法图层管理、丝线色号库及配线单、绣娘任务派工与工时记录、作品工序进度看板、订单与收藏证书管理。

1.3 乙方负责软件安装、基础数据初始化及对甲方人员的操作培训。

1.4 软件使用许可为永久许可，仅限甲方在其工作室内部使用，部署于一台服务器，不得转让、出租或出借。甲方增加用户账号的，按乙方届时报价另行购买。

1.5 定制开发以双方确认的《需求确认书》为准。《需求确认书》确认后，甲方提出的新增或变更需求视为需求变更，乙方有权另行收费并顺延交付时间。

1.6 乙方有权对标准版软件进行版本更新，新版本功能以乙方发布说明为准，甲方不得要求乙方保留旧版本的功能或界面。

## 第二条 合同价款

2.1 合同总价为人民币叁拾壹万捌仟元整（¥318,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绣艺通软件使用许可（标准版，二十用户） | 168,000 |
| 2 | 定制开发（五个功能模块） | 126,000 |
| 3 | 安装实施及培训 | 24,000 |
| | 合计 | 318,000 |

2.2 上述价格不含甲方服务器、操作系统、数据库等软硬件，由甲方自行采购。

2.3 上述价格为乙方给予甲方的优惠价格，以甲方按期足额付款为前提。甲方逾期付款超过十五日的，乙方有权按标准报价重新核定合同价款。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥174,900。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的45%，即¥143,100。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到第3.1款约定款项后开始开发，预计在九十日内完成安装上线。

4.2 因需求变更、甲方未及时提供资料或确认等原因导致延期的，交付时间相应顺延。

4.3 乙方将尽力按期交付，但对交付延迟不承担违约金或赔偿责任。

4.4 乙方交付的内容为软件安装介质、许可文件及电子版用户手册。定制功能以可执行程序形式交付，乙方不向甲方交付源代码及数据库设计文档。

## 第五条 验收

5.1 软件在甲方服务器安装上线后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，乙方在免费维护期内酌情处理。

5.3 上线后甲方开始使用系统的，乙方不再就已上线功能另行组织验收测试。

## 第六条 免费维护及后续服务

6.1 自软件安装上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 技术支持时间为工作日九时至十七时。甲方报告一级故障（系统无法登录或数据无法保存）的，乙方在24小时内响应；其他问题在三个工作日内响应。

6.3 乙方尽力在合理时间内排除故障，但不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方当年公布的价格标准收取。

6.5 免费维护期内乙方以电话、微信及远程登录方式提供支持，不提供上门服务。甲方要求上门的，乙方按每人每日¥2,000另行收取服务费，差旅费用由甲方承担。

6.6 甲方未签订年度维护合同的，乙方不再提供缺陷修复和版本升级，因此造成的系统运行问题由甲方自行承担。

## 第七条 知识产权

7.1 “绣艺通”软件及本合同项下定制开发的全部功能模块、源代码、数据库设计和文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有定制功能的非独占使用权，不得修改、反向工程，也不得许可第三方使用。乙方有权将定制功能纳入标准产品向其他客户销售。

## 第八条 数据

8.1 甲方录入系统的画稿、针法图层、配线方案、作品及客户信息等数据归甲方所有。

8.2 甲方同意乙方可将上述数据经脱敏处理后用于软件改进、针法模板库建设及行业案例展示，该等使用不另行支付费用，且在合同终止后继续有效。

8.3 为提供技术支持，甲方应允许乙方远程登录甲方服务器，并保持远程通道畅通。

8.4 乙方采取病毒防护、访问权限控制和定期备份等措施保障系统数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应赔偿责任。

## 第九条 甲方的义务

9.1 甲方应在乙方安装前准备符合乙方要求的服务器、操作系统、数据库及网络环境，并提供远程访问条件。

9.2 甲方应指定一名熟悉乱针绣工艺流程的联系人，负责需求沟通、资料提供和确认工作，并在收到乙方需求确认书、界面原型后五个工作日内书面确认，逾期未确认的视为确认。

9.3 甲方应负责整理画稿、针法、丝线色号等基础资料，并对资料的准确性负责。

9.4 甲方应自行做好服务器的日常管理、数据备份和病毒防护。因甲方服务器故障、断电或甲方人员误操作造成的数据损失，乙方不承担责任。

## 第十条 培训

10.1 乙方为甲方提供一次集中操作培训，培训时长为一日，培训人数不超过十人。甲方需要增加培训的，按乙方标准收取培训费。

10.2 乙方向甲方提供电子版用户手册，不提供纸质资料。

## 第十一条 保密

双方应对在合作中获悉的对方商业秘密和技术信息保密，未经对方同意不得向第三方披露。本条义务在合同终止后两年内有效。乙方可在其客户名单中列示甲方名称。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方不承担甲方的间接损失、利润损失及作品商业价值损失。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 甲方因自身原因解除合同的，已支付款项不予退还。

13.3 合同解除后，甲方应停止使用软件，并删除全部安装副本及许可文件。

## 第十四条 不可抗力

因不可抗力、网络故障、第三方软件缺陷或政策变化等乙方不能控制的原因，导致乙方不能履行或延迟履行本合同的，乙方不承担责任。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 甲乙双方的通知以本合同首页所列地址、电话或电子邮箱发送即视为送达。

16.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.3 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NWQ-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuxi Hengrui Precision Bearings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Buyer"), and Neckarwerk Qualitätssysteme GmbH, a company registered in Germany with its seat in Tübingen, Baden-Württemberg (the "Supplier").
P:The Buyer manufactures precision bearings in three production halls and wishes to replace its spreadsheet-based inspection records with an integrated statistical process control and measurement data system. The Supplier develops and licenses such software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's NeckarSPC measurement data and statistical process control software, version 8, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Configuration Deliverables" means the inspection plans, control chart templates, report layouts, gauge interface drivers and the interface to the Buyer's ERP and MES systems that the Supplier develops or configures specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all measurement values, inspection results, part and batch records, gauge calibration records and any other data entered into or generated by the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the written acceptance of the whole system by the Buyer under Article 5.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and 60 gauge stations at the Buyer's sites in Wuxi, for the Buyer's internal business purposes.
P:2.2 The Supplier shall install the Software on the Buyer's servers, develop and configure the Configuration Deliverables, migrate the inspection plans of 420 part numbers from the Buyer's existing spreadsheets, and train the Buyer's quality engineers, key users and administrators.
P:2.3 The Supplier shall appoint a project manager who speaks Chinese or English and who shall remain on the project until Final Acceptance unless the Buyer agrees otherwise in writing.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,540,000 (the "Contract Price"), made up of the perpetual licence fee of CNY 1,160,000, the fee for the Configuration Deliverables and data migration of CNY 342,000, and the training fee of CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and living expenses of the Supplier's staff, and all services during the warranty period. No other charges are payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen business days after signature of this Agreement and receipt of a valid invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within fifteen business days after the Software has been installed and the Buyer has signed an installation certificate. The installation certificate confirms installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Supplier's appointed collection bank in China stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within sixty days and shall be ready for acceptance testing within one hundred and fifty days after signature of this Agreement.
P:5.2 Acceptance tests shall demonstrate that: (a) all functions listed in the functional specification work as described; (b) measurement values from all 60 gauge stations are captured without loss and match the gauge displays in a sample of at least 2,000 readings; (c) control charts and capability indices calculated by the Software match reference calculations to four decimal places; (d) the ERP and MES interfaces transfer part, batch and result data without error for ten consecutive production days; and (e) the system runs for thirty days in production without a Severity 1 incident.
P:5.3 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten business days. If they fail, the Supplier shall remedy the defects and repeat the tests at its own cost. Installation, training, productive use or payment shall not be deemed to be acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Configuration Deliverables will conform to the functional specification for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Incidents are classified as follows: Severity 1 means the system or the data capture at one or more production halls is unavailable; Severity 2 means an important function is impaired; Severity 3 means any other defect or question. The Supplier shall respond to a Severity 1 incident within one hour, twenty-four hours a day, and restore operation within eight hours; it shall respond to a Severity 2 incident within three hours during business hours and resolve it within two business days.
P:6.3 If the Supplier misses a response or restoration time for a Severity 1 incident, it shall pay the Buyer a service credit of CNY 1,000 for each hour or part of an hour of delay. Service credits may be deducted from any amount payable to the Supplier.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the licence fee, that is CNY 127,600 per year, and shall not be increased for the three years following the Warranty Period. Support contracts do not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:7.2 All rights in the Configuration Deliverables vest in the Buyer upon creation. The Supplier shall hand over their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Configuration Deliverables freely, also through third parties.
P:7.3 The Supplier shall defend the Buyer against any claim that the Software or the Configuration Deliverables infringe third-party rights and shall bear all resulting costs and damages.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Supplier shall access the Buyer's systems only through the remote access gateway provided by the Buyer, with named accounts and after approval by the Buyer's IT department, and shall follow the Buyer's information security rules. No Buyer Data may be transferred outside the Buyer's systems or outside the People's Republic of China.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting Buyer Data within two hours of becoming aware of it, take all measures necessary to contain it, and compensate the Buyer for all losses caused by the Supplier's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement, and not disclose it to third parties without the other party's prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to be ready for acceptance testing by the date in Article 5.1 for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, gross negligence, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice describing the breach.
P:12.2 The Buyer may also terminate this Agreement if the delay under Article 10.1 exceeds ninety days. In that case the Supplier shall refund all amounts paid, against return of the Software.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 The courts of Tübingen, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese; both versions are equally authentic. Amendments must be in writing and signed by both parties. Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# SaaS Order Form and General Terms

**Order Form No. PS-OF-2027-0318**

**Provider:** Psiloritis Software S.A., Arkadiou Street, Rethymno, Crete, Greece ("Provider")

**Customer:** Chengdu Jinlü International Travel Service Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A: Order Details

### A1. Subscribed Service

Provider shall provide Customer with access to its TourDesk platform, a hosted software service for tour operations, itinerary management, supplier booking, traveller messaging in eight languages and group departure reporting (the "Service"). The subscription covers 260 named users at Customer's head office in Chengdu and its branch offices in Chongqing, Xi'an and Kunming, and up to 90,000 traveller profiles.

### A2. Subscription Term

The subscription runs for three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4, and each later Subscription Year starts on the anniversary of that date. The subscription ends at the end of the third Subscription Year. Any renewal requires a new order form signed by both parties, and the fees for any renewal shall be agreed in that order form.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 260 users, 90,000 profiles | 248,000 |
| Subscription fee, Subscription Year 2 | 260 users, 90,000 profiles | 248,000 |
| Subscription fee, Subscription Year 3 | 260 users, 90,000 profiles | 248,000 |
| Onboarding services (one-time) | fixed price | 52,000 |
| **Total fees for the Subscription Term** | | **796,000** |

All fees are in CNY and include VAT. Messaging volumes above 400,000 outbound messages per Subscription Year are charged at the overage rate in Provider's price sheet and are not part of the total fees.

### A4. Onboarding and Go-Live Acceptance

(a) Provider shall configure the Service for Customer, migrate Customer's supplier catalogue and active bookings, set up the interfaces to Customer's finance system and WeChat service account, and train Customer's staff (the "Onboarding Services"). Provider shall make the Service ready for Go-Live testing within seventy days after signature of this Order Form.

(b) Go-Live Acceptance tests shall show that: all functions listed in the Service Description work for each office; migrated supplier and booking records match the source records in a full reconciliation; messages reach test travellers in all eight languages within two minutes; the finance interface posts invoices and receipts without error for ten consecutive business days; and pages load within three seconds for 150 concurrent users.

(c) Customer shall issue a Go-Live Acceptance certificate within five business days after the tests are passed. Trial use of the Service by Customer's staff before that certificate does not constitute acceptance.

(d) If the Service is not ready for Go-Live testing by the date in A4(a) for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days of receipt by bank transfer to Provider's CNY account in China.

### A6. Contacts and Signature

Customer's contract manager: Head of Information Technology. Provider's contract manager: Account Director, Greater China. Signed for Customer and for Provider by their authorised representatives on the dates shown below.

## Part B: General Terms

### 1. Service Levels

1.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as Priority 1 (the Service or booking function is unavailable to all or most users), Priority 2 (an important function is impaired) and Priority 3 (other issues). Provider shall respond to Priority 1 incidents within thirty minutes at any time and use its best efforts to restore the Service within six hours; it shall respond to Priority 2 incidents within two hours during business hours.

1.3 Provider shall report monthly availability and incident statistics to Customer. Service credits, fee reductions or other payments do not apply to any failure to meet the levels in this Section 1. If availability falls below the committed level in three consecutive months, the parties shall meet to agree an improvement plan.

### 2. Customer Data

2.1 Customer owns all data that Customer or its users enter into the Service, including traveller personal information, bookings, supplier contracts and messages ("Customer Data").

2.2 Provider may use Customer Data to provide the Service. Provider may also create aggregated and anonymised data from Customer Data and use it, during and after the Subscription Term, to improve its products, to train the recommendation and translation models of the Service, and to publish travel industry benchmarks, provided that such data does not identify Customer or any individual.

### 3. Data Security

3.1 Provider shall host Customer Data in data centres located in mainland China operated by a licensed cloud provider, and shall maintain security measures that meet at least Level 3 of China's Multi-Level Protection Scheme, including encryption in transit and at rest, role-based access control, logging and daily backups.

3.2 Provider shall notify Customer of any personal information breach or other security incident affecting Customer Data within six hours after becoming aware of it, cooperate with Customer's notifications to regulators and travellers, and compensate Customer for losses caused by a breach of this Section 3.

3.3 Within sixty days after the end of the subscription, Provider shall return Customer Data in a standard export format and then delete it, and shall confirm deletion in writing.

### 4. Confidentiality

Each party shall keep confidential the other party's non-public information disclosed under this Order Form, use it only for the purposes of this Order Form and not disclose it to third parties without prior written consent. This obligation survives for three years after the subscription ends.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and its standard features.

5.2 The itinerary templates, report layouts, message templates and interface mappings created for Customer during the Onboarding Services are owned by Customer, which may use, modify and license them freely.

### 6. Subcontracting

Provider shall not subcontract the performance of the Service or the Onboarding Services, other than to the hosting provider named in the Service Description, without Customer's prior written consent.

### 7. Liability

Each party's total liability under this Order Form is limited to two times the total fees stated in A3, except for liability for breach of Sections 3 and 4, personal injury or wilful misconduct, which is not limited.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

8.2 If Customer terminates under 8.1, Provider shall refund the prepaid fees for the remaining part of the current Subscription Year.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application.

### 10. Support

10.1 Provider shall run a service desk that Customer's users can reach by telephone, e-mail and a WeChat work group in Chinese and English. The service desk is staffed around the clock for Priority 1 incidents and from 08:00 to 21:00 China Standard Time on business days for all other requests, including the peak travel weeks around Chinese public holidays.

10.2 Provider shall name a customer success manager who meets Customer's project team at least once each quarter to review service reports, open incidents, planned releases and training needs.

### 11. Changes to the Service

Provider may update the Service from time to time, but shall not materially reduce the functions, security or service levels described in this Order Form during the Subscription Term. Provider shall announce major releases at least fourteen days in advance and make release notes available in Chinese.

### 12. Suspension

Provider may suspend access by an individual user only where that user's account is being used to attack the Service or to send unlawful content, and shall inform Customer immediately. Provider shall not suspend the Service as a whole for a payment dispute while Customer is disputing an invoice in good faith.

### 13. Force Majeure

Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Failures of Provider's hosting provider or subcontractors are not force majeure.

### 14. Miscellaneous

Notices must be in writing and sent to the contract managers named in A6. Neither party may assign this Order Form without the other party's written consent. This Order Form is executed in English and Chinese, and both versions have equal effect.
"""

E03 = """T:Supply Contract for Cold-Store Monitoring Sensors and Monitoring Software Licence
P:Contract No. LY-PUR-2027-0207
P:Buyer: Zhejiang Lengyun Cold Chain Logistics Co., Ltd., Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Wiesental Sensorik GmbH, Lörrach, Baden-Württemberg, Germany (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates three cold-store warehouses in Hangzhou, Jiaxing and Ningbo and needs continuous temperature and humidity monitoring of its storage chambers, loading docks and blast freezers to meet food and pharmaceutical storage requirements.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, radio gateways and the ColdWatch monitoring software, as listed in clause 2, at the three warehouses.
P:1.2 The Supplier shall develop custom dashboards for each warehouse and an interface that sends alarm and temperature history data to the Buyer's warehouse management system (WMS) (together, the "Custom Deliverables").
P:1.3 The Supplier shall train the Buyer's warehouse supervisors, quality staff and IT administrators, and shall deliver all manuals, calibration certificates and as-built documentation in Chinese and English.
H:2. Contract Price
P:2.1 The total contract price is CNY 1,480,000 (the "Contract Price"), itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, -40 °C to +60 °C|420|1,180|495,600
TB:2|Radio gateway with 4G and Ethernet backhaul|36|8,900|320,400
TB:3|ColdWatch monitoring software, perpetual licence, three sites|1|410,000|410,000
TB:|Hardware and licence subtotal|||1,226,000
TB:4|Installation and commissioning|1 lot|138,000|138,000
TB:5|Custom dashboards and WMS interface|1 lot|96,000|96,000
TB:6|Training|1 lot|20,000|20,000
TB:|Contract Price|||1,480,000
P:2.2 The Contract Price is fixed. It includes delivery to the three warehouses, import duties, VAT, installation, commissioning, training and all services during the warranty period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance payment within fifteen business days after receipt of the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within fifteen business days after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate does not constitute acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price within fifteen business days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within seventy-five days and complete installation and commissioning at all three warehouses within one hundred and twenty days after signature of this contract.
P:4.2 Installation inside operating cold chambers shall follow the Buyer's site safety and hygiene rules and shall be scheduled with the warehouse managers so that stored goods are not exposed to temperature excursions.
P:4.3 The Supplier shall pack the equipment for sea and road transport and for storage in humid conditions. Title to the equipment passes to the Buyer on delivery to the warehouse; risk passes on signature of the Installation Certificate.
P:4.4 The Supplier shall name a project manager and a site supervisor before installation starts. The Supplier's staff shall hold valid work permits where required, follow the instructions of the warehouse managers and wear the protective clothing provided for work in freezer areas.
H:5. Acceptance
P:5.1 Final Acceptance tests shall be carried out jointly by the Buyer and the Supplier after commissioning and shall show that:
LN:every sensor reads within ±0.3 °C of a calibrated reference thermometer at three test points;
LN:readings are transmitted to the ColdWatch software at the configured one-minute interval with no data gap longer than five minutes during a thirty-day trial run;
LN:temperature alarms reach the duty supervisor by SMS and app notification within sixty seconds in each alarm test;
LN:the WMS interface transfers alarm events and temperature histories without error during the trial run; and
LN:all documentation and calibration certificates have been delivered.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within seven business days after the tests are passed. Delivery, installation, use of the system or payment shall not be deemed to be acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment, correct software defects, supply software updates and recalibrate sensors once a year, all free of charge.
P:6.2 During the warranty period the ColdWatch software shall be available at least 99.95% of each calendar month, measured at the Buyer's servers.
P:6.3 Faults are classified in the following table:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Monitoring or alarms unavailable for a whole warehouse or chamber|1 hour|8 hours
TB:Severity 2|Single sensor or gateway failure, no loss of alarm coverage|3 hours|2 business days
TB:Severity 3|Other defects and questions|1 business day|as agreed
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 500. For each 0.01 percentage point by which monthly availability falls below the level in clause 6.2, it shall pay the Buyer CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:6.5 After the warranty period the Buyer may order support for the fourth and fifth years at an annual fee of 7.5% of the hardware and licence subtotal, that is CNY 91,950 per year, fixed for both years. Support does not renew automatically.
H:7. Intellectual Property
P:7.1 The ColdWatch software and the sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them at the three warehouses.
P:7.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer, which may use, modify and license them freely and have them maintained by third parties.
H:8. Data Security
P:8.1 All temperature, humidity and alarm data and all records created by the system belong to the Buyer. The Supplier shall not use them for any purpose other than this contract.
P:8.2 The monitoring software shall be installed on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's access gateway with named accounts.
P:8.3 The Supplier shall report any security incident affecting the Buyer's systems or data within two hours, take immediate measures to contain it, and bear full responsibility for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's customers, goods, warehouse layouts and systems that it obtains under this contract, and shall not disclose it to third parties without the Buyer's prior written consent, during this contract and for five years thereafter.
H:10. Liquidated Damages
P:10.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:11. Subcontracting
P:11.1 The Supplier may subcontract installation work only with the Buyer's prior written consent and remains responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages under clause 10.1 reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:14. Spare Parts and Product Changes
P:14.1 The Supplier shall keep spare sensors and gateways equal to at least three percent of the installed quantity at its service partner's store in Shanghai during the warranty period, so that replacements can reach any of the warehouses within one day.
P:14.2 The Supplier shall continue to supply spare parts, firmware and software updates for the supplied equipment for at least seven years after Final Acceptance. If a model is discontinued, the Supplier shall offer a compatible successor model at a price not higher than the original unit price.
H:15. Insurance and Force Majeure
P:15.1 Until Final Acceptance the Supplier shall maintain insurance for the equipment and for its liability towards third parties at the warehouses, and shall provide copies of the policies on request.
P:15.2 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. The time for performance is extended by the duration of the event. If the event lasts longer than sixty days, either party may terminate the contract without liability for damages.
H:16. Changes
P:16.1 The Buyer may request additional sensors or gateways at the unit prices in clause 2 for a period of three years after Final Acceptance. Any other change to the scope, price or time schedule requires a written change order signed by both parties.
H:17. Miscellaneous
P:17.1 This contract is signed in English and Chinese, both versions having equal effect. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. TMS-FS-2027-009**

**Customer:** Foshan Meilun Furniture Export Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**Provider:** Taygetos Systems S.A., a company registered in Greece with its head office in Sparta, Laconia, acting through its own engineers at its registered service office in Foshan ("Provider")

Customer designs and exports furniture and runs its business on an ERP system, a product design file server and a network of three factories and one showroom. Customer wishes to outsource the day-to-day operation of this IT environment. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Start Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Start Date.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers stored on or processed through the systems covered by the Services.

## 2. Services

2.1 Provider shall perform the Services in accordance with this Agreement, the service levels in Schedule 3 and good industry practice, using qualified staff who speak Chinese.

2.2 Provider shall maintain a current configuration database, runbooks and network diagrams for all systems in scope and shall give Customer access to them at all times.

2.3 Provider shall hold a monthly service review with Customer and shall submit a monthly service report covering availability, incidents, changes, patches, backups and open risks.

## 3. Term

This Agreement starts on signature and the Services run for the Term. The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; the charges for an extension shall be agreed in that amendment.

## 4. Transition

4.1 Provider shall take over the operation of the IT environment within sixty days after signature in accordance with a transition plan approved by Customer.

4.2 Transition Acceptance requires that: Provider has documented all servers, network devices, accounts and backup jobs in the configuration database; the service desk has handled live tickets for ten business days without a missed response time; a full restore test of the ERP database has succeeded; and Customer's IT manager has confirmed the handover of all administrator credentials.

4.3 Customer shall sign the Transition Acceptance certificate within five business days after these conditions are met. Operation of the environment by Provider before that date does not constitute acceptance.

4.4 If Transition Acceptance is not achieved within the time in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,184,000.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days after receipt.

5.3 The charges are fixed for the Term. Additional work outside Schedule 1 requires a written change request approved by Customer before the work starts.

## 6. Service Levels

6.1 Provider shall meet the service levels in Schedule 3. Service credits are calculated monthly and deducted from the next invoice.

6.2 Service credits do not limit Customer's other rights. If Provider fails the same service level in three months of any six-month period, Customer may treat the failure as a material breach.

## 7. Data Security

7.1 Customer Data belongs to Customer. Provider may use it only to perform the Services and shall not copy, transfer or keep it for any other purpose.

7.2 Provider shall access Customer's systems only through Customer's bastion host with named accounts and multi-factor authentication. Customer Data shall remain on Customer's systems in mainland China and shall not be accessed from outside mainland China.

7.3 Provider shall apply security patches in accordance with Schedule 1, maintain malware protection and backups, and notify Customer of any security incident within one hour after detection. Provider is responsible for losses caused by its breach of this Section 7, including costs of recovery, notification and regulatory fines.

## 8. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement, including product designs, customer lists, prices and system information, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.

## 9. Intellectual Property

Runbooks, scripts, configuration records, network diagrams and reports created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including for a successor provider. Provider keeps the rights in its general tools and methods.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor as for its own staff.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement is limited to the charges paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss. The limit in 11.1 does not apply to breach of Sections 7 and 8, personal injury or wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the monthly service charge, hand over all documentation and credentials, and cooperate with Customer's successor provider.

## 13. Customer Responsibilities

13.1 Customer shall give Provider's engineers access to its sites, systems and documentation as reasonably required, provide desks and network access for the on-site engineers, and name an IT manager as the single point of contact for Provider.

13.2 Customer remains responsible for its software licences, hardware purchases and contracts with telecom carriers. Provider shall advise Customer in good time on renewals, end-of-support dates and capacity needs, and shall coordinate with the carriers on Customer's behalf.

## 14. Staff

14.1 Provider shall name a service delivery manager who is responsible for the Services and attends the monthly service reviews. Provider shall not replace the service delivery manager or the on-site engineers without giving Customer at least thirty days' notice, except in case of illness or resignation.

14.2 Customer may require Provider to replace any member of staff who does not perform the Services properly or breaks Customer's site rules.

## 15. Changes and Improvement

Provider shall propose at least two improvement measures in each quarterly review, such as automation of routine tasks or consolidation of servers. Changes to production systems shall follow the change procedure agreed in the transition plan, with a rollback plan and Customer's approval for every major change.

## 16. Force Majeure

A party affected by an event beyond its reasonable control shall notify the other party promptly and shall be excused from performance for the duration of the event, provided that Provider has carried out its disaster recovery duties under Schedule 1.

## 17. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 18. General

Schedules 1 to 3 form part of this Agreement. This Agreement is made in English and Chinese; both versions are equally authentic.

## Schedule 1 – Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | 650 users at three factories and one showroom; telephone, e-mail, WeChat | 07:30–21:00 on working days, on-call at other times |
| On-site support | One engineer at each factory, one shared engineer for showroom and head office | Working hours |
| Server operations | 46 virtual servers, 3 hosts, ERP database, design file server | 24 × 7 monitoring |
| Network operations | Core and access switches, firewalls, Wi-Fi, site links | 24 × 7 monitoring |
| Backup and restore | Daily backups, quarterly restore tests, offsite copy in Guangzhou | Daily |
| Patch management | Critical security patches within seven days, others monthly | Monthly window |

## Schedule 2 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| **Total for the Term** | | **2,184,000** |

## Schedule 3 – Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of ERP, file server and core network | 99.95% per month | 3% of the monthly service charge for each 0.02 percentage point below target, up to 20% |
| Priority 1 incident (ERP, a factory network or all users down): response | within 6 hours | CNY 1,000 per hour late |
| Priority 1 incident: restoration | within 12 hours of response | CNY 1,000 per hour late |
| Priority 2 incident: response | within 8 business hours | CNY 300 per hour late |
| Backup jobs | every scheduled job completed; a failed job rerun the same day | 2% of the monthly service charge for each job not rerun |
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. AMD-SUB-2027-072

PARTIES

Argolis Marine Data S.A., a company registered in Greece with its registered office in Nafplio, Argolis ("Provider"); and

Qingdao Haiyuntong Shipping Agency Co., Ltd., a company registered in the People's Republic of China with its registered office in Qingdao, Shandong Province ("Customer").

BACKGROUND

Provider collects and processes marine weather forecasts, sea-state data, vessel position data and port congestion indicators and makes them available to business customers through an application programming interface ("API"). Customer acts as ship agent for vessels calling at ports in northern China and wishes to use the data in its voyage planning, berth booking and customer reporting systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in clause 2.1, as updated by Provider from time to time.

1.2 "Activation Date" means the date on which Provider issues production API keys to Customer after Integration Acceptance under clause 5.

1.3 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

1.4 "Customer Data" means the vessel lists, port call schedules, queries, voyage plans and any other data that Customer submits to the API or to Provider.

1.5 "Connectors" means the software components that Provider develops for Customer under clause 3 to link the API with Customer's systems.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the following Data Products through the API and to use them in Customer's business: (a) hourly marine weather and sea-state forecasts for the Bohai Sea, the Yellow Sea and the East China Sea; (b) vessel position data for vessels in those areas; (c) daily port congestion indicators for 38 Chinese and Korean ports; and (d) historical data for the preceding five years.

2.2 The subscription allows up to 3,000,000 API calls per Subscription Year and up to 25 named user accounts on Provider's web portal. Calls above that volume are charged under clause 4.4.

2.3 Customer may display Data Products in reports to its principals, shipowners and charterers, but shall not resell Data Products as a separate product or make them available through a public website.

2.4 The subscription ends at the end of the second Subscription Year. A renewal requires a new written agreement signed by both parties.

3. SET-UP AND CONNECTORS

3.1 Provider shall set up Customer's accounts, provide a test environment, and develop Connectors for Customer's voyage planning system, berth booking system and reporting database, including their source code and documentation.

3.2 Provider shall deliver the Connectors and make the production environment ready for Integration Acceptance within fifty days after receipt of the payment under clause 4.2.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for the first Subscription Year CNY 238,000; subscription fee for the second Subscription Year CNY 238,000; one-time set-up and Connector fee CNY 64,000. The total fees under this Agreement are CNY 540,000.

4.2 The set-up and Connector fee and the subscription fee for the first Subscription Year, together CNY 302,000, are payable within ten business days after signature of this Agreement and before Provider starts the set-up work.

4.3 The subscription fee for the second Subscription Year is payable within ten business days after the first anniversary of the Activation Date.

4.4 API calls above the volume in clause 2.2 are charged at CNY 0.02 per call and invoiced quarterly in arrears. These charges are not part of the total fees.

4.5 All fees include VAT and are payable in CNY to Provider's account in China stated on the invoice.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance tests shall show that: (a) each Connector retrieves all subscribed Data Products and writes them correctly into the target system; (b) data retrieved for a sample of 500 vessel positions and 200 forecast points matches the data shown on Provider's web portal; (c) forecast updates reach Customer's systems within ten minutes after publication during a test period of fourteen days; and (d) the documentation of the Connectors is complete.

5.2 Customer shall confirm Integration Acceptance in writing within five business days after the tests are passed. Use of the test environment does not constitute acceptance.

5.3 If Provider does not make the production environment ready for Integration Acceptance within the time in clause 3.2 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the web portal available and to publish Data Products on schedule. Data Products depend on third-party sources such as weather services and vessel tracking networks, and Provider does not guarantee any particular level of availability, timeliness or accuracy.

6.2 Customer may report problems to Provider's support desk by e-mail or through the web portal. Provider will investigate problems in the order in which they are received and inform Customer of the outcome.

6.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance on its web portal in advance.

7. CUSTOMER DATA AND DATA PROTECTION

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the Connectors to Customer and shall not use it for any other purpose, including the improvement of Provider's products or the creation of statistics.

7.2 Customer Data and logs of Customer's API calls shall be stored on servers located in mainland China. Provider shall protect them by encryption in transit and at rest, access control limited to named support staff, logging of all access, and regular security testing.

7.3 Provider shall notify Customer of any unauthorised access to, or loss of, Customer Data within twenty-four hours, take measures to stop it and limit its effects, and compensate Customer for all losses caused by Provider's failure to comply with this clause 7.

7.4 At the end of the subscription Provider shall delete all Customer Data within thirty days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors keep all rights in the API and the Data Products.

8.2 The Connectors, including their source code and documentation, belong to Customer upon delivery. Customer may use, modify and license them freely, including through third parties.

9. SUBCONTRACTING

Provider shall not subcontract the development of the Connectors or the operation of the API for Customer without Customer's prior written consent.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to one and a half times the total fees stated in clause 4.1.

10.2 The limit does not apply to breach of clause 7, personal injury or wilful misconduct. Neither party is liable for loss of profit or indirect loss.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the subscription fee for the remaining part of the current Subscription Year.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall use the API in accordance with Provider's published technical documentation and shall not attempt to circumvent volume limits, copy the Data Products in bulk or reverse engineer the API.

12.2 Customer is responsible for the use of the API keys issued to it and shall inform Provider without delay if a key may have been misused, so that Provider can block it and issue a new one.

12.3 Customer shall name a technical contact who coordinates the integration work with Provider and receives notices of planned maintenance and changes to the Data Products.

13. CHANGES TO THE DATA PRODUCTS

Provider may improve the Data Products and the API during the subscription. Provider shall give Customer at least sixty days' notice before it withdraws a dataset or an API version that Customer uses, and shall update the Connectors free of charge so that they work with the new version.

14. TRAINING AND DOCUMENTATION

Provider shall give two online training sessions for Customer's operations staff and one for its IT staff, and shall provide API documentation and a user guide for the web portal in Chinese and English.

15. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, war, epidemics and government action. The affected party shall notify the other party promptly and resume performance as soon as possible.

16. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

17. GENERAL

17.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contact persons named by each party.

17.2 Neither party may assign this Agreement without the other party's written consent.

17.3 This Agreement is signed in English and Chinese. Both versions have equal effect.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks

NAMES = {
    "z01": ("h889z01_sports_bureau_trampoline_park_supervision_platform", "pdf", Z01),
    "z02": ("h889z02_soymilk_maker_line_control_retrofit", "docx", Z02),
    "z03": ("h889z03_gomoku_school_chain_booking_saas", "txt", Z03),
    "z04": ("h889z04_water_bureau_splash_pool_monitoring_om", "txt", Z04),
    "z05": ("h889z05_embroidery_studio_process_tracking_supplier_template", "md", Z05),
    "e01": ("h889e01_bearing_maker_spc_perpetual_licence_german_vendor", "pdf", E01),
    "e02": ("h889e02_travel_agency_tour_ops_saas_order_form", "md", E02),
    "e03": ("h889e03_cold_chain_sensors_monitoring_licence", "docx", E03),
    "e04": ("h889e04_furniture_exporter_managed_it_services", "md", E04),
    "e05": ("h889e05_shipping_agency_marine_data_api_subscription", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# term values in TERM_KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value;
# tco: (fee base, warranty years) for goods with a stated fee; design: the rules intended when the draft was written.
D = {
    "z01": dict(lang="zh", cat="software",
                t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                   "PRC", G],
                x=dict(sla=True, ld=True, capped=True, deemed=False, value=1700000), tco=860000,
                design=[]),
    "z02": dict(lang="zh", cat="hardware",
                t=[None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True, False,
                   "PRC", G],
                x=dict(sla=True, ld=True, capped=True, deemed=False, value=1720000), tco=1480000,
                design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud",
                t=[99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, True,
                   "PRC", S],
                x=dict(sla=True, ld=True, deemed=False, value=730000), tco=None,
                design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": dict(lang="zh", cat="services",
                t=[None, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False,
                   False, "PRC", S],
                x=dict(sla=True, ld=True, deemed=False, value=486000), tco=None,
                design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "z05": dict(lang="zh", cat="software",
                t=[None, 24, False, "supplier", True, False, True, None, None, 55, False, False, 6,
                   None, False, True, None, None, G],
                x=dict(sla=True, ld=False, capped=False, deemed=True, value=318000), tco=None,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software",
                t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                   "Germany", G],
                x=dict(sla=True, ld=True, capped=True, deemed=False, value=1540000), tco=1160000,
                design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud",
                t=[99.95, 0.5, False, "buyer", True, False, True, 600 / 796000 * 100, 200, None, True, None, None,
                   None, False, True, False, "PRC", S],
                x=dict(sla=True, ld=True, deemed=False, value=796000), tco=None,
                design=["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
    "e03": dict(lang="en", cat="hardware",
                t=[99.95, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7.5, False, True, False,
                   "PRC", G],
                x=dict(sla=True, ld=True, capped=True, deemed=False, value=1480000), tco=1226000,
                design=[]),
    "e04": dict(lang="en", cat="services",
                t=[99.95, 6, True, "buyer", True, True, True, 1500 / 2184000 * 100, 6 / 36 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S],
                x=dict(sla=True, ld=True, deemed=False, value=2184000), tco=None,
                design=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "e05": dict(lang="en", cat="cloud",
                t=[None, None, False, "buyer", True, True, False, 500 / 540000 * 100, 150, 302000 / 540000 * 100, True,
                   None, None, None, False, True, False, "PRC", S],
                x=dict(sla=False, ld=True, deemed=False, value=540000), tco=None,
                design=["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5


def tco_share(d):
    t = dict(zip(TERM_KEYS, d["t"]))
    if t["contract_kind"] != G or d["tco"] is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * d["tco"] * t["post_warranty_fee_pct"] / 100
    return fees / (d["x"]["value"] + fees) * 100


def derive(d):
    """My reading of policy §3 applied to a label."""
    t, x = dict(zip(TERM_KEYS, d["t"])), d["x"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated" (also when no SLA exists)
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's (Tübingen)
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, ext, _ = NAMES[key]
    d = D[key]
    t = dict(zip(TERM_KEYS, d["t"]))
    x = d["x"]
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": name + "." + ext, "language": d["lang"], "category": d["cat"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(d)}


# threshold scan ------------------------------------------------------------------------------------------------
PATTERNS = [
    r"(?<![\d.,])(?:(?:30|15|40|100)(?:\.0+)?|99\.90*|0\.050*)\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.,])99\.90*(?!\d)", r"(?<![\d.,])0\.050*(?!\d)",
    r"百分之(?:三十|十五|四十|百|一百|九十九点九)(?![点一二三四五六七八九])", r"万分之五(?![十百千点])", r"千分之零点五",
    r"(?<![一二三四五六七八九十])[三四]成", r"一倍", r"one\s*times",
    r"(?<![a-z-])(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:h\b|hrs?\b|hours?\b|个?小时)", r"(?<![十])四个?小时", r"(?<![a-z-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.,])12\s*(?:个月|months?\b)", r"(?<![二三四五六七八九])十二个月",
    r"(?<![a-z-])twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?", r"(?<![\d.,第每同满])(?:1|一)\s*(?:周年|年)(?!度)",
    r"(?<![a-z-])one\s*(?:\(1\)\s*)?years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "15%", "40%", "100%", "99.9%", "99.90%", "0.05%", "0.050%", "万分之五",
            "三成", "一倍", "one hundred percent", "thirty per cent", "4小时", "4个小时", "四小时内", "4 hours", "4h",
            "four hours", "four (4) hours", "12个月", "十二个月", "12 months", "twelve months", "一年", "1年",
            "one year", "uptime 99.9", "rate 0.05 per day"]
MUST_MISS = ["99.95%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "130%", "150%", "0.055%", "20.05%",
             "万分之八", "万分之五十", "36个月", "2027年12月31日", "1.5%", "14 hours", "每年", "第一年", "415%", "3.30%",
             "two times", "十五日", "30 days", "12 hours", "二十四个月", "2021年", "服务年度", "首年"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))

    sources, targets = {}, {}
    for key, (name, ext, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, ext, _) in NAMES.items():
        d = D[key]
        lab = label(key)
        t = lab["expected_terms"]
        assert list(t) == TERM_KEYS
        assert lab["expected_rules"] == sorted(d["design"]), (key, lab["expected_rules"], d["design"])
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        share = tco_share(d)
        assert share is None or abs(share - TCO_SHARE) > 2, (key, share)
        covered |= set(lab["expected_rules"])
        (OUT / (name + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / (name + "." + ext))
        n = size(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        hits = threshold_hits(text)
        print("%s %-5s %5d %-6s share=%s rules=%s hits=%s" % (
            key, ext, n, risk(lab["expected_rules"]), None if share is None else round(share, 1),
            ",".join(r[3:] for r in lab["expected_rules"]) or "-", hits))
        assert lo <= n <= hi, (key, n)
        assert not hits, (key, hits)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    nrules = {k: len(label(k)["expected_rules"]) for k in D}
    assert [k for k, v in nrules.items() if v == 0] == ["z01", "e03"]
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= nrules["z05"] <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
