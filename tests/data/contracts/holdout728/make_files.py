"""holdout728: ten blind held-out draft contracts with their labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Builds every file from its source below
(.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the .json labels, derives each draft's rules
from its labels (my reading of policy section 3), and asserts the design list, the rule coverage, the text lengths
and that no label value or text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:加氢站安全监管平台建设项目合同
P:合同编号：QN-JG-2025-017
P:甲方（采购人）：某市氢能产业发展办公室
P:乙方（供应商）：某智联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目政府采购结果，甲乙双方经协商一致，就加氢站安全监管平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供加氢站安全监管平台软件（含企业端、监管端及移动端）永久使用许可，并完成定制开发、部署实施、数据对接和培训。
P:1.2 定制开发内容包括：全市加氢站储氢罐压力、温度、泄漏浓度等实时数据接入；氢气泄漏与超压预警模型；站点巡检与隐患闭环管理；监管驾驶舱及统计报表。
P:1.3 平台部署于甲方政务云，由甲方提供云资源，乙方负责软件安装、配置及与市应急管理平台、市场监管系统的接口对接。
P:1.4 乙方应提交需求调研报告、系统设计说明书、测试报告、用户手册、运维手册等全套文档。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万陆仟元整（¥1,986,000），为含税固定总价，其中：平台软件许可费¥1,160,000；定制开发费¥626,000；部署实施及数据对接费¥176,000；培训费¥24,000。
P:2.2 上述价款已包含乙方履行本合同所需的全部费用，甲方不再另行支付其他任何费用。
P:2.3 合同履行期间因政策调整新增接入站点的，新增接入按响应文件所列单价结算，累计变更金额不超过合同总价的10%。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的等额增值税发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，试运行期为六十日。
P:4.2 乙方应按甲方确认的实施方案推进工作，每两周向甲方书面报告进度，并如实说明存在的风险及应对措施。
P:4.3 因甲方原因（如云资源未按期提供、接口单位未配合）导致工期延误的，工期相应顺延，乙方应及时书面说明并保留相关记录。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；已接入加氢站的实时数据完整率不低于99.5%、采集延迟不超过5秒；预警模型经甲方组织的模拟泄漏、超压场景测试全部正确触发；平台在500个并发用户下页面响应时间不超过3秒；第三方机构出具的安全测评报告无高危问题。
P:5.2 最终验收标准：试运行期内未发生一级故障，初验遗留问题全部整改完毕，乙方移交全部技术文档及源代码。
P:5.3 平台部署、上线或甲方使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日经甲方同意）。
P:6.2 一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障次一工作日内处理。
P:6.3 响应或到场每迟延一小时，乙方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减当期质保服务评价分并支付违约金人民币2,000元，可从应付款中直接扣除。
P:6.4 乙方应每月向甲方提交服务报告，列明故障次数、响应及处理时长、可用率统计等内容。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:7.2 质保期内，乙方每季度对平台进行一次巡检并出具巡检报告，对发现的隐患及时修复；节假日及重大活动期间乙方应安排专人值守。
P:7.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥104,400/年），且质保期满后三个年度内不上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 本项目定制开发的预警模型、接口程序、驾驶舱及相关源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.3 乙方保证所交付软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台汇聚的全部加氢站运行数据、企业信息及监管记录均属于甲方所有，乙方仅为履行本合同之目的处理，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《网络安全法》及等级保护要求，通过甲方堡垒机进行运维操作，不得将数据拷贝出政务云环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或维护关系结束时，乙方应按甲方要求移交并彻底删除其掌握的全部数据副本，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、站点布局、安全隐患信息及技术资料负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务在本合同终止后持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交验收申请或逾期整改的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:11.4 乙方交付的软件存在质量问题经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收全部款项。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约、经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有同类监管平台实施经验的项目经理一名常驻甲方现场，实施期间未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
P:15.2 乙方应为甲方管理人员、各区监管人员及加氢站企业操作人员提供不少于三期培训，提供培训教材和操作手册，培训效果经甲方抽查考核。
P:15.3 甲方负责提供政务云资源、网络接入条件、必要的办公场地，并协调各加氢站企业配合数据接入。
H:第十六条 不可抗力
P:16.1 因地震、洪水、战争等不能预见、不能避免且不能克服的不可抗力事件致使合同不能履行的，受影响一方应在三日内书面通知对方，并在十五日内提供有关证明，双方可根据影响程度延期履行或协商变更合同。
P:16.2 不可抗力持续超过六十日致使合同目的无法实现的，任何一方可书面通知解除合同，已完成部分按实际工作量结算。
H:第十七条 其他
P:17.1 本合同附件包括采购文件、响应文件、需求规格说明书及实施方案，与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

Z02 = """T:植毛修剪生产线控制系统改造及维保合同
P:合同编号：SZC-GZ-2025-06
P:甲方（买方）：某县扫帚制品有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方为提升扫帚植毛、修剪工序的自动化水平，委托乙方对其二号、三号植毛修剪生产线的控制系统实施改造，并提供质保期满后的维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条生产线的控制系统改造，包括：更换PLC控制柜及伺服驱动系统；加装植毛孔位视觉检测单元和修剪长度激光检测单元；更换触摸屏人机界面；部署产线数据采集软件，实现产量、停机、不良品数据的实时采集。
P:1.2 改造后单线植毛节拍应由现有每分钟18把提升至每分钟26把以上，修剪长度误差不超过±0.8毫米。
P:1.3 乙方负责旧控制柜拆除、新设备安装、电气配线、程序编制、联调联试及操作培训。
P:1.4 乙方提供的设备应为全新、未使用过的合格产品，主要部件的品牌、型号应与投标文件一致，确需更换的须经甲方书面同意且性能不低于原型号。
P:1.5 培训分为操作培训和维修培训两部分，乙方应确保甲方每班次至少两名操作工和全部设备维修人员能够独立操作和排除常见故障。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC及I/O模块）|2套|168,000|336,000
TB:2|伺服驱动及电机套件|2套|142,000|284,000
TB:3|植毛孔位视觉检测单元|2套|118,000|236,000
TB:4|修剪长度激光检测单元|2套|76,000|152,000
TB:5|触摸屏人机界面|4台|12,500|50,000
TB:6|产线数据采集软件许可（永久）|1套|190,000|190,000
TB:|软硬件小计|||1,248,000
TB:7|控制程序编制及系统集成|1项|186,000|186,000
TB:8|安装调试|1项|62,000|62,000
TB:9|操作及维修培训|1项|14,000|14,000
TB:|合计|||1,510,000
P:2.2 上述价格含税、含运输、保险及安装所需辅材，为固定价格。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完成后十个工作日内，甲方支付合同总价的55%。到货安装不代表验收合格。
P:3.3 两条生产线均通过最终验收后十个工作日内，甲方支付合同总价的25%。
H:第四条 工期
P:4.1 乙方应于合同生效后七十五日内完成两条生产线的改造并提交验收申请。为减少停产损失，两条生产线应分别改造，每条线停线时间不得超过十日。
P:4.2 乙方进场施工前应提交施工方案及安全措施，经甲方确认后方可实施。
P:4.3 甲方负责提供施工所需的电源、压缩空气接口及临时存放场地，并安排生产技术人员配合调试。因甲方原因延误的，工期相应顺延。
P:4.4 乙方应在改造完成时向甲方交付电气原理图、接线图、PLC程序清单、设备说明书、合格证、操作规程及维修手册各两套，并提供电子版。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产二十日，期间满足以下条件方可通过最终验收：植毛节拍达到1.2条约定；修剪长度误差符合要求；视觉检测漏检率不高于0.5%；连续运行无因控制系统导致的停线；数据采集软件的产量、停机记录与人工台账一致。
P:5.2 验收由甲方组织，乙方配合，双方签署验收报告。试生产及甲方使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
P:5.3 经两次整改仍不能通过验收的，甲方有权要求乙方更换设备或解除本合同，乙方应退还已收款项并承担由此产生的拆除、运输费用及甲方的停产损失。
P:5.4 试生产期间乙方应安排技术人员驻厂，记录每班运行情况，并对操作工进行现场指导。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件，免费修复软件缺陷。
P:6.2 一级故障（整线停机）乙方应在1小时内远程响应，6小时内到达现场；二级故障（单工位停机）3小时内响应，次日到场。
P:6.3 乙方响应或到场每迟延一小时，向甲方支付违约金人民币800元，甲方可从应付款项中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含每季度巡检、备件优惠、故障抢修），年度维保费为软硬件小计的8%（即¥99,840/年），该价格在质保期满后两个年度内固定不变。维保合同到期前由双方书面确认是否续签，不自动续期。
P:6.5 乙方应在甲方厂区存放伺服驱动器、I/O模块、检测相机等易损备件各一套，质保期内消耗的备件由乙方免费补足。
P:6.6 乙方应建立设备维护档案，每次维修后填写维修记录，注明故障原因、处理措施及更换部件，经甲方设备员签字确认。
H:第七条 知识产权与数据
P:7.1 乙方为本项目编制的PLC程序、触摸屏组态工程及其源文件归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 生产线运行数据、工艺参数及产量数据属于甲方，乙方仅可为履行本合同使用，不得用于其他目的。
P:7.3 乙方远程维护须经甲方逐次授权，通过甲方指定的远程通道进行，不得留存甲方工艺数据；因乙方原因造成数据泄露或被篡改的，乙方应在2小时内通知甲方并赔偿由此造成的全部损失。
H:第八条 保密
P:8.1 双方对在合作中获悉的对方技术资料、工艺配方、价格及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成改造或逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方设备或软件不符合合同约定的，应免费更换或修复；给甲方造成停产损失的，应予赔偿。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:9.4 乙方逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项，拆除已安装设备并恢复原有控制系统，因此产生的费用由乙方承担。
H:第十条 分包
P:10.1 乙方可将电气配线及控制柜安装工作交由具备相应资质的单位实施，但应在进场前三日书面告知甲方分包单位名称。乙方对分包单位的工作质量和安全承担责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:11.2 一方因不可抗力不能履行合同的，应及时通知对方并提供证明，双方协商处理。
P:11.3 合同解除后，乙方应在十日内移交已完成部分的程序、图纸及技术资料，双方按已完成且经甲方确认的工作量结算。
H:第十二条 安全生产
P:12.1 乙方人员在甲方厂区施工应遵守甲方安全管理制度，因乙方原因发生的安全事故由乙方负责。
P:12.2 乙方应为进场人员办理意外伤害保险，特种作业人员应持证上岗。施工涉及动火、登高或带电作业的，应提前办理甲方审批手续。
P:12.3 乙方应做好施工现场的清理工作，拆除的旧控制柜及线缆按甲方指定地点堆放，归甲方所有。
H:第十三条 法律适用及争议
P:13.1 本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
P:13.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """排球培训门店预约及会员管理系统服务合同

合同编号：PQ-SAAS-2025-045
甲方（客户）：某体育文化发展有限公司
乙方（服务商）：某云数科技有限公司

甲方在全国经营45家连锁排球培训门店，拟采用乙方的排球培训预约及会员管理云服务（以下简称“云服务”）。双方依据《中华人民共和国民法典》等法律法规，就云服务订阅及实施事宜达成如下协议。

一、服务内容
（一）订阅服务
1. 乙方向甲方45家门店开通云服务，功能包括：课程排期与场地预约、教练排班、学员会员卡及课时包管理、线上缴费与退费、体测及技能等级记录、家长端小程序、经营数据看板。
2. 云服务部署在乙方租用的境内云平台，乙方负责平台的运行、维护、安全防护与版本升级。
3. 订阅期为两个服务年度，首个服务年度自系统上线验收合格之日起算。
（二）实施服务
1. 乙方负责将甲方现有会员、课时余额、储值余额及历史课程记录迁移至云服务，完成小程序品牌化配置、与甲方财务系统及支付通道的对接。
2. 乙方为每家门店的店长及前台人员提供线上培训，并为总部运营人员提供两次现场培训。
3. 乙方应指定一名项目经理负责实施，指定专属客户成功经理负责服务期内的日常对接，人员变更应提前十日通知甲方。
4. 乙方应在实施完成时交付系统操作手册、管理员手册、接口说明文档及数据字典。

二、服务费用
（一）订阅费按门店计收，每家门店每个服务年度人民币6,800元，45家门店每个服务年度合计人民币306,000元，两个服务年度合计人民币612,000元。
（二）实施费为人民币86,000元，一次性支付。
（三）合同总价为人民币698,000元（含税）。服务期内新增门店按每店每服务年度6,800元计收，按剩余月份折算。
（四）服务期内甲方关闭门店的，自关闭次月起停止计收该门店订阅费，已付部分在下一期订阅费中抵扣。
（五）除本合同约定外，乙方不得以短信通道费、存储扩容费等名义另行收取费用；短信发送量超出每店每月两千条的部分，按每条0.04元另行结算。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。甲方不预付任何款项。
（三）乙方应在收款前开具增值税专用发票。
（四）乙方应在每个服务年度结束后十日内向甲方提供该服务年度的服务总结，包括可用率统计、故障清单、工单处理情况及改进建议，作为甲方支付下一服务年度订阅费的依据之一。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移和配置，提交上线验收申请。
（二）上线验收标准：
1. 迁移后的会员数量、课时余额及储值余额与甲方原系统逐条核对一致；
2. 预约、签到、扣课、退费流程在全部门店试用七日无错误；
3. 小程序在晚间高峰时段（每晚18:00至21:00）页面打开时间不超过2秒；
4. 与财务系统、支付通道对账连续七日无差异。
（三）满足上述标准后双方签署上线验收单。系统上线试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提请验收；因乙方原因两次验收不合格的，甲方有权解除合同，乙方退还已收全部费用。
（五）乙方逾期提交上线验收申请的，每逾期一日按合同总价的万分之六向甲方支付违约金。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划内维护应安排在凌晨0:00至6:00，并提前三日通知甲方；可用率按每月实际可用分钟数除以当月总分钟数计算，计划内维护时间不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或缴费）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（一般性问题或咨询）：次一工作日内答复。
（三）未达到约定可用率的，按以下标准在下一期订阅费中抵扣：月度可用率每低于约定值0.1个百分点，抵扣当月订阅费的2%，单月抵扣以当月订阅费为限。一级故障响应每迟延一小时，另行抵扣人民币500元。
（四）乙方应每月向甲方提供服务报告。
（五）乙方提供7×24小时服务热线及在线工单系统，门店人员可直接提交问题；乙方对每个工单记录受理时间、处理过程和结果，甲方可随时查询。
（六）乙方升级版本前应提前五日通知甲方，重大功能变更须经甲方确认，升级不得影响门店营业时段的正常使用。

六、数据与安全
（一）甲方及其学员、家长的个人信息、训练记录、交易数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求采取加密存储、访问控制、操作日志留存等安全措施，每日进行数据备份，备份保留不少于三十日。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）服务终止后三十日内，乙方应将全部数据以通用格式交还甲方，并删除平台上留存的甲方数据，出具删除证明。
（五）乙方应每年委托第三方机构开展一次渗透测试，并将测试结论及整改情况告知甲方；平台应通过网络安全等级保护第三级测评。

七、保密
双方对在合作中知悉的对方商业信息、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

八、知识产权
（一）云服务平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、报表模板及接口程序归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证云服务及交付成果不侵犯任何第三方的知识产权；因此发生纠纷的，由乙方负责处理并承担甲方因此遭受的损失。

九、续期
本合同订阅期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可循环续期。续期时乙方有权根据其产品价格体系调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应提前十五日书面告知甲方调整后的价格。

十、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，应事先取得甲方书面同意。经同意的分包单位的行为视为乙方的行为，由乙方承担全部责任。

十一、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）一方违约给对方造成损失的，应予赔偿。
（三）甲方逾期支付订阅费超过三十日，经乙方书面催告后十五日内仍未支付的，乙方可暂停服务，但应提前五日通知甲方，且暂停期间不得删除甲方数据。
（四）因不可抗力导致服务中断的，受影响一方应及时通知对方并提供证明，双方协商延期或部分免除责任；不可抗力持续超过三十日的，甲方可解除合同并按剩余服务期退费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十三、其他
本合同附件包括门店清单、功能清单及数据迁移方案，为本合同不可分割的组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

Z04 = """援疆项目管理系统年度运维服务合同

