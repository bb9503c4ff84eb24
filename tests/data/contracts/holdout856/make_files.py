"""holdout856: ten blind held-out draft contracts (ordinary drafts, no tricks) and their labels.

Builds every file of this folder from the sources below (the .docx / .pdf through ../word_pdf.py), writes the .json
labels, and asserts: sums, lengths as read back, no threshold value in a label or a text, the rules derived from the
labels against the design list, and that all 20 CR rules fire over the ten.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H856Z01 = """T:某市商务局共享充电宝经营监管平台采购合同
P:合同编号：SWJ-ZFCG-2027-017　　采购方式：公开招标
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某市云桥信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就共享充电宝经营监管平台（以下简称"平台"）的软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件及中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供共享充电宝经营监管平台软件的永久使用许可，部署于甲方指定的政务云资源，许可范围覆盖市、区两级商务主管部门用户，不限终端数量。
P:1.2 乙方按甲方需求完成定制开发：经营主体备案管理、设备点位及投放数量监测、收费标准公示与比对、消费投诉受理与流转、监管驾驶舱，以及与市场监管、城管等部门系统的数据接口。
P:1.3 乙方负责平台的部署、调试、数据初始化、试运行保障及对甲方人员的培训。培训不少于三期，覆盖系统管理员、业务科室人员及区级用户，乙方应提供培训教材并对培训效果进行考核。
P:1.4 乙方应指定具有同类项目经验的项目经理，项目经理在项目实施期间不得擅自更换；确需更换的，应征得甲方同意。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾万零捌仟元整（¥1,308,000），为固定总价，含税及乙方履行本合同的全部费用。
P:2.2 价款构成：平台软件许可费¥680,000；定制开发费¥524,000；部署实施费¥86,000；培训费¥18,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥261,600。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，即¥588,600。
P:3.3 平台终验合格后十五个工作日内，甲方支付合同总价的35%，即¥457,800。
P:3.4 甲方按财政资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方收款账户信息以投标文件载明的为准，如需变更，应提前书面通知甲方并加盖乙方公章。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后七十五日内完成部署及全部定制功能开发，并提交初验申请。
P:4.2 初验合格后进入九十日试运行期，试运行期满后由乙方提交终验申请。
P:4.3 乙方应在合同生效后十日内提交项目实施方案，每两周向甲方报送进度报告；甲方可根据进度报告召开项目例会，乙方应按例会纪要落实整改事项。
H:第五条 验收
P:5.1 初验标准：招标文件功能清单逐项实现；接入全市不少于三家运营企业的设备及订单数据；页面平均响应时间不超过2秒；第三方安全测试无高危漏洞。
P:5.2 终验标准：试运行期间无一级故障；运营企业数据按日自动汇聚，数据完整率达到98%以上；投诉流转闭环功能经甲方实际使用确认；技术文档、源代码及操作手册齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，并出具书面验收意见。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与运维
P:6.1 平台的免费质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:6.2 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的10%（即¥68,000），且自质保期满起三年内不作上调。
P:6.3 质保期内，乙方应每季度对平台进行一次巡检，提交巡检报告，并根据国家及本市有关共享充电宝经营监管的政策调整，对平台功能进行必要的适配。
H:第七条 服务水平
P:7.1 平台在政务云资源正常的情况下，月度可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或核心数据无法汇聚）乙方应在30分钟内响应，2小时内到场或远程处置；二级故障1小时内响应，8小时内解决。
P:7.3 乙方每超过响应或处置时限1小时，甲方可扣减运维服务费或履约保证金¥1,000；可用率每低于承诺值0.01个百分点，扣减¥1,500。
P:7.4 乙方应每月向甲方提交服务报告，列明当月可用率、故障处置记录及扣减金额，经甲方确认后作为结算依据。
H:第八条 数据安全与数据归属
P:8.1 平台采集、汇聚及生成的全部数据归甲方所有。乙方仅为履行本合同之目的接触数据，不得留存、复制或用于其他任何用途。
P:8.2 乙方应落实网络安全等级保护二级以上要求，采取访问控制、加密传输、日志审计等措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:8.4 合同终止或履行完毕时，乙方应将其接触的全部数据交还甲方，并删除其留存的副本，出具书面删除说明。
H:第九条 保密
P:9.1 乙方对在履约中知悉的甲方工作秘密、运营企业商业信息及个人信息负有保密义务，保密期限不因合同终止而解除。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书，未经甲方书面同意，不得以任何形式对外发布、展示本项目的数据或页面截图。
H:第十条 知识产权
P:10.1 平台软件产品的既有知识产权归乙方，甲方依本合同享有永久使用许可。
P:10.2 为本项目定制开发的功能模块、数据接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.3 乙方保证其提供的软件及交付成果不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担由此产生的全部费用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；经两次整改仍不合格的，甲方可解除合同，乙方退还已收款项。
P:11.3 乙方应在合同生效后十日内向甲方提交合同总价5%的履约保证金，终验合格后无息退还；乙方应付的违约金或赔偿可从履约保证金中扣除。
H:第十二条 分包
P:12.1 乙方可将平台部署环境检查、数据接口联调中的辅助性工作分包给第三方，但应提前五个工作日书面告知甲方。乙方对分包工作向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、源代码及全部数据，甲方按已验收部分据实结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2027年3月8日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
H856Z02 = """T:生产线控制系统改造合同
P:合同编号：XLX-SB-2027-0412
P:甲方（买方）：浙江平湖某箱包制造有限公司
P:乙方（卖方）：嘉兴某自动化工程有限公司
P:甲方拉杆箱壳体成型、装配及包装三条生产线的控制系统老化，故障停机频繁。为提高产线稳定性和数据采集能力，甲方委托乙方对上述生产线的控制系统进行改造。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 更换三条生产线的PLC控制柜、伺服驱动器、触摸屏人机界面及现场工业交换机，重新敷设控制线缆。
P:1.2 提供产线控制软件及数据采集软件的永久使用许可，实现设备状态、产量、节拍及故障代码的实时采集与展示。
P:1.3 按甲方工艺编写并调试全部PLC控制程序及人机界面画面，与甲方现有ERP系统对接生产工单数据。
P:1.4 改造应分线实施，每条生产线停产时间不超过十个自然日，乙方应在甲方确认的停产窗口内完成施工。
P:1.5 乙方应提交改造方案、电气图纸、I/O点表、设备清单及操作维护手册，经甲方确认后实施；图纸应在改造完成后按实际情况更新为竣工图。
P:1.6 改造后的控制系统应符合GB/T 5226.1机械电气安全标准及甲方安全生产管理要求，乙方所供设备均应为原厂全新正品，并提供合格证及原厂质保凭证。
H:第二条 价款
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），含设备、软件、安装调试、培训、运输、保险及税费。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|128,000|768,000
TB:2|伺服驱动器及电机|42套|9,500|399,000
TB:3|触摸屏人机界面|9台|11,000|99,000
TB:4|工业交换机及线缆|1批|118,000|118,000
TB:5|产线控制及数据采集软件许可|1套|236,000|236,000
TB:|设备及软件小计|||1,620,000
TB:6|安装调试及程序编写|1项|136,000|136,000
TB:7|培训|1项|24,000|24,000
TB:|合同总价|||1,780,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥178,000。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的55%，即¥979,000。到货签收仅确认数量与外观，不视为质量验收。
P:3.3 三条生产线全部通过终验后，甲方支付合同总价的35%，即¥623,000。
P:3.4 乙方每次收款前应开具等额增值税专用发票。甲方以银行转账方式付款，乙方变更收款账户的，应提前以加盖公章的书面函件通知甲方。
H:第四条 交货与实施
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方厂区，并于到货后六十日内完成三条生产线的改造与调试。
P:4.2 甲方负责提供施工所需的水电、临时存放场地及停产窗口，并协调产线操作人员配合调试。
P:4.3 施工期间乙方应遵守甲方厂区安全管理制度，动火、登高等作业须办理审批手续。因乙方施工原因造成甲方设备损坏或人员伤害的，由乙方负责。
P:4.4 乙方应指派一名项目经理及不少于三名调试工程师驻场，项目经理每周向甲方提交进度周报。乙方人员应遵守甲方考勤与保密规定。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十五日，试生产期间满足下列条件的，视为该线终验合格：设备无因控制系统原因导致的停机；成型工序节拍达到每件48秒以内；数据采集与设备实际状态一致，ERP工单对接准确；急停、安全光幕等安全联锁全部有效。
P:5.2 甲方应在试生产期满后五个工作日内组织验收并签署验收单。任何一项不满足的，乙方应整改后重新试生产，费用由乙方承担。
P:5.3 三条生产线全部终验合格后，由甲方出具项目终验证书。设备到货签收、单线试生产或甲方开始使用均不代替终验。
H:第六条 质量保证及维保
P:6.1 本合同设备及软件的质保期为六个月，自该线终验合格之日起计算。质保期内乙方免费维修或更换因质量原因损坏的部件。
P:6.2 质保期满后，乙方提供年度维保服务，包括定期巡检、故障维修、程序优化及备件更换工时。年度维保费按设备及软件小计的20%计取，即每年¥324,000，维保期内不作调整。
P:6.3 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到场；二级故障8小时内到场。乙方每迟延到场1小时，向甲方支付¥800。
P:6.4 年度维保服务按年签订服务确认单，不自动续期。乙方应保证主要备件在终验后八年内持续供应，停产前应提前六个月通知甲方并提供替代方案。
P:6.5 乙方应对甲方设备维护人员进行培训，内容包括PLC程序的基本修改、常见故障判断及备件更换，培训不少于五个工作日。
H:第七条 知识产权
P:7.1 乙方为甲方编写的PLC程序、人机界面画面及接口程序的知识产权归甲方所有，乙方应在终验时交付全部源程序及注释文档，甲方可自行修改使用。
P:7.2 控制及数据采集软件产品的知识产权归乙方或其许可方所有，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 生产线采集的产量、工艺参数及设备运行数据归甲方所有，乙方不得复制或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN账号进行并保留操作日志；乙方应采取防病毒、访问控制等措施，因乙方原因导致甲方数据泄露或生产系统遭受攻击的，乙方承担赔偿责任，并应在2小时内通知甲方。
P:8.3 乙方应在终验时移交全部账号及密码，甲方修改密码后乙方不得保留任何远程访问通道；质保及维保期内确需远程访问的，按8.2执行。
H:第九条 保密
P:9.1 双方对履约中获悉的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内仍然有效。乙方不得将甲方的产线布置、工艺节拍等信息用于宣传或向甲方同行业其他企业展示。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 设备或软件存在质量缺陷，经两次维修仍不能正常使用的，乙方应更换同型号新品；因此造成甲方停产损失的，乙方应予赔偿。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的主要工作分包；线缆敷设等辅助工作确需分包的，须经甲方书面同意。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方退还已收款项并赔偿损失。乙方逾期完成改造超过三十日的，视为严重违约。合同解除后，乙方应配合甲方恢复生产线的正常运行。
P:12.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交嘉兴仲裁委员会仲裁。
P:13.2 双方往来通知以书面形式送达本合同首部所列地址，一方变更地址的应提前五日通知对方。
P:13.3 本合同附件包括改造技术方案、设备清单及验收记录表，附件与正文具有同等效力。
P:13.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H856Z03 = """黄梅戏培训门店预约及会员管理系统服务合同

