"""holdout740: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py  (imports ../word_pdf.py for .docx and .pdf)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:标准信息服务平台建设项目合同
P:合同编号：BZY-ZFCG-2027-018
P:甲方（采购人）：某省标准化研究院
P:乙方（供应商）：江宁数标信息技术有限公司
P:本合同依据政府采购项目（公开招标，项目编号ZC-2027-0412）的招标文件、乙方投标文件及中标通知书，由甲方提供合同文本，双方经协商一致订立。
H:第一条 项目内容
P:1.1 乙方为甲方建设标准信息服务平台，内容包括：标准文献管理与检索平台软件许可（永久使用许可，不限用户数）；标准比对、标准有效性核查、企业标准自我声明监督模块的定制开发；存量题录与全文数据的加工入库；部署、实施与培训。
P:1.2 定制开发内容以附件一《需求规格说明书》为准，乙方应在合同签订后二十个工作日内完成需求确认。
P:1.3 平台部署于甲方指定的政务云资源上，操作系统、数据库及中间件采用国产化产品，乙方负责完成兼容适配并提供适配证明材料。
H:第二条 合同价款
P:2.1 合同总价为人民币2,360,000元（大写：贰佰叁拾陆万元整），含税，为固定总价。
P:2.2 分项价格：平台软件许可1,180,000元；定制开发860,000元；数据加工入库214,000元；部署实施及培训106,000元。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
P:2.4 合同总价已包含软件许可、开发、数据加工、部署、培训、差旅、第三方测评配合及质保期内全部服务费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付进度
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、数据加工及部署，并提交初步验收申请。
P:4.2 试运行期为六十日，自初步验收合格之日起计算。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，驻场实施期间未经甲方同意不得更换；确需更换的，应提前十日书面申请，并保证接替人员资历不低于原人员。
P:4.4 甲方负责提供部署所需的云资源、网络条件、存量数据和业务配合人员，并在收到乙方书面请求后五个工作日内对需求和设计文档提出确认意见。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合附件一；检索响应时间在200并发用户下不超过2秒；数据加工抽检差错率不高于万分之三；通过第三方软件测评机构的功能与安全测试。
P:5.2 最终验收标准：试运行期内无一级故障；数据加工成果全部入库并经甲方复核；技术文档、源代码及培训资料齐全；甲方组织专家评审通过并签署验收报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
P:5.4 乙方应于最终验收前提交全部技术文档，包括需求规格说明书、概要及详细设计、数据字典、部署手册、运维手册、用户手册、测试报告和源代码光盘。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方，且不计入不可用时间。
P:6.2 故障分级：一级故障（平台无法访问或核心检索中断）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障于下一个工作日内处理。
P:6.3 乙方每迟延响应一小时，向甲方支付1,000元；月度可用率每低于约定值0.01个百分点，扣减维保款2,000元。
P:6.4 乙方应于每月前五个工作日提交上月服务报告，列明可用率、故障处理记录及改进措施。
H:第七条 质保与后续维保
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:7.2 质保期满后，甲方可按年委托乙方提供维保服务，年度维保费不超过平台软件许可价款的9%（即每年不超过106,200元），该标准在质保期满后三年内不上调。维保合同每年另行签订，不自动续期。
P:7.3 质保期内，乙方每年为甲方业务人员和系统管理员各组织不少于两次操作培训，并免费提供新版本的升级实施服务。
H:第八条 知识产权
P:8.1 平台软件产品的著作权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、数据加工规则及相关源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台中的标准数据、用户数据及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求，实施访问控制、操作审计和加密传输，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或乙方完成工作后，乙方应将其持有的甲方数据全部返还并彻底删除，向甲方出具书面删除证明。
H:第十条 保密
P:10.1 双方对履约中知悉的对方技术秘密、商业信息及未公开资料负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同终止而解除。
P:10.3 乙方应与参与本项目的人员签订保密承诺书，并将承诺书副本报甲方备案；人员离场时应交回全部资料和账号。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，按未付金额每日万分之三支付违约金，但因财政资金拨付原因延迟的除外。
P:11.4 违约金不足以弥补甲方实际损失的，乙方还应赔偿差额部分。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或有其他严重违约行为经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的成果及全部甲方数据。
P:13.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任；不可抗力持续超过九十日的，双方均可解除合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及附件均为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:15.3 附件：附件一《需求规格说明书》；附件二《分项报价表》；附件三《验收方案》；附件四《服务水平及故障分级表》。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2027年3月8日
"""

Z02 = """T:针织及流苏生产线控制系统改造合同
P:合同编号：WJC-JG-2027-06
P:甲方：某市锦绣围巾厂
P:乙方：常州织控自动化科技有限公司
P:甲方拟对其二号车间的四条横机针织线及两台流苏机进行电气控制系统改造，并升级生产管控软件。双方经协商，订立本合同。
H:第一条 改造范围
P:（一）更换横机主控PLC、伺服驱动及触摸屏，新增断纱、张力及门禁安全检测传感器；
P:（二）流苏机加装定长剪切伺服与计数模块，实现流苏长度在线设定；
P:（三）提供织控MES生产管控软件许可（车间级永久许可），完成工单下发、花型程序管理、产量与停机统计等功能；
P:（四）开发与甲方现有ERP系统的工单及报工接口；
P:（五）旧控制柜拆除、新设备安装、联调及操作人员培训。
P:（六）提供电气原理图、接线图、程序备份、操作手册及备品备件清单等技术资料各两套，并提供电子版。
H:第二条 合同价款
P:合同总价为人民币1,486,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服驱动（横机）|4套|612,000
TB:2|流苏机定长剪切伺服及计数模块|2套|168,000
TB:3|触摸屏、传感器及安全检测元件|1批|138,000
TB:4|织控MES生产管控软件许可|1套|236,000
TB:一|软硬件小计||1,154,000
TB:5|安装调试及旧柜拆除|1项|214,000
TB:6|ERP接口定制开发|1项|88,000
TB:7|操作及维修培训|1项|30,000
TB:二|合同总价||1,486,000
P:上述价格为固定价格，包括运输、保险、安装、调试、培训及质保期内服务的全部费用。
P:乙方随货提供的易损件（保险丝、接近开关、继电器等）按附件清单配置，其费用已包含在合同总价内。
H:第三条 付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）设备到货并安装完毕、经甲方签收后，甲方支付合同总价的55%，签收仅确认数量与外观，不视为验收；
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的25%。
P:（四）乙方每次请款前应开具等额增值税专用发票，甲方以银行转账方式支付。
H:第四条 工期
P:乙方应在合同生效后七十五日内完成全部改造。为不影响甲方旺季生产，停机改造应分两批进行，每批停机不超过十日，具体日期由甲方提前确定。
P:乙方应在合同生效后十日内提交改造实施方案，列明停机计划、人员安排、旧柜拆除方法、调试步骤及应急回退措施，经甲方确认后实施。改造期间乙方应保证未改造机台正常运行。
H:第五条 验收
P:（一）验收标准：各机台按附件《技术规格书》完成全部功能测试；横机断纱停机响应时间不超过0.5秒；流苏长度偏差不超过±2毫米；连续生产七十二小时无控制系统故障；MES工单下发及ERP报工数据核对一致；安全门打开时机台可靠停机。
P:（二）满足上述标准后，双方共同签署最终验收报告。试生产、甲方使用设备生产产品或支付款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收；两次验收仍不合格的，乙方应继续整改直至合格，逾期部分按第十条承担违约金。
P:（四）乙方应在验收前完成对甲方操作工、维修电工的培训，培训合格人数不少于二十人。
H:第六条 质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的零部件并提供软件缺陷修复。
P:（二）故障响应：影响生产的一级故障，乙方应在接到通知后2小时内响应，8小时内到场；其他故障于次日内处理。乙方每迟延响应或到场一小时，向甲方支付800元。
P:（三）质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的8%，即每年92,320元，该费用在质保期满后三年内保持不变。维保服务包括每季度一次巡检、备件供应及软件升级。
P:（四）年度维保合同每年由双方另行签订，不自动续期；甲方也可自行或委托第三方进行维护，乙方应提供必要的技术配合和原价备件。
H:第七条 知识产权
P:乙方为本项目开发的ERP接口程序、PLC控制程序及其源代码、花型参数模板，知识产权归甲方所有，甲方可自行修改和使用，也可委托第三方维护。MES软件产品本身的著作权仍归乙方，甲方享有永久使用许可。
P:乙方保证其提供的软硬件不侵犯任何第三方的知识产权；如第三方就此提出权利主张，由乙方负责处理并承担全部费用，甲方因此受到的损失由乙方赔偿。
H:第八条 数据安全
P:（一）设备运行数据、花型程序、工单及产量数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方同意，经甲方开通的专用账号进行，每次维护结束后即关闭；乙方应采取防病毒、访问控制等措施，不得在控制系统中植入与功能无关的程序。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产系统受到攻击的，乙方应立即报告并承担由此造成的全部损失。
P:（四）生产控制网络与办公网络之间应设置隔离，乙方提供的设备不得内置无线模块或未经甲方认可的外联功能。
H:第九条 保密
P:乙方对在甲方厂区知悉的花型设计、工艺参数、客户订单及其他商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
P:乙方不得在宣传资料、案例介绍中使用甲方名称、车间照片或产品图样，但事先取得甲方书面同意的除外。乙方人员不得在车间内拍摄花型及生产画面。
H:第十条 违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方的累计赔偿责任以合同总价的两倍为限，但故意或重大过失造成的损失及人身伤害除外。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（四）乙方交付的设备存在质量问题的，除承担修理、更换费用外，还应赔偿甲方因此产生的停产损失。
H:第十一条 分包
P:乙方不得将本合同转包。控制柜配线等辅助工作如需交由第三方完成，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
P:经同意的分包单位人员同样应遵守本合同关于安全生产、数据安全和保密的约定，乙方应对其进行现场管理。
H:第十二条 合同的变更与终止
P:（一）本合同的任何变更须经双方书面确认。
P:（二）因不可抗力致使合同目的无法实现的，双方均可书面通知终止本合同，已完成部分按实际工作量结算。
P:（三）除前款情形外，本合同履行完毕后终止，任何一方不得单方解除。
H:第十三条 安全生产
P:乙方人员进入甲方车间应遵守甲方的安全管理制度，佩戴防护用品，动火、带电作业须办理审批手续。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:乙方应为进场人员办理意外伤害保险，并在进场前向甲方提交人员名单、电工证件复印件及保险凭证。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件《技术规格书》《停机改造计划》与本合同具有同等效力。
P:双方指定的联系人：甲方设备科负责人、乙方项目经理。一方联系人或通讯地址变更的，应于变更后三日内书面通知对方，否则按原地址送达的文件视为已送达。
P:甲方（盖章）：            乙方（盖章）：
"""

