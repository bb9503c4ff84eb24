"""holdout645: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as is; .docx/.pdf are built by ../word_pdf.py (PDF paragraphs broken at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:临江港危险货物安全监管平台建设项目合同
P:合同编号：LJGH-ZC-2026-017（政府采购）
P:甲方（采购人）：临江市港航事业发展中心
P:乙方（供应商）：南京海衡信息技术有限公司
P:根据临江市政府采购项目（公开招标）的招标文件、乙方的投标文件及中标通知书，甲乙双方按照《中华人民共和国民法典》《中华人民共和国政府采购法》，就港口危险货物安全监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供港口危险货物安全监管平台软件（V5.3）永久使用许可，部署于甲方政务云，许可范围为全港十一个危险货物作业码头及三处集装箱堆场。
P:1.2 乙方按甲方需求完成以下定制开发：危险货物申报与港口作业许可系统对接、堆场重点箱位温度及可燃气体监测接入、视频智能识别（违规吸烟、越界停车、未佩戴防护用品）、应急预案数字化及一张图展示。
P:1.3 乙方负责平台安装部署、数据初始化、与海事及应急管理部门系统的接口联调，并对甲方及码头企业操作人员进行培训，培训不少于六期，每期不少于两天。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零玖万陆仟元整（¥2,096,000），为含税固定总价，其中：平台软件许可费¥1,180,000；定制开发费¥736,000；实施部署费¥142,000；培训费¥38,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件许可及税费，除本合同另有约定外，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署及定制开发、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票，甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成部署及全部定制开发，并提交初步验收申请。
P:4.2 乙方应提交的交付物包括：软件介质及授权文件、定制开发源代码、数据库设计文档、接口说明、用户手册、运维手册及测试报告。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方同意不得更换；甲方认为项目人员不能胜任的，有权要求乙方在七日内更换。
P:4.4 乙方应按周向甲方提交项目进度报告，说明已完成工作、存在问题及下周计划；进度滞后超过十日的，乙方应提交书面赶工方案并经甲方确认后执行。
P:4.5 合同签订后十日内，乙方应向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收：由甲方组织，按招标文件技术要求逐项测试，应达到以下标准：危险货物申报数据与作业许可系统一致率不低于99.8%；监测数据从采集到平台展示不超过5秒；视频识别准确率不低于92%；300个并发用户下主要页面响应时间不超过2秒。
P:5.2 最终验收：初步验收合格后试运行九十日，试运行期间无一级故障、二级故障累计不超过三次，并取得第三方机构出具的网络安全等级保护测评报告及软件测试报告后，由甲方组织专家进行最终验收并出具书面验收意见。
P:5.3 平台上线试运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。质保期内乙方每季度进行一次巡检并提交巡检报告。
P:6.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且质保期满后前三个维护年度内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护且提前三日通知甲方的除外）。
P:7.2 故障分级及响应：一级故障（平台不可用或危险货物申报中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）24小时内答复。
P:7.3 乙方未按时响应或恢复的，每超时一小时扣减¥1,500；月度可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从应付款或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发的程序、源代码、接口、数据模型及文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台运行产生和采集的全部数据（包括企业申报信息、监测数据、视频资料）归甲方所有，乙方不得将其用于本合同以外的任何目的，不得留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、港口设施布局、安防部署及企业商业信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。乙方应与参与本项目的人员签订保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初步验收申请的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定且经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方项目经理擅自离场或未经同意更换的，每发生一次，甲方有权扣减¥5,000。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的工作转包或分包给第三方，不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市港航事业发展中心          乙方（盖章）：南京海衡信息技术有限公司
P:法定代表人或授权代表：__________          法定代表人或授权代表：__________
P:签订日期：2026年__月__日
"""

SRC["z02"] = """T:纸箱折叠糊箱生产线控制系统改造及维保合同
P:合同编号：JHBZ-SB-2026-041
P:甲方：嘉兴禾丰包装制品有限公司
P:乙方：常州精控自动化工程有限公司
P:甲方拟对其二号车间两条全自动折叠糊箱生产线的控制系统进行改造。经比价采购，双方就设备供货、控制软件许可、安装调试及后续维保事宜达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装新的PLC控制系统、伺服驱动、视觉检测单元、人机界面及产线控制软件，实现两条线的订单换型、速度联动、糊口检测及计数堆垛自动化。
P:1.2 改造后单线设计速度不低于每分钟二百二十米，订单换型时间由现状的约四十分钟缩短至十分钟以内。
P:1.3 乙方应为甲方编制改造后的电气图纸、PLC程序、配方参数表及操作维护手册，并与甲方现有ERP系统的生产工单模块对接。
P:1.4 乙方提供的电气元件应为原厂全新正品，控制柜防护等级不低于IP54，电气安装应符合GB/T 5226.1及国家现行电气安装规范；伺服电机、驱动器及PLC须为同一品牌系列，便于甲方备件管理。
P:1.5 乙方应保留原有生产线机械部分的安全联锁功能，并增设急停回路及光栅防护，改造后整线须通过甲方安全部门的安全确认。
P:1.6 乙方应为甲方操作工及电气维修人员各提供不少于三天的现场培训，培训后进行考核，考核合格人员方可独立操作。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾万陆仟元整（¥1,106,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统及伺服驱动|2套|486,000
TB:2|视觉检测单元（糊口及喷码检测）|2套|214,000
TB:3|人机界面及工控机|4台|96,000
TB:4|产线控制软件许可（永久）|2套|168,000
TB:|软硬件小计||964,000
TB:5|安装调试及ERP对接|1项|118,000
TB:6|操作及维护培训|1项|24,000
TB:|合计||1,106,000
P:2.2 上述价格为含税价，含运输、保险、安装辅材及乙方人员差旅费用。
P:2.3 付款方式：（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）设备到货并完成安装、通电调试后，甲方支付合同总价的45%，到货安装不视为验收；
P:（三）两条生产线均通过最终验收后十五个工作日内，甲方支付合同总价的35%。
H:第三条 交货与停机安排
P:3.1 乙方应在合同生效后六十日内将全部设备运至甲方车间。改造须利用甲方安排的停机窗口分线进行，每条线停机时间不得超过七日。
P:3.2 乙方施工期间应遵守甲方车间安全生产管理制度，因乙方原因造成人员伤害或设备损坏的，由乙方负责。
P:3.3 乙方应随设备提供首批易损备件（包括光电开关、编码器、熔断器、喷胶阀等），清单见附件，备件费用已含在合同总价内。
P:3.4 设备到货时，双方共同开箱清点，核对型号、数量及随机资料，并签署到货签收单。到货签收仅确认数量与外观，不代表质量合格。
H:第四条 验收
P:4.1 验收标准：（1）单线连续运行七十二小时，平均速度不低于每分钟二百二十米；（2）糊口漏胶、错位检测准确率不低于98%，误剔率不高于0.3%；（3）订单换型时间不超过十分钟；（4）ERP工单下发与产量回传数据一致；（5）交付文件齐全。
P:4.2 两条线均达到上述标准后，由甲方生产、设备及质量部门联合签署最终验收报告。设备到货、安装通电或甲方投入试生产，均不构成验收合格。
P:4.3 验收未通过的，乙方应在十日内整改后重新验收，整改费用由乙方承担。
P:4.4 验收时乙方应提交PLC程序备份、配方参数表及电气图纸电子版，并在甲方见证下完成程序恢复演练。
H:第五条 质保期
P:5.1 质保期为十八个月，自最终验收合格之日起算。质保期内因设备或软件本身质量问题引起的故障，乙方免费维修或更换。质保期内同一部件故障三次以上的，乙方应免费更换新件，并相应延长该部件质保期。
P:5.2 质保期内乙方每季度上门巡检一次，并免费提供控制软件的缺陷修复及版本升级。
H:第六条 维保服务
P:6.1 故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单工位异常、检测误报）2小时内响应，48小时内处理完毕。
P:6.2 乙方未按上述时限响应或到场的，每超时一小时，甲方有权扣减¥500，从应付款或质保金中扣除。
P:6.3 质保期满后，甲方可选择与乙方签订年度维保合同，年度维保费为软硬件小计的8%，即每年¥77,120，自质保期满起三年内不予上调。
P:6.4 乙方承诺自最终验收之日起八年内持续供应本项目所用主要备件，停产的应提前六个月通知甲方并提供兼容替代方案，替代件价格不高于原件。
P:6.5 乙方应在嘉兴地区设立服务网点或安排常驻工程师，确保现场到达时限的落实，并为甲方开通全天候报修热线。
H:第七条 知识产权
P:7.1 产线控制软件的标准版本知识产权归乙方，甲方享有永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、配方参数、对接程序及全部图纸、文档归甲方所有，甲方可自行或委托他人修改和使用。
H:第八条 数据安全
P:8.1 生产线运行数据、订单及配方数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程维护须事先取得甲方设备部门批准，通过甲方指定的安全接入通道进行，并保留操作日志；不得在设备中植入与合同无关的程序或远程后门。
P:8.3 发生数据泄露、篡改或勒索病毒事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因导致的，乙方承担全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因导致停机时间超过约定的，除支付上述违约金外，还应赔偿甲方因停产造成的直接损失。
P:9.3 乙方交付的设备或软件不符合技术协议要求的，甲方有权要求更换，由此延误的工期按第9.1款计算违约金。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十条 分包
P:10.1 乙方可将现场电气布线、桥架安装等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或改造后经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
P:11.2 任何一方严重违反本合同，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同发生的争议，双方协商解决；协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同附件（技术协议、设备清单、验收大纲）与本合同具有同等效力。
P:13.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：嘉兴禾丰包装制品有限公司          乙方（盖章）：常州精控自动化工程有限公司
P:代表签字：__________          代表签字：__________
P:日期：2026年__月__日
"""

