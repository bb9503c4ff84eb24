"""holdout878: builds ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
.txt/.md are written as they are; .docx/.pdf through ../word_pdf.py (PDF lines broken at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:城中村改造项目管理平台建设合同
P:合同编号：ZJ-CZC-2027-011    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，甲乙双方就城中村改造项目管理平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供城中村改造项目管理平台软件（含项目库、征收补偿、安置房源、资金监管、进度督办五个子系统）的永久使用许可，部署于甲方政务云环境，不限用户数。
P:1.2 乙方按甲方需求定制开发：改造片区一张图、入户调查移动端、补偿测算规则引擎、与市不动产登记及财政国库支付系统的数据接口、领导驾驶舱。
P:1.3 乙方负责历史项目台账的数据治理与迁移（约2.6万户档案），并完成部署、联调、培训及试运行。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾伍万捌仟元整（¥2,358,000），为固定总价，含税费及乙方履约所需的全部费用。
P:2.2 分项：平台软件许可费¥1,180,000；定制开发费¥864,000；数据治理与迁移费¥218,000；部署实施及培训费¥96,000。
P:2.3 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交合法有效发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应于合同签订前向甲方提交金额为合同总价5%的履约保证金（银行保函形式），最终验收合格后15个工作日内无息退还。
P:3.5 甲方按财政资金支付流程付款，支付时限以财政国库集中支付为准。
H:第四条 交付与进度
P:4.1 乙方应于合同生效之日起90日内完成部署和定制开发，150日内完成初步验收，试运行满60日后申请最终验收。
P:4.2 乙方应为本项目配备具有同类项目经验的项目经理1名及不少于6名实施人员，人员名单经甲方确认后不得擅自更换；确需更换的，应提前7日书面申请并经甲方同意，接替人员资历不得低于原人员。
P:4.3 乙方应对甲方及各区住建部门、街道改造办业务人员开展不少于3期集中培训，并提供操作手册和操作视频，保证业务人员能够独立完成日常操作。
P:4.4 乙方应提交项目实施计划、需求规格说明书、设计文档、测试报告、用户手册、运维手册及全部定制部分源代码。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求逐项实现；接口联调通过，数据交换连续7日无差错；迁移数据全量比对一致；500个并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间无一级故障；通过第三方软件测评机构的安全测评及商用密码应用安全性评估；文档齐全。甲方组织专家按上述标准验收，并出具书面验收报告。
P:5.3 试运行期间，乙方应每周提交试运行报告，记录故障、处理情况和系统运行指标；试运行期间发生一级故障的，试运行期自故障排除之日起重新计算。
P:5.4 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的9%（即¥106,200），且自质保期满起三年内不上调；维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日经甲方同意）。
P:7.2 一级故障（平台整体不可用或核心业务无法办理）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决；三级问题：下一个工作日内答复。
P:7.3 响应或恢复每超时一小时，乙方按¥1,000向甲方支付违约金；月可用率每低于约定0.01个百分点，扣减当年维护费或质保金¥2,000。
H:第八条 知识产权
P:8.1 本项目定制开发的程序、接口、规则模型、源代码及文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改、二次开发。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利，因此引起的纠纷由乙方负责。
H:第九条 数据安全
P:9.1 平台中的业务数据、个人信息及衍生数据均属于甲方所有，乙方仅为履行本合同目的处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机进行运维操作，对敏感字段加密存储，并保留操作日志。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、征收补偿信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方交付的系统不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应在15日内移交已完成的工作成果、源代码及全部甲方数据，并配合甲方完成后续工作的交接。
P:13.3 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 需求变更
P:15.1 实施过程中甲方提出需求调整的，双方应书面确认变更内容、工作量及对工期的影响。变更工作量不超过原定制开发工作量5%的，乙方不另行收费；超过部分按投标文件所列人天单价据实结算，并报甲方财务部门审核。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同签订后，甲乙双方应按照政府采购有关规定，在指定媒体公告本合同，涉及国家秘密、商业秘密的内容除外。
P:16.3 附件：招标文件技术需求、投标报价明细表、项目实施计划、验收方案。
P:甲方（盖章）：            乙方（盖章）：
P:法定代表人或授权代表：    法定代表人或授权代表：
P:签订日期：    年  月  日
"""

Z02 = """T:茶盘生产线控制系统改造合同
P:合同编号：CP-ZK-2027-006
P:甲方（买方）：某竹木茶盘制品有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方拟对其雕刻、砂光、喷涂三条茶盘生产线的电气控制系统进行改造，乙方经比选中选。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜达成如下条款。
H:第一条 改造范围
P:1.1 拆除并更换三条生产线原有继电器控制柜，新建PLC控制系统；更换雕刻机与砂光机的伺服驱动及电机；在工位增设HMI触摸屏；在喷涂线末端增设视觉检测单元，对色差、漏喷、开裂进行在线判定。
P:1.2 部署产线监控软件（服务器端及客户端），实现设备状态、产量、能耗、报警的集中监视与报表；PLC程序与监控软件之间完成点位对接。
P:1.3 乙方负责拆旧、安装、接线、编程、调试、试生产及操作人员培训，改造期间应分线施工，保证至少两条生产线正常生产。
H:第二条 价格明细
P:2.1 合同总价为人民币壹佰伍拾柒万贰仟元整（¥1,572,000），含设备、软件、运输、保险、安装、税费，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|81,000|486,000
TB:2|伺服驱动及电机|44套|8,000|352,000
TB:3|HMI触摸屏|12台|8,000|96,000
TB:4|视觉检测单元|4套|53,500|214,000
TB:5|产线监控软件许可（永久）|1套|178,000|178,000
TB:|设备及软件小计|||1,326,000
TB:6|安装调试|1项|132,000|132,000
TB:7|PLC编程及联调|1项|96,000|96,000
TB:8|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,572,000
P:2.2 上表单价在合同有效期内固定不变。
P:2.3 因甲方增加改造范围产生的费用，双方另行签订补充协议，按上表同类单价结算。
P:2.4 乙方所供设备应为原厂全新产品，品牌、型号与投标时确认的技术规格书一致；确需替换的，替换型号的性能不得低于原型号，并须经甲方书面同意。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的25%；到货签收仅确认数量与外观，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的50%。
P:3.4 余款5%作为质量保证金，质保期满且乙方无未了责任后10个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内完成全部设备到货，到货后60日内完成三条生产线的安装调试。
P:4.2 每条生产线停线改造不得超过7日，停线时间由甲方根据订单情况安排。
P:4.3 乙方交货时应随附设备合格证、原厂质保证明、使用说明书、电气原理图及接线图，软件应提供安装介质和授权文件。资料不全的，视为交货未完成。
P:4.4 设备运输、装卸及到货前的保险由乙方负责，设备在甲方签收前的毁损灭失风险由乙方承担。
H:第五条 验收
P:5.1 单线调试完成后连续试生产10个班次，达到以下标准方可申请最终验收：设备报警与联锁功能逐项测试合格；视觉检测误判率不高于2%；各线节拍不低于改造前水平；监控软件数据与现场计数核对一致；无因控制系统导致的停线。
P:5.2 甲方在收到验收申请后7日内组织验收并签署验收报告。验收不合格的，乙方应在10日内整改后重新验收。设备安装完毕或甲方投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件因质量问题出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 乙方提供故障响应服务：一级故障（整线停机）1小时内响应，6小时内到达现场；二级故障（单机停机）2小时内响应，次日到达现场。响应或到场每超时一小时，乙方向甲方支付¥800。
P:6.3 质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的28%计取，即每年¥371,280，该价格自质保期满起三年内锁定不变；维保内容包括季度巡检、故障维修、备件更换及软件升级。
P:6.4 乙方应在甲方现场存放伺服驱动器、电源模块、I/O模块等易损备件各不少于两件，质保期内备件消耗由乙方免费补充。
P:6.5 质保期满后的维保服务由双方另签维保合同，按年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测模板、点表及其源文件归甲方所有，乙方应在验收时完整移交，甲方可自行或委托他人修改使用。
P:7.2 监控软件标准产品的著作权归乙方或其原厂所有，甲方获得永久使用许可。
H:第八条 数据与网络安全
P:8.1 生产数据、工艺参数、配方及产量报表均属于甲方，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的安全通道进行；控制网络与办公网络之间设置工业防火墙；乙方人员离场前应删除其设备上存储的甲方数据。
P:8.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应立即报告并采取补救措施，承担由此造成的全部损失。
H:第九条 保密
P:9.1 双方对在履约过程中获知的对方技术资料、工艺、客户及价格信息负有保密义务，合同终止后五年内仍有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方施工导致甲方停线超过约定时间的，乙方应赔偿甲方由此造成的直接损失。
P:10.3 乙方累计逾期超过30日的，甲方有权解除合同，乙方应退还已收款项。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电缆敷设、桥架安装等辅助工程需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 培训
P:12.1 乙方应对甲方电工和维修人员开展两轮培训，内容包括PLC程序结构、常见报警处理、伺服参数备份与恢复、视觉模板调整；对各班组操作工开展现场操作培训。培训后甲方人员应能独立处理常见故障。
H:第十三条 解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同无法继续履行的，双方均可解除合同，已完成部分据实结算。
H:第十四条 安全文明施工
P:14.1 乙方施工人员应遵守甲方厂区安全管理制度，持证上岗，动火、登高作业须办理审批。因乙方原因发生的安全事故由乙方负责。
P:14.2 乙方施工完毕后应清理现场，恢复因施工拆除的防护罩、盖板和安全标识。
P:14.3 拆除的旧控制柜及电缆归甲方所有，乙方应按甲方指定地点分类堆放，不得擅自处置。
H:第十五条 法律适用与争议
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，由甲方所在地人民法院管辖。
H:第十六条 其他
P:16.1 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达本合同首页所列地址或指定联系人，一方变更联系方式的，应提前3日通知对方。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、点表、施工组织方案。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """连锁门店预约及会员管理系统服务合同

