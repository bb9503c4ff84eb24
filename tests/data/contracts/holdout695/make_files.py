"""holdout695: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:灌溉试验数据管理平台采购及定制开发合同
P:项目名称：省中心灌溉试验站灌溉试验数据管理平台采购项目
P:采购方式：公开招标（政府采购）　合同编号：GGSY-ZC-2026-031
P:甲方（采购人）：××省中心灌溉试验站
P:乙方（供应商）：××水利信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方在平等、自愿的基础上经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，与本合同具有同等效力；各文件之间如有矛盾，以本合同条款为准。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供灌溉试验数据管理平台软件许可（含试验设计、田间观测、土壤墒情、作物需水量计算、灌溉制度优化、数据共享交换六个子系统），并完成定制开发、历史数据迁移、部署实施与培训服务。
P:1.2 合同总价为人民币贰佰零壹万元整（¥2,010,000.00），含税，由以下各项组成：平台软件许可费¥1,180,000；定制开发费¥640,000（墒情站自动采集接口、蒸渗仪数据接入、试验小区GIS一张图、年度试验报告自动生成）；数据迁移与实施费¥156,000；培训费¥34,000。
P:1.3 合同总价为固定价格，已包含软件、开发、迁移、运输、安装、税费及质保期内服务的全部费用。除甲方书面变更需求外，合同价格不作调整。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后一百二十日内完成平台部署、定制开发和历史数据迁移，并向甲方提交初验申请及全部技术文档。
P:2.2 交付地点为甲方试验站中心机房及甲方指定的政务云环境，乙方负责在上述环境中完成安装、配置与联调。
P:2.3 历史数据范围为甲方1998年以来的灌溉试验记录、气象观测和墒情监测数据，迁移前由双方共同确认数据清单和字段对照表。
H:第三条 付款方式
P:3.1 合同签订且乙方提交金额为合同总价百分之五的履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台终验合格后十个工作日内，甲方支付合同总价的35%，履约保函同时退还。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款按财政资金支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：平台全部功能按需求规格说明书逐项测试通过；历史数据迁移后记录条数与源库一致，随机抽取不少于5%的记录逐字段比对无差错；各采集接口连续运行十日无中断；在二百个并发用户下常用查询响应时间不超过3秒。
P:4.2 初验合格后进入九十日试运行期。试运行期内未发生一级故障、初验遗留问题全部关闭，并通过第三方测评机构的网络安全等级保护测评的，甲方组织终验。终验可邀请行业专家参加。
P:4.3 验收以甲乙双方签署的验收报告为准。平台上线运行、甲方实际使用或支付部分款项，均不视为验收合格。
P:4.4 验收不合格的，乙方应在十日内整改并重新提交验收，由此发生的费用由乙方承担；第二次验收仍不合格的，甲方有权解除合同。
H:第五条 质保与售后服务
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询和必要的现场服务。
P:5.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件许可费的9%（即¥106,200），该价格在质保期满后三个服务年度内保持不变。维护合同另行签订，不自动续期。
P:5.3 乙方提供7×24小时服务热线，并指定一名项目经理作为甲方的固定联系人。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%。计划内维护须提前三个工作日经甲方同意，并安排在非灌溉试验观测时段，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或自动采集中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次工作日内解决；三级问题在下一版本中修复。
P:6.3 乙方未达到上述响应或恢复时限的，每超时一小时向甲方支付服务违约金¥1,200；月度可用率每低于承诺值0.02个百分点，扣减¥3,000。上述款项可从履约保函或应付款中扣除。
H:第七条 知识产权
P:7.1 平台标准产品的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属试验站点。
P:7.2 为本项目定制开发的接口程序、报表模板、GIS专题图层及其源代码和技术文档，知识产权归甲方所有。乙方应在终验时一并移交，甲方可自行修改或委托第三方继续开发。
P:7.3 乙方保证所提供的软件不侵犯第三方知识产权，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全与数据权属
P:8.1 平台中的全部试验数据、观测数据及由此形成的统计成果均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实数据安全措施，包括访问权限最小化、重要数据加密存储、操作日志留存不少于六个月，远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚和损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方试验方案、未公开的科研成果、网络结构和账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除，在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软件或服务不符合合同约定，经甲方书面通知后十日内仍未纠正的，甲方有权要求乙方赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方，亦不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同，并要求乙方退还已付款项、赔偿损失：（一）严重违反本合同约定，经书面催告后十日内仍未纠正；（二）第二次验收仍不合格；（三）因乙方原因发生重大数据安全事件。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方按实际完成的工作量结算。
H:第十三条 适用法律与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应友好协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同未尽事宜，按照政府采购有关规定执行，双方也可另行签订补充协议。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

Z02 = """T:唢呐碗旋压及哨片生产线控制系统改造合同
P:合同编号：SN-GZ-2026-018
P:甲方（买方）：××民族乐器唢呐厂
P:乙方（卖方）：××智能装备科技有限公司
P:甲方因唢呐碗旋压工段和哨片修削工段的设备控制系统老化、产品一致性差，委托乙方对该生产线进行控制系统改造，并提供质保期满后的维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号车间的铜碗旋压生产线（旋压机四台、退火炉一台、抛光工位两个）和哨片修削生产线（修削工位两个、分选工位一个）。
P:1.2 乙方负责旋压机伺服数控改造、哨片修削工位视觉检测、全线PLC与人机界面更换、生产线监控软件部署及与甲方现有ERP系统的工单对接，并承担拆旧、安装、调试和操作培训。
P:1.3 改造应在甲方指定的停产窗口内完成，停产窗口不超过二十五日。乙方应提前提交施工方案，经甲方生产部门确认后方可进场。
P:1.4 乙方应派驻具有电气作业资格的项目经理和工程师不少于三人，项目经理未经甲方同意不得更换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾肆万贰仟元整（¥1,342,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|旋压机伺服数控改造（含伺服电机、驱动器、数控系统）|4台|168,000|672,000
TB:2|哨片修削工位视觉检测系统|2套|96,000|192,000
TB:3|产线PLC控制柜与人机界面|1套|216,000|216,000
TB:4|生产线监控软件许可（永久）|1套|158,000|158,000
TB:|软硬件小计|||1,238,000
TB:5|安装调试及ERP工单对接|1项|88,000|88,000
TB:6|操作与维护培训|1项|16,000|16,000
TB:|合计|||1,342,000
P:2.2 上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务费用。
P:2.3 因甲方需求变化增加或减少工作量的，双方以书面形式确认变更内容和价格，按本合同单价计算。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并完成安装、甲方签收后十个工作日内，甲方支付合同总价的55%。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
P:3.5 甲方支付预付款前，乙方应提交与预付款等额的银行保函，保函有效期至设备到货签收之日。
H:第四条 交付与验收
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并在停产窗口内完成安装调试。
P:4.2 验收标准：旋压成形的唢呐碗壁厚偏差不超过±0.08毫米，连续抽检二百只合格率不低于98%；视觉检测对哨片开裂、厚度超差的检出率不低于99%，误判率不高于2%；生产线连续运行七十二小时无停机故障；监控软件与ERP工单数据一致。
P:4.3 乙方提交验收申请后，甲方在七日内组织最终验收，双方签署验收报告。设备安装、试生产或甲方使用均不视为验收合格。
P:4.4 验收不合格的，乙方应在十日内整改后重新验收，整改费用由乙方承担。
P:4.5 乙方应在验收时移交设备清单、电气原理图、PLC程序备份、软件安装介质、操作手册和维护手册各两套。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:5.2 质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的8%（即¥99,040），该价格在质保期满后的三个维保年度内不变；此后续签的，涨幅不超过上年度的3%。
P:5.3 维保服务内容包括每季度一次预防性巡检、伺服及视觉系统校准、备件供应和软件缺陷修复。
P:5.4 乙方应在甲方所在地储备伺服驱动器、视觉相机等关键备件，保证质保期及维保期内关键备件二十四小时内到位。
P:5.5 乙方应为甲方操作工和设备维修人员各组织不少于两期培训，每期不少于三日，培训后进行考核，确保甲方人员能够独立完成日常操作、参数调整和一般故障排除。
H:第六条 故障响应
P:6.1 故障等级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|生产线停机或旋压机无法运行|1小时|8小时|24小时
TB:二级|单个工位功能异常，生产可继续|2小时|次工作日|三个工作日
TB:三级|软件界面、报表等一般问题|8小时|按需|下一版本
P:6.2 乙方未按上表时限响应或到场的，每超时一小时向甲方支付¥800；一级故障超过修复时限的，每超过一小时另付¥1,500。上述款项可从应付款或维保费中扣除。
P:6.3 乙方应开通故障报修电话和在线报修渠道，每次故障处理完毕后提交故障处理报告，说明原因和预防措施。
H:第七条 知识产权
P:7.1 监控软件标准产品的著作权归乙方，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、人机界面画面、视觉检测模板和ERP对接程序，连同其源代码和技术文档，归甲方所有，甲方可自行修改或交由第三方维护。
P:7.3 乙方保证其提供的设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全与保密
P:8.1 生产线运行数据、工艺参数和产品质量数据属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方设备部门当次授权，并通过甲方提供的工业防火墙和审计通道进行；乙方不得在设备中留存后门或未经告知的远程连接。发生数据泄露或篡改的，乙方应在2小时内通知甲方，并承担由其原因造成的全部损失。
P:8.3 双方对在合作中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
P:8.4 项目结束时，乙方应删除其在调试过程中获取的甲方工艺参数和生产数据，并出具书面确认。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:9.3 因乙方改造质量问题造成甲方停产损失的，乙方应予赔偿。
P:9.4 乙方在甲方厂区施工期间应遵守甲方安全生产管理制度，因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
H:第十条 分包
P:10.1 乙方可将电气柜安装、线缆敷设等辅助性工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包部分的质量和安全承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 因不可抗力导致合同无法履行的，双方可协商解除合同。
P:11.3 合同解除后，乙方应在十日内撤出现场并移交已完成部分的技术资料。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:13.2 本合同附件包括：设备技术规格书、施工方案、验收记录表。
P:13.3 双方联系方式变更应及时书面通知对方，未通知的，按原联系方式送达即视为已经送达。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　　　代表签字：
"""

Z03 = """连锁门店课程预约与会员管理系统服务合同（SaaS）

