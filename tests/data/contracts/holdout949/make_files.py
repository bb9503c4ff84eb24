"""holdout949: builds the ten blind held-out drafts and their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Sources of every draft are kept below. .txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py
(markup: T: title, H: heading, P: paragraph, TB: table row). Labels are written from LABELS. Then every built file
is read back (python-docx / pypdf / text) and checked: length ranges, no threshold figure (regex scan on raw,
whitespace-collapsed and whitespace-free text), no label value on a threshold, and the expected rules derived from
the labels against the design list, with coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H949Z01 = """T:休闲农业与露营地监管平台建设项目合同
P:合同编号：NYJ-ZC-2027-0316
P:采购人（甲方）：某市农业农村局
P:供应商（乙方）：某信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件及乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方提供休闲农业与露营地监管平台软件许可一套（含市级监管端及区县子账号，不限用户数），并完成定制开发、数据对接迁移、部署实施及培训。
P:1.2 定制开发内容包括：露营地备案与年度核查模块、监管巡查移动端、游客预约及客流预警接口、消防与食品安全隐患台账、舆情线索处置流程，以及向省级农业农村大数据平台报送数据的接口。
P:1.3 数据迁移范围为甲方现有休闲农业经营主体名录、星级农家乐评定档案及近三年的巡查记录。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），其中：平台软件许可费¥720,000；定制开发费¥486,000；数据对接与迁移费¥118,000；部署实施及培训费¥56,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 系统部署完成并通过初验后，甲方支付合同总价的50%。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 甲方按财政资金支付流程办理付款，因国库集中支付程序造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后一百二十日内完成部署并提交初验申请；初验合格后进入九十日试运行，试运行结束后进行最终验收。
P:4.2 验收标准：（一）需求规格说明书所列功能逐项测试通过；（二）迁移数据经抽样核对，主体名录及档案记录无遗漏、无错配；（三）在三百名用户并发时，常用页面响应时间不超过两秒；（四）与省级平台的接口连续十五日报送无差错；（五）通过第三方安全测评，且无高危漏洞。
P:4.3 验收由甲方组织，可邀请行业专家参加，并出具书面验收报告。系统上线或甲方使用、付款，均不视为验收合格。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:5.2 质保期内，因国家或省级农业农村部门监管口径调整需要对报表格式、统计指标进行的小幅修改，乙方应免费完成；涉及新增功能模块的，双方另行协商。
P:5.3 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥57,600），该价格在质保期满后的三个维护年度内保持不变。
H:第六条 服务水平
P:6.1 乙方保证平台月可用率不低于99.5%，计划内维护应提前三个工作日通知甲方并安排在夜间进行。月可用率按当月平台可正常访问的时长除以当月总时长计算，计划内维护时间不计入不可用时长，每月由乙方提交运行报告并经甲方确认。
P:6.2 故障分为三级。一级故障（平台整体不可用或预约接口中断）乙方应在30分钟内响应，二小时内到场或远程处置；二级故障二小时内响应；三级故障于下一个工作日内响应。
P:6.3 乙方每迟延响应一小时，甲方可从当期应付款中扣减¥800；月可用率每低于承诺值0.1个百分点，扣减¥1,500，扣款可从应付款项中直接抵扣。
H:第七条 数据安全
P:7.1 平台中的经营主体信息、游客预约信息、巡查记录及其衍生数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:7.2 乙方应按照网络安全等级保护第三级要求实施部署，对个人信息加密存储、最小授权访问，远程运维须经甲方审批并通过堡垒机进行，操作日志留存不少于六个月。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对履行合同过程中知悉的甲方工作秘密、未公开的监管信息和系统账号口令负有保密义务，未经甲方书面同意不得向第三方披露。
P:8.2 保密义务在合同终止后五年内继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码。
P:9.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付软件不侵犯第三方权利，否则由乙方负责处理并承担费用。
H:第十条 分包
P:10.1 乙方可将外业数据采集及部分接口开发工作分包给具备相应能力的单位，但应提前五个工作日书面通知甲方，并将分包单位名称及分包内容报甲方备案。
P:10.2 乙方对分包单位的工作质量及其行为向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按约定期限完成部署或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
P:12.2 乙方发生数据泄露等严重安全事件，或未经甲方同意将平台数据用于本合同以外目的的，甲方有权立即解除合同，并要求乙方赔偿由此造成的全部损失。
P:12.3 合同解除后，乙方应在十日内移交已完成的成果、全部数据及相关文档。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 项目实施与培训
P:14.1 乙方应在合同签订后十日内组建项目组，指定具有同类项目经验的项目经理常驻甲方，未经甲方同意不得更换项目经理及核心开发人员。
P:14.2 乙方应编制实施方案、测试方案及上线切换方案，经甲方确认后执行；每两周向甲方提交项目进度报告，如实说明风险及应对措施。
P:14.3 乙方应为甲方及区县农业农村部门的管理员、巡查人员提供不少于三期的现场培训，并提供操作手册、管理员手册和培训视频，确保相关人员能够独立使用平台。
P:14.4 平台部署于甲方指定的政务云资源，乙方不得擅自将任何数据或程序部署到其他环境，测试使用的数据应由甲方提供并经脱敏处理。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方可据此协商延期履行或变更合同。
P:15.2 不可抗力持续超过六十日致使合同目的无法实现的，任何一方可书面通知解除合同，双方按已完成的工作量结算。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
P:16.2 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：____________ 乙方（盖章）：____________
P:签订日期：2027年3月16日
"""

H949Z02 = """T:生产线控制系统改造合同
P:合同编号：YCD-SB-2027-021
P:甲方：某户外用品有限公司（野餐垫厂）
P:乙方：某自动化工程有限公司
P:甲方现有三条复合野餐垫生产线（裁切、复合、绗缝及包边工段）的控制系统老化，故障停机频繁。经比选，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线共六个控制单元的PLC控制柜更换、伺服驱动系统更新、人机界面更换、视觉检测单元加装，以及产线监控软件的部署，实现各工段的联动控制、配方管理、产量与停机统计。
P:1.2 乙方负责编制PLC程序和HMI画面，与甲方现有的ERP系统对接工单及产量数据，并在甲方安排的停线窗口内完成切换，每条生产线的停线时间不超过五日。
P:1.3 改造后的设备、软件应满足甲方技术规格书的要求，技术规格书为本合同附件一。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC、IO模块、柜体）|6套|86,000|516,000
TB:2|伺服驱动器及伺服电机|18套|9,800|176,400
TB:3|触摸屏人机界面|6台|7,200|43,200
TB:4|视觉检测单元（含工业相机、光源）|3套|42,000|126,000
TB:5|产线监控软件许可（永久授权）|1套|168,000|168,000
TB:—|软硬件小计|—|—|1,029,600
TB:6|安装调试及停线切换|1项|148,000|148,000
TB:7|PLC程序及HMI画面设计|1项|96,000|96,000
TB:8|操作及维护培训|1项|16,400|16,400
TB:—|合同总价|—|—|1,290,000
P:2.2 上述价格含税、运输、保险、安装辅材及质保期内的服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收及安装完成仅确认数量和外观，不视为验收。
P:3.3 改造系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，并按甲方的生产计划分三批完成各生产线的切换。
P:4.2 每批切换前七日，乙方应向甲方提交切换计划，写明停线时间、人员安排、所需甲方配合事项及回退条件；甲方有权根据订单情况调整切换顺序，但应提前三日通知乙方。
P:4.3 乙方延迟交付或延迟完成切换的，应采取加班、增加人员等措施追赶工期，并赔偿甲方因此遭受的停产损失。
H:第五条 验收
P:5.1 每条生产线切换完成后进行单线调试，全部生产线调试完成后连续试生产二十日，试生产期满后进行最终验收。
P:5.2 验收标准：（一）设备型号、数量与合同一致，随机资料齐全；（二）各工段联动正常，换型时间较改造前缩短三分之一以上；（三）视觉检测对缝线偏移、包边缺陷的检出率不低于98%，误报率不高于2%；（四）试生产期间未发生因控制系统原因导致的停线超过三十分钟的故障；（五）产量与停机数据与ERP对账一致。
P:5.3 验收合格的，双方签署最终验收报告；设备投入使用、试生产或付款均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级和程序调整。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每年¥92,664，该费用在质保期满后的三年内固定不变，维保内容包括预防性巡检、备件更换、程序优化及远程支持。
P:6.3 故障分级与响应要求如下表：
TB:故障级别|定义|响应时间|到场时间
TB:一级|整条生产线停机|1小时|8小时
TB:二级|单个工段异常或检测单元失效|2小时|次日
TB:三级|报表、界面等一般问题|8小时|按约定
P:6.4 乙方响应或到场每迟延一小时，甲方可从应付款或维保费中扣减¥500；同一故障七日内重复发生三次的，乙方应免费更换相关部件。
H:第七条 数据与网络安全
P:7.1 生产线运行数据、配方参数、工单及产量数据均属于甲方所有，乙方仅可为本合同之目的使用，不得复制、留存或向任何第三方提供。
P:7.2 乙方应对控制网络与办公网络进行隔离，关闭不必要的端口和服务；远程维护须事先经甲方设备部书面批准，通过甲方提供的专用通道进行，并保留操作记录。
P:7.3 因乙方原因造成控制系统遭受病毒、勒索软件攻击或数据丢失、被篡改的，乙方应立即采取措施恢复，并承担由此给甲方造成的全部损失。
P:7.4 乙方交付的软件及程序不得包含后门、隐藏账号或定时锁机等限制甲方使用的功能，乙方调试用账号应在验收前注销。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、HMI画面、配方模板及对接程序的知识产权归甲方所有，乙方应交付可编辑的工程文件及源代码，甲方可自行修改或委托他人修改。
P:8.2 产线监控软件的知识产权归原权利人，乙方保证甲方获得永久使用许可。
H:第九条 分包
P:乙方不得将本合同项下的工作转包。电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。分包单位人员进入甲方厂区的，同样应遵守甲方的安全生产、消防及门禁管理制度，并由乙方统一登记管理。
H:第十条 项目管理与培训
P:10.1 乙方应指定一名具有自动化项目经验的项目经理，负责现场协调，并在开工前提交施工组织方案、切换方案及应急回退方案，经甲方确认后实施。每次切换前，乙方应在旧控制柜保留可恢复的状态，确保切换失败时能在八小时内恢复原有生产。
P:10.2 乙方应为甲方操作工、班组长及设备维修人员分别提供培训，培训内容包括设备操作、配方管理、常见报警处理、PLC程序备份与恢复，培训结束后由甲方组织考核，考核合格人数不少于甲方指派人数的九成。
P:10.3 乙方应在最终验收前提交竣工资料，包括电气原理图、接线图、IO表、程序注释说明、备件清单及维护手册，纸质版一式三份并附电子版。
H:第十一条 备件与停产
P:11.1 乙方应在最终验收前向甲方提供一批随机易损件，并保证所供主要部件在验收后八年内有备件供应；部件停产的，乙方应提前六个月通知甲方并提供兼容替代方案。
P:11.2 质保期内乙方更换的部件，其质保期自更换之日起重新计算，但不短于原质保期的剩余期间。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 改造系统经两次验收仍不合格的，甲方有权解除合同，要求乙方拆除设备并恢复原状。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 乙方人员进入甲方厂区应遵守甲方安全生产及消防管理制度，动火、登高等作业须办理审批手续。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：设备清单。
P:甲方（盖章）：____________ 乙方（盖章）：____________
"""

H949Z03 = """风洞飞行体验门店预约及会员管理系统服务合同

