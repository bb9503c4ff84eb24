"""holdout1060: builds the ten blind held-out draft contracts of this folder and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built with ../word_pdf.py. Labels come from LABELS below; expected rules are derived from the labels with this
folder's reading of policy §3 and compared with the design list; lengths and thresholds are asserted on the files as
read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf)
Z01 = """T:地下空间综合管理平台采购及定制开发合同
P:合同编号：RF-ZC-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：江陵市人民防空办公室
P:乙方（供应商）：湖州衡舆信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就地下空间综合管理平台的软件许可及定制开发事宜，按甲方合同文本订立本合同。
H:第一条 采购内容
P:1.1 乙方向甲方提供"衡舆地下空间管理平台V5"软件永久使用许可一套（含GIS引擎、工程档案、巡查检查、应急指挥四个基础模块），并按甲方需求开发人防工程审批衔接、平战转换台账、地下停车资源共享、移动巡查APP四个定制模块。
P:1.2 乙方负责对甲方现有2,360处人防工程及地下空间的档案数据进行清洗、标准化和入库，完成与市政务数据共享平台、市应急指挥平台的接口对接。
P:1.3 项目实施周期为合同签订之日起一百五十日，乙方应在合同签订后十日内提交实施方案，经甲方确认后执行。实施方案应包括需求调研计划、数据治理规则、接口联调计划、测试方案和上线切换方案。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），其中：平台软件许可费¥1,160,000；定制模块开发费¥780,000；数据治理及入库费¥210,000；部署实施及培训费¥90,000。
P:2.2 合同总价为固定总价，已包含软件许可、开发、税费、差旅、培训及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 系统部署完成、通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初步验收在系统部署及数据入库完成后进行，验收标准为：招标文件功能清单逐项通过测试；入库数据与原始档案抽查比对差错率不高于千分之二；两个外部接口连续运行七日无中断。
P:4.2 初步验收后进入九十日试运行。试运行期间无一级故障、并发300用户时页面平均响应不超过3秒、通过第三方安全测评的，甲方组织最终验收并出具验收报告。
P:4.3 验收时乙方应提交测试记录、数据比对报告、安全测评报告和全部交付文档，甲方可邀请专家参与评审。
P:4.4 系统上线使用、甲方支付款项均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第五条 服务水平
P:5.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意。
P:5.2 一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障一个工作日内处理。
P:5.3 乙方应提供7×24小时服务热线，每月向甲方提交运行报告，列明可用率、故障处理、巡检和数据备份情况。
P:5.4 重要节日、防空警报试鸣及应急演练期间，乙方应安排技术人员现场值守。
P:5.5 乙方每迟延响应或到场一小时，向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，扣减当期维护费¥2,000，质保期内从甲方应付乙方的款项中扣除。
H:第六条 质保及后续维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和现场支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），该价格在质保期满后三年内不得上调。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制模块、接口程序、数据处理脚本及其源代码和技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 人防工程档案、地下空间数据及平台运行产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》及涉密管理规定，实施人员须签署保密承诺书，经堡垒机访问生产环境，不得将数据带离甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，由乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对在履行合同过程中知悉的甲方工作秘密、工程位置信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包与转让
P:乙方不得将本合同项下的任何工作分包或转让给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同的订立、履行和解释适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理及人员
P:14.1 乙方应指定具有五年以上同类项目经验的项目经理一名，常驻甲方现场，负责进度、质量和安全管理，未经甲方书面同意不得更换。
P:14.2 乙方每周向甲方提交项目周报，每月参加甲方组织的项目例会，如实报告进度偏差和风险。
P:14.3 乙方人员应遵守甲方机关的安全保卫、保密和考勤制度，甲方认为不称职的，乙方应在五个工作日内更换。
H:第十五条 培训及交付文档
P:15.1 乙方应为甲方系统管理员、业务人员和区级人防部门用户提供不少于三期集中培训及上线后的现场指导。
P:15.2 乙方应在最终验收前交付需求规格说明书、设计文档、数据字典、接口说明、测试报告、部署手册、运维手册和用户手册，并保证与实际系统一致。
H:第十六条 知识产权担保
P:乙方保证其提供的软件及交付成果不侵犯任何第三方的知识产权。第三方就此向甲方主张权利的，由乙方负责处理并承担全部费用和赔偿责任。
H:第十七条 不可抗力
P:因地震、洪水、战争等不可抗力致使合同不能履行的，受影响一方应在三日内通知对方，并在十五日内提供有关部门出具的证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十八条 通知与廉洁
P:18.1 双方往来通知以书面形式送达本合同载明的地址或联系人，变更地址的应提前书面告知对方。
P:18.2 乙方不得向甲方工作人员提供任何形式的回扣、礼金或其他不正当利益，违反的，甲方有权解除合同并报告有关部门。
H:第十九条 其他
P:19.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，内容不一致的，以对甲方更有利的为准。
P:19.2 本合同一式六份，甲乙双方各执二份，政府采购监管部门、采购代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：________    乙方（盖章）：________
"""

# ---------------------------------------------------------------- z02 (docx)
Z02 = """T:生产线控制系统改造合同
P:合同编号：QJ-SB-2027-0316
P:甲方：苏州清岚环境电器有限公司
P:乙方：常州启衡自动化工程有限公司
P:甲方为提升空气净化器总装线和滤网生产线的自动化水平，委托乙方对三条生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方负责更换总装线、滤网折叠线和包装线共六台PLC控制柜，加装工位人机界面、扭矩及风量检测传感器和变频器，并部署生产数据采集软件。
P:（二）乙方负责开发生产数据采集软件与甲方现有ERP、WMS之间的接口程序，以及产线看板和设备报警推送功能。
P:（三）改造须利用甲方春节停产期分段实施，每条生产线停线时间不超过七日。
P:（四）乙方负责拆除原控制柜并按甲方要求运至指定仓库，拆除的旧设备归甲方所有。
P:（五）改造后的控制系统应能记录每台空气净化器的装配扭矩、风量测试值、操作工位和时间，并按产品序列号查询，满足甲方质量追溯要求。
H:二、合同价格
P:合同总价为人民币壹佰柒拾贰万元整（¥1,720,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含程序）|6套|118,000|708,000
TB:2|工位人机界面|24台|9,500|228,000
TB:3|检测传感器及变频器|1批|336,000|336,000
TB:4|生产数据采集软件许可|1套|208,000|208,000
TB:小计|软硬件小计|||1,480,000
TB:5|ERP/WMS接口及看板开发|1项|88,000|88,000
TB:6|安装调试|1项|132,000|132,000
TB:7|操作及维修培训|1项|20,000|20,000
TB:合计||||1,720,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装、甲方签收后，甲方支付合同总价的55%；签收仅确认数量，不构成质量验收。
P:（三）最终验收合格后，甲方支付合同总价的35%。
H:四、验收
P:（一）每条生产线改造完成后连续试生产十五日，节拍不低于改造前水平，检测数据缺失不超过千分之五，设备报警能在5秒内推送至看板，ERP/WMS接口数据核对一致，视为该线合格。
P:（二）甲方质量部参与试生产期间的检测数据核对，发现数据缺失或错误的，乙方应在两日内查明原因并修正。
P:（三）三条生产线全部合格后，双方在十日内进行最终验收并签署验收报告。试生产、投入使用或付款均不视为验收合格。
H:五、质保及维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现故障的，乙方免费维修或更换，更换的部件重新计算质保期，乙方往返差旅及备件运输费用由乙方承担。
P:（二）一级故障（导致整条生产线停线）乙方应在1小时内响应，6小时内到场；二级故障8小时内响应。乙方迟延响应或到场的，每迟延一小时向甲方支付¥800。
P:（三）质保期满后，乙方提供年度维保服务，维保费按软硬件小计的28%每年计取，即每年¥414,400，三年内不调整。维保内容包括定期巡检、备件更换、程序维护和软件升级。
H:六、知识产权
P:（一）生产数据采集软件的著作权归乙方所有，甲方获得永久使用许可。
P:（二）为甲方编写的PLC程序、接口程序、看板及其源代码归甲方所有，乙方应在验收时交付，甲方可自行修改。
H:七、数据安全
P:（一）生产数据、工艺参数及产量数据归甲方所有，乙方仅为本合同目的使用，不得复制或向第三方提供。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方提供的专用通道进行；乙方应采取防病毒、访问控制等措施，发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方，并对因其过错造成的损失承担赔偿责任。
H:八、保密
P:乙方对甲方的工艺文件、配方、产能数据、客户及供应商信息负有保密义务，未经甲方书面同意不得向第三方披露或用于本合同以外的目的，合同终止后三年内仍须遵守。
H:九、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方交付的设备型号、数量或性能不符合合同约定的，乙方应在七日内免费更换，由此造成的停线损失由乙方承担。
P:（三）乙方对本合同项下的赔偿责任总额以合同总价的150%为限，但故意或重大过失、人身伤害及违反第七条的情形除外。
H:十、分包
P:乙方不得分包主体工作；电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意。
H:十一、合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还已收取的相应款项并赔偿甲方损失。
H:十二、工期及停线安排
P:（一）乙方应在合同生效后二十日内提交详细实施方案，包括各生产线的停线计划、切换步骤、回退方案和人员安排，经甲方生产部确认后执行。
P:（二）全部改造工作应在合同生效后九十日内完成。停线期间乙方应每日向甲方报告进度，因乙方原因超出停线计划的，除承担违约责任外，还应安排人员加班赶工。
P:（三）改造期间如发生程序故障导致停线，乙方应立即按回退方案恢复原控制系统，确保甲方正常生产。
H:十三、设备及技术要求
P:（一）乙方提供的控制柜、人机界面、传感器和变频器应为原厂全新合格产品，附合格证、检测报告和原厂质保凭证，品牌型号与投标清单一致。
P:（二）控制系统应预留不少于两成的输入输出余量，程序应有完整注释，关键参数修改需授权登录并留存日志。
H:十四、安全生产与现场管理
P:乙方人员进入甲方厂区应遵守甲方安全生产、消防和洁净车间管理制度，电气作业人员须持有效特种作业证。乙方在施工中造成人员伤亡或财产损失的，由乙方承担责任。
H:十五、培训及技术资料
P:（一）乙方应对甲方操作工、设备维修员各进行不少于两期培训，确保其能独立完成日常操作、参数调整和一般故障排除。
P:（二）乙方应在最终验收前交付电气图纸、程序清单、接口说明、备件清单、操作和维修手册的纸质版及电子版。
H:十六、通知及联系人
P:（一）甲方项目联系人为设备部负责人，乙方项目联系人为本项目项目经理。双方联系人变更的，应提前三日书面通知对方。
P:（二）与本合同履行有关的通知、确认和整改要求应以书面形式或双方确认的电子邮箱发送，电子邮件发出后一个工作日视为送达。
H:十七、廉洁条款
P:乙方不得向甲方采购、设备和生产部门的人员提供回扣、礼品、宴请或其他利益。经查实的，甲方有权解除合同并要求乙方按合同总价的5%支付违约金，同时取消乙方的供应商资格。
H:十八、备品备件
P:（一）乙方应随设备免费提供一年用量的易损件，包括继电器、保险管、接近开关及触摸屏保护膜，并列明清单交甲方设备部。
P:（二）质保期满后十年内，乙方应保证备件供应，停产部件应提供兼容替代方案。
H:十九、不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应及时书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:二十、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交苏州仲裁委员会仲裁。
H:二十一、其他
P:本合同附件包括技术规格书、实施方案和设备清单，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (txt)
Z03 = """预约及会员管理系统订阅服务合同

合同编号：JQ-IT-2027-011
甲方：浙江逐浪户外运动连锁管理有限公司
乙方：杭州栖云软件服务有限公司

甲方在全国经营40家皮划艇体验门店，需要统一的线上预约、会员及储值管理系统。乙方以SaaS方式提供该系统并负责实施。双方订立本合同如下。

一、服务内容
（一）乙方为甲方40家门店开通"栖云场馆通"预约及会员系统，包括微信小程序预约、船只及教练排班、会员储值与积分、团建订单、门店收银和经营报表功能。
（二）乙方负责系统初始化配置、从甲方原收银系统迁移历史会员及储值数据、小程序页面按甲方品牌定制、店长及前台培训（以下统称"实施服务"）。
（三）系统应支持按门店、船型（单人艇、双人艇、桨板）和时段设置价格与库存，支持天气原因一键取消场次并自动退款，支持会员卡跨门店使用和储值余额统一结算。
（四）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。

二、费用
（一）订阅费按门店计算，每店每个服务年度¥6,800，40家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）实施服务费为一次性费用¥86,000。
（三）本合同总价为¥630,000。短信条数超出套餐部分按实际用量另行结算，不计入合同总价。

三、付款
（一）实施服务费在系统上线验收合格后十五日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五日内一次性支付。第二个服务年度的订阅费，甲方可扣除第一个服务年度内累计应抵扣的服务费后支付。
（三）乙方应在付款前开具合法有效的增值税专用发票。

四、上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。上线验收标准为：
1. 全部门店可正常接受预约、排班和收银；
2. 历史会员数据（约8.6万条）与甲方原系统核对一致，储值余额零差错；
3. 高峰期500人同时预约时，页面响应不超过2秒；
4. 连续运行十日无一级故障。
（二）甲方可选择三家门店先行试点，试点运行正常后再分批上线其余门店，试点期间发现的问题乙方应在全部门店上线前修复。
（三）验收通过后双方签署上线验收单；未通过的，乙方应在七日内整改后重新验收。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，按月统计，计划内维护须安排在凌晨一点至五点之间并提前通知甲方。
（二）一级故障（系统整体不可用、无法预约或收银）乙方应在1小时内响应，3小时内恢复；二级故障2小时内响应，当日恢复。
（三）月可用率未达到约定值的，每低于0.1个百分点，乙方按当月订阅费的2%向甲方抵扣服务费；一级故障响应超时的，每次抵扣¥500。

六、续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期可连续发生。续期时乙方有权根据市场情况调整订阅单价，并于续期前以短信或邮件通知甲方，调整后的价格自续期之日起执行。

七、数据归属与数据安全
（一）会员信息、预约记录、交易及储值数据归甲方所有，乙方仅为提供本合同服务使用，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于境内云平台，采取加密存储、访问控制和操作日志审计措施，并每日备份。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此给甲方造成的损失。
（三）乙方不得在系统中向甲方会员推送第三方广告，不得利用甲方会员数据开展营销或用户画像。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。

八、保密
双方对在合作中知悉的对方商业秘密、门店经营数据、价格策略和会员规模等信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。

九、知识产权
系统平台的知识产权归乙方所有。为甲方定制的小程序页面、品牌素材及报表模板归甲方所有，甲方可自由使用和修改。

十、分包
乙方可将短信通道、支付对接及部分门店的现场培训交由第三方完成，提前书面通知甲方即可，乙方对第三方的工作承担责任。

十一、违约责任
（一）乙方未按期完成上线的，每逾期一日向甲方支付违约金¥500。
（二）乙方违反第七条造成甲方损失的，应全额赔偿，包括甲方因此向会员支付的补偿、被监管部门处以的罚款及合理的维权费用。
（三）历史会员数据迁移错误导致储值余额差错的，乙方应负责核实更正，并承担甲方因此向会员垫付的金额。

十二、合同解除
乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。连续两个月可用率低于约定值的，视为乙方严重违约。

十三、甲方义务
（一）甲方应指定项目负责人及各区域联络人，在实施期间及时确认配置方案、提供门店信息、船只及教练资料和历史会员数据。
（二）甲方应按时支付费用，妥善保管管理员账号和密码，因甲方账号管理不善造成的损失由甲方自行承担。
（三）甲方应保证其导入系统的会员信息已依法取得会员授权。

十四、门店增减及服务变更
（一）服务期内甲方新开门店的，乙方应在接到通知后五个工作日内开通，订阅费按每店每个服务年度¥6,800及剩余天数折算。
（二）甲方关闭门店的，可提前十五日书面通知乙方停用该门店账号，已支付的当期订阅费按剩余天数折算后在下期费用中抵扣。
（三）乙方对系统功能进行重大调整的，应提前三十日通知甲方，不得降低本合同约定的功能和服务水平。

十五、培训与客服
（一）乙方应编制门店操作手册和常见问题指引，在系统内提供视频教程，并随版本更新及时修订。
（二）乙方应在上线前为每家门店的店长和前台人员提供线上培训，并在华东、华南、西南三个区域各组织一次集中现场培训。
（三）服务期内乙方提供7×24小时客服热线和在线工单，门店人员可随时报告问题；乙方应为甲方指定专属客户成功经理，每季度回访一次，收集门店使用意见。
（四）乙方对系统进行版本更新的，应提前三日在系统内公告更新内容，更新不得安排在周末及法定节假日的营业高峰时段。

十六、服务报告
乙方每月五日前向甲方提交上月服务报告，内容包括系统可用率、故障及处理情况、工单统计、数据备份检查结果及服务费抵扣计算。甲方对报告有异议的，双方在十日内核对确认。

十七、不可抗力
因地震、台风、洪水、、电信骨干网络故障、政府行为等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核，但乙方应在不可抗力消除后立即恢复服务。

十八、通知
双方指定的联系人、电子邮箱和通讯地址见合同附件。与本合同有关的通知以书面或电子邮件方式发送，电子邮件发出后一个工作日视为送达。

十九、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

二十、其他
本合同附件包括功能清单、门店清单、实施计划和服务水平说明，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：________        乙方（盖章）：________
"""