合同编号：JQR-SaaS-2026-07
甲方：××少儿机器人教育科技（集团）有限公司
乙方：××云课软件有限公司

甲方在全国经营五十家少儿机器人编程培训门店，拟统一使用课程预约与会员管理系统。乙方以软件即服务（SaaS）方式向甲方提供该系统，并负责实施上线。双方经友好协商，订立本合同，共同遵守。

一、服务内容
（一）乙方向甲方五十家门店及总部开通课程预约与会员管理系统的使用权限，功能包括：
1. 课程排期、教室与教练排班、家长端小程序预约及候补；
2. 会员档案、课时包购买、课时消耗与有效期管理；
3. 试听课线索跟进、续费提醒和门店业绩报表；
4. 与甲方现有财务系统及支付通道的对接。
（二）实施服务包括：门店数据初始化、历史会员及剩余课时迁移、小程序按甲方品牌定制页面、管理员与店长培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。
（四）乙方应为甲方配备专属客户成功经理，负责日常沟通、需求收集和版本更新说明；系统每次版本更新前应提前五日通知甲方，涉及门店操作变化的，应同步提供培训材料。
（五）乙方应为每家门店店长和前台人员提供线上培训，并在总部组织两次集中培训，提供操作手册和视频教程。
（六）乙方应根据甲方门店运营需要，在服务期内免费提供不超过三次的小程序页面调整。

二、费用与支付
（一）系统服务费按门店计收，每家门店每个服务年度¥6,800，五十家门店每个服务年度合计¥340,000，两个服务年度合计¥680,000。
（二）实施费为一次性费用¥86,000。
（三）本合同总价为¥766,000（含税）。
（四）支付安排：
1. 实施费在上线验收合格后十个工作日内一次付清；
2. 每个服务年度的服务费在该服务年度开始后十五日内支付；
3. 服务期内门店数量增加的，新增门店按剩余服务天数折算计费；门店关闭的，自次月起停止计费。
（五）乙方收款前应开具增值税专用发票。
（六）服务期内乙方不得单方调整本合同约定的服务费标准。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施，并提交上线验收申请。
（二）上线验收标准：
1. 五十家门店的会员档案、剩余课时和有效期迁移后与甲方原始台账逐项核对一致；
2. 家长端预约、取消、候补、课时扣减流程在十家抽样门店测试全部通过；
3. 高峰时段八百名家长同时预约时，页面响应时间不超过2秒；
4. 与财务系统的对账数据连续七日差异为零。
（三）甲方在收到申请后五个工作日内组织验收并签署验收报告。系统开通或门店试用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（五）验收不合格的，乙方应在七日内完成整改并重新提交验收；第二次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项。
（六）上线后三十日内为稳定运行期，乙方安排实施顾问驻场或远程值守，及时解决门店提出的问题。
（七）乙方应提交实施方案、数据迁移方案和上线切换计划，经甲方确认后执行。

四、服务水平
（一）系统月度可用率不低于99.5%，每月计划维护不超过两次，且须安排在晚间二十二时之后并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或无法扣课）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、报表格式等）：次工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按低于的幅度每0.1个百分点减免当月服务费的2%；一级故障超过恢复时限的，每超过一小时减免¥500。减免金额从下一期服务费中抵扣。
（四）乙方每月向甲方提交服务报告，列明可用率、故障记录和处理情况。
（五）乙方应提供7×24小时故障受理热线和在线工单渠道，门店店长可直接报障。
（六）乙方应每日至少备份一次数据，备份保留期不少于九十日，并每季度进行一次容灾演练。
（七）因乙方所用第三方云服务商的故障导致系统不可用的，乙方仍应按本条承担责任。

五、数据权属与数据安全
（一）甲方及门店录入或产生的会员信息、家长和儿童个人信息、课时与交易数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内的云计算环境，对儿童个人信息单独加密存储，实行最小权限访问和操作审计，并每年至少进行一次安全评估。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除，出具删除证明。
（五）乙方应对其员工进行背景审查和数据安全培训，接触儿童个人信息的人员名单应报甲方备案，人员离职时及时收回账号权限。
（六）乙方应遵守个人信息保护和未成年人保护的相关法律法规，协助甲方完成家长授权同意的告知与记录。
（七）乙方不得在系统中向家长推送与甲方无关的商业广告。

六、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的小程序品牌页面、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改和委托他人开发。
（三）乙方保证系统不侵犯第三方知识产权；甲方因使用系统遭受第三方索赔的，乙方负责处理并承担全部费用。

七、保密
双方对在合作中获知的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。乙方尤其不得将甲方的门店经营、招生及续费数据透露给甲方的同业竞争者。

八、续期
（一）服务期届满前三十日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据其当年的价格政策调整服务费标准，并在续期开始前通知甲方；调整后的价格自续期开始之日起执行。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。经同意的分包，乙方仍对分包部分向甲方承担全部责任。

十、合同解除
（一）乙方严重违约，或月度可用率连续两个月低于承诺值，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的服务费。
（二）合同解除或终止后，乙方应按本合同第五条第（四）项处理甲方数据。
（三）因不可抗力致使合同目的无法实现的，双方均可解除合同，按实际服务天数结算费用。
（四）合同终止时，乙方应配合甲方向新服务商迁移数据，不得以任何理由拖延。

十一、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交深圳国际仲裁院按其仲裁规则在深圳仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其余部分。

十二、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。附件：门店清单、功能清单、服务水平说明。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　　日期：
"""

Z04 = """盲人按摩培训与考核管理系统年度运维服务合同

