"""Builds holdout652: ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the sources below as they are; .docx / .pdf are built with ../word_pdf.py (PDF lines broken
  at word boundaries, wrap_words=True).
- Every built file is read back (.docx: paragraphs plus table rows; .pdf: pypdf text; .txt/.md: the file text) and its
  length is asserted: Chinese 2,750-3,000 characters without whitespace, English 1,450-1,650 whitespace-separated words.
- A regex scan (self-tested first) asserts that no threshold figure of policy section 3 appears in any read-back text,
  raw, whitespace-collapsed and whitespace-free; label values are asserted off the thresholds; the TCO share is asserted
  more than 2 points away from 40.
- Each draft's rules are derived from its labels with this folder's reading of policy section 3, compared with the
  design list, and the set is checked to cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:气象雷达数据综合应用平台采购合同
P:合同编号：QXJ-ZFCG-2026-017
P:甲方（采购人）：江岭市气象局
P:乙方（供应商）：苏州云测信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号JL-CG-2026-0315）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供气象雷达数据综合应用平台软件许可（永久使用许可，不限用户数，部署于甲方机房），并完成雷达基数据质控、组网拼图、短临外推、强对流识别等模块的定制开发，以及平台部署、数据接入、联调和培训工作。
P:1.2 平台应支持省、市两级业务人员同时在线使用，并提供预警产品自动制作与分发功能。
P:1.3 接入范围为本市及周边共六部天气雷达、两部X波段相控阵雷达及省级下发产品，接口包括省气象信息中心数据共享接口、预警信息发布系统接口和市应急管理局数据交换接口。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万捌仟元整（¥1,988,000），含税。其中：平台软件许可费¥1,180,000；定制开发费¥642,000；部署实施费¥138,000；培训费¥28,000。
P:2.2 上述价款包括软件、开发、实施、差旅、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥397,600。
P:3.2 平台完成部署、数据接入及初步验收合格后，甲方支付合同总价的45%，计¥894,600。
P:3.3 最终验收合格并签署最终验收报告后，甲方支付合同总价的35%，计¥695,800。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金拨付为准，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同生效后九十日内完成部署及数据接入并申请初步验收，于初步验收后六十日内完成试运行并申请最终验收。
P:4.2 乙方应按经甲方确认的实施计划推进工作，每两周提交一次进度报告，重大问题应即时书面报告甲方项目负责人。
P:4.3 乙方应派驻不少于五名具有气象信息系统实施经验的人员，其中项目经理须具备高级工程师职称或同等资格，未经甲方同意不得更换。
P:4.4 乙方应为甲方业务人员、预报员和运维人员提供不少于六期集中培训，并提交培训教材、操作手册和运维手册。
H:第五条 验收
P:5.1 初步验收标准：六部天气雷达和两部相控阵雷达的基数据全部接入，数据到达延迟不超过90秒；拼图产品每6分钟更新一次；定制模块功能与需求规格说明书逐项一致。
P:5.2 最终验收标准：平台连续试运行四十五日，期间未发生一级故障；短临外推产品与实况对比检验指标达到需求规格说明书约定值；通过甲方委托的第三方软件测评及网络安全等级保护测评。
P:5.3 乙方在申请最终验收时应提交需求规格说明书、设计文档、源代码、测试报告、部署文档、用户手册和培训记录，文档不全的不予验收。
P:5.4 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不高于平台软件许可费的9%（即每年不超过¥106,200），该价格在质保期满后三年内保持不变；续购维护合同需双方另行书面签订，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并避开汛期及重大天气过程保障期。
P:7.2 一级故障（平台整体不可用或雷达数据中断）乙方须在30分钟内响应，2小时内到达现场；二级故障1小时内响应，当日内解决。
P:7.3 乙方每迟延响应一小时，向甲方支付¥1,000；年度可用率每低于承诺值0.01个百分点，扣减当年维护服务对应费用¥2,000。
P:7.4 乙方每月向甲方提交运行报告，内容包括可用率统计、故障处理记录、数据接入完整率和改进建议；汛期期间应安排专人驻场值守。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 为本项目定制开发的模块、接口程序、算法参数配置及其源代码和文档，知识产权归甲方所有，乙方应在最终验收时完整交付源代码；甲方可自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台处理的雷达数据、气象产品、用户信息及日志均属于甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》及气象数据管理规定，远程运维须经甲方审批并通过堡垒机进行，不得将任何数据拷贝出甲方网络。
P:9.3 乙方参与本项目的人员须签署数据安全承诺书，离场时须交回全部账号、介质和资料。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的成果不符合约定且整改后仍不合格的，甲方有权要求乙方继续履行或解除合同，并要求乙方赔偿损失。
P:11.3 乙方未经甲方同意更换项目经理或核心技术人员的，每人次向甲方支付违约金¥5,000；乙方违反第九条约定的，除赔偿损失外，甲方有权解除合同。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方，亦不得将本合同项下的权利义务转让给他人。乙方违反本条约定的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、战争等不可抗力导致不能履行的，受影响一方应及时通知对方并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。合同履行期间的变更须经双方书面确认，并符合政府采购相关规定。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岭市气象局    乙方（盖章）：苏州云测信息技术有限公司
P:签订日期：2026年4月8日
"""

