"""holdout1000: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rules derived from the labels, coverage of the 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:绿电绿证交易服务平台建设项目政府采购合同
P:合同编号：FGW-ZC-2027-0418
P:采购人（甲方）：某市发展和改革委员会
P:供应商（乙方）：某市绿源数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就绿电绿证交易服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供绿电绿证交易服务平台软件的永久使用许可，并按需求规格说明书完成定制开发、部署实施与培训，使平台能够支撑全市绿电交易撮合、绿证核发信息对接、企业绿色电力消费核算和碳账户管理等业务。
P:1.2 定制开发内容包括：与国家绿证核发交易系统及省电力交易中心的数据接口、交易撮合与合同管理模块、企业用能与绿电消费核算模块、统计分析驾驶舱及移动端查询功能。
P:1.3 平台部署于甲方指定的政务云环境，乙方负责安装、配置、联调及上线支持。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万捌仟元整（¥1,988,000），包括：平台软件许可费¥1,160,000；定制开发费¥684,000；实施部署费¥118,000；培训费¥26,000。
P:2.2 合同总价为固定价格，已包含乙方完成本项目所需的全部费用及税费，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，计¥397,600。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥894,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥695,800。
P:3.4 乙方每次申请付款时，应提交付款申请、合规发票及相应阶段的验收或确认文件。
P:3.5 甲方按照政府采购资金支付程序付款，因财政审批流程产生的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成定制开发、部署和联调，并提交初步验收申请。
P:4.2 乙方应按周向甲方报送项目进度，并配合甲方组织的需求确认和阶段评审。
P:4.3 乙方应为本项目配备项目经理一名、开发及实施人员不少于八名，项目经理未经甲方同意不得更换。
P:4.4 乙方应在合同签订后二十日内提交详细需求规格说明书和实施方案，经甲方书面确认后执行；需求变更应经双方书面确认，并相应调整进度安排。
P:4.5 乙方应为甲方业务人员及系统管理员提供不少于六次集中培训，并提交用户手册、运维手册、接口说明和数据字典等技术文档。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；与国家绿证核发交易系统、省电力交易中心接口连续七日数据交换无差错；在三百个并发用户下页面平均响应时间不超过2秒；第三方机构出具的安全测评报告无中高危漏洞。
P:5.2 初步验收通过后平台进入九十日试运行期。试运行期间未发生一级故障、遗留问题全部关闭的，乙方可申请最终验收。最终验收由甲方组织专家按本合同及需求规格说明书逐项核验，并出具书面验收报告。
P:5.3 平台上线、试运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不高于平台软件许可费的9%（即每年不超过¥104,400），该费率在质保期满后三年内保持不变，由双方另行签订维护合同。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日告知甲方并安排在非工作时间。
P:7.2 一级故障（平台整体不可用或交易撮合中断）乙方应在30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障在下一个工作日内响应。
P:7.3 一级故障响应每迟延一小时，甲方扣减乙方人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元，可从应付款项中直接扣除。
H:第八条 数据安全
P:8.1 平台中的交易数据、企业用能数据及全部业务数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、操作审计和加密存储措施，运维操作须经甲方堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工作秘密、企业商业信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发形成的源代码、接口程序、数据模型及技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交。
P:10.2 乙方应在初步验收前向甲方提交源代码清单及编译部署说明，并保证所交付源代码能够在甲方环境中重新编译并正常运行。
P:10.3 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯任何第三方的合法权益。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方要求的期限内修复或更换，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过四十五日，或出现重大违约且经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及全部业务数据，并配合甲方完成系统交接，不得以任何理由拒绝或拖延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 甲方应为乙方提供必要的办公场地、政务云资源申请协助及相关业务资料，并及时确认需求和验收申请。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.4 附件：需求规格说明书；分项报价表；验收方案。
P:甲方（盖章）：__________　乙方（盖章）：__________
P:签订日期：2027年3月____日
"""

