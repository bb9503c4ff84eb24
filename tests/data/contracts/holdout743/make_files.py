"""holdout743: builds the ten drafts from the sources below, writes the .json labels and asserts the checks
(lengths, sums, no value on a threshold, no threshold figure in any text, rules derived from the labels = design,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:食盐流通监管平台建设项目合同
P:合同编号：YWJ-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临澜市盐务管理局（市盐业执法支队）
P:乙方（供应商）：江宁数衡信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设食盐流通监管平台，内容包括：监管平台软件许可（含食盐定点批发企业备案、流通追溯、执法检查、案件办理、统计分析五个子系统）、按甲方业务流程开展的定制开发、与省级食盐追溯平台及市场监管执法系统的数据对接、系统部署、实施与培训。
P:1.2 详细功能及技术参数以招标文件第五章《采购需求》和乙方投标文件的技术响应表为准。投标文件中优于采购需求的承诺，构成乙方的合同义务。
P:1.3 系统部署于甲方指定的政务云环境，乙方不得将系统或数据部署于其他任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零贰万捌仟元整（¥2,028,000.00），为固定总价，包括完成本合同全部工作所需的一切费用及税费。
P:2.2 价格构成：监管平台软件许可费¥680,000；定制开发费¥1,046,000；数据对接费¥214,000；部署、实施及培训费¥88,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥405,600。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，计¥912,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥709,800。
P:3.4 每期付款前，乙方应开具等额合法增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后一百二十日内完成系统部署并提交初验申请。
P:4.2 乙方应按周提交进度报告，如实说明进度偏差及纠偏措施。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，驻场人员不少于四名。未经甲方书面同意，乙方不得更换项目经理；确需更换的，接替人员的资历不得低于原人员。
P:4.4 乙方应在初验前完成对甲方管理员、执法人员及定点批发企业操作人员的培训，培训不少于六场，并提交培训签到记录和考核结果。
P:4.5 交付物包括：平台软件及许可证书、定制开发模块、数据对接程序、全部源代码、数据库设计说明书、部署手册、用户手册、培训材料及测试报告。
H:第五条 验收
P:5.1 初步验收标准：（一）全部功能逐项测试通过，问题清单全部关闭；（二）省级追溯平台及执法系统接口连续十个工作日数据交换无差错；（三）在二百个并发用户下，常用查询响应时间不超过3秒；（四）通过第三方机构的安全测试，无中高危漏洞。
P:5.2 初验合格后进入试运行，试运行期九十日。试运行期间未发生一级故障、全部遗留问题已整改的，甲方组织最终验收。最终验收可邀请专家参加，验收结论以书面验收报告为准。
P:5.3 系统上线、试运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及每季度一次的巡检服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过监管平台软件许可费的9%，即每年不超过¥61,200，该价格在质保期满后三年内不作上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护且经甲方书面同意的时间除外）。
P:7.2 故障分级响应：一级故障（系统整体不可用或执法业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，次日内解决；三级故障2个工作日内解决。
P:7.3 一级故障响应或恢复每超时1小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、数据对接程序、数据库设计及相关文档的知识产权归甲方所有，乙方应交付全部源代码。甲方可自行或委托第三方使用、修改和再开发。
P:8.2 监管平台软件的原有知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围包括甲方及其所属执法单位。
P:8.3 乙方保证交付成果不侵犯任何第三方的合法权益；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业备案信息、流通数据、执法记录及其他业务数据均属甲方所有。乙方仅为履行本合同的目的处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、操作审计、数据加密和备份措施；运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或质保期满后，乙方应按甲方要求返还或彻底删除其掌握的全部业务数据，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的执法信息、案件信息、企业商业秘密及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 交付成果质量不符合约定的，乙方应免费整改；整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:11.3 乙方违反本合同第九条约定的，除承担赔偿责任外，甲方有权暂停支付剩余款项，直至乙方完成整改。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。合同变更涉及采购标的、数量或价款的，应依照政府采购有关规定办理。
P:15.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效，并报同级财政部门备案。
P:甲方（盖章）：            乙方（盖章）：
P:授权代表：                授权代表：
P:日期：                    日期：
"""

SRC["z02"] = """T:充填缝制生产线控制系统改造及维保合同
P:合同编号：MS-SB-2026-0311
P:甲方（买方）：南浔眠尚家纺枕业有限公司
P:乙方（卖方）：常州恒拓自动化工程有限公司
P:甲方拟对其二号车间枕芯充填缝制生产线的控制系统进行改造，乙方经比选确定为供应商。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责二号车间三条枕芯生产线（开松—充填—称重—封口缝制—检测—包装）的控制系统改造，包括：更换主控PLC控制柜，加装伺服充填计量模块，新增在线视觉检测工位，部署生产数据采集软件，并与甲方现有ERP系统对接。
P:1.2 改造后的技术指标：单线产能不低于每小时九百只枕芯；充填克重误差不超过±2%；缝制断线、漏缝自动识别并停机报警；每只产品可追溯至班次、机台和原料批次。
P:1.3 改造施工应分线进行，每条线停产时间不超过五日，其余生产线应保持正常生产。乙方应在施工前十日提交分线停产计划，经甲方生产部确认后实施；施工期间如遇订单高峰，甲方可书面通知乙方调整施工顺序，乙方应予配合，由此顺延的天数不计入逾期。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000），含设备、软件、运输、安装、调试、培训及税费。价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|主控PLC控制柜（含触摸屏、变频器）|3套|162,000|486,000
TB:2|伺服充填计量模块|6套|65,333.33|392,000
TB:3|在线视觉检测工位|3套|89,333.33|268,000
TB:4|生产数据采集软件许可（永久）|1套|174,000|174,000
TB:—|软硬件小计|||1,320,000
TB:5|安装调试及ERP对接|1项|146,000|146,000
TB:6|操作及维护培训|1项|34,000|34,000
TB:—|合计|||1,500,000
P:2.2 第2、3项单价按套均摊，结算以合计金额为准。合同履行期间，上述价格不因原材料、汇率或人工成本变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，计¥300,000。
P:3.2 设备全部到货并完成安装，甲方支付合同总价的45%，计¥675,000。到货签收及安装完成不代表质量验收。
P:3.3 三条生产线全部通过终验后，甲方支付合同总价的35%，计¥525,000。
P:3.4 乙方每次收款前应开具相应金额的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方工厂，并在到货后四十五日内完成三条生产线的改造调试。
P:4.2 乙方应提交电气原理图、PLC程序、接线图、设备说明书、软件操作手册及合格证明文件。
P:4.3 乙方进入甲方厂区施工，应遵守甲方的安全生产、消防及车间管理制度。动火、登高及带电作业须事先办理作业许可，并配备专职安全员。施工中因乙方原因造成人员伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在改造期间采取防尘、防污措施，避免施工污染枕芯填充物和面料。拆除的旧控制柜由乙方清点后交甲方处置。
P:4.5 乙方应为每条生产线提供不少于两名操作工和一名设备维护员的现场培训，培训内容包括参数设置、配方切换、常见报警处理和日常保养，并编制中文培训教材。培训结束后由甲方组织考核，考核不合格的人员乙方应补充培训。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，满足下列条件的为合格：产能、克重误差等第1.2款指标全部达到；视觉检测对抽检样本中人为设置的缺陷识别率不低于98%；数据采集记录与人工抽查结果一致；未发生设备安全事故。
P:5.2 三条线均合格后，甲方在十个工作日内组织终验并签署终验报告。任一指标不达标的，乙方应整改后重新测试。
P:5.3 设备投入生产使用不视为终验合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，乙方提供全年驻厂加远程维保服务，维保年费固定为人民币叁拾伍万陆仟肆佰元（¥356,400），自质保期满起五年内不作调整。维保内容包括备件更换、定期保养、程序优化及故障抢修。
P:6.3 故障响应：一级故障（整条生产线停机）接到通知后1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内解决。
P:6.4 乙方应在甲方工厂存放常用备品备件，清单作为本合同附件，质保期内备件费用由乙方承担。备件库存不足导致恢复延误的，视为乙方超时。
P:6.5 一级故障恢复每超时1小时，乙方按¥800支付违约金；全年超时累计超过三次的，甲方可要求乙方更换驻厂工程师。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、配方参数、与ERP对接的接口程序及其源代码，其知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:7.2 数据采集软件的著作权归原权利人所有，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺配方及质量记录归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方事先审批，通过甲方指定的VPN及账号进行，操作留存日志；乙方不得在工控网络中接入未经检测的移动存储设备。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统遭受网络攻击的，乙方应在发现后2小时内通知甲方，并承担由此造成的全部损失。
H:第九条 保密
P:9.1 双方对合同履行中知悉的对方技术资料、工艺配方、经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但因故意或重大过失、人身伤害及违反第八条造成的损失除外。
H:第十一条 分包
P:11.1 乙方不得转包本合同。设备安装中的管线施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担连带责任。
H:第十二条 解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方协商是否继续履行。
H:第十五条 其他
P:15.1 本合同附件包括：设备技术规格书、备品备件清单、改造施工计划、试生产测试记录表。附件与本合同具有同等效力。
P:15.2 对本合同的任何修改须经双方书面确认。乙方的通知以书面形式送达甲方设备部，甲方的通知送达乙方项目负责人。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：                乙方：
P:日期：                日期：
"""