SRC["z03"] = """洗车门店预约及会员管理系统（SaaS）服务合同

合同编号：QJ-IT-2026-0309
甲方：上海清居汽车服务连锁有限公司
乙方：杭州车小二网络科技有限公司

甲方在华东地区经营七十家直营洗车美容门店。为统一门店预约、会员储值及营销管理，甲方向乙方订购"车小二门店云"SaaS服务及配套实施服务。本合同依据甲方的采购比选结果签订，乙方的报价文件及服务承诺为本合同组成部分。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方七十家门店提供在线预约、工位排班、会员储值与积分、套餐卡核销、营销活动、经营报表等功能，每家门店开通一个门店账号及不超过六个员工账号。
2. 乙方为甲方总部开通集团管理后台，支持跨门店会员通用、统一定价及数据汇总。
3. 门店端应支持安卓及苹果平板、收银一体机等常见设备，并支持断网时的离线核销及联网后自动同步。
（二）实施服务
1. 将甲方现有收银系统中的会员档案、储值余额及套餐卡数据迁移至乙方平台，迁移后逐户核对。
2. 完成与甲方微信小程序、支付通道及财务系统的对接，并按甲方品牌要求定制小程序预约页面。
3. 分三批完成七十家门店开通，对店长及收银员进行线上线下培训。
（三）增值服务
1. 服务期内乙方免费提供平台功能的常规升级及新增标准功能，不另收费。
2. 乙方为甲方指定一名客户成功经理，负责需求对接、培训答疑及使用情况回访。
3. 乙方每季度向甲方提交一次会员经营分析报告，并提出营销活动优化建议。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，至次年同日前一日止；第二个服务年度紧随其后。
（二）服务期满前三十日，任何一方均未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方根据届时产品定价调整，调整幅度不超过上一服务年度服务费的8%，乙方应于续期前书面告知甲方调整后的价格。
（三）服务期内，乙方不得单方降低约定的功能范围或服务水平。

三、合同价款及支付
（一）合同总价为人民币伍拾玖万元整（¥590,000），其中：
1. 订阅服务费：每家门店每服务年度¥3,600，七十家门店每服务年度合计¥252,000，两个服务年度合计¥504,000；
2. 实施服务费：¥86,000（一次性）。
（二）支付方式：
1. 实施服务费在系统上线验收合格后十五个工作日内一次性支付；
2. 订阅服务费按服务年度支付，每个服务年度开始后十五个工作日内，甲方支付该服务年度的订阅服务费。
（三）服务期内新增门店的，按每店每服务年度¥3,600的单价按月折算计费。
（四）乙方收款前应向甲方开具合法有效的增值税专用发票；乙方未开具发票的，甲方有权顺延付款且不承担逾期责任。

四、上线验收
（一）乙方应在合同签订后七十五日内完成全部门店开通并申请上线验收。
（二）验收标准：1.会员档案、储值余额及套餐卡数据迁移完整，抽查核对无差异；2.小程序预约、支付、核销全流程测试通过；3.高峰时段（周末上午）系统页面响应不超过3秒；4.七十家门店均已完成培训并可独立操作；5.财务系统对账数据与平台交易记录一致。
（三）达到上述标准的，甲方在五个工作日内出具书面验收意见。门店账号开通或试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改完毕后重新申请验收，因此延误的时间计入乙方逾期期间。

五、服务水平
（一）乙方保证平台每月可用率不低于99.5%，计划维护应安排在凌晨一时至六时之间并提前三日通知。
（二）故障响应：一级故障（平台整体不可用、支付或核销中断）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能异常）2小时内响应，次日内解决。
（三）当月可用率未达到约定的，按当月应分摊的订阅服务费的5%给予服务抵扣；一级故障每超时一小时，另扣¥800。抵扣金额从下期应付费用中扣除。
（四）乙方应提供全天候热线及在线客服，并于每月五日前向甲方提交上月服务报告，列明可用率、故障及处理情况。
（五）影响门店营业的版本升级，乙方应提前七日通知甲方，并安排在门店营业时间以外进行。

六、知识产权
（一）乙方平台软件及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序预约页面、对接接口程序及相关源代码、设计文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。

七、数据归属及数据安全
（一）甲方会员信息、消费记录、储值数据及经营数据归甲方所有。
（二）甲方同意，乙方可在去除会员姓名、手机号等可识别信息后，将上述数据汇总用于乙方的行业分析报告、产品改进及算法模型训练，该项使用在服务期满后仍可继续。
（三）乙方平台应通过网络安全等级保护第三级测评，对会员个人信息加密存储和传输，实行最小权限访问并保留操作日志；乙方应每日备份数据，备份保留不少于九十日。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施并配合甲方履行告知义务；因乙方原因造成的损失由乙方承担。
（五）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，之后删除平台中的甲方数据并出具删除证明。

八、保密
双方对在合作中获知的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本合同签订之日起至合同终止后三年。

九、违约责任
（一）乙方未按第四条约定期限申请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违约给甲方造成损失的，应予赔偿；乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（三）因乙方数据迁移错误导致会员储值或套餐卡余额差异的，乙方应负责核实更正并赔偿甲方因此向会员承担的损失。
（四）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

十一、合同解除
（一）乙方严重违约，或平台连续两个月可用率未达约定，经甲方书面催告后十日内未改正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅服务费。
（二）一方被申请破产或丧失履约能力的，另一方可解除合同。
（三）合同解除或终止的，乙方应按第七条第（五）项的约定移交并删除数据。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，由甲方所在地人民法院管辖。争议期间，双方应继续履行本合同无争议的部分。

十三、其他
（一）本合同附件包括：功能清单、门店清单、数据迁移方案。
（二）甲方应指定项目联系人，及时提供门店资料、原系统数据及对接所需的接口文档，并组织门店人员参加培训。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海清居汽车服务连锁有限公司
乙方（盖章）：杭州车小二网络科技有限公司
日期：2026年__月__日
"""

