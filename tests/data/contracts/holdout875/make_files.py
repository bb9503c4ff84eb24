"""holdout875: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py; .txt/.md written as is.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市商务局特色街区与老街经营管理平台采购合同
P:合同编号：SWJ-ZFCG-2027-0318
P:采购项目编号：SWJ2027-GK-026（公开招标）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：杭州街坊数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就特色街区与老街经营管理平台的采购事宜，经协商一致，订立本合同。招标文件、投标文件及其澄清、中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“街区通”经营管理平台软件许可（永久使用、不限用户数），并在该平台基础上为甲方定制开发商户档案、经营监测、客流热力、活动报名、投诉处置及老街文化展示等模块。
P:1.2 乙方负责将全市九条特色街区、三处老街的商户档案、门头照片及历年活动数据迁移至新平台，并与市场监管登记系统、城市运行管理平台完成数据对接。
P:1.3 乙方负责平台的部署、联调、试运行及对甲方和各街区管理办公室人员的操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾玖万元整（¥1,590,000.00），为含税固定总价，包含完成本合同全部工作所需的一切费用。
P:2.2 分项价格如下：平台软件许可费¥860,000.00；定制开发费¥524,000.00；数据迁移与系统对接费¥138,000.00；部署实施及培训费¥68,000.00。
P:2.3 合同履行期间，除甲方书面提出的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥318,000.00。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，计¥715,500.00。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥556,500.00。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署及数据迁移并提交初步验收申请；初步验收通过后进入为期六十日的试运行。
P:4.2 乙方应按周向甲方提交书面进度报告，如实说明已完成事项、风险及需甲方配合的事项。
P:4.3 乙方应组建不少于六人的项目团队，项目经理应具有五年以上同类项目经验，并在实施期间驻场办公；项目经理及核心技术人员未经甲方书面同意不得更换。
P:4.4 甲方负责提供必要的办公场地、服务器资源及网络环境，并协调各街区管理办公室提供商户资料。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件功能需求清单所列功能逐项测试通过；（二）迁移数据经甲方逐街区抽查核对，商户档案无缺失、无错配；（三）与市场监管登记系统、城市运行管理平台的接口连续七日运行无异常；（四）在二百个并发用户条件下，常用页面响应时间不超过三秒。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障均已在约定时限内修复；平台已通过甲方委托的第三方安全测评，中高风险问题全部整改完毕；乙方已移交源代码、部署文档、接口文档及操作手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线、甲方使用或支付部分款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日书面告知甲方并安排在夜间进行）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或核心数据错误）乙方应在三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，四十八小时内解决；三级问题在下一个工作日内答复。
P:6.3 乙方未按上述时限响应或恢复的，每超时一小时向甲方支付服务违约金¥800元；月度可用率每低于约定值0.01个百分点，乙方另向甲方支付¥1,500元。上述款项可从甲方应付款中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400.00），该价格在质保期满后三年内保持不变，由双方另行签订维护合同，不自动续期。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、数据迁移脚本及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。
P:8.3 乙方保证其交付成果不侵犯任何第三方的合法权益；因侵权引起的纠纷和损失由乙方承担。
H:第九条 数据安全
P:9.1 平台中的商户信息、经营数据、客流数据及其他业务数据均属甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级的要求落实访问控制、操作审计、传输及存储加密等措施；运维操作须经甲方堡垒机进行，未经甲方书面批准不得将数据复制至甲方网络之外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在发现后一小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、商户信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。
P:10.2 保密义务在本合同终止后继续有效，期限五年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十二条 分包
P:本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 廉洁
P:乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益。乙方违反本条约定的，甲方有权解除合同，并按政府采购相关规定处理。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市商务局    乙方（盖章）：杭州街坊数智科技有限公司
P:签订日期：2027年3月18日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：CB-JG-2027-017
P:甲方：山东鲁木菜板制品有限公司
P:乙方：济南恒控自动化工程有限公司
P:甲方为提升菜板生产线的自动化水平和产品一致性，委托乙方对其开料、刨光、开槽、封边、打磨、包装六条生产线的电气控制系统实施改造。经双方友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，按甲方确认的设计方案提供并安装PLC控制柜、伺服驱动及电机、触摸屏操作终端和视觉检测单元，完成电气接线、程序编制和整线联调。
P:1.2 乙方提供产线监控软件一套，实现设备状态采集、产量统计、停机原因记录、能耗统计和质量追溯，并与甲方现有ERP系统对接工单与产量数据。
P:1.3 改造须利用甲方春节停产期及周末分批进行，每条产线的停产时间不超过五日，不得影响甲方其他产线的正常生产。
P:1.4 乙方负责改造期间旧设备的拆除、清运及现场恢复，拆除的旧设备归甲方所有，由乙方运至甲方指定地点堆放。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾壹万元整（¥1,510,000.00），含设备、软件、安装、调试、培训、运输、保险及税费。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含改造设计）|6套|118,000|708,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|触摸屏操作终端（HMI）|6台|14,000|84,000
TB:4|视觉检测单元|3套|46,000|138,000
TB:5|产线监控软件许可（永久）|1套|166,000|166,000
TB:设备及软件小计|||1,324,000
TB:6|安装调试及整线联调|1项|118,000|118,000
TB:7|控制程序定制开发及ERP对接|1项|52,000|52,000
TB:8|操作及维修培训|1项|16,000|16,000
TB:合同总价|||1,510,000
P:2.2 上表单价在合同有效期内固定不变。因甲方变更设计方案而增加的工作量，由双方另行书面确认费用。
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计¥151,000.00。
P:（二）全部设备到货、安装完毕并完成整线调试后，甲方支付合同总价的55%，计¥830,500.00。到货签收和安装完毕仅表示数量核对无误，不代表质量验收合格。
P:（三）六条产线全部通过最终验收后，甲方支付合同总价的35%，计¥528,500.00。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交付期限
P:乙方应在合同生效后七十五日内完成全部设备供货，并在一百二十日内完成六条产线的改造和调试。乙方应提前七日提交每条产线的停产改造计划，经甲方生产部书面确认后实施。设备到货时，乙方应提供装箱清单、产品合格证、使用说明书和电气原理图。
H:第五条 安全施工
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，佩戴劳动防护用品；动火、登高及带电作业须事先办理作业票。乙方应为施工人员购买意外伤害保险，施工中因乙方原因发生的安全事故由乙方负责。甲方负责提供施工用电和临时堆放场地，安排设备部人员全程配合，并及时确认设计方案和改造计划。
H:第六条 验收
P:6.1 每条产线改造完成后连续试生产十个班次，以下各项均达标的，视为该产线具备验收条件：（一）设备运行稳定，无因控制系统原因引起的停机；（二）开槽尺寸偏差不超过±0.3毫米；（三）视觉检测单元对裂纹、缺角、霉斑的检出率不低于98%，误判率不高于2%；（四）监控软件采集的产量与人工盘点的差异不超过0.5%；（五）各项安全联锁和急停功能测试有效。
P:6.2 六条产线均具备验收条件后，甲方组织最终验收，并签署书面验收报告。甲方开始使用改造后的产线进行生产不视为验收合格。
P:6.3 验收不合格的，乙方应在十日内整改完毕并重新申请验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:第七条 培训
P:乙方应在最终验收前为甲方操作工和电工各组织不少于两期培训，内容包括设备操作、日常点检、常见故障处理和程序备份恢复，并提交培训教材和维修手册。
H:第八条 质保与维保
P:8.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换出现质量问题的设备和部件，并免费提供软件缺陷修复。
P:8.2 故障响应：因控制系统故障导致产线停机的（一级故障），乙方应在接到甲方通知后一小时内响应，三小时内到达现场；其他故障八小时内响应，次日内到场处理。乙方超过上述时限的，每超时一小时向甲方支付违约金¥500元，从甲方应付款中扣除。
P:8.3 质保期满后，乙方继续为甲方提供维保服务，维保内容包括定期巡检、程序备份、备件更换及故障抢修。维保费每年按设备及软件小计的28%计取，即每年¥370,720.00，该费用在质保期满后三年内固定不变，按年支付。
P:8.4 乙方应随货提供易损件清单，并在质保期满后五年内保证备件供应，备件价格不高于本合同同类单价。
H:第九条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十条 知识产权
P:10.1 产线监控软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:10.2 乙方为本项目编制的PLC控制程序、触摸屏画面、ERP接口程序及其源代码、电气图纸的知识产权归甲方所有，甲方有权自行修改或委托他人维护。
H:第十一条 数据安全
P:11.1 监控软件采集的生产数据、质量数据和工艺参数均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:11.2 乙方远程维护须经甲方设备部逐次书面批准，并通过甲方指定的VPN账号进行，操作日志保存不少于六个月；乙方不得将甲方数据拷贝至外部介质。
P:11.3 因乙方原因导致甲方数据泄露、丢失或控制程序被篡改的，乙方应在两小时内通知甲方，立即采取补救措施，并赔偿甲方全部损失。
H:第十二条 保密
P:乙方对在改造过程中知悉的甲方工艺参数、产能数据、客户及价格信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。
H:第十三条 违约责任
P:13.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:13.2 因乙方施工或设备质量原因造成甲方停产损失或人身、财产损害的，乙方应予赔偿。
P:13.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十四条 分包
P:乙方不得转包本项目。电气柜体加工等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十五条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交临沂仲裁委员会仲裁。
H:第十七条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：山东鲁木菜板制品有限公司    乙方（盖章）：济南恒控自动化工程有限公司
"""

