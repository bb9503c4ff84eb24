"""holdout679: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx/.pdf are built with ../word_pdf.py.
Asserts: price sums, text lengths as read back, no label value on a policy threshold, no threshold figure in any
text (regex self-tested), expected rules derived from the labels equal the design list, all 20 CR rules covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:林木种苗站种苗质量追溯平台采购合同
P:合同编号：LMZM-ZC-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某省林木种苗站
P:乙方（供应商）：杭州青禾数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就林木种苗质量追溯平台（以下简称“平台”）的软件许可、定制开发及实施服务，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台标准软件的永久使用许可（省、市、县三级种苗管理机构及全省持证育苗单位使用，不限用户数），并完成以下定制开发：种苗标签赋码与扫码查询、苗圃生产档案、种子检验与植物检疫证书数据对接、良种使用情况统计分析及移动端巡查应用。
P:1.2 乙方负责平台在甲方政务云资源上的部署、数据初始化、与省林业综合业务平台的接口联调及培训。
P:1.3 项目实施期为合同签订之日起一百五十日。
P:1.4 平台应支持全省育苗单位在线填报生产经营档案、申领种苗标签，支持社会公众和林业执法人员扫描标签查询苗木来源、品种、检验检疫结果和流向信息，并与国家林草种苗管理信息系统保持数据口径一致。乙方应按甲方提供的业务规范完成各类表单、统计报表和查询页面的设计，经甲方确认后开发。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾陆万陆仟元整（¥1,166,000），为固定总价，包含完成本项目所需的一切费用。
P:2.2 分项价格：平台软件许可费¥680,000；定制开发费¥412,000；实施部署费¥58,000；培训费¥16,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%（¥233,200）作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%（¥524,700）。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%（¥408,100）。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后十日内提交实施方案，经甲方书面确认后执行。
P:4.2 乙方交付物包括：软件安装介质及许可文件、定制功能源代码、接口文档、数据库设计说明、用户手册、运维手册及培训记录。
P:4.3 甲方提供政务云资源、测试数据及必要的协调配合。
P:4.4 乙方应按照实施方案分阶段提交需求规格说明书、概要设计、测试报告和上线方案，每一阶段成果经甲方确认后方可进入下一阶段。乙方应在甲方指定的测试环境完成测试，不得在生产环境直接调试。
H:第五条 验收
P:5.1 初步验收：平台全部功能部署完成，经甲方组织功能测试，符合招标文件技术要求及经确认的需求规格说明书，接口联调通过，视为初步验收合格，双方签署初步验收单。
P:5.2 最终验收：初步验收后平台连续试运行六十日，满足以下条件方可最终验收：（1）无一级故障；（2）扫码查询在并发三百用户时平均响应不超过两秒；（3）历史苗木档案迁移核对一致；（4）通过第三方网络安全等级保护测评；（5）技术文档齐全。甲方组织专家验收，出具最终验收报告。
P:5.3 平台上线使用、试运行或甲方支付部分款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥61,200），该价格在质保期满后三年内保持不变，由双方另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（计划内维护时间除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或赋码、查询功能中断）乙方应在三十分钟内响应、两小时内到场；二级故障两小时内响应；三级故障一个工作日内响应。
P:7.3 乙方响应或修复超时的，每超时一小时向甲方支付¥800；年度可用率每低于承诺值0.01个百分点，扣减当年维护费或质保金¥1,000。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的程序、源代码、接口、数据库设计及全部文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。乙方保证交付物不侵犯第三方合法权益。
H:第九条 数据安全
P:9.1 平台存储及处理的种苗生产经营、检验检疫等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施访问控制、操作审计和数据加密，运维操作经甲方堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业务信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方应自行履行全部义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与培训
P:15.1 乙方应组建不少于六人的项目团队，项目经理须具有信息系统项目管理经验，未经甲方同意不得更换。乙方每周提交项目周报，说明进度、问题及下周计划，重大问题应及时书面报告甲方。
P:15.2 乙方应为省级管理员、市县种苗站业务人员和育苗单位操作人员分别开展培训，培训课时、教材及考核方式在实施方案中确定，培训结束后提交培训签到表及考核记录。
P:15.3 需求变更应以书面形式提出，经双方确认后实施；涉及费用调整的，双方另行签订补充协议。
H:第十六条 不可抗力、通知与廉洁
P:16.1 因不可抗力不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明，双方协商延期履行或采取其他措施。
P:16.2 本合同项下通知应以书面形式送达合同首页载明的地址或双方确认的电子邮箱，一方变更联系方式应及时通知对方。
P:16.3 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何不正当利益。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z02 = """T:注塑铆接生产线控制系统改造及维保合同
P:合同编号：HT-ZS-2025-0638
P:甲方：乐清市恒通插座电器有限公司
P:乙方：宁波智控自动化工程有限公司
P:甲方因插座产品注塑、铆接工序自动化升级需要，委托乙方对甲方二号厂房三条注塑铆接生产线实施控制系统改造，并在质保期满后提供维保服务。双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责将三条生产线的原继电器控制改造为PLC集中控制，新增机器人铆接工作站和视觉检测单元，部署产线控制软件，实现注塑机、取件机械手、铆接站与检测单元的联动控制和数据采集。
P:1.2 乙方负责设备供货、安装调试、原控制柜拆除、程序编制、与甲方现有ERP系统的工单接口对接及操作培训。
P:1.3 改造应在甲方安排的停线窗口内完成，每条线停线时间不超过十天。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏、伺服驱动）|6套|86,000|516,000
TB:2|机器人铆接工作站|2套|238,000|476,000
TB:3|视觉检测单元|4套|52,500|210,000
TB:4|产线控制软件许可（永久）|1套|196,000|196,000
TB:|设备及软件小计|||1,398,000
TB:5|安装调试及接口对接|1项|124,000|124,000
TB:6|操作与维修培训|1项|18,000|18,000
TB:|合计|||1,540,000
P:2.2 上述价格含税、含运输、保险及安装所需辅材。
P:2.3 乙方所供设备应为全新原厂产品，PLC、伺服驱动、机器人本体及工业相机的品牌型号以乙方投标配置清单为准，未经甲方书面同意不得更换。设备到货时应随附出厂合格证、装箱单和检验报告。乙方应对改造后生产线的电气安全和机械防护负责，新增机器人工作站须设置安全围栏、光栅和急停装置，符合国家有关安全标准。乙方应在改造前对原生产线的工艺参数、模具对应关系和节拍数据进行测绘记录，作为改造设计和验收对比的依据。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的55%。到货签收仅确认数量与外观，不视为验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
H:第四条 交付与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂房，并按双方确认的停线计划逐线安装。
P:4.2 乙方施工人员应遵守甲方安全生产制度，动火、登高等作业须办理审批。
P:4.3 甲方负责提供施工所需的电源、气源接口和临时堆放场地，并按确认的停线计划安排生产。因甲方原因推迟停线的，交付期限相应顺延。
P:4.4 乙方应在每条生产线改造前完成离线仿真和程序预调试，缩短现场停线时间。改造期间乙方应保留原控制柜至新系统稳定运行，以便必要时恢复生产。乙方应编制每条线的切换与回退方案，经甲方确认后执行。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线调试，三条线全部完成后进行系统联调。
P:5.2 最终验收标准：（1）连续生产七十二小时无停机故障；（2）铆接不良率不高于千分之三；（3）视觉检测对标准缺陷样件全部检出；（4）单线节拍较改造前提升不少于18%；（5）工单数据与ERP对账一致；（6）程序备份、电气图纸及操作手册完整移交。
P:5.3 满足上述标准的，双方签署最终验收报告。设备安装完成或投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内乙方免费更换损坏部件、修复软件缺陷。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的24%计取，即每年¥335,520，在质保期满后的各年度固定不变。维保内容包括季度巡检、易损件更换、程序优化和备件储备。
P:6.3 维保服务按年度签订确认书，费用于每个维保年度结束后支付。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）：乙方接到通知后一小时内远程响应，八小时内工程师到达现场。
P:7.2 二级故障（单台设备或单项功能异常）：两小时内响应，二十四小时内到场。
P:7.3 乙方响应或到场超时的，每超时一小时扣减¥500，从应付款或维保费中扣除。
H:第八条 知识产权与数据
P:8.1 产线控制软件许可为永久许可，乙方保证其合法授权。本项目为甲方编制的PLC程序、机器人轨迹程序、视觉检测配方及接口程序的知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改。
P:8.2 生产线运行数据、工艺参数和产量数据属于甲方，乙方不得用于本合同以外的目的。乙方远程维护须经甲方逐次授权，通过甲方指定的VPN接入，不得复制或带离数据；发生数据泄露或因乙方原因导致数据丢失的，乙方应在两小时内通知甲方并承担赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、模具信息、产能和客户信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 乙方可将电气安装、线槽敷设及钢平台制作分包给具备相应能力的第三方，但应提前书面通知甲方，并对分包工作质量负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 因乙方原因导致甲方停产损失的，乙方应赔偿实际损失。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交温州仲裁委员会仲裁。
H:第十四条 施工管理
P:乙方应在进场前提交施工组织方案，列明各条生产线的停线日期、施工人员、吊装方案及恢复生产步骤，经甲方生产部和安全部确认后实施。施工期间乙方应设专职安全员，每日召开班前会，施工区域设置隔离和警示标识。乙方拆除的原控制柜、电缆等旧物资归甲方所有，由乙方清点后移交甲方仓库。每条生产线改造完成后，乙方应协助甲方恢复生产，并在恢复生产后的首周安排工程师跟班，及时处理调试遗留问题。
H:第十五条 培训与资料
P:乙方应对甲方设备科维修人员和各班组操作人员进行分批培训，内容包括PLC程序结构、触摸屏操作、机器人示教、视觉检测参数调整、常见报警处理和日常点检。培训结束后进行实操考核，考核合格人员名单由双方签字确认。乙方应在最终验收前移交电气原理图、接线图、PLC及机器人程序备份、视觉检测配方、备件清单和设备操作维护手册各两套，其中电子版一套。
H:第十六条 不可抗力与通知
P:因不可抗力导致合同无法按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。双方往来通知以书面形式送达合同所列地址，电子邮件经对方确认收到的，视为送达。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """连锁桌游门店预约及会员管理系统SaaS服务合同

合同编号：ZY-SAAS-2025-112
甲方：成都乐局文化娱乐连锁有限公司
乙方：上海棋盘云信息技术有限公司

鉴于甲方在西南地区经营45家桌游门店，需要统一的线上预约、包间排期、会员储值与积分管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供该系统并完成实施，双方经协商订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方45家门店开通“棋盘云”门店预约及会员管理系统，包括小程序预约、包间与桌位排期、剧本杀场次管理、会员储值、积分与等级、优惠券、门店收银及总部报表功能。
2. 每家门店开通一个门店账号及不超过八个员工子账号，总部开通管理账号不限数量。
（二）实施服务
1. 乙方负责将甲方现有会员数据（约十六万条）及储值余额迁移至系统，并核对一致。
2. 乙方负责配置甲方会员等级规则、积分规则，开发与甲方财务系统的日结对账接口，并对门店店长进行培训。
3. 实施应在合同生效后四十日内完成。
4. 乙方应为甲方开通测试环境，甲方可在测试环境中验证会员规则、储值退款、积分抵扣和优惠券核销等业务场景，测试中发现的问题由乙方在上线前修复。
（三）系统功能要求
1. 小程序预约支持按门店、日期、包间类型和人数选择场次，支持定金支付、改期和取消，取消规则由甲方在后台自行配置。
2. 会员储值支持多门店通用，储值、消费、退款全流程留痕，总部可按门店、日期和会员等级查询统计。
3. 系统应支持门店收银与美团、大众点评团购券核销的对接，核销数据实时同步至总部报表。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度自起算日起至次年对应日的前一日止。
（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年费由乙方根据市场行情及产品升级情况确定，乙方在续期前书面通知甲方调整后的价格即可执行。

三、费用及支付
（一）订阅费：每家门店每服务年度人民币3,600元，45家门店每服务年度合计人民币162,000元，两个服务年度合计人民币324,000元。
（二）实施费：一次性人民币48,000元。
（三）本合同总金额为人民币372,000元。
（四）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内支付。
2. 各服务年度订阅费在该服务年度开始后十五个工作日内支付。
3. 服务期内新增门店的，按同一单价按月折算计费。
（五）乙方收款前应开具增值税专用发票。

四、上线验收
（一）系统上线前，乙方应完成数据迁移、规则配置和接口联调，并提交测试报告。
（二）验收标准：1. 会员数量、储值余额、积分与原系统逐条核对一致；2. 小程序预约、排期、收银等功能按需求清单全部可用；3. 日结对账接口连续七日与甲方财务数据一致；4. 十家试点门店试运行七日无一级故障。
（三）满足上述标准的，甲方出具上线验收单。系统开通或门店开始使用均不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨二时至六时之间并提前两日通知。
（二）故障分级：
1. 一级故障：全部或多数门店无法预约、收银或核销会员储值。乙方应在8小时内响应并开始处理。
2. 二级故障：单店或单项功能异常，乙方应在一个工作日内响应。
3. 三级故障：咨询及一般问题，乙方应在两个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方减免当月订阅费的2%，单月减免不超过当月订阅费的一半；一级故障超时响应的，每次减免当月订阅费的1%。

六、数据与安全
（一）甲方会员信息、储值记录、交易及预约数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志和每日备份等安全措施，并依照《个人信息保护法》履行受托处理者义务。
（三）发生数据泄露、丢失或被篡改的，乙方应在两小时内通知甲方，配合处置，并对因其原因造成的损失承担赔偿责任。
（四）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

七、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的会员规则配置、对账接口程序及相关文档的知识产权归甲方所有，甲方可自行使用、修改或委托他人使用。

八、保密
双方对履行本合同中获知的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、分包
乙方不得将本合同项下服务分包或转包；确需将短信通道等辅助服务委托第三方的，须事先取得甲方书面同意。

十、违约责任
（一）乙方未按约定期限完成上线验收的，每逾期一日，向甲方支付违约金人民币300元。
（二）乙方未按约定完成数据迁移核对，导致会员储值余额或积分错误的，乙方应在发现后两日内更正，并赔偿甲方因此向会员补偿的金额。
（三）甲方逾期支付服务费的，乙方可催告；逾期超过三十日的，乙方可暂停服务。

十一、合同解除
乙方严重违约，或月度可用率连续两个月低于承诺值，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，乙方应退还未使用期间的订阅费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、实施管理与培训
（一）乙方应指定一名实施经理，负责实施计划、门店切换安排和问题跟踪，每周向甲方提交实施周报。
（二）门店切换分三批进行，每批切换前乙方应完成门店账号开通、收银设备调试和店员培训，切换当日安排远程值守，确保门店营业不受影响。
（三）乙方应提供店长操作手册、店员快速上手指引和会员规则配置说明，并在上线后首月每周组织一次线上答疑。
（四）甲方应提供会员数据导出文件、门店清单及规则需求，并指定专人配合测试和确认。

十四、服务变更与产品升级
（一）乙方对系统进行版本升级的，应提前五日通知甲方，升级不得减少甲方已订阅的功能，不得影响门店营业时段的正常使用。
（二）甲方需要新增定制功能的，双方另行协商费用和工期，并签订补充协议。

十五、不可抗力与通知
（一）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间不计入可用率考核。
（二）双方通知以书面形式或双方确认的电子邮箱、企业微信发送，送达对方指定联系人即视为送达。
（三）合同终止或期满不续约的，乙方应在数据导出前为甲方保留只读账号三十日，便于甲方核对会员储值余额和历史交易；乙方应配合甲方或甲方指定的新服务商完成会员数据和储值余额的迁移，迁移过程中不得中断门店的储值查询功能。
（四）乙方应为甲方提供专属客服群，营业时段内安排专人值守，门店店员的操作咨询在群内即时答复。

十六、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：
签订日期：    年  月  日"""

