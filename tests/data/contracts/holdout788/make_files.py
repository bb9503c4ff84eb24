"""holdout788: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市林业局美国白蛾监测防控平台采购合同
P:合同编号：LYJ-ZFCG-2026-0417
P:甲方（采购人）：某市林业局
P:乙方（供应商）：江城智林信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就美国白蛾监测防控平台（以下简称"平台"）的软件许可、定制开发及实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供美国白蛾监测防控平台软件永久许可（市、区县、乡镇林业站三级用户，不限用户数），并完成以下定制开发：性诱测报点巡查移动端、虫情上报与审核流程、防治作业（飞防、地面喷药、剪网幕）调度模块、疫情发生面积统计与"一张图"展示。
P:1.2 乙方负责将甲方现有2019年以来的测报点位、历年虫情记录及防治台账迁移至平台，并完成与省级林业有害生物防治信息系统、市政务云统一身份认证的接口对接。
P:1.3 乙方负责部署、联调、试运行及对甲方、各区县林业站人员的培训。
P:1.4 平台部署于市政务云，甲方提供云主机、数据库及网络资源。乙方应保证平台与甲方现有测报灯、性诱捕器物联网设备的数据接入，并预留无人机航拍影像接入能力，具体技术要求以招标文件第三章为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），包括：平台软件许可费¥760,000；定制开发费¥512,000；数据迁移及接口对接费¥118,000；实施及培训费¥78,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方为履行本合同发生的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，并附甲方出具的阶段确认文件。甲方按财政资金支付流程办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发并提交初验申请，迁移数据须在当年第一代成虫发生期前上线运行。
P:4.2 乙方应按甲方确认的实施计划推进，每两周提交进度报告，重大事项随时报告。甲方应提供政务云资源、历史台账及必要的工作条件。
P:4.3 乙方派驻的项目经理及技术负责人应与投标文件一致，未经甲方同意不得更换。项目经理在实施期内每周在甲方现场工作不少于三日。
H:第五条 培训
P:乙方应为甲方及各区县林业站分别组织操作培训和管理员培训，合计不少于六期，并提供操作手册、管理员手册和测报点巡查移动端使用视频。培训效果以参训人员能独立完成上报、审核、调度和统计为准。
H:第六条 验收
P:6.1 初步验收标准：功能清单逐项测试通过；历史测报数据迁移后与原台账逐条比对一致；移动端在离线状态下可缓存上报并在恢复网络后自动同步；一张图在全市测报点同时在线时页面响应时间不超过3秒；通过第三方安全测评。
P:6.2 初验合格后试运行六十日，试运行期间未发生一级故障、各区县完整完成一个发生代次的测报与防治流程，甲方组织最终验收并出具书面验收报告。
P:6.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥68,400），且自质保期满起三年内不上调。维护合同另行签订，不自动续期。
H:第八条 服务水平
P:8.1 平台月可用率不低于99.95%（计划内维护除外，维护应提前三日通知并避开防治作业高峰）。
P:8.2 一级故障（平台整体不可用或虫情上报中断）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障次一工作日内处理。
P:8.3 乙方响应或修复超时的，每超时一小时向甲方支付违约金人民币800元；月可用率每低于承诺值0.01个百分点，扣减当年维护费或质保金人民币1,000元。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的移动端、调度模块、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在终验时交付全部源代码。
H:第十条 数据安全
P:10.1 平台中的测报点位、虫情、防治作业、人员信息等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方应按网络安全等级保护第二级要求落实安全措施，运维一律经甲方堡垒机进行并留存日志，不得将数据拷贝出政务云环境。
P:10.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十一条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、疫情未公开信息及其他非公开资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。乙方应与参与本项目的人员签订保密承诺书，项目结束时应将甲方提供的纸质资料全部退还，电子资料在甲方监督下删除并出具书面说明。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提交初验申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:12.3 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.4 乙方违约金的支付不免除其继续履行合同的义务。甲方可以从应付款项或履约保证金中直接扣除乙方应付的违约金。
H:第十三条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十五条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 不可抗力
P:因地震、洪水、重大疫情等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商调整工期；不可抗力持续超过六十日致使合同目的无法实现的，任何一方可以解除合同。
H:第十七条 其他
P:履约保证金为合同总价的5%，最终验收合格后无息退还。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:甲方代表：__________  乙方代表：__________
P:签订日期：2026年3月16日  签订地点：甲方会议室
"""

Z02 = """T:百洁布复合分切生产线电气控制系统改造及维保合同
P:合同编号：JL-SB-2026-031
P:甲方：洁莱清洁用品（宿迁）有限公司
P:乙方：苏北恒拓自动化工程有限公司
P:甲方百洁布车间现有无纺布复合（热熔胶复合、烘箱定型）及分切生产线一条，控制系统老化、张力波动大、分切尺寸偏差超标。经比选，甲方委托乙方对该生产线的电气控制系统进行改造，并在质保期满后提供维保服务。双方订立本合同如下。
H:第一条 工作范围
P:1.1 乙方负责控制系统改造的设计、供货、安装、编程、调试、试生产及培训，包括：更换PLC主控柜及远程IO；放卷、复合、收卷及分切单元的伺服驱动及电机；张力闭环控制系统；海绵与百洁布复合层的视觉纠偏及瑕疵检测；操作台HMI及工控机；产线数据采集软件（含配方管理、分切排刀优化及班产报表）。
P:1.2 改造后生产线应满足：最高线速度每分钟三十五米；张力波动不超过设定值的±3%；分切宽度偏差不超过±0.5毫米；复合层剥离强度合格率达到甲方工艺标准。
P:1.3 甲方负责提供停机窗口、压缩空气、电源接入点及原有设备图纸。
P:1.4 产线数据采集软件应采集线速度、张力、温度、胶量、分切卷数及停机原因，按班次自动生成产量、良品率和停机报表，并可导出至甲方ERP系统。乙方应完成与ERP系统的工单及物料接口对接。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾捌万陆仟元整（¥2,186,000），明细如下：
TB:序号|项目|金额（元）
TB:1|PLC主控柜及远程IO|368,000
TB:2|伺服驱动及电机（放卷、复合、收卷、分切）|426,000
TB:3|张力闭环控制系统|214,000
TB:4|视觉纠偏及瑕疵检测系统|187,000
TB:5|操作台HMI及工控机|96,000
TB:6|产线数据采集软件许可（永久）|245,000
TB:|软硬件小计|1,536,000
TB:7|安装、布线及调试|396,000
TB:8|定制程序开发（配方管理、排刀优化、报表）|226,000
TB:9|培训|28,000
TB:|合同总价|2,186,000
P:2.2 合同总价为含税固定价，包括运输、保险、安装材料、调试耗材及乙方人员费用。除经双方书面确认的变更外，甲方不再支付其他任何费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、产线通电空载运行后，甲方支付合同总价的55%。该笔付款不代表甲方对设备质量的验收。
P:3.3 生产线通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与停机改造
P:4.1 乙方应在合同生效后六十日内完成设备到货。现场改造须在甲方安排的停机窗口（不超过十八日）内完成并恢复生产。
P:4.2 乙方施工应遵守甲方车间安全、消防及动火管理制度，乙方人员应持证上岗。施工期间发生的人身伤害及财产损失，由责任方承担。
P:4.3 乙方应在改造前提交电气原理图、控制逻辑说明、停机改造计划及应急恢复方案，经甲方确认后实施。停机窗口内每日召开进度会，发现可能超期的，应立即报告并采取增加人员等措施。
P:4.4 拆除的旧控制柜、电缆及电机由甲方处置，乙方应分类整理并移交甲方仓库。
H:第五条 培训与资料
P:乙方应对甲方设备、电气及操作人员分别进行培训，内容包括系统原理、日常操作、配方录入、换卷换刀、常见故障判断和备件更换，培训不少于五个班次。乙方应交付竣工图、设备说明书、程序备份、参数清单及备件清单各两套。
H:第六条 验收
P:6.1 改造完成后连续试生产十五日，期间按1.2条指标逐项检测：每班抽检分切宽度不少于二十卷，张力曲线由系统记录，剥离强度由甲方质检部门按工艺标准检测。
P:6.2 试生产期间无因控制系统导致的停线超过两小时的故障，软件报表与人工台账核对一致，甲方出具最终验收报告。设备安装、通电或试生产本身均不视为验收合格。
P:6.3 验收不合格的，乙方应在十日内整改并重新组织验收，由此发生的费用由乙方承担。
H:第七条 质保及维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件修复，乙方免费提供。
P:7.2 质保期满后，乙方按年提供维保服务（含两次预防性巡检、备件优惠、远程诊断及软件升级），年度维保费为软硬件小计的8%，即每年人民币122,880元，此价格在质保期满后三年内不作调整。
P:7.3 故障分级及响应：一级故障（整线停机）乙方应在1小时内远程响应，6小时内到达现场；二级故障（单元故障但可降速生产）2小时内响应，次日到场；三级故障在两个工作日内处理。
P:7.4 乙方响应或到场超时的，每超时一小时向甲方支付人民币1,500元。
P:7.5 乙方应在宿迁或邻近城市保有伺服驱动器、张力传感器、视觉相机等关键备件，保证质保期及维保期内关键备件在两日内到达现场。
H:第八条 知识产权及数据
P:8.1 为本项目编写的PLC程序、HMI画面、配方管理及排刀优化程序、报表及其源文件归甲方所有，乙方应在终验时交付源程序及注释，甲方可自行修改或委托他人修改。数据采集软件平台的著作权归乙方，甲方享有永久使用许可。
P:8.2 生产数据、工艺配方及质量数据属于甲方，乙方不得用于本合同以外目的。远程诊断须经甲方逐次批准，通过甲方指定的VPN及账号进行，操作留存日志。乙方不得将工艺配方复制或带离甲方。发生数据泄露的，乙方应在两小时内报告并承担相应赔偿责任。
H:第九条 保密
P:乙方对甲方的工艺配方、产品规格、客户信息及其他商业秘密承担保密义务，保密期限至合同终止后五年。乙方不得在宣传材料中使用甲方生产线照片、视频或工艺参数，经甲方书面同意的除外。乙方应要求其参与本项目的人员遵守本条约定。
H:第十条 违约责任
P:10.1 乙方逾期完成到货或在停机窗口内未能恢复生产的，每逾期一日按合同总价的万分之三支付违约金。
P:10.2 改造后指标达不到1.2条要求且整改后仍不合格的，乙方应负责免费更换或修复，直至达到要求，并赔偿甲方因此遭受的直接损失。
P:10.3 因乙方施工原因造成甲方其他设备损坏的，乙方负责修复或赔偿。
P:10.4 甲方逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:第十一条 分包
P:乙方可将现场电气安装、桥架及布线等辅助工作委托给具备相应资质的第三方施工，但应提前三个工作日书面告知甲方，并对分包方的施工质量和安全负责。
H:第十二条 合同的变更和解除
P:12.1 本合同的变更须经双方书面协商一致。技术方案在实施中需要调整的，乙方应提交变更说明，经甲方设备部和生产部共同确认后实施，变更不影响合同价格的除外。
P:12.2 因不可抗力致使合同目的无法实现的，双方可协商解除合同，互不承担违约责任。除此以外，任何一方不得单方解除本合同。
P:12.3 一方发生合并、分立或者变更名称的，应及时书面通知对方，本合同由承继其权利义务的一方继续履行。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交宿迁仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03 = """连锁体重管理门店预约及会员管理SaaS服务合同

