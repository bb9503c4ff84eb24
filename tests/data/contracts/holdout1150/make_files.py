"""Builds holdout1150: ten ordinary draft contracts (5 zh, 5 en) and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf through
../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). Then every built file is read back (python-docx
paragraphs + table rows, pypdf text, or the file text), its length is asserted, every read-back text is scanned for
threshold figures, the labels are written and each draft's rules are derived from its labels (policy §3) and compared
with the design list; the 20 CR rules must all be covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:江洲市司法局行政复议平台建设项目合同
P:合同编号：JZSF-ZC-2027-018　采购方式：公开招标（政府采购）
P:甲方（采购人）：江洲市司法局
P:乙方（供应商）：江洲汇信软件技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江洲市政府采购中心组织的公开招标结果，甲乙双方就江洲市司法局行政复议平台（以下简称“平台”）的软件许可、定制开发及实施事宜，订立本合同。招标文件、乙方投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供行政复议案件管理平台软件永久使用许可一套（不限用户数，部署于甲方政务云），并按甲方需求开发以下定制功能：网上申请与材料预审、案件流转与期限预警、电子送达、听证排期与笔录、复议决定书智能生成、统计分析驾驶舱，以及与市政务服务网、电子证照库、统一身份认证平台的接口。
P:1.2 乙方负责将甲方现有案件管理系统中2019年以来的历史案件数据迁移至平台，并完成部署、联调、试运行、培训和上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），为固定总价，包含税费、差旅及乙方完成本项目所需的全部费用。
P:2.2 分项价格：平台软件许可费¥760,000；定制开发费¥585,000；历史数据迁移费¥118,000；实施及培训费¥67,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合规发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发、数据迁移和部署，并提请初步验收；初步验收后进入为期六十日的试运行。
P:4.2 乙方应派驻项目经理一名及不少于四名开发和实施人员常驻甲方现场，人员更换须经甲方书面同意。
P:4.3 乙方应每周向甲方提交项目周报，说明进度、问题及下周计划；进度可能延误的，应提前书面说明原因及补救措施。
P:4.4 乙方应为甲方复议机构工作人员、系统管理员分别组织不少于三期的操作培训和运维培训，并提交用户手册、运维手册和培训记录。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列功能需求逐项实现；（二）迁移数据经全量比对，案件数量、当事人信息及文书附件一致，差错须在验收前全部纠正；（三）各接口连续十个工作日调用无差错；（四）在三百名并发用户下，页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障，第三方机构出具的网络安全等级保护测评和密码应用安全性评估结论为符合，且甲方业务处室书面确认平台满足行政复议办案需要。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提请验收。
H:第六条 质量保证与售后服务
P:6.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 乙方承诺平台月度可用率不低于99.95%（计划内维护时间除外）。
P:6.3 故障分级响应：一级故障（平台整体不可用或核心办案功能中断）30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中修复。
P:6.4 一级故障每超过响应或恢复时限一小时，乙方支付违约金人民币壹仟元；月度可用率每低于承诺值0.01个百分点，乙方支付违约金人民币贰仟元，甲方可从应付款中扣除。
P:6.5 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年¥68,400），该价格在质保期满后三年内不上调。维护服务需双方另行签订合同，不自动续期。
P:6.6 质保期内，乙方应每季度对平台进行一次健康巡检并提交巡检报告；国家或省级行政复议相关规定调整导致业务流程变化的，乙方应在合理期限内完成相应的适配修改，不另行收费。
H:第七条 甲方的权利和义务
P:7.1 甲方应指定项目联系人，按时提供需求确认、业务流程说明、历史数据导出文件及政务云资源，并协调市政务服务网等接口单位配合联调。甲方有权对项目进度和质量进行监督检查，对不符合要求的工作要求乙方限期整改。
P:7.2 甲方应为乙方驻场人员提供必要的办公场所和网络条件，并在收到乙方提交的验收申请后十个工作日内组织验收。
H:第八条 知识产权
P:8.1 平台标准产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、接口程序、数据迁移脚本及相关源代码和技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付上述源代码。
P:8.3 乙方保证所交付的软件不侵犯任何第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的行政复议案件数据、当事人个人信息及各类文书均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内接触，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施人员须经堡垒机访问政务云，操作全程记录；测试须使用甲方提供的脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、案件信息、网络架构及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。乙方应要求其项目人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提请初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的软件存在重大缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转包
P:乙方不得将本项目转包，亦不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交江洲仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江洲市司法局　　乙方（盖章）：江洲汇信软件技术有限公司
P:签订日期：二〇二七年三月
"""

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：HFMD-2027-JG-007
P:甲方（买方）：合丰电动磨刀机制造有限公司
P:乙方（卖方）：宁川智控自动化工程有限公司
P:甲方为提高电动磨刀机装配及砂轮动平衡检测工序的自动化水平，委托乙方对其二号厂房三条装配生产线的电气控制系统进行改造，包括设备供货、软件许可、程序改造、安装调试和培训。经双方协商一致，订立本合同。
H:第一条 合同标的及价格
P:1.1 乙方按下表供货并完成改造，本合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），含税，含运输、保险、安装调试及培训费用。
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含CPU模块、I/O模块及柜体|6套|86,000|516,000
TB:2|伺服驱动器及电机|0.75kW～2kW|24套|9,500|228,000
TB:3|工业触摸屏|15英寸|12台|6,800|81,600
TB:4|视觉检测单元|刃口角度及磨削质量检测|4套|47,000|188,000
TB:5|数据采集网关|边缘计算型|8台|5,300|42,400
TB:6|产线监控软件许可|永久许可，三条线|1套|236,000|236,000
TB:|设备及软件小计|||||1,292,000
TB:7|程序改造及安装调试|含PLC程序、HMI画面、联调|1项|168,000|168,000
TB:8|操作及维护培训|两期|1项|20,000|20,000
TB:|合计||||| 1,480,000
P:1.2 乙方保证所供设备为全新原厂产品，软件为正版，并随货提供合格证、说明书及软件授权文件。
P:1.3 改造范围：拆除三条装配线原有继电器控制柜，新装PLC控制柜及伺服系统，将砂轮动平衡检测、刃口角度检测和成品包装工位接入统一的监控软件，并预留与甲方ERP系统的数据接口。原有机械结构、输送线及气动元件由甲方负责，乙方提出需要调整的意见。
H:第二条 付款方式
P:2.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:2.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不代表质量验收。
P:2.3 改造完成并经甲方最终验收合格后十五个工作日内，甲方支付合同总价的55%。
P:2.4 乙方应在每期付款前开具等额增值税专用发票。
H:第三条 交货与改造工期
P:3.1 乙方应在合同签订后四十五日内将全部设备运至甲方二号厂房。
P:3.2 为减少停产损失，改造按生产线逐条进行，每条线停线改造时间不超过七日，具体时间由甲方生产部安排。全部改造应在设备到货后六十日内完成。
P:3.3 乙方应在进场前提交改造实施方案、停线计划、电气图纸和安全措施，经甲方设备部确认后实施；改造期间乙方应保证未改造生产线的正常供电和运行。
P:3.4 乙方施工人员应遵守甲方安全生产管理制度，动火、登高和带电作业须办理作业票。
H:第四条 验收
P:4.1 每条生产线改造完成后进行单线调试，三条线全部完成后连续试生产十个工作日，期间甲方按下列标准组织最终验收：（一）各工位节拍不低于改造方案规定值；（二）视觉检测单元对甲方准备的200件已知刃口角度不合格样品全部检出，对合格品的误判不超过3件；（三）监控软件实时显示各线产量、故障和设备状态，数据刷新周期不超过2秒；（四）试生产期间无因控制系统原因造成的停线。
P:4.2 验收合格的，双方签署最终验收报告；不合格的，乙方应在十日内整改并重新验收。设备投入试生产或甲方使用，不视为验收合格。
P:4.3 培训分两期进行：第一期为操作工培训，内容包括开停机、换型、报警处理；第二期为维修电工培训，内容包括程序备份与恢复、常见故障诊断和备件更换。培训完成后乙方应提交培训记录及考核结果。
H:第五条 质量保证及售后服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件本身原因出现的故障，乙方免费维修或更换，并承担往返运费和人工费。
P:5.2 故障响应：一级故障（整条生产线停线）乙方应在2小时内响应，并在8小时内到达现场；二级故障（单工位停机或检测失效）3个工作日内处理完毕；三级故障在下次巡检时处理。
P:5.3 一级故障响应或到场每超时一小时，乙方支付违约金人民币捌佰元。
P:5.4 质保期满后，乙方继续提供年度维保服务（含定期巡检、程序优化、备件更换及软件升级），年度维保费按设备及软件小计的28%计取，即每年人民币叁拾陆万壹仟柒佰陆拾元（¥361,760），维保期内费率不变。维保服务每年签订一次。
P:5.5 乙方应在甲方所在地储备常用备件（伺服驱动器、I/O模块、触摸屏各不少于两件），质保期内因备件不足延误修复的，按第5.3条计算违约金。
P:5.6 质保期内乙方每半年进行一次现场巡检，检查控制柜接线、散热及接地情况，备份程序，并提交巡检报告。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及接口程序，其知识产权归甲方所有，乙方应在验收时交付完整的程序备份和注释文档，甲方可自行修改和使用。
P:6.2 产线监控软件的著作权归原权利人所有，甲方获得永久使用许可。
H:第七条 数据安全与保密
P:7.1 生产数据、工艺参数、质量检测图像及设备运行记录均属甲方所有，乙方仅为履行本合同使用，不得复制、带离或用于其他目的。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的VPN及账号登录，并保留操作日志；乙方应采取防病毒、访问控制等措施，防止控制网络遭受攻击。因乙方原因导致数据泄露或生产系统遭受网络攻击的，乙方承担全部赔偿责任。
P:7.3 乙方对在履约中知悉的甲方工艺技术、产品图纸及经营信息负有保密义务，合同终止后三年内仍然有效。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 乙方交付的设备或软件不符合约定，经整改仍不合格的，甲方有权退货，乙方应退还已付款项。
P:8.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:8.4 乙方施工造成甲方设备损坏或人员伤害的，由乙方负责修复并赔偿全部损失；因改造延误导致甲方停产超过约定停线时间的，超出部分的停产损失由乙方按实际损失赔偿。
H:第九条 分包
P:乙方不得转包。电气柜体制作等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十条 甲方的义务
P:10.1 甲方应按时提供改造现场、动力电源、压缩空气及现有设备的图纸资料，并指派设备及工艺人员配合调试。
P:10.2 甲方应在收到乙方验收申请后七日内组织验收；甲方原因导致验收延误的，工期相应顺延。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期交货超过三十日的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：合丰电动磨刀机制造有限公司　　乙方（盖章）：宁川智控自动化工程有限公司
"""

SRC["z03"] = """骑遇单车维修连锁门店预约及会员管理系统服务合同

