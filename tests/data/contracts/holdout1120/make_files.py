"""holdout1120: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels and asserts lengths, threshold avoidance, price sums, the derived rules and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:野生动物保护监测平台建设项目合同
P:合同编号：LYJ-ZC-2027-0316　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市林业局
P:乙方（供应商）：苍岭智感科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就野生动物保护监测平台的软件许可及定制开发事宜，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供野生动物保护监测平台软件（含物种识别引擎、红外相机数据管理、巡护管理、预警发布模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：全市二百一十台红外相机及三十六个声纹监测点的接入程序、物种图像自动识别模型调优、巡护员移动端、疫源疫病上报流程、与省级平台的数据交换接口、领导驾驶舱。
P:1.3 乙方负责部署实施、近三年历史影像数据的清洗与导入，以及培训。培训对象为局机关业务人员、各保护区管理站技术人员和巡护员，共计不少于八期，每期培训结束后进行考核，考核结果报甲方备案。
P:1.4 详细技术要求以招标文件第三章及乙方投标文件技术响应表为准；两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含税，为固定总价。
P:2.2 分项价格：平台软件许可费¥1,180,000（以下称“软件许可小计”）；定制开发费¥646,000；部署实施及数据导入费¥118,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的等额发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起一百二十日内完成部署及定制开发并提请初验。
P:4.2 初验合格后进入九十日试运行期，试运行期满提请最终验收。
P:4.3 乙方应派驻项目经理一名及开发、实施人员不少于六名，人员名单作为本合同附件；项目经理未经甲方同意不得更换。乙方人员进入保护区及监测站点，应遵守甲方安全管理规定，并服从保护区管理站的现场安排。
P:4.4 乙方应交付：需求规格说明书、概要及详细设计、测试报告、部署手册、用户手册、运维手册及全部定制部分源代码。
H:第五条 甲方义务
P:5.1 甲方负责提供政务云资源、网络接入条件及红外相机、声纹设备的现有技术资料，并指定项目联系人。
P:5.2 甲方应及时组织需求确认和各阶段验收，对乙方提交的文件在十个工作日内提出书面意见。
H:第六条 验收
P:6.1 初验标准：（1）招标文件功能清单逐项实现；（2）全部红外相机及声纹监测点数据接入正常；（3）物种识别对甲方提供的三千张标注样本的准确率不低于92%；（4）三百个并发用户下页面响应时间不超过3秒；（5）与省级平台的数据交换连续十日无差错。
P:6.2 最终验收标准：试运行期内无一级故障；第三方测评机构出具的网络安全测评报告无高风险问题；源代码、技术文档及操作手册已移交。
P:6.3 验收由甲方组织专家进行，并出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第七条 质量保证与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:7.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在汛期和候鸟迁徙季前各开展一次专项检查。
P:7.3 质保期满后，如甲方需要，乙方提供维护服务，年度维护费不超过软件许可小计的10%（即每年不超过¥118,000），且质保期满后三个年度内不上调。维护合同另行签订，不自动续期。
H:第八条 服务水平
P:8.1 平台月可用率不低于99.95%（计划内维护除外）。
P:8.2 一级故障（平台中断或预警无法发布）乙方应在30分钟内响应，2小时内远程或到场处理；二级故障2小时内响应；三级故障下一工作日处理。
P:8.3 乙方应每月向甲方提交服务报告，列明故障数量、处理时长和可用率统计。
P:8.4 一级故障每超时一小时，乙方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付¥2,000，从应付款或履约保证金中扣除。
H:第九条 数据安全
P:9.1 监测影像、物种分布、巡护轨迹及其他业务数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守网络安全法、数据安全法及等级保护要求，运维操作须经甲方堡垒机并留存日志，不得将数据拷贝出甲方环境；珍稀物种点位数据应加密存储。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、珍稀物种位置信息及技术资料负有保密义务，未经甲方书面同意不得披露。
P:10.2 乙方参与本项目的人员均应签署保密承诺书，乙方对其人员的泄密行为承担责任。
P:10.3 保密义务在合同终止后继续有效。
H:第十一条 知识产权
P:11.1 平台软件的既有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:11.2 定制开发的接入程序、接口、移动端及驾驶舱的源代码和文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:11.3 乙方保证所交付的软件及成果不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担由此产生的全部费用和赔偿。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 交付成果经验收不合格的，乙方应在十五日内免费整改并重新提请验收，整改期间按第12.1款计算逾期。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 分包
P:本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
H:第十四条 合同解除
P:14.1 乙方逾期超过六十日，或严重违约经甲方书面催告后十五日内未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 履约保证金与不可抗力
P:16.1 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:16.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延长履行期限。
P:16.3 合同履行中需求变更的，双方应签订书面变更确认单；变更导致价款增减的，按投标报价中的人天单价核算，报甲方财务部门审核。
H:第十七条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：某市林业局　　乙方（盖章）：苍岭智感科技有限公司
"""

Z02 = """T:总装产线控制系统改造合同
P:合同编号：LF-SB-2027-042
P:甲方：绿锋电动园林机械有限公司（电动割草机制造）
P:乙方：衡准自动化工程有限公司
P:甲方为提升电动割草机总装线、电机装配线的自动化与追溯水平，委托乙方对四条产线的控制系统实施改造。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换四条产线的PLC控制柜，升级伺服驱动及电机，新增触摸屏操作站及工业交换机、数据采集网关。
P:（二）提供产线控制软件许可一套（永久许可，含配方管理、设备联锁、节拍监控和质量追溯模块），并开发工艺配方下发、扭矩数据采集和与甲方MES系统的对接程序。
P:（三）完成安装调试、分段停线切换和操作维修人员培训。停线切换应安排在甲方确认的周末或节假日窗口，单条产线停线不得超过七十二小时。
P:（四）拆除的旧控制柜、旧驱动器由乙方清点造册后移交甲方仓库，是否回收由甲方决定；利旧的传感器和气动元件由乙方检测并出具检测记录。
H:二、合同价格
P:（一）本合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含税。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|总装线PLC控制柜|4套|168,000|672,000
TB:2|伺服驱动器及伺服电机|36套|9,500|342,000
TB:3|触摸屏操作站|12台|6,800|81,600
TB:4|工业交换机及数据采集网关|8台|12,400|99,200
TB:5|产线控制软件许可|1套|285,000|285,000
TB:|软硬件小计|||1,479,800
TB:6|安装调试及停线切换|1项|146,000|146,000
TB:7|配方下发、扭矩采集及MES对接程序开发|1项|118,000|118,000
TB:8|培训|1项|16,200|16,200
TB:|合计|||1,760,000
P:（二）上述价格包含设备运输、保险、安装辅材、税费及乙方人员差旅费用。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%。到货安装不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的25%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票，发票不合格的，甲方付款期限相应顺延。
H:四、交付与工期
P:（一）乙方应于合同生效后六十日内完成设备到货，九十日内完成全部产线切换。
P:（二）设备应为全新原厂产品，PLC、伺服及交换机的品牌型号以附件一为准，乙方不得擅自替换；确需替换的，应经甲方书面同意且性能不低于原型号。
P:（三）乙方应提交设备清单、电气图纸、PLC程序及注释、对接程序源代码、操作手册和维修手册。
H:五、培训
P:乙方应对甲方操作工、设备维修人员和工艺工程师分别开展培训，合计不少于十六学时，内容包括设备操作、程序备份与恢复、常见故障排除及配方维护，培训后提交考核记录。
H:六、验收
P:（一）验收标准：1. 四条产线连续满负荷运行二十一日，无因控制系统导致的停线；2. 产线节拍达到每台五十二秒；3. 扭矩数据采集完整并与MES逐条一致；4. 配方切换时间不超过十分钟；5. 设备联锁和急停功能全部测试通过。
P:（二）验收由甲方设备部、生产部和质量部共同进行，签署验收报告。产线试生产或甲方使用，均不视为验收合格。
P:（三）每条产线切换完成后，双方进行单线测试并签署测试记录，单线测试记录作为最终验收的依据之一，但不构成验收。
P:（四）验收不合格的，乙方应在十日内整改并重新验收，重新验收的费用由乙方承担。
H:七、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:（二）故障响应：一级故障（造成整线停线）乙方应在1小时内响应，8小时内到场；二级故障（单工位停机）3小时内响应；其他问题两个工作日内处理。
P:（三）一级故障响应每超时一小时，乙方向甲方支付¥800；到场超时的，每小时支付¥1,500。
P:（四）质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%，即每年¥118,384，质保期满后三个年度内固定不变。维保合同另行签订，不自动续期。
P:（五）乙方应在甲方厂区存放常用备件（伺服驱动器、通讯模块、电源模块各两件），质保期内备件消耗由乙方免费补足。
H:八、生产数据与安全
P:（一）产线运行数据、工艺配方及质量追溯数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的跳板机进行，操作留存日志；乙方不得在控制系统中设置后门或远程开关，不得将配方和数据拷贝带离甲方厂区。
P:（三）发生数据泄露或因乙方原因导致控制系统遭受网络攻击的，乙方应在2小时内通知甲方并配合处置，承担由此造成的损失。
P:（四）乙方交付前应对PLC程序及上位软件进行病毒查杀和漏洞扫描，并提交扫描报告。
H:九、保密
P:乙方对甲方的工艺参数、产品图纸、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内有效。
H:十、知识产权
P:（一）产线控制软件的知识产权归乙方，乙方授予甲方永久使用许可，可在甲方厂区内不限产线数量使用。
P:（二）为本项目开发的PLC程序、配方下发及扭矩采集程序、MES对接程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
P:（三）乙方保证交付的设备、软件和程序不侵犯第三方知识产权，否则由乙方承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交付或逾期完成产线切换的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因乙方原因导致停线超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:（三）设备到货后经开箱检验发现型号不符、外观损坏或配件缺失的，乙方应在七日内免费更换，更换期间按本条第（一）项计算逾期。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方可将电气安装、桥架布线等辅助工作分包给具备资质的第三方，但应提前五个工作日书面通知甲方。乙方对分包方的工作质量和安全负责。
H:十三、合同的履行与解除
P:本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。乙方违约的，甲方可按第十一条追究违约责任。
H:十四、甲方义务
P:甲方负责提供施工用电、压缩空气和设备临时存放场地，及时确认停线窗口，并指派设备工程师配合调试。甲方原因导致工期延误的，工期相应顺延。
H:十五、不可抗力
P:因不可抗力不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延。
H:十六、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产及动火、登高、带电作业管理制度，因乙方违章作业造成的人身和财产损失由乙方承担。
H:十七、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备品牌型号清单；附件二：验收测试方案；附件三：停线切换计划。附件与本合同具有同等效力。
P:甲方（盖章）：绿锋电动园林机械有限公司　　乙方（盖章）：衡准自动化工程有限公司
"""

