"""holdout749: builds the ten blind held-out drafts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below; .docx and .pdf are built with
../word_pdf.py (PDF paragraphs broken at word boundaries). Labels are derived from DESIGN; the expected rules are derived
from the labels with my own reading of policy section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临沙县沙化土地监测平台建设项目政府采购合同
P:合同编号：LSX-LC-2025-017　　采购方式：公开招标
P:甲方（采购人）：临沙县林业和草原局防沙治沙工作站
P:乙方（供应商）：北京绿洲数图科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就沙化土地监测平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供沙化土地监测平台软件（含遥感影像管理、沙化图斑变化检测、固定监测样地管理模块）的永久使用许可，部署于甲方指定的政务云环境。
P:1.2 乙方按甲方需求定制开发遥感解译辅助模块、监测点位与巡护路线管理模块及移动巡护App，并完成与省级林草感知平台的数据对接。
P:1.3 乙方负责近三期历史遥感影像及样地调查数据的整理入库，以及系统部署、联调、试运行和用户培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾柒万元整（¥1,270,000），其中：平台软件许可费¥680,000；定制开发费¥436,000；历史数据整理入库费¥98,000；部署实施及培训费¥56,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行保函后，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行满九十日并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的发票。甲方按财政资金支付程序付款，因国库集中支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署及定制模块交付，一百二十日内完成初步验收。
P:4.2 乙方应提交项目实施方案、需求规格说明书、测试报告、用户手册及运维手册，并随定制模块交付全部源代码。
P:4.3 乙方应指派具有同类林草信息化项目经验的项目经理一名，实施期间常驻甲方现场，未经甲方同意不得更换。乙方技术人员进入甲方办公场所，应遵守甲方的安全保密管理规定。
P:4.4 乙方应为甲方系统管理员、数据管理员及基层护林员分批开展培训，培训总人数不少于八十人次，并提供培训教材和操作视频，确保甲方人员能够独立完成日常操作和数据维护。
P:4.5 乙方应在签订本合同前向甲方提交合同总价的5%作为履约保证金，最终验收合格且无未结索赔事项后，甲方在十五个工作日内无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术参数表所列功能全部实现；（2）沙化图斑变化检测在甲方提供的抽样区域内与人工判读结果的一致率不低于90%；（3）移动巡护App在无网络状态下可离线采集并在恢复网络后自动同步；（4）与省级平台的数据对接连续运行十日无差错；（5）第三方测评机构出具的安全测评报告无高危问题。
P:5.2 最终验收标准：试运行期间未发生一级故障，初步验收遗留问题全部整改完毕，文档齐全，并经甲方组织的专家组评审通过。
P:5.3 系统上线运行、甲方使用或付款均不视为验收合格，验收以甲方签署的验收报告为准。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率应不低于99.95%，计划内维护应提前三个工作日经甲方同意后进行，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或监测数据无法入库）乙方应在30分钟内响应，2小时内到达现场或远程介入，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障于下一版本中修复。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥500；月可用率每低于约定值0.01个百分点，乙方支付¥1,000，甲方可从应付款项或履约保证金中直接扣除。
P:6.4 乙方应于每月前五个工作日内向甲方提交上月运行报告，列明可用率、故障处理、数据入库及安全事件情况，并对发现的问题提出整改建议。
H:第七条 质保与后续维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程支持及每季度一次的现场巡检。
P:7.2 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），且质保期满后前三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行取得乙方同意。
P:8.3 乙方保证其提供的软件不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
P:8.4 乙方交付源代码时应同时提供编译环境说明、第三方组件清单及其许可证信息，确保甲方或其委托的第三方能够在不依赖乙方的情况下完成编译、部署和后续维护。
H:第九条 数据安全
P:9.1 遥感影像、监测样地数据、巡护轨迹及系统产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据进行加密存储和传输，运维操作须通过甲方堡垒机并留存审计日志，严禁将数据导出至甲方环境之外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、涉密地理信息及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同终止而解除，在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包或转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释及履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同附件包括：技术需求书、分项报价表、实施进度计划表、验收测试方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:签订日期：2025年　月　日
"""

Z02 = """T:电脑绣花及绷楦生产线控制系统改造合同
P:合同编号：JXX-GZ-2025-06
P:甲方：温州锦绣履业鞋厂
P:乙方：浙江智缝自动化设备有限公司
P:甲方拟对其绣花鞋生产车间的电脑绣花机及自动绷楦机进行控制系统改造，并建设产线看板与工艺参数管理系统。乙方愿意按本合同约定提供设备、软件及安装调试服务。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 对甲方车间十二台多头电脑绣花机更换伺服驱动、主控板及断线检测装置，实现花样文件集中下发与针数、断线次数的实时采集。
P:1.2 对六台自动绷楦机进行PLC控制改造，增加楦头温度、压力及节拍数据采集功能。
P:1.3 部署产线看板与工艺参数管理软件，实现绣花花样版本管理、工艺参数配方管理、产量统计与设备状态看板，并与甲方现有ERP系统对接订单及工单数据。
P:1.4 乙方负责全部设备的安装、接线、调试、试产跟线及操作人员培训。
P:1.5 改造后的控制系统应兼容甲方现有的DST、DSB格式花样文件，支持按工单自动调用花样和工艺参数，支持车间主任通过看板查看每台设备的运行、待机、故障状态及当班产量。
P:1.6 乙方提供的设备及元器件应为全新、未使用过的合格产品，主要部件应注明品牌、型号和产地，并附出厂合格证和检测报告。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰零伍万肆仟元整（¥1,054,000），分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|绣花机控制系统改造套件|12台|38,500|462,000
TB:2|绷楦机PLC改造套件|6台|41,000|246,000
TB:3|产线看板与工艺参数管理软件许可|1套|168,000|168,000
TB:4|传感器及工业网关|1批|86,000|86,000
TB:5|软硬件小计|||962,000
TB:6|安装调试及试产跟线|1项|74,000|74,000
TB:7|操作与维护培训|1项|18,000|18,000
TB:8|合同总价|||1,054,000
P:2.2 上述价格含税、含运输、保险及安装所需辅材，除本合同另有约定外，甲方无需支付其他费用。
P:2.3 合同履行期间，因甲方书面提出的需求变更导致工作量增加的，双方按分项报价表中的同类单价协商确定变更费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 改造完成并通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具相应金额的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方车间，并在到货后二十日内完成安装调试。
P:4.2 为减少对生产的影响，改造应分三批进行，每批停机时间不超过五天，具体批次安排由甲方生产部门确定。
P:4.3 乙方应提交设备清单、电气图纸、PLC程序、软件安装介质、操作手册及维护手册。
P:4.4 乙方施工人员进入甲方车间，应遵守甲方的安全生产和消防管理制度，落实停电挂牌、动火审批等措施。因乙方人员违规操作造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 乙方应为甲方挡车工、机修工及车间管理人员分别开展操作和维护培训，培训不少于三期，每期不少于两天，确保受训人员能够独立完成花样下发、参数调整及常见故障处理。
H:第五条 验收
P:5.1 验收标准：（1）改造后的绣花机连续七十二小时试产无死机、无花样错乱，断线检测准确率不低于98%；（2）绷楦机节拍较改造前提升不低于10%，绷楦合格率不低于98.5%；（3）看板数据与设备实际计数误差不超过0.5%；（4）与ERP系统的工单数据双向同步连续十日无差错；（5）技术资料齐全。
P:5.2 甲方在乙方提交验收申请后七日内组织验收，验收合格的签署验收报告；不合格的，乙方应在十日内整改并重新提交验收。验收所需的检测工具、试产物料由乙方准备，甲方提供场地、电力及操作人员配合。
P:5.3 设备试产或甲方使用不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起十八个月。质保期内因设备或软件本身质量问题出现的故障，乙方免费维修或更换。
P:6.2 甲方设备出现故障时，乙方在接到甲方报修后应及时响应，并尽快安排技术人员排除故障，保障甲方生产正常进行。
P:6.3 质保期满后，乙方继续提供维护服务，年度维护费为软硬件小计的9%（即每年¥86,580），质保期满后前两个服务年度不作调整，双方另行签订维护合同。
P:6.4 质保期内乙方免费提供看板软件的版本升级和安全补丁，升级前应与甲方确认停机时间，并做好工艺配方和花样数据的备份。
P:6.5 乙方应在本地保有常用备件，确保易损件在甲方提出需求后及时供应，备件价格不高于乙方同期对外公开报价。
H:第七条 知识产权
P:7.1 设备内置软件及看板软件的既有知识产权归乙方或原厂所有，乙方授予甲方永久使用许可。
P:7.2 乙方为甲方定制的ERP接口程序、看板配置、工艺配方模板及相关源代码归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、花样文件及订单数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方提供的VPN账号登录并记录操作日志；乙方不得拷贝或留存甲方数据。发生数据泄露或被篡改的，乙方应在发现后两小时内通知甲方并采取补救措施，因乙方原因导致的损失由乙方全额赔偿。
P:8.3 乙方对在履约过程中知悉的甲方花样设计、款式信息、客户及订单信息负有保密义务，不得向任何第三方披露，本条在合同终止后三年内有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方提供的设备或软件不符合约定的，甲方有权要求乙方更换、修理，由此产生的费用由乙方承担。
P:9.3 乙方交付的设备经两次整改仍不能通过验收的，乙方应无偿更换为符合约定的设备，并承担甲方因此增加的停产损失。
P:9.4 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方不得将本合同项下的工作分包给第三方；电气布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同的变更与解除
P:11.1 本合同生效后，任何一方不得擅自变更或单方解除。
P:11.2 确需变更或解除本合同的，双方应协商一致并签订书面协议。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:14.2 本合同附件包括：改造技术方案、设备配置清单、分批停机改造计划、验收测试记录表，附件与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2025年　月　日
"""

