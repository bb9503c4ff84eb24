"""holdout1082: builds the ten blind held-out draft contracts of this folder from the sources below, writes their
.json labels and asserts the checks of the brief (lengths, thresholds, rules against the design list, coverage).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H1082Z01 = """T:物流园区综合管理平台采购合同
P:合同编号：SWJ-ZFCG-2027-031　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：江苏运链通信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就物流园区综合管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“园链”物流园区管理平台软件V5.2的永久使用许可（不限用户数，部署于市政务云），并完成园区企业备案、车辆进出场预约、仓储资源监测、统计分析驾驶舱及与省商务厅运行监测系统的接口定制开发。
P:1.2 乙方负责部署实施、历史数据导入、联调测试、用户培训及质保期内的维护服务，具体需求以招标文件技术规范及双方确认的需求规格说明书为准。
P:1.3 项目实施地点为甲方指定的市政务云机房及市商务局办公场所，项目完成期限为合同签订之日起150日内完成初验。
P:1.4 乙方应配置不少于6名项目实施人员，其中驻场人员不少于3名，驻场期间遵守甲方办公管理制度。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），为含税固定总价，包括软件许可、定制开发、实施、培训、质保期维护及乙方履约所需的一切费用。
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（V5.2）|860,000
TB:2|接口与功能定制开发|624,000
TB:3|部署实施及数据导入|118,000
TB:4|用户培训|38,000
TB:合计||1,640,000
P:2.2 合同履行期间，甲方不因市场价格变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币328,000元。
P:3.2 项目初验合格后，甲方支付合同总价的45%，即人民币738,000元。
P:3.3 项目最终验收合格并由甲方出具最终验收报告后，甲方支付合同总价的35%，即人民币574,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后10日内提交实施方案，经甲方确认后执行。实施方案应包括人员安排、进度计划、数据导入方案和风险应对措施。
P:4.2 乙方项目经理及核心开发人员须与投标文件一致，未经甲方书面同意不得更换。
P:4.3 乙方应每两周向甲方提交项目进展报告，并参加甲方组织的项目例会。
P:4.4 乙方应为甲方及园区运营单位提供不少于3期操作培训和1期系统管理员培训，培训教材及课件随系统交付，培训效果以受训人员能够独立完成日常操作为准。
P:4.5 历史数据导入前，乙方应制定数据清洗规则并经甲方确认；导入完成后，乙方应提交数据比对报告。
H:第五条 验收
P:5.1 初验：系统部署完成并经乙方自测合格后，甲方组织初验。初验标准为：需求规格说明书所列功能全部实现；接口与省商务厅系统数据比对一致；在300个并发用户下页面平均响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 试运行：初验合格后进入为期60日的试运行期。试运行期间系统不得出现一级故障，二级故障累计不超过3次。
P:5.3 最终验收：试运行期满后，乙方提交全部技术文档、源代码及操作手册，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.4 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护除外，计划内维护应提前3个工作日告知甲方并安排在非工作时间）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）乙方须在30分钟内响应、2小时内到场；二级故障（部分功能不可用）须在1小时内响应、8小时内修复；三级故障在2个工作日内解决。
P:6.3 乙方未按时响应的，每超时1小时向甲方支付人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减当期维护考核金额人民币2,000元，甲方可从应付款中直接扣除。
H:第七条 质保及质保期后维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过人民币68,800元），该标准在质保期满后三年内保持不变。维护合同按年度签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、功能模块、驾驶舱及相关源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及再开发。
P:8.2 平台标准产品的知识产权仍属乙方，甲方依本合同享有永久使用许可。乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业备案信息、车辆及仓储数据等全部业务数据属于甲方所有，乙方仅为履行本合同之目的处理，不得用于任何其他用途，不得留存、复制或向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，运维操作须通过甲方堡垒机进行并留存审计日志，敏感数据加密存储。
P:9.3 发生数据安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、丢失或损毁的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约过程中知悉的甲方工作秘密、业务资料及技术信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过60日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让、分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在10日内移交已完成的成果、源代码、文档及甲方数据，并配合甲方完成系统迁移。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.2 乙方应在合同签订前提交履约保证金人民币82,000元，最终验收合格后无息退还。
P:15.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市商务局　　　　乙方（盖章）：江苏运链通信息技术有限公司
P:签订日期：2027年3月　日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
H1082Z02 = """T:生产线控制系统改造项目合同
P:合同编号：QCJ-JG-2027-008
P:甲方：浙江利刃电动切菜机制造有限公司
P:乙方：杭州智控自动化工程有限公司
P:甲方拟对其总装一线、总装二线及电机装配线的控制系统进行改造升级。乙方根据甲方的改造需求提供设备、软件及相关服务。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的改造，包括更换PLC控制柜及伺服驱动系统、加装工位传感器及扫码装置、部署产线监控（SCADA）及生产执行管理软件，并完成与甲方ERP系统的工单和物料接口。
P:1.2 乙方负责编写并调试各工位PLC程序、开发产线看板和质量追溯报表，完成设备安装、接线、联调、试生产及操作人员培训。
P:1.3 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不超过10个自然日，全部改造应于合同签订后120日内完成并具备验收条件。
P:1.4 乙方应在合同签订后15日内完成现场勘察，提交改造方案、停线计划及电气图纸，经甲方书面确认后实施。改造方案应包括旧设备拆除方案、临时生产保障措施及回退方案。
P:1.5 乙方应对甲方设备操作人员、电气维修人员分批开展培训，培训合计不少于6个工作日，培训后受训人员应能独立完成日常操作、参数调整及常见故障处理。
H:第二条 合同价格
P:2.1 本合同总价为人民币1,490,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU及IO模块）|9套|486,000
TB:2|伺服电机及驱动器|64套|312,000
TB:3|工位传感器及扫码装置|1批|98,000
TB:4|SCADA及生产执行管理软件许可|1套|264,000
TB:|软硬件小计||1,160,000
TB:5|PLC编程、看板及接口定制开发|1项|186,000
TB:6|拆除、安装及改造施工|1项|124,000
TB:7|操作及维护培训|1项|20,000
TB:|合计||1,490,000
P:2.2 上述价格包括设备运输、保险、安装、调试、培训及质保期服务费用，除本合同另有约定外甲方无需另行支付任何费用。
P:2.3 设备应为原厂全新正品，乙方应提供原厂合格证、检测报告及进口设备报关单据。
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的20%作为预付款，计人民币298,000元。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，计人民币521,500元。到货签收仅为数量确认，不代表质量验收。
P:3.3 三条生产线全部改造完成并经甲方最终验收合格后，甲方支付合同总价的35%，计人民币521,500元。
P:3.4 剩余10%（计人民币149,000元）作为质量保证金，质保期满且乙方无未履行的质保义务后15日内无息支付。
P:3.5 乙方收款前应开具相应金额的增值税专用发票，甲方收到发票后付款。
H:第四条 验收
P:4.1 单线验收：每条生产线改造完成后连续试生产72小时，设备无停机性故障，节拍达到改造目标（总装线每分钟不低于18台），扫码追溯数据无缺失，由双方签署单线验收记录。
P:4.2 最终验收：三条线单线验收合格且连续稳定运行30日后，乙方提交竣工图纸、PLC程序备份、软件安装介质及操作手册，甲方组织最终验收，验收标准为合同技术附件所列全部指标。
P:4.3 设备安装、试生产或甲方投入使用，均不视为最终验收合格。验收不合格的，乙方应在10日内整改，整改后重新验收。
P:4.4 验收所需的测试工装及仪表由乙方自备，甲方提供试生产所需的原材料及操作人员。
H:第五条 质保与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起算。质保期内，乙方免费更换损坏的设备及部件，免费修复软件缺陷。
P:5.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的18%，即每年人民币208,800元，自质保期满起三年内不作调整。维保内容包括备件更换、软件升级、季度巡检及故障处理。
P:5.3 维保期内乙方应保证常用备件库存，备件清单作为附件；甲方要求时，乙方应在48小时内提供备件。
P:5.4 乙方每季度对控制系统进行一次巡检并提交巡检报告，内容包括设备运行状态、程序备份及安全隐患。
H:第六条 故障响应
P:6.1 质保期及维保期内，影响整线停产的一级故障，乙方应在2小时内响应，6小时内到达甲方现场；影响单个工位的二级故障，应在8小时内响应，次日内处理完毕。
P:6.2 乙方未在约定时间内响应或到场的，每超时1小时向甲方支付人民币800元；同一故障导致停线超过24小时的，乙方另行赔偿甲方因此产生的直接停产损失。
P:6.3 乙方应提供7×24小时服务热线，并指定一名常驻杭州的工程师作为甲方的服务联系人。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、看板程序、接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 SCADA及生产执行管理软件的标准产品知识产权归其权利人，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数、质量追溯数据及订单数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN及堡垒机接入，工控网络与办公网络之间须设置隔离措施。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或维保结束后，乙方应删除其持有的甲方数据及远程接入账号，并出具书面确认。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术秘密、工艺资料及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内仍然有效。
H:第十条 违约责任
P:10.1 乙方未能按第一条约定期限完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方所供设备或软件不符合合同约定的，应负责更换或整改；给甲方造成停产损失的，应予赔偿。
P:10.3 甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气拆除、桥架敷设及接线等辅助施工交由具有相应资质的施工单位完成，但应提前3个工作日书面通知甲方，并对分包部分的质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约或逾期超过45日的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 甲方连续逾期付款超过60日的，乙方有权解除合同。
P:12.3 合同解除后，乙方应配合甲方恢复生产线正常运行，并移交已完成部分的程序及资料。
H:第十三条 安全生产
P:13.1 乙方现场施工人员应遵守甲方安全生产管理制度，持证上岗，因乙方原因发生的安全事故由乙方负责。
P:13.2 乙方施工前应办理动火、登高等作业审批，施工区域设置围挡和警示标志，每日完工后清理现场。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 技术附件、设备清单及双方确认的改造方案为本合同附件，与本合同具有同等法律效力。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H1082Z03 = """门店预约及会员管理系统服务合同

