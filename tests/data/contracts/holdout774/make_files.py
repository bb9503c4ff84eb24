"""holdout774: ten blind held-out draft contracts (written before any run of the tool).

Builds every contract file from the sources below (.txt / .md written directly, .docx / .pdf through ../word_pdf.py),
writes the .json labels from the design table, and asserts: price sums, text lengths as read back, rules derived from
the labels (own reading of policy §3) against the design list, coverage of all 20 CR rules, and that no label value
and no text states a policy threshold figure.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:进口冷链食品追溯管理平台建设项目合同
P:合同编号：SJJ-ZFCG-2026-117
P:采购人（甲方）：江州市市场监督管理局
P:供应商（乙方）：江州链安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就进口冷链食品追溯管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供进口冷链食品追溯平台软件V5.1的永久使用许可（市级部署，不限用户数），并完成以下定制开发：冷库入库登记与出库核销模块、首站集中监管仓对接接口、核酸及消杀证明电子化采集、全市冷链企业“一企一码”赋码、移动端执法检查小程序、数据驾驶舱。
P:1.2 乙方负责平台在甲方政务云上的部署、与省级冷链追溯平台及海关报关单数据的对接、存量数据迁移和用户培训。
P:1.3 项目建设周期为合同签订之日起一百二十日。
H:第二条 合同价款
P:2.1 合同总价为人民币2,038,000元（大写：贰佰零叁万捌仟元整），包括：平台软件许可费1,160,000元；定制开发费690,000元；实施部署及数据对接费152,000元；培训费36,000元。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及本合同约定质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即407,600元。
P:3.2 平台完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%，即917,100元。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即713,300元。
P:3.4 乙方每次收款前应开具合规发票。甲方付款以财政资金到位为前提，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后二十日内提交详细设计方案，经甲方书面确认后实施。
P:4.2 乙方应在合同签订后九十日内完成全部模块部署并申请初步验收，初步验收通过后进入六十日试运行。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件技术需求逐项实现；（二）与省级平台、海关数据接口连续七日数据一致、无丢失；（三）在800个并发用户下，查询页面响应时间不超过2秒、追溯码生成不超过1秒；（四）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障，二级故障累计不超过三次且均已按时处理；迁移数据经抽样核对准确；技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护和现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）。一级故障（平台整体不可用或追溯数据无法上报）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述服务水平的，每超时一小时扣减违约金1,000元；月度可用率每低于承诺值0.01个百分点，扣减违约金2,000元。上述违约金从质保金或后续维护费中扣除。
P:6.4 质保期内，乙方每季度对平台进行一次全面巡检，检查服务器资源、数据库运行、接口调用和安全日志，形成巡检报告报甲方；遇重大活动或节假日，乙方应安排专人值守保障。
P:6.5 质保期满后，如甲方需要续签运维服务，年度维护费不超过软件许可费的8%，即每年不超过92,800元，该标准在质保期满后的两年内保持不变。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。乙方保证不侵犯任何第三方的知识产权。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的全部数据归甲方所有。乙方仅为履行本合同目的接触数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、操作审计和数据加密措施；运维操作须经甲方堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内书面报告甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、监管信息、企业经营信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成部署或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之二支付违约金。
H:第十一条 分包与转包
P:乙方不得将本项目转包，亦不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或出现严重违约经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 双方其他义务
P:14.1 甲方应指定项目联系人，按时提供政务云资源、网络环境、接口授权及业务需求确认，并组织各区市场监管分局参加培训和试运行。
P:14.2 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理经验，未经甲方书面同意不得更换项目经理。乙方人员进入甲方办公场所应遵守甲方管理制度。
P:14.3 乙方应为甲方业务人员、执法人员和系统管理员分别组织培训，培训合计不少于二十四课时，并提供操作手册、管理员手册和培训视频，确保受训人员能够独立完成日常操作和账号管理。
P:14.4 乙方应每两周提交一次项目进度报告，如实说明完成情况、存在问题和下一步计划；出现可能影响工期的情况，应立即书面告知甲方。
H:第十五条 其他
P:15.1 本合同附件包括：招标文件、投标文件、技术需求偏离表、中标通知书，附件与合同正文具有同等效力。
P:15.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市市场监督管理局    乙方（盖章）：江州链安信息技术有限公司
P:签订日期：2026年    月    日
"""

Z02 = """T:跑步机车架焊接及跑带装配线控制系统改造合同
P:合同编号：KR-SB-2026-0419
P:甲方：永康市康跑健身器材有限公司
P:乙方：金华智焊自动化工程有限公司
P:甲方拟对二号厂房跑步机车架焊接线及跑带装配线的控制系统进行改造，乙方承担设备供货、软件许可、安装调试及后续维保。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 焊接线：更换六台焊接机器人控制柜主板及示教器，新增焊缝视觉跟踪系统，改造夹具气动控制回路，实现车架型号自动切换。
P:1.2 跑带装配线：更换主线PLC及伺服系统，新增跑带张紧力在线检测、电机扭矩检测和整机下线测试工位。
P:1.3 软件：提供产线监控与工艺配方管理软件永久许可，开发与甲方现有ERP、条码系统的接口及工艺配方、质量追溯报表。
P:1.4 改造须利用甲方每年春节及“五一”停产窗口分段实施，单次停线不超过九日。
P:1.5 改造后的控制系统应满足以下技术要求：控制柜防护等级不低于IP54；PLC与机器人控制器之间采用工业以太网通讯；产线监控软件可实时显示各工位节拍、设备状态和报警信息，历史数据在线保存不少于三年；工艺配方变更须经两级审批并留存修改记录。
P:1.6 乙方提供的设备应为全新、未使用过的原厂正品，并附出厂合格证、检测报告和原产地证明；进口部件应提供报关资料。
H:第二条 合同价格
P:2.1 合同总价为人民币2,080,000元，明细如下表。
TB:序号|项目|数量|金额（元）
TB:1|焊接机器人控制柜升级及示教器|6套|528,000
TB:2|焊缝视觉跟踪系统|6套|336,000
TB:3|主线PLC及伺服系统|1套|392,000
TB:4|张紧力、扭矩检测及下线测试工位|3套|284,000
TB:5|产线监控与工艺配方管理软件许可|1套|180,000
TB:|软硬件小计||1,720,000
TB:6|安装调试及停线切换|1项|186,000
TB:7|接口与报表定制开发|1项|154,000
TB:8|操作及维修培训|1项|20,000
TB:|合同总价||2,080,000
P:2.2 上述价格含运输、保险、税费及质保期内服务，为固定价格。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装调试、产线恢复生产后，甲方支付合同总价的55%。安装调试完成不视为验收。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的35%。
H:第四条 交付与安装
P:4.1 乙方应在合同生效后七十五日内将全部设备运抵甲方厂房，并在甲方确定的停产窗口内完成安装调试。
P:4.2 乙方应提前提交停线切换方案，包括回退预案，经甲方生产部门书面确认后方可实施。切换失败的，乙方应在二十四小时内恢复原系统运行。
P:4.3 乙方施工人员应遵守甲方安全生产制度，动火、登高及带电作业须办理审批手续。
P:4.4 设备到货后，双方共同开箱清点，核对型号、数量及随机资料，并签署到货清点单。到货清点单仅证明设备已送达，不代表设备质量合格。清点中发现缺损的，乙方应在七日内补齐或更换，由此延误的工期计入乙方逾期。
H:第五条 验收
P:5.1 验收标准：（一）焊接线在八个车架型号间自动切换，换型时间不超过十五分钟；（二）视觉跟踪焊缝偏差不超过0.3毫米；（三）跑带张紧力检测重复精度不超过±2%；（四）连续满负荷生产二十个工作日，节拍达到每台九十八秒，一次合格率不低于98.5%；（五）ERP、条码接口数据核对一致；（六）图纸、程序备份及手册齐全。
P:5.2 验收由甲方组织，双方签署验收报告。设备投入生产或甲方付款均不构成验收合格。验收不合格的，乙方应在十日内整改并承担费用。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:6.2 一级故障（整线停线）乙方应在30分钟内响应，3小时内到场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，24小时内修复。
P:6.3 乙方超过上述时限的，每超时一小时向甲方支付违约金800元。
H:第七条 维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括每季度预防性维护、备件保障、程序备份与软件升级、七乘二十四小时电话支持及到场服务。
P:7.2 年度维保费为软硬件小计的28%，即每年481,600元，在质保期满后三年内不作调整。维保费每年度开始前签订年度维保确认单后支付。
P:7.3 维保期内服务响应标准与第六条相同。
P:7.4 乙方应在甲方厂区所在地市常备控制柜主板、伺服驱动器、PLC模块、视觉相机等关键备件，并每半年向甲方提交备件清单。关键备件供应期限不少于设备停产后八年。
P:7.5 维保期内，乙方每季度对焊接机器人、伺服系统和检测工位进行一次预防性维护，包括参数核对、程序备份、传感器标定和电气柜清洁，并出具维护报告，由甲方设备部门签字确认。
H:第八条 知识产权
P:8.1 乙方提供的标准软件知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:8.2 为本项目定制开发的接口程序、报表、PLC程序及工艺配方模板归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
H:第九条 数据安全与保密
P:9.1 产线运行数据、工艺参数及质量数据归甲方所有，乙方不得复制、外传或用于其他目的。
P:9.2 乙方远程维护须经甲方逐次审批并通过甲方指定的安全通道进行，操作全程记录；乙方应防止病毒及恶意程序进入甲方生产网络。因乙方原因造成数据泄露、丢失或生产网络安全事件的，乙方承担全部赔偿责任，并应在发现后2小时内通知甲方。
P:9.3 双方对在履行本合同中知悉的对方技术秘密和商业秘密负有保密义务，期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得转包本合同。设备基础及电缆桥架施工如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除合同并要求赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 培训与技术资料
P:14.1 乙方应在安装调试期间为甲方操作工、设备维修工和工艺工程师分别组织培训：操作培训覆盖三个班次的全部岗位操作工；维修培训包括控制柜、伺服及视觉系统的故障诊断和部件更换；工艺培训包括配方编辑、换型参数设置和质量报表使用。培训考核合格人员方可独立上岗操作。
P:14.2 乙方应交付电气原理图、接线图、PLC及机器人程序备份、软件安装介质、操作手册、维修手册和备件清单，纸质版一式三份并附电子版。
H:第十五条 甲方义务
P:甲方应按时提供停产窗口、施工场地、电源和压缩空气接口，配合完成旧系统拆除和产线试生产，指派专人参与方案确认和验收测试，并为乙方人员提供必要的安全防护用品。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """烘焙体验门店预约及会员管理系统服务合同