合同编号：QJ-SaaS-2027-003
甲方：某自由搏击培训连锁管理有限公司
乙方：某云软件科技有限公司

甲方在全国经营35家自由搏击培训门店，为统一管理课程预约、会员卡、教练排班和门店收银，拟采用乙方提供的云端预约及会员管理系统（以下简称“系统”）。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同，共同遵守。

一、服务内容
（一）订阅服务
1. 乙方在服务期内为甲方35家门店开通系统订阅，包括课程排期与预约、会员卡（次卡、期卡、私教课包）管理、教练排班与课时统计、门店收银与对账、营销活动、经营报表等模块，以及会员端微信小程序和教练端App。
2. 每家门店开通账号不限数量，总部账号可查看全部门店数据。
3. 系统部署在乙方租用的境内云服务器上，乙方负责系统的运行、维护和版本更新。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店信息、课程体系、会员卡规则、价格体系、教练档案及权限设置。
2. 乙方负责将甲方现有会员资料、剩余课时、储值余额等数据从原有系统迁移至本系统，并协助甲方逐店核对。
3. 乙方为甲方定制总部经营驾驶舱、教练课时绩效报表和会员续卡分析报表，并定制会员端小程序首页及品牌页面。
4. 乙方为甲方总部及各门店店长、前台开展线上培训不少于三场，并对首批上线的5家门店提供驻场支持。

二、服务期限
（一）服务期为两个服务年度。首个服务年度自系统上线验收通过之日起算，第二个服务年度紧接首个服务年度。
（二）服务期满，甲方如需继续使用，双方应在期满前30日协商续约事宜并另行签订书面合同；未签订的，合同到期终止，不自动续期。

三、合同价款
（一）订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
（二）实施费（一次性）：人民币86,000元，含配置、数据迁移、定制报表、小程序页面及培训。
（三）合同总价：人民币562,000元（含6%增值税）。
（四）服务期内新增门店的，按每店每个服务年度6,800元的标准，按剩余服务月份折算计费，另行签订补充协议。

四、付款方式
（一）实施费在系统上线验收通过后15个工作日内一次性支付。
（二）各服务年度订阅费在该服务年度开始后15个工作日内支付。
（三）乙方应在每次付款前开具合法有效的增值税专用发票，甲方收到发票后付款。
（四）甲方无需在系统上线验收前支付任何款项。
（五）新增门店的订阅费随当期订阅费一并结算，门店闭店的，自次一服务年度起相应减少计费门店数。

五、实施进度与验收
（一）乙方应在合同签订后45日内完成首批5家门店上线，75日内完成全部35家门店上线。
（二）上线验收标准：
1. 合同约定的全部功能模块可正常使用，定制报表和小程序页面与甲方确认的设计稿一致；
2. 迁移后的会员人数、剩余课时和储值余额与原系统逐店核对一致，差异已全部处理；
3. 35家门店均已完成至少一个完整营业日的预约、签到、收银和日结操作，无数据错误；
4. 培训已完成，乙方已提交系统操作手册及管理员手册。
（三）乙方完成全部门店上线后书面申请验收，甲方在7个工作日内按上述标准组织验收，合格的签署验收确认书；不合格的，乙方应在10日内整改后重新验收。门店开始使用系统，不视为验收通过。

六、技术支持
（一）乙方通过在线客服、电话及专属服务群为甲方提供使用咨询和问题处理。
（二）乙方将尽商业上合理的努力保持系统稳定运行，及时处理系统故障，并尽量安排在营业时间以外进行系统升级。
（三）乙方每季度向甲方提供一次系统使用情况报告。
（四）乙方对系统进行重大版本更新、调整功能或变更操作界面的，应提前10日通知甲方，并提供更新说明；更新不得导致甲方已使用的功能缺失或数据丢失。
（五）因甲方门店网络、收银设备或第三方支付通道原因造成的使用问题，乙方应协助甲方排查。

七、数据与信息安全
（一）会员资料、预约记录、交易流水、教练档案等甲方数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员手机号、身份证号等个人信息加密存储，实行访问权限控制并保存访问日志，每日备份数据，备份保存不少于30日。
（三）发生数据泄露、丢失或篡改的，乙方应在发现后2小时内通知甲方，立即采取补救措施，并承担因其原因造成的全部损失及甲方因此承担的行政处罚、赔偿责任。
（四）合同终止后15日内，乙方应以Excel格式向甲方完整导出全部数据，经甲方确认后删除乙方留存的数据并出具删除证明。

八、甲方的义务
（一）甲方应指定总部项目负责人，及时提供门店信息、课程体系、会员资料等实施所需资料，并在约定时间内对设计稿和配置方案进行确认。
（二）甲方应妥善保管各级账号和密码，对各门店人员的账号权限进行管理；因甲方人员泄露账号造成的损失由甲方承担。
（三）甲方应按本合同约定支付款项，并为乙方驻场人员提供必要的工作条件。

九、知识产权
（一）系统标准产品的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的驾驶舱、报表、小程序页面设计及相关源文件的知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。

十、保密
双方对履约中知悉的对方商业秘密、经营数据、会员信息及本合同条款负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

十一、服务外包
乙方可将门店现场实施、数据核对及驻场培训工作委托其合作服务商完成，但应事先通知甲方，并对合作服务商的工作质量负责。

十二、违约责任
（一）乙方未按第五条约定期限完成门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付款项的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应承担赔偿责任。

十三、合同解除
（一）一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（二）乙方逾期上线超过30日的，甲方有权解除本合同，乙方应退还甲方已付全部款项。
（三）合同解除的，乙方应按第七条第（四）项向甲方交还数据。
（四）因不可抗力致使本合同无法履行的，受影响一方应及时通知对方并提供证明，双方可协商解除合同，已履行部分据实结算，预收的订阅费按剩余服务月份退还。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十五、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）双方指定的联系人及联系方式见附件四，通知以书面或电子邮件方式送达，一方变更的应提前通知对方。
（三）附件一：功能清单；附件二：门店清单；附件三：实施计划；附件四：双方联系人。

