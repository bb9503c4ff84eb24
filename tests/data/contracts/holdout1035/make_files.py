"""holdout1035: builds the ten held-out draft contracts of this folder from the sources below (.txt/.md written as is,
.docx/.pdf through ../word_pdf.py), writes their .json labels, and asserts the checks of the brief: text lengths as read
back, no threshold figure in any built text, no label value on a threshold, TCO shares away from the threshold, the
rules derived from each label (my reading of policy §3) equal to the design list, and all 20 CR rules covered.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1035Z01 = """T:预防接种预约服务平台采购合同
P:合同编号：JK-ZC-2027-016　　采购方式：公开招标（政府采购）
P:甲方（采购人）：南湖市疾病预防控制中心
P:乙方（供应商）：杭州云岫健康信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据南湖市公共资源交易中心组织的“预防接种预约服务平台建设项目”招标结果，甲乙双方经协商一致，按甲方提供的合同文本签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“疫苗接种预约服务平台”软件（以下简称平台）的永久使用许可，并在平台基础上完成定制开发、部署实施、数据迁移和培训，使全市68家接种门诊能够通过小程序、公众号和门诊自助机办理预约、改约、取号和接种提醒。
P:1.2 定制开发内容包括：儿童预防接种预约与排号模块；成人及特殊人群疫苗预约模块；与省免疫规划信息系统、市居民电子健康档案和门诊叫号系统的接口；短信与公众号提醒；预约数据统计驾驶舱。具体功能以招标文件技术需求及乙方投标文件为准。
P:1.4 乙方应保证平台符合国家及省卫生健康主管部门关于预防接种信息化建设的技术规范和数据标准。
P:1.3 合同附件（招标文件、投标文件、需求规格说明书、验收方案）与本合同具有同等效力；内容不一致时，以对甲方更有利的条款为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾玖万元整（¥2,190,000），为固定总价，已包含税费、部署、差旅及质保期内的全部服务费用，甲方不再支付其他任何费用。
P:2.3 合同履行期间，因疫苗接种政策调整需增加少量功能的，双方本着合理原则另行协商。
P:2.2 分项价格：平台软件永久许可费¥1,180,000；定制开发及接口费¥760,000；实施部署及数据迁移费¥214,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计¥438,000。
P:3.2 平台完成部署、通过初步验收并上线试运行后，甲方支付合同总价的45%，计¥985,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥766,500。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款受财政资金拨付程序约束，因财政审批导致的合理延迟不视为甲方违约。
P:3.5 每次付款前，乙方应提交相应阶段的交付物清单，经甲方确认。
H:第四条 实施进度
P:4.1 乙方应于合同生效后60日内完成平台部署和全部接口联调，90日内具备上线试运行条件。
P:4.2 乙方应指派具有三年以上同类项目经验的项目经理，未经甲方同意不得更换。
P:4.3 实施期间乙方应每周提交进度报告，遇有可能影响工期的情况应立即书面告知甲方。
P:4.4 乙方应为甲方及各接种门诊提供不少于16学时的操作培训和管理员培训，并提供中文操作手册、接口说明和运维手册。
H:第五条 验收
P:5.1 初步验收：平台部署完成后，由甲方组织按验收方案逐项测试，标准包括：需求规格说明书所列功能全部实现；在800个并发用户条件下预约提交的平均响应时间不超过2秒；与省免疫规划信息系统的接种记录比对一致；第三方机构出具的网络安全等级保护测评和软件安全测试报告无高危问题。
P:5.2 最终验收：平台上线试运行满60日，期间未发生一级故障，且门诊与公众使用意见已整改完毕的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方实际使用或支付部分款项，均不视为甲方已验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件永久许可费的9%，即每年不超过¥106,200，自质保期满起三年内不得上调，维护合同另行签订，不自动续期。
P:6.3 服务水平：平台月可用率不低于99.95%（计划内维护除外）。一级故障（平台整体无法预约或接种记录无法回传）乙方应在30分钟内响应、2小时内到场或远程恢复；二级故障应在2小时内响应、24小时内解决。
P:6.4 乙方响应或恢复每超时1小时，按800元/小时向甲方支付违约金；月可用率每低于承诺值0.01个百分点，按1,500元支付违约金，可从应付款项中扣除。
P:6.5 质保期内乙方每季度对平台巡检一次并出具巡检报告，在流感疫苗等集中接种期间安排工程师驻场保障。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围覆盖甲方及其下属接种门诊。
P:7.2 为本项目定制开发的模块、接口程序、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交源代码。甲方可自行或委托第三方修改、使用，无需另行付费。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的受种者信息、预约记录、接种记录等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得将其用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，对个人信息进行加密存储和脱敏展示，实行最小权限与操作日志审计，运维访问须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应行政责任。
P:8.4 合同终止或维护服务结束时，乙方应将甲方数据完整交还，并删除乙方及其人员持有的全部数据副本，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备上线条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按未付金额每日万分之二支付逾期付款违约金。
P:10.4 乙方违反第八条约定的，除承担赔偿责任外，甲方有权解除合同。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目转包；未经甲方书面同意，不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或有其他根本违约行为经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方支付违约金、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十三条 争议解决
P:13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:14.2 本合同未尽事宜，由双方另行签订补充协议。
P:甲方（盖章）：南湖市疾病预防控制中心　　乙方（盖章）：杭州云岫健康信息技术有限公司
P:签订日期：2027年3月　日
"""
H1035Z02 = """T:生产线控制系统改造合同
P:合同编号：XJ-SB-2027-0312
P:甲方：慈溪小鲸迷你洗衣机制造有限公司
P:乙方：宁波恒拓自动化工程有限公司
P:甲方拟对总装一线至总装六线的电气控制系统进行改造，乙方具备相应的设计、供货、编程和调试能力。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条迷你洗衣机总装线的控制系统改造，包括：拆除原有继电器控制柜，更换PLC控制柜；更换输送线及压装工位的伺服驱动；新增触摸屏人机界面；新增工业以太网交换机；部署产线数据采集软件并与甲方现有MES系统对接；新增整机外观视觉检测工位。
P:1.2 乙方同时负责PLC程序和人机界面画面的开发、现场安装、单机及联动调试、试生产保障和操作维修人员培训。
P:1.3 改造须分线进行，每条线停线时间不超过7日，乙方应与甲方生产计划协调，不得影响相邻产线生产。
P:1.4 乙方提供的设备均应为全新原厂正品，PLC、伺服及交换机品牌须在投标时确定的品牌范围之内，不得以翻新件或替代品牌供货。
P:1.5 改造后的控制系统应预留扩展能力，能够与甲方计划扩建的第七号总装线兼容。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万元整（¥2,010,000），含税、含运输、安装、调试及质保期内服务费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含控制器及I/O模块）|6套|552,000
TB:2|伺服驱动及电机|48套|398,400
TB:3|触摸屏人机界面|12台|86,400
TB:4|工业以太网交换机|18台|73,800
TB:5|产线数据采集软件许可（永久）|1套|286,000
TB:6|视觉检测工位（相机、光源、工控机及软件）|6套|323,400
TB:|软硬件小计||1,720,000
TB:7|PLC及人机界面程序开发、安装调试|1项|268,000
TB:8|培训|1项|22,000
TB:|合同总价||2,010,000
P:2.2 上述软硬件小计为后续维保费的计费基数。
P:2.3 合同总价为固定价格，不因汇率、原材料价格变化而调整。
H:第三条 付款
P:3.1 合同签订后15个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完成后，甲方支付合同总价的50%；到货和安装完成不视为验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后一次付清。
P:3.5 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 设备应于合同签订后45日内送达甲方厂区，全部六条线应于合同签订后120日内完成改造并具备验收条件。
P:4.2 乙方应提交详细的分线改造方案和停线计划，经甲方书面确认后实施。
P:4.3 乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业和电气作业管理规定，施工人员须持有效电工证上岗。因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.4 改造期间，乙方应做好原有控制程序和参数的备份，确保改造失败时能在8小时内恢复原系统运行。
H:第五条 验收
P:5.1 每条线改造完成后进行单线验收，标准包括：节拍达到每台28秒以内；连续生产72小时无控制系统原因停线；视觉检测漏检率不高于0.2%；产量、不良品和设备状态数据与MES系统逐条核对一致。
P:5.2 六条线全部单线验收合格并稳定运行30日后，由甲方组织最终验收，并签署验收报告。
P:5.3 到货签收、安装完成或试生产均不代表甲方验收合格。验收不合格的，乙方应在10日内整改，再次验收仍不合格的，甲方有权退货并要求乙方赔偿。
P:5.4 验收时乙方应提交设备合格证、电气原理图、接线图、程序备份、参数清单、操作及维修手册等技术资料，资料不全的不予验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的设备和部件，免费修复程序缺陷。
P:6.2 服务水平：一级故障（整条产线因控制系统停线）乙方应在1小时内响应，3小时内到场，8小时内恢复生产；二级故障应在8小时内到场处理。
P:6.3 乙方到场或恢复每超时1小时，向甲方支付违约金1,000元，从质量保证金或应付款中扣除。
P:6.4 质保期满后，乙方提供维保服务，包括驻厂工程师一名、季度预防性维护、备品备件更换和程序修改。维保费按软硬件小计的28%每年计取，即每年¥481,600，质保期满后三年内固定不变，按季度支付。
P:6.5 维保期间，乙方每季度出具维保报告，列明故障处理、备件更换和程序变更情况；维保服务响应标准与质保期相同。
P:6.6 乙方承诺在最终验收后至少八年内继续供应本项目所用备品备件，停产的应提前六个月通知甲方并提供替代方案。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、人机界面画面、视觉检测配方及其源文件归甲方所有，乙方应在最终验收时完整移交，并提供程序说明文档。
P:7.2 数据采集软件及视觉软件标准版本的知识产权属原权利人，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量数据归甲方所有，乙方仅为履行本合同使用，不得留存、复制或提供给任何第三方。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的安全通道接入，并保留操作日志。乙方应做好工控系统病毒防护，不得接入未经查杀的移动存储介质。
P:8.3 因乙方原因导致数据泄露、丢失或工控系统被攻击的，乙方应在2小时内报告并承担由此造成的全部损失。
P:8.4 乙方不得在设备或软件中预置任何远程控制、自动锁机或数据外传功能。
H:第九条 保密
P:9.1 乙方对甲方的产品设计、工艺文件、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得披露，保密期限至相关信息公开为止。
P:9.2 乙方人员在甲方厂区内不得拍摄生产线、产品及工艺文件，确因工作需要的，须经甲方同意。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因改造质量问题造成甲方停产的，乙方应赔偿甲方的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意、重大过失及人身伤害除外。
P:10.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.5 乙方提供的设备或程序存在质量缺陷导致批量产品不合格的，乙方应承担返工费用并赔偿甲方损失。
H:第十一条 分包
P:11.1 电气安装中的线缆敷设可由乙方分包给具备资质的单位，但须事先取得甲方书面同意；乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日或存在其他重大违约，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:12.2 甲方解除合同的，已安装设备可由甲方选择保留并按实际价值结算，或由乙方拆除并恢复原状。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.2 本合同附件包括：设备清单及技术参数、分线改造方案、验收测试大纲，附件与本合同具有同等效力。
P:甲方（盖章）：慈溪小鲸迷你洗衣机制造有限公司　　乙方（盖章）：宁波恒拓自动化工程有限公司
"""
H1035Z03 = """珠算培训连锁门店约课及会员管理系统服务合同

