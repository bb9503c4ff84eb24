"""holdout987: builds the ten blind held-out drafts from the sources kept in this file, writes their .json labels
and asserts the checks of the brief (lengths, thresholds, label-derived rules, coverage).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
.txt / .md files are written from TEXTS; .docx / .pdf from the word_pdf markup in SOURCES (via ../word_pdf.py).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

SOURCES = {}   # key -> word_pdf markup (docx / pdf)
TEXTS = {}     # key -> plain text (txt / md)

SOURCES["z01"] = """T:江城市技术合同登记服务平台建设项目合同
P:项目编号：JCKJ-ZC-2026-0187（公开招标）    合同编号：JCKJ-HT-2026-041
P:甲方（采购人）：江城市科学技术局
P:乙方（中标供应商）：江城数科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江城市技术合同登记服务平台（以下简称“平台”）的软件许可、定制开发、数据迁移及实施服务，经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供技术合同认定登记平台软件V5.3的永久使用许可，许可范围为甲方及其下属各区县科技管理部门，用户数不限。
P:1.2 乙方按甲方需求定制开发：技术合同网上申报与认定登记流程、技术交易额统计分析驾驶舱、与省技术市场管理平台和税务优惠备案系统的数据接口、登记机构工作台及移动端查询功能。
P:1.3 乙方负责将甲方原登记系统自2016年起的历史合同数据迁移至平台，并完成部署、联调、试运行和培训。
P:1.4 平台部署于甲方政务云，乙方不得将平台或其中的数据部署在其他任何环境。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾壹万陆仟元整（¥2,116,000），包含乙方履行本合同的全部费用，甲方不再另行支付其他任何费用。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥742,000；数据迁移费¥126,000；实施及培训费¥88,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥423,200。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥952,200。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥740,600。
P:3.4 乙方每次收款前应向甲方开具等额合法发票。甲方的付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成平台部署、定制开发和数据迁移，并提交初步验收申请。
P:4.2 初步验收通过后平台进入试运行，试运行期为六十日。试运行期满且无未关闭的一级、二级问题的，乙方可申请最终验收。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具有信息系统项目管理师资格并在实施期间驻场办公。未经甲方书面同意，乙方不得更换项目经理及核心开发人员。
P:4.4 乙方应为甲方及区县科技管理部门的登记员、管理员分批开展操作培训，培训不少于八场，并提供培训教材及视频资料。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求清单所列功能全部实现；历史数据迁移后经甲方逐条比对合同编号、金额及登记状态全部一致；省平台及税务接口连续十个工作日数据交换无差错；在三百个并发用户下，常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内平台运行稳定，无一级故障；乙方交付全部源代码、接口文档、数据字典、操作手册和运维手册；平台通过甲方委托的第三方安全测评及商用密码应用安全性评估。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面验收意见。平台上线运行、甲方使用平台或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，所需费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 平台的免费质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方可委托乙方继续提供年度维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥104,400，该费率在质保期满后三个年度内保持不变。
P:6.3 服务水平：平台每月可用率不低于99.95%（计划内维护经甲方同意的除外）。一级故障（平台无法登录或登记业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.4 乙方未达到上述服务水平的，每迟延响应或迟延恢复一小时，甲方扣减当期维护费或从履约保证金中扣除¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,500。
H:第七条 知识产权
P:7.1 平台软件V5.3的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、统计报表及其源代码和文档，知识产权归甲方所有。甲方有权自行或委托第三方使用、修改和再开发，无需另行向乙方付费。
P:7.3 乙方保证其交付成果不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的技术合同数据、当事人信息、统计数据及系统日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过堡垒机进行，操作全程留痕；严禁将数据导出至甲方政务云以外的介质或环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方，立即采取补救措施并配合调查。因乙方原因导致的数据安全事件，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、技术合同内容及当事人的商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而终止。乙方应确保其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限交付或提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还甲方已付全部款项并按合同总价的10%支付违约金。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 履约保证金为合同总价的5%，乙方应在合同签订前以银行保函形式提交，于最终验收合格后无息退还。
P:甲方（盖章）：江城市科学技术局    乙方（盖章）：江城数科信息技术有限公司
P:签订日期：2026年12月____日
"""

SOURCES["z02"] = """T:浴霸生产线控制系统改造项目合同
P:合同编号：RN-SB-2026-112
P:甲方：浙江瑞暖电器有限公司
P:乙方：嘉兴智控自动化工程有限公司
P:甲方为提升浴霸（风暖、灯暖及集成吊顶取暖器）总装、老化测试和包装生产线的自动化水平，委托乙方对四条生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方二号厂房A1至A4四条生产线的控制系统进行改造，包括PLC控制柜更换、伺服驱动系统升级、人机界面更换、视觉检测工位新增、产线控制软件部署，以及与甲方MES系统的数据对接。
P:1.2 乙方负责编制全部PLC程序和人机界面组态，开发老化测试数据自动采集程序，并完成安装、调试、试生产和操作培训。
P:1.3 改造须分线实施，每条生产线停线时间不得超过七日，乙方应与甲方生产计划协调施工窗口。
P:1.4 乙方应在合同生效后十五日内提交改造技术方案，内容包括电气原理图、控制逻辑说明、I/O点表、网络拓扑、切换步骤及回退预案。技术方案经甲方书面确认后方可实施，乙方不得擅自变更设备品牌和型号。
P:1.5 乙方提供的设备和材料应为全新、未使用过的合格产品，并随货提供合格证、说明书、检测报告及原厂授权文件。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），为含税固定总价。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含CPU、I/O模块）|4套|168,000|672,000
TB:2|伺服驱动器及电机|48套|6,500|312,000
TB:3|工业触摸屏人机界面|16台|9,800|156,800
TB:4|视觉检测工位（相机、光源、工控机）|8套|42,000|336,000
TB:5|产线控制软件许可（永久）|4套|58,000|232,000
TB:|软硬件小计|||1,708,800
TB:6|安装调试及线缆敷设|1项|186,000|186,000
TB:7|PLC程序编制及MES对接开发|1项|214,000|214,000
TB:8|操作及维护培训|1项|21,200|21,200
TB:|合同总价|||2,130,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥426,000。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，计¥745,500。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的45%，计¥958,500。
P:3.4 乙方应在每期付款前开具增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后四十五日内完成设备到货，九十日内完成四条生产线的改造和调试。
P:4.2 乙方逾期完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:4.3 施工期间，乙方应遵守甲方的安全生产管理制度，动火、登高和带电作业须办理作业许可。乙方人员在施工中造成人身伤害或甲方财产损失的，由乙方承担责任。
P:4.4 甲方应按技术方案提供施工所需的场地、电源和压缩空气，并指定一名项目联系人，负责协调停线计划、确认施工记录和组织验收。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十个班次，达到以下标准方可申请验收：产线节拍不低于改造前设计节拍的1.2倍；视觉检测漏检率不高于0.2%；老化测试数据自动上传MES，与人工抽检记录一致；急停、安全光幕等安全回路全部测试有效。
P:5.2 四条生产线均验收合格后，甲方组织最终验收并签署最终验收报告。设备安装完毕、开机运行或投入试生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在七日内完成整改并重新申请验收，整改期间的停线损失和重新验收费用由乙方承担。乙方应在最终验收时移交竣工图纸、程序备份、参数清单和备件清单。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题发生的故障，乙方免费维修、更换并提供软件升级。
P:6.2 质保期满后，甲方委托乙方提供年度维保服务的，年度维保费按软硬件小计的28%计取，即每年¥478,464，乙方承诺该费用在质保期满后四个年度内不作上调。年度维保服务内容包括定期巡检、备件更换、程序维护和远程技术支持。
P:6.3 故障分级及服务要求：一级故障（整条生产线停线）乙方应在1小时内响应，6小时内到达现场；二级故障（单工位停用）2小时内响应，24小时内到达现场；三级故障在下次巡检时处理。乙方应设立全天候服务热线，并在甲方厂区常备易损件。
P:6.4 乙方响应或到场超时的，每超时一小时向甲方支付¥1,000；因乙方原因造成整线停线超过二十四小时的，另按每日¥5,000支付赔偿。
P:6.5 乙方应对甲方的电气维修人员和产线班组长进行培训，培训内容包括PLC程序的基本修改、伺服参数调整、视觉检测工位的标定和常见故障处理。培训结束后，乙方应对参训人员进行考核，确保每条产线至少有两名人员能够独立处理常见故障。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、人机界面组态文件、数据采集程序及MES对接程序，包括源代码和技术文档，知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 产线控制软件的著作权归其原权利人所有，甲方获得永久使用许可。
H:第八条 数据与安全
P:8.1 甲方的生产工艺参数、产品配方、质量检测数据及MES数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的安全接入通道进行，并全程记录；不得在甲方工业网络中接入未经检测的移动存储介质。
P:8.3 发生数据泄露或系统被入侵等安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在本合同履行中知悉的甲方技术资料、工艺参数、产能及客户信息负有保密义务，保密期限至该信息公开之日止。乙方不得在宣传材料、案例介绍或投标文件中使用甲方名称、产线照片和工艺资料，但经甲方书面同意的除外。乙方应要求其参与本项目的全部人员遵守本条约定。
H:第十条 分包
P:乙方可将电气安装、线缆敷设及设备搬运等施工作业分包给具有相应资质的单位，但应在施工开始前五个工作日书面通知甲方，并对分包单位的工作承担责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。因乙方原因导致改造后的生产线经两次整改仍无法通过验收的，甲方亦有权解除本合同，乙方应负责将生产线恢复至改造前的运行状态。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交嘉兴仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同附件包括：改造技术方案、设备清单及技术参数、验收测试记录表、培训计划，附件与本合同具有同等效力。
P:13.2 本合同未尽事宜，双方可另行签订书面补充协议。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江瑞暖电器有限公司    乙方（盖章）：嘉兴智控自动化工程有限公司
"""

TEXTS["z03"] = """托福培训门店预约及会员管理系统服务合同