合同编号：QY-IT-2027-03
甲方（客户）：杭城骑遇单车服务有限公司
乙方（服务商）：云栈软件科技（杭州）有限公司

甲方在杭州、绍兴、嘉兴共经营三十一家自行车维修门店。为统一线上预约、工单、会员储值及配件库存管理，甲方订购乙方“修单”门店管理云服务（以下简称“本服务”），并委托乙方完成实施和数据迁移。双方经协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方三十一家门店提供以下功能：
1. 微信小程序及公众号在线预约、排队叫号；
2. 维修工单、工时和技师派工管理；
3. 会员注册、储值卡、积分及优惠券；
4. 配件采购、门店库存调拨和盘点；
5. 门店经营报表及总部驾驶舱。
（二）乙方负责本服务的开通实施，包括门店及账号配置、小票打印机和扫码枪联调、与甲方现有财务软件的数据接口开发，以及甲方原会员系统约四万八千名会员资料和储值余额的迁移。
（三）服务期为两个服务年度，自本服务上线验收合格之日起计算。第一服务年度自上线验收合格之日起满一年止，第二服务年度紧随其后。

二、服务费用
（一）本合同总价为人民币肆拾玖万陆仟元整（¥496,000），明细如下：
1. 订阅服务费：每店每服务年度¥6,800，三十一家门店两个服务年度合计¥421,600；
2. 实施费（含接口开发及培训）：¥58,000；
3. 会员数据迁移费：¥16,400。
（二）服务期内甲方新增门店的，按每店每服务年度¥6,800按剩余月份折算计费；关闭门店的，自次季度起停止计费。
（三）上述价格含税，包括云资源、短信通知（每月每店五百条以内）及常规版本升级费用。

三、付款方式
（一）实施费和数据迁移费在本服务上线验收合格后二十个工作日内一次性支付。
（二）订阅服务费按季度结算，每季度结束后十个工作日内，乙方根据当季实际开通门店数开具发票，甲方在收到发票后十五个工作日内支付。
（三）本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通和数据迁移，提请上线验收。
（二）上线验收标准：
1. 第一条所列功能在全部门店可正常使用；
2. 迁移后的会员人数、储值余额、积分与原系统逐户核对一致；
3. 财务接口连续五个营业日日结数据无差异；
4. 在两百个并发下单请求的压力测试中，小程序下单平均响应时间不超过1.5秒。
（三）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改后重新验收。门店试用或甲方支付部分费用，不视为验收合格。

（四）乙方应为每家门店店长及收银员提供现场或远程操作培训，为甲方总部运营人员提供报表、会员营销及权限管理培训，并提交操作手册和培训视频。

五、服务水平
（一）乙方保证本服务的月度可用率不低于99.5%，计划内维护应安排在每日零点至六点之间并提前两日通知。
（二）故障分级及响应时间：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日内恢复；
3. 三级故障（不影响营业的一般问题）：下一工作日内响应。
（三）月度可用率低于承诺值的，按当月订阅服务费的5%至20%分档抵扣服务费；一级故障恢复每超时一小时，另行抵扣人民币伍佰元。抵扣金额在下一季度的订阅服务费中直接扣减，不足扣减的由乙方在服务期满时退还。
（四）乙方应指定一名客户经理作为甲方的固定联络人，按月提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（五）乙方发布新版本前，应提前五个工作日告知甲方更新内容；涉及门店操作流程变化的，应提供更新说明并安排培训。

六、数据安全与数据归属
（一）甲方及其会员在本服务中产生的预约、工单、会员、储值及交易数据均属于甲方所有。乙方仅为向甲方提供本服务而处理上述数据，不得用于营销、画像或向任何第三方提供。
（二）乙方应将数据存储于中国境内的服务器，对会员手机号等个人信息加密存储，实行最小权限访问和操作日志审计，每日备份并保留三十日，每年委托具备资质的第三方机构进行一次渗透测试，并向甲方提供测试报告摘要及整改情况。
（三）发生数据泄露或储值数据被篡改的，乙方应在2小时内通知甲方，协助通知受影响会员，并承担因其原因造成的全部损失。
（四）服务期满或合同终止后三十日内，乙方应按甲方要求导出全部数据并在确认后删除平台上的甲方数据。

七、甲方的责任
（一）甲方应指定项目负责人，协调各门店提供网络环境、收银设备和人员配合，按时确认门店配置和业务规则。
（二）甲方应妥善管理门店账号和密码，员工离职时及时停用其账号。因甲方账号管理不当造成的损失由甲方自行承担。
（三）甲方应合法收集会员个人信息，并在小程序中向会员告知隐私政策。
（四）甲方应按本合同约定按时支付费用。甲方逾期付款超过三十日的，乙方可在书面催告后暂停新增门店的开通，但不得暂停已开通门店的服务。

八、知识产权
乙方平台及其标准功能的知识产权归乙方所有。乙方为甲方专门开发的财务接口程序和定制报表，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或交由他人维护。

九、保密
双方对在合作中获知的对方商业信息、价格及技术资料负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。

十、违约责任
（一）乙方未按第四条（一）项期限提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）任何一方违约给对方造成损失的，应予赔偿，但乙方在本合同项下的累计赔偿责任不超过合同总价的两倍，因乙方故意或数据泄露造成的损失除外。

十一、续期与价格
本合同服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，以此类推。续期年度的订阅单价由乙方按其届时公布的标准价目表确定，并于续期前书面通知甲方。

十二、转委托
乙方不得将本服务的实施或运维工作转委托第三方，确需委托的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，或一级故障在一个服务年度内累计发生三次以上的，甲方可书面通知解除本合同，乙方应退还已付但未使用期间的服务费。

十四、不可抗力
因地震、洪水、大范围通信或电力中断等不可抗力导致本服务中断的，受影响方应及时通知对方并尽力减少损失，中断期间不计入可用率考核，但乙方应按其灾备方案尽快恢复服务。乙方云资源供应商的故障不属于不可抗力。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括：附件一《功能清单》，附件二《门店清单》，附件三《数据迁移方案》。附件与本合同正文不一致的，以正文为准。双方的通知以书面形式发送至本合同首页载明的地址或电子邮箱，电子邮件发出后次日视为送达。

