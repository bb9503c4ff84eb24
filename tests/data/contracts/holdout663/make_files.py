"""holdout663: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市医疗器械检验所检验业务管理平台采购合同
P:合同编号：YJS-ZC-2027-018　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市医疗器械检验所
P:乙方（供应商）：杭州衡检信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就检验业务管理平台的软件许可、定制开发及实施事宜，按甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方交付检验业务管理平台软件许可（永久使用许可，不限用户数），并完成样品受理、任务分派、原始记录、检验报告编制与签发、仪器设备管理、标准物质管理等模块的定制开发。
P:1.2 乙方负责与甲方现有OA系统、电子签章系统及省级药监监管平台的接口开发，以及历史检验数据的迁移。
P:1.3 详细功能清单、接口清单及迁移范围以招标文件第三章及本合同附件一为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰万元整（¥2,000,000.00），其中：平台软件许可费¥1,160,000，定制开发费¥628,000，实施及数据迁移费¥176,000，培训费¥36,000。
P:2.2 上述价格为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥400,000。
P:3.2 系统上线并通过初验后，甲方支付合同总价的45%，即¥900,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥700,000。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约，但甲方应及时告知乙方办理进度。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署及上线试运行，试运行期为六十日。
P:4.2 乙方应按甲方批准的实施计划派驻项目经理及不少于五名实施人员，未经甲方同意不得更换项目经理。
P:4.3 乙方应每周向甲方提交项目周报，说明进度、问题及风险；关键节点完成后提交阶段报告，经甲方项目负责人签字确认。
P:4.4 乙方应向甲方交付需求规格说明书、概要设计、详细设计、测试报告、用户手册、运维手册、接口文档及全部源代码，交付物清单见附件二。
P:4.5 乙方应为甲方检验人员、质量管理人员及信息科人员提供不少于六次集中培训，并提供在线操作视频，确保甲方人员能够独立完成日常操作和基础配置。
P:4.6 甲方应按实施计划提供办公场地、网络环境、服务器资源及必要的业务资料，并指定项目负责人协调各检验科室配合需求调研、测试和试运行。因甲方原因导致工期延误的，工期相应顺延，乙方应及时书面提出。
P:4.7 乙方驻场人员应遵守甲方实验室管理、安全保卫和保密制度，进入检测区域须经甲方陪同；违反上述制度的，甲方有权要求乙方更换人员。
H:第五条 验收
P:5.1 初验标准：功能清单全部实现并经甲方逐项测试通过；接口联调连续十个工作日无数据错误；历史数据迁移经双方抽样核对，记录数与关键字段一致。
P:5.2 最终验收标准：试运行期内无一级故障；在二百名用户并发时常用页面响应时间不超过3秒；通过甲方委托的第三方软件测评机构的安全测评；文档及源代码交付齐全。
P:5.3 初验和最终验收均由甲方组织，可邀请相关专家参加，验收结论以书面验收报告为准。系统上线、甲方试用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过¥92,800，该标准自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内，乙方每季度对平台进行一次巡检，检查数据库运行状态、备份恢复情况、日志及安全补丁，并向甲方提交巡检报告；发现隐患的，应提出整改方案并经甲方同意后实施。国家或行业检验检测标准、报告格式发生变化的，乙方应在质保期内免费完成相应调整。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或无法签发报告）：乙方在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，次一工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从质保金或应付款中扣除。
H:第八条 知识产权
P:8.1 为本项目定制开发的程序、接口、数据库脚本、报表模板及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 检验数据、样品信息、委托方信息及系统日志均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方人员仅可经甲方堡垒机访问生产环境，不得下载、复制或带离任何数据；测试须使用甲方提供的脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、检验方法、委托方商业信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期上线或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 乙方未按第七条履行服务水平承诺，经甲方书面催告后仍未改正的，甲方可委托第三方处理，费用由乙方承担。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应在十日内向甲方移交全部数据、源代码及文档，并协助甲方完成系统交接。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在五日内通知对方并提供证明，双方可协商延期履行或解除合同；不可抗力消除后应立即恢复履行。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件及澄清文件为本合同组成部分，如有冲突，以本合同条款为准。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z02 = """T:弹簧生产线卷簧及回火工序控制系统改造合同
P:合同编号：TH-SB-2027-0412
P:甲方：浙江恒韧弹簧制造有限公司
P:乙方：宁波智控自动化工程有限公司
P:甲方拟对其二号厂房两条压缩弹簧生产线的卷簧机控制系统及网带回火炉温控系统进行改造，并在质保期满后委托乙方提供维保服务。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条产线共八台数控卷簧机的控制系统改造，包括更换PLC控制柜、伺服驱动及电机、人机界面，并重写送线、变径、切断工序的控制程序。
P:1.2 乙方负责两台网带回火炉的温控系统改造，包括多区温度采集、PID控制器更换、炉温曲线记录及超温联锁。
P:1.3 乙方负责在卷簧工序出口加装在线视觉检测及负荷抽检装置，实现自由长度、外径和负荷的在线判定与不良品自动剔除。
P:1.4 乙方提供产线控制软件许可一套，实现工艺配方管理、批次记录、设备状态监控及与甲方MES系统的数据对接。改造后的控制系统应保留手动操作模式，在网络中断时产线仍可独立运行。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾壹万元整（¥1,610,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及人机界面|8套|386,000
TB:2|伺服驱动器及伺服电机|16套|412,000
TB:3|回火炉多区温控系统|2套|238,000
TB:4|在线视觉检测及负荷抽检装置|2套|196,000
TB:5|产线控制软件许可（永久）|1套|168,000
TB:软硬件小计|||1,400,000
TB:6|安装、拆旧、调试|1项|186,000
TB:7|操作及维修培训|1项|24,000
TB:合计|||1,610,000
P:2.2 上述价格含运输、保险、税费及安装调试所需辅材，为固定总价。技术协议范围内的设计变更不另行计费；甲方提出的范围外变更，双方另行书面确认价格和工期。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装、单机调试后，甲方支付合同总价的55%。到货签收及安装完成不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
H:第四条 工期与停产安排
P:4.1 改造须利用甲方安排的停产窗口分线实施，每条产线停线时间不超过十二日。乙方应在合同生效后七十五日内完成两条产线的改造并提交验收申请。
P:4.2 乙方应提前十日提交停线施工方案，经甲方生产部及安全部确认后方可实施。施工期间乙方应遵守甲方安全生产管理制度，动火、登高及电气作业应办理作业票。
P:4.3 乙方应在验收前向甲方交付电气原理图、接线图、PLC程序清单、参数表、操作规程、维修手册及备件清单各两套，并提供电子版。乙方应对甲方操作工、设备维修工及工艺员分批进行培训，培训合格后方可独立上岗操作。
P:4.4 拆除的旧控制柜、旧电机及线缆由乙方清点造册后交甲方设备部，是否回收由甲方决定。乙方应在每条产线恢复生产前完成现场清理，并配合甲方完成首件检验。
P:4.5 甲方负责提供停线窗口、现场动力电源、压缩空气及必要的吊装条件，并指派工艺、设备人员参与调试；甲方原因造成的延误，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：卷簧机节拍不低于改造前水平；自由长度及外径尺寸不良率不高于千分之三；回火炉各区炉温波动不超过±3℃，超温联锁经实测有效；在线检测误判率不高于0.3%；产线连续满负荷运行三十日无一级故障；批次数据完整上传至甲方MES系统。
P:5.2 验收由甲方组织，出具书面验收报告。设备投产使用、甲方付款均不视为验收合格；验收不合格的，乙方应在十日内整改并重新验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费提供故障维修、备件更换、程序修正及技术支持。
P:6.2 一级故障（产线停机）：乙方在30分钟内远程响应，8小时内到达现场；二级故障（单台设备异常但产线可运行）：2小时内响应，次日到场。乙方每超时一小时，向甲方支付¥1,500。
P:6.3 质保期内同一部件累计故障三次的，乙方应免费更换同型号新件；因甲方违规操作或不可抗力造成的损坏除外，乙方可按成本价提供维修。
P:6.4 乙方应在甲方厂区备有PLC模块、伺服驱动器、温控仪表及视觉相机等关键备件，备件清单经甲方确认后作为技术协议附件。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件保障、程序维护及驻厂技术人员。
P:7.2 年度维保费按软硬件小计的27%计收，即每年¥378,000，自质保期满之日起三年内价格不变。维保服务按年度签署确认单，甲方按季度支付。
P:7.3 维保期内乙方每月巡检一次，每季度提交设备健康报告，并对控制程序进行备份；备件更换费用已包含在年度维保费中，甲方不另行支付。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、人机界面画面、视觉检测算法参数、MES接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 产线控制软件标准版的知识产权归乙方，乙方授予甲方在本厂区内永久使用的许可。
H:第九条 数据安全与保密
P:9.1 工艺配方、设备参数、质量检测数据及生产记录均属甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的VPN及工控安全网关接入，操作全程记录；乙方不得将甲方数据复制至外部介质。发生数据泄露或工控安全事件的，乙方应在2小时内报告甲方，并承担因其过错造成的损失。
P:9.3 乙方对甲方的工艺、客户及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得在宣传材料中使用甲方名称、产线照片或工艺数据，期限至合同终止后三年。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因导致甲方产线停产超出约定停线时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方提供的设备或软件存在质量缺陷，经两次维修仍不能正常使用的，乙方应予更换或退货，并承担由此产生的费用。
H:第十一条 分包
P:11.1 电缆敷设及设备基础等辅助工程，乙方经甲方书面同意后可以分包，乙方对分包工作承担全部责任。除此之外不得分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。乙方逾期超过三十日的，视为严重违约。
P:12.2 合同解除后，乙方应配合甲方完成已安装设备的交接及程序备份移交，已完成且经确认的部分按实结算。
H:第十三条 不可抗力
P:13.1 因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """连锁门店点餐及会员管理SaaS服务与实施合同

合同编号：LHSK-IT-2027-006
甲方：成都炭火时光餐饮管理有限公司
乙方：上海云肴信息科技有限公司

甲方经营连锁烧烤门店四十五家，拟使用乙方提供的扫码点餐、收银及会员管理SaaS服务，并由乙方完成各门店的实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供门店端扫码点餐、桌台管理、后厨出单、收银对账功能，覆盖甲方全部四十五家门店。
2. 乙方向甲方总部提供会员管理及营销模块，包括储值、积分、优惠券、会员等级及营销活动配置。
3. 乙方提供总部经营报表，包括门店营业额、菜品销量、翻台率、会员消费分析等。
（二）实施服务
1. 乙方负责四十五家门店的系统开通、菜品及价格导入、打印机及收银设备联调。
2. 乙方负责将甲方现有会员系统中的会员档案、储值余额及积分迁移至新系统，并与甲方逐店核对。
3. 乙方负责对店长、收银员及总部运营人员进行培训，每家门店至少一次现场培训。
4. 乙方为甲方定制会员小程序页面、会员等级规则及总部报表模板。
5. 乙方负责完成系统与甲方现有外卖平台订单、电子发票平台及财务软件的对接，实现外卖订单统一出单和每日营业数据自动汇总。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自全部门店上线验收合格之日起算，至次年同日前一日止；第二服务年度紧接第一服务年度。
（二）服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调年度服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前以邮件方式通知甲方新的价格。

三、费用及支付
（一）本合同费用如下：
1. 门店订阅费：每家门店每服务年度¥3,600，四十五家门店合计每服务年度¥162,000；
2. 总部会员营销模块订阅费：每服务年度¥58,000；
3. 年度服务费合计每服务年度¥220,000，两个服务年度合计¥440,000；
4. 一次性实施费¥86,000。
本合同总价为¥526,000。
（二）实施费在全部门店上线验收合格后十五个工作日内支付。
（三）年度服务费按服务年度支付，甲方在每个服务年度开始后二十个工作日内支付当年度服务费。
（四）乙方应在收款前开具合法有效的增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店上线，门店上线顺序按甲方提供的排期执行，每家门店的切换应安排在营业结束后进行，不得影响门店正常营业。
（二）上线验收标准：
1. 四十五家门店均完成点餐、出单、收银、对账全流程测试，连续七个营业日无一级故障；
2. 会员档案、储值余额及积分迁移后逐店核对一致，差异已全部处理；
3. 晚餐高峰时段单店同时在线点餐桌台不少于六十桌时，点餐页面响应时间不超过2秒；
4. 定制的小程序页面、会员规则及报表模板经甲方确认。
（三）甲方在收到乙方验收申请后十个工作日内组织验收并出具书面意见；门店试营业使用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收；整改期间乙方应安排专人驻店保障营业，由此产生的费用由乙方承担。
（五）甲方应提供各门店的菜品清单、价格体系、桌台布局、营业时间及现有会员系统的数据导出文件，并指定总部联系人及各店店长配合实施。门店网络及收银硬件由甲方负责，乙方应在实施前出具硬件及网络配置要求清单。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.5%，计划维护应安排在凌晨两点至六点之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法点餐或收银）：15分钟内响应，1小时内恢复或提供替代方案；
2. 二级故障（单店功能异常）：30分钟内响应，当日恢复；
3. 三级故障（报表、营销等非实时功能异常）：次一工作日内处理。
（三）乙方提供全年每日九时至次日二时的电话及在线客服支持，覆盖甲方全部营业时段；乙方应为甲方指定专属客户成功经理，每季度与甲方总部召开一次服务回顾会议，通报故障、可用率及改进计划。
（四）乙方应在断网情况下为门店提供离线收银功能，网络恢复后自动同步订单，不得造成订单或储值数据丢失。
（五）月度可用率未达承诺的，乙方按当月对应服务费的10%向甲方提供服务抵扣；一级故障超过恢复时限的，每次另抵扣¥2,000，在下期服务费中扣除。

六、数据
（一）甲方门店的订单、会员信息、交易流水及经营数据归甲方所有。
（二）甲方同意乙方在去除甲方名称及会员个人身份信息后，将甲方经营数据进行汇总分析，用于乙方餐饮行业研究报告、产品优化及向其他客户提供的行业对标服务，该使用权在合同终止后继续有效。
（三）乙方应按网络安全等级保护第二级要求保障系统安全，对会员个人信息加密存储，严格控制访问权限并留存操作日志；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）乙方仅可在为甲方提供本合同服务所必需的范围内处理会员个人信息，营销短信及推送须经甲方审核后发送，不得以乙方名义向甲方会员推送任何信息。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的甲方会员个人信息。

七、保密
双方对在合作中获知的对方商业秘密，包括菜品配方、定价策略、会员规模及经营数据，负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。

八、知识产权
乙方SaaS平台的知识产权归乙方所有。乙方为甲方定制的小程序页面、会员等级规则及报表模板的知识产权归甲方所有，甲方有权自行使用、修改或交由第三方使用。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日向甲方支付违约金¥500。
（二）乙方违反本合同数据条款的，应赔偿甲方由此遭受的全部损失。
（三）乙方实施人员在门店作业期间造成甲方设备损坏或顾客投诉的，乙方应负责修复、赔偿并配合甲方处理。
（四）甲方逾期支付服务费的，每逾期一日按未付金额的万分之三支付违约金。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的实施服务转包或分包给第三方。

十一、合同解除
任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。乙方原因解除的，乙方应退还已收取但未提供服务部分的费用，并按本合同第六条第（五）项完成数据导出和移交，协助甲方平稳切换至其他系统。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、其他
（一）服务期内乙方对平台进行版本升级的，应提前五日通知甲方，升级不得减少本合同约定的功能；新增的标准功能甲方可免费使用。
（二）本合同附件包括功能清单、门店清单及实施计划，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：　　年　　月　　日
"""

