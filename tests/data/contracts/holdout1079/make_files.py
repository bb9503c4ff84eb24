"""holdout1079: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). .txt/.md are written as they stand; .docx/.pdf are
built by ../word_pdf.py from the markup (T: title, H: heading, P: paragraph, TB: table row).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""
T:绿化养护监管平台建设项目合同
P:合同编号：YLJ-ZC-2026-087
P:项目名称：市园林局绿化养护监管平台建设项目（政府采购，采购编号：ZFCG-2026-1143，采购方式：公开招标）
P:甲方（采购人）：某市园林局
P:乙方（中标供应商）：杭州绿脉信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就绿化养护监管平台的软件许可、定制开发及实施服务订立本合同，共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“绿化养护监管平台”标准软件永久许可（市级部署，不限用户数），含养护作业管理、巡查考核、古树名木保护、行道树档案、病虫害防治、视频巡检六个模块。
P:1.2 乙方根据甲方需求进行定制开发，包括：养护单位考核评分模型、与城市管理网格化系统及数字城管平台的接口、移动巡查App（安卓及鸿蒙版本）、领导驾驶舱及月度考核报表。
P:1.3 乙方负责平台在甲方政务云环境中的部署、既有绿地档案（约三万八千条）的数据初始化、联调及上线，并对甲方及各养护单位人员进行培训，培训不少于六场。
P:1.4 具体功能、性能和接口要求以招标文件第三章“采购需求”及双方签字确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），其中：平台软件许可费¥1,180,000；定制开发费¥860,000；实施部署费¥142,000；培训费¥38,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥444,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥999,000。
P:3.3 平台通过最终验收，且乙方交付全部源代码和技术文档后，甲方支付合同总价的35%，即¥777,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后六十日内完成标准平台部署，一百五十日内完成全部定制开发并提交初步验收申请。
P:4.2 初步验收通过后进入试运行，试运行期为六十日。试运行期间乙方应安排不少于两名工程师驻场。
P:4.3 乙方应每两周向甲方提交书面进度报告，重大风险应及时报告。
P:4.4 乙方项目经理及核心开发人员应与投标文件一致，未经甲方同意不得更换；确需更换的，应提前十日书面申请，接替人员的资历不得低于原人员。甲方认为乙方人员不能胜任的，有权要求更换。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件及需求规格说明书所列功能全部实现；（二）与网格化系统、数字城管平台的接口连续运行七日数据无差错；（三）五百名用户并发时页面平均响应不超过3秒；（四）通过甲方委托的第三方软件测评及网络安全等级保护测评。
P:5.2 最终验收标准：试运行期内无一级故障，二级故障不超过两次且均已闭环；初始化的绿地档案逐条核对一致；文档、源代码及培训记录齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结束后出具书面验收报告。平台上线、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%（计划内维护除外，计划维护须提前三日通知甲方）。一级故障（平台整体不可用或核心模块停止服务）20分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，次日内解决。
P:6.3 乙方未达到上述服务水平的，每超时一小时扣减履约保证金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减金额不足的，甲方可从应付款中扣除。
P:6.5 质保期内乙方每季度对平台进行一次健康巡检，提交巡检报告，并配合甲方完成每年的等级保护测评和安全加固。
P:6.4 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该价格在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 定制开发成果（包括考核模型、接口程序、移动App、报表、源代码及技术文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 标准平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全与数据归属
P:8.1 平台内的绿地档案、养护记录、巡查影像、考核结果等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，采取访问控制、加密存储、操作审计等措施；运维须经甲方审批并通过堡垒机进行，不得将数据拷出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。合同终止后，乙方应将持有的甲方资料返还或销毁，并出具书面说明。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定且经整改仍不合格的，甲方有权拒收，并要求乙方返还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，或逾期交付超过六十日的，甲方有权解除合同，乙方应返还已付款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市园林局          乙方（盖章）：杭州绿脉信息科技有限公司
P:日期：2026年  月  日
"""

SRC["z02"] = r"""
T:生产线控制系统改造合同
P:合同编号：HJ-SB-2026-031
P:甲方（买方）：慈溪市恒洁电器有限公司（电动去球器生产企业）
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方现有六条电动去球器装配及检测生产线，控制系统老化、停机频繁。经询价比选，甲方委托乙方对六条产线的控制系统进行改造，供应相关设备和软件并完成安装调试。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条产线（总装线四条、电机检测线两条）的控制系统改造，包括PLC控制柜更换、伺服驱动及电机更换、视觉检测单元加装，以及产线数据采集软件的部署。
P:1.2 乙方负责工艺配方程序、安全联锁逻辑及人机界面的编程，并实现产线数据与甲方现有ERP系统的对接，对接范围包括工单下发、产量回传、质量记录和设备状态。
P:1.3 改造须分线实施，每条产线停线切换时间不超过三日，且不得影响其他产线正常生产。
P:1.4 改造后的控制系统应符合GB/T 5226.1机械电气安全标准及甲方《生产设备电气安全管理规定》，关键元器件品牌和型号以附件一《设备清单》为准，乙方不得擅自替换。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统及控制柜|6套|128,000|768,000
TB:2|伺服驱动器及伺服电机|6套|56,000|336,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|38,500|231,000
TB:4|产线数据采集软件许可（永久）|1套|186,000|186,000
TB:软硬件小计|||| 1,521,000
TB:5|安装调试及停线切换|1项|142,000|142,000
TB:6|程序开发（工艺配方、联锁逻辑、ERP对接）|1项|96,000|96,000
TB:7|操作及维护培训|1项|21,000|21,000
TB:合计||||1,780,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、税费及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即¥356,000。
P:3.2 全部设备到货并完成六条产线安装调试后，甲方支付合同总价的50%，即¥890,000。安装调试完成不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥445,000。
P:3.4 剩余合同总价的5%即¥89,000作为质量保证金，质保期满且无未决质量问题后十日内无息支付。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并于到货后七十日内完成六条产线的改造。
P:4.2 设备到货时双方共同开箱清点，清点记录仅确认数量和外观。
P:4.3 乙方施工人员应遵守甲方厂区安全生产管理制度，因乙方原因造成的安全事故由乙方负责。
P:4.4 每条产线停线前五日，乙方应提交停线切换方案，列明拆除、安装、调试步骤及回退措施，经甲方生产部门书面确认后方可实施。切换失败的，乙方应按回退措施恢复原系统运行。
P:4.5 乙方应指定一名具有电气工程师资格的项目经理常驻现场，负责进度、质量和安全管理，未经甲方同意不得更换。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产七日，最终验收标准如下：（一）单线节拍不低于每分钟二十二台；（二）视觉检测漏检率不高于千分之三，误判率不高于千分之八；（三）安全联锁功能全部测试通过；（四）产线数据实时上传ERP，与人工记录核对一致；（五）试生产期间无因控制系统导致的停线。
P:5.2 验收由甲方组织，双方签署书面验收报告。试生产、投入使用均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收，整改期间的停产损失由乙方承担。连续两次验收不合格的，甲方有权退货并解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，并免费提供软件升级。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位故障）2小时内响应，次日到场。乙方每延迟响应或到场一小时，向甲方支付¥800。
P:6.3 质保期满后，乙方提供维保服务（含一名驻厂工程师、备品备件、定期保养及程序维护），维保年费按软硬件小计的32%计，即每年¥486,720，质保期满后各服务年度均按此标准执行，不作调整。维保合同由双方另行签订，不自动续期。
P:6.4 乙方保证自最终验收起八年内持续供应本合同所列设备的备品备件，停产的应提前六个月书面通知甲方并提供兼容替代方案。
P:6.5 培训：乙方应对甲方设备、电气和生产人员分批进行操作和维护培训，培训合格后方可独立上岗操作。乙方应提供中文操作手册、电气图纸、程序备份及备件清单各两套。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面、配方程序及ERP对接程序的知识产权归甲方所有，乙方应交付完整源程序及注释。
P:7.2 数据采集软件的著作权归乙方，甲方获得永久使用许可，可在本厂区内不限终端数量使用。
P:7.3 乙方保证所供设备和软件不侵犯任何第三方的专利、著作权等权利；如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺参数及配方归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批，使用甲方提供的专用通道并全程留存日志，不得擅自下载或复制甲方数据。发生数据泄露或被篡改的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。乙方不得在甲方控制网络中安装与本项目无关的软件，不得开启无线或远程访问端口。
P:8.3 乙方对在履行合同中知悉的甲方工艺、产品设计、客户及价格信息负有保密义务，合同终止后继续有效。乙方人员离场时应交还全部资料、门禁卡及账号。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 设备或软件质量不符合约定的，乙方应负责更换或修复，并赔偿甲方因此造成的停产损失。同一设备在质保期内因同一原因故障三次以上的，乙方应免费更换同型号新设备。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方不得转包本合同。电气安装工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，或逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十二条 适用法律及争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十三条 其他
P:13.1 本合同附件（技术规格书、改造方案、设备清单）为合同组成部分，与正文具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：慈溪市恒洁电器有限公司          乙方（盖章）：宁波智控自动化工程有限公司
P:签订日期：2026年  月  日
"""

