"""holdout1102: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
(lengths, threshold values, threshold regex scan, rules derived from the labels vs the design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:成品油流通监管平台软件许可及定制开发合同
P:合同编号：SWJ-ZC-2027-018
P:采购人（甲方）：某市商务局
P:供应商（乙方）：某信息技术股份有限公司
P:根据政府采购项目（项目编号：ZFCG-2027-0316）公开招标结果及招标文件、投标文件，经双方协商一致，就成品油流通监管平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供成品油流通监管平台软件许可（含加油站进销存监测、油品来源追溯、执法检查、预警分析四个模块），并按甲方需求完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：与全市加油站液位仪及税控数据的接口、与省级成品油管理系统的数据交换接口、执法移动端、领导驾驶舱及二十张统计报表。
P:1.3 平台部署于甲方指定的政务云环境，乙方负责安装、配置、调试和上线，并提供全套技术文档。
P:1.4 乙方应按照招标文件要求开展需求调研，形成需求规格说明书，经甲方确认后作为开发和验收依据。需求变更应经双方书面确认，涉及费用调整的，按政府采购有关规定办理。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾伍万陆仟元整（¥2,256,000），其中：软件许可费¥1,260,000；定制开发费¥840,000；部署实施及培训费¥156,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方合法有效发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 付款按照政府采购资金支付的有关规定办理，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发并提交初步验收申请，于初验后六十日内完成试运行。
P:4.2 乙方应按周提交进度报告，出现可能影响工期的情形应及时书面告知甲方。
P:4.3 甲方负责提供政务云资源、网络接入、加油站名录及现有系统接口文档，并协调相关部门配合联调。因甲方原因造成延误的，工期相应顺延。
P:4.4 乙方应组建不少于八人的项目团队，项目经理须具备五年以上同类项目经验，未经甲方同意不得更换项目经理及核心技术人员。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件及需求规格说明书逐项一致；全部接口联调通过，连续七日数据交换无差错；在三百名并发用户下，常用查询响应时间不超过2秒；通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：平台连续试运行六十日，期间无一级故障；监测数据与抽查的加油站台账核对一致；技术文档、源代码及培训记录齐备。
P:5.3 验收由甲方组织并出具书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
P:5.4 验收所需的第三方安全测评费用由乙方承担。验收中发现的问题，乙方应建立问题清单并逐项整改销号。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、接口维护及技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过软件许可费的8%（即每年不超过¥100,800），该标准在质保期满后三年内保持不变。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；国家或省级成品油监管政策调整时，乙方免费对报表口径和预警规则进行相应调整。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或核心监测功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时甲方扣减维护保证金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元。
H:第八条 知识产权
P:8.1 软件许可所涉平台产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、移动端、驾驶舱、报表及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部业务数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:9.4 合同终止或履行完毕后，乙方应将其接触的甲方数据全部交还或在甲方监督下删除，并出具书面确认。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、执法信息及企业经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿损失。
P:11.3 乙方违反数据安全或保密义务的，除赔偿损失外，甲方有权视情节扣除履约保证金，并将其不良行为报送政府采购监督管理部门。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方不得将合同项下的任何工作交由第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:13.2 逾期违约金累计达到合同总价的10%的，甲方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 培训与文档
P:15.1 乙方应对甲方管理人员、执法人员和技术人员分别开展培训，累计不少于六期，每期培训后进行考核。
P:15.2 乙方应交付需求规格说明书、设计文档、数据库设计、接口说明、部署手册、运维手册、用户手册及源代码，文档使用中文。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十个工作日内无息退还。
H:第十七条 不可抗力
P:17.1 因不可抗力致使不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方可协商延期履行或解除合同，互不承担违约责任。
H:第十八条 其他
P:18.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:18.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HD-SB-2027-042
P:甲方：某电器有限公司（电动热水壶生产企业）
P:乙方：某自动化工程有限公司
P:甲方为提高电动热水壶装配线、检测线的自动化水平，委托乙方对其三条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线（壶体装配线、温控器装配线、耐压及功率检测线）控制系统的设计、供货、安装、调试和培训，包括PLC控制柜更换、伺服驱动升级、视觉检测工位、工控机及产线控制软件。
P:1.2 产线控制软件须实现工单下发、工位防错、检测数据自动采集、不良品追溯，并与甲方现有ERP系统对接。
P:1.3 改造应在甲方安排的停产窗口内分线实施，每条线停线时间不超过七日。
P:1.4 乙方应在实施前完成现场勘察，提交改造设计方案、电气图纸和停线实施计划，经甲方书面确认后方可施工。
P:1.5 改造后的控制系统应保留手动操作模式，满足甲方安全生产和电气安全规范要求，所有控制柜须通过出厂检验并附合格证。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾伍万捌仟元整（¥1,758,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、触摸屏）|6套|528,000
TB:2|伺服驱动及电机升级|42套|386,400
TB:3|视觉检测工位（相机、光源、算法授权）|9套|297,000
TB:4|工控机及产线网络设备|1批|106,600
TB:5|产线控制软件许可（三条线）|1套|248,000
TB:|设备及软件小计||1,566,000
TB:6|安装调试及ERP对接|1项|168,000
TB:7|操作及维护培训|1项|24,000
TB:|合同总价||1,758,000
P:2.2 上述价格含税、运输、保险、安装材料及质保期内的服务费用。
P:2.3 乙方所供设备均应为全新、未使用过的原厂正品，符合国家标准及双方签订的技术协议。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的38%。
P:3.4 剩余7%作为质量保证金，质保期满且无未决质量问题后无息支付。
P:3.5 乙方每次收款前应开具合法有效的增值税专用发票。
H:第四条 验收
P:4.1 每条线改造完成后进行单线验收，标准为：节拍不低于改造前设计节拍；视觉检测漏检率不高于0.2%；工位防错功能逐项测试通过；检测数据与ERP对接准确无误。
P:4.2 三条线全部单线验收合格后，连续生产三十日，期间未发生因控制系统导致的停线超过2小时的事故，由甲方组织最终验收并出具书面报告。
P:4.3 试生产、使用或付款不视为验收合格。
P:4.4 单线验收不合格的，乙方应在七日内整改并重新验收；同一条线两次验收不合格的，甲方有权要求乙方更换相关设备或软件。
H:第五条 质保期
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，免费提供软件缺陷修复。
P:5.2 质保期内同一部件累计故障三次以上的，乙方应免费更换为新品，并相应延长该部件的质保期。
P:5.3 乙方应在甲方所在地储备常用备品备件，确保质保期内故障部件可在二十四小时内更换。
H:第六条 质保期后维保
P:6.1 质保期满后，甲方委托乙方提供年度维保服务的，年度维保费为设备及软件小计的28%，即每年人民币438,480元，在质保期满后三年内不作调整。
P:6.2 年度维保服务包括备件更换、季度巡检、软件升级及故障处理，维保费按年度预付。
P:6.3 维保期内乙方每季度巡检一次，提交巡检报告和设备健康评估，并对控制程序进行备份。
H:第七条 服务响应
P:7.1 一级故障（整线停产）乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障（单工位停用）应在8小时内到达现场。
P:7.2 乙方响应、到场或恢复超时的，每超时一小时向甲方支付人民币800元，甲方可从应付款或质量保证金中扣除。
P:7.3 乙方应为甲方设立专门服务热线，并指定一名服务经理负责协调。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、工位防错逻辑、ERP接口程序及相关源代码、文档，知识产权归甲方所有，甲方可自行修改使用。
P:8.2 控制软件及视觉算法的底层产品仍归乙方或原厂所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 产线运行数据、检测数据、工艺参数及质量追溯数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN和账号进行，操作记录留存备查。乙方应采取防病毒和访问控制措施，防止数据泄露或被篡改。
P:9.3 因乙方原因造成数据泄露、丢失或生产系统被入侵的，乙方应在2小时内通知甲方，承担补救费用并赔偿甲方全部损失。
P:9.4 乙方人员不得在甲方生产网络中接入未经检测的移动存储介质或私人电脑。
H:第十条 保密
P:10.1 乙方对甲方的工艺参数、产品图纸、产能及客户信息负有保密义务，未经甲方书面同意不得披露给任何第三方，保密期限为合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 因乙方原因导致甲方停产超过约定停线时间的，乙方另行赔偿甲方的直接损失。
P:11.3 因乙方交付的设备存在质量问题造成产品批量不良的，乙方应承担返工费用及甲方由此产生的直接损失。
H:第十二条 分包
P:12.1 乙方可将电气安装、布线等辅助工作交由其合作单位完成，但应提前五个工作日书面告知甲方，并对合作单位的工作质量负责。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应退还甲方已付但未履行部分的款项，并配合甲方完成已安装设备的移交。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 双方义务
P:15.1 甲方应提供停产窗口、现场电源和气源、原有图纸及ERP接口说明，并指派对接人员。
P:15.2 乙方应遵守甲方厂区安全管理制度，施工人员持证上岗，动火、登高作业须办理审批手续；施工完毕后清理现场。
H:第十六条 培训与技术资料
P:16.1 乙方应对甲方操作工、班组长和设备维护人员分批开展培训，内容包括操作规程、常见故障处理、程序备份与恢复，培训后进行考核，确保每条线至少三名维护人员能够独立处理常见故障。
P:16.2 乙方应在最终验收前交付电气图纸、PLC程序及注释、软件安装介质、接口说明、操作手册和维护手册，资料以中文编写并提供电子版和纸质版各一套。
H:第十七条 不可抗力
P:17.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，双方协商延期履行或解除合同。
H:第十八条 其他
P:18.1 本合同附件（技术协议、设备清单、实施计划）为本合同组成部分。
P:18.2 本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：PYJY-IT-2027-005
甲方：某葡萄牙语培训连锁有限公司（下设30家门店）
乙方：某云软件科技有限公司

甲方拟在全部门店统一使用课程预约及会员管理系统。乙方以软件即服务（SaaS）方式提供系统并负责实施。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供课程预约、排课、会员卡及课时包管理、在线支付对接、学员档案、教师课表及经营报表等功能的在线服务。
2. 系统提供网页端、教师移动端和学员小程序，账号数量不设上限。
（二）实施服务
1. 乙方负责系统配置、门店及课程数据初始化、历史会员数据迁移、支付渠道对接和门店人员培训。
2. 乙方应在合同生效后四十五日内完成全部门店上线。
（三）持续服务
1. 服务期内乙方负责系统的日常运维、版本升级、数据备份和安全防护，新版本功能向甲方免费开放。
2. 乙方为甲方指定一名客户成功经理，每季度回访各门店使用情况，并提交服务报告。
3. 乙方提供工作日在线客服及7×24小时故障报修热线。
（四）功能要求
1. 系统应支持葡萄牙语、中文双语界面，学员端以中文显示。
2. 课时消耗、退费和转卡应有完整流水记录，可按门店、教师和课程维度统计。
3. 系统应支持与甲方现有企业微信对接，向学员推送上课提醒和课程变更通知。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其产品价格调整情况上调订阅费，上调后的价格以乙方书面通知为准。
（三）服务期内甲方新开门店的，按每店每个服务年度人民币9,600元按月折算计费，随当季订阅费一并结算。

三、费用及支付
（一）合同费用
1. 订阅费：每家门店每个服务年度人民币9,600元，30家门店每个服务年度合计人民币288,000元，两个服务年度合计人民币576,000元。
2. 实施费：人民币68,000元，一次性支付。
3. 数据迁移费：人民币18,000元，一次性支付。
4. 合同总价：人民币662,000元（含税）。
5. 上述订阅费单价在两个服务年度内保持不变。
（二）支付方式
1. 实施费和数据迁移费在全部门店上线验收合格后十五个工作日内支付。
2. 订阅费按季度结算，每季度首月十日前支付当季费用，每季度金额为人民币72,000元。
3. 乙方应在收款前开具合法有效的增值税专用发票。
4. 双方确认，订阅费以实际开通服务的门店数量为准，门店关闭的，自次季度起相应减少订阅费。

四、上线验收
（一）乙方完成实施后向甲方提交上线验收申请。验收标准为：1. 需求确认书所列功能全部可用；2. 历史会员及课时余额迁移后与甲方原系统逐条核对一致；3. 支付对接联调通过，对账无差异；4. 高峰时段三百名学员同时预约，页面响应时间不超过3秒。
（二）甲方在收到申请后十个工作日内组织验收并出具书面意见。任何门店试用或甲方付款均不视为验收合格。
（三）验收不合格的，乙方应在十日内整改并重新提交验收；因乙方原因两次验收不合格的，甲方有权解除合同，乙方退还已收取的全部款项。
（四）上线前乙方应组织门店店长、前台及教师培训，每家门店至少两名人员考核合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前两日通知。
（二）一级故障（系统整体无法登录或无法预约）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
（三）月度可用率低于约定值的，按差额每0.1个百分点减免当月订阅费的2%；一级故障响应超时的，每次减免当月订阅费的1%。
（四）乙方每月向甲方提交服务报告，列明可用率、故障次数及处理情况。
（五）系统应每日自动备份，备份数据保留不少于三十日，数据恢复点目标不超过24小时。
（六）开课季及节假日前，乙方应提前做好扩容准备，保障预约高峰期系统稳定运行。

六、数据
（一）数据权属
1. 甲方及其学员的个人信息、预约记录、会员及消费数据（以下简称“甲方数据”）归甲方所有。
2. 乙方有权对甲方数据进行去标识化处理后，用于其产品功能改进、行业分析及向其他客户提供的统计服务，该项使用在本合同终止后仍可继续。
（二）数据安全
1. 乙方应将甲方数据存储于中国境内，采取加密存储、传输加密、访问控制和操作审计措施，符合《个人信息保护法》要求。
2. 发生数据泄露或安全事件的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担。
3. 合同终止后三十日内，乙方应向甲方导出全部数据并删除其系统中的原始数据。
4. 乙方人员访问甲方数据应经授权并记录，乙方应定期对其员工开展个人信息保护培训。
5. 学员通过小程序提交的个人信息，乙方应按照甲方制定的隐私政策处理，不得向学员推送乙方或第三方的广告。

七、保密
乙方对甲方的经营数据、课程体系、价格策略及学员信息承担保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后五年内有效。
乙方应要求其接触甲方信息的员工签署保密承诺书。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的配置方案、报表模板及接口程序归甲方所有，甲方可自由使用和修改。
（三）乙方平台使用的第三方开源组件，乙方应保证不侵犯他人知识产权；因侵权引起的纠纷由乙方负责处理并承担责任。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日向甲方支付违约金人民币500元。
（二）乙方违反数据安全义务的，应赔偿甲方因此遭受的全部损失，包括对学员的赔偿和行政罚款。
（三）因乙方原因导致系统连续中断超过24小时的，乙方除按服务水平条款减免费用外，还应赔偿甲方因此产生的直接损失。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已预收但未提供服务部分的费用。
合同解除后，乙方应按本合同“六、数据”的约定向甲方导出和删除数据。

十二、甲方义务
（一）甲方应按约定支付费用，及时提供门店、课程和会员等基础资料，并指定项目联系人。
（二）甲方负责其账号的授权管理，因甲方人员泄露账号密码造成的损失由甲方承担。
（三）甲方应配合乙方完成支付渠道的商户开通及资质审核。

十三、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；不可抗力持续超过三十日的，双方可协商解除合同，已预付但未提供服务部分的费用应予退还。

十四、通知
双方往来通知以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱，电子邮件发出即视为送达。

十五、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交上海仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
"""