合同编号：JZ-IT-2027-014
甲方：上海极速竞界电竞培训有限公司
乙方：成都云约科技有限公司

甲方在上海、杭州、苏州等地经营35家电竞培训门店，拟采用乙方的门店预约及会员管理SaaS服务，并委托乙方完成实施和历史数据迁移。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供课程及机位预约、会员管理、储值及课时卡管理、教练排班、门店经营报表和会员小程序等功能（以下简称“本服务”）。
2. 本服务按门店数量计费，甲方新增门店的，按本合同单价另行增加订阅，不影响本合同其他条款。
3. 服务期为两个服务年度，第一服务年度自系统上线验收合格之日起算，第二服务年度紧随其后。
4. 本服务包含不超过500GB的数据存储空间及每月20万条短信通知，超出部分按乙方报价另行计费。
（二）实施服务
1. 乙方负责系统开通、门店及课程参数配置、会员等级及权益规则配置、与甲方财务系统及支付通道的对接。
2. 乙方负责将甲方原会员系统中的会员档案、储值余额、剩余课时及消费记录迁移至本服务，迁移前双方共同确认字段映射规则。
3. 乙方应为甲方门店店长、前台及教练提供线上及现场培训，每家门店不少于一次。
4. 实施周期为合同签订后45日，乙方应按双方确认的实施计划分三批完成35家门店上线。
5. 实施期间乙方应派驻不少于2名实施顾问在甲方上海总部工作，并按周提交实施进度报告。

二、服务费用
（一）费用明细
1. 订阅服务费：每家门店每服务年度人民币9,600元，35家门店每服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
2. 实施服务费：人民币86,000元，一次性支付。
3. 数据迁移费：人民币22,000元，一次性支付。
4. 合同总价：人民币780,000元（含6%增值税）。
（二）支付方式
1. 实施服务费及数据迁移费共计人民币108,000元，在系统上线验收合格后15日内支付。
2. 第一服务年度订阅服务费在上线验收合格后15日内支付；第二服务年度订阅服务费在第二服务年度开始后15日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（三）服务期内订阅单价固定不变；甲方减少门店的，已支付费用不予退还，下一服务年度按实际门店数计费。

三、上线验收
（一）全部门店完成上线后，甲方按以下标准进行验收：需求确认书所列功能全部可用；迁移后的会员数、储值余额及剩余课时与原系统逐条核对无差异；预约、核销、退款等主要流程在门店实测通过；小程序在高峰时段（每晚19点至22点）页面响应时间不超过2秒。
（二）甲方应在收到验收申请后7个工作日内完成验收并出具书面意见。验收不合格的，乙方应在7日内整改并重新提交验收。
（三）门店开始使用本服务或甲方支付任何款项，均不视为验收合格。
（四）验收通过后，双方签署上线验收确认书，作为第一服务年度起算及支付费用的依据。

四、服务水平
（一）本服务月度可用率不低于99.5%，计划内维护应安排在凌晨2点至6点之间并提前48小时通知甲方。
（二）故障分级：一级故障指全部或多家门店无法预约、核销或收款；二级故障指单个门店或部分功能无法使用；三级故障指不影响营业的一般问题。
（三）乙方对一级故障应在1小时内响应、3小时内恢复；二级故障应在2小时内响应、当日内解决；三级故障在3个工作日内解决。
（四）月度可用率低于承诺值的，每低0.5个百分点，乙方按当月订阅服务费的5%向甲方提供服务抵扣；一级故障响应超时的，每超时1小时抵扣当月订阅服务费的2%。抵扣在下一期费用中扣减。
（五）乙方应为甲方指定专属客户成功经理，提供每日9点至24点的在线客服，并每月向甲方提交服务报告，内容包括可用率、故障处理情况及功能更新说明。
（六）乙方对本服务进行版本升级的，应提前7日通知甲方；升级不得降低本合同约定的功能和服务水平。

五、数据
（一）甲方会员信息、预约及消费记录等业务数据归甲方所有，甲方可随时通过系统导出。
（二）乙方有权对本服务中产生的会员、预约及消费数据进行脱敏和汇总处理，并将处理后的数据用于乙方产品优化、行业分析报告及向其他客户提供的经营对标服务。
（三）乙方应采取加密传输、加密存储、访问控制和操作日志审计等措施保障数据安全，会员手机号、身份证号等个人信息应脱敏展示。乙方应每日备份数据，备份保留不少于30日。
（四）发生数据泄露、丢失或篡改等安全事件的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任，并配合甲方履行个人信息保护相关的告知和报告义务。
（五）服务终止后30日内，乙方应协助甲方完整导出全部业务数据，并在导出完成后删除其保存的甲方数据。

六、知识产权
（一）本服务平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、财务系统接口及小程序页面的知识产权归甲方所有，乙方应提交相应源代码及说明文档。

七、保密
双方应对在合作中获知的对方商业秘密和经营信息予以保密，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。乙方员工及其外部人员接触甲方信息的，应签署保密承诺。

八、续期
第二服务年度届满前30日内任何一方未书面提出终止的，本合同自动续期一个服务年度，并可依此类推。续期时乙方有权根据市场情况调整订阅服务费单价，调整后的单价以乙方书面通知为准。

九、违约责任
（一）乙方未能按实施计划完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

十、分包
乙方不得将本合同项下实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。经甲方同意的分包，乙方对分包方的行为承担全部责任。

十一、合同解除
（一）乙方严重违约，或一个服务年度内可用率连续三个月低于承诺值的，甲方有权书面通知解除合同，乙方应退还未使用服务期对应的费用。
（二）甲方逾期付款超过60日的，乙方有权暂停服务并书面通知解除合同。
（三）合同解除或期满终止的，乙方应按第五条（五）的约定协助甲方导出数据，并在过渡期内保持服务正常运行不少于30日。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十三、甲方义务
（一）甲方应指定项目负责人，及时确认需求、配置参数和迁移字段映射规则，并组织门店人员参加培训。
（二）甲方应按照乙方提供的操作手册使用本服务，妥善保管管理员账号及密码，因甲方原因导致账号泄露的由甲方自行负责。
（三）甲方应保证其提供给乙方的会员数据来源合法，已按法律规定取得会员的授权或同意。

