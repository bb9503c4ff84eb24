"""holdout1080: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). .txt/.md are written as they are; .docx/.pdf go
through ../word_pdf.py (PDF lines broken at word boundaries). Labels: one-space indent, no trailing newline. Checks:
price sums, text lengths as read back, no threshold value in a label or a text, rules derived from the labels (my
reading of policy section 3) equal to the design list, and all 20 CR rules covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}  # key -> source text (markup for docx/pdf)

S["h1080z01"] = """T:历史建筑保护管理平台采购合同
P:合同编号：JSJ-ZFCG-2027-0318
P:采购项目名称：历史建筑保护管理平台建设项目（政府采购，公开招标）
P:甲方（采购人）：临澧市住房和城乡建设局
P:乙方（供应商）：南浔古韵数字科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方就历史建筑保护管理平台的软件许可、定制开发及实施服务达成如下条款。本合同使用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供历史建筑保护管理平台软件（以下简称“平台”）的永久使用许可，部署于甲方政务云，并承担定制开发、部署实施、数据迁移及培训工作。
P:1.2 定制开发内容包括：历史建筑“一栋一档”档案模块；三维激光扫描及测绘成果的对接与浏览；日常巡查移动端（含隐患上报与整改闭环）；修缮审批流程；与市自然资源和规划局“多规合一”平台、市城市运行管理中心的数据接口。
P:1.3 本项目共涉及已公布历史建筑四百一十六处，乙方应完成全部既有纸质及电子档案的整理入库，并按甲方提供的分类标准建立档案目录。
P:1.4 平台应兼容国产操作系统、数据库及中间件，并满足政务云安全管理要求。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零贰万陆仟元整（¥2,026,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及质保期内的全部服务费用。
P:2.2 分项价格：平台软件永久许可费¥1,160,000；定制开发费¥742,000；部署实施及数据迁移费¥88,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥405,200。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥911,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥709,100。
P:3.4 乙方应在每次付款前开具等额增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约，但甲方应及时书面告知乙方。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成平台部署及定制开发，一百二十日内完成数据迁移及初步验收。
P:4.2 乙方应在进场后十日内提交实施方案，经甲方确认后执行。实施过程中的需求变更应以书面形式确认，涉及费用调整的，按投标报价中的人天单价另行计算，但累计变更金额不得超过合同总价的百分之十。
P:4.3 乙方应指派具有中级以上职称的项目经理一名、开发工程师不少于六名驻场实施，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 乙方应为甲方业务人员、区县住建部门及街道巡查人员提供不少于六场集中培训，并提供操作手册及视频教程。
H:第五条 验收
P:5.1 初步验收条件：定制开发功能全部实现并符合招标文件技术要求；四百一十六处历史建筑档案全部入库，甲方抽查不少于两成档案，数据差错率不高于千分之二；与两个外部平台的数据接口连续七日运行无错误；平台在二百名用户并发时页面响应时间不超过三秒。
P:5.2 最终验收条件：初步验收后平台试运行满六十日，期间未发生一级故障；乙方已提交源代码、接口文档、运维手册；平台已通过第三方网络安全等级保护二级测评。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以双方签署的验收报告为准。平台上线试运行、甲方使用平台或支付任何款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日通知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据丢失）乙方应在三十分钟内响应，两小时内到场；二级故障（主要功能不可用）一小时内响应；三级故障（一般问题）八小时内响应。
P:6.3 乙方响应或修复超时的，每超时一小时扣减服务费¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000，从质保金或下一期款项中扣除。
H:第七条 质量保证及维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥92,800），该价格在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
P:7.3 质保期内平台所依赖的操作系统、数据库出现安全漏洞的，乙方应在甲方通知后五个工作日内完成适配和补丁验证，不另收费用。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的历史建筑档案、测绘成果、巡查记录及其他业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应落实数据安全保护措施：访问权限最小化，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方商业秘密及工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，亦不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:13.3 合同解除的，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及全部业务数据，并配合甲方完成系统交接；已支付但未履行部分的款项，乙方应予退还。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 任何一方因不可抗力不能履行合同的，应在三日内书面通知对方并提供证明，双方协商延长履行期限或变更合同内容。
P:15.2 双方的通知以书面形式送达本合同首页所列地址，变更地址的应提前五个工作日书面告知对方。
P:15.3 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临澧市住房和城乡建设局    乙方（盖章）：南浔古韵数字科技有限公司
P:签订日期：2027年3月18日
"""

S["h1080z02"] = """T:生产线控制系统改造合同
P:合同编号：QJ-SB-2027-046
P:甲方（买方）：嘉兴清洁家电有限公司（电动蒸汽拖把制造）
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:鉴于甲方拟对其电动蒸汽拖把总装车间的六条生产线实施控制系统改造，双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条总装生产线（含注塑件上料、蒸汽发生器装配、密封检测、整机老化、包装）的控制系统改造，包括可编程控制柜、伺服驱动及传感器、人机界面的供货、安装和调试，以及线控软件的许可和定制控制程序的开发。
P:1.2 改造后每条生产线节拍不低于每分钟四台，整机密封检测漏检率不高于万分之一，换型时间由现行九十分钟缩短至三十五分钟以内。
P:1.3 改造须分批停线实施，每次停线不超过两条生产线、连续停线不超过五日，具体停线计划由双方书面确认。
P:1.4 原有输送线体、工装夹具及气动元件由甲方保留并继续使用，乙方应对其与新控制系统的接口进行适配；拆除的旧控制柜归甲方所有，由乙方整理后移交甲方仓库。
P:1.5 线控软件应与甲方现有制造执行系统及仓储系统对接，实现工单下发、产量回传和质量追溯，接口规范由甲方提供。
H:第二条 价格
P:2.1 合同总价为人民币贰佰叁拾壹万元整（¥2,310,000），含设备、软件、安装调试、程序开发、培训、运输、保险及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制柜（含PLC及安全继电器）|6套|168,000|1,008,000
TB:2|伺服驱动、伺服电机及检测传感器|6套|81,000|486,000
TB:3|工业触摸屏人机界面|18台|9,500|171,000
TB:4|线控及数据采集软件许可（永久）|1套|295,000|295,000
TB:|软硬件小计|||1,960,000
TB:5|安装调试|1项|186,000|186,000
TB:6|定制控制程序开发|1项|142,000|142,000
TB:7|操作及维护培训|1项|22,000|22,000
TB:|合计|||2,310,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款（¥462,000）。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%（¥1,039,500）。到货签收及安装调试完成不视为验收合格。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%（¥808,500）。
P:3.4 乙方应在甲方每次付款前开具合法有效的增值税专用发票。乙方提交的发票不合格的，甲方付款期限相应顺延。
P:3.5 质保期满后的年度维保费按季度支付，每季度末经甲方确认当季服务记录后支付。
H:第四条 交货及进度
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，一百一十日内完成六条生产线的改造调试。
P:4.2 乙方每周向甲方提交施工进度报告，停线改造期间应安排工程师全天值守。
P:4.3 乙方施工人员应遵守甲方厂区安全生产、动火作业及防静电管理规定，进场前接受甲方安全培训；因乙方施工原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在改造前完成原有控制程序及参数的备份，并向甲方提交回退方案；任一生产线改造失败的，乙方应在八小时内恢复原系统运行。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十日，节拍、密封检测漏检率、换型时间均达到第1.2条指标，且未发生因控制系统导致的停线，该线方可通过单线验收。
P:5.2 六条生产线均通过单线验收，且乙方已提交电气图纸、控制程序源代码、参数清单及操作维护手册后，甲方组织最终验收，并签署最终验收报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，并免费提供软件缺陷修复。
P:6.2 一级故障（整线停机）乙方应在三十分钟内远程响应，三小时内到达现场；二级故障（单工位停机）两小时内响应，次日到场；三级故障在下一个工作日内处理。
P:6.3 乙方响应或到场超时的，每超时一小时，甲方可扣减¥800，从质保金或维保费中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含备件、定期巡检、软件升级及远程支持），年度维保费按软硬件小计的26%计取，即每年¥509,600，质保期满后三年内不作调整。
P:6.5 乙方应在甲方厂区设立备件库，常备控制器、伺服驱动器、触摸屏及传感器等关键备件，备件清单作为本合同附件。乙方应保证改造所用设备为原厂全新产品，并提供原厂合格证明。
P:6.6 乙方应为甲方设备、工艺及维修人员提供不少于四期的操作和维护培训，培训后甲方人员应能独立完成常见故障排查和程序参数调整。
H:第七条 知识产权
P:7.1 线控及数据采集软件的知识产权归乙方所有，甲方获得永久使用许可。
P:7.2 为本项目定制开发的控制程序、组态画面、参数配置及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数及产品检测数据属于甲方所有，乙方仅可为履行本合同使用。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的工控安全网关接入，不得擅自拷贝生产数据；发生数据泄露或篡改的，乙方应在两小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
P:8.3 乙方接入甲方网络的调试电脑应安装甲方认可的防病毒软件，调试结束后乙方应删除设备中留存的甲方数据并书面确认。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工艺、配方、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成生产线停线超过约定期限的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方交付的设备或程序不符合约定，经两次整改仍未通过单线验收的，甲方有权要求更换或退货。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方如需将电气安装施工分包，应事先取得甲方书面同意，并对分包方的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失；甲方亦可自行或委托第三方完成剩余改造工作，由此增加的合理费用由乙方承担。
P:12.2 因不可抗力导致合同无法继续履行的，双方可协商解除合同，已完成部分按实际完成量结算。
P:12.3 合同解除后，乙方应在十日内向甲方移交已完成的控制程序、图纸及全部技术资料，并配合甲方恢复生产。
H:第十三条 法律适用及争议
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 附件（设备技术规格书、停线计划、备件清单、验收细则）为本合同不可分割的组成部分，与正文具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                 乙方（盖章）：
"""

S["h1080z03"] = """门店预约及会员管理系统（SaaS）服务合同

