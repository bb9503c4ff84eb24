"""holdout636: builds the ten blind held-out drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels and asserts the brief's checks (design rules vs rules derived from the labels, coverage of
all 20 CR rules, text lengths as read back, no value or text on a policy threshold).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:政府采购合同（货物及服务类）
P:项目名称：北郊铁路货运站安全监控平台建设项目
P:合同编号：PCDT-ZC-2025-0917
P:采购人（甲方）：平川市地方铁路管理处
P:供应商（乙方）：恒轨智能科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（招标编号PCZB-2025-0388）及乙方投标文件，甲乙双方经协商一致，就北郊货运站安全监控平台建设事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方北郊货运站建设安全监控平台，包括平台软件许可、定制开发、部署实施和培训。平台覆盖货场、装卸线、危险货物存放区、站内道口和进出站卡口，实现视频智能分析、装载偏载及超限识别、危货作业过程监管、人员越界告警和安全台账管理等功能。
P:1.2 定制开发内容包括：与站内货运管理信息系统、门禁卡口系统、消防报警系统和调度语音系统的接口；偏载识别模型的现场标定；安全生产驾驶舱；甲方指定的二十三张安全统计报表。
P:1.3 详细技术要求以招标文件第五章《采购需求》和乙方投标文件技术响应表为准。两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零伍万陆仟元整（¥2,056,000），其中：平台软件许可费¥1,160,000；定制开发费¥742,000；部署实施费¥118,000；培训费¥36,000。
P:2.2 合同总价为固定价格，已包含税费、运输、差旅、第三方软件授权及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 乙方投标报价中的单价在合同履行期间保持不变，甲方增购同类摄像机接入许可的，按投标单价执行。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，即¥514,000。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的50%，即¥1,028,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的25%，即¥514,000。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。甲方按政府采购资金支付程序办理付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后九十日内完成软件部署和接口联调，并在合同生效后一百二十日内具备初步验收条件。
P:4.2 乙方应按甲方批准的实施方案进场作业，遵守铁路站场安全作业规定。进入线路区段作业须事先办理作业登记，并由甲方指派人员现场防护。
P:4.3 乙方应指派具有同类项目经验的项目经理常驻现场，未经甲方同意不得更换。
P:4.4 乙方应在部署前提交设备点位图、网络拓扑和割接方案，经甲方审核后实施。施工期间不得影响货运作业和行车安全，因乙方原因造成行车或货运事故的，乙方承担全部责任。
H:第五条 验收
P:5.1 初步验收在部署和接口联调完成后进行，标准为：招标文件所列功能全部实现；接口数据与源系统逐条比对一致；偏载识别准确率不低于95%（以甲方抽取的六百车次为样本）；人员越界告警漏报率不高于2%；在两百路视频并发条件下，平台页面响应时间不超过3秒。
P:5.2 初步验收合格后平台试运行六十日。试运行期间未发生一级故障、遗留问题全部整改完毕，并通过甲方委托的第三方网络安全测评后，进行最终验收。
P:5.3 甲方按上述标准组织验收并出具书面验收报告。平台上线运行、甲方实际使用或支付部分款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.5%（经甲方同意的计划内停机除外）。月可用率每低于约定值0.1个百分点，甲方在应付款项或履约保证金中扣减¥2,000。
P:6.2 一级故障（平台整体不可用、危货区告警功能失效）乙方应在30分钟内响应，2小时内到达现场；二级故障1小时内响应，当日内解决。
P:6.3 乙方响应或到场每迟延一小时，向甲方支付¥800，甲方可从应付款项中直接扣减。
H:第七条 质量保证与维护
P:7.1 平台质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、故障处理和每季度一次的现场巡检。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即¥104,400），且质保期满后两年内不得上调。维护服务另行签订合同，不自动续期。
P:7.3 质保期内乙方每年为甲方操作人员提供不少于两次的复训，并在重大节假日和运输高峰期间安排专人值守。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属站段。
P:8.2 定制开发成果（包括接口程序、识别模型的标定参数、驾驶舱、报表及其源代码和技术文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.3 乙方保证交付成果不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台采集的视频、图像、车辆信息、作业记录和告警数据均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实数据安全措施，远程维护须经甲方审批并通过堡垒机进行，全程留存操作日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方站场布局、设备参数、运输计划、安全管理资料等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除，在合同终止后持续有效。
H:第十一条 分包
P:11.1 乙方不得转包本项目。
P:11.2 乙方可将现场布线、摄像机安装等非主体、非关键性工作分包给具备相应资质的单位，但应在分包前书面告知甲方分包单位名称及分包内容。乙方就分包工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同的组成部分。
P:15.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：平川市地方铁路管理处    乙方（盖章）：恒轨智能科技有限公司
P:签订日期：2025年9月17日
"""

Z02 = """T:分散及灌装生产线控制系统改造合同
P:合同编号：JNCT-SB-2025-068
P:甲方：江南彩图涂料有限公司
P:乙方：常润自动化工程有限公司
P:甲方水性涂料车间现有三条分散生产线（高速分散机、砂磨机、调漆罐）和两条自动灌装线，控制系统老化、配方依靠人工下发。为实现配方自动下发、称重灌装闭环控制和批次记录自动生成，甲方委托乙方实施控制系统改造。经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责控制系统的设计、设备及软件供货、编程组态、安装调试、停产切换、试生产保障和培训，并在质保期满后按第七条提供维保服务。
P:1.2 改造后的系统应能按甲方配方管理要求自动下发配方，分散线转速、温度和加料顺序自动控制，灌装线按罐型自动称重并生成批次记录。
P:1.3 改造范围内的现场仪表、电缆桥架和防爆接线箱由乙方一并核查，发现不满足防爆或工艺要求的，乙方应书面提出整改建议，经甲方确认后实施，费用已包含在合同总价中。
P:1.4 乙方应为甲方操作人员、设备维护人员和工艺人员分别提供现场培训，培训后进行考核，考核合格人数不少于甲方报名人数的九成。
H:第二条 合同价款
P:2.1 合同价款明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|分散线PLC控制柜（含冗余CPU及I/O模块）|3套|228,000|684,000
TB:2|变频器及电机保护单元|26台|12,000|312,000
TB:3|称重灌装控制单元（含称重模块、防爆操作终端）|2套|213,000|426,000
TB:4|HMI/SCADA软件许可及配方管理软件许可|1套|348,000|348,000
TB:5|工业交换机、光纤环网及工控安全网关|1批|230,000|230,000
TB: |设备及软件小计| | |2,000,000
TB:6|编程组态及配方接口开发|1项|94,000|94,000
TB:7|安装调试、停产切换及试生产保障|1项|286,000|286,000
TB: |合同总价| | |2,380,000
P:2.2 合同总价为人民币贰佰叁拾捌万元整（¥2,380,000），含税，已包括运输、保险、安装材料及质保期内的服务费用。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，即¥476,000。
P:3.2 全部设备到货、安装完成并经甲方签收后，甲方支付合同总价的55%，即¥1,309,000。到货签收仅确认数量和外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即¥595,000。
H:第四条 交付与停产切换
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并在甲方安排的停产窗口内完成切换。每条生产线的停产切换时间不超过七日。
P:4.2 乙方应遵守甲方防爆区域作业管理制度，动火、登高及带电作业须办理作业许可。
P:4.3 乙方应在进场前提交详细的切换方案，包括回退措施、人员安排和每日进度计划，经甲方生产、设备和安全部门会签后实施。切换期间乙方应安排不少于四名工程师驻厂。
P:4.4 切换完成后的试生产期间，乙方应每日提交试生产日报，记录配方执行、灌装精度和故障处理情况。
H:第五条 验收
P:5.1 验收标准：灌装计量误差不超过±0.2%；配方下发与执行记录逐批一致；分散线转速和温度控制偏差在技术协议范围内；系统连续七十二小时无故障运行；防爆电气设备取得有效防爆合格证；工控安全网关策略经甲方信息部门检查通过。
P:5.2 系统切换完成后试生产二十日，试生产期间各项指标符合5.1的，甲方在十个工作日内组织最终验收并出具书面验收报告。
P:5.3 试生产、甲方使用系统进行生产或支付部分款项，均不视为验收合格。
H:第六条 质量保证
P:6.1 系统质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的设备和部件，免费修复软件缺陷。
P:6.2 一级故障（任一生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单台设备异常）2小时内响应，次日内解决。
P:6.3 乙方响应或到场每迟延一小时，向甲方支付¥800，从应付款项中扣减。
P:6.4 质保期内乙方每季度进行一次预防性检查，检查内容包括控制柜散热、接地、通讯链路和备份程序，并出具检查报告。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括驻场工程师一名、备品备件、年度预防性维护、软件版本升级和控制程序优化。
P:7.2 年度维保费为设备及软件小计的28%，即每年¥560,000，自质保期满之日起三年内固定不变，按季度支付。
P:7.3 维保服务期间的响应要求与6.2相同，迟延的按6.3扣减。驻场工程师因休假离场的，乙方应安排具备同等能力的人员替岗。
P:7.4 维保期间更换的备品备件费用已包含在年度维保费中，但因甲方操作不当造成的损坏除外。
H:第八条 知识产权
P:8.1 本项目编制的PLC控制程序、组态画面、配方接口程序及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用和修改。
P:8.2 第三方软件许可以其原厂许可条款为准，乙方保证甲方取得合法使用权。
P:8.3 乙方应在最终验收时向甲方移交全部程序备份、组态工程文件、I/O点表、电气图纸和操作维护手册。
H:第九条 数据安全
P:9.1 配方、工艺参数、批次记录和质量数据属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:9.2 乙方应按工控安全要求实施网络分区隔离，远程维护须经甲方书面审批，并通过工控安全网关进行，操作日志留存不少于六个月。
P:9.4 乙方不得在控制系统中预留远程访问通道或未经甲方许可的账号。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方配方、工艺、客户和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
P:10.2 乙方人员离场时应交回全部门禁卡、账号和资料，乙方应督促其人员遵守本条约定。
H:第十一条 违约责任
P:11.1 乙方逾期到货或逾期完成切换的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成甲方停产时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。电气安装等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同并要求赔偿。
P:13.2 系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并拆除设备。
P:13.3 合同解除后，乙方应配合甲方恢复原控制系统或完成与其他供应商的交接，不得以任何理由拖延。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交苏州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 技术协议、设备清单和实施方案为本合同附件，与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:15.3 本合同未尽事宜，由双方协商签订补充协议。
P:甲方（盖章）：江南彩图涂料有限公司    乙方（盖章）：常润自动化工程有限公司
"""