甲方（盖章）：                        乙方（盖章）：
授权代表：                            授权代表：
日期：                                日期：
"""

Z04 = """公益性墓园管理系统运维服务合同

项目编号：MZ-CS-2027-002（竞争性磋商）
采购人（甲方）：某市民政局
成交供应商（乙方）：某信息技术服务有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就公益性墓园管理系统2027年度运维服务订立本合同。

第一条 服务对象
（一）运维对象为甲方公益性墓园管理系统，包括墓穴资源管理、安葬登记、惠民殡葬补贴审核、祭扫预约、网上祭扫平台、电子档案及统计分析模块，以及系统所在的应用服务器、数据库服务器和配套网络安全设备。
（二）系统覆盖全市9处公益性公墓及乡镇公益性骨灰堂，用户包括甲方、各区县民政部门及墓园管理单位工作人员。
（三）系统于2023年建成并通过验收，采用B/S架构，部署在市政务云，数据库为国产关系型数据库，原建设单位已移交源代码及技术文档，由甲方提供给乙方用于运维。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，甲方根据下年度预算另行组织采购。

第三条 服务内容
（一）日常运维：系统运行监控、数据库维护、日志检查、数据备份与恢复演练、操作系统及中间件补丁更新。
（二）驻场服务：乙方派驻2名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗；清明、冬至等祭扫高峰期间增派1名工程师，并提供延时值守。
（三）应用支持：业务人员使用咨询、账号权限管理、报表数据提取，以及政策调整引起的小规模功能优化（全年累计不超过60人天）。超出部分经甲方书面确认后另行协商，乙方不得以此为由拖延日常运维工作。
（四）安全保障：配合甲方完成网络安全等级保护测评及整改，开展季度漏洞扫描，对发现的中高危漏洞在15日内完成修复。
（五）巡检与报告：每月提交运维月报，每季度进行一次全面巡检并提交巡检报告，年末提交年度运维总结。
（六）应急保障：乙方应在服务期开始后15日内提交应急预案，经甲方审定后执行，每半年组织一次应急演练，并在祭扫高峰前完成压力测试和扩容准备。
（七）数据备份：每日增量备份，每周全量备份，备份数据异地存放，每季度进行一次恢复验证。

第四条 服务水平
（一）系统月可用率不低于99.5%，计划内维护时间不计入不可用时间，计划维护须提前2个工作日报甲方同意，并避开祭扫高峰。
（二）故障分级及时限：一级故障（系统整体不可用或祭扫预约、补贴审核无法办理）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内解决；三级问题（一般咨询和优化需求）2个工作日内答复。
（三）乙方应提供7×24小时服务热线，非工作时间发生的一级故障按上述时限处理。

第五条 服务考核
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障处理时限、驻场出勤、巡检及报告质量、用户满意度，满分100分。
（二）考核得分低于90分的，每低1分扣减当季服务费的1%；月可用率未达到约定的，每低0.1个百分点扣减当季服务费¥2,000。
（三）故障响应或恢复每超时一小时，扣减服务费¥500。
（四）扣减金额在当季服务费中直接抵扣。
（五）甲方每半年组织一次用户满意度调查，调查结果计入当季考核。
（六）乙方对考核结果有异议的，可在收到考核结果后5个工作日内书面提出，甲方应在5个工作日内复核并答复。

第六条 合同金额
本合同总金额为人民币肆拾陆万捌仟元整（¥468,000），包括人员、工具、备件、差旅及税费等全部费用。

第七条 付款方式
（一）服务费按季度支付，每季度¥117,000，于该季度考核结束后15个工作日内按考核结果支付。
（二）本合同不设预付款。
（三）乙方应在付款前开具合法有效的发票。
（四）甲方按财政国库集中支付程序付款，因财政审核造成的合理延迟不视为甲方违约。

第八条 年度服务验收
服务期满后10个工作日内，甲方对全年服务进行验收，标准为：各季度考核均已完成且扣减事项已结清；全年运维文档、巡检报告、变更记录、备份记录齐全；等保测评整改项全部闭环；系统账号、密码、配置资料完整移交。验收合格后甲方出具验收意见。

第九条 数据安全
（一）系统中的安葬登记信息、逝者及家属个人信息、补贴审核资料等数据均属于甲方所有，乙方不得以任何方式复制、留存或向第三方提供，不得用于运维以外的任何目的。
（二）乙方运维操作应通过甲方堡垒机进行，严禁将数据拷贝至个人设备；对敏感数据的查询须经甲方书面审批并留存记录。
（三）系统操作日志和运维审计日志至少保存六个月，乙方不得删除或修改。
（四）发生数据泄露、系统被攻击或篡改等安全事件的，乙方应在1小时内向甲方报告并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其驻场人员对履约中知悉的甲方工作秘密、个人信息及系统配置信息负有保密义务，驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务期内为甲方编写的脚本、补丁、功能优化程序及运维文档的知识产权归甲方所有，乙方应随年度验收一并移交。

第十二条 人员管理
（一）驻场工程师应具备三年以上同类系统运维经验，名单经甲方确认；乙方更换驻场人员应提前10日书面申请并经甲方同意，并做好工作交接。
（二）乙方人员应遵守甲方的考勤、保密及安全管理制度。
（三）乙方应建立驻场人员考勤记录，每月随运维月报报甲方核对；驻场人员请假超过3日的，乙方应安排具备同等能力的人员顶岗。

第十三条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的系统访问权限。
（二）甲方应指定专人负责运维工作的协调和考核，及时确认乙方提交的变更申请和报告。
（三）甲方应将业务政策调整情况及时告知乙方，以便乙方安排系统优化。

第十四条 服务交接
服务期满后，甲方另行确定运维单位的，乙方应在30日内配合完成交接，移交全部运维文档、账号、配置及知识库，并对新运维单位进行讲解，交接期间乙方不得中断服务。

第十五条 分包
本项目不得分包或转包。

第十六条 违约责任
（一）乙方未按期提交巡检报告或未在约定期限内完成等保整改的，每逾期一日，按合同总金额的千分之一支付违约金。
（二）驻场人员无故缺勤的，每人每日扣减服务费¥600。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。
（四）乙方违约给甲方造成损失的，应予赔偿。

第十七条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力影响消除后，乙方应立即恢复服务，并优先恢复祭扫预约和补贴审核等面向群众的业务。