Z04 = """某省认证认可协会证书查询系统运维服务合同

项目编号：RZXH-CS-2027-03（竞争性磋商）
甲方：某省认证认可协会
乙方：南京诚运信息服务有限公司

依据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其证书查询系统提供运维服务。双方经协商一致，签订本合同。

第一条 服务对象与范围
（一）服务对象为甲方证书查询系统，包括对外证书查询网站、微信查询小程序、证书数据管理后台、数据交换接口及其运行所依赖的服务器、数据库和中间件。
（二）服务范围包括：驻场运维、应用运维及小版本优化、安全巡检及应急响应、数据维护、用户咨询支持。
（三）运维对象清单及现状说明见附件一。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，甲方如需继续采购，应依法重新组织采购。

第三条 服务内容
（一）驻场运维：乙方派驻两名运维工程师，工作日在甲方办公场所提供服务，负责系统监控、日常巡检、备份检查、账号权限管理及运维记录。
（二）应用运维及小版本优化：乙方负责处理系统缺陷，配合认证机构数据上报格式调整完成接口适配，每季度提供一次小版本优化，优化需求由甲方确认。
（三）安全巡检及应急响应：乙方每月开展一次漏洞扫描及基线检查，每季度开展一次应急演练，重要时期实施专项保障。
（四）数据维护：乙方协助甲方核对各认证机构报送的证书数据，对异常证书状态进行排查，每日检查数据交换任务执行情况。
（五）用户咨询支持：乙方负责处理社会公众及认证机构通过网站、邮件反馈的查询问题，一般问题两个工作日内答复。

（六）服务交接：乙方应在服务期开始后十个工作日内完成与原运维单位的交接，包括系统账号、配置清单、备份策略、运维文档及遗留问题清单，交接完成后双方签署交接确认单。服务期满或合同解除时，乙方应以同样方式向甲方或甲方指定的单位完成交接，并提供不少于十个工作日的过渡期支持。
（七）服务报告：乙方每月提交运维月报，内容包括系统运行情况、故障处理、巡检结果、数据交换统计及下月工作计划；每季度提交安全巡检报告及整改建议；发生一级故障的，在故障恢复后两个工作日内提交故障分析报告。

第四条 服务费用及支付
（一）本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000），其中驻场运维¥312,000，应用运维及小版本优化¥96,000，安全巡检及应急响应¥60,000。
（二）服务费按季度支付，每季度结束后经甲方考核合格，甲方在十五个工作日内支付当季服务费¥117,000。
（三）考核扣减的金额在当季服务费中扣除。
（四）乙方请款时应提交当季运维月报、考核结果确认单及合法有效的发票，甲方按财政资金支付流程办理付款。

第五条 服务水平
（一）证书查询网站及小程序月度可用率不低于99.95%。
（二）故障响应：一级故障（查询服务中断或查询结果错误）15分钟内响应，1小时内到场，2小时内恢复；二级故障（部分功能异常）30分钟内响应，当日解决；三级故障次一工作日内解决。
（三）乙方未达到上述服务水平的，每发生一次一级故障超时，扣减服务费¥2,000；月度可用率未达承诺值的，扣减当季服务费的5%。

（四）乙方应对系统实施全天候监控，监控范围包括网站及小程序可访问性、接口任务执行、服务器资源、数据库状态及证书数据更新情况，监控告警应同时推送至乙方值班人员及甲方指定人员。节假日及夜间由乙方安排值班工程师远程值守，必要时到场处理。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括服务水平达成情况、巡检及报告提交、问题处理及时率和甲方满意度，考核细则见附件二，考核得分低于80分的为不合格。
（二）服务期满后，乙方提交年度运维总结、运维文档、配置清单及账号交接清单，甲方按附件二组织年度验收，出具书面验收意见。

第七条 乙方人员
（一）驻场人员应具备相应资质，名单经甲方确认。乙方更换驻场人员应提前十日书面告知甲方并经甲方同意，且做好工作交接。
（二）乙方人员应遵守甲方管理制度，未经授权不得进入机房或变更系统配置。
（三）乙方应为驻场人员配备备岗人员，驻场人员休假或离岗期间由备岗人员顶替，确保服务不中断。乙方项目负责人每月至少到甲方现场一次，听取甲方意见并协调解决问题。

第八条 甲方义务
（一）甲方为驻场人员提供办公场所、网络接入及运维所需的堡垒机账号。
（二）甲方指定专人负责与乙方联络，及时确认优化需求、审批变更申请，并按约定支付服务费。
（三）系统新增功能或重大改造不属于本合同运维范围，由甲方另行采购，乙方应予配合。

第九条 分包
乙方可将第三条第（三）项安全巡检及应急响应工作交由具备相应资质的第三方实施，但应在实施前书面告知甲方该第三方的名称及人员名单。乙方对第三方的工作承担责任。

第十条 数据安全
（一）证书数据、认证机构报送数据及系统日志均属于甲方，乙方不得用于本合同以外的任何目的。
（二）乙方应按网络安全等级保护第三级要求开展运维，通过甲方堡垒机进行运维操作，不得擅自导出、复制数据，不得在个人设备上存储甲方数据。
（三）发生数据泄露、篡改、网页篡改或系统被入侵的，乙方应在1小时内报告甲方，配合开展调查处置；因乙方原因造成的损失及处罚，由乙方承担。
（四）乙方应建立运维操作审批制度，涉及数据库结构变更、批量数据修改及系统配置变更的，须提交变更申请并经甲方书面批准后在指定时间窗口实施，实施前做好备份和回退方案。
（五）服务期满或合同解除后，乙方应删除其因运维工作而持有的甲方数据副本及账号口令，并向甲方出具书面删除确认。

第十一条 保密
乙方对履约中接触的甲方工作信息、认证机构信息及系统口令负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

第十二条 知识产权
乙方在运维过程中为甲方编写的脚本、优化代码、运维文档及配置基线，知识产权归甲方所有。

第十三条 违约责任
（一）乙方未按约定日期完成进场及服务交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方因违约给甲方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任（含违约金及考核扣减）不超过本合同总价的50%。

第十四条 合同解除
乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。合同解除后乙方应按第三条第（六）项完成交接，交接完成前不得停止服务。

第十五条 不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方，并在合理期限内提供证明。不可抗力期间乙方仍应尽力保障证书查询服务的基本可用，并配合甲方启用应急公告页面。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

第十七条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z05 = """# 启辰工业软件 标准软件销售及开发合同（范本 V3.0）

