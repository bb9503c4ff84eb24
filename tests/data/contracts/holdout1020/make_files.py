"""holdout1020: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf
are built by ../word_pdf.py (PDF lines broken at word boundaries). Then every built file is read back and checked:
text length, no threshold figure (raw, whitespace-collapsed, whitespace-free), label values off the thresholds,
price / payment sums, the rules derived from the labels = the design list, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:县民政局临时救助审批平台建设项目合同（政府采购）
P:合同编号：QXMZ-ZFCG-2026-017　　采购方式：公开招标
P:甲方（采购人）：青溪县民政局
P:乙方（供应商）：江州云帆信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，经双方协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设临时救助审批平台，包括平台软件许可、定制开发、历史数据迁移及接口对接、部署实施与培训。
P:1.2 定制开发内容包括：临时救助申请受理、乡镇（街道）初审、县级审核审批、急难型救助先行救助、资金发放台账、救助对象动态管理及统计分析模块，并与省级社会救助信息系统、县财政国库支付系统、公安人口信息核验接口对接。
P:1.3 甲方提供的需求说明书及乙方投标文件中的技术响应表为本合同附件，与本合同具有同等效力。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰零捌万元整（¥1,080,000），明细如下：平台软件许可费¥486,000；定制开发费¥392,000；数据迁移及接口对接费¥138,000；部署实施及培训费¥64,000。
P:2.2 上述价款为固定总价，已包含软件许可、开发、税费、差旅、培训及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥216,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥486,000。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%，计¥378,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署、数据迁移和接口联调，具备初步验收条件。
P:4.2 乙方应派驻项目经理一名及不少于三名实施工程师，人员变更须经甲方书面同意。
P:4.3 乙方应对县、乡两级经办人员开展不少于六场集中培训，并提供操作手册和管理员手册。
P:4.4 乙方应在合同签订后十日内提交项目实施方案，明确里程碑、人员分工、数据迁移方案及回退措施，经甲方确认后执行。实施过程中乙方每周提交进度报告，重大问题应及时书面报告甲方。
P:4.5 平台部署于甲方指定的县电子政务外网政务云资源，乙方不得将平台或数据部署于其他任何环境。
P:4.6 乙方应按照社会救助信息化建设相关规范开展开发，提交数据库设计说明书、接口规范及测试报告，并配合甲方完成国产操作系统、数据库的适配登记。
H:第五条 履约保证金
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:5.2 履约保证金在最终验收合格且无违约扣款事项后二十个工作日内无息退还；按本合同约定应扣减的款项，甲方可直接从履约保证金中扣除，不足部分乙方应另行补足。
H:第六条 验收
P:6.1 初步验收标准：全部功能模块按需求说明书逐项测试通过；历史救助档案数据迁移后经全量比对差异为零；与省级系统、财政支付系统、人口核验接口连续十个工作日交互正常；在三百个并发用户下，常用查询响应时间不超过2秒。
P:6.2 最终验收标准：试运行三个月内未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告无高风险问题；乙方交付源代码、设计文档、数据字典及运维手册。
P:6.3 验收由甲方组织，乙方提交验收申请后十个工作日内完成。平台上线、试运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第七条 质保与运维
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的功能适配及技术支持。
P:7.2 质保期内平台月可用率不低于99.95%。一级故障（平台无法登录或审批业务中断）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应，次日内解决。质保期内乙方每季度对平台进行一次巡检并提交巡检报告。
P:7.3 乙方响应或到场每超时一小时，甲方可扣减履约保证金人民币500元；月可用率每低于承诺值0.01个百分点，扣减人民币1,000元。
P:7.4 质保期满后，如甲方需要，乙方按平台软件许可费的9%（每年¥43,740）提供年度运维服务，该价格自质保期满起三年内不变，运维合同按年另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其所属乡镇（街道）。
P:8.2 为本项目定制开发的程序、接口、报表及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证其交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的救助对象信息、家庭经济状况、审批记录等全部数据属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施访问控制、加密存储和操作日志审计，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络之外。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方工作秘密、救助对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包，亦不得分包。
P:12.2 未经甲方书面同意，乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同附件包括：需求说明书、技术响应表、报价明细表、项目实施方案、保密承诺书。合同文件的解释顺序为：本合同条款、补充协议、需求说明书、乙方投标文件。
P:甲方（盖章）：青溪县民政局　　　　乙方（盖章）：江州云帆信息技术有限公司
P:日期：____年__月__日　　　　日期：____年__月__日
"""

Z02 = """T:煎蛋器生产线控制系统改造项目合同
P:合同编号：JDQ-GZ-2026-0309
P:甲方（买方）：慈航小家电制造有限公司（煎蛋器厂）
P:乙方（卖方）：甬江自动化工程有限公司
P:甲方三条煎蛋器总装线及两条发热盘压铸后处理线的控制系统老化，故障频繁。经比选，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，签订本合同。
H:第一条 改造范围
P:1.1 更换五条生产线的PLC控制柜、伺服驱动器及电机、触摸屏人机界面，加装产线数据采集网关，部署产线监控软件及MES接口模块。
P:1.2 重新编写PLC程序和HMI画面，实现配方管理、工位节拍监控、不良品自动剔除、能耗统计，并与甲方现有MES系统对接工单与报工数据。
P:1.3 改造须分线实施，每条线停产时间不超过五天，停产计划由甲方生产部确认。
P:1.4 拆除的原控制柜、驱动器及线缆归甲方所有，由乙方分类整理后移交甲方仓库，不得擅自处置。
P:1.5 乙方应在设计阶段完成现场勘查，提交电气设计图纸、I/O点表、网络拓扑及改造实施方案，经甲方设备部书面确认后方可采购和施工。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），含税，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|6套|78,000|468,000
TB:2|伺服驱动器及电机|36套|6,500|234,000
TB:3|触摸屏人机界面（HMI）|12台|8,200|98,400
TB:4|产线数据采集网关|6台|12,600|75,600
TB:5|产线监控软件许可（永久）|1套|186,000|186,000
TB:6|MES接口模块许可（永久）|1套|58,000|58,000
TB:—|软硬件小计|||1,120,000
TB:7|安装调试及程序编写|1项|152,000|152,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:—|合同总价|||1,290,000
P:2.2 合同价格包含设备、软件、运输、保险、安装、调试、程序编写、培训及税费。除经甲方书面确认的设计变更外，甲方不承担任何额外费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥258,000。
P:3.2 全部设备到货并完成安装，甲方签收到货单后十五个工作日内，支付合同总价的55%，即¥709,500。到货签收不代表质量验收。
P:3.3 五条生产线全部通过终验后十五个工作日内，支付合同总价的25%，即¥322,500。
P:3.4 乙方应在每期付款前开具全额增值税专用发票。
P:3.5 甲方付款前有权核对发票、到货单及验收文件，资料不全的，付款期限相应顺延。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方厂区，并在到货后四十五日内完成五条线的改造和调试。
P:4.2 乙方应指定一名现场负责人全程驻厂。乙方施工人员应遵守甲方安全生产及车间管理制度，动火、登高、带电作业须办理作业票。因乙方原因造成人身伤害或设备损坏的，由乙方负责。
P:4.3 改造期间乙方应保留原控制系统主要部件直至新系统稳定运行，以便必要时回退。
P:4.4 每条线改造完成后，乙方应配合甲方进行不少于三个班次的试生产，试生产期间乙方工程师须现场值守，及时处理出现的问题。
P:4.5 乙方应对甲方电工、设备维修工及班组长进行培训，培训内容包括系统操作、常见故障处理、程序备份与恢复，培训结束后进行考核，考核合格人员不少于二十名。
H:第五条 验收
P:5.1 每条线改造完成后进行单线验收，标准为：设计节拍达到每分钟二十八台；连续生产七十二小时无因控制系统原因造成的停线；按甲方提供的一千台不良样品抽检，剔除无漏检；配方切换时间不超过十分钟；工单及报工数据与MES系统一致。
P:5.2 五条线全部通过单线验收并连续运行三十日后进行终验，终验还须核对全部程序备份、电气图纸、参数清单及操作维护手册的交付。
P:5.3 甲方在验收合格前使用设备生产，不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为自终验合格之日起六个月。质保期内，乙方免费更换损坏部件并提供程序修改及技术支持。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单个工位异常）8小时内响应，次日到场。乙方响应或到场每超时一小时，甲方可扣除人民币800元。
P:6.3 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的22%每年计取，即每年¥246,400，质保期满后五年内不调价。维保服务内容包括季度巡检、备件更换、程序维护及上述故障响应。
P:6.4 乙方应保证备品备件供应不少于八年。
P:6.5 乙方应在终验时向甲方移交PLC程序及HMI工程文件的完整备份、软件许可证书、电气图纸及备件清单。程序在质保期或维保期内修改的，乙方应在修改后三日内向甲方提交更新后的备份及修改记录。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、HMI画面及其源程序、电气图纸归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 产线监控软件及MES接口模块的著作权归原权利人，乙方保证甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 生产线采集的工艺参数、产量、质量及能耗数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方设备部书面批准，经甲方防火墙和堡垒机接入，每次维护结束后关闭通道。乙方不得擅自复制、外传甲方数据。
P:8.3 乙方应在发现数据泄露或网络安全事件后2小时内通知甲方并协助处置；因乙方原因造成数据泄露或生产损失的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、配方、价格及经营信息负有保密义务，保密期限至本合同终止后五年。
P:9.2 乙方不得在宣传资料或案例介绍中使用甲方名称、产线照片及工艺信息，但经甲方书面同意的除外。乙方应要求其参与本项目的人员遵守本条约定。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方原因导致生产线停产超过约定时间的，乙方应赔偿甲方因此遭受的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.4 乙方支付的违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十一条 分包
P:11.1 乙方不得转包。电气柜体制作等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，或逾期超过三十日，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可书面通知对方解除合同。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同附件包括：改造技术方案、设备清单及技术参数、验收方案、施工安全协议，附件与本合同具有同等效力。
P:甲方（盖章）：慈航小家电制造有限公司　　乙方（盖章）：甬江自动化工程有限公司
"""

