"""holdout305: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels, then
reads every built file back and checks lengths, threshold figures, the expected rules and the rule coverage.
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """T:云岭市智慧农业气象服务平台建设项目采购合同
P:合同编号：YLQX-2025-GK-017
P:甲方（采购人）：云岭市气象局，地址：云岭市东城区观象台路8号
P:乙方（供应商）：北京禾风信息技术有限公司，地址：北京市海淀区上地东路27号
P:根据《中华人民共和国政府采购法》及其实施条例，甲方就“云岭市智慧农业气象服务平台建设项目”（项目编号YLCG-2025-0316）以公开招标方式确定乙方为中标供应商。双方依据招标文件、乙方投标文件和中标通知书，按照《中华人民共和国民法典》的规定，经协商一致订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设智慧农业气象服务平台，包括农业气象数据中台、作物生育期气象监测与评估模型、农业气象灾害（霜冻、干旱、连阴雨、冰雹）预警发布系统、面向家庭农场和合作社的直通式服务小程序，以及与省级气象大数据云平台、市农业农村局农情系统之间的数据接口。
P:1.2 平台部署于甲方使用的市级政务云，乙方提供的平台软件为永久许可，不限用户数，被许可人为甲方。
P:1.3 详细功能和性能指标以招标文件第五章“采购需求”及乙方投标文件技术响应表为准；两者不一致时，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾伍万捌仟元整（¥2,358,000），为含税全包价，包括软件许可、定制开发、接口、部署联调、培训、质保期内服务及全部税费。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|农业气象数据中台及GIS服务软件许可|1,120,000
TB:2|作物模型及灾害预警定制开发|860,000
TB:3|省级平台及农业部门数据接口|214,000
TB:4|实施部署及系统联调|126,000
TB:5|培训及技术文档|38,000
TB:合计| |2,358,000
P:2.3 除经双方书面确认的需求变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥471,600。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥1,061,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥825,300。
P:3.4 乙方每次申请付款时应提供合法有效的发票。甲方按财政国库集中支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 工期
P:4.1 乙方应于合同签订后150日内完成部署并提交初步验收申请。初步验收通过后，平台进入不少于90日的试运行期。
P:4.2 试运行期间应至少覆盖一次霜冻或强降温过程的预警发布；如试运行期内未出现上述天气过程，以甲方指定的历史个例回放检验。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现；（2）500个并发用户下页面平均响应时间不超过3秒；（3）数据中台接入省级平台数据的时效不超过10分钟；（4）乙方提交具有资质的第三方机构出具的安全测评报告，且无中、高风险项。
P:5.2 最终验收标准：试运行期满，平台运行期间未发生一级故障，各类预警产品均在规定时限内发布，全部源代码、文档已移交并完成培训。验收由甲方组织专家按上述标准进行，并出具书面验收报告。
P:5.3 平台上线运行、试运行或甲方支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型参数优化和技术支持。
P:6.2 质保期满后，甲方如委托乙方继续提供维护服务，年度维护费不超过第2.2条第1项软件许可费的9%，即每个服务年度不超过¥100,800；该标准在质保期满后的两个服务年度内固定不变，此后如需调整，由双方书面协商确定。
P:6.3 维护服务按服务年度另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护须提前3个工作日报甲方同意，且不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台整体不可用或预警发布中断），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用），2小时内响应，24小时内解决；三级故障（一般问题），下一个工作日内处理。
P:7.3 一级故障响应或恢复每超时1小时，乙方向甲方支付服务违约金¥1,000；月度可用率每低于约定值0.01个百分点，支付¥2,000。上述款项可从应付款项或履约保函中扣收。
H:第八条 知识产权
P:8.1 本合同项下定制开发的作物模型、预警规则、接口程序、源代码及技术文档，其知识产权归甲方所有，乙方应在最终验收时交付完整源代码及编译说明。
P:8.2 乙方原有平台软件的知识产权仍归乙方，甲方依本合同取得永久使用许可。乙方保证其交付成果不侵犯任何第三方的合法权利，否则由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台存储、处理的气象观测数据、农户及经营主体信息、服务记录等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求实施安全措施，对个人信息加密存储并实行最小权限访问控制，运维操作须经甲方堡垒机审计，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的气象资料和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方在本合同项下的赔偿责任总额以合同总价的两倍为限；但因乙方故意、重大过失或违反第九条、第十条造成的损失，不受此限。
P:11.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或交付的平台经两次验收仍不合格，或因乙方原因发生严重数据安全事件的，甲方有权书面通知解除合同，并要求乙方退还已付款项、支付违约金。
P:13.2 任何一方有其他重大违约行为，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、乙方投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：云岭市气象局    乙方（盖章）：北京禾风信息技术有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年6月18日    日期：2025年6月18日
"""

Z02 = """T:冻干机及配液系统控制改造合同
P:合同编号：KN-SB-2025-042
P:甲方（买方）：江北康宁制药有限公司，地址：江北市经济开发区药谷大道66号
P:乙方（卖方）：苏州冰川自控工程有限公司，地址：苏州市吴中区木渎镇金枫南路1189号
P:鉴于甲方冻干车间两台LYO-20型冻干机及配套配液系统的控制系统已运行多年，部分备件停产，审计追踪和电子记录不能满足《药品生产质量管理规范》计算机化系统附录的要求，甲方决定实施控制系统改造；乙方具备自动化系统集成资质，已提交技术方案（V2.3）及报价。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）冻干机：两台冻干机控制系统整体更换，包括PLC、触摸屏、皮拉尼真空计、板层及制品温度探头、压力变送器、控制柜和电缆；原有制冷机组、真空泵保留。
P:（二）配液系统：三个配液罐的称重、温度、液位、搅拌及在线清洗、在线灭菌控制，新增控制柜和现场仪表。
P:（三）监控及电子批记录软件：审计追踪、电子签名、权限分级、配方管理、报警管理和批报告生成，符合数据可靠性要求。
P:（四）安装、调试、确认文件编制（需求追溯矩阵、功能及设计说明、安装确认和运行确认方案及报告），并配合甲方完成性能确认。
H:二、合同价格
P:（一）合同总价为人民币贰佰柒拾陆万元整（¥2,760,000），含增值税，为固定总价。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|冻干机控制系统（PLC、触摸屏、传感器、控制柜）|2套|1,286,000
TB:2|配液系统控制柜及现场仪表|1套|742,000
TB:3|监控及电子批记录软件许可（永久）|1套|368,000
TB:软硬件小计| | |2,396,000
TB:4|安装及调试| |184,000
TB:5|确认文件编制及性能确认配合| |152,000
TB:6|操作及维护培训| |28,000
TB:合计| | |2,760,000
P:（二）上述价格包括设备、软件、运输、保险、安装、调试、确认文件、培训及质保期内服务的全部费用。
P:（三）乙方应随设备提供两年用量的易损备件（真空计、温度探头、继电器、熔断器等），清单见附件，费用已含在合同总价内。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥276,000。
P:（二）设备全部到货并完成安装，经甲方签收后，支付合同总价的35%，即¥966,000。到货签收不代表质量验收。
P:（三）最终验收合格后，支付合同总价的50%，即¥1,380,000。
P:（四）余款5%（¥138,000）作为质量保证金，质保期满且无未解决质量问题后支付。
P:（五）乙方每次请款应提交增值税专用发票及对应阶段的证明文件（到货签收单、最终验收证书或质保期满确认书），甲方在收到齐全文件后20个工作日内付款。
P:（六）乙方应在合同生效前向甲方提交合同总价10%的履约保函，有效期至最终验收后30日。
H:四、交货与工期
P:（一）改造须在甲方停产检修窗口（2025年8月4日至2025年9月12日）内完成安装调试，乙方应于2025年7月25日前将全部设备运抵甲方现场。
P:（三）乙方应在合同生效后20日内提交详细进度计划，明确设计审查、FAT、拆除、安装、单机调试、联动调试及确认各阶段的起止时间和人员安排，经甲方工程部和质量部会签后执行。
P:（四）拆除原控制系统前，乙方应完整备份原PLC程序、配方及历史批记录，交甲方存档；原设备拆除物归甲方所有，由乙方按甲方指定地点堆放。
P:（五）乙方人员进入洁净区应遵守甲方更衣、人员净化和物料传递规程，在洁净区内作业须提前申请并经甲方生产负责人批准，作业完成后由乙方负责清洁并配合甲方进行环境监测。
H:五、验收
P:（一）现场测试及运行确认标准：板层温度控制精度±1℃；真空度控制偏差不超过设定值的±5%；报警及联锁全部有效；审计追踪不可关闭、不可修改；电子签名与用户唯一绑定。
P:（二）最终验收以连续三批性能确认合格，确认报告经甲方质量管理部门批准为准，双方签署最终验收证书。
P:（四）验收中发现的偏差，由乙方在5个工作日内完成整改并提交偏差报告和变更记录，经甲方质量管理部门评估后重新测试。
P:（五）乙方应随最终验收提交完整的竣工资料，包括电气图纸、仪表清单、校准证书、软件配置清单、备份介质及用户手册。
H:六、质量保证及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的8.5%计算，即每年¥203,660，质保期满后三个服务年度内不作调整。维保合同由甲方逐年书面确认，不自动续期。
H:七、技术服务
P:（一）一级故障（冻干或配液过程中控制失效、批记录无法生成），乙方应在30分钟内电话响应，3小时内到达现场；二级故障8小时内到达现场；三级故障两个工作日内处理。
P:（二）乙方到场或排除故障每超时1小时，向甲方支付¥2,000。
H:八、数据及计算机化系统安全
P:（一）系统产生的批记录、审计追踪、配方及工艺数据归甲方所有，乙方不得复制、留存或用于其他目的。
P:（二）乙方远程访问须经甲方逐次审批，在甲方人员监督下进行；乙方人员使用独立账号，不得使用共享账号。
P:（三）发生数据丢失、篡改或泄露的，乙方应在2小时内报告甲方并配合调查；因乙方原因造成的，由乙方承担全部责任。
H:九、保密
P:乙方对甲方的工艺参数、配方、质量文件及其他技术和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:十、知识产权
P:为本项目编写的PLC程序、组态工程、配方模板及确认文件归甲方所有，乙方应交付可编辑的源程序；乙方标准软件的知识产权归乙方，甲方取得永久使用许可。
H:十一、分包
P:乙方可将电气安装、电缆敷设及部分确认文件编制工作分包给其选定的单位，但应提前5个工作日书面告知甲方分包单位名称；乙方对分包工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十三、合同的解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除合同。
P:（二）乙方违约的，甲方有权要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:十五、其他
P:技术方案（V2.3）、设备清单及确认文件清单为本合同附件。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江北康宁制药有限公司（盖章）    乙方：苏州冰川自控工程有限公司（盖章）
P:代表签字：__________    代表签字：__________    日期：2025年6月6日
"""

Z03 = """名匠美发职业培训学校教务及收费管理云服务合同