Z03 = """门店预约与会员管理系统订阅服务合同

合同编号：TJS-IT-2027-008
甲方：广州清风太极扇文化培训连锁有限公司
乙方：深圳约课云信息技术有限公司

鉴于甲方在广东、广西两省区经营三十五家太极扇培训门店，需要统一的课程预约、会员管理及收银对账系统，乙方拥有“约课云”软件即服务平台，双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过“约课云”平台向甲方提供以下订阅服务：
1. 门店端：课程排期、学员在线预约与签到、教练排班、场地管理、会员卡及课时包管理、收银与退费；
2. 总部端：多门店经营看板、会员统一管理、营销活动配置、财务对账报表；
3. 学员端：微信小程序，支持预约、取消、候补、课时查询及线上支付。
（二）乙方负责为甲方提供一次性实施服务，包括平台初始化配置、三十五家门店的课程及价格体系搭建、收银设备对接、店长及前台人员培训。培训采用线上集中培训与片区现场培训相结合的方式，培训后乙方向每家门店提交操作手册。
（三）乙方负责将甲方原有会员系统中的会员档案、剩余课时及储值余额迁移至本平台，并保证迁移后数据与原系统逐户一致。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自平台上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）乙方应在合同签订后四十五日内完成全部门店的实施及数据迁移，并提交上线验收申请。实施期间，乙方应每周向甲方提交书面进度报告。
（三）服务期届满前六十日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅单价由乙方根据市场行情及产品升级情况调整，乙方应在续期开始前二十日通知甲方调整后的价格，续期年度按调整后的价格计费。

三、合同价款及支付
（一）本合同总价为人民币叁拾肆万陆仟元整（¥346,000.00），明细如下：
1. 门店端订阅费：每店每服务年度¥3,600元，三十五家门店两个服务年度共计¥252,000元；
2. 总部端订阅费：每服务年度¥18,000元，两个服务年度共计¥36,000元；
3. 一次性实施费：¥46,000元；
4. 会员数据迁移费：¥12,000元。
（二）实施费和数据迁移费在平台通过上线验收后十五个工作日内一次性支付。
（三）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。本合同不设预付款。
（四）甲方在服务期内新增门店的，按门店端订阅单价及当年剩余月数折算计费，另行签订补充协议。
（五）乙方收款前应开具增值税专用发票。

四、上线验收
（一）甲方按以下标准组织上线验收：
1. 附件一功能清单所列功能在全部门店逐项测试通过；
2. 迁移后的会员人数、剩余课时和储值余额与原系统逐户核对一致；
3. 在二千名学员同时预约的压力测试中，预约提交响应时间不超过两秒；
4. 收银对账报表与门店收银机流水连续七日核对无差异；
5. 学员端小程序已通过微信平台审核并正式发布。
（二）甲方在收到验收申请后十个工作日内完成验收并出具书面意见。平台投入使用不代表验收合格；验收不合格的，乙方应在七日内整改后重新提交验收。

五、服务水平
（一）乙方承诺平台每月可用率不低于99.5%。可用率按当月平台可正常使用的分钟数占当月总分钟数的比例计算，经提前通知的计划维护时间不计入不可用时间；计划维护应安排在每日二十二时至次日七时之间，并提前两日通知甲方。
（二）故障分级：
1. 一级故障：平台整体或任一核心功能（预约、签到、收银）不可用，乙方应在三十分钟内响应，两小时内恢复；
2. 二级故障：部分门店或部分功能异常，乙方应在两小时内响应，八小时内解决；
3. 三级问题：咨询和一般缺陷，乙方应在一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，单月抵扣最高为当月订阅费的50%；一级故障未按时恢复的，每超时一小时另扣当月订阅费的1%。抵扣金额在下一期订阅费中扣减。

六、数据归属与数据安全
（一）平台中存储的会员信息、预约记录、交易流水及甲方录入的其他数据，均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于营销、画像或任何其他目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国大陆境内的数据中心，落实数据加密存储、访问控制、操作留痕和每日异地备份，并通过网络安全等级保护第三级测评。
（三）会员个人信息的处理应符合《中华人民共和国个人信息保护法》的规定。发生数据泄露、丢失或被非法访问的，乙方应在两小时内通知甲方，采取补救措施，并承担因此给甲方造成的全部损失。
（四）合同终止后十五日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除，出具删除证明。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据及会员信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

八、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程体系模板、定制报表及与甲方收银设备对接的接口程序，其知识产权归甲方所有，甲方可自由使用、修改或委托第三方维护。

九、双方其他义务
（一）乙方应为甲方指定一名客户成功经理，负责需求对接、问题跟踪和使用培训，并按季度提交服务报告，说明可用率、故障处理、工单统计及改进建议。
（二）乙方进行影响门店操作的版本更新，应至少提前五日通知甲方并提供更新说明；更新导致已有功能不可用的，按一级故障处理。
（三）乙方应保证学员端小程序及支付功能符合相关平台规则和法律规定。
（四）甲方应按时提供门店清单、课程价格体系及原系统数据，指定专人配合实施，并妥善保管登录账号及密码。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方因违约给甲方造成损失的，应予赔偿，乙方累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反本合同第六条造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

十一、分包
乙方不得将本合同项下的服务转包。需将门店现场培训等辅助工作委托第三方的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还未履行服务期间的费用。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）因不可抗力致使本合同无法继续履行的，受影响一方应及时通知对方，双方可协商解除合同，已支付但未使用的服务费用按比例退还。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《功能清单》、附件二《门店清单》为本合同组成部分。

甲方（盖章）：广州清风太极扇文化培训连锁有限公司
乙方（盖章）：深圳约课云信息技术有限公司
"""