SRC["z03"] = r"""门店预约及会员管理系统服务合同

合同编号：YY-IT-2026-019
甲方（客户）：上海悦音艺术培训管理有限公司（下辖四十家声乐培训门店）
乙方（服务商）：杭州云课通网络科技有限公司

鉴于甲方需为旗下四十家声乐培训门店统一部署课程预约、会员及储值管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供“云课通”预约及会员管理系统的订阅服务，包括课程排期、教室及老师档期管理、学员预约与签到、会员卡及储值、课时消耗、营销活动和经营报表。
2. 乙方向甲方总部提供总部管理端，用于跨门店会员互通、数据汇总和权限管理。
（二）实施服务
1. 乙方负责系统配置、门店及课程数据初始化、历史会员数据迁移（约六万八千名学员、储值余额及剩余课时）和门店人员培训。
2. 乙方按甲方品牌要求定制开发微信小程序预约端，并与甲方现有收银及财务系统对接。
（三）运营支持
1. 服务期内乙方提供全天候故障受理热线和在线工单，并为甲方指定一名客户成功经理，每月提交服务报告，内容包括可用率、故障处理、工单统计和改进建议。
2. 乙方每季度对门店店长和前台人员开展一次线上培训，新开门店由乙方免费开通和培训。
3. 乙方应保证系统版本持续更新，新增通用功能对甲方免费开放。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起算，每个服务年度为三百六十五日。
（二）服务期届满前六十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方根据届时价格体系确定，乙方有权上调续期价格，并于续期前通知甲方。

三、服务费用及支付
（一）费用明细：
1. 门店订阅费：每店每服务年度¥4,800，四十家门店合计每服务年度¥192,000，两个服务年度共¥384,000；
2. 总部管理端订阅费：每服务年度¥36,000，两个服务年度共¥72,000；
3. 实施费（配置、数据迁移、培训）：¥58,000，一次性；
4. 小程序定制开发及系统对接费：¥46,000，一次性。
合同总价为¥560,000（伍拾陆万元整）。
（二）支付方式：
1. 订阅费按季度支付，每季度首月十日前支付当季费用，即每季度¥57,000；
2. 实施费及定制开发费在系统上线验收合格后十个工作日内一次性支付；
3. 乙方收款前开具增值税专用发票。
（三）服务期内门店数量增加的，新增门店按每店每服务年度¥4,800按月折算计费；门店关闭的，自次季度起相应减少订阅费。服务期内各项单价不作上调。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：1. 四十家门店全部可正常预约、签到、消课；2. 迁移的会员信息、储值余额及剩余课时与原系统逐一核对无误；3. 小程序及收银对接连续运行七日无差错；4. 三百名用户同时预约的情况下，预约页面平均响应不超过2秒。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统试用或门店使用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还甲方已支付的全部款项。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在凌晨一时至六时之间，并提前三日通知甲方。
（二）一级故障（系统无法登录、无法预约或储值数据错误）乙方应在1小时内响应，6小时内恢复；二级故障2小时内响应，次日内解决；一般问题在三个工作日内处理。
（三）月可用率每低于承诺值0.1个百分点，乙方减免甲方当月订阅费的5%；一级故障超时恢复的，每超时一小时减免当月订阅费的1%。减免金额从下一季度应付订阅费中直接扣除。
（四）可用率按自然月统计，以乙方监控数据为准，甲方有权调取监控记录核对；双方记录不一致的，以甲方门店报障记录为准。

六、数据归属与数据安全
（一）甲方及门店录入和产生的学员信息、会员资料、储值记录、课程及经营数据归甲方所有。
（二）乙方可在去标识化处理后，使用甲方的经营数据用于改进其产品、训练推荐算法和编制行业分析报告，该等去标识化数据及分析成果归乙方所有。
（三）乙方应按《个人信息保护法》要求处理学员个人信息，对未成年学员信息采取专门保护措施；系统数据加密存储和传输，每日备份，备份保留不少于三十五日；发生数据泄露时，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）系统部署于中国境内的云服务器，乙方不得将甲方数据传输至境外。乙方运维人员按最小权限原则授权，所有操作留存日志不少于六个月。
（五）服务终止后，乙方应在二十日内向甲方完整导出全部数据，并在甲方确认后删除乙方系统中的甲方数据。

七、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的小程序预约端及对接程序的知识产权归甲方所有，乙方应交付源代码。
（三）甲方的品牌标识、课程名称及宣传素材的权利归甲方，乙方仅可为本合同目的使用。

八、保密
双方对合同履行中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后二年内继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，员工违反保密义务的，视为乙方违约。甲方的课程体系、定价策略和师资信息属于甲方商业秘密。

九、违约责任
（一）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致学员储值余额或剩余课时数据错误、丢失的，乙方应负责恢复，并赔偿甲方因此向学员退费或补偿的全部金额。
（三）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。

十、甲方义务
（一）甲方应指定项目负责人，及时提供门店信息、课程体系、价格及会员数据，并组织门店参加培训和验收。
（二）甲方应妥善保管系统账号，因甲方账号管理不善造成的损失由甲方自行承担。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后二十日内未纠正的，守约方有权解除合同。
（二）因乙方原因导致系统连续中断超过四十八小时的，甲方有权解除合同，乙方应退还未履行期间的订阅费。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十四、其他
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商处理。
（二）本合同附件包括：门店清单、功能清单、实施计划、小程序需求说明。附件与本合同具有同等效力。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：上海悦音艺术培训管理有限公司
乙方（盖章）：杭州云课通网络科技有限公司
签订日期：2026年  月  日
"""

