"""holdout918: builds the ten drafts from their sources in TEXTS below (all contract text lives in this file),
writes the .json labels, derives each draft's rules from its labels (my reading of policy §3), compares them with the
design list, checks rule coverage, text lengths and that no value or text sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
TEXTS = {}

TEXTS["z01"] = """T:中小学生心理健康服务平台建设项目政府采购合同
P:合同编号：WJW-ZFCG-2026-0417
P:采购人（甲方）：某市卫生健康委员会
P:供应商（乙方）：杭州知微心理科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就中小学生心理健康服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清承诺为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供中小学生心理健康服务平台软件（含心理测评、咨询预约、危机预警、家校沟通、统计分析五个子系统）的永久使用许可，覆盖全市212所中小学。
P:1.2 乙方按甲方需求完成定制开发：本地化心理测评量表库、分级预警模型、教育局与学校两级驾驶舱、家长端小程序，以及与市教育数据中心、12320热线系统的接口。
P:1.3 乙方负责平台部署、历史测评数据导入、试运行保障及各校心理教师培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,560,000元（大写：壹佰伍拾陆万元整），含税，为固定总价，包括：平台软件许可费860,000元；定制开发费520,000元；实施部署及数据对接费138,000元；培训费42,000元。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即312,000元。
P:3.2 平台完成部署、数据导入并经初步验收合格后，甲方支付合同总价的45%，即702,000元。
P:3.3 平台经最终验收合格后，甲方支付合同总价的35%，即546,000元。
P:3.4 乙方每期付款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后60日内完成部署与初验准备，120日内完成全部定制开发并提交最终验收申请。
P:4.2 乙方应按周提交进度报告，并派驻项目经理一名常驻甲方指定地点，未经甲方同意不得更换。
P:4.3 乙方应为各区教育局及学校心理教师组织集中培训不少于六场，每场不少于半日，并提供操作视频和培训教材；培训结束后应对参训人员进行考核，考核合格率低于九成的应免费补训。
P:4.4 合同签订后七个工作日内，乙方应向甲方提交合同总价5%的履约保证金，可采用银行保函形式；最终验收合格且无违约情形的，甲方在十五个工作日内无息退还。
P:4.5 甲方应及时提供部署所需的机房环境、网络条件、接口文档及历史数据，并指定联系人配合乙方工作。因甲方原因导致进度延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：五个子系统功能逐项符合招标文件技术要求；历史测评数据导入后与源数据逐条比对无差异；各接口连续十日调用无失败记录。
P:5.2 最终验收标准：平台在全市学校试运行六十日，期间无一级故障；3,000名学生同时在线测评时页面响应时间不超过2秒；经具有资质的第三方机构完成网络安全等级保护三级测评和个人信息保护合规评估并出具报告；技术文档、源程序及操作手册交付齐全。
P:5.3 验收由甲方组织，可邀请教育部门及专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年度服务费不超过平台软件许可费的10%，即每年不超过86,000元，且质保期满后三年内不得上调。
P:6.3 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或测评数据错误）乙方应在30分钟内响应、2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题3个工作日内解决。
P:6.4 未达到前款服务水平的，一级故障响应每迟延一小时扣减服务费800元；月度可用率每低于约定值0.01个百分点，扣减1,500元，从应付款项或履约保证金中扣除。
P:6.5 乙方应设立7×24小时服务热线，并在每季度末向甲方提交运行分析报告，内容包括故障统计、可用率、测评使用情况及改进建议。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的量表库、预警模型、驾驶舱、小程序、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
P:7.3 乙方保证其提供的软件和服务不侵犯任何第三方的合法权益，因侵权产生的责任由乙方承担。
H:第八条 数据安全
P:8.1 平台产生和存储的学生测评结果、咨询记录、预警信息等全部数据归甲方所有。乙方仅可为履行本合同目的处理该等数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 学生心理健康信息属于敏感个人信息，乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，采取加密存储、传输加密、最小权限、操作审计等措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、学生及家长信息和其他非公开信息负有保密义务，未经甲方书面同意不得披露。
P:9.2 保密义务不因本合同终止而解除。乙方应与参与项目的人员签订保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项目转包或分包给任何第三方，不得转让合同权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 附件：1.分项报价清单；2.定制开发需求说明书；3.验收测试方案；4.服务水平承诺书。附件与本合同正文不一致的，以正文为准。
P:甲方（盖章）：某市卫生健康委员会          乙方（盖章）：杭州知微心理科技有限公司
P:签订日期：2026年　月　日
"""

TEXTS["z02"] = """T:瑜伽球生产线控制系统改造合同
P:合同编号：YD-GZ-2026-031
P:甲方：南通悦弹运动用品有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方为提高瑜伽球吹塑、充气检测及包装生产线的自动化水平，委托乙方对三条生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试和培训。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责将甲方现有三条生产线的继电器控制及老旧PLC替换为新一代PLC控制系统，更换伺服驱动及电机，增设触摸屏人机界面，并建设车间工业网络。
P:1.2 乙方负责开发配方管理、吹塑成型工艺参数控制、充气压力检测及不良品自动剔除程序，提供生产数据采集软件及与甲方MES系统的接口。
P:1.3 改造施工应利用甲方计划停产检修期分线进行，每条线停线时间不超过十日，不得影响其他生产线正常运行。
P:1.4 改造后的控制系统应预留不少于两成的输入输出点位和扩展槽位，支持甲方今后新增第四条生产线时直接接入，网络架构应满足车间生产网与办公网隔离的要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,370,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及扩展模块|6套|486,000
TB:2|伺服驱动器及伺服电机|42套|312,000
TB:3|触摸屏人机界面（HMI）|9台|84,000
TB:4|工业交换机及网络布线材料|1批|58,000
TB:5|数据采集及MES接口软件许可|1套|176,000
TB:|软硬件小计||1,116,000
TB:6|安装调试|1项|132,000
TB:7|控制程序开发|1项|98,000
TB:8|操作及维护培训|1项|24,000
TB:|合同总价||1,370,000
P:2.2 上述价格为固定价格，已包含运输、保险、安装辅材及乙方人员差旅等全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即137,000元。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的55%，即753,500元。到货及安装完成不视为验收合格。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%，即479,500元。
P:3.4 乙方应在每次付款前开具相应金额的增值税专用发票。发票不合格的，甲方有权顺延付款且不承担逾期责任。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后45日内完成设备到货，第一条生产线应于到货后20日内完成改造并投入试生产，全部三条线应于合同签订后100日内具备最终验收条件。
P:4.2 设备应为原厂全新正品，附带合格证、说明书及原厂质保证明。设备品牌及型号以投标技术方案为准，如需变更，须经甲方书面确认，且性能不得低于原方案。
P:4.3 乙方应在进场前提交施工组织方案、停线切换计划和回退预案，经甲方生产部和设备部会签后实施。每条线切换前，乙方应完成原有程序及参数的完整备份。
P:4.4 甲方负责提供施工所需的电源、压缩空气、临时存放场地，并安排操作人员配合调试。
P:4.5 乙方人员进入甲方厂区应遵守甲方安全生产、消防及防尘管理制度，电气作业人员须持有有效特种作业操作证。动火、登高及带电作业须事先办理作业许可。因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。乙方应为现场人员购买意外伤害保险。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收：控制功能逐项测试合格；配方切换时间不超过3分钟；连续72小时满负荷生产无控制类停机；吹塑成品壁厚合格率不低于改造前水平；不良品剔除功能在抽检的200件不良品中无漏剔。
P:5.2 三条线均通过单线验收并稳定运行三十日后，进行最终验收，须提交全部程序源文件、电气图纸、参数清单及操作维护手册。
P:5.3 验收由甲方组织，双方签署验收报告。设备安装完成、试生产或甲方已使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障设备和部件，免费修复程序缺陷。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单工位停机或质量异常）4个工作日内解决，期间提供远程支持。
P:6.3 乙方未按前款时限响应或到场的，每迟延一小时向甲方支付1,000元。
P:6.4 质保期满后，乙方提供维保服务，维保年费为软硬件小计的8%，即每年89,280元，含定期巡检、故障维修和程序维护，质保期满后三年内不上调。
P:6.5 乙方应在甲方厂区存放常用备品备件（包括PLC输入输出模块、伺服驱动器及触摸屏各不少于一套），质保期内消耗的备件由乙方免费补足。
P:6.6 质保期内乙方每季度进行一次预防性巡检，检查控制柜、接线端子、伺服参数和程序备份情况，并提交巡检报告。
H:第七条 知识产权
P:7.1 乙方为本项目开发的控制程序、HMI画面、配方管理程序及接口程序，包括源文件，知识产权归甲方所有，甲方有权自行修改、复制和使用。
P:7.2 数据采集软件的原有知识产权归乙方，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产过程中采集的配方、工艺参数、产量及质量数据均归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方同意并通过甲方指定的VPN账号进行，操作留存日志；乙方不得将甲方数据拷贝带离，因乙方原因导致数据泄露或篡改的，乙方承担赔偿责任，并应在发现后2小时内通知甲方。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、生产数据、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
P:9.2 乙方应要求参与本项目的人员及分包单位遵守本条约定，并对其违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成甲方停产的，乙方应赔偿甲方的直接损失。
P:10.3 乙方提供的设备不符合约定规格的，甲方有权要求更换，更换期间视为逾期交付。
P:10.4 乙方在本合同项下的累计赔偿责任总额（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将现场安装、线缆敷设及土建配合工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，乙方对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过三十日，或生产线经两次验收仍不合格的，甲方有权解除合同，乙方应拆除已安装设备、恢复原有控制系统并退还已收款项。
P:12.3 合同解除后，乙方应向甲方移交已完成的程序、图纸和技术资料。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交南通仲裁委员会仲裁。
P:13.2 合同附件包括：设备技术规格书、改造技术方案、验收测试大纲、培训计划，附件与本合同具有同等效力。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