Z03 = """沙盘游戏连锁门店预约及会员管理系统服务合同

合同编号：SPYX-IT-2026-11
甲方：拾光沙盘心理文化发展有限公司（以下简称“甲方”）
乙方：栖木云软件科技有限公司（以下简称“乙方”）

甲方在全国经营四十家沙盘游戏体验门店，需统一的线上预约、会员及储值管理系统。乙方以软件即服务（SaaS）方式提供系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“栖木预约”SaaS系统的使用服务，包括：
1. 门店端：沙盘室及咨询师排班、预约、签到、核销、退改；
2. 会员端：微信小程序预约、储值卡及次卡、积分、评价；
3. 总部管理端：门店经营报表、会员分析、营销活动配置、财务对账。
4. 系统应支持甲方后续门店按统一模板快速开通，单店开通时间不超过一个工作日。
（二）乙方负责一次性实施服务：系统配置、四十家门店开通、甲方现有会员及储值余额数据迁移、小程序界面按甲方品牌定制、门店店长及前台培训。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。

二、服务费用
（一）SaaS服务费：门店端每店每服务年度人民币3,600元，四十家门店合计每服务年度144,000元；总部管理端每服务年度36,000元。两个服务年度SaaS服务费合计360,000元。
（二）实施费：一次性人民币68,000元。
（三）本合同总金额为人民币428,000元（含税）。
（四）服务费包含系统使用、数据存储、常规版本升级及在线客服，乙方不得另行收取其他费用。
（五）服务期内甲方新增门店的，按每店每服务年度3,600元按月折算计费；关闭门店的，自次月起相应减少服务费。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的SaaS服务费在该服务年度开始后二十个工作日内支付。
（三）乙方应在收款前开具增值税普通发票。甲方不向乙方支付任何预付款。
（四）甲方可通过总部统一支付，也可由各门店按其分摊金额分别支付，具体分摊方式由甲方在每个服务年度开始前书面通知乙方。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通及数据迁移，具备上线条件。
（二）上线验收标准：
1. 会员数量、储值余额、剩余次数与甲方原系统导出数据逐条核对一致；
2. 四十家门店均完成一次完整的预约、签到、核销、退款流程测试；
3. 小程序在高峰时段五百人同时预约时，页面响应不超过3秒；
4. 总部报表数据与门店流水核对一致。
（三）甲方在五个工作日内组织验收并签署验收单。系统开通或甲方试用，不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。
（五）数据迁移前，乙方应提交迁移方案，说明字段对应关系、储值余额及次卡剩余次数的换算规则和校验方法；迁移期间甲方原系统与新系统并行运行不少于七日，差异由乙方逐条说明并修正。
（六）乙方应为每家门店提供不少于一次的远程培训，并为甲方总部运营人员提供两天集中培训，提供操作视频及常见问题手册。
（七）上线验收合格后，乙方应提交系统配置说明、门店账号清单及数据迁移核对报告。

五、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划内维护须提前三日通知并安排在凌晨零点至六点之间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、核销或支付）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：2小时内响应，当日恢复；
3. 三级问题（咨询、优化建议）：一个工作日内答复。
（三）月可用率低于承诺值的，乙方按差额比例减免当月服务费；一级故障响应每超时一小时，乙方向甲方支付服务赔偿金人民币300元，可在下期服务费中抵扣。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方应提供工作日九点至二十一点的在线客服，以及全天候的一级故障热线。
（六）系统版本升级应提前五日通知甲方，重大功能变化应提供说明及培训，升级不得导致甲方已配置的营销活动、储值规则失效。
（七）周五至周日为门店营业高峰，乙方不得在上述时间进行版本升级。

六、数据安全与数据归属
（一）甲方会员信息、预约记录、储值及交易数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问控制、操作日志留存及每日备份等措施，系统应通过网络安全等级保护二级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后彻底删除，并出具删除证明。
（五）乙方应每年委托第三方机构对系统进行一次渗透测试，并将测试结论摘要提交甲方。

七、知识产权
（一）“栖木预约”系统的知识产权归乙方所有。
（二）为甲方品牌定制的小程序界面、图片及文案素材归甲方所有，甲方可自由使用、修改及授权他人使用。
（三）乙方保证其提供的系统不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息、经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应督促其员工遵守本条约定。

九、续期
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时公布的价目表调整服务费，甲方应按调整后的价格支付。续期期间本合同其他条款不变。

十、违约与责任限额
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因乙方故意、重大过失或违反本合同第六条造成的损失除外。

十一、甲方的义务
（一）甲方应指定一名项目负责人，协调各门店配合系统开通、数据核对及培训。
（二）甲方应按约定及时提供原系统数据、品牌素材及门店资料，并妥善保管系统账号和密码。
（三）甲方应按约定支付服务费用。

十二、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，或一个服务年度内三次出现一级故障，经甲方书面通知后十日内未改正的，甲方有权解除本合同，乙方退还未履行期间的服务费。
（二）甲方逾期付款超过六十日的，乙方可书面通知后暂停服务。
（三）合同解除或终止的，乙方应按本合同第六条第（四）项移交数据，并在移交完成前保持系统可访问。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括：功能清单、实施计划、门店清单及服务报价单。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：                    乙方（盖章）：
签约日期：                        签约日期：
"""