合同编号：YJ-ZHB-YW-2025-03
甲方：某省援疆前方指挥部
乙方：某信息技术服务有限公司

为保障援疆项目管理系统稳定运行，甲方委托乙方提供该系统的年度运维服务。双方根据《中华人民共和国民法典》及相关规定，经协商一致，签订本合同。

第一条 服务对象与期限
（一）服务对象为甲方援疆项目管理系统，包括项目库管理、资金拨付跟踪、工程进度填报、现场影像上传、绩效评价、移动端应用等模块，以及系统所在的应用服务器、数据库服务器和相关中间件。
（二）服务期自2025年4月1日起至2026年3月31日止。服务期满本合同终止；甲方需继续采购运维服务的，另行组织采购。

第二条 服务内容
（一）驻场运维：乙方派驻两名运维工程师在甲方办公地点工作，工作日8:30至18:00在岗，负责日常巡检、用户支持、账号权限管理、数据填报指导。
（二）远程技术支持：乙方提供7×24小时电话及远程支持，负责故障诊断与处理、缺陷修复、小版本升级。
（三）安全加固：每季度开展一次漏洞扫描与安全加固，配合甲方完成网络安全等级保护测评整改；每半年组织一次应急演练。
（四）数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练并出具演练报告。
（五）年度报告：服务期结束前提交年度运维总结，提出系统优化建议。
（六）变更管理：系统配置变更、版本升级和补丁安装应提前提交变更方案，经甲方批准后在非工作时间实施，并做好回退准备；重大变更应先在测试环境验证。
（七）重要时期保障：在年度资金拨付、项目集中申报等重要时期，乙方应增派技术人员现场值守，值守费用已包含在合同价款中。