合同编号：YH-IT-2027-006

甲方：北京英弘远航教育科技有限公司（以下简称“甲方”）
乙方：杭州课栈云科技有限公司（以下简称“乙方”）

鉴于甲方在全国经营三十家托福培训门店，需要统一的课程预约、排课、学员会员及储值管理系统，乙方为软件即服务（SaaS）产品“课栈云”的提供方。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部提供“课栈云”SaaS服务，包括：课程及班型管理、学员在线预约与改约、教师排课及课时统计、会员等级与储值卡、模考成绩记录、续费提醒、门店经营报表。
2. 账号数量：每家门店不超过二十个员工账号，总部不超过五十个管理账号；学员端通过甲方微信小程序及公众号使用，学员人数不设上限。
（二）实施服务
1. 乙方负责系统初始化配置、三十家门店的组织架构及课程体系搭建、历史学员及储值数据迁移、与甲方现有财务系统和企业微信的对接。
2. 乙方按甲方品牌要求定制开发学员端小程序页面及总部经营分析报表。
3. 乙方为甲方门店店长、顾问及教务人员提供线上和线下培训，并编写操作手册。
4. 实施期间乙方应指派专职项目经理，按周提交实施进度报告；上线后首月，乙方应安排实施顾问为各门店提供远程驻场支持，协助处理排课和储值业务中的问题。
（三）版本更新
乙方在服务期内免费提供产品的功能更新和安全补丁。影响门店操作习惯的重大版本更新，乙方应提前十日通知甲方并提供更新说明，不得在周末及节假日营业高峰时段进行。

二、服务期限
（一）服务期为两个服务年度：第一服务年度自2027年3月1日起至2028年2月29日止，第二服务年度自2028年3月1日起至2029年2月28日止。
（二）实施服务应于2027年2月20日前完成，确保系统于第一服务年度开始之日正式上线。

三、费用及支付
（一）订阅服务费按门店计收，每家门店每个服务年度人民币16,200元，三十家门店每个服务年度合计人民币486,000元，两个服务年度合计人民币972,000元。
（二）实施服务费为一次性费用，人民币158,000元。
（三）本合同总额为人民币1,130,000元（大写：壹佰壹拾叁万元整），含增值税。
（四）订阅服务费按季度结算，于每个服务季度结束后十五个工作日内，由甲方根据服务水平考核结果支付当季费用人民币121,500元（扣除应扣减的服务抵扣额）。
（五）实施服务费在系统上线验收合格后二十个工作日内一次性支付。
（六）甲方在上线验收前无需支付任何款项。乙方应在每次收款前开具合法有效的增值税发票。
（七）服务期内新增门店的，按每家门店每个服务年度16,200元的单价按实际使用月份折算。

四、上线验收
（一）乙方完成实施后，应书面通知甲方进行上线验收。验收标准为：
1. 合同附件《功能清单》所列功能全部可用；
2. 历史学员、课时余额及储值余额迁移后，经甲方按门店逐一核对，金额和课时数全部一致；
3. 在模拟两千名学员同时预约的压力测试中，预约提交响应时间不超过3秒；
4. 与财务系统的收款数据连续五个工作日对账无差异。
（二）甲方应在收到通知后七个工作日内完成验收并出具书面意见。系统试用或甲方门店开始使用，不视为验收合格。
（三）验收不合格的，乙方应在十日内整改并重新提交验收。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意、在每日凌晨一时至五时之间进行的计划维护不计入不可用时间。
（二）故障分级及响应：一级故障（系统整体无法访问，或预约、收款功能全部中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复；三级故障（一般使用问题）于下一工作日内解决。
（三）服务抵扣：当月可用率低于约定值但不低于99%的，按当月订阅服务费的5%抵扣；低于99%的，按10%抵扣；一级故障恢复每超时一小时，另抵扣当月订阅服务费的1%。抵扣额在当季服务费中直接扣除。

六、数据安全
（一）甲方及其学员在系统中产生和存储的全部数据，包括学员姓名、联系方式、成绩、课时和储值记录，均属于甲方所有。乙方仅可为向甲方提供本合同约定的服务而处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，将数据存储于中国境内的云服务器，对学员身份信息和联系方式加密存储，实行最小权限访问和操作日志审计，并每日进行数据备份。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方，采取补救措施，并协助甲方履行向主管部门报告和告知学员的义务。因乙方原因发生安全事件的，乙方应赔偿甲方及学员因此遭受的全部损失。
（四）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除其系统中的甲方数据，并出具删除证明。

七、知识产权
（一）“课栈云”平台软件的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序页面、经营分析报表及对接程序，其知识产权归甲方所有，乙方应在上线验收时交付相应源代码和文档，甲方可自行或委托第三方修改和使用。

八、续约
（一）服务期满前三十日内，任何一方未书面通知对方不再续约的，本合同自动续展一个服务年度，续展次数不限。
（二）每次续展时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度订阅服务费的8%，乙方应在服务期满前四十五日书面通知甲方调整后的价格。

九、违约责任
（一）因乙方原因未能在第一服务年度开始之日上线的，每逾期一日，乙方按合同总额的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
（三）任何一方违反本合同给对方造成损失的，应赔偿对方的实际损失。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的任何服务转包或分包给第三方。

十一、合同解除
（一）乙方严重违约，或连续两个月可用率低于99%，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）任何一方进入破产程序的，对方有权解除本合同。
（三）合同解除的，乙方仍应按本合同第六条第（四）项的约定向甲方交付并删除数据，并在数据交付完成前保持系统只读访问。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交北京仲裁委员会按其仲裁规则仲裁。

十三、其他
（一）本合同附件包括《功能清单》《门店名单》《实施计划》，与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：北京英弘远航教育科技有限公司        乙方（盖章）：杭州课栈云科技有限公司
授权代表：                                        授权代表：
日期：2027年1月____日                              日期：2027年1月____日
"""

TEXTS["z04"] = """隧道衬砌病害检测系统年度运维服务合同