Z04 = """天山公路雪崩防治站雪情监测系统年度运维服务合同

项目编号：XJGL-CS-2025-046
采购方式：竞争性磋商
甲方（采购人）：天山公路管理局雪崩防治站
乙方（供应商）：乌鲁木齐雪域智感科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对雪崩防治站雪情监测系统提供年度运行维护服务，双方订立本合同如下。

一、运维对象与服务内容
1. 运维对象：沿线二十八处自动雪情观测站（含雪深、雪温、风速风向、降雪量传感器及太阳能供电与北斗通信单元）、六处视频监测点、两处次声波雪崩探测站、防治站监测中心主站软件及预警发布平台。
2. 服务内容：
（1）驻场值守：乙方派驻两名工程师常驻防治站，冬季（每年十一月至次年四月）实行全天值守，其余月份工作日值守；
（2）巡检维护：冬季前完成全部站点全面巡检和传感器校准，冬季每月巡检一次，夏季每季度巡检一次；
（3）故障处置：对站点、通信链路和平台故障进行抢修；
（4）备品备件：乙方储备主要传感器、通信模块和蓄电池备件，更换费用已含在合同价款中；
（5）数据保障：每日检查数据到报情况，每月提交运行报告，雪崩预警期间按甲方要求加密观测频次；
（6）平台维护：负责主站服务器、数据库和预警发布平台的日常维护、补丁更新和数据备份，每季度进行一次备份恢复测试；
（7）技术支持：协助甲方开展雪情分析、预警会商和年度总结，按甲方要求提供站点布设优化建议。
3. 甲方负责提供驻场人员办公场所和必要的生活条件，协调公路沿线站点的通行和作业许可。

二、服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后甲方另行组织采购，本合同不自动续期。

三、合同价款
1. 合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：驻场人员费¥312,000，备品备件费¥148,000，巡检及校准费¥86,000，应急抢修费¥40,000。
2. 合同价款为固定总价，服务期内不作调整。

四、付款方式
1. 本合同不设预付款。
2. 运维费按季度支付，每季度结束后甲方完成季度考核，考核合格的，于十五个工作日内支付当季费用（合同总价的四分之一）。
3. 季度考核扣款从当季费用中扣除。

五、服务标准与考核
1. 监测系统年度可用率不低于99.95%，冬季各站点数据到报情况按考核表逐月考核。
2. 故障响应：
（1）一级故障（主站平台中断、预警发布中断或五处以上站点同时离线）：三十分钟内响应，驻场人员立即处置，三小时内恢复或启用备用方案；
（2）二级故障（单站离线或单个传感器失效）：一小时内响应，冬季四十八小时内到站修复（道路封闭期间顺延）；
（3）三级故障：一般性问题，两个工作日内处理。
3. 考核扣款：一级故障每超时一小时扣减¥1,000；二级故障每超时一日扣减¥500；年度可用率每低于承诺值0.01个百分点扣减¥800。
4. 季度考核由甲方按磋商文件附件的考核表进行，考核结果作为付款依据。

六、验收
1. 冬季前全面巡检完成后，甲方对巡检记录、校准报告和站点状态进行检查验收。
2. 服务期满时进行年度验收，标准为：全年无因乙方原因导致的预警漏报；年度可用率达到承诺值；运维记录、故障台账和备件更换清单完整；全部设备完好移交。
3. 年度验收合格后，甲方出具验收意见书。

七、数据安全
1. 雪情观测数据、视频资料、预警记录及平台日志均属于甲方所有，乙方仅为履行本合同使用，不得向任何第三方提供，不得用于其他用途。
2. 乙方应落实网络安全等级保护要求，运维操作须经甲方审批并留存日志，不得通过互联网远程直连主站，移动存储介质须经甲方登记。
3. 因乙方原因造成数据泄露、丢失、篡改或预警平台被入侵的，乙方应立即报告甲方，在两小时内提交书面说明，并承担由此造成的全部损失及责任。

八、成果归属
乙方在运维过程中形成的运行报告、故障分析报告、校准记录及编制的脚本程序，其权利归甲方所有。

九、人员与安全生产
1. 驻场人员应具有相应资质，名单报甲方备案，更换人员须经甲方同意。
2. 乙方人员上山作业须遵守防治站安全规定，雪崩危险期进入危险区须经甲方批准，并配备救援装备。乙方负责其人员的人身安全保险。

十、分包
乙方不得将本合同服务的任何部分分包或转包。

十一、违约责任
1. 乙方未能在每年十月三十一日前完成冬季前全面巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方原因导致预警漏报并造成损失的，乙方应承担赔偿责任。
3. 甲方逾期付款的，应按照有关规定承担责任。
4. 乙方驻场人员未经甲方同意擅自离岗，或冬季值守期间缺岗的，每人每日扣减¥600；乙方未按运维服务方案配备备件，导致故障修复延误的，除按本合同第五条扣减外，还应承担由此增加的抢修费用。

十二、合同变更与终止
1. 本合同履行期间，任何一方不得单方变更或解除合同。确需变更或提前终止的，由双方协商一致并签订书面协议。
2. 服务期满，本合同自然终止，乙方应在期满后十日内完成全部移交工作并由甲方签字确认。

十三、不可抗力
因雪崩、暴雪封路等不可抗力不能履行的，受影响方应及时通知对方，并在不可抗力消除后恢复履行。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

十五、运维管理要求
1. 乙方应在合同签订后十日内提交运维服务方案，内容包括人员安排、巡检路线、冬季值守排班、备件清单、应急预案及与公路养护部门的联动流程，经甲方确认后执行。
2. 乙方应建立运维台账，逐项记录巡检、故障、维修和备件更换情况，每月五日前向甲方提交上月运行报告，冬季每周报送一次站点运行情况。
3. 雪崩预警期间，乙方驻场人员应服从甲方统一调度，配合完成加密观测、预警信息核实及交通管制信息发布。
4. 乙方应于每年十月组织一次应急演练，检验站点抢修、备用通信和预警发布流程，演练记录报甲方备案。

十六、设备与备件管理
1. 监测设备及备件的所有权属于甲方，乙方更换下的旧件应登记后交回甲方。
2. 乙方使用甲方车辆、仪器的，应办理借用手续并妥善保管，造成损坏的照价赔偿。
3. 服务期满时，乙方应向甲方移交运维台账、站点档案、设备密码和备件库存清单，并配合新的服务单位完成交接。

十七、通知
双方往来通知以书面形式送达本合同所列地址；紧急情况下可先以电话通知，事后补送书面通知。

十八、廉洁与安全责任
1. 乙方及其人员应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。
2. 乙方应为驻场及巡检人员配备防寒服装、雪崩信标、探杆、雪铲和卫星电话，定期开展安全培训。冬季巡检应至少两人同行，出发前报告路线和预计返回时间，遇有雪崩危险等级升高时立即撤离。
3. 乙方人员在作业中发生人身伤害的，由乙方依法承担责任，但因甲方原因造成的除外。

十九、其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期："""

