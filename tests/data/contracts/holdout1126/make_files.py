"""holdout1126: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, rule derivation vs design, coverage, no threshold values or figures).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:统计数据直报平台软件许可及定制开发合同
P:合同编号：TJJ-ZB-2027-018　　采购方式：公开招标　　资金来源：财政预算资金
P:甲方（采购人）：某市统计局
P:乙方（供应商）：江苏数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方就统计数据直报平台软件许可及定制开发事宜，经平等协商，订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计数据直报平台软件（含企业填报端、统计审核端、汇总分析端及移动填报端）的永久使用许可，许可范围为甲方及所辖各区县统计机构，不限用户数和安装节点数。
P:1.2 乙方按甲方需求完成定制开发，包括：企业一套表联网直报适配、名录库比对接口、数据质量核查规则引擎、统计执法线索推送接口、与市政务数据共享交换平台的对接及领导驾驶舱，具体以附件1需求规格说明书为准。
P:1.3 乙方负责系统部署、2019年以来历史调查数据的迁移、联调测试，并对甲方及区县统计人员进行培训，培训不少于三期。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾柒万元整（¥1,970,000.00），其中：软件许可费1,180,000元；定制开发费624,000元；部署与数据迁移费138,000元；培训费28,000元。
P:2.2 合同总价为固定总价，已包含税费、差旅、食宿及乙方完成本项目所需的其他全部费用。除甲方书面确认的需求变更外，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额银行保函的，甲方于十个工作日内支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初验后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 每期付款前乙方应开具合法有效的发票；甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署、定制开发及数据迁移，并书面提交初验申请。
P:4.2 初验通过后系统进入试运行，试运行期为六十日。试运行期间乙方应派驻不少于两名工程师现场值守。
P:4.3 乙方应按甲方批准的实施方案组织实施，重大调整须事先取得甲方书面同意。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、存在问题及风险，甲方有权随时检查项目进展。
H:第五条 验收
P:5.1 初验标准：附件1所列功能全部实现；迁移数据与原系统逐表核对一致，差异清单为零；500名用户并发填报时页面响应时间不超过3秒；各接口联调记录完整并经接口对方单位确认。
P:5.2 最终验收标准：试运行期间未发生一级故障；通过第三方测评机构的网络安全等级保护测评及商用密码应用安全性评估；源代码、设计文档、数据字典及操作手册已全部交付并经甲方核对。
P:5.3 甲方在收到乙方验收申请后二十个工作日内组织验收并出具书面验收报告。系统上线使用、试运行或甲方付款，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并重新提请验收，由此增加的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、适配调整及技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或企业无法上报数据）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一工作日内答复。
P:6.3 乙方未达到前款服务水平的，一级故障每超时1小时扣减500元，月可用率每低于约定值0.01个百分点扣减1,000元，上述款项从甲方应付款项中抵扣。
P:6.4 质保期满后，甲方需要继续维护服务的，年维护费不超过软件许可费的9%（即106,200元/年），且三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.5 统计年报、定报集中上报期间，乙方应安排专人驻场保障。
H:第七条 知识产权
P:7.1 乙方保证其提供的软件及服务不侵犯任何第三方的知识产权。平台软件本身的知识产权仍归乙方所有，甲方依本合同享有永久使用许可。
P:7.2 为本项目定制开发的程序、接口、核查规则、报表模板及相关文档，其知识产权归甲方所有。乙方应交付全部源代码，甲方可自行或委托第三方修改、使用和部署。
H:第八条 数据安全与数据归属
P:8.1 平台中的统计调查数据、名录库数据、调查对象信息及系统日志等全部数据归甲方所有，乙方仅为履行本合同之目的接触，不得用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护第三级的各项要求，远程运维须经甲方逐次审批并通过堡垒机进行，不得将任何数据复制或带离甲方环境，测试须使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:8.4 合同终止或维护服务结束时，乙方应将全部数据移交甲方，删除其可能持有的任何副本，并出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的统计资料、调查对象的商业信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权拒绝验收，并要求乙方赔偿损失。
P:10.3 因乙方原因导致甲方受到上级部门通报或行政处罚的，乙方应赔偿甲方由此遭受的全部损失。
P:10.4 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包与转包
P:11.1 本项目不允许分包，乙方不得以任何形式将合同义务转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同，乙方仍应支付违约金。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 项目人员与不可抗力
P:14.1 乙方项目经理及核心开发人员应与投标文件一致，更换须提前十日书面报甲方同意，替换人员的资历不得低于原人员。乙方人员进入甲方场所应遵守甲方的安全管理及考勤制度。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可据此协商延期履行或部分免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:15.1 本合同附件（需求规格说明书、投标报价明细、售后服务承诺书）为合同的组成部分，与正文具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

SRC["z02"] = """T:折弯机生产线控制系统改造合同
P:合同编号：MAS-ZW-2027-0426
P:甲方：马鞍山某电动折弯机制造有限公司
P:乙方：苏州锐控自动化系统有限公司
P:甲方拟对其一号、二号、三号折弯机装配及试机生产线的控制系统实施改造，乙方经甲方比选确定为供货及实施单位。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责供应三条生产线所需的数控系统控制器、伺服驱动、电液伺服比例阀组、传感器、工控机及触摸屏，并提供数控编程及产线监控软件许可。
P:1.2 乙方负责拆除原有控制柜、安装新设备、编写和调试PLC程序、建立折弯工艺数据库，并完成产线监控软件与甲方ERP系统的工单接口。
P:1.3 改造须分线分批进行，每条产线停产时间不超过十日，改造期间乙方应保证其余产线正常生产。
P:1.4 改造后的控制系统应兼容甲方现有的模具库和折弯程序格式，原有程序经转换后可直接调用。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零贰万元整（¥2,020,000.00），分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|折弯机数控系统控制器（含伺服驱动）|18套|52,000|936,000
TB:2|电液伺服比例阀组及传感器|18套|14,500|261,000
TB:3|产线工控机及触摸屏|6套|21,500|129,000
TB:4|数控编程及产线监控软件许可（永久）|1套|412,000|412,000
TB:|软硬件小计|||1,738,000
TB:5|安装、改造及调试|1项|264,000|264,000
TB:6|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||2,020,000
P:2.2 上述价格含设备费、软件许可费、运输、保险、安装调试、税费及乙方完成改造所需的全部费用。
P:2.3 因甲方需求变更增加的工作量，双方按投标报价中的人天单价另行结算。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 三条产线设备全部到货、安装调试完毕并经甲方签收后，甲方支付合同总价的55%。到货签收及安装调试完毕不视为验收合格。
P:3.3 改造项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方厂区，并于合同签订后一百日内完成三条产线的改造调试。
P:4.2 设备开箱时双方共同清点，数量、型号与合同不符或外观损坏的，乙方应在七日内更换或补足。
P:4.3 乙方应在每条产线改造前提交详细改造方案、停线计划及原控制系统的数据备份方案，经甲方书面确认后方可实施。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产二十日，验收标准为：折弯角度重复定位精度不超过±0.3度；单台设备节拍不低于改造前；试生产期间无因控制系统导致的停线；工单接口数据与ERP核对一致；安全光幕、急停等安全联锁功能测试合格。
P:5.2 三条产线均满足前款标准后，甲方组织最终验收并出具书面验收报告。设备安装、投入试生产或甲方付款，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新提请验收。
P:5.4 验收时乙方应提交设备合格证、出厂检验报告及软件许可证书。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修复和升级。
P:6.2 控制系统及产线监控软件的月可用率应不低于99.5%。
P:6.3 一级故障（整条产线停线）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障（单台设备停机）2小时内响应，48小时内修复。
P:6.4 乙方响应或修复超时的，每超时1小时向甲方支付800元；月可用率每低于约定值0.1个百分点，乙方支付2,000元。
P:6.5 质保期满后的维保服务，年维保费按软硬件小计的8%计取，即139,040元/年，三年内价格不变。维保范围包括定期巡检、备件更换、软件升级及一级故障现场支持。
P:6.6 质保期内乙方每季度到现场巡检一次，检查控制柜、伺服系统、传感器及软件运行日志，并提交书面巡检报告。
P:6.7 质保期内同一部件连续发生三次以上故障的，乙方应免费更换为新品。
H:第七条 知识产权
P:7.1 软件许可及控制器内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、折弯工艺数据库、ERP接口程序及相关源代码和文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 控制系统及监控软件中的生产数据、工艺参数、工单和设备运行记录归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应保持工控网络与办公网络隔离，远程维护须经甲方逐次批准并通过甲方指定的VPN通道进行，不得擅自拷贝数据。
P:8.4 乙方维护人员使用的移动存储介质须经甲方病毒查杀后方可接入控制系统。
P:8.3 发生数据泄露、篡改或病毒入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的产品图纸、工艺参数、客户订单及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方提供的设备为非原装、翻新或与投标型号不符的，甲方有权要求退换，乙方承担由此产生的全部费用。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十二条 合同的变更和解除
P:12.1 本合同的变更须经双方协商一致并签订书面补充协议。
P:12.2 因不可抗力致使合同目的不能实现，或不可抗力持续超过六十日的，任何一方均可书面通知对方解除合同。
P:12.3 合同解除后，双方按已完成的工作量进行结算。
H:第十三条 培训、技术资料与备件
P:13.1 乙方应为甲方操作人员和设备维护人员分别开展培训，每批不少于三日。培训后参训人员应能独立完成日常编程、参数调整、模具库维护及常见故障排除。
P:13.2 乙方应交付电气原理图、接线图、带注释的PLC程序、软件安装介质、操作手册及维护手册等技术资料各两套，并提供电子版。
P:13.3 乙方应随货提供常用易损备件一套，并承诺自最终验收之日起八年内持续供应备件，备件价格不高于本合同同类单价。
H:第十四条 安全生产与现场管理
P:14.1 乙方人员进入甲方厂区应遵守甲方安全生产及动火、登高作业管理制度，并自行为其人员投保意外伤害险。
P:14.2 改造期间乙方应做好现场防护和清理，拆除的旧控制柜及线缆按甲方指定地点堆放。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交马鞍山仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