SRC["z04"] = """殡葬服务中心业务管理系统年度运维服务合同

项目名称：殡葬服务业务管理系统2026年度运维服务（竞争性磋商）
合同编号：ZSBZ-YW-2026-02
采购人（甲方）：舟山市殡葬服务中心
供应商（乙方）：宁波甬信数码科技有限公司

根据本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，就甲方殡葬服务业务管理系统的年度运维服务订立本合同。

一、运维对象
1. 殡葬服务业务管理系统，包括遗体接运调度、冷藏管理、火化预约与排班、告别厅安排、骨灰寄存、殡葬用品销售、收费结算及惠民殡葬补贴核发等模块。
2. 系统所依托的应用服务器、数据库服务器、存储设备、网络设备及甲方三个服务网点的前端设备（自助查询机、叫号屏、票据打印机）。
3. 系统与民政部门殡葬管理信息平台、公安人口信息核查接口及医保结算接口的对接程序。
4. 运维服务不包括硬件更换所需的配件费用；设备损坏需更换配件的，乙方负责提出方案，经甲方同意后由甲方另行采购，乙方负责安装调试。

二、服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满后是否续签，由甲方根据考核结果及采购程序另行确定，本合同不自动续期。服务期内的法定节假日不影响服务的提供。

三、服务内容
1. 驻场运维：乙方派驻两名运维工程师，工作日8:00至17:30在甲方现场值守，节假日及夜间按值班表电话值守；清明、冬至等祭扫高峰期间增派一名工程师。
2. 日常运维：每日检查系统运行状态、服务器资源、数据库及接口运行情况，填写运维日志，发现异常立即处理并记录；每周汇总运行情况报甲方信息科。
3. 巡检与优化：每季度开展一次全面巡检，出具巡检报告；对发现的性能问题进行调优，对系统缺陷进行修复。
4. 需求变更：因政策调整（如补贴标准、收费项目变化）产生的小型功能调整，单项工作量在五个人日以内的，由乙方免费完成，全年累计不超过六十个人日。
5. 备份与演练：按甲方制定的备份策略执行每日增量、每周全量备份，每半年开展一次数据恢复演练并提交演练报告。
6. 应急保障：制定系统应急预案，配合甲方开展应急演练，重大节日前完成专项检查。
7. 操作支持：为各服务网点提供操作咨询，协助处理收费票据打印、自助查询机及叫号屏的日常问题。
8. 用户培训：每年为甲方新入职人员及各服务网点工作人员组织不少于两次系统操作培训。

四、服务费用及支付
1. 本合同总价为人民币叁拾陆万捌仟元整（¥368,000），包括：驻场运维费¥216,000，巡检与优化费¥64,000，应急保障费¥52,000，备份与容灾演练费¥36,000。
2. 服务费按季度支付。每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付该季度服务费（合同总价的四分之一），考核扣减金额从中扣除。
3. 本合同不设预付款。
4. 乙方应开具合法有效的增值税发票；发票不合格的，甲方有权退回，付款期限相应顺延。

五、服务水平与考核
1. 故障分级：一级故障指系统整体不能使用或火化预约、收费结算中断；二级故障指部分模块或单个服务网点不能使用；三级故障指不影响业务办理的一般问题。
2. 响应及恢复时限：一级故障15分钟内响应，2小时内恢复业务；二级故障30分钟内响应，6小时内解决；三级故障2个工作日内解决。
3. 考核扣减：一级故障未按时恢复的，每超时一小时扣减服务费¥800；二级故障未按时解决的，每次扣减¥300；运维日志、巡检报告缺失或弄虚作假的，每次扣减¥500。
4. 季度考核由甲方信息科组织，依据运维日志、故障记录及服务网点满意度评分进行，考核结果作为支付依据。服务网点满意度评分低于八十分的季度，乙方应提交书面整改措施。
5. 乙方应于每月五日前提交月度运维报告，内容包括系统运行情况、故障统计、工单处理情况及下月工作计划。

六、验收
1. 季度验收：乙方每季度末提交运维服务报告、巡检报告及故障处理记录，甲方对照本合同第三条和第五条逐项核查，合格后签署季度验收单。
2. 年度验收：服务期满前十五日，乙方提交年度运维总结、全部运维文档及系统配置清单。甲方按以下标准组织年度验收：（1）全年无因乙方原因导致的数据丢失；（2）一级故障均在约定时限内恢复；（3）四次季度验收均合格；（4）运维文档齐全并完成移交。
3. 季度验收或年度验收未通过的，乙方应在十日内整改并重新提交验收。
4. 服务期满时，乙方应完成全部文档、账号及管理权限的移交，并配合新的服务商做好交接，交接期不少于十日。

七、乙方人员
1. 驻场工程师应具有三年以上信息系统运维经验，名单报甲方备案，未经甲方同意不得更换。
2. 乙方人员应遵守甲方的作息、着装及行业礼仪要求，尊重逝者及家属，不得在服务场所从事与工作无关的活动。
3. 乙方应为驻场人员缴纳社会保险并承担其工资福利，乙方人员与甲方不存在劳动关系。驻场人员因病、事假离岗超过一日的，乙方应安排替补人员。

八、数据归属
系统中的逝者信息、家属联系方式、业务办理记录及收费数据归甲方所有，乙方仅可为履行本合同而使用，不得用于其他任何目的。

九、保密
1. 乙方及其人员对在服务中知悉的逝者及家属个人信息、甲方内部管理信息负有保密义务，不得向任何第三方透露，不得对外谈论逝者及家属的情况。
2. 乙方人员不得拍摄、录制告别仪式及遗体，不得在社交媒体发布与甲方业务相关的任何信息。
3. 乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后继续有效。

十、知识产权
乙方在服务期内编写的运维脚本、功能调整程序、运维文档及配置清单归甲方所有，甲方可自由使用和修改。

十一、违约责任
1. 乙方未按约定派驻人员、未按期提交巡检报告或年度运维总结的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方人员违反本合同第七条第2项、造成不良社会影响的，乙方应立即更换人员并向甲方赔礼道歉。
3. 乙方驻场人员无故脱岗的，每人每日扣减服务费¥400。
4. 除本合同另有约定外，任何一方违约给对方造成损失的，应予赔偿。

十二、分包
乙方不得将本合同项下的运维服务分包或转包给任何第三方，也不得将本合同的权利义务转让给第三方。

十三、合同的变更与履行
1. 本合同履行期间，双方均不得单方解除本合同。乙方出现服务质量问题或其他违约情形的，甲方可要求乙方限期整改，并按本合同第五条、第十一条扣减费用或要求支付违约金，乙方应继续履行至服务期满。
2. 本合同的变更须经双方协商一致并签订书面补充协议。
3. 服务期内甲方业务系统由上级部门统一升级或替换的，双方可协商调整服务内容及费用。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。本合同未尽事宜，按磋商文件及相关法律法规执行。

甲方（盖章）：舟山市殡葬服务中心
乙方（盖章）：宁波甬信数码科技有限公司
签订日期：2026年2月__日
"""