十四、其他
（一）需求确认书、实施计划及门店清单为本合同附件。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 / （一）)
H1082Z04 = """防汛物资管理系统运维服务合同

项目编号：SWJ-CS-2026-117（竞争性磋商）
采购人（甲方）：某县水务局
供应商（乙方）：江西汇澜信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就防汛物资管理系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方防汛物资管理系统，包括物资台账、仓库管理、出入库调拨、物资储备预警、移动巡查APP、与市防汛指挥平台的数据接口，以及系统所在的两台应用服务器、一台数据库服务器和相关中间件。
（二）乙方提供日常运行监控、故障处理、数据备份与恢复、安全巡检、漏洞修补、小规模功能调整（全年不超过60人日）、用户技术支持和汛期驻场保障。
（三）服务期一年，自2027年1月1日起至2027年12月31日止。其中汛期为每年5月1日至9月30日。
（四）乙方应在合同生效后10日内完成现状调研，提交运维服务方案，方案应包括服务流程、应急预案、汛期保障方案及人员排班表，经甲方确认后执行。

第二条 服务费用
（一）本合同总价为人民币342,000元，为固定总价，包含乙方提供本合同全部服务所需的人员、工具、差旅及税费。明细如下：
1、日常运维服务：186,000元；
2、汛期驻场保障：94,000元；
3、安全巡检及等级保护测评配合：38,000元；
4、数据治理与物资台账核查：24,000元。
（二）服务期内，合同价格不作调整。
（三）甲方在服务期内增加运维对象的，双方参照本合同单价另行协商。
（四）乙方报价已包含汛期应急响应期间增加人员及延长值守的费用，甲方不再另行支付加班费、差旅费或其他费用。

第三条 付款方式
（一）服务费按季度支付，每季度支付人民币85,500元。
（二）每季度结束后，甲方按第六条对乙方进行季度考核，考核合格后15个工作日内支付当季服务费；考核扣减的金额从当季服务费中扣除。
（三）乙方应在每次付款前向甲方开具合规发票。

第四条 服务要求
（一）乙方应安排1名项目经理和2名运维工程师负责本项目，人员名单作为合同附件，更换人员应经甲方同意。
（二）汛期内，乙方应安排1名工程师在甲方防汛值班室驻场，接到防汛应急响应启动通知后，应增派1名工程师并实行24小时值守。
（三）乙方每日检查系统运行状态，每周进行一次全量备份、每日进行增量备份，每月进行一次备份恢复演练，并提交运维月报。
（四）乙方每季度进行一次安全巡检和漏洞扫描，发现高危漏洞应在3个工作日内完成修补；配合甲方完成年度等级保护测评及整改。
（五）乙方应在每年4月底前完成汛前系统检查和物资数据核对，保证物资台账与仓库实物一致。
（六）乙方应建立运维工单制度，所有故障和服务请求均须在甲方运维管理平台登记，记录处理过程和结果。
（七）乙方应在每月5日前提交上月运维月报，内容包括系统运行情况、故障及处理、备份记录、安全巡检结果及改进建议。

第五条 服务水平
（一）服务期内系统月度可用率不低于99.95%，计划内停机应提前2个工作日报甲方同意，汛期原则上不安排计划内停机。
（二）一级故障（系统整体不可用、数据接口中断或物资调拨功能失效）乙方应在30分钟内响应、1小时内到达现场、3小时内恢复；二级故障（部分功能异常）应在1小时内响应、当日内解决；三级故障在3个工作日内解决。
（三）乙方未达到上述服务水平的，一级故障每超时1小时扣减当季服务费2,000元，二级故障每超时1小时扣减500元；月度可用率每低于承诺值0.01个百分点扣减1,000元。
（四）乙方应编制汛期应急预案，并在每年4月与甲方共同开展一次应急演练，演练记录作为季度考核依据。

第六条 考核与验收
（一）季度考核内容包括：服务水平达标情况、运维月报及巡检报告提交情况、备份恢复演练记录、用户满意度。考核结果分为合格与不合格，不合格的，乙方应在10日内整改。
（二）服务期满后，甲方组织年度验收。验收标准为：全年服务水平达标；各季度考核合格；系统数据完整，物资台账与实物核对差异率不超过0.5%；乙方完成运维文档、配置清单、脚本及账号的移交。
（三）甲方出具书面验收意见前，任何付款均不视为年度验收合格。
（四）年度验收合格的，甲方出具年度验收报告，作为乙方履约评价的依据。

第七条 数据安全
（一）系统中的物资台账、仓库信息、调拨记录及其他业务数据归甲方所有，乙方仅为提供本合同服务使用，不得复制、留存或用于其他任何目的。
（二）乙方应严格执行甲方网络安全管理制度，运维操作通过甲方堡垒机进行，不得私自开通远程访问通道；乙方人员使用的账号实行一人一号，服务结束后立即注销。
（三）发生数据丢失、篡改或未经授权访问等数据安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因造成的，由乙方承担全部赔偿责任并负责数据恢复。
（四）乙方应定期检查备份数据的完整性和可用性，服务期满时将全部备份数据移交甲方，并删除其持有的数据副本。

第八条 知识产权
乙方在服务期间形成的运维文档、配置记录、脚本及功能调整所涉程序代码，其知识产权归甲方所有。

第九条 违约责任
（一）乙方未按第四条约定期限完成汛前检查、漏洞修补或功能调整任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员擅自离岗，或在防汛应急响应期间未按要求到岗的，每人每次扣减服务费3,000元。
（三）乙方连续两个季度考核不合格的，甲方有权扣减当季服务费的20%。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。乙方不得以劳务派遣等方式变相分包，驻场及运维人员须与乙方签订劳动合同。

第十一条 合同的变更与解除
（一）合同履行期间，任何一方不得擅自变更或解除本合同。确需变更的，双方应协商一致并签订书面补充协议。
（二）因不可抗力致使本合同无法履行的，双方协商处理。

第十二条 服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务商完成交接，交接内容包括系统账号、配置文档、运维记录、备份数据及未解决问题清单，交接期不少于15日。交接期间乙方应继续保障系统正常运行。交接完成后双方签署交接确认书。

第十三条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公条件和网络接入。
（二）甲方应及时提供系统原有技术资料、账号权限及与市防汛指挥平台对接所需的协调支持。
（三）甲方应指定专人负责与乙方联络，及时确认乙方提交的服务方案和报告。

第十四条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及服务人员名单为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某县水务局                乙方（盖章）：江西汇澜信息技术服务有限公司
签订日期：2026年12月  日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
H1082Z05 = """# 绣迹工序追踪系统软件许可及服务合同

（乙方标准合同文本 XJ-HT-V1.4）

**合同编号**：XJ-2027-0215

**甲方（用户）**：扬州芸香手作文化工作室

**乙方（许可方）**：苏州绣迹软件有限公司

甲方因香囊、绣品生产管理需要，购买乙方“绣迹工序追踪系统”软件使用许可及定制开发服务。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方授予“绣迹工序追踪系统”V3.0标准版的使用许可，许可范围为甲方一个经营场所、不超过40个用户账号，部署于甲方自备服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：绣片裁剪、刺绣、填充香料、封口、质检及包装六道工序的扫码报工；外协绣娘计件结算；香料批次追溯；订单交期看板；与甲方网店后台的订单同步接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方可根据产品规划对标准版进行升级，升级后的功能以乙方发布的版本说明为准。

## 第二条 合同金额

2.1 本合同金额合计人民币贰拾肆万元整（¥240,000），明细如下：

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 绣迹工序追踪系统V3.0标准版软件许可 | 168,000 |
| 2 | 定制开发（工序报工、计件结算、批次追溯、看板、网店接口） | 56,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 240,000 |

2.2 上述金额不含甲方服务器、扫码枪、标签打印机等硬件费用，该等硬件由甲方自行采购。

2.4 乙方向甲方开具增值税普通发票，税率按国家规定执行。

2.3 甲方在合同签订后新增用户账号的，按每个账号人民币2,600元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同金额的65%，即人民币156,000元。乙方收到该款项后开始安排开发。

3.2 系统上线后5个工作日内，甲方支付合同金额的35%，即人民币84,000元。

3.3 甲方应按期付款。甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、部署及维护服务，交付期限相应顺延。

3.4 乙方在收到每笔款项后10个工作日内开具发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后60个工作日内完成系统安装部署。因甲方需求变更、资料提供不及时或硬件环境未就绪导致延期的，交付期限相应顺延。