SRC["z03"] = """预约与会员管理系统SaaS服务及实施合同

合同编号：MX-IT-2027-007

甲方：河南麦香面点教育科技连锁有限公司
乙方：杭州约课云科技有限公司

甲方在全国经营四十家面点培训门店，为统一课程预约、学员会员及储值管理，委托乙方提供预约与会员管理系统SaaS服务并完成实施。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）SaaS服务：乙方通过其云平台向甲方四十家门店提供课程排期与预约、学员档案、会员等级、储值与课时卡、微信小程序报名、门店业绩报表及总部驾驶舱等功能。
（二）实施服务：乙方负责系统初始化配置、四十家门店的课程与教室数据建档、原有会员及储值余额数据迁移、与甲方财务系统及微信支付的对接、门店店长及前台人员培训。
（三）服务期为两个服务年度：第一服务年度自系统上线验收合格之日起算，第二服务年度紧接第一服务年度。
（四）服务期内，乙方负责平台的日常运维、安全防护、数据备份（每日全量备份，备份保留不少于三十日）、版本升级及7×24小时故障受理。

二、合同价款
（一）SaaS服务费按门店数计收，每家门店每个服务年度11,200元，四十家门店每个服务年度合计448,000元，两个服务年度合计896,000元。
（二）实施费164,000元，为一次性费用。
（三）合同总价为人民币壹佰零陆万元整（¥1,060,000.00）。服务期内甲方新增门店的，按同一单价按月折算计费。

三、付款方式
（一）本合同签订后十个工作日内，甲方向乙方支付实施费164,000元及第一服务年度服务费448,000元，合计612,000元。乙方收到上述款项后启动实施。
（二）第二服务年度开始前十个工作日内，甲方支付第二服务年度服务费448,000元。
（三）乙方应于收款前开具等额增值税专用发票。

四、实施与上线验收
（一）乙方应在收到首期款项后六十日内完成全部四十家门店的上线。
（二）上线验收标准：
1. 需求确认书所列功能均已实现并经甲方测试通过；
2. 原有会员档案、课时及储值余额逐一核对一致，差异为零；
3. 与财务系统、微信支付的对账数据连续十日无差异；
4. 高峰时段（每日18:00—20:00）小程序预约页面响应时间不超过2秒；
5. 所有门店店长及前台人员已完成培训并通过操作考核。
（三）甲方在收到乙方上线验收申请后十个工作日内组织验收，并出具书面验收意见。系统上线运行不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收，整改期间不计入服务年度。
（五）验收合格后，乙方应向甲方移交系统配置说明、接口文档、管理员手册及门店操作手册。

五、服务水平
（一）平台月可用率不低于99.95%，计划内维护应安排在凌晨0:00—6:00并提前三日通知甲方。
（二）故障分级及响应：一级故障（全部门店无法预约或无法收款）30分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级问题在下一工作日内答复。
（三）服务补偿：月可用率低于约定值的，每低0.1个百分点，减免当月服务费的2%；一级故障恢复每超时1小时，减免当月服务费的1%；减免额从下一期服务费中扣除。

六、数据归属与数据安全
（一）甲方及其学员在平台中产生的会员信息、预约记录、交易流水等数据归甲方所有。
（二）乙方可对上述数据进行去标识化和汇总处理，用于乙方产品改进及发布行业经营分析报告，该等处理结果归乙方所有。
（三）乙方应按照《个人信息保护法》《数据安全法》的要求，采取加密存储、访问控制、操作日志留存及异地备份等措施，平台须通过网络安全等级保护第三级测评。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成甲方或学员损失的，乙方承担赔偿责任。
（五）服务期满或合同解除后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除平台上的甲方数据。
（六）乙方工作人员仅在处理甲方工单所必需的范围内、经甲方授权后访问甲方数据，所有访问均应留存日志，甲方可随时查询。
（七）平台服务器及备份均应位于中国境内，未经甲方书面同意，乙方不得向境外提供甲方数据。

七、保密
乙方对在履约中知悉的甲方课程体系、配方资料、经营数据及学员信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的页面、报表、对接程序及配置文档，知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

九、违约责任
（一）乙方未按约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条、第七条约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期付款的，乙方可书面催告，催告后二十日内仍未支付的，乙方可暂停服务。

十、双方的其他权利义务
（一）甲方应指定总部项目负责人一名及各门店联络人，按时提供门店、课程、教室及会员的基础数据，并对数据的真实性负责。
（二）甲方应按乙方提供的操作手册使用平台，妥善保管管理员账号及密码，门店人员离职时及时停用其账号。
（三）乙方应为甲方配备专属客户成功经理，每月提供一次服务报告，内容包括可用率、故障处理情况、工单统计及优化建议。
（四）乙方对平台进行版本升级的，应提前七日通知甲方；升级不得降低本合同约定的功能和服务水平，不得导致甲方数据丢失。
（五）服务期内甲方新开门店或关闭门店的，应提前三十日书面通知乙方，服务费按实际开通门店数及月份折算，多退少补。
（六）乙方应每季度对门店前台人员开展一次线上培训，对新开门店提供上线辅导，不另行收费。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同期满与解除
（一）服务期满，本合同终止，不自动续期。双方如需续约，应另行协商签订书面合同。
（二）乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（三）一级故障在一个服务年度内累计发生三次以上的，甲方有权解除合同。

十三、不可抗力
因地震、洪水、疫情管控等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。但因乙方未按约定进行数据备份造成的数据丢失，不属于不可抗力。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、其他
（一）双方的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（三）附件：需求确认书、门店清单、服务水平说明，附件与正文具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：2027年4月　日
"""