Z03 = """头疗与采耳连锁门店预约及会员管理系统服务合同

合同编号：CE-SaaS-2027-0315
甲方：某市悦耳头疗采耳连锁管理有限公司（下称"甲方"）
乙方：杭州约客云软件有限公司（下称"乙方"）

甲方在本市及周边城市经营四十五家头疗与采耳门店，拟采用乙方提供的"约客云"门店预约及会员管理系统（SaaS）。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十五家门店开通"约客云"连锁版账号，包括线上预约（微信小程序）、技师排班、会员储值与次卡、收银、营销券、门店及总部报表等功能。
2. 每家门店含前台账号三个、技师端账号不限；总部含管理账号十个。
3. 营销短信按实际发送量另行结算，单价每条0.045元，不计入合同总额，由甲方按月充值使用。
（二）实施服务
1. 迁移甲方现有会员资料、储值余额、次卡余额及消费记录，迁移前后余额逐户核对一致。
2. 按甲方门店品牌配置小程序页面、服务项目、价格体系及会员等级规则。
3. 为门店店长及前台人员提供集中培训及上线首周驻店支持。
（三）系统升级
服务期内乙方对系统进行的功能升级和安全补丁，甲方无需另行付费；涉及门店操作变化的，乙方应提前七日通知并提供操作说明。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算；第一个服务年度自上线验收合格之日起算，第二个服务年度自其周年日起算。
（二）服务期届满前二十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可连续发生。续期年度的订阅单价由乙方根据市场情况调整，乙方于续期前通知甲方调整后的价格，甲方未提出异议的视为同意。

三、费用及支付
（一）费用明细：
1. 订阅费：每店每服务年度3,600元，四十五家门店每服务年度162,000元，两个服务年度合计324,000元；
2. 实施费（数据迁移、配置及培训）：一次性68,000元；
3. 上线驻店支持：一次性12,000元；
合同总额为404,000元（含税）。
（二）支付方式：
1. 实施费及驻店支持费在系统上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）新开门店按每店每服务年度3,600元的单价按月折算增加，闭店门店自次月起停止计费。
（四）乙方收款前应开具增值税普通发票，甲方以对公转账方式支付，不接受现金。

四、上线验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）验收标准：
1. 会员资料、储值余额及次卡余额迁移核对无差错；
2. 全部门店可正常预约、排班、收银和核销，试运行十日内无一级故障；
3. 小程序预约下单成功率达到约定测试用例要求；
4. 报表数据与收银流水核对一致；
5. 技师排班、提成计算结果与甲方提供的样例规则核对一致；
6. 乙方已提交操作手册、管理员手册及培训签到记录。
（三）符合上述标准的，甲方签署上线验收单。系统试运行或门店开始使用，不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新申请验收；因整改导致上线延迟的，按第九条承担违约责任。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨一时至六时之间，并提前两日通知甲方。
（二）故障响应：一级故障（全部门店无法收银或预约）乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单项功能不可用）2小时内响应；其他问题一个工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应迟延的，每次抵扣1,000元。当月抵扣总额不超过当月订阅费。
（四）乙方应于每月五日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及服务抵扣金额。
（五）乙方提供工作日九时至二十一时的电话及在线客服，门店人员可直接报障。

六、数据权属与安全
（一）甲方的会员资料、消费记录及经营数据归甲方所有。
（二）乙方可在去除会员姓名、手机号等身份信息后，将甲方的消费及预约数据汇总用于行业分析报告、产品改进及为其他客户提供经营参考，该使用权在本合同终止后继续有效。
（三）乙方应按等级保护三级要求运维系统，数据存储于中国境内，采取加密存储、访问控制、操作日志留存等措施；乙方员工访问甲方数据须经授权并留有记录。
（四）发生数据泄露或系统被入侵的，乙方应在两小时内通知甲方，配合处置并承担因乙方原因造成的全部损失，包括甲方向会员承担的赔偿。
（五）合同终止后十五日内，乙方应按甲方要求导出全部数据交付甲方，之后删除其系统中的甲方数据。
（六）乙方处理会员个人信息应遵守《个人信息保护法》，仅在实现预约、收银和会员服务所必需的范围内处理，会员提出查阅、更正或删除请求的，乙方应配合甲方在法定期限内处理。

七、知识产权
（一）"约客云"系统及其底层平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、品牌素材、会员规则配置及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证其系统不侵犯第三方知识产权；因此产生的纠纷由乙方负责处理，并赔偿甲方由此遭受的损失。

八、保密
双方对在合作中获知的对方经营信息、价格体系、会员信息及技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。
乙方应要求其客服及实施人员签署保密承诺，不得以任何方式向第三方提供甲方会员名单。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总额的千分之一支付违约金。
（二）乙方在本合同项下的累计赔偿责任不超过合同总额的150%，但数据泄露造成的损失不受此限。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知。
（四）违约金不足以弥补守约方实际损失的，违约方还应赔偿不足部分。

十、合同解除
（一）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除合同。
甲方因门店整体关停或经营调整需提前终止的，应提前六十日书面通知乙方，已付订阅费按剩余月份退还。
（二）系统连续两个月可用率低于约定值的，甲方有权解除合同，乙方退还未使用服务期的订阅费。
（三）合同解除或终止时，乙方应配合甲方将会员数据及储值余额迁移至甲方指定的系统，并保证迁移期间门店正常收银。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的须事先取得甲方书面同意。
经同意的分包方应遵守本合同关于数据安全和保密的约定，乙方对分包方的行为承担连带责任。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
附件一《功能清单》、附件二《门店清单》、附件三《数据迁移方案》为本合同组成部分。双方往来通知以书面形式送达本合同载明的地址或电子邮箱，一方变更联系方式的应及时通知对方。

甲方（盖章）：                乙方（盖章）：
日期：2027年4月  日
"""