采购项目编号：LZJT-CS-2026-0093（竞争性磋商）
合同编号：LZJT-YW-2026-017

甲方（采购人）：临州市交通运输局
乙方（成交供应商）：蜀通路桥检测技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》，以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就临州市隧道衬砌病害检测系统的年度运维服务订立本合同。

第一条 服务对象
（一）隧道衬砌病害检测系统由车载检测单元（地质雷达、三维激光扫描仪、高清线阵相机、定位测距装置）、病害智能识别分析软件、隧道病害数据管理平台及配套服务器组成，覆盖全市四十二座公路隧道，衬砌总长约六十八公里。
（二）系统设备清单、软件版本及部署位置详见磋商文件附件，乙方已实地查看并确认。

第二条 服务内容
（一）数据管理平台及识别分析软件的日常运行维护，包括系统监控、数据库维护、数据备份、安全补丁更新和缺陷修复。
（二）车载检测单元的定期保养和年度计量校准，地质雷达天线、激光扫描仪和线阵相机每半年至少校准一次，并出具校准报告。
（三）配合甲方完成每季度一次的全市隧道衬砌定期检测，乙方负责操作检测设备、采集数据、进行病害识别和人工复核，并在外业结束后二十日内提交季度检测报告。
（四）派驻两名技术人员常驻甲方隧道管理中心，负责日常技术支持、数据整理和应急检测。
（五）汛期、地震或隧道突发病害时，按甲方通知开展应急检测，并在外业结束后四十八小时内提交应急检测简报。
（六）根据历次检测结果，对病害智能识别模型进行参数优化，每半年提交一次识别准确率分析报告，并对甲方技术人员进行软件操作和数据分析培训，全年培训不少于四次。
（七）建立设备和系统运维台账，每月五日前向甲方提交上月运维月报，内容包括故障处理情况、设备状态、数据备份情况和下月工作计划。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方根据政府采购程序另行确定服务供应商，本合同不自动续期。

第四条 服务费用
（一）本合同总价为人民币壹佰贰拾捌万陆仟肆佰元整（¥1,286,400），为服务期内的固定总价。
（二）分项构成：软件及平台运维费¥412,000；检测设备维护及校准费¥368,000；驻场技术人员服务费¥396,000；备品备件及耗材费¥110,400。
（三）服务费按季度支付。每季度结束后，甲方按本合同第六条进行考核，并在考核结果确认后十五个工作日内支付当季服务费¥321,600，扣除考核扣款后据实支付。
（四）本合同不设预付款。乙方应在每次付款前开具合法发票。

第五条 服务水平
（一）数据管理平台每月可用率不低于99.95%。
（二）故障分级：一级故障指平台或识别分析软件整体无法使用，或车载检测单元在检测作业中失效；二级故障指部分功能异常；三级故障指一般性问题。
（三）一级故障乙方应在30分钟内响应，3小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内修复；三级故障在三个工作日内处理完毕。
（四）季度检测报告的病害识别结果须经人工复核，裂缝、渗漏水、衬砌空洞等主要病害的漏检率不得高于5%，检测报告须符合《公路隧道养护技术规范》的要求。

第六条 考核与扣款
（一）甲方每季度对乙方服务进行考核，考核内容包括故障响应和恢复时间、平台可用率、季度检测报告质量、驻场人员出勤。
（二）一级故障响应、到场或恢复每超时一小时，扣款¥1,000；平台月可用率每低于约定值0.01个百分点，扣款¥800；驻场人员无故缺勤的，每人每日扣款¥600；季度检测报告经复核漏检率超标的，扣减当季服务费的5%。
（三）考核扣款从当季服务费中直接扣除。
（四）乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出，甲方应在五个工作日内复核并答复。

第七条 验收
（一）季度检测报告由甲方组织专家评审，符合第五条第（四）项要求并经甲方书面确认的，视为该季度检测服务验收合格；评审不通过的，乙方应在十日内补测或修改。
（二）服务期满时，乙方提交年度运维总结报告、设备状态评估报告及全部检测数据，经甲方确认后完成年度服务验收。

第八条 数据安全
（一）检测过程中采集的雷达数据、激光点云、衬砌影像、病害台账及检测报告均属于甲方所有。乙方不得将上述数据用于本合同以外的任何用途，不得复制、留存或向第三方提供。
（二）乙方应按网络安全等级保护第二级的要求维护平台，远程运维须经甲方批准并通过堡垒机进行；外业采集的数据应当日加密上传至甲方平台，移动硬盘由甲方统一保管。
（三）发生数据丢失、泄露或平台被攻击等安全事件的，乙方应在2小时内报告甲方，并立即采取处置措施；因乙方原因造成的，由乙方承担全部责任。

第九条 保密
乙方及其人员对履行本合同中知悉的隧道结构资料、病害信息、交通管理信息及其他未公开信息负有保密义务，未经甲方书面同意，不得以任何形式对外披露或发表。本条义务在合同终止后继续有效。

第十条 知识产权
乙方在服务期间为甲方编写的检测报告、分析模型参数调整方案、数据处理脚本及技术文档，知识产权归甲方所有。识别分析软件原有的知识产权不因本合同发生转移。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 违约责任
（一）乙方未按约定时间完成季度定期检测或提交季度检测报告的，每逾期一日，按本合同总价的万分之三向甲方支付违约金。
（二）乙方原因造成检测设备损坏的，由乙方负责修复或赔偿。
（三）甲方逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
（四）乙方未按约定派驻技术人员，或应急检测未按甲方通知时间到达现场的，除按第六条扣款外，甲方有权另行委托第三方完成相应工作，所需费用由乙方承担。

第十三条 合同的履行和解除
（一）本合同为政府采购合同，合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
（二）乙方存在违约行为的，甲方通过考核扣款和违约金追究乙方责任，乙方应继续履行合同并及时改正，甲方不得以此为由解除合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及磋商过程中的书面承诺是本合同的组成部分。
（二）甲方应为驻场人员提供办公场所和网络条件，并提前安排隧道检测作业所需的交通管制。乙方检测车辆进入隧道作业时，应严格遵守交通安全规定，设置警示标志，作业人员须穿戴安全防护用品。
（三）乙方驻场人员应具备相关专业中级以上职称或六年以上隧道检测经验，人员变更须提前十日报甲方同意。
（四）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临州市交通运输局            乙方（盖章）：蜀通路桥检测技术有限公司
日期：2026年12月____日                    日期：2026年12月____日
"""

TEXTS["z05"] = """# 窑迹工艺追溯系统软件许可及定制开发合同

（杭州窑迹软件有限公司标准合同文本 YJ-HT-V3.0）

合同编号：YJ-2026-1208

- 甲方（用户）：龙泉市青岩哥窑瓷艺工作室
- 乙方（供应商）：杭州窑迹软件有限公司

甲方拟采购乙方“窑迹”陶瓷工艺追溯系统，用于记录哥窑作品从练泥、拉坯、修坯、素烧、施釉、烧成到开片、染线的全过程工序信息。双方经协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“窑迹”陶瓷工艺追溯系统标准版软件许可一套（含窑炉温控数据采集模块，许可工位数二十个），许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，包括：工序扫码报工、釉料配方及配釉记录台账、窑次与装窑位置追溯、开片及染线记录、作品溯源码及收藏证书生成。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 本合同不包括服务器、扫码枪、标签打印机、平板电脑及窑炉温控仪表等硬件设备，由甲方自行采购，乙方可提供推荐配置清单。因甲方硬件不符合推荐配置导致系统无法正常运行的，乙方不承担责任。

1.5 软件许可仅限甲方在其位于龙泉市的工作室及窑场内部使用，甲方不得转让、出租或允许其关联方使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “窑迹”工艺追溯系统标准版软件许可（含温控采集模块） | 268,000 |
| 2 | 定制开发 | 196,000 |
| 3 | 安装部署、初始化及培训 | 36,000 |
| | 合计 | 500,000 |

