"""holdout854: builds the ten draft contracts from the sources below, writes their .json labels and asserts the checks
(lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市卫生健康委员会母婴室与哺乳室管理平台采购合同
P:合同编号：WJW-ZC-2027-0316　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市卫生健康委员会
P:乙方（供应商）：某市安衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方经协商一致，就甲方采购母婴室与哺乳室管理平台（以下简称“平台”）软件许可及定制开发事项订立本合同。本合同采用甲方合同文本。
H:第一条 采购内容
P:1.1 乙方向甲方提供母婴室与哺乳室管理平台软件的永久使用许可（不限用户数，部署于甲方政务云），并根据甲方需求完成定制开发、部署实施、数据初始化及培训。
P:1.2 定制开发内容包括：全市母婴室电子地图及微信小程序查询、预约使用功能；设施巡检与卫生消毒打卡；用户评价与投诉处理流程；与“健康城市”数据平台、市政务服务平台统一身份认证的接口；运行统计驾驶舱。
P:1.3 具体功能与性能指标以招标文件第三章《用户需求书》及乙方投标响应表为准，二者不一致时以有利于甲方者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖拾肆万元整（¥940,000.00），为固定总价，含税，包括软件许可、开发、部署、培训、质保期内服务及差旅等全部费用。
P:2.2 价款构成：平台软件许可费¥486,000；定制开发费¥372,000；实施部署及数据初始化费¥64,000；培训费¥18,000。
P:2.3 甲方不另行支付本合同约定以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥188,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥423,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥329,000。
P:3.4 付款以财政资金到位为前提，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成全部定制开发并部署上线，进入试运行。
P:4.2 试运行期为60日，试运行期间乙方应安排不少于2名工程师驻场支持。
H:第五条 验收
P:5.1 初步验收在部署完成后进行，内容包括：功能逐项测试与《用户需求书》一致；小程序在并发1,000用户时页面响应不超过2秒；接口联调连续10日无数据差错；第三方安全测评无高危漏洞。
P:5.2 最终验收在试运行期满后进行，内容包括：试运行期间无一级故障；全市已登记母婴室基础数据导入完整，抽查差错率不高于千分之二；技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格的，双方签署验收报告。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为24个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次的巡检服务。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥38,880），且三年内不得上调，服务内容不低于质保期内标准。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或数据错误）乙方应在30分钟内响应，2小时内到场或远程处理；二级故障2小时内响应；三级故障1个工作日内响应。
P:7.3 乙方每超过响应时限1小时，甲方可扣减维护费或履约保证金¥800；月可用率每低于约定值0.01个百分点，扣减¥1,500。
H:第八条 知识产权
P:8.1 平台软件本身的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用，乙方应在最终验收时交付全部源代码。
H:第九条 数据安全与数据权属
P:9.1 平台中的母婴室数据、预约记录、用户个人信息等全部数据归甲方所有，乙方仅可为履行本合同目的处理，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储和操作审计；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、网络架构、账号密码等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 维护服务须另行签订合同，本合同不自动续期。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理，项目经理在实施期间每周向甲方提交项目周报，说明进度、问题及下周计划。未经甲方同意，乙方不得更换项目经理及核心开发人员。
P:14.2 乙方应按甲方要求对全市各区母婴室管理员开展操作培训，培训不少于4场，并提供操作手册和培训视频。
P:14.3 乙方应在最终验收前向甲方移交需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册及运维手册，文档内容应与实际交付的系统一致。
P:14.4 甲方有权对项目实施过程进行检查，发现乙方进度滞后或质量不符合要求的，乙方应在甲方要求的期限内提交整改计划并落实。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方未履行合同义务的，甲方有权从中扣除相应款项。履约保证金可以银行保函形式提交，保函有效期应至最终验收合格后30日。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响方应在3日内书面通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　日期：
"""

Z02 = """T:酱油灌装生产线控制系统改造合同
P:合同编号：JY-SB-2027-058
P:甲方：某酱油瓶厂（某市调味品有限公司灌装分厂）
P:乙方：某市精控自动化工程有限公司
P:甲方拟对其灌装车间四条酱油灌装生产线的控制系统进行升级改造，经比选确定乙方为供货及实施单位。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责四条灌装线（洗瓶、灌装、旋盖、贴标、装箱工段）控制系统的设备供货、产线监控软件许可、PLC及HMI程序编制、安装调试、与甲方ERP系统对接及操作培训。
P:1.2 改造须在甲方不停产或分线停产的条件下进行，单条线停线时间不得超过7日，具体停线安排经甲方生产部书面确认。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含13%增值税、运输、保险、安装及培训费用。明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及IO模块|4套|596,000
TB:2|伺服驱动器及电机|32套|338,000
TB:3|触摸屏HMI|8台|84,000
TB:4|视觉检测系统（液位、旋盖、标签）|4套|412,000
TB:5|产线监控软件许可（永久）|1套|226,000
TB:—|设备及软件小计| |1,656,000
TB:6|安装调试及ERP对接| |168,000
TB:7|PLC/HMI程序编制（定制）| |132,000
TB:8|操作及维护培训| |24,000
TB:—|合同总价| |1,980,000
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，计¥396,000，乙方须同时提交等额银行预付款保函。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，计¥693,000。到货签收仅为数量清点，不构成质量验收。
P:3.3 四条线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，计¥891,000。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方灌装车间，于合同生效后100日内完成四条线改造并申请最终验收。
P:4.2 乙方每逾期一日，按合同总价的万分之八向甲方支付违约金。
H:第五条 验收
P:5.1 每条线改造完成后连续带料试生产72小时，达到以下标准方为合格：灌装速度不低于每小时12,000瓶（500ml规格）；液位合格率不低于99.8%；视觉检测漏检率不高于万分之一；ERP产量数据与现场计数一致。
P:5.2 四条线均达标后，甲方组织最终验收，乙方提交竣工资料、程序备份及源程序。试生产、投产使用或甲方付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为24个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复程序缺陷。
P:6.2 故障分级及响应要求：一级故障（整线停机）30分钟内响应，2小时内到场；二级故障（单工段停机）1小时内响应，6小时内到场；三级故障次日处理。
P:6.3 乙方每超过响应或到场时限1小时，向甲方支付¥1,000。
P:6.4 质保期满后，乙方提供年度维保服务，维保费按设备及软件小计的18%每年计取，即每年¥298,080，三年内维持不变，维保内容包括季度巡检、备件更换及程序维护。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归乙方，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、ERP接口程序及其源文件归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 产线运行数据、配方参数、产量及质量数据归甲方所有，乙方不得复制、外传或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方设备部审批，通过甲方指定的VPN及堡垒机接入，操作全程记录；乙方不得在控制网络中接入未经甲方许可的设备。
P:8.3 发生数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对在履行本合同中获知的对方技术秘密、配方工艺及商业信息负有保密义务，保密期限至本合同终止后三年。
H:第十条 责任限制
P:10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但人身伤亡、故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同的任何部分分包。经同意分包的，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或交付的系统经两次整改仍不能通过验收，或有其他严重违约行为经书面催告后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 年度维保服务合同期满前双方另行签订，不自动续期。
H:第十三条 安全生产
P:13.1 乙方人员进入车间须遵守甲方食品安全与安全生产制度，穿戴洁净工作服，不得在灌装区域使用易碎工具。因乙方人员违章造成的损失由乙方承担。
P:13.2 乙方动火、登高及带电作业须事先办理甲方作业票，作业现场须有专人监护。改造期间拆除的旧控制柜、旧线缆由乙方分类整理后交甲方设备部处置。
H:第十四条 技术资料与培训
P:14.1 乙方应在最终验收前向甲方交付电气原理图、接线图、网络拓扑图、PLC及HMI程序备份、参数设定清单、设备说明书及维护手册，纸质版两套、电子版一套。
P:14.2 乙方应对甲方操作工、电工及设备工程师分批培训，培训内容包括设备操作、配方切换、常见报警处理、程序备份恢复及日常保养，每批培训结束后进行考核，考核不合格的人员由乙方补训。
H:第十五条 备品备件
P:15.1 乙方提供的设备应为原厂全新正品，附原厂合格证及质量证明文件，主要部件品牌和型号不得低于投标技术规格书的约定；确需替换的，须经甲方书面同意且价格不予增加。
P:15.2 乙方随设备免费提供易损件及常用备件一套，清单作为本合同附件。质保期满后甲方采购备件的，乙方应按不高于本合同单价的价格供应，并保证停产后五年内持续供货。
H:第十六条 项目组织
P:16.1 乙方应委派项目经理常驻现场，每日与甲方生产部核对停线计划和改造进度，每周提交书面周报。项目经理更换须经甲方同意。
P:16.2 因改造造成甲方非计划停产的，乙方应立即组织抢修，并承担由此造成的直接损失。
P:16.3 每条线改造前，乙方应提交该线的详细切换方案，包括旧系统备份、新旧程序切换步骤、回退预案及人员分工，经甲方生产部和设备部会签后方可实施。
P:16.4 改造完成后的前三个生产班次，乙方应安排电气及程序工程师跟班值守，及时处理参数调整和报警问题，并记录在交接班记录中。
H:第十七条 不可抗力
P:17.1 因不可抗力导致合同不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
P:17.2 旺季（每年中秋、春节前两个月）甲方原则上不安排停线改造，乙方应据此编排实施计划；因甲方生产计划调整需要推迟停线的，工期相应顺延，双方书面确认新的停线日期，乙方不因此增加费用。
H:第十八条 法律适用与争议解决
P:18.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十九条 其他
P:19.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、改造实施方案、停线计划。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """京剧培训连锁门店预约与会员管理系统服务合同

