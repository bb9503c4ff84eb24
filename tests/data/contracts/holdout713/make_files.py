"""holdout713: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, no threshold figure or value, TCO margins, rules derived from labels = design, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市文明办志愿服务信息平台建设项目合同（草案）
P:项目编号：WMB-ZFCG-2025-017（政府采购·公开招标）
P:甲方（采购人）：某市精神文明建设指导委员会办公室
P:乙方（供应商）：某数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就志愿服务信息平台（以下简称“平台”）的软件许可与定制开发订立本合同。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供志愿服务平台标准软件的永久使用许可，并完成定制开发：志愿者注册与实名核验、服务时长记录与星级认定、活动发布与扫码签到、志愿服务组织管理、“爱心积分”兑换、统计驾驶舱，以及与全国志愿服务信息系统的数据对接。
P:1.2 合同总价为人民币1,270,000元（含税），其中：平台软件许可费620,000元；定制开发费540,000元；部署实施费86,000元；培训费24,000元。除本合同另有约定外，甲方无需另行支付其他费用。
H:第二条 交付与工期
P:2.1 乙方应于合同签订之日起90日内完成部署和定制开发并提交初验申请；初验合格后进入60日试运行期。
P:2.2 乙方应按甲方批准的实施方案组织实施，项目经理和技术负责人未经甲方同意不得更换。
P:2.3 实施阶段包括需求调研、原型确认、开发测试、数据迁移、部署上线和培训。每一阶段完成后，乙方应提交阶段成果和书面报告，经甲方确认后进入下一阶段。需求确认后，甲方提出的需求变更，双方应评估其对工期和费用的影响并书面确认；不涉及费用增加的小范围调整，乙方应予配合。
P:2.4 平台部署在甲方指定的政务云环境，乙方负责应用系统和中间件的安装配置，政务云资源由甲方另行申请。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即254,000元。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即571,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即444,500元。
P:3.4 乙方每次请款应开具合规发票。甲方付款以财政资金拨付为准，因国库集中支付流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；与全国志愿服务信息系统对接的数据一致率经双方比对无差异；500个并发用户下页面响应时间不超过2秒；第三方机构出具的安全测评报告无高危漏洞。
P:4.2 最终验收标准：试运行期内无一级故障，累计二级故障不超过3次；技术文档、源代码及操作手册齐全；甲方组织的专家验收会议同意通过。
P:4.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第五条 质量保证与维护
P:5.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策性功能调整和远程技术支持。
P:5.2 质保期满后，甲方如需继续由乙方提供维护服务，年维护费不超过平台软件许可费的9%，即每年不超过55,800元，该标准在质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.5%（计划内维护时间除外，计划内维护应提前三个工作日告知甲方并安排在夜间进行）。
P:6.2 一级故障（平台无法登录、签到功能中断或数据对接中断）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障应在2小时内响应，24小时内解决。
P:6.3 月度可用率每低于约定标准0.1个百分点，甲方扣减乙方维护保证金1,000元；一级故障响应每超时1小时，扣减500元。上述扣减不免除乙方的其他责任。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其指导的各级志愿服务组织。
P:7.2 为本项目定制开发的程序、接口、页面、数据库设计及相关源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第八条 数据安全与数据归属
P:8.1 平台中的志愿者个人信息、服务记录、活动数据及统计数据均属于甲方，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，对个人信息加密存储和传输，严格控制运维账号和访问权限，运维操作须经甲方堡垒机并留存日志。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施并在2小时内书面报告甲方；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并配合甲方处理相关监管事项。
H:第九条 保密
P:9.1 双方对履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同，双方互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 双方的其他义务
P:14.1 甲方应指定项目联系人，及时提供业务需求、现有志愿服务数据、对接接口文档及必要的办公和网络条件，并组织各区县文明办、志愿服务组织配合需求调研和用户测试。
P:14.2 乙方应组建不少于八人的项目团队，按周向甲方报告项目进度、问题和风险，重大问题应及时书面报告。乙方应在项目验收前完成对甲方管理员和各级志愿服务组织骨干的培训，培训不少于六场，并提供培训视频和操作手册。
P:14.3 乙方交付的软件应为正版软件，不含恶意代码；乙方保证交付成果不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任；迟延履行后发生不可抗力的，不免除责任。
H:第十六条 廉洁条款
P:16.1 乙方不得向甲方工作人员提供回扣、礼品、礼金或其他不正当利益。违反本条的，甲方有权解除合同，并按政府采购相关规定处理。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
P:签订日期：2025年__月__日
"""

Z02 = """T:EVA发泡及裁断生产线控制系统改造合同
P:合同编号：XC-SB-2025-0613
P:甲方：福建某鞋业有限公司（拖鞋厂）
P:乙方：某自动化工程有限公司
P:甲方EVA一次发泡车间两条生产线的发泡机、裁断机控制系统老化，故障停机频繁。经比选，甲方委托乙方实施控制系统改造，并由乙方提供质保期满后的维保服务。双方经协商订立本合同。
H:第一条 改造范围
P:1.1 更换六台发泡机的PLC控制柜，改造八台液压裁断机的伺服驱动与控制模块，新增发泡温控与原料计量系统，配置工业触摸屏，并部署生产线监控软件，实现温度、压力、模次、产量和能耗的集中监控与报表。
P:1.1A 改造后应实现：发泡机按配方自动控制温度曲线和保压时间；裁断机按刀模编号自动调用裁断参数；每一模次的温度、压力和产量自动上传监控软件；异常停机自动报警并记录原因；班组产量和能耗按日、按班自动统计。
P:1.2 乙方负责旧控制柜拆除、安装布线、程序编写、单机调试、联动调试和操作培训。改造期间乙方应分线停产施工，每条线停线时间不超过10日。
H:第二条 合同价款
P:2.1 合同总价为人民币1,540,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|发泡机PLC控制柜（含改造）|6套|86,000|516,000
TB:2|裁断机伺服驱动及控制模块|8台|42,500|340,000
TB:3|发泡温控与原料计量系统|2套|128,000|256,000
TB:4|工业触摸屏（HMI）|8台|9,500|76,000
TB:5|生产线监控软件许可（永久）|1套|188,000|188,000
TB:|硬件及软件小计|||1,376,000
TB:6|安装调试费|1项|146,000|146,000
TB:7|培训费|1项|18,000|18,000
TB:|合同总价|||1,540,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后7日内，甲方支付合同总价的10%，即154,000元。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%，即847,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条生产线通过终验后15日内，甲方支付合同总价的35%，即539,000元。
H:第四条 工期与验收
P:4.1 乙方应在合同生效后75日内完成两条生产线的改造并申请终验。
P:4.2 终验标准：每条生产线连续试生产15日；发泡温度控制偏差不超过±1.5℃；裁断定位精度达到±0.3毫米；设备联锁与急停功能测试全部合格；监控软件数据与现场仪表一致；改造后单线产能不低于改造前水平。
P:4.2A 每条生产线改造完成后，乙方应先进行单机调试和空载联动试验，再进行带料试生产；试生产期间乙方工程师应全程驻场，记录设备运行参数和故障情况，每日报送甲方设备部。
P:4.3 终验由甲方组织，形成书面验收报告。设备试生产或甲方使用不视为终验合格。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换故障部件，并提供程序修改和技术支持。
P:5.2 质保期满后，乙方提供维保服务，包括每月一次巡检、易损件更换、备品备件储备和程序维护。维保年费按本合同硬件及软件小计的28%计取，即每年385,280元，自质保期满之日起三年内固定不变。
P:5.3 生产线一级故障（整线停机）乙方应在1小时内响应，8小时内到场处理；二级故障应在24小时内到场。一级故障每超时1小时，乙方支付800元。
P:5.4 质保期内更换的部件，其质保期自更换之日起重新计算十八个月，但不超过整体质保期满后六个月。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、触摸屏画面、配方参数表和监控软件的定制报表，知识产权归甲方所有，乙方应交付源程序和注释，甲方可自行修改和使用。
P:6.2 监控软件平台本身的知识产权归乙方，乙方授予甲方永久使用许可。
H:第七条 数据安全
P:7.1 发泡配方、工艺参数、产量和能耗数据属于甲方，乙方仅为履行本合同使用，不得复制带走或提供给第三方。
P:7.2 乙方远程维护须经甲方批准并通过甲方指定的VPN接入，操作留存日志；乙方应采取防病毒和访问控制措施。因乙方原因造成数据泄露或生产系统被破坏的，乙方承担赔偿责任，并应在发现后2小时内通知甲方。
H:第八条 保密
P:8.1 乙方对在甲方厂区知悉的工艺配方、客户订单和经营信息负有保密义务，期限为合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方不得将控制系统改造工作分包；电气布线等辅助工作如需分包，须事先取得甲方书面同意。
H:第十一条 合同的变更与解除
P:11.1 本合同的变更须经双方书面协商一致。
P:11.2 除因不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同；履行中发生的争议，双方应本着友好合作的精神协商处理。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交泉州仲裁委员会仲裁。
H:第十三条 双方义务
P:13.1 甲方应在改造前提供现有设备图纸、电气原理图、工艺参数和生产计划，安排停线时间，并指定设备部负责人协调现场工作。甲方应提供施工所需的电源、照明和临时存放场地。
P:13.2 乙方应遵守甲方厂区安全生产和消防管理制度，施工人员须持证上岗，动火、登高和带电作业须办理作业许可。乙方应采取措施保护发泡机模具、液压系统和已有设备，因乙方施工造成甲方设备损坏或人员伤害的，由乙方承担责任。
P:13.3 乙方应在终验前提交竣工资料，包括电气图纸、PLC程序清单、触摸屏画面说明、参数设定表、备件清单和操作维护手册，并对甲方电工和班组长进行不少于三次的现场培训，确保其能够独立完成日常操作、参数调整和一般故障处理。
P:13.4 乙方保证所供设备为原厂全新正品，具备合格证，主要元器件的品牌和型号应与技术协议一致；确需替换的，应事先报甲方确认，且性能不得低于原约定。
P:13.5 改造施工期间，乙方应安排专职安全员，每日开工前进行安全交底，施工结束后清理现场。乙方拆除的旧控制柜、线缆等物资归甲方所有，由乙方按甲方指定地点分类堆放。
P:13.6 终验前，乙方应对两条生产线的改造效果进行自检，并向甲方提交自检报告和改造前后的产能、能耗、故障停机时间对比数据。乙方应指派熟悉本项目的工程师作为质保期和维保期内的固定联系人。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明；双方根据不可抗力的影响协商调整工期。
H:第十五条 通知
P:15.1 本合同项下的通知以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱；邮件发出之日视为送达之日。联系人或地址变更的，应提前三日书面通知对方。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方：__________ 乙方：__________
"""