合同编号：QT-SaaS-2026-088
甲方：轻体佳（成都）健康管理连锁有限公司
乙方：蓉芯云服科技有限公司

甲方在成都、重庆、绵阳等地经营体重管理门店四十家。为统一顾客预约、会员、疗程卡及体测数据管理，甲方订购乙方"约享"门店云平台服务，并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方提供门店云平台，包括：微信小程序预约、到店签到、排班与教练管理、会员档案及疗程卡、体测数据（体重、体脂率、围度）记录与趋势图、储值及营销活动、总部经营报表。
2. 服务范围覆盖甲方四十家门店，每店不超过十个后台账号，总部账号不限。
3. 平台部署于乙方租用的境内公有云，数据存储于中国境内。
（二）实施服务
1. 乙方负责平台初始化配置、四十家门店上线、甲方现有会员系统约十八万条会员及疗程卡余额数据迁移、与甲方收银系统及企业微信的对接。
2. 乙方为甲方定制开发门店业绩看板、教练提成报表及小程序品牌页面。
3. 乙方负责对门店店长、前台及教练分批培训。
4. 实施期间乙方应派驻不少于三名实施顾问，按区域分批上线，每批上线前完成门店网络检查、设备（签到平板、体测秤蓝牙连接）调试和模拟演练，上线当日安排人员驻店支持。

二、服务期限
（一）服务期为两个服务年度，自平台上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前六十日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，续订次数不限。
（三）续订年度的订阅费由乙方按其届时公布的价格标准确定，乙方应在续订生效前通知甲方，甲方对调整后价格有异议的，应在服务期满前提出不续订。

三、费用及支付
（一）订阅费每服务年度人民币436,000元，两个服务年度合计872,000元；实施费人民币168,000元（一次性）。合同总价为人民币1,040,000元。
（二）实施费在平台上线验收合格后十五个工作日内一次性支付，甲方不向乙方支付任何预付款。
（三）订阅费按季度结算，每季度开始后十个工作日内支付当季费用，即每季度人民币109,000元。
（四）乙方应在收款前开具增值税专用发票。发票不合格的，甲方付款期限相应顺延。
（五）本合同价格已包含平台使用、云资源、短信通知、标准功能升级及服务期内的技术支持，乙方不得另行收取。

四、实施与验收
（一）乙方应在合同签订后七十五日内完成全部门店上线。
（二）上线验收标准：
1. 迁移后会员数量、疗程卡剩余次数及储值余额与甲方原系统逐条核对一致，差异为零；
2. 四十家门店均完成至少一个营业日的真实预约、签到、体测录入及收银对账；
3. 小程序在五百名用户并发预约时页面响应时间不超过两秒；
4. 定制报表数据与门店手工台账抽样核对一致。
（三）满足上述标准后，甲方出具上线验收单。门店开始使用或甲方支付订阅费不视为验收合格。
（四）甲方应在收到验收申请后十个工作日内组织验收；验收不通过的，甲方应书面列明问题，乙方整改后重新申请验收。
（五）乙方延期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点并提前三日通知。
（二）故障分级与响应：
1. 一级故障（小程序无法预约或门店无法签到收银）：30分钟内响应，三小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，当日恢复；
3. 三级故障（咨询及优化）：一个工作日内答复。
4. 乙方应通过服务热线、企业微信群及工单系统受理故障，每月向甲方提交服务水平报告。
（三）月可用率低于承诺值的，每低于0.1个百分点，乙方按当季订阅费的2%给予服务抵扣，当季抵扣合计不超过当季订阅费的一半；一级故障响应超时的，每次抵扣人民币500元。

六、数据
（一）甲方会员的个人信息、体测数据、消费记录及经营数据（"甲方数据"）归甲方所有。
（二）乙方可对甲方数据进行去标识化处理后，用于平台功能改进、算法训练及发布行业体重管理趋势报告，该等使用在服务期满后仍可继续。
（三）服务期满或合同终止后，乙方应在三十日内向甲方交付全部甲方数据的完整导出文件，并在甲方确认后删除。

七、数据安全
（一）乙方应按照《个人信息保护法》《数据安全法》及等级保护第二级要求落实安全措施，对会员手机号、体测数据加密存储，后台访问实行权限分级和操作日志留存。
（二）乙方取得ISO 27001认证并在服务期内保持有效，每年向甲方提供认证及渗透测试报告的摘要，门店员工账号离职后应可由甲方总部即时停用。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，配合甲方向监管部门报告及通知会员，并赔偿由此给甲方造成的全部损失，包括监管罚款及会员索赔。