Z03 = """浪淘沙连锁洗浴门店预约及会员管理系统服务合同

合同编号：LTS-IT-2025-031
甲方：广东浪淘沙休闲服务连锁有限公司
乙方：广州云约信息科技有限公司

甲方在广东、广西两地经营三十五家连锁桑拿洗浴门店，拟采用乙方的预约及会员管理云服务，统一管理门店预约、会员储值、积分和营销活动。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方三十五家门店提供“云约”洗浴门店管理SaaS服务，包括在线预约、技师排班、会员储值与积分、手牌与消费结算、营销活动及经营报表等功能模块。
（二）乙方负责实施服务，包括：
1. 甲方现有会员、储值余额及积分数据的清洗与迁移；
2. 各门店收银终端、手牌系统及闸机的对接与调试；
3. 微信小程序预约入口的配置上线；
4. 总部及门店人员培训。
（三）乙方为甲方定制开发的会员分级规则、跨店结算报表及与甲方财务系统的接口，作为本合同交付成果的一部分。

二、服务期限
（一）本合同服务期为两个服务年度，自全部门店上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期满前三十日内，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期可连续进行。续期年度的订阅费由乙方按其届时公布的标准价格确定，乙方有权根据市场情况上调订阅费，无需另行征得甲方同意。

三、服务费用
（一）订阅费按门店数量计收，每家门店每个服务年度人民币6,800元，三十五家门店每个服务年度合计238,000元，两个服务年度合计476,000元。
（二）实施费为一次性费用，人民币126,000元。
（三）本合同总价为人民币602,000元（大写：陆拾万零贰仟元整）。
（四）甲方新增门店的，按每店每个服务年度6,800元按剩余月份折算计收；关闭门店的，自关闭次月起不再计收。

（五）上述费用已包含短信通知、小程序接口、数据备份及常规版本升级费用；第三方支付通道手续费由甲方按其与支付机构的约定另行承担。

四、付款方式
（一）实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，乙方于每季度末开具当季发票，甲方在收到发票后十五个工作日内支付。
（三）本合同不设预付款，乙方在上线验收前不得要求甲方支付任何费用。

五、上线验收
（一）乙方应在合同签订后六十日内完成全部门店上线。乙方应在合同签订后七日内提交实施计划，按总部、广州片区、佛山片区、广西片区分批上线，每批上线前应完成门店人员操作培训并进行模拟营业演练。
（二）验收标准：
1. 会员数据、储值余额及积分迁移后与甲方原系统逐条核对一致；
2. 各门店收银、手牌及闸机对接联调通过，连续七日结算无差错；
3. 在线预约在每秒两百次并发下页面响应时间不超过两秒；
4. 本合同约定的定制功能全部实现；
5. 会员储值、消费及退款的资金流水与甲方财务系统对账一致，跨店结算报表数据准确。
（三）甲方在收到验收申请后五个工作日内组织验收，验收合格的签署上线验收单。门店试用或甲方付款不视为验收合格。

六、服务水平
（一）乙方保证系统月可用率不低于99.5%，计划内维护应安排在凌晨二时至六时之间并提前两个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或结算）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：下一工作日内响应。
（三）服务补偿：月可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的2%给予服务抵扣；一级故障恢复每超时一小时，乙方按当月订阅费的1%给予抵扣，抵扣在下季度订阅费中扣减。

七、数据安全
（一）会员信息、消费记录、储值数据及经营数据均属于甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，落实网络安全等级保护第三级要求，对会员手机号、身份信息等个人信息加密存储，并遵守《中华人民共和国个人信息保护法》，会员授权营销的记录应完整留存。
（三）发生数据泄露、丢失或篡改的，乙方应在两小时内通知甲方并采取补救措施，因乙方原因造成的损失及行政处罚由乙方承担。
（四）乙方运维人员访问甲方生产数据须经甲方授权，全部操作留存日志不少于六个月，甲方有权随时查阅。
（五）合同终止后三十日内，乙方应将甲方全部数据以通用格式交还甲方，并在甲方确认后彻底删除。

八、服务支持与报告
（一）乙方为甲方指定专属客户经理一名，并提供每日八时至次日二时的电话及在线客服支持，覆盖门店营业时段。
（二）乙方应于每月十日前向甲方提交上月服务报告，内容包括可用率、故障清单及处理情况、服务抵扣计算及系统优化建议。
（三）乙方对系统进行重大版本升级的，应至少提前十日通知甲方，并在升级前于测试环境完成验证，不得影响门店正常营业。

九、甲方义务
（一）甲方应指定项目负责人，协调各门店配合实施，按时提供原系统数据及接口资料。
（二）甲方应按乙方提供的配置清单准备门店网络及收银终端，门店网络故障不计入系统不可用时间。
（三）甲方应妥善保管系统管理账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十、保密
双方对履行本合同中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

十一、知识产权
（一）云约平台的知识产权归乙方所有。
（二）本合同第一条第（三）款所列定制成果的知识产权归甲方所有，乙方应交付相应源代码及说明文档，甲方可自行使用、修改或委托第三方维护。

十二、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，向甲方支付人民币700元违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十三、分包
乙方不得将本合同项下的服务转包，亦不得将实施工作分包给第三方，但经甲方事先书面同意的除外。

十四、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付未消耗的订阅费。
（二）连续两个月可用率低于约定值的，甲方有权解除本合同。
（三）合同因任何原因终止的，乙方应配合甲方将会员、储值及积分数据迁移至甲方指定的系统，并在迁移完成前维持服务正常运行，期间订阅费按实际使用天数计算。

十五、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交佛山仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，中断期间的订阅费按实际天数扣减。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """离退休干部服务管理系统运维服务合同