第十八条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
（一）磋商文件、响应文件、成交通知书及双方确认的服务方案为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z05 = """# 软件许可及定制开发合同

**绣途工序管家 标准合同文本 V3.0（乙方范本）**

合同编号：XT-2027-0158

甲方（客户）：某十字绣工作室

乙方（服务商）：某绣途软件有限公司

甲方因经营需要，购买乙方“绣途工序管家”工序追踪软件，并委托乙方进行定制开发。双方经协商，依据《中华人民共和国民法典》签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“绣途工序管家”工序追踪软件标准版的使用许可，许可期限为永久，许可用户数为15个，包括订单接收、绣稿管理、配线领料、分工派单、绣工计件、质检返工、装裱发货等工序的追踪功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：图稿色号自动换算配线清单、外发绣工计件结算、微信小程序客户订单进度查询、与甲方网店后台的订单同步接口。

1.3 乙方负责软件安装部署、基础数据初始化和使用培训。

1.4 软件的功能以乙方产品说明书及双方确认的需求文档为准，需求文档未列明的功能不属于本合同范围。乙方可根据产品规划对标准版功能进行调整，但不减少甲方已使用的主要功能。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾壹万元整（¥310,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪软件标准版许可（永久，15用户） | 128,000 |
| 2 | 定制开发（配线换算、计件结算、小程序、网店接口） | 156,000 |
| 3 | 安装部署、数据初始化及培训 | 26,000 |
| | 合计 | 310,000 |

2.2 上述价格不含甲方服务器、网络及第三方短信费用，该等费用由甲方自行承担。

2.3 本合同价款不含甲方今后增加用户、增加功能模块或提出新定制需求的费用，该等费用按乙方届时报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即¥201,500。

3.2 软件系统上线运行后5个工作日内，甲方支付合同总价的35%，即¥108,500。

3.3 乙方收到款项后开具发票。甲方未按期付款的，乙方有权暂停开发和服务，工期相应顺延。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始开发，预计在90日内完成定制开发并部署上线。具体进度以乙方项目计划为准。

4.2 甲方应在乙方要求的时间内提供绣稿样例、色号对照表、绣工名单及计件单价等资料，并对需求文档进行确认。甲方延迟提供资料或变更需求的，工期顺延，由此增加的工作量乙方另行收费。

4.3 需求文档经甲方确认后，甲方再提出需求变更的，按每人天¥1,800另行计费。

4.4 甲方应自备符合乙方配置要求的服务器或云主机、固定公网地址及域名，并完成小程序主体注册。因甲方环境不满足要求导致无法部署的，乙方不承担延误责任。

4.5 乙方完成部署后书面通知甲方上线，甲方应在3个工作日内安排上线；甲方未按时安排的，自通知发出之日起第4个工作日视为已上线。

4.6 乙方提供两次线上培训，每次不超过三小时；甲方需要增加培训或现场培训的，另行收费。

## 第五条 验收

5.1 软件系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，乙方在维护期内予以处理，但不影响验收结论及付款。

## 第六条 维护服务

6.1 乙方自软件上线之日起提供六个月免费维护服务，内容包括缺陷修复、远程技术支持和小版本升级。

6.2 维护期内甲方报告的故障分为紧急故障和一般故障。紧急故障（系统无法登录或无法派单）乙方在8小时内响应；一般故障在2个工作日内响应。乙方通过电话、微信或远程方式处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。未签订维护协议的，乙方不再提供任何维护服务，甲方需要临时服务的，按次收费。

6.4 维护期内乙方原则上以远程方式提供服务。甲方要求现场服务的，每次另收上门服务费¥1,500及差旅费用。

6.5 因甲方自行修改软件、操作不当、病毒或硬件故障引起的问题，不属于免费维护范围，乙方可另行收费处理。

## 第七条 使用限制

7.1 甲方仅可在其自身经营范围内使用本软件，不得出租、出借、转让或允许关联方以外的第三方使用。

7.2 甲方用户数超过许可数量的，应按每用户¥3,200补购许可；乙方有权通过软件授权机制对用户数进行控制。

7.3 甲方不得删除软件中的版权标识，不得对软件进行破解或绕过授权控制。

## 第八条 知识产权

8.1 “绣途工序管家”软件及其文档的著作权归乙方所有。

8.2 本合同项下定制开发形成的程序、源代码、小程序、接口及相关文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。乙方可将定制开发成果用于其他客户。

8.3 乙方不向甲方交付源代码。

## 第九条 数据

9.1 甲方在软件中录入的订单、客户、绣工及结算数据归甲方所有，乙方仅在提供部署和维护服务时接触，不得用于其他目的，不得向第三方提供。

9.2 乙方远程维护时应使用甲方提供的账号，不得复制或带走甲方数据；乙方应对其工作电脑采取防病毒和访问控制措施。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿由此造成的损失（受第十一条限额约束）。

## 第十条 保密

双方对在合作中获知的对方商业信息、技术资料（包括甲方的客户名单、绣稿图样、定价信息）负有保密义务，未经对方同意不得向第三方披露，本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、数据损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。

12.2 合同解除时，甲方已支付的款项不予退还，但乙方严重违约导致解除的除外。

12.3 甲方在开发过程中无故要求终止合作的，已支付款项不予退还，乙方已完成的工作成果仍归乙方所有。

12.4 合同解除或终止后，乙方应甲方要求，以Excel格式导出甲方数据，导出服务按乙方当时的收费标准另行收费。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方平台接口调整等非乙方原因造成的延误或服务中断，乙方不承担责任。因微信或网店平台规则变化需要修改小程序或接口的，乙方可另行收费。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、保全费及律师费由败诉方承担。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

15.3 乙方有权将甲方名称和标识列入乙方客户名单，用于乙方的市场宣传。

15.4 双方通过本合同首页所列的联系电话、微信和电子邮箱进行通知，发出即视为送达。

甲方（签章）：　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CCS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shaoxing Huafang Textile Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Buyer"), and Cañari Colour Systems S.A., a company incorporated in the Republic of Ecuador with its principal office in Azogues, Province of Cañar (the "Vendor").
P:The Buyer operates three continuous dyeing lines and a colour laboratory and wishes to replace its recipe spreadsheets with a colour management system. The Vendor develops and licenses the ColorAndes laboratory colour management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColorAndes Laboratory and Production edition, version 8, in object code, with its database schema, documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, recipe conversion scripts and configuration developed by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all recipes, spectral measurements, batch records, customer shade standards and other data entered into or generated by the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its sites in the People's Republic of China for its own business, for up to 40 named laboratory users and an unlimited number of production read-only users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Buyer's servers, configure it for the Buyer's fibre types, dye classes and substrates, and calibrate it against the Buyer's two spectrophotometers.
P:3.2 The Vendor shall develop interfaces between the Software and the Buyer's automatic dye dispensing system and its ERP system, so that approved recipes are sent to the dispensers and batch consumption is posted to the ERP.
P:3.3 The Vendor shall convert about 18,000 historical recipes from the Buyer's spreadsheets, build the shade library, and deliver eight production and quality report templates agreed with the Buyer.
P:3.4 The Vendor shall train the Buyer's laboratory staff, supervisors and IT administrators at the Buyer's site.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,650,000, made up of the Licence Fee of CNY 1,260,000, implementation and interface services of CNY 348,000 and training of CNY 42,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:4.2 The Buyer shall pay 10 % of the Contract Price within 30 days after signature and receipt of a valid invoice; 55 % within 30 days after the Vendor completes installation, calibration and the interfaces and the parties sign an installation certificate; and 35 % within 30 days after Final Acceptance. The installation certificate records progress only and is not acceptance.
H:Article 5 Delivery Schedule
P:5.1 The Vendor shall complete installation and calibration within 60 days after signature, the interfaces and recipe conversion within 120 days after signature, and shall be ready for acceptance testing within 150 days after signature.
P:5.2 If the Vendor is late in reaching any of these dates for reasons not attributable to the Buyer, it shall pay delay damages of 0.08 % of the Contract Price for each day of delay, up to a total of 8 % of the Contract Price. Delay damages do not limit the Buyer's right to terminate under Article 13.
H:Article 6 Acceptance
P:6.1 The Vendor shall submit a test plan at least 14 days before acceptance testing. The acceptance criteria are: all functions in the technical specification work as described; first-shot match rate of new recipes on 200 test shades is at least 85 % at a colour difference of 1.0 or less; recipes are transferred to the dispensers without error for 20 consecutive production days; batch consumption posted to the ERP reconciles with the dispenser logs; and the converted recipe library reconciles with the source spreadsheets.
P:6.2 The Buyer shall carry out the tests with the Vendor's support within 30 days after the Vendor's notice of readiness. If any criterion is not met, the Vendor shall correct the defect and the failed tests shall be repeated at the Vendor's cost.
P:6.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate. Use of the system in production before that date is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:7.2 Support requests are classified by severity. For a Severity 1 incident (the laboratory cannot formulate recipes or recipes cannot be sent to the dispensers) the Vendor shall respond within 1 hour, 24 hours a day, and provide a workaround or fix within 12 hours. For a Severity 2 incident the Vendor shall respond within 2 business hours and provide a fix within 3 business days.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response or fix time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or support invoice.
P:7.4 After the Warranty Period the Buyer may order annual support at a fee of 11 % of the Licence Fee per year, that is CNY 138,600. The fee is fixed for the three years following the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software and its standard documentation.
P:8.2 The Custom Deliverables, including their source code, belong to the Buyer from the date of payment for them. The Buyer may use, modify and license them freely. The Vendor shall deliver the source code with the installation certificate.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including after termination.
P:9.2 Remote access by the Vendor shall take place only through the Buyer's VPN with multi-factor authentication, after the Buyer approves each session. The Vendor shall not transfer Buyer Data out of the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of becoming aware of it, cooperate in the investigation and remediation, and be liable for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including recipes, customer shade standards and prices, and shall use it only for this Agreement, during its term and for five years afterwards.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150 % of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
P:11.2 Neither party is liable for indirect or consequential loss, except where caused by wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach, or if delay damages reach their maximum under Article 5.2.
P:13.2 The Vendor may terminate this Agreement if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
P:13.3 On termination by the Buyer under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted, and the Buyer may keep the Custom Deliverables delivered up to that date.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by an event beyond its reasonable control, provided it notifies the other party promptly.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Ecuador.
P:15.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between the parties' project directors. If it is not resolved within 30 days, it shall be finally settled by arbitration administered by the Arbitration and Mediation Centre of the Chamber of Commerce of Cuenca, Ecuador, by a sole arbitrator, seated in Cuenca and conducted in English.
H:Article 16 General
P:16.1 This Agreement, with its annexes, is the entire agreement of the parties. It takes effect on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Project plan. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, intended rules
FILES = {  # key: (file name, format, language, category)
    "z01": ("h878z01_urban_village_renewal_platform.pdf", "pdf", "zh", "software"),
    "z02": ("h878z02_tea_tray_line_control_retrofit.docx", "docx", "zh", "hardware"),
    "z03": ("h878z03_kickboxing_chain_booking_saas.txt", "txt", "zh", "cloud"),
    "z04": ("h878z04_cemetery_system_annual_om.txt", "txt", "zh", "services"),
    "z05": ("h878z05_cross_stitch_tracking_supplier_template.md", "md", "zh", "software"),
    "e01": ("h878e01_dye_lab_colour_licence_ecuador_vendor.pdf", "pdf", "en", "software"),
    "e02": ("h878e02_supplier_quality_saas_order_form.md", "md", "en", "cloud"),
    "e03": ("h878e03_kiln_sensor_monitoring_buyer_paper.docx", "docx", "en", "hardware"),
    "e04": ("h878e04_managed_it_operations_36_months.md", "md", "en", "services"),
    "e05": ("h878e05_grain_market_data_api_subscription.txt", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
TERMS = {
    "z01": T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True, False, "PRC", G),
    "z03": T(None, None, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True,
             "PRC", S),
    "z04": T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False,
             None, S),
    "z05": T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None, None,
             G),
    "e01": T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11, False, True, False, "Ecuador",
             G),
    "e02": T(99.95, 0.5, True, "buyer", True, False, True, 400 / 570000 * 100, 9 / 24 * 100, None, True, None, None, None,
             True, True, False, "PRC", S),
    "e03": T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False, "PRC", G),
    "e04": T(None, 0.25, True, "buyer", False, True, True, None, 125, None, True, None, None, None, False, True, False,
             "PRC", S),
    "e05": T(99.95, 1, True, "buyer", True, True, False, 500 / 730000 * 100, 150, None, True, None, None, None, False,
             True, True, "PRC", S),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 2358000),
    "z02": (True, True, True, False, 1572000),
    "z03": (False, True, None, False, 562000),
    "z04": (True, True, None, False, 468000),
    "z05": (True, True, False, True, 310000),
    "e01": (True, True, True, False, 1650000),
    "e02": (True, True, None, False, 570000),
    "e03": (True, True, True, False, 2224000),
    "e04": (True, False, None, False, 3216000),
    "e05": (True, True, None, False, 730000),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 1180000, "z02": 1326000, "z05": 128000, "e01": 1260000, "e03": 1983400}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # arbitration seated in Cuenca, Ecuador

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "z04": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40.0, 5


def tco(key):
    t, ex = TERMS[key], EXTRA[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    total = ex[4] + fees
    return total, fees / total * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    t, (sla, ld_stated, capped, deemed, value) = TERMS[key], EXTRA[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c and c[1] > TCO_SHARE_TH:
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
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, cat = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": TERMS[key], "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
TH_PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*(?:个)?小时", r"四\s*(?:个)?小时", r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?)\b", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])0?\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?![0-9十百])", r"千分之零点五",
    r"(?<![0-9.])100\s*(?:%|per\s*cent|percent)", r"百分之百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![0-9.])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.])15\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![0-9.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.])12\s*-?\s*(?:个月|months?)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![第每十])一年",
    r"\bone\s*-?\s*year\b",
]
TH_RE = re.compile("|".join(TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "within four hours", "0.05%", "0.05 %", "万分之五", "100%",
            "100 per cent", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "forty per cent", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "一年", "one year", "one-year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.5 hours", "130%", "150 %", "0.15%", "115%",
             "0.055%", "万分之八", "百分之三十五", "24个月", "112 months", "36 months", "第一年", "每一年", "1.4 hours",
             "35 %", "45%", "0.08 %", "120 %", "240 months"]


def selftest():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def readback(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)

E02 = """# QualiTrace Subscription Order Form

