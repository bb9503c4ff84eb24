"""holdout657: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels, and asserts lengths, threshold avoidance, rule derivation and coverage. Run:
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:禾丰县农机作业监测平台建设项目合同
P:项目编号：HFZC-2025-0417（政府采购，公开招标）
P:甲方（采购人）：禾丰县农业机械化技术推广站
P:乙方（供应商）：安垄数字农业科技有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，签订本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供农机作业监测平台软件许可（含作业轨迹监测、深松及秸秆还田面积核算、作业质量评价、补贴核验四个模块），并完成定制开发、部署实施和培训。
P:1.2 定制开发内容：对接省级农机购置与应用补贴管理系统；接入全县约1,600台北斗作业终端的位置和传感数据；开发乡镇作业统计报表和县级驾驶舱。
P:1.3 平台部署在甲方指定的政务云资源上，乙方不得将甲方数据存放于其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾万元整（¥1,800,000），为含税固定总价，其中：平台软件许可费¥1,120,000；定制开发费¥586,000；部署实施及培训费¥94,000。
P:2.2 合同总价包含软件许可、定制开发、部署、数据初始化、培训、差旅、税费及质保期内服务等全部费用。除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额银行保函。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合规发票，甲方按财政支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，初验通过后进入六十日试运行。
P:4.2 乙方应在实施前提交实施方案，经甲方书面确认后执行。实施方案应包括进度计划、人员安排、终端接入步骤、数据初始化方法和风险应对措施。
P:4.3 乙方应派驻不少于三名实施人员，项目经理须具有同类项目经验，未经甲方同意不得更换。
P:4.4 乙方应对全县乡镇农机管理员和合作社操作人员分批开展培训，培训不少于八场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初验标准：各功能模块与招标文件技术参数逐项相符；终端接入率不低于98%；作业面积核算与抽样实测面积偏差不超过3%；省级补贴系统接口连续十日数据交换无差错。
P:5.2 最终验收标准：试运行期内无一级故障；第三方机构出具的安全测评报告无高危问题；用户手册、接口文档、源代码和部署文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以书面验收报告为准。平台上线使用、试运行或甲方付款均不视为验收合格。
P:5.4 乙方应在验收前提交自测报告、终端接入清单及面积核算抽样比对记录，作为验收依据。
P:5.5 验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证和售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或数据无法接入）乙方应在30分钟内响应，并在接报后两小时内到达现场或远程处置；二级故障应在两小时内响应；三级问题在两个工作日内答复。
P:6.3 乙方响应超时的，每超时一小时按¥800扣减；月可用率每低于约定值0.01个百分点，扣减¥1,000。扣减金额从质保金或后续应付款中抵扣。
P:6.4 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、接口状态和终端在线率，并向甲方提交巡检报告；农忙季节（夏收、秋收期间）乙方应安排专人值守。
P:6.5 质保期满后，如甲方需要，双方另行签订维护合同，年维护费不超过平台软件许可费的8%（即¥89,600），且在质保期满后三年内不上调。维护合同期满不自动续期。
H:第七条 知识产权
P:7.1 乙方保证其提供的软件及服务不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
P:7.2 本项目定制开发的接口程序、报表、驾驶舱及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 平台软件许可为永久许可，平台本身的知识产权仍归乙方。
H:第八条 数据安全
P:8.1 平台产生和采集的农机作业数据、轨迹数据、补贴核验数据及机手信息均属于甲方，乙方仅可为履行本合同使用，不得用于其他目的或向第三方提供。
P:8.2 乙方应执行网络安全等级保护二级要求，落实访问控制、加密传输和操作日志审计；远程运维须经甲方批准并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在两小时内报告甲方并采取处置措施；因乙方原因造成的损失由乙方全额赔偿。
P:8.4 机手姓名、身份证号、联系电话等个人信息的处理应符合《中华人民共和国个人信息保护法》，乙方人员仅在授权范围内访问，不得导出或留存。
P:8.5 合同终止或质保期满后，乙方应将其持有的甲方数据全部移交甲方，并删除其留存的副本，出具书面删除说明。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、机手个人信息和补贴资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.3 甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率支付利息。
P:10.4 乙方提供的软件功能、性能不符合招标文件要求，经整改仍不合格的，甲方有权拒绝验收，乙方应退还已付款项。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同并要求赔偿。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、源代码、文档和全部数据，并配合甲方完成数据迁移。
H:第十三条 法律适用和争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:14.2 因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，双方协商延期履行或部分免除责任。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.4 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：禾丰县农业机械化技术推广站    乙方（盖章）：安垄数字农业科技有限公司
P:签订日期：2025年5月20日
"""

Z02 = """T:浸药装盒生产线控制系统改造及维保合同
P:合同编号：YHHC-JS-2025-031
P:甲方：沅华火柴有限公司
P:乙方：衡图工业自动化有限公司
P:甲方拟对一号、二号浸药装盒生产线的控制系统进行改造，乙方按本合同提供设备、软件、安装调试和维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 将两条生产线原有继电器控制改为PLC集中控制，更换排梗、浸药、烘干、装盒工段的伺服驱动；加装排梗和装盒缺支视觉检测装置；对浸药槽加装液位与温度闭环控制模块；部署产线监控软件，实现产量、停机、废品和能耗的实时统计。
P:1.2 火柴生产属于涉及易燃化学品的作业环境，浸药及烘干工段的电气设备须符合防爆要求，乙方提供的控制柜、传感器和线缆应具备相应的防爆合格证明。
P:1.3 乙方应利用甲方春节停产检修期间完成主要改造工作，改造期间不得影响甲方其他生产线运行。
P:1.4 改造后的主要技术指标：单线产能不低于每分钟一千二百盒；装盒缺支检出率不低于99%；浸药液位波动控制在正负二毫米以内；监控软件数据刷新周期不超过五秒。上述指标为乙方的技术承诺，列入设备技术规格书。
P:1.5 乙方应在交付时提供电气原理图、接线图、PLC程序清单、视觉检测设备说明书、防爆合格证明复印件和备件清单各两套，并提供电子版。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾叁万元整（¥1,130,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服系统|2套|486,000
TB:2|视觉检测装置（排梗、装盒缺支检测）|4套|228,000
TB:3|浸药液位与温控模块|2套|134,000
TB:4|产线监控软件许可（永久）|1套|176,000
TB:软硬件小计|||1,024,000
TB:5|安装调试|1项|88,000
TB:6|操作及维修培训|1项|18,000
TB:合计|||1,130,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费，为固定总价，合同履行期间不因原材料或人工价格变动而调整。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备安装调试完成后十五日内，甲方支付合同总价的70%。
P:3.3 余款即合同总价的10%作为质保金，质保期满且无质量争议后支付。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票后按约定期限付款。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后六十日内将设备运至甲方厂区，并在到货后二十日内完成安装调试。
P:4.2 甲方负责提供设备基础、动力电源和压缩空气接口，乙方负责控制柜安装、布线、接线和程序调试。
P:4.3 乙方应遵守甲方厂区安全管理和动火审批制度，进入浸药、烘干车间的人员须经甲方安全培训。
P:4.4 乙方应在安装前提交施工方案和停产期间的进度安排，列明每日作业内容、人员名单和安全措施，经甲方设备部和安全部书面确认后方可进场。
P:4.5 旧控制柜、继电器及拆除的线缆由乙方负责拆卸并分类堆放至甲方指定位置，属于危险废物的，按甲方规定交由有资质单位处置。
P:4.6 乙方应对甲方电气维修人员和各班组操作人员进行培训，培训内容包括PLC基本操作、故障代码查询、视觉检测参数调整、监控软件使用及防爆电气日常检查，培训结束后提供培训记录。
H:第五条 验收
P:5.1 设备安装调试完成并经甲方试车后，即视为验收合格，甲方应在安装调试记录上签字。
P:5.2 甲方在试车后七日内未提出书面异议的，亦视为验收合格。
H:第六条 质量保证和维保
P:6.1 质保期为二十四个月，自安装调试完成之日起计算。质保期内设备损坏（人为原因除外）由乙方免费维修或更换，软件免费升级。
P:6.2 一级故障（整条生产线停机）乙方应在接报后1小时内响应，8小时内派员到场；二级故障（单个工段异常）应在2小时内响应，次日到场处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付¥500。
P:6.4 乙方应在甲方厂区或本市内储备伺服驱动器、视觉相机、温控仪表等常用备件，保证关键备件在二十四小时内到位。质保期内每季度巡检一次，检查接线紧固、防爆密封和程序备份情况。
P:6.5 质保期满后，乙方提供有偿维保，年维保费按软硬件小计的9%计算，即每年¥92,160，在质保期满后三年内保持不变。维保内容包括每季度巡检、备件供应和远程技术支持。
P:6.6 维保期间乙方对监控软件进行版本升级的，应事先提交升级方案并在停机窗口内实施，升级失败的应在当日恢复原版本。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、视觉检测参数配置和监控软件定制报表，知识产权归甲方所有，乙方应交付源程序和注释文档，甲方可自行修改和使用。
P:7.2 产线监控软件的标准产品知识产权归乙方，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 监控软件采集的产量、工艺参数、配方及能耗数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方应对监控软件设置账号权限和操作日志，远程维护须经甲方同意并在甲方人员监督下进行。因乙方原因导致数据泄露或控制系统被非法入侵的，乙方承担全部赔偿责任，并应在发现后两小时内通知甲方。
H:第九条 保密
P:9.1 乙方对在履行合同过程中获悉的甲方药头配方、工艺参数、生产计划和经营信息负有保密义务，不得向任何第三方披露。本条在合同终止后五年内有效。
P:9.2 乙方人员离开甲方厂区时不得携带存有甲方工艺参数或程序的移动存储介质，确因工作需要带出的，须经甲方书面批准并登记。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架及布线工作分包给具有相应资质的第三方，但应提前书面通知甲方，并对分包方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方提供的设备不符合防爆要求或约定规格的，甲方有权要求更换，由此产生的费用和损失由乙方承担。
P:11.3 因乙方施工不当造成甲方设备损坏、停产或安全事故的，乙方应承担修复费用并赔偿甲方由此遭受的直接损失。
H:第十二条 合同解除
P:12.1 乙方逾期交货超过三十日，或设备经两次整改仍不能正常运行的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方严重违约，经书面催告后十五日内未纠正的，守约方可以解除合同。
P:12.3 合同解除的，乙方应配合甲方恢复生产线的正常运行，并移交已完成部分的程序、图纸和资料。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 本合同附件包括设备技术规格书、防爆合格证明清单和安装调试记录表，与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：沅华火柴有限公司    乙方（盖章）：衡图工业自动化有限公司
"""

