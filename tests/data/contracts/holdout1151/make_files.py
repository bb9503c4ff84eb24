"""holdout1151: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, threshold scan, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}

S["z01"] = """T:市市场监管局计量器具管理平台采购合同
P:合同编号：SJJ-ZFCG-2027-014　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：杭州衡准信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就计量器具管理平台的软件许可及定制开发事项订立本合同，以资共同遵守。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供计量器具管理平台软件永久使用许可（不限用户数），并完成强检器具台账、检定预约、到期提醒、监督抽查、企业端申报等定制开发，以及历史台账数据迁移、部署实施和培训。
P:1.2 合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），其中：平台软件许可费¥620,000；定制开发费¥548,000；数据迁移费¥126,000；部署实施及培训费¥92,000。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方组件费用及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后一百二十日内完成全部开发、部署及数据迁移，具备初验条件；交付地点为甲方指定的政务云环境。
P:2.2 乙方应按招标文件要求提交需求规格说明书、设计文档、测试报告、用户手册及全部定制部分源代码。
P:2.3 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理资格，未经甲方同意不得更换；每周向甲方提交项目进度报告，遇有影响工期的事项应及时书面告知。
P:2.4 乙方应为甲方业务人员及系统管理员分别组织不少于三场集中培训，并提供操作视频和培训教材，确保相关人员能够独立使用和管理系统。
P:2.5 履约保证金：乙方应于合同签订后七日内向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。最终验收合格后，甲方在十个工作日内无息退还；乙方违约的，甲方有权从中扣除相应违约金及赔偿金。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初验后十个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额合法发票，甲方付款按财政国库集中支付程序办理。
H:第四条 验收
P:4.1 初验：乙方完成部署后提交初验申请，甲方组织对照招标文件技术需求逐项测试，全部功能点通过、无一级及二级缺陷、历史台账迁移核对一致的，出具初验报告。
P:4.2 试运行：初验通过后试运行九十日，试运行期间系统连续稳定，在三百并发用户下页面响应时间不超过二秒，并通过第三方网络安全等级保护测评。
P:4.3 最终验收：试运行结束后，甲方组织专家按上述标准进行最终验收，签署验收报告。系统上线、试运行或甲方付款均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、适配调整及技术支持。
P:5.2 质保期满后，如甲方续购维护服务，年度维护费不高于软件许可费的9%（即每年不超过¥55,800），且质保期满后首三年内不上调。维护服务按年另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 系统月度可用率不低于99.95%（计划内维护时间除外）。
P:6.2 一级故障（系统整体不可用或核心业务中断）乙方应在三十分钟内响应，两小时内到达现场或远程处置，八小时内恢复；二级故障两小时内响应，一个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金人民币一千元；月度可用率每低于约定值0.01个百分点，扣减当年维护费或质保金人民币二千元。
P:6.4 乙方应每月向甲方提交运行报告，载明可用率、故障及处理情况。
H:第七条 知识产权
P:7.1 平台产品本身的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、数据库设计、接口及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全与数据归属
P:8.1 平台中的计量器具台账、企业信息、检定记录等全部业务数据归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》等规定，落实访问控制、操作审计和加密存储措施，运维操作须经堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监管信息及企业商业信息负有保密义务，未经甲方书面同意不得披露。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其行为承担责任。项目结束时，乙方应将其持有的甲方资料全部交还或销毁，并出具书面说明。
P:9.3 保密义务不因合同终止而解除，在合同终止后持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及全部甲方数据，并配合甲方完成系统迁移；甲方按已验收部分据实结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分，与本合同具有同等效力；内容不一致的，以本合同为准。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。任何变更均须采用书面形式，并不得违背招标文件的实质性内容。
P:14.3 乙方应遵守甲方的机房管理、办公场所及网络安全管理制度，因乙方人员违反上述制度造成损失的，由乙方承担责任。
P:14.4 本合同一式六份，甲方执四份，乙方执二份，经双方签字盖章并报同级财政部门备案后生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　授权代表：
P:日期：　　　　　　　　　　日期：
"""

S["z02"] = """T:去毛刺生产线控制系统改造合同
P:合同编号：DM-JG-2027-0308
P:甲方：常州锐边电动去毛刺机有限公司
P:乙方：无锡恒控自动化工程有限公司
P:甲方拟对其二号、三号去毛刺生产线的电气控制系统进行改造，乙方具备相应设计、供货与实施能力。经双方协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责两条产线控制系统的方案设计、设备供货、旧系统拆除、安装接线、程序编制、调试、与甲方MES系统对接及人员培训，使改造后的产线达到技术协议规定的节拍与良率要求。
P:1.2 技术协议为本合同附件一，与本合同具有同等效力。
P:1.3 去毛刺主机本体、电动主轴及夹具不在本次改造范围内，但乙方应完成新控制系统与上述设备的接口适配，并保证原有安全防护功能不降低。改造过程中发现原设备存在缺陷的，乙方应书面告知甲方并提出处理建议。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰柒拾伍万贰仟元整（¥1,752,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|视觉检测单元|4套|86,000|344,000
TB:4|工业交换机及边缘网关|1批|96,000|96,000
TB:5|产线监控软件及MES接口许可（永久）|1套|484,000|484,000
TB:—|软硬件小计|||1,560,000
TB:6|安装调试（含旧系统拆除）|1项|168,000|168,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:—|合同总价|||1,752,000
P:2.2 上述价格为固定价格，包含运输、保险、安装辅材及税费。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并完成安装、通电调试后，甲方支付合同总价的55%。到货及安装不视为验收合格。
P:3.3 产线通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前开具增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后七十五日内完成全部设备到货，并利用甲方安排的停线窗口完成两条产线的切换，每条产线停线时间不超过十日。
P:4.2 乙方切换前须提交切换方案及回退方案，经甲方书面确认后方可实施。切换失败的，乙方应立即按回退方案恢复原系统运行，确保甲方次日正常生产。
P:4.3 乙方应指派具有同类产线改造经验的项目经理一名、电气工程师及软件工程师各不少于两名，常驻甲方现场直至最终验收。项目经理更换须经甲方同意。
P:4.4 设备到货时，双方共同开箱清点，核对型号、数量及随机资料，并签署到货清点单。清点单仅确认数量与外观，不作为质量验收的依据。
H:第五条 验收
P:5.1 验收标准：改造后每条产线单件节拍不高于二十八秒；连续生产七十二小时无停机故障；视觉检测漏检率不高于千分之二；设备联锁与急停功能测试全部通过；MES报工数据与现场计数一致。
P:5.2 满足上述标准并连续试生产三十日后，由甲方组织最终验收并签署验收单。产线投入试生产不视为验收合格。
P:5.3 验收测试由双方共同按验收大纲执行，测试记录经双方签字确认后作为验收依据。
P:5.4 验收不合格的，乙方应在十日内整改并重新验收，整改费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供程序修改与技术支持。
P:6.2 一级故障（整条产线停机）乙方应在一小时内响应，六小时内到达甲方现场；二级故障两小时内响应，次日到场。乙方响应或到场超时的，每超时一小时支付违约金人民币八百元。
P:6.3 质保期满后，乙方提供年度维保服务，包括季度巡检、备件供应、程序维护及驻厂技术人员，年度维保费按软硬件小计的26%计取，即每年人民币405,600元，质保期满后三年内费用不作调整。
P:6.4 乙方应保证在质保期满后不少于八年内持续供应本项目所用主要备件，停产的应提前六个月书面通知甲方并提供兼容替代方案。
P:6.5 年度维保合同按年签订，到期前双方协商续签，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、上位机画面、视觉检测算法参数及MES接口程序的知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改、使用及委托第三方维护。
P:7.2 第三方标准软件的许可按其原厂条款执行，乙方保证甲方合法使用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数及产品质量数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方远程访问甲方系统须事先申请，经甲方审批后通过甲方指定的安全通道进行，操作全程记录。乙方应采取必要措施防止病毒植入与数据外泄。
P:8.3 发生数据泄露或因乙方原因导致系统被入侵的，乙方应在两小时内告知甲方并采取补救措施，并赔偿甲方由此产生的全部损失。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、产品图纸、客户信息等技术与经营信息承担保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期到货、逾期完成切换或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方停线损失的，乙方应据实赔偿。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十一条 分包
P:11.1 乙方如需将电气安装中的部分辅助工作分包，须事先取得甲方书面同意，并对分包方的工作质量及安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:12.2 乙方逾期超过四十五日，或经两次整改仍未通过验收的，甲方有权解除合同。
P:12.3 合同解除后，乙方应在甲方要求的期限内拆除未验收设备并恢复原系统，甲方对已验收且可独立使用的部分据实结算。
P:12.4 一方因不可抗力不能履约的，应及时通知对方，并在合理期限内提供证明。
H:第十三条 培训与资料
P:乙方应在切换前对甲方操作工、设备维修人员及工艺工程师分别进行培训，培训合格后方可上岗操作新系统；乙方应提交电气原理图、接线图、程序说明、操作维护手册及备件清单各两套及其电子版。
H:第十四条 安全生产
P:14.1 乙方应为其现场人员购买意外伤害保险，特种作业人员须持证上岗。
P:14.2 乙方人员进入甲方厂区须遵守甲方安全生产、动火作业及上锁挂牌管理规定，因乙方违规造成的人身及财产损失由乙方承担。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 双方往来通知以书面形式送达合同首部所列地址，一方地址变更应提前七日通知对方。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:16.3 本合同附件与正文不一致的，以正文为准。
P:附件一：技术协议　附件二：设备清单　附件三：验收大纲
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