合同编号：MT-SaaS-2026-035
甲方：麦田时光餐饮管理（成都）有限公司
乙方：成都云焙科技有限公司

甲方经营“麦田时光”连锁烘焙DIY体验门店三十五家。为统一课程预约、门店排班和会员权益管理，甲方订购乙方的烘焙体验门店预约及会员管理系统（以下简称“系统”）云服务，并委托乙方完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方三十五家门店及总部提供系统使用权，包括：课程与场次管理、线上预约及候补、微信小程序及公众号预约入口、到店核销、会员储值与积分、次卡及团购券核销、门店排班与烤箱工位分配、原料耗用统计、营销活动配置及经营报表。
2. 总部管理模块包括跨门店会员通用、统一价格与课程模板下发、门店经营排名及财务对账。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店课程及场次模板录入、收银及支付通道对接、会员小程序页面按甲方品牌风格定制。
2. 乙方负责将甲方现有系统中的约十八万条会员档案、储值余额、积分及未使用次卡迁移至本系统，并保证迁移前后余额一致。
3. 乙方负责对门店店长、收银员及总部运营人员进行培训。
（三）服务期
服务期为两个服务年度，自系统上线验收合格之日起计算；每个服务年度为自该日起的连续一年。

二、费用及支付
（一）费用构成
1. 门店订阅费：每家门店每个服务年度6,800元，三十五家门店两个服务年度合计476,000元。
2. 总部管理模块订阅费：每个服务年度58,000元，两个服务年度合计116,000元。
3. 实施费86,000元，数据迁移费24,000元，均为一次性费用。
4. 合同总价为702,000元，含税。
（二）支付方式
1. 实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度支付，甲方于每个服务季度首月十日前支付当季订阅费。
3. 服务期内新增门店的，按门店订阅费标准按月折算计费；门店关闭的，自次一服务季度起停止计收该门店订阅费。
4. 乙方收款前应向甲方开具增值税专用发票。甲方付款后，乙方应在五个工作日内确认到账；对账单与系统计费记录不一致的，双方应在十日内核对并更正。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 合同约定功能全部可用，三十五家门店均可完成预约、核销和会员消费；
2. 迁移的会员档案、储值余额、积分及次卡数据经甲方抽查核对无误，余额差额为零；
3. 在模拟五千名会员同时预约的压力测试下，预约提交响应时间不超过2秒，未发生超卖；
4. 支付通道对账连续五日无差错。
（三）验收前，乙方应选择两家门店进行为期七日的试点运行，试点期间发现的问题应在验收前全部整改完毕，并向甲方提交试点运行报告、功能清单核对表和数据迁移核对报告。
（四）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。系统试用或部分门店先行使用不视为验收合格。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前两日通知甲方。
（二）故障分级及响应：一级故障（全部或多家门店无法预约、核销或收款）乙方应在1小时内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日内解决；一般咨询于一个工作日内答复。
（三）服务抵扣：月度可用率低于承诺值的，按当月订阅费的5%抵扣；一级故障每超时一小时，按当月订阅费的1%抵扣，当月抵扣合计不超过当月订阅费的一半。抵扣金额在下一季度订阅费中扣减。

（四）客户服务：乙方为甲方设立专属客户成功经理一名，负责需求对接、季度服务回顾和问题跟踪；提供每日八点至二十二点的在线客服及电话支持，周末及节假日照常服务。每季度结束后十日内，乙方应向甲方提交服务报告，列明可用率、故障及处理情况、工单统计和改进建议。
（五）版本升级：乙方对系统的常规升级不另行收费。升级影响门店操作流程的，乙方应提前十日通知甲方并提供操作说明；甲方节假日促销高峰期间，乙方不得进行非紧急升级。

五、数据归属
甲方的会员信息、预约记录、交易流水、课程及经营数据均归甲方所有。乙方仅为向甲方提供本合同约定的服务而处理上述数据，不得将其用于其他目的。服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方。

六、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、课程模板和专用报表归甲方所有，甲方可自行或委托他人修改和使用。

七、保密
双方对在合作过程中获知的对方商业秘密，包括经营数据、价格政策、会员规模及技术方案，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

八、续期
服务期届满前二十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费由乙方按其届时公布的价格标准确定，乙方应在续期前十日通知甲方调整后的价格。

九、违约责任
（一）乙方未按本合同三（一）约定期限申请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致甲方会员储值或积分错误的，乙方应在三日内更正，并赔偿甲方因此向会员支付的补偿。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。
（四）甲方逾期支付订阅费超过三十日的，乙方可在书面催告后暂停服务，但不得删除甲方数据。

十、双方其他义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供门店信息、课程资料、价格体系、支付商户号及原系统数据，并组织门店人员参加培训和验收测试。
（二）甲方负责门店终端设备、打印机及网络环境，乙方应提供终端配置要求并远程协助调试。
（三）乙方应为每家门店提供不少于两次的线上培训及一次现场培训，为总部运营人员提供营销活动配置和报表分析专项培训，并提供操作手册和短视频教程。服务期内门店新员工入职的，乙方应提供线上培训支持。
（四）乙方应保证系统符合微信、支付机构及消费者权益保护方面的相关规则，储值卡业务须满足单用途商业预付卡管理的有关规定，因系统设计不符合规定导致甲方被处罚的，由乙方承担相应损失。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方。确需将门店现场培训交由第三方实施的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或连续两个月未达到服务水平承诺，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，已预付未使用期间的订阅费应予退还。
（二）任何一方进入破产程序的，另一方可解除合同。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

