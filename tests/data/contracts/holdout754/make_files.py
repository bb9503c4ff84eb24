"""holdout754: builds the ten draft contracts from their sources, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:桥梁健康监测平台软件许可及定制开发采购合同
P:合同编号：JTQJ-2025-HG-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市交通运输局桥梁检测中心
P:乙方（供应商）：江苏衡桥智能科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就桥梁健康监测平台软件许可及定制开发项目签订本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供桥梁健康监测平台软件（V5.3）永久使用许可，覆盖全市纳入长期监测的38座桥梁，不限用户数和终端数。
P:1.2 乙方按甲方需求完成定制开发：斜拉索索力、主梁挠度、支座位移、伸缩缝位移及结构温度等测点数据接入；桥梁有限元模型修正接口；分级预警模型与处置流程；面向养护科室的巡检工单模块；与市交通综合执法平台、养护管理系统的数据接口。
P:1.3 乙方负责平台在甲方政务云的部署、历史监测数据迁移、联调、试运行及培训，并配合甲方完成网络安全等级保护测评。
H:第二条 合同价款
P:2.1 合同总价为人民币2,200,000元（大写：贰佰贰拾万元整），含税，其中：平台软件许可费1,260,000元；定制开发费684,000元；部署实施及数据迁移费218,000元；培训费38,000元。
P:2.2 合同总价为固定价格，除甲方书面提出需求变更外不作调整。需求变更的费用按投标文件中的人天单价核定，并经甲方书面确认。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 每次付款前，乙方应开具合法有效的增值税专用发票。因财政资金拨付流程所需的合理时间，不视为甲方逾期付款。
H:第四条 交付期限与交付物
P:4.1 乙方应于合同签订后90日内完成部署及定制开发，并提交初步验收申请；初步验收通过后进入为期60日的试运行。
P:4.2 乙方应提交实施方案、需求规格说明书、接口说明、测试报告、操作手册、运维手册、定制部分源代码及部署文档，并保证交付物与实际运行版本一致。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；38座桥梁测点数据接入完整率不低于98%，数据延迟不超过10秒；预警规则按三个等级逐项测试通过；与两个外部平台的接口联调成功，数据比对无差异。
P:5.2 最终验收标准：试运行期间未发生一级故障；模型修正接口经甲方委托的第三方检测机构测试合格；系统通过网络安全等级保护第三级测评；交付文档齐全并经甲方确认。
P:5.3 甲方在收到乙方验收申请后10个工作日内组织验收，并出具书面验收意见。验收不合格的，乙方应在15日内整改后重新申请验收。平台上线使用、试运行或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、传感器接入调整及远程与现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方按服务年度提供维护服务，年度维护费不超过平台软件许可费的8%（即不超过100,800元），该标准在质保期满后的前三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护须提前三个工作日书面告知并经甲方同意，且应安排在夜间进行。
P:7.2 一级故障（平台中断、数据停止采集或预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内修复；三级问题在下一个版本中解决。
P:7.3 乙方未达到7.1或7.2要求的，可用率每低0.01个百分点扣减1,000元，响应或恢复每超时1小时扣减800元，从应付款项或维护费中扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、预警模型、接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用及再许可，无需另行付费。
P:8.3 乙方保证所交付软件不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。
H:第九条 数据安全
P:9.1 监测数据、桥梁结构资料及平台产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实等级保护要求，仅可通过甲方堡垒机进行远程运维，不得私自留存、复制或向境外传输数据；发现数据泄露、篡改或丢失的，应在2小时内报告甲方并立即采取补救措施。
P:9.3 因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的损失及被监管部门处罚的费用。
H:第十条 保密
P:10.1 乙方对履约中知悉的桥梁结构参数、安全隐患信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付内容不符合约定的，应在甲方指定期限内免费整改，整改期间不免除其逾期责任。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日、交付成果两次验收不合格，或发生重大数据安全事件的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同，并应及时通知对方。
P:13.3 合同解除后，乙方应在15日内向甲方移交已完成的定制成果、源代码、文档及全部数据，并配合甲方完成平台交接。
H:第十四条 人员与培训
P:14.1 乙方应指派具有桥梁监测项目经验的项目经理，项目经理在实施期内不得随意更换；确需更换的，应提前10日书面告知甲方并经甲方同意。
P:14.2 乙方应对甲方养护科室、监测中心值班人员及系统管理员分别组织培训，培训内容包括平台操作、预警处置、日常巡检和基础运维，培训结束后组织考核，确保参训人员能够独立使用平台。
P:14.3 乙方进入甲方办公场所及桥梁现场作业的人员，应遵守甲方安全管理制度和交通安全规定，桥上作业须设置安全防护并事先报甲方批准。因乙方人员违规作业造成的人身伤害或财产损失由乙方承担。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________    乙方（盖章）：________
P:签订日期：2025年  月  日
"""

Z02 = """T:注塑及印刷生产线控制系统改造合同
P:合同编号：HQ-SB-2025-031
P:甲方：浙江华庆塑料制品有限公司（脸盆厂）
P:乙方：宁波恒控自动化工程有限公司
P:甲方为提升塑料脸盆注塑成型及图案印刷工序的自动化水平，委托乙方对一号、二号生产线进行控制系统改造，并提供质保期满后的维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责8台注塑机的控制器改造、6台移印及热转印设备的控制模块更换、4套印刷图案视觉检测单元的安装，以及产线数据采集软件的部署。
P:1.2 乙方负责新旧控制系统切换方案的编制与实施，切换期间应保证每条生产线停机时间不超过72小时，并按甲方生产计划安排施工。
P:1.3 乙方负责操作工、设备维修工及工艺人员的培训，培训不少于三期，每期不少于两天。
H:第二条 合同价格
P:2.1 合同总价为人民币1,292,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|注塑机控制器改造套件|8套|48,000|384,000
TB:2|移印/热转印控制模块|6套|36,500|219,000
TB:3|印刷图案视觉检测单元|4套|58,000|232,000
TB:4|产线数据采集软件许可|1套|196,000|196,000
TB:5|工控交换机及协议网关|1批|87,000|87,000
TB:|设备及软件小计|||1,118,000
TB:6|安装调试及切换|1项|148,000|148,000
TB:7|培训|1项|26,000|26,000
TB:|合计|||1,292,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条生产线通过最终验收后，甲方支付合同总价的45%。
H:第四条 交货与施工
P:4.1 乙方应在合同签订后45日内将设备运至甲方厂区，并在到货后30日内完成安装调试。
P:4.2 乙方施工人员应遵守甲方的安全生产制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应在施工前与甲方设备科共同确认每台设备的改造窗口期，改造完成一台、试产一台，确认正常后再改造下一台，不得同时拆除同一生产线两台以上设备的原有控制系统。
P:4.4 乙方提供的设备应为全新、未使用过的合格产品，并随货提供合格证、检验报告及软件授权证明。
H:第五条 验收
P:5.1 验收标准：注塑周期较改造前缩短不少于8%；视觉检测对图案偏移、缺色、拉丝缺陷的漏检率不高于0.5%；数据采集软件能实时采集温度、压力、周期及产量数据，刷新间隔不超过5秒；两条生产线连续试生产15日未出现因控制系统导致的停机。
P:5.2 乙方提交验收申请后，甲方在7个工作日内组织验收并签署验收报告。设备投入试生产不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改，整改后重新验收；第二次验收仍不合格的，甲方有权退货。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 质保期满后，甲方可委托乙方提供维保服务，年度维保费不超过设备及软件小计的7%（即不超过78,260元），质保期满后三个年度内不上调。
P:6.3 乙方应保证主要备件在质保期满后继续供应不少于六个年度，备件价格不高于乙方同期向其他客户供货的价格。乙方应在甲方厂区存放一套注塑机控制器和一套视觉检测相机作为应急备件。
H:第七条 服务水平
P:7.1 数据采集软件及视觉检测系统的月度可用率不低于99.5%。
P:7.2 一级故障（整线停机或控制失灵）乙方应在1小时内响应，3小时内到场；二级故障（单机异常）8小时内到场处理。
P:7.3 可用率每低于约定值0.1个百分点，乙方向甲方支付1,500元；到场每超时1小时，乙方支付500元。
H:第八条 知识产权
P:8.1 乙方原有软件产品的知识产权归乙方所有，甲方获得永久使用许可。
P:8.2 乙方为甲方编制的控制程序、配方参数模板、接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:第九条 数据安全
P:9.1 生产数据、工艺参数及配方数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的通道进行，操作全程留痕；乙方不得拷贝生产数据。
P:9.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成损失的，由乙方赔偿。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术秘密和经营信息负有保密义务，保密期限至相关信息公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十二条 分包
P:12.1 乙方如需将设备吊装或线缆敷设分包，须事先取得甲方书面同意，并对分包方的工作负责。
H:第十三条 解除
P:13.1 乙方逾期超过30日，或验收两次不合格，或有其他根本违约行为且经甲方书面催告后10日内未纠正的，甲方有权解除合同。
P:13.2 合同解除后，乙方应在15日内拆除甲方退回的设备，退还甲方已付的相应款项，并恢复甲方原有控制系统至可运行状态；因此产生的费用由乙方承担。
H:第十四条 安全生产与现场管理
P:14.1 乙方进场前应向甲方提交施工方案、安全技术措施及人员名单，特种作业人员须持证上岗。乙方应为进场人员购买意外伤害保险。
P:14.2 改造期间，乙方应做好已拆除旧控制柜、线缆及包装物的分类清理，不得占用消防通道，不得在注塑车间原料区吸烟或使用明火。
P:14.3 乙方施工造成甲方模具、设备或产品损坏的，应照价赔偿；造成停产的，还应赔偿甲方由此产生的直接损失。
H:第十五条 技术资料
P:15.1 乙方应在验收前向甲方移交电气原理图、接线图、PLC程序备份、人机界面画面文件、视觉检测模板、数据采集软件安装包及操作维护手册，纸质版两套、电子版一套。
P:15.2 乙方对控制程序的后续修改，应同步更新技术资料并书面告知甲方。
P:15.3 乙方应为甲方建立改造设备档案，记录每台注塑机和印刷设备的控制器型号、软件版本、参数备份日期及维修记录，并在质保期内每季度更新一次。
P:15.4 乙方应在质保期内每半年对两条生产线进行一次预防性巡检，检查控制柜散热、接线端子紧固、传感器标定及视觉检测光源衰减情况，巡检结束后提交书面报告并提出整改建议。
H:第十六条 不可抗力
P:16.1 因地震、台风、洪水等不可抗力致使合同不能按期履行的，受影响一方应在5日内通知对方，并在15日内提供有关证明，履行期限相应顺延。
H:第十七条 法律适用及争议解决
P:17.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十八条 其他
P:18.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z03 = """量贩式KTV连锁门店预订及会员管理系统服务合同