第三条 服务费用
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税，包括：驻场运维费¥288,000；远程技术支持及版本维护费¥126,000；安全加固及应急演练费¥48,000；数据备份及恢复演练费¥24,000。
（二）上述费用包括乙方人员的工资、差旅、食宿及交通费用，甲方不另行支付。
（三）服务期内因甲方新增系统模块导致运维工作量明显增加的，双方另行协商增补费用。

第四条 付款方式
（一）服务费按季度支付，每季度支付¥121,500。
（二）每季度结束后，甲方按第七条对乙方进行季度考核，考核合格后二十个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。
（三）乙方应在每次付款前开具合规发票。

第五条 服务启动
（一）乙方应在合同签订后七日内完成与原运维单位的交接，驻场人员到岗，并提交运维服务方案和应急预案。
（二）乙方逾期完成交接或驻场人员逾期到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第六条 服务水平
（一）系统年度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（系统整体无法访问或资金数据错误）：30分钟内响应，2小时内恢复；
2. 二级故障（单个模块不可用）：1小时内响应，6小时内恢复；
3. 三级故障（个别用户或非核心功能问题）：当日内响应，三个工作日内解决。
（三）一级故障响应或恢复每超时一小时，扣减当季服务费人民币1,000元；二级故障每超时一小时扣减人民币300元；系统年度可用率低于约定值的，每低于0.01个百分点扣减人民币2,000元。

第七条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检记录完整率、故障响应及恢复时限达标情况、用户满意度（抽样调查不低于90分）、安全加固完成情况、备份及恢复演练情况。考核得分低于80分的为不合格，乙方应限期整改。
（二）服务期满，甲方依据四个季度考核结果及年度运维总结组织年度验收，形成书面验收意见。
（三）乙方驻场人员未经甲方同意擅自离岗或更换的，每人次扣减人民币2,000元。
（四）季度考核结果以书面形式通知乙方，乙方有异议的，可在五个工作日内提出复核申请。

第八条 数据安全
（一）系统内的全部项目数据、资金数据、影像资料及用户信息均属于甲方所有，乙方仅为提供本合同运维服务而访问和处理，不得用于其他目的。
（二）乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》，运维操作一律通过甲方堡垒机进行并留存操作日志，不得私自导出、拷贝数据，不得在个人设备上存储系统数据，不得在系统中设置后门。
（三）乙方人员应签署数据安全承诺书，乙方对其人员的行为负责。
（四）发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查。
（五）服务期满或合同终止时，乙方应交回全部账号权限，删除其掌握的全部系统数据，并出具书面确认。
（六）乙方应每季度向甲方报告数据安全状况，对发现的安全隐患提出整改建议。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、巡检工具、运维文档及优化代码，其知识产权归甲方所有，甲方可自由使用、修改。乙方保证其提供的服务及工具不侵犯第三方知识产权。

第十条 人员管理
（一）乙方驻场人员应具备三年以上同类系统运维经验，持有相应的专业资格证书，遵守甲方的工作纪律和管理制度。
（二）甲方认为乙方人员不能胜任工作的，有权要求更换，乙方应在五个工作日内派出符合要求的人员。
（三）驻场人员因休假等原因临时离岗的，乙方应提前安排具备同等能力的人员顶岗，并报甲方备案。
（四）乙方应每月向甲方提交运维月报，内容包括巡检结果、故障及工单统计、变更记录、安全事件及备份情况。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或分包。

第十二条 甲方责任
（一）甲方为乙方驻场人员提供办公场所、网络条件及必要的系统访问权限。
（二）甲方指定专人负责与乙方对接，及时确认乙方提交的变更方案、考核结果和运维报告。
（三）甲方发现系统异常时应及时通知乙方，并配合乙方开展故障排查。

第十三条 违约责任
（一）乙方未按合同约定提供服务的，应在甲方要求的期限内改正，并按本合同第五条、第六条、第七条承担相应责任。
（二）因乙方原因造成系统数据丢失或损坏的，乙方应负责恢复，并赔偿甲方由此遭受的损失。
（三）甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
（四）乙方连续两个季度考核不合格的，甲方可约谈乙方负责人，并将考核结果记入供应商履约评价。

第十四条 合同的变更与解除
本合同履行期间，任何一方不得擅自变更或解除合同。因援疆工作安排调整等原因确需变更或解除的，由双方协商一致并签订书面协议。

第十五条 不可抗力
因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商处理。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。本合同附件包括运维服务方案、驻场人员名单及应急预案。

甲方（盖章）：                      乙方（盖章）：
代表签字：                          代表签字：
日期：                              日期：
"""

Z05 = """# 软件许可及定制开发合同（标准文本）

> 乙方合同范本 版本号：MZ-RJ-2024-V3

合同编号：MZ-2025-0318

甲方：某竹蜻蜓玩具制品厂

乙方：某木作智造软件有限公司

甲方拟采购乙方的“木作工坊生产追踪系统”，用于竹蜻蜓雕刻、打磨、组装工序的生产追踪。双方经协商，按照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“木作工坊生产追踪系统”软件永久使用许可（单厂区，不限用户数），包括工单管理、工序报工、条码追溯、质量记录、库存及统计报表模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：数控雕刻机加工数据采集接口、组装工位扫码报工功能、竹料批次追溯、产品出货追溯报表。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。