Z04 = """畜禽养殖备案管理系统年度运维服务合同

项目编号：XMSY-YW-2027-003
甲方：某县畜牧兽医站
乙方：安徽牧联信息技术有限公司

根据《中华人民共和国民法典》及有关规定，甲方委托乙方为其畜禽养殖备案管理系统（下称"系统"）提供年度运维服务。双方经协商一致，订立本合同。

第一章 服务范围

第一条 运维对象
系统包括养殖场户备案登记、动物防疫档案、粪污资源化利用台账、无害化处理登记、移动端采集App和统计报表等子系统，部署于甲方机房的应用服务器四台、数据库服务器两台、存储设备一台，以及对接的省级畜牧兽医信息平台接口。
运维对象的设备型号、软件版本及部署拓扑详见附件一《运维对象清单》，服务期内新增的设备经双方确认后纳入运维范围。

第二条 服务内容
（一）驻场运维：乙方派一名运维工程师在甲方驻场，工作日八时三十分至十七时三十分在岗，负责日常监控、账号管理、用户咨询和数据报送协助。
（二）巡检：每月对服务器、数据库、存储及应用进行一次巡检，每季度进行一次深度巡检，出具巡检报告。
（三）安全加固：每半年进行一次漏洞扫描和基线核查，对发现的漏洞在甲方确认后完成修复，并配合甲方开展等级保护测评。
（四）备份与恢复：每日增量备份、每周全量备份，每季度进行一次恢复演练。
（五）应急保障：春秋两季集中免疫、年报统计等重点时段，乙方应增派技术人员现场保障。
（六）小型功能调整：因主管部门报表口径变化引起的报表调整、字段增加等，全年合计不超过四十个人日，不另收费。
（七）第三方协调：涉及操作系统、数据库、中间件原厂或省级平台的问题，由乙方负责联系协调并跟踪至问题关闭，甲方提供必要的授权。
（八）培训：每年为甲方及乡镇畜牧兽医站的系统操作人员组织两次操作培训，讲解备案流程变化和移动端采集要点。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方根据财政预算重新组织采购，本合同不自动续期。
新旧服务单位交接期间，乙方应按甲方要求继续提供服务，费用按本合同单价按日折算。

第二章 费用与支付

第四条 合同金额
本合同总金额为人民币286,000元，其中：驻场运维148,800元；巡检与安全加固62,400元；备份与恢复演练38,600元；应急保障36,200元。以上费用已包含乙方人员工资、社保、差旅、工具及备件以外的全部费用。

第五条 支付方式
运维费按季度支付。每季度结束后，甲方对该季度服务进行考核，考核合格后十五个工作日内支付该季度运维费71,500元。甲方不支付预付款。
乙方收款前应开具增值税发票，发票开具错误的，付款期限相应顺延。

第三章 服务要求

第六条 故障处理
系统出现故障时，甲方通过电话或工单通知乙方，乙方应尽快安排人员处理，尽最大努力减少对备案及报送工作的影响。故障处理完毕后，乙方应在工单中记录故障原因和处理过程。

第七条 人员要求
（一）驻场工程师应具有两年以上系统运维经验，熟悉Linux操作系统和国产数据库，并经甲方面试同意。
（二）乙方更换驻场工程师应提前十日书面告知甲方，并完成工作交接，交接期不少于五个工作日。
（三）驻场工程师应遵守甲方的考勤和机房管理制度。
（四）乙方应指定一名后备工程师，在驻场工程师休假或生病时及时到岗顶替，顶替期间服务内容不变。

第八条 服务文档
乙方应按月提交运维月报，按季度提交巡检报告和备份恢复演练报告，年度结束后提交年度运维总结。运维过程中形成的配置文档、脚本、操作手册等资料归甲方所有。
乙方还应建立系统运维知识库，记录常见问题的处理方法，并在服务期满时完整移交甲方。

第四章 考核与验收

第九条 季度考核
甲方每季度按以下标准对乙方考核：巡检及报告按时完成；备份任务执行记录完整；恢复演练成功，恢复后的数据与备份前核对一致；安全漏洞在约定期限内修复；重点时段保障到位；甲方用户满意度调查达到良好以上。考核不合格的，乙方应在十日内整改，整改后重新考核。

第十条 年度验收
服务期满后十五日内，甲方依据全年季度考核结果、年度运维总结和系统运行状况组织验收，出具验收意见。
年度验收不合格的，乙方应在二十日内完成整改，整改期间产生的费用由乙方承担。

第五章 数据安全

第十一条 数据归属
系统中的养殖场户信息、防疫档案、台账数据及日志均属于甲方，乙方仅可为提供本合同约定的运维服务而访问和处理，不得复制、下载或用于其他任何用途。
乙方不得以任何形式向第三方提供养殖场户名单、存栏量等统计数据，也不得利用上述数据开展商业活动。

第十二条 安全措施
（一）乙方人员对数据库的所有操作须通过甲方堡垒机进行，不得使用共享账号，不得私自开通远程访问通道。
（二）乙方进行数据修改、批量导出等高风险操作前，须提交申请并经甲方负责人书面批准，操作全程留存日志。
（三）乙方使用的运维终端须安装甲方认可的防病毒软件，不得接入与工作无关的外部设备。
（四）服务期满或合同解除后，乙方应删除其持有的全部甲方数据及备份副本，并向甲方出具书面删除确认。
（五）乙方人员的系统账号实行实名管理，人员离场当日由甲方注销其全部账号和权限。

第十三条 安全事件责任
发生数据泄露、篡改、丢失或系统遭受攻击的，乙方应立即报告甲方并采取控制措施，协助甲方向主管部门报告。因乙方原因造成安全事件的，乙方承担由此产生的全部责任和损失，包括数据恢复费用及甲方因此承担的行政责任损失。
乙方应在事件处置结束后五个工作日内提交书面事件报告，说明原因、影响范围和整改措施。

第六章 违约与解除

第十四条 违约责任
（一）乙方未按约定完成巡检、备份恢复演练或漏洞修复的，每逾期一日，按合同总金额的千分之二支付违约金。
（二）驻场工程师无故缺岗的，每缺岗一日扣减运维费600元。
（三）季度考核连续两次不合格的，甲方可扣减该季度运维费的10%。
（四）甲方逾期付款的，应按未付金额每日万分之二支付违约金，但因财政资金拨付原因造成的延迟除外。

第十五条 分包限制
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十六条 合同解除
（一）乙方严重违约，或季度考核连续两次不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）合同解除或期满时，乙方应移交全部运维资料、账号和口令，并配合新的服务单位完成交接，交接期内不得中断服务。
（三）因不可抗力致使本合同无法继续履行的，双方均可解除合同，互不承担违约责任，已提供的服务按实际天数结算。

第七章 其他

第十七条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十八条 合同生效
本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。政府采购相关文件为本合同的组成部分。
附件：附件一《运维对象清单》；附件二《季度考核表》；附件三《重点时段保障计划》。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月  日
"""