八、保密
双方对在履行本合同中获悉的对方商业秘密及非公开信息承担保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、知识产权
（一）平台软件及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的看板、提成报表、小程序品牌页面及其源代码归甲方所有，乙方应在实施验收时交付，甲方可自行或委托第三方修改和使用。

十、双方的其他权利义务
（一）甲方应指定总部项目负责人及各门店联络人，按时提供现有会员系统数据、门店资料及收银系统接口文档，并组织门店人员参加培训。
（二）乙方应指定项目经理及专属客户成功经理，服务期内每月提交服务报告，内容包括可用率、故障处理、功能更新及数据备份情况。
（三）乙方平台版本升级不得减少本合同约定的功能，涉及门店操作变化的，应提前七日通知甲方并提供操作说明。
（四）乙方每日对甲方数据进行全量备份，备份保存于中国境内不同可用区，恢复点目标不超过一小时。甲方可每季度要求乙方进行一次恢复演练。
（五）新增门店的，甲方可按每店每服务年度人民币10,900元增购，费用按剩余服务期折算。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。
（二）平台连续两个月未达到月可用率承诺的，甲方有权解除本合同。

（三）合同解除或终止后，乙方应继续提供不少于六十日的数据导出及只读查询服务，协助甲方完成向其他平台的迁移。

十三、不可抗力
因不可抗力或公有云服务商区域性重大故障导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，但乙方未按约定进行备份和容灾切换的，不得以此免责。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。门店清单、功能清单及数据迁移方案为本合同附件。

甲方（盖章）：__________    乙方（盖章）：__________
"""

Z04 = """职业健康体检管理信息系统运维服务合同

合同编号：ZFY-YW-2027-02
甲方：某省职业病防治院
乙方：安衡医疗信息技术有限公司

甲方使用的职业健康体检管理信息系统（含体检登记、危害因素与体检项目匹配、检查科室工作站、LIS/PACS接口、主检报告与职业禁忌证判定、体检报告网上查询及职业病报告卡上报模块，以下简称"系统"）已过免费维护期。为保障系统稳定运行，甲方委托乙方提供年度运维服务。双方订立本合同。

第一条 服务期限
运维服务期为2027年1月1日至2027年12月31日。期满后如需继续服务，双方另行协商签订合同，本合同不自动续期。

第二条 服务内容
1. 日常运维：系统应用、数据库及中间件的监控、巡检、性能优化、日志分析及故障处理。
2. 驻场服务：乙方派一名工程师工作日驻场，体检高峰期（每年三月至六月、九月至十一月）增派一名工程师。
3. 接口维护：保障与LIS、PACS、心电、电测听、肺功能设备及省职业病与健康危害因素监测信息系统接口的正常运行，上报接口随省级规范调整而适配。
4. 版本维护：系统缺陷修复、安全补丁及功能小幅优化（单项不超过五人日），全年不少于两次版本更新。
5. 数据维护：每日增量备份、每周全量备份，每季度恢复演练一次；协助甲方完成年度统计报表；定期检查重复档案、缺失项目及异常结果，协助科室更正。
6. 年度巡检：每半年一次全面巡检，巡检后十个工作日内提交巡检报告和整改建议。
7. 培训：每年为新入职体检科室人员提供不少于四次操作培训。
8. 安全加固：配合甲方完成等级保护测评及年度安全检查，对测评和检查发现的应用层问题在规定期限内完成整改，提交整改报告。
9. 重大保障：在甲方承担的重点行业专项体检、外出体检车作业及上级检查期间，乙方应提前制定保障方案，安排工程师现场值守。
10. 变更管理：任何涉及生产环境的变更须提交变更申请，说明变更内容、影响范围及回退方案，经甲方信息科批准后在非体检时段实施。

第三条 服务费用及支付
1. 运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包含人员、差旅、工具及备件以外的全部费用。
2. 服务费按季度支付，每季度末经甲方对当季服务考核合格后，甲方在十五个工作日内支付当季服务费人民币96,500元，扣除第五条约定的扣减金额后结算。
3. 甲方不预付服务费。
4. 乙方应在每次请款时提交当季运维报告、季度服务确认单及合法有效的增值税发票。

第四条 服务水平
1. 系统在体检工作时间（每日七点至十八点）的月可用率不低于99.95%。
2. 故障分级：
一级故障：系统整体不可用、体检登记或报告无法出具、职业病报告卡无法上报，乙方应在15分钟内响应，1小时内到场，三小时内恢复；
二级故障：单个科室工作站或单个接口异常，30分钟内响应，当日解决；
三级故障：一般功能问题或咨询，两个工作日内解决。
3. 乙方应提供全天候服务热线，并在每月五日前提交上月运维报告。

第五条 服务考核与扣减
1. 一级故障响应或恢复超时的，每超时一小时扣减服务费人民币1,000元；二级故障超时的，每次扣减人民币300元。
2. 月可用率低于承诺值的，每低于0.01个百分点扣减当季服务费人民币500元。
3. 驻场工程师无故缺勤的，每人每日扣减人民币800元。
4. 每季度扣减总额不超过当季服务费的一半。

第六条 服务验收
1. 每季度末，甲方信息科根据运维报告、工单记录、巡检报告及科室满意度评价对乙方服务进行考核，考核合格后出具季度服务确认单。
2. 服务期满，甲方对全年服务进行总体验收，验收标准为：全年一级故障均在规定时间内恢复；全部接口运行正常；备份恢复演练全部成功；巡检发现的高危问题已全部整改；运维文档完整移交。

第七条 数据安全
1. 系统中的劳动者个人信息、体检结果、职业禁忌证及疑似职业病信息等全部数据属于甲方，乙方仅可为履行本合同而访问，不得用于任何其他目的。
2. 乙方远程运维须经甲方批准，通过甲方堡垒机进行，全程录屏；乙方不得将数据导出、拷贝至任何外部介质，测试须使用甲方提供的脱敏数据。
3. 乙方人员须签署数据安全承诺书，乙方应按《个人信息保护法》及卫生健康行业网络安全要求管理其人员。
4. 发生数据泄露、篡改或丢失的，乙方应立即采取措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的行政责任及对劳动者的赔偿。

第八条 知识产权
系统原有软件的著作权不因本合同而改变，乙方在运维中不得植入任何限制甲方使用的程序或后门。乙方在运维中为甲方编写的接口适配程序、脚本、报表及文档归甲方所有，甲方可自由使用和修改。

第九条 人员
乙方驻场工程师应具备三年以上医疗信息系统运维经验，名单经甲方确认。乙方更换驻场人员须提前十日通知甲方并做好交接，一年内更换不得超过两次。驻场工程师应遵守甲方的考勤、院感防护及信息安全管理制度，不得在体检区域拍照。乙方应设立二线技术支持团队，由熟悉系统源代码的开发人员组成，对驻场人员无法解决的问题提供远程支持，必要时到场。

第十条 违约责任
1. 乙方未按期完成年度巡检、版本更新或省级上报接口适配的，每逾期一日按合同总价的千分之一支付违约金。
2. 甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。
3. 乙方在本合同项下的累计赔偿责任（含违约金及服务费扣减）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 合同解除
乙方严重违约或驻场人员长期不能满足服务要求，或一个季度内发生两次以上一级故障超时恢复的，甲方有权书面通知解除本合同，并按实际服务期结算服务费。

第十三条 服务交接
合同终止时，乙方应移交全部运维文档、账号、脚本及配置资料，并配合甲方或新服务商完成不少于三十日的交接。交接内容包括系统部署架构图、数据库结构说明、接口清单及参数、备份策略、未关闭工单和已知问题清单。交接期间乙方仍应按本合同约定的服务水平提供服务，交接完成后由甲方出具交接确认单，乙方方可申请结算最后一个季度的服务费。

第十四条 甲方的义务
1. 甲方应为驻场工程师提供办公场地、网络及必要的系统账号，并指定信息科专人负责日常对接。
2. 甲方应及时告知乙方体检业务流程、上报规范及设备的变化，以便乙方提前做好适配。甲方新增体检设备需要接入系统的，双方另行确认工作量，单项不超过五人日的包含在本合同服务内容中。
3. 服务器、存储等硬件及操作系统的原厂维保由甲方另行采购，乙方负责协调原厂处理硬件故障，并对由此引起的应用恢复负责。

