"""holdout721: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, no threshold value or figure, rules derived from labels = design, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H721Z01 = """T:离退休干部服务中心活动预约平台采购合同
P:合同编号：LTX-ZFCG-2026-017
P:采购人（甲方）：某市离退休干部服务中心
P:供应商（乙方）：某信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就活动预约平台软件许可及定制开发事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供活动预约平台软件（含老干部活动室、书画室、健身房、多功能厅的场地预约，兴趣班报名，志愿服务登记和活动签到模块）的永久使用许可，授权用户数不限。
P:1.2 乙方按甲方需求定制开发以下内容：微信小程序大字版界面、语音播报提示、子女代为预约功能、与甲方现有人员信息库的接口、活动统计分析驾驶舱。
P:1.3 乙方负责平台在甲方政务云环境中的部署、数据初始化、系统联调及对甲方工作人员的操作培训。
P:1.4 平台应支持适老化设计，提供一键呼叫、亲属提醒和活动前一日短信提醒，满足视力、听力下降的老同志使用需要。
P:1.5 乙方应为甲方工作人员提供不少于两期集中培训，并为各活动站点志愿者提供现场指导，编写图文并茂、字号放大的老干部使用手册。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾叁万贰仟元整（¥932,000），其中：平台软件许可费486,000元，定制开发费372,000元，实施部署费58,000元，培训费16,000元。
P:2.2 上述价格为固定总价，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金支付流程办理。
P:3.5 履约保函在最终验收合格后10个工作日内由甲方退还乙方。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后75日内完成部署并提交初验申请，在初验合格后试运行60日，试运行期满后申请最终验收。
P:4.2 乙方应在项目开始前提交实施计划，明确里程碑、人员及风险应对措施，并按周向甲方报告进度。
P:4.3 乙方应配备项目经理1名、开发人员不少于4名，项目经理未经甲方书面同意不得更换。
P:4.4 甲方应提供政务云资源、接口文档及必要的办公条件，并指定联系人配合乙方工作。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；500名用户同时在线预约时页面响应时间不超过2秒；接口数据与人员信息库逐条核对一致；通过第三方安全测评且无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障，累计二级故障不超过3次，乙方已提交源代码、数据库设计说明、操作手册及运维手册。
P:5.3 验收由甲方组织，可邀请老干部代表及专家参加，出具书面验收报告。平台上线使用或甲方支付部分款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内整改并重新申请验收，所需费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过43,740元，该价格在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，同时根据老干部使用反馈优化界面和操作流程。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前3个工作日通知甲方并安排在夜间进行。
P:7.2 一级故障（平台无法登录或无法预约）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次一工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减服务费500元；月度可用率每低于约定值0.01个百分点，扣减1,000元，从应付款项或履约保函中扣除。
P:7.4 乙方应提供7×24小时服务热线，并每月向甲方提交服务报告，列明故障情况、响应时间和处理结果。
H:第八条 数据安全
P:8.1 平台内的老干部个人信息、预约记录及全部业务数据属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第二级要求，对个人信息加密存储，运维操作经甲方堡垒机并留存日志；发现数据泄露或安全事件应在1小时内报告甲方并立即处置。
P:8.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的行政处罚费用。
P:8.4 合同终止后30日内，乙方应将全部数据完整移交甲方，并删除其掌握的数据副本，出具书面说明。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密及工作秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后五年内继续有效。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书，人员离场时应交回全部资料和账号。
H:第十条 知识产权
P:10.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护，乙方不得将其用于其他项目。
P:10.3 乙方应在最终验收时交付定制部分的完整源代码及编译说明，并保证甲方据此可以重新编译生成可运行的程序。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
P:11.3 乙方交付的软件侵犯第三方知识产权的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，均不承担违约责任。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:附件：1.需求规格说明；2.分项报价表；3.服务承诺书。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

H721Z02 = """T:成型抛光生产线控制系统改造及维保合同
P:合同编号：SZC-GZ-2026-09
P:甲方（采购方）：某梳子厂有限公司
P:乙方（供应方）：某自动化工程有限公司
P:甲方为提高梳子注塑成型和抛光工序的自动化水平，委托乙方对成型抛光生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方二号车间8台注塑成型机的控制系统进行升级，更换控制柜、温控模块和伺服驱动，实现模温、注射压力和保压时间的闭环控制。
P:1.2 乙方负责为4条抛光线配置抛光机器人工作站控制器和视觉检测单元，实现梳齿毛刺、断齿和色差的自动识别与分拣。
P:1.3 乙方提供产线监控软件一套，实现设备状态采集、工艺参数配方管理、产量及不良品统计、报表导出，并与甲方现有ERP系统对接。
P:1.4 乙方负责设备安装、布线、调试、工艺参数整定和操作人员培训。
P:1.5 乙方应在合同签订后15日内完成现场勘察，提交改造方案、电气图纸和停线计划，经甲方确认后实施。
H:第二条 合同价款
P:2.1 分项价格如下表（人民币元，含税）：
TB:序号|项目|数量|单价|金额
TB:1|注塑成型机控制改造套件|8套|46,000|368,000
TB:2|抛光机器人工作站控制器|4套|57,500|230,000
TB:3|视觉检测单元|4套|31,000|124,000
TB:4|产线监控软件许可（永久）|1套|168,000|168,000
TB:|软硬件小计|||890,000
TB:5|安装调试及工艺整定|1项|64,000|64,000
TB:6|操作及维护培训|1项|11,000|11,000
TB:|合同总价|||965,000
P:2.2 合同总价为人民币玖拾陆万伍仟元整（¥965,000），为固定价格，包含运输、保险、安装、调试、技术资料及质保期内服务。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%；到货安装不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%。
P:3.4 乙方应在每期付款前开具全额增值税专用发票。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后50日内将全部设备运抵甲方厂区，并在到货后25日内完成安装调试。
P:4.2 改造施工应利用甲方停产检修窗口分批进行，每次停线时间不得超过3日，不得影响其他产线正常生产。
P:4.3 乙方应遵守甲方的安全生产、动火作业和用电管理规定，施工人员应持证上岗。
P:4.4 乙方应随设备提供装箱单、合格证、说明书、电气原理图和备件清单，并在验收前提交完整的竣工资料。
H:第五条 验收
P:5.1 验收标准：成型机温控精度±1℃，注射压力波动不超过设定值的2%；视觉检测单元对断齿、毛刺的识别准确率不低于98%，误剔率不高于1%；监控软件数据刷新周期不超过5秒；与ERP系统对接的产量数据逐日核对一致；全线连续试生产15日无一级故障。
P:5.2 乙方提交验收申请及竣工资料后，甲方在10个工作日内组织验收并出具书面意见。设备安装完成、试生产或甲方使用设备，均不视为验收合格。
P:5.3 验收不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取，即每年231,400元，在质保期满后三年内保持不变。维保服务包括季度巡检、备件更换、软件升级和远程诊断。
P:6.3 维保合同到期前，双方另行协商续签，不自动续期。
P:6.4 质保期内乙方应在甲方厂区存放常用备件，包括温控模块、伺服驱动器、工业相机及光源，备件消耗后7日内补足。
H:第七条 服务水平
P:7.1 故障分级及响应要求如下表：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|整条产线停机|2小时|6小时|24小时
TB:二级|单台设备停机或检测失效|8小时|次日|72小时
TB:三级|报表、界面等一般问题|1个工作日|按需|5个工作日
P:7.2 乙方响应、到场或恢复超时的，每超时1小时向甲方支付800元；同一季度一级故障超过2次的，乙方应提交整改方案并免费延长质保期三个月。
P:7.3 乙方应提供7×24小时服务电话，每季度对改造设备进行一次巡检并提交巡检报告。
H:第八条 数据安全
P:8.1 工艺参数、配方、产量及质量数据属于甲方所有，乙方仅可为履行本合同使用，不得复制带离或提供给第三方。
P:8.2 远程维护须经甲方逐次审批，通过甲方指定的VPN及堡垒机进行，操作全程记录；乙方人员账号实行最小权限管理。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在2小时内报告甲方，配合处置并赔偿甲方全部损失。
P:8.4 合同终止或维保结束后，乙方应删除其保存的甲方数据并书面确认。
H:第九条 保密
P:9.1 乙方对甲方的产品工艺、模具参数、客户信息和经营数据负有保密义务，未经甲方书面同意不得披露，保密期限至相关信息公开之日止。
H:第十条 知识产权
P:10.1 乙方为本项目编写的PLC程序、机器人轨迹程序、视觉检测算法参数及接口程序归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人维护。
P:10.2 产线监控软件的原有知识产权归乙方，甲方享有永久使用许可。
H:第十一条 分包
P:11.1 乙方可将电气布线和设备吊装工作分包给具有相应资质的第三方，但应提前5日书面告知甲方分包单位名称；乙方对分包工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 因乙方施工原因造成甲方停产损失的，乙方应据实赔偿。
P:12.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:12.4 乙方交付的设备或软件侵犯第三方权利的，由乙方负责处理并承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或设备经两次验收仍不合格，或存在其他严重违约行为经书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:13.2 合同解除后，乙方应配合甲方恢复产线原有控制方式，确保甲方生产不中断。
H:第十四条 适用法律及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 培训
P:15.1 乙方应为甲方操作工、设备员和工艺员分别组织培训，累计不少于5日，培训后经考核能独立完成配方调用、故障复位和日常保养。乙方应提供中文操作手册和维护手册各三套。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，可相应延期履行；不可抗力持续超过60日的，任何一方可书面通知解除合同。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:附件：1.技术规格书；2.改造方案；3.停线计划；4.备件清单。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

H721Z03 = """连锁跳绳培训门店预约及会员管理SaaS服务合同