SRC["z03"] = """门店收银及会员管理云服务合同

合同编号：TQ-IT-2026-009
甲方（客户）：杭州童趣衣橱服饰连锁有限公司
乙方（服务商）：杭州云铺智联科技有限公司

鉴于甲方在浙江、江苏两省经营四十五家童装直营门店，需统一门店收银（POS）、库存及会员管理系统，乙方以软件即服务（SaaS）方式提供相关云服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）云服务。乙方向甲方四十五家门店提供门店收银、库存调拨、促销管理、会员积分与储值、导购业绩及总部报表等云服务模块，并提供会员营销模块（短信及小程序触达、会员分层、生日关怀）。
（二）实施服务。乙方负责系统配置、与甲方现有ERP及财务系统的接口开发、门店收银设备联调、旧系统会员及库存数据迁移、总部及门店人员培训。
（三）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为自起算日起的连续一年。
（四）乙方应在上线前向甲方提交系统操作手册、门店快速指南及接口说明文档，并在服务期内随版本更新。
（五）服务期满不自动续期。甲方如需续用，双方另行签订合同。

二、费用及支付
（一）费用明细：
1. 门店云服务年费：每店每年¥6,800，四十五家门店合计每年¥306,000，两个服务年度合计¥612,000；
2. 会员营销模块年费：每年¥84,000，两个服务年度合计¥168,000；
3. 实施费（含接口开发、联调及培训）：¥96,000；
4. 数据迁移费：¥38,000。
本合同总价为人民币玖拾壹万肆仟元整（¥914,000）。短信发送费按实际用量另行结算，不计入合同总价。
（二）支付方式：
1. 实施费及数据迁移费在全部门店上线验收合格后十五个工作日内一次性支付；
2. 云服务年费及会员营销模块年费按季度结算，每季度结束后十五个工作日内支付该季度费用；
3. 甲方不向乙方支付任何预付款。乙方收款前应开具增值税专用发票。
（三）双方确认，上述年费已包含云服务器、存储、带宽、备份、安全防护及日常运维等全部费用，乙方不得以资源用量增加为由另行收费。
（四）服务期内门店数量增减的，按每店每年¥6,800按月折算调整费用。

三、实施与验收
（一）乙方应在合同签订后七十五日内完成全部门店上线。乙方应派驻不少于三名实施顾问，在每批门店上线当日安排人员到店支持。上线按区域分三批进行，每批上线前乙方应提交切换方案，经甲方确认后实施。
（二）上线验收标准：
1. 收银、退换货、会员积分储值、库存调拨等功能按功能清单逐项测试通过；
2. 迁移后的会员数量、积分余额、储值余额与旧系统核对一致，差异为零；
3. 与ERP及财务系统的接口连续十日数据同步无差错；
4. 单笔收银结算时间不超过2秒；
5. 每家门店至少两名员工通过操作考核。
（三）全部门店满足上述标准后，甲方在五个工作日内出具书面验收意见。门店试用或甲方支付季度费用不视为验收合格。
（四）乙方逾期完成全部门店上线的，每逾期一日，按人民币柒佰元（¥700）向甲方支付违约金。

四、服务水平
（一）乙方保证云服务月度可用性不低于99.5%，计划内维护应安排在每日零时至六时之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（多家门店无法收银或会员数据无法读写）：30分钟内响应，2小时内恢复；
2. 二级故障（单店无法收银或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（不影响收银的一般问题）：1个工作日内解决。
（三）月度可用性低于承诺值的，乙方按当月云服务费的5%向甲方提供服务抵扣；每低于承诺值0.5个百分点，再增加抵扣当月云服务费的5%，抵扣在下季度费用中扣减。一级故障恢复每超时1小时，乙方另行支付¥500。
（四）乙方每月向甲方提供服务报告，列明可用性、故障及处理情况。
（五）乙方应设立专属客户经理及7×24小时服务热线。节假日及大型促销活动（如店庆、换季清仓）期间，乙方应在甲方提前通知后安排专人值守，并在活动前完成系统压力测试。
（六）乙方对云服务进行版本升级的，应提前十日通知甲方，升级不得降低已有功能，不得影响门店营业时间内的收银。

五、数据归属与数据安全
（一）甲方的会员信息、交易记录、库存及经营数据属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向任何第三方提供，也不得以匿名化或汇总分析等形式自行使用。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、传输加密、访问权限控制、操作日志审计及每日备份等措施，并符合《个人信息保护法》对个人信息处理者受托处理的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，配合甲方向监管部门报告，并承担因乙方原因造成的全部损失，包括甲方对会员的赔偿。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求的格式导出并交付全部数据，之后彻底删除，并出具删除证明。
（五）乙方人员访问甲方生产数据须经甲方授权，授权以完成具体工单为限；乙方应每半年向甲方提供一次安全评估报告，并配合甲方或甲方委托的第三方开展安全检查。

六、知识产权
（一）云服务平台及其原有功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方开发的ERP及财务接口程序、定制报表及其源代码的知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证所提供的服务及交付成果不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

七、保密
双方对在合同履行中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、服务外包
乙方可将门店收银设备的现场安装、巡检等现场服务委托给其合作的第三方服务商，但应提前五个工作日书面通知甲方，并对第三方服务商的行为承担责任。

九、违约与解除
（一）乙方严重违约，或月度可用性连续两个月低于承诺值的，甲方有权书面通知乙方解除合同，乙方应退还已收取但未提供服务部分的费用，并赔偿甲方损失。
（二）乙方未按约定导出或删除数据的，甲方可暂停支付剩余费用，直至乙方履行完毕。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三向乙方支付违约金。

十、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

十一、不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任。云服务商自身机房、网络或电力故障不属于不可抗力。

十二、其他
（一）甲方可根据经营需要增加门店或新增功能模块，新增部分的价格不高于本合同同类单价。
（二）双方指定的联系人及联系方式以附件为准，变更联系人的应提前书面通知对方。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、接口说明。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

SRC["z04"] = """实验室信息管理系统（LIMS）年度运维服务合同

项目编号：ZJY-CS-2026-04（竞争性磋商）
甲方：滨江省产品质量检验研究院
乙方：杭州谱测信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方检测业务实验室信息管理系统（以下简称“LIMS”）年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
1. 运维对象为甲方LIMS系统，包括委托受理、样品流转、任务分派、原始记录、仪器数据采集、报告编制与签发、电子签章、收费管理等模块，以及与甲方OA系统、财务系统、省市场监管抽检平台的接口。
2. 服务内容包括：日常巡检与监控、故障处理、数据库维护与备份检查、小型功能优化（全年不超过三百人日）、检测标准及报告模板更新、用户权限管理支持、年度灾备演练配合、等级保护测评整改配合及节假日值守。
   乙方还应在甲方新增检测项目或检测标准变更时，及时完成系统参数、计算公式及报告模板的调整，并经甲方质量管理部门复核。