TEXTS["z03"] = """门店预约及会员管理系统服务合同

合同编号：YJ-IT-2026-058
甲方：上海翼境飞行模拟体验连锁管理有限公司
乙方：深圳云约信息技术有限公司

甲方经营飞行模拟体验连锁门店，现有门店35家。为统一管理线上预约、会员储值和门店排班，甲方向乙方订购门店预约及会员管理云服务（以下简称“云服务”），并委托乙方完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方35家门店提供以下功能：微信小程序及抖音在线预约、模拟舱排期、会员注册与等级、储值卡及次卡、优惠券营销、收银对账、教练排班、经营报表。
（二）乙方向甲方总部提供总部管理模块，包括多门店统一配置、会员跨店通用、储值资金汇总对账和总部驾驶舱。
（三）实施服务：门店及模拟舱基础数据配置、甲方现有约2.6万名会员及储值余额迁移、与甲方财务系统接口对接、店长及前台人员培训。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，每个服务年度为一年。
（二）服务期届满前三十日内，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可多次续订。续订时乙方有权根据市场情况调整订阅单价，调整幅度不超过上一服务年度单价的8%，以乙方书面通知为准。

三、费用及支付
（一）合同总额为人民币606,000元，包括：
1. 门店订阅费：每店每服务年度6,800元，35家门店，两个服务年度合计476,000元；
2. 总部管理模块费：每服务年度36,000元，两个服务年度合计72,000元；
3. 一次性实施费：58,000元。
（二）实施费在上线验收合格后十五个工作日内支付。
（三）每个服务年度的订阅费及总部模块费合计274,000元，在该服务年度开始后十五个工作日内支付。
（四）服务期内新增门店，按每店每服务年度6,800元按月折算计费；关闭门店的，自次月起停止计费。
（五）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应于合同签订后45日内完成全部配置、数据迁移和接口对接，具备上线条件。
（二）上线验收标准：
1. 会员信息及储值余额迁移后与甲方原系统逐户核对一致，差异为零；
2. 小程序预约、核销、收银、退款流程在五家试点门店连续运行十日无一级故障；
3. 财务接口日对账数据与收银数据一致；
4. 高峰时段500个并发预约请求下页面响应不超过2秒；
5. 店长及前台培训覆盖全部35家门店，培训考核通过率达到九成以上，并提交培训记录。
（三）甲方在收到乙方验收申请后十个工作日内组织验收并出具书面意见。系统上线试运行不视为验收合格。
（四）因乙方原因未能按期具备上线条件的，每逾期一日，乙方按合同总额的万分之八向甲方支付违约金。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划内维护应安排在凌晨二时至六时，并提前三日通知甲方，不计入不可用时间。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单一功能不可用）2小时内响应，当日解决；一般问题次一工作日答复。
（三）服务补偿：月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣，每再低0.5个百分点，增加抵扣5%；一级故障响应每超时半小时，抵扣500元。服务抵扣在下一期费用中扣除。
（四）乙方提供7×24小时客服热线及在线工单，并每月提交服务报告，内容包括可用率、故障清单、工单处理时长及改进措施。
（五）乙方每季度至少进行一次版本更新，涉及门店操作流程变化的，应提前七日通知甲方并提供操作说明；版本更新不得降低本合同约定的功能和服务水平。
（六）乙方应指定一名客户成功经理作为甲方的固定联系人，负责需求受理、问题跟踪及季度服务回顾，人员更换应提前十日通知甲方。

六、数据
（一）甲方会员信息、预约记录、交易流水等业务数据归甲方所有。甲方可随时导出全部数据，合同终止后乙方应配合完成数据迁移，并在三十日内删除甲方数据。
（二）在不识别具体个人的前提下，乙方有权对甲方业务数据进行脱敏、汇总处理，用于行业分析、产品优化及乙方其他客户的经营对标服务。
（三）数据安全：乙方云平台应部署在中国境内，通过网络安全等级保护三级备案测评；会员手机号、支付信息加密存储，访问权限最小化并留存日志。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方赔偿。
（四）乙方应每日对甲方数据进行全量备份，备份数据保存不少于三十日，并每半年进行一次恢复演练，演练结果书面报送甲方。数据恢复点目标不超过一小时。
（五）乙方人员仅可在处理甲方工单所必需的范围内访问甲方数据，并须经甲方管理员在线授权。

七、知识产权
（一）云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的接口程序、报表模板及配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证云服务不侵犯第三方知识产权。第三方就此向甲方提出索赔的，由乙方负责处理并承担全部费用，甲方的品牌标识、门店照片及宣传素材仍归甲方所有，乙方不得在其宣传材料中使用。

八、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方违反本合同约定的，应赔偿甲方因此遭受的损失。
（二）乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但数据安全事件及故意违约造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付滞纳金。
（四）因乙方系统原因导致会员储值余额、积分或交易数据错误的，乙方应在甲方通知后两个工作日内查明并更正，并承担甲方因此向会员作出补偿的费用。

十、双方的其他义务
（一）甲方应按时提供门店资料、会员数据导出文件及财务系统接口文档，指定项目联系人，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方承担。
（三）乙方应遵守微信、抖音等平台的接入规则，因乙方原因导致小程序被下架或预约功能停用的，视为一级故障。
（四）服务期内甲方新增门店或新开城市的，乙方应在接到通知后五个工作日内完成开通配置，不另收实施费。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）云服务连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还剩余服务期的费用。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。附件：功能清单、门店清单、实施计划。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

TEXTS["z04"] = """节水计量监控系统年度运维服务合同

项目名称：节水计量监控系统2026—2027年度运维服务
采购方式：竞争性磋商
合同编号：SLJ-CS-2026-012
采购人（甲方）：某县水利局
供应商（乙方）：江西润泽水务信息工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就节水计量监控系统年度运维服务事宜订立本合同。