Z04 = """科普基地预约与展品管理系统年度运维服务合同

项目名称：科普基地预约与展品管理系统2027年度运维服务
采购方式：竞争性磋商
项目编号：KX-CS-2027-004
甲方：某市科学技术协会
乙方：南京云展信息服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就科普基地预约与展品管理系统年度运维服务事宜订立本合同。

第一条 服务对象
本合同运维对象为甲方使用的科普基地预约与展品管理系统，包括：公众预约子系统（含微信公众号和小程序入口）、团体预约审核子系统、展品台账与巡检子系统、志愿者排班子系统、数据统计大屏，以及系统所依托的应用服务器、数据库服务器和安全设备。系统覆盖市科技馆及十一家区级科普基地。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，下一年度运维服务由甲方依法另行采购，本合同不自动续期。服务期内甲方因机构调整等原因需要暂停部分基地服务的，双方协商调整服务内容及价款。

第三条 服务内容
（一）驻场运维：乙方派驻一名运维工程师在市科技馆工作日驻场，节假日及寒暑假预约高峰期间按甲方要求增派人员，负责日常监控、用户支持、账号管理、数据备份检查和预约异常处理。
（二）远程运维及巡检：乙方每日对系统运行状态、磁盘容量、数据库性能和备份结果进行远程检查；每月对十一家区级科普基地的预约终端和展品巡检终端进行一次现场巡检，并提交巡检报告。
（三）安全加固与漏洞修复：乙方每季度开展一次漏洞扫描和基线核查，对发现的高危漏洞在七日内完成修复，中危漏洞在二十日内完成修复，并配合甲方完成年度网络安全等级保护测评整改。
（四）应急保障：科技节、科普日等重大活动期间，乙方安排技术人员现场值守，活动前完成系统压力测试和应急演练。
（五）小修改与优化：在不改变系统架构的前提下，乙方根据甲方需求完成报表调整、页面文字修改、预约规则配置等小规模优化，全年不少于五十人日。
（六）文档管理：乙方负责更新系统运维手册、配置清单、应急预案，并按月提交运维月报。
（七）用户支持：乙方设立服务热线，工作日八时至十八时受理各基地的咨询和报障，非工作时间通过值班电话受理一级故障报修。

第四条 服务要求
（一）故障分级：一级故障指公众预约或团体预约功能整体不可用、数据库异常导致数据无法读写；二级故障指部分基地或部分功能不可用；三级故障指不影响主要业务的一般问题。
（二）响应时限：一级故障乙方应在三十分钟内响应，两小时内到达现场，六小时内恢复系统运行；二级故障一小时内响应，当日内解决；三级故障在两个工作日内解决。
（三）乙方每月提交的运维月报应如实记录故障发生时间、响应时间、处理过程和恢复时间，作为甲方年度考核的依据。
（四）乙方驻场人员应具备相关专业背景和两年以上运维经验，乙方更换驻场人员应提前十日书面告知甲方并做好交接。
（五）乙方应建立运维工单制度，所有服务请求均应登记编号、跟踪至闭环，甲方可随时查询工单处理情况。

第五条 合同价款
（一）本合同总价为人民币贰拾陆万捌仟元整（¥268,000.00），为固定总价，分项如下：驻场运维服务费¥156,000.00；远程运维及巡检服务费¥64,000.00；安全加固与漏洞修复服务费¥32,000.00；重大活动应急保障服务费¥16,000.00。
（二）上述价款包含人员、交通、工具、税费等全部费用，服务期内不作调整。

第六条 付款方式
服务费按季度支付。每季度结束后，乙方提交季度运维报告，经甲方季度考核确认后十五个工作日内，甲方支付当季服务费¥67,000.00。甲方不向乙方支付预付款。

第七条 考核与验收
（一）季度考核：甲方依据运维月报、巡检报告和故障记录，对乙方当季的服务内容完成情况进行考核，考核合格后支付当季服务费。
（二）年度验收：服务期满后十五日内，甲方按以下标准组织年度验收：全年巡检按计划完成；季度漏洞扫描报告齐全，高危漏洞全部修复；等保测评整改项关闭；运维文档及月报完整；全年数据备份恢复演练不少于两次且均成功。年度验收合格后，甲方出具书面验收意见。
（三）考核或验收不合格的，乙方应在十日内完成整改，并重新提交考核或验收。
（四）年度验收意见作为甲方对乙方履约评价和供应商管理的依据。

第八条 数据安全
（一）系统中的预约人员信息、团体单位信息、展品台账、志愿者信息及全部业务数据均属甲方所有，乙方仅可为履行本合同运维义务访问，不得用于任何其他用途。
（二）乙方运维操作须通过甲方堡垒机进行，使用实名账号，操作记录留存备查；未经甲方书面批准，乙方不得导出、拷贝任何业务数据，不得在个人设备上存储甲方数据。
（三）乙方应严格落实个人信息保护要求，对涉及公众身份证号码、手机号码的查询操作实行审批登记。
（四）因乙方原因导致数据泄露、篡改、丢失或系统被攻击的，乙方应在一小时内报告甲方，立即采取处置措施，并承担全部赔偿责任及相应法律责任。

第九条 知识产权
乙方在服务期内编写的运维手册、应急预案、巡检报告、优化脚本及小修改形成的程序代码，其知识产权归甲方所有，乙方应在每季度末随报告一并交付。乙方自有的运维工具软件，其知识产权仍归乙方所有。

第十条 违约责任
（一）乙方未按本合同约定期限完成季度漏洞扫描、月度巡检或高危漏洞修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自离岗累计超过五个工作日的，视为乙方违约，甲方有权要求乙方立即更换人员。
（三）因乙方原因给甲方造成损失的，乙方应赔偿甲方全部损失。
（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 服务交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的新服务商移交全部账号、密码、运维文档和配置资料，配合完成系统交接和知识转移，交接完成前不得中断服务。交接完成后，乙方应删除其掌握的全部甲方数据，并向甲方出具书面确认。

第十二条 甲方义务
甲方应为驻场人员提供办公场所和必要的网络条件，指定信息科专人负责联络和考核，及时审批乙方提交的变更及数据操作申请，并按约定支付服务费。

第十三条 分包与转包
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十四条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某市科学技术协会
乙方（盖章）：南京云展信息服务有限公司
签订日期：2026年12月20日
"""