Z04 = """路灯远程控制系统年度运维服务合同

项目编号：CGJ-CS-2027-011（竞争性磋商）
采购人（甲方）：某市城市管理局
供应商（乙方）：某智慧照明工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就路灯远程控制系统年度运维服务订立本合同。

第一条 服务对象
（一）甲方路灯远程控制系统，包括监控中心平台软件一套、集中控制器1,260台、单灯控制器18,400个、通信网关及配套线路。
（二）系统覆盖主城区主干道、次干道及公园景观照明。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期内如遇系统升级改造，双方另行协商调整运维范围。期满后如需继续采购，由甲方依法重新组织采购，本合同不自动续期。

第三条 服务内容
（一）平台运维：监控中心平台软件、数据库及服务器的日常巡检、补丁更新、数据备份和性能优化。
（二）终端运维：集中控制器和单灯控制器的故障诊断、维修和更换，通信故障排查。
（三）定期巡检：每月对全部集中控制器巡检一次，每季度对单灯控制器按路段抽检，并提交巡检报告。
（四）开关灯策略维护：根据季节和节假日调整开关灯时间，配合重大活动亮灯保障。
（五）备品备件：乙方自备常用备件，备件费用包含在运维费内。
（六）应急保障：遇台风、暴雨、冰冻等恶劣天气及重大节庆活动，乙方应启动应急预案，增派人员值守，确保照明控制正常。
（七）资料管理：乙方应建立运维台账，完整记录故障工单、巡检记录、备件更换和系统变更，每月汇总后报甲方。
（八）系统优化：乙方应每季度分析系统运行数据，提出节能调光策略和设备更新建议，供甲方决策参考。

第四条 服务费用及支付
（一）年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），包含人工、备件、车辆、工具及税费。
（二）运维费按季度支付，每季度末经甲方季度考核合格后十五个工作日内支付当季费用人民币146,500元。本合同不设预付款。
（三）季度考核得分低于85分的，按考核办法相应扣减当季费用。
（四）乙方每季度提交服务报告和考核自评表，并开具合法发票作为付款依据。

第五条 服务水平
（一）监控中心平台可用率每月不低于99.95%。
（二）一级故障（平台瘫痪或整条道路路灯无法控制）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个集中控制器离线）应在2小时内响应，24小时内修复；三级故障（单灯控制器故障）应在72小时内修复。
（三）乙方每超时一小时，扣减当季运维费人民币500元；平台可用率每低于约定值0.01个百分点，扣减人民币1,000元。
（四）乙方应设立二十四小时值班电话，配备不少于六名专职运维人员。
（五）乙方应每日查看平台运行状态，对离线终端建立清单跟踪处理，单灯控制器月平均在线率应达到考核办法的要求。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：故障响应及修复及时率、单灯控制器在线率、巡检计划完成率、工单闭环率和文档完整性。考核办法见附件。
（二）服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；全部巡检报告、故障记录和备份记录齐全；系统设备清单与实际一致。验收合格后出具书面验收报告。
（三）季度考核不合格的，乙方应在十五日内提交整改报告，经甲方复核后方可支付当季费用。

第七条 数据安全
（一）系统运行数据、设备台账、控制策略和日志归甲方所有，乙方仅为本合同运维目的使用，不得复制、留存或提供给他人。
（二）乙方远程运维应通过甲方指定的堡垒机进行，不得私自开设远程通道；运维账号实行专人专用，操作全程记录。
（三）乙方应落实网络安全等级保护要求，防范病毒和非法入侵。因乙方原因导致数据泄露、篡改或系统被非法控制的，乙方应在1小时内报告甲方，立即采取处置措施，并承担全部赔偿责任。
（四）服务期满或合同解除时，乙方应移交全部账号、密码和运维资料，删除其留存的系统数据，并书面确认。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、策略配置和运维文档归甲方所有。

第九条 违约责任
（一）乙方未按期完成月度巡检、季度抽检或甲方书面要求的整改事项的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）乙方人员配备不足的，每缺一人每日扣减运维费人民币300元。
（三）因乙方运维不当造成路灯大面积不亮或设备损坏的，乙方应负责修复并赔偿损失。
（四）乙方未按约定时限修复故障导致道路长时间无照明、引发投诉或事故的，除上述违约金和扣款外，乙方应承担相应赔偿责任。

第十条 分包
乙方不得将本合同项下的服务转包或分包。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或严重违约经甲方书面通知后七日内仍未改正的，甲方有权解除本合同。
（二）合同解除后，乙方应在十日内移交全部资料、账号和备件，并配合甲方完成交接。

第十二条 安全生产
乙方高空作业人员须持证上岗，作业时设置警示标志，遵守道路交通管理规定。乙方人员在作业中发生的人身伤亡由乙方负责。
乙方应为外场作业人员购买人身意外伤害保险，作业车辆应投保第三者责任险。

第十三条 人员要求
（一）乙方应配备项目负责人一名、平台运维工程师两名、外场维修人员三名。
（二）项目负责人须具备三年以上城市照明或智慧城市项目运维经验，外场人员须持有电工证和高处作业证。
（三）乙方更换项目负责人须提前十日书面报甲方同意。
（四）乙方人员应统一着装、持证作业，遵守甲方管理规定。

第十四条 甲方义务
（一）甲方提供监控中心办公场所、网络接入和必要的系统账号。
（二）甲方向乙方移交系统设备清单、竣工图纸及原厂联系方式，并协调交警、园林等部门配合外场作业。
（三）甲方按约定支付运维费，并按季度组织考核。
（四）甲方发现故障后应及时通过值班电话或工单平台通知乙方，并提供故障路段和现象等信息。

第十五条 设备更换
（一）运维期间需更换的集中控制器和单灯控制器，其型号、通信协议应与现有系统兼容，并经甲方确认。
（二）单价超过人民币五千元的设备更换，应事先报甲方审批；更换下来的旧设备交甲方处置。

第十六条 不可抗力
因自然灾害等不可抗力导致服务不能正常提供的，乙方应及时通知甲方并尽力减少损失，双方协商处理，乙方不承担违约责任，但应在不可抗力消除后尽快恢复服务。

第十七条 廉洁履约
乙方不得向甲方工作人员提供任何形式的财物或其他利益，不得邀请甲方人员参加可能影响公正履职的活动。

第十八条 联系人
双方各指定一名联系人负责日常沟通，联系人变更应提前书面通知对方。
运维过程中的工单、报告和通知可通过甲方运维管理平台传递，与书面通知具有同等效力。

第十九条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第二十条 其他
磋商文件、响应文件和成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

附件：季度考核办法

甲方（盖章）：              乙方（盖章）：
"""