Z02 = """T:卤制品生产线自动化控制改造及维保合同
P:合同编号：LW-SB-2026-009
P:甲方：湘味坊食品（益阳）有限公司
P:乙方：长沙恒控自动化工程有限公司
P:甲方卤味加工厂拟对二号车间卤制、冷却、称重及包装生产线进行自动化控制改造。乙方具备相应的设计、供货、安装和维护能力。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜达成如下协议。
H:第一条 改造范围
P:1. 乙方负责二号车间四条卤制线的控制系统改造，包括主控柜更换、卤煮槽温度和液位自动控制、冷却隧道联动、自动称重分拣、包装机联动以及中控监控软件的部署。
P:2. 改造完成后应实现卤煮温度自动恒定、卤汁液位自动补给、批次工艺参数自动记录、称重超差自动剔除，以及生产数据在中控室大屏实时显示。
P:3. 新设备与甲方现有的金属探测机、贴标机和冷库温度监控系统应实现信号对接，原有设备的正常功能不得因改造受到影响。
P:4. 改造施工须在甲方安排的停线窗口内进行，每次停线不超过七十二小时，乙方不得影响其余生产线的正常运行。
H:第二条 设备、软件及价格
P:合同总价为人民币壹佰零叁万元整（¥1,030,000），含13%增值税及运输、安装、调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜及电气改造|1套|286,000|286,000
TB:2|卤煮槽温控及液位传感器|24套|4,800|115,200
TB:3|自动称重分拣机|4台|58,500|234,000
TB:4|包装机联动接口模块|6套|12,600|75,600
TB:5|中控监控软件许可（永久）|1套|168,000|168,000
TB:6|工业交换机及网络布线|1批|42,400|42,400
TB:|设备及软件小计|||921,200
TB:7|安装调试费|1项|96,800|96,800
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合计|||1,030,000
H:第三条 付款
P:1. 合同签订后十个工作日内，甲方支付合同总价的25%，计¥257,500。
P:2. 设备全部到货并完成安装、单机调试后，甲方支付合同总价的50%，计¥515,000。到货签收及安装完成不代表验收合格。
P:3. 生产线最终验收合格后十个工作日内，甲方支付合同总价的25%，计¥257,500。
P:4. 乙方应在每次付款前开具相应金额的增值税专用发票。
H:第四条 工期
P:1. 乙方应在合同签订后四十五日内完成全部设备到货，到货后三十五日内完成安装调试并申请验收。
P:2. 因甲方未按约定提供停线窗口导致工期延误的，工期相应顺延。
P:3. 乙方应在开工前提交施工方案、停线计划和安全措施，经甲方生产部、品控部会签后方可实施；每周提交一次进度周报。
H:第五条 验收
P:1. 验收标准：卤煮槽温度控制精度±1℃；液位控制误差不大于10毫米；称重分拣精度±2克，剔除动作准确无误；包装机联动节拍达到每分钟六十包；中控软件数据刷新间隔不超过3秒；生产线连续带料试运行二十一日无一级故障。
P:2. 乙方应提交电气图纸、PLC程序备份、软件配置文件、操作规程及培训记录。
P:3. 甲方在收到验收申请后七个工作日内组织验收。设备投入生产使用或甲方支付任何款项均不视为验收合格；验收不合格的，乙方应在十日内整改并重新申请验收。
H:第六条 质保及维保
P:1. 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并免费升级中控软件。
P:2. 质保期内一级故障（整条线停机或温控失效）乙方须在1小时内响应，8小时内到达现场处理；二级故障2小时内响应，次日内处理完毕。
P:3. 乙方迟延响应或迟延到场的，每迟延一小时向甲方支付¥500。
P:4. 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费为设备及软件小计的8%（即¥73,696），该费用自质保期满起三年内不上调。维保合同每年另行签订，不自动续期。
H:第七条 生产数据安全
P:1. 中控软件采集的工艺参数、配方数据、批次记录及产量数据均归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:2. 乙方远程维护须事先取得甲方书面批准，通过甲方指定的VPN账号接入，维护结束后立即关闭通道，乙方不得在设备中预留任何未告知甲方的远程接入方式或后门程序；乙方应确保系统设置访问权限、操作日志及数据备份功能。
P:3. 因乙方原因导致生产数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并协助恢复，承担由此给甲方造成的全部损失。
H:第八条 知识产权
P:1. 中控监控软件的著作权归乙方所有，甲方获得永久使用许可。
P:2. 为本项目编写的PLC程序、组态画面、接口程序及相关文档的知识产权归甲方所有，乙方应提供可编辑的源文件，甲方可自行或委托他人修改和使用。
H:第九条 分包
P:乙方可将电气安装、布线等辅助施工分包给具备相应资质的第三方，但应提前三日书面告知甲方分包单位名称及人员名单。乙方对分包方的工作质量和安全承担全部责任。
H:第十条 安全生产
P:乙方施工人员进入车间须遵守甲方的食品安全和卫生管理制度，穿戴洁净工作服，不得携带玻璃、易碎品进入生产区域。因乙方施工造成食品安全事故或人身伤害的，由乙方承担责任。乙方动火、登高及带电作业应提前办理甲方的作业审批手续，并在作业现场设置专人监护。
H:第十一条 培训与备件
P:1. 乙方应为甲方操作工、班组长及设备维修人员分三批开展培训，内容包括控制柜操作、配方参数设置、报警处理、称重分拣机校准和日常点检，每批培训不少于两天，培训结束后进行实操考核。
P:2. 乙方应随设备提供一套随机备件，包括温控模块、液位探头、称重传感器及常用继电器，并在质保期满后至少八年内保证同型号备件的供应，价格不高于当期市场价。
P:3. 乙方在质保期内每季度上门巡检一次，检查电气柜、传感器和称重分拣机的运行状态，校准温控及称重仪表，并向甲方提交巡检报告。
P:4. 乙方应建立设备档案，记录每台设备的出厂编号、安装位置、调试参数和维修记录，并在验收时移交甲方。
H:第十二条 违约责任
P:1. 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:2. 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:3. 乙方交付的设备或软件不符合合同约定的，甲方有权要求更换、整改，并由乙方承担因此产生的费用。
H:第十三条 合同解除
P:乙方逾期超过三十日，或设备经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在事件发生后三日内通知对方，并在十日内提供有关证明，双方协商调整工期或解除合同。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、施工方案。附件与本合同正文具有同等效力，内容不一致的，以本合同正文为准。本合同的变更须经双方书面签署。
P:甲方（盖章）：湘味坊食品（益阳）有限公司    乙方（盖章）：长沙恒控自动化工程有限公司
P:签订日期：2026年5月12日
"""

Z03 = """连锁羽毛球馆场地预订及会员管理系统服务合同

合同编号：YQ-IT-2026-021
甲方：上海羽动体育发展有限公司
乙方：杭州场易云科技有限公司

甲方在全国经营五十家连锁羽毛球馆，为统一场地预订、会员储值和门店经营管理，拟采用乙方提供的"场易云"场馆管理云服务（SaaS）并由乙方完成实施。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）云服务
1. 乙方向甲方五十家门店开通场馆管理云服务，功能包括场地在线预订、会员注册与储值、次卡及课程包管理、教练排课、前台收银、门禁联动、门店经营报表及总部驾驶舱。
2. 服务以互联网方式提供，甲方门店通过电脑端、收银平板及微信小程序使用，账号数量不设上限。
（二）实施服务
1. 乙方负责系统初始化配置、五十家门店场地及价格方案录入、原有会员数据及储值余额迁移、与甲方财务系统和门禁设备的接口对接。
2. 乙方负责甲方总部及门店人员的操作培训，每家门店不少于两名店长和前台人员通过考核。
3. 乙方按甲方品牌规范定制微信小程序首页及会员中心页面。
4. 乙方负责将原有系统中的场地预订规则、会员等级、储值赠送规则及退款规则逐项迁移，并在迁移前与甲方逐家门店确认。
（三）运营支持
服务期内乙方提供全天候在线客服和电话支持，节假日不停止服务，并为甲方每季度提供一次经营数据分析报告（仅使用甲方自身数据）。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整服务费，上调幅度不超过上一服务年度服务费的10%，乙方应在续期前通知甲方调整后的价格。

三、费用及支付
（一）合同总价为人民币柒拾柒万陆仟元整（¥776,000），含税，其中：
1. 云服务费：每家门店每服务年度¥6,800，五十家门店每服务年度¥340,000，两个服务年度合计¥680,000；
2. 实施费：¥96,000（含配置、数据迁移、接口对接、小程序定制及培训）。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）云服务费按服务年度支付，甲方在每个服务年度开始后十五个工作日内支付当年度服务费¥340,000。
（四）服务期内新增门店的，按每家门店每服务年度¥6,800按月折算计费。
（五）乙方应在收款前开具增值税专用发票。甲方对账单有异议的，应在收到后十日内书面提出，双方核实后在下期调整。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、数据迁移和接口对接，并书面申请上线验收。
（二）上线验收标准：
1. 会员数据及储值余额迁移准确率为全量核对无差异；
2. 五十家门店的场地预订、收银、门禁联动功能测试全部通过；
3. 高峰时段（每晚19时至22时）小程序预订页面打开时间不超过2秒；
4. 与甲方财务系统的日结数据连续十日核对一致。
（三）甲方应在收到申请后七个工作日内组织验收并出具书面意见。门店试用或付款均不视为验收合格。
（四）因乙方原因未能按期申请上线验收的，每逾期一日，乙方向甲方支付违约金¥600。

五、服务水平
（一）乙方承诺云服务月度可用率不低于99.5%，计划维护须安排在凌晨1时至6时之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（预订、收银或门禁全部中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：当日响应，五个工作日内解决。
（三）月度可用率未达承诺值的，按当月服务费的5%至20%向甲方提供服务抵扣；一级故障超过恢复时限的，每超过一小时另行抵扣¥1,000。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及服务抵扣金额。

六、数据安全与数据使用
（一）甲方会员信息、预订记录、消费和储值数据归甲方所有。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作审计和每日备份等措施，系统应通过网络安全等级保护三级测评。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，采取补救措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任。
（四）甲方同意乙方在服务期内及服务期满后，对甲方数据进行脱敏、汇总后用于行业分析报告、产品改进及向其他客户提供的经营对标服务。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除其系统中的甲方数据。

七、保密
双方对在合同签订和履行过程中知悉的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露，保密义务在合同终止后三年内持续有效。

八、知识产权
（一）场易云平台及其软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、接口程序及配置方案归甲方所有，甲方可自行或委托第三方修改和使用。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

十、分包
未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权书面解除本合同。
（二）连续两个月月度可用率未达承诺值的，甲方有权解除本合同，乙方应退还未履行期间的服务费。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十三、双方的其他权利义务
（一）甲方应指定总部项目负责人一名，负责需求确认、门店协调和验收组织；各门店指定一名系统管理员。
（二）甲方应按乙方提供的配置清单准备收银平板、扫码设备和门禁控制器，并保证门店网络带宽满足使用要求。
（三）乙方应指定项目经理及不少于三名实施顾问，实施期间按门店分区开展上门实施；服务期内配备专属客户成功经理，每季度与甲方召开一次服务回顾会。
（四）乙方应保证系统功能持续满足国家关于预付式消费、发票管理和个人信息保护的规定，相关规定变化时应及时免费升级。
（五）乙方进行版本升级前应提前五日通知甲方，不得删减甲方已在使用的功能。

十四、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，双方均不承担违约责任；但乙方应在不可抗力消除后尽快恢复服务。因运营商网络、第三方支付渠道故障造成的中断，乙方应积极协调处理并及时告知甲方。

十五、通知
本合同项下的通知以书面形式送达合同首页载明的地址或双方项目负责人的电子邮箱，邮件发出即视为送达。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海羽动体育发展有限公司
乙方（盖章）：杭州场易云科技有限公司
日期：2026年3月18日
"""