Z03 = """连锁停车场运营管理SaaS服务及实施合同

合同编号：YTPK-IT-2025-112
甲方：悦通停车管理有限公司
乙方：云泊数智科技有限公司

甲方在本市及周边城市经营七十个停车场（含商业综合体、医院、写字楼和路外公共停车场）。为统一收费管理、实现无感支付和集中稽核，甲方向乙方订购停车运营管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方通过其云平台向甲方提供停车运营管理服务，包括车场管理、车牌识别放行、无感支付、月卡及白名单管理、线上缴费、发票开具、运营报表和收费稽核功能。
2. 服务范围为附件一所列七十个车场，甲方可在服务期内按附件二单价增减车场。
（二）实施服务
1. 乙方负责七十个车场道闸、相机和收费终端的对接，历史月卡和欠费数据迁移，收费规则配置，以及车场管理员和财务人员培训。
2. 乙方为甲方定制开发与甲方财务系统、会员系统的两个接口，以及八张稽核报表。
3. 乙方负责编制各车场收费规则配置表，经甲方财务部门确认后上线。
（三）培训服务
乙方为每个车场的管理员提供现场操作培训，为甲方财务和稽核人员提供集中培训不少于三次，并提供操作手册和视频教程。

二、服务期限
本合同服务期为两个服务年度。首个服务年度自上线验收合格之日起算，满一个服务年度后进入第二个服务年度。
服务期内甲方新增车场的，服务费按实际服务月份折算；减少车场的，服务费自次月起相应核减。

三、费用与支付
（一）年度服务费按车场计收，每个车场每个服务年度¥7,800，七十个车场每个服务年度¥546,000，两个服务年度合计¥1,092,000。
（二）实施费¥168,000，为固定价格。
（三）合同总价为人民币壹佰贰拾陆万元整（¥1,260,000）。
（四）实施费在上线验收合格后十五个工作日内一次性支付。
（五）年度服务费按季度在每季度结束后十个工作日内支付，每季度¥136,500。
（六）乙方在每次付款前开具等额增值税专用发票。
（七）乙方不得以任何理由向车主额外收取平台服务费或手续费。

四、实施与上线验收
（一）乙方应在合同生效后九十日内完成全部车场的分批接入。
（二）上线验收标准：
1. 七十个车场全部接入，道闸、相机与平台通讯正常；
2. 车牌识别放行成功率不低于98.5%，抽测样本不少于两千车次；
3. 无感支付与银行、第三方支付渠道对账逐笔一致，连续十日差错为零；
4. 历史月卡和欠费数据全部迁移，由甲方逐条抽查核对一致；
5. 两个定制接口联调通过，稽核报表数据与原始流水一致。
6. 平台在五百个车道并发条件下，车辆出场缴费到抬杆时间不超过3秒。
（三）乙方自测合格后书面申请验收，甲方在十个工作日内组织验收并出具验收报告。车场试运行或甲方实际使用均不视为验收合格。
（四）乙方应为每个车场指定实施负责人，接入前完成现场勘查，对老旧道闸和相机提出更换建议，由甲方决定是否更换。接入过程不得影响车场正常收费，每个车场切换停收时间不得超过两小时，切换安排在夜间车流低谷时段进行。
（五）上线验收后，乙方应提交实施总结报告、车场配置清单、接口说明文档和培训记录。

五、服务水平
（一）平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日通知并安排在凌晨进行）。
（二）一级故障（平台不可用或批量车场无法放行）乙方应在15分钟内响应，1小时内恢复；二级故障30分钟内响应，当日内解决。
（三）月可用率每低于约定值0.1个百分点，扣减当季服务费的2%；一级故障响应或恢复超时的，每次扣减¥3,000。扣减金额从当季服务费中直接抵扣。
（四）乙方应提供每日二十四小时服务热线和在线工单系统，每月向甲方提交服务报告，内容包括可用率、故障统计、工单处理情况和改进措施。
（五）平台版本升级应提前七日通知甲方，升级不得降低已有功能，不得改变收费规则和对账口径。
（六）乙方应在甲方要求时提供平台运行日志和对账明细，配合甲方内部审计和税务检查。

六、数据安全
（一）甲方的车辆进出记录、车主信息、支付和交易流水、月卡数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内的机房，按网络安全等级保护第三级要求进行防护，对车主个人信息加密存储、最小授权访问，并完整记录操作日志。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚。
（四）服务终止后三十日内，乙方应向甲方完整交还全部数据，并在甲方确认后彻底删除。
（五）乙方应每年委托具备资质的机构对平台进行一次渗透测试，并将测试结论和整改情况书面告知甲方。
（六）乙方不得在平台中向车主推送与甲方无关的广告或营销信息。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的接口程序、稽核报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证平台和交付成果不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理并承担责任。

八、违约责任
（一）乙方未按期完成车场接入或上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方平台故障导致车场无法收费的，除第五条扣减外，还应赔偿甲方经核实的停车费损失。
（三）乙方违反第六条约定的，甲方有权要求乙方立即停止违约行为并赔偿全部损失。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

九、续期
本合同服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期的年度服务费由乙方按其届时公布的标准价格确定，乙方可在续期前以书面通知甲方的方式调整。

十、分包
乙方不得将本合同服务转包。确需将车场现场对接工作分包的，须事先取得甲方书面同意。
经同意分包的，乙方对分包单位的工作向甲方承担全部责任。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收取的未履行期间服务费并赔偿损失。
（二）连续两个季度月可用率低于约定值的，甲方有权解除合同。
（三）本合同解除或终止后，乙方应在三十日内配合甲方将数据和车场迁移至甲方指定的平台，迁移期间服务照常提供，费用按实际服务天数结算。

十二、适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得中断服务或限制甲方导出数据。

十三、其他
（一）附件一（车场清单）、附件二（增减车场单价）、附件三（实施计划）为本合同组成部分。
（二）甲方应指定车场联络人，按乙方实施计划提供车场现场条件、网络和配合人员。
（三）甲方在服务期内新增车场的，按附件二单价另行签订补充协议。
（四）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：悦通停车管理有限公司
乙方（盖章）：云泊数智科技有限公司
"""

