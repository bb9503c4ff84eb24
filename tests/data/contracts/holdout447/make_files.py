"""holdout447: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, buyer's paper, 政府采购, compliant)
Z01 = """T:城市生命线安全监测平台采购合同
P:合同编号：JSJ-ZFCG-2025-0417    采购方式：公开招标
P:甲方（采购人）：临江市住房和城乡建设局
P:乙方（供应商）：江州数安科技有限公司
P:甲方通过临江市政府采购中心以公开招标方式采购城市生命线安全监测平台，乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市生命线安全监测平台软件许可（燃气管网、供水管网、桥梁、排水防涝四个专项模块），并完成定制开发、数据对接、部署和培训。
P:1.2 定制开发内容包括：与市城市运行管理中心的预警推送接口、预警分级处置流程、专题大屏及移动端巡查功能，详见附件1《需求规格说明书》。
P:1.3 平台部署于甲方指定的市级政务云，乙方不得将任何组件或数据部署于政务云以外的环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾伍万元整（¥2,350,000.00），含税，为固定总价，明细如下：
P:（1）平台软件许可（四个专项模块，永久许可）：¥1,380,000；
P:（2）定制开发：¥760,000；
P:（3）数据对接与部署：¥186,000；
P:（4）培训：¥24,000。
P:2.2 上述价款已包含乙方履行本合同的全部费用（含第三方测评和差旅），甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方向乙方支付合同总价的25%作为预付款，乙方应同时提交等额银行保函。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的50%。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 进度
P:4.1 乙方应在合同签订后90日内完成部署并提交初验申请，在初验合格后试运行60日，试运行期满提交终验申请。
P:4.2 乙方应于每周五向甲方提交进度周报（同时抄送各专项行业主管单位），列明已完成工作、存在问题及下周计划；甲方可随时检查项目进展。
H:第五条 项目人员与培训
P:5.1 乙方应派驻项目经理1名、开发人员不少于6名、实施人员不少于3名，项目经理须具备同类项目经验，未经甲方同意不得更换。甲方认为乙方人员不能胜任的，乙方应在5个工作日内更换。
P:5.2 乙方应为甲方及各专项行业主管单位的使用人员提供不少于4期集中培训，并提供操作手册和视频教程；培训考核不合格的，乙方应免费重新培训。
H:第六条 验收
P:6.1 初验标准：附件1所列功能逐项测试通过；四个专项模块接入的监测点位数据完整率不低于98%；预警信息从产生到推送至城运中心不超过60秒；通过第三方安全测评。
P:6.2 终验标准：试运行期内无一级故障，二级故障不超过3次；全部文档（需求、设计、测试、运维手册及源代码）已移交；甲方使用人员培训考核合格。
P:6.3 甲方在收到验收申请后10个工作日内组织验收，出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第七条 质保与运维
P:7.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和7×24小时技术支持。
P:7.2 质保期满后，如甲方续购运维服务，年度运维费不高于软件许可费的8%（即不高于¥110,400/年），该价格在质保期满后三个服务年度内保持不变。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前3个工作日报甲方同意）。
P:8.2 一级故障（平台整体不可用或预警无法推送）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决。
P:8.3 乙方每次未达到上述响应或恢复时限的，甲方从履约保证金或应付款中扣减¥2,000；月度可用率每低于约定0.1个百分点，扣减当月运维费用的5%（质保期内以¥5,000计）。
H:第九条 数据安全
P:9.1 平台采集、产生和存储的全部监测数据、预警记录及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，实行最小权限、操作审计和加密传输；远程运维须经甲方逐次审批。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方工作秘密、管网布局、监测点位及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 知识产权
P:11.1 定制开发成果（含源代码、接口、设计文档）的知识产权归甲方所有，甲方可自行修改、使用和许可他人使用。
P:11.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:11.3 乙方保证其交付物不侵犯第三方权利，如发生侵权纠纷由乙方负责处理并承担全部费用。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:12.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十三条 分包
P:13.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同并要求乙方赔偿损失。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函形式），有效期至终验合格后30日。乙方违约的，甲方有权从履约保证金中扣除违约金和赔偿金。
P:15.2 终验合格且乙方无违约行为的，甲方在15个工作日内退还履约保证金，不计利息。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商顺延履行期限。不可抗力持续超过60日致使合同目的无法实现的，任何一方可书面通知解除合同，已完成部分按实际工作量结算。
H:第十七条 法律适用与争议解决
P:17.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 合同履行中的变更须经双方书面确认；涉及政府采购的事项，按政府采购有关规定办理。
P:18.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件及附件为本合同组成部分。
P:附件1：需求规格说明书；附件2：分项报价表；附件3：测试方案。
P:甲方（盖章）：临江市住房和城乡建设局    乙方（盖章）：江州数安科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年7月18日
"""

# ---------------------------------------------------------------- z02 (docx, Word price table; ACCEPTANCE, SUBCONTRACT)
Z02 = """T:吹灌旋一体机控制系统改造及维保合同
P:合同编号：HQYL-SB-2025-063
P:甲方：湖清饮料（宜昌）有限公司
P:乙方：鄂西智控自动化工程有限公司
P:甲方三号车间吹灌旋一体机（吹瓶、灌装、旋盖三合一，设计产能每小时24,000瓶）原控制系统已停产、备件短缺，甲方决定对其进行控制系统改造。经询价比选，甲方选定乙方承担本项目。双方依据《中华人民共和国民法典》，订立本合同。
H:一、项目范围
P:（一）乙方负责拆除原控制柜，供应并安装新的PLC及伺服驱动系统、HMI触摸屏及工控机、瓶盖与液位视觉检测相机，提供控制软件及数据采集（SCADA）授权。
P:（二）乙方负责编写并调试全部控制程序，实现吹瓶、灌装、旋盖三段联动，配方一键切换，并与甲方生产执行系统（MES）对接产量、停机和质量数据。
P:（三）改造须在甲方安排的停产窗口（不超过10日）内完成，乙方应事先提交停机方案并经甲方生产部确认。
H:二、合同价款
P:（一）本合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），含13%增值税，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及伺服驱动系统|1套|1,126,000|1,126,000
TB:2|HMI触摸屏及工控机|4台|42,000|168,000
TB:3|瓶盖与液位视觉检测相机|4台|53,500|214,000
TB:4|控制软件及SCADA授权|1套|236,000|236,000
TB:|软硬件小计|||1,744,000
TB:5|控制程序改造与调试|1项|318,000|318,000
TB:6|拆装及停机期间现场施工|1项|138,000|138,000
TB:7|操作及维修培训|1项|20,000|20,000
TB:|合计|||2,220,000
P:（二）上述价款包含设备、软件、运输、保险、安装、调试、培训及税费。除本合同另有约定外，甲方无需另行支付任何费用；乙方拆除的旧控制柜及元器件归甲方所有。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）乙方完成安装调试、设备开机运行后10个工作日内，甲方支付合同总价的75%。
P:（三）合同总价的5%作为质保金，质保期满且无未决质量问题后10个工作日内支付。
P:（四）乙方收款前应开具等额增值税专用发票，发票不合格的，甲方付款期限相应顺延。
H:四、交付与安装调试
P:（一）乙方应在合同签订后60日内将设备运抵甲方三号车间（运输及卸货由乙方负责），并在甲方通知的停产窗口内完成安装调试。
P:（二）设备到货时双方共同开箱清点，核对型号、数量及随机资料，签署到货清单。
P:（三）乙方完成安装调试、设备开机运行即视为甲方验收合格，甲方应在乙方提交的安装调试完成单上签字。
H:五、质保期
P:（一）质保期为二十四个月，自安装调试完成之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运输费用。
P:（二）质保期内乙方每季度上门巡检一次，出具巡检报告，并免费提供控制程序的缺陷修改。
H:六、维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，年度维保费为人民币139,520元（为软硬件小计的8%），质保期满后三个服务年度内不作调整。
P:（二）维保服务内容包括：每季度巡检、备件供应、程序备份、故障处理和年度安全检查。每次巡检后乙方应出具书面报告，列明设备状态、发现的问题和处理建议，并由甲方设备部签字确认。维保合同以年度为单位另行签订。
P:（三）维保期间的备件按乙方投标报价表所列单价供应，不另行上浮。
P:（四）乙方应在甲方现场储备常用易损备件（伺服驱动器、电源模块、相机光源各一套），质保期内由乙方负责补充，维保期间由甲方按上述单价采购。
H:七、服务响应
P:（一）一级故障（整线停机）：乙方1小时内远程响应，6小时内到达现场，16小时内恢复生产。
P:（二）二级故障（单段设备异常但整线可降速运行）：2小时内响应，24小时内解决。
P:（三）乙方未在上述时限内响应或到场的，每超过1小时向甲方支付¥1,500；因乙方原因导致整线停机超过16小时的，每超过1小时另支付¥3,000。
H:八、数据与网络安全
P:（一）控制系统产生的配方、工艺参数、产量、质量检测图像及日志等数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方应保证所供设备及软件无已知后门和恶意代码，工控网络与办公网之间按甲方要求设置隔离；远程维护须经甲方逐次授权，通过甲方指定的堡垒机进行并全程留痕。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成数据泄露、篡改或生产损失的，乙方承担全部赔偿责任。
H:九、保密
P:（一）双方对在合作中知悉的对方技术秘密、配方、产能及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。
H:十、知识产权
P:（一）乙方为本项目编写的控制程序、HMI画面及接口程序（含源代码和注释）归甲方所有，乙方应在安装调试完成后7日内全部移交，甲方可自行修改、使用或委托第三方维护。
P:（二）PLC固件、SCADA平台软件等标准产品的知识产权归其权利人所有，甲方获得永久使用许可。
H:十一、分包
P:（一）乙方可将电气安装、桥架敷设等现场施工分包给具有相应资质的第三方，但应提前书面通知甲方。乙方对分包方的工作质量和安全负责。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致停产窗口延长的，乙方应赔偿甲方由此产生的停产损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十三、合同解除
P:（一）乙方逾期超过20日，或设备存在重大质量问题经两次维修仍不能正常运行的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十四、人员与培训
P:（一）乙方应指派具有同类吹灌旋设备改造经验的项目负责人和不少于4名调试工程师，停产窗口期间实行两班倒连续作业，未经甲方同意不得更换项目负责人。
P:（二）乙方应为甲方电气维修人员和操作工提供不少于两期培训，内容包括程序结构、故障诊断、配方管理和视觉检测参数设置，并提供中文操作和维修手册、电气图纸及程序备份。
H:十四、安全生产
P:（一）乙方人员进入车间须遵守甲方食品安全、卫生和安全生产管理制度，穿戴洁净工作服；因乙方人员违规造成事故或产品污染的，由乙方承担责任。
H:十五、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交宜昌仲裁委员会仲裁。
H:十六、其他
P:（一）本合同未尽事宜，双方另行签订书面补充协议，补充协议与本合同具有同等效力。
P:（二）乙方应在改造前对原控制程序和参数进行完整备份并交甲方留存，改造失败需要回退的，乙方应负责恢复原系统运行。
P:（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖清饮料（宜昌）有限公司    乙方（盖章）：鄂西智控自动化工程有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年8月5日
"""

# ---------------------------------------------------------------- z03 (txt; AUTO-RENEWAL, SLA-AVAILABILITY)
Z03 = """洁途汽车服务连锁门店会员及工单管理系统（SaaS）服务合同