合同编号：ZS-IT-2027-08

甲方：南通珠心算教育科技有限公司（下辖30家直营门店）
乙方：苏州课栈云软件有限公司

甲方因门店约课、排课、会员储值和家校沟通管理需要，向乙方订购其“课栈”约课及会员管理云服务（以下简称本服务），并委托乙方完成实施工作。双方经协商一致，订立本合同。

一、服务内容与服务期

（一）订阅服务
1. 乙方通过其云平台向甲方30家门店提供约课排课、学员档案、会员卡及课时包、储值消费、教师课表、家长端小程序、营销活动和经营报表等功能。
2. 本服务以门店为单位订阅，门店开通账号数不限，家长端使用人数不限。
3. 乙方应保证家长端小程序在主流手机操作系统上正常使用，支持家长在线查看课表、约课、请假和查看孩子的珠心算练习成绩。

（二）实施服务
1. 乙方负责门店及课程体系配置，将甲方现有学员档案、剩余课时和储值余额迁移至本服务，配置与甲方收银系统的对接，并对门店店长和前台人员进行培训。
2. 实施工作应在合同生效后45日内完成并上线。
3. 乙方应为各门店店长和前台人员提供上线前集中培训及上线后两周的远程陪跑支持，并提供操作视频。

（三）服务期
服务期为两个服务年度：第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。

（四）门店增减
服务期内甲方新增门店的，按每家门店每个服务年度7,800元的单价，以实际开通月份按月折算增加费用；甲方关闭门店的，可提前一个月通知乙方停止该门店账号，下一季度起相应减少费用。

二、费用与支付

（一）费用
1. 订阅服务费：每家门店每个服务年度人民币7,800元，30家门店每个服务年度合计人民币234,000元，两个服务年度合计人民币468,000元。
2. 实施费：一次性人民币86,000元。
3. 合同总金额：人民币554,000元（含税）。短信通知按实际发送量另行结算，不计入合同总金额。

（二）支付
1. 实施费在上线验收合格后10个工作日内支付。
2. 每个服务年度的订阅服务费分四期按季度支付，每季度开始后15日内支付当季费用。
3. 乙方应在每次收款前开具增值税专用发票。
4. 乙方人员赴门店实施所需的差旅费用已包含在实施费中，乙方不得另行收取。
5. 服务期内订阅服务费单价不作调整。

三、上线验收

（一）实施完成后，乙方书面申请上线验收。验收标准为：
1. 30家门店的学员档案、剩余课时及储值余额迁移后与甲方原系统逐条核对一致；
2. 约课、签到、消课及退费流程在全部门店测试通过；
3. 在300名家长同时约课的情况下页面响应时间不超过3秒；
4. 与收银系统对账连续7日无差异。
（二）上述标准全部满足后，甲方签署上线验收单。门店试用不视为验收合格。
（三）上线验收前，乙方应提交实施报告、数据迁移核对报告、门店配置清单及操作手册。验收不合格的，乙方应在7日内整改后重新提交验收。

四、服务水平

（一）乙方承诺本服务的月可用率不低于99.5%，计划内维护应安排在每日22时以后并提前2日通知。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法约课、签到或收银）：1小时内响应，6小时内恢复；
2. 二级故障（单一门店或单一功能异常）：8小时内响应，24小时内解决；
3. 三级问题（咨询及优化建议）：2个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，抵扣当月订阅服务费的2%；一级故障超过恢复时限的，每超时1小时抵扣当月订阅服务费的1%。抵扣在下一季度费用中结算。
（四）因电信运营商网络中断、甲方门店自身网络或设备故障造成的不可用时间，不计入可用率考核。
（五）乙方应为甲方设专属客户成功经理，每季度与甲方召开服务回顾会议，提交可用率、故障及需求处理报告。乙方升级平台版本的，应提前7日通知甲方，升级不得影响门店正常约课和已有数据。

五、数据归属与数据安全

（一）甲方在本服务中录入和产生的学员、家长、课时、储值及经营数据归甲方所有。乙方可对平台数据进行汇总和去标识化处理，用于改进产品及编制培训行业经营分析报告，但不得识别到具体学员或家长。
（二）乙方应将数据存储于中国境内的数据中心，平台已通过网络安全等级保护三级测评。乙方应对学员及家长个人信息加密存储，实行权限分级和操作日志留存，未经甲方授权不得访问甲方的业务数据。
（三）发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
（四）服务期满或合同解除后，乙方应在30日内将甲方数据以通用格式完整交付甲方，并在甲方确认后删除。
（五）乙方向学员家长发送短信或小程序消息，仅限甲方授权的课程通知和提醒，不得推送乙方或第三方的广告。乙方不得将甲方数据转移至中国境外。

六、知识产权
（一）本服务平台及其功能的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程体系、报表模板和收银接口程序归甲方所有，甲方可自由使用、修改和交由第三方维护。
（三）乙方不得将甲方专有的课程体系、教学进度设计及教案模板提供给其他客户使用。

七、保密
双方对在合作中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方员工不得利用在服务中获知的甲方学员信息招揽生源。本条在合同终止后三年内继续有效。