4.2 系统安装部署完成后，即视为甲方验收合格。甲方如对系统功能有异议，应在安装部署完成后3个工作日内书面提出，逾期未提出的视为无异议。

4.3 甲方需求以双方在开发启动会上确认的功能清单为准，功能清单以外的需求按变更处理，费用另计。

4.4 系统上线后，甲方应按乙方操作手册使用系统，因甲方违规操作导致的问题不属于维护范围。

## 第五条 知识产权

5.1 “绣迹工序追踪系统”及乙方为甲方定制开发的功能模块、接口程序、源代码和相关文档的知识产权均归乙方所有。

5.2 甲方仅在本合同约定的许可范围内享有非独占、不可转让的使用权，不得对系统进行反向工程、修改或二次开发，也不得允许第三方使用。

5.4 甲方违反本条约定的，应按合同金额的两倍向乙方支付违约金。

5.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第六条 维护服务

6.1 自系统安装部署完成之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和软件缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按年度购买，年度维护费为软件许可费的25%，即每年人民币42,000元，于每个维护年度开始前一次性支付。

6.3 维护服务包括：远程技术支持、软件缺陷修复、标准版小版本升级。现场服务按每人每天人民币1,800元另行收费。

6.4 甲方中断购买维护服务后重新购买的，应补缴中断期间的维护费。

## 第七条 技术支持

7.1 乙方技术支持时间为工作日9:00至18:00，节假日不提供服务。

7.2 对于导致系统无法使用的一级故障，乙方在接到甲方报修后8小时内响应；其他故障在2个工作日内响应。

7.4 甲方报修应通过乙方客服系统提交，并详细描述故障现象；乙方响应时间自客服系统登记时起算。

7.3 乙方将尽合理努力解决甲方报修的问题，但不保证系统无中断或无错误运行。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、计件及客户信息等业务数据归甲方所有，乙方仅在提供安装、维护服务时按甲方要求访问，不将其用于其他目的。

8.2 乙方远程维护时应使用甲方分配的账号，采取访问控制和传输加密措施，维护结束后及时退出；乙方人员不得将甲方数据拷贝至乙方设备。

8.3 因乙方过错导致甲方数据泄露或丢失的，乙方应协助恢复并在第十条约定的限额内承担赔偿责任；因甲方自身服务器故障、病毒或操作不当造成的数据损失，由甲方自行负责。

8.4 甲方应自行负责其客户个人信息收集的合法性。

## 第九条 保密

9.1 双方对因本合同获知的对方商业信息、技术资料负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

9.2 乙方为宣传需要，可在其客户名单中使用甲方名称及标识。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任总额不超过合同金额的20%。

10.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同且在收到对方书面通知后15日内未纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方已支付的费用不予退还，但乙方根本违约的除外。

11.3 甲方逾期付款超过30日的，乙方有权解除合同并停止软件许可。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，负责需求确认、资料提供和内部协调。

12.2 甲方应按乙方要求准备服务器、网络、扫码枪及标签打印机等运行环境，并保证运行环境符合乙方提供的配置要求。

12.3 甲方应妥善保管系统管理员账号，定期备份系统数据；因甲方未备份造成的数据损失，由甲方自行承担。

## 第十三条 培训

13.1 乙方在系统部署完成后为甲方提供一次集中培训，培训时长不超过1个工作日，培训对象为甲方管理人员及工序组长，人数不超过10人。

13.2 甲方需要追加培训的，按每次人民币1,500元另行收费。

## 第十四条 不可抗力

14.1 因地震、台风、火灾、疫情、政府行为、网络运营商故障等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

14.2 不可抗力持续超过60日的，双方可协商解除合同。

## 第十五条 通知

15.1 双方往来通知以书面形式发送至本合同首部载明的地址或双方确认的电子邮箱，电子邮件发出即视为送达。

## 第十六条 争议解决

16.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同未尽事宜，双方另行协商签订补充协议。

