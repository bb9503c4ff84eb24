"""holdout1054: builds the ten held-out draft contracts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as is; .docx/.pdf are built from a small markup by ../word_pdf.py (PDF words wrapped).
Checks: text lengths as read back, no threshold figure in any text (regex self-tested), no label value on a
threshold, the rules derived from each label (my reading of policy section 3) equal the design list, all 20 rules fire.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江陵市老年助餐服务平台建设项目 政府采购合同（草案）
P:合同编号：JLMZ-2026-ZC-0418
P:采购人（甲方）：江陵市民政局
P:供应商（乙方）：江陵云膳信息技术有限公司
P:采购方式：公开招标。本合同依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件订立，采用甲方合同文本。招标文件、投标文件及澄清材料为本合同组成部分，内容不一致时以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“老年助餐服务平台”软件许可（含助餐点管理、订餐配送、补贴结算、食品安全追溯四个子系统，使用单位数不限），并完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容：助餐补贴分级结算规则、刷脸及社保卡就餐终端对接、助餐点星级评价、市级监管驾驶舱及移动端小程序，详见附件1《需求规格说明书》。
P:1.3 数据对接内容：市养老服务信息系统、民政一体化平台、市大数据中心人口库及社保卡系统，接口清单见附件2。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾柒万元整（¥1,670,000.00），为固定总价，含税及全部费用。
P:2.2 分项价格：平台软件许可费¥780,000；定制开发费¥640,000；数据对接费¥186,000；部署实施及培训费¥64,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应按周报送项目进度，重大风险应在两个工作日内书面报告甲方。
P:4.3 乙方应派驻项目经理一名、实施工程师不少于四名常驻甲方现场，项目经理须具备同类项目经验，未经甲方同意不得更换。甲方有权要求更换不称职人员。
P:4.4 乙方应对各区民政部门经办人员、助餐点工作人员分批开展操作培训，培训不少于八场，并提供培训教材及视频。
P:4.5 甲方负责协调政务云资源、网络接入及相关部门的数据共享审批，并指定联系人配合需求确认。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；补贴结算结果与人工复核数据逐笔比对一致；全部接口联调通过；200个助餐点并发订餐时页面响应不超过3秒；通过第三方安全测评及商用密码应用安全性评估。
P:5.2 最终验收标准：试运行六十日内未发生一级故障，遗留问题全部关闭，技术文档、源代码及操作手册移交完毕，并经甲方组织的专家组评审通过。
P:5.3 系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策口径调整及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年维护费不超过平台软件许可费的8%（即¥62,400），且前三年不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划停机应提前三日报甲方同意且安排在夜间。
P:7.2 一级故障（全市订餐或结算中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时扣减维护费或质保金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:7.4 质保期内乙方每季度开展一次系统巡检，提交巡检报告及优化建议；每年春节、重阳节等助餐高峰前完成专项保障演练。
H:第八条 数据安全与数据权属
P:8.1 平台采集的老年人身份、健康、补贴及就餐数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，按最小权限分配账号，运维操作须经堡垒机并留存审计日志，不得将数据拷贝出甲方指定的政务云环境。
P:8.3 合同终止或维护服务结束时，乙方应按甲方要求移交全部数据并删除其持有的副本，出具书面删除证明。
P:8.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失及行政处罚由乙方全额承担。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、未公开信息及系统配置承担保密义务，未经甲方书面同意不得披露，保密义务在合同终止后五年内继续有效。
H:第十条 知识产权
P:10.1 定制开发成果、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:10.2 平台原有软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付物不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方擅自更换项目经理或现场人员不足的，每人每日扣减人民币500元。乙方违反第八条、第九条约定的，除赔偿甲方全部损失外，甲方有权解除合同。
P:11.4 甲方无正当理由逾期付款的，按未付金额的万分之三每日支付违约金。
H:第十二条 分包
P:12.1 乙方可将就餐终端安装调试等非主体工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方，乙方对分包部分向甲方负全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方交付成果两次验收不合格，或逾期交付超过六十日的，甲方有权解除合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的工作成果和全部甲方数据。
P:13.4 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
P:15.2 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
P:15.3 双方通知以书面形式送达合同首部所列地址，一方变更地址应及时通知对方。
P:15.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜双方另行签订补充协议。
P:附件：1.需求规格说明书；2.接口清单；3.分项报价表。
P:甲方（盖章）：江陵市民政局    乙方（盖章）：江陵云膳信息技术有限公司
P:日期：2026年__月__日
"""

Z02 = """T:颈部按摩枕生产线控制系统改造合同（草案）
P:合同编号：RZ-SB-2026-073
P:甲方（买方）：浙江润枕健康科技有限公司
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方为提升颈部按摩枕装配、检测及包装生产线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方一号厂房的六条生产线，包括机芯装配、发热模块焊接、揉捏功能老化检测、外套缝合及包装工位。
P:1.2 乙方负责提供控制柜、可编程控制器、伺服驱动、传感器、工位触摸屏及产线数据采集软件，完成拆旧、安装、编程、调试、与甲方制造执行系统对接，并培训甲方人员。
P:1.3 改造应分线实施，每条线停产时间不超过五日，不得影响甲方其余生产线正常运行。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾玖万元整（¥1,490,000），含设备、软件、安装调试、运输、保险及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|控制柜及可编程控制器改造|6套|107,000|642,000
TB:2|伺服驱动及检测传感器|1批|318,000|318,000
TB:3|工位触摸屏（HMI）|24台|4,000|96,000
TB:4|产线数据采集软件许可（永久）|1套|264,000|264,000
TB:软硬件小计|||| 1,320,000
TB:5|安装调试及系统集成|1项|148,000|148,000
TB:6|操作及维护培训|1项|22,000|22,000
TB:合计||||1,490,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%。设备到货签收及安装完成不代表质量验收。
P:3.3 最终验收合格后三十日内，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂房，并于到货后六十日内完成六条生产线的改造调试。
P:4.2 实施前乙方应提交改造方案、停线计划及安全措施，经甲方确认后执行。乙方人员进入车间应遵守甲方安全生产和洁净管理制度。
P:4.3 拆除的旧控制柜、旧线缆及包装物由乙方负责分类清运，可利用的旧部件清点后交还甲方仓库，乙方不得擅自处置。
P:4.4 乙方应指定一名具有电气工程师资格的项目负责人，常驻现场直至最终验收，负责进度、质量和安全协调。
P:4.5 甲方负责提供施工用电、临时存放场地及制造执行系统接口资料，并安排设备、生产人员配合停线切换。
H:第五条 验收
P:5.1 每条生产线改造后连续试生产七日，节拍不低于每分钟十二件，检测工位误判率不高于千分之三，数据采集完整并与制造执行系统一致，视为该线初验合格。
P:5.2 六条线全部初验合格后连续运行三十日，未发生因控制系统导致的整线停机超过两小时的情况，技术文档及程序备份移交完毕，由甲方组织最终验收并签署验收报告。
P:5.3 验收所需的测试样品由甲方提供，检测仪表由乙方自备并须在检定有效期内。每项测试结果应由双方代表签字确认，作为验收报告的附件。
P:5.4 到货签收、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在十日内整改并承担由此产生的费用。
H:第六条 质保及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 控制系统月度可用率不低于99.5%（计划停机除外），每低于承诺值0.1个百分点，扣减质保金人民币2,000元。
P:6.3 一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位故障）应在2小时内响应，次日内修复。响应或到场超时的，每超时一小时扣减人民币800元。
P:6.4 质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的10%（即¥132,000），自质保期满起三年内不调整。维保内容包括每季度一次预防性维护、备件优惠供应及远程技术支持。
P:6.5 乙方应在甲方厂区存放常用备件一套（包括控制器模块、伺服驱动器、触摸屏各一件），质保期内耗用后由乙方及时补足。
H:第七条 培训与技术文档
P:7.1 乙方应在最终验收前完成不少于四期培训，对象包括甲方设备科维修人员、工艺员及班组长，培训内容包括日常操作、参数调整、故障诊断及程序备份恢复。
P:7.2 乙方应移交电气原理图、接线图、程序清单、备件清单、操作及维护手册（纸质两套及电子版各一套），文档应与实际安装状态一致。
H:第八条 安全生产
P:8.1 乙方施工应执行挂牌上锁、临时用电和动火审批制度，因乙方原因发生人身伤害或财产损失的，由乙方承担责任。
P:8.2 改造后的控制系统应符合机械安全相关国家标准，急停、安全光栅及防护门联锁功能应逐项测试并记录。
H:第九条 生产数据安全
P:9.1 控制系统和数据采集软件中的工艺参数、配方、产量及质量数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方提供的专用通道接入，操作全程记录；乙方不得在控制系统中植入后门或未声明的远程连接功能。
P:9.3 发生因乙方原因导致的数据丢失、篡改或网络安全事件，乙方应在2小时内通知甲方，协助恢复生产，并赔偿甲方由此遭受的损失。
P:9.4 乙方调试用的笔记本电脑及移动存储介质进入车间前应经甲方信息部门检查，离场前应删除其中的甲方工艺参数和生产数据。
H:第十条 知识产权
P:10.1 乙方为本项目编写的可编程控制器程序、触摸屏画面及接口程序归甲方所有，乙方应交付源程序及注释，甲方可自行修改使用。
P:10.2 数据采集软件的著作权归乙方，乙方授予甲方永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 因改造质量原因造成甲方停产的，乙方应赔偿甲方直接损失，包括停产期间的人工费用和订单延误赔偿。
P:11.3 甲方逾期付款的，每日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下工作转包。控制柜的机械加工可分包，但须事先取得甲方书面同意，乙方对分包方的工作负责。分包方人员进入甲方厂区同样应遵守本合同第八条的安全生产要求。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 乙方逾期完成改造超过四十五日，或任一生产线两次验收不合格的，甲方有权解除合同，并要求乙方将已安装设备拆除、恢复原状。
P:13.3 合同解除不影响甲方依本合同要求乙方支付违约金和赔偿损失的权利。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。因不可抗力不能履行的，受影响方应及时通知对方并提供证明。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江润枕健康科技有限公司    乙方（盖章）：宁波智控自动化工程有限公司
"""

