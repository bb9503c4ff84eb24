"""holdout1115: builds the ten held-out draft contracts and their .json labels, and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Sources are kept below; .docx and .pdf go
through ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). The labels are written from LABELS; the
expected rules are derived from the terms with my own reading of policy section 3 and compared with DESIGN.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市国资委国有资产监管平台软件采购及定制开发合同
P:合同编号：GZW-ZC-2027-018
P:采购方式：政府采购公开招标（项目编号 ZFCG-2027-0446）
P:甲方（采购人）：某市人民政府国有资产监督管理委员会
P:乙方（供应商）：江城数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供国有资产监管平台软件（以下简称“平台”）的永久使用许可，并在平台基础上完成产权登记、“三重一大”决策事项报备、投资项目全过程监管、企业财务快报四个定制模块的开发，完成与市财政一体化系统及电子政务外网统一身份认证的数据对接，并负责部署实施和培训。
P:1.2 平台部署于甲方指定的政务云资源，用户范围为甲方机关各处室及市属一级监管企业共六十八家，许可不设并发用户数上限，不限制甲方在上述范围内的安装数量。
P:1.3 详细功能需求、接口清单和性能指标以招标文件第五章“采购需求”及乙方投标文件技术响应表为准；二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾壹万元整（¥2,410,000），其中：平台软件许可费¥1,260,000；定制模块开发费¥836,000；数据对接费¥218,000；部署实施及培训费¥96,000。
P:2.2 上述价款为固定总价，已包含软件许可、开发、测试、部署、差旅、培训、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥482,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥1,084,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥843,500。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方每次请款前应开具等额增值税发票。甲方付款以财政资金拨付进度为准，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后三十日内完成需求确认，九十日内完成定制模块开发并部署，一百二十日内具备初步验收条件。
P:4.2 乙方应每周向甲方提交项目进度报告，并指派一名项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.3 乙方应为甲方系统管理员提供不少于五天的集中培训，为各监管企业填报人员提供分批次操作培训，并提交操作手册、运维手册和培训视频。
P:4.4 甲方负责提供政务云资源、网络接入和必要的办公条件，并协调市财政局等相关单位配合接口联调。
H:第五条 验收
P:5.1 初步验收：平台及四个定制模块的全部功能按需求清单逐项测试通过；与财政一体化系统、统一身份认证的接口连续运行十日无数据差错；在三百个并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收：平台通过初步验收后连续试运行六十日，期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告和商用密码应用安全性评估报告均为合格；乙方已移交全部源代码、技术文档和培训材料。
P:5.3 甲方应在收到乙方书面验收申请后十个工作日内组织验收并出具验收报告。平台上线使用或甲方付款均不视为验收合格。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权仍归乙方所有，甲方获得永久、不可撤销的使用许可。
P:6.2 本合同项下定制开发的模块、接口程序、数据库设计及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年¥113,400），且在质保期满后的前三年内不得上调。维护合同另行签订，不自动续期。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日经甲方同意）。
P:8.2 一级故障（平台整体不可用或核心数据无法访问）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:8.3 乙方未按时响应或恢复的，每延误一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。上述款项从履约保证金或应付款中扣减。
H:第九条 数据安全
P:9.1 平台中的全部业务数据、监管信息及日志归甲方所有。乙方不得将其用于本合同以外的任何目的，不得留存、复制或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，运维操作须经甲方审批并通过堡垒机进行，全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、监管企业的商业秘密及其他非公开信息负有保密义务，保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方可将数据对接及现场部署中的非主体、非关键性工作分包给具备相应能力的单位，但应在分包前五个工作日书面告知甲方分包单位名称及分包内容。
P:12.2 乙方就分包部分向甲方承担全部责任，分包单位应遵守本合同第九条、第十条的约定。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过三十日仍未完成交付；（2）违反本合同第九条或第十条的约定；（3）有其他严重违约行为，经甲方书面催告后十五日内仍未改正。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释、履行及争议解决均适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:15.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同不可分割的组成部分。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力，但不得违背招标文件的实质性内容。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2027年3月__日
"""

Z02 = """T:生产线控制系统改造项目合同（设备及软件）
P:合同编号：RS-JG-2027-052
P:甲方：金华锐砂电动工具股份有限公司（电动砂轮机厂）
P:乙方：常州恒控自动化工程有限公司
P:甲方为提升台式砂轮机、角磨机装配与检测线的自动化水平，委托乙方对其三条生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的转子装配线、定子绕线线及整机测试包装线，共三条生产线。
P:1.2 乙方负责：将原有继电器控制柜更换为PLC控制系统；增加伺服压装单元和扭矩检测单元；更新人机界面；部署生产线监控与数据采集软件（以下简称“监控软件”）并与甲方现有ERP系统对接；完成安装调试、联调试产及操作维护培训。
P:1.3 乙方应在双方确认的停产窗口期内完成切换，每条线停线时间不得超过七个自然日。
P:1.4 乙方提供的设备应为全新、原厂正品，主要部件品牌和型号以技术协议为准，未经甲方书面同意不得替换。
P:1.5 乙方应在合同生效后十五日内完成现场勘察，提交电气设计图、控制柜布置图和I/O点表，经甲方确认后方可开始制作。
H:第二条 合同价款及明细
P:2.1 合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），明细如下：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|486,000
TB:2|伺服压装单元|9套|315,000
TB:3|扭矩及电参数检测单元|6套|228,000
TB:4|工业触摸屏及工控机|14台|143,000
TB:5|工业交换机及网络设备|1批|58,000
TB:6|监控与数据采集软件许可（永久）|3条线|250,000
TB:—|软硬件小计|—|1,480,000
TB:7|改造安装及联调费|1项|236,000
TB:8|培训费|1项|24,000
TB:—|合计|—|1,740,000
P:2.2 上述价款包含设备、软件、运输、安装、调试、旧设备拆除、税费及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥348,000。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥609,000。到货签收仅确认数量与外观，不视为质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的45%，即¥783,000。
P:3.4 乙方每次请款时应提供等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内完成设备到货，六十日内完成第一条线的切换，一百日内完成全部三条线的切换并具备最终验收条件。
P:4.2 切换前，乙方应提交详细切换方案和回退方案，经甲方生产部、设备部会签后实施；切换期间乙方技术人员应全程驻场。
P:4.3 乙方逾期交付或逾期完成切换的，每逾期一日，按合同总价的0.08%向甲方支付违约金；违约金累计不超过合同总价的10%。
H:第五条 验收
P:5.1 每条生产线切换后连续试生产十五日，并达到以下标准方可通过单线验收：单班产量不低于改造前的1.2倍；压装不良率不高于千分之三；扭矩检测数据与标准扭矩仪比对偏差不超过±2%；监控软件采集的产量、工时与ERP工单数据逐单核对一致；试生产期间未发生因控制系统原因导致的停线。
P:5.2 三条生产线均通过单线验收后，双方进行最终验收，签署最终验收报告。设备安装完毕或投入试生产均不视为验收合格。
P:5.3 单线验收不合格的，乙方应在十日内整改并重新组织试生产，由此增加的费用由乙方承担；复验仍不合格的，甲方有权要求乙方更换相关设备或相应减少价款。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内，乙方免费维修或更换故障部件，免费提供软件缺陷修复和升级。
P:6.2 质保期满后，乙方提供维保服务（含备件、定期巡检、软件升级及现场支持），维保费按软硬件小计的32%每年计取，即每年¥473,600，自质保期满之日起四年内不作调整，按年度支付。
P:6.3 故障响应：产线停机类一级故障，乙方应在1小时内响应，6小时内到达现场，10小时内恢复生产；二级故障应在8小时内到场处理。
P:6.4 乙方未按时响应或到场的，每延误一小时向甲方支付¥800；因控制系统故障导致停线超过二十四小时的，乙方另行赔偿甲方停线损失。
P:6.5 乙方应在甲方厂区存放常用备件（包括PLC模块、伺服驱动器、触摸屏各不少于一件），质保期内免费补充。
P:6.6 乙方应为甲方电气维修人员提供PLC程序维护及故障诊断培训，培训后甲方人员应能独立完成常见故障的排查。
P:6.7 质保期内同一部件累计故障三次及以上的，乙方应免费更换同型号新品，并重新计算该部件的质保期。
H:第七条 知识产权
P:7.1 监控软件标准版的知识产权归乙方所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、HMI画面、ERP接口程序及其源文件、电气图纸归甲方所有，乙方应在最终验收时全部移交，甲方有权自行修改和使用。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数和质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN及堡垒机进行，不得在设备中留存后门或远程连接程序，不得将甲方数据拷贝带离甲方厂区。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在2小时内通知甲方，配合处置，并承担相应赔偿责任。
H:第九条 保密
P:乙方对甲方的工艺参数、产品图纸、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
P:乙方应要求参与本项目的全部人员遵守本条约定，并对其人员的泄密行为承担责任。
H:第十条 分包
P:乙方不得将本合同项下工作转包；确需将电气柜体制作分包的，应事先取得甲方书面同意，并对分包部分承担全部责任。
H:第十一条 违约责任
P:11.1 乙方交付的设备或软件不符合合同约定的，应在甲方规定期限内免费更换或整改，并承担由此增加的费用。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 任何一方违约给对方造成损失的，应予赔偿。
H:第十二条 安全生产与现场管理
P:乙方进场人员应遵守甲方安全生产和厂区管理制度，持证上岗，作业前办理动火、登高、临时用电等作业审批。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。乙方应在每日收工前清理现场，拆除的旧控制柜按甲方指定位置堆放。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任。不可抗力持续超过六十日的，双方协商合同的变更及后续安排。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、切换计划。
P:本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """门店预约与会员管理SaaS服务合同

