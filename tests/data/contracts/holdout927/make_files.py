"""holdout927: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf are made by ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:农村生活污水治理设施运维管理平台采购合同
P:合同编号：QNJ-NY-2026-0417
P:采购人（甲方）：青宁市农业农村局
P:供应商（乙方）：江川环境信息技术有限公司
P:根据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，双方就农村生活污水治理设施运维管理平台的软件许可及定制开发事宜，在甲方提供的合同文本基础上订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村生活污水治理设施运维管理平台软件（以下简称“平台”）的永久使用许可，覆盖全市八个区县的一千二百余座处理站点。
P:1.2 乙方按甲方需求完成定制开发，包括站点一张图、运维工单闭环、出水水质在线监测对接、第三方运维单位考核、移动巡检应用及领导驾驶舱。
P:1.3 乙方负责将甲方现有台账系统中的站点档案、历史巡检记录迁移至平台，并完成与省级农村污水监管平台的数据对接。
P:1.4 平台部署于甲方指定的市级政务云，乙方负责应用软件的安装、配置与调优，并配合甲方完成上云安全审查。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾伍万元整（¥2,250,000），为固定总价，包含全部软件、开发、实施、培训、税费及运输费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥760,000；数据迁移及对接费¥214,000；实施及培训费¥96,000。
P:2.3 除本合同另有约定外，甲方无需就本项目向乙方支付其他任何费用。因乙方报价遗漏而需增加的软硬件或工作量，由乙方自行承担。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥450,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥1,012,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥787,500。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方因财政资金拨付程序导致的合理延迟不视为违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后一百二十日内完成平台部署和定制开发，并提交初步验收申请。
P:4.2 乙方应派驻不少于五人的实施团队，项目经理未经甲方同意不得更换。项目组成员应遵守甲方的管理制度和保密要求。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，列明里程碑计划、人员安排、数据迁移方案及风险应对措施，经甲方确认后执行。
P:4.4 乙方应对甲方及各区县农业农村部门的平台管理员、第三方运维单位人员进行分级培训，培训不少于六期，并提供操作手册、管理员手册和培训视频。
P:4.5 乙方应按月向甲方提交项目进度报告，如实反映已完成工作、存在问题及下月计划。
H:第五条 验收
P:5.1 初步验收标准：合同附件功能清单所列功能全部实现；一千二百余座站点档案迁移后经抽样比对准确无误；与省级平台的接口连续十日数据推送成功；在三百个并发用户下，常用页面响应时间不超过三秒。
P:5.2 最终验收标准：平台试运行六十日，期间未发生一级故障；通过甲方委托的第三方安全测评；运维单位考核报表与人工核算结果一致。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%，即每年不超过¥94,400，且三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内平台因乙方原因出现缺陷的，乙方应免费修复；同一缺陷经两次修复仍未解决的，乙方应更换相应模块或提供替代方案，并相应延长该模块的质保期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.5%，计划内维护须提前三个工作日通知甲方且不计入不可用时间。
P:7.2 一级故障（平台整体不可用或数据无法上报）乙方应在30分钟内响应，现场或远程处置；二级故障2小时内响应；三级故障次一工作日内响应。
P:7.3 月可用率每低于承诺值0.1个百分点，甲方从当期应付款项中扣除¥2,000；一级故障响应每迟延一小时扣除¥1,000。
P:7.4 乙方应于每月五日前向甲方提交上月服务报告，内容包括可用率统计、故障清单、处置过程及整改措施，可用率以平台监控日志为准。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、报表及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时一并交付源代码。
H:第九条 数据安全
P:9.1 平台中的站点档案、监测数据、运维记录等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 平台部署于甲方政务云，乙方须通过堡垒机并经甲方审批后访问，不得将数据复制至甲方环境之外。
P:9.3 乙方应落实网络安全等级保护要求。发生数据泄露或安全事件的，乙方应在两小时内报告甲方，并承担因其过错造成的全部损失。
P:9.4 合同终止或履行完毕后，乙方应将其掌握的甲方数据全部移交甲方，并删除其留存的副本，出具书面删除说明。
H:第十条 保密
P:10.1 双方对履约中获知的对方商业秘密和工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十一条 甲方义务与不可抗力
P:11.1 甲方应按停线计划安排生产，提供施工所需的电源、场地及现场配合人员，并及时组织各阶段验收。
P:11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。
H:第十二条 分包
P:11.1 乙方可将站点现场数据采集、移动终端安装等非主体、非关键性工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。
P:11.2 乙方对分包单位的工作质量向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 逾期违约金累计不超过合同总价的百分之十；逾期超过六十日的，甲方有权解除合同。
P:12.3 乙方交付的平台不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 甲方义务
P:14.1 甲方负责协调政务云资源、网络接入及各区县站点基础资料，并指定项目联系人。
P:14.2 甲方应及时组织需求确认和验收，因甲方原因导致工期延误的，乙方的交付期限相应顺延。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能履行的，受影响一方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任。双方应协商调整履行期限。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。
P:16.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:附件：1.功能清单；2.项目实施方案；3.分项报价表；4.数据迁移清单。
P:甲方（盖章）：青宁市农业农村局    乙方（盖章）：江川环境信息技术有限公司
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HY-SB-2026-058
P:甲方（买方）：浙江禾阳遮阳用品有限公司
P:乙方（卖方）：杭州启衡自动化工程有限公司
P:甲方因遮阳伞骨架冲压线、伞面缝制线及总装包装线的控制系统老化，拟对三条生产线实施控制系统改造。经询比价，双方就设备供货、软件许可、安装调试及维保服务达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责三条生产线的控制系统改造，包括拆除旧有继电器控制柜，新装可编程控制器（PLC）控制柜、伺服驱动系统、工业触摸屏及现场传感器，并部署生产线集中监控软件。
P:1.2 乙方负责编写并调试各生产线的PLC控制程序、触摸屏画面，以及集中监控软件与甲方现有ERP系统之间的产量、工单数据接口。
P:1.3 改造应分线实施，每条生产线停线时间不超过七个自然日，乙方应提前提交停线计划并经甲方生产部门确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾肆万元整（¥1,840,000），含税，包括设备、软件许可、安装调试、程序编制、培训及运输保险。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|768,000
TB:2|伺服驱动器及伺服电机|1批|412,000
TB:3|工业触摸屏|9台|96,000
TB:4|现场传感器及安全光栅|1批|112,000
TB:5|生产线集中监控软件许可（永久）|1套|268,000
TB:|软硬件小计||1,656,000
TB:6|安装调试及旧柜拆除||118,000
TB:7|PLC程序编制及数据接口开发||66,000
TB:|合同总价||1,840,000
P:2.2 上表中软硬件小计为¥1,656,000，作为质保期满后维保费的计算基数。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计¥184,000。
P:3.2 设备全部到货并完成三条生产线的安装后，甲方支付合同总价的55%，计¥1,012,000。到货签收及安装完成不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%，计¥644,000。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方厂区，并于到货后六十日内完成三条生产线的安装调试。
P:4.2 乙方施工人员应遵守甲方的安全生产和厂区管理规定，动火、登高及带电作业须办理甲方作业许可。
P:4.3 乙方应在安装前提交电气原理图、控制柜布置图及I/O分配表，经甲方设备部门确认后施工；完工后提交竣工图纸、程序备份、设备说明书及合格证。
P:4.4 乙方应对甲方的设备维修人员和生产线操作人员进行培训，内容包括控制柜日常点检、触摸屏操作、常见报警处理及程序备份恢复，培训不少于四十课时，培训后由乙方组织考核。
P:4.5 改造期间乙方应做好旧柜拆除物的分类和标识，可利用的旧件交还甲方，废弃物按甲方环保要求处置。
H:第五条 验收
P:5.1 每条生产线改造完成后，双方按技术协议进行单线验收：全部控制功能与技术协议一致；连续七十二小时带料试运行无停机性故障；冲压线节拍不低于每分钟十八次；安全光栅及急停回路测试全部有效；产量和工单数据与ERP系统核对一致。
P:5.2 三条生产线均通过单线验收并稳定运行三十日后，甲方组织最终验收并签署验收证书。
P:5.3 甲方投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
P:5.4 验收所需的测试用料由甲方提供，测试仪器及记录表格由乙方准备。每次验收应形成书面记录，由双方代表签字确认，作为付款和质保起算的依据。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障由乙方免费维修或更换，程序缺陷免费修改。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取，即每年¥430,560，三年内不作调整。年度维保包括每季度一次预防性巡检、备件更换、程序优化及远程支持。
P:6.3 年度维保合同逐年签订，不自动续期。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）乙方应在1小时内电话响应，并于当日派工程师到达现场；二级故障（单台设备异常、生产线降速）应在8小时内响应；三级故障次一工作日内处理。
P:7.2 乙方未按时响应一级故障的，每迟延一小时向甲方支付¥500；因乙方原因造成停线的，乙方还应赔偿甲方由此产生的直接损失。
P:7.3 乙方应在甲方厂区存放常用备件，包括CPU模块、I/O模块、伺服驱动器及触摸屏各至少一件，备件清单随交货文件提交，质保期内消耗的备件由乙方免费补齐。
P:7.4 乙方应指定一名熟悉本项目的驻厂联络工程师，每季度向甲方提交一次设备运行分析报告。
H:第八条 知识产权
P:8.1 集中监控软件的知识产权归原厂所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC控制程序、触摸屏画面及数据接口程序，其知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托第三方维护。
H:第九条 数据安全与保密
P:9.1 生产线运行数据、工艺参数及产量数据属于甲方所有，乙方仅可为履行本合同使用，不得向第三方提供。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN接入，每次接入结束后关闭通道。乙方应采取防病毒措施，不得在控制系统中植入与合同无关的程序。因乙方原因导致数据泄露或控制系统遭受网络攻击的，乙方应立即报告并承担相应损失。
P:9.3 双方对履约中知悉的对方技术秘密、工艺配方和商业信息负有保密义务，保密期至合同终止后三年。
P:9.4 乙方不得将甲方的工艺参数、产品图纸或生产线照片用于宣传、投标或提供给其他客户，经甲方书面同意的除外。合同终止后，乙方应删除其留存的甲方程序备份和数据副本。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定，经整改两次仍不合格的，甲方有权退货并要求乙方赔偿损失。
H:第十一条 甲方义务与不可抗力
P:11.1 甲方应按停线计划安排生产，提供施工所需的电源、场地及现场配合人员，并及时组织各阶段验收。
P:11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的主体工作转包。电气布线等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生争议，双方应友好协商；协商不成的，提交绍兴仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：浙江禾阳遮阳用品有限公司    乙方（盖章）：杭州启衡自动化工程有限公司
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：TS-SaaS-2026-0093

甲方：上海跃绳体育文化发展有限公司（“甲方”）
乙方：南京课栈网络科技有限公司（“乙方”）

甲方经营花式跳绳培训连锁品牌，现有直营门店三十家。为统一管理课程预约、会员卡、排课及家长沟通，甲方向乙方订购“课栈”门店预约及会员管理系统云服务（以下简称“系统”），并委托乙方完成实施。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方三十家门店提供系统使用权，功能包括课程预约、会员卡及课时包管理、教练排课、签到打卡、家长端小程序、在线支付对账、营销活动及经营报表。
2. 每家门店可开设不超过十个员工账号，总部可开设不超过二十个管理账号，家长端用户数量不限。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系、价格体系及会员等级设置。
2. 乙方负责将甲方现有表格及原系统中的会员档案、剩余课时及储值余额迁移至系统，迁移前后由双方核对确认。
3. 乙方为甲方定制家长端小程序首页、课程海报模板及与甲方财务系统的对账接口。
4. 乙方对甲方总部运营人员及各门店店长、前台进行培训，每家门店不少于一次现场或线上培训。
5. 乙方为本项目指定一名实施经理，负责制订实施计划、协调门店上线顺序并每周报告进度。门店上线可分批进行，但全部门店应在本合同约定的实施期限内完成上线。
（三）日常支持
1. 服务期内乙方提供工作日九时至二十一时的在线客服和电话支持，周末及节假日提供值班支持，以适应培训门店周末上课高峰。
2. 乙方每季度至少进行一次系统版本更新，更新前应在系统内公告更新内容；涉及操作方式重大变化的，应为甲方提供补充培训。
3. 甲方新开门店的，乙方应在甲方通知后五个工作日内完成该门店的开通配置。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统通过上线验收之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方应在续期前通知甲方调整后的价格。

三、费用及支付
（一）年服务费按门店数量计算，每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000。
（二）实施费为一次性费用¥72,000。
（三）合同总价为¥660,000（含税）。
（四）支付方式
1. 实施费在系统通过上线验收后十五个工作日内支付。
2. 每个服务年度的年服务费在该服务年度开始后十五个工作日内支付。
3. 服务期内甲方新增门店的，按每店每个服务年度¥9,800的标准按剩余月数折算计费。
（五）乙方收款前应向甲方开具增值税专用发票。甲方关闭门店的，自关闭次月起该门店不再计费，已付费用按剩余月数折算退还或抵扣下一服务年度费用。

四、上线验收
（一）乙方应于合同签订后四十五日内完成实施，并书面提交上线验收申请。
（二）验收标准：
1. 合同所列功能在三十家门店全部可用；
2. 迁移的会员档案、剩余课时及储值余额经抽样核对与原始数据一致，差异逐条说明并更正；
3. 在线支付与甲方财务系统对账接口连续七日对账无差错；
4. 家长端小程序在高峰时段（周末上午）预约操作响应时间不超过两秒。
（三）甲方在收到申请后七个工作日内组织验收。系统试用或门店开始使用不视为验收合格。
（四）乙方逾期完成实施的，每逾期一日向甲方支付违约金¥500。
（五）上线验收通过后五个工作日内，乙方应提交系统配置说明、数据迁移报告、门店操作手册及管理员手册的电子版。

五、服务水平
（一）系统月可用率不低于99.95%，计划维护应安排在每日零时至六时之间，并提前两日通知甲方。
（二）故障响应：一级故障（系统整体无法登录或无法预约、支付）30分钟内响应，两小时内恢复；二级故障（部分功能异常）2小时内响应；三级故障次一工作日内响应。
（三）乙方每月向甲方提供可用率及故障处理报告，报告应列明每次故障的发生时间、影响门店、恢复时间及原因分析。
（四）系统未达到上述服务水平的，乙方应尽快修复并说明原因，但不承担扣减服务费、赔偿或违约金等责任。

六、数据
（一）甲方及其会员、家长在系统中产生的数据归甲方所有。
（二）乙方有权对上述数据进行脱敏处理，并将脱敏后的数据用于行业分析报告、产品改进及算法模型训练，该等使用不受服务期限限制。
（三）乙方应采取加密存储、访问控制、操作日志等措施保护数据安全，系统部署于境内云服务器，并通过网络安全等级保护测评。发生数据泄露的，乙方应在二十四小时内通知甲方，并承担因其原因造成的损失。
（四）系统中的学员多为未成年人，乙方应按照个人信息保护相关法律法规的要求处理学员及监护人信息，仅向经授权的甲方员工展示必要信息，家长端的手机号、身份证件号等敏感字段应加密存储并脱敏显示。乙方员工访问甲方数据须经审批并留存日志。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交甲方，并删除系统中的甲方数据。

七、知识产权
（一）系统及其升级版本的知识产权归乙方所有。
（二）为甲方定制的小程序首页、海报模板及对账接口程序，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

八、保密
双方对在合作中知悉的对方商业信息、会员信息和经营数据承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

九、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十、违约与解除
（一）任何一方违反本合同约定，应承担相应违约责任。
（二）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还未使用服务期对应的服务费。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（四）合同因任何原因终止的，乙方应给予甲方不少于三十日的过渡期，过渡期内系统保持可用，以便甲方完成数据导出和会员通知；过渡期内的服务费按实际天数折算。乙方不得在过渡期内以任何方式限制甲方及家长查询剩余课时和储值余额。

十一、甲方义务
（一）甲方应指定总部项目负责人，及时提供门店信息、课程及价格体系资料和迁移数据，并对迁移结果进行确认。
（二）甲方应妥善保管管理账号和密码，因甲方账号管理不善造成的损失由甲方自行承担。
（三）甲方应遵守相关法律法规使用系统，不得利用系统发布违法信息或收集与经营无关的个人信息。

十二、不可抗力
因不可抗力或基础电信网络故障等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复，双方互不承担违约责任。不可抗力持续超过三十日的，任何一方可书面通知解除本合同。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海跃绳体育文化发展有限公司
乙方（盖章）：南京课栈网络科技有限公司
"""