Z05 = """# 竹艺通生产追溯系统软件许可及开发合同

（竹艺通标准合同文本 V3.0 · 乙方提供）

合同编号：ZYT-2027-HT-0521

甲方：某县竹韵竹椅工艺厂

乙方：浙江竹艺通软件科技有限公司

鉴于甲方需要对竹椅生产中的选料、蒸煮软化、弯曲定型、打孔穿销和组装工序进行追溯管理，乙方拥有"竹艺通生产追溯系统"软件的著作权，双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用"竹艺通生产追溯系统"V3.0（含批次管理、工序报工、弯曲温湿度记录、穿销质检、成品赋码追溯模块）及车间工位终端授权六十个。

1.2 乙方根据甲方需求进行定制开发，包括：弯曲模具与竹材批次关联、穿销孔位质检图谱、出口客户追溯码查询页面、与甲方财务软件的出入库接口。
定制开发的具体功能以双方签字确认的《需求确认书》为准，需求确认后发生的变更按第4.3款处理。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统运行所需的服务器、操作系统、数据库及网络环境由甲方按乙方提供的配置要求自行准备，因运行环境不符合要求导致的问题由甲方负责。

## 第二条 合同价款

2.1 本合同总价为人民币1,260,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹艺通生产追溯系统软件许可（含工位终端授权六十个） | 980,000 |
| 2 | 定制开发 | 210,000 |
| 3 | 安装部署、数据初始化及培训 | 70,000 |
| | 合计 | 1,260,000 |

2.2 工位终端所需的平板电脑、扫码枪及标签打印机由甲方自行采购，不在本合同范围内。

2.3 乙方人员到甲方现场服务所产生的交通、食宿费用，在合同价款之外由甲方按实际发生额承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即819,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即441,000元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署及技术服务，工期相应顺延。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成软件安装部署和定制开发，并通知甲方上线运行。

部署完成后乙方应向甲方提交安装记录和操作手册电子版，并对车间班组长、质检员和仓管员进行集中培训。

4.2 甲方应在乙方通知后三日内安排车间人员开始使用系统。系统上线运行即视为甲方验收合格；甲方未按时安排使用的，自乙方通知之日起第四日视为验收合格。

4.3 上线后甲方提出的功能变更，乙方按每人日2,800元另行收费。

4.4 甲方应指定项目负责人，及时提供竹材批次编码规则、工序流程、模具清单和历史台账等资料，并组织车间班组长参加培训；因甲方资料提供不及时造成的延误，乙方不承担责任。

## 第五条 知识产权

5.1 "竹艺通生产追溯系统"及其全部模块的著作权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、接口程序、质检图谱模板及相关源代码、文档，其知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给任何第三方使用。

5.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

5.4 甲方不得超出授权数量使用工位终端，需增加授权的，按乙方当期价格另行购买。

## 第六条 免费维护期与维保服务

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和程序缺陷修复，现场服务按次另行收费。

6.2 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可价款的25%，即每年245,000元。维保服务包括远程支持、缺陷修复和版本升级。

6.3 免费维护期满后甲方未购买维保服务的，乙方不再提供任何技术支持，系统升级及恢复服务需按乙方报价另行购买。

6.4 年度维保合同按年签订，维保费在每个维保年度开始前一次性支付。

## 第七条 技术支持

7.1 乙方提供工作日远程技术支持。系统故障分为一级（系统整体无法使用）、二级（部分功能无法使用）和三级（操作咨询）。

7.2 一级故障乙方在接到甲方报告后8小时内响应，二级故障在两个工作日内响应，三级故障在五个工作日内答复。

7.3 乙方将尽商业上合理的努力排除故障，但不保证系统不间断运行或无任何错误。

7.4 甲方要求乙方派员到现场处理故障的，乙方按每人日2,800元收取现场服务费，差旅费用另计。

## 第八条 数据安全

8.1 甲方录入系统的生产数据、客户信息及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 系统部署于甲方服务器。乙方远程维护须经甲方同意并使用甲方分配的账号，维护结束后由甲方关闭账号；乙方应采取必要的安全措施防止数据泄露、篡改和丢失。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应的赔偿责任。

8.4 甲方应自行做好系统数据的日常备份，乙方可根据甲方需要提供备份方案建议。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务在本合同终止后两年内继续有效。

9.3 乙方可在其宣传资料和客户名单中列示甲方名称及项目名称，但不得披露甲方的工艺参数和客户信息。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%，且乙方不承担甲方的间接损失、利润损失或生产停工损失。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后二十日内仍未改正的，另一方有权书面通知解除本合同。

11.2 甲方解除合同的，已支付的首期款中对应软件许可部分不予退还。

11.3 合同解除后，甲方应停止使用系统并删除已安装的软件，已交付的定制功能不得继续使用。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方并在合理期限内提供证明。
不可抗力影响持续超过六十日的，双方可协商变更或解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地的湖州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 双方的通知以书面形式按本合同首页地址送达，或以电子邮件发送至双方指定邮箱，发出之日起第三日视为送达。

甲方（盖章）：

乙方（盖章）：

签订日期：    年  月  日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QHA-IT-2027-044
P:This Agreement is made between Qingdao Haiyun Agricultural Trading Co., Ltd., a company registered in Qingdao, Shandong Province, the People's Republic of China (the "Buyer"), and Rimaye Software Limited, a company registered in Nigeria with its head office at Sultan Abubakar Road, Sokoto, Sokoto State (the "Vendor").
P:The Buyer imports sesame seed, soybean and hibiscus from West Africa and wishes to replace its spreadsheets with the Vendor's AgroLot sourcing, grading and lot traceability software. The Vendor has offered a perpetual licence together with configuration, interfaces, data migration and training, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means AgroLot version 5, including the modules for supplier registration, purchase contracts, warehouse receipts, quality grading, lot consolidation, container stuffing and export documentation, together with its documentation and all updates provided under this Agreement.
P:1.2 "Deliverables" means the configuration, the interfaces, the migration scripts, the report templates and every other item the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Buyer Data" means all data entered into, uploaded to, generated by or stored in the Software by or for the Buyer, including supplier, farmer, price, quality and shipment records.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the Buyer and its affiliates in the People's Republic of China and at their buying stations abroad, for up to 150 named users.
P:2.2 The Vendor shall configure the Software to the Buyer's grading rules and workflows, build interfaces to the Buyer's ERP system and its customs declaration platform, migrate the open contracts and three seasons of purchase history, and train key users and administrators.
P:2.3 The Software will be installed on servers in the Buyer's data centre in Qingdao. The Vendor shall provide an installation guide and assist the Buyer's IT staff remotely and on site.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,380,000, inclusive of all taxes, duties, travel and expenses, made up as follows: Software licence CNY 760,000; configuration and interfaces CNY 418,000; data migration CNY 96,000; training CNY 58,000; project management CNY 48,000.
P:3.2 The Contract Price is fixed and includes support during the Warranty Period. The Vendor shall not charge for any additional item unless the Buyer has approved a written change order before the work starts.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen days after signature of this Agreement against the Vendor's invoice and a bank guarantee for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price after the Software is installed, the interfaces are connected and the Buyer has signed the installation protocol. The installation protocol does not mean acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration within 120 days after signature, following the project plan in Annex 2.
P:5.2 Acceptance tests follow the test plan in Annex 3. The criteria are: every function listed in Annex 1 works as specified; migrated contract balances and lot quantities match the source records; the ERP and customs interfaces exchange test messages without error for ten consecutive working days; a lot can be traced from container to buying station and farmer group in less than 5 seconds; and no Severity 1 or Severity 2 defect remains open after a trial run of forty-five days.
P:5.3 When all criteria are met, the Buyer signs the Final Acceptance Certificate. Use of the Software in production, installation or any payment does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test within ten working days at its own cost. If the Software fails acceptance twice, the Buyer may reject it and the Vendor shall refund all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Deliverables will conform to the specifications for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, deliver updates and new versions, and provide remote support free of charge.
P:6.2 Severity 1 means that the Software is down or that purchase, grading or shipping records cannot be created. The Vendor shall respond to a Severity 1 incident within 1 hour at any time, day or night, including weekends and public holidays, and shall provide a workaround within 8 hours. Severity 2 incidents are answered within 3 hours and Severity 3 requests on the next business day.
P:6.3 For each full hour by which the Vendor is late in responding to a Severity 1 incident or in providing the workaround, the Vendor shall pay CNY 1,500 to the Buyer, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at 10% of the Software licence fee, that is CNY 76,000 per year. This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately, and there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property in the Software as a standard product.
P:7.2 All intellectual property in the Deliverables, including source code of the interfaces and migration scripts, belongs to the Buyer on creation. The Vendor shall hand over the source code and documentation at Final Acceptance, and the Buyer may use, modify and license the Deliverables freely, also through third parties.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Deliverables infringe a third party's rights, and shall bear all resulting costs and damages.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or transfer it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session and is made through the Buyer's VPN with multi-factor authentication. The Vendor shall not take Buyer Data outside the People's Republic of China and shall comply with the Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall apply access control, logging and encryption to any Buyer Data it handles, shall notify the Buyer of any security incident within 6 hours of becoming aware of it, shall help to contain it, and is liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's supplier lists, prices and grading rules, and shall not disclose it to any third party without prior written consent.
P:9.2 The obligations of this Article continue for three years after this Agreement ends.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Final Acceptance within the period in Article 5.1 for reasons within its control, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Delay damages do not relieve the Vendor of its obligation to complete the work.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breaches of Articles 8 and 9, to infringement claims under Article 7.3, or to wilful misconduct.
P:11.2 Neither party is liable for indirect loss, except where it arises from a breach of Article 8.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after the Buyer's notice, or if the delay damages reach their maximum.
P:13.2 On termination, the Vendor shall deliver all completed Deliverables and return or delete all Buyer Data, and shall refund amounts paid for work not delivered.
H:Article 14 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than sixty days, either party may terminate this Agreement.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Federal Republic of Nigeria.
P:15.2 The parties shall first try to settle any dispute by negotiation between their senior managers. A dispute not settled within thirty days shall be finally resolved by arbitration in Abuja under the Arbitration and Mediation Act 2023, by a sole arbitrator, in the English language.
H:Article 16 General
P:16.1 Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan) form part of this Agreement. If they conflict with these Articles, these Articles prevail.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**Order Form No.** DCS-CN-2027-0117

**Provider:** Dutsin Cloud Systems Limited, IBB Way, Katsina, Katsina State, Nigeria ("Provider")

**Customer:** Weifang Tianli Agricultural Machinery Co., Ltd., Weifang, Shandong Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer for the FieldDesk dealer and after-sales service platform. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER FORM

### A1. Subscribed Service

FieldDesk Dealer Edition, a cloud service for managing Customer's tractor and harvester dealers, warranty claims, spare-part orders, field service visits and machine registration. The service includes the dealer portal, the technician mobile app, the claims workflow, the parts catalogue module and standard reports. Customer's users are its own staff and the staff of its authorised dealers.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5, and the second starts on its first anniversary. This Order Form ends at the end of the second Subscription Year and does not renew automatically. Any further term requires a new order signed by both parties.

### A3. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| FieldDesk Dealer Edition subscription | 180 named users at CNY 1,150 per user per Subscription Year | 207,000 | 207,000 | 414,000 |
| Premium Support | per Subscription Year | 38,000 | 38,000 | 76,000 |
| Onboarding and configuration | one-time | 46,000 | 0 | 46,000 |
| **Total Contract Value** | | **291,000** | **245,000** | **536,000** |

Fees are fixed for the Subscription Term. Additional named users may be added at CNY 1,150 per user per Subscription Year, prorated by month; they are not part of the Total Contract Value.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee and the Premium Support fee for each Subscription Year are invoiced at the start of that Subscription Year.
3. Customer pays each correct invoice within 30 days of receipt, in CNY, by bank transfer to Provider's account in China. Provider shall issue a valid VAT invoice through its Chinese billing agent.

### A5. Onboarding and Go-Live Acceptance

1. Provider shall configure the platform to Customer's dealer structure, warranty policy and parts numbering; load Customer's dealer list, machine registry and parts catalogue; connect the platform to Customer's ERP for parts orders and claims settlement; and train Customer's administrators and the first group of dealers.
2. The target date for Go-Live is ten weeks after signature of this Order Form. Provider will use reasonable efforts to meet the target date and will inform Customer in writing of any expected delay and its cause.
3. Go-Live Acceptance tests cover: all configured workflows in the test script in Annex A; loaded dealer, machine and parts records reconciled against Customer's source files without discrepancy; ERP interface messages processed correctly for five consecutive working days; and mobile app synchronisation in areas with weak network coverage.
4. When the tests are passed, Customer signs a Go-Live Acceptance certificate. Use of the platform by dealers during the pilot does not constitute Go-Live Acceptance.

### A6. Service Levels

1. Monthly availability of the production platform: 99.95%, excluding maintenance windows notified at least five days in advance and held between 01:00 and 05:00 China Standard Time.
2. Priority 1 incident (platform unavailable, or claims or parts orders cannot be submitted): response within 1 hour, around the clock, and restoration or workaround within 6 hours. Priority 2: response within 3 hours on business days. Priority 3: next business day.
3. Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls short of the target, Customer receives a credit of 3% of the monthly subscription fee; for each hour by which a Priority 1 response is late, CNY 800. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
4. Provider shall send a monthly service report with availability, incident list and credits.

## PART B: GENERAL TERMS

### 1. Definitions

"Customer Data" means all data submitted to the platform by or for Customer, its dealers or their end users, including machine, owner, claim and parts data, and all output derived from it. "Configurations" means the workflows, forms, rules, reports and interface mappings Provider builds for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised dealers the right to use the platform during the Subscription Term.

2.2 Customer shall keep user credentials secure and shall not resell the service to third parties other than its dealers.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the service to Customer and for no other purpose.

3.2 Customer Data is hosted in a data centre in mainland China operated by a licensed cloud provider. Provider shall not transfer Customer Data outside mainland China.

3.3 Provider shall maintain security measures that meet MLPS level 3, including encryption in transit and at rest, multi-factor authentication for administrators, least-privilege access and audit logs kept for at least six months. Provider shall notify Customer of any security incident affecting Customer Data within 8 hours, shall take all steps to contain it, and is liable for losses resulting from its failure to meet this clause, subject to clause 8.

3.4 Within 20 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it from its systems, confirming deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the platform and all improvements to it.

4.2 Configurations, data mappings and report templates made for Customer belong to Customer. Customer may use, modify and have third parties use them freely, including after the end of the Subscription Term.

### 5. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by equal duties. These duties last for three years after the end of the Subscription Term.

### 6. Subcontracting

Provider shall not subcontract any part of the service, apart from the hosting provider named in clause 3.2, without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

### 7. Termination

7.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.

7.2 Customer may also terminate if availability falls below the target in any two consecutive months. Provider shall then refund prepaid fees for the remaining period.

7.3 Suspension for non-payment requires 15 days' written notice and may only follow an undisputed invoice that is overdue.

### 8. Limitation of Liability

8.1 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.3 The limits do not apply to fraud, wilful misconduct, personal injury or Customer's payment obligations.

### 9. Warranties

Provider warrants that the service will be provided with reasonable skill and care and will materially conform to its documentation. Provider will correct any non-conformity reported by Customer without charge.

### 10. Changes to the Service

10.1 Provider may improve the platform from time to time, but shall not remove or materially reduce any function that Customer uses under this Order Form during the Subscription Term.

10.2 Provider shall announce releases that change the user interface or the interfaces at least 20 days in advance, make them available in a test environment first, and support the current interface version for at least six months after a new version is released.

10.3 Premium Support includes a named customer success manager, a quarterly service review with Customer's after-sales department, and up to ten days of configuration changes per Subscription Year at no additional charge.

### 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses on the Order Form or to the e-mail addresses the parties designate.

12.2 Neither party may assign this agreement without the other party's written consent, except to an affiliate as part of a reorganisation.

12.3 This agreement is the entire agreement between the parties on its subject and replaces all earlier proposals.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Monitoring Software Licence
P:Contract No. ZYGR-EQ-2027-009
P:Buyer: Henan Zhongyuan Grain Reserve Logistics Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Yankari Sensing Technologies Limited, Jos Road, Bauchi, Bauchi State, Nigeria (the "Supplier").
P:The Buyer operates forty-eight steel and concrete silos at its Zhengzhou and Xinxiang depots and wishes to monitor grain temperature, humidity and carbon dioxide continuously. Following the Buyer's tender, the parties enter into this Contract on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, gateways, humidity and carbon dioxide sensors and accessories listed in clause 3.
P:1.2 "Software" means the SiloWatch monitoring software, with its server application, web console and mobile alerts, licensed under clause 2.
P:1.3 "Contract Price" means the total amount stated in clause 3.2.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the tests in clause 6 have been passed.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment in all forty-eight silos, install the Software on the Buyer's servers, integrate it with the Buyer's grain storage management system, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and non-transferable licence to use the Software for its own silos, including any silos the Buyer adds later up to a total of sixty.
P:2.3 The Equipment shall be new, of current production, and compliant with the applicable Chinese standards for grain storage monitoring and with the Buyer's technical specification in Annex 1.
H:3. Contract Price
P:3.1 The prices are as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 12 sensing points|640|1,150|736,000
TB:2|Wireless gateway with backup battery|32|6,800|217,600
TB:3|Humidity and carbon dioxide sensor|96|1,900|182,400
TB:4|SiloWatch monitoring software, perpetual licence|1|268,000|268,000
TB:A|Equipment and Software Subtotal|||1,404,000
TB:5|Installation, cabling and commissioning|1|176,000|176,000
TB:6|Training of operators and administrators|1|22,000|22,000
TB:B|Contract Price|||1,602,000
P:3.2 The Contract Price of CNY 1,602,000 includes VAT, import duties, transport to the depots, insurance, installation and all services during the Warranty Period. It is fixed and not subject to adjustment.
H:4. Payment
P:4.1 10% of the Contract Price is paid within fifteen days after signature against an advance payment guarantee issued by a bank in China.
P:4.2 55% of the Contract Price is paid after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price is paid within twenty days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier or its appointed Chinese importer.
P:4.5 Within fifteen days after signature the Supplier shall provide a performance guarantee of 5% of the Contract Price, issued by a bank in China and valid until three months after the end of the warranty period.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the depots within ninety days after signature and complete installation within forty-five days after delivery.
P:5.2 Installation in a silo may only take place when the Buyer has confirmed in writing that the silo is safe to enter. The Supplier's staff shall follow the Buyer's safety rules for confined spaces, fumigation and work at height.
P:5.3 The Supplier shall provide as-built drawings, sensor position maps, configuration records and operating manuals in Chinese.
P:5.4 Training shall be given at each depot in Chinese, with an interpreter provided by the Supplier where needed. It shall cover daily operation, alarm handling, replacement of sensors and batteries, and administration of the Software, for at least twenty operators and four administrators. The Supplier shall provide training materials and a short practical test for each participant.
P:5.5 The Supplier shall bear the risk of loss of or damage to the Equipment until it has been installed and the installation record has been signed.
H:6. Acceptance
P:6.1 Acceptance tests follow the test plan agreed under Annex 2. The criteria are: every sensor reports to the Software; measured temperatures deviate from a calibrated reference by no more than 0.5 degrees Celsius at twenty sampled points per depot; alarms reach the duty phone within 60 seconds of a threshold set by the Buyer being crossed; data from the Software appear correctly in the grain storage management system; and the whole system runs for thirty consecutive days without loss of data from more than two cables at a time.
P:6.2 When the criteria are met the Buyer issues the Final Acceptance certificate. Installation, commissioning, use of the system or payment do not constitute acceptance.
P:6.3 If the tests fail, the Supplier shall remedy the defects and repeat the tests within fifteen days at its cost. If the system fails a second time, the Buyer may reject the Equipment and Software and recover all amounts paid.
H:7. Warranty and After-Sales Service
P:7.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and transport, and shall provide Software updates and remote support.
P:7.2 The Software, hosted on the Buyer's servers, shall be available to users at least 99.95% of each month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:7.3 A Severity 1 fault (the Software is down, or more than one silo stops reporting) shall be responded to within 2 hours and resolved within 18 hours. Other faults shall be responded to on the next business day. The Supplier shall keep spare cables and gateways at its service partner in Zhengzhou.
P:7.4 For each hour of late response to a Severity 1 fault the Supplier shall pay CNY 800, and for each 0.1 percentage point of availability below the level in clause 7.2 it shall pay CNY 2,000. The Buyer may deduct these amounts from any payment or from the performance guarantee.
P:7.5 After the warranty period the Buyer may order annual maintenance at 7% of the Equipment and Software Subtotal, that is CNY 98,280 per year, fixed for the first two years after the warranty period. Maintenance is ordered by separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Equipment, and grants the licence in clause 2.2.
P:8.2 The interface to the grain storage management system, the configuration, the sensor maps and all documents prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the interface.
H:9. Data Security
P:9.1 All measurement data, alarms, logs and silo records belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 Gateways shall transmit only to the Buyer's servers over encrypted connections. The Supplier shall not build in any connection to servers outside the Buyer's network. Remote support requires the Buyer's approval for each session and takes place through the Buyer's bastion host.
P:9.3 The Supplier shall report any security incident within 6 hours and shall bear all losses caused by its breach of this clause.
H:10. Confidentiality
P:The Supplier shall keep confidential all information about the Buyer's depots, stock levels, storage plans and network, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for Equipment and services not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final.
H:15. Miscellaneous
P:Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract. This Contract is made in English and Chinese; both versions have equal effect.
P:Notices under this Contract shall be in writing and sent to the addresses stated above or to the e-mail addresses the parties designate in writing. Any change to this Contract must be agreed in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** RF-MSA-2027-02

**Customer:** Nantong Ruifeng Home Textiles Co., Ltd., Nantong, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Tangale Digital Services Limited, Biu Road, Gombe, Gombe State, Nigeria, acting through its project office in Suzhou ("Provider")

**Background.** Customer produces bed linen and towels at three plants in Nantong and Haimen. It wishes to outsource the daily operation of its end-user IT, plant networks and on-premises servers for thirty-six months. Provider has offered to deliver these services from its service desk and with engineers on site.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels and credits in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Service Commencement" means the date on which Customer confirms in writing that the transition under Section 3 has been completed.

1.5 "Customer Data" means all data of Customer or its employees that Provider accesses or processes in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six months from Service Commencement.

2.2 The Agreement ends at the end of the service term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 Provider shall take over the Services from Customer's internal team within ten weeks after signature, following the transition plan in Annex A. Transition includes inventory of all devices and accounts, documentation of the network and servers, set-up of the service desk and monitoring tools, and knowledge transfer from Customer's staff.

3.2 Transition is complete when: every device and user account in scope is recorded in the configuration database and reconciled with Customer's asset register; monitoring covers every switch, firewall, wireless controller and server in Schedule 1; runbooks for the twenty most frequent requests have been approved by Customer; and Provider has run the service desk in parallel with Customer's team for ten working days without a missed Priority 1 or Priority 2 target. Customer then confirms Service Commencement in writing.

3.3 If Service Commencement is delayed for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay, up to CNY 60,000.

## Section 4. Performance of the Services

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager, who attends a monthly review with Customer's IT manager and presents a service report showing performance against each Service Level, incidents, changes and improvement actions.

4.3 Provider's on-site engineers shall follow Customer's site rules, including safety rules in the production halls and dust-control rules in the weaving areas.

4.4 Provider shall hand over all documentation, passwords and configuration records it creates or maintains, on request and at the end of the Agreement.

4.5 Provider shall keep at least two engineers on site at the Nantong plants during the day shift and one engineer on call for the Haimen plant. Key personnel named in Annex B may be replaced only with Customer's agreement, which Customer shall not refuse without reason.

4.6 Changes to the scope of the Services follow the change procedure in Annex C. Provider shall give a written quotation based on the rates in Annex C within five business days of a request, and no change is binding until both parties have signed it. Up to ten minor changes per quarter that need less than half a day of work each are included in the monthly service charge.

4.7 Customer shall give Provider timely access to its sites, systems and staff, provide desk space and network access for the on-site engineers, and inform Provider in advance of production shutdowns, plant moves and new systems that may affect the Services.

4.8 Provider shall propose at least two improvement initiatives each year, such as automation of common requests or consolidation of devices, with an estimate of the effort and the expected benefit for Customer.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the service term.

5.2 The transition charge is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears.

5.3 Customer shall pay each correct VAT invoice within 30 days of receipt. Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

## Section 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Confidential information of Customer includes its product designs, customer lists, prices and production plans.

7.2 Provider shall ensure that its employees and subcontractors who work on the Services are bound by the same duties. The duties in this Section continue for three years after the end of the Agreement.

## Section 8. Intellectual Property

8.1 Provider keeps its tools, methods and standard templates.

8.2 Scripts, runbooks, network diagrams, configuration records and reports prepared for Customer belong to Customer, which may use and modify them freely and let any successor provider use them.

## Section 9. Subcontracting

Provider may subcontract any part of the Services, including on-site support at the Haimen plant, by giving Customer written notice before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges for the service term.

10.2 Neither party is liable for indirect loss or loss of profit, except in cases of wilful misconduct.

10.3 Service credits are a price adjustment for reduced service. They do not limit Customer's right to claim damages for Provider's breach or to terminate under Section 11, but any credits paid are taken into account when damages are calculated.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if Provider misses the same Service Level in three months within any six-month period.

11.2 Customer may terminate for convenience with ninety days' written notice after the first eighteen months of the service term, paying the monthly service charge up to the termination date only.

11.3 On termination or expiry, Provider shall provide exit assistance for up to sixty days at the monthly service charge prorated by day, so that the Services pass to Customer or a successor without interruption.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong. The award is final and binding.

## Section 13. General

13.1 The Schedules form part of this Agreement. If there is a conflict, the Sections prevail over the Schedules.

13.2 Changes to this Agreement must be in writing and signed by both parties.

## Schedule 1. Services and Sites

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, e-mail and portal support in Chinese for about 620 users | 07:00 to 23:00, seven days a week |
| End-user support | Desktops, laptops, printers, scanners and label printers at three plants; moves, adds and changes | Production shifts, on site |
| Network operations | Core and access switches, firewalls, wireless network, plant network links | Around the clock monitoring |
| Server operations | Eighteen on-premises servers, backup, patching, capacity reports | Around the clock monitoring |
| Asset and licence management | Configuration database, software licence register | Business days |

Sites: Plant 1 and Plant 2 in Nantong Economic and Technological Development Area; Plant 3 in Haimen.

## Schedule 2. Service Levels and Credits

| Measure | Target | Credit if missed |
|---|---|---|
| Core network and server availability, monthly | 99.95% | 5% of the monthly service charge for each 0.1 percentage point below target |
| Priority 1 incident response (a plant or a production line cannot work) | 30 minutes, around the clock | CNY 1,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident response | 2 hours during service hours | CNY 300 per hour late |
| Service requests completed on time | 95% of requests in the month | 2% of the monthly service charge |

Total service credits in a month are limited to 20% of that month's service charge.

## Schedule 3. Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Service Commencement | 74,000 |
| Monthly service charge | CNY 58,000 per month for 36 months | 2,088,000 |
| **Total Charges for the service term** | | **2,162,000** |

Hardware, spare parts and third-party software licences are purchased by Customer and are not included in the Charges.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: BAD-CN-2027-031

Provider: Benue Agridata Limited, Old Otukpo Road, Makurdi, Benue State, Nigeria ("Provider").
Customer: Dalian Huanong Grain Trading Co., Ltd., Dalian, Liaoning Province, People's Republic of China ("Customer").

Customer buys soybean, sesame and cassava products in West Africa for import into China. Provider compiles market prices, crop condition reports, rainfall and weather data, and port and road logistics indicators for Nigeria and neighbouring countries, and makes them available through an application programming interface (API) and bulk files. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in clause 2.1, as updated by Provider from time to time.
1.2 "API" means Provider's REST interface through which Customer retrieves the Data Products.
1.3 "Customer Data" means all data that Customer or its users submit to Provider, including query parameters, watch lists, field observations uploaded by Customer's buying agents, and Customer's own price records.
1.4 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

2. SUBSCRIBED DATA PRODUCTS

2.1 The subscription covers: (a) daily wholesale and farm-gate prices for soybean, sesame, maize, sorghum and cassava chips at 64 markets; (b) weekly crop condition reports by state; (c) daily rainfall, temperature and soil moisture grids; (d) weekly indicators of truck rates and waiting times at Lagos and Port Harcourt ports; and (e) ten years of history for each series.
2.2 Customer may use the Data Products internally in its buying, risk and logistics departments and may show extracts in reports to its own management, banks and insurers. Customer shall not resell the Data Products.
2.3 The subscription includes up to 200,000 API calls per month and 25 named users of the web dashboard. Calls above this volume are charged at CNY 0.08 per call and are not part of the fees in clause 4.
2.4 Provider shall keep the methods used to compile each series documented and shall give Customer at least 30 days' notice of any change of method, source or coverage that breaks the continuity of a series, together with a back-calculated history where possible.

3. TERM AND RENEWAL

3.1 The first Subscription Year starts on the Service Start Date, which is the date of Integration Acceptance under clause 5. The initial term is two Subscription Years.
3.2 At the end of the initial term, this Agreement renews automatically for further Subscription Years, one at a time, unless either party gives written notice of non-renewal at least 45 days before the end of the current Subscription Year.
3.3 Provider may increase the subscription fee for any renewal Subscription Year by giving Customer written notice at least 60 days before that year begins. The new fee applies from the start of the renewal year.

4. FEES AND PAYMENT

4.1 The fees for the initial term are:
    Onboarding and integration support (one-time)      CNY 18,000
    Subscription fee, Subscription Year 1              CNY 264,000
    Subscription fee, Subscription Year 2              CNY 264,000
    Total fees for the initial term                    CNY 546,000
4.2 The onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
4.3 Customer shall pay each correct invoice within 30 days of receipt, in CNY, against a valid VAT invoice issued by Provider's agent in China.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Within forty days after signature, Provider shall issue API credentials, deliver the full history files, map its commodity and market codes to Customer's code lists, and support Customer's IT team in connecting the API to Customer's trading system.
5.2 Integration Acceptance requires that: every series in clause 2.1 is available through the API with the documented fields; the history files are complete against Provider's published series list and load into Customer's database without error; daily series are updated by 09:00 China Standard Time on ten consecutive business days; and code mappings are confirmed by Customer's commodity analysts.
5.3 Customer confirms Integration Acceptance in writing. Trial use of the API before that date does not constitute acceptance.
5.4 If Provider fails to make the Data Products available for Integration Acceptance within the period in clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding announced maintenance of no more than two hours per month between 00:00 and 03:00 West Africa Time.
6.2 Priority 1 incidents (the API is unavailable, or a daily series is not updated) shall be responded to within 1 hour and resolved within 6 hours. Other incidents shall be answered on the next business day.
6.3 If availability falls below the level in clause 6.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall. For each hour by which a Priority 1 response is late, Customer receives a credit of CNY 600. Credits are set off against the next invoice or refunded at the end of the term.
6.4 Provider shall correct any data error reported by Customer within two business days and publish a correction notice.
6.5 Provider shall send a monthly service report showing availability, incidents, late or missing updates, data corrections and credits, and shall hold a review call with Customer's commodity analysts each quarter to discuss coverage, new markets and changes to methods.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.
7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data, including query patterns and field observations uploaded by Customer's buying agents, in anonymised and aggregated form, to improve and extend Provider's datasets and models and to include the resulting information in products offered to Provider's other customers. This licence continues after the end of this Agreement.
7.3 Provider shall host Customer Data on servers that are protected by access control, encryption in transit and at rest, and logging of administrator access. Provider shall notify Customer of any unauthorised access to Customer Data within 8 hours of discovery, shall take all reasonable steps to contain it, and is liable for losses caused by its failure to protect Customer Data.
7.4 Customer's personal data, such as names and phone numbers of its agents, shall be processed only for account management and shall not be transferred to third parties.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in the Data Products and the API.
8.2 Connectors, code mappings and custom reports prepared by Provider specifically for Customer belong to Customer, which may use and modify them freely and let third parties use them.
8.3 Customer keeps all rights in its own analyses, models and reports built with the Data Products.

9. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, including Customer's trading positions, watch lists and volumes, and shall not disclose it to any third party without prior written consent. This duty survives the end of this Agreement for three years.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or the handling of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total fees for the initial term, except for breach of clauses 7.3 and 9 and for wilful misconduct.
11.2 Provider does not guarantee the accuracy of third-party market reports included in the Data Products, but shall state the source of each series.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
12.2 Customer may also terminate if the API misses the availability level in two consecutive months. Provider shall then refund the unused part of the subscription fee.
12.3 After termination Customer may keep and use the data it retrieved during the term for its internal purposes.
12.4 Provider may suspend access only for an undisputed invoice that is more than 20 days overdue, and only after 10 days' written notice to Customer's finance and IT contacts.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be in writing in English and sent to the addresses above or to the e-mail addresses designated by the parties.
14.2 Neither party may assign this Agreement without the other party's written consent.
14.3 Neither party is liable for delay caused by events beyond its reasonable control, such as floods, civil unrest or the failure of public networks, provided it informs the other party promptly and resumes performance as soon as possible.
14.4 This Agreement is signed in two originals, one for each party.

For Provider: ____________________          For Customer: ____________________
Date: ____________________                  Date: ____________________
"""


