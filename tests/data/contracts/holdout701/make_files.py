"""holdout701: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
brief's checks (lengths, no threshold value in labels or texts, rules derived from labels vs the design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:青岚市烈士陵园管理处英烈档案管理与祭扫预约平台采购合同
P:合同编号：QLLY-ZFCG-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：青岚市烈士陵园管理处
P:乙方（供应商）：江城数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就英烈档案管理与祭扫预约平台项目订立本合同，招标文件和投标文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供英烈档案管理平台软件许可（永久使用，不限用户数），并完成英烈档案库、网上祭扫、祭扫预约、团体活动报备、志愿讲解排班、数据统计大屏等定制开发。
P:1.2 乙方负责将甲方现存的纸质及电子英烈档案（约一万二千余卷）整理、校对后导入平台，并完成部署、联调、培训及试运行。
P:1.3 平台部署于甲方指定的政务云，乙方提供安装介质、源代码（定制部分）及全部技术文档。
P:1.4 预约模块应支持微信小程序、网页及现场自助机三种渠道，支持实名核验、分时段限流、团体预约审核和短信通知，并与市退役军人事务局英烈信息系统对接。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾叁万捌仟元整（¥1,138,000），其中：平台软件许可费¥420,000；定制开发费¥536,000；档案整理与数据导入费¥118,000；部署实施及培训费¥64,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函），最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥227,600。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥512,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥398,300。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发并提交初步验收申请，于一百五十日内完成档案导入及试运行。
P:4.2 清明节、烈士纪念日等祭扫高峰前三十日内，乙方应完成压力测试并派驻不少于两名工程师现场保障。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具有五年以上同类项目经验，未经甲方同意不得更换；乙方应对管理处工作人员进行不少于三次集中培训，保证其能独立完成档案维护、预约审核和统计查询。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件需求清单逐项相符；祭扫预约模块在两千并发下页面响应不超过两秒；档案检索结果准确；通过第三方软件安全测评且无高危漏洞。
P:5.2 最终验收标准：档案导入后经甲方按卷抽查，著录差错率不高于千分之二；试运行连续六十日无一级故障；用户手册、运维手册、源代码及测试报告齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。平台上线使用、甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年运维费不超过平台软件许可费的8%（即每年不超过¥33,600），该标准自质保期满起三年内不上调，双方另行签订运维合同。
P:6.3 质保期内乙方应每季度巡检一次并提交巡检报告，并在祭扫高峰前完成系统健康检查和数据备份恢复演练。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日书面通知甲方并避开祭扫高峰。
P:7.2 一级故障（平台整体不可用或预约功能中断）乙方应在30分钟内响应，两小时内到达现场；二级故障两小时内响应，当日内解决；三级故障次工作日内解决。
P:7.3 乙方响应或修复超时的，每超时一小时扣减¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,000，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 为本项目定制开发的程序、源代码、数据库设计、界面设计及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 英烈档案、祭扫人及预约人的个人信息、业务数据及日志均属于甲方，乙方仅可为履行本合同处理，不得复制、留存或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储与传输、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或服务结束时，乙方应在甲方监督下将全部数据完整移交甲方，删除其掌握的副本，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的英烈史料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除，乙方应要求其参与人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
P:11.3 乙方交付成果质量不符合约定的，应负责修复或重做，并赔偿甲方因此遭受的损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包，也不得分包给第三方。乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:15.2 本合同附件：附件一 需求清单；附件二 报价明细；附件三 验收方案；附件四 服务承诺书。
P:甲方（盖章）：青岚市烈士陵园管理处        乙方（盖章）：江城数智科技有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:签订日期：2026年__月__日
"""

SRC["z02"] = """T:模切及装配线控制系统改造与维保合同
P:合同编号：FCWJ-SB-2026-009
P:甲方（买方）：汕清风车玩具厂有限公司
P:乙方（卖方）：东莞恒控自动化技术有限公司
P:甲方二号厂房现有模切机四台及玩具风车装配线一条，控制系统老化、换型时间长、次品率偏高。经比价，甲方委托乙方对该产线控制系统进行改造，并在质保期满后提供维保服务。双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责模切工段与装配工段的控制系统改造，包括PLC控制柜更换、伺服驱动升级、叶片冲切与风轮组装工位视觉检测、安全光栅及急停回路整改、工控机与触摸屏更换，以及产线监控与工单软件的部署。
P:1.2 乙方负责PLC程序及视觉检测算法的定制开发，实现一键换型（换型时间不超过二十分钟）、工单下达、计件统计、次品拦截及设备状态看板。
P:1.3 改造须利用甲方春节前后的停线窗口进行，现场施工不得超过二十个自然日，不得影响其他产线正常生产。
P:1.4 乙方应将改造后的产线与甲方现有ERP系统的生产订单接口进行对接，接口字段及格式由甲方信息部提供。
H:第二条 设备、软件及价款
P:2.1 本合同总价为人民币壹佰叁拾叁万肆仟元整（¥1,334,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造（含模块、柜体、布线）|3套|318,000
TB:2|伺服驱动器及伺服电机|24轴|264,000
TB:3|视觉检测系统（相机、光源、控制器）|4工位|196,000
TB:4|安全光栅及急停回路|1批|58,000
TB:5|工控机及触摸屏|6台|72,000
TB:6|产线监控与工单软件许可（永久）|1套|188,000
TB:|设备及软件小计||1,096,000
TB:7|安装调试（含停线窗口加班）|1项|124,000
TB:8|PLC程序及视觉算法定制开发|1项|96,000
TB:9|操作及维修培训|1项|18,000
TB:|合同总价||1,334,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后七个工作日内，甲方支付合同总价的20%作为预付款（¥266,800）。
P:3.2 设备全部到货并经双方清点签收后，甲方支付合同总价的25%（¥333,500）。到货签收仅为数量清点，不代表质量验收。
P:3.3 产线通过最终验收后，甲方支付合同总价的50%（¥667,000）。
P:3.4 余款5%（¥66,700）作为质量保证金，质保期满且乙方无未履行的质保义务后支付。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂房，并在甲方通知的停线窗口内完成安装调试。
P:4.2 乙方施工人员应遵守甲方的安全生产和防火制度，动火、登高、带电作业须事先办理作业审批。
P:4.3 乙方应在进场前提交施工组织方案、停线窗口作业计划和应急回退方案，经甲方生产部确认后实施；改造期间如出现无法按期恢复生产的情况，乙方应立即启用回退方案恢复原控制系统。
H:第五条 验收
P:5.1 验收标准：（一）设备型号、数量与本合同清单一致；（二）产线连续试生产七十二小时，节拍不低于每分钟四十二件；（三）视觉检测漏检率不高于千分之三、误判率不高于百分之一；（四）换型时间不超过二十分钟；（五）急停及安全光栅动作全部有效，并经甲方安全部门确认。
P:5.2 试生产合格后，乙方提交验收申请，甲方在七个工作日内组织验收并出具书面意见。试生产期间的使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 验收时乙方应提交电气图纸、PLC程序清单、视觉参数备份、设备说明书、合格证及软件安装介质。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方提供年度维保服务，年维保费按设备及软件小计的10%计收，即每年¥109,600，该价格自质保期满起三年内不作调整；维保合同按年签订。
P:6.3 质保期内乙方每半年上门巡检一次，内容包括控制柜除尘紧固、伺服参数检查、相机标定复核及数据备份。
H:第七条 服务响应
P:7.1 一级故障（整线停机）乙方应在1小时内响应，八小时内到达现场；二级故障（单工位停机）两小时内响应，次日内到场；三级故障远程处理。
P:7.2 乙方响应超时的，每超时一小时向甲方支付¥600，从质量保证金或维保费中扣除。
P:7.3 乙方应在甲方现场备有常用易损件，并建立故障记录，每季度提交一次维护报告。
P:7.4 质保期满后签订维保合同的，维保期内仍按本条响应时限执行。
H:第八条 知识产权
P:8.1 为甲方定制的PLC程序、视觉检测参数与算法配置、工单报表及相关文档，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人维护。
P:8.2 产线监控与工单软件的著作权归乙方所有，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 产线运行数据、工单及计件数据、视觉检测图像均属甲方所有，乙方不得拷贝或用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方书面批准并通过甲方提供的专用通道进行，维护完毕即断开；乙方应防止病毒带入甲方生产网络。
P:9.3 因乙方原因造成数据泄露、丢失或生产网络感染病毒的，乙方应在两小时内告知甲方并负责恢复，赔偿甲方全部损失。
P:9.4 乙方交付前应对工控机进行安全加固，关闭无关端口和服务，并安装甲方认可的防病毒软件。
H:第十条 保密
P:10.1 乙方对知悉的甲方产品设计图纸、模具资料、工艺参数及客户信息负有保密义务，不得向第三方披露，保密期限至合同终止后五年。
P:10.2 乙方应要求其现场人员遵守本条约定；未经甲方同意，乙方不得在厂区拍照、录像或带出任何样品。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设及控制柜搬运等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:12.3 因乙方施工原因造成甲方停产的，乙方应赔偿甲方由此遭受的直接损失。
P:12.4 乙方交付的设备存在质量缺陷的，应在甲方通知后五日内免费更换；连续两次更换仍不合格的，乙方应退还该设备价款并承担相应损失。
H:第十三条 合同的变更与解除
P:13.1 本合同生效后，双方均应全面履行，除因不可抗力致使合同无法履行外，任何一方不得单方解除本合同。确需变更或解除的，由双方协商一致并签订书面协议。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、改造施工方案、验收记录表。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：汕清风车玩具厂有限公司    乙方（盖章）：东莞恒控自动化技术有限公司
P:代表签字：__________    代表签字：__________    日期：2026年__月__日
"""