**Order Form No. NS-QT-0419** · Vendor: Nevado Software Cía. Ltda., Calle Sucre, Tulcán, Province of Carchi, Ecuador ("Vendor") · Customer: Xiamen Haixin Frozen Foods Co., Ltd., Haicang District, Xiamen, Fujian Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A – Order Details

**A1. Service.** QualiTrace, the Vendor's cloud application for supplier quality management and lot traceability, Enterprise edition, with the Supplier Portal, Inspection, Non-Conformance and Corrective Action (CAPA), Certificate Tracking and Lot Trace modules, and the QualiTrace mobile application for receiving inspectors.

**A2. Subscription Term.** Two (2) Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A4; the second Subscription Year follows it directly.

**A3. Fees.**

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| QualiTrace Enterprise subscription, Subscription Year 1 | 180 named users | 1,450 per user per Subscription Year | 261,000 |
| QualiTrace Enterprise subscription, Subscription Year 2 | 180 named users | 1,450 per user per Subscription Year | 261,000 |
| Onboarding services (one-time) | 1 | 48,000 | 48,000 |
| **Total Fees for the Subscription Term** | | | **570,000** |

Fees are in CNY and include VAT. Additional users may be added at the same unit price, pro rata to the end of the current Subscription Year.

**A4. Onboarding.** Vendor shall configure the Service for Customer's three processing plants and cold store, import Customer's list of about 420 approved suppliers and their certificates, build Customer's inspection plans for frozen shrimp, fish and squid, connect the Service to Customer's ERP for purchase orders and goods receipts, and train 25 key users. Target Go-Live Date: 75 days after signature of this Order Form. Onboarding Acceptance requires that: (a) all modules in A1 work as described in the Documentation with Customer's configuration; (b) purchase orders and goods receipts flow from the ERP to the Service without error for ten consecutive working days; (c) a mock recall traces three finished-goods lots back to raw-material lots and suppliers within 30 minutes; and (d) key-user training is complete. Customer shall confirm acceptance in writing within ten working days after Vendor's notice of readiness, or give reasons. Use of the Service for live receiving before that date is not acceptance. If Onboarding Acceptance is not reached by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay CNY 400 for each day of delay.

**A5. Invoicing and Payment.** The onboarding fee is invoiced on Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days of receipt of a valid VAT invoice. Customer pays nothing before the Service Start Date.