S["z03"] = """普拉提连锁门店预约及会员管理系统订阅服务合同

合同编号：PLT-SAAS-2027-021

甲方：上海序芯普拉提健身管理有限公司（以下简称"甲方"）
乙方：苏州约课云科技有限公司（以下简称"乙方"）

甲方在上海、杭州、南京共经营21家普拉提门店。为统一课程预约、会员卡管理和教练排班，甲方订阅乙方的门店预约及会员管理云服务，并委托乙方完成上线实施。双方经协商订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向21家门店及甲方总部提供预约及会员管理云服务，包括小程序约课、团课与私教排课、会员卡及课时包管理、储值与消课核销、教练排班与课酬统计、门店经营报表。
2. 订阅账号包括每店一个店长账号、不超过六个前台账号，以及总部管理账号二十个；教练端不限账号数量。
（二）实施服务
1. 乙方负责各门店现有会员、卡项余额、课时余额及历史约课记录的迁移，完成系统参数配置、会员小程序与甲方公众号的对接，以及与甲方财务系统的收入数据接口。
2. 乙方为门店店长、前台及教练组织线上和集中培训，并在首批门店上线首周派员驻店支持。
（三）日常支持
1. 乙方提供每日八时至二十二时的在线客服及电话支持，并为甲方指定专属客户成功经理，每月与甲方总部召开一次服务回顾会。
2. 乙方对云服务进行的功能升级应提前七日通知甲方，涉及约课、消课流程变化的，应同步提供操作说明，并不得因升级额外收费。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自全部门店上线验收通过之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期；续期服务费由乙方根据届时的产品价格体系确定，并于续期前书面通知甲方。
（三）在两个服务年度内，乙方不得上调本合同约定的订阅服务费标准，亦不得减少已订阅的功能模块。

三、费用与支付
（一）订阅服务费每服务年度人民币186,000元，其中门店服务费21店×7,600元＝159,600元，总部管理模块26,400元；两个服务年度合计372,000元。
（二）实施费人民币58,000元，为一次性费用。
（三）本合同总价为人民币430,000元。
（四）订阅服务费按季度支付，每季度结束后十五个工作日内，甲方根据当季服务水平考核结果支付当季费用；实施费在上线验收通过后十五个工作日内支付。甲方不支付任何预付款。
（五）服务期内新增门店的，按每店每服务年度7,600元按月折算计费；门店关闭的，自次月起相应减少服务费。
（六）乙方应在每次收款前开具合法有效的增值税发票，发票开具有误的，甲方付款期限相应顺延。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 迁移的会员数、卡项余额、课时余额与甲方旧系统导出数据逐条核对一致；
2. 约课、取消、排队候补、消课核销等主要流程在全部门店测试通过；
3. 与财务系统的收入数据连续十日核对无差异；
4. 在一千名会员同时约课的压力测试下，约课操作响应时间不超过三秒。
（三）满足上述标准后，甲方出具上线验收确认书。门店开始使用系统不视为验收通过。
（四）验收未通过的，乙方应在七日内完成整改并重新提交验收，整改期间不计入服务年度。
（五）乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币300元。

五、服务水平
（一）乙方保证云服务月度可用率不低于99.5%，计划内维护应安排在每日零时至六时并提前两日通知。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法约课、消课）：三十分钟内响应，三小时内恢复；
2. 二级故障（单一门店或单一功能不可用）：两小时内响应，当日内恢复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）月度可用率低于约定值的，每低0.1个百分点，乙方按当月服务费的5%给予服务抵扣，当月累计抵扣不超过当月服务费；一级故障响应超时的，每次抵扣当月服务费的2%。
（四）乙方应在每月前五个工作日内向甲方提交上月服务报告，载明可用率、故障记录、处理时长及抵扣金额，经甲方确认后作为季度付款依据。

六、数据安全与数据归属
（一）甲方及门店会员的个人信息、消费记录、约课记录、经营数据均归甲方所有。乙方仅为提供本合同约定服务而处理上述数据，不得用于其他目的，不得向第三方提供，亦不得以脱敏或汇总形式另作他用。
（二）数据存储于境内数据中心，传输和存储均采取加密措施；乙方应落实访问权限控制和操作日志留存，并遵守《个人信息保护法》的要求。
（三）发生数据泄露等安全事件的，乙方应在两小时内通知甲方，配合甲方履行告知和报告义务；因乙方原因造成数据安全事件的，乙方承担由此产生的赔偿责任及监管处罚。
（四）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。
（五）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后彻底删除，出具删除证明。

七、知识产权
（一）云服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的会员卡规则配置、报表模板、小程序页面设计及财务接口程序归甲方所有，甲方可自行修改使用，或交由其他服务商使用。

八、保密
双方对在合作中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。保密义务在合同终止后三年内持续有效。

九、分包
乙方不得将本合同项下服务转包；如需将实施工作的部分内容委托第三方，须事先取得甲方书面同意，且乙方仍对受托方的工作向甲方承担全部责任。云服务所使用的基础设施服务商为阿里云（华东节点），乙方更换基础设施服务商的，亦须取得甲方书面同意。

十、责任限制
乙方在本合同项下的累计赔偿责任，以甲方在索赔事件发生前六个月内已向乙方支付的服务费为限，但因乙方故意或数据安全事件造成的损失除外。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已付但未提供服务部分的费用。
（二）连续两个月可用率低于约定值的，甲方有权解除合同。
（三）合同解除或期满终止的，乙方应保证服务在甲方完成数据迁移前继续可用，过渡期不超过三十日，过渡期服务费按月折算。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应首先友好协商；协商不成的，任何一方均可提交上海仲裁委员会仲裁。争议处理期间，乙方不得以争议为由中断服务。

十三、其他
（一）合同变更须经双方书面确认。乙方服务条款、隐私政策等在线文本与本合同不一致的，以本合同为准。
（二）双方指定的联系人及联系方式见附件，联系人变更应提前书面通知对方。
（三）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

S["z04"] = """某市教育局校车安全监管系统运维服务合同