SRC["z04"] = """机关车库门禁及车辆管理系统年度运维服务合同

项目编号：ZJJ-CS-2026-031（竞争性磋商）
甲方（采购人）：某市住房和城乡建设局
乙方（成交供应商）：合肥安通智能工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方机关大院地下车库门禁及车辆管理系统年度运维服务事项，订立本合同。

第一条 服务范围
（一）运维对象：地下车库出入口道闸4套、车牌识别一体机8台、人脸识别门禁终端26台、车位引导及诱导屏系统1套、停车管理平台软件1套，以及上述设备的供电线路、网络交换设备和机房服务器，清单见附件1。
（二）服务内容：日常巡检、预防性保养、故障维修、软件及规则维护、车辆及人员授权数据维护、通行记录备份、季度设备检测、年度全面保养及系统运行分析报告。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）服务期开始前，乙方应与原运维单位完成交接，核对设备状态、账号权限及历史故障记录，形成交接清单经甲方确认。

第二条 服务费用及支付
（一）本合同年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000.00），包括人工、工具、常用易损件、交通及税费。单价超过2,000元的更换部件，经甲方确认后按响应文件报价另行结算。
（二）服务费按季度支付，每季度96,500元。每季度结束后，经甲方季度考核合格，甲方在收到发票后十个工作日内支付该季度服务费。
（三）季度考核扣减的金额，在当季服务费中直接扣除。

第三条 服务标准
（一）系统月可用率不低于99.95%（以停车管理平台及出入口道闸的正常运行时间计）。
（二）故障分级及时限：
1. 一级故障：出入口道闸全部无法通行、平台瘫痪或门禁全部失效。乙方应在30分钟内响应，2小时内到场，6小时内恢复；恢复前应安排人员现场疏导，保证车辆通行。
2. 二级故障：单个出入口或部分门禁终端失效。1小时内响应，8小时内修复。
3. 三级故障：车位引导显示异常等一般问题。下一工作日内处理完毕。
（三）乙方应每月巡检一次，每季度对全部设备进行一次检测，年度保养须在2027年11月30日前完成，并提交书面报告。
（四）乙方应安排一名驻场工程师于工作日8:00—18:00在岗，节假日安排专人值班并保持电话畅通。
（五）乙方应建立运维工单台账，每一故障从受理到关闭均应记录时间、处理人及处理结果，甲方可随时查阅。

第四条 考核与扣减
（一）乙方响应、到场或恢复超时的，每超时1小时扣减服务费300元；月可用率每低于约定值0.01个百分点扣减500元。
（二）甲方按附件2《运维服务考核细则》每季度考核一次，考核得分低于80分的，每低1分扣减当季服务费1,000元。
（三）一个季度内一级故障发生三次以上的，乙方应提交书面整改报告。

第五条 验收
（一）季度考核：甲方依据巡检记录、工单记录、系统日志及考核细则进行，结果作为支付当季服务费的依据。
（二）年度服务验收：服务期满前，甲方依据以下标准组织验收：全年巡检及保养记录齐全；全部故障工单闭环；设备及平台运行正常，授权数据与甲方人员、车辆台账一致；通行记录完整备份；运维文档及账号已移交甲方。验收结果以书面形式确认。
（三）年度服务验收不合格的，乙方应在十日内整改，整改完成前甲方可暂缓支付第四季度服务费。

第六条 数据安全
（一）系统内的车辆及人员信息、车牌和人脸图像、通行记录等数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）乙方应落实以下安全措施：运维账号实名并按最小权限分配；远程维护须经甲方逐次审批；人脸图像不得导出至甲方网络以外；运维终端安装甲方指定的安全软件；通行记录每周备份一次。
（三）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）服务期满，乙方应交回全部账号权限，并删除其运维终端上留存的甲方数据，出具书面确认。

第七条 运维人员与备品备件
（一）乙方驻场工程师应具备弱电系统运维经验和电工作业证书，名单及证书复印件在服务期开始前报甲方备案。更换驻场人员须提前五个工作日通知甲方并做好交接，一个服务期内更换不得超过两次。
（二）乙方人员应遵守甲方机关的出入管理、安全保卫和消防管理规定，着统一工装并佩戴工作证件。
（三）乙方应在甲方机房常备道闸电机、控制板、车牌识别相机及门禁读卡模块等关键备件，保证一级故障时可即时更换。备件清单每季度更新并报甲方。
（四）甲方应为乙方驻场人员提供必要的工作场所和网络条件，及时确认乙方提交的维修方案和部件更换申请。

第八条 应急保障与运行分析
（一）甲方举办重要会议、接待或遇恶劣天气时，乙方应按甲方通知安排不少于两名人员现场保障，并提前完成相关设备的专项检查。
（二）乙方应制定道闸断电、平台宕机及网络中断情况下的应急预案，每半年组织一次应急演练，演练记录报甲方存档。
（三）乙方应每季度提交系统运行分析报告，内容包括设备故障统计、通行数据分析、隐患排查及改进建议；对已停产或老化严重的设备，应提出更新建议及预算估算，供甲方编制下一年度预算参考。

第九条 分包
乙方可将道闸机械维修、线缆敷设等辅助性工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包工作承担全部责任。

第十条 知识产权
乙方在服务中形成的巡检报告、配置文档、运行分析报告等成果归甲方所有。乙方保证其使用的工具软件不侵犯第三方权利。

第十一条 违约责任
（一）乙方未按期完成季度检测、年度保养或甲方书面通知的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条约定的，应赔偿甲方由此造成的全部损失。
（三）因乙方维护不当导致车辆或人员受损的，由乙方承担赔偿责任。
（四）甲方无正当理由逾期支付服务费的，应承担相应的违约责任。

第十二条 合同解除
（一）乙方严重违约，经甲方书面通知后七日内未改正的，甲方有权解除合同，并按实际服务月份结算服务费。
（二）连续两个季度考核得分低于70分的，甲方有权解除合同。
（三）合同解除或服务期满时，乙方应在十日内完成交接，协助甲方或新的服务单位接管系统。

第十三条 服务期满
服务期满本合同自然终止，不自动续期。甲方下一年度的运维服务另行组织采购。

第十四条 不可抗力
因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件、成交通知书及附件1《运维设备清单》、附件2《运维服务考核细则》均为本合同组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
日期：2026年12月　日
"""