Z02 = """T:梳子生产线控制系统改造合同
P:合同编号：ZFS-GZ-2027-06
P:甲方：某县直发梳厂
P:乙方：某市精控自动化工程有限公司
P:甲方为提升注塑、打磨、植针、包装四条梳子生产线的自动化和质量检测水平，委托乙方对上述生产线的控制系统进行改造。双方在平等自愿基础上订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的整体改造，包括原有继电器控制柜拆除，PLC控制柜、伺服驱动及电机、触摸屏、视觉检测相机的供货与安装，生产线监控软件的许可与部署，以及PLC程序和监控画面的编写调试。
P:1.2 改造完成后应实现：各工位联动控制、梳齿缺陷视觉检测自动剔除、产量与设备状态实时采集、异常停机报警，以及按班组统计产量和不良率。
P:1.3 乙方应在合同签订后十五日内完成现场勘察，提交改造设计方案、电气原理图、设备布置图和停线施工计划，经甲方书面确认后实施。设计方案应充分利用甲方现有注塑机、打磨机和植针机的机械结构，不得降低设备原有安全防护等级。
P:1.4 改造施工须利用甲方安排的停产检修窗口分线进行，每条生产线停线时间不超过六日，不得影响其他生产线正常生产。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、PLC、I/O模块）|6套|68,000|408,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|触摸屏HMI|6台|7,800|46,800
TB:4|视觉检测相机及光源|6套|21,000|126,000
TB:5|生产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||994,800
TB:6|安装调试（含旧柜拆除、布线）|1项|126,000|126,000
TB:7|PLC程序及监控画面编写|1项|88,000|88,000
TB:8|操作及维修培训|1项|11,200|11,200
TB:|合同总价|||1,220,000
P:2.2 上述价格含设备运输、保险、安装调试、税费等全部费用。合同履行期间，除经甲方书面确认的变更外，合同总价不作调整。
P:2.3 因甲方要求增加工位或变更功能的，双方按分项报价表所列单价协商确定增减费用，并签订书面变更单。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，计¥244,000。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的50%，计¥610,000。到货安装不视为验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的25%，计¥305,000。
P:3.4 剩余5%（¥61,000）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后四十五日内完成全部设备到货，并于到货后六十日内完成四条生产线的改造调试。
P:4.2 乙方交付的设备应为原厂全新正品，附产品合格证、说明书和出厂检验报告；进口部件应提供报关单据。甲方发现设备型号、配置与分项报价表不符的，有权拒收，乙方应在七日内更换。
P:4.3 乙方应提前七日提交每条生产线的停线施工方案，经甲方书面确认后实施。施工期间乙方应遵守甲方的安全生产管理制度，因乙方原因造成的人身或财产损失由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，验收标准为：各工位联动无异常停机；视觉检测对断齿、缺齿、毛刺的检出率不低于98%，误剔率不高于2%；单线产能不低于改造前的1.2倍；监控软件数据与人工点检记录一致。
P:5.2 四条生产线均达到上述标准后，由甲方组织最终验收并签署验收报告。未达标的，乙方应在十日内整改后重新验收，整改费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内乙方免费提供设备维修、零部件更换、软件缺陷修复和程序优化。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单工位故障）8小时内到场。到场每迟延一小时，乙方向甲方支付人民币800元。
P:6.3 乙方应在甲方厂区存放常用备品备件，包括伺服驱动器、I/O模块、相机光源各不少于两套，质保期内免费使用，并在使用后十日内补齐。
P:6.4 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备品备件更换、软件升级及故障处理。年度维保费按软硬件小计的28%计取，即每年¥278,544，该费用在质保期满后三年内不作调整。
H:第七条 数据安全与知识产权
P:7.1 生产线运行数据、产量及质量数据归甲方所有，乙方不得将其复制、外传或用于本合同以外的用途。
P:7.2 乙方远程维护须经甲方逐次授权，并通过甲方指定的VPN进行，操作留存日志；乙方应对其人员的操作行为负责，因乙方原因导致数据泄露、丢失或生产系统被入侵的，由乙方承担全部赔偿责任。
P:7.3 乙方为本项目编写的PLC程序、监控画面及其源文件的知识产权归甲方所有，乙方应在验收时完整移交，甲方可自行修改和使用。监控软件标准产品的知识产权归乙方，甲方享有永久使用权。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工艺参数、模具资料、客户信息和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 乙方提供的设备或软件不符合约定的，甲方有权要求更换或修复，并要求乙方赔偿因此造成的停产损失。
P:9.3 因乙方施工原因导致停线时间超过约定的，每超过一日，乙方应赔偿甲方该生产线的停产损失，损失金额按甲方上月该生产线日均产值的一半计算。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。经同意分包的，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或严重违约经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 合同解除时已安装的设备，甲方可选择保留并按分项单价结算，或要求乙方拆除并恢复原有控制系统，费用由乙方承担。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十三条 其他
P:13.1 乙方应为甲方设备操作工、班组长及维修电工提供现场培训，内容包括触摸屏操作、常见报警处理、视觉检测参数调整和日常保养，培训后甲方维修电工应能独立完成常见故障的处理。
P:13.2 乙方应在最终验收时向甲方移交电气图纸、PLC程序备份、参数设置表、设备说明书及维护保养手册各两套，并提供电子版。
P:13.3 因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:13.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统SaaS服务合同

合同编号：RB-SaaS-2027-011
甲方：某市垒动体育文化发展有限公司（软式棒球连锁门店运营方）
乙方：某市云约信息技术有限公司

鉴于甲方在本市及周边城市经营35家软式棒球训练门店，需要统一的场地预约、课程排期和会员管理系统，乙方同意以SaaS方式向甲方提供该系统并完成实施。双方经协商订立本合同。

一、服务内容
（一）乙方向甲方35家门店提供“云约”预约及会员管理系统的在线订阅服务，包括场地及教练预约、课程排期、会员卡及储值管理、积分营销、微信小程序、门店经营报表等功能模块。
（二）乙方负责系统实施，包括：
1. 甲方现有会员、储值余额及课时数据的迁移；
2. 甲方品牌微信小程序的页面配置和上架；
3. 与甲方现有收银系统和财务软件的接口对接；
4. 门店管理员及前台人员的培训。
（三）系统部署于乙方租用的境内云服务器，乙方负责系统运行、维护和版本升级。
（四）服务期内乙方免费提供系统功能的常规版本升级，每季度至少发布一次更新并提前通知甲方更新内容。涉及预约、收银等核心流程变更的，应先在甲方测试门店试用，经甲方确认后再推送至全部门店。
（五）乙方为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度服务回顾，每季度向甲方提交服务报告，内容包括系统可用率、故障处理情况、门店使用情况和改进建议。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自实施验收合格之日起算，满一年后进入第二服务年度。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一年，可多次续期。续期时乙方有权按其届时公布的价格目录调整订阅单价，并以调整后的价格向甲方收取续期费用。

三、合同价款
（一）订阅费：每店每服务年度人民币6,800元，35家门店每服务年度合计¥238,000，两个服务年度合计¥476,000。
（二）实施费：人民币78,000元（一次性）。
（三）培训费：人民币16,000元（一次性）。
（四）本合同总价为人民币伍拾柒万元整（¥570,000）。服务期内新增门店的，按每店每服务年度6,800元按月折算收取。

四、付款方式
（一）实施费和培训费在实施验收合格后十个工作日内一次性支付。
（二）每一服务年度的订阅费，在该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具合规增值税专用发票。
（四）因乙方原因导致系统不可用、甲方暂停使用的期间，该期间的订阅费按日折算从下一期订阅费中扣除；第二服务年度结束时仍有未抵扣金额的，乙方以现金退还甲方。
（五）除本合同约定的费用外，乙方不得以短信费、存储扩容等名义另行收取费用。

五、实施与验收
（一）乙方应在合同签订后四十五日内完成全部35家门店的上线。
（二）实施验收标准：
1. 会员、储值余额和课时数据迁移后与甲方原系统逐户核对一致，差异为零；
2. 35家门店均能完成预约、签到、消课、退款全流程操作；
3. 小程序在五百人同时在线预约时页面响应时间不超过2秒；
4. 与收银系统、财务软件的接口连续五日对账无差错。
（三）实施期间，乙方应按周向甲方报告各门店上线进度，并在每家门店上线当日派员现场或远程值守，协助前台人员完成首日预约和收银操作。
（四）甲方应在乙方提交验收申请后七个工作日内组织验收，验收合格的签署验收报告；系统上线使用不视为验收合格。

六、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应在每日零点至六点之间进行并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或无法收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般使用问题）：下一工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障超过恢复时限的，每超过一小时按当月订阅费的2%抵扣，抵扣在下一期订阅费中扣除。

七、数据安全与数据归属
（一）甲方会员信息、预约记录、交易流水等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，对会员手机号等个人信息加密存储，实行最小权限访问和操作日志审计。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任。
（四）乙方每日对甲方数据进行全量备份，备份保存于境内另一可用区，保留期不少于三十日；因系统故障导致数据丢失的，乙方应在八小时内完成恢复。
（五）乙方人员访问甲方生产数据须经甲方管理员授权，访问记录保存不少于六个月，甲方可随时查阅。
（六）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。

八、保密
（一）乙方对履约中知悉的甲方会员信息、经营数据、价格策略、门店拓展计划等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得用于本合同以外的目的。
（二）乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（三）本条在合同终止后继续有效。

九、知识产权
（一）为甲方定制的小程序页面、接口程序及报表模板的知识产权归甲方所有，甲方可自行修改使用或许可他人使用。
（二）“云约”系统平台本身的知识产权归乙方，服务期内甲方享有使用权。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。
（二）系统连续两个月未达到约定可用率的，甲方有权解除本合同。
（三）合同解除的，乙方应按本合同第七条约定向甲方交付全部数据，并在数据交接完成前继续维持系统的只读访问，不得删除或锁定甲方数据。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
（一）甲方应指定专人负责项目对接，按时提供门店信息、会员数据和接口资料，并组织门店人员参加培训。
（二）服务期内甲方门店关闭的，自关闭次月起相应减少订阅店数，乙方按月折算退还或抵扣订阅费。
（三）因不可抗力导致合同不能履行的，受影响方应及时通知对方，并在十日内提供证明，双方协商延期履行或解除合同。
（四）服务期内乙方发生合并、分立或系统停止运营的，应提前九十日书面通知甲方，并协助甲方完成数据迁移。
（五）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2027年　月　日
"""