SRC["z03"] = """连锁门店点单及会员管理SaaS服务合同

合同编号：NGSN-IT-2026-031

甲方（客户）：宁果鲜酸奶餐饮管理有限公司
乙方（服务商）：杭州云铺信息技术有限公司

甲方经营“宁果鲜”连锁酸奶品牌，现有直营门店四十五家。为统一门店点单、会员与营销管理，甲方订购乙方的门店点单及会员管理SaaS服务，并委托乙方完成上线实施。双方经友好协商，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方向甲方四十五家门店开通SaaS服务，包括：门店收银点单、微信及支付宝小程序点单、外卖平台订单聚合、会员储值与积分、优惠券及营销活动、库存与原料报损、总部经营报表。
2. 服务账号不限收银终端数量，总部管理账号不超过二十个。新开门店按本合同单价增开。
（二）实施服务
1. 乙方负责门店系统配置、收银设备与小票打印机联调、原有会员数据（约十八万条）及储值余额迁移、甲方品牌小程序页面定制、店长及收银员培训。
2. 实施期自合同生效之日起六十日，分三批完成门店上线。
（三）培训与运营支持
1. 乙方为每家门店提供一次现场或远程培训，为总部运营人员提供两次集中培训，并提供操作手册和视频教程。
2. 服务期内乙方指派专属客户成功经理，每季度与甲方召开一次运营复盘会，提出营销与会员运营建议。
（四）系统升级
乙方对SaaS平台的常规升级免费提供；升级不得减少甲方已订购的功能，涉及门店操作变化的，应提前五个工作日通知甲方并提供培训资料。
二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为一年。
（二）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一年，并可依此连续续期。续期年度的服务费标准由乙方根据市场情况及产品升级情况调整，乙方应在续期前以书面或系统公告方式通知甲方，调整后的价格自续期年度起执行。
（三）服务期内甲方门店关闭的，自关闭次月起按月减少相应服务费。
三、服务费用及支付
（一）费用构成
1. 年服务费：每店每年人民币4,680元，四十五家门店合计每服务年度210,600元，两个服务年度共计421,200元。
2. 一次性实施费：73,800元（含数据迁移、页面定制与培训）。
3. 合同总价：人民币肆拾玖万伍仟元整（¥495,000）。短信及支付通道手续费按实际发生由甲方直接向第三方支付，不计入合同总价。
（二）支付方式
1. 实施费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的年服务费，在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次付款前开具增值税专用发票。
4. 新增门店的年服务费按当年剩余月份折算，与下一服务年度服务费一并结算。
四、上线验收
（一）验收标准：1. 四十五家门店全部开通并完成收银、点单、会员三项功能测试；2. 小程序下单至门店小票打印不超过三秒；3. 会员数据及储值余额迁移后逐户核对，差异为零；4. 连续七日营业无一级故障；5. 当日支付对账与门店收银汇总一致。
（二）乙方完成实施后书面提交验收申请，甲方应在五个工作日内组织验收并签署验收单。门店开始营业使用不视为验收合格。验收不通过的，乙方应在七日内整改。
（三）乙方未能在实施期内完成全部门店上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（四）验收合格后发现的缺陷，乙方仍应在服务期内免费修复。
五、服务水平
（一）SaaS服务月度可用率不低于99.5%（不含经甲方同意的计划维护时间，计划维护应安排在凌晨零点至六点之间）。
（二）故障响应：一级故障（门店无法收银或点单）30分钟内响应、两小时内恢复；二级故障（会员、营销功能异常）两小时内响应、当日解决；三级故障次工作日解决。乙方提供全年无休的客服热线。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，或一级故障恢复每超时一小时，乙方减免当月服务费的5%，当月减免总额不超过当月服务费。
（四）乙方每月五日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及补偿计算。
（五）节假日及新品上市等高峰期，甲方提前三个工作日通知的，乙方应安排专人值守并提前扩容。
六、数据权属与数据安全
（一）甲方的会员信息、订单与交易数据、储值记录（以下简称甲方数据）归甲方所有。甲方同意，乙方可在对甲方数据进行去标识化处理后，将其与其他客户数据汇总，用于行业经营分析报告、乙方产品改进和算法训练，该使用不因本合同终止而终止。
（二）乙方应按照《个人信息保护法》《数据安全法》要求，对会员个人信息加密存储，实行最小权限访问并保存操作日志，每年开展一次第三方安全评估。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方应赔偿甲方全部损失，包括甲方向会员承担的赔偿及被处以的罚款。
（四）合同终止后三十日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除其系统中的甲方数据。
（五）乙方应将甲方数据存储于中国境内的服务器，未经甲方书面同意不得向境外传输。
七、知识产权
（一）SaaS平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌视觉素材、营销活动模板及专用报表，其知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，如因此引起纠纷，由乙方负责处理并赔偿甲方损失。
八、保密
（一）双方对在合作中知悉的对方商业秘密，包括门店经营数据、价格策略、新品配方及技术资料，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
九、分包
（一）乙方不得将本合同项下的服务分包给第三方。乙方确需委托第三方提供现场设备安装等辅助服务的，应事先取得甲方书面同意，并对其行为承担责任。
十、违约与解除
（一）乙方严重违反本合同约定，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还甲方已付但未消耗的服务费。
（二）甲方逾期支付服务费超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（三）因不可抗力导致合同无法履行的，双方互不承担责任。
（四）本合同终止的，乙方应配合甲方将门店平稳切换至新系统，过渡期不超过三十日，过渡期内按原标准提供服务并按日计费。
十一、法律适用与争议解决
（一）本合同适用中华人民共和国法律。
（二）双方发生争议应协商解决；协商不成的，提交杭州仲裁委员会仲裁。
十二、其他
（一）本合同自双方签章之日起生效，一式两份，双方各执一份。
（二）附件一：服务功能清单；附件二：门店清单及上线批次；附件三：服务水平说明。
（三）双方通知以本合同首页所载地址及指定邮箱送达，一方变更联系方式应及时书面通知对方。

甲方（盖章）：宁果鲜酸奶餐饮管理有限公司
乙方（盖章）：杭州云铺信息技术有限公司
签署日期：2026年__月__日
"""

