"""holdout805: ten blind held-out draft contracts (5 zh, 5 en) and their expected labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Builds every contract from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the
.json labels from DESIGN, derives each draft's rules from its labels (policy §3 as read in NOTES.md), compares them
with the design list, checks rule coverage, the text lengths as read back, and that no label value and no text sits on
a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H805Z01 = """T:市商务局夜市经营管理平台采购合同
P:合同编号：SWJ-ZC-2027-0316    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某市云集数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就夜市经营管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供夜市经营管理平台软件的永久使用许可，并按甲方需求完成定制开发、部署实施和培训，覆盖全市七个夜市街区、约一千八百个摊位。
P:1.2 合同总价为人民币贰佰零叁万陆仟元整（¥2,036,000），其中：平台软件许可费¥1,180,000；定制开发费¥736,000（含摊位分配与租赁管理、食品安全进货台账追溯、客流热力分析、商户信用评价、移动支付对账接口五个模块）；部署实施费¥94,000；培训费¥26,000。
P:1.3 合同总价为固定价格，已包含软件许可、开发、部署、差旅、税费等全部费用，甲方不再另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后九十日内完成平台部署及全部定制模块的开发，并提交初验申请。
P:2.2 交付地点为甲方指定的政务云机房及甲方办公场所。平台部署于政务云，乙方不得将系统或数据部署于其他环境。
P:2.3 乙方应在合同签订后十日内提交项目实施方案，明确需求调研、开发、测试、数据迁移、部署和培训的进度安排，经甲方确认后执行。乙方应每两周向甲方书面报告项目进度，发生可能影响工期的情况时应及时报告。
P:2.4 乙方应指派具有同类项目经验的项目经理及不少于六名开发、实施人员常驻甲方现场。项目经理未经甲方同意不得更换；乙方人员不能胜任工作的，甲方有权要求更换。
P:2.5 乙方应为甲方平台管理员、各夜市街区管理人员及商户代表提供操作培训，培训不少于三期，每期结束后提交培训记录，并保证受训人员能够独立完成日常操作。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥407,200。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即¥916,200。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥712,600。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款。
H:第四条 验收
P:4.1 初验：平台部署完成后，甲方组织初验，标准为：招标文件及本合同附件所列功能全部实现；摊位、商户、租赁合同等历史数据迁移完整，抽查比对无差错；移动支付对账接口连续十个工作日对账结果一致；并发五百用户时页面平均响应时间不超过2秒。
P:4.2 初验合格后平台试运行九十日。试运行期间未发生一级故障，且乙方已提交源代码、设计文档、部署手册、用户手册的，甲方组织最终验收，并委托第三方机构进行安全测评，测评无高危漏洞方为合格。
P:4.3 平台上线试运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供缺陷修复、版本升级、系统巡检及技术支持。
P:5.2 质保期内，乙方每季度对平台进行一次全面巡检并提交巡检报告；在节假日及大型促消费活动期间，乙方应安排技术人员现场值守，保障平台稳定运行。
P:5.3 质保期满后，如甲方需要，乙方提供后续维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该标准自质保期满起三年内不得上调。维护合同按年另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日书面告知甲方并安排在夜市营业时间以外进行。
P:6.2 故障分级响应：一级故障（平台整体不可用、支付对账中断）乙方在30分钟内响应，2小时内到达现场；二级故障（单一模块不可用）1小时内响应，当日修复；三级故障在两个工作日内处理。
P:6.3 响应或到场每迟延一小时，乙方向甲方支付服务违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维护费或质量保证金¥2,000。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:7.3 乙方保证其提供的软件不侵犯第三方合法权益；因侵权引起的索赔由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的商户信息、经营数据、交易流水、客流数据等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括访问控制、数据加密存储与传输、操作日志审计；乙方人员远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件时，乙方应在2小时内向甲方报告，并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方及第三方的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、商户信息及其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定，且经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分义务转包、分包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力；对本合同的任何变更均应以书面形式作出。
P:14.3 合同附件：附件一 定制开发需求清单；附件二 验收测试方案；附件三 项目实施进度计划；附件四 数据安全管理要求。
P:甲方（盖章）：某市商务局        乙方（盖章）：某市云集数字科技有限公司
P:签订日期：2027年3月16日
"""

H805Z02 = """T:生产线控制系统改造合同
P:合同编号：WX-GZ-2027-018
P:甲方：某县宏泰蚊香厂
P:乙方：某市智控自动化工程有限公司
P:甲方因盘式蚊香生产线设备老化、控制精度不足，委托乙方对其六条生产线的控制系统实施改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造范围包括：六条生产线（制粉、搅拌、压片、冲盘、烘干、包装工段）的PLC控制柜更换，伺服驱动及温湿度、压力传感器更换，工业触摸屏安装，烘房温湿度闭环控制模块安装，生产数据采集软件部署，以及PLC程序和触摸屏画面的编制。
P:1.2 改造目标：冲盘工段成品断盘率降至千分之八以下；烘房温度波动控制在±1.5℃以内；各工段产量、能耗、停机时间实时采集至中控室。
P:1.3 乙方应在甲方停产检修期间分批施工，每次停用的生产线不得超过两条，以保证甲方正常生产。
P:1.4 乙方应在改造前对现有设备、线路和控制逻辑进行全面勘查，编制改造技术方案，方案中应包括电气原理图、控制逻辑说明、I/O点表和数据采集点清单，经甲方书面确认后实施。改造中需要变更方案的，应事先征得甲方书面同意。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零叁万叁仟元整（¥2,033,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|128,000|768,000
TB:2|伺服驱动器及传感器套件|6套|70,000|420,000
TB:3|工业触摸屏（HMI）|18台|6,500|117,000
TB:4|烘房温湿度控制模块|6套|31,000|186,000
TB:5|生产数据采集软件许可（永久）|1套|260,000|260,000
TB:|软硬件小计|||1,751,000
TB:6|安装调试|1项|168,000|168,000
TB:7|PLC程序及HMI画面定制编制|1项|96,000|96,000
TB:8|操作与维护培训|1项|18,000|18,000
TB:|合同总价|||2,033,000
P:2.2 上述价格为含税固定总价，包括设备、软件、运输、安装、调试、培训及税费。乙方报价中未列明但为实现改造目标所必需的材料和工作，视为已包含在合同总价中。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货安装不视为验收。
P:3.3 项目终验合格后，甲方支付合同总价的35%。
P:3.4 余款即合同总价的5%作为质量保证金，质保期满且无质量问题后十个工作日内无息支付。
H:第四条 交付与施工
P:4.1 乙方应于合同生效后七十五日内完成全部六条生产线的改造。
P:4.2 乙方应遵守甲方的安全生产及防火管理制度。蚊香生产车间属易燃粉尘场所，动火作业须事先办理审批手续。
P:4.3 乙方应在施工前提交详细的施工组织方案，包括停线计划、安全措施、旧设备拆除方案和应急预案，经甲方生产部门确认后方可进场。每条生产线改造完成后，乙方应清理现场，拆除的旧控制柜及电缆按甲方要求堆放，归甲方所有。
P:4.4 乙方施工人员应持证上岗，电工作业人员须具备有效的特种作业操作证。乙方应为其施工人员办理工伤保险或意外伤害保险。
P:4.5 乙方逾期完成改造的，应采取一切必要的补救措施加快进度，并承担由此产生的相应责任。
H:第五条 验收
P:5.1 每条生产线改造完成后，乙方进行单线调试，连续带料运行七十二小时无故障后，提交单线验收申请。
P:5.2 全部生产线改造完成后，甲方组织终验，标准为：第一条所列改造目标全部达到；数据采集软件的产量、能耗数据与现场计量记录比对误差不超过1%；连续生产三十日未发生因控制系统原因导致的停线；乙方已提交PLC源程序、HMI工程文件、电气图纸和操作手册。
P:5.3 设备到货、安装或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为终验合格之日起十八个月。质保期内，乙方免费更换损坏部件，免费维修并提供技术支持。
P:6.2 故障响应：一级故障（整条生产线因控制系统原因停机）乙方在1小时内电话响应，6小时内到达现场；二级故障（单一工段或数据采集异常）在8小时内响应，次日内修复。响应或到场每迟延一小时，乙方向甲方支付¥500。
P:6.3 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的7%，即每年¥122,570；该费用自质保期满起三年内不作调整。维保服务内容包括每季度一次巡检、备件供应及故障维修。
P:6.4 质保期内及维保期内，乙方应保证常用备件的库存，PLC模块、伺服驱动器等关键备件应在甲方所在县设置备件点，确保更换及时。控制系统所用产品停产的，乙方应提前六个月书面告知甲方并提供兼容替代方案。
P:6.5 乙方应在终验前为甲方培训不少于八名操作人员和四名维护人员，使其能够完成日常操作、参数调整和一般故障排除。
H:第七条 知识产权
P:7.1 为本项目编制的PLC程序、HMI画面、数据采集配置及相关图纸文档的知识产权归甲方所有，乙方应交付源程序。甲方可自行修改或委托第三方维护。
P:7.2 数据采集软件产品本身的著作权归其权利人所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产线运行数据、配方参数、产量和能耗数据均归甲方所有。乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方不得在控制系统中设置任何后门或未经甲方许可的远程连接通道。确需远程维护的，须经甲方逐次书面同意，并在甲方人员监督下进行。
P:8.3 乙方应采取防病毒、访问控制等安全措施。因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在发现后2小时内通知甲方，并承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同中获知的对方商业秘密负有保密义务，尤其是甲方的产品配方、工艺参数和客户信息。保密义务在合同终止后三年内有效。
P:9.2 乙方人员进入甲方厂区不得拍摄生产工艺及配方相关资料，改造完成后应将其持有的甲方技术资料全部交还甲方。
H:第十条 分包
P:10.1 乙方可将电缆敷设、桥架安装等辅助施工工作分包给具备相应资质的第三方，但应在分包前三日书面通知甲方。乙方对分包方的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方交付的设备或软件不符合约定的，应负责更换或整改，并承担由此产生的费用。
P:11.2 乙方施工违反甲方安全规定造成事故的，乙方承担全部责任。
P:11.3 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因乙方原因导致改造后的生产线经两次整改仍不能通过终验的，甲方有权解除合同，乙方应自费拆除其设备并恢复原有控制系统。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，由甲方所在地人民法院管辖。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单、施工进度计划。
P:甲方（盖章）：某县宏泰蚊香厂        乙方（盖章）：某市智控自动化工程有限公司
P:签订日期：2027年4月8日
"""

H805Z03 = """门球场馆预约及会员管理系统订阅服务合同