合同编号：MJ-IT-2025-009

甲方：上海名匠美发职业培训学校有限公司（下设20个校区，以下简称“甲方”）
住所：上海市静安区共和新路2188号

乙方：杭州课云软件有限公司
住所：杭州市西湖区文三路478号华星时代广场B座12层

甲方各校区目前使用不同的单机版收费软件和纸质排课表，学员报名、分期缴费、退费及考证报名数据分散，无法统一核对。为实现20个校区教务、收费和结业发证的统一管理，甲方决定订购乙方“课云”教务收费云服务，并委托乙方完成实施。双方根据《中华人民共和国民法典》，经协商订立本合同。

第一条 定义
（1）“云服务”：乙方通过互联网向甲方提供的“课云”教务及收费管理平台，包括招生咨询、报名、排课、考勤、分期收费、退费审批、教材领用、职业技能等级考试报名和结业证书管理模块。
（2）“服务年度”：自上线日起算的连续服务期间，上线日由双方在上线确认单中记载。
（3）“实施服务”：历史学员数据迁移、20个校区基础资料配置、与甲方聚合支付通道及财务软件的对接、人员培训。

第二条 服务内容及期限
（1）乙方为甲方开通20个校区账号，每校区不限教职工账号数量，在读学员规模合计不超过12,000人。
（2）服务期限为三个服务年度。
（3）乙方应于合同生效后45日内完成实施服务并提交上线验收申请。

第三条 费用
（1）合同总金额为人民币陆拾柒万贰仟元整（¥672,000），构成如下：
  云服务费：20校区 × ¥9,800/校区/服务年度 = ¥196,000/服务年度，三个服务年度合计¥588,000；
  实施服务费（一次性）：¥84,000。
（2）学员规模超过第二条约定上限的，超出部分按乙方报价单另行计费，不计入合同总金额。

第四条 付款
（1）本合同签订后5个工作日内，甲方向乙方支付首个服务年度的云服务费及全部实施服务费，合计¥280,000。
（2）第二、第三个服务年度的云服务费，甲方应在该服务年度开始前10个工作日内支付。
（3）乙方收款前应开具增值税专用发票。
（4）甲方新增校区的，按每校区每服务年度¥9,800的单价，自开通之日起按剩余天数折算计费；关闭校区的，自下一个服务年度起相应减少服务费。

第五条 上线验收
（1）验收标准：①20个校区历史学员、课程、欠费数据全部迁移，迁移前后学员人数、欠费金额逐校区核对一致；②报名、分期缴费、退费流程在每个校区至少完成5笔真实业务测试；③聚合支付回调及财务凭证生成准确无误；④并发200用户时常用页面响应时间不超过2秒。
（2）甲方应在收到上线验收申请后7个工作日内组织验收，合格的签署上线确认单；不合格的，乙方应在10日内整改后重新提交。
（3）乙方开通账号或甲方试用系统，不视为验收合格。

第六条 服务水平
（1）云服务月度可用率不低于99.5%（乙方提前48小时通知的计划维护除外）。
（2）故障响应：一级故障（全部校区无法登录或收费功能中断）30分钟内响应，3小时内恢复；二级故障（单个模块或单个校区异常）2小时内响应，当日内恢复；三级故障（咨询、操作问题）在下一个工作日内答复。
（3）月度可用率低于约定值的，每低0.1个百分点，乙方按当月云服务费（按服务年度费用的十二分之一计）的2%减免服务费；一级故障恢复每超时1小时，减免¥300。减免额度在下一期应付费用中抵扣。

第七条 自动续期
（1）服务期限届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（2）续期期间的云服务费按乙方届时公布的标准价目表执行，乙方有权根据市场情况调整价格。

第八条 数据归属与数据安全
（1）甲方上传及在使用过程中产生的学员个人信息、缴费记录、成绩及证书信息等数据归甲方所有，乙方仅为向甲方提供本合同服务之目的处理上述数据。
（2）乙方应将数据存放于中国境内的数据中心，落实网络安全等级保护第三级要求，对身份证号、手机号等敏感字段加密存储，每日备份并异地保存。
（3）发生数据泄露、丢失等安全事件，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方赔偿甲方全部损失，并承担相应法律责任。
（4）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

第八条之二 培训与服务支持
（1）乙方在上线前为甲方总部财务、教务人员及各校区校长、前台收银员分批开展培训，合计不少于12场，并提供操作手册和视频教程。
（2）服务期内，乙方提供工作日8:30至21:00的电话及在线客服，周末及法定节假日提供值班支持，以适应校区晚间及周末上课的安排。
（3）乙方每季度向甲方提交服务报告，列明可用率、故障情况、服务减免及改进建议。

第九条 保密
双方对在合作中获知的对方商业信息、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。

第十条 知识产权
（1）本条所称“成果”指乙方在本合同项下为甲方完成的配置、报表、接口程序及相关文档。
（2）“课云”平台及其升级版本的知识产权归乙方所有。
（3）乙方为甲方专门开发的报表、财务凭证接口程序及校区配置方案归甲方所有，甲方可自行修改或交由第三方使用。

第十条之二 服务终止时的配合
合同到期不再续约或提前解除的，乙方应提供不少于30日的过渡期，在过渡期内保持甲方的只读访问，配合甲方将数据导入新系统，并提供数据字典说明。

第十一条 分包
乙方不得将实施服务分包。乙方使用的云计算基础设施服务商（阿里云华东2地域）在签约时已经甲方确认；更换或新增其他服务商的，须事先取得甲方书面同意。

第十二条 违约责任
（1）乙方未按第二条第（3）项约定时间完成上线的，每逾期一日，向甲方支付违约金¥600。
（2）除第八条数据安全责任外，乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限。
（3）甲方逾期付款的，乙方可在书面催告15日后暂停服务，但不得删除甲方数据。

第十三条 合同解除
（1）乙方月度可用率连续两个月低于约定值，或发生因乙方原因导致的重大数据泄露事件，甲方有权书面通知解除合同，乙方应退还未履行期间的服务费。
（2）任何一方严重违约，经守约方书面催告15日内仍未改正的，守约方有权解除本合同。

第十四条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

第十五条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：校区清单、数据迁移方案、上线确认单格式。

甲方（盖章）：上海名匠美发职业培训学校有限公司
代表：__________  日期：2025年5月20日

乙方（盖章）：杭州课云软件有限公司
代表：__________  日期：2025年5月20日
"""

Z04 = """临川市中级人民法院电子诉讼服务平台运维服务合同

合同编号：LCZY-CG-2025-021
采购方式：竞争性磋商（采购项目编号：LCCG2025-C-0087）

甲方（采购人）：临川市中级人民法院
地址：临川市新城区法治大道1号

乙方（成交供应商）：南京律维信息技术有限公司
地址：南京市建邺区江东中路359号国睿大厦2号楼9层

甲方就“电子诉讼服务平台运维服务”项目以竞争性磋商方式采购，经磋商小组评审，乙方为成交供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

1. 服务范围
1.1 运维对象：甲方电子诉讼服务平台，包括网上立案、电子送达、网上缴费、在线庭审、电子卷宗随案生成、诉讼服务小程序及与上级法院办案系统、统一送达平台的接口。
1.2 服务内容：7×24小时监控及值守；应用软件日常维护、缺陷修复和小版本升级；数据库及中间件维护；安全巡检、漏洞修补及等级保护测评配合；重大庭审直播、集中宣判等活动的现场保障；季度运维报告。
1.3 乙方派驻现场工程师4名（其中项目经理1名），名单以响应文件为准，更换须经甲方书面同意。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满，本合同自动终止，不自动续期。甲方后续采购按政府采购规定另行组织。