Z03 = """篮球训练营课程预约管理平台订阅服务合同

合同编号：GQTY-SaaS-2025-09
甲方：冠擎体育文化发展有限公司
乙方：约课云（杭州）信息技术有限公司

甲方在全国经营四十五个连锁篮球训练营场馆，现采购乙方的课程预约管理平台订阅服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供课程预约管理服务，包括课程排期、学员约课与签到、教练排班、课时包管理、在线支付对账、家长端小程序和经营报表。
2. 订阅范围为甲方四十五个场馆，每个场馆含五个管理账号和不限数量的学员、家长账号。
（二）实施服务
1. 乙方负责将甲方现有学员档案、课时余额和课程表迁移至平台，完成四十五个场馆的配置、小程序上线和支付通道对接。
2. 乙方为甲方定制开发训练营课程体系配置页面和区域经营分析报表。
3. 乙方对甲方店长、前台和教练进行线上及现场培训，现场培训按区域集中举办，不少于六场，每场培训后提供培训记录和考核结果。
4. 实施期间乙方应指定项目经理，每周向甲方提交进度报告，说明已完成场馆、存在问题和下周计划。

（三）运营支持
1. 乙方为甲方指定专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理、工单统计和功能更新说明。
2. 甲方每季度可要求乙方召开一次服务回顾会，乙方应就未达标事项提出整改计划。
3. 平台的常规版本升级免费提供，升级前五个工作日通知甲方，涉及场馆操作流程变化的，乙方应提供操作说明和线上培训。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自平台上线验收合格之日起计算，第二服务年度紧接第一服务年度。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可连续续展。续展年度的订阅费由乙方按其届时公布的标准价格确定，甲方应按调整后的价格支付。

三、费用及支付
（一）合同费用
1. 实施费：人民币86,000元（一次性）。
2. 订阅费：每个场馆每服务年度7,600元，四十五个场馆每服务年度合计342,000元，两个服务年度合计684,000元。
3. 合同总价：人民币770,000元。
（二）支付方式
1. 实施费在平台上线验收合格后十五个工作日内支付。
2. 订阅费按季度支付，每季度结束后十五个工作日内，甲方根据乙方提交的服务报告和发票支付当季订阅费85,500元。
3. 乙方应在每次收款前开具合规增值税发票，发票不合规的，甲方付款期限相应顺延。
4. 新增场馆的，按每场馆每服务年度7,600元按月折算另行计费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 历史学员档案和课时余额迁移完整，随机抽查五百条记录无差错；
2. 四十五个场馆的约课、签到、支付和退费流程各完成不少于二十笔测试交易，对账一致；
3. 小程序在一千名用户并发时，约课页面响应时间不超过两秒；
4. 定制页面和报表符合双方确认的需求说明书。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。试用或部分场馆先行使用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新申请验收，整改期间不计入服务年度。
（五）乙方未按期完成上线的，每逾期一日向甲方支付违约金600元。
（六）乙方应向甲方交付实施文档、场馆配置清单、管理员操作手册和数据迁移报告。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应提前三日通知并安排在每日零时至六时之间。
（二）故障分级及响应：
1. 一级故障（全部或多数场馆无法约课、签到或支付）：1小时内响应，6小时内恢复；
2. 二级故障（单个场馆或单一功能异常）：2小时内响应，次日内恢复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）月可用率低于约定值的，每低0.1个百分点，抵扣当月订阅费的2%；一级故障响应超时的，每次抵扣当月订阅费的1%。抵扣在下一季度订阅费中扣除。

六、数据与安全
（一）甲方上传和平台运行中产生的学员信息、家长联系方式、约课及支付记录等数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）学员中有大量未成年人，乙方应按照《个人信息保护法》和未成年人个人信息保护要求处理数据，取得必要的监护人同意，落实加密存储、访问控制和日志审计，平台应通过网络安全等级保护二级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的损失，包括监管罚款和对学员家长的赔偿。
（四）平台数据应存储于中国境内的数据中心，每日进行全量备份，备份保留不少于三十日；甲方可随时通过管理后台导出本单位数据。
（五）乙方人员访问甲方生产数据须经审批并留存记录，离职人员账号应在当日注销。
（六）服务终止后三十日内，乙方应将甲方数据以通用格式完整交付甲方，并在甲方确认后删除。

七、保密
甲方对乙方平台的技术资料和报价亦负有保密义务。乙方对甲方的经营数据、价格体系、学员资料及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。乙方应与接触甲方资料的员工签订保密承诺书。

八、知识产权
（一）平台软件的知识产权归乙方。
（二）为甲方定制开发的课程体系配置页面、区域经营分析报表及其设计文档，知识产权归甲方，甲方可以自由使用、修改，并可授权第三方使用。

九、分包
乙方不得将本合同项下的服务转包。确需将现场培训等辅助工作分包的，应事先取得甲方书面同意。

十、违约责任与解除
（一）乙方违反本合同约定，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）一级故障在一个服务年度内累计发生三次以上的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费。
（三）乙方对甲方的累计赔偿责任以合同总价的两倍为限，但因数据泄露造成的损失不受此限。
（四）合同解除或终止的，乙方应继续提供不少于三十日的过渡服务，协助甲方将数据迁移至新的系统，过渡期间订阅费按实际天数计算。

十一、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，可据影响程度部分或全部免除责任。但乙方云平台所依托的机房、网络服务商故障不属于不可抗力，乙方应通过备份和容灾措施保障服务连续性。

十二、合同变更
（一）甲方新增或关闭场馆的，应提前三十日书面通知乙方，订阅费按实际场馆数量和使用月份调整。
（二）甲方提出新的定制需求的，双方另行评估工作量并签订补充协议。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：冠擎体育文化发展有限公司
乙方（盖章）：约课云（杭州）信息技术有限公司"""