Z04 = """妇女儿童维权服务平台运维服务合同

合同编号：SFL-YW-2025-021
采购人（甲方）：临江市妇女联合会
服务商（乙方）：临江数安信息技术有限公司

甲方妇女儿童维权服务平台承担维权热线受理、案件登记与流转、法律援助转介、维权档案管理和统计分析等功能，涉及大量妇女儿童个人信息。平台部署于甲方政务云，由应用系统、热线呼叫中心接口、移动端小程序和统计分析模块组成。经竞争性磋商，乙方为本项目成交供应商。双方订立本合同。

第一条 服务内容
（一）应用系统运维：平台应用、数据库、中间件的日常监控、巡检、故障处理、补丁更新、数据备份与恢复演练。乙方每日两次检查平台运行状态、数据库空间和备份任务，发现异常及时处理并记录。
（二）驻场服务：乙方派驻运维工程师一名，工作日在甲方机房驻场，节假日安排远程值守。
（三）安全服务：每季度安全巡检一次，配合甲方完成年度网络安全等级保护测评及整改。
（四）年度运维计划：乙方在合同生效后十日内提交年度运维计划，经甲方确认后执行。
（五）应急保障：在三八妇女节、六一儿童节、重大活动及舆情事件期间，乙方提供专人现场值守，保证热线受理和平台运行。
（六）配合工作：配合甲方完成与省级平台及公安、法院、民政等部门的数据对接调整，单次工作量不超过十个人日的，不另行收费。
（七）培训服务：每半年为甲方平台管理员和热线坐席人员提供一次系统操作和个人信息保护培训。

第二条 服务期限
服务期为一个服务年度，自2025年10月1日起至2026年9月30日止。期满后如需继续服务，由甲方另行采购，本合同不自动续期。
服务期内甲方因机构调整变更平台部署位置的，乙方应配合完成迁移，迁移工作量纳入本合同服务范围。

第三条 服务费用
（一）服务费总额为人民币肆拾陆万陆仟元整（¥466,000），其中：应用系统运维¥286,000；驻场服务¥132,000；安全服务¥48,000。
（二）服务费为固定价格，已含税费及乙方履行本合同的全部费用。
（三）因甲方新增功能模块导致运维工作量明显增加的，双方协商签订补充协议，另行约定费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥116,500。每季度末经甲方考核合格后十五个工作日内支付当季费用。
（三）季度考核不合格的，甲方按第七条扣减后支付。

第五条 服务水平
（一）平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
（二）一级故障（平台整体不可用或热线受理中断）乙方应在30分钟内响应，2小时内恢复；二级故障1小时内响应，当日内解决；三级问题三个工作日内解决。
（三）数据备份每日一次，恢复演练每半年一次，演练结果书面报甲方。
（四）乙方应向甲方提供服务热线和工单系统，每月五日前提交上月运维报告，内容包括运行指标、故障记录、变更记录和安全巡检发现的问题。
（五）重大变更（包括数据库升级、系统迁移和网络调整）须提前五个工作日提交变更方案，经甲方批准后在非工作时间实施，并准备回退措施。
（六）乙方应每半年向甲方提交一次平台运行分析报告，提出性能优化和安全加固建议。

第六条 考核与验收
（一）季度考核标准：月可用率达标；一级、二级故障响应和恢复时间达标；巡检报告、补丁记录和备份记录齐全；未发生因乙方原因的数据安全事件。
（二）服务期满前二十日，甲方按年度运维计划和上述标准进行年度验收，出具书面验收意见。年度验收通过后，乙方交付全部运维文档。
（三）年度验收时，乙方应移交运维手册、系统配置清单、账号权限清单、应急预案、全年巡检报告和备份恢复演练记录，甲方逐项核对。
（四）年度验收未通过的，乙方应在十五日内整改完毕并重新申请验收，整改期间继续提供服务且不另收费。
（五）甲方每季度考核结果书面通知乙方，乙方有异议的应在五个工作日内提出。

第七条 服务扣款
（一）月可用率每低于约定值0.1个百分点，扣减当季服务费的2%。
（二）一级故障响应或恢复超时的，每次扣减¥2,000；二级故障超时的，每次扣减¥800。
（三）驻场工程师无故缺勤的，每人每日扣减¥600。
（四）扣款不影响甲方依照第十一条主张违约金和赔偿损失的权利。

第八条 数据安全与个人信息保护
（一）平台中的求助人信息、案件材料、维权档案和统计数据均属于甲方所有。乙方仅可为履行运维职责接触上述数据，不得复制、下载、留存或用于其他任何目的。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，运维操作须通过甲方堡垒机进行并全程审计，禁止使用移动存储介质。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）乙方人员的账号实行一人一号，离岗时当日注销。乙方不得在甲方系统中设置隐藏账号或后门程序。
（五）服务期满或合同解除时，乙方应移交全部账号和资料，删除其在运维过程中因工作需要临时保存的任何甲方数据，并出具书面删除承诺。
（六）乙方应对驻场和远程运维人员进行背景审查和个人信息保护培训，人员名单报甲方备案。
（七）乙方应配合甲方开展个人信息保护合规审计，如实提供相关记录。

第九条 保密
（一）乙方及其人员对履行合同中知悉的求助人身份、案情和甲方工作信息负有保密义务，驻场人员须签署个人保密承诺书。
（二）保密义务在本合同终止后继续有效。
（三）乙方不得以任何形式公开或在宣传材料中使用本项目涉及的案例、数据和截图。

第十条 知识产权
乙方在服务期间形成的运维脚本、配置文档、应急预案和巡检报告的知识产权归甲方所有，甲方可自由使用和修改。乙方为履行本合同使用的自有运维工具的知识产权仍归乙方所有，不影响甲方对上述成果的使用。

第十一条 违约责任
（一）乙方未按年度运维计划按期完成巡检、补丁更新或测评整改的，每逾期一日，按合同总价的千分之一支付违约金。
（二）因乙方原因导致数据安全事件的，甲方有权要求乙方赔偿全部损失。
（三）乙方驻场人员违反甲方机房管理制度的，甲方有权要求乙方更换人员，乙方应在五个工作日内完成替换。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

第十二条 人员与分包
（一）乙方不得转包或分包本合同服务。
（二）更换驻场工程师须提前十日书面通知甲方并经甲方同意。
（三）驻场工程师应具有三年以上数据库或系统运维经验，并持有相关技术资格证书。
（四）乙方应为驻场人员缴纳社会保险，驻场人员的劳动关系、薪酬和安全由乙方负责。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除后，乙方应在十日内完成工作交接，配合甲方或新服务商接手运维，交接期间不得中断服务。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
成交通知书、磋商文件、乙方响应文件为本合同组成部分。本合同未尽事宜，双方协商签订补充协议。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市妇女联合会
乙方（盖章）：临江数安信息技术有限公司
"""