17.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：扬州芸香手作文化工作室　　　乙方（盖章）：苏州绣迹软件有限公司

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N)
H1082E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SAS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Wujin District of Changzhou, Jiangsu Province (the "Buyer"), and Suck Valley Asset Software Limited, a company incorporated in Ireland with its registered office at Dunlo Street, Ballinasloe, County Galway, Ireland (the "Supplier").
P:The Buyer wishes to acquire a perpetual licence of the Supplier's enterprise asset maintenance software and related implementation services for its two foundry plants, and the Supplier is willing to provide them on the terms set out below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's AssetLine EAM software, version 8, in object code, including the mobile work-order application, the spare-parts inventory module and the condition-monitoring module, together with any updates provided under this Agreement.
P:1.2 "Deliverables" means all configurations, reports, interfaces, data migration scripts, workflows and documents prepared by the Supplier specifically for the Buyer under this Agreement.
P:1.3 "Go-Live" means the date on which the Software is first used in production at both plants after successful completion of the user acceptance tests described in Article 5.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Buyer under Article 5.4.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including asset registers, maintenance histories, inventory records, sensor readings and personal data of the Buyer's employees.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers in China for up to 260 named users and 40 concurrent mobile users, for the internal business purposes of the Buyer and its affiliates.
P:2.2 The Supplier shall provide the implementation services described in Annex 1, including installation, configuration of maintenance strategies for approximately 3,800 assets, migration of six years of work-order history from the Buyer's existing system, interfaces to the Buyer's ERP system and to its plant historian, and training of key users and administrators.
P:2.3 The Supplier shall perform the implementation in accordance with the project plan in Annex 2. Go-Live shall occur no later than 150 days after the Effective Date.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,760,000 (the "Contract Price"), inclusive of all applicable taxes in China, and consists of:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence of the Software (260 named users, 40 mobile users)|1,280,000
TB:2|Implementation services (Annex 1)|420,000
TB:3|Training of key users and administrators|60,000
TB:Total||1,760,000
P:3.2 The Contract Price is fixed and covers all travel, accommodation and living expenses of the Supplier's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 352,000) within 15 days after the Effective Date and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 792,000) within 15 days after Go-Live.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 616,000) within 15 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Supplier's agent in Shanghai designated in writing by the Supplier. Each party bears its own bank charges.
H:Article 5 Testing and Acceptance
P:5.1 The Supplier shall prepare a test plan with test scripts covering every requirement in the agreed functional specification. The Buyer shall approve the test plan before testing starts.
P:5.2 User acceptance testing shall confirm that: (a) every test script passes; (b) migrated work-order history and asset records reconcile with the source system without unexplained differences; (c) the ERP and historian interfaces exchange data correctly for ten consecutive working days; and (d) the main screens open within three seconds with 80 concurrent users.
P:5.3 After Go-Live, the Software shall operate in production for 60 days without any Severity 1 incident and with no more than three Severity 2 incidents.
P:5.4 When the conditions of Articles 5.2 and 5.3 are met and all documentation has been delivered, the Buyer shall issue a Final Acceptance certificate within ten working days or state in writing the reasons for refusal. Installation, use in production or payment shall not by themselves constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Deliverables will conform to the functional specification for a period of eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct all defects and provide updates, remote support and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may purchase annual support. The annual support fee shall be 9% of the licence fee in item 1 of Article 3.1, that is CNY 115,200 per year, and shall not be increased during the first three support years.
P:6.3 Support is renewed by a written order of the Buyer for each year; there is no automatic renewal.
H:Article 7 Service Levels
P:7.1 The Supplier shall operate a support desk with Chinese- and English-speaking staff. Incidents are classified as Severity 1 (the Software is unavailable or maintenance work orders cannot be issued at a plant), Severity 2 (a major function is impaired) and Severity 3 (other issues).
P:7.2 The Supplier shall respond to Severity 1 incidents within one hour at any time and provide a workaround within eight hours; Severity 2 incidents shall be responded to within three business hours and resolved within three business days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or workaround time, the Supplier shall pay the Buyer CNY 1,500, which the Buyer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All intellectual property rights in the Deliverables vest in the Buyer upon creation. The Supplier shall deliver the source code and documentation of the Deliverables and shall not reuse them for other customers.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Software or Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and for no other purpose, and shall not copy it outside the Buyer's systems.
P:9.2 Remote access by the Supplier shall be made only through the Buyer's VPN and bastion host, with individual accounts approved by the Buyer and logged. The Supplier shall comply with the Buyer's information security policies and with the Personal Information Protection Law and Data Security Law of the People's Republic of China, and shall not transfer Buyer Data outside China.
P:9.3 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting Buyer Data, cooperate in the investigation and remediation, and bear full liability for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This Article survives for three years after termination or expiry of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 2.3 for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after receiving notice, or if the delay under Article 11.1 exceeds 60 days.
P:13.2 On termination by the Buyer under Article 13.1 the Supplier shall refund all amounts paid for services not accepted and hand over all Deliverables completed so far.
P:13.3 The Supplier may terminate if the Buyer fails to pay an undisputed amount within 60 days after written notice.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by and construed in accordance with the laws of Ireland.
P:14.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, together with its Annexes, is the entire agreement between the parties. Any amendment must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English and Chinese. Both versions have equal effect.
P:Annex 1: Implementation services and functional specification. Annex 2: Project plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
H1082E02 = """# ORDER FORM AND GENERAL TERMS - SOURCEWELL SUPPLIER PORTAL SUBSCRIPTION

Order Form No. LQ-OF-27-0193

## PART A - ORDER FORM

### A1. Parties

**Supplier:** Loughrea Procurement Cloud Limited, a company registered in Ireland, Bride Street, Loughrea, County Galway, Ireland, acting through its Shanghai representative office for invoicing and local support.

**Customer:** Ningbo Haiyue Home Appliances Co., Ltd., No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between the Supplier and the Customer (the "Agreement"). If this Order Form and Part B conflict, this Order Form prevails.

### A2. Subscribed Service

The Customer subscribes to the Sourcewell supplier portal service (the "Service"), a hosted application for supplier registration and qualification, requests for quotation, online sourcing events, purchase order collaboration, delivery schedule confirmation and supplier performance scorecards. The subscription covers 180 named buyer users, up to 2,500 active supplier accounts and the standard integration connector for the Customer's ERP system. The Service is hosted in a data centre in Shanghai operated by a cloud provider licensed in China.

### A3. Subscription Term

The Subscription Term is twenty-four months, consisting of two Subscription Years. Subscription Year 1 begins on the Service Start Date, which is the day after the Customer signs the Onboarding Acceptance Certificate under Section 5 of Part B. Subscription Year 2 begins on the first anniversary of the Service Start Date. The Agreement ends at the end of Subscription Year 2 and does not renew automatically; any further subscription requires a new Order Form.

### A4. Fees

| Item | Description | Basis | Amount (CNY) |
| --- | --- | --- | --- |
| 1 | Subscription fee, Subscription Year 1 | 180 buyer users, 2,500 supplier accounts | 486,000 |
| 2 | Subscription fee, Subscription Year 2 | same scope, same price | 486,000 |
| 3 | Onboarding services (one-time) | configuration, ERP connector set-up, supplier data load, training | 58,000 |
| | Total Fees | | 1,030,000 |

All amounts include value-added tax at the applicable rate. Additional supplier accounts beyond 2,500 are charged at CNY 45 per account per Subscription Year and are not part of the Total Fees.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Customer signs the Onboarding Acceptance Certificate.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) The Customer pays each correct invoice within 30 days after receipt, in CNY, to the Supplier's designated account in Shanghai.

### A6. Key Dates and Contacts

Target provisioning date of the production tenant: 21 days after signature of this Order Form (the "Provisioning Date"). Target completion of onboarding: 75 days after signature. Supplier account manager: Ms Aoife Madden. Customer project lead: Mr Zhou Ping, Procurement Digitalisation Manager.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for the Customer, its users and its suppliers, including supplier master data, quotations, prices, purchase orders, contracts and personal data of contact persons.

1.2 "Customer Materials" means the configurations, workflow templates, scorecard models, report layouts and ERP mapping tables prepared by the Supplier specifically for the Customer during onboarding.

1.3 "Documentation" means the Supplier's user guides and technical documentation for the Service.

### 2. Provision of the Service

2.1 The Supplier shall make the Service available to the Customer during the Subscription Term in accordance with the Documentation.

2.2 The Supplier will use commercially reasonable efforts to keep the Service available 24 hours a day, seven days a week, except for planned maintenance announced in advance and events outside the Supplier's reasonable control.

2.3 The Supplier provides support through its online ticket system and a Chinese-language telephone line during business hours in China. Support requests are handled in the order received and on a reasonable-efforts basis.

2.4 The Supplier may update the Service from time to time, provided that updates do not materially reduce the functionality described in the Documentation.

### 3. Customer Responsibilities

3.1 The Customer is responsible for the accuracy of Customer Data, for the acts of its users and for obtaining the consents needed to upload personal data of supplier contacts.

3.2 The Customer shall keep user credentials secure and notify the Supplier promptly of any unauthorised use.

3.3 The Customer shall provide the ERP test environment, sample files and key-user time reasonably required for onboarding.

### 4. Onboarding Services

4.1 The Supplier shall provision the production tenant by the Provisioning Date and perform the onboarding services in accordance with the onboarding plan agreed at the kick-off meeting.

4.2 If the production tenant is not provisioned by the Provisioning Date for reasons attributable to the Supplier, the Supplier shall pay the Customer delay damages of 0.1% of the Total Fees for each day of delay, up to a maximum of 8% of the Total Fees.

### 5. Onboarding Acceptance

5.1 On completion of onboarding the Supplier shall demonstrate, in the Customer's production tenant, that: (a) all workflows listed in the onboarding plan run end to end; (b) supplier master data loaded from the Customer's files matches the source files record by record; (c) purchase orders and delivery confirmations pass between the Service and the ERP system without error for five consecutive business days; and (d) all named buyer users have been trained.

5.2 The Customer shall sign the Onboarding Acceptance Certificate within seven business days after a successful demonstration or give written reasons for refusal. Use of the Service before that date does not constitute acceptance.

### 6. Intellectual Property

6.1 The Supplier retains all rights in the Service and the Documentation.

6.2 Customer Materials belong to the Customer. The Customer may use, copy, modify and have third parties use them for its own purposes, including after the end of the Agreement.

### 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Supplier processes Customer Data only to provide the Service and the onboarding services under this Agreement and does not use it for any other purpose.

7.2 The Supplier shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel on a need-to-know basis, keep access logs for at least six months and maintain daily backups.

7.3 The Supplier shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or alteration of Customer Data, take immediate steps to contain it, and bear responsibility for the losses caused by its failure to comply with this Section 7.

7.4 Within 30 days after the end of the Agreement the Supplier shall return Customer Data in a standard format and then delete it from its systems.

### 8. Confidentiality

8.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for the purposes of the Agreement and not disclose it to third parties without prior written consent.

8.2 These obligations continue for three years after the end of the Agreement.

### 9. Sub-processors

9.1 The Supplier shall not engage any subcontractor or sub-processor, other than the cloud hosting provider named in the Documentation, without the Customer's prior written consent.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.2 The Supplier's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 If the Customer terminates under Section 11.1, the Supplier shall refund the prepaid fees for the remaining part of the Subscription Term.

11.3 On termination or expiry the Customer's right to use the Service ends, subject to Section 7.4.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in Section A1 or to the e-mail addresses of the contacts in Section A6.

13.2 Neither party may assign the Agreement without the other party's prior written consent.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

13.4 The Agreement is the entire agreement between the parties on its subject matter and supersedes all prior proposals. Amendments must be in writing and signed by both parties. Pre-printed terms on any purchase order of the Customer do not apply.

Signed for the Supplier: ____________________  Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
H1082E03 = """T:PURCHASE CONTRACT FOR VIBRATION SENSORS AND CONDITION MONITORING SOFTWARE
P:Contract No. XJP-EQ-2027-052
P:Buyer: Hunan Xiangjiang Paper Co., Ltd., Chenglingji Industrial Park, Yueyang, Hunan Province, People's Republic of China (the "Buyer")
P:Supplier: Roscommon Condition Systems Limited, Castle Street, Roscommon, County Roscommon, Ireland (the "Supplier")
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Supplier has reviewed these terms and accepts them without reservation.
H:1. Subject Matter
P:1.1 The Supplier shall supply, install and commission wireless vibration and temperature sensors and gateways on the rotating equipment of the Buyer's paper machines PM3 and PM4, grant a perpetual licence of its condition monitoring software, and provide training, warranty and support services as set out in this Contract.
P:1.2 The Supplier shall configure alarm thresholds, machine templates and dashboards for each monitored asset, and connect the monitoring software to the Buyer's distributed control system and to its maintenance management system (together, the "Custom Work").
P:1.3 The detailed technical requirements are set out in Appendix A (Technical Specification). The list of monitored assets is set out in Appendix B.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,764,000, including value-added tax, packing, transport to the Buyer's site, insurance, import duties and all other costs of the Supplier. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,800|912,000
TB:2|Industrial wireless gateway with mounting kit|24|12,500|300,000
TB:3|Condition monitoring software, perpetual licence, unlimited users|1|386,000|386,000
TB:|Subtotal, hardware and licence|||1,598,000
TB:4|Installation, configuration, Custom Work and commissioning|1|142,000|142,000
TB:5|Training of operators and reliability engineers|1|24,000|24,000
TB:|Total Contract Price|||1,764,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 176,400) within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery payment: 50% of the Contract Price (CNY 882,000) within 15 days after all goods have been delivered and installed and the Buyer has signed the delivery receipt. Signature of the delivery receipt confirms quantities only and is not acceptance.
P:3.3 Acceptance payment: 35% of the Contract Price (CNY 617,400) within 15 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Retention: 5% of the Contract Price (CNY 88,200) within 15 days after the end of the Warranty Period, provided no warranty claim remains open.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's site in Yueyang within 70 days after signature. Installation and commissioning shall be completed within 110 days after signature.
P:4.2 Installation shall be carried out during the planned shutdowns of PM3 and PM4 notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules and work permit procedures.
P:4.3 Risk in the goods passes to the Buyer upon signature of the delivery receipt. Title passes upon payment under Clause 3.2.
P:4.4 The Supplier shall deliver three days of training for up to 20 operators and reliability engineers at the Buyer's site, covering sensor handling, alarm management, trend analysis and basic diagnostics, and shall provide training materials in Chinese.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days.
P:5.2 Final acceptance requires that: (a) all 240 sensors report data to the software at the configured interval, with no sensor missing more than two readings on any day during the last 14 days of the trial period; (b) vibration readings agree with reference measurements taken by a calibrated portable analyser within ±5% on a sample of 20 assets; (c) alarms are generated and sent to the maintenance management system within one minute in a test of every alarm type; and (d) all documentation in Appendix A has been delivered.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. If not, the Supplier shall correct the deficiencies within 15 days at its own cost and the test shall be repeated.
P:5.4 Delivery, installation, use of the system or any payment shall not be regarded as acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the goods, the software and the Custom Work for thirty-six months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective sensor, gateway or part free of charge, including transport and labour, and provide all software updates.
P:6.2 Sensor batteries that fail during the Warranty Period shall be replaced free of charge.
P:6.3 Where the same defect recurs three times in the Warranty Period, the Supplier shall replace the affected item with a new one, and the Warranty Period for that item restarts from the replacement.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period, the Supplier shall offer annual support, including software updates, remote diagnostics, one on-site inspection per year and replacement of defective gateways.
P:7.2 The annual support fee shall not exceed 7% of the hardware and licence subtotal in Clause 2.1, that is CNY 111,860 per year, and this fee is fixed for the first two years after the Warranty Period.
H:8. Service Levels
P:8.1 During the Warranty Period and any support period, the monitoring software shall achieve a monthly availability of at least 99.95%, excluding maintenance windows agreed in advance with the Buyer.
P:8.2 The Supplier shall respond to critical faults (loss of monitoring for a whole paper machine or for the software) within 30 minutes and restore service within eight hours. Major faults shall be responded to within two hours and resolved within two working days.
P:8.3 For each hour of delay in response or restoration of a critical fault, the Supplier shall pay CNY 1,000. For each 0.01 percentage point by which monthly availability falls short of the commitment, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment.
H:9. Intellectual Property
P:9.1 The software remains the property of the Supplier. The Buyer's perpetual licence covers use by any number of users at its Yueyang mill.
P:9.2 All rights in the Custom Work, including machine templates, dashboards, alarm settings and interface programs with their source code, belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All measurement data, asset data and reports generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The system shall be installed on the Buyer's own servers. The Supplier may access it remotely only through the Buyer's VPN with individual accounts approved by the Buyer. The Supplier shall not transfer any Buyer data outside China.
P:10.3 The Supplier shall notify the Buyer within two hours of any security incident affecting the system or the Buyer's data, take immediate measures to limit its effects, and bear full liability for losses caused by its fault.
P:10.4 On termination or at the end of any support period, the Supplier shall delete any copies of Buyer data it holds and confirm the deletion in writing.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data, equipment layouts and production figures, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the Contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery or commissioning within the periods in Clause 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and shall remain liable for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under Clause 12.1 exceeds 45 days. The Supplier shall then refund all amounts received and remove the goods at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final.
H:16. Miscellaneous
P:16.1 The Appendices form part of this Contract. In case of conflict, the main body prevails.
P:16.2 This Contract is made in English and Chinese. In case of discrepancy, the Chinese version prevails.
P:16.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may terminate the Contract by written notice.
P:Buyer: ____________________    Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
H1082E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: SHN-MSA-2027-11