合同编号：DYX-IT-2027-012
甲方（客户）：成都低音线音乐培训连锁有限公司
乙方（服务商）：杭州课栈云科技有限公司

甲方经营贝斯培训门店三十五家，拟使用乙方的门店预约及会员管理系统（以下简称“系统”）。双方经友好协商，就系统订阅服务及实施服务订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方提供系统的使用权，覆盖甲方三十五家门店，功能包括课程排期与学员预约、教室及琴房管理、会员卡与课时包、线上支付与退费、教师课酬结算、家长端小程序及经营报表。
2. 订阅服务期为两个服务年度：第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
3. 服务期内乙方负责系统的运行、维护、备份和版本升级，新增功能随版本向甲方开放，不另收费。版本升级涉及门店操作流程变化的，乙方应提前七日通知甲方并提供培训材料。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的组织架构及课程体系搭建、甲方现有会员及课时余额数据的迁移、小程序品牌页面定制及与甲方财务软件的接口开发。
2. 乙方为甲方门店店长、前台及教师提供分批线上及现场培训，并提供操作手册和常见问题视频，培训覆盖全部三十五家门店。

（三）客户支持
1. 乙方为甲方指派专属客户成功经理一名，负责需求对接、季度服务回顾及版本升级说明。
2. 乙方提供七乘十二小时在线客服及电话支持（每日八点至二十点），一级故障不受时段限制。
3. 乙方每季度向甲方提交服务报告，内容包括可用率、故障处理、工单统计及改进建议。

二、费用及支付
（一）服务费用
1. 订阅费：每家门店每个服务年度人民币8,800元，三十五家门店每个服务年度合计308,000元，两个服务年度合计616,000元。
2. 实施费：64,000元；培训费：12,000元。
3. 合同总价为人民币692,000元（含税）。服务期内甲方新增门店的，按每家门店每个服务年度8,800元按月折算。
（二）支付方式
1. 实施费和培训费在系统上线验收合格后十五个工作日内一次性支付。
2. 第一个服务年度的订阅费在上线验收合格后十五个工作日内支付；第二个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 本合同不设预付款。乙方应在收款前开具增值税专用发票。

三、实施与上线验收
（一）乙方应在合同生效后四十五日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：
1. 三十五家门店的预约、签到、消课、退费流程全部跑通；
2. 会员及课时余额数据迁移后与甲方原系统逐条核对一致；
3. 财务接口连续十日对账无差异；
4. 高峰时段三百名用户同时预约时，页面响应时间不超过两秒。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格后双方签署上线验收单。系统试用或门店开始使用，不视为验收合格。

（四）甲方应指定项目联系人，按乙方实施计划提供门店资料、课程价格体系及原系统数据导出文件，并组织门店人员参加培训。因甲方原因导致实施延误的，实施期限相应顺延。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在夜间十一点至次日六点之间并提前两日通知甲方。
（二）故障分级：一级故障（系统无法登录或无法预约、支付）乙方应在三十分钟内响应，两小时内恢复；二级故障（部分功能异常）两小时内响应，当日解决；三级故障（咨询及一般问题）一个工作日内答复。
（三）月度可用率未达约定值的，每低于0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，单月抵扣不超过当月订阅费的五成；一级故障响应超时的，每次抵扣1,000元。抵扣在下一笔应付订阅费中扣除。

五、数据及安全
（一）甲方及其学员、家长、教师在系统中产生的全部数据（包括会员信息、预约记录、支付及课酬数据）归甲方所有。乙方仅可为提供本合同约定的服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制和操作日志审计等措施，系统应通过网络安全等级保护二级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）系统涉及学员（含未成年人）及家长的个人信息，乙方应遵守《个人信息保护法》的规定，仅在甲方授权范围内处理，并配合甲方响应个人信息主体的查询、更正和删除请求。
（五）乙方每日对系统数据进行备份，备份数据保留不少于三十日，数据恢复点目标不超过一小时。
（六）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。

六、保密
双方对履行本合同中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

七、知识产权
（一）系统本身的知识产权归乙方所有。
（二）乙方为甲方定制的小程序品牌页面、财务接口程序及相关文档的知识产权归甲方所有，甲方有权自行使用、修改或交由第三方使用。

八、违约责任
（一）乙方未能按第三条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第五条造成的损失不受此限。
（三）乙方违反第五条约定的，除承担赔偿责任外，甲方有权暂停支付未付款项直至乙方完成整改。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

九、续订
订阅服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度。续订时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方在续订前以邮件方式通知甲方即可。

十、分包及合同解除
（一）乙方不得将本合同项下的服务转包；未经甲方书面同意，不得将任何部分分包给第三方。
（二）乙方严重违约，或连续两个月月度可用率未达约定值，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。

（三）因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，受影响期间的履行义务相应中止；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
（四）合同因任何原因终止的，乙方应提供不少于三十日的过渡期服务，协助甲方将数据迁移至新系统，过渡期内按原标准提供服务。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十二、其他
双方的通知应以书面或本合同载明的电子邮箱发送，邮件发出之日视为送达。本合同附件（功能清单、门店清单、实施计划）为本合同组成部分。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都低音线音乐培训连锁有限公司
乙方（盖章）：杭州课栈云科技有限公司
日期：2027年4月8日
"""

S["h1080z04"] = """燃气泄漏报警系统年度运维服务合同

项目名称：城区燃气泄漏报警系统2027年度运维服务（竞争性磋商）
项目编号：ZCCS-RQB-2027-009
甲方：宁陵县城镇燃气安全管理办公室
乙方：商丘安燃智能技术服务有限公司

依据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就城区燃气泄漏报警系统的年度运维服务订立本合同。

第一条 服务对象及范围
1.1 服务对象为甲方建设的城区燃气泄漏报警系统，包括：餐饮场所、学校食堂及老旧小区安装的可燃气体探测报警点位一千二百六十个；紧急切断阀四百一十二套；物联网通信模块及网关；燃气安全监测预警平台（部署于县政务云）。
1.2 服务内容包括：探测器季度巡检与年度标定；切断阀联动测试；故障设备维修更换；平台日常运维、数据备份与安全加固；全天候报警值守及应急处置配合；用户安全用气宣传材料的发放。
1.3 服务期限自2027年1月1日起至2027年12月31日止。服务期满本合同终止；甲方如需继续采购，依法另行组织采购程序。