合同编号：XL-KTV-2025-SaaS-08
甲方：广州星乐汇娱乐管理有限公司（以下简称"甲方"）
乙方：深圳云歌互联网科技有限公司（以下简称"乙方"）

甲方经营量贩式KTV连锁门店45家。为统一包厢预订、排队叫号、酒水点单及会员储值管理，甲方订购乙方的"云歌门店通"SaaS服务，并委托乙方完成系统实施。双方签订本合同如下。

一、服务内容
（一）订阅服务：乙方向甲方45家门店开通包厢预订、线上排队、扫码点单、会员储值与积分、营销券及经营报表功能，每家门店不限前台及收银账号。
（二）实施服务：
1. 梳理各门店包厢类型、时段价格及酒水商品资料，完成系统初始化；
2. 迁移甲方现有会员系统中约38万名会员的档案、储值余额和积分；
3. 对接甲方公众号、小程序、收银POS及财务系统；
4. 按甲方需求配置会员等级、积分规则及专属报表；
5. 对门店店长、前台及收银人员进行分批培训，并提供操作手册、短视频教程及常见问题解答；
6. 新开门店在服务期内按本合同约定的单价增加订阅，乙方应在甲方通知后10日内完成开通和培训。

二、服务期限
（一）实施期自合同签订之日起60日。
（二）订阅服务期为两个服务年度，自全部门店上线验收合格之日起计算，自上线验收合格之日起至次年对应日的前一日为第一个服务年度，依此类推。
（三）订阅服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方以书面通知告知甲方即可。

三、费用及支付
（一）合同总价为人民币798,000元，其中：
1. 实施费186,000元（一次性）；
2. 订阅费每家门店每个服务年度6,800元，45家门店每个服务年度306,000元，两个服务年度合计612,000元。
（二）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（四）乙方应在收款前开具增值税专用发票。

四、上线验收
（一）验收标准：
1. 45家门店的预订、点单、储值、积分功能全部可用；
2. 会员档案、储值余额和积分迁移后与原系统逐户核对一致；
3. 高峰时段（每日20:00至次日1:00）单店并发下单响应时间不超过2秒；
4. 与收银POS、财务系统对账连续10日无差异。
（二）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。门店试营业使用不视为验收合格。
（三）验收不合格的，乙方应在10日内完成整改并重新提交验收申请，整改期间产生的费用由乙方承担；因整改导致上线延误的，按第十条第（一）项承担违约责任。

五、服务水平
（一）系统月度可用率不低于99.95%。
（二）一级故障（多家门店无法预订或收银）乙方15分钟内响应，1小时内恢复；二级故障1小时内响应，8小时内解决。
（三）未达到上述标准的，按下列方式抵扣当期订阅费：可用率每低0.02个百分点抵扣当月订阅费的2%；一级故障恢复每超时1小时抵扣500元。
（四）乙方提供7×24小时客服热线，并为甲方指定专属客户成功经理，每月提交服务报告，内容包括系统可用率、故障清单、处理时长及改进措施。
（五）乙方每季度与甲方召开一次服务回顾会议，评估各门店使用情况，针对高峰时段排队、预订爽约及储值退款等问题提出优化建议。
（六）周末及法定节假日为甲方营业高峰，乙方不得在上述期间进行计划内维护或版本发布；确需紧急修复的，应提前告知甲方总部值班人员。

六、知识产权
（一）"云歌门店通"平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方配置开发的会员等级及积分规则、专属报表、接口程序及相关文档，知识产权归甲方所有，甲方可自行修改或委托第三方使用。

七、数据
（一）甲方会员信息、消费记录、储值数据等业务数据归甲方所有。
（二）乙方应采取加密存储、访问控制和操作日志等措施保护数据安全，数据存储于中国境内，发生数据泄露应在2小时内通知甲方，因乙方原因导致数据安全事件的，乙方承担赔偿责任。
（三）乙方可在服务期内及服务期满后，将甲方的消费、点歌及包厢使用数据经脱敏处理后用于行业分析、曲库推荐模型训练及产品改进。
（四）服务终止后30日内，乙方应向甲方完整移交业务数据，并在甲方确认后删除其系统中的甲方数据。

八、保密
双方对履约中获知的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

九、分包与第三方服务
乙方可将短信发送、支付通道接入及部分门店现场实施工作交由第三方完成，但应提前书面通知甲方，并对第三方的工作负责。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。
（四）因乙方系统故障导致门店收银或储值错误的，乙方应协助甲方核对并更正数据，承担由此产生的会员补偿费用。
（五）乙方违反第七条第（二）项导致会员信息泄露的，除赔偿损失外，还应配合甲方向监管部门报告并通知受影响会员。

十一、合同解除
（一）一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同。
（二）乙方系统连续两个月可用率未达标的，甲方有权解除合同，乙方退还未使用期间的订阅费。

（三）合同终止或解除后，乙方应按第七条第（四）项移交数据，并在过渡期内维持系统只读访问30日，便于甲方核对会员余额。