**Customer:** Dongguan Huachen Electronics Co., Ltd., Songshan Lake Hi-tech Zone, Dongguan, Guangdong Province, People's Republic of China

**Supplier:** Shannon Managed Services Limited, Bridge Street, Carrick-on-Shannon, County Leitrim, Ireland, acting for service delivery through its wholly owned subsidiary in Shenzhen

**Effective Date:** 1 April 2027

## Background

The Customer operates a head office and two manufacturing plants in Dongguan and a warehouse in Huizhou. It wishes to outsource the operation of its IT service desk, end-user support and infrastructure monitoring to the Supplier for a term of thirty-six months. The Supplier has experience in providing such services to manufacturing companies in southern China.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the amounts set out in Schedule 3.

1.3 "Transition" means the transfer of the services from the Customer's internal team to the Supplier in accordance with the transition plan agreed under Section 3.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Supplier receives or has access to in providing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate.

## 2. Term

2.1 This Agreement starts on the Effective Date. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Transition

3.1 Within 15 days after the Effective Date, the Supplier shall deliver a transition plan covering knowledge transfer from the Customer's internal team, the set-up of the ticketing tool, monitoring agents and remote management tools, the documentation of all supported systems and a cut-over schedule.

3.2 The Supplier shall complete the Transition within 75 days after the Effective Date.

3.3 Transition acceptance requires that: (a) all sites and systems listed in Schedule 1 are covered by the monitoring tools and appear in the configuration database; (b) the service desk has handled live tickets for ten consecutive business days in parallel with the Customer's team, meeting the response times in Schedule 2; (c) run books exist for every supported system and have been reviewed by the Customer; and (d) the Customer's key users confirm the service desk contact procedures in writing.

3.4 When these criteria are met the Customer shall sign the Transition Acceptance Certificate within five business days or give reasons for refusal in writing. Start of the parallel run or any payment does not constitute acceptance.

## 4. Service Delivery

4.1 The Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Supplier shall assign a named service delivery manager, who shall attend a monthly service review with the Customer and provide a monthly report on ticket volumes, Service Level performance, major incidents, problem records and improvement actions.

4.3 The Supplier shall keep at least two engineers on site at the Dongguan head office during business hours and provide on-call cover outside business hours.

4.4 The Supplier shall follow the Customer's change management procedure. No change to production systems may be made without an approved change record, except emergency changes to restore service, which must be recorded within one business day.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total value of this Agreement over the Service Term, including the one-time transition charge, is CNY 2,544,000 (the "Total Contract Value").

5.2 The transition charge is invoiced after the Customer signs the Transition Acceptance Certificate. The monthly service charge is invoiced monthly in arrears, after deduction of any Service Credits for that month.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. The charges are fixed for the Service Term and include all taxes.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term the Supplier shall return all Customer Data and documentation to the Customer or its new service provider.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including product designs, customer lists, prices, system configurations and passwords, and shall not disclose it to any third party without the other party's prior written consent, except to its employees and permitted subcontractors who need to know it and are bound by written obligations no less strict.

7.2 These obligations continue for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Supplier's ticketing and monitoring tools remain the Supplier's property and are provided as part of the Services.