> 本合同为苏州启辰工业软件有限公司标准合同文本，空白处按项目填写。

- 合同编号：QC-XS-2027-0219
- 甲方（买方）：嘉兴永固紧固件有限公司
- 乙方（卖方）：苏州启辰工业软件有限公司

甲方向乙方采购冷镦及搓丝工序生产追溯软件，并委托乙方进行定制开发。经双方协商一致，签订本合同，以资共同遵守。

## 第一条 项目内容

1.1 乙方向甲方提供“启辰MES生产追溯平台”软件许可一套（永久许可，五十个并发用户），部署于甲方厂区服务器。

1.2 乙方为甲方定制开发以下功能：冷镦机及搓丝机设备数据采集（二十四台设备）、线材炉号与生产批次绑定、工序流转卡及条码打印、热处理及表面处理外协批次追溯、质检数据录入及出货追溯报告。

1.3 乙方负责完成平台与甲方现有ERP系统的物料、工单及出货数据对接，对接方式以乙方标准接口为准；ERP厂商配合产生的费用由甲方承担。

1.4 乙方负责软件安装部署、基础数据初始化及用户培训。具体功能范围以乙方出具的《需求确认书》为准，《需求确认书》未列明的功能不属于本合同范围。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启辰MES生产追溯平台软件许可 | 520,000 |
| 2 | 定制开发（设备采集、批次追溯、条码及报表） | 380,000 |
| 3 | 安装部署、数据初始化及培训 | 70,000 |
| | 合计 | 970,000 |