第一条 运维对象
（一）县节水计量监控中心平台软件及其服务器、存储、网络设备。
（二）全县布设的取水计量监测点186处，包括电磁流量计、超声波流量计、遥测终端（RTU）及太阳能供电装置。
（三）灌区量水堰槽自动监测站24处及视频监视点32处。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同终止，下一年度运维由甲方另行组织采购。

第三条 服务内容
（一）驻点运维：乙方派驻不少于2名专职运维人员在甲方监控中心驻点，工作日值守，节假日安排远程值班。
（二）监测点巡检：每季度对全部监测点现场巡检一次，汛期（5月至9月）重点取水户每月巡检一次，检查计量设备、遥测终端、供电及通信状况，并填写巡检记录。
（三）计量设备校准与检修：对流量计每年进行一次现场比对校准，误差超出允许范围的及时调校或更换，并出具校准记录。
（四）平台运维：服务器及数据库日常监控、数据备份、系统补丁更新、报表维护及用户账号管理。
（五）数据质量管理：每日核查监测数据到报情况，发现数据中断、异常跳变的，当日排查处理，并按月编制数据质量报告。
（六）备品备件：乙方负责提供运维所需备品备件，单件价值在5,000元以下的备件包含在合同价款内；单件价值超过该金额的，乙方提出更换方案和报价，经甲方书面确认后另行结算。
（七）汛期及抗旱保障：汛期和旱情应急响应期间，乙方应增派不少于1名技术人员，实行全天候值班，确保重点取水户和灌区监测数据实时上报，并按甲方要求每日报送运行简报。
（八）运维报告：乙方每月5日前提交上月运维月报，内容包括设备运行状况、故障处理情况、巡检完成情况、数据到报率及下月工作计划；每季度末提交季度总结。
（九）培训：乙方每半年为甲方及乡镇水利站工作人员组织一次平台使用和设备日常维护培训。

第四条 服务水平
（一）监控中心平台年度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障：监控中心平台中断，或十处以上监测点数据同时中断。乙方应在30分钟内响应，2小时内到达现场，8小时内恢复。
2. 二级故障：单个监测点数据中断或计量异常。乙方应在2小时内响应，48小时内修复。
3. 三级问题：报表、账号等一般问题，3个工作日内处理完毕。
（三）监测点数据应按设定频次完整上报，单个监测点连续缺报不得超过6小时。
（四）乙方应建立故障工单台账，每项故障从报修到关闭全程记录，甲方可随时查阅。重大故障处理完毕后三个工作日内，乙方应提交故障分析报告，说明原因、处理过程及防范措施。

第五条 考核与扣款
（一）甲方按季度对乙方服务进行考核，考核内容包括故障处理时限、巡检完成率、数据上报完整情况和平台可用率。
（二）一级故障响应或恢复每超时一小时，扣减服务费1,000元；二级故障每超时一日，扣减300元；单个监测点连续缺报超过约定时限的，每点次扣减500元；平台可用率低于约定值的，每低0.01个百分点扣减1,000元。扣款从当季服务费中直接扣除。

第六条 合同价款及支付
（一）合同总价为人民币438,000元，包括：驻点运维费216,000元；计量设备校准与检修费96,000元；备品备件费72,000元；平台软件运维费54,000元。
（二）服务费按季度支付。每季度考核结束后，甲方在十五个工作日内支付当季服务费109,500元，扣除当季考核扣款。本合同不设预付款。
（三）乙方应在每次付款前开具合法有效的发票。

第七条 进场与交接
（一）乙方应于2026年7月1日前完成与原运维单位的交接，接收设备台账、系统账号及技术资料，并正式进场。
（二）乙方未按期进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第八条 年度验收
服务期满前十五日，甲方组织年度验收。验收标准：全年平台可用率及数据上报完整情况达到第四条要求；巡检、校准记录完整；设备台账与现场一致；运维文档、账号密码清单及备件清单完整移交。年度验收结论作为最后一个季度服务费支付的依据。

第九条 数据安全
（一）监测数据、取水户信息及系统中的全部数据归甲方所有，乙方仅可为运维目的访问和处理，不得用于其他用途或向他人提供。
（二）乙方应落实网络安全等级保护要求，运维账号实名管理，远程运维须经甲方批准并通过甲方指定通道进行，操作全程留存日志；不得擅自在系统中安装与运维无关的软件。
（三）发生数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方，并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担相应赔偿责任。

第十条 成果归属
乙方在运维过程中形成的巡检记录、校准报告、运维脚本、技术文档及数据质量报告，归甲方所有，甲方可自行使用或交由其他单位使用。乙方自有的运维管理工具软件仍归乙方，服务期内免费供甲方使用。

第十一条 分包
乙方不得将本合同服务转包或分包，也不得将驻点运维工作交由其他单位人员承担。

第十二条 人员管理
（一）驻点人员应具备水利信息化或自动化相关专业背景及两年以上同类运维经验，名单及资格证明报甲方备案。
（二）乙方更换驻点人员应提前十日书面告知甲方，并做好工作交接；甲方认为驻点人员不能胜任的，有权要求乙方更换。
（三）服务期满或合同终止时，乙方应将设备台账、系统账号、技术文档及运维工具完整移交甲方或甲方指定的单位，并配合新运维单位完成交接，交接期不少于十日。

第十三条 安全生产
乙方人员在野外监测点作业时应遵守安全规程，汛期涉水作业须两人以上同行并配备救生设备。乙方应为其人员购买人身意外伤害保险，作业中发生的人身伤亡由乙方负责。

第十四条 违约责任
（一）乙方未按本合同约定提供服务的，甲方有权要求乙方限期改正，并按第五条扣款。
（二）乙方原因造成计量设备损坏的，乙方应负责修复或赔偿。
（三）乙方擅自更换驻点人员或驻点人员缺岗的，每人每日扣减服务费500元。
（四）甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。

第十五条 合同的变更与终止
（一）合同履行期间，一方不得单方变更或解除合同。确需变更或提前终止的，由双方协商一致并签订书面协议。
（二）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力影响范围内免除责任。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。

甲方（盖章）：某县水利局            乙方（盖章）：江西润泽水务信息工程有限公司
日期：2026年　月　日
"""

TEXTS["z05"] = """# 匠序工序追踪系统软件许可及开发合同

（匠序软件标准合同文本 JX-2025 版）

合同编号：JX-XS-2026-0913

甲方（买方）：苏州拾光热缩片手作工作室

乙方（卖方）：宁波匠序软件有限公司

甲方拟采购乙方“匠序工序追踪系统”软件，并委托乙方按甲方业务进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠序工序追踪系统标准版软件使用许可一套，含订单管理、图案版本管理、工序派工、扫码报工、在制品看板、库存与物料、发货追踪模块，授权用户数30个，永久使用。

1.2 乙方按甲方需求进行定制开发，包括：热缩片打印、裁切、烘烤、上色、打孔、组装、包装七道工序的工序卡模板；烘烤温度与时长记录；电商平台订单自动导入接口；客户定制图案审批流程。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员操作培训。培训以远程视频方式进行，共计两次，每次不超过三小时，培训对象为甲方指定的管理员及班组长。

1.4 软件许可仅限甲方在其营业场所内部使用。甲方增加用户数的，按每用户6,800元另行购买许可。

## 第二条 合同金额

2.1 本合同金额合计人民币296,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（30用户，永久） | 208,000 |
| 2 | 定制开发（工序卡、烘烤记录、订单接口、审批流程） | 66,000 |
| 3 | 安装部署及培训 | 22,000 |
| | 合计 | 296,000 |

2.2 上述金额不含甲方自行采购的服务器、扫码枪、标签打印机等硬件设备。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同金额的50%，即148,000元，乙方收到款项后启动项目。

3.2 系统安装上线后七日内，甲方向乙方支付剩余50%，即148,000元。

3.3 乙方收款后开具增值税普通发票。甲方逾期付款的，乙方有权暂停服务，暂停期间顺延交付期限。

3.4 甲方已支付的款项，除本合同另有约定外，不予退还。