十二、双方的其他权利义务
（一）甲方应指定总部项目负责人及各门店联络人，及时提供门店资料、商品资料和会员数据，并组织门店人员参加培训。
（二）乙方应指定项目经理负责实施，实施期内每周提交进度报告；门店上线应安排在非营业时段或营业低峰时段进行，避免影响门店正常营业。
（三）乙方平台进行版本升级或功能调整的，应提前7日通知甲方；涉及收银、储值等核心功能变化的，应先在测试门店验证，经甲方确认后方可全面推送。
（四）乙方应保证会员储值资金相关功能符合国家关于单用途商业预付卡管理的规定，储值余额、消费明细可随时查询，报表数据与收银数据一致。
（五）乙方提供的短信模板、营销活动页面应符合广告及个人信息保护相关规定，未经甲方同意不得向甲方会员推送任何乙方或第三方的广告。

十三、不可抗力
因自然灾害、电信运营商大范围网络故障或政府行为等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核；不可抗力持续超过30日的，双方可协商解除合同。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交广州仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """市社会福利中心敬老院入住与护理管理系统运维服务合同

合同编号：MZ-JLY-YW-2025-06
甲方：某市民政局社会福利中心（敬老院）
乙方：湖南康泰信息技术有限公司

鉴于甲方敬老院"入住与护理管理系统"（包括入住评估、床位管理、护理计划、用药记录、家属探视预约、费用结算及护理人员排班等模块）已于2023年建成并投入使用，现甲方委托乙方提供2025年度运维服务。依据政府采购相关规定及采购文件，双方订立本合同。

第一部分  服务内容与期限

1. 服务期限：自2025年1月1日起至2025年12月31日止。服务期满本合同终止，甲方如需继续采购，另行组织采购程序。

2. 服务范围：
2.1 应用系统运维：日常巡检、故障处理、数据备份与恢复测试、系统参数调整、用户及权限管理；
2.2 基础环境运维：应用服务器、数据库服务器、护理站终端、床旁呼叫设备接口及院内网络的监控与维护；
2.3 小型功能优化：每个季度不超过20人天的报表调整、护理评估量表更新及政策调整引起的结算规则修改；
2.4 驻场服务：乙方派1名工程师工作日驻场（8:30—17:30），节假日安排电话值守；
2.5 培训：新入职护理人员上岗前系统操作培训，全年不少于四次。

2.6 安全加固：按季度对服务器操作系统、数据库及中间件进行漏洞扫描和补丁更新，更新前应评估对业务的影响并报甲方同意；
2.7 配合工作：配合甲方完成民政部门检查、养老机构等级评定中涉及信息系统的资料准备，配合医保结算及长期护理保险接口的调整与测试。

3. 服务交付物：月度运维报告、季度巡检报告、备份恢复测试记录、变更记录、年度运维总结及系统配置文档。

第二部分  服务费用与支付

4. 本合同年度运维服务费为人民币396,000元（含税），包含人员、工具、差旅及备品备件费用。

5. 服务费按季度支付：每个季度结束后，经甲方对该季度服务考核合格，甲方在15个工作日内支付99,000元。考核扣款从当季服务费中扣除。

6. 乙方应在每次付款前开具合法有效的发票。因财政资金拨付流程所需的合理时间导致付款延后的，不视为甲方违约，乙方不得因此暂停或降低服务。

第三部分  服务水平与考核

7. 故障分级及响应：
7.1 紧急故障：系统整体不可用、护理记录无法录入或费用结算中断。乙方应在8小时内响应，并在响应后24小时内恢复；
7.2 一般故障：个别模块异常或单个终端故障。乙方应在1个工作日内响应，3个工作日内处理完毕；
7.3 咨询及小需求：2个工作日内答复。

8. 日常要求：每日开院前完成系统巡检并记录，重点检查护理站终端、床旁呼叫接口和用药提醒服务的运行状态；每周完成一次全量备份，每日增量备份；每个季度进行一次备份恢复演练。

9. 季度考核：甲方按《运维服务考核表》对响应及时率、故障处理时效、巡检记录完整性、备份恢复演练结果及用户满意度进行评分。考核得分低于85分的，每低1分扣减当季服务费1,000元；紧急故障恢复每超时1小时扣减500元。

10. 年度验收：服务期满后，甲方依据以下标准组织年度验收：全年各季度考核均达到80分以上；交付物齐全；备份数据经恢复测试完整可用；系统运行文档更新至最新版本。

第四部分  双方权利义务

11. 甲方负责提供必要的工作场所、网络接入及系统管理员配合，及时确认变更申请，并向乙方提供原系统建设单位移交的技术文档、账号清单和历史运维记录。甲方对护理人员的系统使用行为进行日常管理，发现异常操作应及时通知乙方排查。

11.1 乙方应建立运维台账，如实记录每次巡检、故障处理、变更和备份情况，台账随月度报告一并提交甲方。甲方可随时查阅乙方的运维工具日志和工单记录。

12. 乙方应遵守甲方的院内管理规定，进入护理区域须经甲方同意，不得影响老人休息与护理工作。乙方人员在院内不得吸烟、大声喧哗，更换床旁呼叫设备等需进入老人房间的作业，应由护理人员陪同并尽量安排在白天进行。

13. 乙方更换驻场工程师须提前10日书面告知甲方，并做好工作交接。

13.1 乙方应按月向甲方提交运维报告，内容包括系统运行情况、故障统计与分析、巡检发现的问题、备份情况、变更记录及下月工作计划。甲方对报告有异议的，乙方应在3个工作日内作出说明。

13.2 乙方发现系统存在可能影响老人护理安全的隐患，如用药提醒失效、呼叫信息延迟等，应立即报告甲方并优先处理，不得以不属于运维范围为由拖延。

第五部分  知识产权、数据安全与保密

14. 乙方在运维过程中形成的脚本、报表、配置文档及优化代码，其知识产权归甲方所有。

15. 系统中的入住老人信息、健康评估、护理记录、用药及费用数据均归甲方所有，乙方仅可为履行本合同使用。乙方应遵守《个人信息保护法》《数据安全法》，落实访问控制、操作审计和最小权限要求，不得私自导出、复制数据；发生数据泄露、丢失的，应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

16. 乙方及其工作人员对在服务过程中知悉的老人个人信息、健康状况、家属信息及甲方内部资料负有保密义务，不得向任何第三方披露，保密义务在本合同终止后继续有效。

第六部分  违约责任

17. 乙方未按约定完成月度巡检、备份恢复演练或交付物的，每逾期一日按年度运维服务费的千分之二支付违约金。

18. 乙方服务未达到约定标准的，甲方有权要求乙方限期整改，并按第9条扣减服务费。甲方不因乙方违约而解除本合同，乙方应继续履行至服务期满。

19. 甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第七部分  其他

20. 变更管理：系统参数调整、功能优化及版本发布前，乙方应提交变更申请，说明变更内容、影响范围、回退方案和实施时间，经甲方信息管理员书面确认后实施；涉及护理记录、用药记录和费用结算的变更，应先在测试环境验证并保留变更前备份。

21. 应急保障：乙方应制定系统故障应急预案，包括服务器宕机、数据库损坏、网络中断及护理站终端批量故障等情形，并每半年配合甲方开展一次应急演练。系统中断期间，乙方应协助护理人员启用纸质记录，并在系统恢复后协助补录。

22. 人员要求：乙方驻场工程师应具有两年以上医疗或养老信息系统运维经验，熟悉数据库管理和网络维护；乙方应对其进行院内服务礼仪和老年人照护环境的安全培训。驻场工程师请假超过2日的，乙方应安排同等能力人员替岗。

23. 服务交接：服务期满或合同终止时，乙方应向甲方或甲方指定的新服务商移交全部系统账号、配置文档、运维记录和未结工单，并提供不少于15日的交接配合。

24. 乙方不得将本合同项下服务转包或分包。

25. 本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。

26. 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理。

27. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
代表签字：                    代表签字：
日期：                        日期：
"""