合同编号：JX-IT-2027-012

甲方：某市梨园京剧艺术培训有限公司（下辖直营及加盟门店共40家）
乙方：某市云排课网络科技有限公司

鉴于甲方需为其40家门店统一启用课程预约、会员储值及教务管理系统，乙方为该类SaaS系统的提供方，双方经协商一致，订立本合同，共同遵守。

一、服务内容
（一）乙方向甲方提供“云排课”预约与会员管理SaaS服务，包括：
1. 学员在线预约试听课、正式课及排课调课；
2. 会员卡、课时包、储值及消课管理；
3. 教师排班、教室及戏服道具预约；
4. 门店经营报表及总部汇总看板。
（二）乙方负责实施服务：为40家门店开通账户，迁移甲方现有Excel及旧系统中的学员、课时余额和会员数据，配置总部与门店两级权限，开发与甲方微信公众号及收银系统的对接接口，并对店长和前台人员进行培训。
（三）服务期为两个服务年度。第一服务年度自实施验收合格之日起算，第二服务年度紧接第一服务年度。

二、费用
（一）本合同总价为人民币柒拾玖万贰仟元整（¥792,000），含6%增值税，具体为：
1. 实施费（一次性）：¥168,000；
2. 第一服务年度服务费：¥312,000（40家门店，每店每年¥7,800）；
3. 第二服务年度服务费：¥312,000。
（二）服务期内甲方新增门店的，按每店每年¥7,800按月折算计费，不计入本合同总价。

三、付款
（一）本合同签订后5个工作日内，甲方一次性支付实施费及第一服务年度服务费，合计¥480,000。
（二）第二服务年度开始前10个工作日内，甲方支付第二服务年度服务费¥312,000。
（三）乙方应在收款前开具合规增值税专用发票。

四、实施与验收
（一）乙方应在收到首笔款项后45日内完成全部40家门店的开通、数据迁移与接口对接。
（二）实施验收标准：
1. 学员档案、课时余额和储值余额迁移后与甲方提供的原始台账逐一核对一致；
2. 预约、调课、消课、退费等主要流程在10家抽样门店实测通过；
3. 公众号预约及收银对接接口连续7日运行无差错；
4. 培训考核合格的店长及前台人员不少于80人。
（三）实施验收由甲方组织并签署验收单，系统开通或甲方人员登录使用不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
（四）乙方逾期完成实施的，每逾期一日，向甲方支付违约金¥800。

五、系统运行保障
（一）乙方将尽商业上合理的努力保障系统稳定运行，并适时对系统进行升级和优化。
（二）系统出现故障时，甲方可通过在线客服或服务热线报修，乙方将及时安排技术人员处理。
（三）乙方进行系统升级维护的，应提前在系统公告中通知。

六、知识产权
（一）云排课系统平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的公众号对接接口、收银接口、专用报表模板及其源代码的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

七、数据安全与数据归属
（一）甲方学员信息、会员资料、消费记录及经营数据均归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他任何用途，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问权限控制、操作日志留存及每日异地备份等安全措施，并遵守《个人信息保护法》。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因此给甲方造成的全部损失。
（四）服务期满或合同解除后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后彻底删除，并出具书面删除证明。

八、保密
双方对履行本合同过程中获知的对方商业秘密、经营数据、学员名单及价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

九、违约与责任
（一）乙方违反本合同数据安全约定的，除赔偿损失外，甲方有权立即解除合同。
（二）乙方在本合同项下的累计赔偿责任不超过本合同总价的两倍，但因乙方故意或重大过失、侵犯个人信息造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因解除合同的，乙方应按未使用服务期折算退还已收服务费。

十二、续约
服务期满前60日，双方可协商续约事宜。本合同不自动续期。

十三、甲方的义务
（一）甲方应指定总部项目负责人，统一协调各门店配合实施工作，并按乙方提供的模板整理学员、课时及会员数据。
（二）甲方应确保各门店具备必要的网络条件和前台终端设备，并妥善保管系统管理员账号和密码。
（三）甲方应确保其向学员收集个人信息已取得学员或其监护人的同意，未成年学员信息的收集应符合法律规定。
（四）甲方应及时向乙方反馈系统使用中发现的问题，并配合乙方进行问题复现和排查，包括提供截图、操作时间和相关学员编号等必要信息。

十四、培训与使用支持
（一）乙方应为甲方提供总部管理员培训、店长培训和前台操作培训各一轮，采用线上直播与现场教学相结合的方式，并提供操作手册和教学视频。
（二）服务期内，乙方应提供在线帮助中心和操作问答，并在每季度向甲方总部提交一次系统使用情况报告，说明各门店预约量、消课量和常见操作问题。
（三）甲方新开门店的，乙方应免费协助完成账户开通和店员培训。
（四）乙方应为甲方总部配备专属客户经理，负责收集各门店的使用意见，协调需求处理进度，并每半年与甲方召开一次服务回顾会议。

十五、系统功能调整
（一）乙方对系统标准功能进行调整的，不得降低本合同约定的功能范围，涉及收费规则、会员储值规则展示的调整应事先征得甲方同意。
（二）甲方提出的个性化功能需求，双方另行评估工作量和费用，并签订补充协议。
（三）乙方调整系统界面或操作流程的，应提前通知甲方并提供更新后的操作说明，以便甲方及时培训门店人员。

十六、发票与税费
（一）乙方应按甲方要求开具增值税专用发票，发票抬头、税号以甲方书面提供的信息为准。
（二）因乙方发票不合规导致甲方无法抵扣的，乙方应重新开具，甲方付款期限相应顺延。
（三）服务期内学员通过系统支付的课时费、储值款直接进入甲方指定的收款账户，乙方不得截留、代收或挪用，系统仅记录交易信息并与甲方收银系统对账。乙方应保证对账数据准确，差错由乙方负责查明并更正。

十七、不可抗力
因自然灾害、政府行为等不可抗力导致本合同部分或全部不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或变更合同。