合同编号：JT-IT-2025-019
甲方（客户）：长沙洁途汽车服务连锁有限公司
乙方（服务商）：湘云软件科技有限公司

鉴于甲方在长沙、株洲、湘潭三地经营44家洗车美容门店，需统一会员、储值卡、洗车工单及门店收银管理；乙方提供"车店通"会员及工单SaaS服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方为甲方44家门店开通"车店通"SaaS服务，包括会员管理、储值及次卡、工单派工、收银对账、库存耗材、营销券和经营报表模块，以及门店收银端和技师移动端。
1.2 乙方负责实施服务（实施期间乙方指派项目经理1名、实施顾问不少于3名，负责分批上线和门店辅导）：原会员系统数据迁移（约86,000名会员及储值余额）、门店参数配置、车牌识别相机对接、44家门店的上线培训。
1.3 乙方按附件1开发定制功能：会员积分与甲方微信小程序对接、跨门店储值结算报表。
1.4 乙方提供7×24小时电话及在线客服，为门店提供远程操作指导；每家门店上线当日，乙方实施人员应现场或远程陪同首个营业日开单收银。
1.5 服务期为两个服务年度，自全部门店上线验收合格之日起计算。

2. 费用
2.1 订阅费：每家门店每服务年度人民币3,600元，44家门店每服务年度合计158,400元，两个服务年度合计316,800元。
2.2 实施费：人民币68,000元；定制开发费：人民币45,000元。
2.3 本合同总价为人民币429,800元（含税）。门店数量增加的，新增门店按同一单价按月折算。
2.4 付款：订阅费自上线验收合格之日起按季度预付，乙方于每季度首月10日前开具发票，甲方收票后15日内支付；实施费和定制开发费在上线验收合格后15日内一次付清。

3. 实施与验收
3.1 乙方应在合同签订后45日内完成数据迁移和全部门店上线，上线按门店分三批进行，每批上线前须经甲方确认。
3.2 上线验收标准：会员数量、储值余额与原系统逐条核对一致；44家门店均能正常开单、收银和打印小票；车牌识别到店自动带出会员信息成功率不低于95%；定制功能按附件1逐项测试通过。
3.3 甲方在收到验收申请后5个工作日内完成验收并出具书面意见（以甲方信息部和营运部共同签字为准）；不合格的，乙方应在7日内整改后重新验收。门店试用不视为验收合格。

4. 服务水平
4.1 乙方保证系统月度可用率不低于99.5%（每月计划维护不超过4次，且安排在凌晨0:00至6:00之间）。
4.2 一级故障（全部或多家门店无法开单收银）：30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：2小时内响应，当日解决。
4.3 月度可用率低于约定但不低于99%的，乙方减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障未在2小时内恢复的，每次另减免当月订阅费的3%。

5. 数据归属与数据安全
5.1 甲方在系统中录入和产生的会员信息（姓名、手机号、车牌号）、储值和消费记录、工单及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
5.2 乙方应将甲方数据存储于中国境内的云服务器，落实网络安全等级保护第二级要求，对手机号等个人信息加密存储，对后台操作留存日志不少于六个月。
5.3 发生数据泄露、丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担由此给甲方及其会员造成的全部损失。
5.4 乙方人员访问甲方数据须经授权并逐一登记，离职人员账号应在当日注销。
5.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。

6. 保密
6.1 双方对在合作中知悉的对方商业秘密（包括门店经营数据、价格策略、会员规模和技术资料）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

7. 知识产权
7.1 "车店通"平台的知识产权归乙方所有。
7.2 乙方为甲方开发的定制功能、报表模板及小程序接口程序归甲方所有，乙方应在验收后移交源代码，甲方可自行修改和使用。

8. 续期与价格
8.1 服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
8.2 续期时乙方可根据市场及成本情况调整订阅单价，并于续期前15日以书面或系统公告方式通知甲方；调整后的单价自续期之日起执行。

9. 违约责任
9.1 乙方未按第3.1条期限完成全部门店上线的，每逾期一日向甲方支付违约金人民币400元。
9.2 甲方逾期付款超过30日的，乙方可书面催告后暂停服务，但应提前5日通知，且暂停期间不得删除或锁定甲方数据。
9.3 乙方在本合同项下的累计赔偿责任不超过合同总价的200%，但因数据泄露造成的损失不受此限。

10. 双方责任
10.1 甲方应指定项目联系人，按时提供原系统数据导出文件和门店资料，安排门店店长和收银员参加培训，并保证门店网络和收银硬件满足附件2所列最低配置。
10.2 乙方应指定项目经理和客户成功经理，实施期间每周向甲方报告进度；上线后每月提交服务报告，列明月度可用率、故障及处理情况、减免金额和系统更新内容。
10.3 乙方进行系统升级或功能变更的，应提前7日通知甲方，不得降低本合同约定的功能；因升级导致门店无法开单的，按第4条处理。
10.4 甲方会员储值余额属于甲方对会员的负债，乙方系统仅作记录，乙方不得以任何方式占用、划转或冻结储值资金。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除合同。
12.2 连续三个月月度可用率低于99%的，甲方有权解除合同，乙方退还未使用期间的订阅费。

13. 不可抗力与通知
13.1 因不可抗力或电信运营商网络中断、云服务商大范围故障导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间不计入可用率考核，但乙方应提供书面说明。
13.2 双方的通知以书面形式或电子邮件发送至本合同载明的联系人（甲方为信息部负责人），发出后次一工作日视为送达。联系人变更的，应提前3日书面通知对方。

14. 法律适用与争议
14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

15. 其他
15.1 甲方新开门店或关闭门店的，应提前10日通知乙方，订阅费按实际开通门店数量按月结算。关闭门店的历史数据继续保留在甲方账户中，不另收费。
15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。附件1：定制功能清单；附件2：门店清单。