Z05 = """# 泥塑工艺流程跟踪系统软件许可及定制开发合同

（乙方标准合同文本 匠迹 V1.4）

合同编号：JJ-HT-2027-063

甲方：某泥塑艺术工作室
乙方：某匠迹软件有限公司

甲方拟采购泥塑作品工艺流程跟踪系统，用于记录从取泥、练泥、塑形、阴干、烧制到彩绘、包装的各道工序及作品档案。双方依据本标准合同文本订立本合同。

## 第一条 产品与服务

1. 乙方向甲方提供“匠迹”工艺流程跟踪系统软件许可（含工序管理、作品档案、物料库存、订单进度模块，十个用户）。
2. 乙方按甲方需求进行定制开发，内容包括：作品二维码追溯页、窑炉温度曲线记录、彩绘配方管理、订单客户端小程序。
3. 乙方负责系统安装部署及操作培训。
4. 乙方提供的软件许可为永久许可，许可用户数为十个；甲方增加用户的，按乙方届时报价另行购买。
5. 系统以乙方标准产品为基础，定制开发内容以双方确认的《需求确认单》为准。需求确认后甲方提出的变更，乙方有权另行收费并顺延交付期限。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹系统软件许可（十用户，永久） | 186,000 |
| 2 | 定制开发（二维码追溯页、窑温记录、配方管理、小程序） | 248,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 470,000 |

合同总价为人民币肆拾柒万元整（¥470,000），含增值税。

上述价格不含服务器、操作系统、数据库等第三方软硬件，不含现场服务的差旅费用。

## 第三条 付款

1. 合同签订后五个工作日内，甲方向乙方支付合同总价的65%。
2. 系统上线后五个工作日内，甲方支付合同总价的35%。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。
4. 乙方收到款项后开具增值税普通发票。

## 第四条 交付与上线

1. 乙方在收到首付款后六十日内完成安装部署和定制开发。
2. 系统安装完成并开通账号之日即为上线之日，系统上线即视为甲方验收合格。
3. 甲方应为乙方提供必要的场地、网络和配合人员。因甲方配合不到位造成的延误，交付期限相应顺延。
4. 乙方交付物包括：系统安装程序、用户账号、操作手册电子版。
5. 甲方在系统上线后七日内未提出书面异议的，视为对交付内容无异议。

## 第五条 免费维护

1. 系统上线后三个月为免费维护期，乙方在此期间免费提供缺陷修复和远程技术支持。
2. 免费维护期满后，甲方需继续获得维护服务的，应与乙方另行签订维护合同，维护费按乙方当年公布的服务价格标准执行。
3. 下列情形不属于免费维护范围：甲方擅自修改系统配置或数据库；因甲方硬件、网络或其他软件故障导致的问题；甲方新增的功能需求。
4. 免费维护期内乙方提供不超过三次远程巡检。

## 第六条 技术支持

1. 乙方提供工作日9:00至18:00的电话及远程支持。
2. 一级故障（系统无法登录或数据无法保存）乙方在接到通知后8小时内响应；其他故障在三个工作日内响应。
3. 乙方将尽合理努力尽快解决故障，但不保证系统不间断运行。
4. 乙方提供现场服务的，甲方应承担乙方人员的差旅及住宿费用。
5. 乙方有权根据产品升级计划对系统进行版本更新，更新可能导致部分功能调整。
6. 甲方应通过乙方工单系统提交故障，未提交工单的故障不计入响应时间。

## 第七条 知识产权

1. 匠迹系统及乙方为本项目进行的定制开发成果（包括源代码、小程序、配方管理模块及相关文档）的知识产权均归乙方所有。
2. 甲方在本合同有效期内享有非独占的使用权，不得修改、反向工程或许可第三方使用。
3. 乙方有权将定制开发成果纳入其标准产品向其他客户提供。
4. 甲方在使用中提出的改进建议，乙方可无偿吸收到其产品中。

## 第八条 数据

1. 甲方录入系统的作品档案、配方、客户订单等数据归甲方所有，乙方仅为提供本合同服务使用该数据。
2. 乙方采取访问控制、数据备份和传输加密措施保护甲方数据。发生数据泄露的，乙方应在24小时内通知甲方并配合处置；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。
3. 合同终止后，乙方可应甲方要求导出数据，导出服务按乙方标准收费。

## 第九条 保密

双方对在合作中获知的对方商业信息负有保密义务，未经对方书面同意不得披露。甲方不得向第三方披露本合同价格及乙方产品的技术资料。保密期限为合同终止后三年。

## 第十条 违约责任

1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
2. 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或作品损失承担责任。
3. 因甲方原因（包括需求变更、配合不到位、场地或网络未就绪）造成延期的，乙方不承担违约责任。
4. 乙方不对因第三方软件、操作系统、网络服务中断或甲方操作失误导致的损失承担责任。

## 第十一条 合同解除

1. 乙方严重违约，经甲方书面通知后三十日内仍未纠正的，甲方可以解除本合同。
2. 甲方逾期付款超过三十日的，乙方有权解除本合同，已收款项不予退还。
3. 合同解除的，甲方已支付的款项不予退还，定制开发成果仍归乙方所有。

## 第十二条 甲方责任

1. 甲方应提供服务器（或乙方推荐配置的云主机）、网络环境和必要的工位终端。
2. 甲方应指定专人配合需求调研，按时确认需求，提供工序资料和历史作品数据。
3. 甲方应妥善保管账号和密码，因甲方原因导致账号泄露或数据误删的，由甲方自行承担后果。
4. 甲方不得将系统用于许可范围以外的用途，不得复制、出租或转让软件。

## 第十三条 培训

乙方为甲方提供一次集中操作培训，时长不超过两天，培训人数不超过十人。额外培训按乙方标准收费。

## 第十四条 系统环境与第三方组件

1. 系统运行所需的操作系统、数据库、小程序认证等由甲方自行购买或申请，费用由甲方承担。
2. 系统包含的开源组件按其各自的许可协议使用。
3. 微信小程序须以甲方主体注册，乙方协助提交审核，审核时间不计入交付期限。

## 第十五条 不可抗力

因不可抗力、网络攻击、电信运营商故障、政府行为等非乙方原因导致系统无法使用的，乙方不承担责任。

## 第十六条 通知

双方往来函件以合同首页地址或乙方官网公布的客服邮箱为准。乙方在官网发布的公告视为已通知甲方。

## 第十七条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十八条 合同生效

本合同自双方签章之日起生效，至免费维护期届满时履行完毕；软件许可在甲方付清全部款项后永久有效。

## 第十九条 其他

1. 本合同未尽事宜，以乙方官网公布的《匠迹软件服务条款》为准。
2. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
3. 本合同附件包括：需求确认单、报价单。
4. 本合同文本为乙方标准文本，双方对条款内容已充分理解，不存在重大误解。

甲方（签章）：              乙方（签章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KRS-CN-2027-014
P:This Agreement is made between Jiangsu Hengyuan Lifting Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Kernow Reliability Systems Ltd, a company registered in England and Wales with its registered office at Priory Road, Bodmin, Cornwall, United Kingdom (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance-planning software, together with implementation, configuration and training services, for its crane manufacturing plant and its after-sales service network. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ReliaPlan asset maintenance suite, version 8, comprising the planning server, the work-order module, the condition-monitoring module, the mobile technician application and the reporting engine, together with its user documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data-conversion scripts, configuration workbooks and training materials that the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including equipment records, maintenance histories and personal information of employees and service customers.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the Software and the Custom Deliverables have passed the tests in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 320 named users and two production servers at the Customer's sites in the People's Republic of China, for the internal business purposes of the Customer and its affiliates.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
P:2.3 The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure it according to the agreed design document, build interfaces with the Customer's ERP system and its vibration-monitoring gateways, convert the legacy maintenance records of the past six years and train the Customer's administrators and key users.
P:3.2 The Vendor shall complete installation within forty-five days and submit the system for Final Acceptance within one hundred and twenty days after the Effective Date, following the project plan attached as Annex 1.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the same key personnel on the project unless the Customer agrees to a change.
P:3.4 The Customer shall provide the servers, operating system and database licences listed in the technical prerequisites of Annex 2, give the Vendor's consultants access to its sites and key users, and take the project decisions required by the project plan within five working days after a request.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,850,000, made up of the licence fee of CNY 1,380,000, implementation and interface services of CNY 412,000 and training of CNY 58,000. The price is fixed and includes all taxes payable in the United Kingdom; Chinese withholding taxes are borne as required by law.
P:4.2 The Customer shall pay 20% of the total price within thirty days after signature against the Vendor's invoice, 45% after the Software has been installed and the interfaces have passed integration testing, and the remaining 35% within thirty days after Final Acceptance.
P:4.3 Installation and integration testing do not amount to acceptance of the Software.
H:Article 5 Acceptance
P:5.1 Acceptance tests shall verify that: (a) every function in the agreed design document works as described; (b) the converted maintenance records reconcile with the legacy system by equipment count and work-order count; (c) the ERP interface posts spare-part reservations and cost bookings without error for ten consecutive working days; (d) the planning server returns standard reports within three seconds for two hundred concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 If a test fails, the Vendor shall correct the defect and repeat the test within fifteen days. Use of the Software in production before Final Acceptance does not mean that it has been accepted.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for twenty-four months after Final Acceptance. During this warranty period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 After the warranty period the Customer may order annual support at 9% of the licence fee, that is CNY 124,200 per year. This fee is fixed for the first three support years and will not be increased during that time.
P:6.3 Severity 1 incidents (the Software is unavailable or work orders cannot be issued) shall be responded to within one hour at any time and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours during business hours.
P:6.4 For every full hour by which the Vendor exceeds a response or resolution time in Article 6.3, the Vendor shall credit the Customer CNY 1,000 against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, belong to the Customer from the moment they are created. The Customer may use, modify, copy and license them freely, and the Vendor shall deliver the source code at Final Acceptance.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process it only to perform this Agreement, shall not keep copies after completing a task and shall not use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor authentication and is logged. Customer Data shall not be transferred out of the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, shall keep its staff bound to secrecy and shall notify the Customer within twelve hours of any actual or suspected data breach. The Vendor is liable for losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including technical designs, prices and business plans, shall use it only for this Agreement and shall not disclose it to third parties without the other party's written consent.
P:9.2 This obligation survives for five years after termination or expiry of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to death or personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any subcontractor approved by the Customer.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
P:12.3 If the Customer terminates under Article 12.2 before Final Acceptance, the Vendor shall refund the amounts paid for the Software and services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English and Chinese. Both versions have equal effect.
P:14.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Dates in the project plan are extended by the period of such an event.
P:14.4 Notices under this Agreement shall be in writing and delivered by courier or email to the addresses stated above, or to another address notified by a party. A notice sent by email is received on the next working day.
P:14.5 Neither party may assign this Agreement without the written consent of the other party, except that the Customer may assign it to an affiliate that takes over the plant.
P:Annex 1: Project plan. Annex 2: Design document.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: CREWTIDE CREW SCHEDULING SERVICE

Order Form No. CT-OF-2027-031

## PART A: ORDER FORM

### A1. Parties

**Customer:** Qingdao Haixing Ocean Shipping Co., Ltd., a company incorporated in the People's Republic of China, registered office in Shinan District, Qingdao, Shandong Province.

**Provider:** Crewtide Software Ltd, a company registered in England and Wales, registered office at Arwenack Street, Falmouth, Cornwall, United Kingdom.

### A2. Subscribed Service

The Crewtide crew scheduling and certification-tracking service, delivered over the internet, for the Customer's fleet of 34 bulk carriers and its crewing office, covering: rotation planning, seafarer certificate tracking with expiry alerts, rest-hour recording under the MLC, travel booking requests, payroll export and the crewing dashboard. The Subscription covers 180 named users (office staff and masters) and unlimited read-only seafarer accounts through the mobile application.

### A3. Subscription Term

Twenty-four months from the Go-Live Date, as defined in Section 4 of Part B. The Subscription ends at the end of the Subscription Term unless the parties sign a new Order Form. There is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first subscription year | 180 users x CNY 1,650 | 297,000 |
| Subscription, second subscription year | 180 users x CNY 1,650 | 297,000 |
| Onboarding and data migration | one-time | 46,000 |
| Total Contract Value | | 640,000 |

Fees include value-added tax at the rate applicable to cross-border services. Additional users may be added at CNY 1,650 per user per year, pro rata. The fees in this table are fixed for the Subscription Term.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate.
2. Subscription fees are invoiced quarterly in advance, each quarter at CNY 74,250, starting on the Go-Live Date. The Customer pays within thirty days after receipt of a correct invoice.
3. No other amount is payable before the Go-Live Date.

### A6. Contacts and Signatures

Customer project lead: Head of Crewing Department. Provider account manager: Customer Success Lead, Asia.

This Order Form incorporates the General Terms in Part B. If the Order Form and the General Terms conflict, the Order Form prevails.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including the web application, the mobile application, the application programming interfaces and the user documentation.

1.2 "Customer Data" means all data entered or uploaded by or for the Customer, including seafarer personal data, certificates, medical fitness records, rest-hour logs and payroll information.

1.3 "Configurations" means the rotation rules, alert settings, report layouts and payroll export mappings that the Provider prepares for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term and shall use commercially reasonable efforts to keep it available, except for planned maintenance and events beyond its reasonable control.

2.2 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A2.

2.3 The Customer is responsible for its users' credentials and for the accuracy of the data it enters.

2.4 The Customer shall not use the Service to store unlawful content, attempt to gain unauthorised access to the Service, or resell the Service to third parties. The Provider may suspend a user account that is used in breach of this clause after informing the Customer.

2.5 The Provider may suspend the Service if an undisputed invoice remains unpaid more than forty-five days after its due date and the Customer has not paid within ten days after a written reminder.

### 3. Support

3.1 The Provider offers support by email and through its online help centre during its normal business hours in the United Kingdom, Monday to Friday, excluding public holidays.

3.2 The Provider will work on support requests in the order in which they are received and will keep the Customer informed of progress. Target times for responses or resolution are not guaranteed.

3.3 The Customer shall nominate up to three administrators who may raise support requests. Administrators are trained during onboarding and are the first point of contact for the Customer's users.

### 4. Onboarding and Go-Live Acceptance

4.1 The Provider shall configure the Service, migrate the Customer's crew records, certificates and rotation history from its current spreadsheets and database, and train twenty key users, within sixty days after the Order Form is signed.

4.2 The Customer shall test the Service against the following criteria: (a) all functions listed in A2 operate with the Customer's configured rules; (b) migrated seafarer records and certificate dates reconcile with the source data for every seafarer; (c) the payroll export file is accepted by the Customer's payroll system for two consecutive monthly runs in parallel; and (d) expiry alerts are generated correctly for a test set of fifty certificates.

4.3 When the criteria are met, the Customer signs the Go-Live Acceptance certificate, and the date of signature is the "Go-Live Date". Access to the Service during testing is not acceptance.

4.4 If the Provider does not achieve Go-Live Acceptance within the period in 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 800 for each day of delay, up to CNY 32,000, and the Customer may deduct this amount from the onboarding fee.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Service to the Customer under this Agreement and for no other purpose.

5.2 At the end of the Subscription Term, the Provider shall make Customer Data available for export in CSV format for thirty days and then delete it from the Service.

5.3 The Customer warrants that it has the right to provide the seafarer personal data to the Provider for the purposes of this Agreement and has informed the seafarers as required by applicable law.

### 6. Intellectual Property

6.1 The Service, its software and documentation remain the property of the Provider and its licensors.

6.2 Configurations belong to the Customer, which may use, copy and modify them and allow third parties to use them without restriction.

### 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 This Section survives for three years after the end of the Subscription Term.

### 8. Subcontracting

8.1 The Provider shall not subcontract the performance of its obligations to any third party without the Customer's prior written consent.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

9.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

### 10. Term and Termination

10.1 This Agreement runs for the Subscription Term stated in A3.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

10.3 On termination by the Customer under 10.2, the Provider shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Notices shall be given in writing to the addresses in A1 and by email to the contacts in A6.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 This Agreement is written in English. A Chinese translation may be prepared for convenience; the English text prevails.

12.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and acts of government, provided that it informs the other party without delay and takes reasonable steps to limit the effect.

12.5 The Provider may refer to the Customer as a user of the Service in its customer lists only with the Customer's prior written approval.

12.6 If any provision of this Agreement is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

12.7 This Agreement, consisting of the Order Form and these General Terms, is the entire agreement between the parties on its subject matter and replaces all earlier proposals, quotations and correspondence.
"""