Z04 = """安置帮教人员信息管理系统2027年度运维服务合同

合同编号：SFJ-YW-2027-08
甲方：清河市司法局
乙方：清河正元软件服务有限公司

甲方安置帮教人员信息管理系统（以下简称“系统”）已于前期建成并投入使用。为保障系统稳定运行，甲方按规定程序确定乙方为2027年度运维服务单位。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第一条 服务对象与服务期
（一）运维对象：系统应用软件（含刑满释放人员衔接登记、帮教对象信息库、帮教小组管理、走访记录、安置就业与社会救助、风险评估预警、统计分析等模块）、移动端走访应用、与监狱及看守所刑满释放人员信息的交换接口、与公安及民政部门的数据共享接口，以及系统所在的四台应用服务器、两台数据库服务器和存储设备。
（二）服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度运维服务由甲方另行依法采购。

第二条 服务内容
（一）日常运维：每个工作日开展系统巡检，检查服务器资源、数据库运行、接口交换和安全日志，每月提交运维月报。
（二）故障处理：受理甲方及各司法所的故障报修，按第四条时限响应和处理。
（三）数据维护：协助甲方开展数据质量核查，每季度对帮教对象信息的完整性、准确性进行一次比对，生成问题清单交甲方核实。
（四）适应性修改：根据上级业务规范调整，对统计报表、走访表单和预警规则进行适应性修改，全年不超过六十人日。
（五）安全保障：配合甲方完成网络安全等级保护测评及整改，及时修补系统漏洞，每半年进行一次数据恢复演练。
（六）用户支持：为市局及十二个司法所工作人员提供电话、远程及现场技术支持，组织不少于两次的业务培训。
（七）基础环境维护：对服务器操作系统、数据库、中间件进行补丁管理、性能优化和容量规划，每月进行一次全量备份核验，备份数据异地保存于甲方指定的政务云备份区；服务器及存储出现硬件故障的，乙方负责协调原厂维修并承担备件费用。
（八）应急管理：乙方应在服务期开始后十五日内编制系统应急预案，明确数据库故障、数据交换中断、网络攻击及机房断电等情形的处置流程、联系人和恢复步骤，经甲方审定后执行，并每半年组织一次应急演练，演练结束后提交演练报告。
（九）年度总结：服务期满前，乙方应提交年度运维总结报告，分析系统运行状况、主要故障原因和安全风险，提出下一年度的优化建议。

第三条 服务费用及支付
（一）本合同运维服务费总额为人民币436,000元（含税），包括人工、差旅、工具软件及备品备件费用。
（二）服务费按季度支付。每个季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费109,000元。乙方应在付款前开具发票。
（三）季度考核不合格的，乙方应在十日内完成整改并重新提交考核，整改合格后甲方支付当季服务费。
（四）本合同服务费为固定价格，服务期内甲方新增司法所用户或调整业务流程的，只要在第二条约定的工作量范围内，乙方不得另行收费。

第四条 服务要求
（一）系统年度可用率应不低于99.95%。
（二）故障分级及处理时限：一级故障（系统整体无法访问、数据交换中断或数据库故障）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分模块或个别司法所无法使用）1小时内响应，24小时内解决；三级故障（一般性问题及咨询）一个工作日内处理。
（三）重要时期保障：全国及省市重要会议、重大节日期间，乙方应安排专人驻场值守。
（四）乙方应建立故障处理台账，如实记录每次故障的发生时间、响应时间、处理过程和结果，作为季度考核依据。
（五）乙方应组建不少于四人的运维团队，其中项目负责人一名、应用运维工程师两名、数据库及系统工程师一名，团队成员名单及联系方式报甲方备案。项目负责人应每月参加甲方组织的运维例会，通报运维情况并落实甲方提出的改进要求。
（六）乙方应指定驻场工程师一名，工作日在甲方办公地点提供服务；驻场人员须具备相应技术能力并经甲方背景审查，更换须经甲方书面同意。

第五条 考核与年度验收
（一）季度考核内容包括：故障响应及处理时效、巡检及月报完成情况、数据比对任务完成情况、用户满意度测评。考核满分一百分，八十五分以上为合格。
（二）服务期满前十五日，甲方组织年度验收。验收标准为：全年运维文档齐全；等保测评整改项全部关闭；数据恢复演练成功；年度可用率达到本合同要求；适应性修改任务完成并经甲方确认。甲方出具年度验收意见。

第六条 数据安全
（一）系统中的帮教对象个人信息、走访记录及业务数据均归甲方所有。乙方仅为履行本合同接触数据，不得复制、下载、留存或提供给任何第三方，不得用于本合同以外的目的。
（二）乙方应严格遵守《数据安全法》《个人信息保护法》及甲方信息安全管理制度，运维操作一律通过甲方堡垒机进行，实行最小权限管理，严禁在生产库进行未经审批的操作。运维使用的测试数据须经脱敏处理并经甲方批准。
（三）发生数据泄露、篡改或丢失事件的，乙方应立即采取处置措施并在1小时内报告甲方。因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。

第七条 保密
乙方及其工作人员对在服务过程中知悉的帮教对象信息、司法行政工作信息及甲方网络安全信息承担保密义务，乙方应与参与人员签订保密承诺书。保密义务不因合同终止而解除。

第八条 知识产权
运维期间乙方为甲方编写的脚本、补丁、报表模板、接口调整程序及运维文档，其知识产权归甲方所有，乙方应在每季度末向甲方移交源代码及文档。

第九条 违约责任
（一）乙方未按甲方书面任务单约定的期限完成等保整改、适应性修改等年度任务的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方违反第六条、第七条约定的，除承担前款责任外，还应赔偿甲方由此遭受的全部损失。
（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十条 合同的履行
本合同有效期内，除发生不可抗力外，双方均不得单方提前解除合同。乙方服务未达到本合同要求的，甲方有权要求乙方限期整改，乙方应在甲方规定的期限内整改到位。

第十一条 分包
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十二条 服务交接
服务期满或本合同终止时，乙方应向甲方或甲方指定的新运维单位完整移交系统账号、配置文档、运维台账、源代码和数据，并提供不少于三十日的交接协助，交接完成前不得中断服务。

第十三条 争议解决
本合同的订立、履行和解释适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。未尽事宜，双方可另行签订补充协议。
附件：1.运维服务内容清单；2.系统软硬件资产清单；3.季度考核评分表；4.保密承诺书样式。附件为本合同组成部分，与正文具有同等效力。

甲方（盖章）：清河市司法局
乙方（盖章）：清河正元软件服务有限公司
签订日期：2026年12月  日
"""