**A6. Contacts and Hosting.** Customer contact: Head of Quality Assurance. Vendor contact: Account Director, Asia. The Service is hosted for Customer in the Shanghai region of Alibaba Cloud, which Customer approves as Vendor's hosting provider by signing this Order Form.

## Part B – General Terms

**1. Definitions.** "Customer Data" means all data, documents and records that Customer or its users or suppliers submit to the Service or that the Service generates from them. "Documentation" means Vendor's published user guides for the Service. "Customer Configurations" means the inspection plans, forms, workflows, report layouts and interfaces built for Customer during onboarding or later at Customer's request.

**2. Use of the Service.** Vendor grants Customer and its affiliates in mainland China the right to access and use the Service during the Subscription Term for their internal business. Customer shall not resell the Service or use it to build a competing product. Customer may invite its suppliers to use the Supplier Portal at no extra charge.

**3. Service Levels.**
3.1 The Service will be available at least 99.95 % of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 05:00 Beijing time.
3.2 Vendor shall respond to a Priority 1 incident (the Service or the Lot Trace module is unavailable for all users) within 30 minutes at any time, and to a Priority 2 incident (a module is impaired for some users) within 2 business hours.
3.3 If monthly availability falls below the level in 3.1, Customer receives a service credit of 5 % of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50 % of that monthly amount. Each missed Priority 1 response time gives a credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the term, refunded.

3.4 Support is provided in English and Chinese through the support portal, by e-mail and by telephone. Vendor shall keep Customer informed of progress on every open Priority 1 incident at least every hour until it is resolved and shall deliver a root-cause report within five business days after resolution.

**4. Customer Data.**
4.1 As between the parties, Customer owns the Customer Data. Vendor processes it to provide the Service and support under this Order Form.
4.2 Vendor may also compile aggregated and de-identified data derived from Customer Data and from Customer's use of the Service, and may use that data during and after the Subscription Term to improve its products, develop new features and publish industry benchmarks, provided that Customer and its suppliers are not identified.
4.3 On expiry or termination, Vendor shall make Customer Data available for export in CSV and PDF formats for 60 days and shall then delete it from the Service and its backups within a further 30 days.

**5. Security.** Vendor shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs for at least one hundred and eighty days, and store Customer Data only in mainland China. Vendor shall notify Customer of any breach of security affecting Customer Data within 24 hours of becoming aware of it, take prompt steps to contain it, and is liable for losses caused by its failure to comply with this section.

**6. Intellectual Property.** Vendor owns the Service, the Documentation and all improvements to them. Customer Configurations, once paid for, belong to Customer, and Customer may use, copy, modify and let third parties use them freely. Vendor shall export them on request in a documented format.

**7. Confidentiality.** Each party shall protect the other party's non-public information with at least reasonable care, use it only for this Order Form, and not disclose it to third parties other than its advisers and approved subcontractors bound by similar obligations. This obligation lasts for five years after the end of the Subscription Term.

**8. Subcontracting.** Vendor shall not subcontract any part of the Service or the onboarding services without Customer's prior written consent, except the hosting provider approved in A6. Vendor is responsible for its subcontractors.

**9. Renewal.** At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms, each equal in length to one Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Vendor may increase the fees for any renewal term to its then-current list price by notice given at least 75 days before that renewal term begins.

**10. Limitation of Liability.** Each party's total liability arising out of or relating to this Order Form is limited to the fees paid or payable by Customer in the nine (9) months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations, to breach of section 5 or 7, or to wilful misconduct. Neither party is liable for loss of profits or indirect losses.

**11. Termination.** Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates under this section, Vendor shall refund any prepaid fees for the remainder of the Subscription Term.

**12. Governing Law and Disputes.** This Order Form is governed by the laws of the People's Republic of China. Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in Chinese and English.

**13. Notices.** Notices under this Order Form must be in writing and sent by courier or e-mail to the contacts in A6. A notice of breach, non-renewal or termination sent by e-mail is effective only when the recipient acknowledges it or a copy is delivered by courier.

**14. General.** This Order Form is the entire agreement of the parties on its subject and replaces any terms shown in the Service or on Vendor's website. Changes require a written amendment signed by both parties. Neither party may assign this Order Form without the other's consent, except to a successor of its whole business.

Signed for Customer: ____________________ Date: ________

Signed for Vendor: ____________________ Date: ________
"""

E03 = """T:Supply Contract for Kiln Sensors and Monitoring Software
P:Contract No. FNC-EQ-2027-031
P:Buyer: Foshan Nanzhuang Ceramic Tiles Co., Ltd., Nanzhuang Town, Chancheng District, Foshan, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Amazonía Sensing S.A.S., Avenida 29 de Mayo, Macas, Province of Morona Santiago, Ecuador (the "Supplier").
P:The Buyer runs four roller kilns and two spray dryers at its Nanzhuang plant and has selected the Supplier, after comparing three offers, to supply wireless temperature and vibration sensors, gateways and monitoring software. This contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the KilnWatch monitoring software, server and client components, in the version current at delivery, and its updates.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and a perpetual licence of the Software, install and commission the System, connect it to the kiln control systems and the Buyer's energy management platform, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 2,224,000, inclusive of VAT, packing, transport to the Buyer's plant, insurance, customs clearance, installation and training. It is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless thermocouple and vibration sensor, high-temperature housing|420|3,150|1,323,000
TB:2|Industrial wireless gateway with PoE and backup battery|28|9,800|274,400
TB:3|KilnWatch monitoring software, perpetual licence, plant edition|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,983,400
TB:4|Installation, configuration and commissioning|1 lot|214,000|214,000
TB:5|Training of operators and maintenance staff|1 lot|26,600|26,600
TB:|Contract Price|||2,224,000
P:2.3 The Supplier shall hold spare sensors equal to 2 % of the installed quantity at the Buyer's plant during the warranty period, at its own cost.
H:3. Payment
P:3.1 The Buyer shall pay 10 % of the Contract Price within 20 working days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55 % of the Contract Price within 20 working days after all Equipment is delivered and installed and the parties sign an installation certificate. The installation certificate confirms quantities and physical installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35 % of the Contract Price within 20 working days after Final Acceptance.
P:3.4 Each payment requires a valid special VAT invoice. The advance payment guarantee is returned when the installation certificate is signed.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation within 40 days after delivery. Installation on each kiln must be done during the planned maintenance stops notified by the Buyer, and the Supplier shall not interrupt kiln operation without the Buyer's written approval.
P:4.2 If the Supplier is late in delivery, installation or readiness for acceptance testing, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price. If the maximum is reached, the Buyer may terminate under clause 12.
P:4.3 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the installation certificate.
H:5. Acceptance
P:5.1 After installation, the System shall run for a trial period of 30 consecutive days. The acceptance criteria are: (a) every sensor reports to the Software at the configured interval throughout the trial period, with no gap longer than ten minutes on any kiln; (b) sensor temperature readings differ from the Buyer's calibrated reference thermocouples by no more than 3 °C at five test points per kiln; (c) alarms for over-temperature and abnormal roller vibration reach the control room and the maintenance team's mobile phones within 10 seconds in every test; (d) data is transferred to the Buyer's energy management platform and reconciles with the Software's daily reports; and (e) all documentation listed in Annex 2 has been delivered.
P:5.2 The Buyer shall carry out the acceptance tests with the Supplier within 10 working days after the end of the trial period. If a criterion is not met, the Supplier shall correct the fault and the trial period or the failed test shall be repeated at the Supplier's cost.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Installation, use of the System in production and payment do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period it shall repair or replace faulty Equipment, correct Software defects and supply Software updates free of charge, including parts, labour, travel and shipping.
P:6.2 The Supplier shall provide support according to the following table:
TB:Severity|Description|Response time|Restoration
TB:Severity 1|Monitoring of one or more kilns is lost, or alarms are not delivered|1 hour, 24 hours a day|on-site replacement within 48 hours
TB:Severity 2|Individual sensors or gateways fail, or reports are wrong|2 business hours|within 5 business days
TB:Severity 3|Questions and minor issues|1 business day|next update
P:6.3 If the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,500 for each hour of delay, which the Buyer may deduct from any amount due to the Supplier.
P:6.4 After the warranty period, the Buyer may order annual support covering the same services. The annual support fee is 8 % of the Equipment and Licence Subtotal, that is CNY 158,672 per year, and is fixed for years four and five after Final Acceptance. Support is ordered by purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier retains ownership of the Software and the firmware of the Equipment, and grants the Buyer a perpetual, irrevocable licence to use them at the Buyer's sites.
P:7.2 The configuration, dashboards, alarm rules and interface programs developed for the Buyer under this contract, including source code, belong to the Buyer, which may use, modify and license them without restriction.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data and Security
P:8.1 All data generated by the System, including temperature, vibration and energy data, production records and reports, belongs to the Buyer. The Supplier may use it only to perform this contract and shall not copy, retain or disclose it.
P:8.2 The Software is installed on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN with multi-factor authentication and after the Buyer's approval for each session. Gateways shall use encrypted communication and default passwords shall be changed before commissioning.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the System within 12 hours of becoming aware of it, take immediate remedial action and bear liability for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's production processes, kiln parameters, recipes and business received under this contract, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the contract ends.
H:10. Liability
P:10.1 The total liability of the Supplier under this contract is limited to 150 % of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach that is not remedied within 15 days after written notice, or if the liquidated damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove any Equipment the Buyer rejects.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Foshan Arbitration Commission for arbitration in Foshan in accordance with its rules. The award is final.
H:14. General
P:14.1 The Supplier shall comply with the Buyer's site safety rules, including the permit-to-work procedure for work near the kilns, and shall provide its own personal protective equipment.
P:14.2 This contract is signed in two English originals with a Chinese translation for reference; in case of conflict the English text prevails. It takes effect on signature by both parties.
P:Annex 1: Technical specification and sensor layout. Annex 2: Documentation list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Operations Services Agreement