SRC["z05"] = """# 晶迹WTS晶圆追踪系统软件许可及实施合同

**晶迹科技标准合同文本 V4.0**

合同编号：JJ-WTS-2026-0118

甲方（买方）：无锡华芯封装测试有限公司

乙方（卖方）：苏州晶迹软件科技有限公司

鉴于甲方拟在其封测工厂部署晶圆及批次追踪系统，乙方为"晶迹WTS"软件的著作权人，双方经协商，按照乙方标准合同文本订立本合同。甲方确认已阅读并理解本合同全部条款，条款如下。

## 第一条 合同标的

1.1 乙方向甲方提供晶迹WTS晶圆追踪系统软件（企业版）的永久使用许可，许可范围为甲方无锡工厂一个生产基地，覆盖来料、减薄、划片、装片、键合、塑封、测试及包装全部工序。

1.2 乙方根据甲方需求进行定制开发，包括：与甲方现有MES及ERP系统的接口；与划片机、装片机、键合机、测试机等约一百六十台设备的数据采集对接；Wafer Map的解析、合并与追溯查询；客户专用的出货追溯报告模板。

1.3 乙方负责系统安装部署、基础数据导入、用户培训及上线支持。

1.4 系统主要功能包括：晶圆及批次的全流程条码追踪、工序过站管控、在制品查询、异常批次锁定与放行、良率统计、正反向追溯查询及出货追溯报告生成。具体功能以附件《软件功能清单》为准。乙方提供的软件版本为合同签订时的最新正式版本。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 晶迹WTS软件许可（企业版，永久） | 1,160,000 |
| 2 | 定制开发（MES/ERP接口、设备对接、Wafer Map、报告模板） | 148,000 |
| 3 | 安装部署、数据导入及培训 | 60,000 |
| | 合计 | 1,368,000 |

2.2 上述价格不含甲方自行采购的服务器、数据库及操作系统。因甲方需求变更产生的额外工作量，按每人日¥2,600另行计费。

2.3 乙方收到款项后十个工作日内向甲方开具增值税专用发票。

## 第三条 付款方式

3.1 本合同签订后七个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线运行后十个工作日内，甲方向乙方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停后续服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后九十日内完成软件安装及定制开发，具备上线条件。

4.2 甲方应按乙方要求提供服务器环境、设备通讯协议、现场配合人员及测试晶圆批次。因甲方原因导致进度延误的，交付期相应顺延。

4.4 乙方指派项目经理一名及实施工程师若干名负责本项目，人员安排由乙方根据项目进度确定，必要时可调整。

4.5 乙方完成安装后书面通知甲方安排上线，甲方应在五个工作日内完成上线切换。

4.3 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装完成并在甲方生产环境上线运行后，即视为甲方验收合格。

5.2 甲方应在系统上线后配合乙方签署上线确认单；甲方未签署但已实际使用系统的，视为确认。

5.3 上线确认后发现的问题，按本合同第六条免费维护处理，不影响甲方付款义务。

## 第六条 免费维护期

6.1 系统免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内乙方提供远程技术支持及软件缺陷修复。现场服务需甲方承担乙方人员的差旅费用。

6.3 下列情形不属于免费维护范围：甲方擅自修改系统或数据库；甲方操作不当或使用非乙方认可的软硬件；服务器、网络等运行环境故障；不可抗力造成的损坏。

## 第七条 技术支持

7.1 乙方通过电话、邮件及远程方式提供技术支持，工作时间为工作日9:00至18:00。

7.2 一级故障（系统无法使用、追溯数据无法写入）乙方在接到报告后8小时内响应；二级故障2个工作日内响应；三级故障在下一版本中统一处理。

7.4 甲方需要现场服务的，应提前三个工作日书面申请，乙方视人员安排提供，费用按每人日¥2,600另计。

7.3 乙方将尽力在合理时间内排除故障。因软件故障造成的生产停顿、数据差错或其他损失，乙方不承担任何扣款、赔偿或违约金责任。

## 第八条 维护服务费

8.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护服务费为软件许可费的22%，即每年¥255,200。

8.2 年度维护服务协议到期后按相同费率逐年续签。甲方不续签维护服务的，乙方不再提供补丁、升级及技术支持。

8.3 维护服务内容包括：软件补丁及版本升级、电话及远程技术支持、每年一次的系统健康检查。甲方中断维护后重新购买的，应补缴中断期间的维护服务费。

## 第九条 知识产权

9.1 晶迹WTS软件及其文档的著作权、专利权等知识产权归乙方所有。

9.2 乙方为本项目定制开发的接口程序、设备对接程序、Wafer Map解析模块、报告模板及相关源代码、文档，其知识产权同样归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译，不得提供给第三方使用。

9.3 乙方有权将本项目定制开发成果纳入其标准产品，向其他客户提供。

## 第十条 数据

10.1 系统运行中产生的晶圆、批次、设备及工艺数据归甲方所有，乙方不得将其用于本合同以外的目的。

10.2 乙方进行远程维护时，应使用甲方提供的账号和VPN通道，操作须经甲方批准并保留日志，不得下载或带走甲方的生产及工艺数据。

10.3 因乙方原因造成甲方数据泄露、损毁或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的损失。

## 第十一条 保密

双方对在合作过程中获知的对方技术资料、工艺参数、客户信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后三年。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

12.3 因地震、火灾、疫情、政府行为等不可抗力致使合同不能履行的，受影响方应及时通知对方，并在十五日内提供证明，相应免除违约责任。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 甲方逾期付款超过三十日的，乙方有权暂停履行或解除本合同。

13.3 因甲方原因解除合同的，甲方已支付的款项不予退还。合同解除后，甲方应停止使用未付清款项对应的软件许可。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交苏州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方另有书面约定的除外。本合同附件包括：软件功能清单、定制开发需求说明。本合同条款与附件不一致的，以本合同为准。

15.2 双方的通知应以书面形式送达本合同首页所列地址或电子邮箱，以邮件发出之日视为送达。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：无锡华芯封装测试有限公司

乙方（盖章）：苏州晶迹软件科技有限公司

日期：2026年__月__日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LQS-CN-2026-0044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrun Precision Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Buyer"), and Lakeshore Quality Systems, Inc., an Ohio corporation with its principal office at Superior Avenue, Cleveland, Ohio, United States (the "Vendor").
P:The Buyer wishes to deploy a statistical process control and quality management system across its machining and assembly plants, and the Vendor has agreed to grant a perpetual licence to its software and to perform the related implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LakeQ Quality Suite, version 9, in object code, including the SPC, non-conformance, supplier quality and gauge management modules listed in Annex 1.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts, configurations and documentation prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the system meets the acceptance criteria.
P:1.4 "Warranty Period" means the period defined in Article 6.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business at its plants in Ningbo and Cixi, for up to 450 named users and 60 shop-floor terminals.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, build interfaces to the Buyer's ERP and MES systems, connect 220 measuring instruments, migrate six years of historical inspection records, and train key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work in Annex 2.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,860,000, inclusive of VAT, made up of: (a) Software licence fee CNY 1,420,000; (b) implementation services CNY 386,000; and (c) training CNY 54,000.
P:3.2 The price is fixed. It covers all travel, accommodation and other expenses of the Vendor's personnel, and no further charges apply to the scope in Annex 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within 15 business days after signature, against the Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the total price within 15 business days after the Software has been installed and the interfaces delivered for testing.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 15 business days after Final Acceptance.
P:4.4 All invoices shall be issued as valid Chinese VAT invoices through the Vendor's Shanghai affiliate, and payment shall be made in CNY to the account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration and notify readiness for acceptance testing within 150 days after signature.
P:5.2 Acceptance testing shall follow the test plan in Annex 3 and shall show that: (a) all functions listed in Annex 1 operate as specified; (b) measurement data from the connected instruments appear in control charts within 3 seconds; (c) migrated inspection records reconcile with the source systems without unexplained differences; and (d) the system supports 150 concurrent users with page response below 2 seconds.
P:5.3 After successful testing, the system shall run in production for 45 days without a Severity 1 incident, after which the Buyer shall issue the Final Acceptance certificate within 10 business days.
P:5.4 Installation, go-live or use of the system in production shall not by itself constitute acceptance. If testing fails, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee shall be 11% of the Software licence fee (CNY 156,200 per year) and shall not be increased during the first three support years. Support renews yearly only by the Buyer's written order.
P:6.3 Service levels during the Warranty Period and any support year: Severity 1 incidents (system down or control charts unavailable on the shop floor) shall be responded to within one hour and resolved or worked around within eight hours; Severity 2 incidents shall be responded to within two hours and resolved within two business days; Severity 3 requests shall be answered within two business days.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or resolution time, the Buyer is entitled to a service credit of CNY 1,000, deducted from the next payment or the support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software and its standard documentation.
P:7.2 All intellectual property rights in the Custom Deliverables, including source code, pass to the Buyer upon creation. The Buyer may use, modify and license the Custom Deliverables freely, and the Vendor shall deliver their source code with the Final Acceptance documents.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 All inspection, production and supplier data processed in the system belong to the Buyer. The Vendor shall use them only to perform this Agreement and shall not copy, retain or disclose them.
P:8.2 The Vendor shall access the Buyer's systems only through accounts and remote channels approved by the Buyer, log all access, and comply with the Buyer's information security policies and applicable PRC law, including the Data Security Law and the Personal Information Protection Law. No data shall be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within two hours of becoming aware of any security incident affecting the Buyer's data, shall take immediate remedial measures, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to notify readiness for acceptance testing by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability for infringement, breach of Article 8 or 9, wilful misconduct and personal injury, which is not limited.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until all obligations have been performed.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer for the Vendor's breach, the Vendor shall refund all amounts paid for undelivered or non-conforming items.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Ohio, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration shall be Cleveland, Ohio, and the language shall be English.
H:Article 14 General
P:14.1 This Agreement, together with Annex 1 (Software modules and licence metrics), Annex 2 (Statement of Work) and Annex 3 (Acceptance test plan), is the entire agreement between the parties on its subject.
P:14.2 Any amendment must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally authentic.
P:14.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. Each party shall name a project manager who is authorised to receive notices, approve test results and agree changes to the Statement of Work within the limits of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""

SRC["e02"] = """# ORDER FORM — ShiftGrid Workforce Scheduling Service