Z04 = """康复服务管理系统运维服务合同

项目名称：市残疾人联合会康复服务管理系统年度运维服务
采购方式：竞争性磋商
项目编号：JZCG-2025-CS-062
甲方：江州市残疾人联合会
乙方：恒康信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方签订本合同。

第一条 服务内容
（一）乙方负责甲方康复服务管理系统的运行维护，包括应用系统、数据库、中间件、服务器操作系统和与省残联康复信息平台接口的日常运维。
（二）系统主要功能包括残疾人康复需求登记、康复机构管理、康复救助申请审批、辅助器具适配和服务补贴发放，覆盖全市十二个区县残联和八十余家定点康复机构。
（三）乙方派驻一名运维工程师在甲方现场工作，工作日八时三十分至十七时三十分在岗；非工作时间提供电话和远程支持。
（四）乙方负责配合甲方完成网络安全等级保护测评，对测评发现的问题进行安全加固。
（五）乙方每月提交运维报告，内容包括系统运行情况、故障处理、数据备份检查、安全漏洞修复和优化建议。
（六）服务开始后十五日内，乙方应完成与原运维单位的交接，梳理系统架构、账号权限、接口清单和备份策略，形成交接报告报甲方确认。
（七）在全国助残日、年度康复救助集中审批期等重要时段，乙方应提前巡检并安排专人值守，保障系统稳定运行。
（八）乙方应建立运维工作日志，记录每日巡检、变更、故障处理和数据操作情况，工作日志作为季度考核依据。

第二条 服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满后，甲方根据政府采购规定重新组织采购，本合同不自动延续。如新的运维单位尚未确定，经甲方书面要求，乙方应按原服务标准继续提供服务，续延期间服务费按本合同季度服务费按实际天数折算，续延期不超过三个月。

第三条 合同金额及支付
（一）合同总金额为人民币肆拾叁万捌仟元整（¥438,000），其中：系统运维费¥268,000，驻场服务费¥126,000，等保测评配合及安全加固费¥44,000。
（二）本合同不设预付款。服务费按季度支付，每季度结束后，甲方依据季度考核结果在十五个工作日内支付当季服务费，季度服务费为合同总金额的四分之一。
（三）考核扣减的金额从当季服务费中扣除。
（四）乙方申请付款时应提交当季运维报告、考核结果确认单和合规发票，甲方按财政资金支付流程办理。

第四条 服务水平
（一）故障分为三级。一级故障指系统整体无法访问、核心业务无法办理或数据库损坏；二级故障指部分功能异常或区县无法使用；三级问题指一般缺陷和咨询。
（二）一级故障乙方应在6小时内响应，12小时内恢复系统运行；二级故障应在8小时内响应，两个工作日内解决；三级问题在三个工作日内答复。
（三）乙方每日检查系统运行状态和备份作业，每季度进行一次备份恢复演练，每半年进行一次漏洞扫描。
（四）系统变更须提前提交变更方案，经甲方审批后在非工作时间实施，并做好回退准备。
（五）乙方响应或恢复超时的，每超时一小时扣减服务费¥300；驻场工程师无故缺勤的，每日扣减¥600。

第五条 服务考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括故障响应与处理、运维报告质量、驻场出勤、安全加固完成情况和用户满意度，考核标准见附件《运维服务考核细则》。
（二）季度考核得分在八十分以上的，全额支付当季服务费；低于八十分的，每低一分扣减当季服务费的百分之一。
（三）甲方每季度向区县残联和定点康复机构开展服务满意度调查，调查结果纳入考核。
（四）服务期满，甲方根据四个季度考核结果和运维资料移交情况进行终验，出具书面验收意见。

第六条 数据安全
（一）系统中的残疾人身份信息、残疾类别与等级、康复记录和救助发放数据属于甲方，属于敏感个人信息。乙方仅可为运维目的访问，不得复制、导出、留存或用于其他目的。
（二）乙方访问系统必须通过甲方堡垒机，使用实名账号，所有操作留存日志。未经甲方书面批准，不得通过互联网远程登录生产环境。
（三）乙方应落实等级保护三级的安全管理要求，对运维终端进行病毒防护和补丁管理，运维终端不得安装与工作无关的软件，不得连接个人网盘。
（四）数据库备份介质由甲方保管，乙方进行备份恢复演练时应使用甲方提供的隔离测试环境，演练结束后立即清除测试数据。
（五）发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方，协助处置和调查；因乙方原因造成的，由乙方承担全部赔偿责任及相应法律责任。

第七条 保密
乙方及其驻场人员对在服务过程中知悉的残疾人个人信息、甲方工作秘密和系统配置信息负有保密义务，不得以任何方式向第三方披露。乙方应与驻场人员签订保密协议并报甲方备案。保密义务不因合同终止而解除。

第八条 成果归属
乙方在运维过程中形成的运维脚本、配置文档、优化方案和运维报告归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位使用。乙方应在每季度末将上述成果的最新版本提交甲方存档。

第九条 人员管理
（一）驻场工程师应具有三年以上系统运维经验，持有相关资质证书，并经甲方面试确认。
（二）乙方更换驻场工程师应提前十五日书面通知甲方并经甲方同意，新任人员应完成工作交接。
（三）本合同项下服务不得转包或分包。
（四）乙方应每半年对甲方及区县残联系统管理员开展一次操作和安全培训，培训内容包括账号管理、数据导出审批、常见问题处理和个人信息保护要求。

第十条 违约责任
（一）乙方未按约定时间完成服务交接、安全加固或整改事项的，每逾期一日按合同总金额的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密约定的，甲方有权要求乙方赔偿全部损失。
（三）甲方未按约定支付服务费的，应承担相应违约责任。

第十一条 合同的解除
本合同履行期间，除因不可抗力致使合同目的无法实现的情形外，双方均不得解除合同。乙方违约的，甲方可以按照本合同扣减服务费、要求乙方限期整改并赔偿损失，但不得以此为由解除合同。

第十二条 服务期满的移交
服务期满或合同终止前三十日，乙方应向甲方或甲方指定的新运维单位移交全部运维文档、脚本、账号清单和未处理事项清单，并提供不少于十五日的交接配合。移交完成后，乙方应注销其全部访问账号，删除其持有的与本项目有关的数据，并出具书面说明。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。

第十四条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交江州仲裁委员会仲裁。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及附件《运维服务考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江州市残疾人联合会
乙方（盖章）：恒康信息技术服务有限公司
签订日期：2025年2月20日"""