Z04 = """云溪市城市管理局建筑垃圾运输监管系统年度运维服务合同

项目编号：YXCG-CS-2026-031（竞争性磋商）
甲方（采购人）：云溪市城市管理局
乙方（成交供应商）：楚源智联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就建筑垃圾运输监管系统年度运维服务事项，经协商一致订立本合同。

第一条 服务对象
建筑垃圾运输监管系统（以下简称“系统”）由监管平台、渣土车车载终端（北斗定位、视频、密闭状态传感）、消纳场及工地出入口视频抓拍点组成，现接入运输企业六十三家、渣土车一千二百一十辆、出入口抓拍点二百八十个、消纳场十一处。监管平台部署于市政务云，终端数据经移动专网接入。

第二条 服务内容
（一）平台运维：应用系统、数据库、中间件的日常巡检、性能优化、补丁更新、数据备份与恢复演练，运维期间平台功能按甲方监管要求调整的，乙方应配合完成小型变更。
（二）终端运维：车载终端、抓拍点设备的故障诊断、维修、更换（单次更换部件材料费由甲方另行结算的除外）。
（三）数据服务：每日生成违规运输（未密闭、偏离路线、未到指定消纳场卸载、超时段运输）预警清单，每月编制运输监管分析报告。
（四）驻场服务：乙方安排两名驻场工程师在甲方数字城管指挥中心工作日值守，节假日安排值班。
（五）安全运维：配合甲方完成等级保护测评整改、漏洞扫描及应急演练。
（六）档案管理：建立设备台账、运维日志、故障处理单及变更记录，按月归档并报甲方备案。
（七）培训服务：每半年对甲方指挥中心值班人员及运输企业管理员开展一次系统操作培训。
（八）应急保障：在极端天气、重大活动等情况下，乙方应按甲方指令提供全天应急保障，并在事件结束后三日内提交保障报告。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方需继续采购的，依法另行组织采购。服务期开始前，乙方应完成与上一年度运维单位的工作交接，交接清单由甲方确认。

第四条 服务费用及支付
（一）年度运维服务费为人民币伍拾柒万陆仟元整（¥576,000），为包干价，含人工、工具、差旅、税费等全部费用。
（二）服务费按季度支付，每季度¥144,000。每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付该季度服务费。
（三）考核扣减的费用从当季服务费中直接扣除。
（四）乙方发票信息有误或资料不全的，甲方付款时间相应顺延，不视为甲方逾期。

第五条 服务水平
（一）系统平台月可用率不低于99.95%。
（二）故障等级及时限：
1. 一级故障（平台整体不可用、数据无法接入）：30分钟内响应，2小时内恢复；
2. 二级故障（单一功能模块异常、单个运输企业数据中断）：1小时内响应，8小时内恢复；
3. 终端及抓拍点故障：接报后两个工作日内修复或更换。
（三）每月因终端故障离线超过二十四小时的渣土车不超过三十辆，故障抓拍点不超过五个。
（四）违规预警清单每日上午九时前推送，月度分析报告次月五日前提交。
（五）计划内维护应提前三个工作日报甲方批准，并安排在夜间二十二时至次日六时之间进行；重大活动及汛期等特殊时段，乙方应按甲方要求安排专人值守。

第六条 考核与扣减
（一）甲方按季度对乙方进行考核，考核内容包括可用率、故障处理时效、终端及抓拍点完好情况、报告提交及驻场出勤。
（二）一级故障响应或恢复每超时一小时，扣减服务费人民币1,000元；平台月可用率每低于承诺值0.01个百分点，扣减人民币800元；离线车辆或故障抓拍点超出约定数量的，每超出一辆（个）扣减人民币200元；驻场人员缺勤每人每日扣减人民币600元。
（三）服务期满前，甲方组织年度验收，验收标准为：全年各项服务水平指标达成；运维日志、巡检记录、故障处理单、备份恢复演练记录完整；系统数据完整可用并移交甲方。年度验收结果作为乙方履约评价依据。
（四）季度考核结果低于合格线的，甲方约谈乙方项目负责人，乙方应在十个工作日内提交整改计划并落实。

第七条 违约责任
（一）乙方未按期提交月度分析报告或未按甲方要求完成整改的，每逾期一日，按年度服务费的千分之一支付违约金。
（二）因乙方运维不当造成数据丢失、系统长时间瘫痪的，乙方应赔偿甲方由此造成的直接损失。
（三）甲方无正当理由逾期支付服务费的，按同期贷款市场报价利率支付逾期利息。
（四）乙方支付违约金或被扣减服务费后，仍应继续履行本合同义务。

第八条 数据安全
（一）系统中的车辆轨迹、视频图像、运输企业信息及执法相关数据均属于甲方，乙方仅可为履行本合同访问和处理，不得用于其他任何目的。
（二）乙方运维人员须实名登记，通过甲方堡垒机进行操作，禁止使用个人设备拷贝数据；驻场人员离岗时交回全部账号和介质。
（三）乙方应建立数据安全管理制度，发现数据泄露、被篡改等安全事件，应在1小时内报告甲方并协助处置；因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任。
（四）服务期满或合同终止时，乙方应移交全部账号、文档和数据，删除其持有的任何数据副本，并出具书面确认。

第九条 保密
乙方及其人员对在服务中接触的甲方工作秘密、执法信息、运输企业商业信息负有保密义务，未经甲方书面同意不得对外披露，保密义务不因合同终止而解除。乙方应与驻场人员签订保密承诺书并报甲方备案。乙方人员离职的，乙方应确保其继续履行保密义务。

第十条 知识产权
乙方在运维过程中为甲方编写的统计脚本、报表模板及分析报告归甲方所有，甲方可自行使用和修改，乙方不得将其用于其他项目。

第十一条 甲方的义务
（一）甲方为驻场人员提供办公场所、网络及必要的系统账号。
（二）甲方负责协调运输企业配合车载终端的检查和维修，对拒不配合的运输企业依法予以督促。
（三）甲方按约定组织考核并支付服务费。

第十二条 人员与分包
（一）乙方应保持驻场人员稳定，确需更换的，应提前五个工作日通知甲方，更换人员资质不低于原人员。驻场工程师应具有三年以上同类系统运维经验。
（二）车载终端的上门维修和更换工作，乙方可交由当地维修服务商承担，但应提前五个工作日书面告知甲方服务商名称及人员名单，乙方对其工作承担全部责任。

第十三条 合同的变更与解除
（一）合同履行期间，经双方协商一致可以书面变更本合同。
（二）除不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。因乙方原因造成服务质量不达标的，按第六条、第七条处理。

第十四条 争议解决
因履行本合同发生争议的，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

第十五条 其他
（一）磋商文件、乙方响应文件、成交通知书为本合同组成部分。
（二）本合同未尽事宜，按照政府采购相关法律法规及磋商文件执行。
（三）合同履行期间，乙方应配合甲方及财政、审计部门的监督检查，如实提供运维记录和相关资料。
（四）本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并盖章后生效。

甲方（盖章）：云溪市城市管理局          乙方（盖章）：楚源智联科技有限公司
代表签字：                              代表签字：
日期：                                  日期：
"""

Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 JT-HT-2026版）

**合同编号：** JT-2026-0412

**甲方（用户）：** 锡铁记铁皮玩具工作室

**乙方（开发方）：** 匠迹软件技术有限公司

甲方为生产发条铁皮玩具的手工作坊，需对冲压、印铁、卷边、组装、上发条测试、包装等工序进行追踪。乙方向甲方许可使用其“匠迹工序追踪系统”，并按甲方需求进行定制开发。双方本着平等互利的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件的使用许可（二十个用户，安装于甲方本地服务器）。

1.2 乙方按附件《需求确认单》为甲方定制开发以下功能：订单—工序—质检追踪看板、扫码报工、印铁版次与批次关联、手工工时统计、次品原因分析报表。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 本合同项下软件许可为永久许可，但仅限于甲方在其现有经营场所使用，甲方迁址或增加场所的，应另行购买许可。

1.5 双方确认，《需求确认单》以外的功能均不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（二十用户） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 实施部署 | 36,000 |
| 4 | 培训 | 12,000 |
| | 合计 | 430,000 |

合同总价为人民币肆拾叁万元整（¥430,000），含税。上述价款不含服务器、操作系统、数据库、扫码枪及标签打印机等硬件和第三方软件，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的62%，即¥266,600，乙方收款后启动开发。

3.2 系统部署完成后五个工作日内，甲方支付剩余38%，即¥163,400。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发或服务，交付期限相应顺延。

3.4 乙方收款后开具增值税普通发票；甲方要求开具专用发票的，应提前提供开票资料。

## 第四条 交付