3. 服务期自2026年3月1日起至2027年2月28日止。服务期满合同自然终止，不自动续期。

第二条 服务人员
1. 乙方派驻现场工程师两名，工作日在甲方驻场，另设远程支持团队。驻场工程师应熟悉LIMS系统及检测业务流程，名单经甲方确认后不得随意更换。
2. 乙方应为本项目指定一名项目经理，负责服务计划、人员调度、质量控制及与甲方的日常沟通。项目经理每月至少到甲方现场参加一次运维例会，汇报当月服务情况及下月工作计划。
3. 驻场工程师请假或离岗超过两个工作日的，乙方应安排具备同等能力的人员顶岗；全年更换驻场工程师不得超过一人次，确需更换的应提前十五日书面通知甲方并做好交接。
4. 驻场人员应遵守甲方实验室管理、安全及保密制度，进入检测区域须经甲方许可。

第三条 服务费用及支付
1. 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人员、差旅、工具及税费等全部费用。
2. 服务费按季度支付，每季度服务结束且季度考核合格后十五个工作日内，甲方支付当季服务费¥121,500。甲方不支付预付款。
3. 季度考核不合格的，甲方按考核结果扣减当季服务费，扣减比例见本合同第六条。
4. 乙方应在每次付款前开具增值税普通发票。

第四条 服务水平
1. 核心业务时段（工作日8:00至18:00）LIMS系统可用率不低于99.95%。
2. 故障分级与响应时限：
（1）一级故障（系统整体不可用、报告无法签发或数据异常）：15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障（单个模块或接口不可用）：30分钟内响应，8小时内解决；
（3）三级故障（一般使用问题）：1个工作日内解决。
3. 一级故障每超时1小时，乙方按¥1,000支付违约金；核心业务时段可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500。
4. 乙方应通过工单系统记录全部服务请求及故障处理过程，工单信息应包括报障时间、响应时间、处理人、处理措施及关闭时间，甲方可随时查询。
5. 乙方应编制LIMS运维应急预案，内容包括数据库故障、存储故障、接口中断及网络安全事件的处置流程，经甲方审核后执行，并每半年组织一次应急演练。
6. 乙方每月提交运维月报，每季度提交巡检报告，年末提交年度运维总结。

第五条 交付物与期限
1. 乙方应在服务期开始后三十日内完成系统健康评估并提交评估报告；每年6月30日前完成检测标准及报告模板的年度更新；在甲方通知后二十日内完成等保测评整改项。
2. 乙方未按期完成上述交付物的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核指标包括：可用率达标情况、故障响应及恢复是否超时、巡检及月报按时提交率、用户满意度测评（不低于90分）、安全事件情况。
2. 季度考核得分在90分以上为合格；80至89分扣减当季服务费的5%；低于80分扣减当季服务费的10%。
3. 服务期满前三十日内，甲方对全年服务进行终期验收，验收标准为：四个季度考核均合格或已整改、年度交付物全部提交并经甲方确认、系统文档及运维记录完整移交。终期验收报告以书面形式出具。终期验收未通过的，乙方应在十五日内完成整改并申请复验。

第七条 知识产权
1. LIMS原有软件的知识产权不因本合同发生转移。
2. 乙方在服务期内为甲方开发的功能优化程序、报告模板、数据处理脚本及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改和使用。

第八条 数据安全
1. LIMS中的委托信息、检测数据、原始记录、检测报告及客户信息均属甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于其他任何目的。
2. 乙方应严格执行甲方的账号及权限管理制度，所有数据库操作须通过甲方堡垒机进行并留存审计日志；批量导出数据须经甲方书面审批。
3. 乙方不得在甲方网络中安装未经甲方批准的软件或工具，不得使用个人设备连接甲方内网；远程支持仅可在甲方开通的时段内通过指定通道进行。
4. 乙方应每日检查备份作业，每季度配合甲方进行一次恢复演练。
5. 因乙方原因造成检测数据泄露、篡改、丢失或系统被非法入侵的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此给甲方造成的全部损失，包括因检测报告无效引起的赔偿。

第九条 保密
1. 乙方对在服务中接触的检测数据、客户委托信息、未公开的抽检结果及甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
2. 乙方应与驻场及远程人员签订保密承诺书，并将副本交甲方备案。保密义务在合同终止后继续有效。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 合同的变更与终止
1. 本合同的变更须经双方协商一致并以书面形式确认。
2. 服务期满，本合同自然终止。
3. 因不可抗力致使本合同无法履行的，双方协商处理，并根据影响程度部分或全部免除责任。
4. 服务期满或合同终止时，乙方应在十五日内完成运维资料、账号及文档的交接，并配合甲方或新服务商完成过渡。

第十二条 其他责任
1. 甲方应为驻场工程师提供办公场所、网络及必要的系统访问权限，并及时提供运维所需的业务资料。
2. 甲方应在乙方提交季度服务报告后十个工作日内完成季度考核并书面告知考核结果；逾期未告知的，乙方可书面催告。
3. 甲方未按约定支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
1. 合同附件包括：运维服务范围清单、服务考核细则、驻场人员名单、应急预案。
2. 竞争性磋商文件、乙方响应文件、成交通知书及双方签署的补充协议均为本合同组成部分。
3. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
代表人：                        代表人：
日期：                          日期：
"""

SRC["z05"] = """# 软件许可及定制开发合同

**（智焊云追溯系统标准合同文本 V3.0）**

合同编号：ZH-2026-0158

甲方（用户）：义乌铁趣玩具制造有限公司

乙方（开发商）：宁波智焊云软件有限公司

甲方为实现铁环玩具弯圈、焊接工序的生产追溯，拟采购乙方“智焊云追溯系统”软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智焊云追溯系统V5软件许可一套（工厂版，含十个工位客户端），并根据甲方需求进行定制开发，包括：弯圈机、对焊机工艺参数自动采集，焊点质量抽检记录，批次二维码赋码与扫码追溯，与甲方现有仓储系统的出入库接口，以及车间看板。

1.2 软件许可为永久许可，限于甲方在义乌工厂内部使用。甲方增加工位客户端或在其他厂区部署的，应另行购买许可。

1.3 需求以双方确认的《需求说明书》为准。需求说明书确认后甲方提出的变更，乙方另行报价。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智焊云追溯系统V5软件许可（永久） | 360,000 |
| 2 | 定制开发（参数采集、扫码追溯、仓储接口、看板） | 420,000 |
| 3 | 部署实施及培训 | 68,000 |
| | 合计 | 848,000 |

合同总价为人民币捌拾肆万捌仟元整（¥848,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥551,200，乙方收款后启动开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥296,800。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停开发或技术服务直至款项付清。

## 第四条 开发与交付

4.1 乙方在收到首期款后九十日内完成开发并部署上线。因甲方需求变更、现场条件未就绪或设备厂家不配合造成的延误，工期相应顺延。

4.2 乙方交付系统安装程序、用户手册和培训资料。源代码、数据库设计文档及接口开发文档不属于交付范围，甲方如需获取，双方另行协商并签订书面协议。

4.3 甲方应指定项目联系人，在乙方提出配合要求后三个工作日内提供设备通讯协议、现场网络及测试样件。

4.4 乙方负责在甲方车间部署服务器端程序和工位客户端，并完成与弯圈机、对焊机的数据采集调试。采集网关、工控机、扫码枪、标签打印机等硬件由甲方自行采购，乙方可提供选型建议，但不对甲方所购硬件的质量及兼容性承担责任。