Z05 = """# 丝源工序追踪系统软件许可及定制开发合同

（丝源软件标准合同文本 V3.0）

合同编号：SY-HT-2025-0291

甲方：许昌瑞美发制品有限公司

乙方：郑州丝源软件科技有限公司

甲方拟在发制品生产车间推行工序追踪管理，乙方同意向甲方提供“丝源工序追踪系统”软件许可并进行定制开发。双方经友好协商，依据乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 项目内容

1.1 乙方向甲方提供丝源工序追踪系统（标准版）软件使用许可，支持五百个工位终端。

1.2 乙方按甲方需求进行定制开发，包括：手钩（手织）工位扫码报工、发块及发帘工序流转卡、定型与烫卷工序计时、质检返工记录、计件工资接口及订单进度看板。

1.3 乙方负责系统安装部署、工位终端配置和车间班组长培训。

1.4 系统主要功能以乙方产品功能说明书为准，定制开发内容以双方签字确认的需求规格说明书为准。需求规格说明书未列明的功能，不属于乙方交付范围。

1.5 系统支持发制品订单从原料发丝分拣、漂染、手钩、机织、定型烫卷到质检包装的工序流转记录，工人通过工位终端扫描流转卡报工，系统按工序和工价自动汇总计件数据，供甲方核算工资参考。计件工资的最终核算由甲方负责。

## 第二条 合同价款

2.1 合同总价为人民币陆拾贰万元整（¥620,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 丝源工序追踪系统标准版软件许可 | 260,000 |
| 2 | 定制开发（手钩报工、定型计时、计件工资接口、进度看板） | 318,000 |
| 3 | 安装部署及培训 | 42,000 |
| | 合计 | 620,000 |

2.2 工位终端、扫码枪、服务器等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币403,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即人民币217,000元。

3.3 甲方未按时付款的，乙方有权暂停开发和服务，工期相应顺延。

## 第四条 项目实施

4.1 乙方在收到首付款后九十日内完成开发和部署，因甲方需求变更、现场条件不具备等原因造成的延误，工期顺延。

4.2 甲方应指定项目联系人，及时确认需求并提供车间工序资料。需求确认后甲方再提出变更的，乙方有权另行收费。

## 第五条 上线与验收

5.1 乙方完成安装部署并通知甲方后，系统即进入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，亦视为验收合格。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价格标准支付年度维护费，具体以乙方报价为准。

6.3 故障响应：系统无法使用的严重故障，乙方在接到报修后2小时内远程响应；一般问题在两个工作日内答复。乙方将尽力在合理时间内排除故障。

## 第七条 知识产权

7.1 丝源工序追踪系统及本合同项下全部定制开发成果（含源代码、工序模型、报表模板及接口程序）的知识产权均归乙方所有。

7.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或向第三方提供。

## 第八条 数据

8.1 甲方录入系统的生产数据属于甲方。乙方对其接触的数据采取必要的安全保护措施，包括权限控制、传输加密和操作日志，发生数据泄露的，乙方应及时通知甲方，并对因其过错造成的直接损失承担赔偿责任。

8.2 甲方同意，乙方可对系统运行中产生的工序数据、工时数据进行脱敏处理后，用于乙方产品改进、行业工时模型研发及对外发布行业分析报告。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，但法律另有规定的除外。

9.2 乙方向甲方提供的软件界面、产品说明、报价及本合同条款属于乙方商业秘密，甲方不得向其他软件供应商或第三方透露。

## 第十条 违约责任

10.1 因乙方原因未能按期完成部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或停产损失。

10.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金。

## 第十一条 合同解除

11.1 任何一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方单方解除合同的，已付款项不予退还。

## 第十二条 甲方责任

12.1 甲方应按乙方要求提供车间工序清单、工价表、员工名单、订单资料等实施所需资料，并保证资料真实、完整。

12.2 甲方应自行准备服务器机房、网络环境及工位终端，并保证其符合乙方提出的配置要求。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任，由此产生的额外服务按乙方收费标准另行计费。

12.3 甲方应指定熟悉生产管理的人员担任系统管理员，负责日常账号管理、基础数据维护和数据备份。

## 第十三条 需求变更与培训

13.1 双方确认的需求规格说明书为开发依据。甲方在开发过程中提出新增功能、调整工序流程或报表格式的，视为需求变更，乙方有权重新评估工期并收取变更费用。

13.2 乙方为甲方提供两次集中培训，每次不超过一天，培训对象为甲方系统管理员和车间班组长。超出上述范围的培训，按乙方收费标准另行计费。

13.3 乙方提供电子版用户操作手册一份，不提供源代码及开发文档。

## 第十四条 不可抗力

14.1 因不可抗力、网络运营商故障、第三方软硬件缺陷、电力中断、计算机病毒或黑客攻击等乙方不能控制的原因导致系统无法正常运行或合同不能按期履行的，乙方不承担责任，履行期限相应顺延。

14.2 受影响方应在合理期限内通知对方。

## 第十五条 通知

15.1 双方往来通知可通过电子邮件、微信或书面方式送达，发出即视为送达。

15.2 甲方联系人变更的，应提前书面通知乙方，否则乙方按原联系方式发出的通知视为有效送达。

15.3 乙方有权在不降低系统主要功能的前提下对系统版本进行升级或调整，升级后的版本同样适用本合同。乙方可在宣传材料中将甲方列为客户案例。

15.4 甲方应妥善保管系统账号和密码，因甲方人员操作不当、擅自修改数据库或安装其他软件导致数据错误或系统故障的，由甲方自行承担责任，乙方协助恢复的按次收费。

## 第十六条 争议解决

16.1 本合同适用中华人民共和国法律。

16.2 因本合同发生的争议，双方协商解决；协商不成的，提交许昌仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方产品说明及服务政策为准。

17.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期："""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TRS-CN-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Horgos Silkway Rail Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Horgos, Xinjiang (the "Buyer"), and Zhambyl Rail Systems LLP, a limited liability partnership registered in Taraz, Zhambyl Region, Republic of Kazakhstan (the "Vendor").
P:The Buyer operates a cross-border rail container terminal and wishes to replace its yard and wagon-tracking tools with the Vendor's YardLine software, adapted to its operations. The Vendor agrees to license the software and to perform the services described below.
H:Article 1 Definitions
P:1.1 "Software" means the YardLine terminal management software in object code, including the wagon register, container yard planning, gate and transshipment modules, and their documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts and other work product the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
P:1.4 "Buyer Data" means all data entered into, processed by or generated in the Software about the Buyer's operations, customers, wagons, containers and staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its Horgos terminal and any logistics site it operates in the People's Republic of China, for an unlimited number of named users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence survives any expiry of support and cannot be revoked once the Licence Fee has been paid, except by a court order.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on servers provided by the Buyer, configure it for the Buyer's yard layout, and build interfaces to the Buyer's customs declaration system, its ERP system and the railway wagon information service.
P:3.2 The Vendor shall migrate the current wagon and container records and train twenty key users and five administrators in Chinese and Russian.
P:3.3 The Vendor shall complete the services within 120 days of the Effective Date according to the project plan in Annex 1.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,100,000, fixed, consisting of: Licence Fee CNY 860,000; implementation and interfaces CNY 214,000; training CNY 26,000.
P:4.2 The Contract Price includes all taxes the Vendor owes in Kazakhstan and its travel and accommodation costs in China. Withholding tax in China, if any, is deducted from payments and the Buyer provides the tax certificates.
H:Article 5 Payment
P:5.1 20% of the Contract Price within 20 days after signature against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 45% within 20 days after installation of the Software and completion of the interfaces, confirmed by an installation certificate. The installation certificate is not acceptance.
P:5.3 35% within 20 days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer to the Vendor's account.
H:Article 6 Acceptance
P:6.1 After installation the parties run the acceptance tests in Annex 2, including every module and every interface with production data.
P:6.2 The acceptance criteria are: all functions in the requirement list work as specified; the customs and railway interfaces exchange messages for 14 consecutive days without error; yard plans for 600 wagons per day are produced within 3 seconds; migrated records reconcile fully with the legacy system; no Severity 1 or Severity 2 defect is open.
P:6.3 When the criteria are met after a 45-day trial operation, the Buyer issues a Final Acceptance certificate. Use of the Software in operations before then is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the requirement list for 24 months after Final Acceptance (the Warranty Period). During the Warranty Period the Vendor corrects defects and delivers updates free of charge.
P:7.2 After the Warranty Period, the Buyer may order annual support at 10% of the Licence Fee, CNY 86,000 per year, which price is fixed for the first three support years. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.3 Severity 1 (the yard or gate module is unavailable or wrong data blocks operations): response within 1 hour, a workaround within 8 hours. Severity 2: response within 2 hours. Severity 3: next business day. The Vendor keeps a hotline staffed in Chinese and Russian.
P:7.4 For each full hour by which the Vendor misses a Severity 1 or Severity 2 response time, it pays the Buyer CNY 1,000 as a service credit.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps the intellectual property in the Software.
P:8.2 The Custom Deliverables belong to the Buyer from creation. The Vendor delivers their source code and the Buyer may use, modify and license them freely.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts, follow the Buyer's security rules, and comply with the PRC Data Security Law and Personal Information Protection Law. No Buyer Data may be transferred out of China.
P:9.3 The Vendor shall report any security incident affecting Buyer Data within 12 hours, cooperate in the response, and is liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement, for five years after the Agreement ends.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the services by the date in Article 3.3 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Article 9, personal injury and wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor may not subcontract any part of the services without the Buyer's prior written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination before Final Acceptance, the Vendor shall refund payments for services not delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:14.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle by negotiation within 30 days shall be finally settled by arbitration in Almaty, Kazakhstan, under the rules of the Kazakhstan International Arbitrage, in the English language.
P:14.3 This Agreement is made in English and Chinese; the English text prevails.
H:Article 15 Project Management
P:15.1 Each party names a project manager. The Vendor's project manager shall speak Chinese or Russian, attend weekly progress meetings at the Buyer's site or by video, and send a written weekly report of progress, risks and open issues.
P:15.2 Changes to the scope are agreed in a written change request that states the effect on price and schedule. No change is binding without the signature of both project managers.
P:15.3 The Vendor's staff working at the terminal shall follow the Buyer's site safety rules, customs-zone access rules and working hours, and shall carry the passes issued by the Buyer.
H:Article 16 Force Majeure, Notices and Anti-bribery
P:16.1 The party affected by force majeure, such as earthquake, flood, epidemic measures, war or government action, shall notify the other party promptly, give evidence within 15 days and take reasonable steps to limit its effect. Time for performance is extended by the period of the event. If the event lasts more than 90 days, the parties shall discuss whether to continue.
P:16.2 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or by e-mail with confirmation of receipt to the addresses and contacts named by each party. A change of address or contact takes effect when the other party receives notice of it.
P:16.3 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer any payment, gift or other advantage to the other party's staff to obtain or keep business under this Agreement.
H:Article 17 Entire Agreement
P:17.1 This Agreement and its Annexes are the entire agreement between the parties on its subject matter and replace all earlier proposals. Amendments must be in writing and signed by both parties.
P:Annex 1: Project plan. Annex 2: Acceptance test plan. Annex 3: Requirement list.
P:Signed for the Buyer: ______________    Signed for the Vendor: ______________
"""

E02 = """# Order Form and General Terms — FieldPulse Service Scheduling Subscription