3. 合同价款
3.1 合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），为固定总价，含税。构成如下：
（1）驻场运维服务：¥912,000；
（2）应用软件维护及小版本升级：¥286,000；
（3）安全巡检及等保测评配合：¥118,000；
（4）应急保障及重大活动保障：¥70,000。

4. 付款
4.1 本合同不设预付款。
4.2 合同价款按季度支付。每季度结束后，甲方依第7条进行季度考核，考核通过后15个工作日内支付该季度服务费¥346,500，扣除依第6条应扣减的服务费。
4.3 乙方应在每次付款前开具合法发票。

5. 服务交接
5.1 乙方应于2025年6月25日前完成与原运维单位的交接，包括账号、文档、系统配置及未结问题清单，驻场人员于2025年7月1日前全部到岗。
5.2 交接完成后，双方签署交接确认书。
5.3 服务期内，乙方应建立运维值班、变更管理、问题管理和配置管理制度，所有生产变更须提前提交变更申请，经甲方信息技术处批准后在规定窗口实施，并保留回退方案。
5.4 乙方每月提交运维月报，内容包括系统运行情况、故障及处理、安全巡检结果、容量及性能分析、下月工作计划；每季度末提交季度运维报告。
5.5 遇全国“两会”、重大敏感案件审理等重要时期，乙方应按甲方要求增派人员现场值守，所需费用已包含在应急保障费用中。

6. 服务水平
6.1 平台月度可用率不低于99.95%，经甲方同意的计划停机时间除外。
6.2 故障等级及时限：
（1）一级故障（网上立案、在线庭审或电子送达全部中断）：15分钟内响应，30分钟内到场，2小时内恢复；
（2）二级故障（单一功能异常或性能明显下降）：30分钟内响应，8小时内解决；
（3）三级故障（一般咨询及非紧急问题）：当日处理。
6.3 一级故障响应或恢复每超时半小时，扣减当季度服务费¥2,000；月度可用率每低于约定值0.01个百分点，扣减¥3,000；因乙方原因导致在线庭审中断的，每次另扣减¥5,000。

7. 考核与验收
7.1 季度考核标准：（1）第6条服务水平全部达标或已按规定扣减；（2）安全巡检每月至少一次，高危漏洞在发现后5个工作日内修复；（3）季度运维报告按时提交，内容完整。
7.2 服务期满前15日，甲方依据四个季度考核结果、等级保护测评结论及最终运维文档移交情况进行期末验收，出具书面验收意见。
7.3 考核不通过的，乙方应在10个工作日内整改，整改后重新考核。

8. 数据安全
8.1 平台中的案件材料、当事人及诉讼代理人信息、庭审录音录像、电子卷宗等数据均归甲方所有。乙方仅可为履行本合同在甲方授权范围内访问，不得复制、下载、留存或用于任何其他目的。
8.2 乙方应遵守甲方的网络安全管理制度，全部运维操作通过甲方堡垒机进行并全程审计，禁止使用移动存储介质，驻场人员须签署安全承诺书。
8.3 发生数据泄露、篡改、丢失或系统被入侵等事件，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

9. 保密
乙方及其人员对在服务中接触到的审判工作秘密、案件信息、个人信息和网络安全信息负有保密义务，不得以任何方式泄露，保密义务不因合同终止而解除。

9A. 人员管理
乙方驻场人员应具备相应的专业资格，遵守甲方的出入管理、着装和工作纪律规定，不得进入审判区域及与工作无关的场所，不得接触与运维无关的纸质卷宗。乙方应为驻场人员办理社会保险，并对其行为承担责任。

10. 知识产权
运维期间乙方为甲方编写的脚本、补丁、配置文档、运维报告及其他成果归甲方所有。乙方保证所提供的工具和软件不侵犯第三方权利。

11. 分包
本项目不得分包或转包。

12. 违约责任
12.1 乙方未按第5.1条约定完成交接或人员未按时到岗的，每逾期一日，向甲方支付违约金¥1,500。
12.2 驻场人员擅自离岗或未经同意更换的，每人每日扣减¥800。
12.3 乙方未按时提交月报、季度报告或未按计划完成安全巡检的，每次扣减¥1,000，并限期补交。
12.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。

13. 合同解除
13.1 乙方连续两个季度考核不通过，或发生因乙方原因导致的重大网络安全事件、数据泄露事件的，甲方有权书面通知解除合同。
13.2 任何一方严重违反本合同，经对方书面通知后10日内未予纠正的，对方有权解除本合同。
13.3 合同解除或终止时，乙方应在10个工作日内完成全部文档、账号和配置的移交，并配合新运维单位完成交接。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同引起的争议，双方协商解决；协商不成的，依法向有管辖权的人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件、成交通知书及磋商过程中的书面承诺为本合同组成部分。
15.3 双方指定的联系人及联系方式以附件为准，一方变更联系人的，应在3个工作日内书面通知对方；通知以书面送达或甲方办公系统发送为准。
15.2 本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：临川市中级人民法院        乙方（盖章）：南京律维信息技术有限公司
授权代表：__________                    授权代表：__________
日期：2025年6月16日                     日期：2025年6月16日
"""

Z05 = """# 质衡QMS软件许可及定制开发合同

（质衡软件标准合同文本 V3.0）

合同编号：ZH-QMS-2025-0611

**甲方（用户）**：汕头市金记牛肉丸食品有限公司
地址：汕头市龙湖区外砂工业区金记路3号

**乙方（供应商）**：广州质衡软件科技有限公司
地址：广州市天河区科韵路16号广州信息港E栋7层

甲方为满足肉制品生产许可和HACCP体系的要求，拟引入质量管理系统，对原料肉验收、绞肉打浆、成型、速冻、包装等关键控制点实施电子化管理。乙方为质衡QMS的著作权人。双方经协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡QMS食品版软件永久使用许可（80个用户），包括来料检验、过程检验、HACCP关键控制点监控、不合格品处理、批次追溯、供应商评价及检验报告模块。

1.2 乙方根据甲方需求进行定制开发：金属探测及速冻隧道温度数据自动采集、电子秤称重接口、批次追溯码与包装线赋码系统对接、客户审核报表。

1.3 乙方负责系统安装部署和甲方人员培训。

1.4 甲方应提供符合乙方要求的服务器、数据库、网络环境及现场工作条件，并指定项目联系人配合需求调研、数据整理和测试工作。甲方原因导致工期延误的，工期相应顺延。

1.5 定制开发需求以双方确认的《需求规格说明书》为准。需求确认后甲方提出变更的，乙方有权另行报价，工期相应调整。

1.6 系统上线后，甲方的检验员、质量主管和车间班组长通过电脑及车间平板终端使用系统，乙方提供安卓平板端应用。

## 第二条 合同价款

2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS食品版软件许可（80用户，永久） | 1,080,000 |
| 2 | 定制开发（数据采集、称重及赋码接口、报表） | 360,000 |
| 3 | 安装部署及培训 | 120,000 |
| | 合计 | 1,560,000 |

2.2 上述价格不含甲方服务器、数据库及网络设备。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即¥1,014,000。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即¥546,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

4.1 乙方在收到本合同第3.1条款项后90日内完成安装部署及定制开发，并通知甲方上线。

4.2 乙方因自身原因逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

4.3 乙方交付内容包括：软件安装介质、许可证书、用户手册、管理员手册及培训课件。定制开发部分以可执行程序形式交付，不提供源代码。

4.4 培训包括管理员培训2天、质检员及车间班组长培训3天，培训地点在甲方工厂。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的意见，乙方将在后续版本中酌情考虑。

## 第六条 免费维护及技术支持

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方通过电话、远程方式提供技术支持及缺陷修复。

6.2 一级故障（系统无法登录或关键控制点数据无法记录）乙方在接到通知后12小时内响应；其他问题在3个工作日内响应。

6.3 上述响应时间为乙方努力达到的目标，乙方未能达到的，不承担扣款、赔偿或违约金责任。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费（第2.1条第1项）的25%计算，即每年¥270,000。

7.2 年度维护服务包括软件升级、远程技术支持及缺陷修复，不包括新增功能开发和现场服务。现场服务按每人每天¥3,500另行计费。

## 第八条 知识产权

8.1 质衡QMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、报表模板及相关源代码，知识产权归乙方所有。甲方在本合同有效期内享有非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的检验数据、生产记录归甲方所有。

9.2 乙方应采取访问控制、传输加密和定期备份等措施保护甲方数据安全，远程运维须经甲方同意并留存操作记录；发生数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方依法承担赔偿责任。

9.3 甲方同意，乙方可对甲方数据进行脱敏、汇总处理后，用于乙方产品改进、行业质量指数研究及向其他客户提供的行业对标服务，该等使用在本合同终止后仍可继续。

## 第九条之一 甲方的义务

甲方应按照乙方提供的操作手册使用系统，妥善保管账号密码，定期备份数据库；因甲方操作不当、擅自修改系统配置或服务器环境变化造成的故障，乙方可协助处理，但相关费用由甲方承担。

## 第十条 保密

双方对履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条之一 系统环境

系统部署在甲方工厂机房的服务器上，操作系统、数据库及网络安全设备由甲方负责采购和维护。乙方提供的软件在甲方环境发生变更后出现的兼容性问题，乙方可协助分析，相关工作按现场服务标准另行收费。