第十五条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
本合同一式四份，甲乙双方各执两份，自双方签章之日起生效。运维服务方案、驻场人员名单及服务考核细则为本合同附件，与本合同具有同等效力。

甲方（盖章）：__________    乙方（盖章）：__________
"""

Z05 = """# 绣迹湘绣生产管理软件许可及定制开发合同

（绣联软件标准合同文本 V3.0）

合同编号：XL-2026-HN-0219

甲方（买方）：长沙锦湘绣艺有限公司

乙方（卖方）：湖南绣联软件有限公司

甲方为实现湘绣作品从画稿、配色、劈线到绣制、装裱的全流程跟踪，购买乙方"绣迹"湘绣生产管理软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"绣迹"湘绣生产管理软件V5（永久使用许可，服务器版一套，客户端不限数量），功能包括：订单与作品档案、画稿及绣稿管理、丝线色号库与配色记录、劈线领料、绣娘派工与计件、工序进度扫码、质检及返修、装裱入库。

1.2 乙方按甲方需求进行以下定制开发：针法工序模板（平针、掺针、鬅毛针等）与工时定额、大型屏风分片绣制进度看板、绣娘技能等级与计件工资报表、与甲方现有财务软件的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 甲方应自行准备运行软件所需的服务器、数据库、扫码枪、工位平板及网络环境，具体配置以乙方提供的《环境要求说明》为准。因甲方环境不符合要求导致的问题由甲方自行负责。

1.5 交付物包括：软件安装介质及授权文件、用户操作手册、管理员手册、定制功能说明。源代码不属于交付物。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "绣迹"湘绣生产管理软件V5永久许可 | 960,000 |
| 2 | 定制开发（针法工序模板、分片看板、计件报表、财务接口） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 84,000 |
| | 合同总价 | 1,280,000 |

合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即人民币768,000元。乙方收到该款项后启动项目。

3.2 软件上线运行后五个工作日内，甲方支付剩余全部尾款，即人民币512,000元。

3.3 甲方未按期付款的，乙方有权暂停实施、定制开发及技术支持服务，工期相应顺延，由此造成的损失由甲方自行承担。

3.4 乙方在收到每笔款项后十五个工作日内向甲方开具增值税普通发票。

## 第四条 实施进度

4.1 乙方在收到第3.1条款项后九十个工作日内完成软件部署和定制开发。

4.2 因甲方需求变更、数据准备延误或现场条件不具备导致的延期，乙方不承担责任，工期相应顺延。需求变更超出原定范围的，乙方有权另行报价。

4.3 乙方实施进度以乙方项目计划为准，乙方可根据实际情况调整。

4.4 甲方应在乙方要求的期限内提供订单样例、针法工序清单、工时定额、丝线色号、绣娘名册及历史数据，并安排专人配合实施。甲方提供的资料不完整或不准确的，由此产生的返工工作量按乙方人天单价另行计费。

## 第五条 验收

5.1 乙方完成软件部署并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用软件处理实际业务的，视为对全部交付内容的认可，甲方不得再以功能不符为由拒付款项。

## 第六条 免费维护期及后续服务

6.1 软件免费维护期为六个月，自软件上线运行之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可费的25%，即每年人民币240,000元。甲方未续签维护合同的，乙方不再提供任何技术支持及版本升级。

6.3 乙方提供现场服务的，差旅费由甲方另行承担。

6.4 年度维护服务内容包括：远程技术支持、缺陷修复、软件小版本升级。大版本升级、新增功能及报表调整不属于维护服务范围，需另行签订合同。

## 第七条 技术支持

7.1 乙方提供工作日9:00至17:30的电话及远程支持。

7.2 系统发生严重故障（系统无法登录或无法扫码报工）的，乙方在接到甲方通知后8小时内响应，并尽力尽快修复；一般问题在三个工作日内答复。

7.3 因甲方操作不当、自行修改配置、服务器或网络故障导致的问题，不属于乙方支持范围，乙方可按人天另行收费。

7.4 甲方应通过乙方客服电话或服务工单提交问题，并详细描述故障现象、发生时间及操作步骤，以便乙方定位。未通过上述渠道提交的问题，不计入响应时间。

## 第八条 培训

乙方在软件上线前为甲方提供两次集中培训，每次不超过一天，培训对象为甲方管理人员、绣稿员、仓管员及各绣房组长。超出上述次数的培训，按乙方标准人天单价收费。

## 第九条 知识产权

9.1 "绣迹"软件及乙方为本项目进行定制开发所形成的全部程序、模板、报表、接口、文档及其源代码的知识产权归乙方所有。

9.2 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得对软件及定制内容进行反向工程、修改或提供给任何第三方使用。乙方有权将定制开发成果用于其他客户。

## 第十条 数据安全

10.1 甲方的订单、作品图稿、绣娘信息及生产数据归甲方所有，乙方仅在实施及技术支持需要时访问，不得用于其他目的。

10.2 乙方远程访问应经甲方同意，使用甲方分配的账号，操作完毕后通知甲方；乙方人员不得复制、留存甲方作品图稿、绣娘个人信息及客户订单资料，离场时应删除其电脑中与本项目有关的甲方文件。

10.3 乙方在实施中使用的测试数据应在上线后删除。甲方应自行做好数据备份，乙方可协助配置自动备份任务。

10.4 因乙方原因导致甲方数据泄露或丢失的，乙方应立即采取补救措施并承担相应的赔偿责任。

## 第十一条 保密

双方对在合作过程中知悉的对方技术资料、商业信息及作品图稿负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第十二条 责任限制

12.1 乙方对甲方的任何间接损失、利润损失、数据损失不承担责任。

12.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均以合同总价的20%为限。

## 第十三条 合同解除

一方严重违反本合同约定，经守约方书面催告后二十日内仍未改正的，守约方有权解除本合同。甲方单方解除合同的，已支付款项不予退还。

## 第十四条 不可抗力

因不可抗力、政府行为、网络运营商故障、病毒攻击等非乙方所能控制的原因导致乙方不能履行或延迟履行合同义务的，乙方不承担责任。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可提交长沙仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方报价单及项目实施方案为准。

16.3 甲方同意乙方将甲方名称、标识及本项目作为成功案例用于乙方市场宣传，但不得公开甲方作品图稿。