Z05 = """# 铸造抛光生产追踪管理软件许可及开发合同

**乙方标准合同文本 匠云MES-HT-2024版**

合同编号：JY-MES-2025-0419

甲方（买方）：福建德化祥瑞香炉工艺品厂

乙方（卖方）：厦门匠云工业软件有限公司

甲方为实现铜香炉、合金香炉从熔炼、浇注、打磨、抛光到着色包装全过程的批次追踪，向乙方采购"匠云铸造MES"软件许可并委托乙方进行定制开发。双方在平等自愿的基础上，签订本合同。本合同为乙方标准文本，未尽事宜以乙方公布的服务规则为准。

## 第一条 合同标的

1.1 乙方向甲方提供"匠云铸造MES"软件V3.0永久使用许可，包括工单管理、批次追踪、工序报工、质检、仓储及看板模块，许可点数为60个并发用户。

1.2 乙方根据甲方确认的需求说明书进行定制开发，内容包括：熔炼炉次与浇注批次关联、失蜡铸造模具寿命管理、打磨抛光工序计件工资核算、成品一物一码追溯标签打印、与甲方金蝶财务系统的接口。

1.3 乙方负责软件安装部署、基础数据初始化、试运行指导及操作培训。服务器、数据库、条码打印机及车间终端由甲方自行采购，乙方提供配置建议。

## 第二条 合同价款

2.1 本合同总价为人民币1,196,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠云铸造MES软件许可（60并发） | 720,000 |
| 2 | 定制开发 | 380,000 |
| 3 | 实施部署及培训 | 96,000 |
| | 合计 | 1,196,000 |

2.2 甲方在合同签订后提出的需求变更，乙方按每人天2,200元另行收费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即777,400元。乙方收到该款项后开始实施。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即418,600元。

3.3 甲方未按期付款的，乙方有权暂停实施及服务，由此造成的工期延误由甲方承担。

## 第四条 实施与交付

4.1 乙方在收到首付款后120日内完成软件部署和定制开发，并安排上线。

4.2 乙方交付软件安装程序、用户手册及培训材料。定制开发部分以可执行程序形式交付，源代码不在交付范围之内。

4.3 乙方实施人员原则上以远程方式开展工作，需要到甲方厂区现场实施的，每次现场服务不超过5个工作日，超出部分的差旅费用由甲方承担。

4.4 因甲方未及时提供基础数据、场地或人员配合导致延误的，交付期限相应顺延。

## 第五条 上线与验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，乙方在质保期内按第七条处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 匠云铸造MES软件及其所有版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序、报表模板及相关文档，知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或交由第三方维护。乙方有权将定制开发成果纳入标准产品向其他客户提供。

## 第七条 质保与维护

7.1 免费质保期为六个月，自软件上线之日起计算。质保期内乙方提供远程技术支持和缺陷修复。

7.2 质保期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即每年201,600元，每年初预付。甲方未续购维护服务的，乙方不再提供升级和技术支持。

7.3 维护服务内容包括远程技术支持、缺陷修复及版本升级，现场服务另按人天收费。

7.4 质保期及维护期内，因甲方自行修改系统配置、更换服务器或操作系统、感染病毒、断电或人为操作失误造成的故障，不属于乙方的免费维护范围，乙方处理时按人天另行收费。

7.5 乙方发布的新版本中与定制开发功能不兼容的部分，乙方不承担适配义务，甲方需要适配的，另行签订开发合同。

## 第八条 技术支持

8.1 乙方提供工作日9:00至18:00的电话及远程支持。

8.2 甲方报告的一级故障（系统无法登录或生产报工中断），乙方在24小时内响应，并尽力尽快恢复；其他问题在3个工作日内响应。

8.3 乙方对故障处理时间不作承诺，不因故障处理延迟承担扣款、赔偿或违约金责任。

## 第九条 数据安全

9.1 甲方在系统中录入的生产、工艺、质检及员工计件数据归甲方所有，乙方不得将其用于本合同以外的用途。

9.2 乙方远程维护时应使用甲方分配的账号并由甲方人员陪同操作，不得下载或拷贝甲方数据；乙方应对其远程接入终端采取病毒防护和访问控制措施。因乙方原因导致甲方数据泄露或损毁的，乙方应在发现后24小时内通知甲方，并承担相应的赔偿责任。

9.3 甲方应自行负责服务器、网络、数据库及操作系统的采购与维护，并定期备份系统数据。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中获知的对方技术资料、工艺配方、客户名单及商务信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限自合同签订之日起三年。

## 第十一条 违约责任

11.1 乙方未按第4.1条期限上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

11.3 任何一方不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方根本违约，经对方书面通知后30日内仍未纠正的，守约方有权解除合同，违约方应赔偿守约方损失。

12.2 合同解除后，甲方已支付的软件许可费不予退还，已完成的定制开发费用按乙方实际投入的人天计算，甲方应予结清。

12.3 甲方单方面取消项目的，已支付款项不予退还。

## 第十三条 双方义务

13.1 甲方应指定项目联系人，负责需求确认、基础数据整理及上线组织工作，并保证车间网络、服务器及打印设备满足乙方提出的运行环境要求。

13.2 甲方应按乙方提供的模板整理物料、模具、工序及人员基础数据，并对数据的准确性负责。因基础数据错误导致追踪结果不准确的，乙方不承担责任。

13.3 乙方应按需求说明书完成开发，并对甲方车间班组长、质检员和仓管员进行操作培训，培训不少于两次。培训以外的额外现场服务，按乙方服务规则收费。

13.4 软件许可不得转让，甲方如需增加并发用户数或新增厂区，应另行向乙方购买许可，价格以乙方届时报价为准。

## 第十四条 不可抗力

14.1 因地震、台风、疫情、政府行为等不可抗力导致不能履行合同的，受影响方不承担责任，但应在10日内通知对方并提供证明。

## 第十五条 法律适用和争议解决

15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

16.2 本合同附件《需求说明书》《乙方服务规则》与本合同具有同等效力。

甲方（盖章）：________  乙方（盖章）：________

签约日期：2025年  月  日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KGT-2025-SL-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Kunming Gaoyuan Coffee Trading Co., Ltd., a company established in the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer"), and Hauts-Plateaux Agritech SARL, a company established in the Republic of Cameroon with its registered office in Bafoussam, West Region (the "Supplier").
P:The Buyer imports and blends green coffee from several origins and operates two bonded warehouses in Kunming and Pu'er. The Supplier publishes LotTrace, a software product for sampling, cupping, grading and lot traceability of green coffee and cocoa. The Buyer wishes to acquire a perpetual licence of LotTrace, together with configuration, interfaces, data migration and training, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means LotTrace version 6, including its grading, cupping, warehouse, lot genealogy and reporting modules, and all updates supplied during the Warranty Period.
P:1.2 "Custom Deliverables" means the configurations, grading templates, report layouts, interface programs and scripts produced by the Supplier specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the course of the Buyer's business, including supplier lists, lot records, cupping scores, prices and personal information of the Buyer's staff and counterparties.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers in mainland China for up to 80 named users and for the internal business of the Buyer and its affiliates.
P:2.2 The Supplier shall configure the Software for the Buyer's grading standards, build interfaces with the Buyer's ERP system and its warehouse weighing scales, migrate lot records from the Buyer's existing spreadsheets and database, and train the Buyer's quality and warehouse teams.
P:2.3 The Supplier shall deliver the services in accordance with the implementation plan attached as Annex 2. Any change in scope shall be agreed in writing before the work is carried out.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,274,000, inclusive of all taxes payable in China, consisting of: Software licence fee CNY 860,000; configuration and interfaces CNY 312,000; data migration CNY 74,000; and training CNY 28,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Supplier's personnel are included in it.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 business days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 business days after the Software has been installed and the interfaces have passed the integration test described in Annex 2.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Supplier in writing. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and data migration within 100 days after signature of this Agreement.
P:5.2 The acceptance criteria are: all functions listed in Annex 1 operate as specified; migrated lot records reconcile with the source records without discrepancy; the ERP and scale interfaces transfer data correctly over 20 consecutive business days; and grading reports are produced within three seconds for a query covering one crop year.
P:5.3 The Buyer shall carry out the acceptance tests within ten business days after the Supplier's written notice of readiness and shall either issue a Final Acceptance certificate or list the defects found. The Supplier shall remedy listed defects and request a new test. Installation, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide updates and support free of charge.
P:6.2 During the Warranty Period the Supplier shall respond to a Severity 1 incident (the Software is unavailable or lot records cannot be created) within one hour, and to a Severity 2 incident within eight business hours, by remote access approved by the Buyer.
P:6.3 For each hour by which the Supplier exceeds a response time in Article 6.2, the Supplier shall pay the Buyer a service credit of CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support from the Supplier at 9% of the Software licence fee, that is CNY 77,400 per year. This fee is fixed for the first three support years and thereafter may only change by written agreement. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 The Custom Deliverables belong to the Buyer upon creation. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Supplier shall defend the Buyer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is hosted on the Buyer's servers in China. The Supplier may access them only through the Buyer's bastion host on a session approved in advance, and shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when it handles Buyer Data, shall notify the Buyer of any security incident affecting Buyer Data within 12 hours after becoming aware of it, and shall be liable for losses caused by such an incident where the Supplier is at fault.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, blends, supplier lists and technical documentation, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to meet the date in Article 5.1 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains responsible for the work of any subcontractor so approved.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. On such termination the Supplier shall refund the amounts received for services not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Cameroon.
P:14.2 The parties shall first try to settle any dispute through good-faith negotiation between senior representatives. A dispute not settled within 30 days shall be finally resolved by arbitration under the Uniform Act on Arbitration of OHADA before the Common Court of Justice and Arbitration, with the seat of arbitration in Abidjan. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan and Test Plan), is the entire agreement of the parties on its subject matter.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated on the signature page.
P:15.3 This Agreement is signed in two originals in English, one for each party, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# Order Form and General Terms: FieldPilot Service Management Subscription

Order Form No. SF-2025-0387

## Part A - Order Form

### A1. Parties

**Provider:** Sahel Fieldware SARL, a company established in the Republic of Cameroon, with its registered office at Quartier Domayo, Maroua, Far North Region, Cameroon.

**Customer:** Tianjin Hengsheng Elevator Maintenance Co., Ltd., a company established in the People's Republic of China, with its registered office in the Hexi District, Tianjin.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Provider will provide FieldPilot, its hosted field-service management application, for Customer's elevator and escalator maintenance operations. The subscription covers work-order dispatch, route planning, mobile job sheets for technicians, spare-parts tracking, customer sign-off on mobile devices, and the management dashboard. It includes 180 technician licences and 25 back-office licences, the standard integration toolkit, and hosting in Provider's mainland China cloud region operated by a licensed local hosting partner.

Onboarding services comprise: configuration of Customer's service regions, contract types and maintenance intervals; import of roughly 9,600 installed units and their maintenance histories; integration with Customer's ERP for spare-parts stock and invoicing; and train-the-trainer sessions for dispatchers and team leaders.

### A3. Subscription Term

The Subscription Term is 36 months from the Go-Live Date. The "Go-Live Date" is the date on which Customer signs the go-live certificate under A5. The agreement ends at the end of the Subscription Term unless the parties sign a renewal order. Any renewal order shall be at the same fees as in A4 unless the parties agree otherwise in writing.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 205 licences, annual | 228,000 |
| Subscription, Subscription Year 2 | 205 licences, annual | 228,000 |
| Subscription, Subscription Year 3 | 205 licences, annual | 228,000 |
| Onboarding services | fixed price, one-time | 46,000 |
| **Total Contract Value** | | **730,000** |

Additional licences ordered during the term are charged pro rata at the same unit price. All amounts include applicable Chinese VAT.

### A5. Invoicing, Payment and Go-Live

1. The onboarding fee is invoiced on the Go-Live Date and payable within 30 days of the invoice.
2. Each Subscription Year's fee is invoiced on the first day of that Subscription Year and payable within 30 days of the invoice. No amount is invoiced before the Go-Live Date.
3. Go-live test: before the Go-Live Date, Customer will test FieldPilot with Provider. Go-live is reached when (a) all 9,600 units and their open work orders are imported and reconciled against Customer's export; (b) dispatch, route planning and mobile sign-off work for a pilot of three service regions over ten business days; (c) spare-parts movements and invoices flow to the ERP without error for ten business days; and (d) Customer's administrators have been trained. Customer will sign the go-live certificate within five business days after these criteria are met, or list the failures. Use of FieldPilot during the pilot is not acceptance.
4. Provider's target go-live is 75 days after signature of this Order Form. Provider will use reasonable efforts to meet it and will keep Customer informed of progress each week.

### A6. Contacts and Signature

Provider account manager: Mr Oumarou Bello, o.bello@sahelfieldware.example. Customer project owner: Ms Zhao Lin, Operations Department.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to FieldPilot by or for Customer, including unit records, work orders, technician locations, photographs, signatures and personal information of Customer's staff and end customers.

1.2 "Customer Configurations" means the configurations, workflows, form templates, reports and ERP integration scripts prepared by Provider specifically for Customer.

1.3 "Subscription Year" means each of the three consecutive annual periods of the Subscription Term, the first starting on the Go-Live Date.

### 2. Service Levels

2.1 Provider will make FieldPilot available 99.95% of each calendar month, measured at Provider's internet gateway and excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Provider will respond to support tickets as follows: Severity 1 (FieldPilot unavailable, or dispatch or mobile job sheets unusable for all users): 30 minutes, around the clock, with continuous work until service is restored; Severity 2 (a major function impaired): two hours during business hours; Severity 3 (other issues): one business day.

2.3 If availability falls below the level in 2.1 in a month, Provider will credit 5% of the monthly equivalent of the annual subscription fee for each 0.1 percentage point or part of it below that level, up to half of that monthly equivalent. If a Severity 1 response is late, Provider will credit CNY 500 per hour of delay. Credits are applied to the next invoice or, at the end of the term, paid to Customer.

### 3. Customer Data and Security

3.1 Customer owns all Customer Data. Provider will process Customer Data only to provide the service to Customer and for no other purpose, and will not sell, share or analyse it for its own benefit.

3.2 Customer Data is stored and processed only in Provider's mainland China cloud region. Provider maintains an ISO/IEC 27001 certified information security management system, encrypts Customer Data in transit and at rest, restricts access to named personnel on a need-to-know basis with multi-factor authentication, and keeps access logs for at least six months.

3.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours after discovery, will take immediate containment measures, and is responsible for losses Customer suffers as a result of an incident caused by Provider's breach of this Section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in a documented export format and then delete it, and will confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in FieldPilot and its standard features.

4.2 Customer Configurations belong to Customer. Customer may use, modify and license them freely, and Provider will hand them over in editable form at the end of the term.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purposes of this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the end of this Agreement.

### 6. Subcontracting

Provider may not subcontract the service, or any part of it, to anyone other than the hosting partner named in A2 without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 7. Term and Termination

7.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

7.2 Customer may also terminate if availability falls below the level in Section 2.1 in three consecutive months. On termination by Customer under this Section 7, Provider will refund any prepaid fees for the period after termination.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit or business.

8.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Sections 3 and 5 or to liability that cannot be limited by law.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the contacts in A6.

10.2 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

10.3 Customer's purchase orders are issued for its internal administration only; their printed terms do not apply to the subscription, and this Agreement prevails.

10.4 Provider will keep FieldPilot compatible with the mobile operating system versions used by Customer's technicians, and will give Customer at least 90 days' notice before ending support for any version, so that Customer can plan device replacements.

10.5 Force majeure: neither party is liable for delay or failure caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.
"""