4.1 乙方在收到首付款后七十五个工作日内完成开发并部署至甲方服务器。

4.2 因甲方需求变更、提供资料不及时或服务器环境不具备造成延误的，交付期限相应顺延。

4.3 甲方需求变更超出《需求确认单》范围的，乙方另行报价，经双方确认后执行。

4.4 乙方交付物为可执行程序、安装说明及用户手册，不包括源代码。

4.5 部署完成日以乙方发出的部署完成通知书载明的日期为准。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方即视为交付。

5.2 系统部署完成即视为甲方验收合格。甲方在部署后提出的问题，乙方在维护期内按第六条处理。

5.3 甲方在部署完成后七日内未提出书面异议的，视为对交付内容无异议。

## 第六条 维护服务

6.1 自系统部署完成之日起三个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 维护期内，紧急问题（系统无法登录或无法报工）乙方在8小时内响应；一般问题在两个工作日内响应。乙方将尽力解决问题，但不保证解决时限。

6.3 免费维护期满后，甲方如需继续维护，年度维护费按软件许可费的10%收取，即每年¥16,800，该价格在免费维护期满后三年内不作调整。

6.4 因甲方擅自修改系统、操作不当、服务器或网络故障、病毒等原因造成的问题，不属于免费维护范围。

6.5 维护期内乙方可根据产品升级计划向甲方推送新版本，甲方应配合安装；甲方拒绝升级导致的问题，乙方不承担维护责任。

6.6 免费维护期内乙方提供远程支持，如需现场服务，甲方应承担乙方人员的差旅费用，并按每人每天人民币一千二百元支付现场服务费。

## 第七条 知识产权

7.1 匠迹工序追踪系统及本合同项下定制开发的全部功能、源代码、文档的知识产权归乙方所有。

7.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对系统进行修改、反编译，不得向第三方提供。

7.3 乙方有权将定制开发的功能用于其他客户或纳入标准产品。

7.4 甲方委托第三方对系统进行修改或二次开发的，应事先取得乙方书面同意并另行支付授权费用。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、工时及质检数据归甲方所有。

8.2 甲方同意，乙方可以在去除甲方名称等识别信息后，使用上述数据进行统计分析、产品改进及行业研究。

8.3 乙方对其能够接触的甲方数据采取访问权限控制和备份措施；因乙方原因造成甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。

9.2 本条保密义务在合同终止后三年内有效。

9.3 乙方可在其宣传资料及客户名单中使用甲方名称及标识。

## 第十条 责任限制

10.1 乙方不对甲方的间接损失、利润损失、停产损失、数据恢复费用承担责任。

10.2 乙方在本合同项下的全部赔偿责任，以合同总价的20%为限。

10.3 因第三方软件、硬件或网络服务引起的损失，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方应支付乙方已完成工作对应的费用。

11.3 甲方未按约定付款超过十五日的，乙方有权解除合同，已收款项不予退还。

11.4 合同解除不影响乙方依据本合同第七条享有的权利。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方的义务

14.1 甲方应在合同签订后五个工作日内提供符合乙方要求的服务器（含操作系统及数据库）、网络环境及扫码设备，并指定专人负责对接。

14.2 甲方应按乙方要求整理工序、物料、人员、模具等基础数据，并对其准确性负责。因基础数据错误造成的返工，乙方有权另行收费。

14.3 甲方应妥善保管系统管理员账号，因甲方人员操作不当或账号泄露造成的损失由甲方自行承担。

14.4 甲方应为乙方人员现场工作提供必要的办公条件及网络访问权限。

## 第十五条 培训

15.1 乙方在部署完成后为甲方提供一次集中培训，时长不超过一天，培训对象为甲方管理人员及工序班长，人数不超过十人。

15.2 甲方新增人员的培训，或超出上述范围的培训，按每人每天人民币一千五百元另行收费。

15.3 培训结束后，甲方应在培训记录上签字确认。

## 第十六条 通知与送达

16.1 双方往来通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。

16.2 一方变更联系方式的，应提前三日书面通知对方，否则向原地址送达仍然有效。

## 第十七条 其他

17.1 本合同附件《需求确认单》与本合同具有同等效力，内容不一致的以本合同为准。

17.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（签章）：锡铁记铁皮玩具工作室

乙方（签章）：匠迹软件技术有限公司
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RMS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ridgeway Metrology Software, Inc., a Wisconsin corporation with its principal office at 215 Mineral Street, Platteville, Wisconsin 53818, USA (the "Vendor"), and Changzhou Hengrun Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer").
P:The Customer wishes to license the Vendor's statistical process control and gauge management software for its two foundries and machining workshop, and to obtain implementation, interface and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Ridgeway SPC Enterprise software, version 9, in object code, including the Gauge Manager and Supplier Quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and other materials written by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all measurement results, inspection records, gauge calibration records, supplier data and other data entered into or generated by the Software at the Customer's sites.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for the internal business purposes of the Customer and its wholly owned subsidiaries, for up to 60 named users and 25 shop-floor data collection stations.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 Additional users may be purchased at the unit prices in Schedule A for three years after signature.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,560,000 (the "Contract Price"), including all taxes payable in China, made up as follows: Software licence fee CNY 1,120,000; implementation and interface services CNY 380,000; training CNY 60,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the Software is installed at both foundries and the machining workshop and the Installation Certificate is signed. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai named in Schedule A.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and make the system ready for acceptance testing within 150 days after signature, in accordance with the implementation plan in Schedule B.
P:5.2 The acceptance tests shall verify that: (a) all functions listed in Schedule B work as described; (b) the interfaces to the Customer's coordinate measuring machines, the MES and the ERP system transfer data without loss or duplication over 20 consecutive working days; (c) control charts and capability indices calculated by the Software match reference calculations on the Customer's test data set; and (d) report generation for 200 concurrent users completes within 5 seconds.
P:5.3 When the tests are passed and the system has run in production for 30 days without a Severity 1 incident, the Customer shall sign a Final Acceptance certificate within 10 working days. Installation, go-live, use of the Software in production or any payment does not constitute acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost within 20 days.
P:5.5 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Customer may deduct the delay damages from any amount payable.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new versions and technical support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or measurement data cannot be recorded at any site) shall be responded to within 1 hour and a workaround provided within 8 hours, 24 hours a day. Severity 2 incidents shall be responded to within 2 hours during business hours in China.
P:6.3 For each full hour by which the Vendor exceeds a response time in Article 6.2, the Customer shall receive a service credit of CNY 1,000, deducted from the next payment or paid by the Vendor within 30 days.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee per year (CNY 123,200 per year). This price is fixed for the first three years after the Warranty Period. Each year of support is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software, its documentation and all intellectual property rights in them remain the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, belong to the Customer upon payment. The Customer may use, modify, and license them to others without restriction. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 All Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, after written approval for each session, and shall not copy Customer Data outside the Customer's network. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing the services.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by its personnel, cooperate in remediation, and bear all losses and regulatory penalties resulting from a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Limitation of Liability
P:10.1 Neither party shall be liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct or breach of Article 8 or Article 9.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to Article 7.3, Article 8, personal injury or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature. The licence in Article 2 is perpetual and survives the termination of the services.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving written notice, or if the delay damages under Article 5.5 reach their maximum. In that case the Vendor shall refund the amounts paid for the parts not accepted.
P:12.3 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If the event lasts more than 90 days, either party may terminate the unperformed part of this Agreement.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the State of Wisconsin, USA, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 The state and federal courts located in Wisconsin shall have exclusive jurisdiction over any dispute arising out of this Agreement, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Schedule A (Price List and Bank Details) and Schedule B (Implementation Plan and Acceptance Tests), is the entire agreement of the parties and supersedes prior proposals. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Name and title:                          Name and title:
P:Date:                                    Date:
"""

E02 = """# ORDER FORM AND GENERAL TERMS — LEAF RIVER FIELDWORK CLOUD

Order Form No. LRF-OF-2026-0188

**Provider:** Leaf River Scheduling LLC, 14 Jefferson Street South, Wadena, Minnesota 56482, USA