项目编号：JYJ-CS-2027-006
采购方式：竞争性磋商

甲方（采购人）：某市教育局
乙方（成交供应商）：合肥安途智联信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就某市校车安全监管系统2027年度运行维护服务订立本合同。

第一条 服务范围
（一）校车安全监管平台（含监管中心大屏、教育局及学校端、家长端小程序）的日常运行维护、故障处理、版本升级及安全加固。
（二）全市286辆校车车载终端（定位终端、车内视频、刷卡机、防遗忘报警装置）的巡检、维修及更换。
（三）平台与公安交管、交通运输部门数据接口的运行保障。
（四）每学期开学前的全系统专项检查，以及寒暑假期间的终端集中检修。
（五）配合甲方完成平台网络安全等级保护测评及整改，处置测评发现的中低风险问题。
（六）为学校及校车运营单位的系统管理员提供操作培训与日常使用咨询。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方另行组织采购。

第三条 合同价格
（一）合同总价为人民币伍拾陆万捌仟元整（¥568,000），包括：平台运维服务费312,000元；车载终端维护费171,600元（286辆×600元）；备品备件费56,400元；通信流量费28,000元。
（二）合同总价为固定总价，包含人员、交通、工具、税费等全部费用。服务期内校车数量增减不超过二十辆的，价格不作调整。

第四条 付款方式
（一）合同总价按季度分四期支付，每期为合同总价的25%。
（二）每季度结束后，甲方按第七条完成季度考核，并在考核结果确认后十五个工作日内，按考核结果支付当季费用。
（三）甲方不支付预付款。乙方收款前应开具合法有效的发票。
（四）乙方应在每季度结束后五个工作日内提交季度服务报告及考核自评表，作为甲方季度考核的依据。

第五条 人员配置
（一）乙方应配备项目经理一名、平台运维工程师二名、终端维修工程师三名，其中平台运维工程师在工作日驻场甲方监管中心。
（二）上下学高峰时段（工作日六时半至八时半、十六时至十八时），乙方应安排专人在岗值守。
（三）乙方更换项目经理或驻场人员的，应提前十日书面告知甲方并经甲方同意，更换人员的资质不得低于响应文件承诺。
（四）乙方驻场人员应遵守甲方考勤、门禁及机房管理制度，进入学校开展巡检时应佩戴工作证并服从学校安排。

第六条 服务水平
（一）故障分级与时限：
1. 一级故障（平台整体不可用，或全市定位、报警数据中断）：三十分钟内响应，两小时内恢复；
2. 二级故障（单个学校或部分车辆数据中断、家长端不可用）：一小时内响应，八小时内恢复；
3. 车载终端故障：接报后次日上学前修复或更换，不得影响校车按时出车。
（二）防遗忘报警装置故障的，乙方应在当日放学前完成修复；无法修复的，应立即以备机更换。
（三）乙方应每月对全部车载终端进行一次远程巡检，每学期进行一次现场巡检，并提交巡检报告。
（四）中考、高考及极端天气等重要时段，乙方应按甲方通知安排加强值守，并在值守期间每日报告系统运行情况。
（五）乙方应建立运维服务台账，完整记录每一次故障的报告时间、响应时间、处理过程和恢复时间，供甲方随时查阅。

第七条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：故障响应及恢复及时率、终端在线率、巡检完成率、报警处置记录完整性及用户满意度。考核满分一百分，九十分以上的全额支付当季费用。
（二）考核得分每低于九十分一分，扣减当季费用的1%；一级故障响应或恢复超时的，每次另扣当季费用的2%。
（三）服务期满前，甲方组织年度验收，验收标准为：全年终端平均在线率达到磋商文件规定的指标、巡检报告齐全、全部故障记录闭环、平台安全测评无高危漏洞。验收合格后甲方出具验收意见。

第八条 数据安全
（一）平台中的学生乘车信息、驾驶员及随车照管人员信息、车辆轨迹及车内视频等全部数据归甲方所有。乙方仅可为履行本合同运维工作访问上述数据，不得复制、下载、留存或用于任何其他目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》及甲方网络安全管理制度，运维操作须通过甲方堡垒机进行并全程审计；乙方人员账号实行实名管理，权限按最小必要原则分配。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因导致安全事件的，乙方承担全部赔偿责任及法律责任。

第九条 备品备件
（一）乙方应在本市设立备件库，常备定位终端、视频主机、刷卡机及防遗忘报警装置各不少于在用数量的百分之三，并每月向甲方报送备件库存。
（二）更换下的故障终端由乙方负责返厂维修，修复后转作备件；终端存储介质须在甲方见证下清除数据后方可带离。

第十条 知识产权
乙方在运维过程中形成的文档、脚本、配置清单、巡检及分析报告等成果归甲方所有，甲方可自由使用和修改。乙方应保证其提供的工具软件不侵犯第三方权利。

第十一条 违约责任
（一）乙方未按约定时间完成巡检、版本升级或终端维修更换的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当导致校车监管中断并造成安全事故的，乙方应承担相应赔偿责任。
（三）乙方驻场人员无故缺岗的，每人每日扣减服务费人民币五百元；未按甲方通知加强值守的，每次扣减人民币二千元。
（四）甲方逾期支付的，应按同期贷款市场报价利率向乙方支付利息。

第十二条 甲方义务
甲方应为乙方驻场人员提供必要的办公条件和网络接入，协调各学校及校车运营单位配合巡检与维修，并及时组织季度考核。

第十三条 分包
乙方不得将本合同项下的服务转包或分包。乙方使用的通信运营商、终端生产厂家提供的原厂服务不属于分包，但乙方应对其服务质量向甲方负责。

第十四条 合同的履行与变更
本合同服务期内，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除合同。乙方违约的，按第十一条承担违约责任。合同变更须经双方书面同意，并不得改变磋商文件的实质性条款。

第十五条 服务交接
服务期满时，乙方应向甲方或甲方指定的后续服务商移交全部运维文档、账号权限、备件清单及未闭环故障记录，并提供不少于十五日的交接配合。交接期间乙方应保证系统正常运行，交接完成后由双方签署交接确认书。乙方不得以交接为由拒绝提供账号、密码或配置信息，亦不得在系统中保留任何远程访问通道。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
（二）双方因履行本合同发出的通知，应以书面形式送达对方指定联系人；紧急故障可先以电话通知，事后补发书面记录。
（三）本合同未尽事宜，由双方依照磋商文件协商确定。
（四）本合同一式五份，甲方执三份，乙方执二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