E03 = """T:Supply Contract for Kiln Fan Condition-Monitoring Sensors and Monitoring Software
P:Contract No. AHSN-EQ-2027-077
P:Buyer: Anhui Shunan Cement Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Lizard Point Instruments Ltd, registered in England and Wales, with its registered office and works at Meneage Street, Helston, Cornwall, United Kingdom (the "Supplier").
P:The Buyer operates two clinker production lines whose kiln induced-draught fans, cooler fans, raw mills and cement mills require continuous vibration and temperature monitoring. This Contract is issued on the Buyer's standard terms for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply wireless vibration and temperature sensors, edge gateways and a perpetual licence to its monitoring software, and shall install, configure and commission the system at the Buyer's plant, train the Buyer's staff and provide warranty service, all as described in this Contract and in the technical specification attached as Appendix A.
P:1.2 The monitoring software shall run on servers provided by the Buyer in its plant data room and shall provide trend displays, alarm thresholds set by the Buyer, automatic fault diagnosis for bearing, imbalance and misalignment faults, a maintenance work-request interface with the Buyer's equipment management system and monthly condition reports.
P:1.3 The Supplier shall also build the Buyer-specific dashboards and analytic models described in Appendix A for the kiln fans and mills (the "Custom Work").
P:1.4 All equipment shall be new, of current manufacture and suitable for the dust, heat and vibration conditions of a cement plant. Sensors shall have an ingress protection rating suitable for outdoor use and a battery life of at least three years at the configured sampling rate. Gateways shall carry the certifications required for radio equipment in China.
H:2. Price
P:2.1 The Contract Price is CNY 1,236,000, fixed and inclusive of VAT, packing, freight to the Buyer's plant, insurance, customs clearance, installation materials and all warranty services, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|2,450|588,000
TB:2|Edge gateway with industrial enclosure|18|9,800|176,400
TB:3|Monitoring software perpetual licence, 240 channels|1|312,000|312,000
TB:|Hardware and Licence Subtotal|||1,076,400
TB:4|Installation, configuration, commissioning and Custom Work|1 lot|138,600|138,600
TB:5|Training of operators and maintenance engineers|1 lot|21,000|21,000
TB:|Contract Price|||1,236,000
P:2.2 The Contract Price is not subject to adjustment for exchange-rate movements or changes in the Supplier's costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within twenty days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and physical condition only and is not an acceptance of quality.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the Buyer's plant DAP Wuhu (Incoterms 2020) within seventy days after signature, and shall complete installation and commissioning during the Buyer's planned kiln shutdown, which the Buyer will notify at least twenty days in advance.
P:4.2 The Supplier shall use its best endeavours to keep to the delivery and installation schedule and shall inform the Buyer promptly of any expected delay and its cause.
P:4.3 The Supplier's engineers working on site shall comply with the Buyer's safety rules, permit-to-work system and hot-work procedures.
P:4.4 Each delivery shall be packed for sea and road transport, marked with the Contract number and accompanied by a packing list, certificates of origin and conformity, calibration certificates for every sensor and installation manuals in Chinese and English.
P:4.5 Title to and risk in the equipment pass to the Buyer when it is delivered to the Buyer's plant and the Buyer has signed the delivery note.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty consecutive days. Final Acceptance requires that: (a) every sensor and gateway reports data to the software with a data completeness of at least 98% over the trial period; (b) vibration readings of ten sample points agree with the readings of the Buyer's calibrated portable analyser within 5%; (c) simulated alarms reach the control room and the equipment management system within ten seconds; and (d) the dashboards, models and reports of the Custom Work are delivered as specified.
P:5.2 The Buyer shall issue the Final Acceptance certificate within seven days after the criteria are met. Operation of the system during the trial period, or any payment, does not constitute acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective sensor, gateway or software free of charge, including replacement batteries, and shall provide software updates and remote support.
P:6.2 After the warranty period, the Buyer may order annual support, including software updates, remote diagnosis support and one site visit per year, at 10% of the Hardware and Licence Subtotal, which is CNY 107,640 per year. This amount is fixed for the first three years after the warranty period.
P:6.3 The Supplier shall respond to Severity 1 faults (loss of monitoring of a complete production line or of the software) within two hours, by telephone or remote connection, and shall restore monitoring within twenty-four hours. Other faults shall be answered within one working day.
P:6.4 For every hour by which the Supplier exceeds the response time in Clause 6.3, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.5 The Supplier shall keep spare sensors and gateways of the supplied models, or compatible successors, available for purchase for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of the Supplier. The Buyer receives a perpetual licence to use it at the plant for the number of channels purchased.
P:7.2 The Custom Work, including its configuration files, dashboards, model parameters and documentation, belongs to the Buyer. The Buyer may use and modify it freely and may engage third parties to do so.
H:8. Data Protection and Security
P:8.1 All measurement data, alarms, reports and equipment records generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep copies or use them for any other purpose.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session, shall take place through the Buyer's secure remote-access platform and shall be recorded. The Supplier shall keep its software free from malicious code and shall apply security patches promptly.
P:8.3 The Supplier shall notify the Buyer within eight hours of any security incident affecting the system or the Buyer's data and shall take immediate measures to contain it. The Supplier is liable for losses caused by a security incident attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the technical and commercial information received from the other party in connection with this Contract, including the Buyer's process parameters and production data, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the warranty period ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clause 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation, commissioning or Custom Work without the Buyer's prior written consent.
H:12. Force Majeure
P:12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If a force majeure event continues for more than ninety days, either party may end this Contract by written notice.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:14. General
P:14.1 This Contract, with Appendix A, is the entire agreement on its subject. Changes must be in writing and signed by both parties.
P:14.2 Notices shall be in writing and sent to the addresses stated above, to the attention of the Buyer's equipment department and the Supplier's contracts manager.
P:14.3 The Supplier may not assign this Contract or any payment under it without the Buyer's written consent.
P:14.4 This Contract is made in Chinese and English in four originals, two for each party. Both language versions have equal effect; in case of inconsistency the parties shall interpret them in good faith according to the purpose of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement No. LBR-MS-2027-009

**Customer:** Suzhou Jinlan Precision Electronics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Suzhou Industrial Park, Jiangsu Province.

**Supplier:** Looe Valley Backup & Recovery Ltd, a company registered in England and Wales, registered office at Barras Street, Liskeard, Cornwall, United Kingdom, acting through its wholly owned subsidiary registered in Shanghai for all on-site work in China.

## Section 1. Purpose and Structure

1.1 The Customer runs its manufacturing execution, ERP and product-lifecycle systems on servers in its Suzhou data room. The Supplier shall provide managed backup, replication and disaster recovery services for these systems for a term of thirty-six months.

1.2 The Services, service levels and charges are set out in Schedule 1 (Services), Schedule 2 (Service Levels) and Schedule 3 (Charges). The Schedules form part of this Agreement.

## Section 2. Term

2.1 This Agreement starts on signature. The Service Term of thirty-six months starts on the Service Commencement Date under Section 4.

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Supplier shall carry out the transition described in Schedule 1, item 1, within seventy-five days after signature: deployment of backup appliances, configuration of replication to the Customer's secondary site in Wuxi, baselining of all protected systems and preparation of the disaster recovery runbooks.

3.2 If the Service Commencement Date is delayed beyond that period for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of CNY 2,000 per day of delay, up to CNY 120,000.

3.3 The Customer shall give the Supplier timely access to its data rooms, systems and network, provide rack space and power for the backup appliances, and name a transition lead who can take decisions. A delay caused by the Customer extends the transition period accordingly.

## Section 4. Service Commencement Acceptance

4.1 The Supplier shall give notice when the transition is complete. The Customer shall then test the Services against these criteria: (a) all systems listed in Schedule 1 are protected with the backup frequency stated there for seven consecutive days without a failed job; (b) a full restore of the ERP database and of two file servers succeeds within the recovery time objectives in Schedule 2; (c) a disaster recovery test brings the manufacturing execution system up at the secondary site within its recovery time objective; and (d) the runbooks have been reviewed and approved by the Customer's IT manager.

4.2 When the criteria are met the Customer signs a Service Commencement certificate, and its date is the "Service Commencement Date". Partial use of the Services before that date is not acceptance.

## Section 5. Service Levels

5.1 The Supplier shall meet the service levels in Schedule 2. Incidents are classified into Priority 1 to Priority 3 as described there.

5.2 If a service level is missed, the Supplier shall grant the service credits set out in Schedule 2, deducted from the next monthly invoice. Service credits do not limit the Customer's other rights.

5.3 The Supplier shall send a monthly service report with backup success rates, restore tests, incidents and capacity trends, and shall attend a monthly service review meeting with the Customer.

5.4 Every Priority 1 incident shall be followed by a written root-cause report within five working days, with the corrective actions the Supplier will take and their dates.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the whole Service Term.

6.2 The Supplier invoices the Monthly Service Charge monthly in arrears. The Transition Charge is invoiced after the Service Commencement Date. No advance payment is due.

6.3 The Customer pays correct invoices within thirty days after receipt.

## Section 7. Customer Data and Security

7.1 All data backed up, replicated or otherwise processed under this Agreement ("Customer Data") belongs to the Customer. The Supplier shall process Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 Customer Data shall remain in the Customer's data rooms in Suzhou and Wuxi and shall not leave mainland China. Backups shall be encrypted at rest and in transit with keys controlled by the Customer.

7.3 The Supplier's staff shall access the Customer's systems only through the Customer's privileged access management system, with multi-factor authentication and session recording.

7.4 The Supplier shall notify the Customer within twelve hours of becoming aware of any security incident affecting Customer Data, shall assist the investigation and remediation, and shall bear the losses caused by an incident attributable to it.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including system designs, passwords and network diagrams, shall use it only for this Agreement and shall not disclose it without the other party's written consent. This obligation lasts for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 The Supplier's backup software and tools remain the Supplier's property.

9.2 The runbooks, scripts, configuration records and reports created for the Customer belong to the Customer, which may use and modify them freely, including with another service provider.

## Section 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Shanghai subsidiary named above is approved by signature of this Agreement. The Supplier remains responsible for its subcontractors.

## Section 11. Liability

11.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges in Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of Section 7.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty days after notice, or if the Supplier misses the Priority 1 service level three times in any six consecutive months.

12.2 On expiry or termination the Supplier shall provide exit assistance for up to ninety days, hand over all runbooks and configuration records and securely erase Customer Data from its appliances.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Section 14. General

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it informs the other party without delay and takes reasonable steps to limit the effect. The Supplier's disaster recovery obligations are not suspended by events that the disaster recovery arrangements are designed to cover.

14.2 Notices shall be in writing and sent to the addresses stated above or to the contacts named in the monthly service report.

14.3 Neither party may assign this Agreement without the other party's written consent.

14.4 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions have equal effect.

## Schedule 1. Services

| Item | Service | Description |
|---|---|---|
| 1 | Transition | Deployment of two backup appliances, replication set-up, baselining, runbooks |
| 2 | Backup | Nightly full and hourly incremental backup of ERP, MES and PLM databases; daily backup of file servers |
| 3 | Replication | Continuous replication of MES and ERP virtual machines to the Wuxi site |
| 4 | Restore | Restores on request and a monthly restore test of one system chosen by the Customer |
| 5 | Disaster recovery | Two full disaster recovery tests per year with a written report |
| 6 | Monitoring | Monitoring of jobs and appliances around the clock from the Supplier's operations centre |

## Schedule 2. Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Priority 1 response (restore needed for a production system) | 15 minutes, around the clock | CNY 3,000 per hour late |
| Priority 2 response | 1 hour, around the clock | CNY 1,000 per hour late |
| Backup portal availability | 99.95% per month | 5% of the Monthly Service Charge per 0.1 point below |
| Recovery time objective, MES | 2 hours | 10% of the Monthly Service Charge per breach |
| Restore test report | within 5 working days after each test | CNY 2,000 per late report |

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement | 124,000 |
| Monthly Service Charge | 36 months x CNY 68,500 | 2,466,000 |
| Total charges | | 2,590,000 |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
"""