16.4 本合同附件包括：乙方报价单、定制开发需求说明书、项目实施方案、环境要求说明。附件与本合同正文不一致的，以乙方最新版本的附件为准。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：____年__月__日
"""

E01 = """T:Perpetual Software Licence and Services Agreement
P:Agreement No. PFS-CN-2026-014
P:This Perpetual Software Licence and Services Agreement (the "Agreement") is made on 9 November 2026 between Ningbo Haixin Valve Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Buyer"), and Pars Zagros Software Engineering Co., a company registered in Shiraz, Fars Province, Islamic Republic of Iran (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system for its two valve casting and machining plants. The Vendor develops and licenses the ZagrosCMMS software and has agreed to license it to the Buyer and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means ZagrosCMMS version 8 (asset register, work orders, preventive maintenance planning, spare-parts inventory, mobile technician application and reporting), in object code, with its documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data migration scripts and other materials created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation that the Software and the Custom Deliverables meet the acceptance criteria in Article 5.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including asset records, maintenance history, spare-parts data and personnel data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers for an unlimited number of named users at the Buyer and its affiliates in the People's Republic of China.
P:2.2 The Vendor shall perform the following services: installation on the Buyer's servers; configuration of asset hierarchies for about 6,800 machines and auxiliary equipment; migration of maintenance history since 2018 and the spare-parts master; interfaces with the Buyer's ERP system for purchase requisitions and stock issues and with its energy monitoring system for running-hour meters; a Chinese-language user interface and reports; and training of planners, technicians and storekeepers.
P:2.3 The Vendor shall assign a project manager who speaks Chinese or English and shall provide on-site staff at the Buyer's plants during configuration, cut-over and the first two weeks of live operation.
H:Article 3 Price and Payment
P:3.1 The total price is CNY 1,742,000, made up of: Software licence fee CNY 1,080,000; configuration and interfaces CNY 486,000; data migration CNY 112,000; training CNY 64,000. The price is fixed and includes all taxes, travel and expenses of the Vendor's personnel.
P:3.2 The Buyer shall pay: (a) 20% of the total price within twenty days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer; (b) 45% after installation of the Software and completion of the interfaces, as confirmed by a written installation certificate, which is not an acceptance; and (c) 35% within twenty days after Final Acceptance.
P:3.3 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 4 Delivery and Time Schedule
P:4.1 The Vendor shall complete installation within 45 days and submit the system for acceptance testing within 120 days after signature, in accordance with the project plan in Annex 2.
P:4.2 If the Vendor fails to submit the system for acceptance testing by the agreed date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall verify that: (a) every function listed in Annex 1 works as specified; (b) migrated work orders, asset records and spare-parts balances reconcile with the Buyer's source records without discrepancy; (c) the ERP interface transfers requisitions and stock issues correctly for ten consecutive working days; (d) the mobile application synchronises work orders offline and online in both plants; and (e) standard reports open within three seconds for 150 concurrent users.
P:5.2 After successful testing the system shall run in live operation for 45 days. If no Severity 1 incident occurs in that period and all open defects of Severity 2 are corrected, the Buyer shall issue the Final Acceptance certificate within ten working days.
P:5.3 Installation, live use of the Software or any payment shall not by itself constitute acceptance. If the system fails acceptance testing, the Vendor shall correct the defects within 20 days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and provide updates, new versions and remote support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the Software unavailable to a plant or work orders cannot be created) within 2 hours, by remote session, and restore service within one working day. Severity 2 incidents shall be answered within one working day and Severity 3 incidents within three working days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Vendor shall offer annual support on the same terms at a fee of 11% of the Software licence fee (CNY 118,800 per year). This fee is fixed for four years after the end of the warranty period. Annual support is ordered by the Buyer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All Custom Deliverables and all rights in them belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, itself or through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or transfer it outside the Buyer's systems.
P:8.2 The Vendor's remote access shall be approved by the Buyer for each session, made through the Buyer's VPN with two-factor authentication and logged. Personnel data shall be handled in accordance with the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to, loss of or disclosure of Buyer Data caused by the Vendor or its personnel, shall take all necessary remedial measures and shall be liable for the resulting loss.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability for breach of Articles 7.3, 8 and 9, personal injury or wilful misconduct, which is not limited.
P:10.2 Neither party shall be liable for indirect loss or loss of profit, except under Article 8.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the performance of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, against return or deletion of the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Islamic Republic of Iran.
P:13.2 Any dispute arising out of or in connection with this Agreement that cannot be settled by negotiation within 45 days shall be finally resolved by arbitration under the rules of the Arbitration Centre of the Iran Chamber of Commerce, seated in Shiraz. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Export controls, sanctions or banking restrictions that prevent a payment or delivery shall be discussed in good faith, and either party may terminate if performance remains impossible for 90 days.
P:14.2 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — ShiftWave Workforce Scheduling Service

Order Form No. KCS-OF-2026-311

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to the Service ordered in Part A. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Karun Cloud Solutions Co., Kianpars, Ahvaz, Khuzestan Province, Islamic Republic of Iran.

**Customer:** Guangzhou Lengyun Cold-Chain Logistics Co., Ltd., Huangpu District, Guangzhou, People's Republic of China.

### A2. Service and Scope

The Provider shall provide the ShiftWave workforce scheduling service (the "Service") as software-as-a-service for the Customer's eleven cold-storage warehouses and two cross-docking centres in Guangdong and Guangxi. The Service includes: demand-based shift planning, labour forecasting from warehouse order volumes, time and attendance with face or badge clock-in, overtime and leave approval, skills and forklift-licence tracking, labour-cost dashboards and a mobile application for up to 2,600 employees and 180 supervisors.

Onboarding Services: configuration of sites, shift patterns and pay rules; import of employee master data; interfaces with the Customer's warehouse management system (order volume feed) and its payroll system (approved hours export); Chinese-language reports specified by the Customer; train-the-trainer sessions for site supervisors.

### A3. Subscription Term

The Subscription Term is three Subscription Years starting on the Go-Live Date. A Subscription Year is each one-year period starting on the Go-Live Date or on one of its anniversaries. The Order Form expires at the end of the Subscription Term and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 2,600 employees, 13 sites | 348,000 |
| Subscription Fee, Subscription Year 2 | same scope, fixed | 348,000 |
| Subscription Fee, Subscription Year 3 | same scope, fixed | 348,000 |
| Onboarding Services | fixed price, one-time | 86,000 |
| **Total Fees for the Subscription Term** | | **1,130,000** |

Additional employees beyond 2,600 are charged at CNY 118 per employee per Subscription Year, pro rata. Fees include VAT and all Provider expenses.

### A5. Invoicing and Payment

(a) The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and paid within 25 days of a correct invoice.

(b) The Onboarding fee is invoiced after Go-Live Acceptance under Section 3 of Part B and paid within 25 days of a correct invoice. No advance payment is due for Onboarding Services.

(c) Payments are made in CNY to the Provider's account at a bank in the People's Republic of China designated in the invoice.

### A6. Key Dates and Contacts

Target Go-Live Date: 75 days after signature of this Order Form. Customer project lead: Head of Warehouse Operations. Provider project lead: Regional Delivery Manager. Support portal and hotline details are set out in the welcome pack.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including employee records, attendance records, schedules, pay rules and warehouse volume data, and all outputs generated from it.

1.2 "Go-Live Date" means the date on which the Service is first used in live operation at all sites after Go-Live Acceptance.

1.3 "Customer Configurations" means the site set-ups, pay-rule configurations, reports and interface mappings created for the Customer.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the documentation and this Order Form, and shall not materially reduce its functionality during the Subscription Term.

2.2 The Provider may update the Service from time to time and shall give the Customer at least 14 days' notice of changes that affect users' daily work.

2.3 The Customer shall keep its user credentials under its control and is responsible for the accuracy of the data it submits.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete the Onboarding Services and request Go-Live Acceptance by the Target Go-Live Date.

3.2 Go-Live Acceptance requires that: (a) shift plans for all 13 sites are generated for two consecutive weeks and approved by site supervisors; (b) clock-in records reconcile with the Customer's gate records for ten working days; (c) the payroll export matches a manual calculation for a sample of 200 employees; (d) the WMS volume feed updates the labour forecast at least hourly; and (e) the agreed reports are delivered.

3.3 The Customer shall confirm Go-Live Acceptance in writing or list the failed criteria within ten working days of the request. Use of the Service by the Customer during testing is not acceptance.

3.4 If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay CNY 1,000 for each day of delay, up to CNY 60,000, as liquidated damages.

### 4. Service Levels

4.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service or clock-in unavailable at one or more sites) shall be responded to within 1 hour and resolved or worked around within six hours. Priority 2 incidents shall be responded to within two hours, and Priority 3 requests within one business day.

4.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Each Priority 1 response later than committed gives a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 5. Customer Data

5.1 Customer Data remains the property of the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 On request during the Subscription Term and for 60 days after its end, the Provider shall make all Customer Data available for export in CSV format, and shall then delete it.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations and the Chinese-language reports created for the Customer belong to the Customer, which may use, copy and modify them freely and have them used by a successor provider.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 The Provider may use subcontractors, including hosting providers and local implementation partners, to perform any part of the Service or the Onboarding Services. The Provider shall notify the Customer in writing of each new subcontractor before it starts work and remains responsible for its subcontractors' performance.

### 9. Liability

9.1 Each party's total liability under this Order Form is limited to 150% of the Total Fees in Part A, Section A4.

9.2 The limit does not apply to personal injury, fraud or wilful misconduct.

9.3 Neither party is liable for loss of profit or indirect loss.

### 10. Term and Termination

10.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

10.2 The Customer may terminate this Order Form by written notice if the Provider materially breaches it and fails to cure the breach within 20 days of written notice, or if monthly availability falls below the commitment in any three months of a Subscription Year. On such termination the Provider shall refund the prepaid Subscription Fee for the remaining period.

