"""holdout686: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, thresholds, rule derivation, coverage). Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:巴音塔拉草原工作站草原生态监测平台采购合同
P:合同编号：BYTL-ZFCG-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：巴音塔拉草原工作站
P:乙方（供应商）：北辰遥感信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就草原生态监测平台软件许可及定制开发事宜签订本合同，共同遵守。本合同使用甲方提供的政府采购合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供草原生态监测平台软件许可一套（不限用户数，永久使用），并完成监测样地管理、草地植被遥感反演、牧草产量估算、移动巡查APP及草畜平衡分析等定制开发。
P:1.2 乙方负责将甲方现有样地调查数据（2016年以来约六万条记录）迁移至新平台，并完成与自治区草原监测数据库、气象数据服务的接口对接。
P:1.3 部署于甲方机房的政务云资源，乙方负责安装、调试、培训及试运行期间的技术支持。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零肆万元整（¥2,040,000），包括：平台软件许可费¥1,160,000；定制开发费¥640,000；数据迁移及接口费¥156,000；实施与培训费¥84,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、安装、培训及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按政府采购资金支付程序办理付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署并提交初步验收申请，在一百五十日内完成全部定制开发及数据迁移。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，但甲方应书面确认。
H:第五条 验收
P:5.1 初步验收：平台功能与招标文件技术要求逐项核对无缺项，迁移数据经抽查核对一致，遥感反演模块对甲方指定的二十个样地测算结果与实测值偏差在招标文件规定范围内。
P:5.2 最终验收：初步验收后平台连续稳定运行六十日，期间未发生一级故障，接口数据每日同步无遗漏，并通过第三方软件测评机构的安全测评。验收由甲方组织，必要时邀请专家参加，验收结果以书面验收报告为准。
P:5.3 平台上线试运行、甲方使用平台或支付款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 平台月可用率不低于99.95%。一级故障（平台整体无法访问或数据丢失）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障1个工作日内响应。
P:6.3 一级故障响应超时的，每超时一小时乙方向甲方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，扣减当季服务费2,000元，从质保金或应付款中扣除。
P:6.4 质保期满后，如甲方需要，乙方按平台软件许可费的8%（即每年¥92,800）提供年度维护服务，该价格三年内不得上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的功能模块、移动巡查APP、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码，甲方可自行修改、使用或委托第三方维护。
H:第八条 数据安全
P:8.1 平台中的样地调查数据、遥感成果、巡查记录等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，通过甲方堡垒机进行运维操作，不得擅自导出数据；实施人员须签署数据安全承诺书。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:双方对在履行本合同过程中知悉的对方技术信息、工作秘密及未公开资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:本项目不允许分包，乙方不得将合同义务的任何部分转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 项目管理
P:双方各指定一名项目负责人，负责日常联络、进度协调及问题处理。乙方应在项目启动后七日内提交项目实施计划，经甲方确认后执行；每周提交项目周报，说明进度、问题及下周计划。双方每两周召开一次项目例会，形成会议纪要，经双方负责人签字后作为项目文件归档。项目负责人变更的，应提前七日书面通知对方。
H:第十五条 培训
P:乙方应为甲方提供操作培训及管理员培训，培训内容包括系统功能、日常操作、常见问题处理及数据备份恢复。培训应在甲方现场进行，乙方提供培训教材及操作手册，培训结束后进行考核，确保甲方相关人员能够独立操作和维护。
H:第十六条 廉洁
P:双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请及娱乐活动。违反本条的，甲方有权追究乙方责任。
H:第十七条 通知
P:双方往来的通知应以书面形式送达本合同首部载明的地址或电子邮箱。一方地址或联系人变更的，应在变更后三日内书面通知对方，否则按原地址送达视为有效送达。
H:第十八条 其他
P:18.1 乙方派驻人员应遵守甲方的考勤、安全、保卫及办公秩序等管理规定。乙方人员不能胜任工作或违反甲方管理制度的，甲方有权要求乙方更换，乙方应在七日内完成更换，且不得影响工作进度。
P:18.2 本合同的任何变更或补充，均应经双方协商一致并以书面形式作出。补充协议与本合同具有同等法律效力，补充协议与本合同不一致的，以补充协议为准。
P:18.3 本合同附件包括：技术需求书、报价清单、实施计划、验收方案及双方确认的其他文件。附件与合同正文具有同等效力，不一致的，以合同正文为准。
P:18.4 乙方应为派驻现场的人员办理工伤保险及意外伤害保险，并承担其工资、社会保险及其他全部费用。乙方人员与甲方不构成劳动关系。
P:18.5 招标文件、乙方投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：巴音塔拉草原工作站    乙方（盖章）：北辰遥感信息技术有限公司
P:日期：2026年3月    日期：2026年3月
"""

SRC["z02"] = """T:琴筒琴杆雕刻线控制系统改造及维保合同
P:合同编号：QY-ZB-2026-0309
P:甲方：清音民族乐器有限公司（二胡厂）
P:乙方：苏锡精控自动化工程有限公司
P:甲方二胡厂琴筒、琴杆雕刻生产线现有数控系统已停产，故障频发。经比选，甲方委托乙方对该生产线的控制系统进行改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换六台五轴雕刻机的数控系统、伺服驱动及电机，加装视觉定位相机，实现琴筒六角面、琴杆弦轴孔及琴头雕花的自动定位加工。
P:（二）更换生产线PLC及人机界面，实现上下料、除尘与雕刻机联动。
P:（三）提供雕刻工艺管理软件许可一套，包括加工程序库、刀具寿命管理、工单派发及产量统计功能。
P:（四）将甲方现有约三百个雕刻程序移植至新系统，并逐一试刻验证。
P:（五）拆除旧系统，完成安装调试，对甲方操作工及设备员进行培训。
H:二、合同价款
P:合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|五轴雕刻机数控系统|6套|168,000|1,008,000
TB:2|伺服驱动及电机|24套|9,500|228,000
TB:3|视觉定位相机及光源|6套|21,000|126,000
TB:4|产线PLC及人机界面|1套|94,000|94,000
TB:5|雕刻工艺管理软件许可|1套|186,000|186,000
TB:|设备及软件小计|||1,642,000
TB:6|安装调试及旧系统拆除|1项|118,000|118,000
TB:7|雕刻程序移植|1项|76,000|76,000
TB:8|培训|1项|24,000|24,000
TB:|合同总价|||1,860,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货、安装调试完成并经甲方签收后，甲方支付合同总价的55%。到货签收及安装调试完成不视为验收合格。
P:（三）生产线通过最终验收后，甲方支付合同总价的25%。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
H:四、工期
P:乙方应在合同签订后七十五日内完成全部改造。改造须利用甲方安排的停产检修窗口分两批实施，每批停线不超过十日。
H:五、验收
P:（一）验收标准：每台雕刻机按甲方提供的琴筒、琴杆样件连续试刻各五十件，尺寸偏差不超过0.1毫米；视觉定位重复精度不超过0.03毫米；移植程序全部试刻合格；生产线连续三十日正常生产，未发生因控制系统造成的停线。
P:（二）验收由甲方组织，乙方配合，形成书面验收报告。试生产及甲方使用设备，不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收，由此产生的费用由乙方承担。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并免费升级工艺管理软件。
P:（二）故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单台设备停机）2小时内响应，次日到达现场。响应或到场超时的，每超时一小时乙方支付违约金500元。
P:（三）质保期满后，乙方按设备及软件小计的9%（即每年¥147,780）提供年度维保服务，包括季度巡检、备件供应及远程支持。该年费三年内不上调，维保合同逐年签订，不自动续期。
H:七、知识产权
P:（一）数控系统及工艺管理软件的既有知识产权归其权利人所有，甲方享有永久使用权。
P:（二）乙方为本项目移植、编制的雕刻程序、联动逻辑、PLC程序及技术文档，其知识产权归甲方所有，乙方应交付可编辑的源文件，甲方可自行修改或委托他人修改。
H:八、数据安全
P:（一）工艺管理软件中的加工程序、工艺参数、产量及设备运行数据均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方指定的远程通道进行并留存操作日志；乙方应采取防病毒及访问控制措施，不得将外部存储介质接入甲方生产网络。
P:（三）因乙方原因导致甲方数据泄露、损毁或生产网络感染病毒的，乙方应在2小时内通知甲方，负责恢复，并赔偿甲方全部损失。
H:九、分包
P:乙方可将设备吊装、电缆敷设等辅助工作交由第三方完成，但应提前三个工作日书面告知甲方，并对第三方的工作质量及安全负责。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）乙方提供的设备或软件不符合约定的，应负责更换并承担由此产生的费用。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤害及故意行为除外。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产及防火管理规定，动火作业须办理审批。因乙方原因发生安全事故的，由乙方承担责任。
H:十三、适用法律和争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交苏州仲裁委员会仲裁。
H:十四、项目管理
P:双方各指定一名项目负责人，负责日常联络、进度协调及问题处理。乙方应在项目启动后七日内提交项目实施计划，经甲方确认后执行；每周提交项目周报，说明进度、问题及下周计划。双方每两周召开一次项目例会，形成会议纪要，经双方负责人签字后作为项目文件归档。项目负责人变更的，应提前七日书面通知对方。
H:十五、培训与技术文档
P:乙方应为甲方提供操作培训及管理员培训，培训内容包括系统功能、日常操作、常见问题处理及数据备份恢复。培训应在甲方现场进行，乙方提供培训教材及操作手册，培训结束后进行考核，确保甲方相关人员能够独立操作和维护。乙方应交付完整的技术文档，包括需求说明书、设计说明书、安装部署手册、用户手册、运维手册及测试报告，文档应为中文，以纸质和电子形式各提交一套。
H:十六、通知
P:双方往来的通知应以书面形式送达本合同首部载明的地址或电子邮箱。一方地址或联系人变更的，应在变更后三日内书面通知对方，否则按原地址送达视为有效送达。
H:十七、廉洁
P:双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请及娱乐活动。违反本条的，甲方有权追究乙方责任。
H:十八、其他
P:（一）乙方派驻人员应遵守甲方的考勤、安全、保卫及办公秩序等管理规定。乙方人员不能胜任工作或违反甲方管理制度的，甲方有权要求乙方更换，乙方应在七日内完成更换，且不得影响工作进度。
P:（二）本合同的任何变更或补充，均应经双方协商一致并以书面形式作出。补充协议与本合同具有同等法律效力，补充协议与本合同不一致的，以补充协议为准。
P:（三）本合同附件包括：技术需求书、报价清单、实施计划、验收方案及双方确认的其他文件。附件与合同正文具有同等效力，不一致的，以合同正文为准。
P:（四）乙方应为派驻现场的人员办理工伤保险及意外伤害保险，并承担其工资、社会保险及其他全部费用。乙方人员与甲方不构成劳动关系。
P:（五）乙方应保证其提供的软件及服务不侵犯任何第三方的知识产权。如第三方就此向甲方提出权利主张，乙方应负责处理并承担由此产生的全部费用和责任。
P:（六）乙方应在项目实施过程中做好质量管理，建立问题跟踪台账，对甲方提出的问题逐项落实整改并书面反馈，整改情况作为验收的依据之一。
P:（七）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格书、验收方案。
P:甲方（盖章）：            乙方（盖章）：
"""