Z05 = """# 织锦智造绗缝生产追溯系统软件许可及开发合同

**织锦智造标准合同文本 V3.0**（乙方范本）

合同编号：ZJZZ-XS-2025-118

- 甲方（买方）：梦栖家居用品有限公司
- 乙方（卖方）：织锦智造软件科技有限公司

甲方为其床垫工厂的绗缝生产线购买乙方绗缝生产追溯系统软件许可及定制开发服务。双方在平等自愿的基础上，依据乙方标准合同文本订立本合同。

## 第一条 定义

1.1 “系统”指乙方拥有著作权的织锦绗缝生产追溯系统，包括工单管理、面料及海绵批次管理、绗缝机数据采集、质量追溯和报表模块。

1.2 “定制开发成果”指乙方根据甲方需求开发的ERP接口、绗缝机PLC采集适配程序、追溯标签模板及相关源代码和文档。

1.3 “上线试运行”指系统在甲方工厂投入生产使用。

1.4 “工厂级许可”指系统可在甲方一个生产厂区内部署使用，用户数不限；甲方增加厂区的，应另行购买许可。

## 第二条 合同价款

2.1 合同总价为人民币1,420,000元，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绗缝生产追溯系统软件许可（工厂级，永久） | 1,180,000 |
| 2 | 定制开发（ERP接口、绗缝机PLC采集适配、标签模板） | 180,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,420,000 |

2.2 上述价格不含甲方现场网络改造、服务器及工控终端硬件费用，该等硬件由甲方自行采购。

2.3 甲方增加绗缝机接入或新增报表需求的，乙方按每人日2,800元另行报价，经甲方书面确认后实施。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的60%，乙方收款后启动项目。

3.2 系统上线试运行后十日内，甲方支付合同总价的32%。

3.3 系统验收合格后十日内，甲方支付合同总价的8%。

3.4 乙方在收到每期款项前开具增值税专用发票，甲方收到发票后按约定期限付款。

3.5 甲方逾期付款的，乙方有权暂停实施或技术支持，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首付款后开始实施，预计实施周期为九十日，具体以双方确认的实施计划为准。

4.2 甲方应按乙方要求提供现场条件、基础数据和配合人员。因甲方原因导致工期延误的，乙方不承担责任。

4.3 实施内容包括：系统安装部署、基础数据初始化、六台绗缝机及两台围边机的数据采集调试、ERP接口联调、追溯标签打印配置，以及车间班组长、质检员和计划员的操作培训。

4.4 乙方向甲方交付安装部署手册、用户操作手册和培训材料。定制开发成果的源代码不属于交付范围。

4.5 乙方如未能按实施计划完成，应采取补救措施尽快完成，并向甲方说明原因。

## 第五条 验收

5.1 系统上线试运行满三十日后，乙方提交验收申请。

5.2 验收标准为：系统功能符合附件一《功能清单》；六台绗缝机的数据采集完整率不低于98%；任一成品床垫可在五秒内追溯至面料、海绵批次和绗缝机台；ERP工单和完工数据连续十日同步无差错。

5.3 甲方应在收到验收申请后十日内组织验收，验收合格的签署验收报告；不合格的，乙方整改后再次提交。

5.4 甲方在验收前将系统用于正式生产的，不影响按本条约定组织验收，但甲方应配合乙方完成验收测试。

5.5 验收时乙方提交的文件包括：系统安装记录、数据采集测试记录、追溯测试记录、接口同步日志和培训签到表。

## 第六条 免费维护期和技术支持

6.1 免费维护期为六个月，自系统上线试运行之日起计算。免费维护期内乙方提供缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法使用或数据无法采集）乙方在8小时内响应；二级故障在一个工作日内响应；其他问题在三个工作日内答复。

6.3 技术支持通过乙方客服热线、在线工单和远程协助提供，服务时间为工作日九时至十八时。

6.4 乙方将尽力在合理时间内排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方应购买乙方年度维保服务，年度维保费为软件许可费的22%，即每年259,600元，按年预付。

7.2 维保服务包括缺陷修复、版本升级、远程支持和每年两次现场巡检。未购买维保服务的，乙方不再提供任何升级和支持。

7.3 维保费按7.1约定的金额计收，甲方在每个维保年度开始前支付。巡检以外的上门服务，乙方按其标准另行收取差旅费用。

## 第八条 知识产权

8.1 系统及其升级版本的全部知识产权归乙方所有。

8.2 定制开发成果（包括ERP接口、PLC采集适配程序、标签模板及其源代码和文档）的知识产权归乙方所有。甲方在本合同约定的工厂范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 系统运行中产生的生产、质量和追溯数据归甲方所有，乙方仅在提供技术支持的必要范围内访问，不得用于其他目的。

9.2 乙方远程维护须经甲方同意，通过甲方开通的临时账号进行，维护结束后账号关闭。乙方应采取权限控制、日志审计等措施保障数据安全，因乙方原因导致甲方数据泄露或损毁的，乙方应在发现后二十四小时内通知甲方，并承担相应赔偿责任。

9.3 系统部署在甲方自有服务器上，甲方负责服务器、网络及数据库的日常备份；因甲方未备份导致的数据丢失，乙方不承担责任。

9.4 合同终止后，乙方不得保留甲方生产数据，乙方技术人员持有的临时账号和日志副本应一并删除。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。乙方可在其客户名单和宣传材料中使用甲方名称及标识。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任总额，以合同总价的20%为限。

11.2 乙方不对甲方的间接损失、停产损失、利润损失承担责任。

11.3 因甲方提供的数据不准确、操作不当或擅自修改系统配置造成的问题，由甲方自行承担。

## 第十二条 合同解除

12.1 任何一方严重违反本合同且在收到对方书面通知后三十日内未纠正的，另一方有权解除合同。

12.2 合同解除的，甲方已支付的软件许可费不予退还。

12.3 甲方拖欠任何款项超过三十日的，乙方有权暂停软件授权，直至甲方付清款项。

## 第十三条 不可抗力

因不可抗力导致一方不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障和第三方软件缺陷。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方友好协商；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同以乙方标准文本为准，附件一《功能清单》与本合同具有同等效力。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：梦栖家居用品有限公司

乙方（盖章）：织锦智造软件科技有限公司"""