项目名称：离退休干部服务管理系统2025年度运维服务
采购方式：竞争性磋商
合同编号：LGB-YW-2025-04
甲方：滨江市委老干部局
乙方：滨江市政通信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就离退休干部服务管理系统运维服务事项，经协商一致，订立本合同。

第一条 服务范围
一、本合同运维对象包括：离退休干部信息管理系统、活动报名与学习平台、走访慰问管理模块、“银龄之家”微信小程序及短信通知平台，以及上述系统所在的应用服务器、数据库服务器和相关中间件。
二、服务内容包括：驻场运维、应用运维与缺陷修复、小程序及短信平台运维、定期巡检与安全加固配合、重大活动及节假日应急保障。
三、驻场运维人员每个工作日在甲方办公地点提供服务，负责系统日常监控、账号权限管理、数据维护、用户咨询及问题受理。

四、应急保障：重阳节、春节走访慰问及重大集中活动期间，乙方应安排专人现场值守，提前完成系统压力测试和数据备份，保障报名、通知和签到功能正常运行。
五、乙方应根据甲方业务需要，完成年度离退休干部信息核对、统计报表调整等小型配置变更，单项工作量在五人日以内的不另行收费。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，甲方如需继续采购，按政府采购规定另行组织。

第三条 合同价款
一、本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括：驻场运维服务费¥186,000；应用运维与缺陷修复费¥92,000；小程序及短信平台运维费¥38,000；巡检与安全加固配合费¥44,000；应急保障服务费¥26,000。
二、合同总价为固定价格，包含人员、差旅、工具及税费。短信条数超出磋商文件约定数量的部分按实际发生另行结算，不计入合同总价。

第四条 付款方式
一、服务费按季度支付，每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费，即合同总价的四分之一。
二、季度考核发现服务不达标的，甲方按本合同第六条的约定扣减当季服务费后支付。
三、本合同不设预付款。

第五条 服务要求与考核
一、乙方应按月提交运维报告，内容包括系统运行情况、故障处理记录、巡检结果、数据维护记录和改进建议。
二、乙方每季度对系统进行一次全面巡检，每半个服务期配合甲方开展一次安全加固，巡检及加固报告报甲方备案。
三、季度考核标准：（一）核心业务系统月可用率达到第六条约定；（二）故障响应和处理时限达标率不低于95%；（三）用户问题均应当日受理、如实记录并按时回复；（四）运维文档、报告按时提交；（五）甲方用户满意度测评得分不低于85分。
四、甲方在季度结束后十个工作日内完成考核，出具考核意见，作为付款依据。
五、服务期满前一个月，乙方应提交服务期运维工作总结，对系统运行状况、存在问题及下一阶段优化需求进行全面分析，并配合甲方完成服务期末考核。期末考核结果作为甲方今后采购评审的参考依据。

第六条 服务水平
一、核心业务系统（信息管理系统、活动报名平台及小程序）月可用率不低于99.95%。
二、故障分级与响应：一级故障（核心系统整体中断或数据错误影响离退休干部待遇发放、活动组织）应在30分钟内响应，2小时内恢复；二级故障（单一模块不可用）应在1小时内响应，8小时内解决；三级故障（一般性问题）应在1个工作日内解决。
三、考核扣减：月可用率每低于约定值0.01个百分点，扣减当季服务费的0.5%；一级故障响应或恢复每超时一小时，扣减当季服务费的1%；单季扣减总额不超过当季服务费的20%。

第七条 人员要求
一、乙方应配备项目负责人一名、驻场运维工程师一名及后台技术支持团队，驻场工程师应具有三年以上政务系统运维经验，熟悉本系统使用的数据库和中间件。
二、乙方人员应遵守甲方的工作纪律和考勤制度，服务态度热情耐心，对离退休老同志的电话咨询应耐心解答，必要时上门协助操作小程序。
三、乙方人员不能胜任工作的，甲方有权要求更换，乙方应在五个工作日内派出符合要求的人员。

第八条 数据归属
系统内离退休干部个人信息、健康档案、待遇发放记录、活动报名信息及其他业务数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于本合同以外的任何目的。

第九条 保密
一、乙方及其驻场人员对履行本合同过程中知悉的甲方工作秘密、内部文件及离退休干部信息负有保密义务，不得向任何第三方披露。
二、乙方驻场人员上岗前应签署保密承诺书，报甲方备案。乙方更换驻场人员的，应提前十日书面报甲方同意，并做好工作交接。
三、保密义务在本合同终止后继续有效。

第十条 知识产权
乙方在服务过程中形成的运维文档、脚本、缺陷修复程序及配置资料，其知识产权归甲方所有，乙方应在服务期满时完整移交。

第十一条 服务委托
乙方可将短信通道服务、机房环境巡检等辅助性工作交由具备相应资质的第三方实施，但应提前五个工作日书面告知甲方。乙方对第三方的工作承担全部责任。

第十二条 违约责任
一、乙方未按约定时间完成季度巡检、安全加固配合或缺陷修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
二、乙方未按约定提交月度运维报告，经甲方书面催告后仍未提交的，当季考核按不合格处理。
三、乙方驻场人员无故缺勤的，每缺勤一日扣减驻场运维服务费¥1,200。
四、甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十三条 合同解除
一、乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
二、合同解除或服务期满时，乙方应配合甲方完成交接，交接期内继续提供服务，不得以任何理由中断系统运行。交接内容包括系统账号、运维文档、脚本、未关闭问题清单及全部业务数据，交接清单由双方签字确认。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 甲方义务
一、甲方应为乙方驻场人员提供办公场所、网络接入及必要的办公条件。
二、甲方应指定专人负责运维服务的日常联络和考核工作，及时确认乙方提交的变更申请和运维报告。
三、甲方应及时向乙方提供离退休干部信息变动、活动安排等业务资料，并对乙方提出的系统优化建议给予答复。
四、甲方对系统进行功能扩充或与其他系统对接的，应提前通知乙方，乙方应予配合。

第十六条 其他
一、本合同未尽事宜，按磋商文件、响应文件及政府采购相关规定执行。双方可就未尽事宜签订补充协议，补充协议与本合同具有同等法律效力。本合同附件为服务需求书、分项报价表及季度考核评分表。
二、本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：                        签订日期：
"""

Z05 = """# 缝灌通生产追溯系统软件许可及实施合同

**（缝灌通科技标准合同文本 V3.0，甲方名称等信息请于空白处填写）**

合同编号：FGT-HT-2025-088

甲方：临沂鲁沙工艺品厂（沙包工艺品生产企业）

乙方：青岛缝灌通科技有限公司

甲方因生产管理需要，向乙方采购缝灌通生产追溯系统软件使用许可及相关实施服务。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供缝灌通生产追溯系统标准版软件使用许可，授权工位数为六十个，授权方式为永久授权。