SRC["z03"] = """连锁跆拳道馆约课及会员管理SaaS服务合同

合同编号：TKD-SAAS-2026-08
甲方：蜀武跆拳道文化发展有限公司（以下简称甲方）
乙方：云馆科技（成都）有限公司（以下简称乙方）

甲方在成都、重庆、绵阳等地经营40家直营跆拳道馆。为统一学员约课、会员卡、考级报名及门店收银管理，甲方订阅乙方"云馆"SaaS平台并委托乙方完成实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店开通"云馆"平台，包括学员档案、约课排课、会员卡及课时包、考级报名、教练课酬、门店收银及经营报表等功能。
2. 平台提供家长端微信小程序及教练端APP，账号数量不限。
（二）实施服务
1. 迁移甲方现有系统中的学员档案、剩余课时及会员卡余额。
2. 配置40家门店的课表、价格体系及权限，对接甲方财务系统及支付渠道。
3. 为店长及前台人员提供培训，分三批完成全部门店上线。

二、服务期限
服务期为两个服务年度，自全部门店上线验收合格之日起计算。第一个服务年度结束前，双方对服务情况进行年度评估。

三、费用及支付
（一）订阅费按每家门店每个服务年度人民币7,800元计，40家门店每个服务年度合计312,000元，两个服务年度合计624,000元。
（二）实施费为人民币96,000元（一次性）。
（三）合同总价为人民币720,000元。
（四）订阅费按季度结算，每季度结束后十五个工作日内，乙方开具发票，甲方支付当季订阅费78,000元。
（五）实施费在全部门店上线验收合格后一次性支付。本合同不设预付款。

四、实施及验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）验收标准：迁移数据经抽查与原系统一致，剩余课时及卡内余额零差错；40家门店全部可正常约课、收银及出具报表；小程序在高峰时段约课响应时间不超过2秒；与财务系统对账一致。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署验收单。试用期间的使用不视为验收合格。
（四）乙方延期完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护须提前三日通知，且安排在凌晨进行。
（二）一级故障（平台无法登录、无法约课或收银）乙方应在30分钟内响应，二级故障2小时内响应，三级故障次日内响应。
（三）月可用率低于承诺值的，按差额每0.1个百分点减免当月订阅费的5%；一级故障响应超时的，每次减免当月订阅费的2%。减免在下季度费用中抵扣。

六、数据
（一）甲方及学员、家长的个人信息、约课及消费记录等业务数据属于甲方。
（二）乙方可以将上述数据去标识化处理后，用于行业经营分析报告及乙方产品改进，该等分析成果归乙方所有。
（三）乙方应将数据存储在中国境内，采取加密存储、访问控制及操作审计措施，按《个人信息保护法》履行个人信息处理者的安全义务。发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全部承担。
（四）服务终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

七、保密
双方对履行本合同知悉的对方商业秘密、学员信息及经营数据承担保密义务，保密期限至合同终止后三年。

八、知识产权
（一）平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的财务接口、报表模板及配置方案归甲方所有，甲方可自由使用、修改。

九、续期
服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。续期时乙方有权按其届时公布的价目表调整订阅费，调整后的价格自续期之日起执行。

十、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。

十一、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权的责任不受此限。

十二、合同解除
乙方严重违约且在收到甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的费用并赔偿损失。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

十四、项目管理
双方各指定一名项目负责人，负责日常联络、进度协调及问题处理。乙方应在项目启动后七日内提交项目实施计划，经甲方确认后执行；每周提交项目周报，说明进度、问题及下周计划。双方每两周召开一次项目例会，形成会议纪要，经双方负责人签字后作为项目文件归档。项目负责人变更的，应提前七日书面通知对方。

十五、培训
乙方应为甲方提供操作培训及管理员培训，培训内容包括系统功能、日常操作、常见问题处理及数据备份恢复。培训应在甲方现场进行，乙方提供培训教材及操作手册，培训结束后进行考核，确保甲方相关人员能够独立操作和维护。

十六、双方义务
甲方应为乙方提供必要的工作场所、网络接入及相关资料，指定专人配合乙方工作，及时确认乙方提交的文件。乙方应按国家标准、行业规范及本合同约定履行义务，遵守甲方各项管理制度，所派人员应具备相应的专业能力。

十七、不可抗力
因地震、洪水、疫情等不可抗力致使一方不能履行本合同的，受影响方应在三日内通知对方，并在十五日内提供有关证明。受影响方在不可抗力影响范围内免除责任，双方应协商确定后续履行安排。

十八、通知
双方往来的通知应以书面形式送达本合同首部载明的地址或电子邮箱。一方地址或联系人变更的，应在变更后三日内书面通知对方，否则按原地址送达视为有效送达。

十九、廉洁
双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请及娱乐活动。违反本条的，甲方有权追究乙方责任。

二十、文档
乙方应交付完整的技术文档，包括需求说明书、设计说明书、安装部署手册、用户手册、运维手册及测试报告，文档应为中文，以纸质和电子形式各提交一套。

二十一、其他
（一）乙方派驻人员应遵守甲方的考勤、安全、保卫及办公秩序等管理规定。乙方人员不能胜任工作或违反甲方管理制度的，甲方有权要求乙方更换，乙方应在七日内完成更换，且不得影响工作进度。
（二）本合同的任何变更或补充，均应经双方协商一致并以书面形式作出。补充协议与本合同具有同等法律效力，补充协议与本合同不一致的，以补充协议为准。
（三）本合同附件包括：技术需求书、报价清单、实施计划、验收方案及双方确认的其他文件。附件与合同正文具有同等效力，不一致的，以合同正文为准。
（四）乙方应为派驻现场的人员办理工伤保险及意外伤害保险，并承担其工资、社会保险及其他全部费用。乙方人员与甲方不构成劳动关系。
（五）乙方应保证其提供的软件及服务不侵犯任何第三方的知识产权。如第三方就此向甲方提出权利主张，乙方应负责处理并承担由此产生的全部费用和责任。
（六）乙方应在项目实施过程中做好质量管理，建立问题跟踪台账，对甲方提出的问题逐项落实整改并书面反馈，整改情况作为验收的依据之一。
（七）合同价款已包含乙方履行本合同所需的全部税费。
（八）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                          日期：
"""