八、违约责任
（一）乙方未能按期上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）甲方逾期支付费用超过30日的，乙方可暂停服务，但应提前7日书面通知。
（三）任何一方违约给对方造成损失的，应予赔偿。
（四）因平台故障导致门店多扣课时或储值金额错误的，乙方应在核实后3日内协助甲方完成更正，并承担由此产生的家长退费及补偿费用。

九、续期
服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅服务费单价，并在续期前通知甲方，调整后的单价自续期之日起执行。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）一级故障在一个服务年度内累计发生超过6次的，甲方有权解除本合同。
（三）合同解除或期满不续期的，乙方应给予甲方60日的数据导出过渡期，过渡期内平台按原功能继续开放，不另收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、其他
本合同附件包括：功能清单、门店清单、数据迁移方案及服务水平说明，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：南通珠心算教育科技有限公司
乙方（盖章）：苏州课栈云软件有限公司
日期：2027年5月　日"""
H1035Z04 = """船闸调度系统年度运维服务合同

项目编号：HHJ-CS-2027-005（竞争性磋商）

采购人（甲方）：清江市港航事业发展中心
供应商（乙方）：武汉江衡智能航运科技有限公司

根据《中华人民共和国政府采购法》及“船闸调度系统年度运维服务”竞争性磋商的成交结果，甲乙双方经协商一致，签订本合同。

第一章 服务内容

第一条 服务对象
本合同的服务对象为甲方所辖三座船闸的调度系统，包括船舶过闸登记与缴费子系统、远程调度指挥子系统、闸门启闭监控子系统、视频监控子系统、船舶定位接入模块及相关服务器、存储、网络和安全设备。系统软硬件清单详见附件一《运维对象清单》。

第二条 服务期
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，如需继续服务，由甲方依法重新采购。

第三条 服务内容
（一）驻场运维：乙方派驻5名运维工程师，实行7×24小时值守，负责日常监控、故障处理、数据备份、账号权限管理和调度员操作支持。
（二）巡检及预防性维护：每月对全部软硬件设备巡检一次，每季度进行一次全面性能优化，汛期前完成专项检查。巡检应覆盖服务器、存储、网络设备、闸门控制终端和视频前端，巡检结果记录于巡检表并由甲方签字确认。
（三）备品备件：乙方负责提供服务器硬盘、交换机模块、视频摄像机等常用备件，备件费用已包含在合同价款中。
（四）应急保障：乙方编制应急预案，每半年组织一次应急演练，在防汛、春运等重点时段增派人员保障。
（五）版本维护：对调度系统软件进行缺陷修复和适应性修改，并对操作系统和数据库进行安全补丁更新。
（六）技术支持：为甲方调度员和信息中心人员提供操作培训，每半年不少于一次，并在系统参数调整后及时更新操作手册。
（七）资产管理：建立并维护软硬件资产台账、配置基线和备份清单，每季度与甲方核对一次。
（八）人员要求：驻场项目负责人应具有船闸或水利信息化系统运维经验，并持有信息系统运维相关职业资格证书。

第二章 合同价款与支付

第四条 合同价款
合同总价为人民币捌拾贰万陆仟元整（¥826,000），包括：驻场运维费¥546,000；巡检及预防性维护费¥118,000；备品备件费¥96,000；应急保障及演练费¥66,000。合同价款为固定价格，服务期内不作调整。

第五条 支付方式
合同价款按季度平均支付，每季度结束后，经甲方季度考核合格，乙方开具发票后15个工作日内，甲方支付当季服务费¥206,500。季度考核扣减的金额在当季服务费中扣除。乙方开具的发票应与当季应付金额一致，甲方按财政支付程序办理付款。

第三章 服务标准与考核

第六条 服务水平
（一）调度系统月可用率不低于99.95%。
（二）一级故障（任一船闸无法调度或闸门控制中断）：15分钟内响应，1小时内恢复或启用备用方案；二级故障（单一子系统异常）：30分钟内响应，8小时内修复；三级故障：24小时内修复。
（三）巡检报告、月度运维报告应在次月5日前提交。
（四）乙方应建立故障工单记录，所有故障从报告到关闭的全过程应在工单系统中记录，供甲方随时查阅。
（五）防汛、春运等重点时段，一级故障响应时间为10分钟，乙方应安排工程师在调度中心现场值守。

第七条 考核与扣减
（一）甲方每季度按运维考核细则对乙方考核。
（二）一级故障每超时响应或超时恢复一次，扣减服务费2,000元；二级故障每超时一次，扣减服务费800元；月可用率低于承诺值的，每低0.01个百分点扣减服务费1,000元。
（三）季度考核得分低于80分的，扣减当季服务费的5%。
（四）全年扣减总额不超过合同总价的10%。

第八条 年度验收
服务期满后，甲方按以下标准组织年度验收：全年可用率达标；一级故障均按时恢复；巡检、备份和演练记录完整；系统文档、配置清单、账号清单完整移交。验收合格后出具验收意见。年度验收不合格的，乙方应在15日内完成整改并重新验收，重新验收前甲方可暂扣最后一个季度的服务费。

第四章 数据与网络安全

第九条 数据归属
调度数据、过闸登记和缴费记录、船舶信息及视频资料均归甲方所有。乙方仅为完成运维工作使用上述数据，不得用于其他任何目的。乙方不得利用运维权限查询、导出与运维工作无关的船舶和缴费信息。

第十条 网络安全责任
（一）乙方应遵守《网络安全法》《数据安全法》及关键信息基础设施安全保护的相关规定，严格执行甲方的等级保护管理制度。
（二）运维操作须通过甲方堡垒机进行，禁止私自开设远程通道，禁止将数据拷贝出甲方机房，运维终端须安装甲方指定的安全软件。
（三）乙方人员须实名登记，账号一人一号，离场当日注销。
（四）发生网络安全事件或数据泄露、损毁的，乙方应在30分钟内报告甲方，并立即采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。
（五）乙方应每月开展一次漏洞扫描，发现高危漏洞应在3个工作日内完成修复或采取临时防护措施，并向甲方报告。
（六）服务期满或合同解除时，乙方应移交全部账号、口令和配置资料，并删除运维终端上留存的与甲方系统有关的数据。

第十一条 成果归属
乙方在运维过程中编写的脚本、配置文件、运维手册和报告归甲方所有。

第五章 违约责任

第十二条 乙方违约
（一）乙方未按约定日期进场接管，或无正当理由中断运维服务的，每逾期或中断一日，按合同总价的万分之二向甲方支付违约金。
（二）因乙方操作失误导致船闸停航的，乙方应赔偿甲方因此遭受的直接损失。
（三）乙方派驻人员数量不足的，按每人每日600元扣减服务费。
（四）乙方更换驻场人员须提前7日告知甲方并经甲方同意，更换人员的资质不得低于原人员。
（五）乙方未按约定完成汛前专项检查的，每次向甲方支付违约金5,000元。

第十三条 甲方违约
甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。甲方应为乙方驻场人员提供必要的办公场所、网络和工作条件。

第六章 其他约定

第十四条 专项维保委托
乙方可将UPS电源、精密空调等专项设备的维保工作委托给具有相应资质的第三方，但应提前5个工作日书面告知甲方，乙方对第三方的工作质量承担责任。

第十五条 合同解除
乙方连续两个季度考核不合格，或发生重大违约经书面催告后10日内未改正的，甲方有权解除本合同，并按实际服务时间结算费用。乙方在服务期内发生重大网络安全事件且负有主要责任的，甲方亦有权解除本合同。

第十六条 不可抗力
因洪水、地震等不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，双方可协商延期履行。不可抗力持续超过60日致使合同目的无法实现的，任何一方可解除合同。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交清江仲裁委员会仲裁。

第十八条 合同文件
本合同与磋商文件、乙方响应文件、成交通知书及运维考核细则共同构成合同文件。合同文件之间有矛盾的，以本合同为准。

第十九条 生效
本合同一式六份，甲方四份，乙方两份，自双方盖章之日起生效。本合同附件：运维对象清单、运维考核细则、应急预案。

甲方（盖章）：清江市港航事业发展中心
乙方（盖章）：武汉江衡智能航运科技有限公司
签订日期：2026年12月　日"""
H1035Z05 = """# 软件许可及定制开发合同

（匠迹软件标准合同文本 V4.0）

**合同编号：** JJ-2027-0419

**甲方（用户）：** 景德镇青禾草木灰釉陶瓷工作室