合同编号：TS-SaaS-2026-045
甲方（客户）：某体育文化发展有限公司
乙方（服务商）：某云软件有限公司

甲方经营45家跳绳培训连锁门店，为统一管理课程预约、会员卡和教练排班，订购乙方的预约及会员管理SaaS服务并委托乙方实施。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方45家门店开通预约及会员管理SaaS服务，包括：课程排期与在线预约、会员卡（次卡、期卡、储值卡）管理、教练排班与课时统计、家长端微信小程序、门店收银对账、营销活动（拼团、转介绍、体验课）及经营数据报表。
2. 每家门店开通前台账号3个、教练账号不限，总部开通管理账号10个。
3. 服务期内乙方免费提供产品功能的常规升级，新增的标准功能甲方可直接使用。
4. 乙方应保证系统兼容主流安卓、iOS手机及甲方门店现有的收银一体机、扫码枪和小票打印机，门店无需另行采购硬件。
（二）实施服务
1. 乙方负责系统配置、45家门店的课程及价格体系初始化、原有会员数据（约38,000名会员及剩余课时）的导入核对、与甲方现有支付账户和财务系统的对接。
2. 乙方负责对门店店长、前台和教练进行培训，总部集中培训2次，门店分区培训6次，并提供操作视频和图文手册。
3. 乙方应按门店分三批上线，每批上线前进行试运行，确保会员课时余额迁移准确、预约和扣课流程正常。
4. 乙方应指定项目经理和实施顾问各1名，项目经理在实施期间每周向甲方提交进度报告，更换人员须经甲方同意。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前30日内双方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整订阅费标准，调整后的价格以乙方书面通知为准，甲方未在通知后10日内提出异议的视为接受。

三、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度4,800元，45家门店每个服务年度216,000元，两个服务年度合计432,000元。
（二）实施费为一次性费用86,000元。
（三）合同总价为518,000元（含税）。
（四）支付方式：
1. 每个服务年度开始后10个工作日内，甲方支付该服务年度的订阅费216,000元。
2. 实施费在全部门店上线验收合格后10个工作日内一次性支付。
3. 乙方应在收款前开具合法的增值税发票。
（五）门店数量增加的，新增门店按每店每个服务年度4,800元按剩余月份折算计费；门店关闭的，自关闭次月起相应减少订阅费。
（六）上述费用已包含服务器资源、短信通知（每店每月不超过2,000条）、软件升级及客服支持费用。

四、上线验收
（一）每批门店上线后试运行10日，试运行期间乙方应驻场或远程值守。
（二）验收标准：
1. 会员信息、剩余课时及储值余额与甲方原有数据逐条核对一致，差异为零；
2. 预约、签到扣课、退课返课流程全部正确，500名家长同时预约时小程序响应时间不超过2秒；
3. 收银对账数据与支付账户流水逐日一致；
4. 合同约定的功能全部可用，门店人员已完成培训并通过考核。
（三）甲方在收到验收申请后5个工作日内组织验收并签署验收单。系统上线使用不视为验收合格。
（四）验收不合格的，乙方应在5个工作日内整改并重新提交验收，整改所需工作由乙方自行承担，不另行收费。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日22时至次日7时之间并提前2日通知。
（二）故障响应：
1. 一级故障（全部或多家门店无法预约、扣课或收银）：1小时内响应，6小时内恢复；
2. 二级故障（单店或单一功能不可用）：2小时内响应，次一工作日内解决；
3. 三级问题（咨询、报表优化等）：1个工作日内答复。
（三）服务补偿：月度可用率未达约定的，每低于0.1个百分点，乙方按当月订阅费的5%补偿甲方，在下期费用中抵扣；一级故障超时恢复的，每超时1小时补偿1,000元。
（四）乙方应提供7×24小时客服热线和在线工单，每月向甲方提交服务报告。
（五）乙方每季度与甲方召开一次服务回顾会，分析故障原因、功能使用情况和改进计划。

六、数据安全
（一）甲方的会员信息、学员（未成年人）个人信息、课程记录、交易数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于任何其他目的。
（二）乙方应采取加密存储、访问控制、操作日志、异地备份等措施，对未成年人个人信息实施重点保护，每日备份，备份数据至少保留30日。
（三）发生数据泄露、丢失或篡改等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担由此造成的全部损失。
（四）服务期满或合同终止后，乙方应在30日内向甲方提供全部数据的完整导出文件，并在甲方确认后删除其系统中的甲方数据。
（五）乙方应每个服务年度委托第三方进行一次渗透测试，并向甲方提供测试结论摘要；发现高危漏洞的，应在7日内修复。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制的课程体系配置、报表模板、营销活动页面及接口程序归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、违约责任
（一）因乙方原因未能按实施计划上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条约定的，应赔偿甲方全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、人身损害及故意行为造成的损失不受此限。
（五）乙方提供的服务侵犯第三方知识产权的，由乙方负责处理并承担全部责任。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十、合同解除
（一）乙方严重违约，或连续两个月可用率未达约定，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）合同解除后，乙方应按第六条第（四）项配合甲方完成数据迁移。
（三）因门店经营调整需整体停止使用的，甲方可提前60日书面通知乙方终止合同，已付未使用期间的订阅费按月折算退还。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十二、不可抗力
因自然灾害、疫情、公共网络或电力大面积中断等不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，相应期间不计入可用率考核，但乙方应提供证明材料。

十三、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件为服务功能清单、实施计划及门店清单。

甲方（盖章）：__________          乙方（盖章）：__________
"""

H721Z04 = """草原监测系统年度运维服务合同

项目名称：草原监测系统运维服务项目（竞争性磋商）
采购人（甲方）：某县草原工作站
成交供应商（乙方）：某生态信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就草原监测系统运维服务达成一致，订立本合同。