甲方如需增加用户数，按乙方届时的报价另行购买许可。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、产品召回损失或因停产造成的损失承担责任。

## 第十一条之一 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行或变更合同；不可抗力期间双方互不承担违约责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条之一 通知

双方往来通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同的附件与正文具有同等效力。

甲方（盖章）：汕头市金记牛肉丸食品有限公司　　代表：__________　　日期：2025年6月11日

乙方（盖章）：广州质衡软件科技有限公司　　代表：__________　　日期：2025年6月11日
"""

E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. KDB-HZ-2025-03
P:This Agreement is made on 9 June 2025 between:
P:(1) Hangzhou Qingfeng Fan Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 56 Hefang Street, Shangcheng District, Hangzhou, Zhejiang (the "Buyer"); and
P:(2) Kalamos Digital Brushworks S.A., a company incorporated in Greece with its registered office at Nisída Gyaros, Cyclades, Greece (the "Vendor").
H:Recitals
P:A. The Buyer designs and paints folding fans and round silk fans, and sells them through its own shops and on-line platforms. Its artists currently paint preparatory designs by hand and scan them, which is slow and makes it hard to reuse motifs.
P:B. The Vendor develops "Kalamos Brush", a digital painting application that simulates ink, water and mineral pigments on paper and silk, with pressure-sensitive brush strokes.
P:C. The Buyer wishes to acquire perpetual licences of Kalamos Brush for its studio, together with a custom brush library reproducing the brushes and surfaces used in traditional fan painting, and the Vendor is willing to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Kalamos Brush Studio Edition, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Brush Library" means the set of brushes, paper and silk textures, mounting templates and fan-shape canvases developed by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Acceptance" means the written acceptance of the complete delivery by the Buyer under Article 6.
P:1.4 "Business Day" means a day on which banks are open in Hangzhou.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software on twenty-four (24) named workstations in the Buyer's studios in the People's Republic of China, for the Buyer's own design and production work.
P:2.2 The Buyer may transfer a seat from one workstation to another on notice to the Vendor, and may make backup copies of the Software.
P:2.3 The Buyer shall not decompile the Software except to the extent permitted by applicable law.
P:2.4 The licence includes the colour profiles for the Buyer's existing pen displays and printers listed in Annex 1, so that digital designs print on silk and paper with consistent colour.
H:Article 3 Custom Brush Library
P:3.1 The Vendor shall develop the Custom Brush Library in accordance with the specification in Annex 2, including at least forty brushes (among them wolf-hair, goat-hair and mixed brushes for outline, boneless and splash-ink techniques), twelve surfaces (alum-sized silk, raw and sized Xuan paper, gold-flecked paper) and templates for folding fans of 14 to 22 ribs and round fans of three standard diameters.
P:3.2 The Buyer's senior painters will provide sample strokes and reviews. The Vendor shall deliver two review builds before the final build.
H:Article 4 Price
P:4.1 At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY). The total price is CNY 830,000, inclusive of all taxes, duties and the Vendor's travel costs, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|Kalamos Brush Studio Edition, perpetual licence|24 seats x 26,500|636,000
TB:2|Custom Brush Library (design, development, tuning)|1|148,000
TB:3|Installation, colour calibration and artist training|1|46,000
TB:Total| | |830,000
P:4.2 The price is fixed and is not subject to exchange-rate adjustment.
H:Article 5 Payment
P:5.1 The Buyer shall pay: (a) twenty per cent (20%) of the total price, CNY 166,000, within fifteen Business Days after signature, against the Vendor's invoice; (b) forty-five per cent (45%), CNY 373,500, after installation of the Software on all workstations and delivery of the final build of the Custom Brush Library, as confirmed in a delivery note, which is not Acceptance; and (c) thirty-five per cent (35%), CNY 290,500, within twenty Business Days after Acceptance.
P:5.2 Payments shall be made by bank transfer in CNY to the Vendor's account with its bank's Shanghai branch.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall install the Software and deliver the final build of the Custom Brush Library no later than 15 September 2025.
P:6.2 After delivery the Buyer shall test the delivery for twenty Business Days. Acceptance requires that: (a) every brush, surface and template listed in Annex 2 is present and works on all 24 workstations; (b) a panel of three senior painters of the Buyer scores each brush at least 4 out of 5 for fidelity against the reference strokes; (c) files of 12,000 x 6,000 pixels open and save without error and the stroke latency stays below 20 milliseconds; and (d) the Vendor has delivered the documentation and completed the training.
P:6.3 If the criteria are met, the Buyer shall sign an Acceptance certificate. Otherwise it shall list the defects and the Vendor shall correct them within ten Business Days, after which the test is repeated. Installation, use of the Software in production or payment of any instalment does not constitute Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Brush Library will conform to their documentation and specification for three (3) months from Acceptance, and will correct any non-conformity reported in that period free of charge.
P:7.2 During the warranty period the Vendor shall respond to a Severity 1 incident (the Software cannot start or corrupts files on more than one workstation) within two (2) hours during Business Days and provide a fix or workaround within two Business Days. For each hour by which the response is late the Vendor shall pay the Buyer CNY 1,000, deducted from any amount due.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Buyer may order annual maintenance, covering updates, new versions and remote support.
P:8.2 The annual maintenance fee shall be charged at the Vendor's list price in force at the start of each maintenance year, as published by the Vendor from time to time.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 All intellectual property in the Custom Brush Library, including its source files and parameter sets, vests in the Buyer on creation. The Buyer may use, modify, reproduce and license the Custom Brush Library freely, including for use with other software. The Vendor shall deliver the source files at Acceptance.
H:Article 10 Data Protection and Security
P:10.1 Artworks, sketches, scans and customer orders of the Buyer ("Buyer Data") belong to the Buyer. The Vendor shall process Buyer Data only to provide support under this Agreement and for no other purpose.
P:10.2 Remote support shall take place only through a session approved by the Buyer for each occasion and supervised by the Buyer's staff. The Vendor shall not copy Buyer Data to its own systems; if a file must be examined, it shall be kept encrypted, held only as long as necessary and then deleted, and the deletion confirmed in writing.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours of any unauthorised access to, or loss of, Buyer Data in its custody, cooperate in remedying it, and bear responsibility for the resulting losses where the incident is caused by the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, motifs and customer lists and the Vendor's product roadmaps, and shall use it only for this Agreement.
P:11.2 These obligations survive termination of this Agreement for three years.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete delivery by the date in Article 6.1, it shall pay the Buyer liquidated damages of CNY 700 for each day of delay, up to a maximum of ten per cent (10%) of the total price.
P:12.2 The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the total price, except for liability for infringement of third-party rights, breach of Articles 10 and 11, fraud or wilful misconduct, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract the development of the Custom Brush Library or the on-site work without the Buyer's prior written consent, and shall remain responsible for any subcontractor so approved.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if delivery is more than sixty days late. The Vendor shall then refund all amounts paid for undelivered or non-conforming items.
P:14.2 The licences granted for Software that has been paid in full survive termination.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 The courts of Athens, Greece shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Workstation List) and Annex 2 (Custom Brush Library Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms - Ticketing Service

**Order Form No.** VT-CN-0427

## Part A - Order Form

**Customer:** Xiamen Gulangyu Piano Museum Management Co., Ltd., 45 Huangyan Road, Gulangyu, Siming District, Xiamen, Fujian, People's Republic of China.

**Provider:** Vilsandi Ticketing OÜ, a private limited company registered in Estonia, with its seat at Vilsandi village, Vilsandi island, Saare County, Estonia.

**Background.** The Customer operates the piano museum and its organ hall on Gulangyu island, which together receive about six hundred thousand visitors in a Subscription Year. Tickets are sold today at two windows and through an outdated online page, and group bookings are handled by e-mail. The Customer wants timed-entry ticketing, online sales through its WeChat account, group and school bookings, and turnstile integration at both entrances. The Provider offers a hosted ticketing service used by museums in the Baltic states and in Asia.

### A1. Service

A1.1 The Provider will make available to the Customer its hosted ticketing service "Vilsandi Tix" (the "Service"): timed-slot inventory, online and counter sales, group and school bookings, member passes, visitor check-in, reporting, and the WeChat mini-program front end described in Schedule 1.

A1.2 The Service will be hosted for the Customer in a data centre in mainland China operated by Shenzhen Harbourcloud Computing Co., Ltd. (the "Hosting Partner"), which the Customer approves by signing this Order Form.

### A2. Subscription Term

A2.1 The Subscription Term is three Subscription Years starting on the Go-Live Date. A "Subscription Year" is each consecutive period starting on the Go-Live Date or its anniversary.

A2.2 This Order Form does not renew automatically. Any extension requires a new order signed by both parties.

### A3. Fees

A3.1 At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | per Subscription Year, up to 800,000 tickets | 148,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years | 444,000 |
| Set-up and configuration | one-time | 36,000 |
| Turnstile integration (two entrances) | one-time | 22,000 |
| **Total contract value** | | **502,000** |

A3.2 Tickets above the yearly allowance are charged at CNY 0.12 each and are not part of the total contract value.

### A4. Invoicing and Payment

A4.1 The one-time fees are invoiced on the Go-Live Date after the Go-Live Acceptance certificate is signed.

A4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. No amount is payable before the Go-Live Date.

A4.3 Invoices are payable within thirty days by bank transfer in CNY.

### A5. Implementation and Go-Live Acceptance

A5.1 The Provider will configure the Service, migrate the current year's member passes and connect the turnstiles at both entrances by 1 September 2025 (the "Target Go-Live Date").

A5.2 Go-Live Acceptance tests: (a) two thousand test bookings across all ticket types and channels, with sales reconciled to payments and to the daily report; (b) turnstiles admit valid tickets and reject used, expired and wrong-slot tickets within one second; (c) the mini-program handles eight hundred concurrent buyers with page responses under two seconds; (d) refund and slot-change flows work end to end. When the tests are passed, the parties sign a Go-Live Acceptance certificate, and that date is the Go-Live Date. Selling tickets in a soft launch does not count as acceptance.

A5.3 If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay CNY 450 for each day of delay, deducted from the one-time fees.

### A5A. Training and Support Materials

The Provider will train up to twenty ticket-office, visitor-service and finance staff in two sessions held at the museum, provide a Chinese user guide and short video guides, and hold a review meeting with the Customer one month after the Go-Live Date to agree adjustments to ticket types, time slots and reports before the summer season. During the Subscription Term the Provider will keep the Chinese user guide up to date when functions change, and will tell the Customer at least two weeks in advance of any change that visitors will see in the mini-program.

### A6. Contacts

Customer: Director of Visitor Services. Provider: Account Manager Asia, who speaks Mandarin Chinese.

Signed for the Customer: ____________________ Date: 12 June 2025

Signed for the Provider: ____________________ Date: 12 June 2025

## Part B - General Terms

### B1. Service Levels

B1.1 The Provider will keep the Service available 99.95% of each calendar month, excluding maintenance announced at least five days in advance and performed between 22:00 and 06:00 Beijing time.

B1.2 Support priorities: Priority 1 (ticket sales or turnstile admission fail at an entrance) - response within one hour, at any time; Priority 2 (a function fails, sales continue) - response within three hours during business hours; Priority 3 - response within two business days.

B1.3 If availability in a month falls below the level in B1.1, the Customer receives a service credit of five per cent of one twelfth of the yearly subscription fee for each started half a percentage point of shortfall, and each late Priority 1 response earns a further credit of CNY 500. Credits are set off against the next invoice.

### B2. Customer Data

B2.1 Visitor names, phone numbers, identity-document numbers required for real-name ticketing, orders and admission records ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Service to the Customer.

B2.2 Customer Data is stored only with the Hosting Partner in mainland China and is not transferred abroad. The Provider's support staff outside China see only masked records and access the production system through a logged jump host in China.

B2.3 The Provider maintains encryption of identity-document numbers at rest and in transit, role-based access, multi-factor authentication for administrators, daily backups and yearly penetration tests, and complies with the Personal Information Protection Law of the PRC.

B2.4 The Provider notifies the Customer of any security incident affecting Customer Data within twelve hours, takes remedial action, and is liable for the Customer's losses, regulatory fines and the cost of notifying visitors where the incident is caused by the Provider or the Hosting Partner.

B2.5 At the end of the Subscription Term the Provider returns all Customer Data in CSV format and deletes it within thirty days.

### B2A. Customer Responsibilities

The Customer sets ticket prices, time slots and capacity limits, keeps its administrator accounts secure, and answers visitors' questions about its own ticketing rules. The Customer is responsible for the accuracy of prices and opening times that it enters in the Service.

### B3. Intellectual Property

B3.1 The Provider owns the Service and its software.

B3.2 Ticket designs, report templates and mini-program pages made for the Customer, and the turnstile integration scripts, belong to the Customer, which may use, modify and hand them to any other provider.

### B4. Subcontracting

B4.1 Apart from the Hosting Partner, the Provider shall not use subcontractors or sub-processors for the Service without the Customer's prior written consent.

### B5. Liability

B5.1 The Provider's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

B5.2 Neither party is liable for loss of profit or indirect loss. The limits in B5 do not apply to death or personal injury caused by negligence, or to fraud.

### B6. Termination

B6.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

B6.2 The Customer may also terminate if service credits under B1.3 become due in any two consecutive months.

B6.3 On termination by the Customer for the Provider's breach, the Provider refunds the prepaid subscription fee for the remaining part of the Subscription Year.

### B7. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, power grid failures or government orders, provided it notifies the other party promptly and mitigates the effects.

### B7A. Changes to the Service

The Provider may improve the Service from time to time, provided that no change reduces the functions ordered in Schedule 1 or the protection of Customer Data.

### B8. Governing Law and Disputes

B8.1 These General Terms and the Order Form are governed by the laws of the Republic of Estonia.

B8.2 Any dispute shall be settled by the Harju County Court in Tallinn, Estonia.

### B8A. Records and Audit

The Provider keeps complete records of sales, refunds and admissions for the Subscription Term and makes them available to the Customer's finance staff and auditors on request, in a format that can be imported into the Customer's accounting software. The Provider will answer the Customer's reasonable written questions about its security measures and provide summaries of its latest penetration test.

### B9. Miscellaneous

B9.1 If Part A and Part B conflict, Part A prevails. Notices are given in writing to the contacts named in Part A6.

B9.2 Neither party may assign the Order Form without the other party's written consent, except the Provider to a successor of its whole business that assumes all its obligations.
"""