合同总金额为人民币玖拾柒万元整（¥970,000），含增值税。甲方需要的服务器、扫码枪、条码打印机及网络设备由甲方自行采购，不在本合同范围内。

需求确认后新增的功能或接口，乙方按每人天¥2,200另行报价，经甲方书面确认后实施，费用另行支付。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥630,500。乙方收到该款项后开始需求调研及开发工作，并向甲方开具全额增值税专用发票。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥339,500。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发、实施及技术支持服务，由此造成的工期延误由甲方承担。

## 第四条 实施周期

4.1 乙方计划在收到首期款后一百二十日内完成系统上线。因需求变更、甲方现场条件不具备、设备接口不开放或其他非乙方原因导致延误的，实施周期相应顺延。

4.2 甲方应按乙方要求提供需求资料、设备通讯协议、服务器及网络环境，并安排关键用户配合测试。设备加装采集模块所需的停机时间由甲方安排，因甲方生产任务无法停机的，实施周期相应顺延。甲方在需求确认后提出变更的，乙方有权另行收费。

4.3 乙方为甲方提供一次集中培训，培训对象为甲方系统管理员及各工序关键用户，不超过二十人。超出部分或重复培训，乙方按人天另行收费。

4.4 乙方实施人员在甲方厂区工作期间，应遵守甲方安全管理规定。甲方应为乙方人员提供必要的办公条件及安全防护用品。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 乙方可向甲方发出上线通知，甲方在收到通知后五日内未提出书面异议的，同样视为验收合格。甲方已实际使用系统的，视为对系统功能的确认。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线运行之日起计算，不因系统停用或甲方未使用而延长。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 故障处理：一级故障（系统无法登录或无法进行批次追溯）乙方在24小时内响应，二级及以下故障在三个工作日内响应。乙方以远程方式处理为主，需要现场服务的，差旅费用由甲方承担。

6.3 因硬件、网络、操作系统、数据库或甲方操作不当造成的故障，不属于免费维护范围。乙方对故障造成的停产、数据延误或其他损失不承担扣款、赔偿或违约金责任。

6.4 免费维护期内，乙方发布的平台补丁可免费提供给甲方；平台大版本升级不属于免费维护范围，甲方如需升级，应另行购买升级服务。

6.5 甲方擅自修改系统配置、数据库或由第三方维护系统的，乙方不再承担免费维护义务。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年度公布的标准服务价格执行。

7.2 甲方未签订年度维护合同的，乙方按次收取现场服务费用，标准以乙方届时价格为准。维护期中断后重新签订维护合同的，乙方有权补收中断期间的维护费用。

## 第八条 知识产权

8.1 启辰MES生产追溯平台的著作权及相关知识产权归乙方所有。

8.2 乙方为本项目定制开发的功能模块、采集程序、报表、条码模板及其源代码，知识产权均归乙方所有。乙方授予甲方在本厂区内非独占、不可转让的使用权，甲方不得修改、反编译或提供给任何第三方使用。乙方不向甲方交付源代码。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、质量数据及客户信息归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意并通过甲方指定的远程方式接入，不得擅自复制、下载甲方数据。因乙方人员违规操作导致甲方数据泄露或损毁的，乙方应在发现后24小时内通知甲方并配合恢复，依法承担相应责任。

9.3 乙方按照行业通行做法对远程维护通道采取访问控制和操作记录措施。甲方应自行负责服务器的日常数据备份和病毒防护，并妥善保管系统管理员账号。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术信息和商业信息负有保密义务，未经对方书面许可不得向第三方披露，保密期限为合同终止后两年。

乙方可在其宣传材料及客户名单中使用甲方名称作为成功案例，但不得披露甲方的生产数据。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任（无论基于违约、侵权或其他原因）以合同总金额的20%为限，且乙方不承担任何间接损失、利润损失或生产损失。

11.3 因甲方原因导致合同解除的，甲方已支付的款项不予退还，乙方已完成但甲方尚未支付的工作，甲方应按合同价格结算。

## 第十二条 不可抗力

因不可抗力或政策变化导致合同无法履行的，受影响一方不承担违约责任，但应及时通知对方。双方可协商变更或解除合同。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权书面通知解除本合同。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 本合同签订后，双方此前就本项目达成的口头或书面约定与本合同不一致的，以本合同为准。乙方的报价有效期为三十日。

15.3 《需求确认书》及乙方报价单为本合同附件。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ESS-CN-2027-031
P:This Agreement is made between Changzhou Hengrui Machinery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Echigo Seisan Systems Co., Ltd., a company organised under the laws of Japan with its head office in Nagaoka, Niigata Prefecture (the "Vendor").
P:The Buyer operates machining and assembly workshops for hydraulic components and wishes to introduce the Vendor's production scheduling and machine monitoring software. The Vendor has agreed to grant a perpetual licence and to implement the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SeisanPlan production scheduling suite, version 7, including the Scheduler, Machine Monitor and Shop Floor Terminal modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, scheduling rules, screens, scripts and other materials developed by the Vendor specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including orders, routings, machine signals, production records and personnel data.
P:1.4 "Go-Live" means the first day on which the Software is used to schedule production in the Buyer's Changzhou plant.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software for the internal business of the Buyer and its affiliates in the People's Republic of China, for up to 120 named planners and 300 shop floor terminals.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The Vendor warrants that it has the right to grant the licence and that the Software does not infringe the intellectual property rights of any third party. The Vendor shall defend the Buyer against any infringement claim and bear all resulting costs and damages.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including process analysis, configuration of scheduling rules for 86 machining centres and 14 assembly lines, data migration from the Buyer's existing spreadsheets, interfaces to the Buyer's ERP system and to the machine controllers, and user training.
P:3.2 The Vendor shall assign a named, Chinese-speaking project manager, who shall not be replaced before Final Acceptance without the Buyer's agreement.
P:3.3 The Vendor shall complete Go-Live within 150 days after the effective date of this Agreement and shall submit the system for Final Acceptance no later than 60 days after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,920,000, inclusive of applicable Chinese taxes, made up of: licence fees CNY 1,240,000; implementation services CNY 486,000; ERP and machine interfaces CNY 158,000; training CNY 36,000. The Contract Price is fixed and includes all travel and expenses.
P:4.2 The Buyer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.3 The Buyer shall pay 45% of the Contract Price within 30 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a trial period of 45 days.
P:5.2 The acceptance criteria are: all functions listed in Annex 2 pass the agreed test scripts; a full weekly schedule for all machining centres is calculated in less than 10 minutes; machine status from at least 95 of the 100 connected controllers is shown with a delay below 5 seconds; the ERP interface transfers work orders and completions without error for 20 consecutive working days; and no Severity 1 defect occurs during the last 30 days of the trial period.
P:5.3 The Buyer shall test the system against the criteria and issue a Final Acceptance certificate or a written list of deficiencies within 10 working days after the end of the trial period. The Vendor shall correct any deficiency and repeat the relevant tests. Use of the Software in production does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 2 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor provides corrections, updates, new releases and remote and on-site support free of charge.
P:6.2 Defects are classified as follows. Severity 1: scheduling or machine monitoring is unavailable for the whole plant; the Vendor shall respond within 1 hour and restore service or provide a workaround within 8 hours. Severity 2: a major function is impaired; response within 2 hours and resolution within 2 working days. Severity 3: other defects; response within one working day.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 defect, it shall grant the Buyer a credit of CNY 1,000 for each hour or part of an hour of delay, set off against the next payment or paid to the Buyer.
P:6.4 After the warranty period the Vendor shall, at the Buyer's request, provide annual support at a fee of 9% of the licence fees, that is CNY 111,600 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables with the Final Acceptance submission. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Software is installed on the Buyer's servers in Changzhou. The Vendor shall access the Buyer's systems only through the remote access gateway approved by the Buyer, with individual accounts and multi-factor authentication, and all sessions shall be logged. Buyer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall implement technical and organisational security measures at least equal to those described in Annex 3 and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.4 If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data, it shall notify the Buyer within 24 hours, take immediate remedial action and cooperate with any investigation. The Vendor is responsible for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information disclosed by the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations continue for five years after the end of this Agreement, and for trade secrets for as long as they remain secret.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Go-Live or to submit the system for Final Acceptance by the dates in Article 3.3 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 11 Limitation of Liability
P:11.1 Neither party is liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct or gross negligence.
P:11.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to infringement claims under Article 2.3, to breach of Articles 8 or 9, or to personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature by both parties. The licence granted in Article 2 survives any termination after the Buyer has paid the licence fees.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Buyer may also terminate if delay damages reach their maximum under Article 10.1.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Japan, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Niigata District Court in Japan.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Implementation Scope), Annex 2 (Functional Specification and Test Scripts) and Annex 3 (Security Measures), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS FOR FIELDCREW SERVICE CLOUD

