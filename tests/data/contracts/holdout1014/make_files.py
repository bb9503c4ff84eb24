"""holdout1014: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built
by ../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table row). Every check is an assert.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:劳动人事争议仲裁案件管理平台采购合同
P:合同编号：RSJ-ZC-2027-031　　采购方式：公开招标
P:甲方（采购人）：某市人力资源和社会保障局
P:乙方（供应商）：某市衡正信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就劳动人事争议仲裁案件管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供仲裁案件管理平台软件的永久使用许可（不限用户数），并完成以下定制开发：网上立案与材料补正、庭审排期与仲裁员分案、电子送达、调解组织对接、案件统计分析大屏，以及与省级劳动仲裁信息系统、电子证照库、统一身份认证平台的接口。
P:1.2 乙方负责历史案件数据迁移（约十一万件案卷电子信息）、系统部署、联调、培训和试运行保障。具体功能和性能要求以招标文件第三章《采购需求》为准。
P:1.3 平台部署在甲方使用的市级政务云，服务器、数据库及中间件运行环境由甲方提供。乙方应提供部署方案和安全加固清单，经甲方审核后实施，并负责与政务云运维单位的协调配合。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾柒万捌仟元整（¥1,678,000），含税，为固定总价。其中：平台软件许可费¥860,000；定制开发费¥624,000；数据迁移费¥118,000；部署实施及培训费¥76,000。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额合法发票。甲方因财政资金拨付程序造成的合理延迟不视为违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后150日内完成全部定制开发、数据迁移和部署，并提交初步验收申请。
P:4.2 初步验收通过后平台进入试运行，试运行期为90日。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理师资格，并在开发和试运行期间常驻甲方现场。未经甲方书面同意，乙方不得更换项目经理及核心技术人员。
P:4.4 乙方应按双方确认的实施计划提交需求规格说明书、概要设计、详细设计、测试报告、用户手册、运维手册及数据迁移报告，并对全市各仲裁院的业务人员、系统管理员分别开展培训，培训不少于六场。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；迁移数据经全量比对，案件数量、当事人信息及文书附件一致；各接口连续10个工作日调用无差错；在500个并发用户下，常用查询响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告无高风险问题；全部技术文档和源代码已移交。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收以双方签署的验收报告为准。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程及现场技术支持。
P:6.2 质保期满后，如甲方续签运维服务，年度运维服务费不超过平台软件许可费的8%（即每年不超过¥68,800），且在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或立案、送达功能中断）30分钟内响应，2小时内到达现场；二级故障2小时内响应，下一工作日内解决。
P:7.3 乙方响应或到场超时的，每超时一小时扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥3,000。扣款从应付款项或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发成果（包括源代码、接口程序、数据库设计、迁移脚本及文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其提供的软件和服务不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的案件信息、当事人个人信息及全部业务数据属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应当遵守《数据安全法》《个人信息保护法》，仅经甲方堡垒机访问生产环境，不得将数据复制或带离甲方机房。测试环境只能使用经甲方审核的脱敏数据，测试结束后应当删除。
P:9.4 乙方应建立访问权限清单和操作日志，日志至少保存六个月并随时接受甲方及主管部门检查；乙方人员离场时应交回全部账号和介质。
P:9.3 发生数据泄露或安全事件的，乙方应在发现后2小时内报告甲方并采取补救措施；因乙方原因造成损失的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、案件信息及网络安全配置负有保密义务，保密期限不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期违约金累计达到合同总价的5%后，甲方可要求乙方继续履行，也可依第十三条解除合同。
P:11.3 乙方交付成果不符合合同约定的，应在甲方指定期限内无偿整改；整改后仍不合格的，甲方有权拒绝验收。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三承担违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
P:12.2 乙方使用的第三方软件组件应在投标文件中列明，并保证甲方在质保期满后仍可合法使用。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过60日的，甲方可以解除合同。
P:13.3 本合同不自动续期。质保期满后的运维服务由双方另行签订合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力致使一方不能履行合同的，该方应在不可抗力发生后3日内书面通知对方，并在15日内提供有关证明，双方根据不可抗力的影响部分或全部免除责任。
P:15.2 不可抗力事件消除后，双方应继续履行合同；不可抗力持续超过60日致使合同目的无法实现的，任何一方可书面通知解除合同。
H:第十六条 其他
P:16.1 招标文件、投标文件及中标通知书为本合同组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HX-SB-2027-017
P:甲方：佛山市顺德区华汐电器有限公司
P:乙方：广东智衡自动化工程有限公司
P:甲方主要生产电热水壶。为提高装配、检测和包装环节的自动化水平，甲方决定对一号至六号生产线的控制系统进行改造。双方经协商，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条电热水壶生产线控制系统的设计、供货、编程、安装、调试和培训，包括：更换各线PLC控制柜，更换输送和压盖工位的伺服驱动及电机，更换风机和输送线变频器，增设工位HMI触摸屏，在耐压及温控器检测工位增设视觉检测单元，并部署产线监控软件，实现节拍、良率、停机原因和能耗的实时采集与看板展示。
P:1.2 改造应分线实施，每条线停线时间不超过5日，施工安排须经甲方生产部书面确认，不得影响其他生产线正常生产。
P:1.3 乙方应在施工前完成现场勘查，提交电气图纸、PLC程序结构、网络拓扑和施工方案，经甲方确认后方可实施。
P:1.4 乙方应指定一名具有五年以上自动化项目经验的项目经理，负责现场协调，并每周向甲方提交进度报告，列明已完成工作、下周计划和存在的问题。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万元整（¥2,010,000），含13%增值税。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC及I/O模块）|6套|98,000|588,000
TB:2|伺服驱动器及电机|48套|6,500|312,000
TB:3|变频器|36台|4,000|144,000
TB:4|HMI触摸屏|18台|5,500|99,000
TB:5|视觉检测单元|6套|52,000|312,000
TB:6|产线监控软件许可（六条线，永久）|1套|305,000|305,000
TB:|软硬件小计|||1,760,000
TB:7|安装调试及程序编制|1项|218,000|218,000
TB:8|操作及维护培训|1项|32,000|32,000
TB:|合计|||2,010,000
P:2.2 上述价格包含设备运输、保险、装卸、辅材及乙方人员费用，除本合同另有约定外甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%。到货签收及安装完成不视为验收合格。
P:3.3 六条线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运至甲方厂区，并于合同签订后100日内完成六条线的改造和调试。
P:4.2 设备到货时双方共同开箱检验型号、数量和外观，并签署到货签收单。
P:4.3 乙方应随货提供合格证、原厂质保证明、使用说明书和备品备件清单，并在甲方仓库存放一批随机备件，包括PLC I/O模块、伺服驱动器和视觉相机各若干，数量以技术规格书为准。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产10个工作日，达到以下标准方可申请验收：生产节拍不低于改造前的1.2倍；视觉检测漏检率不高于0.2%，误判率不高于1%；因控制系统原因停机累计不超过2小时；监控软件数据与人工抽查记录一致。
P:5.2 六条线均达到前款标准后，由甲方组织最终验收，验收合格后双方签署最终验收报告。验收不合格的，乙方应在10日内整改并重新申请验收。
P:5.3 试生产期间的产品由甲方正常销售，试生产、甲方使用设备或支付款项均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障设备、修复软件缺陷。
P:6.2 故障响应：一级故障（整线停机）1小时内响应，6小时内到达现场；二级故障（单工位故障）2小时内响应，次日内到达现场。乙方响应或到场每超时一小时，向甲方支付¥500。
P:6.3 质保期内设备因非甲方原因损坏的，乙方应在3日内免费更换同型号或更高型号设备；同一设备在质保期内维修三次以上仍不能正常使用的，乙方应予整机更换。
P:6.4 质保期满后，乙方提供年度维保服务，包括每季度一次的预防性巡检、备件更换、PLC及监控软件升级和7×24小时电话支持。年度维保费按软硬件小计的32%计收，即每年¥563,200，在质保期满后三年内保持不变，按年度预付。
H:第七条 知识产权
P:7.1 设备及监控软件产品的知识产权归原厂或乙方所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、视觉检测算法参数、看板配置及全部源程序归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数和质量数据属于甲方，乙方不得用于本合同以外的目的，亦不得向第三方提供。
P:8.2 乙方远程访问产线网络须事先经甲方批准并通过甲方提供的VPN账号进行，访问结束后立即断开；乙方应对其设备和软件采取防病毒和访问控制措施。
P:8.3 因乙方原因导致数据泄露、篡改或生产网络遭受攻击的，乙方应在1小时内通知甲方，并赔偿甲方由此遭受的损失。
P:8.4 合同终止或维保服务结束时，乙方应删除其持有的甲方数据副本，并出具书面确认。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
P:9.2 乙方不得以任何形式将甲方生产线照片、工艺参数用于宣传或案例展示，但经甲方书面同意的除外。
H:第十条 分包
P:10.1 乙方可将电气安装、布线和线槽施工分包给具备资质的施工单位，但应书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:11.2 因乙方施工导致甲方停产超出约定时间的，乙方应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 乙方逾期超过30日仍未完成交货的，甲方有权解除合同。
H:第十三条 安全施工
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产和防火规定，电气作业人员须持证上岗。施工中发生的安全事故由乙方负责。
P:13.2 乙方应在每日施工结束后清理现场，拆除的旧控制柜、电缆和电机由甲方处置，乙方不得擅自带离厂区。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的一方，应及时通知对方并在10日内提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同产生的争议，提交佛山仲裁委员会按其规则仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、施工方案、验收记录表。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：CP-IT-2027-006

甲方：成都乖宠宠物训练连锁管理有限公司
乙方：杭州栗子云软件有限公司

甲方在成都、重庆、贵阳经营宠物训练门店三十家（以下简称“门店”）。为统一管理训练课程预约、会员储值和教练排班，甲方订购乙方“栗子约”门店预约及会员管理云服务（以下简称“云服务”），并委托乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）云服务
1. 乙方为甲方三十家门店开通云服务，包括课程预约、训练档案、会员储值与积分、教练排班、收银对账、微信小程序和门店经营报表功能。
2. 乙方为甲方开通会员营销模块，包括优惠券、拼团、到期提醒和转介绍活动。
3. 云服务部署在乙方租用的境内公有云，乙方负责服务器、数据库、备份和安全防护。
（二）实施服务
1. 乙方负责将甲方现有会员档案、储值余额、训练记录从原有表格和旧系统迁移至云服务，并逐店核对余额。
2. 乙方按甲方要求配置会员等级规则、课程套餐、门店权限和报表模板，并为每家门店的店长和前台开展培训。
3. 实施完成后，乙方提供为期一个月的驻场支持，协助门店切换。
（三）运营支持
1. 服务期内，乙方为甲方指定一名客户成功经理，每月与甲方总部运营部召开一次服务回顾会，分析预约转化率、会员续费率和系统使用情况。
2. 乙方每季度免费为新入职店长和前台提供一次线上培训，并持续更新操作手册和培训视频。
3. 云服务版本升级应提前5日通知甲方，涉及收银、储值规则变化的，应先在测试门店验证。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自上线验收合格之日起计算，第二服务年度自第一服务年度届满次日起计算。
（二）乙方应在合同签订后45日内完成实施并申请上线验收。实施期间，乙方应按周提交实施进度表，并在切换前完成全部门店的模拟演练。

三、费用及支付
（一）费用明细：
1. 门店云服务年费：30家×¥9,600/家/年=¥288,000/年；
2. 会员营销模块年费：¥54,000/年；
3. 实施服务费（一次性）：¥76,000。
两个服务年度合计合同总价为人民币柒拾陆万元整（¥760,000），含6%增值税。
（二）支付方式：
1. 上线验收合格后15个工作日内，甲方支付实施服务费¥76,000及第一服务年度服务费¥342,000。
2. 第二服务年度开始之日起15个工作日内，甲方支付第二服务年度服务费¥342,000。
3. 甲方新增门店的，按每家每年¥9,600按月折算计费，随下一期服务费结算。
（三）乙方应在收款前开具合规发票。

四、上线验收
（一）验收标准：三十家门店全部开通；迁移后的会员人数、储值余额与甲方确认的原始数据逐条一致；预约、储值、收银、排班及报表功能按需求确认书测试通过；小程序在高峰时段（晚间及周末）500个并发用户下，页面打开时间不超过3秒。
（二）甲方应在收到验收申请后10个工作日内组织验收，验收合格的，双方签署上线验收单。验收不合格的，乙方应在7日内整改后重新提交。
（三）门店试用或部分门店先行使用云服务，不视为验收合格。

五、服务水平
（一）云服务月可用率不低于99.5%。计划内维护应提前3日通知甲方，并安排在凌晨零点至六点之间进行，不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单一功能或部分门店不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询或使用问题）：次一工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低于0.1个百分点，乙方按当月服务费的2%向甲方提供服务费抵扣；一级故障超过恢复时限的，每超时一小时另行抵扣¥300。抵扣从下一期服务费中扣除。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长和改进措施。

六、自动续期
（一）服务期届满前30日内，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据其届时公布的产品价格调整云服务年费，调整后的价格自续期之日起执行，甲方未在续期前提出异议的，视为接受。

七、数据归属与数据安全
（一）甲方及其会员在云服务中产生的会员信息、宠物档案、交易记录等全部数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守《个人信息保护法》《数据安全法》，对会员手机号、身份证号等敏感信息加密存储，实行最小授权和操作日志留存，并每日备份数据，备份至少保留三十日。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，协助甲方履行告知义务，并赔偿由此给甲方造成的损失。
（四）合同终止后30日内，乙方应按甲方要求以通用格式交付全部数据，并在甲方确认后彻底删除。
（五）云服务数据应存储在中国境内，未经甲方书面同意，乙方不得向境外传输。

八、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制配置的会员等级规则、课程套餐模板、报表模板及迁移脚本，知识产权归甲方所有，甲方可自由使用、修改或交由他人使用。

九、保密
（一）双方对履约中知悉的对方商业秘密，包括门店经营数据、价格政策和会员资料，负有保密义务，保密期限至相关信息公开之日止。
（二）乙方不得将甲方名称、门店照片或经营数据用于其宣传材料，但经甲方书面同意的除外。乙方员工离职时，乙方应收回其全部系统账号。

十、违约责任
（一）乙方未按期完成实施并申请上线验收的，每逾期一日，向甲方支付违约金¥500。
（二）乙方违反本合同第七项约定的，除赔偿损失外，甲方有权立即解除合同。
（三）因乙方原因导致会员储值余额或积分计算错误的，乙方应在3个工作日内查明并更正，由此造成甲方向会员补偿的，由乙方承担。
（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
（一）未经甲方书面同意，乙方不得将实施服务分包给第三方。

十二、合同解除
（一）一方严重违约，经对方书面通知后15日内仍未改正的，守约方有权书面通知解除合同。
（二）因乙方原因连续两个月月可用率低于承诺值的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（三）合同解除或终止的，乙方应给予甲方不少于30日的过渡期，过渡期内云服务正常运行，并配合甲方将数据迁移至新的系统。

十三、法律适用与争议解决
（一）本合同适用中华人民共和国法律。
（二）争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、不可抗力
（一）因地震、洪水、公共卫生事件等不可抗力导致不能履约的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。云服务因公有云服务商原因中断的，不属于不可抗力。

十五、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）附件：需求确认书、门店清单、数据迁移方案。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
签订日期：2027年3月　日
"""