SRC["z05"] = """# 匠心云工艺流程追踪软件许可及定制开发合同

**（乙方标准合同文本 JXY-HT-03）**

合同编号：JXY-2027-0315

甲方（买方）：蔚县某剪纸文化创意有限公司

乙方（卖方）：石家庄匠心云软件有限公司

甲方因剪纸工坊生产管理需要，向乙方购买“匠心云工艺流程追踪软件”使用许可并委托乙方进行定制开发。双方经协商，同意按照本合同条款执行。

## 第一条 合同标的

1.1 乙方向甲方提供匠心云工艺流程追踪软件标准版的使用许可，功能包括订单登记、画稿与刻版管理、染色及装裱工序报工、半成品流转扫码、质检记录和库存管理，许可用户数为六十个。

1.2 乙方按甲方需求进行定制开发，包括：非遗作品溯源证书生成、电商平台订单同步接口、工坊计件工资报表及手机端报工小程序。

1.3 乙方负责软件安装部署、基础数据初始化及甲方管理人员的操作培训。

1.4 乙方提供的软件为标准化产品，其功能以乙方产品功能清单为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪软件标准版许可（永久） | 520,000 |
| 2 | 定制开发（溯源证书、订单接口、计件报表、小程序） | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 44,000 |
| | 合计 | 660,000 |

合同总金额为人民币陆拾陆万元整（¥660,000.00）。上述金额含增值税，不含甲方服务器、数据库及网络设备费用，也不含免费维护期满后的维护费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总金额的65%，即429,000元。乙方在收到该笔款项后开始实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即231,000元。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，由此导致的工期延误由甲方负责。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方应在收到首期款后七十日内完成软件部署和定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供服务器、网络环境及基础数据，甲方准备不足导致延误的，交付期限相应顺延。

4.3 乙方交付的内容包括：软件安装介质、许可授权文件、定制功能的可执行程序、用户操作手册及管理员手册。定制功能的源代码不属于交付内容。

4.4 需求变更：甲方在定制开发过程中提出新增或修改需求的，乙方将评估工作量并另行报价，经双方确认后实施，交付期限相应顺延。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后七日内以书面形式提出，逾期未提出的，视为甲方对交付成果无异议。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，内容为软件缺陷修复及远程技术支持。

6.2 技术支持以电话、微信及远程桌面方式在乙方工作日的工作时间内提供，乙方将尽力及时解决甲方提出的问题。现场服务需另行收费。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年维护费按软件许可费的25%计收，即130,000元/年。

6.4 甲方自行修改软件、自行更换服务器或操作系统引起的问题，不属于维护范围。

6.5 年度维护合同的服务内容包括：标准版升级补丁、远程技术支持及每年一次系统健康检查。定制功能的修改、二次开发、数据修复及现场服务，按乙方人天单价另行收费。

6.6 甲方未签订年度维护合同的，乙方不再提供任何技术支持和升级服务；甲方日后恢复维护服务的，应补缴中断期间的维护费。

## 第七条 许可范围与使用限制

7.1 软件许可为永久许可，仅限甲方在其蔚县工坊及自营门店内部使用，许可用户数超过六十个的，甲方应按乙方届时的产品报价购买增加的用户许可。

7.2 甲方不得将软件出租、出借、转授权或用于为第三方提供服务，不得删除软件中的权利声明。

7.3 甲方服务器及操作系统应符合乙方《部署环境要求》，服务器、数据库软件及网络设备由甲方自行采购，不包含在本合同金额内。

7.4 乙方发布的标准版升级补丁，在免费维护期内免费提供；涉及定制功能的适配工作另行收费。

## 第八条 双方责任

8.1 甲方应指定项目联系人，配合乙方完成需求调研、数据整理和测试，及时提供工序编码、员工名单、作品分类等基础资料，并对资料的准确性负责。

8.2 甲方应组织工坊管理人员及各工序班组长参加乙方安排的培训，培训地点由甲方提供，培训时间不超过三日。

8.3 乙方应按本合同约定完成软件部署和定制开发，保证交付的软件在正常使用条件下能够运行其产品说明中列明的功能。

8.4 乙方保证其提供的软件不侵犯第三方的知识产权；如发生侵权纠纷，由乙方负责处理。

## 第九条 知识产权

9.1 本合同项下软件及乙方为甲方定制开发的全部成果（包括源代码、接口程序、报表模板、小程序及相关文档）的知识产权归乙方所有。

9.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或向第三方提供。

9.3 甲方如需取得定制功能的源代码，应另行协商并支付源代码授权费。

## 第十条 数据安全

10.1 甲方在系统中录入和产生的订单、作品、工序及员工计件数据归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方在实施和远程维护中应使用甲方分配的账号，采取访问控制、操作留痕等安全措施，不得擅自复制甲方数据。

10.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应及时通知甲方，采取补救措施并承担相应赔偿责任。

## 第十一条 保密

双方对在合作中获知的对方商业秘密、技术资料及作品图样负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后两年。

## 第十二条 违约责任

12.1 乙方未按约定期限交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金累计不超过合同总金额的5%。

12.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

12.3 任何一方不承担对方的间接损失、利润损失或商誉损失。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面催告后二十日内仍未改正的，守约方有权解除本合同。

13.2 合同解除前乙方已完成的工作，甲方应按实际完成的工作量支付费用。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方。不可抗力包括地震、洪水、火灾、疫情及政府行为等。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方发布的产品说明及服务规范为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.3 双方往来通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱。任何一方变更联系方式的，应提前三日通知对方。

16.4 双方均不得向对方工作人员提供任何形式的回扣、礼金或其他不正当利益。

16.5 附件：产品功能清单、定制开发需求说明、部署环境要求。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　月　日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. HVS-CN-2027-044
P:This Agreement is made between Changzhou Jinlun Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Holme Valley Systems Limited, a company registered in England with its office at Huddersfield Road, Holmfirth, West Yorkshire, United Kingdom (the "Vendor").
P:The Buyer manufactures brake and steering components for vehicle makers and wishes to replace its paper-based quality records with the Vendor's quality management software. The Vendor has agreed to license that software on a perpetual basis and to configure, extend and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrack quality management suite, version 9, comprising the modules for document control, supplier quality, incoming inspection, non-conformance and corrective action (8D), measurement system analysis, statistical process control and audit management, in object code.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including the PPAP and APQP workflow extensions, the interfaces to the Buyer's ERP and MES systems, the gauge data collectors, reports, scripts, configuration sets and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including inspection results, supplier records, customer complaints and personal information of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 350 named users at the Buyer's sites in Changzhou and Wuhu, including use by the Buyer's contractors working on the Buyer's behalf.
P:2.2 The Vendor shall provide the implementation services described in Annex 1: requirements confirmation, installation on the Buyer's own servers, configuration, development of the Custom Deliverables, migration of inspection records from 2021 onwards, user acceptance testing support, go-live support and training of key users and administrators.
P:2.3 The Vendor shall deliver the services through a named project manager and a team whose members are listed in Annex 2. Any change of the project manager requires the Buyer's prior agreement.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,808,000, consisting of the licence fee of CNY 1,360,000, implementation fees of CNY 412,000 and training fees of CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:3.2 The Buyer shall pay the Contract Price as follows: 20% within 30 days after signature of this Agreement, against the Vendor's invoice; 45% within 30 days after the Buyer signs the Go-Live Readiness Certificate; and 35% within 30 days after Final Acceptance.
P:3.3 The Go-Live Readiness Certificate confirms only that user acceptance testing has been completed and that the Buyer agrees to start production use. It is not acceptance of the Software or the Custom Deliverables.
P:3.4 Payments shall be made in CNY to the bank account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 4 Timetable and Delay
P:4.1 The Vendor shall achieve go-live within 120 days after signature and shall offer the system for Final Acceptance within 60 days after go-live.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The acceptance criteria are set out in Annex 3 and include at least: all functions in the confirmed requirements specification working as specified; migrated inspection records reconciled with the source files, with every difference explained and corrected; the ERP and MES interfaces exchanging data without error for ten consecutive working days; SPC charts and capability indices matching reference calculations; and response times below two seconds with 120 concurrent users.
P:5.2 Production use may start before Final Acceptance. Installation, production use and payment do not by themselves constitute acceptance.
P:5.3 When the criteria are met over a stabilisation period of 30 days without a Priority 1 incident, the Buyer shall issue a written Final Acceptance certificate within ten working days. If the criteria are not met, the Vendor shall correct the defects at its own cost and offer the system again.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the requirements specification for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide new releases and support free of charge.
P:6.2 Support levels: for a Priority 1 incident (the system or a production-critical module is unavailable), the Vendor shall respond within one hour and provide a workaround within eight hours, working around the clock until restored; for a Priority 2 incident, the Vendor shall respond within two hours and resolve it within two working days; Priority 3 requests are answered within one working day.
P:6.3 For each full hour by which the Vendor misses a Priority 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000 against any amount payable under this Agreement or the support agreement.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the licence fee, being CNY 149,600 per year, and shall not increase during the first three support years. Thereafter any increase shall not exceed the change in the China consumer price index for the previous year. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall indemnify the Buyer against any such claim.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code with each release. The Buyer may use, modify and license the Custom Deliverables freely, including through third-party developers.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, whether or not anonymised or aggregated.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway with individual accounts and multi-factor authentication, after approval of each session by the Buyer. The Vendor shall not copy Buyer Data outside the Buyer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within six hours of becoming aware of it, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, customer requirements and pricing, and shall use it only for this Agreement. This obligation survives termination for five years.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except where caused by wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.
P:12.2 The Buyer may also terminate by written notice if the delay damages under Article 4.2 reach their maximum.
P:12.3 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the Buyer shall keep its licence and all Custom Deliverables delivered to date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language shall be English.
H:Article 14 General
P:14.1 This Agreement, with its Annexes (Annex 1 Statement of Work, Annex 2 Project Team, Annex 3 Acceptance Criteria), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party shall be liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects.
P:14.3 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
P:Date: ____________________
"""