合同编号：MQ-SaaS-2027-035
甲方：某省乐动门球运动连锁管理有限公司
乙方：某市球友云信息技术有限公司

甲方在本省经营三十五家门球场馆，为统一场地预约、会员储值和赛事报名管理，甲方订阅乙方的“球友云”场馆预约及会员管理系统（以下简称“系统”），并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方三十五家门店提供系统的使用权，包括场地预约、会员储值与积分、教练排课、赛事报名、收银对账、经营报表等功能，以及门店员工端和会员微信小程序。
2. 每家门店的账号数量不设上限，会员数量不设上限。
3. 系统应支持甲方总部对全部门店的统一管理，包括会员跨店通用、储值跨店消费、统一定价和分店经营数据汇总。
（二）实施服务
1. 将甲方现有会员档案、储值余额、积分和历史预约记录迁移至系统；
2. 按甲方品牌要求定制会员微信小程序首页、赛事报名页面及储值活动页面；
3. 完成系统与甲方现有收银设备、财务软件的接口对接；
4. 对三十五家门店店长及前台人员进行培训。
（三）运营支持
1. 服务期内乙方免费提供系统功能升级，升级前应提前五个工作日通知甲方，不得降低已有功能；
2. 乙方为甲方指定专属客户经理，每季度提交一次服务报告，内容包括可用率、故障处理情况和功能使用统计；
3. 乙方提供电话、在线工单和微信群三种支持渠道，服务时间为每日八时至二十三时，覆盖门店营业时间。

二、服务期限
（一）服务期为两个服务年度，首个服务年度自系统上线验收合格之日起算，第二个服务年度紧接首个服务年度。
（二）服务期满前三十日内任何一方未书面提出异议的，本合同自动续订一个服务年度，续订次数不限。续订时乙方有权根据市场情况调整年度订阅费，调整幅度不超过上一服务年度费用的8%，乙方将调整后的价格通知甲方即可，无需甲方另行同意。

三、费用与支付
（一）合同总价为人民币柒拾叁万元整（¥730,000），其中：
1. 年度订阅费：每家门店每服务年度¥9,600，三十五家门店每服务年度合计¥336,000，两个服务年度合计¥672,000；
2. 实施费：¥58,000，一次性支付。
（二）年度订阅费按季度支付，每季度结束后十五个工作日内，乙方开具发票，甲方支付该季度订阅费¥84,000。
（三）实施费于系统上线验收合格后十五个工作日内一次性支付。本合同不设预付款。
（四）服务期内新增门店的，按每家门店每服务年度¥9,600按实际使用月数折算。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施工作并提交上线验收申请。实施期间，乙方应按门店分批上线，每批上线前应完成该批门店员工培训和数据核对，不得影响门店正常营业。
（二）上线验收标准：
1. 会员档案、储值余额及积分迁移完整，逐家门店核对无差异；
2. 全部门店可正常完成预约、收银、储值和赛事报名操作，抽测每家门店不少于二十笔业务；
3. 小程序定制页面与甲方确认的设计稿一致；
4. 收银对账接口连续七日对账一致；
5. 系统在三百名会员同时预约时页面响应时间不超过3秒。
（三）甲方应在收到申请后十个工作日内组织验收并出具书面意见。系统试用或部分门店先行使用，不视为验收合格。验收不合格的，乙方应在七日内整改并重新申请验收。
（四）乙方逾期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。可用率按当月系统可正常访问时间占当月总时间的比例计算，甲方原因及双方书面确认的计划维护时间除外。
（二）故障响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单家门店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：当日响应，五个工作日内解决。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，当月抵扣合计不超过当月订阅费的一半；一级故障响应每迟延半小时，抵扣¥300。
（四）乙方应于每月前五个工作日内向甲方提交上月服务水平报告，列明可用率、各级故障的发生时间、响应时间和恢复时间。甲方对报告有异议的，双方以系统监控日志为准核对。服务抵扣在下一季度订阅费中直接扣减。
（五）乙方进行计划维护的，应提前三个工作日通知甲方，并安排在门店营业时间以外进行，每月计划维护时间累计不超过六小时。

六、数据安全
（一）甲方会员的姓名、手机号、储值余额、消费记录等数据以及门店经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，对会员个人信息加密存储，实行访问权限控制和操作日志留存，并每日备份。乙方应遵守《中华人民共和国个人信息保护法》。
（三）发生数据泄露、丢失等安全事件的，乙方应在发现后二小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除其留存的数据。

七、保密
双方对在合作中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

八、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、接口程序及设计素材的知识产权归甲方所有，乙方应交付相关源文件，甲方可自行修改或交由第三方使用。
（三）乙方保证系统及其提供的服务不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理。

九、分包
乙方不得将本合同项下的服务转包。乙方将部分实施工作分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十、违约与赔偿
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还已付未履行期间的费用。
（二）系统连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止后，乙方应继续提供不少于三十日的数据导出配合，期间不另行收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三、其他
（一）甲方门店数量发生变化的，双方可书面确认调整订阅门店数量，费用按本合同约定的单价计算。
（二）本合同附件包括：系统功能清单、数据迁移方案、小程序定制设计稿、服务水平计量说明。附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：某省乐动门球运动连锁管理有限公司
乙方（盖章）：某市球友云信息技术有限公司
签订日期：2027年5月10日
"""

H805Z04 = """橡胶坝远程控制系统年度运行维护服务合同

项目名称：城区河道橡胶坝远程控制系统运行维护服务
采购方式：竞争性磋商
合同编号：SWJ-YW-2027-007
甲方（采购人）：某县水务局
乙方（成交供应商）：某市澜川水利自动化技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城区河道三座橡胶坝远程控制系统的运行维护服务，订立本合同。