合同编号：HMX-IT-2027-006

甲方：安庆某黄梅戏艺术培训连锁有限公司
乙方：合肥某云软件科技有限公司

甲方在安庆、合肥、铜陵等地经营三十家黄梅戏培训门店，需要统一的课程预约、会员管理及收费系统。乙方以软件即服务（SaaS）方式向甲方提供"戏韵通"预约及会员管理系统，并负责实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通"戏韵通"系统，功能包括：课程排期与学员在线预约、会员储值与课时包管理、教师排班与课时统计、收银对账、营销活动及微信小程序端。
2. 每家门店提供不超过十个员工账号；总部提供管理驾驶舱及跨门店报表，可按门店、课程、教师及时间段查询营收、续费率和课时消耗情况。
3. 短信通知按实际发送条数另行结算，不计入本合同价款。
（二）实施服务
1. 系统初始化配置：门店、教室、课程体系、价格及会员等级设置。
2. 历史会员数据迁移：将甲方现有表格及原收银系统中的会员、余额及剩余课时导入本系统。
3. 按甲方要求定制三张经营分析报表及一个"戏曲考级报名"流程。
4. 对门店店长及前台人员进行线上培训和现场培训各一次，现场培训分安庆、合肥、铜陵三地集中进行，乙方提供操作手册及培训视频。
（三）支持服务
服务期内，乙方提供7×24小时在线客服及工作日专属客户成功经理服务，每季度回访一次，收集门店使用意见并反馈产品改进计划。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，满一年后进入第二个服务年度。
（二）乙方应保证系统版本持续更新，新增的通用功能免费向甲方开放，不另行收费。
（三）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期服务年度的订阅费由乙方根据其当年产品价格体系确定，并在续期前以系统公告方式通知甲方。

三、价款及支付
（一）合同价款
1. 订阅费：每家门店每服务年度¥5,040，三十家门店每服务年度合计¥151,200，两个服务年度合计¥302,400。
2. 实施费：一次性¥58,000。
3. 合同总价：¥360,400（含增值税）。
（二）支付方式
1. 实施费在系统上线验收合格后十个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在甲方付款前开具增值税普通发票。
（三）门店增减
服务期内甲方新增门店的，按每家门店每服务年度¥5,040的单价，按剩余服务天数折算计费；甲方关闭门店的，自下一个服务年度起减少相应订阅费。

四、上线与验收
（一）乙方应在合同签订后四十日内完成实施并提交上线验收申请。
（二）验收标准：
1. 合同约定功能全部可用，三十家门店均可正常预约、收银和核销课时；
2. 会员迁移数据经抽查，余额及剩余课时与原系统一致，差错率为零；
3. 定制报表与考级报名流程经甲方业务人员确认；
4. 小程序端在高峰时段（周末上午）预约页面响应时间不超过3秒。
（三）甲方应在收到申请后七个工作日内完成验收并书面确认。未经书面确认的，门店试用不视为验收合格。
（四）上线切换应安排在门店课程较少的工作日进行，乙方应制定切换方案和回退预案，切换当日派员现场保障，确保门店预约和收银不中断。
（五）验收不合格的，乙方应在十日内完成整改并重新提交验收申请，整改期间计入逾期天数。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录、无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，一个工作日内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月应分摊订阅费的5%向甲方提供服务抵扣，当月抵扣累计不超过当月应分摊订阅费的一半；一级故障超时恢复的，每超时1小时抵扣¥300。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录及应抵扣金额，抵扣金额从下一期订阅费中扣除。

六、数据
（一）甲方及其学员、会员在系统中录入或产生的数据（包括学员信息、储值余额、课时记录及交易流水）归甲方所有。
（二）乙方应将数据存储于境内数据中心，采取加密存储、分级授权、操作日志留存不少于六个月等安全措施，每日备份一次。发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并承担因其过错造成的损失。
（三）乙方员工仅可在处理甲方服务请求时经授权访问甲方数据，访问记录应可供甲方查询。
（四）甲方同意，乙方可对系统中的会员及交易数据进行去标识化处理后汇总分析，用于改进乙方产品、编制艺术培训行业报告，并可在服务期满后继续使用该等汇总数据。

七、知识产权
（一）"戏韵通"系统及其底层平台的知识产权归乙方所有。
（二）为甲方定制的报表、考级报名流程及其配置归甲方所有，服务期满后乙方应按甲方要求导出交付。
（三）乙方保证本系统不侵犯第三方知识产权；甲方因使用本系统被第三方主张侵权的，由乙方负责处理并赔偿甲方损失。

八、保密
（一）双方对在合作中获悉的对方商业秘密、价格信息及学员个人信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在本合同终止后两年内持续有效。
（二）乙方不得以甲方名称、门店照片或学员演出影像进行宣传，但经甲方书面同意的除外。

九、违约责任
（一）乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付订阅费超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（三）因乙方原因导致甲方会员余额、课时数据错误或丢失的，乙方应负责恢复，并赔偿甲方因此向学员退费或补偿的损失。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的工作及数据处理行为承担连带责任。系统所用的云主机及短信通道服务商，应在本合同附件中列明。