1.4 软件许可仅限甲方在本合同载明的厂区内使用。甲方新增厂区、分支机构或关联企业使用的，应另行购买许可。

1.5 系统运行所需的服务器、数据库、操作系统、扫码枪、工位终端及网络设备由甲方自行采购，不在本合同范围内。

1.6 本合同项下软件版本为V3.2，乙方不保证后续版本与甲方定制功能兼容。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追踪系统软件许可（永久） | 960,000 |
| 2 | 定制开发 | 318,000 |
| 3 | 实施部署及培训 | 102,000 |
| | 合计 | 1,380,000 |

合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税。

上述价款不含甲方自备的服务器、数据库及终端设备费用，也不含乙方人员赴甲方现场的差旅费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 乙方收款后开具增值税普通发票；甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方未按期付款的，乙方有权暂停实施、定制开发或技术支持工作，由此导致的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方在收到首笔款项后九十日内完成系统部署及定制开发，具体进度以乙方项目计划为准。

4.2 甲方应按乙方要求提供服务器、网络环境、基础数据及配合人员。甲方提供条件迟延的，工期顺延。

4.3 乙方交付内容为系统安装程序、用户手册及管理员手册。定制开发部分不提供源代码。

4.4 甲方在实施过程中提出需求变更的，乙方有权评估工作量并另行收费，工期相应顺延。需求变更以乙方书面确认的变更单为准。

4.5 乙方为甲方关键用户提供不超过三天的集中操作培训，培训场地及参训人员由甲方安排。超出部分的培训按乙方人天单价另行计费。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在系统上线运行后对系统功能提出的意见，乙方将在后续版本中统筹考虑。

5.3 乙方通知甲方上线后，甲方在十日内未提出书面异议的，亦视为验收合格。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 乙方在工作日工作时间通过电话、邮件或远程方式受理甲方的问题，并尽合理努力予以解决。

6.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，年度维护费按软件许可费的25%计收（即¥240,000/年）。

6.4 甲方自行修改系统或因甲方操作不当、硬件及网络故障导致的问题，不属于免费维护范围。

6.5 乙方需要派员到甲方现场处理问题的，甲方应承担乙方人员的差旅及食宿费用，并按乙方公布的人天单价支付现场服务费。

6.6 乙方有权根据产品规划对系统进行升级，升级后的功能、界面变化不构成乙方违约。

## 第七条 知识产权

7.1 本系统及乙方为甲方定制开发的全部功能、程序、接口及文档的知识产权均归乙方所有。

7.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 乙方应采取访问控制、数据加密和备份等必要措施保障系统数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.3 甲方可通过系统的导出功能自行导出其生产数据。

8.4 甲方同意，乙方可对系统运行中产生的工艺参数、工时及质量数据进行脱敏处理后，用于乙方产品改进、行业分析及对外提供的行业基准服务。

## 第九条 保密

9.1 双方对在合同履行过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密期限为合同终止后两年。

9.3 乙方可在其宣传材料、客户名单及案例介绍中使用甲方名称及本项目的实施情况。

## 第十条 违约责任

10.1 因乙方原因未能按期完成部署的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或停产损失承担责任。

10.4 乙方不保证系统能够满足甲方的全部业务需求，也不保证系统运行不中断或没有任何错误。

10.5 甲方逾期付款超过三十日的，乙方有权收回软件使用授权，由此造成的损失由甲方承担。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方可书面通知解除本合同。

11.2 合同解除时甲方已支付的款项不予退还，但乙方违约导致解除的除外。

11.3 合同解除或终止后，甲方应停止使用本系统并删除已安装的软件副本，但甲方已全额支付许可费的除外。

## 第十二条 不可抗力

因不可抗力导致合同无法履行的，受影响方不承担违约责任，但应及时通知对方。受影响方应在不可抗力事件结束后十日内提供相关证明，双方协商决定是否继续履行。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人，负责需求确认、基础数据整理、测试配合及内部协调，并保证所提供资料的真实、准确和完整。

13.2 甲方应妥善保管系统账号及密码，因甲方人员泄露账号、误操作或擅自修改配置造成的损失由甲方自行承担。

13.3 甲方应按照乙方提供的配置要求准备运行环境，并负责数据库的日常备份；因运行环境不符合要求导致的问题由甲方负责。

13.4 甲方应安排操作人员按时参加培训，并在上线前完成历史数据的整理和导入。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同未尽事宜，双方另行签订补充协议。

15.2 本合同以乙方标准文本为基础，双方对条款的修改须以书面补充协议的形式作出，手写修改无效。

15.3 本合同附件包括报价单、定制开发需求清单及实施计划。

15.4 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KM-TMS-2025-11
P:This Software Licence and Services Agreement (the "Agreement") is made between Kunming Southern Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan (the "Buyer"), and Khammouane Route Systems Sole Co., Ltd., a company incorporated in the Lao People's Democratic Republic with its principal office in Thakhek, Khammouane Province (the "Supplier").
P:The Buyer operates refrigerated trucking routes between Yunnan and the Mekong region and wishes to license the Supplier's route-planning and temperature-tracking software, have it configured for its fleet, and receive related services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's RouteCold transport management software, version 5, including the planning engine, dispatch console, driver mobile application and temperature-log module, in object code.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and other items the Supplier develops specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including vehicle positions, shipment records, temperature logs, customer details and driver information.
P:1.4 "Final Acceptance" means the Buyer's written acceptance issued under Article 5.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers for up to 260 vehicles and 80 named office users, for the Buyer's and its affiliates' internal business.
P:2.2 The Supplier shall configure the Software for the Buyer's depots and routes, build interfaces to the Buyer's warehouse management system, its finance system and its customers' order portals, migrate the Buyer's route and customer master data, and train the Buyer's dispatchers, drivers and administrators.
P:2.3 The detailed scope, work plan and test plan are set out in Annex 1 and Annex 2.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,600,000, inclusive of all taxes and the Supplier's travel costs, made up of: Software licence fee CNY 1,240,000; configuration, interfaces and data migration CNY 318,000; training CNY 42,000.
P:3.2 The price is fixed. No other charges are payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the contract price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the contract price within 20 days after the Software is installed and the interfaces have passed the functional test described in Annex 2. Installation and functional testing are not acceptance.
P:4.3 The Buyer shall pay the remaining 25% of the contract price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Supplier's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration and data migration within 100 days after signature and then request Final Acceptance testing.
P:5.2 The Buyer will grant Final Acceptance when all of the following are met: every function in Annex 1 works as specified; the planning engine produces a daily plan for the full fleet within three minutes; migrated master data reconciles record by record with the Buyer's source lists; temperature logs from all connected vehicles arrive in the Software within two minutes of being recorded; and the Software runs for 30 consecutive days in production without a Severity 1 fault.
P:5.3 Go-live, use of the Software in production or any payment does not by itself mean acceptance. If a test fails, the Supplier shall correct the defects within 15 days and the test will be repeated.
P:5.4 If the Supplier is late in requesting Final Acceptance testing, or in correcting defects, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to a maximum of 10% of the contract price. The Buyer may deduct delay damages from any amount due.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide new releases free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software is down or dispatching cannot be performed; the Supplier shall respond within 1 hour and restore service within 6 hours. Severity 2: an important function is impaired; response within 2 hours and a workaround within one business day. Severity 3: other faults and questions; response within one business day.
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200; for a Severity 2 response time, CNY 400 per hour. These amounts may be set off against any payment due.
P:6.4 After the Warranty Period the Buyer may buy annual support and new releases at 11% of the Software licence fee, that is CNY 136,400 per year. This fee is fixed for three years after the end of the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All rights in the Custom Deliverables pass to the Buyer on payment. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, also through third parties.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Agreement and for no other purpose, and shall not keep, copy or disclose it.
P:8.2 The Supplier shall access the Buyer's systems only through the remote-access channel the Buyer provides, with individual accounts, multi-factor authentication and session logging, and shall comply with the Buyer's security rules and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, take all steps needed to contain it, and bear the Buyer's losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for five years after the Agreement ends.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any subcontractor it is permitted to use.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of it.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Supplier shall refund all amounts paid, and the Buyer shall return or destroy the Software.
H:Article 13 Project Team and Buyer's Cooperation
P:13.1 The Supplier shall appoint a project manager with experience of at least two comparable transport-software projects, who will be available on the Buyer's premises in Kunming during configuration, data migration and acceptance testing. The Supplier shall not replace key staff named in Annex 3 without the Buyer's agreement, which will not be unreasonably withheld.
P:13.2 The Buyer shall provide servers, network access, office space for the Supplier's team and timely answers to the Supplier's questions, and shall name a project lead who can take decisions on its behalf. If the Buyer's failure to do so delays the work, the affected dates are extended accordingly, provided the Supplier has notified the delay in writing.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as floods, epidemics or border closures, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Lao People's Democratic Republic.
P:15.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be referred to arbitration by the Office of Economic Dispute Resolution in Vientiane, whose award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Scope and Specifications), Annex 2 (Test Plan) and Annex 3 (Project Team), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# FarmTrace Cloud — Order Form and General Terms