十八、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十九、其他
本合同一式两份，双方各执一份，经双方签章后生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """某市城市管理局公共卫生间智能管理系统运维服务合同

项目编号：CGJ-CS-2027-021　采购方式：竞争性磋商

采购人（甲方）：某市城市管理局
供应商（乙方）：某市洁联物联科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就公共卫生间智能管理系统年度运维服务事项，经协商一致，签订本合同。

第一条 服务范围
（一）运维对象：甲方公共卫生间智能管理平台（含后台管理系统、数据库、微信公众号“找厕所”功能及环卫大屏），以及部署于全市320座公共卫生间的前端设备，包括客流计数器、异味（氨气、硫化氢）传感器、温湿度传感器、厕位占用检测器、信息显示屏和边缘网关。
（二）服务内容：平台日常监控、故障处理、数据备份与恢复、版本补丁更新；前端设备季度巡检、清洁校准、故障维修及备件更换；节假日及大型活动保障；运维月报和年度运维总结。
（三）乙方应派驻2名运维人员在甲方环卫监控中心驻场办公，工作日8:30至17:30在岗，其余时间安排电话值守。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方根据财政预算另行组织采购。

第三条 合同价款
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括人工、备品备件、交通、工具及税费。
（二）价款构成：平台运维¥168,000；前端设备巡检维护¥254,000；备品备件包干费¥118,000；驻场人员补贴¥46,000。
（三）服务期内新增卫生间设备超过20座的，双方另行签订补充协议。

第四条 付款方式
（一）服务费按季度支付，每季度结束后经甲方考核合格，甲方在收到发票后15个工作日内支付该季度服务费（合同总价的四分之一），考核扣款从当季服务费中扣除。
（二）本合同不设预付款。

第五条 服务水平
（一）平台月可用率不低于99.95%，以甲方监控中心记录为准，计划内维护须提前2个工作日报甲方同意。
（二）故障分级：一级故障（平台整体中断或超过30座卫生间设备离线）乙方应在30分钟内响应，2小时内恢复；二级故障（单座卫生间设备全部离线或数据异常）2小时内响应，24小时内修复；三级故障（单个设备损坏）48小时内修复。
（三）前端设备在线率按月统计不低于98%。
（四）考核扣款：一级故障每超时1小时扣款¥1,000；平台月可用率每低于约定值0.01个百分点扣款¥800；设备月在线率低于约定值的，每低1个百分点扣款¥1,500；当季考核得分低于80分的，另扣当季服务费的5%。

第六条 考核与验收
（一）甲方每季度依据《运维考核细则》对乙方进行考核，考核内容包括故障响应及时率、设备在线率、巡检完成率、月报质量及投诉处理情况。
（二）服务期满后，甲方组织年度验收，验收标准为：全年一级故障均按时恢复；设备年平均在线率达到约定值；运维文档、巡检记录、备件台账完整；平台数据完整并已完成全量备份移交。
（三）季度考核或年度验收不合格的，乙方应在10日内整改，整改期间不免除其服务义务。

第七条 进场交接与巡检计划
（一）乙方应于服务期开始后10日内完成与原运维单位的交接，建立设备台账并提交年度巡检计划。
（二）乙方应按巡检计划每季度完成对全部320座卫生间前端设备的现场巡检和校准。

第八条 违约责任
（一）乙方未按期完成进场交接或季度巡检的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）因乙方运维不当造成设备损坏的，乙方负责修复或按原价赔偿。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第九条 数据安全
（一）平台数据、设备采集数据及公众使用数据均归甲方所有，乙方仅为履行本合同之目的使用，不得复制留存或用于其他用途。
（二）乙方应落实网络安全等级保护二级要求，运维账号专人专用，远程运维须经甲方审批并通过堡垒机进行，操作日志保存不少于6个月。
（三）发生数据丢失、篡改或网络安全事件的，乙方应在1小时内向甲方报告，并立即采取处置措施；因乙方原因造成的，乙方承担全部责任和损失。

第十条 知识产权
乙方在运维过程中编写的运维脚本、配置文件、巡检报告及技术文档归甲方所有，甲方可自由使用、修改。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 备品备件
（一）备品备件包干范围内的传感器、网关及显示屏由乙方负责提供，规格不得低于原设备。
（二）更换下的旧设备归甲方所有，由乙方清点后交回甲方仓库。

第十三条 人员管理
乙方驻场人员须经甲方审核，更换驻场人员应提前5个工作日书面告知甲方。乙方人员在公共卫生间作业时应设置警示标识，并遵守环卫作业安全规定。

第十四条 运维报告与档案
（一）乙方应于每月5日前向甲方提交上月运维月报，内容包括平台运行情况、故障统计及处理情况、设备在线率、巡检完成情况、备件使用情况及下月工作计划。
（二）乙方应在每季度巡检结束后10日内提交巡检报告，附各卫生间设备运行照片、校准记录及发现问题的处理结果，巡检报告经甲方抽查核实后作为季度考核依据。
（三）乙方应建立设备运维档案，记录每台设备的安装位置、型号、维修及更换记录，服务期满时完整移交甲方。
（四）节假日、重大活动及恶劣天气期间，乙方应按甲方通知增派人员值守，并在活动结束后提交保障总结。

第十五条 履约保证金
乙方应在合同签订前提交合同总价5%的履约保证金。服务期满并通过年度验收后，甲方在15个工作日内无息退还；乙方应付违约金或扣款未在当季服务费中足额扣除的，甲方可从履约保证金中扣除。

第十六条 甲方的义务
（一）甲方应向乙方提供平台管理账号、设备清单及原运维资料，并协调各公共卫生间管理单位配合乙方开展巡检和维修。
（二）甲方应按合同约定及时支付服务费，并对乙方提交的月报和整改结果及时确认。
（三）甲方应为乙方驻场人员提供办公场所、网络接入和必要的办公设备，并为乙方巡检车辆进出公园、景区等管理区域提供协调便利。
（四）甲方对公共卫生间进行改建、迁移或新增设备的，应提前通知乙方，乙方应配合完成设备拆装、迁移和调试，所需材料费用由双方另行确认。

第十七条 不可抗力
因自然灾害、重大公共卫生事件等不可抗力造成设备损毁或服务中断的，乙方应在条件允许时尽快恢复服务，相应期间不计入考核。乙方应在不可抗力发生后3日内书面报告甲方，说明受影响设备的范围和恢复计划。

第十八条 服务交接
服务期满时，乙方应配合甲方或新的运维单位完成交接，移交设备台账、运维档案、巡检记录、管理账号、运维脚本及备品备件库存清单，并提供不少于10个工作日的交接支持。交接完成前，乙方应继续履行运维义务。

第十九条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十条 其他
（一）磋商文件、响应文件、成交通知书及《运维考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：                    签订日期：
"""