十一、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。系统连续三个月可用率低于承诺值，或一个服务年度内发生三次以上一级故障超时恢复的，视为乙方严重违约。
（二）合同解除或服务终止后，乙方应在三十日内协助甲方完整导出全部数据，导出完成后删除甲方数据，并出具删除确认。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交安庆仲裁委员会仲裁。

十三、其他
（一）乙方应遵守《中华人民共和国个人信息保护法》，学员为未成年人的，其个人信息的处理应符合监护人同意等特别要求。
（二）本合同附件包括功能清单、实施计划及门店名单，与正文具有同等效力。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）)
H856Z04 = """某市邮政管理局智能快递柜运行监管系统运维服务合同

项目编号：YZGL-CS-2027-03
采购方式：竞争性磋商

甲方（采购人）：某市邮政管理局
乙方（成交供应商）：某市恒达数智科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就智能快递柜运行监管系统（以下简称"监管系统"）年度运维服务事项订立本合同。

第一条 服务内容
（一）监管系统日常运行维护：应用系统、数据库、中间件的监控、巡检、备份及故障处理。
（二）数据接入保障：保障全市各快递品牌智能快递柜运营企业的格口使用、投递、取件超时及收费数据按时接入，接入中断的应及时协调处理，并对异常数据进行核查，形成核查记录。
（三）系统优化：根据监管业务需要，对统计报表、预警规则进行调整，全年调整需求不少于二十项。
（四）安全运维：漏洞扫描、安全加固、日志审计，配合甲方开展网络安全等级保护测评及整改。
（五）应急保障：重大节日、"双十一"等快递业务高峰期间的值守保障，高峰期间每日向甲方报送系统运行及数据接入情况。
（六）文档管理：维护系统配置台账、运维操作记录及变更记录，系统发生变更的，应同步更新技术文档。
（七）用户支持：受理甲方及区县邮政管理部门用户的使用咨询，协助开展系统操作培训，全年培训不少于两次。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满本合同终止，不自动续期；甲方如需继续采购，将依法重新组织采购。

第三条 服务费用
（一）本合同服务费总额为人民币肆拾伍万贰仟元整（¥452,000），为固定总价，包含人员、工具、差旅、税费等全部费用。
（二）费用构成：驻场运维¥264,000；系统巡检与优化¥96,000；安全运维及等保测评配合¥58,000；高峰应急保障¥34,000。
（三）服务期内因甲方业务需要新增接入的运营企业，接入保障工作包含在本合同服务范围内，乙方不得另行收费。

第四条 支付方式
（一）本合同不设预付款，甲方不向乙方支付任何预付款项。
（二）服务费按季度支付，每季度¥113,000。每季度结束后，甲方根据考核结果在十五个工作日内支付上季度服务费，考核扣减金额从当季服务费中扣除。
（三）乙方应在每次付款前开具合规发票，并附当季考核结果确认单。

第五条 人员要求
（一）乙方应安排两名运维工程师在甲方指定地点驻场，工作日8:30至17:30在岗，其中至少一人具有数据库运维经验，至少一人持有网络安全相关职业资格证书。非工作时间乙方应安排人员电话值守，保证故障能够按第六条时限响应。
（二）驻场人员应保持稳定，更换人员须提前十日书面报甲方同意，更换后的人员资质不得低于原人员。
（三）乙方人员应遵守甲方的工作纪律和保密规定。
（四）驻场人员休假或离岗期间，乙方应安排具备同等能力的人员顶岗，确保服务不中断。乙方另应指定一名项目负责人，负责统筹协调并按月参加甲方组织的运维例会。

第六条 服务水平
（一）监管系统年度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日经甲方同意）。
（二）故障响应：一级故障（系统整体中断或全市数据接入中断）15分钟内响应，2小时内恢复；二级故障（部分功能或单个企业数据中断）30分钟内响应，8小时内恢复；三级问题一个工作日内处理。
（三）数据接入：运营企业数据应在次日6时前完成接入校验，接入完整率不低于98%。
（四）乙方应每月5日前提交上月运维报告，内容包括系统运行指标、故障及处理情况、巡检发现的问题、优化需求进度和安全事件记录。

第七条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检报告质量、优化需求完成情况及驻场出勤。
（二）服务期满后，乙方提交年度运维总结报告、系统文档更新记录及全部运维账号清单，甲方在十个工作日内组织年度验收；年度验收以四个季度考核均达标、运维文档齐全、系统交接完整为合格标准。
（三）季度考核不达标的，乙方应在十五日内提交整改报告并落实整改；甲方出具的季度考核结果及年度验收意见应以书面形式送达乙方。

第八条 考核扣减
（一）一级故障每超过响应或恢复时限1小时，扣减¥1,000；二级故障每超时1小时，扣减¥300。
（二）年度可用率每低于承诺值0.01个百分点，扣减¥2,000。
（三）驻场人员无故缺勤的，每人每日扣减¥800。

第九条 数据安全
（一）监管系统中的全部数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
（二）乙方的运维操作应通过甲方堡垒机进行，并按最小权限原则使用账号；不得私自开设远程通道或将数据带离甲方网络。
（三）乙方应每季度对监管系统开展一次漏洞扫描，高危漏洞在五个工作日内完成修复，中危漏洞在下一季度巡检前完成修复。
（四）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。

第十条 保密
乙方及其人员对履约中知悉的甲方工作秘密、快递企业经营数据及用户个人信息负有保密义务，该义务不因合同终止而解除。乙方应组织驻场人员签署保密承诺书，人员离岗时应办理账号注销和资料交还手续。未经甲方书面同意，乙方不得以任何形式对外披露监管系统的运行数据、统计结果或系统架构信息。

第十一条 知识产权
乙方在服务期内编写的运维脚本、报表模板、预警规则及技术文档归甲方所有，甲方可自由使用和修改。

第十二条 违约责任
（一）乙方未在服务期开始之日完成人员进场及运维交接的，每逾期一日，按本合同服务费总额的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，除承担赔偿责任外，甲方可解除合同。
（三）因乙方运维操作不当导致系统数据丢失或监管业务中断的，乙方应负责恢复，并赔偿甲方因此产生的损失。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。乙方使用的监测工具、漏洞扫描工具应为合法授权版本，并在进场前报甲方备案。

第十四条 合同解除
乙方严重违约，经甲方书面催告后十日内仍未改正，或连续两个季度考核不达标的，甲方有权解除本合同，并按实际服务情况结算费用。合同解除的，乙方仍应按第十七条完成移交，移交完成前甲方可暂缓支付未结算的服务费。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 不可抗力
因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在不可抗力结束后十日内提供证明，根据影响程度部分或全部免除责任。

第十七条 其他
（一）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完整移交系统账号、运维文档、脚本及配置台账，并配合交接不少于十个工作日。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
H856Z05 = """# 软件产品许可及定制开发合同

**（巧匠云 标准合同文本 V3.0 · 乙方提供）**

合同编号：QJY-2027-0318

甲方：某米塑艺术工作室（以下简称"甲方"）

乙方：杭州巧匠云软件有限公司（以下简称"乙方"）

甲方因米塑作品定制订单增多，需对作品从订单、选料、捏塑、蒸制、彩绘、晾制到包装发货的全流程进行跟踪管理。乙方同意向甲方许可使用"巧匠云·工序追踪"软件，并根据甲方需求进行定制开发。双方依据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"巧匠云·工序追踪"软件标准版的永久使用许可，许可用户数为二十个，限甲方内部使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：米塑作品工序流转卡及扫码报工、订单看板、原料（糯米粉、颜料）出入库记录、客户定制进度小程序查询页面。

1.3 乙方负责软件的安装部署、基础数据配置及一次操作培训。培训以远程视频方式进行，时长不超过半天，培训对象为甲方指定的系统管理员及工作室主要人员。

1.4 软件的运行环境为甲方自备的服务器或乙方推荐的云主机，操作系统、数据库等第三方软件由甲方自行采购并取得合法授权。