Z03 = """预约及会员管理系统软件服务合同

合同编号：MX-IT-2027-019
甲方：麦香西点教育管理有限公司（下辖四十家西点培训门店）
乙方：云檬信息科技有限公司

甲方拟统一各门店的课程预约、会员储值和学员档案管理，选用乙方提供的“檬约”预约及会员管理云服务（SaaS）。双方经友好协商，就服务内容、费用及双方权利义务订立本合同。

一、服务内容
（一）乙方向甲方四十家门店及总部开通“檬约”云服务，包括：
1. 课程排期与在线预约（小程序端、门店前台端）；
2. 会员注册、储值、积分与课时卡管理；
3. 学员档案、结业证书与作品图片管理；
4. 总部经营看板（各门店客流、课消、储值余额、教师课时统计）。
（二）实施服务：乙方负责系统配置、四十家门店的开通、甲方现有会员与课时数据的迁移、门店收银设备对接以及店长和前台人员培训。
（三）乙方保证系统兼容主流手机操作系统、微信小程序及门店现有收银设备，并在服务期内免费提供功能升级。
（四）服务期为两个服务年度：第一个服务年度自实施验收合格之次日起算，至次年同日前一日止；第二个服务年度紧接其后。

二、服务费用
（一）门店订阅费：每店每个服务年度¥5,600，四十家门店每个服务年度合计¥224,000，两个服务年度合计¥448,000。
（二）总部模块订阅费：每个服务年度¥36,000，两个服务年度合计¥72,000。
（三）实施及数据迁移费：¥58,000（一次性）。
（四）培训费：¥12,000（一次性）。
（五）服务期内甲方新增门店的，按每店每个服务年度¥5,600的标准按月折算计费；门店关闭的，自次一服务季度起停止计费。新增或减少门店的费用以补充协议确认。
（六）本合同总价为人民币伍拾玖万元整（¥590,000），含税。短信通知费用按实际条数另行结算，不计入合同总价。
（七）上述费用已包含服务期内的系统升级、每日数据备份和日常技术支持费用，乙方不得另行收取其他费用。

三、付款方式
（一）实施费及培训费在实施验收合格后十个工作日内支付。
（二）订阅费按季度支付，甲方在每个服务季度的首月十五日前支付该季度订阅费。
（三）乙方应在甲方付款前开具增值税专用发票。
（四）甲方不向乙方支付任何预付款。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施，并书面提请验收。验收标准如下：
1. 四十家门店全部开通，预约、签到、课消、储值流程在各门店实测通过；
2. 甲方提供的会员、储值余额和剩余课时数据迁移后逐条核对无差异；
3. 高峰时段（二千名会员同时在线）预约页面响应时间不超过2秒；
4. 与门店收银设备的对账连续七日无差错。
（二）甲方在收到验收申请后十个工作日内组织验收，符合上述标准的出具验收单。系统开通或甲方试用，均不视为验收合格。
（三）乙方逾期完成实施的，每逾期一日，向甲方支付违约金¥650。

五、服务水平
（一）系统月可用率不低于99.5%，按自然月统计，经甲方同意的计划内维护不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响营业的问题）：下一个工作日内处理。
（三）月可用率未达到承诺值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣合计不超过当月订阅费的50%；一级故障恢复超时的，每超时一小时抵扣¥500。

六、数据与安全
（一）甲方的会员信息、储值及课时记录、学员作品图片等业务数据归甲方所有。
（二）乙方应按照个人信息保护法及数据安全法的要求，对数据进行加密存储和传输，实行最小权限访问和操作日志审计，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）乙方可将甲方业务数据进行脱敏、汇总处理后，用于西点培训行业分析报告及乙方产品的改进，该等脱敏汇总数据及分析成果归乙方所有。
（五）乙方运维人员访问会员个人信息须经审批，批量导出须经甲方书面授权；乙方应每个服务年度开展一次安全评估并向甲方提交评估报告。
（六）服务期满或合同解除后三十日内，乙方应按甲方要求完整导出并移交数据，随后删除其系统中的甲方数据并书面确认。

七、技术支持与培训
（一）乙方提供服务热线、在线工单和专属客户成功经理，服务时间为每日八时至二十二时，节假日不间断。
（二）乙方应为四十家门店的店长、前台及总部运营人员提供集中培训和线上课程，培训后提供操作手册和视频教程；系统版本更新涉及门店操作变化的，乙方应提前七日通知并提供更新说明。
（三）乙方每季度向甲方提交服务报告，列明可用率、故障处理、工单统计及改进计划。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，乙方应要求接触甲方信息的员工签署保密承诺。保密义务在合同终止后三年内持续有效。

九、知识产权
（一）“檬约”云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、看板配置、证书模板及收银对接程序归甲方所有，甲方可自由使用和修改。

十、续期
服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其当期公布的价目表调整订阅费，调整后的价格自续期之日起适用。

十一、违约责任与责任限额
（一）乙方违反第六条的，应赔偿甲方因此遭受的全部损失，包括甲方向会员作出的赔偿。
（二）除第六条外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。
（三）因乙方系统原因导致会员储值余额或剩余课时计算错误的，乙方应在三日内核对更正，并承担甲方向会员退款或补偿的费用。
（四）甲方逾期支付订阅费超过三十日的，乙方可在书面通知后暂停服务，但不得删除甲方数据。

十二、分包
乙方不得将本合同项下的实施及运维服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，乙方应退还已付未履行部分的费用。
（二）连续两个自然月可用率未达标的，甲方可书面通知解除合同。
（三）合同解除的，乙方应按第六条第（六）项移交数据，并配合甲方向其他系统迁移，迁移配合期不少于三十日，期间服务照常提供。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十五、甲方义务与不可抗力
（一）甲方应指定项目负责人，按时提供迁移所需的会员及课时数据，配合各门店完成开通测试。
（二）因不可抗力导致一方不能履行合同的，应及时通知对方，并在合理期限内提供证明；不可抗力持续超过三十日的，双方可协商解除合同。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：麦香西点教育管理有限公司
乙方（盖章）：云檬信息科技有限公司
"""