Z05 = """# 软件许可及定制开发合同

**瓷匠云科技 标准合同文本 QJ-HT-2026 第3版**

合同编号：CJY-2027-0142

甲方（用户）：某市潮韵嵌瓷工艺工作室

乙方（供应商）：某市瓷匠云科技有限公司

甲方拟采购乙方“嵌瓷工艺生产过程跟踪系统”软件许可及定制开发服务，双方按照乙方标准合同文本，经协商一致签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供嵌瓷工艺生产过程跟踪系统V3.0软件永久使用许可（20个并发用户），用于记录瓷片剪裁、灰塑打底、粘贴镶嵌、彩绘及出窑养护等工序的进度、用料和工时。

1.2 乙方根据甲方需求进行定制开发，包括：作品工单与工序模板、瓷片及灰料库存管理、工匠计件工时统计、作品影像档案、客户订单进度查询小程序。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统功能以乙方产品说明书及本合同附件《定制开发需求确认单》为准。需求确认单经甲方签字后，甲方提出的新增或变更需求，乙方有权另行收费并相应顺延交付期限。

1.5 本合同不包括服务器、网络设备、操作系统及数据库软件的采购，上述产品由甲方自行采购。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 嵌瓷工艺生产过程跟踪系统软件许可（永久） | 380,000 |
| 2 | 定制开发 | 130,000 |
| 3 | 实施部署及培训 | 30,000 |
| | 合计 | 540,000 |

合同总价为人民币伍拾肆万元整（¥540,000），含税。

## 第三条 付款方式

3.1 合同签订后3个工作日内，甲方支付合同总价的50%，即¥270,000，乙方收款后启动开发。

3.2 系统上线运行后5个工作日内，甲方支付剩余50%，即¥270,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首付款后60日内完成定制开发并部署上线。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供工序资料、作品样本或场地网络条件造成延误的，交付期相应顺延。

4.4 乙方完成部署后以电子邮件或书面方式通知甲方上线，甲方应在接到通知后安排人员开始使用系统。甲方无正当理由拖延使用的，自乙方通知发出之日起第5日视为系统已上线运行。

4.5 乙方交付内容为可执行程序、安装说明及用户手册，不包括源代码及设计文档。

## 第五条 验收

5.1 系统部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整意见，乙方将在后续版本中酌情考虑。

## 第六条 免费维护期及后续服务

6.1 免费维护期为6个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或数据无法保存）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的26%每年收取，即每年¥98,800。

6.4 年度维护服务包括远程技术支持、缺陷修复和小版本升级，不包括现场服务；需要乙方派员到现场的，甲方另行承担差旅费用及每人天¥2,800的服务费。

## 第七条 知识产权

7.1 软件产品及本合同项下定制开发成果（包括工单模板、库存模块、小程序、源代码及文档）的全部知识产权归乙方所有。

7.2 甲方获得非独占、不可转让的使用权，不得对定制开发成果进行修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 甲方录入系统的作品资料、工艺参数、客户订单和工匠信息归甲方所有，乙方仅为提供本合同服务使用。

8.2 乙方采取账号权限管理、数据加密存储和每周备份等安全措施；发生数据泄露或丢失时，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

## 第九条 保密

双方对在合作中知悉的对方技术资料、商业信息负有保密义务，保密期限为合同终止后两年。

## 第十条 合作方

乙方可根据项目需要，将部分开发、实施工作委托合作伙伴完成，无需另行征得甲方同意。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后30日内仍未改正的，另一方有权解除合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

## 第十二条 甲方的义务

12.1 甲方应指定专人负责项目对接，在乙方要求的期限内提供嵌瓷作品分类、工序流程、瓷片规格、灰料配方名称及工匠名单等基础资料，并对资料的真实性负责。

12.2 甲方应自行准备服务器、网络及终端设备，并满足乙方提出的运行环境要求；因运行环境不符合要求导致系统故障的，乙方不承担责任。

12.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当造成的数据错误由甲方自行承担。

## 第十三条 运行环境

13.1 系统服务器须满足以下最低配置：8核处理器、32GB内存、1TB存储空间，操作系统及数据库版本以乙方书面确认的为准。

13.2 移动端适用于主流安卓及苹果手机，工作室车间应具备稳定的无线网络覆盖。

## 第十四条 培训

14.1 乙方在系统上线前为甲方提供一次集中培训，培训对象为甲方管理人员及工匠代表，培训时长不少于两天。

14.2 超出上述范围的追加培训，乙方按每人天¥2,800另行收费。

14.3 培训所需场地、投影设备及参训人员的食宿交通由甲方负责安排。培训结束后乙方提供电子版操作手册一份，甲方可在工作室内部复制使用，但不得向第三方提供。

## 第十五条 版本升级

15.1 免费维护期内，乙方为甲方提供软件产品的小版本升级。

15.2 软件产品的大版本升级以及因甲方业务变化引起的功能变更，不属于免费维护范围，由双方另行协商费用。

15.3 甲方未购买年度维护服务的，乙方不再提供升级、缺陷修复及远程支持。

15.4 甲方中断年度维护服务后重新购买的，应补缴中断期间的维护费。乙方对甲方自行修改系统配置或数据库造成的问题不承担责任，恢复服务所需费用由甲方承担。

## 第十六条 通知与送达

16.1 双方往来通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，邮件发出之日视为送达。

16.2 一方变更联系地址、联系人或电子邮箱的，应在变更后3个工作日内书面通知对方，否则原地址的送达仍然有效。

## 第十七条 廉洁合作

17.1 双方应遵守国家有关反商业贿赂的规定，任何一方不得向对方工作人员提供回扣、礼金、有价证券或其他不正当利益。

17.2 一方违反本条约定的，另一方有权向其上级主管部门或有关机关反映。

## 第十八条 不可抗力

因地震、台风、疫情等不可抗力导致合同无法履行的，受影响方应及时通知对方，双方协商处理，均不承担违约责任。

## 第十九条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第二十条 其他

20.1 本合同文本为乙方标准文本，双方另有约定的以补充协议为准。

20.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SRL-CN-2027-044
P:This Agreement is made between Changzhou Hengtai Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Sperrin Reliability Systems Ltd, a company registered in Northern Ireland with its principal office at Market Street, Omagh, County Tyrone (the "Vendor").
P:The Vendor develops and licenses the MaintainPro computerised maintenance management software. The Buyer wishes to acquire a perpetual licence to that software for its two manufacturing plants together with implementation, data migration and training services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro application, version 9, in object code, including the modules for work orders, preventive maintenance, spare parts inventory, asset hierarchy and mobile technician access, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, migration scripts and other materials created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the course of the Buyer's operations, including asset registers, maintenance histories, spare parts records and personnel information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users and 60 mobile devices at the Buyer's plants in Changzhou and Yancheng, for the Buyer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software on servers provided by the Buyer, build the asset hierarchy for both plants, migrate maintenance records from the Buyer's existing spreadsheets and legacy database, develop an interface to the Buyer's ERP system for spare parts purchasing, and train the Buyer's maintenance planners, engineers and system administrators.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,810,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,260,000; Implementation and ERP interface CNY 420,000; Data Migration CNY 96,000; Training CNY 34,000.
P:3.2 The price is fixed. It includes travel and living expenses of the Vendor's personnel, and no other charge shall be payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 362,000) within 30 days after signature of this Agreement against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price (CNY 814,500) within 30 days after the Buyer confirms that user acceptance testing has been passed.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 633,500) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed payment agent in Shanghai named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and the ERP interface and notify the Buyer that the system is ready for user acceptance testing within 110 days after signature.
P:5.2 User acceptance testing shall follow the test plan agreed in the project kick-off and shall verify that every function listed in the functional specification works as described, that migrated records reconcile with the source data with no unexplained difference, that the ERP interface transfers purchase requisitions correctly over ten consecutive working days, and that screens respond within three seconds with 80 concurrent users.
P:5.3 After user acceptance testing has been passed, the system shall run in production for 45 days. If no Severity 1 defect occurs during that period and all documentation and source code of the Custom Deliverables have been handed over, the Buyer shall issue a Final Acceptance certificate within ten working days.
P:5.4 Go-live, productive use of the system or payment by the Buyer shall not in itself constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:6.2 If the delay exceeds 60 days, the Buyer may terminate this Agreement under Article 13 in addition to receiving the liquidated damages.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide new releases free of charge.
P:7.2 Defects shall be classified by severity. For Severity 1 (the system or a plant cannot use work orders), the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours. For Severity 2 the response time is 2 hours, and for Severity 3 it is the next working day.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,500, deducted from the next payment due or paid on demand.
P:7.4 After the Warranty Period, the Buyer may purchase annual support. The annual support fee shall be 13% of the Licence Fee (CNY 163,800 per year) and shall not be increased during the first three years of support. Support shall be ordered by separate purchase order for each year and shall not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license them freely, including through third parties. The Vendor shall deliver their source code with Final Acceptance.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics.
P:9.2 Buyer Data shall remain on the Buyer's servers in China. The Vendor shall access it only through remote sessions approved by the Buyer for each occasion, using multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in remediation, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for five years after termination.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the total price. The limit does not apply to liability for death or personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of its obligations without the prior written consent of the Buyer. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for the services not accepted, and the Buyer may return the Software for a refund of the Licence Fee.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Northern Ireland.
P:14.2 The courts of Northern Ireland sitting in Belfast shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement is written in English. A Chinese translation may be prepared for convenience; the English text prevails.
P:15.2 Notices shall be in writing and delivered by courier or email to the addresses of the parties stated above or to any other address that a party notifies in writing. A notice sent by email is received on the next working day after it is sent.
P:15.3 This Agreement constitutes the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Order Form and General Terms

**Cardigan Bay Insight Ltd, Aberystwyth, Ceredigion, Wales**

Order Form No. CBI-OF-2027-0219

## Part A - Order Form

### A1 Parties

**Provider:** Cardigan Bay Insight Ltd, a company registered in Wales, whose principal office is at Great Darkgate Street, Aberystwyth.

**Customer:** Hangzhou Xihu Yunshang Hotel Management Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

### A2 Services

The Provider will provide the GuestVoice guest feedback and survey platform as a hosted subscription service for 46 hotels operated by the Customer, including multilingual post-stay surveys, review aggregation from online travel agencies, sentiment analysis, a management dashboard and alerting for low scores. The Provider will also provide onboarding services: configuration of the Customer's hotels and brands, survey templates in Chinese and English, an interface to the Customer's property management system, and training for hotel managers.

### A3 Subscription Term

The Initial Term is 24 months from the Go-Live Date. Each period starting on the Go-Live Date or on an anniversary of it and ending on the day before the next anniversary is a "Subscription Year" for billing purposes. Renewal is governed by Section 9 of Part B.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, first Subscription Year | 46 hotels, unlimited surveys up to 400,000 responses | 268,000 |
| Subscription Fee, second Subscription Year | 46 hotels, same scope | 268,000 |
| Onboarding Services | fixed price, one-time | 42,000 |
| **Total Fees for the Initial Term** | | **578,000** |
| Additional responses above the envelope | per 1,000 responses | 180 |

All amounts include VAT. Additional responses are charged quarterly in arrears and are not part of the Total Fees.

### A5 Invoicing and Payment

The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date. The Onboarding Services fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice date. No amount is payable before the Go-Live Date.

### A6 Key Dates and Contacts

Target Go-Live Date: 75 days after signature of this Order Form. The Customer's project manager is the Director of Guest Experience; the Provider's project manager is its Head of Customer Success. Notices are to be sent to the addresses in A1, with a copy by email.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Services by or for the Customer, including guest names, contact details, stay information, survey responses and review texts.

1.2 "Go-Live Acceptance" means the Customer's written confirmation under Section 3 that the Services meet the acceptance criteria.

1.3 "Customer Configurations" means the survey templates, report layouts, interface mappings and other configurations prepared by the Provider specifically for the Customer.

### 2. Provision of the Services

2.1 The Provider will make the Services available to the Customer's authorised users during the Subscription Term in accordance with this Order Form, these General Terms and the documentation.

2.2 The Provider may improve the Services from time to time, provided that it does not materially reduce their functionality during the Subscription Term.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider will complete the onboarding services and notify the Customer that the Services are ready for acceptance testing.

3.2 Acceptance testing lasts ten working days and shall confirm that: all 46 hotels are configured with correct room, brand and outlet data; surveys are dispatched automatically after check-out for guests of at least five test hotels; the property management system interface transfers stay data without error for five consecutive days; and the dashboard reports reconcile with sample data supplied by the Customer.

3.3 If the criteria are met the Customer will sign a Go-Live Acceptance certificate, and the Go-Live Date is the date of that certificate. Use of the Services for testing does not constitute acceptance.

3.4 If Go-Live Acceptance is not achieved within the target date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a maximum of CNY 42,000.

### 4. Service Levels

4.1 The Provider will make the Services available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Incidents are classified by priority. For a Priority 1 incident (the Services are unavailable or surveys cannot be dispatched for all hotels), the Provider will respond within 1 hour and provide a workaround within 6 hours. Priority 2 incidents receive a response within 3 hours; Priority 3 incidents within one business day.

4.3 If monthly availability falls below the commitment in 4.1, the Customer is entitled to a service credit of 5% of the monthly equivalent of the Subscription Fee for each full 0.5 percentage point of shortfall, up to 25% of that monthly amount. If a Priority 1 response is late, the Customer receives a credit of CNY 300 per hour of delay. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider will process Customer Data only to provide the Services and as described in this Section.

5.2 The Customer grants the Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to compile industry benchmarks, train and improve its sentiment analysis models and develop new products and services, including after the end of the Subscription Term.

5.3 At the end of the Subscription Term the Provider will make Customer Data available for export for 30 days and then delete it from its production systems.

### 6. Data Security

6.1 The Provider will host Customer Data in a data centre located in mainland China operated by a provider holding a valid MLPS level 3 record, encrypt Customer Data in transit and at rest, restrict access to authorised personnel using multi-factor authentication, and keep access logs for at least 180 days.

6.2 The Provider will comply with the Personal Information Protection Law of the People's Republic of China in processing guests' personal information.

6.3 The Provider will notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, provide the information the Customer reasonably needs to meet its own obligations, and bear the costs and losses resulting from an incident caused by its failure to comply with this Section.

### 7. Confidentiality

7.1 Each party will keep confidential the other party's non-public business, technical and financial information, use it only for the purposes of this agreement and not disclose it to third parties except to its employees and professional advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the Subscription Term.

### 8. Intellectual Property

8.1 The Provider owns the Services, the software and all improvements to them.

8.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and allow third parties to use them for any purpose, and the Provider will deliver them in an editable format on request.

### 9. Term and Renewal

9.1 At the end of the Initial Term, this Order Form renews automatically for successive renewal terms, each equal in length to the Initial Term, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

9.2 The Provider may increase the Subscription Fee for each renewal term at its discretion by notifying the Customer of the new fees with the first invoice of the renewal term. Any such increase will not exceed 9% of the Subscription Fee for the preceding Subscription Year.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.2 If the Customer terminates for the Provider's breach, the Provider will refund the prepaid Subscription Fee for the remaining part of the Subscription Year.

### 11. Liability

11.1 Each party's total liability arising out of or in connection with this Order Form is limited to 150% of the Total Fees for the Initial Term. This limit does not apply to breach of Sections 5, 6 or 7, to fraud or to wilful misconduct.

### 12. Subcontracting

12.1 The Provider may not subcontract the hosting, support or onboarding services without the Customer's prior written consent. The Provider is responsible for the performance of any subcontractor approved by the Customer.

### 13. Governing Law and Disputes

13.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 This Order Form, together with Part B, is the entire agreement of the parties on its subject matter and prevails over any terms printed on purchase orders. Amendments require a written document signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E03 = """T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. LXCC-PUR-2027-0073
P:Buyer: Suzhou Lianxin Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province.
P:Supplier: Clwyd Sensing Technologies Ltd, a company registered in Wales with its principal place of business on Ash Road, Wrexham Industrial Estate, Wrexham.
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Supplier has submitted a quotation and a technical proposal, which the Buyer has accepted as set out below.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the wireless temperature and humidity sensors, gateways, mounting kits and spare batteries listed in the price table in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm, reporting and calibration management modules, licensed to the Buyer under clause 8.
P:1.3 "Deliverables" means the Equipment, the Software, the integration with the Buyer's warehouse management system and all documentation.
P:1.4 "Sites" means the Buyer's eight cold storage warehouses in Suzhou, Wuxi, Kunshan and Nantong and its fleet of 64 refrigerated vehicles.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and calibrate 1,200 sensors and 80 gateways at the Sites, install the Software on the Buyer's servers, integrate it with the Buyer's warehouse management system so that temperature excursions are attached to the affected stock, and train the Buyer's staff.
P:2.2 Each sensor shall measure temperature from -40 to +60 degrees Celsius with an accuracy of plus or minus 0.3 degrees and shall be supplied with a calibration certificate traceable to a national metrology institute.
H:3. Price
P:3.1 The Contract Price is CNY 1,240,000, including VAT, packing, transport to the Sites, customs clearance and insurance. It is broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|1,200|420|504,000
TB:2|Gateway with 4G and Ethernet|80|3,150|252,000
TB:3|ColdWatch monitoring software, perpetual licence for 1,500 devices|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,074,000
TB:4|Installation and calibration at the Sites|lot||96,000
TB:5|Integration with the warehouse management system|lot||58,000
TB:6|Training|lot||12,000
TB:|Contract Price|||1,240,000
P:3.2 The Contract Price is fixed and covers everything required to complete the scope in clause 2.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 124,000) within 30 days after signature, against a bank guarantee for the same amount.
P:4.2 55% of the Contract Price (CNY 682,000) within 30 days after the Buyer signs the Installation Certificate for all Sites. The Installation Certificate confirms that the Equipment has been installed and is not acceptance.
P:4.3 35% of the Contract Price (CNY 434,000) within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment within 50 days and complete installation and integration within 90 days after signature.
P:5.2 For each day of delay in delivery or in achieving Final Acceptance, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to a maximum of 10% of the Contract Price.
H:6. Acceptance
P:6.1 Final Acceptance requires that: every sensor reports to the Software at the interval specified in the technical proposal; a comparison with reference thermometers at each Site shows deviations within the specified accuracy; alarms reach the responsible duty officers by SMS and the mobile app within 60 seconds; the warehouse management interface links excursions to stock records correctly for 14 consecutive days; and no Severity 1 incident occurs in a 30-day trial run.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within ten working days after the criteria are met. Installation, productive use or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period it shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and shipping.
P:7.2 Incidents shall be handled according to the following table:
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Software unavailable or alarms not delivered for a whole Site|30 minutes|6 hours
TB:Severity 2|A gateway or a group of sensors offline|2 hours|24 hours
TB:Severity 3|A single sensor fault or a reporting issue|next business day|5 business days
P:7.3 The Software shall be available at least 99.95% of each calendar month, excluding maintenance windows agreed with the Buyer.
P:7.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000; for each 0.01 percentage point of monthly availability below the level in 7.3, CNY 1,200.
P:7.5 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal (CNY 80,550 per year). This fee is fixed for the first three years after warranty. Support is ordered year by year and does not renew automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 1,500 devices at any of the Buyer's sites and vehicles.
P:8.2 The integration programs, report templates and configuration developed for the Buyer belong to the Buyer, which may modify them and have them modified or licensed by third parties. The Supplier shall deliver their source code before Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 All temperature records, alarm logs, stock links and other data generated by the Deliverables belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Supplier shall configure the Software and gateways in accordance with the Buyer's security policy, use encrypted connections, access the Buyer's systems only through the Buyer's bastion host after approval, and store no Buyer data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting Buyer data within 2 hours, cooperate in investigation and remediation and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information relating to the Buyer's customers, warehouses, stock and security arrangements, and shall not disclose it without the Buyer's prior written consent, during this Contract and for five years thereafter.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages reach their maximum under clause 5.2.
H:14. Packing, Transport and Risk
P:14.1 The Supplier shall pack the Equipment to withstand transport by sea and road and storage in cold rooms, mark each package with the contract number and destination Site, and enclose a packing list.
P:14.2 Title to the Equipment passes to the Buyer on delivery to the Site. Risk of loss or damage passes on signature of the Installation Certificate for the Site concerned.
H:15. Training and Documentation
P:15.1 The Supplier shall train up to 40 of the Buyer's warehouse supervisors, quality staff and IT administrators in two sessions at the Buyer's Suzhou office, covering alarm handling, calibration management, report configuration and routine maintenance of the gateways.
P:15.2 Each participant shall receive printed course materials. The Supplier shall test the participants at the end of each session and repeat the training for those who do not pass, at no additional charge, until the Buyer has at least two qualified administrators at each Site.
P:15.3 The Supplier shall deliver user manuals, administrator manuals, installation drawings for each Site, calibration certificates and the integration design document in English and Chinese before Final Acceptance.
H:16. Compliance and Certification
P:16.1 The Equipment shall carry the China Compulsory Certification and radio type approval required for its sale and use in the People's Republic of China. The Supplier bears the cost of obtaining any certification that is missing at the time of delivery.
P:16.2 The Supplier shall observe the Buyer's site safety, hygiene and food safety rules while working in cold rooms and vehicles, and its personnel shall wear protective clothing supplied by the Supplier.
H:17. Force Majeure
P:17.1 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Time for performance is extended by the period of the force majeure event.
H:18. Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:19. General
P:19.1 This Contract is made in English and Chinese; both versions have equal effect. Annexes: technical proposal, site list, acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Services Agreement