第一条 服务范围
（一）运维对象为城区河道上、中、下游三座橡胶坝的远程控制系统，包括：坝袋充排水泵站控制柜及PLC、水位计和坝袋内压传感器、视频监控前端、通信链路设备、调度中心监控服务器及远程控制软件。
（二）服务内容包括：日常巡检、定期维护保养、故障处理、汛前全面检查、汛期值守保障、软件运行维护、系统运行数据整理及运维档案管理。
（三）本合同不包括坝袋本体的更换及土建工程维修，但乙方发现坝袋或土建异常的，应及时报告甲方。
（四）乙方进场后十日内应对系统现状进行全面摸底，形成设备台账和现状评估报告，对存在的隐患提出处理建议，报甲方确认。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。

第三条 服务费用与支付
（一）服务费为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人工、交通、工具、常用耗材、备品备件及税费。单件价格超过¥5,000的更换部件，经甲方书面确认后另行结算。
（二）服务费按季度支付。每季度结束后，甲方按第七条进行季度考核，考核合格后十五个工作日内支付该季度服务费¥121,500；考核扣减的金额从当期服务费中扣除。
（三）本合同不设预付款。
（四）乙方每次请款时应提交季度运维报告、考核结果确认单及合法有效的发票。因乙方提交材料不全导致付款延迟的，甲方不承担责任。

第四条 日常运维要求
（一）乙方每周对三座橡胶坝现场设备巡检不少于一次，每日通过远程控制软件检查系统运行状态，并做好巡检记录。
（二）乙方每季度对控制柜、水泵、传感器进行一次维护保养，对水位计和内压传感器进行校验，校验误差超出允许范围的应立即校准或更换。
（三）乙方应于每年4月30日前完成汛前全面检查，对三座橡胶坝逐一进行远程充坝、塌坝联动试验，并向甲方提交汛前检查报告。
（四）汛期（6月1日至9月30日）乙方应安排不少于两名技术人员在调度中心全天候值守，并在每座橡胶坝所在地储备应急备件。
（五）乙方应配备不少于五名专职运维人员，其中项目负责人应具有水利或自动化相关专业中级以上职称。人员变更应事先经甲方同意。
（六）乙方应建立完整的运维档案，包括设备台账、巡检记录、维护保养记录、故障处理记录、传感器校验记录和软件变更记录，每月5日前将上月运维月报提交甲方。运维档案在服务期满时全部移交甲方。
（七）乙方更换的部件应为原厂或经甲方认可的同等品质产品，更换下的旧件交甲方处置。乙方对软件进行修改或升级的，应事先提交方案并经甲方书面同意，修改前做好备份。
（八）乙方应配合甲方参加防汛演练，按甲方防汛调度指令完成橡胶坝的充坝、塌坝操作，操作过程应全程记录。

第五条 故障响应
（一）一级故障（任一橡胶坝无法远程充排、水位或内压数据中断、汛期控制失灵）：乙方在30分钟内响应，2小时内到达现场，6小时内恢复或采取可靠的临时措施。
（二）二级故障（视频监控中断、单一传感器失效等不影响控制的故障）：2小时内响应，24小时内修复。
（三）三级故障（报表、界面等一般问题）：当日响应，三个工作日内解决。
（四）乙方未按上述时限响应或到场的，每次扣减服务费¥1,000；一级故障超过规定时限仍未恢复的，每超过一小时另扣减¥500。
（五）每次一级、二级故障处理完毕后，乙方应在两个工作日内向甲方提交故障处理报告，说明故障原因、处理过程、更换部件及防范措施。同一设备在一个季度内重复发生同类故障的，乙方应提出彻底整改方案。

第六条 数据与系统安全
（一）系统采集的水位、内压、视频及调度运行数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制留存或向他人提供。
（二）乙方应遵守网络安全等级保护制度及甲方的网络安全管理规定，落实账号权限管理、口令定期更换、病毒防护和操作日志留存。乙方远程登录系统须经甲方批准，通过甲方指定的安全接入设备进行，不得私设远程通道。
（三）乙方应每月对调度中心服务器及控制软件进行一次数据备份检查，确保运行数据至少保留两个汛期，备份介质存放于甲方指定地点。
（四）发生网络攻击、数据丢失或被篡改等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成安全事件的，乙方承担全部责任并赔偿由此造成的损失。

第七条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括巡检及维护保养完成率、故障响应及恢复时效、运维记录完整性和系统运行状况，考核得分低于八十分的，扣减当季服务费的5%。
（二）服务期满后，甲方组织年度验收，标准为：全年巡检、维护保养及汛前检查全部按计划完成；汛期未发生因运维原因导致的橡胶坝控制失效；运维档案、校验记录完整；系统各项功能正常。验收合格后出具书面验收意见。
（三）年度验收不合格的，乙方应在甲方要求的期限内整改，整改完成后重新验收；整改期间乙方的运维义务不因服务期满而终止，且不另行收取费用。

第八条 知识产权
乙方在服务期间为甲方编写的运维规程、应急预案、控制程序优化代码及各类报告，知识产权归甲方所有，甲方可自由使用和修改。乙方应在服务期满时全部移交。

第九条 分包
本项目不得分包。乙方不得将本合同项下的服务全部或部分转交第三方履行。

第十条 违约责任
（一）乙方未按期完成汛前全面检查的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当造成设备损坏或橡胶坝控制失效的，乙方应负责修复并赔偿甲方损失。
（三）乙方人员在现场作业中违反安全操作规程造成人身伤害或财产损失的，由乙方承担全部责任。
（四）甲方应按约定支付服务费，并为乙方进入现场及调度中心提供必要的便利条件。

第十一条 合同的履行与解除
（一）本合同为年度服务合同，为保障汛期安全，服务期内双方均不得单方解除合同。
（二）乙方违约的，甲方可以按第五条、第七条、第十条扣减服务费或要求乙方支付违约金，并要求乙方限期整改，乙方应继续履行合同。
（三）因不可抗力致使合同无法履行的，双方协商处理。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分，与本合同具有同等法律效力。本合同与上述文件不一致的，以本合同为准。
（二）服务期满前六十日，甲方可根据考核情况决定是否重新组织采购；本合同不因期满而自动延续。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某县水务局
乙方（盖章）：某市澜川水利自动化技术有限公司
签订日期：2027年2月20日
"""

H805Z05 = """# 工序追踪管理软件销售及定制开发合同

**（织匠软件标准合同文本 V3.0）**

合同编号：ZJ-XS-2027-112

甲方（买方）：某市布老虎手工艺品工坊有限公司

乙方（卖方）：某市织匠软件科技有限公司

鉴于甲方需要对布老虎等手工布艺产品的裁剪、刺绣、缝制、填充、整形、质检等工序进行追踪管理，乙方同意向甲方提供“织匠工序追踪管理软件”并进行定制开发。双方经友好协商，签订本合同，共同遵守。

## 第一条 产品与服务内容

1.1 乙方向甲方提供织匠工序追踪管理软件V5（以下简称“软件”）的永久使用许可，授权工位数为五十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：布老虎系列产品工序模板（裁片、刺绣、缝合、填充、整形、质检六道工序）、计件工资核算与甲方现有工资表格的对接、工序二维码流转卡打印功能。

1.3 乙方负责软件的安装部署，并对甲方管理人员和车间班组长进行培训。

1.4 软件标准功能包括：订单与生产计划管理、工序派工、扫码报工、在制品跟踪、质检记录、计件工资统计、产量及效率报表、移动端查询。标准功能以乙方产品说明书为准，乙方可根据产品规划对标准功能进行调整。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾捌万元整（¥480,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理软件许可（永久，五十工位） | 360,000 |
| 2 | 定制开发（工序模板、计件工资对接、流转卡打印） | 96,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 480,000 |

2.2 上述价格含税。甲方要求增加工位或新增功能的，费用另行协商。

2.3 本合同价格不包括服务器、打印机、扫码枪、工位平板等硬件设备，以及操作系统和数据库软件，上述设备和软件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥312,000，乙方收款后安排项目启动。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的35%，即¥168,000。

3.3 乙方收到每期款项后开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知乙方。