Z04 = """政府采购合同
（地下综合管廊环境与设备监控系统年度运维服务）

项目编号：ZJJ-CS-2026-058
采购方式：竞争性磋商

采购人（甲方）：某市住房和城乡建设局
供应商（乙方）：某市安澜智能运维科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就某市地下综合管廊环境与设备监控系统（以下简称“监控系统”）年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：城区已投运的六段地下综合管廊（总长约二十三公里）内的环境与设备监控系统，包括温湿度、氧气、甲烷、硫化氢等气体传感器，水位计，风机和排水泵控制单元，视频监控，入侵报警，光纤环网，以及监控中心的服务器、存储和监控平台软件。
（二）服务内容：监控中心驻场值守；传感器和控制单元的日常巡检、校准与维修；平台软件的日常维护、数据备份和安全加固；故障处置与应急保障；运维台账与月度、季度报告。
（三）备品备件：单价在人民币三千元以下的易损件由乙方提供并计入运维费，单价在三千元以上的设备更换，由乙方报价，经甲方书面确认后另行结算。
（四）平台软件的缺陷修复、补丁安装和配置优化包含在运维费内；涉及新增功能或与其他平台对接的，不属于本合同范围，由甲方另行采购。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。服务期满后如需继续采购，由甲方依法另行组织采购，本合同不自动续期。

第三条 合同金额与支付
（一）合同总价为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），包括人员、巡检、校准、易损件、工具、车辆及税费等全部费用。
（二）运维费按季度支付。每季度结束并经甲方季度考核后15个工作日内，甲方按考核结果支付当季运维费（每季度¥296,500，扣除考核扣款）。本合同不设预付款。
（三）乙方应在每次付款前开具等额发票。

第四条 人员要求
（一）乙方应在监控中心安排不少于四名值守人员，实行7×24小时值班；另配备巡检维修人员不少于六人，其中持有电工证和有限空间作业证的人员不少于四人。
（二）乙方项目负责人须具有机电或自动化相关专业中级以上职称，服务期内不得更换。确需更换的，应经甲方书面同意。
（三）乙方应于合同签订后10日内完成人员进场和交接，交接内容包括设备台账、软件账号、备份数据和历史故障记录。
（四）乙方应组织全部驻场人员参加管廊运营单位的安全培训和应急演练，每半年至少一次，演练记录报甲方备案。

第五条 服务标准
（一）监控系统月可用率不低于99.95%，气体传感器在线率不低于98%，视频在线率不低于97%。
（二）巡检：每段管廊每周至少巡检一次；气体传感器每季度校准一次，校准记录报甲方备案。
（三）故障处置：一级故障（监控平台中断、气体超限告警通道中断或排水泵控制失效）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个传感器或摄像机故障）2小时内响应，48小时内修复；三级故障在下次巡检时处理。
（四）乙方违反前款时限的，每超时一小时扣减当季运维费¥800；月可用率每低于承诺值0.01个百分点，扣减当季运维费¥2,000。
（五）应急保障：汛期（每年6月至9月）及重大活动期间，乙方应增派不少于两名应急人员二十四小时待命，并储备足量的排水泵控制模块和气体传感器。管廊发生积水、气体超限或入侵告警时，乙方应立即按甲方应急预案处置，并同步报告甲方值班领导。
（六）乙方应于每月5日前提交上月运维月报，每季度结束后10日内提交季度报告，内容包括可用率统计、故障清单、校准记录、备件消耗和改进建议。

第六条 考核与验收
（一）甲方每季度按磋商文件所附《运维服务考核细则》对乙方进行考核，考核内容包括可用率、在线率、巡检完成率、故障处置时效、台账完整性和安全生产情况。考核得分低于八十分的，甲方可要求乙方更换相关人员并限期整改。
（二）服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核平均得分不低于八十五分；全部传感器校准记录完整；运维台账、故障记录和备份数据完整移交；监控系统运行正常，无遗留一级、二级故障。
（三）验收以甲方签署的验收意见书为准。

第七条 数据安全
（一）监控系统采集的全部监测数据、视频及运行日志属于甲方，乙方仅为本合同目的使用，不得复制、留存或向任何第三方提供。
（二）乙方应落实网络安全等级保护要求，仅在监控中心内经堡垒机访问系统，严禁私接外网或使用个人移动存储介质；账号实行一人一号，操作日志留存不少于六个月。
（三）发生数据泄露、系统被入侵或监测数据被篡改的，乙方应在1小时内报告甲方，配合调查处置，并承担因其过错造成的全部损失。

第八条 保密
乙方对服务中知悉的管廊走向、结构图纸、入廊管线信息、监控点位及网络配置负有保密义务，不得以任何方式对外披露。保密义务不因合同终止而解除。乙方应与全部驻场人员签订保密协议，人员离场时收回其门禁卡、系统账号和全部工作资料，并将离场记录报甲方备案。

第九条 知识产权
乙方在服务期内编制的运维手册、巡检记录、故障分析报告及为本系统编写的维护脚本，知识产权归甲方所有，甲方可自由使用和修改。服务期满时，乙方应将上述资料的电子版和纸质版完整移交甲方，并协助下一服务单位完成交接，交接期不少于10日。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 安全生产
乙方人员进入管廊作业应遵守有限空间作业规定，执行“先通风、再检测、后作业”，并配备气体检测仪和安全防护用品。因乙方违规作业发生的安全事故由乙方承担全部责任。乙方应为全部作业人员购买意外伤害保险。

第十二条 违约责任
（一）乙方未按期完成人员进场交接，或未在甲方要求的期限内完成考核整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）乙方因故障处置不力造成管廊运行事故的，应赔偿甲方及管线单位的损失。
（三）乙方未按第五条完成巡检或校准的，每缺一次扣减当季运维费¥1,500，并应在甲方通知后3日内补做。
（四）甲方无正当理由逾期付款的，应按逾期金额的万分之二按日支付违约金。

第十三条 合同的履行与解除
（一）本合同为年度运维服务合同，为保障管廊监控工作的连续性，合同履行期间，甲乙双方均不得以对方违约为由单方解除本合同。乙方出现违约情形的，甲方可要求乙方继续履行、限期整改、扣减运维费并支付违约金。
（二）因不可抗力致使合同目的无法实现的，双方可协商解除本合同。

第十四条 法律适用与争议解决
（一）本合同适用中华人民共和国法律。
（二）因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
法定代表人或授权代表：　　　　　法定代表人或授权代表：
"""