**Agreement No. RBT-HZ-2027-07**

This Managed IT Operations Services Agreement (the "Agreement") is entered into between:

- **Hangzhou Lanting Cross-Border Trading Co., Ltd.**, Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"); and
- **Río Babahoyo Tech Services S.A.**, Avenida 10 de Agosto, Babahoyo, Province of Los Ríos, Ecuador (the "Provider").

The Customer operates online stores in eleven markets and a warehouse management system at two bonded warehouses. It wishes to outsource its IT service desk, end-user support and infrastructure operations to the Provider, which runs a bilingual (Chinese and English) operations centre and a local team in Hangzhou.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the amounts in Schedule 3.

1.3 "Customer Data" means all data of the Customer, its customers and its employees that the Provider accesses, receives or processes in performing the Services.

1.4 "Transition" means the takeover of the Services from the Customer's in-house team and current contractor, as set out in Section 3.

1.5 "Service Commencement Date" means the day after Transition Acceptance.

## Section 2. Term

2.1 The Agreement takes effect on signature. The service period is 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## Section 3. Transition

3.1 The Provider shall complete Transition within 60 days after signature, following the transition plan agreed at signature. Transition includes knowledge transfer from the current contractor, documentation of all systems in scope, setting up monitoring for all servers and cloud resources, migration of open tickets into the Provider's service management tool, and a two-week period of parallel operation.

3.2 Transition Acceptance requires that: (a) all servers, cloud resources, network devices and applications listed in Schedule 1 are documented in the configuration database and monitored; (b) every runbook listed in the transition plan has been written and tested in the presence of the Customer's IT manager; (c) the service desk has handled all tickets during parallel operation within the Service Levels; and (d) backup and restore of the warehouse management system has been tested successfully.

3.3 The Customer shall confirm Transition Acceptance in writing within five working days after the Provider's notice of completion, or state which criteria are not met. The Provider shall then correct the gaps and give notice again.

## Section 4. Services and Service Levels

4.1 From the Service Commencement Date the Provider shall perform the Services in Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If the Provider misses a Service Level, the Customer is entitled to the Service Credits in Schedule 3. Service Credits are a price adjustment for the reduced service and do not affect the Customer's other rights.

4.3 The Provider shall report its performance against each Service Level monthly. The parties' service managers meet monthly, and senior management quarterly, to review performance and improvements.

## Section 5. Charges and Payment

5.1 The charges are: a one-time Transition fee of CNY 120,000, and a monthly service charge of CNY 86,000 for each of the 36 months of the Term. The total charges over the Term are CNY 3,216,000, including VAT.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice. No amount is payable before Transition Acceptance.

5.3 Work outside the Services, such as projects requested by the Customer, is charged only under a written work order at the day rates in Schedule 1 and with a fixed or capped price.

## Section 6. Personnel

6.1 The Provider shall assign a named service manager and keep at least two engineers on site in Hangzhou during Customer business hours. Key personnel may be replaced only with the Customer's consent, which shall not be unreasonably withheld.

6.2 The Provider's personnel shall follow the Customer's site rules, access procedures and change management process.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell it, disclose it to third parties or use it for any other purpose.

7.2 At the end of the Term the Provider shall return all Customer Data and documentation to the Customer or to a successor provider named by the Customer.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, monitoring templates, configuration records and documentation produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider without restriction.

8.2 The Provider's pre-existing tools remain its property. Where a deliverable depends on them, the Provider grants the Customer a perpetual, royalty-free licence to use them for its own business.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's business and technical information, including information about its systems, customers, suppliers and prices, and shall use it only for this Agreement.

9.2 Disclosure is permitted only to employees and approved subcontractors who need to know and are bound by similar obligations, or where required by law. These obligations continue for three years after the Agreement ends.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor as for its own.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 125 % of the total charges in Section 5.1. The limit does not apply to personal injury, wilful misconduct or the Customer's obligation to pay the charges.

11.2 Neither party is liable for loss of profit or indirect loss.

## Section 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that it does not remedy within 30 days after written notice, or if Service Credits reach their monthly maximum in three months within any period of six months.

12.2 Either party may terminate by written notice if the other becomes insolvent.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the same monthly rate, transfer knowledge to the successor provider and hand over all documentation, credentials and runbooks.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by the parties' senior management within 30 days shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 14. General

14.1 Neither party may assign this Agreement without the other's written consent. Notices must be in writing and sent to the service managers named in the transition plan, with a copy by e-mail.

14.2 Amendments must be in writing and signed by both parties. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Ticket intake by portal, phone and chat in Chinese and English for about 460 users; first-line fixes; password resets | 24 × 7 |
| End-user support | Laptops, printers, scanners and mobile devices at the Hangzhou office and two bonded warehouses | Mon–Sat 08:00–20:00 on site |
| Infrastructure operations | Monitoring, patching and capacity management of 64 servers, cloud resources and 38 network devices | 24 × 7 monitoring |
| Backup | Daily backup of servers and databases, monthly restore tests | Daily |
| Application support | Second-line support of the warehouse management system and store integrations | Mon–Sat 08:00–22:00 |
| Additional work | Projects by work order, CNY 2,600 per engineer day | By order |

## Schedule 2 – Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Online stores, order flow or warehouse system down or seriously degraded | 15 minutes | 3 hours |
| P2 | A function or site impaired with a workaround available | 30 minutes | 8 hours |
| P3 | A single user affected | 2 hours | 2 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

## Schedule 3 – Service Credits

| Missed Service Level | Service Credit |
|---|---|
| P1 response or resolution missed | 5 % of the monthly service charge per incident |
| P2 resolution missed | CNY 1,500 per incident |
| P3 or P4 resolution targets missed on more than five tickets in a month | 3 % of the monthly service charge |
| Maximum Service Credits per month | 20 % of the monthly service charge |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PND-CN-2027-05

