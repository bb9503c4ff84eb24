"""holdout607: builds the ten blind held-out draft contracts and their .json labels from the sources below, and asserts
the checks of the brief (lengths, no threshold figure, label/rule consistency, coverage).
Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for .docx and .pdf)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:清溪市河湖长制智慧巡查平台建设项目合同
P:合同编号：QXSL-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：清溪市水利局
P:乙方（供应商）：浙江澄波信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就清溪市河湖长制智慧巡查平台建设事宜，经平等协商，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供河湖长制智慧巡查平台软件许可，并完成巡河移动端、问题上报与处置流转、一河（湖）一策电子档案、河湖长履职考核等功能的定制开发，以及与省级河湖长制信息系统、市视频监控共享平台、水文监测系统的数据对接，覆盖市、县、乡、村四级河湖长共2,316名用户。
P:1.2 合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），其中：平台软件许可费612,000元（永久许可，不限终端数量）；定制开发费538,000元；数据对接费146,000元；实施及培训费90,000元。
P:1.3 合同总价为固定价格，已包含软件许可、开发、部署、培训、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:1.4 乙方应按招标文件技术要求，采用国产化操作系统和数据库环境部署平台，并完成与政务云资源的适配测试。
H:第二条 交付与工期
P:2.1 乙方应在合同签订后一百二十日内完成平台部署、定制开发和数据对接，具备初验条件；初验合格后进入九十日试运行期。
P:2.2 乙方应按项目实施方案提交需求规格说明书、源代码、数据库设计说明、接口文档、部署手册、用户手册和培训记录，并对甲方及各县区水利部门的管理员和河湖长开展不少于八场培训。
P:2.3 乙方应指定具有同类项目经验的项目经理，未经甲方同意不得更换。
P:2.4 乙方应在平台上线前完成全市河湖名录、河段划分、河湖长任命信息和历史巡河数据的整理入库，并经各县区水利部门逐一确认。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计277,200元。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的45%，计623,700元。
P:3.3 试运行结束且终验合格后十五个工作日内，甲方支付合同总价的35%，计485,100元。
P:3.4 乙方应在每次付款前开具等额合法的增值税发票，甲方按财政资金支付流程付款。
H:第四条 验收
P:4.1 初验标准：全部功能点经逐项测试通过；与省级系统、视频平台、水文系统的接口连续七日数据交换无差错；移动端在五百名用户同时在线时页面响应时间不超过3秒；历史巡河记录迁移后经抽查核对一致。
P:4.2 终验标准：试运行期内未发生一级故障；第三方测评机构出具的安全测评报告无高危问题；甲方组织专家评审通过并出具书面终验报告。
P:4.3 平台上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新组织验收，费用由乙方承担。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.5%，计划内维护时间不计入不可用时间，计划维护应提前三个工作日通知甲方并安排在夜间进行。
P:5.2 故障分级：一级故障（平台整体不可用或巡河数据无法上报）30分钟内响应、6小时内恢复；二级故障（部分功能异常）2小时内响应、24小时内解决；三级故障（咨询或轻微缺陷）1个工作日内响应。
P:5.3 乙方每迟延响应或迟延恢复一小时，甲方有权从履约保证金中扣减800元；月度可用率每低于约定值0.1个百分点，扣减1,000元。
H:第六条 质保与后续维护
P:6.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、季度巡检和远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即55,080元/年），该标准在质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级，无需另行向乙方付费。
H:第八条 数据安全
P:8.1 平台中的河湖基础数据、巡河轨迹、问题图片、视频及河湖长个人信息均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，对数据传输和存储进行加密，运维人员须经甲方堡垒机操作并留存日志，不得将数据拷贝出甲方网络。
P:8.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将现场部署、视频点位接入等辅助性工作分包给具有相应能力的单位，但应在分包前五个工作日书面告知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 项目管理与变更
P:13.1 双方各自指定项目负责人，建立周例会和月报制度。乙方应每周提交进度报告，说明完成情况、存在问题和下周计划；重大问题应在当日报告甲方。
P:13.2 需求变更应以书面形式提出，经双方确认工作量和工期影响后实施；不超出招标文件范围的功能调整，不增加合同价款。
P:13.3 乙方应遵守甲方机房和办公场所的管理制度，进场人员须实名登记并签署安全承诺。
H:第十四条 不可抗力与通知
P:14.1 因地震、洪水等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，相应免除或延期履行。
P:14.2 双方往来通知以书面形式送达本合同载明的地址或电子邮箱，变更联系方式应提前书面通知对方。
H:第十五条 争议解决
P:15.1 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
P:15.2 合同履行期间，双方应遵守廉洁自律规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
H:第十六条 其他
P:16.1 招标文件、投标文件、澄清材料及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪市水利局　　乙方（盖章）：浙江澄波信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:热压生产线控制系统改造及维保合同
P:合同编号：HMY-JS-2026-032
P:甲方：湖州恒木家居材料有限公司
P:乙方：苏州精控自动化工程有限公司
P:甲方为提升人造板热压生产线的控制精度和稳定性，委托乙方对二号热压线的控制系统实施改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，新增PLC主站及远程I/O站、伺服液压比例控制单元、触摸屏人机界面、压力与温度传感器，部署热压控制软件及配方管理模块，并完成与甲方MES系统的数据对接。
P:1.2 改造后生产线应实现压板压力闭环控制、热板温度分区控制、工艺配方一键下发、生产数据自动采集与追溯。
P:1.3 停线改造时间不超过十八日，具体停线窗口由甲方根据生产计划书面确定。
P:1.4 乙方应对现场进行详细勘察，核实原有液压系统、电气线路和热板布置情况，勘察结果作为实施方案的依据。因乙方勘察不细导致的额外工作量，由乙方自行承担。
P:1.5 新增设备应为全新正品，主要元器件应提供原厂合格证和检测报告，品牌和型号应符合附件技术规格，未经甲方书面同意不得替换。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾陆万捌仟元整（¥968,000），明细如下表：
TB:序号|项目|金额（元）
TB:1|PLC主站、远程I/O及伺服液压单元（设备）|452,000
TB:2|热压控制软件及配方管理平台许可（永久）|168,000
TB:3|设备及软件小计|620,000
TB:4|拆除、安装、布线及联调|236,000
TB:5|配方管理模块定制开发|82,000
TB:6|操作及维护培训|30,000
TB:7|合计|968,000
P:2.2 上述价格为含税固定总价，包括设备、软件、运输、安装、调试、培训及质保期内的服务费用。
P:2.3 甲方因生产计划调整需增加备件的，乙方应按本合同附件中的备件单价供货，服务期内单价不得上调。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计193,600元。
P:3.2 设备到货并完成安装后，甲方支付合同总价的55%，计532,400元。到货签收和安装完成不代表设备质量或系统功能验收合格。
P:3.3 系统终验合格后十个工作日内，甲方支付合同总价的25%，计242,000元。
P:3.4 乙方应在每次收款前开具合法有效的增值税专用发票，甲方收到发票并审核无误后付款。
H:第四条 验收
P:4.1 改造完成后进行七十二小时连续带料试生产。验收标准：压板压力控制偏差不超过设定值的±1.5%；热板温度偏差不超过±2℃；配方下发至各热板时间不超过5秒；与MES系统的产量、能耗数据连续七日核对一致；试生产期间未发生因控制系统导致的停机。
P:4.2 满足上述标准的，双方签署终验报告。单纯的设备安装、通电运行或甲方投入生产均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第五条 服务水平
P:5.1 故障分级：一级故障（热压线停机或存在安全隐患）乙方应在1小时内电话响应，8小时内到达现场；二级故障（部分功能异常但可维持生产）2小时内响应，24小时内到场处理；三级故障1个工作日内响应。
P:5.2 乙方每迟延响应或迟延到场一小时，应向甲方支付500元；因控制系统故障导致停机超过一个班次的，乙方另行支付2,000元。
P:5.3 乙方应每季度进行一次预防性巡检，并提交巡检报告。
H:第六条 质保与维保
P:6.1 质保期为终验合格之日起二十四个月。质保期内，设备、软件及改造工程出现的质量问题由乙方免费维修或更换，包括备品备件。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的8%，即49,600元/年，质保期满后三年内不上调。维保服务按年签订，双方协商一致后续签，不自动续期。
P:6.3 质保期内，乙方应在甲方厂区存放主要易损备件，包括PLC通讯模块、伺服放大器、压力传感器和温控模块，备件清单作为本合同附件。备件消耗后乙方应在七日内补足。
P:6.4 质保期满前一个月，双方共同对系统进行全面检查，乙方对发现的问题负责处理，处理完毕后质保期方可届满。
H:第七条 知识产权
P:7.1 热压控制软件的既有知识产权归乙方或原厂所有，甲方享有永久使用许可，可随生产线转让。
P:7.2 本项目定制开发的配方管理模块、PLC程序、MES接口程序及其源代码归甲方所有，乙方应在终验前全部交付，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 控制系统采集的工艺配方、生产数据、能耗数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方提供的工控安全网关接入并全程记录；乙方不得在控制网络中接入未经检测的移动存储设备，应在交付前对PLC及上位机进行病毒查杀。
P:8.3 因乙方原因导致数据丢失、篡改或泄露的，乙方应在2小时内通知甲方、协助恢复，并赔偿甲方全部损失。
H:第九条 双方义务
P:9.1 甲方应按时提供停线窗口、现场水电、原有图纸和MES接口说明，并指派工艺人员配合调试。
P:9.2 乙方应遵守甲方安全生产管理制度，进场人员须经安全培训并持证上岗，动火、登高作业须办理审批。
H:第十条 项目管理
P:10.1 乙方应在合同签订后七日内提交改造实施方案、停线期间施工计划、安全技术措施和应急预案，经甲方审核同意后实施。
P:10.2 改造期间乙方应每日向甲方设备部报告进度，并做好原有设备拆除物的登记和移交；拆除的旧设备归甲方所有。
P:10.3 乙方应在终验前提交电气原理图、接线图、PLC程序注释清单、软件操作手册、维护手册、备件清单及供货商联系方式，所有文档应为中文。
P:10.4 培训内容包括系统操作、配方维护、常见故障判断和日常点检，培训对象为甲方操作工、电工和工艺员，培训不少于三批次，经考核合格后方可独立操作。
H:第十一条 变更与不可抗力
P:11.1 改造范围需调整的，双方应书面确认变更内容及价款，未经书面确认的变更不得实施。
P:11.2 因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同。
P:11.3 乙方应在改造期间做好现场防火、防尘和成品保护，施工结束后清理现场。因乙方施工造成甲方设备、厂房或人员损害的，由乙方负责赔偿。
P:11.4 乙方人员在甲方厂区发生的人身伤害事故，由乙方依法承担责任，乙方应为进场人员办理意外伤害保险。
H:第十二条 分包
P:12.1 乙方不得将本合同工作转包。确需将布线等辅助工作分包的，须事先取得甲方书面同意，并对分包工作承担全部责任。
H:第十三条 违约与解除
P:13.1 乙方提供的设备或软件不符合约定的，应负责更换或修复，并承担由此增加的费用。
P:13.2 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.3 甲方逾期付款的，应在乙方书面催告后十日内付清。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""
Z03 = """连锁健身门店预约与会员管理SaaS服务及实施合同