E03 = """T:Supply and Installation Contract - Frost and Humidity Monitoring System
P:Contract No. LQ-TEA-2025-07
P:This Contract is entered into on 3 June 2025 by and between:
P:Buyer: Guizhou Leiqian Tea Garden Co., Ltd., Yangtou Village, Leishan County, Qiandongnan, Guizhou Province, People's Republic of China (the "Buyer"); and
P:Supplier: Avernakø AgriSense ApS, a company registered in Denmark, with its office at Avernakø Havn, 5600 Faaborg, Avernakø, Denmark (the "Supplier").
P:Whereas the Buyer grows early spring green tea on about 420 hectares of terraced hillside, where late frosts in March regularly damage the first flush; whereas the Buyer wishes to install a field monitoring system that warns its staff in time to start frost fans and sprinklers; and whereas the Supplier designs and installs agricultural sensor networks and has submitted its offer of 12 May 2025, the parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: (a) 180 sensor nodes measuring air temperature at two heights, leaf wetness, relative humidity and soil moisture; (b) 12 LoRa gateways with solar power; (c) 6 weather masts with wind, radiation and rainfall sensors; and (d) the AgriSense Monitor software with a perpetual licence, installed on the Buyer's server at the garden office, including the frost alarm engine and the mobile alert application.
P:1.2 The Supplier shall also calibrate all sensors on site, configure alarm thresholds with the Buyer's agronomist, and train the Buyer's field staff and technicians.
P:1.3 The detailed technical specification is set out in Annex A.
P:1.4 The Supplier shall survey the garden before installation together with the Buyer's field manager, agree the position of every node, gateway and mast on the garden map, and take care not to damage tea bushes, terraces or drainage channels. Any damage caused by the Supplier's staff shall be repaired at its cost.
P:1.5 The Supplier shall deliver as-built drawings, a node register with serial numbers and coordinates, calibration certificates and user manuals in Chinese before the Final Acceptance tests.
P:1.6 All equipment shall be suitable for outdoor use on steep slopes, with protection against rain, dust and lightning, and the nodes shall run on their batteries for at least two frost seasons without replacement.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all amounts are expressed and paid in Chinese Renminbi (CNY). The Contract Price is CNY 1,450,000, inclusive of VAT, customs duties, freight and insurance to the garden, as itemised in the following table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Sensor node (temperature, leaf wetness, humidity, soil moisture)|180|3,850|693,000
TB:2|LoRa gateway with solar kit|12|14,600|175,200
TB:3|Weather mast|6|38,400|230,400
TB:4|AgriSense Monitor software, perpetual licence|1|168,000|168,000
TB:Hardware and licence subtotal| | | |1,266,600
TB:5|Installation and commissioning| | |142,000
TB:6|Calibration and training| | |41,400
TB:Contract Price| | | |1,450,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working system.
H:Section 3 Payment Terms
P:3.1 Ten per cent (10%) of the Contract Price, CNY 145,000, is payable within fifteen days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Fifty-five per cent (55%), CNY 797,500, is payable after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate confirms completeness only and is not acceptance.
P:3.3 Thirty-five per cent (35%), CNY 507,500, is payable within twenty days after the Final Acceptance Certificate is signed.
H:Section 4 Delivery Schedule
P:4.1 All equipment shall be delivered to the garden by 15 October 2025 and installation completed by 30 November 2025, so that the system can run through the winter before the frost season.
P:4.2 If the Supplier is late in completing installation, it shall pay liquidated damages of one tenth of one per cent (0.1%) of the Contract Price for each day of delay, up to a total of ten per cent (10%) of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final acceptance tests take place after a trial run of sixty days. The system passes when: (a) no node has a gap in its readings longer than two hours during the trial run; (b) air temperature readings agree with the Buyer's reference thermometer within 0.3 degrees Celsius at ten sampled nodes; (c) a simulated frost event produces alerts on all registered phones within two minutes; (d) the software runs without a Severity 1 incident during the last thirty days of the trial run; and (e) the documentation and training have been completed.
P:5.2 When the tests are passed, the parties sign the Final Acceptance Certificate. Installation, use of the system or payment does not mean acceptance.
H:Section 6 Warranty and After-Warranty Support
P:6.1 The Supplier warrants all equipment and the software for thirty-six (36) months from the date of the Final Acceptance Certificate, and shall repair or replace defective items free of charge, including freight and site work.
P:6.2 After the warranty period the Supplier shall, if the Buyer so orders, provide yearly support at seven and a half per cent (7.5%) of the hardware and licence subtotal per year, i.e. CNY 94,995 per year. This fee is fixed for the two years following the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:Section 7 Service Levels
P:7.1 Incidents are classified as follows: Severity 1, the frost alarm engine or alert delivery fails, or more than a fifth of the nodes stop reporting; Severity 2, single gateways or masts fail; Severity 3, other faults and questions.
P:7.2 The Supplier's local service partner shall respond to a Severity 1 incident within thirty (30) minutes, day and night, throughout the year, and shall be on site within eight hours from 1 February to 30 April. Severity 2 incidents receive a response within eight hours and a repair visit within three days.
P:7.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which a Severity 2 repair is late CNY 300.
P:7.4 The Supplier shall keep a stock of spare nodes and gateway parts in Guizhou during the frost season so that failed equipment can be replaced without waiting for shipments from abroad.
H:Section 8 Data
P:8.1 All measurement data, maps, alarm logs and photographs generated by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The system is hosted at the Buyer's garden office. The Supplier's remote access requires the Buyer's approval for each session, uses individual accounts with two-factor authentication, and is logged. The Supplier shall keep the software patched, encrypt the alert channel and change all default passwords before commissioning.
P:8.3 The Supplier shall report any data security incident within twelve hours and shall be liable for the losses caused by its failure to meet this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the information received from the other party, in particular the Buyer's garden maps, yields and cultivation methods, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Section 10 Intellectual Property
P:10.1 The alarm rules, garden maps and configuration files prepared for the Buyer belong to the Buyer, which may use and modify them freely and hand them to another service provider. The AgriSense Monitor software remains the Supplier's property under the perpetual licence in Section 1.
H:Section 11 Liability
P:11.1 The total liability of the Supplier under this Contract is limited to one hundred and fifty per cent (150%) of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:12.1 The Supplier may use the local service partner named in Annex B, approved by the Buyer on signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within twenty days after notice, or if installation is more than forty-five days late.
H:Section 14 Governing Law and Arbitration
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 At the Supplier's request, any dispute arising out of or in connection with this Contract shall be referred to and finally resolved by arbitration administered by the Hong Kong International Arbitration Centre, with the seat of arbitration in Hong Kong. The language of the arbitration shall be English.
H:Section 14A Notices
P:14A.1 Notices shall be given in writing in Chinese or English to the addresses above, by courier and by e-mail, and take effect on receipt.
H:Section 15 Miscellaneous
P:15.1 Annex A (Technical Specification) and Annex B (Local Service Partner) form part of this Contract. This Contract is signed in Chinese and English; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IDENTITY AND ACCESS SERVICE AGREEMENT

Agreement reference: HID-SZ-2025-11

**Between**

Suzhou Jinhe Circuit Technology Co., Ltd., 88 Suhong East Road, Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer"); and

Hidra Identity Services AS, a Norwegian private limited company with its registered office at Hidra, 4432 Hidrasund, Flekkefjord, Norway ("Provider").

**Background**

(A) Customer manufactures multi-layer and HDI printed circuit boards in three plants in Suzhou and employs about 2,400 staff who use office systems, the manufacturing execution system and engineering tools.

(B) Customer wishes to consolidate accounts scattered across these systems, introduce single sign-on and multi-factor authentication, and control privileged access to production systems.

(C) Provider operates a managed identity and access service delivered from a private cloud in Shanghai through its local partner.

**Agreed terms**

## 1. Definitions

1.1 "Service" means the managed identity and access service described in clause 2 and Schedule 1.

1.2 "Customer Data" means identity records, credentials, group memberships, access logs and any other data of Customer processed by the Service.

1.3 "Subscription Year" means each consecutive period beginning on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer signs the Service Acceptance certificate.

## 2. The Service

2.1 Provider shall provide: single sign-on for up to 2,400 identities and 40 applications; multi-factor authentication by mobile app and hardware token; joiner, mover and leaver workflows fed from Customer's HR system; privileged access management for production servers and MES databases, with session recording; and quarterly access reviews.

2.2 Provider shall operate the Service, apply patches, monitor it at all times and provide a service desk in Mandarin Chinese and English.

2.3 Provider shall assign a named service manager who meets Customer's IT and security teams every month to review incidents, changes, access-review results and planned work, and who prepares a written monthly service report.

2.4 Changes to the Service configuration that affect production systems require a change request approved by Customer and must be scheduled outside the plants' shift changeovers. Each change shall have a tested rollback plan.

2.5 Provider shall give Customer's administrators read access to the audit logs and dashboards of the Service and shall keep audit logs for at least three Subscription Years.

## 3. Term

3.1 This Agreement starts on signature and the Service runs for three Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. The parties may agree an extension in writing.

2.6 Provider shall keep a disaster recovery copy of the Service in a second data centre in Shanghai and shall test the recovery procedure at least twice in each Subscription Year, sharing the test report with Customer.

## 4. Onboarding and Service Acceptance

4.1 Provider shall carry out onboarding, including integration of the 40 applications listed in Schedule 1, migration of accounts, and enrolment of all staff, according to the plan in Schedule 1. Provider aims to complete onboarding by 31 October 2025. Target dates are estimates, and Provider shall not be liable for any delay in meeting them.

4.2 Service Acceptance tests: (a) all 40 applications sign on through the Service; (b) the joiner and leaver workflows update all connected systems within fifteen minutes; (c) privileged sessions to production servers are recorded and can be replayed; (d) a failover test of the Shanghai platform completes without loss of sessions. When the tests are passed, Customer signs a Service Acceptance certificate. Use of parts of the Service before then is not acceptance.

4.3 Provider shall hand over to Customer, with the Service Acceptance certificate, the design document, the list of integrated applications, the administrator guide and the exit plan.

## 5. Service Levels

5.1 Provider shall make the Service available 99.95% of each calendar month, excluding planned maintenance agreed with Customer.

5.2 Incidents are classified and handled in accordance with the priority table in Schedule 2.

5.3 The service levels in this clause 5 and Schedule 2 are targets. A failure to meet them does not entitle Customer to service credits, fee reductions, damages or any other compensation.

5.4 Provider shall publish a monthly report showing availability, incidents by priority, response times achieved and open problems, and shall explain the root cause of every P1 incident in writing within five business days.

## 6. Charges and Payment

6.1 At Customer's request all charges are in Chinese Renminbi (CNY). The charges are set out in Schedule 3.

6.2 The onboarding charge is invoiced after the Service Acceptance certificate is signed. The service charge for each Subscription Year is invoiced quarterly in arrears. No charge is payable before the Service Start Date.

6.3 Invoices are payable within thirty days of receipt.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider processes it only on Customer's instructions and only to provide the Service.

7.2 Customer Data is stored and processed only in the Shanghai private cloud, which is certified at MLPS level 3. Provider encrypts credentials and secrets, restricts administrator access to named staff using hardware tokens, records all administrator sessions, and performs a penetration test each Subscription Year.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within two hours of detection, contain it, and bear the losses and costs caused to Customer where the incident results from Provider's or its subcontractors' acts or omissions.

7.4 On expiry or termination Provider shall return all Customer Data in a standard format and then delete it securely.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's process recipes, customer names and network design, and shall use it only for this Agreement. This obligation survives for three years after expiry or termination.

8.2 Provider's staff and subcontractors who have access to Customer's systems shall sign individual confidentiality undertakings before they are given access, and Provider shall give Customer a list of them on request.

## 9. Intellectual Property

9.1 Provider retains all rights in its platform and standard connectors.

9.2 Connectors, workflows, access policies and role models created specifically for Customer belong to Customer, which may use and modify them and hand them to a successor provider.

## 10. Subcontractors

10.1 Provider may engage subcontractors and sub-processors to perform any part of the Service. Provider shall inform Customer in writing of each new subcontractor or sub-processor, and remains responsible for their performance.

## 11. Liability

11.1 The total liability of each party under this Agreement is limited to one hundred and twenty per cent (120%) of the total charges set out in Schedule 3, except for breach of clauses 7 and 8, wilful misconduct and fraud, which are not limited.

11.2 Neither party is liable for indirect or consequential loss.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that it fails to remedy within thirty days after receiving notice of it.

12.2 On termination Provider shall continue the Service for up to ninety days, if Customer so requests, to allow an orderly exit, at the charges in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13A. Exit Assistance

Before the end of the third Subscription Year, Provider shall agree an exit plan with Customer, export the role models, access policies, connector configurations and audit logs, and help Customer or a successor provider to take over the Service without interruption to the plants.

## 14. General

14.1 Amendments must be in writing and signed by both parties. Schedules 1 to 3 form part of this Agreement.

Signed for Customer: ____________________ Date: 26 June 2025

Signed for Provider: ____________________ Date: 26 June 2025

## Schedule 1 - Scope and Onboarding Plan

Applications to be integrated: ERP, MES, PLM, CAM workstations, e-mail, intranet, VPN, the laboratory information system, and 32 further applications listed in the attached register. Onboarding phases: design (four weeks), integration (eight weeks), enrolment of staff by plant (four weeks), stabilisation (two weeks).

Customer shall provide a project manager, access to application owners in each plant, test accounts and the HR data feed, and shall review design documents within five business days of receipt.

## Schedule 2 - Priority Table

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| P1 | Sign-on or MFA unavailable for all users, or privileged access to production blocked | 30 minutes | 3 hours |
| P2 | Service degraded, or one plant or application affected | 2 hours | 1 business day |
| P3 | Single user or minor issue | 1 business day | 5 business days |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service charge | per Subscription Year, up to 2,400 identities | 258,000 |
| Service charges for the term | 3 Subscription Years | 774,000 |
| Onboarding | one-time | 96,000 |
| **Total charges** | | **870,000** |

Identities above 2,400 are charged at CNY 105 per identity per Subscription Year and are not included in the total charges.
"""