项目名称：盲人按摩培训与考核管理系统运维服务项目
采购方式：竞争性磋商
合同编号：MRAM-YW-2026-02
甲方（采购人）：××市盲人按摩指导中心
乙方（成交供应商）：××信息系统运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就盲人按摩培训与考核管理系统运维服务事宜，经协商一致，订立本合同。

第一条 服务对象与范围
（一）运维对象为甲方盲人按摩培训与考核管理系统，包括学员管理、无障碍语音课程、理论考核题库、实操考核评分、证书管理五个子系统，及其运行所依赖的服务器、数据库、中间件和网络设备。
（二）服务内容包括：系统日常巡检与监控；故障受理与处理；数据库维护与数据备份；安全加固与漏洞修补；读屏软件及语音播报的无障碍适配更新；理论和实操考试期间的现场保障；用户操作咨询；年度运维总结。
（三）乙方应派驻运维工程师一名，工作日在甲方现场值守；考试期间增派工程师一名，提前一日到场完成考场设备检查。
（四）乙方应为甲方工作人员和考评员提供系统操作培训不少于四次，培训材料应提供语音版和盲文版。
（五）系统的版本升级由原开发单位负责的，乙方应负责升级前的环境准备、数据备份和升级后的功能验证。
（六）乙方应每季度对系统的无障碍功能进行一次专项检查，确保读屏软件能够正确朗读全部页面元素和考试题目。

第二条 服务期限
服务期限自2026年7月1日起至2027年6月30日止。服务期满本合同终止，甲方如需继续采购，应依法另行组织采购。乙方应在服务期开始前五日内完成与原运维单位的交接，并向甲方提交交接记录。

第三条 服务费用与支付
（一）本合同总价为人民币贰拾捌万陆仟元整（¥286,000），含税，为服务期内全部运维服务的固定费用，包括人员、差旅、工具及备品消耗等费用。
（二）服务费按季度支付，每季度¥71,500。每季度结束后，甲方依据第五条对该季度服务进行考核，考核通过后十个工作日内支付该季度服务费。
（三）本合同不设预付款。乙方应在每次收款前开具合法有效的发票。
（四）服务期内如甲方增加考场或子系统，新增运维工作量由双方另行协商，按本合同单价标准计算。

第四条 服务水平
（一）系统在服务期内的月度可用率不低于99.95%。考试日当天系统须全程可用，计划内维护不得安排在考试日及其前一日。
（二）故障分级与时限：
1. 一级故障：系统整体不可用、考试无法进行或考核成绩无法保存，15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障：单个子系统或部分考场不可用，30分钟内响应，8小时内恢复；
3. 三级故障：个别功能异常或语音播报错误，2小时内响应，三个工作日内修复。
（三）乙方每月提交运维报告，内容包括可用率统计、故障清单、处理过程、备份记录和整改建议。
（四）未达到服务水平的处理：月度可用率每低于承诺值0.02个百分点，扣减当季服务费¥1,000；一级故障未按时恢复的，每超过一小时扣减¥800；考试期间因乙方原因导致考试中断的，每次扣减¥5,000。扣减金额从当季服务费中直接扣除。
（五）乙方应提供7×24小时服务电话，非工作时间发生一级故障的，应先行远程处理并安排工程师到场。
（六）考试前三日，乙方应完成考试系统的压力测试和备用服务器切换演练，并形成书面记录。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：可用率达标情况、故障响应与恢复时限达标率、巡检和备份记录完整性、学员及考评员满意度。
（二）季度考核得分八十分以上为通过；低于八十分的，乙方应在十日内提交整改报告，整改完成并经甲方确认后支付当季服务费。
（三）服务期满前十五日内，甲方组织年度验收，验收标准为：全年各季度考核均已通过；运维文档、配置清单和账号清单完整移交；最近一次全量备份经恢复演练验证有效。验收以双方签署的验收报告为准。
（四）年度验收不合格的，乙方应在十五日内完成整改，整改期间乙方继续履行运维义务，不另行收费。

第六条 数据安全与数据权属
（一）系统中的学员个人信息、残疾人证信息、考试成绩、考评记录和证书数据均属于甲方所有。乙方仅为履行本合同访问上述数据，不得复制、留存或用于本合同以外的任何目的。
（二）乙方应落实以下数据安全措施：运维账号实名且专人专用；远程运维须经甲方批准并通过堡垒机进行，全程录像留存；数据库每日增量备份、每周全量备份，备份介质加密存放于甲方指定位置；发现安全漏洞应在三个工作日内完成修补。
（三）发生数据泄露、篡改、丢失等数据安全事件的，乙方应在1小时内报告甲方，协助甲方开展调查和处置。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的处罚。
（四）乙方应对运维人员进行数据安全培训，人员变动应提前告知甲方，并在当日收回其全部账号权限。
（五）服务期满后，乙方应删除其因运维需要临时存放的全部数据副本，并向甲方出具书面说明。

第七条 知识产权
乙方在服务期内编写的运维脚本、巡检工具配置、运维手册和各类报告，其知识产权归甲方所有，甲方可自由使用和修改。乙方不得将为甲方编写的上述成果用于其他客户。乙方保证其使用的工具软件不侵犯第三方权利。

第八条 违约责任
（一）乙方未按约定时间开始提供服务，或未按甲方书面通知的期限完成漏洞修补、无障碍适配更新等工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方人员在甲方现场违反甲方管理制度的，甲方有权要求乙方更换人员，乙方应在五个工作日内完成更换。
（三）甲方逾期支付服务费的，按同期贷款市场报价利率支付逾期利息。
（四）乙方派驻人员未经甲方同意擅自离岗累计超过三个工作日的，每日扣减服务费¥600。

第九条 分包
乙方不得将本合同项下的运维服务全部或部分分包、转包给第三方。乙方派驻人员须为与乙方签订劳动合同的正式员工，并在进场前将人员名单及资质证明报甲方备案。

第十条 合同的变更与解除
（一）本合同履行期间，任何一方不得擅自变更合同内容；确需变更的，双方应签订书面补充协议。
（二）经双方协商一致，可以解除本合同，按实际服务期限结算费用。
（三）因不可抗力致使本合同无法继续履行的，双方可协商解除本合同，互不承担违约责任。
（四）合同解除的，乙方应按第十一条完成服务交接。

第十一条 服务交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的新服务商完成交接，移交全部运维文档、配置信息和账号权限，并配合完成不少于十五日的过渡支持。交接完成以甲方签署的交接确认单为准。

第十二条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）本合同一式四份，甲乙双方各执两份，自双方盖章之日起生效。
（二）磋商文件、响应文件及成交通知书为本合同的组成部分。
（三）本合同未尽事宜，按照政府采购有关规定执行。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　　日期：
"""

Z05 = """# 渔丝智造生产追溯系统软件许可及定制开发合同

**（乙方标准合同文本 YS-HT-V3.0）**

合同编号：YS-2026-0093

甲方（买方）：××渔具线材有限公司

乙方（卖方）：××渔丝智造软件有限公司

鉴于甲方拟对其尼龙单丝及编织鱼线生产线实施挤出、牵伸、收卷全过程追溯管理，乙方同意按本合同向甲方提供"渔丝智造生产追溯系统"软件许可及相关定制开发、实施服务。双方经协商一致，签订本合同。

## 第一条 定义

1.1 "标准软件"指乙方享有著作权的渔丝智造生产追溯系统，包括挤出工艺监控、牵伸比与线径在线记录、收卷批次管理、质检记录及追溯查询模块。

1.2 "定制开发成果"指乙方根据甲方需求为本项目开发的程序、接口、报表及相关文档。

1.3 "上线"指系统在甲方生产环境中安装完成并开始运行。

1.4 "工作日"指中华人民共和国法定工作日。

## 第二条 合同标的与价格

2.1 本合同价款明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 渔丝智造生产追溯系统标准软件许可（永久，六条挤出线、四十台收卷机） | 1套 | 760,000 |
| 2 | 定制开发（线径仪与张力传感器数据采集、与甲方ERP及仓储系统接口、批次追溯报表） | 1项 | 220,000 |
| 3 | 实施服务（安装部署、参数配置、操作培训） | 1项 | 60,000 |
| | 合计 | | 1,040,000 |