Order Form No. KZO-2025-0413

## Part A — Order Form

### A1. Parties

- **Customer:** Xi'an Qinchuan Elevator Maintenance Co., Ltd., Gaoxin District, Xi'an, Shaanxi, People's Republic of China.
- **Provider:** Syr Darya Digital LLP, registered in Kyzylorda, Republic of Kazakhstan, acting for the China region through its hosting partner's mainland data centre.

### A2. Subscribed Service

FieldPulse, a cloud service for scheduling elevator maintenance visits, dispatching technicians, recording inspections on mobile devices, managing spare parts and producing the monthly maintenance reports the Customer's clients and the market regulator require. The subscription covers 180 named technician and dispatcher users and unlimited read-only client portal users.

### A3. Subscription Term

Twenty-four months, divided into two Subscription Years. The first Subscription Year starts on the Go-Live Date under A5. The Subscription Term ends at the end of the second Subscription Year. Any renewal needs a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 users x CNY 1,150 | 207,000 |
| Subscription, Subscription Year 2 | 180 users x CNY 1,150 | 207,000 |
| Onboarding (configuration, data import, two training sessions) | one-time | 36,000 |
| Total Order Value | | 450,000 |

Additional users may be added during the term at the same per-user rate, prorated by month. Fees include Chinese VAT; the Provider issues a valid fapiao through its China billing agent.