**Customer:** Hangzhou Qiantang Building Services Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, PRC

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Leaf River Fieldwork Cloud, a hosted service for scheduling, dispatching and recording the work of field technicians, with the Dispatcher Console, the Technician Mobile App, the Customer Portal and the Asset History module (the "Service"). The Service is delivered from a data centre region in mainland China operated by Provider's hosting partner named in A6.

### A2. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date under Part B Section 3. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount per Subscription Year (CNY) | Amount over the Subscription Term (CNY) |
|---|---|---|---|---|
| Platform subscription (Dispatcher Console, Customer Portal, Asset History) | 1 | 264,000 | 264,000 | 528,000 |
| Technician Mobile App seats | 180 | 900 | 162,000 | 324,000 |
| Onboarding and configuration (one-time) | 1 | 58,000 | — | 58,000 |
| Total | | | | 910,000 |

All amounts include value-added tax. The total price of this Agreement is CNY 910,000.

### A4. Invoicing and Payment

(a) The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of the invoice.

(b) The one-time onboarding fee is invoiced on the Go-Live Date after Customer has signed the Go-Live acceptance record, and is payable within 30 days of the invoice.

(c) No other amount is payable before the Go-Live Date.

(d) Additional technician seats may be added during the Subscription Term at CNY 900 per seat per Subscription Year, prorated by month.

(e) Provider shall issue valid VAT invoices in China through its appointed local agent.

### A5. Onboarding Plan

Provider will configure the Service for Customer's 11 branch offices, import Customer's equipment register and open work orders, connect the Service to Customer's ERP for work-order billing, and train 24 dispatchers and 180 technicians.Provider will assign a named onboarding manager and hold a weekly status call with Customer until the Go-Live Date. The target Go-Live Date is 75 days after the signature of this Order Form.

### A6. Approved Hosting Partner and Contacts

Hosting partner: a cloud service operator licensed in mainland China, as identified in Provider's signed security questionnaire attached to this Order Form. Provider contact: Customer Success Manager, Wadena office. Customer contact: IT Manager, Hangzhou head office.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, records, photos, signatures and files submitted to the Service by or for Customer or its technicians and customers, and all outputs of the Service derived from them.

1.2 "Go-Live Date" means the date on which Customer signs the Go-Live acceptance record under Section 3.

1.3 "Customer Configurations" means the forms, workflows, report layouts and ERP interface mappings built by Provider for Customer during onboarding.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

2.3 Provider will use commercially reasonable efforts to keep the Service available and to fix errors reported by Customer. Support is provided by e-mail and through the online help centre during Provider's normal business hours. Provider does not commit to any availability level, response time or resolution time, and no service credits apply.

2.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

2.5 Customer is responsible for the accuracy of the data it submits, for keeping its user credentials secret, and for ensuring that its technicians use the Technician Mobile App in line with Customer's own safety and working-time rules.

2.6 During onboarding Customer shall appoint a project lead, make its ERP test environment available, and review and approve the configured forms and workflows within five working days after Provider submits them. Delays caused by Customer extend the target Go-Live Date accordingly.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider will carry out the onboarding described in A5.

3.2 Before Go-Live, Customer will test the Service. The Service is accepted when: (a) all 11 branch offices can create, dispatch and close work orders; (b) the imported equipment register matches Customer's source file record by record; (c) closed work orders are transferred to the ERP without error over ten consecutive working days; and (d) the Technician Mobile App works offline and synchronises on reconnection. Customer signs the Go-Live acceptance record when these criteria are met.

3.3 If the Go-Live Date has not occurred by the target date in A5 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, which Customer may set off against any invoice.

### 4. Customer Data and Security

4.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data only to provide the Service to Customer under this Agreement and shall not use it for any other purpose, in identifiable, anonymised or aggregated form.

4.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs for at least six months, and back it up daily.

4.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take steps to contain it, and compensate Customer for losses caused by its breach of this Section 4.

4.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and its underlying software.

5.2 Customer Configurations belong to Customer. Customer may use, modify and allow third parties to use them without restriction, during and after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

6.2 This Section survives for three years after the end of the Agreement.

### 7. Subcontracting

7.1 Provider may use the hosting partner identified in A6. Provider shall not use any other subcontractor to process Customer Data or perform onboarding without Customer's prior written consent.

7.2 Provider is responsible for its hosting partner and any approved subcontractor as for itself.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its online documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 Except as stated in this Section 8, the Service is provided "as is".

### 9. Limitation of Liability

9.1 Neither party is liable for lost profits or indirect damages.

9.2 Provider's total liability arising out of or relating to this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

### 10. Term and Termination

10.1 This Agreement runs from signature until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

10.3 After termination or expiry, Customer may export its Customer Data for 30 days.

10.4 Sections 4, 5, 6 and 9 survive the end of this Agreement.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the contacts in A6.

12.3 This Agreement is signed in English. Each party has received a signed copy.

12.4 Neither party is responsible for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as it can.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""

E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Devices and Software
P:Contract No. JXLL-PUR-2026-073
P:Buyer: Jiaxing Lanling Cold Chain Logistics Co., Ltd., Jiaxing Economic and Technological Development Zone, Zhejiang Province, PRC (the "Buyer").
P:Supplier: Chain O'Lakes Sensing, Inc., 410 North Main Street, Waupaca, Wisconsin 54981, USA (the "Supplier").
P:The Buyer operates six cold-store warehouses and needs continuous temperature, humidity and door monitoring to meet food and pharmaceutical storage requirements. Following the Buyer's request for quotation, the parties agree on the following terms, prepared on the Buyer's standard form.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission wireless temperature and humidity sensors, door sensors and gateways in the six warehouses listed in Annex 1, and shall license and install the Supplier's ColdWatch monitoring software on the Buyer's servers.
P:1.2 The Supplier shall configure alarm rules, SMS and app notifications, reports for GSP temperature records, and an interface that sends alarms to the Buyer's warehouse management system (the "Custom Work").
P:1.3 The Supplier shall train the Buyer's warehouse supervisors and IT staff.
P:1.4 The Supplier shall survey each warehouse before installation and submit a sensor layout drawing for the Buyer's approval. The layout shall cover every storage zone, loading dock and anteroom, with sensor positions agreed with the Buyer's quality department.
H:2. Contract Price
P:2.1 The Contract Price is CNY 986,000, including all taxes, duties, transport, insurance, installation and training, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 degrees C|640|520|332,800
TB:2|Door open/close sensor|96|380|36,480
TB:3|LoRa gateway with 4G backup|24|6,800|163,200
TB:4|Reference calibration kit|2|14,500|29,000
TB:5|ColdWatch monitoring software, perpetual site licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||829,480
TB:6|Installation and commissioning|1|96,000|96,000
TB:7|Calibration and validation (IQ/OQ) documentation|1|42,520|42,520
TB:8|Training|1|18,000|18,000
TB:|Contract Price|||986,000
P:2.2 The Contract Price is fixed and will not be adjusted for exchange-rate changes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all devices are delivered and installed and the Buyer signs the installation record. The installation record confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance under Clause 5.
P:3.4 All payments are made in CNY by bank transfer against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all devices to the warehouses within 50 days and complete installation and commissioning within 80 days after signature.
P:4.2 Installation work in operating cold rooms shall follow the Buyer's safety rules and shall be scheduled so that stored goods are not exposed to temperature excursions.
P:4.4 The Supplier is responsible for export clearance in the United States and shall deliver the devices duty paid to each warehouse, with import clearance handled by its authorised distributor in Shanghai at the Supplier's cost. All devices shall be new, of current production, and carry the radio type approval and other certificates required for their use in China.
P:4.5 Each delivery shall include a packing list, the serial numbers and factory calibration certificates of all sensors, and user and installation manuals in Chinese and English.
P:4.3 If the Supplier fails to meet a date in Clause 4.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:5. Acceptance
P:5.1 Acceptance tests shall be carried out at each warehouse and shall show that: (a) every sensor reports at its configured interval, with no more than one missing reading per sensor per day over 14 consecutive days; (b) each sensor's reading is within plus or minus 0.5 degrees C of the reference instrument at three test points; (c) a simulated excursion raises an SMS and app alarm within 2 minutes and appears in the warehouse management system; and (d) GSP temperature reports can be produced for any period and exported as signed PDF files.
P:5.2 After the tests are passed and the validation documents are approved by the Buyer's quality department, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the system or payment does not amount to acceptance.
P:5.3 If a test fails, the Supplier shall correct the fault and repeat the test at its own cost.
P:5.4 The Supplier shall provide the validation protocol for the Buyer's approval at least ten days before the acceptance tests begin.
H:6. Warranty and Support
P:6.1 The devices, the software and the Custom Work are warranted for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty devices, including batteries, and provide software updates and technical support free of charge.
P:6.2 Faults shall be handled as follows:
TB:Severity|Description|Response time|On-site or remote resolution
TB:Severity 1|Monitoring of a whole warehouse or alarm notification is lost|30 minutes|Within 8 hours
TB:Severity 2|Individual sensors or gateways fail, reports unavailable|2 hours|Within 2 working days
TB:Severity 3|Questions and minor defects|1 working day|Next software update
P:6.3 For every hour by which the Supplier exceeds a response or resolution time for a Severity 1 fault, the Buyer may deduct CNY 800 from the warranty retention or any amount payable.
P:6.4 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support at 8% of the Hardware and Licence Subtotal per year (CNY 66,358.40), fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and replacement sensors available for at least seven years after Final Acceptance.
P:6.6 Sensor batteries shall have a rated life of at least five years at a five-minute reporting interval in a cold room at minus 25 degrees C. Batteries that fail earlier shall be replaced free of charge, also after the warranty period.
H:7. Intellectual Property
P:7.1 The ColdWatch software remains the property of the Supplier. The Buyer receives a perpetual licence to use it at the six warehouses and at any warehouse the Buyer adds later, with no additional licence fee for up to 200 further sensors.
P:7.2 The Custom Work, including the interface source code, alarm configurations and report templates, belongs to the Buyer. The Buyer may use, modify and license it freely.
H:8. Data
P:8.1 All monitoring data, alarm records and reports belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, whether or not anonymised.
P:8.2 The monitoring system shall run on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN with written approval for each session, and shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Buyer's data that it becomes aware of, assist in remediation, and be liable for losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer lists, storage layouts and quality records, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after this Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.3 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
P:12.2 Either party may terminate this Contract if the other party becomes insolvent. Termination does not affect rights and obligations accrued before termination, or Clauses 8, 9 and 10.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing. The award is final.
H:14. Miscellaneous
P:14.1 This Contract is made in English and Chinese, both versions being equally authentic. It enters into force on signature by both parties.
P:14.2 Notices shall be in writing and delivered to the addresses above, by courier or by e-mail with confirmation of receipt. Amendments to this Contract are valid only if made in writing and signed by both parties.
P:Annex 1: Warehouse list and sensor layout. Annex 2: Acceptance test protocol.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. BCM-NB-2026-009