1.2 乙方按甲方需求进行定制开发，内容包括：缝制工序扫码报工、灌装工序称重数据自动采集、沙包成品条码追溯、按客户订单的批次追溯报表，以及与甲方现有电子秤和标签打印机的对接。

1.3 乙方负责系统的安装部署、基础数据初始化及甲方操作人员培训。

## 第二条 合同价款

2.1 本合同总价为人民币捌拾肆万肆仟元整（¥844,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 缝灌通生产追溯系统标准版软件许可（60工位，永久） | 560,000 |
| 2 | 定制开发（报工、称重采集、条码追溯、订单报表、设备对接） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 48,000 |
| | 合计 | 844,000 |

2.2 上述价格含增值税。甲方要求增加工位或新增功能的，按乙方当时的报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币548,600元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币295,400元。

3.3 乙方收款后向甲方开具增值税普通发票。甲方要求开具专用发票的，应提前书面告知。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，原则上在六十个工作日内完成系统上线。因甲方需求变更、现场条件不具备或甲方人员配合不及时造成的延误，实施周期相应顺延。

4.2 甲方应为乙方实施人员提供必要的工作场所、网络环境及服务器，并指定专人配合需求调研和数据整理。服务器的配置要求以乙方提供的部署说明为准，服务器及操作系统费用由甲方自行承担。

4.3 乙方交付内容为：系统安装程序、软件授权文件、用户操作手册。

4.4 乙方为甲方提供一次集中培训，培训对象为甲方车间班组长、称重岗位操作员及系统管理员，培训时长两天。甲方新入职人员的培训，由甲方已培训人员自行负责，乙方可按人天另行收费提供。

4.5 甲方应在系统上线前完成款式、工序、工价、客户及订单等基础数据的整理，并对数据的准确性负责。因基础数据错误导致报工、工资计算或追溯结果有误的，乙方不承担责任。

## 第五条 上线与验收

5.1 乙方完成部署并经甲方操作人员试用后，即可上线运行。

5.2 系统上线运行之日即视为甲方验收合格。甲方在上线后提出的问题，由乙方在免费维护期内按第七条处理。

5.3 甲方以任何理由拒绝或拖延系统上线超过十日的，视为系统已上线并验收合格。

## 第六条 知识产权

6.1 缝灌通生产追溯系统及其相关文档的著作权、专利权等知识产权归乙方所有。

6.2 乙方为甲方进行的定制开发成果，包括报工程序、称重采集接口、追溯报表及相关源代码，其知识产权同样归乙方所有。甲方在授权范围内享有使用权，不得对其进行反编译、修改或提供给第三方使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第七条 售后服务

7.1 乙方自系统上线运行之日起向甲方提供六个月的免费维护服务，包括远程技术支持、缺陷修复和操作指导。

7.2 免费维护期内，甲方报告的故障按以下时限处理：一级故障（系统无法登录或报工、称重数据无法保存）8小时内响应，两个工作日内解决；二级故障（部分功能异常）两个工作日内响应；三级故障（一般咨询）在下一版本中统一处理。

7.3 乙方服务时间为工作日八时三十分至十七时三十分，非工作时间的现场服务需另行收费。

7.4 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费为软件许可费的28%，即每年人民币156,800元，包括远程支持、缺陷修复及版本升级。未签订年度技术服务合同的，乙方不再提供任何技术服务。

7.5 乙方发布的标准产品新版本，甲方在签订年度技术服务合同期间可免费升级；升级可能导致定制功能需要重新适配的，适配工作量按乙方人天单价另行计费。

7.6 因甲方自行修改系统配置、更换服务器或网络环境、使用非乙方认可的扫码枪和电子秤等硬件造成的故障，不属于免费维护范围。

## 第八条 数据安全与保密

8.1 甲方在系统中录入和产生的生产数据、订单数据及客户信息归甲方所有，乙方不得将其用于本合同以外的用途。

8.2 乙方远程维护应使用甲方分配的专用账号，并在甲方人员在场或同意的情况下进行，操作记录由系统自动留存；乙方不得下载、复制甲方数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，采取补救措施并承担相应赔偿责任。

8.3 双方对在合作中知悉的对方商业秘密、技术资料和价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条款在合同终止后两年内有效。

## 第九条 合作与委托

9.1 乙方有权根据项目需要，将部分实施、培训或现场服务工作委托给乙方的合作伙伴完成，无需征得甲方同意。

9.2 乙方合作伙伴的人员在甲方现场工作期间，应遵守甲方的厂规厂纪和安全生产规定。乙方将在实施开始前向甲方提供合作伙伴现场人员名单及联系方式，便于甲方安排门禁和车间出入。

## 第十条 违约责任

10.1 因乙方原因未能按第四条约定时间完成上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 甲方未按约定支付款项的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施或服务，由此造成的延误由甲方承担。

10.3 任何一方对对方的间接损失、利润损失不承担责任。

10.4 甲方未经乙方书面许可超出授权工位数使用系统的，应按乙方当时的标准价格补缴许可费用。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经守约方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十二条 不可抗力

12.1 因地震、火灾、洪水、疫情、政府行为、电力或通信中断等不可抗力导致任何一方不能履行合同的，受影响方不承担违约责任，但应及时通知对方，并在不可抗力消除后继续履行。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方对条款的修改以补充协议形式另行约定。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KGS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangnong Agricultural Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"), and Kenema Geodata Systems Ltd., a company incorporated in Sierra Leone with its principal place of business at Hangha Road, Kenema, Eastern Province, Sierra Leone (the "Vendor").
P:The Customer wishes to license the Vendor's FieldServe maintenance management software for its dealer and after-sales service network in China, and to have the Vendor configure, integrate and implement it. The Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FieldServe maintenance management software, version 8, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, reports, data migration scripts and related documentation created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including machine records, dealer records, service histories and personal information of the Customer's staff and end customers.
P:1.4 "Final Acceptance" means the Customer's signed acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users in the Customer's own data centre, for the internal business purposes of the Customer and its affiliates in mainland China.
P:2.2 The Vendor shall configure the Software to the Customer's service processes, develop interfaces with the Customer's ERP system and dealer portal, migrate service records from the Customer's legacy system, and train the Customer's key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work attached as Annex 1.
H:Article 3 Price
P:3.1 The total price is CNY 1,568,000 (the "Contract Price"), made up of: Software licence fee CNY 1,180,000; configuration and interfaces CNY 264,000; data migration CNY 86,000; and training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel. Any change to the scope must be agreed in a written change order signed by both parties before work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 days after the Software and the interfaces pass the user acceptance test described in Article 5.1.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 User acceptance testing shall follow the test plan in Annex 2 and shall show that: (a) all functions in the requirements specification work as described; (b) the ERP and dealer portal interfaces exchange work orders and parts data without error for ten consecutive business days; (c) migrated service records reconcile with the legacy system by record count and by sampled content; and (d) the system responds within three seconds for standard transactions with 80 concurrent users.
P:5.2 After a production run of 60 days without any Severity 1 incident and the correction of all open defects from user acceptance testing, the Customer shall issue the Final Acceptance certificate within ten business days, or give written reasons for refusing it.
P:5.3 Installation, go-live, use of the Software in production or any payment does not by itself mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, remote support and one on-site health check every six months free of charge.
P:6.2 Severity 1 incidents (the system is unavailable or service orders cannot be created or closed) shall be responded to within one hour and worked on continuously until a workaround is in place. Severity 2 incidents shall be responded to within eight business hours.
P:6.3 If the Vendor misses a response time under Article 6.2, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, to be deducted from the next payment due.
P:6.4 After the Warranty Period, the Customer may order annual support from the Vendor. The annual support fee shall not exceed 11% of the Software licence fee (CNY 129,800 per year) and is fixed for the first three years after the Warranty Period. Support orders do not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, belong to the Customer from creation. The Customer may use, modify, copy and license them freely, and may engage third parties to maintain them.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, product development or benchmarking.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host with individual accounts approved by the Customer, shall not copy Customer Data outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within eight hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable remedial measures, and shall be liable for losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for the purpose of this Agreement.
P:9.2 These obligations survive for three years after the end of this Agreement, and for trade secrets for as long as they remain trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve user acceptance by the date in the Statement of Work for reasons attributable to it, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9 and infringement claims under Article 7.3, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 have accrued for more than 45 days.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund amounts paid for services not accepted, and the licence granted in Article 2.1 continues for any Software paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Sierra Leone.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Freetown, Sierra Leone, under the Arbitration Act of Sierra Leone, by a sole arbitrator. The language of the arbitration is English.
P:13.3 Pending the outcome of any dispute, the parties shall continue to perform their undisputed obligations under this Agreement.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 15 Customer Responsibilities
P:15.1 The Customer shall provide the servers, operating systems and database licences listed in Annex 1, remote access to its test and production environments, and timely access to its key users and to the owners of the ERP system and the dealer portal.
P:15.2 The Customer shall appoint a project manager with authority to take decisions on scope and acceptance, and shall review deliverables submitted by the Vendor within the periods set out in the project plan.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. It may be amended only in writing signed by both parties.
P:16.2 Notices shall be given in writing to the addresses stated above. This Agreement is made in English in two originals, one for each party.
P:Annex 1: Statement of Work. Annex 2: Acceptance Test Plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Ganta Cloudworks – Order Form and General Terms