**乙方（供应商）：** 南昌匠迹信息技术有限公司

**签订地点：** 南昌市

甲方因陶瓷作品生产过程追溯管理需要，购买乙方“匠迹”工艺追溯软件并委托乙方进行定制开发。为明确双方权利义务，双方在平等自愿的基础上，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工艺追溯软件标准版的永久使用许可，授权在甲方一个工作室场所内使用，用户数不超过20个。

1.2 乙方根据甲方需求进行定制开发，内容包括：草木灰釉料配方及灰料批次管理；拉坯、修坯、施釉、烧成各工序记录；与甲方两台电窑温控仪的窑温曲线采集对接；作品唯一二维码及收藏证书追溯页面。

1.3 定制开发的具体需求以双方确认的需求清单为准。需求清单确认后甲方提出变更的，乙方有权另行收费并顺延交付时间。

1.4 本合同项下软件仅限甲方内部使用，甲方不得将软件用于为第三方提供服务，不得出租、出借或转授权。

1.5 软件运行所需的操作系统、数据库等第三方软件由甲方自行购买。

1.6 乙方交付的软件功能以乙方发布的产品说明书为准，产品说明书与需求清单不一致的，以产品说明书为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯软件标准版永久许可 | 168,000 |
| 2 | 定制开发（釉料配方、工序记录、窑温采集、二维码追溯） | 236,000 |
| 3 | 部署及培训 | 28,000 |
| | 合计 | 432,000 |

上述价格含增值税。甲方所需的服务器、电脑、扫码枪和标签打印机由甲方自行采购，不在本合同范围内。合同价格一经确定，甲方不得以任何理由要求降价或退款。本合同价格不含现场驻点服务、额外培训和数据录入服务，甲方如需要，按乙方报价另行收费。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即人民币280,800元。

3.2 软件部署完成后5个工作日内，甲方支付合同总价的35%，即人民币151,200元。

3.3 甲方未按期付款的，乙方有权暂停开发和服务，交付时间相应顺延，并有权按逾期金额每日千分之一收取违约金。

3.4 甲方已支付的款项，除本合同另有约定外，不予退还。

3.5 甲方应将款项支付至乙方指定的银行账户，开户行为中国建设银行南昌高新支行，账号以乙方发票记载为准。

## 第四条 交付

4.1 乙方应在收到首期款后60个工作日内完成软件部署。

4.2 因甲方未及时提供场地、网络、窑温仪通讯协议或确认需求造成的延误，交付时间相应顺延。

4.3 交付时间为乙方的预计时间，乙方将尽力按期交付。

4.4 乙方以远程方式进行部署和培训；甲方要求现场服务的，差旅费用由甲方承担。

4.5 甲方应指定专人配合乙方工作，并提供必要的工作条件和真实、完整的基础资料。

4.6 窑温采集对接以甲方电窑温控仪开放标准通讯协议为前提，因温控仪不支持对接的，乙方不承担责任，该部分费用不予退还。

## 第五条 验收

5.1 乙方完成软件部署并通知甲方后，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，由乙方在免费维护期内予以处理，不影响验收结论和付款。

5.3 甲方在部署完成后7日内未提出书面异议的，视为对软件功能及交付内容无异议。

## 第六条 维护服务

6.1 乙方提供六个月的免费维护期，自软件部署完成之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法登录或数据无法保存）乙方在2小时内响应，二级故障在1个工作日内响应，一般问题在3个工作日内响应。乙方将尽合理努力尽快排除故障。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准收取。

6.4 甲方自行修改软件、安装其他软件或因硬件、网络、停电造成的问题，不在维护范围之内，乙方可按次收费处理。

6.5 维护服务以电话、微信和远程协助为主，确需现场服务的，乙方另行收取差旅及服务费用。

6.6 乙方发布的新版本，甲方可在免费维护期内免费升级；维护期满后升级的，按乙方届时的升级价格收费。

6.7 因甲方人员操作失误需要进行数据恢复的，乙方按次收费，每次人民币800元。

6.8 乙方对软件与甲方今后新购的电窑、设备及第三方软件的兼容性不作保证。

## 第七条 知识产权

7.1 本软件及其全部组件、文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档，其知识产权亦归乙方所有。甲方在本合同约定的场所范围内享有非独占的使用权，不得修改、反向工程，不得转让或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方使用软件时不得删除或修改软件中的版权标识。

## 第八条 甲方数据

8.1 甲方在软件中录入的釉料配方、工艺记录、作品信息和客户信息归甲方所有，乙方仅为履行本合同使用上述数据。

8.2 甲方应自行做好数据的日常备份。

## 第九条 保密

9.1 双方对在合作过程中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意，不得向第三方披露，但法律法规另有规定的除外。

9.2 本条义务在合同终止后两年内继续有效。

9.3 乙方有权在其宣传材料和客户名单中使用甲方名称，作为成功案例展示。甲方不得向任何第三方透露本合同价格。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。

10.2 乙方在本合同项下的全部赔偿责任，以本合同总价的20%为限。

10.3 乙方对甲方的间接损失、利润损失、作品损毁及数据丢失不承担责任。

10.4 因不可抗力、第三方软硬件故障、网络中断、病毒攻击等非乙方原因造成的损失，乙方不承担责任。

10.5 甲方逾期付款超过30日的，乙方有权解除合同并要求甲方支付全部合同款项。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

11.3 合同解除后，甲方应停止使用乙方定制开发的功能模块，并删除相关程序。

11.4 乙方因业务调整需要停止维护本软件的，应提前三个月通知甲方。

## 第十二条 通知

12.1 双方的联系地址、电话和电子邮箱以本合同首页所载为准，一方变更联系方式的，应在3日内书面通知另一方。乙方通过电子邮件或微信发送的通知，发出即视为送达。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商解决；协商不成的，提交乙方所在地的南昌仲裁委员会仲裁。仲裁费、律师费等费用由败诉方承担。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方补充约定应以书面形式另行签署。本合同附件包括：报价单、需求清单及软件功能说明书。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：景德镇青禾草木灰釉陶瓷工作室

乙方（盖章）：南昌匠迹信息技术有限公司