4.5 乙方为甲方提供一次集中培训，培训对象为甲方管理员、班组长及质检人员，培训时间不超过两天。超出部分的培训按乙方人天单价另行收费。

## 第五条 上线与验收

5.1 系统部署完成并在甲方车间上线运行，即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在维护期内予以处理，不影响验收结论及付款。

5.3 上线运行是指系统在甲方车间完成部署，且至少一条生产线的工位客户端可以正常登录并采集数据。上线时间以乙方发出的上线通知单所载日期为准。

5.4 甲方不得以个别功能未达到预期为由拒绝付款。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括程序缺陷修复及电话、远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。

6.3 故障响应：对于导致全部工位无法使用的严重故障，乙方在接到甲方报修后8小时内响应，并尽快安排处理；其他问题在2个工作日内响应。

6.4 因甲方操作不当、擅自修改配置、网络或硬件故障、停电等原因导致的问题，不属于免费维护范围，乙方处理时按人天另行收费。

6.5 维护期内，乙方可根据产品版本规划提供升级，升级内容及时间由乙方确定；甲方自行定制或委托第三方修改系统的，乙方不再提供维护。

6.6 乙方提供的远程支持时间为工作日9:00至17:30，节假日及夜间的现场服务需提前预约，并按乙方当年收费标准另行收费。

## 第七条 知识产权

7.1 智焊云追溯系统及乙方为本项目开发的全部定制功能、接口程序、数据模型及文档的知识产权均归乙方所有。

7.2 甲方在本合同约定的工厂范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或提供给第三方使用。

7.3 乙方有权将本项目中开发的功能纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 甲方在系统中产生的生产数据归甲方所有。

8.2 乙方应采取访问控制、数据加密和定期备份等安全措施保护系统中的数据；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并依法承担相应责任。

8.3 甲方同意，乙方可对系统运行中产生的工艺参数及质量数据进行脱敏和汇总，用于乙方产品优化、行业分析及焊接工艺模型训练。

8.4 合同终止后，甲方需要导出历史数据的，乙方可提供标准格式的导出服务，费用另计。

## 第九条 保密

9.1 双方对在合作过程中获得的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。

9.2 本条约定在合同终止后二年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的直接损失。

10.2 乙方不对甲方的间接损失、停产损失、利润损失及数据丢失承担责任。

10.3 乙方因本合同承担的赔偿，以导致损失的具体事项为限，且须经双方确认损失金额后方可支付。

10.4 乙方交付延迟的，应与甲方协商新的交付时间，并安排人员加班赶工。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方因自身原因要求解除合同的，应书面通知乙方，并支付乙方已完成工作的费用。

11.3 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

## 第十二条 甲方义务

12.1 甲方应提供符合乙方要求的服务器运行环境、操作系统及数据库授权，并保证车间网络稳定。

12.2 甲方应按乙方提供的操作手册使用系统，妥善保管管理员账号及密码。因甲方账号管理不善造成的损失由甲方自行承担。

12.3 甲方应配合乙方完成上线前的数据初始化工作，包括产品型号、工艺路线、工位及人员信息的整理录入。

## 第十三条 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方设备缺陷等非乙方所能控制的原因导致合同不能按期履行的，乙方不承担责任，履行期限相应顺延。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 双方的通知以电子邮件或书面形式发送至本合同首页所列联系方式，发出之日起第三日视为送达。

15.2 本合同未尽事宜，以乙方官网公布的《软件许可及服务通用条款》为准。

15.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　　　日期：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MSL-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shaoxing Huayue Garment Sourcing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Buyer"), and Meghna Softworks Limited, a company incorporated in Bangladesh with its registered office at BSCIC Industrial Area, Narayanganj, Bangladesh (the "Vendor").
P:The Buyer sources knitted and woven garments from factories in several countries and wishes to replace its spreadsheets with a merchandising, order-tracking and production-planning system. The Vendor publishes the "Meghna MerchantPro" software and has agreed to license it to the Buyer and to configure, customise and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Meghna MerchantPro software, version 8, in object code, with its standard modules for style and costing, purchase orders, factory capacity planning, critical-path tracking, quality inspection and shipment booking, and the related user documentation.
P:1.2 "Custom Deliverables" means all software, reports, interfaces, scripts, configurations and documents created by the Vendor specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP and freight-forwarder portals.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, uploaded to or generated by the system in the Buyer's use, including supplier, style, order, pricing and inspection data.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the Buyer's business and that of its affiliates in mainland China, for up to 180 named users, on servers operated by or for the Buyer.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster-recovery purposes.
P:2.3 The licence fee is a one-time fee. No further licence fee is payable for the use of the Software within the scope of Article 2.1.
H:Article 3 Scope of Services
P:3.1 The Vendor shall deliver the following services: (a) installation of the Software in the Buyer's data centre in Shaoxing; (b) configuration of workflows, approval chains and costing templates; (c) development of the Custom Deliverables listed in the statement of work attached as Annex 1; (d) migration of open orders and supplier master data from the Buyer's spreadsheets; (e) training of key users and administrators; and (f) support during the warranty period.
P:3.2 The Vendor shall assign a named project manager and a team of at least three consultants. Remote work is allowed, but the project manager and one consultant shall be on site in Shaoxing during user acceptance testing and go-live.
P:3.3 The Vendor shall complete installation within 30 days and submit the system for acceptance testing within 110 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,720,000, made up of: Software licence fee CNY 1,120,000; implementation and customisation services CNY 540,000; training CNY 60,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price, CNY 344,000, within 20 days after signature and receipt of an advance-payment guarantee; (b) 45%, CNY 774,000, after installation and completion of user acceptance testing under Article 5.2; (c) 35%, CNY 602,000, within 20 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer against a valid invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The parties shall agree an acceptance test plan within 45 days after the Effective Date, based on the functional specification in Annex 1.
P:5.2 User acceptance testing is passed when: (a) every test case in the agreed plan has been executed with no open Severity 1 or Severity 2 defect; (b) migrated open orders and supplier master data reconcile with the source spreadsheets without discrepancy; (c) the ERP and freight-forwarder interfaces have exchanged data without error for ten consecutive working days; and (d) standard reports return within 5 seconds with 60 concurrent users.
P:5.3 After user acceptance testing, the system runs in production for a stabilisation period of 45 days. Final Acceptance is confirmed in writing when no Severity 1 defect has occurred during the last 20 days of that period and all documentation has been delivered.
P:5.4 Go-live, production use or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects, provide new releases and provide technical support free of charge.
P:6.2 Severity levels and response: Severity 1 (system down or order processing stopped) response within 1 hour and workaround within 8 hours; Severity 2 (a major function unavailable) response within 2 hours and fix within 3 working days; Severity 3 response within 1 working day.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay CNY 1,500 for each hour of delay, which the Buyer may deduct from any payment due.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, being CNY 123,200 per year, and shall not be increased for three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through accounts issued by the Buyer, via the Buyer's VPN with multi-factor authentication, and each remote session shall be approved in advance. The Vendor shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in its handling of Buyer Data.
P:8.4 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all steps to contain it, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including pricing, supplier lists and technical information, and shall not disclose it without the other party's prior written consent, except to its employees and advisers who need to know it.
P:9.2 This Article survives for five years after the end of this Agreement.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 3.3, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 7.3.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 If the Buyer terminates under Article 13.1, the Vendor shall refund the payments made for services not accepted and deliver all work in progress.
P:13.3 Articles 7, 8, 9 and 11 survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Bangladesh.
P:14.2 Any dispute shall first be discussed between senior managers of the parties for 30 days. If it is not resolved, it shall be referred to arbitration in Dhaka under the Arbitration Act 2001 of Bangladesh, by a sole arbitrator, in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work and Functional Specification) and Annex 2 (Acceptance Test Plan, once agreed), is the entire agreement of the parties.
P:15.2 Amendments are valid only in writing signed by both parties. Notices shall be given in writing to the addresses above.
P:15.3 This Agreement is made in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________     For the Vendor: ____________________
P:Name and title:                          Name and title:
P:Date:                                    Date:
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — SUPPLIER QUALITY CLOUD