3.4 甲方逾期付款的，乙方有权暂停服务，且甲方每逾期一日应按应付未付金额的千分之一支付滞纳金。

## 第四条 交付与上线

4.1 乙方应在收到首期款后六十日内完成软件安装和定制开发，并在甲方车间上线运行。

4.2 甲方应提供符合乙方要求的服务器、网络环境和工位终端，并指定专人配合乙方工作。因甲方原因导致上线延误的，交付期限相应顺延。

4.3 甲方应在上线前提供完整准确的产品工序资料和员工名单，资料不全的，乙方有权按其标准模板实施。

4.4 乙方提供不超过三次的集中培训，每次不超过半天。甲方新入职员工的培训由甲方自行组织，乙方可提供培训资料。超出上述范围的培训按乙方人天单价另行收费。

4.5 甲方提出的需求变更，应以书面形式提出，经乙方评估后确定费用和工期，交付期限相应顺延。

## 第五条 验收

5.1 软件安装上线后，即视为甲方验收合格。

5.2 甲方在上线后使用软件过程中发现的问题，按第六条的维护约定处理，不影响验收结论和付款。

5.3 甲方如需出具书面验收单，乙方可提供格式文本，由甲方在上线后签署；甲方未签署的，不影响第5.1款的效力。

## 第六条 质保与技术支持

6.1 自软件上线之日起，乙方提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（软件无法登录、工序数据无法录入）乙方在接到报修后10小时内响应；其他问题在两个工作日内响应。乙方通过电话或远程方式处理，需上门服务的，甲方承担差旅费用。乙方提供技术支持的时间为工作日九时至十七时，节假日期间仅受理一级故障。

6.3 乙方将尽力按上述时间响应，但不因响应或处理延误承担任何扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的25%计收，即每年¥90,000，每年初一次性支付。

7.2 年度维护服务期满后自动续期一个服务年度，费用标准不变。甲方不再需要维护服务的，应在期满前六十日书面通知乙方。

7.3 甲方未购买维护服务的，乙方不再提供缺陷修复、版本升级和技术支持；甲方日后恢复购买维护服务的，应补缴中断期间的维护费。

7.4 年度维护服务内容包括：软件缺陷修复、小版本升级、远程技术支持，以及每年一次的系统健康检查。大版本升级及新功能开发另行收费。

## 第八条 知识产权

8.1 软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、计件工资对接程序、流转卡功能及相关源代码的知识产权均归乙方所有，乙方可将其用于其他客户。甲方在本合同有效期内享有非独占的使用权，不得修改、复制或许可第三方使用。

8.3 甲方不得对软件进行反向工程、反编译或将软件转让给第三方。

8.4 乙方保证软件不侵犯第三方的著作权。第三方就软件向甲方提出侵权主张的，乙方负责处理，但甲方擅自修改软件或与其他软件混合使用引起的除外。

## 第九条 数据安全

9.1 甲方录入软件的工序、产量、员工计件和工资数据归甲方所有，乙方仅为提供维护服务接触上述数据，不得用于其他用途。

9.2 软件部署于甲方服务器。乙方远程维护须经甲方同意，并使用甲方分配的临时账号；乙方应采取必要措施防止数据丢失或泄露，发生数据安全事件的，应在两日内通知甲方。因乙方原因造成甲方数据丢失或泄露的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得披露给第三方。保密义务自本合同签订之日起至合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违约的，应承担相应的违约责任。

11.3 因甲方原因导致软件无法正常使用的，乙方不承担责任。

11.4 因甲方服务器、网络、终端设备故障或甲方人员操作不当造成的数据损失，由甲方自行承担。甲方应自行做好数据备份。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，由双方另行协商并签订补充协议。

14.3 乙方的产品说明书、报价单为本合同附件。附件与本合同不一致的，以本合同为准。

甲方（盖章）：某市布老虎手工艺品工坊有限公司

乙方（盖章）：某市织匠软件科技有限公司