SRC["z04"] = """鹭江市食品药品检验所
检验业务管理系统（LIMS）年度运维服务合同

项目编号：LJYJ-CS-2026-004（竞争性磋商）
甲方：鹭江市食品药品检验所
乙方：福州启衡软件工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其检验业务管理系统（以下简称LIMS）提供年度运维服务。双方依据《中华人民共和国民法典》订立本合同。

第一条 服务对象与范围
（一）服务对象：甲方部署于本所机房的LIMS，包括样品受理、任务分配、检验记录、仪器数据采集、报告编制与签发、标准物质及试剂管理、质量控制、统计查询等模块，以及与省药品监管平台、电子签章系统的接口。
（二）服务范围：日常巡检与监控；故障处理；数据库维护与备份恢复；操作系统及中间件补丁管理；系统参数与检验模板调整；因法规、标准更新引起的报告模板和判定规则修改；用户培训与现场支持；等级保护测评及资质认定评审期间的配合工作。
（三）本合同不包括新增业务模块的开发，如需开发，双方另行协商。
（四）乙方应在服务开始后二十日内完成系统现状评估，提交运维方案，列明巡检项目、备份策略、应急预案和联系人清单，经甲方确认后执行。

第二条 服务期限
服务期为一年，自2026年4月1日起至2027年3月31日止。服务期满，本合同终止，后续运维服务由甲方依照采购程序另行确定。服务开始前乙方应完成与原运维单位的交接，交接中发现的遗留问题应书面记录并报甲方。

第三条 服务费用与支付
（一）年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000），包括人员、差旅、工具、备品及税费。
（二）服务费按季度支付，每季度¥96,500。每季度结束后，甲方依据第六条进行季度考核，考核合格后十五个工作日内支付当季服务费。
（三）季度考核扣减的金额，从当季服务费中直接扣除。
（四）乙方应在每次付款前向甲方开具合法有效的发票，甲方按财政支付程序办理付款。

第四条 服务人员
（一）乙方派驻两名运维工程师常驻甲方现场，工作时间为周一至周五八时至十八时；其中至少一人应熟悉Oracle数据库并具有两年以上LIMS运维经验。
（二）工作时间以外及节假日，乙方安排工程师值守电话，遇一级故障应立即远程处理并视需要到场。
（三）驻场人员更换须提前十日书面告知甲方并取得同意，交接期不少于五个工作日。
（四）乙方工程师应遵守甲方实验室管理制度，进入检验区域须经批准并按要求着装，不得干扰检验活动。

第五条 服务水平
（一）LIMS在工作时间内的月度可用率不低于99.95%。
（二）故障分级与响应：一级故障（系统整体不可用、报告无法签发或数据错误影响检验结论）30分钟内响应、两小时内恢复；二级故障（单个模块或接口中断）一小时内响应、当日恢复；三级故障（一般操作问题）两个工作日内解决。
（三）乙方响应或恢复超时的，每超时一小时扣减¥500；月度可用率每低于约定值0.01个百分点，扣减¥800。
（四）乙方每日完成数据库增量备份，每周完成全量备份，每季度进行一次恢复演练，并提交演练记录。
（五）乙方每月五日前提交月度运维报告，内容包括可用率统计、故障清单及原因分析、变更记录、备份与演练情况及下月计划。
（六）资质认定现场评审、飞行检查及年度报告集中签发期间，乙方应增派一名工程师驻场保障。

第六条 考核与验收
（一）季度考核标准：1. 可用率及响应时限达到第五条要求；2. 巡检记录、故障工单、备份记录完整；3. 甲方用户满意度调查平均分不低于八十五分；4. 法规标准更新引起的模板修改在甲方通知后十个工作日内完成并经甲方质量负责人确认。
（二）服务期满前十五日，乙方提交年度运维总结报告，甲方依据上述标准及四个季度考核结果组织年度验收，出具书面验收意见。
（三）考核或验收不合格的，乙方应在十日内整改，整改后仍不合格的，甲方按第十条处理。
（五）用户满意度调查每季度进行一次，由甲方信息科组织。
（四）年度验收时，乙方应移交更新后的系统架构图、数据库结构说明、接口清单、账号权限清单及运维知识库。

第七条 数据安全
（一）LIMS中的检验数据、原始记录、检验报告、样品及委托人信息均属甲方所有，乙方仅为履行本合同使用，不得复制、带离或用于任何其他目的。
（二）乙方人员须使用甲方分配的实名账号，经堡垒机登录服务器，所有操作留存日志；未经甲方批准不得进行远程访问，不得使用移动存储介质拷贝数据。
（三）乙方对数据库进行变更前应备份并经甲方审批，变更后进行数据一致性核对。
（四）因乙方原因造成数据泄露、篡改、丢失或检验报告错误的，乙方应立即报告甲方，在两小时内提交书面说明并全力恢复，承担由此产生的全部责任。
（五）乙方应每半年配合甲方开展一次账号权限清理和漏洞扫描，发现的高危漏洞应在五个工作日内完成修复或提出临时防护措施。
（六）服务期满或合同解除时，乙方应交回全部账号及门禁卡，删除其工作电脑中与甲方有关的全部数据，并出具书面承诺。

第八条 知识产权
运维期间乙方为甲方编写的报表、接口脚本、检验模板、运维知识库及文档，其知识产权归甲方所有，甲方可自由使用和修改。LIMS原有软件的知识产权不因本合同发生变化。乙方保证其使用的工具软件已获合法授权，不侵犯第三方权利。

第九条 分包与转让
乙方不得将本合同项下的服务转包或分包。确需由原厂工程师提供技术支持的，应事先取得甲方书面同意，乙方对其行为承担全部责任。

第十条 违约责任
（一）乙方未按约定期限完成模板修改、系统补丁更新或等级保护整改配合的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方连续两个季度考核不合格，或发生第七条第（四）项所述事件且情节严重的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
（三）乙方在本合同项下的累计赔偿责任（含违约金及扣减）以合同总价的60%为限。
（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（五）乙方驻场人员未经甲方同意缺勤的，每人每日扣减¥600。

第十一条 合同解除与交接
（一）乙方严重违约，经甲方书面催告十日内仍未改正的，甲方有权解除本合同。
（二）合同终止或解除时，乙方应在十个工作日内移交全部运维文档、账号及配置记录，并配合新服务商完成交接，交接期间不得中断服务。
（三）本合同解除的，甲方按乙方实际服务天数结算服务费，已扣减的款项不予退还。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）本合同经双方法定代表人或授权代表签字并加盖公章后生效，一式四份，甲方三份，乙方一份。
（二）磋商文件、响应文件、成交通知书及服务方案为本合同的组成部分。
（三）本合同未尽事宜，双方可签订补充协议。甲方联系人：信息科；乙方联系人：项目经理。

甲方（盖章）：鹭江市食品药品检验所
乙方（盖章）：福州启衡软件工程有限公司
日期：2026年__月__日
"""