**Order Form No. GCW-OF-2025-0192**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between Ganta Cloudworks Inc., a company registered in the Republic of Liberia with its office at Main Street, Ganta City, Nimba County, Liberia ("Provider"), and Ningbo Haishun Cold Chain Logistics Co., Ltd., a company registered in the People's Republic of China with its office in Ningbo, Zhejiang Province ("Customer"). If Part A and Part B conflict, Part A prevails.

## Part A – Order Form

### A1. Service

RoutePilot, Provider's cloud-based route planning and cold-chain dispatch service, including the planning engine, the dispatcher console, the driver mobile application, temperature-log upload from refrigerated vehicles, and standard reports (the "Service"), for up to 320 vehicles and 60 dispatcher users.

### A2. Subscription Term

The initial Subscription Term is 24 months, starting on the date of Go-Live Acceptance under A5. The Service is provided from Provider's hosting region in mainland China.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first year of the term | 320 vehicles, 60 users | 348,000 |
| Subscription, second year of the term | 320 vehicles, 60 users | 348,000 |
| Onboarding and integration (one-time) | fixed price | 64,000 |
| Total fees for the initial Subscription Term | | 760,000 |

Additional vehicles are charged pro rata at CNY 90 per vehicle per month and are not included in the total above.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term. The onboarding fee is invoiced after Go-Live Acceptance. Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before the Subscription Term starts.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 70 days after signature. Onboarding includes configuration of depots, vehicle types, temperature zones and delivery time windows; integration with Customer's order management system and telematics platform; migration of customer addresses and delivery points; and training of dispatchers and drivers. Go-Live Acceptance is given by Customer in writing when: (a) the order interface has run for ten consecutive business days without lost or duplicated orders; (b) planned routes for a full day's orders are produced in less than ten minutes; (c) temperature logs from all connected vehicles are received and stored; and (d) the acceptance test cases agreed in the onboarding plan have passed. Use of the Service before Go-Live Acceptance does not mean acceptance. If onboarding is delayed beyond the agreed date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A6. Service Levels

Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced five business days in advance and scheduled between 01:00 and 05:00 China Standard Time. Priority 1 incidents (the Service or route planning is unavailable for all users) shall be responded to within 30 minutes and resolved or worked around within three hours. Priority 2 incidents shall be responded to within two hours. If monthly availability falls below the committed level, Provider shall grant a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to half of that month's fee. Each missed Priority 1 response time earns a credit of CNY 1,000.

## Part B – General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for their internal business purposes.

1.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. Customer is responsible for its users' compliance with this Agreement and for keeping user credentials secure.

### 2. Customer Data

2.1 "Customer Data" means all data submitted to the Service by or for Customer, including orders, addresses, routes, vehicle data, temperature logs and personal information of drivers and consignees. As between the parties, Customer owns Customer Data.

2.2 Provider may use Customer Data to provide, maintain and support the Service. Customer also grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to improve its routing algorithms, to develop new products and to publish industry benchmarks, during and after the Subscription Term.

2.3 On expiry or termination, Provider shall make Customer Data available for export in standard formats for 60 days and shall then delete it, except for the aggregated and de-identified data described in 2.2.

### 3. Security

3.1 Provider shall maintain the Service in accordance with Level 3 of the Multi-Level Protection Scheme and shall keep Customer Data stored in mainland China. Provider shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it, use multi-factor authentication for administrative access and keep access logs for at least six months.

3.2 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take prompt steps to contain it, and shall bear the costs and losses caused by an incident arising from its breach of this Section 3.

### 4. Intellectual Property

4.1 Provider owns the Service and all improvements to it.

4.2 Configurations, report templates and integration code created by Provider specifically for Customer during onboarding belong to Customer. Customer may use, modify and have them modified by third parties without restriction. Provider shall deliver the integration code in source form at Go-Live Acceptance.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These duties do not apply to information that is public, already known to the recipient, independently developed or lawfully received from a third party, and they continue for three years after the end of the Agreement.

### 6. Renewal

6.1 At the end of the initial Subscription Term, the Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.2 Fees for each renewal term are Provider's list prices in effect at the start of that renewal term. Provider may increase the fees for any renewal term by notice to Customer, and the increased fees apply unless Customer has given notice of non-renewal in time.

### 7. Term and Termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach.

7.2 If Customer terminates under 7.1, Provider shall refund any prepaid fees for the period after termination.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its documentation and that it will provide the onboarding services with reasonable skill and care.

8.2 Provider does not warrant that the Service will be error-free. Route plans are decision support; Customer remains responsible for its dispatch decisions and for compliance with road traffic rules.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, including lost profits or lost business.

9.2 Provider's total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid by Customer in the six (6) months immediately preceding the event giving rise to the claim.

### 10. Subprocessors

10.1 Provider uses the hosting subprocessor named in the Service documentation. Provider shall not engage any other subprocessor or subcontractor to perform the Service without Customer's prior written consent, and remains responsible for all subprocessors.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in effect at the time. The arbitral award is final and binding.

### 12. Support and Suspension

12.1 Provider shall provide support in Chinese and English through a ticket portal and a hotline, 24 hours a day for Priority 1 incidents and during business hours in China for other requests. Provider shall provide a monthly service report showing availability, incidents and credits.

12.2 Provider may suspend access only if Customer's use poses an immediate security risk to the Service, and only to the extent necessary, after notice to Customer where possible. Provider shall restore access as soon as the risk is removed.