# ---------------------------------------------------------------- z04 (txt)
Z04 = """高空抛物监测系统运维服务合同

项目编号：GA-CS-2027-004（竞争性磋商）
甲方：临江市公安局
乙方：临江鸿瞻安防技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对全市高空抛物监测系统提供年度运维服务。双方订立本合同。

第一条 服务范围
1. 运维对象包括全市126个住宅小区安装的1,840路高空抛物监测摄像机、126台边缘分析设备、汇聚交换机、传输链路以及部署在公安视频专网的监测管理平台。
2. 运维设备清单及点位分布详见附件一，服务期内甲方新增点位的，乙方应一并纳入运维范围，新增点位数量不超过原数量的百分之五的，不另行增加费用。
3. 服务内容包括日常巡检、故障处置、设备清洁与校准、平台软件维护、算法误报调优、数据备份，以及重大活动期间的现场保障。
4. 服务期自2027年1月1日起至2027年12月31日止。

第二条 服务费用
1. 年度运维服务费为人民币肆拾陆万捌仟元整（¥468,000），包含人工、备品备件、工具、交通及税费。
2. 服务费按季度支付，每季度结束且当季考核合格后十五个工作日内，甲方支付¥117,000。本合同不设预付款。
3. 乙方应在每次收款前开具增值税普通发票，发票金额与当期应付款项一致。
4. 单件价值超过¥3,000的设备因非乙方原因损坏需要更换的，由乙方报价，经甲方确认后另行结算。

第三条 服务交接
1. 乙方应在2027年1月1日前完成运维交接：接收设备台账、平台账号和历史工单，建立值班制度并报甲方备案。
2. 乙方未按期完成交接并开始服务的，每逾期一日，按年度服务费的千分之一向甲方支付违约金。

第四条 服务要求
1. 乙方应安排不少于六名专职运维人员，其中驻场两人，实行7×24小时值班。
2. 一级故障（平台中断或连片20路以上摄像机离线）乙方应在30分钟内响应、2小时内到场；二级故障（单个小区设备离线）2小时内响应、当日修复；三级故障（单路摄像机画面异常）两个工作日内修复。
3. 乙方每月对全部点位巡检一次，每季度对摄像机镜头清洁、校准一次，并提交巡检报告。巡检报告应附点位照片、设备运行参数和发现问题的处理结果，由驻场人员签字确认。
4. 乙方应每日检查平台告警和设备在线情况，发现离线设备应主动派单处理，不得等待甲方报修。
5. 乙方每半年对算法模型进行一次误报分析，结合小区楼栋结构调整检测区域和灵敏度，调整方案须经甲方确认。
6. 乙方响应或修复超时的，甲方可要求乙方书面说明原因并限期改进；乙方应在季度服务报告中列明超时情况。

第五条 考核与验收
1. 甲方按季度考核，考核内容包括：工单按时处置率不低于95%，巡检报告完整，算法误报率较上季度下降或不高于5%，数据备份完整可恢复。
2. 季度考核由甲方科技信息化部门组织，乙方应在每季度结束后五个工作日内提交季度服务报告及工单统计。
3. 年度服务期满，乙方提交年度运维总结、设备台账和备份数据，甲方对照本条标准组织年度验收。
4. 季度考核不合格的，乙方应在十五日内整改，整改合格后甲方支付当季服务费。

第六条 数据安全
1. 监测视频、告警记录、住户相关信息及平台数据属于甲方，乙方仅为履行运维职责接触，不得复制、下载、截留或向任何单位和个人提供。
2. 乙方人员须通过甲方政审，经公安视频专网安全接入平台访问系统，严禁使用个人移动存储介质。
3. 发生数据泄露、丢失或被非法访问的，乙方应立即报告甲方并配合调查，因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

第七条 保密
乙方及其人员对履行合同中知悉的公安工作秘密、点位分布、警务信息负有保密义务，不得以任何形式泄露，保密义务在合同终止后继续有效。

第八条 知识产权
乙方在运维中形成的巡检报告、配置文档、调优参数及运维记录归甲方所有。

第九条 分包
乙方不得将本合同服务分包或转包给第三方。

第十条 合同期限与解除
本合同在服务期内对双方具有约束力，任何一方不得单方解除合同。如遇政策调整导致项目取消的，双方协商处理。

第十一条 廉洁与保密承诺
1. 乙方不得以任何形式向甲方工作人员及其亲属提供财物或其他利益，不得借运维之便打听、传播与服务无关的警务信息。
2. 乙方全部运维人员应在进场前签署个人保密承诺书，离职时应交还工作证件和全部工作资料，并由乙方书面报告甲方。

第十二条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 运维人员管理
1. 乙方应指定运维项目经理一名，负责服务组织、人员调度和与甲方的日常沟通。项目经理和驻场人员须保持稳定，确需更换的，应提前十日报甲方同意。
2. 乙方人员进入公安机关办公及机房区域须佩戴工作证，遵守甲方门禁、登记和安全管理规定，不得擅自进入无关区域。
3. 乙方应为运维人员缴纳社会保险并购买意外伤害保险，登高作业须配备安全防护装备，作业中发生的人身伤害由乙方负责。

第十四条 备品备件与工单管理
1. 乙方应在本市设立备件库，常备摄像机、边缘分析设备、交换机、电源模块等易损备件，数量不少于在用设备的百分之三。
2. 全部故障及巡检工作均应通过甲方运维工单系统派单、处理和闭环，乙方应如实填写处理过程和处理时间，不得补录或修改。
3. 乙方发现设备存在批量性隐患的，应及时向甲方提交分析报告和处理建议。

第十五条 重大活动保障
遇重大活动、节假日及甲方临时部署的安保任务，乙方应按甲方要求增派人员，提前完成重点点位的检查和调试，并安排技术人员现场值守。台风、暴雨等极端天气前后，乙方应对全部室外点位的立杆、箱体和防水情况进行专项检查。

第十六条 服务期满交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务单位完整移交设备台账、账号密码、配置文档和备份数据，并配合完成不少于十日的过渡交接。

第十七条 年度评估与改进
1. 服务期满前一个月，乙方应对全市点位运行情况进行全面评估，提交设备老化分析、误报漏报统计及下一年度改进建议。
2. 甲方可邀请属地派出所、街道及物业单位对乙方服务进行满意度评价，评价结果作为甲方年度验收的参考。
3. 乙方应配合甲方接受上级公安机关和审计部门的检查，如实提供运维记录和费用资料。

第十八条 现场作业要求
1. 乙方对监测摄像机进行维护时，应提前与小区物业沟通，不得影响居民正常生活，登高作业应设置警示区域。
2. 乙方更换下来的存储介质应交甲方统一销毁，不得自行处置或带离。
3. 乙方更换的设备和配件应与原设备型号一致或性能不低于原设备，并经甲方确认后方可使用。

第十九条 不可抗力
因自然灾害、电力中断、通信运营商线路故障等不可抗力导致服务中断的，乙方应及时报告并采取措施减少影响，不可抗力消除后应立即恢复服务。

第二十条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：________        乙方（盖章）：________
"""