2.2 合同总价为人民币壹佰零肆万元整（¥1,040,000），含税。

2.3 价款不包括服务器、工控机、线径仪等硬件，该等硬件由甲方自行采购，并应符合乙方提出的配置要求。

2.4 实施服务以二十个人日为限，超出部分按每人日¥2,600另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%。

3.3 系统上线满三个月后五个工作日内，甲方支付合同总价的10%。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.5 乙方收到款项后十个工作日内开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到首期款项后九十日内完成标准软件安装和定制开发成果交付。

4.2 甲方应按乙方要求提供现场条件、网络环境、硬件设备和配合人员。因甲方原因导致延误的，交付期限相应顺延。

4.3 系统安装完成并上线运行之日，即视为甲方验收合格。甲方如对系统功能有异议，应在上线后三日内书面提出，逾期未提出的视为无异议。

4.4 乙方负责在甲方现场安装部署标准软件，并对甲方指定的操作人员和管理员进行为期两日的集中培训。

4.5 定制开发需求以双方签字确认的需求说明书为准，需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

4.6 上线前，甲方应完成基础数据的整理和导入，包括原材料牌号、工艺配方、设备清单和人员信息。

## 第五条 质保与维护

5.1 系统免费维护期为六个月，自上线之日起计算。免费维护期内，乙方通过电话、邮件及远程方式提供技术支持和缺陷修复。

5.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按标准软件许可费的28%计取，即每年¥212,800。

5.3 甲方未续签维护协议的，乙方不再提供任何升级、补丁及技术支持服务。

5.4 维护服务内容包括版本升级、缺陷修复、远程技术支持以及每年一次的远程巡检。因甲方操作不当、硬件故障或第三方软件导致的问题，不属于维护范围。

## 第六条 技术支持

6.1 乙方在工作日9:00至17:30提供技术支持。

6.2 一级故障（系统整体无法使用）乙方在接到甲方报修后8小时内响应，并尽快安排处理；其他故障在两个工作日内响应。

6.3 需要现场服务的，差旅费用由甲方承担。

6.4 甲方应指定一名系统管理员，负责故障的初步判断和报修，报修时应提供故障现象、截图和日志。

6.5 技术支持以远程方式为主，乙方认为必要时再安排现场服务。乙方可通过远程工具定期检查系统运行状态，并向甲方提出优化建议。

## 第七条 知识产权

7.1 标准软件的著作权及其他知识产权归乙方所有。

7.2 定制开发成果（包括源代码、接口程序、报表模板及技术文档）的知识产权归乙方所有。乙方授予甲方在本合同约定范围内的非独占、不可转让的使用权，甲方不得修改、反向工程或许可第三方使用。

7.3 乙方保证其提供的软件不侵犯第三方的合法权益。

7.4 甲方如需获得定制开发成果的源代码，应另行支付源代码授权费，具体金额由双方另行商定。

## 第八条 数据

8.1 甲方生产数据归甲方所有。

8.2 乙方可在去除甲方名称等可识别信息后，使用系统运行中产生的工艺参数、质量数据和设备运行数据，用于乙方产品的改进、算法训练及行业分析。

8.3 乙方应采取必要的技术措施保护数据安全，包括访问控制、传输加密和操作日志；远程维护应事先取得甲方同意。因乙方过错导致甲方数据泄露的，乙方承担相应责任，并在知悉后24小时内通知甲方。

8.4 甲方负责其服务器及网络环境的安全防护和数据备份。

## 第九条 保密

9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条规定在合同终止后两年内有效。

9.3 乙方可以在其客户名单中列明甲方名称。

## 第十条 违约责任

10.1 乙方未按期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

10.3 任何情况下，乙方均不对甲方的间接损失、利润损失、停产损失或数据损失承担责任。

10.4 甲方未按约定提供配合条件导致项目延误的，乙方不承担逾期责任，甲方应承担乙方因此增加的人员费用。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方应停止使用定制开发成果，并支付乙方已完成工作的费用。

11.3 甲方解除合同的，已支付的款项不予退还，但乙方严重违约的除外。

## 第十二条 不可抗力

因不可抗力导致无法履行合同的，受影响方应及时通知对方并提供证明，双方可根据影响程度延期履行或解除合同。不可抗力包括地震、洪水、火灾、战争、政府行为及网络运营商大面积故障等。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

13.3 诉讼期间，双方应继续履行本合同中不涉及争议的部分。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同以乙方标准文本为基础，双方另有约定的，以补充协议为准。

14.3 本合同附件包括：需求说明书、系统配置清单、维护服务说明。双方往来通知以书面形式送达本合同载明的地址即视为送达。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. WMS-2026-114
P:This Agreement is made between Hefei Lianchuang Home Appliance Distribution Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Buyer"), and Blue Mountain Logic Systems Limited, a company incorporated in Jamaica with its principal office at Manchester Road, Mandeville, Jamaica (the "Vendor").
P:The Buyer operates four regional distribution warehouses in Anhui and Jiangsu and wishes to replace its existing warehouse software. The Vendor licenses the StockPilot warehouse management system and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the StockPilot warehouse management system in object code, version 8, including the receiving, put-away, slotting, wave picking, cycle counting, yard management and reporting modules, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, label templates, reports, configuration scripts and documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, stored in or generated by the Software about the Buyer's goods, stock, orders, customers, carriers and employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's four warehouses and head office for up to 260 named users and 180 handheld terminals, for the Buyer's internal business and that of its affiliates in mainland China.
P:2.2 The Vendor shall install and configure the Software on servers provided by the Buyer in its Hefei data room, build interfaces to the Buyer's ERP system, its e-commerce order hub and two carriers' tracking platforms, migrate open stock and location data, and train the Buyer's key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work attached as Annex 1.
P:2.4 The Buyer shall provide servers, operating systems, database licences, network access and a project team with a named project manager, as listed in Annex 1.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,682,000, inclusive of VAT, made up of: Software licence fee CNY 1,260,000; implementation and interface services CNY 380,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. It covers all travel, accommodation and other expenses of the Vendor's personnel, and all warranty services during the Warranty Period.
P:3.3 Any change to the scope shall be agreed in a written change order stating its effect on price and schedule, priced at the day rates in Annex 1.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within twenty days after signature of this Agreement and receipt of a valid VAT invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within twenty days after the Software has passed the user acceptance test at the pilot warehouse.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed agent in Shanghai, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation at the pilot warehouse within 70 days after signature and roll out the Software at the remaining warehouses within 150 days after signature.
P:5.2 Acceptance criteria: all functions listed in the Statement of Work pass the agreed test scripts; migrated stock and location records match the source records; a full cycle count after go-live shows no more than 20 location discrepancies per warehouse; each warehouse processes a full working week of peak volume without a Severity 1 incident; interface messages with the ERP reconcile without loss.
P:5.3 When the criteria have been met at all warehouses, the Vendor shall request Final Acceptance. The Buyer shall test and either sign the acceptance certificate or list the failures within ten working days. Go-live, productive use or any payment does not by itself constitute acceptance.
P:5.4 If the Software fails acceptance, the Vendor shall correct the failures within fifteen days at its own cost and submit it again for acceptance.
P:5.5 The Vendor shall provide hypercare support on site at each warehouse for the first ten working days after go-live.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During the Warranty Period the Vendor shall correct all defects free of charge, supply all new releases, and provide remote and on-site support.
P:6.2 Support requests are classified by severity. Severity 1 means a warehouse cannot receive or ship goods. The Vendor shall respond to a Severity 1 request within one hour, have an engineer working on it continuously and restore operations within eight hours. Severity 2 requests receive a response within two hours and a fix within two working days.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 request, it shall pay a service credit of CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or claimed from the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 138,600). This fee is fixed for the first three years after the Warranty Period. Each year of support is ordered separately and nothing in this Agreement renews automatically.
P:6.5 Support is provided in Chinese or English, through a hotline available at all times for Severity 1 requests and during Beijing business hours for other requests.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, using named accounts, and each remote session requires the Buyer's approval. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC and shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within six hours of becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, cooperate in the investigation and remediation, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent.
P:9.2 Information that is public, already known to the recipient or required to be disclosed by law is excluded, provided the disclosing party is informed promptly where the law permits.
P:9.3 This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the Statement of Work for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 The Buyer may also terminate by written notice if liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund all amounts paid for services not accepted.
P:12.4 Articles 7, 8, 9 and 13 survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Jamaica.
P:13.2 Any dispute arising out of this Agreement shall first be negotiated in good faith by senior managers of both parties. If it is not resolved within forty-five days, it shall be submitted to the Supreme Court of Judicature of Jamaica.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement between the parties about its subject and may be amended only in writing signed by both parties.
P:14.2 This Agreement is made in English and Chinese, both versions being equally authentic.
P:14.3 Notices shall be in writing and sent to the addresses above or to such other address as a party notifies.
P:Annex 1: Statement of Work. Annex 2: Test scripts and acceptance certificate form.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# FIELDLINE SERVICE CLOUD - ORDER FORM