合同编号：FD-IT-2027-008
甲方：某室内跳伞运动管理有限公司
乙方：某云科技有限公司

甲方在全国经营35家室内风洞飞行体验门店。为统一门店预约、会员、储值及教练排班管理，甲方订购乙方的预约及会员管理SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店提供预约及会员管理SaaS服务，包括线上预约与改签、飞行时段与风洞档位排班、教练排班、会员等级与储值、团购核销、体验视频交付及经营报表。
2. 服务按门店计费，新开门店可按本合同单价增购，服务期与本合同一致。
（二）实施服务
1. 乙方负责系统配置、门店及教练资料初始化、甲方原有会员数据迁移、微信小程序对接、收银与支付通道对接及管理员培训。
2. 乙方为甲方定制的小程序页面、报表模板、接口配置属于本合同交付成果。
3. 乙方负责将甲方原有会员系统中约十八万名会员的资料、储值余额、剩余飞行时长及消费记录迁移至新系统，迁移前应提交迁移方案及校验规则，经甲方确认后实施。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算。
（二）服务期满，如任何一方未在期满前三十日书面提出不续订，本合同自动续订一个服务年度，可连续续订。续订时乙方有权调整订阅单价，每次上调幅度不超过上一服务年度单价的8%，乙方应在期满前四十五日通知甲方调整后的价格。

三、费用与支付
（一）合同总价为人民币柒拾贰万元整（¥720,000），其中：
1. 订阅费：每家门店每服务年度¥8,600，35家门店每服务年度¥301,000，两个服务年度合计¥602,000；
2. 实施费：¥118,000，一次性支付。
（二）实施费在上线验收合格后十五个工作日内一次付清。
（三）订阅费按季度结算，每季度末由乙方开具发票，甲方在收到发票后十五个工作日内支付当季订阅费¥75,250。
（四）本合同不设预付款。
（五）服务期内甲方新开门店的，按每店每服务年度¥8,600的单价自该店上线当月起按月折算计费；门店关闭的，甲方提前三十日书面通知后，自次月起停止计费。
（六）支付通道手续费、短信费由甲方按实际发生额另行承担，不计入合同总价。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店上线，并提交上线验收申请。
（二）验收标准：
1. 35家门店均可正常预约、改签、核销及结账，门店收银日结数据与支付通道对账一致；
2. 迁移的会员、储值余额及剩余飞行时长经甲方逐店核对无差异；
3. 在两千名用户同时预约时，小程序下单响应时间不超过三秒；
4. 连续试运行十日，未发生一级故障。
（三）验收合格后双方签署上线验收单。试运行或门店使用不视为验收合格。
（四）上线切换应逐店进行，乙方应为每家门店制定切换计划，切换当日派员远程值守，确保门店营业不受影响；切换失败的，乙方应在两小时内恢复门店原有预约方式。
（五）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）乙方保证系统月可用率不低于99.95%，计划内维护应安排在凌晨零点至六点之间，并提前三日通知甲方。
（二）一级故障（全部或多家门店无法预约、收银）乙方应在30分钟内响应，两小时内恢复；二级故障（单店或单项功能异常）一小时内响应；三级故障当日响应。
（三）月可用率低于承诺值的，按下表的比例减免当季订阅费：低于99.95%但不低于99.5%的，减免当季订阅费的5%；低于99.5%的，减免10%。一级故障响应每迟延一小时，减免¥1,000。

（四）乙方应提供全年无休的客服热线及在线工单系统，并为甲方指定一名客户成功经理，每季度与甲方召开服务回顾会，提交可用率、故障、工单及改进事项的服务报告。
（五）乙方对系统进行版本升级的，应提前七日通知甲方升级内容；涉及预约、收银流程变化的升级，应先在测试环境供甲方确认，且不得在周末及法定节假日的营业高峰时段进行。

六、培训与配合
（一）乙方应在上线前为甲方总部管理员、门店店长及前台人员分批提供培训，并提供操作手册和培训视频；新开门店上线时，乙方应提供远程培训。
（二）甲方应指定项目负责人，按乙方的合理要求提供门店资料、原有会员数据和支付通道资料，并组织门店配合上线切换。因甲方未按期提供资料导致上线延迟的，工期相应顺延。
（三）甲方负责门店网络、收银终端及扫码设备的正常运行，乙方应提供设备兼容清单及配置指导。

七、数据
（一）甲方会员的身份信息、联系方式、健康声明、预约及消费记录（"甲方数据"）属于甲方所有。
（二）乙方有权在服务期内及服务期满后，将甲方数据进行去标识化及汇总处理后，用于行业分析报告、产品改进及向其他客户提供的经营对标服务。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求导出并移交全部甲方数据，随后删除系统中的原始数据。导出数据应采用通用格式，包含会员、储值、预约、消费及核销的完整字段说明。

八、数据安全
（一）乙方应将系统部署在境内云资源，对会员个人信息加密存储，按最小必要原则授权访问，并保存访问日志不少于六个月。
（二）乙方应落实个人信息保护法及数据安全法的要求，每服务年度进行一次渗透测试，并将结果提交甲方。
（三）发生数据泄露或系统被入侵的，乙方应在两小时内通知甲方，配合开展调查和通知会员；因乙方原因造成损失的，由乙方承担赔偿责任。