Z04 = """船舶尾气遥测系统运行维护服务合同

项目名称：船舶尾气遥测系统年度运行维护服务（竞争性磋商）
合同编号：DHMSA-YW-2026-012
采购人（甲方）：东海口海事局
供应商（乙方）：宁波蓝测环境科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对辖区船舶尾气遥测系统提供年度运行维护服务，双方订立本合同。

第一条 服务范围
1. 运维对象：甲方在辖区三处岸基站点、两座桥梁站点部署的船舶尾气遥测设备（含嗅探式监测仪、激光雷达、气象站、AIS接收机及视频联动摄像机），以及部署于甲方机房的遥测数据管理平台。
2. 服务内容：设备日常巡检与维护保养；监测设备定期校准与标定；备品备件供应与更换；平台软件运维与数据备份；数据质量控制及月度、年度数据分析报告；配合甲方开展执法取证数据核查。
3. 乙方应在合同生效后五日内完成与原运维单位的交接，接管全部设备和平台的运维工作。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法重新组织采购。

第三条 合同价款
1. 合同总价为人民币捌拾陆万捌仟元整（¥868,000），为固定总价，包含人工、交通、校准用标准气体、备品备件、税费等全部费用。
2. 分项价格：日常巡检及维护保养¥312,000；设备校准与标定¥186,000；备品备件¥154,000；平台运维及数据备份¥128,000；数据质控及分析报告¥88,000。

第四条 付款方式
1. 本合同不设预付款。
2. 合同价款按季度支付，每季度¥217,000。每季度结束后，甲方依据第六条对乙方进行季度考核，考核合格后十五个工作日内支付该季度价款。
3. 季度考核中发生的扣款，从当季价款中直接扣除。乙方应于收款前开具合法发票。

第五条 服务标准
1. 巡检：岸基站点每周现场巡检一次，桥梁站点每两周现场巡检一次，巡检记录当日上传平台。
2. 校准：嗅探式监测仪每月使用标准气体校准一次，激光雷达每季度标定一次，校准及标定记录须经甲方现场人员签字。
3. 平台：遥测数据管理平台月可用率不低于99.95%，数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的存储设备。
4. 数据：监测数据有效获取率应达到技术规范要求，异常数据须在次一工作日内标注原因。
5. 保障：台风、大雾等恶劣天气预警发布后，乙方应在预警解除后二十四小时内对全部站点进行专项检查；重大活动及专项执法行动期间，乙方应按甲方要求安排人员现场值守。
6. 报告：乙方应于每月五日前提交上月运维月报，内容包括设备运行状况、数据获取情况、故障处理、校准结果及下月计划；每年提交一次系统运行评估及改进建议。
7. 故障响应：一级故障（站点停止监测或平台不可用）乙方应在30分钟内响应，3小时内到达现场；二级故障（单台设备数据异常）2小时内响应，次日内修复；三级故障在下一次巡检时处理。

第六条 考核与验收
1. 季度考核由甲方组织，考核内容包括巡检及校准完成率、故障响应及修复时间、平台可用率、数据质量抽查结果和报告提交情况，考核细则见附件。
2. 年度验收：服务期满前十五日，乙方提交年度运维总结报告、校准台账、备件更换清单及设备状态评估。甲方组织验收，全部设备处于正常运行状态、年度考核无不合格季度、资料齐全的，视为验收合格。
3. 甲方签收运维报告不等于考核或验收合格。季度考核不合格的，乙方应在十日内提交整改报告并完成整改，甲方复核合格后支付该季度价款。

第七条 服务扣款
1. 平台月可用率每低于承诺值0.01个百分点，扣款¥1,000。
2. 一级故障响应或到场每迟延一小时，扣款¥800；二级故障逾期修复的，每次扣款¥1,500。
3. 漏巡、漏校每发生一次，扣款¥2,000，并应在三日内补做。

第八条 数据安全
1. 遥测数据、船舶信息、执法取证资料及平台中的全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
2. 乙方人员访问平台须使用甲方分配的实名账号，经堡垒机登录，所有操作留存日志；禁止使用个人移动存储介质拷贝数据。
3. 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
4. 乙方应配合甲方落实网络安全等级保护要求，及时修补平台及站点设备的安全漏洞。服务期满或合同解除时，乙方应交回全部账号、密钥及资料，删除其工作终端中留存的甲方数据，并出具书面说明。

第九条 保密
乙方对履约中接触的船舶动态、执法信息及甲方内部资料负有保密义务，未经甲方书面许可不得披露。乙方运维人员须签署保密承诺书。保密义务不因合同终止而解除。

第十条 成果归属
乙方在本合同下形成的运维报告、校准记录、数据分析报告及为平台编写的脚本，其所有权和知识产权归甲方所有。

第十一条 人员与分包
1. 乙方应配置不少于四名专职运维人员，其中至少一名具备环境监测相关资格，名单报甲方备案，更换须经甲方同意。
2. 乙方不得将本合同项下服务分包或转包给第三方。标准气体、备件等物资的采购不属于分包，但乙方应保证其来源合法、质量合格。

第十二条 安全作业
1. 乙方人员在码头、桥梁及水上作业时，应遵守相关安全作业规定，佩戴安全防护用品，登高及临水作业须两人以上，并提前报甲方及设施管理单位同意。
2. 乙方应为其运维人员购买意外伤害保险。乙方人员在作业中发生的人身伤亡，由乙方自行负责，因甲方原因造成的除外。
3. 乙方更换设备部件时，应使用与原设备同型号或经甲方确认性能不低于原部件的备件，替换下的旧件交回甲方登记处理。

第十三条 甲方义务
1. 甲方应向乙方提供设备清单、技术资料、原运维记录及平台管理账号，并协调站点所在码头、桥梁管理单位为乙方进出提供便利。
2. 甲方应按本合同约定及时组织考核并支付价款。

第十四条 违约责任
1. 乙方未按第一条第3款按期接管运维工作，或在服务期内无故中断服务的，每延误一日，按合同总价的千分之一支付违约金。
2. 乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。

第十五条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内未能纠正的，甲方有权解除本合同，并按实际服务时间结算价款。合同解除后，乙方应配合甲方或新的运维单位完成交接，交接期不少于十五日，交接期内乙方仍应保障系统正常运行。

第十六条 不可抗力
因台风、风暴潮等不可抗力导致服务无法正常履行的，乙方应及时通知甲方并在不可抗力消除后尽快恢复服务，相应期间不计入考核。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方两份。磋商文件、响应文件、成交通知书及考核细则为本合同的组成部分。

甲方（盖章）：东海口海事局
乙方（盖章）：宁波蓝测环境科技有限公司
"""