### A5. Onboarding and Go-Live

The Provider shall complete onboarding within 45 days after signature: configure the Customer's 63 maintenance contracts, import 4,200 elevator records and the parts catalogue, connect the Customer's SMS and WeChat notification accounts, and train dispatchers and technicians. The Go-Live Date is the date the Customer signs the go-live acceptance note, which it signs when: (a) all imported elevator and contract records reconcile with the Customer's source lists; (b) a full monthly schedule for all elevators is generated without conflicts; (c) a pilot team of 20 technicians has used the mobile application for ten working days with no Priority 1 incident; and (d) monthly reports are produced in the format the Customer's clients require. Signing in or starting to use the service is not acceptance.

### A6. Invoicing and Payment

- Onboarding fee: invoiced after the Go-Live Date, payable within 30 days.
- Subscription fees: invoiced at the start of each Subscription Year, payable within 30 days of invoice.
- No other advance is payable.

Signed for the Customer: ______________ Signed for the Provider: ______________

## Part B — General Terms

### 1. Application

These General Terms govern the Order Form in Part A. If the two conflict, Part A prevails.

### 2. The Service

2.1 The Provider shall provide the service in accordance with its documentation and shall not materially reduce its functionality during the Subscription Term.

2.2 The Provider may release updates; it shall announce changes to user-facing functions at least 14 days in advance.

### 3. Service Levels

3.1 The service shall be available 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the service or the mobile application is unavailable to all users, or schedules cannot be generated): response within 30 minutes, at any time; restoration or workaround within 6 hours. Priority 2 incidents (a function is unavailable to some users): response within 2 hours during business hours. Priority 3 incidents: response within one business day.

3.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. A missed Priority 1 response time earns a credit of 2% of the monthly equivalent per incident. Credits are deducted from the next invoice or refunded at the end of the term.

### 4. Customer Data

4.1 All data the Customer or its users enter into the service, including elevator records, inspection results, photographs, technician details and client information ("Customer Data"), belongs to the Customer. The Provider processes Customer Data only to provide the service to the Customer and for no other purpose.

4.2 Customer Data is stored and processed only in data centres in mainland China. The Provider maintains an information-security programme that includes encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all administrative access, daily backups kept for 30 days, and annual penetration tests.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, take all necessary measures to contain it, and compensate the Customer for losses caused by the incident where it results from the Provider's failure to meet this clause.

4.4 Within 30 days after the Subscription Term ends, the Provider shall return Customer Data in a standard format and then delete it.

### 5. Intellectual Property

5.1 The Provider owns the service and its underlying software.

5.2 Report templates, workflow configurations and integration scripts made specifically for the Customer belong to the Customer, which may use, change and have them used by others without restriction.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the Subscription Term.

### 7. Subcontractors

The Provider may use subcontractors other than its named hosting partner only with the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The Provider's total aggregate liability arising out of or in connection with the Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this clause do not apply to fraud, personal injury or wilful misconduct.

### 9. Term and Termination

9.1 The Order Form runs for the Subscription Term.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If the Customer terminates for the Provider's breach, the Provider refunds prepaid fees for the unused part of the Subscription Term.

9.3 The Customer may also terminate if availability falls below the commitment in three consecutive months.

### 10. Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitral award is final and binding.

### 11. General

11.1 Notices must be in writing and sent to the addresses in Part A by courier or e-mail with confirmation.

11.2 Neither party may assign the Order Form without the other party's written consent.

11.3 The Order Form is signed in English and Chinese; both texts are equally authentic.

11.4 The party affected by force majeure, such as earthquake, flood, epidemic measures, war or government action, shall notify the other party promptly, give evidence within 15 days and take reasonable steps to limit its effect. Time for performance is extended by the period of the event. If the event lasts more than 90 days, the parties shall discuss whether to continue.

11.5 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer any payment, gift or other advantage to the other party's staff to obtain or keep business under this Order Form.

### 12. Customer Responsibilities

12.1 The Customer shall name an administrator who manages user accounts, keeps elevator and contract records up to date and is the Provider's contact for support.

12.2 The Customer is responsible for the devices its technicians use and for their mobile network access, and shall keep user passwords confidential.

12.3 The Customer shall use the service only for its own maintenance business and in compliance with the elevator safety regulations that apply to it.

### 13. Training and Documentation

13.1 Besides the two onboarding sessions, the Provider offers online training videos in Chinese and a help centre that is updated with each release.

13.2 The Provider shall give the Customer's administrator a quarterly review of usage, open support tickets and planned changes.

13.3 The Provider's help desk is reachable by telephone, e-mail and a WeChat service account, in Chinese and English, and every support request receives a ticket number that the Customer can follow in the portal until the request is closed."""