合同编号：LD-FIT-SaaS-2026-08
甲方：广州力动健身管理有限公司
乙方：深圳云栖数智科技有限公司

甲方在华南地区经营50家连锁健身门店，现委托乙方提供课程预约与会员管理SaaS服务及相应实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供课程预约、私教排期、会员卡管理、储值与消费、门禁核验、营销活动及经营报表等功能，覆盖甲方全部50家门店、不超过1,200个员工账号及甲方会员小程序。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（二）实施服务
1. 乙方负责系统配置、门店及课程基础数据初始化、原有会员系统数据迁移、门禁闸机接口和甲方财务系统接口开发，以及店长、前台和教练的培训。
2. 乙方应在合同签订后七十五日内完成全部门店上线。

（三）其他要求
1. 系统应支持门店自助签到、微信及支付宝支付、电子合同签署和发票开具，界面和报表应为简体中文。
2. 乙方应保证平台能够承载甲方会员在节假日促销期间的访问高峰，并在活动前三日进行压力测试。
3. 新开门店的开通配置包含在订阅费中，不另行收费。

4. 乙方应为甲方总部开通多门店经营看板，可按门店、课程类型、教练和时间段统计到店人次、课时消耗、会员续费和储值余额。

二、合同价款与支付
（一）合同总价为人民币壹佰壹拾贰万元整（¥1,120,000），其中：
1. 第一服务年度订阅费486,000元；
2. 第二服务年度订阅费486,000元；
3. 一次性实施费148,000元。
（二）订阅费按季度支付，每个服务季度结束后十五个工作日内，甲方根据当季服务水平考核结果支付该季度订阅费121,500元。
（三）实施费在系统上线验收合格后十五个工作日内一次性支付。
（四）乙方应在每次收款前开具增值税专用发票。

（五）甲方因门店增减调整账号数量的，乙方应在三个工作日内完成开通或停用，账号数量不超过约定上限的，不调整订阅费。

三、上线验收
（一）上线前乙方应提交验收方案，经甲方确认后实施。
（二）验收标准：
1. 全部50家门店完成配置，预约、签到、扣课、储值消费流程逐店测试通过；
2. 原有会员、卡项及余额迁移后逐户核对一致，差异为零；
3. 门禁闸机接口在高峰时段核验时间不超过1秒；
4. 财务系统接口连续七日对账无差异；
5. 小程序在两千名会员同时在线时页面响应不超过2秒。
（三）满足全部标准后，甲方出具书面上线验收单。乙方单方宣布上线或门店开始使用，不视为验收合格。

（四）上线验收不合格的，乙方应在七日内完成整改并重新提交验收；第二次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项。
（五）上线验收前，乙方应组织甲方关键用户进行用户验收测试，测试用例由双方共同确认，测试记录作为验收资料的组成部分。

四、服务水平
（一）平台月度可用率不低于99.95%，计划维护应安排在凌晨零点至六点并提前两个工作日通知甲方。
（二）故障响应：一级故障（平台整体不可用或门禁无法核验）15分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内解决；三级故障1个工作日内响应。
（三）服务抵扣：月度可用率每低于约定值0.1个百分点，抵扣当月订阅费的3%；一级故障每迟延恢复一小时，抵扣1,000元。抵扣金额从当季订阅费中扣除。

（四）服务水平数据以乙方平台监控记录和甲方门店报障记录为准，双方数据不一致的，以对甲方有利的记录为准，乙方应在每月服务报告中列明。

五、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方开发的门禁接口、财务接口程序、数据迁移脚本及相关文档归甲方所有，乙方应交付源代码，甲方可自由使用和修改。

六、数据
（一）甲方会员信息、消费记录、课程记录等业务数据归甲方所有。
（二）乙方可在去除个人身份标识后，将甲方业务数据用于行业经营分析、产品改进及其面向其他客户的数据服务，该等去标识化数据及分析结果归乙方所有。
（三）数据安全：乙方应将数据存储于境内数据中心，采取加密存储、访问控制和操作审计等措施，并持有有效的等级保护三级备案；发生数据泄露的，乙方应在2小时内通知甲方并承担由此造成的全部损失。
（四）服务终止后三十日内，乙方应将全部数据以通用格式移交甲方，并在移交后删除平台中的甲方数据。