# ---------------------------------------------------------------- files, labels and design
FILES = {
    "z01": ("h740z01_standards_institute_info_platform", "pdf", "zh", Z01),
    "z02": ("h740z02_scarf_mill_knitting_fringe_line_retrofit", "docx", "zh", Z02),
    "z03": ("h740z03_ear_care_chain_booking_membership_saas", "txt", "zh", Z03),
    "z04": ("h740z04_livestock_station_farm_registry_om", "txt", "zh", Z04),
    "z05": ("h740z05_bamboo_chair_tracking_supplier_template", "md", "zh", Z05),
    "e01": ("h740e01_sesame_importer_sourcing_licence_sokoto_vendor", "pdf", "en", E01),
    "e02": ("h740e02_dealer_service_saas_order_form_katsina_vendor", "md", "en", E02),
    "e03": ("h740e03_grain_silo_sensors_monitoring_bauchi_vendor", "docx", "en", E03),
    "e04": ("h740e04_textile_managed_it_services_gombe_vendor", "md", "en", E04),
    "e05": ("h740e05_agri_market_data_api_makurdi_vendor", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# per draft: category, terms (in TERM_KEYS order), extra, TCO input (goods only: fee base, annual fee), design rules
G, S = "goods_or_licence", "service"
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2360000), (1180000, 106200), []),
    "z02": ("hardware", [None, 2, True, "buyer", True, True, True, 0.03, 200, 20, True, True, 18, 8, False, False, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1486000), (1154000, 92320), ["CR-LD-LOW", "CR-TERMINATION"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=404000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [None, None, False, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=286000), None,
            ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.1, 50, 65, False, False, 6, 25, False, True, None, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1260000), (980000, 245000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 10, False, True, False, "Nigeria", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1380000), (760000, 76000), ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 1, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=536000), None,
            ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [99.95, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1602000), (1404000, 98280), []),
    "e04": ("services", [99.95, 0.5, True, "buyer", False, True, True, 2000 / 2162000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2162000), None,
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, False, True, 500 / 546000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100, prepayment_pct=30,
          warranty_months=12, post_warranty_fee_pct=15)