第二条 服务费用
2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：探测点位巡检维护费¥298,000；平台运维费¥96,000；备品备件费¥68,000；应急值守费¥24,000。
2.2 上述价格为固定总价，已包含人工、交通、检测仪器、备品备件及税费。服务期内新增报警点位的，按每个点位每月¥19.7的标准按实际月数结算。

2.3 备品备件费按实际使用结算，乙方应在每季度运维报告中列明更换设备的型号、数量、位置及单价，未使用部分在最后一个季度的服务费中扣回；更换下来的旧设备由乙方登记后交甲方统一处置。

第三条 付款方式
3.1 服务费按季度支付。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费（合同总价的四分之一），考核扣减的金额从当季服务费中扣除。
3.2 本合同不设预付款。乙方应在每次付款前开具合法发票。

第四条 服务要求
4.1 乙方应在2027年1月1日前完成服务接管，接管内容包括：点位台账核对、平台账号及运维权限移交、备品备件入库，并向甲方提交服务接管报告。
4.2 乙方应组建不少于八人的运维团队，其中平台运维工程师二人，项目负责人须具有燃气或安全工程相关专业中级以上职称。团队人员名单报甲方备案，更换主要人员应经甲方同意。
4.3 探测器巡检每季度至少一次，覆盖率应达到全部点位；年度标定在第三季度完成，标定记录上传平台存档。
4.4 乙方应每日检查平台点位在线状态，离线点位应在两个工作日内恢复或更换，并在平台记录离线原因。

4.5 乙方应在每季度巡检时向用户发放安全用气宣传材料，指导用户正确使用报警器及切断阀，并记录用户签收情况；发现用户私接燃气管道、报警器被遮挡或拆除等隐患的，应在当日报告甲方。
4.6 乙方人员在用户场所作业时应佩戴工作证件，遵守安全作业规范，不得向用户收取任何费用或推销产品；因乙方作业造成用户财产损失的，由乙方负责赔偿。
4.7 乙方应于每月五日前向甲方提交上月运维月报，内容包括巡检完成情况、报警及故障处置统计、备件消耗和隐患整改建议。

第五条 故障与报警处置
5.1 一级事件（报警点位发出泄漏报警、切断阀联动失败或平台中断）乙方应在十五分钟内响应，一小时内到达现场，配合燃气企业和用户完成处置。
5.2 二级事件（单个探测器或通信模块故障）乙方应在两小时内响应，两个工作日内修复。
5.3 三级事件（一般咨询及数据查询）一个工作日内答复。
5.4 乙方每次报警处置完成后应在平台填写处置记录，附现场照片。
5.5 春节、国庆等重大节日及极端天气期间，乙方应增派值守人员，并按甲方要求参加燃气安全专项检查和应急演练。

第六条 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括巡检覆盖率、离线点位恢复、事件响应及到场时间、处置记录完整性和用户投诉情况，考核细则见附件。
6.2 一级事件响应超时的，每次扣减服务费¥2,000；到场超时的，每次扣减¥3,000；离线点位超过两个工作日未恢复的，每个点位每日扣减¥50。
6.3 服务期满后，甲方依据全年四个季度考核结果、巡检及标定记录、设备台账和运维报告组织年度验收，四个季度考核均合格且全部记录完整的，年度验收合格。

6.4 年度验收不合格的，乙方应在三十日内完成整改；整改后仍不合格的，甲方有权扣减最后一个季度服务费的一半，并将乙方履约情况记入供应商履约评价。

第七条 数据安全
7.1 报警数据、点位信息、用户信息及平台运行日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他用途或向任何第三方提供。
7.2 乙方运维人员应使用甲方分配的个人账号，经堡垒机访问平台，不得导出用户信息；平台每日备份，安全补丁在发布后十个工作日内完成评估和安装；乙方每半年开展一次平台漏洞扫描，并将扫描及整改报告提交甲方。
7.3 发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。

第八条 知识产权
乙方在服务过程中形成的巡检记录、标定报告、运维文档及为本项目编写的脚本，其所有权及知识产权归甲方。

服务期满或合同终止时，乙方应在十个工作日内向甲方移交全部台账、账号权限、运维文档及剩余备件，并配合后续服务单位完成交接。

第九条 违约责任
9.1 乙方未能在第4.1条约定日期前完成服务接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 因乙方未按约定巡检、维修或处置，导致报警失效并造成人身伤亡或财产损失的，乙方应承担相应赔偿责任。乙方应为本项目投保公众责任险，并在服务接管前向甲方提交保险单复印件。
9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十条 合同履行
10.1 合同期内双方均不得单方解除本合同。乙方服务不符合约定的，甲方按第六条扣减服务费，并有权要求乙方限期整改、更换不称职人员，乙方应继续履行本合同直至服务期满。
10.2 因不可抗力导致合同部分不能履行的，双方协商变更服务内容和费用。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 法律适用及争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
13.1 磋商文件、响应文件、成交通知书及附件（报警点位清单、季度考核细则、应急处置预案）为本合同组成部分，与本合同具有同等效力。
13.2 双方往来通知以书面形式送达本合同载明的地址，紧急事项可先以电话通知，随后补送书面通知。
13.3 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：宁陵县城镇燃气安全管理办公室
乙方（盖章）：商丘安燃智能技术服务有限公司
签订日期：2026年12月20日
"""

S["h1080z05"] = """# 软件许可及定制开发合同

**墨迹工坊软件标准合同文本 V4.0**

合同编号：MJ-2027-0211

甲方（客户）：上海一方丝网版画工作室有限公司

乙方（开发方）：苏州墨迹工坊软件有限公司

甲方拟采购乙方“印迹”工序追踪软件，并委托乙方进行定制开发。双方在平等自愿的基础上，依照乙方标准合同文本签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“印迹”工序追踪软件V3（以下简称“软件”）十个用户的永久使用许可。软件功能包括：订单登记、网版制作与曝光记录、油墨配比、套色印刷工序登记、晾干与检验、限量版编号及签名登记、库存与出库。

1.2 乙方根据甲方需求进行定制开发，包括：网版全生命周期管理（制版、使用次数、清洗、报废）；多色套印的分色登记与对位记录；限量版作品证书生成；与甲方网店的订单对接。

1.3 具体功能以乙方出具的《需求确认书》为准。《需求确认书》未列明的功能，乙方不负责开发。

1.4 软件许可按用户数计算。甲方需增加用户的，应向乙方另行购买，每增加一个用户按乙方届时的报价执行。甲方不得将账号转借给本单位以外的人员使用。

1.5 软件运行所需的服务器、操作系统、数据库、网络环境及扫码枪、标签打印机等硬件由甲方自行采购和准备，乙方可提供配置建议。因甲方运行环境不符合乙方建议配置导致的问题，不属于乙方责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “印迹”工序追踪软件许可（十用户，永久） | 86,000 |
| 2 | 定制开发 | 128,000 |
| 3 | 部署实施及培训 | 16,000 |
| | 合计 | 230,000 |

合同总价为人民币贰拾叁万元整（¥230,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥149,500。乙方收到该款项后开始工作。

3.2 软件部署完成（即视为验收合格）后五个工作日内，甲方支付合同总价的35%，即¥80,500。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停全部服务。

## 第四条 交付

4.1 乙方计划在收到首期款后七十五日内完成软件部署及定制功能交付。该期限为预计时间，因需求变更、甲方配合不及时或其他非乙方能够控制的原因导致延后的，交付期限相应顺延。

4.2 乙方交付的内容为：安装于甲方服务器的软件、定制功能模块及用户操作手册。源代码不在交付范围之内。

4.3 甲方应指定专人负责需求确认、资料提供及测试配合，并在乙方提出要求后三个工作日内予以答复。甲方未及时答复的，视为甲方认可乙方的方案。

4.4 乙方为甲方提供一次现场培训，培训时长不超过一个工作日，参加人数不超过十人。甲方需要增加培训的，按乙方人天单价另行计费。