（五）甲方可随时通过平台导出其会员及交易数据，乙方不得设置额外障碍或收取费用。

七、保密
双方对在履行本合同中获知的对方商业秘密负有保密义务，保密期限至合同终止后三年。

八、项目管理与培训
（一）乙方应指派专职实施经理，驻场配合甲方完成首批十家门店试点，试点运行十日后再分三批推广至其余门店，每批上线前应经甲方运营部确认。
（二）乙方应为每家门店的店长和前台提供不少于两小时的操作培训，为教练提供约课和排期培训，为总部财务和运营人员提供报表及对账培训，并提供操作视频和常见问题手册。
（三）服务期内乙方应提供在线客服和电话支持，每月向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和版本更新说明。
（四）乙方平台版本升级如影响甲方门店操作流程，应提前十日通知甲方并提供培训材料；不得因升级减少本合同约定的功能。

九、续期
服务期届满前三十日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅费由乙方根据其届时的价格体系调整，并以书面通知甲方为准。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，应向甲方支付违约金1,200元。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。

（三）因乙方平台故障导致甲方会员投诉或门店无法营业的，乙方应配合甲方处理投诉，并按甲方实际损失予以赔偿。

十一、分包
乙方不得将实施服务分包。确需由第三方进行闸机现场安装的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已预收但未提供服务部分的费用。
（二）连续两个月可用率低于约定值的，甲方有权解除合同。

（三）甲方依本条解除合同的，不影响其追究乙方违约责任的权利。

十三、廉洁条款
双方应遵守商业道德，乙方不得向甲方员工提供回扣、礼品或其他不正当利益；发现违反的，甲方有权解除合同并要求赔偿。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交广州仲裁委员会仲裁。

十五、其他
（一）不可抗力导致服务中断的，受影响一方应及时通知对方，并采取措施减少损失；不可抗力持续超过三十日的，甲方可解除合同。
（二）双方联系人及通知地址以合同首页为准，变更应提前书面通知。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
日期：2026年  月  日
"""

Z04 = """清河市中医院PACS系统年度运维服务合同

项目编号：QHZYY-CS-2026-011
采购方式：竞争性磋商
甲方：清河市中医院
乙方：杭州明影医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方医学影像存储与传输系统（PACS）年度运维服务事宜，订立本合同。

第一条 服务范围
1. 乙方负责甲方PACS系统、影像存储设备、影像诊断工作站、胶片打印服务及与HIS、RIS、电子病历系统接口的日常运维，覆盖放射科、超声科、内镜中心及体检中心。
2. 服务内容包括：一名工程师工作日驻场、节假日远程值守；每日系统巡检；每月数据备份恢复演练；存储扩容与迁移配合；故障处理；系统补丁和安全加固；运维报告。

第二条 服务期与费用
1. 服务期自2026年3月1日起至2027年2月28日止。
2. 服务费总额为人民币叁拾捌万陆仟元整（¥386,000），其中：驻场及远程运维人员费用228,000元；备品备件费96,000元；巡检及应急保障费62,000元。
3. 服务费按季度支付。每季度结束后，甲方根据季度考核结果，于十五个工作日内支付该季度服务费96,500元，扣除按第五条计算的扣款。本合同不设预付款。

4. 乙方报价已包含服务期内全部人员、交通、工具、备品备件及税费，服务期内更换的故障配件应为原厂或同等品质的全新配件，更换下的旧件及存储介质归甲方所有并由甲方处置。

第三条 服务启动
1. 乙方应在服务期开始之日派驻工程师到岗，并在十日内完成系统现状评估，提交运维方案和应急预案。
2. 乙方未按时派驻工程师或提交运维方案的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

3. 乙方应配置具有放射影像系统运维经验的二线技术支持团队，驻场工程师无法解决的问题，二线团队应在1小时内远程介入。
4. 驻场工程师请假或培训期间，乙方应安排同等资质的工程师顶岗，顶岗安排应提前告知甲方信息科。

5. 乙方应在服务期开始后一个月内，对PACS服务器、存储和数据库进行一次全面健康检查，形成评估报告并提出风险整改建议，经甲方确认后纳入运维计划实施。

第四条 服务水平
1. PACS系统月度可用率不低于99.95%。
2. 故障分级及时限：一级故障（全院影像无法调阅、存储或接口中断）15分钟内响应，工程师30分钟内到达现场，2小时内恢复；二级故障（单个科室或部分功能异常）30分钟内响应，8小时内解决；三级故障1个工作日内处理。
3. 影像调阅时间：当日影像不超过2秒，历史影像不超过5秒。

4. 放射科、超声科等临床科室反映的影像调阅慢、打印异常等问题，乙方应在当日完成排查并向信息科书面反馈原因和处理结果。
5. 乙方应根据甲方存储使用情况，每季度提交容量趋势分析，提前三个月提出扩容建议。

第五条 考核与扣款
1. 甲方信息科按季度对乙方进行考核，考核内容包括故障响应及恢复时效、巡检记录、备份演练、用户满意度。
2. 一级故障每迟延恢复一小时，扣减服务费1,000元；月度可用率每低于约定值0.01个百分点，扣减500元；漏检、漏报一次扣减300元。
3. 年度服务期满，甲方组织年度验收，验收标准为：全年无因乙方原因导致的数据丢失；四个季度考核均合格；运维文档、配置台账和备份记录完整移交。年度验收合格后，甲方出具验收报告。

4. 季度考核不合格的，乙方应在十日内提交整改报告，并在下一季度考核中重点复核整改情况。

第六条 数据安全
1. PACS系统中的影像、检查报告和患者信息均属于甲方，乙方仅为提供运维服务而接触，不得用于其他任何目的。
2. 乙方工程师须通过甲方堡垒机进行运维操作，全程审计；不得将影像数据拷贝至外部设备，不得开通未经批准的远程通道。
3. 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及医疗卫生行业网络安全管理要求。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合处置，并承担因其原因造成的全部损失，包括行政处罚和患者索赔。

第七条 保密
乙方及其人员对履行本合同知悉的患者隐私、医院管理信息和系统口令负有保密义务，应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。

第七条之一 廉洁与合规
乙方及其人员应遵守医院廉洁从业规定，不得以任何形式向甲方工作人员输送不正当利益，不得借运维之便推销其他产品。

第八条 知识产权
乙方在服务中形成的运维脚本、配置文档、巡检报告和应急预案归甲方所有，甲方可自由使用和修改。

第九条 人员管理
1. 驻场工程师应具有三年以上PACS运维经验，更换须提前十日书面征得甲方同意。
2. 乙方应为其人员缴纳社会保险，承担其人员的全部用工责任。

第十条 运维工作要求
1. 日常巡检：每个工作日上午八点前完成PACS服务器、存储阵列、数据库、影像路由及打印服务的巡检，记录CPU、内存、存储容量、队列积压和备份状态，发现异常立即处理并报告信息科。
2. 备份管理：在线影像按日增量备份、按周全量备份，近线存储每月校验一次；每月至少进行一次抽样恢复演练，演练结果书面报告甲方。
3. 变更管理：系统补丁、配置修改、接口调整均须提交变更申请，经甲方信息科批准后在夜间或业务低峰期实施，并事先做好回退方案。
4. 安全加固：每季度配合甲方开展漏洞扫描，对中高危漏洞在规定时限内完成修复或采取缓解措施。
5. 运维报告：每月五日前提交上月运维报告，内容包括可用率统计、故障清单及原因分析、巡检与备份记录、容量预测和改进建议。
6. 应急保障：在重大节假日、等级评审、上级检查等重点时段，乙方应增派工程师现场值守，不另行收费。
7. 服务终止时，乙方应在十日内完成全部运维资料、账号口令和配置台账的移交，并配合甲方或新的服务商完成交接。