签订日期：2027年4月　日"""
H1035E01 = """T:Software Licence and Services Agreement
P:Agreement No. IVG-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Imperial Valley GrowSoft, Inc., a California corporation with its principal office at 610 Main Street, Brawley, California 92227, United States (the "Vendor"), and Shouguang Lüyuan Greenhouse Agriculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shouguang, Shandong Province (the "Customer").
P:Background: The Customer operates 214 glass and film greenhouses for vegetables and seedlings. It wishes to license the Vendor's GrowPlan software perpetually and have the Vendor deploy it.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's GrowPlan Enterprise software, version 8, in object code, including the planning engine, the climate scheduling module, the labour planning module and the mobile scouting application.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, data conversion tools and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's use, including crop plans, climate records, yield records, employee schedules and sensor readings.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Acceptance Tests have been passed.
P:1.5 "Severity 1 Fault" means a fault that stops climate scheduling or crop planning for one or more greenhouse zones, or that corrupts Customer Data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers located in the People's Republic of China, for up to 180 named users and an unlimited number of greenhouse zones, for the business of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The Customer shall not resell the Software or decompile it except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Customer's servers; configuration of crop calendars, greenhouse zones and climate recipes; development of interfaces to the Customer's climate control computers, its irrigation controllers and its ERP system; conversion of three seasons of historical planting and yield records; and training of planners, growers and system administrators.
P:3.2 The services shall be delivered according to the project plan in Annex 2. The Vendor shall appoint a Mandarin-speaking project manager.
P:3.3 The Vendor shall complete installation within 40 days after the Effective Date and shall make the system ready for the Acceptance Tests within 110 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,718,000 (one million seven hundred and eighteen thousand yuan), inclusive of all taxes, travel and expenses. It consists of: Software licence fee CNY 1,260,000; configuration, interface development and data conversion CNY 410,000; and training CNY 48,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 20 days after the Effective Date, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% of the total price within 20 days after the Software has gone live in all greenhouse zones; and (c) the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.3 Go-live, use of the Software in production or any payment under Article 4.2(a) or (b) does not constitute acceptance.
H:Article 5 Acceptance
P:5.1 The Acceptance Tests are set out in Annex 1 and shall at least verify that: (a) every function listed in the functional specification works as described; (b) climate set-points generated by the Software are transferred to every connected climate computer within 60 seconds and match the approved recipe; (c) converted historical records reconcile with the source records to the last entry; (d) a full seasonal plan for all zones can be generated in less than ten minutes; and (e) the system runs for 30 consecutive days after go-live without a Severity 1 Fault.
P:5.2 The Vendor shall notify the Customer in writing when the system is ready for the Acceptance Tests. The Customer shall carry out the tests with the Vendor's assistance within 20 days after that notice.
P:5.3 If all Acceptance Tests are passed, the Customer shall issue a written Final Acceptance certificate. If any test fails, the Vendor shall correct the failure within 15 days at its own cost and the failed tests shall be repeated.
H:Article 6 Warranty, Support and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Software licence fee, namely CNY 138,600 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 The Vendor shall respond to a Severity 1 Fault within one hour, day or night, and restore service or provide a workaround within eight hours. Other faults shall be responded to within one business day.
P:6.4 For each hour by which the Vendor exceeds a response or restoration time under Article 6.3, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third parties.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Software shall be hosted on the Customer's servers in China. The Vendor shall access the system only through the Customer's remote access gateway, with individual accounts approved by the Customer for each session, and shall not copy Customer Data outside the Customer's environment.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall apply appropriate technical and organisational security measures, and shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data. The Vendor is liable for all losses caused by a security incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including crop recipes, yield figures and prices, and shall not disclose it to any third party without prior written consent.
P:9.2 The obligations in this Article continue for three years after the termination of this Agreement.
H:Article 10 Delay and Liquidated Damages
P:10.1 If the Vendor fails to make the system ready for the Acceptance Tests by the date in Article 3.3, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay.
P:10.2 Liquidated damages under this Article shall not exceed 10% of the total price in aggregate. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement shall not exceed 150% of the total price.
P:11.2 The limitation in Article 11.1 does not apply to death or personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach, or if liquidated damages under Article 10 reach their maximum.
P:13.2 On such termination the Customer keeps the licence to the Software for which it has paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of California, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by JAMS under its International Arbitration Rules. The seat of arbitration shall be San Diego, California. The arbitration shall be conducted in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Acceptance Tests), Annex 2 (Project Plan) and Annex 3 (Payment Details), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English in two originals. It takes effect on the date of the last signature (the "Effective Date").
P:For the Vendor: Imperial Valley GrowSoft, Inc.    Name: ______________  Title: President
P:For the Customer: Shouguang Lüyuan Greenhouse Agriculture Co., Ltd.    Name: ______________  Title: Legal Representative
"""
H1035E02 = """# BorderLane Shipment Visibility Cloud: Order Form and General Terms

Order Form No. BL-OF-27-0884

# PART A: ORDER FORM

## A1. Parties

**Provider:** BorderLane Logistics Software, Inc., 1208 Imperial Avenue, Calexico, California 92231, United States, acting for the purposes of this Order Form through its appointed reseller and billing agent in Shanghai, named in A6.

**Customer:** Shenzhen Haoyun Household Appliances Export Co., Ltd., Bao'an District, Shenzhen, Guangdong Province, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms one agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Services Ordered

The Provider will provide the BorderLane Shipment Visibility Cloud (the "Service") for the Customer's export operations, consisting of:

- shipment tracking across ocean, air and cross-border truck legs, with milestone events from carriers, ports and customs brokers;
- a document hub for commercial invoices, packing lists, certificates of origin and bills of lading;
- exception alerts for delayed vessels, missed cut-offs and customs holds;
- landed-cost and lead-time dashboards by customer, lane and product family;
- up to 150 named users and up to 40,000 tracked shipments per Subscription Year.

Onboarding services (the "Onboarding") comprise: configuration of the Customer's lanes, carriers and forwarders; integration with the Customer's ERP system for sales orders and invoices; upload of open shipments; and two training sessions in Shenzhen.

## A3. Subscription Term

The Subscription Term is 36 months and consists of three Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under Section B3. The Agreement ends at the end of the third Subscription Year. Any renewal requires a new order form signed by both parties; nothing in this Agreement renews automatically.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual, invoiced at the start of the year | 286,000 |
| Subscription fee, Subscription Year 2 | annual, invoiced at the start of the year | 286,000 |
| Subscription fee, Subscription Year 3 | annual, invoiced at the start of the year | 286,000 |
| Onboarding | one-time, invoiced after Go-Live Acceptance | 64,000 |
| **Total contract value** | | **922,000** |

Fees are fixed for the Subscription Term and include value-added tax. Shipments above the annual volume in A2 are charged at CNY 3.20 per shipment, invoiced annually in arrears; such overage is not part of the total contract value.

## A5. Payment

Each annual subscription fee is payable within 30 days after the invoice date. The Onboarding fee is payable within 30 days after Go-Live Acceptance. No amount is payable before Go-Live Acceptance. Invoices shall be Chinese VAT special invoices issued by the billing agent named in A6.

## A6. Contacts and Billing Agent

Billing agent: Shanghai Jinqiao Supply Chain Technology Co., Ltd., acting as the Provider's authorised reseller in the People's Republic of China. Customer contact: Ms. Liang Wen, Logistics Director. Provider contact: Mr. Daniel Ortega, Account Manager.

Signed for the Provider: ______________________  Date: __________

Signed for the Customer: ______________________  Date: __________

# PART B: GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data and documents the Customer or its users submit to the Service, and all shipment, order and cost information derived from them for the Customer.

1.2 "Go-Live Acceptance" means the Customer's written confirmation that the acceptance criteria in Section 3.2 have been met.

1.3 "Priority 1 Incident" means an incident that makes the Service unavailable to all users, or that stops the import of carrier events or ERP orders.

## 2. Onboarding

2.1 The Provider shall complete the Onboarding within 60 days after both parties sign the Order Form.

2.2 If the Onboarding is not ready for the acceptance tests by that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, by credit against the first subscription invoice.

## 3. Go-Live Acceptance

3.1 When the Onboarding is complete, the Provider shall notify the Customer in writing. The Customer shall test the Service within 15 business days.

3.2 The acceptance criteria are: (a) all configured lanes and carriers show milestone events for a sample of at least 200 live shipments; (b) sales orders and invoices from the ERP system appear in the Service within 15 minutes and reconcile with the ERP records; (c) all document types listed in A2 can be uploaded, searched and downloaded; and (d) the dashboards display correct figures for a test month agreed with the Customer.

3.3 If a criterion is not met, the Provider shall correct the failure and the Customer shall repeat the relevant test. Use of the Service for live shipments before Go-Live Acceptance does not constitute acceptance.

## 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and carried out between 00:00 and 06:00 Beijing time.

4.2 The Provider shall respond to a Priority 1 Incident within 8 business hours after the Customer reports it, and shall work continuously to restore the Service. Priority 2 incidents shall be responded to within two business days.

4.3 If availability in a month falls below the level in Section 4.1, the Provider shall grant a service credit of 5% of the monthly equivalent of the annual subscription fee for each 0.1 percentage point of shortfall. If a response time under Section 4.2 is missed, the Provider shall grant a credit of CNY 1,500 per incident. Credits are applied to the next invoice or, at the end of the Subscription Term, refunded.

## 5. Customer Data and Security

5.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Service for the Customer is hosted in a cloud region in mainland China operated by a provider certified under the national multi-level protection scheme. Customer Data shall not be transferred outside mainland China.

5.3 The Provider shall maintain an information security programme certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to personnel with a need to know, keep access logs for at least six months, and test its backups every quarter.

5.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it, and shall bear the costs of investigation and remediation where the incident is caused by the Provider or its personnel.

5.5 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Reports, lane templates and ERP mappings created by the Provider specifically for the Customer during the Onboarding belong to the Customer. The Customer may use and modify them freely and let third parties use them.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including the Customer's customer names, volumes and prices, and use it only for the purposes of the Agreement.

7.2 This obligation continues for three years after the Agreement ends.

## 8. Subcontracting

8.1 The Provider may use its cloud hosting provider named in its security documentation. Any other subcontracting of the Service or the Onboarding requires the Customer's prior written consent.

## 9. Liability

9.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer under the Agreement in the six months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, or loss of profits.

9.3 The limits in this Section do not apply to a party's liability for breach of Sections 5 or 7, fraud or wilful misconduct.

## 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

10.4 The Provider may suspend the Service if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