SRC["z05"] = """# 软件许可及定制开发合同

**巧艺工坊 标准合同文本 V3.0**（本文本由乙方提供）

合同编号：QYGF-XS-2026-0412

- 甲方（用户）：泉州江南木偶工艺厂
- 乙方（开发方）：厦门巧艺智造软件有限公司

甲方拟建设木偶雕刻与提线装配生产追溯系统，乙方为专业的手工艺制造管理软件提供商。双方本着平等互利原则，就乙方向甲方许可“巧艺工坊”追溯软件并提供定制开发事宜，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“巧艺工坊”生产追溯软件（标准版）永久使用许可一套，用户数不超过八十个。

1.2 乙方根据甲方需求，定制开发以下功能：木偶头像雕刻工序报工、樟木原料批次管理、彩绘及开相工序质检记录、提线装配（线位、线长、操纵杆）工艺卡、成品唯一编码及二维码追溯、外销订单进度看板。

1.3 乙方负责软件安装部署、基础数据初始化及操作人员培训。

1.4 本合同所称“上线运行”，是指乙方完成软件部署并开通甲方用户账号，甲方可登录使用系统。

1.5 软件运行环境：Windows Server或国产操作系统，数据库为MySQL，客户端支持安卓手持终端及浏览器访问。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零捌万元整（¥1,080,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 巧艺工坊追溯软件许可（标准版，永久） | 680,000 |
| 2 | 定制开发（六个功能包） | 300,000 |
| 3 | 安装部署及数据初始化 | 76,000 |
| 4 | 操作培训（两期） | 24,000 |
| | 合计 | 1,080,000 |

2.2 上述价款不含甲方服务器、网络设备、扫码枪及标签打印机等硬件费用。

2.3 甲方增加用户数的，按每用户¥6,800一次性另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥594,000，乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥378,000。

3.3 免费维护期届满后五个工作日内，甲方支付剩余10%，即¥108,000。

3.4 甲方逾期付款的，乙方有权暂停开发或技术支持，工期相应顺延，并可按逾期金额每日千分之一收取滞纳金。

3.5 乙方收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

## 第四条 开发与交付

4.1 乙方在收到首期款后一百二十日内完成定制开发并部署上线。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，工期相应顺延。

4.2 甲方应指定项目联系人，在乙方提出需求确认、测试配合等要求后三个工作日内予以答复，逾期未答复的视为同意。

4.3 需求规格说明书经双方签字后，甲方提出的新增或变更需求，由乙方另行报价。

4.4 乙方有权根据项目进度调配实施人员，甲方应为乙方驻场人员提供必要的办公条件和网络环境。

4.5 甲方应在上线前完成基础数据整理，包括工序清单、原料编码、员工信息及产品型号，并对数据的准确性负责。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线运行。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在免费维护期内予以处理。

5.3 甲方在上线后十五日内未书面提出问题的，视为系统符合合同约定。

## 第六条 技术支持与维护

6.1 乙方提供自系统上线之日起六个月的免费维护期，内容包括软件缺陷修复及远程技术支持。

6.2 免费维护期内，甲方可通过电话、邮件或工单系统提交问题，乙方将尽合理努力及时处理，具体处理时间视问题复杂程度而定。现场服务需甲方另行承担差旅费用。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，年度维护费按软件许可费的28%计算，即每年¥190,400。

6.4 甲方未签订年度维护协议的，乙方不再提供任何技术支持和版本升级。

6.5 以下情形不属于免费维护范围：甲方或第三方擅自修改系统；硬件、网络或操作系统故障；甲方操作不当；不可抗力。

6.6 年度维护服务内容包括缺陷修复、版本升级、远程支持及每年一次的系统健康检查。

## 第七条 知识产权

7.1 “巧艺工坊”软件及乙方在本合同项下完成的全部定制开发成果（包括源代码、工艺卡模板、数据模型及相关文档）的知识产权均归乙方所有。

7.2 甲方在许可范围内享有定制开发成果的非独占使用权，不得自行或委托第三方修改、反编译，不得向任何第三方提供。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

7.4 乙方保证许可软件不侵犯第三方知识产权；如发生侵权争议，由乙方负责处理，但因甲方擅自修改导致的除外。

## 第八条 数据安全

8.1 甲方生产数据、工艺数据及订单数据归甲方所有。乙方仅在提供实施和维护服务时接触甲方数据，不将其用于其他目的。

8.2 乙方实施人员应使用甲方分配的账号，远程维护须经甲方同意，并采取防病毒、访问控制等必要的安全措施。

8.3 因乙方过错导致甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中获知的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条保密义务自合同签订之日起三年内有效。

9.3 乙方可在其客户名单及宣传材料中使用甲方名称和标志，甲方书面反对的除外。

## 第十条 违约责任

10.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 甲方应按约定支付款项，逾期付款的按第3.4条处理。

10.3 任何一方违约给对方造成损失的，应承担赔偿责任，但不包括间接损失、利润损失及商誉损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 因甲方原因解除本合同的，甲方应停止使用定制开发成果。

## 第十二条 不可抗力

12.1 因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方均不承担违约责任。

12.2 不可抗力包括自然灾害、政府行为、疫情、战争以及电力、通信网络的大面积中断等。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交厦门仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括需求规格说明书及报价单，与本合同具有同等效力。

14.3 双方往来通知以书面形式送达本合同所载地址；乙方通过电子邮件发送的需求确认、变更单和上线通知，自发出之日起视为送达。

14.4 本合同为乙方格式文本，甲方已详细阅读并理解全部条款，乙方已就免责及限制条款作出提示。

甲方（盖章）：泉州江南木偶工艺厂

乙方（盖章）：厦门巧艺智造软件有限公司

签订日期：____年__月__日
"""

SRC["e01"] = """T:Software Licence and Services Agreement - Cold-Chain Warehouse Management System
P:Agreement No. HXCL-WMS-2026-05
P:This Software Licence and Services Agreement (the "Agreement") is made between Hexian Cold-Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and PT Anoa Sistem Digital, a limited liability company incorporated in the Republic of Indonesia with its registered office in Kendari, Southeast Sulawesi (the "Vendor").
P:The Customer operates six temperature-controlled warehouses for frozen seafood and fruit. The Vendor develops and licenses the FrostLine warehouse management system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine WMS, version 7, in object code, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, reports, label layouts, interface programs, scripts and documents created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software for the Customer, including inventory, temperature logs, customer and carrier records, and personal information of staff and drivers.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 180 handheld terminals in the Customer's warehouses in the People's Republic of China, for the Customer's own business and that of its affiliates.
P:2.2 The Vendor shall implement the Software, including: warehouse and slotting configuration; lot and expiry-date control; temperature-zone rules; integration with the Customer's ERP system, transport management system and the cold-room temperature monitoring platform; migration of open stock and master data from the Customer's current system; and training of key users and warehouse staff.
P:2.3 The detailed scope is set out in the Statement of Work in Annex 1. Changes to the scope shall be agreed in a written change order stating the effect on price and schedule.
H:Article 3 Price and Payment
P:3.1 The total contract price is CNY 1,934,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,260,000; implementation services CNY 540,000; data migration CNY 96,000; and training CNY 38,000.
P:3.2 The contract price shall be paid as follows: (a) 20% (CNY 386,800) within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45% (CNY 870,300) within 20 days after Go-Live at all six warehouses; (c) 35% (CNY 676,900) within 20 days after Final Acceptance.
P:3.3 All payments shall be made in CNY to the Vendor's bank account stated in its invoice. Each party bears its own bank charges.
H:Article 4 Project Schedule and Delay
P:4.1 The Vendor shall achieve Go-Live at all six warehouses within 150 days after signature and shall make the system ready for Final Acceptance within 60 days after Go-Live.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.07% of the total contract price for each day of delay. The Customer may deduct such damages from any amount due to the Vendor.
P:4.3 The Vendor shall assign a project manager with at least five years' experience in warehouse systems. The project manager shall not be replaced without the Customer's consent, except for illness or resignation.
P:4.4 The Vendor's consultants may work remotely from Kendari for configuration and development, but shall be on site in Qingdao for the cut-over of each warehouse and for two weeks after each Go-Live.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every function listed in Annex 1 passes the agreed test scripts; (b) stock migrated from the legacy system reconciles with the physical count for every lot, with no unexplained difference; (c) the interfaces with the ERP and transport systems run for 20 consecutive working days without a Severity 1 incident; (d) handheld transactions complete in under two seconds at peak load of 180 terminals; and (e) all documentation, including the source code of the Custom Deliverables, has been delivered.
P:5.2 The Vendor shall request acceptance in writing. The Customer shall carry out the tests within ten working days and shall either issue the Final Acceptance certificate or list the defects found. The Vendor shall correct the defects within ten working days and request acceptance again.
P:5.3 Go-Live, productive use of the Software or any payment does not constitute acceptance. Only a written Final Acceptance certificate signed by the Customer is acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to incidents as follows: Severity 1 (a warehouse cannot receive or ship goods) within 1 hour, with a workaround within six hours; Severity 2 (a major function is impaired) within two hours; Severity 3 (other) within one working day. Support is available around the clock for Severity 1.
P:6.3 If the Vendor misses a Severity 1 or Severity 2 response or workaround time, it shall grant a service credit of CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Licence Fee, namely CNY 138,600 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered year by year by written purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including by third parties acting for it.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, keep or use it for any other purpose.
P:8.2 Customer Data shall be stored only on the Customer's servers in China. Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication; all sessions are logged. No Customer Data may be transferred outside China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, limit access to named staff, and use only masked data for testing.
P:8.4 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours of becoming aware of it, cooperate fully in the investigation, and bear all losses caused by incidents for which it is responsible.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total contract price. The limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except under the exclusions in Article 10.1.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if liquidated damages under Article 4.2 reach 10% of the total contract price.
P:12.2 On termination by the Customer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress, including source code.
P:12.3 The licence granted in Article 2.1 survives termination if the Licence Fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:13.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be finally settled by arbitration administered by the Indonesian National Board of Arbitration (BANI), in the English language, seated in Kendari, Indonesia.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work), Annex 2 (Test Scripts) and Annex 3 (Support Procedures), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

SRC["e02"] = """# Order Form and General Terms - LearnBridge Training Platform