Z05 = """# 软件销售及定制开发合同

**绣云科技标准合同文本 V3.0**（本文本由乙方提供，空白处由双方填写）

合同编号：XY-2027-0412

甲方（买方）：三都县水韵马尾绣工艺品有限公司（水韵马尾绣工作室）

乙方（卖方）：贵阳绣云科技有限公司

鉴于甲方为马尾绣手工艺品生产企业，需要对绣片从订单、配料、绣制、装裱到发货的各道工序进行跟踪管理，乙方为专业的手工艺行业软件开发商，双方经协商一致，就乙方向甲方销售“绣云工序追踪系统”并进行定制开发事宜，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供绣云工序追踪系统标准版软件（以下简称“软件”）一套，包括订单管理、工序派工、绣娘计件、物料领用、成品入库和发货管理模块。

1.2 乙方根据甲方需求进行以下定制开发：绣娘计件工资核算规则、订单工序看板、作品溯源二维码、微信小程序（客户查询订单进度及作品溯源）。

1.3 软件部署在甲方指定的云服务器上，云服务器由甲方自行购买。乙方负责安装部署、初始化配置和操作培训。

1.4 定制开发的具体内容以双方确认的《需求说明》为准。《需求说明》确认后，甲方提出的变更，乙方有权另行收费并相应顺延交付时间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绣云工序追踪系统标准版软件许可（永久，20个用户） | 168,000 |
| 2 | 定制开发（计件核算、工序看板、溯源二维码、小程序） | 236,000 |
| 3 | 部署实施及培训 | 26,000 |
| | 合计 | 430,000 |

合同总价为人民币肆拾叁万元整（¥430,000），含税。甲方超出20个用户使用的，每增加一个用户按乙方报价另行购买。

## 第三条 付款方式

3.1 本合同签订后5日内，甲方向乙方支付合同总价的65%，即人民币贰拾柒万玖仟伍佰元整（¥279,500）。乙方收到该笔款项后启动开发工作。

3.2 软件部署上线后5日内，甲方向乙方支付合同总价的35%，即人民币壹拾伍万零伍佰元整（¥150,500）。

3.3 乙方在收到每笔款项后开具相应发票。

3.4 甲方应将款项汇入乙方指定的银行账户。甲方未按期支付首付款的，乙方有权推迟启动开发，交付时间相应顺延。

## 第四条 交付

4.1 乙方在收到甲方首付款且《需求说明》经双方确认后60个工作日内完成软件部署及定制开发内容上线。

4.2 因甲方需求变更、资料提供不及时、服务器未准备就绪等原因造成延误的，交付时间相应顺延，乙方不承担责任。

4.3 乙方交付的资料包括：软件安装包、用户操作手册、管理员手册。源代码不属于交付范围。

4.4 本合同所称“上线”，是指乙方完成软件部署并向甲方开通管理员账号。

4.5 甲方应指定专人配合需求调研，及时提供订单样表、工序流程、计件单价表和绣娘名单，并自行准备扫码枪、标签打印机和工位平板电脑。甲方未按时配合的，乙方的交付时间相应顺延。

## 第五条 验收

5.1 软件部署上线即视为甲方验收合格。

5.2 甲方如对软件功能有异议，应在上线后7日内以书面形式提出，乙方将予以修改；甲方逾期未提出的，视为无异议。

## 第六条 售后服务

6.1 自软件上线之日起，乙方提供六个月的免费维护服务，内容为软件缺陷修复及远程技术支持。

6.2 免费维护期内，乙方在工作日9:00至18:00通过电话、微信或远程方式提供技术支持，乙方将尽力及时处理甲方提出的问题。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，维护费用按乙方届时的服务价格标准另行收取，双方另行签订维护合同。

6.4 因甲方操作不当、擅自修改系统配置、服务器故障或网络原因造成的问题，不属于免费维护范围，乙方可另行收费。

6.5 乙方发布软件新版本的，免费维护期内甲方可免费升级一次；免费维护期满后的版本升级，按乙方届时价格另行收费。

6.6 乙方提供的培训为上线前集中培训两次，每次不超过半天。甲方新增人员的培训，按乙方标准另行收费。

## 第七条 知识产权

7.1 软件及本合同项下定制开发成果（包括计件核算程序、工序看板、溯源二维码模块、小程序及其源代码、设计文档）的全部知识产权归乙方所有。

7.2 甲方在本合同约定范围内享有定制开发成果的非独占、不可转让的使用权，不得对软件进行修改、反向工程或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

7.4 甲方如需取得定制开发部分的源代码，应另行与乙方协商并支付源代码授权费用。

## 第八条 数据

8.1 甲方在使用软件过程中录入和产生的订单、绣娘信息、作品图片和客户信息等业务数据归甲方所有。

8.2 甲方同意，乙方可以在对上述数据进行脱敏处理后，将其用于产品改进、手工艺行业分析和市场推广，该项使用不因本合同终止而终止。

8.3 乙方对其部署和维护的系统采取数据加密、访问权限控制、操作日志等安全措施。乙方人员仅在提供维护服务时经甲方授权访问系统。发生数据泄露等安全事件的，乙方应在发现后24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方应赔偿甲方由此遭受的损失。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

9.2 甲方不得向第三方泄露乙方软件的技术资料、报价及本合同条款。

9.3 乙方有权将甲方名称、品牌标识及项目情况作为成功案例用于乙方的宣传推广，甲方对此予以配合。

## 第十条 违约责任

10.1 甲方未按约定期限付款的，每逾期一日，应按应付未付金额的千分之五向乙方支付违约金；逾期超过20日的，乙方有权暂停开发或维护服务，由此造成的延误由甲方负责。

10.2 乙方未按本合同约定履行义务的，应在接到甲方书面通知后继续履行或采取补救措施。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

11.2 甲方在开发过程中单方要求终止合作的，应支付乙方已完成工作量对应的费用，乙方已收取的款项不予退还。

11.3 合同解除后，甲方已支付的首付款中对应乙方已完成工作的部分不予退还。

## 第十二条 不可抗力

12.1 因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商处理。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.2 双方的通知以本合同首页所列地址、电话或微信联系人送达，一方变更联系方式的，应及时通知对方。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

附件：《需求说明》（待确认）

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

代表人：　　　　　　　　　　　　　代表人：

日期：　　　　　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between South Slough Software, Inc., an Oregon corporation with its principal office in Coos Bay, Oregon, USA (the "Vendor"), and Rizhao Haitong Timber Trading Co., Ltd., a company established in Rizhao, Shandong Province, People's Republic of China (the "Customer"). The Vendor's standard agreement is used, as amended by the parties for this project.
P:The Customer imports softwood logs through the port of Rizhao and operates two log yards. It wishes to replace its spreadsheet-based yard records with the Vendor's LogYard system for log scaling, yard inventory, fumigation tracking and dispatch, and the Vendor has agreed to license the software and deliver the services described below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LogYard Enterprise software, version 8, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion scripts and configurations developed by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including log measurements, vessel and bill of lading records, inventory positions, customer and carrier details and images.
P:1.4 "Final Acceptance" means the date on which the Customer signs the Final Acceptance Certificate under Article 5.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on servers located in the Customer's premises in the People's Republic of China, for an unlimited number of users at its two yards and its head office.
P:2.2 The Vendor shall deliver the following services: installation in the Customer's environment; configuration of the scaling rules, species and grade tables; an interface to the Customer's Kingdee ERP; an interface to the weighbridge system at each yard; an interface to the Rizhao port container and cargo system; conversion of the Customer's existing inventory records; user and administrator training; and go-live support on site for three weeks.
P:2.3 The detailed functional requirements are set out in Annex 1 (Requirements Specification) and the project plan in Annex 2.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,670,000 (one million six hundred and seventy thousand yuan), inclusive of applicable Chinese taxes, made up of: Software licence fee CNY 1,240,000; implementation and interface services CNY 386,000; training CNY 44,000. The Contract Price is fixed and covers all travel, expenses and third-party components.
P:3.2 The Customer shall pay the Contract Price in three instalments: (a) 20% within 30 days after signature of this Agreement, against the Vendor's invoice; (b) 45% within 30 days after Installation Completion, meaning that the Software is installed, the interfaces are connected and the converted data is loaded, which is not acceptance; and (c) 35% within 30 days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall achieve Installation Completion within 90 days and submit the Software for Final Acceptance testing within 130 days after signature of this Agreement.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing shall be carried out by the Customer with the Vendor's assistance, using the test scripts in Annex 3. The Software passes when all of the following are met: (a) every function listed in Annex 1 passes its test script; (b) the converted inventory reconciles with the Customer's physical yard count, log by log, with no unexplained differences; (c) each interface runs for ten consecutive working days without a failed or duplicated transaction; (d) scaling records for a full vessel discharge can be produced within two seconds per record on the Customer's hardware; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 If the Software fails a test, the Vendor shall correct the defect and repeat the test within 10 working days. Go-live, use of the Software in production or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Defects are classified as follows: Severity 1 means the Software is unavailable or scaling or dispatch cannot be recorded at a yard; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 defect within 1 hour, remotely, around the clock, and provide a fix or workaround within 8 hours; respond to a Severity 2 defect within 8 business hours; and respond to a Severity 3 defect within two business days.
P:6.3 For each hour by which the Vendor misses a response or fix time for a Severity 1 defect, the Vendor shall credit the Customer CNY 800, deducted from the next payment or paid within 30 days.
P:6.4 After the Warranty Period the Customer may order annual support and updates. The annual support fee shall be 11% of the Software licence fee, that is CNY 136,400 per year, and shall not be increased for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not use, copy, disclose or analyse it for any other purpose, including in aggregated or anonymised form.
P:7.2 The Software is installed on the Customer's servers. The Vendor's personnel may access the Customer's systems only through the VPN account provided by the Customer, with multi-factor authentication and session logging, and only for the task approved by the Customer. The Vendor shall not transfer Customer Data outside the People's Republic of China and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor or its personnel, cooperate in the investigation and remedial action, and indemnify the Customer for its resulting losses.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables belong to the Customer from the moment of creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and pricing information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 7 or Article 9, or infringement of intellectual property rights.
P:10.2 Neither party is liable for loss of profit or other indirect loss, except where the limit in Article 10.1 does not apply.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:12.2 The Customer may also terminate this Agreement if liquidated damages under Article 4.2 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the amounts paid for services not accepted, and the Customer keeps the licence to the Software for which it has paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Oregon, USA, without regard to its conflict of laws rules.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the state or federal courts located in Coos County, Oregon, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Requirements Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Scripts), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing in English or Chinese to the addresses stated on the signature page.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Name and title:                         Name and title:
"""