Order Form No. XK-OF-2025-027

## Part A — Order Form

### A1. Parties

- **Provider:** Xieng Khouang Agritech Solutions Co., Ltd., a company registered in the Lao People's Democratic Republic, with its office in Phonsavan, Xieng Khouang Province.
- **Customer:** Pu'er Highland Coffee Trading Co., Ltd., a company registered in the People's Republic of China, with its office in Pu'er, Yunnan.

### A2. Subscribed Service

FarmTrace Cloud, the Provider's hosted farm-traceability platform, in the Professional edition: grower registration, plot mapping, harvest and drying records, lot traceability from farm to export container, supplier audit checklists, certificate tracking and a buyer portal. The subscription covers up to 3,200 registered growers, 60 Customer staff users and 400 field-agent mobile accounts.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section 4 of Part B, and the second starts on its first anniversary. At the end of the second Subscription Year the subscription ends unless the parties sign a new Order Form. Any renewal will be at the same fees unless the parties agree otherwise in writing.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | annual | 286,000 |
| Subscription, Subscription Year 2 | annual | 286,000 |
| Onboarding: configuration, data import, interface to Customer's ERP, training | one-time | 58,000 |
| Total | | 630,000 |

All amounts are in CNY and include taxes. Additional growers above the subscribed number are charged at CNY 35 per grower per Subscription Year.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.
- The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
- No amount is payable before Go-Live Acceptance.

### A6. Service Levels and Contacts

Service levels are set out in Section 5 of Part B. Provider's support desk: support portal and hotline, staffed in Chinese and English. Customer's contract owner: Head of Sourcing. Provider's account manager: Regional Sales Director, Phonsavan.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer, its staff, growers or field agents enter into or upload to the Service, including grower identities, plot coordinates, harvest volumes, audit results, photographs and certificates, and all outputs derived from it for the Customer.

1.2 "Service" means the subscribed service described in A2, including updates the Provider makes generally available.

1.3 "Customer Configurations" means the forms, checklists, workflows, report templates and the ERP interface that the Provider builds for the Customer during onboarding.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for the Customer's business.

2.2 The Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

### 3. Onboarding

3.1 The Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes configuring the Service to the Customer's sourcing regions, importing the Customer's existing grower register and audit history, building the ERP interface and training up to 40 Customer staff and field supervisors.

3.2 If the Provider fails to achieve Go-Live Acceptance within that period for reasons within its control, it shall pay the Customer delay damages of CNY 380 for each day of delay, up to a maximum of CNY 30,000, which the Customer may deduct from the onboarding fee.

### 4. Go-Live Acceptance

4.1 The Customer will confirm Go-Live Acceptance in writing when: all functions listed in A2 work in the production environment; the imported grower register and audit history reconcile with the Customer's source files; the ERP interface transfers lot and purchase records for ten consecutive business days without error; and a test lot can be traced from grower to container in the buyer portal.

4.2 Use of the Service in production before that confirmation does not amount to acceptance. The Provider shall correct any failure within ten business days and repeat the test.

### 5. Service Levels

5.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 23:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the Service is unavailable or lot records cannot be saved) shall receive a response within 1 hour and be resolved or worked around within 6 hours. Priority 2 incidents shall receive a response within 3 hours. Other requests are answered within two business days.

5.3 If monthly availability falls below the committed level, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice.

5.4 The Provider shall send the Customer a monthly service report showing availability, incidents by priority, response and resolution times, and any credits due.

5.5 The Provider may update the Service from time to time, provided an update does not materially reduce its functions or security. Releases that change the field-agent mobile application shall be announced at least ten days in advance with release notes, so that the Customer can brief its field agents, and shall not be deployed during the main harvest weeks the Customer notifies each year.

5.6 The Provider may suspend access of a user who threatens the security of the Service, and shall tell the Customer at once and restore access as soon as the threat is removed. Suspension for non-payment requires at least 15 days' prior written notice after the payment falls due.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose or disclose it to third parties except as permitted under Section 8.

6.2 The Provider shall host Customer Data in data centres in mainland China, encrypt it in transit and at rest, restrict access to named personnel on a need-to-know basis, keep access logs for at least 180 days, back up Customer Data daily and test restoration each quarter.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all reasonable measures to contain it and remedy its effects, and compensate the Customer for losses caused by its breach of this Section.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it from its systems, and confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Service and all related software remain the property of the Provider.

7.2 Customer Configurations belong to the Customer. The Provider shall hand them over with their documentation at the end of the Subscription Term, and the Customer may use, modify and have them used by third parties without restriction.

### 8. Subprocessors and Subcontractors

8.1 The Provider may use hosting providers, support contractors and other subcontractors to perform any part of the Service. The Provider shall inform the Customer by e-mail at least ten days before a new subcontractor begins work. The Provider remains responsible for its subcontractors' performance and for their compliance with Section 6.

### 9. Confidentiality

9.1 Each party shall protect the confidential information of the other party with at least reasonable care, use it only for the purposes of this agreement and not disclose it to third parties, during the Subscription Term and for three years afterwards.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or for loss of profit.

10.2 The Provider's total aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 11. Term and Termination

11.1 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

11.2 If the Customer terminates under 11.1, the Provider shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the Lao People's Democratic Republic.

12.2 Disputes shall be settled by negotiation and, failing agreement within 30 days, by the competent court in Vientiane Capital.

### 13. General

13.1 This Order Form and these General Terms form the entire agreement. If they conflict, Part A prevails.

13.2 Changes must be agreed in writing by both parties.