九、保密
双方对在合作中知悉的对方商业信息、价格、经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应要求其接触甲方信息的员工及客服人员签署保密承诺，并对其违反保密义务的行为向甲方承担责任。

十、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板及接口配置归甲方所有，甲方可自行使用、修改或交由第三方维护。

十一、责任限制
乙方在本合同项下的累计赔偿责任，以违约行为发生前六个月内甲方已支付的订阅费总额为限，但乙方故意或重大过失造成的损失除外。

十二、转委托
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作委托给第三方。

十三、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内仍未纠正的，对方有权解除合同。
（二）因不可抗力导致本合同无法继续履行的，双方可协商解除合同，互不承担违约责任。
（三）乙方连续两个季度月可用率低于99.5%的，甲方有权解除合同，双方按实际服务期间结算订阅费。

十四、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十五、其他
（一）本合同附件包括：附件一服务说明及功能清单；附件二实施计划；附件三服务水平及服务报告模板。附件与正文不一致的，以正文为准。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H949Z04 = """灌区渠系闸门远程控制系统年度运维服务合同

项目编号：SLJ-CS-2027-005（竞争性磋商）
采购人（甲方）：某县水利局
供应商（乙方）：某水利信息工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就灌区渠系闸门远程控制系统运维服务事宜订立本合同。

第一条 服务范围
1. 运维对象为甲方灌区干渠、支渠上已建成的186座远程控制闸门及其配套设施，包括闸门启闭机控制柜、水位及流量计、视频监控点、太阳能供电设备、无线通信终端，以及部署在甲方机房的闸门远程控制平台。
2. 服务内容包括：日常巡检及维护、故障维修及备件更换、平台及通信链路运维、汛期值守保障、运行数据整理及月度报告。
3. 服务地点为灌区现场及甲方调度中心。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满后本合同不自动续期，甲方如需继续采购，将依法另行组织采购。

第三条 合同价款
1. 合同总价为人民币陆拾陆万元整（¥660,000），其中：日常巡检及维护费¥312,000，故障维修及备件包干费¥168,000，平台及通信链路运维费¥126,000，汛期值守保障费¥54,000。
2. 备件包干范围内的传感器、控制板、通信模块、蓄电池等由乙方自行承担；启闭机主体及闸门门体的大修不在包干范围内，由甲方另行安排。
3. 本合同为固定总价，服务期内不因人工、材料价格变动而调整。甲方在服务期内新增闸门站点的，按响应文件中的单站运维单价另行结算。

第四条 付款方式
1. 本合同不设预付款。
2. 服务费按季度支付，每季度¥165,000。每季度结束后，甲方在十日内完成季度考核，考核合格后十五个工作日内支付当季服务费。
3. 季度考核发生扣款的，从当季服务费中直接扣减。

第五条 服务要求
1. 乙方应组建不少于六人的运维团队，其中驻场人员两名，负责调度中心值守及平台日常运行，其余人员负责现场巡检。
2. 日常巡检：每月对全部闸门站点至少巡检一次，检查启闭机控制柜、传感器、供电及通信状态，清理水位计探头附近的漂浮物，并填写巡检记录。
3. 汛期（每年5月至9月）实行全天候值守，乙方应在每年4月20日前完成汛前全面检修，并提交检修报告。
4. 乙方每月5日前提交上月运维月报，内容包括巡检完成情况、故障及处理、备件使用、平台运行指标及整改建议。
5. 乙方应建立备件库，常用传感器、控制板、通信模块及蓄电池的库存数量不少于附件所列最低数量，并在每季度考核时接受甲方盘点。
6. 灌溉供水期内，乙方应配合各灌溉管理站完成配水计划的闸门远程调度，发现闸门开度与指令不符、水位异常等情况的，应立即报告调度中心。

第六条 服务水平
1. 闸门远程控制平台月可用率不低于99.95%。
2. 故障分级与时限：
（1）一级故障：平台中断，或汛期内闸门无法远程启闭、水位数据中断。乙方应在30分钟内响应，六小时内到达现场，三十六小时内恢复；
（2）二级故障：非汛期单站闸门远控失效或视频中断。一小时内响应，次日到场处理；
（3）三级故障：一般性问题，三个工作日内处理完毕。
3. 平台月可用率低于承诺值的，每低0.01个百分点扣减当季服务费¥1,000；一级故障响应或到场每迟延一小时扣减¥800；恢复每迟延一小时扣减¥500。
4. 因上游来水、地质灾害等不可抗力造成设施损毁的，不计入乙方故障处理时限，但乙方应及时报告并配合抢修。

第七条 考核与验收
1. 季度考核指标：巡检记录完整、无漏检站点；一级、二级故障均在时限内处置；运维月报按时提交；汛期值守无脱岗。考核结果经甲方与乙方双方签字确认。
2. 服务期满前十五日，甲方组织年度验收，验收内容包括：全部站点设备运行正常，备件台账与实际相符，汛前检修报告及整改事项全部闭环，运维资料完整移交。
3. 年度验收合格后，双方签署验收报告；季度服务费的支付不视为年度验收合格。

第八条 数据安全
1. 闸门运行数据、水位流量数据、控制指令日志及视频资料均属于甲方所有，乙方仅可为履行本合同使用，不得复制带离或用于其他目的。
2. 乙方对平台的运维操作应通过甲方堡垒机进行，禁止在控制网络中使用个人设备和移动存储介质；远程运维须经甲方逐次审批。
3. 乙方应落实网络安全等级保护要求，定期检查平台漏洞并及时修复；发生数据泄露、篡改或控制指令异常的，乙方应立即停止相关操作，在一小时内报告甲方，并承担因其原因造成的全部损失。

第九条 保密
乙方对服务中知悉的灌区调度方案、工程图纸、系统口令及甲方未公开的信息负有保密义务，未经甲方书面同意不得向任何第三方披露，乙方应对其运维人员进行保密教育并签订保密承诺书，本条在合同终止后继续有效。

第十条 知识产权
乙方在服务中编制的巡检记录、运维月报、检修报告、运维脚本及系统配置文档归甲方所有，甲方可自行使用、修改或交由其他单位使用。

第十一条 分包
乙方不得转包本合同。涉及水下作业、起重吊装等特种作业确需分包的，应事先取得甲方书面同意，且分包单位须具备相应资质，乙方对分包工作承担全部责任。

第十二条 违约责任
1. 乙方未在约定时间前完成汛前全面检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方运维失职导致闸门误动作、漏水或灌溉调度失误的，乙方应赔偿甲方及第三方的实际损失。
3. 乙方运维人员数量不足或驻场人员擅自离岗的，甲方有权要求乙方限期补足人员，并在当季考核中予以扣分，该处理不影响甲方依本合同享有的其他权利。

第十三条 合同解除
1. 乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内仍未改正的，甲方有权解除合同。
2. 合同解除的，乙方应在七日内移交全部运维资料、备件及系统账号，双方按实际服务期间结算服务费。

第十四条 人员与安全生产
1. 乙方现场人员应持有电工作业等相应证书，并购买意外伤害保险。乙方应在合同签订后五日内向甲方报送人员名单及证书复印件，人员变动须提前报告甲方。
2. 乙方人员在渠道、闸室等临水区域作业时应穿戴救生衣，雷雨、大风及行洪期间不得冒险作业；操作闸门前应与调度中心确认，不得擅自启闭闸门。
3. 乙方人员在作业中发生的人身伤害由乙方负责处理，但因甲方设施缺陷造成的除外。

第十五条 甲方义务
1. 甲方应向乙方提供设施台账、竣工图纸、平台管理员账号及必要的工作场所，并协调各灌溉管理站配合乙方巡检。
2. 甲方应及时审批乙方提出的远程运维申请及整改建议；超出备件包干范围的维修，由甲方在收到乙方报价后五个工作日内确认。
3. 甲方调度人员应按操作规程使用平台，因甲方人员误操作造成的故障，乙方应协助处理，不计入乙方考核。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
1. 磋商文件、响应文件及成交通知书为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
签订日期：2027年2月20日
"""

H949Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

> 本合同为乙方标准合同文本（匠迹合同范本 V3.0），空白处由双方填写。

合同编号：JJ-2027-0412

甲方（客户）：某木雕艺术工作室

乙方（供应商）：某软件科技有限公司

甲方拟使用乙方"匠迹"工序追踪系统，管理木雕作品从选料、开坯、粗雕、细雕、打磨、上漆到包装发货的全过程。双方经友好协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠迹"工序追踪系统软件许可一套，许可范围为甲方工作室内部使用，含十个用户账号及六台扫码终端授权，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：木料批次及产地档案、工序流转卡及扫码报工、大师工时统计、客户定制订单进度查询小程序、作品证书及溯源二维码。