Z05 = """# 乳品批次追溯系统软件许可及定制开发合同

**（溯链科技标准合同文本 V3.0）**

合同编号：SLKJ-HT-2025-0263

甲方：北原乳业（清河）奶粉有限公司

乙方：溯链科技（杭州）有限公司

鉴于甲方生产婴幼儿配方奶粉，需按市场监管部门的要求建立产品追溯体系，实现从原辅料入厂、生产、包装到出厂销售的全过程记录，拟建设批次追溯系统；乙方拥有“溯链”追溯软件产品及相关技术，双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯链”批次追溯管理软件的永久使用许可，包括一物一码赋码、扫码关联、批次追溯查询、召回管理和消费者查询模块。

1.2 乙方根据甲方需求进行定制开发，包括与甲方MES、ERP和WMS系统的对接、罐码与箱码关联方案，以及向市场监管部门追溯平台上报数据的接口。定制开发的具体内容以双方确认的《需求规格说明书》为准，需求规格说明书确认后的变更按4.3处理。

1.3 乙方负责系统部署实施和操作培训。

1.4 系统部署于甲方本地服务器，甲方负责提供符合乙方配置要求的服务器、数据库和网络环境。

1.5 本合同附件《功能清单》为乙方产品标准功能说明，附件未列明的功能不属于本合同范围。

1.6 乙方提供两次现场集中培训，每次不超过两天，参加人员不超过二十人。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 批次追溯管理软件许可（永久授权） | 760,000 |
| 2 | 定制开发（系统对接、赋码方案、监管上报接口） | 580,000 |
| 3 | 部署实施 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 1,460,000 |

合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含税。上述价格不包括服务器、数据库、操作系统和第三方中间件的采购费用，也不包括乙方人员在约定次数以外的差旅费用。合同价款不因人工成本变化而调整。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥803,000。

3.2 系统上线后五个工作日内，甲方支付合同总价的45%，即¥657,000。

3.3 甲方未按期付款的，乙方有权暂停实施工作，工期相应顺延。

3.4 乙方收款后开具增值税专用发票。

## 第四条 交付

4.1 乙方计划在收到首笔款项后一百二十日内完成系统部署并上线。

4.2 甲方应按乙方要求提供场地、网络、服务器和现场配合人员。因甲方原因导致延误的，工期相应顺延。

4.3 甲方在实施过程中提出需求变更的，乙方有权另行报价，并相应调整工期。

4.4 乙方按实施计划分阶段交付安装介质、配置文档和用户手册。

4.5 甲方应在乙方进场前完成赋码设备、扫码枪和打印机的采购安装，上述设备不在本合同范围内。

4.6 实施期间甲方连续十五日未能提供必要配合的，乙方有权暂停实施，已完成的工作视为交付。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在上线后五日内书面提出；逾期未提出的，视为甲方无异议。

5.3 系统上线后，甲方应在乙方提供的上线确认单上签字盖章；甲方未签字但已实际使用系统的，视为确认。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 因甲方操作不当、擅自修改或第三方系统故障引起的问题，不属于免费维护范围。

6.3 免费维护期内乙方提供工作日远程支持，现场服务按乙方服务价格另行收费。

6.4 免费维护期内的版本升级仅限乙方发布的补丁版本，主版本升级另行收费。

## 第七条 维保服务

免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维保合同，维保费用按乙方届时公布的年度维保价格标准执行。维保服务内容包括软件升级、远程技术支持和年度巡检，具体以维保合同约定为准。

## 第八条 技术支持

8.1 系统发生一级故障（赋码或扫码功能整体中断）时，乙方在接到甲方通知后8小时内响应，并尽合理努力修复。

8.2 二级及以下故障，乙方在两个工作日内响应。

8.3 因系统故障或修复延迟给甲方造成的任何损失，乙方不承担扣款、赔偿或违约金责任。

8.4 乙方技术支持时间为工作日9:00至18:00，非工作时间的服务请求顺延至下一工作日处理。

8.5 甲方应指定两名系统管理员负责与乙方对接，并按乙方指导进行日常操作和数据备份。

## 第九条 知识产权

9.1 软件产品及定制开发成果（包括接口程序、赋码方案、数据模型、源代码和技术文档）的知识产权均归乙方所有。

9.2 甲方在本合同项下获得非独占、不可转让的使用权，不得修改、反向工程或许可任何第三方使用。

9.3 甲方不得将软件安装于本合同约定以外的工厂或生产线；如需扩展，应另行购买许可。

9.4 乙方有权将本项目中形成的通用技术成果用于其他客户项目。

9.5 甲方委托第三方对系统进行维护或二次开发的，须事先取得乙方书面同意。

## 第十条 数据

10.1 甲方的生产、批次、流向和追溯数据归甲方所有。

10.2 乙方对系统采取访问控制、传输加密和操作日志等安全措施。发生数据安全事件时，乙方应在24小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

10.3 甲方同意乙方可将经脱敏处理后的批次、流向和扫码数据用于乙方产品改进、行业分析报告及其他乙方业务用途。

10.4 甲方应自行负责生产系统和追溯数据的备份，因甲方未备份造成的数据丢失，乙方不承担责任。

10.5 系统中涉及消费者扫码查询产生的位置和设备信息，由甲方负责取得消费者授权。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。保密信息不包括已为公众所知或一方独立开发取得的信息。乙方有权在宣传材料和客户名单中使用甲方名称和标识。

## 第十二条 违约责任

12.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

12.3 任何一方均不对对方的间接损失、利润损失承担责任。

12.4 因不可抗力或第三方系统原因导致的延误，乙方不承担责任。

## 第十三条 合同解除

一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。本合同解除后，甲方应立即停止使用软件并删除全部副本。

## 第十四条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。争议解决期间，双方应继续履行本合同中不涉及争议的部分。

## 第十五条 其他

15.1 本合同未尽事宜，双方另行签订补充协议。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

15.3 本合同附件包括：附件一《功能清单》、附件二《实施计划》、附件三《服务器配置要求》，附件与本合同具有同等效力。

15.4 本合同的通知以书面形式发送至首页所列地址，或以电子邮件发送至双方指定联系人邮箱，发出后第二日视为送达。

15.5 本合同条款由双方充分协商确定，甲方已仔细阅读并理解全部条款。

甲方（盖章）：北原乳业（清河）奶粉有限公司

乙方（盖章）：溯链科技（杭州）有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KMS-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 September 2025 between Changzhou Hengrun Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Kamogawa Software Co., Ltd., a company incorporated in Japan with its head office in Shimogyo-ku, Kyoto (the "Vendor").
P:The Customer manufactures machined and stamped components for household appliances and wishes to replace spreadsheet-based production planning at its two plants with the Vendor's planning and scheduling software. The Vendor has offered a perpetual licence together with implementation, interface development and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KAMO-APS advanced planning and scheduling software, version 8, including the finite-capacity scheduler, the material requirements module, the shop-floor dispatch module and the quality hold module, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data conversion programs and related documentation created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software at the Customer's sites, including orders, routings, bills of material, machine calendars, schedules and quality records.
P:1.4 "Final Acceptance" means the Customer's written confirmation issued under Article 5.3.
P:1.5 "Severity 1 Fault" means a fault that stops scheduling or dispatch at either plant, or corrupts Customer Data, with no workaround.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its plants in Wujin and Jintan for up to sixty named planners and two hundred shop-floor terminals, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The Customer may transfer the licence to an affiliate in mainland China that takes over either plant, on written notice to the Vendor.
P:2.3 Title to the Software remains with the Vendor.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,370,000 (two million three hundred and seventy thousand yuan), inclusive of VAT, made up as follows: Software licence CNY 1,680,000; implementation and configuration services CNY 420,000; Custom Deliverables (interfaces with the Customer's ERP, MES and warehouse systems, and twenty-six management reports) CNY 214,000; training CNY 56,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and living costs of the Vendor's personnel, all third-party components embedded in the Software, and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 Advance payment: 20% of the Contract Price (CNY 474,000) within fifteen business days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer.
P:4.2 Installation payment: 55% of the Contract Price (CNY 1,303,500) within fifteen business days after the Software is installed on the Customer's servers and the Vendor's installation report has been countersigned by the Customer. The installation report records completion of installation only and is not acceptance.
P:4.3 Final payment: 25% of the Contract Price (CNY 592,500) within fifteen business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account of the Vendor's Shanghai branch stated on the invoice. Each invoice shall be a valid PRC VAT invoice.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete installation within sixty days and be ready for acceptance testing within one hundred and fifty days after signature, following the project plan in Annex 2.
P:5.2 Acceptance tests shall show that: (a) every function listed in Annex 1 works as specified; (b) a full weekly schedule for both plants is generated in under six minutes on the agreed server; (c) schedules respect machine calendars, tooling constraints and material availability in all test scenarios agreed in Annex 3; (d) the ERP, MES and warehouse interfaces exchange orders, confirmations and stock movements without error for twenty consecutive working days; and (e) the converted master data reconcile record by record with the source data.
P:5.3 When the tests are passed and all Severity 1 and Severity 2 defects found during testing have been closed, the Customer shall issue a written Final Acceptance certificate within ten business days. Productive use of the Software, installation, or payment of any instalment does not by itself constitute acceptance.
P:5.4 If the Software fails the acceptance tests twice, the Customer may, at its choice, grant a further test period or terminate this Agreement under Article 14 and receive a refund of all amounts paid.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 and the documentation for eighteen months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge, provide all new releases and patches of the Software, and provide remote support in Chinese or English.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall operate a support desk staffed by its Shanghai branch, reachable by telephone and ticket portal at all times for Severity 1 Faults and during business hours for other faults.
P:7.2 For a Severity 1 Fault the Vendor shall respond within one hour, begin remote diagnosis immediately, and provide a workaround or fix within eight hours. For a Severity 2 Fault the Vendor shall respond within two hours and fix within three business days.
P:7.3 For each full hour by which the Vendor is late in responding to or fixing a Severity 1 Fault, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support covering the same services as Article 6.2 and Article 7.
P:8.2 The annual support fee is 11% of the Software licence fee, that is CNY 184,800 per year, fixed for the first three years after the Warranty Period. Any later increase shall not exceed the change in the PRC consumer price index for the preceding year.
P:8.3 Support is ordered year by year by the Customer's written purchase order. There is no automatic renewal.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation no later than Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:9.2 The Vendor retains its rights in the Software and in its general tools and know-how.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including in anonymised or aggregated form.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway with individual accounts, shall follow the Customer's information security policies and the PRC Data Security Law, and shall not transfer Customer Data outside mainland China.
P:10.3 The Vendor shall notify the Customer within two hours after becoming aware of any unauthorised access to, loss of or corruption of Customer Data caused by its personnel, shall cooperate in remedying it, and shall be liable for all resulting losses.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, customer orders, prices and technical information, and shall use it only for this Agreement.
P:11.2 This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to be ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9.3 and 10, to personal injury, or to wilful misconduct or gross negligence.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor's Shanghai branch is not a subcontractor.
P:13.2 The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.
P:14.2 The Customer may also terminate under Article 5.4, or if delay damages under Article 12.1 reach their maximum.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Japan, without regard to its conflict-of-laws rules.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Japan Commercial Arbitration Association under its Commercial Arbitration Rules. The seat of arbitration is Osaka, Japan, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Scenarios), is the entire agreement between the parties on its subject.
P:16.2 Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# StockWave Subscription Order Form

**Naniwa Cloudworks Co., Ltd.** · Order Form No. NCW-OF-25-0417-GZ

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER DETAILS

### A1. Parties

**Provider:** Naniwa Cloudworks Co., Ltd., a company incorporated in Japan with its head office in Kita-ku, Osaka, acting for the purpose of invoicing through its wholly owned subsidiary Naniwa Cloudworks (Shanghai) Co., Ltd.

**Customer:** Guangzhou Meiyan Cosmetics Distribution Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianhe District, Guangzhou.

### A2. Subscribed Service

StockWave multi-warehouse inventory management service, hosted in Provider's Shanghai data centre region, comprising: the core inventory platform (stock ledger, inbound and outbound orders, batch and expiry tracking, cycle counting); the warehouse module for six warehouses in Guangzhou, Foshan, Wuhan, Chengdu, Shanghai and Tianjin; and the analytics add-on (replenishment suggestions, ageing and expiry dashboards). The subscription covers up to one hundred and twenty named users and eighty handheld scanners.

### A3. Term

The Initial Term is twenty-four months starting on the Subscription Start Date of 1 November 2025, divided into two Subscription Years. Renewal is governed by Section B10.

### A4. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Core inventory platform | per Subscription Year | 312,000 | 312,000 | 624,000 |
| Warehouse module | 6 warehouses at 21,000 per warehouse per Subscription Year | 126,000 | 126,000 | 252,000 |
| Analytics add-on | per Subscription Year | 48,000 | 48,000 | 96,000 |
| Onboarding services | one-time, fixed | 64,000 | | 64,000 |
| **Total** | | **550,000** | **486,000** | **1,036,000** |

All fees are in CNY and include VAT at the applicable rate. Additional warehouses may be added during the term at CNY 21,000 per warehouse per Subscription Year, pro rated by month.

### A5. Invoicing and Payment

(a) Subscription fees are invoiced annually at the start of each Subscription Year and are payable within thirty days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Section A6 and is payable within thirty days after receipt of a valid VAT invoice.

(c) No other amount is payable before Go-Live Acceptance.

### A6. Onboarding and Go-Live Acceptance

(a) Onboarding comprises configuration of the six warehouses, migration of item masters, open orders and stock balances from the Customer's current system, an interface with the Customer's ERP for purchase and sales orders, scanner set-up and training of key users.

(b) The target Go-Live Date is 15 January 2026. Provider will use reasonable efforts to achieve Go-Live by that date. The target Go-Live Date is an estimate only.

(c) Go-Live Acceptance requires that: (i) migrated stock balances reconcile with the Customer's closing stock report for every warehouse, batch and expiry date; (ii) the ERP interface transfers all orders of ten consecutive business days without manual correction; (iii) the acceptance test scripts agreed during onboarding pass with no open Severity 1 or Severity 2 defect; and (iv) scanning transactions are confirmed in under two seconds at peak load.

(d) The Customer shall confirm Go-Live Acceptance in writing within five business days after Provider shows that the criteria are met. Use of the service in production before that confirmation does not constitute acceptance.

(e) Sub-processors approved at signature: Shanghai Huayun Data Centre Co., Ltd. (hosting of the Shanghai region). No other subcontractor or sub-processor is approved.

## PART B: GENERAL TERMS

### B1. Provision of the Service

1.1 Provider shall make the service available to the Customer's users over the internet in accordance with the documentation and this Order Form.

1.2 Provider may update the service from time to time, provided that no update materially reduces the functions described in Section A2.

1.3 The Customer is responsible for its users' compliance with these General Terms and for keeping its login credentials secure.

### B2. Service Levels

2.1 Provider shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Provider shall respond to incidents as follows: Severity 1 (service unavailable, or scanning or order processing stopped in any warehouse) within thirty minutes, around the clock; Severity 2 (a major function degraded with no workaround) within two hours during business hours; Severity 3 (other issues) within one business day.

2.3 If availability in a month falls below the commitment in Section 2.1, Provider shall grant a service credit against the next invoice: 5% of the monthly equivalent of the subscription fees where availability is at least 99.5%; 10% where it is at least 99.0% but below 99.5%; and 25% where it is below 99.0%. For each Severity 1 incident not responded to within the required time, Provider shall grant a further credit of CNY 2,000.

2.4 Provider shall send the Customer a monthly service report showing availability, incidents and credits.

### B3. Customer Data

3.1 Customer Data means all data that the Customer or its users enter into or generate through the service, including item, stock, supplier, customer and order data. As between the parties, Customer Data belongs to the Customer.

3.2 Provider shall process Customer Data only to provide the service to the Customer and as instructed by the Customer, and shall not use it, in any form, for any other purpose.

3.3 The Customer may export Customer Data at any time in CSV format. Within thirty days after the end of the term Provider shall, at the Customer's choice, return and then delete all Customer Data.

### B4. Data Security

4.1 Provider shall store and process Customer Data only in its Shanghai region in mainland China and shall maintain an information security programme certified to ISO/IEC 27001 and a valid MLPS level 3 filing for the service.

4.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs for at least six months, and back up Customer Data daily.

4.3 Provider shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall be responsible for losses caused to the Customer by its breach of this Section B4.

### B5. Intellectual Property

5.1 Provider owns the service and all its underlying software.

5.2 The configurations, ERP interface mappings, report templates and other materials created during onboarding specifically for the Customer belong to the Customer, which may use, modify and have third parties use them without restriction.

### B6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Order Form and use it only to perform or receive the service.

6.2 This obligation continues for three years after the end of the term, and for trade secrets for as long as they remain trade secrets.

### B7. Subcontracting

7.1 Provider shall not engage any subcontractor or sub-processor other than those listed in Section A6(e) without the Customer's prior written consent.

7.2 Provider is responsible for the acts and omissions of its subcontractors and sub-processors as for its own.

### B8. Warranties

8.1 Provider warrants that the service will perform materially in accordance with the documentation.

8.2 Provider warrants that the service and its deliverables do not infringe any third party's intellectual property rights, and shall defend the Customer against any such claim.

### B9. Limitation of Liability

9.1 Neither party shall be liable for any indirect or consequential loss, or for loss of profits, revenue or goodwill.

9.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

9.3 Service credits under Section B2 are included in the limit in Section 9.2.

### B10. Renewal

10.1 At the end of the Initial Term, the subscription renews automatically for a further term of twenty-four months, and thereafter for successive terms of the same length, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

10.2 Provider may increase the fees for any renewal term by up to 9% over the fees of the previous term by notice given at least ninety days before the end of the current term.

### B11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of the breach.

11.2 If the Customer terminates under Section 11.1, Provider shall refund the prepaid fees for the remainder of the term.

11.3 Provider may suspend the service if undisputed fees remain unpaid for more than forty-five days after written reminder.

### B12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### B13. General

13.1 Notices shall be in writing and sent to the addresses in Section A1, or by e-mail to the contacts named by each party.

13.2 Neither party may assign this Order Form without the other party's prior written consent.

**Signed for the Provider:** ____________________  **Signed for the Customer:** ____________________
"""