Order Form No. SG-APAC-26-0193

Vendor: ShiftGrid Software, Inc., a Michigan corporation, Woodward Avenue, Detroit, Michigan, USA ("ShiftGrid")

Customer: Chengdu Meijia Retail Management Co., Ltd., Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

ShiftGrid Workforce Scheduling, Enterprise edition, hosted by ShiftGrid on a cloud platform located in mainland China, for the Customer's 142 supermarket and convenience stores. The Service covers demand forecasting, shift planning, time and attendance capture, labour-cost reporting and the ShiftGrid mobile app for store employees.

### A2. Subscription Term

The Subscription Term starts on the Start Date and runs for 24 months. The Start Date is the date on which the Customer signs the Go-Live Certificate under A5. The Subscription Term is divided into two Subscription Years, each beginning on the Start Date or its first anniversary. This Order Form does not renew automatically; any extension requires a new order form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Subscription Year 1 | 2,600 employee seats | 115 per seat per year | 299,000 |
| Subscription, Subscription Year 2 | 2,600 employee seats | 115 per seat per year | 299,000 |
| Onboarding services (configuration, POS and HR interfaces, training) | 1 | 46,000 | 46,000 |
| Total for the Subscription Term | | | 644,000 |

All fees are stated in CNY, include VAT at the applicable rate and are invoiced by ShiftGrid's authorised reseller in Shanghai. Additional seats may be ordered at the same unit price, prorated to the end of the current Subscription Year.

### A4. Payment

(a) The onboarding fee is invoiced on signature of the Go-Live Certificate and is payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the beginning of that Subscription Year and is payable within 30 days of invoice.

(c) No payment is due before the Start Date.

### A5. Onboarding and Go-Live

(a) ShiftGrid shall appoint an onboarding lead, agree a written onboarding plan with the Customer within ten days after signature, configure the Service, build the interfaces to the Customer's point-of-sale and HR systems, load store and employee master data, and train 30 store managers and 6 administrators as trainers.

(b) ShiftGrid shall make the Service ready for go-live testing within 70 days after signature of this Order Form (the "Target Go-Live Date").

(c) Go-live testing shall show that: (1) schedules for all stores can be generated from the sales forecast; (2) clock-in records from the mobile app and store terminals reach the Service within one minute; (3) the labour-hours export to the HR system reconciles with the time records for two consecutive pay periods; and (4) all interfaces listed in the onboarding plan work. When the criteria are met, the Customer signs the Go-Live Certificate. Use of the Service for testing or training does not count as acceptance.

(d) If the Service is not ready for go-live testing by the Target Go-Live Date for reasons attributable to ShiftGrid, ShiftGrid shall pay CNY 500 for each day of delay, deducted from the onboarding fee.

### A6. Contacts and Subprocessors

(a) Customer contact: Director of Store Operations. ShiftGrid contact: Customer Success Manager, Asia-Pacific.

(b) Approved subprocessors: the cloud hosting provider named in the onboarding plan and ShiftGrid's Shanghai implementation partner. Any new subprocessor or subcontractor requires the Customer's prior written consent.

Signed for ShiftGrid Software, Inc.: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted software service described in A1, including its mobile app and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including employee names, roles, availability, attendance records and store sales figures.

1.3 "Configurations" means the schedule rules, forecast models, report layouts and interface mappings that ShiftGrid prepares for the Customer during onboarding.

### 2. Provision of the Service

2.1 ShiftGrid shall provide the Service during the Subscription Term in accordance with the documentation and this Order Form.

2.2 ShiftGrid will use commercially reasonable efforts to make the Service available, subject to planned maintenance, which it will try to schedule outside the Customer's store opening hours.

2.3 Support is provided through ShiftGrid's online help centre and by e-mail during ShiftGrid's normal business hours in the Asia-Pacific region. ShiftGrid will handle support tickets in the order of their priority as reasonably determined by ShiftGrid.

2.4 ShiftGrid may update the Service from time to time, provided that updates do not materially reduce the functions described in A1.

### 3. Customer Responsibilities

3.1 The Customer is responsible for the accuracy of Customer Data, for its users' compliance with these terms and for keeping log-in credentials secure.

3.2 The Customer shall obtain any consents from its employees that are required by law for the processing of their personal information in the Service.

3.3 The Customer shall not resell the Service, attempt to reverse engineer it, use it to store unlawful content, or allow persons other than its own employees and contractors working for its stores to use it.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. ShiftGrid shall process Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 ShiftGrid shall keep Customer Data in data centres in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel, keep access logs, and maintain a security programme meeting the requirements of MLPS level 3.

4.3 ShiftGrid shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take reasonable steps to contain it, and shall be responsible for losses caused by its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, ShiftGrid shall return Customer Data in a standard export format and then delete it, and shall confirm the deletion in writing.

### 5. Intellectual Property

5.1 ShiftGrid owns the Service and all its underlying software.

5.2 The Configurations belong to the Customer. The Customer may use, modify and license them freely, including with another scheduling system, and ShiftGrid shall export them on request.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form, and not disclose it except to its employees and advisers who need to know it.

6.2 These obligations continue for three years after the end of the Subscription Term.

### 7. Warranties

7.1 ShiftGrid warrants that the Service will perform materially in accordance with its documentation. If it does not, ShiftGrid shall correct the non-conformity within a reasonable time.

7.2 Except as expressly stated in this Order Form, the Service is provided without other warranties, and ShiftGrid does not warrant that the Service will be uninterrupted or error-free or that forecasts produced by the Service will match actual store sales.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the total fees in A3.

8.2 The limit does not apply to breach of Section 4 or 6, infringement, fraud or wilful misconduct.

8.3 Neither party is liable for loss of profit or indirect loss.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

9.2 If the Customer terminates for ShiftGrid's breach, ShiftGrid shall refund prepaid fees for the remainder of the Subscription Term.

### 10. Subcontracting

ShiftGrid may use only the subprocessors and subcontractors approved under A6(b) and is responsible for their performance.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business who accepts all obligations under it.

12.2 Notices must be in writing and sent to the contacts in A6.

12.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and resumes performance as soon as possible. Force majeure does not excuse payment obligations.