1.3 乙方负责在甲方电脑及服务器上安装部署系统，并进行基础数据导入和操作培训。

1.4 乙方为甲方工作室的管理人员及雕刻师傅提供一次集中操作培训，培训时长不超过两日，培训后新增人员的培训另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（永久） | 168,000 |
| 2 | 定制开发 | 42,000 |
| 3 | 安装部署、数据导入及培训 | 14,000 |
| | 合同总价 | 224,000 |

2.1 合同总价为人民币贰拾贰万肆仟元整（¥224,000），含税。

2.2 因甲方需求变更导致的额外开发工作，乙方按每人日¥2,200另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥145,600。

3.2 系统安装部署完成并上线运行后五个工作日内，甲方支付合同总价的35%，即¥78,400。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日万分之三收取滞纳金。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成定制开发及安装部署。

4.2 因甲方未及时提供需求资料、工序样本或场地条件导致延期的，交付期限相应顺延。

4.3 乙方交付内容包括：安装完成的系统、定制功能、用户操作手册及管理员手册的电子版。源代码不属于交付内容。

4.4 甲方应为系统运行提供符合乙方配置要求的服务器、电脑、网络及扫码终端。因甲方硬件或网络环境不符合要求导致系统运行异常的，乙方不承担责任。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后三日内书面提出，逾期未提出的，视为无异议。

## 第六条 免费维护期及维保服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的26%，即每年¥43,680，维保服务内容包括缺陷修复、版本升级及远程技术支持。

6.3 甲方未购买维保服务的，乙方不再提供任何技术支持及升级服务。

6.4 甲方中断维保服务后重新购买的，应补缴中断期间的维保费。维保费于每个维保年度开始前一次性支付。

6.5 以下情况不属于免费维护及维保服务范围：甲方自行修改系统配置或数据库；甲方硬件、操作系统或网络故障；病毒感染；甲方要求新增的功能。

## 第七条 技术支持

7.1 乙方提供工作日9:00至18:00的电话及远程支持。

7.2 系统出现一级故障（系统无法登录或扫码报工全部中断）时，乙方在8小时内响应；其他故障在两个工作日内响应。

7.3 乙方将尽力解决甲方提出的问题，但不保证系统运行不中断或完全无错误。

7.4 乙方发布新版本时，将通过系统公告或电话通知甲方。处于维保服务期内的甲方可免费升级，升级产生的数据迁移及二次开发费用另计。

7.5 现场服务须提前预约。乙方派员到甲方现场服务的，甲方应承担差旅费用，并按每人日¥1,800支付服务费，免费维护期内亦同。

7.6 乙方为甲方开通在线知识库及客服工单账号，甲方可通过工单提交问题，乙方按提交顺序处理。

## 第八条 知识产权

8.1 "匠迹"系统及其全部组成部分的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、小程序、报表及相关源代码、文档的知识产权同样归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的作品、客户、订单及工时数据属于甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据；远程维护须经甲方同意后进行。发生数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，因乙方原因造成甲方损失的，乙方承担赔偿责任。

9.3 合同终止后，乙方应甲方要求协助导出甲方数据，导出格式为乙方系统支持的标准格式，超出标准格式的导出需求另行收费。

## 第十条 保密

双方对在合作中知悉的对方商业秘密、作品设计图稿及客户信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定给对方造成损失的，应承担赔偿责任。

11.3 乙方逾期交付的违约金累计不超过合同总价的5%。因甲方原因或不可抗力导致的延期，乙方不承担违约责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

12.2 甲方未按约定付款超过三十日的，乙方有权解除合同并停止甲方使用系统。

12.3 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 甲方义务

13.1 甲方应指定专人负责与乙方对接，及时提供工序流程、木料分类、订单样本等需求资料，并确认乙方提交的需求说明书。需求说明书经甲方确认后，甲方不得再提出功能变更，确需变更的按第2.2条另行收费。

13.2 甲方应妥善保管系统账号及密码，因甲方员工泄露账号或误操作导致的数据丢失由甲方自行负责。

13.3 甲方应每周自行备份系统数据，乙方在免费维护期内提供备份操作指导。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件为：附件一功能清单；附件二维保服务说明。

16.3 本合同的修改、补充应以书面形式作出，经双方签字盖章后生效。乙方官网公布的产品说明与本合同不一致的，以本合同为准。

甲方（签章）：__________　　乙方（签章）：__________

日期：__________　　日期：__________
"""

H949E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PFS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shandong Hengfeng Feed Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Weifang, Shandong Province (the "Buyer"), and Prairie Feedmill Systems, Inc., a Kansas corporation with its principal office in Liberal, Kansas, United States of America (the "Vendor").
P:The Buyer operates three feed mills and wishes to replace its batching, formulation and inventory software. The Vendor has offered its MillTrack software and related services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MillTrack batching, formulation, ingredient inventory and traceability software in object code, including the modules listed in Annex 1 and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configuration files and documentation created by the Vendor specifically for the Buyer, including the interfaces with the Buyer's ERP, weighbridge and laboratory systems.
P:1.3 "Buyer Data" means all formulations, ingredient records, production and batch records, supplier and customer records and any other data entered into or generated by the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the whole system under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its three feed mills in Weifang, Linyi and Dezhou and at its head office, for an unlimited number of named users, for the Buyer's internal business purposes and those of its affiliates in mainland China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence fee is a one-time fee and no further licence fee is payable for the licensed scope.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the three mills, develop the Custom Deliverables, migrate the Buyer's existing formulation and inventory records, train the Buyer's staff and support the Buyer during go-live, as described in the Statement of Work in Annex 2.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and is present at the Buyer's sites during configuration, testing and go-live. The Vendor shall not replace the project manager without the Buyer's prior consent, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete installation and configuration within 120 days after the Effective Date and shall be ready for Final Acceptance testing within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,560,000, inclusive of VAT, made up of the Licence Fee of CNY 1,060,000, configuration and Custom Deliverables of CNY 372,000, data migration of CNY 84,000 and training of CNY 44,000. The Contract Price is fixed and includes all travel and expenses.
P:4.2 The Buyer shall pay the Contract Price as follows: (a) 20% within 30 days after the Effective Date against the Vendor's invoice; (b) 55% within 30 days after the Installation Certificate for all three mills, which confirms delivery and installation only and is not acceptance; and (c) 25% within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account with a bank in mainland China named in the invoice.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests agreed in the Acceptance Test Plan in Annex 3 together with the Buyer.
P:5.2 Final Acceptance requires that: (a) every function in Annex 1 has passed its test case; (b) batch weights recorded by the Software match the scale readings at each mill within the tolerance in Annex 3; (c) migrated formulations and stock balances have been reconciled with the Buyer's records without unexplained differences; (d) the ERP, weighbridge and laboratory interfaces have run for 20 consecutive working days without error; and (e) the Software has run in production at all three mills for 30 days without a Severity 1 incident.
P:5.3 The Buyer shall sign the acceptance certificate within ten working days after the criteria are met, or shall state in writing which criteria are not met. Use of the Software in production, go-live or payment does not constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide all updates and support free of charge.
P:6.2 Severity 1 incidents (a mill cannot batch or dispatch) shall be responded to within one hour, with a workaround within eight hours; Severity 2 incidents (a module or interface is degraded) within two hours; Severity 3 incidents on the next working day. Support is provided in Chinese by telephone, remote session and, where needed, on site.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Buyer CNY 1,000 against any amount due to the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support and maintenance. The annual support fee is 11% of the Licence Fee, that is CNY 116,600 per year, fixed for the first three support years after the Warranty Period, and covers the same service levels as Article 6.2. Support does not renew automatically; each year is ordered by purchase order.
H:Article 7 Delay
P:7.1 If the Vendor fails to complete installation or to achieve Final Acceptance by the dates in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including to third parties that maintain its systems.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Software shall be installed on the Buyer's servers in mainland China. The Vendor shall access the Buyer's systems only through the Buyer's VPN with personal accounts and multi-factor authentication, with prior approval for each session, and shall not transfer Buyer Data out of mainland China.
P:9.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC, shall keep access logs, and shall notify the Buyer within six hours after becoming aware of any unauthorised access to or loss of Buyer Data. The Vendor is liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including formulations, prices and production data, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:10.2 This Article survives for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and shall hand over all Buyer Data and work in progress.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Kansas, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state courts located in Seward County, Kansas, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 Annex 1 (Functional Scope), Annex 2 (Statement of Work) and Annex 3 (Acceptance Test Plan) form part of this Agreement. If they conflict with the Articles, the Articles prevail.
P:15.2 This Agreement is signed in English and Chinese. Both versions are equally authentic.
P:15.3 Notices shall be given in writing to the addresses on the signature page, by courier or by e-mail with confirmation of receipt. Neither party may assign this Agreement without the other party's prior written consent.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H949E02 = """# ORDER FORM — RIVERBEND LEARN CLOUD SUBSCRIPTION