**Order Form No. RAT-OF-2026-118**

## Part A - Order Form

### A1 Parties

- **Provider:** PT Rinjani Awan Teknologi, Jalan Pejanggik, Mataram, West Nusa Tenggara, Republic of Indonesia.
- **Customer:** Suzhou Beiyuan Medical Devices Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.
- **Customer contact:** Head of Training, Sales Operations Department.

### A2 Subscribed Service

The Provider shall provide the LearnBridge online training platform as a hosted service (the "Service"), comprising course authoring, learning paths, live-session scheduling, quizzes and certification, a mobile learning app, and reporting, for the Customer's sales staff, service engineers and authorised dealers in China. The Service is hosted in the Provider's tenant at a cloud data centre in Shanghai.

### A3 Subscription Term

The Subscription Term is twenty-four (24) months, made up of two Subscription Years. Subscription Year 1 starts on the Go-Live Date defined in Section 3 of Part B. The Subscription Term ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties.

### A4 Fees

| Item | Quantity | Unit price (CNY) | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|---|
| LearnBridge Enterprise subscription | 600 named users | 420 per user per year | 252,000 | 252,000 | 504,000 |
| Premium Support | 1 | 18,000 per year | 18,000 | 18,000 | 36,000 |
| Onboarding (one-time) | 1 | 48,000 | 48,000 | - | 48,000 |
| **Total Fees** | | | 318,000 | 270,000 | **588,000** |

All fees are in CNY and include VAT. Additional named users may be added at the same unit price, pro rata for the remaining part of the Subscription Year.

### A5 Invoicing and Payment

(a) The Onboarding fee is invoiced after the Customer signs the Go-Live acceptance record under Section 3 of Part B.

(b) The subscription and Premium Support fees for each Subscription Year are invoiced at the start of that Subscription Year.

(c) The Customer shall pay each correct invoice within 30 days of receipt by bank transfer to the Provider's CNY account with its bank's Shanghai branch.

### A6 Special Conditions

(a) Onboarding shall include single sign-on with the Customer's identity platform, import of 140 existing courses and 600 user records, configuration of three dealer learning paths, and two train-the-trainer sessions.

(b) Target Go-Live Date: 75 days after signature of this Order Form.

(c) This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, content and materials uploaded to or generated in the Service by or for the Customer and its users, including course content, user profiles, learning records, test results and certificates.

1.2 "Go-Live Date" means the date on which the Customer signs the Go-Live acceptance record.

1.3 "Incident" means an interruption or degradation of the Service. Incidents are classified as Priority 1 (the Service is unavailable or users cannot log in), Priority 2 (a major function is unavailable) or Priority 3 (other).

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with this Agreement and its documentation.

2.2 The Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term. The Provider shall announce planned maintenance at least five days in advance and perform it between 00:00 and 06:00 China Standard Time.

2.3 The Customer is responsible for its users' accounts and for the lawfulness of the content it uploads.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall perform the Onboarding described in A6(a).

3.2 Go-Live acceptance requires that: (a) single sign-on works for all test accounts; (b) all 140 courses and 600 user records have been imported and checked by the Customer against the source lists; (c) the three dealer learning paths pass the Customer's test cases; and (d) a load test with 300 concurrent learners shows page loads of under three seconds.

3.3 When the criteria are met, the Provider shall notify the Customer, who shall test within five working days and either sign the Go-Live acceptance record or list the failures. Use of the Service for pilot training does not count as acceptance.

3.4 If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 420 for each day of delay, deducted from the Onboarding fee and, if that is insufficient, from later invoices.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding announced planned maintenance.

4.2 The Provider shall respond to Incidents within the following times, 24 hours a day, 7 days a week for Priority 1: Priority 1 within 30 minutes, with restoration or a workaround within three hours; Priority 2 within two hours; Priority 3 within one business day.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. If a Priority 1 restoration time is missed, the Customer receives a further credit of CNY 1,500 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 The Provider shall publish a monthly service report to the Customer showing availability, Incidents and credits.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service and support to the Customer under this Agreement and for no other purpose.

5.2 Within 30 days after the end of the Subscription Term, the Provider shall make all Customer Data available for export in standard formats (SCORM packages, CSV and PDF) and shall then delete it.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Course content, learning paths, templates and certificates created by or for the Customer, including those prepared by the Provider during Onboarding, belong to the Customer, which may use, modify and license them freely, including outside the Service.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement, including product information, pricing and dealer lists, and shall use it only for this Agreement.

7.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by similar duties, or where disclosure is required by law.

7.3 This Section survives for three years after the end of the Agreement.

### 8. Subcontracting

8.1 The Provider shall not subcontract any part of the Service or the Onboarding without the Customer's prior written consent, other than the cloud hosting provider named in A2. The Provider remains responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid and payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.3 The limits in this Section do not apply to the Customer's obligation to pay the fees or to either party's liability for fraud.

### 10. Term and Termination

10.1 This Agreement takes effect on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

10.4 The Customer may also terminate if availability falls below 99% in any two months of a Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent by courier or email to the contacts stated in the Order Form.

12.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance.