### 13. General

13.1 Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business. Notices must be in writing and sent to the addresses in the Order Form.

13.2 The Agreement is the entire agreement between the parties on its subject and replaces all prior proposals. Any purchase order terms of Customer do not apply.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. ZYGR-IT-2025-022
P:Buyer: Henan Zhongyuan Grain Reserve Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Koidu Instruments Ltd., a company incorporated in Sierra Leone with its principal office at Kaiyima Road, Koidu, Kono District, Sierra Leone (the "Supplier").
P:The Buyer intends to install wireless temperature and humidity monitoring in its grain storage depots and has selected the Supplier after a competitive tender. This Contract is made on the Buyer's standard terms for equipment and software supply.
H:1. Definitions and Documents
P:1.1 "Equipment" means the temperature cables, gateways, weather stations and accessories listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's GrainSense monitoring software, licensed under clause 3, with its documentation.
P:1.3 "Custom Work" means the depot layouts, alarm rules, interface programs and reports created by the Supplier for the Buyer, including their source code.
P:1.4 "Buyer Data" means all measurement data, depot and stock data and user data generated or stored by the Equipment or the Software.
P:1.5 This Contract consists of these clauses, the price table, the technical specification (Annex A) and the acceptance test plan (Annex B). If they conflict, these clauses prevail.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment in 28 storage buildings at the Buyer's four depots, install the Software on the Buyer's servers, carry out the Custom Work and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,658,000, fixed, including taxes, duties, freight to site, insurance and all installation materials, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless grain temperature cable, 18 sensing points|420|1,850|777,000
TB:2|LoRa gateway with solar power kit|28|9,600|268,800
TB:3|Depot weather station|6|23,500|141,000
TB:4|GrainSense monitoring software, perpetual site licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,472,800
TB:5|Installation, commissioning and Custom Work|1|158,000|158,000
TB:6|Training|1|27,200|27,200
TB:|Contract Price|||1,658,000
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's depots and its head office, for any number of users, and to make backup copies.
P:3.2 The licence fee in clause 2.2 is the only charge for the licence. No further licence fee is payable for additional sensors connected to the Software.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the depots within 50 days after signature and complete installation and commissioning within 35 days after delivery.
P:4.2 Installation inside storage buildings shall follow the Buyer's grain safety and fumigation rules. The Supplier shall not enter a building during fumigation or without the depot manager's written permission.
P:4.3 The Supplier shall deliver as-built drawings, sensor position lists, the Software installation media, user and maintenance manuals, and the source code of the Custom Work.
P:4.4 The Supplier shall train two administrators from head office and at least three operators from each depot on sensor installation, calibration checks, alarm handling and routine maintenance. Training shall take place at the depots before Final Acceptance and the Supplier shall provide training materials in Chinese.
P:4.5 The Supplier shall keep a local stock of spare temperature cables and gateways equal to at least 3% of the installed quantity in Henan Province throughout the warranty period, so that replacements can be made within the restoration times in clause 7.2.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price within 20 business days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
H:6. Acceptance
P:6.1 Final Acceptance tests follow Annex B and must show that: (a) every sensing point reports to the Software at the configured interval; (b) readings of a sample of at least 5% of the sensing points, chosen by the Buyer, deviate from a calibrated reference thermometer by no more than 0.5 °C; (c) high-temperature and rapid-rise alarms reach the responsible staff by SMS and in the Software within two minutes; (d) the interface to the Buyer's provincial reserve management platform has transferred data daily for 20 consecutive days without error; and (e) the system has run for 30 days without a Severity 1 incident.
P:6.2 The Buyer shall issue the Final Acceptance certificate within ten business days after successful tests, or list the deficiencies. The Supplier shall correct the deficiencies and repeat the failed tests at its own cost.
P:6.3 Delivery, installation, use of the system or payment does not by itself mean acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, provide updates and give remote support free of charge.
P:7.2 The Supplier shall respond to Severity 1 incidents (loss of monitoring for a whole storage building or a whole depot) within two hours and restore monitoring within 24 hours, if necessary by replacing equipment from local spare stock. Severity 2 incidents shall be responded to within one business day.
P:7.3 For each hour by which the Supplier misses a response or restoration time in clause 7.2, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may purchase annual support. The annual support fee shall be 7% of the Hardware and Licence Subtotal (CNY 103,096 per year) and shall not be increased for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The Custom Work belongs to the Buyer. The Buyer may use, modify and license it freely and may have it maintained by third parties.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment or the Software infringes intellectual property rights.
H:9. Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, keep or disclose it.
P:9.2 The Software shall be installed on the Buyer's servers only. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with logged individual accounts. The gateways shall use encrypted communication.
P:9.3 The Supplier shall notify the Buyer within six hours after becoming aware of any unauthorised access to or loss of Buyer Data, take immediate remedial action, and compensate the Buyer for losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's non-public information, in particular depot locations, stock levels and security arrangements, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for three years after the end of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, breach of clauses 9 or 10 and infringement claims, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the Equipment fails the acceptance tests twice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Equipment and services not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding on both parties.
H:15. General
P:15.1 This Contract is made in English and Chinese in four originals, two for each party. Both language versions have equal effect.
P:15.2 This Contract takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. ZMS-SZ-2025-009**

This Managed IT Services Agreement (the "Agreement") is made between **Suzhou Ruifeng Precision Textiles Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Wujiang District, Suzhou, Jiangsu Province (the "Customer"), and **Zwedru Managed IT Services Inc.**, a company incorporated in the Republic of Liberia with its head office on Tubman Boulevard, Zwedru, Grand Gedeh County, Liberia, acting through its service delivery team in Suzhou (the "Provider").

## Section 1. Purpose and Structure

1.1 The Customer wants the Provider to operate its end-user IT support, its on-premises server and storage infrastructure and its factory network for a fixed period, so that the Customer's own IT team can concentrate on its manufacturing execution and ERP projects.

1.2 This Agreement consists of these Sections and three Schedules: Schedule 1 (Services and Charges), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Transition and Acceptance). If a Schedule conflicts with these Sections, these Sections prevail.

## Section 2. Term

2.1 The Services run for 36 months from the Service Commencement Date, which is the first day of the month after Transition Acceptance under Schedule 3.

2.2 The Agreement ends at the end of the 36 months. Any extension requires a written amendment signed by both parties, on terms to be agreed at that time.

## Section 3. Services

3.1 The Provider shall perform the services described in Schedule 1 (the "Services") in accordance with the service levels in Schedule 2 and with good industry practice, including ITIL-based incident, problem, change and asset management.

3.2 The Provider shall provide a service desk in Chinese and English, two on-site engineers at the Customer's Wujiang plant during business hours, and remote monitoring of the managed infrastructure 24 hours a day, 7 days a week.

3.3 The Provider shall hold a monthly service review with the Customer and deliver a written report on service levels, incidents, changes, capacity and recommended improvements.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 1. The total charges for the term are CNY 1,762,000, consisting of the one-time Transition Charge and 36 Monthly Service Charges.

4.2 The Transition Charge is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days by bank transfer in CNY. Service credits under Schedule 2 are deducted from the next invoice.

4.3 The charges are fixed for the whole term and include all taxes, travel and tools. Additional work outside the Services is performed only under a written change order at the rates in Schedule 1.

## Section 5. Transition

5.1 The Provider shall complete transition in accordance with Schedule 3 within 60 days after signature.