SRC["z04"] = r"""消防车道占用监测系统年度运维服务合同

项目名称：消防车道占用监测系统2027年度运维服务
采购方式：竞争性磋商（采购编号：XFZD-CS-2026-062）
甲方（采购人）：某市消防救援支队
乙方（成交供应商）：江苏安行物联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就消防车道占用监测系统的年度运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：辖区内二百一十二个消防车道监测点位的前端设备（高清摄像机、雷达检测器、声光提示屏、边缘计算盒及供电、通信设施），监测平台软件、服务器、存储及网络设备，以及平台与“智慧消防”系统、交警违停抓拍系统之间的接口。
（二）服务内容：前端设备每月巡检一次、清洁和校准；平台及服务器日常监控、补丁更新和备份；故障受理、诊断和修复；备品备件供应与更换；占道报警规则维护和数据统计报表；重大节假日及大型活动期间的值守保障。
（三）乙方应派驻一名运维工程师常驻甲方指挥中心，工作日驻场，节假日按甲方要求值班。
（四）点位分布于老旧小区、商业综合体、医院、学校及高层住宅周边的消防车道，具体位置、设备型号及数量以附件《点位清单及设备台账》为准。服务期内甲方新增点位不超过十个的，乙方应一并运维，费用不再增加。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度服务由甲方另行采购。乙方不得以任何理由要求甲方续签合同或延长服务期。

第三条 服务费用及支付
（一）年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），包括：前端点位巡检维护费¥248,000，平台及服务器运维费¥96,000，备品备件费¥84,000，驻场人员费¥58,000。
（二）服务费按季度支付。每季度结束后，甲方按第六条完成季度考核，并在收到发票后二十个工作日内支付当季服务费¥121,500。
（三）上述费用已包括人工、交通、备件、工具、税费等全部费用，服务期内不作调整。

第四条 进场与交接
（一）乙方应在合同签订后十日内完成进场，与原运维单位办理设备、账号、文档和备件的交接，并提交交接清单。
（二）乙方应在进场后二十日内完成全部点位的首次全面巡检，提交设备状态评估报告和问题清单。

第五条 服务要求
（一）故障分级：一级故障指平台瘫痪、占道报警功能整体失效或与智慧消防系统接口中断；二级故障指单个或多个点位离线、误报率明显升高；三级故障指显示屏、补光等辅助设备故障。
（二）响应时限：一级故障乙方应在半小时内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内修复；三级故障在三个工作日内修复。
（三）点位在线率：乙方应做好巡检和维护，保持前端点位正常运行，及时处理离线点位。
（四）乙方每月提交运维月报，内容包括巡检记录、故障清单、处理时长、备件消耗及占道报警统计；每季度提交设备运行分析报告和改进建议。年度结束后提交年度运维总结，对设备老化情况和下一年度更新需求提出意见。
（五）重大节假日、重要活动及极端天气期间，乙方应按甲方通知提前检查重点点位，并安排人员值守。
（六）备品备件：乙方应在本市设立备件库，常用备件（摄像机、雷达检测器、边缘计算盒、电源模块）库存不少于在用数量的二十分之一，更换下的旧件由甲方统一处置，不得由乙方自行带走或变卖。
（七）人员要求：乙方投入本项目的运维人员不少于四名，其中驻场工程师应具有两年以上视频监控系统运维经验。乙方更换驻场人员应提前七日告知甲方，并做好工作交接。乙方人员进入甲方营区应遵守营区管理规定。
（八）系统变更：平台升级、规则调整或接口变更应事先提交方案，经甲方批准后在夜间实施，并做好回退准备。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检计划完成情况、故障响应和修复时限的达成情况、月报及文档的完整性、驻场人员出勤情况。
（二）考核标准：巡检计划全部按期完成；一级故障全部在时限内恢复；月报按时提交且内容完整；驻场人员出勤符合要求。考核结果由双方签字确认。考核发现的问题，乙方应在十日内整改完毕，并在下一季度考核中复查。
（三）服务期满，甲方组织年度验收，核对设备台账、备件库存和运维文档，出具书面验收意见。乙方应在验收通过后将全部资料移交甲方或下一年度运维单位。

第七条 数据安全
（一）监测视频、车辆号牌、报警记录等数据归甲方所有。乙方仅可为运维目的访问上述数据，不得复制、留存、用于其他目的或向第三方提供。
（二）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作须经甲方授权并通过堡垒机进行，严禁私接外网或使用移动存储设备。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，并配合处置和调查；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）乙方应每日检查平台数据备份情况，每月进行一次恢复演练；报警记录和抓拍图片保存期限按甲方规定执行，期满由甲方确认后删除。

第八条 保密
乙方及其人员对履行合同中知悉的消防救援力量部署、点位分布、系统架构、账号口令等信息负有保密义务，不得以任何形式泄露。乙方人员应签署保密承诺书，乙方应对其人员进行保密教育和管理。合同终止时，乙方应交还全部资料，不得留存任何副本。保密义务不因合同终止而解除。

第九条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公场所，并协调交警、街道等单位配合乙方开展现场维护。
（二）甲方应及时审核乙方提交的方案、报告，并按约定支付服务费。
（三）甲方发现系统异常或接到群众反映的，应及时通过工单系统或电话通知乙方，并提供必要的现场信息。

第十条 知识产权
乙方在服务过程中形成的运维文档、巡检报告、统计报表及配置脚本归甲方所有。

第十一条 违约责任
（一）乙方逾期进场或逾期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成甲方设备损坏或丢失的，乙方应照价赔偿。
（三）乙方人员违反甲方营区管理规定的，乙方应立即更换相关人员。
（四）甲方逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。

第十二条 分包
乙方不得将本合同项下的服务转包或分包。

第十三条 合同的变更和终止
（一）合同履行期间，双方均不得单方变更或解除本合同。确需变更的，由双方协商一致并签订书面补充协议。
（二）因不可抗力导致合同无法履行的，双方协商处理。
（三）服务期满，合同自然终止。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书、点位清单及设备台账为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某市消防救援支队
乙方（盖章）：江苏安行物联科技有限公司
日期：2026年  月  日
"""

SRC["z05"] = r"""# 匠迹工序跟踪系统软件许可及定制开发合同

（匠迹软件标准合同文本 V1.4）

合同编号：JJ-2026-0417

甲方（用户）：苏州青面手作工作室有限公司（面具设计与制作）

乙方（开发商）：深圳匠迹软件有限公司

甲方拟在其面具制作工坊使用乙方的“匠迹工序跟踪系统”，并由乙方根据甲方的工艺特点进行定制开发。双方本着平等自愿的原则，在乙方标准合同文本基础上订立本合同。甲方确认已阅读并理解本合同全部条款，特别是第五条、第七条和第十条的内容。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序跟踪系统”标准版软件永久使用许可，许可用户数为二十个，仅限甲方在其注册地及生产场所内使用。

1.2 乙方按照甲方需求进行定制开发，内容包括：面具制作工序看板（打样、制模、翻模、上色、打磨、质检、包装）、计件工资核算、订单及批次追溯、原料领用登记、手机扫码报工。

1.3 乙方负责软件安装部署、基础数据导入（工序、员工、产品款式及计件单价）及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序跟踪系统标准版许可（二十用户） | 1套 | 168,000 |
| 2 | 定制开发（工序看板、计件工资、订单追溯、扫码报工） | 1项 | 236,000 |
| 3 | 安装部署及数据导入 | 1项 | 42,000 |
| 4 | 操作培训 | 1项 | 14,000 |
| | 合计 | | 460,000 |

合同总价为人民币肆拾陆万元整（¥460,000）。上述价格不含甲方服务器、操作系统及数据库等第三方软硬件。乙方人员赴甲方现场服务超过五人日的，差旅及食宿费用由甲方另行承担，按乙方差旅标准结算。

许可用户数超过二十个的，甲方应按乙方届时报价购买新增用户许可。

## 第三条 付款方式

3.1 本合同签订后三日内，甲方向乙方支付合同总价的65%，即¥299,000。乙方收到该笔款项后开始需求调研和开发工作。

3.2 系统安装上线后五日内，甲方支付合同总价的35%，即¥161,000。

3.3 甲方未按期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，乙方有权暂停开发、实施或技术支持，由此导致的工期延误由甲方负责。

## 第四条 开发与交付

4.1 乙方在收到首笔款项后开始需求调研，需求说明书经甲方签字确认后，乙方按确认的需求进行开发。甲方在需求确认后提出的变更，乙方有权另行收费并顺延工期。

4.2 乙方预计在需求确认后九十日内完成开发和安装上线。具体进度以乙方项目计划为准，因甲方原因或需求变更造成的延误不计入工期。

4.3 甲方应提供满足乙方要求的服务器、网络环境和基础数据，并指定专人配合乙方工作。甲方未按时提供上述条件的，乙方工期相应顺延。

4.4 乙方交付的资料包括：安装程序、用户操作手册、管理员手册。数据库设计文档及程序代码不在交付范围内。

4.5 乙方为甲方提供两次集中操作培训，每次不超过一日，培训对象为甲方的管理人员、班组长和系统管理员。此后的补充培训按乙方人天单价另行收费。

4.6 乙方根据项目需要，有权调整项目实施人员，并及时告知甲方项目联系人。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统中发现的问题，可通过乙方客服渠道提出，乙方在技术支持范围内予以处理，但不影响验收结论和付款。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供三个月的免费维护，内容为软件缺陷修复和远程操作指导。

6.2 免费维护期内，乙方通过电话、微信及远程方式提供技术支持，服务时间为工作日9:00至18:00，乙方将尽力及时解决甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费用按乙方当年公布的价格标准执行。

6.4 因甲方操作不当、擅自修改、病毒、断电或第三方软硬件引起的问题，不属于免费维护范围，乙方可另行收费。

6.5 乙方发布的标准版新版本，甲方在签订年度维护合同后方可升级；定制功能在新版本上的适配另行报价。

6.6 甲方自行购买的服务器、操作系统、数据库出现的故障，由甲方联系相关厂商处理，乙方可提供有偿协助。

## 第七条 知识产权

7.1 “匠迹工序跟踪系统”及其全部版本、升级补丁和相关文档的知识产权归乙方所有，受著作权法保护。

7.2 乙方为甲方定制开发的功能模块、程序代码、数据库设计及相关文档的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对其进行修改、反向工程或许可第三方使用。乙方不向甲方提供源代码。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的订单、工艺、员工及计件数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在远程维护时应采取必要的安全措施，未经甲方同意不得下载或复制甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应的赔偿责任。甲方应自行做好数据备份。

8.3 系统部署在甲方自有服务器上，服务器的物理安全、账号管理、防病毒及网络防护由甲方负责。乙方远程连接须经甲方管理员临时开通，维护结束后关闭。

## 第九条 保密

双方对在合作中知悉的对方技术信息、经营信息及本合同内容负有保密义务，未经对方书面同意不得向第三方披露。甲方的面具设计图稿、工艺配方属于甲方商业秘密。本条在合同终止后二年内有效。

## 第十条 责任限制

10.1 乙方对甲方因使用本系统造成的间接损失、利润损失、数据损失不承担责任。

10.2 乙方不保证系统完全满足甲方的全部业务需求，也不保证系统运行不中断或没有错误。

10.3 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的25%。

## 第十一条 合同解除

11.1 任何一方严重违反本合同且在收到对方书面通知后二十日内未予纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，乙方已完成的工作量对应的费用甲方应予支付，甲方已支付的许可费不予退还。

11.3 甲方违反第七条约定使用、修改或向第三方提供软件的，乙方有权立即终止许可，并要求甲方赔偿损失。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方，并在事件消除后尽快恢复履行。

## 第十三条 争议解决

因本合同发生的争议，双方友好协商；协商不成的，提交深圳国际仲裁院仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《匠迹软件用户服务协议》为准。

14.2 双方的通知以本合同首页所列地址、电话或电子邮箱送达，一方变更联系方式的，应及时通知对方。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州青面手作工作室有限公司

乙方（盖章）：深圳匠迹软件有限公司

签订日期：2026年  月  日
"""

SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. RTS-CN-2026-014
P:This Agreement is made between Rizhao Haiyun Timber Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Rizhao, Shandong Province (the "Buyer"), and Rangitaiki Timber Systems Limited, a company incorporated in New Zealand with its registered office at Commerce Street, Whakatane 3120, New Zealand (the "Vendor").
P:The Buyer imports softwood logs through the port of Rizhao and operates two log yards. The Vendor develops YardMaster, a log yard inventory, scaling and grading system. The Buyer wishes to acquire a perpetual licence of YardMaster and the related implementation services, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the YardMaster core system, the Grading Module and the mobile scanner application, in object code, with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configurations and documents created by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in connection with the Buyer's business, including log scans, grading results, yard locations, customer and shipment records.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's two log yards in Rizhao and at its head office, for an unlimited number of named users, together with 36 mobile scanner licences.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may assign the licence to an affiliate that takes over the log yard operations, on written notice to the Vendor.
P:2.3 Title to and intellectual property in the Software remain with the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's servers, migrate the current yard inventory from the Buyer's spreadsheets and legacy database, and bring both yards into live operation.
P:3.2 The Vendor shall build interfaces between the Software and the Buyer's ERP system, the port terminal's gate system and the weighbridge system, as specified in the Requirements Specification attached as Annex 1.
P:3.3 The Vendor shall train the Buyer's yard supervisors, scalers and system administrators in Rizhao, in Chinese with an interpreter provided by the Vendor, and shall deliver user and administrator manuals in Chinese and English.
P:3.4 The Vendor shall appoint a project manager who shall be on site during installation, migration and go-live, and shall report progress to the Buyer in writing every two weeks.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,888,000, inclusive of applicable taxes, travel and all costs of the Vendor, made up as follows:
P:(a) Licence Subtotal CNY 1,240,000, being the YardMaster core licence CNY 860,000, the Grading Module CNY 261,200 and 36 mobile scanner licences at CNY 3,300 each, CNY 118,800;
P:(b) implementation, configuration and data migration CNY 386,000;
P:(c) interfaces CNY 214,000;
P:(d) training and documentation CNY 48,000.
P:4.2 The Contract Price is fixed and is not subject to exchange-rate adjustment. All invoices shall be issued in CNY and paid by bank transfer.
H:Article 5 Payment
P:5.1 The Buyer shall pay 10% of the Contract Price, CNY 188,800, within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Buyer shall pay 55% of the Contract Price, CNY 1,038,400, after installation of the Software at both yards and completion of the data migration, evidenced by a signed installation record. The installation record is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price, CNY 660,800, within twenty days after Final Acceptance.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation and data migration within ninety days and bring both yards into live operation within five months after signature.
P:6.2 Acceptance tests shall show that: (a) all functions listed in Annex 1 work as specified; (b) the migrated yard inventory matches a physical stock count at both yards, log by log, with no unexplained difference; (c) the interfaces with the ERP, gate and weighbridge systems run for twenty consecutive working days without data error; (d) grading results agree with manual grading on a sample of two thousand logs within the tolerance set in Annex 1; and (e) the system shows scan results on the mobile scanners within two seconds.
P:6.3 When all tests are passed, the Buyer shall issue a Final Acceptance certificate within seven working days. Live operation, use of the Software or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect at its cost and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for twenty-four months from Final Acceptance. During this warranty period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:7.2 The Vendor shall provide a support desk in Chinese and English. A Severity 1 incident (the Software unavailable at a yard, or scanning or gate interfaces stopped) shall receive a response within one hour and shall be restored within eight hours; a Severity 2 incident shall receive a response within two hours and be resolved by the next working day.
P:7.3 For each hour by which the Vendor exceeds a response or restoration time in Article 7.2, the Vendor shall pay a service credit of CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Vendor shall, at the Buyer's option, provide annual support covering defect correction, updates and the support desk for an annual fee equal to 9% of the Licence Subtotal, namely CNY 111,600 per year. This fee is fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including their source code, belong to the Buyer from their creation. The Buyer may use, modify and license them freely, and the Vendor shall deliver their source code with Final Acceptance.
P:8.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall indemnify the Buyer against any claim of infringement.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:9.2 The Software is installed on the Buyer's own servers in China. The Vendor shall access them only through the Buyer's VPN, with the Buyer's approval for each session and with all sessions logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Data Security Law and the Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within eight hours of any unauthorised access to, loss of or disclosure of Buyer Data that comes to its knowledge, shall help the Buyer to contain it, and shall be liable for any loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to bring both yards into live operation by the date in Article 6.1, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Articles 9 and 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after the Buyer's notice, or if the delay under Article 11.1 exceeds sixty days.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted for paid Software shall continue.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of New Zealand.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle by negotiation within sixty days shall be finally resolved by arbitration in Auckland under the Arbitration Act 1996 of New Zealand, before a single arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# ORDER FORM FS-2026-0388 — FieldDesk Service Management Subscription

**Vendor:** Muriwhenua Field Apps Limited, 41 Commerce Street, Kaitaia 0410, New Zealand ("Vendor")

**Customer:** Guangzhou Huanan Climate Engineering Co., Ltd., Tianhe District, Guangzhou, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies only to this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