Z03 = """琴韵古筝艺术培训连锁门店预约及会员管理系统服务合同（草案）

合同编号：QY-IT-2026-012
甲方：杭州琴韵文化艺术培训有限公司（含其下属30家直营门店）
乙方：杭州课栈网络科技有限公司

鉴于甲方经营古筝培训连锁门店，需要统一的课程预约、排课、会员及收费管理系统，乙方同意以软件即服务（SaaS）方式提供“课栈”教培管理系统并完成实施，双方达成如下条款。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店开通“课栈”系统，功能包括课程预约与排课、教师课表、琴房管理、会员储值与课时包、电子合同、家长小程序、收银对账及经营报表。
2. 每家门店开通前台账号三个、教师账号不限，总部账号十个。
3. 系统部署于乙方租用的境内云服务器，数据存储于中国境内。
（二）实施服务
1. 将甲方现有会员、课时余额、储值余额及教师排课数据从旧系统迁移至“课栈”系统。
2. 按甲方品牌配置家长小程序页面、课程体系、课时包规则和会员等级。
3. 完成与甲方使用的聚合支付通道及财务软件的对接。
4. 为门店店长、前台及总部财务人员提供培训，不少于六场，其中线下培训两场。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，至次年对应日的前一日止；第二个服务年度自第一个服务年度届满次日起算。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费由乙方根据市场情况及产品版本调整，乙方应在续期前十五日通知甲方新的价格，甲方未提出异议的视为接受。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币6,800元，30家门店每个服务年度合计人民币204,000元，两个服务年度合计人民币408,000元。
2. 实施费：人民币86,000元，一次性支付。
3. 培训费：人民币12,000元，一次性支付。
4. 合同总价为人民币506,000元（含增值税）。门店数量增减的，按实际开通月份折算订阅费。
（二）支付方式
1. 实施费和培训费在上线验收合格后十五个工作日内支付。
2. 每个服务年度的订阅费，在该服务年度开始后十五个工作日内一次性支付。
3. 乙方应在甲方付款前开具增值税普通发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置及对接，并向甲方提交上线验收申请。
（二）上线验收标准：
1. 迁移后的会员人数、课时余额、储值余额与旧系统导出数据逐一核对一致，差异为零；
2. 30家门店均能完成预约、签到、消课及收银全流程操作；
3. 聚合支付及财务软件对账连续十日无差错；
4. 家长小程序在高峰时段（每日晚间）页面打开时间不超过2秒。
（三）甲方应在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。系统试用或甲方门店开始使用均不视为验收合格。
（四）验收不合格的，乙方应在十日内整改后重新提交验收。整改期间旧系统由甲方继续使用，乙方应配合做好新旧系统并行期间的数据同步。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在每日凌晨一时至五时之间，并提前两日通知甲方。
（二）故障分级及处理时限：
1. 一级故障（全部门店无法登录、收银或预约中断）：乙方应在30分钟内响应，2小时内恢复；
2. 二级故障（部分功能不可用或个别门店异常）：2小时内响应，当日内解决；
3. 三级故障（咨询、报表格式等问题）：次一工作日内答复。
（三）乙方应提供工作日9:00至21:00、周末及节假日9:00至18:00的客服热线及在线客服，寒暑假招生高峰期间延长至22:00。
（四）乙方每月向甲方提供服务报告，列明可用率、故障情况及处理结果。乙方未达到本条服务水平的，应在五个工作日内提交书面说明及整改计划。

六、数据权属与数据安全
（一）甲方及其门店在系统中录入或产生的会员信息、学员信息、课时记录、交易记录等数据（以下简称“甲方数据”）归甲方所有。
（二）甲方同意，乙方可以将甲方数据进行去标识化处理后，用于乙方产品改进、行业统计分析及乙方其他产品和服务的开发，该等使用不需另行取得甲方同意，也不另行支付费用。
（三）乙方应采取加密传输与存储、访问权限控制、操作日志留存、每日备份等措施保护甲方数据安全，未成年学员信息应单独加密并设置更严格的访问权限。
（四）发生数据泄露、丢失或被非法访问的，乙方应在12小时内通知甲方，采取补救措施，并承担因乙方原因造成的损失。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求导出并交付全部甲方数据，此后删除其存储的甲方数据。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据、课程价格体系及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

八、知识产权
（一）“课栈”系统的著作权及相关知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程体系配置及品牌素材归甲方所有，甲方可自行或委托他人修改使用。

九、违约责任
（一）乙方未按第四条约定时间完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付订阅费超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）任何一方严重违反本合同且在收到对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）因乙方原因解除合同的，乙方应退还甲方已付但未使用的订阅费，并按第六条第（五）项交付甲方数据。

十二、甲方义务
（一）甲方应指定总部项目负责人一名，各门店指定联络人一名，负责需求确认、数据核对和验收组织。
（二）甲方应按乙方要求在约定时间内提供旧系统数据导出文件、支付通道商户资料及财务科目设置，并对所提供数据的合法来源负责。
（三）甲方应妥善保管各级账号和密码，门店人员离职时应及时停用其账号；因甲方保管不善造成的损失由甲方自行承担。
（四）甲方新增门店的，应提前十日通知乙方，乙方应在五个工作日内完成开通，新增门店按本合同单价计费。

十三、不可抗力
因地震、火灾、疫情防控措施、基础电信网络大面积中断等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，相应义务顺延履行。云服务商的一般故障不属于不可抗力。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十五、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）双方的通知以书面形式或合同指定的电子邮箱送达，电子邮件发出之日视为送达。
（三）附件：门店清单、功能清单、数据迁移方案。

甲方（盖章）：杭州琴韵文化艺术培训有限公司
乙方（盖章）：杭州课栈网络科技有限公司
日期：2026年__月__日
"""