Z05 = """# 釉联智造 软件产品销售及开发服务合同（标准文本 V3.0）

**合同编号：** YL-XS-2026-0612

**甲方（买方）：** 洛阳三彩坊工艺品有限公司

**乙方（卖方）：** 郑州釉联智造软件有限公司

> 本合同为乙方标准合同文本。甲方已仔细阅读全部条款，乙方已就重要条款向甲方作出说明，甲方对此无异议。

## 第一条 合同标的

1.1 乙方向甲方提供“釉联陶瓷工艺生产追溯系统”V3.0软件许可（单工厂部署，五十个并发用户），并根据甲方需求进行定制开发。

1.2 定制开发内容包括：注浆及印坯成型工序报工、坯体编号与二维码贴标、素烧及釉烧窑次记录、施釉配方与釉料批次管理、窑温曲线采集、成品分级入库、工艺大师作品档案及证书打印、生产看板。

1.3 系统部署在甲方自有服务器上，乙方负责安装、配置、与甲方财务软件的数据接口开发及操作培训。

1.4 系统功能以双方签署的需求确认书及功能清单为准。功能清单未列明的功能，不属于本合同范围，甲方如需增加，应另行签订补充协议并支付相应费用。

## 第二条 合同价款

2.1 合同总价为人民币864,000元，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 釉联陶瓷工艺生产追溯系统软件许可 | 420,000 |
| 2 | 定制开发（工序报工、窑次、釉料、看板等） | 360,000 |
| 3 | 安装部署及接口开发 | 68,000 |
| 4 | 操作培训 | 16,000 |
| | 合计 | 864,000 |

2.2 上述价款不含服务器、操作系统、数据库及扫码枪、标签打印机等硬件，该等设备由甲方自行采购。

2.3 甲方需求在需求确认书签署后发生变更的，乙方有权另行报价，变更费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即561,600元，作为预付款。

3.2 系统上线运行后五个工作日内，甲方支付剩余35%，即302,400元。

3.3 甲方未按期付款的，乙方有权暂停开发、实施及技术支持，工期相应顺延；逾期超过十五日的，乙方有权暂停甲方的软件许可。

## 第四条 实施周期

4.1 乙方在收到预付款及甲方确认的需求文档后九十个工作日内完成开发并部署上线。

4.2 甲方应在合同签订后十五日内指定项目联系人，提供成型、施釉、烧成各工序的工艺流程、釉料配方编码规则、窑炉参数、产品分级标准及历史台账，并按乙方要求准备服务器、网络和扫码设备。甲方应安排车间班组长及质检人员参加需求调研和系统测试。

4.3 因甲方提供资料不及时、需求变更或现场条件不具备导致工期延误的，工期相应顺延，乙方不承担责任。

## 第五条 交付与验收

5.1 乙方完成部署后通知甲方上线运行。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线运行后发现问题的，可书面提出，乙方将在后续版本中统筹安排修复。

## 第六条 售后服务

6.1 乙方提供六个月免费维护服务，自系统上线运行之日起计算。免费维护期内，乙方负责修复软件缺陷并提供远程技术支持。

6.2 故障响应：一级故障（系统无法登录或报工中断）乙方在8小时内响应，并在双方商定的时间内处理；其他问题在两个工作日内响应。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务合同，维护费按乙方当年公布的服务价格标准执行。

6.4 乙方对软件产品的后续版本升级另行收费。甲方要求提供现场服务的，差旅费用由甲方承担，并按乙方人天单价另行计费。

6.5 以下情形不属于免费维护范围：甲方自行修改系统或数据库；甲方硬件、网络或操作系统故障；病毒感染；甲方人员误操作。

## 第七条 知识产权

7.1 本合同项下的软件产品及乙方为甲方定制开发的全部功能模块、源代码、接口程序和技术文档，其知识产权均归乙方所有。

7.2 甲方获得在本厂范围内使用上述软件及定制功能的非独占、不可转让的使用权，未经乙方书面同意，不得修改、反编译或提供给任何第三方使用。

7.3 乙方不向甲方交付定制开发部分的源代码。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 为持续改进产品和开展陶瓷行业工艺研究，甲方同意乙方可对甲方的工艺参数、窑温曲线、釉料配方使用记录及良品率数据进行脱敏汇总后，用于乙方产品优化、行业分析报告及为其他客户提供工艺建议，该使用不受合同期限限制。

8.3 乙方远程维护时应通过甲方开通的专用账号登录，采取访问控制和加密传输措施，不得擅自下载甲方原始数据。因乙方过错导致甲方数据泄露的，乙方应在知悉后二十四小时内通知甲方并承担相应责任。

8.4 甲方应自行做好数据备份。合同终止后，乙方可按甲方要求协助导出数据，导出服务按乙方人天单价另行收费。

## 第九条 保密

双方对因履行本合同而获知的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，但本合同第八条第8.2款约定的使用除外。本条义务在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方未按第四条约定时间完成上线的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下承担的全部责任（包括违约金和损害赔偿）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、停产损失或数据损失承担责任。

10.4 乙方的软件按“现状”提供，乙方不保证软件完全无缺陷或不间断运行，也不保证软件满足甲方的全部业务需求。甲方对软件运行结果的使用自行判断并承担相应后果。

## 第十一条 合同解除

11.1 一方严重违反本合同且在收到对方书面通知后二十日内未予纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方应支付乙方已完成工作量对应的费用，乙方已收取的预付款在扣除该费用后的余额予以退还。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致无法履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。因电力中断、网络运营商故障或第三方软件缺陷导致系统无法正常运行的，视同不可抗力。

## 第十三条 培训

乙方在系统上线前为甲方提供两天的集中操作培训，培训对象为甲方系统管理员、车间班组长、窑炉操作人员及仓库人员，培训人数不超过二十人。培训结束后乙方提供电子版操作手册。甲方需要增加培训场次的，按乙方报价另行支付费用。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交郑州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官方网站公布的《软件许可及服务通用条款》为准，乙方有权根据业务需要不时更新该通用条款。

15.3 本合同附件：需求确认书、功能清单、报价单。附件与本合同不一致的，以本合同为准。

甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿

签订日期：＿＿＿＿年＿＿月＿＿日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HL-IT-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Hengli Pump Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wenling, Zhejiang Province (the "Buyer"), and Nineveh Data Systems LLC, a limited liability company registered in Mosul, Republic of Iraq (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance records with an enterprise asset management system for its three pump plants, and the Vendor has offered its NDS Asset Manager software together with implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means NDS Asset Manager version 9, including the mobile work-order application and the reliability analytics module, in object code, with its documentation.
P:1.2 "Services" means the implementation, configuration, interface development, data migration and training services described in Article 3 and Annex 1.
P:1.3 "Custom Deliverables" means the configurations, interfaces, report templates, migration scripts and other work product created by the Vendor specifically for the Buyer under this Agreement.
P:1.4 "Go-Live" means the day on which the Software is first used for live maintenance work at all three plants.
P:1.5 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.6 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including asset registers, maintenance histories, spare-part records and personal data of the Buyer's employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers for up to 260 named users and unlimited mobile devices, for the internal business of the Buyer and its affiliates in the People's Republic of China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery at no additional charge.
P:2.3 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Buyer's asset hierarchy, maintenance strategies and approval workflows; develop interfaces to the Buyer's ERP system for spare parts and purchase orders and to the plant SCADA historian for run-hour counters; migrate the asset register and five years of maintenance history; and train key users, technicians and administrators.
P:3.2 The Vendor shall deliver the Services in accordance with the project plan in Annex 1. Go-Live shall occur no later than 150 days after the Effective Date and Final Acceptance no later than 210 days after the Effective Date.
P:3.3 The Vendor shall assign a named project manager who speaks Chinese or English fluently and shall not replace the project manager without the Buyer's prior written approval, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,944,000, inclusive of all taxes, comprising: Software licence fee CNY 1,260,000; implementation and interface services CNY 540,000; data migration CNY 96,000; and training CNY 48,000. The Contract Price is fixed and includes all travel and living expenses of the Vendor's personnel.
P:4.2 The Buyer shall pay the Contract Price as follows: (a) 20% (CNY 388,800) within 20 days after the Effective Date against the Vendor's invoice; (b) 45% (CNY 874,800) within 20 days after Go-Live; and (c) 35% (CNY 680,400) within 20 days after Final Acceptance. Go-Live and payment under (b) do not constitute acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account designated by the Vendor. Any withholding tax required by PRC law shall be deducted from the payment and the Buyer shall provide the tax certificates.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 consecutive days. The Vendor may then request Final Acceptance.
P:5.2 Final Acceptance requires that: (a) every function in the functional specification of Annex 2 has passed the agreed test scripts; (b) the migrated asset register and maintenance history have been reconciled with the source data and all differences explained and corrected; (c) the ERP and historian interfaces have run for 20 consecutive working days without unresolved errors; (d) work-order screens open within two seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 The Buyer shall issue the acceptance certificate or a written list of failures within ten working days of the request. The Vendor shall correct failures and repeat the tests at its own cost. Use of the Software in production does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and patches, and provide remote and on-site support free of charge.
P:6.2 Defects shall be handled as follows: Severity 1 (the Software is unavailable or work orders cannot be created at any plant) - response within 1 hour, workaround within 8 hours; Severity 2 (a major function is impaired) - response within 2 hours, fix within three working days; Severity 3 - response within one working day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may set off against any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 10% of the Software licence fee, being CNY 126,000 per year, and shall not increase during the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source files and documentation, and the Buyer may use, modify and license them freely.
P:7.2 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, using named accounts approved per session. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any actual or suspected unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial measures, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public business, technical and financial information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages
P:10.1 If Final Acceptance is not achieved by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Payment of delay damages does not relieve the Vendor of its obligation to complete the Services.
H:Article 11 Limitation of Liability
P:Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, fraud or wilful misconduct, infringement indemnities, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if delay damages reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund all amounts paid for Services not accepted and deliver all Custom Deliverables completed to date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Iraq.
P:14.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effect.
P:15.2 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification and Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two English originals and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM - QUALITY CLOUD SUBSCRIPTION

**Order Form No.:** SAS-OF-2026-0887

**Provider:** Shatt Al-Arab Software Company LLC, Al-Ashar district, Basra, Republic of Iraq ("Provider")

**Customer:** Suzhou Ruitong Auto Parts Co., Ltd., Wuzhong Economic Development Zone, Suzhou, Jiangsu Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they conflict.

## PART A - ORDER DETAILS

### A1. Subscribed Service

Quality Cloud, Provider's hosted quality-management service, with the following modules: supplier quality (PPAP and incoming inspection), non-conformance and 8D problem solving, corrective and preventive actions, document control, calibration management, internal audit, and the customer-complaint portal. Up to 180 named users and 25 supplier-portal accounts. Hosting region: Provider's data centre partner in Shanghai, People's Republic of China.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4 (the "Subscription Start Date"); the second starts on the first anniversary of that date. The Subscription Term ends on the second anniversary of the Subscription Start Date and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Quality Cloud subscription, Subscription Year 1 | 180 users, 25 portal accounts | 268,000 |
| Quality Cloud subscription, Subscription Year 2 | 180 users, 25 portal accounts | 268,000 |
| Onboarding services (one-time) | configuration, migration, training | 46,000 |
| **Total Contract Value** | | **582,000** |

Fees include VAT. Additional named users may be added at CNY 1,480 per user per Subscription Year, prorated by month; such additions are not part of the Total Contract Value.

### A4. Onboarding and Payment

(a) Provider shall complete onboarding within 60 days after signature of this Order Form: configure the modules to Customer's quality procedures, migrate open non-conformances, 8D reports and controlled documents from Customer's current tools, set up single sign-on with Customer's directory, and train key users.

(b) Onboarding Acceptance: Customer shall test the configured service against the onboarding checklist attached as Exhibit 1. Onboarding Acceptance occurs when Customer confirms in writing that (i) all checklist items have passed, (ii) migrated records have been reconciled by record count and sample comparison, (iii) single sign-on works for all named users, and (iv) no Priority 1 or Priority 2 issue is open. Customer shall confirm or give reasons for refusal within seven working days of Provider's notice of completion.

(c) Provider invoices the onboarding fee on Onboarding Acceptance, and the subscription fee for each Subscription Year on the first day of that Subscription Year. Invoices are payable within 30 days.

(d) If Onboarding Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.1% of the Total Contract Value for each day of delay.

### A5. Service Levels

(a) Availability: the production service shall be available at least 99.95% of each calendar month, excluding maintenance windows notified at least five days in advance and scheduled between 00:00 and 05:00 Beijing time.

(b) Support: Priority 1 (service unavailable or data cannot be saved for all users) - response within 30 minutes, restoration within 6 hours; Priority 2 (a module is unusable) - response within 2 hours, resolution within two business days; Priority 3 - response within one business day. Support is provided in Chinese and English.

(c) Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Each Priority 1 response or restoration target missed gives a further credit of 2% of the monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the term.

### A6. Signatures

For Provider: ____________________ Name / Title / Date

For Customer: ____________________ Name / Title / Date

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and files submitted to the service by or for Customer, including inspection results, supplier records, drawings, complaint records and personal data of Customer's employees and suppliers' contacts.

1.2 "Usage Data" means technical and statistical information about the use and performance of the service.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration settings created for Customer during onboarding or the Subscription Term.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the service during the Subscription Term for their internal business.

2.2 Customer is responsible for the conduct of its users and for keeping log-in credentials secure.

2.3 Customer shall not resell the service, attempt to reverse engineer it, or use it to store material that is unlawful. Provider may suspend an individual user account that is being used in breach of this Section after notifying Customer, and shall restore it as soon as the breach has ended.

2.4 Provider may update the service from time to time, provided that updates do not materially reduce the functionality described in A1, the security measures in Section 4 or the service levels in A5. Provider shall announce major updates at least ten days in advance and provide release notes in Chinese.

2.5 Customer shall provide a project contact for onboarding, make key users available for workshops and testing, and supply the data to be migrated in the formats agreed in the onboarding plan. Provider shall give Customer a written onboarding plan within five working days after signature of this Order Form and shall report progress weekly.

### 3. Customer Data

3.1 Customer owns Customer Data. Provider processes Customer Data to provide the service under this Order Form.

3.2 Provider may collect Usage Data and may use Customer Data in aggregated and de-identified form, together with data of other customers, to improve and develop its products, to train its analytics models and to publish industry quality benchmarks, during and after the Subscription Term. Such aggregated data shall not identify Customer or any individual.

3.3 Within 30 days after the end of the Subscription Term, Provider shall make all Customer Data available for export in CSV and PDF formats and shall then delete it from the production systems.

### 4. Data Security

4.1 Provider shall host Customer Data only in the Shanghai hosting region stated in A1 and shall not transfer it outside the People's Republic of China.

4.2 Provider shall maintain a security programme that includes encryption of data in transit and at rest, role-based access control with multi-factor authentication for administrators, logging of administrative access, annual penetration tests and daily backups with a recovery point of no more than 24 hours. The hosting environment holds a valid MLPS level-3 record.

4.3 Provider shall notify Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall cooperate in the investigation and remediation, and shall compensate Customer for losses caused by Provider's breach of this Section 4.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only to perform or receive the service, and not disclose it to third parties except to personnel and advisers bound by similar duties. These obligations continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider retains all rights in the service, its software and documentation.

6.2 Customer Configurations belong to Customer. Provider shall export them on request in a documented format, and Customer may use and modify them and allow third parties to use them.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

7.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 8. Subcontracting

Provider shall not subcontract its obligations, other than the hosting services of the data centre partner named in A1, without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving notice.

9.2 If Customer terminates under 9.1, Provider shall refund the subscription fees paid for the remainder of the Subscription Term and shall support the export of Customer Data under 3.3.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The arbitration award is final.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent.

11.2 This Order Form, including Exhibit 1, is the entire agreement on its subject matter and may only be amended in writing signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. QS-EQ-2026-0274
P:Buyer: Wuhu Qingshan Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Kufa Instruments Trading Company, Kufa Road, Najaf, Republic of Iraq (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Supplier has read the Buyer's tender documents and confirms that its offer complies with them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, edge gateways and monitoring servers listed in the Price Schedule in clause 2.
P:1.2 "Software" means the Supplier's condition-monitoring software, licensed under clause 7, including its web client, alarm engine and diagnostic module.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's two clinker lines in Fanchang.
P:1.4 The Supplier shall supply the Equipment and the Software, mount the sensors on the kiln main drives, raw mill, cement mills, fans and separators as set out in the measurement-point list in Annex A, configure alarm thresholds for each machine, integrate the System with the Buyer's DCS through OPC UA, and train the Buyer's maintenance staff.
H:2. Price Schedule
P:2.1 The Contract Price is CNY 1,784,000, inclusive of VAT, duties, delivery to the Buyer's site, insurance and all services during the warranty period, itemised as follows.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX-rated|220|3,600|792,000
TB:2|Edge gateways with 4G and Ethernet backhaul|18|14,500|261,000
TB:3|Monitoring servers (rack-mounted, redundant pair)|2|48,000|96,000
TB:4|Condition-monitoring Software licence, perpetual, 400 points|1|384,000|384,000
TB:|Equipment and Software subtotal|||1,533,000
TB:5|Installation and commissioning|1 lot|142,000|142,000
TB:6|Configuration and DCS integration|1 lot|88,000|88,000
TB:7|Training|1 lot|21,000|21,000
TB:|Contract Price|||1,784,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements, changes in freight rates or any other reason.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 178,400) within 15 working days after the Supplier provides a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 981,200) within 15 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms completeness only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 624,400) within 15 working days after Final Acceptance under clause 5.
P:3.4 All payments are made in CNY against a valid VAT invoice issued by the Supplier's appointed agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within 70 days after the Contract is signed, and complete installation within 35 days after delivery.
P:4.2 Installation on running machines shall take place during planned kiln stops notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, including lock-out and permit-to-work procedures, and shall wear the protective equipment required on site.
P:4.3 Equipment shall be new, of current production, and delivered with certificates of conformity, calibration certificates and explosion-protection certificates.
P:4.4 The Buyer shall provide free access to the site, power at the gateway locations, network ports in the DCS room and lifting equipment where needed, and shall name an engineer to coordinate the work and approve the mounting position of each sensor.
P:4.5 The Supplier shall train twelve maintenance technicians and four process engineers at the Buyer's site: sensor handling and battery replacement, gateway diagnostics, alarm handling, trend analysis and the use of the diagnostic module. Training material shall be provided in Chinese. The Supplier shall also deliver as-built drawings, the final measurement-point list with sensor serial numbers, server configuration records and operating manuals.
H:5. Acceptance
P:5.1 After installation, the System shall run for 60 consecutive days (the "trial run"). Final Acceptance requires that: (a) every measurement point in Annex A sends valid data at the configured interval; (b) measured vibration values agree with the Buyer's portable reference analyser within ±5% on a sample of 40 points chosen by the Buyer; (c) the data loss rate of each gateway over the trial run is below 0.2%; (d) alarms are displayed in the DCS within ten seconds of being raised; (e) documentation and training are complete.
P:5.2 The Buyer shall issue a Final Acceptance certificate within seven working days after the tests have been passed. Signature of the installation record, use of the System during the trial run or any payment does not amount to acceptance.
P:5.3 If the System fails the tests, the Supplier shall correct the failures at its own cost within 15 days and the tests shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries of sensors that fail early, and provide Software updates and technical support.
P:6.2 Critical faults (loss of monitoring on a kiln main drive or a complete clinker line) shall receive a response within 1 hour and an engineer on site within 24 hours; other faults a response within one working day.
P:6.3 For every hour of delay beyond the response or on-site times in clause 6.2, the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty period, the Supplier shall, at the Buyer's request, provide annual support (Software updates, remote diagnosis, replacement of failed gateways and sensors at no extra charge) for a fee of 9% of the Equipment and Software subtotal, that is CNY 137,970 per year. This fee is fixed for the three years following the warranty period. Annual support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace at least five percent of the installed quantity, and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plant for the number of measurement points shown in the Price Schedule. Title to the Software remains with the Supplier or its licensors.
P:7.2 The machine models, alarm configurations, DCS interface programs, dashboards and reports developed for the Buyer under this Contract belong to the Buyer. The Supplier shall hand over their source files, and the Buyer may use, modify and have them modified by third parties.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data and Security
P:8.1 All measurement data, alarm records and machine information collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The System shall store data only on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN, on a per-session approval, with all sessions logged. The Supplier shall not connect any device to the Buyer's control network without approval.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours and is liable for damage resulting from its breach of this clause.
H:9. Confidentiality
P:Each party shall keep the other party's technical and commercial information confidential and shall not disclose it to third parties without written consent, during the Contract and for five years after it ends.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, intentional misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. An approved subcontractor's acts are the Supplier's acts.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not cure the breach within 20 days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:14. Miscellaneous
P:14.1 Force majeure: neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party within five days and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may end the Contract by written notice.
P:14.2 Annexes: Annex A (measurement-point list), Annex B (technical specification), Annex C (training plan).
P:14.3 This Contract is made in Chinese and English; both versions are equally authentic. It takes effect when signed and sealed by both parties.
P:Buyer (seal): ____________________    Supplier (signature): ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES CONTRACT

**Contract No.:** MY-MS-2026-019

**Between:** Foshan Meiyu Household Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**and:** Karbala Technology Services Company, Al-Hurr district, Karbala, Republic of Iraq, acting in China through its engineering team based in Guangzhou ("Provider")

**Date:** ____ 2026

## 1. Purpose and Structure

1.1 Customer wishes to outsource the day-to-day operation of its IT infrastructure at its head office and five plants, and Provider has agreed to provide managed services for a fixed monthly charge.

1.2 This Contract consists of these clauses and Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If there is a conflict, these clauses prevail over the Schedules.

## 2. Term

2.1 The Contract starts on the date of signature. Transition shall be completed within 75 days after signature. The Service Period starts on the day after Transition Acceptance and lasts 36 months.

2.2 The Contract ends at the end of the Service Period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 During Transition, Provider shall take over the operation of Customer's network, servers, storage, backup system and end-user devices from Customer's internal team, document the infrastructure, set up its monitoring tools and service desk, and agree the operating procedures with Customer.

3.2 Transition Acceptance requires that: (a) all configuration items listed in the transition plan are recorded in the configuration database; (b) monitoring covers all network devices, servers and backup jobs, and test alarms reach the service desk; (c) the service desk has handled a parallel run of ten working days with Customer's team without any missed Priority 1 or Priority 2 ticket; (d) a restore test of three selected systems from backup has succeeded; and (e) operating procedures and escalation lists have been approved by Customer. Customer shall confirm Transition Acceptance in writing or list the failed items within five working days after Provider's notice.

3.3 If Transition Acceptance is delayed beyond the 75-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.

## 4. Services and Service Levels

4.1 Provider shall provide the Services described in Schedule 1 for all sites and users covered by this Contract, using qualified personnel and industry good practice.

4.2 Provider shall meet the Service Levels in Schedule 2 and shall give Customer the Service Credits stated there when it fails to do so. Provider shall report performance against the Service Levels monthly, within seven working days after the end of each month, and attend a monthly service review with Customer's IT manager.

4.3 Provider shall assign a service delivery manager and at least two resident engineers located in Foshan. Key personnel shall not be replaced without prior notice to Customer and a handover period of at least ten working days.

4.4 Customer may request changes to the Services through the service review. Changes that do not increase Provider's effort materially, such as adding up to fifty users, new network devices at existing sites or additional reports, are included in the monthly charge. Other changes are agreed in a written change order stating the effect on charges and Service Levels before work starts.

4.5 Customer shall give Provider's personnel access to the sites, systems and information needed to provide the Services, provide office space for the resident engineers, and inform Provider in advance of planned changes by Customer's own staff or other suppliers that may affect the Services.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value is CNY 2,162,000, consisting of the Transition charge and 36 monthly service charges.

5.2 The Transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days of receipt. Service Credits are deducted from the next invoice.

5.3 The charges are fixed for the Service Period. They include all personnel, tools, monitoring software licences, travel and expenses of Provider.

## 6. Customer Data and Security

6.1 Customer Data means all data stored in or passing through the systems operated by Provider, including production data, business records, e-mails and personal information of employees and customers. Customer Data belongs to Customer. Provider shall process it only as needed to provide the Services.

6.2 Provider shall: operate only through named administrator accounts with multi-factor authentication; record all privileged sessions in Customer's bastion host; apply security patches within the periods agreed in the operating procedures; keep backups encrypted; not copy Customer Data to its own systems or to any place outside the People's Republic of China; and comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and MLPS requirements applicable to Customer's systems.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data or Customer's systems to Customer's IT manager within 2 hours after detection, take immediate containment measures, and provide a written incident report within five working days. Provider is liable for all losses suffered by Customer as a result of a security incident caused by Provider's breach of this clause 6.

## 7. Intellectual Property

7.1 Provider's tools, monitoring software and pre-existing methods remain Provider's property.

7.2 Documentation, configuration records, scripts, runbooks and reports created for Customer under this Contract belong to Customer, which may use and modify them freely and give them to any replacement provider.

## 8. Subcontracting

Provider may use subcontractors for field support at the plants, cabling work and hardware repair, provided that it informs Customer in writing of the name of each subcontractor before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Contract is limited to 150% of the total contract value. The limit does not apply to personal injury, wilful misconduct or liability under clause 6.

9.2 Neither party is liable for loss of profit or indirect loss, except where caused by wilful misconduct.

## 10. Termination and Exit

10.1 Customer may terminate this Contract by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider fails the same Priority 1 Service Level in three consecutive months.

10.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the current monthly charge, hand over all documentation, accounts and passwords, and return or securely delete any Customer Data in its possession, confirming deletion in writing.

## 11. Governing Law and Disputes

This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 12. General

12.1 Neither party is liable for failure caused by force majeure, provided that it promptly notifies the other party and resumes performance as soon as possible.

12.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal for about 1,350 users; logging, classification and tracking of all tickets | 24 x 7 |
| Network operations | Core and plant switches, firewalls, Wi-Fi controllers, SD-WAN links between the six sites; monitoring, configuration changes, firmware updates | 24 x 7 monitoring |
| Server and storage operations | 86 virtual and 14 physical servers, two storage arrays; monitoring, patching, capacity reports | 24 x 7 monitoring |
| Backup and recovery | Daily backup jobs, weekly checks, quarterly restore tests, annual disaster-recovery test | Business days |
| End-user support | Desktop and laptop support, printers, mobile devices; on-site support at all sites | Monday to Saturday, 08:00-20:00 |
| Reporting | Monthly service report, quarterly capacity and risk report | Monthly / quarterly |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Availability of core network and data centre services | 99.95% per month | 5% of the monthly charge for each started 0.02 point below target, not more than a fifth of the monthly charge |
| Priority 1 incident (plant production systems or whole site affected) | Response within 15 minutes, restoration within 3 hours | 2% of the monthly charge per incident missed |
| Priority 2 incident (a service degraded for many users) | Response within 1 hour, restoration within 8 hours | 1% of the monthly charge per incident missed |
| Priority 3 incident (single user) | Response within 2 hours, resolution within two business days | None |
| Failed backup job | Re-run successfully by the end of the next business day | 1% of the monthly charge per job not re-run in time |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, invoiced after Transition Acceptance | 74,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total contract value | | 2,162,000 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: HX-DATA-2026-112

PARTIES

Ningbo Haixin Commodities Trading Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

Baba Gurgur Data Services LLC, Arrapha district, Kirkuk, Republic of Iraq ("Provider").

BACKGROUND

Provider compiles market data on crude oil, fuel oil and petrochemical products, including assessed prices, cargo fixtures and tanker positions, and makes it available through a web terminal and an application programming interface (the "API"). Customer trades these products and wishes to feed the data into its trading, risk and logistics systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the price assessments, fixture reports, vessel-position records, historical series and related metadata that Provider makes available under this Agreement.

1.2 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first of which starts on the Access Date.

1.3 "Access Date" means the date on which Provider issues production API credentials to Customer after Integration Acceptance under clause 4.

1.4 "Customer Data" means all information that Customer or its users submit to the API or the terminal, including watchlists, portfolio positions, query parameters, user accounts and usage logs attributable to Customer.

1.5 "Custom Extracts" means the customised data views, mapping tables and delivery scripts that Provider prepares specifically for Customer under clause 3.3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data through the API and through up to 15 terminal seats, and to use the Data for Customer's internal trading, risk management, logistics planning and reporting.

2.2 Customer may store the Data in its internal systems and may show derived figures, such as portfolio valuations and internal reports, to its own management, auditors and regulators. Customer shall not resell the Data or publish it as a data product.

2.3 The Subscription Term consists of two Subscription Years. It ends at the end of the second Subscription Year. A further subscription requires a new written agreement; nothing in this Agreement renews automatically.

3. SERVICES

3.1 Provider shall provide API documentation, sandbox credentials and sample files within five working days after signature.

3.2 Provider shall make the Data available through the API in JSON and CSV formats, with end-of-day price assessments published by 19:30 Beijing time on each assessment day and vessel positions updated at least hourly.

3.3 Provider shall prepare Custom Extracts that map Provider's product codes and delivery locations to Customer's internal instrument codes and deliver them through a scheduled daily file to Customer's SFTP server.

3.4 Provider will use commercially reasonable efforts to keep the API and the terminal available and to answer support requests promptly during Provider's business hours. Provider may suspend access for maintenance and will try to give advance notice of planned maintenance.

3.5 Provider may improve the API and the terminal from time to time. Where a change removes a field, a product or a delivery point that Customer uses, or changes the format of a Custom Extract, Provider shall announce it to Customer's technical contact in writing at least sixty days in advance, keep the previous version running during that period, and update the Custom Extracts at no additional charge.

3.6 Provider shall explain its price-assessment methodology in documents available to Customer and shall inform Customer of any change to the methodology for a product that Customer subscribes to before the change takes effect.

3.7 Customer shall keep its API credentials and terminal passwords secure, make sure that terminal seats are used only by the named users registered with Provider, and inform Provider without delay if it suspects that credentials have been misused. Customer shall provide an SFTP server and a technical contact for the integration work.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall support Customer's integration team until Integration Acceptance. Integration support includes two online workshops, answering technical questions and correcting errors in the Custom Extracts.

4.2 Integration Acceptance requires that: (a) the API returns all products and delivery points listed in Exhibit A; (b) a comparison of twenty assessment days of Data with Provider's published reports shows no discrepancy; (c) the daily Custom Extract file has been delivered on ten consecutive business days in the agreed format; and (d) the historical series back to 2016 have been loaded by Customer without missing dates. Customer shall confirm Integration Acceptance in writing or state the failed criteria within five business days after Provider's notice of readiness.

5. FEES AND PAYMENT

5.1 The fees are:
    Subscription fee, Subscription Year 1 ........................ CNY 296,000
    Subscription fee, Subscription Year 2 ........................ CNY 296,000
    Integration support and Custom Extracts (one-time) ........... CNY 34,000
    Total Contract Value ......................................... CNY 626,000

5.2 Provider invoices the one-time fee after Integration Acceptance and the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each invoice within 30 days after receipt by bank transfer in CNY.

5.3 The fees are fixed for the Subscription Term and include VAT. Additional terminal seats may be ordered at CNY 11,000 per seat per Subscription Year, prorated by month; these are not part of the Total Contract Value.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data and services under this Agreement and shall not analyse, combine or disclose Customer's watchlists, positions or queries for any other purpose.

6.2 Provider shall store Customer Data on servers located in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with a need to know, keep access logs for at least one year, and apply security updates without undue delay.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, take reasonable steps to contain it, and be liable for losses caused to Customer by Provider's breach of this clause 6.

6.4 At the end of the Subscription Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its sources own all rights in the Data, the API and the terminal software. Nothing in this Agreement transfers them to Customer.

7.2 The Custom Extracts, including mapping tables and delivery scripts, belong to Customer once paid for. Customer may use, modify and have them maintained by third parties. Provider shall deliver their source files at Integration Acceptance.

7.3 Provider warrants that it has the right to license the Data to Customer as set out in clause 2 and shall indemnify Customer against third-party claims that Customer's permitted use of the Data infringes their rights.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential any non-public information received from the other party in connection with this Agreement, including the terms of this Agreement, and shall use it only for this Agreement.

8.2 These obligations do not apply to information that is or becomes public without breach, was lawfully known to the receiving party, or must be disclosed by law or to a regulator. They continue for three years after the end of this Agreement.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value. This limit does not apply to wilful misconduct, fraud or breach of clause 6.

9.2 Neither party is liable for indirect or consequential loss. Provider does not guarantee that the Data is free of errors, but shall correct errors in the Data promptly when they are reported or found.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Provider shall not subcontract the preparation of Custom Extracts, the hosting of Customer Data or any other part of its obligations without Customer's prior written consent.

10.2 Neither party may assign this Agreement without the prior written consent of the other party.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the part of the subscription fee paid for the period after termination. Customer's licence under clause 2.2 to keep Data received before termination for internal records survives.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for delay or failure caused by force majeure, including failures of public telecommunication networks, provided it informs the other party promptly.

13.2 Notices shall be in writing and sent by courier or e-mail to the addresses given by each party.

13.3 This Agreement, with Exhibit A (Products and Delivery Points), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is signed in two English originals.

Signed for Customer: ____________________   Date: __________

Signed for Provider: ____________________   Date: __________
"""