FieldDesk, Vendor's cloud service for field service management, covering job intake, scheduling and dispatch, technician mobile app, spare-parts tracking, customer sign-off on mobile devices, maintenance contract management and service reporting. The service is hosted for Customer on a cloud region in mainland China (Shenzhen) operated by a licensed Chinese cloud provider. Customer will use FieldDesk for its air-conditioning installation and maintenance business in Guangdong Province.

### A2. Subscription Term

The Subscription Term is twenty-four months, made up of two Subscription Years, starting on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"). The subscription ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Subscription Term total (CNY) |
|---|---|---|---|---|
| Technician user subscription | 180 users | 1,560 per user per year | 280,800 | 561,600 |
| Dispatcher and administration module | 1 | 42,000 per year | 42,000 | 84,000 |
| Onboarding (configuration, data import, two integrations, training) | 1 | one-time | — | 64,000 |
| **Total Fees** | | | | **709,600** |

Fees are in CNY and include VAT. Unit prices are fixed for the Subscription Term. Additional technician users may be added at the unit price above, pro rata for the rest of the Subscription Year.

### A4. Onboarding and Go-Live Acceptance

(a) Vendor will complete onboarding within sixty days after signature of this Order Form. Onboarding covers: configuration of job types, service areas and price lists; import of about 26,000 customer sites and 9,000 installed units from Customer's spreadsheets; integration with Customer's Kingdee ERP (invoices and spare parts) and with its WeChat service account (job requests and customer notifications); and training of dispatchers, technicians and administrators in Guangzhou.

(b) Go-Live Acceptance tests: (i) every function in the FieldDesk scope document works with Customer's configuration; (ii) imported customer sites and installed units reconcile with the source files with no unexplained difference; (iii) both integrations run for ten consecutive working days without data error; (iv) the mobile app opens a job and records a customer signature in under three seconds on Customer's reference devices.

(c) When the tests are passed, Customer signs a Go-Live Acceptance certificate within five working days. Use of the service during onboarding is not acceptance.

(d) If Go-Live Acceptance is delayed for reasons attributable to Vendor beyond the date in A4(a), Vendor shall pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

(a) The onboarding fee of CNY 64,000 is invoiced on Go-Live Acceptance.

(b) The subscription fees for each Subscription Year (CNY 322,800) are invoiced in two equal half-yearly instalments of CNY 161,400, at the start of each half-year, the first on the Subscription Start Date.

(c) Customer pays each correct VAT invoice within twenty days of receipt by bank transfer in CNY. No amount is payable before the Subscription Start Date.

### A6. Contacts and Service Levels

Vendor account manager: Aroha Tane. Customer project lead: Mr Liang Wei, IT Manager. Service levels are in Part B section 4.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the service or that the service generates for Customer, including customer names, addresses and telephone numbers, job records, photos, signatures, parts usage and reports.

1.2 "Customer Configurations" means the job templates, forms, workflows, reports and integration scripts that Vendor creates specifically for Customer.

1.3 "Incident" means a failure of the service to perform materially as described in the documentation.

### 2. Provision of the Service

2.1 Vendor will provide the service in accordance with Part A and the documentation, and will not materially reduce the functionality of the service during the Subscription Term.

2.2 Customer may permit its employees and its contracted installation teams to use the service within the number of users subscribed.

2.3 Vendor may update the service from time to time and will give Customer at least fourteen days' notice of any change that affects Customer's use of the service or the integrations.

### 3. Customer Responsibilities

3.1 Customer will keep its passwords secure, use the service lawfully, and provide accurate information for onboarding.

3.2 Customer is responsible for obtaining the consent of its end customers where required by law for the collection of their personal information through the service.

### 4. Service Levels

4.1 Availability. Vendor will make the service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 Incident response. Vendor will respond to Incidents as follows: Priority 1 (service unavailable, or dispatch or the mobile app not usable for all users): response within six hours; Priority 2 (a major function impaired for some users): response by the next business day; Priority 3 (other issues and questions): response within three business days. Vendor will work continuously on Priority 1 Incidents until the service is restored.

4.3 Service credits. If availability falls below the level in section 4.1 in any month, Customer receives a credit of 5% of that month's subscription fees for each 0.1 percentage point (or part) of shortfall, up to half of that month's fees. If Vendor misses a Priority 1 response time, Customer receives a further credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 Vendor will provide a monthly service report showing availability, Incidents and response times.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the service and support under this Order Form and in accordance with Customer's instructions, and will not use it for any other purpose.

5.2 Vendor will store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least six months, and back up Customer Data daily.

5.3 Vendor will comply with the Personal Information Protection Law and the Data Security Law of the PRC in processing Customer Data.

5.4 Vendor will notify Customer within eight hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, cooperate with Customer's investigation and notifications, and bear the costs and losses caused by its breach of this section.

5.5 On expiry or termination, Vendor will make all Customer Data available for export in CSV and image formats for sixty days and will then delete it, confirming deletion in writing.

### 6. Intellectual Property

6.1 Vendor retains all rights in the FieldDesk service, its software and documentation.

6.2 Customer Configurations belong to Customer. Customer may use, modify and let third parties use them without restriction, and Vendor will deliver them in editable form on request and at the end of the Subscription Term.

### 7. Subcontractors

7.1 Vendor may use subcontractors and sub-processors, including the hosting provider, implementation partners and support centres, to perform any part of the service. Vendor keeps a current list of them on its website and will notify Customer of any addition by email. Customer's consent is not required. Vendor remains responsible for its subcontractors' performance.

### 8. Confidentiality

8.1 Each party will keep confidential all non-public information of the other party received in connection with this Order Form, use it only for this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This section continues for three years after the end of the Subscription Term.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of sections 5 and 8.

9.2 Each party's total liability under this Order Form is limited to two times the Total Fees. This limit does not apply to Vendor's obligations under section 5, to infringement claims or to wilful misconduct.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within twenty days after written notice.

10.2 If Customer terminates under section 10.1, Vendor will refund any fees already paid for the period after termination.

10.3 Sections 5.5, 6, 8 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes that the parties cannot settle by negotiation within sixty days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 This Order Form is the entire agreement of the parties about its subject matter. Changes must be in writing and signed by both parties. Vendor's online terms of service do not apply.

12.2 Notices must be in writing and sent to the contacts in A6 by email with a copy by courier.

Signed for Vendor: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