Z04 = """清河县公路管理局危桥结构健康监测系统2027年度运维服务合同（草案）

项目编号：QHGL-CS-2026-031
采购方式：竞争性磋商
采购人（甲方）：清河县公路管理局
成交供应商（乙方）：河北桥安监测技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就危桥结构健康监测系统年度运维服务事项签订本合同。

第一条 服务范围
（一）运维对象：甲方辖区内46座危旧桥梁安装的挠度、应变、倾角、裂缝、加速度及视频监测设备，现场采集箱、太阳能供电设施，以及部署于市政务云的桥梁监测预警平台。
（二）服务内容：
1．传感器及采集设备的定期巡检、清洁、标定、故障维修与更换；
2．监测预警平台的日常运行维护、数据备份、安全加固和版本修补；
3．监测数据的月度分析报告、季度评估报告及年度总结报告，年度总结报告应包括各桥结构状态变化趋势、设备完好情况和下一年度维护加固建议；
4．汛期、冰冻及超限车辆通行等情况下的应急加密监测；
5．预警阈值的复核和调整建议，报甲方批准后实施。
（三）服务期限：2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第二条 服务费用
（一）本合同总价为人民币陆拾贰万元整（¥620,000），其中：传感器巡检与标定费268,000元，平台运维及数据分析费196,000元，应急监测费84,000元，维修备件包干费72,000元。
（二）上述价格为包干价，包括人工、车辆、仪器、备件、差旅及税费。服务期内单个备件价值超过2,000元且非因乙方原因损坏的，双方另行书面确认费用。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度末由甲方按本合同第五条进行季度考核，考核通过后十五个工作日内支付当季服务费（合同总价的四分之一），考核扣减金额从当季服务费中扣除。
（三）乙方应在每次付款前提供合法有效的发票。

第四条 服务标准
（一）监测预警平台年度可用率不低于99.95%，计划维护须提前三日报甲方同意。
（二）故障分级：一级故障为预警功能失效、平台中断或重点桥梁（附件1所列十二座）监测数据中断；二级故障为单个测点数据中断或异常；三级故障为报表、显示等一般问题。
（三）一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，48小时内修复；三级故障三个工作日内处理完毕。
（四）乙方每月对全部桥梁巡检一次，每季度完成传感器标定一次，巡检及标定记录须拍照留存并上传平台。
（五）发生预警时，乙方应在15分钟内电话报告甲方值班人员，并在1小时内提交初步分析意见。
（六）乙方应配备不少于六名专职运维人员，其中桥梁结构专业工程师不少于两名，并在县城设立驻点。

（七）乙方应建立备件库，常用传感器、采集模块及蓄电池的库存不少于测点总数的十分之一，更换下来的旧设备应登记后交回甲方。

第五条 考核与验收
（一）季度考核由甲方按附件2《运维考核细则》进行，考核内容包括：平台可用率、故障响应及修复时限、巡检及标定完成率、报告质量及数据有效率。季度考核得分低于80分的为不合格，乙方应在十日内整改并重新考核。
（二）年度验收在服务期满后三十日内进行，验收标准为：四个季度考核均通过；全部设备运行正常或已按要求修复；年度报告经甲方组织的专家评审通过；运维档案完整移交。
（三）乙方提交报告或甲方支付款项，均不视为验收合格。年度验收不合格的，乙方应在二十日内完成整改，相关费用由乙方承担。

第六条 扣减及违约责任
（一）一级故障响应、到场或恢复超时的，每超时一小时扣减服务费1,500元；二级故障修复超时的，每超时一日扣减500元。
（二）平台年度可用率每低于承诺值0.01个百分点，扣减服务费2,000元。
（三）乙方未按期完成月度巡检、季度标定或未按时提交报告的，每逾期一日，按合同总价的千分之一支付违约金。
（四）因乙方未及时报告预警或数据失真导致甲方未能及时采取封闭交通等措施的，乙方应赔偿由此造成的全部损失。
（五）乙方擅自减少驻点人员的，每缺一人每日扣减服务费300元；全年累计扣减金额在年度验收时一并结算。
（六）甲方无正当理由逾期付款的，每日按逾期金额的万分之二支付违约金。

第七条 数据安全与数据权属
（一）监测数据、视频图像、分析报告及平台运行数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他用途或向任何第三方提供。
（二）乙方应落实网络安全等级保护第二级要求，使用甲方分配的运维账号，经堡垒机进行远程运维，不得私自开放外网端口或留存数据副本。
（三）发生数据泄露、丢失、篡改或网络安全事件时，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的损失及责任由乙方承担。
（四）服务期满，乙方应将全部运维档案和数据移交甲方，并删除其持有的数据。

第八条 作业安全与人员管理
（一）乙方上桥及桥下作业应按公路养护安全作业规程设置警示标志和安全防护，需要占道的，应提前三日报甲方批准并配合交警部门实施交通管制。
（二）乙方作业人员应持证上岗，高处作业应系安全带，恶劣天气停止户外作业。因乙方原因发生的安全事故，由乙方承担全部责任。
（三）乙方更换项目负责人或结构专业工程师的，应提前十日书面报甲方同意，替换人员的资格不得低于原人员。
（四）甲方负责提供桥梁设计图纸、历年检测报告、政务云资源及通行协调，并指定专人对接。

第九条 保密
乙方对服务中知悉的桥梁技术状况、监测数据、预警信息及甲方内部资料负有保密义务，未经甲方书面同意不得对外发布或披露。本条在合同终止后继续有效。

第十条 知识产权
乙方在服务期间形成的分析报告、评估报告、阈值调整方案及平台配置文件归甲方所有。乙方原有的分析软件归乙方，乙方授予甲方在本项目中免费使用。

第十一条 分包
乙方不得将本合同项下服务转包或分包。设备原厂提供的返厂维修不属于分包，但乙方仍应对维修质量和时限负责。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或发生重大违约经书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）乙方隐瞒预警信息或伪造监测数据的，甲方有权立即解除合同并要求赔偿损失。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或部分解除合同；但在汛期、地震等灾害发生后，乙方仍应尽最大努力完成应急监测。
（二）磋商文件、响应文件、成交通知书及附件为本合同组成部分。
（三）本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。
附件：1．重点桥梁及测点清单；2．运维考核细则；3．乙方运维人员名单。

甲方（盖章）：清河县公路管理局
乙方（盖章）：河北桥安监测技术有限公司
日期：2026年__月__日
"""