1.5 本合同项下的软件许可不可转让、不可转授权。甲方增加用户数的，按乙方届时的报价另行购买。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾叁万陆仟元整（¥336,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪软件标准版许可（二十用户） | 168,000 |
| 2 | 定制开发（工序流转卡、订单看板、出入库、小程序查询页） | 142,000 |
| 3 | 安装部署及培训 | 26,000 |
| | 合计 | 336,000 |

2.2 上述价款为含税价。甲方需另行采购的服务器、扫码枪、标签打印机等硬件不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥218,400。乙方收到该笔款项后启动项目。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的35%，即¥117,600。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持工作，工期相应顺延。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前告知乙方并提供开票信息。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后六十日内完成定制开发及部署。因甲方需求变更、资料提供不及时等原因造成延误的，工期相应顺延。

4.2 乙方完成部署并向甲方交付系统管理员账号后，即视为软件上线运行。乙方可通过电子邮件或微信向甲方项目联系人发送上线通知，发送之日即为上线日。

4.3 定制开发开始前，甲方应在十个工作日内确认乙方提交的需求说明书。需求说明书一经确认，甲方再行提出的修改或新增需求，按乙方的人天单价另行计费，工期另行商定。

4.4 乙方交付的定制功能以需求说明书确认的范围为准，需求说明书未列明的功能，乙方不负有开发义务。

## 第五条 验收

5.1 软件上线运行后，即视为甲方验收合格。甲方在上线后对软件功能提出的意见，乙方将在后续版本中酌情考虑。

5.2 甲方开始使用软件录入业务数据的，视为对交付内容无异议。

## 第六条 技术支持与维护

6.1 自软件上线之日起三个月为免费维护期，乙方在免费维护期内提供远程缺陷修复及电话咨询。

6.2 乙方将尽合理努力提供技术支持，具体响应时间视问题情况和乙方工程师安排而定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方当年公布的价格标准执行。

6.4 免费维护期内的技术支持通过乙方客服电话、在线工单及微信群提供，服务时间为工作日9:00至18:00，节假日不提供支持。

6.5 因甲方自行修改配置、操作不当或硬件、网络故障导致的问题，不属于维护范围，乙方可按人天另行收费。

6.6 免费维护期内，乙方对标准版软件发布的补丁向甲方免费提供；标准版软件的大版本升级及新增模块，甲方需另行购买。

## 第七条 知识产权

7.1 软件标准版及定制开发成果（包括源代码、设计文档、小程序页面）的著作权及其他知识产权均归乙方所有。

7.2 甲方仅享有在许可范围内使用上述软件及定制功能的权利，不得修改、反向工程或提供给第三方使用。乙方有权将定制功能纳入其标准产品向其他客户提供。

7.3 乙方保证其提供的标准版软件不侵犯第三方的知识产权。因甲方提供的素材、需求或自行修改引起的侵权纠纷，由甲方自行承担。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、客户及生产数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在部署及维护过程中应采取必要的访问控制和数据备份措施，远程维护须经甲方同意。因乙方原因造成甲方数据泄露或丢失的，乙方应协助恢复并承担相应赔偿责任。

8.3 甲方应自行做好业务数据的定期备份。因甲方未备份导致的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密、技术信息和客户资料负有保密义务，保密期限为合同终止后两年。

9.2 乙方可将甲方名称及标识列入乙方客户名单用于市场宣传，但不得披露甲方的作品设计、订单及客户信息。

## 第十条 甲方义务

10.1 甲方应按时支付合同价款，并指定一名项目联系人负责需求沟通、资料提供和上线配合。

10.2 甲方应提供软件部署所需的服务器、网络及现场条件，并保证其提供的作品图片、客户资料等内容不侵犯任何第三方的合法权益。

10.3 甲方不得将软件账号转借给甲方以外的单位或个人使用，因账号保管不善造成的损失由甲方自行承担。

## 第十一条 责任限制

11.1 乙方在本合同项下承担的全部赔偿责任，累计不超过本合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、作品损毁或客户流失承担责任。

11.3 因不可抗力、第三方软硬件或网络运营商原因造成的损失，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权解除合同。

12.2 甲方逾期付款超过三十日的，乙方有权解除本合同，并要求甲方支付已完成工作的费用。

12.3 合同解除的，甲方已支付的款项不予退还，但乙方违约导致解除的除外。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。本合同的订立、效力、解释和履行均受中华人民共和国法律管辖。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方对其他事项的补充约定以书面形式另行签订。本合同构成双方就合同标的达成的完整协议，取代此前双方的所有口头或书面沟通。

14.2 双方通知以电子邮件或书面函件方式发出，以合同首部或双方确认的联系方式为准。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：____________　　乙方（签章）：____________