12.4 This Order Form, including Part A and Part B and the onboarding plan referred to in A5, is the entire agreement of the parties on its subject and replaces all earlier proposals. It is signed in English; a Chinese translation may be prepared for convenience.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR COLD STORE TEMPERATURE MONITORING
P:Contract No. TJBL-EQ-2026-027
P:Buyer: Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., Tianjin, People's Republic of China (the "Buyer")
P:Supplier: Niagara Sensing Technologies, Inc., a New York corporation with offices on Main Street, Buffalo, New York, USA (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases, following the Buyer's request for quotation and the Supplier's quotation.
H:1. Definitions
P:1.1 "Devices" means the wireless temperature and humidity sensors, door sensors and gateways listed in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including its alarm, reporting and audit-trail modules.
P:1.3 "System" means the Devices and the Software as installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Devices, grant a perpetual licence to the Software for use at the Buyer's six cold stores in Tianjin, and install, configure and commission the System.
P:2.2 The Supplier shall integrate the System with the Buyer's warehouse management system so that temperature history is attached to each pallet and to each outbound delivery note.
P:2.3 The Supplier shall train the Buyer's warehouse supervisors and IT staff and deliver operation and maintenance manuals in Chinese.
P:2.4 The Devices shall hold the radio type approval and other certifications required for use in China, and the System shall support the record-keeping required by the Good Supply Practice rules for cold-chain storage of pharmaceuticals, which some of the Buyer's customers apply.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,520,000, inclusive of VAT, delivery to site, duties, installation materials and all expenses of the Supplier. The price is fixed and broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, -40 °C to +60 °C, with calibration certificate|1,200|520|624,000
TB:2|LoRa gateways with 4G backup|48|6,800|326,400
TB:3|ColdWatch monitoring software, perpetual licence, six sites|1|418,000|418,000
TB:|Subtotal, Devices and Software|||1,368,400
TB:4|Installation, configuration, commissioning and WMS integration|1|132,600|132,600
TB:5|Training|1|19,000|19,000
TB:|Total Contract Price|||1,520,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 working days after delivery and installation of all Devices at all six sites. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the liquidated damages and service credits due under this Contract.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Devices to the Buyer's sites within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 Installation in operating cold rooms shall follow the Buyer's safety and hygiene rules and shall be scheduled with each site manager to avoid disturbing loading operations.
P:5.3 Each delivery shall be accompanied by a packing list, serial numbers, calibration certificates and certificates of origin. Title and risk in the Devices pass to the Buyer on delivery to site, without prejudice to the Buyer's rights under clauses 6 and 7.
H:6. Acceptance
P:6.1 Acceptance tests shall be carried out jointly at each site according to the test plan in Annex 2.
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval, with a data loss rate below 0.2% over 14 consecutive days; (b) sensor readings deviate by no more than ±0.5 °C from a reference thermometer at three test points; (c) an alarm is sent by SMS and app within 60 seconds after a threshold set by the Buyer is exceeded; (d) temperature history appears correctly on pallet records and delivery notes in the warehouse management system; and (e) all documents in clause 2.3 are delivered.
P:6.3 When all criteria are met at all sites, the Buyer shall sign the Final Acceptance certificate within 7 working days. Use of the System before that date does not mean acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Devices and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Devices, including batteries, correct Software defects, provide updates and recalibrate sensors once a year, all free of charge.
P:7.3 The warranty does not cover damage caused by forklifts, misuse or repairs by persons other than the Supplier, but the Supplier shall still repair such damage at the prices in Annex 1.
P:7.4 The Supplier shall keep spare sensors and gateways equal to at least 2% of the installed quantity in Tianjin throughout the warranty period so that defective units can be replaced promptly.
P:7.2 After the warranty period, the Buyer may order annual maintenance. The annual maintenance fee shall not exceed 7% of the subtotal for Devices and Software (CNY 95,788 per year) and shall remain unchanged for the first three maintenance years.
H:8. Service Levels
P:8.1 Service levels apply during the warranty period and any maintenance year. The fault levels and times are:
TB:Level|Description|Response|Restoration
TB:Level 1|Software down, or alarms not sent for a whole site|30 minutes|8 hours
TB:Level 2|Gateway failure, or a group of sensors not reporting|2 hours|2 working days
TB:Level 3|Single sensor fault or user question|1 working day|5 working days
P:8.2 For each hour by which the Supplier exceeds a Level 1 response or restoration time, the Buyer may deduct a service credit of CNY 800 from any amount payable.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Devices and grants the Buyer a perpetual licence to use them.
P:9.2 The WMS integration programs, report templates, alarm rules and configuration files prepared for the Buyer under this Contract, with their source code, belong to the Buyer, who may use, modify and license them freely.
H:10. Data and Security
P:10.1 All temperature records, alarm logs and warehouse data in the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Software shall be installed on the Buyer's servers in Tianjin. The Supplier's remote access requires the Buyer's approval for each session, shall be made through the Buyer's VPN and shall be logged. The Supplier shall not copy data out of the Buyer's network and shall comply with the PRC Data Security Law.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 2 hours, take remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's customers, goods, sites and operations obtained under this Contract, shall not disclose it to any third party without the Buyer's written consent, and shall use it only for this Contract. This obligation survives the end of this Contract for three years.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier fails to complete installation and commissioning by the date in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
P:12.3 Neither party is liable for indirect loss or loss of profit, except where such loss results from wilful misconduct or from a breach of clause 10.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under clause 12.1 exceeds 45 days.
P:14.2 On such termination the Supplier shall refund the amounts paid for items not accepted and shall remove its Devices at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.
H:16. Miscellaneous
P:16.1 Annex 1 (Technical specification) and Annex 2 (Acceptance test plan) form part of this Contract. This Contract is made in English and Chinese, both versions being equally authentic.
P:16.2 Notices under this Contract shall be in writing and delivered by courier or e-mail to the project contacts named by each party. Changes to this Contract are valid only if made in writing and signed by both parties.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

SRC["e04"] = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. KRM-CN-2026-015

**Customer:** Foshan Huaying Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**Provider:** Kettle River Managed Services LLC, a Wisconsin limited liability company, North Water Street, Milwaukee, Wisconsin, USA, acting in China through its Guangzhou branch ("Provider")

## Section 1 — Purpose and Structure

1.1 The Customer operates three manufacturing plants and a regional distribution centre in Guangdong. The Provider shall take over and operate the Customer's server, storage, backup and network infrastructure and run a service desk for the Customer's employees.

1.2 This Agreement consists of these Sections and three Schedules: Schedule 1 (Services and Charges), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Transition Milestones). If they conflict, these Sections prevail.

## Section 2 — Term

2.1 The Agreement starts on signature. The Service Period begins on the Service Commencement Date, which is the date on which the Customer confirms completion of Transition under Section 4, and lasts 36 months.

2.2 The Agreement does not renew automatically. The parties may agree an extension in writing no later than six months before the end of the Service Period.

## Section 3 — Services

3.1 The Provider shall deliver the services described in Schedule 1 during the Service Period, in accordance with good industry practice, ITIL-based processes and the Customer's IT policies.

3.2 The Provider shall assign a named service delivery manager who meets the Customer's IT manager monthly to review performance, incidents, changes and capacity, and shall provide a written monthly service report.

3.3 The Customer shall give the Provider access to its sites, systems and documentation, provide desk space at each plant and inform the Provider of planned production shutdowns and system changes.

3.4 The Provider shall keep the configuration management database up to date and shall not make changes to production systems without an approved change request, except emergency changes that are reported on the next working day.

## Section 4 — Transition

4.1 The Provider shall complete the Transition milestones in Schedule 3 by the dates stated there.

4.2 Transition is complete when: (a) all in-scope assets have been recorded and verified; (b) the Provider has taken over monitoring of all servers and network devices; (c) a full restore test from backup has succeeded for the ERP and MES databases; (d) the service desk has handled live tickets for 10 consecutive working days with no Priority 1 ticket outside target; and (e) the operations handbook has been approved by the Customer. The Customer shall confirm completion in writing within five working days after the criteria are met.

4.3 If Transition is not complete by the date in Schedule 3 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to a total of CNY 90,000.

## Section 5 — Charges and Payment

5.1 The charges are set out in Schedule 1. The total charges for the Agreement are CNY 2,200,000, being the Transition Charge of CNY 94,000 and 36 Monthly Service Charges of CNY 58,500.

5.2 The Transition Charge is invoiced after the Customer confirms completion of Transition. Monthly Service Charges are invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

5.4 The charges are fixed for the Service Period. Work outside Schedule 1 requires a written change order with an agreed price.

## Section 6 — Customer Data and Security

6.1 All data held on or passing through the managed infrastructure belongs to the Customer. The Provider shall use it only to perform the services and shall not copy, analyse or disclose it for any other purpose.

6.2 The Provider shall follow the Customer's information security policies, use named administrator accounts with multi-factor authentication, record all privileged sessions, keep data in the Customer's facilities in mainland China and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall report any security incident to the Customer within one hour, contain it, support the investigation and bear the losses and regulatory penalties caused by its breach of this Section.

## Section 7 — Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by equivalent duties. This Section survives for three years after the end of the Agreement.

## Section 8 — Intellectual Property

8.1 Scripts, runbooks, monitoring templates, configuration records and documents created by the Provider for the Customer belong to the Customer, who may use, modify and license them freely, including by handing them to a successor provider.

8.2 The Provider's own tools remain its property. Where they are needed to operate the Customer's systems after the Agreement ends, the Provider grants the Customer a licence to use them for that purpose for six months.

## Section 9 — Subcontracting

9.1 The Provider may use subcontractors for on-site hands-and-eyes support, cabling and hardware replacement at the Customer's plants, provided that it gives the Customer written notice of each subcontractor before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