SRC["e02"] = """# Order Form and General Terms — FieldLoop Service Management

Order Form No. CWS-OF-27-0193

## Part A — Order Form

### A1 Parties

- **Vendor:** Calder Works Software Ltd, Market Street, Hebden Bridge, West Yorkshire, United Kingdom.
- **Customer:** Hangzhou Xinsheng Elevator Maintenance Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, People's Republic of China.

The Customer maintains lifts and escalators in residential and commercial buildings across Zhejiang and orders the FieldLoop platform to schedule its technicians, record inspections and manage spare parts.

### A2 Subscribed Service and Term

- **Service:** FieldLoop Service Management, Enterprise edition, including work-order dispatch, the technician mobile app, maintenance planning by equipment register, inspection checklists with photo evidence, spare-parts inventory, customer portal and the analytics dashboard.
- **Users:** 260 technician and supervisor users; 20 back-office users included at no charge.
- **Hosting:** the Vendor's production tenant in the Alibaba Cloud Shanghai region; backups in the Hangzhou region.
- **Initial Term:** 36 months, made up of three Subscription Years. The first Subscription Year begins on the Service Start Date, which is the date of Onboarding Acceptance under Section 4 of Part B.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 260 users x CNY 1,800 | 468,000 |
| Subscription Fee, Subscription Year 2 | 260 users x CNY 1,800 | 468,000 |
| Subscription Fee, Subscription Year 3 | 260 users x CNY 1,800 | 468,000 |
| Onboarding Services (one-off) | fixed price | 92,000 |
| **Total for the Initial Term** | | **1,496,000** |

Additional users may be added at any time at the same annual rate, pro rata to the end of the current Subscription Year. All amounts include VAT.

### A4 Invoicing and Payment

- The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
- The Onboarding Services fee is invoiced after Onboarding Acceptance and is payable within 30 days of the invoice.
- No amount is payable on signature.

### A5 Onboarding

The Vendor will deliver the Onboarding Services described in Section 4 of Part B within 75 days after signature of this Order Form. The Customer's project lead is the Head of Maintenance Operations; the Vendor's is its named Customer Success Manager.

### A6 Signatures

This Order Form incorporates the General Terms in Part B. If the two conflict, this Order Form prevails.

For the Customer: ____________________   For the Vendor: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, including equipment registers, work orders, inspection records, photos, customer contact details and technician location data.

1.2 "Configurations" means the workflows, checklists, forms, reports, dashboards and integration mappings the Vendor builds for the Customer during onboarding or later at the Customer's request.

1.3 "Incident" means a failure of the Service to operate in accordance with its documentation.

### 2. Service

2.1 The Vendor shall provide the Service for the Term in accordance with its documentation and these General Terms, and shall not materially reduce its functionality during the Term.

2.2 The Vendor may release updates and new features. It shall give the Customer at least 14 days' notice of any change that affects the user interface of the technician mobile app.

### 3. Service Levels

3.1 The Service shall be available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified five days in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 Incident priorities and response times:

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| P1 | Service unavailable, or dispatch or mobile app unusable for all users | 1 hour | 6 hours |
| P2 | A major function unavailable for some users | 2 hours | 1 business day |
| P3 | Other faults and questions | 1 business day | next release |

3.3 If monthly availability falls below the committed level, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.5 percentage point (or part) below it, up to half of that monthly amount. If a P1 response time is missed, the Customer receives a credit of CNY 1,500 for each hour of delay. Credits are deducted from the next invoice.

### 4. Onboarding and Acceptance

4.1 Onboarding Services comprise: configuration of the Service to the Customer's maintenance processes; migration of the equipment register for about 9,800 lifts and escalators and of open work orders; integration with the Customer's finance system for parts costs; set-up of the customer portal; and training of supervisors and technician trainers.

4.2 Onboarding Acceptance requires: every confirmed configuration item tested and passed; migrated equipment records reconciled with the source register without unexplained differences; the finance integration running for ten working days without error; the mobile app working offline and synchronising correctly on the Customer's standard handsets; and training completed. The Customer confirms acceptance in writing within seven working days after the Vendor's notice of readiness.

4.3 If Onboarding Acceptance is delayed beyond the date in A5 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 1,200 for each day of delay.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor shall use it only to provide the Service to the Customer and shall not use it for any other purpose.

5.2 The Vendor shall keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access control and logged administrative access, maintain ISO/IEC 27001 certification and an MLPS level 3 filing for the production environment, and comply with the PRC Personal Information Protection Law and Data Security Law.

5.3 The Vendor shall notify the Customer within eight hours of becoming aware of any security incident affecting Customer Data, take immediate remedial action and compensate the Customer for losses resulting from the Vendor's failure to comply with this Section.

5.4 On expiry or termination the Vendor shall make all Customer Data available for export in a standard format for 30 days and shall then delete it and confirm deletion in writing.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party, use it only for the purposes of this agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three years after the end of the Term.

### 7. Intellectual Property

7.1 The Vendor owns the Service and all its underlying software.

7.2 Configurations made for the Customer belong to the Customer. The Customer may use, modify and have them modified by third parties, and the Vendor shall export them on request.

### 8. Liability

8.1 Except for breach of Sections 5 and 6, the Vendor's total aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the nine months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss.

### 9. Subcontracting

The Vendor uses Alibaba Cloud for hosting, which the Customer approves by signing the Order Form. Any other subcontracting of the Service or the Onboarding Services requires the Customer's prior written consent.

### 10. Term, Renewal and Termination

10.1 After the Initial Term this agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

10.2 The Vendor may increase the Subscription Fee for any renewal term by up to 9% by giving notice before the renewal date.

10.3 Either party may terminate this agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund prepaid fees for the remainder of the Subscription Year.

### 11. Customer Responsibilities

11.1 The Customer shall keep its user credentials secure, ensure that its users comply with the documentation, and provide the equipment register, open work orders and finance system access that the Vendor reasonably needs for onboarding.

11.2 The Customer is responsible for the accuracy of the data it enters and for obtaining any consents its technicians and customers must give for location tracking and photographs. The Vendor shall provide consent templates and privacy notices for the mobile app on request.

### 12. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 13. General

Notices must be in writing and sent to the addresses in A1 or to the email addresses the parties designate. Neither party may assign this agreement without the other's consent. This agreement is made in English and Chinese; both versions are equally authentic.
"""