E03 = """T:Supply and Licence Contract for Rotating Equipment Condition Monitoring
P:Contract No. HHFC-EQ-2025-0192
P:This Contract is made on 9 October 2025 between Tianjin Haihe Fine Chemicals Co., Ltd., with its registered office in the Nangang Industrial Zone, Tianjin, People's Republic of China (the "Buyer"), and Rokko Sensing Technologies Co., Ltd., a company incorporated in Japan with its head office in Chuo-ku, Kobe (the "Supplier").
P:The Buyer operates pumps, compressors, agitators and fans in hazardous areas at its Nangang site and wishes to monitor their condition continuously. Following the Buyer's tender No. HHFC-T-2025-077, the Supplier was selected to supply wireless sensors, gateways, a server and its monitoring software. This Contract is on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's RokkoWatch condition monitoring software, version 5, including the analytics engine, alarm manager and mobile application.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the site.
P:1.4 "Custom Work" means the dashboards, alarm rules, asset models and the interface with the Buyer's distributed control system and maintenance management system made for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written acceptance certificate under clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply, install, configure and commission the System for three hundred and twenty monitored machines in production units 1 to 5 and the tank farm, and shall train the Buyer's maintenance and reliability staff.
P:2.2 All Equipment installed in hazardous areas shall carry valid PRC explosion-protection certificates (CCC Ex) for the zone classification in the site drawings.
P:2.3 The Supplier shall carry out the Custom Work described in the technical specification annexed to this Contract.
H:3. Price
P:3.1 The Contract Price is CNY 2,062,000, inclusive of 13% VAT, and is broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, Ex ia certified|320|3,150|1,008,000
TB:2|Sensor gateways, Ex d certified|24|18,500|444,000
TB:3|Monitoring server, storage and rack|1 set|96,000|96,000
TB:4|RokkoWatch software, perpetual licence for 400 measuring points|1|324,000|324,000
TB: |Hardware and Licence Subtotal| | |1,872,000
TB:5|Installation, mounting and cabling|1 lot|148,000|148,000
TB:6|Commissioning, Custom Work, baseline analysis and training|1 lot|42,000|42,000
TB: |Contract Price| | |2,062,000
P:3.2 The Contract Price is fixed and includes packing, transport to site, insurance, customs clearance, import duties, documentation, travel costs and all services during the Warranty Period.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 206,200) within twenty days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 65% of the Contract Price (CNY 1,340,300) within twenty days after delivery and installation of all Equipment, confirmed by a delivery and installation certificate signed by both parties. That certificate confirms quantities and installation only and is not acceptance.
P:4.3 25% of the Contract Price (CNY 515,500) within twenty days after Final Acceptance.
P:4.4 Each payment requires a valid PRC VAT invoice issued by the Supplier or its Tianjin representative company.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the site within ninety days and complete installation within one hundred and twenty days after signature.
P:5.2 Installation in operating units shall follow the Buyer's permit-to-work system and hot work rules. The Supplier's staff shall attend the Buyer's site safety induction before starting work.
P:5.3 Risk in the Equipment passes to the Buyer on delivery; title passes on payment under clause 4.2.
H:6. Acceptance
P:6.1 After commissioning the System shall run for a trial period of forty-five days.
P:6.2 The acceptance criteria are: (a) all three hundred and twenty machines are online with a data completeness of at least 98% during the trial period; (b) sensor readings match reference measurements by a portable analyser within the tolerance in the technical specification on a sample of forty machines chosen by the Buyer; (c) alarms reach the control room and the mobile application within ten seconds; (d) the interfaces with the distributed control system and the maintenance management system work without error for the whole trial period; and (e) the Ex documentation for every installed item is complete.
P:6.3 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days. Use of the System during the trial period or payment under clause 4.2 does not constitute acceptance.
P:6.4 If the System fails acceptance, the Supplier shall remedy the defects at its cost and the trial period shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the System for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and shipping.
P:7.2 Replacement batteries for sensors that fail within the Warranty Period are included.
P:7.3 All Software updates released during the Warranty Period are included.
H:8. Service Levels
P:8.1 A Severity 1 fault is a fault that stops monitoring of more than ten machines or stops alarms. The Supplier shall respond to a Severity 1 fault within one hour, provide remote diagnosis immediately and, where needed, have an engineer on site within twenty-four hours.
P:8.2 A Severity 2 fault is any other fault affecting monitoring. The Supplier shall respond within eight business hours and fix it within five business days.
P:8.3 For each full hour of delay in responding to or restoring a Severity 1 fault, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any payment or from the performance guarantee.
H:9. Support after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual support for the System, including software updates, remote support, an annual on-site inspection and the service levels in clause 8.
P:9.2 The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 149,760 per year, fixed for three years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:10. Intellectual Property
P:10.1 All rights in the Custom Work, including configuration files and interface source code, belong to the Buyer, which may use, modify and license it freely.
P:10.2 The Software remains the property of the Supplier and is licensed to the Buyer perpetually for use at the Nangang site.
P:10.3 The Supplier shall indemnify the Buyer against any third-party claim that the System infringes intellectual property rights.
H:11. Data and Security
P:11.1 All measurement data, alarms, asset models and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, retain or use them, including in anonymised or aggregated form, for any other purpose.
P:11.2 The System shall be installed inside the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's bastion host, on request and with the Buyer's approval for each session, and is logged. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
P:11.3 The Supplier shall report any security incident affecting the System or the Buyer's data within two hours, cooperate in its remedy, and be liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information received from the Buyer, including process data, site drawings and production information, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination for three years.
H:13. Delay Damages and Liability
P:13.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mounting and cabling may be subcontracted only to a contractor approved in writing by the Buyer, and the Supplier remains responsible for its work.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if delay damages reach their maximum.
P:15.2 On termination the Supplier shall refund amounts paid for work not accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the people's court with jurisdiction where the Buyer is domiciled.
H:17. General
P:17.1 This Contract, its technical specification and the Supplier's tender form the entire agreement. In case of conflict, this Contract prevails.
P:17.2 This Contract is made in English and Chinese, both equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** JCAP-MSA-2025-014

**Customer:** Wuhan Jiangcheng Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Wuhan Economic and Technological Development Zone, Hubei Province.

**Supplier:** Atsuta IT Services Co., Ltd., a company incorporated in Japan with its head office in Atsuta-ku, Nagoya, acting together with its branch in Wuhan.

**Background.** The Customer makes brake and steering components at three plants in Wuhan and Xiangyang. It wishes to outsource the day-to-day operation of its plant IT infrastructure for thirty-six months. The Supplier has run similar services for automotive suppliers in Aichi Prefecture and in China. The parties agree as follows.

## 1. Definitions

1.1 **Services** means the managed services described in Schedule 1.

1.2 **Service Levels** means the levels in Schedule 2.

1.3 **Charges** means the charges in Schedule 3.

1.4 **Customer Data** means all data of the Customer or its employees, customers or suppliers that the Supplier handles when performing the Services, including production, quality and personnel data.

1.5 **Service Commencement Date** means the date on which the Customer confirms Transition Acceptance under Section 3.3.

1.6 **Priority 1 Incident** means an incident that stops a production line, the plant network, the MES or the shipping system at any plant.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties. Unless otherwise agreed in that extension, the Charges for any extension remain those in Schedule 3.

## 3. Transition

3.1 Within ninety days after signature the Supplier shall take over the Services from the Customer's internal IT team under the transition plan agreed at signature, including inventory of all in-scope assets, documentation of configurations, set-up of monitoring tools and knowledge transfer.

3.2 Transition Acceptance criteria: (a) the asset inventory is complete and reconciled with the Customer's fixed asset register; (b) monitoring covers every in-scope server, storage array, switch and firewall; (c) run-books exist for every critical system listed in Schedule 1; (d) the service desk has handled live tickets for fifteen consecutive days within the Service Levels; and (e) a documented restore test of the MES database has succeeded.

3.3 The Customer shall confirm Transition Acceptance in writing within five business days after the Supplier shows that the criteria are met. Taking over live operation before that confirmation is not acceptance.

## 4. Services and Service Levels

4.1 The Supplier shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If the Supplier fails a Service Level, it shall grant the service credits set out in Schedule 2, which the Customer may deduct from the next invoice.

4.3 The Supplier shall deliver a monthly service report by the fifth business day of each month, showing Service Level performance, incidents, changes, capacity trends and improvement actions, and shall attend a monthly service review at the Customer's headquarters plant.

4.4 Changes to production systems shall follow the Customer's change management procedure and shall be scheduled outside production shifts unless the Customer agrees otherwise.

## 5. Personnel

5.1 The Supplier shall assign a named service manager and keep on-site engineers at each plant during the hours stated in Schedule 1.

5.2 The Supplier's personnel shall comply with the Customer's site rules, including safety, clean-room and visitor rules.

5.3 The Customer may require the replacement of any person who does not perform adequately, and the Supplier shall provide a suitable replacement within ten business days.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The total Charges for the Service Term, including the one-time transition charge, are CNY 2,590,000, inclusive of VAT.

6.2 The monthly service charge is invoiced monthly in arrears and is payable within thirty days after receipt of a valid VAT invoice.

6.3 The transition charge is invoiced after Transition Acceptance and is payable within thirty days after receipt of a valid VAT invoice.

6.4 The Charges are fixed for the Service Term and cover all tools, travel and personnel costs of the Supplier.

## 7. Delay in Transition

7.1 If Transition Acceptance is not achieved within ninety days after signature for reasons attributable to the Supplier, the Supplier shall pay delay damages of CNY 1,800 for each day of delay, up to a maximum of CNY 180,000.

7.2 If the delay exceeds sixty days, the Customer may terminate this Agreement under Section 13.

## 8. Customer Data

8.1 Customer Data remains the property of the Customer. The Supplier may use Customer Data only to perform the Services and shall not use it for any other purpose.

8.2 At the end of the Service Term, the Supplier shall return all Customer Data and documentation to the Customer or its new provider.

## 9. Intellectual Property

9.1 Run-books, scripts, configuration documentation and reports created by the Supplier for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

9.2 The Supplier keeps ownership of its own monitoring tools and general methods. Where such tools are installed in the Customer's environment, the Supplier grants the Customer a free licence to use them until the end of exit assistance.

## 10. Confidentiality

10.1 Each party shall keep confidential the other party's non-public information, including the Customer's production plans, drawings, prices and customer information, and shall use it only for the purposes of this Agreement.

10.2 Each party shall ensure that its employees and permitted subcontractors are bound by equivalent obligations. This Section survives for three years after the end of this Agreement.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges in Section 6.1.

11.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 10.

11.3 Neither party is liable for indirect or consequential loss.

## 12. Subcontracting

12.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 The Customer may terminate this Agreement by written notice if the Supplier misses the same Service Level in three consecutive months.

13.3 On expiry or termination the Supplier shall provide exit assistance for up to ninety days at the rates in Schedule 3 so that the Services can be transferred without interruption.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## 15. General

15.1 The Schedules form part of this Agreement. In case of conflict, the main body prevails over the Schedules.

15.2 Amendments must be in writing and signed by both parties.

## Schedule 1: Services and Sites

| Service | Scope | On-site hours |
|---|---|---|
| Service desk | Bilingual (Chinese, Japanese) desk for about 1,300 users, telephone, e-mail and portal | Monday to Saturday, 07:00 to 21:00 |
| Server and storage management | 86 virtual and physical servers, 2 storage arrays, backup system, MES and ERP databases | Monitoring around the clock |
| Network management | Core and plant switches, 3 firewalls, wireless networks and WAN links of three plants | Monitoring around the clock |
| On-site end-user support | PCs, printers, shop-floor terminals and label printers | One engineer per plant during day shift |

## Schedule 2: Service Levels and Service Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Availability of managed servers and plant network | 99.95% per month | 3% of the monthly service charge for each 0.1 point below the level |
| Priority 1 Incident: response | Within 6 hours | CNY 2,000 per incident |
| Priority 1 Incident: restoration | Within 10 hours | CNY 3,000 per incident |
| Priority 2 Incident: response | Within 8 business hours | CNY 800 per incident |
| Service desk: calls answered within 60 seconds | At least 90% per month | 2% of the monthly service charge |

Service credits in any month are limited to 20% of the monthly service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service desk | per month | 18,500 |
| Server and storage management | per month | 22,000 |
| Network management | per month | 16,000 |
| On-site end-user support | per month | 12,000 |
| Monthly service charge | per month | 68,500 |
| Monthly service charge for the Service Term | 36 months | 2,466,000 |
| Transition charge | one-time, fixed | 124,000 |
| **Total Charges** | | **2,590,000** |
| Exit assistance beyond the Service Term | per engineer day | 2,600 |

**Signed for the Customer:** ____________________  **Signed for the Supplier:** ____________________
"""