Z04 = """欢乐谷主题游乐园票务及设备管理系统年度运维服务合同

合同编号：HLG-YW-2026-04
甲方：成都锦城欢乐谷旅游发展有限公司
乙方：四川蓉信智能系统工程有限公司

鉴于甲方游乐园的票务系统、闸机检票系统、游乐设备运行监测系统及相关服务器网络（以下统称"运维对象"）需要专业运维服务，乙方具备相应的服务能力，双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

第一条 服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满后如需继续合作，双方另行协商签订新合同，本合同不自动续期。

第二条 运维对象
（一）票务系统：线上售票平台、窗口售票终端38台、自助售票机24台、年卡管理模块及与OTA平台的接口；
（二）检票系统：园区入口及项目闸机共126通道、人脸识别终端及手持检票设备；
（三）设备监测系统：过山车、大摆锤、激流勇进等十七个大型游乐项目的运行状态监测平台及传感器网关；
（四）园区机房服务器、存储、核心交换机、无线网络及安全设备。

第三条 服务内容
（一）日常运维：乙方派驻工程师六名，园区营业时间内现场值守，闭园后安排一名工程师电话值班。
（二）巡检：每日开园前完成售检票设备和闸机自检，每周完成服务器及网络巡检，每月提交运维月报。
（三）计划性工作：每季度完成一次系统性能优化和补丁更新；在暑期、国庆和春节高峰期前分别完成一次全面检修和压力测试；年度内完成一次灾备切换演练。
（四）故障处理、备件更换、系统配置变更及节假日保障。
（五）运维文档管理：维护设备台账、配置基线、变更记录和故障处理记录。
（六）安全管理：每月开展一次漏洞扫描，对发现的高危漏洞在七日内完成修复或采取临时防护措施，并向甲方报告处理结果。

第四条 服务水平
（一）故障分级：
1. 一级故障：售票或检票系统全部中断，或设备监测平台无法显示任一大型游乐项目的运行状态；
2. 二级故障：部分售票窗口、闸机通道或部分功能不可用；
3. 三级故障：不影响营业的一般问题。
（二）响应及恢复时限：一级故障20分钟内响应，2小时内恢复；二级故障30分钟内响应，6小时内恢复；三级故障当日内处理。
（三）乙方应在每次一级故障处理完毕后两日内提交故障分析报告。响应或恢复时限未达到上述要求的，乙方应书面说明原因并提出改进措施，甲方不因此扣减服务费，乙方亦不因此承担赔偿或违约金。

第五条 服务费用及支付
（一）合同总价为人民币陆拾陆万元整（¥660,000），含税，其中年度运维服务费¥586,000，备品备件包干费¥74,000。
（二）合同总价按季度平均支付，每季度¥165,000。甲方在每个服务季度结束并通过季度服务考核后十五个工作日内支付当季费用。
（三）备件包干范围内的闸机读头、打印模块、网关板卡等由乙方负责提供，不再另行收费；包干范围以外的备件，经甲方书面确认后按成本价另行结算。
（四）乙方应在每次收款前开具增值税专用发票；因发票不合规导致付款延迟的，甲方不承担责任。

第六条 考核与验收
（一）季度服务考核标准：巡检记录完整率达到全部计划项；计划性工作按期完成；一级故障每季度不超过两次；运维月报按时提交；甲方游客投诉中涉及系统原因的问题均已闭环。
（二）服务期满后，甲方组织年度终验，核查全年运维记录、文档交接情况、设备完好情况及灾备演练报告，出具终验意见。
（三）考核不合格的，乙方应在十日内整改并重新提交考核，当季费用在考核通过后支付。
（四）季度考核及年度终验以甲方信息部门和运营部门共同签署的书面意见为准，乙方驻场期间的日常工作记录仅作为考核依据，不视为考核通过。

第七条 节假日保障与交接
（一）在春节、五一、暑期、国庆等高峰期及甲方举办夜场、音乐节等大型活动期间，乙方应增派不少于三名工程师驻场，并在活动前三日完成保障预案、备件检查和应急演练。
（二）服务开始后十五日内，乙方应与甲方原运维单位完成交接，核对设备台账、账号权限和遗留问题清单，并形成交接报告。
（三）服务期满或合同终止时，乙方应向甲方或甲方指定的单位完整移交运维文档、配置备份、账号和未结问题清单，并提供不少于十五日的交接协助，交接期间服务标准不降低。
（四）甲方应为乙方驻场人员提供值班场所、必要的办公条件和园区通行证件，并及时通知乙方园区营业时间及活动安排的变化。

第八条 违约责任
（一）乙方逾期完成第三条第（三）项所列计划性工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方派驻人员不足或擅自离岗的，每人每日向甲方支付¥800。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（四）因乙方原因造成甲方损失的，乙方应予赔偿。乙方违约金的支付不免除其继续履行本合同的义务。

第九条 数据安全
（一）票务数据、游客实名信息、人脸图像、年卡会员信息及设备运行数据均归甲方所有，乙方不得用于本合同以外的任何目的。
（二）乙方工程师须使用甲方分配的个人账号并通过堡垒机操作，不得导出游客个人信息，不得使用个人存储介质。
（三）乙方应协助甲方落实网络安全等级保护要求。发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括甲方因此受到的行政处罚及对游客的赔偿。

第十条 保密
乙方及其人员对在服务过程中知悉的甲方经营数据、系统架构、账号口令及其他未公开信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。

第十一条 知识产权
乙方在服务过程中为甲方编写的脚本、配置方案、运维文档和报告归甲方所有，甲方可自由使用和修改。

第十二条 人员管理
（一）乙方派驻人员须持有相应的专业资格证书，并经甲方安全培训后方可上岗；乙方更换驻场人员须提前七日通知甲方并做好交接。
（二）乙方人员进入设备区域须遵守甲方游乐设备安全管理规定，严禁擅自操作游乐设备；涉及设备监测传感器的作业，须在游乐项目停机并经甲方设备部门确认后进行。

第十三条 分包
乙方不得将本合同项下的运维服务分包给第三方。闸机及人脸识别终端的原厂维修，须经甲方书面同意后方可委托原厂进行。

第十四条 合同的履行与解除
本合同服务期内，双方均不得单方解除本合同。一方违约的，守约方可要求违约方继续履行、采取补救措施或按第八条承担违约责任，但不得以此为由解除合同。因政府命令导致游乐园长期停业的，双方协商处理。

第十五条 不可抗力
因不可抗力导致不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或相应减免费用。

第十六条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

第十七条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：成都锦城欢乐谷旅游发展有限公司
乙方（盖章）：四川蓉信智能系统工程有限公司
签订日期：2026年3月20日
"""