甲方（盖章）：长沙洁途汽车服务连锁有限公司    乙方（盖章）：湘云软件科技有限公司
代表签字：__________    代表签字：__________
日期：2025年6月20日
"""

# ---------------------------------------------------------------- z04 (txt, 竞争性磋商; TERMINATION, SLA-RESPONSE)
Z04 = """南岭市审计局审计管理系统年度运维服务合同

项目编号：NLSJ-CS-2025-08    采购方式：竞争性磋商
甲方（采购人）：南岭市审计局
乙方（成交供应商）：南岭广信信息技术有限公司

根据南岭市审计局审计管理系统年度运维服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件，双方订立本合同。

（1）服务范围
① 运维对象：甲方审计管理系统（含审计计划、审计作业、现场审计、审计底稿、整改跟踪和统计分析子系统）、数据分析平台及其数据库、中间件和所在服务器。
② 服务内容：日常巡检、故障处理、数据备份与恢复演练、系统补丁和版本升级、用户账号及权限维护、年度统计报表支撑、重大审计项目期间的现场保障。
③ 乙方应派驻驻场工程师1名（工作日8:30至17:30在甲方办公），另配备二线技术支持人员不少于2名。
④ 节假日及非工作时间，乙方应安排值班人员，保持电话畅通，遇一级故障时按本合同约定的时限响应并处理。

（2）服务期限
服务期为2025年7月1日至2026年6月30日。乙方应在服务期开始前完成与上一服务商的交接，熟悉系统架构、账号权限和备份策略，并向甲方提交交接报告。

（3）合同金额与支付
① 本合同总金额为人民币叁拾陆万捌仟元整（¥368,000），包括驻场服务费210,000元、二线支持及版本升级费118,000元、备份介质及工具费40,000元，为固定价格。
② 服务满6个月且半年考核合格后15个工作日内，甲方支付合同金额的50%；服务期满且年度考核验收合格后15个工作日内，支付剩余50%。
③ 乙方应在每次付款前开具合法发票。甲方按财政资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。

（4）服务要求与响应
① 一级故障（系统无法登录、审计底稿无法访问或数据库故障）：乙方应在6小时内响应，24小时内恢复；
② 二级故障（部分功能异常、报表无法生成）：1个工作日内响应，3个工作日内解决；
③ 三级问题（咨询、报表调整）：2个工作日内处理完毕。
④ 每月进行一次全面巡检，每季度进行一次数据恢复演练，每半年提交一次系统安全评估报告。
⑤ 数据库每日增量备份、每周全量备份，备份数据存放于甲方指定的备份服务器和离线介质，乙方每月核查备份有效性并形成记录。
⑥ 乙方应建立故障知识库，对同类故障提出根本性解决方案，避免重复发生；发现系统存在安全漏洞的，应在24小时内报告甲方并提出修复方案。
⑦ 乙方每次超过上述时限的，甲方在应付服务费中扣减1,000元；同一故障超过恢复时限48小时仍未恢复的，每次再扣减3,000元。

（5）考核与验收
① 甲方每半年对乙方进行一次考核，考核内容为：巡检及演练完成率、故障处理及时率、用户满意度和文档完整性。考核结果书面通知乙方，并作为履约评价的依据。
② 年度考核验收标准：巡检、备份和演练记录完整；故障处理及时率不低于95%；版本升级按计划完成且无数据丢失；运维文档和操作日志已全部移交甲方；用户满意度测评不低于90分。
③ 考核由甲方办公室、电子数据审计科共同组织，乙方应提供考核所需的全部记录。考核不合格的，乙方应在15日内整改，整改后仍不合格的，甲方按考核结果相应扣减服务费。

（6）数据安全与保密
① 审计管理系统中的全部审计数据、底稿、被审计单位资料及日志均属于甲方所有，乙方不得复制、下载、留存或用于其他任何目的。
② 乙方人员须签署保密承诺书，接受甲方安全管理；运维操作须通过甲方堡垒机进行，严禁使用移动存储介质，严禁远程接入审计内网。
③ 发生数据泄露或安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成数据泄露、丢失或损毁的，乙方承担全部法律责任和赔偿责任。
④ 乙方对在服务中知悉的审计工作秘密、被审计单位信息和甲方其他非公开信息负有保密义务，服务期满后仍须遵守，不得以任何形式向第三方披露。

（7）人员管理
① 乙方驻场工程师须具备数据库管理和中间件运维经验，持有相应技术资格证书，经甲方面试同意后上岗；服务期内更换驻场工程师的，须提前15日书面报甲方同意，并做好工作交接。
② 乙方人员应遵守甲方考勤、保密和机房管理制度，进入机房须登记并由甲方人员陪同；乙方人员违反甲方管理制度的，甲方有权要求乙方更换。
③ 重大审计项目或上级审计机关集中审计期间，乙方应按甲方通知增派技术人员现场保障，所需费用已包含在合同金额中。

（8）运维文档与报告
① 乙方应建立运维台账，完整记录巡检、故障、变更、备份和升级情况，每月5日前向甲方提交上月运维月报。
② 系统补丁和版本升级前，乙方应提交升级方案和回退方案，经甲方审批后在非工作时间实施，升级完成后进行功能验证并出具升级报告。
③ 服务期满前30日，乙方应向甲方提交年度运维总结报告，并移交全部运维文档、账号权限清单和操作日志。

（9）知识产权
运维过程中乙方编写的脚本、配置文件、巡检和运维文档的知识产权归甲方所有，甲方可自行使用、修改。审计管理系统原有软件的知识产权不因本合同发生变化。

（10）分包
乙方不得转包或分包本合同项下的任何服务。

（11）违约责任
① 乙方未按约定日期派驻驻场工程师，或未按计划完成版本升级的，每逾期一日按合同总金额的千分之一向甲方支付违约金。
② 乙方驻场工程师无故缺勤的，每日扣减服务费800元。
③ 甲方未按约定付款的，应按同期贷款市场报价利率向乙方支付逾期利息。

（12）合同期满
服务期满，本合同自然终止。乙方应在服务期满前完成运维工作交接，配合甲方或新的服务商熟悉系统环境，交接期不超过15日，不另收费。甲方如需继续采购运维服务，应依法重新组织采购。

（13）不可抗力
因不可抗力致使一方不能履行合同的，应在事件发生后及时通知对方，并在15日内提供有关证明，双方协商延期履行或减少相应服务费。

（14）廉洁与监督
① 乙方不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益，不得以任何方式干扰审计工作。
② 乙方人员不得打听、记录或传播审计项目进展、审计发现和被审计单位情况。发现乙方人员违反前述规定的，甲方有权要求乙方立即更换人员，并依法追究责任。