SRC["z04"] = """青澜湖湖泊水质自动监测系统运维服务合同

合同编号：QLH-YW-2026-003
甲方：青澜湖管理局
乙方：澄源环境监测技术服务有限公司

为保障青澜湖水质自动监测系统正常运行、监测数据真实准确，甲方委托乙方提供2026年度运维服务。双方依据《中华人民共和国民法典》等规定，经协商一致，订立本合同。

第一条 运维对象
湖区九座水质自动监测站（含采配水单元、五参数、高锰酸盐指数、氨氮、总磷、总氮、叶绿素a及藻密度分析仪、站房空调及供电设施），以及设在甲方监测中心的数据平台和视频监控系统。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。

第三条 服务内容
1. 日常巡检：每周对每座站点现场巡检一次，检查采水泵、管路、试剂余量、仪器状态及站房环境，填写巡检记录。
2. 维护保养：按仪器说明书定期清洗采水头、管路及分析单元，更换泵管、电极及过滤器。
3. 试剂及标准物质：按规定周期配制、更换试剂，使用有证标准物质进行核查。
4. 质控：每月开展标样核查及人工比对监测，比对样品送具备资质的实验室分析。
5. 故障维修：监测设备、站房设施发生故障时，乙方应及时安排人员处理，尽快恢复运行；需更换零部件的，单件价格在两千元以下的由乙方承担。
6. 数据审核：每日审核上传数据，标注异常数据并说明原因。
7. 报告：每月5日前提交上月运维月报，汛期及蓝藻高发期增加专项巡查并提交专报。
8. 年度检修：乙方应于2026年4月30日前完成全部站点的年度设备检修，并提交检修报告。

第四条 人员
乙方应配备运维负责人一名、专职运维人员不少于六名，持有相应岗位培训合格证书。人员变更须提前七日书面告知甲方。

第五条 服务费用及支付
1. 本合同总价为人民币陆拾肆万捌仟元整（¥648,000），其中：九座站点运维费468,000元（每站52,000元），试剂及耗材费117,000元，中心平台及视频系统运维费63,000元。
2. 服务费按季度支付。每季度结束且季度考核合格后十五个工作日内，甲方支付当季服务费162,000元。
3. 乙方应提供合法有效的发票。本合同不设预付款。

第六条 考核与验收
1. 甲方每季度依据本合同第三条对乙方进行考核，考核内容包括：巡检记录齐全且与现场签到一致；标样核查及比对监测结果符合《地表水自动监测技术规范》要求；试剂按期更换且有记录；月报、专报按时提交；故障处理有完整记录。
2. 考核不合格的，乙方应在十日内整改，整改后复核合格方可支付当季服务费。
3. 服务期满，甲方依据全年考核结果及乙方提交的年度运维总结报告组织年度验收，并出具书面验收意见。

第七条 数据安全
1. 监测数据、视频资料及平台中的全部数据属于甲方，乙方不得擅自修改、删除，不得向第三方提供或用于本合同以外的用途。
2. 乙方应落实平台账号权限管理，严禁人为干预监测数据，远程运维须经甲方批准并留存操作日志。
3. 发生数据丢失、泄露或被篡改的，乙方应在1小时内报告甲方并配合调查；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第八条 保密
乙方对履约过程中知悉的甲方工作信息、监测数据及未公开资料负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中形成的运维记录、报告、数据处理脚本等成果归甲方所有。

第十条 分包
乙方不得将本合同项下的运维服务转包或分包。比对样品的实验室分析可委托具备资质的检测机构，但应事先取得甲方书面同意。

第十一条 违约责任
1. 乙方未在本合同约定时间内完成年度设备检修的，每逾期一日按合同总价的千分之一向甲方支付违约金。
2. 乙方未按要求巡检、未按期提交报告或伪造运维记录的，甲方有权扣减当季服务费，情节严重的，乙方应赔偿由此造成的损失。
3. 乙方人员在作业中发生的安全事故，由乙方自行负责。

第十二条 合同的变更与解除
1. 本合同履行期间，任何一方不得擅自变更合同内容。如需变更，双方应协商一致并签订书面补充协议。
2. 因不可抗力致使合同无法履行的，双方可协商解除合同，并按实际服务期间结算费用。
3. 经双方协商一致，可以解除本合同。

第十三条 安全作业
乙方在湖区作业应遵守水上作业安全规定，配备救生设备，恶劣天气停止湖上作业。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 项目管理
双方各指定一名项目负责人，负责日常联络、进度协调及问题处理。乙方应在项目启动后七日内提交项目实施计划，经甲方确认后执行；每周提交项目周报，说明进度、问题及下周计划。双方每两周召开一次项目例会，形成会议纪要，经双方负责人签字后作为项目文件归档。项目负责人变更的，应提前七日书面通知对方。

第十六条 双方义务
甲方应为乙方提供必要的工作场所、网络接入及相关资料，指定专人配合乙方工作，及时确认乙方提交的文件。乙方应按国家标准、行业规范及本合同约定履行义务，遵守甲方各项管理制度，所派人员应具备相应的专业能力。

第十七条 培训
乙方应对甲方监测中心值班人员进行培训，内容包括平台操作、数据查询、异常数据识别及简单故障判断，并提供培训资料。

第十八条 运维档案
乙方应建立完整的运维档案，包括巡检记录、维护保养记录、试剂更换记录、质控记录及故障处理记录，档案应按站点分类整理，服务期满后移交甲方。

第十九条 应急保障
遇汛期、蓝藻暴发或突发水污染事件，乙方应按甲方要求增派人员加密巡查，配合甲方开展应急监测，并提交应急监测报告。

第二十条 通知
双方往来的通知应以书面形式送达本合同首部载明的地址或电子邮箱。一方地址或联系人变更的，应在变更后三日内书面通知对方，否则按原地址送达视为有效送达。

第二十一条 廉洁
双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请及娱乐活动。违反本条的，甲方有权追究乙方责任。

第二十二条 其他
1. 乙方派驻人员应遵守甲方的考勤、安全、保卫及办公秩序等管理规定。乙方人员不能胜任工作或违反甲方管理制度的，甲方有权要求乙方更换，乙方应在七日内完成更换，且不得影响工作进度。
2. 本合同的任何变更或补充，均应经双方协商一致并以书面形式作出。补充协议与本合同具有同等法律效力，补充协议与本合同不一致的，以补充协议为准。
3. 本合同附件包括：技术需求书、报价清单、实施计划、验收方案及双方确认的其他文件。附件与合同正文具有同等效力，不一致的，以合同正文为准。
4. 乙方应为派驻现场的人员办理工伤保险及意外伤害保险，并承担其工资、社会保险及其他全部费用。乙方人员与甲方不构成劳动关系。
5. 乙方应在项目实施过程中做好质量管理，建立问题跟踪台账，对甲方提出的问题逐项落实整改并书面反馈，整改情况作为验收的依据之一。
6. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：青澜湖管理局            乙方（盖章）：澄源环境监测技术服务有限公司
签订日期：2025年12月
"""