Order Form No. ECW-OF-2027-0088

This document consists of Part A (Order Form) and Part B (General Terms). Part A prevails over Part B where they conflict.

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Etchu Cloudworks Co., Ltd., 2-14 Suehiro-cho, Takaoka, Toyama Prefecture, Japan, acting for the service in China through its wholly owned subsidiary Etchu Cloudworks (Shanghai) Co., Ltd., which issues invoices.
- **Customer:** Foshan Sanjiang Elevator Service Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

### A2. Subscribed Service

FieldCrew Service Cloud, a hosted field-service management application for elevator and escalator maintenance: work-order dispatch, maintenance planning, technician mobile app, digital inspection checklists, spare-parts usage records, customer sign-off and management reports. The Service is hosted for the Customer in a mainland China region of Alibaba Cloud.

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. It starts on the date of Onboarding Acceptance under A5. The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Quantity | Unit price per Subscription Year (CNY) | Amount per Subscription Year (CNY) |
|---|---|---|---|
| Dispatcher and back-office named users | 120 | 1,380 | 165,600 |
| Technician mobile users | 300 | 420 | 126,000 |
| Subscription fees per Subscription Year | | | 291,600 |
| Subscription fees for two Subscription Years | | | 583,200 |
| Onboarding services (one-off) | | | 46,800 |
| **Total Contract Value** | | | **630,000** |

All amounts are in CNY and include VAT. Prices are fixed for the Subscription Term. Additional users may be added during the Subscription Term at the unit prices above, pro rata.

### A5. Onboarding and Acceptance

1. Within 75 days after signature, Provider shall complete the onboarding services: tenant set-up, import of the Customer's 6,400 maintained units and maintenance contracts, configuration of inspection checklists and workflows, the interface to the Customer's ERP for spare parts, and training of dispatchers and technicians.
2. Onboarding Acceptance criteria: all imported units and contracts reconcile with the Customer's source list; each configured workflow is tested end to end by the Customer's key users; the ERP interface posts spare-parts usage without error for 10 consecutive working days; and 40 technicians in two branches use the mobile app in a pilot of 15 working days without an unresolved critical defect.
3. The Customer shall confirm Onboarding Acceptance in writing or give a written list of deficiencies within 7 working days after Provider's notice of completion. Use of the Service during the pilot is not acceptance.
4. If Provider fails to complete the onboarding services by the date in A5.1 for reasons within its control, it shall pay the Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

### A6. Invoicing and Payment

1. The onboarding fee is invoiced after Onboarding Acceptance.
2. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days of receipt by bank transfer in CNY.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall provide the Service in accordance with the documentation and this Order Form and may improve it from time to time, provided that the functionality described in A2 is not materially reduced.

1.2 Provider will use commercially reasonable efforts to make the Service available around the clock on every day of the week, except for planned maintenance, emergency maintenance and events beyond its reasonable control. Planned maintenance is announced in the Service at least three days in advance.

1.3 Provider offers support by e-mail and through the ticket portal during business hours in China. Provider will handle tickets in the order received and will respond as soon as practicable.

1.4 The mobile app runs on Android and iOS devices supplied by the Customer and works offline; records entered offline are synchronised when a connection is available.

### 2. Customer Responsibilities

2.1 The Customer is responsible for its users' conduct, for keeping login credentials secret and for the accuracy of the data it enters.

2.2 The Customer shall not resell the Service, attempt to access its source code, or use it to store unlawful content.

2.3 The Customer shall provide a project lead, the unit and contract lists, the existing checklists and access to its ERP test environment in time for the onboarding services.

### 3. Customer Data

3.1 All data entered into or generated in the Service by or for the Customer ("Customer Data") belongs to the Customer. Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, whether in identifiable, de-identified or aggregated form.

3.2 Customer Data is stored and processed only in mainland China. The Service is operated under a level-3 record of the Multi-Level Protection Scheme. Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days and perform daily backups.

3.3 Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all necessary steps to contain it and cooperate with the Customer and the authorities. Provider shall compensate the Customer for losses caused by a security incident resulting from Provider's breach of this Section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider shall make all Customer Data available for export in a standard format and then delete it, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and the underlying software.

4.2 Checklists, workflows, forms, report templates and other configurations created for the Customer during onboarding ("Customer Configurations") belong to the Customer. The Customer may use, modify and license the Customer Configurations freely, including with another service provider.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party, including pricing, customer lists and technical information, and use it only for this agreement.

5.2 This obligation does not apply to information that is public through no fault of the receiving party, or that must be disclosed by law. It continues for three years after the end of the Subscription Term.

### 6. Subcontracting

6.1 Provider uses Alibaba Cloud as its hosting provider, which the Customer approves by signing this Order Form. Provider shall not engage any other subcontractor or subprocessor for the Service without the Customer's prior written consent, and remains responsible for them.

### 7. Liability

7.1 Neither party is liable for indirect or consequential damages or lost profits.

7.2 Each party's total liability arising out of or relating to this agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of Section 3 or Section 5, to infringement claims, or to wilful misconduct.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its documentation and A2, and that onboarding services will be performed with reasonable skill and care by qualified personnel.

8.2 If the Service does not conform to this warranty, Provider shall correct the non-conformity without charge. Provider warrants that the Service and the documentation do not infringe the rights of any third party and shall defend and indemnify the Customer against any claim alleging such infringement.

### 9. Termination

9.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice.

9.2 If the Customer terminates under 9.1, Provider shall refund the prepaid subscription fees for the remainder of the Subscription Term.

9.3 Sections 3.4, 4, 5 and 7 survive termination.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from this agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents the Service for more than 30 consecutive days, the Customer may terminate and receive a refund of prepaid fees for the remaining period.

### 12. Miscellaneous

12.1 Notices must be in writing and sent to the addresses in A1. This Order Form may be signed electronically.

12.2 Neither party may assign this agreement without the prior written consent of the other party.

12.3 This Order Form is made in English and Chinese; both versions are equally authentic. Amendments must be made in writing and signed by both parties.

**Signed for the Customer:** ____________________ Date: __________