SRC["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HY-EQ-2027-112
P:Buyer: Dongguan Huayue Paper Co., Ltd., Machong Town, Dongguan, Guangdong Province, People's Republic of China.
P:Supplier: Calder Vale Sensing Ltd, Burnley Road, Todmorden, West Yorkshire, United Kingdom.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates two paper machines and a stock preparation line and wishes to monitor the condition of their rotating equipment continuously. The Supplier has offered wireless vibration and temperature sensors, gateways and its monitoring software, together with installation and training, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including the analytics server, the alarm module and the web client, licensed under clause 9.
P:1.3 "Custom Work" means the asset hierarchy, alarm rules, dashboards, the interface to the Buyer's distributed control system and maintenance management system, and all scripts and documents the Supplier prepares for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission them on 240 measurement points on the dryer sections, press sections, refiners, pumps and fans of the Buyer's mill, configure the Custom Work and train the Buyer's staff.
P:2.2 The Contract Price is CNY 2,364,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|240|5,600|1,344,000
TB:2|Industrial wireless gateway with PoE power and enclosure|24|18,500|444,000
TB:3|MachineWatch software, perpetual licence, 300 points, unlimited users|1|386,000|386,000
TB:|Equipment and Software Subtotal|||2,174,000
TB:4|Installation, commissioning and Custom Work|1 lot|168,000|168,000
TB:5|Training of operators, reliability engineers and administrators|1 lot|22,000|22,000
TB:|Contract Price|||2,364,000
P:2.3 The Contract Price is fixed. It includes VAT, duties, delivery to the Buyer's mill, insurance, installation materials, travel and all other costs of the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:3.4 Each payment is due within 30 days after the Buyer receives a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 70 days after signature and complete installation within 40 days after delivery, working during the Buyer's planned shutdowns where access to a machine requires it.
P:4.2 If the Supplier fails to deliver or to complete installation on time for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier's personnel on site shall follow the Buyer's safety rules, including lock-out procedures, permits for work at height and hot work, and the instructions of the Buyer's shift supervisors.
H:5. Acceptance
P:5.1 After installation the system shall run for 45 consecutive days. The acceptance criteria are: every measurement point online and reporting at the configured interval, with no gap longer than one hour at any point during the run; vibration readings within ±5% of a calibrated reference instrument on a sample of 24 points chosen by the Buyer; alarms reaching the control room and the maintenance management system within one minute in tests; and the Custom Work delivered with its documentation.
P:5.2 Delivery, installation, operation of the system or payment do not by themselves mean that the Buyer has accepted the Equipment, the Software or the Custom Work.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within ten working days. If any criterion is not met, the Supplier shall remedy the defect at its own cost and repeat the affected tests.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software fixes, updates and support at no charge.
P:6.2 For a Severity 1 fault (loss of monitoring for a whole paper machine or for the alarm function), the Supplier shall respond within 30 minutes, provide remote diagnosis within two hours and restore monitoring within 24 hours, if necessary by attending the mill. Severity 2 faults are answered within two hours and fixed within three working days.
P:6.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, deductible from any amount due.
P:6.4 After the warranty period the Buyer may order support for a further two years at an annual fee of 7.5% of the Equipment and Software Subtotal, that is CNY 163,050 per year, which is fixed. Support is ordered by purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in Guangdong throughout the warranty period and shall supply spare parts for at least eight years after Final Acceptance.
P:6.6 During the warranty period the Supplier shall visit the mill twice a year to check sensor mounting, battery status and gateway signal strength, review the alarm thresholds with the Buyer's reliability engineers and report its findings in writing.
H:7. Training and Documentation
P:7.1 The Supplier shall train up to 30 operators, 8 reliability engineers and 4 administrators at the Buyer's mill. Training covers reading trends and spectra, acknowledging and escalating alarms, adding measurement points, replacing batteries and administering the Software. The Supplier shall provide training materials in Chinese.
P:7.2 Before Final Acceptance the Supplier shall deliver, in Chinese and English, the installation records with photographs of every mounting point, the network and wiring drawings, the administrator and user manuals, and the backup and restore procedure for the Software.
H:8. Intellectual Property
P:8.1 All rights in the Custom Work belong to the Buyer from creation. The Supplier shall hand over the source files, alarm rule sets and interface code, and the Buyer may use, change and license them without restriction.
P:8.2 Rights in the Software and in the firmware of the Equipment remain with the Supplier.
H:9. Licence
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the Buyer's mills, including any future expansion up to 300 measurement points, and to make backup copies.
H:10. Data and Security
P:10.1 All machine data, measurements, alarms and reports produced by the Equipment and the Software belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The system shall run in the Buyer's own network. Remote access by the Supplier is allowed only through the Buyer's jump server, for each session approved by the Buyer, with individual accounts and logging. The Supplier shall not transfer data out of the Buyer's network.
P:10.3 The Supplier shall notify the Buyer within two hours of any security incident it discovers affecting the system, assist in containment and bear the losses caused by its breach of this clause 10.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's production, process settings, equipment and business that it receives under this Contract, and shall not disclose it to third parties without the Buyer's written consent. This obligation survives the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum under clause 4.2.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be settled by negotiation and, failing that, by the people's court having jurisdiction over the place where the Buyer is domiciled.
H:16. General
P:16.1 This Contract is signed in English and Chinese, both equally valid. Annex 1 (Technical Specification) and Annex 2 (Measurement Point List) form part of it.
P:16.2 Amendments are valid only in writing signed by both parties. Neither party may assign this Contract without the other party's written consent, except that the Buyer may assign it to an affiliate that operates the mill.
P:16.3 A party prevented from performing by force majeure shall notify the other party promptly, provide evidence and take reasonable steps to limit the effects; time for performance is extended accordingly.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement reference:** IMS-TJ-2027-06

**Customer:** Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., Tianjin Port Free Trade Zone, Tianjin, People's Republic of China.

**Provider:** Ivanhoe Managed IT Ltd, Market Street, Ashby-de-la-Zouch, Leicestershire, United Kingdom, acting through its Tianjin branch office.

**Background.** The Customer runs six temperature-controlled warehouses and a head office in Tianjin. Its warehouse management system, handheld scanners and cold-room monitoring depend on its own network and servers. The Customer wishes to outsource the day-to-day operation of that infrastructure and its IT service desk to the Provider for 36 months.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2 for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date of Transition Acceptance under Section 3.

1.3 "Customer Data" means all data held on or passing through the systems the Provider operates for the Customer, including warehouse, inventory, customer and employee data.

1.4 "Deliverables" means the runbooks, network diagrams, configuration baselines, asset register, reports and scripts produced by the Provider under this Agreement.

## Section 2 — Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of that period. The parties may extend it by written agreement at the charges then in force under Schedule 3; there is no automatic renewal.

## Section 3 — Transition

3.1 The Provider shall complete the transition within 60 days after signature. Transition includes discovery and documentation of all in-scope devices, installation of monitoring tools, knowledge transfer from the Customer's current contractor, set-up of the service desk and ticketing tool, and preparation of runbooks for every warehouse.

3.2 Transition Acceptance requires: an asset register reconciled with a physical check at every site; monitoring of every in-scope device confirmed by test alerts; runbooks approved by the Customer's IT manager; the service desk tested with 50 sample tickets; and a successful failover test of the warehouse management system servers. The Customer shall confirm Transition Acceptance in writing within five working days after the Provider shows that the criteria are met.

3.3 If Transition Acceptance is delayed beyond the date in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

## Section 4 — Service Delivery

4.1 The Provider shall deliver the Services with suitably qualified staff, including a resident service manager in Tianjin and at least two field engineers able to reach any of the Customer's sites within the times in Schedule 2.

4.2 The Provider shall hold a monthly service review with the Customer, present a service report covering availability, incidents, changes, problems and capacity, and agree improvement actions.

4.3 Changes to the Customer's infrastructure shall follow the change procedure in the runbooks. Emergency changes may be made to restore service but shall be reported to the Customer on the same day.

4.4 For every Priority 1 incident the Provider shall deliver a root-cause report within five working days, setting out the cause, the actions taken and the measures proposed to prevent recurrence. Recurring Priority 2 incidents on the same device or site shall be handled as a problem record and reviewed at the monthly service review until closed.

## Section 5 — Customer Responsibilities

5.1 The Customer shall give the Provider's staff safe access to its sites, rack space and power for monitoring equipment, and the administrative accounts the Provider needs, and shall name an IT manager as the Provider's single point of contact.

5.2 The Customer remains responsible for its software licences, for its third-party application vendors and for decisions on budget and procurement of replacement hardware. The Provider shall recommend replacements in good time where devices reach the end of their supported life.

## Section 6 — Charges and Payment

6.1 The charges are set out in Schedule 3. The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced quarterly in arrears.

6.2 The Customer shall pay each correct VAT invoice within 30 days after receipt. Service credits under Schedule 2 are deducted from the next invoice.

6.3 The charges are fixed for the Term. Additional devices or sites may be added by change order at the unit rates in Schedule 3.

## Section 7 — Intellectual Property

7.1 The Deliverables belong to the Customer. The Provider shall keep them up to date and hand them over at any time on request and at the end of the Term. The Customer may use and modify them and give them to any successor provider.

7.2 Tools and software that the Provider uses to deliver the Services remain the Provider's property.

## Section 8 — Customer Data

8.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and for no other purpose.

8.2 At the end of the Term the Provider shall return all Customer Data in its possession to the Customer.

## Section 9 — Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Agreement, including the Customer's customer lists, pricing, warehouse layouts and system passwords, and shall not disclose it to any third party without prior written consent, except to its employees and professional advisers who need to know it and are bound by equivalent obligations.

9.2 This Section survives termination for three years.

## Section 10 — Personnel and Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

10.2 The Provider's staff shall comply with the Customer's site rules, including cold-store safety and protective clothing rules.

## Section 11 — Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Term. The limit does not apply to personal injury, fraud or wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit.

## Section 12 — Termination and Exit

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 The Customer may also terminate by written notice if the Provider fails a critical service level in Schedule 2 in three consecutive months.

12.3 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a successor provider for up to 60 days at the rates in Schedule 3, hand over all Deliverables and credentials, and continue to deliver the Services without degradation during the exit period.

## Section 13 — Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 420 users | 24 x 7 |
| Network management | Core, distribution and access switches, firewalls and warehouse Wi-Fi at six sites and the head office | 24 x 7 monitoring |
| Server and storage operations | Warehouse management system servers, virtualisation hosts, storage arrays and backup | 24 x 7 monitoring |
| End-user devices | Desktops, laptops, label printers and 380 handheld scanners, including imaging and break-fix | 07:00-22:00, seven days |
| Cold-room monitoring gateways | Connectivity and operation of temperature data gateways | 24 x 7 monitoring |
| Backup and restore | Daily backups, monthly restore tests, quarterly disaster recovery test | As scheduled |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of core network and warehouse management system infrastructure | 99.95% per month | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| Priority 1 incident response (site or warehouse management system down) | 30 minutes | CNY 1,000 per hour late |
| Priority 1 restoration | 6 hours | CNY 2,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 500 per hour late |
| Average service desk answer time | 60 seconds per month | 1% of the Monthly Service Charge |

Total service credits in any month shall not exceed 20% of the Monthly Service Charge. The availability and Priority 1 measures are critical service levels.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-off, after Transition Acceptance | 124,000 |
| Monthly Service Charge | CNY 58,000 per month for 36 months | 2,088,000 |
| **Total charges over the Term** | | **2,212,000** |
| Additional warehouse site | per month | 6,200 |
| Additional end-user device | per device per month | 45 |
| Exit support beyond scope | per engineer day | 2,800 |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
MARKET PRICE DATA AND API SERVICE

Agreement No. WVD-QD-2027-021

Between:
Qingdao Haiyue Food Import & Export Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer"); and
Wreake Valley Data Ltd, Burton Street, Melton Mowbray, Leicestershire, United Kingdom (the "Provider").

The Customer imports dairy, meat and bakery ingredients into China and needs reliable daily price and supply data from the main exporting markets to plan purchasing and hedge its contracts. The Provider compiles such data and offers it through an application programming interface. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the Provider's market price series, export volume statistics, tender results, shipping indices and related commentary made available through the Service.
1.2 "Service" means the Provider's PriceLine API, the web dashboard and the daily e-mail reports, as described in Schedule A.
1.3 "Subscription Year" means each period of one year starting on the Service Start Date or on an anniversary of it. The Term consists of two Subscription Years.
1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.
1.5 "Customer Data" means the product lists, supplier lists, query parameters, watch lists, uploaded purchase records and usage logs of the Customer held by the Provider.
1.6 "Custom Feeds" means the mapping tables, product code translations and customised data feeds that the Provider builds for the Customer.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, for the Term, a non-exclusive licence to access the Service and to use the Data within its own business, for up to 40 named dashboard users and up to 200,000 API calls per day.
2.2 The Customer may copy Data into its internal purchasing, planning and risk systems and include Data in internal reports. The Customer shall not resell the Data or publish it outside its group.
2.3 The Provider shall maintain the coverage described in Schedule A throughout the Term and shall give the Customer 60 days' notice before withdrawing any data series, together with a substitute of comparable quality where one exists.

3. FEES AND PAYMENT
3.1 The fees are:
    Subscription fee, Subscription Year 1 ........ CNY 346,000
    Subscription fee, Subscription Year 2 ........ CNY 346,000
    Integration services (one-off) ............... CNY 38,000
    Total for the Term ........................... CNY 730,000
3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration services fee is invoiced after Integration Acceptance. Each invoice is payable within 30 days.
3.3 The fees are fixed for the Term and include VAT and all data-source licence costs.

4. INTEGRATION AND ACCEPTANCE
4.1 The Provider shall, within 45 days after signature, connect the Service to the Customer's purchasing and risk systems, build the Custom Feeds for about 1,300 of the Customer's product codes, configure the dashboard and train the Customer's users.
4.2 Integration Acceptance requires: all Custom Feeds delivering data in the agreed format for ten consecutive business days; daily price series arriving by 08:00 China Standard Time on every business day of that period; a sample of 200 data points checked by the Customer against the original sources without unexplained differences; and dashboard and e-mail reports working for all named users.
4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the Provider shows that the criteria are met. If the criteria are not met, the Provider shall correct the defects and repeat the tests at no charge.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified three days in advance and carried out at weekends.
5.2 Daily price series shall be published by 08:00 China Standard Time on each business day.
5.3 Incident response:
    Priority 1 (API unavailable or daily data not published): response within 1 hour, restoration within 6 hours.
    Priority 2 (a data series missing or materially delayed): response within 2 hours, resolution within one business day.
    Priority 3 (other questions): response within one business day.
5.4 The Provider shall report each month on availability, publication times and incidents. If a service level is missed, the Provider shall investigate the cause, report it to the Customer and use reasonable efforts to prevent a recurrence. This is the Customer's sole remedy for missed service levels, without prejudice to its right to terminate under clause 11.

6. DATA QUALITY
6.1 The Provider shall compile the Data with reasonable skill and care from sources it believes to be reliable and shall correct any error notified by the Customer within two business days.
6.2 The Data is provided for information. The Customer remains responsible for its own purchasing and hedging decisions.
6.3 The Provider shall publish a methodology note for each price series, describing its sources, assessment method and publication calendar, and shall inform the Customer at least 30 days before any change in methodology that affects comparability with earlier data.
6.4 The Customer shall keep its API keys and user credentials secure, shall tell the Provider promptly of any suspected misuse, and shall designate a technical contact for the integration and for incident reports. The Provider may suspend a compromised key after informing the Customer, and shall issue a replacement key on the same business day.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Service to the Customer and shall not use it, in identifiable, aggregated or any other form, for any other purpose.
7.2 The Provider shall store Customer Data in mainland China, protect it by encryption, access control and logging, restrict access to staff who need it, and comply with the PRC Personal Information Protection Law and Data Security Law.
7.3 The Provider shall notify the Customer within twelve hours of any security incident affecting Customer Data, take remedial action and compensate the Customer for losses caused by the Provider's breach of this clause.
7.4 At the end of the Term the Provider shall return Customer Data and delete its copies within 30 days, confirming deletion in writing.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the non-public information of the other party, including the Customer's product lists, suppliers, volumes and contract prices, and shall use it only for this Agreement. This obligation continues for three years after the end of the Term.

9. INTELLECTUAL PROPERTY
9.1 The Provider and its sources own the Data and the Service.
9.2 The Custom Feeds belong to the Customer. The Customer may use, change and license them freely, and the Provider shall deliver them in a documented format on request and at the end of the Term.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Term. This limit does not apply to breach of clauses 7 and 8, fraud or wilful misconduct.
10.2 Neither party is liable for indirect loss, loss of profit or trading losses.

11. TERM AND TERMINATION
11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order signed by both parties.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this clause, the Provider shall refund the fees paid for the remainder of the Subscription Year.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract any part of the Service or the integration services without the Customer's prior written consent. Data sources from which the Provider licenses Data are not subcontractors.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao under its rules. The award is final.

14. GENERAL
14.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses designated by each party.
14.2 This Agreement is made in English and Chinese. Both versions have equal force.
14.3 Schedule A (Service Description and Data Coverage) forms part of this Agreement.

SCHEDULE A - SERVICE DESCRIPTION AND DATA COVERAGE
A1 Dairy: butter, whole and skim milk powder, whey powder, cheese and lactose prices for Oceania, the European Union, the United Kingdom and the United States, daily where traded and weekly otherwise, with global dairy auction results.
A2 Meat: beef, pork and lamb export prices by cut for the main exporting countries, weekly, with monthly export volumes by destination.
A3 Bakery ingredients: wheat flour, sugar, cocoa products and vegetable fats, daily futures and weekly physical prices.
A4 Freight: reefer container indices on the main routes to Qingdao, Shanghai and Tianjin, weekly.
A5 Access: REST API with JSON responses, web dashboard in Chinese and English, and daily e-mail reports. History from 2015 onwards is included.
A6 Support: a named account manager, a technical help desk in English and Chinese on business days, and a quarterly review of coverage and data quality with the Customer's purchasing team.

For the Customer: ____________________    For the Provider: ____________________
Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1126z01_stats_bureau_direct_reporting_platform", "pdf", "zh", "software"),
    "z02": ("h1126z02_press_brake_plant_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h1126z03_pastry_training_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h1126z04_housing_bureau_garage_access_om", "txt", "zh", "services"),
    "z05": ("h1126z05_papercut_workshop_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h1126e01_qms_perpetual_licence_holmfirth_vendor", "pdf", "en", "software"),
    "e02": ("h1126e02_field_service_saas_order_form", "md", "en", "cloud"),
    "e03": ("h1126e03_paper_mill_condition_monitoring_sensors", "docx", "en", "hardware"),
    "e04": ("h1126e04_cold_chain_managed_services_36_months", "md", "en", "services"),
    "e05": ("h1126e05_food_price_data_api_subscription", "txt", "en", "cloud"),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
            "PRC", G],
    "z02": [99.5, 1, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 24, 8, False, False, False, "PRC", G],
    "z03": [99.95, 0.5, True, "buyer", True, False, True, 0.1, None, 612000 / 1060000 * 100, True, None, None, None,
            False, True, False, "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True,
            "PRC", S],
    "z05": [None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True, None,
            None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
            "England and Wales", G],
    "e02": [99.5, 1, True, "buyer", True, True, True, 1200 / 1496000 * 100, 9 / 36 * 100, None, True, None, None, None,
            True, True, False, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, True, "buyer", False, True, True, 400 / 2212000 * 100, 150, None, True, None, None, None,
            False, True, False, "PRC", S],
    "e05": [99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
}
X = {  # sla_clause, ld_stated, post_warranty_fee_capped, acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 1970000),
    "z02": (True, True, True, False, 2020000),
    "z03": (True, True, None, False, 1060000),
    "z04": (True, True, None, False, 386000),
    "z05": (False, True, True, True, 660000),
    "e01": (True, True, True, False, 1808000),
    "e02": (True, True, None, False, 1496000),
    "e03": (True, True, True, False, 2364000),
    "e04": (True, True, None, False, 2212000),
    "e05": (True, False, None, False, 730000),
}
FEE_BASE = {"z01": 1180000, "z02": 1738000, "z05": 520000, "e01": 1360000, "e03": 2174000}  # itemised licence/hw
FORUM_OUTSIDE_MAINLAND = {"e01"}  # LCIA, seated in London
DESIGN = {
    "z01": [],
    "z02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
        "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}
# policy thresholds (defaults of policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    name, ext, lang, cat = FILES[key]
    terms = dict(zip(TERM_KEYS, T[key]))
    sla, ld, capped, deemed, value = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key, t):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence/hardware subtotal. None when not computable (fee unstated)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return post / (X[key][4] + post) * 100