## 第四条 交付

4.1 乙方在收到首期款后40个工作日内完成标准软件部署及定制开发，并通知甲方上线。

4.2 乙方交付内容为系统安装包、用户操作手册及管理员账号。定制开发部分以乙方提供的可执行程序形式交付，乙方不提供源代码。

4.3 甲方应按乙方要求及时提供业务资料、工序说明和订单样例，并指定专人对接。因甲方资料提供不及时或需求变更导致的延误，交付期限相应顺延，乙方不承担责任。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在系统上线后七日内未以书面形式提出异议的，视为验收通过，甲方不得再以系统功能不符为由拒付款项。

5.3 上线后甲方提出的新增需求，不属于本合同范围，乙方可另行报价。

5.4 定制开发内容以双方签字的《定制开发需求确认单》为准。需求确认单签署后，甲方要求修改已确认需求的，视为需求变更，乙方有权调整交付时间并另行收费。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按软件许可费的28%向乙方支付年度维护费，即每年58,240元，维护费按年预付。

6.3 故障响应：一级故障（系统无法登录或无法报工）乙方在接到甲方通知后8小时内响应；二级故障在2个工作日内响应；一般咨询在5个工作日内答复。乙方原则上通过远程方式处理，确需现场服务的，差旅费用由甲方承担。

6.4 维护期内，乙方对标准软件发布的补丁和小版本升级免费提供给甲方；大版本升级不包含在维护服务中，甲方需要的，另行购买。

6.5 甲方未按期支付年度维护费的，乙方有权停止维护服务；恢复维护服务时，甲方应补交中断期间的维护费。

6.6 因甲方操作不当、擅自修改配置、硬件或网络故障、病毒等原因导致的问题，不属于免费维护范围。

## 第七条 知识产权

7.1 匠序工序追踪系统及其全部组成部分的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序卡模板、烘烤记录功能、订单接口程序及审批流程等全部开发成果，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对其进行修改、反编译或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据安全

8.1 甲方录入系统的订单、客户、图案、工序及库存数据归甲方所有，乙方仅为提供本合同约定的安装、维护服务而接触该等数据，不得用于其他任何目的。

8.2 乙方维护人员远程登录甲方系统须经甲方同意，并使用甲方分配的临时账号，维护完成后由甲方关闭账号。乙方不得复制、留存甲方数据。

8.3 乙方应采取必要的技术措施防止甲方数据在维护过程中泄露、丢失或被篡改。发生数据安全事件的，乙方应在24小时内通知甲方并协助处理；因乙方原因造成的，乙方承担相应的赔偿责任。

8.4 系统部署在甲方自有服务器上，合同终止后甲方数据仍由甲方保存，乙方不保留任何副本，并应删除维护过程中临时接触的数据。

## 第九条 保密

9.1 双方对本合同内容及在履行过程中知悉的对方商业秘密、技术信息和客户资料负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条规定在合同终止后两年内继续有效。

9.3 乙方可在其官网、宣传资料及客户案例中使用甲方名称和标识，但不得披露甲方的业务数据。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同金额的万分之二向甲方支付违约金，违约金总额不超过合同金额的5%。

10.2 甲方逾期支付款项的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 甲方违反本合同第十一条约定，超出授权范围使用软件的，应按超出部分许可费的两倍向乙方支付违约金。

10.4 任何一方违反本合同约定，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。

## 第十一条 甲方义务

11.1 甲方应自行准备符合乙方配置要求的服务器、操作系统、数据库及网络环境，并负责日常的数据备份。因甲方未备份导致的数据丢失，乙方不承担责任。

11.2 甲方应妥善保管管理员账号和密码，不得将软件转让、出租、出借或以其他方式提供给第三方使用，不得破解或规避软件的授权控制措施。

11.3 甲方应遵守乙方发布的用户操作手册进行操作，并指定一名系统管理员负责与乙方联系。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件为《定制开发需求确认单》，与本合同具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