**Agreement No. LER-MSA-2027-006**

This Managed Services Agreement is made between:

**Customer:** Wuhan Changjiang Engineering Consultants Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Wuhan, Hubei Province; and

**Service Provider:** Lough Erne Remote Operations Ltd, a company registered in Northern Ireland, whose principal office is at Darling Street, Enniskillen, County Fermanagh.

The Customer wishes to outsource the operation of its private cloud infrastructure, its Microsoft 365 tenant administration and its second-line service desk. The Service Provider operates a managed services centre and a partner office in Wuhan. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer accepts the completion of Transition under clause 4.

1.3 "Service Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data, including project drawings, engineering calculations, emails and personal information of the Customer's staff, stored in or processed by the systems covered by the Services.

1.5 "Service Levels" means the service levels in Schedule 2.

## 2. Services

2.1 The Service Provider shall provide the Services from the Service Commencement Date for the Service Term, in accordance with Schedules 1 and 2 and good industry practice.

2.2 The Service Provider shall assign a named service delivery manager, who will hold a monthly service review with the Customer and provide a monthly report on service levels, incidents, changes and capacity.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value over the Service Term is CNY 2,202,000.

3.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt. No payment is due before the Service Commencement Date.

3.3 The Monthly Service Charge is fixed for the Service Term. Changes in scope are priced through the change control procedure and require a written change note signed by both parties.