（15）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（16）其他
① 磋商文件、乙方响应文件及磋商过程中的书面承诺为本合同组成部分。
② 合同履行期间，甲方因机构调整或信息化规划变化需要调整运维范围的，双方协商签订补充协议，相应调整合同金额。
③ 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：南岭市审计局    乙方（盖章）：南岭广信信息技术有限公司
法定代表人或授权代表：__________    法定代表人或授权代表：__________
签订日期：2025年6月26日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, many problems)
Z05 = """# 软件许可及定制开发合同（乙方标准文本 V2.1）

**合同编号：** SCY-XK-2025-112
**甲方（买方）：** 汉源县蜀香花椒油有限公司
**乙方（卖方）：** 成都码链追溯科技有限公司

甲方为实现花椒油产品从原料采收、炒制压榨、灌装到销售的批次追溯，向乙方采购"码链"批次追溯软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的
1. 乙方向甲方提供"码链"批次追溯平台软件永久许可（含原料批次、生产批次、一物一码、防窜货、追溯查询五个模块）。
2. 乙方按甲方确认的需求进行定制开发：与两条灌装线PLC对接实现自动赋码关联，与甲方用友ERP对接销售出库数据，开发消费者扫码查询小程序页面。
3. 乙方负责部署、初始化配置及操作培训（培训对象为甲方质检、生产和销售人员）。
4. 本系统部署在甲方自有服务器上，支持主流国产操作系统及数据库，乙方提供安装介质和授权文件。
5. 需求确认书由双方在合同签订后10个工作日内签署，需求变更的，双方另行协商工期和费用。

## 第二条 合同价款
|序号|项目|金额（元）|
|---|---|---|
|1|"码链"批次追溯平台软件许可（永久）|720,000|
|2|定制开发（PLC赋码对接、ERP对接、扫码小程序）|280,000|
|3|部署、初始化及培训|60,000|
||合计|1,060,000|

合同总价为人民币壹佰零陆万元整（¥1,060,000），含税。上述价格不含服务器、操作系统、数据库、标签及喷码设备，由甲方自行采购。

## 第三条 付款方式
1. 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，乙方收到预付款后开始工作。
2. 系统验收合格后10个工作日内，甲方支付合同总价的45%。
3. 剩余5%在质保期满后10个工作日内支付。
4. 甲方支付的每笔款项，乙方应开具相应金额的增值税专用发票；甲方未付清预付款前，乙方不负有开始工作的义务。

## 第四条 交付与验收
1. 乙方在收到预付款后75日内完成部署和定制开发，并通知甲方验收。甲方未按约定提供部署条件或需求确认延迟的，交付期限相应顺延。
2. 验收标准：两条灌装线赋码关联成功率不低于99.5%；扫码追溯查询响应时间不超过3秒；ERP出库数据每日自动同步且无差错；合同约定功能逐项测试通过。
3. 甲方应在收到验收通知后7个工作日内组织验收并签署验收报告。
4. 验收不合格的，乙方应在15日内完成修改并再次提交验收，由此产生的费用由乙方承担。

## 第五条 质保与维护
1. 质保期为六个月，自验收合格之日起计算。质保期内乙方免费修复软件缺陷。
2. 质保期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即人民币201,600元/年。
3. 质保期内乙方提供远程技术支持，工作日9:00至18:00受理报修；需要现场服务的，甲方承担乙方人员的差旅费用。
4. 因甲方自行修改系统配置、更换服务器或网络环境导致的故障，不属于质保范围，乙方可按实际工作量另行收费。
5. 一级故障（赋码或追溯查询全部中断）：乙方在接到甲方报修后8小时内响应，并尽快安排处理；其他故障在2个工作日内响应。

## 第六条 知识产权
1. "码链"平台及其文档的知识产权归乙方所有。
2. 乙方为本项目开发的定制功能、接口程序、小程序及相关源代码的知识产权均归乙方所有。甲方在本合同范围内享有非独占、不可转让的使用权，不得自行修改、反向工程或许可第三方使用。

## 第七条 数据
1. 甲方在系统中产生的批次、赋码及销售数据由甲方使用，甲方可随时以Excel格式导出。
2. 乙方采取访问控制、数据加密、操作日志和每日备份等安全措施保护甲方数据，乙方技术人员须签署保密承诺，发生数据泄露的应在24小时内通知甲方；因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任。
3. 甲方同意乙方可将经脱敏处理的批次及流通数据用于行业分析、产品改进和乙方的其他业务。

## 第八条 双方义务
1. 甲方应指定项目联系人，按乙方要求提供灌装线PLC通讯协议、ERP接口文档和网络环境，并提供部署所需的服务器、操作系统及数据库。甲方提供条件延误的，乙方交付期限相应顺延。
2. 甲方应保证其提供的资料和数据合法、真实、完整；因甲方资料错误导致的返工，乙方有权另行收取费用。
6. 乙方可根据产品规划对平台进行版本升级，质保期内的升级免费提供；升级可能需要甲方配合停机，具体时间由双方协商确定。
3. 乙方应指派项目经理负责项目实施，按双方确认的计划推进工作，并为甲方提供不超过3次的现场操作培训。
4. 甲方应妥善保管系统账号和密码，因甲方原因导致账号泄露或误操作造成的损失由甲方自行承担。
5. 赋码所需的标签、喷码机及耗材由甲方自行采购，乙方可提供选型建议。
7. 项目实施期间，双方每两周召开一次项目例会，确认进度、问题和下一阶段计划，会议纪要由乙方整理并经双方确认。

## 第九条 保密
双方对在履行本合同过程中获知的对方商业秘密（包括配方、产量及客户信息）负有保密义务，未经对方书面许可不得向第三方披露，保密期限至本合同终止后两年。

## 第十条 违约责任
1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
2. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停工作并顺延交付期限。
3. 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%，且不承担任何间接损失、利润损失或数据损失。

## 第十一条 合同解除
一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的预付款不予退还的部分，由双方根据已完成工作量协商确定。

## 第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方，并在15日内提供有关证明。不可抗力消除后，双方应继续履行合同。

## 第十三条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 第十四条 通知与送达
双方的通知以书面形式送达本合同首页载明的地址或联系人电子邮箱，电子邮件发出即视为送达。一方联系方式变更的，应提前5日通知对方。

## 第十五条 其他
1. 本合同自双方盖章之日起生效，一式两份，双方各执一份。
2. 本合同未尽事宜，以乙方官网公布的《服务条款》为准。
3. 本合同附件包括《需求确认书》《部署方案》和《培训计划》，与本合同具有同等效力。

**甲方（盖章）：** 汉源县蜀香花椒油有限公司 **乙方（盖章）：** 成都码链追溯科技有限公司

**授权代表：** __________ **授权代表：** __________

**日期：** 2025年9月3日
"""