Z05 = """# 骏康马匹健康档案管理系统软件许可及定制开发合同

（乙方标准合同文本 JK-HT-V3.0）

合同编号：JK2026-0417

甲方（用户）：北京御骏马术俱乐部有限公司

乙方（供应商）：南京骏康软件科技有限公司

甲方为管理俱乐部马匹的健康档案、防疫、诊疗和训练负荷，拟购买乙方"骏康马匹健康档案管理系统"软件许可并委托乙方进行定制开发。双方经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"骏康马匹健康档案管理系统"V5软件永久使用许可一套，授权范围为甲方总部马场及两处分场，授权马匹数量不超过三百匹。

1.2 乙方按甲方需求进行定制开发，包括：马匹电子芯片及护照信息录入、兽医诊疗记录与处方管理、疫苗及驱虫计划提醒、蹄铁与牙科护理记录、训练负荷及心率数据导入、赛事检疫证明生成，以及与甲方会员预约系统的接口。

1.3 乙方负责系统安装部署、初始数据导入和使用培训。

1.4 系统支持电脑端和移动端使用，兽医可在马房通过移动端扫描马匹芯片调阅健康档案、录入诊疗记录，并支持离线录入后同步；系统可按甲方设定的规则自动生成疫苗到期和复诊提醒。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 骏康马匹健康档案管理系统V5软件许可（永久） | 760,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施及培训 | 64,000 |
| | 合计 | 1,060,000 |

合同总价为人民币壹佰零陆万元整（¥1,060,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥583,000，乙方收到该笔款项后启动项目。

3.2 系统安装部署完成、上线运行后十个工作日内，甲方支付合同总价的45%，即¥477,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后七十五日内完成系统部署和定制开发，并通知甲方上线。

4.2 系统安装部署完成并上线运行，即视为甲方验收合格。甲方应配合乙方完成上线工作，因甲方原因未能上线的，自乙方通知之日起满十日视为验收合格。

4.3 甲方在上线后提出的新需求或需求变更，按乙方人天单价¥2,800另行计费。

4.4 甲方应在合同签订后十日内提供马匹名册、历史诊疗记录电子文档及会员预约系统接口说明。历史纸质档案的录入不在本合同范围内，甲方需要乙方录入的，按每匹马¥180另行计费。

4.5 乙方对甲方人员提供两次集中培训，每次一天，培训对象为兽医、马工主管及系统管理员，培训地点在甲方总部马场。

4.6 甲方应按乙方提供的配置要求准备服务器、数据库及网络环境，并保证在部署前完成。因甲方环境不满足要求导致部署延期的，乙方不承担责任，工期相应顺延。

## 第五条 技术支持

5.1 自上线之日起六个月为免费维护期。免费维护期内，乙方在工作日（9:00–17:30）通过电话、邮件及远程方式提供技术支持，并尽商业上合理的努力解决甲方反映的问题。

5.2 免费维护期内乙方免费提供软件缺陷修复；现场服务按每人每天¥2,200另行收取差旅及服务费用。

5.3 乙方不对问题的响应或解决时间作出承诺。

## 第六条 年度维保

6.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的26%，即每年¥197,600。

6.2 年度维保服务按年签订，每年到期后如双方均无异议则按相同费用标准续签。

6.3 年度维保服务包括软件缺陷修复、小版本升级及工作日远程支持，不包括新功能开发、数据修复及现场服务。

6.4 年度维保费应在每个维保年度开始前一次性支付。

6.5 甲方未购买年度维保服务的，乙方不再提供任何技术支持和版本升级。

## 第七条 知识产权

7.1 本合同项下的软件产品及其文档的著作权和其他知识产权均归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表模板及其源代码的知识产权归乙方所有。甲方在本合同约定的授权范围内享有非独占的使用权，不得自行或委托第三方修改、反向工程或向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据安全与数据归属

8.1 甲方录入系统的马匹档案、诊疗记录、会员信息及其他业务数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 系统部署于甲方服务器。乙方远程维护须经甲方同意，并使用甲方提供的账号登录，不得下载、复制甲方数据。乙方应采取必要的安全措施，防止数据泄露、篡改或丢失。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方，采取补救措施，并承担相应的赔偿责任。

8.4 甲方应自行做好系统账号管理和日常数据备份，因甲方保管不善造成的账号泄露或数据损失由甲方自行承担。

## 第九条 保密

双方对在合作过程中获知的对方技术信息、经营信息及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方未按约定提供资料或确认需求导致工期延误的，乙方交付期限相应顺延，不视为乙方逾期。

10.3 乙方在本合同项下对甲方承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，对方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还，乙方已完成的定制开发工作量按人天单价结算。

11.3 合同解除后，乙方应在三十日内协助甲方导出系统中的业务数据，导出服务按人天单价另行计费。

## 第十二条 甲方的义务

12.1 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，并在乙方提交需求确认书后五个工作日内书面确认；逾期未确认的，视为确认。

12.2 甲方应保证其提供的马匹信息、芯片编号及会员数据合法取得，并对数据的真实性负责。

12.3 甲方不得将软件安装于授权范围以外的场地，增加授权马匹数量或分场的，应按乙方当年价格表另行购买许可。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方对本文本的修改以补充协议形式另行约定。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：北京御骏马术俱乐部有限公司

乙方（盖章）：南京骏康软件科技有限公司

签订日期：2026年4月17日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NX-CN-2026-041
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 April 2026 between Hengyuan Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Agrisoft Systems s.r.o., a company incorporated in the Slovak Republic with its registered office at Štefánikova trieda 62, 949 01 Nitra, Slovakia (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance and asset management software and to have the Vendor configure, integrate and deploy it at the Customer's foundry. The Vendor has agreed to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro enterprise asset management software, version 8, including the mobile work-order application and the reliability analytics module, in object code, together with its user and administrator documentation.
P:1.2 "Services" means the implementation, configuration, data migration, integration, training and warranty support services described in Article 3 and Annex 1.
P:1.3 "Custom Deliverables" means all configurations, workflows, report templates, interface programs, data migration scripts and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.4 "Customer Data" means all data entered into, generated by or processed through the Software by or for the Customer, including equipment registers, maintenance histories, spare-part records, sensor readings and personnel data.
P:1.5 "Go-Live" means the first productive use of the Software at the Customer's Changzhou plant after the Customer's written approval.
P:1.6 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its affiliates in the People's Republic of China, for up to 180 named users and an unlimited number of mobile work-order users.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence remains in force after the warranty period and irrespective of whether the Customer purchases annual support.
H:Article 3 Services
P:3.1 The Vendor shall carry out the Services in accordance with the project plan in Annex 1, which foresees a blueprint phase, a configuration phase, integration with the Customer's SAP ERP system and its SCADA historian, migration of approximately 14,000 asset records and eight years of maintenance history, user acceptance testing, Go-Live and a hypercare period of six weeks.
P:3.2 The Vendor shall appoint a project manager fluent in English and supported by a Mandarin-speaking consultant, and shall not replace key personnel without the Customer's prior written approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall deliver train-the-trainer sessions for twelve key users and end-user sessions for maintenance planners, technicians and storekeepers, with training material in English and Chinese.
P:3.4 The Customer shall provide timely access to its premises, systems and personnel, and shall make decisions requested by the Vendor within five working days.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,670,000, inclusive of applicable taxes, made up of the licence fee of CNY 1,240,000, implementation services of CNY 386,000 and training of CNY 44,000.
P:4.2 The price shall be paid as follows: (a) 20% (CNY 334,000) within thirty days after signature and receipt of the Vendor's invoice; (b) 45% (CNY 751,500) within thirty days after Go-Live; and (c) 35% (CNY 584,500) within thirty days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account designated by the Vendor. The Vendor shall issue a valid invoice for each instalment.
P:4.4 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Annex 1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
H:Article 5 Acceptance
P:5.1 Before Go-Live, the parties shall execute the user acceptance test scripts agreed during the blueprint phase. Go-Live, productive use or any payment does not constitute acceptance.
P:5.2 Final Acceptance requires that: (a) all test scripts in Annex 2 have been passed; (b) migrated asset and history records reconcile with the source data without unexplained differences; (c) the SAP and SCADA interfaces have run for twenty consecutive working days without a Severity 1 defect; (d) response times for standard transactions do not exceed 2 seconds for 150 concurrent users; and (e) all documentation has been delivered.
P:5.3 The Customer shall confirm Final Acceptance in writing or state the reasons for rejection within ten working days after the Vendor's notice of readiness. The Vendor shall correct any defects and resubmit the Software for acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide patches and new releases, and provide remote and on-site support free of charge.
P:6.2 Defects shall be handled as follows: Severity 1 (the Software is unavailable or work orders cannot be created) – response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired) – response within 2 hours and a fix or workaround within two working days; Severity 3 (minor defects) – response within one working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next invoice or, during the Warranty Period, pay that amount on request.
P:6.4 After the Warranty Period, the Customer may purchase annual support at 11% of the licence fee (CNY 136,400 per year). This fee is fixed for the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software and its pre-existing tools.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe any intellectual property right.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Changzhou. The Vendor's remote access requires the Customer's approval for each session, uses the Customer's VPN with multi-factor authentication, and is logged. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Customer of any actual or suspected security incident within 12 hours, and shall be liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive for three years after termination.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability for personal injury, wilful misconduct, gross negligence, infringement of intellectual property rights and breach of Articles 8 and 9, which is not limited.
P:10.2 Neither party is liable for indirect or consequential losses, except as stated in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor may not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for approved subcontractors.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; the licence survives under Article 2.3.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice. The Customer may also terminate if delay damages under Article 4.4 reach their maximum.
P:12.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund amounts paid for Services not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it promptly notifies the other party and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Slovak Republic, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 The parties shall first try to settle any dispute amicably. Disputes that cannot be settled within sixty days shall be decided by the competent court in Nitra, Slovakia.
H:Article 15 Miscellaneous
P:15.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms – LearnPeak Learning Platform

Order Form No. LP-2026-CN-118

## PART A – ORDER FORM

### A1. Parties

**Provider:** LearnPeak Solutions s.r.o., Hlavná 96, 080 01 Prešov, Slovak Republic, company ID 52 418 307.

**Customer:** Jiangnan Home Appliances Co., Ltd., No. 88 Xinghu Road, Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Provider and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service

The Provider shall make available to the Customer the LearnPeak Enterprise learning management platform as a hosted software-as-a-service offering (the "Service"), including course authoring, a mobile learning app, compliance training tracking, a skills matrix for production staff, certification management and management dashboards, for up to 6,500 active learners across the Customer's head office, three factories and sales offices in mainland China.

The Service includes Chinese and English user interfaces, single sign-on with the Customer's identity provider, and an interface to the Customer's HR system for daily synchronisation of employee master data.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months, consisting of two Subscription Years, and starts on the date of Go-Live Acceptance under A5. The Agreement ends at the end of the Subscription Term. It does not renew automatically; any extension requires a new Order Form signed by both parties.

### A4. Fees and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 6,500 learners, annual | 268,000 |
| Subscription fee, Subscription Year 2 | 6,500 learners, annual | 268,000 |
| Onboarding services (one-time) | fixed price | 42,000 |
| Total Contract Value | | 578,000 |

All amounts include applicable PRC taxes. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days of the invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days. The fees are fixed for the Subscription Term. Additional learners above 6,500 may be added at CNY 41 per learner per Subscription Year, pro rata.

### A5. Onboarding and Go-Live Acceptance

The Provider shall complete onboarding by 30 June 2026. Onboarding covers tenant configuration, single sign-on, the HR interface, migration of 1,180 existing courses and 3.2 million historical learning records, branding, and administrator training for twenty administrators.

Go-Live Acceptance requires: (a) all migrated courses open and play correctly on desktop and mobile; (b) historical learning records reconcile with the source system by learner and course; (c) single sign-on works for all test users in each location; (d) the HR interface synchronises new joiners and leavers correctly for ten consecutive working days; and (e) pages load within 3 seconds for 800 concurrent learners. The Customer shall confirm acceptance or list deficiencies within seven working days after the Provider's notice of readiness. Use of the Service before acceptance does not constitute acceptance.

If Go-Live Acceptance is not achieved by 30 June 2026 for reasons attributable to the Provider, the Provider shall pay CNY 450 for each day of delay, up to CNY 40,500 in total.

### A6. Contacts and Signatures

Provider account manager: Ms Zuzana Hudáková. Customer project owner: Mr Wang Hao, HR Learning & Development.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B – GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall provide the Service in accordance with this Agreement, the documentation and the service levels in Section 2.

1.2 The Provider may update the Service from time to time, provided that no update materially reduces the functionality the Customer uses. The Provider shall announce material changes at least thirty days in advance.

1.3 The Customer shall use the Service only for its internal training purposes and shall be responsible for the conduct of its users and the content it uploads.

### 2. Service Levels

2.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 06:00 China Standard Time.

2.2 Incidents are classified as follows: Severity 1 – the Service is unavailable or learners cannot log in; Severity 2 – a major function such as course assignment or certification tracking is unavailable; Severity 3 – other defects and questions. The Provider shall respond to Severity 1 incidents within 1 hour, to Severity 2 incidents within 3 hours and to Severity 3 incidents within one business day, and shall work continuously on Severity 1 incidents until the Service is restored.

2.3 If monthly availability falls below the commitment in Section 2.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly equivalent. Service credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 The Provider shall provide a monthly service report with availability, incident statistics and resolution times.

### 3. Customer Data

3.1 All data, content and materials uploaded to the Service by or for the Customer, including learner records, course content and assessment results ("Customer Data"), belong to the Customer.

3.2 The Provider may use Customer Data only to provide the Service under this Agreement and for no other purpose.

3.3 Within thirty days after the end of the Agreement, the Provider shall make all Customer Data available for export in a standard format and shall then delete it, except for copies required by law.

### 4. Intellectual Property

4.1 The Provider owns the Service, the platform software and all improvements to them.

4.2 Course templates, custom reports and integration mappings prepared by the Provider specifically for the Customer during onboarding belong to the Customer, who may use, modify and license them without restriction.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, use it only for the purposes of this Agreement and not disclose it to third parties except to its employees, contractors and advisers who need to know it and are bound by similar obligations.

5.2 These obligations do not apply to information that is public, was already lawfully known to the recipient, or must be disclosed by law, and they continue for three years after the end of the Agreement.

### 6. Warranties

6.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care by qualified personnel.

6.2 The Customer warrants that it has the right to upload the Customer Data and that its use of the Service complies with applicable law.

### 7. Liability

7.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

7.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

7.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

### 8. Subcontracting and Assignment

8.1 The Provider may not subcontract the performance of the Service or the onboarding services, in whole or in part, without the Customer's prior written consent. The hosting provider named in the Provider's tender has been approved by the Customer's signature of this Order Form.

8.2 Neither party may assign this Agreement without the other party's prior written consent.

### 9. Term and Termination

9.1 Either party may terminate this Agreement with immediate effect by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

9.2 The Customer may also terminate by written notice if the availability commitment is missed in three consecutive months.

9.3 On termination by the Customer under Section 9.1 or 9.2, the Provider shall refund any prepaid fees for the period after termination.

### 10. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6 by email with confirmation of receipt or by courier.

12.2 This Agreement is the entire agreement between the parties about its subject matter and may be amended only in writing signed by both parties.
"""