甲方（盖章）：杭城骑遇单车服务有限公司
乙方（盖章）：云栈软件科技（杭州）有限公司
"""

SRC["z04"] = """青岚县森林火险监测系统2027年度运行维护服务合同

项目编号：QLZC-2027-CS-011
采购方式：竞争性磋商
甲方（采购人）：青岚县林业局
乙方（成交供应商）：赣北林安信息技术有限公司

根据青岚县政府采购中心组织的竞争性磋商结果及成交通知书，甲乙双方就青岚县森林火险监测系统2027年度运行维护服务，订立本合同。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

第一条 运维对象
青岚县森林火险监测系统由以下部分组成：
（一）前端设备：林区高点视频监控塔二十六座（含可见光及热成像双光谱云台、太阳能供电及无线传输设备）、森林火险因子自动监测站十四个；
（二）传输网络：微波链路及运营商专线；
（三）中心系统：县林业局监控指挥中心的火险监测预警平台、视频管理平台、大屏显示系统及服务器、存储设备。

第二条 服务期限与服务内容
（一）服务期自2027年1月1日起至2027年12月31日止。
（二）乙方应提供以下服务：
1. 日常巡检：前端设备每季度现场巡检一次，防火紧要期（每年1月至4月、10月至11月）每月巡检一次，检查设备运行、供电、防雷接地及铁塔状况；
2. 故障处理：对各类设备及平台故障进行诊断、维修或更换；
3. 平台维护：操作系统及数据库补丁、平台数据备份、日志检查及性能优化；
4. 防火紧要期保障：紧要期内安排专人在指挥中心值守，每日8时至20时在岗；
5. 技术支持：协助甲方开展火险等级发布、卫星热点核查和森林防火应急演练，演练期间乙方技术人员应全程在指挥中心保障；
6. 设备优化：根据运行情况提出监控塔视角调整、预置位设置及火险因子站校准建议，经甲方同意后实施，每年至少对火险因子监测站传感器校准一次。
（三）单件价值在人民币贰仟元以下的易损件（如保险管、连接器、避雷器）由乙方免费更换；超过该金额的备件由乙方报价、甲方确认后另行支付，报价不得高于同期市场价格。
（四）乙方应建立设备运行台账，记录每台设备的型号、安装位置、维修和更换历史，服务期内动态更新；对运行满八年、故障频发的设备，应书面提出更新建议供甲方决策。

第三条 服务费用及支付
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包含人工、交通、工具、易损件及税费。
（二）服务费按季度支付，每季度末经甲方考核合格后，乙方开具发票，甲方在收到发票后十五个工作日内支付当季服务费¥96,500。
（三）季度考核扣减的金额在当季服务费中扣除。

第四条 服务水平
（一）火险监测预警平台的月度可用率不低于99.95%。
（二）故障分级与响应：
1. 一级故障：指挥中心平台整体中断，或三座以上监控塔同时离线。乙方应在1小时内响应，指挥中心故障6小时内恢复，前端故障在防火紧要期内24小时内恢复、非紧要期内48小时内恢复；
2. 二级故障：单座监控塔或单个监测站离线、热成像功能失效。乙方应在2小时内响应，72小时内恢复；
3. 三级故障：不影响监测功能的一般问题，在下次巡检时处理。
（三）乙方应开通7×24小时服务热线，并通过平台工单记录每一次故障的报修、响应和恢复时间。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核依据为：巡检记录及照片是否完整；故障响应和恢复时间是否达标；平台月度可用率；紧要期值守记录；甲方使用部门的书面评价。
（二）考核达标的，甲方出具季度服务验收单；考核不达标的，乙方应在十日内整改，整改完成后重新考核。
（三）一级故障响应或恢复每超时一小时，扣减服务费人民币伍佰元；平台月度可用率每低于承诺值0.01个百分点，扣减服务费人民币壹仟元。

第六条 数据安全
（一）监测系统采集的视频、图像、火险因子数据及平台中的火情处置记录均属于甲方所有，乙方仅在运维所需范围内访问，不得拷贝、留存或向任何单位和个人提供，不得用于运维以外的任何用途。
（二）乙方运维人员须使用甲方分配的实名账号，远程维护须经甲方批准并通过甲方指定的安全通道进行，操作过程留存日志备查；乙方更换运维人员的，应在当日内注销原人员账号。
（三）乙方应落实网络安全等级保护的运维要求，对平台服务器及时修补高危漏洞，定期检查病毒防护情况。
（四）因乙方原因造成数据泄露、丢失或系统遭受网络攻击的，乙方应在1小时内报告甲方并立即处置，承担由此产生的全部赔偿责任和相应的法律责任。

第七条 人员要求
（一）乙方应组建不少于五人的运维团队，其中项目负责人一名，具备通信或电子类中级以上职称；登高作业人员须持有有效的高处作业证。
（二）乙方应在青岚县城设立运维驻点，配备越野车辆一辆、常用备件和检测工具。
（三）乙方人员在林区作业时应遵守森林防火规定，严禁携带火种进山。乙方应建立运维人员花名册报甲方备案，人员变动应提前五日书面告知甲方。乙方应为其作业人员购买意外伤害保险，作业中发生的人身伤亡由乙方负责。
（四）乙方应于每月5日前向甲方提交上月运维报告，内容包括设备在线情况、故障清单及处理结果、平台可用率统计、备件使用情况和下月工作计划；每季度末提交季度总结，年末提交年度运维总结及设备更新建议。

第八条 甲方的义务
（一）甲方应向乙方提供系统竣工资料、设备清单、网络拓扑及平台管理员账号，并指定专人负责联络和考核。
（二）甲方应协调乡镇林业站、护林员为乙方进入林区和监控塔提供便利，并负责协调监控塔所在地的用地及供电问题。
（三）甲方负责运营商专线的租用及费用支付，线路故障由乙方协助甲方向运营商报修和跟踪。

第九条 违约责任
（一）乙方未按第二条约定完成季度巡检或紧要期巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）紧要期值守人员无故缺岗的，每人每日扣减服务费人民币捌佰元。
（三）因乙方运维不当造成设备损坏的，乙方负责修复或按原价赔偿。
（四）甲方无正当理由未按期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。

第十条 成果归属
乙方在运维过程中形成的巡检报告、故障分析报告、设备台账、配置备份及运维脚本归甲方所有，服务期满时乙方应整理后全部移交甲方。

第十一条 分包
本项目不得转包或分包。

第十二条 合同期满
服务期满，本合同自然终止，不自动续期。甲方下一年度的运维服务另行组织采购，乙方应配合做好交接，交接期不少于十五日，交接期间乙方仍应保证系统正常运行。

第十三条 不可抗力
因山火、雷击、暴雨、地质灾害等不可抗力造成设备损毁的，乙方应在条件允许时尽快组织抢修，修复所需的设备费用由甲方另行承担，乙方的人工费用包含在合同总价内。受影响的设备在修复前不计入故障恢复时限和可用率考核，但乙方应在二十四小时内向甲方提交损毁情况报告及修复方案。

第十四条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向青岚县人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方一份，县政府采购中心备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青岚县林业局
乙方（盖章）：赣北林安信息技术有限公司
签订日期：2026年12月
"""

SRC["z05"] = """# 染迹工艺追溯管理系统 软件许可及定制开发合同

**（乙方标准合同文本 RJ-HT-2026版）**

合同编号：RJ-2027-0042

- 甲方（用户）：大理青花蓝扎染工坊有限公司
- 乙方（供应商）：昆明染迹数字科技有限公司

甲方拟引入乙方“染迹”工艺追溯管理系统，对扎染产品从白坯布入库、扎花、浸染、漂洗、拆线晾晒到成品出库的全过程进行记录和追溯。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 定义

1. 标准软件：指乙方已有的“染迹”工艺追溯管理系统V3标准版及其后续补丁。
2. 定制开发：指乙方根据甲方需求，在标准软件基础上开发的染缸批次管理、板蓝根染料配比记录、扎花工序计件、二维码溯源页面及小程序商城对接等功能。
3. 上线：指系统部署在甲方服务器并开通账号，甲方可以登录使用。
4. 故障：指系统在约定运行环境下不能实现用户手册所述功能的情形；因甲方硬件、网络、操作不当或擅自修改造成的问题不属于故障。
5. 工作日：指国家法定工作日，工作时间为每日9时至17时30分。