SRC["e03"] = r"""
T:Purchase Contract for Milk Vat Monitoring Equipment and Software
P:Contract No. CY-PUR-2026-0552
P:Buyer: Hohhot Caoyuan Dairy Co., Ltd., Jinqiao Development Zone, Hohhot, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: Northern Wairoa Sensing Limited, Victoria Street, Dargaville 0310, New Zealand (the "Supplier").
P:The Buyer collects raw milk from contracted farms and its own ranches and wishes to monitor the temperature, volume and agitation of milk in farm vats in real time. The Supplier manufactures vat monitoring units and the VatWatch monitoring software. This Contract is made on the Buyer's standard purchase terms for equipment and software.
H:1. Definitions
P:1.1 "Equipment" means the vat monitoring units, gateways and probes listed in the Price Schedule in clause 3.
P:1.2 "Software" means the VatWatch monitoring software licensed under clause 2.3, including the alarm engine, dashboard and mobile app.
P:1.3 "Deliverables" means the Equipment, the Software, the interface with the Buyer's ERP and quality systems, the alarm rules and reports configured for the Buyer, and all documentation.
P:1.4 "Sites" means the 64 milk vats at the 16 farms and ranches listed in Annex 1.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment at the Sites, install the Software on the Buyer's servers in Hohhot, configure alarm rules and reports, build the interface with the Buyer's ERP and quality systems, and train the Buyer's staff.
P:2.2 Each vat monitoring unit measures milk temperature, milk level and agitator status, and sends readings at intervals of no more than one minute through the gateway to the Software. Each gateway buffers readings for at least seven days if the mobile network fails.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for monitoring vats at the Sites and at any farm that the Buyer adds later, for an unlimited number of users.
P:2.4 The Equipment shall be new, unused and of the models listed in Annex 2, suitable for outdoor installation at temperatures down to minus thirty-five degrees Celsius.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,270,000, inclusive of VAT, delivery to the Sites, insurance, customs clearance, installation, travel and all other costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Vat monitoring unit VW-M3 (temperature, level, agitator sensors)|64|9,800|627,200
TB:2|Cellular gateway VW-G2|16|6,400|102,400
TB:3|Spare temperature probes and mounting kits|1 set|38,600|38,600
TB:4|VatWatch monitoring software, perpetual licence|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,054,200
TB:5|Installation and commissioning at 16 Sites|1|118,000|118,000
TB:6|Interface with the Buyer's ERP and quality systems|1|76,000|76,000
TB:7|Training and documentation|1|21,800|21,800
TB:|Contract Price|||1,270,000
P:3.2 The Contract Price is fixed and is not subject to any adjustment for exchange rates, freight or duty.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price, CNY 254,000, within twenty days after signature of this Contract and receipt of an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price, CNY 571,500, after delivery and installation of the Equipment at all Sites, evidenced by installation records signed by the Buyer's farm managers. Installation records are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price, CNY 444,500, within twenty days after Final Acceptance.
P:4.4 Each payment is made against a correct VAT invoice by bank transfer in CNY.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Sites within seventy days after signature and complete installation and commissioning within fifty days after delivery.
P:5.2 The Supplier shall coordinate installation with each farm manager so that milking, cooling and milk collection are not interrupted. Work inside vats shall follow the Buyer's food safety procedures.
P:5.3 Risk in the Equipment passes to the Buyer on signed installation at each Site. Title passes on payment under clause 4.2.
H:6. Acceptance
P:6.1 After installation at all Sites, the Equipment and Software shall run for a trial period of fifty days, during which no Severity 1 fault caused by the Equipment or the Software may occur.
P:6.2 The acceptance criteria are: (a) every unit reports temperature, level and agitator status to the Software without gaps longer than ten minutes, except for documented network outages; (b) temperature readings agree with a calibrated reference thermometer within 0.3 degrees Celsius at each vat; (c) level readings agree with the vat dipstick within 2% of vat capacity; (d) alarms for high temperature, agitator stop and unexpected volume change reach the responsible farm manager by app and SMS within two minutes in tests at every Site; (e) the interface transfers collection volumes and quality data to the ERP with no error for ten consecutive working days.
P:6.3 Installation, commissioning, use of the Equipment during the trial period, or payment does not constitute acceptance.
P:6.4 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within seven working days. If any criterion is not met, the Supplier shall remedy the defect at its own cost and the relevant tests shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace any faulty Equipment, including batteries and probes, and correct any defect in the Software, free of charge, including parts, labour, travel and freight.
P:7.2 The Supplier shall keep spare units and gateways in stock in Hohhot through a local service partner approved under clause 11.
P:7.3 Service levels during the warranty period: a Severity 1 fault (the Software unavailable, or alarms not delivered for one or more Sites) shall receive a response within two hours and be restored by the end of the next day; a Severity 2 fault (a single unit or gateway not reporting) shall receive a response within eight hours and be fixed within three days.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, deductible from any amount due.
P:7.5 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support covering repairs, replacement parts, Software updates and the support desk for an annual fee of 8% of the Equipment and Licence Subtotal, namely CNY 84,336. This fee is fixed for three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The alarm rules, reports, interface programs and documentation created for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and configuration files with Final Acceptance.
P:8.2 The Supplier keeps its intellectual property in the Equipment firmware and in the standard Software, subject to the licence in clause 2.3.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe a third party's rights.
H:9. Buyer Data and Security
P:9.1 All readings, alarms, farm and vat information and other data collected by the Equipment or stored in the Software belong to the Buyer. The Supplier shall use such data only to perform this Contract and shall not copy, keep, analyse or disclose it for any other purpose.
P:9.2 The Software runs on the Buyer's servers in Hohhot, and the gateways send data only to those servers through an encrypted connection. The Supplier shall access the servers only through the Buyer's VPN with the Buyer's approval for each session, and all sessions shall be logged. No data shall be transferred outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the Equipment, the Software or Buyer data that comes to its knowledge, shall cooperate in containing it and shall be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including farm locations, supplier farms, collection volumes and quality data, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Delay and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, infringement claims, breach of clauses 9 and 10 and wilful misconduct, which are not limited.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages under clause 12.1 reach their maximum. The Supplier shall then refund the amounts paid for Deliverables not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final.
H:15. General
P:15.1 Annex 1 (Sites), Annex 2 (Equipment specifications) and Annex 3 (Acceptance test plan) form part of this Contract.
P:15.2 This Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# Managed Network and IT Support Services Agreement

**Agreement No.:** JG-IT-2026-07

**Customer:** Shanghai Jinguo Fresh Produce Co., Ltd., Pudong New Area, Shanghai, People's Republic of China ("Customer")

**Provider:** Kaimai Managed Networks Limited, Broadway, Matamata 3400, New Zealand, acting through its branch office in Shanghai ("Provider")

**Background.** Customer imports and distributes fresh fruit and operates a head office in Shanghai and cold-store warehouses in Shanghai, Jiaxing and Kunshan. Customer wishes to outsource the operation of its network and its end-user IT support to Provider for thirty-six months. Provider has experience in managing networks for cold-chain and logistics businesses and agrees to provide the Services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under section 3.4.

1.5 "Customer Data" means all data of Customer that Provider can access when performing the Services, including data on Customer's devices, servers, network equipment and cloud accounts.

1.6 "Sites" means the head office and the three cold-store warehouses listed in Schedule 1.

## 2. Term

2.1 This Agreement starts on signature. The Service Term is thirty-six months from the Service Commencement Date.

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 Provider will take over the Services from Customer's current IT staff and contractors within eight weeks after signature (the "Transition Period").

3.2 During the Transition Period Provider will: survey all Sites; build an inventory of network devices, servers, end-user devices and software licences; document the network configuration; install its monitoring tools; set up the service desk with Customer's users and escalation contacts; and agree operating procedures with Customer's IT Manager.

3.3 Transition acceptance criteria: (a) the inventory has been checked by Customer on a sample of at least one device in ten at each Site without material error; (b) all network devices, servers and warehouse wireless access points are shown in Provider's monitoring; (c) the service desk has handled test tickets from each Site in Chinese and English; (d) the operating procedures and network documentation have been delivered and approved by Customer.

3.4 When the criteria are met, Customer will sign a Transition Acceptance certificate within five working days. If a criterion is not met, Provider will correct the shortfall at its own cost and Customer will test again.

3.5 If the Service Commencement Date is delayed beyond the end of the Transition Period for reasons attributable to Provider, Provider will pay Customer CNY 2,800 for each full week of delay.

## 4. Services and Service Levels

4.1 From the Service Commencement Date Provider will perform the Services described in Schedule 1 at all Sites and meet the Service Levels in Schedule 2.

4.2 If Provider fails to meet a Service Level, Customer will receive the service credits set out in Schedule 2. Service credits are deducted from the next monthly invoice.

4.3 Provider will provide a monthly service report with availability, incidents, ticket statistics, changes and recommendations, and will attend a monthly service review meeting with Customer.

4.4 Changes to the network configuration will follow the change procedure agreed during transition. Emergency changes may be made to restore service and reported to Customer the same day.

## 5. Charges and Payment

5.1 Customer will pay the Charges in Schedule 3. The Charges are fixed for the Service Term.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the month after the Service Commencement Date.

5.3 Customer will pay each correct VAT invoice within twenty-five days of receipt.

## 6. Customer Cooperation and Customer Data

6.1 Customer will give Provider's engineers access to the Sites during working hours and outside them for incidents, provide spare access points and end-user devices for replacement, and name an IT Manager who approves changes and signs acceptance documents. Provider is not responsible for a missed Service Level to the extent caused by Customer's failure to do so.

6.2 Customer Data remains the property of Customer. Provider will use Customer Data only to perform the Services and will return it to Customer at the end of this Agreement.

## 7. Confidentiality

7.1 Each party will keep confidential the non-public information received from the other party under this Agreement, including Customer's supplier, customer and pricing information and Provider's tools and methods. Neither party will disclose such information to third parties without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This section continues to apply for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Network documentation, configurations, scripts and procedures prepared by Provider for Customer belong to Customer, which may use and modify them freely and hand them to any future provider.

8.2 Provider keeps its rights in its own monitoring and service desk tools. Customer receives no licence to those tools after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 Provider will assign a service manager and at least two engineers based in Shanghai. Engineers will attend the warehouses in Jiaxing and Kunshan when on-site work is needed.

9.2 Provider may not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Service Term. The limit does not apply to personal injury, wilful misconduct or breach of section 7.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within twenty days after notice, or if Provider fails the same Service Level in three consecutive months.

11.2 On expiry or termination Provider will provide exit assistance for up to two months at the monthly service charge rate, including handover of documentation, passwords and open tickets to Customer or a new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## 13. General

13.1 This Agreement with its Schedules is the entire agreement between the parties on its subject matter. Changes must be in writing and signed by both parties.

13.2 If this Agreement and a Schedule conflict, the body of this Agreement prevails.

---

## Schedule 1 — Service Description

| Service | Scope | Sites |
|---|---|---|
| Network operations | Monitoring, configuration and maintenance of routers, firewalls, switches and warehouse wireless access points; firmware updates; ISP management | All Sites |
| Warehouse wireless | Coverage checks in cold rooms and loading docks; replacement of failed access points from Customer-owned spares | Shanghai, Jiaxing, Kunshan warehouses |
| Server operations | Monitoring, patching and backup of the warehouse management system servers and file servers | Head office server room |
| Service desk | Chinese and English service desk by phone, WeChat and email, 7:00 to 22:00 every day | All users (about 260) |
| End-user support | Remote and on-site support for PCs, handheld scanners, label printers and mobile devices; new-user setup | All Sites |
| Asset management | Inventory of hardware and software licences, kept current and reported quarterly | All Sites |
| Vendor coordination | Logging and following up faults with ISPs, the WMS vendor and equipment suppliers | All Sites |

## Schedule 2 — Service Levels and Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Core network availability (head office and warehouse WMS connectivity), per month | 99.95% | 5% of the monthly service charge for each 0.1 percentage point below the level |
| Priority 1 response (a Site without network, or WMS not usable at a warehouse) | 20 minutes | CNY 1,500 for each hour or part of an hour late |
| Priority 1 restoration | 6 hours | CNY 2,000 for each hour or part of an hour late |
| Priority 2 response (a function impaired for several users) | 1 hour | CNY 500 for each hour late |
| Priority 3 resolution (single user issue) | 2 business days | none |
| Monthly service report | by the 5th working day of the month | CNY 500 per late report |

Total service credits in a month are limited to 25% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, invoiced after Transition Acceptance | 78,000 |
| Monthly service charge | CNY 46,500 per month × 36 months | 1,674,000 |
| **Total Charges for the Service Term** | | **1,752,000** |

Charges include VAT, travel within Shanghai, Jiaxing and Kunshan, and Provider's monitoring and service desk tools. Replacement hardware is supplied by Customer.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

SRC["e05"] = r"""DAIRY MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. PDI-QD-2026-03