E03 = """T:Supply and Licence Agreement for Cold-Chain Monitoring Sensors and Software
P:Contract No. RXP-CC-2025-022
P:This Agreement is made on the Buyer's standard terms between Chengdu Ruixin Pharmaceutical Distribution Co., Ltd., with its registered office in Chengdu, Sichuan Province, People's Republic of China (the "Buyer"), and Adamaoua Sensing Technologies SARL, with its registered office in Ngaoundere, Adamawa Region, Republic of Cameroon (the "Supplier").
P:The Buyer operates four GSP-certified pharmaceutical warehouses and a fleet of refrigerated vehicles. It wishes to replace its temperature and humidity recorders with wireless sensors, gateways and a monitoring software licence, installed and validated by the Supplier.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in Clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under Clause 8.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's sites.
P:1.4 "Buyer Data" means all readings, alarms, audit trails, calibration records and other data generated by the System or supplied by the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and validate the System at the Buyer's warehouses in Chengdu, Deyang, Mianyang and Leshan and in 26 refrigerated vehicles.
P:2.2 The Supplier shall integrate the Software with the Buyer's warehouse management system and its SMS and WeChat alarm channels, and shall carry out temperature mapping of each cold room before and after installation.
P:2.3 The Supplier shall provide installation qualification, operational qualification and performance qualification documents in line with the Good Supply Practice for pharmaceuticals, and shall train the Buyer's quality and warehouse staff.
H:3. Price
P:3.1 The Contract Price is CNY 1,200,000, inclusive of VAT, delivery to site, insurance and import formalities, as set out in the Price Table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,150|483,000
TB:2|Gateway with 4G backup link|36|6,800|244,800
TB:3|ColdWatch software licence, perpetual, four sites|1|318,000|318,000
TB:|Equipment and licence subtotal|||1,045,800
TB:4|Installation, configuration and integration|1|96,400|96,400
TB:5|Temperature mapping and validation|1|41,800|41,800
TB:6|Training|1|16,000|16,000
TB:|Total Contract Price|||1,200,000
P:3.2 The Contract Price is fixed and covers everything the Supplier needs to perform this Agreement.
H:4. Payment
P:4.1 10% of the Contract Price within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price within 15 business days after delivery of all Equipment to the sites, confirmed by the Buyer's delivery note. The delivery note confirms quantity only and is not acceptance.
P:4.3 35% of the Contract Price within 15 business days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 50 days and complete installation, integration and qualification within 90 days after signature.
P:5.2 Installation in each cold room shall follow a plan approved by the Buyer so that storage conditions are not interrupted.
P:5.3 Sensors in refrigerated vehicles shall be installed at the Buyer's transport depot on dates agreed with the Buyer's fleet manager, no more than four vehicles on any day, and each vehicle shall be tested on a short route before it returns to service.
P:5.4 All Equipment shall be new, of the models stated in the Supplier's tender, and delivered with certificates of origin, calibration certificates and the registration or conformity documents required for its use in China.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor holds a valid calibration certificate traceable to a national standard, with an accuracy of plus or minus 0.3 degrees Celsius; (b) readings reach the Software within 60 seconds and alarms reach the designated staff within 90 seconds; (c) the System runs for 30 consecutive days without data loss; (d) the validation documents are approved by the Buyer's quality department; and (e) the interface with the warehouse management system works without error.
P:6.2 The Buyer shall test the System within ten business days after the Supplier's notice of readiness and either sign the final acceptance certificate or list the defects. Installation, use of the System or any payment is not acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, correct Software defects, provide updates, and recalibrate sensors annually, free of charge.
P:7.2 After the warranty period the Buyer may order annual support at no more than 8% of the equipment and licence subtotal, that is no more than CNY 83,664 per year, fixed for the first three support years. Support does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at its sites in China for its own business.
P:8.2 Integration programs, report templates, alarm rules, validation documents and all other deliverables prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. Source code of the integration programs shall be delivered with them.
H:9. Service Levels
P:9.1 The Software shall be available 99.95% of each calendar month.
P:9.2 The Supplier shall respond to a critical fault (loss of monitoring at any site, or alarms not delivered) within 30 minutes and restore monitoring within six hours, using spare gateways kept at the Buyer's sites; to a major fault within two hours; and to other faults within one business day.
P:9.3 For each 0.01 percentage point of availability below the level in 9.1 the Supplier shall pay CNY 800, and for each hour by which a critical fault response or restoration is late it shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Agreement and shall not use it for any other purpose, including analysis or benchmarking.
P:10.2 The Software runs on the Buyer's servers. The Supplier may access them only remotely through the Buyer's VPN with per-session approval, shall keep audit logs of its access, and shall not copy Buyer Data or transfer it outside mainland China.
P:10.3 The Supplier shall notify the Buyer of any security incident within six hours, cooperate in its investigation and remedy, and be liable for the Buyer's losses arising from an incident caused by the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep the other party's non-public information confidential, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:12. Delay Damages and Liability
P:12.1 If the Supplier misses a date in Clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, or breach of Clauses 10 and 11, which is unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of this Agreement without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund amounts paid for Equipment or services not accepted and take back any Equipment the Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:16. Training and Documentation
P:16.1 The Supplier shall train up to 40 of the Buyer's quality, warehouse and transport staff in sessions held at the Chengdu warehouse, covering sensor handling, alarm acknowledgement, report generation, calibration scheduling and basic troubleshooting of gateways. Each participant shall receive a printed quick guide in Chinese.
P:16.2 The Supplier shall deliver, in Chinese and English, the user manual, administrator manual, installation drawings for each site, the sensor location list, calibration certificates and the complete qualification file, in both printed and electronic form, before Final Acceptance.
P:16.3 The Supplier shall keep spare sensors equal to at least 3% of the installed quantity at the Buyer's main warehouse during the warranty period, replenished within ten days after each use.
H:17. General
P:17.1 Each party shall comply with applicable export control and customs laws. The Supplier is the exporter of record and bears all export duties and formalities in Cameroon.
P:17.2 This Agreement is made in two originals in English and enters into force on signature.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. WMS-2025-ITO-03

This Managed IT Services Agreement (the "Agreement") is made between:

**Wuhan Minsheng Home Appliances Co., Ltd.**, a company established in the People's Republic of China with its registered office in the Donghu New Technology Development Zone, Wuhan, Hubei Province (the "Customer"); and

**Woleu-Ntem Digital Services SA**, a company established in the Gabonese Republic with its registered office in Oyem, Woleu-Ntem Province, acting through its service delivery team (the "Provider").

## Section 1. Purpose and Definitions

1.1 The Customer wishes to outsource the day-to-day support of its end-user computing environment, covering its head office, two factories and 14 regional sales offices, and the Provider agrees to provide the Services described in this Agreement and its Schedules.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the charges in Schedule 3; "Transition" means the takeover of the Services from the Customer's current arrangements; "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 3; and "Customer Data" means all data of the Customer that the Provider handles in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## Section 3. Transition and Acceptance

3.1 The Provider shall complete Transition within 60 days after signature, following the transition plan agreed in the first two weeks. Transition includes knowledge transfer from the Customer's current support staff, set-up of the service desk telephone number and portal, import of the asset register of about 3,400 devices, and documentation of standard operating procedures for each site.

3.2 Transition is accepted when: (a) the service desk has handled live tickets for all sites for 15 consecutive business days in parallel with the current arrangements; (b) at least 95% of tickets in that period met the Service Level targets in Schedule 2; (c) the asset register has been reconciled with a physical sample of 200 devices without unexplained differences; and (d) the Customer has approved the operating procedures. The Customer shall sign the transition acceptance certificate or give its reasons within five business days after the Provider's notice that these conditions have been met. Handling live tickets before that certificate is not acceptance.

3.3 If Transition is not accepted by the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in Schedule 1 to meet the Service Levels in Schedule 2, with skilled and qualified personnel, and in accordance with good industry practice.

4.2 The Provider shall report its performance against the Service Levels every month and shall hold a service review meeting with the Customer each quarter. The monthly report shall include ticket volumes, Service Level results, recurring problems and improvement actions.

4.3 Where the Provider misses a Service Level, the service credits in Schedule 2 apply. Service credits are deducted from the next invoice. They do not limit the Customer's other remedies for a material breach.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include all personnel, tools, travel and overheads.

5.2 The monthly service charge is invoiced at the end of each calendar month, in arrears, and is payable within 30 days after receipt of a correct invoice. The transition fee is invoiced after transition acceptance and payable within 30 days.

5.3 The Customer may dispute any invoice item in good faith by notice before the due date and shall pay the undisputed part.

## Section 6. Personnel and Subcontracting

6.1 The Provider shall appoint a service delivery manager who is the Customer's single point of contact and shall not replace that manager without 30 days' notice.

6.2 The Provider may use subcontractors to deliver on-site support at the Customer's factories and regional offices, provided it gives the Customer written notice of each subcontractor at least ten business days before the subcontractor starts work. The Provider remains responsible for all work done by its subcontractors.

6.3 Provider personnel working at the Customer's premises shall follow the Customer's site rules, including factory safety rules.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use it only to perform the Services and shall return it on request and at the end of the Term.

## Section 8. Intellectual Property

8.1 Each party keeps its existing intellectual property.

8.2 Knowledge articles, operating procedures, scripts, reports and other materials created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury or wilful misconduct, which are not limited.

## Section 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to cure it within 30 days after notice, or if the Provider misses the same Service Level in three consecutive months.

10.2 Either party may terminate this Agreement if the other becomes insolvent.

10.3 On expiry or termination the Provider shall give reasonable assistance for up to 60 days to transfer the Services to the Customer or a replacement provider, at the rates in Schedule 3.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## Section 12. General

12.1 Notices shall be in writing and sent to the addresses above.

12.2 Neither party shall be liable for failure caused by force majeure, provided it notifies the other party promptly.

12.3 Each party shall appoint a contract manager responsible for the administration of this Agreement. The contract managers shall meet at least once a quarter to review performance, agreed improvements and any proposed changes to the Services, and shall record the decisions taken in signed minutes.

12.4 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on the Services.

## Schedule 1 - Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, portal and WeChat support in Chinese and English; logging, triage and first-line resolution | Monday to Saturday 07:30-21:30; on-call outside these hours for Priority 1 |
| Desk-side support | Repair, replacement and configuration of desktops, laptops, printers and meeting-room equipment | On site at head office and both factories; visits to regional offices as needed |
| Device lifecycle | Imaging, deployment, moves, adds and changes, asset register updates, disposal coordination | All sites |
| Collaboration support | E-mail, office software and video-conferencing user support | All users (about 2,900) |
| Patch and antivirus management | Monthly patch deployment and antivirus signature monitoring on managed endpoints | All managed endpoints |
| Reporting | Monthly service report and quarterly service review | Head office |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution target | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | A factory line terminal, a site or more than 50 users cannot work | 15 minutes | 6 hours | CNY 1,500 per incident plus CNY 300 per hour late |
| Priority 2 | A group of users or a key user cannot work | 30 minutes | 8 business hours | CNY 600 per incident |
| Priority 3 | A single user impaired, workaround available | 2 business hours | 3 business days | CNY 100 per incident |
| Service request | Standard request from the catalogue | 1 business day | 5 business days | none |
| Satisfaction | Monthly user satisfaction score of at least 90% | - | - | 2% of the monthly charge |

Total service credits in a month shall not exceed 20% of the monthly service charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after transition acceptance | 72,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,160,000 |
| Additional project work | per person-day, on written order | 1,600 |
| Exit assistance | per person-day | 1,600 |
"""