Order Form No. FL-CN-2026-0212

## PART A - ORDER DETAILS

### A1. Parties

**Customer:** Wuxi Hengsheng Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, of Xinwu District, Wuxi, Jiangsu Province.

**Vendor:** Fieldline Software Limited, a company incorporated in Trinidad and Tobago, of Eastern Main Road, Arima, Trinidad.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service

Fieldline Service Cloud, a hosted application for planning and recording lift maintenance work, including: work-order dispatch, technician scheduling, mobile job sheets with photo evidence, spare-parts usage, statutory inspection reminders, customer e-signature and management dashboards (the "Service"). The Service is delivered from a cloud region located in mainland China.

Onboarding Services: configuration of the Customer's sites and lift register, import of open work orders and asset records, an interface to the Customer's finance system for parts costing, and training for dispatchers and administrators.

### A3. Subscription Term

The Subscription Term is 24 months from the Go-Live Date. The "Go-Live Date" is the date on which the Customer signs the Go-Live Confirmation under Part B Section 4.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, technician user, per Subscription Year | 180 users x 2 years | 1,450 | 522,000 |
| Onboarding Services (one-time) | 1 | 48,000 | 48,000 |
| **Total fees for the Subscription Term** | | | **570,000** |

Additional technician users may be added at any time at CNY 1,450 per user per Subscription Year, prorated to the end of the current Subscription Year. All fees include VAT.

### A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in advance, CNY 65,250 per quarter, starting on the Go-Live Date.
- The Onboarding Services fee is invoiced after the Go-Live Confirmation is signed.
- Invoices are payable within 30 days of receipt of a valid VAT invoice.
- No amount is payable before the Go-Live Date.

### A6. Contacts and Signatures

Customer contact: Head of Service Operations. Vendor contact: Regional Account Director, Asia.

For the Customer: ____________________ Date: ____________

For the Vendor: ____________________ Date: ____________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files and images submitted to the Service by or for the Customer, including data about lifts, buildings, building owners, work orders and technicians.

1.2 "Documentation" means the Vendor's user guides and help pages for the Service, as updated from time to time.

1.3 "Users" means the Customer's employees and contractors for whom subscriptions have been purchased.

### 2. Use of the Service

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Service for its internal business by its Users, in accordance with the Documentation.

2.2 The Customer is responsible for the accuracy of Customer Data, for keeping User credentials secure and for its Users' compliance with this Agreement.

2.3 The Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product.

2.4 The Customer may use the mobile application on iOS and Android devices; the Vendor shall support the two most recent major versions of each operating system.

### 3. Availability and Support

3.1 The Vendor will use commercially reasonable efforts to make the Service available at all times, except for planned maintenance and events beyond its reasonable control. The Vendor will try to schedule planned maintenance outside the Customer's normal business hours.

3.2 Support is available by e-mail and through the online help centre during the Vendor's business hours. The Vendor will respond to support requests within a reasonable time and will work to resolve reported errors in the ordinary course of its support operations.

3.3 The Vendor may update the Service from time to time, provided that updates do not materially reduce its overall functionality.

3.4 The Vendor will publish notices of planned maintenance and known incidents on its status page.

### 4. Onboarding and Go-Live

4.1 The Vendor shall perform the Onboarding Services under a project plan agreed with the Customer within ten working days after signature of this Order Form, with a target Go-Live Date about eight weeks after signature.

4.2 Before Go-Live, the Vendor shall demonstrate that: (a) all sites and lifts in the Customer's register have been imported and reconcile in number with the source list; (b) open work orders have been imported with their status and history; (c) the parts-costing interface passes ten consecutive days of test postings without error; and (d) dispatchers and technicians at two pilot branches have completed the agreed test scenarios on mobile devices.

4.3 When these criteria are met, the Customer shall sign a Go-Live Confirmation within five working days or give written reasons for refusing it. The Vendor shall remedy any reasons given and repeat the relevant tests.

4.4 The Customer shall provide its lift register, open work orders and finance-system test access in the formats described in the project plan and make its key users available for testing.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service and support to the Customer and for no other purpose, and shall not sell, disclose or analyse it for its own purposes.

5.2 The Vendor shall keep Customer Data in data centres located in mainland China, encrypt it in transit and at rest, restrict access to named staff who need it, log all administrative access, keep daily backups for at least 35 days, and maintain an information security programme consistent with ISO/IEC 27001.

5.3 The Vendor shall notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall be liable for losses caused by its failure to comply with this Section.

5.4 Within 30 days after the end of the Subscription Term, the Vendor shall make Customer Data available for export in a standard format and then delete it from its systems, confirming deletion in writing.

### 6. Intellectual Property

6.1 The Vendor owns the Service, the Documentation and all improvements to them.

6.2 Configurations, templates, reports and interface mappings created during the Onboarding Services specifically for the Customer belong to the Customer, who may use, modify and have them used by third parties without restriction. The Vendor shall hand them over in editable form on request.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed under this Agreement, use it only to perform this Agreement and protect it with at least reasonable care.

7.2 This Section continues for three years after the end of the Agreement.

### 8. Liability

8.1 Each party's total liability arising out of this Agreement shall not exceed 150% of the total fees stated in Part A Section A4.

8.2 The limit in Section 8.1 does not apply to a party's breach of Section 5 or 7, to infringement claims, or to fraud or wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss.

8.4 Nothing in this Agreement limits liability that cannot be limited under applicable law.

### 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term. It then renews for one further period of 24 months at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving notice.

9.3 If the Customer terminates under Section 9.2, the Vendor shall refund any prepaid fees for the period after termination.

### 10. Subcontracting

10.1 The Vendor may not subcontract any part of the Service or the Onboarding Services without the Customer's prior written consent. Hosting providers approved by the Customer in writing before signature are listed in the project plan.

10.2 The Vendor remains responsible for the acts and omissions of its subcontractors.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business that agrees to be bound by it.

12.2 Notices must be in writing and sent to the contacts in Part A Section A6.

12.3 Any change to the Agreement must be in writing and signed by both parties.

12.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