8.2 Run books, scripts, configuration records, reports and other documents created by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider.

## 9. Subcontracting

9.1 The Supplier may subcontract on-site support at the Huizhou warehouse and hardware repair to local service partners by giving the Customer written notice at least ten business days in advance, identifying the partner and the scope of work.

9.2 The Supplier remains responsible for the performance of its subcontractors as for its own.

## 10. Delay and Liability

10.1 If the Transition is not completed within the period in Section 3.2 for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Total Contract Value for each day of delay, up to a maximum of 6% of the Total Contract Value.

10.2 Service Credits are a price adjustment and do not limit the Customer's other rights.

10.3 The total liability of the Supplier under this Agreement shall not exceed 150% of the Total Contract Value. This limit does not apply to death or personal injury, fraud or wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 30 days after written notice, or if the Service Levels for critical incidents are missed in three months of any six-month period.

11.2 The Supplier may terminate if the Customer fails to pay undisputed charges within 60 days after a written reminder.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days at the monthly service charge pro rata, including knowledge transfer to the successor provider and handover of all documentation.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The arbitral award is final and binding.

## 13. General

13.1 Neither party is liable for delays caused by force majeure, provided it promptly notifies the other party and takes reasonable steps to limit the effect.

13.2 This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| No. | Service | Scope | Hours |
| --- | --- | --- | --- |
| 1 | Service desk | Telephone, e-mail and portal support in Chinese and English for about 1,300 users | 7:00-22:00, seven days a week |
| 2 | End-user support | Desktops, laptops, printers, mobile devices, on-site at head office and both plants | Business hours, on call outside |
| 3 | Infrastructure monitoring | 64 servers, 3 storage arrays, 210 network devices, 2 internet links per site | 24x7 |
| 4 | Server and network operations | Patching, backup checks, capacity reports, firewall rule changes | Business hours, changes as scheduled |
| 5 | Asset and configuration management | Asset register, configuration database, licence records | Business hours |

## Schedule 2 - Service Levels

| Measure | Target |
| --- | --- |
| Availability of core infrastructure (ERP servers, MES servers, core network), per month | at least 99.95% |
| Critical incident (P1: a plant or the ERP system cannot work) - response | within 15 minutes |
| Critical incident (P1) - restoration | within 3 hours |
| High incident (P2) - response / restoration | within 30 minutes / within 8 hours |
| Medium incident (P3) - response / resolution | within 2 hours / within 2 business days |

## Schedule 3 - Charges and Service Credits

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition (one-time) | fixed | 96,000 |
| Monthly service charge | 36 months x 68,000 | 2,448,000 |
| Total Contract Value | | 2,544,000 |
| Service Credit: P1 response or restoration missed | per incident | 3% of the monthly service charge |
| Service Credit: availability below target | per 0.01 percentage point | 1% of the monthly service charge |
| Maximum Service Credits | per month | 20% of the monthly service charge |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
H1082E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-WEATHER AND CROP DATA API

Agreement No. EDS-SUB-2027-0087

BETWEEN
(1) Erne Data Services Limited, a company registered in Ireland, Main Street, Ballyshannon, County Donegal, Ireland (the "Supplier"); and
(2) Heilongjiang Beifeng Agricultural Trading Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China (the "Customer").

BACKGROUND
The Customer buys soybeans, maize and rice from growers and cooperatives in north-east China and wishes to use weather, soil moisture and crop condition data to plan purchasing and logistics. The Supplier provides such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means the Supplier's application programming interface through which the Licensed Data is delivered.
1.2 "Licensed Data" means the historical and forecast weather data, soil moisture indices, satellite vegetation indices and crop condition estimates described in Schedule 1.
1.3 "Subscription Year" means a period of one year starting on the Activation Date or on an anniversary of it.
1.4 "Activation Date" means the date on which the Supplier issues production API credentials to the Customer.
1.5 "Customer Inputs" means the field boundaries, grower locations, contract volumes, queries and other information that the Customer submits to the API.
1.6 "Custom Feeds" means the county-level yield indicator feed and the logistics risk alert feed that the Supplier shall develop for the Customer under Clause 3.

2. SUBSCRIPTION
2.1 The Supplier grants the Customer a non-exclusive, non-transferable right during the Term to access the API, download the Licensed Data and use it for the internal business purposes of the Customer and its subsidiaries in China.
2.2 The subscription covers up to 1,500,000 API calls per Subscription Year, 25 named user accounts for the web console and the geographic coverage of Heilongjiang, Jilin, Liaoning and the eastern part of Inner Mongolia.
2.3 The Customer may use Licensed Data in internal reports and in communications with its growers, but shall not resell the Licensed Data as such.

3. ONBOARDING AND CUSTOM FEEDS
3.1 The Supplier shall provide onboarding services consisting of API set-up, mapping of the Customer's 2,300 purchasing points to the Supplier's grid, development of the two Custom Feeds, integration support for the Customer's procurement planning system and training of up to 20 users.
3.2 The Supplier shall complete onboarding and deliver the Custom Feeds within 60 days after the Activation Date.
3.3 Onboarding acceptance requires that: (a) the API returns data for every mapped purchasing point; (b) the Custom Feeds are delivered daily before 06:00 Beijing time for ten consecutive days; (c) a back-test of the yield indicator against published county statistics for the previous three seasons is delivered and reviewed; and (d) the integration with the procurement planning system passes the Customer's test cases.
3.4 The Customer shall confirm onboarding acceptance in writing within seven business days after the criteria are met, or state the reasons for refusal. Use of the API before that date does not constitute acceptance.

4. FEES AND PAYMENT
4.1 The fees are:
   Subscription fee, Subscription Year 1: CNY 365,000
   Subscription fee, Subscription Year 2: CNY 365,000
   Onboarding and Custom Feeds (one-time): CNY 85,000
   Total fees for the Initial Term: CNY 815,000
4.2 The onboarding fee and the subscription fee for Subscription Year 1, together CNY 450,000, are payable within ten business days after signature of this Agreement. The Supplier shall issue production API credentials and start onboarding within five business days after receiving this payment.
4.3 The subscription fee for Subscription Year 2 is payable within ten business days after the start of Subscription Year 2.
4.4 API calls beyond the annual allowance are charged at CNY 0.06 per call and invoiced quarterly in arrears. Such charges are not part of the total fees.
4.5 All fees include value-added tax and are payable in CNY to the Supplier's account at its appointed payment agent in Shanghai.

5. TERM AND RENEWAL
5.1 This Agreement begins on signature and continues until the end of Subscription Year 2 (the "Initial Term").
5.2 After the Initial Term, this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
5.3 The Supplier may change the subscription fee for any renewal period by giving the Customer written notice at least 45 days before that renewal period begins. The changed fee applies from the start of the renewal period.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of the time in each calendar month, measured at the Supplier's API gateway and excluding maintenance announced at least three days in advance and carried out between 01:00 and 05:00 Beijing time.
6.2 Incidents are classified as Priority 1 (the API or a Custom Feed is unavailable, or delivers corrupted data), Priority 2 (degraded performance or delayed data) and Priority 3 (other issues). The Supplier shall respond to Priority 1 incidents within one hour at any time, and to Priority 2 incidents within three hours during business hours.
6.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of one twelfth of the current annual subscription fee for each 0.1 percentage point (or part of it) of shortfall, up to one twelfth of that fee per month. A late response to a Priority 1 incident earns a credit of CNY 1,000 per hour of delay.
6.4 Service credits are deducted from the next invoice or, at the end of the Term, paid to the Customer.

7. DATA QUALITY
7.1 The Supplier shall compile the Licensed Data with the skill and care of a professional data provider and shall correct errors notified by the Customer within five business days.
7.2 The Supplier shall publish a description of its sources and methods for each data set and notify the Customer at least 30 days before any material change.

8. INTELLECTUAL PROPERTY
8.1 The Licensed Data and the API remain the property of the Supplier and its licensors.
8.2 The specifications, code and documentation of the Custom Feeds, and all reports and analyses that the Customer creates using the Licensed Data, belong to the Customer. The Customer may use, modify and have them maintained by third parties without restriction.