**Between:** Bluff Country Managed IT, LLC, 120 West Blackhawk Avenue, Prairie du Chien, Wisconsin 53821, USA ("Provider")

**And:** Ningbo Haishu Kitchenware Group Co., Ltd., Haishu District, Ningbo, Zhejiang Province, PRC ("Customer")

Customer has about 1,150 employees at its head office, three factories and ten sales offices in China. Customer wishes to outsource its service desk, end-user device management and on-site support to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the takeover of the services from Customer's internal IT team and its current contractor, ending on the Transition Completion Date.

1.5 "Customer Data" means all data of Customer, its employees and customers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Service Period starts on the Transition Completion Date and lasts 36 months.

2.2 The Agreement expires at the end of the Service Period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall complete the Transition within 70 days after signature, in accordance with the transition plan agreed in the first two weeks after signature.

3.2 Transition is complete when Customer confirms in writing that: (a) all 1,150 endpoints are enrolled in Provider's management tools and report their patch and antivirus status; (b) the service desk has handled all calls for 10 consecutive working days with no call abandoned for more than 5 minutes; (c) all open tickets, asset records and knowledge articles have been migrated and checked against Customer's lists; and (d) the on-site engineers are in place at each site. Customer shall confirm or state its reasons for refusal within 5 working days after Provider's notice.

3.3 If the Transition Completion Date falls after the date required by Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer, as liquidated damages, 0.03% of the Total Contract Value for each day of delay.

3.4 During Transition Customer shall make its current contractor's handover documents available to Provider and give Provider's staff access to its sites during working hours.

## 4. Service Delivery

4.1 Provider shall deliver the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall report its performance against the Service Levels monthly, within 5 working days after the end of each month, and attend a monthly service review with Customer's IT manager.

4.3 Where a Service Level is missed, Provider shall credit Customer the service credit set out in Schedule 2. Service credits are deducted from the next invoice.

4.4 Provider shall use qualified personnel. On-site engineers must hold a relevant vendor certification and must be able to work in Chinese.

4.5 Provider shall appoint a named service delivery manager based in China, who shall be Customer's main contact and shall not be replaced without reasonable prior notice to Customer, except in case of resignation or illness.

4.6 Provider shall keep the service desk scripts, knowledge articles and asset register up to date and shall give Customer read access to its ticketing tool and reports at all times.

4.7 Provider shall propose at least two service improvement initiatives each quarter and implement those that Customer approves.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Total Contract Value is CNY 3,240,000, including value-added tax.

5.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid invoice.

5.3 The one-time transition charge is invoiced after the Transition Completion Date and payable within 30 days.

5.4 Charges are fixed for the Service Period. Endpoints added or removed beyond the band in Schedule 3 are charged or credited at the unit rate shown there.

5.5 If Customer asks for a new service or a material change in scope, Provider shall submit a written change proposal with its effect on the Charges and the Service Levels within ten working days. No change takes effect until both parties have signed it.

5.6 Provider shall issue valid VAT invoices in CNY.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Agreement Provider shall return all Customer Data in its possession to Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement.

7.2 Provider shall ensure that its personnel are bound by written confidentiality undertakings. This Clause 7 survives for five years after the Agreement ends.

7.3 Confidential information does not include information that is public or that the receiving party already knew lawfully.

## 8. Intellectual Property

8.1 Provider's tools and methods remain Provider's property.

8.2 Scripts, device configurations, knowledge articles, reports and documentation created by Provider specifically for Customer belong to Customer, which may use, modify and let third parties use them without restriction, including a successor provider.

8.3 Provider shall hand over all such materials, in editable form, at the end of the Agreement.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except for personal injury and wilful misconduct, which are not limited.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred to Customer or a successor provider without interruption.

11.4 If Customer terminates under Clause 11.1, Provider shall refund any Charges paid for the period after termination and shall not charge for exit assistance.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject.

13.3 Notices must be in writing and are effective when delivered by hand or courier, or by e-mail with confirmation of receipt.

13.4 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

13.5 If any provision of this Agreement is held invalid, the other provisions remain in force.

13.6 This Agreement is made in English; a Chinese translation may be prepared for reference only.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support in Chinese and English; ticket logging, first-line fixes, escalation | 07:00–22:00 Monday to Saturday |
| Endpoint management | Patching, antivirus, software distribution and inventory for about 1,150 laptops and desktops | Continuous |
| On-site support | One engineer at the head office and one at each factory; sales offices visited on request | Working days |
| Device lifecycle | Imaging, deployment, moves, returns and disposal coordination for new and retired devices | Working days |
| Reporting | Monthly service report and quarterly improvement plan | Monthly / quarterly |
| Joiners and leavers | Set-up of devices for new employees and collection of devices from leavers | Working days |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit per miss |
|---|---|---|---|---|
| P1 | A site cannot work, or a senior manager's device is unusable | 15 minutes | 6 hours | CNY 2,000 |
| P2 | Several users affected, or a business application fails for one user | 1 hour | 1 working day | CNY 500 |
| P3 | One user affected, a workaround exists | 2 hours | 3 working days | CNY 100 |
| Patch compliance | Critical patches installed on enrolled endpoints | — | Within 14 days of release | CNY 3,000 per month missed |