4.5 《需求确认书》经甲方签字后，甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付期限。

## 第五条 验收

5.1 软件部署完成后，乙方以邮件方式通知甲方，自通知发出之日起即视为甲方验收合格。

5.2 甲方在部署完成后提出的功能意见，乙方将视情况在后续版本中考虑，不影响验收结论及付款。

## 第六条 免费维护

6.1 软件免费维护期为三个月，自部署完成之日起计算。维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 紧急故障（软件无法登录或无法登记工序）乙方在接到甲方报告后四十八小时内响应；一般问题在五个工作日内答复。

6.3 乙方将尽力按上述时间处理故障，但响应或修复时间超出上述时间的，乙方不承担任何扣款、赔偿或违约金。

6.4 下列情形不属于免费维护范围：甲方或第三方擅自修改软件或数据库；甲方运行环境变更；计算机病毒或网络攻击；甲方操作不当；新增功能需求。乙方处理上述问题的，按乙方人天单价另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护服务协议。

7.2 年度维护服务费按乙方当年公布的维护服务价格标准执行，乙方有权根据市场情况调整价格标准。

7.3 年度维护服务费应在每个维护年度开始前一次性支付。甲方未签订维护服务协议或未按时付费的，乙方不再提供任何技术支持，恢复服务时甲方应补缴中断期间的维护服务费。

## 第八条 知识产权

8.1 软件及其一切修改、升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序代码、数据库结构及相关文档的知识产权均归乙方所有。甲方仅获得在本单位内部使用上述成果的非独占使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方违反本条约定的，乙方有权终止软件许可，并要求甲方赔偿由此造成的损失。

## 第九条 数据

9.1 甲方在软件中录入的订单、作品、客户及工艺数据归甲方所有。

9.2 乙方应采取必要的技术措施保护甲方数据安全，对远程维护操作进行记录；发生数据泄露或丢失时，乙方应在发现后四十八小时内通知甲方，并对因其过错造成的直接损失承担赔偿责任。

9.3 甲方同意，乙方可将甲方数据进行脱敏处理后，用于乙方产品改进、行业分析及案例展示。

9.4 甲方应自行做好数据的日常备份。因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法需要披露的除外。保密期限为合同终止后两年。

## 第十一条 分包

乙方有权根据项目需要将部分定制开发或部署工作委托第三方完成，无需事先征得甲方同意。乙方对受托方的工作成果向甲方负责，受托方的人员应遵守本合同第十条的约定。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对甲方的间接损失、利润损失或数据丢失导致的损失不承担责任。

## 第十三条 合同解除

13.1 一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，对方有权解除本合同。

13.2 合同解除的，乙方已收取的款项中，与已完成工作相对应的部分不予退还；已完成工作的比例由乙方根据项目记录确定。

13.3 合同解除后，甲方应停止使用定制开发成果，并删除其服务器中安装的定制功能模块。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力或其他不能预见的原因导致合同不能按期履行的，受影响一方不承担责任，履行期限相应顺延。

## 第十六条 其他

16.1 本合同未尽事宜，双方可另行签订补充协议。本合同以乙方标准合同文本为基础，双方对合同条款均已充分理解。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海一方丝网版画工作室有限公司

乙方（盖章）：苏州墨迹工坊软件有限公司

签订日期：2027年2月11日
"""

S["h1080e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RFS-CN-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Shandong Heyuan Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Linyi, Shandong Province (the "Customer"); and
P:(2) Ruataniwha Feed Systems Limited, a company incorporated in New Zealand with its registered office at Ruataniwha Street, Waipukurau 4200, New Zealand (the "Vendor").
P:The Customer operates three compound feed mills and wishes to license the Vendor's feed formulation and batching software and to obtain related implementation services. The Vendor has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FormuLine feed formulation, batching control and traceability software, version 8, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, recipe conversion tools and related documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all formulations, raw material specifications, supplier records, batch records and other data entered into or generated by the Software at the Customer's sites.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met at all three mills.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its three feed mills in Linyi, Rizhao and Heze for up to 60 named users and 9 batching controllers.
P:2.2 The Customer may make backup copies, move the Software to replacement hardware and allow its contractors to use the Software on its behalf. The Customer shall not sell or sublicense the Software to third parties.
P:2.3 The licence continues after any termination of the support services, and the Customer may continue to use the version installed at that time.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build interfaces to the Customer's ERP system, weighbridge system and laboratory system, convert the Customer's existing 1,450 formulations, and train the Customer's nutritionists, mill operators and IT staff.
P:3.2 The Vendor shall assign a named project manager and a nutrition consultant for the duration of the implementation. Replacement of either requires the Customer's prior agreement, which shall not be unreasonably withheld.
P:3.3 The implementation shall be completed, and the Software shall be ready for Final Acceptance, within 150 days after the date of this Agreement, in accordance with the project plan in Annex 2.
P:3.4 The Customer shall provide the Vendor with timely access to its mills, servers, ERP administrators and nutrition staff, and shall supply the existing formulation files in the agreed format. Where a delay is caused by the Customer, the dates in the project plan are extended accordingly, and the Vendor shall notify the Customer of the delay and its expected effect in writing within five working days.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,726,000 (the "Contract Price"), inclusive of taxes, made up of: perpetual licence fee CNY 1,240,000; configuration and interfaces CNY 356,000; formulation data migration CNY 84,000; and training CNY 46,000.
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 345,200) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in mainland China; (b) 45% (CNY 776,700) after installation at all three mills and successful completion of the operational qualification tests; and (c) 35% (CNY 604,100) within 20 days after Final Acceptance.
P:4.3 All amounts are payable in CNY to the Vendor's designated account. The Vendor shall issue valid invoices before each payment.
H:Article 5 Acceptance
P:5.1 The Vendor shall give the Customer written notice when the Software and the Custom Deliverables are ready for acceptance testing at each mill.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 1 works as specified; (b) least-cost formulation results match the Customer's reference calculations for 50 sample formulations within a tolerance of 0.2%; (c) batching accuracy at each controller stays within the scale tolerance stated in Annex 1; (d) all interfaces exchange data without error for 14 consecutive production days; and (e) no Severity 1 defect occurs during a 30-day production run at each mill.
P:5.3 When all criteria are met, the Customer shall issue a Final Acceptance certificate within 10 working days. Installation, go-live, production use or payment do not by themselves constitute acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, remote support and, where needed, on-site support free of charge.
P:6.2 Severity 1 incidents (a mill cannot batch or formulations cannot be released) shall be responded to within 1 hour and restored within 8 hours, at any time of day. Severity 2 incidents shall be responded to within 2 hours on a working day, and Severity 3 incidents by the next working day.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 incident, it shall grant the Customer a service credit of CNY 1,000 for each full hour of delay, deducted from the next payment or the next support invoice.
P:6.4 After the Warranty Period, the Vendor shall provide annual support, if ordered by the Customer, at a fee of 13% of the licence fee, being CNY 161,200 per year. This fee is fixed for the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Software is hosted on the Customer's own servers. Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor authentication, and is logged. The Vendor shall not copy Customer Data outside the Customer's systems.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and Data Security Law of the People's Republic of China. The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, take all reasonable measures to contain it, and indemnify the Customer against losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Customer's formulations and raw material costs, and shall use it only for this Agreement. This obligation survives termination for five years.
H:Article 10 Delay and Liability
P:10.1 If the Software is not ready for Final Acceptance by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of third-party intellectual property, fraud, or death or personal injury caused by negligence.
P:10.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund payments received for services not performed and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of New Zealand.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the New Zealand International Arbitration Centre under its rules in force at the time. The seat of arbitration is Wellington, New Zealand, and the language of the arbitration is English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Annex 1 (Functional Specification and Acceptance Criteria) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is made in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

S["h1080e02"] = """# ORDER FORM — ROSTERCRAFT WORKFORCE SCHEDULING SERVICE

Order Form No. RC-CN-0419

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

**Provider:** Manawatu Rostercraft Limited, 41 High Street, Dannevirke 4930, New Zealand