E05 = """API SUBSCRIPTION AGREEMENT - SOCIAL INSURANCE RECORD CHECK

Reference: SDV-BJ-2025-014
Date: 30 June 2025

PARTIES

(1) Beijing Renhe Cloud HR Technology Co., Ltd., Room 1206, Tower B, 9 Shangdi Tenth Street, Haidian District, Beijing, People's Republic of China ("Customer").

(2) Šipan Data Verification d.o.o., a limited liability company registered in Croatia, with its registered office at Suđurađ, Otok Šipan, 20223 Šipanska Luka, Croatia ("Vendor").

BACKGROUND

A. Customer runs an online HR platform used by about nine thousand employers in China for onboarding, payroll and benefits administration. Employers ask Customer to confirm, with the candidate's consent, whether a new hire's social insurance contribution history matches what the candidate has declared.

B. Vendor provides an application programming interface ("API") that returns, for a consenting individual, a structured summary of social insurance contribution records obtained through its licensed data partner in China, together with a match score against the declared employment history.

C. Customer wishes to subscribe to the API and integrate it into its platform, and Vendor agrees on the terms below.

1. DEFINITIONS

1.1 "Query" means one request to the API for one individual.

1.2 "Production Access" means the issue to Customer of production API credentials after the Integration Acceptance certificate has been signed.

1.3 "Subscription Year" means each consecutive period beginning on the date of Production Access or on an anniversary of that date.

1.4 "Customer Data" means all personal information of candidates and employers that Customer submits to the API, and all results returned to Customer.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for the term of this Agreement, including a sandbox environment, technical documentation in Chinese and English, and support by e-mail and a shared messaging group.

2.2 Vendor shall use commercially reasonable efforts to keep the API available and to answer support requests promptly. No particular availability, response time or resolution time is promised.

2.3 Vendor shall provide Customer with monthly usage statements showing the number of Queries, the results by category and any Queries rejected for missing consent, and shall answer reasonable questions from Customer's compliance team about the origin of the records.

2.4 Customer shall keep its API credentials secure, use the API only for checks requested by employers with the candidate's consent, and not resell access to the API as a stand-alone product.

2.5 Vendor may change the API on thirty days' notice, provided that the change does not reduce the data returned or require Customer to rebuild its integration.

3. TERM

3.1 This Agreement begins on the date above and continues for three Subscription Years from the date of Production Access.

3.2 This Agreement ends at the end of the third Subscription Year and does not renew automatically. Any extension must be agreed in writing.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall build and deliver a connector between Customer's platform and the API, including consent capture, asynchronous result delivery, and an employer-facing result page, as described in the Schedule.

4.2 Integration Acceptance tests: (a) five hundred test Queries with known results return the expected outcome; (b) a Query is answered within ten seconds in at least nineteen cases out of twenty at a load of fifty Queries per second; (c) Queries without a recorded consent are rejected; (d) the result page shows the records and the match score in Chinese. When the tests are passed, Customer signs an Integration Acceptance certificate. Use of the sandbox or of a pilot with selected employers is not acceptance.

4.3 Vendor shall enable Production Access by 15 September 2025. If Production Access is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay, up to a maximum of CNY 30,000.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese Renminbi (CNY), as set out in the Schedule.

5.2 The subscription fee for each Subscription Year is payable in four equal instalments, each invoiced at the end of a quarter of that Subscription Year. The connector fee is payable within thirty days after Integration Acceptance. Nothing is payable in advance.

5.3 Queries above the yearly allowance are invoiced monthly in arrears at the rate in the Schedule.

5.4 Each invoice shall state the period, the Queries counted and the fees in CNY, and shall be issued as a valid Chinese VAT invoice by Vendor's licensed data partner acting as its billing agent, or in another form that Customer's finance department accepts.

6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer. Vendor shall use Customer Data solely to perform this Agreement and shall not sell it, use it to build profiles, or disclose it except to its licensed data partner as needed to answer a Query.

6.2 Customer may ask Vendor at any time for a list of the categories of Customer Data it holds and the period for which it holds them, and Vendor shall answer within ten business days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all business and technical information disclosed by the other party that is marked or obviously confidential, shall use it only for this Agreement, and shall protect it with at least the care it uses for its own information of that kind.

7.2 This clause does not apply to information that is public, already known to the recipient, or required to be disclosed by law or a competent authority. This clause survives for three years after the end of this Agreement.

7.3 Each party shall ensure that its employees and advisers who receive the other party's confidential information are bound by obligations no less strict than this clause.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its matching method and its documentation.

8.2 The connector and the result page built for Customer under clause 4.1 belong to Customer. Customer may use, modify and license them freely. Vendor shall deliver their source code with the Integration Acceptance tests.

9. SUBCONTRACTING

9.1 Other than its licensed data partner named in the Schedule, which Customer approves by signing this Agreement, Vendor shall not subcontract any part of its obligations without the prior written consent of Customer.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule, except for fraud, wilful misconduct and personal injury.

10.2 Neither party is liable for loss of profits, revenue or goodwill, or for indirect loss.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after being asked in writing to do so.

11.2 Customer may terminate this Agreement with immediate effect if Vendor's licensed data partner loses the authorisation it needs to supply the records.

11.3 On termination Customer pays the fees due for the service provided up to the termination date, and Vendor refunds any fees paid for the period after it.

12. COMPLIANCE

12.1 Customer is responsible for obtaining each candidate's separate consent to the Query in accordance with the Personal Information Protection Law of the PRC, and for keeping records of those consents.

12.2 Each party shall comply with the laws that apply to it in performing this Agreement.

12.3 Vendor shall keep its licensed data partner's authorisation current and shall inform Customer without delay of any change in it, and of any complaint by an individual about a Query made through Customer's platform.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time of application.

14. GENERAL

14.1 This Agreement, with the Schedule, is the whole agreement of the parties on its subject. It may be amended only in writing signed by both parties.

14.2 Notices must be sent by e-mail and by courier to the addresses above.

14.3 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business that takes over all its obligations. The headings in this Agreement are for convenience only.

14.4 This Agreement is signed in English in two originals. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

SIGNATURES

For Customer: ______________________   Name and title: ______________________

For Vendor: ______________________   Name and title: ______________________

SCHEDULE - SCOPE, FEES AND DATA PARTNER

Part 1 - Scope

Queries: structured summary of social insurance contribution records (pension, medical, unemployment, work injury, maternity) for the past eighty-four contribution months or fewer, with employer names, contribution base bands and gaps; match score against the declared history.

Connector: consent capture page in the candidate's mobile flow, webhook result delivery, employer result page, administration console for Customer.

Part 2 - Fees

Subscription fee: CNY 168,000 per Subscription Year, including up to 600,000 Queries in that Subscription Year.
Subscription fees for the term: 3 Subscription Years = CNY 504,000.
Connector development and integration (one-time): CNY 54,000.
Total fees: CNY 558,000.
Queries above the yearly allowance: CNY 0.22 per Query (not included in the total fees).

Part 3 - Licensed data partner

Beijing Zhengxin Yuntong Data Services Co., Ltd., holder of the required authorisation to supply the records.
"""