**Signed for Provider:** ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Wireless Vibration Sensors and Condition Monitoring Software
P:Contract No. HYP-EQ-2027-047
P:Buyer: Rizhao Haiyue Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Dewa Sensing Co., Ltd., Yurihonjo, Akita Prefecture, Japan (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment with software. The Buyer purchases wireless vibration and temperature sensors, gateways and a perpetual condition monitoring software licence for the rotating equipment of its paper machines PM3 and PM4, together with installation, commissioning and training.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, mounting accessories and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, version 5, with the analytics and alarm modules, licensed for 500 measurement points.
P:1.3 "Custom Work" means the dashboards, machine models, alarm rules, the interface to the Buyer's maintenance management system and any other material prepared specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate under Clause 6.
H:2. Scope
P:2.1 The Supplier shall supply and install 420 sensors on motors, gearboxes, fans, pumps and dryer cylinder bearings, 24 gateways and the Software on the Buyer's server in the mill data centre, configure the measurement points and alarm limits, build the Custom Work and train the Buyer's maintenance and reliability staff.
P:2.2 The Supplier shall deliver the Goods DAP Rizhao mill within 60 days after the Contract takes effect and complete installation and commissioning within 45 days after delivery, using the shutdown windows notified by the Buyer.
P:2.3 The Goods shall be new, of the Supplier's current production, with explosion-protection certificates where required and Chinese CCC or radio type approval as applicable.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,792,000, including VAT, packing, transport, insurance and all costs of installation, as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, IP67|420|2,380|999,600
TB:2|Wireless gateway with mounting kit|24|9,850|236,400
TB:3|VibraWatch software licence, perpetual, 500 points|1|386,000|386,000
TB:Hardware and Licence Subtotal||||1,622,000
TB:4|Installation, commissioning and Custom Work|1 lot|148,000|148,000
TB:5|Training (four sessions on site)|1 lot|22,000|22,000
TB:Contract Price||||1,792,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment or any other price change during the performance of this Contract.
H:4. Payment
P:4.1 10% of the Contract Price is paid as an advance within 20 days after the Buyer receives an irrevocable bank guarantee for the same amount and a VAT invoice.
P:4.2 55% of the Contract Price is paid within 30 days after all Goods are delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:4.3 The remaining 35% of the Contract Price is paid within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall notify the Buyer of shipment five days in advance and deliver packing lists and certificates of origin and quality with the Goods.
P:5.2 The Supplier's installation staff shall follow the Buyer's safety rules, including lock-out procedures and work permits for work near running machines.
P:5.3 Title to the Goods passes to the Buyer on delivery. Risk of loss passes on signature of the Installation Certificate.
P:5.4 The Supplier shall deliver, in Chinese and English, installation drawings, the measurement point list with sensor serial numbers, operating and maintenance manuals, the Software administration guide and the configuration backup.
P:5.5 Training: the Supplier shall hold four training sessions at the mill covering sensor replacement and pairing, gateway maintenance, vibration analysis with the Software, and administration of users and alarm limits, for up to 40 participants in total, and provide the training materials.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 days.
P:6.2 The acceptance criteria are: all 420 sensors report to the Software at the configured intervals, with a data loss rate below 0.5% over the last 14 days of the trial period; measured vibration values deviate from the Buyer's portable reference analyser by no more than 5%; alarms are raised in the Software within 60 seconds of a simulated limit breach; the interface creates work orders in the Buyer's maintenance management system without error; and the Custom Work is delivered as specified in Annex 1.
P:6.3 The Buyer shall issue the Final Acceptance Certificate within 7 working days after the Supplier shows that the criteria are met, or give written reasons for refusal. Installation, operation of the system or payment do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Goods and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Goods and correct Software defects free of charge, including parts, labour and transport, and provide Software updates.
P:7.2 Severity 1 (monitoring of a whole paper machine lost): the Supplier responds within 30 minutes and restores monitoring within 24 hours, on site if necessary. Severity 2 (individual sensors or gateways failed): response within 2 hours, replacement within 5 days from local stock. The Supplier shall keep at least 20 sensors and 2 gateways as consignment stock at the mill.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deductible from any amount due.
P:7.4 After the warranty period, the Supplier shall provide annual support, if ordered by the Buyer, at 7% of the Hardware and Licence Subtotal per year, that is CNY 113,540, fixed for the first two years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
P:7.5 The Supplier shall ensure that spare sensors and gateways, or compatible successors, remain available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice of any discontinuation so that the Buyer can place last-time orders.
H:8. Intellectual Property
P:8.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Rizhao mill and its successor sites.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier shall hand over editable files and source code of the interface. The Buyer may use, modify and license the Custom Work freely.
H:9. Data Security
P:9.1 All measurement data, machine models, alarm histories and other data collected or generated by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software runs on the Buyer's server. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, using individual accounts, and shall not copy data outside the Buyer's network. The gateways transmit data only to the Buyer's server and shall be configured with encryption enabled and default passwords changed.
P:9.3 The Supplier shall report any actual or suspected data leak, loss or unauthorised access within 12 hours, take remedial measures and compensate the Buyer for losses caused by the Supplier's breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's production, equipment and business received under this Contract, and shall not disclose it to third parties or publish it as a reference without the Buyer's prior written consent. This obligation lasts for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or Custom Work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for the undelivered or unaccepted parts.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Measurement Point List) form part of this Contract. This Contract is signed in two originals, one for each party, and takes effect on signature.
P:15.2 Notices under this Contract shall be in writing and sent to the project contacts named in Annex 1. Amendments require a written agreement signed by both parties.
P:15.3 Force majeure: a party prevented from performing by events beyond its control shall notify the other party promptly and resume performance as soon as possible; time for performance is extended accordingly.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. SMI-CN-2027-012

**Customer:** Wuhu Jinlun Auto Parts Co., Ltd., Wuhu, Anhui Province, People's Republic of China ("Customer")

**Provider:** Shonai Managed IT Co., Ltd., Sakata, Yamagata Prefecture, Japan, acting through its branch office in Shanghai ("Provider")

Customer produces brake and suspension components in three plants in Wuhu. Customer wishes to outsource the operation of its IT infrastructure and end-user support to Provider, and Provider agrees to provide these services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the amounts set out in Schedule 3.

1.3 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider can access while performing the Services.

1.4 "Service Commencement Date" means the day after Transition Acceptance under Clause 4.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services in Schedule 1 for the sites, users and devices listed there, with the resources and qualifications described in Schedule 1.

3.2 Provider shall keep a service desk reachable by telephone, e-mail and portal, in Chinese, at all hours on every day of the Service Term.

3.3 Provider shall maintain a configuration management database (CMDB) of all managed devices and keep it updated within two working days of any change.

3.4 Provider shall submit a monthly service report showing Service Level performance, incidents, changes, capacity trends and recommendations, and shall attend a monthly service review with Customer's IT manager.

3.5 Customer shall provide office space, parking and shop-floor access for the on-site engineers, remote access accounts for the operations centre, and the licences and maintenance contracts of its hardware and software vendors. Customer remains responsible for purchasing hardware and software; Provider shall advise on replacements and prepare specifications on request.

3.6 Changes to servers, network devices and business systems are made only through the change process agreed in the runbooks, with Customer's approval for every normal change and a written report after every emergency change.

## 4. Transition

4.1 Within 60 days after signature, Provider shall take over the Services from Customer's internal team, including the inventory of all devices, documentation of the network and server estate, set-up of monitoring and of the service desk, and knowledge transfer.

4.2 Transition Acceptance criteria: all devices in Schedule 1 are recorded in the CMDB and monitored; runbooks for every server and network zone are approved by Customer; the service desk has handled a 14-day parallel run with all tickets logged and classified; and a tested restore of backups has been performed for each business-critical system.

4.3 Customer shall confirm Transition Acceptance in writing, or list the deficiencies, within 5 working days after Provider's notice. Provider shall correct the deficiencies and give notice again.

4.4 If Transition Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The charges are: Transition Fee CNY 72,000; Monthly Service Charge CNY 58,000 for each month of the Service Term, that is CNY 2,088,000 over 36 months. The Total Contract Value is CNY 2,160,000, including VAT.

5.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any Service Credits for that month.

5.3 Invoices are payable within 30 days after receipt. The charges are fixed for the Service Term. Changes to the scope of more than 5% of the devices in Schedule 1 are priced at the unit rates in Schedule 1.

## 6. Service Levels and Credits

6.1 Provider shall meet the Service Levels in Schedule 2. If it fails to do so, Customer is entitled to the Service Credits in Schedule 3, which are deducted from the next invoice.

6.2 If Provider misses the same Service Level in three consecutive months, it shall submit an improvement plan within 10 days and implement it at its own cost.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and for no other purpose, and shall return it to Customer on request and at the end of the Service Term.

## 8. Intellectual Property

8.1 Runbooks, scripts, the CMDB content, network and server documentation and all other materials produced by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by handing them to a successor provider.

8.2 Provider's pre-existing tools remain Provider's property; where they are needed to use the materials in 8.1, Provider grants Customer a perpetual, free licence.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent, except to its employees and permitted subcontractors who need to know it and are bound by equivalent obligations.

9.2 These obligations survive for five years after the end of this Agreement.

## 10. Personnel and Subcontractors

10.1 Provider shall assign a named service delivery manager and the on-site engineers described in Schedule 1. Provider shall replace any person who, in Customer's reasonable opinion, is unsuitable.

10.2 Provider may engage subcontractors for on-site hardware repair, cabling and printer maintenance by giving Customer written notice of the subcontractor's name and scope at least ten days in advance. Provider remains responsible for its subcontractors.

10.3 Provider's engineers shall comply with Customer's plant rules, including safety training and protective equipment on the shop floor.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss, except for wilful misconduct.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. Service Credits do not count towards this limit.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 Customer may also terminate if Provider misses the Priority 1 restoration Service Level in any three months within a period of six consecutive months.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge rate, pro rata, hand over all materials under Clause 8 and transfer the Services to Customer or its successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final.

## 14. General

14.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services and Scope

| Service | Scope | Resources |
|---|---|---|
| Service desk | 1,150 users at three plants and the Shanghai sales office | Chinese-speaking agents at all hours |
| End-user support | 980 PCs and laptops, 160 shop-floor terminals, 210 printers | 3 on-site engineers, one per plant, working days |
| Server and storage operations | 64 virtual and 12 physical servers, 2 storage arrays | remote operations centre, on-call engineer |
| Network operations | 46 switches, 5 firewalls, 180 wireless access points, WAN links | monitoring at all hours, changes by approved request |
| Backup operations | daily backups, monthly restore tests | remote operations centre |
| Operating-system and firmware updates | all managed servers, PCs and network devices, monthly cycle | change windows agreed with Customer |

## Schedule 2 - Service Levels

| Measure | Level | Measurement |
|---|---|---|
| Priority 1 incident (plant production systems or plant network down) | response 15 minutes, restoration 6 hours | per incident |
| Priority 2 incident (one department or line affected) | response 30 minutes, restoration 8 hours | per incident |
| Priority 3 incident (single user) | response 2 hours, resolution next working day | 95% of incidents per month |
| Plant network availability | 99.95% | per plant per calendar month |
| Backup jobs | every failed job re-run on the same day | per job |

## Schedule 3 - Service Credits

| Failure | Service Credit |
|---|---|
| Each Priority 1 incident not responded to or restored on time | 3% of the Monthly Service Charge |
| Plant network availability below the level in Schedule 2 | 5% of the Monthly Service Charge for each plant affected |
| Priority 2 or 3 levels missed in a month | 2% of the Monthly Service Charge |
| Maximum Service Credits per month | 20% of the Monthly Service Charge |
"""

E05 = """MARINE WEATHER AND PORT DATA API SUBSCRIPTION AGREEMENT

Agreement No. EMD-SUB-2027-0105

BETWEEN
Dalian Haitong Shipping Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer"); and
Echizen Marine Data Co., Ltd., Tsuruga, Fukui Prefecture, Japan ("Vendor").

Customer operates a fleet of bulk carriers and feeder container vessels in North-East Asian waters. Vendor provides marine weather forecasts, wave and ice data, port congestion data and route-risk scores through an application programming interface. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Vendor's MarineCast application programming interface, version 3, and the related developer portal.
1.2 "Vendor Data" means the forecasts, observations, port data, scores and other content delivered through the API.
1.3 "Customer Inputs" means vessel lists, positions, voyage plans, query parameters and any other data that Customer or its users send to the API, and the query logs relating to them.
1.4 "Subscription Year" means the period from the Service Start Date, or from an anniversary of it, to the day before the next anniversary.
1.5 "Service Start Date" means the day after Integration Acceptance under Clause 4.

2. SUBSCRIPTION
2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to call the API and to use Vendor Data for Customer's internal voyage planning, chartering and fleet operations, for up to 60 vessels and 150 named users, with up to 2,000,000 API calls per month.
2.2 Customer may display Vendor Data to its masters, charterers and agents in connection with Customer's voyages, but shall not resell Vendor Data or use it to build a competing data product.
2.3 The Subscription Term is two Subscription Years from the Service Start Date. The Agreement expires at the end of the second Subscription Year. A renewal requires a new written agreement; prices for any renewal will be negotiated between the parties.
2.4 Vendor may add data sets, regions and API functions during the Subscription Term at no extra charge. Vendor shall give Customer at least 90 days' notice before withdrawing any API version or data set used by Customer and shall provide a replacement of at least equal coverage.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 336,000 per Subscription Year, CNY 672,000 for the Subscription Term. The one-time integration fee is CNY 38,000. The Total Subscription Value is CNY 710,000, including VAT.
3.2 The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, at CNY 84,000 per quarter. The integration fee is invoiced after Integration Acceptance.
3.3 API calls above the monthly volume in Clause 2.1 are charged at CNY 0.02 per call and invoiced quarterly in arrears.
3.4 Invoices are payable within 30 days of receipt in CNY by bank transfer to Vendor's account in China stated on the invoice.

4. INTEGRATION AND ACCEPTANCE
4.1 Within 45 days after signature Vendor shall provide API credentials, a test environment and integration support, and shall configure the custom route-risk dashboard, alert rules for typhoon, gale and sea-ice conditions, and the port congestion watch-list for the ports named by Customer.
4.2 Integration Acceptance criteria: Customer's voyage management system retrieves forecasts for all vessels in the fleet list through the production API; forecast updates are received within 15 minutes of publication on 10 consecutive days; alerts are delivered to the configured e-mail and messaging channels within 5 minutes in a test of every alert rule; and the dashboard and watch-list match the specification in Schedule 1.
4.3 Customer shall confirm Integration Acceptance in writing or list deficiencies within 5 working days after Vendor's notice that integration is complete. Test calls made by Customer are not acceptance.
4.4 If Integration Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 700 for each day of delay.

5. SERVICE LEVELS
5.1 Vendor shall ensure that the production API is available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.
5.2 Incidents are classified as follows. Severity 1: the API is unavailable, or forecasts are not updated for more than two publication cycles; Vendor responds within 1 hour and provides a fix or workaround within 6 hours. Severity 2: a data set or region is missing or degraded; response within 3 hours and a fix within two working days. Severity 3: other issues; response within one working day.
5.3 If availability in a month is below the level in Clause 5.1, Customer receives a credit of 5% of the quarterly fee for each 0.1 percentage point or part of it below the level, up to 50% of the quarterly fee. For each Severity 1 incident in which the response or fix time is missed, Customer receives a further credit of CNY 1,500. Credits are deducted from the next invoice.
5.4 Vendor shall provide a status page and shall inform Customer's operations desk by e-mail of every Severity 1 incident within 30 minutes of detection.

6. CUSTOMER INPUTS AND DATA SECURITY
6.1 Customer Inputs belong to Customer. Vendor shall use Customer Inputs only to provide the API to Customer and shall not use them for any other purpose, including product development, benchmarking or the sale of vessel movement data, whether identifiable or aggregated.
6.2 Customer Inputs are stored and processed only on servers in mainland China operated for Vendor by Alibaba Cloud in the Shanghai region. Vendor shall encrypt Customer Inputs in transit and at rest, restrict access to named operations staff with multi-factor authentication, keep access logs and hold a valid ISO/IEC 27001 certificate for the service.
6.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Inputs, take all reasonable steps to contain it and compensate Customer for losses caused by Vendor's failure to comply with this Clause 6.
6.4 At the end of the Subscription Term Vendor shall, at Customer's choice, return Customer Inputs in a standard format or delete them, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY
7.1 Vendor Data, the API and the developer portal remain the property of Vendor and its data providers.
7.2 The custom route-risk dashboard configuration, alert rules and watch-lists configured for Customer belong to Customer, which may use, modify and license them freely, including with another data provider.

8. WARRANTIES
8.1 Vendor warrants that it has all rights needed to license Vendor Data to Customer and that Vendor Data is produced with reasonable skill and care using recognised meteorological models and sources.
8.2 Vendor Data is forecast information. Decisions on navigation remain the responsibility of Customer and its masters.

9. LIABILITY
9.1 Neither party is liable for indirect or consequential loss or loss of profit, except for wilful misconduct.
9.2 Vendor's total liability under this Agreement is limited to 150% of the Total Subscription Value. This limit does not apply to breach of Clause 6 or to infringement claims.

10. SUBCONTRACTING AND ASSIGNMENT
10.1 Vendor uses Alibaba Cloud as its hosting provider, as stated in Clause 6.2. Vendor shall not engage any other subcontractor for the services under this Agreement without Customer's prior written consent.
10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM, DURATION AND REMEDIES
11.1 This Agreement takes effect on signature and continues until the end of the Subscription Term.
11.2 Neither party may terminate this Agreement before the end of the Subscription Term. If Vendor fails to perform, Customer's remedies are the service credits under Clause 5.3, the delay payments under Clause 4.4, correction of the failure by Vendor and compensation under Clause 9, and the Agreement continues in force.
11.3 Vendor may suspend access to the API only if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

12. CUSTOMER OBLIGATIONS
12.1 Customer shall keep its API credentials secure, use the API in accordance with the documentation and rate limits on the developer portal, and notify Vendor promptly of any suspected misuse of its credentials.
12.2 Customer shall provide the fleet list, the list of ports for the watch-list and a contact person for integration, and shall give Vendor's engineers access to its test environment during integration.
12.3 Customer shall display Vendor's attribution notice where Vendor Data is shown in reports to third parties.

13. FORCE MAJEURE
13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including the failure of public telecommunications networks or of the satellite and observation networks on which Vendor Data depends, provided that the affected party informs the other party promptly and uses reasonable efforts to resume performance. Service credits remain payable for unavailability caused by Vendor's own systems or suppliers.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding on both parties.

15. GENERAL
15.1 Schedule 1 (Integration Specification) forms part of this Agreement. Amendments must be in writing and signed by both parties.
15.2 This Agreement is made in English and Chinese; both texts are equally authentic.

SIGNED for Customer: ____________________      SIGNED for Vendor: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h663z01_device_testing_institute_lims_platform", "pdf", Z01),
    "z02": ("h663z02_spring_plant_coiling_tempering_retrofit", "docx", Z02),
    "z03": ("h663z03_bbq_chain_ordering_membership_saas", "txt", Z03),
    "z04": ("h663z04_certification_association_query_system_om", "txt", Z04),
    "z05": ("h663z05_fastener_plant_tracking_software_supplier_template", "md", Z05),
    "e01": ("h663e01_production_scheduling_licence_niigata_vendor", "pdf", E01),
    "e02": ("h663e02_field_service_saas_order_form_toyama_vendor", "md", E02),
    "e03": ("h663e03_vibration_sensors_monitoring_licence_akita_vendor", "docx", E03),
    "e04": ("h663e04_managed_it_infrastructure_36_months_yamagata_vendor", "md", E04),
    "e05": ("h663e05_marine_data_api_subscription_fukui_vendor", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped, deemed, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], True, True, True, False, 2000000),
    "z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 27, False, True,
                         False, "PRC", G], True, True, True, False, 1610000),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, False, True, 500 / 526000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], True, True, None, False, 526000),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                         True, True, "PRC", S], True, True, None, False, 468000),
    "z05": ("software", [None, 24, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False,
                         True, None, None, G], True, False, False, True, 970000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True,
                         False, "Japan", G], True, True, True, False, 1920000),
    "e02": ("cloud", [None, None, False, "buyer", True, True, True, 600 / 630000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], False, True, None, False, 630000),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                         False, "PRC", G], True, True, True, False, 1792000),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None, True, None,
                         None, None, False, True, True, "PRC", S], True, True, None, False, 2160000),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 700 / 710000 * 100, 150, None, True, None, None,
                      None, False, False, False, "PRC", S], True, True, None, False, 710000),
}