第一条 运维对象
1.1 甲方草原监测系统，包括：分布于全县牧区的26个草原固定监测样地站点（含土壤温湿度传感器、小型气象站、视频监控及太阳能供电设备）、3套无人机航测设备、监测数据中心平台软件、草原资源“一张图”系统及相关服务器、存储和网络设备。
1.2 运维对象清单详见附件一，运维期间新增设备经双方书面确认后纳入运维范围。

第二条 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 服务内容
3.1 日常运维：乙方应每日检查监测数据中心平台运行状态和各站点数据上传情况，发现数据缺失、设备离线等异常时及时处理。
3.2 巡检维护：乙方应在每年4月、7月和10月对全部野外站点各进行一次现场巡检，清洁传感器、校准气象设备、检查供电及防雷设施，并于巡检结束后10日内提交巡检报告。
3.3 故障处理：设备或系统发生故障时，乙方接到甲方通知后应及时响应，尽快安排人员处理，恢复正常运行。野外站点的设备更换所需配件由乙方提供，单次配件价值超过3,000元的，由双方另行协商。
3.4 监测支持：在草原返青期、生长旺盛期和枯黄期，乙方应配合甲方开展地面样方调查和无人机航测，完成影像拼接、植被覆盖度计算和产草量估算，形成专题报告。
3.5 平台维护：乙方负责平台软件的缺陷修复、数据库维护、日志清理和每月一次的数据备份，保障年度监测数据按时汇交至上级草原主管部门。
3.6 培训：乙方应为甲方及乡镇草原管护员组织至少两次培训，内容包括站点日常检查、数据查询和无人机安全操作。
3.7 应急保障：在草原防火期和重大活动期间，乙方应安排人员值守，根据甲方通知参与应急监测，提供火点周边视频和气象数据。
3.8 备品备件：乙方应储备常用传感器、蓄电池、太阳能控制器和网络模块，保证野外站点故障时有件可换。
3.9 运维记录：乙方应建立运维台账，如实记录每次巡检、故障处理和配件更换情况，每月5日前向甲方提交上月运维月报。
3.10 年度总结：服务期满前30日内，乙方应提交年度运维总结报告，分析设备运行情况和故障规律，并提出设备更新建议。

第四条 人员要求
4.1 乙方应配备项目负责人1名、驻场运维工程师2名，其中至少1人持有无人机驾驶员执照。人员名单应在合同签订后5日内报甲方备案，更换人员须提前通知甲方。
4.2 乙方人员进入牧区作业应遵守草原防火、禁牧休牧等管理规定，尊重当地牧民生产生活习惯，作业车辆不得随意碾压草场。
4.3 乙方负责其人员的安全教育、意外伤害保险和野外作业安全防护，人员在作业中发生人身伤亡的由乙方负责。

第五条 服务费用及支付
5.1 本合同服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包括人工、差旅、车辆、配件（单次3,000元以内）、无人机航测及报告编制等全部费用。
5.2 服务费按季度支付，每季度末经甲方考核合格后，甲方在15个工作日内支付当季服务费96,500元。乙方应在每次付款前开具增值税发票。
5.3 甲方不向乙方预付任何款项。

第六条 考核与验收
6.1 甲方每季度对乙方服务进行考核，考核内容包括：巡检计划完成情况、站点数据完整率、专题报告质量、工作日志及甲方满意度。存在未按计划巡检、报告未按时提交或甲方满意度评价为不满意情形的，该季度考核为不合格。
6.2 季度考核不合格的，甲方暂缓支付当季服务费，乙方应在15日内整改，整改合格后支付。
6.3 服务期满前，甲方组织年度验收。验收标准为：全年巡检按计划完成；全部季度考核合格；专题报告、巡检报告、运维日志及备份数据完整移交；系统及设备运行状态良好。验收合格后甲方出具书面验收意见。

第七条 数据安全
7.1 监测数据、影像资料、站点坐标及平台中的全部数据归甲方所有，乙方仅可为履行本合同使用，未经甲方书面同意不得复制、发布或用于其他项目。
7.2 乙方应落实平台账号分级授权、口令定期更换和操作日志留存，禁止使用未经甲方同意的远程控制软件；备份数据应存放在甲方指定的存储设备中。
7.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方，采取补救措施，并承担由此造成的全部损失。
7.4 服务期满后10日内，乙方应将全部运维资料、账号权限和备份数据移交甲方，并删除其留存的甲方数据。

第八条 保密
8.1 乙方对在服务过程中知悉的甲方未公开的监测成果、涉密图件和工作资料负有保密义务，服务期满后继续有效。乙方人员应签署保密承诺书。

第九条 成果归属
9.1 乙方在服务期间形成的专题报告、巡检报告、航测成果、统计报表及相关文档的知识产权归甲方所有。
9.2 乙方使用自有工具软件处理甲方数据的，不因此取得对成果的任何权利。

第十条 分包
10.1 乙方不得将本合同服务分包或转包给任何第三方。

第十一条 违约责任
11.1 乙方未按约定时间完成巡检、提交专题报告或完成年度数据汇交的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 因乙方人员操作不当造成甲方设备损坏的，乙方应负责修复或照价赔偿。
11.3 乙方人员在作业中造成牧民财产损失或草原植被破坏的，由乙方承担全部责任。
11.4 甲方逾期支付服务费的，应按同期贷款市场报价利率向乙方支付利息。

第十二条 不可抗力
12.1 因暴雪、沙尘暴、洪水、草原火灾等不可抗力导致无法按时巡检的，乙方应及时通知甲方，经甲方确认后相应顺延，不视为违约。不可抗力持续导致本合同无法履行的，双方协商处理。

第十三条 合同变更
13.1 本合同的任何变更均须经双方协商一致并签订书面补充协议。
13.2 因上级部门任务调整需增加监测频次或站点的，双方按响应文件中的单价协商调整服务费，调整金额不超过合同总价的10%。

第十四条 甲方义务
14.1 甲方应向乙方提供系统账号、站点位置资料和必要的工作条件，协调乡镇及牧户配合乙方进入样地作业，并及时确认乙方提交的报告。

第十五条 争议解决
15.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十六条 其他
16.1 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。竞争性磋商文件、响应文件及成交通知书为本合同的组成部分。
16.2 双方指定联系人负责日常沟通，联系人变更应书面通知对方；以书面形式发送至本合同载明地址的通知视为送达。
16.3 附件：一、运维对象清单；二、站点分布图；三、季度考核表。

甲方（盖章）：__________          乙方（盖章）：__________
"""

H721Z05 = """# 晶迹切割刻面生产追踪软件 许可及定制开发合同

**晶迹软件标准合同文本 V4.0（乙方制式文本）**

合同编号：JJ-XS-2026-0318

甲方（用户）：某水晶工艺品厂

乙方（软件提供方）：某晶迹软件技术有限公司

甲方拟在切割、刻面、抛光及质检车间部署生产追踪软件，乙方同意按本标准文本向甲方提供软件许可及定制开发服务。

## 第一条 产品及服务

1.1 乙方向甲方提供“晶迹生产追踪系统”标准版永久使用许可，包含工单管理、毛坯批次追踪、切割及刻面工序报工、刻面机台数据采集、质检记录、条码标签打印及统计报表模块，授权车间终端40个。

1.2 乙方按甲方需求进行定制开发：刻面图纸与工艺卡关联、异形件切割损耗分析、与甲方财务软件的成本接口、客户订单进度看板。

1.3 乙方负责软件安装、基础数据导入和操作培训。

1.4 标准版许可不含数据库软件、操作系统、服务器、条码打印机、扫码枪及车间工控终端，上述软硬件由甲方自行采购，乙方可提供配置建议。

1.5 定制开发的具体范围以双方确认的需求清单为准，需求清单经甲方签字确认后不再变更；确需变更的，按本合同第2.2条处理。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 晶迹生产追踪系统标准版许可（永久） | 420,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 安装实施及培训 | 68,000 |
| | 合计 | 848,000 |