合同总价为人民币伍拾万元整（¥500,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥275,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同总价的45%，即¥225,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金，且乙方有权暂停服务直至甲方付清全部款项。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知乙方并提供开票信息。

## 第四条 实施周期

4.1 乙方应在收到预付款后六十日内完成部署和定制开发并上线。

4.2 因甲方需求变更、基础数据提供不及时或现场条件不具备导致的延误，实施周期相应顺延。

4.3 甲方应在合同签订后十日内向乙方提供作品编号规则、工序清单、釉料配方清单、窑炉及窑位信息等基础资料，并指定一名熟悉制瓷工艺的人员全程配合实施。

4.4 如乙方未能按期上线，乙方将增派人员加快进度，但不承担由此产生的其他责任。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后，乙方安排实施人员现场陪同运行十日，协助甲方工人完成扫码报工和配釉记录的录入。

5.3 甲方如对系统功能有意见，应在上线后三日内书面提出，逾期未提出的，视为甲方对系统无异议。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括远程技术支持和缺陷修复。

6.2 免费维护期内，一级故障（系统无法登录或扫码报工全部中断）乙方在10小时内响应，并尽力尽快恢复；其他问题在三个工作日内响应。

6.3 乙方按上述时间响应即视为履行了维护义务，乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改系统、电力或网络故障、窑炉设备故障导致的问题，不属于免费维护范围。

6.5 免费维护通过电话、微信群和远程桌面提供，服务时间为工作日上午九时至下午六时。甲方要求乙方人员到现场服务的，差旅费用由甲方承担。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的价目表执行。

7.2 甲方未签订年度维护协议的，乙方不再提供系统升级和技术支持。甲方此后重新申请维护服务的，应补缴中断期间的维护费。

7.3 年度维护协议期满后，乙方有权根据其产品策略调整维护服务内容和价格，并提前通知甲方。

## 第八条 知识产权

8.1 “窑迹”系统及其标准功能的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、溯源码及证书模板、接口程序及相关源代码和文档，知识产权归乙方所有。甲方在许可期内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发的功能纳入其标准产品，向其他客户提供。

8.4 甲方保证其提供的作品图片、工作室标识及证书文字不侵犯他人权利。乙方保证标准软件不侵犯第三方的著作权；发生侵权争议的，乙方可选择修改软件或退还相应许可费。

## 第九条 数据

9.1 甲方录入系统的工序数据、配方数据和作品信息归甲方所有。

9.2 乙方应采取必要的技术措施保障系统数据安全，包括访问权限控制、数据加密传输和每日备份。发生数据泄露或丢失的，乙方应在知悉后四十八小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方有权将系统中经脱敏处理的工艺数据和窑炉温控数据用于产品改进、算法训练及陶瓷行业分析报告，该权利在本合同终止后继续有效。

9.4 本合同终止后，乙方可在甲方付清全部款项的前提下，按乙方收费标准协助甲方导出其数据。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限为本合同终止后三年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失、作品损毁或数据损失承担责任。

11.3 因不可抗力、停电、网络中断、第三方云服务故障或甲方原因造成的损失，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后三十日内未予纠正的，守约方有权书面通知解除本合同。甲方已支付的预付款不予退还，但乙方严重违约的除外。合同解除后，甲方应停止使用定制开发的功能，并在乙方指导下卸载相应模块；标准软件许可在甲方已付清许可费的前提下继续有效。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方确认已充分阅读并理解全部条款。本合同的附件为《定制开发需求说明》，双方签字确认后作为本合同的组成部分。

14.2 乙方可根据产品版本升级对标准功能的界面和操作方式进行调整，无需另行征得甲方同意。

14.3 本合同一式两份，双方各执一份，自双方签字（盖章）且乙方收到预付款之日起生效。

甲方（签章）：龙泉市青岩哥窑瓷艺工作室    乙方（签章）：杭州窑迹软件有限公司

日期：____年__月__日
"""

SOURCES["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. RLS-CN-2026-044 (the "Agreement"), between:
P:(1) Wuhan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dongxihu District, Wuhan, Hubei Province (the "Customer"); and
P:(2) Ridgeline Warehouse Systems, Inc., an Arkansas corporation with its principal office at Rogers Avenue, Fort Smith, Arkansas, United States of America (the "Vendor").
P:The Customer operates six temperature-controlled distribution centres in central China and wishes to replace its current warehouse management tools with the Vendor's warehouse management software. The Vendor has agreed to license that software to the Customer on a perpetual basis and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RidgeWMS warehouse management software, version 11, including the cold-chain temperature module, the yard management module and the mobile scanning application, in object code, together with its user and administration documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, workflow configurations, scripts and documentation that the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including inventory records, customer orders, temperature logs and personal information of drivers and warehouse staff.
P:1.4 "Go-Live" means the first day of live use of the Software at all six sites. "Final Acceptance" means the Customer's written confirmation, under Article 5, that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business operations at up to six sites in mainland China, by up to 420 named users, on servers owned or controlled by the Customer.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, disaster recovery and testing.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software in the Customer's data centre in Wuhan, design and build interfaces with the Customer's ERP and transport management systems, configure the temperature alarm rules for each cold room, migrate open inventory and master data, and train the Customer's key users and administrators.
P:3.2 The Vendor shall provide a named project manager, who shall spend at least three days each week on site in Wuhan during implementation.
P:3.3 The Vendor shall complete the implementation and submit the Software for Final Acceptance testing within 120 days after the Effective Date, following the project plan attached as Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 2,190,000 (the "Contract Price"), inclusive of VAT and all other taxes, made up as follows: Software licence fee CNY 1,380,000; implementation and configuration CNY 516,000; ERP and transport management interfaces CNY 248,000; training CNY 46,000.
P:4.2 The Customer shall pay the Contract Price in three instalments: (a) 10% of the Contract Price (CNY 219,000) within 20 days after the Effective Date against the Vendor's invoice; (b) 55% of the Contract Price (CNY 1,204,500) within 20 days after Go-Live; and (c) 35% of the Contract Price (CNY 766,500) within 20 days after Final Acceptance.
P:4.3 Go-Live and the payment made after Go-Live do not mean that the Customer has accepted the Software.
H:Article 5 Acceptance
P:5.1 After Go-Live, the Software shall run in live operation for 45 consecutive days. The Vendor may request Final Acceptance when, during that period: (a) every function in the requirements specification of Annex 1 has been demonstrated; (b) inventory records in the Software match the physical stock count at each site, with a variance not greater than 0.1% of stock locations; (c) the ERP and transport interfaces have exchanged data without unreconciled errors for 20 consecutive working days; (d) temperature alarms have been triggered and received within 60 seconds in the tests described in Annex 1; and (e) no Severity 1 incident has remained open.
P:5.2 The Customer shall complete the acceptance tests and issue either a Final Acceptance certificate or a written list of defects within ten working days after the request. The Vendor shall correct the listed defects at its own cost and request acceptance again.
P:5.3 Installation, Go-Live, use of the Software in live operations and payment of any instalment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period, the Vendor shall correct defects, provide all new releases of the Software and keep the interfaces working with the Customer's systems free of charge.
P:6.2 During the warranty period and any support period, the Vendor shall respond to incidents as follows: Severity 1 (a distribution centre cannot receive, pick or ship goods, or temperature monitoring has stopped) within one hour, twenty-four hours a day, with a workaround within eight hours; Severity 2 (a major function is impaired) within two hours during business hours; Severity 3 (other issues) within one business day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,200, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the warranty period, the Customer may order annual support and maintenance for the Software. The annual support fee shall be 11% of the Software licence fee, being CNY 151,800 per year, and the Vendor shall not increase it for the first three years of paid support.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, analytics or benchmarking.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's bastion host, with individual accounts and multi-factor authentication, and only after the Customer has approved each remote session. The Vendor shall not copy Customer Data outside the Customer's systems or transfer any Customer Data outside mainland China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC in connection with its work under this Agreement. If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Customer Data, it shall notify the Customer within 24 hours, take all reasonable steps to contain it and cooperate with the Customer's investigation. The Vendor shall be liable for all losses arising from a security incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for the purposes of this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties.
P:9.2 These obligations continue for three years after the termination of this Agreement, and without limit for trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for Final Acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Article 8 or Article 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of the last signature (the "Effective Date"). The licence in Article 2 continues after any termination of the services.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving written notice of it, or if the liquidated damages under Article 10.1 reach their maximum. The Vendor shall then refund all amounts paid for undelivered or unaccepted services.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arkansas, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by the state or federal courts located in Sebastian County, Arkansas.
H:Article 14 General
P:14.1 Notices shall be in writing in English and sent by courier or email to the addresses in the signature blocks.
P:14.2 Annex 1 (Requirements Specification and Acceptance Tests) and Annex 2 (Project Plan) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

TEXTS["e02"] = """# Riverbend FieldOps — Order Form