**Customer:** Wuhan Jiangcheng Fresh Supermarkets Co., Ltd., Jianghan District, Wuhan, Hubei Province, People's Republic of China

## PART A — ORDER DETAILS

### A1. Service

RosterCraft, the Provider's online workforce scheduling service, including shift planning, demand forecasting by store traffic, time and attendance capture through mobile check-in, leave requests, labour cost reporting and a payroll export file for the Customer's payroll system. The Service is provided from a cloud region located in mainland China.

### A2. Subscription Term

The Subscription Term consists of two Subscription Years. Subscription Year 1 starts on the Go-Live Date confirmed under A5. Subscription Year 2 starts on the first anniversary of the Go-Live Date. The Subscription Term ends at the end of Subscription Year 2. Any continuation requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Subscription Year 1 | 420 users | 540 per user per year | 226,800 |
| Subscription, Subscription Year 2 | 420 users | 540 per user per year | 226,800 |
| Onboarding (configuration of 46 stores, data import, payroll export mapping, training) | 1 | 38,000 | 38,000 |
| **Total Fees** | | | **491,600** |

All fees are in CNY and include value-added tax. Additional users may be added at the same unit price, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after the Go-Live Acceptance under A5 and is payable within 20 days of the invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 20 days of the invoice.

(c) No amount is payable before the Go-Live Date. The Provider shall issue valid PRC VAT invoices through its appointed local billing agent.

### A5. Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding within 60 days after the date of this Order Form (the "Target Go-Live Date").

(b) Go-Live Acceptance requires that: (i) all 46 stores and 420 users are set up with correct roles; (ii) rosters for two full weeks have been produced for every store; (iii) attendance records from mobile check-in reconcile with the Customer's test records for a sample of 20 employees; and (iv) the payroll export file has been imported into the Customer's payroll system for one pay period without error.

(c) The Customer shall confirm Go-Live Acceptance in writing within 5 working days after the criteria are met. The date of that confirmation is the Go-Live Date. Use of the Service during onboarding is not acceptance.

(d) If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee and, where that is insufficient, from the subscription fees.

### A6. Contacts and Notices

Provider: Customer Success Manager, success@rostercraft.example. Customer: IT Director, Wuhan head office. Notices under this Order Form may be given by email to these addresses and are effective on the working day after sending.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation.

1.2 The Provider will use commercially reasonable efforts to keep the Service available and to carry out maintenance outside the Customer's business hours where it can.

1.3 Support is provided by email and through the Provider's online help centre during the Provider's normal business hours. The Provider will respond to support requests as soon as reasonably practicable.

1.4 The Provider may update the Service from time to time, provided that an update does not materially reduce the functionality described in A1. The Provider shall announce material updates to the Customer's administrators at least ten days in advance through the help centre, with release notes describing the changes.

### 2. Customer Responsibilities

2.1 The Customer is responsible for its users' actions, for keeping their log-in credentials secure and for the accuracy of the data it enters.

2.2 The Customer shall not use the Service to store information unrelated to workforce scheduling, or attempt to gain unauthorised access to the Service.

2.3 During onboarding the Customer shall provide store opening hours, staffing rules, employee lists and a sample payroll file in the format agreed with the Provider, and shall make a project lead available for weekly progress meetings. Where the Customer's delay in providing this information delays Go-Live, the Target Go-Live Date is extended by the same number of days.

2.4 The Customer shall ensure that it has informed its employees, as required by applicable law, that their attendance and scheduling information is processed through the Service, and shall obtain any consent required for mobile check-in.

### 3. Customer Data

3.1 All data entered into the Service by or for the Customer, including employee records, rosters and attendance records ("Customer Data"), belongs to the Customer.

3.2 The Provider shall process Customer Data only to provide the Service under this Order Form and on the Customer's documented instructions, and shall not use it for any other purpose.

3.3 The Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with a need to know, keep access logs for at least six months, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

3.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and is responsible for losses suffered by the Customer as a result of the Provider's failure to comply with this Section 3.

3.5 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in CSV format and then delete it, confirming the deletion in writing.

### 4. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation continues for three years after the Subscription Term ends.

### 5. Intellectual Property

5.1 The Provider retains all rights in the Service and its underlying software, documentation and general know-how, and grants the Customer the right to use them during the Subscription Term.

5.2 Store templates, roster rules, reports and the payroll export mapping configured for the Customer belong to the Customer, which may use, modify and disclose them freely, including to a replacement provider.

### 6. Subcontracting

The Provider shall not subcontract the Service or any part of it, or appoint a new sub-processor of Customer Data, without the Customer's prior written consent. The Provider is responsible for its subcontractors as for itself.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses or loss of profit.

7.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the total fees paid by the Customer under this Order Form in the six months preceding the event giving rise to the claim.

7.3 Sections 7.1 and 7.2 do not limit liability for fraud, for death or personal injury caused by negligence, or for the Customer's obligation to pay fees.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.

8.2 If the Customer terminates under 8.1, the Provider shall refund any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules. The arbitral award is final and binding on both parties.

### 10. Suspension

The Provider may suspend access to the Service only if an undisputed invoice remains unpaid for more than 20 days after a written reminder, or if suspension is needed to prevent an imminent security threat to the Service. The Provider shall give the Customer as much notice as is practicable, limit the suspension to what is necessary and restore access promptly once the cause has been removed.

### 11. General

11.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

11.2 Neither party may assign this Order Form without the other party's written consent.

11.3 This Order Form is the entire agreement of the parties about its subject matter and may be amended only in writing signed by both parties.