2.1 合同总价为人民币捌拾肆万捌仟元整（¥848,000），含增值税。

2.2 甲方在实施过程中提出超出需求清单的新增需求，按乙方人天单价另行计费。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即551,200元。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即296,800元。

3.3 甲方未按期付款的，乙方有权暂停实施、暂停技术支持，工期相应顺延。

3.4 乙方在收到每期款项后10个工作日内开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

## 第四条 实施

4.1 乙方在收到首期款项后开始实施，计划在90日内完成安装、定制开发和上线。

4.2 甲方应提供服务器、网络环境、工艺资料及车间配合人员，因甲方原因造成的延误，工期顺延。

4.3 乙方可根据项目需要调整实施人员，调整后应告知甲方联系人。

4.4 乙方实施人员在甲方厂区工作期间应遵守甲方的安全管理制度，进入切割车间应佩戴防护用品。

4.5 乙方向甲方交付以下资料：安装手册、用户操作手册、系统管理员手册及培训课件，均为电子版。

4.6 培训：乙方为甲方车间班组长、质检员和系统管理员提供集中培训，累计不超过3日；超出部分按人天单价另行收费。

## 第五条 上线与验收

5.1 系统在甲方环境安装完成并投入上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用过程中发现的问题，按第六条质保服务处理，不影响验收结论和付款。

5.3 甲方不得以定制功能与其预期不符为由拒绝上线或拒付款项。

## 第六条 质保服务

6.1 乙方自系统上线之日起提供六个月的免费质保服务，包括软件缺陷修复、远程技术支持和必要的现场服务。

6.2 质保期内一级故障（系统无法登录或全车间无法报工）乙方在8小时内响应，二级故障在2个工作日内响应，乙方尽力在合理时间内解决。

6.3 质保期满后，甲方如需继续获得技术支持及升级服务，应与乙方签订年度服务协议，服务费按乙方届时公布的价格标准执行。

6.4 因甲方操作不当、擅自修改程序或硬件故障引起的问题，不属于质保范围，乙方可按人天单价收费。

6.5 乙方提供的远程支持时间为工作日9时至17时，节假日期间仅处理一级故障。现场服务需提前3个工作日预约，差旅费用由甲方承担。

## 第七条 知识产权

7.1 乙方软件及其文档的全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码的知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。乙方有权将定制开发成果纳入其标准产品。

7.3 乙方不交付源代码。甲方如需源代码托管，双方另行签订托管协议并由甲方承担托管费用。

7.4 乙方保证其提供的标准软件不侵犯第三方的合法权利；如发生侵权纠纷，由乙方负责交涉处理。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、工艺数据和订单数据属于甲方所有，乙方仅可为提供技术支持而访问，不得用于其他目的。

8.2 乙方应对其远程访问账号实行专人专用和操作留痕，不得在自有设备上保存甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复并承担相应赔偿责任。

8.3 甲方应自行做好数据备份，并妥善保管系统管理员账号和口令。

8.4 合同终止后，乙方应删除其为技术支持而临时获取的甲方数据，并应甲方要求书面确认。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下对甲方承担的全部责任（包括违约金及赔偿）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、停产损失及数据损失不承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除的，甲方应支付乙方已完成工作的费用，已付款项不予退还，但乙方严重违约导致解除的除外。

11.3 合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，乙方应配合甲方导出已录入的生产数据。

## 第十二条 不可抗力

12.1 因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

12.2 不可抗力持续超过60日的，双方协商是否继续履行；协商不成的，任何一方可书面通知解除合同。

## 第十三条 适用法律与争议

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十四条 通知

14.1 双方的通知以书面形式发送至本合同首页所列地址或电子邮箱，电子邮件发出即视为送达。一方联系方式变更的，应在变更后5日内通知对方。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首期款项之日起生效。本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。本合同未尽事宜，参照乙方官网公布的服务说明执行。

15.2 本合同一式两份，双方各执一份。