# ---------------------------------------------------------------- z05 (md, supplier's template)
Z05 = """# 智绘工坊 软件产品销售及开发合同（标准文本 V3.0）

> 本合同为乙方标准文本，未经乙方法务部门确认的修改无效。

**合同编号：** ZH-HT-2027-0612

**甲方（客户）：** 拉萨雪域唐卡艺术工作室

**乙方（供应商）：** 成都智绘云图科技有限公司

甲方委托乙方提供唐卡绘制工序追踪软件及相关定制开发服务，经友好协商，双方签订本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供"智绘工坊工序追踪系统"标准版软件使用许可一套，许可用户数为30个。

1.2 乙方按甲方需求开发以下定制功能：画稿起稿至开光十二道工序的节点登记、颜料及金粉领用台账、画师工时统计、作品溯源二维码及客户订单进度查询页面。

1.3 乙方负责软件部署、基础数据导入及操作培训。

1.4 定制功能的具体内容以甲方确认的需求说明书为准。需求说明书未列明的功能不属于本合同范围，甲方需要的，按第十三条另行报价。

1.5 软件许可为永久许可，但仅限在甲方一处经营场所安装使用，用户数超过30个的，按乙方价格另行购买。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（30用户） | 168,000 |
| 2 | 定制功能开发 | 226,000 |
| 3 | 部署、数据导入及培训 | 26,000 |
| | 合计 | 420,000 |

合同总价为人民币肆拾贰万元整（¥420,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十日内完成部署并上线。因甲方需求变更或资料提供不及时造成的延误，交付期相应顺延。

4.2 乙方完成部署后通知甲方上线，甲方应在收到通知后三个工作日内安排人员开始使用系统。甲方未按时安排的，自通知发出之日起视为已上线。

4.3 系统上线运行即视为甲方验收合格。

4.4 甲方在上线后发现的问题，按第六条维护条款处理。

## 第五条 技术支持

5.1 乙方通过电话、微信群和远程方式提供技术支持，工作日工作时间内在线答复甲方的咨询。

5.2 需要现场服务的，甲方应承担乙方人员的差旅费用。

## 第六条 免费维护与后续服务

6.1 自系统上线之日起六个月内，乙方免费修复软件缺陷。免费维护仅限于标准产品及定制功能本身的程序缺陷，不包括需求变更、数据修复、报表调整和操作培训。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订维护合同，维护费按乙方届时公布的价格标准执行。

## 第七条 知识产权

7.1 软件产品及本合同项下定制开发功能、源代码、数据库设计和技术文档的知识产权均归乙方所有。

7.2 甲方获得在本单位内部使用定制功能的非独占、不可转让的许可，不得修改、反编译或提供给第三方，乙方可将定制功能纳入标准产品向其他客户销售。

## 第八条 数据

8.1 甲方录入系统的作品图片、工序记录、画师信息及客户信息归甲方所有。

8.2 乙方采取账号权限管理、传输加密和每日备份措施保护系统数据。发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方过错造成的直接损失承担赔偿责任。

8.3 甲方同意，乙方可将作品图片及工序数据脱敏后用于乙方产品的功能演示、算法训练和行业案例宣传。

## 第九条 保密

9.1 双方对在合作过程中获知的对方商业信息承担保密义务，未经对方同意不得向第三方披露，但依法需要披露的除外。

9.2 前款保密义务不适用于已经公开的信息、一方独立开发的信息或从第三方合法获得的信息。

9.3 本条保密义务在本合同终止后两年内继续有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方不对甲方的间接损失、利润损失或数据丢失承担责任。

10.3 因甲方原因造成项目暂停超过三十日的，乙方有权按已完成工作量结算，甲方已支付的款项不予退还。

10.4 甲方未按约定付款的，乙方有权暂停开发、部署或技术支持，暂停期间不计入交付期限。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后二十日内仍未改正的，守约方有权解除本合同。

## 第十二条 甲方义务

12.1 甲方应指定专人负责项目对接，及时提供工序流程说明、画师及作品基础资料、客户订单样例等实施所需资料，并对乙方提交的需求说明书在五个工作日内书面确认。

12.2 甲方应提供符合乙方要求的服务器或云主机、网络环境和扫码终端，因甲方环境不符合要求导致系统无法部署或运行异常的，乙方不承担责任。

12.3 甲方应妥善保管系统账号和密码，不得将软件提供给甲方以外的单位使用，不得对软件进行复制、出租或转售。

## 第十三条 需求变更

13.1 需求说明书经甲方确认后，甲方提出新增或修改功能的，应以书面形式提出，乙方评估工作量后报价，经甲方确认后实施，交付期限相应顺延。

13.2 单次变更工作量不超过三人日的，乙方可在免费维护期内酌情免费处理。

## 第十四条 培训及交付资料

14.1 乙方为甲方提供一次集中操作培训，培训时长不超过两天，培训地点由甲方安排，培训对象包括工作室管理人员、画师组长和客服人员。

14.2 乙方交付用户操作手册电子版一份。源代码、数据库设计文档及部署脚本不属于交付范围。

## 第十五条 乙方声明

15.1 乙方保证其提供的标准软件产品系乙方合法拥有或有权许可的软件。

15.2 乙方不保证软件能够满足甲方的全部业务需求，也不保证软件运行不中断或没有错误。因甲方操作不当、擅自修改或第三方软件造成的问题不属于乙方责任范围。

## 第十六条 系统部署环境

16.1 系统部署在甲方自备的服务器或甲方租用的云主机上，服务器操作系统、数据库及网络安全设备的采购和维护由甲方负责。

16.2 甲方应为乙方开通远程维护账号。乙方远程维护期间的操作以乙方工程师的判断为准，甲方应予以配合。

16.3 甲方自行升级操作系统或数据库导致软件无法运行的，乙方协助恢复的费用另行计算。

## 第十七条 商标与宣传

17.1 甲方同意乙方在其官方网站、宣传册及行业展会中使用甲方名称和标识作为客户案例。

17.2 乙方可在软件登录页面和溯源二维码页面显示"智绘工坊"标识及乙方联系方式。

## 第十八条 通知

双方的通知以微信、电子邮件或书面方式送达合同首页载明的联系人，发出即视为送达。一方变更联系人或联系方式的，应及时通知对方，未通知的，按原联系方式送达的通知视为有效送达。

## 第十九条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

## 第二十条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第二十一条 其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。

甲方（签章）：__________　　乙方（签章）：__________
"""