def derive(key, lab):
    """My reading of policy §3 applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > TCO_SHARE_TH:
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
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Read back and scans
# ---------------------------------------------------------------------------------------------------------------
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


PCT = r"(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*" + PCT,
    r"(?<![\d.,])99\.90*(?!\d)",
    r"(?<![\d.,])0\.050*(?!\d)\s*" + PCT,
    r"百分之(?:三十|十五|四十|百|一百)(?![点\d])",
    r"万分之五(?![十\d])",
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|个?小时)",
    r"(?<![十\w-])(?:four|四)[\s-]*(?:hours?|个?小时)",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)",
    r"(?<![一二三四五六七八九\w-])(?:twelve|十二)[\s-]*(?:months?|个月)",
    r"\b(?:thirty|forty|fifteen|one\s*hundred)\s*" + PCT,
]
RX = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["30%", "30 %", "预付款为合同价的30％", "15 per cent", "40percent", "100%", "100.0 %", "99.9%", "99.9",
            "99.90 %", "0.05%", "0.05 %", "百分之三十", "百分之百", "万分之五", "4 hours", "4小时", "4 个小时",
            "四小时", "four hours", "12 months", "12-month", "12个月", "十二个月", "twelve months", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "24 hours", "24小时", "二十四小时", "14 hours", "130%", "115%", "1,100%",
             "2.30%", "140 %", "二十四个月", "三十二个月", "112 months", "万分之五十", "0.08%", "1.5%", "45%", "35%",
             "within one hour", "6 hours", "七十二个月", "2012年", "2027年12月31日"]


def hits(text):
    found = []
    for rx in RX:
        found += [m.group(0) for m in rx.finditer(text)]
    return found


def self_test():
    for s_ in MUST_HIT:
        assert hits(s_), "must hit: " + s_
    for s_ in MUST_MISS:
        assert not hits(s_), "must miss: %s -> %s" % (s_, hits(s_))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, ext, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    fired = set()
    for key, (name, ext, lang, cat) in FILES.items():
        lab = label(key)
        (OUT / (name + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        t = lab["expected_terms"]
        # label values never on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        share = tco_share(key, t)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key, lab)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == RISK[key], (key, risk(rules))
        fired |= set(rules)
        text = read_back(OUT / (name + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
            assert not hits(variant), (key, hits(variant))
        print("%s  %-4s %5d %s  rules=%s  risk=%s  tco=%s" % (key, ext, n, "chars" if lang == "zh" else "words",
              ",".join(r[3:] for r in rules) or "-", risk(rules), "-" if share is None else "%.1f%%" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    n_clean = [k for k in DESIGN if not DESIGN[k]]
    assert sorted(n_clean) == ["e03", "z01"]
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; every CR rule fires at least once")


if __name__ == "__main__":
    main()