9. CUSTOMER INPUTS AND DATA SECURITY
9.1 Customer Inputs belong to the Customer. The Supplier shall use Customer Inputs only to provide the services under this Agreement and shall not use them for any other purpose, including its own products or analyses for other customers.
9.2 The Supplier shall store Customer Inputs on servers located in mainland China, encrypt them in transit and at rest, restrict access to named staff and keep access logs.
9.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate measures to contain the incident and compensate the Customer for losses caused by its breach of this Clause 9.
9.4 At the end of the Term the Supplier shall delete all Customer Inputs and confirm the deletion in writing.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential all non-public information received from the other party, including prices, purchasing plans and technical information, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

11. DELAY DAMAGES AND LIABILITY
11.1 If the Supplier fails to complete onboarding and deliver the Custom Feeds within the period in Clause 3.2, the Supplier shall pay delay damages of 0.1% of the total fees for the Initial Term for each day of delay, up to 10% of those fees.
11.2 The total liability of each party under this Agreement shall not exceed 150% of the total fees for the Initial Term, except for liability for breach of Clauses 9 and 10, fraud or wilful misconduct.

12. SUBCONTRACTING
12.1 The Supplier shall not subcontract any part of the services, including hosting of Customer Inputs, without the Customer's prior written consent.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
13.2 If the Customer terminates under Clause 13.1, the Supplier shall refund the unused part of any fees paid in advance.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

15. GENERAL
15.1 Notices must be in writing and sent to the addresses above or to the e-mail addresses designated by each party.
15.2 Amendments must be in writing and signed by both parties. This Agreement is the entire agreement between the parties on its subject matter.

SCHEDULE 1 - LICENSED DATA
Historical daily weather (temperature, precipitation, wind, sunshine) on a 5 km grid from 1991; ten-day forecasts updated four times a day; weekly soil moisture indices; ten-day satellite vegetation indices; monthly crop condition estimates for soybean, maize and rice at county level.

Signed for the Supplier: ____________________
Signed for the Customer: ____________________
"""


# ================================================================ build
FILES = {  # key -> (file name, format)
    "z01": ("h1082z01_commerce_bureau_logistics_park_platform.pdf", "pdf"),
    "z02": ("h1082z02_vegetable_cutter_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h1082z03_esports_training_chain_booking_saas.txt", "txt"),
    "z04": ("h1082z04_water_bureau_flood_supplies_system_om.txt", "txt"),
    "z05": ("h1082z05_sachet_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h1082e01_foundry_eam_perpetual_licence_ballinasloe_vendor.pdf", "pdf"),
    "e02": ("h1082e02_supplier_portal_saas_order_form_loughrea_vendor.md", "md"),
    "e03": ("h1082e03_paper_mill_vibration_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h1082e04_electronics_maker_managed_it_services_36_months.md", "md"),
    "e05": ("h1082e05_agri_trader_weather_crop_data_api_subscription.txt", "txt"),
}
SOURCES = {k: globals()["H1082" + k.upper()] for k in FILES}

# ---------------------------------------------------------------- labels (design)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, kind, value, avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty,
        pwf, auto, term, sub, law, sla=True, ld_stated=True, capped=None, deemed=False, fee_base=None,
        foreign_forum=False, rules=(), risk="low"):
    t = dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto,
                             term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"lang": lang, "category": category, "terms": t, "extra": extra, "fee_base": fee_base,
            "foreign_forum": foreign_forum, "rules": sorted(rules), "risk": risk}


G, S = "goods_or_licence", "service"
DESIGN = {
    "z01": lab("zh", "software", G, 1640000, 99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True,
               24, 8, False, True, False, "PRC", capped=True, fee_base=860000),
    "z02": lab("zh", "hardware", G, 1490000, None, 2, True, "buyer", True, True, True, 0.03, None, 20, True, True,
               24, 18, False, True, True, "PRC", capped=True, fee_base=1160000,
               rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], risk="high"),
    "z03": lab("zh", "cloud", S, 780000, 99.5, 1, True, "buyer", True, False, True, 0.1, 150, None, True, None,
               None, None, True, True, False, "PRC",
               rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": lab("zh", "services", S, 342000, 99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None,
               None, None, False, False, False, "PRC",
               rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium"),
    "z05": lab("zh", "software", G, 240000, None, 8, False, "supplier", True, True, True, None, 20, 65, False, False,
               6, 25, False, True, None, None, ld_stated=False, capped=True, deemed=True, fee_base=168000,
               rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                      "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                      "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], risk="high"),
    "e01": lab("en", "software", G, 1760000, None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True,
               18, 9, False, True, False, "Ireland", capped=True, fee_base=1280000, foreign_forum=True,
               rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": lab("en", "cloud", S, 1030000, None, None, False, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True,
               None, None, None, False, True, False, "PRC", sla=False,
               rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
    "e03": lab("en", "hardware", G, 1764000, 99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True,
               36, 7, False, True, False, "PRC", capped=True, fee_base=1598000),
    "e04": lab("en", "services", S, 2544000, 99.95, 0.25, True, "buyer", False, True, True, 0.08, 150, None, True,
               None, None, None, False, True, True, "PRC",
               rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"], risk="high"),
    "e05": lab("en", "cloud", S, 815000, 99.95, 1, True, "buyer", True, True, True, 0.1, 150, 450000 / 815000 * 100,
               True, None, None, None, True, True, False, "PRC",
               rules=["CR-AUTO-RENEWAL", "CR-PREPAYMENT"], risk="medium"),
}

# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}


def tco_share(d):
    t, e = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (e["contract_value"] + fees) * 100


def derive(d):
    """My reading of policy §3, from the label alone."""
    t, e, r = d["terms"], d["extra"], set()
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
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] \
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# ---------------------------------------------------------------- threshold-figure scan
PATTERNS = [
    r"99\.90*(?![0-9])",
    r"(?<![0-9.])4\s*(?:hours?|hrs?|h(?![a-z])|个?小时)", r"(?<![0-9十])四\s*个?小时", r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])0\.050*(?![0-9])", r"万分之五", r"千分之零点五",
    r"(?<![0-9.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百",
    r"(?<![0-9.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
    r"thirty\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:months?|个月)", r"(?<![0-9十])十二个月", r"twelve\s*months?",
    r"(?:one|1)[\s-]*year\s*warranty", r"质保期?为?(?:一|1)年",
    r"(?<![0-9.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![0-9.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])",
    r"forty\s*per\s*cent",
    r"(?<![0-9.])5\s*(?:years?|年)(?!度)", r"(?<![0-9十〇零一二三四六七八九])五\s*年", r"five\s*years?",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "4 个小时", "四小时", "four hours", "0.05%", "0.05 %/day",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12 months", "12个月",
            "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "5 years", "五年", "five years",
            "one-year warranty", "质保期一年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "十四小时", "14 hours", "0.08%", "0.1%", "150%", "200%",
             "130%", "35%", "45%", "115%", "120 months", "2027年", "6 months", "36 months", "18 months",
             "4.4 The", "1.5 乙方", "万分之八", "百分之三十五", "20%", "25%", "3.5%", "1.15", "2,400"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
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

    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    covered, report = set(), []
    for k, (name, fmt) in FILES.items():
        d = DESIGN[k]
        t, e = d["terms"], d["extra"]
        # labels never on a threshold
        for key, th in TH.items():
            assert t[key] is None or t[key] != th, (k, key)
        sh = tco_share(d)
        if sh is not None:
            assert abs(sh - TCO_SHARE_TH) > 2, (k, sh)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in e
        rules = derive(d)
        assert rules == d["rules"], (k, rules, d["rules"])
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")
        assert risk == d["risk"], (k, risk)
        covered |= set(rules)
        # the built file, as read back
        text = read_back(OUT / name)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        label = {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": t,
                 "expected_extra": e, "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((name, n, risk, rules, None if sh is None else round(sh, 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = [len(DESIGN[k]["rules"]) for k in FILES]
    assert sum(1 for k in FILES if not DESIGN[k]["rules"]) == 2
    assert {DESIGN[k]["lang"] for k in FILES if not DESIGN[k]["rules"]} == {"zh", "en"}
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]["rules"]) <= 10
    assert sorted(k for k in FILES if 2 <= len(DESIGN[k]["rules"]) <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    for row in report:
        print(*row, sep=" | ")
    print("coverage: all", len(ALL_RULES), "rules; counts per draft", mix)


if __name__ == "__main__":
    main()