# ---------------------------------------------------------------- e01 (pdf)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. NBC-IT-2027-042
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Beilun Coldchain Logistics Co., Ltd., a company established in the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Buyer"), and Painted Desert Dockware LLC, an Arizona limited liability company with its principal office at East Hopi Drive, Holbrook, Arizona, USA (the "Vendor").
P:The Buyer operates four temperature-controlled warehouses in the Ningbo port area and wishes to license the Vendor's yard and dock scheduling software and to have it implemented, integrated and supported. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's DockPilot yard and dock scheduling software, version 9, in object code, with its standard modules for appointment booking, dock door assignment, yard moves, carrier portal and reporting, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and documentation the Vendor develops specifically for the Buyer under this Agreement, including the interfaces to the Buyer's warehouse management system, gate access system and temperature monitoring platform.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.4 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including booking records, carrier and driver details, vehicle plates and temperature logs.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers for its operations in mainland China, for up to 160 named users and 96 dock doors.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer's affiliates and contractors may use the Software on the Buyer's behalf.
P:2.3 Title to the Software remains with the Vendor. The licence survives any termination of the services, except termination for the Buyer's unremedied failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop the Custom Deliverables, migrate two years of appointment history from the Buyer's current spreadsheets, and train the Buyer's key users and administrators.
P:3.2 The services are delivered under a project plan agreed within fifteen days after signature. Go-live shall take place no later than 120 days after signature.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall provide at least two consultants on site in Ningbo during configuration, testing and go-live.
P:3.4 Before Final Acceptance the Vendor shall deliver, in English and Chinese, the installation guide, administrator manual, user manual, interface specifications, data dictionary and the test reports. The Buyer may copy these documents for internal use without limit.
P:3.5 The Buyer shall provide the servers, operating systems, database licences, network access and reasonable office space for the Vendor's consultants, and shall make its warehouse supervisors available for workshops and testing.