E03 = """T:Supply and Licence Contract for Condition Monitoring Sensors
P:Contract No. GXPM-EQ-2026-032
P:This Contract is made on 22 April 2026 between Guangxi Lijiang Pulp and Paper Co., Ltd., Beihai, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer"), and Vibrotech Industrial s.r.o., Partizánska cesta 117, 974 01 Banská Bystrica, Slovak Republic (the "Supplier").
P:The Buyer intends to equip the paper machines, pulpers, refiners and dryer sections of its Beihai mill with wireless vibration and temperature sensors and a condition monitoring software platform. The Supplier has offered to supply, install and commission them. This Contract is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's VibroSense monitoring platform, version 4, with the analytics, alarm management and maintenance-report modules, licensed under Clause 3.
P:1.3 "Works" means the delivery, installation, configuration, integration, commissioning and training described in this Contract and in the Technical Specification (Annex 1).
P:1.4 "Buyer Data" means all measurement data, alarm records, asset information and reports generated or stored by the Equipment and the Software.
P:1.5 The Supplier shall integrate the Software with the Buyer's distributed control system through OPC UA and with the Buyer's maintenance management system, so that alarms can create work notifications automatically.
P:1.6 Training shall cover sensor mounting and replacement, gateway configuration, alarm threshold management, spectrum and trend analysis, and routine administration of the platform, for at least sixteen operators and six reliability engineers, in Chinese, at the Beihai mill.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,570,000, including all taxes, duties, transport to the Beihai mill, insurance and all other costs of the Works, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway with mounting kit|24|8,600|206,400
TB:3|VibroSense platform perpetual licence (server, 300 assets)|1|418,000|418,000
TB:|Equipment and Licence Subtotal|||1,380,400
TB:4|Installation, configuration and integration|1 lot|162,000|162,000
TB:5|Training of operators and reliability engineers|1 lot|27,600|27,600
TB:|Contract Price|||1,570,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange-rate changes or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Beihai mill for up to 300 monitored assets and an unlimited number of users.
P:3.2 The licence includes the right to install the Software on a production server and on a test server in the Buyer's data centre.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 157,000) is paid within thirty days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 863,500) is paid within thirty days after the Installation Certificate. The Installation Certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 549,500) is paid within thirty days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier or its authorised Chinese agent.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment DAP Beihai mill (Incoterms 2020) within ninety days after signature and complete installation within forty-five days after delivery. Installation work on running machines shall follow the Buyer's shutdown schedule.
P:5.2 If the Supplier fails to meet a date in Clause 5.1 or the date for Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If that maximum is reached, the Buyer may terminate under Clause 14.
P:5.3 The Supplier's staff shall comply with the Buyer's site safety rules, permit-to-work system and hot-work restrictions, attend the Buyer's safety induction before starting work, and wear the protective equipment required in the machine halls.
H:6. Acceptance
P:6.1 Final Acceptance requires: (a) all 240 sensors report data to the platform at the configured intervals without gaps over a test run of thirty consecutive days; (b) measured vibration values deviate by no more than 5% from reference measurements taken with a calibrated portable analyser on twenty sample points; (c) alarms are transmitted to the distributed control system and create work notifications in the maintenance system in all tests; (d) battery life forecasts meet the Technical Specification; and (e) all documentation and training records have been handed over.
P:6.2 The Buyer shall carry out the acceptance tests with the Supplier and issue the Final Acceptance Certificate, or a list of defects, within ten working days after the end of the test run. Commissioning, use of the Equipment or payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, correct software defects and provide new software releases free of charge.
P:7.2 After the warranty period the Buyer may order support for the fourth and fifth years at 7% of the Equipment and Licence Subtotal per year (CNY 96,628 per year). This price is fixed. Each support year requires a separate written order; there is no automatic renewal.
P:7.3 The Supplier shall keep spare sensors and gateways of the supplied types available for at least eight years after Final Acceptance and shall supply them at prices no higher than those in Clause 2.1, adjusted only by the published PRC consumer price index.
H:8. Service Levels
P:8.1 During the warranty period and any support year the Supplier shall provide a hotline and remote support and respond to incidents as follows:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|Platform down or alarms not transmitted for a whole machine|30 minutes|6 hours
TB:Severity 2|Gateway failure or group of sensors without data|2 hours|2 working days
TB:Severity 3|Single sensor or minor software defect|1 working day|10 working days
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response time or restoration target, the Supplier shall pay the Buyer CNY 800. Amounts may be set off against any payment due.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking, without the Buyer's prior written consent.
P:9.2 The Software is installed in the Buyer's data centre. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host; no Buyer Data may be copied outside the Buyer's network.
P:9.3 The Supplier shall comply with PRC data protection and cybersecurity laws, shall notify the Buyer of any security incident affecting the Equipment, Software or Buyer Data within 6 hours, and shall be liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's production data, process parameters and drawings, and shall use it only for this Contract. This obligation continues for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The Supplier retains the intellectual property in the Equipment firmware and the standard Software.
P:11.2 Dashboards, alarm rules, asset models and interface programs developed for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or under Clause 5.2.
P:14.2 On termination the Supplier shall refund the amounts paid for Equipment and Works not accepted, and the advance payment guarantee may be called.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:16. General
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Equipment Locations) form part of it.
P:16.2 Any amendment must be in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses above by courier or by email with confirmation of receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Backup and Disaster Recovery Services Agreement

Agreement No. TRB-MS-2026-007

**Between** Tianjin Bohai Auto Parts Manufacturing Co., Ltd., Tianjin Economic-Technological Development Area, People's Republic of China (the "Customer"),

**and** Datavault Services s.r.o., Hlavná 41, 917 01 Trnava, Slovak Republic, acting through its Tianjin branch office (the "Provider").

The Customer wishes to outsource the backup, recovery and disaster-recovery operations for its production, ERP and engineering systems. The Provider operates managed backup services for manufacturing clients and has agreed to provide them to the Customer on the following terms.

## Section 1. Definitions

1.1 "Services" means the managed backup, restore and disaster-recovery services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed and accepted under Section 4.

1.3 "Customer Data" means all data of the Customer that is backed up, replicated, stored or otherwise processed by the Provider, including production recipes, engineering drawings, ERP data and personal information of employees.

1.4 "Service Levels" means the service levels set out in Schedule 2.

1.5 "Term" means thirty-six (36) months from the Service Commencement Date.

## Section 2. Services

2.1 The Provider shall provide the Services for the systems listed in Schedule 1, using backup software, storage and a secondary recovery site in Beijing operated by the Provider, and shall keep the Service documentation and runbooks current.

2.2 The Provider shall perform a full disaster-recovery test for the ERP and MES systems twice in each year of the Term, in a window agreed with the Customer, and provide a written test report with recovery times achieved and corrective actions.

2.3 The Provider shall assign a named service delivery manager who attends monthly service reviews at the Customer's site and presents the service report.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value is CNY 2,212,000, made up of a one-time transition fee of CNY 124,000 and a monthly service charge of CNY 58,000 for thirty-six months (CNY 2,088,000).

3.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced quarterly in arrears. Invoices are payable within thirty days after receipt of a valid VAT invoice.

3.3 The charges are fixed for the Term. Additional protected capacity above the volumes in Schedule 1 is charged at the unit rate in Schedule 3.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete the transition, including installation of backup agents, configuration of backup policies, initial full backups, replication to the recovery site and documentation of runbooks, by 31 July 2026.

4.2 Transition is accepted when: (a) all systems in Schedule 1 have completed initial full backups and three consecutive successful daily incremental cycles; (b) test restores of one database, one virtual machine and fifty randomly chosen files are completed successfully within the recovery time objectives in Schedule 2; (c) a disaster-recovery failover test of the ERP system has been passed; and (d) runbooks and contact lists have been approved by the Customer. The Customer shall confirm acceptance or list deficiencies within seven working days after the Provider's notice of readiness.

4.3 If the Service Commencement Date does not occur by 31 July 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000 in total.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2. The backup and restore platform shall be available at least 99.7% of each month.

5.2 If a Service Level is missed, the Provider shall grant the service credits set out in Schedule 2, which are deducted from the next invoice. Service credits do not limit the Customer's other remedies for repeated or serious failures.

5.3 The Provider shall deliver a monthly report showing backup success rates, restore requests, incidents, Service Level performance and credits.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's documented instructions and store it only in data centres in mainland China.

6.2 The Provider shall encrypt Customer Data in transit and at rest, keep the encryption keys separated from the backup storage, restrict access to named and vetted staff using multi-factor authentication, log all access, and maintain its MLPS level-3 filing and ISO 27001 certification throughout the Term.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 6 hours of discovery, cooperate in its investigation and remediation, and be liable for all losses caused by its breach of this Section 6.

6.4 The Provider may collect and use anonymised technical metadata derived from the Services, such as backup volumes, change rates, deduplication ratios, job durations and failure patterns, to improve its services, develop products and publish industry benchmarks, both during and after the Term.

6.5 At the end of the Term the Provider shall return all Customer Data in a format agreed with the Customer and then securely delete it from its systems and certify the deletion.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, use it only to perform this Agreement and disclose it only to persons who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 The Provider retains ownership of its tools, software and standard runbook templates.

8.2 Backup policies, runbooks and recovery plans prepared specifically for the Customer belong to the Customer, who may use, modify and hand them to a successor provider without restriction.

## Section 9. Subcontracting

9.1 The Provider may subcontract any part of the Services, including data-centre operations at the recovery site and on-site hardware support, by giving the Customer thirty days' prior written notice of the subcontractor's name and scope. The Provider remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to liability for breach of Sections 6 and 7, wilful misconduct or gross negligence.

10.2 Neither party is liable for indirect or consequential losses, except as stated in Section 10.1.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing, including its charges.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after written notice, or if the availability Service Level is missed in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, including parallel operation with a successor provider and transfer of runbooks and backup catalogues.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding.

## Section 13. General

13.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

## Schedule 1 – Scope of Services

| Item | Systems in scope | Volume | Backup frequency | Retention |
|---|---|---|---|---|
| 1 | ERP (SAP S/4HANA) database and application servers | 9 TB | hourly logs, daily incremental, weekly full | 90 days online, 7 years archive |
| 2 | MES and quality systems | 6 TB | daily incremental, weekly full | 90 days online |
| 3 | Engineering file servers and PLM vault | 38 TB | daily incremental, monthly full | 180 days online |
| 4 | Virtual server estate (142 virtual machines) | 54 TB | daily image backup | 60 days online |
| 5 | Microsoft 365 mailboxes and OneDrive (1,900 users) | 22 TB | three times daily | 400 days rolling |

## Schedule 2 – Service Levels and Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Platform availability | 99.7% per month | 5% of the monthly charge for each 0.1 percentage point below target, up to 25% |
| P1 incident response (ERP/MES restore needed, backups failing for a whole site) | 15 minutes, 24x7 | CNY 2,000 per started hour of delay |
| P2 incident response (single system backup failure) | 1 hour | CNY 500 per started hour of delay |
| ERP recovery time objective at the recovery site | 2 hours | 10% of the monthly charge |
| Daily backup completion | every scheduled job completed or successfully rerun on the same day | 3% of the monthly charge for each day missed |
| Restore request completion (single files) | 8 business hours | CNY 300 per request |

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 124,000 |
| Monthly service charge | per month, 36 months | 58,000 |
| Monthly service charges for the Term | 36 × 58,000 | 2,088,000 |
| Total contract value | | 2,212,000 |
| Additional protected capacity | per TB per month above Schedule 1 volumes | 95 |
| Exit assistance | per consultant day | 3,600 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. RGX-2026-CN-023

This Data and API Subscription Agreement is entered into on 9 May 2026 by and between:

REGULEX DATA KFT., a company registered in Hungary, with its registered office at Rákóczi út 24, 7621 Pécs, Hungary (the "Provider"); and

NINGBO HAIXIN TOYS AND GIFTS CO., LTD., a company registered in the People's Republic of China, with its registered office in Yinzhou District, Ningbo, Zhejiang Province (the "Customer").

BACKGROUND

The Provider maintains a database of European Union and United Kingdom product-safety and chemical-substance regulations, harmonised standards, restricted-substance lists and product recall notices, and offers access to it through a web portal and an application programming interface. The Customer exports toys and gift products to Europe and wishes to check its bills of materials and product files automatically against current requirements.

1. DEFINITIONS

1.1 "Data" means the regulatory content, substance lists, limit values, standards references and recall notices made available by the Provider through the Portal and the API.

1.2 "API" means the Provider's REST application programming interface, version 3, and "Portal" means the Provider's web portal.

1.3 "Subscription Year" means each consecutive annual period starting on the Subscription Start Date. The "Initial Term" consists of two Subscription Years.

1.4 "Subscription Start Date" means the date on which the Customer confirms the integration acceptance under Clause 4.

1.5 "Customer Materials" means bills of materials, product descriptions, supplier declarations, test reports and other information the Customer submits to the API or the Portal, and all results generated from them for the Customer.

1.6 "Integration Services" means the one-time services described in Clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Initial Term and any renewal term, a non-exclusive, non-transferable right to access and use the Data through the Portal and the API for its internal compliance purposes, for up to 60 named Portal users and up to 1,500,000 API calls per Subscription Year.

2.2 The Customer may store Data retrieved through the API in its product lifecycle management system and compliance reports, and may show Data to its own customers, notified bodies and authorities in the course of its compliance work, but may not resell the Data or offer it as a separate database.

2.3 The Provider shall update the Data at least weekly and publish new restrictions within three business days after their publication in the Official Journal of the European Union or the relevant United Kingdom source.

3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, Subscription Year 1 .................. CNY 248,000
   Subscription fee, Subscription Year 2 .................. CNY 262,000
   Integration Services (one-time) ........................ CNY 36,000
   Total for the Initial Term ............................. CNY 546,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid invoice. The fee for Integration Services is invoiced after integration acceptance and is payable within thirty days.

3.3 API calls above the annual allowance are charged at CNY 0.06 per call and invoiced quarterly in arrears.

3.4 All fees are stated in CNY and include applicable PRC withholding taxes and VAT. The Provider's Chinese reseller, Ningbo Zhihe Information Technology Co., Ltd., issues invoices on the Provider's behalf.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall provide API credentials, a sandbox environment, mapping tables between the Customer's material codes and the Provider's substance identifiers, and two days of remote workshops for the Customer's IT and compliance staff.

4.2 The Provider shall use reasonable endeavours to complete the Integration Services within sixty days after signature.

4.3 Integration acceptance requires that: (a) the Customer's PLM system retrieves substance limits for a test set of 300 bills of materials and the results match a manual check by the Customer's compliance team; (b) change alerts are received for test changes made in the sandbox; (c) the API keeps a median response time below 300 milliseconds during a load test of 50 calls per second; and (d) the mapping tables and interface documentation have been delivered. The Customer shall confirm acceptance or list deficiencies within ten business days after the Provider's notice of readiness. Use of the sandbox or production API before acceptance does not constitute acceptance.

5. SERVICE LEVELS

5.1 The Provider shall make the API and the Portal available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out on weekends outside 08:00 to 20:00 China Standard Time.

5.2 The Provider shall respond to Priority 1 incidents (API or Portal unavailable, or Data not updated for more than five business days) within 1 hour, to Priority 2 incidents (degraded performance or partial loss of function) within 3 hours, and to other requests within one business day.

5.3 If monthly availability is below the commitment in Clause 5.1, the Customer receives a service credit of 10% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly equivalent. If a Priority 1 response is late, the Customer receives a service credit of CNY 1,500 for each started hour of delay. Credits are deducted from the next invoice.

5.4 The Provider shall send a monthly service report with availability, incidents, response times, Data updates and credits.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to the Customer. The Provider shall use Customer Materials only to provide the services under this Agreement and shall not use them for any other purpose, including statistics, benchmarks or product development.

6.2 Customer Materials shall be processed and stored only on servers located in mainland China operated for the Provider by its hosting partner under a written data processing agreement approved by the Customer.

6.3 The Provider shall protect Customer Materials by encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, access logging and regular penetration tests, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Materials within 8 hours of discovery, take immediate remedial measures, and be liable for all losses caused to the Customer by its breach of this Clause 6.

6.5 Within thirty days after the end of this Agreement, the Provider shall delete all Customer Materials and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs, bills of materials and supplier lists, use it only for the purposes of this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns all rights in the Data, the database, the API and the Portal.

8.2 The mapping tables, integration scripts and interface documentation prepared specifically for the Customer belong to the Customer, who may use, modify and license them freely, including to a different data provider.

9. WARRANTIES

9.1 The Provider warrants that the Data is compiled with professional care from official sources and that each item identifies its source and date. The Customer remains responsible for its own compliance decisions.

9.2 The Provider shall correct any error in the Data within two business days after it is reported or discovered.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues for the Initial Term.

10.2 After the Initial Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

10.3 The Provider may increase the subscription fee for any renewal term by up to 9% of the fee for the preceding Subscription Year by giving written notice at least ninety days before the renewal term begins. The increased fee applies automatically if the Customer does not give notice of non-renewal.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.

11.2 The Customer may also terminate by written notice if monthly availability falls below the commitment in Clause 5.1 in three consecutive months.

11.3 On termination by the Customer under Clause 11.1 or 11.2, the Provider shall refund the subscription fee paid for the remainder of the current Subscription Year.

12. SUBCONTRACTING

12.1 Except for the hosting partner approved under Clause 6.2, the Provider shall not subcontract any part of its obligations without the Customer's prior written consent.

13. LIABILITY

13.1 Neither party is liable to the other for indirect or consequential losses, loss of profit or loss of business opportunity, except in cases of wilful misconduct or breach of Clauses 6 and 7.

14. GOVERNING LAW AND DISPUTE RESOLUTION

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent. Notices must be in writing and sent by courier or by email with confirmation of receipt to the addresses above.

15.2 This Agreement is the entire agreement of the parties about its subject matter and may be amended only in writing signed by both parties.

SIGNED for and on behalf of REGULEX DATA KFT.: ____________________

SIGNED for and on behalf of NINGBO HAIXIN TOYS AND GIFTS CO., LTD.: ____________________
"""