## 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

## 12. General

12.1 Notices must be in writing and sent to the contacts in A6.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 The Agreement is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties.
"""
H1035E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. LHF-PUR-2027-0457
P:Buyer: Linyi Hongfeng Food Processing Co., Ltd., Hedong District, Linyi, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Garlic Valley Sensing Systems, Inc., 7450 Monterey Road, Gilroy, California 95020, United States (the "Supplier").
P:The Buyer operates nine cold-storage warehouses and two ammonia refrigeration plants for frozen vegetables and prepared foods. This Contract is issued on the Buyer's standard purchase terms for the supply, installation and commissioning of wireless temperature and humidity sensors, gateways, ammonia leak detectors and a perpetual licence of the Supplier's monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, detectors, mounting hardware and spare parts listed in the price table in clause 3.1.
P:1.2 "Software" means the Supplier's ColdSight monitoring software, including the server application, the alarm engine, the web dashboard and the mobile app, licensed under clause 8.2.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, logs, user records and reports created by or stored in the System.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and calibrate the Equipment at the nine warehouses and two refrigeration plants, configure the Software on the Buyer's servers, connect the alarm engine to the Buyer's SMS gateway and duty telephone system, and provide an interface that exports hourly temperature records to the Buyer's food-safety traceability platform.
P:2.2 The Supplier shall train the Buyer's warehouse supervisors, refrigeration engineers and IT staff, and shall hand over calibration certificates, as-built drawings and operating manuals in Chinese.
P:2.3 The Supplier shall deliver the Equipment DDP to the Buyer's central warehouse in Linyi within 50 days after the date of this Contract and shall complete installation at all sites within 95 days after the date of this Contract.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,836,000, inclusive of VAT, import duties, freight, insurance, installation and all services during the warranty period. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, food-grade housing|620|980|607,600
TB:2|LoRa gateway with 4G backup|48|6,200|297,600
TB:3|Fixed ammonia leak detector, explosion-proof|36|8,400|302,400
TB:4|ColdSight monitoring software, perpetual licence, unlimited sensors|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,593,600
TB:5|Installation, calibration and commissioning|1|214,000|214,000
TB:6|Training|1|28,400|28,400
TB:|Contract Price|||1,836,000
P:3.2 The Contract Price is fixed and not subject to adjustment for exchange rates or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 days after receiving the Supplier's invoice and a bank advance payment guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment has been delivered and installed at all sites, as confirmed by the Buyer's delivery and installation certificate. That certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer against a valid invoice.
H:5. Inspection and Acceptance
P:5.1 On delivery the Buyer shall check the quantities and visible condition of the Equipment. This check does not waive any claim for defects.
P:5.2 After installation the Supplier shall run the commissioning tests in the presence of the Buyer's engineers. The acceptance criteria are: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference thermometer at two test points; (b) every ammonia detector triggers an alarm at the set concentration during a test gas check; (c) alarms reach the duty telephone and SMS recipients within 60 seconds; (d) hourly records are exported to the traceability platform without gaps; and (e) the System runs for 21 consecutive days without a Severity 1 fault.
P:5.3 If any criterion is not met, the Supplier shall remedy the defect at its own cost within ten days and the test shall be repeated.
P:5.4 When all criteria are met the Buyer shall sign the Final Acceptance certificate. Delivery, installation, commissioning or use of the System in operation does not by itself mean acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply Software updates and recalibrate sensors once a year, all free of charge.
P:6.2 Service levels during the warranty period are set out in the table below. The web dashboard and alarm engine shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Alarm engine down, or a warehouse or ammonia plant without monitoring|30 minutes|6 hours
TB:Severity 2|Individual sensors or a gateway offline, dashboard degraded|2 hours|24 hours
TB:Severity 3|Questions, minor defects, report changes|1 business day|10 business days
P:6.3 For each hour by which a response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, and for each 0.01 percentage point of availability below the level in clause 6.2, CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period the Supplier shall, at the Buyer's option, provide annual support covering the services in clause 6.1 at an annual fee not exceeding 8% of the Equipment and Software Subtotal, that is CNY 127,488 per year. This fee is fixed for three years after the end of the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:7. Delay
P:7.1 If the Supplier fails to deliver the Equipment or to complete installation by the dates in clause 2.3, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 Payment of liquidated damages does not relieve the Supplier of its obligations and does not limit the Buyer's right to terminate under clause 13.
H:8. Intellectual Property
P:8.1 The dashboards, report templates, alarm rules and the traceability interface developed for the Buyer, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
P:8.2 The Supplier retains the intellectual property in the standard Software and grants the Buyer a perpetual, irrevocable and non-exclusive licence to use it at all the Buyer's sites.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and may not keep, analyse or share it for any other purpose.
P:9.2 The System shall be installed on the Buyer's own servers in Linyi. The Supplier shall access the System remotely only through the Buyer's VPN with an account approved for each session, and shall follow the Buyer's information security policy.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within two hours, cooperate in the investigation and bear all losses caused by incidents attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plants, refrigeration systems, products, customers and prices, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum.
P:13.2 On termination the Supplier shall refund all payments for Equipment or services that have not been accepted, and the Buyer may return the related Equipment at the Supplier's cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Miscellaneous
P:15.1 This Contract is signed in English and Chinese. Both versions have equal effect.
P:15.2 Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
H1035E04 = """# Managed Cloud Operations Services Agreement

Agreement No. SRC-MSA-2027-019

**Provider:** Sierra Ridge Cloud Operations, LLC, 10070 Donner Pass Road, Truckee, California 96161, United States, performing the Services in China through its Suzhou branch office.

**Customer:** Suzhou Xinrui Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

The Customer runs its manufacturing execution, warehouse and engineering systems on servers in its own data room and on a public cloud region in mainland China. The Customer wishes to outsource the day-to-day operation of these environments to the Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the targets described in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its users that the Provider accesses, stores or processes in performing the Services, including production, quality, inventory and engineering data.

1.5 "Transition" means the transfer of operational responsibility from the Customer's IT team to the Provider, as described in Schedule 1, Part A.

1.6 "Service Commencement Date" means the date on which the Customer issues the Transition acceptance certificate under Section 4.3.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The operational term is 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

## Section 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1, good industry practice and the Customer's IT policies as notified to the Provider.

3.2 The Provider shall assign a named service delivery manager based in Suzhou and shall maintain a Chinese-speaking service desk available around the clock.

3.3 The Provider shall deliver a monthly service report showing incidents, changes, capacity, backup results and performance against the Service Levels, and shall attend a monthly service review with the Customer.

3.4 The Provider shall comply with the Customer's site rules, with the change freeze periods around quarter-end production peaks and with the Customer's instructions on access to the data room and the production floor. Changes to production systems require approval through the Customer's change advisory board, except emergency changes needed to restore a Priority 1 incident, which shall be reported on the next business day.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete the Transition within 60 days after the date of signature.

4.2 If the Transition is not ready for acceptance by that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

4.3 The Transition shall be accepted when: (a) all servers, databases and cloud resources in the inventory are monitored by the Provider's tools; (b) backups of all production systems have completed successfully for 14 consecutive days and one full restore has been tested; (c) runbooks for every production application have been approved by the Customer; and (d) the Provider has handled all incidents for ten business days in shadow mode with no Priority 1 incident missed. The Customer shall then issue a written Transition acceptance certificate.

## Section 5. Service Levels

5.1 The Provider shall use its best efforts to meet the Service Levels in Schedule 2.

5.2 The Service Levels are targets for measuring the quality of the Services. A failure to meet a Service Level does not entitle the Customer to service credits, deductions, price reductions or any other financial remedy. Where a Service Level is missed in two consecutive months, the Provider shall deliver a written improvement plan within ten business days and implement it at its own cost.

## Section 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3.

6.2 The monthly service charge is invoiced quarterly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Transition charge is invoiced after the Transition acceptance certificate.

6.3 The Charges are fixed for the Term. Additional work outside Schedule 1 requires a change order agreed in writing before the work starts.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, including analytics or product improvement.

7.2 The Provider shall access the Customer's environments only through the Customer's bastion host with named accounts and multi-factor authentication. All sessions shall be recorded. The Provider shall not copy Customer Data to its own systems or outside mainland China.

7.3 The Provider shall maintain ISO 27001 certification for its service desk and operations centre, screen all staff assigned to the Customer and remove access within one business day after a staff member leaves the account.