12.5 This Agreement is made in English. A Chinese translation may be prepared for reference; if they differ, the English version prevails.
"""

E03 = """T:Purchase Contract for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. QD-CC-2026-0388
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, of Huangdao District, Qingdao, Shandong Province.
P:Supplier: Lucaya Instruments Ltd., a company incorporated in the Commonwealth of The Bahamas, of East Sunrise Highway, Freeport, Grand Bahama.
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer operates nine cold stores and a blast-freezing centre in Qingdao and requires continuous temperature and humidity monitoring that meets food-safety and pharmaceutical cold-chain requirements.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 7.1, including its alarm engine, audit trail and reporting functions and all updates supplied under this Contract.
P:1.3 "Custom Work" means the dashboards, report templates, alarm rules and the interface to the Buyer's warehouse management system produced by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Goods in all chambers, anterooms and loading docks of the Buyer's sites, install the Software on the Buyer's servers, produce the Custom Work and train the Buyer's staff.
P:2.2 Each sensor shall measure temperature from minus 40 to plus 50 degrees Celsius with an accuracy of plus or minus 0.3 degrees, record readings at least every minute and buffer at least ten days of readings if the gateway connection is lost.
P:2.3 Each sensor shall be delivered with a calibration certificate traceable to national standards, issued not more than 60 days before delivery.
P:2.4 The Supplier shall provide a site survey report before installation showing the position of each sensor and gateway, radio coverage measurements and the cable routes for gateway power, for the Buyer's approval.
P:2.5 Installation work in chambers shall be carried out without interrupting the Buyer's operations, at times agreed with each site manager, and in compliance with the Buyer's safety rules for work at low temperatures.
H:3. Price
P:3.1 The Contract Price is CNY 1,508,000, inclusive of VAT, customs duties, freight to site and insurance, as set out in the Price Schedule:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with mounting kit|620|1,180|731,600
TB:2|LoRa gateway with backup battery|24|9,600|230,400
TB:3|ColdWatch monitoring software, perpetual site licence|1|386,000|386,000
TB:|Hardware and licence subtotal|||1,348,000
TB:4|Installation, calibration and commissioning|1 lot|142,000|142,000
TB:5|Training of operators and administrators|1 lot|18,000|18,000
TB:|Contract Price|||1,508,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
P:3.3 The Supplier is responsible for import clearance of the Goods, and title and risk pass to the Buyer on delivery to each site.
H:4. Payment
P:4.1 20% of the Contract Price within 15 working days after signature, against the Supplier's bank guarantee for the same amount valid until delivery of all Goods.
P:4.2 45% of the Contract Price within 15 working days after all Goods have been delivered and installed and the Buyer has signed the installation certificate. The installation certificate records quantities and visible condition only and is not acceptance.
P:4.3 35% of the Contract Price within 15 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier or its appointed agent in China.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver all Goods to the Buyer's sites within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 Acceptance tests: every sensor reads within plus or minus 0.3 degrees of a calibrated reference at three test points; every chamber reports to the Software without gaps during a continuous 21-day trial run; alarms reach the duty manager by SMS and by app within 60 seconds; the audit trail records every change to alarm limits with user and time; and the interface transfers temperature records to the warehouse management system without loss.
P:5.3 After a successful trial run, the Buyer shall sign the acceptance certificate within ten working days or state its reasons for refusal in writing. Installation, commissioning, use of the system or any payment is not acceptance.
P:5.4 If the tests fail, the Supplier shall remedy the failure within ten days at its own cost and repeat the tests.
P:5.5 At Final Acceptance the Supplier shall hand over the as-built sensor map, calibration certificates, installation media, administrator and user manuals and the source files of the Custom Work.
H:6. Warranty and After-Sales Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Goods free of charge, recalibrate sensors annually, supply Software updates and provide remote and on-site support.
P:6.2 Faults are classified as follows:
TB:Severity|Definition|Response|On site|Restore
TB:Severity 1|Monitoring or alarms unavailable for a whole site|30 minutes|6 hours|10 hours
TB:Severity 2|Monitoring unavailable for one chamber or gateway|2 hours|next working day|2 working days
TB:Severity 3|Minor fault, report or display problem|1 working day|as needed|next release
P:6.3 For each hour by which the Supplier misses a Severity 1 response, on-site or restore time, it shall pay the Buyer CNY 1,500, deducted from any amount due or from the performance security.
P:6.4 After the warranty period, the Buyer may order annual support covering all Goods and the Software at 7.5% of the hardware and licence subtotal per year (CNY 101,100). This price is fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in Qingdao equal to at least 3% of the installed quantity throughout the warranty period.
P:6.6 The Supplier shall provide a support hotline in Chinese that is staffed at all times for Severity 1 faults.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at all its sites in China, on any number of servers and for any number of users.
P:7.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver its source files at Final Acceptance, and the Buyer may use, modify and license the Custom Work freely.
P:7.3 The Supplier warrants that the Goods and the Software do not infringe any third party's rights and shall indemnify the Buyer against any such claim.
H:8. Data Security and Data Ownership
P:8.1 All readings, alarms, audit records and other data generated by the Goods and the Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Goods and Software shall not send data to any server outside the Buyer's network. Remote support requires the Buyer's approval for each session and takes place through the Buyer's VPN with named accounts and recorded sessions.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any actual or suspected unauthorised access to or loss of the Buyer's data, assist in containing it and bear all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including site layouts, customer names and temperature records, and shall not disclose it without the Buyer's prior written consent.
P:9.2 Information that is public or that the Supplier must disclose by law is excluded, provided the Supplier gives the Buyer prior notice where the law permits.
P:9.3 This obligation continues for five years after the end of this Contract.
H:10. Delay
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in clause 5, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages reach their maximum.
P:12.2 On such termination the Supplier shall refund all amounts paid for Goods and services that have not passed acceptance and shall remove its Goods at its cost if the Buyer so requests.
P:12.3 Either party may terminate by written notice if force majeure prevents performance for more than 90 days.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14. General
P:14.1 This Contract is made in English and Chinese, both equally authentic.
P:14.2 Any amendment to this Contract must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:14.3 Annexes: Technical specification; Site and chamber list; Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. FS-MSA-2026-041

**Customer:** Foshan Mingjiang Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, of Shunde District, Foshan, Guangdong Province.

**Provider:** Cayo Digital Services Ltd., a company incorporated in Belize, of Constitution Drive, Belmopan, Belize, acting in China through its service centre in Guangzhou.

The Customer operates three furniture plants and a showroom in Shunde and wishes to outsource the day-to-day running of its IT environment. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.3.

1.4 "Term" means the period of 36 months from the Service Commencement Date.

## 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services for the Term at the Customer's three plants, its showroom and its head office, in accordance with this Agreement and good industry practice.

2.2 The Provider shall assign a named service delivery manager, based in Foshan, who attends a monthly service review with the Customer's IT manager and reports on service levels, incidents, changes and improvement actions.

2.3 The Provider shall use ITIL-aligned processes for incident, problem, change and asset management and keep its service tickets in a tool to which the Customer has read access at all times.

2.4 The Provider shall keep the asset register up to date and report devices that reach the end of vendor support at least six months in advance, so that the Customer can plan replacements.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,184,000, inclusive of VAT.

3.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days of a valid VAT invoice. The Transition Charge is invoiced after Transition Acceptance.

3.3 No charge is payable before the Service Commencement Date. Charges are fixed for the Term. Additional devices or users above the baseline in Schedule 1 are charged at the unit rates in Schedule 3.

3.4 The Provider shall give the Customer a monthly statement of service credits with each invoice.

## 4. Transition

4.1 The Provider shall carry out the transition from the Customer's current arrangements in the first eight weeks after signature, including discovery of all devices and applications, documentation of the network, knowledge transfer from the Customer's staff and set-up of monitoring and the service desk.

4.2 Transition is complete when: (a) every device in the baseline is recorded in the asset register with owner and location; (b) monitoring covers all network devices and servers in Schedule 1; (c) the service desk has handled two weeks of live calls in parallel with the Customer's staff; and (d) runbooks for every server and plant network have been reviewed by the Customer.

4.3 The Customer shall sign the Transition Acceptance Certificate within five working days after the Provider shows that the criteria in Section 4.2 are met, or list the open items in writing.

4.4 If the Service Commencement Date has not occurred within ten weeks after signature for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 2,000 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 each month.

5.2 If the Provider misses a Service Level, the service credit in Schedule 2 applies. Credits are deducted from the next invoice and are not the Customer's only remedy.

## 6. Customer Data

6.1 All data of the Customer processed by the Provider, including production schedules, designs, order data and employee records, remains the property of the Customer. The Provider shall use it only to perform the Services.