合同编号：FT-SaaS-2027-009
甲方：上海伏尔塔瓦语言培训连锁有限公司（捷克语培训，直营门店35家）
乙方：杭州约课云科技有限公司

甲方拟为其全部门店统一启用线上预约与会员管理系统。双方根据《中华人民共和国民法典》，就乙方向甲方提供SaaS服务及实施服务事宜，订立本合同。

一、服务内容
（一）订阅服务：乙方通过其“约课云”SaaS平台向甲方及其35家门店提供课程预约、排课、教师课表、会员管理、储值与课时消耗、线上支付对接、营销活动和经营报表功能，账号数量不设上限。
（二）实施服务：
1. 门店、教室、教师及课程体系（A1至C1各级别、考级冲刺班、一对一课程）的配置；
2. 甲方原有会员信息、剩余课时和储值余额的数据迁移；
3. 与甲方微信小程序及财务系统的对接；
4. 店长、前台及教务人员培训，每家门店不少于一次。
（四）乙方应提供平台操作手册、门店前台操作视频和常见问题解答，并随版本更新及时修订。
（五）服务期内乙方对平台的功能升级免费提供给甲方使用，升级不得影响门店正常营业，应安排在营业时间以外进行。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，第二个服务年度紧接其后。

二、费用及支付
（一）订阅费：每个服务年度¥268,800（35家门店 × ¥7,680/店/年），两个服务年度合计¥537,600。
（二）实施费：一次性¥86,000。
（三）合同总额为¥623,600。
（四）实施费在上线验收合格后十五个工作日内支付。订阅费按季度支付，甲方应在每季度首月十日前支付当季订阅费¥67,200。
（五）服务期内门店数量增加的，新增门店按每店每年¥7,680、按实际服务月份折算计费；门店减少的，自下一季度起相应减少订阅费。
（六）乙方收款前应开具等额增值税发票。
（七）上述费用已包含平台使用、短信通知（每个服务年度不超过二十万条）、版本升级、在线客服及税费，乙方不得另行收取其他费用。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：
1. 35家门店的课程、教室、教师和价格体系配置完成，并经甲方教务部书面确认；
2. 迁移的会员信息、剩余课时和储值余额与甲方原系统逐条核对一致；
3. 小程序预约、取消、支付、退款全流程测试通过；
4. 连续试运行十日，未发生一级故障。
（三）甲方应在收到验收申请后五个工作日内完成验收并书面确认。试运行或部分门店先行使用均不视为验收合格。
（四）验收合格后，乙方应向甲方移交配置说明、数据迁移核对报告和培训记录。上线后三十日为稳定期，乙方应安排实施顾问在线值守，协助门店处理使用问题。
（五）乙方未按期完成实施的，每逾期一日，按合同总额的千分之一向甲方支付违约金。

四、双方义务
（一）甲方应指定一名项目联系人，负责需求确认、数据提供和验收组织，并按乙方要求及时提供原系统数据导出文件。
（二）甲方应确保各门店前台设备、网络环境满足平台运行的基本要求，并妥善保管各门店管理员账号。
（三）乙方应指定专职客户成功经理，负责日常问题的受理、跟踪和回访，每季度与甲方召开一次服务回顾会，听取门店意见。
（四）乙方应提供工作日9:00至21:00的在线客服和电话支持，节假日安排值班人员；门店开学季、招生季等高峰期间，乙方应增派支持人员。
（五）平台功能发生重大调整的，乙方应提前三十日通知甲方，不得降低本合同约定的功能和服务水平。
（六）甲方应按本合同约定及时支付费用，并对各门店使用人员的操作行为负责。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在每日23:00至次日6:00之间并提前三日通知甲方。
（二）一级故障（平台无法登录、无法预约或无法支付）：乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，当日解决；三级故障：三个工作日内解决。
（三）月度可用率未达到承诺值的，每低于0.1个百分点，按当月订阅费的5%给予服务抵扣；一级故障未按时恢复的，每超过一小时抵扣¥500。抵扣金额从下一季度订阅费中扣除。
（四）乙方每月五日前向甲方提供上月可用率及故障处理报告。
（五）乙方应在每年招生高峰前完成一次扩容测试，确保单日预约量达到两万次时平台运行正常。

六、数据
（一）甲方及其门店录入或产生的会员信息、课程记录、交易数据归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他目的。
（二）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据。
（三）服务期内，甲方可随时通过平台自助导出会员、课时和交易报表，乙方不得对数据导出设置额外收费或技术限制。

七、保密
双方对在合作中知悉的对方商业秘密、经营信息和价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

八、知识产权
平台及其标准功能的知识产权归乙方所有。为甲方专门开发的报表模板、小程序对接程序及其文档归甲方所有，甲方可自行修改或委托第三方维护。
乙方保证平台不侵犯第三方知识产权；因侵权引起第三方索赔的，由乙方负责处理并赔偿甲方因此遭受的损失。

九、续期
（一）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
（二）续期服务年度的订阅费由乙方根据其届时公布的价格标准确定，乙方有权调整续期价格，并应在续期开始前十五日通知甲方。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。
乙方对经同意的分包方的行为承担全部责任。

十一、违约与解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已付但尚未使用服务期的订阅费。
（二）平台连续两个月可用率未达到承诺值的，甲方有权解除合同。
（三）甲方逾期支付订阅费超过三十日的，乙方可在提前十日书面通知后暂停服务。
（四）合同解除或终止的，乙方应配合甲方完成数据导出和系统切换，过渡期内不得中断服务。