Z04 = """车路协同路侧设备运维系统年度运维服务合同

项目名称：车路协同路侧设备运维系统2027年度运维服务
采购方式：竞争性磋商
采购人（甲方）：某市交通运输局
供应商（乙方）：某市智行交通科技服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就车路协同路侧设备运维系统年度运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：全市示范路段120个路侧点位的路侧单元（RSU）、边缘计算单元、毫米波雷达、高清摄像机、路侧信息屏，以及车路协同路侧设备运维系统（含云控平台软件、数据中台和监测大屏）。
（二）服务内容：设备日常巡检与清洁、故障诊断与维修、备件更换、软件运行监测与缺陷修复、数据质量核查、网络与安全运维、重大活动保障以及月度、季度运维报告。
（三）乙方应派驻不少于六名专职运维人员常驻本市，并设立7×24小时值班电话。
（四）巡检要求：路侧点位每月全面巡检一次，重点路口每两周巡检一次；巡检内容包括设备外观及安装牢固情况、供电与接地、通信链路、设备时钟同步、摄像机和雷达视角校准等，巡检结果应录入运维系统并附现场照片。
（五）乙方应于每月五日前提交上月运维报告，每季度第一个月十日前提交上季度运维分析报告，内容包括故障统计、原因分析、设备健康状况、备件消耗和改进建议。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，是否续签由甲方依法另行组织采购。

第三条 合同价款与支付
（一）本合同总价为人民币捌拾陆万捌仟元整（¥868,000），为固定总价，包括人工、交通、工具、常用备件、税费等全部费用。单价超过人民币3,000元的非常用备件，经甲方确认后按实结算，不计入合同总价。
（二）合同总价按季度平均支付，每季度¥217,000。乙方在每季度考核结束后提交考核结果和发票，甲方在十五个工作日内支付该季度费用，并扣除依据考核应扣减的金额。
（三）本合同不设预付款。
（四）按实结算的备件，乙方应在更换前提交报价及更换理由，经甲方书面确认后方可更换；备件价格不得高于同期市场价格，甲方可组织询价核实。
（五）乙方应按季度开具合规发票，发票金额应与考核后的应付金额一致。

第四条 服务水平
（一）运维系统平台年度可用率不低于99.95%。路侧点位设备应保持在线，单个点位连续离线不得超过一个修复时限。
（二）故障分级与时限：
1. 一级故障（平台中断、连续五个以上点位离线或影响交通安全的设备故障）：30分钟内响应，2小时内到达现场，6小时内修复；
2. 二级故障（单个点位离线或单台设备故障）：1小时内响应，12小时内修复；
3. 三级故障（不影响功能的一般问题）：48小时内修复。
（三）乙方每迟延响应或修复一次一级故障，扣减当季度服务费人民币2,000元；巡检计划每漏检一个点位，扣减当季度服务费人民币300元；平台可用率低于承诺值的，每0.01个百分点扣减人民币1,000元。

第五条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括故障响应及修复时限达成情况、巡检计划完成情况、点位离线时长、平台可用率、报告质量和值班到岗情况。考核依据为运维系统工单记录、巡检记录和甲方抽查结果。
（二）服务期满后十五日内，甲方依据四个季度的考核结果及本合同约定组织年度验收，乙方应移交全部设备档案、故障台账、配置清单和运维文档。年度验收合格后出具书面验收意见。

第六条 服务启动
乙方应在服务期开始之日前完成人员进场、工具备件准备和交接工作，并与原运维单位在甲方组织下办理设备、账号、文档和遗留问题的逐项交接。因乙方原因未能按期启动服务的，每延误一日，按合同总价的千分之一向甲方支付违约金。

第七条 数据安全
（一）路侧设备采集的视频、雷达点云、车辆轨迹及运维系统全部数据归甲方所有。乙方仅可为履行运维职责访问上述数据，不得复制、留存、对外提供或用于其他目的。
（二）乙方应遵守《中华人民共和国数据安全法》和关键信息基础设施安全保护相关规定，运维操作须经甲方审批并通过堡垒机进行，全程留存审计日志。
（三）发现数据泄露、篡改或网络攻击迹象的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，由乙方承担赔偿责任和相应法律责任。

第八条 保密
乙方及其人员对履约中获知的甲方路网数据、设备配置、网络拓扑、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后仍须履行。

第九条 知识产权
（一）乙方在服务期内为甲方编写的巡检脚本、配置文件、运维知识库及各类报告归甲方所有，甲方可自由使用和修改。
（二）乙方使用的运维工具软件应为合法授权产品，因乙方使用的工具侵犯第三方权利引起的纠纷，由乙方负责处理并承担全部责任。

第十条 分包
乙方可将设备清洁、高空作业车辆租赁等辅助性工作分包给具备相应资质的第三方，但应提前三个工作日书面告知甲方。乙方对分包方的工作质量和安全承担责任。

第十一条 违约与赔偿
（一）乙方未按约定提供服务或服务质量不符合要求的，甲方除按第四条扣减费用外，有权要求乙方限期整改。
（二）因乙方原因造成设备损坏或第三方损失的，乙方应予赔偿。乙方更换的备件应为原厂或经甲方认可的同等品牌产品，更换下的旧件交甲方处置。
（三）乙方派驻人员数量不足或未经甲方同意更换项目负责人的，每人每日扣减服务费人民币500元。
（四）乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但因乙方故意或重大过失、违反第七条数据安全义务造成的损失除外。

第十二条 合同解除
（一）乙方出现严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并按实际服务期结算费用。
（二）合同解除或服务期满时，乙方应配合甲方或新的运维单位完成交接，移交全部账号权限、设备档案、运维文档和未关闭的工单，交接期间不得中断服务。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）乙方运维人员应遵守道路作业安全规定，占道作业须按规定设置警示标志并报交警部门备案，因乙方作业不规范造成交通事故或人身伤害的，由乙方承担责任。
（二）甲方应为乙方提供运维系统账号、点位清单、设备台账和必要的作业协调，并及时确认乙方提交的考核材料。
（三）重大活动或恶劣天气期间，乙方应按甲方通知增派人员驻点保障，不另行收费。
（四）乙方应为派驻人员缴纳社会保险并购买人身意外伤害保险，派驻人员在作业中发生的人身伤亡由乙方负责处理，与甲方无关。
（五）路侧设备因交通事故、第三方施工等外部原因损坏的，乙方应在发现后及时报告甲方并保护现场，协助甲方向责任方追偿。
（六）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：　　　　　乙方（盖章）：
"""