8. 乙方应建立运维知识库，对每一次故障的现象、原因、处理过程和预防措施进行记录，并在季度考核时提交甲方。
9. 乙方应协助甲方做好网络安全等级保护测评、电子病历系统应用水平评级和互联互通测评中与PACS相关的准备工作，按测评要求提供技术资料并整改问题。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 违约与解除
1. 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
2. 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同。
3. 服务期满本合同终止，不自动续期。如需继续服务，双方另行按规定采购。

4. 甲方逾期支付服务费的，乙方可书面催告，但不得因此中断运维服务或降低服务水平。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：清河市中医院        乙方（盖章）：杭州明影医疗信息技术有限公司
日期：2026年  月  日
"""
Z05 = """# 慧纪电子批记录系统软件许可及实施合同

**合同文本：慧纪软件标准合同 V4.0（乙方提供）**

合同编号：HJ-EBR-2026-0419

甲方：江门百草堂凉茶饮料有限公司

乙方：广州慧纪软件科技有限公司

甲方拟在其凉茶饮料生产基地实施电子批记录系统，乙方同意按本合同约定提供软件许可及实施服务。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供慧纪电子批记录系统（EBR）软件许可，包括批记录模板管理、生产指令下达、称量配料、煎煮提取与调配工序记录、灌装及灭菌记录、偏差管理、电子签名与审计追踪、批放行等模块。

1.2 乙方根据甲方工艺完成定制开发，包括凉茶提取工艺参数采集模板、与甲方ERP系统及称量终端的接口、批记录审核看板。

1.3 实施服务包括系统安装、配置、数据初始化、用户培训及上线支持。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 电子批记录系统软件许可（永久，80个并发用户） | 820,000 |
| 2 | 定制开发（工艺模板、ERP及称量接口、审核看板） | 340,000 |
| 3 | 实施服务（安装、配置、培训、上线支持） | 100,000 |
| | 合计 | 1,260,000 |

合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），含增值税。

上述价格不包括服务器、数据库、操作系统、中间件及第三方软件的费用，也不包括乙方人员的差旅费用。差旅费用按实际发生由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即630,000元。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余的50%，即630,000元。

3.3 甲方未按期付款的，乙方有权暂停实施服务，工期相应顺延。

2.1 乙方报价有效期为三十日。合同价款不包括甲方后续新增用户许可，新增用户许可按乙方届时价格另行购买。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划于九十日内完成系统上线。

4.2 甲方应提供服务器、网络环境、工艺资料和关键用户，并及时确认需求。因甲方原因造成的延误，工期相应顺延。

4.3 系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的修改需求，按新增需求另行收费。

4.4 乙方应向甲方提交系统安装手册、用户操作手册和管理员手册电子版各一份。培训以乙方标准课程为准，培训人数不超过二十人，超出部分按乙方报价另行收费。

4.5 甲方应在上线前完成关键用户测试并签署上线确认单。甲方未在乙方通知之日起五个工作日内签署且未提出书面意见的，视为同意上线。

## 第五条 技术支持

5.1 乙方提供7×24小时服务热线。对影响生产的紧急故障，乙方在接到甲方报修后8小时内响应，并尽力在合理时间内解决；一般问题在2个工作日内响应。

5.2 乙方提供远程支持为主，确需现场服务的，由双方协商安排。

5.3 乙方提供的技术支持以电话、邮件和远程桌面方式为主。甲方应为乙方远程支持提供必要的网络条件，并指定专人配合处理。

5.4 乙方可根据产品规划发布新版本。新版本的功能变化以乙方发布说明为准，甲方可根据需要决定是否升级。

## 第六条 免费维护期与维护费

6.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方应按年向乙方购买维护服务，年度维护费为软件许可费的28%，即229,600元/年，于每个维护年度开始前支付。

6.3 维护服务每年到期后自动续期一年，维护费标准不变。甲方不续购维护服务的，乙方不再提供补丁、升级和技术支持。

6.4 以下情形不属于免费维护范围：甲方新增需求或工艺变更引起的修改；甲方硬件、网络或第三方软件故障；系统版本跨大版本升级；数据恢复和数据修正服务。上述服务按乙方当年服务报价另行收费。

6.5 维护服务内容包括：远程技术支持、缺陷修复补丁、小版本升级和年度巡检一次。现场服务按人天另行收费。

## 第七条 知识产权

7.1 慧纪电子批记录系统及其全部版本的知识产权归乙方所有。

7.2 乙方为本项目定制开发的工艺模板、接口程序、看板及相关文档，其知识产权归乙方所有，甲方在本项目范围内享有非独占、不可转让的使用权，不得自行修改或交由第三方修改。乙方有权将上述成果用于其他客户项目。

## 第八条 数据

8.1 甲方在系统中产生的批记录、工艺参数、物料及质量数据归甲方所有，乙方仅为提供实施和维护服务使用，不得用于其他用途。

8.2 乙方实施和维护人员应通过甲方批准的方式访问系统，不得拷贝甲方生产数据；乙方应采取必要的访问控制和日志审计措施。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。

## 第九条 保密

双方对在合作中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因导致系统未按计划上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、停产损失承担责任。

10.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

10.4 任何一方因第三方原因违约的，应当向对方承担违约责任，但乙方因甲方未及时提供资料、环境或确认需求导致的延误不承担责任。

## 第十二条 甲方义务

1. 甲方应按乙方要求提供符合配置要求的服务器、数据库、操作系统及网络环境，并承担相应费用。

2. 甲方应指定项目负责人和各车间关键用户，及时提供工艺规程、批生产记录样本、物料编码及质量标准等资料，并对资料的准确性负责。

3. 甲方应按照乙方提供的操作手册使用系统，因甲方操作不当、擅自修改配置或使用非乙方认可的第三方软件造成的故障，不属于乙方维护责任范围。

4. 乙方根据项目进度安排实施人员，并有权根据公司安排调整实施人员。甲方应为乙方实施人员提供必要的办公条件和厂区通行便利。

## 第十三条 不可抗力

因不可抗力或政府行为导致一方不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。因网络运营商故障、第三方软硬件缺陷或病毒攻击导致的服务中断，乙方不承担责任。

## 第十四条 通知

双方往来通知以电子邮件或书面形式发出，发至本合同首页所载地址即视为送达。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方发布的产品服务说明为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：广州慧纪软件科技有限公司