Service credits in any month are capped at 10% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge (band 1,050–1,250 endpoints) | 86,500 per month × 36 months | 3,114,000 |
| Transition (one-time) | Fixed | 126,000 |
| Total Contract Value | | 3,240,000 |
| Endpoints outside the band | per endpoint per month | 70 |
| Exit assistance beyond the monthly charge | per engineer day | 2,200 |

**For Provider:** ____________________ **For Customer:** ____________________
"""

E05 = """WEATHER AND CROP DATA API SUBSCRIPTION AGREEMENT

Agreement No. LDS-2026-CN-031

PARTIES

Lemonweir Data Services, Inc., 301 State Road 82 East, Mauston, Wisconsin 53948, USA ("Lemonweir").

Heilongjiang Songnen Grainlink Trading Co., Ltd., Nangang District, Harbin, Heilongjiang Province, PRC ("Subscriber").

BACKGROUND

Subscriber buys and stores maize, soybean and rice from growers in north-east China and needs field-level weather, soil moisture and crop condition data to plan purchasing and storage. Lemonweir provides such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Lemonweir's Field Intelligence application programming interface and the documentation published for it.

1.2 "Licensed Data" means the weather observations, forecasts, satellite vegetation indices, soil moisture estimates and crop condition scores delivered through the API or as bulk files.

1.3 "Subscriber Data" means the field boundaries, grower lists, storage locations and other data that Subscriber uploads to the API, and Subscriber's query logs.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Activation Date.

1.5 "Activation Date" means the date on which Subscriber confirms in writing that the Integration Acceptance tests in Clause 4 are passed.

1.6 "Business day" means a day other than Saturday, Sunday or a public holiday in mainland China.

2. SUBSCRIPTION

2.1 Lemonweir grants Subscriber a non-exclusive, non-transferable licence during the two Subscription Years to access the API, to use the Licensed Data for the internal business of Subscriber and its subsidiaries, and to display derived charts and maps to its employees.

2.2 Subscriber may call the API up to 3,000,000 times per Subscription Year for an area of up to 2,400,000 hectares. Calls beyond that volume are charged under Clause 3.4.

2.3 Subscriber shall not resell the Licensed Data, publish it in raw form, or use it to build a competing data product.

2.4 Licensed Data downloaded during the subscription may be kept and used internally after the subscription ends, but no updates will be provided.

2.5 Lemonweir may change its data sources or models, provided that the coverage and quality of the Licensed Data are not materially reduced. It shall give Subscriber at least 30 days' notice of any change to the API that requires changes to Subscriber's integration.

3. FEES AND PAYMENT

3.1 The fees are:

Subscription fee, first Subscription Year: CNY 318,000
Subscription fee, second Subscription Year: CNY 318,000
Historical data package (ten years of back data for the licensed area), one-time: CNY 72,000
Integration support (one-time, 20 engineer days): CNY 24,000
Total price: CNY 732,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.

3.3 The historical data package and the integration support are invoiced after the Activation Date and payable within 30 days. No amount is payable before the Activation Date.

3.4 Additional API calls are charged at CNY 60 per 1,000 calls, invoiced quarterly in arrears. The fee for the second Subscription Year is the same as for the first.

3.5 All fees include value-added tax. Lemonweir shall issue valid VAT invoices through its agent in China.

3.6 The fees are fixed for both Subscription Years and will not be adjusted for exchange-rate changes.

4. DELIVERY AND INTEGRATION ACCEPTANCE

4.1 Lemonweir shall provide API credentials, the historical data package and the agreed integration support within 40 days after signature.

4.2 Integration Acceptance is passed when: (a) the API returns data for every field boundary uploaded by Subscriber; (b) the historical data package covers the full licensed area for the ten agreed years, with no missing month; (c) forecast and observation values for 30 sample fields match Lemonweir's reference files; and (d) Subscriber's purchasing system has received daily updates for ten consecutive days without error.

4.3 If Lemonweir fails to deliver the historical data package or the integration support by the date in Clause 4.1 for reasons attributable to it, Lemonweir shall pay Subscriber CNY 500 for each day of delay. Subscriber may deduct this amount from any invoice.

4.4 Mere delivery of credentials or files, or use of the API by Subscriber before the Activation Date, is not acceptance.

4.5 Lemonweir shall correct errors in the Licensed Data reported by Subscriber within five business days and re-deliver the corrected data.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance notified at least three days in advance and performed between 01:00 and 05:00 Beijing time.

5.2 Daily observation and forecast updates shall be available by 06:00 Beijing time.

5.3 Support requests are handled by Lemonweir's support team by e-mail and telephone. Severity 1 (the API is unavailable or returns corrupted data for the licensed area): response within 8 hours. Severity 2 (partial loss of data or delayed updates): response within 1 business day. Severity 3 (questions): response within 3 business days.

5.4 If monthly availability falls below the level in Clause 5.1, Subscriber receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below that level, up to 50% of that monthly equivalent. If daily updates are late on more than three days in a month, Subscriber receives a further credit of 3% of that monthly equivalent. Credits are set off against the next invoice or refunded at the end of the term.

5.5 Lemonweir shall publish a status page showing current API availability and incidents, and send Subscriber a monthly availability report.

6. SUBSCRIBER DATA AND SECURITY

6.1 Subscriber Data belongs to Subscriber. Lemonweir shall use Subscriber Data only to provide the API and the support services to Subscriber and shall not use it for any other purpose or disclose it to others.

6.2 Lemonweir shall host Subscriber Data and serve the API to Subscriber from servers located in mainland China, encrypt Subscriber Data in transit and at rest, restrict access to named engineers with multi-factor authentication, and keep access logs for one year.

6.3 Lemonweir shall notify Subscriber within 24 hours after becoming aware of any unauthorised access to or loss of Subscriber Data, take all reasonable steps to contain the incident, and indemnify Subscriber for losses arising from its breach of this Clause 6.

6.4 At the end of the Agreement Lemonweir shall return Subscriber Data in a standard file format and delete all copies within 30 days, confirming the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The API, the Licensed Data and Lemonweir's models remain the property of Lemonweir and its data suppliers.

7.2 Integration code, data mappings and dashboards written by Lemonweir for Subscriber under the integration support belong to Subscriber. Subscriber may use, modify and allow third parties to use them freely.

8. WARRANTIES

8.1 Lemonweir warrants that it has the rights needed to license the Licensed Data, and that the Licensed Data is produced with the methods described in the API documentation.

8.2 Weather forecasts and crop estimates are by nature uncertain. Lemonweir does not warrant any particular forecast accuracy, and Subscriber is responsible for its own purchasing decisions.

8.3 Lemonweir shall deliver the Licensed Data and bulk files free of malicious code.

9. LIABILITY

9.1 Neither party is liable to the other for indirect or consequential loss or loss of profit, except for a breach of Clause 6.

9.2 Lemonweir's total liability under this Agreement shall not exceed 200% of the total price in Clause 3.1.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Lemonweir shall not subcontract the hosting of Subscriber Data or the integration support without Subscriber's prior written consent. Lemonweir remains liable for any approved subcontractor.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Subscriber terminates for Lemonweir's breach, Lemonweir shall refund the subscription fee paid for the rest of the current Subscription Year.

11.3 Clauses 6, 7 and 9 survive termination.

11.4 On expiry or termination, Subscriber's access credentials are deactivated, and Lemonweir shall issue its final invoice or credit note within 30 days.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above, with a copy by e-mail.

13.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

13.3 This Agreement is made in English in two originals.

13.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, government action or failures of public networks, provided it notifies the other party promptly and resumes performance as soon as possible.

SIGNATURES

For Lemonweir Data Services, Inc.: ____________________