Z05 = """# 织迹工序跟踪软件销售及定制开发合同

**（乙方标准合同文本 ZJ-HT-2026版）**

甲方（买方）：某县芒编工作室
乙方（卖方）：某市织迹软件有限公司

甲方因芒草编织产品生产管理需要，向乙方购买“织迹工序跟踪软件”并委托乙方进行定制开发。双方经友好协商，签订本合同。

## 第一条 产品及服务内容

1. 乙方向甲方提供织迹工序跟踪软件标准版（20个用户）的永久使用许可。
2. 乙方根据甲方需求进行定制开发，内容包括：芒草原料入库及晾晒登记、编织工序节点扫码报工、外发编织户计件工资核算、成品质检记录、订单进度看板。
3. 乙方负责软件安装部署及操作培训。
4. 软件支持电脑端和手机端使用，外发编织户可通过微信扫码报工。软件安装于甲方自备的服务器或乙方推荐的云服务器，服务器费用由甲方承担。
5. 本合同所称定制开发，以双方签字确认的《需求确认单》为准。《需求确认单》以外的功能需求，乙方另行报价，由双方签订补充协议。

## 第二条 合同金额

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 织迹工序跟踪软件标准版许可（20用户） | 1套 | 168,000 |
| 2 | 定制开发（工序节点、计件工资、看板） | 1项 | 142,000 |
| 3 | 安装部署 | 1项 | 24,000 |
| 4 | 操作培训 | 1项 | 6,000 |
| | 合计 | | 340,000 |

合同总金额为人民币叁拾肆万元整（¥340,000），含税。

## 第三条 付款方式

1. 本合同签订后三个工作日内，甲方向乙方支付合同总金额的65%，即¥221,000。乙方收到该笔款项后启动开发工作。
2. 软件上线运行后五个工作日内，甲方支付剩余35%，即¥119,000。
3. 甲方支付的款项应汇入乙方在本合同中载明的银行账户，乙方变更账户的应以加盖公章的书面文件通知甲方。
4. 乙方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。
5. 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

1. 乙方在收到首期款后九十个工作日内完成定制开发和部署。因甲方需求变更、资料提供不及时等原因造成的延误，交付期相应顺延。
2. 乙方将根据开发进度与甲方沟通确认，具体交付时间以乙方通知为准。
3. 甲方应在乙方要求的时间内提供工序流程说明、计件单价表、编织户名单及历史订单数据，并指定一名联系人负责需求确认。甲方逾期提供资料或超过五个工作日未答复乙方确认事项的，视为甲方同意乙方方案。
4. 乙方交付内容包括：软件安装程序、用户操作手册及管理员账号。乙方交付后，甲方应在三个工作日内安排上线，甲方未按期安排上线的，自乙方通知交付之日起视为已上线运行。

## 第五条 验收


1. 软件安装部署完成并上线运行后，即视为甲方验收合格。
2. 甲方在使用中发现问题的，可在免费维护期内提出，乙方予以处理。
3. 乙方提供两次集中操作培训，每次不超过半天，培训对象为甲方管理人员和报工员。超出次数的培训，按每次人民币1,500元另行收费。

## 第六条 售后服务

1. 免费维护期为六个月，自软件上线之日起计算。免费维护期内乙方提供电话、远程技术支持和软件缺陷修复。
2. 一级故障（软件无法登录或无法报工）乙方在接到甲方报修后8小时内响应，其他问题在两个工作日内响应。乙方的服务时间为工作日上午九点至下午五点半，节假日期间的报修顺延至下一工作日处理。
3. 下列情形不属于免费维护范围：甲方自行修改软件或数据库；服务器、网络或操作系统故障；病毒、断电等外部原因；甲方提出的新增需求。乙方可应甲方要求提供处理，费用另计。
4. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方届时公布的服务价格标准收取。

## 第七条 知识产权

1. 本合同项下软件及定制开发成果（包括源代码、程序、数据库结构、文档）的知识产权均归乙方所有。
2. 甲方仅在本单位内部享有非独占、不可转让的使用权，不得修改、反编译或提供给任何第三方使用。
3. 乙方有权将本项目定制开发的功能纳入其标准产品，向其他客户销售或提供。
4. 甲方如需获得源代码，应另行与乙方协商并支付费用。

## 第八条 数据


1. 甲方录入软件的业务数据由甲方负责其真实性与合法性。
2. 乙方对软件系统采取账号权限分级、访问控制、数据加密存储和定期备份等安全措施，乙方技术人员仅在甲方报修时经甲方同意后远程登录；因乙方过错导致甲方数据泄露或丢失的，乙方承担相应赔偿责任。
3. 甲方同意，乙方可对甲方使用软件产生的业务数据进行脱敏处理后，用于产品优化、行业分析及新功能研发。

## 第九条 保密

1. 双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。
2. 甲方应对乙方软件的界面设计、技术文档、报价及本合同内容保密，不得向乙方的同业竞争者透露。
3. 保密期限为合同终止后三年。

## 第十条 违约责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。
2. 乙方因开发难度等客观原因未能按期交付的，双方另行协商交付时间。
3. 一方严重违约，经守约方书面通知后三十日内仍未改正的，守约方有权解除本合同。

## 第十一条 责任限制

1. 乙方不对甲方的间接损失、利润损失、停工损失承担责任。
2. 因甲方操作不当、服务器故障、网络中断或第三方原因造成的损失，乙方不承担责任。
3. 甲方应自行做好数据备份，因甲方未备份造成的数据损失由甲方自行承担。
4. 乙方对软件是否满足甲方特定业务目的不作任何保证，甲方应在签订本合同前自行确认软件功能是否符合需要。
5. 甲方自行安装的第三方插件或系统与本软件冲突的，由甲方自行负责。

## 第十二条 不可抗力

因不可抗力或政府行为、网络运营商故障、云服务商故障等乙方无法控制的原因导致合同无法履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方互不承担违约责任。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

1. 本合同一式两份，双方各执一份，自双方盖章之日起生效。甲方应在收到乙方盖章合同后五个工作日内盖章回传，逾期未回传但已支付首期款的，视为本合同已生效。
2. 本合同为乙方标准合同文本，未经乙方书面确认的手写修改无效。
3. 本合同签订后，甲方不得以任何理由要求退款。甲方单方面终止合同的，已付款项不予退还。
4. 乙方可根据业务需要对软件进行版本升级，升级后的功能以乙方发布的版本说明为准。免费维护期满后，甲方未签订年度维护协议的，乙方不再提供升级和技术支持，软件可继续使用。
5. 甲方确认已仔细阅读本合同全部条款，乙方已就知识产权、数据使用、验收和售后服务等条款向甲方作出说明，甲方对此无异议。
6. 本合同附件《需求确认单》《报价单》与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LSA-2027-HZ-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiaxing Hengrun Paper Products Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Lackawaxen Maintenance Systems, Inc., a Pennsylvania corporation with its principal office at Main Street, Honesdale, Pennsylvania, United States (the "Vendor").
P:The Customer operates three paper converting plants and wishes to replace its spreadsheet-based maintenance planning with the Vendor's computerised maintenance management software. The Vendor has agreed to license the software on a perpetual basis and to configure, integrate and implement it for the Customer on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro enterprise maintenance management software, version 9, in object code, including the mobile work-order application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, data conversion scripts and documentation prepared by the Vendor specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written acceptance under Article 6.3.
P:1.4 "Contract Price" means the total price stated in Article 4.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users at the Customer's plants and offices in the People's Republic of China, and to make reasonable copies for backup, testing and disaster recovery.
P:2.2 The Customer may transfer the licence to an affiliate that takes over the operation of any of its plants, on written notice to the Vendor.
P:2.3 The Vendor retains all intellectual property in the Software itself.
H:Article 3 Implementation Services
P:3.1 The Vendor shall configure the Software for the Customer's asset hierarchy, preventive maintenance plans, spare parts catalogue and work-order workflow; build interfaces to the Customer's ERP system for purchase requisitions and spare parts stock, and to the plant historian for run-hour counters; convert the Customer's existing equipment register and maintenance history; and train key users and administrators.
P:3.2 The Vendor shall deliver a detailed implementation plan within twenty days after signature. The plan becomes binding once approved by the Customer in writing.
P:3.3 The Vendor shall complete configuration, interfaces and data conversion, and put the Software into productive use at all three plants, within one hundred and fifty days after signature (the "Go-Live Date").
P:3.4 The Vendor shall assign a named project manager who speaks Mandarin and may not be replaced without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,708,000, inclusive of all taxes, made up of: Software licence fee CNY 1,260,000; implementation services CNY 410,000; training CNY 38,000.
P:4.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 341,600) within fifteen business days after signature and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 768,600) after the Software has gone live at all three plants. Go-live is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 597,800) within thirty days after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer against a valid invoice.
H:Article 6 Acceptance
P:6.1 After go-live the Software shall run in productive use for sixty consecutive days (the "Acceptance Period").
P:6.2 The acceptance criteria are: all functions in the approved specification work as described; the ERP and historian interfaces transfer data without error for the last twenty days of the Acceptance Period; the converted equipment register and maintenance history reconcile with the source records; at least 95% of preventive maintenance work orders in the Acceptance Period are generated automatically; and no Severity 1 incident remains open at the end of the Acceptance Period.
P:6.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten business days. If they are not met, the Vendor shall correct the defects at its cost and the Acceptance Period shall be repeated for the affected functions. Use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification and documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and support free of charge.
P:7.2 Support is provided by telephone, e-mail and remote session. For a Severity 1 incident (the Software is unavailable or work orders cannot be created at a plant) the Vendor shall respond within one hour at any time and work continuously until a workaround is in place. Severity 2 incidents receive a response within two business hours, and other incidents within one business day.
P:7.3 If the Vendor misses a Severity 1 response time, it shall credit the Customer CNY 1,500 for each hour of delay against the next payment due or, after the Warranty Period, against the support fee.
P:7.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee (CNY 138,600 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Customer Data and Security
P:8.1 All data entered into or generated by the Software, including equipment, maintenance and spare parts data, belongs to the Customer. The Vendor shall use Customer data only to perform this Agreement and shall not copy it, disclose it or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, and shall follow the Customer's information security rules. The Vendor shall not take any Customer data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours of any actual or suspected unauthorised access to Customer data, cooperate in the response, and be liable for all losses caused by a security breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business and technical information of the other party received in connection with this Agreement and use it only for the purposes of this Agreement.
P:9.2 These obligations do not apply to information that is public, already known to the recipient, or required to be disclosed by law, and they survive termination for three years.
H:Article 10 Intellectual Property
P:10.1 All intellectual property in the Custom Deliverables belongs to the Customer upon creation. The Vendor shall deliver the source code of all interfaces and conversion scripts with the documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:10.2 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 11 Delay and Liability
P:11.1 If the Go-Live Date is missed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 10.2.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within twenty days after notice, or if the maximum liquidated damages under Article 11.1 have been reached.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the perpetual licence to the Software shall continue if the licence fee has been paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Pennsylvania, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Pennsylvania, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its specification and implementation plan, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:15.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. A notice is effective when received.
P:15.4 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than sixty days, either party may end the affected services by notice.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form — SupplierSight Quality Cloud

**Order Form No. SS-OF-2027-0217**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## Part A — Order Details

### A1. Parties

- **Customer:** Wuhu Ruifeng Auto Components Co., Ltd., a company incorporated in the People's Republic of China, Wuhu, Anhui Province.
- **Provider:** Pocono Quality Software LLC, a Pennsylvania limited liability company, Main Street, Stroudsburg, Pennsylvania, United States.

### A2. Subscribed Service

SupplierSight Quality Cloud, Enterprise Edition, for supplier quality management: supplier onboarding and audits, incoming inspection records, non-conformance reports, 8D corrective action tracking, PPAP document control and supplier scorecards. The subscription covers 150 named users and up to 400 active suppliers, with the standard API and the Chinese-language user interface.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the Go-Live Date stated in the Onboarding Acceptance Certificate; Subscription Year 2 starts on its first anniversary.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 150 users, 400 suppliers | 268,000 |
| Subscription, Subscription Year 2 | 150 users, 400 suppliers | 268,000 |
| Onboarding (configuration, data load, ERP interface, training) | one-time | 44,000 |
| **Total Contract Value** | | **580,000** |

Fees include all taxes. Additional users are charged pro rata at CNY 1,700 per user per Subscription Year.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after the Customer signs the Onboarding Acceptance Certificate.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Invoices are payable within thirty days in CNY by bank transfer.
- Hosting: the Service is hosted in a data centre in Shanghai operated by Provider's approved hosting provider, Huatong Cloud Technology Co., Ltd.

### A6. Onboarding

The Provider shall complete onboarding and make the Service available in production within sixty days after signature of this Order Form (the "Target Go-Live Date").

Signed for the Customer: ____________________    Signed for the Provider: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its documentation and updates made generally available during the Subscription Term.

1.2 "Customer Data" means all data, documents and records uploaded to or generated in the Service by or for the Customer and its suppliers.

1.3 "Customer Configurations" means the workflows, forms, report templates, scorecard models and interface mappings configured by the Provider for the Customer.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for its internal business, including collaboration with its suppliers.

2.2 The Customer shall keep user credentials secure and is responsible for the acts of its users. The Customer shall not resell the Service or use it to build a competing product.

### 3. Onboarding and Acceptance

3.1 Onboarding includes configuration of the Customer Configurations, loading of the Customer's supplier master data and open non-conformance reports, an interface to the Customer's ERP system for purchase orders and goods receipts, and training of key users.

3.2 Onboarding acceptance criteria: all configured workflows run end to end with test data approved by the Customer; supplier master data reconciles with the source file without differences; the ERP interface transfers purchase orders and goods receipts without error for ten consecutive business days; and key users have completed training. When the criteria are met, the Customer signs the Onboarding Acceptance Certificate, which states the Go-Live Date.

3.3 If the Target Go-Live Date is missed for reasons attributable to the Provider, the Provider shall pay the Customer 0.08% of the Total Contract Value for each day of delay, up to a maximum of 8% of the Total Contract Value.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and carried out between 23:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or users cannot record inspections or non-conformance reports) receive a response within 30 minutes, at any time, and a workaround or fix within eight hours. Priority 2 incidents receive a response within two hours during business hours. Support is available in Chinese and English.

4.3 If availability falls below the commitment in a month, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly fee. Each missed Priority 1 response time is credited at CNY 1,000. Credits are deducted from the next invoice, or refunded after the last Subscription Year.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and shall not disclose it to third parties except the approved hosting provider.

5.2 Customer Data is stored and processed in mainland China. The Provider shall maintain a security program that includes encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging and monitoring, and annual penetration tests, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

5.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and be responsible for losses caused by a security incident attributable to the Provider or its hosting provider.

5.4 At the end of the Subscription Term the Provider shall make the Customer Data available for export in standard formats for sixty days and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

6.2 Customer Data and information about the Customer's suppliers are the Customer's confidential information. These obligations survive the end of this Order Form for three years.

### 7. Intellectual Property

7.1 The Provider owns the Service and all its underlying software.

7.2 Customer Configurations belong to the Customer. The Provider shall deliver them in an exportable format on request and at the end of the Subscription Term, and the Customer may use, modify and have them used by third parties without restriction.

### 8. Subcontracting

8.1 Apart from the hosting provider named in A5, the Provider shall not subcontract any part of the Service without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 9. Renewal

9.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term.

9.2 The Provider may increase the subscription fee for any renewal term by notifying the Customer of the new fee at least seventy-five days before the renewal term starts. The new fee applies to the renewal term unless the Customer gives notice of non-renewal.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses, or for loss of profit.

10.2 Each party's total aggregate liability arising out of or relating to this Order Form is limited to the fees paid by the Customer under this Order Form in the six months preceding the event giving rise to the claim. This limit does not apply to a party's breach of Section 6, the Customer's payment obligations, or fraud.

### 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within thirty days after receiving notice.

11.2 The Customer may also terminate by written notice if the Service misses the availability commitment in Section 4.1 in three consecutive months.

11.3 On termination for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 This Order Form is the entire agreement of the parties on its subject matter and prevails over any terms attached to invoices or shown in the Service.

13.2 Changes to this Order Form must be in writing and signed by both parties.

13.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. This does not excuse the Customer's payment obligations for services received.

13.4 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business that accepts all obligations under it.

13.5 This Order Form is signed in English and Chinese. Both versions have equal effect.
"""