十二、不可抗力
因地震、台风、战争、政府行为、大范围网络中断等不可抗力导致一方不能履行合同的，受影响一方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任。云服务机房故障、乙方自身系统缺陷不属于不可抗力。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单；附件三：实施计划。
双方之间的通知应以书面形式发送至本合同首页载明的地址或电子邮箱，电子邮件发出即视为送达。
本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z04 = """换热站远程监控系统年度运维服务合同

项目编号：CGJ-CS-2027-007（竞争性磋商）
甲方（采购人）：某市城市管理局
乙方（成交供应商）：北辰热控运维服务有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就换热站远程监控系统年度运维服务订立本合同。

第一条 项目概况
甲方换热站远程监控系统覆盖全市182座换热站，包括监控中心平台软件、站端PLC及数据采集终端、视频监控设备和通信链路。乙方负责该系统的整体运行维护。
系统主要设备清单及软件版本以磋商文件附件为准。乙方应在合同签订后十日内完成系统现状摸底，提交设备台账和问题清单。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止，包括2026—2027年供暖季的后半段和2027—2028年供暖季的前半段。
供暖期以市政府公布的起止日期为准。

第三条 服务内容
（一）监控中心值守：供暖期内每日全天候安排值守人员，非供暖期工作日安排值守，及时发现并处置报警。
（二）站端巡检：供暖期每月对全部换热站巡检一次，非供暖期每季度巡检一次，巡检记录当日上传运维管理系统。
（三）平台维护：监控平台软件的缺陷修复、补丁更新、性能优化和报表调整。
（四）故障处置：按第六条的时限处理各级故障，并提交故障分析报告。
（五）数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练。
（六）供暖季前检修：2027年10月31日前完成全部站端设备和通信链路的全面检修，并提交检修报告。
（七）系统优化：根据甲方管理需要，对监控画面、报警设置和报表进行调整，服务期内不少于两次版本更新。
（八）重大节日及寒潮期间，乙方应实行加强值守，运维负责人保持通讯畅通，随时响应甲方调度。

第四条 人员、备件与报告
（一）乙方应建立运维管理制度和应急预案，报甲方备案，并在供暖季开始前组织一次联合应急演练。
（二）乙方应储备常用备品备件，包括PLC模块、数据采集终端、通信模块、交换机和摄像机，数量不少于站端设备总量的百分之二，更换下来的旧件交甲方处置。
（三）乙方每月五日前向甲方提交上月运维月报，内容包括报警处置、巡检、故障、备件消耗和系统运行分析；供暖季结束后十五日内提交供暖季运维总结。
（五）服务费已包含单价在两千元以下的备品备件；单价超过两千元的主要设备更换，由乙方提出方案报甲方批准后另行采购。
（四）甲方负责协调各供热企业配合乙方进站作业，提供监控中心的办公场所、电力和网络条件，并及时支付服务费。

第五条 服务费用及支付
（一）本合同年度服务费为人民币伍拾玖万陆仟元整（¥596,000），为固定总价，包含人工、备品备件、差旅、工具及税费。
（二）本合同不设预付款。服务费按季度支付，每季度考核合格后十五个工作日内，甲方支付当季服务费¥149,000。
（三）季度考核不合格的，乙方应限期整改，整改合格后支付；整改后仍不合格的，按考核办法扣减当季服务费。

第六条 服务水平
（一）监控中心平台月度可用率不低于99.95%。
（二）一级故障（监控平台中断，或10座以上换热站同时失联）：乙方应在15分钟内响应，1.5小时内到达现场，6小时内恢复。
（三）二级故障（单站失联或单站设备故障）：1小时内响应，3小时内到场，当日恢复。
（四）三级故障（报表、界面等一般问题）：三个工作日内解决。
（五）乙方未按时响应、到场或恢复的，每发生一次扣减当季服务费¥2,000；平台月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500。

第七条 考核与验收
（一）甲方每季度按考核办法对乙方进行考核，考核内容包括巡检完成率、故障处理及时率、数据备份和恢复演练记录、工单闭环情况，考核得分不低于85分为合格。
（二）服务期满后，甲方组织年度验收，验收条件为：全年工单全部闭环；提交年度运行分析报告；设备台账和网络拓扑已更新；全部运维文档已移交。验收合格后出具验收意见。
（三）季度考核结果作为甲方对乙方服务评价的依据，并在政府采购供应商履约评价中予以记录。

第八条 违约责任
（一）乙方未按约定时间完成供暖季前检修或巡检任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致供暖期内换热站失控造成停热的，乙方应承担甲方由此遭受的损失。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
（四）乙方因运维不当导致设备损坏的，应负责修复或按原值赔偿。

第九条 数据安全
（一）系统采集的运行数据、热计量数据、视频图像和日志归甲方所有，乙方不得用于本合同以外的目的，不得留存或向第三方提供。
（二）乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，运维账号专人专用，操作全程审计。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。
（四）服务期满交接时，乙方应将其持有的甲方数据全部移交，并删除其自有设备中的副本，提交删除确认书。

第十条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、管网布局、系统账号口令等信息负有保密义务，服务期满后仍应遵守。
乙方应与全部运维人员签订保密承诺书，人员离岗时收回其全部账号和门禁权限。

第十一条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表和文档归甲方所有。
乙方使用自有运维工具软件的，其知识产权仍归乙方，但不得因此限制甲方对系统的使用和后续运维交接。

第十二条 人员与分包
乙方应配备不少于六名专职运维人员，其中项目负责人一名，人员变更须经甲方同意。本合同服务不得分包或转包。
乙方运维人员应具备相应的电工、自动化或网络技术资格，首次进场前接受甲方组织的安全培训。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十四条 期满
服务期满，本合同终止，不自动续期。甲方将依法重新组织采购，乙方应配合完成交接，交接期不少于十五日。交接内容包括系统账号口令、设备台账、备件清单、运维文档和未闭环工单，交接完成后双方签署交接确认书。

第十五条 安全生产
乙方人员进入换热站作业应遵守甲方及供热企业的安全管理规定，配备必要的劳动防护用品，高处作业、带电作业须两人以上并办理作业票。因乙方违章作业造成人身伤害、设备损坏或停热事故的，由乙方承担责任。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。
本合同未尽事宜，按磋商文件和响应文件执行。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z05 = """# 匠迹工艺追溯系统软件许可及定制开发合同

（乙方标准合同文本 JZ-HT-V3.0）

- 甲方（买方）：北京青珐景泰蓝珐琅工坊有限公司
- 乙方（卖方）：苏州匠迹软件有限公司
- 合同编号：JZ-2027-0316

甲方拟采购乙方“匠迹工艺追溯系统”，用于掐丝珐琅制品的工序管理与质量追溯。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工艺追溯系统”标准版软件许可（20个终端，永久使用）。

1.2 乙方为甲方进行定制开发：制胎、掐丝、点蓝、烧蓝、磨光、镀金各工序扫码报工；窑炉烧制曲线记录；釉料配方与批次追踪；成品一物一码追溯查询页面。

1.3 乙方负责系统安装部署和操作培训。

1.6 标准版包含工序报工、工单管理、物料批次、质量检验记录和统计报表功能；未在本合同列明的功能需另行签订开发合同。

1.7 乙方可根据产品升级情况调整标准版功能，但不减少甲方已购买的核心功能。

1.4 交付物包括：系统安装程序、许可证文件、用户操作手册、管理员手册及培训记录。

1.5 本系统部署于甲方自有服务器，许可终端数量超过20个的，甲方应按乙方价格另行购买。

## 第二条 合同价款

| 项目 | 内容 | 金额（元） |
|---|---|---|
| 软件许可费 | 标准版，20终端，永久许可 | 168,000 |
| 定制开发费 | 工序报工、烧制曲线、釉料批次、追溯查询 | 142,000 |
| 部署及培训费 | 安装部署、操作培训 | 18,000 |
| 合计 | | 328,000 |

合同总价为人民币叁拾贰万捌仟元整（¥328,000），含税。