BETWEEN

Pampa Norte Datos S.R.L., a company organised under the laws of the Oriental Republic of Uruguay, with its office at Calle Lecueder, Artigas, Department of Artigas, Uruguay ("Vendor"),

AND

Qingdao Haiyue Grain and Oils Import Co., Ltd., a company organised under the laws of the People's Republic of China, with its office in Huangdao District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Customer imports soybeans, maize and frozen beef from South America. Vendor collects and publishes daily price assessments, crop progress data, port line-ups and weather observations for Uruguay, southern Brazil, Argentina and Paraguay, and delivers them through a web dashboard and an application programming interface (API). Customer wishes to subscribe to these data for its trading and risk teams and to feed them into its internal risk system.

1. DEFINITIONS

1.1 "Licensed Data" means the price assessments, crop progress reports, port line-ups, weather observations and forecasts, and related historical series made available by Vendor under this Agreement.

1.2 "Platform" means Vendor's web dashboard and API through which the Licensed Data is delivered.

1.3 "Customer Inputs" means the positions, portfolios, watch lists, queries, user details and other information that Customer or its users upload to or enter into the Platform.

1.4 "Subscription Year" means each consecutive period of the Subscription Term beginning on the Activation Date or on an anniversary of it.

1.5 "Activation Date" means the date on which Customer confirms Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Platform and to use the Licensed Data for its internal trading, procurement, risk management and reporting, for up to 35 named users and three system accounts for API access.

2.2 Customer may store Licensed Data in its internal systems, produce internal reports and analyses from it, and share extracts with its banks and auditors. Customer shall not resell the Licensed Data or publish it outside its group.

2.3 Customer may keep and continue to use Licensed Data received during the Subscription Term for its internal records after the term ends, but may not update it.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years starting on the Activation Date.

3.2 This Agreement does not renew automatically. Any further subscription requires a new order agreed in writing by both parties, including the fees for that period.

4. SET-UP AND INTEGRATION

4.1 Vendor shall set up user accounts, configure Customer's dashboards and watch lists, deliver ten years of historical series, and build and test an API connector that loads the Licensed Data into Customer's risk system every 15 minutes during trading hours.

4.2 Vendor shall complete set-up and integration within 45 days after signature. If Vendor is late for reasons not caused by Customer, Vendor shall pay Customer CNY 500 for each day of delay, deducted from the set-up fee or the next invoice.

4.3 Integration Acceptance requires that: (a) all data sets listed in Schedule A are available on the Platform and through the API; (b) the connector has loaded data into Customer's risk system without error for ten consecutive trading days; (c) the historical series reconcile with Vendor's published reports for twenty sample dates chosen by Customer; and (d) user training has been given. Customer shall confirm acceptance in writing or give reasons within five working days after Vendor's notice. Use of the Platform before that date is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: a subscription fee of CNY 348,000 for each Subscription Year, that is CNY 696,000 for the two Subscription Years; and a one-time set-up and integration fee of CNY 34,000. The total fees under this Agreement are CNY 730,000, including VAT.

5.2 The set-up and integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the beginning of that Subscription Year. Invoices are payable within 30 days after receipt of a valid invoice. Nothing is payable before the Activation Date.

5.3 Additional named users may be added at CNY 8,200 per user per Subscription Year, pro rata for a part year.

6. SERVICE LEVELS

6.1 The Platform and the API shall be available at least 99.95 % of the time in each calendar month, measured by Vendor's monitoring and excluding maintenance announced at least three days in advance and performed outside Beijing business hours.

6.2 Daily price assessments shall be published by 07:00 Beijing time on each business day in Uruguay. Weekly crop progress reports shall be published every Friday, and port line-ups updated at least twice a day.

6.3 Vendor's support desk responds to a Priority 1 incident (Platform or API unavailable, or the daily assessments not published) within 1 hour at any time, and to other incidents within 1 business day.

6.4 If availability in a month falls below the level in 6.1, or the daily assessments are published late on more than two days in a month, Customer receives a credit of 5 % of the monthly equivalent of the subscription fee for each such failure, up to 25 % of that monthly amount. Credits are deducted from the next invoice or refunded after the end of the Subscription Term.

7. DATA PROTECTION AND SECURITY

7.1 Customer Inputs belong to Customer. Vendor shall process them only to provide the Platform and support to Customer and shall not use them for any other purpose, including the compilation of its own data products.

7.2 Vendor shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of access. Vendor shall comply with the PRC Personal Information Protection Law for personal information of Customer's users and obtain Customer's consent before any transfer of such information outside mainland China.

7.3 Vendor shall notify Customer of any unauthorised access to or loss of Customer Inputs within 24 hours of becoming aware of it, investigate and contain the incident, and compensate Customer for losses caused by its failure to comply with this clause.

7.4 At the end of the Subscription Term Vendor shall return Customer Inputs in a standard format on request and delete them within 30 days.

8. INTELLECTUAL PROPERTY

8.1 Vendor and its data sources retain all rights in the Licensed Data and the Platform.

8.2 The API connector, dashboard configurations and any scripts developed for Customer under clause 4 belong to Customer, which may use, modify and have third parties maintain them freely. Vendor shall deliver their source code at Integration Acceptance.

8.3 Reports and analyses that Customer creates using the Licensed Data belong to Customer, subject to the restrictions in clause 2.2.

9. SUBCONTRACTORS AND DATA PARTNERS

9.1 Vendor may engage subcontractors, including hosting providers, field reporters and third-party data suppliers, to perform any part of this Agreement. Vendor shall inform Customer of its principal subcontractors on request and remains responsible for their performance.

10. WARRANTIES

10.1 Vendor warrants that it has the right to license the Licensed Data, that the Licensed Data is compiled with reasonable skill and care from sources it considers reliable, and that the Platform will perform materially as described in its documentation.

10.2 Customer acknowledges that market data may contain errors and that trading decisions remain its own responsibility. Vendor shall correct any error notified by Customer promptly and republish the corrected data.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 150 % of the total fees in clause 5.1, except for personal injury, wilful misconduct, breach of clause 7 and Customer's obligation to pay the fees, which are not limited.

11.2 Neither party is liable for indirect loss or loss of trading profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the part of the subscription fee paid for the remainder of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that is not resolved by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao, and the award is final and binding on both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business, on notice to the other party. Each party bears its own costs of negotiating and signing this Agreement.

14.2 Notices shall be given in writing by e-mail with confirmation of receipt, or by courier, to the addresses in Schedule B.

14.3 This Agreement, with Schedule A (Data Sets) and Schedule B (Contacts), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SIGNED for Vendor: ____________________     SIGNED for Customer: ____________________
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
LENGTH = {"zh": (2750, 3000), "en": (1450, 1650)}


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, lang, cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)

    problems = []
    covered = set()
    for key, (name, fmt, lang, cat) in FILES.items():
        text = readback(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = LENGTH[lang]
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(form)
            if m:
                problems.append("%s: threshold figure %r in %r" % (key, m.group(0), form[max(0, m.start() - 30):m.end() + 30]))
                break
        t = TERMS[key]
        for k, th in TH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append("%s: %s equals threshold %s" % (key, k, th))
        c = tco(key)
        if c and abs(c[1] - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of %s" % (key, c[1], TCO_SHARE_TH))
        rules = derive(key)
        if rules != sorted(DESIGN[key]):
            problems.append("%s: derived %s != design %s" % (key, rules, sorted(DESIGN[key])))
        covered |= set(rules)
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-52s %5d %-6s %s %s" % (key, name, n, risk(rules), ("TCO %.0f / %.1f%%" % c) if c else "", rules))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: %s" % missing)
    ndraft = sum(1 for k in FILES if not derive(k))
    if ndraft != 2:
        problems.append("compliant drafts: %d" % ndraft)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