Signed for the Customer: ____________________   Signed for the Provider: ____________________
"""

E03 = """T:Purchase Agreement for Condition-Monitoring Sensors and Monitoring Software Licence
P:Agreement No. QJ-CM-2025-08
P:Buyer: Qujing Red Earth Cement Co., Ltd., Qujing, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Houaphanh Sensor Technology Co., Ltd., Xam Neua, Houaphanh Province, Lao People's Democratic Republic (the "Supplier").
P:This Agreement is made on the Buyer's standard purchase terms. The Buyer wishes to fit the kiln, raw mill and cement mill drives of its plant with wireless vibration and temperature sensors and to monitor them with the Supplier's software. The parties agree as follows.
H:1. Definitions
P:1.1 "Devices" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's MachineWatch condition-monitoring software, licensed under clause 2.2.
P:1.3 "Plant Data" means all measurements, alarms, asset records and reports collected or produced by the Devices and the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 180 wireless vibration and temperature sensors and 14 gateways on the drive trains listed in Annex 1, and connect them to the Buyer's plant network.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software on the Buyer's own server for up to 200 measuring points at the plant, including the analytics, alarm and reporting modules.
P:2.3 The Supplier shall configure asset hierarchies, alarm limits and dashboards for each monitored machine, build an interface to the Buyer's maintenance management system so that alarms create work orders, and train the Buyer's maintenance engineers.
H:3. Price
P:3.1 The contract price is CNY 1,110,000, inclusive of taxes, delivery to the plant, insurance, installation and all other costs, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|180|2,600|468,000
TB:2|Industrial gateway with cellular backup|14|9,800|137,200
TB:3|MachineWatch software licence, 200 points, perpetual|1|386,000|386,000
TB:|Devices and licence subtotal|||991,200
TB:4|Installation, commissioning and interface to maintenance system|1|96,800|96,800
TB:5|Training|1|22,000|22,000
TB:|Contract price|||1,110,000
P:3.2 The price is fixed for the whole scope of this Agreement.
H:4. Payment
P:4.1 10% of the contract price within 30 days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.
P:4.2 65% of the contract price within 30 days after all Devices have been delivered and installed and the Software has been installed. Delivery and installation are not acceptance.
P:4.3 25% of the contract price within 30 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice or, for imported Devices, the customs and commercial documents listed in Annex 3.
H:5. Delivery
P:5.1 The Supplier shall deliver all Devices to the plant within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 Installation work on running machines shall be scheduled with the Buyer's production department and carried out during planned stops wherever possible.
P:5.3 For each day of delay in delivery, or in completing installation and commissioning, the Supplier shall pay delay damages of 0.1% of the contract price, up to 10% of the contract price. The Buyer may deduct these amounts from any payment due.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 45 consecutive days. The Buyer will issue Final Acceptance when: every sensor reports data to the Software at the configured interval; gateway data loss stays below 0.5% of expected samples; vibration readings agree with the Buyer's reference portable analyser within the tolerance in Annex 2 on at least ten test points; alarms correctly create work orders in the maintenance system; and the trial run has no Severity 1 fault.
P:6.2 Installation, commissioning, use of the system or payment does not amount to acceptance. If a criterion is not met, the Supplier shall correct the defect within 15 days and the trial run will be repeated for the affected part.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Devices and the Software for 24 months after Final Acceptance. During this period it shall repair or replace faulty Devices, including batteries that fail before their rated life, and correct Software defects free of charge, including shipping and site visits.
P:7.2 Severity 1 faults (the Software is down, or a whole gateway stops reporting) shall receive a response within 1 hour and an engineer on site or a working remote fix within 36 hours. Severity 2 faults (individual sensors or functions fail) shall receive a response within 3 hours. Other questions are answered within two business days.
P:7.3 For each full hour of delay in responding to a Severity 1 fault, the Supplier shall pay the Buyer CNY 600, and for each day of delay in restoring it, CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:7.4 After the warranty period the Buyer may order annual support, covering Software updates, remote diagnosis, repair of Devices and a yearly site inspection, at 10% of the Devices and licence subtotal, that is CNY 99,120 per year. This fee is fixed for the three years after the warranty period. Annual support is ordered each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the Devices' firmware remain the property of the Supplier, which grants the licence in clause 2.2.
P:8.2 The dashboards, alarm rules, asset models, interface code and reports made for the Buyer belong to the Buyer, who may use, change and have them changed by third parties freely. The Supplier shall hand over the source code of the interface.
H:9. Plant Data and Security
P:9.1 Plant Data belongs to the Buyer. The Supplier may use it only to perform this Agreement, and shall not copy it, keep it or use it for any other purpose.
P:9.2 The Software and its database shall be installed on the Buyer's server inside the plant network. The gateways shall send data only to that server. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's secure access gateway with individual accounts and logging.
P:9.3 The Supplier shall report any security incident affecting the Devices, the Software or Plant Data to the Buyer within 12 hours, help the Buyer contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information it receives from the other party, including plant layouts, process parameters and prices, and shall not disclose it without the other party's prior written consent. This clause survives termination for five years.
H:11. Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 150% of the contract price, except for personal injury, fraud, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under clause 5.3 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for the undelivered or unaccepted part and take back the related Devices at its own cost.
H:14. Site Rules
P:14.1 The Supplier's staff shall follow the Buyer's safety rules, including lock-out procedures, hot-work permits and protective equipment, and shall attend the Buyer's safety induction before starting work.
P:14.2 The Supplier shall keep its work areas clean, remove its packaging and waste from the plant, and make good any damage it causes to the Buyer's equipment or buildings.
H:15. Training, Documentation and Spare Parts
P:15.1 The Supplier shall train up to 24 maintenance engineers and analysts in two sessions at the plant, covering installation of sensors, battery replacement, alarm handling, trend analysis and basic fault diagnosis, and shall provide course material in Chinese.
P:15.2 Before Final Acceptance the Supplier shall deliver as-built drawings of sensor positions, the network diagram, configuration backups, user and administrator manuals, and a recommended spare-parts list.
P:15.3 The Supplier shall keep spare sensors and gateways of the supplied types available for purchase for at least seven years after Final Acceptance and shall give the Buyer at least six months' notice before any type is discontinued, together with a compatible replacement.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding.
H:17. General
P:17.1 Annex 1 (Monitored Machines), Annex 2 (Test Plan and Tolerances) and Annex 3 (Shipping Documents) form part of this Agreement.
P:17.2 This Agreement is made in English and Chinese in four originals, two for each party. Both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Services Agreement

Agreement No. BN-MSA-2025-36

**Customer:** Xishuangbanna Green Rubber Group Co., Ltd., Jinghong, Yunnan, People's Republic of China ("Customer")

**Provider:** Oudomxay Digital Services Co., Ltd., Muang Xay, Oudomxay Province, Lao People's Democratic Republic ("Provider")

The Customer runs rubber plantations, collection stations and two processing factories in southern Yunnan. It wishes to outsource the day-to-day operation of its plantation management application, its service desk and the monitoring of its site networks to the Provider. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms completion of Transition under Section 3.

1.5 "Customer Data" means all data of the Customer, its employees, tappers and buyers that the Provider handles in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's current support team according to a transition plan agreed within ten business days after signature. Transition includes knowledge transfer, documentation of all applications and network sites in scope, set-up of the Provider's monitoring tools and service desk, and a two-week parallel run.

3.2 The Customer will confirm completion of Transition in writing when: all applications, sites and devices in Schedule 1 are documented and monitored; the service desk has handled tickets for ten consecutive business days with all tickets logged and classified correctly; the run books for the ten most frequent incidents have been approved by the Customer's IT manager; and the Provider's monthly reporting has been demonstrated with live data. Starting work or handling tickets does not by itself complete Transition.

3.3 The Provider shall use its best efforts to complete Transition within 60 days after signature.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services in Schedule 1 with qualified personnel, in accordance with good industry practice and the Customer's IT policies as notified to it.

4.2 The Provider shall meet the Service Levels in Schedule 2 and report its performance against them every month.

4.3 If a Service Level is missed in any month, the Provider shall analyse the cause, present a written improvement plan at the next monthly service review, and carry out the actions agreed in that review. Repeated failures will be escalated to the steering committee described in Section 5.

4.4 The Customer shall give the Provider timely access to its applications, network devices and documentation, keep its licences for third-party software valid, and ensure that local staff at the sites assist the Provider's engineers with simple on-site tasks such as restarting equipment. The Provider is not responsible for a failure to meet a Service Level to the extent it is caused by the Customer, a local carrier's outage or a power cut at a site.

## 5. Governance

5.1 The parties shall hold a monthly service review between the Customer's IT manager and the Provider's service delivery manager, and a quarterly steering committee of senior managers from both parties.

5.2 Each party shall name its representatives in writing and keep the other party informed of changes.

5.3 The Provider shall propose at least two improvement initiatives per year, such as automation of routine tasks or reduction of recurring incidents, with a cost-benefit estimate for the Customer's decision.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The monthly charge is invoiced at the end of each month in which Services were provided and is payable within 30 days after receipt of a valid invoice.