上述价格为乙方给予甲方的优惠价格，仅适用于本合同，甲方不得向第三方披露。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥213,200。

3.2 系统安装部署完成后五个工作日内，甲方支付剩余35%，即¥114,800。

3.3 乙方收到款项后开具增值税发票。甲方逾期付款的，乙方有权暂停开发、部署及技术支持，工期相应顺延。

3.4 本合同价款不含数据库、操作系统等第三方软件及扫码终端、标签打印机等硬件，上述费用由甲方自行承担。

3.5 首期款项未到账前，乙方不启动开发工作。

## 第四条 交付

4.1 乙方在收到首期款项后六十日内完成定制开发和安装部署。

4.2 甲方应提供符合乙方要求的服务器、网络和扫码终端，因甲方环境不满足要求导致的延误，乙方不承担责任。

4.3 甲方应指定一名联系人，负责提供各工序的作业流程、釉料配方编码规则和历史批次资料，并在乙方要求的时间内确认需求说明。甲方需求确认延误的，交付期限相应顺延。

4.4 乙方交付后甲方提出需求变更的，乙方有权根据工作量另行报价，双方签订变更协议后实施。

4.5 部署完成以乙方出具的《安装部署确认单》为准，甲方应在确认单上签字。

## 第五条 验收

5.1 系统安装部署完成，乙方向甲方演示主要功能后，即视为甲方验收合格。

5.2 甲方在部署完成后五日内未书面提出异议的，亦视为验收合格。

5.3 验收合格后，甲方在使用中发现的问题按第六条处理，不影响验收结论及付款义务。

## 第六条 免费维护期与后续服务

6.1 免费维护期为六个月，自系统安装部署完成之日起计算。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准执行。

6.3 技术支持：乙方通过电话、即时通讯及远程方式提供技术支持，在收到甲方故障报告后尽快响应，并尽商业上合理的努力予以解决。

6.4 免费维护期内的服务范围限于软件缺陷修复，不包括因甲方操作不当、擅自修改配置或硬件环境变化引起的问题。

6.5 现场服务按每人每天¥2,800另行收费，差旅费由甲方承担。

6.6 年度维护协议到期后甲方未续签的，乙方不再提供任何技术支持及版本升级。

## 第七条 知识产权

7.1 本系统（包括为甲方定制开发的功能模块、源代码、数据库结构及相关文档）的全部知识产权归乙方所有。甲方仅享有在本企业内部使用的非独占、不可转让的权利，不得修改、反编译或向第三方提供。

7.2 乙方有权将定制开发成果纳入其标准产品，向其他客户销售或许可。

7.3 甲方应采取措施防止其员工或第三方复制、传播本系统；因甲方原因导致软件被非法复制的，甲方应赔偿乙方损失。

## 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有。

8.2 乙方有权在去除甲方名称等标识后，将甲方的工艺参数、烧制曲线及生产统计数据用于产品改进、行业分析及向其他客户提供的参考模型。

8.3 乙方采取防火墙、访问控制、数据加密和每日备份等措施保障系统数据安全；因乙方原因造成数据泄露或丢失的，乙方负责恢复并承担相应的赔偿责任，赔偿额以第十一条约定的限额为准。

8.4 甲方可通过系统导出功能自行备份业务数据。

## 第九条 培训

9.1 乙方为甲方提供两次集中操作培训，每次不超过一天，培训地点在甲方工坊，参训人员不超过十五人。

9.2 超出上述范围的培训或甲方人员变动后的再次培训，按乙方收费标准另行收费。

9.3 乙方提供在线帮助文档和视频教程，甲方可随时查阅。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得披露给第三方，但依法律规定或政府部门要求披露的除外。保密义务在合同终止后两年内有效。
双方应要求其员工遵守本条约定。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

11.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.4 因甲方提供的资料、环境或需求变更导致工期延误的，不视为乙方逾期。

## 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用本系统并删除全部安装副本。

## 第十三条 不可抗力

13.1 因不可抗力或网络运营商、第三方软硬件故障等非乙方所能控制的原因导致乙方不能按期履行的，乙方不承担违约责任，履行期限相应顺延。

13.2 受影响一方应及时通知对方，并在合理期限内提供相关证明。

13.3 不可抗力持续超过三十日的，双方可协商解除合同，乙方已完成部分的费用甲方仍应支付。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。
诉讼费、律师费由败诉方承担。

## 第十五条 其他

15.1 本文本为乙方标准合同文本，双方如有补充约定，应以书面形式另行签署补充协议。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.3 本合同附件包括：报价单、定制开发需求说明、部署环境要求。附件与正文不一致的，以正文为准。

15.4 本合同条款由乙方负责解释。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. VL-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Helan Ridge Winery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Customer"), and Vinilogic Systems (Pty) Ltd, a company registered in the Republic of South Africa with its principal place of business at 41 Main Street, Paarl, Western Cape (the "Vendor").
P:The Customer operates a winery with two production cellars, a bottling hall and a quality laboratory. The Vendor develops CellarTrack, a software product for vintage planning, cellar operations, laboratory results and bottling traceability. The Customer wishes to acquire a perpetual licence to CellarTrack and to have the Vendor configure and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CellarTrack software in the version current at the Effective Date, including its database schema, user documentation and all updates delivered under this Agreement.
P:1.2 "Customer Deliverables" means all configurations, report templates, label templates, interface programs and data conversion scripts that the Vendor prepares for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's environment, including vineyard block records, harvest intake, laboratory analyses, additions, blending records, bottling lots and customer shipment data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Customer Deliverables meet the acceptance criteria.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for the internal business purposes of the Customer and its wholly owned subsidiaries in mainland China, for up to 60 named users and two production sites.
P:2.2 The Software shall be installed on servers located in the Customer's data room in Yinchuan. The Customer may make copies for backup, testing and disaster recovery.
P:2.3 The Vendor shall perform the following services: (a) a requirements workshop and a written solution design; (b) configuration of the Software for both cellars, the bottling hall and the laboratory; (c) an interface with the Customer's ERP system for materials, orders and stock; (d) an interface with the laboratory instruments listed in the solution design; (e) conversion of three vintages of historical cellar records; and (f) training of key users and administrators.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,646,000, made up of: Software Licence Fee CNY 1,180,000; Implementation Services CNY 420,000; Training CNY 46,000.
P:3.2 The Contract Price is fixed. It includes all taxes, travel, accommodation and expenses of the Vendor's personnel, as well as warranty support under Article 6. No other charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 329,200) within 30 days after signature of this Agreement, against a bank guarantee of the same amount issued by a bank acceptable to the Customer; (b) 45% (CNY 740,700) within 30 days after the Software and the interfaces pass the system test under Article 5.1; and (c) 35% (CNY 576,100) within 30 days after Final Acceptance.
P:4.2 Each payment is due against a correct invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 30 days after the Effective Date and complete configuration, interfaces and data conversion within 120 days after the Effective Date. The system test shall show that every function in the solution design works as specified and that both interfaces transfer data without error for ten consecutive working days.
P:5.2 After the system test, the Customer shall run the system in production through one bottling campaign of at least 20 working days. Final Acceptance requires that: (a) lot traceability from harvest intake to bottled stock can be reproduced for every lot sampled by the Customer; (b) the converted vintage records reconcile with the Customer's source records; (c) no Severity 1 defect remains open; and (d) the Vendor has delivered all documentation and the source code of the Customer Deliverables.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after the criteria are met. Installation, use of the system in production or any payment does not by itself constitute acceptance.
P:5.4 If the Vendor fails to complete the work required for Final Acceptance by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customer Deliverables will conform to the solution design and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, deliver updates and new releases and provide support free of charge.
P:6.2 Severity 1 means that the system is unavailable or that bottling or lot traceability cannot be performed. For Severity 1 the Vendor shall respond within 1 hour, at any time, and provide a workaround or fix within 8 hours. For Severity 2 the Vendor shall respond within 2 hours during business hours and fix within three working days.
P:6.3 For each hour by which the Vendor exceeds a response or fix time in Article 6.2, the Vendor shall credit the Customer CNY 1,000, to be deducted from the next payment or, after the last payment, paid within 30 days.
P:6.4 After the Warranty Period, the Customer may purchase annual support covering the services in Article 6.1 and 6.2. The annual support fee is 13% of the Software Licence Fee, that is CNY 153,400 per year, and the Vendor shall not increase it during the first three years after the Warranty Period. Support is ordered by the Customer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 The Customer Deliverables and all intellectual property in them belong to the Customer from their creation. The Customer may use, modify and license them freely, including to third parties who maintain its systems.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Customer Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and may not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor's personnel shall access the Customer's systems only on site or through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT manager, and all sessions shall be logged. No Customer Data may be copied to the Vendor's systems or transferred outside mainland China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law when handling Customer Data. It shall notify the Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in containing it and bear the costs and losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information, including pricing, recipes, blending records, technical documentation and business plans, strictly confidential and use it only for this Agreement. This obligation continues for five years after the Agreement ends.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 8 and 9, infringement under Article 7.3, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate if the liquidated damages under Article 5.4 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than 60 days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of South Africa.
P:14.2 Any dispute arising from this Agreement that the parties cannot settle within 30 days shall be finally resolved by arbitration under the rules of the Arbitration Foundation of Southern Africa. The seat of arbitration is Cape Town and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Solution Design) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________   For the Vendor: ____________________
"""

E02 = """# Georgian Bay Resort Software Inc. - Order Form and General Terms