H:Article 4 Price and Payment
P:4.1 The total price is CNY 2,000,000, made up of: Licence Fee CNY 1,260,000; implementation and Custom Deliverables CNY 540,000; data migration CNY 140,000; training CNY 60,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay: 20% of the total price within twenty days after signature against the Vendor's invoice; 45% after successful completion of the system integration test; and 35% after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the Vendor's account with a bank in mainland China, against a valid VAT invoice issued by the Vendor's local reseller.
H:Article 5 Acceptance
P:5.1 The Vendor shall deliver a test plan at least ten working days before the integration test. The Buyer approves the plan before testing starts.
P:5.2 The acceptance criteria are: every function in the agreed functional specification passes its test case; the interfaces exchange bookings, arrivals and temperature readings with the Buyer's systems without loss over ten consecutive days; a dock assignment is proposed within two seconds with 300 bookings per day; and migrated history matches the source records.
P:5.3 After go-live there is a stabilisation period of 45 days. Final Acceptance is given when the criteria in Article 5.2 are met and no Severity 1 defect has occurred in the last twenty days of that period.
P:5.4 Go-live, use of the Software or any payment does not constitute acceptance. If the Buyer rejects the system with reasons, the Vendor shall correct the defects and repeat the tests within fifteen days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:6.2 Severity 1 means the Software is unavailable or bookings cannot be processed at any warehouse. For Severity 1 the Vendor shall respond within one hour, around the clock, and provide a workaround or fix within eight hours. Severity 2 is answered within two hours during business hours, and Severity 3 within one business day.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Buyer CNY 1,500 for each hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Buyer may order annual support at 11% of the Licence Fee, that is CNY 138,600 per year. This fee is fixed for the three years after the Warranty Period. Support is ordered by a separate purchase order each year; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software and its pre-existing tools.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license them freely, including to its contractors.
P:7.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's environment or disclose it to anyone.
P:8.2 The Software is hosted on the Buyer's servers in Ningbo. The Vendor shall access them only through the Buyer's VPN and jump server, with individual accounts approved by the Buyer for each session, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. No Buyer Data may be transferred outside mainland China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within six hours, cooperate in the investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If go-live is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to Article 7.3, Article 8, personal injury, or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:The Vendor shall not subcontract any part of the services or assign this Agreement without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after notice, or if the delay damages reach their maximum.
P:12.2 On termination the Vendor shall return the Buyer Data and hand over the Custom Deliverables completed so far, and the Buyer shall pay for accepted work.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and mitigates the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Arizona, USA, without regard to its conflict of laws rules.
P:14.2 Any dispute shall be submitted to the state or federal courts located in Maricopa County, Arizona, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex A (Functional Specification) and Annex B (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses on the signature page.
P:15.3 This Agreement is made in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md)
E02 = """# ORDER FORM — SupplierLens Quality Cloud

**Order Form No.:** SL-OF-2027-0318

**Provider:** White Mountain Quality Software, Inc., an Arizona corporation, West Main Street, Springerville, Arizona 85938, USA ("Provider")

**Customer:** Hefei Jinhu Home Appliance Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

SupplierLens Quality Cloud, Enterprise edition: supplier quality management software provided as a service, with the modules Incoming Inspection, Supplier Corrective Action (8D), Production Part Approval, Supplier Scorecards and Audit Management, and the Supplier Portal for up to 420 supplier companies.

Authorised Users: 180 named users of Customer and its affiliates in mainland China.

Hosting: the Service is hosted for Customer in a cloud region located in mainland China (Shanghai), operated by Provider's hosting partner under Provider's responsibility.

### A2. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A4. The Subscription Term ends at the end of the second Subscription Year. There is no automatic renewal: any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 users × CNY 1,450 | 261,000 |
| Subscription, Subscription Year 2 | 180 users × CNY 1,450 | 261,000 |
| Onboarding services (one-time) | fixed price | 48,000 |
| **Total Fees** | | **570,000** |

Fees include VAT and all other taxes. Additional users may be added at the same per-user fee, prorated to the end of the current Subscription Year.

### A4. Onboarding and Go-Live

Provider shall configure the Service to Customer's inspection plans, defect codes and approval workflows, import the master data of the 420 supplier companies and up to 30,000 historical inspection records, set up single sign-on with Customer's identity system, and train 25 key users.

Onboarding shall be completed, and the Service made available for productive use ("Go-Live Date"), within 60 days after signature of this Order Form.

Onboarding is accepted when: (a) all configured workflows pass the acceptance test scripts agreed in the kick-off; (b) imported records reconcile with Customer's source extract; (c) single sign-on works for all Authorised Users; and (d) Customer signs the onboarding acceptance certificate. Use of the Service before signature of the certificate is not acceptance.

If the Go-Live Date is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 24,000.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Customer signs the onboarding acceptance certificate. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each undisputed invoice within 30 days after receipt of a valid VAT invoice. There is no advance payment on signature.

### A6. Contacts and Special Terms

Customer contact: Director of Supplier Quality, Hefei. Provider contact: Account Executive, Asia Pacific.

Special terms: Provider's support team for Customer shall include Mandarin-speaking staff during China business hours.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service in A1, including the Supplier Portal and all updates Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, its users or its suppliers, including inspection results, supplier records, drawings and photos.

1.3 "Customer Configurations" means the workflows, forms, reports and integrations configured or built specifically for Customer during onboarding or later at Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its Authorised Users the right to access and use the Service during the Subscription Term for Customer's internal business purposes and for collaboration with its suppliers.

2.2 Customer is responsible for its users' compliance with these terms and for keeping log-in credentials secure.

2.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 3. Service Levels

3.1 Provider shall make the Service available 99.95% of each calendar month, excluding maintenance windows announced five days in advance and scheduled between 00:00 and 05:00 Beijing time on Sundays.

3.2 Priority 1 incidents (the Service is unavailable or a core workflow cannot be used by all users) shall be responded to within 30 minutes, at any time, and restored within six hours. Priority 2 incidents shall be responded to within two hours during business hours, and Priority 3 within one business day.

3.3 If monthly availability falls below the committed level, Provider shall grant a service credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point below the commitment, up to half of that monthly share. A missed Priority 1 response time earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

3.4 Provider shall publish a monthly service report showing availability, incidents and response times.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data.

4.2 Provider shall process Customer Data to provide the Service. In addition, Provider may compile and use aggregated and de-identified data derived from Customer Data and from the use of the Service to improve and develop its products, to train its analytics models and to publish industry benchmarks, during and after the Subscription Term, provided that the output does not identify Customer or its suppliers by name.

4.3 At the end of the Subscription Term Provider shall make Customer Data available for export in CSV and PDF format for 45 days and then delete it from the production environment and backups within a further 60 days.

### 5. Data Security

5.1 Provider shall maintain technical and organisational security measures at least equal to ISO/IEC 27001 and the requirements of MLPS level 3, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging and daily backups.

5.2 Customer Data is stored and processed only in mainland China. Provider shall not transfer Customer Data abroad, and its staff outside mainland China have no access to production data.

5.3 Provider shall notify Customer without undue delay, and in any event within 12 hours, after becoming aware of a security incident affecting Customer Data, shall take remedial action, and shall be liable for the losses caused by its failure to comply with this Section 5.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and its documentation.

6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and let third parties use them freely, including after the Subscription Term, and Provider shall export them on request in a documented format.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Order Form and disclose it only to staff and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with professional skill and care.

8.2 If the Service does not conform, Provider shall correct it promptly at no charge.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

9.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 The limit in Section 9.2 does not apply to personal injury, fraud or wilful misconduct.

### 10. Subcontracting

Provider shall not subcontract the hosting or support of the Service, or any onboarding work, to a third party other than the hosting partner named in A1 without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of the breach.

11.2 If Customer terminates under Section 11.1, Provider shall refund the prepaid subscription fees for the remaining part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at that time. The award is final and binding.

### 13. Miscellaneous

13.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in a reorganisation.

13.2 Notices shall be in writing and sent to the contacts in A6.

13.3 This Order Form is signed in English and Chinese; both versions are equally authentic.

**For Customer:** ____________________ **For Provider:** ____________________
"""