## 第二条 合同价款

本合同总价为人民币肆拾叁万元整（¥430,000），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件许可 | 永久许可，三十个并发用户 | 168,000 |
| 2 | 定制开发 | 第一条第2款所列功能 | 226,000 |
| 3 | 部署实施及培训 | 安装、配置、基础数据导入、两次培训 | 36,000 |
| | 合计 | | 430,000 |

上述价格不含甲方自购的服务器、扫码枪、标签打印机等硬件，也不含第三方短信、云存储及商城平台收取的费用。乙方按合同总价开具增值税普通发票，甲方需要专用发票的，应在签约时书面提出。

## 第三条 付款方式

1. 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收到款项后启动项目。
2. 系统上线后五个工作日内，甲方支付合同总价的35%。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发和技术支持，工期相应顺延。

## 第四条 实施周期

1. 乙方在收到首期款后九十日内完成定制开发并上线。甲方需求变更、资料提供不及时或现场条件不具备的，实施周期相应顺延。
2. 甲方应在需求调研阶段提供工序清单、染料配方编码规则及商城接口文档。需求确认书经甲方签字后，新增需求按人天另行计费，每人天人民币贰仟捌佰元。

3. 乙方实施人员在甲方工坊现场工作期间，甲方应提供办公场所、网络和必要的食宿便利。

## 第五条 上线与验收

1. 系统上线后，即视为甲方验收合格。
2. 甲方在上线后发现的问题，可在质保期内提交乙方处理，但不影响验收结论及付款义务。
3. 甲方要求出具书面验收单的，乙方可在上线后提供，甲方应在三个工作日内签署；逾期未签署的，视为已签署。

## 第六条 质保与维护

1. 质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程技术支持和缺陷修复。
2. 质保期内，系统出现一级故障（系统无法登录或工序数据无法录入）的，乙方在接到甲方报修后8小时内响应；其他问题在三个工作日内响应。乙方根据问题情况安排处理，具体解决时间视问题复杂程度确定。
3. 现场服务仅限于工作日，甲方要求乙方人员到大理现场的，差旅费用由甲方承担。
4. 质保期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议，维护费用按乙方届时执行的服务价格标准收取。
5. 未签订年度维护协议的，乙方不再提供补丁、升级及远程支持；甲方此后再申请维护的，乙方可要求甲方补缴中断期间的维护费用。
6. 甲方自行修改系统配置、数据库结构或安装其他软件导致的故障，不在质保范围内。

## 第七条 甲方的责任

1. 甲方应自行采购并维护系统运行所需的服务器、操作系统、数据库、网络设备及扫码终端，并保证其符合乙方提供的配置要求。
2. 甲方应指定一名系统管理员，负责账号分配、日常数据备份和与乙方的联络。因甲方未按要求备份造成的数据丢失，由甲方自行承担。
3. 甲方应按乙方培训内容规范操作。甲方员工操作失误造成的数据错误，乙方可协助处理，按人天收取服务费。
4. 甲方不得将系统用于本合同约定以外的工坊或关联企业。甲方新设门店或工坊需使用系统的，应另行向乙方购买许可。

## 第八条 培训

乙方为甲方提供两次集中培训：第一次在上线前，面向扎花、染色、质检及仓库岗位的操作人员；第二次在上线后一个月内，面向管理人员，内容包括报表查询、批次追溯及权限设置。超出两次的培训，按每次人民币叁仟元另行收费。

## 第九条 知识产权

1. 标准软件及其文档的著作权归乙方所有。
2. 定制开发部分的源代码、设计文档及相关知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得自行或委托他人修改、反向工程，亦不得将其提供给任何第三方使用。
3. 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户销售。

## 第十条 数据

1. 甲方在系统中录入和产生的工艺、生产及销售数据归甲方所有。
2. 乙方应对部署在甲方服务器上的系统设置访问权限和操作日志，对用户口令加密存储；乙方远程维护须经甲方同意，并使用甲方分配的账号。
3. 发生因乙方原因导致的数据泄露或丢失的，乙方应在接到通知后二十四小时内协助甲方排查和恢复，并依法承担相应的赔偿责任。
4. 甲方同意，乙方可对系统中的工艺参数、染色配方及生产数据进行脱敏处理后，用于乙方产品优化、行业分析及向其他客户提供的工艺推荐服务。

## 第十一条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条不适用于已公开的信息，以及乙方依第十条第4款使用的脱敏数据。保密义务在合同终止后两年内有效。

## 第十二条 违约与责任限制

1. 任何一方违反本合同约定的，应在收到对方书面通知后十五日内纠正；逾期未纠正的，守约方有权解除本合同。
2. 乙方在本合同项下的全部赔偿责任，以合同总价的20%为限。
3. 甲方未按期支付任一期款项的，乙方有权暂停履行本合同项下的全部义务，由此造成的延误和损失由甲方承担。
4. 在任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

## 第十三条 不可抗力

因不可抗力或政府行为、网络运营商故障、第三方软件缺陷等非乙方可控的原因，导致乙方不能按时或完全履行合同的，乙方不承担违约责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地的昆明仲裁委员会仲裁。

## 第十五条 其他

1. 本合同自双方盖章且乙方收到首期款之日起生效。
2. 本合同为乙方标准文本，双方另有约定的，以补充协议为准。
3. 乙方的报价单、用户手册及需求确认书为本合同附件。
4. 本合同一式两份，双方各执一份。

甲方（盖章）：大理青花蓝扎染工坊有限公司　　乙方（盖章）：昆明染迹数字科技有限公司
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. SRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Packaging Film Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Strangford Reliability Systems Limited, a company incorporated in Northern Ireland with its registered office at Castle Street, Newtownards, County Down (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance planning with the Vendor's software, configured for its plant, and the Vendor has agreed to license the software and perform the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ReliaPlan asset-reliability and maintenance management software, version 8, in object code, with its standard documentation and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including configurations, asset hierarchies, inspection routes, report templates, interface programs and their source code, and project documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including asset registers, work orders, sensor readings and personnel records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's sites in the People's Republic of China for up to 150 named users and unlimited read-only users.
P:2.2 The Vendor shall perform the following services: (a) configuration of the Software for the four production lines, utilities and warehouse, including the asset hierarchy for approximately 3,800 assets; (b) interfaces to the Customer's ERP system for spare parts and purchase requisitions and to its line data historian for condition readings; (c) migration of open work orders and five years of maintenance history from the existing spreadsheets; and (d) training for planners, technicians and system administrators.
P:2.3 The Vendor shall install the Software on servers provided by the Customer in its Suzhou data room.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,940,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Software licence fee CNY 1,240,000; configuration services CNY 410,000; interface development CNY 236,000; training CNY 54,000.
P:3.2 The Contract Price is fixed.
P:3.3 The Customer shall pay: (a) 25% of the Contract Price within twenty working days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer; (b) 50% of the Contract Price within twenty working days after the Vendor completes installation and the Customer signs the installation certificate; and (c) 25% of the Contract Price within twenty working days after Final Acceptance.
P:3.4 Signature of the installation certificate confirms only that the Software has been installed. It does not constitute acceptance of the Software or of any service.
H:Article 4 Timetable and Delay
P:4.1 The Vendor shall complete installation within sixty days and submit the system for acceptance testing within one hundred and fifty days after signature of this Agreement, following the project plan in Annex 1.
P:4.2 If the Vendor fails to submit the system for acceptance testing by the date in Article 4.1 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:4.3 The Customer shall provide server hardware, database licences, network access and the cooperation of its staff in good time. Delay caused by the Customer extends the dates in Article 4.1 accordingly.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall follow the test plan agreed in the design phase and shall cover every function listed in Annex 2.
P:5.2 The acceptance criteria are: (a) every function in Annex 2 performs as specified; (b) migrated work orders and history reconcile with the source spreadsheets, with all differences explained and corrected; (c) the ERP and historian interfaces run for ten consecutive working days without unresolved errors; (d) standard screens open within three seconds with 80 concurrent users; and (e) the system then runs in live operation for thirty consecutive days without a Severity 1 fault.
P:5.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. If any criterion is not met, the Vendor shall correct the defects and repeat the relevant tests at its own cost.
P:5.4 Live use of the Software, installation, or payment of any part of the Contract Price does not mean that the Customer has accepted the Software.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications and documentation for a warranty period of twenty-four months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions of the Software, and provide support at no additional charge.
P:6.2 Faults are classified as follows. Severity 1 means the Software is unavailable or maintenance work orders cannot be created or closed. Severity 2 means an important function is impaired but a workaround exists. Severity 3 means any other fault.
P:6.3 The Vendor shall respond to a Severity 1 fault within one hour at any time of day or night, and restore service within eight hours. Severity 2 faults shall receive a response within two business hours and a fix or workaround within three working days. Severity 3 faults shall be fixed in the next release.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response time or restoration time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment due.
P:6.5 After the warranty period, the Customer may order annual support covering the services in Articles 6.1 to 6.4. The annual support fee shall not exceed 11% of the Software licence fee, that is CNY 136,400 per year, and shall remain fixed for the first three years after the warranty period. Each year of support requires a separate written order from the Customer. Support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the interface programs at Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables freely, and may engage any third party to maintain them.
P:7.3 The Vendor shall indemnify the Customer against third-party infringement claims concerning the Software or the Custom Deliverables.
H:Article 8 Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall comply with the Customer's information security policies and with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access to the Customer's systems shall be approved by the Customer for each session, made through the Customer's virtual private network with multi-factor authentication, and logged. No Customer Data shall be transferred out of mainland China.
P:8.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in the investigation and remedy, and shall be liable for all loss caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's production methods, plant layouts and cost data, and shall use it only for the purposes of this Agreement.
P:9.2 These obligations continue for five years after the end of this Agreement, and without limit for trade secrets.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:10.2 Article 10.1 does not limit liability for death or personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent.
P:11.2 The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after receiving written notice of the breach, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination under Article 12.1 the Vendor shall refund all amounts paid for services not accepted, and the Customer may keep and continue to use the Software and the Custom Deliverables delivered up to termination.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising out of or in connection with it shall be governed by the laws of Northern Ireland.
P:13.2 The courts of Northern Ireland sitting in Belfast shall have exclusive jurisdiction over any such dispute.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification), is the entire agreement between the parties on its subject.
P:14.2 Any amendment must be in writing and signed by both parties.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms

**Lough Shore Cloud Ltd, Harbour Road, Donaghadee, County Down, Northern Ireland**

Order Form No. LSC-OF-27-0093

## Part A: Order Form

### A1. Parties

- **Provider:** Lough Shore Cloud Ltd, a company registered in Northern Ireland ("Provider").
- **Customer:** Tianjin Feichi Electric Bicycle Co., Ltd., a company registered in the People's Republic of China, Xiqing District, Tianjin ("Customer").

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Provider shall provide its ClaimTrack dealer warranty and field service platform (the "Service") as a hosted subscription service. The Service covers warranty claim registration by dealers, photo and fault-code upload, claim approval workflow, parts return tracking, field technician dispatch, and dealer performance reporting. Customer's 420 authorised dealers in mainland China shall access the Service through a web portal and a mobile app, using up to 180 named internal user accounts for Customer's own staff and unlimited dealer accounts.

The Service for Customer is hosted in a data centre in mainland China operated by Provider's hosting partner listed in Part B section 6.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months from the Go-Live Date. The Go-Live Date is the date on which Customer signs the Go-Live acceptance certificate under A5. The Subscription Term ends automatically at the end of the twenty-fourth month. Any further period requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Year 1 | 180 named users x CNY 1,450 | 261,000 |
| Platform subscription, Year 2 | 180 named users x CNY 1,450 | 261,000 |
| Onboarding and configuration | one-time | 64,000 |
| ERP and dealer portal integration package | one-time | 38,000 |
| **Total fees for the Subscription Term** | | **624,000** |

All amounts include value-added tax. The subscription price per user is fixed for the whole Subscription Term. Additional named users may be added at the same price, pro rata for the remaining months.

Payment terms:

1. Subscription fees are invoiced quarterly, in advance, at the start of each quarter of the Subscription Term, starting on the Go-Live Date. Customer shall pay each invoice within thirty days.
2. The onboarding fee and the integration package fee are invoiced after Customer signs the Go-Live acceptance certificate and are payable within thirty days.
3. No payment is due before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within seventy days after signature of this Order Form. Onboarding includes dealer data import, claim workflow configuration for Customer's three warranty policies, integration with Customer's ERP system for parts and credit notes, single sign-on, and training for Customer's after-sales team.

Go-Live acceptance criteria:

1. every workflow in the Configuration Specification completes in user acceptance testing with no open Priority 1 or Priority 2 defects;
2. the ERP integration posts credit notes and parts returns correctly for a test set of 300 claims;
3. the mobile app works on the Android and iOS versions listed in the Configuration Specification; and
4. thirty dealers selected by Customer complete a two-week pilot without a Priority 1 incident.

Customer shall sign the Go-Live acceptance certificate within five business days after the criteria are met. If Provider does not achieve Go-Live within seventy days for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 31,200.

### A6. Service Levels

1. **Availability.** Provider shall make the Service available at least 99.7% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.
2. **Incident response.** Priority 1 (Service unavailable, or dealers cannot submit claims): response within 30 minutes, restoration target 6 hours. Priority 2 (a major function is impaired): response within 2 hours, restoration target 1 business day. Priority 3 (other issues): response within 1 business day.
3. **Service credits.** If monthly availability falls below the committed level, Customer receives a credit of 5% of that month's subscription fee for each 0.2 percentage point (or part of it) below the commitment, up to 50% of that month's fee. If Provider misses a Priority 1 response time, Customer receives a further credit of CNY 800 per incident. Credits are deducted from the next invoice.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, images and files submitted to the Service by or for Customer or its dealers, and all records of claims, dispatches and payments generated in the Service for Customer.

1.2 "Customer Configurations" means the claim workflows, forms, report templates and integration mappings that Provider creates specifically for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its dealers a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's business.

2.2 Customer shall keep login credentials secure and is responsible for the acts of its users.

2.3 Provider shall provide support in Chinese and English through a service desk portal, a hotline and e-mail. Priority 1 incidents may be reported at any time; other incidents are handled on business days between 08:30 and 18:00 China Standard Time.

2.4 Provider may update the Service from time to time, provided that no update materially reduces the functions described in A2. Provider shall announce changes that affect dealers' screens at least ten days in advance and supply updated user guides.

2.5 Provider shall send Customer a monthly service report showing availability, incidents by priority, response and restoration times, and any credits due.

### 3. Intellectual Property

3.1 Provider owns the Service, its software and all improvements to it.

3.2 Customer owns the Customer Configurations. Provider shall export them in a documented format on request and at the end of the Subscription Term, and Customer may use, modify and license them freely, including with another provider.

### 4. Customer Data

4.1 As between the parties, Customer owns Customer Data. Provider shall use Customer Data to provide the Service under this Agreement.

4.2 Customer agrees that Provider may collect and analyse usage information and Customer Data in aggregated and anonymised form, and use the results during and after the Subscription Term to improve its products, to prepare industry benchmarking reports for its customers, and for other business purposes, provided that the results do not identify Customer or any individual.

4.3 Within thirty days after the end of the Subscription Term, Provider shall return Customer Data in a standard export format and then delete it from the Service, except as required by law.

### 5. Data Security

5.1 Provider shall maintain administrative, physical and technical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, logging of administrative access, daily backups kept in mainland China, and annual third-party penetration testing.

5.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China for the personal information of dealers and end users. Customer Data shall be stored in mainland China and shall not be transferred abroad.

5.3 Provider shall notify Customer within twelve hours after becoming aware of a security incident affecting Customer Data, shall take all steps needed to contain it, and shall be liable for loss caused by its failure to comply with this section 5.

### 6. Sub-processors and Subcontractors

6.1 Provider uses the hosting partner Jinghai Cloud Data Services Co., Ltd. in Tianjin and may use other sub-processors and subcontractors to provide the Service and support.

6.2 Provider may appoint or replace sub-processors and subcontractors at any time by giving Customer written notice at least fifteen days in advance. Provider remains responsible for their performance.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it.

7.2 This section survives for three years after the end of the Agreement.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to two times the total fees payable under the Order Form.

8.2 The limit does not apply to breach of section 5, breach of section 7, infringement of intellectual property rights, or wilful misconduct.

### 9. Term and Termination

9.1 This Agreement starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not remedied within thirty days after written notice.

9.3 On termination for Provider's breach, Provider shall refund any prepaid subscription fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other party's written consent.