FILES = {  # key: (file name, lang, format, source)
    "h305z01": ("h305z01_weather_bureau_agri_meteorology_platform.pdf", "zh", "pdf", Z01),
    "h305z02": ("h305z02_pharma_freeze_dryer_control_retrofit.docx", "zh", "docx", Z02),
    "h305z03": ("h305z03_hair_school_chain_academic_billing_saas.txt", "zh", "txt", Z03),
    "h305z04": ("h305z04_court_e_litigation_platform_om_service.txt", "zh", "txt", Z04),
    "h305z05": ("h305z05_beef_ball_factory_qms_supplier_template.md", "zh", "md", Z05),
    "h305e01": ("h305e01_fan_studio_brush_software_greek_vendor.pdf", "en", "pdf", E01),
    "h305e02": ("h305e02_piano_museum_ticketing_saas_order_form.md", "en", "md", E02),
    "h305e03": ("h305e03_tea_garden_frost_sensors_buyer_paper.docx", "en", "docx", E03),
    "h305e04": ("h305e04_pcb_maker_managed_identity_access.md", "en", "md", E04),
    "h305e05": ("h305e05_hr_platform_social_insurance_check_api.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Facts per contract, in TERM_KEYS order, then extras. pw_base / pw_fee: the post-warranty fee base and yearly fee
# (for TCO); forum_foreign: disputes go to a forum outside mainland China (not a label key).
L = {
    "h305z01": dict(category="software", value=2358000,
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 9, False, True,
                           False, "PRC", "goods_or_licence"],
                    sla=True, ld=True, capped=True, deemed=False, pw_base=1120000, forum_foreign=False),
    "h305z02": dict(category="hardware", value=2760000,
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8.5, False,
                           False, True, "PRC", "goods_or_licence"],
                    sla=True, ld=True, capped=True, deemed=False, pw_base=2396000, forum_foreign=False),
    "h305z03": dict(category="cloud", value=672000,
                    terms=[99.5, 0.5, True, "buyer", True, True, True, 600 / 672000 * 100, 150,
                           (196000 + 84000) / 672000 * 100, True, None, None, None, True, True, False, "PRC",
                           "service"],
                    sla=True, ld=True, capped=None, deemed=False, pw_base=None, forum_foreign=False),
    "h305z04": dict(category="services", value=1386000,
                    terms=[99.95, 0.25, True, "buyer", True, True, True, 1500 / 1386000 * 100, None, None, True, None,
                           None, None, False, True, False, "PRC", "service"],
                    sla=True, ld=True, capped=None, deemed=False, pw_base=None, forum_foreign=False),
    "h305z05": dict(category="software", value=1560000,
                    terms=[None, 12, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 25, False,
                           True, None, None, "goods_or_licence"],
                    sla=True, ld=True, capped=True, deemed=True, pw_base=1080000, forum_foreign=False),
    "h305e01": dict(category="software", value=830000,
                    terms=[None, 2, True, "buyer", True, True, True, 700 / 830000 * 100, 150, 20, True, True, 3, None,
                           False, True, False, "Greece", "goods_or_licence"],
                    sla=True, ld=True, capped=False, deemed=False, pw_base=636000, forum_foreign=True),
    "h305e02": dict(category="cloud", value=502000,
                    terms=[99.95, 1, True, "buyer", True, True, False, 450 / 502000 * 100, 6 / 36 * 100, None, True,
                           None, None, None, False, True, False, "Estonia", "service"],
                    sla=True, ld=True, capped=None, deemed=False, pw_base=None, forum_foreign=True),
    "h305e03": dict(category="hardware", value=1450000,
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7.5, False, True,
                           False, "PRC", "goods_or_licence"],
                    sla=True, ld=True, capped=True, deemed=False, pw_base=1266600, forum_foreign=True),
    "h305e04": dict(category="cloud", value=870000,
                    terms=[99.95, 0.5, False, "buyer", True, True, True, None, 120, None, True, None, None, None,
                           False, True, True, "PRC", "service"],
                    sla=True, ld=False, capped=None, deemed=False, pw_base=None, forum_foreign=False),
    "h305e05": dict(category="cloud", value=558000,
                    terms=[None, None, False, "buyer", False, True, True, 400 / 558000 * 100, 200, None, True, None,
                           None, None, False, True, False, "PRC", "service"],
                    sla=False, ld=True, capped=None, deemed=False, pw_base=None, forum_foreign=False),
}