S["z05"] = """# 软件许可及定制开发合同

> 墨研软件标准合同文本 MY-HT-V3.0（乙方通用模板，未经乙方书面确认的修改无效）

合同编号：MY-2027-0417

**甲方（买方）**：泾县青檀宣纸工坊有限公司

**乙方（卖方）**：合肥墨研软件有限公司

甲方委托乙方提供"纸坊通"生产工序追溯软件的使用许可，并根据甲方宣纸生产工艺进行定制开发，以实现从原料入库到成纸出库的全过程记录与批次追溯。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"纸坊通"工序追溯软件V3版本的永久使用许可，限甲方一个生产厂区使用，并发用户不超过三十个。

1.2 乙方根据甲方需求进行以下定制开发：檀皮及沙田稻草原料入库登记、蒸煮与日光漂白工序记录、捞纸及晒纸工位计件、成纸检验分级、每刀纸批次赋码追溯及扫码查询页面。

1.3 具体功能以双方确认的需求清单为准，需求清单确认后甲方提出的变更，乙方有权另行收费。

1.4 软件许可仅限甲方内部生产管理使用。甲方新增厂区、增加并发用户或将软件用于关联企业的，应按乙方报价另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸坊通工序追溯软件永久许可 | 168,000 |
| 2 | 定制开发 | 176,000 |
| 3 | 部署实施及培训 | 42,000 |
| | 合计 | 386,000 |

2.1 合同总价为人民币叁拾捌万陆仟元整（¥386,000），含增值税。

2.2 合同价款按本条价格表执行，乙方据此开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

2.3 本合同价款不包含服务器、扫码枪、标签打印机等硬件设备，以及甲方所需的第三方数据库或操作系统许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币212,300元。乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即人民币173,700元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付滞纳金；逾期超过十五日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首付款后九十个工作日内完成开发并部署上线。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，交付时间相应顺延。

4.2 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格；甲方在上线后使用系统的，视为认可乙方交付成果。

4.3 乙方提供用户操作手册电子版一份，并为甲方操作人员提供一次集中培训，培训时间不超过两日。甲方需要增加培训场次的，按每人每日一千二百元另行计费。

4.4 甲方现有的原料台账、工序记录及客户订单等历史资料，由甲方按乙方提供的模板整理为电子表格，乙方协助导入一次。数据整理的准确性由甲方负责。

## 第五条 维护服务

5.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

5.2 一级故障（系统无法登录或无法赋码）乙方在接到甲方报修后八小时内响应，其他问题在两个工作日内响应。现场服务须另行收取差旅费用。

5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方当年公布的价格标准执行。

5.4 免费维护期内不包含软件大版本升级。乙方发布新版本的，甲方可按乙方升级报价选择是否升级。

5.5 因甲方操作不当、擅自修改系统、硬件或网络环境问题引起的故障，不属于维护范围。

5.6 乙方远程支持的服务时间为工作日九时至十七时，节假日及非工作时间的支持需甲方提前预约。

## 第六条 知识产权

6.1 "纸坊通"软件及乙方为本合同开发的全部定制功能模块、源代码、数据库结构及相关文档的知识产权归乙方所有。

6.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或交由第三方维护，亦不得向第三方转让或再许可。乙方有权将定制功能纳入其标准产品向其他客户销售。

6.3 乙方保证其提供的软件不侵犯第三方的合法权利。第三方就软件向甲方主张侵权的，乙方负责处理，但因甲方修改软件或与其他软件组合使用引起的除外。

## 第七条 数据安全与数据使用

7.1 乙方应对部署环境采取访问控制、数据备份和操作日志等安全措施，防止甲方数据被非法访问、篡改或丢失；乙方远程维护须经甲方同意后进行。

7.2 因乙方原因造成甲方数据泄露或丢失的，乙方应在知悉后四十八小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的直接损失。

7.3 甲方同意，乙方可将系统中的工艺参数、产量及质量数据经脱敏处理后，用于乙方产品改进、行业分析及其他客户的方案设计。

## 第八条 保密

8.1 双方对在合作过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

8.2 乙方的软件、报价、技术文档及本合同条款属于乙方的保密信息，甲方不得向其他软件供应商披露。

8.3 保密期限为合同终止后三年。

## 第九条 项目实施

9.1 乙方可根据项目需要，将部分开发或实施工作委托其合作伙伴完成，并将合作伙伴名称通知甲方即可。

9.2 甲方应指定项目联系人，及时提供工艺资料、样品及测试条件，并配合乙方完成数据初始化。甲方应自行准备服务器、网络及扫码设备，并保证其符合乙方提出的配置要求。

9.3 乙方指派项目经理一名负责项目协调，项目期间乙方人员以远程工作为主，需要到甲方现场的，由双方提前约定时间。

9.4 甲方提供的工艺资料不准确或不完整导致返工的，乙方有权顺延交付时间并另行收取相应费用。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的直接损失。

10.2 乙方对因系统使用造成的间接损失、利润损失或停产损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除的，甲方已支付的首付款不予退还，但乙方根本违约的除外。

11.3 合同解除后，甲方应停止使用乙方软件中未付费部分，乙方应协助甲方导出系统中的业务数据。

## 第十二条 不可抗力

12.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应在不可抗力发生后十日内通知对方并提供证明。

12.2 不可抗力持续超过六十日的，双方可协商解除合同，并据实结算已完成工作的费用。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 双方往来通知以书面形式送达本合同首页所列地址或联系人电子邮箱，送达即生效。

14.2 本合同附件为需求清单及报价单，与本合同具有同等效力；附件与正文不一致的，以正文为准。

14.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签约日期：　　年　　月　　日
"""