FILES = {  # key: (file name, format, language)
    "z01": ("h652z01_weather_radar_data_platform.pdf", "pdf", "zh"),
    "z02": ("h652z02_braised_food_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h652z03_badminton_chain_booking_saas.txt", "txt", "zh"),
    "z04": ("h652z04_amusement_park_ticketing_om_service.txt", "txt", "zh"),
    "z05": ("h652z05_equestrian_horse_health_supplier_template.md", "md", "zh"),
    "e01": ("h652e01_cmms_perpetual_licence_nitra_vendor.pdf", "pdf", "en"),
    "e02": ("h652e02_learning_platform_saas_order_form.md", "md", "en"),
    "e03": ("h652e03_condition_monitoring_sensors_licence.docx", "docx", "en"),
    "e04": ("h652e04_managed_backup_dr_36_months.md", "md", "en"),
    "e05": ("h652e05_regulatory_data_api_subscription.txt", "txt", "en"),
}
SOURCES = {k: globals()[k.upper()] for k in FILES}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: category, terms (in KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None,
# acceptance_deemed_on_delivery, contract_value), fee base for TCO (goods_or_licence only)
T, F, N = True, False, None
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC", "goods_or_licence"],
            (T, T, T, F, 1988000), 1180000),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, F, 0.02, N, 25, T, T, 24, 8, F, T, T, "PRC", "goods_or_licence"],
            (T, T, T, F, 1030000), 921200),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 600 / 776000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
            (T, T, N, F, 776000), None),
    "z04": ("services", [N, 20 / 60, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
            (T, T, N, F, 660000), None),
    "z05": ("software", [N, N, F, "supplier", T, T, T, 0.08, 20, 55, F, F, 6, 26, F, T, N, "PRC", "goods_or_licence"],
            (F, T, T, T, 1060000), 760000),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Slovakia",
                         "goods_or_licence"], (T, T, T, F, 1670000), 1240000),
    "e02": ("cloud", [99.95, 1, T, "buyer", F, T, T, 450 / 578000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC",
                      "service"], (T, T, N, F, 578000), None),
    "e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", "goods_or_licence"],
            (T, T, T, F, 1570000), 1380400),
    "e04": ("services", [99.7, 0.25, T, "buyer", T, F, T, 1800 / 2212000 * 100, 150, N, T, N, N, N, F, T, T, "PRC",
                         "service"], (T, T, N, F, 2212000), None),
    "e05": ("cloud", [99.95, 1, T, "buyer", T, T, T, N, N, N, T, N, N, N, T, T, F, "PRC", "service"],
            (T, F, N, F, 546000), None),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "medium", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy section 3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def label(key):
    cat, vals, extra, _ = LABELS[key]
    terms = dict(zip(KEYS, vals))
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][2], "category": cat, "expected_terms": terms,
            "expected_extra": ex, "expected_rules": DESIGN[key]}