For Heilongjiang Songnen Grainlink Trading Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------- files and labels
NAMES = {
    "h1020z01": ("h1020z01_county_civil_affairs_relief_approval_platform", "pdf", "zh", Z01),
    "h1020z02": ("h1020z02_egg_cooker_factory_line_control_retrofit", "docx", "zh", Z02),
    "h1020z03": ("h1020z03_sandplay_chain_booking_membership_saas", "txt", "zh", Z03),
    "h1020z04": ("h1020z04_urban_management_construction_waste_monitoring_om", "txt", "zh", Z04),
    "h1020z05": ("h1020z05_tin_toy_studio_process_tracking_supplier_template", "md", "zh", Z05),
    "h1020e01": ("h1020e01_metrology_spc_perpetual_licence_wisconsin_vendor", "pdf", "en", E01),
    "h1020e02": ("h1020e02_field_service_saas_order_form_minnesota_vendor", "md", "en", E02),
    "h1020e03": ("h1020e03_cold_store_sensors_monitoring_licence", "docx", "en", E03),
    "h1020e04": ("h1020e04_managed_end_user_services_36_months", "md", "en", E04),
    "h1020e05": ("h1020e05_weather_crop_data_api_two_years", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


G, S = "goods_or_licence", "service"
# key: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract_value), design rules,
#      TCO facts (fee base, annual post-warranty fee) or None, price items, payment shares (%) or None
DESIGN = {
    "h1020z01": ("software",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                   "PRC", G),
                 (True, True, True, False, 1080000), [],
                 (486000, 43740), [486000, 392000, 138000, 64000], [20, 45, 35]),
    "h1020z02": ("hardware",
                 T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False, True, False,
                   "PRC", G),
                 (True, True, True, False, 1290000),
                 ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                 (1120000, 246400), [468000, 234000, 98400, 75600, 186000, 58000, 152000, 18000], [20, 55, 25]),
    "h1020z03": ("cloud",
                 T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                   False, "PRC", S),
                 (True, True, None, False, 428000), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
                 None, [144000 * 2, 36000 * 2, 68000], None),
    "h1020z04": ("services",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False,
                   True, None, S),
                 (True, True, None, False, 576000), ["CR-SUBCONTRACT", "CR-TERMINATION"],
                 None, [144000] * 4, None),
    "h1020z05": ("software",
                 T(None, 8, False, "supplier", True, False, True, None, 20, 62, False, False, 3, 10, False, True, None,
                   "PRC", G),
                 (True, False, True, True, 430000),
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                  "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                 (168000, 16800), [168000, 214000, 36000, 12000], [62, 38]),
    "h1020e01": ("software",
                 T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                   "Wisconsin", G),
                 (True, True, True, False, 1560000), ["CR-GOVERNING-LAW"],
                 (1120000, 123200), [1120000, 380000, 60000], [20, 45, 35]),
    "h1020e02": ("cloud",
                 T(None, None, False, "buyer", True, True, True, 900 / 910000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S),
                 (False, True, None, False, 910000), ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
                 None, [264000 * 2, 162000 * 2, 58000], None),
    "h1020e03": ("hardware",
                 T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
                   "PRC", G),
                 (True, True, True, False, 986000), [],
                 (829480, 66358.4), [332800, 36480, 163200, 29000, 268000, 96000, 42520, 18000], [10, 55, 35]),
    "h1020e04": ("services",
                 T(None, 0.25, True, "buyer", False, True, True, 0.03, 150, None, True, None, None, None, False, True,
                   False, "PRC", S),
                 (True, True, None, False, 3240000), ["CR-DATA-SECURITY", "CR-LD-LOW"],
                 None, [86500 * 36, 126000], None),
    "h1020e05": ("cloud",
                 T(99.95, 8, True, "buyer", True, True, False, 500 / 732000 * 100, 200, None, True, None, None, None,
                   False, True, False, "PRC", S),
                 (True, True, None, False, 732000), ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
                 None, [318000, 318000, 72000, 24000], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(cv, war, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal (the annual fee in DESIGN is that base x the fee %)."""
    if tco is None or war is None:
        return None
    years = max(0.0, 5 - war / 12)
    fees = years * tco[1]
    return fees / (cv + fees) * 100


def derive(t, x, tco):
    """My reading of policy §3 applied to a label."""
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(x["contract_value"], t["warranty_months"], tco)
        if share is not None and share > 40:
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


def label(key):
    stem, ext, lang, _ = NAMES[key]
    cat, t, (sla, lds, capped, deemed, cv), rules, tco, items, pay = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_NUM = "一二三四五六七八九十百零两"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                               # availability 99.9
    r"(?<![\d.])4\s*(?:\(\s*four\s*\)\s*)?(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?|h\b)",
    r"four\s*(?:\(\s*4\s*\)\s*)?(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?)",
    r"(?<![\d.])4\s*个?\s*(?:工作)?\s*小\s*时", r"(?<![" + CN_NUM + r"])四\s*个?\s*(?:工作)?\s*小\s*时",
    r"(?<![\d.])0\.050*(?!\d)", r"万\s*分\s*之\s*五(?![十百])", r"千\s*分\s*之\s*零\s*点\s*五", r"0\.5\s*‰",  # LD 0.05
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*(?:一\s*)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",  # cap
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*\)?\s*(?:calendar\s*)?months?", r"twelve\s*(?:\(\s*12\s*\)\s*)?(?:calendar\s*)?months?",
    r"(?<![\d.])12\s*个\s*(?:自然)?\s*月", r"(?<![" + CN_NUM + r"])十\s*二\s*个\s*(?:自然)?\s*月",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["within 4 hours", "4 business hours", "4小时内响应", "四小时", "4个小时", "four (4) hours", "99.9%",
            "99.9 %", "30%", "30 %", "百分之三十", "30 per cent", "12 months", "twelve (12) months", "十二个月",
            "12个月", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百", "0.05%", "万分之五", "within four hours",
            "0.050 %", "15.0%"]
MUST_MISS = ["24 hours", "二十四小时", "99.95%", "99.5%", "130%", "2.30%", "0.055%", "万分之五十", "24个月", "18 months",
             "112 months", "1.5%", "115%", "3.15%", "万分之三", "140%", "4G backup", "Section 4 has", "0.5 hours",
             "百分之四十五", "36 months", "14 hours"]


def self_test():
    for s_ in MUST_HIT:
        assert THRESHOLD_RE.search(s_), "must hit: " + s_
    for s_ in MUST_MISS:
        assert not THRESHOLD_RE.search(s_), "must miss: " + s_


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_values(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    _, _, _, _, tco, items, pay = DESIGN[key]
    share = tco_share(x["contract_value"], t["warranty_months"], tco)
    if share is not None:
        assert abs(share - 40) > 2, (key, "TCO share near threshold", share)
        assert abs(tco[1] - tco[0] * t["post_warranty_fee_pct"] / 100) < 0.01, (key, "post-warranty fee")
    assert sum(items) == x["contract_value"], (key, "price items", sum(items))
    if pay:
        assert sum(pay) == 100 and 30 not in pay and 40 not in pay and 15 not in pay and 100 not in pay, (key, pay)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources = {k: v[3] for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0] + "." + v[1], v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, src) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered, problems = set(), []
    for k, (stem, ext, lang, src) in NAMES.items():
        lab = label(k)
        share = check_values(k, lab)
        derived = derive(lab["expected_terms"], lab["expected_extra"], DESIGN[k][4])
        if derived != sorted(DESIGN[k][3]):
            problems.append("%s: derived %s != design %s" % (k, derived, sorted(DESIGN[k][3])))
        covered |= set(derived)
        text = read_back(OUT / lab["file"])
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d not in %d-%d" % (k, n, lo, hi))
        hits = threshold_hits(text)
        if hits:
            problems.append("%s: threshold figures %s" % (k, sorted(set(hits))))
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-4s len %5d  risk %-6s tco %s  %s" % (k, ext, n, risk(derived),
                                                          "-" if share is None else "%.2f" % share,
                                                          ", ".join(r[3:] for r in derived) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    for p_ in problems:
        print("PROBLEM", p_)
    assert not problems, "%d problem(s)" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