6.2 The transition fee is invoiced after the Customer confirms completion of Transition and is payable within 30 days of the invoice.

6.3 The Charges are fixed for the Term. Work outside Schedule 1 is carried out only on the basis of a written change order at the rates in Schedule 3.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services for the Customer and for no other purpose.

7.2 At the end of the Term the Provider shall hand over all Customer Data and documentation it holds to the Customer or to a successor provider nominated by the Customer.

## 8. Intellectual Property

8.1 The Provider's tools, methods and know-how remain the Provider's property.

8.2 Scripts, run books, reports, configuration files and documentation created by the Provider specifically for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to third parties without restriction.

## 9. Confidentiality

9.1 Each party shall keep secret all business and technical information it receives from the other party in connection with this Agreement, use it only for the purpose of this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation lasts during the Term and for three years after it ends.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign a named service delivery manager and keep a stable team. The Customer may request the replacement of any person who does not perform adequately.

10.2 The Provider's staff who visit the Customer's sites shall follow the Customer's safety and site rules, including the rules for plantation roads and factory areas, and shall carry identification issued by the Provider.

10.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of approved subcontractors.

## 11. Liability

11.1 Neither party is liable to the other for indirect or consequential loss.

11.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury, fraud and wilful misconduct.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, including repeated failure to meet the Service Levels over three consecutive months.

12.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed Charges within 60 days after a reminder.

12.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred in an orderly way.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

## 14. General

14.1 This Agreement, with its three Schedules, is the entire agreement of the parties. Amendments must be made in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese-speaking first-line support for about 420 users at head office, two factories and 38 collection stations; ticket logging, password resets, user guidance | 07:00–21:00 daily |
| Application management | Plantation management application: incident resolution, minor changes, user and role administration, monthly patching, interface monitoring with the finance system | business days, on call at other times |
| Network monitoring | Monitoring of routers, switches, wireless links and VPN tunnels at all sites; first diagnosis and coordination of local carriers | 24 x 7 |
| Reporting | Monthly service report; quarterly capacity and risk review | monthly / quarterly |

## Schedule 2 — Service Levels

| Measure | Level |
|---|---|
| Availability of the plantation management application, per month | 99.95% |
| Priority 1 incident (application down, or a factory or more than five stations offline): response | 30 minutes |
| Priority 1 incident: restoration or workaround | 6 hours |
| Priority 2 incident (one site or one function affected): response | 2 hours |
| Service desk calls answered within 60 seconds | 90% of calls |
| Tickets resolved at first line | 70% of tickets |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 36 months at CNY 48,500 | 1,746,000 |
| Transition fee | one-time | 64,000 |
| Total Charges for the Term | | 1,810,000 |
| Additional work under a change order | per person-day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
MEKONG HYDROLOGICAL AND WEATHER DATA API

Agreement No. SY-API-2025-14

BETWEEN
Lancang River Shipping and Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jinghong, Yunnan ("Customer"); and
Sainyabuli River Data Co., Ltd., a company incorporated in the Lao People's Democratic Republic, with its office in Sainyabuli, Sainyabuli Province ("Provider").

BACKGROUND
The Provider operates a network of river gauges and weather stations along the Mekong and collects data from public agencies. It offers this data through an application programming interface (the "API"). The Customer operates cargo vessels on the Lancang-Mekong route and wishes to use the data to plan voyages, loading and berth times. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the water-level, discharge, rainfall, wind and forecast data made available through the API, together with the related metadata.
1.2 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.
1.3 "Activation Date" means the date on which the Customer confirms in writing that the Integration Acceptance tests in clause 4 have been passed.
1.4 "Customer Data" means the Customer's API queries and usage logs, the vessel positions, draught readings and voyage plans the Customer sends to the API, any gauge readings the Customer's crews contribute through the API, and all results produced for the Customer from them.
1.5 "Connectors" means the software connectors, data mappings and dashboards the Provider builds to bring the Data into the Customer's voyage-planning system.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to access the API, to use the Data in its business, and to display the Data to its employees, masters, agents and customers as part of its voyage information.
2.2 The subscription covers 42 gauge stations and 27 weather stations between Jinghong and Luang Prabang, hourly observations, a 72-hour forecast updated four times a day, and up to 400,000 API calls per month.
2.3 The Provider shall keep the Data accurate to the standards described in Annex 1 and shall flag any reading it has not verified.
2.4 The Customer shall not resell the Data as a separate product or publish the complete raw data sets, but it may include extracts, charts and derived voyage information in its own documents and customer notices.
2.5 The Provider shall give the Customer at least 30 days' notice of any change to the API that is not backward compatible, keep the previous version running for at least 90 days after the change, and update the Connectors free of charge so that they keep working.
2.6 The Provider shall provide a support desk reachable by e-mail, telephone and an online ticket system, staffed in Chinese and English on business days, with a duty engineer reachable by telephone at other times for Priority 1 incidents. The Provider shall send a monthly report on availability, incidents, data gaps and corrections.

3. TERM
3.1 The Term is two Subscription Years from the Activation Date.
3.2 The Agreement ends at the end of the second Subscription Year. The Customer may renew it for further Subscription Years at the same fees by written notice given at least 60 days before the end of the Term.

4. INTEGRATION AND ACCEPTANCE
4.1 Within 45 days after signature the Provider shall build the Connectors, deliver API credentials for test and production, and train the Customer's operations staff.
4.2 The Customer will confirm Integration Acceptance when: all stations in clause 2.2 deliver hourly observations to the Customer's voyage-planning system for 14 consecutive days with no gap longer than three hours; readings in the Customer's system match the Provider's portal for a sample of 200 records; forecast files arrive within ten minutes of publication; and the dashboards listed in Annex 2 work as specified.
4.3 If a test fails, the Provider shall correct the fault within seven days and repeat the test. Use of the Data before Integration Acceptance does not amount to acceptance.
4.4 If the Activation Date is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT
5.1 The fees are:
   Subscription Year 1 .......................... CNY 248,000
   Subscription Year 2 .......................... CNY 248,000
   Integration and Connectors (one-time) ........ CNY 36,000
   Total ........................................ CNY 532,000
5.2 The one-time integration fee is invoiced after the Activation Date. The fee for each Subscription Year is invoiced on the first day of that Subscription Year. Each invoice is payable within 30 days after receipt.
5.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.
5.4 All fees include taxes. The fees are fixed for the Term.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced five days in advance.
6.2 The Provider classifies incidents as follows. Priority 1: the API is unavailable, or data from more than five stations is missing or clearly wrong. Priority 2: data from up to five stations is missing or delayed. Priority 3: other questions.
6.3 The Provider shall respond to a Priority 1 incident within 8 hours and restore the service within 24 hours. Priority 2 incidents receive a response within one business day and are fixed within three business days. Priority 3 questions are answered within five business days.
6.4 If monthly availability is below the level in clause 6.1, the Customer receives a credit of 10% of the monthly equivalent of the Subscription Year fee for each full 0.5 percentage point of shortfall. If a Priority 1 incident is not restored within the time in clause 6.3, the Customer receives a further credit of CNY 1,000 for each day of delay. Credits are applied to the next invoice or paid at the end of the Term.

7. CUSTOMER DATA
7.1 Customer Data belongs to the Customer.
7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data, including draught readings and contributed gauge readings, in aggregated or anonymised form to improve its models and products and to include it in data services offered to other subscribers. This licence survives the end of the Agreement.
7.3 Except as set out in clause 7.2, the Provider shall use Customer Data only to provide the services under this Agreement.