12.3 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese; both versions have equal effect.
"""

SRC["e03"] = """T:Purchase Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. ZJHY-PUR-2026-022
P:Buyer: Zhanjiang Haiyue Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: PT Borneo Sensa Akuatik, Jalan Yos Sudarso, Tarakan, North Kalimantan, Republic of Indonesia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates 80 shrimp and fish ponds at its Donghai base and wishes to monitor water quality continuously and control aerators automatically. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Goods" means the sensors, buoys, gateways, relay boxes and spare parts listed in clause 2, together with their embedded software.
P:1.2 "Software" means the AquaWatch monitoring platform, licensed under clause 2 for installation on the Buyer's own servers.
P:1.3 "Works" means delivery, installation, commissioning, configuration, interfaces and training under this Contract.
P:1.4 The Supplier shall supply the Goods and the Software and perform the Works so that dissolved oxygen, pH, temperature, salinity and ammonia are measured in every pond at intervals of no more than five minutes, alarms reach the pond managers' mobile phones, and aerators start and stop automatically according to the Buyer's oxygen thresholds.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,418,000, fixed and inclusive of VAT, transport to site, customs clearance, insurance and all duties, as set out in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (DO, pH, temperature, salinity, ammonia)|64|9,800|627,200
TB:2|Spare dissolved-oxygen probe set|64|1,450|92,800
TB:3|LoRa gateway with solar power kit|8|6,400|51,200
TB:4|Aerator control relay box|64|2,300|147,200
TB:5|AquaWatch monitoring platform licence, perpetual, up to 80 ponds|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,204,400
TB:6|Installation and commissioning|1|118,000|118,000
TB:7|Platform configuration and interfaces (ERP, feeding system)|1|74,000|74,000
TB:8|Training of pond managers and technicians|1|21,600|21,600
TB:|Contract Price|||1,418,000
P:2.2 The licence to the Software is perpetual, non-exclusive and limited to the Buyer and its affiliates at the Donghai base. Licences for further ponds may be bought at the unit rate implied in item 5.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 141,800) within 15 working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 779,900) within 20 working days after all Goods have been installed and the installation certificate has been signed. The installation certificate records quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 496,300) within 20 working days after Final Acceptance under clause 5.
P:3.4 Each payment requires a correct VAT invoice. Payments are made in CNY by bank transfer.
H:4. Delivery, Installation and Delay
P:4.1 The Supplier shall deliver the Goods to the Donghai base within 60 days after signature and complete installation and commissioning within 40 days after delivery, working around the Buyer's stocking calendar.
P:4.2 If the Supplier is late in delivery, installation or readiness for Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Supplier's staff shall follow the Buyer's biosecurity rules at the ponds, including disinfection of boots and equipment and no movement between pond zones without approval.
P:4.4 The Supplier shall provide a detailed installation plan, including buoy positions, gateway locations and cable routes for the relay boxes, for the Buyer's approval at least ten days before installation starts. Work in a pond shall be coordinated with its pond manager so that the stock is not disturbed.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all Goods match clause 2 and the technical specification; (b) each buoy's dissolved-oxygen reading is within 0.3 mg/L of a calibrated hand-held reference meter in a test at three ponds chosen by the Buyer; (c) data from at least 98% of scheduled readings reach the platform over a continuous 30-day trial run; (d) every aerator relay box starts and stops its aerator correctly in a test at each pond; (e) the interfaces with the ERP and feeding systems pass the agreed test cases; and (f) manuals, calibration certificates and interface documentation have been delivered.
P:5.2 The Supplier shall request acceptance in writing after the trial run. The Buyer shall perform the tests within ten working days and sign the Final Acceptance certificate or list the defects. The Supplier shall remedy defects within ten working days at its own cost, after which the tests are repeated.
P:5.3 Installation, use of the system during the trial run, or payment does not mean acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Goods and the Software for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace faulty Goods free of charge, including sensor membranes and probes that fail before their rated life, and supply Software updates free of charge.
P:6.2 After the warranty period, the Supplier shall offer annual support covering repair of Goods, recalibration, Software updates and remote assistance. The annual support fee shall be 9% of the Equipment and Licence Subtotal, namely CNY 108,396 per year, fixed for three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.3 Consumables such as membranes and reagents used after the warranty period are supplied at the prices in Annex 3, which may not be increased by more than 3% per year.
H:7. Service Response
P:7.1 During the warranty period and any support year, the Supplier shall respond to a Severity 1 fault (the platform is down, or data or alarms from more than five ponds are lost) within 1 hour, and restore service within 24 hours, using the spare buoys kept at the Buyer's store where needed. Severity 2 faults (a single pond affected) shall be answered within three hours and fixed within two working days.
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or the support fee.
P:7.3 The Supplier shall appoint a service agent in Zhanjiang able to attend the base.
H:8. Intellectual Property
P:8.1 The Software and the embedded software remain the property of the Supplier or its licensors.
P:8.2 The interface programs, dashboards, alarm rules and reports developed for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them without restriction.
H:9. Data Security
P:9.1 All measurement data, alarm records, pond and production data collected or generated under this Contract belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The platform shall be installed on the Buyer's servers in China. The Supplier may access it remotely only with the Buyer's approval for each session through the Buyer's VPN; all access shall be logged. The Supplier shall not copy any data out of the Buyer's systems or transfer it outside China.
P:9.3 The Supplier shall change all default passwords, encrypt data between gateways and the platform, and fix any security vulnerability reported by the Buyer within the time agreed for Severity 1 faults.
P:9.4 The Supplier shall notify the Buyer of any data security incident within six hours and shall be liable for all losses caused by incidents attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's ponds, stocking, production volumes, feed formulas and prices received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for five years after it ends.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. Consent to the Zhanjiang service agent may be given by the Buyer's letter before installation starts. The Supplier remains responsible for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:12.2 On such termination the Supplier shall refund all amounts paid for Goods, Software or Works not accepted and take back any Goods the Buyer rejects, at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:14. General
P:14.1 Annex 1 (Technical Specification), Annex 2 (Test Plan) and Annex 3 (Consumables Price List) form part of this Contract. This Contract is made in English and Chinese, and the Chinese version prevails in case of difference.
P:14.2 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses stated above or to the email addresses listed in Annex 1.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Infrastructure Services Agreement

**Agreement No. NDT-MSA-2026-03**

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

- **Ningbo Dongsheng Textile Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yinzhou District, Ningbo, Zhejiang Province (the "Customer"); and
- **PT Khatulistiwa Layanan Teknologi**, a company incorporated in the Republic of Indonesia, with its registered office on Jalan Gajah Mada, Pontianak, West Kalimantan (the "Provider").

The Customer runs its ERP, dyeing-process control servers, file services and backup in two server rooms at its Ningbo mill and its Shaoxing finishing plant. The Provider operates a remote operations centre in Pontianak with a partner field team in Zhejiang. The Customer wishes to outsource the day-to-day operation of this infrastructure to the Provider.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the takeover of the Services from the Customer's internal team, as described in Section 3.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition acceptance certificate.

1.6 "Customer Data" means all data stored on, processed by or passing through the infrastructure covered by the Services, including ERP data, production recipes, personnel and customer information.

## 2. Term

2.1 This Agreement takes effect on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension must be agreed in writing; the Provider shall submit its proposal for an extension at least 90 days before expiry, and the Customer is free to accept it, negotiate it or decline it.

## 3. Transition

3.1 The Provider shall complete Transition within 60 days after signature. Transition covers: inventory and documentation of all servers, storage, network devices and backup jobs; installation of the Provider's monitoring agents; setting up remote access through the Customer's jump server; run books for all recurring tasks; and a two-week shadow period alongside the Customer's team.

3.2 Transition acceptance requires that: (a) the inventory matches a physical check of both server rooms; (b) every server and network device listed in Schedule 1 reports to the monitoring system and raises test alarms correctly; (c) a full restore of the ERP database from backup to the test environment succeeds within the recovery time stated in Schedule 2; (d) the run books have been reviewed and approved by the Customer's IT manager; and (e) the shadow period has passed without a Priority 1 incident caused by the Provider.

3.3 The Provider shall give written notice when the criteria are met. The Customer shall verify them within ten working days and sign the Transition acceptance certificate or list the open items. Partial operation of the Services during Transition is not acceptance.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and good industry practice, using suitably qualified staff.

4.2 The Provider shall use its best endeavours to meet the Service Levels in Schedule 2. The Service Levels are performance targets. A failure to meet a Service Level shall not give rise to any service credit, fee reduction or damages; instead the Provider shall deliver a root-cause analysis within five working days and a remediation plan, and shall report on its progress at the next monthly service review.

4.3 The Provider shall hold a monthly service review with the Customer and provide a written report on incidents, changes, capacity, backups and Service Level performance.

4.4 The Provider's field partner shall be on site in Ningbo or Shaoxing within the time in Schedule 2 when a hardware fault requires it.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all costs of the Provider, including travel, tools and its field partner.