Order Form No. RBL-OF-2027-0093

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they conflict.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Riverbend Learning Systems, LLC, a Missouri limited liability company, 300 North Main Street, Hannibal, Missouri, USA.

**Customer:** Hangzhou Xinyue Retail Chain Co., Ltd., a company organised under the laws of the People's Republic of China, Hangzhou, Zhejiang Province.

### A2. Service

Riverbend Learn Cloud, the Provider's hosted learning management platform, Enterprise Edition, for up to 6,500 active learners (the Customer's store staff, regional trainers and head-office employees), including course authoring, mobile learning app, exams and certification, store-level learning dashboards and the Chinese-language interface. The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is 24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date of Onboarding Acceptance under Section A5, and is planned for no later than 75 days after the Order Date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 6,500 learners, annual | 386,000 |
| Subscription, Subscription Year 2 | 6,500 learners, annual | 386,000 |
| Onboarding and single sign-on set-up | one-time | 58,000 |
| Migration of existing course content | one-time | 26,000 |
| **Total Fees** | | **856,000** |

All amounts are in CNY and include VAT. Additional learners above 6,500 are charged at CNY 62 per learner per Subscription Year, pro rata; such additional fees are not part of the Total Fees.

### A5. Invoicing and Onboarding Acceptance

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice.

(b) The one-time fees are invoiced after Onboarding Acceptance and are payable within 30 days after receipt of a valid invoice. No amount is payable before the Service Start Date.

(c) Onboarding Acceptance takes place when the Customer confirms in writing that: (i) single sign-on with the Customer's identity system works for all user groups; (ii) all 214 existing courses and their exam banks have been migrated and checked by the Customer's training department; (iii) the learner records of all current staff have been imported and reconciled with the Customer's HR list; and (iv) a load test with 3,000 concurrent learners has been passed. The Customer shall confirm or reject within ten working days after the Provider reports that onboarding is complete.

(d) If the Service Start Date has not occurred within 75 days after the Order Date for reasons attributable to the Provider, the Provider shall pay the Customer 0.1% of the Total Fees for each day of delay, up to 8% of the Total Fees.

### A6. Special Terms

(a) Customer-specific course templates, certificate designs and dashboard configurations created by the Provider for the Customer are Customer Materials under Section 5.2.

(b) The Customer's contact for this Order Form is its Head of Training; the Provider's contact is its Asia account manager.

(c) Onboarding includes two remote administrator workshops and one train-the-trainer session for up to 40 regional trainers, held in Chinese with an interpreter provided by the Provider at its own cost.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted service described in Section A2, including its updates.

1.2 "Customer Data" means all data uploaded to or created in the Service by or for the Customer, including learner records, course content supplied by the Customer, exam results and usage logs.

1.3 "Customer Materials" means the Customer Data and the items listed in Section A6(a).

### 2. Access and Use

2.1 During the Subscription Term the Provider grants the Customer and its affiliates in mainland China a non-exclusive, non-transferable right to access and use the Service for their internal training purposes.

2.2 The Customer shall keep user credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Service Delivery and Support

3.1 The Provider will use commercially reasonable efforts to make the Service available to the Customer and to keep interruptions for maintenance to a minimum.

3.2 Support is available through the Provider's help desk by e-mail and the online ticket portal during the Provider's normal business hours. The Provider will work on tickets in the order of their importance as assessed by the Provider.

3.3 The Provider may update the Service from time to time, provided that an update does not materially reduce its core functions.

### 4. Renewal and Fees

4.1 At the end of the Subscription Term this Order Form renews automatically for a further Subscription Year, and thereafter for successive Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.2 For each renewal term the Provider may increase the subscription fee by up to 9% over the fee of the preceding Subscription Year, by notice given at least 75 days before the renewal date.

### 5. Ownership

5.1 The Provider owns the Service and all software, know-how and materials it makes available generally to its customers.

5.2 The Customer owns the Customer Materials. The Provider shall deliver the items listed in Section A6(a) in editable form on request, and the Customer may use, modify and have them used by third parties without restriction.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including in aggregated or de-identified form.

6.2 The Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs, and carry out a penetration test of the Service every Subscription Year.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 48 hours, shall take all measures needed to contain it, and is liable for the Customer's losses caused by its breach of this Section 6.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it.

6.5 The Provider shall provide the Customer, on request and no more often than once per Subscription Year, with a summary of its most recent security assessment and its MLPS filing for the Service, and shall answer the Customer's reasonable security questionnaires.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public information, use it only for this Order Form and not disclose it to third parties without prior written consent, during the Subscription Term and for three years after it.

### 8. Liability

Each party's total liability under this Order Form is limited to 150% of the Total Fees. The limit does not apply to breach of Sections 6 or 7, wilful misconduct or personal injury.

### 9. Customer Responsibilities

The Customer is responsible for the accuracy of the learner records and course content it supplies, for the conduct of its users, and for obtaining any consents its staff must give for their learning records to be processed. The Customer shall give the Provider timely access to its identity system and to the staff needed for onboarding.

### 10. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunication networks, provided that it notifies the other party promptly and does its best to limit the effects. Force majeure does not excuse the payment of fees already due.

### 11. Subcontracting

The Provider shall not subcontract the performance of the Service, other than hosting by the hosting partner named in Section A2, without the Customer's prior written consent, and remains responsible for its subcontractors.

### 12. Termination

12.1 Either party may terminate this Order Form if the other party commits a material breach and fails to cure it within 30 days after written notice.

12.2 If the Customer terminates under Section 12.1, the Provider shall refund the subscription fee paid for the remainder of the current Subscription Year and return the Customer Data under Section 6.4.

### 13. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time.

### 14. General

14.1 This Order Form is the entire agreement between the parties for the Service. Amendments must be in writing and signed by both parties.

14.2 This Order Form is signed in English. A Chinese translation is provided for reference.

14.3 Notices under this Order Form shall be sent by e-mail to the contacts named in Section A6(b) and confirmed by courier. Neither party may assign this Order Form without the other party's prior written consent, except to an affiliate that takes over the whole of its business.