Z05 = """# 匠链工序追溯软件许可及定制开发合同

> 匠链标准合同文本 V3.0（乙方提供）　　合同编号：JL-XS-2026-0907

**甲方（用户）**：宜兴陶然紫砂艺术有限公司（陶然紫砂工作室）

**乙方（供应商）**：无锡匠链软件有限公司

甲方因紫砂壶制作工序管理及作品溯源需要，向乙方采购“匠链工序追溯系统”软件许可及定制开发服务。双方经协商一致，依照乙方标准合同文本订立本合同，双方另有书面约定的除外。

## 第一条 定义

1.1 “许可软件”指乙方拥有著作权的匠链工序追溯系统及其模块，以乙方交付的版本为准。

1.2 “定制开发成果”指乙方根据甲方需求在许可软件基础上开发的功能、程序、接口及相关文档。

1.3 “上线”指许可软件及定制开发成果安装部署于甲方服务器并可登录使用。

1.4 “服务期”指免费维护期及甲方已付费的维护期。

## 第二条 产品与服务内容

2.1 乙方向甲方提供许可软件，包括工序追溯基础版（泥料入库、制坯、修坯、烧制、打磨、包装各工序记录）、窑温曲线模块及作品防伪证书模块，许可方式为单位永久许可，用户数不超过二十个。

2.2 定制开发内容：泥料批次与矿源信息管理、工艺师及作品档案、一壶一码防伪证书打印，以及与甲方网店后台的订单对接。

2.3 乙方负责软件的安装部署、基础数据导入模板提供及两次操作培训，每次培训不超过半天。

2.4 乙方交付的许可软件为合同签订时的最新发布版本，后续新版本及新增模块不包含在本合同范围内，甲方需要的，另行购买。

## 第三条 合同价格

3.1 合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯基础版许可 | 168,000 |
| 2 | 窑温曲线模块许可 | 96,000 |
| 3 | 作品防伪证书模块许可 | 64,000 |
| | 软件许可费小计 | 328,000 |
| 4 | 定制开发费 | 86,000 |
| 5 | 部署及培训费 | 26,000 |
| | 合计 | 440,000 |

3.2 上述价格为乙方优惠价，仅适用于本合同，含增值税，不含甲方服务器、扫码枪、标签打印机等硬件设备及第三方数据库费用。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方支付合同总价的65%，乙方收到款项后启动项目。

4.2 软件上线后十个工作日内，甲方支付合同总价的35%。

4.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延。

## 第五条 交付与验收

5.1 乙方在收到首期款后六十日内完成许可软件部署及定制开发成果上线。

5.2 软件上线即视为甲方验收合格。甲方如对功能有异议，应在上线后三日内书面提出，逾期未提出的，视为甲方对全部交付内容无异议。

5.3 乙方对甲方提出的功能异议进行确认，属于软件缺陷的予以修复；属于需求变更的，另行计费。

5.4 上线后甲方提出的新增需求或超出需求确认书范围的修改，均属需求变更，乙方按每人日人民币2,200元另行报价，经甲方确认后实施。

## 第六条 技术支持

6.1 乙方在服务期内通过电话、微信群及远程方式为甲方提供技术支持，尽合理努力解决甲方使用中遇到的问题。

6.2 乙方工作时间为工作日9:00至17:30，非工作时间的支持请求顺延至下一工作日处理。

6.3 需要乙方人员到甲方现场处理的，甲方应承担乙方人员的差旅及食宿费用；因甲方操作不当、擅自修改配置或硬件故障导致的问题，乙方提供有偿服务。

## 第七条 免费维护与维护费

7.1 许可软件及定制开发成果的免费维护期为六个月，自上线之日起计算。免费维护期内乙方提供缺陷修复和版本补丁。

7.2 免费维护期满后，甲方如需继续获得维护和升级服务，应按年向乙方支付维护费，年维护费为软件许可费小计的25%，即每年人民币82,000元，双方按年另行签订维护协议。

7.3 甲方未购买维护服务的，乙方不再提供任何升级、补丁及技术支持；甲方中断维护后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 许可软件的著作权及一切知识产权归乙方所有。

8.2 定制开发成果（包括源代码、数据库设计、接口程序及文档）的知识产权归乙方所有，乙方授予甲方在本单位内部非独占地使用，甲方不得修改、反编译、转让或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第九条 数据与安全

9.1 甲方在系统中录入的工艺、作品、客户及订单数据归甲方所有，乙方仅为提供本合同服务而接触该等数据，不得用于其他目的。

9.2 乙方远程维护时应使用甲方开通的临时账号，维护完成后由甲方关闭；乙方应采取必要的技术措施防止数据泄露、丢失，发现安全事件应在24小时内通知甲方，并对因乙方过错造成的数据损失承担赔偿责任。

9.3 合同终止后，甲方可在三十日内自行导出系统中的甲方数据，乙方可提供标准格式的导出工具，逾期后乙方不承担数据保存义务。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露。乙方的报价、源代码及产品资料属于乙方商业秘密。保密义务在本合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。在任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

11.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方可以书面通知解除本合同。

12.2 合同解除时，甲方应支付乙方已完成工作部分的费用，已支付的许可费不予退还。

12.3 甲方违反第八条约定修改、转让许可软件或定制开发成果的，乙方有权立即解除合同、停止全部服务，并要求甲方赔偿损失。

## 第十三条 甲方义务

13.1 甲方应按乙方提供的配置清单自行准备服务器、网络、扫码枪、标签打印机及操作系统，并保证其正常运行。

13.2 甲方应指定一名项目联系人，在乙方要求的时间内完成需求确认、基础数据整理和导入，因甲方原因导致工期延误的，乙方不承担责任。

13.3 甲方应自行做好系统数据的日常备份；甲方不得将许可软件安装于约定以外的服务器，也不得超出许可用户数使用。

## 第十四条 不可抗力

因不可抗力或网络运营商、第三方软件等非乙方原因造成合同不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十五条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件为报价单及需求确认书，与本合同具有同等效力。

甲方（盖章）：宜兴陶然紫砂艺术有限公司　　乙方（盖章）：无锡匠链软件有限公司

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. GRS-CN-2026-017
P:This Software Licence and Services Agreement (the "Agreement") is made between Shanghai Yunda Supply Chain Management Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Jiading District, Shanghai (the "Buyer"), and Grandfather Ridge Software, Inc., a North Carolina corporation with its principal office at Sunset Drive, Blowing Rock, North Carolina, United States (the "Vendor").
P:The Buyer operates six regional distribution centres in eastern China and wishes to license the Vendor's SlotWise warehouse slotting and labour planning software and to have the Vendor configure it, build interfaces to the Buyer's systems and train the Buyer's staff. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SlotWise application in object code, version 7.2 or later, including the slotting optimiser, labour standards engine and planning dashboards, with its documentation.
P:1.2 "Custom Deliverables" means the configurations, interface programs, mapping rules, reports and documents that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data supplied by the Buyer or generated in the Buyer's systems, including item master data, order history, location data and employee productivity records.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at all of its distribution centres in the People's Republic of China, for up to 350 named users, for the Buyer's own business and the business of its affiliates.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may not sell or sublicense the Software to unrelated third parties.
P:2.3 Additional users may be purchased at any time at the unit price in Article 3.
H:Article 3 Price
P:3.1 The total price is CNY 1,720,000 (one million seven hundred and twenty thousand yuan), inclusive of applicable taxes, and is made up of: Software licence fee CNY 1,180,000; configuration and interfaces CNY 420,000; training CNY 58,000; project management CNY 62,000.
P:3.2 Additional named users cost CNY 3,200 each. All prices are fixed for the duration of the project and payable in CNY to the Vendor's account in Shanghai.
H:Article 4 Payment
P:4.1 20% of the total price is payable within 30 days after signature, against the Vendor's invoice.
P:4.2 45% of the total price is payable within 30 days after the Software and Custom Deliverables are installed in the Buyer's production environment and the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:4.3 35% of the total price is payable within 30 days after Final Acceptance.
P:4.4 The Vendor shall issue valid Chinese tax invoices (fapiao) for each instalment through its local billing agent.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and complete configuration and interfaces within 110 days after signature, in accordance with the project plan in Annex 1.
P:5.2 Acceptance testing shall show that: (a) every function in the Functional Specification (Annex 2) works as described; (b) the interfaces with the Buyer's warehouse management system and ERP exchange orders, item masters and confirmations without loss for ten consecutive working days; (c) a full re-slotting run for the largest distribution centre (about 48,000 locations) completes in under 50 minutes; (d) labour plans reconcile with actual shift records within the tolerance stated in Annex 2; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 After a successful acceptance test and 30 days of production use without a Severity 1 defect, the Buyer shall sign a Final Acceptance certificate. Installation, production use or payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defects within 15 days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the Functional Specification for 18 months after Final Acceptance. During that period the Vendor shall correct defects and provide all updates and new releases free of charge.
P:6.2 Severity levels: Severity 1 means the Software is unavailable or slotting or planning cannot run at a distribution centre; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 incident within 1 hour, around the clock, and provide a workaround within 8 hours; Severity 2 within 2 hours and a fix within 3 working days; Severity 3 within one working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,500; for each working day by which it misses a Severity 2 fix time, CNY 800. These amounts may be deducted from any sum due to the Vendor.
P:6.4 After the warranty period, the Vendor shall offer annual support on the terms of Articles 6.2 and 6.3 at 11% of the Software licence fee per year (CNY 129,800). This fee is fixed for the first three years after the warranty period. Support years are ordered by separate purchase order; there is no automatic renewal.
P:6.5 Remote support shall be given in English and Chinese through a local partner of the Vendor's choosing only after the Buyer has consented in writing under Article 11.
H:Article 7 Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose, whether or not it is anonymised or aggregated.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN, with named accounts and multi-factor authentication, and only for sessions approved by the Buyer. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Personal Information Protection Law and the Data Security Law.
P:7.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in containing it, and compensate the Buyer for the losses resulting from a breach caused by the Vendor or its personnel.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code with each release. The Buyer may use, modify and license the Custom Deliverables freely, including to third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and commercial information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete configuration and interfaces by the date in Article 5.1 for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article the Vendor shall refund the amounts paid for undelivered or rejected work.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of North Carolina, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute shall be settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Charlotte, North Carolina, and the language is English.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated on the signature page. A notice sent by e-mail takes effect on the next working day in the place of receipt.
P:14.3 This Agreement, with Annex 1 (Project Plan), Annex 2 (Functional Specification) and Annex 3 (Interface List), is the entire agreement of the parties. It is signed in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# InspectLoop Order Form and General Terms (Draft)

**Order Form No.** SHS-OF-2026-0311

**Vendor:** Sugar Hollow Software LLC, a North Carolina limited liability company, Shawneehaw Avenue, Banner Elk, North Carolina, United States ("Vendor")

**Customer:** Suzhou Hengrui Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer for the InspectLoop supplier quality management service (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A: Order Form

### A1. Service

InspectLoop Enterprise edition, a hosted software service for incoming inspection, supplier corrective action requests (SCAR), production part approval (PPAP) records, supplier scorecards and audit scheduling, including the Chinese-language user interface, the supplier portal for up to 260 supplier companies and the mobile inspection app.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the Subscription Start Date, which is the date of Onboarding Acceptance under B3; the second Subscription Year begins on the first anniversary of that date. This Order Form does not renew automatically. Any continuation after the Subscription Term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Subscription Year 1 | 420 named users | 1,150 per user per year | 483,000 |
| Subscription, Subscription Year 2 | 420 named users | 1,150 per user per year | 483,000 |
| Onboarding services (configuration, data migration, two interfaces, training) | 1 | 74,000 | 74,000 |
| Premium support | included | 0 | 0 |
| **Total fees for the Subscription Term** | | | **1,040,000** |

Fees include VAT. Additional named users may be added at the same unit price, prorated to the end of the current Subscription Year. Fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.

(c) No other amount is payable before the Service is accepted.

### A5. Hosting and Approved Subcontractor

The Service is hosted in the Alibaba Cloud East China 2 (Shanghai) region. Customer approves, by signing this Order Form, Vendor's local operating partner, Shanghai Gaoshan Information Technology Co., Ltd., which provides first-line support and onboarding work in China. No other subcontractor is approved.

### A6. Contacts and Onboarding Plan

Customer's project lead is the Quality Systems Manager at the Suzhou plant. Vendor's engagement manager is named in the onboarding plan attached as Exhibit 1. Onboarding is scheduled to be completed within 75 days after signature.

## Part B: General Terms

### 1. Definitions

1.1 "Service" means the InspectLoop hosted service described in A1, with its documentation.

1.2 "Customer Data" means all data, files and records entered into or generated in the Service by or for Customer, its users and its suppliers.

1.3 "Customer Configurations" means the workflows, inspection plans, forms, reports and interface mappings that Vendor configures for Customer.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates in China the right to access and use the Service during the Subscription Term for their internal business, through the named users in A3 and the supplier portal users.

2.2 Customer shall keep its user credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Onboarding and Acceptance

3.1 Vendor shall configure the Service, migrate three years of inspection and SCAR records from Customer's current system, build interfaces to Customer's ERP (material receipts) and MES (lot numbers), and train Customer's users, as set out in Exhibit 1.

3.2 Onboarding Acceptance occurs when Customer confirms in writing that: (a) all migrated records reconcile by count and by sample check of 200 records; (b) both interfaces have run for ten working days without lost or duplicated transactions; (c) the inspection, SCAR, PPAP and scorecard workflows pass the test scripts in Exhibit 1; and (d) at least 90% of named users have completed training. Customer shall test within ten working days after Vendor's notice of readiness. Use of the Service for training or testing is not acceptance.

3.3 If a test fails, Vendor shall correct the failure and Customer shall retest within five working days.

### 4. Service Levels

4.1 Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

4.2 Incident priorities: Priority 1 means the Service is unavailable or receipt inspections cannot be recorded; Priority 2 means a major function is impaired; Priority 3 means any other issue. Vendor shall respond to Priority 1 incidents within 30 minutes at any time, and restore service or provide a workaround within 3 hours; Priority 2 within 2 hours during business hours; Priority 3 within one business day.

4.3 Service credits: if monthly availability falls below the commitment in 4.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of shortfall, up to 50% of the monthly equivalent. Each missed Priority 1 response or restoration time earns a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded after the Subscription Term.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including benchmarking or product development, in identifiable, de-identified or aggregated form.

5.2 Vendor shall store Customer Data only in the hosting region named in A5, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least two years and maintain daily backups with a recovery point of no more than 24 hours.

5.3 Vendor shall notify Customer of any security incident affecting Customer Data within 12 hours, provide the information needed for Customer's own reporting duties, and bear the cost of remediation and Customer's resulting losses where the incident was caused by Vendor or its subcontractor.

5.4 At the end of the Subscription Term Vendor shall make Customer Data available for export in CSV and PDF formats for 60 days and then delete it, confirming the deletion in writing.

### 6. Intellectual Property

6.1 Vendor owns the Service and all improvements to it.

6.2 Customer Configurations and all reports and documents produced specifically for Customer belong to Customer, which may use, modify and have them used by third parties without restriction.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation lasts for three years after the Subscription Term.

### 8. Subcontracting

Vendor shall not subcontract any part of the Service except to the approved subcontractor in A5 or with Customer's prior written consent, and remains responsible for all subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer under this Order Form in the six months preceding the event giving rise to the claim.

9.3 The limits in this section do not apply to a party's breach of section 7, to personal injury, or to fraud.

### 10. Term and Termination

10.1 This Agreement runs until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. If Customer terminates under this section, Vendor shall refund the prepaid fees for the remainder of the Subscription Year.

10.3 If Onboarding Acceptance has not occurred within 120 days after signature for reasons attributable to Vendor, Customer may terminate this Agreement and Vendor shall refund all fees paid.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's consent, except to an affiliate that takes over the relevant business.

12.2 Notices shall be given in writing to the contacts named in A6.

12.3 Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters, government action or a general failure of public telecommunications networks, provided it notifies the other party promptly. Service credits under 4.3 still apply to outages of the Service itself.

12.4 This Agreement is executed in English and Chinese. Both versions have equal effect.

Signed for Vendor: ____________________ Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software (Draft)
P:Contract No. HY-EQ-2026-0219
P:Buyer: Rizhao Haiyun Paper Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Blue Ridge Vibration Systems, Inc., a North Carolina corporation, West Main Street, Burnsville, North Carolina, United States (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the condition of the rotating equipment on its two paper machines and in its pulp preparation plant, and the Supplier has offered the sensors, gateways and monitoring software described below.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting hardware and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including the analysis server, web dashboards and alarm module, licensed under Clause 4.
P:1.3 "Buyer Data" means all measurements, alarms, asset records, images and reports generated by the Equipment or the Software or supplied by the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's mill in Rizhao and train the Buyer's staff. The Contract Price is CNY 1,690,000, including VAT, packing, transport to site, insurance and import formalities, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|240|3,600|864,000
TB:2|Industrial gateways with mounting kits|24|9,500|228,000
TB:3|MachineWatch Software, perpetual licence, 240 measuring points|1|396,000|396,000
TB:|Hardware and Licence Subtotal|||1,488,000
TB:4|Installation and cabling of gateways|1|126,000|126,000
TB:5|Commissioning and baseline modelling|1|58,000|58,000
TB:6|Training (maintenance engineers and analysts)|1|18,000|18,000
TB:|Contract Price|||1,690,000
P:2.2 Prices are fixed. Spare sensors beyond the quantity above may be ordered at the unit price for two years after Final Acceptance. The Supplier shall state the country of origin of each item and provide the packing lists, certificates of conformity and radio type approval certificates required for import and use of the Equipment in China.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's mill within 60 days after signature and complete installation within 40 days after delivery. Delivery is evidenced by a Delivery Certificate signed by both parties, which records quantities and visible condition only and is not acceptance.
P:3.2 The Supplier's installers shall follow the Buyer's site safety rules, including permits for work near moving machinery, lock-out procedures and hot-work permits.
P:3.3 The Buyer shall provide the analysis servers, network connections between the gateways and the mill network, access to the machines during planned shutdowns and a site contact for each production area. The Supplier shall give the Buyer a detailed installation schedule at least ten days before work starts, arranged around the Buyer's planned shutdowns.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for up to 240 measuring points at the Buyer's sites in China, on servers operated by or for the Buyer.
P:4.2 The Buyer may copy the Software for backup and testing. Additional measuring points may be licensed at CNY 1,650 each.
H:5. Payment
P:5.1 10% of the Contract Price within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 55% of the Contract Price within 30 days after the Delivery Certificate for all Equipment.
P:5.3 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised distributor in China.
H:6. Acceptance
P:6.1 After installation the Supplier shall commission the system and build baseline models for every monitored asset.
P:6.2 The acceptance test shall demonstrate that: (a) all 240 sensors report to the Software at the configured interval with packet loss below 1% over seven days; (b) measured vibration values agree with a calibrated portable analyser within the tolerance in Annex 2; (c) alarms reach the Buyer's control room and the maintenance mobile app within 60 seconds; (d) the Software's interface to the Buyer's maintenance management system creates work orders correctly; and (e) the system runs for 30 consecutive days without a Priority 1 fault.
P:6.3 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten days. Delivery, installation, use of the system or payment is not acceptance. If the test fails, the Supplier shall remedy the failure within 15 days and repeat the test at its cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During that period it shall repair or replace defective Equipment and correct Software defects free of charge, provide Software updates and keep a stock of at least eight spare sensors and one spare gateway at the mill.
P:7.2 Priority 1 means the Software is down, or a gateway or more than ten sensors have stopped reporting; Priority 2 means individual sensors have failed or an alarm function is impaired. The Supplier shall respond to a Priority 1 fault within 1 hour, remotely or by telephone, and restore service within 24 hours; Priority 2 within one business day, with replacement within five business days.
P:7.3 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 800, and for each day of late Priority 2 replacement CNY 300. The Buyer may deduct these amounts from any payment or from the warranty bond.
P:7.4 After the warranty period, the Supplier shall provide annual support (updates, remote support, the service levels in Clauses 7.2 and 7.3 and annual sensor health checks) for a fee of 9% of the Hardware and Licence Subtotal per year (CNY 133,920), fixed for three years after the warranty period ends. The Buyer may order support year by year; support does not renew automatically.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it, in any form, for its own products, research or other customers.
P:8.2 The Software shall run on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host; the Supplier shall not copy Buyer Data to its own systems or transfer it outside China.
P:8.3 The Supplier shall report any actual or suspected security incident affecting the Buyer's systems or Buyer Data within 2 hours, assist the Buyer in containing it and compensate the Buyer for losses caused by the Supplier's breach of this Clause.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:9.2 Baseline models, alarm rules, asset hierarchies, reports and interface programs created for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files before Final Acceptance.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential, use it only for this Contract and not disclose it to any third party without the other party's prior written consent. This Clause survives for five years after the end of the Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to meet the delivery or installation dates in Clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of Clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation of gateways by the Supplier's distributor in China is subject to such consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment or services that have not been accepted and shall remove rejected Equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules. The award is final.
H:15. Miscellaneous
P:15.1 Force majeure excuses delay only for the period of the event and only if the affected party notifies the other within five days.
P:15.2 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses on the signature page. The Supplier's representative in China is authorised to receive notices on its behalf.
P:15.3 This Contract is signed in Chinese and English; both texts are equally authentic. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Procedure) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement (Draft)

**Agreement No.** DCM-YF-2026-04

**Between:**

**Dongguan Yifeng Apparel Co., Ltd.**, Humen Town, Dongguan, Guangdong Province, People's Republic of China ("Customer"); and

**Deep Creek Managed IT, Inc.**, a North Carolina corporation, Everett Street, Bryson City, North Carolina, United States, acting through its branch office in Shenzhen ("Provider").

**Background.** Customer runs three garment factories and a head office in Dongguan with about 1,800 end-user devices. Customer wishes to outsource its IT service desk, end-user device management and network operations to Provider for 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or processes in performing the Services.

1.5 "Service Levels" means the service levels in Schedule 3.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date until the end of the Term, in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall staff an on-site engineer at each factory during Customer's working hours and run the service desk from its Shenzhen branch in Mandarin, Cantonese and English.

2.3 Provider shall use the IT service management tool supplied by Customer for all tickets, asset records and changes, so that Customer keeps a full history of the Services.

2.4 Customer shall give Provider's staff access to its sites, systems and administrator accounts as needed for the Services, provide desk space and network connections for the on-site engineers, and name an IT manager as the single point of contact for Provider. Customer remains responsible for purchasing hardware, software licences and internet links, and Provider shall advise on their specification when asked.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 2,302,000, made up of a one-off Transition Charge of CNY 88,000 and a Monthly Service Charge of CNY 61,500 for each of the 36 months of the Term.

3.2 Provider shall invoice the Transition Charge after Transition Acceptance and the Monthly Service Charge monthly in arrears, less any service credits earned in the month. Customer shall pay each correct invoice within 30 days.

3.3 The charges are fixed for the Term. Changes in the number of supported devices of up to ten per cent in either direction do not change the charges; larger changes are handled under the change procedure in clause 10.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition of the Services within 60 days after signature, including discovery of all devices and network equipment, knowledge transfer from Customer's current staff, set-up of monitoring and remote management, and documentation of operating procedures.

4.2 Transition Acceptance requires that: (a) at least 97% of devices in Customer's asset list are enrolled in Provider's endpoint management; (b) all network switches, firewalls and wireless controllers are monitored, with alarms tested; (c) the service desk has handled live tickets for ten working days in parallel with Customer's staff, meeting the Service Levels; and (d) the operating procedures have been approved by Customer's IT manager.

4.3 When these criteria are met, Customer shall sign a Transition Acceptance Certificate within five working days. Start of live operation before that date does not constitute acceptance.

4.4 If Provider fails to achieve Transition Acceptance by the date in clause 4.1 for reasons not attributable to Customer, Provider shall pay Customer CNY 1,800 for each day of delay, up to a total of CNY 90,000.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 3 and report its performance monthly.

5.2 If Provider misses a Service Level, Customer receives the service credits in Schedule 3, deducted from the next invoice. Total credits in any month shall not exceed 20% of that month's Monthly Service Charge.

5.3 Provider shall prepare a correction plan for any Service Level missed in two consecutive months and review it with Customer at the monthly service meeting. The correction plan shall name the cause, the actions, the responsible person and the date by which the Service Level will again be met.

## 6. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. Intellectual Property

7.1 Provider retains ownership of its tools, methods and software used to provide the Services.

7.2 Scripts, device configurations, runbooks, knowledge articles and reports created for Customer under this Agreement belong to Customer, which may use, modify and pass them to any successor provider without restriction.

## 8. Confidentiality

Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including Customer's designs, production plans and supplier prices, and shall disclose it only to its staff and approved subcontractors who need it for this Agreement. This obligation survives for three years after the Term.

## 9. Liability

9.1 Neither party is liable to the other for loss of profit or indirect loss.

9.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury or wilful misconduct.

## 10. Changes

Either party may request a change to the Services. Provider shall give a written proposal with the effect on charges and Service Levels within ten working days. No change is binding until both parties sign it.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 This Agreement may not be terminated before the end of the Term, except that Provider may terminate it by written notice if Customer fails to pay undisputed charges within 60 days after a written reminder. Customer's remedies for a failure to meet the Service Levels are the service credits in Schedule 3 and damages under clause 9.

12.3 At the end of the Term, Provider shall give reasonable exit assistance for up to 30 days, including handover of documentation and knowledge transfer to Customer or a successor provider, at the rates in Schedule 2.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.

## 14. General

14.1 Force majeure suspends the affected obligations for as long as it lasts, if the affected party notifies the other party promptly.

14.2 Notices shall be in writing and delivered by hand, courier or e-mail to the contacts named by each party at signature.

14.3 Neither party may assign this Agreement without the other party's written consent.

14.4 This Agreement and its Schedules are the entire agreement between the parties. It is signed in English and Chinese; both versions are equally valid.

## Schedule 1: Scope of Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, WeChat and portal; ticket logging, first-line fixes, escalation | 07:00 to 23:00, seven days |
| End-user devices | Enrolment, patching, software distribution, antivirus updates, hardware repair coordination for about 1,800 devices | Business days, remote and on site |
| Network operations | Monitoring of switches, firewalls, wireless and internet links at four sites; configuration backups; firmware updates | Monitoring 24x7 |
| On-site support | One engineer at each of the three factories | Factory shifts, Monday to Saturday |
| Reporting | Monthly service report and service meeting; quarterly improvement review | Monthly |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-off, invoiced after Transition Acceptance | 88,000 |
| Monthly Service Charge | 36 months x CNY 61,500, monthly in arrears | 2,214,000 |
| Total Contract Value | | 2,302,000 |
| Exit assistance and out-of-scope work | Per engineer day, if ordered | 2,600 |

## Schedule 3: Service Levels and Credits

| Measure | Target | Credit if missed |
|---|---|---|
| Priority 1 incident (factory network or production system down) | Response within 15 minutes, resolution within 6 hours | CNY 2,000 per incident |
| Priority 2 incident (function impaired at one site) | Response within 1 hour, resolution within 1 business day | CNY 500 per incident |
| Service desk calls answered | 90% within 60 seconds each month | 2% of the Monthly Service Charge |
| Patch compliance of managed devices | 95% within 14 days of release | 2% of the Monthly Service Charge |
| Monthly service report | Delivered by the fifth business day | CNY 500 per late report |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. SMD-JH-2026-009

PARTIES

Harbin Jinhe Agricultural Technology Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

Snowbird Mountain Data, LLC, a North Carolina limited liability company, Main Street, Robbinsville, North Carolina, United States ("Provider").

BACKGROUND

Customer provides farm management advice to large grain farms in north-east China. Provider operates a global agricultural weather and crop-condition data service delivered through an application programming interface (API). Customer wishes to subscribe to that service for two Subscription Years and to use the data in its own advisory platform. Customer's platform currently serves about 900 farms covering some two million hectares, and its agronomists use the data to plan sowing, irrigation, spraying and harvest dates.

1. DEFINITIONS

1.1 "Licensed Data" means the historical and forecast weather data, soil moisture estimates, crop-condition indices and satellite-derived vegetation layers that Provider makes available through the API.

1.2 "API" means Provider's application programming interface, endpoints, keys and documentation.

1.3 "Customer Data" means the field boundaries, farm identifiers, query parameters, crop plans and any other data that Customer or its users submit to the API, and the results returned for them.

1.4 "Activation Date" means the date on which Provider issues production API credentials after Activation Acceptance under clause 4.

1.5 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period between anniversaries.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the two Subscription Years, to call the API and to use, store and display the Licensed Data in Customer's advisory platform and mobile app for its own customers in the People's Republic of China.

2.2 The subscription includes up to 20 million API calls per month, coverage of all of China at the resolution stated in Annex A, daily forecast updates and access to historical data from 2001 onwards.

2.3 Customer shall not resell the Licensed Data as a stand-alone data product or make it available to third parties through its own API.

2.4 Provider shall keep the Licensed Data accurate and up to date in line with the update frequencies in Annex A, correct errors reported by Customer within five business days, and announce any change to the API at least 90 days in advance. A change may not remove an endpoint or data layer that Customer uses without an equivalent replacement.

2.5 Customer may display Provider's attribution notice in its platform in the form described in the documentation.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 528,000 for each Subscription Year, so CNY 1,056,000 for the two Subscription Years of this Agreement. The fee includes VAT, technical onboarding, the standard support in clause 5 and all updates of the Licensed Data.

3.2 API calls beyond the monthly volume in clause 2.2 are charged at CNY 0.35 per thousand calls, invoiced quarterly in arrears. These charges are not part of the subscription fee.

3.3 Provider shall invoice the fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay within 30 days of receiving a correct invoice.

3.4 The subscription fee is fixed for both Subscription Years.

4. ACTIVATION AND ACCEPTANCE

4.1 Within 15 days after signature, Provider shall provide test credentials and a sandbox with the full Licensed Data for Customer's pilot region.

4.2 Activation Acceptance requires that: (a) every endpoint listed in Annex A returns correct responses to Customer's test script of 500 calls; (b) median response time measured from Customer's Harbin data centre is below 800 milliseconds over five working days; (c) forecast and historical values for ten reference stations match the sample values agreed in Annex B; and (d) the documentation in Chinese and English is complete. Customer shall confirm Activation Acceptance in writing within five working days after the tests pass.

4.3 Provider shall achieve Activation Acceptance within 45 days after signature. For each day of delay caused by Provider, Provider shall pay Customer CNY 900 as liquidated damages, up to CNY 27,000.

5. SERVICE LEVELS AND SUPPORT

5.1 Provider shall make the API available at least 99.5% of the time in each calendar month, measured at Provider's endpoints and excluding scheduled maintenance announced 72 hours in advance.

5.2 Priority 1 means the API is unavailable or returns errors for more than a tenth of calls, or forecast updates are more than six hours late. Provider shall respond to Priority 1 incidents within 1 hour, 24 hours a day, and restore normal service as soon as possible. Priority 2 incidents (degraded performance or a single data layer unavailable) receive a response within one business day.

5.3 If monthly availability is below the commitment in clause 5.1, Customer receives a credit of 5% of the monthly share of the subscription fee for each half percentage point of shortfall or part of it, up to 25% of that monthly share. Each Priority 1 response more than one hour late earns a credit of CNY 1,000. Credits are set off against the next invoice or paid at the end of the Agreement.

5.4 Support is provided by e-mail and telephone in English and Chinese. Provider shall name a technical account manager for Customer, who shall hold a quarterly review with Customer covering availability, incidents, data quality issues and planned changes to the API.

5.5 Provider shall send Customer a monthly service report with measured availability, incidents, response times and any credits earned.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not use it for any other purpose, including its own analytics, product development or sale to third parties, in any form.

6.2 Provider shall host the API servers serving Customer, and store Customer Data, in data centres in the People's Republic of China. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff, keep access logs and delete Customer Data within 30 days after the end of this Agreement.

6.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data or the availability of the API, take immediate steps to contain it, and compensate Customer for losses caused by an incident for which Provider or its subcontractor is responsible.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors retain all rights in the Licensed Data and the API.

7.2 Advisory reports, crop models, maps and other outputs that Customer creates using the Licensed Data belong to Customer, and Customer may continue to use them after the end of this Agreement.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's business, technical and pricing information received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This clause survives for three years after the end of the Agreement.

9. SUBCONTRACTORS

Provider may engage subcontractors, including data-processing, hosting and local support providers, to perform any part of this Agreement by giving Customer written notice of the subcontractor's name and role. Provider remains responsible for its subcontractors.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the subscription fees for the two Subscription Years, except for breach of clauses 6 and 8, personal injury and wilful misconduct.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

11.2 It then renews for one further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the second Subscription Year.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If Customer terminates under this clause, Provider shall refund the unused part of the fee for the current Subscription Year.

11.4 On expiry or termination Customer shall stop calling the API, but may keep Licensed Data already incorporated into its advisory reports.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

13. GENERAL

13.1 Neither party is liable for delay caused by force majeure if it gives prompt notice and takes reasonable steps to resume performance.

13.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses named by each party.

13.3 Neither party may assign this Agreement without the other party's prior written consent, which shall not be unreasonably withheld in the case of a transfer to an affiliate.

13.4 Each party shall comply with the laws that apply to it in performing this Agreement, including the data, export control and personal information laws of the countries concerned.

13.5 This Agreement is signed in English and Chinese. Both versions have equal effect. Annex A (Endpoints and Coverage) and Annex B (Reference Values) form part of it.

For Customer: ____________________          For Provider: ____________________
"""


# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h1054z01_civil_affairs_elderly_meal_platform.pdf", Z01, "zh", "software"),
    "z02": ("h1054z02_neck_pillow_line_control_retrofit.docx", Z02, "zh", "hardware"),
    "z03": ("h1054z03_guzheng_chain_booking_membership_saas.txt", Z03, "zh", "cloud"),
    "z04": ("h1054z04_highway_bureau_bridge_monitoring_om.txt", Z04, "zh", "services"),
    "z05": ("h1054z05_zisha_studio_process_tracking_supplier_template.md", Z05, "zh", "software"),
    "e01": ("h1054e01_warehouse_slotting_licence_blowing_rock_vendor.pdf", E01, "en", "software"),
    "e02": ("h1054e02_supplier_quality_saas_order_form_banner_elk.md", E02, "en", "cloud"),
    "e03": ("h1054e03_paper_mill_vibration_sensors_monitoring.docx", E03, "en", "hardware"),
    "e04": ("h1054e04_apparel_managed_it_services_36_months.md", E04, "en", "services"),
    "e05": ("h1054e05_agri_weather_data_api_subscription.txt", E05, "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: terms in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value;
# base: itemised licence / hardware subtotal (goods only); forum_outside: dispute forum outside mainland China
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 8, False, True, True, "PRC", G],
    "z02": [99.5, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 10, False, True, False, "PRC", G],
    "z03": [99.95, 0.5, False, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
            "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, None, False, "supplier", True, True, True, 0.08, 20, 65, False, False, 6, 25, False, True, None, None,
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
            "North Carolina", G],
    "e02": [99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False, True,
            False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False, "PRC", G],
    "e04": [None, 0.25, True, "buyer", False, True, True, 1800 / 2302000 * 100, 150, None, True, None, None, None,
            False, False, False, "PRC", S],
    "e05": [99.5, 1, True, "buyer", True, True, True, 900 / 1056000 * 100, 150, None, True, None, None, None, False,
            True, True, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods), acceptance_deemed_on_delivery, contract_value, base
    "z01": (True, True, True, False, 1670000, 780000),
    "z02": (True, True, True, False, 1490000, 1320000),
    "z03": (True, True, None, False, 506000, None),
    "z04": (True, True, None, False, 620000, None),
    "z05": (False, True, True, True, 440000, 328000),
    "e01": (True, True, True, False, 1720000, 1180000),
    "e02": (True, False, None, False, 1040000, None),
    "e03": (True, True, True, False, 1690000, 1488000),
    "e04": (True, True, None, False, 2302000, None),
    "e05": (True, True, None, False, 1056000, None),
}
FORUM_OUTSIDE = {"e01"}  # ICDR arbitration seated in Charlotte
PRICE_SUMS = {  # itemised prices as written in the texts
    "z01": [780000, 640000, 186000, 64000], "z02": [642000, 318000, 96000, 264000, 148000, 22000],
    "z03": [204000, 204000, 86000, 12000], "z04": [268000, 196000, 84000, 72000],
    "z05": [168000, 96000, 64000, 86000, 26000], "e01": [1180000, 420000, 58000, 62000],
    "e02": [483000, 483000, 74000], "e03": [864000, 228000, 396000, 126000, 58000, 18000],
    "e04": [88000, 36 * 61500], "e05": [528000, 528000],
}
DESIGN = {  # my design list, written before deriving
    "z01": (["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
    "z02": (["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], "medium"),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], "medium"),
    "z04": ([], "low"),
    "z05": (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "e01": (["CR-GOVERNING-LAW"], "low"),
    "e02": (["CR-LD-MISSING", "CR-LIABILITY-CAP"], "high"),
    "e03": ([], "low"),
    "e04": (["CR-DATA-SECURITY", "CR-TERMINATION"], "high"),
    "e05": (["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(t, x):
    """Post-warranty fees over the horizon / TCO x 100; None when not computable or not a goods contract."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * x[5]
    return post / (x[4] + post) * 100


def derive(t, x, key):
    """My reading of policy section 3 (and 'Where rules apply')."""
    r = []
    sla, ld_stated, capped, deemed = x[0], x[1], x[2], x[3]
    goods = t["contract_kind"] == G
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(t, x)
    if share is not None and share > TCO_TH:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NB = r"(?<![\d.])"
ZN = "一二三四五六七八九十百零两"
THRESH_RE = re.compile("|".join([
    NB + r"99\.90*(?!\d)",
    NB + r"30\s*(%|％|per\s*cent|percent)", r"百分之三十(?![%s点])" % ZN, r"thirty\s*per\s*cent", r"three\s*tenths",
    NB + r"15\s*(%|％|per\s*cent|percent)", r"百分之十五(?![%s点])" % ZN, r"fifteen\s*per\s*cent",
    NB + r"40\s*(%|％|per\s*cent|percent)", r"百分之四十(?![%s点])" % ZN, r"forty\s*per\s*cent",
    NB + r"100\s*(%|％|per\s*cent|percent)", r"百分之百", r"百分之一百(?![%s点])" % ZN, r"hundred\s*per\s*cent",
    NB + r"0\.050*\s*(%|％|per\s*cent|percent)", r"万分之五(?![%s点])" % ZN, r"千分之零点五", r"千分之0\.5",
    NB + r"12\s*个\s*(自然)?月", r"(?<![%s])十二个(自然)?月" % ZN, NB + r"12[\s-]*(calendar\s*)?months?",
    r"twelve[\s-]*(\(12\)\s*)?(calendar\s*)?months?", r"\bone[\s-]*years?\b", r"(质保|保修|维护)期?为?一年", r"一年(的)?(免费)?(质保|保修)",
    NB + r"4\s*个?小时", r"(?<![%s])四个?小时" % ZN, NB + r"4[\s-]*(hours?|hrs?)\b", NB + r"4[\s-]*h\b",
    r"four[\s-]*(\(4\)\s*)?hours?",
]), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百", "99.9%", "99.9 %",
            "0.05%", "0.05 percent", "万分之五", "12个月", "十二个月", "12 months", "twelve months", "12-month",
            "one year", "一年质保", "4小时", "四小时", "4 hours", "four hours", "4-hour", "within4hours", "质保期为一年"]
MUST_MISS = ["130%", "0.30%", "35%", "百分之三十五", "115%", "0.15%", "140%", "百分之四十五", "1100%", "99.95%",
             "0.055%", "万分之五十", "24个月", "二十四个月", "三十二个月", "112 months", "24 hours", "二十四小时",
             "14小时", "24小时", "2.4 hours", "within24hours", "one further year", "2027年12月31日", "十二月", "1.4 h", "Annex 4 hosting"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, src, lang, cat) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))

    fired = set()
    for key, (name, src, lang, cat) in FILES.items():
        t = dict(zip(KEYS, TERMS[key]))
        x = EXTRA[key]
        assert sum(PRICE_SUMS[key]) == x[4], (key, sum(PRICE_SUMS[key]), x[4])
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (name, k, t[k])
        share = tco_share(t, x)
        assert share is None or abs(share - TCO_TH) > 2, (name, share)
        rules = derive(t, x, key)
        assert rules == sorted(DESIGN[key][0]), (name, rules, DESIGN[key][0])
        assert risk(rules) == DESIGN[key][1], (name, risk(rules))
        fired |= set(rules)
        extra = {"sla_clause": x[0], "ld_stated": x[1]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = x[2]
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and x[2] is None
        extra["acceptance_deemed_on_delivery"] = x[3]
        extra["contract_value"] = x[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print("%-62s %5d %s %s %s" % (name, n, risk(rules), ",".join(r[3:] for r in rules) or "-",
                                       "" if share is None else "TCO share %.1f%%" % share))
    missing = set(ALL_RULES) - fired
    assert not missing, ("rules never fired", missing)
    print("all checks passed; all 20 rules fire")


if __name__ == "__main__":
    main()