E05 = """MARINE WEATHER AND TIDAL DATA API SUBSCRIPTION AGREEMENT

Agreement No. FMD-API-2027-022

PARTIES

Customer: Xiamen Haicheng Port Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Huli District, Xiamen, Fujian Province.

Vendor: Fowey Marine Data Ltd, a company registered in England and Wales, registered office at Fore Street, Fowey, Cornwall, United Kingdom.

BACKGROUND

The Customer operates container and bulk terminals and a fleet of tugs and pilot boats. It wishes to receive marine weather forecasts, tidal predictions, wave and swell data and berth-specific wind alerts through the Vendor's application programming interface (API) and to feed them into its berth planning, vessel traffic and tug dispatch systems.

1. DEFINITIONS

1.1 "Data Service" means the Vendor's marine forecast and observation data delivered through the API, including the data products listed in clause 2.1, the developer portal and the documentation.

1.2 "Subscription Year" means each period that starts on the Service Start Date or on an anniversary of it and ends on the day before the next anniversary. The initial term of this Agreement is two Subscription Years.

1.3 "Customer Data" means the data the Customer sends to the API or the portal, including berth coordinates, vessel schedules, vessel positions, queries and user details.

1.4 "Custom Feeds" means the berth-specific forecast feeds and alert rules that the Vendor configures for the Customer's terminals during onboarding.

2. DATA SERVICE

2.1 The Vendor shall provide: hourly wind, gust, wave and swell forecasts for ten days ahead at the Customer's nine berth clusters; tidal predictions and observed water levels for the port approaches; visibility and fog warnings; and push alerts when forecast wind speeds exceed the limits set by the Customer.

2.2 The API may be called up to two million times per month. Calls above that volume are charged at the overage rate published in the developer portal and are invoiced monthly in arrears.

2.3 The Vendor may improve the Data Service but shall not remove any data product listed in clause 2.1 during the term.

2.4 The Customer shall keep its API keys secure, shall not share them outside its own organisation and shall inform the Vendor without delay if it suspects that a key has been compromised. The Vendor shall then issue new keys within two hours.

3. ONBOARDING AND ACCEPTANCE

3.1 Within forty days after the Effective Date, the Vendor shall configure the Custom Feeds, issue production API keys, support the Customer's integration with its berth planning and tug dispatch systems and train the Customer's developers.

3.2 Onboarding is accepted when: (a) all data products in clause 2.1 are delivered for every berth cluster through the production keys; (b) forecast wind speeds for the previous thirty days are verified against the port's own anemometer records within the accuracy bands in the documentation; (c) test alerts reach the dispatch system within sixty seconds; and (d) the Customer's systems have received the feeds for ten consecutive days without an interruption longer than fifteen minutes. The Customer then signs an onboarding acceptance note, and the date of signature is the "Service Start Date".

3.3 If the Vendor does not complete onboarding within the period in clause 3.1 for reasons attributable to it, the Vendor shall pay the Customer CNY 600 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are:
   Onboarding fee (one-time): CNY 58,000
   Subscription Fee, first Subscription Year: CNY 386,000
   Subscription Fee, second Subscription Year: CNY 386,000
   Total fees for the initial term: CNY 830,000

4.2 The onboarding fee and the Subscription Fee for the first Subscription Year are invoiced together on the Effective Date and are payable within fifteen days after the invoice date. The Vendor issues the production API keys and starts onboarding after receiving this payment.

4.3 The Subscription Fee for the second Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days.

4.4 All fees are stated in Chinese yuan and include value-added tax.

4.5 The Vendor shall issue invoices that comply with Chinese tax requirements for cross-border services. Where withholding tax applies, the Customer shall deduct it and provide the Vendor with the tax receipt.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the API is unavailable, or forecasts for the port are missing or not updated for more than two hours) shall be responded to within one hour at any time. Priority 2 incidents shall be responded to within eight hours.

5.3 If monthly availability falls below the level in clause 5.1, or a Priority 1 response is late, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each breach, up to 25% in any month, set off against the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Data Service to the Customer and for no other purpose, and shall not sell, share or analyse it for third parties.

6.2 The Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support engineers, multi-factor authentication and audit logs, and shall comply with the Personal Information Protection Law of the People's Republic of China where it applies.

6.3 The Vendor shall notify the Customer within twenty-four hours of any security incident affecting Customer Data and shall take reasonable steps to contain it. The Vendor is liable for losses caused by an incident attributable to it.

6.4 On expiry or termination, the Vendor shall delete Customer Data within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Data Service, the forecast models and the underlying datasets remain the property of the Vendor and its licensors. The Customer may use the data within its own operations and display it to its staff, pilots, tug crews and shipping agents.

7.2 The Custom Feeds and alert rules configured for the Customer belong to the Customer, which may use and modify them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including the Customer's berth schedules and the Vendor's pricing and model documentation, and shall not disclose it to third parties without written consent. This obligation survives for three years after this Agreement ends.

9. SUBCONTRACTORS

9.1 The Vendor may use subcontractors, data suppliers and hosting providers to perform this Agreement. The Vendor shall notify the Customer in writing of any new subcontractor that will process Customer Data, and remains responsible for the acts of its subcontractors.

10. RENEWAL

10.1 After the initial term, this Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.

10.2 The Vendor may change the Subscription Fee for any renewal Subscription Year by giving the Customer written notice at least ninety days before that Subscription Year starts. The new fee applies from the start of the renewal year.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total fees for the initial term. This limit does not apply to personal injury, wilful misconduct or breach of clause 6.

11.2 Forecasts are predictions. The Customer remains responsible for its operational decisions, but this does not limit the Vendor's liability for data that it delivers late or in breach of this Agreement.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

12.2 If the Customer terminates under clause 12.1, the Vendor shall refund the prepaid fees for the remaining part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

14.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect.

14.3 Notices shall be in writing and sent to the registered addresses stated above, with a copy by email to the contacts named by each party during onboarding.

14.4 Neither party may assign this Agreement without the other party's written consent, which shall not be unreasonably withheld.

14.5 This Agreement is made in English and Chinese. Both versions have equal effect.

For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, language, source)
FILES = {
    "z01": ("h1102z01_commerce_bureau_oil_supervision_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h1102z02_kettle_factory_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h1102z03_portuguese_school_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h1102z04_streetlight_remote_control_om_service.txt", "txt", "zh", Z04),
    "z05": ("h1102z05_clay_studio_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h1102e01_crane_maker_maintenance_licence_bodmin_vendor.pdf", "pdf", "en", E01),
    "e02": ("h1102e02_crew_scheduling_saas_order_form_falmouth_vendor.md", "md", "en", E02),
    "e03": ("h1102e03_cement_kiln_fan_sensors_helston_vendor.docx", "docx", "en", E03),
    "e04": ("h1102e04_managed_backup_dr_36_months_liskeard_vendor.md", "md", "en", E04),
    "e05": ("h1102e05_marine_weather_api_subscription_fowey_vendor.txt", "txt", "en", E05),
}

GOODS, SERVICE = "goods_or_licence", "service"


def T(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsc, "buyer_owns_data": bod, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# key -> (category, terms, extra, fee base for TCO or None, design list of rules)
LABELS = {
    "z01": ("software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
              "PRC", GOODS), X(True, True, True, False, 2256000), 1260000, []),
    "z02": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28, False, True, True,
              "PRC", GOODS), X(True, True, True, False, 1758000), 1566000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud",
            T(99.5, 0.5, True, "buyer", True, False, True, 500 / 662000 * 100, None, None, True, None, None, None,
              True, True, False, "PRC", SERVICE), X(True, True, None, False, 662000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services",
            T(99.95, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False, True,
              False, "PRC", SERVICE), X(True, True, None, False, 586000), None,
            ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z05": ("software",
            T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 3, None, False, True, None,
              None, GOODS), X(True, True, False, True, 470000), 186000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False,
              "England and Wales", GOODS), X(True, True, True, False, 1850000), 1380000, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud",
            T(None, None, False, "buyer", False, True, True, 800 / 640000 * 100, 6 / 24 * 100, None, True, None,
              None, None, False, True, False, "PRC", SERVICE), X(False, True, None, False, 640000), None,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("hardware",
            T(None, 2, True, "buyer", True, True, True, None, 150, 10, True, True, 24, 10, False, False, False,
              "PRC", GOODS), X(True, False, True, False, 1236000), 1076400,
            ["CR-LD-MISSING", "CR-TERMINATION"]),
    "e04": ("services",
            T(99.95, 0.25, True, "buyer", True, True, True, 2000 / 2590000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", SERVICE), X(True, True, None, False, 2590000), None, []),
    "e05": ("cloud",
            T(99.95, 1, True, "buyer", True, True, True, 600 / 830000 * 100, 150, (58000 + 386000) / 830000 * 100,
              True, None, None, None, True, True, True, "PRC", SERVICE), X(True, True, None, False, 830000), None,
            ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "high", "e04": "low", "e05": "medium"}

# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != GOODS or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years_after = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 and its section on where rules apply."""
    r = set()
    goods = t["contract_kind"] == GOODS
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------
# threshold figures in text
CN_NUM = "一二三四五六七八九十百千两零"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![" + CN_NUM + r"])四\s*(?:个\s*)?小时",
    r"(?<![\w-])four[\s-]*hours?\b",
    r"(?<![\d.])0?\.05\s*%",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十百])",
    r"千分之(?:零点五|0\.5)",
    r"(?<![\d.])12\s*-?\s*(?:个\s*)?(?:月|months?\b)",
    r"(?<![" + CN_NUM + r"])十二\s*个?\s*月",
    r"(?<![\w-])twelve[\s-]*months?",
    r"(?<![第每])一\s*年",
    r"(?<![\w-])(?:one|1|a)[\s-]*years?\b(?![\s-]*(?:after|before))",
    r"(?<![\d.])(?:30|15|40|100)\s*%",
    r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])",
    r"[三四]成",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "4小时", "4 hours", "4-hour", "四小时", "four hours", "0.05%", "0.05 %", "万分之五", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "一年", "one year", "1 year", "30%", "30 %",
            "15%", "40%", "100%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "三成", "4hours", "12months"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "120个月", "第一年",
             "130%", "0.15%", "140%", "1100%", "0.055%", "115%", "每一年", "万分之五十", "24 months", "112 months",
             "per year", "25%", "35%", "45%", "第十二条", "2.4 hours", "0.3%", "10%"]


