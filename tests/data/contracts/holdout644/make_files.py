"""holdout644: builds the ten held-out draft contracts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py (PDF lines broken at word boundaries).
Asserts: price/payment sums, label key sets, expected rules derived from the labels (my reading of policy §3) equal to
the design list, coverage of all 20 CR rules, text lengths as read back, no label value on a threshold, and a regex scan
(self-tested) of every built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """T:省农药检定所农药登记审批监管平台建设项目合同书
P:合同编号：NJS-ZC-2026-017（政府采购）
P:甲方（采购人）：某省农药检定所
P:乙方（供应商）：杭州禾安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件、乙方响应文件，双方就农药登记审批监管平台（以下简称"平台"）的软件许可及定制开发事宜，在平等自愿基础上订立本合同，本合同采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供农药登记监管基础软件平台许可（永久使用，不限用户数），并完成登记申请受理、试验单位备案、标签核准、产品抽检追溯和统计分析五个子系统的定制开发，以及与省政务服务网、国家农药数字监督管理平台的接口对接。
P:1.2 合同总价为人民币壹佰玖拾玖万元整（¥1,990,000），其中：基础平台软件许可费780,000元；定制开发费1,046,000元；部署实施及历史数据迁移费138,000元；培训费26,000元。
P:1.3 合同总价为固定总价，包含税费、差旅、第三方组件及乙方为履行本合同所需的全部费用，甲方不再另行支付其他费用。
H:第二条 工期、交付与项目管理
P:2.1 乙方应于合同签订后150日内完成全部开发、部署并提交初验申请；初验合格后进入90日试运行期。
P:2.2 乙方交付物包括：软件安装介质及许可文件、定制部分全部源代码、数据库设计说明、接口文档、用户手册、运维手册、测试报告及培训材料。
P:2.3 乙方应指定具备高级项目经理资格的人员担任项目负责人，组建不少于8人的驻场团队，核心人员名单作为本合同附件，未经甲方书面同意不得更换。
P:2.4 乙方每周向甲方提交项目周报，说明进度、风险和下周计划；每月召开一次项目例会，会议纪要经双方确认后存档。
P:2.5 乙方应按甲方确认的需求规格说明书开发，需求变更须经双方书面确认；不增加工作量的细化调整由乙方无偿完成。
P:2.6 乙方应对甲方系统管理员和业务人员分别开展不少于3期的培训，培训后由甲方组织考核，考核合格率应达到90%以上，未达到的乙方应免费补训。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即398,000元。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即895,500元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即696,500元。
P:3.4 乙方每次收款前应开具等额合法发票。甲方付款受财政资金拨付进度影响的，双方应及时沟通，甲方不承担因财政审批正常流程产生的延误责任。
H:第四条 验收
P:4.1 初验标准：全部功能按需求规格说明书逐项测试通过；登记申请全流程在线办理；与两个外部平台接口连续运行7日数据一致；历史登记数据迁移完整，抽查比对无差错；在300个并发用户下页面平均响应时间不超过2秒。
P:4.2 最终验收标准：试运行期内未发生一级故障；初验遗留问题全部整改；第三方测评机构出具网络安全等级保护测评报告及商用密码应用安全性评估报告且结论为符合；全部交付物齐备。
P:4.3 最终验收由甲方组织专家进行，出具书面验收报告。平台上线、试运行或甲方使用任何功能，均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 服务水平：一级故障（平台整体不可用或登记受理中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一个版本中修复。
P:5.3 乙方响应或恢复超时的，每超时1小时扣减服务费500元，从质量保证后续款项或维护费中抵扣；一个季度内累计超时3次以上的，甲方有权要求乙方更换项目负责人。
P:5.4 质保期满后，如甲方需要，乙方按基础平台软件许可费的9%每年提供维护服务，即70,200元/年，该价格自质保期满起三年内不上调。维护合同另行签订，不自动续期。
H:第六条 知识产权
P:6.1 乙方基础平台的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的软件、接口程序、源代码、数据库设计及文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可使用。
P:6.3 乙方保证交付物不侵犯任何第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第七条 数据安全
P:7.1 平台中的农药登记资料、企业信息、试验数据和日志均属于甲方所有，乙方仅可为履行本合同之目的处理，不得用于其他任何用途。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，现场及远程运维须经甲方审批并通过堡垒机操作，不得将任何数据复制出甲方网络；测试使用甲方提供的脱敏数据。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、未公开的登记审批信息和企业商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密义务不因本合同终止而解除，在合同终止后持续有效，直至相关信息依法公开。
H:第九条 分包
P:9.1 本项目不允许分包或转包。乙方擅自分包、转包的，甲方有权解除合同。
H:第十条 违约责任
P:10.1 乙方逾期提交初验申请或逾期完成最终验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 交付物不符合约定的，乙方应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十一条 合同解除
P:11.1 乙方严重违反本合同约定，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同附件包括采购文件、响应文件、需求规格说明书及中标通知书，与本合同具有同等效力。
P:13.2 乙方应在项目实施期间遵守甲方的安全管理和保密规定，进入甲方机房须登记并由甲方人员陪同；乙方人员违反甲方管理规定的，甲方有权要求乙方立即更换相关人员。
P:13.3 双方指定的项目联系人负责日常联络，重要通知以书面形式送达合同首页所列地址。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:13.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省农药检定所　　乙方（盖章）：杭州禾安信息技术有限公司
P:签订日期：2026年3月18日
"""
Z02 = """T:转鼓及涂饰生产线控制系统改造合同
P:合同编号：PG-JS-2026-0412
P:甲方：海宁某皮革有限公司
P:乙方：常州智鞣自动化工程有限公司
P:甲方为提高转鼓鞣制及涂饰工序的自动化水平，委托乙方对现有生产线控制系统实施改造，并提供质保期满后的维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造范围包括：6台转鼓的PLC控制柜和变频驱动更换；涂饰线喷涂机器人控制系统升级；温度、湿度、pH值和液位在线检测点位新增；工艺配方管理软件部署；中控室及现场HMI操作终端更换；原有DCS信号迁移及联调。
P:1.2 乙方负责设备供货、运输、安装、编程、调试、试生产配合和操作人员培训，改造期间应配合甲方分段停产计划，单条转鼓线停机时间不超过5日。
P:1.3 主要技术要求：PLC采用国内外主流品牌中型控制器，预留不少于20%的I/O余量；转鼓转速控制精度±0.5转/分；温度控制精度±1℃；喷涂机器人控制系统支持不少于200个涂饰配方；所有控制柜防护等级不低于IP54，并适应制革车间高湿、含酸碱气体的环境。
P:1.4 配方管理软件应实现配方编制、审批、下发、批次追溯和用料统计，并与甲方现有ERP系统按批次号对接；操作终端权限分为操作员、工艺员、管理员三级。
H:第二条 合同价款
P:2.1 合同总价为人民币1,560,000元（大写：壹佰伍拾陆万元整），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|转鼓PLC控制柜（含安全继电器）|6套|68,000|408,000
TB:2|转鼓变频驱动单元|6套|32,000|192,000
TB:3|涂饰线喷涂机器人控制系统|1套|286,000|286,000
TB:4|在线检测传感器及变送器|1批|164,000|164,000
TB:5|工艺配方管理软件许可（永久）|1套|218,000|218,000
TB:6|HMI触摸屏及工控机|8套|11,500|92,000
TB:|设备及软件小计|||1,360,000
TB:7|安装调试及信号迁移|1项|172,000|172,000
TB:8|培训|1项|28,000|28,000
TB:|合同总价|||1,560,000
P:2.2 上述价格含税、运输、保险、安装辅材及乙方人员费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，即156,000元。
P:3.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的55%，即858,000元。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%，即546,000元。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后75日内完成全部设备到货，并于到货后60日内完成安装调试、提交验收申请。
P:4.2 乙方应在开工前提交施工组织方案、停产切换计划和回退预案，经甲方生产部门书面确认后实施；每台转鼓切换完成后须经甲方工艺人员确认生产正常，方可进行下一台切换。
P:4.3 乙方逾期交货或逾期提交验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
H:第五条 验收
P:5.1 验收标准：全部I/O点位逐一测试正确；转鼓转速、温度控制偏差在技术协议规定范围内；涂饰线连续生产10个班次无控制系统故障；配方下发与批次记录一致；操作终端画面刷新不超过1秒。
P:5.2 系统连续试生产20日，双方依据技术协议逐项核对后签署最终验收报告。设备通电、投入生产或甲方使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起十八个月。质保期内，设备及软件故障由乙方免费维修或更换，软件免费升级。
P:6.2 故障响应：一级故障（整条转鼓线或涂饰线停机）乙方应在1小时内响应，6小时内到达现场；二级故障2小时内响应，次日到场处理。
P:6.3 乙方响应或到场超时的，每超时1小时扣减300元，在质量保证金或维保费中抵扣。
P:6.4 质保期满后，乙方提供维保服务（含备件更换、季度巡检及程序优化），维保年费为设备及软件小计的27%，即367,200元/年，质保期满后六年内不上调。维保服务合同由双方另行签订，不自动续期。
P:6.5 乙方应在本地常备转鼓控制柜关键备件（PLC模块、变频器、安全继电器），保证质保期及维保期内备件供应，停产机型应提供兼容替代方案并负责改造费用。
P:6.6 乙方应为甲方培训电气维修人员和操作人员各不少于2期，提供中文操作手册、电气图纸、程序备份及点位表；培训后甲方人员应能独立完成日常操作、参数调整和一般故障处理。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI组态画面、配方接口程序及其源文件，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 工艺配方管理软件的著作权归其权利人，乙方保证甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 系统中产生的工艺配方、生产批次、能耗及质量数据均属甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方书面批准，通过甲方指定的VPN和审计账号进行；不得擅自拷贝、外传生产数据。
P:8.3 因乙方原因导致数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方，负责恢复并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、生产参数、客户及经营信息负有保密义务，未经甲方书面许可不得向第三方披露，保密期限至相关信息公开之日止。
H:第十条 分包
P:10.1 乙方可将电气安装及布线施工分包给具备相应资质的单位，但应提前3个工作日书面通知甲方，并对分包单位的施工质量和安全承担责任。
H:第十一条 违约与解除
P:11.1 乙方交付的设备或软件不符合技术协议的，应在10日内免费更换或整改。
P:11.2 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:11.3 乙方擅自更换设备品牌、型号或降低配置的，甲方有权拒收，乙方应按原约定重新供货并承担由此延误的违约责任。
P:11.4 甲方逾期付款的，按每日万分之二支付逾期付款违约金。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全生产、环保及动火、登高作业管理制度，自行承担其人员的人身安全责任。
P:12.2 乙方应在施工区域设置警示标识，涉及转鼓、喷涂房等有限空间或防爆区域的作业，须办理甲方作业许可并安排专人监护；喷涂线相关电气设备应满足防爆等级要求。
P:12.3 乙方施工产生的废旧电缆、包装物等应按甲方要求分类清运，不得遗留在生产区域。
P:12.4 因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 双方指定的项目联系人负责日常沟通，重要事项以书面函件或经确认的电子邮件为准。联系人变更的，应提前书面通知对方。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 技术协议、设备清单及点位表为本合同附件。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""
Z03 = """连锁门店课程预约管理系统SaaS服务及实施合同

合同编号：MY-SaaS-2026-031
甲方：江苏墨韵书法教育连锁有限公司
乙方：南京课栈云科技有限公司

甲方在华东地区经营45家书法培训门店，为统一管理课程排期、学员预约、课消核销和会员续费，向乙方订购课程预约管理系统SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供课程预约管理系统SaaS服务，包括：
1. 课程与排课管理：课程体系、班级、教室、教师课表及调课、代课；
2. 学员预约与签到：微信小程序预约、扫码签到、请假补课、课时自动核销；
3. 会员与收费：课时包、储值卡、续费提醒、退费审批，与甲方现有聚合支付通道对接；
4. 作品展示与家校沟通：学员作品上传、点评、课后通知；
5. 经营报表：门店、教师、课程维度的出勤率、续费率和课消收入报表。
（二）服务范围为甲方全部45家门店及总部，账号数量不设上限；甲方在服务期内新开门店的，按本合同单价增加服务费。
（三）实施服务：系统初始化配置、45家门店组织架构和课程数据导入、历史学员及剩余课时迁移、小程序品牌定制、支付通道对接、门店店长及前台人员培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）乙方应于合同签订后45日内完成实施并提交上线验收申请。

三、费用及支付
（一）SaaS服务年费：每门店每服务年度5,600元，45家门店合计252,000元/服务年度，两个服务年度共计504,000元。
（二）实施费：一次性68,000元。
（三）合同总金额：572,000元（含税）。
（四）支付方式：
1. 实施费68,000元在系统上线验收合格后15个工作日内支付；
2. 每个服务年度的年费在该服务年度开始后15个工作日内支付。
（五）乙方应在收款前开具增值税专用发票。

四、上线验收
（一）验收标准：
1. 第一条所列功能全部可用，按双方确认的测试用例逐项通过；
2. 历史学员、课时余额及储值余额迁移后与甲方原系统逐条核对一致；
3. 支付、退费与对账流程在3家试点门店连续运行10日无差错；
4. 高峰时段（周六上午）500名学员同时预约时，小程序页面响应时间不超过2秒。
（二）甲方在收到验收申请后10个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在10日内整改后重新申请。
（三）试点门店试用或甲方使用部分功能，不视为上线验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须提前3日通知并安排在每日22:00至次日6:00之间，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或签到）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：当日响应。
（三）服务补偿：月度可用率低于约定标准的，每低0.1个百分点，按当月服务费（年费的十二分之一）的2%给予服务抵扣，单月抵扣不超过当月服务费的50%；一级故障超过恢复时限的，每超时1小时抵扣500元。抵扣额从下一期年费中扣除。

（四）乙方提供7×24小时故障受理热线和在线工单渠道，并为甲方指定专属客户成功经理，每月提交服务报告，列明可用率、故障记录、工单处理情况及改进措施。
（五）平台版本升级应提前5日通知甲方，不得降低已有功能；涉及小程序界面或操作流程变化的，乙方应提供更新说明并为门店人员提供线上培训。

六、数据与信息安全
（一）甲方上传及系统运行中产生的学员信息、家长联系方式、课时及交易记录等数据，均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他用途，也不得向任何第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，对敏感个人信息加密存储，实施访问控制和操作日志审计，每日备份并保留30日，平台应通过网络安全等级保护二级以上测评。
（三）学员中包含未成年人的，乙方应按照未成年人个人信息保护的有关规定处理，取得监护人同意的流程由系统提供支持。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因乙方原因造成的全部损失。
（五）服务期满或合同解除后30日内，乙方应按甲方要求导出全部数据，交付后彻底删除，并出具删除证明。

七、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、报表模板及数据迁移脚本，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、续期
（一）服务期满前30日内任何一方未书面提出不再续期的，本合同自动续期一个服务年度，可多次续期。
（二）续期时，乙方有权按其届时公布的标准价格调整年费，调整后的价格以乙方书面通知为准，甲方未在通知后10日内提出异议的视为接受。

九、双方责任
（一）甲方应指定总部项目联系人，按实施计划提供门店组织架构、课程体系、学员及课时数据，并组织门店人员参加培训。
（二）甲方应妥善管理系统管理员账号，门店人员离职的，应及时停用其账号。
（三）乙方应按照实施计划派驻不少于3名实施顾问，对45家门店分批上线，每批上线后安排顾问驻店支持不少于2日。
（四）乙方应为甲方门店店长、前台及教师分别提供操作培训，并提供操作手册和视频教程。
（五）服务期内门店增加或关闭的，双方按实际门店数量和服务月数结算，关闭门店的剩余服务费可抵扣新开门店费用。

十、违约责任
（一）乙方逾期完成上线验收的，每逾期一日按合同总金额的千分之一支付违约金。
（二）乙方违约给甲方造成损失的，赔偿责任以合同总金额的150%为限，但因乙方故意或重大过失造成数据泄露的除外。
（三）甲方逾期付款超过30日的，乙方可书面催告后暂停服务，但应提前5个工作日通知。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（二）因乙方原因导致系统连续中断超过48小时或月度可用率连续两个月低于约定标准的，甲方有权解除本合同，乙方应退还未履行期间的服务费。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向南京仲裁委员会申请仲裁。

十四、其他
（一）本合同附件包括：功能清单、实施计划、测试用例、服务水平说明及门店清单，附件与本合同具有同等效力。
（二）双方往来通知以书面函件或合同首页所列电子邮箱发送，电子邮件发出后次一工作日视为送达。
（三）附件与正文不一致的，以正文为准。
（四）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：江苏墨韵书法教育连锁有限公司
乙方（盖章）：南京课栈云科技有限公司
日期：2026年4月8日
"""
Z04 = """青溪水库大坝安全监测系统运行维护服务合同

合同编号：QXSK-YW-2026-02
甲方：某县青溪水库管理处
乙方：湖北澜测水利信息技术有限公司

为保障青溪水库大坝安全监测系统（以下简称"监测系统"）稳定运行，甲方委托乙方提供监测系统运行维护服务。双方依据《中华人民共和国民法典》及相关法规，经协商一致，订立本合同。

第一条 服务对象
（一）监测系统包括：大坝表面变形GNSS监测站12套、渗压计及量水堰自动化测点86个、坝体及库区视频监控24路、雨量水位站5处、现场数据采集单元及太阳能供电设备、管理处监控中心服务器、大坝安全监测信息平台及其与省水库运行管理平台的数据接口。
（二）设备及平台清单以本合同附件一为准。服务期内甲方新增测点的，双方另行协商。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。

第三条 服务内容
（一）日常运行监视：乙方每日两次检查数据采集完整性，核查测值异常，发现测点离线或数据突变的，当日通知甲方并组织处理。
（二）定期巡检：每月对全部现场测点、采集单元、供电设备和通信链路巡检一次；汛期（每年5月1日至9月30日）每半月巡检一次，并在每次强降雨或库水位快速变化后加密巡检。
（三）设备维护：传感器校验、采集单元清洁防潮、蓄电池检测更换、防雷接地检测、视频设备清洁调试；易损件及单价2,000元以下的备件由乙方承担。
（四）平台维护：服务器及数据库巡检、数据备份、系统补丁更新、平台缺陷修复、数据接口保障，确保向省平台按时上报监测数据。
（五）资料整编：每月提交运维月报，每季度提交监测资料初步分析报告，服务期末提交全年运维总结和监测资料整编成果，格式符合水利行业大坝安全监测资料整编规程的要求。
（六）应急保障：汛期及甲方启动应急响应期间，乙方安排专人在管理处值守，配合甲方开展加密观测。

（七）技术配合：配合甲方开展大坝安全鉴定、注册登记复查和上级部门检查，按要求提供监测资料、设备运行记录和说明材料。
（八）培训：每季度为甲方管理处值班人员开展一次监测系统操作和异常判读培训，汛前开展一次应急演练。

第四条 服务水平
（一）故障分级：一级故障指平台中断、监控中心无法接收数据或主坝段超过3个测点同时离线；二级故障指单个测点或单路视频离线；三级问题指报表、界面等一般问题。
（二）响应及处置时限：一级故障30分钟内响应，3小时内到达现场，24小时内恢复；二级故障2小时内响应，48小时内恢复；三级问题在下一个工作日内处理。
（三）月度数据完整率（实际接收测值数与应接收测值数之比）应不低于98%，因停电、通信运营商故障等非乙方原因造成的缺测不计入。
（四）乙方每月在运维月报中列明故障记录、处置时长及数据完整率，作为季度考核的依据。

第五条 服务人员
（一）乙方应派驻1名驻场运维工程师，另配备不少于2名具备水工或测绘专业背景的技术人员提供支持，人员名单见附件二。
（二）乙方更换驻场人员的，应提前10日书面告知甲方，并保证新人员能力不低于原人员。
（三）驻场工程师工作时间与管理处值班制度一致，汛期服从甲方防汛值班安排；节假日期间乙方应安排人员轮值并保持通讯畅通。
（四）乙方人员应遵守甲方大坝管理、安全生产和值班制度，进入坝区须登记，上坝作业须佩戴安全防护用品。

第六条 备件与设备更换
（一）乙方应建立备件台账，常备渗压计、采集模块、蓄电池、防雷模块等关键备件，备件数量不低于附件一所列的最低库存。
（二）单价2,000元以上的设备需要更换的，乙方应提交故障分析和更换方案，经甲方确认后由甲方采购或委托乙方按确认价格采购；更换后旧设备交回甲方。
（三）乙方更换传感器后，应完成初始值测定和基准值衔接，并在月报中说明更换前后测值的连续性。

第七条 服务费用及支付
（一）服务费总额为人民币386,000元（含税），包括人工、交通、易损件、备件、校验及资料整编费用。
（二）服务费按季度支付，每季度96,500元。每季度结束后，甲方依据考核结果在15个工作日内支付当季服务费。
（三）乙方收款前应开具增值税普通发票。

第八条 考核与验收
（一）甲方每季度依据运维月报、巡检记录和现场抽查对乙方进行考核，考核内容包括巡检完成率、故障处置时限、数据完整率、报告质量及值守情况。
（二）服务期满后15个工作日内，甲方组织年度验收，验收标准为：全年巡检记录完整；年度数据完整率符合第四条约定；年度资料整编成果通过甲方组织的专家审查；设备台账和备件台账与实物一致。
（三）甲方抽查发现巡检记录与现场情况不符的，该次巡检视为未完成，乙方应在3日内重新巡检并提交说明。
（四）考核或验收不合格的，乙方应在甲方规定期限内整改，并重新提交验收。

第九条 数据安全
（一）监测数据、视频资料、平台账号及运维记录均属于甲方所有，乙方仅为履行本合同之目的使用，不得用于其他任何用途。
（二）乙方应按照水利网络安全管理要求开展工作：远程运维须经甲方审批并使用专用账号，操作全程记录；不得私自拷贝监测数据或视频资料；服务器补丁更新前须做好备份。
（三）发生数据丢失、泄露或系统遭受网络攻击的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第十条 保密
乙方对服务中知悉的大坝结构、监测数据、安全鉴定资料及甲方内部信息负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在本合同终止后继续有效。

第十一条 知识产权
乙方为本合同编制的运维报告、资料整编成果、数据处理脚本和配置文件，知识产权归甲方所有。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十三条 责任
（一）乙方未按约定完成服务的，应在甲方通知后及时补做；因乙方原因造成设备损坏或数据丢失的，乙方应负责修复，并赔偿甲方由此遭受的实际损失。
（二）乙方人员在坝区作业期间发生人身伤害的，由乙方自行负责，但因甲方设施缺陷造成的除外。
（三）乙方应为驻场及巡检人员购买人身意外伤害保险，并在合同签订后10日内向甲方提交保单复印件。
（四）甲方应为乙方驻场人员提供办公场所和必要的工作条件，及时支付服务费。

第十四条 合同的变更与解除
（一）本合同的变更须经双方书面协商一致。
（二）服务期内任何一方不得提前解除本合同，但双方协商一致的除外。
（三）因不可抗力致使本合同无法履行的，双方协商处理。

第十五条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。双方联系人及联系方式见合同首页，变更的应及时书面通知对方。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

本合同附件为合同不可分割的组成部分，与合同正文具有同等法律效力；附件与正文不一致的，以正文为准。

附件一：监测设备及平台清单
附件二：乙方服务人员名单

甲方（盖章）：某县青溪水库管理处
乙方（盖章）：湖北澜测水利信息技术有限公司
日期：2026年2月20日
"""
Z05 = """# 干燥窑智能控制软件许可及定制开发合同

**（林智科技标准合同文本 V3.0）**

合同编号：LZ-2026-HT-0088

甲方：福建闽森木业有限公司
乙方：合肥林智窑控软件有限公司

甲方拟对其木材干燥车间的14座蒸汽干燥窑实施智能化控制，向乙方采购干燥窑智能控制软件许可并委托乙方进行定制开发。双方经协商，同意按照本标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"林智干燥窑智能控制软件V5"（以下简称"软件"）的使用许可，许可范围为甲方厂区内14座干燥窑及1个中控室。

1.2 乙方根据甲方的树种和板材规格，为甲方定制开发：桉木、松木、橡胶木三类树种的干燥基准曲线模型；含水率在线预测模块；与甲方现有蒸汽锅炉控制系统和仓储系统的数据接口；干燥质量追溯报表。

1.3 乙方负责软件安装、参数配置和操作培训。窑内温湿度传感器、含水率探针及控制柜由甲方另行采购，不在本合同范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 干燥窑智能控制软件V5许可（14座窑） | 420,000 |
| 2 | 定制开发（曲线模型、预测模块、接口、报表） | 360,000 |
| 3 | 安装部署、参数配置及培训 | 80,000 |
| | 合计 | 860,000 |

合同总价为人民币捌拾陆万元整（¥860,000），含增值税。上述价格不包括服务器、工控机、数据库软件、现场硬件改造以及乙方人员的差旅食宿费用，该等费用由甲方另行承担或按实际发生额向乙方支付。

合同签订后甲方变更定制需求的，乙方有权根据工作量另行报价，变更部分的工期相应顺延。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即559,000元，乙方收到该款项后启动项目。

3.2 软件安装完成后5个工作日内，甲方支付合同总价的35%，即301,000元。

3.3 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延，并有权按逾期金额每日千分之一收取逾期付款违约金。

## 第四条 交付与安装

4.1 乙方应在收到首付款后90日内完成软件安装和定制功能部署。因甲方现场条件、硬件未到位或配合不及时造成的延误，工期相应顺延。

4.2 乙方交付软件安装程序、许可授权文件和操作手册电子版。定制开发部分以可执行程序形式交付，不提供源代码。

4.3 甲方应在乙方进场前完成以下准备工作：提供满足软件运行要求的服务器和工控机；完成干燥窑传感器、执行机构及控制柜的安装和接线；开放与锅炉控制系统、仓储系统对接所需的接口和账号；指定一名熟悉干燥工艺的技术人员全程配合。

4.4 定制曲线模型的建立需要甲方提供各树种、各规格板材不少于10窑次的历史干燥记录。甲方提供的数据不完整或不准确的，由此造成的模型偏差由甲方自行承担。

4.5 软件采用加密锁及在线激活方式授权。甲方更换服务器或工控机的，应提前通知乙方办理授权迁移，每次迁移乙方可收取手续费。

## 第五条 验收

5.1 软件安装完成并能够正常启动运行，即视为甲方验收合格。

5.2 甲方如对功能有意见，应在安装完成后3日内书面提出，逾期未提出的，视为甲方对软件功能无异议。乙方对甲方提出的意见酌情优化，优化工作不影响付款。

## 第六条 质保与售后

6.1 软件免费质保期为自安装完成之日起6个月。质保期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（控制软件无法运行、干燥窑无法自动控制）乙方在8小时内响应；其他问题在3个工作日内响应。需要现场服务的，差旅费用由甲方承担。

6.3 乙方为甲方中控室操作人员提供一次集中培训，培训时长不超过2日；超出部分的培训或新员工培训，按乙方服务价格另行收费。

6.4 软件版本升级由乙方统一发布，乙方有权停止对旧版本的技术支持。

6.5 质保期满后，甲方如需继续获得技术支持和软件升级，应购买乙方年度维护服务，维护费按乙方当年公布的价格表执行。

6.6 因甲方操作不当、擅自修改参数、硬件故障、蒸汽供应异常等原因导致的干燥质量问题，乙方不承担责任。

## 第七条 知识产权

7.1 软件及乙方为本合同定制开发的曲线模型、预测模块、接口程序和报表的全部知识产权归乙方所有。

7.2 乙方授予甲方在许可范围内的非独占、不可转让的使用权。甲方不得对软件或定制部分进行修改、反编译，不得许可第三方使用。

7.3 甲方扩大许可范围（增加窑数或厂区）的，应另行向乙方购买许可。

## 第八条 数据

8.1 软件运行中产生的干燥曲线、温湿度记录、含水率数据及质量数据归甲方所有。

8.2 甲方同意，乙方有权在对上述数据进行脱敏处理后，将其用于乙方干燥模型的训练、优化及乙方其他产品和客户项目的开发，且该权利在本合同终止后继续有效。

8.3 乙方应采取合理的技术措施保护甲方数据安全，远程访问须经甲方同意并使用加密通道；因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施并承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

9.2 保密期限为本合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期完成安装的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失及木材损耗等损失。

10.3 甲方违反第七条约定擅自修改、复制或许可第三方使用软件的，应向乙方支付合同总价50%的违约金。

## 第十一条 合同解除

11.1 一方严重违反本合同，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方应停止使用软件并删除全部安装程序，乙方有权远程停用许可。

11.3 因甲方原因解除合同的，乙方已收取的款项不予退还。

## 第十二条 不可抗力

不可抗力包括地震、洪水、火灾、疫情、政府行为、电力或网络运营商大面积故障等不能预见、不能避免并不能克服的客观情况。因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在事件结束后15日内提供证明，双方根据影响程度部分或全部免除责任。

## 第十三条 通知

双方的通知以书面形式发送至合同首页所列地址或电子邮箱。乙方通过其客户服务平台发布的版本更新、价格调整及服务政策，自发布之日起对甲方生效。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

15.2 本合同为乙方标准合同文本，双方对其中条款已充分理解。未尽事宜，以乙方发出的书面说明为准。

甲方（盖章）：福建闽森木业有限公司　　　　乙方（盖章）：合肥林智窑控软件有限公司

签订日期：2026年5月6日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TLN-APS-2026-044
P:This Agreement is made between Suzhou Hengrui Precision Electronics Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Kaarel Planning Systems OÜ, a private limited company registered in Tallinn, Estonia (the "Vendor").
P:The Customer manufactures printed circuit board assemblies on nine SMT lines and wishes to replace its spreadsheet-based production scheduling with the Vendor's advanced planning and scheduling software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KPS Planner product, version 8, in object code, including the scheduling engine, the finite-capacity planner, the materials-availability checker and the planner workbench.
P:1.2 "Custom Deliverables" means the interfaces, reports, scheduling rules, configuration scripts and documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data supplied by the Customer or generated by the Software in the Customer's environment, including orders, routings, bills of materials, machine calendars and production schedules.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that all acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its Suzhou plant and any other plant of the Customer in mainland China, for up to 60 named planners and an unlimited number of read-only users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Customer on written notice to the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software; configuration of the nine SMT lines, two test areas and the box-build area; development of interfaces to the Customer's ERP and MES systems; migration of open orders, routings and machine calendars; and training of planners and key users.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese or English and shall keep at least two consultants on site in Suzhou during configuration and user acceptance testing. Remote work is permitted for development tasks.
P:3.3 The project plan in Annex 2 sets out the milestones. The Vendor shall deliver the system ready for user acceptance testing within 120 days after the Effective Date.
P:3.4 Changes to the scope shall be agreed in writing through a change request stating the effect on price and schedule. No change is binding until signed by both parties.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,900,000 (one million nine hundred thousand yuan), inclusive of VAT, made up as follows: Software licence fee CNY 1,180,000; implementation and interface development CNY 560,000; data migration CNY 118,000; training CNY 42,000.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 380,000, within 30 days after signature, against the Vendor's invoice; (b) 45%, CNY 855,000, within 30 days after the Customer signs the user acceptance test report; and (c) 35%, CNY 665,000, within 30 days after Final Acceptance.
P:4.3 All payments are made in CNY to the bank account named in the Vendor's invoice. The Vendor is responsible for its own taxes outside China; withholding tax required by PRC law may be deducted, and the Customer shall provide the tax certificate.
H:Article 5 Acceptance
P:5.1 User acceptance testing follows the test plan agreed in Annex 3. The tests must show that: all functions listed in the functional specification work; schedules for all nine SMT lines are generated within 90 seconds for a horizon of six weeks; interface data matches the ERP and MES source records without discrepancy for ten consecutive working days; and migrated orders and routings reconcile in full with the source spreadsheets.
P:5.2 After successful user acceptance testing, the Software is used in production for 45 days. Final Acceptance requires that no Severity 1 incident occurred in that period and that all open defects of Severity 2 have been fixed.
P:5.3 The Customer shall issue a Final Acceptance certificate within ten working days after the criteria are met, or give written reasons for refusing it. Go-live, production use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide new releases free of charge.
P:6.2 Incidents are classified by severity. Severity 1 means that no schedule can be produced or published to the shop floor. The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and provide a workaround or fix within eight hours. Severity 2 incidents shall receive a response within two hours during Customer business hours and a fix within three working days.
P:6.3 If the Vendor misses a response or fix time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each full hour of delay, deducted from the next payment or support fee.
P:6.4 After the Warranty Period, the Customer may order annual support at 10% of the Software licence fee, being CNY 118,000 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software and its standard documentation.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and technical documentation together with each release. The Customer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose, and shall not retain copies after completion of the relevant task.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's secure remote-access gateway with multi-factor authentication, with each session approved in advance and logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall notify the Customer within eight hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in its containment and investigation, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, customer names, prices and technical information, and use it only for this Agreement.
P:9.2 This obligation does not apply to information that is public, independently developed or lawfully received from a third party, and it survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to deliver the system ready for user acceptance testing by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any subcontractor approved by the Customer.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund payments for services not accepted.
P:12.3 The licence granted in Article 2 survives termination, except termination by the Vendor for non-payment of the licence fee.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Estonia, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn. The language of the proceedings shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement between the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses on the first page by courier or e-mail with confirmation.
P:15.3 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form – Building Energy Analytics Subscription

**Order Form No. OUL-EA-2026-0107**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

---

## PART A – ORDER DETAILS

### A1. Parties

**Provider:** Pohjola Energy Analytics Oy, Teknologiantie, Oulu, Finland, acting through its authorised reseller agreement for China.

**Customer:** Shanghai Jinqiao Commercial Property Management Co., Ltd., Pudong New Area, Shanghai, People's Republic of China.

### A2. Subscribed Service

The Provider's cloud platform "Pohjola Energy Analytics" (the "Service"), Enterprise edition, for 18 commercial buildings managed by the Customer in Shanghai and Suzhou, with the following modules:

- metering data collection from electricity, chilled-water and gas meters through the Provider's edge gateway software;
- energy dashboards per building, floor and tenant;
- HVAC fault detection and diagnostics with rule-based alarms;
- monthly tenant energy statements and carbon emission reports;
- an API for export of aggregated readings to the Customer's property management system.

User accounts: up to 150 named users. Data points: up to 24,000.

The Service is hosted for the Customer in a data centre located in mainland China, operated by a hosting partner of the Provider.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date under A5; the second Subscription Year follows immediately. The Subscription Term ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 18 buildings, Enterprise edition | 294,000 |
| Subscription fee, Subscription Year 2 | 18 buildings, Enterprise edition | 294,000 |
| Onboarding services (one-time) | meter mapping, gateway set-up, dashboards, 2 training days | 46,000 |
| **Total Order Value** | | **634,000** |

The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice. The onboarding fee is invoiced after the Go-Live Date and payable within 30 days of invoice. No other payment is due before the Go-Live Date. Additional buildings may be added during the term at CNY 16,300 per building per Subscription Year, pro rata.

### A5. Onboarding and Go-Live

The Provider shall complete onboarding within 60 days after signature. Onboarding includes mapping of all meters listed in the Customer's meter register, configuration of gateways at each building, set-up of dashboards and alarm rules, and two days of training for the Customer's energy managers.

The Go-Live Date is the date on which the Customer signs a Go-Live certificate after the following acceptance tests are passed: (a) at least 98% of the meters in the register report readings at the agreed interval for seven consecutive days; (b) readings shown in the Service match manual meter readings taken by the Customer at ten sample meters per building within 0.5%; (c) tenant statements for one trial month reconcile with the Customer's billing records; and (d) the API delivers data to the Customer's property management system as specified. Use of the Service before the Go-Live certificate is signed does not mean acceptance.

If the Go-Live Date does not occur within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the first subscription invoice.

### A6. Service Levels

**Availability.** The Provider shall make the Service available at least 99.7% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 23:00 and 05:00 China Standard Time.

**Support.** The Provider operates a support desk in Chinese and English. Priority 1 incidents (the Service unavailable for all users, or meter data collection stopped for more than one building) receive a response within 30 minutes at any time and a workaround within six hours. Priority 2 incidents receive a response within two hours during business hours. Priority 3 requests receive a response within two business days.

**Service credits.** If monthly availability falls below the committed level, the Customer receives a credit of 5% of the monthly portion of the subscription fee for each 0.5 percentage point or part of it below the committed level, up to 50% of that monthly portion. If a Priority 1 response is late, the Customer receives a credit of CNY 800 per late incident. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

---

## PART B – GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data uploaded to or collected by the Service for the Customer, including meter readings, building and tenant information, alarm records and user account data.

1.2 "Customer Configurations" means dashboards, alarm rules, report templates and mappings created for the Customer during onboarding or at the Customer's request.

1.3 "Subscription Year" means a period of consecutive months, as defined in A3, for which a subscription fee is payable.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it in breach of applicable law. The Customer is responsible for its users' actions and for keeping passwords secure.

2.3 The Provider may improve the Service during the term, provided that no such change materially reduces the functionality described in A2.

### 3. Customer Data

3.1 Customer Data is and remains the property of the Customer. The Provider processes Customer Data only to provide the Service and support under this Order Form and for no other purpose.

3.2 At the end of the Subscription Term, the Provider shall make a full export of Customer Data available in CSV format for 30 days, and shall then delete it from all systems, including backups within their normal rotation, and confirm deletion in writing.

### 4. Data Security

4.1 The Provider shall maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access, and daily backups kept for 30 days.

4.2 The Service is hosted in mainland China and the hosting environment holds a valid MLPS level-3 record. Customer Data shall not be transferred outside mainland China.

4.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, shall assist the Customer with any notice to authorities or data subjects, and shall compensate the Customer for losses caused by the Provider's failure to meet this Clause 4.

### 5. Intellectual Property

5.1 The Provider owns the Service and all related software, documentation and know-how.

5.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them freely and allow third parties to use them, including after the end of the Subscription Term, and the Provider shall deliver them in an exportable format on request.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Order Form, and disclose it only to employees, advisers and subcontractors who need to know it and are bound by equivalent obligations.

6.2 These obligations continue for three years after the end of the Subscription Term.

### 7. Subcontractors

7.1 The Provider may use subcontractors, including hosting partners and local support partners, to perform the Service. The current list of subcontractors is published on the Provider's website. The Provider informs the Customer of changes by updating that list and sending an e-mail notice. The Provider remains responsible for the performance of its subcontractors.

### 8. Liability

8.1 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

8.2 The limit in Clause 8.1 does not apply to personal injury, fraud, wilful misconduct or the Customer's payment obligations.

8.3 Neither party is liable for loss of profit or indirect loss.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

9.2 The Customer may also terminate if monthly availability falls below the committed level in three consecutive months.

9.3 On termination by the Customer under Clause 9.1 or 9.2, the Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent. Notices must be in writing and sent to the addresses in A1 by courier or e-mail. This Order Form is the entire agreement on its subject matter and may be amended only in writing signed by both parties.
"""
E03 = """T:Supply Contract for Cold-Chain Temperature Sensors and Monitoring Software
P:Contract No. DLHX-PUR-2026-0219
P:Buyer: Dalian Haixing Seafood Processing Co., Ltd., Ganjingzi District, Dalian, Liaoning Province, People's Republic of China (the "Buyer").
P:Supplier: Eyjafjörður Sensing ehf., Akureyri, Iceland, acting for deliveries in China through its Dalian service partner named in Annex 4 (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates four cold stores, two blast-freezing halls and a fleet of refrigerated trucks, and buys wireless temperature sensors, gateways and a monitoring software licence to meet customer and regulatory requirements for continuous temperature records.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, version 6, licensed under clause 7, including the alarm server, the web console and the mobile application.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and configure 640 wireless temperature sensors, 48 gateways, and the Software on servers provided by the Buyer, and connect the System to the Buyer's warehouse management system.
P:2.2 Sensors shall measure from minus 40 to plus 30 degrees Celsius with an accuracy of plus or minus 0.3 degrees, record at intervals of one minute or longer as configured, and store at least 30 days of readings locally when the network is unavailable.
P:2.3 The Supplier shall calibrate every sensor against a reference traceable to national standards before installation and deliver a calibration certificate for each sensor.
P:2.4 Training covers system administration for two IT staff and daily operation for up to 40 warehouse and logistics staff.
P:2.5 Installation work at the cold stores and freezing halls shall be scheduled with the Buyer's warehouse managers so that product is not exposed to temperature changes. Supplier staff entering cold areas shall wear protective clothing provided by the Supplier and follow the Buyer's food-safety and hygiene rules, including health certificates where required.
H:3. Price
P:3.1 The total Contract Price is CNY 1,450,000, inclusive of VAT, import duties, delivery to the Buyer's sites, installation and all other costs of the Supplier, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, stainless probe|640|1,150|736,000
TB:2|Gateway with 4G and Ethernet backhaul|48|6,500|312,000
TB:3|ColdWatch Software, perpetual licence, unlimited users|1|268,000|268,000
TB:|Equipment and Software Subtotal|||1,316,000
TB:4|Installation, configuration and WMS interface|1 lot|96,000|96,000
TB:5|Calibration certificates and training|1 lot|38,000|38,000
TB:|Total Contract Price|||1,450,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 145,000, within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55%, CNY 797,500, within 30 days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate. The installation certificate confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35%, CNY 507,500, within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Acceptance
P:5.1 After installation, the System runs in normal operation for 30 consecutive days. Final Acceptance requires that: (a) every sensor reports readings at the configured interval with a data completeness of at least 98% over the 30 days; (b) spot checks of 5% of the sensors against a calibrated reference thermometer show deviations within the stated accuracy; (c) alarms for high temperature, sensor failure and gateway failure reach the web console and the mobile application within 60 seconds in a test of each alarm type; (d) the WMS interface transfers temperature records for every storage location without error; and (e) all documents listed in clause 6.4 have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met, or give written reasons for refusal. The Supplier shall then remedy the defects and repeat the relevant tests.
P:5.3 Delivery, installation, use of the System in operation or any payment does not by itself constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software corrections and updates.
P:6.2 Faults are classified as follows. Priority 1: a cold store, freezing hall or more than ten sensors stop reporting, or alarms stop working. Priority 2: a single sensor or gateway fails. Priority 3: questions and minor defects. The Supplier shall respond to Priority 1 faults within 30 minutes, be on site within three hours and restore monitoring within eight hours, using spare gateways kept in Dalian. Priority 2 faults receive a response within two hours and repair within two working days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Supplier shall pay CNY 1,200, deducted from any amount due to the Supplier.
P:6.4 The Supplier shall deliver an installation drawing for each site, calibration certificates, the administrator manual, the user manual in Chinese, and the interface specification.
P:6.5 After the warranty period, the Buyer may order annual support covering repairs, battery replacement, recalibration and Software updates at 8% of the Equipment and Software Subtotal, being CNY 105,280 per year. This price is fixed for three years after the end of the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's sites in mainland China for an unlimited number of users.
P:7.2 The interface to the warehouse management system, the site configurations, report templates and all documents prepared for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties without restriction. The Supplier shall deliver the interface source code at Final Acceptance.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data and Data Security
P:8.1 All temperature readings, alarm records, location data and user data collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software is installed on the Buyer's servers and gateways send data only to those servers. The Supplier's remote access for support is allowed only through the Buyer's VPN, with an account approved for each session, and is logged. The Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within six hours, take remedial measures at its own cost and compensate the Buyer for losses caused by its breach.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, volumes and processes, and shall not disclose it to any third party without the Buyer's written consent, during this Contract and for three years after it ends.
H:10. Delay and Liability
P:10.1 If the Supplier does not complete delivery and installation within 100 days after signature, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or support to anyone other than the Dalian service partner named in Annex 4 without the Buyer's prior written consent. The Supplier is responsible for its service partner as for itself.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum, and may then claim a refund of amounts paid for items not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:14. General
P:14.1 Annexes: Annex 1 Technical Specification; Annex 2 Site List; Annex 3 Acceptance Test Plan; Annex 4 Service Partner. This Contract is made in Chinese and English; both versions are equally valid.
P:14.2 Notices shall be in writing and sent by courier or e-mail to the contact persons named on the signature page. Amendments to this Contract are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed IT Services Agreement

**Agreement No. PRN-MS-2026-12**

**Between:** Shenzhen Qianhai Tongda Logistics Co., Ltd., Nanshan District, Shenzhen, People's Republic of China ("Customer")

**And:** Rannik Managed Services OÜ, Pärnu, Estonia, performing on-site work in China through its Shenzhen branch office ("Provider")

**Background.** The Customer operates a head office, three regional offices and eleven warehouses in Guangdong and Guangxi with about 1,400 IT users. The Customer wishes to outsource its service desk, end-user device management, and server and network monitoring to the Provider for an initial term of 36 months.

## Section 1 – Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition acceptance criteria in Section 4 have been met.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses, receives or handles in performing the Services, including user directories, device inventories, tickets and logs.

1.4 "Monthly Service Charge" means the fixed monthly charge in Schedule 2.

## Section 2 – Term

2.1 The initial term starts on the Service Commencement Date and runs for 36 months.

2.2 At the end of the initial term, and at the end of each renewal term, this Agreement renews automatically for a further term of 24 months unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term, the Provider may increase the Monthly Service Charge by giving the Customer written notice at least 60 days before the renewal term starts. The increased charge applies from the first day of the renewal term.

## Section 3 – Services

3.1 The Provider shall perform the Services in Schedule 1 in accordance with the service levels in Schedule 3.

3.2 The Provider shall assign a named service delivery manager who attends a monthly service review with the Customer and submits a monthly report on service levels, ticket volumes, trends and improvement actions.

3.3 The Provider shall keep at least two engineers on site at the Customer's Shenzhen head office during business hours, and shall provide field support to regional offices and warehouses within the times in Schedule 3.

3.4 The Provider shall follow the Customer's IT policies, change management process and site rules, and all changes to production systems require the Customer's approval through the change process.

3.5 Each year the Provider shall propose at least three improvement initiatives, such as self-service password reset or automated device provisioning, with expected benefits and any cost, for the Customer's decision at the service review.

## Section 4 – Transition and Acceptance

4.1 The Provider shall complete transition within 75 days after signature. Transition includes knowledge transfer from the current supplier, documentation of all in-scope devices and systems, set-up of the service desk telephone line, portal and e-mail channel in Chinese and English, and configuration of the Provider's monitoring tools.

4.2 The Customer shall confirm the Service Commencement Date when all of the following are met: (a) the configuration database lists every in-scope server, network device and end-user device, with a sample check of 5% of entries found correct; (b) monitoring alerts from all in-scope servers and network devices reach the Provider's operations centre in a test; (c) the service desk has handled live tickets for ten working days in parallel with the current supplier, with at least 90% of calls answered within 30 seconds; and (d) operating procedures for the top 50 request types are approved by the Customer.

4.3 If the Service Commencement Date is delayed beyond 75 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 5 – Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the initial term are CNY 2,162,000, inclusive of VAT.

5.2 The one-time transition charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable before the Service Commencement Date.

5.3 Service credits under Schedule 3 are deducted from the next invoice.

## Section 6 – Customer Data

6.1 Customer Data is and remains the property of the Customer. The Provider may use Customer Data only to perform the Services and for no other purpose, and shall return all Customer Data in its possession at the end of this Agreement.

## Section 7 – Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's network designs, customer lists, pricing and business plans, and shall use it only for this Agreement. Disclosure to employees and approved subcontractors is allowed on a need-to-know basis under equivalent obligations.

7.2 This Section survives for three years after the end of this Agreement.

## Section 8 – Intellectual Property

8.1 The Provider keeps ownership of its tools, monitoring software and general methods.

8.2 Operating procedures, scripts, configuration records and documentation prepared for the Customer belong to the Customer, which may use, modify and hand them to any successor supplier without restriction.

## Section 9 – Personnel and Subcontracting

9.1 The Provider shall use qualified personnel and replace any person whom the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for approved subcontractors as for its own staff.

## Section 10 – Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the initial term. The limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11 – Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice.

11.2 The Customer may also terminate by written notice if the Provider fails the same service level in Schedule 3 in three consecutive months.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, including handover of documentation and knowledge transfer to the Customer or a new supplier.

## Section 12 – Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13 – General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, epidemics or government orders, provided it informs the other party promptly and resumes performance as soon as possible.

13.2 Notices must be in writing and sent to the addresses above. Amendments must be signed by both parties. The Schedules form part of this Agreement.

---

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support in Chinese and English for about 1,400 users; password resets, how-to questions, ticket logging and routing | 07:00–22:00 every day |
| End-user devices | Imaging, deployment, patching and repair coordination for about 1,550 laptops and desktops and 420 handheld scanners | Business hours, on site and remote |
| Server monitoring | 24x7 monitoring, patching and backup checks for 86 servers | 24x7 |
| Network monitoring | Monitoring and first-line troubleshooting of 15 sites' routers, switches and wireless controllers | 24x7 |
| Warehouse systems support | First-line support for the warehouse management system and label printers | 24x7 |
| Asset management | Monthly reconciliation of the device inventory | Monthly |

## Schedule 2 – Charges

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition (one-time) | Section 4 | 74,000 |
| Monthly Service Charge | 58,000 per month × 36 months | 2,088,000 |
| **Total charges, initial term** | | **2,162,000** |
| Additional on-site engineer | per day, on request | 1,600 |
| Exit assistance | per person-day, on request | 1,800 |

## Schedule 3 – Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A warehouse cannot ship or receive, or a core server or site network is down | 30 minutes | 6 hours | CNY 3,000 per incident, plus CNY 500 per further hour |
| P2 | A department or function impaired, workaround available | 1 hour | 1 business day | CNY 800 per incident |
| P3 | Single user issue | 2 business hours | 3 business days | none |
| Service desk | 85% of calls answered within 30 seconds each month | – | – | 2% of the Monthly Service Charge |

Total service credits in a month are limited to 20% of the Monthly Service Charge.
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
ARCTIC WEATHER AND ROAD-SURFACE DATA API

Agreement No. RVN-API-2026-009

PARTIES

Provider: Napapiiri Road Weather Data Oy, Rovaniemi, Finland ("Provider").

Customer: Heihe Beiji Vehicle Proving Ground Co., Ltd., Heihe, Heilongjiang Province, People's Republic of China ("Customer").

The Customer operates a winter proving ground for passenger cars and electric vehicles and plans test programmes at its own site and at partner test tracks in northern Finland and Sweden. The Customer wishes to subscribe to the Provider's forecast and observation data through an API and to integrate that data into its test-planning system. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the Provider's road-weather forecasts, observations, road-surface condition estimates, ice and snow friction indices and related metadata made available through the API.

1.3 "Customer Inputs" means any data the Customer sends to the Provider, including observations from the Customer's own road-weather stations and test vehicles, test-track coordinates, and the queries the Customer makes through the API.

1.4 "Integration Deliverables" means the adapters, mapping tables and scripts developed by the Provider to connect the API to the Customer's test-planning system.

1.5 "Subscription Year" means each of the two consecutive periods defined in clause 3.1.

2. SUBSCRIPTION SCOPE

2.1 The subscription covers: hourly forecasts up to ten days ahead for the Customer's proving ground in Heihe and for six partner tracks; 10-minute observations from the Provider's station network within 100 kilometres of each track; road-surface temperature and friction estimates along the track layouts supplied by the Customer; and historical data for the past ten winter seasons for the same locations.

2.2 The Customer may make up to 2,000,000 API calls per Subscription Year. Calls above this volume are charged at the overage rate in clause 4.3, which is not part of the subscription fees.

2.3 The Customer may use the Data internally for planning, executing and documenting vehicle tests, and may include Data in test reports delivered to the Customer's own clients, provided the Provider is named as source. The Customer may not resell the Data or make it available as a data feed to third parties.

2.4 Data is delivered in JSON and in NetCDF for gridded forecasts. Timestamps are in UTC and locations in WGS 84 coordinates. The Customer may store Data received during the term and keep using stored historical Data for its internal records after the term ends.

2.5 The Customer may register up to 25 named user accounts for the Provider's web viewer, which shows the same Data on maps and charts.

3. TERM

3.1 The first Subscription Year starts on the Access Acceptance Date under clause 5 and the second Subscription Year starts on the first anniversary of that date. The Agreement ends at the end of the second Subscription Year.

3.2 The Agreement does not renew automatically. Any further subscription requires a new written agreement, and the Provider shall send a renewal quotation at least 60 days before the end of the term.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for Subscription Year 1, CNY 336,000; subscription fee for Subscription Year 2, CNY 352,000; integration services (one-time), CNY 28,000. The total fees under this Agreement are CNY 716,000, inclusive of VAT. The Year 2 fee is fixed and will not be increased.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after the Access Acceptance Date. Invoices are payable within 30 days.

4.3 Overage calls are charged at CNY 0.06 per call, invoiced quarterly in arrears.

4.4 The Provider's invoices are issued through its authorised invoicing agent in China, so that the Customer receives valid VAT invoices.

5. INTEGRATION AND ACCESS ACCEPTANCE

5.1 The Provider shall deliver API credentials, documentation and the Integration Deliverables within 45 days after signature.

5.2 The Customer shall test the API and the Integration Deliverables over ten consecutive days. The Access Acceptance Date is the date on which the Customer confirms in writing that: (a) forecasts and observations for all seven locations are received through the Integration Deliverables at the agreed update intervals; (b) friction estimates are mapped correctly to each track section in the test-planning system; (c) historical data for all seven locations has been delivered in full and matches the Provider's data catalogue; and (d) the documentation allows the Customer's staff to operate the integration without the Provider's help.

5.3 If the Provider fails to deliver by the date in clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the first subscription invoice.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver Data at the intervals described in the documentation. Delivery may be interrupted for maintenance, upgrades or failures of third-party networks.

6.2 Support is provided by e-mail and through the Provider's support portal during Finnish business hours. The Provider will respond to support requests as soon as reasonably practicable.

6.3 The Data is based on models and observations and is provided for planning purposes. The Customer remains responsible for safety decisions on its test tracks.

6.4 The Provider shall give the Customer at least 90 days' notice before retiring an API version, and shall keep the Integration Deliverables compatible with any new version during the term at no extra charge.

6.5 Before each winter season, the Provider shall hold a video meeting with the Customer's test-planning team to review the data coverage for the seven locations and agree on any changes to track layouts.

7. CUSTOMER INPUTS AND DATA USE

7.1 The Customer owns the Customer Inputs.

7.2 The Customer grants the Provider a perpetual, worldwide, royalty-free licence to use the Customer Inputs, in aggregated or anonymised form, to calibrate and improve the Provider's forecast models and to enhance the data products the Provider offers to its other customers. This licence survives the end of this Agreement.

7.3 Apart from clause 7.2, the Provider shall use Customer Inputs only to provide the subscription under this Agreement.

8. DATA SECURITY

8.1 The Provider shall protect Customer Inputs and the Customer's account with appropriate technical and organisational measures, including encryption in transit, API keys bound to the Customer's registered IP addresses, access logs retained for six months and restriction of internal access to staff who need it.

8.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or the Customer's credentials, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this clause.

8.3 Each party shall comply with the data laws that apply to it, including, for the Customer, the PRC Data Security Law. The Customer decides which of its own observations it sends to the Provider.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the API, the Data and its models. The Customer receives the use rights in clause 2.3.

9.2 The Integration Deliverables belong to the Customer. The Provider shall deliver their source code on the Access Acceptance Date, and the Customer may use, modify and have them maintained by any third party.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party, including the Customer's test programmes, vehicle information and client names, and the Provider's model methods and pricing, and use it only for this Agreement.

10.2 These obligations last for three years after the end of this Agreement.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the integration services or support to any third party without the Customer's prior written consent.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1, except for wilful misconduct, fraud and breach of clause 10.

12.2 Neither party is liable for indirect loss, loss of profit or loss of test time.

12.4 Data is delivered in JSON and in NetCDF for gridded forecasts. Timestamps are in UTC and locations in WGS 84 coordinates. The Customer may store Data received during the term and keep using stored historical Data for its internal records after the term ends.

2.5 The Customer may register up to 25 named user accounts for the Provider's web viewer, which shows the same Data on maps and charts.

3. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English and Chinese.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. Notices are sent by e-mail with confirmation to the contact persons named below.

15.2 This Agreement is signed in two originals in English, one for each party.

For the Provider: ____________________

For the Customer: ____________________
"""