7.4 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data or the Customer's systems within two hours, take immediate containment measures and pay for the costs of investigation and recovery where the incident is caused by the Provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all confidential information of the other party and shall use it only for the purposes of this Agreement. This obligation survives for three years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, monitoring configurations and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

9.2 The Provider's own tools remain the Provider's property. Where they are needed to operate the Customer's environment after the Term, the Provider shall provide reasonable exit assistance.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges in Schedule 3.

10.2 This limit does not apply to breach of Sections 7 or 8, personal injury, fraud or wilful misconduct.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for all approved subcontractors.

## Section 12. Ending the Agreement

12.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed Charges within 60 days after a written payment reminder.

12.2 The Customer acknowledges that the Charges reflect the Provider's investment in Transition and staffing over the full Term. The Customer may not terminate this Agreement before the end of the Term. If the Customer believes that the Provider is in breach, the matter shall be escalated to the parties' executives and, if not resolved, dealt with under Section 14, and the Customer may claim damages, but this Agreement shall remain in force.

12.3 On expiry the Provider shall provide exit assistance for up to 60 days, including handover of all documentation, credentials and Customer Data, at the daily rates in Schedule 3.

## Section 13. Force Majeure

13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 15. General

15.1 Notices shall be in writing and delivered to the addresses above, with a copy by e-mail to the service delivery manager or the Customer's IT director.

15.2 Neither party may assign this Agreement without the prior written consent of the other party.

15.3 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties on its subject matter. It may be amended only in writing signed by both parties.

15.4 This Agreement is signed in English and Chinese, and both versions are equally authentic.

Signed for the Provider: ______________________

Signed for the Customer: ______________________

## Schedule 1. Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | inventory, monitoring set-up, runbooks, backup baseline, shadow operation |
| B | Monitoring and event management | around-the-clock monitoring of 186 servers, 42 databases and the cloud account |
| C | Incident and problem management | service desk, incident handling, root cause analysis for Priority 1 and 2 |
| D | Patch and change management | monthly operating system and database patches, change records, rollback plans |
| E | Backup and recovery | daily backups, weekly off-site copy, quarterly restore tests |
| F | Cloud cost and capacity | monthly capacity report and cost recommendations |

## Schedule 2. Service Levels

| Measure | Target |
|---|---|
| Availability of monitored production systems (excluding customer-caused outages) | 99.95% per month |
| Priority 1 incident response | 30 minutes, at any time |
| Priority 1 incident restoration or workaround | 6 hours |
| Priority 2 incident response | 2 hours |
| Failed backup jobs | rerun successfully within one business day |
| Monthly service report | by the fifth business day of the next month |

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition acceptance | 112,000 |
| Monthly service charge | CNY 68,000 per month for 36 months | 2,448,000 |
| **Total Charges** | | **2,560,000** |
| Exit assistance | per engineer-day, if requested | 3,200 |
"""
H1035E05 = """DATA SUBSCRIPTION AGREEMENT
Agrometeorological and Vegetation Index API

Agreement No. MLD-API-2027-112

BETWEEN

Mother Lode Geodata, Inc., a California corporation, 385 Main Street, Placerville, California 95667, United States ("Provider"); and

Sichuan Tianfu Agricultural Insurance Services Co., Ltd., Jinjiang District, Chengdu, Sichuan Province, People's Republic of China ("Customer").

RECITALS

The Customer underwrites and settles crop insurance for farmers and cooperatives in Sichuan, Chongqing and Guizhou. It wishes to subscribe to the Provider's data service, which supplies daily weather observations, gridded rainfall and temperature estimates, drought indices and satellite-derived vegetation indices through an application programming interface, for use in underwriting, loss assessment and claims review. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered, together with its documentation.

1.2 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time.

1.3 "Customer Inputs" means all information the Customer sends to the API, including field boundaries, plot coordinates, policy numbers, crop types and claim dates.

1.4 "Customer Outputs" means the reports, indices and maps generated for the Customer from the Data and the Customer Inputs.

1.5 "Subscription Year" means each consecutive period of one year starting on the Start Date.

1.6 "Start Date" means the date of the Customer's written Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to retrieve the Data and to use the Data and the Customer Outputs for its insurance business in the People's Republic of China.

2.2 The subscription covers up to 2,000,000 API calls per Subscription Year, up to 60 named user accounts for the web viewer, and historical archives back to the year 2000 for the regions covered.

2.3 The Customer may share Customer Outputs with insured parties, reinsurers, loss adjusters, regulators and courts in connection with a specific policy or claim. The Customer shall not resell the Data or offer it as a standalone data product.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years starting on the Start Date.

3.2 The Subscription Term ends automatically at the end of the second Subscription Year. The parties may agree in writing on a further term; unless otherwise agreed, any further term shall be at the same fees as the second Subscription Year.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall provide integration support to connect the API to the Customer's underwriting platform and claims system, including API keys, sandbox access, a mapping of the Customer's crop codes, and two workshops for the Customer's developers and actuaries.

4.2 The Provider shall make the production API and all datasets in Schedule A available for acceptance testing within 45 days after signature.

4.3 The Customer shall test the integration within 20 business days. Integration Acceptance requires that: (a) all datasets in Schedule A return data for a test list of 500 plots across the covered provinces; (b) rainfall and temperature values for 30 reference weather stations match the official station records for a test month within the tolerances stated in Schedule A; (c) vegetation indices are available for each test plot no later than five days after the satellite pass; and (d) the Customer's claims system can request and store Customer Outputs without manual steps. The Customer shall then confirm Integration Acceptance in writing.

4.4 If any criterion is not met, the Provider shall correct the problem and the Customer shall repeat the relevant test.

5. FEES AND PAYMENT

5.1 The fees are:
   (a) annual subscription fee: CNY 418,000 per Subscription Year, CNY 836,000 for the two Subscription Years;
   (b) integration support fee: CNY 36,000, one-time.
   The total contract value is CNY 872,000, including VAT.

5.2 The annual subscription fee is invoiced at the start of each Subscription Year and is payable within 30 days after the invoice date. The integration support fee is invoiced after Integration Acceptance and is payable within 30 days. No payment is due before Integration Acceptance.

5.3 API calls above the annual volume in clause 2.2 are charged at CNY 0.08 per call, invoiced quarterly in arrears. Overage charges are not part of the total contract value.

5.4 Payments are made in CNY to the Provider's appointed distributor in Shanghai named in Schedule B, which shall issue Chinese VAT invoices.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to update the Data on the schedule described in Schedule A.

6.2 The Provider will provide technical support by e-mail and through its online ticket portal during its normal business hours. The Provider will try to answer support requests promptly and will keep the Customer informed of any known outage.

6.3 The Provider may carry out maintenance on the API from time to time. It will try to give advance notice of planned maintenance by e-mail.

7. DATA QUALITY

7.1 The Data is derived from public and commercial sources, weather stations and satellite imagery and is provided with the quality indicators described in Schedule A. The Provider does not warrant that the Data is free from errors or that it will match ground observations at every location.

7.2 If the Customer reports a systematic error in the Data, the Provider will investigate it and, where confirmed, correct the affected Data and notify the Customer.

8. CUSTOMER INPUTS AND SECURITY

8.1 Customer Inputs and Customer Outputs belong to the Customer. The Provider shall use Customer Inputs only to deliver the Data and the Customer Outputs to the Customer and shall not use them for any other purpose, including to improve its models or to create products for other customers.

8.2 Customer Inputs shall be processed and stored only on servers located in mainland China, operated by the Provider's distributor under a data processing agreement approved by the Customer. Customer Inputs shall not be transferred outside mainland China.

8.3 The Provider shall protect Customer Inputs with encryption in transit and at rest, access controls limited to named support staff, logging of all access and regular security testing, in compliance with the Data Security Law and the Personal Information Protection Law.

8.4 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Inputs, shall cooperate with the Customer's investigation and any regulator, and shall compensate the Customer for losses caused by a security incident attributable to the Provider or its distributor.

8.5 Within 30 days after the end of the Subscription Term the Provider shall delete all Customer Inputs and confirm the deletion in writing, after returning them to the Customer if the Customer so requests.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the API and the Data.

9.2 Customer Outputs and any custom crop-code mappings, report templates or loss-assessment models created for the Customer under this Agreement belong to the Customer, which may use, modify and license them without restriction, including after the end of the Subscription Term.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall use it only for the purposes of this Agreement.