# ---------------------------------------------------------------- design table (labels) ----------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

D = {
 "z01": dict(name="h774z01_cold_chain_food_traceability_platform.pdf", src=Z01, lang="zh", cat="software",
             kind="goods_or_licence", cv=2038000, items=[1160000, 690000, 152000, 36000], base=1160000,
             pays=[407600, 917100, 713300],
             t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8),
             capped=True, rules=[]),
 "z02": dict(name="h774z02_treadmill_welding_belt_line_retrofit.docx", src=Z02, lang="zh", cat="hardware",
             kind="goods_or_licence", cv=2080000, items=[1720000, 186000, 154000, 20000], base=1720000,
             pays=[208000, 1144000, 728000],
             t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.02, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28),
             capped=True, rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "z03": dict(name="h774z03_baking_studio_booking_membership_saas.txt", src=Z03, lang="zh", cat="cloud",
             kind="service", cv=702000, items=[35 * 6800 * 2, 58000 * 2, 86000, 24000],
             t=dict(availability_pct=99.5, p1_response_hours=1, data_security_clause=False,
                    ld_rate_per_day_pct=0.1, liability_cap_pct=200, auto_renewal_price_increase=True),
             rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
 "z04": dict(name="h774z04_justice_bureau_resettlement_system_om.txt", src=Z04, lang="zh", cat="services",
             kind="service", cv=436000, items=[109000] * 4,
             t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.08,
                    termination_for_breach=False),
             rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "z05": dict(name="h774z05_sancai_glaze_tracking_supplier_template.md", src=Z05, lang="zh", cat="software",
             kind="goods_or_licence", cv=864000, items=[420000, 360000, 68000, 16000], base=420000,
             pays=[561600, 302400],
             t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                    ld_rate_per_day_pct=0.03, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                    final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None),
             capped=False, deemed=True,
             rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                    "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": dict(name="h774e01_eam_perpetual_licence_mosul_vendor.pdf", src=E01, lang="en", cat="software",
             kind="goods_or_licence", cv=1944000, items=[1260000, 540000, 96000, 48000], base=1260000,
             pays=[388800, 874800, 680400],
             t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                    governing_law="Iraq"),
             capped=True, rules=["CR-GOVERNING-LAW"]),
 "e02": dict(name="h774e02_quality_saas_order_form_basra_vendor.md", src=E02, lang="en", cat="cloud",
             kind="service", cv=582000, items=[268000, 268000, 46000],
             t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                    liability_cap_pct=6 / 24 * 100),
             rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
 "e03": dict(name="h774e03_cement_plant_condition_monitoring_sensors.docx", src=E03, lang="en", cat="hardware",
             kind="goods_or_licence", cv=1784000, items=[792000, 261000, 96000, 384000, 142000, 88000, 21000],
             base=1533000, pays=[178400, 981200, 624400],
             t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
             capped=True, rules=[]),
 "e04": dict(name="h774e04_managed_infrastructure_services_36_months.md", src=E04, lang="en", cat="services",
             kind="service", cv=2162000, items=[74000] + [58000] * 36,
             t=dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                    ld_rate_per_day_pct=2000 / 2162000 * 100, liability_cap_pct=150,
                    subcontract_without_consent=True),
             rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
 "e05": dict(name="h774e05_oil_market_data_api_subscription.txt", src=E05, lang="en", cat="cloud",
             kind="service", cv=626000, items=[296000, 296000, 34000],
             t=dict(sla_remedy=False, liability_cap_pct=200),
             sla=False, ld=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d, terms):
    pwf, w = terms["post_warranty_fee_pct"], terms["warranty_months"]
    years = max(0.0, 5 - w / 12)
    fees = years * pwf / 100 * d["base"]
    return fees / (d["cv"] + fees) * 100