TEXTS["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. PBS-DG-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Dongguan Huaxin Home Furnishings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Dongguan, Guangdong Province (the "Customer"), and Pine Belt Supply Chain Software, Inc., a Mississippi corporation with its principal office at Hardy Street, Hattiesburg, Mississippi, United States (the "Vendor").
P:The Customer operates two finished-goods warehouses and one export consolidation centre and wishes to replace its spreadsheet-based stock control with the Vendor's warehouse management system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PineTrack WMS, version 9, in object code, including the inventory, receiving, put-away, wave picking, packing, container loading and labour reporting modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration developed by the Vendor specifically for the Customer under Article 3, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including stock, order, customer and employee data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal business purposes of the Customer and its affiliates in mainland China, for up to 180 named users and three sites.
P:2.2 The Customer may make copies of the Software for backup, test and disaster recovery purposes without additional charge.
P:2.3 The Vendor shall deliver the Software electronically within ten (10) days after signature, together with licence keys and installation documentation in English and Chinese.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers in Dongguan; develop interfaces with the Customer's ERP system, its carriers' booking platforms and the handheld scanners; migrate item master, location and opening stock data; and train the Customer's key users and administrators.
P:3.2 The Vendor shall complete the services according to the project plan in Schedule 2, with Go-Live no later than one hundred and twenty (120) days after signature.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and who shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:3.4 The Customer shall provide server infrastructure, network access, a project team and timely decisions as described in Schedule 2. Delays caused by the Customer extend the Vendor's dates accordingly.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,856,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,240,000; Implementation Services CNY 486,000; Data Migration CNY 94,000; Training CNY 36,000.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 371,200, within thirty (30) days after signature against the Vendor's invoice; (b) 45%, CNY 835,200, within thirty (30) days after Go-Live; and (c) 35%, CNY 649,600, within thirty (30) days after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shenzhen against a valid fapiao.
P:4.4 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Schedule 2 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price. The Customer may deduct delay damages from any amount due.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a stabilisation period of forty-five (45) days.
P:5.2 Final Acceptance requires that: (a) every function in the functional specification has passed the agreed test scripts; (b) inventory records reconcile with a full physical count of at least one warehouse with a variance below 0.2%; (c) the ERP and carrier interfaces have run for twenty consecutive working days without a Severity 1 incident; (d) pick confirmation takes no more than one second at peak volume of 400 concurrent scanner sessions; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten (10) working days after the Vendor shows that the criteria are met, or list the failures. The Vendor shall correct listed failures and repeat the relevant tests. Go-Live, production use or payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support covers telephone, e-mail and remote support in Chinese from 08:00 to 20:00 China Standard Time on working days, and round-the-clock support for Severity 1 incidents.
P:6.3 Response times: Severity 1 (the Software is down or picking, shipping or receiving cannot be performed at any site) one (1) hour, with a workaround or fix within eight (8) hours; Severity 2 (a major function is impaired) two (2) hours; Severity 3 (minor issue) the next working day.
P:6.4 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or refunded after the Warranty Period.
P:6.5 After the Warranty Period, the Customer may purchase annual support at a fee of 13% of the Licence Fee, that is CNY 161,200 per year. This fee is fixed for the first three years of paid support and may thereafter be changed only by written agreement of both parties. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them freely, including through third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and for no other purpose, and shall not transfer it outside mainland China.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer Data onto its own systems or media.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Customer Data, apply the Customer's security policies and keep access limited to named personnel.
P:8.4 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in the investigation and remediation, and be liable for any loss caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement and use it only for this Agreement. This obligation survives for five (5) years after termination.
P:9.2 The obligation does not apply to information that is public, independently developed or lawfully received from a third party, or that must be disclosed by law.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:10.2 The limitation does not apply to breach of Articles 8 or 9, infringement indemnities, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until all obligations have been performed; the licence under Article 2 survives.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice.
P:12.3 If the Customer terminates under Article 12.2, the Vendor shall refund the amounts paid for services not accepted and the Customer keeps the licence and all Custom Deliverables delivered.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Mississippi, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Forrest County, Mississippi, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

TEXTS["e02"] = """# SaaS Order Form and General Terms

**Order Form No.** CRQ-2026-0311

## Part A - Order Form

### A1. Parties

- **Customer:** Wuhu Jinglian Auto Parts Co., Ltd., Economic and Technological Development Zone, Wuhu, Anhui Province, People's Republic of China.
- **Vendor:** Coosa River Quality Systems, LLC, an Alabama limited liability company with its office on Broad Street, Gadsden, Alabama, United States.

### A2. Service

QualityLink Supplier Quality Management, a hosted software service for supplier onboarding, PPAP document control, incoming inspection, non-conformance and 8D problem solving, supplier scorecards and audit scheduling (the "Service"), including the Chinese-language user interface and mobile inspection application.

### A3. Subscription Term

Twenty-four (24) months, consisting of two Subscription Years. The first Subscription Year begins on the Service Start Date, which is the date of Onboarding Acceptance under Section 4 of Part B. This Order Form does not renew automatically; any further subscription requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Named user subscriptions | 180 users x CNY 1,450 per user per year | 261,000 | 261,000 | 522,000 |
| Platform and supplier portal fee | per Subscription Year | 48,000 | 48,000 | 96,000 |
| Onboarding services (one-time) | configuration, data load, training | 64,000 | - | 64,000 |
| **Total Contract Value** | | **373,000** | **309,000** | **682,000** |

Fees are fixed for the Subscription Term and include VAT. Additional named users may be added at CNY 1,450 per user per year, prorated monthly.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription and platform fees for each Subscription Year are invoiced at the start of that Subscription Year.
- Invoices are payable within forty-five (45) days after receipt of a valid fapiao issued by the Vendor's authorised reseller in Shanghai, Anhui Xinlian Digital Technology Co., Ltd., which the Customer approves by signing this Order Form.

### A6. Hosting and Contacts

The Service is hosted in an Alibaba Cloud data centre in the East China (Shanghai) region, operated for the Vendor by its hosting provider Shanghai Yunqiao Network Technology Co., Ltd., which the Customer approves by signing this Order Form. Customer project lead: Director of Supplier Quality. Vendor account manager: Asia-Pacific Customer Success Lead.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data and files uploaded to or generated in the Service by or for the Customer and its suppliers, including drawings, inspection results, supplier contact details and audit reports.

1.2 "Customer Configurations" means the inspection plans, forms, workflows, report templates and scorecard models configured by the Vendor for the Customer during onboarding or later at the Customer's request.

1.3 "Documentation" means the Vendor's user guides and release notes for the Service as updated from time to time.

### 2. Access and Use

2.1 The Vendor grants the Customer and its authorised suppliers a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer shall keep log-in credentials secure and is responsible for the activity of its named users. Named user subscriptions may be reassigned when an employee leaves or changes role.

2.3 The Customer shall not reverse engineer the Service, use it to build a competing product, or make it available to anyone other than its named users and suppliers.

2.4 The Customer's suppliers receive free supplier-portal accounts to upload documents and answer corrective-action requests; these accounts do not count as named users.

### 3. Service Availability and Support

3.1 The Vendor will use commercially reasonable efforts to make the Service available twenty-four hours a day, seven days a week, except for scheduled maintenance and events beyond its reasonable control. The Vendor will try to announce scheduled maintenance in advance through the Service.

3.2 The Customer may submit support requests through the support portal or by e-mail. Requests are handled during the Vendor's business hours in the order received, and the Vendor will use reasonable efforts to resolve them promptly.

3.3 The Vendor may update the Service from time to time, provided that updates do not materially reduce its core functionality during the Subscription Term.

### 4. Onboarding and Acceptance

4.1 The Vendor shall complete onboarding within seventy-five (75) days after signature of the Order Form. Onboarding includes configuration of the Customer Configurations, import of the Customer's approved supplier list and open non-conformance records, single sign-on with the Customer's directory, and training of key users and supplier administrators.

4.2 Onboarding Acceptance occurs when the Customer confirms in writing that: (a) all 310 active suppliers and their document records have been imported and reconciled with the Customer's source list; (b) the inspection, non-conformance and 8D workflows have been run end to end by the Customer's key users in a test of at least ten working days without a blocking error; (c) single sign-on works for all named users; and (d) the key-user training has been completed. The Customer shall confirm or give reasons for refusal within ten (10) working days after the Vendor's notice of completion.

4.3 If Onboarding Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to the Vendor, the Vendor shall pay delay damages of CNY 550 for each day of delay, which the Customer may set off against the onboarding fee.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to the Customer. The Vendor and its hosting provider shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

5.2 Customer Data is stored in mainland China and shall not be transferred abroad. The Vendor shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least one hundred and eighty (180) days, and maintain a Multi-Level Protection Scheme level 3 filing for the hosting environment.

5.3 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any security incident affecting Customer Data, take immediate containment measures, and compensate the Customer for losses caused by the Vendor's failure to comply with this Section 5.

5.4 During the Subscription Term and for sixty (60) days afterwards, the Customer may export all Customer Data in a standard format. The Vendor shall then delete Customer Data and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Vendor owns the Service, the Documentation and all improvements to them.

6.2 The Customer Configurations and all reports generated from Customer Data belong to the Customer, which may use, copy and modify them and have them used by third parties, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three (3) years after the end of the Subscription Term.

### 8. Subcontracting

The Vendor shall not subcontract any part of its obligations to a third party other than the hosting provider and reseller approved in Part A without the Customer's prior written consent. The Vendor remains responsible for the acts of its approved subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of business.

9.2 Each party's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to breach of Section 5 or 7, to the Customer's payment obligations, or to fraud.

### 10. Term and Termination

10.1 This agreement runs for the Subscription Term unless terminated earlier.

10.2 Either party may terminate this agreement by written notice if the other party materially breaches it and does not cure the breach within thirty (30) days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid fees for the remaining Subscription Term.

10.3 Sections 5.4, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this agreement that the parties cannot settle within thirty (30) days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### 12. General

12.1 This Order Form and these General Terms form the entire agreement. In case of conflict, Part A prevails over Part B.

12.2 Notices shall be given in writing to the contacts in Part A.

12.3 Neither party may assign this agreement without the other party's prior written consent, except to a successor to the whole of its business that accepts this agreement in writing.

12.4 This agreement is signed in English. A Chinese translation is attached for convenience; if the versions differ, the English text prevails.

**Signed for the Customer:** ____________________ **Signed for the Vendor:** ____________________
"""

TEXTS["e03"] = """T:Supply and Licence Agreement for Cold-Chain Temperature Monitoring
P:Contract No. BHL-PUR-2026-0278
P:Buyer: Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., Dongjiang Port Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Valdosta Sensing Technologies, Inc., a Georgia corporation with its principal place of business on North Ashley Street, Valdosta, Georgia, United States (the "Supplier").
P:This Agreement is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates four refrigerated warehouses and a fleet of refrigerated trucks and wishes to install continuous temperature and humidity monitoring that meets GSP requirements for pharmaceutical cold-chain storage.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and vehicle telematics units listed in clause 3.1, including their embedded firmware.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, perpetual licence, installed on the Buyer's servers, including the alarm, reporting, audit-trail and mobile notification modules.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, location, alarm and user data collected or generated by the System.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, and install, configure, calibrate, validate and integrate the System with the Buyer's warehouse management system and transport management system.
P:2.2 The Supplier shall deliver installation qualification, operational qualification and performance qualification protocols and reports suitable for GSP inspections.
P:2.3 The Supplier shall train the Buyer's quality staff, warehouse supervisors and dispatchers.
H:3. Price
P:3.1 The total Contract Price is CNY 1,494,000, inclusive of VAT, delivery to the Buyer's sites, import duties and all expenses, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|420|1,180|495,600
TB:2|LoRa gateways with 4G backup|36|6,400|230,400
TB:3|Vehicle telematics units for refrigerated trucks|60|3,900|234,000
TB:4|ColdWatch monitoring software, perpetual licence|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,278,000
TB:5|Installation, configuration and integration|1|146,000|146,000
TB:6|Calibration and GSP validation|1|52,000|52,000
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,494,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or other reasons.
H:4. Payment
P:4.1 The Buyer shall pay an advance of 10% of the Contract Price, CNY 149,400, within twenty (20) days after receiving the Supplier's advance payment guarantee issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 821,700, within thirty (30) days after all Equipment has been delivered and installed, as confirmed by a signed delivery and installation record. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price, CNY 522,900, within thirty (30) days after Final Acceptance under clause 6.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed agent in Tianjin.
P:4.5 Within fifteen (15) days after signature the Supplier shall provide a performance bond issued by a bank in mainland China for 5% of the Contract Price, valid until Final Acceptance. After Final Acceptance the Supplier shall replace it with a warranty bond for 3% of the Contract Price, valid until the end of the warranty period. The Buyer may claim under either bond for amounts due from the Supplier under this Agreement.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within sixty (60) days after signature and complete installation within ninety (90) days after signature, in accordance with the site plan in Annex 1.
P:5.2 If the Supplier fails to deliver, install or achieve Final Acceptance by the agreed dates for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds sixty (60) days, the Buyer may also terminate this Agreement under clause 14.
H:6. Acceptance
P:6.1 After installation the System shall run in trial operation for thirty (30) days.
P:6.2 Final Acceptance requires that: (a) every sensor has a valid calibration certificate traceable to national standards, with a deviation of no more than 0.5 degrees Celsius; (b) during the last fourteen days of the trial operation every sensor reports to the Software at the configured five-minute interval with no gap longer than thirty minutes; (c) alarms are delivered by SMS and mobile application within sixty seconds in the alarm tests in Annex 2; (d) the interfaces with the warehouse and transport management systems have been tested successfully; (e) the qualification reports have been approved by the Buyer's quality department; and (f) all documentation has been delivered.
P:6.3 The Buyer shall issue a Final Acceptance certificate within ten (10) working days after the criteria are met, or notify the Supplier of the failures in writing. Use of the System during trial operation does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and recalibration of replaced sensors.
P:7.2 The Supplier shall keep spare sensors and gateways equal to at least two percent of the installed quantity at the Buyer's Tianjin sites during the warranty period.
H:8. Service Levels
P:8.1 The Supplier shall provide a Chinese-language service hotline available round the clock.
P:8.2 Severity 1 (monitoring or alarm function unavailable at a warehouse or for more than five trucks): response within thirty (30) minutes, on-site attendance within three (3) hours where needed, and restoration within eight (8) hours. Severity 2 (a single device or report fails): response within two (2) hours and resolution within two (2) working days.
P:8.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer a service credit of CNY 800, which the Buyer may deduct from any payment or from the performance bond.
H:9. Post-Warranty Support
P:9.1 After the warranty period, the Buyer may order annual support covering repairs, firmware and software updates, annual recalibration and remote support. The annual fee is 9% of the Equipment and Software Subtotal, that is CNY 115,020 per year, fixed for three years after the warranty period ends.
P:9.2 Support is ordered by separate purchase order each year and does not renew automatically.
H:10. Intellectual Property
P:10.1 The Supplier retains ownership of the Software and firmware and grants the Buyer a perpetual, non-exclusive licence to use them for the System.
P:10.2 The interface programs, report templates and validation documents prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:11. Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may process it only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:11.2 The Supplier shall follow the Buyer's information security policies, access the System remotely only with the Buyer's approval for each session through the Buyer's VPN, keep audit logs, and not store Buyer Data outside the Buyer's systems.
P:11.3 The Supplier shall notify the Buyer within twelve hours of any suspected breach of Buyer Data, cooperate in remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information concerning the Buyer's business, customers, sites and security arrangements obtained under this Agreement, and shall not disclose it without the Buyer's prior written consent. This clause survives for five years after termination.
H:13. Liability
P:13.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are not limited.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after written notice, or in the case described in clause 5.2.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or rejected items and compensate the Buyer's losses.
H:15. Site Rules and Insurance
P:15.1 The Supplier's personnel shall comply with the Buyer's site safety, hygiene and cold-store access rules, including the use of protective clothing in freezer areas, and shall be accompanied by the Buyer's staff in GSP-controlled zones.
P:15.2 The Supplier shall maintain public liability insurance covering its work at the Buyer's sites and shall be responsible for injury to its own personnel.
H:16. Subcontracting
P:16.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains responsible for all approved subcontractors.
H:17. Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:18. General
P:18.1 Annexes: Annex 1 Site Plan; Annex 2 Alarm Test Plan; Annex 3 Technical Specifications. The Annexes form part of this Agreement.
P:18.2 This Agreement is made in two originals in English and Chinese, with equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

TEXTS["e04"] = """# Managed IT Services Agreement

**Agreement No.** MBM-HZ-2026-017

**Customer:** Hangzhou Qiantang Yunhui E-commerce Fulfilment Co., Ltd., Qiantang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer").

**Provider:** Magnolia Bluff Managed IT, Inc., a Mississippi corporation with its principal office on Washington Street, Vicksburg, Mississippi, United States, acting through its service delivery team in Hangzhou (the "Provider").

The Customer runs three fulfilment centres for online retailers and wishes to outsource the day-to-day operation of its end-user IT, network and server infrastructure. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer confirms in writing that transition is complete under Section 4.

1.3 "Customer Data" means all data of the Customer, its clients and its employees that the Provider handles in performing the Services.

1.4 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits in Schedule 3.

## Section 2. Term and Renewal

2.1 The Initial Term is thirty-six (36) months from Service Commencement.

2.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then current term.

2.3 The Provider may increase the Monthly Service Charge for any renewal term by up to 6% by written notice given at least sixty (60) days before the start of that renewal term.

## Section 3. Charges and Payment

3.1 The charges for the Initial Term are: a one-time Transition Fee of CNY 96,000 and a Monthly Service Charge of CNY 58,000 for thirty-six (36) months, that is CNY 2,088,000; total CNY 2,184,000 including VAT.

3.2 The Transition Fee is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears, reduced by any Service Credits earned in that month.

3.3 The Customer shall pay undisputed invoices within thirty (30) days after receipt of a valid VAT invoice. There is no advance payment.

3.4 Changes in the number of supported users of more than ten percent in either direction shall be handled by a written change request with a pro-rata adjustment of the Monthly Service Charge.

## Section 4. Transition and Service Commencement

4.1 The Provider shall complete transition within sixty (60) days after signature. Transition includes discovery of all in-scope devices and systems, knowledge transfer from the Customer's current IT staff, set-up of the service desk and monitoring tools, and documentation of runbooks for each fulfilment centre.

4.2 Service Commencement requires that: (a) the asset inventory has been reconciled with the Customer's records for all three sites; (b) monitoring covers every in-scope network device and server; (c) the service desk has handled live tickets for ten working days in parallel with the Customer's staff and met the Service Levels; (d) the runbooks have been approved by the Customer's IT manager; and (e) a tested backup of every in-scope server exists.

4.3 The Customer shall confirm Service Commencement or list the unmet criteria within five (5) working days after the Provider's notice.

4.4 If Service Commencement is delayed beyond the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 1,600 for each day of delay.

## Section 5. Provider Obligations

5.1 The Provider shall perform the Services in accordance with Schedule 1, meet the Service Levels and pay Service Credits under Schedule 3 when it does not.

5.2 The Provider shall assign a named service delivery manager, provide monthly service reports and attend a monthly service review with the Customer.

5.3 The Provider's staff shall follow the Customer's site rules, including rules for access to warehouse floors and for working during peak sales periods.

5.4 The Provider shall keep the runbooks, network diagrams and asset inventory up to date and available to the Customer at all times.

## Section 6. Customer Obligations

6.1 The Customer shall give the Provider reasonable access to its sites, systems and staff, provide administrator accounts needed for the Services, and inform the Provider in advance of planned changes that affect the Services.

6.2 The Customer remains responsible for buying hardware, software licences and telecommunication lines unless Schedule 1 states otherwise.

## Section 7. Customer Data and Materials

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of this Agreement.

7.2 The runbooks, network diagrams, scripts and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

7.3 The Provider keeps its own monitoring and ticketing tools and grants the Customer read access to them during the term.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party in connection with this Agreement that is marked as confidential or would reasonably be understood to be confidential, and shall use it only to perform this Agreement.

8.2 Information may be disclosed to employees and advisers who need to know it and who are bound by equivalent obligations, or where required by law.

8.3 This Section 8 continues to apply for three (3) years after the end of this Agreement.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term.

9.2 The limitation does not apply to personal injury, fraud or wilful misconduct.

## Section 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.

## Section 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after notice.

11.2 The Customer may also terminate by written notice if the Provider misses the same Service Level in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to sixty (60) days at the current monthly rate, hand over all documentation and cooperate with any successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The arbitration award is final and binding on both parties.

## Section 13. Change Control

13.1 Either party may request a change to the Services by a written change request describing the change, its effect on the Service Levels and any change in the charges.

13.2 The Provider shall respond to a change request within ten (10) working days. No change is binding until both parties have signed it.

## Section 14. General

14.1 This Agreement, with its three Schedules, is the entire agreement of the parties on its subject matter and supersedes prior proposals.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

14.4 This Agreement is signed in English and Chinese in two originals; both versions have equal force.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and English telephone, e-mail and chat support for about 650 users | 07:00-23:00 daily |
| End-user support | Desktops, laptops, handheld scanners, label printers at three sites | On site 08:00-20:00 daily |
| Network operations | Core switches, Wi-Fi, firewalls, SD-WAN links between sites | Monitoring round the clock |
| Server operations | 46 virtual servers, patching, backup, restore tests | Monitoring round the clock |
| Reporting | Monthly service report, quarterly capacity review | Monthly / quarterly |

## Schedule 2 - Service Levels

| Measure | Target |
|---|---|
| Priority 1 incident (a fulfilment centre cannot ship, or the core network is down) | Response within 15 minutes; restoration within 3 hours |
| Priority 2 incident (a department or critical application is impaired) | Response within 30 minutes; restoration within 8 hours |
| Priority 3 incident (single user or device) | Response within 2 hours; resolution next business day |
| Core network availability per month | 99.95% |
| Scheduled backups | Every failed job rerun successfully on the same day |

## Schedule 3 - Service Credits

| Service Level missed | Credit |
|---|---|
| Priority 1 response or restoration target | 3% of the Monthly Service Charge for each incident |
| Core network availability below target | 5% of the Monthly Service Charge, plus 2% for each further tenth of a percentage point below target |
| Priority 2 restoration target missed in more than two incidents in a month | 2% of the Monthly Service Charge |

Total Service Credits in a month shall not exceed 20% of the Monthly Service Charge.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

TEXTS["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CMD-SZ-2026-0086

CUSTOMER: Shenzhen Haitong Cross-Border Logistics Co., Ltd., Qianhai, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

VENDOR: Choccolocco Maritime Data, Inc., an Alabama corporation with its principal office on Noble Street, Anniston, Alabama, United States ("Vendor").

BACKGROUND: Customer arranges ocean and air freight for exporters in South China and wishes to receive vessel position, schedule, port congestion and arrival prediction data through an application programming interface for use in its booking and shipment tracking systems. Vendor agrees to supply that data on the following terms.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel position, vessel schedule, port call, berth and anchorage congestion and estimated time of arrival data that Vendor makes available through the API.

1.2 "API" means Vendor's REST application programming interface and its documentation, version 4 or any later version made available under this Agreement.

1.3 "Customer Data" means all data that Customer or its users submit to the API or to Vendor, including booking references, container numbers, shipment details, consignee information and query logs.

1.4 "Subscription Year" means each period of one year starting on the Activation Date or an anniversary of it. The Activation Date is the date on which Vendor issues production API credentials to Customer.

1.5 "Integration Deliverables" means the connector code, data mappings and tracking dashboard templates that Vendor develops for Customer under Clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Term to access the API, retrieve the Licensed Data and use it in Customer's booking, tracking and customer notification systems, including display to Customer's own clients in shipment tracking pages.

2.2 The subscription includes up to five million API calls per calendar month. Additional calls are charged at CNY 20 per additional 100,000 calls, invoiced monthly in arrears.

2.3 Customer shall not resell the Licensed Data as a standalone data product or use it to build a competing vessel-tracking database.

2.4 Customer may store Licensed Data retrieved during the Term in its own systems for its records and may keep historical shipment records after the Term ends.

3. TERM

3.1 This Agreement starts on signature and continues for two Subscription Years from the Activation Date (the "Term").

3.2 This Agreement does not renew automatically. Any renewal requires a written agreement signed by both parties, including the fees for the renewal period.

4. INTEGRATION SERVICES AND ACCEPTANCE

4.1 Vendor shall issue test credentials within five working days after signature and shall, together with Customer's IT team, develop connectors between the API and Customer's transport management system and customer tracking portal.

4.2 Integration Acceptance requires that: (a) position and schedule data for a sample of 200 active shipments matches the carriers' published schedules and AIS records within the tolerances in Annex A; (b) status updates reach Customer's systems within ten minutes of publication by Vendor; (c) the connectors run for fifteen consecutive days in Customer's test environment without a Priority 1 incident; and (d) source code and documentation of the Integration Deliverables have been delivered.

4.3 Customer shall confirm Integration Acceptance in writing or list the failed criteria within seven working days after Vendor's notice that the criteria are met. Vendor shall correct any failure and repeat the relevant tests.

5. FEES AND PAYMENT

5.1 The total fees for the Term are CNY 814,000, including VAT, made up of: a Subscription Fee of CNY 386,000 for each Subscription Year, CNY 772,000 for two Subscription Years; and a one-time Integration Fee of CNY 42,000.

5.2 The Subscription Fee for each Subscription Year is invoiced on the Activation Date and on its first anniversary. The Integration Fee is invoiced after Integration Acceptance.

5.3 Customer shall pay each undisputed invoice within thirty (30) days after receiving a valid fapiao issued by Vendor's appointed agent in Shenzhen. Fees are fixed for the Term.

6. SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Priority 1 incidents (the API is unavailable, or position data for more than ten percent of tracked vessels is over two hours old) shall receive a response within thirty (30) minutes and a resolution or workaround within three (3) hours. Priority 2 incidents shall receive a response within two (2) hours.

6.3 If monthly availability falls below the target in Clause 6.1, Vendor shall credit Customer 5% of the monthly equivalent of the Subscription Fee for each started tenth of a percentage point below the target, up to half of that monthly amount. A missed Priority 1 response time earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice or refunded at the end of the Term.

6.4 Vendor shall provide a status page, a Mandarin-speaking support line and a monthly service report listing availability, incidents and data latency.

6.5 Vendor shall give Customer at least ninety (90) days' notice before retiring any API version used by Customer, keep the retiring version available during that period, and provide test access to the new version. Changes that remove data fields used by Customer require Customer's written agreement.

6.6 Vendor shall maintain the coverage of the Licensed Data described in Annex A, in particular for the ports of Shenzhen, Hong Kong, Guangzhou, Xiamen and the main transhipment hubs in Southeast Asia, and shall inform Customer promptly of any material loss of coverage.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data to provide the API and the integration services to Customer.

7.2 Customer agrees that Vendor may also use Customer Data, including query logs and shipment details, in aggregated and de-identified form to train and improve its arrival prediction models and to develop and market its data products for other customers, during and after the Term.

7.3 Customer Data shall be processed and stored on servers located in mainland China. Vendor shall not transfer personal information outside mainland China.

8. DATA SECURITY

8.1 Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, audit logging and annual penetration tests, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

8.2 Vendor shall notify Customer within twenty-four (24) hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate containment measures, provide an incident report within five days, and compensate Customer for losses caused by Vendor's breach of this Clause 8.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the Licensed Data, the API and its prediction models.

9.2 The Integration Deliverables belong to Customer, which may use, modify and license them freely and have them maintained by third parties.

9.3 Vendor shall defend Customer against any claim that the Licensed Data or the API infringes a third party's rights.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.

10.2 This Clause continues for three (3) years after the end of the Term.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

11.2 Each party's total liability under this Agreement is limited to two times the total fees for the Term stated in Clause 5.1. This limit does not apply to breach of Clauses 8 or 10, infringement claims, fraud or wilful misconduct.

12. SUBCONTRACTING

Vendor shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent and remains responsible for any approved subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice of the breach.

13.2 Customer may terminate this Agreement by written notice if monthly availability falls below the target in Clause 6.1 in any three months of a Subscription Year.

13.3 If Customer terminates under Clause 13.1 or 13.2, Vendor shall refund the Subscription Fee for the remaining part of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

15. GENERAL

15.1 This Agreement, with Annex A (Data Specifications and Tolerances) and Annex B (API Documentation), is the entire agreement of the parties.

15.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

15.3 This Agreement is signed in English and Chinese; both versions are equally authentic.

SIGNED for Customer: ____________________    SIGNED for Vendor: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h918z01_health_commission_student_mental_health_platform", "pdf"),
    "z02": ("h918z02_yoga_ball_factory_line_control_retrofit", "docx"),
    "z03": ("h918z03_flight_sim_chain_booking_membership_saas", "txt"),
    "z04": ("h918z04_water_bureau_metering_monitoring_om_service", "txt"),
    "z05": ("h918z05_shrink_film_studio_process_tracking_supplier_template", "md"),
    "e01": ("h918e01_wms_perpetual_licence_mississippi_vendor", "pdf"),
    "e02": ("h918e02_supplier_quality_saas_order_form_alabama_vendor", "md"),
    "e03": ("h918e03_cold_chain_sensors_monitoring_licence_georgia_vendor", "docx"),
    "e04": ("h918e04_managed_it_services_36_months_mississippi_vendor", "md"),
    "e05": ("h918e05_maritime_data_api_subscription_alabama_vendor", "txt"),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def terms(av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


# design data: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract value),
# TCO fee base (itemised licence/hardware subtotal) for goods, forum outside mainland China, design rule list
DESIGN = {
    "z01": ("software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 10, False,
                              True, False, "PRC", G),
            (True, True, True, False, 1560000), 860000, False, []),
    "z02": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 18, 8, False, True,
                              True, "PRC", G),
            (True, True, True, False, 1370000), 1116000, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True,
                           True, False, "PRC", S),
            (True, True, None, False, 606000), None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", terms(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                              False, False, False, "PRC", S),
            (True, True, None, False, 438000), None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software", terms(None, 8, False, "supplier", True, True, True, 0.02, None, 50, False, False, 6, 28, False,
                              True, None, None, G),
            (True, True, True, True, 296000), 208000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True,
                              False, "Mississippi", G),
            (True, True, True, False, 1856000), 1240000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", terms(None, None, False, "buyer", True, True, True, 550 / 682000 * 100, 6 / 24 * 100, None, True,
                           None, None, None, False, True, False, "PRC", S),
            (False, True, None, False, 682000), None, False,
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False,
                              True, False, "PRC", G),
            (True, True, True, False, 1494000), 1278000, False, []),
    "e04": ("services", terms(99.95, 0.25, True, "buyer", False, True, True, 1600 / 2184000 * 100, 150, None, True,
                              None, None, None, True, True, False, "PRC", S),
            (True, True, None, False, 2184000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "e05": ("cloud", terms(99.95, 0.5, True, "buyer", True, False, True, None, 200, None, True, None, None, None,
                           False, True, False, "PRC", S),
            (True, False, None, False, 814000), None, False, ["CR-DATA-OWNERSHIP", "CR-LD-MISSING"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40)
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, extra, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (extra[4] + fees) * 100


def derive(t, extra, base, forum_outside):
    sla, ld_stated, capped, deemed, cv = extra
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["war"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, extra, base) if goods else None
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    cat, t, extra, base, forum, design = DESIGN[key]
    stem, ext = FILES[key]
    sla, ld_stated, capped, deemed, cv = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = cv
    rules, share = derive(t, extra, base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": t, "expected_extra": ex, "expected_rules": rules}, share


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- threshold scan
NUMS = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    NUMS + r"99\.90*(?!\d)", r"九十九点九",
    NUMS + r"4\s*-?\s*(?:个)?\s*(?:小时|[Hh]ours?|[Hh]rs?\b)", r"(?<!十)四\s*个?\s*小时",
    r"(?i)(?<!twenty-)(?<!twenty)(?<!twenty )four\s*-?\s*(?:\(\s*4\s*\)\s*)?hours?",
    NUMS + r"0\.050*" + PCT, r"万分之五(?![十百千])", r"千分之零点五", r"(?i)five\s*basis\s*points?",
    NUMS + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九])", r"(?i)(?<!two )(?<!two)one\s*hundred\s*(?:per\s*cent|percent)",
    NUMS + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?i)(?<![a-z-])thirty\s*(?:per\s*cent|percent)",
    NUMS + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?i)(?<![a-z-])fifteen\s*(?:per\s*cent|percent)",
    NUMS + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?i)(?<![a-z-])forty\s*(?:per\s*cent|percent)",
    NUMS + r"12\s*-?\s*(?:个)?\s*(?:月|[Mm]onths?)", r"十二个月", r"(?i)twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
    r"三成", r"四成",
]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "四小时", "within four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "forty percent", "12 months", "12个月", "十二个月", "twelve (12) months", "twelve months", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "twenty-four hours", "二十四小时", "24小时", "14 hours", "0.4 hours",
             "0.08%", "万分之八", "万分之五十", "150%", "200%", "1,100,000", "130%", "0.15%", "115%", "2.30%", "340%",
             "18 months", "112 months", "2 months", "十八个月", "30 days", "15 days", "40 days", "百分之三十五"]