8. DATA SECURITY
8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff, multi-factor authentication, and logs of all access kept for one hundred and eighty days.
8.2 Customer Data shall be stored on servers located in mainland China.
8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in its investigation and remedy, and indemnify the Customer against losses caused by the Provider's breach of this clause.
8.4 At the end of the Term the Provider shall return Customer Data in a machine-readable format on request and delete all copies not covered by clause 7.2.

9. INTELLECTUAL PROPERTY
9.1 The Data, the API and the Provider's models remain the property of the Provider and its data sources.
9.2 The Connectors, data mappings and dashboards belong to the Customer, which may use, modify and license them without restriction. The Provider shall deliver their source code with the documentation.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential any non-public information received from the other party, including prices, voyage plans and technical documents, and shall not disclose it to third parties without prior written consent, during the Term and for three years afterwards.

11. LIABILITY
11.1 The Provider does not guarantee that forecasts will prove correct, but it is liable for failures to deliver the Data as described in this Agreement.
11.2 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 5.1, except for fraud, wilful misconduct and breach of clauses 8 and 10.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract the operation of the API or the hosting of Customer Data without the Customer's prior written consent.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
13.2 If the Customer terminates under clause 13.1, the Provider shall refund fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

15. GENERAL
15.1 This Agreement, with Annex 1 (Data Standards) and Annex 2 (Dashboards), is the entire agreement between the parties. Changes must be in writing and signed by both parties.

SIGNED for the Customer: ____________________
SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- files
SOURCES = {"h728z01": Z01, "h728z02": Z02, "h728z03": Z03, "h728z04": Z04, "h728z05": Z05,
           "h728e01": E01, "h728e02": E02, "h728e03": E03, "h728e04": E04, "h728e05": E05}
NAMES = {"h728z01": "h728z01_hydrogen_station_supervision_platform.pdf",
         "h728z02": "h728z02_broom_factory_tufting_line_retrofit.docx",
         "h728z03": "h728z03_volleyball_chain_booking_saas.txt",
         "h728z04": "h728z04_xinjiang_aid_pm_system_annual_om.txt",
         "h728z05": "h728z05_bamboo_toy_tracking_software_supplier_template.md",
         "h728e01": "h728e01_cold_chain_route_software_licence_thakhek_vendor.pdf",
         "h728e02": "h728e02_farm_traceability_saas_order_form_phonsavan_vendor.md",
         "h728e03": "h728e03_cement_plant_vibration_sensors_monitoring_licence.docx",
         "h728e04": "h728e04_rubber_group_managed_services_36_months.md",
         "h728e05": "h728e05_mekong_hydro_weather_data_api_subscription.txt"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (language, category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value,
#       TCO fee base (goods only), forum outside mainland China, design rules, design risk)
LABELS = {
    "h728z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                False, True, False, "PRC", G], True, True, True, False, 1986000, 1160000, False, [], "low"),
    "h728z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 8,
                False, True, True, "PRC", G], True, True, True, False, 1510000, 1248000, False,
                ["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
    "h728z03": ("zh", "cloud", [99.5, 1, True, "buyer", True, True, True, 0.06, None, None, True, None, None, None,
                True, True, False, "PRC", S], True, True, None, False, 698000, None, False,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium"),
    "h728z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                None, False, False, False, "PRC", S], True, True, None, False, 486000, None, False,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "h728z05": ("zh", "software", [None, None, False, "supplier", True, False, True, 0.08, 20, 65, False, False, 6, 25,
                False, True, None, None, G], False, True, True, True, 1380000, 960000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "h728e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                False, True, False, "Laos", G], True, True, True, False, 1600000, 1240000, True,
                ["CR-GOVERNING-LAW"], "low"),
    "h728e02": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 380 / 630000 * 100, 6 / 24 * 100, None, True,
                None, None, None, False, True, True, "Laos", S], True, True, None, False, 630000, None, True,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium"),
    "h728e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 10,
                False, True, False, "PRC", G], True, True, True, False, 1110000, 991200, False, [], "low"),
    "h728e04": ("en", "services", [99.95, 0.5, False, "buyer", False, True, True, None, 150, None, True, None, None,
                None, False, True, False, "PRC", S], True, False, None, False, 1810000, None, False,
                ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high"),
    "h728e05": ("en", "cloud", [99.95, 8, True, "buyer", True, False, True, 400 / 532000 * 100, 200, None, True, None,
                None, None, False, True, False, "PRC", S], True, True, None, False, 532000, None, False,
                ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"], "medium"),
}

# ---------------------------------------------------------------- policy section 3, as I read it
TH = {"availability": 99.9, "p1_hours": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15,
      "tco_share": 40, "horizon_years": 5}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, x):
    """Policy section 4: horizon 5 years from acceptance; fee for every post-warranty year (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon_years"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["_fee_base"]
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(t, x):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(t, x)
        if res and res[1] > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["_forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
N = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    N + r"99\.90*(?!\d)", r"百分之九十九点九(?![\d〇零一二三四五六七八九])",
    N + r"4\s*-?\s*(?:hours?|hrs?|h)(?![a-z])", N + r"4\s*个?\s*小时", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]*(?:\(4\)[\s-]*)?hours?",
    N + r"0?\.050*(?!\d)", r"万分之五(?![十\d])", r"千分之零?点五", r"0\.05\s*per\s*cent",
    N + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s+hundred\s+per\s*cent",
    N + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent", r"三成",
    N + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent", r"四成",
    N + r"15(?:\.0+)?" + PCT, r"百分之十五(?![\d点])", r"fifteen\s+per\s*cent",
    N + r"12\s*-?\s*(?:months?|个月|月)", r"十二\s*个?\s*月", r"twelve[\s-]*(?:\(12\)[\s-]*)?(?:calendar\s*)?months?",
    r"一年", N + r"1\s*年", r"(?<![\w-])one[\s-]*year(?![\w])", N + r"1\s*-?\s*years?(?![\w])",
]]
MUST_HIT = ["99.9%", "99.90 %", "4小时内响应", "四小时", "4 hours", "within 4hrs", "four (4) hours", "0.05%", ".05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "40%", "15%", "15 percent",
            "12 months", "12个月", "十二个月", "twelve months", "质保期一年", "1年", "one year", "1-year", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "24小时", "二十四小时", "14 hours", "24 hours", "twenty-four hours",
             "0.055", "0.08%", "万分之八", "130%", "150%", "1,100%", "0.30%", "25%", "65%", "35%",
             "115%", "10%", "112 months", "第一条", "18 months", "24个月", "两年", "2025年",
             "11年", "one Subscription Year"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: (v, NAMES[k].rsplit(".", 1)[1]) for k, v in NAMES.items() if v.endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in office:
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, name in NAMES.items():
        lang, cat, vals, sla, ld_stated, capped, deemed, value, base, forum, design, drisk = LABELS[k]
        terms = dict(zip(KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None and capped is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        calc = dict(extra, _fee_base=base, _forum_outside=forum)
        rules = derive(terms, calc)
        assert rules == sorted(design), (k, rules, design)
        assert risk(rules) == drisk, (k, risk(rules), drisk)
        covered |= set(rules)
        # label values never on a threshold
        tv = {"availability_pct": TH["availability"], "p1_response_hours": TH["p1_hours"],
              "ld_rate_per_day_pct": TH["ld"], "liability_cap_pct": TH["cap"], "prepayment_pct": TH["prepay"],
              "warranty_months": TH["warranty"], "post_warranty_fee_pct": TH["pwf"]}
        for key, th in tv.items():
            v = terms[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
            for th2 in TH.values():  # no numeric label equals any threshold figure either
                assert v is None or abs(v - th2) > 1e-9, (k, key, v, th2)
        res = tco(terms, calc)
        if res:
            assert abs(res[1] - TH["tco_share"]) > 2, (k, res)
            print("  %s TCO %.0f share %.2f%%" % (k, res[0], res[1]))
        # text: lengths and threshold figures
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (k, hits)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        print("  %s %s %d %s %s" % (k, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