Signed for the Provider: ____________________ Signed for the Customer: ____________________
"""

S["h1080e03"] = """T:SUPPLY AND LICENCE AGREEMENT FOR WATER QUALITY MONITORING SYSTEM
P:Contract No. SDB-PUR-2027-031 (Buyer's standard purchase terms for equipment and software)
P:Buyer: Ningde Sandu Bay Aquaculture Co., Ltd., Jiaocheng District, Ningde, Fujian Province, People's Republic of China.
P:Supplier: Westland Aquasense Limited, 12 Revell Street, Hokitika 7810, New Zealand.
P:The Buyer operates large yellow croaker and abalone farms in Sandu Bay. The Supplier shall supply, install and commission a water quality monitoring system for the Buyer's farms on the terms of this Agreement, which is issued on the Buyer's standard paper.
H:1. Definitions and Scope
P:1.1 "System" means the sensor sondes, buoy platforms, gateways, monitoring software and related documentation listed in clause 2, installed at the Buyer's 64 monitoring points.
P:1.2 "Hardware and Licence Subtotal" means the subtotal of items 1 to 4 in the price table in clause 2.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
P:1.4 The Supplier shall deliver, install, calibrate and commission the System, integrate it with the Buyer's farm management (ERP) system and the Buyer's alarm messaging platform, and train the Buyer's staff.
P:1.5 Each sonde shall measure dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll, and shall report readings to the monitoring software at least every 5 minutes.
H:2. Price
P:2.1 The total price is CNY 2,278,000 (the "Contract Price"), including all taxes, freight, insurance, customs clearance, installation and training. The Contract Price is fixed and is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor sonde with anti-fouling wiper|64|18,500|1,184,000
TB:2|Buoy platform with solar power and telemetry|64|7,200|460,800
TB:3|Shore gateway with backup power|8|21,000|168,000
TB:4|AquaWatch monitoring software, perpetual licence, unlimited users|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||2,048,800
TB:5|Installation, mooring and calibration|1|142,000|142,000
TB:6|Integration with ERP and alarm platform|1|68,000|68,000
TB:7|Training of farm and IT staff|1|19,200|19,200
TB:|Contract Price|||2,278,000
H:3. Payment
P:3.1 20% of the Contract Price (CNY 455,600) is payable within 15 working days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price (CNY 1,025,100) is payable after delivery and installation of the System at all monitoring points. Delivery and installation are not acceptance.
P:3.3 35% of the Contract Price (CNY 797,300) is payable within 20 working days after Final Acceptance.
P:3.4 Each payment is subject to the Supplier's valid VAT invoice, issued through its agent in mainland China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the System to the Buyer's base in Ningde within 75 days after signature and complete installation and commissioning within 120 days after signature.
P:4.2 Installation at sea shall follow the Buyer's vessel safety rules and take place only in weather conditions approved by the Buyer's site manager. The Buyer provides boats and crew at its own cost.
P:4.3 The Supplier shall provide a detailed installation plan within 15 days after signature and report progress to the Buyer every week.
P:4.4 The Supplier shall pack the equipment for sea freight, arrange export clearance in New Zealand and import clearance in China, and bear all risk of loss until the equipment is delivered to the Buyer's base. Title passes to the Buyer on delivery.
P:4.5 The Supplier shall provide certificates of origin, factory test reports and calibration certificates for every sonde with the delivery.
H:5. Acceptance
P:5.1 After installation the System shall run for 45 consecutive days as a trial period.
P:5.2 The acceptance criteria are: (a) every sonde reports at least 49 of every 50 scheduled readings during the trial period; (b) dissolved oxygen, temperature and salinity readings are within the accuracy stated in the technical specification when compared with the Buyer's calibrated laboratory measurements on three test days; (c) low-oxygen alarms reach the responsible farm managers by text message within 60 seconds in ten test alarms; (d) data is transferred to the ERP without loss; and (e) no Severity 1 incident remains open at the end of the trial period.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days. Installation, trial use, operational use or payment do not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the trial period restarts for the affected monitoring points.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective parts free of charge, provide software updates, and perform a recalibration visit every six months.
P:6.2 Incident severity and response: Severity 1 (the monitoring software is unavailable, or eight or more monitoring points stop reporting) - response within 30 minutes, restoration within 8 hours. Severity 2 (one to seven monitoring points stop reporting) - response within 2 hours, repair within 3 working days. Severity 3 (other issues) - response within one working day.
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from the next payment or from the support fee.
P:6.4 The Supplier shall keep spare sondes and gateways at its agent's warehouse in Fuzhou for the duration of the warranty period.
P:6.5 The warranty does not cover damage caused by vessel collision, theft, typhoon damage beyond the mooring design rating stated in the technical specification, or repairs carried out by persons not trained by the Supplier. The Supplier shall nevertheless repair such damage at the unit prices in the price table if the Buyer asks it to.
H:7. Post-Warranty Support
P:7.1 After the warranty period the Supplier shall offer annual support covering repairs, spare parts, recalibration and software updates at 9% of the Hardware and Licence Subtotal, being CNY 184,392 per year.
P:7.2 This fee is fixed for three years after the warranty period ends. Support is ordered by the Buyer each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The monitoring software remains the property of the Supplier, which grants the Buyer a perpetual licence to use it.
P:8.2 The integration programs, alarm rules, dashboards and reports developed for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 All measurement data, farm locations and alarm records generated by the System belong to the Buyer. The Supplier may use them only to perform this Agreement and for no other purpose.
P:9.2 The monitoring software is installed on the Buyer's servers in Ningde. The Supplier's remote access requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not transfer any data outside mainland China.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or the Buyer's data, take immediate remedial measures, and compensate the Buyer for losses caused by the Supplier's fault.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's farms, stock, production and customers obtained under this Agreement and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Agreement.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in clause 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Agreement shall not exceed 200% of the Contract Price, except for liability for personal injury, wilful misconduct, and breach of clauses 9 and 10, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under clause 11.1 reach their maximum. The Supplier shall then refund the payments received for the parts of the System not accepted.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding.
H:15. General
P:15.1 Force majeure, including typhoons declared by the provincial authorities, extends the affected dates by the period of delay.
P:15.2 Notices shall be given in writing to the addresses above, or by email to the project contacts named in the installation plan, and take effect on receipt.
P:15.3 The technical specification, the installation plan and the Supplier's tender are annexes to this Agreement. If they conflict with the body of this Agreement, the body prevails.
P:15.4 This Agreement is made in Chinese and English; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

S["h1080e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. TBM-2027-GZ-05

**Customer:** Guangzhou Nansha Orchard Fresh Imports Co., Ltd., Nansha District, Guangzhou, Guangdong Province, People's Republic of China

**Provider:** Tasman Bay Managed IT Limited, 88 High Street, Motueka 7120, New Zealand, acting in China through its appointed service partner for on-site work

**Date:** 6 April 2027

## 1. Background and Structure

1.1 The Customer imports and distributes fresh fruit through a head office, two cold-chain warehouses and nine regional sales offices. It wishes to outsource the day-to-day management of its IT environment to the Provider.

1.2 This Agreement consists of these clauses and three Schedules: Schedule 1 (Services), Schedule 2 (Service Levels) and Schedule 3 (Charges and Service Credits). If they conflict, these clauses prevail.

## 2. Term

2.1 The Services start on the Service Commencement Date confirmed under clause 4 and continue for 36 months (the "Term").

2.2 The Agreement expires at the end of the Term. The parties may extend it by written agreement, at the same charges unless they agree otherwise in writing.

## 3. Services

3.1 The Provider shall provide the Services described in Schedule 1 for the sites, users and devices listed there, in accordance with the Service Levels in Schedule 2.

3.2 The Provider shall assign a named service delivery manager, hold a monthly service review with the Customer and deliver a monthly report on incidents, requests, changes, service level performance and recommended improvements.

3.3 Changes to the number of users or devices within 10% of the baseline in Schedule 1 are covered by the Monthly Charge. Larger changes shall be priced using the unit rates in Schedule 3.

3.4 The Customer shall give the Provider's staff the access to sites, systems and administrator accounts reasonably needed for the Services, appoint an IT coordinator as the Provider's main contact, and keep its software licences and hardware maintenance contracts with third parties in force. The Provider is not responsible for a failure to meet a Service Level to the extent it is caused by the Customer's failure to meet these obligations, by a third-party carrier outage, or by a change made by the Customer without the Provider's involvement.

## 4. Transition and Service Commencement

4.1 The Provider shall complete the transition, including discovery of all assets, documentation of the network, handover from the incumbent provider, set-up of the service desk and monitoring tools, and knowledge transfer, within 50 days after the date of this Agreement (the "Target Commencement Date").

4.2 Service Commencement requires that: (a) all devices in Schedule 1 are registered in the Provider's management platform; (b) monitoring covers every site, firewall, switch and server; (c) the service desk has handled live tickets for 10 working days with the response times in Schedule 2 met; (d) run books for the 20 most frequent requests are approved by the Customer; and (e) the incumbent's handover checklist is closed.

4.3 The Customer shall confirm Service Commencement in writing within 5 working days after the criteria are met. The date of that confirmation is the Service Commencement Date. Use of any Service during transition is not acceptance.

4.4 If Service Commencement is delayed beyond the Target Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 1,732,000, comprising the Transition Fee of CNY 58,000 and 36 Monthly Charges of CNY 46,500.

5.2 The Transition Fee is invoiced after the Service Commencement Date. Monthly Charges are invoiced monthly in arrears. Invoices are payable within 20 days of receipt, less any service credits under Schedule 3. No advance payment is required.

## 6. Customer Data

6.1 All data of the Customer, its employees and its customers that the Provider accesses in performing the Services ("Customer Data") remains the property of the Customer.

6.2 The Provider shall use Customer Data only to perform the Services and for no other purpose, and shall return it to the Customer on request.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business information received under this Agreement, including the Customer's supplier prices, customer lists and shipment schedules, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

7.2 This clause continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 The Provider's tools, platforms and general know-how remain the Provider's property.

8.2 Run books, network diagrams, configuration records, scripts and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any replacement provider.

## 9. Personnel and Subcontracting

9.1 The Provider's staff and the staff of its service partner shall comply with the Customer's site rules when on the Customer's premises.

9.2 The Provider may subcontract any part of the Services, including on-site support at regional offices, to subcontractors of its choice by giving the Customer written notice of the subcontractor's name and scope at least 10 days before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term stated in clause 5.1, except for liability for fraud, wilful misconduct, death or personal injury, which is not limited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Termination and Exit

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Customer may also terminate if service credits under Schedule 3 reach their monthly maximum in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and credentials, and cooperate with any replacement provider.

11.3 Within 10 days after the end of the Term or termination, the Provider shall return all Customer equipment, remove its monitoring agents if the Customer so requests, and confirm in writing that it no longer holds any administrator credentials.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

13.2 Amendments to this Agreement, including its Schedules, must be in writing and signed by both parties.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Bilingual (Chinese / English) telephone, email and portal support for 380 users | 07:00-22:00 China time, seven days |
| Endpoint management | 410 laptops and desktops: patching, antivirus, software deployment, asset records | Continuous |
| Network monitoring and management | 12 sites, 14 firewalls, 46 switches, 60 wireless access points, SD-WAN links | 24 x 7 |
| Server and backup management | 18 virtual servers, backup jobs, restore tests every quarter | 24 x 7 |
| On-site support | Head office and warehouses: next business day; regional offices: within 2 business days | Business days |
| Cold-store IT support | Temperature logger gateways and handheld scanners at both warehouses | 24 x 7 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | A warehouse, the head office or a core system is down, or cold-store monitoring is lost | 15 minutes | 6 hours |
| P2 | A site is degraded or a group of users cannot work | 1 hour | 1 business day |
| P3 | A single user or device is affected | 2 business hours | 3 business days |
| Monitoring platform | Availability of the Provider's monitoring platform per calendar month | - | 99.95% |

## Schedule 3 — Charges and Service Credits

| Item | Amount |
|---|---|
| Transition Fee (one-off, invoiced after Service Commencement) | CNY 58,000 |
| Monthly Charge (months 1 to 36) | CNY 46,500 per month |
| Total for the Term | CNY 1,732,000 |
| Additional users beyond the baseline | CNY 95 per user per month |
| Exit assistance and additional work | CNY 1,600 per engineer day |
| Service credit: each P1 response or restoration missed | 5% of the Monthly Charge |
| Service credit: more than five P2 restorations missed in a month | 3% of the Monthly Charge |
| Service credit: monitoring platform availability below target | 2% of the Monthly Charge |
| Maximum service credits per month | 20% of the Monthly Charge |
"""

S["h1080e05"] = """DATA SUBSCRIPTION AGREEMENT
PASTURE, WEATHER AND SOIL MOISTURE DATA API

Agreement No. CPD-2027-CN-014

PARTIES

Customer: Inner Mongolia Xilin Pasture Dairy Group Co., Ltd., Xilinhot, Inner Mongolia Autonomous Region, People's Republic of China.

Provider: Clutha Pasture Data Limited, 27 Clyde Street, Balclutha 9230, New Zealand.

The Customer runs 14 dairy farms and a forage business and wishes to subscribe to the Provider's data service to plan grazing, irrigation and forage purchasing. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the Provider's PastureSight application programming interface (API), the data feeds delivered through it and the related web dashboard, as described in Annex A.

1.2 "Subscription Start Date" means the date on which the Customer confirms Onboarding Acceptance under clause 4.3.

1.3 "Subscription Year 1" runs from the Subscription Start Date to the day before its first anniversary. "Subscription Year 2" runs from that first anniversary to the day before the second anniversary. Together they form the "Subscription Term".

1.4 "Customer Inputs" means the farm boundaries, paddock maps, herd numbers, irrigation records, sensor readings and queries that the Customer submits to the Data Service.

2. DATA SERVICE

2.1 During the Subscription Term the Provider shall deliver, for each of the Customer's farms and for its forage supply regions: daily satellite-based pasture growth estimates at paddock level; hourly weather observations and seven-day forecasts; soil moisture estimates at three depths; and a weekly forage availability index.

2.2 The Customer may make up to 400,000 API calls per Subscription Year and may use the data in its internal systems and reports. The Customer may not resell the data or supply it to third parties as a data product.

2.3 The Provider may improve the models and data sources behind the Data Service during the Subscription Term, provided that the fields and formats in Annex A are maintained or replaced only with the Customer's agreement.

2.4 The Provider shall provide technical support by telephone, email and an online ticket system in Chinese and English, assign a named account manager to the Customer, and hold a quarterly review of data quality and usage with the Customer's farm operations team.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee for Subscription Year 1: CNY 268,000;
(b) Subscription fee for Subscription Year 2: CNY 268,000;
(c) Onboarding and integration support (farm boundary set-up, mapping to the Customer's farm management system, testing and training): CNY 46,000.
The total fees for the Subscription Term are CNY 582,000, including value-added tax. API calls above the annual allowance are charged at CNY 0.40 per 1,000 calls.

3.2 The Provider shall invoice the onboarding fee and the subscription fee for Subscription Year 1 together upon signature of this Agreement. The Customer shall pay that invoice within 15 days after receipt, and in any case before the Provider starts onboarding work.

3.3 The subscription fee for Subscription Year 2 is invoiced on the first anniversary of the Subscription Start Date and is payable within 20 days after receipt.

3.4 All payments are made in CNY to the account of the Provider's billing agent in mainland China, against valid VAT invoices.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall complete onboarding within 45 days after receipt of the payment under clause 3.2 (the "Target Date").

4.2 Onboarding Acceptance requires that: (a) all 14 farms and their paddocks are set up with boundaries matching the Customer's maps; (b) pasture growth estimates for 20 test paddocks are within the accuracy stated in Annex A when compared with the Customer's own pasture measurements over three weeks; (c) the integration with the Customer's farm management system has exchanged data for ten consecutive days without error; and (d) the Customer's users have been trained.

4.3 The Customer shall confirm Onboarding Acceptance in writing within 5 working days after the criteria are met. Trial use of the Data Service during onboarding is not acceptance.

4.4 If Onboarding Acceptance is delayed beyond the Target Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, deducted from the Subscription Year 2 fee.

4.5 The Customer shall provide the farm boundaries, paddock maps and historical pasture measurements listed in Annex A within 10 days after signature, and shall give the Provider's engineers remote access to a test environment of its farm management system. Delays caused by the Customer extend the Target Date accordingly.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China time.

5.2 Severity 1 incidents (the API or dashboard unavailable, or daily data not delivered by 08:00 China time) shall be responded to within 1 hour, at any time. Severity 2 incidents shall be responded to within 3 business hours and Severity 3 incidents within two business days.

5.3 If availability in a month falls below the level in clause 5.1, the Customer receives a service credit of 5% of one-twelfth of the current Subscription Year's fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. A missed Severity 1 response time gives a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER DATA

6.1 Customer Inputs remain the property of the Customer.

6.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated or de-identified form, during and after the Subscription Term, to calibrate and improve its pasture growth models, to develop new products and to publish regional pasture benchmarks for other customers. Such use shall not identify the Customer or any individual farm by name.

7. DATA SECURITY

7.1 The Provider shall host the Data Service and store Customer Inputs in a cloud region in mainland China, encrypt Customer Inputs in transit and at rest, restrict access to authorised personnel, keep access logs, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate measures to contain the incident, and be liable for the Customer's losses caused by the Provider's failure to comply with this clause.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only to perform this Agreement and not disclose it to third parties without prior written consent, except as required by law. This obligation continues for three years after the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the Data Service, its models and its data products.

9.2 The integration mappings, custom reports and dashboards configured specifically for the Customer belong to the Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

The Provider shall not subcontract any part of the Data Service, other than to the cloud hosting provider named in Annex A, without the Customer's prior written consent. The Provider remains responsible for every subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 3.1, except for breach of clauses 7 and 8, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect loss or loss of profit. The Provider does not guarantee pasture yields or farm results based on the data.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice. If the Customer terminates under this clause, the Provider shall refund the fees paid for the remainder of the Subscription Term.

12.3 Within 30 days after the end of this Agreement the Provider shall return Customer Inputs in a standard format on request.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, including satellite outages, provided it informs the other party promptly.

14.2 Notices shall be given in writing to the addresses above or by email to the contacts named in Annex A, and take effect on the working day after sending.

14.3 This Agreement, with Annex A (Data Specification and Hosting), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key -> (file name, format, language, category)
    "h1080z01": ("h1080z01_heritage_building_platform_licence.pdf", "pdf", "zh", "software"),
    "h1080z02": ("h1080z02_steam_mop_line_control_retrofit.docx", "docx", "zh", "hardware"),
    "h1080z03": ("h1080z03_bass_school_chain_booking_saas.txt", "txt", "zh", "cloud"),
    "h1080z04": ("h1080z04_gas_leak_alarm_annual_om_service.txt", "txt", "zh", "services"),
    "h1080z05": ("h1080z05_screen_print_tracking_supplier_template.md", "md", "zh", "software"),
    "h1080e01": ("h1080e01_feed_formulation_perpetual_licence_nz_law.pdf", "pdf", "en", "software"),
    "h1080e02": ("h1080e02_rostering_saas_order_form.md", "md", "en", "cloud"),
    "h1080e03": ("h1080e03_water_quality_sensors_monitoring_licence.docx", "docx", "en", "hardware"),
    "h1080e04": ("h1080e04_managed_it_services_36_months.md", "md", "en", "services"),
    "h1080e05": ("h1080e05_pasture_data_api_subscription.txt", "txt", "en", "cloud"),
}

# itemised prices: (items, contract value, licence/hardware fee base or None)
PRICES = {
    "h1080z01": ([1160000, 742000, 88000, 36000], 2026000, 1160000),
    "h1080z02": ([1008000, 486000, 171000, 295000, 186000, 142000, 22000], 2310000, 1960000),
    "h1080z03": ([308000, 308000, 64000, 12000], 692000, None),
    "h1080z04": ([298000, 96000, 68000, 24000], 486000, None),
    "h1080z05": ([86000, 128000, 16000], 230000, 86000),
    "h1080e01": ([1240000, 356000, 84000, 46000], 1726000, 1240000),
    "h1080e02": ([226800, 226800, 38000], 491600, None),
    "h1080e03": ([1184000, 460800, 168000, 236000, 142000, 68000, 19200], 2278000, 2048800),
    "h1080e04": ([58000] + [46500] * 36, 1732000, None),
    "h1080e05": ([268000, 268000, 46000], 582000, None),
}
assert 35 * 8800 == 308000 and 64 * 18500 == 1184000 and 64 * 7200 == 460800 and 8 * 21000 == 168000
assert 420 * 540 == 226800 and 6 * 168000 == 1008000 and 6 * 81000 == 486000 and 18 * 9500 == 171000
assert 1008000 + 486000 + 171000 + 295000 == 1960000 and 1184000 + 460800 + 168000 + 236000 == 2048800
# payment splits (amounts stated in the texts)
assert [2026000 * p // 100 for p in (20, 45, 35)] == [405200, 911700, 709100]
assert [2310000 * p // 100 for p in (20, 45, 35)] == [462000, 1039500, 808500]
assert [230000 * p // 100 for p in (65, 35)] == [149500, 80500]
assert [1726000 * p // 100 for p in (20, 45, 35)] == [345200, 776700, 604100]
assert [2278000 * p // 100 for p in (20, 45, 35)] == [455600, 1025100, 797300]
assert 1160000 * 8 // 100 == 92800 and 1960000 * 26 // 100 == 509600 and 1240000 * 13 // 100 == 161200
assert 2048800 * 9 // 100 == 184392

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, SV = "goods_or_licence", "service"
# terms in KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed; forum outside mainland
TERMS = {
    "h1080z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
    "h1080z02": [N, 0.5, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 26, F, T, F, "PRC", G],
    "h1080z03": [99.5, 0.5, T, "buyer", T, T, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", SV],
    "h1080z04": [N, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", SV],
    "h1080z05": [N, 48, F, "supplier", T, F, T, N, N, 65, F, F, 3, N, F, T, T, N, G],
    "h1080e01": [N, 1, T, "buyer", T, T, T, 1500 / 1726000 * 100, 150, 20, T, T, 18, 13, F, T, F, "New Zealand", G],
    "h1080e02": [N, N, F, "buyer", T, T, T, 600 / 491600 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", SV],
    "h1080e03": [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "h1080e04": [99.95, 0.25, T, "buyer", F, T, T, 1200 / 1732000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", SV],
    "h1080e05": [99.95, 1, T, "buyer", T, F, T, 400 / 582000 * 100, 150, (268000 + 46000) / 582000 * 100, T, N, N, N,
                 F, T, F, "PRC", SV],
}
EXTRA = {  # sla_clause, ld_stated, capped (goods only), acceptance_deemed_on_delivery, forum outside mainland China
    "h1080z01": (T, T, T, F, F), "h1080z02": (T, T, T, F, F), "h1080z03": (T, T, N, F, F),
    "h1080z04": (T, T, N, F, F), "h1080z05": (T, F, F, T, F), "h1080e01": (T, T, T, F, T),
    "h1080e02": (F, T, N, F, F), "h1080e03": (T, T, T, F, F), "h1080e04": (T, T, N, F, F),
    "h1080e05": (T, T, N, F, F),
}
DESIGN = {
    "h1080z01": [],
    "h1080z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h1080z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h1080z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h1080z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h1080e01": ["CR-GOVERNING-LAW"],
    "h1080e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1080e03": [],
    "h1080e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h1080e05": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"h1080z01": "low", "h1080z02": "high", "h1080z03": "medium", "h1080z04": "medium", "h1080z05": "high",
        "h1080e01": "low", "h1080e02": "high", "h1080e03": "low", "h1080e04": "high", "h1080e05": "medium"}


def tco_share(key, t):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years."""
    base = PRICES[key][2]
    value = PRICES[key][1]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3 applied to a label."""
    sla, ld_stated, capped, deemed, forum_out = x
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or deemed:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and capped and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:小时|个小时|個小時|-?\s*hours?|-?\s*hrs?)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])0\.05(?!\d)",
    r"(?<![十\d])万分之五(?![十\d])",
    r"千分之零点五",
    r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.])15" + PCT, r"百分之十五(?!点)",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])12\s*(?:个月|個月|-?\s*months?|calendar\s*months?)",
    r"十二\s*个\s*月",
    r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?-?\s*months?",
    r"(?<![\d.])1\s*年(?!度)", r"一年", r"壹年",
    r"(?<![a-z])one\s*(?:\(1\)\s*)?-?\s*years?",
    r"(?<![\d.])1\s*-?\s*years?(?![a-z])",
]]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 hours", "4-hour", "四小时", "four hours", "four (4) hours", "0.05%",
            "万分之五", "100%", "100 per cent", "30%", "百分之三十", "15 %", "百分之十五", "40%", "百分之四十",
            "12个月", "12 months", "twelve (12) months", "十二个月", "one year", "一年", "1 year", "1年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "48小时", "14 hours",
             "0.055%", "万分之五十", "万分之八", "140%", "35%", "百分之三十五", "115%", "2027年1月1日", "CNY 0.40",
             "2 business hours", "一个服务年度", "Subscription Year 1 runs", "412 months", "one-twelfth", "145%",
             "2021年", "18 months", "24 months"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


for s_ in MUST_HIT:
    assert threshold_hits(s_), ("scan misses", s_)
for s_ in MUST_MISS:
    assert not threshold_hits(s_), ("scan hits", s_, threshold_hits(s_))


# ---------------------------------------------------------------- build, read back, check
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(S[key], encoding="utf-8")
            print("wrote", name)
        else:
            sources[key] = S[key]
            targets[key] = (name, fmt)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, lang, cat) in FILES.items():
        items, value, base = PRICES[key]
        assert sum(items) == value, (key, sum(items), value)
        t = dict(zip(KEYS, TERMS[key]))
        assert len(TERMS[key]) == len(KEYS)
        sla, ld_stated, capped, deemed, forum_out = EXTRA[key]
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(key, t) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (key, share)
        rules = derive(key, t, EXTRA[key])
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], (key, risk_of(rules))
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        print("%-56s %-4s %5d  %-6s %s%s" % (name, lang, n, RISK[key], ", ".join(r[3:] for r in rules) or "(none)",
                                             "" if share is None else "  TCO share %.1f%%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; labels written")


if __name__ == "__main__":
    main()