11.2 Notices must be in writing and sent to the addresses in Part A.
"""

SRC["e03"] = """T:Supply Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. DSBW-PUR-2027-026
P:Buyer: Zhejiang Daishan Bluewater Aquaculture Co., Ltd., Daishan County, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Narrows Marine Instruments Ltd, The Square, Portaferry, County Down, Northern Ireland (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates offshore cage farms and onshore recirculating tanks for large yellow croaker and sea bass, and is buying a water-quality monitoring network with alarm software so that its operators can react quickly to falling oxygen levels and algal blooms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, buoys and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's AquaWatch monitoring and alarm software, including its mobile application, licensed under clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and working together at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the following, at the prices below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde (temperature, salinity, pH, turbidity, chlorophyll)|40|18,500|740,000
TB:2|Optical dissolved-oxygen sensor with anti-fouling wiper|120|2,900|348,000
TB:3|Solar-powered buoy telemetry gateway, 4G and LoRa|20|12,600|252,000
TB:4|AquaWatch monitoring software, perpetual site licence|1|286,000|286,000
TB:|Equipment and Software subtotal|||1,626,000
TB:5|Installation, mooring, calibration and commissioning|1 lot|142,000|142,000
TB:6|Operator and technician training|1 lot|22,000|22,000
TB:|Contract Price|||1,790,000
P:2.2 The Contract Price of CNY 1,790,000 is fixed and includes value-added tax, import duties, freight to site, insurance, and all travel costs of the Supplier's staff.
P:2.3 The Supplier shall deliver the Equipment to the Buyer's Daishan base with spare wiper brushes and calibration solutions for the warranty period.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price as an advance within fifteen working days after signature, against an advance payment guarantee from a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within fifteen working days after all Equipment has been installed and the Buyer has signed the installation record. The installation record confirms only delivery and installation, not acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the Contract Price within fifteen working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the liquidated damages, credits and other amounts the Supplier owes under this contract, after giving the Supplier a written statement of the deduction.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within ninety days and complete installation and commissioning within one hundred and thirty days after signature.
P:4.2 Offshore installation work depends on sea conditions. The Buyer's farm manager decides when boats may go out, and days lost to weather warnings issued by the Zhoushan marine authority extend the dates in clause 4.1.
P:4.3 If the Supplier is late in delivery or completion for any other reason, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:4.4 Title to each item of Equipment passes to the Buyer on delivery to site. Risk passes on Final Acceptance; until then the Supplier bears the risk of loss of or damage to the Equipment, except damage caused by the Buyer's boats or staff.
P:4.5 The Buyer shall provide boats and crew for offshore work, space in its workshop for preparing moorings, and access to its network and the server room. The Supplier shall follow the Buyer's safety rules, including the use of life jackets on all boats.
H:5. Acceptance
P:5.1 After commissioning the System shall run for a trial period of forty-five days.
P:5.2 Final Acceptance requires that: (a) every sensor reports to the Software at least once every five minutes, with no more than three data gaps longer than thirty minutes per sensor over the trial period; (b) dissolved-oxygen readings agree with the Buyer's calibrated handheld meter within 0.3 mg/L at three spot checks per cage group; (c) low-oxygen alarms reach the responsible operator's mobile phone within sixty seconds in a witnessed test; and (d) no Severity 1 fault occurs during the last twenty days of the trial period.
P:5.3 If the criteria are met, the Buyer shall sign the final acceptance certificate within seven working days. If not, the Supplier shall correct the defects at its own cost and the trial period shall be repeated as needed. Installation, use of the System or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment free of charge, including parts, labour and freight, and shall supply all Software updates.
P:6.2 Replacement sensors shall be shipped within five working days from stock held in Shanghai.
P:6.3 The Supplier shall carry out a recalibration visit every six months during the warranty period.
H:7. Support and Service Levels
P:7.1 Severity 1 means that alarms are not delivered, or that more than a quarter of the sensors at one farm stop reporting. Severity 2 means any other loss of data from a sensor or gateway. Severity 3 means a software defect that does not affect monitoring.
P:7.2 The Supplier shall respond to a Severity 1 fault within 2 hours at any time and restore alarm delivery within 8 hours; Severity 2 within 1 business day; Severity 3 within 3 business days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600.
P:7.4 After the warranty period the Buyer may buy annual support covering clauses 6.1 to 6.3 and 7.1 to 7.3 for 7% of the Equipment and Software subtotal per year, that is CNY 113,820 per year. This price is fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:7.5 Training shall cover daily checks, sensor cleaning, replacement of wiper brushes, field calibration and alarm management for operators, and configuration and backup of the Software for the Buyer's technicians. The Supplier shall deliver operating and maintenance manuals in Chinese.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's farms and offices in the People's Republic of China, for any number of users.
P:8.2 The alarm rules, farm maps, dashboards and the data interface to the Buyer's feeding system that the Supplier develops for this contract belong to the Buyer. The Supplier shall deliver them with source files at Final Acceptance, and the Buyer may use, modify and license them freely.
H:9. Data
P:9.1 All measurement data, alarm records and farm information in the System belong to the Buyer. The Supplier shall use them only to perform this contract.
P:9.2 The Software server is installed at the Buyer's Daishan office. The Supplier's remote access requires the Buyer's approval for each session and takes place through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy data out of the System or transfer it outside mainland China.
P:9.3 The Supplier shall keep the Software patched, use encrypted communication between gateways and the server, and inform the Buyer within eight hours of any data security incident it becomes aware of. The Supplier is liable for losses caused by its breach of this clause 9.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information received under this contract, including the Buyer's farm locations, stocking data and production figures, during the contract and for three years afterwards.
H:11. Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier may not subcontract the installation or mooring work, or any other part of the contract, without the Buyer's prior written consent. The Supplier remains responsible for any subcontractor.
H:13. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if liquidated damages under clause 4.3 reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted and remove it at its own cost.
H:14. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:15. Force Majeure
P:Neither party is liable for delay caused by typhoons, storms or other events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, the parties shall agree how to continue.
H:16. General
P:This contract is made in English and Chinese. It takes effect when signed and sealed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Building Systems Services Agreement

Agreement No. DBF-SZ-2027-05

**Between** Shenzhen Jiahe Precision Electronics Co., Ltd., Guangming District, Shenzhen, Guangdong Province, People's Republic of China ("Customer")

**and** Dundrum Bay Facilities Technology Ltd, Main Street, Ballynahinch, County Down, Northern Ireland, acting with its service team based in Shenzhen ("Provider").

## Background

Customer operates two factory buildings and a clean-room block in Shenzhen. Their heating, ventilation and air-conditioning, chilled-water plant, clean-room pressure control, lighting and energy meters are controlled by building management systems from three different manufacturers. Customer wishes to outsource the day-to-day operation, monitoring and optimisation of these systems to Provider for thirty-six months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which Customer confirms in writing that the transition criteria in clause 3.3 are met.

1.3 "Monitoring Platform" means Provider's remote monitoring and analytics platform through which Provider supervises the building systems and reports to Customer.

1.4 "Contract Year" means each year of the Term, starting on Service Commencement or on an anniversary of it.

## 2. Term

2.1 The Services shall be provided for thirty-six months from Service Commencement (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, at charges to be agreed at that time.

## 3. Transition

3.1 Within ninety days after signature, Provider shall survey the sites, document all building management controllers and points, connect them to the Monitoring Platform through a gateway installed in Customer's facility room, take over alarm handling from Customer's facilities team, and prepare the operating manual.

3.2 Provider shall assign a transition manager and keep Customer informed through weekly progress meetings.

3.3 The transition criteria are: (a) every point listed in the site survey is visible on the Monitoring Platform with correct values; (b) all critical alarms listed in Schedule 1 have been tested from the field device to Provider's operations centre and to Customer's duty phone; (c) the operating manual and escalation list have been approved by Customer; and (d) Provider has run the Services in parallel with Customer's team for fourteen days without a missed critical alarm.

3.4 If Service Commencement does not occur within ninety days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,500 for each day of delay, up to a maximum of CNY 161,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. They are fixed for the Term and include value-added tax.

4.2 The Transition Fee is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay each correct invoice within thirty days after receipt.

4.3 No advance payment is due under this Agreement.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3 and report its performance monthly.

5.2 If Provider fails to meet a service level, Customer is entitled to the service credits stated in Schedule 3, deducted from the next invoice. Service credits are not Customer's only remedy.

5.3 The parties shall hold a quarterly service review to discuss performance, energy savings achieved and planned changes.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's staff access to plant rooms, controllers and drawings as reasonably needed, and shall name a facilities manager as its contact.

6.2 Customer remains responsible for the purchase of replacement equipment above CNY 5,000 per item, which Provider shall quote and install at the rates in Schedule 2.

6.3 Customer shall inform Provider in advance of any planned changes to its production layout, clean-room classification or building equipment that may affect the Services.

## 7. Provider Staff

7.1 Provider shall assign a named service manager and qualified technicians familiar with the controller brands installed at Customer's sites, and shall hold the operating qualifications required in China for work on electrical and refrigeration systems.

7.2 Provider shall not replace the service manager or the on-site technician without giving Customer at least thirty days' notice, except in case of illness or resignation, and shall provide a full handover to the replacement.

7.3 Provider's staff shall follow Customer's site rules, including clean-room gowning procedures, permit-to-work requirements and electrostatic discharge controls.

## 8. Changes

8.1 Either party may propose a change to the scope of the Services. Provider shall respond within ten business days with the effect on charges and service levels.

8.2 No change is binding unless agreed in writing by both parties.

## 9. Ownership of Results and Data

9.1 Control strategies, set-point schedules, energy reports, point lists and the operating manual prepared by Provider for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

9.2 All data generated by Customer's building systems and meters belongs to Customer. Provider shall use it only to perform the Services and shall hand it over to Customer in a readable format at the end of the Term.

9.3 Provider keeps the rights in the Monitoring Platform and its standard analytics software.

## 10. Confidentiality

10.1 Provider shall keep confidential all information about Customer's buildings, production processes, clean-room specifications, energy consumption and business that it receives or learns while performing the Services.

10.2 Provider shall not disclose such information to third parties without Customer's prior written consent, and shall ensure that its employees are bound by the same duty. This clause continues for three years after the end of the Agreement.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent.

11.2 Customer hereby consents to the use of the manufacturers of the existing controllers for warranty repairs. Provider remains responsible for all subcontractors.

## 12. Liability

12.1 Provider shall be liable for damage to Customer's property caused by its staff or subcontractors.

12.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed CNY 1,050,000.

12.3 Clause 12.2 does not apply to death or personal injury caused by negligence, or to fraud.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the Priority 1 response time in Schedule 3 more than three times in any Contract Year.

13.2 On termination or expiry, Provider shall cooperate for up to sixty days in transferring the Services to Customer or a new provider, at the daily rates in Schedule 2.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## 15. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods or public power failures, provided it notifies the other party promptly and does its best to resume performance. Service levels are suspended for the affected period. The Monthly Service Charge is reduced in proportion to the Services not provided.

## 16. General

This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

**For Customer:** ____________________ **For Provider:** ____________________

## Schedule 1: Scope of Services

| Area | Systems covered | Services |
|---|---|---|
| Building A (SMT assembly) | HVAC, chilled water, lighting, energy meters | 24x7 remote monitoring, alarm handling, monthly optimisation |
| Building B (final assembly, warehouse) | HVAC, lighting, energy meters | 24x7 remote monitoring, alarm handling, monthly optimisation |
| Clean-room block | pressure cascade, temperature and humidity, fan filter units | 24x7 remote monitoring, critical alarm response, quarterly verification |
| Central plant | two chillers, cooling towers, pumps | remote monitoring, preventive maintenance of controls, chiller sequencing |
| All sites | building management servers and gateway | patching, backups, user administration |

Critical alarms: clean-room pressure loss, chiller trip, chilled-water supply temperature high, fire system interface fault, gateway offline.

One Provider technician is on site at Customer's premises on business days from 08:30 to 17:30.

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement | 124,000 |
| Monthly Service Charge | 36 months x CNY 86,000 | 3,096,000 |
| **Total contract value** | | **3,220,000** |
| Additional engineer day (outside scope) | per person-day | 3,200 |
| Installation of replacement equipment | per person-day | 2,800 |

## Schedule 3: Service Levels and Credits

| Service level | Target | Service credit |
|---|---|---|
| Monitoring Platform availability | 99.95% per month | 1% of the Monthly Service Charge for each 0.01 percentage point below target, up to 20% |
| Priority 1 response (critical alarm) | 15 minutes, any time | CNY 2,000 for each late response |
| Priority 1 technician on site | 2 hours | CNY 1,000 per hour late |
| Priority 2 response | 1 hour | CNY 500 for each late response |
| Priority 3 response | next business day | none |
| Monthly report | by the 5th business day | CNY 1,000 if late |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT

Agreement reference: LD-DSA-2027-118

This Data Subscription Agreement is made between:

Lagan Valley Agri-Data Limited, a company registered in Northern Ireland, of Bridge Street, Dromore, County Down ("Provider"); and

Dalian Haorun Grain and Oilseeds Trading Co., Ltd., a company registered in the People's Republic of China, of Zhongshan District, Dalian, Liaoning Province ("Customer").

Customer trades soybeans, corn and rapeseed imported from North and South America and the Black Sea region. It wishes to receive weather observations, seasonal forecasts and crop-condition indices for the main growing regions through an application programming interface, and to feed them into its own risk and procurement models. Provider collects and processes such data and offers it by subscription.

1. DEFINITIONS

1.1 "Data Services" means the data sets, API endpoints and bulk files listed in clause 2, as updated by Provider from time to time.

1.2 "Subscription Year" means each one-year period starting on the Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date on which Customer confirms in writing that the connection acceptance test under clause 4 has been passed.

1.4 "Custom Feed" means the customised crop-condition index for the soybean regions of Mato Grosso, Parana, Iowa and Illinois that Provider builds for Customer under clause 3, including its methodology document and calculation code.

1.5 "Customer Data" means all data Customer supplies to Provider, including the locations of its supply regions, its contract volumes used to weight the Custom Feed, and the queries made by its users.

2. DATA SERVICES

2.1 Provider shall give Customer access, through its REST API and a daily bulk file, to: (a) hourly weather observations for 1,800 stations in the United States, Brazil, Argentina, Ukraine and Canada; (b) fifteen-day and seasonal forecasts for the same regions; (c) weekly vegetation and soil-moisture indices derived from satellite data; and (d) the Custom Feed, updated every Monday.

2.2 Customer may use the Data Services for its internal business purposes, including in reports to its affiliates, banks and insurers, but shall not resell the raw data.

2.3 Customer may create up to 40 user accounts and 6 API keys. Additional keys are available at no charge on request.

3. CUSTOM FEED

3.1 Provider shall deliver the Custom Feed, with its methodology document and calculation code, within sixty days after signature of this Agreement.

3.2 If Provider fails to deliver the Custom Feed by that date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to a maximum of CNY 36,100.

3.3 The Custom Feed and all intellectual property rights in it belong to Customer from creation. Provider shall deliver the calculation code and may not supply the Custom Feed or its weighting method to any other client. Customer may use, modify and license the Custom Feed freely. Provider keeps the rights in its underlying data sets and standard indices.

4. CONNECTION ACCEPTANCE

4.1 Before the Start Date, Provider and Customer shall run a connection acceptance test over ten consecutive business days.

4.2 The test is passed when: (a) every endpoint listed in the API documentation returns data in the documented format to Customer's servers in Dalian; (b) the daily bulk file arrives before 07:00 China Standard Time on each test day; (c) station data for fifty stations chosen by Customer match the records of the national weather services within the tolerances in the API documentation; and (d) the Custom Feed has been delivered and reproduces the back-test results in its methodology document.

4.3 If the test is not passed, Provider shall correct the problems and the test shall be repeated. The Start Date does not occur, and no subscription fee accrues, until Customer confirms in writing that the test has been passed.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription fee, Subscription Year 1: CNY 348,000
Subscription fee, Subscription Year 2: CNY 348,000
Set-up and Custom Feed fee (one-time): CNY 26,000
Total fees for the Subscription Term: CNY 722,000

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The set-up and Custom Feed fee is invoiced after the Start Date.

5.3 Customer shall pay each invoice within thirty days after receipt. All fees include value-added tax and are fixed for the Subscription Term.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to make the Data Services available at all times and to deliver data updates on schedule, but does not guarantee that the Data Services will be uninterrupted or error-free.

6.2 Customer may report problems by e-mail to Provider's support desk. Provider will investigate reported problems and endeavour to resolve them as soon as reasonably practicable.

6.3 Provider may carry out maintenance of its systems from time to time and will try to give Customer advance notice of planned interruptions.

6.4 Where source agencies or satellite operators delay or withdraw data, Provider will inform Customer and supply the data when it becomes available.

6.5 Provider may change the format of the Data Services, add data sets or retire individual stations, provided that it gives Customer at least sixty days' notice of any change that requires changes to Customer's systems and that the overall coverage described in clause 2.1 is not reduced.

6.6 Provider shall keep the API documentation up to date and provide a test environment in which Customer can check changes before they take effect.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Services and the Custom Feed to Customer and for no other purpose, and shall not disclose it to any third party.

7.2 Provider shall protect Customer Data and Customer's API keys with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, multi-factor authentication, and logging of all access.

7.3 Provider shall notify Customer within twenty hours after becoming aware of any unauthorised access to, disclosure of, or loss of Customer Data or API keys, shall take immediate steps to contain the incident, and shall be liable for the losses Customer suffers as a result of Provider's breach of this clause 7.

7.4 At the end of the Subscription Term, Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement. For Customer, this includes its supply regions, contract volumes, trading positions and the fact that it uses the Custom Feed.

8.2 Confidential information may be disclosed only to employees and professional advisers who need it and are bound by equivalent duties, or where required by law.

8.3 This clause continues for three years after the end of this Agreement.

9. LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, trading losses or indirect loss. Customer acknowledges that weather and crop data are estimates and that trading decisions remain its own responsibility.

9.3 Clause 9.1 does not apply to death or personal injury caused by negligence, or to fraud.

10. SUBCONTRACTING

Provider shall not subcontract the development of the Custom Feed or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.3 If Customer terminates under clause 11.2, Provider shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time.

13. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including failures of public telecommunications networks, satellite outages, war, epidemic or government action, provided that the affected party informs the other party promptly and resumes performance as soon as possible. If such an event prevents the Data Services for more than forty-five consecutive days, either party may end this Agreement by written notice, and Provider shall refund the fees paid for the period after the end.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h1150z01_justice_bureau_admin_review_platform.pdf", "pdf", "zh"),
    "z02": ("h1150z02_knife_sharpener_plant_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h1150z03_bike_repair_chain_booking_membership_saas.txt", "txt", "zh"),
    "z04": ("h1150z04_county_forestry_fire_risk_monitoring_om.txt", "txt", "zh"),
    "z05": ("h1150z05_tie_dye_workshop_process_tracking_supplier_template.md", "md", "zh"),
    "e01": ("h1150e01_newtownards_vendor_perpetual_licence_services.pdf", "pdf", "en"),
    "e02": ("h1150e02_donaghadee_vendor_saas_order_form.md", "md", "en"),
    "e03": ("h1150e03_portaferry_vendor_aquaculture_water_sensors.docx", "docx", "en"),
    "e04": ("h1150e04_ballynahinch_vendor_managed_bms_services.md", "md", "en"),
    "e05": ("h1150e05_dromore_vendor_weather_crop_data_api.txt", "txt", "en"),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "services"}

# ---------------------------------------------------------------- labels (buyer's view)
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 2, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 28, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", S],
    "z04": [99.95, 1, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
    "z05": [None, 8, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True, None, "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 25, True, True, 24, 11, False, True, False, "Northern Ireland", G],
    "e02": [99.7, 0.5, True, "buyer", True, False, True, 500 / 624000 * 100, 200, None, True, None, None, None, False, True, True, "PRC", S],
    "e03": [None, 2, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True, False, "PRC", G],
    "e04": [99.95, 0.25, True, "buyer", False, True, True, 2500 / 3220000 * 100, 1050000 / 3220000 * 100, None, True, None, None, None, False, True, False, "PRC", S],
    "e05": [None, None, False, "buyer", True, True, True, 600 / 722000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 1530000),
    "z02": (True, True, True, False, 1480000),
    "z03": (True, True, None, False, 496000),
    "z04": (True, True, None, False, 386000),
    "z05": (True, False, False, True, 430000),
    "e01": (True, True, True, False, 1940000),
    "e02": (True, True, None, False, 624000),
    "e03": (True, True, True, False, 1790000),
    "e04": (True, True, None, False, 3220000),
    "e05": (False, True, None, False, 722000),
}
# design data not in the labels: itemised licence/hardware subtotal (TCO fee base), forum outside mainland China
FEE_BASE = {"z01": 760000, "z02": 1292000, "z05": 168000, "e01": 1240000, "e03": 1626000}
FORUM_OUTSIDE = {"e01"}
PRICE_SUMS = {"z01": [760000, 585000, 118000, 67000], "z02": [516000, 228000, 81600, 188000, 42400, 236000, 168000, 20000],
              "z03": [421600, 58000, 16400], "z04": [96500] * 4, "z05": [168000, 226000, 36000],
              "e01": [1240000, 410000, 236000, 54000], "e02": [261000, 261000, 64000, 38000],
              "e03": [740000, 348000, 252000, 286000, 142000, 22000], "e04": [124000, 36 * 86000],
              "e05": [348000, 348000, 26000]}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco(key):
    t = dict(zip(T, TERMS[key]))
    cv, w, pct = EXTRA[key][4], t["warranty_months"], t["post_warranty_fee_pct"]
    if t["contract_kind"] != G or pct is None or w is None or not EXTRA[key][2]:
        return None
    years = max(0.0, HORIZON - w / 12)
    fees = years * pct / 100 * FEE_BASE[key]
    total = cv + fees
    return total, fees / total * 100


def derive(key):
    t = dict(zip(T, TERMS[key]))
    sla, ld, capped, deemed, cv = EXTRA[key]
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
    if not ld:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x and x[1] > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] != "PRC" or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
BAD = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0?\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"0\.05\s*per\s*cent",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"(?<![一二三四五六七八九十两])四\s*个?\s*小时",
    r"(?<![a-z])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.,])100\s*%", r"百分之一?百(?!分)", r"hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*per\s*cent",
    r"(?<![\d.,])15\s*%", r"百分之十五(?!点)", r"(?<![a-z-])fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*per\s*cent",
    r"(?<![\d.,])12\s*个\s*月", r"(?<![\d.,])12\s*(?:-\s*)?(?:calendar\s*)?months?", r"十二\s*个\s*月",
    r"(?<![a-z-])twelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?", r"一\s*年\s*质\s*保", r"质保期\s*为?\s*一\s*年",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时内响应", "4 个小时", "within 4 hours", "4 hrs", "四小时", "four hours",
            "four-hour", "0.05%", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十",
            "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months", "twelve months", "12-month",
            "twelve (12) months", "质保期为一年", "thirty per cent"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "fourteen days",
             "0.08%", "万分之三", "万分之五十", "35%", "百分之三十五", "150%", "115%", "140%", "0.15%", "1,100%",
             "18个月", "2027年12月31日", "24 months", "0.5%", "5%", "45%", "4G", "0.3 mg/L", "百分之四十五",
             "twenty-four months", "thirty-six months", "forty-five days"]