## Section 10 — Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Monthly Service Charges paid or payable for the nine months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to death or personal injury, fraud or wilful misconduct. Neither party is liable for indirect or consequential loss.

## Section 11 — Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if the Provider misses the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1, transfer all documentation, credentials and configuration records, and cooperate with any successor provider.

## Section 12 — Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final.

## Section 13 — General

13.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly and the Provider carries out its business continuity plan. The Customer may terminate if force majeure prevents the services for more than 30 days.

13.3 This Agreement is made in English and Chinese, both texts being equally authentic.

## Schedule 1 — Services and Charges

| Service | Scope | Monthly charge (CNY) |
|---|---|---|
| Server and storage operations | 86 virtual and 14 physical servers, 2 storage arrays, patching, capacity management | 21,500 |
| Backup and recovery | Daily backup, quarterly restore tests, offsite copy in Guangzhou | 8,200 |
| Network operations | 4 sites, 62 switches, 9 firewalls, Wi-Fi controllers, WAN links monitoring | 13,300 |
| Service desk | Chinese and English, 07:00–22:00 daily, remote and on-site support for about 1,800 users | 15,500 |
| Total Monthly Service Charge | | 58,500 |
| Transition Charge (one-off) | Asset discovery, knowledge transfer, tool set-up | 94,000 in total |
| Exit assistance | Only if requested | CNY 1,800 per person-day |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of ERP, MES and e-mail infrastructure, per month | 99.95% | 2% of the Monthly Service Charge for each 0.02 percentage point below target |
| Priority 1 incident (plant production system or site network down): response | 15 minutes, 24×7 | CNY 1,000 per late incident |
| Priority 1 incident: restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 incident: response / restoration | 1 hour / 8 hours | CNY 400 per late incident |
| Service desk calls answered within 30 seconds | 85% | 1% of the Monthly Service Charge |
| Successful daily backups | 99% | 1% of the Monthly Service Charge |

Total service credits in a month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Transition Milestones

| Milestone | Content | Due date |
|---|---|---|
| M1 | Asset discovery and verified inventory | Signature + 20 days |
| M2 | Monitoring and backup tools installed, parallel run with the Customer's team | Signature + 45 days |
| M3 | Service desk live, restore test, operations handbook approved | Signature + 70 days |
| M4 | Transition complete, Service Commencement Date | Signature + 80 days |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
(Grain Market Data Feeds and API)

Agreement No. MDS-INT-2026-311

BETWEEN
Maumee Data Services, Inc., an Ohio corporation, Summit Street, Toledo, Ohio, USA ("Vendor"); and
Dalian Haibei Grain and Oilseeds Trading Co., Ltd., Dalian, Liaoning, People's Republic of China ("Customer").

BACKGROUND
The Vendor collects and publishes cash grain prices, basis levels, elevator bids, crop condition estimates and freight indicators for the North American grain market. The Customer imports soybeans, corn and sorghum and wishes to receive this data through the Vendor's API and daily files for use by its trading, risk and logistics teams.

1. DEFINITIONS
1.1 "Data" means the data sets listed in Schedule A, as updated by the Vendor from time to time.
1.2 "API" means the Vendor's application programming interface through which the Data is delivered, together with the daily file delivery service.
1.3 "Subscription Year" means the period starting on the Start Date and ending on the day before the first anniversary of the Start Date, and each following period from one anniversary of the Start Date to the day before the next.
1.4 "Start Date" means the date of Integration Acceptance under clause 4.3.
1.5 "Customer Mappings" means the field mappings, symbol lists and conversion rules that the Vendor prepares for the Customer to load the Data into the Customer's trading and risk systems.

2. SUBSCRIPTION
2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and to use it internally for trading, hedging, risk management, logistics planning and internal reporting.
2.2 Up to 45 named users in the Customer's offices in Dalian and Shanghai may use the Vendor's web viewer. The Customer's systems may call the API up to 200,000 times per day.
2.3 The Customer may include insubstantial extracts of the Data in internal reports and in reports to its banks and auditors, but may not resell or publish the Data.

3. SUBSCRIPTION TERM AND RENEWAL
3.1 The initial Subscription Term consists of two Subscription Years starting on the Start Date.
3.2 At the end of the initial Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
3.3 For each renewal term the Vendor may increase the annual Subscription Fee by up to 6% over the fee for the previous Subscription Year, by notice to the Customer at least 90 days before the renewal date.

4. INTEGRATION AND ACCEPTANCE
4.1 The Vendor shall provide API credentials for a test environment within 10 business days after signature, prepare the Customer Mappings and support the Customer's IT team in connecting the API to the Customer's trading and risk systems.
4.2 The Vendor shall aim to complete integration within 45 days after signature.
4.3 Integration Acceptance occurs when the Customer confirms in writing that the following criteria have been met on 10 consecutive business days: (a) all data sets in Schedule A are delivered through the API and the daily files; (b) the daily files arrive by 07:00 Beijing time; (c) prices loaded into the Customer's systems match the Vendor's web viewer for a sample of 300 records each day; and (d) API responses for single-symbol queries are returned in under 1 second. The Customer shall not unreasonably delay the confirmation. Access to the test environment does not count as acceptance.

5. FEES AND PAYMENT
5.1 The fees are:
    Subscription Fee, Subscription Year 1 ............ CNY 396,000
    Subscription Fee, Subscription Year 2 ............ CNY 396,000
    Integration Fee (one-off) ........................ CNY 24,000
    Total for the initial Subscription Term .......... CNY 816,000
5.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.
5.3 Fees are stated in CNY and include applicable Chinese VAT. Invoices are issued by the Vendor's authorised distributor in Shanghai.
5.4 API calls above the daily limit in clause 2.2 are charged at the rates in Schedule A. Usage charges are invoiced quarterly in arrears.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five business days in advance and carried out on weekends.
6.2 Support is provided around the clock for Severity 1 issues (API or daily files unavailable, or Data clearly corrupted). The Vendor shall respond to a Severity 1 issue within one hour and provide a workaround or fix within six hours. Severity 2 issues (a single data set delayed or incomplete) shall receive a response within three hours during business days.
6.3 If monthly availability falls below the level in clause 6.1, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point, or part of it, below that level. If a Severity 1 response is late, the Customer receives a credit of CNY 1,500 per incident. Credits are deducted from the next invoice.

7. CUSTOMER INFORMATION AND SECURITY
7.1 The Customer's symbol lists, watchlists, query logs, user details and any other information the Customer submits through the API ("Customer Information") belong to the Customer. The Vendor shall use Customer Information only to provide the Data and the API to the Customer, and shall not use it to analyse the Customer's trading interests, to improve other products or for any other purpose.
7.2 The Vendor shall protect Customer Information with encryption in transit and at rest, access controls limited to support staff, audit logs and annual independent security testing. It shall notify the Customer within 24 hours of any security incident affecting Customer Information, take remedial action and be responsible for losses caused by its failure to comply with this clause.
7.3 On expiry of the Agreement the Vendor shall delete Customer Information within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The Vendor and its licensors own the Data and the API. Nothing in this Agreement transfers ownership of the Data to the Customer.
8.2 The Customer Mappings belong to the Customer, who may use, modify and license them freely, including to load data from other providers.

9. CONFIDENTIALITY
9.1 Each party shall keep the terms of this Agreement and the other party's non-public information confidential and use it only for this Agreement. The Customer's trading positions and strategies that become known to the Vendor are confidential information of the Customer. This clause survives termination for three years.

10. WARRANTIES
10.1 The Vendor warrants that it collects the Data with reasonable skill and care from sources it believes to be reliable and that the Data will be delivered in accordance with Schedule A.
10.2 The Vendor does not warrant that the Data is complete or free from error. Trading decisions made with the Data are the Customer's own responsibility.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to one and a half times the total fees for the initial Subscription Term stated in clause 5.1.
11.2 The limit does not apply to breach of clause 7 or 9, infringement or wilful misconduct. Neither party is liable for loss of profit or for trading losses.