# ---------------------------------------------------------------- e01 (pdf, Philippines vendor; GOVERNING-LAW only)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VSL-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 August 2025 between:
P:(1) Guangzhou Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huangpu District, Guangzhou (the "Customer"); and
P:(2) Visayas Logic Systems Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Cebu City, Philippines (the "Vendor").
P:Background: The Customer operates three temperature-controlled warehouses in Guangzhou and Foshan and wishes to replace its warehouse management system. The Vendor licenses the "ColdStack WMS" software and provides implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdStack WMS programs licensed under Article 2, in object code, with their documentation and updates.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration written by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inventory, temperature records, customer orders and personal information of drivers and staff.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the People's Republic of China for the Customer's and its affiliates' internal business, for the quantities stated in Article 3.
P:2.2 The Customer may make backup copies and may install the Software in one test environment and one disaster-recovery environment at no extra charge.
H:Article 3 Price
P:3.1 At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,970,000, inclusive of applicable taxes, made up as follows:
P:(a) WMS server licence, 1 unit: CNY 520,000;
P:(b) named-user licences, 80 users at CNY 6,500: CNY 520,000;
P:(c) RF handheld module licences, 40 devices at CNY 4,000: CNY 160,000;
P:Licence Subtotal: CNY 1,200,000;
P:(d) implementation and configuration services: CNY 486,000;
P:(e) custom interfaces with the Customer's ERP and transport management system: CNY 238,000;
P:(f) training: CNY 46,000.
P:3.2 The Contract Price is fixed and covers all travel and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 20% of the Contract Price is payable within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price is payable within 20 days after Initial Acceptance under Article 5.2.
P:4.3 The remaining 25% of the Contract Price is payable within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software within 15 days after signature and complete implementation by the dates in the project plan (Annex 2), with go-live no later than 120 days after signature.
P:5.2 Initial Acceptance follows successful user acceptance testing in which all test cases in Annex 3 are passed, including receiving, put-away, picking, cross-docking, cycle counting, temperature alarms and the ERP and transport interfaces.
P:5.3 Final Acceptance follows 60 days of live operation in all three warehouses in which (a) no Severity 1 incident has occurred, (b) cycle counts show fewer than 5 location discrepancies per 10,000 locations, (c) order processing time per outbound order is no more than 2 seconds at peak load, and (d) all documentation and the source code of the Custom Deliverables have been handed over.
P:5.4 The Customer shall confirm or reject each acceptance in writing within 10 working days, giving reasons for any rejection. Live use of the Software alone does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support at CNY 132,000 per year, which is 11% of the Licence Subtotal. This fee is fixed for the first three support years after the Warranty Period and thereafter may not increase by more than 3% per year. Support is ordered by purchase order and does not renew automatically.
P:6.3 Severity levels and response: Severity 1 (the Software is down in any warehouse, or temperature alarms do not work): response within 1 hour, workaround within 8 hours; Severity 2 (a major function is impaired): response within 2 hours, resolution within 2 working days; Severity 3: response within 1 working day.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 2,000, deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with approval for each session, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Customer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data and shall be liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve go-live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
P:12.2 The Customer may terminate by written notice if the delay damages under Article 10.1 reach their maximum.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Philippine Dispute Resolution Center, Inc. in Manila, in the English language, by a sole arbitrator.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager. The Vendor's project manager and lead consultant shall work on site in Guangzhou during configuration, testing and go-live and may be replaced only with the Customer's consent.
P:14.2 The project managers shall meet weekly and record decisions in minutes. Changes to scope, price or dates require a written change order signed by both parties.
P:14.3 The Vendor shall train the Customer's key users and administrators in Chinese and provide user manuals in Chinese.
P:14.4 The Customer shall provide the servers, operating system and database licences, network access and office space needed by the Vendor's personnel on site, and shall make its key users available for workshops and testing as planned. Delays caused by the Customer extend the Vendor's dates accordingly.
H:Article 15 General
P:15.1 This Agreement, with its Annexes (1 Functional Scope, 2 Project Plan, 3 Test Cases), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses above by courier or e-mail with confirmation.
P:Signed for the Customer: ____________________ Name and title: ____________________
P:Signed for the Vendor: ____________________ Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Malaysian vendor: Order Form + General Terms;
# CONFIDENTIALITY, LIABILITY-CAP, DATA-OWNERSHIP)
E02 = """# ORDER FORM No. PL-OF-2025-0288

**Provider:** Pulau Learning Sdn. Bhd., Level 9, Menara Bayan, George Town, Penang, Malaysia
**Customer:** Chengdu Yakang Dental Clinic Management Co., Ltd., Wuhou District, Chengdu, People's Republic of China
**Service:** "PulauLMS" online training and compliance platform (software as a service) for the Customer's clinics and staff
**Order Date:** 1 September 2025

This Order Form is governed by the Pulau Learning General Terms attached below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscription and Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| PulauLMS subscription, per user per Subscription Year | 620 users x 2 Subscription Years | 240 | 297,600 |
| Onboarding and configuration (one-time) | 1 | 38,400 | 38,400 |
| Migration of existing course content (one-time) | 1 | 24,000 | 24,000 |
| **Total Fees** | | | **360,000** |

1.1 At the Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY) and include applicable taxes.
1.2 Subscription Term: two Subscription Years, starting on the Go-Live Date. The first Subscription Year runs from the Go-Live Date to the day before its first anniversary; the second Subscription Year follows it.
1.3 Additional users may be added at any time at the same unit price, pro rata for the remaining part of the Subscription Year.

## 2. Invoicing and Payment

2.1 Subscription fees are invoiced quarterly in advance, the first invoice on the Go-Live Date.
2.2 The onboarding and migration fees are invoiced after Go-Live Acceptance under Section 3.2.
2.3 The Customer shall pay each correct invoice within 30 days of receipt by bank transfer. No fee is payable before the Go-Live Date.

## 3. Onboarding and Go-Live

3.1 The Provider shall configure the platform for the Customer's 36 clinics, set up single sign-on with the Customer's WeCom (enterprise WeChat) account, import user lists and migrate the existing course library (about 410 courses and 9,800 completion records). The Go-Live Date shall be no later than 45 days after the Order Date.
3.2 Go-Live Acceptance: the Customer shall test the platform against the acceptance checklist in Annex A within 10 working days after the Provider's notice of readiness. The checklist requires that all users can log in through single sign-on, all migrated courses open and play on mobile and desktop, migrated completion records match the source records, and the monthly compliance report for each clinic can be generated. The Customer shall confirm acceptance in writing or give a list of failures, which the Provider shall correct before re-testing.
3.3 If Go-Live Acceptance is not achieved within 45 days after the Order Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, deducted from the first invoices.

## 4. Service Levels

| Measure | Commitment |
|---|---|
| Monthly availability of the platform | 99.95%, excluding maintenance announced 5 days ahead and carried out between 01:00 and 05:00 Beijing time |
| Priority 1 (platform unavailable for all users) | response within 1 hour, restoration within 6 hours |
| Priority 2 (a major feature unavailable) | response within 2 hours, resolution within 2 business days |
| Priority 3 (other questions) | response within 1 business day |

4.1 Service credits: if monthly availability falls below 99.95%, the Customer receives a credit of 5% of that month's subscription fee for each 0.5 percentage point (or part of it) below the commitment, up to 25% of the monthly fee. A missed Priority 1 response or restoration time gives a credit of 2% of that month's subscription fee for each occurrence. Credits are deducted from the next invoice.
4.2 Support is available in Chinese and English by telephone, e-mail and the online portal. The Provider shall send a monthly service report showing availability, incidents, response times and any credits due.

## 5. Renewal

5.1 This Order Form ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

Signed for the Provider: ____________________ (Name, title, date)
Signed for the Customer: ____________________ (Name, title, date)

---

# PULAU LEARNING GENERAL TERMS (Version 4.2)

## Section 1. Definitions

1.1 "Customer Data" means all data submitted to the platform by or for the Customer, including staff names, job titles, clinic assignments, training records and uploaded course content.
1.2 "Customer Materials" means course templates, certificates, branding and integrations created by the Provider specifically for the Customer.
1.3 "Usage Data" means data about how the platform is used, derived from Customer Data, such as course completion rates, time spent and search terms.

## Section 2. The Service

2.1 The Provider shall provide the platform in accordance with the Order Form and its documentation and shall not materially reduce its functionality during the Subscription Term.
2.2 The Customer shall use the platform only for its own staff training and shall keep its login credentials secure.

## Section 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider processes it on the Customer's instructions to provide the service.
3.2 The Provider may collect Usage Data and may use it, in aggregated and anonymised form, to improve and develop its products, to prepare industry training benchmarks and to share those benchmarks with other customers. This right continues after the Subscription Term ends.
3.3 At the end of the Subscription Term the Provider shall make Customer Data available for export for 30 days and then delete it from its systems.

## Section 4. Data Security

4.1 The Provider shall host Customer Data in a data centre in mainland China operated by a licensed local cloud provider, encrypt it in transit and at rest, apply role-based access control with multi-factor authentication for its administrators, keep access logs for at least 180 days and carry out an annual penetration test by an independent firm.
4.2 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in processing personal information contained in Customer Data.
4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and provide a written incident report within 5 days.
4.4 The Provider is liable for losses suffered by the Customer as a result of a security breach caused by the Provider's failure to comply with this Section 4.

## Section 5. Intellectual Property

5.1 The Provider owns the platform, its software and its standard course library.
5.2 Customer Materials belong to the Customer on payment of the fees for them. The Customer may use, modify and license them freely, including after the Subscription Term.

## Section 6. Liability

6.1 Each party's total liability arising out of or in connection with the Agreement in any contract year is limited to the fees paid by the Customer under the Order Form in the 6 months preceding the event giving rise to the claim.
6.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.
6.3 The limits in this Section do not apply to the Customer's payment obligations, to personal injury caused by negligence or to fraud.

## Section 7. Subcontractors

7.1 The Provider may use subcontractors only with the Customer's prior written consent. The hosting provider named in Annex B is approved by signature of the Order Form. The Provider remains responsible for its subcontractors.

## Section 8. Term and Termination

8.1 The Agreement lasts for the Subscription Term stated in the Order Form.
8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
8.3 If the Customer terminates under Section 8.2, the Provider shall refund the prepaid subscription fees for the period after termination.

## Section 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.
9.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

## Section 10. General

10.1 Neither party may assign the Agreement without the other's written consent.
10.2 Notices must be in writing and are effective on receipt.
10.3 The Provider may update these General Terms for new customers, but changes do not apply to the Customer during the Subscription Term unless the Customer agrees in writing.
10.4 The Customer may request training for new clinic administrators at any time during the Subscription Term; up to four online sessions per Subscription Year are included in the subscription fee.
10.5 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
"""