**Order Form No. PQ-OF-2026-0221**

# PART A — ORDER FORM

## A1. Parties

**Provider:** Padma Quality Systems Limited, a company incorporated in Bangladesh, with its registered office at Jhiltuli, Faridpur 7800, Bangladesh.

**Customer:** Foshan Ruiguang Household Appliances Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shunde District, Foshan, Guangdong Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Subscribed Service

Provider's "PQS Supplier Quality Cloud", a web and mobile application for supplier onboarding, incoming-inspection planning, non-conformance and corrective-action (8D) management, supplier audits and supplier scorecards (the "Service"), for up to 260 named users of Customer and up to 400 supplier users invited by Customer.

Included modules: Supplier Portal, Incoming Inspection, Non-Conformance and 8D, Audit Management, Scorecards and Analytics.

## A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date stated in the Go-Live Acceptance Certificate (Section 4 of Part B). The Agreement ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 260 named users, all modules | 288,000 |
| Subscription, Subscription Year 2 | 260 named users, all modules | 288,000 |
| Onboarding (configuration, supplier data load, training) | one-time | 54,000 |
| Integration with Customer's ERP and MES (inspection lots, receipts, supplier master) | one-time | 42,000 |
| **Total Contract Value** | | **672,000** |

All amounts are in Chinese Yuan (CNY) and include value-added tax. Additional named users may be added at CNY 1,100 per user per Subscription Year, pro rata; such additions are not part of the Total Contract Value.

## A5. Invoicing and Payment

(a) Subscription fees are invoiced quarterly at the start of each quarter of each Subscription Year, in four equal instalments of CNY 72,000, and are payable within 30 days after receipt of a valid invoice.

(b) The onboarding and integration fees (CNY 96,000 together) are invoiced after Go-Live Acceptance and payable within 30 days after receipt of the invoice.

(c) No fee is payable before the Go-Live Date.

## A6. Key Dates and Contacts

Target Go-Live Date: 70 days after the date of the last signature of this Order Form.

Provider contact: Customer Success Manager, PQS China desk. Customer contact: Supplier Quality Manager, Shunde plant.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, files and content submitted to the Service by or for Customer or its invited suppliers, including inspection results, photographs, non-conformance reports and supplier documents.

1.2 "Customer Configurations" means the workflows, inspection plans, forms, scorecard models, reports and integration mappings built by Provider specifically for Customer.

1.3 "Go-Live Acceptance" has the meaning given in Section 4.

## 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with this Agreement and the Service Levels in Section 5.

2.2 Provider may update the Service from time to time, provided that no update materially reduces the functionality of the modules listed in A2.

2.3 Provider shall provide support through its service desk in Chinese and English, by telephone, e-mail and the support portal.

## 3. Onboarding and Integration

3.1 Provider shall carry out the onboarding and integration work described in A4 according to a project plan agreed within 10 days after signature.

3.2 Customer shall provide the information, supplier lists, test environments and ERP/MES interface specifications reasonably requested by Provider.

3.3 If Provider fails to reach Go-Live Acceptance by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 500 for each day of delay. Customer may deduct these damages from any amount payable to Provider.

## 4. Go-Live Acceptance

4.1 Go-Live Acceptance requires that: (a) each module listed in A2 passes the test scripts in the project plan with no open critical defect; (b) the supplier master data load reconciles record by record with Customer's extract; (c) the ERP and MES interfaces have transferred inspection lots and receipts without error for five consecutive working days; and (d) at least 20 key users and 10 pilot suppliers have completed training.

4.2 When these criteria are met, Customer shall sign a Go-Live Acceptance Certificate within five working days. The date of the certificate is the Go-Live Date. Use of the Service for testing or training before that date is not acceptance.

## 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 23:00 and 05:00 China Standard Time.

5.2 Incident priorities and response times: Priority 1 (Service unavailable or a module unusable for all users): response within 1 hour, restoration within 6 hours; Priority 2 (a function degraded for many users): response within 2 hours, resolution within 2 working days; Priority 3 (other issues): response within 1 working day.

5.3 If availability in a month falls below the commitment in 5.1, Provider shall credit Customer 5% of the subscription fee for that month for each started 0.1 percentage point of shortfall, up to the full monthly fee. A Priority 1 response later than committed earns a further credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall send Customer a monthly service report with availability, incidents and credits.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer under this Agreement and shall not use it for any other purpose.

6.2 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV and PDF formats for 30 days.

## 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software, including improvements of general application.

7.2 The Customer Configurations and the integration mappings belong to Customer. Provider shall deliver them in editable form at the end of the Subscription Term or on request, and Customer may use, modify and let third parties use them without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, including the terms of this Agreement, and shall use it only for the purposes of this Agreement.

8.2 A party may disclose such information to its employees, advisers and affiliates who need to know it and are bound by similar obligations, or where required by law or a competent authority.

8.3 These obligations continue for three years after the end of the Agreement.

## 9. Warranties

9.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding and integration work will be performed with reasonable skill and care.

9.2 Provider warrants that it has all rights needed to provide the Service, and shall defend Customer against any third-party claim that the Service infringes intellectual property rights.

## 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for personal injury, fraud or the infringement defence in Section 9.2.

## 11. Subcontracting

11.1 Provider shall not subcontract the hosting or operation of the Service, or any part of the onboarding and integration work, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 12. Term and Termination

12.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

12.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

12.3 If Customer terminates under 12.2, Provider shall refund the prepaid subscription fees for the period after termination.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

## 14. General

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices shall be in writing and sent to the contacts in A6, with a copy by e-mail.