Z05 = """# 工艺流程追踪软件许可及定制开发合同

**织序软件标准合同文本（2025版）**

合同编号：ZX-HT-2026-0316

甲方：苏州青禾纸浆画艺术工作室
乙方：常州织序信息技术有限公司

甲方拟采购乙方“织序”工艺流程追踪软件，并由乙方根据纸浆画制作工艺进行定制开发。双方在平等自愿的基础上，采用乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“织序”工艺流程追踪软件标准版（单工作室版）的使用许可，许可期限为永久，许可用户数为二十个。

1.2 乙方根据甲方工艺进行定制开发，内容包括：订单及客户定制需求登记；纸浆调色配方库；打浆、调色、浇注成型、晾干、修边、装裱、包装各工序的扫码报工；半成品二维码标签打印；作品图片留档；工序耗时及材料用量统计报表。

1.3 乙方负责软件在甲方自有服务器上的安装部署，并对甲方员工进行操作培训。

1.4 标准版软件包含工序看板、移动端扫码报工、库存台账、基础权限管理等功能模块，具体以乙方产品功能清单为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 织序工艺流程追踪软件标准版许可（永久，二十用户） | 168,000 |
| 2 | 纸浆画工艺定制开发 | 126,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 312,000 |

2.1 合同总金额为人民币叁拾壹万贰仟元整（¥312,000），含增值税。

2.2 上述金额不包括甲方服务器、扫码枪、标签打印机等硬件设备，以及第三方数据库软件费用，该等费用由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥202,800。乙方收到该笔款项后启动开发工作。

3.2 软件上线运行后五个工作日内，甲方向乙方支付合同总金额的35%，即¥109,200。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持工作，工期相应顺延。

## 第四条 交付

4.1 乙方计划在收到首期款项后六十个工作日内完成定制开发并部署上线。因需求变更、甲方资料提供不及时或其他非乙方原因造成延期的，交付时间相应顺延。

4.2 开发过程中甲方提出超出第一条范围的需求的，双方另行协商费用和工期。甲方应在乙方提交需求确认书后三个工作日内确认，逾期未确认的，视为同意乙方的需求理解。

4.3 乙方交付的内容为可运行的软件系统、用户操作手册及培训服务，不包括源代码。

4.4 乙方提供一次集中培训，时长不超过两天，培训对象为甲方指定的管理员及各工序负责人。甲方人员变动需要再次培训的，按乙方收费标准另行计费。

4.5 甲方应在乙方部署前按乙方提供的配置清单准备服务器、操作系统、数据库、网络环境及扫码、打印设备。甲方环境不符合要求导致部署延误的，由甲方自行承担后果。

## 第五条 运行环境

5.1 软件支持在主流服务器操作系统上运行，客户端支持电脑浏览器及安卓手持终端。甲方使用其他终端设备的，乙方不保证兼容。

5.2 软件的性能与甲方服务器配置、网络状况及数据量有关，乙方对软件的运行速度不作承诺。

## 第六条 上线与验收

6.1 软件在甲方服务器上部署完成并开通账号后，即视为上线运行。

6.2 软件上线运行即视为甲方验收合格。甲方在上线后发现的问题，按照第七条约定处理。

## 第七条 售后服务

7.1 自软件上线之日起三个月为免费维护期。免费维护期内，乙方为甲方提供软件缺陷修复及远程技术支持。

7.2 甲方通过电话、微信或乙方工单系统报告问题，乙方将在合理时间内安排技术人员响应，并尽商业上合理的努力解决问题。

7.3 免费维护期满后，甲方如需继续获得维护服务，应向乙方购买年度维护服务，年度维护费按乙方当年公布的价格标准执行，乙方有权根据市场行情调整。

7.4 因甲方操作不当、擅自修改软件、硬件故障或第三方软件原因导致的问题，不属于免费维护范围，乙方可另行收费。

7.5 乙方发布的标准版升级版本，免费维护期内甲方可免费获取；维护期满后未购买年度维护服务的，甲方不再享有升级及技术支持。

## 第八条 知识产权

8.1 “织序”标准版软件的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、标签模板、接口程序及相关文档，其著作权及其他知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权。

8.3 未经乙方书面许可，甲方不得对软件进行反向工程、反编译、修改，不得将软件或定制功能提供给任何第三方使用。

8.4 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在软件中录入和产生的订单、客户、配方、作品图片等业务数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方在部署和维护过程中接触甲方数据的，应采取权限控制、操作留痕、传输加密等必要措施保障数据安全，不得擅自复制或向第三方提供。因乙方原因导致甲方数据泄露、丢失的，乙方应及时通知甲方，采取补救措施，并对甲方因此遭受的损失承担赔偿责任。

9.3 甲方负责其服务器的日常运行和数据备份。因甲方未备份造成的数据损失，乙方不承担责任。

9.4 合同终止后，乙方应根据甲方要求协助导出业务数据，导出格式为乙方软件支持的标准格式；需要定制导出格式的，另行收费。

## 第十条 双方责任

10.1 甲方应按约定支付款项，并为乙方提供必要的工作条件和工艺资料。

10.2 乙方应按约定提供软件和服务。乙方交付的软件与第一条约定的功能明显不符的，应进行修改完善。

10.3 任何一方违反本合同约定的，应承担相应的违约责任。乙方延期交付的，应尽快采取措施完成交付，甲方同意延期的，双方另行确认新的交付时间。

10.4 乙方不对甲方的间接损失、利润损失、作品损坏或商业机会损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经另一方书面催告后二十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方在定制开发开始后单方解除合同的，已支付的款项不予退还。

11.3 合同解除时甲方尚未付清全部款项的，甲方应停止使用软件及定制功能，并删除已安装的软件副本。

## 第十二条 不可抗力

因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十三条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方的通知以书面形式送达本合同首部所列地址或通过双方确认的电子邮箱发送，发送之日视为送达。一方地址或联系方式变更的，应及时通知另一方。

14.3 本合同未尽事宜，双方可另行签订补充协议。乙方的报价单及功能清单为本合同附件。

甲方（盖章）：苏州青禾纸浆画艺术工作室
乙方（盖章）：常州织序信息技术有限公司

日期：2026年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. IPS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Anhui Hengtong Precision Auto Parts Co., Ltd., a company incorporated in Wuhu, Anhui Province, People's Republic of China (the "Customer"), and Ilmtal Planning Systems GmbH, a company registered in Weimar, Germany, with its office at Schwanseestrasse, Weimar (the "Vendor").
P:The Customer manufactures brake and chassis components on four production sites and wishes to introduce advanced planning and scheduling. The Vendor develops and licenses the ILMTAL APS software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ILMTAL APS software in the version current at signature, including its planning engine, scheduling board, capacity module and standard interfaces, in object code, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interface programs, planning rules, report templates, configuration scripts and documentation that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Software is used to release production schedules on all four sites.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Customer under Article 6.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software in the course of the Customer's business, including bills of materials, routings, orders, machine data and schedules.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive and irrevocable licence to install and use the Software on the Customer's own servers for up to sixty concurrent planners and unlimited read-only users, for the internal business purposes of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make copies for backup, testing and disaster recovery.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination for the Customer's failure to pay it.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop interfaces to the Customer's ERP and MES systems, configure planning rules for the four sites, migrate master data and train the Customer's key users and administrators, as described in the Statement of Work in Annex 1.
P:3.2 The Vendor shall appoint a project manager for the whole project, who shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:3.3 The project plan in Annex 2 sets the milestones. The Vendor shall achieve Go-Live no later than 150 days after signature and shall report progress to the Customer every two weeks.
P:3.4 The Customer shall provide timely access to its sites, systems and key users, and shall make decisions on open design questions within five working days of a written request.
H:Article 4 Prices
P:4.1 The total price of this Agreement is CNY 1,850,000 (the "Contract Price"), inclusive of VAT and all travel costs, made up as follows: Licence Fee for the Software CNY 1,420,000; implementation services, interfaces and data migration CNY 386,000; training CNY 44,000.
P:4.2 The prices are fixed. No further amount is due for the scope set out in Annex 1.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 370,000) within 30 days after signature and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 832,500) within 30 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 647,500) within 30 days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall issue valid invoices compliant with the tax rules that apply to the Customer.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for sixty consecutive days. At the end of that period the parties shall carry out the final acceptance tests set out in Annex 3.
P:6.2 The acceptance criteria are: all functions of the Statement of Work are available; a full scheduling run for all four sites completes within ten minutes; interface transfers with ERP and MES run for twenty consecutive working days without loss or duplication; schedule adherence reports reconcile with MES confirmations; and no Severity 1 defect is open.
P:6.3 If the tests are passed, the Customer shall issue the Final Acceptance certificate within seven working days. If they fail, the Vendor shall correct the defects and the tests shall be repeated. Productive use of the Software does not in itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide technical support free of charge.
P:7.2 Defects are classified by severity. For a Severity 1 defect (scheduling or interfaces stopped on any site) the Vendor shall respond within 1 hour, twenty-four hours a day, and shall work continuously until a workaround is in place. Severity 2 defects shall be answered within 8 business hours and Severity 3 defects within two business days.
P:7.3 If the Vendor misses the response time for a Severity 1 defect, the Vendor shall credit CNY 1,000 for each hour of delay against the next payment or the support fee.
P:7.4 After the Warranty Period the Customer may order annual support, including updates and the same response times, for a fee of 11% of the Licence Fee per year (CNY 156,200). This fee is fixed for the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 8 Delay
P:8.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 If the delay exceeds sixty days, the Customer may also terminate this Agreement under Article 13.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property in it remain with the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables pass to the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party service providers.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not use it for any other purpose, including in de-identified or aggregated form.
P:10.2 The Software is installed on the Customer's servers in China. The Vendor's staff shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, after approval for each session. No Customer Data shall be copied or transferred outside the Customer's systems or outside mainland China.
P:10.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC to the extent they apply to its work. The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate in its investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:11.2 This obligation continues for three years after the end of this Agreement and does not cover public information.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 This limit does not apply to liability for personal injury, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid for the parts of the work that the Customer cannot use, and the Customer shall return the corresponding copies of the Software.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Weimar, Germany, and the language of the proceedings is English.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Statement of Work), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — WEBWERK SQM CLOUD

Order Form No. WW-OF-2026-0187

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between **Webwerk Qualitätssysteme GmbH**, Industriestrasse, Bocholt, Germany ("Provider"), and **Fujian Minhua Textile Technology Co., Ltd.**, Jinjiang, Fujian Province, People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Provider shall make available to Customer the Webwerk SQM Cloud service (the "Service"), a hosted application for supplier quality management used by textile and apparel manufacturers. The subscription covers the modules Supplier Portal, Incoming Inspection, Complaint and 8D Management, Audit Planning and Supplier Scorecards, for up to 180 named internal users and up to 400 supplier accounts. The Service is hosted for Customer in Provider's data-centre region in mainland China, operated through Provider's licensed hosting partner named in A6.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Subscription Start Date, which is the date of Onboarding Acceptance under A4, and the second Subscription Year follows immediately after it.

### A3. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription fee, Subscription Year 1 | 180 users, 400 supplier accounts | 286,000 |
| Subscription fee, Subscription Year 2 | 180 users, 400 supplier accounts | 286,000 |
| Onboarding services (one-time) | configuration, data import, two interfaces, training | 38,000 |
| **Total fees for the Subscription Term** | | **610,000** |

All amounts are in Chinese yuan and include VAT. Additional users may be added at CNY 1,250 per user per Subscription Year, pro rata for the remainder of the Subscription Year; such additions are not part of the total above.

### A4. Invoicing and Payment; Onboarding

(a) The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

(b) Provider shall complete onboarding by 30 June 2026 (the "Go-Live Date"). Onboarding comprises configuration of the five modules, import of Customer's supplier master data and open complaints, an interface to Customer's ERP for purchase orders and goods receipts, an interface to Customer's laboratory system for test results, and training of twelve key users.

(c) Onboarding Acceptance: Provider shall notify Customer when onboarding is complete. Customer shall test within ten working days against these criteria: all subscribed modules are available to all named users; imported supplier master data and complaints reconcile with the source lists; both interfaces transfer data for ten consecutive working days without loss or duplication; and a supplier can log in, answer a complaint and upload an 8D report. When the criteria are met, Customer signs an Onboarding Acceptance certificate. Use of the Service before that certificate does not amount to acceptance.

(d) If Onboarding Acceptance is not achieved by the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 450 for each day of delay.

### A5. Renewal

At the end of the Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then current term. For each renewal period Provider may increase the subscription fee by up to 7% over the fee of the preceding Subscription Year by informing Customer of the new fee at least ninety days before the renewal.

### A6. Contacts, Hosting Partner and Signatures

Provider contact: customer success manager for Greater China. Customer contact: head of supplier quality. Hosting partner: a cloud service provider established and licensed in mainland China, as approved by Customer in writing on signature of this Order Form.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Availability. Provider shall make the Service available at least 99.95% of each calendar month, measured at the Provider's load balancer and excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China Standard Time.

1.2 Support. Customer may report incidents through the support portal or by telephone. Provider shall respond to incidents as follows: Priority 1 (Service unavailable or a core module unusable for all users) within 8 hours; Priority 2 (a module seriously impaired) within one business day; Priority 3 (other issues) within three business days. Provider shall keep Customer informed of progress on each open Priority 1 incident.

1.3 Service Credits. If monthly availability falls below the commitment in section 1.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point below the commitment, up to half of that monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

1.4 Provider shall make a monthly service report available in the portal showing availability, incidents and response times.

### 2. Customer Data

2.1 All data uploaded to or generated in the Service by Customer, its users and its suppliers ("Customer Data") belongs to Customer. Provider may process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including in anonymised, aggregated or statistical form.

2.2 Provider shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of administrative actions, daily backups and annual penetration tests. The Service is operated in mainland China and Customer Data shall not be transferred outside mainland China.

2.3 Provider shall notify Customer of any security breach affecting Customer Data without undue delay and in any event within 24 hours, shall take all necessary measures to contain and remedy it, and is responsible for losses caused by a breach of this section 2.

2.4 On expiry or termination, Provider shall enable Customer to export all Customer Data in a common format for sixty days and shall then delete it and confirm the deletion in writing.

### 3. Configurations and Intellectual Property

3.1 Provider and its licensors retain all rights in the Service and its underlying software.

3.2 Workflows, inspection plans, forms, report templates and interface mappings configured or developed specifically for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and have third parties use them freely, also after the end of this Agreement, and Provider shall export them on request.

### 4. Confidentiality

Each party shall keep confidential the non-public information disclosed to it by the other party, use it only for this Agreement and protect it with at least reasonable care. This obligation survives the end of this Agreement by three years.

### 5. Subcontracting

Provider shall not subcontract the performance of the Service, in whole or in part, without Customer's prior written consent, except for the hosting partner approved under A6. Provider remains liable for its subcontractors.

### 6. Term and Termination

6.1 This Agreement starts on signature and continues for the Subscription Term and any renewal period under A5.

6.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice. If Customer terminates under this section, Provider shall refund the fees paid for the period after termination.

6.3 Provider may suspend the Service only if an undisputed invoice remains unpaid for more than forty-five days after a written reminder.

### 7. Warranties

Provider warrants that the Service will perform materially in accordance with its documentation and that it will not reduce the functionality of the subscribed modules during the Subscription Term.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

8.3 The limitation in section 8.2 does not apply to personal injury, wilful misconduct or gross negligence.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Notices shall be in writing and sent to the contacts in A6 by e-mail with a copy by courier.

10.2 Neither party may assign this Agreement without the other party's written consent.

10.3 Customer is responsible for the accuracy of the data it and its suppliers enter, for keeping user credentials secure and for promptly removing users who leave its organisation. Customer shall not use the Service to store data unrelated to supplier quality management.

10.4 Changes to the subscribed modules, user numbers or interfaces are made by a new Order Form or a written change note signed by both parties; the General Terms apply to each such change.

10.5 This Agreement is executed in English. Any amendment requires a written document signed by both parties.

Signed for Provider: ____________________        Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. HX-PUR-2026-0219
P:Buyer: Jiangsu Haixin Chemical Logistics Co., Ltd., Zhangjiagang, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Rheinsensor Systems GmbH, Wesel, Germany, acting for deliveries and services in China through its appointed project team (the "Supplier").
P:The Buyer operates a liquid chemicals tank terminal with transfer pumps, compressors and loading arms. Following its tender, the Buyer awards the Supplier the supply of wireless condition monitoring sensors, edge gateways and monitoring software, with installation and commissioning. This Contract is made on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting material and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's condition monitoring software licensed under clause 3, including the analytics server, the alarm engine and the web client.
P:1.3 "Installation Certificate" means the document signed by the Buyer confirming that the Equipment has been delivered, mounted and connected. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.
P:1.5 "Buyer Data" means all measurement values, alarms, asset records, reports and logs created by the Equipment or the Software at the Buyer's site.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the items below, and train the Buyer's maintenance staff. The prices are fixed and include VAT, packing, freight to site, insurance and import formalities.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX / Ex-certified|240|2,150|516,000
TB:2|Edge gateway, explosion-proof housing|24|8,600|206,400
TB:3|Condition monitoring software, perpetual on-premises licence, 300 assets|1|388,000|388,000
TB:|Hardware and Licence Subtotal|||1,110,400
TB:4|Installation, mounting and commissioning|1||126,600
TB:5|Training of maintenance staff (three sessions)|1||23,000
TB:|Contract Price|||1,260,000
P:2.2 The Contract Price is CNY 1,260,000. No other charge is payable for the scope of this Contract.
P:2.3 All Equipment used in hazardous areas shall carry valid China Ex certification before installation, and the Supplier shall provide the certificates with the delivery documents.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for up to 300 monitored assets, for the Buyer's own operations. The licence includes the right to make backup and test copies.
P:3.2 Embedded firmware in the Equipment is licensed to the Buyer for the life of the Equipment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's terminal within 60 days after signature and complete installation within 45 days after delivery, in the order agreed in the installation plan.
P:4.2 The Supplier's staff shall comply with the Buyer's safety rules, hot-work and permit-to-work procedures and shall attend the Buyer's site safety induction before starting work.
P:4.3 When the Equipment has been delivered, mounted and connected, the parties shall sign the Installation Certificate.
P:4.4 With the delivery the Supplier shall hand over the packing lists, certificates of origin and conformity, Ex certificates, installation drawings and operating manuals in Chinese and English. At Final Acceptance it shall hand over the as-built asset list, the sensor position drawings and the administrator manual of the Software.
P:4.5 In addition to the quantities above and at no extra charge, the Supplier shall deliver a set of recommended spare parts, including ten sensors and two gateways, to be kept in the Buyer's store.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 126,000) within 30 days after signature of this Contract, against an advance payment guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 693,000) within 30 days after the Installation Certificate.
P:5.3 The Buyer shall pay 35% of the Contract Price (CNY 441,000) within 30 days after Final Acceptance.
P:5.4 Each payment is subject to receipt of a valid VAT invoice.
H:6. Acceptance
P:6.1 After the Installation Certificate, the system shall run for thirty consecutive days. The acceptance tests are then carried out under the test plan in Annex 2.
P:6.2 The acceptance criteria are: all 240 sensors transmit at the configured interval throughout the trial run, and every gap in the data is explained and closed; measured vibration values deviate by no more than 5% from reference measurements taken with a calibrated portable instrument on twenty sample pumps; alarms reach the control room within ten seconds; the Software correctly shows trend, spectrum and alarm history for all assets; and the interface to the Buyer's maintenance system creates work orders for test alarms.
P:6.3 If all criteria are met, the Buyer issues the Final Acceptance certificate within seven working days. Otherwise the Supplier shall remedy the defects within fifteen days and the tests shall be repeated. Use of the system by the Buyer before Final Acceptance is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance (the "Warranty Period"). During that period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates and technical support free of charge, including parts, labour and travel.
P:7.2 Batteries of sensors that fail during the Warranty Period shall be replaced free of charge.
P:7.3 Faults are classified as follows:
TB:Severity|Definition|Response|On site or remote fix
TB:Severity 1|Software or more than one gateway down; no alarms reach the control room|30 minutes|same day
TB:Severity 2|Single gateway or group of sensors not transmitting|2 hours|within 2 days
TB:Severity 3|Individual sensor or minor Software defect|next working day|within 5 days
P:7.4 For each hour by which the Supplier misses the response time for a Severity 1 fault, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support covering the same services and response times. The annual support fee is 9% of the Hardware and Licence Subtotal (CNY 99,936) and is fixed for the first three support years.
P:8.2 Each support year is ordered by a separate purchase order. Support does not renew automatically.
H:9. Delay
P:9.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in clause 4 and the installation plan, for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:10. Intellectual Property
P:10.1 The Software and firmware remain the property of the Supplier or its licensors.
P:10.2 The asset models, alarm rules, dashboards, reports and the interface to the Buyer's maintenance system configured or developed for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely and the Supplier shall hand over their source files and documentation at Final Acceptance.
H:11. Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose.
P:11.2 The Software runs on the Buyer's servers in the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's jump server with individual accounts. The Supplier shall not copy Buyer Data to its own systems.
P:11.3 The Supplier shall keep the gateways and the Software patched against known vulnerabilities during the Warranty Period and shall report any security incident affecting the system within 2 hours. The Supplier is liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's terminal, processes, customers and security arrangements that it receives under this Contract and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for three years thereafter.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, damage caused by fire or explosion, wilful misconduct or breach of clauses 11 and 12.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors shall hold the qualifications required for work in hazardous areas, and the Supplier remains responsible for them.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if delay damages under clause 9 reach their maximum.
P:15.2 On termination the Supplier shall refund amounts paid for Equipment or services that the Buyer cannot use, and shall remove such Equipment at its own cost.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:17. Miscellaneous
P:17.1 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract. This Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. GIT-MSA-2026-031

**Between** Qingdao Haoyun Cold Chain Logistics Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer"),

**and** Grafschafter IT Services GmbH, Moers, Germany, acting through its project office in Qingdao ("Provider").

Customer operates nine temperature-controlled warehouses and a head office in Shandong and Jiangsu. Customer wishes to outsource the operation of its end-user IT, site networks and service desk to Provider, and Provider is willing to provide those services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2; "Service Credits" means the amounts in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the takeover of the Services from Customer's current arrangements, ending with Transition Acceptance under clause 4.

1.5 "Service Commencement Date" means the day after Transition Acceptance.

1.6 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider receives or can access in providing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an Initial Term of 36 months from the Service Commencement Date.

2.2 The Agreement expires at the end of the Initial Term. Any extension requires a written agreement of both parties; there is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services at the sites listed in Schedule 1 in accordance with the Service Levels, using suitably qualified staff.

3.2 Provider shall maintain an up-to-date configuration database of all managed devices and shall provide it to Customer on request.

3.3 Provider shall attend a monthly service review with Customer, present a report on Service Level performance, incidents, changes and improvement actions, and agree corrective action plans for any Service Level missed in the previous month.

3.4 Customer shall give Provider's staff access to its sites and systems as reasonably needed, provide office space for the on-site engineers, and name a service manager as Provider's main contact.

## 4. Transition

4.1 Provider shall complete Transition within 75 days after signature, following the transition plan agreed in the first two weeks after signature.

4.2 Transition includes: inventory of all devices and network components at all sites; documentation of the current configuration; setting up the service desk telephone line, portal and ticketing tool; knowledge transfer from Customer's current staff and suppliers; and a parallel run of the service desk for ten working days.

4.3 Transition Acceptance criteria: the device inventory is complete and reconciled with Customer's asset register; every site has a documented network configuration; the service desk handles all calls during the parallel run and meets the response targets of Schedule 2 for at least 95 in every 100 calls; and runbooks for all recurring tasks are approved by Customer. When the criteria are met, Customer signs a Transition Acceptance certificate. Signature of any other document does not amount to Transition Acceptance.

4.4 If Transition Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Initial Term and include VAT, travel and tools.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the monthly service review, net of any Service Credits for that month.

5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice. No advance payment is due under this Agreement.

## 6. Service Credits

6.1 If Provider fails to meet a Service Level in a month, Provider shall grant the Service Credits in Schedule 2, which are deducted from the next invoice.

6.2 The total Service Credits in any month are limited to 20% of the monthly service charge. Service Credits are a price adjustment and do not limit Customer's claim for damages for losses exceeding them.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and not for any other purpose.

## 8. Intellectual Property

8.1 Provider retains its tools, methods and know-how that existed before this Agreement.

8.2 Runbooks, scripts, configuration files, network diagrams and documentation that Provider creates for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including to a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the non-public information it receives from the other party under this Agreement, including Customer's business, customer and pricing information, and shall disclose it only to staff who need it for this Agreement.

9.2 The obligations in this clause continue for three years after the end of this Agreement.

## 10. Staff and Subcontracting

10.1 Provider shall assign a named service delivery manager and at least two on-site engineers in Qingdao. Key staff shall not be replaced without notice to Customer and an adequate handover.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Initial Term.

11.2 The limitation does not apply to personal injury, wilful misconduct or breach of clause 9.

## 12. Term Commitment and Remedies

12.1 Both parties commit to the full Initial Term. Neither party may terminate this Agreement before the end of the Initial Term, except by mutual written agreement or where force majeure prevents performance for more than ninety consecutive days.

12.2 If Provider breaches this Agreement, Customer's remedies are the Service Credits under clause 6, the corrective action plans under clause 3.3 and a claim for damages. Customer shall continue to pay the Charges for the Services provided.

## 13. Change Control and Force Majeure

13.1 Either party may request a change to the Services. Provider shall assess each request within ten working days and state its effect on the Charges and the Service Levels. No change is binding until a written change note is signed by both parties.

13.2 Additional devices of the types in Schedule 1 may be added at a monthly charge agreed in the change note; reductions of more than one tenth of the devices shall reduce the monthly service charge proportionally.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect.

## 14. Exit

14.1 At the end of the Initial Term, Provider shall support the transfer of the Services to Customer or a successor provider for up to sixty days at the rates of Schedule 3, hand over all documentation and return all Customer Data.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao under its rules.

## 16. General

16.1 Schedules 1 to 3 form part of this Agreement. This Agreement is made in English.

16.2 Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________        Signed for Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
| --- | --- | --- |
| Service desk | Telephone, portal and e-mail support in Chinese and English, 07:00–23:00 on all days, with on-call cover at night | all sites |
| End-user device management | 620 laptops and desktops, 180 handheld scanners and 95 label printers: installation, imaging, software deployment, updates, repair coordination | all sites |
| Site network operations | 48 switches, 160 wireless access points and 10 site routers: monitoring, configuration, firmware, fault handling | all sites |
| WAN monitoring | Monitoring of the managed WAN links between the sites and the head office, carrier coordination | all sites |
| On-site support | Two engineers at the Qingdao head office; visits to other sites as required | head office, visits |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
| --- | --- | --- |
| WAN availability per site, monthly | 99.95% | 2% of the monthly service charge per started 0.01 percentage point below the level |
| Priority 1 incident (site network or warehouse system down) | response within 15 minutes, restoration within 3 hours | CNY 1,000 per hour late |
| Priority 2 incident (several users or one scanner zone affected) | response within 1 hour, restoration within 8 hours | CNY 300 per hour late |
| Priority 3 incident | response within one business day | none |
| Service desk calls answered within 60 seconds | at least 90 in every 100 calls | 1% of the monthly service charge |

## Schedule 3 — Charges

| Item | Charge (CNY) |
| --- | --- |
| Transition (one-time) | 116,000 |
| Monthly service charge | 64,000 per month |
| Monthly service charges, Initial Term (36 months) | 2,304,000 |
| Total Charges for the Initial Term | 2,420,000 |
| Additional work on request | 1,200 per engineer day |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
REGULATORY SUBSTANCE DATA API

Agreement No. SRD-CN-2026-0078

PARTIES

1.1 Schwanenburg Regulatory Data GmbH, a company registered in Kleve, Germany ("Vendor").

1.2 Zhejiang Lanfeng New Materials Co., Ltd., a company registered in Shaoxing, Zhejiang Province, People's Republic of China ("Customer").

1.3 Customer produces coating resins and additives for export to Europe, North America and Asia. Vendor maintains a database of regulatory information on chemical substances, including registration status, classification and labelling, restrictions and occupational exposure limits in more than forty jurisdictions, and makes it available through an application programming interface (the "API"). Customer wishes to subscribe to the API to check its formulations and prepare safety data sheets.

DEFINITIONS

2.1 "Subscription Year" means a period of one year starting on the Start Date or on an anniversary of it.

2.2 "Start Date" means the date on which Vendor gives Customer production access to the API after Integration Acceptance under clause 5.

2.3 "Licensed Data" means the regulatory data and documents delivered through the API.

2.4 "Customer Content" means all data that Customer or its users submit to the API or the portal, including substance lists, formulations, product names, queries and uploaded documents, and all results generated specifically for Customer.

2.5 "Users" means Customer's employees authorised to use the portal, up to sixty named users.

SUBSCRIPTION

3.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the portal and to use the Licensed Data for Customer's internal regulatory compliance, product stewardship and safety data sheet authoring, including in documents Customer gives to its customers and authorities.

3.2 The subscription includes up to 400,000 API calls per Subscription Year, daily updates of the Licensed Data, regulatory change alerts for the substances in Customer's watch lists and access to Vendor's regulatory help desk.

3.3 Customer shall not resell the Licensed Data as a database or make it available to third parties as a data service.

USERS AND ACCESS

3.4 Customer shall ensure that each User has an individual account and does not share log-in credentials. Customer may reassign a named user account to another employee when the original User leaves Customer or changes role.

3.5 Vendor shall issue API keys for the production and test environments. Customer shall keep the API keys secure and inform Vendor without delay if a key may have been disclosed, in which case Vendor shall issue a replacement key free of charge.

3.6 Vendor may update the API and the portal from time to time, provided that it announces changes that require adaptations of the connector at least ninety days in advance and keeps the previous API version available for that period.

REGULATORY CONTENT

3.7 Vendor shall monitor the official sources of the jurisdictions covered by the Licensed Data and shall publish regulatory changes in the Licensed Data within ten business days after their official publication, or sooner where a change takes effect earlier.

3.8 Vendor shall provide, once per quarter, a written summary of the regulatory changes affecting the substances on Customer's watch lists, and its regulatory help desk shall answer questions from Customer's regulatory team in English or Chinese within three business days.

TERM

4.1 The Subscription Term is two Subscription Years from the Start Date.

4.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement, and its prices are subject to negotiation.

INTEGRATION AND ACCEPTANCE

5.1 Vendor shall provide a test environment within ten working days after signature and shall, together with Customer's IT team, build a connector between the API and Customer's product lifecycle management system, including a mapping of Customer's internal substance codes to the identifiers used in the Licensed Data.

5.2 Integration Acceptance criteria: the connector retrieves the regulatory status of all substances in Customer's current portfolio; a sample of two hundred substances checked by Customer's regulatory team shows no mapping error; safety data sheet sections 2, 3, 8 and 15 are filled correctly for ten test products; and the API answers 95 in every 100 calls within two seconds during a five-day test. When the criteria are met, Customer signs an Integration Acceptance certificate. Use of the test environment is not acceptance.

5.3 Vendor shall give Customer production access no later than 75 days after signature. If production access is delayed beyond that date for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

FEES AND PAYMENT

6.1 The fees are:
(a) Subscription Fee: CNY 348,000 per Subscription Year, CNY 696,000 for the Subscription Term;
(b) Set-up fee for the connector, mapping and training (one-time): CNY 24,000;
(c) Total fees for the Subscription Term: CNY 720,000, including VAT.

6.2 Calls above the included volume are charged at CNY 0.20 per call and are not included in the total above.

6.3 The set-up fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly at the start of each quarter of each Subscription Year, in instalments of CNY 87,000. Invoices are payable within 30 days after receipt.

SERVICE LEVELS

7.1 Vendor shall make the API available at least 99.5% of each calendar month, excluding maintenance windows announced three days in advance and held on weekends between 01:00 and 05:00 China Standard Time.

7.2 Vendor shall respond to incidents reported by Customer within the following times: Priority 1 (API unavailable or returning wrong regulatory status) within 2 hours; Priority 2 (degraded performance, delayed updates) within 8 business hours; Priority 3 (questions and minor issues) within two business days.

7.3 For each full 0.5 percentage point by which monthly availability falls below the commitment in clause 7.1, Customer receives a credit of 5% of the quarterly instalment, deducted from the next invoice. A Priority 1 response more than two hours late gives a further credit of CNY 1,000.

7.4 Vendor shall correct any error in the Licensed Data reported by Customer within five business days, and shall inform Customer of any correction affecting substances in its watch lists.

CUSTOMER CONTENT AND DATA SECURITY

8.1 Customer Content belongs to Customer.

8.2 Customer grants Vendor a perpetual, royalty-free licence to use query statistics, substance lists and usage data derived from Customer Content in aggregated and de-identified form to improve its databases, develop new products and publish market and regulatory statistics. This licence survives the end of this Agreement.

8.3 Vendor shall protect Customer Content by encryption in transit and at rest, access control on a need-to-know basis, logging of access and regular security testing. Customer Content is stored on servers in the European Union and in mainland China, as Customer selects in the portal. Vendor shall notify Customer of any breach of security affecting Customer Content within 24 hours, take all measures to contain it and compensate Customer for losses caused by its breach of this clause.

8.4 On expiry or termination, Vendor shall return Customer Content in a common format on request and shall then delete it, except for the aggregated and de-identified data under clause 8.2.

INTELLECTUAL PROPERTY

9.1 Vendor and its licensors retain all rights in the API, the portal and the Licensed Data.

9.2 The connector, the substance code mapping and the report templates developed for Customer under clause 5 belong to Customer. Customer may use, modify and license them freely, also after this Agreement ends.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's formulations and product plans and Vendor's non-public pricing, and shall use it only for this Agreement.

10.2 This clause continues for three years after the end of this Agreement.

SUBCONTRACTORS

11.1 Vendor may engage subcontractors and hosting providers to perform its obligations. Vendor shall inform Customer of any new subcontractor by e-mail at least fifteen days before it starts work. Vendor remains responsible for the performance of its subcontractors.

LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

12.2 The limitation does not apply to personal injury, wilful misconduct or breach of clauses 8 and 10.

12.3 Vendor does not guarantee that the Licensed Data is complete for every jurisdiction but shall compile it with the care of a professional regulatory information provider.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the part of the fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

GENERAL

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly.

15.2 This Agreement is made in English. Amendments require a written document signed by both parties.

SIGNATURES

For Vendor: ____________________          For Customer: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {  # key -> (file name, format)
    "z01": ("h927z01_rural_wastewater_om_platform.pdf", "pdf"),
    "z02": ("h927z02_parasol_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h927z03_rope_skipping_chain_booking_saas.txt", "txt"),
    "z04": ("h927z04_msa_ship_exhaust_telemetry_om.txt", "txt"),
    "z05": ("h927z05_pulp_painting_studio_tracking_supplier_template.md", "md"),
    "e01": ("h927e01_weimar_aps_perpetual_licence.pdf", "pdf"),
    "e02": ("h927e02_bocholt_sqm_saas_order_form.md", "md"),
    "e03": ("h927e03_wesel_condition_monitoring_sensors.docx", "docx"),
    "e04": ("h927e04_moers_managed_it_services_36m.md", "md"),
    "e05": ("h927e05_kleve_regulatory_data_api_subscription.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- prices (asserted)
assert 1180000 + 760000 + 214000 + 96000 == 2250000
assert 450000 + 1012500 + 787500 == 2250000
assert 768000 + 412000 + 96000 + 112000 + 268000 == 1656000
assert 1656000 + 118000 + 66000 == 1840000 and 184000 + 1012000 + 644000 == 1840000
assert round(1656000 * 0.26) == 430560
assert 30 * 9800 == 294000 and 2 * 294000 + 72000 == 660000
assert 312000 + 186000 + 154000 + 128000 + 88000 == 868000 and 4 * 217000 == 868000
assert 168000 + 126000 + 18000 == 312000 and 202800 + 109200 == 312000
assert 1420000 + 386000 + 44000 == 1850000 and 370000 + 832500 + 647500 == 1850000
assert round(1420000 * 0.11) == 156200
assert 2 * 286000 + 38000 == 610000
assert 240 * 2150 == 516000 and 24 * 8600 == 206400 and 516000 + 206400 + 388000 == 1110400
assert 1110400 + 126600 + 23000 == 1260000 and 126000 + 693000 + 441000 == 1260000
assert round(1110400 * 0.09) == 99936
assert 36 * 64000 == 2304000 and 2304000 + 116000 == 2420000
assert 2 * 348000 == 696000 and 696000 + 24000 == 720000 and 4 * 87000 == 348000

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
LABELS = {
    "z01": ("zh", "software", [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False,
                               True, True, "PRC", G], (True, True, True, False, 2250000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 26, False,
                               True, False, "PRC", G], (True, True, True, False, 1840000)),
    "z03": ("zh", "cloud", [99.95, 0.5, False, "buyer", True, False, True, 500 / 660000 * 100, None, None, True, None,
                            None, None, True, True, False, "PRC", S], (True, True, None, False, 660000)),
    "z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, True, False, "PRC", S], (True, True, None, False, 868000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, True, False, None, None, 65, False, False, 3, None,
                               False, True, None, None, G], (False, False, False, True, 312000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                               False, "Germany", G], (True, True, True, False, 1850000)),
    "e02": ("en", "cloud", [99.95, 8, True, "buyer", True, True, True, 450 / 610000 * 100, 6 / 24 * 100, None, True,
                            None, None, None, True, True, False, "PRC", S], (True, True, None, False, 610000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False,
                               True, False, "PRC", G], (True, True, True, False, 1260000)),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 1600 / 2420000 * 100, 150, None, True,
                               None, None, None, False, False, False, "PRC", S], (True, True, None, False, 2420000)),
    "e05": ("en", "cloud", [99.5, 2, True, "buyer", True, False, True, 500 / 720000 * 100, 150, None, True, None, None,
                            None, False, True, True, "PRC", S], (True, True, None, False, 720000)),
}
# TCO inputs for goods drafts: itemised licence / hardware subtotal (fee base)
FEE_BASE = {"z01": 1180000, "z02": 1656000, "z05": 168000, "e01": 1420000, "e03": 1110400}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # DIS arbitration seated in Weimar
DESIGN = {
    "z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    lang, cat, vals, (sla, ld, capped, deemed, value) = LABELS[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, t, x):
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy §3 on the labels."""
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
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            share = tco_share(key, t, x)
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
    return r


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


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