def label(d):
    terms = dict(BASE)
    terms.update(d["t"])
    terms["contract_kind"] = d["kind"]
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["cv"]
    return terms, extra


def derive(d, terms, extra):
    """Own reading of policy §3 ("Where rules apply, and how clauses are read")."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = terms["post_warranty_fee_pct"]
        if pwf is None or not extra["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and extra["post_warranty_fee_capped"] and tco_share(d, terms) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or d.get("forum_outside", False):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan -----------------------------------
PATTERNS = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)", r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|percent|per cent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九十])",
    r"(?:thirty|forty|fifteen|one hundred)\s*(?:%|percent|per cent)",
    r"(?<![\d.])12\s*(?:个月|个自然月|months?|-month)", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?|hrs?|h\b)", r"(?<![十\d])四(?:个)?小时", r"four[\s-]*hours?",
    r"(?<![\d.])5\s*年\s*TCO"]]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "30%", "30 %", "40%", "15 %", "100%", "百分之三十", "百分之十五",
            "12个月", "12 months", "twelve months", "twelve-month", "4小时", "4 hours", "4 hour", "四小时", "four hours",
            "30.0%", "one hundred percent"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "24小时", "24 hours", "14 hours", "130%", "35%", "115%", "1.5%", "百分之三十五",
             "百分之二十五", "112 months", "2.15%", "0.5%", "0.08%", "万分之五十", "十四小时", "30 days", "12 hours",
             "1,200,000", "150%", "200%"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            found += [m.group(0) for m in p.finditer(variant)]
    return found


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            parts += [" ".join(c.text for c in row.cells) for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))

    binary = {k: (d["name"], d["name"].rsplit(".", 1)[1]) for k, d in D.items() if d["name"].endswith((".docx", ".pdf"))}
    write({k: D[k]["src"] for k in binary}, binary, OUT, wrap_words=True)
    for k, d in D.items():
        if k not in binary:
            (OUT / d["name"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["name"])

    covered = set()
    for k, d in D.items():
        assert sum(d["items"]) == d["cv"], k
        if "pays" in d:
            assert sum(d["pays"]) == d["cv"], k
        terms, extra = label(d)
        for key, th in THRESH.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        rules = derive(d, terms, extra)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        share = None
        if terms["contract_kind"] == "goods_or_licence" and terms["post_warranty_fee_pct"] is not None:
            share = tco_share(d, terms)
            assert abs(share - 40) > 2, (k, share)
        text = read_back(OUT / d["name"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        h = hits(text) + hits(d["src"])
        assert not h, (k, h)
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        lab = {"file": d["name"], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
               "expected_extra": extra, "expected_rules": rules}
        (OUT / (d["name"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(k, n, risk, rules, "" if share is None else "TCO share %.2f" % share)
    assert len(covered) == 20 and covered == set(SEVERITY), set(SEVERITY) - covered
    mix = [len(D[k]["rules"]) for k in D]
    assert sorted(k for k in D if not D[k]["rules"]) == ["e03", "z01"]
    assert D["e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(D["z05"]["rules"]) <= 10
    print("all checks passed")