SRC["z05"] = """# 经纬智造生产追溯软件许可及开发合同（标准文本 V3.0）

**合同编号：** JW-STD-2026-0412

**甲方：** 远帆户外用品有限公司（帐篷厂）

**乙方：** 经纬智造软件有限公司

本合同为乙方标准合同文本。甲方为实现帐篷生产裁剪及压胶（热封压条）工段的生产追溯，向乙方采购"经纬智造生产追溯软件"许可并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供经纬智造生产追溯软件（裁剪、压胶工段版）许可一套，含三十个车间终端授权。

1.2 乙方按甲方需求进行定制开发，包括：裁床排版数据导入、面料批次与裁片条码绑定、压胶机温度及速度数据采集、半成品流转看板、质量追溯报表。

1.3 乙方负责软件安装、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯软件许可（含三十个终端授权） | 760,000 |
| 2 | 定制开发 | 190,000 |
| 3 | 安装实施及培训 | 70,000 |
| | 合同总价 | 1,020,000 |

以上价格含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的55%。

3.2 软件安装完成后五个工作日内，甲方支付合同总价的45%。

3.3 甲方逾期付款的，乙方有权暂停服务，并要求甲方每日按逾期金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方在收到首期款后四十五日内完成软件安装及定制功能部署。

4.2 甲方应按乙方要求提供服务器、网络环境及基础数据。因甲方未按时提供造成延误的，交付期相应顺延。

## 第五条 验收

5.1 软件安装完成后，乙方向甲方提交安装完成确认单。

5.2 软件安装完成即视为甲方验收合格。甲方对功能提出意见的，乙方在后续版本中酌情优化。

## 第六条 免费维护与年度服务

6.1 免费维护期为六个月，自软件安装完成之日起计算。免费维护期内，乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应购买乙方年度技术服务，年度服务费按软件许可费的24%计算，即每年¥182,400，按年预付。

6.3 一级故障（系统无法使用）乙方在24小时内响应；其他故障在三个工作日内响应。乙方以远程方式处理为主，需现场服务的，甲方另行支付差旅费用。

## 第七条 知识产权

7.1 软件许可及定制开发成果（包括源代码、数据采集程序、报表及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

## 第八条 数据安全

8.1 甲方生产数据归甲方所有，乙方仅为提供本合同服务而访问。

8.2 乙方实施人员应遵守甲方网络安全管理制度，远程访问须经甲方授权并通过加密通道进行；乙方不得复制、导出或留存甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应的赔偿责任。

## 第九条 保密

双方对在合作中获知的对方技术资料、商业信息负有保密义务，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 甲方义务

甲方应为乙方提供必要的工作场所、网络接入及相关资料，指定专人配合乙方工作，及时确认乙方提交的文件。乙方应按国家标准、行业规范及本合同约定履行义务，遵守甲方各项管理制度，所派人员应具备相应的专业能力。

## 第十四条 项目管理

双方各指定一名项目负责人，负责日常联络、进度协调及问题处理。乙方应在项目启动后七日内提交项目实施计划，经甲方确认后执行；每周提交项目周报，说明进度、问题及下周计划。双方每两周召开一次项目例会，形成会议纪要，经双方负责人签字后作为项目文件归档。项目负责人变更的，应提前七日书面通知对方。

## 第十五条 培训

乙方应为甲方提供操作培训及管理员培训，培训内容包括系统功能、日常操作、常见问题处理及数据备份恢复。培训应在甲方现场进行，乙方提供培训教材及操作手册，培训结束后进行考核，确保甲方相关人员能够独立操作和维护。

## 第十六条 技术文档

乙方应交付完整的技术文档，包括需求说明书、设计说明书、安装部署手册、用户手册、运维手册及测试报告，文档应为中文，以纸质和电子形式各提交一套。

## 第十七条 不可抗力

因地震、洪水、疫情等不可抗力致使一方不能履行本合同的，受影响方应在三日内通知对方，并在十五日内提供有关证明。受影响方在不可抗力影响范围内免除责任，双方应协商确定后续履行安排。

## 第十八条 通知

双方往来的通知应以书面形式送达本合同首部载明的地址或电子邮箱。一方地址或联系人变更的，应在变更后三日内书面通知对方，否则按原地址送达视为有效送达。

## 第十九条 廉洁

双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请及娱乐活动。违反本条的，甲方有权追究乙方责任。

## 第二十条 税费与发票

合同价款已包含乙方履行本合同所需的全部税费。乙方应按付款进度开具合法有效的增值税发票，发票信息以甲方书面提供的为准。

## 第二十一条 其他

21.1 乙方派驻人员应遵守甲方的考勤、安全、保卫及办公秩序等管理规定。乙方人员不能胜任工作或违反甲方管理制度的，甲方有权要求乙方更换，乙方应在七日内完成更换，且不得影响工作进度。

21.2 本合同的任何变更或补充，均应经双方协商一致并以书面形式作出。补充协议与本合同具有同等法律效力，补充协议与本合同不一致的，以补充协议为准。

21.3 本合同附件包括：技术需求书、报价清单、实施计划、验收方案及双方确认的其他文件。附件与合同正文具有同等效力，不一致的，以合同正文为准。

21.4 乙方应为派驻现场的人员办理工伤保险及意外伤害保险，并承担其工资、社会保险及其他全部费用。乙方人员与甲方不构成劳动关系。

21.5 乙方应保证其提供的软件及服务不侵犯任何第三方的知识产权。如第三方就此向甲方提出权利主张，乙方应负责处理并承担由此产生的全部费用和责任。

21.6 甲方应自行准备软件运行所需的服务器、操作系统、数据库及网络环境，并承担相应费用。因甲方环境不符合乙方要求导致软件无法正常运行的，乙方不承担责任。

21.7 乙方发布新版本的，甲方可在免费维护期内免费升级；免费维护期满后，升级服务包含在年度技术服务中。

21.8 本合同未尽事宜，以乙方官网公布的服务说明为准。

21.9 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. UVS-HNC-2026-05
P:This Software Licence and Services Agreement (the "Agreement") is made on 16 March 2026 between:
P:(1) Hetao Northern Cashmere Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Bayannur, Inner Mongolia (the "Customer"); and
P:(2) Uvs Fibre Systems LLC, a company incorporated in Mongolia with its registered office in Ulaangom, Uvs Province (the "Supplier").
P:The Customer buys raw cashmere and wool from herders and traders and wishes to grade, track and trace every fibre lot from purchase to dehairing and spinning. The Supplier has developed the FibreTrace lot grading and traceability software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FibreTrace software in the version current at the Effective Date, including its grading, lot tracking, laboratory and reporting modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, data-conversion scripts, report templates and other work product created by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including supplier and herder records, lot weights, micron and colour grades, and laboratory results.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers for up to 180 named users at its purchasing stations, laboratory and mills in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery. The Customer may permit its affiliates and contractors to use the Software on its behalf.
P:2.3 The Supplier shall deliver the Software together with its installation media, licence keys and user and administrator documentation in Chinese and English.
H:Article 3 Services
P:3.1 The Supplier shall configure the Software for the Customer's grading rules and lot numbering, build interfaces with the Customer's ERP system, weighbridges and laboratory instruments, convert the lot records of the past three seasons, and train the Customer's key users and administrators.
P:3.2 The services shall be performed under a project plan agreed within 15 days after the Effective Date. Go-Live shall take place no later than 120 days after the Effective Date.
P:3.3 The Supplier shall appoint a project manager who speaks Chinese and shall keep the same key staff on the project unless the Customer agrees to a change.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,400,000, consisting of: Software licence fee CNY 980,000; configuration and interfaces CNY 310,000; data conversion CNY 74,000; training CNY 36,000.
P:4.2 The price is fixed and includes all taxes, travel and expenses of the Supplier, and all support during the Warranty Period.
P:4.3 The Customer shall pay: (a) 20% of the total price within 20 days after the Effective Date against the Supplier's invoice and an advance payment guarantee; (b) 45% within 20 days after Go-Live; and (c) 35% within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Supplier's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 consecutive days (the "Trial Run").
P:5.2 The acceptance criteria are: all functions listed in Annex 1 work as specified; converted lot records reconcile with the source records in number of lots and total weight; every interface transfers data without loss for the whole Trial Run; grading results for 200 sample lots match the laboratory results within the tolerances in Annex 1; and no Severity 1 incident remains open at the end of the Trial Run.
P:5.3 Within 10 working days after the end of the Trial Run the parties shall test the criteria together. If they are met, the Customer shall sign a Final Acceptance certificate. If they are not met, the Supplier shall correct the defects at its own cost and the test shall be repeated.
P:5.4 Go-Live, use of the Software in production and payment of any instalment do not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or grading cannot be recorded) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 incidents shall be responded to within 2 hours, and Severity 3 incidents within 1 working day.
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall credit the Customer CNY 1,000, deducted from the next payment due.
P:6.4 After the Warranty Period, the Supplier shall on the Customer's request provide annual support at 9% of the Software licence fee (CNY 88,200 per year). This fee is fixed for the three years following the Warranty Period. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and is licensed under Article 2.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to perform this Agreement and shall not keep copies after the work is done.
P:8.2 The Supplier shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, and every session shall be logged. Customer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China in respect of herder personal information. It shall notify the Customer of any security incident affecting Customer Data within 6 hours, help to contain it, and compensate the Customer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including prices, supplier lists and grading methods, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Supplier's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to personal injury, wilful misconduct, breach of Article 8 or infringement of third-party rights.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 Upon termination the Supplier shall return the part of the price paid for services not performed and hand over all Custom Deliverables completed up to that date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Mongolia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Mongolian International and National Arbitration Center in Ulaanbaatar, in accordance with its arbitration rules. The award is final and binding on both parties.
H:Article 14 Project Governance
P:14.1 Each party shall appoint a project manager. The project managers shall meet every two weeks during the project to review progress, risks and open issues, and the Supplier shall keep minutes and circulate them within three working days. Changes to the scope, plan or price require a written change order signed by both parties.
P:14.2 The Supplier shall maintain professional indemnity insurance and general liability insurance with reputable insurers throughout the project and the Warranty Period, and shall provide certificates on request.
P:14.3 The Supplier's staff working at the Customer's sites shall follow the Customer's safety, hygiene and site access rules, including the biosecurity rules of its purchasing stations, and the Customer may require the replacement of any person who does not.
P:14.4 Neither party shall offer or give any bribe, kickback or other improper benefit to the other party's employees in connection with this Agreement.
H:Article 15 General
P:15.1 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15.2 This Agreement is written in English and Chinese; both versions have equal effect. Annex 1 (Functional Specification and Acceptance Tolerances) and Annex 2 (Project Plan) form part of this Agreement.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# GOBI ROUTE CLOUD — ORDER FORM

**Order Form No.** GRC-OF-2026-031

**Provider:** Gobi Route Cloud LLC, registered in Dalanzadgad, Umnugovi Province, Mongolia

**Customer:** Bayannur Northern Freight Co., Ltd., registered in Bayannur, Inner Mongolia, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

GobiRoute fleet dispatch and border-crossing queue platform, hosted in the Provider's cloud region in mainland China, including: truck dispatch and route planning, real-time vehicle tracking, queue booking at the Ganqimaodu and Ceke crossings, electronic waybills, driver mobile app, and the standard report pack.

### A2. Subscription Term

24 months from the Go-Live Date (the "Subscription Term"), consisting of two Subscription Years. The Subscription Term ends at the end of the second Subscription Year and does not renew automatically. Any further term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Platform subscription, Subscription Year 1 | 1 | 268,000 | 268,000 |
| Platform subscription, Subscription Year 2 | 1 | 268,000 | 268,000 |
| Driver app seats, two Subscription Years | 220 seats x 2 years | 380 per seat per year | 167,200 |
| Onboarding and configuration (one-time) | 1 | 58,800 | 58,800 |
| **Total Fees for the Subscription Term** | | | **762,000** |

All prices include VAT. Additional driver seats may be added during the term at the same unit price, pro rata.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance under A5.
2. Subscription fees and seat fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the days of service provided in that quarter.
3. Invoices are payable within 30 days of receipt by bank transfer in CNY. No advance payment is required under this Order Form.

### A5. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 45 days after signature. Onboarding covers: import of the Customer's fleet of about 160 trucks and 220 drivers, configuration of routes, customers and tariffs, integration with the Customer's ERP and fuel-card systems, and training of dispatchers.
2. Go-Live Acceptance criteria: all imported trucks and drivers are visible with correct data; dispatch, tracking, queue booking and electronic waybill functions pass the test scripts agreed with the Customer; ERP and fuel-card interfaces reconcile for ten consecutive working days; and no Priority 1 incident is open.
3. The Customer shall test within 7 working days after the Provider's notice of readiness and shall sign a Go-Live Acceptance certificate if the criteria are met. The "Go-Live Date" is the date of that certificate. Use of the platform during testing is not acceptance.

### A6. Contacts and Notices

Provider: Customer Success Manager, support@gobiroute.example. Customer: Head of Dispatch, with a copy to the Legal Department. Notices under this Order Form shall be in writing and sent by e-mail and courier. Each party may change its contacts by notice. The parties shall hold a monthly service review during the first three months after the Go-Live Date and a quarterly review afterwards, to discuss usage, incidents, service credits and planned changes.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its updates.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer or generated by the Service from it, including vehicle positions, waybills, driver details and customer records.

1.3 "Customer Configurations" means the routes, tariffs, report layouts and interface mappings created for the Customer during onboarding or the Subscription Term.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with this Order Form.

2.2 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in A1.

2.3 The Customer is responsible for the accuracy of the data it enters and for keeping its user passwords secret.

### 3. Service Levels

3.1 The Provider shall ensure a monthly availability of the Service of at least 99.95%, excluding planned maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Service cannot be used for dispatch or queue booking) shall be responded to within 30 minutes and restored within 6 hours. Priority 2 incidents shall be responded to within 2 hours, and Priority 3 incidents within 1 business day. Support is available in Chinese 24 hours a day for Priority 1 incidents.

3.3 Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point or part of it below the commitment; each late response to a Priority 1 incident earns a further credit of 2% of that month's subscription fee. Credits are deducted from the next invoice.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer under this Order Form and shall not use it for any other purpose.

4.2 At the end of the Subscription Term the Provider shall make all Customer Data available for export in a standard format for 30 days.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information of the other party received in connection with this Order Form, including prices, routes, customer lists and technical information, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties.

5.2 This obligation continues for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider owns the Service and all related software and documentation. The Customer receives a non-exclusive right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them, including after the end of the Subscription Term.

### 7. Subcontracting

The Provider shall not subcontract the performance of the Service or onboarding to any third party without the Customer's prior written consent.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, including loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this section do not apply to personal injury or to wilful misconduct.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for any period after termination.

9.3 Either party may terminate this Order Form with immediate effect if the other party becomes insolvent.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final.

### 11. Customer Responsibilities

11.1 The Customer shall provide the fleet, driver, route and tariff data needed for onboarding in the agreed templates, appoint a project lead, and make its ERP and fuel-card test environments available.

11.2 The Customer shall ensure that its drivers use the mobile app in accordance with the Provider's user guide and applicable road traffic rules.

11.3 The Customer shall inform the Provider promptly of changes to its fleet, crossings or customers that affect the configuration.

### 12. Anti-Bribery

Neither party shall offer, give or accept any bribe, kickback or other improper benefit in connection with this Order Form. A party that breaches this section shall compensate the other party for the resulting loss.

### 13. Assignment and Notices

13.1 Neither party may assign this Order Form without the prior written consent of the other party, except to an affiliate that takes over the relevant business.

13.2 Notices shall be sent to the contacts named in A6. A notice sent by e-mail is received on the next business day, and a notice sent by courier on delivery.

### 14. General

14.1 Neither party is liable for delays caused by force majeure, including border closures ordered by public authorities, if it notifies the other party promptly.

14.2 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN STORAGE MONITORING SENSORS
P:Contract No. HG-PUR-2026-0117 (Buyer's standard form)
P:Buyer: Hulunbuir Golden Grain Storage Co., Ltd., Hailar District, Hulunbuir, Inner Mongolia, People's Republic of China.
P:Supplier: Dundgovi Sensor Works LLC, Mandalgovi, Dundgovi Province, Mongolia.
P:The Buyer operates 24 steel silos and 8 flat warehouses at its Hailar and Yakeshi depots. It wishes to monitor grain temperature, humidity and carbon dioxide continuously in order to detect heating and spoilage early. Following the Buyer's tender, the Supplier has been selected to supply, install and commission the monitoring sensors, gateways and software described below. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensing cables, sensor nodes, gateways and accessories listed in the price table in clause 2.1.
P:1.2 "Software" means the GrainSense monitoring platform licensed under clause 3, including its web console, mobile application and alarm engine.
P:1.3 "Works" means the delivery, installation, configuration, integration and training described in clause 4.
P:1.4 The Supplier shall deliver a complete, working monitoring system for all 32 storage units, ready for Final Acceptance under clause 6.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,630,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multipoint temperature sensing cables|640|1,150|736,000
TB:2|Humidity and CO2 sensor nodes|96|2,600|249,600
TB:3|LoRa gateways with solar power kits|24|6,800|163,200
TB:4|GrainSense platform perpetual licence|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,466,800
TB:5|Installation, configuration and integration|1 lot|142,600|142,600
TB:6|Training|1 lot|20,600|20,600
TB:|Contract Price|||1,630,000
P:2.2 The Contract Price is fixed. It includes VAT, customs duties, transport to both depots, insurance, installation materials and all services during the Warranty Period.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for all of the Buyer's storage units, with unlimited users, on servers at the Buyer's premises.
P:3.2 The Buyer may copy the Software for back-up and disaster recovery, and may let its maintenance contractors use it on the Buyer's behalf.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Hailar and Yakeshi depots within 60 days after signature, DDP (Incoterms 2020), with the Supplier handling export and import clearance.
P:4.2 Installation shall be scheduled when the silos are empty or with the Buyer's grain-handling staff present, and shall be completed within 45 days after delivery.
P:4.3 The Supplier shall integrate the Software with the Buyer's warehouse management system and its ventilation control cabinets so that alarms and ventilation commands can be exchanged automatically.
H:5. Payment
P:5.1 10% of the Contract Price within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 55% of the Contract Price within 20 days after the Installation Certificate. The Installation Certificate only records that the Equipment is installed and is not acceptance.
P:5.3 35% of the Contract Price within 20 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice issued by the Supplier or its appointed agent in China.
H:6. Acceptance
P:6.1 After installation the system shall run for 30 consecutive days (the "Trial Period").
P:6.2 Final Acceptance requires that: every sensing point reports to the Software at the configured interval; reference measurements by the Buyer's calibrated thermometers at 40 sampled points differ from the system readings by no more than 0.5 degrees Celsius; every gateway stays online throughout the Trial Period except for announced maintenance; alarms reach the duty staff by console, SMS and mobile application within 60 seconds; and the interface with the warehouse management system transfers all readings without loss.
P:6.3 If the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days. If not, the Supplier shall correct the defects at its own cost and the test shall be repeated. Delivery, installation, use of the system and payment are not acceptance.
H:7. Warranty and Support
P:7.1 The Warranty Period is 36 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects, and provide updates and support free of charge.
P:7.2 The Software console shall have a monthly availability of at least 99.95%, excluding announced maintenance.
P:7.3 Fault levels and response times are:
TB:Level|Description|Response|On site
TB:Level 1|Monitoring of a whole depot lost, or alarms not delivered|30 minutes|next day
TB:Level 2|One silo or warehouse without readings|2 hours|within 3 days
TB:Level 3|Single sensor or minor software fault|1 working day|at next scheduled visit
P:7.4 For each hour by which a Level 1 response is late the Supplier shall pay CNY 800, and for each 0.01 percentage point by which availability falls short the Supplier shall pay CNY 1,500; these amounts are deducted from payments due or from the performance bond.
P:7.5 After the Warranty Period, the Supplier shall provide annual support on the Buyer's request at 7% of the Equipment and Licence Subtotal (CNY 102,676 per year), fixed for the two years following the Warranty Period. Each year is ordered separately and there is no automatic renewal.
H:8. Intellectual Property
P:8.1 The Software and the firmware of the Equipment remain the property of the Supplier and are licensed under clause 3.
P:8.2 Interface programs, configuration files, silo layout drawings and reports created for the Buyer belong to the Buyer. The Supplier shall hand over their source files, and the Buyer may use, modify and license them freely.
H:9. Data Security
P:9.1 All readings, alarms, logs and other data collected or generated by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The system shall store all data on the Buyer's servers in China. The Supplier shall access it only by remote sessions approved by the Buyer, with individual accounts, and shall not copy data outside the Buyer's systems. The Supplier shall comply with the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within 2 hours, take remedial measures at its own cost, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including storage volumes, depot layouts and prices, and shall not disclose it without prior written consent, for five years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under clause 11.1 reach their maximum. The Supplier shall then refund the amounts paid for undelivered Equipment and unperformed Works.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.
H:15. Project Management
P:15.1 Each party shall appoint a project manager. The Supplier shall submit a detailed delivery and installation schedule within 10 days after signature and weekly progress reports until Final Acceptance.
P:15.2 The Supplier's staff at the depots shall follow the Buyer's grain safety, fumigation, fire and work-at-height rules, and shall not enter silos without the Buyer's permit and a safety observer.
H:16. Insurance
P:The Supplier shall insure the Equipment until delivery at the depots and shall maintain third-party liability and work injury insurance for its personnel throughout the Works.
H:17. Documentation and Training
P:17.1 The Supplier shall deliver, in Chinese, installation drawings for each storage unit, user and administrator manuals, calibration records for every sensor batch and the test reports of the Trial Period.
P:17.2 The Supplier shall train at least 20 of the Buyer's warehouse keepers and IT staff in the use of the console and mobile application, alarm handling, basic fault finding and replacement of sensor nodes. The training ends with a practical test.
P:17.3 Neither party shall offer or give any bribe, kickback or other improper benefit in connection with this Contract.
H:18. General
P:18.1 The Supplier shall provide a performance bond of 5% of the Contract Price, valid until Final Acceptance.
P:18.2 This Contract is made in English and Chinese, both versions having equal effect. The tender documents and the Supplier's bid form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** ARK-MS-2026-02

**Between**

**Khangai Managed Services LLC**, a company registered in Tsetserleg, Arkhangai Province, Mongolia (the "Provider"); and

**Hulun Pasture Dairy Co., Ltd.**, a company registered in Hulunbuir, Inner Mongolia, People's Republic of China (the "Customer").

**Background.** The Customer runs 14 dairy farms, two processing plants and a head office. It wishes to outsource its IT service desk, endpoint management and network monitoring to the Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 3.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its farms that the Provider accesses, stores or processes in performing the Services.

## Section 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services for all Customer sites listed in Schedule 1, to the service levels in Schedule 2.

2.2 The Provider shall deliver the Services remotely from its operations centre, with on-site engineers stationed in Hailar and dispatched to other sites as needed.

2.3 The Provider shall use ITIL-based processes and shall give the Customer read access to its ticketing system.

## Section 3. Transition

3.1 The Provider shall complete the transition of the Services within 60 days after signature. Transition includes discovery and inventory of about 1,150 endpoints and 210 network devices, deployment of the Provider's monitoring and endpoint management agents, knowledge transfer from the current supplier, and setting up the service desk with Chinese-speaking agents.

3.2 Transition acceptance criteria: at least 98% of the inventoried endpoints report to the endpoint management console; all network devices in Schedule 1 are monitored with alerts routed to the service desk; the service desk has handled live tickets for 10 working days in parallel with the current supplier; and the runbooks listed in Schedule 1 have been approved by the Customer.

3.3 The Customer shall verify the criteria within 5 working days after the Provider's notice of readiness and sign the transition acceptance certificate if they are met.

3.4 If the transition is not completed within the period in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total charges for the Initial Term are CNY 2,156,000.

4.2 The one-time transition charge is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears.

4.3 The Customer shall pay each correct invoice within 30 days of receipt. No advance payment is due.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If the Provider misses a service level, the Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not exclude other remedies.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data in the People's Republic of China, protect it with access control, encryption and multi-factor authentication for administrator accounts, log all administrator actions, and comply with the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 2 hours after becoming aware of it, take all reasonable measures to contain it, and compensate the Customer for losses caused by its breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including system configurations, passwords, herd and milk-quality data and prices, and shall use it only for this Agreement.

7.2 This Section continues to apply for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 The Provider's tools, agents and know-how remain the Provider's property. The Customer may use them during the term of this Agreement.

8.2 Runbooks, scripts, configuration baselines and documentation prepared for the Customer belong to the Customer, which may use and modify them and let any other supplier use them.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and shall replace any staff member on the Customer's reasonable request.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts of any approved subcontractor.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term.

10.2 This limit does not apply to personal injury, wilful misconduct or breach of Sections 6 and 7.

## Section 11. Term, Renewal and Termination

11.1 This Agreement takes effect on signature and continues for the Initial Term.

11.2 At the end of the Initial Term this Agreement renews automatically for successive periods of 24 months unless either party gives written notice of non-renewal at least 90 days before the end of the current term. For each renewal period the Provider may increase the monthly service charge by written notice given at least 60 days before the renewal date.

11.3 The Initial Term is a committed term. This Agreement may be ended before the end of the current term only by the written agreement of both parties, or by either party if a force majeure event prevents performance for more than 90 consecutive days.

11.4 On expiry or termination the Provider shall give reasonable exit assistance for up to 60 days and return all Customer Data and documentation.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## Section 13. Governance

13.1 The parties shall hold a monthly operational review and a quarterly service review. The Provider shall present service level results, major incidents, problem records and improvement proposals.

13.2 The Provider shall propose a continual improvement plan every six months, covering patch compliance, recurring incidents and endpoint refresh recommendations.

## Section 14. Customer Responsibilities

14.1 The Customer shall provide remote access, site access at the farms with biosecurity induction, and the names of key users and approvers.

14.2 The Customer remains responsible for buying hardware and software licences, unless the parties agree otherwise in a change order.

## Section 15. Compliance

15.1 Each party shall comply with anti-bribery laws and shall not offer or give any improper benefit in connection with this Agreement.

15.2 The Provider shall maintain liability insurance appropriate to the Services throughout the term.

## Section 16. General

16.1 Neither party is liable for delay caused by force majeure if it notifies the other party promptly.

16.2 Schedules 1 to 3 form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

## Schedule 1 — Scope of Services

| Service | Description | Sites |
|---|---|---|
| Service desk | Chinese-speaking first-line support by phone, chat and portal, 7 days a week | All sites |
| Endpoint management | Patching, antivirus, software distribution and asset records for about 1,150 endpoints | All sites |
| Network monitoring | Monitoring of routers, switches, wireless controllers and firewalls, incident handling with carriers | 14 farms, 2 plants, head office |
| On-site support | Engineer visits for hardware faults, moves and new starters | Hailar base, others by dispatch |
| Reporting | Monthly service report and quarterly service review | Head office |

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response | Restore | Credit for each miss |
|---|---|---|---|---|
| P1 | Milking parlour or plant network down, or site-wide outage | 15 minutes | 6 hours | 3% of monthly charge |
| P2 | Single farm office or key system degraded | 1 hour | 1 business day | 1% of monthly charge |
| P3 | Single user issue | 2 business hours | 3 business days | none |
| Network availability | Monthly availability of monitored core network | at least 99.95% | — | 2% of monthly charge for each 0.02 point short |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | After transition acceptance | 86,000 |
| Monthly service charge | 57,500 per month x 36 months, monthly in arrears | 2,070,000 |
| **Total for the Initial Term** | | **2,156,000** |

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________
"""