5.2 The Transition fee is invoiced after the Transition acceptance certificate is signed. The monthly charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

5.3 The Customer shall pay each correct VAT invoice within 30 days of receipt.

5.4 No advance payment is due under this Agreement.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and shall not copy, store outside the Customer's systems or use it for any other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's jump server, with named accounts and multi-factor authentication; all sessions are recorded. Customer Data shall remain in the Customer's server rooms in China and shall not be transferred abroad. The Provider's staff in Pontianak may view system consoles and logs but shall not download Customer Data.

6.3 The Provider shall apply security patches within the times in Schedule 2, keep anti-malware up to date and review privileged accounts every quarter.

6.4 The Provider shall report any security incident affecting Customer Data to the Customer within two hours of detection, support the investigation and remediation, and bear the losses caused by incidents attributable to its breach of this Section.

## 7. Intellectual Property

7.1 Run books, scripts, configuration files, monitoring templates and documentation created by the Provider for the Customer belong to the Customer, which may use, modify and pass them to any successor provider.

7.2 The Provider's monitoring platform and general tools remain the Provider's property.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement and shall not disclose it to any third party without prior written consent, except to its staff and subcontractors who need to know it and are bound by equivalent obligations. This Section survives for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager who is the Customer's single point of contact.

9.2 The Provider may use only the Zhejiang field partner named in Schedule 1. Any other subcontractor requires the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Service Term. The limit does not apply to breach of Section 6 or 8, wilful misconduct or personal injury.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including repeated failure to meet the Priority 1 Service Levels in three consecutive months, and fails to remedy it within 30 days after written notice.

11.2 Either party may terminate if the other party becomes insolvent.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the monthly charge pro rata, return all credentials and hand over all documentation to the Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties. If this Agreement and a Schedule conflict, this Agreement prevails.

## Schedule 1 - Services

| Service | Scope | Quantity |
|---|---|---|
| Monitoring | Round-the-clock monitoring of servers, storage, network devices and backup jobs | 46 servers, 3 storage arrays, 58 network devices |
| Incident management | Diagnosis, restoration and escalation to vendors | all covered devices |
| Patch management | Monthly operating-system and firmware patching in agreed windows | all servers and network devices |
| Backup and restore | Daily backups, weekly off-site copy, quarterly restore test | ERP, file and process-control servers |
| Change management | Standard and emergency changes under the Customer's change procedure | up to 40 changes per month |
| Field support | On-site hardware replacement and cabling by the Zhejiang field partner | Ningbo and Shaoxing sites |

## Schedule 2 - Service Levels

| Measure | Target |
|---|---|
| Availability of the ERP infrastructure (monthly, excluding agreed maintenance windows) | 99.95% |
| Priority 1 incident (ERP or process control down) - response | 30 minutes, round the clock |
| Priority 1 incident - restoration or workaround | 6 hours |
| Priority 2 incident - response | 2 hours |
| Field engineer on site for Priority 1 hardware faults | 8 hours |
| Critical security patches applied | within 7 days of vendor release |
| ERP database recovery time from backup | 3 hours |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 96,000 |
| Monthly charge | CNY 58,000 per month x 36 months | 2,088,000 |
| **Total Charges** | | **2,184,000** |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT-CALL DATA API

Agreement No. THY-DATA-2026-07

PARTIES

This Data Subscription Agreement (the "Agreement") is made between Tianjin Haoyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Binhai New Area, Tianjin (the "Customer"), and PT Sape Data Maritim, a company incorporated in the Republic of Indonesia with its registered office in Bima, West Nusa Tenggara (the "Provider").

BACKGROUND

The Provider collects and processes vessel position signals, port-call records and berth schedules for ports in Asia and the Pacific and makes them available through an application programming interface. The Customer wishes to use this data in its shipment-tracking system and customer portal.

1. DEFINITIONS

1.1 "Data" means the vessel positions, estimated and actual arrival and departure times, port-call histories, berth schedules and port-congestion indicators made available through the API.

1.2 "API" means the Provider's Marine Feed API, version 3, and its documentation.

1.3 "Subscription Year" means each period of one year starting on the Service Start Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.4 "Service Start Date" means the date on which the Provider issues production API credentials to the Customer.

1.5 "Customer Query Data" means all data that the Customer or its systems send to the API or store in the Provider's portal, including vessel watchlists, bills of lading and booking references, container numbers, ports of interest and query logs.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its own shipment-tracking system, and to display Data to its own customers through its customer portal.

2.2 The subscription includes up to 1.8 million API calls per Subscription Year, up to 5,000 vessels on watchlists at any time, and push notifications for arrival and departure events.

2.3 The Customer shall not resell the Data as a stand-alone data product.

2.4 The Provider may add ports, fields and endpoints to the API during the Subscription Term. It shall not remove an endpoint or field used by the Customer's connector without at least 90 days' notice and a replacement of equal functionality, and it shall keep the previous API version running for at least six months after a new version is released.

3. ONBOARDING AND INTEGRATION ACCEPTANCE

3.1 The Provider shall, within 45 days after signature: provide a sandbox environment; build a connector between the API and the Customer's shipment-tracking system; map the Provider's port codes to the Customer's port master; and train the Customer's developers and operations staff.

3.2 Integration acceptance requires that: (a) the connector passes the Customer's test cases for all API endpoints used; (b) for a sample of 200 vessels chosen by the Customer, reported positions match an independent reference source within the tolerance in Annex 2; (c) arrival events are pushed within ten minutes of the port-call record; and (d) a two-week parallel run shows no Priority 1 incident.

3.3 The Customer shall complete its tests within ten working days after the Provider's notice and sign the integration acceptance certificate or list the failures. Use of the sandbox or of production credentials during the parallel run is not acceptance.

3.4 If the Service Start Date is later than 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the Year 2 fee.

4. FEES AND PAYMENT

4.1 The fees are: a one-time Onboarding Fee of CNY 72,000 and a Subscription Fee of CNY 336,000 per Subscription Year. Total fees for the Subscription Term are CNY 744,000, inclusive of VAT.

4.2 API calls above the annual allowance are charged at CNY 35 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the total fees.

4.3 The Onboarding Fee and the Subscription Fee for Year 1 (together CNY 408,000) are payable within ten days after signature of this Agreement. The Provider will start onboarding work and issue sandbox credentials only after receiving that payment.

4.4 The Subscription Fee for Year 2 is payable within 30 days after the start of Year 2.

4.5 All amounts are payable in CNY by bank transfer against a valid VAT invoice.

5. SERVICE LEVELS

5.1 The Provider shall make the production API available at least 99.95% of each calendar month, measured at the Provider's gateway, excluding scheduled maintenance announced seven days in advance.

5.2 Incident response: Priority 1 (the API is unavailable or returns wrong data for many vessels) within 1 hour, round the clock, with restoration within six hours; Priority 2 (delayed or partial data) within three hours; Priority 3 within two business days.

5.3 Service credits: if availability in a month falls below the level in clause 5.1, the Customer receives a credit of 5% of one twelfth of the annual Subscription Fee for each started 0.1 percentage point of shortfall, and a further CNY 1,000 for each hour by which a Priority 1 restoration time is exceeded. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

5.4 The Provider shall give the Customer a monthly service report showing availability, incidents, data latency by region and credits due, and shall hold a quarterly review call with the Customer's operations and IT managers.

6. CUSTOMER QUERY DATA

6.1 Customer Query Data belongs to the Customer. The Provider shall use it to provide the API and support to the Customer.

6.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Query Data in aggregated and de-identified form to improve its data models and services, to compile trade-lane and port-demand statistics, and to publish market indices, provided that the Customer is not identified.

6.3 The Provider shall store Customer Query Data only in its cloud region in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least one year.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Query Data within eight hours of discovery - and shall be liable for losses caused by incidents attributable to it.