# ---------------------------------------------------------------- e03 (docx, buyer's paper)
E03 = """T:Purchase Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No.: WH-CM-2027-077
P:Buyer: Anhui Wuhu Conch Ridge Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Copper Canyon Condition Monitoring, Inc., Chase Creek Street, Clifton, Arizona, USA (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer buys a condition monitoring system for the kilns, mills, fans and conveyors of its two clinker production lines. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "System" means the wireless vibration and temperature sensors, gateways, edge servers, the MillSense monitoring software licence and the services listed in the Price Table in clause 2.1.
P:1.2 "Monitored Assets" means the 214 rotating machines listed in Annex 1, including the raw mills, cement mills, kiln main drives, ID fans, cooler fans and bucket elevators.
P:1.3 The Supplier shall supply, install, configure and commission the System, develop asset models and alarm rules for each Monitored Asset, integrate the System with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:1.4 The sensors and gateways shall be certified for use in dusty areas and operate from minus 20 to plus 70 degrees Celsius. The Supplier shall provide the certificates with the shipment.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 2,620,000, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|3,600|1,152,000
TB:2|Industrial wireless gateway|24|18,500|444,000
TB:3|Edge server with storage|2|96,000|192,000
TB:4|MillSense monitoring software, perpetual site licence|1|520,000|520,000
TB:Subtotal|Equipment and licence|||2,308,000
TB:5|Installation and commissioning|1 lot|188,000|188,000
TB:6|Asset models, alarm rules and DCS / CMMS integration|1 lot|96,000|96,000
TB:7|Training|1 lot|28,000|28,000
TB:Total||||2,620,000
P:2.2 The Contract Price is fixed. It includes delivery DDP to the Buyer's plant in Wuhu, import duties, VAT, packing, insurance, installation materials, travel and all other costs of the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance payment within fifteen working days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is made within thirty days after the Buyer receives a correct VAT invoice issued by the Supplier's authorised distributor in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 75 days after signature and complete installation within 40 days after delivery, following the installation plan approved by the Buyer.
P:4.2 Installation work on running machines may only take place during the maintenance stops notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, including lock-out procedures, hot-work permits and personal protective equipment.
P:4.3 If the Supplier fails to complete delivery or installation on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 After installation the Supplier shall commission the System and run it for sixty days. Final Acceptance is given when all the following criteria are met:
LN:no more than three sensors have stopped transmitting data for longer than one hour during the last thirty days of the run;
LN:measured vibration values agree with the Buyer's portable reference instrument within 5% on a sample of twenty assets;
LN:alarms reach the DCS operator screens and create work requests in the maintenance management system within ten seconds;
LN:no Severity 1 fault has occurred during the last thirty days of the run; and
LN:all documentation under clause 10.2 has been delivered.
P:5.2 The Buyer shall sign the Final Acceptance certificate within ten days after the criteria are met, or give written reasons for rejection. Use of the System in production, or any payment, does not mean acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment free of charge, including transport and labour, and provide software updates and technical support.
P:6.2 The Supplier shall respond to faults as follows:
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|System or gateway network down, or alarms for a kiln or mill not delivered|2 hours|24 hours
TB:Severity 2|Single machine without data or wrong readings|8 hours|3 days
TB:Severity 3|Questions, reports, minor defects|1 business day|next update
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000, deducted from any amount due to the Supplier.
P:6.4 After the warranty the Supplier shall offer annual support (sensor replacement at agreed prices excluded) at 8% of the equipment and licence subtotal, i.e. CNY 184,640 per year. This annual fee is fixed for the two years following the warranty and may then be adjusted only by written agreement. Support is ordered by a separate annual purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The MillSense software and the firmware of the sensors remain the property of the Supplier or its licensors. The licence granted to the Buyer is perpetual and covers any number of users at the Wuhu plant.
P:7.2 Asset models, alarm rules, DCS and maintenance system interfaces, and reports developed for the Buyer belong to the Buyer. The Supplier shall deliver them with their source files, and the Buyer may modify and use them, also through other contractors.
H:8. Data Security
P:8.1 Vibration, temperature and alarm data, asset lists and all other data produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The System runs on the Buyer's plant network. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's secure remote access gateway, and shall not copy data out of the plant.
P:8.3 The Supplier shall comply with the PRC Data Security Law and the Buyer's industrial control system security rules, report any security incident to the Buyer within two hours, and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party obtained under this Contract, in particular the Buyer's process data, plant layout and production figures, and shall not disclose it to third parties without prior written consent. This clause survives termination for five years.
H:10. Training and Documentation
P:10.1 The Supplier shall train eight maintenance engineers and four operators of the Buyer at the Wuhu plant, covering operation, sensor replacement, alarm handling and basic diagnostics.
P:10.2 The Supplier shall deliver installation drawings, a sensor location list, user and administrator manuals, interface descriptions and test records in Chinese and English.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of clauses 8 and 9.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the liquidated damages under clause 4.3 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay or failure caused by force majeure, such as earthquake, flood, epidemic or government action, if it notifies the other party within five days and provides evidence. The time for performance is extended by the period of the force majeure.
P:15.2 If force majeure continues for more than ninety days, either party may terminate this Contract by written notice, and the Buyer shall pay for equipment delivered and work accepted.
H:16. Spare Parts
P:16.1 Together with the equipment the Supplier shall supply, free of charge, twenty spare sensors and two spare gateway power modules, to be kept in the Buyer's store.
P:16.2 The Supplier shall ensure the availability of spare parts and replacement sensors compatible with the System for at least eight years after Final Acceptance, at prices not higher than the unit prices in clause 2.1.
H:17. General
P:17.1 Annex 1 (Monitored Assets) and Annex 2 (Technical Specification) form part of this Contract.
P:17.2 This Contract is made in Chinese and English. In case of discrepancy the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md)
E04 = """# Managed IT Services Agreement

**Agreement No.:** SZ-MSA-2027-009

**Customer:** Suzhou Lianyi Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer")

**Provider:** Playa Grande IT Services LLC, an Arizona limited liability company, North Railroad Avenue, Willcox, Arizona, USA, acting through its registered branch office in Suzhou ("Provider")

**Background.** Customer runs two electronics assembly plants and an office building in Suzhou with about 1,900 employees. Customer wishes to outsource its service desk, end-user device support, server and network operations to Provider for a fixed monthly charge. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access when performing the Services.

1.5 "Transition" means the takeover of the services from Customer's internal team, as described in Section 3.

1.6 "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Six months before expiry the parties shall discuss whether to extend it; any extension needs a written amendment signed by both parties.

## 3. Transition

3.1 Provider shall complete the Transition within 70 days after signature. The Transition includes knowledge transfer from Customer's staff, documentation of all systems, set-up of the ticketing tool and monitoring, and two weeks of parallel operation.

3.2 The Transition is accepted when: (a) all items in the Transition checklist in Schedule 1 are completed; (b) Provider's staff have resolved tickets during the parallel operation meeting the Service Levels for two consecutive weeks; (c) the configuration database lists every server, network device and end-user device with its owner; and (d) Customer signs the Transition acceptance certificate. Customer shall sign or give written reasons within five working days after Provider reports completion.

3.3 If the Transition is not accepted within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay until acceptance, up to CNY 112,000.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with this Agreement, good industry practice and ITIL processes, using appropriately qualified staff.

4.2 Provider shall station a service delivery manager and at least six engineers at Customer's Suzhou sites during Customer's working hours, and provide remote support outside those hours as set out in Schedule 1.

4.3 Provider shall meet the Service Levels in Schedule 2. If it misses a Service Level, it shall grant the service credits in Schedule 2 and submit a remediation plan within ten working days.

4.4 Provider shall deliver a monthly service report covering tickets, Service Level performance, changes, asset movements and improvement actions, and attend a monthly service review with Customer.