Z05 = """# 软件许可及定制开发合同

**（乙方标准合同文本 · 织锦软件 HT-2026 版）**

合同编号：ZJ-XS-2027-0215

甲方：苏州绣布坊布贴画工作室
乙方：常州织锦软件有限公司

甲方拟采购乙方“织锦工序通”生产过程追踪软件，并委托乙方根据布贴画制作工艺进行定制开发。双方本着平等自愿的原则，就有关事项达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“织锦工序通”生产过程追踪软件标准版许可一套（十个并发用户），许可方式为永久许可，仅限甲方内部使用。

1.2 乙方根据甲方的布贴画工艺，定制开发以下功能：选稿与配色单管理、布料领用登记、剪裁、拼贴、压烫、装裱等工序的扫码报工，订单进度看板，以及成品档案（含成品照片和工时记录）。定制功能的具体范围以双方签字确认的《功能确认单》为准，《功能确认单》签字后甲方提出的新增或变更需求，乙方另行报价。

1.3 乙方负责软件在甲方电脑及平板上的安装部署，并对甲方人员进行操作培训。

1.4 培训安排：乙方提供两次现场培训，每次不超过半天，对象为甲方负责人、配色师和各工序组长；培训结束后乙方提供操作视频及简明操作卡片。超出上述次数的培训，按乙方标准收费。

## 第二条 运行环境

2.1 甲方自行准备运行软件所需的电脑、平板、扫码枪、标签打印机及网络环境，相关设备的型号和配置应符合乙方提供的《运行环境说明》。

2.2 因甲方运行环境不符合要求导致软件无法正常运行的，乙方不承担责任，交付期限相应顺延。

2.3 甲方应在运行软件的电脑上安装正版操作系统和杀毒软件，并定期备份电脑中的数据。

## 第三条 合同金额

3.1 本合同总金额为人民币玖万元整（¥90,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织锦工序通标准版软件许可（十用户，永久） | 48,000 |
| 2 | 布贴画工序定制开发 | 36,000 |
| 3 | 安装部署及培训 | 6,000 |
| | 合计 | 90,000 |

3.2 上述金额含增值税。甲方如需增加用户数，按乙方届时的报价另行采购。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥58,500.00，乙方收到款项后启动项目。

4.2 软件通过验收后五个工作日内，甲方支付合同总金额的35%，即¥31,500.00。

4.3 甲方逾期付款的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方承担。

4.4 乙方收款后向甲方开具增值税普通发票；甲方需要开具专用发票的，应在付款前告知乙方。

## 第五条 交付与验收

5.1 乙方应在收到首笔款项后六十日内完成定制开发和安装部署，并通知甲方验收。

5.2 验收标准：（1）附件《功能确认单》所列功能逐项演示和测试通过；（2）甲方使用真实订单试运行十日，扫码报工、进度看板和成品档案均能正常使用，无导致工作中断的严重缺陷；（3）乙方交付用户手册和安装说明。

5.3 甲方应在收到验收通知后七个工作日内组织验收，验收合格后签署验收单。验收不合格的，乙方应在十日内修改完善后再次提交验收。

5.4 乙方指派项目经理一名负责项目实施，甲方指定联系人一名负责需求确认和验收配合。

## 第六条 技术支持

6.1 乙方通过电话、微信及远程桌面方式为甲方提供技术支持，乙方将尽商业上合理的努力尽快处理甲方提出的问题，具体处理时间视问题的复杂程度而定。

6.2 乙方的工作时间为周一至周五九时至十七时，节假日期间的问题顺延至工作日处理。乙方提供远程支持时，甲方应安排人员配合，并提供远程连接条件。

## 第七条 免费维护与后续服务

7.1 软件自验收合格之日起享有六个月的免费维护期，期内乙方免费修复软件缺陷并提供远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护服务和版本升级，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。

7.3 因甲方擅自修改软件、操作不当或电脑硬件故障导致的问题，不属于免费维护范围，乙方可按次收取服务费。

7.4 免费维护期内乙方提供的版本更新仅限标准版功能的缺陷修复，不包括新功能开发。

## 第八条 知识产权

8.1 “织锦工序通”软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序代码及相关文档，其知识产权归乙方所有，甲方在本合同约定的范围内享有使用权。乙方有权将定制功能纳入其标准产品向其他客户提供。

8.3 甲方不得对软件进行反编译、修改或向第三方转让、出租。

8.4 乙方保证其提供的标准软件不侵犯第三方的知识产权，如有侵权纠纷，由乙方负责处理。

## 第九条 数据

9.1 甲方在软件中录入的订单、工艺、工时及成品照片等数据归甲方所有。

9.2 乙方应采取合理的技术措施保护甲方数据，防止数据泄露、丢失或被篡改；远程维护须经甲方同意后进行，乙方不得擅自复制甲方数据。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应赔偿责任。

9.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方软件产品的改进、工时统计模型训练及行业分析。

9.4 合同终止后，甲方可要求乙方协助将甲方数据以表格格式导出，乙方可收取合理的服务费用。

## 第十条 保密

双方对在合同履行过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密信息不包括已经公开的信息或一方从第三方合法获得的信息。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

11.2 除法律另有规定外，乙方在本合同项下的累计赔偿责任不超过合同总金额的20%，且乙方不承担甲方的间接损失、利润损失或数据损失。

11.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第十二条 不可抗力

因地震、火灾、疫情等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应在三日内通知对方，并在十五日内提供相关证明。不可抗力影响消除后，双方继续履行合同；影响持续超过六十日的，双方可协商解除合同。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后十五日内仍未纠正的，守约方有权解除本合同。合同解除后，乙方已完成工作部分的费用不予退还；甲方在开发期间单方取消项目的，已付款项不予退还。

## 第十四条 通知

双方在本合同首部载明的地址、电话和电子邮箱为有效送达方式，一方变更联系方式的，应在三日内书面通知对方，否则向原地址送达即视为送达。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

16.3 本合同附件包括《功能确认单》《运行环境说明》，附件与本合同具有同等效力。

甲方（签章）：苏州绣布坊布贴画工作室　　　乙方（签章）：常州织锦软件有限公司

日期：2027年2月15日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Anhui Hengrun Rail Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Novohrad Asset Software s.r.o., a company registered in the Commercial Register of the Slovak Republic with its registered office at Ulica Dr. Vodu 14, 984 01 Lučenec, Slovakia (the "Vendor").
P:The Customer wishes to replace its paper-based maintenance records with a computerised maintenance management system for its forging, machining and heat-treatment plants, and the Vendor has agreed to license its MaintPro software and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MaintPro Enterprise computerised maintenance management software, version 8, in object code, with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data migration scripts and related documentation developed by the Vendor specifically for the Customer.
P:1.3 "Go-Live" means the start of productive use of the Software at all three plants after the successful completion of the go-live test described in Article 5.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software in relation to the Customer's assets, work orders, spare parts, staff and suppliers.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for its internal business purposes at its plants in the People's Republic of China by up to 250 named users, including use by contractors working on the Customer's behalf.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence is not terminated by the expiry or termination of the support services under Article 7.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Hefei, configure it to the Customer's maintenance processes agreed in the design document, build interfaces to the Customer's ERP system (purchase requisitions, spare-parts stock and cost centres) and to its plant historian (machine running hours), and migrate the asset register and five years of work-order history from the Customer's spreadsheets.
P:3.2 The Vendor shall train twelve key users and the Customer's IT administrators and shall provide on-site support for two weeks after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,730,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,180,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 20 days after signature of this Agreement and receipt of a valid invoice; (b) 45% of the total price within 20 days after Go-Live; and (c) 35% of the total price within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature of this Agreement, in accordance with the project plan attached as Annex 2.
P:5.2 Before Go-Live, the parties shall carry out a go-live test in which (a) every function listed in the design document is tested successfully; (b) the migrated asset register and open work orders are reconciled against the source spreadsheets with no missing or mismatched record; (c) the ERP and historian interfaces exchange data correctly for five consecutive working days; and (d) standard screens open within three seconds with 80 concurrent users.
P:5.3 Final Acceptance shall take place after a stability period of 60 days after Go-Live in which no Severity 1 incident has remained unresolved beyond the time stated in Article 6 and all open defects of Severity 2 have been corrected. The Customer shall issue its acceptance certificate within ten working days after these criteria are met or shall state in writing the defects that prevent acceptance.
P:5.4 Productive use of the Software, Go-Live or any payment shall not be deemed acceptance. If acceptance fails, the Vendor shall correct the defects within 15 days at its own cost and repeat the relevant tests.
H:Article 6 Warranty and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the design document for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows: Severity 1: the Software is unavailable or work orders cannot be created or closed at any plant; Severity 2: an important function is impaired but a workaround exists; Severity 3: any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 incident within one hour of notification, at any time of day, and shall restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours during business hours and resolved within three business days. Severity 3 incidents shall be answered within one business day.
P:6.4 If the Vendor misses a response or restoration time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour or part of an hour of delay. Amounts due under this clause may be deducted from any sum payable to the Vendor.
H:Article 7 Support after the Warranty Period
P:7.1 After the warranty period, the Vendor shall offer annual support services covering updates, new versions, remote support and incident handling on the terms of Article 6.
P:7.2 The annual support fee shall be 11% of the Software licence fee, that is CNY 129,800 per year, and shall not be increased for the first three years after the warranty period. Support shall be ordered by a separate purchase order for each year and shall not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance, and the Customer may use, modify and license them to third parties without restriction.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN and jump server, with named accounts and multi-factor authentication, and each remote session requires the Customer's approval. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all necessary remedial steps and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, shall use it only for this Agreement and shall not disclose it to third parties without the prior written consent of the other party.
P:10.2 This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the total price. This limitation does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 21 days after receiving written notice describing the breach.
P:13.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted under Article 2 shall continue.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Slovak Republic, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally decided by the competent court of the Slovak Republic at the Vendor's registered office.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Design Document) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter. Amendments must be made in writing and signed by both parties.
P:For the Customer: ____________________   For the Vendor: ____________________
P:Date: 22 March 2027
"""