def tco_share(value, tco, warranty_months):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee = the annual fee on the
    itemised licence / hardware base. Returns the post-warranty fee share of TCO in %."""
    years = max(0.0, 5 - warranty_months / 12)
    fees = years * tco[1]
    return fees / (value + fees) * 100


def derive(t, x, tco):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and t["warranty_months"] is not None and tco_share(x["contract_value"], tco, t["warranty_months"]) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set outside e01 is in mainland China
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|h(?![a-z]))", r"(?<![二十零〇两\d])四个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"0\.5\s*‰", r"five\s*hundredths",
    r"(?<![\d.])100\s*%", r"百分之一?百", r"(?:one\s*hundred|100)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?:thirty|30)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|-?months?)", r"十二个月", r"twelve[\s-]*months?", r"(?:one|1)[\s-]*years?(?:'s)?\s*warranty",
    r"(?:质保|保修)期?[为是]?一年", r"壹年",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?:fifteen|15)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?:forty|40)\s*(?:per\s*cent|percent)",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "within four hours", "0.05%", "万分之五", "100%", "100 %",
            "30%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "质保期为一年", "a 12-month warranty", "4h", "30 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "0.055%", "10.05%", "万分之五十", "130%", "1.30%",
             "120 months", "30日", "15日", "40天", "2 hours", "0.08%", "25.0", "百分之三十五", "2.15%", "Article 4 Payment",
             "0.045元", "CNY 0.08", "at 09:00"]


def scan_self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), "must hit: " + s
        assert SCAN.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not SCAN.search(s), "must miss: " + s
        assert not SCAN.search(re.sub(r"\s+", "", s)), "must miss (no ws): " + s


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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    report = []
    for key, (stem, ext, lang, src) in FILES.items():
        cat, vals, extra, tco, design = D[key]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra and tco is None
        xkeys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if terms["contract_kind"] == G else []) + \
                ["acceptance_deemed_on_delivery", "contract_value"]
        assert list(extra) == xkeys, key
        rules = derive(terms, extra, tco)
        assert rules == sorted(design), (key, rules, design)
        fired |= set(rules)
        for k, th in TH.items():  # no label value on a threshold
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        share = None
        if tco is not None:
            share = tco_share(extra["contract_value"], tco, terms["warranty_months"])
            assert not (38 <= share <= 42), (key, share)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = SCAN.search(variant)
            assert not m, (key, variant[max(0, m.start() - 30):m.end() + 30])
        report.append((key, stem + "." + ext, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    # the mix
    by = {k: r for k, _, _, r, _, _ in report}
    assert [k for k in by if not by[k]] == ["z01", "e03"]
    assert by["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(by["z05"]) <= 10
    assert all(2 <= len(by[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for row in report:
        print(*row, sep="  ")
    print("all checks passed")


if __name__ == "__main__":
    main()