BETWEEN

Piako Dairy Intelligence Limited, a company registered in New Zealand, of Allen Street, Morrinsville 3300, New Zealand ("Vendor"); and

Qingdao Lanhai Dairy Trading Co., Ltd., a company registered in the People's Republic of China, of Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Customer imports whole milk powder, butter and cheese for food manufacturers in China and needs reliable market data to plan purchases and hedge prices. Vendor compiles dairy market data, including auction and spot prices, export volumes, farm-gate milk supply estimates and regional weather and pasture indicators for New Zealand and Australia, and delivers it through an application programming interface ("API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the data sets described in Schedule A as delivered through the API, including historical series and forecasts.

1.2 "Customer Data" means the information Customer provides to Vendor or enters through the API or the web console, including user accounts, API keys, watchlists, query logs, uploaded purchase volumes and price scenarios.

1.3 "Subscription Year" means the period of 365 days starting on the Subscription Start Date, and each following period of 365 days starting on an anniversary of it.

1.4 "Subscription Start Date" means the date of Integration Acceptance under clause 4.3.

1.5 "Connector" means the data connector, transformation scripts and dashboard templates that Vendor builds for Customer under clause 4.1.

2. SUBSCRIPTION AND LICENCE

2.1 Vendor will provide Customer with access to the Vendor Data through the API and the web console for two Subscription Years from the Subscription Start Date (the "Initial Term").

2.2 Vendor grants Customer a non-exclusive, non-transferable licence during the term to use the Vendor Data for Customer's internal purchasing, pricing, planning and risk management, and to share summaries and charts derived from it with Customer's own customers and banks in the ordinary course of business.

2.3 Customer may not resell the Vendor Data or publish it in bulk, and may not use it to build a competing data service.

2.4 Customer may have up to twenty-five named console users and make up to 200,000 API calls per month. Vendor will tell Customer if usage approaches the limit; additional calls are charged under Schedule B.

3. RENEWAL

3.1 After the Initial Term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

3.2 For each renewal period the Subscription Fee will be Vendor's then-current list price for the data sets subscribed. Vendor may increase the Subscription Fee for a renewal period by notifying Customer at least seventy-five days before the renewal date.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Within forty-five days after signature, Vendor will provide production API access and keys, build the Connector that loads the Vendor Data into Customer's data warehouse in Qingdao, configure watchlists and alerts in the web console, and train Customer's purchasing and risk staff in two sessions in Qingdao or online.

4.2 Integration acceptance tests: (a) all data sets in Schedule A are delivered through the API with the fields and history described there; (b) the Connector loads daily updates into Customer's data warehouse for ten consecutive working days without error or missing records; (c) values in the warehouse reconcile with the web console for a sample of series chosen by Customer; (d) the average API response time for standard queries from Customer's Qingdao office is below two seconds.

4.3 When the tests are passed, Customer will sign an Integration Acceptance certificate within five working days. Test access before Integration Acceptance is free of charge and is not acceptance.

4.4 If production access and the Connector are not ready for acceptance testing by the date in clause 4.1 for reasons attributable to Vendor, Vendor will pay Customer CNY 600 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees for the Initial Term are set out in Schedule B and total CNY 660,000.

5.2 The set-up fee is invoiced on Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 Customer will pay each correct VAT invoice within twenty days of receipt by bank transfer in CNY. Fees for the Initial Term are fixed.

6. SERVICE LEVELS

6.1 Vendor will keep the API and the web console available 99.95% of each calendar month, excluding scheduled maintenance of which Customer is notified at least three days in advance.

6.2 Daily data sets will be updated by 09:00 China Standard Time on each business day, and auction results within two hours after publication.

6.3 Vendor will respond to Priority 1 incidents (API unavailable, or data not updated or clearly wrong for a whole data set) within one hour, at any time, and will work continuously until they are resolved. Priority 2 incidents will receive a response within one business day.

6.4 If availability in a month is below the level in clause 6.1, or a daily update is late by more than three hours on more than two days in a month, Customer will receive a service credit of 10% of the monthly equivalent of the Subscription Fee for each such failure, deducted from the next invoice or refunded at the end of the term.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor will use Customer Data only to provide the API, the web console and support to Customer and will not analyse, sell or share it for any other purpose.

7.2 Vendor will protect Customer Data with encryption in transit and at rest, multi-factor authentication for console users and Vendor staff, role-based access and logging of all administrative access. Customer Data relating to Customer's users in China is stored on servers in mainland China.

7.3 Vendor will notify Customer within eight hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by Vendor's failure to comply with this clause 7.

7.4 At the end of the term Vendor will return Customer Data in a standard format on request and delete it within sixty days, confirming the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the Vendor Data, the API and the web console.