Order Form No. GBRS-OF-2027-0088

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Georgian Bay Resort Software Inc., 220 Hurontario Street, Collingwood, Ontario, Canada.
- **Customer:** Chongli Snowridge Resort Management Co., Ltd., Chongli District, Zhangjiakou, Hebei Province, People's Republic of China.

This Order Form is governed by the General Terms in Part B. If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Services and Subscription Term

- **Service:** SlopeOps resort operations platform, Enterprise edition, delivered as software-as-a-service: lift access and ticketing, season pass management, equipment rental, ski and snowboard school booking, guest accounts and the operations dashboard.
- **Scope:** one resort with 14 lifts, 38 access gates, 6 rental shops and up to 250 staff users.
- **Hosting:** the Provider's production instance in a mainland China cloud region operated by a licensed local cloud partner.
- **Subscription Term:** 36 months from the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under A5.
- **Renewal:** the Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 14 lifts, 38 gates, 6 shops, 250 users | 412,000 |
| Subscription Fee, Subscription Year 2 | same | 412,000 |
| Subscription Fee, Subscription Year 3 | same | 412,000 |
| Onboarding Services | configuration, gate integration, data import, training | 88,000 |
| **Total Fees** | | **1,324,000** |

The Subscription Fee is fixed for the Subscription Term. Fees include value-added tax. Additional lifts, gates or shops may be added at the unit prices in Annex 1, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

- The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
- The Onboarding Services fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- No amount is payable before the Service Start Date.

### A5. Onboarding and Acceptance

- The Provider shall complete onboarding within 75 days after the Order Date, in time for the opening of the winter season.
- Onboarding Acceptance requires that: (a) every access gate reads season passes, day tickets and mobile QR codes correctly in a test of at least 500 scans per gate; (b) online sales, rental bookings and ski-school bookings complete end to end, including refunds through the Customer's payment channels; (c) imported season-pass holder records reconcile with the Customer's source file; and (d) the platform runs for seven consecutive days in pilot without a Priority 1 incident.
- The Customer shall confirm Onboarding Acceptance in writing within five business days after the criteria are met. Use of the platform during the pilot is not acceptance.
- If Onboarding Acceptance is delayed beyond the date in this A5 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 90,000.

### A6. Contacts and Signatures

- Provider account manager: Ms. Claire Dubois. Customer project lead: Mr. Zhang Wei.
- Order Date: the date of the later signature below.

For the Provider: ____________________ For the Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that the Customer, its staff or its guests submit to or generate in the Services, including guest profiles, pass holder records, transactions, gate scans and photographs.

1.2 "Customer Configurations" means the product set-ups, price rules, gate rules, report layouts and integration mappings created for the Customer.

1.3 "Services" means the subscription service and Onboarding Services described in the Order Form.

### 2. Provision of the Services

2.1 The Provider shall make the Services available to the Customer during the Subscription Term in accordance with the Order Form, these General Terms and the documentation.

2.2 The Provider may update the Services from time to time, provided that updates do not materially reduce their functionality or security. Major updates shall be announced at least 30 days in advance and shall not be deployed during the Customer's peak season without its consent.

2.3 The Customer shall use the Services only for its own resort operations and shall be responsible for the acts of its users.

### 3. Service Levels

3.1 The Provider shall make the production platform available at least 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Priority 1 means that gates cannot validate passes, or that ticket sales or rentals cannot be completed at any point of sale. For Priority 1 incidents the Provider shall respond within 30 minutes, 24 hours a day, and restore service or provide a workaround within 3 hours. Priority 2 incidents shall be responded to within 2 hours.

3.3 If monthly availability falls below the level in 3.1, the Customer is entitled to a service credit of 5% of the monthly equivalent of the Subscription Fee for availability below 99.95%, 10% below 99.5% and 20% below 99%. In addition, each Priority 1 response or restoration later than the times in 3.2 gives a credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

3.4 The Provider shall send a monthly service report with availability, incidents and credits.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Services to the Customer and in accordance with the Customer's documented instructions, and shall not use it for any other purpose.

4.2 Customer Data is stored and processed in mainland China. The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to authorised personnel using multi-factor authentication, and log all administrative access.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take prompt measures to contain it, and shall be responsible for losses resulting from its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it from its systems.

### 5. Intellectual Property

5.1 The Provider owns the Services, the platform and all improvements to them.

5.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them freely and may provide them to any successor provider.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Agreement, and disclose it only to employees and advisers who need to know it.

6.2 This Section 6 continues for three years after the end of the Subscription Term.

### 7. Subcontractors

7.1 The Provider may use subcontractors and sub-processors, including its cloud hosting partner, to provide the Services. The current list is published on the Provider's website. The Provider shall give the Customer 30 days' notice of any new subcontractor by updating that list and sending an e-mail to the Customer's contact.

7.2 The Provider remains responsible for the performance of its subcontractors.

### 8. Warranties

8.1 The Provider warrants that the Services will perform materially in accordance with the documentation and that Onboarding Services will be performed with professional skill and care.

8.2 The Provider warrants that it holds all rights needed to provide the Services to the Customer.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

9.2 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months immediately preceding the event giving rise to the claim.

9.3 The limitation in 9.2 does not apply to the Customer's obligation to pay fees or to liability for fraud or personal injury.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.3 The Customer may terminate by written notice if monthly availability falls below 99% in two consecutive months.

10.4 On termination for the Provider's breach, the Provider shall refund any prepaid Subscription Fee for the period after termination.

### 11. Governing Law and Jurisdiction

11.1 The Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.

11.2 The courts of Toronto, Ontario have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### 12. General

12.1 Neither party may assign the Agreement without the other party's consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in the Order Form.