E01 = """T:Software Licence and Services Agreement - Cold-Chain Traceability System
P:Agreement No. NCS-ZS-2025-07
P:This Agreement is made on 12 June 2025 between Zhoushan Haixian Aquatic Products Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"), and Namib Coastal Systems (Pty) Ltd, a company registered in the Republic of Namibia with its principal place of business at 14 Tobias Hainyeko Street, Swakopmund, Namibia (the "Supplier").
P:The Buyer operates three seafood processing plants and a cold-storage warehouse and wishes to trace each lot of frozen product from the landing of the catch to dispatch. The Supplier develops cold-chain traceability software used by fish processors on the Atlantic coast. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's CoastTrace cold-chain traceability system, version 5, including the lot management, temperature logging, label printing and recall modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, configurations, reports, label templates and other work products that the Supplier develops or configures specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 5.
P:1.4 "Buyer Data" means all data entered into, generated by or processed with the Software at the Buyer's sites, including lot records, temperature records, supplier and customer records and personal information of the Buyer's staff.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software at the Buyer's three plants and cold-storage warehouse in Zhoushan for an unlimited number of users, for the Buyer's own business purposes.
P:2.2 The Supplier shall configure the Software, develop an interface to the Buyer's ERP system and to the temperature probes of the cold rooms, prepare Chinese-language label templates and reports meeting the traceability requirements of the Buyer's export customers, migrate the Buyer's existing lot records, and train the Buyer's staff.
P:2.3 The Software shall be installed on servers provided by the Buyer in its own data room. The Supplier shall not host any Buyer Data outside the Buyer's systems.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,380,000, consisting of: perpetual Software licence CNY 980,000; configuration, interfaces and data migration CNY 312,000; implementation, on-site support and training CNY 88,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and living expenses of the Supplier's personnel, and all costs of the warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within fifteen days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within twenty days after Provisional Acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer against a valid invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration and interfaces within ninety days after signature and then notify the Buyer that the system is ready for testing.
P:5.2 Provisional Acceptance tests shall show that: every module listed in Annex 1 works as specified; the ERP interface transfers lot and dispatch data without error for ten consecutive working days; temperature readings from every cold room probe are recorded at intervals of not more than five minutes; a full trace from a finished carton back to the landing lot can be produced within ten seconds.
P:5.3 After Provisional Acceptance the system shall run in production for sixty days. Final Acceptance shall be granted when no Severity 1 incident has occurred during that period and the Supplier has delivered the complete documentation and the source code of the Custom Deliverables.
P:5.4 Acceptance shall be recorded in a certificate signed by both parties. Use of the system in production before a certificate is signed does not constitute acceptance. If a test fails, the Supplier shall correct the defects within fifteen days and the test shall be repeated at the Supplier's cost.
H:Article 6 Warranty and Support
P:6.1 The warranty period is eighteen months from Final Acceptance. During the warranty period the Supplier shall correct all defects free of charge, provide all new releases of the Software and provide remote and on-site support.
P:6.2 Incidents are classified by severity. Severity 1 means that lot recording, label printing or temperature logging has stopped at any plant. The Supplier shall respond to a Severity 1 incident within 1 hour, at any time of day, and shall restore the affected function within eight hours, if necessary by a workaround. Severity 2 incidents shall be answered within two hours during business hours and Severity 3 requests within two business days.
P:6.3 The Supplier shall keep a Chinese-speaking support engineer available through its partner office in Ningbo, who shall attend the Buyer's site when remote resolution is not possible.
P:6.4 For each full hour by which a response or restoration time in Article 6.2 is exceeded, the Supplier shall pay a service credit of CNY 600, deducted from the next payment or from the warranty retention.
H:Article 7 Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support, covering defect correction, new releases and the support levels of Article 6, at an annual fee of 11% of the Software licence fee, that is CNY 107,800 per year.
P:7.2 This fee is fixed for the first three support years. Thereafter any increase shall not exceed the change in the consumer price index of the People's Republic of China for the previous year and shall be notified at least three months in advance.
P:7.3 Support renews only by a written order of the Buyer. There is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including to third parties for maintenance. The Supplier shall deliver the source code of the Custom Deliverables with Final Acceptance.
P:8.3 The Supplier warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall indemnify the Buyer against any claim of infringement.
H:Article 9 Data Protection and Security
P:9.1 All Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, copy it or disclose it to any third party.
P:9.2 The Supplier shall access the Buyer's systems only through the remote access gateway provided by the Buyer, with named accounts and after approval of each session, and shall comply with the Buyer's information security rules and with the Personal Information Protection Law of the People's Republic of China. No Buyer Data shall be transferred out of China.
P:9.3 The Supplier shall notify the Buyer within two hours of becoming aware of any security incident affecting Buyer Data, shall assist in containing it and shall be liable for all losses caused by a breach of this Article by the Supplier or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all technical, commercial and financial information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Supplier fails to achieve Provisional Acceptance by the date in Article 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Supplier under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 8.3, 9 and 10, fraud, wilful misconduct and personal injury, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the prior written consent of the Buyer. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after written notice, or if the delay damages reach their maximum.
P:13.2 On termination the Supplier shall deliver all completed Custom Deliverables and refund payments received for work not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Namibia.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle by negotiation within thirty days shall be finally resolved by arbitration in Windhoek, Namibia, under the Arbitration Act of Namibia, by a single arbitrator, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional specification) and Annex 2 (project plan), is the entire agreement of the parties. It is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# Kalahari FieldOps - Order Form and General Terms

Order Form No. KFO-CN-0219

This Order Form is entered into between **Kalahari FieldOps (Pty) Ltd**, a company incorporated in Botswana with its office at Plot 2716, Blue Jacket Street, Francistown, Botswana ("Vendor"), and **Weifang Hengli Agricultural Equipment Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer"). Part A sets out the commercial details. Part B contains the General Terms, which form part of this Order Form. If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Service

FieldOps Cloud, the Vendor's hosted field-service management platform, covering work-order creation, technician scheduling and dispatch, mobile work reports with photos, spare-parts usage and customer sign-off, for the Customer's after-sales network of dealerships and service vans across Shandong, Henan and Hebei provinces.

### A2. Subscription Term

Twenty-four months starting on the Go-Live Date (Subscription Year 1 and Subscription Year 2). The subscription ends at the end of Subscription Year 2. Any further period requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY per year) | Annual amount (CNY) | Amount over the term (CNY) |
|---|---|---|---|---|
| Technician seats | 180 | 1,650 | 297,000 | 594,000 |
| Dispatcher seats | 24 | 3,200 | 76,800 | 153,600 |
| Onboarding (one-time): configuration, data import, mobile app roll-out, training | 1 | - | - | 46,000 |
| **Total** | | | **373,800** | **793,600** |

All amounts are in CNY and include VAT. Additional seats ordered during the term are charged pro rata at the same unit prices.

### A4. Invoicing and Payment

- The Onboarding fee is invoiced after the Go-Live Confirmation under A6 and is payable within thirty days of invoice.
- Subscription fees are invoiced annually at the start of each Subscription Year and are payable within thirty days of invoice.
- No other fees are payable before the Go-Live Date.

### A5. Hosting and Support

- The Service is hosted by the Vendor's hosting provider, Alibaba Cloud, in its Hangzhou region. Customer Data stays in mainland China.
- Support: e-mail and telephone support in English and Chinese, Monday to Friday, 09:00 to 18:00 China time, excluding public holidays.

### A6. Onboarding and Go-Live

The Vendor shall complete onboarding within sixty days after signature. Go-Live requires the Customer's written Go-Live Confirmation, which the Customer shall give when the following tests have passed: (a) all 204 user accounts are set up with the correct roles; (b) 2,300 open work orders and the installed-base register of 9,800 machines are imported and reconciled by the Customer; (c) thirty test work orders have been created, dispatched, completed on the mobile app and signed off by customers in three provinces; (d) the daily export to the Customer's ERP system has run without error for five consecutive working days. Use of the Service for live work before the Go-Live Confirmation does not mean the Service is accepted.

For each day by which Go-Live is delayed beyond the sixty days for reasons attributable to the Vendor, the Vendor shall pay the Customer delay damages of CNY 500, up to a total of CNY 30,000.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the FieldOps Cloud platform and mobile applications described in A1, including updates that the Vendor makes generally available.

1.2 "Customer Data" means all data, photos and documents submitted to the Service by or for the Customer, including personal information of the Customer's technicians and end customers.

1.3 "Customer Materials" means work-order templates, checklists, report layouts, dashboards and integration mappings configured for the Customer during onboarding or the term.

### 2. Use of the Service

2.1 The Vendor grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer shall keep user credentials secure, shall not resell the Service and shall not attempt to reverse engineer it.

2.3 The Vendor may update the Service from time to time, provided that an update does not materially reduce the functions the Customer has subscribed to. The Vendor shall give the Customer at least ten days' notice of any update that changes the mobile application or the work-order workflow, together with release notes in Chinese.

### 3. Availability and Support

3.1 The Vendor will use commercially reasonable efforts to make the Service available twenty-four hours a day, seven days a week, except for planned maintenance, which the Vendor will try to schedule outside China business hours.

3.2 The Vendor will answer support requests during the support hours in A5 in the order received and will work to resolve them as quickly as reasonably practicable. The Vendor does not commit to any particular availability level, response time or resolution time, and no service credits apply.

3.3 The Vendor will inform the Customer of major incidents through its status page.

### 4. Customer Data

4.1 As between the parties, the Customer owns all Customer Data.

4.2 The Vendor processes Customer Data to provide the Service. In addition, the Vendor may collect and use aggregated and anonymised data derived from the Customer's use of the Service, such as job durations, first-time-fix rates and parts consumption, to improve its products, to train its scheduling models and to publish industry benchmarks, during and after the Subscription Term.

4.3 At the end of the Subscription Term the Vendor shall make Customer Data available for export for thirty days and shall then delete it, except for the aggregated and anonymised data described in clause 4.2.

### 5. Security

5.1 The Vendor shall implement and maintain technical and organisational security measures appropriate to the Customer Data, including encryption in transit and at rest, role-based access control, logging of administrator access, annual penetration tests and backup of Customer Data every day.

5.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

5.3 The Vendor shall notify the Customer of any breach of security affecting Customer Data without undue delay and in any case within forty-eight hours, shall take all steps necessary to contain it, and shall bear the costs of remediation and compensate the Customer for losses caused by the breach where the breach results from the Vendor's failure to comply with this clause 5.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information disclosed under this Order Form, including pricing, customer lists and technical information, and shall use it only for the purposes of this Order Form.

6.2 These obligations continue for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 The Vendor owns the Service and all improvements to it.

7.2 Customer Materials belong to the Customer. The Customer may use, copy, modify and license them freely, including to a successor service provider, and the Vendor shall export them on request in a documented format.

### 8. Subcontracting

The Vendor shall not subcontract the performance of the Service without the Customer's prior written consent. The Customer consents to the hosting provider named in A5. The Vendor remains responsible for its subcontractors.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability under this Order Form is limited to 150% of the total fees payable under A3, except for breach of clauses 5 and 6, which is not limited.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within thirty days after written notice of the breach.

10.2 If the Customer terminates under clause 10.1, the Vendor shall refund the prepaid fees for the remainder of the Subscription Year.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time of application. The award is final and binding.

### 12. General

12.1 Notices shall be in writing and sent to the addresses given above.

12.2 Neither party may assign this Order Form without the other party's written consent.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. This does not excuse the Vendor's obligations under clause 5.

12.4 This Order Form, including Part B, is the entire agreement of the parties on its subject and replaces any prior proposals. Any change must be agreed in writing.

**Signed for Vendor:** ______________________ **Signed for Customer:** ______________________
"""