日期：2026年　月　日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HKT-CN-2026-0214
P:This Software Licence and Services Agreement (the "Agreement") is made between Heilongjiang Beiyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin (the "Customer"), and Hokkai Coldchain Systems K.K., a company incorporated in Japan with its head office in Sapporo, Hokkaido (the "Vendor").
P:The Customer wishes to obtain a perpetual licence to the Vendor's cold-chain warehouse management software and to have the Vendor configure, extend and implement it at the Customer's plants and distribution centres. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FrostLine warehouse management system, version 8, in object code, including the temperature tracking, batch traceability, dock scheduling and route loading modules, and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile screens, scripts and documentation developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including product, batch, temperature, logistics and personal data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users at the Customer's two plants and six distribution centres in mainland China, for the Customer's own business purposes.
P:2.2 The Vendor shall perform the implementation services described in Annex 1, including installation, configuration, data migration from the Customer's existing spreadsheets and legacy system, the development of interfaces with the Customer's ERP and temperature loggers, and training of key users and administrators.
P:2.3 The Vendor shall perform the services with qualified personnel, in a professional manner and in accordance with the project plan agreed at the kick-off meeting.
P:2.4 Each party shall appoint a project manager. The project managers shall meet weekly, by video conference or on site, to review progress, risks and open issues, and the Vendor shall circulate minutes within two working days after each meeting.
P:2.5 The Customer shall provide the Vendor with timely access to its sites, servers and key users, and with the master data and interface specifications reasonably required. The Vendor shall tell the Customer promptly in writing if it considers that any delay by the Customer will affect the project plan, and shall propose measures to recover the schedule.
H:Article 3 Price and Payment
P:3.1 The total contract price is CNY 1,764,000 (the "Contract Price"), including all taxes, made up of: Licence Fee CNY 1,180,000; implementation and interface development CNY 520,000; training CNY 64,000.
P:3.2 The Contract Price shall be paid as follows: (a) 20% within 20 days after signature, against the Vendor's invoice; (b) 45% within 20 days after installation and completion of the configuration test; (c) 35% within 20 days after Final Acceptance.
P:3.3 Installation and configuration testing do not constitute acceptance. Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall make the Software available for installation within 30 days after signature and shall complete the implementation so that the system is ready for acceptance testing within 150 days after signature.
P:4.2 If the Vendor fails to meet the date for readiness for acceptance testing for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The parties shall agree an acceptance test plan at least 20 days before testing starts.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 1 passes its test case; (b) migrated stock and batch records reconcile fully with the source data; (c) temperature logger readings are received and stored within 60 seconds for all 1,180 loggers; (d) the ERP interfaces run for 10 consecutive working days without a reconciliation difference; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Go-live, productive use or any payment by the Customer shall not be deemed acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and support free of charge.
P:6.2 Support requests are classified as follows. Severity 1 (the system is down or goods cannot be received or shipped): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 2 working days. Severity 3 (minor issue or question): response within 1 working day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 129,800 per year, and shall not be increased for the first three support years. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development, in any form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with named accounts and multi-factor authentication. The Vendor shall not copy Customer Data outside the Customer's environment, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 6 hours after becoming aware of it, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 4.2 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered or non-conforming work. The licence granted under Article 2.1 survives termination once the Licence Fee is paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. If such an event lasts more than 60 days, either party may terminate the affected services.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Japan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The seat of arbitration is Sapporo, Japan, and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above, or by e-mail to the project managers named in Annex 2, with a copy by courier.
P:Annex 1: Functional scope and implementation plan. Annex 2: Project organisation and contacts.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS - BoxTrail Container Visibility Service

Order Form No. BT-OF-2026-0377

## PART A - ORDER FORM

### A1. Parties

**Provider:** BoxTrail Logistics Technology Co., Ltd., a company incorporated in the Republic of Korea, with its head office in Jung-gu, Busan.

**Customer:** Ningbo Haiyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang.

This Order Form is governed by the General Terms in Part B. If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Service

The Provider will provide the BoxTrail container visibility service (the "Service"): real-time container and vessel tracking for sea freight, milestone alerts, estimated time of arrival prediction, shipment dashboards, a customer self-service tracking portal branded for the Customer, and an API for the Customer's freight management system.

Scope: up to 180 named users, up to 48,000 tracked containers per Subscription Year, and the Customer's customer portal with unlimited viewers.

Onboarding: configuration of the Customer's carriers and trade lanes, import of open shipments, development of a two-way integration with the Customer's freight management system (the "Integration"), and training of administrators and users.

### A3. Subscription Term

The initial Subscription Term is 24 months, made up of two Subscription Years, starting on the Go-Live Date stated in the Go-Live certificate issued under A5.

### A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription Fee, Subscription Year 1 | annual, invoiced quarterly in advance | 318,000 |
| Subscription Fee, Subscription Year 2 | annual, invoiced quarterly in advance | 318,000 |
| Onboarding and Integration (one-time) | invoiced after Go-Live | 46,000 |
| **Total Fees for the initial Subscription Term** | | **682,000** |

Each quarterly invoice is CNY 79,500. Invoices are payable within 30 days after receipt of a valid PRC VAT invoice. Tracking volume above the allowance in A2 is charged at CNY 2.60 per additional container, invoiced quarterly in arrears. All fees include VAT and are payable in CNY.

### A5. Onboarding and Go-Live

The Provider will complete onboarding within 45 days after signature of this Order Form. Go-Live requires that the following acceptance tests are passed: (a) tracking events for a sample of 500 live containers, chosen by the Customer, match the carriers' own records; (b) the Integration exchanges bookings and milestones with the Customer's freight management system for 7 consecutive days without errors; (c) the customer portal loads a shipment view within 3 seconds; and (d) all users have been trained. The Customer will issue a Go-Live certificate within 5 working days after the tests are passed. Use of the Service before that certificate is not acceptance.

If the Go-Live Date is delayed beyond the 45-day period for reasons attributable to the Provider, the Provider will pay the Customer CNY 500 for each day of delay, deducted from the onboarding fee and, if needed, from subscription invoices.

### A6. Contacts and Signature

Provider account manager: Mr. Park, Busan office. Customer project owner: Ms. Chen, IT Department, Ningbo.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including shipment, booking, consignee and contact data, and all data derived from it for the Customer.

1.2 "Integration" has the meaning given in A2, and includes its source code and documentation.

### 2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its business, including giving its own customers access through the customer portal.

2.2 The Customer shall not resell the Service as a separate product or attempt to reverse engineer it.

2.3 The Customer is responsible for the accuracy of the booking and container data it submits, for keeping its user credentials secure, and for the conduct of its users. The Customer will name two administrators who manage user accounts and act as the first point of contact for its own staff.

2.4 The Provider may improve the Service from time to time, provided that no change materially reduces the functions, security or service levels described in this agreement. The Provider will announce material changes at least 30 days in advance and provide updated user documentation in Chinese and English.

### 3. Service Levels

3.1 Availability. The Provider will make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Support. The Provider will respond to incidents as follows: Priority 1 (the Service or the API is unavailable to all users): within 30 minutes, 24 hours a day, with a target restoration time of 3 hours; Priority 2 (a major function is impaired): within 2 hours during business hours; Priority 3 (other issues and questions): within 1 business day. Support is provided in Chinese and English.

3.3 Service Credits. If monthly availability falls below the commitment in 3.1, the Customer will receive a credit of 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 25% of that month's fee. If a Priority 1 response is late, the Customer will receive a credit of CNY 800 for each late incident. Credits are applied to the next invoice.

### 4. Customer Data and Security

4.1 The Customer owns all Customer Data. The Provider will process Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 The Provider will host Customer Data in a data centre in mainland China operated by a licensed cloud provider, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, log all administrative access, and keep a current MLPS level-3 filing for the Service.

4.3 The Provider will notify the Customer of any personal data breach or security incident affecting Customer Data within 12 hours after becoming aware of it, and will take all necessary steps to contain it. The Provider is liable for losses caused by its breach of this Section 4.

4.4 Within 30 days after the end of the Subscription Term, the Provider will return all Customer Data in CSV format and then delete it from the Service.

### 5. Intellectual Property

5.1 The Provider owns the Service and all improvements to it.

5.2 The Integration is developed for the Customer. All rights in it belong to the Customer, and the Provider will deliver its source code on Go-Live. The Customer may use, modify and license it freely.

### 6. Confidentiality

6.1 Each party will keep the other party's confidential information secret, use it only for this agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations last for three years after the agreement ends.

### 7. Subcontractors

7.1 The Provider may use subcontractors and sub-processors, including hosting providers, data providers and support partners, to perform the Service. The Provider will publish the list of its current subcontractors on its website and notify the Customer by e-mail of any change. The Provider remains responsible for its subcontractors.

### 8. Renewal

8.1 After the initial Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 Fees for each renewal term will be the Provider's list price in effect at the start of that renewal term, as published by the Provider.

### 9. Liability

9.1 Each party's total liability under this agreement is limited to two times the Total Fees stated in A4. This limit does not apply to breach of Section 4 or 6, to personal injury, or to wilful misconduct.