def threshold_hits(text):
    hits = []
    for form in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
        for rx in RX:
            for m in rx.finditer(form):
                hits.append((rx.pattern, m.group(0), form[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in RX), ("must hit", s)
    for s in MUST_MISS:
        assert not any(rx.search(s) for rx in RX), ("must miss", s)


# ---------------------------------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)


def check_sums():
    assert 528000 + 386400 + 297000 + 106600 + 248000 == 1566000 and 1566000 + 168000 + 24000 == 1758000  # z02
    assert round(1566000 * 0.28) == 438480 and 20 + 35 + 38 + 7 == 100
    assert 1260000 + 840000 + 156000 == 2256000 and round(1260000 * 0.08) == 100800 and 20 + 45 + 35 == 100  # z01
    assert 2 * 30 * 9600 + 68000 + 18000 == 662000 and 30 * 9600 // 4 == 72000  # z03
    assert 586000 // 4 == 146500  # z04
    assert 186000 + 248000 + 36000 == 470000 and 65 + 35 == 100  # z05
    assert 1380000 + 412000 + 58000 == 1850000 and round(1380000 * 0.09) == 124200  # e01
    assert 2 * 180 * 1650 + 46000 == 640000 and 180 * 1650 / 4 == 74250  # e02
    assert 240 * 2450 == 588000 and 18 * 9800 == 176400 and 588000 + 176400 + 312000 == 1076400  # e03
    assert 1076400 + 138600 + 21000 == 1236000 and round(1076400 * 0.10) == 107640 and 10 + 55 + 35 == 100
    assert 36 * 68500 + 124000 == 2590000  # e04
    assert 58000 + 2 * 386000 == 830000  # e05


def main():
    self_test()
    check_sums()
    build()
    fired = set()
    problems = []
    for key, (name, fmt, lang, src) in FILES.items():
        cat, t, x, base, design = LABELS[key]
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            unit = "chars"
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            unit = "words"
        share = tco_share(t, x, base)
        print(f"{key} {name}: {n} {unit}" + (f", TCO share {share:.2f}%" if share is not None else ""))
        if not ok:
            problems.append(f"{key}: length {n} {unit} out of range")
        for h in threshold_hits(text):
            problems.append(f"{key}: threshold figure {h}")
        for k, th in TH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append(f"{key}: {k} on threshold")
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append(f"{key}: TCO share {share} within 2 points")
        rules = derive(t, x, base)
        if rules != sorted(design):
            problems.append(f"{key}: derived {rules} != design {sorted(design)}")
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        if risk != RISK[key]:
            problems.append(f"{key}: risk {risk} != {RISK[key]}")
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                         encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(f"rules never fired: {missing}")
    # the mix
    counts = {k: len(derive(*[LABELS[k][i] for i in (1, 2, 3)])) for k in LABELS}
    print("rules per draft:", counts)
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