附件：需求清单、报价明细、实施计划。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H721E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KMS-2026-LB-014
P:This Agreement is made between Foshan Hengyuan Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong (the "Buyer"), and Kgalagadi Maintenance Systems (Pty) Ltd, a company incorporated in Botswana with its principal office in Lobatse (the "Vendor").
P:The Buyer operates four kiln lines and two glazing lines and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor has developed such a system, known as KMS Plant, and has offered to license it and to implement it at the Buyer's Foshan plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KMS Plant software in object code, version 7.2, including the mobile work-order application and the reporting module, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the kiln-sensor interface, the ERP spare-parts interface, the Chinese-language report pack and any other configuration, script, report or document prepared specifically for the Buyer.
P:1.3 "Buyer Data" means all data entered into or generated by the Software at the Buyer's plant, including asset registers, work orders, spare-parts stock and sensor readings.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the Buyer's own business at its sites in the People's Republic of China, for up to 150 named users and unlimited mobile devices.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may not sell or sublicense the Software to third parties, but its affiliates and contractors may use it on the Buyer's behalf.
P:2.3 The licence survives any termination of this Agreement once the licence fee has been paid, except termination for the Buyer's non-payment.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,440,000, made up of the Licence Fee of CNY 1,120,000, the Implementation Fee of CNY 286,000 and the Training Fee of CNY 34,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:3.2 The Buyer shall pay the Contract Price in three instalments: 20% within twenty business days after signature of this Agreement and receipt of the Vendor's invoice; 55% after installation of the Software on the Buyer's servers, which the parties agree is not acceptance; and the remaining 25% after Final Acceptance.
P:3.3 All payments shall be made in CNY by bank transfer to the Vendor's account stated in the invoice. The Vendor shall issue valid invoices and the Buyer shall pay each undisputed invoice within thirty days.
H:Article 4 Implementation
P:4.1 The Vendor shall deliver the Software within thirty days after signature and complete installation, configuration, the Custom Deliverables and data migration within one hundred and twenty days after signature, in accordance with the project plan in Annex 2.
P:4.2 The Vendor shall appoint a project manager who speaks Mandarin, shall keep the same key staff during the project unless the Buyer agrees otherwise, and shall report progress to the Buyer every week.
P:4.3 The Buyer shall provide servers, network access, asset lists and reasonable access to its plant and staff. Delays caused by the Buyer extend the schedule by the same period.
P:4.4 The Vendor shall train the Buyer's maintenance engineers, planners and administrators in at least six sessions at the Buyer's plant and provide Chinese-language user and administrator manuals.
H:Article 5 Acceptance
P:5.1 After installation, the Vendor shall run the acceptance tests agreed in Annex 3 in the presence of the Buyer. The tests shall show that: all functions listed in Annex 1 work as described; asset and spare-parts records migrated from the Buyer's spreadsheets match the source records line by line; the kiln-sensor interface records readings from every connected sensor at the agreed interval; work orders can be created, assigned and closed on mobile devices; and standard reports open within three seconds with 80 concurrent users.
P:5.2 After successful tests the Software shall run in production for forty-five days. If no Severity 1 fault and no more than three Severity 2 faults occur in that period, the Buyer shall issue the Final Acceptance certificate within ten business days.
P:5.3 Installation, go-live, use of the Software in production or payment of any instalment shall not be treated as acceptance. If tests fail, the Vendor shall correct the faults and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 and will be free from material defects for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 123,200 per year, and will not increase for the first three years after the Warranty Period. Each year of support is ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Service Levels
P:7.1 Faults are classified as follows. Severity 1: the Software is unavailable or work orders cannot be issued at the plant. Severity 2: a major function is impaired but a workaround exists. Severity 3: minor faults and questions.
P:7.2 The Vendor shall respond to a Severity 1 fault within one hour, twenty-four hours a day, and restore service within eight hours; Severity 2 within two business hours, with a fix within three business days; Severity 3 within one business day.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or paid on demand.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems.
P:9.2 The Vendor shall access the Buyer's systems only through the remote-access gateway designated by the Buyer, with named accounts and logged sessions approved each time, and shall comply with the laws of the People's Republic of China on data security and personal information.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to or loss of Buyer Data, take all steps to contain it, and compensate the Buyer for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete implementation by the date in Article 4.1 for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 or 10, to infringement of third-party rights, or to wilful misconduct or gross negligence.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after written notice, or if delay damages reach their maximum. The Vendor shall then refund the amounts paid for work not accepted.
P:13.2 The Vendor may terminate this Agreement if the Buyer fails to pay an undisputed amount within sixty days after a written reminder.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than ninety days, either party may terminate this Agreement by notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Botswana.
P:15.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within thirty days, it shall be referred to arbitration in Gaborone under the Arbitration Act of Botswana, before a single arbitrator, in the English language.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. Any change must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or email with confirmation.
P:Annex 1: Functional Specification. Annex 2: Project Plan. Annex 3: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H721E02 = """# ORDER FORM AND GENERAL TERMS - SHIFTWISE WAREHOUSE LABOUR SCHEDULING SERVICE

Order Form No. SW-OF-2026-0087

## PART A - ORDER FORM

### A1. Parties

**Provider:** Shiftwise Analytics Limited, a company incorporated in Zambia, with its principal office at Plot 22, Independence Avenue, Choma, Southern Province, Zambia.

**Customer:** Wuhan Changjiang Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhan, Hubei Province.

This Order Form, together with the General Terms in Part B, forms the agreement between the Provider and the Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Service

The Provider will make available the Shiftwise cloud service for warehouse labour planning, including demand forecasting by shift, roster generation, time-and-attendance import, skills matrix, overtime control, and the manager and worker mobile applications (the "Service"), for the Customer's six distribution centres in Wuhan, Changsha, Nanchang, Hefei, Zhengzhou and Chongqing, for up to 2,400 active workers and 120 manager users.

The Service will be hosted in a data centre operated by a licensed cloud provider in mainland China.

### A3. Subscription Term

The Subscription Term is twenty-four months, beginning on the Service Start Date, which is the date on which the Customer signs the Go-Live Acceptance Certificate under Section 4 of Part B. The Agreement ends at the end of the Subscription Term unless the parties sign a new order form. There is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, six sites | CNY 18,500 per month x 24 months | 444,000 |
| Onboarding and integration (one-time) | fixed price | 52,000 |
| Total Contract Value | | 496,000 |

All amounts include VAT. The subscription fee is fixed for the Subscription Term. Additional sites may be added at CNY 3,100 per site per month by a signed change order.

### A5. Invoicing and Payment

The subscription fee is invoiced quarterly in arrears, at the end of each three-month period of the Subscription Term, in the amount of CNY 55,500. The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance Certificate. No amount is payable before the Service Start Date. The Customer will pay each correct invoice within thirty days by bank transfer in CNY.

### A6. Contacts and Special Conditions

Provider account manager: Mr. Mutale Banda, support@shiftwise.example. Customer project lead: Ms. Zhou Lin, Operations Department.

Special condition: the Provider will deliver the interface to the Customer's warehouse management system and to its payroll system as part of onboarding, and will complete onboarding within seventy-five days after signature of this Order Form.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the Service or that the Service generates from it, including worker names, identity numbers, shift records, attendance records and volume forecasts.

1.2 "Customer Configurations" means the rosters, rules, skills templates, reports and interface mappings configured specifically for the Customer during onboarding or later.

1.3 "Incident" means a failure of the Service or any part of it to operate as described in the documentation.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer will keep user credentials secure and will not attempt to reverse engineer the Service, resell it or use it to build a competing product.

2.3 The Provider may improve the Service during the Subscription Term, provided that no change materially reduces the functionality or security of the Service.

### 3. Onboarding

3.1 The Provider will configure the Service for each site, import the Customer's worker master data and historical volumes for the past two years, build the interfaces described in A6 and train site managers and super users at each site.

3.2 The Customer will provide data extracts, access to its systems through a test environment and a project lead with authority to make decisions.

3.3 The Provider will report progress every week and will tell the Customer promptly of any risk to the onboarding date.

### 4. Go-Live Acceptance

4.1 When onboarding is complete the Provider will demonstrate the acceptance criteria, which are: worker master data imported with zero unresolved differences against the Customer's extract; attendance imported from every site's clock terminals for ten consecutive working days without manual correction; rosters generated for every site for two weeks in advance; payroll hours exported in the Customer's format and reconciled to the attendance records; and roster generation completing in under three minutes for the largest site.

4.2 The Customer will check the criteria within ten business days and either sign the Go-Live Acceptance Certificate or list the failures. The Provider will correct listed failures and repeat the demonstration at no charge. Use of the Service during onboarding is not acceptance.

### 5. Service Levels

5.1 The Provider will make the Service available at least 99.95% of each calendar month, excluding planned maintenance notified at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 The Provider will respond to Incidents as follows. Priority 1 (the Service or the mobile application is unavailable at one or more sites, or rosters cannot be published): response within thirty minutes at any time and workaround within three hours. Priority 2 (a major function is impaired): response within two hours during business hours. Priority 3 (other issues and questions): response within one business day.

5.3 If monthly availability falls below the level in Section 5.1, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to the full monthly fee. If a Priority 1 response is late, the Customer receives a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice.

5.4 The Provider will send the Customer a monthly service report showing availability, Incidents, response times and credits.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider will process Customer Data only to provide the Service to the Customer and will not use it for any other purpose.

6.2 The Provider will store and process Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log all administrative access, back it up every day and hold a valid MLPS level-3 filing for the Service.

6.3 The Provider will notify the Customer within eight hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, cooperate with any regulator, and compensate the Customer for losses caused by its failure to comply with this Section 6.

6.4 Within thirty days after the end of the Agreement the Provider will return all Customer Data in a standard format and then delete it, and will confirm deletion in writing.

### 7. Confidentiality

7.1 Each party will keep confidential the other party's non-public business, technical and personal information received under this Agreement, will use it only for this Agreement and will disclose it only to staff and advisers who need to know it and are bound by similar duties. These obligations continue for five years after the Agreement ends.

### 8. Intellectual Property

8.1 The Service, its software and documentation remain the property of the Provider.

8.2 Customer Configurations belong to the Customer. The Customer may use and modify them and may let any third party use them, including after the Agreement ends. The Provider will deliver them in an exportable format on request.

### 9. Subcontracting

9.1 The Provider may not subcontract any part of the Service or the onboarding without the Customer's prior written consent, except for the hosting provider named in A2, and remains responsible for every subcontractor.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, including loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for death or personal injury caused by negligence, or for fraud.

### 11. Term and Termination

11.1 The Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it. The Customer may also terminate if availability falls below the level in Section 5.1 in any three months of the Subscription Term.

11.3 On termination by the Customer for the Provider's breach, the Provider will refund any fees paid for the period after termination.

### 12. General

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute will be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan under its rules in force at the time.

12.3 Neither party may assign the Agreement without the other party's written consent. Notices must be in writing and sent to the contacts in A6. Changes to this Agreement must be in writing and signed by both parties.

Signed for the Provider: ____________________ Signed for the Customer: ____________________
"""