Z03 = """连锁文具门店收银及会员管理SaaS服务合同

甲方：某文具连锁有限公司
乙方：某云科技有限公司

甲方在省内经营五十家文具门店，为统一收银、库存和会员管理，甲方向乙方订购零售收银及会员管理SaaS服务并委托乙方完成实施。双方签订本合同，共同遵守。

一、服务内容
（一）乙方通过其云平台向甲方五十家门店提供以下服务：
1. 收银：扫码收款、聚合支付、交班对账、离线收银；
2. 商品与库存：商品档案、门店要货、调拨、盘点、总部配送；
3. 会员：会员注册、积分、储值卡、优惠券、开学季营销活动；
4. 报表：门店日报、单品销售排行、库存周转和会员消费分析。
（二）乙方应保证平台在门店网络中断时支持离线收银，网络恢复后自动上传离线交易，离线期间的会员积分和储值卡余额在恢复后自动核对。
（三）实施服务：门店收银终端配置、商品和会员数据迁移（约42,000个商品条码、约186,000名会员）、与甲方财务系统和线上商城的接口开发、店长和收银员培训。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自全部门店上线验收合格之日起计算，每个服务年度为三百六十五日。
（二）服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时公布的价格标准调整服务费，并于续期前通知甲方。

（三）服务期内，门店数量因开店或闭店发生变化的，按本合同约定的单价据实调整，合同其他条款不变。
（四）服务期间，乙方应保证甲方每个门店可开设的收银账号和店员账号数量不受限制，总部管理账号不少于二十个。

三、服务费用及支付
（一）SaaS服务费：每店每服务年度5,600元，五十家门店每服务年度280,000元，两个服务年度共560,000元。
（二）实施费：96,000元，一次性支付。
（三）合同总额：656,000元（含税）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后15日内支付；
2. 每个服务年度的服务费在该服务年度开始后10日内支付。
（五）本合同不设预付款。门店增加的，按每店每服务年度5,600元按日折算计费。

四、实施与验收
（一）乙方应在合同签订后45日内完成全部门店的配置、数据迁移和接口开发。
（二）上线验收标准：
1. 五十家门店收银、要货、会员功能均可正常使用；
2. 迁移后的商品条码和会员积分余额与原系统逐条核对一致；
3. 与财务系统、线上商城的订单和库存同步误差为零，同步延迟不超过5分钟；
4. 高峰时段单笔收银处理时间不超过2秒；
5. 连续运行7日无一级故障。
（三）验收由甲方信息部组织，签署验收报告；门店试用不视为验收合格。

五、服务水平
（一）乙方应保证平台全年稳定运行，计划内维护应安排在门店营业时间以外并提前三日通知。
（二）故障分级与响应：
1. 一级故障（收银无法使用或支付中断，影响三家以上门店）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，8小时内解决；
3. 三级故障（咨询与优化）：1个工作日内答复。
（三）一级故障响应或恢复超时的，每次按当月服务费的2%扣减；单月扣减合计以当月服务费的20%为限。

（四）乙方应提供全天候服务热线和在线工单系统，甲方门店人员可直接报障；乙方应在每月前五个工作日内向甲方提交上月故障统计、响应和恢复时间记录，以及服务费扣减的计算明细，经甲方确认后在下一期服务费中抵扣。

六、数据安全与数据归属
（一）甲方的商品、销售、库存数据及会员个人信息归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的。
（二）乙方平台应通过网络安全等级保护第三级测评，会员手机号等个人信息加密存储，后台访问实行最小权限并留存操作日志，每日备份数据。
（三）发生数据泄露或丢失的，乙方应在1小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员承担的责任和受到的行政处罚。
（四）合同终止后30日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后删除。

（五）乙方应每年至少进行一次数据备份恢复演练，并将演练结果书面告知甲方。乙方数据中心发生变更的，应提前三十日书面通知甲方，变更后的数据中心应位于中国境内，安全条件不得低于变更前。

七、知识产权
（一）SaaS平台的知识产权归乙方。
（二）乙方为甲方开发的财务接口、商城接口程序及定制报表，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或交由第三方维护。

八、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总额的千分之一支付违约金。
（二）甲方逾期支付服务费超过30日的，乙方可书面催告后暂停服务，但不得删除甲方数据。

九、分包
乙方不得将本合同项下的实施工作转包；接口开发如需分包，应事先取得甲方书面同意。

十、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的服务费并赔偿损失。
（二）乙方平台连续停机超过24小时的，甲方有权解除合同。

十一、争议解决
本合同适用中华人民共和国法律。争议由双方协商；协商不成的，提交甲方所在地人民法院诉讼解决。

十二、双方的其他义务
（一）甲方应指定项目负责人和各门店联络人，按乙方实施计划提供商品档案、会员资料、门店网络条件和收银终端，组织店长参加培训。
（二）乙方应为甲方配备专属客户经理和实施顾问，实施期间每周提交进度报告；上线首周在甲方总部安排驻场支持，每个门店上线当日提供远程值守。
（三）乙方应按季度提交服务报告，内容包括系统运行情况、故障处理记录、版本更新说明和优化建议，并与甲方召开服务回顾会议。
（四）乙方平台版本升级涉及收银流程变化的，应提前七日通知甲方并提供操作说明，不得影响门店正常营业；开学季、国庆等销售高峰期间，乙方不得安排非紧急的版本升级。
（五）乙方应确保收银功能与甲方现有的扫码枪、小票打印机、钱箱和电子秤兼容，因兼容问题需更换的门店设备，由双方另行确认。

（六）乙方应为甲方提供会员营销活动的配置支持，每个服务年度不少于八次，包括开学季、毕业季和节假日的优惠券和积分活动配置。
（七）甲方新开门店的，乙方应在接到甲方通知后七日内完成新店配置和人员培训；门店关闭的，甲方可提前三十日通知乙方停止该门店服务，已付服务费按日折算退还或抵扣下一服务年度费用。
（八）服务期内，乙方应免费提供平台的功能升级，包括为适应支付渠道、电子发票和税务政策变化所需的调整。

十三、不可抗力
因不可抗力致使一方不能履行合同的，受影响方应及时通知对方并提供证明，双方根据影响程度协商延期履行、部分履行或者解除合同。

十四、通知
本合同项下的通知应以书面形式送达对方在本合同首部列明的地址，或发送至双方指定的电子邮箱。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """口腔医院信息系统年度运维服务合同