E02 = """# ORDER FORM — BASIN QUALITYWORKS SUPPLIER QUALITY CLOUD

**Order Form No. BQW-2027-0318** | Provider's China Terms, edition 2027

**Provider:** Basin QualityWorks, Inc., a Washington corporation, Moses Lake, Washington, USA ("Provider")

**Customer:** Wuhu Ruixing Auto Parts Co., Ltd., Wuhu, Anhui Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

A1.1 Provider will provide Customer with access to the Basin QualityWorks Supplier Quality Cloud (the "Service"): supplier onboarding and qualification, PPAP document management, incoming inspection, non-conformance and 8D corrective actions, supplier scorecards, and audit scheduling, in the Enterprise edition.

A1.2 The Service includes the Supplier Portal module, through which up to 600 of Customer's suppliers may submit PPAP files, respond to non-conformance reports and view their scorecards.

A1.3 Authorised Users: up to 400 named users employed by Customer and its affiliates in mainland China. Additional users may be ordered at the unit price in A3, prorated to the end of the current Subscription Year.

### A2. Subscription Term

A2.1 The Subscription Term is two Subscription Years starting on the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under A4.

A2.2 The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total for two years (CNY) |
|---|---|---|---|
| Supplier Quality Cloud, Enterprise edition, 400 named users | per Subscription Year | 368,000 | 736,000 |
| Supplier Portal module, up to 600 supplier accounts | per Subscription Year | 44,000 | 88,000 |
| Onboarding services (configuration, data load, interfaces, training) | one-time | — | 46,000 |
| **Total fees** | | | **870,000** |

Additional named users: CNY 880 per user per Subscription Year. All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

### A4. Onboarding and Go-Live Acceptance

A4.1 Provider will complete the onboarding services within 70 days after signature of this Order Form: configuration of Customer's inspection plans and defect codes; loading of Customer's supplier master data and open PPAP records; an interface to Customer's SAP system for goods receipts and supplier master data; single sign-on with Customer's directory; and training for 40 key users.

A4.2 Go-Live Acceptance is achieved when Customer confirms in writing that: (a) the functions listed in Exhibit 1 pass Customer's test scripts; (b) the loaded supplier master data and open PPAP records match Customer's source records in full; (c) the SAP interface has processed goods receipts for five consecutive working days without errors; and (d) pages open within three seconds for 200 concurrent users. Customer will complete its tests within 10 working days after Provider's notice of readiness. Use of the Service for training or testing is not Go-Live Acceptance.

A4.3 If Go-Live Acceptance is delayed beyond the date in A4.1 for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total, by deduction from the next invoice.

### A5. Invoicing and Payment

A5.1 Provider will invoice the onboarding fee on Go-Live Acceptance.

A5.2 Provider will invoice the annual fees for each Subscription Year on the first day of that Subscription Year.

A5.3 Customer will pay each correct invoice within 30 days of receipt by bank transfer. No amount is payable before the Subscription Start Date.

### A6. Contacts and Signatures

A6.1 Provider's account manager and Customer's project lead are named in Exhibit 2. Notices under this Order Form are sent to them by email with a copy by courier.

A6.2 This Order Form takes effect when signed by both parties.

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the internal business purposes of Customer and its affiliates, and to allow its suppliers to use the Supplier Portal.

1.2 Customer is responsible for the accuracy of the data its users enter and for keeping user credentials to authorised persons.

1.3 Provider may update the Service from time to time, provided that no update materially reduces the functions described in Exhibit 1.

1.4 Customer will not resell the Service, use it to build a competing product, or attempt to probe or disrupt the Service, and will ensure that its suppliers using the Supplier Portal accept Provider's portal terms of use.

### 2. Support

2.1 Provider provides support in Chinese and English through its portal and by telephone. Priority 1 (the Service is unavailable to all users) is handled around the clock; other priorities are handled from 08:30 to 18:00 China time on working days.

2.2 Provider will make new releases available to Customer at no extra charge and will give at least 10 days' notice of any planned maintenance, which will take place outside Customer's working hours.

2.3 Provider will assign a named customer success manager, who will hold a quarterly review with Customer's supplier quality team covering usage, open support tickets and the product roadmap.

### 3. Service Levels

3.1 Provider targets a monthly availability of the Service of 99.95%, excluding planned maintenance notified under 2.2.

3.2 Provider targets the following response times: Priority 1, 30 minutes; Priority 2, 2 hours; Priority 3, one working day.

3.3 Provider will report monthly availability and response times to Customer on request. The service levels in this Section are targets only. If Provider does not meet them, Customer is not entitled to any service credit, fee reduction, refund or damages, and Provider's only obligation is to investigate the cause and use reasonable efforts to prevent a recurrence.

### 4. Customer Data

4.1 "Customer Data" means all data, documents and files submitted to the Service by or for Customer, its users and its suppliers. Customer Data belongs to Customer.

4.2 Provider will use Customer Data only to provide the Service to Customer under this Order Form and will not use it for any other purpose, including in aggregated or anonymised form.

4.3 The Service is hosted in data centres in mainland China.

4.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data to Customer in a standard export format on request, and will then delete it from the Service.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public information received in connection with this Order Form, including pricing, product drawings, supplier information and quality records, and will use it only to perform this Order Form.

5.2 These obligations survive for five years after the end of the Subscription Term, and for drawings and trade secrets for as long as they remain secret.

### 6. Subcontractors

6.1 Provider may engage subcontractors, including its hosting partner and local implementation partners, to perform any part of the Service or the onboarding services without Customer's consent. Provider will publish the names of its subcontractors on its customer portal and remains responsible for their performance.

### 7. Intellectual Property

7.1 Provider owns the Service and all related software and documentation.

7.2 The inspection plans, templates, workflows, reports and interface mappings configured specifically for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and allow third parties to use them freely, including after the end of the Subscription Term, and Provider will export them on request.

### 8. Liability

8.1 Each party's total liability arising out of this Order Form is limited to twice the total fees in A3.

8.2 The limit does not apply to personal injury, fraud, wilful misconduct, breach of Section 5, or Customer's payment obligations.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

9.2 If Customer terminates under 9.1, Provider will refund the prepaid fees for the remainder of the Subscription Year in which termination takes effect.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute that the parties cannot resolve by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate as part of a reorganisation.

11.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.3 This Order Form, with Exhibit 1 (Service Description) and Exhibit 2 (Contacts), is the entire agreement between the parties about the Service.

**For Provider:** ____________________ **For Customer:** ____________________
"""