签订日期：____年____月____日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
H856E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRJ-LIC-2027-022
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Rizhao Hengtong Ore Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Rizhao, Shandong Province (the "Buyer"); and
P:(2) Carajás Sistemas de Mineração Ltda., a company incorporated in Brazil, with its registered office at Avenida VP-8, Nova Marabá, Marabá, Pará, Brazil (the "Vendor").
P:The Buyer operates an ore import terminal and stockyard. The Vendor develops fleet dispatch and ore-tracking software used at mines and terminals. The Buyer wishes to license that software and to have it configured and integrated for its terminal, and the Vendor agrees to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's OreTrack Dispatch software, version 7, including the dispatch server, the stockyard blending module, the mobile operator application and the related user documentation.
P:1.2 "Custom Deliverables" means the interfaces, configurations, reports, scripts and documents created by the Vendor specifically for the Buyer under this Agreement, including the interfaces to the Buyer's weighbridge, port scheduling and ERP systems.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's operations, including vessel, cargo, stockpile, truck and weighbridge records.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's Rizhao terminal and at its disaster recovery site, for up to 180 named users and 260 mobile devices.
P:2.2 The Buyer may make copies of the Software for backup, testing and training.
P:2.3 The Vendor shall deliver the Software in object code together with installation media, licence keys and documentation in English and Chinese.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including requirements confirmation, installation, configuration of the stockyard layout and blending rules, the three interfaces listed in Article 1.2, data migration of open stockpile records, system testing and go-live support.
P:3.2 The Vendor shall train 40 of the Buyer's dispatchers, supervisors and administrators in four sessions at the Buyer's site, and provide training materials the Buyer may copy for internal use.
P:3.3 The Vendor shall appoint a project manager who is fluent in English and who will remain on the project until Final Acceptance unless the Buyer agrees otherwise.
P:3.4 The project plan in Annex 1 sets out the milestones. The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 120 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,690,000, consisting of the licence fee of CNY 1,260,000, the implementation fee of CNY 384,000 and the training fee of CNY 46,000. The price is fixed and includes all taxes payable in Brazil.
P:4.2 The Buyer shall pay the price in three instalments: (a) 20% (CNY 338,000) within 30 days after the Effective Date against the Vendor's invoice and an advance payment guarantee; (b) 45% (CNY 760,500) within 30 days after installation of the Software at the Buyer's site, which is not acceptance; and (c) 35% (CNY 591,500) within 30 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall be carried out at the Buyer's site according to the test plan agreed in the requirements phase. The Software and the Custom Deliverables pass the tests when: (a) all functions in the agreed function list work as specified; (b) the dispatch server assigns trucks to loading points within 2 seconds at a load of 260 active devices; (c) stockpile tonnages in the Software reconcile with the weighbridge records over a test period of 14 days with a difference below 0.5%; (d) all three interfaces exchange data without error for 14 consecutive days; and (e) no Severity 1 defect occurs during a 30-day trial operation.
P:5.2 If a test fails, the Vendor shall correct the defects at its own cost and repeat the test within 15 days.
P:5.3 When all tests are passed, the Buyer shall issue a Final Acceptance certificate within 10 working days. Installation, go-live, use of the Software in operations or payment of any instalment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the agreed specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all updates and new versions of the Software free of charge and provide remote support.
P:6.2 Defects are classified as follows. Severity 1: dispatch or stockyard functions are unavailable or produce wrong results that stop terminal operations. Severity 2: a function is impaired but operations can continue. Severity 3: other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 defect within 1 hour, around the clock, and provide a workaround or fix within 8 hours; Severity 2 within 2 hours during business hours, with a fix within 3 working days; Severity 3 within 1 working day.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or the support fee.
P:6.5 After the Warranty Period, the Buyer may purchase annual support covering the services in Articles 6.1 to 6.4. The annual support fee shall be 11% of the licence fee, namely CNY 138,600 per year, and shall not increase for the first three years after the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers in China. Remote access by the Vendor is allowed only through the Buyer's VPN, with individual accounts approved by the Buyer for each session, and all sessions are logged. The Vendor shall not transfer Buyer Data outside the PRC.
P:8.3 The Vendor shall apply appropriate technical and organisational security measures, comply with the PRC Data Security Law and Personal Information Protection Law in its work for the Buyer, notify the Buyer within 12 hours of any security incident affecting Buyer Data, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 3.4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to infringement claims under Article 7.3, breach of Articles 8 or 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the parts not accepted, and the Buyer may keep the licence for the Software already delivered if it pays the licence fee.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control if it notifies the other party promptly.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federative Republic of Brazil.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between the parties' senior managers. If it is not resolved within 30 days, it shall be finally settled by the courts of the city of Marabá, State of Pará, Brazil.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Project Plan and Scope of Services) and Annex 2 (Function List and Acceptance Test Plan), is the entire agreement between the parties on its subject matter.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
H856E02 = """# SHIFTWISE SUBSCRIPTION ORDER FORM

Order Form No. SW-CN-2027-0091

## PART A - ORDER FORM

### A1. Parties

**Provider:** Shiftwise Tecnologia Ltda., Rua Coronel Manoel Bandeira 1450, Centro, Imperatriz, Maranhão, Brazil ("Provider").

**Customer:** Wuhan Jiangtong Cold Chain Logistics Co., Ltd., No. 88 Yangluo Port Road, Xinzhou District, Wuhan, Hubei Province, People's Republic of China ("Customer").

### A2. Subscribed Service

Shiftwise Workforce Cloud, Enterprise Edition: shift planning, labour demand forecasting, time and attendance capture, overtime approval, and payroll export, for the Customer's four cold-storage warehouses in Wuhan, Changsha, Nanchang and Hefei. Hosted in Provider's environment at a cloud data centre in Shanghai, China.

Named users: 300 (warehouse supervisors, planners, HR staff and employees using the mobile app). Additional users may be ordered at the unit price below, pro rata for the remaining Subscription Year.

### A3. Subscription Term

Three Subscription Years starting on the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under Section B3. Each Subscription Year is a period of one year starting on the Service Start Date or its anniversary. The subscription ends at the end of the third Subscription Year and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|
| Subscription fee, per named user per Subscription Year | 920 | 300 users | 276,000 per Subscription Year |
| Subscription fees, three Subscription Years | | | 828,000 |
| Onboarding service (one-time) | 48,000 | 1 | 48,000 |
| **Total fees for the Subscription Term** | | | **876,000** |

All amounts are in CNY and include VAT. SMS messages beyond the included volume of 20,000 per Subscription Year are charged at CNY 0.06 per message and are not part of the total above.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Invoices are payable within 30 days by bank transfer in CNY to Provider's account stated in the invoice. No other payment is due before the Service Start Date.

### A6. Service Levels and Support Contacts

- Availability target: 99.95% per calendar month, measured at Provider's service endpoint, excluding scheduled maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.
- Priority 1 (service unavailable or time clock data not recorded for a warehouse): response within 1 hour, 24 x 7, and continuous work until restored.
- Priority 2 (a major function impaired): response within 3 hours during business hours.
- Priority 3 (minor issues and questions): response within 2 business days.
- Support by telephone, e-mail and the support portal, in English and Chinese.

## PART B - GENERAL TERMS

### B1. Application

1.1 These General Terms apply to the Order Form in Part A. Together they form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

1.2 No terms printed on Customer purchase orders or Provider invoices apply.

### B2. Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with the documentation and Part A.

2.2 Provider may improve the Service from time to time but shall not materially reduce its functions or security during the Subscription Term.

2.3 Customer is responsible for its users' conduct, for keeping passwords secure and for the accuracy of the data it enters.

### B3. Onboarding and Acceptance

3.1 Provider shall perform the onboarding service within 45 days after signature of the Order Form. Onboarding includes configuration of the four warehouses, shift patterns and pay rules, import of employee master data, the payroll export to Customer's HR system, and two training sessions per warehouse.

3.2 Onboarding Acceptance requires that: (a) all configured shift patterns and pay rules produce correct results for a test set of 200 employees agreed with Customer; (b) time clock data from all warehouses appears in the Service within 5 minutes; (c) the payroll export for one full pay period matches Customer's parallel calculation without differences; and (d) Customer's planners confirm in writing that the functions in the Order Form work.

3.3 Customer shall test within 10 business days after Provider's notice of readiness and either confirm Onboarding Acceptance in writing or list the failures. Provider shall correct listed failures and repeat the tests.

3.4 If Onboarding Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000, which Customer may deduct from any invoice.

### B4. Service Levels

4.1 Provider shall use all reasonable efforts to meet the availability target and response times in Section A6 and shall report achieved availability monthly on the support portal.

4.2 The Service Levels are targets. No service credits, fee reductions or other payments apply if a target is not met. Customer's remedy for a persistent failure is to require Provider to prepare and carry out a correction plan, and, where the failure is a material breach, termination under Section B10.

### B5. Customer Data

5.1 All data that Customer or its users enter into the Service, and all results the Service produces from it ("Customer Data"), belong to Customer. Provider may process Customer Data only to provide the Service to Customer and for no other purpose.

5.2 Customer Data, including employee personal information, is stored and processed only in China. Provider shall not transfer Customer Data outside China.

5.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV format for 30 days and then delete it, and confirm the deletion in writing.

### B6. Security

6.1 Provider shall maintain an information security programme appropriate to the Service, including encryption of Customer Data in transit and at rest, multi-factor authentication for Provider staff, role-based access, logging of all administrative access, daily backups and annual penetration testing by an independent tester. The Service environment holds an MLPS level 3 filing.

6.2 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, investigate it, take steps to contain it, and provide a written report.

6.3 Provider is liable for losses suffered by Customer as a result of a security incident caused by Provider's breach of this Section B6 or Section B5.

### B7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to persons who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Agreement.

### B8. Intellectual Property

8.1 Provider owns the Service and its software. Customer receives a right to use the Service during the Subscription Term.

8.2 Configurations, shift templates, pay rules and reports created for Customer in onboarding belong to Customer, which may use, modify and let third parties use them freely, also after the Subscription Term.

### B9. Subcontractors

9.1 Provider may use subcontractors and sub-processors, including its hosting provider and its implementation partners in China, to provide the Service and the onboarding service. Provider lists its current subcontractors on its trust page and will inform Customer by e-mail at least 15 days before adding a new one.

9.2 Provider remains responsible for its subcontractors' performance and compliance with this Agreement.

### B10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid subscription fees for the remaining part of the Subscription Year.

10.3 On expiry or termination, Customer's right to use the Service ends, Section B5.3 applies, and Provider shall give reasonable assistance for the transfer of Customer Data to Customer or to a new provider chosen by Customer, at the daily rates in Provider's proposal.

### B11. Liability

11.1 Each party's total liability under the Agreement is limited to 200% of the total fees for the Subscription Term stated in Section A4.

11.2 This limit does not apply to breach of Sections B5, B6 or B7, to infringement of the other party's intellectual property, or to wilful misconduct.

### B12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### B13. General

13.1 Notices are given in writing to the addresses in Section A1. Neither party may assign the Agreement without the other party's written consent.

13.2 Neither party is responsible for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, if it informs the other party promptly and resumes performance as soon as possible. Payment obligations are not suspended.

13.3 This Agreement is signed in English and Chinese; both versions have equal force.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
H856E03 = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN STORAGE MONITORING EQUIPMENT
P:Contract No. ZLC-PUR-2027-0135
P:Buyer: Zhoukou Liangcang Grain Reserve Co., Ltd., No. 16 Wenchang Avenue, Chuanhui District, Zhoukou, Henan Province, China (the "Buyer").
P:Supplier: Tapajós Sensores Agrícolas Ltda., Avenida Mendonça Furtado 2380, Aldeota, Santarém, Pará, Brazil (the "Supplier").
P:The Buyer is replacing the temperature and humidity monitoring of its grain storage depots. After comparing offers, the Buyer has selected the Supplier to deliver sensors, gateways and weather stations and to license its monitoring software. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the devices listed in the price table in clause 3.2.
P:1.2 "Software" means the Supplier's SiloSense Monitor software, including the server application, the web console and the mobile alarm application, and all updates supplied under this Contract.
P:1.3 "Deliverables" means the Equipment, the Software, the configuration of the Buyer's depots in the Software, the interface to the Buyer's grain inventory system and all documentation.
P:1.4 "Final Acceptance" means acceptance confirmed by the Buyer under clause 6.4.
P:1.5 "Buyer Data" means all measurements, alarms, depot records and other data collected or generated by the Deliverables at the Buyer's sites.
H:2. Scope
P:2.1 The Supplier shall supply and install 320 digital temperature cables in the Buyer's 64 steel silos and warehouses at four depots, 40 wireless gateways and 8 weather stations, and shall license the Software for unlimited users at the Buyer's depots and head office.
P:2.2 The Supplier shall configure the Software with the layout of each silo and warehouse, set the alarm thresholds agreed with the Buyer's storage managers, and build the interface that sends daily grain temperature summaries to the Buyer's grain inventory system.
P:2.3 The Supplier shall train the Buyer's storage staff and IT administrators as described in clause 8.
H:3. Price
P:3.1 The total Contract price is CNY 1,732,000, including VAT, customs duties, transport to each depot, insurance, installation and training. The price is fixed.
P:3.2 The price is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 24 sensing points, with mounting kit|320|2,650|848,000
TB:2|Wireless gateway with solar power unit|40|7,800|312,000
TB:3|Weather station (temperature, humidity, rainfall)|8|14,500|116,000
TB:4|SiloSense Monitor perpetual software licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,562,000
TB:5|Installation, configuration and interface|1|148,000|148,000
TB:6|Training|1|22,000|22,000
TB:|Total Contract Price|||1,732,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract price (CNY 173,200) within 20 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract price (CNY 952,600) within 20 working days after all Equipment has been delivered and installed at the four depots and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 606,200) within 20 working days after Final Acceptance.
P:4.4 All payments are made in CNY to the Supplier's bank account named in this Contract.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the four depots within 90 days after signature and complete installation and configuration within 45 days after delivery.
P:5.2 The Supplier shall submit a detailed installation plan for each depot at least 10 days before work starts there, and the Buyer shall provide access, power and an escort.
P:5.3 Installation inside silos shall be done only when the silo is empty or under the supervision of the Buyer's safety officer, following the Buyer's rules for confined spaces and work at height.
H:6. Acceptance
P:6.1 After installation, the Supplier shall notify the Buyer that the system is ready for testing.
P:6.2 The acceptance tests are: (a) every sensing point reports a reading to the Software at the set interval; (b) readings of a sample of 5% of the sensing points, chosen by the Buyer, differ from a calibrated reference thermometer by no more than 0.5 °C; (c) alarms reach the mobile application within 60 seconds after a threshold is crossed; (d) the daily summaries arrive correctly in the grain inventory system for 10 consecutive days; and (e) the system runs for 30 days without a Severity 1 fault.
P:6.3 If a test fails, the Supplier shall correct the fault at its own cost and the test shall be repeated.
P:6.4 When all tests are passed, the Buyer shall sign a Final Acceptance certificate within 7 working days. Delivery, installation, use of the system or any payment does not mean acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Deliverables against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including transport, and provide Software updates and support at no extra cost.
P:7.2 Severity 1 means that a depot has lost monitoring or alarms. Severity 2 means that individual sensors, gateways or functions have failed. For Severity 1 the Supplier shall respond within 30 minutes at any time and restore monitoring within 24 hours, if necessary with spare gateways kept in China; for Severity 2 it shall respond within 2 hours and fix the fault within 5 working days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may order annual maintenance at a fee of 7.5% of the Hardware and Licence Subtotal, namely CNY 117,150 per year. This fee is fixed for three years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:8. Training
P:8.1 The Supplier shall train at least 30 storage staff at the depots and 6 IT administrators at the head office, and provide user manuals in Chinese.
P:8.2 Training for storage staff covers reading the monitoring console, handling alarms, checking cables after grain intake and outturn, and basic replacement of gateway batteries. Training for administrators covers installation, backup and restore of the Software, user management and the interface to the grain inventory system.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Buyer receives a perpetual licence to use it for its own storage operations.
P:9.2 The depot configurations, the interface program with its source code, and all reports and documents made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security and Data Ownership
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:10.2 The Software runs on the Buyer's servers. The Supplier's remote access is allowed only through the Buyer's VPN after approval for each session, with personal accounts, and all access is logged. Grain stock data is important data for the Buyer, and the Supplier shall not transfer any Buyer Data outside China.
P:10.3 The Supplier shall keep its work in line with the PRC Data Security Law, report any security incident affecting Buyer Data to the Buyer within 6 hours, help to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's depots, stock quantities, business and systems that it receives under this Contract, and shall not disclose it to anyone without the Buyer's prior written consent. This duty continues for five years after the end of the Contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery, installation or readiness for acceptance, it shall pay liquidated damages of 0.08% of the Contract price for each day of delay, up to 10% of the Contract price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors act under the Supplier's full responsibility.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund all amounts received for Deliverables that the Buyer does not keep and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.
H:16. General
P:16.1 Notices under this Contract shall be in writing and sent to the addresses above or to other addresses notified in writing.
P:16.2 This Contract is signed in two originals in English and Chinese, with equal force, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules 1-3 as tables)
H856E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MSA-XZ-2027-004

**Between**

**Xuzhou Huagong Mining Machinery Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 26 Tongshan Road, Xuzhou, Jiangsu Province ("Customer"); and

**Serra Norte Serviços de TI Ltda.**, a company incorporated in Brazil, with its registered office at Rua A, Quadra 12, Cidade Nova, Parauapebas, Pará, Brazil, acting in China through its branch office in Xuzhou ("Provider").

## Background

Customer manufactures mining machinery at two plants in Xuzhou and runs a spare parts centre in Kunshan. Customer wishes to outsource its IT service desk, end-user device support and network operations to Provider, which runs similar services for mining operators in Brazil and has opened a branch office in Xuzhou for this contract.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the transfer of the services from Customer's internal IT team to Provider, described in clause 3.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or has access to in performing the Services, including data held on end-user devices, servers and network equipment.

## 2. Term

2.1 This Agreement starts on the date of signature and the Services run for 36 months from the Service Commencement Date, which is the date of Transition Acceptance under clause 3.3.

2.2 The Agreement ends at the end of the 36-month service period. Any extension must be agreed in writing, and the Charges for an extension shall be agreed at that time.

## 3. Transition

3.1 Provider shall complete the Transition within 60 days after signature. The Transition includes taking over the asset inventory of about 1,450 laptops and desktops, 210 printers and 96 network devices, documenting the current network, setting up the service desk tools and telephone line, and a knowledge transfer from Customer's IT team.

3.2 Transition Acceptance requires that: (a) the asset inventory has been checked on site and reconciled with Customer's records; (b) the service desk has handled live calls for 10 working days in parallel with Customer's IT team, meeting the Service Levels in Schedule 2; (c) network monitoring covers all 96 network devices; and (d) operating procedures for the Services have been approved by Customer's IT manager.

3.3 Customer shall confirm Transition Acceptance in writing within 5 working days after the parallel run, or list the items that are not met, which Provider shall complete before acceptance.

3.4 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 100,000.

## 4. Services and Personnel

4.1 Provider shall perform the Services with due skill and care, in accordance with Schedule 1, the Service Levels and Customer's reasonable site rules.

4.2 Provider shall assign a service delivery manager based in Xuzhou and at least six on-site engineers across the three sites during Customer's working hours. Key personnel shall not be replaced without Customer's prior approval, which shall not be unreasonably withheld.

4.4 Provider's engineers shall hold relevant vendor certifications for the equipment they support and speak Chinese. Provider shall keep a list of its engineers working at Customer's sites and give it to Customer on request.

4.5 Provider shall hold a monthly service review with Customer and provide a written report on Service Level performance, incidents, changes and improvement actions.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. For each Service Level not met in a month, Provider shall give Customer the Service Credit stated in Schedule 2, deducted from the next invoice.

5.2 Service Credits are a price adjustment for reduced service and do not limit Customer's right to claim damages for losses caused by Provider's failures.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The total Charges for the 36-month service period, including the one-time Transition fee, are CNY 2,190,000.

6.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

6.3 The Charges are fixed for the full term and include all travel, tools and taxes.

6.4 Provider shall issue VAT special invoices through its Xuzhou branch. If the number of supported users changes by more than one tenth, the parties shall discuss an adjustment of the monthly service charge in good faith.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential any information of the other party that is marked confidential or that a reasonable person would understand to be confidential, and shall use it only for the purposes of this Agreement. This obligation continues for three years after this Agreement ends.

8.2 Provider shall ensure that its engineers sign confidentiality undertakings before they start work at Customer's sites.

## 9. Intellectual Property

9.1 Operating procedures, scripts, network documentation and knowledge articles prepared by Provider for Customer belong to Customer, which may use and modify them freely, including with a successor provider.

9.2 Provider's own service desk tools remain Provider's property.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 125% of the total Charges stated in clause 6.1.

10.2 The limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 12. Early Termination

12.1 This Agreement may not be terminated early by either party except as set out in this clause 12.

12.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within 60 days after a written reminder.

12.3 Either party may terminate this Agreement if the other party becomes insolvent, enters liquidation or ceases to carry on business.

12.4 Customer's remedies for service failures are the Service Credits under Schedule 2 and claims for damages under clause 10.

12.5 On expiry or termination, Provider shall give exit assistance for up to 60 days, including handover of documentation and knowledge transfer to Customer or its new provider, at no extra charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be in writing and delivered to the addresses above.

14.3 Neither party is liable for failure caused by force majeure if it notifies the other party promptly.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 1,600 users; logging, triage and tracking of all incidents and requests | 07:30-20:00 on working days; on-call outside these hours |
| End-user device support | Installation, moves and changes, repair coordination and replacement of laptops, desktops and printers at the three sites | Working hours |
| Network operations | Monitoring of 96 switches, routers and wireless controllers, configuration changes, firmware updates and coordination with carriers | 24 x 7 monitoring |
| Asset management | Keeping the asset inventory current and reporting monthly | Monthly |
| Change management | Planning and carrying out approved changes in agreed maintenance windows | As scheduled |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed in a month |
|---|---|---|
| Priority 1 incident (a plant production line or a whole site without network or systems) - response | Within 15 minutes, 24 x 7 | 5% of the monthly service charge |
| Priority 1 incident - restoration | Within 3 hours | 5% of the monthly service charge |
| Priority 2 incident (a department or a critical user affected) - response | Within 1 hour | 2% of the monthly service charge |
| Service desk calls answered within 30 seconds | 90% of calls | 2% of the monthly service charge |
| Customer satisfaction in monthly survey | Average of at least 4.2 out of 5 | 1% of the monthly service charge |

Total Service Credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 58,500 per month, 36 months | 2,106,000 |
| **Total Charges** | | **2,190,000** |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings + numbered clauses)
H856E05 = """HYDROLOGICAL DATA API SUBSCRIPTION AGREEMENT