E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. ZJWM-PC-2027-0093
P:Buyer: Shaoxing Weimao Textile Machinery Co., Ltd., a company incorporated in the People's Republic of China, Shaoxing, Zhejiang Province (the "Buyer").
P:Supplier: Endless Mountains Sensing Corp., a Pennsylvania corporation, Tioga Street, Tunkhannock, Pennsylvania, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the condition of the spindles, gearboxes and fans of its weaving and finishing lines, and the Supplier has agreed to supply wireless vibration sensors, gateways and a perpetual licence of its condition monitoring software, and to install, configure and commission the system.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, including its analytics modules and mobile alert application.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the licence in clause 8.1, install the sensors on 420 measuring points, install the gateways, configure the Software and the alarm thresholds for each machine type, integrate the System with the Buyer's maintenance management system so that alarms open work requests automatically, and train the Buyer's maintenance staff.
P:2.2 The Software shall be installed on servers in the Buyer's own data room. No component of the System may send data outside the Buyer's network without the Buyer's written approval.
H:3. Price
P:3.1 The Contract Price is CNY 1,990,000, inclusive of VAT, delivery to the Buyer's plant, insurance and all other costs, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,600|1,092,000
TB:2|Industrial gateway with mounting kit|36|8,500|306,000
TB:3|VibraWatch software, perpetual licence (unlimited assets, one site)|1|348,000|348,000
TB:|Equipment and Software Subtotal|||1,746,000
TB:4|Installation, cabling and commissioning|1 lot|162,000|162,000
TB:5|Analytics configuration and integration|1 lot|58,000|58,000
TB:6|Training (maintenance staff and administrators)|1 lot|24,000|24,000
TB:|Contract Price|||1,990,000
P:3.2 The Contract Price is fixed and will not be adjusted for exchange rates, customs duties or any other reason.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 199,000) within fifteen business days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 1,094,500) after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 696,500) within thirty days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within seventy days after signature and complete installation and commissioning within forty-five days after delivery.
P:5.2 The Supplier's personnel shall comply with the Buyer's plant safety rules. Installation on running machines requires a work permit from the Buyer's production department.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of thirty consecutive days.
P:6.2 The acceptance criteria are: every measuring point reports data at the configured interval on at least twenty-nine of the thirty days of the trial period; the System detects the test faults introduced by the Buyer on three selected machines and raises the alarm within five minutes; alarms open work requests in the maintenance management system without manual steps; the functions in the technical specification work as described; and all documentation and training are complete.
P:6.3 If the criteria are met, the Buyer shall sign the acceptance certificate within ten business days. If not, the Supplier shall correct the System at its cost and the trial period shall be repeated. Delivery, installation, use in production or any payment do not constitute acceptance.
H:7. Warranty, Support and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment and correct defects in the Software free of charge, including parts, labour and travel, and provide Software updates.
P:7.2 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or more than twenty measuring points without data|30 minutes|8 hours
TB:Severity 2|A gateway or up to twenty measuring points without data|2 hours|2 business days
TB:Severity 3|Other faults and questions|1 business day|Next update
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may order annual support covering the same services at a fee of 7% of the Equipment and Software Subtotal (CNY 122,220 per year). The Supplier shall not increase this fee for two years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Buyer's site for its own business, including use by contractors working for the Buyer.
P:8.2 The machine models, alarm rules, dashboards and interface programs configured or developed for the Buyer under this Contract belong to the Buyer. The Supplier shall hand over their source files and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe the rights of any third party and shall indemnify the Buyer against any such claim.
H:9. Data Security and Data Ownership
P:9.1 All measurement data, alarms and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or disclose them.
P:9.2 The Supplier shall apply the security measures in the technical specification: encrypted communication between sensors, gateways and servers, change of default passwords, role-based access, and remote support only through sessions opened by the Buyer and recorded by the Buyer.
P:9.3 The Supplier shall report any security incident affecting the System within six hours and shall be liable for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and business information of the Buyer obtained under this Contract, including machine data, production data and the layout of the plant, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to deliver or to complete commissioning by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within twenty days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services that the Buyer returns or does not accept.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:15. General
P:15.1 This Contract is made in Chinese and English. Both versions have equal effect.
P:15.2 The Supplier is responsible for export licences, import customs clearance and the China Compulsory Certification of the Equipment where required, and shall deliver the Equipment with its certificates of origin, test reports and packing lists. Title and risk in the Equipment pass to the Buyer on delivery at the plant, without prejudice to acceptance under clause 6.
P:15.3 Neither party is liable for failure caused by force majeure, provided it gives prompt notice and takes reasonable steps to limit the effect. If force majeure lasts more than sixty days, the Buyer may terminate this Contract by notice without liability.
P:15.4 Amendments to this Contract must be in writing and signed by both parties.
P:15.5 Attachments: technical specification, installation plan, list of measuring points.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. MSA-2027-NB-044**