E03 = """T:PURCHASE CONTRACT FOR WIRELESS SENSORS AND MONITORING SOFTWARE
P:Contract No. LY-CG-2027-022 (Buyer's standard form for equipment and software)
P:Buyer: Tianjin Lengyun Cold Chain Logistics Co., Ltd., Tianjin, People's Republic of China (the "Buyer")
P:Supplier: Okanogan Sensing Systems, Inc., a Washington corporation with its principal office in Omak, Washington, USA, acting through its representative office in Shanghai (the "Supplier")
P:The Buyer operates three refrigerated warehouses in Tianjin for frozen food and pharmaceuticals. The Buyer wishes to install continuous temperature and humidity monitoring in all cold rooms, loading docks and reefer truck bays, and has selected the Supplier after a competitive tender. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, LoRa gateways and the Supplier's ColdWatch monitoring platform software, and shall configure alarms, reports and interfaces so that the Buyer can monitor every storage zone in real time and keep records that satisfy GSP requirements for pharmaceutical storage.
P:1.2 The Supplier shall develop an interface to the Buyer's warehouse management system and an interface to the Buyer's SMS and voice alarm platform, and shall configure dashboards for each warehouse and for the Buyer's quality department (together, the "Custom Deliverables").
P:1.3 The detailed technical requirements, sensor locations and quantities are set out in Annex 1 (Technical Specification) and Annex 2 (Site Layout).
H:2. Contract Price
P:2.1 The total Contract Price is CNY 2,322,000, inclusive of VAT, duties, transport, insurance to site and all other costs of the Supplier. The price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with mounting kit|1,200|980|1,176,000
TB:2|LoRa gateway with 4G backup and battery|64|6,500|416,000
TB:3|ColdWatch monitoring platform licence, perpetual, three sites|1|520,000|520,000
TB:|Hardware and licence subtotal|||2,112,000
TB:4|Installation, commissioning and interfaces|1 lot|184,000|184,000
TB:5|Training of operators and quality staff|1 lot|26,000|26,000
TB:|Total Contract Price|||2,322,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all equipment has been delivered and installed and the Buyer has signed the installation record. Signature of the installation record is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouses within 60 days and complete installation and commissioning within 100 days after signature of this Contract.
P:4.2 Installation in operating cold rooms shall follow the Buyer's schedule and hygiene rules. The Supplier's staff shall wear the protective clothing provided by the Buyer and shall not open cold-room doors for longer than the Buyer allows.
P:4.3 If the Supplier fails to meet a date in Clause 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under Clause 12.
P:4.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and the factory calibration certificate of each sensor. The Buyer shall check quantities and visible damage on delivery; this check does not waive any claim for defects found later.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance is granted when all of the following are met: (a) every sensor reports at the configured interval and no sensor is offline for more than 30 minutes in total during the trial period; (b) the temperature readings of a sample of sensors chosen by the Buyer agree with a calibrated reference thermometer within ±0.3 °C; (c) alarms reach the Buyer's duty staff by SMS and voice call within 60 seconds in the alarm tests of Annex 1; (d) the interface to the warehouse management system transfers zone data without loss during the trial period; and (e) calibration certificates for all sensors and all documentation have been delivered.
P:5.2 If a test fails, the Supplier shall remedy the cause at its own cost and the trial period or the failed test shall be repeated. Use of the system during the trial period, installation records and payments do not constitute acceptance. Final Acceptance is evidenced only by the Final Acceptance Certificate signed by the Buyer.
H:6. Warranty and Service Levels
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective sensor, gateway or other equipment free of charge, correct software defects, supply software updates and recalibrate the sensors once a year.
P:6.2 During the warranty period the monitoring platform shall achieve a monthly availability of at least 99.95%.
P:6.3 A Severity 1 fault (the platform is down, or a whole cold room or dock has no readings) shall be responded to within 30 minutes, and an engineer of the Supplier or its Tianjin service partner shall be on site within 6 hours if remote resolution is not possible. Other faults shall be responded to within 2 hours and resolved within three working days.
P:6.4 For each hour by which the Supplier misses a response or on-site time for a Severity 1 fault, the Supplier shall pay CNY 1,000, and for each 0.01 percentage point by which monthly availability falls short of Clause 6.2, CNY 2,000. These amounts are deducted from any payment due or from the warranty bond.
P:6.5 After the warranty period the Buyer may order annual maintenance for the fourth and fifth years. The annual maintenance fee is 9% of the hardware and licence subtotal, that is CNY 190,080 per year, fixed for both years. Maintenance is ordered by purchase order each year and does not renew automatically.
H:7. Data and Data Security
P:7.1 All monitoring data, alarm records, audit trails and reports generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including in anonymised or aggregated form.
P:7.2 The monitoring platform is installed on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN with individual accounts, multi-factor authentication and logging, and only with the Buyer's approval for each session. No data shall be transferred outside mainland China.
P:7.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the PRC, notify the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, take immediate remedial action, and compensate the Buyer for losses caused by the Supplier.
H:8. Intellectual Property
P:8.1 The ColdWatch software and the embedded software in the equipment remain the property of the Supplier, and the Buyer receives a perpetual licence to use them.
P:8.2 The Custom Deliverables, including source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely and may have them maintained by any third party.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's customer names, storage volumes and site layouts, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Clauses 7 and 9.
H:11. Subcontracting
P:11.1 The Supplier may use its Tianjin service partner named in Annex 3 for on-site installation and maintenance, as approved by the Buyer by signing this Contract. Any other subcontractor requires the Buyer's prior written consent. The Supplier remains fully responsible for all subcontracted work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Clause 4.3. The Supplier shall then refund all amounts paid for equipment and services not accepted and compensate the Buyer for its direct losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising from this Contract shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding.
H:14. Miscellaneous
P:14.1 Annex 1 (Technical Specification), Annex 2 (Site Layout) and Annex 3 (Service Partner) form part of this Contract. This Contract is made in Chinese and English; both texts have equal effect.
P:Buyer (seal): ____________________    Supplier (authorised signature): ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. SR-MSA-2027-011**

**Service Provider:** Shasta Ridge Managed Services, LLC, a California limited liability company with its principal office in Yreka, California, USA ("Provider")

**Customer:** Dongguan Mubang Furniture Co., Ltd., Dongguan, Guangdong Province, People's Republic of China ("Customer")

**Background.** Customer manufactures solid-wood furniture at two plants in Dongguan and runs a sales office in Shenzhen. Customer wishes to outsource the day-to-day operation of its end-user IT, network and servers to Provider for three years. Provider operates a remote operations centre and delivers on-site services in Guangdong through its local service partner. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Term" means the period of 36 months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the first day of the month following Transition Acceptance.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider or its personnel can access, store or process in performing the Services.

1.5 "Monthly Charge" means the fixed monthly charge set out in Schedule 2.

## 2. Transition

2.1 Provider shall carry out the transition of the Services from Customer's in-house team within 75 days after signature of this Agreement, in accordance with the transition plan agreed in the first two weeks. Transition includes discovery of all devices and systems, installation of Provider's monitoring and endpoint management agents, documentation of the network, creation of runbooks, and knowledge transfer from Customer's staff.

2.2 Transition Acceptance is granted by Customer in writing when: (a) all devices listed in the asset register are enrolled in monitoring and endpoint management; (b) the network and server documentation and the runbooks are delivered and reviewed by Customer; (c) the service desk has handled Customer's tickets for a shadow period of 20 working days and met the service levels in Schedule 3 during the last ten of those days; and (d) backup restores of three systems selected by Customer have been tested successfully. Starting the Services in shadow mode is not acceptance.

2.3 If Transition Acceptance is not achieved by the date in 2.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 3. Services and Service Levels

3.1 Provider shall provide the Services described in Schedule 1 during the Service Term and meet the service levels in Schedule 3.

3.2 If Provider fails to meet a service level, Customer shall receive the service credits in Schedule 3. Service credits are deducted from the next invoice and do not limit Customer's other remedies for repeated failures.

3.3 Provider shall deliver a monthly service report with ticket statistics, service level results, security patch status and recommendations, and shall attend a monthly review meeting with Customer's IT manager.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total contract value over the Service Term, including the transition fee, is CNY 2,152,000. The Monthly Charge is fixed for the Service Term.

4.2 The transition fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days. No advance payment is due.

4.3 Changes in the number of devices of more than ten percent in either direction shall be reflected by a written change to Schedule 2 at the unit rates stated there.

## 5. Personnel

5.1 Provider shall assign a named service delivery manager who speaks Chinese and English and who is available to Customer during Customer's working hours.

5.2 Provider shall ensure that its on-site engineers hold the qualifications listed in Schedule 1 and follow Customer's factory safety rules.

5.3 Provider shall not replace the service delivery manager or more than two of the engineers assigned to Customer in any quarter without first informing Customer and arranging a handover of at least five working days.

## 6. Intellectual Property

6.1 Provider's tools, monitoring software and know-how remain Provider's property. Provider licenses Customer to use the agents installed on Customer's devices during the Service Term.

6.2 The runbooks, network documentation, configuration files, scripts and reports prepared for Customer under this Agreement belong to Customer. Customer may use, modify and give them to any third party, including a successor provider.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including individual named accounts, multi-factor authentication for all remote access, logging of administrator activity, encryption of data in transit, and quarterly access reviews. Customer Data shall not be copied to Provider's systems except for monitoring metadata and ticket records, which shall be stored in mainland China.

7.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.

7.4 Provider shall notify Customer within 12 hours after becoming aware of a security incident affecting Customer Data or Customer's systems, contain it, cooperate in the investigation, and bear the costs and losses caused by its own fault.

## 8. Subcontracting

8.1 Provider may use its local service partner named in Schedule 1 for on-site services; Customer approves that partner by signing this Agreement. Any other subcontracting requires Customer's prior written consent. Provider remains responsible for all subcontracted work.

## 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Charges paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profits or loss of production.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the Priority 1 resolution target more than three times in any three consecutive months.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, hand over all documentation under 6.2 and delete Customer Data from its systems.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The award is final.

## 12. General

12.1 Neither party is liable for delays caused by force majeure, provided it informs the other party promptly.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 Schedules 1 to 3 form part of this Agreement. If a Schedule conflicts with the Sections above, the Sections prevail.

**For Provider:** ____________________ **For Customer:** ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, chat and portal support for about 620 users in Chinese and English; password resets; software requests | 07:30–20:00 China time, Monday to Saturday |
| Endpoint management | 700 PCs, laptops and tablets: patching, antivirus, software distribution, asset register | Continuous monitoring; changes in agreed windows |
| Network and server operations | Core and plant switches, firewalls, Wi-Fi, 26 servers, backup; monitoring, patching, capacity reports | Monitoring around the clock |
| On-site support | Engineers at both plants through the local service partner, Dongguan Xinlian IT Services Co., Ltd. | Working days, plus call-out for Priority 1 |

## Schedule 2 — Charges (CNY, VAT included)

| Item | Basis | Amount |
|---|---|---|
| Service desk | per month | 24,000 |
| Endpoint management, 700 devices | per month (CNY 26 per device) | 18,200 |
| Network and server operations | per month | 15,800 |
| Monthly Charge | per month | 58,000 |
| Monthly Charges over 36 months | 36 × 58,000 | 2,088,000 |
| Transition fee | one-time | 64,000 |
| Total contract value | | 2,152,000 |
| Additional device / exit assistance | per device per month / per engineer day | 26 / 2,400 |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network and firewalls (monthly) | 99.95% | 5% of the Monthly Charge for each 0.02 percentage point below target |
| Priority 1 incident (plant network or ERP access down) — response | 15 minutes | CNY 1,000 per incident |
| Priority 1 incident — resolution or workaround | 6 hours | CNY 3,000 per incident |
| Priority 2 incident — response / resolution | 1 hour / 1 working day | CNY 500 per incident |
| Critical security patches applied | within 10 days of release | 2% of the Monthly Charge per month missed |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
CROP WEATHER AND YIELD DATA API

Agreement No. MPD-DSA-2027-009

PARTIES

Modoc Plateau Data Services, Inc., a California corporation with its principal office in Alturas, California, USA ("Provider").

Dalian Hengfeng Grain Trading Co., Ltd., a company established in Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

Customer buys and sells corn, soybeans and wheat and manages price risk on these commodities. Provider publishes gridded weather observations, seasonal forecasts and crop yield estimates for the main growing regions of North and South America, the Black Sea region and Northeast China, delivered through an application programming interface. Customer wishes to subscribe to these data for two Subscription Years and to have Provider connect the data feed to Customer's trading analytics platform.

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A, as updated by Provider during the Term.

1.2 "API" means Provider's application programming interface through which the Data is delivered, with its documentation.

1.3 "Customer Inputs" means the field locations, crop observations, yield reports, portfolio regions and other information that Customer uploads to the API, and the records of Customer's queries.

1.4 "Integration Deliverables" means the connectors, transformation scripts, data models and dashboards developed by Provider for Customer under Clause 4.

1.5 "Subscription Year" means each of the two consecutive annual periods of the Term, the first starting on the Start Date.

1.6 "Start Date" means the date on which Provider issues production API keys to Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Term to access the API, download the Data and use the Data for Customer's internal research, trading and risk management, by up to 35 named users.

2.2 Customer may include the Data in internal reports and derived analyses. Customer shall not resell the Data or publish it in raw form to third parties.

2.3 The subscription includes up to 20 million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Schedule B.

2.4 Provider may add datasets, improve its models and change the format of the API during the Term, provided that it gives Customer at least 90 days' notice of any change that requires Customer to modify the Integration Deliverables and keeps the previous API version available during that period.

3. TERM

3.1 This Agreement starts on signature. The Term is two Subscription Years from the Start Date.

3.2 This Agreement does not renew automatically. Any renewal requires a new written agreement, and the parties shall begin discussions at least 60 days before the end of the Term.

4. INTEGRATION SERVICES

4.1 Provider shall develop and deliver connectors between the API and Customer's trading analytics platform, transformation scripts that load the Data into Customer's data warehouse, and three dashboards for weather risk, crop condition and yield outlook, as specified in Schedule C.

4.2 Provider shall deliver the Integration Deliverables for acceptance testing within 45 days after the Start Date.

4.3 Integration Acceptance is granted in writing by Customer when: (a) all datasets in Schedule A load daily into Customer's data warehouse for ten consecutive business days without missing or duplicated records; (b) the values loaded agree with the values returned by the API for a sample of grid points selected by Customer; (c) the three dashboards refresh within five minutes of each daily load; and (d) the documentation and source code of the Integration Deliverables are delivered. Production use of the Data before that date is not Integration Acceptance.

4.4 If Provider fails to deliver the Integration Deliverables for testing by the date in Clause 4.2 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000 in total.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule B. The Subscription Fee is CNY 486,000 per Subscription Year and the one-time Integration Fee is CNY 58,000, for a total of CNY 1,030,000 over the Term, excluding any overage charges.

5.2 Customer shall pay the Integration Fee and the Subscription Fee for the first Subscription Year within 10 days after signature of this Agreement. Provider will issue the production API keys after receiving that payment.

5.3 Customer shall pay the Subscription Fee for the second Subscription Year before that Subscription Year begins. Overage charges are invoiced quarterly in arrears.

5.4 All fees are in CNY and include VAT. Provider's local billing agent will issue Chinese VAT invoices. The fees are fixed for the Term.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed outside 08:00 to 22:00 China time.

6.2 Provider shall publish each daily dataset update by the time stated in Schedule A.

6.3 Provider shall respond to support requests as follows: Priority 1 (the API is unavailable or returns no data for all users), within 8 business hours; Priority 2 (a dataset is late or incorrect), within one business day; Priority 3 (questions and other requests), within three business days. Business hours are 08:00 to 17:00 Pacific Time, Monday to Friday.

6.4 If monthly availability falls below the level in Clause 6.1, Customer shall receive a credit of 5% of the monthly share of the Subscription Fee for each full 0.1 percentage point of shortfall, up to half of that monthly share. If a daily update is published more than 6 hours late on more than three days in a month, Customer shall receive a further credit of 3% of that monthly share. Credits are set off against the next invoice or refunded at the end of the Term.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer owns the Customer Inputs.

7.2 Customer grants Provider a licence to use the Customer Inputs to provide the API and the integration services to Customer. Customer also agrees that Provider may use the Customer Inputs, in de-identified and aggregated form, to calibrate and improve its yield models and the data products it offers to other customers. This licence continues after the end of the Term.

7.3 Provider shall keep Customer Inputs in encrypted storage, restrict access to its named data engineers with multi-factor authentication, keep access logs for at least two years, and test its security controls at least annually through an independent auditor. Provider shall notify Customer within 24 hours of any unauthorised access to Customer Inputs, take remedial action, and compensate Customer for losses caused by Provider's failure to comply with this Clause.

7.4 Customer Inputs that include personal information shall be processed in accordance with the Personal Information Protection Law of the PRC, and Customer shall upload only information it is entitled to provide.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data and the API. Nothing in this Agreement transfers any right in them to Customer except the licence in Clause 2.

8.2 The Integration Deliverables belong to Customer on delivery. Customer may use, modify and license them freely, including through third parties, and Provider shall deliver their source code.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's trading positions, portfolio regions and analyses, and shall use it only to perform this Agreement. This obligation continues for three years after the end of the Term.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of the integration services or the operation of the API without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 5.1.

11.2 The limit does not apply to breach of Clause 9, infringement of intellectual property rights, fraud or wilful misconduct.

11.3 Provider does not warrant that the forecasts will be accurate. Trading decisions based on the Data are made at Customer's own risk.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund the fees paid for the remaining part of the Term and for any Integration Deliverables not accepted.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL

14.1 Neither party is liable for failures caused by events beyond its reasonable control, provided it informs the other party promptly.

14.2 Notices shall be sent in writing by email and courier to the contacts named on the signature page. Either party may change its contact by notice.

14.3 Schedules A (Datasets), B (Fees) and C (Integration Specification) form part of this Agreement.

SCHEDULE B - FEES (CNY, VAT INCLUDED)

Subscription Fee, Subscription Year 1: 486,000
Subscription Fee, Subscription Year 2: 486,000
Integration Fee (one-time): 58,000
Total fees over the Term: 1,030,000
Overage: CNY 9,000 per additional million API calls

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, designs and labels

FILES = {
    "z01": ("h1014z01_labour_arbitration_case_platform.pdf", Z01),
    "z02": ("h1014z02_kettle_factory_line_control_retrofit.docx", Z02),
    "z03": ("h1014z03_pet_training_chain_booking_saas.txt", Z03),
    "z04": ("h1014z04_utility_tunnel_monitoring_om_service.txt", Z04),
    "z05": ("h1014z05_horsetail_embroidery_tracking_supplier_template.md", Z05),
    "e01": ("h1014e01_timber_yard_software_perpetual_licence.pdf", E01),
    "e02": ("h1014e02_supplier_quality_saas_order_form.md", E02),
    "e03": ("h1014e03_cold_chain_sensors_monitoring_licence.docx", E03),
    "e04": ("h1014e04_managed_it_services_36_months.md", E04),
    "e05": ("h1014e05_crop_weather_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prep, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prep, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# price items (must sum to the contract value), fee base for TCO, design rules, risk
DESIGN = {
    "z01": dict(lang="zh", category="software", value=1678000, items=[860000, 624000, 118000, 76000], fee_base=860000,
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, forum_outside=False,
                rules=[], risk="low"),
    "z02": dict(lang="zh", category="hardware", value=2010000,
                items=[588000, 312000, 144000, 99000, 312000, 305000, 218000, 32000], fee_base=1760000,
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 32, False, True,
                        True, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, forum_outside=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": dict(lang="zh", category="cloud", value=760000, items=[288000, 54000, 288000, 54000, 76000],
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 500 / 760000 * 100, None, None, True, None, None,
                        None, True, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": dict(lang="zh", category="services", value=1186000, items=[296500] * 4,
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False,
                        False, False, "PRC", S),
                sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-LD-LOW", "CR-TERMINATION"], risk="medium"),
    "z05": dict(lang="zh", category="software", value=430000, items=[168000, 236000, 26000], fee_base=168000,
                terms=T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False,
                        True, None, None, G),
                sla=False, ld=False, capped=False, deemed=True, forum_outside=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                risk="high"),
    "e01": dict(lang="en", category="software", value=1670000, items=[1240000, 386000, 44000], fee_base=1240000,
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                        False, "Oregon", G),
                sla=True, ld=True, capped=True, deemed=False, forum_outside=True,
                rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": dict(lang="en", category="cloud", value=870000, items=[736000, 88000, 46000],
                terms=T(99.95, 0.5, False, "buyer", False, True, True, 600 / 870000 * 100, 200, None, True, None,
                        None, None, False, True, True, "PRC", S),
                sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], risk="high"),
    "e03": dict(lang="en", category="hardware", value=2322000, items=[1176000, 416000, 520000, 184000, 26000],
                fee_base=2112000,
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, forum_outside=False,
                rules=[], risk="low"),
    "e04": dict(lang="en", category="services", value=2152000, items=[24000 * 36, 18200 * 36, 15800 * 36, 64000],
                terms=T(99.95, 0.25, True, "buyer", True, True, False, 1800 / 2152000 * 100, 6 / 36 * 100, None, True,
                        None, None, None, False, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], risk="medium"),
    "e05": dict(lang="en", category="cloud", value=1030000, items=[486000, 486000, 58000],
                terms=T(99.95, 8, True, "buyer", True, False, True, 700 / 1030000 * 100, 150,
                        (58000 + 486000) / 1030000 * 100, True, None, None, None, False, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-RESPONSE"], risk="medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def num(x):
    if isinstance(x, float) and x.is_integer() and x >= 1:
        return int(x)
    return x


def tco(d):
    """(total, share %) over the 5-year horizon from acceptance, or None when not computable."""
    t = d["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    total = d["value"] + years * fee
    return total, years * fee / total * 100


def derive(d):
    """The rules policy §3 gives for a label, in my own reading."""
    t, goods, r = d["terms"], d["terms"]["contract_kind"] == G, set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not d["capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    tc = tco(d)
    if tc and tc[1] > TH["tco_share"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    d = DESIGN[key]
    terms = {k: num(v) for k, v in d["terms"].items()}
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(d)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

TH_PATTERNS = [
    r"(?<![\d.,])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s?cent)",
    r"(?<![\d.])99[.．]90*(?!\d)",
    r"(?<![\d.])0?[.．]050*(?!\d)",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)",
    r"百分之(?:三十|四十|十五|百|一百)(?![一二三四五六七八九])",
    r"万分之五(?!十)", r"千分之零点五", r"(?<!十)四(?:个)?小时", r"(?<![二三四五六七八九])十二个月",
    r"(?:thirty|forty|fifteen|one hundred)[\s-]*per\s?cent", r"four[\s-]hours?", r"twelve[\s-]months?",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "within 4 hours", "4-hour", "0.05%", "0.05 %", "万分之五",
            "100%", "100 %", "30%", "30 %", "百分之三十", "40%", "15%", "12个月", "十二个月", "12 months", "twelve months",
            "thirty per cent", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.5%", "0.08%", "130%", "1.5%", "12.5%", "45%",
             "140%", "200%", "150%", "30日", "12日", "4日", "万分之三", "万分之八", "6小时", "48小时", "1,030,000",
             "99.95", "36 months", "24个月", "35%", "65%", "4G backup", "2.4 Provider", "二十四小时", "7×24小时"]


def scan(text):
    hits = []
    for form in (text, " ".join(text.split()), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(form)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Build and read back


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


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (n, n.rsplit(".", 1)[1]) for k, (n, _) in FILES.items() if n.endswith((".docx", ".pdf"))}
    write({k: FILES[k][1] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if k not in targets:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, _) in FILES.items():
        d = DESIGN[k]
        assert sum(d["items"]) == d["value"], (k, sum(d["items"]), d["value"])
        lab = label(k)
        assert lab["expected_rules"] == sorted(d["rules"]), (k, lab["expected_rules"], d["rules"])
        assert risk(lab["expected_rules"]) == d["risk"], (k, risk(lab["expected_rules"]))
        t = d["terms"]
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            assert t[key] is None or abs(t[key] - TH[key]) > 1e-9, (k, key, t[key])
        tc = tco(d)
        if tc:
            assert abs(tc[1] - TH["tco_share"]) > 2, (k, tc)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        hits = scan(text)
        assert not hits, (name, hits)
        assert lo <= n <= hi, (name, n)
        print("%-62s %-5s %5d  %-6s %s%s" % (name, d["lang"], n, d["risk"], ", ".join(r[3:] for r in lab["expected_rules"])
                                            or "(none)", "  TCO %.0f / share %.2f%%" % tc if tc else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in DESIGN if not DESIGN[k]["rules"]) == 2
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