9.2 Neither party is liable for indirect or consequential loss, except under Section 4.

### 10. Term and Termination

10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 If the Customer terminates for the Provider's breach, the Provider will refund any prepaid fees for the period after termination.

10.3 On expiry or termination, the Provider will provide reasonable transition assistance for up to 30 days at no extra charge.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in effect at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its entire business.

12.2 Notices must be in writing and sent to the contacts in A6 by e-mail with confirmation of receipt.

12.3 This Order Form and these General Terms are the entire agreement of the parties on the Service and replace all earlier proposals and quotations.
"""
E03 = """T:Supply Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. JSHX-EQ-2026-0561
P:Buyer: Jiangsu Hengxin Fine Chemicals Co., Ltd., Taixing, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Aobayama Sensing Technologies Co., Ltd., Aoba-ku, Sendai, Miyagi, Japan (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to install a condition monitoring system on the rotating equipment of its production units, and the Supplier has offered the equipment, software and services described below.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's MachineSense monitoring software, including the analytics server, alarm engine, web client and mobile application.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System on 260 pumps, compressors, fans and agitators in the Buyer's plant, integrate it with the Buyer's DCS historian and maintenance management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,708,000, including VAT, packing, delivery to site, insurance and all taxes and duties, itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX/Ex certified|260|3,400|884,000
TB:2|Industrial gateway with explosion-proof enclosure|24|9,500|228,000
TB:3|MachineSense monitoring software, perpetual site licence|1|396,000|396,000
TB:|Equipment and Software subtotal|||1,508,000
TB:4|Installation, configuration, commissioning and integration|1|172,000|172,000
TB:5|Training of operators and reliability engineers|1|28,000|28,000
TB:|Contract Price|||1,708,000
P:2.3 The Contract Price is fixed and is not subject to adjustment for exchange rates, material costs or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay the Contract Price as follows: (a) 10% as an advance within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer; (b) 55% within 30 days after delivery and installation of all Equipment, against the delivery note signed by the Buyer; (c) 35% within 30 days after Final Acceptance.
P:3.2 Delivery and installation do not constitute acceptance. Each payment is made against a valid PRC VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site in Taixing within 70 days after signature and complete installation within 30 days after delivery. Installation in hazardous areas shall follow the Buyer's permit-to-work procedures.
P:4.2 If the Supplier fails to deliver or to complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate the Contract under clause 12.
P:4.3 The Supplier shall deliver the Equipment with packing lists, certificates of origin, Ex certificates, calibration certificates and factory test reports. The Buyer shall inspect the packages on arrival for visible damage and quantity only; such inspection is not acceptance of the quality of the Equipment.
P:4.4 The Supplier's installation team shall comply with the Buyer's safety rules for hazardous chemical plants, including gas testing, hot-work permits and the wearing of protective equipment, and shall attend the Buyer's site safety induction before starting work.
H:5. Acceptance
P:5.1 After installation the Supplier shall carry out a site acceptance test according to a test plan approved by the Buyer. The System then runs for 30 days in trial operation.
P:5.2 The acceptance criteria are: (a) all 260 sensors report vibration and temperature data at the configured interval, with a packet loss below 1% per gateway; (b) the measurement deviation against the Buyer's calibrated portable analyser does not exceed 5% on ten reference machines; (c) alarms reach the DCS historian and the maintenance system within 10 seconds; (d) no critical defect occurs during the trial operation; and (e) all documentation, including Ex certificates, has been delivered.
P:5.3 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 working days. Installation, commissioning, trial operation or use by the Buyer shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including shipping, and provide Software updates and technical support free of charge.
P:6.2 Sensors that fail during the warranty period shall be replaced within 5 working days from the Supplier's consignment stock in Jiangsu.
H:7. Service Levels
P:7.1 The monitoring server and web client shall achieve a monthly availability of at least 99.95% during the warranty period.
P:7.2 Faults are classified as follows:
TB:Priority|Definition|Response|Restoration
TB:P1|Monitoring or alarms unavailable for a whole production unit|30 minutes|8 hours
TB:P2|Monitoring unavailable for individual machines or a single gateway|2 hours|2 working days
TB:P3|Other defects and questions|1 working day|next release
P:7.3 For each hour by which a P1 response or restoration is late, the Supplier shall credit CNY 1,200 to the Buyer; for each 0.1 percentage point of availability below the commitment, CNY 2,000. Credits are deducted from the next payment or claimed against the performance security.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Supplier shall offer annual support at no more than 7% of the Equipment and Software subtotal, that is CNY 105,560 per year, fixed for four years. Support is ordered by the Buyer year by year and does not renew automatically.
P:8.2 Annual support after the warranty period includes Software updates and upgrades, remote technical support, one on-site health check per year and the replacement of defective gateways. Replacement sensors after the warranty period are supplied at the unit price in clause 2.2, which shall not be increased during the support period.
P:8.3 The Supplier shall keep spare parts and support for the Equipment available for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and in the firmware of the Equipment, and grants the Buyer a perpetual, irrevocable licence to use them with the System.
P:9.2 The machine models, alarm thresholds configured for the Buyer, integration programs and reports developed for this Contract belong to the Buyer, which may use, modify and license them freely. Source code of the integration programs shall be delivered before Final Acceptance.
H:10. Data Protection and Security
P:10.1 All measurement data, alarm records, equipment registers and plant information in the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, including in aggregated or anonymised form.
P:10.2 The System shall be installed on the Buyer's own servers. The Supplier shall access it only through the Buyer's bastion host, with named accounts, after approval of each session, and shall not copy any data out of the Buyer's network. The gateways shall communicate only with the Buyer's servers.
P:10.3 The Supplier shall report any security incident within 2 hours, cooperate in the investigation and bear all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, equipment and production data, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages reach their maximum. The Supplier shall then refund all amounts received for the part of the System not accepted.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fire or explosion caused by the Equipment, wilful misconduct and breach of clauses 10 and 11, which are unlimited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Taizhou Arbitration Commission for arbitration in Taizhou, Jiangsu.
P:15.2 Pending the outcome of any dispute, the parties shall continue to perform their obligations that are not in dispute, and the Supplier shall continue to support the System in accordance with clauses 6 and 7.
H:16. General
P:16.1 The Supplier shall provide a performance guarantee of 10% of the Contract Price, issued by a bank acceptable to the Buyer, valid until 60 days after Final Acceptance. The Buyer may claim under it for any amount due from the Supplier under this Contract.
P:16.2 Annex 1 (technical specification), Annex 2 (site layout) and Annex 3 (acceptance test plan) form part of this Contract. The Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. HNS-TJ-MSA-2026-09

**Customer:** Tianjin Jinghai Precision Auto Parts Co., Ltd., Jinghai District, Tianjin, People's Republic of China ("Customer").

**Supplier:** Hanbit Network Solutions Co., Ltd., Yuseong-gu, Daejeon, Republic of Korea, acting through its registered representative office in Tianjin ("Supplier").

**Background.** The Customer operates two manufacturing plants and a warehouse in Tianjin. It wishes to outsource the operation of its campus network, factory wireless network, servers and end-user support to the Supplier for a fixed term of 36 months, on the terms below and in Schedules 1 to 3.

## Section 1 - Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that Transition is complete under Section 4.

1.3 "Transition" means the one-time activities needed to take over the operation of the Customer's environment, as described in Schedule 1, Part B.

1.4 "Customer Data" means all data of the Customer and its employees processed or accessed by the Supplier in performing the Services, including configurations, logs, user accounts and production data.

1.5 "Service Levels" means the service levels in Schedule 2.

## Section 2 - Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, with fees agreed at that time; there is no automatic renewal.

## Section 3 - Services

3.1 The Supplier shall provide the Services in accordance with Schedule 1 and the Service Levels, using qualified and certified engineers, and following ITIL-based processes for incident, problem, change and configuration management.

3.2 The Supplier shall provide two resident engineers at the Customer's main plant on working days from 08:00 to 18:00, a 24x7 remote network operations centre, and on-site attendance outside working hours when required by Schedule 2.

3.3 The Supplier shall keep the configuration management database, network diagrams and operating procedures up to date and shall provide them to the Customer on request and at the end of the Service Term.

## Section 4 - Transition and Acceptance

4.1 The Supplier shall complete Transition within 60 days after signature.

4.2 Transition is complete when the following acceptance criteria are met and confirmed by the Customer in writing: (a) all devices listed in Schedule 1 are registered in the monitoring platform with alerts tested; (b) all administrator passwords have been changed and handed over under dual control; (c) the service desk has handled a parallel run of 10 working days with the Customer's existing team; (d) operating procedures for all Priority 1 scenarios have been tested; and (e) the Customer's IT manager has approved the transition report.

4.3 If Transition is not complete within 60 days for reasons attributable to the Supplier, the Supplier shall pay CNY 2,000 for each day of delay, deducted from the Transition Fee and then from monthly invoices.

## Section 5 - Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term, including the Transition Fee, are CNY 2,560,000.

5.2 The Transition Fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears, after the service report for the month has been approved by the Customer.

5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice. Service credits under Schedule 2 are deducted from the invoice for the following month.

## Section 6 - Customer Data

6.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Service Term, the Supplier shall return all configurations, documentation and Customer Data in its possession to the Customer.

## Section 7 - Intellectual Property

7.1 Scripts, configurations, reports, runbooks and documentation created by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them freely and provide them to any successor supplier.

7.2 The Supplier's monitoring tools and pre-existing know-how remain the Supplier's property. Where they are needed to operate the Customer's environment during the Service Term, the Supplier grants the Customer a free right to use them for that purpose.

## Section 8 - Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purpose of this Agreement and disclose it only to employees and subcontractors who need to know it and are bound by equivalent obligations. The obligation continues for three years after the end of this Agreement.

## Section 9 - Personnel and Subcontracting

9.1 The Supplier shall not replace the resident engineers without the Customer's prior consent, except for illness or resignation, in which case it shall provide a replacement of equal qualification within 10 working days.

9.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.

## Section 10 - Liability

10.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Service Charges paid by the Customer in the 6 months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of production or any indirect or consequential loss.

## Section 11 - Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or if the Supplier misses the same Priority 1 Service Level in three consecutive months.

11.2 The Customer may also terminate for convenience on 90 days' written notice after the first 18 months of the Service Term, without any termination charge.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days, including knowledge transfer to the Customer or a successor supplier, at the rates in Schedule 3.

## Section 12 - Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time.

## Section 13 - General

13.1 Amendments must be made in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

13.2 Schedules 1 to 3 form part of this Agreement. If they conflict with the Sections, the Sections prevail.

Signed for the Customer: ____________________  Signed for the Supplier: ____________________

## Schedule 1 - Scope of Services

| Part | Service element | Scope |
| --- | --- | --- |
| A1 | Network operations | Core, distribution and access switches, firewalls and routers at two plants and one warehouse (212 devices) |
| A2 | Factory wireless | 168 industrial access points and 2 controllers, including handheld scanner coverage in the warehouse |
| A3 | Server and storage operations | 46 virtual and physical servers, backup system and storage arrays |
| A4 | Service desk | Bilingual Chinese and Korean service desk for about 1,300 users, by phone, e-mail and portal |
| A5 | End-user support | Desk-side support for PCs, printers, shop-floor terminals and meeting rooms |
| A6 | Reporting | Monthly service report and quarterly service review with improvement plan |
| B | Transition | Discovery, knowledge transfer, monitoring set-up, password handover, parallel run |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit if missed |
| --- | --- | --- | --- | --- |
| P1 | Production line network, plant firewall or core switch down | 15 minutes | 3 hours | CNY 3,000 per incident plus CNY 1,000 per further hour |
| P2 | Partial outage of a building, wireless zone or key server | 1 hour | 8 hours | CNY 1,000 per incident |
| P3 | Single user or single device | 1 business day | 3 business days | CNY 100 per incident |
| Availability | Core network availability, measured monthly | 99.95% | - | 2% of the Monthly Service Charge per 0.1 point below |

Service credits in any month shall not exceed 20% of the Monthly Service Charge for that month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Fee | one-time, after Service Commencement Date | 94,000 |
| Monthly Service Charge | 36 months x CNY 68,500, monthly in arrears | 2,466,000 |
| Total charges for the Service Term | | 2,560,000 |
| Additional engineer day (exit assistance, projects) | per engineer day | 2,800 |
"""
E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. GKW-API-2026-118

This Marine Weather Data API Subscription Agreement (the "Agreement") is entered into between:

Genkai Weather Intelligence Co., Ltd., a company incorporated in Japan, with its head office in Hakata-ku, Fukuoka ("Provider"); and

Xiamen Haicang Ocean Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Xiamen, Fujian ("Customer").

BACKGROUND

The Customer operates a fleet of bulk carriers and container feeder vessels in East Asian and Southeast Asian waters. It wishes to subscribe to the Provider's marine weather and sea-state forecast data through an application programming interface, to feed its voyage planning and fleet monitoring systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the forecast and observation data sets listed in clause 2.2, in the formats described in the Provider's API documentation.

1.3 "Activation Date" means the date on which the Customer confirms in writing that the activation tests in clause 4.2 have been passed.

1.4 "Subscription Year" means each one-year period of the Subscription Term, as set out in clause 3.1.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use the Data within its group in mainland China, for the planning, monitoring and routing of its own vessels and for reports to charterers about those vessels.

2.2 The subscription includes: wind, wave, swell and current forecasts at 0.1-degree resolution up to 10 days ahead, updated four times a day; tropical cyclone tracks and warnings; port weather forecasts for 140 ports; historical re-analysis data for the past ten years; and up to 2,000,000 API calls per month.

2.3 The Provider will also develop, for the Customer only, a route weather feed that returns the forecast along a voyage route submitted by the Customer (the "Custom Route Feed").

3. TERM AND FEES

3.1 The Subscription Term is two Subscription Years from the Activation Date. The first Subscription Year starts on the Activation Date and the second Subscription Year starts on its first anniversary.

3.2 The fees are:

  Subscription Fee, Subscription Year 1 ............ CNY 264,000
  Subscription Fee, Subscription Year 2 ............ CNY 264,000
  Set-up and Custom Route Feed (one-time) .......... CNY 18,000
  Total fees for the Subscription Term ............. CNY 546,000

3.3 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice. The set-up fee is invoiced after the Activation Date and payable within 30 days.

3.4 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. All fees are in CNY and include applicable taxes.

4. ACTIVATION AND ACCEPTANCE

4.1 The Provider will issue API credentials and make the Data and the Custom Route Feed available within 20 days after signature.

4.2 The Customer may test the API for 10 days before confirming activation. The activation tests are: (a) every data set listed in clause 2.2 is delivered in the documented format and resolution; (b) forecasts are refreshed at the stated frequency for 5 consecutive days; (c) the Custom Route Feed returns results for 20 test routes chosen by the Customer, with values consistent with the gridded data; and (d) the API handles the Customer's expected peak load of 50 requests per second. If a test fails, the Provider shall correct the defect and the test shall be repeated.

4.3 If the Provider does not make the API, the Data and the Custom Route Feed available in accordance with clause 4.1, or the activation tests are not passed within 30 days after signature, for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and the Data current, and to carry out maintenance at times that minimise disruption to the Customer.

5.2 The Customer may report problems to the Provider's support desk by e-mail or through the support portal. The Provider will respond to and work on reported problems as soon as reasonably practicable in the light of their nature and urgency.

5.3 Forecast data are model outputs. The Provider does not warrant that any forecast will be accurate, and the Customer remains responsible for navigational decisions and for the safety of its vessels.

5.4 The Provider will publish planned changes to the API at least 30 days in advance and will keep the previous version of any changed endpoint available for at least 90 days, so that the Customer can adapt its systems.

5.5 The Provider will send the Customer a quarterly usage report showing the number of API calls, the data sets used and any overage charges, and will meet the Customer once a year to review the subscription and planned product changes.

6. CUSTOMER DATA AND SECURITY

6.1 Voyage routes, vessel positions, fleet lists and other data submitted by the Customer through the API ("Customer Data") belong to the Customer. The Provider may use Customer Data only to provide the subscription to the Customer, and shall not use it for any other purpose or disclose it to any third party.

6.2 The Provider shall protect Customer Data by encryption in transit and at rest, access control limited to named support staff, and logging of all access. Customer Data shall be deleted within 30 days after the end of the Subscription Term.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all necessary measures to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this clause 6.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the API, the Data and all forecast models.

7.2 The Custom Route Feed specification, the route-query scripts and the integration code developed for the Customer belong to the Customer, which may use, modify and license them freely. The Provider shall deliver the source code on the Activation Date.

7.3 The Provider warrants that it has the right to grant the licence in clause 2.1, and shall indemnify the Customer against any claim by a third party that the Customer's use of the API or the Data in accordance with this Agreement infringes that third party's rights.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's fleet positions and commercial plans and the Provider's pricing, and shall not disclose it without prior written consent. This obligation continues for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 3.2, except for breach of clauses 6 and 8 and for wilful misconduct.

9.2 Neither party is liable for indirect or consequential loss, including loss of charter hire or delay of vessels.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the development of the Custom Route Feed or the operation of the API without the Customer's prior written consent.

11. DURATION

11.1 This Agreement enters into force on signature and continues until the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order agreed by both parties.

11.2 The subscription is non-cancellable. The Customer may not terminate this Agreement or reduce the subscription before the end of the Subscription Term, and the fees for both Subscription Years remain payable in full. The Customer's remedies for any breach by the Provider are limited to claims for damages under clause 9.

11.3 The Provider may suspend access to the API if undisputed fees remain unpaid for more than 45 days after written reminder.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above, or by e-mail to the contacts named by each party, with confirmation of receipt.

13.2 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

13.3 Neither party may assign or transfer this Agreement without the prior written consent of the other party, except that either party may assign it to an affiliate that takes over the relevant business, with written notice to the other party.

13.4 Each party shall comply with the export control, sanctions and data laws that apply to it in connection with the Data and the API. The Customer shall not make the Data available to persons outside its group, except to charterers as permitted by clause 2.1.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# stem: (ext, lang, category, terms in KEYS order, extra, fee base for TCO or None, design rules)
D = {
 "h607z01_river_chief_inspection_platform": ("pdf", "zh", "software",
   [99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, True, None,
    "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1386000), 612000, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "h607z02_wood_hot_press_line_control_retrofit": ("docx", "zh", "hardware",
   [None, 1, True, "buyer", True, True, False, None, None, 20, True, True, 24, 8, False, True, False, "PRC",
    "goods_or_licence"],
   dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=968000), 620000, ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
 "h607z03_gym_chain_booking_membership_saas": ("txt", "zh", "cloud",
   [99.95, 0.25, True, "buyer", True, False, True, 1200 / 1120000 * 100, 200, None, True, None, None, None, True,
    True, False, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1120000), None,
   ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
 "h607z04_tcm_hospital_pacs_annual_om": ("txt", "zh", "services",
   [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC",
    "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), None, []),
 "h607z05_herbal_tea_ebr_licence_supplier_template": ("md", "zh", "software",
   [None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 28, False, True, None, None,
    "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
        contract_value=1260000), 820000,
   ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
    "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h607e01_coldchain_wms_perpetual_licence_sapporo": ("pdf", "en", "software",
   [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Japan",
    "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1764000), 1180000, ["CR-GOVERNING-LAW"]),
 "h607e02_container_visibility_saas_order_form_busan": ("md", "en", "cloud",
   [99.5, 0.5, True, "buyer", True, True, True, 500 / 682000 * 100, 200, None, True, None, None, None, True, True,
    True, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=682000), None,
   ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "h607e03_vibration_sensors_monitoring_licence_sendai": ("docx", "en", "hardware",
   [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC",
    "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1708000), 1508000, []),
 "h607e04_managed_it_services_36_months_daejeon": ("md", "en", "services",
   [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2560000 * 100, 6 / 36 * 100, None, True, None, None, None,
    False, True, False, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2560000), None,
   ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "h607e05_marine_weather_data_api_fukuoka": ("txt", "en", "cloud",
   [None, None, False, "buyer", True, True, True, 450 / 546000 * 100, 150, None, True, None, None, None, False,
    False, False, "PRC", "service"],
   dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000), None,
   ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
}
SRC = dict(zip(D, [Z01, Z02, Z03, Z04, Z05, E01, E02, E03, E04, E05]))
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside=False):
    """My reading of policy §3 applied to the labels."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and t["warranty_months"] is not None and tco_share(t, x, base) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures (policy §3 defaults)
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
TH = [
    NUM + r"99\.9(?![\d])", r"九十九点九(?!五|九)",
    NUM + r"4\s*(?:个)?小时", r"(?<![十\d])四个?小时", NUM + r"4\s*(?:-|\s)?(?:hours?|hrs?|h)\b", r"\bfour[\s-]*hours?",
    NUM + r"0\.05(?!\d)", r"万分之五(?![十\d])", r"百分之零点零五",
    NUM + r"100" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    NUM + r"15" + PCT, r"百分之十五(?!点)", r"fifteen" + PCT,
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
    NUM + r"12\s*(?:个月|-?\s*months?)", r"(?<![二三四五六七八九])十二个月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"\b(?:one|1)[\s-]*year\s*warranty", r"质保期(?:为)?一年",
]
THRE = re.compile("|".join(TH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "within 4 hours", "4-hour", "0.05%", "万分之五", "100%", "100 %",
            "30%", "30 per cent", "百分之三十", "15%", "15％", "40%", "12个月", "12 months", "12-month",
            "twelve months", "十二个月", "one year warranty", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之八", "万分之五十", "1,100%",
             "200%", "130%", "115%", "140%", "112 months", "二十四个月", "18 months", "7×24小时", "24x7",
             "二十四小时", "百分之三十五"]


def selftest():
    for s in MUST_HIT:
        assert THRE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRE.search(s), ("must miss", s, THRE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (k + "." + v[0], v[0]) for k, v in D.items() if v[0] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in D.items():
        if v[0] in ("txt", "md"):
            (OUT / (k + "." + v[0])).write_text(SRC[k], encoding="utf-8")
            print("wrote", k + "." + v[0])
    covered = set()
    for k, (ext, lang, cat, vals, extra, base, design) in D.items():
        t = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        rules = derive(t, extra, base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = None
        if base and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, extra, base)
            assert abs(share - 40) > 2, (k, share)
        label = {"file": k + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (k + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (k + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)]
        hits = [m.group(0) for f in forms for m in THRE.finditer(f)]
        print("%-52s %-4s %5d  risk=%-6s tco=%s rules=%s" % (k, ext, n, risk(rules),
              None if share is None else round(share, 2), ",".join(r[3:] for r in rules) or "-"))
        assert not hits, (k, hits)
        assert lo <= n <= hi, (k, n)
    mix = {k: len(derive(dict(zip(KEYS, v[3])), v[4], v[5])) for k, v in D.items()}
    assert sorted(mix.values())[:3] == [0, 0, 1], mix
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered


if __name__ == "__main__":
    main()