E02 = """# DealerLink Subscription Agreement

## PART A — ORDER FORM

Order Form No. DL-OF-2027-0042

### A1. Parties

**Customer:** Jiangsu Fengtian Agricultural Machinery Co., Ltd., No. 88 Kaifa Avenue, Yancheng, Jiangsu Province, People's Republic of China.

**Vendor:** Myzeqe Digital sh.p.k., Rruga Gjergj Kastrioti, Lushnjë, Republic of Albania.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Subscribed Service

DealerLink, the Vendor's cloud portal for agricultural-machinery dealers, with the following modules: dealer ordering and order tracking, spare-parts catalogue with exploded diagrams, warranty claims with photo upload and approval workflow, dealer stock reporting and a management dashboard for the Customer's sales and after-sales departments. The service is hosted for the Customer in the Vendor's cloud region located in mainland China.

Authorised users: up to 180 dealer accounts (each dealer may create up to five user logins) and unlimited Customer staff users.

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in B3.3. The Agreement may be renewed for a further period only by a written renewal order signed by both parties.

### A4. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | per Subscription Year | 168,000 | 168,000 | 336,000 |
| Dealer accounts | 180 accounts × CNY 900 per year | 162,000 | 162,000 | 324,000 |
| Onboarding (configuration, DMS integration, data load, training) | one-time | 58,000 | — | 58,000 |
| **Total Contract Value** | | **388,000** | **330,000** | **718,000** |

Additional dealer accounts may be added at CNY 900 per account per year, pro rata for the remainder of the Subscription Year. Fees are inclusive of VAT.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Customer signs the Go-Live acceptance certificate under B3.3.

(b) The fees for each Subscription Year are invoiced on the first day of that Subscription Year.

(c) Invoices are payable within 30 days of receipt, by bank transfer in CNY. No amount is payable before the Go-Live Date.

### A6. Contacts and Signatures

Customer contact: Mr. Zhou Lin, After-Sales IT Manager. Vendor contact: Ms. Elira Hoxha, Customer Success Lead.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer or its dealers, and all records generated from them.

1.2 "Service" means the subscribed service described in A2, including its hosting, maintenance and support.

1.3 "Customer Configurations" means the workflows, forms, catalogue structures, reports and interfaces configured or developed for the Customer during onboarding or later at its request.

### B2. Use of the Service

2.1 The Vendor grants the Customer and its dealers a non-exclusive right to access and use the Service during the Subscription Term for the Customer's business.

2.2 The Customer is responsible for its dealers' use of their accounts and shall ensure that login credentials are kept secure.

2.3 The Vendor may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term. Material changes to the user interface shall be announced to the Customer at least two weeks in advance.

### B3. Onboarding and Go-Live Acceptance

3.1 The Vendor shall complete onboarding within 70 days after the Order Form is signed, including configuration of the Customer's product families and warranty rules, integration with the Customer's dealer management system (orders, invoices and serial numbers) and loading of the spare-parts catalogue.

3.2 The Vendor shall train the Customer's key users and hold three online training sessions for dealers.

3.3 Go-Live acceptance takes place when: (a) the functions listed in Schedule 1 of the onboarding plan pass the Customer's user acceptance tests; (b) the loaded catalogue matches the Customer's master data file without missing part numbers; (c) orders and warranty claims pass through the DMS interface correctly for five consecutive working days; and (d) ten pilot dealers have placed orders and filed claims successfully. The Customer shall sign the acceptance certificate within five working days after these criteria are met; the date of signature is the "Go-Live Date". Use of the Service by pilot dealers before that date is not acceptance.

3.4 If onboarding is not completed within the period in B3.1, the Vendor shall inform the Customer of the reasons and the parties shall agree a revised plan in writing.

### B4. Service Levels

4.1 The Vendor shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and performed between 23:00 and 06:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable, or ordering or warranty claims cannot be submitted) shall be responded to within 30 minutes, at any time, and restored within six hours. Priority 2 incidents shall be responded to within two hours during business hours and resolved within two business days. Other requests shall be answered within one business day.

4.3 If monthly availability falls below the level in B4.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the annual fees for each 0.1 percentage point of shortfall, up to half of that monthly amount. A missed Priority 1 response or restoration time entitles the Customer to a further credit of 2% of the monthly amount per hour. Credits are set off against the next invoice or refunded at the end of the term.

### B5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service and to perform this Agreement, and shall not use it for any other purpose.

5.2 The Vendor shall store Customer Data only in data centres in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs for at least one year and maintain daily backups with a recovery point of no more than one day.

5.3 The Vendor shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it and shall compensate the Customer for losses caused by the Vendor's failure to comply with this section, subject to section B9.

5.4 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data in a standard format and then delete it and confirm the deletion in writing.

### B6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties. This section survives for three years after the Agreement ends.

### B7. Intellectual Property

7.1 The Vendor owns the Service and all its underlying software.

7.2 Customer Configurations, including the DMS interface programs and their documentation, belong to the Customer. The Vendor shall hand them over on request and the Customer may use, modify and have them maintained by any third party.

### B8. Subcontractors

The Vendor may engage subcontractors and sub-processors, including its hosting provider and support partners, to perform any part of the Service. The Vendor will inform the Customer in writing of each new subcontractor at least ten days before it begins work. The Vendor remains responsible for its subcontractors.

### B9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid and payable by the Customer in the six months preceding the event giving rise to the claim. This limitation does not apply to the Customer's payment obligations, to personal injury or to wilful misconduct.

### B10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 20 days after written notice. On termination for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

10.3 The Customer may also terminate the Agreement if availability is below the level in B4.1 in three months of any Subscription Year.

### B11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at that time. The award is final and binding on both parties.

### B12. General

Notices must be in writing and sent to the contacts in A6. Neither party may assign this Agreement without the other party's written consent. Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly. This Agreement is written in English; a Chinese translation may be prepared for convenience only.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. LY-PUR-2027-063
P:Buyer: Wuhan Lengyun Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Sharri Sensing sh.p.k., Rruga e Ismail Qemalit, Kukës, Republic of Albania (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer operates four cold-storage warehouses in Wuhan and needs continuous temperature and humidity monitoring of its cold rooms, loading docks and refrigerated vehicles parked at the docks, with alarms and records that meet the good supply practice requirements of its pharmaceutical and food customers.
H:1. Definitions
LN:"Equipment" means the wireless sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
LN:"Software" means the Supplier's ColdWatch monitoring software, licensed under clause 2.3, with its documentation and all updates supplied under this Contract.
LN:"Integration Deliverables" means the interface between the Software and the Buyer's warehouse management system (WMS), the alarm escalation rules, the report templates and the site maps prepared for the Buyer.
LN:"Final Acceptance" means the Buyer's written acceptance certificate issued under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment at the Buyer's four warehouses according to the site survey report signed by both parties.
P:2.2 The Supplier shall install the Software on the Buyer's servers, configure the alarm thresholds and escalation rules agreed with the Buyer's quality department, build the WMS interface and train the Buyer's staff.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for monitoring its own sites, without limit on the number of users or sensors connected, including sensors added after this Contract.
H:3. Contract Price
P:3.1 The total Contract Price is CNY 1,238,000, inclusive of VAT, customs duties, transport, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with mounting kit|640|980|627,200
TB:2|Industrial gateway with 4G backup|32|6,400|204,800
TB:3|ColdWatch monitoring software, perpetual licence|1|236,000|236,000
TB:|Equipment and Software Subtotal|||1,068,000
TB:4|Installation and commissioning|1 lot|88,000|88,000
TB:5|WMS integration and report templates|1 lot|64,000|64,000
TB:6|Training|1 lot|18,000|18,000
TB:|Total Contract Price|||1,238,000
P:3.2 The unit prices apply to any additional sensors or gateways ordered by the Buyer within three years after Final Acceptance.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 123,800) as an advance payment within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 680,900) within 15 working days after all Equipment has been delivered and installed and the installation report has been signed. Signature of the installation report confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 433,300) within 15 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation at all four warehouses within 90 days after signature.
P:5.2 Each sensor shall be delivered with a calibration certificate traceable to a national standard, showing an accuracy of ±0.3 °C and ±2% relative humidity.
P:5.3 The Supplier shall carry out installation work in coordination with the Buyer's warehouse managers so that goods handling is not interrupted, and shall observe the Buyer's site safety and hygiene rules.
H:6. Testing and Acceptance
P:6.1 After installation, the Supplier shall carry out a site acceptance test at each warehouse in the presence of the Buyer's quality department.
P:6.2 The acceptance criteria are: (a) every installed sensor reports to the Software at the configured interval of one minute; (b) the readings of a sample of one sensor in ten agree with the Buyer's reference thermometer within the stated accuracy; (c) simulated temperature excursions trigger SMS, phone and on-screen alarms within 60 seconds and are escalated according to the agreed rules; (d) the WMS interface passes temperature records for every storage location correctly for seven consecutive days; and (e) the audit trail and electronic signatures of the Software meet the Buyer's validation protocol.
P:6.3 The site acceptance tests shall be followed by a trial run of 45 days during which no loss of monitoring data exceeding ten minutes occurs at any warehouse.
P:6.4 When the criteria in 6.2 and 6.3 are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Commissioning, use of the system or payment shall not be deemed acceptance. If a test fails, the Supplier shall correct the defect at its own cost and repeat the test.
H:7. Warranty and Service Levels
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply updates and recalibrate every sensor once a year, all free of charge.
P:7.2 The Supplier shall keep the hosted alarm notification service of the Software available at least 99.95% of the time in each calendar month during the warranty period.
P:7.3 For a critical fault (monitoring or alarms unavailable at a warehouse), the Supplier shall respond within two hours of notification at any time and restore monitoring within ten hours, if necessary by installing spare gateways kept at the Buyer's site. Other faults shall be responded to within one business day.
P:7.4 For each hour by which the Supplier exceeds a time in 7.3, it shall pay the Buyer CNY 600; for each 0.01 percentage point of availability below the level in 7.2, it shall pay CNY 1,000. These amounts may be deducted from any payment due to the Supplier.
H:8. Support after Warranty
P:8.1 After the warranty period, the Supplier shall provide annual support on the terms of clause 7 at a fee not exceeding 8% of the Equipment and Software Subtotal, that is CNY 85,440 per year. This fee is fixed for three years after the warranty period.
P:8.2 Support after warranty shall be ordered by the Buyer year by year and shall not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the Software and the firmware embedded in the Equipment.
P:9.2 All rights in the Integration Deliverables belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and documentation before Final Acceptance.
H:10. Data Protection and Security
P:10.1 All monitoring data, alarm records, site maps and other data generated by the Equipment or entered into the Software belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Software and all data shall be hosted on the Buyer's servers in Wuhan, except for the alarm notification service, which shall run in a data centre in mainland China. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN with multi-factor authentication.
P:10.3 The Supplier shall notify the Buyer within two hours of any security incident affecting the Buyer's data or the monitoring system, take immediate remedial action and compensate the Buyer for all losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's customer list, storage layouts and temperature records, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier fails to complete installation by the date in clause 5.1 for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, capped at 8% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of clauses 10 and 11, for which liability is not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. Local installation labour may be subcontracted only to a company approved by the Buyer in writing, and the Supplier remains fully responsible for its work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under clause 12.1 reach their cap.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment or services that have not been accepted and shall bear the Buyer's additional cost of completing the project.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The arbitral award is final.
H:16. Miscellaneous
P:This Contract is signed in English and Chinese in four originals; both versions are equally authentic. The site survey report and the validation protocol are annexed to this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Application Services Agreement

**Agreement No.** MJG-MSA-2027-05

**Between**

**Quanzhou Minjiang Garments Co., Ltd.**, Jinjiang Industrial Park, Quanzhou, Fujian Province, People's Republic of China ("Customer"); and

**Vardar Digital Services DOOEL**, Bulevar Marshal Tito, Strumica, Republic of North Macedonia ("Provider").

**Background.** Customer runs its garment production, warehousing and finance on an ERP system used by about 420 staff at its head office and two factories. Customer wishes to outsource the day-to-day support of that system and the IT service desk for its users to Provider for a fixed term of 36 months. Provider has run similar services for apparel manufacturers and has a delivery team in Strumica and a partner office in Xiamen.

## 1. Definitions

1.1 "Services" means the managed application support, service desk and minor enhancement services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 3.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and its employees, suppliers and customers held in the ERP system or otherwise made available to Provider.

1.5 "Incident" means an unplanned interruption or degradation of the ERP system or of any function used by Customer's staff.

## 2. Services

2.1 Provider shall perform the Services during the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 Provider shall assign a named service manager, who shall attend a monthly service review with Customer's IT manager and deliver a monthly report on Incidents, service requests, service levels met and missed, and planned changes.

2.3 Provider shall perform minor enhancements (report changes, new print layouts, user-role changes and similar work) up to 60 person-days in each contract year within the monthly charge. Further work shall be quoted separately and performed only on Customer's written order.

2.4 Provider shall follow Customer's change-management procedure. No change shall be moved into the production system without the written approval of Customer's IT manager.

## 3. Transition

3.1 Provider shall complete the transition of the Services from Customer's internal team within 75 days after signature of this Agreement, in accordance with the transition plan in Schedule 3.

3.2 During transition, Provider shall document the current configuration, interfaces and batch jobs of the ERP system, take over open tickets, set up the service desk telephone line and ticketing tool, and shadow Customer's internal team for at least three weeks.

3.3 Transition is accepted when: (a) the knowledge-transfer documents listed in Schedule 3 have been delivered and approved by Customer; (b) Provider has resolved all tickets handled during a reverse-shadow period of ten working days within the Schedule 2 targets; (c) the service desk answers calls in Mandarin and English during the agreed hours; and (d) the month-end closing of one full month has been supported without a Priority 1 Incident caused by Provider. Customer shall sign the transition acceptance certificate within five working days after these criteria are met. Starting to use Provider's service desk is not acceptance.

3.4 If Provider fails to achieve the Service Commencement Date within the period in clause 3.1 for reasons attributable to it, Provider shall pay Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 90,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 1. The total contract value is CNY 1,746,000, consisting of the one-time transition charge of CNY 72,000 and 36 monthly service charges of CNY 46,500.

4.2 The transition charge is invoiced after the transition acceptance certificate is signed. Monthly service charges are invoiced monthly in arrears. Customer shall pay each undisputed invoice within 20 days of receipt.

4.3 The charges are fixed for the Term and include all travel, tools and taxes.

## 5. Personnel

5.1 Provider shall staff the Services with personnel qualified in the ERP system and shall keep at least two consultants able to work on site in Quanzhou within one working day when Customer requests it.

5.2 Provider shall not replace the service manager without giving Customer one month's notice and proposing a replacement of equal experience.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term, Provider shall hand over all documentation, scripts and ticket history to Customer or to a successor supplier nominated by Customer.

## 7. Confidentiality

Each party shall treat as confidential all non-public information received from the other party under this Agreement and shall not disclose it to any third party except to its employees and subcontractors who need to know it for this Agreement. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools, methods and know-how.

8.2 All documents, reports, scripts, report layouts and program changes created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely. Provider shall deliver them with their source code.

## 9. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer consents by signing this Agreement to Provider's use of its partner office in Xiamen named in Schedule 3. Provider remains responsible for all subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement shall not exceed 150% of the total contract value, except for personal injury and wilful misconduct.

10.2 Service credits under Schedule 2 are a price adjustment reflecting the reduced value of the Services and do not limit Customer's other remedies for delay under clause 3.4.

## 11. Term and Ending of the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term, when it expires. Any extension requires a written amendment signed by both parties.

11.2 This Agreement may be ended before the end of the Term only: (a) by written agreement of both parties; (b) by either party if the other party becomes insolvent or enters liquidation; or (c) by Provider if Customer fails to pay undisputed charges for more than 60 days after a written reminder.

11.3 On expiry or early ending, Provider shall provide exit assistance for up to two months at the rates in Schedule 1 so that the Services pass to Customer or a successor without interruption.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## 13. General

This Agreement, with its three Schedules, is the entire agreement between the parties. Amendments must be in writing. If a Schedule conflicts with the clauses above, the clauses prevail.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1 — Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Service desk | First-line support by telephone, e-mail and portal, 08:00–20:00 Monday to Saturday China Standard Time, on-call outside those hours for Priority 1 | included in monthly charge |
| Application support | Second- and third-line support for finance, production planning, warehouse and purchasing modules, batch-job monitoring, interface monitoring | included in monthly charge |
| Minor enhancements | Up to 60 person-days per contract year | included in monthly charge |
| Monthly service charge | All of the above, for each month of the Term | 46,500 per month |
| Transition | One-time, as clause 3 and Schedule 3 | 72,000 |
| Additional work and exit assistance | On written order | 3,600 per person-day |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| Priority 1 | ERP unavailable, or month-end closing, shipping or payroll blocked | 30 minutes, at any time | 6 hours | 3% of the monthly charge per Incident |
| Priority 2 | An important function impaired for a department, workaround available | 1 hour in service hours | 2 working days | 1% of the monthly charge per Incident |
| Priority 3 | Single user issue or question | 8 service hours | 5 working days | none |
| Service requests | Password resets, user changes, standard reports | 2 service hours | 3 working days | none |

Service credits in any month are limited to 20% of that month's charge and are deducted from the next invoice.

## Schedule 3 — Transition Plan

| Phase | Main activities | Duration |
|---|---|---|
| Mobilisation | Team set-up, access to systems, ticketing tool and telephone line | 2 weeks |
| Knowledge transfer | Workshops with Customer's internal team, documentation of configuration, interfaces and batch jobs | 4 weeks |
| Shadow and reverse shadow | Provider works alongside Customer's team, then takes the lead under supervision | 4 weeks |
| Acceptance | Review of criteria in clause 3.3 and signature of the certificate | up to 1 week |

Named subcontractor: Xiamen Lianhe Software Services Co., Ltd. (on-site support in Quanzhou).
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KPD-2027-CN-019

PARTIES

1.1 Krka Parts Data d.o.o., a limited liability company registered in the Republic of Slovenia, with its seat at Novi trg, 8000 Novo mesto, Slovenia ("Vendor").

1.2 Ningbo Haoda Auto Parts Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province ("Customer").

1.3 Customer manufactures and exports brake, suspension and filter parts for passenger cars sold in Europe. Customer wishes to use Vendor's vehicle and parts reference data to match its products to European vehicle models and to publish correct fitment information to its distributors. Vendor agrees to provide that data by subscription on the terms below.

DEFINITIONS

2.1 "Vendor Data" means Vendor's database of European passenger-car models, engines and original-equipment part numbers, with the cross-references between them, as updated by Vendor from time to time.

2.2 "API" means Vendor's application programming interface through which Customer's systems query the Vendor Data.

2.3 "Bulk Files" means the monthly full extracts and weekly change files of the Vendor Data licensed to Customer under clause 3.2.

2.4 "Customer Data" means the product lists, part numbers, images, queries and other data that Customer uploads or sends to the API or the Vendor's portal, and the fitment results generated for Customer from them.

2.5 "Custom Mapping Tables" means the tables prepared by Vendor under clause 4 that link Customer's own part numbers to original-equipment numbers and vehicle models.

2.6 "Subscription Year" means each of the two consecutive annual periods described in clause 5.1.

SERVICES AND LICENCE

3.1 During the Subscription Term, Vendor shall provide Customer with access to the API and to the Vendor's web portal for up to 25 named users.

3.2 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Vendor Data and Bulk Files for its own business, including the publication of fitment information for Customer's own products in its catalogues, its website and data feeds to its distributors. Customer shall not resell the Vendor Data as such.

3.3 Vendor shall update the Vendor Data at least monthly and shall add new vehicle models within 60 days after their market launch in the European Union.

3.4 Customer may make up to 2,500,000 API calls per calendar month. Calls above that volume are charged at the overage rate in clause 6.3.

3.5 Vendor shall provide API documentation, code samples and a test environment, and shall inform Customer at least 90 days in advance of any change to the API that is not backward compatible.

ONBOARDING

4.1 Vendor shall issue API credentials and portal accounts, deliver the first full set of Bulk Files (the "Initial Data Set") and provide technical onboarding of Customer's IT team no later than 1 May 2027 (the "Start Date").

4.2 Within 90 days after the Start Date, Vendor shall prepare Custom Mapping Tables for the approximately 18,000 part numbers in Customer's current product list, using the product data and drawings supplied by Customer.

4.4 Customer shall supply its product list, existing cross-references and drawings in the agreed template within 20 days after signature, and shall name a technical contact for the onboarding.

4.3 If Vendor fails to make the API and the Initial Data Set available by the Start Date for reasons attributable to it, Vendor shall pay Customer 0.1% of the Total Subscription Fees for each day of delay, up to a total of 5% of the Total Subscription Fees.

SUBSCRIPTION TERM

5.1 The Subscription Term begins on the Start Date and consists of two Subscription Years. The first Subscription Year runs from the Start Date to 30 April 2028 and the second Subscription Year from 1 May 2028 to 30 April 2029.

5.2 The Subscription Term does not renew automatically. A further subscription requires a new written order signed by both parties.

FEES AND PAYMENT

6.1 The subscription fee is CNY 286,000 for each Subscription Year, covering the API, the portal, the Bulk Files and the Custom Mapping Tables. The Total Subscription Fees for the two Subscription Years are CNY 572,000.

6.2 Vendor shall invoice the fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay within 45 days of receipt of a correct invoice.

6.3 API calls above the monthly volume in clause 3.4 are charged at CNY 0.02 per call and invoiced quarterly in arrears.

6.4 All fees are stated in CNY and include all taxes except any withholding tax required by Chinese law, which Customer may deduct and for which it shall supply the tax receipts.

SERVICE LEVELS

7.1 Vendor shall keep the API and the portal available at least 99.95% of each calendar month, excluding scheduled maintenance announced seven days in advance and carried out on Sundays between 01:00 and 05:00 Central European Time.

7.2 For a Priority 1 incident (the API is unavailable or returns incorrect results for a significant share of queries), Vendor shall respond within one hour of notification, at any time, and restore the service within eight hours. Other incidents shall be answered within one business day.

7.3 If availability falls below the level in clause 7.1, Customer shall receive a credit of 3% of the monthly share of the annual fee for each 0.02 percentage point of shortfall, up to a quarter of that monthly share. A missed Priority 1 response or restoration time gives Customer a further credit of 1% of the monthly share for each hour of delay. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

7.4 Vendor shall provide support in English by e-mail and telephone between 08:00 and 18:00 Central European Time on business days, and a Priority 1 hotline at all times.

DATA PROTECTION AND SECURITY

8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the services to Customer and shall not use it to build or improve the Vendor Data, for analysis of Customer's product range, or for any other purpose.

8.2 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of all administrative access, annual penetration tests by an independent tester and backups kept for at least 35 days.

8.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it and shall indemnify Customer for losses caused by Vendor's breach of this clause.

8.4 Within 30 days after the end of the Subscription Term, Vendor shall return Customer Data in a standard format and then delete it from its systems and backups.

CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's product lists and prices and Vendor's pricing and technical documentation, and shall use it only for this Agreement.

9.2 The obligations in clause 9.1 continue for five years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 Vendor owns all rights in the Vendor Data, the API and the portal.

10.2 The Custom Mapping Tables belong to Customer. Customer may use, modify and license them without restriction, also after the end of this Agreement. Vendor shall deliver them in a standard spreadsheet format.

SUBCONTRACTING

11.1 Vendor shall not subcontract the provision of the services or the preparation of the Custom Mapping Tables without Customer's prior written consent, except for its hosting provider named in Annex 1.

LIABILITY

12.1 Neither party is liable for indirect or consequential damage or for loss of profit, except in cases of intent or gross negligence.

12.2 Each party's total liability under this Agreement is limited to two times the Total Subscription Fees.

TERMINATION

13.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach and does not cure it within 20 days after receiving a written notice describing the breach.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the fees paid for the period after the termination date.

13.3 On the end of this Agreement, Customer shall stop using the API and delete the Bulk Files, but may keep the fitment information already published for its products and the Custom Mapping Tables.

GOVERNING LAW AND JURISDICTION

14.1 This Agreement is governed by the law of the Republic of Slovenia.

14.2 The courts of Novo mesto, Slovenia, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

GENERAL

15.1 Notices shall be sent by e-mail with confirmation by registered letter to the addresses in clause 1.

15.2 Neither party is liable for a failure caused by events beyond its reasonable control that could not have been avoided with reasonable care, provided that it informs the other party promptly.

15.3 This Agreement, with Annex 1 (Hosting Provider and Security Measures) and Annex 2 (API Documentation), is the entire agreement of the parties. Changes must be in writing.

Signed for Vendor: ____________________    Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "h875z01": ("h875z01_commerce_bureau_old_street_platform.pdf", "pdf", Z01),
    "h875z02": ("h875z02_chopping_board_factory_line_control_retrofit.docx", "docx", Z02),
    "h875z03": ("h875z03_taiji_fan_chain_booking_membership_saas.txt", "txt", Z03),
    "h875z04": ("h875z04_science_association_booking_exhibit_system_om.txt", "txt", Z04),
    "h875z05": ("h875z05_fabric_collage_studio_process_tracking_supplier_template.md", "md", Z05),
    "h875e01": ("h875e01_cmms_perpetual_licence_slovak_vendor.pdf", "pdf", E01),
    "h875e02": ("h875e02_dealer_portal_saas_order_form_albanian_vendor.md", "md", E02),
    "h875e03": ("h875e03_cold_store_sensors_monitoring_licence.docx", "docx", E03),
    "h875e04": ("h875e04_managed_erp_application_services_36_months.md", "md", E04),
    "h875e05": ("h875e05_vehicle_parts_data_api_subscription_slovenian_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# price checks (CNY)
assert 860000 + 524000 + 138000 + 68000 == 1590000
assert 318000 + 715500 + 556500 == 1590000 and 1590000 * 20 // 100 == 318000
assert 708000 + 228000 + 84000 + 138000 + 166000 == 1324000 and 6 * 118000 == 708000 and 24 * 9500 == 228000
assert 1324000 + 118000 + 52000 + 16000 == 1510000 and 151000 + 830500 + 528500 == 1510000
assert 1324000 * 28 // 100 == 370720
assert 35 * 3600 * 2 + 18000 * 2 + 46000 + 12000 == 346000
assert 156000 + 64000 + 32000 + 16000 == 268000 and 4 * 67000 == 268000
assert 48000 + 36000 + 6000 == 90000 and 58500 + 31500 == 90000 and 90000 * 65 // 100 == 58500
assert 1180000 + 420000 + 96000 + 34000 == 1730000 and 1180000 * 11 // 100 == 129800
assert 336000 + 324000 + 58000 == 718000 and 180 * 900 == 162000 and 168000 + 162000 + 58000 == 388000
assert 640 * 980 == 627200 and 32 * 6400 == 204800 and 627200 + 204800 + 236000 == 1068000
assert 1068000 + 88000 + 64000 + 18000 == 1238000 and 123800 + 680900 + 433300 == 1238000
assert 1068000 * 8 // 100 == 85440
assert 72000 + 36 * 46500 == 1746000
assert 2 * 286000 == 572000


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


GOODS = "goods_or_licence"
LABELS = {
    "h875z01": dict(language="zh", category="software", value=1590000, fee_base=860000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=False,
                    t=terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind=GOODS)),
    "h875z02": dict(language="zh", category="hardware", value=1510000, fee_base=1324000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=False,
                    t=terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True,
                            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind=GOODS)),
    "h875z03": dict(language="zh", category="cloud", value=346000, sla=True, ld=True, deemed=False, forum_outside=False,
                    t=terms(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True,
                            final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                            auto_renewal_price_increase=True, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")),
    "h875z04": dict(language="zh", category="services", value=268000, sla=True, ld=True, deemed=False, forum_outside=False,
                    t=terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                            final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")),
    "h875z05": dict(language="zh", category="software", value=90000, fee_base=48000, capped=False, sla=False, ld=True,
                    deemed=False, forum_outside=False,
                    t=terms(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
                            data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=True,
                            final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=None,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=None, governing_law="PRC", contract_kind=GOODS)),
    "h875e01": dict(language="en", category="software", value=1730000, fee_base=1180000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=True,
                    t=terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True,
                            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="Slovakia", contract_kind=GOODS)),
    "h875e02": dict(language="en", category="cloud", value=718000, sla=True, ld=False, deemed=False, forum_outside=False,
                    t=terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=None, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                            acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=True, governing_law="PRC", contract_kind="service")),
    "h875e03": dict(language="en", category="hardware", value=1238000, fee_base=1068000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=False,
                    t=terms(availability_pct=99.95, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True,
                            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind=GOODS)),
    "h875e04": dict(language="en", category="services", value=1746000, sla=True, ld=True, deemed=False, forum_outside=False,
                    t=terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=1200 / 1746000 * 100, liability_cap_pct=150, prepayment_pct=None,
                            acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
                            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")),
    "h875e05": dict(language="en", category="cloud", value=572000, sla=True, ld=True, deemed=False, forum_outside=True,
                    t=terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                            data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=None, acceptance_clause=False,
                            final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                            auto_renewal_price_increase=False, termination_for_breach=True,
                            subcontract_without_consent=False, governing_law="Slovenia", contract_kind="service")),
}

DESIGN = {
    "h875z01": [],
    "h875z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h875z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h875z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h875z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h875e01": ["CR-GOVERNING-LAW"],
    "h875e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h875e03": [],
    "h875e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h875e05": ["CR-ACCEPTANCE", "CR-GOVERNING-LAW"],
}
DESIGN_RISK = {"h875z01": "low", "h875z02": "high", "h875z03": "medium", "h875z04": "medium", "h875z05": "high",
               "h875e01": "low", "h875e02": "high", "h875e03": "low", "h875e04": "high", "h875e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# policy thresholds (defaults of §3)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(lab):
    t = lab["t"]
    if t["contract_kind"] != GOODS or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * lab["fee_base"] * years
    return fees / (lab["value"] + fees) * 100


def derive(lab):
    """My reading of policy §3, from the label alone."""
    t, r = lab["t"], set()
    if not lab["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lab["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or lab["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == GOODS:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not lab["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(lab)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    lab = LABELS[key]
    extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld"]}
    if lab["t"]["contract_kind"] == GOODS:
        extra["post_warranty_fee_capped"] = lab["capped"]
    extra["acceptance_deemed_on_delivery"] = lab["deemed"]
    extra["contract_value"] = lab["value"]
    return {"file": TARGETS[key][0], "language": lab["language"], "category": lab["category"],
            "expected_terms": lab["t"], "expected_extra": extra, "expected_rules": derive(lab)}


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_N = "一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<!十)四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十百])",
    r"千分之零点五",
    r"(?<![\d.])(?:100|30|40|15)" + PCT,
    r"(?<![%s])百分之(?:一?百|三十|四十|十五)(?![%s])" % (CN_N, CN_N),
    r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?)",
    r"(?<![%s])十二\s*个月" % CN_N,
    r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4h", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "30%", "30 per cent", "40 %", "15%", "百分之三十", "百分之一百", "百分之十五", "12 months",
            "12-month", "12个月", "十二个月", "twelve months", "within4hours", "的30%作为", "在四小时内"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "四十八小时", "4G backup", "0.5%", "130%", "1.5%",
             "2027年12月31日", "48 hours", "5%", "万分之五十", "14 days", "115%", "0.055", "within24hours", "12.1 If",
             "45%", "3,000", "2026年12月", "四十五日"]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        hits += [m.group(0) for m in re.finditer(pat, text, flags=re.I)]
    return hits


def scan_all(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [h for v in variants for h in scan(v)]


for s in MUST_HIT:
    assert scan_all(s), ("must hit", s)
for s in MUST_MISS:
    assert not scan_all(s), ("must miss", s, scan_all(s))


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    office = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(office, {k: TARGETS[k][:2] for k in office}, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key in TARGETS:
        lab = LABELS[key]
        t = lab["t"]
        # no label value on a threshold
        assert t["availability_pct"] != TH["avail"] and t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"]
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"]
        assert t["post_warranty_fee_pct"] != TH["pwf"]
        share = tco_share(lab)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (key, share)
        rules = derive(lab)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        name = TARGETS[key][0]
        text = read_back(OUT / name)
        n = measure(text, lab["language"])
        lo, hi = RANGES[lab["language"]]
        assert lo <= n <= hi, (key, n)
        hits = scan_all(text)
        assert not hits, (key, hits)
        js = json.dumps(label_json(key), ensure_ascii=False, indent=1)
        (OUT / (Path(name).stem + ".json")).write_text(js, encoding="utf-8")
        print("%-72s %5d  risk %-6s tco %s  %s" % (name, n, risk(rules),
              "-" if share is None else "%.2f" % share, ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("all checks passed; coverage", len(covered), "of", len(ALL_RULES))