E03 = """T:Purchase Contract for Grain Silo Temperature Monitoring Equipment and Software Licence
P:Contract No. HBGR-2025-EQ-031
P:Buyer: Hebei Jiyuan Grain Reserve Co., Ltd., Shijiazhuang, Hebei Province, People's Republic of China.
P:Supplier: Turan Agrosense LLP, Turkistan, Turkistan Region, Republic of Kazakhstan.
P:The Buyer wishes to equip 16 silos and 4 flat warehouses at its Zhengding depot with wireless grain temperature and humidity monitoring. The Supplier has offered the equipment, its GrainWatch monitoring software and the related services. The parties agree as follows, on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways and accessories in the price table in clause 3.
P:1.2 "Software" means the GrainWatch monitoring software, licensed under clause 4.
P:1.3 "System" means the Equipment and the Software installed and configured at the depot.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 7.4.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission the Equipment, install and configure the Software on the Buyer's server, build dashboards and alarm rules for each silo, connect the System to the Buyer's grain storage management system, and train the Buyer's staff.
P:2.2 Delivery shall be DAP Zhengding depot within 60 days after the contract signature. Installation and commissioning shall be completed within 30 days after delivery.
H:3. Price
P:3.1 The Contract Price is CNY 980,000, fixed, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor cable, 24 m, 8 points|320|1,850|592,000
TB:2|LoRa gateway with solar power kit|16|7,400|118,400
TB:3|GrainWatch monitoring software, perpetual licence, unlimited users|1|186,000|186,000
TB:|Equipment and Software Subtotal|||896,400
TB:4|Installation, commissioning and integration|1|71,600|71,600
TB:5|Training (two sessions)|1|12,000|12,000
TB:|Contract Price|||980,000
P:3.2 The Contract Price includes delivery, customs clearance, import duties, insurance, installation materials and all taxes.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for the Buyer's depots in the People's Republic of China, with no limit on users or monitored points.
P:4.2 The Buyer may copy the Software for backup and disaster recovery.
H:5. Payment
P:5.1 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of equal amount.
P:5.2 55% of the Contract Price within 15 working days after delivery and installation of all Equipment, confirmed by a delivery and installation note. That note confirms quantities and installation only and is not acceptance.
P:5.3 35% of the Contract Price within 15 working days after Final Acceptance.
H:6. Inspection on Arrival
P:6.1 The Buyer inspects the Equipment on arrival for quantity, model and visible damage. Damaged or missing items shall be replaced within 10 days at the Supplier's cost.
P:6.2 The Equipment shall be packed for long-distance road transport and marked with the contract number, the silo number and the package number. Sensor cables shall be delivered on reels with their calibration certificates.
P:6.3 Risk in the Equipment passes to the Buyer on signature of the delivery and installation note; title passes on payment under clause 5.2. Until then the Supplier insures the Equipment for its full value.
P:6.4 The Supplier shall keep a stock of spare sensor cables, gateways and batteries at its partner's warehouse in Urumqi or another place in China, so that replacement parts reach the depot quickly during the warranty and any support year. Installation work inside the silos shall follow the Buyer's rules on confined spaces, fumigation periods and fall protection, and is carried out only when the Buyer's safety officer has issued a work permit.
H:7. Acceptance
P:7.1 After commissioning, the System runs for a trial period of 30 days.
P:7.2 The acceptance criteria are: (a) every sensor point reports readings at the set interval with no more than two missed readings per point during the trial; (b) temperature readings agree with the Buyer's reference thermometer within 0.5 degrees Celsius at twenty sampled points; (c) alarms reach the duty phone and the dashboard within one minute; (d) data is transferred correctly to the grain storage management system; (e) all documents in Annex 2 are delivered.
P:7.3 If the System fails a criterion, the Supplier corrects the defect and the relevant test is repeated.
P:7.4 When all criteria are met, the Buyer signs the Final Acceptance certificate. Installation, commissioning or use of the System does not in itself amount to acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty, the Supplier repairs or replaces defective Equipment, corrects Software defects and provides updates free of charge, including parts, labour and travel.
P:8.2 Batteries of the gateway solar kits are covered for the full warranty.
H:9. Post-Warranty Support
P:9.1 After the warranty, the Buyer may order annual support at 8% of the Equipment and Software Subtotal, that is CNY 71,712 per year. This price is fixed for the first two support years and does not renew automatically; each year is ordered in writing by the Buyer.
H:10. Service Levels
P:10.1 Severity 1 (a silo or the whole System stops reporting, or alarms fail): remote response within 1 hour, engineer or local partner on site within 48 hours if remote work does not resolve it.
P:10.2 Severity 2 (individual sensors or functions fail): response within one business day, repair within 5 days.
P:10.3 For each hour of delay beyond the Severity 1 response time the Supplier pays CNY 600, and for each day of delay beyond a repair time CNY 300; these amounts are deducted from payments or the guarantee.
H:11. Intellectual Property
P:11.1 The Supplier keeps its rights in the Software and the Equipment firmware.
P:11.2 Dashboards, alarm rules, silo models and the interface to the grain storage management system made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier delivers their source files.
H:12. Data Security
P:12.1 All grain condition data, readings, alarms and reports belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:12.2 The System and its data stay on the Buyer's server in China. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy data outside the Buyer's systems.
P:12.3 The Supplier shall report any security incident within 12 hours and is liable for losses caused by its breach of this clause.
H:13. Confidentiality
P:13.1 Each party shall keep confidential all non-public information received from the other party, including reserve quantities and storage locations, and shall not disclose it to third parties without prior written consent, during this Contract and for five years after it.
H:14. Delay and Liability
P:14.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:14.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 12 and 13.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:16. Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:17. Force Majeure
P:17.1  The party affected by force majeure, such as earthquake, flood, epidemic measures, war or government action, shall notify the other party promptly, give evidence within 15 days and take reasonable steps to limit its effect. Time for performance is extended by the period of the event. If the event lasts more than 90 days, the parties shall discuss whether to continue.
H:18. Notices and Compliance
P:18.1 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or by e-mail with confirmation of receipt to the addresses and contacts named by each party. A change of address or contact takes effect when the other party receives notice of it.
P:18.2 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer any payment, gift or other advantage to the other party's staff to obtain or keep business under this Agreement.
P:18.3 The Supplier is responsible for export licences and customs clearance of the Equipment and bears all costs of returning rejected Equipment.
H:19. Documents and Training
P:19.1 The Supplier shall deliver, in Chinese, the installation drawings, sensor position lists, user manual, administrator manual and a spare-parts list. Training covers daily monitoring, alarm handling, sensor replacement and basic gateway maintenance for at least ten of the Buyer's staff.
P:17.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
P:Annex 1: Silo layout and sensor positions. Annex 2: Document list.
P:For the Buyer: ______________    For the Supplier: ______________
"""