# ---------------------------------------------------------------- e03 (docx, Singapore vendor, buyer's paper, compliant)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR KILN LINE CONDITION MONITORING SENSORS
P:Contract No. TSJC-EQ-2025-077
P:Buyer: Tangshan Jidong Huarun Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Merlion Sensing Pte. Ltd., 21 Science Park Road, Singapore (the "Supplier").
P:The Buyer wishes to install wireless vibration and temperature monitoring on the motors, fans, gearboxes and rollers of its two clinker kiln lines so that failures can be predicted and maintenance planned. Following a competitive enquiry, the Buyer has selected the Supplier. This Contract is on the Buyer's standard terms.
H:1. Scope
P:1.1 The Supplier shall supply, install, configure and commission the sensors, gateways, edge servers and monitoring software listed in Clause 2, integrate them with the Buyer's distributed control system (DCS) historian, and train the Buyer's maintenance staff.
P:1.2 The Supplier shall carry out a site survey within 20 days after signature and submit a sensor placement plan for the Buyer's approval.
H:2. Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese Yuan (CNY), inclusive of VAT, delivery to site, insurance and import clearance. The Contract Price is CNY 1,654,000:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|160|3,800|608,000
TB:2|Wireless surface temperature sensor|60|2,100|126,000
TB:3|Industrial wireless gateway|12|18,500|222,000
TB:4|Edge analytics server|2|86,000|172,000
TB:5|Condition monitoring software, perpetual site licence|1|248,000|248,000
TB:|Hardware and Licence Subtotal|||1,376,000
TB:6|Installation, cabling and commissioning|1|164,000|164,000
TB:7|DCS historian integration and configuration|1|96,000|96,000
TB:8|Training|1|18,000|18,000
TB:|Contract Price|||1,654,000
P:2.2 The Contract Price is fixed and no other charge is payable for the scope in Clause 1.
H:3. Payment
P:3.1 10% of the Contract Price is payable within 15 working days after signature against an advance-payment guarantee.
P:3.2 55% of the Contract Price is payable within 15 working days after the Installation Certificate is signed. The Installation Certificate confirms that the equipment has been delivered and installed; it is not acceptance.
P:3.3 35% of the Contract Price is payable within 15 working days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 70 days after approval of the placement plan and complete installation within 30 days after delivery, working only during the Buyer's planned kiln stops or under a permit to work.
P:4.2 The Supplier's personnel shall follow the Buyer's site safety rules, including hot-work and confined-space permits, and wear the protective equipment required by the Buyer.
H:5. Acceptance
P:5.1 Final Acceptance tests: (a) every sensor reports to the software at the configured interval, with less than 1 in 1,000 readings lost over 7 days; (b) vibration readings of 10 sample points agree with the Buyer's calibrated portable analyser within 5%; (c) alarm thresholds trigger alarms in the software and in the DCS historian within 10 seconds; (d) 30 days of continuous operation without a Severity 1 incident; (e) all documentation, configuration files and as-built drawings delivered.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign a Final Acceptance Certificate within 10 working days after the tests are passed, or give written reasons for refusal. Use of the system before Final Acceptance does not mean acceptance.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace any defective item free of charge, including batteries, parts, labour and travel, and shall provide software updates.
P:6.2 After the warranty period the Buyer may order annual support for CNY 96,320 per year (7% of the Hardware and Licence Subtotal). This price is fixed for years 4 to 6 after Final Acceptance. Support is ordered by purchase order each year.
H:7. Service Levels
P:7.1 Severity 1 (loss of monitoring on a kiln line, or a gateway or edge server failure): response within 30 minutes, engineer on site within 8 hours, restoration within 24 hours. Severity 2 (failure of individual sensors): response within 2 hours, repair within 3 working days.
P:7.2 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any payment or from the performance guarantee.
P:7.3 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's site during the warranty period.
P:7.4 The Supplier shall provide a telephone and e-mail hotline in Chinese for fault reports at all times, and shall confirm each fault report with a ticket number. Severity is set by the Buyer when the fault is reported. The Supplier shall send a monthly report of all faults and their handling during the warranty period.
H:8. Data and Security
P:8.1 All measurement data, alarms, reports and configuration data produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The system shall be installed inside the Buyer's industrial network. Remote access by the Supplier is allowed only through the Buyer's jump server, with approval for each session, and shall be logged. The Supplier shall not transfer any Buyer data outside the People's Republic of China.
P:8.3 The Supplier shall report any security incident within 12 hours and is liable for the Buyer's losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data and plant layouts, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for three years after it ends.
H:10. Intellectual Property
P:10.1 Dashboards, alarm rules, integration scripts and configuration prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:10.2 The Supplier keeps the intellectual property in its standard software and firmware and grants the Buyer a perpetual licence to use them with the equipment.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to deliver or to complete installation by the dates in Clause 4.1, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:12. Project Management and Training
P:12.1 The Supplier shall appoint a project manager who speaks Chinese and is present at the site during installation and commissioning. The project manager shall attend a weekly progress meeting with the Buyer's maintenance department and issue short minutes listing progress, open issues and the plan for the following week.
P:12.2 The Supplier shall train at least 20 of the Buyer's maintenance engineers and 6 control room operators in two sessions: one on sensor installation, battery replacement and gateway troubleshooting, and one on the monitoring software, alarm handling and trend analysis. Training materials shall be provided in Chinese.
P:12.3 The Supplier shall provide operation and maintenance manuals, as-built drawings showing the position and identification of every sensor, and a spare parts list with prices, in Chinese and English.
H:13. Customs, Transport and Risk
P:13.1 The Supplier is responsible for export from Singapore, transport, insurance, import clearance and delivery to the Buyer's site, and bears all related duties and costs. Title and risk pass to the Buyer when the equipment is delivered to the site and signed for, but this does not affect the Supplier's obligations under Clauses 5 and 6.
P:13.2 All equipment shall be new, of the models stated in the Supplier's offer, and shall carry the certifications required for use in the People's Republic of China, including radio type approval for the wireless sensors and gateways.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:16. Force Majeure
P:16.1 A party affected by force majeure shall notify the other party promptly and provide evidence within 15 days. The time for performance is extended by the period of the event. If the event lasts more than 90 days, either party may terminate this Contract by written notice.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
P:Annex 1: Sensor placement plan. Annex 2: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Brunei vendor, schedules as tables; SLA-AVAILABILITY, SUBCONTRACT)
E04 = """# MANAGED NETWORK OPERATIONS SERVICE AGREEMENT

**Agreement No.:** BNO-FS-2025-014
**Customer:** Foshan Linyue Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China
**Provider:** Borneo NetOps Sdn. Bhd., Jalan Gadong, Bandar Seri Begawan, Brunei Darussalam
**Date:** 8 July 2025

The Customer operates 26 sites (four factories, two warehouses and twenty showrooms) in Guangdong and Guangxi. The Provider runs a remote network operations centre. The Customer wishes the Provider to monitor and manage its wide-area network, routers, switches and firewalls. The parties agree as follows.

## SERVICES

1. The Provider shall provide 24x7 monitoring, incident management, change management, configuration backup, firmware management and monthly reporting for the network devices listed in Schedule 1 (the "Services").
2. On-site work at the Customer's sites in China shall be carried out by field engineers arranged by the Provider, who shall follow the Customer's site rules.
3. The Provider shall assign a named service manager who speaks Chinese and meets the Customer's IT manager every month.
4. The Provider shall keep an up-to-date inventory of all managed devices, with their locations, serial numbers, firmware versions and support contracts, and shall warn the Customer at least 90 days before any device reaches the end of its vendor support.

## TERM

5. The Agreement starts on the date of signature. The Services start on the Service Commencement Date and last 24 months.
6. The Agreement ends at the end of the 24 months. Any extension requires a written amendment signed by both parties at prices agreed at that time.

## TRANSITION AND SERVICE ACCEPTANCE

7. The Provider shall complete transition (device discovery, monitoring set-up, runbooks, backup of all configurations and a handover test) within 40 days after signature.
8. Service Acceptance requires that (a) all devices in Schedule 1 are monitored and their configurations backed up, (b) a simulated outage at three sites is detected and ticketed within 5 minutes, (c) runbooks for the ten most common incidents are approved by the Customer and (d) the reporting portal is working. The Customer shall confirm Service Acceptance in writing within 7 working days after the Provider's notice or state the failures. The Service Commencement Date is the date of Service Acceptance.
9. If Service Acceptance is delayed beyond the date in paragraph 7 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## CHARGES AND PAYMENT

10. Charges are set out in Schedule 2. At the Customer's request, all charges are in Chinese Yuan (CNY) and include taxes.
11. The transition fee is invoiced after Service Acceptance. Monthly service charges are invoiced monthly in arrears. The Customer pays each invoice within 30 days.

## SERVICE MANAGEMENT AND REPORTING

12. The Provider shall deliver a monthly report to the Customer showing the availability of each site's connection, all incidents with their priority, response and restoration times, all changes carried out, firmware versions, capacity trends and any security alerts. The report shall also calculate the service credits due under Schedule 3.
13. Changes to device configurations shall be made only under the change process agreed during transition. Normal changes require the Customer's approval at least 2 working days in advance and are carried out outside factory production hours. Emergency changes may be made to restore service, but the Provider shall inform the Customer's IT manager immediately and record the change.
14. Once every quarter the service managers of both parties shall hold a service review to discuss the monthly reports, recurring incidents, planned improvements and the list of devices in Schedule 1.

## SERVICE LEVELS

15. The service levels and service credits are set out in Schedule 3. Credits are deducted from the next monthly invoice.

## CUSTOMER DATA AND SECURITY

16. Network configurations, logs, diagrams, monitoring data and reports relating to the Customer ("Customer Data") belong to the Customer and may be used by the Provider only to perform the Services.
17. The Provider shall keep Customer Data on servers in mainland China provided by a licensed cloud provider, restrict access to named engineers, use multi-factor authentication and encrypted sessions for all access to the Customer's devices, record all administrative sessions and keep the records for 180 days.
18. The Provider shall notify the Customer within 2 hours of any security incident involving the Customer's network or Customer Data and is liable for the Customer's losses caused by its breach of paragraphs 16 to 18.

## CONFIDENTIALITY

19. Each party shall keep confidential all non-public information of the other party and shall not disclose it to any third party without prior written consent, during the Agreement and for three years after it ends.

## INTELLECTUAL PROPERTY

20. Runbooks, configuration templates and network diagrams prepared for the Customer belong to the Customer, which may use and modify them freely, also with another service provider. The Provider keeps its monitoring tools and general know-how.

## SUBCONTRACTING

21. The Provider may subcontract on-site field work and parts of the Services to partners in mainland China by giving the Customer written notice of the partner's name before work starts. The Provider remains responsible for its subcontractors.

## LIABILITY

22. The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2. This limit does not apply to paragraphs 16 to 19, personal injury or wilful misconduct.

## TERMINATION

23. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
24. On expiry or termination the Provider shall hand over all Customer Data, runbooks and passwords and shall assist the Customer's new provider for up to 30 days at no extra charge.

## GOVERNING LAW AND DISPUTES

25. This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## CUSTOMER RESPONSIBILITIES

26. The Customer shall give the Provider's engineers remote access to its devices through the jump server it operates, provide site contacts for each site, keep its internet service contracts with local carriers in force and inform the Provider of planned power cuts or building works at any site.
27. The Provider is not responsible for failures of carrier circuits, but shall open and follow up tickets with the carriers on the Customer's behalf under a letter of authorisation provided by the Customer.

## GENERAL

28. Neither party is liable for failure caused by events beyond its reasonable control, if it informs the other party promptly.
29. Amendments must be in writing and signed by both parties.
30. Notices must be in writing and sent to the addresses above by courier or e-mail. A notice sent by e-mail is received on the next working day after it is sent.
31. Neither party may assign this Agreement without the prior written consent of the other party. Each party shall bear its own costs of negotiating and signing this Agreement, and each shall pay the taxes imposed on it by law.
32. This Agreement, with its Schedules, is the entire agreement of the parties on its subject and replaces all earlier proposals. If the body of this Agreement and a Schedule conflict, the body prevails.

Signed for the Customer: ____________________
Signed for the Provider: ____________________

## SCHEDULE 1 - SITES AND DEVICES

| Site type | Sites | Routers | Switches | Firewalls |
|---|---|---|---|---|
| Factory | 4 | 8 | 64 | 8 |
| Warehouse | 2 | 2 | 12 | 2 |
| Showroom | 20 | 20 | 20 | 20 |
| **Total** | **26** | **30** | **96** | **30** |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | after Service Acceptance | 86,000 |
| Monthly service charge | 58,000 per month x 24 months | 1,392,000 |
| **Total Contract Value** | | **1,478,000** |

Devices added during the term are charged at CNY 350 per device per month.

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Measure | Target | Credit if missed |
|---|---|---|
| Availability of the monitoring platform and reporting portal, per month | 99.8% | 5% of the monthly charge for each 0.1 percentage point below target, up to 20% |
| Priority 1 incident (a factory or warehouse offline) - response | 15 minutes | CNY 1,000 per late response |
| Priority 1 incident - restoration or workaround | 6 hours | CNY 2,000 per hour late |
| Priority 2 incident (a showroom offline) - response | 1 hour | CNY 500 per late response |
| Monthly report delivered | by the 5th working day | CNY 1,000 per late report |
"""