This Managed IT Services Agreement (the "Agreement") is made between:

- **Ningbo Haichen Household Appliances Co., Ltd.**, a company incorporated in the People's Republic of China, Ningbo, Zhejiang Province (the "Customer"); and
- **Susquehanna Valley Managed Services, Inc.**, a Pennsylvania corporation, Main Street, Towanda, Pennsylvania, United States (the "Provider").

The Customer wishes to outsource its end-user support and the monitoring and administration of its servers and network at its head office and two factories, and the Provider has agreed to provide these services on the terms below. The Schedules form part of this Agreement.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 3.3.

1.3 "Term" means the period of thirty-six months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees that the Provider accesses, handles or stores in performing the Services.

## 2. Services

2.1 The Provider shall provide the Services in Schedule 1 during the Term, at the service levels in Schedule 2, for the charges in Schedule 3.

2.2 The Provider shall staff the service desk with Mandarin-speaking engineers and keep two resident engineers at the Customer's head office during business hours.

2.3 The Provider shall follow the Customer's change management procedure. No change to production systems may be made without an approved change request, except emergency changes to restore a Priority 1 incident, which must be reported within one business day.

## 3. Transition

3.1 The Provider shall complete the transition of the Services from the Customer's internal team within seventy-five days after signature of this Agreement, following the transition plan agreed by the parties.

3.2 Transition includes the inventory of all servers, network devices and end-user devices in scope, the installation and configuration of the Provider's monitoring tools, the documentation of operating procedures, and two weeks of parallel operation with the Customer's internal team.

3.3 Transition acceptance criteria: the inventory is complete and reconciled with the Customer's asset register; all devices in scope are monitored and alerts reach the service desk; runbooks exist for every critical system; and during parallel operation all tickets are handled within the Schedule 2 times. When the criteria are met, the Customer signs the Transition Acceptance Certificate.

3.4 If the Service Commencement Date is later than the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay, up to a maximum of CNY 120,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total value of this Agreement is CNY 2,184,000.

4.2 The transition fee is invoiced after the Transition Acceptance Certificate is signed. The monthly service charge is invoiced quarterly in arrears, after the Customer has received the quarterly service report.

4.3 Invoices are payable within thirty days. Service credits under Schedule 2 are deducted from the next invoice.

## 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services for the Customer and shall not use it for any other purpose.

5.2 At the end of the Term, the Provider shall return all Customer Data and documentation in its possession to the Customer.

## 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement, including system passwords, network diagrams, product designs and employee information, and shall not disclose it to third parties without the other party's prior written consent.