E05 = """TIMBER MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. NBT-DA-2025-009

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between Niari Bois Data SAS, a company established in the Republic of the Congo with its registered office at Avenue de la Gare, Dolisie, Niari Department (the "Provider"), and Zhangjiagang Hengmao Timber Import and Export Co., Ltd., a company established in the People's Republic of China with its registered office in Zhangjiagang, Jiangsu Province (the "Customer").

BACKGROUND

The Provider collects and publishes data on tropical hardwood markets in Central Africa, including log and sawn-timber export prices, concession and legality certificates, port stocks in Pointe-Noire and vessel departures. The Customer imports tropical hardwood into China and wishes to receive this data through the Provider's web portal and application programming interface (API), together with a custom daily feed for its trading system.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface through which the Data is delivered, with its documentation.

1.3 "Custom Feed" means the daily extract and mapping of the Data to the Customer's species codes, grades and trading system fields, prepared by the Provider specifically for the Customer.

1.4 "Customer Materials" means all data, lists, queries and files that the Customer uploads to or sends through the portal or the API, including its watch lists of suppliers and concessions, and its user account details.

1.5 "Subscription Year" means each of the two consecutive annual periods starting on the Activation Date and on its first anniversary.

1.6 "Activation Date" means the date on which the Customer signs the activation certificate under Clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the portal and the API, to store it in the Customer's own systems, and to use it for the Customer's internal business, including pricing, purchasing and compliance checks.

2.2 The subscription covers up to 15 named portal users and up to 60,000 API calls per day. The Customer may share reports derived from the Data with its own customers in China provided that the Data itself is not redistributed in bulk.

2.3 The Subscription Term is two Subscription Years.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 264,000 for each Subscription Year, so that the total fee for the Subscription Term is CNY 528,000, inclusive of applicable taxes in China. The preparation of the Custom Feed is included in the subscription fee.

3.2 The Provider shall invoice the fee for each Subscription Year on the first day of that Subscription Year. The Customer shall pay each invoice within 30 days after receipt. No fee is payable before the Activation Date.

3.3 API calls above the daily volume in Clause 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. ACTIVATION

4.1 The Provider shall make the portal, the API and the Custom Feed available within 45 days after signature.

4.2 Activation tests: (a) the API returns all datasets in Schedule A with complete fields for the last three full calendar months; (b) the Custom Feed maps at least 98% of records to the Customer's species codes and grades, and lists the unmapped records separately; (c) the Custom Feed is delivered to the Customer's server before 07:00 China Standard Time on ten consecutive business days; and (d) historic prices reconcile with a sample of 50 invoices supplied by the Customer. When the tests are passed the Customer shall sign the activation certificate within five business days, or state which test failed. Access to the portal during testing is not activation.

4.3 If activation is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 26,400, and the Customer may deduct this amount from the first invoice.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to keep the portal and the API available and to update the Data on the schedule described in Schedule A. Updates may be delayed by public holidays, port closures or the late publication of official statistics.

5.2 The Provider provides e-mail support to the Customer's nominated contacts during its business hours (Monday to Friday, 08:00 to 17:00 West Africa Time) and will deal with support requests as soon as practicable.

5.3 The Provider may carry out maintenance of the portal and the API from time to time and will try to give notice of planned maintenance on the portal.

6. RENEWAL

6.1 At the end of the Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

6.2 The Provider may increase the subscription fee for any renewal period by giving the Customer written notice at least 75 days before that renewal period begins. The increase shall not exceed 9% of the fee for the preceding Subscription Year.

7. INTELLECTUAL PROPERTY

7.1 The Provider retains all rights in the Data, the API and its databases.

7.2 The Custom Feed mappings, transformation scripts and documentation prepared for the Customer belong to the Customer, which may use, modify and license them freely, and the Provider shall deliver them in editable form on request and at the end of the Subscription Term.

7.3 The Provider warrants that it is entitled to license the Data and that the Customer's use of it under this Agreement does not infringe any third party's rights.

8. CUSTOMER MATERIALS AND DATA SECURITY

8.1 Customer Materials belong to the Customer. The Provider shall use them only to deliver the subscription to the Customer and shall not analyse, aggregate or disclose them for any other purpose.

8.2 The Provider shall protect Customer Materials with encryption in transit and at rest, access restricted to named staff, and logging of access. The Provider shall notify the Customer of any unauthorised access to Customer Materials within 24 hours after discovery, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by the Provider's failure to comply with this Clause 8.

8.3 At the end of the Subscription Term the Provider shall delete Customer Materials and confirm deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's watch lists and trading volumes, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit, arising from this Agreement.

10.2 The total liability of each party under this Agreement is limited to 200% of the total fee for the Subscription Term, except for liability for breach of Clauses 8 and 9, for fraud or for wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider may not subcontract the collection of the Data, the operation of the API or the preparation of the Custom Feed without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If the Customer terminates under Clause 12.1, the Provider shall refund the part of any fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding.

14. GENERAL

14.1 Notices shall be given in writing to the addresses stated above, or by e-mail to the contacts named in Schedule A.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly.

14.3 The Provider shall inform the Customer in writing at least 30 days in advance of any change to the structure of the API or the Custom Feed that may require changes to the Customer's systems, and shall keep the previous version running for the same period.

14.4 This Agreement is made in English in two originals and enters into force on signature by both parties.

SCHEDULE A - DATASETS AND UPDATE SCHEDULE

A.1 Export prices for logs and sawn timber of 24 species (including okoume, sapelli, iroko and padouk), by grade and port: weekly.

A.2 Concession register, forest management plans and legality and sustainability certificates, with expiry dates: monthly.

A.3 Port stocks and vessel departures from Pointe-Noire and Libreville: twice weekly.

A.4 Export statistics and regulatory notices from the Congo, Gabon and Cameroon: monthly.

A.5 Custom Feed: daily, before 07:00 China Standard Time.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h754z01_bridge_health_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h754z02_basin_moulding_printing_line_retrofit.docx", "docx", Z02),
    "z03": ("h754z03_ktv_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h754z04_elderly_home_care_system_om_service.txt", "txt", Z04),
    "z05": ("h754z05_incense_burner_casting_tracking_supplier_template.md", "md", Z05),
    "e01": ("h754e01_coffee_lot_traceability_licence_cameroon_vendor.pdf", "pdf", E01),
    "e02": ("h754e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h754e03_cold_chain_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h754e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h754e05_timber_market_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
          confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
          governing_law="PRC")

# value, category, TCO inputs (licence/hardware subtotal, annual post-warranty fee), design rules
L = {
    "z01": dict(lang="zh", category="software", value=2200000, base=1260000, fee=100800,
                t=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                       contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False), design=[]),
    "z02": dict(lang="zh", category="hardware", value=1292000, base=1118000, fee=78260,
                t=dict(OK, availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.08,
                       liability_cap_pct=50, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                       post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z03": dict(lang="zh", category="cloud", value=798000,
                t=dict(OK, availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False,
                       ld_rate_per_day_pct=0.1, liability_cap_pct=200, final_payment_on_acceptance=None,
                       warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                       subcontract_without_consent=True, contract_kind="service"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "z04": dict(lang="zh", category="services", value=396000,
                t=dict(OK, p1_response_hours=8, ld_rate_per_day_pct=0.2, final_payment_on_acceptance=None,
                       warranty_months=None, post_warranty_fee_pct=None, termination_for_breach=False,
                       contract_kind="service"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z05": dict(lang="zh", category="software", value=1196000, base=720000, fee=201600,
                t=dict(OK, p1_response_hours=24, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                       prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                       warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None,
                       contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=True),
                design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", category="software", value=1274000, base=860000, fee=77400, forum_outside_mainland=True,
                t=dict(OK, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=9,
                       governing_law="Cameroon", contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", category="cloud", value=730000,
                t=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=None,
                       liability_cap_pct=9 / 36 * 100, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, contract_kind="service"),
                x=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False),
                design=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": dict(lang="en", category="hardware", value=1200000, base=1045800, fee=83664,
                t=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                       liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True,
                       warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False), design=[]),
    "e04": dict(lang="en", category="services", value=2160000,
                t=dict(OK, p1_response_hours=0.25, data_security_clause=False, confidentiality=False,
                       ld_rate_per_day_pct=2000 / 2160000 * 100, liability_cap_pct=150,
                       final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                       subcontract_without_consent=True, contract_kind="service"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(lang="en", category="cloud", value=528000,
                t=dict(OK, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=600 / 528000 * 100,
                       liability_cap_pct=200, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
                x=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# policy thresholds (§3 defaults)
AVAIL, P1, LD, CAP, PREPAY, WARR, PWF, TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(k):
    d, t = L[k], L[k]["t"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * d["fee"]
    return post / (d["value"] + post) * 100


def derive(k):
    """My reading of policy §3 applied to a label."""
    t, x = L[k]["t"], L[k]["x"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARR):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or L[k].get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    s = tco_share(k)
    if s is not None and s > TCO:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# --- threshold scan ----------------------------------------------------------------------------------------------
ND = r"(?<![\d.,])"
PATTERNS = [
    ND + r"99\.9(?!\d)", ND + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十二三])四\s*个?\s*小时",
    r"\bfour\s*(?:-\s*)?(?:business\s*)?hours?", ND + r"0\.05(?!\d)", r"万分之五(?![十点])", r"千分之零点五",
    ND + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百", r"one\s*hundred\s*per\s*cent",
    ND + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    ND + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?!点)", r"fifteen\s*per\s*cent",
    ND + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    ND + r"12\s*(?:-\s*)?(?:months?|个月|个自然月)", r"十二\s*个\s*(?:自然)?月", r"twelve\s*(?:-\s*)?months?",
    r"(?<![第每])一年(?!度)", r"\bone\s*(?:-\s*)?year\b", ND + r"1\s*(?:-\s*)?year\b",
    ND + r"5\s*(?:-\s*)?years?", r"(?<![十])五年", ND + r"5\s*年", r"\bfive\s*(?:-\s*)?years?",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "4 hours", "4小时", "四小时", "4个小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "forty per cent", "12 months", "12个月", "十二个月",
            "twelve months", "一年", "one year", "5 years", "五年", "5年", "five years", "4hours", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "10.05", "万分之五十",
             "130%", "150%", "115%", "45%", "35%", "百分之三十五", "24 months", "第一年度", "每一年", "服务年度",
             "二十五年", "25 years", "1,500", "2,400", "Subscription Year", "0.5%", "2030", "1.05"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s).group())


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(k):
    d = L[k]
    name = TARGETS[k][0]
    terms = {key: d["t"][key] for key in KEYS}
    extra = {"sla_clause": d["x"]["sla_clause"], "ld_stated": d["x"]["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["x"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = d["x"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(k)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        text = read_back(OUT / name, kind)
        if L[k]["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(), variant[max(0, m.start() - 30):m.end() + 30])
        lab = label(k)
        vals = lab["expected_terms"]
        for key, thr in [("availability_pct", AVAIL), ("p1_response_hours", P1), ("ld_rate_per_day_pct", LD),
                         ("liability_cap_pct", CAP), ("prepayment_pct", PREPAY), ("warranty_months", WARR),
                         ("post_warranty_fee_pct", PWF)]:
            assert vals[key] is None or abs(vals[key] - thr) > 1e-9, (k, key)
        share = tco_share(k)
        assert share is None or abs(share - TCO) > 2, (k, share)
        assert lab["expected_rules"] == sorted(L[k]["design"]), (k, lab["expected_rules"], L[k]["design"])
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name}: {n} {'chars' if L[k]['lang'] == 'zh' else 'words'}; rules {lab['expected_rules']}; "
              f"risk {risk(lab['expected_rules'])}; tco share {None if share is None else round(share, 2)}")
    allrules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == allrules, allrules - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