项目名称：口腔医院信息系统运维服务项目（竞争性磋商）
甲方：某市口腔医院
乙方：某信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方为其信息系统提供年度运维服务，双方订立本合同。

第一条 服务范围
（一）运维对象：医院信息系统（HIS）、电子病历系统、口腔影像归档与传输系统（含口内扫描和CBCT影像）、预约挂号与自助缴费系统、检验系统、病案系统，以及机房服务器、存储、网络和安全设备。
（二）服务内容：日常巡检、故障处理、数据库维护与备份检查、系统补丁和版本升级、接口维护、安全加固与等级保护测评配合、医保接口政策调整、用户技术支持。
（三）乙方应每日上午门诊开诊前完成核心系统的运行检查，包括数据库状态、接口队列、影像存储容量和备份作业结果，发现异常立即处理并报告信息科。
（四）乙方派驻两名工程师在甲方工作日驻场服务，节假日安排电话值守和远程支持。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法重新组织采购程序。

第三条 服务费用与支付
（一）运维服务费总额为人民币468,000元（含税），包括人员、工具、差旅及备件以外的全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度117,000元，在该季度服务考核合格并由乙方开具发票后15个工作日内支付。
（三）季度考核得分低于80分的，按附件考核办法扣减当季服务费。

第四条 服务水平
（一）故障分级：一级故障指HIS、电子病历或影像系统全院无法使用，或门诊收费中断；二级故障指单个科室或单项功能无法使用；三级故障指一般性问题。
（二）一级故障乙方应在15分钟内响应，30分钟内到场，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
（三）乙方每月提交巡检报告，每季度进行一次备份恢复演练。
（四）一级故障响应或恢复每超时1小时，扣减当季服务费3,000元；二级故障每超时1小时扣减500元；因乙方原因造成数据丢失的，另行承担赔偿责任。

（五）乙方应建立备件保障机制，对服务器硬盘、电源、交换机模块等常用备件保持合理库存；设备厂商保修以外的备件费用，由乙方报价，经甲方确认后另行结算。
（六）乙方应每季度对核心数据库进行一次性能分析，对慢查询和存储增长提出优化建议；每半年协助甲方对门诊、住院和影像业务进行一次系统连续性评估。

第五条 考核与验收
（一）季度考核：甲方信息科按附件考核办法对响应及时率、故障解决率、巡检和报告完成情况、用户满意度进行评分，满分100分，80分以上为合格。
（二）年度验收：服务期满前15日内，甲方对全年服务进行验收，验收标准为：四个季度考核均合格；全年无因乙方原因造成的数据丢失；运维文档、配置台账和变更记录完整移交；等级保护测评中乙方负责整改的问题全部关闭。
（三）年度验收不合格的，乙方应在15日内整改；整改后仍不合格的，甲方可扣减第四季度服务费的20%。

（四）季度考核结果作为年度续聘评价的参考依据，甲方应在每季度结束后10个工作日内将考核结果书面告知乙方，乙方有异议的，可在5个工作日内提出复核。

第六条 数据安全
（一）患者诊疗信息、影像资料、费用数据及其他业务数据均属于甲方，乙方仅为履行运维服务接触和处理，不得用于其他任何目的。
（二）乙方人员须通过甲方堡垒机进行运维操作，禁止将患者数据拷贝至个人设备或带出医院，调试使用脱敏数据须经甲方信息科批准。
（三）乙方应遵守《个人信息保护法》《数据安全法》及卫生健康行业网络安全管理规定。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚和对患者的赔偿。

（四）乙方应定期对其驻场人员进行网络安全和个人信息保护培训，每季度不少于一次，并保存培训记录备查。乙方人员离场时，应交回门禁卡、账号和所有资料，由甲方信息科注销其系统权限。

第七条 保密
乙方及其人员对工作中知悉的患者隐私、医院管理信息和系统账号密码负有保密义务，乙方人员进场前须签署保密承诺书。保密义务在合同终止后继续有效。

第八条 成果归属
乙方在服务期内编写的运维脚本、接口程序修改、配置文档和运维报告，知识产权归甲方所有，服务期满时一并移交。

第九条 人员与分包
（一）驻场工程师须具备相应资质，更换须提前10日书面征得甲方同意。
（二）乙方不得将本合同服务转包或分包给第三方。

第十条 违约责任
（一）乙方逾期完成约定服务事项（包括巡检报告、版本升级、医保接口调整和安全整改）的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方人员未经批准缺岗的，每人每日扣减服务费800元。

第十一条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）合同解除或期满时，乙方应配合甲方完成运维交接，交接期不少于15日，交接期间继续履行本合同义务。

（三）合同期满时，甲方重新采购确定的新服务商与乙方交接的，乙方应提交完整的系统账号清单、网络拓扑、配置备份和运维台账，并配合新服务商完成现场交接和问题答疑。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 双方的其他义务
（一）甲方应提供运维所需的系统资料、账号权限、办公场地和网络条件，并指定信息科专人负责日常对接。
（二）乙方应建立运维台账，记录每次故障的发生时间、现象、处理过程和结果，每月与甲方核对；重大变更须提交变更方案，经甲方批准后在门诊业务低峰时段实施，并准备回退方案。
（三）乙方应在服务期开始后15日内完成全部系统的现状评估，提交运维服务方案和应急预案，应急预案应覆盖核心系统停机、数据库损坏、勒索病毒和机房断电等情形，并在服务期内组织不少于两次应急演练。
（四）乙方应配合甲方完成电子病历系统应用水平评级、互联互通测评和等级保护测评相关工作，按甲方要求提供技术材料。

（五）乙方应协助甲方完成信息系统的年度容量评估，在服务期内提出服务器、存储扩容和设备更新建议，供甲方编制下一年度预算参考。
（六）乙方驻场人员应遵守甲方考勤、着装和院感管理规定，进入手术室、消毒供应中心等区域须经科室同意。服务期满时，乙方应提交年度运维总结报告。

第十四条 不可抗力
因不可抗力不能履行本合同的，受影响方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

第十五条 廉洁
乙方不得向甲方工作人员提供任何形式的回扣或不正当利益；违反本条的，甲方有权解除合同。