**Order Form No.:** RBF-OF-2027-0318
**Vendor:** Riverbend FieldOps, LLC, a Missouri limited liability company, Broadway, Cape Girardeau, Missouri, United States ("Vendor")
**Customer:** Qingdao Haiyun Appliance After-Sales Service Co., Ltd., Laoshan District, Qingdao, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

FieldOps Cloud, Vendor's field service management service, Enterprise edition, covering work-order intake, technician scheduling and dispatch, route planning, mobile job completion with photos and customer signature, spare-parts tracking, and service reporting, together with the FieldOps mobile application for Android and iOS (the "Service"). The Service will be hosted for Customer in the Shanghai region of Vendor's cloud hosting provider in mainland China.

### A2. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 runs from 1 April 2027 to 31 March 2028, and Subscription Year 2 runs from 1 April 2028 to 31 March 2029. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Annual amount (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats (mobile) | 180 | 1,680 | 302,400 | 604,800 |
| Dispatcher and supervisor seats (web) | 24 | 3,600 | 86,400 | 172,800 |
| Subscription subtotal | | | 388,800 | 777,600 |
| Onboarding services (one-time) | 1 | | | 64,000 |
| Total Contract Value | | | | 841,600 |

All amounts are in CNY and include VAT. Additional seats ordered during the Subscription Term are charged pro rata at the unit fees above.

### A4. Invoicing and Payment

1. Subscription fees are invoiced quarterly in arrears, at CNY 97,200 per quarter, and are payable within 30 days after receipt of a valid VAT invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance under A5 and is payable within 30 days after receipt of the invoice.
3. Customer pays nothing before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

1. Vendor shall configure the Service for Customer's eleven regional service centres, import Customer's technician, product and spare-parts master data, build the interface with Customer's call-centre system and its spare-parts warehouse system, and train Customer's dispatchers and trainer technicians.
2. Vendor shall make the Service ready for Go-Live Acceptance testing by 1 March 2027. If the Service is not ready by that date for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay, up to a total of CNY 42,000.
3. Go-Live Acceptance testing follows the test scripts agreed in the onboarding plan. The Service passes when: (a) every test script has been executed without a critical defect; (b) imported master data has been reconciled record by record against Customer's source files; (c) the interfaces have exchanged work orders and parts requests without unreconciled errors for ten consecutive working days; and (d) Customer has signed a Go-Live Acceptance certificate. Use of the Service in production before Customer signs the certificate does not amount to acceptance.

### A6. Approved Sub-processors

Customer approves the following sub-processors by signing this Order Form: Vendor's cloud hosting provider (Shanghai region) and Vendor's mainland China implementation partner, Qingdao Lantu Information Technology Co., Ltd. No other subcontractor or sub-processor may be used without Customer's prior written consent under Section 8 of Part B.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for Customer, including work orders, end-customer names, addresses and telephone numbers, photos and signatures collected through the mobile application.
1.2 "Usage Data" means technical and statistical data about the operation and use of the Service.
1.3 "Customer Configurations" means the forms, workflows, report templates and interface scripts that Vendor builds specifically for Customer during onboarding.

### 2. Access and Use

2.1 Vendor grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.
2.2 Customer shall not resell the Service, use it to build a competing product.

### 3. Service Operation and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available to Customer and to carry out scheduled maintenance outside Customer's normal business hours, giving advance notice by email or through the Service.
3.2 Customer may submit support requests by email or through Vendor's support portal during Vendor's business hours in China, which are Monday to Friday, 9:00 to 18:00 Beijing time, excluding public holidays. Vendor will respond to support requests and work on them as promptly as reasonably practicable, according to their urgency.
3.3 Vendor may update the Service from time to time, provided that an update does not materially reduce the functions described in A1.

### 4. Fees and Taxes

4.1 Customer shall pay the fees in Part A. Fees are fixed for the Subscription Term.
4.2 Vendor may suspend access to the Service if an undisputed invoice remains unpaid for more than 45 days after Vendor has given written notice of non-payment, until payment is made.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data.
5.2 Customer grants Vendor a licence to host, copy, transmit and process Customer Data only as needed to provide the Service and the onboarding services to Customer.
5.3 Notwithstanding Section 5.2, Vendor may collect Usage Data and may create aggregated and de-identified data derived from Customer Data, and may use such data, during and after the Subscription Term, to improve and develop its products and services, to train scheduling and routing models, and to prepare industry benchmarks, provided that such data does not identify Customer or any individual.
5.4 Within 30 days after the end of the Subscription Term, Vendor shall make Customer Data available for export in a standard format and shall then delete it from the Service, except as required by law.

### 6. Data Security

6.1 Vendor shall maintain an information security programme with administrative, physical and technical safeguards appropriate to the nature of Customer Data, including encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access and regular vulnerability testing. Vendor maintains ISO 27001 certification for the Service and an MLPS level-3 filing for the Shanghai deployment.
6.2 Customer Data is stored in mainland China and shall not be transferred outside mainland China.
6.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall investigate and contain the incident, and shall provide the information Customer needs to meet its legal obligations. Vendor shall bear the costs of, and be liable for the losses arising from, any security incident caused by Vendor or its sub-processors.

### 7. Intellectual Property

7.1 Vendor and its licensors own the Service, the mobile application, Usage Data and all improvements to them.
7.2 Customer owns the Customer Configurations. Vendor shall deliver them to Customer in editable form at Go-Live Acceptance, and Customer may use, modify and license them freely, including after the Subscription Term ends.

### 8. Subcontracting

Vendor shall not subcontract any part of its obligations, or engage any new sub-processor, without Customer's prior written consent, except for those listed in A6. Vendor remains responsible for the acts and omissions of its subcontractors and sub-processors.

### 9. Confidentiality

Each party shall keep confidential the non-public business, technical and financial information of the other party that it receives under this Order Form, shall use it only to perform this Order Form, and shall not disclose it to any third party except to its personnel and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Subscription Term.

### 10. Limitation of Liability

10.1 Each party's total liability arising out of or in connection with this Order Form shall not exceed two times the Total Contract Value.
10.2 The limit in Section 10.1 does not apply to Customer's payment obligations, to breach of Sections 6 or 9, or to liability for fraud or wilful misconduct.

### 11. Term and Termination

11.1 This Order Form takes effect on the date of the last signature below and continues until the end of the Subscription Term.
11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice describing the breach.
11.3 If Customer terminates under Section 11.2, Vendor shall refund any fees paid for the period after the effective date of termination.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. General

13.1 Neither party may assign this Order Form without the other party's prior written consent.
13.2 This Order Form is the entire agreement between the parties about its subject matter and may be amended only in writing signed by both parties.

**Signed for Customer:** ____________________  Name / Title / Date