6.2 At the end of the Term the Provider shall return all Customer documents and records in its possession.

## 7. Intellectual Property

7.1 Runbooks, network diagrams, scripts, reports and other documents produced by the Provider for the Customer under this Agreement belong to the Customer, who may use and modify them freely and give them to any replacement provider.

7.2 The Provider keeps its own tools and know-how, and grants the Customer a free licence to use any of them embedded in the deliverables.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including product designs, prices, customer lists and system passwords, and shall use it only to perform this Agreement.

8.2 Neither party shall disclose such information to a third party without the other's prior written consent, except to its advisers under a duty of confidence or as required by law.

8.3 This Section survives for five years after the end of the Agreement.

## 9. Liability

9.1 The total liability of the Provider arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Service Charges paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss.

9.3 The limit in Section 9.1 does not apply to death or personal injury caused by negligence or to fraud.

## 10. Personnel and Subcontracting

10.1 The Provider's on-site engineers shall follow the Customer's plant safety and visitor rules, and the Customer may require the removal of any person who fails to do so.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the unit rates in Schedule 3, including handover of runbooks, passwords, the asset register and open tickets to the Customer or a replacement provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Changes to the Services are agreed through the change procedure in Schedule 1 and, where they affect the charges, by written amendment.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

13.4 This Agreement is made in English and Chinese, and both versions have equal force. Notices shall be in writing and sent to the addresses above.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 - Services and Baseline

| Service | Scope | Baseline |
|---|---|---|
| Service desk | Chinese-language telephone, chat and e-mail support for all users, 07:00 to 23:00 every day | 640 users |
| End-user support | Desktop, laptop, printer and mobile device support on site at each plant | 580 devices |
| Network operations | Monitoring, configuration and fault handling of switches, wireless, firewalls and plant links | 96 network devices |
| Server and storage operations | Monitoring, patching, backups and restore tests of servers and storage | 34 servers |
| Plant systems support | First-line support for the MES terminals and label printers on the production lines | 120 terminals |
| Change procedure | Changes requested by the Customer are estimated, approved in writing and scheduled outside production shifts | - |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (a plant line, the plant network or ERP access down) - response | 15 minutes | 2% of the Monthly Service Charge per breach |
| Priority 1 incident - restoration | 3 hours | 3% of the Monthly Service Charge per breach |
| Priority 2 incident - response | 1 hour | 1% of the Monthly Service Charge per breach |
| Core network availability per month | 99.95% | 5% of the Monthly Service Charge |
| Total credits in any month | - | capped at 20% of the Monthly Service Charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Total charges for the Term | | 2,184,000 |
| Additional user above baseline | per user per month | 45 |
| Additional server above baseline | per server per month | 520 |
| Exit assistance | per engineer day | 2,400 |
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. CRW-API-2026-027

PARTIES

1.1 Xiamen Haitong Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, of Huli District, Xiamen, Fujian Province (the "Customer").

1.2 Coral Reach Weather Limited, a company incorporated in Jamaica, of Main Street, Ocho Rios, St Ann, Jamaica (the "Provider").

1.3 The Customer manages port calls, routing advice and cargo claims for ship owners trading between China, South-East Asia and the Americas. The Provider produces marine weather forecasts, tropical cyclone tracks and wave models and makes them available through an application programming interface (the "API"). The parties agree as follows.

DEFINITIONS

2.1 "Data Products" means the forecast, observation, cyclone-track and wave-height data delivered through the API, as described in Annex A.

2.2 "Customer Data" means all data the Customer sends to the API or the Provider, including vessel identities and positions, voyage plans, query parameters, user accounts and any files uploaded for analysis.

2.3 "Subscription Year" means each of the two consecutive periods of 365 days, the first starting on the Production Access Date.

2.4 "Production Access Date" means the date on which the Provider issues production API credentials after Integration Acceptance under clause 5.

2.5 "Integration Adapters" means the software components the Provider builds to connect the API to the Customer's voyage management and claims systems.

SUBSCRIPTION AND SCOPE

3.1 The Provider grants the Customer a non-exclusive, non-transferable right during the two Subscription Years to call the API, receive the Data Products and use them in its own business, including in routing advice and reports given to its principals.

3.2 The subscription includes up to 2,000,000 API calls per month, 40 named users of the web viewer, hourly updates for the Western Pacific, Indian Ocean and North Atlantic basins, and 15-day archives of past forecasts.

3.3 The Customer shall not resell raw Data Products as a stand-alone data feed.

3.4 The Provider shall give the Customer at least 60 days' notice before retiring any endpoint and shall provide an equivalent endpoint at no extra charge.

FEES AND PAYMENT

4.1 The fees are:
(a) Integration and Onboarding Fee, one-time: CNY 64,000;
(b) Annual Subscription Fee: CNY 428,000 for each Subscription Year, CNY 856,000 for both;
(c) total fees under this Agreement: CNY 920,000, inclusive of VAT.

4.2 The Provider shall invoice the Integration and Onboarding Fee together with the Annual Subscription Fee for the first Subscription Year on the date of signature. The Customer shall pay that invoice within 15 days. The Provider will start integration work and issue test credentials only after receiving that payment.

4.3 The Annual Subscription Fee for the second Subscription Year is invoiced at the start of that year and payable within 30 days.

4.4 API calls above the monthly allowance are charged at CNY 18 per 10,000 calls, invoiced monthly in arrears. The fees in clause 4.1 are fixed for both Subscription Years.

INTEGRATION AND ACCEPTANCE

5.1 Within 45 days after receiving the payment under clause 4.2, the Provider shall deliver the Integration Adapters in the Customer's test environment (the "Target Date").

5.2 Integration Acceptance requires that: (a) every endpoint listed in Annex A returns correct data for 50 test queries agreed with the Customer; (b) the adapters load forecasts into the voyage management system for all active voyages every hour without error for ten consecutive days; (c) cyclone warnings reach the Customer's duty officers within five minutes of publication; and (d) the claims system can retrieve archived weather for any position and time within the archive period.

5.3 The Customer shall confirm Integration Acceptance in writing within five working days after the Provider reports that the criteria are met, or state which criteria are not met. Issue of credentials or use of the test environment does not by itself mean acceptance.

5.4 If Integration Acceptance is not achieved by the Target Date for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 700 for each day of delay until Integration Acceptance, deducted from the second Annual Subscription Fee or paid on demand.

5.5 The Customer shall provide test access to its systems and sample voyages in the formats described in Annex A.

SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's gateway, excluding planned maintenance notified at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Priority 1 incidents (the API or cyclone warnings unavailable to the Customer) shall be responded to within one hour and worked on continuously until restored. Priority 2 incidents shall be responded to within three hours.

6.3 If availability in a month falls below the commitment in clause 6.1, the Customer receives a credit of 5% of one twelfth of the current Annual Subscription Fee for each 0.1 percentage point below it. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 for each hour of delay. Credits are set off against the next invoice or refunded at the end of the Agreement.

6.4 The Provider shall publish a monthly service report showing availability, incidents, data latency and credits.

6.5 Support is available in English and Chinese by telephone and e-mail at all times for Priority 1 incidents and during Beijing business hours for other requests.

CUSTOMER DATA

7.1 As between the parties, Customer Data belongs to the Customer.

7.2 The Provider may use Customer Data to provide the API and support to the Customer. The Provider may also aggregate and anonymise vessel positions, routes and query patterns from Customer Data and use the resulting data, during and after the term of this Agreement, to calibrate and improve its forecast models, to develop new products and to publish traffic and weather-exposure statistics for its other customers.

DATA SECURITY

8.1 The Provider shall host the API endpoints serving the Customer, and store all Customer Data, in data centres located in mainland China operated by its hosting partner named in Annex B.

8.2 The Provider shall protect Customer Data by encryption in transit and at rest, per-user API keys that can be revoked by the Customer, role-based access limited to named support staff, logging of all access and annual penetration tests, and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and be liable for the Customer's losses resulting from the Provider's failure to comply with this clause.

INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the API and the Data Products, subject to the Customer's rights under clause 3.

9.2 The Integration Adapters, including their source code, belong to the Customer on delivery. The Customer may use, modify and license them freely.

CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This clause survives for three years after the end of the Agreement.

LIABILITY

11.1 Each party's total liability under this Agreement shall not exceed twice the total fees stated in clause 4.1(c).

11.2 The limit does not apply to breach of clauses 8 or 10, to infringement claims, or to fraud or wilful misconduct. Neither party is liable for indirect loss.

11.3 Weather data is inherently uncertain. The Provider does not warrant the accuracy of any individual forecast, but it shall produce the Data Products with the skill and care of a professional marine forecaster.

SUBCONTRACTING

12.1 Apart from the hosting partner named in Annex B, the Provider shall not subcontract any part of its obligations without the Customer's prior written consent. It remains responsible for all subcontractors.

TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

13.3 At the end of the Agreement the Provider shall return Customer Data in a standard format on request and delete its copies within 30 days, except for the aggregated data described in clause 7.2.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement is made in English and Chinese. Both versions are equally authentic.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

15.4 Notices shall be in writing and sent to the addresses stated above. Any amendment must be in writing and signed by both parties.

Annex A: API endpoints and Data Products. Annex B: Hosting partner.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------- targets and labels
NAMES = {
    "z01": ("h695z01_irrigation_trial_data_platform", "pdf", Z01, "zh", "software"),
    "z02": ("h695z02_suona_bell_spinning_reed_line_retrofit", "docx", Z02, "zh", "hardware"),
    "z03": ("h695z03_robotics_class_chain_booking_saas", "txt", Z03, "zh", "cloud"),
    "z04": ("h695z04_blind_massage_training_exam_system_om", "txt", Z04, "zh", "services"),
    "z05": ("h695z05_fishing_line_tracking_supplier_template", "md", Z05, "zh", "software"),
    "e01": ("h695e01_wms_perpetual_licence_jamaica_vendor", "pdf", E01, "en", "software"),
    "e02": ("h695e02_field_service_saas_order_form_trinidad_vendor", "md", E02, "en", "cloud"),
    "e03": ("h695e03_cold_store_sensors_monitoring_bahamas_vendor", "docx", E03, "en", "hardware"),
    "e04": ("h695e04_managed_it_services_36_months_belize_vendor", "md", E04, "en", "services"),
    "e05": ("h695e05_marine_weather_api_subscription_jamaica_vendor", "txt", E05, "en", "cloud"),
}

G, S = "goods_or_licence", "service"
# availability, p1 h, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acc, final, warranty, pw_fee, auto,
# termination, subcontract, law, kind, sla_clause, ld_stated, capped, deemed, contract value, fee base, forum outside
TERMS = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G,
            True, True, True, False, 2010000, 1180000, False),
    "z02": (None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 8, False, True, True, "PRC", G,
            True, True, True, False, 1342000, 1238000, False),
    "z03": (99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC",
            S, True, True, None, False, 766000, None, False),
    "z04": (99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
            "PRC", S, True, True, None, False, 286000, None, False),
    "z05": (None, 8, False, "supplier", True, False, True, 0.08, 20, 55, False, False, 6, 28, False, True, None, "PRC", G,
            True, True, True, True, 1040000, 760000, False),
    "e01": (None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False, "Jamaica", G,
            True, True, True, False, 1682000, 1260000, True),
    "e02": (None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S, False, False, None, False, 570000, None, False),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 7.5, False, True, False, "PRC", G,
            True, True, True, False, 1508000, 1348000, False),
    "e04": (99.95, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 6 / 36 * 100, None, True, None, None,
            None, False, True, False, "PRC", S, True, True, None, False, 2184000, None, False),
    "e05": (99.95, 1, True, "buyer", True, False, True, 700 / 920000 * 100, 200, (64000 + 428000) / 920000 * 100, True,
            None, None, None, False, True, False, "PRC", S, True, True, None, False, 920000, None, False),
}

DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; base = licence/hardware."""
    w, fee, cv, base = t[12], t[13], t[23], t[24]
    if t[18] != G or fee is None or w is None:
        return None
    years = max(0.0, 5 - w / 12)
    post = years * fee / 100 * base
    return post / (cv + post) * 100


def derive(t):
    (avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, w, fee, auto, term, sub, law, kind, sla,
     ld_stated, capped, deemed, cv, base, forum_out) = t
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if avail is not None and avail < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if p1 is None or p1 > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not remedy:
        r.add("CR-SLA-NO-REMEDY")
    if ip != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not dsec:
        r.add("CR-DATA-SECURITY")
    if owns is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not conf:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif ld is not None and ld < 0.05:
        r.add("CR-LD-LOW")
    if cap is not None and cap < 100:
        r.add("CR-LIABILITY-CAP")
    if pre is not None and pre > 30:
        r.add("CR-PREPAYMENT")
    if not acc or deemed or final is False:
        r.add("CR-ACCEPTANCE")
    if kind == G:
        if w is None or w < 12:
            r.add("CR-WARRANTY")
        if fee is None or not capped or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if auto:
        r.add("CR-AUTO-RENEWAL")
    if not term:
        r.add("CR-TERMINATION")
    if sub is True:
        r.add("CR-SUBCONTRACT")
    if (law is not None and law != "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, _, lang, cat = NAMES[key]
    t = TERMS[key]
    keys = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
            "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
            "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
            "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
            "contract_kind"]
    terms = dict(zip(keys, t[:19]))
    extra = {"sla_clause": t[19], "ld_stated": t[20]}
    if t[18] == G:
        extra["post_warranty_fee_capped"] = t[21]
    extra["acceptance_deemed_on_delivery"] = t[22]
    extra["contract_value"] = t[23]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(t)}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESH = [
    r"(?<![\d.,])99\.90*(?!\d)",
    r"(?<![\d.,])0?\.050*(?!\d)",
    r"万分之五(?![十])",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?" + PCT,
    r"百分之(?:一百|百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"(?:one\s*hundred|thirty|fifteen|forty)\s*(?:-\s*)?" + PCT,
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?\s*小时)",
    r"(?<![一二三四五六七八九十两\d])四\s*个?\s*小时",
    r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.,])12\s*(?:-\s*)?个?\s*(?:months?|月)",
    r"(?<![一二三四五六七八九十两\d])十二\s*个?\s*月",
    r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![a-z])(?:one|1)\s*(?:-\s*)?years?",
    r"(?<![每第])一年",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "100%", "百分之三十", "15 %", "40 per cent", "4 hours", "四小时",
            "4小时", "four hours", "12 months", "十二个月", "12个月", "one year", "一年", "twelve months", "30 percent",
            "4-hour", "12-month", "one-year", "百分之十五"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "1.05", "24 hours", "二十四小时", "24小时", "twenty-four hours", "24 months",
             "18个月", "150%", "130%", "百分之三十五", "115%", "每年", "1.5%", "0.5%", "14 hours", "35%", "45%", "2026年",
             "第一个服务年度", "7.5%", "20%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(form)]
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), s
    sources, targets = {}, {}
    for key, (stem, ext, src, lang, cat) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    thresholds = {0: 99.9, 1: 4, 7: 0.05, 8: 100, 9: 30, 12: 12, 13: 15}
    for key, (stem, ext, src, lang, cat) in NAMES.items():
        t = TERMS[key]
        lab = label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        for i, th in thresholds.items():
            assert t[i] is None or abs(t[i] - th) > 1e-9, (key, i, t[i])
        share = tco_share(t)
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(OUT / (stem + "." + ext))
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s %-58s %5d %-6s tco=%s %s" % (key, stem + "." + ext, n, risk(rules),
                                                 None if share is None else round(share, 2), ", ".join(rules) or "-"))
    n_mid = [k for k in DESIGN if 2 <= len(DESIGN[k]) <= 3]
    assert len(n_mid) == 6 and 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert [k for k in DESIGN if not DESIGN[k]] == ["z01", "e03"]
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