12.3 The Agreement consists of the Order Form, these General Terms and Annex 1 (Unit Prices), and is the entire agreement of the parties on its subject.
"""

E03 = """T:Supply Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. BB-PUR-2027-0231
P:Buyer: Zhanjiang Bluebay Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in Zhanjiang, Guangdong Province (the "Buyer").
P:Supplier: Outeniqua Aqua Sensing (Pty) Ltd, a company registered in the Republic of South Africa, with its principal office at 12 Waterfront Drive, Knysna, Western Cape (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates shrimp and grouper farms at three sites in Zhanjiang and wishes to monitor dissolved oxygen, temperature, pH, salinity and ammonia in its ponds in real time. The Supplier has offered its AquaSonde devices and its PondWatch monitoring software. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sondes, gateways, mounting kits, cables and spare parts listed in the Price Schedule in clause 2.
P:1.2 "Software" means the PondWatch monitoring software, server edition, licensed under clause 3, including its mobile application and alarm module.
P:1.3 "Project Deliverables" means the site survey, installation drawings, alarm rule sets, dashboards, reports and the interface to the Buyer's feeding-control system prepared for the Buyer, with their source files and documentation.
P:1.4 The Supplier shall supply the Equipment and the Software, install and calibrate the Equipment at the three farm sites, install the Software on the Buyer's servers, build the interface to the feeding-control system, train the Buyer's staff and provide warranty support.
H:2. Price
P:2.1 The Contract Price is CNY 2,038,000, inclusive of all taxes, duties, import clearance, freight to site, insurance and the Supplier's travel costs. The Contract Price is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|AquaSonde multi-parameter sonde with anti-fouling wiper|180|6,800|1,224,000
TB:2|Solar-powered LoRa/4G gateway with mounting kit|36|9,500|342,000
TB:3|PondWatch Software, perpetual licence, server edition|1|286,000|286,000
TB:-|Equipment and Software Subtotal|-|-|1,852,000
TB:4|Installation, calibration and interface services|1 lot|164,000|164,000
TB:5|Training (operators and administrators)|1 lot|22,000|22,000
TB:-|Contract Price|-|-|2,038,000
P:2.2 Quantities may be adjusted by written change order at the unit prices above.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers owned or controlled by the Buyer, for an unlimited number of users and devices at the Buyer's sites in mainland China.
P:3.2 The Buyer may make copies of the Software for backup and disaster recovery.
H:4. Payment
P:4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 203,800) within 20 days after signature, against an advance payment guarantee of the same amount; (b) 55% (CNY 1,120,900) within 30 days after delivery of all Equipment to the three sites, confirmed by a signed delivery note; and (c) 35% (CNY 713,300) within 30 days after Final Acceptance.
P:4.2 A delivery note confirms quantities and visible condition only. It is not acceptance of the Equipment or the Software.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to site within 60 days after signature and complete installation, calibration and the interface within 100 days after signature.
P:5.2 If the Supplier is late in delivery or completion for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.3 The Buyer shall give the Supplier's installation team access to the ponds, the site power supply and a secure storage area, and shall drain or lower ponds where the installation plan requires it. The Supplier's personnel shall follow the Buyer's biosecurity and site safety rules at all times.
P:5.4 The Supplier shall train at least 30 operators at the three sites and four system administrators. Training shall cover daily readings, alarm handling, sonde cleaning and replacement of sensor caps, and shall be given in Chinese or with an interpreter provided by the Supplier.
H:6. Acceptance
P:6.1 After installation the Supplier shall run the system for a trial period of 30 days. Final Acceptance requires that: (a) every sonde reports all five parameters to the Software at the configured interval; (b) sonde readings agree with the Buyer's calibrated laboratory instruments within the tolerances in Annex 2; (c) low-oxygen alarms reach the duty operator's mobile phone within 60 seconds in each site test; (d) the feeding-control interface stops and restarts feeding as specified; and (e) no Severity 1 fault occurred during the last 14 days of the trial.
P:6.2 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met. Installation, trial operation or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, correct Software defects, deliver Software updates and recalibrate sondes twice a year.
P:7.2 The Supplier shall keep at the Buyer's central warehouse at least six spare sondes and two spare gateways, replenished free of charge during the warranty period.
P:7.3 Faults are classified in the table below. The response time runs from the Buyer's report by telephone, e-mail or the Software's service ticket.
TB:Severity|Description|Response|Resolution
TB:Severity 1|Software down, or more than 20 sondes offline at one site|1 hour|24 hours
TB:Severity 2|Single sonde or gateway faulty, alarm delivery delayed|8 hours|3 days
TB:Severity 3|Reports, dashboards or other minor issues|2 working days|10 working days
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 600, deducted from the next payment or the performance guarantee.
P:7.5 After the warranty period, the Buyer may order annual support on the terms of clause 7.1. The annual support fee is 8.5% of the Equipment and Software Subtotal, that is CNY 157,420 per year, fixed for the three years after the warranty period. Each year of support requires a purchase order from the Buyer; it does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment's embedded firmware.
P:8.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them without restriction, including to other contractors.
P:8.3 The Supplier shall indemnify the Buyer against third-party claims that the Equipment, the Software or the Project Deliverables infringe intellectual property rights.
H:9. Data Security
P:9.1 All measurements, alarms, pond records and other data collected or generated by the Equipment and the Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers and the sondes shall report only to those servers. The Supplier shall not route data through its own cloud services or outside mainland China.
P:9.3 Remote access by the Supplier is allowed only through the Buyer's VPN, for each session approved in advance by the Buyer, and shall be logged. The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data and shall be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all non-public information of the Buyer, including farm layouts, stocking densities, production figures and prices, shall use it only for this Contract and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, breach of clauses 9 and 10, and infringement under clause 8.3, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors as for its own work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under clause 5.2 reach their maximum.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for Equipment and services not accepted, and the Buyer may complete the work through another supplier at the Supplier's cost.
P:13.3 Neither party is liable for a delay caused by typhoon, flood or another event beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as the event ends.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The award is final and binding on both parties.
H:15. General
P:15.1 The Annexes form part of this Contract: Annex 1 Technical Specification; Annex 2 Calibration Tolerances and Test Plan; Annex 3 Site Plans.
P:15.2 This Contract is signed in English and Chinese, both versions being equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""