## 4. Transition and Acceptance

4.1 The Service Provider shall carry out the transition activities in Schedule 1 and complete Transition within 60 days after signature.

4.2 Transition is complete when: all in-scope servers, storage, network devices and tenant settings are recorded in the configuration management database and reconciled with the Customer's asset list; monitoring covers every in-scope device; run books for all critical systems have been approved by the Customer; and a ten-day parallel run with the outgoing provider has been completed without any unresolved Priority 1 incident.

4.3 The Customer shall sign an acceptance certificate within five working days after the criteria in 4.2 are met. Access to the systems or the start of monitoring does not in itself constitute acceptance.

4.4 If Transition is not completed by the date in 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 60,000.

## 5. Service Levels and Service Credits

5.1 The Service Provider shall meet the Service Levels in Schedule 2. Availability and response times are measured by the Service Provider's monitoring and ticketing tools, to which the Customer has read access.

5.2 If a Service Level is missed, the Service Provider shall grant the service credits stated in Schedule 2. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only to provide the Services and shall not copy, analyse or exploit it for any other purpose.

6.2 The Service Provider shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Data shall stay in the Customer's data centre in Wuhan. Remote administration shall take place only through the Customer's privileged access management system, with multi-factor authentication and session recording.

6.3 The Service Provider shall notify the Customer of any security incident affecting Customer Data within 2 hours, take immediate containment measures and bear the losses caused by incidents resulting from its failure to comply with this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including the Customer's project information, client lists, system architecture and passwords, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 Scripts, run books, configuration baselines and reports created by the Service Provider specifically for the Customer belong to the Customer, which may use and modify them freely, also with another provider.