**Signed for the Provider:** ____________________  **Signed for the Customer:** ____________________
"""

H949E03 = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN BIN MONITORING SYSTEM
P:Contract No. BC-PUR-2027-0217
P:Buyer: Heilongjiang Beicang Grain Storage Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Heartland Bin Sensing Corp., a Missouri corporation, Kirksville, Missouri, United States of America (the "Supplier").
P:The Buyer stores maize, soybean and rice in steel bins and flat warehouses at 24 depots. The Buyer wishes to monitor grain temperature and moisture in every bin and has selected the Supplier's sensors and monitoring software. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, moisture sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's BinWatch monitoring software, licensed under Clause 4.
P:1.3 "System" means the Equipment and the Software as installed and configured at the 24 depots.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System at the 24 depots listed in Annex A, configure the Software for every bin and warehouse, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,370,000, inclusive of VAT, freight to each depot, import duties, installation materials and all services during the warranty period, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 18 to 32 m|240|2,150|516,000
TB:2|Grain moisture sensors|120|1,880|225,600
TB:3|Depot gateways with 4G and LoRa radios|24|6,400|153,600
TB:4|BinWatch monitoring software licence, perpetual, 24 depots|1|286,000|286,000
TB:|Equipment and Software Subtotal|||1,181,200
TB:5|Installation, calibration and commissioning|1 lot|164,800|164,800
TB:6|Training of depot and head-office staff|1 lot|24,000|24,000
TB:|Contract Price|||1,370,000
P:2.3 The Contract Price is fixed. Quantities may be adjusted by written change order at the unit prices above.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to each depot within 70 days after the signature date and complete installation at all depots within 130 days after the signature date.
P:3.2 Installation shall be carried out when the bins are empty or at a time agreed with each depot manager. The Supplier shall follow the Buyer's safety rules for work inside bins and at height, including permits, gas testing and a standby person.
P:3.3 The Supplier shall issue an Installation Certificate for each depot when installation is complete. An Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.4 The Supplier shall appoint a project manager and a Chinese-speaking site supervisor for the installation period. The Supplier shall submit an installation plan for each depot at least 14 days before work starts, showing the bins concerned, the number of workers, the equipment to be used and the measures to protect stored grain from contamination.
P:3.5 The Supplier shall remove all packaging and waste from each depot and leave the bins clean. Any damage to bins, roofs, ventilation ducts or stored grain caused by the Supplier shall be repaired or compensated by the Supplier.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the 24 depots and at its head office, for an unlimited number of users, on the Buyer's own servers.
P:4.2 The Buyer may add depots by paying the per-depot licence price in Annex B, which is fixed for five years after the signature date.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice.
P:5.2 The Buyer shall pay 65% of the Contract Price within 20 working days after Installation Certificates have been issued for all depots.
P:5.3 The Buyer shall pay the remaining 25% of the Contract Price within 20 working days after Final Acceptance.
H:6. Acceptance
P:6.1 After installation at all depots the System shall run for 45 days under observation.
P:6.2 Final Acceptance requires that: (a) all Equipment in Clause 2.2 is installed and reporting; (b) temperature readings checked against a reference thermometer at sampled points in each depot deviate by no more than 0.5 degrees Celsius; (c) moisture readings checked against laboratory samples deviate by no more than 0.8 percentage points; (d) every gateway has reported without a gap longer than 30 minutes during the observation period; and (e) alarms for temperature rise and condensation risk have been tested at each depot.
P:6.3 Final Acceptance is given only by the Buyer's signature of the final acceptance certificate. Use of the System or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment and correct defects in the Software free of charge, including parts, labour and travel.
P:7.2 Faults are classified and handled as follows:
TB:Severity|Description|Response|On site
TB:1|A depot or its gateway stops reporting, or alarms fail|2 hours|48 hours
TB:2|Individual cables or sensors fail|8 hours|7 days
TB:3|Reports, display or other minor faults|next working day|as agreed
P:7.3 For each hour by which the response or on-site time for a Severity 1 fault is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Supplier shall offer annual support, including spare parts, software updates and the service levels of Clause 7.2, at 7.5% of the Equipment and Software Subtotal per year, that is CNY 88,590 per year. This fee is fixed for three support years after the warranty period and is ordered each year by purchase order.
P:7.5 The Supplier shall keep a stock of spare temperature cables, sensors and gateway parts in mainland China sufficient to meet the on-site times in Clause 7.2, and shall guarantee the supply of spare parts for at least eight years after Final Acceptance.
H:8. Delay
P:8.1 If the Supplier fails to complete delivery or installation by the dates in Clause 3.1, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, subject to the licence in Clause 4.
P:9.2 Depot layouts, bin maps, calibration tables, alarm rules and reports prepared by the Supplier for the Buyer belong to the Buyer, which may use and modify them freely.
H:10. Data
P:10.1 All grain temperature, moisture, stock and alarm data collected by the System belong to the Buyer. The Supplier shall use such data only to perform this Contract.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's stock levels, depot layouts, prices and other non-public information received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after completion of this Contract.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:13. Documentation and Training
P:13.1 The Supplier shall deliver, in Chinese, installation drawings for each depot, a list of installed Equipment with serial numbers, calibration records, an operation manual, an administrator manual and a maintenance manual, in paper and electronic form.
P:13.2 The Supplier shall train the storage keepers of each depot on site and give two days of administrator training at the head office. The Buyer shall provide trainees and rooms.
H:14. Buyer's Obligations
P:14.1 The Buyer shall give the Supplier access to the depots, provide mains power at each gateway location and the server for the Software, and tell the Supplier in advance which bins are available for installation.
P:14.2 The Buyer's cooperation shall be requested in writing. Where the Buyer does not provide access or cooperation in time, the dates in Clause 3.1 shall be extended accordingly.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and supplies evidence.
P:15.2 If force majeure prevents performance for more than 90 days, either party may terminate this Contract by written notice, and the parties shall settle the work performed.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:17. Miscellaneous
P:17.1 Annex A (Depot List), Annex B (Prices for Additional Depots) and Annex C (Technical Specifications) form part of this Contract.
P:17.2 This Contract is made in Chinese and English. Both texts are equally authentic.
P:17.3 The Supplier shall not assign this Contract or any payment under it without the Buyer's prior written consent. Notices shall be given in writing to the addresses above, and a notice sent by courier is deemed received three working days after dispatch. This Contract takes effect on signature by both parties.
P:Buyer: ____________________    Supplier: ____________________
"""

H949E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. OMS-RD-2027-05

**Customer:** Wuhu Ruida Auto Parts Co., Ltd., Wuhu, Anhui Province, People's Republic of China ("Customer").

**Service Provider:** Ozark Managed Services, Inc., a Missouri corporation, Rolla, Missouri, United States of America, acting through its branch office in Shanghai ("Provider").

The Customer manufactures brake and suspension components at two plants in Wuhu and wishes to outsource the operation of its IT service desk, end-user devices, servers and plant network. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer accepts the completed transition under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, processes or stores in performing the Services, including production, quality and personnel data.

## Section 2. Term

2.1 This Agreement starts on signature and continues until the end of the Term.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, on terms agreed at that time.

## Section 3. Services

3.1 From the Service Commencement Date the Provider shall perform the Services in Schedule 1 at the service levels in Schedule 2.

3.2 The Provider shall staff the on-site service desk at each plant during all production shifts and provide remote monitoring of servers and network at all times.

3.3 The Provider shall use the Customer's IT service management tool, record every incident and request in it, and give the Customer read access to all records.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete the transition described in Schedule 1, Part B, within 60 days after signature.

4.2 The transition is complete and shall be accepted by the Customer when: (a) all assets in the Customer's inventory have been discovered and recorded in the configuration database; (b) monitoring is active for every server, switch, firewall and wireless controller in scope; (c) runbooks for the top 50 incident types have been written and approved by the Customer; (d) a shadow-run of ten working days has been completed with no Priority 1 incident handled outside the service levels; and (e) the Customer's IT manager has signed the transition acceptance certificate.

4.3 If the Service Commencement Date is delayed beyond the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 110,000.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,200,000, inclusive of VAT.

5.2 The Transition Fee is invoiced after the Customer's acceptance under Section 4.2. The Monthly Service Charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt. The Customer pays no amount before the Service Commencement Date.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, retain or use it for any other purpose, including in anonymised or aggregated form.

6.2 The Provider shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC. Privileged access shall be through the Customer's bastion host with personal accounts and multi-factor authentication, and all privileged sessions shall be recorded.

6.3 The Provider shall report any actual or suspected security incident involving the Customer's systems or Customer Data within two hours, shall assist the Customer's investigation, and is liable for losses caused by its breach of this Section.

## Section 7. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement, including product drawings, production plans, prices and system configurations, and shall not disclose it without prior written consent. This Section survives for five years after the end of this Agreement.

## Section 8. Intellectual Property

Runbooks, scripts, configuration records, reports and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to any successor provider. The Provider keeps its own pre-existing tools and methods.

## Section 9. Liability

The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to breach of Sections 6 and 7, personal injury or wilful misconduct.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall assign qualified staff and shall not replace the service delivery manager without the Customer's prior consent.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider fails the same Priority 1 service level in three months within any six-month period.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge rate pro rata, hand over all Customer Data, runbooks and credentials, and cooperate with any successor provider.

## Section 12. Governance and Change Control

12.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and improvement actions, and the parties' senior managers shall meet quarterly to review performance against Schedule 2.

12.2 Any change to the scope of the Services, including new sites, new systems or a change in the number of devices by more than one tenth, shall be agreed by written change order stating its effect on the Charges, the service levels and the timetable. The Provider shall not refuse a reasonable change order.

12.3 Routine changes to the Customer's systems shall follow the Customer's change management procedure. Changes affecting production systems shall be made only in the maintenance windows agreed with each plant.

## Section 13. Customer Responsibilities

13.1 The Customer shall give the Provider's staff access to the plants, desks, network rooms and systems needed for the Services, provide spare devices and parts purchased by the Customer, and keep its hardware maintenance contracts with manufacturers in force.

13.2 The Provider is not responsible for failing a service level to the extent that the failure is caused by the Customer, by a manufacturer under a Customer contract, or by force majeure, provided that the Provider has promptly informed the Customer of the cause.