def tco_share(key):
    _, vals, extra, base = LABELS[key]
    t = dict(zip(KEYS, vals))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (extra[4] + fees) * 100


def derive(lab, key):
    """My reading of policy section 3 applied to the labels."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if x["sla_clause"] and t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if FOREIGN_FORUM.get(key) or (t["governing_law"] is not None and t["governing_law"] != "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


FOREIGN_FORUM = {"e01": True}  # Nitra court; every other draft names a mainland court or commission

# ---- threshold scan ----
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"万分之五(?![十百])",
    r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    r"(?<![\d.])4\s*(hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![\d.])4-hours?",
    r"\bfour[\s-]*hours?",
    r"(?<![十])四个?小时",
    r"(?<![\d.])12\s*(months?|个月)",
    r"(?<![\d.])12-months?",
    r"\btwelve[\s-]*months?",
    r"十二个月",
    r"(?<![\d十])一年(?!度)",
    r"\b(1|one)[\s-]*years?\b",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五", "30%",
            "30 %", "百分之三十", "15%", "40 per cent", "100%", "12个月", "十二个月", "12 months", "twelve months",
            "质保期一年", "one year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "0.055%", "万分之八", "130%", "0.3%", "150%",
             "2026年12月31日", "1,500,000", "14 hours", "每一年度", "25%", "35%", "七十二小时", "3 years"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), s
    for s in MUST_MISS:
        assert not TH_RE.search(s), s


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, fmt, _) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    for key, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        lab = label(key)
        t = lab["expected_terms"]
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_TH) > 2, (key, share)
        got = derive(lab, key)
        assert got == sorted(DESIGN[key]), (key, got, DESIGN[key])
        risk = "high" if set(got) & HIGH else ("medium" if set(got) - LOW else "low")
        assert risk == RISK[key], (key, risk)
        covered |= set(got)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-5s %-4s %5d %s TCO=%s %s" % (key, fmt, lang, n, risk,
                                                 None if share is None else round(share, 2), ",".join(got)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