12. SUBCONTRACTING AND ASSIGNMENT
12.1 The Vendor shall not subcontract the delivery of the Data, the API or support without the Customer's prior written consent.
12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.
13.2 The Customer may also terminate by written notice if monthly availability falls below the level in clause 6.1 in three consecutive months.
13.3 On termination for the Vendor's breach, the Vendor shall refund the unused portion of prepaid Subscription Fees.

14. DISPUTES
14.1 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time of application. The arbitral award is final and binding on both parties.

15. GENERAL
15.1 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses above.
15.2 This Agreement, with Schedule A (Data sets, delivery times and usage rates), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SCHEDULE A - DATA SETS, DELIVERY TIMES AND USAGE RATES
A.1 Daily cash bids and basis for corn, soybeans and sorghum at 1,150 elevators and river terminals; daily file by 07:00 Beijing time.
A.2 Gulf and Pacific Northwest export basis and barge and rail freight indicators; updated hourly during US trading hours.
A.3 Weekly crop condition and yield estimates by state and county; every Tuesday.
A.4 API calls above the daily limit: CNY 0.02 per call.

Signed for the Vendor: ____________________   Date: __________
Signed for the Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, lang, category, builder)
    "z01": ("h645z01_port_dangerous_goods_supervision_platform.pdf", "zh", "software", "pdf"),
    "z02": ("h645z02_carton_folder_gluer_control_retrofit.docx", "zh", "hardware", "docx"),
    "z03": ("h645z03_car_wash_chain_booking_membership_saas.txt", "zh", "cloud", "txt"),
    "z04": ("h645z04_funeral_service_centre_system_om.txt", "zh", "services", "txt"),
    "z05": ("h645z05_chip_packaging_wafer_tracking_supplier_template.md", "zh", "software", "md"),
    "e01": ("h645e01_quality_management_perpetual_licence_ohio_vendor.pdf", "en", "software", "pdf"),
    "e02": ("h645e02_workforce_scheduling_saas_order_form.md", "en", "cloud", "md"),
    "e03": ("h645e03_cold_store_sensors_monitoring_licence.docx", "en", "hardware", "docx"),
    "e04": ("h645e04_managed_infrastructure_services_36_months.md", "en", "services", "md"),
    "e05": ("h645e05_grain_market_data_api_subscription.txt", "en", "cloud", "txt"),
}

# Price sums (asserted) and the contract value of each draft.
SUMS = {
    "z01": ([1180000, 736000, 142000, 38000], 2096000),
    "z02": ([486000, 214000, 96000, 168000, 118000, 24000], 1106000),
    "z03": ([70 * 3600 * 2, 86000], 590000),
    "z04": ([216000, 64000, 52000, 36000], 368000),
    "z05": ([1160000, 148000, 60000], 1368000),
    "e01": ([1420000, 386000, 54000], 1860000),
    "e02": ([2600 * 115, 2600 * 115, 46000], 644000),
    "e03": ([1200 * 520, 48 * 6800, 418000, 132600, 19000], 1520000),
    "e04": ([21500 + 8200 + 13300 + 15500] * 36 + [94000], 2200000),
    "e05": ([396000, 396000, 24000], 816000),
}
assert 486000 + 214000 + 96000 + 168000 == 964000 and 964000 * 8 // 100 == 77120
assert 1200 * 520 + 48 * 6800 + 418000 == 1368400 and round(1368400 * 0.07) == 95788
assert 1180000 * 9 // 100 == 106200 and 1420000 * 11 // 100 == 156200 and 1160000 * 22 // 100 == 255200

# goods_or_licence drafts: fee base (itemised licence / hardware subtotal), fee % per year, warranty months.
TCO = {"z01": (1180000, 9, 24), "z02": (964000, 8, 18), "z05": (1160000, 22, 6), "e01": (1420000, 11, 18),
       "e03": (1368400, 7, 36)}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
TERMS = {
    "z01": T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": T(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 18, 8, False, True, True, "PRC", G),
    "z03": T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False,
             "PRC", S),
    "z04": T(None, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False,
             "PRC", S),
    "z05": T(None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 22, False, True, None,
             "PRC", G),
    "e01": T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Ohio", G),
    "e02": T(None, None, False, "buyer", True, True, True, 500 / 644000 * 100, 150, None, True, None, None, None, False,
             True, False, "PRC", S),
    "e03": T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
    "e04": T(99.95, 0.25, True, "buyer", True, True, True, 1500 / 2200000 * 100, 9 / 36 * 100, None, True, None, None,
             None, False, True, True, "PRC", S),
    "e05": T(99.95, 1, True, "buyer", True, True, True, None, 150, None, True, None, None, None, True, True, False,
             None, S),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "z01": (True, True, True, False), "z02": (True, True, True, False), "z03": (True, True, None, False),
    "z04": (True, True, None, False), "z05": (True, True, True, True), "e01": (True, True, True, False),
    "e02": (False, True, None, False), "e03": (True, True, True, False), "e04": (True, True, None, False),
    "e05": (True, False, None, False),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # ICDR arbitration seated in Cleveland

DESIGN = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key):
    if key not in TCO:
        return None
    base, pct, wm = TCO[key]
    fees = (5 - wm / 12) * base * pct / 100
    return fees / (SUMS[key][1] + fees) * 100


def derive(key):
    """My reading of policy §3 (thresholds: 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %)."""
    t, (sla, ld_stated, capped, deemed) = TERMS[key], EXTRA[key]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if goods and share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, lang, cat, _ = FILES[key]
    sla, ld_stated, capped, deemed = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = SUMS[key][1]
    return {"file": name, "language": lang, "category": cat, "expected_terms": TERMS[key], "expected_extra": extra,
            "expected_rules": derive(key)}


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


ZH = "一二三四五六七八九十点"
THRESHOLD_RES = [re.compile(x, re.I) for x in [
    r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])(?:99\.9|0\.05)(?![\d])",
    r"百分之(?:三十|十五|四十|一百|九十九点九|零点零五)(?![" + ZH + "])",
    r"(?<![" + ZH + "])万分之五(?![" + ZH + "])|千分之零点五",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)",
    r"(?<![" + ZH + r"])四个?小时|\bfour[\s(4)-]*hours?\b|\bfour-hour",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)",
    r"(?<![" + ZH + r"])十二个?月|\btwelve[\s(12)-]*months?\b|\btwelve-month|\bone[\s-]year\b|(?<![\d.])1[\s-]year\b|(?<![" + ZH + "每])一年",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)",
    r"(?<![" + ZH + r"])五年|\bfive[\s(5)-]*years?\b|\bfive-year",
]]
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.9", "0.05%", "万分之五", "4小时", "4 个小时", "4 hours", "four hours",
            "four (4) hours", "12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "15%", "40 %",
            "100%", "fifteen", "五年", "5 years", "five years", "5年"]
MUST_HIT.remove("fifteen")
MUST_MISS = ["130%", "99.95%", "0.055%", "24小时", "24 hours", "14 hours", "112 months", "2025年", "35%", "150%",
             "115 per seat", "4G backup", "百分之三十五", "十五个工作日", "每一年", "万分之五十", "45 days", "1,500 per day",
             "二十四个月", "十四小时", "0.5 °C"]


def hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets = {}
    for key, (name, lang, cat, kind) in FILES.items():
        if kind in ("docx", "pdf"):
            targets[key] = (name, kind)
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(SRC, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, lang, cat, kind) in FILES.items():
        parts, total = SUMS[key]
        assert sum(parts) == total, key
        lab = label(key)
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append((key, "derived", lab["expected_rules"], "design", sorted(DESIGN[key])))
        covered |= set(lab["expected_rules"])
        for k, v in THRESHOLD_VALUES.items():
            val = lab["expected_terms"][k]
            if val is not None and abs(val - v) < 1e-9:
                problems.append((key, "threshold value", k, val))
        share = tco_share(key)
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "TCO share near 40", share))
        text = read_back(OUT / name)
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
        found = [h for v in variants for h in hits(v)]
        if found:
            problems.append((key, "threshold text", found))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((key, "length", n))
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %s %5d  share=%s  %s -> %s" % (key, name, lang, n, None if share is None else round(share, 1),
                                                       ", ".join(lab["expected_rules"]) or "(none)",
                                                       risk(lab["expected_rules"])))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