S["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. MRS-CN-2027-031
P:This Agreement is made between Jiangsu Hengtai Precision Castings Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Buyer"), and Mourne Ridge Software Limited, a company registered in Northern Ireland with its office at Main Street, Castlewellan, County Down (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's FoundryQ quality management software and to engage the Vendor to configure, integrate and implement it at its casting plant in Changzhou. The Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the FoundryQ software in object code, including its standard modules for non-conformance management, melt and pour records, heat-treatment records, inspection plans and supplier quality, and any update or new version supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data migration scripts and documents created by the Vendor specifically for the Buyer under this Agreement, in source and object form.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Buyer, including inspection results, production records and personal information of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the Acceptance Criteria.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for the internal business purposes of the Buyer and its affiliates in mainland China, for up to 180 named users and two production sites.
P:2.2 The Vendor shall provide the following services: requirements confirmation, installation on the Buyer's servers, configuration of inspection plans for 46 product families, interfaces to the Buyer's ERP and spectrometer systems, migration of three years of inspection records from the Buyer's legacy database, user training and go-live support.
P:2.3 The Vendor shall assign a project manager who speaks Mandarin and shall ensure that at least two consultants are on site in Changzhou during configuration, testing and go-live.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,770,000, inclusive of VAT, made up of: Licence Fee CNY 1,280,000; implementation and integration services CNY 436,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and expenses of the Vendor's personnel and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Buyer signs the User Acceptance Testing report.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC VAT invoice issued through the Vendor's authorised local agent. Payments shall be made in CNY to the account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration and be ready for User Acceptance Testing within 110 days after signature.
P:5.2 The Acceptance Criteria are: (a) every function in the agreed requirements specification passes the test scripts; (b) the migrated inspection records reconcile record by record with the legacy database; (c) the ERP and spectrometer interfaces run for ten consecutive working days without error; (d) standard reports open within three seconds with 60 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 After User Acceptance Testing, the system shall run in production for 60 days. If the Acceptance Criteria are still met at the end of that period and no Severity 1 defect has occurred in its last 30 days, the Buyer shall issue the Final Acceptance certificate within ten working days.
P:5.4 Installation, go-live, production use or payment shall not by themselves constitute acceptance. If the system fails any test, the Vendor shall correct the failure at its own cost and the test shall be repeated.
H:Article 6 Delay
P:6.1 If the Vendor fails to be ready for User Acceptance Testing by the date in Article 5.1, or if Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:6.2 Liquidated damages under this Article shall not exceed 10% of the Contract Price. If they reach that amount, the Buyer may terminate this Agreement under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the specification for a Warranty Period of 18 months from Final Acceptance. During the Warranty Period the Vendor shall correct all defects and provide updates, new versions and technical support free of charge.
P:7.2 The Vendor shall respond to a Severity 1 incident (the system, or a production-critical function such as release of castings, is unavailable) within one hour, at any time of day, and shall provide a workaround within eight hours. Severity 2 incidents shall receive a response within two hours during business hours.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Buyer a service credit of CNY 1,000, deducted from the next amount payable to the Vendor.
P:7.4 After the Warranty Period, the Buyer may purchase annual support covering the same services at 11% of the Licence Fee per year (CNY 140,800). This fee shall not be increased during the first three years after the Warranty Period. Support is purchased by separate annual order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from the moment of creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including to other service providers.
P:8.3 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe any third party's rights and shall defend and indemnify the Buyer against any claim of infringement.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
P:9.2 The system shall be hosted on the Buyer's servers in Changzhou. The Vendor shall access them remotely only through the Buyer's VPN with multi-factor authentication, after approval for each session, and every session shall be logged. The Vendor shall not copy Buyer Data outside the Buyer's environment or transfer any Buyer Data out of mainland China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Buyer within eight hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate fully in remedying it, and be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:10.2 This obligation survives termination of this Agreement for three years, and for trade secrets as long as they remain secret.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any part the Buyer decides to keep, and the Buyer may keep the Custom Deliverables completed so far.
P:13.3 Termination does not affect the licence for any Licensed Software that has been paid for, or any accrued rights.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than 60 days, either party may terminate this Agreement by notice.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any dispute arising out of or in connection with it shall be governed by the laws of Northern Ireland.
P:15.2 The courts of Northern Ireland sitting in Belfast shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement, together with its annexes, is the entire agreement between the parties on its subject matter. Any amendment must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:16.3 Notices shall be given in writing to the addresses above.
P:Annex 1: Requirements specification. Annex 2: Project plan and test scripts. Annex 3: Project contacts.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

S["e02"] = """# LearnLoop Order Form

**Order Form No. SL-OF-2027-0192** · Provider: Sixmile Learning Ltd · Customer: Chengdu Hongxiang Retail Co., Ltd.

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

- **Provider:** Sixmile Learning Ltd, a company registered in Northern Ireland, 14 Mill Road, Ballyclare, County Antrim.
- **Customer:** Chengdu Hongxiang Retail Co., Ltd., a company registered in Chengdu, Sichuan Province, People's Republic of China, operating a chain of home-goods stores.
- **Customer contact:** Head of Training, Human Resources Department.

### A2. Service and Subscription Term

- **Service:** LearnLoop cloud learning platform, Enterprise Edition, including course authoring, mobile learning app, assessments, certification tracking, store-manager dashboards and the Mandarin user interface.
- **Authorised Users:** up to 1,200 named employees of the Customer and its affiliates in mainland China.
- **Subscription Term:** 24 months from the Service Start Date, made up of two Subscription Years.
- **Service Start Date:** the date of Onboarding Acceptance under A5.
- **Hosting:** the Customer's instance is hosted in the Alibaba Cloud Shanghai region.

### A3. Fees

| Item | Basis | Fee (CNY, incl. VAT) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 1,200 users x CNY 220 | 264,000 |
| Subscription Fee, Subscription Year 2 | 1,200 users x CNY 220 | 264,000 |
| Onboarding Fee (one-time) | fixed | 38,000 |
| **Total Fees for the Subscription Term** | | **566,000** |

Additional users may be added at any time at CNY 220 per user per Subscription Year, prorated monthly. Fees for the Subscription Term are fixed and will not be increased during the Subscription Term.

### A4. Invoicing and Payment

- Subscription Fees are invoiced quarterly in arrears, at CNY 66,000 per quarter, at the end of each quarter of the Subscription Term.
- The Onboarding Fee is invoiced after Onboarding Acceptance.
- No amount is payable before the Service Start Date.
- Invoices are payable within 30 days of receipt of a valid PRC VAT invoice, issued by Provider's authorised reseller in Chengdu.

### A5. Onboarding and Acceptance

- Provider will set up the Customer's instance, configure single sign-on with the Customer's identity system, import the Customer's user list and organisational structure, migrate 320 existing training courses and their completion records, and train 40 administrators.
- **Target Go-Live:** 50 days after signature of this Order Form.
- **Acceptance criteria:** (a) all 1,200 users can log in through single sign-on; (b) all 320 courses open and play correctly on the web and the mobile app; (c) migrated completion records reconcile with the Customer's export; (d) the store-manager dashboards show correct data for ten sample stores; and (e) the administrators have completed training.
- The Customer will confirm Onboarding Acceptance in writing within five working days after Provider shows that the criteria are met, or list the failures, which Provider will correct before a re-test.
- If Onboarding Acceptance is delayed beyond the Target Go-Live for reasons attributable to Provider, Provider will pay the Customer CNY 400 for each day of delay, as liquidated damages, deducted from the Onboarding Fee and, if necessary, from the first Subscription Fee invoice.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Provider may increase the Subscription Fees for any renewal period by giving the Customer written notice at least 90 days before the renewal period begins.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, content and materials uploaded to or generated in the Service by or for the Customer or its Authorised Users, including personal information of employees and training results.

1.2 "Customer Content" means training courses, videos, assessments and other learning materials created or uploaded by the Customer, and course templates configured for the Customer during onboarding.

1.3 "Documentation" means Provider's online user guides for the Service, as updated from time to time.

### 2. Use of the Service

2.1 Provider grants the Customer a non-exclusive, non-transferable right for its Authorised Users to access and use the Service during the Subscription Term for the Customer's internal training purposes.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it, or allow access by persons other than Authorised Users. Each login is for one named user and may not be shared.

2.3 The Customer is responsible for the legality of Customer Content and for its Authorised Users' compliance with these General Terms.

### 3. Provider's Obligations

3.1 Provider will provide the Service substantially in accordance with the Documentation and will perform the onboarding services with reasonable skill and care.

3.2 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 4. Availability and Support

4.1 Provider will use commercially reasonable efforts to make the Service available around the clock, except for scheduled maintenance, which Provider will try to carry out outside the Customer's store opening hours.

4.2 Support is provided by email and through the in-app ticket system during Provider's business hours. Provider will respond to support tickets as soon as reasonably practicable and will use reasonable efforts to resolve problems that prevent use of the Service.

4.3 Provider does not give any specific availability, response or resolution commitment for the Service.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. Provider will process Customer Data only to provide the Service and the onboarding services, and for no other purpose.

5.2 Provider will keep Customer Data in the Alibaba Cloud Shanghai region and will not transfer it outside mainland China. Provider will maintain appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, access logging and daily backups kept for 35 days.

5.3 Provider will comply with the PRC Personal Information Protection Law and Data Security Law in processing Customer Data and will enter into any data-processing agreement they require.

5.4 Provider will notify the Customer without undue delay, and in any case within ten hours after becoming aware of a security incident affecting Customer Data, will cooperate with the Customer's investigation and notifications, and will be liable for losses caused by its breach of this Section 5.

5.5 Within 30 days after the end of the Subscription Term, Provider will make Customer Data available for export in standard formats and will then delete it, confirming deletion in writing.

### 6. Intellectual Property

6.1 Provider owns the Service, the Documentation and all related intellectual property rights.

6.2 The Customer owns all Customer Content, including course templates configured for it during onboarding. The Customer may use, modify and share Customer Content freely, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party will keep the other party's Confidential Information confidential, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 Confidential Information does not include information that is public, already known to the recipient, or independently developed. These obligations continue for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 Provider uses Alibaba Cloud as its hosting provider for the Service, and the Customer approves this by signing this Order Form. Provider will not engage any other subcontractor that has access to Customer Data without the Customer's prior written consent.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total liability under this Order Form is limited to one and a half times the Total Fees for the Subscription Term, except for liability for breach of Sections 5 and 7, fraud or wilful misconduct, which is unlimited.

### 10. Term and Termination

10.1 This Order Form starts on signature and continues for the Subscription Term and any renewal period.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for Provider's breach, Provider will refund any fees paid for the period after termination.

10.3 Sections 5.5, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices must be in writing and sent to the contacts named in Part A.

**Signed for Provider:** ______________________ **Signed for Customer:** ______________________
"""

S["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. QLP-EQ-2027-0086
P:Buyer: Shandong Qinglin Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Six Towns Sensing Ltd, a company registered in Northern Ireland, with its office at New Street, Randalstown, County Antrim (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the purchase of equipment. The Buyer wishes to equip paper machines PM2 and PM3 and their drives with wireless vibration and temperature monitoring, and the Supplier has offered to supply, install and commission the system.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and other hardware listed in Clause 3.
P:1.2 "Licensed Software" means the Supplier's SenseWatch condition monitoring software, installed on the Buyer's servers, including its analytics engine and operator dashboards.
P:1.3 "Custom Deliverables" means the machine models, alarm thresholds and analytics rules configured for the Buyer's machines, the interface to the Buyer's maintenance management system, custom dashboards and reports, and all related documents.
P:1.4 "Buyer Data" means all measurement data, machine data, maintenance records and other data collected or generated by the system at the Buyer's mill.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant the licence for the Licensed Software, install and commission the system on 312 measurement points, configure the Custom Deliverables and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment DAP Rizhao mill (Incoterms 2020), with all customs clearance handled by the Supplier's importer of record in Qingdao.
P:2.3 All Equipment shall carry the certificates required for use in China, including radio type approval for the wireless gateways.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,680,000, inclusive of VAT and all duties, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, with mounting kit|240|3,600|864,000
TB:2|Industrial wireless gateway with power supply and enclosure|18|14,500|261,000
TB:3|SenseWatch monitoring software, perpetual licence, 400 points|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,511,000
TB:4|Installation, commissioning and system configuration|1 lot|142,000|142,000
TB:5|Training of operators and maintenance engineers|1 lot|27,000|27,000
TB:|Contract Price|||1,680,000
P:3.2 The Contract Price is fixed and includes transport, insurance, installation materials, the Supplier's travel and all support during the Warranty Period.
H:4. Payment
P:4.1 10% of the Contract Price within 20 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price within 20 working days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation and commissioning within 35 days after delivery, during the Buyer's planned machine shutdowns.
P:5.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) all 312 measurement points report data to the Licensed Software at the configured intervals; (b) readings of 20 sample points agree with the Buyer's calibrated portable analyser within the tolerance stated in the technical specification; (c) the system runs for 30 consecutive days with data loss below the level in the technical specification and without any Severity 1 incident; (d) alarms are generated correctly for simulated fault cases on each machine section; and (e) the interface to the maintenance management system creates work orders correctly.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, commissioning, use of the system or any payment does not by itself constitute acceptance.
P:6.3 If the system fails any test, the Supplier shall correct the failure at its own cost, and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Licensed Software for 24 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace faulty Equipment, correct software defects and provide updates and remote support free of charge, including replacement of sensor batteries that fail before their rated life.
P:7.2 Severity 1 (the software is down, or more than 20% of measurement points on one machine stop reporting): response within one hour, at any time, and a Supplier engineer on site within two days if remote diagnosis fails. Severity 2: response within the next business day.
P:7.3 For each hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Buyer CNY 800. For each on-site visit that is later than the time above, the Supplier shall pay CNY 3,000.
P:7.4 After the Warranty Period, the Buyer may order annual support at 8% of the Equipment and Licence Subtotal per year (CNY 120,880). The Supplier shall not increase this fee during the first three years after the Warranty Period. Annual support is ordered separately each year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Licensed Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive licence to use it at the Rizhao mill for up to 400 measurement points.
P:8.2 The Custom Deliverables belong to the Buyer. The Supplier shall hand over all configuration files, models and interface source code, and the Buyer may use, modify and license them freely, including to other service providers.
P:8.3 The Supplier warrants that the Equipment and Licensed Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose, including product development, benchmarking or analytics for other customers, whether or not anonymised.
P:9.2 The system runs entirely on the Buyer's network. The Supplier may access it remotely only through the Buyer's remote-access gateway, with approval for each session, and every session is recorded. The Supplier shall not copy Buyer Data outside the Buyer's network or transfer it outside mainland China.
P:9.3 The Supplier shall comply with the PRC Data Security Law and the Buyer's information security rules, shall report any security incident affecting Buyer Data or the Buyer's network within two hours, and shall compensate the Buyer for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's processes, machines, production figures and business received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the Warranty Period.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement, or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor, including its importer of record.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under Clause 5.2 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid for items not accepted, and the Buyer may keep any Equipment delivered against payment of its price.
H:14. Site Safety, Training and Documentation
P:14.1 The Supplier's staff shall follow the Buyer's safety rules, including lock-out procedures on the paper machines, permits for work at height and the wearing of protective equipment. The Supplier is responsible for the insurance of its own staff.
P:14.2 The Supplier shall train at least 12 operators and 8 maintenance engineers of the Buyer in two sessions at the mill, covering the dashboards, alarm handling, sensor replacement and basic vibration analysis, and shall provide training materials in Chinese.
P:14.3 Before Final Acceptance the Supplier shall deliver, in Chinese and English, the as-built list of measurement points, installation drawings, the system administration manual, the user manual and the backup and restore procedure.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao. The award is final.
H:16. General
P:16.1 This Contract is made in English and Chinese, both having equal effect. The technical specification and the Supplier's offer are annexed and form part of the Contract; this Contract prevails over the offer.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

S["e04"] = """# Managed IT Services Agreement

**Agreement No. HCL-MSA-2027-07**

**Between:** Tianjin Haichen Logistics Co., Ltd., a company registered in Tianjin, People's Republic of China (the "Customer"); and Lough Neagh Managed Services Ltd, a company registered in Northern Ireland, with its office at Main Street, Toomebridge, County Antrim (the "Supplier").

**Background:** The Customer operates 14 warehouses and a head office in northern China. It wishes to outsource its service desk, end-user device support and warehouse network support to the Supplier for 36 months. The Supplier provides these services through its delivery centre in Tianjin.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date of Transition Acceptance under Section 3.3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Supplier receives or can access in providing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 The parties may extend this Agreement by written agreement signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 The Supplier shall take over the Services from the Customer's internal IT team and its previous provider, following the transition plan agreed at signature.

3.2 Transition shall be completed within 70 days after signature (the "Transition Date").

3.3 Transition Acceptance requires that: (a) the service desk has handled tickets for all sites for 15 consecutive working days with all Priority 1 and Priority 2 response times in Schedule 2 met; (b) the asset register of all end-user devices, printers, handheld scanners and network devices has been verified against a physical count at every site; (c) knowledge articles for the 50 most frequent ticket types have been written and approved by the Customer; and (d) the Supplier's engineers for each site have been named and inducted. The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met.

3.4 If Transition Acceptance is delayed beyond the Transition Date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,200 for each day of delay as liquidated damages.

## Section 4. Service Delivery

4.1 The Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Supplier shall give the Customer a monthly service report showing ticket volumes, Service Level performance, service credits, open problems and recommended improvements, and shall attend a monthly service review meeting at the Customer's head office.

4.3 The Supplier's engineers shall follow the Customer's site rules, including warehouse safety rules and forklift traffic rules.

4.4 Before the peak season each year, the Supplier shall check every handheld scanner and label printer at the warehouses, replace worn batteries and cables from the Customer's stock, and report the results to the Customer's operations director.

4.5 The Customer shall provide the Supplier with desk space at each warehouse, access to the sites during working hours, and the spare devices and parts listed in the transition plan.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the term and include all staff, travel, tools and the Supplier's own equipment.

5.2 The Transition Fee is payable within 30 days after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, less any service credits for that month, and is payable within 30 days after receipt of a valid VAT invoice.

5.3 No advance payment is required.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier may use Customer Data only to provide the Services and for no other purpose.

6.2 At the end of this Agreement, the Supplier shall return to the Customer all Customer Data in its possession.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's customer lists, freight volumes and pricing, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

7.2 This Section continues to apply for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Knowledge articles, scripts, device configurations, runbooks and reports created by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any later provider.

8.2 The Supplier's own ticketing tools and methods remain the Supplier's property.

## Section 9. Subcontracting

9.1 The Supplier may use local subcontractors for on-site support at warehouses outside Tianjin, provided that it notifies the Customer in writing of the subcontractor's name and scope before the subcontractor starts work. The Supplier remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury, wilful misconduct and breach of Section 7.

10.2 Service credits are a price adjustment and do not prevent the Customer from claiming damages for losses greater than the credits.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if the Supplier misses the Priority 1 resolution time more than three times in any period of three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days, including handover of the asset register, knowledge articles, open tickets and passwords to the Customer or a new provider, at the rates in Schedule 3.

## Section 12. Personnel

12.1 The Supplier shall name a service delivery manager based in Tianjin. The Supplier shall not replace the service delivery manager or the lead engineer for any site without giving the Customer 15 days' notice, except in case of resignation or illness.

12.2 The Supplier's staff shall wear identification badges on the Customer's sites and shall be replaced at the Customer's reasonable request.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall first be discussed at the monthly service review and then between senior managers. Any dispute not settled within 30 days shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Section 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 If this Agreement and a Schedule conflict, the main body of this Agreement prevails.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, WeChat Work and portal, in Mandarin and English; logging, triage and first-line resolution | 07:00-23:00, seven days a week |
| End-user device support | Deployment, repair and replacement of 1,150 desktops and laptops and 420 handheld scanners; software installation and updates | Site business hours |
| Warehouse network support | Monitoring and support of LAN switches, Wi-Fi access points and label printers at 14 warehouses | Monitoring at all times; on-site during warehouse hours |
| Asset management | Maintaining the asset register, quarterly physical counts and disposal coordination | Business hours |
| Problem management | Root-cause analysis of repeated incidents and monthly improvement plan | Business hours |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| P1 | Warehouse operations stopped at a site (network down, scanners or label printing unavailable) | 15 minutes | 3 hours | 5% of the Monthly Service Charge per incident |
| P2 | Operations degraded, or a senior manager unable to work | 30 minutes | 8 hours | 2% of the Monthly Service Charge per incident |
| P3 | Single user affected, workaround available | 2 hours | 2 business days | 0.5% of the Monthly Service Charge per incident |
| P4 | Requests and questions | 1 business day | 5 business days | none |

Service credits in any month shall not exceed 20% of the Monthly Service Charge for that month. Performance is measured from the Supplier's ticketing system, which the Customer may audit.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 86,000 |
| Monthly Service Charge | CNY 46,500 x 36 months, monthly in arrears | 1,674,000 |
| **Total Contract Value** | | **1,760,000** |
| Additional on-site visit outside the scope | per engineer day | 1,800 |
| Exit assistance | per engineer day | 1,800 |

Additional devices beyond 110% of the numbers in Schedule 1 may be charged at a rate to be agreed in writing.

**For the Customer:** ______________________ **For the Supplier:** ______________________
"""

S["e05"] = """DATA SUBSCRIPTION AGREEMENT
Vessel Position and Port Call Data API

Agreement No. SDS-NB-2027-015

PARTIES

Sperrin Data Services Ltd, a company registered in Northern Ireland, with its office at Hall Street, Maghera, County Londonderry ("Provider").

Ningbo Yuanhang International Freight Forwarding Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects, cleans and distributes vessel position, port call and schedule data. Customer wishes to receive that data through Provider's application programming interface and use it in its shipment tracking platform for its own customers. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's vessel data application programming interface, version 4, and its documentation.
1.2 "Licensed Data" means the vessel positions, estimated and actual arrival and departure times, port call histories, berth data and vessel particulars delivered through the API.
1.3 "Customer Query Data" means the container numbers, bill of lading references, vessel names, port pairs and other information that Customer or its systems submit to the API, and the logs of those queries.
1.4 "Subscription Year" means each one-year period starting on the Go-Live Date or on its anniversary. The Term is two Subscription Years.
1.5 "Go-Live Date" means the date of Integration Acceptance under Clause 3.3.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable licence to access the API and to use the Licensed Data in Customer's shipment tracking platform, in internal reports and in tracking pages shown to Customer's own clients.
2.2 Customer may make up to 2,500,000 API calls in each Subscription Year. Calls above that volume are charged at CNY 60 per 10,000 calls, invoiced quarterly in arrears.
2.3 Customer shall not resell the Licensed Data as a data feed, or use it to build a competing vessel database.
2.4 Tracking pages shown to Customer's clients shall credit Provider as the source of vessel data in the form set out in the API documentation.
2.5 Provider may change the API from time to time, but shall give Customer at least 90 days' notice of any change that is not backward compatible and shall keep the previous version running during that period.

2.6 Customer is responsible for its own systems and network connection, for keeping its API keys secure, and for the accuracy of the shipment references it submits. Customer shall name a technical contact for integration and incidents, and shall tell Provider promptly if it suspects that an API key has been disclosed, so that Provider can issue a new key.

3. INTEGRATION AND ACCEPTANCE

3.1 Provider shall provide a test environment within ten days after signature and support Customer's developers in integrating the API, including building a connector between the API and Customer's tracking platform (the "Custom Connector").
3.2 Provider shall make the production API available and complete the Custom Connector within 45 days after signature.
3.3 Integration Acceptance requires that: (a) the Custom Connector updates positions for all vessels carrying Customer's active shipments at intervals of no more than 15 minutes; (b) arrival times for a sample of 200 completed voyages agree with the port authority records within the tolerance in the API documentation; (c) the median API response time during a five-day test is below 800 milliseconds; and (d) the Custom Connector source code and documentation have been delivered. Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met.
3.4 If the production API or the Custom Connector is late for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay as liquidated damages.

4. FEES AND PAYMENT

4.1 The Subscription Fee is CNY 318,000 for each Subscription Year, CNY 636,000 for the Term. The Integration Support Fee is CNY 24,000, one time. The total fixed fees for the Term are CNY 660,000, inclusive of VAT.
4.2 The Subscription Fee is invoiced quarterly in arrears, CNY 79,500 per quarter. The Integration Support Fee is invoiced after Integration Acceptance. Nothing is payable before the Go-Live Date.
4.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by Provider's agent in Shanghai. The Subscription Fee is fixed for the Term.

5. SERVICE LEVELS

5.1 Provider shall make the production API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out at weekends.
5.2 Incident response: Priority 1 (API unavailable, or positions not updated for more than 30 minutes): response within one hour, at any time, with updates every hour until restored. Priority 2 (degraded data quality for a region or a carrier): response within three business hours.
5.3 If monthly availability falls below the level in Clause 5.1, Provider shall give a service credit of 5% of the quarterly Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that quarterly fee. A missed Priority 1 response time gives a further credit of 2% of the quarterly fee for each incident.
5.4 Provider shall publish a monthly report of availability, data latency and incidents, and shall explain the cause of any Priority 1 incident and the steps taken to prevent it from happening again.

6. DATA AND DATA SECURITY

6.1 Provider owns the Licensed Data. Customer Query Data belongs to Customer.
6.2 Provider shall process Customer Query Data in a data centre in mainland China, protect it with encryption in transit and at rest, restrict access to named staff who need it, keep access logs for one year, and not transfer it outside mainland China.
6.3 Provider shall notify Customer within six hours after becoming aware of any unauthorised access to or loss of Customer Query Data, shall cooperate in investigating and remedying it, and shall be liable for losses caused by its failure to meet this Clause 6.
6.4 Customer agrees that Provider may use Customer Query Data in aggregated and anonymised form to improve its vessel data, to develop its products and services, and to publish port congestion and trade-lane statistics, during the Term and afterwards.
6.5 Provider shall comply with the PRC Data Security Law and Personal Information Protection Law so far as they apply to Customer Query Data.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API and the Licensed Data.
7.2 The Custom Connector, including its source code and documentation, belongs to Customer, which may use, modify and license it freely and have it maintained by any third party.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's client names and shipment volumes and Provider's pricing, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.
8.2 This obligation continues for three years after the Term ends.

9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, and remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of business.
10.2 Each party's total liability under this Agreement is limited to 150% of the total fixed fees for the Term. The limit does not apply to wilful misconduct, breach of Clause 8, or Provider's liability under Clause 6.3.

11. TERM AND ENDING

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.
11.2 The subscription is non-cancellable. Neither party may terminate this Agreement before the end of the Term, except under Clause 12. Customer's remedies for any failure by Provider are the service credits under Clause 5 and damages under Clause 10.
11.3 Provider may suspend access to the API if any undisputed invoice remains unpaid 30 days after written reminder, and shall restore access promptly after payment.
11.4 At the end of the Term, Customer may keep Licensed Data already displayed in historical shipment records, but shall stop calling the API.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failure of satellite or terrestrial AIS networks outside Provider's control. If such an event prevents performance for more than 90 days, either party may end this Agreement by written notice, and Provider shall refund fees paid for the period after that date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
14.2 Neither party may assign this Agreement without the other party's written consent.
14.3 This Agreement is made in English and Chinese, both having equal effect.

SIGNATURES

For Provider: ______________________          For Customer: ______________________
"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": "h1151z01_market_regulation_metrology_platform.pdf",
    "z02": "h1151z02_deburring_line_control_retrofit.docx",
    "z03": "h1151z03_pilates_chain_booking_saas.txt",
    "z04": "h1151z04_education_bureau_school_bus_om.txt",
    "z05": "h1151z05_xuan_paper_tracking_supplier_template.md",
    "e01": "h1151e01_foundry_qms_licence_ni_vendor.pdf",
    "e02": "h1151e02_learning_saas_order_form.md",
    "e03": "h1151e03_paper_mill_condition_monitoring.docx",
    "e04": "h1151e04_logistics_managed_it_services.md",
    "e05": "h1151e05_vessel_data_api_subscription.txt",
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, SV = "goods_or_licence", "service"
T, F, N = True, False, None
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
L = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 9, F, T, F, "PRC", G],
            T, T, T, F, 1386000),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.02, N, 10, T, T, 18, 26, F, T, F, "PRC", G],
            T, T, T, F, 1752000),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 300 / 430000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                      "PRC", SV], T, T, None, F, 430000),
    "z04": ("services", [N, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", SV],
            T, T, None, F, 568000),
    "z05": ("software", [N, 8, F, "supplier", T, F, T, N, N, 55, F, F, 6, N, F, T, T, N, G],
            T, F, F, T, 386000),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Northern Ireland", G],
            T, T, T, F, 1770000),
    "e02": ("cloud", [N, N, F, "buyer", T, T, T, 400 / 566000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", SV],
            F, T, None, F, 566000),
    "e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 24, 8, F, T, F, "PRC", G],
            T, T, T, F, 1680000),
    "e04": ("services", [N, 0.25, T, "buyer", F, T, T, 1200 / 1760000 * 100, 150, N, T, N, N, N, F, T, T, "PRC",
                         SV], T, T, None, F, 1760000),
    "e05": ("cloud", [99.95, 1, T, "buyer", T, F, T, 500 / 660000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", SV],
            T, T, None, F, 660000),
}
# fee base for TCO (itemised licence / hardware subtotal) and a forum outside mainland China
FEE_BASE = {"z01": 620000, "z02": 1560000, "e01": 1280000, "e03": 1511000}
FORUM_OUTSIDE = {"e01"}
DESIGN = {
    "z01": set(),
    "z02": {"CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
    "z03": {"CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"},
    "z04": {"CR-CONFIDENTIALITY", "CR-TERMINATION"},
    "z05": {"CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"},
    "e03": set(),
    "e04": {"CR-DATA-SECURITY", "CR-SUBCONTRACT"},
    "e05": {"CR-DATA-OWNERSHIP", "CR-TERMINATION"},
}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
# policy thresholds (defaults of the shipped pack, policy §3/§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_MAX, HORIZON = 40, 5


def tco_share(key, t, x):
    base, pct, wm = FEE_BASE.get(key), t["post_warranty_fee_pct"], t["warranty_months"]
    if t["contract_kind"] != G or pct is None or not x.get("post_warranty_fee_capped") or wm is None:
        return None
    fees = max(0.0, HORIZON - wm / 12) * pct / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def rules(key, t, x):
    r, goods = set(), t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, x)
    if share is not None and share > TCO_SHARE_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def label(key):
    cat, vals, sla, lds, capped, deemed, cv = L[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert t["final_payment_on_acceptance"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    r = rules(key, t, x)
    assert r == DESIGN[key], (key, sorted(r ^ DESIGN[key]))
    return {"file": NAMES[key], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": t, "expected_extra": x, "expected_rules": sorted(r)}, t, x


# ---------------------------------------------------------------- thresholds in text
TH_PATTERNS = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?小时",
    r"(?<![a-z-])four[\s-]*hours?", r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:months?|个月|-month)", r"\(12\)\s*months?", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"forty\s*per\s*cent",
    r"(?<![\d.])5\s*(?:years?|年)(?!\d)", r"(?<![十\d])五年", r"five[\s-]*years?",
]
TH_RE = re.compile("|".join(TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40 %",
            "百分之四十", "5 years", "五年", "five years", "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14 hours", "四十八小时", "0.055", "110%", "130%", "150%",
             "2027年12月31日", "120 days", "0.5%", "35%", "25%", "百分之三十五", "115%", "3 years", "十五日",
             "四十五日", "2025年", "P4 1 business day"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


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


def length(key, text):
    return len(re.sub(r"\s", "", text)) if key[0] == "z" else len(text.split())


def main():
    for s in MUST_HIT:
        assert threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), (s, threshold_hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: (n, n.rsplit(".", 1)[1]) for k, n in NAMES.items() if n.endswith((".docx", ".pdf"))}
    write({k: S[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, n in NAMES.items():
        if k not in binary:
            (OUT / n).write_text(S[k], encoding="utf-8")
            print("wrote", n)
    covered = set()
    for k, n in NAMES.items():
        lab, t, x = label(k)
        for f, v in TH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        share = tco_share(k, t, x)
        if share is not None:
            assert abs(share - TCO_SHARE_MAX) > 2, (k, share)
        text = read_back(OUT / n)
        ln = length(k, text)
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        hits = threshold_hits(text)
        risk = "high" if lab["expected_rules"] and set(lab["expected_rules"]) & HIGH else (
            "medium" if set(lab["expected_rules"]) - {"CR-GOVERNING-LAW"} else "low")
        print("%s %5d %s tco=%s risk=%s %s" % (k, ln, "ok" if lo <= ln <= hi else "OUT OF RANGE",
                                                 None if share is None else round(share, 2), risk,
                                                 ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        assert lo <= ln <= hi, (k, ln)
        assert not hits, (k, hits)
        (OUT / (n.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        covered |= set(lab["expected_rules"])
    assert covered == ALL_RULES, sorted(ALL_RULES - covered)
    compliant = [k for k in NAMES if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z01"]
    assert DESIGN["e01"] == {"CR-GOVERNING-LAW"} and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