签订日期：2027年6月2日
"""

H805E01 = """T:Software Licence and Services Agreement
P:Agreement No. BX-IT-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 June 2027 between:
P:Baotou Xinghe Fine Chemicals Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Baotou, Inner Mongolia (the "Customer"); and
P:Akmola Plant Systems LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Stepnogorsk, Akmola Region (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance planning software and to have it implemented at its Baotou plant, and the Vendor agrees to provide the licence and the services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantCare maintenance planning software, version 8, in object code, with its user and administrator documentation, and any corrections and updates supplied under this Agreement.
P:1.2 "Services" means the implementation, data migration, configuration, interface development and training services described in Article 3 and Annex 1.
P:1.3 "Custom Deliverables" means the configurations, work-order templates, reports, interface programs and scripts that the Vendor develops specifically for the Customer under this Agreement, with their source code and documentation.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and Services meet the acceptance criteria.
P:1.5 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including equipment registers, work orders, spare-parts records and maintenance history.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business purposes at its plants in the People's Republic of China, for up to 180 named users.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The licence fee is paid once, and no further licence fee is due for the continued use of the Software.
P:2.3 The Customer shall not sell, sublicense or rent the Software to third parties, except to its affiliates within the licensed user count.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, migrate the existing equipment register and maintenance history from the Customer's spreadsheets and legacy database, configure the Software to the Customer's maintenance processes, develop interfaces to the Customer's ERP system and its distributed control system historian, and train the Customer's key users and administrators.
P:3.2 The Vendor shall deliver a project plan within ten days after signature. The Vendor shall complete installation within 60 days and all Services within 150 days after signature.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese or work through an interpreter at its own cost. Key personnel named in Annex 1 may be replaced only with the Customer's written approval.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,808,000, made up as follows: Software licence fee CNY 1,260,000; implementation and configuration CNY 418,000; data migration CNY 96,000; training CNY 34,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 361,600) as an advance within 20 days after receiving the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% (CNY 813,600) after installation of the Software and completion of data migration, which is not acceptance; and (c) 35% (CNY 632,800) after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the Vendor's account stated on its invoice.
H:Article 5 Acceptance
P:5.1 After completing the Services, the Vendor shall give written notice that the system is ready for acceptance testing, with test records for every function in the acceptance test plan in Annex 2.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 2 works as specified; (b) the migrated equipment register and maintenance history reconcile with the source records, with any discrepancy corrected; (c) the ERP and historian interfaces have exchanged data without error for 20 consecutive working days; (d) a work-order search returns in less than three seconds with 120 concurrent users; and (e) the system has run in production for 45 days without a Severity 1 fault.
P:5.3 If the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If they are not met, the Vendor shall correct the defects within 15 days and the tests shall be repeated. Installation, go-live, use of the Software in production or any payment does not amount to acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to complete installation or to submit the system for acceptance by the dates in Article 3.2 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions and provide support free of charge.
P:7.2 Faults are classified and handled as follows. Severity 1 (the Software is down or maintenance work orders cannot be issued): response within 1 hour, remote workaround or fix within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 2 working days. Severity 3 (minor problems and questions): response within 1 working day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall credit the Customer CNY 1,500, deducted from the next payment or from support fees.
P:7.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and the Vendor shall not increase it for three years after the end of the Warranty Period. Annual support covers the same services and service levels as during the Warranty Period. Each support year is ordered separately, and support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Services infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Software is installed in the Customer's data centre. The Vendor's staff may access the system remotely only through the Customer's VPN with multi-factor authentication, after approval for each session, and all sessions are logged.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data may be transferred outside the People's Republic of China.
P:9.4 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate remedial action and shall compensate the Customer for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party received under this Agreement and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Article 9 or 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under Article 6 exceeds 60 days.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the Services not accepted and compensate the Customer's losses. The licence granted under Article 2 survives if the licence fee has been paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:14.2 Any dispute arising from this Agreement shall first be negotiated in good faith. If it is not resolved within 30 days, it shall be finally settled by the specialised inter-district economic court of Akmola Region, Kazakhstan.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions are equally authentic. Annex 1 (scope and project plan) and Annex 2 (acceptance test plan) form part of it.
P:15.2 Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H805E02 = """# SaaS Order Form and General Terms

Order Form No. TS-OF-2027-0219

## PART A - ORDER FORM

### A1. Parties

**Provider:** Tobol Safety Software LLP, registered in the Republic of Kazakhstan, 14 Parkovaya Street, Rudny, Kostanay Region.

**Customer:** Hunan Zhongkuang Construction Engineering Co., Ltd., a company incorporated in the People's Republic of China, Changsha, Hunan Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service

SafeShift, the Provider's cloud service for permit-to-work, safety inspections, incident reporting and corrective-action tracking, in the Enterprise edition, with the mobile app for field staff, for up to 1,600 named users across the Customer's mining-construction project sites in China.

Onboarding Services: configuration of the Customer's permit types, inspection checklists and approval workflows; import of the Customer's site and personnel lists and of open corrective actions; a single sign-on connection to the Customer's identity system; an interface that sends incident summaries to the Customer's document management system; and train-the-trainer sessions for 40 safety officers.

### A3. Subscription Term

The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section 4 of Part B (the "Subscription Start Date"); the second starts on the first anniversary of that date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| SafeShift Enterprise subscription, Subscription Year 1 | 1,600 named users, fixed | 288,000 |
| SafeShift Enterprise subscription, Subscription Year 2 | 1,600 named users, fixed | 288,000 |
| Onboarding Services | fixed price, one-off | 36,000 |
| **Total Contract Value** | | **612,000** |

Additional named users beyond 1,600 may be ordered at CNY 180 per user per Subscription Year, pro rata. Such additional orders are not part of the Total Contract Value.

### A5. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, at CNY 72,000 per quarter, starting on the Subscription Start Date.

(b) The Onboarding Services fee is invoiced after Go-Live Acceptance.

(c) The Customer pays each correct invoice within 30 days of receipt, in CNY, by bank transfer. No payment is due before the Subscription Start Date.

### A6. Key Dates and Contacts

Target Go-Live Date: 45 days after signature of this Order Form. Provider contact: implementation lead named in the project plan. Customer contact: Head of Safety Management. Notices go to the addresses in A1 and, for operational matters, by e-mail to the named contacts.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents, photographs and other content that the Customer or its users submit to the Service, and all records generated by the Service from them.

1.2 "Service" means the cloud service described in A2, including the mobile app, as updated by the Provider from time to time, provided that no update materially reduces its functions.

1.3 "Customer Configurations" means the permit types, checklists, workflows, report layouts and interface mappings built for the Customer during the Onboarding Services or later at its request.

### 2. Access and Use

2.1 During the Subscription Term, the Provider grants the Customer and its users a non-exclusive, non-transferable right to access and use the Service for the Customer's internal business purposes.

2.2 The Customer shall keep log-in credentials secure and is responsible for the acts of its users. The Customer shall not resell the Service or use it to build a competing product.

### 3. Service Levels

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three days ahead and carried out between 23:00 and 05:00 China Standard Time.

3.2 Support requests are handled by priority. Priority 1 (the Service is unavailable, or permits cannot be issued or closed on any site): response within 30 minutes and continuous work until resolved. Priority 2 (a major function is impaired): response within 2 hours. Priority 3 (other issues): response within 1 business day. Support is provided in Chinese and English.

3.3 If monthly availability falls below the commitment in 3.1, the Provider shall give the Customer a service credit of 5% of that month's subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that month's fee. If a Priority 1 response is late, the credit is CNY 600 for each hour or part of an hour of delay. Credits are deducted from the next invoice.

### 4. Onboarding and Go-Live Acceptance

4.1 The Provider shall complete the Onboarding Services and make the configured Service ready for acceptance testing by the Target Go-Live Date.

4.2 Go-Live Acceptance tests shall verify that: (a) all permit types, checklists and workflows work as specified in the agreed configuration workbook; (b) the imported site, personnel and corrective-action records reconcile with the Customer's source lists; (c) single sign-on and the document-management interface work without error for ten consecutive working days; and (d) the mobile app works offline on site and synchronises correctly. The Customer shall confirm Go-Live Acceptance in writing within seven working days after successful tests. Use of the Service during testing is not acceptance.

4.3 If the Service is not ready for acceptance testing by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 18,000.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the Service, except as stated in 5.2.

5.2 The Customer grants the Provider a perpetual, royalty-free licence to use aggregated and anonymised data derived from Customer Data, including incident types, inspection findings and usage statistics, to compile industry safety benchmarks, to train and improve its risk-scoring models and to develop its products. This licence survives the end of the Agreement.

5.3 Customer Data is hosted in a mainland China region of a cloud provider certified to MLPS level 3. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months and carry out an annual penetration test.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall take all reasonable steps to contain it and shall be responsible for losses caused by its failure to comply with 5.3.

5.5 Within 30 days after the end of the Agreement, the Provider shall return Customer Data in CSV and PDF format and then delete it, except as required by law.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software and documentation.

6.2 The Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, also after the end of the Agreement. The Provider shall export them in a documented format on request.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the end of the Agreement.

### 8. Renewal

8.1 At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 The Provider may increase the subscription fee for any renewal term by up to 9% by notice given at least 75 days before the renewal date. The Customer's consent to such an increase is not required.

### 9. Subcontracting

The Provider may use its cloud hosting provider, listed in the security annex, as a subprocessor. Any other subcontracting of the Service or the Onboarding Services requires the Customer's prior written consent.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's obligation to pay fees, breach of Section 7, or death or personal injury caused by negligence.

### 11. Term and Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 On termination for the Provider's breach, the Provider shall refund prepaid fees for the period after termination.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

Neither party may assign the Agreement without the other party's written consent. Any amendment must be in writing and signed by both parties. This Agreement is written in English; a Chinese translation is for reference only.
"""

H805E03 = """T:Purchase Contract for Corrosion Monitoring Devices and Software Licence
P:Contract No. DYP-EQ-2027-0587
P:Buyer: Dongying Haiyun Petrochemical Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dongying, Shandong Province (the "Buyer").
P:Supplier: Caspian Sensor Technologies LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Zhanaozen, Mangystau Region (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to install wireless corrosion monitoring on the process piping and storage tanks of its refinery, and the Supplier agrees to supply the devices, the monitoring software licence and the related services on the following terms.
H:1. Definitions
P:1.1 "Devices" means the corrosion probes and wireless gateways listed in the price table in clause 3.1, with their firmware, mounting kits and manuals.
P:1.2 "Software" means the Supplier's CorroView monitoring software, including its server, analytics and web client components, licensed under clause 2.2.
P:1.3 "Works" means the delivery, installation, configuration, commissioning and training described in clause 4 and in the technical specification annexed to this Contract.
P:1.4 "Buyer Data" means all measurement data, alarm records, asset data and reports collected, stored or generated by the Devices or the Software at the Buyer's site.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 240 corrosion probes of the electrical resistance type for installation at the monitoring points listed in the technical specification, and 24 explosion-proof wireless gateways certified for use in hazardous areas in China.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers for an unlimited number of users at the refinery and, after notice to the Supplier, at any other site of the Buyer in China.
P:2.3 The Supplier shall install and commission the Devices together with the Buyer's contractor responsible for pipe work, configure the Software, build corrosion-rate dashboards for each process unit, connect the Software to the Buyer's distributed control system historian through the standard OPC UA interface, and train the Buyer's staff.
H:3. Price and Payment
P:3.1 The total Contract Price is CNY 1,850,000, fixed, including taxes, customs duties, transport to the Buyer's site, insurance and all expenses. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Corrosion probe, ER type, with mounting kit|240|3,150|756,000
TB:2|Wireless gateway, explosion-proof|24|18,500|444,000
TB:3|CorroView monitoring software, perpetual licence|1|392,000|392,000
TB:|Subtotal, devices and software licence|||1,592,000
TB:4|Installation, configuration and commissioning|1 lot|236,000|236,000
TB:5|Training of operators and engineers|1 lot|22,000|22,000
TB:|Total Contract Price|||1,850,000
P:3.2 The Buyer shall pay: (a) 10% of the Contract Price (CNY 185,000) as an advance payment within 20 working days after receiving an advance payment guarantee of the same amount; (b) 55% (CNY 1,017,500) after delivery and installation of all Devices, which does not constitute acceptance; and (c) 35% (CNY 647,500) after Final Acceptance under clause 5.
P:3.3 Each payment is made within 20 working days after the Buyer receives a correct invoice and the supporting documents.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Devices to the Buyer's site within 70 days after signature, with certificates of origin, explosion-proof certificates and factory test reports.
P:4.2 The Supplier shall complete installation, configuration and commissioning within 40 days after delivery. The Supplier's staff shall comply with the Buyer's safety rules, permit-to-work system and hot-work restrictions at all times.
P:4.3 The Devices shall be packed for long-distance road transport and stored by the Supplier until installation. Risk in each Device passes to the Buyer on its installation, and title passes on payment under clause 3.2(b). The Supplier shall remove all packaging and waste from the site at its own cost.
P:4.4 If the Supplier delays delivery or completion of the Works for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under clause 13.
H:5. Acceptance
P:5.1 After commissioning, the Devices and the Software shall run for 30 consecutive days as a trial run.
P:5.2 Final Acceptance requires that: (a) at least 235 of the 240 probes report readings to the Software in every measuring cycle during the trial run; (b) the measured metal loss of ten reference probes agrees with the Buyer's coupon and ultrasonic thickness data within the tolerance in the specification; (c) alarms reach the historian and the control room within 60 seconds; (d) all dashboards and reports work as specified; and (e) all documentation, including as-built drawings and the configuration backup, has been delivered.
P:5.3 The Buyer shall issue a Final Acceptance certificate within ten working days after these criteria are met. Delivery, installation, use of the Devices or any payment does not amount to acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the trial run shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Devices and the Software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty Devices, correct Software defects and provide updates free of charge, including shipping and import costs.
P:6.2 The Supplier shall keep a stock of spare probes and gateways at the Buyer's site, on consignment, so that faulty units can be replaced without delay.
P:6.3 If the same fault occurs three times in any Device during the warranty, the Supplier shall replace that Device with a new one, and the warranty for the replacement restarts from its installation.
H:7. Service Levels
P:7.1 Faults are classified as follows. Severity 1: the Software server is down, or more than 20 probes or any gateway stop reporting. Severity 2: fewer probes stop reporting, or a dashboard or report fails. Severity 3: other issues and questions.
P:7.2 The Supplier shall respond remotely within 1 hour for Severity 1, within 3 hours for Severity 2 and within 1 working day for Severity 3, and shall restore a Severity 1 fault within 24 hours, using the consignment stock where needed.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, deducted from any amount due to the Supplier.
H:8. Post-Warranty Support
P:8.1 After the warranty, the Buyer may order annual support covering Device repair and replacement, Software updates and the service levels in clause 7. The annual support fee is 9% of the subtotal for devices and software licence in clause 3.1, that is CNY 143,280 per year, and shall remain unchanged for three years after the warranty ends.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software and the Device firmware remain the property of the Supplier.
P:9.2 The dashboards, report templates, historian mappings and configuration made for the Buyer belong to the Buyer. The Buyer may use, modify and let third parties use them without further payment.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep copies or transfer any Buyer Data outside the People's Republic of China.
P:10.2 The Software runs on the Buyer's servers inside the Buyer's industrial network. The Supplier may access it remotely only through the Buyer's approved remote access gateway, for each session after written approval, with all sessions recorded.
P:10.3 The Supplier shall comply with the Cybersecurity Law and the Data Security Law of the People's Republic of China. It shall notify the Buyer of any security incident within 6 hours, cooperate in the response and compensate the Buyer for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data, drawings and plant layouts, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for six years after the end of this Contract.
H:12. Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or in the case described in clause 4.4.
P:13.2 On such termination the Supplier shall refund the amounts paid for Devices and Works not accepted and compensate the Buyer for its losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English, both equally authentic. The technical specification and the acceptance test plan are annexed to it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H805E04 = """# Managed IT Services Agreement

Agreement No. TLC-MS-2027-006

**Customer:** Tongling Jinlu Copper Processing Co., Ltd., a company incorporated in the People's Republic of China, Tongling, Anhui Province ("Customer").

**Provider:** Ulytau Digital Services LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Satbayev, Ulytau Region ("Provider").

Customer runs two copper rod and strip plants and a head office in Tongling. Customer wishes to outsource its IT service desk, end-user device support and plant network monitoring to Provider, and Provider agrees to provide these managed services on the terms of this Agreement and its Schedules.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 has been completed and accepted.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or generates in performing the Services, including user account details, device inventories, tickets and network logs.

1.4 "Incident" means an unplanned interruption or reduction in quality of an IT service covered by Schedule 1.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The term may be extended only by a written agreement signed by both parties. There is no automatic renewal.

## Section 3. Transition and Service Acceptance

3.1 Within 60 days after signature, Provider shall complete the transition: take over the existing ticket history, asset inventory and knowledge articles from Customer's internal IT team; set up the service desk telephone line, e-mail and portal in Chinese; install monitoring for the network devices listed in Schedule 1; and write runbooks for the standard requests.

3.2 Provider shall then run the Services in parallel with Customer's IT team for 14 days. Service Acceptance requires that: (a) all tickets in the parallel run were logged, classified and handled as set out in Schedule 2; (b) all network devices in scope report to the monitoring system and test alerts reach the service desk; (c) the asset inventory reconciles with a physical sample of 200 devices chosen by Customer; and (d) the runbooks and escalation contacts have been approved by Customer. Customer shall confirm Service Acceptance in writing within five working days after these criteria are met.

3.3 If Service Acceptance is delayed for reasons attributable to Provider beyond 75 days after signature, Provider shall pay Customer liquidated damages of CNY 1,800 for each day of delay, up to CNY 90,000.

3.4 Customer shall give Provider's transition team access to its existing tools, documents and internal IT staff during the transition and shall name a transition coordinator. Delays caused by Customer extend the transition period accordingly and are not counted for Section 3.3.

## Section 4. Service Delivery

4.1 Provider shall perform the Services with suitably qualified staff who speak Chinese, from its remote service centre and, for on-site work, at Customer's premises in Tongling.

4.2 Provider shall appoint a service delivery manager who meets Customer's IT manager monthly to review performance, open problems and planned changes. Provider shall deliver a monthly service report by the fifth working day of each month.

4.3 Provider shall follow Customer's change management procedure. No change to a production system may be made without an approved change request, except for emergency fixes reported on the same day.

4.4 Provider's staff working at Customer's plants shall follow the site safety rules, wear the protective equipment required in the production halls and take part in Customer's safety induction before their first visit. Customer may refuse access to any person who breaches these rules.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,152,000.

5.2 The Transition Fee is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. No advance payment is due.

5.3 Customer shall pay each correct invoice within 30 days after receipt, less any service credits under Schedule 2.

5.4 The charges are fixed for the whole term and are not subject to indexation or any other increase. Travel within Tongling is included in the Monthly Service Charge.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, use it only to perform this Agreement and not disclose it to any third party except to its employees, subcontractors and advisers who need to know it and are bound by equivalent obligations.

7.2 This Section continues to apply for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider retains its tools, monitoring software and general know-how.

8.2 Runbooks, knowledge articles, scripts, reports and configuration records prepared for Customer under this Agreement belong to Customer. Customer may use and modify them freely and give them to any successor provider.

## Section 9. Subcontracting

9.1 Provider may subcontract on-site field services, including desk-side support and cabling, to service companies in Anhui Province by giving Customer written notice of the subcontractor's name and scope at least ten days before the subcontractor starts work.

9.2 Provider remains responsible for the performance of its subcontractors as for its own.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to death or personal injury, wilful misconduct or breach of Section 7.

10.2 Neither party is liable for loss of profit or indirect loss.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days, including handover of all tickets, documents and Customer Data to Customer or a successor provider, at the rates in Schedule 3.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding.

## Section 13. General

This Agreement, including Schedules 1 to 3, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for about 1,100 users, in Chinese | 24 x 7 |
| End-user device support | Set-up, repair, moves and changes for about 950 PCs, laptops and printers | Monday to Saturday, 08:00 to 20:00 |
| Plant network monitoring | Monitoring and first-line fault handling for 310 switches, 96 access points and 6 firewalls | 24 x 7 |
| Account administration | User accounts, mailboxes and access requests according to Customer's approval rules | Monday to Saturday, 08:00 to 20:00 |
| Asset management | Keeping the IT asset inventory current, annual physical check | Business days |
| Problem management | Root-cause analysis for repeated Incidents, monthly problem review | Business days |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Production line control network or a whole plant site without IT service | 15 minutes | 6 hours |
| P2 | A department, a key application or a network segment affected | 1 hour | 1 business day |
| P3 | A single user or device affected | 2 business hours | 3 business days |
| P4 | Service requests and questions | 1 business day | 5 business days |

| Service level missed | Service credit |
|---|---|
| P1 response or restoration | CNY 2,000 for each hour or part of an hour late |
| P2 restoration | CNY 500 for each business day or part of it late |
| Monthly report late | CNY 300 per working day |

Service credits in a month may not exceed a quarter of that month's Monthly Service Charge. Credits are deducted from the next invoice.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | fixed, one-off, after Service Acceptance | 64,000 |
| Monthly Service Charge | fixed, 36 months x CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,152,000** |
| Additional on-site engineer day (outside scope) | per day, by work order | 1,600 |
| Exit assistance | per engineer day | 1,600 |

Additional engineer days and exit assistance are ordered separately and are not part of the Total Contract Value.
"""

H805E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. XJT-DATA-2027-031

BETWEEN

Xinjiang Tianshan Cross-Border Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Urumqi, Xinjiang Uygur Autonomous Region ("Customer"); and

Karatau Transit Data LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Kentau, Turkistan Region ("Provider").

BACKGROUND

Provider collects and publishes data on road freight rates, border-crossing waiting times, transit tariffs and truck availability on the routes between western China, Kazakhstan, Uzbekistan and the Caspian ports. Customer wishes to use this data in its own pricing, route-planning and customer quotation systems through Provider's application programming interface, and Provider agrees to grant access on the terms below.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets described in Schedule A, as updated by Provider from time to time, including historical series from January 2022.

1.2 "API" means Provider's REST interface through which Customer retrieves the Licensed Data, with its documentation and keys.

1.3 "Customer Data" means all data that Customer or its users send to Provider in using the API, including query parameters, shipment lists, customer names, routes and volumes, and the log-in and API credentials of Customer's users.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from an anniversary to the day before the next anniversary.

1.5 "Integration Work" means the connector and dashboard described in clause 4.

2. SUBSCRIPTION TERM

2.1 The subscription runs for two Subscription Years from the Start Date. The Start Date is the date on which Customer confirms acceptance of the Integration Work under clause 5.

2.2 The subscription does not renew automatically. Any renewal requires a new written agreement, including the fees for the renewal period.

3. LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the subscription term to access the API, retrieve the Licensed Data and use it within Customer's business for pricing, route planning, quotations to its customers and internal reporting.

3.2 Customer may show Licensed Data to its customers inside quotations and shipment reports, but may not resell the Licensed Data as such or publish it as a dataset.

3.3 Customer may keep and use Licensed Data retrieved during the term for its historical records after the end of this Agreement.

3.4 The API allows up to 200,000 calls per calendar month. Provider may throttle calls beyond that volume but shall not suspend access without prior notice.

3.5 When Customer shows Licensed Data to its customers, it shall name Provider as the source in a footnote. Customer shall keep its API keys secure and shall inform Provider without delay if a key may have been disclosed, so that Provider can replace it.

4. INTEGRATION WORK

4.1 Provider shall build for Customer: (a) a connector that loads the Licensed Data each night into Customer's pricing database; (b) a rate comparison dashboard in Customer's business intelligence tool, showing Provider's rates against Customer's own rates for its 60 main lanes; and (c) an alert that informs Customer's dispatchers when the waiting time at a listed border crossing exceeds a threshold set by Customer.

4.2 Provider shall deliver the Integration Work for acceptance testing within 35 days after signature of this Agreement.

4.3 If Provider delivers the Integration Work late for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 16,000, which Customer may deduct from any amount due.

5. ACCEPTANCE

5.1 The Integration Work is accepted when: (a) the connector has loaded the Licensed Data on ten consecutive nights without error; (b) the dashboard figures for a sample of 20 lanes agree with the data shown in Provider's web portal; (c) the border-crossing alert has been triggered correctly in a test; and (d) Provider has delivered the source code and documentation of the connector and dashboard.

5.2 Customer shall confirm acceptance in writing within five working days after these criteria are met, or state the defects. Provider shall remedy the defects and the tests shall be repeated.

6. FEES AND PAYMENT

6.1 The subscription fee is CNY 264,000 for each Subscription Year, CNY 528,000 for the two Subscription Years. The Integration Work fee is CNY 18,000, fixed. The total contract value is CNY 546,000.

6.2 Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year. The Integration Work fee is invoiced after acceptance under clause 5.

6.3 Customer pays each correct invoice within 30 days after receipt, in CNY, by bank transfer. Fees are fixed for the term.

6.4 The fees include all taxes and charges of the Republic of Kazakhstan. Any withholding tax that Customer must deduct under the laws of the People's Republic of China shall be handled under the double taxation agreement between the two countries, and Customer shall provide the tax certificates Provider needs.

7. SERVICE AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API available and to update the Licensed Data at the frequencies stated in Schedule A.

7.2 Provider will use commercially reasonable efforts to answer support requests sent to its support e-mail address promptly during its business hours. Provider may suspend the API for maintenance, and will try to announce planned maintenance in advance.

7.3 Provider does not warrant that the Licensed Data is complete or free from errors. Provider collects it from carriers, forwarders, public sources and its own observers, and will correct errors that Customer reports to it.

7.4 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous version running during that period so that Customer can adapt the connector.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Integration Work to Customer, and shall not use it to enrich the Licensed Data, to build statistics or for any other purpose.

8.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, logging of all access and regular security testing. Customer Data shall be stored on servers located in the People's Republic of China and shall not be transferred abroad.

8.3 Provider shall notify Customer within 48 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it and shall bear responsibility for the losses caused to Customer by its breach of this clause.

8.4 At the end of this Agreement Provider shall delete all Customer Data and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Licensed Data, the API and its platform.

9.2 The connector, the dashboard and the alert built under clause 4, with their source code, belong to Customer. Customer may use, modify and license them freely, also after the end of this Agreement.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party, including Customer's rates, customers and volumes and Provider's unpublished data and methods, and shall use it only for this Agreement. This obligation lasts for three years after the end of this Agreement.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

11.2 Provider's total liability under this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the Integration Work or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice. Provider shall then refund the subscription fee for the rest of the current Subscription Year.

13.2 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

13.3 On expiry or termination, Customer's access to the API ends, but Customer keeps its rights in the Integration Work under clause 9.2 and in the Licensed Data retrieved before that date under clause 3.3. Clauses 8, 9, 10 and 11 survive.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final.

15. GENERAL

15.1 This Agreement, with Schedule A, is the entire agreement of the parties on its subject. Amendments must be in writing.

15.2 This Agreement is made in English and Chinese; both versions are equally authentic.

SCHEDULE A - LICENSED DATA

(a) Road freight spot and contract rates for 180 lanes, updated weekly.
(b) Waiting times at 14 border crossings, updated every six hours.
(c) Transit tariffs, road tolls and permit fees by country, updated monthly.
(d) Truck availability index by region, updated daily.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

SOURCES = {"h805z01": H805Z01, "h805z02": H805Z02, "h805z03": H805Z03, "h805z04": H805Z04, "h805z05": H805Z05,
           "h805e01": H805E01, "h805e02": H805E02, "h805e03": H805E03, "h805e04": H805E04, "h805e05": H805E05}
FILES = {"h805z01": "h805z01_night_market_platform_licence.pdf",
         "h805z02": "h805z02_mosquito_coil_line_control_retrofit.docx",
         "h805z03": "h805z03_gateball_chain_booking_saas.txt",
         "h805z04": "h805z04_rubber_dam_remote_control_om.txt",
         "h805z05": "h805z05_cloth_tiger_process_tracking_supplier_template.md",
         "h805e01": "h805e01_plant_maintenance_software_licence_kz_vendor.pdf",
         "h805e02": "h805e02_site_safety_saas_order_form.md",
         "h805e03": "h805e03_corrosion_monitoring_devices_licence.docx",
         "h805e04": "h805e04_copper_plant_managed_it_services.md",
         "h805e05": "h805e05_transit_freight_data_api_subscription.txt"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def d(avail, p1, remedy, ip, dsc, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# DESIGN: terms, extra, category, design rules, forum outside mainland China, TCO inputs (fee base, contract value)
DESIGN = {
    "h805z01": dict(lang="zh", category="software",
                    terms=d(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                            True, False, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2036000),
                    fee_base=1180000, forum_outside=False, rules=[]),
    "h805z02": dict(lang="zh", category="hardware",
                    terms=d(None, 1, True, "buyer", True, True, True, None, None, 10, True, True, 18, 7, False,
                            True, True, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2033000),
                    fee_base=1751000, forum_outside=False, rules=["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "h805z03": dict(lang="zh", category="cloud",
                    terms=d(99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True,
                            True, False, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=730000),
                    fee_base=None, forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h805z04": dict(lang="zh", category="services",
                    terms=d(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                            False, False, False, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=486000),
                    fee_base=None, forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h805z05": dict(lang="zh", category="software",
                    terms=d(None, 10, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False,
                            True, None, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=True, contract_value=480000),
                    fee_base=360000, forum_outside=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                           "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h805e01": dict(lang="en", category="software",
                    terms=d(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                            True, False, "Kazakhstan", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1808000),
                    fee_base=1260000, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h805e02": dict(lang="en", category="cloud",
                    terms=d(99.95, 0.5, True, "buyer", True, False, True, 500 / 612000 * 100, 6 / 24 * 100, None,
                            True, None, None, None, True, True, False, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=612000),
                    fee_base=None, forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h805e03": dict(lang="en", category="hardware",
                    terms=d(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False,
                            True, False, "PRC", G),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1850000),
                    fee_base=1592000, forum_outside=False, rules=[]),
    "h805e04": dict(lang="en", category="services",
                    terms=d(None, 0.25, True, "buyer", False, True, True, 1800 / 2152000 * 100, 150, None, True, None,
                            None, None, False, True, True, "PRC", S),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=2152000),
                    fee_base=None, forum_outside=False, rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h805e05": dict(lang="en", category="cloud",
                    terms=d(None, None, False, "buyer", True, True, True, 400 / 546000 * 100, 9 / 24 * 100, None,
                            True, None, None, None, False, True, False, "PRC", S),
                    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=546000),
                    fee_base=None, forum_outside=False,
                    rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack values as stated in policy.md §3 and §4)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40, horizon=5)


def tco_share(key):
    x = DESIGN[key]
    t, v = x["terms"], x["extra"]["contract_value"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["fee_base"]
    return fees / (v + fees) * 100


def derive(key):
    """The rules that the labels imply, as I read policy §3 and its reading notes."""
    x = DESIGN[key]
    t, e = x["terms"], x["extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["war"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


def label(key):
    x = DESIGN[key]
    return {"file": FILES[key], "language": x["lang"], "category": x["category"], "expected_terms": x["terms"],
            "expected_extra": x["extra"], "expected_rules": sorted(x["rules"])}


# ---- read back ------------------------------------------------------------------------------------------------
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---- threshold scan ---------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUMZH = "零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = [
    # availability 99.9
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![" + NUMZH + r"\d])",
    # P1 response 4 hours
    r"(?<![\d.,])4\s*-?\s*(?:working\s*|business\s*|clock\s*)?(?:hours?|hrs?|h(?![a-z]))",
    r"(?<![a-z])four\s*(?:\(4\)\s*)?-?\s*(?:working\s*|business\s*)?hours?",
    r"(?<![\d.])4\s*个?\s*(?:工作)?\s*小时", r"(?<![" + NUMZH + r"])四\s*个?\s*(?:工作)?\s*小时",
    r"(?<![\d.,])240\s*(?:分钟|min)",
    # LD 0.05 % per day
    r"(?<![\d.])0\.050*(?!\d)" + PCT, r"万分之五(?![" + NUMZH + r"])", r"0\.5\s*‰", r"千分之零点五",
    # cap 100 %
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?![" + NUMZH + r"])", r"(?<![a-z])one\s*hundred" + PCT,
    r"(?<![a-z])hundred\s*percent",
    # prepayment 30 %
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z])thirty" + PCT, r"三成",
    # warranty 12 months
    r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?months?", r"(?<![a-z])twelve\s*-?\s*(?:calendar\s*)?months?",
    r"(?<![\d.])12\s*个\s*月", r"(?<![" + NUMZH + r"])十二\s*个\s*月", r"(?<![\d.,])1\s*-?\s*years?(?![a-z])",
    r"(?<![a-z])one\s*-?\s*years?(?![a-z])", r"(?<![" + NUMZH + r"])一\s*年(?!度)", r"壹\s*年",
    r"(?<![\d.])1\s*年(?!度)",
    # post-warranty fee 15 %
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![a-z])fifteen" + PCT,
    # TCO share 40 %, horizon 5 years
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z])forty" + PCT, r"四成",
    r"(?<![\d.,])5\s*-?\s*years?(?![a-z])", r"(?<![a-z])five\s*-?\s*years?(?![a-z])",
    r"(?<![\d.])5\s*年(?!度)", r"(?<![" + NUMZH + r"])五\s*年(?!度)",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4 hours", "4-hour", "4h", "four hours", "4 working hours", "4小时",
            "四小时", "4个小时", "0.05%", "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百",
            "one hundred per cent", "30%", "30 percent", "百分之三十", "thirty per cent", "12 months", "12-month",
            "twelve months", "12个月", "十二个月", "一年", "one year", "1 year", "15%", "15 %", "百分之十五",
            "fifteen percent", "40%", "百分之四十", "five years", "5 years", "五年", "5年", "within 4 hours,"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十", "150%",
             "130%", "0.30%", "3.30%", "115%", "120 months", "一个服务年度", "每年", "2027年", "1.5%", "140%",
             "25 years", "十五年", "45%", "35%", "CNY 1,500", "P1 14 hours", "first anniversary", "30 days",
             "12 hours", "第十二条", "十二月", "百分之三十五", "400 per day", "24 x 7"]


def scan_hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)]
    return [m.group(0) for f in forms for m in THRESHOLD_RE.finditer(f)]


def self_test():
    for s in MUST_HIT:
        assert scan_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan_hits(s), "must miss: %s -> %s" % (s, scan_hits(s))


def near(a, b):
    return a is not None and not isinstance(a, bool) and abs(a - b) < 1e-9


def check_values(key):
    t = DESIGN[key]["terms"]
    for k, th in [("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                  ("liability_cap_pct", "cap"), ("prepayment_pct", "pre"), ("warranty_months", "war"),
                  ("post_warranty_fee_pct", "pwf")]:
        assert not near(t[k], TH[th]), (key, k)
    share = tco_share(key)
    assert share is None or abs(share - TH["tco"]) > 2, (key, share)


def write_text_files():
    for key, name in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write_text_files()
    write({k: SOURCES[k] for k, n in FILES.items() if n.endswith((".docx", ".pdf"))},
          {k: (n, n.rsplit(".", 1)[1]) for k, n in FILES.items() if n.endswith((".docx", ".pdf"))}, OUT,
          wrap_words=True)
    covered = set()
    for key, name in FILES.items():
        x = DESIGN[key]
        got = derive(key)
        assert got == sorted(x["rules"]), (key, got, x["rules"])
        covered |= set(got)
        check_values(key)
        text = read_back(OUT / name)
        n = length(text, x["lang"])
        lo, hi = (2750, 3000) if x["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan_hits(text)
        assert not hits, (key, hits)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), indent=1, ensure_ascii=False), encoding="utf-8")
        share = tco_share(key)
        print("%-62s %5d %-6s %s%s" % (name, n, risk(got), ", ".join(r[3:] for r in got) or "(none)",
                                        "" if share is None else "  TCO share %.2f%%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(DESIGN[k]["rules"]) for k in FILES]
    print("all 20 rules covered; findings per draft:", counts)