14.3 This Agreement is the entire agreement between the parties about its subject matter and supersedes any previous proposals.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. QDL-PUR-2026-0087
P:This Contract is made on the Buyer's standard purchasing terms between Qingdao Lanhai Cold Chain Foods Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer"), and Bhulua Sensor Technologies Ltd., Maijdee Court, Noakhali, Bangladesh (the "Supplier").
P:The Buyer operates four cold stores and a seafood processing plant in Qingdao. It wishes to monitor temperature, humidity and door status in all storage rooms and blast freezers, with alarms and records that meet food-safety requirements. The Supplier manufactures wireless sensors and gateways and publishes the "ColdWatch" monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, version 6, with its alarm, reporting, audit-trail and mobile modules.
P:1.3 "Custom Work" means all reports, dashboards, interface programs, configuration files and documents that the Supplier creates specifically for the Buyer, including the interface to the Buyer's warehouse management system (WMS).
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.3.
P:1.5 "Buyer Data" means all readings, alarms, logs, user records and reports generated by the Equipment and the Software in the Buyer's use.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, configure and commission the Equipment and the Software at the Buyer's five sites in Qingdao, integrate the Software with the Buyer's WMS, calibrate every sensor, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations, without limit on the number of sensors connected at the five sites, on servers located in the Buyer's premises.
P:2.3 All Equipment shall be new, of the models stated in the Price Table, and suitable for continuous operation at temperatures down to minus 35 degrees Celsius.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,294,000, fixed, including delivery to site, customs clearance, duties, installation, taxes and all other costs. The Price Table is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, with probe|420|1,150|483,000
TB:2|LoRa gateway with 4G backup and battery|36|6,800|244,800
TB:3|ColdWatch software licence, perpetual, five sites|1|386,000|386,000
TB:-|Equipment and Software Subtotal|||1,113,800
TB:4|Installation, cabling, commissioning and WMS interface|1 lot|132,000|132,000
TB:5|Calibration certificates and training|1 lot|48,200|48,200
TB:-|Contract Price|||1,294,000
H:4. Payment
P:4.1 The Buyer shall pay the Contract Price as follows: (a) 10%, CNY 129,400, within 15 days after signature, against an advance-payment bank guarantee of the same amount; (b) 55%, CNY 711,700, after delivery and installation of all Equipment at all sites; (c) 35%, CNY 452,900, within 20 days after Final Acceptance.
P:4.2 Delivery and installation do not constitute acceptance.
P:4.3 Each payment is made against a valid VAT invoice issued through the Supplier's authorised agent in China.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Huangdao site within 60 days after signature, and complete installation and commissioning at all five sites within 45 days after delivery.
P:5.2 Installation work in cold rooms shall be scheduled with the Buyer's warehouse managers so that stored goods are not exposed to temperature changes. The Supplier shall follow the Buyer's site safety and hygiene rules.
P:5.3 The Supplier shall supply drawings showing the location of every sensor and gateway, calibration certificates traceable to national standards, user manuals, and an installation record for each room.
P:5.4 The Supplier shall appoint a project manager who speaks Chinese or works with a Chinese-speaking engineer on site. The project manager shall attend a weekly progress meeting with the Buyer's engineering department and report progress, risks and any deviation from the schedule.
P:5.5 Packaging shall protect the Equipment during sea and road transport. Risk in the Equipment passes to the Buyer on delivery to site, and title passes on payment under clause 4.1(b).
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 21 consecutive days as a trial operation.
P:6.2 The acceptance criteria are: (a) every sensor reports at its configured interval, with no more than 0.5% of expected readings missing at any site during the trial; (b) each sensor's reading is within plus or minus 0.3 degrees Celsius of a reference thermometer at two test points; (c) temperature and door alarms reach the duty staff by SMS and app within 60 seconds in all tested scenarios; (d) the WMS interface transfers room temperature records for every batch without error; and (e) audit-trail and electronic-signature functions pass the Buyer's food-safety test script.
P:6.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days. If any criterion is not met, the Supplier shall correct the defect at its own cost and the relevant test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment free of charge, including batteries that fail before their rated life, and provide Software updates and technical support free of charge.
P:7.2 Fault levels are set out below.
TB:Level|Description|Response|On-site or remote fix
TB:Level 1|Monitoring or alarms down for a whole site|2 hours|8 hours
TB:Level 2|A room or a gateway not reporting|3 hours|next working day
TB:Level 3|Other faults and questions|1 working day|5 working days
P:7.3 For each hour by which the Supplier exceeds the response or fix time for a Level 1 fault, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment.
P:7.4 After the warranty period, the Buyer may order annual support covering Equipment repair, Software updates and technical support. The annual fee shall not exceed 8% of the Equipment and Software Subtotal, being CNY 89,104 per year, and this ceiling applies for three years after the warranty ends. Annual support is ordered by separate purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The Custom Work belongs to the Buyer from its creation. The Supplier shall deliver its source code and documentation. The Buyer may use, modify and license the Custom Work freely, including through third parties.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's servers in Qingdao. The Supplier shall access them only with accounts issued by the Buyer and by remote sessions approved in advance and logged. No Buyer Data shall be transferred outside mainland China.
P:9.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.4 The Supplier shall report any loss, unauthorised access or disclosure of Buyer Data within 12 hours after it becomes aware of it, take immediate remedial action, and compensate the Buyer for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stock, processes and systems received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after the end of this Contract.
H:11. Delay Damages
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Buyer may deduct delay damages from any payment due to the Supplier.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:12.2 This limit does not apply to personal injury, wilful misconduct, gross negligence, or breach of clauses 9 and 10.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier's authorised installation partner in Qingdao, named in the Supplier's offer, may be used only after the Buyer's written approval, and the Supplier remains fully responsible for it.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 On such termination, the Supplier shall refund all amounts paid for Equipment or services not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award shall be final.
H:16. General
P:16.1 This Contract is written in English and Chinese. Both versions have equal effect.
P:16.2 Annexes: Annex 1 Site and room list; Annex 2 Technical specifications; Annex 3 Acceptance test script.
P:For the Buyer: ____________________     For the Supplier: ____________________
P:Date:                                    Date:
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. DZ-MSA-2026-031

**Between** Dongguan Zhenhong Precision Plastics Co., Ltd., Chang'an Town, Dongguan, Guangdong Province, People's Republic of China (the "Customer"),

**and** Feni Digital Operations Ltd., Mohipal, Feni, Bangladesh, acting in China through its authorised service partner named in Schedule 1 (the "Supplier").

## Background

The Customer runs three injection-moulding plants and a distribution centre in Dongguan. It wishes to outsource its IT service desk, end-user support, monitoring and administration of its servers, network and backup, and patch management to a managed services provider for three years. The Supplier has proposed to deliver these services from its remote operations centre with on-site engineers in Dongguan.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Charges" means the charges set out in Schedule 2.

1.3 "Service Levels" means the service levels and service credits in Schedule 3.

1.4 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Supplier accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 3.

1.6 "Deliverables" means the runbooks, scripts, configuration records, knowledge articles, network diagrams and reports produced by the Supplier for the Customer.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Transition and Acceptance

3.1 The Supplier shall complete the transition of the Services within 60 days after signature, following the transition plan in Schedule 1.

3.2 Transition is accepted when: (a) all in-scope servers, network devices and backup jobs are under monitoring with alerts reaching the service desk; (b) the service desk has handled tickets for ten working days in parallel with the Customer's current team, with all Priority 1 and Priority 2 tickets handled within the Service Levels; (c) runbooks for every in-scope system have been delivered and approved by the Customer; and (d) a successful restore test has been performed for each critical system.

3.3 When the criteria are met, the Customer shall sign a transition acceptance certificate within five working days. Starting work in parallel does not mean acceptance.

3.4 If transition acceptance is not reached within the period in 3.1 for reasons attributable to the Supplier, the Supplier shall pay CNY 1,200 for each day of delay.

## 4. Services and Service Levels

4.1 The Supplier shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 3.

4.2 The Supplier shall provide a monthly service report with ticket statistics, Service Level performance, service credits, capacity trends and recommended improvements, and attend a monthly service review meeting in Dongguan.

4.3 Service credits are deducted from the Charges of the month following the month in which they arise.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The total for the Service Term, including the one-time transition charge, is CNY 1,958,000.

5.2 The transition charge is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. The Charges are fixed for the Service Term and include all travel and tools.

## 6. Personnel

6.1 The Supplier shall assign two on-site engineers in Dongguan during working hours and staff its remote operations centre around the clock.

6.2 The Supplier shall replace any engineer whom the Customer reasonably considers unsuitable. Key personnel named in Schedule 1 may be changed only with the Customer's approval.

6.3 On-site engineers shall follow the Customer's plant safety rules, wear the protective equipment required in production areas, and enter clean rooms and moulding halls only when accompanied by Customer staff.

6.4 The Supplier shall keep staff turnover on the account low and shall train any replacement engineer on the Customer's environment at its own cost before that engineer takes tickets alone.

## 7. Customer Data and Data Protection

7.1 Customer Data belongs to the Customer. The Supplier shall process it only to perform the Services and for no other purpose, and shall not keep copies after the end of the Agreement.

7.2 The Supplier shall store no Customer Data outside the Customer's own systems in Dongguan. Remote access shall be through the Customer's jump server with individual named accounts and multi-factor authentication, and all sessions shall be recorded.

7.3 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and with the Customer's information-security policies.

7.4 The Supplier shall notify the Customer within 6 hours after becoming aware of any incident affecting Customer Data, shall take immediate steps to contain it, and shall compensate the Customer for all losses resulting from the Supplier's breach of this Section 7.

## 8. Intellectual Property

8.1 The Deliverables belong to the Customer. The Supplier shall hand them over in editable form during the Service Term on request and at its end. The Customer may use and modify them and let any third party use them.

8.2 The Supplier's own monitoring and ticketing tools remain the Supplier's property. The Customer receives the reports and data produced by them.

## 9. Subcontracting