6.5 On expiry or termination, the Provider shall return Customer Query Data in CSV format within 30 days and then delete it, except for the aggregated and de-identified data described in clause 6.2.

7. INTELLECTUAL PROPERTY

7.1 The Provider retains all rights in the API and the Data.

7.2 The connector, mappings and dashboards built by the Provider for the Customer under clause 3.1 belong to the Customer, which may use, modify and have them maintained by third parties. The Provider shall deliver their source code on integration acceptance.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the onboarding work or the operation of the API without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two hundred per cent of the total fees. The limit does not apply to breach of clause 6 or 8, infringement of intellectual property or wilful misconduct.

10.2 The Provider does not warrant that the Data is complete, because it depends on signals transmitted by vessels, but it shall correct errors in the Data that are within its control without delay.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a written agreement on new terms.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including availability below the level in clause 5.1 in three months of a Subscription Year, and does not remedy it within 20 days after written notice. The Provider shall then refund the Subscription Fee for the unused part of the Subscription Year.

11.3 The Provider may suspend access if an undisputed invoice remains unpaid 30 days after a written reminder.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

13. GENERAL

13.1 Annex 1 (API documentation and call allowance), Annex 2 (Acceptance tolerances) and Annex 3 (Support contacts) form part of this Agreement. Amendments require a written document signed by both parties. Neither party may assign this Agreement without the other party's written consent.

13.2 This Agreement is made in English and Chinese in two originals each. If the versions differ, the Chinese version prevails.

Signed for the Customer: ____________________
Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels and design

TARGETS = {
    "z01": ("h701z01_martyrs_cemetery_archive_booking_platform", "pdf", "zh", "software"),
    "z02": ("h701z02_toy_factory_die_cutting_line_retrofit", "docx", "zh", "hardware"),
    "z03": ("h701z03_yogurt_chain_ordering_membership_saas", "txt", "zh", "cloud"),
    "z04": ("h701z04_drug_institute_lims_annual_om", "txt", "zh", "services"),
    "z05": ("h701z05_puppet_workshop_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h701e01_cold_chain_wms_licence_kendari_vendor", "pdf", "en", "software"),
    "e02": ("h701e02_training_platform_saas_order_form_mataram_vendor", "md", "en", "cloud"),
    "e03": ("h701e03_pond_water_quality_sensors_tarakan_vendor", "docx", "en", "hardware"),
    "e04": ("h701e04_managed_infrastructure_36_months_pontianak_vendor", "md", "en", "services"),
    "e05": ("h701e05_vessel_port_call_data_api_bima_vendor", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 10, False, False, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, False, 0.1, 60, None, True, None, None, None, False, True, False, "PRC", S],
    "z05": [None, None, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 28, False, True, None, "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.07, 150, 20, True, True, 18, 11, False, True, False, "Indonesia", G],
    "e02": [99.95, 0.5, True, "buyer", False, True, True, 420 / 588000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 9, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, False, True, 500 / 744000 * 100, 200, 408000 / 744000 * 100, True, None, None, None, False, True, False, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped, acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 1138000),
    "z02": (True, True, True, False, 1334000),
    "z03": (True, True, None, False, 495000),
    "z04": (True, True, None, False, 386000),
    "z05": (False, True, True, True, 1080000),
    "e01": (True, True, True, False, 1934000),
    "e02": (True, True, None, False, 588000),
    "e03": (True, True, True, False, 1418000),
    "e04": (True, False, None, False, 2184000),
    "e05": (True, True, None, False, 744000),
}
# design: fee base (itemised licence / hardware subtotal) for TCO, forum outside mainland China, itemised prices
FEE_BASE = {"z01": 420000, "z02": 1096000, "z05": 680000, "e01": 1260000, "e03": 1204400}
FORUM_OUTSIDE = {"e01"}
PRICE_SUMS = {
    "z01": ([420000, 536000, 118000, 64000], [227600, 512100, 398300]),
    "z02": ([318000, 264000, 196000, 58000, 72000, 188000, 124000, 96000, 18000], [266800, 333500, 667000, 66700]),
    "z03": ([4680 * 45 * 2, 73800], None),
    "z04": ([96500 * 4], None),
    "z05": ([680000, 300000, 76000, 24000], [594000, 378000, 108000]),
    "e01": ([1260000, 540000, 96000, 38000], [386800, 870300, 676900]),
    "e02": ([252000 * 2, 18000 * 2, 48000], None),
    "e03": ([627200, 92800, 51200, 147200, 286000, 118000, 74000, 21600], [141800, 779900, 496300]),
    "e04": ([96000, 58000 * 36], None),
    "e05": ([72000, 336000 * 2], None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
            "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(k):
    t = dict(zip(KEYS, TERMS[k]))
    sla, lds, capped, deemed, value = EXTRA[k]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    name, fmt, lang, cat = TARGETS[k]
    return {"file": name + "." + fmt, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(k, t, extra)}


def tco_share(k, t, extra):
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[k]
    return post / (extra["contract_value"] + post) * 100


def derive(k, t, e):
    """My reading of policy §3 applied to the label."""
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(k, t, e)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    return "medium" if any(x not in LOW for x in rules) else "low"


# ---------------------------------------------------------------------------------------------------------------
# Reading back and checks

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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


CN_DIG = "零一二三四五六七八九十点"
TH_PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?)(?![a-z])", r"(?<![\d.])4\s*h(?![a-z])", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])4\s*个?小时", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0?\.05\s*%", r"(?<![\d.])0?\.05\s*per\s*cent", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之一?百", r"one\s*hundred\s*per\s*cent", r"(?<![\d.])100\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s*cent", r"百分之三十(?![" + CN_DIG[1:] + "])", r"三成", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"十二个月", r"(?<![\d.])12\s*月",
    r"(?<![\d.])15\s*%", r"(?<![\d.])15\s*per\s*cent", r"百分之十五(?!点)", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"(?<![\d.])40\s*per\s*cent", r"百分之四十(?![" + CN_DIG[1:] + "])", r"四成", r"forty\s*per\s*cent",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4-hour", "4小时", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "12 months", "12个月", "twelve (12) months", "十二个月", "15%", "百分之十五", "40%",
            "百分之四十", "30 ％", "forty per cent"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "24小时", "14 hours", "0.055%", "0.5 hours", "150%", "1,100%", "130%",
             "2.30%", "百分之三十五", "18 months", "112 months", "24个月", "115%", "1.5%", "140%", "百分之四十五",
             "万分之五十", "0.08%", "four weeks", "百分之十"]


def norm(s):
    return s.replace("％", "%").replace("\u00a0", " ")


def threshold_hits(text):
    text = norm(text)
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src = {k: SRC[k] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    bin_tgt = {k: (v[0] + "." + v[1], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / (name + "." + fmt)).write_text(SRC[k], encoding="utf-8")
            print("wrote", name + "." + fmt)
    covered = set()
    rows = []
    for k, (name, fmt, lang, cat) in TARGETS.items():
        lab = label(k)
        t, e = lab["expected_terms"], lab["expected_extra"]
        assert list(t) == KEYS
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        share = tco_share(k, t, e) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (k, share)
        items, pays = PRICE_SUMS[k]
        assert sum(items) == e["contract_value"], (k, sum(items))
        if pays:
            assert sum(pays) == e["contract_value"], (k, "payments")
        text = read_back(OUT / (name + "." + fmt))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        (OUT / (name + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((name + "." + fmt, n, ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)",
                     risk(lab["expected_rules"]), "" if share is None else "TCO share %.2f %%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in TARGETS]
    assert sorted(k for k in TARGETS if not DESIGN[k]) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert sum(1 for k in TARGETS if k not in ("z01", "e03", "e01", "z05") and 2 <= len(DESIGN[k]) <= 3) == 6, mix
    for r in rows:
        print(*r, sep=" | ")
    print("all checks passed; 20 rules covered")


if __name__ == "__main__":
    main()