10.2 This clause survives for three years after the end of the Subscription Term.

11. LIABILITY

11.1 The total liability of each party under this Agreement shall not exceed 150% of the total contract value.

11.2 Neither party is liable for indirect or consequential losses. Decisions on underwriting and claims remain the responsibility of the Customer.

11.3 The limits in this clause do not apply to breach of clauses 8 or 10, fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 Apart from the distributor named in Schedule B, the Provider shall not subcontract any part of its obligations without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the part of the annual subscription fee that relates to the remainder of the Subscription Year.

13.3 On any termination the Customer may keep and continue to use all Data retrieved and all Customer Outputs generated before the termination date.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

15. GENERAL

15.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

15.2 This Agreement, with Schedule A (Datasets, Update Frequency and Quality Indicators) and Schedule B (Distributor and Payment Details), is the entire agreement of the parties on its subject matter.

SIGNED

For the Provider: ____________________   Date: __________

For the Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------- targets, labels, design
TARGETS = {
    "z01": ("h1035z01_cdc_vaccination_booking_platform.pdf", "zh", "software", H1035Z01),
    "z02": ("h1035z02_mini_washer_line_control_retrofit.docx", "zh", "hardware", H1035Z02),
    "z03": ("h1035z03_abacus_school_booking_saas.txt", "zh", "cloud", H1035Z03),
    "z04": ("h1035z04_ship_lock_dispatch_om_service.txt", "zh", "services", H1035Z04),
    "z05": ("h1035z05_ash_glaze_studio_tracking_supplier_template.md", "zh", "software", H1035Z05),
    "e01": ("h1035e01_greenhouse_planning_perpetual_licence_brawley.pdf", "en", "software", H1035E01),
    "e02": ("h1035e02_crossborder_shipment_saas_order_form_calexico.md", "en", "cloud", H1035E02),
    "e03": ("h1035e03_cold_store_sensors_monitoring_gilroy.docx", "en", "hardware", H1035E03),
    "e04": ("h1035e04_managed_cloud_operations_36_months_truckee.md", "en", "services", H1035E04),
    "e05": ("h1035e05_agri_weather_data_api_subscription_placerville.txt", "en", "cloud", H1035E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

GOOD = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)

# contract value, kind, licence/hardware fee base (goods only), and the terms that differ from GOOD
D = {
    "z01": dict(cv=2190000, kind="goods_or_licence", base=1180000, capped=True, t=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, governing_law=None)),
    "z02": dict(cv=2010000, kind="goods_or_licence", base=1720000, capped=True, t=dict(
        availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28)),
    "z03": dict(cv=554000, kind="service", t=dict(
        availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
        auto_renewal_price_increase=True)),
    "z04": dict(cv=826000, kind="service", t=dict(
        availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.02,
        subcontract_without_consent=True)),
    "z05": dict(cv=432000, kind="goods_or_licence", base=168000, capped=False, t=dict(
        availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier", data_security_clause=False,
        ld_rate_per_day_pct=None, ld_stated=False, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
        acceptance_deemed_on_delivery=True, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=None, subcontract_without_consent=None, governing_law=None)),
    "e01": dict(cv=1718000, kind="goods_or_licence", base=1260000, capped=True, t=dict(
        availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11, governing_law="California")),
    "e02": dict(cv=922000, kind="service", t=dict(
        availability_pct=99.95, p1_response_hours=8, ld_rate_per_day_pct=600 / 922000 * 100,
        liability_cap_pct=6 / 36 * 100)),
    "e03": dict(cv=1836000, kind="goods_or_licence", base=1593600, capped=True, t=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
        prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8)),
    "e04": dict(cv=2560000, kind="service", t=dict(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=1800 / 2560000 * 100,
        liability_cap_pct=150, termination_for_breach=False)),
    "e05": dict(cv=872000, kind="service", t=dict(
        availability_pct=None, p1_response_hours=None, sla_remedy=False, sla_clause=False, ld_rate_per_day_pct=None,
        ld_stated=False, liability_cap_pct=150)),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "medium", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    d = D[key]
    t = label_terms(key)
    if d["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["cv"] + fees) * 100


def label_terms(key):
    t = dict(GOOD)
    t.update(D[key]["t"])
    t["contract_kind"] = D[key]["kind"]
    return t


def derive_rules(key):
    """My reading of policy §3 applied to the label."""
    t, kind, r = label_terms(key), D[key]["kind"], set()
    if not t["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if t["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not t["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if kind == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not D[key]["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > TCO_SHARE_TH:
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
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _ = TARGETS[key]
    t = label_terms(key)
    extra = {"sla_clause": t["sla_clause"], "ld_stated": t["ld_stated"]}
    if D[key]["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = D[key]["capped"]
    extra["acceptance_deemed_on_delivery"] = t["acceptance_deemed_on_delivery"]
    extra["contract_value"] = D[key]["cv"]
    return {"file": name, "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in KEYS}, "expected_extra": extra, "expected_rules": derive_rules(key)}


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
BAD = [
    r"99\.90*(?!\d)",
    NUM + r"4(?:\.0+)?\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"四\s*(?:个)?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:business\s*)?hours?",
    NUM + r"0?\.050*\s*%", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    NUM + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:\(30\)\s*)?per\s*cent", NUM + r"30\s*per\s*cent",
    NUM + r"15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent", NUM + r"15\s*per\s*cent",
    NUM + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:\(40\)\s*)?per\s*cent", NUM + r"40\s*per\s*cent",
    NUM + r"100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"\bone\s*hundred\s*per\s*cent", NUM + r"100\s*per\s*cent",
    r"(?<![年\d.])12\s*(?:个)?\s*(?:月|months?)", r"十二\s*个?\s*月", r"\btwelve\s*(?:\(12\)\s*)?months?",
    NUM + r"5\s*(?:个)?\s*(?:年|[- ]?years?)", r"五\s*年", r"\bfive\s*(?:\(5\)\s*)?[- ]?years?",
]
BAD_RE = re.compile("|".join("(?:%s)" % b for b in BAD), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "4 hours", "four (4) hours", "0.05%", ".05 %", "万分之五",
            "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百",
            "12个月", "12 months", "twelve (12) months", "十二个月", "5年", "五年", "5 years", "five-year", "five (5) years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "1.4 hours", "0.08%", "万分之八", "130%", "0.30%",
             "300%", "215%", "1540%", "112 months", "2025年", "第五条", "2027年", "2027年12月31日", "5.4 years", "65%", "150%", "30日",
             "30 days", "120%", "20%", "18个月", "18 months", "$40", "CNY 1,540,000"]
for s in MUST_HIT:
    assert BAD_RE.search(s), s
    assert BAD_RE.search(re.sub(r"\s+", "", s)) or " " in s and BAD_RE.search(re.sub(r"\s+", " ", s)), s
for s in MUST_MISS:
    assert not BAD_RE.search(s), s


def readback(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


# ---------------------------------------------------------------- build and check
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, lang, cat, src) in TARGETS.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[3] for k, v in TARGETS.items()},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in TARGETS.items() if v[0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, lang, cat, src) in TARGETS.items():
        text = readback(OUT / name)
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok_len = lo <= n <= hi
        hits = set()
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits.update(m.group(0) for m in BAD_RE.finditer(variant))
        lab = label(key)
        rules = lab["expected_rules"]
        t = lab["expected_terms"]
        for k, th in TH.items():
            v = t[k]
            if v is not None:
                assert abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered.update(rules)
        js = json.dumps(lab, ensure_ascii=False, indent=1)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(js, encoding="utf-8")
        print("%s %-62s %s %5d %s tco=%s rules=%s %s" % (key, name, lang, n, "ok" if ok_len else "LENGTH!",
              None if share is None else round(share, 2), ",".join(r[3:] for r in rules) or "-", risk(rules)))
        if not ok_len:
            problems.append((key, "length", n))
        if hits:
            problems.append((key, "threshold text", sorted(hits)))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    five = [k for k in TARGETS if 2 <= len(DESIGN[k]) <= 3]
    assert len(five) == 6 and 8 <= len(DESIGN["z05"]) <= 10
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert [k for k in TARGETS if not DESIGN[k]] == ["z01", "e03"]
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered:", len(covered))