8.2 The Connector belongs to Customer. Customer may use, modify and let third parties maintain it without restriction, and Vendor will deliver its source code with Integration Acceptance.

9. SUBCONTRACTING

9.1 Vendor will not subcontract the set-up work or support under this Agreement without Customer's prior written consent, and remains responsible for any approved subcontractor. Vendor's data collection from public sources and licensed data partners is not subcontracting.

10. LIABILITY

10.1 Vendor does not warrant that forecasts will be accurate, but will compile the Vendor Data with reasonable skill and care and correct any error promptly after it is reported.

10.2 Vendor's total liability arising out of or in connection with this Agreement in any circumstances is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.3 Neither party is liable for indirect loss, loss of profit or trading losses.

11. TERM AND TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after written notice.

11.2 Customer may also terminate by written notice if Vendor misses the availability level in clause 6.1 in three consecutive months. On such termination Vendor will refund any fees paid for the period after termination.

11.3 Clauses 7, 8, 10 and 12 survive termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final.

13. GENERAL

13.1 This Agreement with its Schedules is the entire agreement of the parties. Changes must be in writing and signed by both parties.

13.2 Notices must be sent by email and courier to the addresses above.

13.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failures of public networks, provided it notifies the other party promptly and resumes performance as soon as possible.

13.4 Vendor may not assign this Agreement without Customer's prior written consent, except to a successor of its whole data business that agrees to be bound by it.

SCHEDULE A - DATA SETS

A.1 Auction and spot prices for whole milk powder, skim milk powder, butter, anhydrous milk fat and cheddar, daily and per auction event, with history from 2010.

A.2 Export volumes by product and destination for New Zealand and Australia, monthly.

A.3 Farm-gate milk collection estimates and season forecasts by region, weekly.

A.4 Rainfall, soil moisture and pasture growth indicators for the main dairy regions, daily.

SCHEDULE B - FEES

B.1 Subscription Fee: CNY 318,000 per Subscription Year; CNY 636,000 for the Initial Term.

B.2 Set-up and Connector fee: CNY 24,000, one-time.

B.3 Total fees for the Initial Term: CNY 660,000.

B.4 Additional API calls above the monthly allowance: CNY 60 per 1,000 calls, invoiced quarterly in arrears.

Signed for Vendor: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h1079z01_parks_bureau_greening_supervision_platform", "pdf"),
    "z02": ("h1079z02_lint_remover_factory_line_control_retrofit", "docx"),
    "z03": ("h1079z03_vocal_school_chain_booking_membership_saas", "txt"),
    "z04": ("h1079z04_fire_brigade_fire_lane_monitoring_annual_om", "txt"),
    "z05": ("h1079z05_mask_studio_process_tracking_supplier_template", "md"),
    "e01": ("h1079e01_log_yard_software_perpetual_licence_whakatane_vendor", "pdf"),
    "e02": ("h1079e02_field_service_saas_order_form_kaitaia_vendor", "md"),
    "e03": ("h1079e03_dairy_vat_sensors_monitoring_licence_dargaville_vendor", "docx"),
    "e04": ("h1079e04_managed_network_it_support_36_months_matamata_vendor", "md"),
    "e05": ("h1079e05_dairy_market_data_api_subscription_morrinsville_vendor", "txt"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
L = {
    "z01": ("software", [99.95, 20 / 60, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], True, True, True, False, 2220000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 32, False, True,
                         False, "PRC", G], True, True, True, False, 1780000),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 560000),
    "z04": ("services", [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S], True, True, None, False, 486000),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 25, 65, False, False, 3, None, False, True,
                         None, None, G], False, False, False, True, 460000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 9, False, True, False,
                         "New Zealand", G], True, True, True, False, 1888000),
    "e02": ("cloud", [99.95, 6, True, "buyer", True, True, True, 500 / 709600 * 100, 200, None, True, None, None, None,
                      False, True, True, "PRC", S], True, True, None, False, 709600),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False, True, False,
                         "PRC", G], True, True, True, False, 1270000),
    "e04": ("services", [99.95, 20 / 60, True, "buyer", False, True, True, 2800 / 7 / 1752000 * 100, 150, None, True,
                         None, None, None, False, True, False, "PRC", S], True, True, None, False, 1752000),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 600 / 660000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S], True, True, None, False, 660000),
}
FEE_BASE = {"z01": 1180000, "z02": 1521000, "e01": 1240000, "e03": 1054200}   # itemised licence / hardware subtotals
FORUM_OUTSIDE = {"e01"}                                                        # Auckland arbitration
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def label(key):
    cat, terms, sla, ld, capped, deemed, value = L[key]
    name, ext = NAMES[key]
    t = dict(zip(KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": f"{name}.{ext}", "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": t, "expected_extra": extra, "expected_rules": sorted(derive(key, t, extra))}


def tco_share(key, t, extra):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (extra["contract_value"] + fees) * 100


def derive(key, t, extra):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key, t, extra)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


# threshold figures, in any spelling a draft might use
BAD = [r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(per\s*cent|percent)",
       r"(?<![\d.,])99\.9(?![\d])", r"(?<![\d.,])4\s*(个)?\s*(小时|hours?\b|hrs?\b)", r"(?<![十\d])四\s*(个)?\s*小时",
       r"\bfour\s*hours?\b", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"(?<![\d.,])100\s*%", r"百分之(一)?百",
       r"hundred\s*(per\s*cent|percent)", r"(?<![\d.,])12\s*(个\s*月|months?\b)", r"十二个月", r"twelve\s*months?",
       r"一年质保|质保期为一年|质保一年|one-year\s*warranty", r"(?<![\d.,])15\s*%", r"百分之十五",
       r"fifteen\s*(per\s*cent|percent)", r"(?<![\d.,])40\s*%", r"百分之四十", r"forty\s*(per\s*cent|percent)"]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty percent", "99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours",
            "four hours", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "one hundred per cent", "12个月", "12 months",
            "十二个月", "twelve months", "质保一年", "15%", "百分之十五", "40%", "百分之四十", "forty percent", "4 hrs"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "0.08%", "万分之五十", "130%", "150%", "0.15%",
             "24 months", "二十四个月", "112 months", "45%", "35%", "20%", "万分之八", "千分之一", "CNY 1,240,000",
             "2.4 hours", "0.051", "25%", "2027年12月31日", "第十二条", "十二日", "140%", "340 %"]


def selftest():
    for s in MUST_HIT:
        assert BAD_RE.search(s), s
    for s in MUST_MISS:
        assert not BAD_RE.search(s), s


def read_back(path):
    ext = path.suffix
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def check_values(key, lab):
    t, e = lab["expected_terms"], lab["expected_extra"]
    for k, th in TH.items():
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
    sh = tco_share(key, t, e)
    if sh is not None:
        assert abs(sh - TCO_TH) > 2, (key, sh)
    return sh


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    docs = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in docs}, {k: (f"{n}.{x}", x) for k, (n, x) in docs.items()}, OUT, wrap_words=True)
    for k, (n, x) in NAMES.items():
        if x in ("txt", "md"):
            (OUT / f"{n}.{x}").write_text(SRC[k].strip() + "\n", encoding="utf-8")
            print("wrote", f"{n}.{x}")
    fired = set()
    for k, (n, x) in NAMES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        fired |= set(lab["expected_rules"])
        sh = check_values(k, lab)
        (OUT / f"{n}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / f"{n}.{x}")
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = BAD_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if k[0] == "z":
            size = len(re.sub(r"\s", "", text))
            assert 2750 <= size <= 3000, (k, size)
        else:
            size = len(text.split())
            assert 1450 <= size <= 1650, (k, size)
        print(f"{n}.{x}: {size} {'chars' if k[0] == 'z' else 'words'}, risk {risk(lab['expected_rules'])}, "
              f"rules {lab['expected_rules']}" + (f", TCO share {sh:.2f}%" if sh is not None else ""))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert len(DESIGN["z05"]) in range(8, 11)
    print("all checks passed; all 20 rules covered")