# ---------------------------------------------------------------- threshold scan
ZD = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"百分之九十九点九(?![" + ZD + "])",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![" + ZD + "])", r"千分之零点五",
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?(?![\d.])\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|百|一百)(?![" + ZD + "])",
    r"(?<![\w-])(?:thirty|forty|fifteen|one\s*hundred)[\s-]*(?:%|per\s*cent|percent)",
    r"(?<![\d.])4(?![\d.])\s*-?\s*(?:个)?\s*(?:小时|钟头|h\b|hours?\b|hrs?\b|-hour)",
    r"(?<![\w-])four[\s-]*hours?", r"(?<![一二三四五六七八九十])四\s*个?\s*小时",
    r"(?<![\d.])12(?![\d.])\s*-?\s*(?:个)?\s*(?:月|months?\b|-month)", r"(?<![\w-])twelve[\s-]*months?",
    r"(?<![一二三四五六七八九十])十二\s*个\s*月",
]
THRESH_RE = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "40%", "15 %", "100%", "15.0%", "百分之三十", "百分之四十", "百分之十五", "百分之百",
            "99.9%", "99.90 %", "百分之九十九点九", "0.05%", "0.05 percentage point", "万分之五", "4小时", "4 小时",
            "四小时", "四个小时", "4 hours", "4-hour", "four hours", "12个月", "12 months", "12-month", "十二个月",
            "twelve months", "thirty per cent", "within 4h"]