EXPECTED = {
    "h305z01": [],
    "h305z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h305z03": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h305z04": [],
    "h305z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h305e01": ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"],
    "h305e02": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h305e03": ["CR-GOVERNING-LAW"],
    "h305e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "h305e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
EXPECTED_RISK = {"h305z01": "low", "h305z02": "medium", "h305z03": "medium", "h305z04": "low", "h305z05": "high",
                 "h305e01": "high", "h305e02": "medium", "h305e03": "low", "h305e04": "high", "h305e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(key):
    f = L[key]
    t = dict(zip(TERM_KEYS, f["terms"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not f["capped"]:
        return None
    fee = f["pw_base"] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fee, years, fees, f["value"] + fees, fees / (f["value"] + fees) * 100


def derive(key):
    """Policy §3 applied to my own labels (not the project's code)."""
    f = L[key]
    t = dict(zip(TERM_KEYS, f["terms"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not f["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if f["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not f["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not f["capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or f["forum_foreign"]:
        r.add("CR-GOVERNING-LAW")
    tc = tco(key)
    if goods and tc and tc[4] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def off_threshold(key):
    t = dict(zip(TERM_KEYS, L[key]["terms"]))
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, th in checks:
        if t[k] is not None:
            assert abs(t[k] - th) > 1e-6, (key, k, t[k])
    tc = tco(key)
    if tc:
        assert abs(tc[4] - 40) > 1e-6, (key, tc)


THRESHOLD_RES = {
    "availability 99.9": r"(?<![\d.])99\.9(?!\d)|九十九点九(?![五九])",
    "P1 4 hours": r"(?<![\d.])4\s*(?:个\s*)?(?:小时|h\b|hours?\b|-hour)|(?<![十])四\s*(?:个\s*)?小时"
                  r"|(?<![\w-])four[\s-]+hours?\b|(?<![\d.])240\s*(?:分钟|min)",
    "LD 0.05 %/day": r"(?<![\d.])0\.050*\s*(?:%|per\s*cent)|万分之五(?![十])",
    "cap 100 %": r"(?<![\d.])100\s*(?:%|per\s*cent)|百分之一?百|one hundred per\s*cent",
    "prepayment 30 %": r"(?<![\d.])30\s*(?:%|per\s*cent)|百分之三十(?![一二三四五六七八九])|三成|thirty per\s*cent",
    "TCO 40 %": r"(?<![\d.])40\s*(?:%|per\s*cent)|百分之四十(?![一二三四五六七八九])|四成|forty per\s*cent",
    "warranty 12 months": r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?\b|-month)|(?<![一二三四五六七八九十])十二个?月"
                          r"|twelve[\s-]+months?|(?<![\d.])1\s*年|(?<![十])一年|(?<![\w-])one[\s-]+year\b"
                          r"|(?<![\d.])1[\s-]+year\b",
    "post-warranty 15 %": r"(?<![\d.])15\s*(?:%|per\s*cent)|百分之十五(?![点])|fifteen per\s*cent",
    "5 years": r"(?<![\d.])5\s*(?:年|years?\b|-year)|(?<![十])五\s*年|(?<![\w-])five[\s-]+years?\b"
               r"|(?<![\d.])60\s*(?:个\s*)?(?:月|months?\b|-month)|六十个?月|sixty[\s-]+months?",
}
MUST_HIT = ["4小时", "四小时", "4 hours", "four hours", "a four-hour window", "240分钟", "99.9%", "万分之五", "0.05%",
            "100%", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "40%", "百分之四十", "12个月", "十二个月",
            "一年", "第一年", "one year", "12 months", "twelve months", "15%", "百分之十五", "5年", "五年",
            "five years", "five-year", "60个月", "60 months", "sixty months", "1 year", "0.05 per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "130%", "150%",
             "四十二个月", "二十四个月", "24 months", "2025年", "2021年", "十五个工作日", "14 hours", "十四小时",
             "万分之五十", "0.055%", "1.5倍", "one hundred and fifty per cent", "thirty-five per cent",
             "forty-five per cent", "35%", "45%", "12,000 x 6,000", "120%", "十一年"]


def self_test():
    for s in MUST_HIT:
        assert any(re.search(p, s) for p in THRESHOLD_RES.values()), ("must hit", s)
    for s in MUST_MISS:
        hits = [n for n, p in THRESHOLD_RES.items() if re.search(p, s)]
        assert not hits, ("must miss", s, hits)


def scan(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for name, p in THRESHOLD_RES.items():
            for m in re.finditer(p, variant, flags=re.IGNORECASE):
                found.append((name, m.group(0)))
    return found


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    name, lang, _fmt, _src = FILES[key]
    f = L[key]
    terms = dict(zip(TERM_KEYS, f["terms"]))
    extra = {"sla_clause": f["sla"], "ld_stated": f["ld"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = f["capped"]
    extra["acceptance_deemed_on_delivery"] = f["deemed"]
    extra["contract_value"] = f["value"]
    return {"file": name, "language": lang, "category": f["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": EXPECTED[key]}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        assert lo <= n <= hi, (name, n)
        hits = scan(src) + scan(text)
        assert not hits, (name, hits)
        off_threshold(key)
        rules = derive(key)
        assert rules == EXPECTED[key], (key, rules, EXPECTED[key])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == EXPECTED_RISK[key], (key, risk)
        covered |= set(rules)
        lab = json.dumps(label(key), ensure_ascii=False, indent=1)
        (OUT / (Path(name).stem + ".json")).write_text(lab, encoding="utf-8")
        tc = tco(key)
        print("%s  %-4s %-5s len=%d  risk=%-6s rules=%s%s" % (
            name, lang, fmt, n, risk, ", ".join(rules) or "(none)",
            "  TCO=%.0f share=%.2f%%" % (tc[3], tc[4]) if tc else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    counts = sorted(len(v) for v in EXPECTED.values())
    print("all 20 CR rules covered; findings per contract:", counts)


if __name__ == "__main__":
    main()