4.5 Customer shall give Provider's staff access to its sites, systems and information as reasonably needed, and provide desks, network access and parking for the on-site team.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly charge is invoiced monthly in arrears. The Transition fee is invoiced after Customer signs the Transition acceptance certificate.

5.2 Customer pays each correct invoice within 30 days after receipt of a VAT invoice. No advance payment is due.

5.3 The Charges are fixed for the service term and cover all labour, tools, travel and the ticketing and monitoring tools used by Provider. Hardware and software purchased for Customer are not included and are ordered separately.

5.4 The number of supported end-user devices may vary by up to 8% during the term without change to the Charges. Larger changes are handled through the change procedure in Section 12.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services under this Agreement and for no other purpose.

6.2 At the end of this Agreement Provider shall return all Customer Data and documentation to Customer.

## 7. Intellectual Property

7.1 Provider keeps its pre-existing tools, methods and know-how.

7.2 All documentation, scripts, runbooks, configuration records and reports produced by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including product designs, customer names, prices and production plans, and shall use it only for this Agreement.

8.2 Each party may disclose such information only to its employees and professional advisers who need to know it and who are bound by equivalent obligations.

8.3 This Section survives for five years after the end of this Agreement.

## 9. Personnel

9.1 Provider shall keep the key personnel named in Schedule 1 for at least the first year of the service term, except for resignation, illness or dismissal.

9.2 Customer may request the replacement of any member of Provider's staff for good reason, and Provider shall replace that person within fifteen working days.

## 10. Subcontracting

10.1 Provider may subcontract parts of the Services, including field support at Customer's sites and after-hours monitoring, to its affiliates or to third-party service companies by giving Customer written notice before the subcontractor starts work.

10.2 Provider remains responsible for the performance of its subcontractors as for its own.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the service term. The limit does not apply to personal injury, fraud or wilful misconduct.

## 11A. Insurance

Provider shall maintain, during the service term, employer's liability and public liability insurance with reputable insurers, covering its staff working at Customer's sites and damage to Customer's property caused by them, and shall show the certificates to Customer on request.

## 12. Changes

12.1 Either party may request a change to the Services. Provider shall assess the effect on the Charges and Service Levels within ten working days.

12.2 No change is binding until both parties sign a change note stating the new scope, Charges and dates.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that it fails to remedy within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.

13.2 Customer may also terminate for convenience on six months' written notice after the first 18 months of the service term, without termination charges.

13.3 On expiry or termination Provider shall provide exit assistance for up to three months at the monthly charge, so that the Services pass to Customer or a new provider without interruption.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that the parties cannot settle within 30 days shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 15. General

15.1 The Schedules form part of this Agreement. In case of conflict the Sections prevail over the Schedules.

15.2 This Agreement is signed in English and Chinese, both texts being equally authentic.

**For Customer:** ____________________ **For Provider:** ____________________

## Schedule 1 — Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Bilingual (Chinese / English) telephone, chat and portal support for all users; password resets; ticket logging and tracking | 24 hours, 7 days |
| End-user support | About 1,650 laptops and desktops, 140 printers, mobile devices; installation, moves, repairs with vendors | 08:00–20:00, Monday to Saturday |
| Server operations | 86 virtual and 14 physical servers; patching, backup checks, capacity monitoring | 24 hours monitoring, on-call |
| Network operations | Core, distribution and access switches, Wi-Fi, firewalls, WAN links of the three sites | 24 hours monitoring, on-call |
| Transition checklist | Knowledge transfer, documentation, ticketing and monitoring set-up, parallel operation | During Transition |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Credit per missed incident |
|---|---|---|---|---|
| P1 | Production line systems, plant network or e-mail down for a site | 15 minutes | 3 hours | CNY 2,000 |
| P2 | A department or key user cannot work | 1 hour | 8 hours | CNY 600 |
| P3 | Single user issue with workaround | 2 business hours | 3 business days | CNY 100 |
| Service desk | Average time to answer a call exceeds 60 seconds in a month | — | — | CNY 3,000 per month |

Total service credits in a month are limited to 12% of the monthly charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 72,000 |
| Monthly charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Charges | | 2,160,000 |
"""

# ---------------------------------------------------------------- e05 (txt)
E05 = """DATA SUBSCRIPTION AGREEMENT
AGRI-WEATHER AND CROP CONDITION DATA API

Agreement No.: QZ-DS-2027-115

Between:
Zhengzhou Heyu Grain Trading Co., Ltd., Zhengdong New District, Zhengzhou, Henan, People's Republic of China ("Customer"); and
Desert Sky Agri-Data Corp., an Arizona corporation, Main Street, Quartzsite, Arizona, USA ("Provider").

Customer buys and stores wheat, corn and soybeans from growers in Henan, Shandong, Hebei and Heilongjiang. It wishes to subscribe to Provider's gridded weather, soil moisture and crop condition data through Provider's application programming interface ("API") and to have Provider build an adapter that loads the data into Customer's procurement planning system.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in clause 2.1, delivered through the API.
1.2 "Subscription Year" means a period of 365 days. The first Subscription Year starts on the Integration Acceptance Date; the second starts on the first anniversary of that date.
1.3 "Integration Adapter" means the software, mappings, scripts and documentation that Provider develops for Customer to retrieve the Data Products and load them into Customer's systems.
1.4 "Customer Data" means all information Customer submits to the API or to Provider, including field locations, farm polygons, query parameters, usage logs and Customer's own yield records.
1.5 "Integration Acceptance Date" means the date on which Customer signs the integration acceptance certificate under clause 5.

2. DATA PRODUCTS AND LICENCE

2.1 Provider shall provide the following Data Products for the territory of mainland China at a resolution of 3 kilometres: daily observed and 15-day forecast weather; soil moisture at three depths; a weekly vegetation index and crop condition score for wheat, corn and soybeans; and seasonal yield estimates by county.
2.2 The API allows up to 2,000,000 calls per Subscription Year. Calls above that volume are charged at CNY 0.06 per hundred calls and are not part of the Total Fees.
2.3 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Data Products for its internal business, including purchasing, storage planning and risk management, and to share derived reports with its growers, lenders and insurers.
2.4 Customer may keep and continue to use Data Products downloaded during the Subscription Term after the term ends, for internal purposes.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term consists of two Subscription Years.
3.2 At the end of the initial Subscription Term, this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
3.3 Fees for each renewal period are charged at Provider's list prices in effect at the start of that renewal period. Provider may increase the fees for any renewal period by notice given to Customer at least 75 days before the renewal date.

4. FEES AND PAYMENT

4.1 The fees are:
   Subscription fee, Subscription Year 1 ............... CNY 336,000
   Subscription fee, Subscription Year 2 ............... CNY 336,000
   Integration Adapter (one-time, fixed price) ......... CNY 24,000
   Total Fees .......................................... CNY 696,000
4.2 The integration fee is invoiced after the Integration Acceptance Date. Each Subscription Year's fee is invoiced at the start of that Subscription Year and paid within 30 days after receipt of a correct VAT invoice. No payment is due on signature.
4.3 The fees include VAT and all other taxes. Payments are made in CNY to the bank account in mainland China of Provider's authorised reseller.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall deliver the Integration Adapter within 45 days after signature. The adapter shall retrieve all Data Products for Customer's 1,260 grower locations each day, validate them, and load them into Customer's procurement planning database.
5.2 The integration is accepted when, during a test period of fourteen consecutive days: (a) every daily load completes by 06:30 Beijing time; (b) the loaded values match the values returned by the API for a sample of fifty locations; (c) failed loads raise an alarm and are retried automatically; and (d) Customer's planners can run the agreed reports. Customer then signs the integration acceptance certificate.
5.3 If Provider does not deliver an adapter that meets these criteria within the period in clause 5.1 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.95% of each calendar month, measured at Provider's API gateway, excluding maintenance announced seven days in advance.
6.2 Daily data shall be published by 05:00 Beijing time. Weekly crop condition data shall be published every Monday by 12:00 Beijing time.
6.3 Severity 1 incidents (the API is unavailable, or a daily dataset is missing or clearly wrong) shall be responded to within one hour at any time and resolved within eight hours. Severity 2 incidents shall be responded to within three business hours.
6.4 If monthly availability or publication times fall below these levels, Provider shall credit Customer 5% of the monthly share of the current Subscription Year's fee for each 0.1 percentage point of availability below the commitment and for each day of late publication, up to one half of that monthly share. A missed Severity 1 response earns a credit of CNY 800.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.
7.2 Provider shall use Customer Data only to provide the Data Products and support to Customer, and shall not sell it, combine it with other customers' data, or use it to improve its own models or products.
7.3 At the end of this Agreement Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control based on roles, multi-factor authentication for its administrators, logging of all access, and annual penetration tests.
8.2 Customer Data is stored on servers located in mainland China and is not transferred abroad. Provider shall comply with the PRC Data Security Law and Personal Information Protection Law.
8.3 API keys are issued per system and can be revoked by Customer at any time through the portal.
8.4 Provider shall notify Customer within twelve hours after becoming aware of a security incident affecting Customer Data, take immediate remedial action, and compensate Customer for losses resulting from its breach of this clause 8.