Z04 = """地质灾害边坡监测系统运维服务合同

项目编号：ZRZY-CS-2027-008（竞争性磋商）
甲方（采购人）：某县自然资源局
乙方（成交供应商）：岩安地信工程技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲方委托乙方对全县地质灾害隐患点边坡监测系统提供运行维护服务，双方订立本合同。

第一条 服务范围
一、监测设备运维：全县四十二处边坡隐患点共一百八十六个监测点（GNSS位移站、裂缝计、雨量计、倾角计、声光报警器）的巡检、校准、清洁、供电及通信维护，故障设备维修或更换。
二、监测平台运维：县级监测预警平台的日常监控、数据质量核查、软件缺陷修复、安全补丁更新与备份。
三、数据分析：按月编制监测数据分析报告，汛期按周编制；出现预警时编制专题分析报告，并提出处置建议。
四、应急值守：汛期（每年五月一日至九月三十日）实行二十四小时值守，配合甲方开展预警响应和应急处置。
五、新增或迁移监测点：服务期内因工程治理需临时新增或迁移监测点的，乙方负责安装调试，新增点位自接入平台之日起纳入运维范围，费用按响应文件中的单点运维单价折算。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满本合同终止；甲方需继续采购的，依法另行组织采购。

第三条 服务费用
一、服务费总额为人民币陆拾壹万贰仟元整（¥612,000），包括：设备巡检维护费¥312,000，平台运维及数据分析费¥168,000，备品备件费¥74,000，汛期应急值守费¥58,000。
二、上述费用包含人员、交通、检测仪器、备品备件、通信流量及税费等全部费用。备品备件费按实际更换结算，结余部分不予支付。

第四条 付款方式
一、服务费按季度支付。每季度结束后，甲方依据季度考核结果，在十五个工作日内支付该季度服务费（按服务费总额的四分之一计算，扣除第七条规定的扣减金额）。
二、本合同不设预付款。
三、乙方应在每次付款前开具合法有效的发票；季度考核结果未确认前，甲方有权暂缓支付该季度服务费，暂缓支付不视为甲方逾期。

第五条 人员要求
一、乙方应组建不少于八人的运维团队，其中项目负责人一名（具有岩土工程或地质类高级职称），巡检人员不少于五名，平台及数据分析人员不少于两名。
二、人员名单报甲方备案，未经甲方同意不得更换项目负责人。
三、乙方人员野外作业应配备安全防护装备，遵守山区作业安全规定，乙方自行承担其人员的安全责任。
四、乙方应在汛期前对各隐患点的群测群防员开展一次现场培训，内容包括报警器识别、简易监测和预警信息接收，培训记录报甲方备案。

第六条 服务质量标准
一、监测平台可用率不低于99.95%，按季度统计，经甲方同意的计划内维护不计入。
二、故障分级与时限：
（一）一级故障：预警期间或汛期内任一隐患点监测数据中断、报警器失效，乙方应在30分钟内响应，6小时内到达现场，24小时内恢复；
（二）二级故障：非汛期单个监测点数据中断，2小时内响应，48小时内恢复；
（三）三级故障：不影响监测的一般问题，3个工作日内处理。
三、巡检频次：汛期每月对全部监测点巡检两次，非汛期每月一次；GNSS站每季度进行一次精度比对。
四、预警信息应在平台触发后5分钟内推送至甲方值班人员及隐患点群测群防员，乙方每月对推送通道进行一次测试并记录。
五、乙方应在每季度结束后五个工作日内提交季度运维报告。

第七条 考核与服务费扣减
一、甲方每季度按照磋商文件的考核细则进行考核，考核结果作为付款依据。
二、一级故障响应或到场每超时1小时，扣减服务费¥600；恢复每超时1小时，扣减服务费¥400。
三、平台季度可用率每低于承诺值0.01个百分点，扣减服务费¥1,000。
四、巡检次数不足或报告迟交的，每次扣减服务费¥800。
五、季度考核得分低于七十分的，甲方可约谈乙方项目负责人并要求限期整改。

第八条 年度验收
一、服务期满后十五个工作日内，甲方组织年度验收。
二、验收标准：全部监测点设备完好并在平台正常显示；全年巡检记录、校准记录、故障处理记录及分析报告齐全；设备台账与现场一致；平台数据完整且备份可恢复；运维资料已按要求移交。
三、验收合格的，甲方出具验收意见；不合格的，乙方应在十五日内整改。

第九条 数据安全
一、全部监测数据、分析报告及平台数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供或公开。
二、乙方应遵守网络安全法、数据安全法及等级保护要求：平台运维须通过甲方堡垒机进行并留存操作日志；不得将监测数据拷贝至外部存储介质；账号专人专用，人员离场当日注销。
三、发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第十条 知识产权
运维过程中形成的分析报告、预警模型参数、台账和技术文档，其知识产权归甲方所有。乙方保证其使用的工具软件不侵犯第三方权利。甲方可将上述成果用于后续采购、工程治理设计及上级部门报送，无需另行取得乙方许可。

第十一条 违约责任
一、乙方未按本合同提供服务的，甲方按第七条扣减服务费。
二、乙方违反本合同约定给甲方造成损失的，应当赔偿甲方的实际损失。
三、因乙方原因未能及时发现或报告险情，造成人员伤亡或财产损失的，乙方依法承担相应责任。

第十二条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十三条 合同解除
一、乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
二、因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
三、合同解除后，乙方应按服务交接条款办理移交；甲方另行确定服务单位前，乙方应继续履行汛期应急值守义务，费用按日折算。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 甲方义务
一、甲方应向乙方提供监测点分布图、设备台账、平台管理账号及以往运维资料，并指定专人负责联络。
二、甲方应协调乡镇及村组为乙方进场作业提供便利，对乙方提交的报告在十个工作日内提出意见。

第十六条 备品备件与设备更换
一、乙方应储备不少于监测点总数一成的常用备件，存放于县城内，汛期前报甲方核查。
二、更换下的故障设备经甲方确认后登记造册，新更换设备的所有权归甲方。
三、单台设备更换费用超过¥8,000的，乙方应事先报甲方书面确认。

第十七条 服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位移交设备台账、平台账号、备份数据、配置文件和全部运维记录，并配合完成现场交接，交接期间不得中断监测。

第十八条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某县自然资源局
乙方（盖章）：岩安地信工程技术有限公司
"""