## Section 14. Business Continuity and Insurance

14.1 The Provider shall keep a business continuity plan for the Services, test it every contract year and share the results with the Customer.

14.2 The Provider shall maintain professional liability and public liability insurance with reputable insurers in amounts not less than CNY 5,000,000 each and shall provide certificates on request.

## Section 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 16. General

The Schedules form part of this Agreement. Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions are equally authentic.

## Schedule 1 — Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | On-site desk at both plants during production shifts; remote desk at other times; Chinese and English |
| A2 | End-user devices | 1,150 PCs and laptops, 220 shop-floor terminals, 310 handheld scanners: imaging, patching, repair coordination |
| A3 | Servers and storage | 64 virtual and physical servers: monitoring, patching, backup checks, capacity reports |
| A4 | Plant network | Switches, firewalls and wireless in both plants: monitoring, changes, firmware |
| A5 | Reporting | Monthly service report and quarterly service review |
| B | Transition | Discovery, monitoring set-up, runbooks, knowledge transfer, shadow-run |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 response (plant production stopped or MES unavailable) | 15 minutes | CNY 2,000 per incident |
| Priority 1 restoration or workaround | 3 hours | CNY 1,500 per hour late |
| Priority 2 response | 1 hour | CNY 500 per incident |
| Availability of monitored core servers and network, per month | 99.95% | 5% of the Monthly Service Charge per 0.1 point below target |
| Monthly service report | by the 5th working day | CNY 2,000 per late report |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 94,000 |
| Monthly Service Charge | 36 months × 58,500 | 2,106,000 |
| Total Charges for the Term | | 2,200,000 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

H949E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CMD-DL-2027-031

BETWEEN

Central Missouri Data Services, LLC, a Missouri limited liability company with its office in Sedalia, Missouri, United States of America ("Provider"); and

Dalian Fengshou Grain Trading Co., Ltd., a company organised under the laws of the People's Republic of China, Dalian, Liaoning Province ("Customer").

BACKGROUND

The Customer imports soybeans, maize and sorghum and trades feed ingredients in China. It wishes to receive North American crop condition, weather, export inspection and cash price data through an application programming interface for its risk management and procurement systems. The Provider compiles such data and offers it by subscription. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A, delivered through the API, including historical data.

1.2 "API" means the Provider's application programming interface and the related web portal.

1.3 "Subscription Year" means each of the two consecutive periods of equal length making up the Subscription Term, the first starting on the Start Date.

1.4 "Subscription Term" means two Subscription Years from the Start Date.

1.5 "Start Date" means the date on which the Customer confirms acceptance of production access under Clause 4.

1.6 "Customer Data" means any data the Customer or its users submit to the API or the portal, including queries, watch lists, position files, user details and usage logs.

2. SUBSCRIPTION AND LICENCE

2.1 During the Subscription Term the Provider grants the Customer a non-exclusive, non-transferable licence to access the Data through the API and to use it internally for procurement, hedging, risk management and reporting by the Customer and its subsidiaries in mainland China.

2.2 The Customer may store the Data in its own systems and keep Data received during the Subscription Term after it ends for internal historical analysis, but may not resell or publish raw Data.

2.3 Reports, models, forecasts and other analyses created by the Customer using the Data, and any custom feeds or mappings built by the Provider to the Customer's specification, belong to the Customer.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 468,000;
(b) Subscription fee, Subscription Year 2: CNY 468,000;
(c) Onboarding and integration support, one-time: CNY 36,000;
(d) Total Fees: CNY 972,000, inclusive of VAT.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The onboarding fee is invoiced after acceptance under Clause 4. Invoices are payable within 30 days after receipt.

3.3 API calls above the monthly allowance of 3,000,000 calls are charged at CNY 0.8 per 1,000 calls. Such charges are not part of the Total Fees.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall give the Customer test credentials within 10 days after signature and production access, together with the full historical data load, within 45 days after signature.

4.2 The Customer shall accept production access when: (a) every dataset in Schedule A is available through the API with the fields and update times listed there; (b) the historical load from crop year 2012/13 onward is complete and reconciles with the Provider's published record counts; (c) the Customer's procurement and risk systems have received daily updates without error for ten consecutive business days; and (d) the API meets the latency target in Schedule B under a test load agreed by the parties.

4.3 If production access and the historical load are not delivered by the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer 0.08% of the Total Fees for each day of delay, up to 8% of the Total Fees.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.5% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out outside the Customer's business hours in China.

5.2 Incidents are prioritised as follows. Priority 1 (the API is unavailable, or the daily update of a core dataset has failed): response within one hour at any time and restoration or workaround within six hours. Priority 2 (a single dataset is late or incomplete): response within two hours. Priority 3: next business day.

5.3 If availability in a month falls below the level in Clause 5.1, or a Priority 1 response is late, the Provider shall give service credits as set out in Schedule B, deducted from the next invoice or, in the last Subscription Year, paid in cash.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the portal to the Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

6.2 The Provider shall protect Customer Data by encryption in transit and at rest, role-based access, multi-factor authentication for its administrators and logging of all access. The Customer's position files shall be stored only on servers in mainland China operated for the Provider.

6.3 The Provider shall notify the Customer of any security breach affecting Customer Data without undue delay and in any event within one business day, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this Clause 6.

6.4 The Customer shall keep its API keys secure, rotate them at least every quarter and tell the Provider at once if it believes a key has been compromised. The Provider may suspend a compromised key after informing the Customer.

7. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including the Customer's positions, purchasing plans and the terms of this Agreement, and shall not disclose it to third parties without prior written consent. This Clause survives for three years after the end of the Subscription Term.

8. SUBCONTRACTORS AND DATA PARTNERS

8.1 The Provider may engage subcontractors and data partners, including hosting providers, weather data suppliers and field survey contractors, to perform any part of this Agreement by giving the Customer written notice of the name of the subcontractor and the work concerned.

8.2 The Provider remains responsible for the acts and omissions of its subcontractors and data partners.

9. DATA QUALITY AND SUPPORT

9.1 The Provider shall compile the Data with the care of a professional data provider, correct errors promptly once identified, and publish a change log for any revision of historical Data.

9.2 The Provider shall give the Customer access to a named account manager and to technical support by e-mail and telephone in English and Chinese, and shall hold a quarterly review with the Customer of data quality, availability and incidents.

9.3 The Provider shall announce any change to the API that is not backward compatible at least 90 days in advance and keep the previous version available during that period.

10. LIMITATION OF LIABILITY

10.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the three months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including trading losses resulting from decisions based on the Data, except in case of wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee paid for the remainder of the current Subscription Year.

11.3 On expiry or termination the Provider shall return or delete all Customer Data as the Customer instructs and confirm the deletion in writing.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

13. GENERAL

13.1 Schedule A (Datasets) and Schedule B (Service Levels and Service Credits) form part of this Agreement.

13.2 This Agreement is signed in English. Neither party may assign it without the other party's written consent.

SCHEDULE A - DATASETS

A.1 Weekly crop condition and progress by state for soybeans, maize and sorghum, updated within two hours after official publication.

A.2 Daily cash bids at country elevators and river terminals in the Corn Belt and Plains, updated by 08:00 Beijing time.

A.3 Weekly export inspections and sales by destination, and daily weather observations and 15-day forecasts for key growing areas.

SCHEDULE B - SERVICE LEVELS AND SERVICE CREDITS

B.1 Monthly availability below 99.5% but at least 99.0%: credit of 5% of the monthly equivalent of the subscription fee. Below 99.0%: credit of 10%.

B.2 Late Priority 1 response: CNY 1,000 per hour or part of an hour.

B.3 Median API response time: no more than 300 milliseconds for standard queries.