第十六条 其他
磋商文件、响应文件、成交通知书及附件考核办法为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
代表：                    代表：
"""

Z05 = """# 柳编工艺生产追溯管理系统软件许可及开发合同

**（乙方标准合同文本 LBX-HT-V3.0）**

甲方：山东某柳编工艺品有限公司
乙方：某软件科技有限公司

鉴于甲方需要对柳编工艺品的编织、加工、质检及出口订单实施生产追溯管理，乙方拥有“织迹”柳编生产追溯管理系统，双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”生产追溯管理系统软件使用许可，并按甲方需求进行定制开发，内容包括：原料（柳条、藤条）入库与批次管理、外发编织户派工与回收、扫码工位计件、半成品质检、订单进度跟踪、出口批次追溯码生成。

1.2 定制开发包括计件工资核算模块、编织户手机小程序和与甲方ERP系统的订单接口。

1.3 系统功能以双方签字确认的《需求确认书》为准。《需求确认书》以外的功能，或者甲方在需求确认后提出的新增、修改要求，均属需求变更，乙方有权另行报价，工期相应调整。

1.4 系统部署在甲方自有服务器上。服务器、操作系统、数据库、扫码枪、标签打印机和网络设备由甲方自行准备，乙方提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “织迹”系统软件使用许可（200用户） | 380,000 |
| 2 | 定制开发（计件工资、小程序、ERP接口） | 420,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 860,000 |

2.1 以上价格含税。甲方增加用户数的，按乙方届时报价另行购买。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的60%，即516,000元；乙方收到该款项后启动项目。

3.2 系统上线运行后，甲方支付合同总价的32%，即275,200元。

3.3 系统验收合格后，甲方支付合同总价的8%，即68,800元。

3.4 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；乙方有权暂停实施，工期相应顺延。

## 第四条 实施与交付

4.1 乙方预计在收到首期款后90日内完成部署和定制开发。因甲方需求变更、资料提供不及时或现场条件不具备导致的延误，工期相应顺延。

4.2 乙方按实施计划分阶段交付，交付时间以乙方通知为准。

## 第五条 验收

5.1 系统上线后进入30日试运行。试运行结束后，双方依据《需求确认书》所列功能清单逐项测试，功能全部实现、追溯码可正确查询原料批次和编织户、计件工资与人工核算结果一致的，视为验收合格。

5.2 甲方应在乙方提交验收申请后7日内组织验收，逾期未组织的，乙方可书面催告。

5.3 验收时，乙方应提交系统安装部署说明、操作手册、管理员手册和测试记录。甲方提出的问题属于《需求确认书》范围内的缺陷的，乙方应予修复；属于需求变更的，按本合同第1.3款处理。

5.4 试运行期间，甲方应安排专人录入真实业务数据，并对发现的问题及时书面反馈乙方。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费用按乙方届时公布的服务价格标准执行。

6.3 维护期内，乙方对一级故障（系统整体无法使用）在8小时内响应，并在合理时间内修复；其他故障在2个工作日内响应。乙方提供服务热线和远程支持，现场服务按乙方收费标准另行计费。

6.4 免费维护期内，乙方对系统缺陷提供远程修复；因甲方服务器、网络或操作系统原因造成的故障，乙方可协助排查，但不属于免费维护范围。乙方在维护期内发布的系统补丁，甲方应及时安装，未安装补丁导致的问题由甲方自行负责。

## 第七条 知识产权

7.1 “织迹”系统及其文档的知识产权归乙方所有。

7.2 本合同项下定制开发的计件工资模块、小程序、接口程序及相关文档，知识产权亦归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方可在去除甲方名称等标识信息后，将系统运行数据用于产品改进、行业统计分析及乙方其他客户的服务优化。

8.3 乙方对其运维的系统采取访问控制、数据加密和每日备份措施，运维账号专人专用并记录操作日志。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，及时采取补救措施并赔偿甲方因此遭受的直接损失。

## 第九条 保密

9.1 双方对因本合同知悉的对方商业秘密和技术秘密负有保密义务，保密期限为合同终止后三年。

## 第十条 第三方服务

10.1 乙方有权根据项目需要，将小程序开发、现场实施等部分工作委托第三方完成，无需另行征得甲方同意，乙方对第三方的工作向甲方负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定，应赔偿对方因此遭受的直接经济损失，但不包括间接损失、利润损失。

11.2 乙方对因甲方自身操作不当、第三方系统故障或网络中断造成的损失不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作的费用；已交付的软件许可不因合同解除而收回，但甲方未付清许可费用的除外。乙方已收取的款项超过已完成工作费用的部分，应退还甲方。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方义务

14.1 甲方应指定项目联系人，按乙方要求提供业务流程、编织户名单、原料编码规则、ERP接口资料和必要的服务器、网络环境，并保证所提供资料的真实、准确和完整。

14.2 甲方应组织仓库、外发、质检和财务人员参加乙方培训，并按乙方操作手册使用系统。因甲方人员操作不当、擅自修改系统配置或使用非乙方认可的硬件设备造成的问题，由甲方自行承担。

14.3 甲方应在收到乙方阶段交付通知后5个工作日内完成确认，逾期未确认且未提出书面异议的，视为该阶段交付内容已确认。

## 第十五条 乙方义务

15.1 乙方按本合同约定完成系统部署、定制开发和培训，并提供系统操作手册和管理员手册。

15.2 乙方应对甲方的扫码终端、标签打印机选型提供建议，但相关硬件由甲方自行采购。

15.3 乙方为甲方提供两次集中培训，培训对象为甲方系统管理员、仓库和外发管理人员、质检人员和财务人员，培训地点在甲方厂区。增加培训次数的，按乙方收费标准另行计费。

15.4 乙方提供的小程序供编织户扫码领料、交货和查询计件工资使用，编织户的手机及流量费用由其自行承担。

## 第十六条 不可抗力

16.1 因不可抗力、政府行为、网络运营商故障或其他非乙方所能控制的原因导致乙方不能按期履行的，乙方不承担责任，工期相应顺延。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：______年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LKS-YN-2025-044
P:This Agreement is made between Yunnan Highland Tea Estates Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Pu'er, Yunnan Province (the "Customer"), and Lakeshore Agronomics Limited, a company incorporated in the Republic of Malawi with its principal place of business at Mangochi, Malawi (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's FieldLedger plantation management software, together with the implementation, migration and training services needed to bring it into use across its estates, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FieldLedger application in the version current at signature, including the mobile field-recording client, the yield and grading module and the reporting module, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, migration scripts and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Software in the course of the Customer's business, including plot records, picking records, worker rosters and quality grades.
P:1.5 "Severity 1" and "Severity 2" have the meanings given in Article 6.2; a Severity 2 defect is a defect that prevents the use of a function but has a reasonable workaround.
P:1.6 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and 60 mobile devices, at any site of the Customer and its wholly owned subsidiaries in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may not resell or sublicense the Software except to its wholly owned subsidiaries.
P:2.3 The Vendor shall provide licence keys for the production, test and training environments. The Customer may move the Software to other hardware or to a private cloud hosted in the People's Republic of China by notifying the Vendor, without additional fees.
P:2.4 The Customer shall provide the servers, operating systems, database licences and network connections specified in Annex 1, and shall give the Vendor's personnel reasonable access to its estates and offices during the implementation.
P:3.1 The total price of this Agreement is CNY 1,250,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 840,000; implementation and configuration CNY 310,000; data migration CNY 64,000; training CNY 36,000.
P:3.2 The price is fixed. It includes all travel and subsistence of the Vendor's personnel and all third-party components needed to run the Software as specified.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 250,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price (CNY 562,500) within 20 days after the Software has been installed, configured and migrated and the Vendor has passed the system test under Article 5.2.
P:4.3 The Customer shall pay the remaining 35% of the total price (CNY 437,500) within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY to the Vendor's designated bank account. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration within 100 days after signature, in accordance with the implementation plan attached as Annex 2.
P:5.2 The system test shall show that every function listed in Annex 1 works as specified; that migrated plot and picking records reconcile with the legacy spreadsheets without unexplained differences; that the interface to the Customer's ERP posts picking quantities and grades correctly for ten consecutive working days; and that field devices synchronise within two minutes of regaining a connection.
P:5.3 After the system test the Software shall run in production for 45 days. Final Acceptance shall be given when no Severity 1 defect has occurred in that period and all Severity 2 defects have been closed, and when the documentation, source code of the Custom Deliverables and training records have been delivered.
P:5.4 Go-live, productive use or payment of any instalment shall not by itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with Annex 1 for twenty-four months after Final Acceptance. During this warranty period the Vendor shall correct defects, provide new releases and provide remote and, where needed, on-site support free of charge.
P:6.2 Severity 1 defects (the Software cannot be used at an estate, or picking records cannot be saved) shall be responded to within one hour and worked on continuously until a workaround is in place. Severity 2 defects shall be responded to within eight business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against any amount due.
P:6.4 After the warranty period, the Vendor shall offer annual support at 10% of the Software licence fee per year (CNY 84,000), which shall not increase for the three years following the end of the warranty period. Annual support is ordered by the Customer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and may not use it for any other purpose, nor disclose it to anyone else.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts, and shall not copy Customer Data outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable remedial steps, and shall be liable for the losses caused by any such incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, and shall use it only for the purposes of this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the system test within the period in Article 5.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability for breach of Articles 8 and 9, for infringement of third-party rights, and for wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the undelivered parts, and the licence to delivered parts shall continue.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Malawi.
P:13.2 Any dispute that the parties cannot settle within 30 days by negotiation shall be finally resolved by arbitration in Lilongwe, Malawi, before a sole arbitrator appointed under the Arbitration Act of Malawi. The language of the arbitration shall be English.
H:Article 13A Force Majeure
P:13A.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________ For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — LEARNWELL TRAINING CLOUD