Agreement No. XDA-2027-CN-017

PARTIES

Xingu Dados Ambientais Ltda., a company incorporated in Brazil, with its registered office at Travessa Agrário Cavalcante 1120, Centro, Altamira, Pará, Brazil ("Provider").

Chengdu Minjiang Hydropower Engineering Consulting Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 9 Tianfu Third Street, Hi-tech Zone, Chengdu, Sichuan Province ("Customer").

BACKGROUND

Provider collects river gauge readings, satellite rainfall estimates and reservoir level observations for river basins in South America and publishes them, with forecasts, through an application programming interface (API). Customer designs and supervises hydropower and water projects and wishes to use the data in its flood studies and in the operation dashboards it builds for project owners.

1. DEFINITIONS

1.1 "API" means Provider's HydroFeed API, version 3, with the endpoints and data sets listed in Annex A.

1.2 "Subscription Year" means each period of one year starting on the Go-Live Date or on its anniversary. The subscription covers two Subscription Years.

1.3 "Go-Live Date" means the date on which Customer confirms Integration Acceptance under clause 4.3.

1.4 "Customer Materials" means the project site coordinates, catchment boundaries, query parameters, uploaded local gauge readings and any other data that Customer sends to the API, and the results the API returns for them.

1.5 "Custom Data Products" means the catchment models, calibrated forecast series and data extracts that Provider prepares specifically for Customer under clause 3.2.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive right to call the API and to use the data returned in Customer's engineering work, reports and dashboards for its clients.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year, 25 user accounts for the web portal, and historical data back to 1990 for the basins listed in Annex A.