def threshold_hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            for m in re.finditer(p, variant):
                out.append((p, variant[max(0, m.start() - 20):m.end() + 20]))
    return out


def selftest():
    for s in MUST_HIT:
        assert threshold_hits("x " + s + " y"), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits("x " + s + " y"), ("must miss", s, threshold_hits("x " + s + " y"))


def on_threshold(key, t, share):
    bad = []
    checks = [("availability_pct", TH["avail"]), ("p1_response_hours", TH["p1"]), ("ld_rate_per_day_pct", TH["ld"]),
              ("liability_cap_pct", TH["cap"]), ("prepayment_pct", TH["pre"]), ("warranty_months", TH["war"]),
              ("post_warranty_fee_pct", TH["pwf"])]
    for k, v in checks:
        if t[k] is not None and abs(t[k] - v) < 1e-9:
            bad.append(k)
    if share is not None and abs(share - TH["tco"]) <= 2:
        bad.append("tco_share")
    return bad


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    docs = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: TEXTS[k] for k in docs}, {k: (v[0] + "." + v[1], v[1]) for k, v in docs.items()}, OUT, wrap_words=True)
    for k, (stem, ext) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(TEXTS[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    fired, problems = set(), []
    for k, (stem, ext) in FILES.items():
        lab, share = label(k)
        fired.update(lab["expected_rules"])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = threshold_hits(text)
        bad = on_threshold(k, lab["expected_terms"], share)
        print(k, ext, "len", n, "tco %.2f" % share if share is not None else "tco -", risk(lab["expected_rules"]),
              lab["expected_rules"])
        if not ok:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits[:5]))
        if bad:
            problems.append((k, "label on threshold", bad))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