MUST_MISS = ["24 hours", "24小时", "二十四小时", "99.95%", "99.5%", "0.08%", "0.5 percentage point", "115%", "150%",
             "1.5%", "百分之十", "百分之三十五", "百分之四十五", "14 hours", "2 hours", "35%", "45%", "65%", "200%",
             "twenty-four hours", "十四小时", "万分之二", "万分之五十", "18个月", "二十四个月", "0.1%", "0.01 percentage",
             "3 hours", "8 hours", "1 hour", "5%", "10%"]
for s_ in MUST_HIT:
    assert THRESH_RE.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESH_RE.search(s_), ("must miss", s_, THRESH_RE.search(s_))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for k, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k].strip() + "\n", encoding="utf-8")
            print("wrote", name)
    covered, mix = set(), {}
    for k, (name, fmt) in TARGETS.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        for f, th in THRESH.items():
            assert lab["expected_terms"][f] != th, (k, f)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        mix[k] = lab["expected_rules"]
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        extra = ""
        if k in FEE_BASE and lab["expected_terms"]["post_warranty_fee_pct"] is not None:
            extra = " tco share %.2f%%" % tco_share(k, lab["expected_terms"], lab["expected_extra"])
        print("%s %-58s len %5d  risk %-6s %s%s" % (k, name, n, risk(lab["expected_rules"]),
                                                   ",".join(x[3:] for x in lab["expected_rules"]) or "(none)", extra))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k, v in mix.items() if not v] == ["z04", "e03"]
    assert mix["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(mix["z05"]) <= 10
    assert all(2 <= len(mix[k]) <= 3 for k in ("z01", "z02", "z03", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