E03 = """T:Supply Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. ZJLH-PUR-2025-044
P:Buyer: Zhanjiang Lanhai Aquaculture Co., Ltd., Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Benguela Instruments (Pty) Ltd, 9 Nangolo Mbumba Drive, Walvis Bay, Namibia (the "Supplier").
P:This Contract is issued on the Buyer's standard form for equipment and software purchases. The Buyer farms shrimp in 64 grow-out ponds at two sites and wishes to monitor dissolved oxygen, temperature, pH, salinity and ammonia continuously and to control its aerators from the resulting alarms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's PondWatch monitoring software, installed on the Buyer's server, with its mobile application.
P:1.3 "Deliverables" means the configurations, alarm rules, dashboards, the interface to the Buyer's aerator control system and all reports, calibration records and documents prepared for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the acceptance described in clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's sites, install, calibrate and commission the Equipment, install and configure the Software, build the interface to the aerator control system, and train the Buyer's staff.
P:2.2 The Supplier shall provide a perpetual licence of the Software for use by the Buyer and its affiliates at both sites, with no limit on users or sensors up to the licensed capacity of 80 sensors.
P:2.3 Training shall cover daily checks, cleaning and recalibration of the sondes, replacement of sensor caps, alarm handling in the mobile application, and the export of monitoring data to the Buyer's production records. The Supplier shall provide manuals and short training videos in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is fixed at CNY 1,488,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde (DO, temperature, pH, salinity, ammonia), with floating mount|64|14,800|947,200
TB:2|Solar-powered LoRa gateway with 4G backhaul|16|9,600|153,600
TB:3|PondWatch monitoring software, perpetual licence (80 sensors)|1|268,000|268,000
TB:Subtotal of Equipment and Software|||1,368,800
TB:4|Installation, calibration and commissioning at two sites|1|96,400|96,400
TB:5|Training of farm technicians and managers|1|22,800|22,800
TB:Contract Price|||1,488,000
P:3.2 The Contract Price includes delivery DDP to the Buyer's sites, customs duties, import VAT, insurance, installation and all costs of the warranty.
H:4. Payment
P:4.1 10% of the Contract Price is payable within twenty days after signature, against a bank guarantee for the same amount valid until delivery.
P:4.2 55% of the Contract Price is payable within thirty days after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate records installation only and is not an acceptance of the Equipment or the Software.
P:4.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
P:4.4 Payment is made by bank transfer in CNY against the Supplier's invoice and the documents listed in clause 5.3.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within seventy-five days after signature and complete installation and commissioning within thirty days after delivery.
P:5.2 Sensors shall be installed at the positions shown in the pond layout drawings approved by the Buyer. The Supplier shall coordinate installation with the Buyer's stocking calendar so that no pond is drained or disturbed.
P:5.3 With each delivery the Supplier shall provide the packing list, certificates of origin, factory calibration certificates and the customs declaration documents.
H:6. Testing and Acceptance
P:6.1 After commissioning, the Supplier shall demonstrate that every sensor reports to the Software at intervals of not more than ten minutes, that the readings of each sonde agree with laboratory reference measurements within the tolerances in Annex 2, and that low-oxygen alarms switch on the correct aerators within one minute.
P:6.2 The system shall then operate for a trial period of forty-five days. During the trial period data completeness for each sensor shall be at least 98% and no Severity 1 incident shall remain unresolved beyond the restoration time in clause 8.
P:6.3 When the tests in clauses 6.1 and 6.2 have been passed and all documentation has been delivered, the Buyer shall issue a Final Acceptance Certificate. Operation of the system, or payment, before that certificate is issued does not constitute acceptance.
P:6.4 If any test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, supply consumable sensor caps and calibration solutions for scheduled recalibration, correct Software defects and provide Software updates, all free of charge.
P:7.2 The Supplier shall visit each site once every quarter during the warranty period to recalibrate the sondes and inspect the gateways.
H:8. Service Levels
P:8.1 Severity 1 means that readings from ten or more sensors, or all alarms at a site, are lost. Severity 2 means that a single sensor or gateway has failed. Severity 3 covers other faults and questions.
P:8.2 The Supplier shall respond to a Severity 1 incident within 1 hour, at any time, and restore monitoring within twenty-four hours, if necessary by installing a spare sonde from the stock kept at the Buyer's site. Severity 2 incidents shall be responded to within eight hours and resolved within three days.
P:8.3 For each hour of delay in responding to a Severity 1 incident the Supplier shall pay CNY 400, and for each day of delay in restoring monitoring CNY 800, deducted from the next payment or the bank guarantee.
H:9. Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support on the same terms as clause 7 and clause 8, at an annual fee of 7.5% of the Subtotal of Equipment and Software, that is CNY 102,660 per year, fixed for three years after the warranty ends.
P:9.2 Support is ordered by the Buyer year by year and does not renew automatically.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier, subject to the perpetual licence granted in clause 2.2.
P:10.2 The Deliverables belong to the Buyer, which may use, modify and license them freely, including to third parties who maintain its systems.
H:11. Data and Security
P:11.1 All monitoring data, pond records and farm information collected by the Equipment or the Software belong to the Buyer. The Supplier may use such data only to perform this Contract and shall not disclose it, analyse it for its own purposes or transfer it outside China.
P:11.2 The gateways shall transmit data to the Buyer's server only, in encrypted form. Remote access by the Supplier requires the Buyer's approval for each session and shall be logged.
P:11.3 The Supplier shall inform the Buyer within two hours of any security incident affecting the system or the Buyer's data, take immediate measures to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential the Buyer's production data, pond layouts, prices and other business information and shall not disclose them to any third party without the Buyer's prior written consent, during the Contract and for five years after its end.
H:13. Delay Damages and Liability
P:13.1 If the Supplier fails to meet the delivery or installation dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for breach of clauses 11 and 12, personal injury and wilful misconduct.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Local installation labour engaged with that consent works under the Supplier's supervision and responsibility.
H:15. Termination
P:15.1 The Buyer may terminate the Contract by written notice if the Supplier is in material breach and does not remedy the breach within twenty days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services not accepted.
P:15.2 On termination the Supplier shall leave installed Equipment in place until the parties have agreed on its removal or purchase, deliver all Deliverables completed up to the termination date, and cooperate with any replacement supplier so that monitoring of the ponds is not interrupted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, South China Sub-Commission, for arbitration in Shenzhen. The award is final.
H:17. Signature
P:Signed in two originals in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** OMS-HN-2025-03

**Between** Okavango Managed Services (Pty) Ltd, a company registered in Botswana, Plot 417, Mathiba I Road, Maun, Botswana ("Provider"), acting through its delivery team and its engineers resident in Changsha;

**and** Hunan Xiangyun Hotels Management Co., Ltd., a company incorporated in the People's Republic of China, with its head office in Changsha, Hunan Province ("Customer").

**Background.** The Customer operates fourteen hotels in Hunan Province. It wishes to outsource the operation of its hotel networks, Wi-Fi, end-user devices and service desk to the Provider for a term of thirty-six months.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that transition under Section 3 has been completed.

1.5 "Customer Systems" means the networks, devices, software and accounts of the Customer that the Provider manages or accesses under this Agreement.

## Section 2. Term

2.1 The Services shall be provided for thirty-six months from the Service Commencement Date.

2.2 The parties may agree in writing to extend the term at the same Charges. There is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall complete transition within sixty days after signature. Transition includes the inventory of all network devices and end-user devices, the documentation of the network of each hotel, the set-up of monitoring tools and of the service desk, and the handover from the Customer's current contractors.

3.2 The Customer shall confirm completion of transition when the Provider has demonstrated that: (a) all fourteen hotels and the head office are connected to the monitoring platform; (b) the asset register is complete and reconciled with the Customer's records; (c) the service desk has handled test tickets from each hotel in Chinese and English; and (d) the runbooks for all critical systems have been accepted by the Customer's IT manager.

3.3 If transition is not completed within sixty days for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 1,500 for each day of delay.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall deliver a monthly service report showing performance against each Service Level, incidents, changes, asset changes and recommendations, and shall attend a monthly service review with the Customer.

4.3 Where a Service Level is missed, the Provider shall apply the Service Credit on the next invoice and shall present a remediation plan within ten days.

4.4 The Provider shall follow the Customer's change management procedure and shall not make any change to a hotel network during peak check-in hours without the Customer's approval.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3.

5.2 The transition fee is invoiced after the Customer's confirmation under Section 3.2. The monthly service charge is invoiced monthly in arrears, after deduction of Service Credits.

5.3 Invoices are payable within thirty days after receipt of a valid VAT invoice. Charges are fixed for the term.

## Section 6. Customer Data and Confidentiality

6.1 All data of the Customer, including guest data, booking information and employee data held in Customer Systems, remains the property of the Customer. The Provider shall use it only to perform the Services.

6.2 Each party shall keep confidential all information of the other party which it receives under this Agreement and which is marked confidential or is by its nature confidential, and shall not disclose it to any third party except to its employees and professional advisers who need to know it. This obligation continues for three years after the end of this Agreement.

## Section 7. Intellectual Property

7.1 The Provider keeps its own tools, monitoring platform and methods.

7.2 Runbooks, network documentation, configurations, scripts and reports created for the Customer belong to the Customer, which may use, modify and license them freely, including to any successor provider.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service delivery manager and sufficient qualified engineers. Engineers attending hotel sites shall follow the Customer's site rules and guest-privacy rules.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of approved subcontractors.

## Section 9. Customer Responsibilities

9.1 The Customer shall give the Provider's engineers access to its hotels and equipment rooms during agreed hours, provide the administrator accounts needed to perform the Services, and name an IT coordinator at each hotel.

9.2 The Customer remains responsible for purchasing replacement hardware and software licences, unless the Provider has agreed to procure them under a separate written order.

9.3 Where the Provider cannot meet a Service Level because the Customer has not performed its responsibilities, the Provider shall not be in breach to that extent, provided that it has informed the Customer promptly.

## Section 10. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics and government action, provided that it notifies the other party without delay and takes reasonable steps to limit the effect. Failures of the Provider's own tools or staff are not force majeure.

## Section 11. Liability

11.1 Neither party shall be liable for loss of profit, loss of business or indirect loss.

11.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

## Section 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.2 The Customer may also terminate by written notice if the same Service Level in Schedule 2 is missed in three consecutive months.

12.3 On expiry or termination the Provider shall provide exit assistance for up to sixty days, return all Customer documentation and credentials, and hand over the Services to the Customer or a successor provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Network operations | Monitoring and management of routers, switches, firewalls and Wi-Fi controllers at fourteen hotels and the head office; firmware updates; configuration backups | 24 x 7 |
| Guest Wi-Fi | Management of guest Wi-Fi access points and portal; capacity checks before public holidays | 24 x 7 |
| End-user devices | Management of 620 PCs and 140 front-desk terminals; patching; antivirus; device replacement from the Customer's stock | Business hours |
| Service desk | Bilingual service desk by telephone, e-mail and chat for hotel staff; ticket handling and escalation | 24 x 7 |
| On-site support | Engineer visits to hotels in Changsha, Zhuzhou and Xiangtan within the times in Schedule 2; other hotels by next business day | As required |
| Asset management | Maintaining the asset register and monthly reconciliation | Business hours |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Availability of hotel core network (per hotel, monthly) | 99.95% | 3% of the monthly service charge per 0.1 percentage point below target |
| Priority 1 incident (network or property system down at a hotel): response | 30 minutes | 1% of the monthly service charge per full hour late |
| Priority 1 incident: restoration | 6 hours | 2% of the monthly service charge per full hour late |
| Priority 2 incident (single area or service degraded): response | 1 hour | CNY 500 per incident |
| Service desk calls answered within 60 seconds | 90% | 1% of the monthly service charge |

Service Credits in any month shall not exceed 20% of the monthly service charge for that month. Service Credits do not limit the Customer's other rights.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 64,000 |
| Monthly service charge | 36 months x 58,600 | 2,109,600 |
| **Total** | | **2,173,600** |

Charges include all taxes, travel within Hunan Province and the Provider's monitoring tools.

**Signed for the Provider:** ______________________ **Signed for the Customer:** ______________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - CROP AND RAINFALL DATA API

Agreement No. CED-2025-CN-011

PARTIES

Cuvelai Earth Data (Pty) Ltd, a company registered in the Republic of Namibia, with its office at Erf 1127, Main Road, Oshakati, Namibia ("Provider").

Heilongjiang Fengshou Agricultural Insurance Services Co., Ltd., a company incorporated in the People's Republic of China, with its office in Harbin, Heilongjiang Province ("Customer").

BACKGROUND

The Provider processes satellite imagery and weather-station records into field-level vegetation, soil-moisture and rainfall data and delivers them through an application programming interface (the "API"). The Customer supports crop insurance underwriting and claims assessment for farms in Heilongjiang and Jilin provinces and wishes to subscribe to the API for two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A, including daily rainfall estimates, ten-day vegetation indices, soil-moisture indices and the historical archive back to 2005, at the resolutions stated in Schedule A.

1.2 "Subscription Year" means the period starting on the Service Start Date and ending on the day before its first anniversary, and the period starting on that anniversary and ending on the day before the second anniversary; "Subscription Year 1" and "Subscription Year 2" are the first and second such periods.

1.3 "Service Start Date" means the date on which the Customer confirms in writing that onboarding has been completed under clause 4.

1.4 "Customer Inputs" means field boundaries, policy identifiers, farmer details and any other data that the Customer submits to the API, and all query logs relating to them.

1.5 "Custom Index" means the drought index calibrated to the Customer's historical claims data and its documentation, developed by the Provider for the Customer under clause 4.2.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the two Subscription Years, a non-exclusive, non-transferable licence to access the API and to use the Data Products for underwriting, pricing, loss assessment and reporting to insurers and regulators.

2.2 The Customer may store Data Products retrieved during the term and continue to use them for the same purposes after the term for records relating to policies written during the term.

2.3 The API is limited to 600,000 field queries per Subscription Year. Queries above this volume are charged at CNY 0.35 per query and invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:
   (a) onboarding and integration fee, including the Custom Index: CNY 58,000 (one time);
   (b) subscription fee for Subscription Year 1: CNY 486,000;
   (c) subscription fee for Subscription Year 2: CNY 486,000.
   Total fees for the term: CNY 1,030,000, including VAT.

3.2 The onboarding fee and the Subscription Year 1 fee are payable within fifteen days after signature of this Agreement, before the Provider issues API credentials or starts onboarding.

3.3 The Subscription Year 2 fee is payable within fifteen days after the start of Subscription Year 2.

3.4 The Provider shall issue VAT invoices for all amounts. Fees are fixed for both Subscription Years.

4. ONBOARDING AND ACCEPTANCE

4.1 Within forty-five days after receipt of the payment under clause 3.2 the Provider shall issue production API credentials, set up a dedicated endpoint for the Customer, load the Customer's field boundaries for about 210,000 fields, and deliver the historical archive for those fields.

4.2 The Provider shall calibrate a Custom Index against the Customer's claims records for the years 2012 to 2024 and document the method.

4.3 Onboarding is complete when the Customer has confirmed in writing that: (a) 95% of test queries return a complete response within two seconds under a load of 50 queries per second; (b) the historical archive for a sample of 500 fields agrees with the Provider's published datasets; (c) the Custom Index reproduces the Customer's historical drought claims with the accuracy stated in Schedule A. Access to the API for testing does not mean that onboarding has been accepted.

4.4 If onboarding is not completed within forty-five days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to CNY 35,000.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China time.

5.2 Daily rainfall estimates shall be published by 08:00 China time each day, and ten-day vegetation indices within two days after the end of each ten-day period.

5.3 A Priority 1 incident means that the API is unavailable or returns errors for more than 10% of queries. The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore the service within six hours. Priority 2 incidents shall be answered within eight hours.

5.4 If monthly availability falls below the level in clause 5.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall. If a Priority 1 response is late, the Customer shall receive a credit of CNY 1,000 for each full hour of delay. Credits are set off against the next payment or refunded at the end of the term.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the API and the Custom Index to the Customer and shall not use them for any other purpose, combine them with data of other customers or disclose them to any third party.

6.2 Customer Inputs shall be processed and stored only on servers located in mainland China, operated for the Provider by its hosting provider in Beijing under a written data processing agreement.

6.3 The Provider shall protect Customer Inputs with encryption in transit and at rest, access restricted to named staff, logging of all access and regular security testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.4 The Provider shall notify the Customer within twenty-four hours of any security incident affecting Customer Inputs, take immediate containment measures, cooperate with any investigation by the authorities, and compensate the Customer for all losses, fines and claims arising from an incident caused by the Provider's breach of this clause.

6.5 At the end of the term the Provider shall return all Customer Inputs and then delete them from its systems and those of its hosting provider, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data Products and the API.

7.2 The Custom Index, its parameters and documentation belong to the Customer, which may use, modify and license them freely, including after the term and with other data sources. The Provider shall deliver the full parameter set and method description with the onboarding confirmation.

7.3 Reports, maps and models that the Customer prepares using the Data Products belong to the Customer.

8. SUBCONTRACTING

The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except the hosting provider named in clause 6.2, to which the Customer consents. The Provider is responsible for any subcontractor as for itself.

9. LIABILITY

9.1 Neither party is liable for indirect loss, loss of profit or loss of business.

9.2 The total liability of each party under this Agreement is limited to 150% of the total fees in clause 3.1, except for liability under clause 6, which is not limited.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically. Any further subscription requires a new written agreement.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including repeated failure to meet the service levels in clause 5, and does not remedy it within thirty days after notice. The Provider shall then refund the fees paid for the remaining part of the current Subscription Year.

10.3 The Provider may suspend access if an undisputed invoice remains unpaid sixty days after written reminder.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitral award is final and binding on both parties.

12. GENERAL

12.1 Notices shall be given in writing in English or Chinese to the addresses above.

12.2 Neither party may assign this Agreement without the written consent of the other party, except to an affiliate that takes over the relevant business and accepts all obligations under it.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible.

12.4 This Agreement, with Schedule A (Data Products and accuracy), is the entire agreement of the parties.

SCHEDULE A - DATA PRODUCTS

Daily rainfall estimate, 5 km grid; ten-day vegetation index, 250 m; soil-moisture index, 1 km, every three days; historical archive 2005 onwards; Custom Index at field level, with a hit rate of at least 80% against historical drought claims.

Signed for the Provider: ____________________
Signed for the Customer: ____________________"""