9.1 The Supplier may use subcontractors for on-site support, cabling, hardware repair and out-of-hours monitoring, provided it gives the Customer written notice at least ten days before the subcontractor starts work.

9.2 The Supplier remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Service Term.

10.2 The limit does not apply to personal injury, wilful misconduct, or breach of Section 7.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice, or if Priority 1 resolution targets are missed in three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days, including handover of all Deliverables, credentials and open tickets to the Customer or a new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 13. General

13.1 Schedules 1 to 3 form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

13.2 Amendments must be in writing and signed by both parties.

13.3 Notices shall be given in writing to the addresses above, with a copy by e-mail to the service delivery manager and the Customer's IT manager.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, e-mail and portal in Chinese and English, for about 650 users | 7 x 24 |
| End-user support | Desktops, laptops, printers and mobile devices at four sites | Working days 08:00–18:00 on site, remote otherwise |
| Server and storage administration | 42 virtual and physical servers, 2 storage arrays | 7 x 24 monitoring |
| Network administration | Core and access switches, firewalls, Wi-Fi at four sites, WAN links | 7 x 24 monitoring |
| Backup and restore | Daily backup checks, monthly restore test per critical system | Daily |
| Patch management | Monthly operating-system and firmware patching in agreed windows | Monthly |
| Transition | Knowledge transfer, tool onboarding, runbooks, parallel run | 60 days |

Key personnel: service delivery manager; on-site team lead. Authorised service partner in China: Guangzhou Lianxin IT Services Co., Ltd.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after transition acceptance | 86,000 |
| Monthly service charge | 52,000 per month x 36 months | 1,872,000 |
| **Total for the Service Term** | | **1,958,000** |

Additional work outside Schedule 1 is charged at CNY 1,600 per engineer day only if ordered in writing by the Customer.

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core network and critical servers | 99.95% per month | 3% of the monthly charge for each 0.02 percentage point below target |
| Priority 1 incident (plant production systems down) | Response within 30 minutes, resolution within 6 hours | CNY 1,000 per hour late |
| Priority 2 incident (one site or system degraded) | Response within 1 hour, resolution within 8 hours | CNY 400 per hour late |
| Priority 3 incident | Response within 8 working hours, resolution within 3 working days | none |
| Backup success | 98% of jobs per month, failed jobs rerun the same day | 2% of the monthly charge |

Total service credits in a month shall not exceed 20% of the monthly service charge for that month.
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BMD-ZJ-2026-007

PARTIES

1.1 Bakkhali Marine Data Ltd., a company incorporated in Bangladesh, with its registered office at Kolatoli Road, Cox's Bazar 4700, Bangladesh ("Provider").

1.2 Zhanjiang Haixin Aquatic Products Import and Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Xiashan District, Zhanjiang, Guangdong Province ("Customer").

1.3 Customer imports frozen fish and shrimp from South Asia. Provider collects and publishes data on fish landings, auction prices at landing centres, fishing-vessel movements and sea-state forecasts for the Bay of Bengal, and makes it available through a database and an application programming interface (API). Customer wishes to subscribe to these data for its purchasing and logistics planning.

DEFINITIONS

2.1 "Data" means the datasets described in clause 3.1, as updated by Provider from time to time.

2.2 "API" means Provider's REST interface through which the Data is delivered, with its documentation and access keys.

2.3 "Custom Feed" means the daily data feed that Provider builds for Customer under clause 4, including the field mapping to Customer's procurement system, the transformation scripts, the Chinese-language product code table and the documentation.

2.4 "Customer Data" means the queries, watch lists, supplier lists, purchase volumes, user accounts and any other information that Customer submits to the API or the web portal.

2.5 "Subscription Year" means each period of one year starting on the Start Date or an anniversary of it. The Start Date is the date of acceptance of the Custom Feed under clause 5.

SUBSCRIPTION

3.1 The subscription covers: (a) daily landing volumes and average auction prices for 38 species at 22 landing centres in Bangladesh; (b) fishing-vessel positions, updated every 30 minutes; (c) five-day sea-state and cyclone-risk forecasts for the northern Bay of Bengal; and (d) monthly export statistics by species and destination.

3.2 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the web portal, and to use the Data internally for its own business, including in reports shared with its own buyers and logistics partners in summary form.

3.3 Up to 40 named users and 200,000 API calls per calendar month are included. Calls above that volume are charged at CNY 0.02 per call and invoiced quarterly in arrears; such charges are not part of the Total Contract Value.

3.4 The Subscription Term consists of two Subscription Years.

CUSTOM FEED

4.1 Provider shall build and deliver the Custom Feed within 45 days after signature. The Custom Feed shall push the previous day's landing volumes and prices, converted into Customer's product codes and weight units, to Customer's procurement system every morning by 07:00 China Standard Time.

4.2 Customer shall provide the product code list, the target data format and test access to its procurement system within 10 days after signature.

4.3 If Provider fails to deliver the Custom Feed for acceptance testing by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 400 for each day of delay. Customer may set off these damages against any fee.

ACCEPTANCE

5.1 Customer shall test the Custom Feed for ten consecutive working days.

5.2 The Custom Feed is accepted when: (a) the feed arrived by the agreed time on every test day; (b) all 38 species and 22 landing centres are mapped to Customer's codes without error; (c) a sample of 200 records checked against Provider's portal shows no difference in volume or price; and (d) the documentation and the transformation scripts have been delivered.

5.3 Customer shall confirm acceptance in writing within five working days after a successful test. If the test fails, Provider shall correct the Custom Feed and the test shall be repeated.

FEES AND PAYMENT

6.1 The fees are: Subscription Year 1, CNY 246,000; Subscription Year 2, CNY 246,000; Custom Feed set-up, CNY 38,000, one-time. The Total Contract Value is CNY 530,000, including value-added tax.

6.2 The set-up fee is invoiced after acceptance of the Custom Feed. The fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

6.3 Payment shall be made in CNY to the account of Provider's collection agent in Guangzhou named on the invoice.

SERVICE

7.1 Provider will use commercially reasonable efforts to keep the API and the web portal available and to update the Data on a regular basis. Provider does not guarantee any particular level of availability, timeliness or completeness of the Data, which depends on public and third-party sources.

7.2 Customer may report problems by e-mail to Provider's support address. Provider will look into reported problems and respond as soon as practicable during its business hours, Sunday to Thursday, 09:00 to 17:00 Bangladesh time.

7.3 Provider may carry out maintenance at any time and will try to announce planned maintenance on its portal in advance.

USE OF THE DATA

7A.1 Customer shall not resell the Data, publish it in full or in bulk, or use it to build a competing data product. Summary figures, charts and extracts of limited size may be included in Customer's internal reports and in reports to its own buyers, with Provider named as the source.

7A.2 Customer shall keep its API keys secure and shall tell Provider without delay if it believes a key has been disclosed to an unauthorised person, so that Provider can replace it.

CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription and the Custom Feed to Customer and shall not disclose it, sell it or use it for any other purpose, including its own analytics.

8.2 Provider shall protect Customer Data by encryption in transit and at rest, role-based access limited to named support staff, logging of every access, and daily backups, and shall keep its systems patched.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain the incident, and shall be liable for all losses suffered by Customer as a result of Provider's breach of this clause 8.

8.4 At the end of the Subscription Term, Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's purchasing volumes, suppliers and prices, and Provider's methods and non-public Data, and shall not disclose it to any third party without prior written consent.

9.2 This clause survives for three years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 Provider owns the Data, the API and its database. Customer's rights in them are those granted in clause 3.2.

10.2 The Custom Feed, including the field mapping, the transformation scripts and the product code table, belongs to Customer. Provider shall deliver the scripts in source form, and Customer may use, modify and have third parties run or adapt them without restriction.

RENEWAL

11.1 At the end of the second Subscription Year, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

11.2 Fees for each renewal Subscription Year are charged at Provider's list price in effect at the start of that year. Provider may increase its list price at its discretion and will publish the new price on its portal.