2.3 Customer may add further basins during a Subscription Year at the prices in Annex A, pro rata for the rest of that Subscription Year, by a written order signed by both parties.

2.4 Customer may display the data to its clients in its reports and dashboards, with the attribution "Source: HydroFeed". Customer shall not resell the raw data as a data feed.

3. INTEGRATION SERVICES

3.1 Provider shall set up Customer's accounts and keys, connect the API to Customer's data platform through Provider's mirror endpoint in Shenzhen, and provide sample code and documentation in English and Chinese.

3.2 Provider shall prepare Custom Data Products for six catchments named by Customer, including calibration of the forecast model against Customer's local gauge readings.

3.3 Provider shall complete the integration services within 40 days after signature.

3.4 During the Subscription Years, Provider shall give Customer's engineers technical support by e-mail, telephone and the support portal in English and Chinese, and shall hold a review meeting by video call each quarter to discuss data quality, new basins and planned changes to the API.

3.5 Provider shall announce changes to endpoints or data formats at least 60 days in advance and keep the previous version running until the end of that period.

4. INTEGRATION ACCEPTANCE

4.1 Provider shall notify Customer when the integration is ready for testing.

4.2 The integration passes when: (a) all endpoints in Annex A return data for Customer's six catchments; (b) 95% of API calls in a 7-day test return within 800 milliseconds; (c) the Custom Data Products reproduce the observed flows of the last three wet seasons within the error limits in Annex B; and (d) Customer's engineers confirm that the data loads into Customer's platform without manual changes.

4.3 Customer shall test within 10 working days after the notice and confirm Integration Acceptance in writing, or list the failures for Provider to correct. Use of the API during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 396,000 per Subscription Year, CNY 792,000 for the two Subscription Years.

5.2 The integration fee is CNY 36,000, one time.

5.3 The total fees under this Agreement are CNY 828,000, including VAT.

5.4 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days in CNY.

5.5 API calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such charges are not part of the total in clause 5.3.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance of up to 2 hours per month announced at least 5 days in advance.