For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------- targets and labels
TARGETS = {
    "h949z01": ("h949z01_agri_camping_supervision_platform.pdf", "pdf"),
    "h949z02": ("h949z02_picnic_mat_line_control_retrofit.docx", "docx"),
    "h949z03": ("h949z03_wind_tunnel_chain_booking_saas.txt", "txt"),
    "h949z04": ("h949z04_irrigation_gate_remote_control_om.txt", "txt"),
    "h949z05": ("h949z05_woodcarving_process_tracking_supplier_template.md", "md"),
    "h949e01": ("h949e01_feedmill_software_licence_kansas_vendor.pdf", "pdf"),
    "h949e02": ("h949e02_learning_saas_order_form_missouri_vendor.md", "md"),
    "h949e03": ("h949e03_grain_bin_sensors_monitoring_licence.docx", "docx"),
    "h949e04": ("h949e04_auto_parts_managed_it_services_36_months.md", "md"),
    "h949e05": ("h949e05_crop_market_data_api_subscription.txt", "txt"),
}
SOURCES = {"h949z01": H949Z01, "h949z02": H949Z02, "h949z03": H949Z03, "h949z04": H949Z04, "h949z05": H949Z05,
           "h949e01": H949E01, "h949e02": H949E02, "h949e03": H949E03, "h949e04": H949E04, "h949e05": H949E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# the buyer-friendly default of every term; each draft overrides what differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (language, category, term overrides, extra overrides, contract value)
DESIGN = {
    "h949z01": ("zh", "software", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=25, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True), 1380000),
    "h949z02": ("zh", "hardware", dict(p1_response_hours=1, confidentiality=False, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                contract_kind="goods_or_licence"),
                dict(ld_stated=False, post_warranty_fee_capped=True), 1290000),
    "h949z03": ("zh", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=0.08, liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True),
                {}, 720000),
    "h949z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1),
                {}, 660000),
    "h949z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                ld_rate_per_day_pct=0.02, prepayment_pct=65, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=26,
                subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True), 224000),
    "h949e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Kansas", contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True), 1560000),
    "h949e02": ("en", "cloud", dict(sla_remedy=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                auto_renewal_price_increase=True),
                dict(sla_clause=False), 856000),
    "h949e03": ("en", "hardware", dict(p1_response_hours=2, data_security_clause=False, ld_rate_per_day_pct=0.08,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7.5,
                termination_for_breach=False, contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True), 1370000),
    "h949e04": ("en", "services", dict(availability_pct=99.95, p1_response_hours=0.25,
                ld_rate_per_day_pct=1800 / 2200000 * 100, liability_cap_pct=150),
                {}, 2200000),
    "h949e05": ("en", "cloud", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.08,
                liability_cap_pct=3 / 24 * 100, subcontract_without_consent=True),
                {}, 972000),
}

# the design list: which rules each draft is written to trigger
DESIGN_RULES = {
    "h949z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h949z02": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "h949z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h949z04": [],
    "h949z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h949e01": ["CR-GOVERNING-LAW"],
    "h949e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h949e03": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h949e04": [],
    "h949e05": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"h949z01": "medium", "h949z02": "high", "h949z03": "medium", "h949z04": "low", "h949z05": "high",
               "h949e01": "low", "h949e02": "high", "h949e03": "high", "h949e04": "low", "h949e05": "medium"}

# TCO inputs of the goods/licence drafts: fee base (itemised licence / hardware subtotal), purchase = contract value
TCO_BASE = {"h949z01": 720000, "h949z02": 1029600, "h949z05": 168000, "h949e01": 1060000, "h949e03": 1181200}
FORUM_OUTSIDE_MAINLAND = {"h949e01"}  # Seward County, Kansas courts

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, post_fee=15, tco_share=40)
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def label(key):
    lang, cat, over, extra_over, value = DESIGN[key]
    terms = dict(BASE)
    terms.update(over)
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": extra_over.get("sla_clause", True), "ld_stated": extra_over.get("ld_stated", True)}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = extra_over["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = extra_over.get("acceptance_deemed_on_delivery", False)
    extra["contract_value"] = value
    lab = {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
           "expected_extra": extra}
    lab["expected_rules"] = derive_rules(key, lab)
    return lab


def tco_share(key, t):
    value = DESIGN[key][4]
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years_after
    return fees / (value + fees) * 100


def derive_rules(key, lab):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_fee"]):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(key, t) > TH["tco_share"]:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_NUM = "零一二三四五六七八九十百两"
THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.,])99\.90*(?![\d])"),
    ("4 hours", r"(?<![\d.,])4\s*(?:-\s*)?(?:个\s*)?(?:working\s*|business\s*|工作)?(?:小时|hours?|hrs?\b|h\b)"),
    ("4 hours (zh)", r"(?<![" + CN_NUM + r"])四\s*个?\s*(?:工作)?\s*小时"),
    ("4 hours (en)", r"(?<![a-z\-])four\s*(?:\(4\)\s*)?(?:-\s*)?(?:working\s*|business\s*)?hours?"),
    ("0.05 %", r"(?<![\d.,])0?\.050*" + PCT),
    ("0.05 % (zh)", r"万分之五(?![十])|千分之零点五|百分之零点零五|(?<![\d.,])0?\.5\s*‰"),
    ("100 %", r"(?<![\d.,])100(?:\.0+)?" + PCT),
    ("100 % (words)", r"百分之(?:一)?百(?![" + CN_NUM + r"])|one\s*hundred\s*(?:per\s*cent|percent)"),
    ("30 %", r"(?<![\d.,])30(?:\.0+)?" + PCT),
    ("30 % (words)", r"百分之三十(?![一二三四五六七八九])|thirty\s*(?:per\s*cent|percent)|三成"),
    ("12 months", r"(?<![\d.,])12\s*(?:-\s*)?(?:个\s*月|months?\b|mos?\b)"),
    ("12 months (words)", r"(?<![" + CN_NUM + r"])十二\s*个\s*月|twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?"),
    ("one year", r"(?<![\d.,第每])(?:1|一)\s*年(?!度)|(?<![a-z])one\s*(?:-\s*)?years?(?![a-z])|(?<![\d.,])1\s*(?:-\s*)?years?(?![a-z])"),
    ("15 %", r"(?<![\d.,])15(?:\.0+)?" + PCT),
    ("15 % (words)", r"百分之十五(?![点])|fifteen\s*(?:per\s*cent|percent)"),
    ("40 %", r"(?<![\d.,])40(?:\.0+)?" + PCT),
    ("40 % (words)", r"百分之四十(?![一二三四五六七八九])|forty\s*(?:per\s*cent|percent)|四成"),
]
MUST_HIT = ["availability of 99.9%", "99.90 %", "within 4 hours", "4-hour response", "4小时内响应", "四小时", "四个小时",
            "within four hours", "four (4) hours", "0.05% per day", "万分之五", "100% of the price", "100 per cent",
            "百分之一百", "30%", "30 %", "百分之三十", "thirty per cent", "12 months", "12-month", "12个月",
            "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "百分之四十",
            "4 working hours", "4 h", "质保期1年"]
MUST_MISS = ["99.95%", "99.5%", "99.99%", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之二",
             "万分之五十", "150%", "1,100%", "130%", "30 days", "2030%"[:0] + "2030 年", "2027年12月31日", "36 months",
             "18 months", "每年", "首个服务年度", "one business day", "Subscription Year 1", "Year 1", "115%",
             "25%", "65%", "45 days", "四十八小时", "fourteen hours", "twenty-four hours", "1 lot", "第1年度",
             "7.5%", "1.5%", "0.15%", "400%"]


def threshold_hits(text):
    hits = []
    for name, pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((name, m.group(0)))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s) or threshold_hits(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        for form in (s, re.sub(r"\s+", "", s)):
            assert not threshold_hits(form), ("must miss", s, threshold_hits(form))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for key, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for key, (name, fmt) in TARGETS.items():
        lab = label(key)
        lang = lab["language"]
        t = lab["expected_terms"]
        # rules derived from the labels = the design list
        if lab["expected_rules"] != sorted(DESIGN_RULES[key]):
            problems.append((key, "rules", lab["expected_rules"], DESIGN_RULES[key]))
        if risk(lab["expected_rules"]) != DESIGN_RISK[key]:
            problems.append((key, "risk", risk(lab["expected_rules"])))
        covered |= set(lab["expected_rules"])
        # no label value on a threshold
        for k, th in [("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1_hours"]),
                      ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
                      ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                      ("post_warranty_fee_pct", TH["post_fee"])]:
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "on threshold", k))
        share = None
        if key in TCO_BASE:
            share = tco_share(key, t)
            if abs(share - TH["tco_share"]) <= 2:
                problems.append((key, "TCO share within 2 points", share))
        # length and threshold scan of the built file as read back
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = RANGES[lang]
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = threshold_hits(form)
            if h:
                problems.append((key, "threshold figure", h))
                break
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%s %-4s %5d %s %s%s" % (key, fmt, n, risk(lab["expected_rules"]), ",".join(lab["expected_rules"]) or "-",
                                        "" if share is None else "  TCO share %.2f" % share))
    all_rules = set(SEV)
    if covered != all_rules:
        problems.append(("coverage", sorted(all_rules - covered)))
    assert not problems, problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