# ---------------------------------------------------------------- e05 (txt, Fiji vendor, data API; SLA-MISSING(+RESPONSE), LD-MISSING, DATA-SECURITY)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SOM-API-2025-052

This Data API Subscription Agreement is made on 22 September 2025 between Zhoushan Haixing Ocean Fishing Co., Ltd., Putuo District, Zhoushan, Zhejiang, People's Republic of China (the "Customer"), and South Ocean Metocean Ltd., Victoria Parade, Suva, Fiji (the "Provider").

BACKGROUND

The Customer operates a fleet of 18 tuna longline vessels in the Western and Central Pacific. The Provider publishes ocean forecast data, including sea surface temperature, currents, chlorophyll concentration, wind and wave forecasts, through an application programming interface (the "API"). The Customer wishes to use the API in its fleet planning system. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the forecast and observation data made available through the API.
1.2 "Customer Data" means vessel positions, catch reports, planned routes and other information the Customer submits to the API to obtain route-specific forecasts.
1.3 "Subscription Year" means the period from the Start Date, or from an anniversary of it, to the day before the next anniversary; the "Start Date" is the date of Onboarding Acceptance.
1.4 "Custom Configuration" means the fishing-ground areas, alert rules and data formats set up by the Provider specifically for the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to access the API and to use Provider Data in the Customer's own business, including its vessels, offices and fleet planning system.
2.2 The subscription covers up to 2,000,000 API calls per Subscription Year for the Pacific Fisheries data package (daily sea surface temperature, 7-day current and wind forecasts, weekly chlorophyll maps) at 5 km resolution for the areas in Annex 1.
2.3 The Customer shall not resell Provider Data or make the API available to third parties, except to its own vessel crews and its contracted fleet planning software supplier.

3. TERM

3.1 The Term is two Subscription Years from the Start Date.
3.2 The Customer may add further data packages or areas during the Term by written order at the Provider's prices agreed at that time; such additions do not change the fees in clause 4.1 for the data package in Annex 1.
3.3 The Agreement does not renew automatically. The parties may agree a renewal in writing before the end of the Term.

4. FEES AND PAYMENT

4.1 At the Customer's request, all fees are in Chinese Yuan (CNY). The subscription fee is CNY 186,000 per Subscription Year, CNY 372,000 for the Term, inclusive of taxes. Onboarding and the Custom Configuration are included in the subscription fee.
4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
4.3 API calls beyond the annual quota are charged at CNY 0.02 per call, invoiced quarterly in arrears. The Provider shall warn the Customer by e-mail when 80% of the quota has been used.
4.4 The fees for the second Subscription Year are the same as for the first.

5. ONBOARDING AND ACCEPTANCE

5.1 Within 20 days after signature the Provider shall issue API keys, set up the Custom Configuration and deliver technical documentation and sample code.
5.2 The Provider shall provide up to two remote training sessions for the Customer's fleet planning staff and answer technical questions from the Customer's software supplier during onboarding.
5.3 Onboarding Acceptance: the Customer shall test the API within 10 working days. The test is passed when (a) all data layers in Annex 1 are returned for every fishing ground in Annex 1, (b) forecasts are updated daily by 06:00 Beijing time on 5 consecutive days, (c) the data formats match Annex 2 and load into the Customer's fleet planning system without manual conversion, and (d) route-specific forecasts are returned for test vessel positions. The Customer shall confirm acceptance in writing or list the failures, which the Provider shall correct before a new test.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API available at all times, except for maintenance, which it will try to announce in advance by e-mail.
6.2 Support is provided by e-mail and telephone during the Provider's business hours in Suva (Monday to Friday, 08:00 to 17:00 Fiji time). The Provider will deal with support requests as quickly as it reasonably can.
6.3 The Provider may improve the API and the data models from time to time, provided that the data layers in Annex 1 remain available in the formats in Annex 2, or in new formats announced 60 days in advance.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to produce the forecasts requested by the Customer under this Agreement and shall not disclose it or use it for any other purpose.
7.2 At the end of the Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API, its software, its data models and Provider Data.
8.2 The Custom Configuration and all reports, maps and analyses produced by the Customer using Provider Data belong to the Customer, which may use, modify and share them freely within its business, also after the Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's fishing grounds, catch volumes and vessel movements, and the Provider's pricing and technical documentation. Neither party shall disclose such information to a third party without the other's prior written consent. This obligation lasts for three years after the Term ends.

10. WARRANTIES

10.1 The Provider warrants that it has the right to license Provider Data and that Provider Data is produced with reasonable skill and care using recognised oceanographic methods.
10.2 The Provider shall correct, at no charge, any error in Provider Data that results from a fault in its processing, and shall re-deliver the corrected data as soon as practicable.
10.3 Forecasts are by nature uncertain. The Customer remains responsible for navigation and safety decisions on its vessels.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total subscription fees for the Term.
11.2 Neither party is liable for loss of profit, loss of catch or other indirect loss, except in the case of fraud or wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent. Neither party may assign this Agreement without the other's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
13.2 If the Customer terminates under clause 13.1, the Provider shall refund the fees paid for the remainder of the Term.

14. GOVERNING LAW AND DISPUTES

14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English or Chinese.

15. COMPLIANCE

15.1 Each party shall comply with the laws that apply to it in performing this Agreement, including export control and sanctions laws. The Customer shall use Provider Data in accordance with the fisheries management measures of the Western and Central Pacific Fisheries Commission and the rules of the flag state of each vessel.
15.2 The Provider confirms that Provider Data does not include any data collected in the exclusive economic zone of a state in breach of that state's laws.

16. FORCE MAJEURE

16.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as cyclones, earthquakes, failure of public telecommunication networks or acts of government, provided that it informs the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice, and the Provider shall refund the fees paid for the remainder of the Term.

17. CONTACT PERSONS AND REVIEWS