Z05 = """# 墨匠工序追踪系统 软件许可及定制开发合同

（乙方标准合同文本 MJ-HT-V3.0）

**合同编号：** MJ-2027-0088

**甲方：** 桃溪年画工坊有限公司

**乙方：** 墨匠软件科技有限公司

甲方因木版年画生产管理需要，向乙方采购“墨匠工序追踪系统”软件许可及定制开发服务。双方本着平等互利原则，经协商一致，签订本合同，共同遵守。

## 第一条 定义

1.1 “系统”指乙方享有著作权的墨匠工序追踪系统及其按本合同定制的部分。

1.2 “上线”指系统部署完成并由乙方通知甲方可以在生产中使用。

1.3 “一级故障”指系统整体无法登录或无法报工；“二级故障”指部分模块功能异常但不影响整体使用。

1.4 “定制开发成果”指乙方根据甲方需求在系统基础上开发的功能模块、模板、报表及相关程序。

## 第二条 合同标的

2.1 乙方向甲方提供墨匠工序追踪系统标准版软件许可一套（永久许可，五十个用户），包括订单管理、工序派工、在制品追踪、质检记录和库存管理模块。

2.2 乙方按甲方需求进行定制开发：画稿与雕版档案管理、套色印刷工序（墨线、分色、套印、开脸、装裱）的工序卡与扫码报工、订单进度看板。

2.3 乙方负责系统部署、基础数据初始化及甲方人员培训。培训为集中授课一次（两天），培训对象为甲方管理人员及各工序班组长，其余人员由甲方自行组织内部培训。

2.4 软件许可限于甲方在其注册地址内的生产场所使用，用户数超过五十个的，甲方应按乙方报价另行购买许可。

2.5 系统运行环境为甲方自备的服务器一台（八核、三十二G内存以上）及局域网，乙方不保证系统在其他环境下的运行效果。

## 第三条 合同价款

3.1 合同总价为人民币伍拾玖万贰仟元整（¥592,000），含税。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨匠工序追踪系统软件许可（标准版，五十用户） | 460,000 |
| 2 | 定制开发（档案管理、套色工序卡、进度看板） | 98,000 |
| 3 | 部署实施及培训 | 34,000 |
| | 合计 | 592,000 |

3.2 甲方在合同价款之外要求增加功能的，按乙方人天单价¥2,400另行计费。

3.3 合同价款不含硬件、第三方软件费用；乙方人员在甲方现场累计超过五个工作日的，超出部分的差旅费用由甲方承担。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%作为预付款，乙方收到预付款后启动项目。

4.2 系统上线后五个工作日内，甲方支付合同总价剩余的50%。

4.3 甲方逾期付款的，乙方有权暂停实施及技术支持，工期相应顺延。乙方收款后开具增值税普通发票。

## 第五条 交付与上线

5.1 乙方应在收到预付款后九十日内完成部署和定制开发，并通知甲方上线。

5.2 系统上线运行之日，即视为甲方验收合格。上线后甲方提出的修改意见，按需求变更处理。

5.3 乙方可根据项目情况分阶段上线，各模块上线之日分别视为该模块验收合格。

5.4 乙方交付物为：安装部署的系统、用户手册及操作培训。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方免费修复软件缺陷，提供远程技术支持。

6.2 因甲方操作不当、擅自修改或第三方软硬件原因导致的问题，不属于免费维护范围。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥115,000，每个维护年度开始前一次性支付。

7.2 甲方未购买维护服务的，乙方不再提供缺陷修复、版本升级和技术支持。

7.3 维护服务内容包括缺陷修复、版本升级、远程技术支持和每个维护年度一次的系统巡检。维护费逾期未付的，乙方有权暂停维护服务。

## 第八条 技术支持

8.1 乙方通过电话、远程方式提供技术支持，工作时间为工作日九时至十七时。

8.2 一级故障（系统无法使用）乙方在接到通知后8小时内响应；二级故障24小时内响应；其他问题三个工作日内答复。

8.3 必要时乙方可派员到场，到场费用由甲方承担。

8.4 乙方提供在线知识库和操作视频，甲方用户可自助查询常见问题。

## 第九条 甲方义务

9.1 甲方应在合同签订后十日内提供工序流程、画稿编号规则、订单及库存基础数据，并对数据的准确性负责。

9.2 甲方应按乙方要求自行准备服务器、扫码枪、工位平板及网络环境，硬件设备不在本合同范围内。

9.3 甲方应指定专人配合实施，及时确认需求说明书。甲方在需求确认后提出变更的，乙方有权调整工期并另行收费。

9.4 因甲方未及时履行上述义务造成工期延误的，乙方不承担责任。

## 第十条 知识产权

10.1 墨匠工序追踪系统及本合同项下定制开发成果（包括源代码、工序卡模板、看板及相关文档）的知识产权均归乙方所有。

10.2 甲方在许可范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译或提供给第三方使用。

## 第十一条 数据

11.1 甲方录入系统的订单、客户、画稿及生产数据归甲方所有，乙方仅为履行本合同而使用。

11.2 乙方人员远程维护须经甲方同意，不得拷贝甲方数据；乙方应采取访问控制和备份措施保障数据安全，发现数据泄露应在24小时内通知甲方，因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任。

11.3 合同终止后，甲方需要导出数据的，乙方应予配合，导出服务按乙方人天单价收费。

## 第十二条 保密

双方对履约中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。乙方有权在宣传材料及客户名单中使用甲方名称和项目案例。

## 第十三条 违约责任

13.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

13.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

13.3 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担任何间接损失、利润损失或数据恢复费用。

13.4 因甲方提供的数据错误、甲方网络或硬件故障造成的损失，乙方不承担责任。

## 第十四条 合同解除

一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方可以书面通知解除本合同。合同解除的，已交付的软件许可继续有效，已支付的许可费不予退还。

## 第十五条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十六条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障等不能预见、不能避免且不能克服的情况导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。不可抗力持续超过六十日的，任何一方可以书面通知解除本合同。

## 第十七条 通知

双方往来通知以本合同首页所列地址、电子邮箱送达，电子邮件发出即视为送达。

## 第十八条 其他

18.1 本合同未尽事宜，双方另行协商。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

18.3 本合同附件为乙方报价单及需求说明书，需求说明书在实施阶段经双方确认后补充，与本合同具有同等效力。

甲方（签章）：桃溪年画工坊有限公司　　　乙方（签章）：墨匠软件科技有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. AMS-CN-2027-014
P:This Agreement is made between Abbey Mill Software Limited, a company registered in England with its office at Abbey Mill Business Park, Romsey, Hampshire, United Kingdom (the "Vendor"), and Changzhou Hengrun Rail Components Co., Ltd., a company established in the People's Republic of China with its registered address in Changzhou, Jiangsu Province (the "Customer").
P:The Customer wishes to acquire a perpetual licence to the Vendor's MaintainIQ maintenance planning software and to have the Vendor configure, integrate and implement it at the Customer's forging and machining plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the MaintainIQ software in object code, including the planning, work order, spare parts and reliability analytics modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, data migration scripts and other materials created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance issued under Article 5.4.
P:1.5 "Severity 1 Incident" means an incident that makes the Licensed Software unavailable to all users or stops the issue of work orders to the plant.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for up to 150 named users at the Customer's sites in the People's Republic of China, including for the benefit of its affiliates.
P:2.2 The Vendor shall configure the Licensed Software for the Customer's 2,300 registered assets, build interfaces to the Customer's ERP system, its MES and its condition-monitoring database, migrate the existing maintenance history, and train the Customer's planners, engineers and administrators.
P:2.3 The services shall be delivered according to the implementation plan in Annex 1. The Vendor's project manager shall not be replaced without the Customer's consent.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,790,000, inclusive of VAT, made up of: Licence Fee CNY 1,260,000; configuration and interfaces CNY 388,000; implementation, data migration and training CNY 142,000.
P:3.2 The Contract Price is fixed and includes all travel, accommodation and expenses of the Vendor's personnel. Any change to the scope shall be agreed in a written change order stating its price and its effect on the timetable.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within twenty days after the Vendor completes user acceptance testing of the configured system and interfaces, as confirmed in writing by the Customer. Completion of user acceptance testing is not Final Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's bank account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Licensed Software within thirty days after signature and complete all configuration, interfaces and data migration within one hundred and fifty days after signature.
P:5.2 Acceptance testing shall be carried out according to the test plan in Annex 2. The acceptance criteria are: (a) every function listed in the Customer's requirements specification works as described; (b) the interfaces to the ERP, MES and condition-monitoring systems transfer data without error for ten consecutive working days; (c) the migrated maintenance history reconciles record by record with the source system; (d) screens respond within three seconds with sixty concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 After successful testing the system shall run in production for a stabilisation period of forty-five days without a Severity 1 Incident.
P:5.4 When the criteria in Article 5.2 and the stabilisation period in Article 5.3 have been met, the Customer shall issue a written Final Acceptance certificate within ten working days. Installation, production use or payment does not by itself constitute acceptance.
P:5.5 If the system fails acceptance, the Vendor shall correct the defects at its own cost and the tests shall be repeated.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and the requirements specification for a warranty period of eighteen months from Final Acceptance.
P:6.2 During the warranty period the Vendor shall correct defects, supply all updates and new releases, and provide the support services described in Article 7 free of charge.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall provide a support desk by telephone, e-mail and web portal in English and Chinese from 08:00 to 20:00 China Standard Time on working days, and an on-call engineer for Severity 1 Incidents at all times.
P:7.2 The Vendor shall respond to a Severity 1 Incident within one hour and provide a workaround or fix within eight hours; respond to a Severity 2 incident within two hours and fix it within three working days; and respond to other incidents within one working day.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit CNY 1,000 against the next amount due from the Customer, or pay that sum if no amount is due.
H:Article 8 Post-Warranty Support
P:8.1 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 138,600 per year, and shall not be increased for the first three support years.
P:8.2 Annual support continues the services in Articles 6.2 and 7. Each support year is ordered by a separate purchase order; there is no automatic renewal.
H:Article 9 Delay Damages
P:9.1 If the Vendor fails to complete the work by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay.
P:9.2 Liquidated damages do not limit the Customer's other rights under this Agreement, including its right of termination under Article 15.
H:Article 10 Intellectual Property
P:10.1 The Licensed Software and all intellectual property in it remain the property of the Vendor or its licensors.
P:10.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them, and have third parties maintain them, without restriction.
P:10.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, analyse, aggregate or disclose it for any other purpose.
P:11.2 The Licensed Software is installed on the Customer's servers in China. The Vendor shall access them only through the Customer's VPN with multi-factor authentication, for sessions approved by the Customer, and shall not transfer Customer Data outside the Customer's environment or outside China.
P:11.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing the services, and with the Customer's information security policies notified to it.
P:11.4 The Vendor shall notify the Customer within twenty-four hours of becoming aware of any unauthorised access to, or loss or corruption of, Customer Data, and bear all losses of the Customer caused by its breach of this Article 11.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it.
P:12.2 These obligations continue for three years after this Agreement ends, and without limit for trade secrets.
H:Article 13 Limitation of Liability
P:13.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:13.2 The limit in Article 13.1 does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 10.3, or breach of Articles 11 or 12.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if the delay under Article 9 exceeds sixty days.
P:15.2 On termination before Final Acceptance, the Vendor shall refund the amounts paid for work not accepted, and the Customer shall return or destroy the Licensed Software.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of England and Wales.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules by a sole arbitrator. The seat of arbitration shall be London and the language shall be English.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Implementation Plan), Annex 2 (Acceptance Test Plan) and Annex 3 (Requirements Specification), is the entire agreement of the parties.
P:17.2 Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both versions are equally authentic.
P:Signed for the Vendor: ____________________    Signed for the Customer: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - TIDELINE FIELD SERVICE PLATFORM

Order Form No. PQ-OF-2027-117

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts.

## PART A - ORDER DETAILS

### A1 Parties

**Provider:** Pennington Quay Software Ltd, a company registered in England, of Quay Hill, Lymington, Hampshire, United Kingdom, acting in China through its wholly owned subsidiary Pennington Quay Software (Shanghai) Co., Ltd., which issues invoices and receives payment.

**Customer:** Qingdao Haiyun Marine Equipment Co., Ltd., Qingdao, Shandong Province, People's Republic of China.

### A2 Subscribed Services and Term

The Customer subscribes to the TideLine field service platform (work order scheduling, engineer dispatch, spare parts tracking, customer portal) for 220 named users, and to the TideLine Mobile app for 160 field engineers. The Subscription Term is twenty-four months, made up of two Subscription Years, and starts on the Go-Live Date. The Subscription Term ends at its expiry; any further subscription requires a new Order Form signed by both parties, and nothing in this Order Form renews automatically.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| TideLine platform subscription, 220 users | CNY 286,000 per Subscription Year x 2 | 572,000 |
| TideLine Mobile, 160 engineers | CNY 54,000 per Subscription Year x 2 | 108,000 |
| Onboarding, configuration and data migration | one-time | 68,000 |
| Administrator and dispatcher training | one-time | 14,000 |
| Total Fees for the Subscription Term | | 762,000 |

All amounts are in CNY and include VAT. The subscription fees are fixed for the Subscription Term.

### A4 Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, at the start of each quarter of the Subscription Term, and are payable within thirty days of invoice. No fee is payable before the Go-Live Date.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Section 3, and the training fee after the training sessions are completed, each payable within thirty days.

(c) The Customer makes no advance payment.

### A5 Hosting and Sub-processors

The Services are hosted in Alibaba Cloud's Shanghai region. The Customer approves the following sub-processors by signing this Order Form: Alibaba Cloud Computing Co., Ltd. (hosting) and Pennington Quay Software (Shanghai) Co., Ltd. (support). Any other sub-processor or subcontractor requires the Customer's prior written consent under Section 12.

### A6 Onboarding Timetable and Contacts

Onboarding shall be completed and the Go-Live Date reached within seventy days after signature of this Order Form. Provider contact: Ms Helen Marsh, Customer Success Director. Customer contact: Mr Zhou Wei, Head of After-Sales Service.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Services" means the subscribed TideLine services described in A2, including updates the Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data that the Customer or its users enter into or generate in the Services, including work orders, customer and equipment records, engineer locations and photographs.

1.3 "Customer Configurations" means the workflows, forms, report templates, integrations and data mappings created by the Provider for the Customer during onboarding or later.

1.4 "Priority 1 Incident" means an incident in which the Services are unavailable to all users or dispatch to field engineers has stopped.

### 2. Use of the Services

2.1 The Provider grants the Customer and its users the right to use the Services during the Subscription Term for the Customer's business.

2.2 The Customer shall keep its user credentials secure and shall not resell the Services or use them to build a competing product.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall configure the Services to the Customer's agreed service processes, migrate open work orders and the equipment register from the Customer's current system, build an interface to the Customer's ERP for spare parts, and train administrators and dispatchers.

3.2 Go-Live Acceptance tests shall show that: (a) every agreed process can be completed end to end in the Services; (b) migrated records reconcile with the source system; (c) the ERP interface posts spare parts movements without error for five consecutive working days; and (d) the mobile app works offline and synchronises on reconnection.

3.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate, and the date of signature is the Go-Live Date. Use of the Services for testing or training is not acceptance.

3.4 If the Go-Live Date is not reached within the period in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

### 4. Service Levels

4.1 The Provider shall make the Services available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified five days ahead and carried out between 23:00 and 05:00 China Standard Time.

4.2 The Provider shall respond to a Priority 1 Incident within thirty minutes and restore service or provide a workaround within six hours; respond to a Priority 2 Incident within two hours; and respond to other requests within one working day.

4.3 If monthly availability falls below the level in Section 4.1, the Provider shall credit 5% of that month's subscription fees for each started half percentage point of shortfall, up to half of that month's fees. If a Priority 1 response is late, the Provider shall credit CNY 800 per late incident. Credits are deducted from the next invoice.

### 5. Support

5.1 The Provider provides support in Chinese and English through a web portal, e-mail and a hotline, from 08:00 to 22:00 China Standard Time every day, with an on-call engineer for Priority 1 Incidents at all other times.

5.2 The Provider shall send the Customer a monthly service report showing availability, incidents, response times and any credits due.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and shall not use it for any other purpose, including analytics, benchmarking or product development, whether or not it is anonymised.

6.2 Customer Data is stored and processed only in mainland China.

6.3 At the end of the Subscription Term, the Provider shall make Customer Data available for export in CSV format for sixty days and then delete it and confirm deletion in writing.

### 7. Data Security

7.1 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its administrators, daily backups, and logging of all administrator access, and shall hold a valid MLPS level 3 filing for the Services.

7.2 The Provider shall notify the Customer within twenty-four hours of any security incident affecting Customer Data, take immediate steps to contain it, and provide a written report of its cause and remedy.

7.3 The Provider is responsible for losses of the Customer resulting from a security incident caused by the Provider's breach of this Section 7.

### 8. Intellectual Property

8.1 The Provider owns the Services and all intellectual property in them.

8.2 Customer Configurations belong to the Customer. The Customer may use, modify and reproduce them, including with a third party or another service provider, without restriction, and the Provider shall deliver them in a documented format on request.

### 9. Confidentiality

Each party shall keep confidential the other party's non-public information, use it only for the purposes of this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the Subscription Term ends.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Order Form in any event is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 On termination for the Provider's breach, the Provider shall refund any subscription fees paid for the period after termination and provide the data export under Section 6.3.

### 12. Subcontracting and Assignment

12.1 The Provider shall not subcontract any part of the Services, or appoint a new sub-processor, without the Customer's prior written consent. The Provider is responsible for its subcontractors as for itself.

12.2 Neither party may assign this Order Form without the other party's written consent.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 14. General

14.1 Part A prevails over Part B in case of conflict. Notices shall be in writing to the contacts in A6.

14.2 This Order Form is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Software
P:Contract No. LHP-EQ-2027-061
P:Buyer: Hebei Luanhe Paper Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Minster Vibration Systems Ltd, Stone Lane Industrial Estate, Wimborne, Dorset, United Kingdom (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. The Buyer is purchasing wireless vibration and temperature sensors, gateways and a condition-monitoring software licence for the rotating equipment of its two paper machines, together with installation, commissioning and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's Minster CM condition-monitoring software, licensed under clause 9, with its analytics and alarm modules.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards and the interface to the Buyer's maintenance management system prepared by the Supplier for this project.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.4.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and Software at the Buyer's mill in Tangshan, prepare the Custom Work and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,986,000 including VAT, delivery to site, insurance and all the Supplier's expenses, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|320|3,150|1,008,000
TB:2|Gateways with industrial enclosures|16|18,500|296,000
TB:3|Minster CM software licence, perpetual, 320 measuring points|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,790,000
TB:4|Installation, commissioning and Custom Work|1 lot|168,000|168,000
TB:5|Training for maintenance and reliability staff|1 lot|28,000|28,000
TB:|Contract Price|||1,986,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange rates, duties or costs.
P:2.4 The Equipment includes a stock of spare sensors and one spare gateway, which the Supplier shall hand over to the Buyer's store at delivery. The Supplier shall keep spare parts for the Equipment available for purchase for at least eight years after Final Acceptance.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within fifteen working days after signature, against an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Delivery payment: 55% of the Contract Price after all Equipment has been delivered and installed, as confirmed by the Buyer's delivery and installation record. That record does not constitute acceptance.
P:3.3 Final payment: 35% of the Contract Price within twenty working days after Final Acceptance.
P:3.4 Each payment is due only against a valid VAT invoice. The Buyer may deduct from any payment the delay damages and service payments due from the Supplier under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the mill within sixty days after signature and complete installation and commissioning within ninety days after signature.
P:4.2 Installation on running machines shall follow the Buyer's permit-to-work procedures and take place only in the shutdown windows notified by the Buyer. The Supplier's staff shall comply with the Buyer's safety rules on site.
P:4.3 The Supplier shall deliver installation records, calibration certificates, the sensor location map, user and administrator manuals and the documentation of the Custom Work.
P:4.4 Training shall be given at the mill in Chinese, in three sessions for maintenance technicians, reliability engineers and system administrators, and shall cover sensor installation and replacement, alarm handling, trend analysis and routine administration of the Software. Each participant shall receive printed course material.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall carry out acceptance tests according to the test plan agreed with the Buyer.
P:5.2 The acceptance criteria are: (a) all 320 sensors are registered in the Software and report at their configured intervals for fourteen consecutive days; (b) vibration readings of twenty selected assets agree with the Buyer's calibrated handheld analyser within plus or minus five per cent; (c) alarms are raised and reach the maintenance management system within sixty seconds in tests on twenty assets; (d) the dashboards and reports in the functional specification work as described; and (e) training has been completed.
P:5.3 If any criterion is not met, the Supplier shall remedy the failure at its own cost within ten days and repeat the tests.
P:5.4 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the Equipment or Software, or any payment, does not amount to acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and provide Software updates, free of charge.
P:6.2 Replacement Equipment shall be delivered to site within five working days after the Buyer's notice.
P:6.3 The Supplier warrants a battery life of at least three years for each sensor at the configured reporting intervals, and shall replace batteries that fail earlier free of charge even after the warranty period.
H:7. Support Service Levels
P:7.1 During the warranty period the Supplier shall respond to a Priority 1 fault (the Software or more than one gateway out of service) within two hours and restore service within one working day; Priority 2 faults shall be answered within one working day.
P:7.2 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Supplier shall pay CNY 600, deducted from any amount due to the Supplier.
P:7.3 The Supplier shall keep a record of all faults, response and restoration times and payments, and send it to the Buyer each quarter together with a report on the health of the sensor network and any recommended changes to alarm settings.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may purchase support at an annual fee of 9% of the Hardware and Licence Subtotal, that is CNY 161,100 per year, fixed for the first two support years. Any later increase shall not exceed the change in the national consumer price index.
P:8.2 Support is purchased by separate order each year and does not renew automatically.
H:9. Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's mills and measuring points. The Software remains the Supplier's property.
P:9.2 The Custom Work, including its source files and configuration exports, belongs to the Buyer from delivery. The Buyer may use, modify and license it freely, including through other suppliers.
P:9.3 The Supplier shall indemnify the Buyer against claims that the Equipment or Software infringes a third party's rights.
H:10. Buyer Data and Data Security
P:10.1 All measurement data, asset records, alarms and reports are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 The Software is installed on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN with individual accounts and multi-factor authentication, for sessions approved by the Buyer, and shall not copy Buyer Data outside the Buyer's network.
P:10.3 The Supplier shall ensure that the gateways and Software are free from known critical vulnerabilities at delivery, and supply security patches during warranty and support.
P:10.4 The Supplier shall report any security incident affecting Buyer Data within twelve hours and bear all losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's production data, layouts and equipment condition, and shall not disclose it to any third party without prior written consent. This duty continues for three years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If delivery or commissioning is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and shall remain responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay under clause 12.1 exceeds forty-five days.
P:14.2 On such termination the Supplier shall refund the amounts paid for undelivered or rejected items.
P:14.3 A party prevented from performing by force majeure shall notify the other promptly and its time for performance is extended accordingly.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
H:16. General
P:16.1 The technical specification, the acceptance test plan and the Supplier's quotation are annexed to this Contract. If they conflict, this Contract prevails.
P:16.2 This Contract is made in English and Chinese; both versions are equally authentic.
P:16.3 Notices shall be given in writing to the addresses above, or to another address notified in writing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. GH-MSA-2027-033

**Supplier:** Gold Hill Managed Services Ltd, a company registered in England, of Bell Street, Shaftesbury, Dorset, United Kingdom, performing the Services through its subsidiary Gold Hill IT Services (Suzhou) Co., Ltd.

**Customer:** Suzhou Lianshan Precision Optics Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

The Customer wishes to outsource the operation of its office and plant network, its servers and its end-user IT support at three sites in Suzhou and Kunshan. The Supplier has agreed to provide those services on the terms below, including Schedules 1 to 3.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer stored on or passing through the systems managed by the Supplier.

1.5 "Monthly Service Charge" means the fixed monthly charge in Schedule 3.

## Section 2 Services

2.1 The Supplier shall provide the Services described in Schedule 1 to the service levels in Schedule 2 during the Term.

2.2 The Supplier shall assign a named service delivery manager, two resident engineers at the Suzhou plant and a remote service desk, and shall keep the resident engineers' positions filled at all times during working hours.

2.3 The Supplier shall maintain an up-to-date inventory of the managed devices and configurations, and hand it to the Customer each quarter and at the end of the Term.

2.4 The Customer shall give the Supplier's engineers access to its sites, a workspace at the Suzhou plant, administrator accounts for the managed systems and timely decisions on changes that need its approval.

2.5 The Supplier's staff shall follow the Customer's site rules, including clean-room, safety and visitor procedures, and the Customer may require the replacement of any engineer whose conduct or performance is unsatisfactory.

## Section 3 Transition

3.1 The Supplier shall take over the Services from the Customer's internal team within sixty days after signature, according to the transition plan agreed by the parties.

3.2 Transition includes discovery and documentation of all managed devices, connection of every device to the Supplier's monitoring tools, knowledge transfer from the Customer's staff, and the set-up of the service desk and its contact channels.

## Section 4 Transition Acceptance

4.1 Transition acceptance requires that: (a) every device in the agreed inventory is monitored and visible on the service dashboard; (b) runbooks exist for all standard operations listed in Schedule 1; (c) the service desk has handled the Customer's tickets for ten working days in parallel with the Customer's team without a missed response target; and (d) backup and restore of each server has been tested once successfully.

4.2 When the criteria are met, the Customer shall sign a transition acceptance certificate. The Supplier's performance of any part of the Services before that date does not constitute acceptance.

4.3 If the Service Commencement Date is not reached within the period in Section 3.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

5.2 The Monthly Service Charge is invoiced monthly in arrears, and the transition fee after the Service Commencement Date. Invoices are payable within thirty days of receipt of a valid VAT invoice.

5.3 No amount is payable before the Service Commencement Date.

## Section 6 Service Levels and Service Credits

6.1 The Supplier shall meet the service levels in Schedule 2 and report on them monthly.

6.2 If a service level is missed, the Supplier shall give the service credits in Schedule 2, deducted from the next invoice. Service credits are not the Customer's only remedy.

## Section 7 Customer Data

Customer Data remains the property of the Customer. The Supplier shall use Customer Data only as necessary to provide the Services and shall return all Customer Data in its possession to the Customer at the end of the Term.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all information of the other party which is marked confidential or which by its nature should be treated as confidential, including the Customer's product designs, production data and network configuration, and shall use it only for the purposes of this Agreement.

8.2 Each party may disclose such information only to its employees, subcontractors and advisers who need to know it and are bound by similar obligations, or where required by law.

8.3 This Section continues for three years after the end of the Term.

## Section 9 Intellectual Property

9.1 The Supplier keeps its monitoring tools, methods and standard documentation.

9.2 Runbooks, configuration files, scripts and documentation prepared specifically for the Customer belong to the Customer, which may use and modify them freely and give them to any successor supplier.

## Section 10 Subcontracting

10.1 The Supplier may use subcontractors for on-site field engineering, cabling and hardware repair at the Kunshan site and for out-of-hours service desk cover, by giving the Customer written notice of the subcontractor's name and scope before it starts work.

10.2 The Supplier remains responsible for the performance of its subcontractors.

## Section 11 Liability

11.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges payable during the Term as set out in Schedule 3.

11.2 Neither party is liable for indirect or consequential loss, except in the case of wilful misconduct or gross negligence.

## Section 12 Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term, unless terminated earlier. It does not renew automatically; any extension requires a written agreement of both parties.

12.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after notice, or if the Supplier misses the same Critical service level in three months out of any six.

12.3 On expiry or termination, the Supplier shall provide exit assistance for up to ninety days at the rates in Schedule 3, including handover of the inventory, runbooks and configurations to the Customer or its new supplier.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14 General

14.1 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. If a Schedule conflicts with the Sections, the Sections prevail.

14.2 Changes to the Services are agreed through a written change request signed by both parties. The number of managed devices may vary by up to five per cent without a change in the Monthly Service Charge.

14.3 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

## Schedule 1 Services

| Service | Scope | Hours |
|---|---|---|
| Network operations | 46 switches, 9 firewalls and routers, 120 wireless access points at three sites; monitoring, changes, firmware updates | 24 x 7 monitoring |
| Server operations | 38 virtual and 6 physical servers; monitoring, patching, backup and restore | 24 x 7 monitoring |
| Service desk | telephone, e-mail and portal support for 650 users in Chinese and English | 07:30 to 21:30 daily |
| On-site support | desktop, laptop, printer and meeting-room support by resident engineers | working days 08:00 to 18:00 |
| Reporting | monthly service report and quarterly service review | monthly / quarterly |

## Schedule 2 Service Levels and Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Critical | a site network, the plant network or a production server is down | 15 minutes | 6 hours | 2% of the Monthly Service Charge per hour late, up to 20% |
| High | a system degraded or a group of users cannot work | 1 hour | 8 hours | 1% per hour late, up to 10% |
| Medium | one user or one non-critical function affected | 2 hours | 2 working days | none |
| Network availability | monthly availability of the core network at each site at least 99.95% | - | - | 3% of the Monthly Service Charge for each 0.1 percentage point below |

## Schedule 3 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Transition fee | one-time, after the Service Commencement Date | 96,000 |
| Total charges for the Term | | 2,184,000 |
| Exit assistance | CNY 3,200 per engineer day | as used |
| Additional projects | by separate quotation | as agreed |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement reference: CDS-SUB-2027-0092

BETWEEN

Castleton Data Services Ltd, a company registered in England, whose office is at Cheap Street, Sherborne, Dorset, United Kingdom ("Provider"); and

Dalian Beiliang Grain Trading Co., Ltd., a company established in the People's Republic of China, whose registered address is in Dalian, Liaoning Province ("Customer").

BACKGROUND

The Provider publishes agricultural commodity market data, crop condition indices and weather forecast data through its CropLens data platform and application programming interface (API). The Customer wishes to subscribe to that data for use in its grain purchasing, risk management and logistics planning.

1. DEFINITIONS

1.1 "API" means the Provider's CropLens REST API and bulk file delivery service through which the Licensed Data is made available.

1.2 "Licensed Data" means the data sets listed in Schedule A, including historical data back to 2010 and updates published during the Subscription Term.

1.3 "Customer Data" means the information the Customer submits to the API or the platform, including watch lists, field boundaries, contract positions, queries and user details.

1.4 "Subscription Year" means each of: Subscription Year 1, from 1 April 2027 to 31 March 2028; and Subscription Year 2, from 1 April 2028 to 31 March 2029.

1.5 "Initial Term" means Subscription Year 1 and Subscription Year 2 together.

1.6 "Connectors" means the data mapping and loading programs the Provider builds for the Customer to bring the Licensed Data into the Customer's trading and risk systems.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to store the Licensed Data in its own systems and to use it internally for its business, including in reports to its management, banks and auditors.

2.2 The Customer may not resell the Licensed Data or publish it in substantially raw form. Derived figures, analyses and decisions made using the Licensed Data belong to the Customer and may be kept after the Subscription Term.

2.3 The subscription covers up to 40 named users and up to 3,000,000 API calls per calendar month. Calls above that allowance are charged at CNY 0.02 per call, invoiced monthly in arrears.

3. FEES AND PAYMENT

3.1 The fees for the Initial Term are: subscription fee for Subscription Year 1, CNY 384,000; subscription fee for Subscription Year 2, CNY 384,000; and a one-time integration support fee of CNY 42,000 for the Connectors. The total fees for the Initial Term are CNY 810,000, including VAT, excluding any usage above the allowance in clause 2.3.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid invoice.

3.3 The integration support fee is invoiced after Integration Acceptance under clause 4 and is payable within thirty days after receipt of a valid invoice.

3.4 Invoices are issued in CNY by the Provider's authorised distributor in China, which the Provider appoints with the Customer's written consent under clause 11.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall issue API credentials within five working days after signature and deliver the Connectors within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) all data sets in Schedule A are delivered to the Customer's systems through the Connectors on each publication day for twenty consecutive trading days; (b) the loaded values reconcile with the Provider's platform for a sample of two hundred data points selected by the Customer; and (c) the Connectors recover automatically from a simulated interruption without loss of data.

4.3 On successful tests the Customer shall sign an Integration Acceptance note. Access to the API before that note is signed does not amount to acceptance.

4.4 If the API credentials or the Connectors are delivered late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 650 for each day of delay.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API and the platform available and to publish updates of the Licensed Data according to its normal publication calendar.

5.2 The Provider will provide support by e-mail and through its online help centre during UK business hours and will use reasonable efforts to answer support requests promptly.

5.3 The Provider may carry out maintenance of the API from time to time and will try to give the Customer advance notice of planned maintenance.

5.4 The Provider may improve or change the format of the Licensed Data or the API, giving the Customer at least sixty days' notice of any change that removes a data field or an API version.

5.5 The Provider does not warrant that the API or the platform will be uninterrupted or error-free, or that the Licensed Data will be complete at every publication time.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API, the platform and support to the Customer, and shall not use it for any other purpose, including aggregated or anonymised market analysis.

6.2 At the end of the Subscription Term the Provider shall delete Customer Data within thirty days and confirm deletion in writing.

7. DATA SECURITY

7.1 The Provider shall keep Customer Data secure using encryption in transit and at rest, access restricted to named support staff with multi-factor authentication, and logging of all access. The Provider holds an ISO/IEC 27001 certificate and shall keep it valid during the Subscription Term.

7.2 The Provider shall notify the Customer within twenty-four hours of any unauthorised access to, or loss of, Customer Data, take immediate steps to contain it and provide a written incident report.

7.3 The Provider is liable for losses of the Customer resulting from a breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Provider and its licensors own the Licensed Data, the API and the platform.

8.2 The Connectors, including their source code and documentation, are made specifically for the Customer and belong to the Customer, which may use, modify and have them maintained by others without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's positions and trading strategies and the Provider's methods, and shall use it only for this Agreement.

9.2 This obligation continues for three years after this Agreement ends.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or for loss of profit, except in case of fraud or wilful misconduct.

10.2 The Licensed Data is compiled from sources believed reliable. The Customer is responsible for its trading decisions.

10.3 Each party's total liability under this Agreement is limited to 200% of the total fees for the Initial Term stated in clause 3.1.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the provision of the API, the Connectors or support, or appoint a distributor for this Agreement, without the Customer's prior written consent.

11.2 The Provider remains responsible for the acts and omissions of any approved subcontractor.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and continues for the Initial Term.

12.2 At the end of the Initial Term, this Agreement renews automatically for a further Subscription Year, and then for further Subscription Years, unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year. The subscription fee for each renewal Subscription Year shall be the Provider's list price then in effect, which the Provider may increase by notice to the Customer before the renewal date.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it. On termination for the Provider's breach, the Provider shall refund the subscription fees paid for the remainder of the current Subscription Year.

12.4 On expiry or termination the Customer shall stop calling the API, but may keep Licensed Data received before that date for its internal records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 This Agreement, with Schedule A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be sent to the addresses above or by e-mail to the contacts named in Schedule A.

14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failures of public networks or acts of government, if it notifies the other party promptly.

SCHEDULE A - LICENSED DATA AND CONTACTS

A.1 Daily cash and futures prices for wheat, maize, soybeans, barley and rapeseed at the main ports and exchanges covered by the Provider.

A.2 Weekly crop condition indices for the main producing regions of the Americas, the Black Sea area, Europe and Australia.

A.3 Daily weather observations and fifteen-day forecasts for the same regions.

A.4 Contacts: for the Provider, the Account Director; for the Customer, the Head of Market Research.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files
FILES = {
    "z01": ("h1120z01_forestry_wildlife_monitoring_platform.pdf", Z01),
    "z02": ("h1120z02_mower_factory_line_control_retrofit.docx", Z02),
    "z03": ("h1120z03_pastry_school_booking_membership_saas.txt", Z03),
    "z04": ("h1120z04_slope_monitoring_om_service.txt", Z04),
    "z05": ("h1120z05_new_year_print_workshop_tracking_supplier_template.md", Z05),
    "e01": ("h1120e01_maintenance_planning_licence_romsey_vendor.pdf", E01),
    "e02": ("h1120e02_field_service_saas_order_form_lymington_vendor.md", E02),
    "e03": ("h1120e03_paper_mill_vibration_sensors_wimborne_vendor.docx", E03),
    "e04": ("h1120e04_managed_it_services_shaftesbury_vendor.md", E04),
    "e05": ("h1120e05_commodity_data_api_subscription_sherborne_vendor.txt", E05),
}

G, S = "goods_or_licence", "service"
# design: category, terms (API order), extra, tco (value, fee base, warranty months, fee %), forum outside mainland,
# price items, payment shares, expected rules (my design list)
DESIGN = {
    "z01": dict(category="software", forum_out=False,
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1980000),
                tco=(1980000, 1180000, 36, 10), items=[1180000, 646000, 118000, 36000], pay=[20, 45, 35],
                rules=[]),
    "z02": dict(category="hardware", forum_out=False,
                terms=[None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, False, True, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1760000),
                tco=(1760000, 1479800, 24, 8), items=[672000, 342000, 81600, 99200, 285000, 146000, 118000, 16200], pay=[20, 50, 25, 5],
                rules=["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "z03": dict(category="cloud", forum_out=False,
                terms=[99.5, 0.5, True, "buyer", True, False, True, 650 / 590000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=590000),
                tco=None, items=[40 * 5600 * 2, 36000 * 2, 58000, 12000], pay=None,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", forum_out=False,
                terms=[99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=612000),
                tco=None, items=[312000, 168000, 74000, 58000], pay=None,
                rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "z05": dict(category="software", forum_out=False,
                terms=[None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 25, False, True, None, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=592000),
                tco=(592000, 460000, 6, 25), items=[460000, 98000, 34000], pay=[50, 50],
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", forum_out=True,
                terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "England and Wales", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1790000),
                tco=(1790000, 1260000, 18, 11), items=[1260000, 388000, 142000], pay=[20, 45, 35],
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", forum_out=False,
                terms=[99.5, 0.5, True, "buyer", True, True, True, 500 / 762000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=762000),
                tco=None, items=[286000 * 2, 54000 * 2, 68000, 14000], pay=None,
                rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": dict(category="hardware", forum_out=False,
                terms=[None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1986000),
                tco=(1986000, 1790000, 36, 9), items=[320 * 3150, 16 * 18500, 486000, 168000, 28000], pay=[10, 55, 35],
                rules=[]),
    "e04": dict(category="services", forum_out=False,
                terms=[99.95, 0.25, True, "buyer", False, True, True, 1800 / 2184000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
                tco=None, items=[58000 * 36, 96000], pay=None,
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(category="cloud", forum_out=False,
                terms=[None, None, False, "buyer", True, True, True, 650 / 810000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
                extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=810000),
                tco=None, items=[384000, 384000, 42000], pay=None,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100, prepayment_pct=30,
          warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH = 40


def tco_share(tco):
    if tco is None:
        return None
    value, base, wm, pct = tco
    years = max(0.0, 5 - wm / 12)
    post = base * pct / 100 * years
    return post / (value + post) * 100


def derive(d):
    """My reading of policy §3, from the label values (and the design's forum flag and TCO figures)."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    x = d["extra"]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
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
        share = tco_share(d["tco"])
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.90*(?!\d)",                                                          # 99.9 availability
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h(?![a-z])|个?小时)", r"(?<!twenty)(?<!twenty-)(?<!twenty\s)four[\s-]*hours?",  # 4 hours
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",          # 0.05 % per day
    r"(?<![\d.,])100" + PCT, r"one\s*hundred" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"(?<![\d.,])30" + PCT, r"thirty" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.,])15" + PCT, r"fifteen" + PCT, r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.,])40" + PCT, r"forty" + PCT, r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月)", r"twelve[\s-]*months?", r"十二个月",
    r"(?<![第每任\d])一年", r"(?<![\d.,])1\s*-?\s*(?:年|years?(?![a-z]))", r"one[\s-]*years?(?![a-z])",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "a 4-hour fix", "four hours", "4小时", "四小时", "四个小时", "0.05%",
            "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 per cent", "百分之三十", "15%",
            "百分之十五", "40%", "百分之四十", "12 months", "12-month", "twelve months", "12个月", "十二个月", "质保期一年",
            "1 year", "one year", "三成"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "14 hours", "二十四小时", "24小时", "1.4 hours", "0.055%", "万分之八", "150%",
             "200%", "130%", "0.30%", "百分之三十五", "115%", "140%", "24 months", "36 months", "第一年", "每年",
             "二十四个月", "twenty-four hours", "twenty four hours", "thirty days", "30 days", "fifteen days", "forty-five days", "18 months", "2027年3月1日", "48小时"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s).group(0))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, _src) in FILES.items():
        d = DESIGN[key]
        lang = "zh" if key.startswith("z") else "en"
        path = OUT / name
        text = read_back(path)
        # lengths
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        # thresholds in the text: raw, whitespace-collapsed, whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        # price sums and payment splits
        value = d["extra"]["contract_value"]
        assert sum(d["items"]) == value, (name, sum(d["items"]), value)
        if d["pay"]:
            assert sum(d["pay"]) == 100 and TH["prepayment_pct"] not in d["pay"], (name, d["pay"])
        # label values against thresholds
        t = dict(zip(TERM_KEYS, d["terms"]))
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (name, k, t[k])
        share = tco_share(d["tco"])
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (name, share)
        # rules
        rules = derive(d)
        assert rules == sorted(d["rules"]), (name, rules, d["rules"])
        covered |= set(rules)
        extra = dict(d["extra"])
        if t["contract_kind"] != G:
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        label = {"file": name, "language": lang, "category": d["category"], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%-66s %5d %s %-6s %s" % (name, n, "words" if lang == "en" else "chars", risk(rules),
                                        ", ".join(r[3:] for r in rules) or "(none)"),
              "" if share is None else "TCO share %.1f %%" % share)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = {k: len(derive(DESIGN[k])) for k in DESIGN}
    assert mix["z05"] in range(8, 11) and mix["e01"] == 1
    assert sorted(k for k in mix if mix[k] == 0) == ["e03", "z01"]
    assert risk(derive(DESIGN["e01"])) == "low"
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