SRC["e05"] = """PASTURE AND WEATHER RISK DATA SUBSCRIPTION AGREEMENT

Agreement No. BKH-DATA-2026-011

PARTIES

1.1 Altai Steppe Analytics LLC, a company registered in Bayankhongor, Bayankhongor Province, Mongolia (the "Provider").

1.2 Beijing Harvest Mutual Agricultural Insurance Co., Ltd., a company registered in Beijing, People's Republic of China (the "Customer").

1.3 The Customer underwrites livestock and pasture insurance in Inner Mongolia, Gansu and Xinjiang. It wishes to use the Provider's satellite-derived pasture biomass, snow cover and weather risk data to price policies and to assess claims after drought and snow disasters.

DEFINITIONS

2.1 "Data Service" means the Provider's PastureRisk data products delivered through the API and the web portal, as described in the Data Schedule.

2.2 "API" means the Provider's application programming interface through which the Customer's systems retrieve the data.

2.3 "Subscription Year" means each of two consecutive annual periods, the first beginning on the Start Date and the second on the first anniversary of the Start Date. The "Subscription Term" consists of two Subscription Years.

2.4 "Start Date" means the date on which the Customer's API keys are activated for production use.

2.5 "Customer Inputs" means all data the Customer submits to the Data Service, including policy locations, field boundaries, herd sizes and claim records, and all results computed from them for the Customer.

DATA SERVICE AND SCOPE

3.1 During the Subscription Term the Customer may retrieve, through the API and the portal: ten-day pasture biomass indices at 250-metre resolution; daily snow cover and snow depth estimates; daily weather observations and seven-day forecasts; and drought and snow disaster risk indices, for the counties listed in the Data Schedule.

3.2 The Customer may make up to 3 million API calls per Subscription Year. Calls above that volume are charged at the overage rate in the Data Schedule.

3.3 The Customer may store retrieved data in its own systems and use it for underwriting, claims, reinsurance and regulatory reporting. The Customer shall not resell the data as a data product.

ONBOARDING AND ARCHIVE

4.1 Within 40 days after signature, the Provider shall deliver the historical archive (pasture, snow and weather data from 2006 onwards for the listed counties), set up the Customer's API keys and portal accounts, compute the Customer-specific risk indices for its current policy portfolio, and train the Customer's actuarial and claims staff.

4.2 Onboarding acceptance criteria: the archive is complete for every listed county and period, checked by file counts and checksums; the API returns correct data for the 50 test queries agreed with the Customer; response times of API calls during a five-day test stay within the limits in the Data Schedule; and the Customer-specific indices reproduce the back-test results for the seasons selected by the Customer.

4.3 The Customer shall test within 10 working days after the Provider's notice and shall confirm acceptance in writing if the criteria are met. Use of trial keys is not acceptance.

4.4 If the archive is delivered late for reasons attributable to the Provider, the Provider shall pay 0.1% of the total fees for each day of delay, up to 5% of the total fees.

FEES AND PAYMENT

5.1 The fees for the Subscription Term are: Subscription Year 1 fee CNY 336,000; Subscription Year 2 fee CNY 336,000; one-time onboarding and historical archive fee CNY 88,000. The total fees are CNY 760,000, excluding any overage.

5.2 The Provider shall invoice the Subscription Year 1 fee and the onboarding and archive fee on signature. The Customer shall pay both within 15 days after receipt of the invoice and before the Provider starts onboarding.

5.3 The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and payable within 30 days.

5.4 All fees include VAT and are paid in CNY to the Provider's account in China.

SERVICE LEVELS

6.1 The API shall have a monthly availability of at least 99.95%, excluding planned maintenance announced 72 hours in advance.

6.2 The Provider shall respond to Priority 1 incidents (the API or portal is unavailable, or the daily data update has failed) within 1 hour, and to other incidents within 1 business day.

6.3 Data updates shall be published no later than 10:00 Beijing time on the day after the observation date.

6.4 If the Provider does not meet a service level, its only obligation is to use reasonable efforts to restore the Data Service as soon as practicable. No service credits, fee reductions or other compensation apply to service level failures.

CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the Data Service to the Customer and shall not use them for any other purpose, including its own products or models.

7.2 Customer Inputs shall be stored only on servers in mainland China, encrypted in transit and at rest, and accessed only by named Provider staff under individual accounts with multi-factor authentication. Access shall be logged and the logs kept for the Subscription Term.

7.3 The Provider shall notify the Customer of any security incident involving Customer Inputs within 6 hours, take remedial measures, and compensate the Customer for losses caused by its breach of this clause. At the end of the Subscription Term the Provider shall return and then delete all Customer Inputs.

CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's portfolio, pricing and claims information and the Provider's models and methods, and shall disclose it only to staff and advisers who need to know it.

8.2 This clause continues for five years after the end of the Subscription Term.

INTELLECTUAL PROPERTY

9.1 The Provider owns the Data Service, its data products, models and software. The Customer receives a non-exclusive licence to use the retrieved data as set out in clause 3.3, which survives the end of this Agreement for data retrieved during the Subscription Term.

9.2 The Customer-specific risk indices, county mappings and reports prepared for the Customer belong to the Customer, which may use, modify and license them freely.

SUBCONTRACTING

10.1 The Provider may engage subcontractors for hosting, data processing and satellite data supply. It shall inform the Customer in writing of each subcontractor before the subcontractor starts work and remains responsible for the work of its subcontractors.

LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 The Provider's total liability under this Agreement is limited to 200% of the total fees, except for personal injury, wilful misconduct and breach of clauses 7 and 8.

TERM AND TERMINATION

12.1 This Agreement takes effect on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice. The Provider shall then refund the fees paid for the period after termination.

12.3 The Provider may suspend API access if an undisputed invoice remains unpaid 30 days after a written reminder.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

PROJECT CONTACTS AND REVIEWS

14.1 Each party shall name a relationship manager. The parties shall meet quarterly to review data quality, usage, incidents and planned product changes, and the Provider shall report on the accuracy of its indices against ground observations after each grazing season.

14.2 The Provider shall give at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous API version available during that period.

14.3 The Provider shall publish release notes for each new version of its indices, describing changes in sources, methods and resolution, and shall provide a comparison with the previous version for the counties in the Data Schedule on request.

CUSTOMER RESPONSIBILITIES

15.1 The Customer shall keep its API keys secure, use the Data Service only through its own systems and authorised users, and tell the Provider promptly if it suspects that a key has been misused.

15.2 The Customer shall supply policy locations and field boundaries in the formats described in the Data Schedule.

15.3 The Customer is responsible for its own underwriting and claims decisions made with the data.

NOTICES

16.1 Notices shall be in writing and sent by e-mail and courier to the addresses in the Data Schedule. A notice sent by e-mail is received on the next business day.

ANTI-BRIBERY

17.1 Neither party shall offer, give or accept any bribe, kickback or other improper benefit in connection with this Agreement, and each party shall keep accurate records of its payments under it.

GENERAL

18.1 Neither party is liable for failure caused by force majeure, including satellite failure outside the Provider's control, if it notifies the other party promptly.

18.2 The Data Schedule forms part of this Agreement. This Agreement is made in English and Chinese; both versions have equal effect.

SIGNATURES

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________
"""

