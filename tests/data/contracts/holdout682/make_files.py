"""holdout682: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are; the
.docx/.pdf are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). Then every built file is read
back (.docx: paragraphs plus table rows; .pdf: pypdf; .txt/.md: file text) and checked for length and for threshold
figures; every label is checked against the thresholds, its rules are derived from the labels with policy §3 and
compared with the design list, and the coverage of all 20 CR rules is asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r'''T:冻土观测站冻土监测平台采购合同（草案）
P:合同编号：DTGC-2026-ZC-017    采购方式：政府采购（公开招标）
P:甲方（采购人）：北岭冻土观测研究站
P:乙方（供应商）：北辰地测信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就冻土监测平台软件许可及定制开发项目订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供冻土监测平台软件（V5.3）永久使用许可，覆盖本站及下属六个野外观测点，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：多层地温剖面自动采集接口、活动层厚度反演模块、冻融循环分析报表、钻孔含冰量数据库及与甲方现有气象观测系统的数据对接。
P:1.3 乙方负责平台部署、历史观测数据（2009年以来）导入、系统联调及甲方技术人员培训。
P:1.4 平台应支持甲方后续新增观测点的接入扩展，乙方在交付文档中说明扩展方法；平台运行于甲方机房的国产服务器和操作系统之上，乙方负责完成兼容性适配并提供适配证明。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），其中：平台软件许可费¥1,180,000；定制开发费¥624,000；实施与培训费¥136,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、野外观测点现场调试及质保期内全部服务费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥388,000。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%，即¥873,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥679,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款，不因财政审批时间承担逾期责任。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署与定制开发，并提交初验申请。
P:4.3 乙方应组建不少于六人的项目组，其中项目经理须具备五年以上地学信息系统实施经验，未经甲方同意不得更换。项目组成员进入野外观测点须遵守甲方安全管理规定，配备必要的防寒与高原防护装备。
P:4.4 甲方负责提供机房环境、网络接入、历史数据原始文件及必要的现场协调，并指定一名项目联系人。因甲方原因造成延误的，工期相应顺延。
P:4.5 乙方应在交付时提交部署手册、运维手册、用户手册、接口说明、测试报告及源代码光盘各一套，文档以中文编写。
H:第五条 验收
P:5.1 初步验收标准：定制功能逐项符合附件一《需求规格说明书》；六个观测点地温数据自动采集成功率不低于98%；历史数据导入后经抽样比对无差错；单次剖面查询响应时间不超过3秒。
P:5.2 初验合格后系统试运行六十日，期间未出现一级故障且全部遗留问题关闭的，乙方可申请最终验收。最终验收由甲方组织专家按5.1标准及试运行记录进行，出具书面验收报告。
P:5.3 系统上线、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%。
P:6.2 一级故障（平台整体不可用或采集中断）乙方应在30分钟内响应，6小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。上述款项可从应付款中直接扣除。
P:6.4 乙方每季度对平台进行一次健康巡检，并于每年冻结期开始前对各观测点采集链路进行一次专项检查，巡检报告报甲方备案。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:7.2 乙方应为甲方培训不少于十名系统管理员和业务用户，培训内容包括平台操作、数据采集配置、常见故障处理及反演模型参数调整，培训后考核合格方视为培训完成。
P:7.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该标准在质保期满后三年内不作上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍属乙方，甲方依第一条取得永久使用许可。
P:8.2 定制开发成果（含源代码、接口程序、数据库设计及技术文档）的知识产权归甲方所有，乙方应于最终验收时一并移交，甲方可自行修改、使用并许可第三方维护。
H:第九条 数据安全
P:9.1 平台中的全部观测数据、钻孔资料及分析成果属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应落实访问控制、操作日志审计和数据加密措施，未经甲方书面许可不得复制或转移数据。发生数据泄露或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.3 乙方远程运维须经甲方审批并通过甲方指定的堡垒机进行，全程留存操作记录；乙方人员离场时应删除其终端上的全部甲方数据，并签署数据清除确认书。
P:9.4 乙方应遵守《中华人民共和国数据安全法》及科研数据管理的有关规定，配合甲方开展年度数据安全检查，对检查发现的问题在十五个工作日内整改完毕。
H:第十条 保密
P:双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 乙方交付的系统不符合约定标准，经两次整改仍不合格的，甲方有权拒收并要求返还已付款项。
P:11.3 质保期内同一模块因同一原因连续三次出现一级故障的，乙方应免费更换或重新开发该模块，并承担由此增加的测试费用。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金，但因财政资金拨付造成的延迟除外。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 逾期违约金达到上限的，甲方亦可解除合同。
P:13.3 合同解除的，乙方应在十日内移交已完成的开发成果和全部甲方数据，并配合甲方完成系统交接。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因地震、极端暴雪等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延长履行期限，不可抗力期间不计违约。
P:15.2 招标文件、投标文件、中标通知书及附件一为本合同组成部分。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2026年  月  日
'''

Z02 = r'''T:蜡笔熔蜡注模成型线控制系统改造及维保合同（草案）
P:合同编号：CBZ-GZ-2026-031
P:甲方（买方）：彩虹桥文具蜡笔制造有限公司
P:乙方（卖方）：恒拓工业自动化工程有限公司
P:甲方二号车间现有熔蜡、调色、注模、冷却脱模成型线控制系统老化，温控精度不足，批次色差和断笔率偏高。经询价比选，甲方委托乙方实施控制系统改造并提供质保期满后的维护保养服务，双方订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，新设PLC主控柜及远程I/O站，更换熔蜡釜、调色釜及保温管路的温控模块与传感器，为注模机加装伺服驱动，并安装车间HMI触摸屏。
P:1.2 乙方提供生产监控软件永久许可一套，实现熔蜡温度曲线、注模压力、冷却时间的实时采集、配方下发、批次记录与报警，并按甲方要求开发配方管理和批次追溯报表。
P:1.3 改造须在甲方安排的两次停产窗口内完成，每次停产不超过十天，不得影响另外两条成型线的生产。
P:1.4 改造后的控制系统应预留与甲方制造执行系统（MES）对接的标准通信接口，乙方提供接口协议说明；原控制柜中可利用的断路器、接触器等元件经甲方确认后可继续使用，拆除的旧设备归甲方所有并由乙方搬运至甲方指定地点。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主控柜及远程I/O站|1套|386,000
TB:2|温控模块及温度、液位传感器|1批|214,000
TB:3|注模机伺服驱动改造|6台|298,000
TB:4|车间HMI触摸屏|4台|72,000
TB:5|生产监控软件永久许可|1套|156,000
TB:|设备及软件小计||1,126,000
TB:6|安装、布线及调试|1项|138,000
TB:7|操作及维护培训|1项|26,000
TB:|合同总价||1,290,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及质保期内服务费用和全部税费。
H:第三条 付款
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥258,000。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥451,500。到货签收仅确认数量和外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%，即¥580,500。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票后十个工作日内付款。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后六十日内将全部设备运抵甲方二号车间，并在甲方第一个停产窗口内完成熔蜡、调色段改造，在第二个停产窗口内完成注模及冷却段改造。
P:4.2 乙方施工应遵守甲方车间防火规定，熔蜡区域动火作业须办理动火审批。
P:4.3 甲方负责提供施工用电、压缩空气和临时堆放场地，并在停产窗口开始前完成熔蜡釜内余料的清理。因甲方未按时清理造成的延误，工期相应顺延。
P:4.4 乙方应在设备到货时提交装箱单、合格证、电气原理图、PLC点表、设备说明书等资料，并在最终验收时提交竣工图、程序备份和操作维护手册，全部资料以中文编写。
P:4.5 乙方派驻现场的项目经理应具有三年以上同类改造经验，施工期间不得擅自离场；现场人员须接受甲方安全教育，遵守劳动防护要求，因乙方人员违规造成的人身或财产损害由乙方负责。
H:第五条 验收
P:5.1 验收标准：熔蜡釜温控精度±0.5℃以内；注模压力波动不超过设定值的2%；连续生产七十二小时无控制系统故障；配方下发与批次记录准确完整；断笔率较改造前统计值下降。
P:5.2 满足上述标准后，双方共同签署最终验收报告。设备安装完成或投入试生产，均不视为验收合格。
H:第六条 质保与服务水平
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障部件、提供软件升级。
P:6.2 一级故障（整条成型线停机）乙方应在1小时内响应，8小时内到场处理；二级故障（单台设备异常）应在次一工作日内到场。
P:6.3 乙方未按时响应或到场的，每迟延一小时向甲方支付¥800，可从质保金或维保费中扣除。
P:6.4 乙方应在甲方厂区常备易损件（温度传感器、固态继电器、伺服驱动器电源模块等），备件清单作为附件二；质保期内因备件不足延误修复的，按6.3计算迟延费用。
P:6.5 乙方应为甲方培训不少于八名操作工和三名电气维修人员，培训后由乙方出具考核记录。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方按年度提供维保服务，年度维保费为设备及软件小计的8%，即每年¥90,080，质保期满后三年内不作调整。
P:7.2 维保服务包括每季度一次预防性检修、备件供应、软件补丁及第六条约定的故障响应。维保合同由双方按年度另行签订，不自动续期。
H:第八条 知识产权
P:8.1 生产监控软件标准产品的知识产权属于乙方，甲方享有永久使用权。
P:8.2 乙方为本项目编写的PLC程序、HMI画面、配方管理及追溯报表等定制成果归甲方所有，乙方交付源程序，甲方可自行修改或委托他人维护。
P:8.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用和赔偿责任。
H:第九条 数据安全与保密
P:9.1 配方、工艺参数、生产记录等数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方远程维护须经甲方批准并使用甲方提供的专用通道，操作全程记录。发生数据泄露的，乙方应立即通知甲方并采取补救措施，并赔偿甲方因此遭受的损失。
P:9.3 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，合同终止后三年内仍然有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方停产时间超过约定停产窗口的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 质保期内同一部件累计故障三次以上的，乙方应免费更换为同型号新品或甲方认可的更高规格产品，并重新计算该部件的质保期。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方可将电气布线及桥架安装等辅助工程交由具备资质的第三方施工，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:合同解除后，乙方应在十日内撤离现场，移交已完成部分的程序和资料，甲方按已验收部分据实结算。
H:第十三条 不可抗力
P:因火灾、洪水、疫情管控等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延，双方均不承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：备件清单；附件三：停产窗口计划。
P:甲方（盖章）：____________    乙方（盖章）：____________
'''

Z03 = r'''童画坊连锁美术教育门店预约及会员管理系统订阅与实施服务合同
（草案）

合同编号：THF-IT-2026-008
甲方：童画坊文化艺术培训有限公司（以下简称“甲方”）
乙方：云课易软件服务有限公司（以下简称“乙方”）

甲方在本市及周边城市经营40家少儿美术培训门店。为统一课程预约、会员储值、排课及家长沟通，甲方订阅乙方的“云课易”门店预约与会员管理平台，并委托乙方完成上线实施。双方经协商订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方40家门店开通平台的课程预约、排课、会员卡与储值、教师课时统计、家长小程序及总部经营报表功能。
2. 每家门店开通前台账号三个、教师账号不限，总部管理账号十个。
（二）实施服务
1. 乙方负责将甲方现有约三万六千名会员、剩余课时和储值余额从原有表格及旧系统迁移至平台。
2. 乙方按甲方课程体系配置课包、价格和排课规则，开发“作品集”家长端展示页面，并为门店店长和前台人员提供培训。
3. 实施工作应在合同签订后四十五日内完成。

（三）培训服务
1. 乙方应为总部运营、财务人员举办两场集中培训，并为每家门店店长和前台人员提供不少于两小时的线上培训，培训资料交甲方留存。
2. 上线后首个月，乙方安排实施顾问每周到甲方总部驻场一日，协助处理门店使用问题。

二、服务期限
（一）服务期为两个服务年度，自平台上线验收合格之日起计算。
（二）服务期满前三十日内任何一方未书面提出异议的，本合同自动续订一个服务年度，可连续续订。
（三）续订时，乙方有权根据市场情况调整订阅费单价，调整后的价格以乙方届时书面报价为准，甲方不同意调价的，应在服务期满前三十日提出不续订。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度¥6,800，40家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
2. 实施费（一次性）：¥96,000。
3. 合同总价：¥640,000。
（二）支付方式
1. 实施费在平台上线验收合格后十个工作日内一次性支付。
2. 订阅费按季度支付，每季度¥68,000，于每个服务季度开始后十个工作日内支付。
3. 乙方收款前应开具增值税专用发票。
（三）服务期内新增门店的，按每家每年¥6,800按剩余月份折算计费。

（四）甲方门店因经营调整关闭的，可在服务季度结束前三十日书面通知乙方停用该门店账号，自下一服务季度起相应减少订阅费；门店历史数据保留在甲方总部账号下。

四、上线验收
（一）乙方完成实施后书面通知甲方验收，验收标准为：
1. 会员数据、剩余课时及储值余额迁移后与原数据逐项核对一致；
2. 40家门店的预约、签到、消课、储值、退费流程均在测试中走通；
3. 家长小程序在高峰时段（每周六上午）五百人同时在线预约时，页面响应时间不超过2秒；
4. 甲方指定的十二张经营报表数据准确。
（二）全部标准满足后，双方签署上线验收单。门店开始试用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨零点至六点之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台无法登录或预约、储值功能整体不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，次日内解决；
3. 三级问题（咨询或一般缺陷）：一个工作日内答复。
（三）乙方每月向甲方提供上月可用率和故障处理报告，报告应列明每次故障的发生时间、影响门店、处理过程、恢复时间和原因分析，以及防止再次发生的措施。

（四）乙方提供工作日九点至二十一点、周末九点至十八点的在线客服和电话支持，并为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会，汇报使用情况、问题清单和改进计划。
（五）平台版本升级应保持甲方已配置课包、价格规则及历史数据完整可用，重大功能变更应提前十五日告知甲方，并为门店提供操作说明或线上培训。

六、数据安全与个人信息保护
（一）平台中的会员信息、学员作品图片、课时及消费记录等数据属于甲方，乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的。
（二）学员多为未成年人，乙方应遵守《个人信息保护法》关于未成年人个人信息的规定，对数据实施加密存储、访问权限控制和操作日志留存，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合处置并承担由此造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除平台中的甲方数据。

（五）平台对接的支付通道由甲方自行签约，储值资金直接进入甲方账户，乙方不经手、不归集甲方的任何款项。

七、保密
双方对在合作中知悉的对方经营信息、价格、会员规模及技术资料负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

八、甲方的义务
（一）甲方应指定总部项目负责人和各门店联络人，按时提供会员原始数据、课程体系和价格资料，并对迁移核对结果进行确认。
（二）甲方应妥善保管各账号及密码，门店人员离职时及时停用其账号；因甲方账号管理不当造成的损失由甲方自行承担。
（三）甲方应按约定支付费用，不得将平台账号转让或出租给甲方以外的机构使用。

九、知识产权
（一）平台及其标准功能的知识产权属于乙方。
（二）为甲方开发的“作品集”展示页面、甲方专属报表及配置成果归甲方所有，乙方应提供相应源代码，甲方可自行修改或委托第三方维护。
（三）乙方保证平台及其使用的字体、图片素材和第三方组件不侵犯他人知识产权；因此引起的索赔由乙方负责处理并承担费用，甲方因此遭受的损失由乙方赔偿。

十、违约责任
（一）乙方未能按本合同约定时间完成上线的，每逾期一日，向甲方支付违约金¥640。
（二）乙方违反数据安全义务的，应赔偿甲方全部损失，包括甲方向家长退费及处理投诉的费用。
（三）乙方对本合同项下的赔偿总额不超过合同总价的两倍，但数据泄露及故意行为造成的损失不受此限。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方可解除本合同，乙方应退还未履行服务期对应的订阅费。
（二）合同解除或终止后，乙方应提供不少于三十日的数据导出和迁移协助。

（三）因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应及时通知对方，双方协商变更或解除合同，均不承担违约责任。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）本合同附件包括：附件一《平台功能清单》、附件二《数据迁移方案》、附件三《门店清单》，附件与正文具有同等效力。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：
'''

Z04 = r'''海岸侵蚀监测系统运维服务合同
（征求意见稿）

合同编号：HAD-YW-2026-004
甲方：东澜湾海岸带保护修复中心
乙方：海测通信息工程有限公司

甲方已建成海岸侵蚀监测系统，包括沿岸18个监测站（GNSS岸线形变站、岸滩视频站和潮位站）、数据传输网络及海岸侵蚀监测分析平台。为保障系统稳定运行和监测数据连续可靠，甲方委托乙方提供系统运维服务。双方经协商，订立本合同。

第一条 服务范围
（一）监测站点运维：对18个监测站的GNSS接收机、视频摄像机、潮位计、太阳能供电及通信设备进行巡检、清洁、校准和故障修复。
（二）平台运维：负责监测分析平台、数据库和数据传输链路的日常监控、备份、补丁更新及故障处理。
（三）数据处理：每月对岸线位置、滩面高程和侵蚀速率数据进行整编和质量控制，编制月度监测报告；台风或风暴潮过后五日内提交专题监测报告。
（四）本合同不包括监测站新建、扩建及设备更新采购，所需更换的设备由甲方另行采购，乙方负责安装调试。
（五）乙方应配合甲方参加上级主管部门组织的监测数据汇交和系统检查，按要求提供运行情况说明和数据质量报告，所需工作已包含在服务费内。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自行终止，不自动续期；甲方如需继续采购运维服务，另行按规定程序确定服务单位。

第三条 服务费用
（一）运维服务费总额为人民币肆拾捌万陆仟元整（¥486,000），其中：监测站点运维¥212,400，平台运维¥156,600，数据处理与报告¥117,000。
（二）服务费为固定总价，包含人工、车辆、船只租用、常用耗材、差旅及税费。单件价格在人民币二千元以上的设备备件由甲方另行提供。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度结算，每季度¥121,500。每季度结束后，甲方按第七条进行季度考核，考核通过后十五个工作日内支付当季服务费。
（三）乙方应在付款前开具增值税普通发票。

第五条 运维交接
（一）合同签订后十日内，乙方应与甲方及原运维单位完成交接，核对设备清单、账号权限、备份数据和历史故障记录，并签署交接单。
（二）交接期间乙方应完成全部站点的首次巡检，并提交设备状态评估报告。
（三）交接完成前发生的故障由原运维单位负责处理，乙方应予配合；交接完成后发生的故障，无论原因是否形成于交接前，均由乙方按本合同处理。

第六条 服务水平
（一）监测分析平台月度可用率不低于99.95%。
（二）故障分级与响应：
1. 一级故障（平台中断或三个以上监测站同时离线）：30分钟内响应，8小时内到达现场或恢复；
2. 二级故障（单站离线或数据异常）：2小时内响应，两日内修复；海况不允许出海或登滩的，修复期限顺延至条件允许后两日内；
3. 三级问题（一般咨询、报表调整）：三个工作日内处理完毕。
（三）乙方每月对全部站点巡检一次，每季度对GNSS站进行一次基准校核，每半年对潮位计进行一次比测校准。
（四）乙方未达到上述响应或恢复时限的，每超时一小时扣减服务费¥500；平台月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000。

第七条 考核与验收
（一）甲方每季度按以下标准对乙方进行考核：
1. 巡检、校准记录完整，与甲方抽查结果一致；
2. 月度监测报告按时提交，数据质量控制记录齐全，经甲方技术负责人审核通过；
3. 当季服务水平达到第六条要求，扣减事项已结算。
（二）考核通过的，双方签署季度考核确认单；服务期满后，甲方对全年运维工作进行总体验收，出具验收意见。

第八条 人员要求
（一）乙方应安排不少于五名运维人员，其中项目负责人须具有测绘或海洋相关专业中级以上职称，驻点人员不少于两名。
（二）出海或登滩作业须遵守海上作业安全规定，乙方为作业人员购买人身意外保险，作业安全责任由乙方承担。
（三）乙方更换项目负责人须提前十五日书面告知甲方并经甲方同意。乙方运维人员不能胜任工作的，甲方有权要求乙方在十日内更换，乙方应予配合。

（四）台风、风暴潮预警发布后，乙方应启动应急值守，安排人员全天候在岗，预警期间每三小时检查一次各站数据回传情况，并在过程结束后四十八小时内完成受损站点的评估，向甲方提交受损情况清单和修复建议。

第九条 甲方的义务
（一）甲方应向乙方提供监测系统的设计文件、设备清单、历史运维记录和必要的系统账号，并协调各站点所在地的村镇、港口及海事部门，为乙方进站作业提供便利。
（二）甲方负责监测站的电费、通信线路租用费及单价二千元以上备件的采购，并在乙方提出需求后及时供货。
（三）甲方应指定专人负责与乙方对接，对乙方提交的报告在十个工作日内提出审核意见。

第十条 运维记录与备件管理
（一）乙方应建立运维台账，如实记录每次巡检、校准、故障处理和备件使用情况，台账每月随月度报告报送甲方，服务期结束时整体移交。
（二）甲方提供的备件由乙方登记保管，替换下的旧件应交回甲方，不得擅自处置。
（三）服务期满前二十日内，乙方应提交年度运维总结报告，内容包括全年设备运行统计、故障分析、校准结果、数据完整情况、海岸侵蚀变化趋势概述以及下一年度设备更新建议。

第十一条 数据安全
（一）监测系统采集的全部原始数据、整编成果和报告属于甲方，乙方仅为履行本合同处理上述数据，不得复制、留存或用于其他项目。
（二）乙方运维人员应使用甲方分配的个人账号，通过甲方指定的运维终端访问系统，不得私设远程通道。乙方应定期检查系统安全日志，及时修复安全漏洞。
（三）发生数据丢失、篡改或泄露的，乙方应在1小时内报告甲方，立即采取补救措施，并承担因乙方原因造成的全部损失。
（四）服务期结束时，乙方应移交全部账号、备份数据和运维记录，并删除其设备中的甲方数据。

第十二条 知识产权
乙方在运维过程中编写的数据处理脚本、质量控制程序、月度及专题报告的知识产权归甲方所有，甲方可自由使用、修改。

第十三条 违约责任
（一）乙方逾期提交月度监测报告或专题监测报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成监测数据缺失且无法补测的，乙方应按缺失站日数每站每日¥300向甲方支付违约金。
（三）乙方违反第十一条造成甲方损失的，应予全额赔偿。

第十四条 不可抗力
因台风、风暴潮、海冰等不可抗力导致无法履行部分服务的，乙方应及时通知甲方，相应服务期限顺延，双方均不承担违约责任。乙方应在条件允许后尽快恢复监测站运行。

第十五条 分包
乙方不得将本合同服务全部或部分分包给第三方。

第十六条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同附件包括：附件一《监测站点及设备清单》、附件二《运维服务技术要求》、附件三《季度考核评分表》，附件为本合同不可分割的组成部分。本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
'''

Z05 = r'''# 软件许可及定制开发合同

**锐迹智造标准合同文本 V4.0**（乙方格式合同）

合同编号：RJZZ-XS-2026-0215

- 甲方（需方）：长河橡皮制品有限公司
- 乙方（供方）：锐迹智造软件有限公司

甲方向乙方采购“锐迹”生产追溯系统许可及定制开发服务，用于甲方密炼、开炼、压延、切割成型工序的批次追溯。双方依据本文本订立合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“锐迹”生产追溯系统 V3 标准版永久许可一套，含服务器端许可及车间终端许可三十个。

1.2 乙方为甲方进行定制开发：密炼机、开炼机配料称量数据采集接口，切割机计数接口，胶料批次与成品批次关联追溯报表，以及质检结果录入界面。

1.3 乙方负责系统安装、基础数据初始化及操作培训。
1.4 许可范围：本许可仅限甲方在其位于本合同首页所载地址的工厂内部使用，服务器数量不超过两台（主备各一）。甲方新增工厂、新增终端或将系统用于关联公司的，须另行向乙方购买许可。

1.5 培训：乙方为甲方提供两次集中培训，每次不超过两天，培训对象为系统管理员及车间班组长，培训人数合计不超过二十人。超出部分按乙方培训报价另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统 V3 标准版许可（含终端许可三十个） | 680,000 |
| 2 | 定制开发（采集接口及追溯报表） | 96,000 |
| 3 | 安装实施及培训 | 24,000 |
| | 合计 | 800,000 |

合同总价为人民币捌拾万元整（¥800,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥520,000，乙方收款后安排实施。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的35%，即¥280,000。

3.3 甲方逾期付款的，乙方有权暂停服务，且每逾期一日按应付金额的千分之一收取滞纳金。

## 第四条 交付与实施

4.1 乙方在收到第3.1条款项后七十五日内完成安装和定制开发。甲方应提供服务器、网络环境和车间现场条件，甲方准备不到位的，工期顺延。

4.2 甲方应配合提供配方清单、工序流程、物料编码等基础资料，并保证资料真实准确。
4.3 系统运行所需的服务器、操作系统、数据库、车间终端及网络设备由甲方自行采购，乙方可提供配置建议，但不对第三方产品的质量承担责任。

4.4 定制开发需求以双方签字确认的《需求确认书》为准。需求确认后甲方提出变更的，乙方有权重新评估工期和费用，变更费用按每人日¥2,800计算。

## 第五条 验收

5.1 乙方完成实施后通知甲方验收。验收依据双方确认的《功能清单》逐项测试，全部功能项测试通过，且按成品批号反查胶料批次和配料记录的查询结果准确、响应时间不超过3秒，并连续试运行七日无致命缺陷，即为验收合格。

5.2 双方签署验收报告。甲方应在乙方通知后十日内组织验收，无正当理由拖延的，乙方可书面催告。
5.3 甲方在验收前将系统用于正式生产的，乙方仍应完成验收程序，但甲方应对正式使用期间因基础资料错误造成的问题自行负责。

## 第六条 技术支持

6.1 乙方通过电话、远程方式为甲方提供技术支持，乙方将尽商业上合理的努力及时处理甲方提出的问题。

6.2 乙方的技术支持工作时间为工作日八点三十分至十七点三十分，节假日除外。
6.3 甲方需要乙方工程师到现场处理问题的，应提前三个工作日预约，乙方视工程师排期情况安排，差旅费用由甲方承担。乙方的远程支持须由甲方开通远程连接，因甲方未开通造成的处理延误，乙方不承担责任。

## 第七条 免费维护期与后续维护

7.1 免费维护期为六个月，自系统验收合格之日起计算。免费维护期内乙方提供缺陷修复和远程支持。

7.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的26%，即每年¥176,800。未签订维护合同的，乙方不再提供任何技术支持和版本升级。

7.3 因甲方擅自修改系统、硬件故障、病毒或操作不当造成的问题，不属于免费维护范围，乙方可按实际工作量另行收费。
7.4 年度维护服务内容包括：缺陷修复、版本升级、远程技术支持及每年一次现场巡检。年度维护合同到期前，甲方应提前三十日办理续签手续，维护费按第7.2条标准计收。

7.5 乙方发布新版本时，甲方可在年度维护合同有效期内免费升级；新版本需要调整甲方定制功能的，调整工作按第4.4条另行计费。

## 第八条 知识产权

8.1 “锐迹”生产追溯系统及其文档的知识产权属于乙方。

8.2 乙方为本合同所做的定制开发成果（包括采集接口程序、追溯报表、质检界面及相关源代码）的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方保证所提供的软件不侵犯第三方的合法权益。

## 第九条 数据

9.1 系统运行中产生的生产数据由甲方管理。乙方应采取访问控制、数据备份和传输加密等安全措施，远程维护须经甲方同意并留存操作记录。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.2 甲方同意，乙方可对系统运行数据进行脱敏处理后，用于乙方产品的改进、行业分析模型的训练及行业报告的编制。
9.3 合同终止后，甲方可在三十日内自行导出系统中的生产数据；逾期未导出的，乙方不承担保存义务。

## 第十条 保密

双方对本合同内容及履约过程中获悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按第4.1条期限完成实施的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何情况下，乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失及停产损失承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方有权书面解除本合同。因甲方原因解除合同的，甲方已付款项不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并提供证明。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方格式文本，对本文本的任何修改须经乙方法务部门书面确认方为有效。
15.3 双方指定的联系人及联系方式见附件一，一方变更联系人的应书面通知对方。乙方向甲方联系人发出的电子邮件，发出之日即视为送达。

15.4 本合同附件包括：附件一《双方联系人》、附件二《功能清单》、附件三《需求确认书》（实施阶段签署），附件与本合同具有同等效力。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
'''

E01 = r'''T:Software Licence and Services Agreement (Draft)
P:Agreement No. SSA-PTP-2026-044
P:This Software Licence and Services Agreement is made between Heilongjiang Beiliang Grain Storage Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suihua, Heilongjiang Province (the "Buyer"), and Steppe Logic Systems LLP, a limited liability partnership registered in Petropavl, North Kazakhstan Region, Republic of Kazakhstan (the "Vendor").
P:The Buyer operates eleven grain depots and intends to replace its depot management tools with a single warehouse and weighbridge management system. The Vendor publishes the GrainBook depot management software and has offered a perpetual licence together with implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the GrainBook depot management software, version 7, in object code, including the weighbridge, silo inventory, quality sampling and dispatch modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configurations and documentation that the Vendor prepares specifically for the Buyer under Article 3, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, generated by or stored in the system in connection with the Buyer's business, including weighing records, inventory records, quality results and supplier information.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's eleven depots and its head office for the Buyer's internal business, without limit on the number of named users.
P:2.2 The Buyer may make backup copies and may allow its contractors to use the Software on its behalf. The Buyer shall not sell or sublicense the Software to third parties.
P:2.3 The Software remains the Vendor's property. The licence continues after the warranty period and does not depend on the purchase of annual support.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's servers in Suihua, connect the weighbridge terminals at each depot, migrate the opening stock balances and three years of weighing history, and train the Buyer's staff.
P:3.2 The Vendor shall develop an interface to the Buyer's financial system, an interface to the provincial grain reserve reporting platform, and a set of twenty management reports described in Annex 1.
P:3.3 The Vendor shall complete installation within seventy days after signature and shall submit the system for acceptance testing within one hundred and ten days after signature.
P:3.4 The Vendor shall provide a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost for all meetings, training sessions and site work in China.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,620,000, made up of the licence fee of CNY 1,260,000, implementation and interface services of CNY 318,000 and training of CNY 42,000. The price is fixed and includes all taxes, travel and living costs of the Vendor's personnel.
P:4.2 The Buyer shall pay 25% of the contract price (CNY 405,000) within fifteen working days after signature and receipt of the Vendor's invoice.
P:4.3 The Buyer shall pay 50% of the contract price (CNY 810,000) after the Software is installed at all depots and the data migration is confirmed. Installation is not acceptance.
P:4.4 The Buyer shall pay the remaining 25% of the contract price (CNY 405,000) after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Acceptance testing is carried out by the Buyer with the Vendor's support according to the test plan in Annex 2. The system passes when (a) every function in Annex 1 works as specified, (b) migrated stock balances reconcile with the Buyer's audited closing figures, (c) weighing records transfer from every weighbridge terminal to the central database within ten seconds, (d) both interfaces pass end-to-end tests with the receiving systems, and (e) the system runs for thirty consecutive days in production without a Severity 1 defect.
P:5.2 When all criteria are met, the Buyer issues a written Final Acceptance certificate within ten working days. Productive use of the system, installation or payment of any instalment does not mean acceptance.
P:5.3 If the system fails acceptance, the Vendor shall correct the defects and repeat the tests at its own cost. If the system fails a second time, the Buyer may reject it and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The warranty period is eighteen months from Final Acceptance. During the warranty period the Vendor shall correct defects free of charge, supply updates and new versions of the Software and provide remote support.
P:6.2 Severity 1 means that weighing, receiving or dispatch cannot be carried out at one or more depots. For Severity 1 defects the Vendor shall respond within one hour and restore operation within eight hours. Severity 2 defects shall be answered within three hours and corrected within three working days.
P:6.3 If the Vendor misses a response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period, the Buyer may order annual support. The annual support fee is 10% of the licence fee, namely CNY 126,000 per year, and it will not be increased for the first three years after the warranty period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and the Vendor's tools remain the property of the Vendor.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including to other contractors.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The system is hosted on the Buyer's servers in China. The Vendor may access it remotely only through the Buyer's VPN with individual accounts and multi-factor authentication, after the Buyer approves each session. The Vendor shall not copy Buyer Data outside the Buyer's systems or transfer it out of China.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China when handling Buyer Data. It shall notify the Buyer of any security incident affecting Buyer Data within six hours, cooperate in its investigation and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's depot locations, stock levels, prices and supplier lists, and shall use it only for this Agreement.
P:9.2 These obligations last during the Agreement and for five years after it ends, except for information that is public or independently developed.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 3.3, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the contract price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8.
P:10.3 Neither party is liable for indirect or consequential losses, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall return or destroy the Software.
P:12.3 Articles 7, 8, 9 and 10 survive termination.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government actions, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, either party may end the affected part of the Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by the parties' senior managers. If it is not resolved within thirty days, it shall be referred to the Specialised Interdistrict Economic Court of North Kazakhstan Region in Petropavl.
P:14.3 This Agreement is made in English and Chinese. Both versions have equal force.
H:Article 15 General
P:15.1 Annex 1 (Functional Specification and Reports) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses in the signature block.
P:15.3 This Agreement enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
'''

E02 = r'''# ORDER FORM — FieldTrack Agri Fleet Platform

**Order Form No. KST-OF-2026-0117** (Draft for Customer review)

This Order Form (Part A) and the General Terms (Part B) together form the agreement between **Tobyl Telematics LLP**, registered in Kostanay, Republic of Kazakhstan ("Provider"), and **Shandong Huanong Machinery Service Co., Ltd.**, Jinan, People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Provider will provide the FieldTrack Agri Fleet Platform, a hosted service for tracking and managing agricultural machinery, to Customer for up to 420 connected tractors, combines and sprayers operated by Customer and its dealer network in Shandong and Henan. The service includes the web console, the driver mobile application, the machine-hour and fuel reports, geofencing, maintenance reminders and the open API for Customer's own systems.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date defined in B3.2, and is made of two Subscription Years. The Order Form ends at the end of the Subscription Term. Any renewal requires a new order form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 420 machines, annual fee | 264,000 |
| Platform subscription, Subscription Year 2 | 420 machines, annual fee | 264,000 |
| Onboarding: device pairing, dealer set-up, data import, training | one-time | 46,000 |
| **Total contract value** | | **574,000** |

Additional machines beyond 420 may be added at CNY 52 per machine per month for the rest of the Subscription Term. Additional machines are not included in the total above.

### A4. Invoicing and Payment

1. The subscription fee is invoiced quarterly in advance, at CNY 66,000 per quarter, at the start of each quarter of the Subscription Term. No fee is invoiced before the Go-Live Date.
2. The onboarding fee is invoiced after Go-Live Acceptance under B3.
3. Customer pays each undisputed invoice within thirty days of receipt, in CNY, to Provider's bank account in the invoice.

### A5. Service Levels

1. Monthly availability of the web console, mobile application back end and API: 99.95%, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.
2. Priority 1 incident (the platform is unavailable to all users, or position data has stopped updating for all machines): Provider responds within 8 hours and works continuously until service is restored.
3. Priority 2 incident (a major function or a group of users is affected): response within one business day; resolution within five business days.
4. Priority 3 request: response within three business days.
5. Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly equivalent subscription fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that monthly fee. Credits are deducted from the next invoice.

### A6. Contacts and Signatures

Provider contact: Account Manager, Kostanay office. Customer contact: Head of Digital Services, Jinan. Each party may change its contact by e-mail notice.

## PART B — GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means all data submitted to the service by Customer, its dealers or machine operators, and all data generated by the connected machines and devices for Customer, including positions, engine hours, fuel use, field boundaries and operator names.

1.2 "Customer Configurations" means the geofences, report templates, dashboards and API mappings created for Customer during onboarding or later at Customer's request.

1.3 "Go-Live Date" has the meaning in B3.2.

### B2. Provision of the Service

2.1 Provider will make the service available to Customer in accordance with this Order Form and will provide the onboarding services described in A3.

2.2 Provider will host the service for Customer in a data centre located in mainland China operated by a licensed cloud provider.

2.3 Customer is responsible for the accuracy of the data it enters, for the use of the accounts it creates, and for the installation of tracking devices on machines that were not fitted by Provider.

2.4 Provider may update the service from time to time, provided that updates do not materially reduce its functions, and will inform Customer of major changes thirty days in advance.

2.5 Provider will provide support in Chinese and Russian through a ticket portal and a telephone hotline from 08:00 to 20:00 Beijing time on business days, and through the ticket portal at all other times. Customer may name up to six support contacts who may open tickets on its behalf.

### B3. Onboarding and Go-Live Acceptance

3.1 Provider will complete onboarding within forty-five days after signature of this Order Form. Onboarding includes pairing of all 420 devices with the platform, set-up of Customer's dealer accounts, import of machine master data and service history, and two training sessions.

3.2 When onboarding is complete, Customer will test the service. Go-Live Acceptance is given when (a) at least 410 of the 420 machines report positions and engine hours to the platform, (b) imported master data matches Customer's source lists, (c) the ten standard reports run correctly for a test week, and (d) the API returns data to Customer's service management system. Customer signs a Go-Live Acceptance note within five business days after these criteria are met. The date of that note is the Go-Live Date.

3.3 If onboarding is not complete within the period in B3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 23,000.

### B4. Customer Data

4.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the service to Customer under this Order Form.

4.2 At the end of the Subscription Term, Customer may export Customer Data in CSV format through the console for sixty days.

### B5. Intellectual Property

5.1 The service, the software and all related documentation remain the property of Provider and its licensors. Customer receives a right to use the service during the Subscription Term.

5.2 Customer Configurations belong to Customer. Customer may use, copy and modify them freely, and may let third parties use them, also after the Subscription Term.

### B6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information disclosed under this agreement and use it only for this agreement.

6.2 The obligation does not cover information that is public, already known to the receiving party, or required to be disclosed by law. It lasts for three years after the Subscription Term ends.

### B7. Warranties

7.1 Provider warrants that the service will perform substantially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

7.2 Provider warrants that the service does not infringe third-party intellectual property rights and will defend Customer against any such claim.

### B8. Liability

8.1 Each party's total liability under this agreement is limited to 150% of the total contract value stated in A3.

8.2 The limit does not apply to personal injury, fraud, or infringement claims under B7.2. Neither party is liable for indirect or consequential loss.

### B9. Subcontracting and Assignment

9.1 Provider shall not subcontract the service or any part of it, other than the hosting described in B2.2, without Customer's prior written consent. The hosting provider is approved by signature of this Order Form.

9.2 Neither party may assign this agreement without the prior written consent of the other party.

### B10. Term and Termination

10.1 This agreement runs for the Subscription Term unless terminated earlier.

10.2 Customer may terminate this agreement by written notice if Provider commits a material breach and does not remedy it within thirty days of notice. In that case Provider refunds any prepaid fees for the period after termination.

10.3 Provider may suspend the service if undisputed invoices remain unpaid for more than sixty days after a written reminder.

### B11. Force Majeure

Neither party is liable for delay or failure caused by events outside its reasonable control, including natural disasters, epidemics, government action and failures of public telecommunications networks, if it informs the other party promptly.

### B12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitration shall be conducted in Chinese and English. The award is final and binding on both parties.

### B13. General

13.1 This Order Form may be signed electronically and in counterparts.

13.2 Notices under this agreement are given in writing to the contacts in A6.

13.3 This Order Form, including Part B, is the entire agreement of the parties about the service and replaces any earlier proposals or quotations. Changes must be in writing and signed by both parties.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________
'''

E03 = r'''T:Supply Contract for Grain Temperature Monitoring Equipment and Software Licence (Draft)
P:Contract No. JLC-PUR-2026-0093
P:Buyer: Jilin Liangcang Storage Group Co., Ltd., Changchun, People's Republic of China (the "Buyer").
P:Supplier: Irtysh Sensor Technologies LLP, Semey, Abai Region, Republic of Kazakhstan (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier has been selected after a competitive tender for the supply of grain temperature monitoring equipment and monitoring software for sixteen warehouses at the Buyer's Nong'an depot.
H:1. Definitions
P:1.1 "Equipment" means the temperature and humidity cables, gateways, weather stations and accessories listed in the price table in clause 2.
P:1.2 "Licence" means the perpetual licence to the Supplier's SiloSense monitoring software granted under clause 3.
P:1.3 "System" means the Equipment and the software together, installed and configured at the site.
P:1.4 "Site" means the Buyer's Nong'an depot, Changchun, Jilin Province.
P:1.5 "Final Acceptance" means the acceptance described in clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install and commission the System, and train the Buyer's staff, as set out below and in the technical specification in Annex A.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature and humidity cables, 24 m, 8 sensing points|480|1,150|552,000
TB:2|Wireless gateways with solar backup|32|8,600|275,200
TB:3|Depot weather stations|8|21,500|172,000
TB:4|SiloSense monitoring software, perpetual licence, unlimited warehouses at the Site|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,317,200
TB:5|Installation, cabling and commissioning|1 lot|146,800|146,800
TB:6|Training of operators and administrators|1 lot|24,000|24,000
TB:|Contract Price|||1,488,000
P:2.2 The Contract Price is fixed. It includes delivery DDP to the Site, import duties, customs clearance, insurance, installation materials, all taxes and the Supplier's travel costs.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the SiloSense software at the Site, with unlimited users and warehouses, for the Buyer's business. The Buyer may make backup copies and move the software to new servers.
P:3.2 The licence does not end if the Buyer stops buying support services after the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 148,800) as an advance payment within fifteen working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 818,400) after all Equipment has been delivered to the Site and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 520,800) within fifteen working days after Final Acceptance.
P:4.4 The Supplier shall issue valid invoices for each payment. All payments are made in CNY.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within sixty days after signature and complete installation within forty days after delivery. Installation in each warehouse shall be carried out when the warehouse is empty, according to the schedule agreed with the Buyer's depot manager.
P:5.2 The Supplier's staff shall follow the Buyer's site safety rules, including rules for work at height, fumigation areas and confined spaces.
P:5.3 The Supplier shall hand over the operating manuals, wiring diagrams, calibration certificates and software documentation in Chinese.
P:5.4 The Buyer shall provide access to the Site, electrical power at each warehouse, space for storing Equipment and a server meeting the Supplier's published requirements. The Buyer shall name a site coordinator who will agree the installation schedule for each warehouse with the Supplier.
P:5.5 Training shall cover the operation of the software, the reading of temperature trends and alarms, the replacement of cables and the basic maintenance of gateways and weather stations, for at least fifteen of the Buyer's staff.
H:6. Acceptance
P:6.1 After installation the Supplier shall commission the System and notify the Buyer that it is ready for testing.
P:6.2 The System passes acceptance testing when: (a) every sensing point reports to the software; (b) readings of twenty randomly selected sensing points differ from a calibrated reference thermometer by no more than 0.5 degrees Celsius; (c) the software raises alarms for temperature rise as configured; (d) the weather stations report correctly; and (e) the System operates for thirty consecutive days without a Severity 1 fault.
P:6.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. Installation, commissioning, operation of the System or payment does not mean acceptance.
P:6.4 If the System fails testing, the Supplier shall correct the defects and the tests shall be repeated at the Supplier's cost.
H:7. Warranty and Support
P:7.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and transport, and shall supply software updates.
P:7.2 Faults shall be handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software or more than one gateway down; no temperature data from one or more warehouses|2 hours|24 hours
TB:Severity 2|Single cable or sensor fault; weather station fault|next business day|5 business days
TB:Severity 3|Questions, minor software issues|2 business days|next release
P:7.3 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 600 for each hour of delay. The Buyer may deduct these amounts from any payment or from the performance guarantee.
P:7.4 After the warranty period, the Buyer may buy annual support. The annual support fee shall not exceed 7% of the Equipment and Licence Subtotal, namely CNY 92,204 per year, for the first three years after the warranty period. Support is ordered each year by a separate order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The SiloSense software remains the property of the Supplier.
P:8.2 The alarm rules, warehouse layouts, reports and interface to the Buyer's grain management system prepared for the Buyer belong to the Buyer, and the Supplier shall deliver their source files. The Buyer may use, modify and license them freely.
H:9. Data Security
P:9.1 All data collected by the System, including temperatures, humidity, warehouse stock information and alarm records, belongs to the Buyer. The Supplier shall use it only for performing this contract.
P:9.2 The software runs on the Buyer's servers. The Supplier may access it remotely only through the Buyer's secure access system with approval for each session. The Supplier shall not copy the Buyer's data or send it outside China.
P:9.3 The Supplier shall report any security incident concerning the Buyer's data within six hours, take remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, stocks, security arrangements and business obtained under this contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after this contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts of its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum.
P:13.2 On termination before Final Acceptance, the Supplier shall refund the amounts paid for the parts not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:14. Force Majeure
P:A party affected by force majeure shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the force majeure.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun. The award is final.
H:16. General
P:16.1 Annex A (Technical Specification) and Annex B (Installation Schedule) form part of this contract.
P:16.2 This contract is made in Chinese and English. In case of difference, the Chinese version prevails.
P:16.3 Notices shall be given in writing to the addresses of the parties stated above, by courier or by e-mail with confirmation of receipt. Changes to this contract are valid only if made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''

E04 = r'''# Managed Infrastructure Services Agreement

**Draft No. 2 — for discussion**

**Agreement No.** EKB-MSA-2026-006

**Between:** Gansu Longyuan Thermal Power Co., Ltd., Lanzhou, People's Republic of China (the "Customer"), and Ertis Digital Operations LLP, Ekibastuz, Pavlodar Region, Republic of Kazakhstan (the "Service Provider").

**Background.** The Customer runs two coal-fired units and a head-office data room. It wishes to hand over the day-to-day monitoring, operation and maintenance of its IT and plant-office network infrastructure to a specialist provider for a fixed term. The Service Provider operates a network operations centre in Ekibastuz and a support team in Lanzhou.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Service Commencement Certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer processed, stored or transmitted by the managed infrastructure, including configurations, logs, user directories and business data.

1.5 "Monthly Charge" means the monthly fee in Schedule 2.

## 2. Services

2.1 The Service Provider shall provide the Services from the Service Commencement Date for the Term, in accordance with this Agreement and the service levels in Schedule 3.

2.2 The Services cover the in-scope assets listed in Schedule 1. The Customer may add or remove assets by change request; the Monthly Charge is then adjusted at the unit rates in Schedule 2.

2.3 The Service Provider shall keep an on-site team of two engineers at the Customer's Lanzhou head office during business hours and shall monitor the infrastructure remotely at all times from its operations centre.

2.4 The Service Provider shall provide a named service delivery manager, who shall hold a monthly service review with the Customer and submit a written monthly report on incidents, changes, capacity and service level performance.

## 3. Transition

3.1 The Service Provider shall carry out the transition activities in Schedule 1, Part B, including asset discovery, installation of monitoring tools, documentation of configurations and knowledge transfer from the Customer's current staff.

3.2 The Service Provider shall use its best efforts to complete transition within sixty days after signature of this Agreement. The parties shall meet every week during transition to review progress and agree corrective actions.

## 4. Service Commencement

4.1 When transition is complete, the Service Provider shall demonstrate to the Customer that: (a) all in-scope assets are shown in the monitoring system with correct alarms; (b) the configuration records for every network device and server have been checked by the Customer; (c) the service desk has handled test tickets of every priority within the times in Schedule 3; and (d) the runbooks for the twelve critical procedures listed in Schedule 1 have been approved by the Customer.

4.2 If all criteria are met, the Customer shall sign a Service Commencement Certificate within five working days. The transition charge becomes payable only after that certificate is signed.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total value of this Agreement over the Term is CNY 2,200,000.

5.2 The Monthly Charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date. The transition charge is invoiced after the Service Commencement Certificate is signed. There is no advance payment.

5.3 The Customer shall pay undisputed invoices within thirty days. Service credits under Schedule 3 are deducted from the next invoice.

5.4 The charges are fixed for the Term and will not be increased.

## 6. Service Levels and Service Credits

6.1 The Service Provider shall meet the service levels in Schedule 3.

6.2 If a service level is missed, the Service Provider shall grant the service credits in Schedule 3 and shall submit a root-cause analysis and improvement plan within ten working days.

## 7. Data Security

7.1 Customer Data belongs to the Customer. The Service Provider shall use it only to provide the Services and shall not use it for any other purpose.

7.2 The Service Provider shall comply with the Customer's information security policy and with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access from the operations centre shall pass only through the Customer's jump server, with individual named accounts, multi-factor authentication and full session recording. Customer Data shall not be stored outside the Customer's systems or transferred outside mainland China.

7.3 The Service Provider shall not connect to, or make any change in, the plant control network. The Services stop at the firewall between the office network and the plant control network.

7.4 The Service Provider shall notify the Customer of any security incident within two hours of becoming aware of it, contain it, and compensate the Customer for losses caused by the Service Provider's breach of this Section.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information and shall use it only for this Agreement. The Service Provider's staff shall sign individual confidentiality undertakings before receiving access.

8.2 This Section survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 The monitoring tools and the service desk software of the Service Provider remain its property.

9.2 Runbooks, configuration records, scripts and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

10.1 The total liability of the Service Provider arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Charges paid by the Customer in the six months immediately before the event giving rise to the claim.

10.2 Neither party shall be liable for loss of profit, loss of production or other indirect loss.

## 11. Subcontracting

The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and fails to remedy it within thirty days after notice, or if the Service Provider misses the same critical service level in three consecutive months.

12.3 On expiry or termination, the Service Provider shall provide exit assistance for up to ninety days, hand over all documentation and credentials, and delete any Customer Data it holds after the Customer confirms the handover.

## 13. Force Majeure

Neither party is liable for failure to perform due to events beyond its reasonable control, provided it informs the other party without delay and takes reasonable steps to reduce the effect.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The language of arbitration is English.

## 15. General

15.1 The Schedules form part of this Agreement. If the Schedules and the main body conflict, the main body prevails.

15.2 Amendments must be in writing and signed by both parties.

## Schedule 1 — Services and In-Scope Assets

**Part A: Services**

| Service | Description |
|---|---|
| Monitoring | Continuous monitoring of availability, performance and capacity of in-scope assets from the operations centre |
| Incident management | Service desk in Chinese, Russian and English; logging, diagnosis and resolution of incidents |
| Change management | Planning and execution of standard and approved changes, with rollback plans |
| Patch management | Monthly patching of servers and network devices in agreed maintenance windows |
| Backup | Daily backup of servers and configurations; quarterly restore test |
| On-site support | Two engineers at the Lanzhou head office, business days 08:30–17:30 |

**Part B: In-scope assets**

| Asset group | Quantity |
|---|---|
| Core and distribution switches | 14 |
| Access switches | 96 |
| Firewalls (office network) | 6 |
| Physical servers | 28 |
| Virtual machines | 210 |
| Storage arrays | 3 |
| Wireless controllers and access points | 2 controllers, 180 access points |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Service Commencement Certificate | 112,000 |
| Monthly Charge | per month, 36 months, in arrears | 58,000 |
| Monthly Charges over the Term | 36 × 58,000 | 2,088,000 |
| Total value over the Term | | 2,200,000 |
| Additional access switch | per device per month | 95 |
| Additional virtual machine | per VM per month | 140 |

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network (monthly) | 99.95% | 3% of the Monthly Charge for each 0.02 point below target |
| Priority 1 response (core network, firewall or storage outage) | 15 minutes | CNY 1,000 per 15 minutes late |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 response | 1 hour | CNY 300 per hour late |
| Priority 3 response | 1 business day | none |
| Failed daily backup jobs not rerun the same day (monthly) | at most two | 2% of the Monthly Charge |

Total service credits in any month shall not exceed 20% of the Monthly Charge.
'''

E05 = r'''DATA SERVICES SUBSCRIPTION AGREEMENT
(DRAFT - SUBJECT TO CONTRACT)

Agreement No.: KOK-DS-2026-021

PARTIES

This Data Services Subscription Agreement is made between:

(1) Kokshetau AgroSat Analytics LLP, registered in Kokshetau, Akmola Region, Republic of Kazakhstan ("Provider"); and

(2) Dalian Zhongliang Grain Trading Co., Ltd., registered in Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

Customer imports wheat, barley and oilseeds from Central Asia and needs timely information on crop conditions and weather in the main growing regions to plan its purchases and logistics. Provider produces crop condition indices, yield estimates and weather data from satellite imagery, ground stations and field surveys, and delivers them through an application programming interface (API) and a web portal.

1. DEFINITIONS

1.1 "Data Service" means the API, the web portal and the datasets described in clause 2.

1.2 "Subscription Year" means the first Subscription Year from 1 April 2026 to 31 March 2027 and the second Subscription Year from 1 April 2027 to 31 March 2028.

1.3 "Customer Inputs" means field boundaries, purchase regions, supplier locations, queries and any other data that Customer uploads to or sends through the Data Service.

1.4 "Customer Outputs" means reports, maps and analyses produced by the Data Service specifically for Customer's regions of interest or from Customer Inputs.

1.5 "Start Date" means 1 April 2026.

2. THE DATA SERVICE

2.1 Provider shall provide Customer with access to the following datasets for Kazakhstan, Russia (Siberian and Ural districts) and Uzbekistan:

(a) weekly crop condition indices at district level for wheat, barley, sunflower and rapeseed;

(b) monthly yield and production estimates at region level, with confidence ranges;

(c) daily weather observations and ten-day forecasts for 340 grid points; and

(d) harvest progress reports during the harvest season.

2.2 Customer may call the API up to 400,000 times per calendar month and may create up to twenty named portal users.

2.3 Provider shall provide API documentation, sample code and a test environment, and shall hold two online training sessions for Customer's analysts during the first month.

2.4 Provider shall keep the datasets up to date in accordance with the publication calendar in Annex 1 and shall inform Customer at least thirty days in advance of any change to data formats or API versions. Old API versions remain available for at least ninety days after a new version is released.

3. TERM

3.1 This Agreement starts on signature and the Data Service runs for two Subscription Years from the Start Date.

3.2 This Agreement ends at the end of the second Subscription Year. The parties may agree a renewal in writing; there is no automatic renewal, and renewal terms are subject to negotiation.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 342,000 for each Subscription Year, which is CNY 684,000 for both Subscription Years.

4.2 The one-time integration support fee is CNY 38,000. It covers Provider's help with connecting the API to Customer's trading and risk system, mapping of Provider's region codes to Customer's codes, and set-up of Customer's regions of interest.

4.3 The total contract value is CNY 722,000.

4.4 The subscription fee is invoiced semi-annually in advance, CNY 171,000 at the start of each half of each Subscription Year. The integration support fee is invoiced when the integration work is complete.

4.5 Customer shall pay each invoice within thirty days of receipt by bank transfer in CNY. Additional API calls above the monthly allowance are charged at CNY 0.08 per call and are invoiced quarterly in arrears; they are not included in the total contract value.

5. SERVICE LEVELS

5.1 Provider shall ensure that the API and the web portal are available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance.

5.2 Provider shall publish each dataset within the time stated in Annex 1. A dataset published more than one day late is a "Late Delivery".

5.3 Critical incidents (the API or the portal is unavailable, or a dataset contains obviously wrong values for a whole country) shall be responded to within one hour, at any time, and Provider shall work continuously until they are resolved. Other incidents shall be responded to within one business day.

5.4 If availability falls below the level in clause 5.1 in any month, or if there is more than one Late Delivery in a month, Customer shall receive a service credit of 8% of the monthly equivalent of the subscription fee for each failure, up to 25% of that monthly amount. Credits are set off against the next invoice.

6. DELAY IN PROVIDING ACCESS

If Provider fails to provide working API credentials, portal access and the first full delivery of every dataset by the Start Date, Provider shall pay Customer delay damages of 0.1% of the total contract value for each day of delay, up to 5% of the total contract value.

7. CUSTOMER DATA AND OUTPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the Data Service to Customer and shall not use them to produce data or analyses for other clients, nor disclose Customer's regions of interest or purchase plans to anyone.

7.2 Customer Outputs belong to Customer. Customer may use, modify and share Customer Outputs freely within its group and with its banks, insurers and logistics partners.

7.3 The datasets themselves remain the property of Provider. Customer receives a non-exclusive licence to use them for its internal business during the term and to keep and use data received during the term after it ends.

8. DATA SECURITY

8.1 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access control and logging of access by Provider's staff.

8.2 Customer Inputs shall be stored on servers located in mainland China through Provider's hosting partner, and shall not be transferred out of mainland China.

8.3 Provider shall notify Customer within six hours of becoming aware of any unauthorised access to Customer Inputs, shall take remedial measures and shall be responsible for losses caused by its failure to meet this clause 8.

8.4 On termination Provider shall delete Customer Inputs within thirty days and confirm deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's confidential information, including the terms of this Agreement, Customer's purchase plans and Provider's methods, and shall use it only for this Agreement.

9.2 The obligations in this clause 9 continue for three years after this Agreement ends.

10. SUBCONTRACTORS AND DATA PARTNERS

10.1 Provider may engage subcontractors and data partners, including satellite imagery suppliers, field survey companies and hosting providers, to perform any part of the Data Service. Provider does not need Customer's consent but shall inform Customer of any new subcontractor by e-mail within ten days after engaging it.

10.2 Provider remains responsible for the performance of its subcontractors and data partners as for its own.

11. WARRANTIES

11.1 Provider warrants that the datasets are produced with reasonable skill and care using the methods described in Annex 2. Estimates and forecasts are by nature uncertain, and Provider does not warrant their accuracy for any particular decision.

11.2 Provider warrants that it has all rights necessary to license the datasets to Customer and shall defend Customer against any claim that Customer's use of the Data Service under this Agreement infringes third-party rights.

12. LIABILITY

12.1 The total liability of each party under this Agreement is limited to 150% of the total contract value.

12.2 The limit does not apply to breach of clauses 8 or 9, to infringement claims under clause 11.2, or to fraud. Neither party is liable for loss of profit or indirect loss.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the subscription fees paid for the period after termination.

13.3 Clauses 7, 8, 9 and 12 survive termination.

14. FORCE MAJEURE

Neither party is liable for delay or failure caused by events outside its reasonable control, including natural disasters, war, epidemics, failures of satellite operators and acts of government, provided that it promptly informs the other party and limits the effect as far as reasonably possible.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Dalian International Arbitration Court for arbitration in Dalian. The language of arbitration is English and the award is final.

16. GENERAL

16.1 Annex 1 (Publication Calendar) and Annex 2 (Methodology Summary) form part of this Agreement.

16.2 Neither party may assign this Agreement without the other party's written consent.

16.3 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses above.

16.4 This Agreement is made in English and Chinese; both versions are equally authentic.

SIGNATURES

For Provider: ____________________        For Customer: ____________________
Name and title:                            Name and title:
Date:                                      Date:
'''

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TARGETS = {
    "z01": ("h682z01_permafrost_station_monitoring_platform.pdf", "pdf"),
    "z02": ("h682z02_crayon_moulding_line_control_retrofit.docx", "docx"),
    "z03": ("h682z03_art_school_chain_booking_saas.txt", "txt"),
    "z04": ("h682z04_coastal_erosion_monitoring_om_service.txt", "txt"),
    "z05": ("h682z05_eraser_factory_tracking_supplier_template.md", "md"),
    "e01": ("h682e01_grain_depot_software_licence_petropavl.pdf", "pdf"),
    "e02": ("h682e02_agri_fleet_saas_order_form_kostanay.md", "md"),
    "e03": ("h682e03_grain_temperature_sensors_licence_semey.docx", "docx"),
    "e04": ("h682e04_managed_infrastructure_36_months_ekibastuz.md", "md"),
    "e05": ("h682e05_crop_data_api_subscription_kokshetau.txt", "txt"),
}

G, S = "goods_or_licence", "service"
# key: language, category, contract value, terms (API order), extra flags, TCO fee base (goods only)
LABELS = {
    "z01": ("zh", "software", 1940000, dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
            liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False), 1180000),
    "z02": ("zh", "hardware", 1290000, dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03,
            liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=True, governing_law="PRC", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False), 1126000),
    "z03": ("zh", "cloud", 640000, dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=640 / 640000 * 100,
            liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None),
    "z04": ("zh", "services", 486000, dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None),
    "z05": ("zh", "software", 800000, dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
            data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.08,
            liability_cap_pct=20, prepayment_pct=65, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=6, post_warranty_fee_pct=26, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=None, governing_law="PRC", contract_kind=G),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False), 680000),
    "e01": ("en", "software", 1620000, dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
            liability_cap_pct=150, prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=18, post_warranty_fee_pct=10, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="Kazakhstan", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False), 1260000),
    "e02": ("en", "cloud", 574000, dict(availability_pct=99.95, p1_response_hours=8, sla_remedy=True, ip_owner="buyer",
            data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=500 / 574000 * 100,
            liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None),
    "e03": ("en", "hardware", 1488000, dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
            liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=36, post_warranty_fee_pct=7, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False), 1317200),
    "e04": ("en", "services", 2200000, dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=6 / 36 * 100, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False), None),
    "e05": ("en", "cloud", 722000, dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
            liability_cap_pct=150, prepayment_pct=None, acceptance_clause=False, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=True, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), None),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Petropavl court

DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e05": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key):
    lang, cat, cv, t, x, base = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (cv + fees) * 100


def derive(key):
    lang, cat, cv, t, x, base = LABELS[key]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


THRESHOLD_VALUES = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                        prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)

PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])(30|40|15|100)\s*(%|％|per\s*cent|percent)",
    r"\b(thirty|forty|fifteen|one\s*hundred)\s*(%|per\s*cent|percent)",
    r"百分之(三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(?<![\d.,])0\.05(?!\d)",
    r"万分之五(?![十])",
    r"(?<![\d.,])0\.5\s*‰",
    r"(?<![\d.,])4\s*(小时|个小时|hours?\b|hrs?\b|h\b)",
    r"(?<![一二三四五六七八九十])四个?小时",
    r"\bfour\s*hours?\b",
    r"(?<![\d.,])12\s*(个月|-?\s*months?\b)",
    r"(?<![一二三四五六七八九十])十二个月",
    r"\btwelve\s*(-|\s)*(calendar\s*)?months?\b",
]]
MUST_HIT = ["30%", "付款30 %", "99.9%", "4小时", "in 4 hours", "四小时", "12个月", "十二个月", "12 months", "12-month",
            "0.05%", "万分之五", "100%", "15%", "40%", "百分之三十", "thirty per cent", "four hours", "twelve months"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "0.5 hours", "130%", "0.15%", "2024年", "万分之五十", "二十四小时", "14 hours",
             "1,500", "120 months", "四十八小时", "99.5%", "0.08%", "Section 4 of"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in p.finditer(text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    lang, cat, cv, t, x, base = LABELS[key]
    extra = dict(x)
    extra["contract_value"] = cv
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        assert list(t) == ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
                           "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct",
                           "prepayment_pct", "acceptance_clause", "final_payment_on_acceptance", "warranty_months",
                           "post_warranty_fee_pct", "auto_renewal_price_increase", "termination_for_breach",
                           "subcontract_without_consent", "governing_law", "contract_kind"], key
        for f, v in THRESHOLD_VALUES.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (key, f)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in lab["expected_extra"]
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (name, hits(variant))
        if key.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        share = tco_share(key)
        print(f"{name}: length {n}, rules {lab['expected_rules']}, risk {risk(lab['expected_rules'])}"
              + (f", TCO share {share:.1f}%" if share is not None else ""))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in TARGETS if not DESIGN[k]) == 2
    print("all checks passed; rules covered:", len(covered))