E05 = """MARITIME DATA API SUBSCRIPTION AGREEMENT

Agreement No. SMD-QD-2025-0826

This Maritime Data API Subscription Agreement (the "Agreement") is entered into on 26 August 2025 by and between:

Setouchi Maritime Data Co., Ltd., a company incorporated in Japan with its head office in Naka-ku, Hiroshima (the "Provider"); and

Qingdao Haitong International Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shinan District, Qingdao, Shandong Province (the "Customer").

The Customer acts as ship agent for liner and tramp operators calling at ports in northern China and wishes to receive vessel position, port congestion and arrival prediction data through an application programming interface for use in its agency and berth planning systems. The Provider operates a global maritime data service and has agreed to provide that data on the terms below.

1. DEFINITIONS

1.1 "API" means the Provider's REST application programming interface and streaming endpoint through which the Data is delivered.

1.2 "Data" means vessel positions derived from AIS signals, vessel particulars, port call histories, anchorage congestion indicators and estimated times of arrival produced by the Provider's models, as described in Annex A.

1.3 "Customer Content" means the vessel watchlists, port call lists, berth schedules and queries that the Customer submits through the API, and any output created from them for the Customer.

1.4 "Custom Deliverables" means the data extracts, field mappings and integration scripts made by the Provider specifically for the Customer under Section 4.

1.5 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Start Date and the second on its first anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Data for its internal ship agency, berth planning and customer reporting purposes in mainland China.

2.2 The Customer may display Data to its principals, the ship operators for which it acts, in reports and dashboards, but shall not resell or redistribute the Data as a data feed.

2.3 The subscription covers up to two thousand five hundred watchlisted vessels, thirty named users and up to three hundred thousand API calls per calendar month.

3. TERM

3.1 The Subscription Term starts on 1 October 2025 (the "Start Date") and consists of two Subscription Years.

3.2 This Agreement expires at the end of the Subscription Term. Any continuation requires a new written agreement signed by both parties.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Before the Start Date the Provider shall issue API credentials, provide sandbox access and technical documentation in English and Chinese, and build the Custom Deliverables: field mappings to the Customer's agency system, a nightly port call extract for the ports of Qingdao, Rizhao, Yantai and Tianjin, and integration scripts for the Customer's berth planning tool.

4.2 Integration Acceptance requires that: (a) the API returns positions for every vessel on a test watchlist of two hundred vessels chosen by the Customer; (b) for a sample of one hundred completed port calls, the port call history matches the Customer's own records of arrival and departure in at least 95% of cases within the tolerance stated in Annex A; (c) the nightly extract is delivered on ten consecutive days in the agreed format; and (d) the integration scripts run without error in the Customer's test environment.

4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the Provider shows that the criteria are met. Use of the Data before that confirmation is not acceptance.

4.4 If the API credentials and the Data feed are not made available to the Customer by the Start Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 42,000.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription Year 1 fee: CNY 398,000
Subscription Year 2 fee: CNY 418,000
Onboarding and Custom Deliverables, one-time: CNY 26,000
Total fees for the Subscription Term: CNY 842,000

5.2 All fees are stated in CNY and include VAT. API calls above the monthly allowance are charged at CNY 0.08 per call, invoiced monthly in arrears; such usage charges are not included in the total above.

5.3 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid invoice.

5.4 The one-time fee is invoiced after Integration Acceptance and is payable within thirty days after receipt of a valid invoice.

5.5 The Year 2 fee stated above is fixed and will not be increased during the Subscription Term.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API available at all times, subject to scheduled maintenance and to the availability of third-party AIS sources.

6.2 The Provider does not guarantee any particular level of availability, latency or accuracy of the Data, and does not commit to any response or resolution time for faults.

6.3 The Customer may raise support requests by e-mail or through the Provider's support portal. The Provider will answer them during its business hours in Japan as soon as reasonably practicable.

6.4 The Provider will announce scheduled maintenance on its status page in advance where practicable.

7. CUSTOMER CONTENT

7.1 Customer Content belongs to the Customer. The Provider shall use Customer Content only to provide the API and the Custom Deliverables to the Customer, and shall not use it for any other purpose, including to improve its models or for benchmarking, whether or not in aggregated or anonymised form.

7.2 Within thirty days after the end of the Subscription Term the Provider shall delete all Customer Content and confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Content with technical and organisational measures consistent with ISO/IEC 27001, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access and retention of access logs for at least six months.

8.2 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or disclosure, loss or alteration of Customer Content, shall investigate and contain the incident, and shall provide a written incident report within ten business days.

8.3 The Provider is responsible for and shall compensate the Customer for losses caused by a breach of this Section 8 by the Provider or its personnel.

8.4 The Customer shall keep its API credentials secure and shall inform the Provider without delay of any suspected misuse.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the API, the Data and the Provider's models.

9.2 The Custom Deliverables belong to the Customer upon payment of the one-time fee. The Customer may use, modify and have third parties maintain them without restriction, and the Provider shall deliver their source code at Integration Acceptance.

9.3 The Provider shall defend the Customer against any claim that the Customer's use of the API or the Data in accordance with this Agreement infringes a third party's rights.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's principals, vessel schedules and prices, and shall use it only for the purposes of this Agreement.

10.2 The obligations in this Section continue for three years after the end of this Agreement.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or for loss of profits, except for breach of Sections 8 and 10.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Section 5.1. The limit does not apply to personal injury, fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the provision of the API, the hosting of Customer Content or the Custom Deliverables without the Customer's prior written consent. Third-party AIS data sources from which the Provider buys raw data are not subcontractors.

12.2 The Provider remains responsible for any approved subcontractor.

13. TERM AND TERMINATION

13.1 The Customer's subscription is a commitment for the whole Subscription Term. The Customer may not terminate this Agreement before the end of the Subscription Term for any reason, including any breach by the Provider. If the Provider is in breach, the Customer's remedies are limited to a claim for damages under Section 11 and to re-performance of the affected service.

13.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed fees within forty-five days after a written reminder, or if the Customer redistributes the Data in breach of Section 2.2 and does not stop within ten days after notice.

13.3 On expiry or termination the Customer's right to use the API ends. The Customer may keep Data already included in its reports and records.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior representatives of both parties. If it is not resolved within thirty days, it shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

15. GENERAL

15.1 Neither party is liable for failure to perform caused by force majeure, including interruptions of satellite or terrestrial AIS reception beyond the Provider's control.

15.2 This Agreement, with Annex A (Data Description and Tolerances) and Annex B (Custom Deliverables), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English in two originals.

SIGNED for and on behalf of the Provider: ____________________

SIGNED for and on behalf of the Customer: ____________________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {  # key: (file name, language, format, source)
    "z01": ("h636z01_railway_freight_yard_safety_monitoring.pdf", "zh", "pdf", Z01),
    "z02": ("h636z02_paint_plant_dispersion_filling_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h636z03_parking_chain_saas_implementation.txt", "zh", "txt", Z03),
    "z04": ("h636z04_womens_federation_rights_platform_om.txt", "zh", "txt", Z04),
    "z05": ("h636z05_infant_formula_traceability_supplier_template.md", "zh", "md", Z05),
    "e01": ("h636e01_kyoto_vendor_aps_perpetual_licence.pdf", "en", "pdf", E01),
    "e02": ("h636e02_osaka_vendor_inventory_saas_order_form.md", "en", "md", E02),
    "e03": ("h636e03_kobe_vendor_condition_monitoring_sensors.docx", "en", "docx", E03),
    "e04": ("h636e04_nagoya_vendor_plant_it_managed_services.md", "en", "md", E04),
    "e05": ("h636e05_hiroshima_vendor_maritime_data_api.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None


def lab(category, row, sla_clause, ld_stated, capped, deemed, value):
    terms = dict(zip(TERM_KEYS, row))
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return category, terms, extra


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": lab("software", [99.5, 0.5, T, "buyer", T, T, T, 0.08, N, 25, T, T, 36, 9, F, T, T, "PRC", G], T, T, T, F, 2056000),
    "z02": lab("hardware", [N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 28, F, T, F, "PRC", G], T, T, T, F, 2380000),
    "z03": lab("cloud", [99.95, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S], T, T, N, F, 1260000),
    "z04": lab("services", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F, 466000),
    "z05": lab("software", [N, 8, F, "supplier", T, F, T, 0.02, N, 55, F, F, 6, N, F, T, N, N, G], T, T, F, T, 1460000),
    "e01": lab("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Japan", G], T, T, T, F, 2370000),
    "e02": lab("cloud", [99.95, 0.5, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, T, T, F, "PRC", S], T, F, N, F, 1036000),
    "e03": lab("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 8, F, T, F, "PRC", G], T, T, T, F, 2062000),
    "e04": lab("services", [99.95, 6, T, "buyer", F, T, T, 1800 / 2590000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F, 2590000),
    "e05": lab("cloud", [N, N, F, "buyer", T, T, T, 600 / 842000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S], F, T, N, F, 842000),
}
FEE_BASE = {"z01": 1160000, "z02": 2000000, "e01": 1680000, "e03": 1872000}  # itemised licence / hardware subtotal

DESIGN = {  # the design list, written before the labels
    "z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (and the §4 horizon)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_MAX, HORIZON = 40, 5


def tco_share(key):
    cat, t, x = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * fee
    return post / (x["contract_value"] + post) * 100


def derive(key):
    """My reading of policy §3, applied to the labels."""
    cat, t, x = LABELS[key]
    goods = t["contract_kind"] == G
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_MAX:
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
    if any(r in SEVERITY_HIGH for r in rules):
        return "high"
    if any(r not in SEVERITY_LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
SCAN = [re.compile(p, re.I) for p in [
    r"99\s*[.．]\s*9(?![0-9])",
    r"(?<![0-9.,．])(?:30|40|15|100)(?![0-9.,．])\s*(?:%|％|per\s*cent|percent)",
    r"(?:thirty|forty|fifteen|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(?<![0-9])0?[.．]05(?![0-9])\s*(?:%|％|per\s*cent|percent)",
    r"万分之五(?!十)", r"千分之零点五", r"(?<![0-9])0?[.．]5\s*‰",
    r"(?<![0-9.,．])4(?![0-9.,．])\s*(?:个)?\s*(?:小时|hours?|hrs?\b|-hours?)",
    r"(?<![十])四\s*个?\s*小时", r"(?<!twenty-)(?<!twenty)(?<!twenty )four[\s-]*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?",
    r"(?<![0-9.,．])12(?![0-9.,．])\s*(?:个)?\s*(?:月|(?:calendar\s*)?months?|-months?)",
    r"十二\s*个?\s*月", r"twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![第每十])一\s*年(?!度)", r"\bone[\s-]*years?\b", r"(?<![0-9.,．])1(?![0-9.,．])\s*(?:年|years?\b|-years?)", r"壹年",
    r"(?<![0-9.,．])5(?![0-9.,．])\s*(?:年|years?\b|-years?)", r"(?<![第每十])五\s*年", r"(?<!twenty-)(?<!twenty)(?<!twenty )\bfive[\s-]*years?",
]]
MUST_HIT = ["99.9%", "99．9", "不低于99.9", "预付30%", "30 %", "40%", "15 %", "100%", "thirty per cent", "forty percent",
            "fifteen per cent", "one hundred per cent", "百分之三十", "百分之四十", "百分之十五", "百分之百", "0.05%",
            ".05 %", "0.05 per cent", "万分之五", "千分之零点五", "0.5‰", "4小时", "4 个小时", "四小时", "四个小时",
            "4 hours", "4-hour", "four hours", "four (4) hours", "four business hours", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "twelve calendar months", "一年", "质保期 一 年", "one year",
            "one-year", "1 year", "1年", "5年", "五年", "five years", "5 years", "within4hours", "12months"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "130%", "1,100%", "0.15%", "115%", "300%", "0.30%", "150%", "25%", "0.08%",
             "10.05%", "万分之五十", "24小时", "二十四小时", "24 hours", "twenty-four hours", "twenty four hours", "twenty-five years", "14 hours", "1.4小时", "120 months", "2025年", "一个服务年度",
             "第一年", "每一年", "十一年", "年度", "18 months", "18个月", "第十四条", "Article 4 Payment",
             "CNY 1,412 months", "2015 years", "24个月", "Subscription Year 1 fee", "十五日", "三十日"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in SCAN:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    import math

    for s in MUST_HIT:
        assert scan(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("scan hits", s, scan(s))

    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, lang, fmt, src) in FILES.items():
        cat, t, x = LABELS[k]
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        for key, th in TH.items():
            v = t[key]
            assert v is None or not math.isclose(v, th), (k, key, v)
        share = tco_share(k)
        if share is not None:
            assert abs(share - TCO_SHARE_MAX) > 2, (k, share)
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        print("%s %-62s %5d %s %s share=%s" % (k, name, n, risk(rules), ",".join(r[3:] for r in rules) or "-",
                                               None if share is None else round(share, 1)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    n_mid = sum(1 for k in DESIGN if 2 <= len(DESIGN[k]) <= 3)
    assert n_mid == 6 and len(DESIGN["z05"]) in range(8, 11) and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert [k for k in DESIGN if not DESIGN[k]] == ["z04", "e03"]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