# design: my intended rules, the TCO fee base (itemised licence/hardware subtotal), forum outside mainland China
DESIGN = {
    "z01": ([], 1160000, False),
    "z02": (["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 1400000, False),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None, False),
    "z04": (["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False),
    "z05": (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], 520000, False),
    "e01": (["CR-GOVERNING-LAW"], 1240000, True),
    "e02": (["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False),
    "e03": ([], 1622000, False),
    "e04": (["CR-DATA-SECURITY", "CR-SUBCONTRACT"], None, False),
    "e05": (["CR-CONFIDENTIALITY", "CR-TERMINATION"], None, False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (label values must never equal them)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def tco_share(t, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees, fees / (VALUE[KEY] + fees) * 100


def derive(t, x, base, forum_out):
    """My reading of policy §3 applied to a label."""
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, base)
        if share and share[1] > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [r"99\.9(?!\d)",
            r"(?<![\d.])4\s*个?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十二三四五六七八九零〇百千])四\s*个?\s*小时",
            r"(?<!twenty-)(?<!twenty )(?<!twenty)\bfour\s*-?\s*hours?\b",
            r"(?<![\d.])0\.05\s*(?:%|per\s*cent)", r"万分之五(?!十)", r"千分之零点五",
            r"(?<![\d.,])100\s*(?:%|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
            r"(?<![\d.,])30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
            r"(?<![\d.,])12\s*个\s*(?:自然)?月", r"(?<![\d.,年])12\s*月(?!\s*\d{1,2}\s*日)", r"十二\s*个\s*(?:自然)?月",
            r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?months?", r"twelve\s*-?\s*(?:calendar\s*)?months?", r"一\s*年(?!度)",
            r"\bone\s*-?\s*years?\b",
            r"(?<![\d.,])15\s*(?:%|per\s*cent)", r"百分之十五", r"fifteen\s*per\s*cent",
            r"(?<![\d.,])40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent"]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4小时内响应", "within 4 hours", "4 hrs", "四小时", "four hours", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "质保期一年", "one year", "15%", "百分之十五", "40%",
            "百分之四十", "forty per cent", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.5%", "0.08%", "万分之八", "万分之五十",
             "130%", "150%", "35%", "45%", "百分之三十五", "百分之四十五", "2027年12月31日", "12月31日", "每个服务年度",
             "40 technicians", "twenty-four hours", "1,400,000", "115%", "first year", "24 months", "18 months", "24个月", "CNY 30,000"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for m in RX.finditer(f)})


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def size(key, text):
    if key.startswith("z"):
        return len(re.sub(r"\s", "", text))
    return len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s).group(0))

    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    VALUE = {k: v[6] for k, v in LABELS.items()}
    covered = set()
    report = []
    for key, (stem, ext, _) in FILES.items():
        KEY = key
        cat, vals, sla, ld_stated, capped, deemed, value = LABELS[key]
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        design, base, forum_out = DESIGN[key]
        rules = derive(terms, extra, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        for k, th in TH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k, terms[k])
        share = tco_share(terms, base) if base else None
        if share:
            assert abs(share[1] - TCO_TH) > 2, (key, share)
        label = {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = size(key, text)
        lo, hi = (2750, 3000) if key[0] == "z" else (1450, 1650)
        hits = scan(text)
        assert not hits, (key, hits)
        assert lo <= n <= hi, (key, n)
        report.append((key, ext, n, risk(rules), rules, None if not share else round(share[1], 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for r in report:
        print(*r)
    print("all checks passed; rules covered:", len(covered))