SUBCONTRACTING

12.1 Provider shall not subcontract the hosting of the API or the development of the Custom Feed without Customer's prior written consent. Provider remains responsible for any subcontractor approved.

LIABILITY

13.1 Neither party is liable for indirect loss or loss of profit.

13.2 Each party's total liability under this Agreement is limited to twice the Total Contract Value, except for liability under clause 8, for fraud or for wilful misconduct, which is not limited.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

14.2 If Customer terminates under clause 14.1, Provider shall refund the part of the fee for the current Subscription Year that relates to the period after termination.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

FORCE MAJEURE

15A.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as cyclones, floods, war, or a general failure of public telecommunications networks. The affected party shall notify the other promptly and resume performance as soon as possible. If such an event prevents delivery of the Data for more than 30 days, Customer may terminate this Agreement and receive a refund of fees for the remaining period.

GENERAL

16.1 This Agreement is the entire agreement between the parties about its subject matter.

16.2 Amendments must be in writing and signed by both parties.

16.3 This Agreement is signed in two originals in English, one for each party.

For Provider: ____________________     Date: __________

For Customer: ____________________     Date: __________
"""


# ---------------------------------------------------------------- labels
def T(avail, p1, remedy, ip, dsc, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsc, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, cv):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = cv
    return d


G, S = "goods_or_licence", "service"
assert 680000 + 1046000 + 214000 + 88000 == 2028000 and 405600 + 912600 + 709800 == 2028000
assert 486000 + 392000 + 268000 + 174000 == 1320000 and 1320000 + 146000 + 34000 == 1500000
assert 300000 + 675000 + 525000 == 1500000
assert 45 * 6800 == 306000 and 2 * 306000 + 2 * 84000 + 96000 + 38000 == 914000
assert 4 * 121500 == 486000
assert 360000 + 420000 + 68000 == 848000 and 551200 + 296800 == 848000 and 848000 * 65 // 100 == 551200
assert 1120000 + 540000 + 60000 == 1720000 and 344000 + 774000 + 602000 == 1720000 and 1120000 * 11 // 100 == 123200
assert 288000 * 2 + 54000 + 42000 == 672000 and 4 * 72000 == 288000
assert 420 * 1150 == 483000 and 36 * 6800 == 244800 and 483000 + 244800 + 386000 == 1113800
assert 1113800 + 132000 + 48200 == 1294000 and 129400 + 711700 + 452900 == 1294000
assert abs(1113800 * 0.08 - 89104) < 1e-6
assert 52000 * 36 + 86000 == 1958000
assert 246000 * 2 + 38000 == 530000

# key -> (file, lang, category, terms, extra, design rules, tco (base, fee per year) or None)
D = {
 "z01": ("h743z01_salt_bureau_circulation_supervision_platform.pdf", "zh", "software",
         T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
         X(True, True, True, False, 2028000), [], (680000, 61200)),
 "z02": ("h743z02_pillow_filling_sewing_line_retrofit.docx", "zh", "hardware",
         T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 356400 / 1320000 * 100, False, True,
           False, "PRC", G),
         X(True, True, True, False, 1500000), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], (1320000, 356400)),
 "z03": ("h743z03_kidswear_chain_pos_membership_saas.txt", "zh", "cloud",
         T(99.5, 0.5, True, "buyer", True, True, True, 700 / 914000 * 100, None, None, True, None, None, None, False,
           True, True, "PRC", S),
         X(True, True, None, False, 914000), ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], None),
 "z04": ("h743z04_inspection_institute_lims_annual_om.txt", "zh", "services",
         T(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False,
           "PRC", S),
         X(True, True, None, False, 486000), ["CR-LD-LOW", "CR-TERMINATION"], None),
 "z05": ("h743z05_iron_hoop_toy_welding_tracking_supplier_template.md", "zh", "software",
         T(None, 8, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True, None,
           None, G),
         X(True, False, False, True, 848000),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], None),
 "e01": ("h743e01_garment_sourcing_merchandising_licence_narayanganj.pdf", "en", "software",
         T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
           "Bangladesh", G),
         X(True, True, True, False, 1720000), ["CR-GOVERNING-LAW"], (1120000, 123200)),
 "e02": ("h743e02_supplier_quality_saas_order_form_faridpur.md", "en", "cloud",
         T(99.95, 1, True, "buyer", False, True, True, 500 / 672000 * 100, 6 / 24 * 100, None, True, None, None, None,
           False, True, False, "PRC", S),
         X(True, True, None, False, 672000), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None),
 "e03": ("h743e03_cold_store_sensors_monitoring_licence_noakhali.docx", "en", "hardware",
         T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False, "PRC", G),
         X(True, True, True, False, 1294000), [], (1113800, 89104)),
 "e04": ("h743e04_plastics_plant_managed_it_services_feni.md", "en", "services",
         T(99.95, 0.5, True, "buyer", True, True, False, 1200 / 1958000 * 100, 150, None, True, None, None, None,
           False, True, True, "PRC", S),
         X(True, True, None, False, 1958000), ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], None),
 "e05": ("h743e05_marine_landing_data_api_subscription_coxs_bazar.txt", "en", "cloud",
         T(None, None, False, "buyer", True, True, True, 400 / 530000 * 100, 200, None, True, None, None, None, True,
           True, False, "PRC", S),
         X(False, True, None, False, 530000), ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None),
}
DOCPDF = {"z01", "z02", "e01", "e03"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base itemised."""
    base, fee = tco
    assert abs(fee / base * 100 - t["post_warranty_fee_pct"]) < 1e-9
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (x["contract_value"] + post) * 100


def derive(t, x, tco):
    """My reading of policy §3 (and its section on where rules apply)."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(t, x, tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in x
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100)\s*[%％]",
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十])|千分之零点五|0\.5\s*‰",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(?<![十一二三四五六七八九])三成",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![十一二三四五六七八九两])四\s*(?:个)?\s*小时",
    r"(?i:four\s*(?:\(4\)\s*)?hours?)",
    r"(?<![\d.])12\s*-?\s*(?i:months?|个月)",
    r"十二\s*个\s*月|(?i:twelve\s*(?:\(12\)\s*)?-?\s*months?)",
    r"九十九点九(?![一二三四五六七八九])",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "30%", "30 ％", "百分之三十", "4小时", "四小时", "4 hours", "within four hours", "12 months",
            "十二个月", "twelve (12) months", "0.05%", "万分之五", "15%", "40 %", "100%", "百分之百", "三成", "12-month",
            "4 h", "四个小时"]
MUST_MISS = ["24小时", "24 hours", "7×24小时", "99.95%", "130%", "150%", "115%", "140%", "2026年12月31日", "万分之八",
             "百分之三十五", "14 hours", "0.055%", "112 months", "fourteen hours", "4G backup", "240%", "20%"]
for s_ in MUST_HIT:
    assert RX.search(s_) and RX.search(re.sub(r"\s+", "", s_)), s_
for s_ in MUST_MISS:
    assert not RX.search(s_) and not RX.search(re.sub(r"\s+", "", s_)), s_


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for k, (name, *_r) in D.items():
        if k not in DOCPDF:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in DOCPDF}, {k: (D[k][0], D[k][0].rsplit(".", 1)[1]) for k in DOCPDF}, OUT,
          wrap_words=True)
    covered = set()
    for k, (name, lang, cat, t, x, design, tco) in D.items():
        rules = derive(t, x, tco)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(t, x, tco) if tco else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        print("%s %s n=%d risk=%s tco=%s rules=%s" % (k, name, n, risk(rules),
                                                       None if share is None else round(share, 2), rules))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(D[k][5]) for k in D}
    assert [k for k in D if mix[k] == 0 and D[k][1] == "zh"] == ["z01"] and [k for k in D if mix[k] == 0] == ["z01", "e03"]
    assert D["e01"][5] == ["CR-GOVERNING-LAW"] and 8 <= mix["z05"] <= 10
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