6.2 This Section does not apply to information that is public or must be disclosed by law, and it survives the end of this Agreement for three years.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration files, documentation and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

7.2 The Provider's monitoring tools remain the Provider's property. They are licensed to the Customer for the Term free of charge, and the Provider shall remove them at the end of the Term.

## 8. Personnel and Subcontracting

8.1 The Provider shall use qualified personnel and replace any person whom the Customer reasonably objects to. The Provider shall give the Customer at least thirty days' notice before replacing a resident engineer or the service manager, and shall arrange a handover of at least five business days to the replacement at no extra charge.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability under this Agreement is limited to 150% of the total value stated in Section 4.1, except for personal injury, wilful misconduct and breach of Section 6.

## 10. Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer acknowledges that the Provider's pricing reflects the full Term. Accordingly, the Customer may not terminate this Agreement before the end of the Term. The Customer's remedies for any failure to meet the service levels are the service credits in Schedule 2 and the Provider's obligation to remedy the failure.

10.3 The Provider may suspend the Services if an undisputed invoice remains unpaid sixty days after its due date and the Customer fails to pay within fifteen days after a written reminder.

10.4 At the end of the Term, the Provider shall provide up to sixty days of exit assistance, including a handover of documentation and knowledge transfer to the Customer or its new provider, at the rates in Schedule 3.

## 11. Governance

11.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and improvement actions, and the parties' senior representatives shall meet quarterly to review the overall performance of the Services.

11.2 The Customer shall give the Provider's engineers access to its premises and systems as needed, provide a workspace for the resident engineers, and inform the Provider in advance of planned changes to its business that may affect the Services.

11.3 The Provider shall keep an up-to-date configuration inventory and document every change it makes. The inventory and documentation shall be available to the Customer at any time.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final and binding.

## 13. General

13.1 Changes to this Agreement must be in writing and signed by both parties.

13.2 Neither party is liable for failure caused by force majeure if it notifies the other party promptly and takes reasonable steps to resume performance.

13.3 This Agreement is made in English and Chinese, and both versions have equal effect.

Signed for the Customer: ____________________    Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident and request handling for about 1,100 users by phone, e-mail and portal | Monday to Saturday, 07:30–21:00 |
| On-site support | Two resident engineers at head office; factory visits on request | Business hours |
| Server administration | 64 Windows and Linux servers: patching, backup checks, capacity reports | 24 x 7 monitoring |
| Network administration | Core and access switches, firewalls, Wi-Fi at three sites | 24 x 7 monitoring |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response | Resolution or workaround | Credit per missed target |
|---|---|---|---|---|
| Priority 1 | ERP or factory network down | 15 minutes | 6 hours | CNY 3,000 |
| Priority 2 | A department or a server degraded | 1 hour | 1 business day | CNY 1,000 |
| Priority 3 | A single user affected | 8 business hours | 3 business days | CNY 200 |

Service credits in a month are capped at 20% of that month's service charge. The Provider measures the service levels with its ticketing tool and reports them monthly.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| **Total value of this Agreement** | | **2,184,000** |
| Exit assistance beyond scope | per engineer day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. HWD-API-2027-058

This Data Subscription and API Access Agreement (the "Agreement") is made between Dongguan Senmu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, Dongguan, Guangdong Province (the "Customer"), and Pine Creek Timber Data, Inc., a Pennsylvania corporation, Main Street, Wellsboro, Pennsylvania, United States (the "Provider").

The Provider compiles market prices, grading statistics, export volumes and shipping data for North American hardwood lumber. The Customer buys hardwood lumber for its furniture plants and wishes to receive this data through the Provider's application programming interface (API) and feed it into its purchasing system.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in clause 2.1, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface through which the Licensed Data is delivered, with its documentation.

1.3 "Subscription Year" means each period of one year starting on the Feed Activation Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.4 "Feed Activation Date" means the date stated in the Integration Acceptance record under clause 4.3.

1.5 "Customer Data" means the purchase volumes, supplier lists, item codes and other data that the Customer or its users submit through the API or the Provider's web portal.

2. LICENSED DATA AND LICENCE

2.1 The Licensed Data comprises: weekly mill-gate and FOB prices for red oak, white oak, hard maple, cherry and walnut by grade and thickness; monthly export volumes and destination statistics; weekly container freight indications from the main US East Coast ports to South China; and the Provider's quarterly supply outlook reports.

2.2 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Licensed Data through the API and the web portal, to store it in its purchasing system, and to use it for its internal purchasing, budgeting and cost analysis, for up to twenty-five named users.

2.3 The Customer shall not resell or publish the Licensed Data, or make it available to anyone other than its own employees and affiliates, except short extracts in internal reports and in negotiations with its own suppliers.

2.4 After the end of the Subscription Term the Customer may keep and use the Licensed Data received during the term for its internal historical analysis, but not update it.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 188,000;
(b) Subscription fee, Subscription Year 2: CNY 196,000;
(c) Integration fee (one-time, for the adapter and data mapping under clause 4): CNY 22,000.
The total value of this Agreement is CNY 406,000. All fees include taxes and are fixed for the Subscription Term.

3.2 The integration fee is invoiced after the Integration Acceptance record is signed. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days by bank transfer in CNY.

3.3 Additional named users may be added at CNY 3,600 per user per Subscription Year, pro rata.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall build an adapter that maps the Licensed Data to the Customer's item codes, units and currency, and loads it into the Customer's purchasing system every week. The Provider shall also set up API credentials, user accounts and a test environment.

4.2 The Provider shall complete the integration within forty days after signature of this Agreement. If it fails to do so for reasons attributable to the Provider, it shall pay the Customer 0.07% of the total value of this Agreement for each day of delay, up to a total of 7% of that value.

4.3 Integration acceptance criteria: the adapter loads four consecutive weekly updates without manual intervention; the loaded prices reconcile with the Provider's published figures for a sample of fifty items agreed by the parties; the mapping covers all item codes on the Customer's list; and the API documentation and user guide are delivered. When the criteria are met, the parties sign the Integration Acceptance record, which states the Feed Activation Date.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API and the web portal available and to publish each dataset in line with its usual publication calendar.

5.2 The Provider offers support by e-mail and through its web portal during its normal business hours in Pennsylvania, and will try to answer questions promptly.

5.3 The Provider will publish planned maintenance of the API on its web portal in advance where it can.

5.4 The Provider may change the format of the API on ninety days' notice, provided that it adapts the adapter built under clause 4 at its own cost so that the weekly loads continue.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to deliver the Licensed Data and support to the Customer, and shall not use it to compile its statistics, share it with other customers or use it for any other purpose.

6.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging. Customer Data shall not be transferred outside the Provider's systems, and the Provider shall comply with the PRC Personal Information Protection Law and Data Security Law to the extent they apply to it.

6.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by a security incident attributable to the Provider.

6.4 Within thirty days after the end of this Agreement, the Provider shall delete all Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Licensed Data, the API and its compilations.

7.2 The adapter, the data mapping tables and the related documentation prepared for the Customer under clause 4 belong to the Customer. The Provider shall deliver their source code and files at Integration Acceptance, and the Customer may use, modify and license them freely, including after the end of this Agreement.

8. WARRANTIES

8.1 The Provider warrants that it has the right to license the Licensed Data, that the data is compiled with reasonable skill and care from sources it believes to be reliable, and that its use under this Agreement does not infringe third-party rights.

8.2 The Provider shall indemnify the Customer against third-party claims that the Licensed Data or the API infringe intellectual property rights.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss, including loss of profit from purchasing decisions made on the basis of the Licensed Data.