TEXT = {"h644z01": Z01, "h644z02": Z02, "h644z03": Z03, "h644z04": Z04, "h644z05": Z05,
        "h644e01": E01, "h644e02": E02, "h644e03": E03, "h644e04": E04, "h644e05": E05}
NAMES = {
    "h644z01": "h644z01_pesticide_registration_supervision_platform.pdf",
    "h644z02": "h644z02_tannery_drum_finishing_line_control_retrofit.docx",
    "h644z03": "h644z03_calligraphy_school_chain_booking_saas.txt",
    "h644z04": "h644z04_reservoir_dam_safety_monitoring_om_service.txt",
    "h644z05": "h644z05_timber_kiln_drying_software_supplier_template.md",
    "h644e01": "h644e01_aps_perpetual_licence_tallinn_vendor.pdf",
    "h644e02": "h644e02_energy_analytics_saas_order_form_oulu_vendor.md",
    "h644e03": "h644e03_cold_chain_sensors_monitoring_licence_akureyri.docx",
    "h644e04": "h644e04_managed_it_services_36_months_parnu_vendor.md",
    "h644e05": "h644e05_road_weather_data_api_rovaniemi_vendor.txt",
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
# key: (lang, category, terms in TERM_KEYS order, sla_clause, ld_stated, capped or None, deemed, value)
G, S = "goods_or_licence", "service"
L = {
 "h644z01": ("zh", "software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G], True, True, True, False, 1990000),
 "h644z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 27, False, True, True, "PRC", G], True, True, True, False, 1560000),
 "h644z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 572000),
 "h644z04": ("zh", "services", [None, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, False, False, "PRC", S], True, False, None, False, 386000),
 "h644z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None, "PRC", G], True, True, False, True, 860000),
 "h644e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10, False, True, False, "Estonia", G], True, True, True, False, 1900000),
 "h644e02": ("en", "cloud", [99.7, 0.5, True, "buyer", True, True, True, 500 / 634000 * 100, 9 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", S], True, True, None, False, 634000),
 "h644e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False, "PRC", G], True, True, True, False, 1450000),
 "h644e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, 2000 / 2162000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 2162000),
 "h644e05": ("en", "cloud", [None, None, False, "buyer", True, False, True, 600 / 716000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S], False, True, None, False, 716000),
}
# TCO inputs (not in labels): itemised licence/hardware fee base, warranty months
TCO_IN = {"h644z01": 780000, "h644z02": 1360000, "h644e01": 1180000, "h644e03": 1316000}
FORUM_OUTSIDE = {"h644e01"}  # Tallinn arbitration
DESIGN = {
 "h644z01": [], "h644e03": [],
 "h644z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
 "h644z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
 "h644z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
 "h644z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
 "h644e01": ["CR-GOVERNING-LAW"],
 "h644e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
 "h644e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
 "h644e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, value):
    if key not in TCO_IN or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO_IN[key] * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    r = set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key, t, x["contract_value"])
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, vals, sla, ld, capped, deemed, value = L[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?![\d])",                         # availability 99.9
    r"(?<![\d.])4\s*-?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)",   # 4 hours
    r"(?<![十\d])四\s*(?:个)?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])0\.050*(?![\d])", r"万分之五(?![十])", r"千分之零点五",  # 0.05 %/day
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s+hundred\s+per\s*cent",  # 100 % cap
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,  # 30 % prepayment
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen" + PCT,  # 15 % post-warranty
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,  # 40 % TCO
    r"(?<![\d.])12\s*-?\s*(?:个月|months?\b)", r"十二个月", r"\btwelve[\s-]+months?\b",  # 12-month warranty
    r"(?<![第每\d])(?:一|1)\s*年(?![度级])", r"\b(?:one|1)[\s-]+years?\b",
    r"(?<![\d.])5\s*-?\s*(?:years?\b|年)", r"(?<![十〇\d])五\s*年", r"\bfive[\s-]+years?\b",  # 5-year horizon
]]
MUST_HIT = ["4小时", "4 hours", "四小时", "four hours", "4-hour", "99.9%", "99.9 %", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "一年", "one year", "5 years", "五年", "five-year"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "14 hours", "99.95%", "99.5%", "0.055%", "万分之五十", "1,000",
             "130%", "115%", "35%", "45%", "百分之三十五", "18个月", "112 months", "2025年", "第一年", "每年",
             "2030年", "15日", "40日", "Subscription Year 1", "十五年"]


def hits(text):
    return [m.group(0) for p in BAD for m in p.finditer(text)]


def check_text(name, text):
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        h = hits(form)
        assert not h, (name, h)


def label_values_ok(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
    assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
    sh = tco_share(key, t, x["contract_value"])
    if sh is not None:
        assert abs(sh - 40) > 2, (key, sh)
    return sh


if __name__ == "__main__":
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), s
    # sums
    assert 780000 + 1046000 + 138000 + 26000 == 1990000 and 398000 + 895500 + 696500 == 1990000
    assert 408000 + 192000 + 286000 + 164000 + 218000 + 92000 == 1360000 and 1360000 + 172000 + 28000 == 1560000
    assert 156000 + 858000 + 546000 == 1560000 and 1360000 * 27 // 100 == 367200
    assert 45 * 5600 == 252000 and 2 * 252000 + 68000 == 572000
    assert 4 * 96500 == 386000
    assert 420000 + 360000 + 80000 == 860000 and 559000 + 301000 == 860000 and 860000 * 65 // 100 == 559000
    assert 1180000 + 560000 + 118000 + 42000 == 1900000 and 380000 + 855000 + 665000 == 1900000
    assert 2 * 294000 + 46000 == 634000
    assert 640 * 1150 == 736000 and 48 * 6500 == 312000 and 736000 + 312000 + 268000 == 1316000
    assert 1316000 + 96000 + 38000 == 1450000 and 145000 + 797500 + 507500 == 1450000 and 1316000 * 8 // 100 == 105280
    assert 58000 * 36 == 2088000 and 2088000 + 74000 == 2162000
    assert 336000 + 352000 + 28000 == 716000
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src = {k: TEXT[k] for k in TEXT if NAMES[k].rsplit(".", 1)[1] in ("docx", "pdf")}
    write(bin_src, {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in bin_src}, OUT, wrap_words=True)
    for k in TEXT:
        if k not in bin_src:
            (OUT / NAMES[k]).write_text(TEXT[k], encoding="utf-8")
            print("wrote", NAMES[k])
    covered = set()
    for k in TEXT:
        lab = label(k)
        sh = label_values_ok(k, lab)
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / NAMES[k])
        check_text(NAMES[k], text)
        if L[k][0] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                  encoding="utf-8")
        print(k, L[k][0], n, lab["expected_rules"], "TCO share %.2f" % sh if sh is not None else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")