6.2 Provider shall respond to a Priority 1 incident (the API is unavailable or returns clearly wrong data for Customer's catchments) within 1 hour at any time, and to a Priority 2 incident (a single endpoint or data set is delayed or degraded) within 3 hours on business days.

6.3 If monthly availability falls below the committed level, Provider shall credit Customer 5% of the monthly share of the subscription fee for each 0.1 percentage point, or part of it, below that level, up to half of the monthly share. For each hour by which a Priority 1 response is late, Provider shall credit CNY 500.

6.4 Provider shall publish a monthly service report on the portal showing availability, incidents, response times, late data updates and the credits due.

6.5 If data updates for a data set are more than 6 hours late on more than 5 days in a month, Provider shall credit 3% of the monthly share of the subscription fee.

7. LATE INTEGRATION

7.1 If Integration Acceptance is not achieved within the period in clause 3.3 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

8. CUSTOMER MATERIALS AND DATA SECURITY

8.1 Customer Materials belong to Customer. Provider shall use them only to provide the API and the services to Customer, and shall not add them to its public data sets or use them for any other client or purpose.

8.2 Provider shall store Customer Materials encrypted, restrict access to named staff with multi-factor authentication, log all access, and keep backups for no longer than 30 days.

8.3 Provider shall notify Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Materials, take steps to limit the damage, and bear the costs and losses caused by its failure to comply with this clause 8.

8.4 At the end of this Agreement Provider shall delete all Customer Materials within 30 days and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the API, its software and its general data sets.

9.2 Custom Data Products belong to Customer, which may use, modify and license them freely, also after this Agreement ends.

10. LIABILITY

10.1 Provider's total liability under this Agreement for all claims is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.3 Hydrological forecasts are estimates. Customer remains responsible for its engineering decisions, but Provider is responsible for delivering data that is processed with the methods described in its documentation.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, except for the data centre operator named in Annex A.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A new subscription requires a new agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fee paid for the rest of the current Subscription Year.

12.3 Customer may also terminate if availability falls below the committed level in three months of any Subscription Year.

12.4 On expiry or termination, Customer may keep and continue to use the data it has already retrieved and the Custom Data Products in its reports and dashboards.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above.

14.2 Neither party may assign this Agreement without the other's written consent.

14.3 Neither party is liable for failures caused by events beyond its reasonable control, other than payment obligations.

14.4 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and replaces earlier proposals and correspondence. Amendments must be in writing and signed by both parties.

14.5 This Agreement is made in English in two originals.

ANNEX A: Endpoints, data sets and basins covered; data centre operator.
ANNEX B: Error limits for Custom Data Products.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ================================================================= labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# stem, ext, lang, category, terms (in KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
# tco (fee base, warranty months) or None, design rules
DRAFTS = [
    ("h856z01_commerce_bureau_power_bank_supervision_platform", "pdf", "zh", "software",
     [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10, False, True, True, "PRC", G],
     (True, True, True, False, 1308000), (680000, 24), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    ("h856z02_luggage_factory_line_control_retrofit", "docx", "zh", "hardware",
     [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 6, 20, False, True, False, "PRC", G],
     (True, True, True, False, 1780000), (1620000, 6), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    ("h856z03_huangmei_opera_school_booking_saas", "txt", "zh", "cloud",
     [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
     (True, True, None, False, 360400), None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    ("h856z04_postal_bureau_parcel_locker_system_om", "txt", "zh", "services",
     [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
     (True, True, None, False, 452000), None, []),
    ("h856z05_rice_dough_studio_process_tracking_supplier_template", "md", "zh", "software",
     [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 3, None, False, True, None, "PRC", G],
     (False, False, False, True, 336000), None,
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
      "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    ("h856e01_ore_terminal_dispatch_licence_maraba_vendor", "pdf", "en", "software",
     [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Brazil", G],
     (True, True, True, False, 1690000), (1260000, 18), ["CR-GOVERNING-LAW"]),
    ("h856e02_workforce_scheduling_saas_order_form_imperatriz_vendor", "md", "en", "cloud",
     [99.95, 1, False, "buyer", True, True, True, 600 / 876000 * 100, 200, None, True, None, None, None, False, True,
      True, "PRC", S],
     (True, True, None, False, 876000), None, ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    ("h856e03_grain_depot_sensors_monitoring_licence_santarem_vendor", "docx", "en", "hardware",
     [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
     (True, True, True, False, 1732000), (1562000, 36), []),
    ("h856e04_mining_machinery_managed_it_services_parauapebas_vendor", "md", "en", "services",
     [None, 0.25, True, "buyer", False, True, True, 2000 / 2190000 * 100, 125, None, True, None, None, None, False,
      False, False, "PRC", S],
     (True, True, None, False, 2190000), None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    ("h856e05_hydrological_data_api_subscription_altamira_vendor", "txt", "en", "cloud",
     [99.95, 1, True, "buyer", True, True, False, 700 / 828000 * 100, 6 / 24 * 100, None, True, None, None, None,
      False, True, False, "PRC", S],
     (True, True, None, False, 828000), None, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
]
SRC = {"h856z01": H856Z01, "h856z02": H856Z02, "h856z03": H856Z03, "h856z04": H856Z04, "h856z05": H856Z05,
       "h856e01": H856E01, "h856e02": H856E02, "h856e03": H856E03, "h856e04": H856E04, "h856e05": H856E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
THRESHOLD_NUMBERS = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def tco_share(value, tco, fee_pct):
    base, wm = tco
    years = max(0.0, 5 - wm / 12)
    fees = years * base * fee_pct / 100
    return fees / (value + fees) * 100


def derive(t, x, tco):
    """My reading of policy §3 applied to the labels."""
    sla, ld_stated, capped, deemed, value = x
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
        if tco is not None and t["post_warranty_fee_pct"] is not None:
            share = tco_share(value, tco, t["post_warranty_fee_pct"])
            assert abs(share - 40) > 2, share
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(d):
    stem, ext, lang, cat, vals, x, tco, design = d
    t = dict(zip(KEYS, vals))
    sla, ld_stated, capped, deemed, value = x
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(t, x, tco)
    assert rules == sorted(design), (stem, rules, design)
    for k, v in list(t.items()) + list(extra.items()):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            assert v not in THRESHOLD_NUMBERS, (stem, k, v)
            if k in THRESHOLDS:
                assert abs(v - THRESHOLDS[k]) > 1e-9, (stem, k, v)
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": rules}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ================================================================= sums (prices and payment splits as written)
SUMS = {
    "h856z01": (1308000, [680000, 524000, 86000, 18000], [261600, 588600, 457800]),
    "h856z02": (1780000, [768000, 399000, 99000, 118000, 236000, 136000, 24000], [178000, 979000, 623000]),
    "h856z03": (360400, [2 * 30 * 5040, 58000], [58000, 151200, 151200]),
    "h856z04": (452000, [264000, 96000, 58000, 34000], [113000] * 4),
    "h856z05": (336000, [168000, 142000, 26000], [218400, 117600]),
    "h856e01": (1690000, [1260000, 384000, 46000], [338000, 760500, 591500]),
    "h856e02": (876000, [3 * 300 * 920, 48000], [48000] + [276000] * 3),
    "h856e03": (1732000, [320 * 2650, 40 * 7800, 8 * 14500, 286000, 148000, 22000], [173200, 952600, 606200]),
    "h856e04": (2190000, [84000, 36 * 58500], [84000] + [58500] * 36),
    "h856e05": (828000, [2 * 396000, 36000], [36000, 396000, 396000]),
}

# ================================================================= threshold scan
PAT = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:h\b|hours?\b|hrs?\b|个?小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])(?:100|30|40|15)(?:\.0+)?\s*%", r"百分之(?:一)?百", r"百分之(?:三十|四十|十五)(?![一二三四五六七八九])",
    r"\b(?:one hundred|thirty|forty|fifteen)\s*(?:per\s*cent|percent)\b",
    r"(?<![\d.])12\s*个?\s*月", r"十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?\b", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
    r"质保期?(?:为)?(?:一|1)年", r"\b(?:one|1)[\s-]*year\s+warranty",
]
RX = [re.compile(p, re.I) for p in PAT]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "0.05%", "万分之五",
            "100%", "30%", "40 %", "15%", "百分之三十", "百分之十五", "forty per cent", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "质保期一年", "one-year warranty"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "7×24小时", "二十四小时", "24 hours", "14 hours", "0.5%", "0.08%", "150%",
             "130%", "35%", "115%", "240%", "2.4 hours", "120个月", "36 months", "112 months", "万分之五十", "45%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))


# ================================================================= read back
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
    self_test()
    sources, targets = {}, {}
    fired = set()
    for d in DRAFTS:
        stem, ext = d[0], d[1]
        key = stem[:7]
        total, items, pays = SUMS[key]
        assert sum(items) == total == d[5][4], key
        assert sum(pays) == total, key
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    for d in DRAFTS:
        stem, ext, lang = d[0], d[1], d[2]
        lab = label(d)
        fired |= set(lab["expected_rules"])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (stem, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (stem, n)
        for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
            assert not hits(variant), (stem, hits(variant))
        print("%-70s %-4s %5d %-6s %s" % (stem, lang, n, risk(lab["expected_rules"]),
                                          ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert len(ALL_RULES) == 20
    print("all 20 rules fire; checks passed")


if __name__ == "__main__":
    main()