Order Form No. LW-OF-2025-118

## PART A — ORDER FORM

### A1. Parties

**Provider:** Northshore Learning Systems Limited, a company incorporated in the Republic of Malawi, Boma Road, Karonga, Malawi.

**Customer:** Changzhou Lianfeng Precision Bearings Co., Ltd., a company incorporated in the People's Republic of China, Wujin District, Changzhou, Jiangsu Province.

### A2. Subscribed Service

The LearnWell Training Cloud, a hosted learning-management service, comprising course authoring, a bilingual (Chinese and English) learner portal and mobile app, classroom scheduling, skills matrix and certification tracking, and the reporting dashboard, for up to 2,600 active learners. The Service is hosted for the Customer in a data centre located in mainland China operated by the Provider's hosting partner named in A6.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date of Customer's written acceptance of onboarding under Section 4 of Part B. The subscription ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 2,600 active learners | 264,000 |
| Subscription Fee, Subscription Year 2 | 2,600 active learners | 264,000 |
| Onboarding Fee | one-time, fixed | 38,000 |
| Total Order Value | | 566,000 |

All amounts include VAT. Additional learners may be added at CNY 102 per learner per Subscription Year, pro rata; such additions are ordered separately and are not part of the Total Order Value.

### A5. Invoicing and Payment