E04 = """# Managed IT Services Agreement

Agreement No. JZ-MSA-2025-019

This Managed IT Services Agreement is made between:

- **Shaoxing Keqiao Huarun Textile Printing and Dyeing Co., Ltd.**, Keqiao District, Shaoxing, Zhejiang, People's Republic of China (the "Customer"); and
- **Jizzakh IT Solutions LLC**, Jizzakh, Republic of Uzbekistan (the "Provider").

The Customer runs two dyeing plants and a sales office and wants an outside team to run its service desk, end-user devices and local servers. The Provider has a Chinese- and Russian-speaking operations centre and a local partner team in Shaoxing. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Transition" means the handover of the Customer's IT operations to the Provider under Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition acceptance note under clause 4.3.

1.4 "Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date for the Term, using suitably qualified staff.

2.2 The Provider shall use commercially reasonable efforts to respond to and resolve tickets promptly and shall keep the Customer informed of progress on tickets that affect production.

2.3 The Provider shall give the Customer a monthly report of ticket volumes, open issues, asset changes and recommended improvements, and shall attend a monthly review meeting.

## 3. Charges and Payment

3.1 The Charges are set out in Schedule 2. The total Contract Value over the Term is CNY 1,440,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears and paid within 30 days of a valid invoice.

3.3 The Transition Charge is invoiced after the Service Commencement Date and paid within 30 days.

3.4 No advance payment is due. The Charges are fixed for the Term; devices added beyond the numbers in Schedule 1 are charged at the unit rates in Schedule 2.

## 4. Transition

4.1 The Provider shall carry out the Transition in accordance with Schedule 3 and complete it within 60 days after signature.

4.2 The Transition is complete when: (a) all devices, servers and accounts in the asset list have been inventoried and handed over; (b) the Provider's engineers have handled the Customer's tickets in parallel with the current team for 15 working days; (c) runbooks for the ERP server, file server, backup and the dyeing-line recipe PCs have been written and approved by the Customer; and (d) all passwords and administrative accounts have been transferred to the Customer's password vault.

4.3 When these criteria are met, the Customer signs a Transition acceptance note. Starting to use the Provider's service desk is not acceptance.

4.4 If the Provider does not complete the Transition by the date in clause 4.1 for reasons attributable to it, it shall pay liquidated damages of CNY 1,800 for each day of delay, up to CNY 72,000.

## 5. Customer Data

5.1 All data on the Customer's systems and all data the Provider obtains in performing the Services remain the property of the Customer. The Provider shall use such data only to perform the Services.

5.2 On expiry or termination the Provider shall return all Customer documents, runbooks and credentials.

## 6. Intellectual Property

6.1 Runbooks, scripts, asset records and documentation created by the Provider for the Customer belong to the Customer, which may use and change them and pass them to any later service provider.

6.2 The Provider keeps ownership of its own tools and ticketing platform and grants the Customer a free right to use the records exported from them.

## 7. Confidentiality

7.1 Each party shall keep secret the other party's business, technical and financial information that it receives under this Agreement, shall use it only for this Agreement and shall disclose it only to employees who need it and are bound by similar obligations.

7.2 This clause survives for five years after the end of the Term.

## 8. Staff

8.1 The Provider shall name a service manager who is the Customer's single point of contact and attends the monthly review.

8.2 The on-site engineers in Shaoxing shall follow the Customer's plant safety rules and wear the protective equipment the Customer requires in dyeing areas.

8.3 The Provider shall keep the on-site team stable. It shall inform the Customer in advance of any planned change of the service manager or an on-site engineer and arrange a handover period so that knowledge of the plants is not lost.

8.4 The Provider shall train its staff on the Customer's applications, including the ERP system, the colour-matching software and the recipe-control PCs, before they work on them, and shall keep a training record that the Customer may inspect.

## 9. Subcontracting

9.1 The Provider's partner team in Shaoxing, Yuecheng Tech Services Co., Ltd., is approved by the signature of this Agreement. The Provider shall not use any other subcontractor without the Customer's prior written consent, and remains responsible for the work of all subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Contract Value, except for personal injury and wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Term and Termination

11.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension needs a written amendment.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice.

11.3 On expiry or termination the Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 2.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties.

13.2 The party affected by force majeure, such as earthquake, flood, epidemic measures, war or government action, shall notify the other party promptly, give evidence within 15 days and take reasonable steps to limit its effect. Time for performance is extended by the period of the event. If the event lasts more than 90 days, the parties shall discuss whether to continue.

13.3 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or by e-mail with confirmation of receipt to the addresses and contacts named by each party. A change of address or contact takes effect when the other party receives notice of it.

13.4 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer any payment, gift or other advantage to the other party's staff to obtain or keep business under this Agreement.

13.5 The Customer shall give the Provider's engineers access to its sites, systems and staff as reasonably needed, provide desks, network access and parking at each plant, and inform the Provider in good time of planned production changes, new sites or new applications that affect the Services.

13.6 Neither party may assign this Agreement without the other party's written consent.

13.7 It is signed in English and Chinese, both texts being equally authentic.

Signed for the Customer: ______________ Signed for the Provider: ______________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and e-mail support for about 420 users in Chinese, English and Russian | Monday to Saturday, 07:30 to 20:00 |
| End-user devices | 380 desktops and laptops, 46 printers, 60 recipe-control PCs on the dyeing lines: patching, repairs, moves and changes | Plant shifts, on-site team |
| Servers and storage | 14 physical and virtual servers, file server, ERP database server, backup appliance: monitoring, patching, backup checks | Remote, daily |
| Network | Plant switches, Wi-Fi and firewall: configuration changes and fault handling | On request |
| Asset management | Asset register, licence records, disposal records | Monthly update |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition acceptance | 54,000 |
| Monthly Service Charge | 36 months x CNY 38,500 | 1,386,000 |
| Total Contract Value | | 1,440,000 |
| Additional device | per device per month | 85 |
| Exit assistance | per engineer day | 1,600 |

## Schedule 3 — Transition Plan

| Phase | Activities | Weeks |
|---|---|---|
| Discovery | Asset inventory, interviews with plant IT users, review of current tickets | 1 to 3 |
| Knowledge transfer | Shadowing the current team, drafting runbooks | 3 to 6 |
| Parallel run | Provider handles tickets alongside the current team | 6 to 9 |
| Handover | Credentials transferred, Transition acceptance note signed | 9 |"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. TMZ-DATA-2025-022

BETWEEN

Urumqi Tianshan Cross-Border Trade Co., Ltd., Urumqi, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Customer")

AND

Surkhan Trade Data LLC, Termez, Surkhandarya Region, Republic of Uzbekistan (the "Vendor")

BACKGROUND

The Customer exports machinery, building materials and consumer goods to Central Asia and Afghanistan. The Vendor compiles customs, transit and border-crossing data for Uzbekistan and its neighbouring markets and makes it available through an application programming interface (API) and a web portal. The Customer wishes to subscribe to that data and to integrate it into its sales planning and logistics systems.

1. DEFINITIONS

1.1 "Data" means the trade statistics, shipment-level customs records, tariff and transit-rule tables and border-crossing waiting-time data made available by the Vendor, as described in Annex A.

1.2 "Subscription Year" means each period of one year starting on the Start Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date on which the Customer signs the integration acceptance note under clause 4.3.

1.4 "Customer Data" means all data the Customer uploads to or generates in the Vendor's service, including its shipment lists, product codes, saved queries, query logs, watch-lists and user information.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the portal for 25 named users and the Customer's internal systems, and to use the Data and reports derived from it for its own business.

2.2 The API allowance is 400,000 calls per Subscription Year. Calls beyond the allowance are charged at the rate in clause 3.4.

2.3 The Vendor shall update shipment-level records at least weekly and waiting-time data at least every hour.

2.4 The Vendor shall document the source of each data set, its update schedule and any known gaps in coverage, and shall inform the Customer promptly when an official source stops publishing, changes its format or revises earlier figures.

2.5 The Customer may download reports from the portal in spreadsheet and PDF format and may store the Data it retrieves in its own systems for its internal use. After the Subscription Term the Customer may keep and use Data retrieved during the term, but receives no further updates.

2.6 The Vendor shall provide a named account manager who speaks Chinese or Russian, answers questions about data definitions and organises a review meeting with the Customer's sales planning team each quarter.

3. FEES AND PAYMENT

3.1 Subscription Fee: CNY 276,000 per Subscription Year, CNY 552,000 for the two Subscription Years.

3.2 Set-up Fee: CNY 18,000, one-time, for the historical data backfill, field mapping and integration support under clause 4.

3.3 The total Contract Value is CNY 570,000.

3.4 Additional API calls: CNY 0.35 per call above the annual allowance, invoiced quarterly in arrears.

3.5 The Set-up Fee is invoiced after integration acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days. No other advance is payable.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Within 40 days after signature the Vendor shall deliver the historical backfill of five years of Data for the Customer's 320 product codes, map its fields to the Customer's product and customer master data, and support the Customer's developers in connecting its sales planning system to the API.

4.2 The integration acceptance criteria are: (a) the backfill is complete for all product codes and markets in Annex A; (b) a sample of 200 records agrees with the official customs publications; (c) the API returns correct results for the test cases in Annex B for ten consecutive working days; and (d) the interface documentation and field mapping are delivered.

4.3 When the criteria are met the Customer signs an integration acceptance note. Access to the portal or API before then is not acceptance.

4.4 If the Vendor fails to deliver the backfill and mapping by the date in clause 4.1 for reasons attributable to it, it shall pay CNY 500 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The API and the portal shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance.

5.2 Priority 1 incidents (the API is unavailable or returns wrong data for all users): response within 1 hour, restoration within 8 hours. Priority 2 incidents: response within one business day.

5.3 For each 0.1 percentage point of monthly availability below the commitment, the Customer receives a credit of 5% of the monthly share of the Subscription Fee, up to half of that monthly share. Each missed Priority 1 response time earns a further credit of 2%. Credits are set off against the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer.

6.2 The Vendor shall protect Customer Data with encryption in transit and at rest, individual user accounts with multi-factor authentication, access logs and regular security testing. Customer Data is hosted in the Vendor's cloud region in Urumqi and is not transferred out of China.

6.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate containment measures and compensate the Customer for losses caused by its breach of this clause.

6.4 The Customer agrees that the Vendor may use Customer Data, including saved queries, query logs and shipment lists, in aggregated and anonymised form to improve its Data, to produce market indicators and to develop its products, during and after the Subscription Term.

7. INTELLECTUAL PROPERTY

7.1 The Vendor owns the Data compilation, the API and the portal.

7.2 The field mapping, integration code and custom reports produced for the Customer belong to the Customer, which may use, change and license them without restriction.

8. CONFIDENTIALITY

Each party shall keep confidential any non-public information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTORS

The Vendor may engage subcontractors for hosting, data collection at border crossings and technical support. It shall inform the Customer in writing of each new subcontractor before it starts work and remains responsible for the subcontractors' performance.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total Contract Value, except for fraud, wilful misconduct and breach of clause 6.

10.2 Neither party is liable for indirect loss or loss of profit.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal needs a written agreement of both parties.

11.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice. The Vendor shall then refund the Subscription Fee for the unused part of the Subscription Year.

11.3 The Vendor may suspend access if undisputed invoices remain unpaid 30 days after a reminder.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above.

13.2 This Agreement is signed in English and Chinese; both texts are equally authentic.

13.3 The party affected by force majeure, such as earthquake, flood, epidemic measures, war or government action, shall notify the other party promptly, give evidence within 15 days and take reasonable steps to limit its effect. Time for performance is extended by the period of the event. If the event lasts more than 90 days, the parties shall discuss whether to continue.

13.4 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer any payment, gift or other advantage to the other party's staff to obtain or keep business under this Agreement.

13.5 The Customer shall not resell the Data or make it available to third parties as a data product. It may share reports and analyses that contain limited extracts of the Data with its customers, carriers and advisers in the normal course of its business.

13.6 The Vendor shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible and keep the previous version available during that period.

13.7 Neither party may assign this Agreement without the other party's written consent.

ANNEX A - DATA SCOPE

Markets: Uzbekistan, Tajikistan, Turkmenistan, Afghanistan and Kazakhstan. Data sets: import and export statistics by HS code and month; shipment-level customs records where published; tariff and transit-rule tables; waiting times at Termez, Ayritom, Hairatan, Oybek and Yallama crossings.

ANNEX B - ACCEPTANCE TEST CASES

Forty query cases covering each market and data set, with expected record counts and values.

Signed for the Customer: ______________
Signed for the Vendor: ______________"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# stem, ext, language, category, terms (in KEYS order), extra, tco (fee base, warranty years) or None, design rules
D = [
 ("h679z01_forest_seedling_traceability_platform", "pdf", "zh", "software",
  [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
       contract_value=1166000), (680000, 2), []),
 ("h679z02_socket_factory_riveting_line_retrofit", "docx", "zh", "hardware",
  [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 24, False, True, True, "PRC", G],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
       contract_value=1540000), (1398000, 1.5), ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 ("h679z03_board_game_chain_booking_saas", "txt", "zh", "cloud",
  [99.5, 8, True, "buyer", True, True, True, 300 / 372000 * 100, None, None, True, None, None, None, True, True,
   False, "PRC", S],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000), None,
  ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE"]),
 ("h679z04_avalanche_station_snow_monitoring_om", "txt", "zh", "services",
  [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
   "PRC", S],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000), None,
  ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 ("h679z05_wig_factory_process_tracking_supplier_template", "md", "zh", "software",
  [None, 2, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None, "PRC", G],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
       contract_value=620000), None,
  ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
   "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"]),
 ("h679e01_rail_terminal_software_licence_taraz_vendor", "pdf", "en", "software",
  [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False, "Kazakhstan", G],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
       contract_value=1100000), (860000, 2), ["CR-GOVERNING-LAW"]),
 ("h679e02_field_service_saas_order_form_kyzylorda_vendor", "md", "en", "cloud",
  [99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False, True,
   False, "PRC", S],
  dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=450000), None,
  ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
 ("h679e03_grain_silo_sensors_monitoring_licence_turkistan_vendor", "docx", "en", "hardware",
  [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
       contract_value=980000), (896400, 3), []),
 ("h679e04_textile_managed_it_services_jizzakh_vendor", "md", "en", "services",
  [None, None, False, "buyer", False, True, True, 1800 / 1440000 * 100, 150, None, True, None, None, None, False,
   True, False, "PRC", S],
  dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1440000), None,
  ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 ("h679e05_trade_data_api_subscription_termez_vendor", "txt", "en", "services",
  [99.95, 1, True, "buyer", True, False, True, 500 / 570000 * 100, 200, None, True, None, None, None, False, True,
   True, "PRC", S],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000), None,
  ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
]
SRC = {"h679z01": Z01, "h679z02": Z02, "h679z03": Z03, "h679z04": Z04, "h679z05": Z05,
       "h679e01": E01, "h679e02": E02, "h679e03": E03, "h679e04": E04, "h679e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = subtotal."""
    if tco is None or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    base, wy = tco
    post = max(0.0, 5 - wy) * base * t["post_warranty_fee_pct"] / 100
    return post / (x["contract_value"] + post) * 100