5.2 If Transition Acceptance is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## Section 6. Customer Data and Security

6.1 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services. Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and for no other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's privileged access management system with named accounts, multi-factor authentication and session recording. The Provider shall not transfer Customer Data outside mainland China or store it on its own systems, and shall comply with the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall report any security incident affecting Customer Data or the managed infrastructure to the Customer within two hours after detection, take immediate containment measures, support the Customer's investigation and bear the losses caused by incidents resulting from its breach of this Section 6.

6.4 At the end of the term the Provider shall return all Customer Data, credentials and documentation and shall securely erase any copies held by its staff.

## Section 7. Intellectual Property

7.1 The Provider keeps its pre-existing tools, methods and know-how.

7.2 Runbooks, scripts, configuration baselines, network diagrams and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall assign qualified staff, including a named service delivery manager, and shall replace any person whom the Customer reasonably objects to.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

8.3 The Customer shall provide the on-site engineers with desks, network access, parking and safety training for the production areas, give the Provider timely access to its systems and to the vendors of its manufacturing applications, and keep its own IT manager available as the single point of contact for approvals and escalations.

## Section 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Section 4.1, except for liability for personal injury, wilful misconduct, gross negligence and breach of Section 6, which is not limited.

9.2 Neither party is liable for indirect losses such as loss of profit, except in the cases excluded from the limit in 9.1.

## Section 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after written notice, or if the Provider misses the availability target in Schedule 2 in three consecutive months.

10.2 On any termination or expiry, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1 so that the Services can be transferred to the Customer or a successor provider without interruption.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final.

## Section 12. General

12.1 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

12.2 This Agreement is made in English in two originals, one for each party.

## Schedule 1 – Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition (one-time) | Knowledge transfer, discovery, tooling set-up, runbooks | 88,000 |
| Service desk and end-user support | 620 users, 700 PCs and laptops, printers, mobile devices | included in Monthly Service Charge |
| Server and storage operations | 46 virtual servers, 8 physical hosts, 2 storage arrays, backup | included in Monthly Service Charge |
| Factory and office network | Core, access and wireless network, firewalls, 3 buildings | included in Monthly Service Charge |
| Monthly Service Charge | all elements above, per month | 46,500 |
| Total for the term | 88,000 + 36 × 46,500 | 1,762,000 |
| Additional work rate | per engineer day, by change order | 2,600 |

## Schedule 2 – Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of managed servers and core network | 99.8% per month | 3% of the Monthly Service Charge per started 0.1 point below target |
| P1 incident response (plant production systems or core network down) | 15 minutes, 24 × 7 | CNY 800 per late response |
| P1 incident restoration | 3 hours | CNY 1,500 per started hour late |
| P2 incident response | 1 hour, business hours | CNY 300 per late response |
| Service requests completed on time | 95% per month | 2% of the Monthly Service Charge |
| Successful daily backups | 99% per month | 2% of the Monthly Service Charge |

Service credits in any month are limited to 20% of that month's Monthly Service Charge and do not affect the Customer's other rights.

## Schedule 3 – Transition and Acceptance

| Step | Deliverable | Acceptance criterion |
|---|---|---|
| Discovery | Complete inventory of users, devices, servers and network | Reconciled with the Customer's asset list, no unexplained gaps |
| Tooling | Monitoring and service desk tools connected | All in-scope servers and network devices monitored and alerting |
| Runbooks | Runbooks for every in-scope system | Reviewed and approved by the Customer's IT manager |
| Shadow run | Provider operates under supervision for 15 business days | No P1 incident caused by the Provider; P1 and P2 targets met |
| Transition Acceptance | Signed certificate | Issued by the Customer when all criteria above are met |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KDS-QD-2025-003

BETWEEN

Kabala Data Services Ltd., a company incorporated in Sierra Leone, with its principal office at Kurubonla Road, Kabala, Koinadugu District, Sierra Leone ("Provider"); and

Qingdao Haiyue Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Provider collects and publishes market data on West African agricultural commodities, including farm-gate and port prices, export shipments, crop condition reports and weather observations for cashew, cocoa, coffee and ginger growing areas. Customer imports these commodities into China and wishes to receive the data through Provider's application programming interface for use in its purchasing, risk management and logistics systems.

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the datasets listed in Clause 2.1, as updated by Provider from time to time.

1.3 "Subscription Year" means each of the successive annual periods of the Subscription Term, the first starting on the date of Integration Acceptance. There are two Subscription Years.

1.4 "Customer Data" means the queries, watchlists, user accounts, purchase volumes and other information that Customer or its users submit to the API or the Provider portal.

1.5 "Custom Feeds" means the data mappings, product code tables and delivery scripts created by Provider specifically for Customer under Clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and use the following Data for its internal business in China: (a) daily farm-gate and port prices for the four commodities in Sierra Leone, Liberia, Guinea and Cote d'Ivoire; (b) weekly export shipment data by port, exporter and destination; (c) fortnightly crop condition reports; and (d) hourly weather observations from Provider's station network.

2.2 Customer may store the Data in its own systems, use it in internal reports and models, and share extracts with its banks and auditors. Customer shall not resell the Data or publish it in bulk.

2.3 The API allows up to 200,000 calls per day. Calls above that volume are throttled, not charged.

3. INTEGRATION SERVICES

3.1 Provider shall assist Customer in integrating the API with Customer's purchasing and risk management systems, build the Custom Feeds, convert historical data for the last three seasons into Customer's format, and train Customer's analysts.

3.2 Integration shall be completed within 45 days after signature.

3.3 Integration Acceptance is given by Customer in writing when: (a) the Custom Feeds have delivered all subscribed datasets into Customer's systems for ten consecutive business days without missing or duplicated records; (b) historical data has been delivered and reconciles with Provider's published series; (c) the API meets the response time in Clause 5.2 in a load test agreed by the parties; and (d) the agreed test cases in the integration plan have passed. Use of the Data before Integration Acceptance is not acceptance.

3.4 Each party shall appoint a project lead for the integration. Customer shall provide test environments, interface specifications of its systems and timely decisions on data mappings. Provider shall provide an integration engineer who speaks Chinese or works with an interpreter supplied by Provider, and shall keep a shared issue log that both project leads review every week until Integration Acceptance.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 426,000 for each Subscription Year, CNY 852,000 for the two Subscription Years.

4.2 The integration fee is CNY 38,000, payable within 30 days after Integration Acceptance.

4.3 The total fees under this Agreement are CNY 890,000.

4.4 The subscription fee is invoiced quarterly in advance, in four equal instalments in each Subscription Year. The first instalment is invoiced on the date of Integration Acceptance. Customer shall pay each correct invoice within 30 days by bank transfer in CNY.

4.5 The fees are fixed for the Subscription Term and include all taxes.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least three business days in advance and carried out between 00:00 and 04:00 Greenwich Mean Time.

5.2 The API shall respond to standard queries within 800 milliseconds for 95% of calls measured over a month.

5.3 Daily price data shall be published by 18:00 Greenwich Mean Time on each business day in the relevant country.

5.4 Incidents are classified as follows. Priority 1: the API is unavailable or returns wrong or stale data for all users; Provider shall respond within one hour, at any time, and work continuously on a fix. Priority 2: a single dataset is late or incomplete; Provider shall respond within six hours. Priority 3: questions and minor defects; Provider shall respond within two business days.