9.2 The Provider's total liability under this Agreement is limited to 120% of the total value of this Agreement, except for liability under clauses 6 and 8.2 and for fraud.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract the integration work or the processing of Customer Data without the Customer's prior written consent, and remains responsible for any approved subcontractor.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund the subscription fee for the unused part of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be settled by negotiation. If negotiation fails, either party may bring proceedings in the people's court with jurisdiction where the Customer is domiciled.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly.

13.3 This Agreement is made in English and Chinese; both versions have equal effect.

13.4 Notices under this Agreement shall be given in writing to the addresses stated above, by courier or by e-mail with a copy by courier, and take effect when received.

13.5 The Customer shall keep its API credentials secure, shall not share them outside its organisation, and shall inform the Provider without delay if it believes that credentials have been misused. The Provider may suspend credentials that are misused, after notifying the Customer, until the parties have agreed on new credentials.

13.6 Each party shall comply with the export control and sanctions laws that apply to it in performing this Agreement.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1000z01_green_certificate_trading_platform.pdf", "zh", Z01),
    "z02": ("h1000z02_comb_factory_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1000z03_softball_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h1000z04_transport_bureau_roadside_unit_om.txt", "zh", Z04),
    "z05": ("h1000z05_grass_weaving_studio_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1000e01_maintenance_software_perpetual_licence.pdf", "en", E01),
    "e02": ("h1000e02_supplier_quality_saas_order_form.md", "en", E02),
    "e03": ("h1000e03_vibration_sensors_monitoring_licence.docx", "en", E03),
    "e04": ("h1000e04_managed_it_services_36_months.md", "en", E04),
    "e05": ("h1000e05_hardwood_market_data_api_subscription.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def t(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra(sla_clause, ld_stated, capped or None, deemed, value), fee base, forum outside mainland)
DESIGN = {
    "z01": ("software", t(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                          False, "PRC", G), (True, True, True, False, 1988000), 1160000, False),
    "z02": ("hardware", t(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True,
                          False, "PRC", G), (True, True, True, False, 1220000), 994800, False),
    "z03": ("cloud", t(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                       False, "PRC", S), (True, True, None, False, 570000), None, False),
    "z04": ("services", t(99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                          True, True, "PRC", S), (True, True, None, False, 868000), None, False),
    "z05": ("software", t(None, 8, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False,
                          True, None, None, G), (True, False, False, True, 340000), 168000, False),
    "e01": ("software", t(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                          False, "Pennsylvania", G), (True, True, True, False, 1708000), 1260000, True),
    "e02": ("cloud", t(99.95, 0.5, True, "buyer", True, True, True, 0.08, 6 / 24 * 100, None, True, None, None, None,
                       True, True, False, "PRC", S), (True, True, None, False, 580000), None, False),
    "e03": ("hardware", t(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True,
                          False, "PRC", G), (True, True, True, False, 1990000), 1746000, False),
    "e04": ("services", t(None, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 150, None, True, None,
                          None, None, False, False, False, "PRC", S), (True, True, None, False, 2184000), None, False),
    "e05": ("cloud", t(None, None, False, "buyer", True, True, False, 0.07, 120, None, True, None, None, None, False,
                       True, False, "PRC", S), (False, True, None, False, 406000), None, False),
}

# my design list (written before deriving)
EXPECTED = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(tm, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when the fee is not a figure."""
    if tm["post_warranty_fee_pct"] is None or tm["warranty_months"] is None:
        return None
    years = max(0.0, 5 - tm["warranty_months"] / 12)
    fees = years * tm["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    cat, tm, (sla, ld_stated, capped, deemed, value), base, forum_out = DESIGN[key]
    goods = tm["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if tm["availability_pct"] is not None and tm["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if tm["p1_response_hours"] is None or tm["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not tm["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if tm["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not tm["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if tm["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not tm["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if tm["ld_rate_per_day_pct"] is not None and tm["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if tm["liability_cap_pct"] is not None and tm["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if tm["prepayment_pct"] is not None and tm["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not tm["acceptance_clause"] or deemed or tm["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if tm["warranty_months"] is None or tm["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if tm["post_warranty_fee_pct"] is None or not capped or tm["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(tm, value, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if tm["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not tm["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if tm["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (tm["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    cat, tm, (sla, ld_stated, capped, deemed, value), base, forum_out = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if tm["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    name, lang, _ = FILES[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": tm, "expected_extra": extra,
            "expected_rules": derive(key)}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Read-back, lengths, thresholds
# ---------------------------------------------------------------------------------------------------------------
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


ND = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability 99.9 %
    ND + r"4\s*(?:个)?\s*(?:小时|hours?|hrs?\b)",              # P1 response 4 h
    r"(?<![十\d])四\s*(?:个)?\s*小时", r"(?<![a-z-])four\s*(?:\(4\)\s*)?(?:hours?|business\s*hours?)",
    ND + r"0?\.05\s*%", r"万分之五(?![十\d])", r"千分之零点五", ND + r"0\.5\s*‰",  # LD 0.05 %/day
    ND + r"100\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",        # cap 100 %
    ND + r"30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",  # prepayment 30 %
    ND + r"12\s*(?:个\s*月|months?|-month)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    ND + r"15\s*%", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",          # post-warranty fee 15 %
    ND + r"40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",  # TCO share 40 %
    ND + r"5\s*(?:个)?\s*(?:年|years?|-year)(?!\d)", r"(?<![十\d零一二三四六七八九])五\s*年", r"(?<![a-z-])five\s*(?:\(5\)\s*)?(?:-\s*)?years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "four hours", "0.05%", ".05%", "万分之五", "100%",
            "100 %", "百分之百", "30%", "百分之三十", "12个月", "12 months", "twelve months", "十二个月", "15%",
            "百分之十五", "40%", "百分之四十", "5年", "5 years", "五年", "five years", "12-month", "twelve (12) months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "twentyfourhours", "0.08%",
             "万分之八", "万分之五十", "150%", "200%", "130%", "1,300%", "20%", "35%", "18个月", "eighteen months",
             "25%", "115%", "140%", "45%", "2027年", "2025年", "十五年", "三年", "36 months", "14 hours", "1.5%",
             "0.5%", "1,100%", "2,400 per", "65%", "2027年12月31日", "12小时"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for m in THRESHOLD_RE.finditer(form):
            hits.append(form[max(0, m.start() - 20):m.end() + 20])
    return hits


def check_label_values(key):
    cat, tm, (sla, ld_stated, capped, deemed, value), base, forum_out = DESIGN[key]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        if tm[k] is not None:
            assert abs(tm[k] - v) > 1e-9, (key, k)
    share = tco_share(tm, value, base) if tm["contract_kind"] == G else None
    if share is not None:
        assert abs(share - 40) > 2, (key, share)
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[2] for k, v in office.items()},
          {k: (v[0], "docx" if v[0].endswith(".docx") else "pdf") for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, lang, src) in FILES.items():
        lab = label(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        share = check_label_values(k)
        hits = scan(text)
        rules = lab["expected_rules"]
        fired |= set(rules)
        print(k, name, "len", n, "rules", rules, "risk", risk(rules),
              "tco", None if share is None else round(share, 2))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits[:5]))
        if rules != sorted(EXPECTED[k]):
            problems.append((k, "rules differ from design", rules, EXPECTED[k]))
    if set(ALL_RULES) - fired:
        problems.append(("coverage", sorted(set(ALL_RULES) - fired)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