10.3 The Provider may suspend the Service if undisputed fees remain unpaid for 45 days after a written reminder.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules in force at the time. The award is final and binding.

### 12. General

12.1 Notices shall be given in writing to the project leads named in A6, with a copy by e-mail.

12.2 This Order Form is made in English and Chinese; both versions have equal effect.

12.3 Neither party is liable for a delay caused by force majeure, provided that it informs the other party promptly and resumes performance as soon as possible. Force majeure does not excuse the payment of fees already due or the Provider's obligation to return Customer Data under Section 5.2.

12.4 Neither party may assign this Order Form without the other party's written consent, which shall not be unreasonably withheld.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

E03 = """T:Supply Contract for Vibration Sensors, Gateways and Condition Monitoring Software
P:Contract No. JHP-PUR-2026-0923
P:This Contract is made between Zhenjiang Jianghai Pump Industry Co., Ltd., Dantu District, Zhenjiang, Jiangsu Province, People's Republic of China (the "Buyer"), and Persian Gulf Instrumentation Co., Bushehr, Islamic Republic of Iran (the "Supplier"). It is issued on the Buyer's standard terms for the purchase of equipment and software.
P:The Buyer operates pump test bays and a fleet of installed pumps at customer sites that it maintains under service contracts. The Buyer wishes to monitor the vibration and temperature of these pumps continuously and has selected the Supplier's wireless sensors and its GulfSense condition monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule.
P:1.2 "Software" means the GulfSense condition monitoring software, version 6, with its analytics modules and documentation.
P:1.3 "Deliverables" means the Equipment, the Software and all documents, configurations, analytics models and interface programs to be delivered under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under clause 5.
P:1.5 "Buyer Data" means all measurement data, asset information, alarm records and reports collected or generated by the Deliverables.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 184 triaxial wireless vibration and temperature sensors and 24 industrial gateways at the Buyer's test bays and at the pump stations listed in Annex A.
P:2.2 The Supplier shall grant the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for all sensors supplied under this Contract and up to 600 further sensors, for the Buyer and its affiliates.
P:2.3 The Supplier shall configure the asset model for each monitored pump, build fault-detection models for bearing wear, cavitation, misalignment and imbalance, connect the Software to the Buyer's maintenance system so that alarms create work orders, and train the Buyer's engineers.
P:2.4 The Buyer shall provide the server environment, network access at its test bays, site access permits for pump stations and a named engineer to coordinate installation. Work at customer sites shall be scheduled through the Buyer at least five working days in advance and shall follow the site owner's safety rules.
P:2.5 Training shall cover sensor mounting and battery replacement, gateway configuration, interpretation of spectra and trend charts, alarm threshold management and basic fault diagnosis, for at least 16 engineers in two sessions, with training materials in Chinese and English.
H:3. Price
P:3.1 The Contract Price is CNY 1,696,000, as set out in the Price Schedule below. It is a fixed price, inclusive of all taxes, duties, packing, freight to site, insurance and the Supplier's travel costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor|184|3,650|671,600
TB:2|Industrial gateway with 4G and Ethernet|24|12,400|297,600
TB:3|GulfSense software, perpetual licence|1|428,000|428,000
TB:|Equipment and Licence Subtotal|||1,397,200
TB:4|Installation and commissioning|lot||156,000
TB:5|Asset configuration and analytics models|lot||118,800
TB:6|Training|lot||24,000
TB:|Contract Price|||1,696,000
H:4. Payment
P:4.1 10% of the Contract Price within 20 days after signature, against an advance payment guarantee of the same amount.
P:4.2 55% of the Contract Price after delivery and installation of all Equipment and installation of the Software, confirmed by an installation certificate signed by both parties. The installation certificate is not an acceptance of the Deliverables.
P:4.3 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Each payment is subject to a correct VAT invoice issued by the Supplier's agent in China or, for imported items, to the customs documents required by the Buyer.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 60 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.2 Acceptance tests shall show that: (a) every sensor reports data at the configured interval with a data completeness rate of at least 98% over 14 consecutive days; (b) measured vibration values agree with the Buyer's calibrated portable analyser within the tolerance stated in Annex B; (c) seeded fault tests on two test-bay pumps raise the correct alarms; (d) alarms create work orders in the Buyer's maintenance system; and (e) all documents are delivered.
P:5.3 After successful tests, the system shall operate for 60 days without a Severity 1 incident. The Buyer shall then issue the Final Acceptance certificate. Delivery, installation, use or payment does not constitute acceptance.
P:5.4 If the tests fail, the Supplier shall remedy the defects within 20 days and repeat the tests at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including freight and customs costs, and shall correct software defects and provide new Software versions free of charge.
P:6.2 The Supplier shall respond to a Severity 1 incident (the Software unavailable, or more than a tenth of the sensors at a site not reporting) within 1 hour by telephone or remote session, and shall restore service within one working day. Severity 2 incidents shall be answered within one working day.
P:6.3 For each full hour of delay in responding to or restoring a Severity 1 incident, the Supplier shall pay CNY 800.
P:6.4 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace defective units within five working days.
P:6.5 After the warranty period the Supplier shall provide annual support, including spare-part supply and Software updates, at a fee of 9.5% of the Equipment and Licence Subtotal per year (CNY 132,734), fixed for three years. Support is ordered by purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property rights in the Software and the firmware of the Equipment and grants the Buyer the licence in clause 2.2.
P:7.2 The asset configurations, analytics models built for the Buyer's pumps, interface programs and their source code belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Contract and shall not keep copies after completion of its work.
P:8.2 The Software shall be installed in the Buyer's data centre. Gateways shall send data only to the Buyer's servers, encrypted in transit. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's bastion host, with all sessions recorded.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, cooperate in investigating it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's technical information, customer lists, site locations and all other non-public information received under this Contract and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives for five years after completion.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work at customer sites may be performed by the Supplier's Chinese agent once the Buyer has approved it in writing.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach before Final Acceptance, the Supplier shall refund the amounts paid against return of the Equipment.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in English.
H:14. General
P:14.1 Force majeure excuses delay only for its duration, provided the affected party informs the other promptly.
P:14.2 The Supplier is responsible for obtaining any export licence or permit required for the Deliverables and shall inform the Buyer immediately if any restriction could affect delivery, support or spare parts. The Supplier shall keep insurance covering the Equipment until delivery at site.
P:14.3 Annex A (Site List) and Annex B (Technical Specification and Test Tolerances) form part of this Contract. This Contract is signed in two originals in English.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. BIS-MSA-2026-07

**Customer:** Hefei Ruifeng Household Appliances Co., Ltd., Hefei Economic and Technological Development Area, Anhui Province, People's Republic of China.

**Provider:** Bisotun Managed IT Services Co., Kermanshah, Kermanshah Province, Islamic Republic of Iran, acting through its service delivery centre and its registered representative office in Shanghai.

The Customer wishes to outsource the operation of its IT service desk, end-user devices and site networks for its headquarters and three factories. The Provider has agreed to provide these services for 36 months on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed in accordance with Section 3.

1.3 "Customer Data" means all data of the Customer and its employees to which the Provider has access in performing the Services, including tickets, device inventories, network configurations, logs and user details.

1.4 "Service Levels" means the levels set out in Schedule 2. "Charges" means the charges set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 The Provider shall carry out the transition within 70 days of signature: knowledge transfer from the Customer's current staff and contractors, setting up its ticketing tool and monitoring platform, discovery of all devices, documentation of the network, and a parallel run of at least 14 days.

3.2 The transition is complete when: (a) all 3,400 end-user devices and 420 network devices are recorded in the inventory and monitored; (b) the service desk has handled live tickets for 14 days, meeting the Service Levels in Schedule 2; (c) runbooks for all recurring tasks are approved by the Customer's IT manager; and (d) escalation and change procedures have been tested.

3.3 The Customer shall confirm completion or list the outstanding items within five working days. Use of the Services during the parallel run is not acceptance.

3.4 If the Service Commencement Date is later than 70 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay as liquidated damages, up to CNY 80,000.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with Schedule 1 and shall meet the Service Levels in Schedule 2. Service credits under Schedule 2 are deducted from the monthly Charges.

4.2 The Provider shall provide a monthly service report and attend a monthly service review with the Customer, and a quarterly review with the Customer's management.

4.3 On-site staff at the Customer's headquarters and factories shall be Mandarin-speaking and approved by the Customer. The Provider shall not replace the service delivery manager without the Customer's consent.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the service term are CNY 2,212,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. There is no advance payment.

5.3 The Customer shall pay correct invoices within 25 days, net of service credits.

## 6. Customer Data

6.1 Customer Data belongs to the Customer.

6.2 The Provider shall apply the security controls in Schedule 1, Part C: access to Customer systems only through the Customer's privileged access management tool, multi-factor authentication, least-privilege accounts, logging of all administrative actions, and storage of Customer Data only in the People's Republic of China.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 6 hours of becoming aware of it, shall contain and remedy it, and shall compensate the Customer for losses caused by the Provider's failure to comply with this Section 6.

6.4 The Provider may use anonymised and aggregated ticket data, device statistics and performance metrics derived from the Services to benchmark and improve its service offerings and to prepare reports for its other customers, during the term and after it ends.

## 7. Intellectual Property

7.1 The Provider retains its tools, methods and pre-existing materials.

7.2 Runbooks, knowledge articles, scripts, network documentation and configurations prepared for the Customer belong to the Customer, which may use, modify and pass them to any successor provider without restriction.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it without prior written consent, except to personnel who need it and are bound by equivalent duties. This obligation lasts for five years after the end of this Agreement.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for its approved subcontractors as for itself.

## 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement in any cause of action shall not exceed the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.2 The limit does not apply to personal injury, fraud or wilful misconduct. Neither party is liable for indirect or consequential loss.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 20 days of written notice, or if the Provider fails the same P1 Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation, credentials and Customer Data, and delete its copies.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 13. General

13.1 Force majeure excuses performance only while it lasts and if the affected party informs the other promptly. The Provider shall maintain a business continuity plan for its delivery centre, including remote delivery from its Shanghai office.

13.2 Neither party may assign this Agreement without the other party's prior written consent. Notices shall be in writing and sent to the addresses stated above, with a copy by e-mail to the service delivery manager or the Customer's IT manager.

13.3 This Agreement and its Schedules are the entire agreement of the parties. If this Agreement and a Schedule conflict, this Agreement prevails.

## Schedule 1 — Services

| Part | Service | Scope and hours |
|---|---|---|
| A | Service desk | Mandarin and English; telephone, portal and chat; 07:00–22:00 every day, on-call outside these hours |
| A | Incident and request management | Logging, classification, resolution, escalation to the Customer's application teams |
| B | End-user device management | 3,400 laptops, desktops and factory terminals: patching, software distribution, imaging, asset tracking |
| B | On-site support | One engineer at headquarters and one at each factory, Monday to Saturday, 08:00–18:00 |
| B | Network operations | 420 switches, routers and wireless controllers: monitoring, configuration backup, firmware updates |
| C | Security controls | Privileged access, multi-factor authentication, logging, vulnerability scanning, security incident reporting |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| P1 | Production line, site network or email unavailable for a factory or headquarters | 15 minutes | 3 hours | 2% of the monthly service charge per incident |
| P2 | Service degraded, or a group of users unable to work | 30 minutes | 8 hours | 1% of the monthly service charge per incident |
| P3 | Single user affected | 2 hours | 2 business days | CNY 200 per incident |
| P4 | Request or question | 1 business day | 5 business days | none |

Total service credits in a month are limited to one fifth of the monthly service charge. Customer satisfaction, measured by ticket surveys, shall average at least 4.2 out of 5 each quarter.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | fixed, one-time | 124,000 |
| Monthly service charge | fixed, 36 months at CNY 58,000 | 2,088,000 |
| **Total Charges** | | **2,212,000** |
| Additional devices | per device per month above 3,600 | 14 |
| Exit assistance | per person-day | 1,600 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. ZAC-DS-2026-052

BETWEEN

Zhengzhou Zhongyuan Grain Trading Co., Ltd., Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Customer"); and

Zagros Agro-Climate Data Co., Khorramabad, Lorestan Province, Islamic Republic of Iran (the "Provider").

BACKGROUND

The Provider compiles and sells agro-climate and crop-condition data for wheat, barley, maize and oilseed regions in Central Asia, the Middle East and the Black Sea area, derived from weather station networks, satellite vegetation indices and field surveys. The Customer trades and imports grain and wishes to receive these data through an application programming interface for use in its crop-forecasting and purchasing models.

1. DEFINITIONS

1.1 "Data" means the datasets described in clause 2.1, as updated by the Provider from time to time.

1.2 "API" means the Provider's application programming interface through which the Data is delivered, with its documentation.

1.3 "Subscription Year" means each one-year period beginning on the Start Date or on an anniversary of it.

1.4 "Start Date" means 1 February 2027 or, if later, the date on which the Provider makes the API available to the Customer in production.

1.5 "Customer Input Data" means all information the Customer submits to the API or otherwise provides to the Provider, including the coordinates and names of regions of interest, query logs, API keys, user accounts and any purchase or position information.

1.6 "Customer Outputs" means the models, forecasts, reports and analyses the Customer produces using the Data, and the Custom Mappings described in clause 2.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the term of this Agreement, a non-exclusive, non-transferable licence to access and use the following Data through the API for its internal business purposes: (a) daily gridded temperature, precipitation and soil-moisture data for 38 growing regions; (b) weekly vegetation-index and crop-condition scores by region; (c) monthly yield estimates for wheat, barley, maize and sunflower; (d) historical archives of the above since 2005.

2.2 The Customer may allow up to 25 named users and its affiliates in the People's Republic of China to use the Data. The Customer may keep Data received during the term for use in Customer Outputs after the term ends, but may not resell the raw Data.

2.3 The Provider shall provide integration support: mapping of its region codes to the Customer's purchasing regions, a sample connector for the Customer's data warehouse, and two workshops for the Customer's analysts (the "Custom Mappings").

3. INTEGRATION AND ACCEPTANCE

3.1 The Provider shall make the API available in production and deliver the Custom Mappings by 1 February 2027.

3.2 The integration is accepted when: (a) all datasets in clause 2.1 can be retrieved through the API for every region; (b) a comparison of one month of daily data with the Provider's published files shows no missing days; (c) the connector loads the data into the Customer's warehouse without manual steps for ten consecutive days; and (d) the Custom Mappings are approved by the Customer's research manager.

3.3 The Customer shall confirm acceptance in writing or list the failed criteria within ten working days after the Provider's request. Access to the API before acceptance is not acceptance.

3.4 If the Provider fails to make the API available in production by 1 February 2027 for reasons attributable to it, the Provider shall pay CNY 400 for each day of delay, up to CNY 20,000.

4. AVAILABILITY AND SUPPORT

4.1 The Provider will use commercially reasonable efforts to keep the API available and to publish each dataset according to its usual update schedule.

4.2 The Provider will make reasonable efforts to answer support requests submitted through its support e-mail during its business hours, Saturday to Wednesday, Iran Standard Time, and to correct errors in the Data that the Customer reports.

4.3 The Provider may suspend the API for maintenance and will try to announce planned maintenance in advance.

5. FEES AND PAYMENT

5.1 The fees are: Subscription Fee for Subscription Year 1, CNY 312,000; Subscription Fee for Subscription Year 2, CNY 312,000; integration support, CNY 46,000, fixed. The total fees for the initial term are CNY 670,000.

5.2 The Subscription Fee for each Subscription Year is invoiced at the beginning of that Subscription Year. The integration support fee is invoiced after acceptance under clause 3. The Customer shall pay within 25 days of receiving a correct invoice.

5.3 API calls above 400,000 per month are charged at CNY 0.20 per call, invoiced quarterly in arrears.

5.4 Payments are made in CNY to the Provider's account in the People's Republic of China stated in the invoice. Each party bears its own bank charges.

6. TERM AND RENEWAL

6.1 The initial term of this Agreement is two Subscription Years from the Start Date.

6.2 At the end of the initial term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.3 The Provider may increase the Subscription Fee for any renewal Subscription Year by giving the Customer written notice at least 75 days before that renewal Subscription Year begins. The increased fee applies from the start of the renewal Subscription Year.

7. CUSTOMER INPUT DATA AND SECURITY

7.1 Customer Input Data belongs to the Customer. The Provider shall use it only to provide the API and the integration support to the Customer and shall not use it for any other purpose or disclose it to any third party.

7.2 The Provider shall protect Customer Input Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff with multi-factor authentication, logging of access, and deletion within 60 days after the end of this Agreement.

7.3 The Provider shall notify the Customer without undue delay, and in any event within one day, of any unauthorised access to or disclosure of Customer Input Data, shall take all steps needed to contain it and shall be liable for losses caused to the Customer by its failure to comply with this clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the Data and the API.

8.2 Customer Outputs, including the Custom Mappings, belong to the Customer. The Customer may use, modify and license them without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement and the Customer's regions of interest, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

10. WARRANTIES AND LIABILITY

10.1 The Provider warrants that it has the right to license the Data and that the Data is compiled with reasonable skill and care using the methods described in its documentation. The Provider does not warrant that forecasts or yield estimates will be accurate.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term, except for breach of clauses 7 and 9, fraud and wilful misconduct.

10.3 Neither party is liable for loss of profit or indirect loss, including trading losses.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the delivery of the API or the integration support without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.

12.2 On termination by the Customer under clause 12.1, the Provider shall refund the Subscription Fee paid for the remaining part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The arbitration shall be conducted in English and Chinese.

14. GENERAL

14.1 Neither party is liable for delays caused by force majeure, including interruptions of international networks, provided it informs the other party promptly.

14.2 Neither party may assign this Agreement without the prior written consent of the other party, except to an affiliate that takes over the relevant business.

14.3 The Provider shall inform the Customer without delay if export restrictions, sanctions or payment restrictions could affect the delivery of the Data or the receipt of fees, and the parties shall consult in good faith on how to continue. If delivery remains impossible for 45 days, the Customer may terminate and receive a refund of fees paid for the undelivered period.

14.4 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, language, source)
FILES = {
    "h788z01": ("h788z01_forestry_webworm_monitoring_platform.pdf", "pdf", "zh", Z01),
    "h788z02": ("h788z02_scouring_pad_lamination_line_retrofit.docx", "docx", "zh", Z02),
    "h788z03": ("h788z03_weight_management_chain_booking_saas.txt", "txt", "zh", Z03),
    "h788z04": ("h788z04_occupational_health_exam_system_om.txt", "txt", "zh", Z04),
    "h788z05": ("h788z05_xiang_embroidery_tracking_supplier_template.md", "md", "zh", Z05),
    "h788e01": ("h788e01_cmms_perpetual_licence_shiraz_vendor.pdf", "pdf", "en", E01),
    "h788e02": ("h788e02_workforce_scheduling_saas_order_form.md", "md", "en", E02),
    "h788e03": ("h788e03_pump_vibration_sensors_monitoring_licence.docx", "docx", "en", E03),
    "h788e04": ("h788e04_managed_it_services_36_months.md", "md", "en", E04),
    "h788e05": ("h788e05_agro_climate_data_api_subscription.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
N, T, F = None, True, False

# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or "-", deemed, contract_value),
# fee base for TCO (goods only), design list of expected rules
LABELS = {
    "h788z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                (T, T, T, F, 1468000), 760000, []),
    "h788z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.03, N, 10, T, T, 18, 8, F, F, T, "PRC", G],
                (T, T, T, F, 2186000), 1536000, ["CR-LD-LOW", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h788z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
                (T, T, "-", F, 1040000), None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h788z04": ("services", [99.95, 0.25, T, "buyer", T, T, F, 0.1, 50, N, T, N, N, N, F, T, F, "PRC", S],
                (T, T, "-", F, 386000), None, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h788z05": ("software", [N, 8, F, "supplier", T, T, T, N, 20, 60, F, F, 6, 25, F, T, N, N, G],
                (T, F, T, T, 1280000), 960000,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h788e01": ("software", [N, 2, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Iran", G],
                (T, T, T, F, 1742000), 1080000, ["CR-GOVERNING-LAW"]),
    "h788e02": ("cloud", [99.95, 1, T, "buyer", F, T, T, 1000 / 1130000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
                (T, T, "-", F, 1130000), None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h788e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 9.5, F, T, F, "PRC", G],
                (T, T, T, F, 1696000), 1397200, []),
    "h788e04": ("services", [N, 0.25, T, "buyer", T, F, T, 2000 / 2212000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F,
                             "PRC", S],
                (T, T, "-", F, 2212000), None, ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h788e05": ("services", [N, N, F, "buyer", T, T, T, 400 / 670000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
                (F, T, "-", F, 670000), None, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# policy §3 defaults (used only for the checks below)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE = 40
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns (tco, share %) or None when not computable."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(t, x, base):
    """My reading of policy §3 applied to a label."""
    r = set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(t, x, base)
        if tc and tc[1] > TCO_SHARE:
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
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    cat, vals, (sla, lds, capped, deemed, cv), base, design = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped == "-" and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(design)}


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
NUM_PCT = r"(?<![\d.,])(?:99\.9|0\.05|100|30|15|40)(?:\.0+)?\s*(?:%|％|percent\b|per\s*cent\b)"
PATTERNS = [
    NUM_PCT,
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![点一二三四五六七八九十])",
    r"(?<![十百千万])(?:三十|十五|四十)(?:个)?百分点",
    r"万分之五(?![十点一二三四五六七八九])",
    r"千分之零点五",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|钟头|hours?\b|hrs?\b|h\b)",
    r"(?<![\d十])四(?:个)?(?:小时|钟头)",
    r"\bfour\s*hours?\b",
    r"(?<![\d.,])12\s*(?:个\s*月|months?\b)",
    r"(?<![\d十])十二个月",
    r"\btwelve\s*(?:calendar\s*)?months?\b",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent)\b",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "15%", "40 %", "100%", "99.9%", "99.9 %", "0.05%", "百分之三十", "百分之十五",
            "百分之四十", "百分之百", "万分之五", "千分之零点五", "4小时", "4 个小时", "4 hours", "4h", "四小时",
            "four hours", "12个月", "12 months", "十二个月", "twelve months", "thirty percent", "15 per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "130%", "0.055%", "10.05%", "万分之五十", "14 hours", "112 months",
             "4G", "35%", "150%", "3.15%", "115%", "1,400 hours", "2 months", "一年", "五年", "45%", "百分之三", "万分之八", "2027年12月31日", "十二月"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for pat in MUST_HIT:
        assert SCAN.search(pat), ("scanner misses", pat)
    for pat in MUST_MISS:
        assert not SCAN.search(pat) and not scan(pat), ("scanner hits", pat)

    src = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(src, tgt, OUT, wrap_words=True)
    for key, (name, fmt, lang, text) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for key, (name, fmt, lang, _) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        base = LABELS[key][3]
        # label values never on a threshold
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        tc = tco(t, x, base) if t["contract_kind"] == G else None
        if tc:
            assert abs(tc[1] - TCO_SHARE) > 2, (key, "TCO share within 2 points", tc)
        rules = derive(t, x, base)
        if rules != lab["expected_rules"]:
            problems.append((key, "derived", rules, "design", lab["expected_rules"]))
        covered |= set(rules)
        # text as read back
        text = read_back(OUT / name, fmt)
        hits = scan(text)
        assert not hits, (key, "threshold figure in text", hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "words", n)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s  %-4s %-5s %5d %s  risk %s  %s%s" % (key, fmt, lang, n, "chars" if lang == "zh" else "words",
                                                    risk(rules), ", ".join(rules) or "(none)",
                                                    "  TCO %.0f share %.2f%%" % tc if tc else ""))
    assert not problems, problems
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, ("rules never fired", missing)
    print("all 20 CR rules covered; all checks passed")


if __name__ == "__main__":
    main()