# ---------------------------------------------------------------- files and labels
FILES = {
    "z01": ("h657z01_farm_machinery_operation_monitoring_platform.pdf", Z01, "zh", "software"),
    "z02": ("h657z02_match_factory_line_control_retrofit.docx", Z02, "zh", "hardware"),
    "z03": ("h657z03_basketball_camp_booking_saas.txt", Z03, "zh", "cloud"),
    "z04": ("h657z04_disabled_persons_federation_rehab_system_om.txt", Z04, "zh", "services"),
    "z05": ("h657z05_mattress_quilting_tracking_supplier_template.md", Z05, "zh", "software"),
    "e01": ("h657e01_cold_chain_traceability_licence_namibia.pdf", E01, "en", "software"),
    "e02": ("h657e02_field_service_saas_order_form_botswana.md", E02, "en", "cloud"),
    "e03": ("h657e03_pond_water_quality_sensors_monitoring.docx", E03, "en", "hardware"),
    "e04": ("h657e04_hotel_managed_it_services_36_months.md", E04, "en", "services"),
    "e05": ("h657e05_crop_rainfall_data_api_subscription.txt", E05, "en", "cloud"),
}
G, S = "goods_or_licence", "service"
# key: (availability, p1, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acceptance, final, warranty, pwf,
#       auto_incr, termination, subcontract, law, kind), (sla_clause, ld_stated, capped, deemed, value), fee base
T = {
    "z01": ((99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
            (True, True, True, False, 1800000), 1120000),
    "z02": ((None, 1, True, "buyer", True, True, True, 0.03, None, 20, False, False, 24, 9, False, True, True, "PRC", G),
            (True, True, True, True, 1130000), 1024000),
    "z03": ((99.5, 1, True, "buyer", True, True, True, 600 / 770000 * 100, 200, None, True, None, None, None, True, True,
             False, "PRC", S), (True, True, None, False, 770000), None),
    "z04": ((None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S),
            (True, True, None, False, 438000), None),
    "z05": ((None, 8, False, "supplier", True, True, True, None, 20, 60, True, True, 6, 22, False, True, None, "PRC", G),
            (True, False, True, False, 1420000), 1180000),
    "e01": ((None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True, False, "Namibia", G),
            (True, True, True, False, 1380000), 980000),
    "e02": ((None, None, False, "buyer", True, False, True, 500 / 793600 * 100, 150, None, True, None, None, None, False, True,
             False, "PRC", S), (False, True, None, False, 793600), None),
    "e03": ((None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True, False, "PRC", G),
            (True, True, True, False, 1488000), 1368800),
    "e04": ((99.95, 0.5, True, "buyer", False, True, True, 1500 / 2173600 * 100, 6 / 36 * 100, None, True, None, None, None,
             False, True, False, "PRC", S), (True, True, None, False, 2173600), None),
    "e05": ((99.95, 1, True, "buyer", True, True, False, 700 / 1030000 * 100, 150, (58000 + 486000) / 1030000 * 100, True,
             None, None, None, False, True, False, "PRC", S), (True, True, None, False, 1030000), None),
}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
    "z05": ["CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    name, _, lang, cat = FILES[key]
    terms, (sla, lds, capped, deemed, value), _ = T[key]
    et = dict(zip(TERM_KEYS, terms))
    ex = {"sla_clause": sla, "ld_stated": lds}
    if et["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": et, "expected_extra": ex,
            "expected_rules": sorted(derive(et, ex, T[key][2]))}


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base):
    """My reading of policy section 3, from the labels (plus the itemised fee base for TCO)."""
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
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN = "一二三四五六七八九十百零点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?![\d])", r"(?<![\d.])30(?:\.0+)?\s*%", r"(?<![\d.])15(?:\.0+)?\s*%", r"(?<![\d.])40(?:\.0+)?\s*%",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"(?<![\d.])0?\.050*\s*%", r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|-hour)",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"(?i)(?<![-\w])four\s*(?:-\s*)?hours?\b", r"(?i)\btwelve\s*(?:-\s*)?months?\b",
    r"(?i)\b(?:fifteen|thirty|forty|one\s*hundred)\s*(?:per\s*cent|percent)", r"(?<![%s])四个?小时" % CN,
    r"(?<![%s])十二个?月" % CN, r"百分之(?:三十|十五|四十|百|一百)(?![%s])" % CN, r"万分之五(?![%s])" % CN,
    r"千分之零点五", r"(?<![%s\d])一年质保|质保期?为?一年|质保期?为?1年|(?i:one[-\s]*year\s*warranty)" % CN,
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "30%", "30 %", "15%", "40%", "100%", "0.05%", "0.05 %", "4小时", "4 小时", "4个小时",
            "4 hours", "4-hour", "12个月", "12 months", "12-month", "four hours", "Twelve months", "fifteen per cent",
            "四小时", "十二个月", "百分之三十", "百分之十五", "百分之四十", "百分之百", "万分之五", "质保期一年", "one-year warranty"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "14 hours", "130%", "300%", "115%", "150%", "140%", "0.055%",
             "10.05%", "112 months", "二十四个月", "百分之三十五", "万分之五十", "十四小时", "24 x 7", "twenty-four hours", "twenty-fourhours", "1.5%", "35%", "45%"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(form)]
    return out


def readback(path):
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("regex hits", s, hits(s))
    sources, targets = {}, {}
    for key, (name, src, lang, cat) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.rstrip("\n") + "\n", encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, src, lang, cat) in FILES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        et, ex = lab["expected_terms"], lab["expected_extra"]
        for k, v in TH.items():
            assert et[k] is None or abs(et[k] - v) > 1e-9, (key, k)
        share = tco_share(et, ex, T[key][2])
        assert share is None or abs(share - 40) > 2, (key, share)
        text = readback(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        assert (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650), (key, n)
        h = hits(text)
        assert not h, (key, h)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print(key, name, n, "chars" if lang == "zh" else "words", risk(rules), rules,
              "" if share is None else "TCO share %.2f" % share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