def derive(t, x, tco):
    """My reading of policy §3, applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    sh = tco_share(t, x, tco) if goods else None
    if sh is not None and sh > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), sh


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r not in LOW for r in rules) else "low"


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
NUM = r"(?<![\d.,])"
ZHN = "(?<![一二三四五六七八九十百零点两])"
BAD = re.compile("|".join([
    NUM + r"99\.9(?!\d)", NUM + r"0?\.05\s*%", NUM + r"4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*hours?",
    ZHN + "四个?小时", NUM + r"12\s*(?:months?|个月|月)", r"\btwelve\s*(?:\(12\)\s*)?months?", ZHN + "十二个月",
    NUM + r"(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", "百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    "万分之五(?![十百千\d])", "千分之零点五", r"\b(?:thirty|forty|fifteen|one\s*hundred)\s*(?:percent|per\s*cent)"]), re.I)
MUST_HIT = ["30%", "30 %", "40%", "15%", "100%", "99.9%", "99.9 %", "0.05%", "4 hours", "4小时", "四小时",
            "12 months", "12个月", "十二个月", "twelve months", "万分之五", "百分之三十", "百分之百", "100 percent"]
MUST_MISS = ["130%", "99.95%", "24 hours", "二十四小时", "24小时", "14 hours", "0.055%", "万分之五十", "112个月",
             "二十二个月", "百分之四十五", "35%", "115%", "1,540,000", "0.15%", "18 months", "99.5%", "1.15%"]


def scan(text):
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = BAD.search(v)
        if m:
            return v[max(0, m.start() - 30):m.end() + 30]
    return None


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert BAD.search(s), s
    for s in MUST_MISS:
        assert not BAD.search(s), s
    names = {d[0]: f"{d[0]}.{d[1]}" for d in D}
    write({k: SRC[k] for k in SRC if names[next(n for n in names if n.startswith(k))].endswith(("docx", "pdf"))},
          {k: (names[n], names[n].rsplit(".", 1)[1]) for k in SRC for n in names
           if n.startswith(k) and names[n].endswith(("docx", "pdf"))}, OUT, wrap_words=True)
    covered = set()
    for stem, ext, lang, cat, vals, extra, tco, design in D:
        key = stem.split("_")[0]
        path = OUT / f"{stem}.{ext}"
        if ext in ("txt", "md"):
            path.write_text(SRC[key], encoding="utf-8")
        terms = dict(zip(KEYS, vals))
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (stem, k)
        rules, share = derive(terms, extra, tco)
        assert rules == sorted(design), (stem, rules, design)
        if share is not None:
            assert abs(share - 40) > 2, (stem, share)
        covered |= set(rules)
        text = read_back(path)
        hit = scan(text)
        assert hit is None, (stem, hit)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (stem, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (stem, n)
        label = {"file": path.name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{path.name}: {n} {'chars' if lang == 'zh' else 'words'}; tco share "
              f"{'-' if share is None else round(share, 2)}; {risk(rules)}; {', '.join(rules) or '(none)'}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