E04 = """# Managed Network and Site IT Services Agreement

Agreement No. XLM-MSA-2027-006

**Customer:** Xilin Gol Northern Mining Group Co., Ltd., Xilinhot, Inner Mongolia Autonomous Region, People's Republic of China ("Customer").

**Provider:** Mackenzie Delta Remote Operations Ltd., 108 Mackenzie Road, Inuvik, Northwest Territories, Canada, acting in China through its registered representative office in Beijing ("Provider").

**Background.** The Customer operates open-pit coal and fluorite mines at 14 remote sites connected by satellite and LTE links. The Provider specialises in operating networks and site IT in remote and cold-climate locations. The Customer wishes to outsource the operation of its site networks, servers and end-user support to the Provider for 36 months. The parties agree as follows.

## Section 1 - Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the targets in Schedule 2, and "Service Credits" means the credits set out there.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Customer Data" means all data stored on or passing through the Customer's networks and systems, including production, safety, personnel and financial data.

## Section 2 - Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3 - Transition

3.1 The Provider shall take over the Services from the Customer's current arrangements within 90 days after signature under the transition plan agreed at the kick-off meeting. The transition covers discovery of all devices and links, documentation of configurations, installation of the Provider's monitoring tools on the Customer's servers, and knowledge transfer from the Customer's staff.

3.2 Transition Acceptance requires that: (a) all 14 sites and the Xilinhot head office are monitored from the Provider's service desk; (b) the configuration management database is complete and reconciled with a physical audit at four sites chosen by the Customer; (c) operating runbooks for each site are approved by the Customer; and (d) the Provider has run the Services in shadow mode for 21 days without a missed Priority 1 incident.

3.3 If the transition is delayed, the parties shall meet within five business days, agree a revised plan and record it in writing. The Customer's existing arrangements continue until Transition Acceptance.

## Section 4 - Services and Service Levels

4.1 The Provider shall perform the Services in Schedule 1 at the Service Levels in Schedule 2 from the Service Commencement Date.

4.2 The Provider shall keep a service desk staffed at all times, with Mandarin-speaking engineers, and at least one resident engineer at each of the three largest sites.

4.3 If the Provider misses a Service Level, the Service Credits in Schedule 2 apply. Service Credits are deducted from the next monthly invoice. They do not limit the Customer's other rights for a material breach.

4.4 The Provider shall send a monthly service report by the fifth business day of each month and attend a monthly review meeting.

4.5 The Customer shall provide the Provider's engineers with accommodation and meals at the sites on the same terms as its own staff, site transport, rack space and power for the Provider's monitoring equipment, and timely access to its network providers.

4.6 Changes to the scope of the Services shall be agreed through a written change request stating the effect on the Charges and the Service Levels. The Provider shall not refuse a reasonable change request and shall price it on the unit rates in Schedule 3.

## Section 5 - Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the term and include all taxes, travel to site, tools and the Provider's monitoring software.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

## Section 6 - Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not copy, analyse or disclose it for any other purpose.

6.2 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the Customer's security policies. Customer Data shall remain in mainland China. Administrative access shall use named accounts with multi-factor authentication through the Customer's jump server and be logged.

6.3 The Provider shall report any security incident affecting Customer Data or the Customer's systems within 2 hours, cooperate in investigation and recovery, and be liable for losses caused by its breach of this Section 6.

## Section 7 - Intellectual Property

7.1 Runbooks, network diagrams, configurations, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

7.2 The Provider keeps ownership of its pre-existing monitoring tools and grants the Customer a free licence to use them during the term and any exit period.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including mine plans, production data, network designs and prices, and shall not disclose it without the other party's prior written consent. This obligation survives for five years after the Agreement ends.

## Section 9 - Personnel and Subcontracting

9.1 The Provider's engineers working at the sites shall hold the safety qualifications required by the Customer and attend its mine safety induction.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for approved subcontractors.

## Section 10 - Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges in Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of Sections 6 and 8.

## Section 11 - Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the Priority 1 restoration target more than three times in any three consecutive months.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the then current monthly charge pro rata, hand over all documentation and credentials, and remove its tools after handover.

11.3 Neither party is liable for failure to perform caused by blizzards, earthquakes, government orders or other events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to restore the Services. The Provider shall maintain public liability and professional indemnity insurance for the term.

## Section 12 - Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The language of the arbitration is Chinese.

## Section 13 - General

13.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

13.2 This Agreement is signed in English and Chinese; both versions are equally authentic.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 - Services and Sites

| Service | Scope | Coverage |
|---|---|---|
| Network operations | Site LANs, Wi-Fi, satellite terminals, LTE routers and the head-office WAN; monitoring, configuration changes, firmware updates | 14 sites and head office |
| Server and storage operations | 42 site servers and the head-office virtual platform; patching, backup checks, capacity reports | All sites |
| End-user support | Service desk, remote support and on-site support for about 1,900 users | All sites |
| Security operations | Firewall rule reviews, log review, vulnerability scans every month, incident handling | All sites |
| Cold-weather readiness | Inspection of outdoor equipment, heaters and power backup before each winter | All outdoor sites |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service Credit per miss |
|---|---|---|---|---|
| Priority 1 | A site is cut off, or production dispatch or safety monitoring systems are down | 6 hours | 24 hours | CNY 3,000 |
| Priority 2 | Degraded link or service at a site, or a group of users cannot work | 8 hours | 2 business days | CNY 1,000 |
| Priority 3 | Single user or non-urgent request | 1 business day | 5 business days | none |

Service Credits in a month may not exceed 20% of the monthly service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 146,000 |
| Monthly service charge | 96,500 per month x 36 months | 3,474,000 |
| Total Charges | | 3,620,000 |

Additional sites are charged at CNY 5,800 per site per month from the month in which they are added.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KKAD-CN-2027-03

BETWEEN

(1) Dalian Northgrain Commodities Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Customer"); and

(2) Klein Karoo Agri-Data (Pty) Ltd, a company registered in the Republic of South Africa, with its principal office at 7 Baron van Reede Street, Oudtshoorn, Western Cape ("Provider").

BACKGROUND

The Customer trades grains, oilseeds and citrus and needs timely crop condition, weather and yield forecast data for the southern hemisphere. The Provider operates the KarooSat data platform, which combines satellite imagery, weather station networks and field surveys, and offers the data through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's REST and bulk-download interfaces through which the Licensed Data is delivered.

1.2 "Licensed Data" means the data sets listed in Schedule A, including crop condition indices, rainfall and temperature series, soil moisture estimates and yield forecasts for South Africa, Argentina, Brazil and Australia, with their historical archives.

1.3 "Customer Data" means the watch lists, field boundaries, query parameters, API usage logs and any other data that the Customer or its users submit to the platform.

1.4 "Custom Deliverables" means the integration adapter for the Customer's trading and risk system and the three custom yield indices described in Schedule B, with their source code and documentation.

1.5 "Subscription Year" means the period beginning on the Subscription Start Date, or on an anniversary of it, and ending on the day before the next anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use the Licensed Data for its internal trading, risk management and research activities during the Subscription Term, for up to 40 named users.

2.2 The Customer may store the Licensed Data in its own systems and may include it in internal reports and models. It may share limited extracts with its banks and auditors, but it may not resell the Licensed Data or publish it.

2.3 The Subscription Term consists of two Subscription Years. The Subscription Start Date is the date of Integration Acceptance under clause 4.

2.4 The Customer shall manage its named users through the platform's administration page, keep API keys secure and inform the Provider promptly if a key is compromised. The Provider shall issue separate keys for the Customer's production and test environments at no extra charge.

2.5 The Subscription Term does not renew automatically. Any further subscription requires a new written order signed by both parties.

3. FEES AND PAYMENT

3.1 The fees are:
    Subscription Fee, Subscription Year 1: CNY 356,000
    Subscription Fee, Subscription Year 2: CNY 356,000
    Onboarding and integration services (one-time): CNY 42,000
    Total fees: CNY 754,000

3.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

3.3 The fees are fixed for the Subscription Term and include all taxes and bank charges of the Provider. API calls above the volume in Schedule A are charged at the overage rate stated there.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall deliver the integration adapter, the custom yield indices and production API credentials within 45 days after signature.

4.2 Integration Acceptance requires that: (a) the adapter loads the daily data sets into the Customer's trading and risk system without manual steps for ten consecutive business days; (b) the historical archive loaded for each data set reconciles with the Provider's published record counts; (c) the custom yield indices reproduce the back-test results in Schedule B; and (d) the API answers the Customer's test queries within the response times in Schedule A.

4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Receipt of API credentials or use of the data in testing is not acceptance.

4.4 If the Provider fails to meet the delivery date in clause 4.1 for reasons attributable to it, it shall pay the Customer CNY 700 for each day of delay, up to CNY 35,000.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance windows announced at least 72 hours in advance.

5.2 Daily data sets shall be published by 06:00 Beijing time on each business day.

5.3 Priority 1 incidents are those in which the API is unavailable or a daily data set is missing or corrupted. The Provider shall respond to a Priority 1 incident within 1 hour and shall keep the Customer informed every two hours until it is resolved. Priority 2 incidents shall be answered within one business day.

5.4 The Provider shall use reasonable efforts to restore the service as quickly as possible. The Provider does not grant service credits, fee reductions or refunds if a level in this clause 5 is not met, and the Customer's remedies for such a failure are limited to the restoration efforts described in this clause.

5.5 The Provider shall publish a monthly report on availability and data delivery times.

6. DATA QUALITY

6.1 The Provider shall compile the Licensed Data using the methods described in its documentation and shall correct errors that are reported to it or that it discovers, and republish corrected data within three business days.

6.2 On request, the Provider's analysts shall hold a quarterly call with the Customer's research team to explain the main changes in crop conditions and forecasts and the methods behind the custom yield indices.

6.3 The Provider shall inform the Customer in advance of any material change in methods, sources or coverage of the Licensed Data.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the API and the services under this Agreement and shall not use it for any other purpose, including the development of other products or analysis of the Customer's trading interests.

7.2 The Provider shall protect Customer Data and the Customer's API credentials with encryption in transit and at rest, access control limited to named support staff, multi-factor authentication and audit logging. The Provider's platform is certified to ISO/IEC 27001, and the Provider shall keep that certification during the Subscription Term.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Data, shall take measures to contain and remedy the incident, and shall be liable for losses caused by its failure to comply with this clause 7.

7.4 At the end of the Subscription Term the Provider shall return the Customer Data in a standard format and delete it from its systems within 30 days, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider keeps all intellectual property in the platform, the API and the Licensed Data.

8.2 The Custom Deliverables belong to the Customer. The Customer may use, modify and license them freely, including after the Subscription Term.

8.3 The Provider shall defend the Customer against any claim that the Licensed Data, the API or the Custom Deliverables infringe the rights of a third party, and shall pay the damages and costs awarded.

9. WARRANTIES

9.1 Each party warrants that it has the authority to enter into this Agreement.

9.2 The Provider warrants that it has all rights in the Licensed Data needed to grant the rights in clause 2 and that the onboarding services will be performed with professional skill and care.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1. This limit does not apply to the Customer's obligation to pay fees, to liability under clauses 7 and 8.3, or to fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of its obligations, other than to its data suppliers named in Schedule A, without the Customer's prior written consent. The Provider remains responsible for all subcontractors.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

12.2 On termination for the Provider's breach, the Provider shall refund the Subscription Fee paid for the period after termination.

12.3 Clauses 7, 8, 10 and 13 survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English, and the award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses of the contacts in Schedule A.

14.3 This Agreement consists of these clauses, Schedule A (Data Sets, Volumes and Response Times) and Schedule B (Custom Deliverables), and is the entire agreement of the parties on its subject.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1115z01_sasac_asset_platform_licence_development.pdf", "zh", Z01),
    "z02": ("h1115z02_grinder_plant_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1115z03_czech_school_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h1115z04_heat_station_monitoring_om_service.txt", "zh", Z04),
    "z05": ("h1115z05_enamel_workshop_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1115e01_winery_cellar_software_perpetual_licence.pdf", "en", E01),
    "e02": ("h1115e02_ski_resort_saas_order_form.md", "en", E02),
    "e03": ("h1115e03_aquaculture_sensors_monitoring_licence.docx", "en", E03),
    "e04": ("h1115e04_mining_sites_managed_services.md", "en", E04),
    "e05": ("h1115e05_crop_data_api_subscription.txt", "en", E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: category, terms (in T order), extra (sla_clause, ld_stated, capped-or-None, deemed, value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True,
                         True, "PRC", "goods_or_licence"], (True, True, True, False, 2410000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 32, False, False,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 1740000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", "service"], (True, True, None, False, 623600)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", "service"], (True, True, None, False, 596000)),
    "z05": ("software", [None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False,
                         True, None, None, "goods_or_licence"], (False, True, False, True, 328000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True, False,
                         "South Africa", "goods_or_licence"], (True, True, True, False, 1646000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 1200 / 1324000 * 100, 6 / 36 * 100, None, True, None,
                      None, None, False, True, True, "Ontario", "service"], (True, True, None, False, 1324000)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8.5, False, True,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 2038000)),
    "e04": ("services", [None, 6, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                         False, "PRC", "service"], (True, False, None, False, 3620000)),
    "e05": ("cloud", [99.95, 1, False, "buyer", True, True, False, 700 / 754000 * 100, 200, None, True, None, None, None,
                      False, True, False, "PRC", "service"], (True, True, None, False, 754000)),
}

# my design: expected rules, the fee base (itemised licence / hardware subtotal) for TCO, a forum outside mainland
# China, and the price items that must add up to the contract value
DESIGN = {
    "z01": (["CR-LD-LOW", "CR-SUBCONTRACT"], 1260000, False, [1260000, 836000, 218000, 96000]),
    "z02": (["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"], 1480000, False,
            [486000, 315000, 228000, 143000, 58000, 250000, 236000, 24000]),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], None, False, [268800, 268800, 86000]),
    "z04": ([], None, False, [149000] * 4),
    "z05": (["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], 168000, False,
            [168000, 142000, 18000]),
    "e01": (["CR-GOVERNING-LAW"], 1180000, True, [1180000, 420000, 46000]),
    "e02": (["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, True, [412000] * 3 + [88000]),
    "e03": ([], 1852000, False, [1224000, 342000, 286000, 164000, 22000]),
    "e04": (["CR-LD-MISSING", "CR-SLA-RESPONSE"], None, False, [146000, 96500 * 36]),
    "e05": (["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], None, False, [356000, 356000, 42000]),
}
PAYMENTS = {  # instalments stated in the text, in CNY
    "z01": [482000, 1084500, 843500], "z02": [348000, 609000, 783000], "z05": [213200, 114800],
    "e01": [329200, 740700, 576100], "e03": [203800, 1120900, 713300],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "medium", "z02": "high", "z03": "high", "z04": "low", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}


def label(key):
    cat, terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    name, lang, _ = FILES[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(T, terms)),
            "expected_extra": extra, "expected_rules": sorted(DESIGN[key][0])}


def tco_share(key):
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * DESIGN[key][1] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """Policy section 3, as I read it, applied to the labelled terms."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key][2]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


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


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                             # availability 99.9 %
    r"(?<![\d.])4(?:\.0+)?\s*(?:个?小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<!十)四个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千万])", r"千分之零点五",              # LD 0.05 %/day
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",        # prepayment, fee, TCO, cap
    r"百分之(?:三十|十五|四十|一百)(?![一二三四五六七八九十])", r"(?<![一二三四五六七八九十])[三四]成",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:个月|(?:calendar\s*)?months?\b|-month)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"\bone[\s-]*year\b", r"(?<![\d.])1\s*(?:年|-year\b|years?\b)", r"(?<![一二三四五六七八九十百千第每])一年(?!度)",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "15 %", "15%", "40 percent", "40%", "100%", "12 months", "12个月", "十二个月",
            "twelve months", "twelve calendar months", "one year", "1年", "质保期一年", "a 12-month warranty"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "0.08%", "130%", "150%", "115%", "0.15%", "2027年", "4G",
             "1.4 hours", "万分之五十", "36 months", "每年", "0.5%", "第一年", "三十日", "十五日", "14 hours",
             "每一年", "二十四小时", "2 years", "200%", "8.5%", "13%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("regex hits", s)

    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, lang, _) in FILES.items():
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        t, x = lab["expected_terms"], lab["expected_extra"]
        # design vs derivation, risk
        got = derive(key)
        assert got == sorted(DESIGN[key][0]), (key, got, DESIGN[key][0])
        sev = {SEVERITY[r] for r in got}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        fired |= set(got)
        # sums
        assert sum(DESIGN[key][3]) == x["contract_value"], key
        if key in PAYMENTS:
            assert sum(PAYMENTS[key]) == x["contract_value"], key
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(key)
        assert share is None or abs(share - 40) > 2, (key, share)
        # lengths as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        print("%-58s %s %5d  %-6s %s  tco=%s" % (name, lang, n, risk, ",".join(r[3:] for r in got) or "-",
                                                 None if share is None else round(share, 1)))
    assert len(fired) == 20 and fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