8A. SUPPORT

8A.1 Provider shall give Customer access to its support portal and a named technical account manager who speaks Mandarin, available during China business hours.
8A.2 Provider shall inform Customer at least 90 days in advance of any change to the API that is not backward compatible, and shall update the Integration Adapter free of charge so that it continues to work with the changed API during the Subscription Term.
8A.3 Provider shall send Customer a monthly report on availability, publication times, incidents, call volumes and service credits.

9. INTELLECTUAL PROPERTY

9.1 Provider keeps all rights in the Data Products, its models, its API and its platform.
9.2 The Integration Adapter belongs to Customer. Provider shall deliver its source code and documentation at acceptance. Customer may modify it, use it with other data sources, and let third parties maintain it.

10. WARRANTIES

10.1 Provider warrants that the Data Products are produced with the methods described in its published documentation and with reasonable skill and care.
10.2 Provider does not warrant that weather forecasts or yield estimates will prove accurate.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including trading losses based on forecasts.
11.2 Provider's total liability under this Agreement is limited to two times the Total Fees. The limit does not apply to breach of clause 8, personal injury or wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the hosting of the API or the development of the Integration Adapter without Customer's prior written consent.
12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after written notice, or if the API is unavailable for more than two full days in any calendar month.
13.2 If Customer terminates under clause 13.1, Provider shall refund the fees paid for the remaining part of the current Subscription Year.

14. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, satellite outages outside Provider's control or government action, if it notifies the other party promptly and takes reasonable steps to reduce the effects.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject and replaces all prior proposals.
16.2 Amendments must be in writing and signed by both parties.
16.3 Notices shall be sent by e-mail and courier to the addresses stated above.
16.4 This Agreement is signed in English and Chinese, both versions being equally authentic.

For Customer: ____________________        For Provider: ____________________
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

FILES = {
    "h1060z01": ("h1060z01_civil_air_defence_underground_space_platform.pdf", "zh", "pdf", Z01),
    "h1060z02": ("h1060z02_air_purifier_plant_line_control_retrofit.docx", "zh", "docx", Z02),
    "h1060z03": ("h1060z03_kayak_chain_booking_membership_saas.txt", "zh", "txt", Z03),
    "h1060z04": ("h1060z04_police_falling_object_monitoring_om_service.txt", "zh", "txt", Z04),
    "h1060z05": ("h1060z05_thangka_studio_process_tracking_supplier_template.md", "zh", "md", Z05),
    "h1060e01": ("h1060e01_dock_scheduling_perpetual_licence_holbrook_vendor.pdf", "en", "pdf", E01),
    "h1060e02": ("h1060e02_supplier_quality_saas_order_form_springerville.md", "en", "md", E02),
    "h1060e03": ("h1060e03_cement_vibration_sensors_monitoring_licence_clifton.docx", "en", "docx", E03),
    "h1060e04": ("h1060e04_managed_it_services_36_months_willcox.md", "en", "md", E04),
    "h1060e05": ("h1060e05_agri_weather_data_api_subscription_quartzsite.txt", "en", "txt", E05),
}

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
L = {
    "h1060z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                              True, False, "PRC", G], (True, True, True, False, 2240000)),
    "h1060z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, 150, 10, True, True, 18, 28, False,
                              True, False, "PRC", G], (True, True, True, False, 1720000)),
    "h1060z03": ("cloud", [99.5, 1, True, "buyer", True, True, True, 500 / 630000 * 100, None, None, True, None, None,
                           None, True, True, True, "PRC", S], (True, True, None, False, 630000)),
    "h1060z04": ("services", [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                              False, False, False, "PRC", S], (True, True, None, False, 468000)),
    "h1060z05": ("software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None,
                              False, True, None, None, G], (False, False, False, True, 420000)),
    "h1060e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False,
                              True, False, "Arizona", G], (True, True, True, False, 2000000)),
    "h1060e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 400 / 570000 * 100, 6 / 24 * 100, None, True,
                           None, None, None, False, True, False, "PRC", S], (True, True, None, False, 570000)),
    "h1060e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True,
                              False, "PRC", G], (True, True, True, False, 2620000)),
    "h1060e04": ("services", [None, 0.25, True, "buyer", False, True, True, 1600 / 2160000 * 100, 150, None, True,
                              None, None, None, False, True, True, "PRC", S], (True, True, None, False, 2160000)),
    "h1060e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 500 / 696000 * 100, 200, None, True, None,
                           None, None, True, True, False, "PRC", S], (True, True, None, False, 696000)),
}
# TCO inputs (goods_or_licence only): fee base = itemised licence / hardware subtotal
TCO_BASE = {"h1060z01": 1160000, "h1060z02": 1480000, "h1060e01": 1260000, "h1060e03": 2308000}
FORUM_OUTSIDE_MAINLAND = {"h1060e01"}  # Maricopa County courts, Arizona

DESIGN = {
    "h1060z01": [],
    "h1060z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h1060z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h1060z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h1060z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1060e01": ["CR-GOVERNING-LAW"],
    "h1060e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h1060e03": [],
    "h1060e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h1060e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """Expected rules from a label, with this folder's reading of policy §3."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, _, _ = FILES[key]
    cat, terms, (sla, ld, capped, deemed, value) = L[key]
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- threshold scan
THRESHOLD_RE = re.compile(
    r"(?<![\d.])99\.90*(?!\d)"
    r"|(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)"
    r"|百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])"
    r"|(?<![\d.])0?\.050*(?!\d)\s*(?:%|％)|万分之五(?![十一二三四五六七八九点])|千分之零点五"
    r"|(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)|(?<![a-z])four\s*(?:\(4\)\s*)?-?\s*hours?"
    r"|(?<![十\d])四\s*个?\s*小时"
    r"|(?<![\d.])12\s*-?\s*(?:months?|个月)|twelve\s*(?:\(12\)\s*)?-?\s*months?|十二\s*个?\s*月",
    re.I)
MUST_HIT = ["99.9%", "99.90 %", "30%", "15 %", "40 percent", "100%", "百分之三十", "0.05%", "万分之五", "4 hours",
            "4小时", "four hours", "四小时", "12 months", "12个月", "twelve months", "十二个月", "4-hour", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "130%", "150%", "0.08%", "万分之八", "2 hours",
             "十四小时", "112 months", "2027年12月31日", "18个月", "1,500", "35%", "45%", "千分之一", "万分之五十"]


def scan(text):
    hits = []
    for variant in (text, " ".join(text.split()), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s) and not THRESHOLD_RE.search(re.sub(r"\s+", "", s)), s
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k in FILES:
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for f, th in THRESHOLDS.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        share = tco_share(k, t, lab["expected_extra"])
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        (OUT / (k + "_" + FILES[k][0].split("_", 1)[1].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        lang = FILES[k][1]
        text = read_back(OUT / FILES[k][0])
        hits = scan(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print(f"{k}: {n} {'chars' if lang == 'zh' else 'words'}; rules {lab['expected_rules']}; risk "
              f"{risk(lab['expected_rules'])}; tco share {None if share is None else round(share, 2)}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_clean = [k for k in FILES if not DESIGN[k]]
    assert sorted(n_clean) == ["h1060e03", "h1060z01"]
    print("all checks passed")


if __name__ == "__main__":
    main()