17.1 Each party shall name a contact person for commercial matters and a technical contact. The technical contacts shall meet by video conference once every quarter to review data quality, the Customer's use of the quota and any planned changes to the API.
17.2 The Provider shall send the Customer a short written usage report each quarter, listing the number of API calls made, the data layers used and any maintenance carried out.

18. GENERAL

18.1 Notices must be in writing and sent by courier or e-mail to the addresses above.
18.2 This Agreement and its Annexes (1 Data Package and Areas, 2 Data Formats) are the entire agreement. Amendments must be signed by both parties.

Signed for the Customer: ____________________ (name, title, date)
Signed for the Provider: ____________________ (name, title, date)
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h447z01_city_lifeline_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h447z02_beverage_blow_fill_cap_control_retrofit.docx", "docx", Z02),
    "z03": ("h447z03_car_wash_chain_member_workorder_saas.txt", "txt", Z03),
    "z04": ("h447z04_audit_bureau_system_annual_maintenance.txt", "txt", Z04),
    "z05": ("h447z05_pepper_oil_batch_traceability_supplier_template.md", "md", Z05),
    "e01": ("h447e01_cold_chain_wms_licence_ph_vendor.pdf", "pdf", E01),
    "e02": ("h447e02_dental_lms_saas_order_form_my_vendor.md", "md", E02),
    "e03": ("h447e03_cement_kiln_sensors_sg_vendor.docx", "docx", E03),
    "e04": ("h447e04_managed_network_operations_bn_vendor.md", "md", E04),
    "e05": ("h447e05_ocean_forecast_data_api_fj_vendor.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(lang, category, kind, value, extra=None, **t):
    """t: the terms that differ from the ordinary compliant defaults."""
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind=kind)
    for k, v in t.items():
        assert k in base, k
        base[k] = v
    ex = {"sla_clause": True, "ld_stated": base["ld_rate_per_day_pct"] is not None}
    if kind == "goods_or_licence":
        ex["post_warranty_fee_capped"] = True
    ex["acceptance_deemed_on_delivery"] = False
    ex.update(extra or {})
    ex["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": {k: base[k] for k in KEYS}, "expected_extra": ex}


LABELS = {
    "z01": lab("zh", "software", "goods_or_licence", 2350000, availability_pct=99.95, p1_response_hours=0.5,
               ld_rate_per_day_pct=0.1, prepayment_pct=25, final_payment_on_acceptance=True, warranty_months=36,
               post_warranty_fee_pct=8),
    "z02": lab("zh", "hardware", "goods_or_licence", 2220000, {"acceptance_deemed_on_delivery": True},
               p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20, acceptance_clause=False,
               final_payment_on_acceptance=False, warranty_months=24, post_warranty_fee_pct=8,
               subcontract_without_consent=True),
    "z03": lab("zh", "cloud", "service", 429800, availability_pct=99.5, p1_response_hours=0.5,
               ld_rate_per_day_pct=400 / 429800 * 100, liability_cap_pct=200, auto_renewal_price_increase=True),
    "z04": lab("zh", "services", "service", 368000, p1_response_hours=6, ld_rate_per_day_pct=0.1,
               termination_for_breach=False, final_payment_on_acceptance=True),  # relabelled by the requester (h4z04, h164z04)
    "z05": lab("zh", "software", "goods_or_licence", 1060000, p1_response_hours=8, sla_remedy=False,
               ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
               prepayment_pct=50, final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=28,
               subcontract_without_consent=None),
    "e01": lab("en", "software", "goods_or_licence", 1970000, p1_response_hours=1, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
               post_warranty_fee_pct=11, governing_law="Philippines"),
    "e02": lab("en", "cloud", "service", 360000, availability_pct=99.95, p1_response_hours=1,
               buyer_owns_data=False, confidentiality=False, ld_rate_per_day_pct=300 / 360000 * 100,
               liability_cap_pct=6 / 24 * 100),
    "e03": lab("en", "hardware", "goods_or_licence", 1654000, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
               liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
               post_warranty_fee_pct=7),
    "e04": lab("en", "services", "service", 1478000, availability_pct=99.8, p1_response_hours=0.25,
               ld_rate_per_day_pct=1200 / 1478000 * 100, liability_cap_pct=150, subcontract_without_consent=True),
    "e05": lab("en", "cloud", "service", 372000, {"sla_clause": False}, sla_remedy=False,
               data_security_clause=False, liability_cap_pct=150),
}

# TCO inputs (policy §4): fee base = itemised licence / hardware subtotal, fee % per year, warranty months
TCO = {"z01": (1380000, 8, 36), "z02": (1744000, 8, 24), "z05": (720000, 28, 6), "e01": (1200000, 11, 18),
       "e03": (1376000, 7, 36)}

DESIGN = {  # the design list, written before the labels
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
    "e02": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e05": ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    value = LABELS[key]["expected_extra"]["contract_value"]
    base, pct, wm = TCO[key]
    post_years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * post_years
    return fees / (value + fees) * 100, value + fees


def rules_from_label(key):
    """My own reading of policy.md §3 (not project code)."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
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
        if key in TCO and tco_share(key)[0] > 40:
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = [
    NUM + r"99\.9(?!\d)", "百分之九十九点九(?![\d一二三四五六七八九])",
    NUM + r"4\s*(?:小时|个小时|h\b|hours?\b|hrs?\b)", "(?<![十二])四个?小时", r"\bfour[\s-]*hours?\b",
    NUM + r"240\s*(?:分钟|minutes?)",
    NUM + r"0\.05(?!\d)", "万分之五(?![十百千\d])", "千分之零点五",
    NUM + r"100" + PCT, "百分之百", "百分之一百", r"one\s+hundred\s+per\s*cent",
    NUM + r"30" + PCT, "百分之三十", "三成", r"thirty\s+per\s*cent",
    NUM + r"12\s*(?:个月|months?\b)", "十二个月", r"\btwelve[\s-]*months?\b", "一年", r"\bone[\s-]*year\b",
    NUM + r"1\s*(?:年(?!度)|years?\b)",
    NUM + r"15" + PCT, "百分之十五", r"fifteen\s+per\s*cent",
    NUM + r"40" + PCT, "百分之四十", "四成", r"forty\s+per\s*cent",
    NUM + r"5\s*(?:年(?!度)|years?\b)", "五年", r"\bfive[\s-]*years?\b", NUM + r"60\s*(?:个月|months?\b)",
    "六十个月", r"\bsixty[\s-]*months?\b",
]
BANNED_RE = re.compile("|".join("(?:%s)" % b for b in BANNED), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年",
            "one year", "15%", "15 per cent", "40%", "四成", "5年", "5 years", "五年", "five years", "60 months",
            "within 4 hours", "for4hours", "1年"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "1,400%", "130%", "140%", "0.5%", "99.5%", "20%", "25.0", "2 years", "Subscription Year", "36个月",
             "18 months", "112 months", "24 months", "240,000", "15 days", "30 days", "14 hours", "5%", "1.5%",
             "0.050", "6 months"]


def selftest():
    for sample in MUST_HIT:
        assert BANNED_RE.search(sample), "must hit: " + sample
    for sample in MUST_MISS:
        assert not BANNED_RE.search(sample), "must miss: %s -> %s" % (sample, BANNED_RE.search(sample))


def scan(name, text):
    variants = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    for how, v in variants.items():
        m = BANNED_RE.search(v)
        assert not m, "%s (%s): threshold text %r in ...%s..." % (name, how, m.group(0), v[max(0, m.start() - 30):m.end() + 30])


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    if key.startswith("z"):
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    write({k: v[2] for k, v in FILES.items() if v[1] in ("pdf", "docx")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("pdf", "docx")}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        rules = rules_from_label(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        label = {"file": name, **LABELS[k], "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        # thresholds: source and built file
        scan(k + " source", src)
        body = "\n".join(line.partition(":")[2] for line in src.splitlines()) if fmt in ("pdf", "docx") else src
        scan(k + " source body", body)
        text = read_back(OUT / name)
        scan(k + " built", text)
        n, nonws = measure(k, text)
        t = LABELS[k]["expected_terms"]
        vals = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                    prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
        for f, th in vals.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        share = ""
        if k in TCO:
            sh, tco = tco_share(k)
            assert abs(sh - 40) > 2, (k, sh)
            share = " TCO %.0f share %.1f%%" % (tco, sh)
        ok = (2750 <= n <= 3000 and 2750 <= nonws <= 3000) if k.startswith("z") else 1450 <= n <= 1650
        print("%s %-60s %s %s %s %s%s" % ("OK " if ok else "LEN", name, n, nonws or "", risk(rules), rules, share))
        assert ok, (name, n, nonws)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")