8.2 The Service Provider's own tools and know-how remain its property.

## 9. Subcontracting

9.1 The Service Provider may subcontract parts of the Services, including after-hours monitoring and on-site hardware support, to its affiliates or to third-party providers by giving the Customer written notice at least 10 days before the subcontractor starts work. The Service Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Each party's aggregate liability under this Agreement shall not exceed the charges paid or payable by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to death or personal injury, fraud or wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term unless terminated earlier. It does not renew automatically; any extension requires a written agreement.

11.2 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach that is not remedied within 30 days after notice, or if the same Service Level is missed in three consecutive months.

11.3 On expiry or termination, the Service Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, return all Customer Data and documentation and delete any copies.

## 12. Governance and Change Control

12.1 Each party shall appoint a representative with authority to make decisions on day-to-day matters. The representatives shall meet each month to review service performance, open incidents, planned changes and risks, and shall record the actions agreed.

12.2 Changes to the scope of the Services shall be requested in writing. The Service Provider shall assess the impact on charges, Service Levels and security within ten working days, and no change takes effect until a change note is signed by both parties.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party without delay and uses reasonable efforts to resume performance. Disaster recovery arrangements described in Schedule 1 remain applicable during such events.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## Schedule 1 - Scope of Services

| Service element | Description |
|---|---|
| Transition | Knowledge transfer from the outgoing provider, CMDB build, monitoring set-up, run books |
| Private cloud operation | 48 hypervisor hosts, 620 virtual machines, SAN storage, backup and restore, patching |
| Network operation | Data centre switches, firewalls, VPN for 12 regional offices |
| Microsoft 365 administration | 2,300 users, mailbox, Teams and SharePoint administration, licence management |
| Service desk (second line) | Incidents and requests escalated by the Customer's first-line desk, 7 x 24 |
| Reporting | Monthly service report, quarterly capacity review |

## Schedule 2 - Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of production virtual machines | 99.95% per month | 2% of the Monthly Service Charge for each 0.1 point below target |
| Priority 1 incident (production down for a department or site) | response within 6 hours, resolution within 12 hours | CNY 1,000 per hour late |
| Priority 2 incident | response within 8 hours, resolution within 2 business days | CNY 300 per hour late |
| Priority 3 request | fulfilment within 3 business days | none |
| Backup success rate | 99% of scheduled jobs per month | 1% of the Monthly Service Charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after the Service Commencement Date | 96,000 |
| Monthly Service Charge | per month, 36 months, 58,500 per month | 2,106,000 |
| Total Contract Value | | 2,202,000 |
| Exit assistance | per engineer day, if requested | 3,200 |

Signed for the Customer: ____________________

Signed for the Service Provider: ____________________
"""

E05 = """VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. ORME-SUB-2027-031

BETWEEN

Great Orme Maritime Data Ltd, a company registered in Wales, with its principal office on Mostyn Street, Llandudno, Conwy ("Provider")

AND

Ningbo Haitong International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang Province ("Customer").

BACKGROUND

The Provider operates a vessel-tracking and port-congestion data service built from terrestrial and satellite AIS signals, port call records and its own estimated-time-of-arrival models. The Customer wishes to use this data through the Provider's application programming interface in its shipment visibility platform and customer portal. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's REST and streaming interfaces through which the Data is delivered.

1.2 "Data" means vessel positions, voyage details, port call events, berth waiting times, congestion indices and predicted arrival times supplied through the API.

1.3 "Customer Data" means the watch lists, booking references, container numbers, cargo descriptions and other information that the Customer submits through the API or the web console.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Integration Acceptance Date.

1.5 "Subscription Term" means the two Subscription Years.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its internal operations and to display the Data to its own customers through its shipment visibility portal, with attribution to the Provider.

2.2 The subscription covers up to 3,000 tracked vessels at any time and up to 20 million API calls per Subscription Year. The Customer may not resell the Data as a stand-alone data feed.

3. INTEGRATION SUPPORT AND ACCEPTANCE

3.1 The Provider will provide integration support: API credentials for test and production, a mapping of the Customer's carrier and port codes, sample code, and two engineers for remote workshops with the Customer's developers. The Provider will also develop custom integration scripts that load Data into the Customer's platform ("Custom Scripts").

3.2 The Customer will test the integration for fifteen working days. Integration acceptance requires that: vessel positions for a test list of 200 vessels are received with a latency of no more than 5 minutes; port call events for the ports of Ningbo, Shanghai, Singapore, Rotterdam and Los Angeles match the Customer's sample records; predicted arrival times are delivered for every vessel on the test list; and the Custom Scripts run without error for ten consecutive days.

3.3 When these criteria are met, the Customer will sign an integration acceptance certificate. The date of that certificate is the "Integration Acceptance Date". Access to test credentials does not constitute acceptance.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription Fee for the first Subscription Year: CNY 246,000;
(b) Subscription Fee for the second Subscription Year: CNY 246,000;
(c) Integration Support and Custom Scripts, one-time: CNY 38,000.
The total fees under this Agreement are CNY 530,000, including VAT.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after the Integration Acceptance Date. Invoices are payable within 30 days.

4.3 API calls above the annual allowance are charged at CNY 60 per 100,000 calls, invoiced quarterly in arrears. These charges are not part of the total fees.

5. SERVICE LEVELS

5.1 The Provider will make the API available 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance.

5.2 The Provider will respond to a Priority 1 incident (the API is unavailable or returns no position data) within 2 hours of notification, and to a Priority 2 incident (delayed or incomplete data for a region) within 8 hours.

5.3 The Provider will use reasonable efforts to restore the API as soon as practicable and will report on every Priority 1 incident within five working days, including its cause and the measures taken to prevent recurrence.

5.4 The Provider will publish a monthly availability report in the web console.

6. DATA QUALITY

6.1 The Data is derived from third-party radio signals and public sources. The Provider will apply industry-standard filtering and validation but does not guarantee that every vessel position is complete or accurate.

6.2 The Customer will report suspected data errors through the web console, and the Provider will investigate them within three working days.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider will use Customer Data only to deliver the API and the Data to the Customer and will not disclose it to third parties or use it for any other purpose.

7.2 At the end of the Subscription Term, the Provider will return Customer Data on request and then delete it.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the non-public information of the other party disclosed under this Agreement, including the Customer's shipment volumes, customer names and pricing and the Provider's models and pricing, and will not disclose it to third parties except to staff and advisers who need to know it.

8.2 This obligation continues for three years after the end of the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the API, the Data and its models. The Customer's rights in the Data are limited to those granted in clause 2.

9.2 The Custom Scripts belong to the Customer. The Customer may use, modify and license them freely and have them maintained by third parties. The Provider will deliver their source code at Integration Acceptance.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 4.1. This limit does not apply to fraud, wilful misconduct or breach of clause 8.

10.2 Neither party is liable for indirect loss or loss of profit.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Provider shall not subcontract the provision of the API or the integration support without the Customer's prior written consent, except for the purchase of raw AIS signals from satellite operators named in Annex 1.

11.2 Neither party may assign this Agreement without the written consent of the other party.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and expires at the end of the second Subscription Year. It does not renew automatically. The parties may agree on a renewal in writing.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

12.3 If the Customer terminates for the Provider's breach, the Provider will refund the Subscription Fee for the unused part of the current Subscription Year.