H721E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORAGE MONITORING SENSORS AND SOFTWARE
P:Contract No. SCPD-EQ-2026-031 (Buyer's standard form)
P:Buyer: Sichuan Kangtai Pharmaceutical Distribution Co., Ltd., registered in Chengdu, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Hardap Sensing Technologies CC, registered in Namibia, with its principal place of business in Mariental, Hardap Region (the "Supplier").
P:The Buyer operates cold rooms, freezers and refrigerated vehicles for medicines that must be kept within strict temperature ranges under the Good Supply Practice rules. The Buyer selected the Supplier after a tender to supply wireless temperature and humidity sensors, gateways and monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm server, web dashboard, mobile alarm application and calibration module, licensed under clause 2.
P:1.3 "Deliverables" means the Equipment, the Software, the site configuration, the alarm rules, the interface to the Buyer's warehouse management system, reports and all documents supplied under this Contract.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, calibration and user records collected or generated by the Equipment and Software.
H:2. Scope and Licence
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's warehouses in Chengdu, Mianyang and Deyang and on its refrigerated vehicles, connect all sensors to the Software, build the interface to the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software on the Buyer's own servers for any number of sensors, users and sites of the Buyer and its affiliates in China.
P:2.3 The Software shall keep audit trails and electronic records in a form that meets the Buyer's validation requirements.
H:3. Price
P:3.1 The Contract Price is fixed as shown in the following Price Table (amounts in CNY, including VAT):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless temperature and humidity sensor, calibrated|620|980|607,600
TB:2|Gateway with 4G backup and battery|48|6,200|297,600
TB:3|ColdWatch monitoring software, perpetual licence|1|360,000|360,000
TB:|Equipment and Licence Subtotal|||1,265,200
TB:4|Installation, configuration, interface and validation support|1|148,000|148,000
TB:5|Training|1|21,800|21,800
TB:|Contract Price|||1,435,000
P:3.2 The Contract Price includes delivery to site, customs clearance, insurance, installation materials, initial calibration certificates and all support during the Warranty Period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within fifteen business days after signature, against an invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance under clause 6.
P:4.4 Each payment is due within thirty days after the Buyer receives a correct invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within sixty days after signature and complete installation and configuration within forty-five days after delivery.
P:5.2 Installation shall be carried out without interrupting the cold chain. Where a cold room must be opened, the Supplier shall follow the Buyer's procedures and supervision.
P:5.3 Each sensor shall be delivered with a calibration certificate traceable to a national standard and valid until the first scheduled recalibration.
P:5.4 The Supplier shall pack the Equipment to protect it during transport, label each sensor with its serial number and intended location, and hand over a delivery list that the Buyer's warehouse staff can check against the Price Table.
H:6. Acceptance
P:6.1 After installation the Supplier shall carry out the acceptance tests set out in Annex 2 with the Buyer's quality team. The tests shall show that: every sensor reports to the Software at the configured interval; measured temperatures agree with a reference thermometer within ±0.3 °C; alarms reach the mobile application and by SMS within sixty seconds; gateway failover to 4G works at every site; the interface transfers alarm records to the warehouse management system without loss; and the audit trail records every change of settings.
P:6.2 After successful tests the system shall run for thirty days. If no critical fault occurs in that period and the Supplier has delivered the validation documents, manuals and as-built drawings, the Buyer shall issue a Final Acceptance certificate within ten business days.
P:6.3 Delivery, installation, use of the system or any payment shall not be treated as acceptance. Failed tests shall be repeated at the Supplier's cost.
H:7. Warranty and Post-Warranty Support
P:7.1 The Warranty Period is thirty-six months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace faulty Equipment, correct Software defects, supply Software updates and provide remote and on-site support free of charge.
P:7.2 After the Warranty Period the Buyer may order annual support for Equipment and Software. The annual support fee is 8% of the Equipment and Licence Subtotal, that is CNY 101,216 per year, and is fixed for the two years following the Warranty Period. Support is ordered each year by the Buyer; it does not renew automatically.
H:8. Service Levels
P:8.1 Faults are classified as follows. Critical: the alarm server or more than one gateway is down, or alarms are not delivered. Major: individual sensors or functions fail. Minor: other issues.
P:8.2 The Supplier shall respond to a Critical fault within one hour at any time and restore alarm delivery within six hours, if necessary by temporary devices. Major faults shall be answered within two business hours and fixed within two business days. Minor faults shall be answered within one business day.
P:8.3 For every hour by which the Supplier exceeds the response or restoration time for a Critical fault, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any payment.
H:9. Data Security and Ownership
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, keep or disclose it.
P:9.2 The Supplier shall access the Buyer's systems only through the Buyer's remote-access gateway with named accounts, for approved sessions, and shall comply with PRC data-security and personal-information laws.
P:9.3 The Supplier shall report any unauthorised access to or loss of Buyer Data to the Buyer within six hours, take immediate remedial action and compensate the Buyer for all losses resulting from its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The Software remains the property of the Supplier, subject to the licence in clause 2.2.
P:11.2 The site configuration, alarm rules, interface programs, reports and validation documents prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:12. Delay Damages and Liability
P:12.1 If the Supplier delays delivery or completion of installation, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for Deliverables not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.
H:16. Training and Documentation
P:16.1 The Supplier shall train the Buyer's quality, warehouse and IT staff in at least four sessions at the Buyer's sites, covering alarm handling, sensor replacement, recalibration, user administration and report preparation. The Supplier shall deliver user, administrator and maintenance manuals in Chinese and English before Final Acceptance.
H:17. General
P:17.1 This Contract, with Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

H721E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: ZMB-MSA-2026-112

**Customer:** Ningbo Beilun Precision Auto Parts Co., Ltd., a company established in Ningbo, Zhejiang Province, People's Republic of China ("Customer").

**Provider:** Zambezi Managed Services (Pty) Ltd, a company registered in Namibia with its head office in Katima Mulilo, Zambezi Region, acting through its service centre team ("Provider").

The Customer wishes to outsource the day-to-day operation of its IT service desk, end-user devices and plant network to a managed service provider, and the Provider has agreed to deliver those services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

1.4 "Service Levels" means the levels set out in Schedule 2.

1.5 "Term" means thirty-six months from the Service Commencement Date.

## 2. Scope of Services

2.1 The Provider shall provide the Services for the Customer's head office and two plants in Ningbo, covering about 1,150 users, 1,300 laptops and desktops, 240 shop-floor terminals, 85 network switches and 160 wireless access points.

2.2 The Provider shall staff a service desk in Mandarin from 07:00 to 22:00 on every day of the year and keep an on-call engineer available at all other times, and shall station two engineers at each plant during production shifts.

2.3 The Provider shall keep an up-to-date configuration database of all managed devices, carry out monthly patching of end-user devices in agreed windows, and replace failed devices from the Customer's spare stock.

2.4 Changes to the scope, including new sites or more than a 10% rise in the number of users, shall be agreed in a written change order at the unit rates in Schedule 3.

## 3. Transition

3.1 The Provider shall complete transition within sixty days after signature of this Agreement. Transition includes knowledge transfer from the Customer's current provider, taking over the device inventory, configuring the ticketing tool, setting up remote monitoring of all switches and access points, and a two-week parallel run.

3.2 The Customer shall give the Provider access to its sites, documentation and staff as reasonably required for transition.

3.3 Within ten days after signature the Provider shall deliver a detailed transition plan with milestones, named staff and a list of information needed from the Customer, and shall report progress against it every week until the Service Commencement Date.

## 4. Transition Acceptance

4.1 Transition is accepted when the Provider demonstrates that: all managed devices are recorded in the configuration database and reconciled with the Customer's asset register; all switches and access points report to the monitoring platform; the service desk has handled tickets for ten working days in the parallel run and met the Schedule 2 response times; and the operating manual has been approved by the Customer.

4.2 The Customer shall sign the transition acceptance certificate within five business days after the criteria are met, or list the shortfalls for the Provider to correct.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value over the Term is CNY 1,740,000.

5.2 The Transition Fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable before the Service Commencement Date.

5.3 The Customer shall pay correct invoices within thirty days. Charges are fixed for the Term.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance to the Customer in a monthly service report.

6.2 If the Provider misses a Service Level, the service credits in Schedule 2 apply. Credits are deducted from the next invoice and do not limit the Customer's other rights.

6.3 The parties shall hold a service review meeting every quarter to discuss performance, trends, planned changes and improvements.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including production plans, drawings, prices and network designs, and shall use it only for this Agreement. The Provider shall ensure that its staff and subcontractors are bound by the same obligations. This Section survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Operating manuals, scripts, reports and configurations prepared by the Provider for the Customer belong to the Customer, which may use, modify and pass them to any future provider. The Provider's own tools remain its property.

## 10. Delay and Liability

10.1 If the Service Commencement Date does not occur within sixty days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

## 11. Subcontracting

11.1 The Provider may use subcontractors for on-site engineering, hardware repair and cabling, provided that it gives the Customer written notice of each subcontractor at least ten days before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if the Provider misses the Priority 1 resolution level in three consecutive months.

12.3 On expiry or termination the Provider shall cooperate for up to ninety days in the handover to the Customer or a new provider, at the unit rates in Schedule 3.

## 13. Staff and Force Majeure

13.1 The Provider shall assign a named service delivery manager, keep the key engineers named in Schedule 1 for at least the first six months after the Service Commencement Date, and replace any engineer whom the Customer reasonably asks to be removed. Provider staff on the Customer's sites shall follow the Customer's safety, quality and site rules.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or government orders, if it informs the other party promptly and does its best to limit the effect. If such an event lasts more than sixty days, either party may terminate this Agreement by notice.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 15. General

15.1 This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's consent.

## Schedule 1 - Services

| Service | Description |
|---|---|
| Service desk | Ticket logging, first-line fixes, password resets, user requests, in Mandarin and English |
| End-user devices | Imaging, deployment, patching, repair and disposal of laptops, desktops and shop-floor terminals |
| Plant network | Monitoring, configuration and fault repair of switches and wireless access points |
| Asset management | Configuration database, monthly asset reconciliation report |
| Reporting | Monthly service report and quarterly service review |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A plant line, more than 50 users or the plant network down | 30 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 | One site function or a group of users impaired | 1 hour | 1 business day | 1% of the Monthly Service Charge per incident |
| Priority 3 | Single user issue or request | 8 business hours | 3 business days | None; reported monthly |

Service credits in any month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement Date | 84,000 |
| Monthly Service Charge | CNY 46,000 x 36 months | 1,656,000 |
| Total contract value | | 1,740,000 |
| Additional engineer day | per day, by change order | 2,600 |
"""

H721E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: MLT-DS-2026-0419

BETWEEN
Maloti Freight Data (Pty) Ltd, a company incorporated in the Kingdom of Lesotho, with its registered office in Hlotse, Leribe District ("Provider"); and
Qingdao Haixin International Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province ("Customer").

BACKGROUND
The Provider compiles dry-bulk freight rates, vessel positions and port-congestion indicators from its own analysts and licensed sources and delivers them through a data feed and an application programming interface (API). The Customer imports iron ore, coal and grain and wishes to use the data in its chartering, hedging and logistics planning systems. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the freight-rate assessments, route indices, vessel-position records, port-congestion indicators and forecasts made available through the Service.
1.2 "Service" means access to the Data through the Provider's REST API, the daily bulk file feed and the web analytics portal, as described in Annex A.
1.3 "Customer Data" means the Customer's cargo positions, vessel nominations, port calls, watch lists and query parameters that the Customer uploads to or enters into the Service.
1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term; the first Subscription Year starts on the Integration Acceptance Date.
1.5 "Integration Acceptance Date" means the date on which the Customer confirms in writing that the acceptance criteria in clause 4 are met.
1.6 "Connector" means the software adapter that the Provider builds to load the Data into the Customer's chartering and risk systems.

2. SUBSCRIPTION AND LICENCE
2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Service and to use the Data for its internal business, including in internal reports, models and decisions, for up to 40 named users and unlimited system calls within the fair-use limit in Annex A.
2.2 The Customer may keep Data downloaded during the Subscription Term and continue to use it internally after the term ends, but may not resell the Data or publish it in bulk.
2.3 The Subscription Term consists of two Subscription Years. The Agreement does not renew automatically. Any further subscription requires a new order agreed in writing by both parties.

3. INTEGRATION SERVICES
3.1 The Provider shall build and deliver the Connector, configure the Customer's watch lists, route definitions and alerts, and train the Customer's chartering, risk and IT staff.
3.2 The Provider shall make the production API credentials, the bulk file feed and the Connector available within forty-five days after signature of this Agreement.
3.3 The Customer shall provide a test environment, interface documentation for its systems and a contact person for the integration work.

4. INTEGRATION ACCEPTANCE
4.1 The Customer shall test the integration within ten business days after the Provider notifies completion. The acceptance criteria are: the Connector loads the full daily file and intraday API updates into the Customer's systems for ten consecutive business days without manual intervention; loaded values agree with the Provider's portal for a sample of at least 200 records per day; historical data back to 2016 is loaded for every route in Annex A; and the Customer's users have been trained.
4.2 If the criteria are not met, the Provider shall correct the defects and the test shall be repeated. Use of the Service during testing is not acceptance.

5. FEES AND PAYMENT
5.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 286,000;
(b) Subscription fee, Subscription Year 2: CNY 286,000;
(c) Integration services (one-time, fixed): CNY 38,000.
The total contract value is CNY 610,000, including VAT.
5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after the Integration Acceptance Date. No fee is payable before the Integration Acceptance Date.
5.3 The Customer shall pay correct invoices within thirty days by bank transfer in CNY.
5.4 Calls above the fair-use limit are charged at the rates in Annex A and are invoiced quarterly in arrears.

6. SERVICE LEVELS
6.1 The Provider will target availability of the API and portal of 99.95% in each calendar month, excluding planned maintenance announced at least two days in advance.
6.2 The Provider will target the following response times: Priority 1 (the API, the file feed or the portal is unavailable, or the daily file is not published by 09:00 China Standard Time): one hour, at any time; Priority 2 (a dataset or endpoint is delayed or incorrect): three business hours; Priority 3 (questions and minor issues): two business days.
6.3 The Provider will report availability and incidents to the Customer every month.
6.4 The service levels in this clause 6 are targets. If the Provider does not meet them, its only obligation is to use reasonable efforts to restore the Service and correct the Data as soon as practicable. No service credits, fee reductions or other compensation apply to a failure to meet a service level.

7. DATA QUALITY
7.1 The Provider shall compile the Data with reasonable skill and care, using documented methodologies that it shall make available to the Customer, and shall correct any material error promptly after it is identified.
7.2 The Provider shall notify the Customer in advance of any change to a methodology, route definition or file format that may affect the Customer's systems.
7.3 The Provider shall keep a public record of corrections and revisions to published assessments, and shall send the Customer a corrected file when an assessment already delivered is revised, so that the Customer can update its own records and reports.

8. CUSTOMER DATA
8.1 As between the parties, Customer Data belongs to the Customer.
8.2 The Provider may use Customer Data to provide the Service. The Provider may also use Customer Data, including watch lists, query patterns and cargo positions, in aggregated and anonymised form, to compile market indicators, to improve and develop its products, and to publish market statistics, during and after the Subscription Term. Aggregated and anonymised data used in this way belongs to the Provider.

9. DATA SECURITY
9.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of administrative access and annual penetration testing by an independent firm.
9.2 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take prompt steps to contain it and cooperate with the Customer's investigation, and shall compensate the Customer for losses caused by its breach of this clause 9.
9.3 At the end of the Subscription Term the Provider shall return or delete Customer Data in identifiable form at the Customer's choice.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the Agreement ends.

11. INTELLECTUAL PROPERTY
11.1 The Provider owns the Data, the Service and its methodologies.
11.2 The Connector and the configurations built for the Customer belong to the Customer. The Provider shall deliver the Connector's source code, and the Customer may use, modify and license it freely.

12. DELAY AND LIABILITY
12.1 If the Provider fails to make the Service and the Connector available by the date in clause 3.2 for reasons within its control, it shall pay the Customer delay damages of CNY 500 for each day of delay.
12.2 Each party's total liability under this Agreement is limited to 200% of the total contract value. This limit does not apply to breach of clauses 9 or 10, infringement of third-party rights, fraud or wilful misconduct.

13. SUBCONTRACTING
13.1 The Provider shall not subcontract the integration services or the hosting of the Service without the Customer's prior written consent.

14. TERMINATION
14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.
14.2 If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remainder of the current Subscription Year.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

16. GENERAL
16.1 This Agreement, with Annex A (Service Description, Routes and Fair-Use Limits), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent by email with a copy by courier to the addresses above.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

T = {  # key -> (file name, format)
    "z01": ("h721z01_retired_cadres_activity_booking_platform.pdf", "pdf"),
    "z02": ("h721z02_comb_factory_moulding_polishing_line_retrofit.docx", "docx"),
    "z03": ("h721z03_rope_skipping_chain_booking_saas.txt", "txt"),
    "z04": ("h721z04_grassland_station_monitoring_om_service.txt", "txt"),
    "z05": ("h721z05_crystal_works_faceting_tracking_supplier_template.md", "md"),
    "e01": ("h721e01_ceramics_cmms_perpetual_licence_botswana_vendor.pdf", "pdf"),
    "e02": ("h721e02_warehouse_labour_saas_order_form_zambia_vendor.md", "md"),
    "e03": ("h721e03_cold_storage_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h721e04_auto_parts_managed_it_services_36_months.md", "md"),
    "e05": ("h721e05_freight_data_api_subscription.txt", "txt"),
}
SRC = {"z01": H721Z01, "z02": H721Z02, "z03": H721Z03, "z04": H721Z04, "z05": H721Z05,
       "e01": H721E01, "e02": H721E02, "e03": H721E03, "e04": H721E04, "e05": H721E05}
CAT = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
       "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

B = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
# key -> (terms changes, extra, tco params (fee base, fee per year or None) for goods, design rules)
D = {
 "z01": (dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
              warranty_months=24, post_warranty_fee_pct=9), dict(capped=True, value=932000),
         (486000, 43740), []),
 "z02": (dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=25, warranty_months=18,
              post_warranty_fee_pct=26, subcontract_without_consent=True), dict(capped=True, value=965000),
         (890000, 231400), ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "z03": (dict(availability_pct=99.5, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1,
              liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
              contract_kind="service"), dict(value=518000), None,
         ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
 "z04": (dict(sla_remedy=False, ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None,
              termination_for_breach=False, governing_law=None, contract_kind="service"),
         dict(sla=False, value=386000), None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
 "z05": (dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.03,
              liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
              warranty_months=6, subcontract_without_consent=None), dict(capped=False, deemed=True, value=848000),
         (420000, None), ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
              warranty_months=24, post_warranty_fee_pct=11, governing_law="Botswana"),
         dict(capped=True, value=1440000), (1120000, 123200), ["CR-GOVERNING-LAW"]),
 "e02": (dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=6 / 24 * 100,
              final_payment_on_acceptance=None, contract_kind="service"), dict(ld=False, value=496000), None,
         ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
 "e03": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
              warranty_months=36, post_warranty_fee_pct=8), dict(capped=True, value=1435000),
         (1265200, 101216), []),
 "e04": (dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=1800 / 1740000 * 100,
              liability_cap_pct=150, final_payment_on_acceptance=None, subcontract_without_consent=True,
              contract_kind="service"), dict(value=1740000), None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "e05": (dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, buyer_owns_data=False,
              ld_rate_per_day_pct=500 / 610000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
              contract_kind="service"), dict(value=610000), None, ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
}
ALL = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
       "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
       "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
       "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(k):
    t, x, tco, _ = D[k]
    base, fee = tco
    if fee is None:
        return None
    post_years = max(0.0, 5 - (B | t)["warranty_months"] / 12)
    fees = post_years * fee
    return fees / (x["value"] + fees) * 100


def label(k):
    t, x, tco, _ = D[k]
    terms = B | t
    extra = {"sla_clause": x.get("sla", True), "ld_stated": x.get("ld", terms["ld_rate_per_day_pct"] is not None or
                                                                   x.get("ld", True))}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x.get("deemed", False)
    extra["contract_value"] = x["value"]
    return {"file": T[k][0], "language": "zh" if k[0] == "z" else "en", "category": CAT[k],
            "expected_terms": terms, "expected_extra": extra, "expected_rules": derive(k, terms, extra)}


def derive(k, t, x):
    """Policy §3, as I read it, applied to a label."""
    r = set()
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
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    if goods:
        sh = tco_share(k)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    return "medium" if set(rules) - LOW else "low"


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
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![\d.,])"
THRESH = [
    NUM + r"(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    NUM + r"99\.90*(?!\d)", NUM + r"0\.050*(?!\d)",
    r"百分之(三十|十五|四十|一百)(?![点一二三四五六七八九])", r"百分之九十九点九(?![一二三四五六七八九])",
    r"万分之五(?![十点])", r"千分之零?点五",
    NUM + r"4\s*(个)?\s*(小时|hours?|hrs?\b)", r"(?<![十二三一两])四\s*个?\s*小时", r"(?<![-\w])four\s+hours?",
    NUM + r"12\s*(个)?\s*(月|months?)", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"twelve\s+(\(12\)\s+)?months?",
    r"(?<![第每十])一年(?!级)", r"\bone\s+year", r"\b1\s*year",
    r"\b(thirty|fifteen|forty|one hundred)\s+(per\s*cent|percent)",
]
MUST_HIT = ["30%", "30 %", "15%", "40 percent", "100%", "99.9%", "99.9", "0.05%", "百分之三十", "百分之十五", "万分之五",
            "4小时", "4 hours", "四小时", "four hours", "12个月", "12 months", "十二个月", "twelve months", "质保一年",
            "one year", "15.0%", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%", "130%", "115%", "0.15%", "0.055%",
             "万分之五十", "第十二条", "百分之三十五", "3 hours", "二十四个月", "二十四小时", "2 months", "每年", "第一年",
             "1,500", "0.058"]


def threshold_hits(text):
    return [m.group(0) for p in THRESH for m in re.finditer(p, text, re.I)]


def check_regex():
    for s in MUST_HIT:
        assert threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), (s, threshold_hits(s))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    check_regex()
    bin_src = {k: SRC[k] for k in T if T[k][1] in ("docx", "pdf")}
    write(bin_src, {k: T[k] for k in bin_src}, OUT, wrap_words=True)
    for k, (name, fmt) in T.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k].strip() + "\n", encoding="utf-8")
    seen = set()
    thresholds = {"prepayment_pct": 30, "p1_response_hours": 4, "availability_pct": 99.9, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, (name, fmt) in T.items():
        lab = label(k)
        rules = lab["expected_rules"]
        assert rules == sorted(D[k][3]), (k, rules, D[k][3])
        seen |= set(rules)
        for f, th in thresholds.items():
            assert lab["expected_terms"][f] != th, (k, f)
        sh = tco_share(k) if lab["expected_terms"]["contract_kind"] == "goods_or_licence" else None
        if sh is not None:
            assert abs(sh - 40) > 2, (k, sh)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (k, hits)
        print(k, name, n, rules, risk(rules), "" if sh is None else "TCO share %.2f" % sh)
    assert seen == set(ALL), set(ALL) - seen


if __name__ == "__main__":
    main()