**Signed for Vendor:** ____________________  Name / Title / Date
"""

SOURCES["e03"] = """T:Supply Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. ZYGC-PUR-2027-009
P:Buyer: Henan Zhongyuan Grain Storage Co., Ltd., Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Prairie Signal Instruments, Inc., an Oklahoma corporation, Main Street, Altus, Oklahoma, United States of America (the "Supplier").
P:The Buyer operates forty grain depots in Henan Province and has selected the Supplier, after competitive negotiation, to supply and install a grain condition monitoring system for its storage bins and warehouses. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "System" means the sensors, gateways, weather stations and monitoring software listed in Clause 2, installed at the forty depots named in Annex 1 and working together as specified in Annex 2 (Technical Specification).
P:1.2 "Monitoring Software" means the Supplier's GrainSight monitoring software, including its server application, web console and mobile alarm application.
P:1.3 The Supplier shall supply, deliver to each depot, install, configure, test and commission the System, integrate the Monitoring Software with the Buyer's warehouse management system, and train the Buyer's staff.
P:1.4 All equipment shall be new, of current manufacture and suitable for continuous use inside grain bins at temperatures from minus 30 to plus 60 degrees Celsius.
P:1.5 Each delivery shall include packing lists, certificates of origin, factory test reports, calibration certificates for every sensor and the user and maintenance manuals in Chinese. The Supplier is responsible for import clearance and for obtaining any certification required for the equipment to be used in the PRC.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,090,000 (two million and ninety thousand yuan), fixed, inclusive of VAT, customs duties, freight to each depot, insurance and all other costs of the Supplier. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 24 sensing points each|640|1,150|736,000
TB:2|Grain moisture and humidity sensors|160|2,400|384,000
TB:3|Wireless depot gateways|40|6,800|272,000
TB:4|Depot weather stations|8|12,500|100,000
TB:5|GrainSight Monitoring Software, perpetual licence for 40 depots|1|312,000|312,000
TB:|Hardware and Licence Subtotal|||1,804,000
TB:6|Installation and commissioning at 40 depots|1|168,000|168,000
TB:7|Integration with the Buyer's warehouse management system|1|96,000|96,000
TB:8|Training|1|22,000|22,000
TB:|Contract Price|||2,090,000
P:2.2 The Buyer is not liable for any other amount unless agreed in a written amendment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 209,000) as an advance within 15 working days after receiving the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,149,500) within 15 working days after all equipment has been delivered and installed at all depots, as confirmed by the Buyer's installation certificate. The installation certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 731,500) within 15 working days after the Buyer issues the Final Acceptance Certificate under Clause 5.
P:3.4 All payments are made in CNY against valid PRC VAT invoices issued by the Supplier's local subsidiary, Prairie Signal (Zhengzhou) Technology Co., Ltd., which shall be jointly responsible with the Supplier for performing this Contract.
H:4. Delivery and Delay
P:4.1 The Supplier shall complete delivery and installation at all depots within 75 days, and submit the System for Final Acceptance testing within 110 days, after the date of this Contract.
P:4.2 If the Supplier misses either date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance testing takes place at each depot over a trial run of 30 consecutive days. The System passes when: (a) all equipment matches Annex 2 and the delivery lists; (b) at a sample of at least 10% of sensing points at each depot, readings differ from a calibrated reference thermometer by no more than 0.5 degrees Celsius and from laboratory moisture tests by no more than 0.5 percentage points; (c) no depot has a gap of more than two hours in its readings during the trial run; (d) high-temperature alarms reach the duty officer's mobile application within two minutes in each test; and (e) data is exchanged with the warehouse management system without unreconciled errors for the last ten days of the trial run.
P:5.2 Within ten working days after the trial run, the Buyer shall issue the Final Acceptance Certificate or a written list of defects. The Supplier shall correct the defects at its own cost and repeat the relevant tests.
P:5.3 Delivery, installation, the installation certificate, use of the System during the trial run, or any payment shall not be deemed acceptance.
H:6. Warranty, Support and Service Levels
P:6.1 The Supplier warrants the System for thirty-six (36) months from the date of the Final Acceptance Certificate. During the warranty period, the Supplier shall repair or replace any defective equipment free of charge, including parts, labour and travel, and provide all updates and new versions of the Monitoring Software.
P:6.2 Fault levels and response times, which apply during the warranty period and any paid support period, are as follows:
TB:Fault level|Description|Response time|Restoration time
TB:Severity 1|Monitoring Software down, or a depot gateway offline with no readings from that depot|1 hour|24 hours
TB:Severity 2|Individual sensors or cables faulty, or alarms delayed|2 hours|72 hours
TB:Severity 3|Other faults and questions|1 working day|Next scheduled visit
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
P:6.4 After the warranty period, the Supplier shall, if the Buyer so requests, provide annual support for the System at a fee of 7% of the Hardware and Licence Subtotal, being CNY 126,280 per year. This fee is fixed for the first three years of paid support. Paid support is ordered year by year by written order and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare temperature cables, sensors and gateways in Zhengzhou sufficient to replace at least 2% of the installed quantity of each item, so that faulty equipment can be replaced within the restoration times above.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Monitoring Software and grants the Buyer a perpetual, irrevocable licence to use it for the forty depots, including any depots later transferred within the Buyer's group.
P:7.2 The interface programs, configuration files, depot maps and reports developed for the Buyer under this Contract, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them without restriction.
H:8. Data Security
P:8.1 All grain condition data, depot information and system logs collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Monitoring Software shall be installed on the Buyer's servers in Zhengzhou. The Supplier shall access the System remotely only through the Buyer's VPN with individual accounts, after the Buyer has approved each session, and shall not copy any data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer data, take immediate remedial action and bear responsibility for all losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's depots, grain stocks, security arrangements and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This Clause continues to apply after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.2 reach their maximum.
P:12.2 The Buyer may also terminate this Contract if the System fails Final Acceptance testing twice for reasons attributable to the Supplier.
P:12.3 On termination under Clause 12.1 or 12.2, the Supplier shall refund the amounts paid for equipment and services not accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:14.1 This Contract is made in Chinese and English. Both versions have equal effect.
P:14.2 Annex 1 (List of Depots), Annex 2 (Technical Specification) and Annex 3 (Training Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

TEXTS["e04"] = """# Managed IT Services Agreement

Agreement No. OBT-MSA-2027-021

**Between** Suzhou Hengyuan Textile Machinery Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer"), **and** Ozark Bridge Technology Services, LLC, an Arkansas limited liability company, Harrison Street, Batesville, Arkansas, United States of America ("Provider").

Customer wishes to outsource the day-to-day support of its end-user computing environment at its head office, two factories and three sales offices, and Provider has agreed to provide managed services for a fixed term of 36 months on the terms below, which include Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the levels set out in Schedule 2.
1.3 "Charges" means the charges set out in Schedule 3.
1.4 "Service Commencement Date" means the day after Customer issues the Transition Acceptance certificate under Section 3.
1.5 "Customer Data" means all data of Customer and its employees that Provider or its personnel access, receive or handle in performing the Services.

## 2. Term

2.1 This Agreement starts on the date of the last signature and the Services run for 36 months from the Service Commencement Date (the "Term").
2.2 This Agreement expires at the end of the Term. The parties may extend it only by a written amendment signed by both of them, at charges they agree at the time.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team and its previous supplier under the transition plan agreed by the parties, and shall complete the transition by 31 May 2027.
3.2 Transition Acceptance requires that: (a) every device in Customer's asset list has been enrolled in Provider's management tools and reconciled against the asset register; (b) knowledge articles and runbooks have been written for all standard requests listed in Schedule 1; (c) the service desk has handled live calls in parallel with Customer's team for 15 working days, meeting the Service Levels in Schedule 2; and (d) Customer has signed the Transition Acceptance certificate. Provider starting to handle calls does not by itself amount to acceptance.
3.3 If Transition Acceptance is not achieved by 31 May 2027 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 90,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services with skilled personnel and in accordance with good industry practice and Customer's IT policies notified to Provider.
4.2 Provider shall meet the Service Levels. If Provider fails to meet a Service Level in a month, Provider shall credit Customer the service credit in Schedule 2 against the next monthly invoice. Service credits are a price adjustment and do not limit Customer's other rights.
4.3 Provider shall keep a record of every incident and request in its ticketing system, with the times of logging, response and restoration, and shall give Customer read access to those records.
4.4 Provider shall report its performance against the Service Levels by the fifth working day of each month and meet Customer's IT manager monthly to review performance, open problems and planned changes.

## 5. Personnel

5.1 Provider shall station two support engineers at Customer's head office in Suzhou during business hours and shall provide a named service delivery manager.
5.2 Provider's personnel shall comply with Customer's site rules, including the safety rules of the factory floors, and shall wear the badges issued by Customer while on site.
5.3 Provider shall replace, at Customer's reasonable request, any of its personnel whose performance or conduct is unsatisfactory.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid PRC VAT invoice. The one-time transition charge is invoiced after Transition Acceptance.
6.2 The Charges are fixed for the Term. Devices added or removed within 5% of the baseline quantities in Schedule 3 do not change the Charges.
6.3 Customer pays no amount before the Service Commencement Date.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer or destroy it, at Customer's choice, when the Term ends.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools, methods and know-how.
8.2 The runbooks, knowledge articles, scripts, device configurations and reports created by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including with a future service provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's product designs, drawings, prices and employee information, and shall use it only to perform this Agreement.
9.2 A party may disclose such information to its employees, subcontractors and advisers who need to know it and are bound by duties of confidentiality no less strict than this Section, or where required by law.
9.3 This Section survives for three years after the end of the Term.

## 10. Subcontracting

10.1 Provider may use subcontractors, including its local partner Suzhou Kaiyue IT Services Co., Ltd., to perform any part of the Services by giving Customer written notice at least ten working days before the subcontractor starts work.
10.2 Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the Charges paid or payable by Customer in the nine months preceding the event giving rise to the claim.
11.2 The limit in Section 11.1 does not apply to liability for death or personal injury, fraud or wilful misconduct.
11.3 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including a failure to meet the same Service Level in three consecutive months, and does not remedy it within 30 days after written notice.
12.2 Either party may terminate this Agreement if the other party becomes insolvent.
12.3 On expiry or termination, Provider shall provide reasonable exit assistance for up to 60 days, at the rates in Schedule 3, so that the Services pass to Customer or a new provider without interruption.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties about the Services.
14.2 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English for about 860 users | Monday to Saturday, 7:30 to 20:00 |
| Desktop and laptop support | Installation, moves, repairs, re-imaging, peripheral support for about 920 devices | Business hours, on site and remote |
| Device management | Enrolment, software distribution, patch deployment and inventory of all devices | Continuous, with monthly reporting |
| Office applications | Email, office suite, collaboration tools and printing support | Business hours |
| Factory floor terminals | Support for 140 shop-floor terminals and label printers at the two factories | Every day, 7:30 to 23:30 |
| Asset management | Asset register, lifecycle tracking and disposal records | Monthly update |
| Standard requests | New starters, leavers, access changes, equipment requests under the request catalogue | Business hours |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Restoration time | Credit per failure |
|---|---|---|---|---|
| P1 | A factory production line, a whole site or the senior management team cannot work | 30 minutes | 6 hours | 3% of the monthly service charge |
| P2 | A department or several users cannot use a key application | 1 hour | 12 hours | 1% of the monthly service charge |
| P3 | A single user is affected, or a workaround is available | 8 business hours | 3 business days | none |

| Measure | Target | Credit if missed in a month |
|---|---|---|
| Average speed of answer on the service desk telephone line | 30 seconds or less | 2% of the monthly service charge |
| Standard requests fulfilled later than the catalogue time | no more than 20 in the month | 2% of the monthly service charge |
| User satisfaction score | at least 4.2 out of 5 | 1% of the monthly service charge |

Total service credits in a month shall not exceed 12% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, invoiced after Transition Acceptance | 126,000 |
| Monthly service charge | 36 months at CNY 86,500 per month, covering up to 920 devices and 860 users | 3,114,000 |
| Total Contract Value | | 3,240,000 |
| Additional devices beyond the 5% band | Per device per month | 68 |
| Exit assistance and additional work | Per engineer day | 2,400 |

All Charges are in CNY and include VAT.

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

TEXTS["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BAD-CN-2027-007

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between Dalian Haixin Feed Group Co., Ltd., Ganjingzi District, Dalian, Liaoning Province, People's Republic of China ("Customer"), and Bootheel Agri-Data, Inc., a Missouri corporation, Malone Avenue, Sikeston, Missouri, United States of America ("Provider").

BACKGROUND

Customer buys soybeans and corn for its feed mills and wishes to receive Provider's agricultural market data, including crop condition, weather, export inspection, freight and basis data, through Provider's application programming interface and web dashboard. Provider has agreed to provide that data on the terms below.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A, as updated by Provider from time to time.
1.2 "API" means Provider's application programming interface through which Customer's systems retrieve the Data Products.
1.3 "Subscription Years" means Subscription Year 1, from 1 July 2027 to 30 June 2028, and Subscription Year 2, from 1 July 2028 to 30 June 2029. Together they form the "Term".
1.4 "Customer Data" means the queries, watch lists, positions, purchase plans and other information that Customer uploads to or stores in the API or the dashboard.
1.5 "Custom Connectors" means the data mappings, transformation scripts and connectors that Provider builds for Customer to load the Data Products into Customer's procurement and risk systems.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the Data Products through the API and the dashboard, and to use them for Customer's internal purchasing, risk management and planning, by up to 35 named users and up to 500,000 API calls per day.
2.2 Customer may share reports containing insubstantial extracts of the Data Products with its affiliates in mainland China, but shall not resell or publish the Data Products.
2.3 Provider may add datasets to the Data Products. Provider shall not remove any dataset listed in Schedule A during the Term without providing a replacement of equivalent coverage and quality.

3. ONBOARDING

3.1 Provider shall set up Customer's accounts, build the Custom Connectors, load three seasons of historical data into Customer's test environment and train Customer's analysts.
3.2 Provider shall make the production API and the Custom Connectors ready for Customer's onboarding acceptance tests by 10 June 2027.
3.3 Onboarding is accepted when Customer confirms in writing that: (a) all datasets in Schedule A are retrievable through the API; (b) the Custom Connectors load each dataset into Customer's systems without errors for ten consecutive working days; and (c) sample values for ten trading days match Provider's published reference values. Access to the production API before that confirmation is not acceptance.
3.4 If Provider misses the date in Clause 3.2 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.
3.5 Provider shall assign a named customer success manager, who speaks Chinese, to Customer for the Term. The manager shall hold a review call with Customer's analysts each quarter and shall inform Customer in advance of any change in a data source or in the methodology behind a dataset.

4. FEES AND PAYMENT

4.1 The fees are: (a) a one-time onboarding fee of CNY 58,000; and (b) an annual subscription fee of CNY 418,000 for each Subscription Year, which is CNY 836,000 for the two Subscription Years. The total fees under this Agreement are CNY 894,000, inclusive of VAT.
4.2 Provider shall invoice the onboarding fee and the subscription fee for Subscription Year 1 together on the date of this Agreement. Customer shall pay that invoice, CNY 476,000 in total, within 15 days after receipt, and in any event before Provider begins onboarding.
4.3 Provider shall invoice the subscription fee for Subscription Year 2 thirty days before Subscription Year 2 begins, payable by the first day of Subscription Year 2.
4.4 Fees are fixed for the Term. Fees paid are not refundable, except as stated in Clause 11.3.
4.5 If Customer exceeds the daily API call limit on more than five days in a month, Provider may charge for the additional calls at the rate in Schedule A. Such usage charges are not part of the total fees in Clause 4.1.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Provider shall publish each daily dataset by the delivery time stated for it in Schedule A.
5.3 Customer may report incidents through Provider's support portal or by telephone at any time. Provider shall respond to a Priority 1 incident (the API is unavailable, or a daily dataset has not been published) within one hour, and to other incidents within one business day.
5.4 Provider does not offer service credits, refunds or other compensation for failure to meet the levels in this Clause 5. Provider's only obligation in that case is to use reasonable efforts to restore the API and the affected datasets as soon as possible.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API, the dashboard and support to Customer, and shall not use it for any other purpose or disclose it to any third party.
6.2 At the end of the Term, Provider shall return Customer Data to Customer in a standard format and then delete it from its systems.

7. DATA SECURITY

7.1 Provider shall protect Customer Data and Customer's account credentials with appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for the dashboard, IP allow-listing for API keys and logging of all access.
7.2 Customer Data shall be stored on servers located in mainland China, operated by Provider's hosting provider under an MLPS level-3 filing.
7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or Customer's account, take immediate steps to contain it and be liable for the losses that Customer suffers as a result of a security incident caused by Provider.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources own the Data Products and the API.
8.2 Customer owns the Custom Connectors and all reports and analyses that Customer creates using the Data Products. Provider shall deliver the Custom Connectors in source form at onboarding acceptance, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchase plans and positions and Provider's unpublished methods, and use it only for this Agreement.
9.2 This Clause continues to apply for three years after the end of the Term.

10. SUBCONTRACTING

Provider shall not subcontract any part of the onboarding services or the operation of the API without Customer's prior written consent. Provider's licensed data sources are not subcontractors.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new agreement.
11.2 The subscription is non-cancellable. Customer may not terminate this Agreement before the end of the Term for any reason, including a breach by Provider. Customer's remedies for a breach by Provider are the performance of Provider's obligations and damages under Clause 12.
11.3 Provider may suspend or terminate this Agreement if Customer does not pay an undisputed invoice within 30 days after written notice, or if Customer resells or publishes the Data Products. If Provider terminates for a reason other than Customer's breach, it shall refund the unused part of the prepaid subscription fee.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 4.1.
12.2 This limit does not apply to breach of Clause 7 or Clause 9, to infringement of the other party's intellectual property, or to fraud or wilful misconduct.
12.3 The Data Products are market information. Provider is not liable for Customer's purchasing or trading decisions based on them.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above.
14.2 This Agreement is signed in English and Chinese, and both versions have equal effect.
14.3 This Agreement, with Schedule A, is the entire agreement between the parties about its subject matter.

SCHEDULE A - DATA PRODUCTS AND DELIVERY TIMES

A.1 Crop condition and progress data for major producing states, weekly, by Tuesday 08:00 Beijing time.
A.2 Daily weather observations and 14-day forecasts for producing regions, daily by 09:00 Beijing time.
A.3 Export inspection and sales data, weekly, within six hours after official publication.
A.4 Barge, rail and ocean freight rate assessments, daily by 10:00 Beijing time.
A.5 Basis and cash price data for Gulf and Pacific Northwest export terminals, daily by 10:00 Beijing time.
A.6 Additional API calls beyond the daily limit: CNY 12 per thousand calls.

Signed for Customer: ____________________        Signed for Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# Files, design list and labels

TARGETS = {
    "z01": ("h987z01_sci_tech_bureau_contract_registration_platform.pdf", "pdf"),
    "z02": ("h987z02_bath_heater_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h987z03_toefl_chain_booking_membership_saas.txt", "txt"),
    "z04": ("h987z04_transport_bureau_tunnel_lining_inspection_om.txt", "txt"),
    "z05": ("h987z05_ge_kiln_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h987e01_wms_perpetual_licence_arkansas_vendor.pdf", "pdf"),
    "e02": ("h987e02_field_service_saas_order_form.md", "md"),
    "e03": ("h987e03_grain_storage_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h987e04_managed_service_desk_36_months.md", "md"),
    "e05": ("h987e05_agri_market_data_api_subscription.txt", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#       acceptance_deemed_on_delivery, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 2116000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28, False, True,
                         True, "PRC", G], True, True, True, False, 2130000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 1130000),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False,
                         False, False, "PRC", S], True, True, None, False, 1286400),
    "z05": ("software", [None, 10, False, "supplier", True, False, True, None, 20, 55, False, False, 6, None, False,
                         True, None, "PRC", G], True, False, False, True, 500000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
                         "Arkansas", G], True, True, True, False, 2190000),
    "e02": ("cloud", [None, None, False, "buyer", True, False, True, 600 / 841600 * 100, 200, None, True, None, None,
                      None, False, True, False, "PRC", S], False, True, None, False, 841600),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False,
                         "PRC", G], True, True, True, False, 2090000),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 2000 / 3240000 * 100, 9 / 36 * 100, None, True,
                         None, None, None, False, True, True, "PRC", S], True, True, None, False, 3240000),
    "e05": ("cloud", [99.95, 1, False, "buyer", True, True, True, 700 / 894000 * 100, 150, (418000 + 58000) / 894000 * 100,
                      True, None, None, None, False, False, False, "PRC", S], True, True, None, False, 894000),
}

# design list (written before the derivation below, from the drafting plan)
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}
FOREIGN_FORUM = {"e01"}          # dispute forum outside mainland China (Sebastian County, Arkansas courts)
# TCO inputs for goods/licence drafts with a fixed post-warranty fee: (fee base = itemised licence/hardware subtotal)
TCO = {"z01": 1160000, "z02": 1708800, "e01": 1380000, "e03": 1804000}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    value = LABELS[key][6]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO[key] * post_years
    return fees / (value + fees) * 100, value + fees


def derive(key):
    """My reading of policy section 3, applied to the label."""
    cat, terms, sla, ld_stated, capped, deemed, value = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
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
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and tco_share(key)[0] > 40:
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


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    cat, terms, sla, ld_stated, capped, deemed, value = LABELS[key]
    name = TARGETS[key][0]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

BANNED = [
    r"(?<![\d.])99\.90*(?!\d)",                                          # availability 99.9
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![-\w])four\s*(?:\(4\)\s*)?hours?", r"(?<!十)四个?小时",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"(?<![\d.])5\s*‱",       # LD 0.05 %/day
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.,])12\s*(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?months?", r"十二个月", r"(?<![每第])一年(?!度)",
    r"\bone\s*year\b", r"(?<![\d.,])1\s*year\b",
    r"(?<![\d.,])5\s*(?:years?|年(?!度))", r"\bfive\s*years?", r"(?<![十二三四六七八九])五年(?!度)",
]
BANNED_RE = re.compile("|".join("(?:%s)" % b for b in BANNED), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "forty per cent", "12 months", "十二个月",
            "12个月", "一年", "one year", "twelve months", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "四十八小时", "twenty-four hours", "14小时", "0.08%", "0.055", "万分之三", "150%", "130%", "25%",
             "115%", "140%", "35%", "45%", "18 months", "36 months", "二十四个月", "一年度", "每一年", "2025年",
             "2026年12月", "Subscription Year 1", "0.5 degrees", "3 hours", "十五个工作日"]


def scan_selftest():
    for s in MUST_HIT:
        assert BANNED_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not BANNED_RE.search(s), "must miss: %s (%s)" % (s, BANNED_RE.search(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    return len(re.sub(r"\s", "", text)) if key[0] == "z" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, built, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(TEXTS[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        text = read_back(OUT / name)
        n = length(key, text)
        lo, hi = (2750, 3000) if key[0] == "z" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BANNED_RE.search(variant)
            assert not m, (name, variant[max(0, m.start() - 30):m.end() + 30])
        lab = label(key)
        t = lab["expected_terms"]
        for k2, th in THRESH.items():
            assert t[k2] is None or abs(t[k2] - th) > 1e-9, (name, k2)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (name, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (name, risk(rules))
        covered |= set(rules)
        share = ""
        if key in TCO:
            sh, total = tco_share(key)
            assert abs(sh - 40) > 2, (name, sh)
            share = " TCO %.0f share %.1f%%" % (total, sh)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %5d %-6s %s%s" % (name, n, risk(rules), ",".join(r[3:] for r in rules) or "-", share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(DESIGN[k]) for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]) <= 10
    six = [k for k in DESIGN if k not in ("z01", "e03", "e01", "z05")]
    assert len(six) == 6 and all(2 <= len(DESIGN[k]) <= 3 for k in six), counts
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