def bad_hits(text):
    return [p.pattern for p in BAD_RE if p.search(text)]


def self_test():
    for s in MUST_HIT:
        if s:
            assert bad_hits(s) or bad_hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        if s:
            assert not bad_hits(s) and not bad_hits(re.sub(r"\s+", "", s)), ("must miss", s, bad_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, kind, lang) in FILES.items():
        assert name.startswith("h1150" + key + "_")
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: (FILES[k][0], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    for key, (name, kind, lang) in FILES.items():
        text = read_back(OUT / name, kind)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = bad_hits(variant)
            assert not hits, (name, hits, [m.group(0) for p in BAD_RE for m in p.finditer(variant)][:5])
        t = dict(zip(T, TERMS[key]))
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (name, k)
        sla, ld, capped, deemed, cv = EXTRA[key]
        assert sum(PRICE_SUMS[key]) == cv, (name, sum(PRICE_SUMS[key]), cv)
        assert f"{cv:,}" in text, (name, "contract value not in text")
        x = tco(key)
        if x:
            assert not (TCO_SHARE_TH - 2 <= x[1] <= TCO_SHARE_TH + 2), (name, x)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (name, rules, DESIGN[key])
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        label = {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {rules or '(none)'}; risk {risk(rules)}"
              + (f"; TCO {x[0]:,.0f}, share {x[1]:.1f} %" if x else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert len(DESIGN["z05"]) in range(8, 11)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