13. CUSTOMER OBLIGATIONS

13.1 The Customer will use the API in accordance with the documentation, keep its API credentials within its organisation and inform the Provider without delay if it believes a credential has been misused.

13.2 The Customer is responsible for the content of the watch lists and other Customer Data it submits and for having the right to submit it.

13.3 The Customer will display the attribution notice specified in Annex 2 wherever Data is shown to its own customers.

14. SUPPORT

14.1 The Provider will provide support in English and Chinese through the web console, email and a telephone hotline. Support requests are logged in the Provider's ticketing system, and the Customer can follow their status in the web console.

14.2 The Provider will assign an account manager who will meet the Customer online each quarter to review usage, data quality reports and planned changes to the API.

14.3 The Provider will give the Customer at least 90 days' notice before retiring any API version used by the Customer.

14.4 The Provider will keep a sandbox environment available to the Customer throughout the Subscription Term, with sample data refreshed at least weekly, so that the Customer can test new releases of its own platform before deploying them.

15. FORCE MAJEURE

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including the failure of satellite operators or radio interference, provided that it informs the other party promptly and uses reasonable efforts to resume performance.

16. NOTICES

16.1 Notices under this Agreement shall be in writing and sent by courier or email to the addresses stated above or later notified in writing. An email notice is received on the next business day after it is sent.

17. GOVERNING LAW AND DISPUTES

17.1 This Agreement is governed by the laws of the People's Republic of China.

17.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

18. GENERAL

18.1 This Agreement, with Annex 1 (Satellite AIS suppliers) and Annex 2 (API documentation), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", availability_pct=None, liability_cap_pct=None,
          prepayment_pct=None, warranty_months=None, post_warranty_fee_pct=None, final_payment_on_acceptance=None)

# stem, source, format, lang, category, contract value, terms, extra, fee base (itemised licence/hardware), design rules
D = [
 ("h854z01_health_commission_nursing_room_platform", Z01, "pdf", "zh", "software", 940000,
  dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
  dict(capped=True, deemed=False), 486000, []),
 ("h854z02_soy_sauce_bottling_line_control_retrofit", Z02, "docx", "zh", "hardware", 1980000,
  dict(OK, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=50, prepayment_pct=20,
       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18, contract_kind="goods_or_licence"),
  dict(capped=True, deemed=False), 1656000, ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"]),
 ("h854z03_peking_opera_school_booking_membership_saas", Z03, "txt", "zh", "cloud", 792000,
  dict(OK, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=800 / 792000 * 100, liability_cap_pct=200,
       prepayment_pct=480000 / 792000 * 100, contract_kind="service"),
  dict(sla=False, deemed=False), None, ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 ("h854z04_urban_management_smart_toilet_om_service", Z04, "txt", "zh", "services", 586000,
  dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, confidentiality=False,
       termination_for_breach=False, contract_kind="service"),
  dict(deemed=False), None, ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-TERMINATION"]),
 ("h854z05_inlaid_porcelain_studio_tracking_supplier_template", Z05, "md", "zh", "software", 540000,
  dict(OK, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, prepayment_pct=50,
       acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=26,
       subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
  dict(capped=True, deemed=True), 380000,
  ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
   "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 ("h854e01_maintenance_software_perpetual_licence_omagh_vendor", E01, "pdf", "en", "software", 1810000,
  dict(OK, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13, governing_law="Northern Ireland",
       contract_kind="goods_or_licence"),
  dict(capped=True, deemed=False), 1260000, ["CR-GOVERNING-LAW"]),
 ("h854e02_hotel_guest_feedback_saas_order_form_aberystwyth", E02, "md", "en", "cloud", 578000,
  dict(OK, availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False, ld_rate_per_day_pct=500 / 578000 * 100,
       liability_cap_pct=150, auto_renewal_price_increase=True, contract_kind="service"),
  dict(deemed=False), None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 ("h854e03_cold_chain_sensors_monitoring_licence_wrexham", E03, "docx", "en", "hardware", 1240000,
  dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
       prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
       contract_kind="goods_or_licence"),
  dict(capped=True, deemed=False), 1074000, []),
 ("h854e04_engineering_firm_managed_services_enniskillen", E04, "md", "en", "services", 2202000,
  dict(OK, availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=2000 / 2202000 * 100,
       liability_cap_pct=6 / 36 * 100, subcontract_without_consent=True, contract_kind="service"),
  dict(deemed=False), None, ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
 ("h854e05_vessel_data_api_subscription_llandudno", E05, "txt", "en", "services", 530000,
  dict(OK, availability_pct=99.95, p1_response_hours=2, sla_remedy=False, data_security_clause=False,
       ld_rate_per_day_pct=None, liability_cap_pct=200, contract_kind="service"),
  dict(deemed=False), None, ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
]

THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(t, v, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (v + fees) * 100


def derive(t, x, v, base):
    """My reading of policy §3, from the labels alone (plus the itemised fee base for TCO)."""
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
        s = tco_share(t, v, base)
        if s is not None and s > 40:
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


SEV_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
SEV_LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if SEV_HIGH & set(rules):
        return "high"
    if set(rules) - SEV_LOW:
        return "medium"
    return "low"


def label(d):
    stem, src, fmt, lang, cat, v, t, x, base, design = d
    terms = {k: t[k] for k in KEYS}
    extra = {"sla_clause": x.get("sla", True), "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = v
    rules = derive(terms, extra, v, base)
    assert rules == sorted(design), (stem, rules, design)
    return {"file": stem + "." + fmt, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- thresholds in texts
_NUM = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?![\d])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"\bfour[\s-]*(?:business\s*)?hours?",
    r"(?<![十零一二三四五六七八九])四个?小时",
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十零一二三四五六七八九点])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百(?![零一二三四五六七八九十])",
    r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![零一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve[\s-]*months?", r"(?<![第每])一年", r"\bone[\s-]*year\b",
    r"(?<![\d.])1\s*-?\s*year\b", r"(?<![\d.])12\s*-?\s*month",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![零一二三四五六七八九点])", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "availability of 99.90%", "4 hours", "4小时", "within 4-hour", "four hours", "四小时",
            "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十",
            "12 months", "12个月", "十二个月", "twelve months", "one year", "一年", "12-month", "15%", "百分之十五",
            "40%", "百分之四十", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.08%", "0.5%", "万分之八", "万分之五十",
             "150%", "130%", "1,100%", "200%", "35%", "3%", "12,000瓶", "2027年12月31日", "first Subscription Year",
             "每一年", "第一年", "115%", "45%", "5%", "412,000", "万分之二"]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


def main():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {d[0]: d[1] for d in D if d[2] in ("docx", "pdf")}
    targets = {d[0]: (d[0] + "." + d[2], d[2]) for d in D if d[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    bad = []
    for d in D:
        stem, src, fmt, lang, cat, v, t, x, base, design = d
        path = OUT / (stem + "." + fmt)
        if fmt in ("txt", "md"):
            path.write_text(src.strip("\n") + "\n", encoding="utf-8")
        lab = label(d)
        for k, th in THRESH.items():
            val = lab["expected_terms"][k]
            assert val is None or abs(val - th) > 1e-9, (stem, k, val)
        share = tco_share(lab["expected_terms"], v, base)
        assert share is None or abs(share - 40) > 2, (stem, share)
        text = read_back(path)
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%-62s %5d %s %-6s rules=%d tco=%s %s" % (stem, n, "ok" if lo <= n <= hi else "OUT", risk(lab["expected_rules"]),
              len(lab["expected_rules"]), None if share is None else round(share, 2), hits or ""))
        if not lo <= n <= hi or hits:
            bad.append(stem)
        covered |= set(lab["expected_rules"])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    allr = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
            "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == allr, allr - covered
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