NAMES = {
    "z01": "h686z01_grassland_station_ecology_monitoring_platform.pdf",
    "z02": "h686z02_erhu_factory_carving_line_control_retrofit.docx",
    "z03": "h686z03_taekwondo_chain_booking_saas.txt",
    "z04": "h686z04_lake_bureau_water_quality_monitoring_om.txt",
    "z05": "h686z05_tent_factory_tracking_software_supplier_template.md",
    "e01": "h686e01_cashmere_traceability_licence_ulaangom_vendor.pdf",
    "e02": "h686e02_fleet_dispatch_saas_order_form_dalanzadgad_vendor.md",
    "e03": "h686e03_grain_silo_sensors_monitoring_licence_mandalgovi_vendor.docx",
    "e04": "h686e04_dairy_managed_it_services_tsetserleg_vendor.md",
    "e05": "h686e05_pasture_weather_data_api_bayankhongor_vendor.txt",
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, capped, deemed, value, fee_base, forum_outside, design)
D = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
            T, T, T, F, 2040000, 1160000, F, []),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, F, 0.02, 150, 20, T, T, 18, 9, F, T, T, "PRC", G],
            T, T, T, F, 1860000, 1642000, F, ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 0.08, 200, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 720000, N, F, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [N, N, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
            F, T, N, F, 648000, N, F, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z05": ("software", [N, 24, F, "supplier", T, T, T, 0.03, N, 55, F, F, 6, 24, F, T, N, N, G],
            T, T, T, T, 1020000, 760000, F,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 9, F, T, F, "Mongolia", G],
            T, T, T, F, 1400000, 980000, T, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", F, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            T, F, N, F, 762000, N, F, ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
            T, T, T, F, 1630000, 1466800, F, []),
    "e04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 1800 / 2156000 * 100, 150, N, T, N, N, N, T, F, F, "PRC", S],
            T, T, N, F, 2156000, N, F, ["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
    "e05": ("cloud", [99.95, 1, F, "buyer", T, T, T, 0.1, 200, (336000 + 88000) / 760000 * 100, T, N, N, N, F, T, T, "PRC", S],
            T, T, N, F, 760000, N, F, ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; share of fees."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, x, value, base, forum_outside):
    """my reading of policy §3"""
    r, goods = set(), t["contract_kind"] == G
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
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco(t, x, value, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


# threshold figures of policy §3 (99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %)
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.9(?![\d])", NUM + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"four\s*hours?", r"(?<![十二三五六七八九])四个?小时",
    NUM + r"0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    NUM + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一百|百)(?![零一二三四五六七八九十])",
    NUM + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)", r"twelve\s*(?:-\s*)?months?", r"十二个月",
    NUM + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    NUM + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "100 %", "30%", "百分之三十",
            "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "within 4 h",
            "4hours", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "48 hours", "0.056", "10.05%", "1,100%", "2100%", "130%", "0.30",
             "12 hours", "2012年", "112 months", "115%", "140%", "0.08%", "万分之八", "45%", "25%", "5%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


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
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    built = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".docx", ".pdf"))}
    write(SRC, built, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in built:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    covered, report = set(), []
    for k, name in NAMES.items():
        cat, vals, sla, lds, capped, deemed, value, base, outside, design = D[k]
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules, share = derive(t, x, value, base, outside)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        text = readback(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            assert not hits(variant), (k, hits(variant))
        zh = k.startswith("z")
        n = len(re.sub(r"\s", "", text)) if zh else len(text.split())
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        report.append((name, n, rules, risk(rules), share))
        label = {"file": name, "language": "zh" if zh else "en", "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    for name, n, rules, rk, share in report:
        print(f"{name}: {n} {'chars' if name[4] == 'z' else 'words'}; {rk}; {rules}"
              + ("" if share is None else f"; TCO share {share:.1f} %"))
    bad = [(name, n) for name, n, *_ in report
           if not ((2750 <= n <= 3000) if name[4] == "z" else (1450 <= n <= 1650))]
    assert not bad, ("length", bad)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    comp = [name for name, n, rules, *_ in report if not rules]
    assert len(comp) == 2 and {c[4] for c in comp} == {"z", "e"}, comp
    print("all checks passed")


if __name__ == "__main__":
    main()