(a) The Onboarding Fee is invoiced after the Go-Live Date. (b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. (c) Invoices are payable within 30 days of receipt of a valid VAT invoice. No fee is payable before the Go-Live Date.

### A6. Onboarding Scope and Hosting Partner

Onboarding comprises: single sign-on with the Customer's directory; import of about 2,600 employee records and 340 existing courses with their completion history; configuration of 48 job roles in the skills matrix; branding; and two train-the-trainer sessions at the Changzhou plant. Hosting partner: a cloud infrastructure provider in Shanghai holding a Multi-Level Protection Scheme level 3 filing.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including updates the Provider makes generally available.

1.2 "Customer Data" means all data, content and course material uploaded to or generated in the Service by or for the Customer and its learners, including personal information of employees.

1.3 "Order Form" means Part A. If Part A and Part B conflict, Part A prevails.

1.4 "Active Learner" means an employee account that has logged in at least once during a Subscription Year; inactive accounts do not count towards the limit in A2.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term and shall use commercially reasonable efforts to keep it available, to schedule maintenance outside the Customer's working hours where practicable, and to resolve problems reported by the Customer.

2.2 Support is provided by email and through the in-app help centre during the Provider's business hours. The Provider will handle support tickets in the order of their importance as it reasonably determines.

2.3 The Provider may improve or change the features of the Service, provided that it does not materially reduce the functionality described in A2.

### 3. Customer Obligations

3.1 The Customer is responsible for its learners' use of the Service, for keeping its login credentials secure, and for the lawfulness of content it uploads.

3.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store content unrelated to training.

### 4. Onboarding and Acceptance

4.1 The Provider shall complete onboarding within 60 days after signature of the Order Form.

4.2 The Customer shall test the onboarded Service against these criteria: single sign-on works for all test accounts; imported employee records and completion histories match the source files in full; all 48 job roles and their required courses are configured; the learner portal and mobile app load a course page within three seconds for 300 simultaneous learners; and the reporting dashboard shows the same completion figures as the imported history.

4.3 If the criteria are met, the Customer shall confirm acceptance in writing within ten days. If they are not met, the Provider shall correct the defects and submit the Service for a new test. Use of the Service for training before written acceptance is not acceptance.

4.4 If onboarding is not accepted within the period in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 28,000 in total.

### 5. Fees and Taxes

5.1 Fees are as stated in A4 and are fixed for the Subscription Term.

5.2 If an undisputed invoice remains unpaid 30 days after its due date, the Provider may, after a further written reminder, suspend access until payment, but shall not delete Customer Data.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and in accordance with the Customer's documented instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log all administrative access, and keep daily backups for thirty days.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall be responsible for the losses caused by an incident attributable to the Provider or its hosting partner.

6.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a common format and then delete it, and shall confirm the deletion in writing.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only to perform the Order Form, and disclose it only to its staff and advisers who need to know it and are bound by similar duties. These obligations continue for three years after the Subscription Term ends.

### 8. Intellectual Property

8.1 The Provider owns the Service and all related software.

8.2 The Customer owns its course content, the job-role configurations and the custom certificate templates prepared for it during onboarding, and may use, modify and license them freely, also after the Subscription Term.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential losses or loss of profits. The limits in this Section do not apply to death or personal injury caused by negligence, or to fraud.

### 10. Subcontracting

10.1 The Provider uses the hosting partner named in A6. The Provider shall not engage any other subcontractor or sub-processor to process Customer Data without the Customer's prior written consent, and remains liable for the acts of any subcontractor.

### 11. Term and Termination

11.1 This Order Form takes effect on signature and ends at the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitral award is final and binding on both parties.

### 12A. Force Majeure

12A.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in A1. Neither party may assign this Order Form without the other party's written consent. This Order Form is the entire agreement on its subject matter and may be amended only in writing signed by both parties.
"""

E03 = """T:SUPPLY CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. FSCT-EQ-2025-209
P:Buyer: Foshan Nanzhuang Ceramic Tiles Co., Ltd., Nanzhuang Town, Chancheng District, Foshan, Guangdong Province, People's Republic of China.
P:Supplier: Maloti Sensing Technologies (Pty) Ltd, a company incorporated in the Kingdom of Lesotho, Main North Road, Mafeteng, Lesotho.
P:The Buyer operates three roller kiln lines and their grinding and pressing equipment. It wishes to monitor the vibration and temperature of motors, fans, gearboxes and rollers, and has selected the Supplier's offer. This contract is on the Buyer's standard terms for equipment and software purchases.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission 240 wireless vibration and temperature sensors, 14 industrial gateways and the KilnSense condition monitoring software under a perpetual licence, and shall configure alarm thresholds, dashboards and maintenance work-order interfaces as set out in the Technical Specification (Annex 1).
P:1.2 The Supplier shall train the Buyer's maintenance engineers and operators, and shall hand over all configuration files, as-built drawings and manuals.
P:1.3 The Supplier shall carry out a site survey within ten days after signature, confirm the mounting position of each sensor with the Buyer's maintenance team, and propose the gateway locations and the network connections needed. Mounting on rotating or hot equipment shall be done during planned kiln stops agreed with the Buyer's production department.
P:1.4 The Supplier's personnel shall follow the Buyer's site safety rules, including hot-work, work-at-height and lock-out procedures, and shall wear the protective equipment required in the kiln area.
P:2.1 The contract price is CNY 960,000, inclusive of 13% VAT, delivery to site, insurance, installation and commissioning, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|240|1,850|444,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|14|9,600|134,400
TB:3|KilnSense monitoring software, perpetual licence, 300 measuring points|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||864,400
TB:4|Installation, mounting and commissioning|1 lot|78,600|78,600
TB:5|Training|1 lot|17,000|17,000
TB:|Contract Price|||960,000
P:2.2 The price is fixed and includes everything needed to meet the Technical Specification.
P:2.3 The Supplier shall supply ten spare sensors and one spare gateway free of charge, to be kept at the Buyer's store for use during the warranty period.
P:2.4 Prices of additional sensors ordered by the Buyer within three years after Final Acceptance shall not exceed the unit prices in the table above.
H:3. Payment
P:3.1 10% of the contract price (CNY 96,000) within 15 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 55% of the contract price (CNY 528,000) within 30 days after all sensors and gateways have been delivered and mounted, as confirmed by a delivery and installation certificate. That certificate confirms quantities and mounting only and is not acceptance.
P:3.3 35% of the contract price (CNY 336,000) within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 45 days after signature and complete installation and commissioning within 75 days after signature.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price. The Buyer may deduct delay damages from any payment due.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a 30-day trial run of all three kiln lines. The acceptance criteria are: every sensor reports at the configured interval with a data loss rate below 0.5% over the trial run; measured vibration values agree with a calibrated reference instrument within ±5% at ten sample points chosen by the Buyer; alarms reach the maintenance system and create work orders within one minute; and the software dashboards and reports listed in Annex 1 are complete.
P:5.2 Final Acceptance is given by a certificate signed by the Buyer. Installation, trial use or payment does not amount to acceptance. If a test fails, the Supplier shall remedy the defect within ten days and repeat the test.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective sensors and gateways free of charge (including batteries) and provide software updates and technical support.
P:6.2 Severity 1 faults (loss of data from a whole kiln line, or failure of the software server) shall be responded to within two hours and resolved within one business day. Other faults shall be responded to within one business day.
P:6.3 For each hour by which a Severity 1 response or resolution time is exceeded, the Supplier shall pay CNY 500, which the Buyer may deduct from the performance bond or any payment due.
P:6.4 After the warranty period, the Supplier shall provide support for the fourth and fifth years at an annual fee of 7% of the Hardware and Licence Subtotal (CNY 60,508 per year), fixed for those two years. Support for each year is ordered by the Buyer and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare parts in Guangdong sufficient to replace failed gateways within two business days, and shall make spare parts for the sensors and gateways available for at least seven years after Final Acceptance at prices not exceeding its published prices.
P:6.6 The Supplier shall replace sensor batteries whose measured life falls short of the life stated in Annex 1, free of charge, also after the warranty period for as long as the Buyer has ordered support.
H:7. Intellectual Property
P:7.1 The KilnSense software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the Buyer's plants.
P:7.2 Configurations, alarm rules, dashboards, interface programs and reports made for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source files.
P:7.3 The Supplier warrants that the supplied equipment and software do not infringe any third-party rights and shall defend and indemnify the Buyer against any claim of infringement, at the Supplier's cost, including by modifying or replacing the infringing item so that it complies with this contract.
H:8. Data and Security
P:8.1 All measurement data, equipment records and maintenance data belong to the Buyer. The Supplier may use them only to perform this contract and shall not use them for any other purpose.
P:8.2 The software shall be installed on the Buyer's own servers. The Supplier's remote access requires the Buyer's approval for each session, through the Buyer's VPN, with individual accounts and logging. The Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Buyer's systems or data caused by the Supplier, its personnel or its equipment, shall cooperate in remedying it, and shall be liable for the resulting losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's production data, process parameters, drawings and other non-public information and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for five years after the contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment or services that cannot be used by the Buyer.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:13A. Force Majeure
P:13A.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party within five days and provide evidence of the event. Time for performance is extended by the duration of the event. If the event lasts more than 60 days, either party may terminate the contract by written notice.
H:13B. Notices
P:13B.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses given above or to any other address that a party notifies to the other.
P:14.1 Annex 1 (Technical Specification) and Annex 2 (Site Plan) form part of this contract. This contract is made in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MIS-2025-KX-071

**Customer:** Ningbo Kaixin Garment Group Co., Ltd., Haishu District, Ningbo, Zhejiang Province, People's Republic of China.

**Provider:** Lubombo Managed Services Ltd, a company incorporated in the Kingdom of Eswatini, Mhlakuvane Street, Manzini, Eswatini.

The Customer runs a head office, two garment factories and a distribution centre in Ningbo with about 1,100 computer users. The Customer wishes to outsource its service desk, end-user support and endpoint management to the Provider for 36 months, and the Provider agrees to provide those services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that Transition has been accepted under clause 4.

1.3 "Term" means the 36 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider or its personnel access in performing the Services.

## 2. Services

2.1 The Provider shall provide the Services described in Schedule 1 for all users and devices listed in the Customer's asset register, as updated from time to time.

2.2 The Provider shall staff the service desk with Mandarin-speaking analysts and shall keep at least two field engineers on site in Ningbo during the Customer's working hours.

2.3 The Provider shall follow the Customer's IT policies and change-management procedure when working on the Customer's systems.

2.4 The Provider shall attend a monthly service review with the Customer's IT manager, at which the monthly service report, open problems, recurring incidents and improvement actions are discussed. The Provider shall propose at least one improvement initiative each quarter.

## 3. Transition

3.1 The Provider shall carry out a transition of the services from the Customer's in-house team, including knowledge transfer, tool set-up, import of the asset register and ticket history, and documentation of standard operating procedures ("Transition"), within 60 days after signature.

3.2 If Transition is not accepted within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## 4. Transition Acceptance

4.1 The Customer shall accept Transition when: the service desk has handled live tickets for ten consecutive working days in parallel with the in-house team and met the response times in Schedule 2; the asset register has been reconciled with a physical check of a sample of 150 devices without unexplained differences; endpoint management covers at least 98% of the devices in the asset register; and the procedures listed in Schedule 1 have been documented and approved by the Customer's IT manager.

4.2 The Customer shall confirm acceptance, or list the failed criteria, within five working days after the Provider's notice that Transition is complete. Parallel running does not amount to acceptance.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Performance shall be measured from the Provider's ticketing system, to which the Customer has read access, and reported monthly.

5.2 If a service level is missed in a month, the Customer shall receive the service credit set out in Schedule 2, deducted from the next invoice. Service credits are capped at 10% of the monthly charge for the month concerned and do not limit the Customer's other rights.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The monthly charge is fixed for the Term.

6.2 The Provider shall invoice the monthly charge at the end of each month, and the Transition fee after Transition acceptance. The Customer shall pay each undisputed invoice within 30 days. No advance payment is due.

6.3 The charges cover all tools, licences for the Provider's own tools, travel and personnel costs of the Provider. Hardware, spare parts and software licences for the Customer's devices are purchased by the Customer.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to provide the Services and for no other purpose, and shall return it to the Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked as confidential or is by its nature confidential, including designs, price lists and customer lists, and shall use it only for the purposes of this Agreement. Each party shall ensure that its employees and subcontractors comply with this clause. This obligation continues for three years after the Term.

## 9. Intellectual Property

9.1 The Provider retains ownership of its own tools and methods.

9.2 Scripts, knowledge articles, runbooks and reports prepared for the Customer under this Agreement belong to the Customer, who may use, modify and license them freely, including for a successor provider.

## 10. Personnel and Subcontracting

10.1 The Provider shall replace any member of its personnel whom the Customer reasonably objects to.

10.2 The Provider may subcontract any part of the Services, including field support and after-hours service desk coverage, by giving the Customer written notice of the subcontractor's name and scope of work at least ten days before the subcontractor starts. The Provider remains responsible for its subcontractors.

## 11. Liability

11.1 The total liability of either party under this Agreement is limited to 150% of the total charges payable over the Term under Schedule 3, except for liability for personal injury, fraud or wilful misconduct, which is not limited.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties at charges agreed at that time.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider misses the same critical service level in three consecutive months.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, including the handover of all documentation to the Customer or a successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

## 13A. Force Majeure

13A.1 Neither party is liable for a delay or failure caused by an event beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to continue the Services, including through its business continuity plan.

## 14. General

14.1 This Agreement and its Schedules are the entire agreement between the parties on their subject matter. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail, portal and WeChat; logging, triage and resolution of incidents and requests | 07:30–21:30, Monday to Saturday |
| Field support | Desk-side support, hardware swaps, new-starter set-up, meeting-room support at all four sites | Working hours |
| Endpoint management | Patch deployment, software distribution, antivirus console monitoring, device inventory | Continuous, with monthly patch cycle |
| Asset management | Asset register upkeep, joiners / movers / leavers, disposal records | Working hours |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |
| Procedures | Standard operating procedures for the above, kept up to date | Continuous |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution target | Credit if missed in a month |
|---|---|---|---|---|
| P1 | A whole site, a production line's scanning stations or the head-office ERP client cannot be used | 30 minutes | 6 hours | 4% of monthly charge |
| P2 | A department or a key user cannot work | 1 hour | 1 business day | 2% of monthly charge |
| P3 | A single user with a workaround | 8 business hours | 3 business days | 1% of monthly charge |
| Requests | Standard service requests | 1 business day | 3 business days | none |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, fixed, after Transition acceptance | 92,000 |
| Monthly charge | 36 months × CNY 58,000 | 2,088,000 |
| Total charges over the Term | | 2,180,000 |
| Exit assistance | Per engineer day, if requested | 2,400 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SWZ-API-2025-36

BETWEEN

(1) Shiselweni Earth Data Ltd, a company incorporated in the Kingdom of Eswatini, whose office is at Hospital Road, Nhlangano, Eswatini ("Provider"); and

(2) Qingdao Haifeng Grain and Oilseed Trading Co., Ltd., a company incorporated in the People's Republic of China, whose office is in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

The Provider operates a platform that delivers satellite-derived crop condition indices, weather observations and forecasts, and harvest progress estimates for southern Africa and South America through an application programming interface (the "API") and bulk file delivery. The Customer buys grain and oilseeds from those regions and wishes to subscribe to the data for two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider during the Subscription Term.

1.2 "Subscription Year" means a period of 365 days starting on the Start Date or an anniversary of it.

1.3 "Start Date" means the date on which the Provider issues the production API credentials to the Customer.

1.4 "Customer Inputs" means field boundaries, sourcing region lists, queries and other information supplied by the Customer to the Provider or submitted through the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API, download the Data and use the Data for its internal business purposes, including trading decisions, risk management and internal reports.

2.2 The Customer may share extracts of the Data with its affiliates and professional advisers, and may publish charts that contain the Data in an aggregated form that does not allow the Data to be reconstructed.

2.3 The Customer shall not resell the Data or provide it to a competitor of the Provider.

3. DELIVERY

3.1 The Provider shall issue the production API credentials and make the initial historical data set available within 20 days after signature of this Agreement.

3.2 The service is delivered on the Start Date. The Data and the API are deemed accepted by the Customer when the production credentials are issued, and the Customer has no separate right of inspection or testing.

3.3 If the Provider fails to issue the credentials and the initial historical data set within the period in 3.1 for reasons attributable to it, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 18,000.

4. SUBSCRIPTION TERM AND RENEWAL

4.1 The initial Subscription Term is two Subscription Years starting on the Start Date.

4.2 At the end of the initial Subscription Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Fees for each renewal term shall be the Provider's list prices in effect at the start of that renewal term, which the Provider may increase at its discretion.

4.3 The Customer may reduce the number of datasets for a renewal term by notice given at the same time as a notice of non-renewal would have to be given; the fee is then adjusted in proportion to the datasets kept.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 318,000 for each Subscription Year, so CNY 636,000 for the initial Subscription Term, inclusive of VAT. Requests above the fair-use limit in Schedule A are charged separately as overage at the rates in Schedule A.

5.2 The Provider shall invoice the fee for each Subscription Year at the start of that Subscription Year. The Customer shall pay within 30 days of receipt of a valid invoice.

6. SERVICE LEVELS

6.1 The Provider shall deliver each daily dataset by 06:00 Beijing time and shall publish updates of the crop condition indices weekly as described in Schedule A.

6.2 The Provider shall respond to a Critical Incident (the API is unavailable, or a daily dataset is missing or corrupt) within one hour of the Customer's report, at any time, and shall restore delivery within eight hours. Other incidents shall be responded to within one business day.

6.3 For each Critical Incident whose response or restoration time is missed, the Provider shall credit the Customer 3% of the monthly-equivalent fee (one twelfth of the annual fee), up to 25% of the monthly-equivalent fee per month.

6.4 The Provider shall give the Customer at least 30 days' notice of any change to the API that is not backwards compatible, and shall keep the previous API version available for at least 90 days after such a change. Planned maintenance shall be announced three days in advance and scheduled outside 08:00 to 20:00 Beijing time.

7. CUSTOMER INPUTS AND SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use them only to deliver the Data and the API to the Customer and shall not use them for any other purpose, in particular not to infer the Customer's sourcing positions for any third party.

7.2 The Provider shall protect Customer Inputs by encryption in transit and at rest, access controls limited to named support staff, and logging of all access. API credentials shall be rotated on request.

7.3 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to Customer Inputs or the Customer's credentials, shall take immediate remedial steps, and shall be liable for the losses caused by any such incident attributable to it.

7.4 At the end of this Agreement, the Provider shall delete the Customer Inputs within 30 days and confirm the deletion in writing, unless the Customer asks for their return in a common file format before that date.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the terms of this Agreement, the Customer's sourcing regions and the Provider's methods, and shall disclose it only to employees and advisers who need to know it. This obligation continues for three years after this Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the Data, the API and its models.

9.2 Analyses, reports and models that the Customer prepares using the Data, and any custom region reports the Provider prepares at the Customer's request, belong to the Customer, who may use, modify and license them freely, subject only to clause 2.3 for the Data contained in them.

10. LIABILITY

10.1 The Provider does not warrant that the Data is complete or that forecasts will be accurate, but shall produce the Data with reasonable skill and care using the methods described in Schedule A.

10.2 The total liability of each party under this Agreement is limited to 150% of the fees for the initial Subscription Term, except for breach of clauses 7 and 8, fraud and wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the delivery of the Data or the operation of the API without the Customer's prior written consent. Approved subcontractors are bound by the same obligations as the Provider.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the part of the fee paid for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding.

13A. FORCE MAJEURE

13A.1 Neither party is liable for a delay or failure caused by an event beyond its reasonable control, such as a satellite outage, natural disaster or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. The Provider shall use alternative data sources where available during such an event.

13B. CUSTOMER OBLIGATIONS

13B.1 The Customer shall keep its API credentials secure, shall use the API in accordance with the technical documentation and the fair-use limits in Schedule A, and shall inform the Provider promptly of any suspected misuse of its credentials.

13B.2 The Customer is responsible for the accuracy of the Customer Inputs and for its own decisions based on the Data.

14. GENERAL

14.1 This Agreement, with Schedule A (Data Description, Fair-Use Limits and Overage Rates), is the entire agreement of the parties. Amendments must be in writing. Notices shall be sent to the addresses above by courier or e-mail.

SCHEDULE A

Datasets: daily crop condition indices by district; daily weather observations and seven-day forecasts; weekly harvest progress estimates; historical archive from 2010. Fair-use limit: 400,000 API requests per Subscription Year. Overage: CNY 0.20 per request above the limit.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# name, lang, category, format, terms (over OK), extra, fee base (TCO), design rules
D = {
 "h713z01": ("h713z01_civilisation_office_volunteer_platform", "zh", "software", "pdf",
             dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                  final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                  contract_kind="goods_or_licence"),
             dict(post_warranty_fee_capped=True, contract_value=1270000), 620000,
             ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "h713z02": ("h713z02_slipper_factory_eva_line_control_retrofit", "zh", "hardware", "docx",
             dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10, final_payment_on_acceptance=True,
                  warranty_months=18, post_warranty_fee_pct=28, termination_for_breach=False,
                  contract_kind="goods_or_licence"),
             dict(post_warranty_fee_capped=True, contract_value=1540000), 1376000,
             ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
 "h713z03": ("h713z03_stationery_chain_pos_membership_saas", "zh", "cloud", "txt",
             dict(p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
                  auto_renewal_price_increase=True),
             dict(contract_value=656000), None, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
 "h713z04": ("h713z04_dental_hospital_it_annual_om_service", "zh", "services", "txt",
             dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
             dict(contract_value=468000), None, []),
 "h713z05": ("h713z05_wicker_works_weaving_tracking_supplier_template", "zh", "software", "md",
             dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                  prepayment_pct=60, final_payment_on_acceptance=True, warranty_months=6,
                  subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
             dict(ld_stated=False, post_warranty_fee_capped=False, contract_value=860000), 380000,
             ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
 "h713e01": ("h713e01_tea_estate_plantation_software_licence_malawi_vendor", "en", "software", "pdf",
             dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                  final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                  governing_law="Malawi", contract_kind="goods_or_licence"),
             dict(post_warranty_fee_capped=True, contract_value=1250000), 840000, ["CR-GOVERNING-LAW"]),
 "h713e02": ("h713e02_learning_saas_order_form_malawi_vendor", "en", "cloud", "md",
             dict(sla_remedy=False, ld_rate_per_day_pct=400 / 566000 * 100, liability_cap_pct=6 / 24 * 100),
             dict(sla_clause=False, contract_value=566000), None,
             ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h713e03": ("h713e03_ceramics_kiln_sensors_monitoring_licence", "en", "hardware", "docx",
             dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                  final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                  contract_kind="goods_or_licence"),
             dict(post_warranty_fee_capped=True, contract_value=960000), 864400, []),
 "h713e04": ("h713e04_garment_group_managed_service_desk_36_months", "en", "services", "md",
             dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=1500 / 2180000 * 100,
                  liability_cap_pct=150, subcontract_without_consent=True),
             dict(contract_value=2180000), None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "h713e05": ("h713e05_grain_trader_crop_weather_data_api_subscription", "en", "cloud", "txt",
             dict(p1_response_hours=1, ld_rate_per_day_pct=600 / 636000 * 100, liability_cap_pct=150,
                  acceptance_clause=False, auto_renewal_price_increase=True),
             dict(acceptance_deemed_on_delivery=True, contract_value=636000), None,
             ["CR-ACCEPTANCE", "CR-AUTO-RENEWAL"]),
}
SRC = {"h713z01": Z01, "h713z02": Z02, "h713z03": Z03, "h713z04": Z04, "h713z05": Z05,
       "h713e01": E01, "h713e02": E02, "h713e03": E03, "h713e04": E04, "h713e05": E05}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    stem, lang, cat, fmt, terms, extra, base, design = D[key]
    t = dict(OK)
    t.update(terms)
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
    if goods:
        x["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    x["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    x["contract_value"] = extra["contract_value"]
    return {"file": stem + "." + fmt, "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in KEYS}, "expected_extra": x}


def tco_share(key):
    lab = label(key)
    t, x, base = lab["expected_terms"], lab["expected_extra"], D[key][6]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x[
            "post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy §3, applied to the label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > 40:
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


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r not in LOW for r in rules) else "low"


PATTERNS = [r"(?<![\d.,])(30|40|15|100)\s*%", r"(?<![\d.,])(30|40|15|100)\s*(percent|percent|per\s*cent)",
            r"(?i)(thirty|forty|fifteen|onehundred|one\s+hundred)\s*(percent|per\s*cent)",
            r"百分之(三十|四十|十五|百|一百)(?![一二三四五六七八九])", r"99\.9",
            r"(?i)(?<![\d.,])4\s*(business\s*|working\s*|clock\s*)?(hours?|hrs?\b|h\b)", r"(?i)four\s*(business\s*)?hours?",
            r"(?<![\d一二三四五六七八九十])(4|四)\s*个?(工作)?小时", r"(?<![\d.,])0\.05(?!\d)", r"万分之五(?![十])",
            r"千分之零点五", r"(?i)(?<![\d.,])12\s*-?\s*months?", r"(?i)twelve\s*(\(12\)\s*)?-?months?",
            r"(?<![\d.,])12\s*个月", r"(?<![一二三四五六七八九十])十二个月", r"(?i)(one|1)\s*-?\s*year\s*warranty",
            r"质保期?(为)?一年"]
MUST_HIT = ["30%", "30 %", "40%", "15 %", "100%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "99.9%",
            "within 4 hours", "4 business hours", "four hours", "4小时", "四小时", "0.05%", "万分之五", "12 months",
            "twelve months", "12-month", "12个月", "十二个月", "thirty percent", "one-year warranty", "质保期一年"]
MUST_MISS = ["130%", "2,130 %", "0.15%", "24 hours", "24小时", "二十四小时", "99.5%", "万分之三", "二十四个月",
             "百分之三十五", "18 months", "0.055", "1,100 users", "2025年12", "35%", "14 days"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text)]


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
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), s
    targets = {k: (D[k][0] + "." + D[k][3], D[k][3]) for k in D if D[k][3] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k in D:
        if D[k][3] in ("txt", "md"):
            (OUT / (D[k][0] + "." + D[k][3])).write_text(SRC[k], encoding="utf-8")
    covered = set()
    problems = []
    for k in D:
        lab = label(k)
        rules = derive(k)
        if rules != sorted(D[k][7]):
            problems.append((k, "derived", rules, "design", sorted(D[k][7])))
        covered |= set(rules)
        lab["expected_rules"] = rules
        t = lab["expected_terms"]
        for f, th in THRESH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append((k, "on threshold", f))
        s = tco_share(k)
        if s is not None and abs(s - 40) < 2:
            problems.append((k, "tco near threshold", s))
        path = OUT / lab["file"]
        text = read_back(path)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, "threshold text", h[:5]))
        n = len(re.sub(r"\s+", "", text)) if lab["language"] == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lab["language"] == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((k, "length", n))
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print(k, lab["language"], n, "tco=%s" % (None if s is None else round(s, 1)), risk(rules), rules)
    missing = sorted({"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY",
                      "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY",
                      "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE",
                      "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION",
                      "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"} - covered)
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