5.5 Provider shall report monthly availability, response times and incidents to Customer by the tenth day of the following month.

5.6 Provider shall correct any errors in the Data as soon as they are identified and shall notify Customer of each correction through the API change log.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not use it for any other purpose, including analysis of Customer's purchasing interests or disclosure to other customers, in any form.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control with multi-factor authentication for its staff, and logging of all access. Customer Data shall be hosted with Provider's hosting partner in mainland China.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate measures to contain it, and shall be responsible for losses caused by a breach of this Clause 6.

6.4 On expiry or termination, Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and its databases. Customer's right to use Data received during the Subscription Term continues after the end of the Agreement for internal use.

7.2 The Custom Feeds belong to Customer. Provider shall deliver their source code at Integration Acceptance. Customer may use and modify them freely and have them maintained by others.

7.3 Provider shall defend Customer against any third-party claim that the Data or the API infringes its rights.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and not disclose it to third parties, except to its professional advisers and, in Customer's case, its banks and auditors, who are bound by equivalent duties.

8.2 This Clause continues for three years after the end of the Agreement.

9. LIABILITY

9.1 Neither party is liable to the other for indirect or consequential loss, including loss of profit or trading losses arising from decisions made on the basis of the Data.

9.2 Provider's total liability under this Agreement is limited to 150% of the total fees in Clause 4.3, except for liability for personal injury, wilful misconduct, breach of Clause 6 and infringement claims under Clause 7.3, which is not limited.

10. SUBCONTRACTING

10.1 Provider may use its hosting partner named in its documentation. Provider shall not subcontract any other part of the Services without Customer's prior written consent and remains responsible for all subcontractors.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the second Subscription Year (the "Subscription Term").

11.2 The Agreement does not renew automatically. Any further subscription requires a new written agreement.

11.3 Customer may terminate the Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after written notice. Provider shall then refund fees paid for the period after termination.

11.4 Provider may terminate the Agreement if Customer fails to pay undisputed fees within 30 days after a written reminder.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, civil unrest and failures of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Interruption of data collection in a producing country because of such events shall be notified to Customer within one business day.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the written consent of the other party.

14.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named in the integration plan.

14.3 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

NAMES = {
    "z01": ("h749z01_desertification_monitoring_platform", "pdf", Z01),
    "z02": ("h749z02_embroidery_lasting_line_retrofit", "docx", Z02),
    "z03": ("h749z03_sauna_chain_booking_membership_saas", "txt", Z03),
    "z04": ("h749z04_retired_cadres_system_om_service", "txt", Z04),
    "z05": ("h749z05_sandbag_tracking_software_supplier_template", "md", Z05),
    "e01": ("h749e01_field_service_licence_sierra_leone_vendor", "pdf", E01),
    "e02": ("h749e02_route_planning_saas_order_form_liberia_vendor", "md", E02),
    "e03": ("h749e03_grain_storage_sensors_monitoring_licence", "docx", E03),
    "e04": ("h749e04_managed_it_services_36_months", "md", E04),
    "e05": ("h749e05_commodity_data_api_subscription", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: (category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value, fee base, design rules)
DESIGN = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
            T, T, T, F, 1270000, 680000, []),
    "z02": ("hardware", [N, N, F, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 9, F, F, F, "PRC", G],
            F, T, T, F, 1054000, 962000, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z03": ("cloud", [99.5, 0.25, T, "buyer", T, T, T, 700 / 602000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 602000, N, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.5, T, "buyer", F, T, T, 0.1, N, N, T, N, N, N, F, T, T, "PRC", S],
            T, T, N, F, 386000, N, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "z05": ("software", [N, 8, F, "supplier", T, T, T, 0.02, N, 65, F, F, 6, 28, F, T, T, "PRC", G],
            T, T, T, T, 844000, 560000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Sierra Leone", G],
            T, T, T, F, 1568000, 1180000, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 500 / 760000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                      "PRC", S],
            T, T, N, F, 760000, N, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [N, 2, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
            T, T, T, F, 1658000, 1472800, []),
    "e04": ("services", [99.8, 0.25, T, "buyer", T, T, F, 1200 / 1762000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 1762000, N, ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "e05": ("cloud", [99.95, 1, F, "buyer", T, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
            T, F, N, F, 890000, N, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "low",
                 "e02": "medium", "e03": "low", "e04": "medium", "e05": "high"}


def tco_share(t, x, cv, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (cv + fees) * 100


def derive(t, x, cv, base):
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, cv, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Freetown
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- threshold scan -------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = re.compile("|".join([
    r"99\.9(?!\d)",                                                   # 99.9 availability (99.95 etc. pass)
    r"(?<![\d.])4(?:\.0+)?\s*(?:-\s*)?(?:小时|个小时|h\b|hours?\b|hrs?\b|-hour)",
    r"(?<![十\d])四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b",
    r"(?<![\d.])0?\.05(?!\d)" + PCT, r"万分之五(?![十\d])", r"千分之(?:0\.5|零点五)", r"0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分])",
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![\d一二三四五六七八九点])", r"三成",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![\d点])",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![\d一二三四五六七八九点])", r"四成",
    r"(?<![\d.])12\s*(?:-\s*)?(?:个月|个自然月|months?\b|-month)", r"十二\s*个\s*(?:自然)?月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b",
    r"(?<![第每十])一年", r"\b(?:one|1)[\s-]*years?\b",
    r"(?<![\d.])5\s*(?:years?\b|年)", r"(?<![十第])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "for4hours", "four hours",
            "0.05%", "0.05 %", "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "30%", "百分之三十",
            "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months", "12-month", "twelve months",
            "质保一年", "one year", "1 year", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.98", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.08%", "万分之五十",
             "200%", "130%", "1,300%", "35%", "45%", "115%", "0.15%", "140%", "18个月", "2 months", "112 months",
             "第一年", "每一年", "25 years", "十五年", "24 months", "CNY 1,500", "8%", "4.5"]


def self_test():
    for s in MUST_HIT:
        assert THRESH.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH.search(s), ("must miss", s, THRESH.search(s))


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


def label(key):
    stem, ext, _ = NAMES[key]
    cat, vals, sla, ld, capped, deemed, cv, base, _rules = DESIGN[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    lang = "zh" if key.startswith("z") else "en"
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(t, x, cv, base)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {}
    sources, targets = {}, {}
    for key, (stem, ext, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (stem, ext, src) in NAMES.items():
        lab = label(key)
        cat, vals, sla, ld, capped, deemed, cv, base, design = DESIGN[key]
        t, x = lab["expected_terms"], lab["expected_extra"]
        if lab["expected_rules"] != sorted(design):
            problems.append((key, "rules", lab["expected_rules"], sorted(design)))
        rk = risk(lab["expected_rules"])
        if rk != EXPECTED_RISK[key]:
            problems.append((key, "risk", rk))
        covered |= set(lab["expected_rules"])
        # label values against the thresholds
        checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                  ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                  ("post_warranty_fee_pct", 15)]
        for k, th in checks:
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "threshold value", k))
        share = tco_share(t, x, cv, base)
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "tco share near 40", share))
        text = read_back(OUT / (stem + "." + ext))
        if key.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            if m:
                problems.append((key, "threshold text", variant[max(0, m.start() - 20):m.end() + 10]))
                break
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(key, stem + "." + ext, n, lab["expected_rules"], rk,
              "" if share is None else "tco share %.1f" % share)
    if set(ALL_RULES) - covered:
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
