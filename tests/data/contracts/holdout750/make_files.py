"""holdout750: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). .docx/.pdf are built by ../word_pdf.py.
Checks: text lengths as read back, threshold-figure scan (self-tested), label values off thresholds,
rules derived from the labels (policy §3) == design list, coverage of all 20 CR rules, TCO shares.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:地震烈度速报与预警平台采购合同
P:合同编号：FZJZ-ZFCG-2026-017
P:甲方（采购人）：某市防震减灾中心（某市地震局）
P:乙方（供应商）：杭州震衡信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，依据本项目公开招标文件（项目编号FZJZ-2026-GK03）及乙方投标文件，双方就地震烈度速报与预警平台的软件许可及定制开发事宜，经协商一致订立本合同。本合同文本由甲方提供，乙方已逐条阅读并无异议。
H:第一条 项目内容
P:1.1 乙方向甲方提供“震衡”烈度速报与预警平台软件V5.3的永久使用许可，包含台网数据接入、烈度计算、等震线绘制、预警信息生成四个模块，授权范围为甲方及其下属监测台站，不限用户数和服务器数量。
P:1.2 乙方按甲方需求完成定制开发：市域烈度速报专题图自动生成；与省级地震预警中心的数据交换接口；面向学校、燃气、轨道交通等重点行业的预警信息定向发布接口；应急指挥大屏展示驾驶舱。
P:1.3 乙方负责平台部署实施、与甲方现有强震动台网及烈度计的联调，以及对甲方值班人员的操作培训和技术人员的运维培训。
P:1.4 培训不少于四十人次，包括值班人员操作培训、技术人员运维培训和一次应急演练，培训教材及视频由甲方留存使用。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾陆万元整（¥2,260,000），其中：平台软件许可费¥1,260,000，定制开发费¥846,000，部署实施费¥118,000，培训费¥36,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
P:2.3 合同履行期间甲方新增监测台站或烈度计接入的，平台许可无需另行付费。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成部署及定制开发并提交初步验收申请。初步验收通过后进入九十日试运行期。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，顺延天数由双方以书面形式确认。
P:4.3 乙方应指定具有地震信息化项目经验的项目经理常驻甲方现场，按周提交进度报告；未经甲方同意，不得更换项目经理及核心开发人员。
H:第五条 验收
P:5.1 初步验收标准：（1）平台功能与招标文件技术要求逐项相符；（2）以近三年本地历史地震波形回放测试，烈度计算结果与省级中心正式产品的偏差不超过0.5度；（3）预警信息自触发至发布完成不超过3秒；（4）专题图在震后5分钟内自动生成；（5）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障；全部接口连续稳定运行；源代码、部署手册、接口说明、运维手册交付齐全；经甲方组织的专家组评审通过，并由甲方签署最终验收报告。
P:5.3 平台上线运行、甲方实际使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
P:5.4 验收所需的测试数据和波形样本由甲方提供，乙方编制验收测试方案，经甲方确认后执行。
H:第六条 质量保证与后续维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程技术支持及现场服务。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥100,800），且质保期满后的前三个维护年度内不上调。
P:6.3 维护服务由双方另行书面签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 一级故障（平台停止烈度计算或预警信息无法发布）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中修复。
P:7.3 响应或恢复每超时一小时，乙方向甲方支付违约金¥1,500；月度可用率每低于承诺值0.01个百分点，扣减¥3,000。上述款项可从应付款项或保函中直接扣除。
H:第八条 数据安全
P:8.1 平台运行中产生和接入的台网波形数据、烈度速报结果、预警信息及用户信息均属于甲方所有。乙方仅为履行本合同使用上述数据，不得留存、复制或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《网络安全法》及网络安全等级保护要求，采取访问控制、加密传输和日志审计措施；远程运维须经甲方逐次审批并通过堡垒机进行，全程留痕。
P:8.3 发生数据泄露、篡改或丢失等安全事件，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
P:8.4 合同终止或维护期满后，乙方应在十日内删除或返还其持有的全部甲方数据，并出具书面确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的台站布局、网络拓扑、账号口令及未公开的地震监测信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发形成的专题图模板、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行修改，或委托第三方使用和维护。
P:10.3 乙方保证所提供的软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责整改并承担由此产生的全部费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方应以自有人员完成全部工作。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可以书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证
P:15.1 乙方应在合同签订后十日内提交合同总价5%的银行履约保函，有效期至最终验收后九十日。乙方未履行合同义务的，甲方有权从中扣除违约金和赔偿款。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书均为本合同的组成部分，与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z02 = r"""
T:内胆涂层及总装线控制系统改造合同
P:合同编号：HX-SB-2026-0412
P:甲方：广东禾鑫电器制造有限公司（电饭煲生产厂）
P:乙方：佛山拓联自动化工程有限公司
P:甲方拟对电饭煲内胆不粘涂层喷涂线及整机总装线的控制系统进行改造，乙方经比选确定为承包方。双方经协商一致，订立本合同。
H:第一条 改造范围
P:（一）喷涂工段：更换PLC控制柜及触摸屏，改造喷枪伺服定位与烘道温控，实现涂层厚度在线闭环控制。
P:（二）总装工段：改造内胆上料机器人、锁螺丝工位和气密检测工位，加装视觉检测单元，对内胆涂层外观、发热盘装配及铭牌进行自动判定。
P:（三）软件：提供产线监控软件及MES对接软件的永久使用许可，并完成与甲方现有MES、仓储系统的接口开发。
P:（四）安装调试、试生产配合及操作、维修人员培训。
P:（五）乙方负责改造期间旧控制柜的拆除、标识和移交，拆下的旧设备归甲方所有，由乙方运至甲方指定仓库。
P:（六）培训对象为甲方操作工、设备维修工及工艺工程师，合计不少于三十人次，内容包括设备操作、日常点检、故障诊断、程序备份与恢复；培训结束后乙方应进行考核并提交培训记录。
H:第二条 合同价格
P:合同总价为人民币壹佰捌拾玖万肆仟元整（¥1,894,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|喷涂工段PLC控制柜及触摸屏|3套|486,000
TB:2|伺服定位及机器人改造|1批|692,000
TB:3|视觉检测单元|4套|318,000
TB:4|产线监控及MES对接软件许可|1套|224,000
TB:5|设备及软件小计||1,720,000
TB:6|安装调试费||146,000
TB:7|培训费||28,000
TB:8|合同总价||1,894,000
P:上述价格为固定总价，含运输、保险、税费及质保期内的全部服务费用。乙方报价中的设备品牌和型号以技术规格书为准，未经甲方书面同意不得变更。
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，乙方同时提交等额银行保函。
P:（二）设备到货并完成安装后，甲方支付合同总价的50%。到货安装不代表甲方对设备质量的验收。
P:（三）最终验收合格后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 工期
P:乙方应在合同生效后九十日内完成全部设备到货和安装，并利用甲方春节停线窗口完成切换，切换停线时间不得超过七日。乙方应提前提交停线切换方案，经甲方生产部门确认后实施。乙方应按周向甲方提交进度报告，列明设备到货、安装及调试进度和存在的问题；进度滞后的，乙方应提出赶工措施并增加人员投入。
H:第五条 验收
P:（一）验收标准：1. 涂层厚度控制偏差不超过±3微米；2. 总装线节拍不低于每分钟6台；3. 视觉检测漏检率低于千分之二，误判率低于百分之一；4. 连续三个班次满负荷试生产无停线故障；5. 与MES的工单、条码和质检数据对账一致。
P:（二）乙方提交验收申请后，甲方在十日内组织验收并出具书面验收报告。设备安装完成、试生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改，整改后重新验收，费用由乙方承担。
P:（四）验收时乙方应提交竣工资料，包括电气原理图、接线图、PLC程序及注释、设备说明书、备件清单和调试记录，资料不全的不予验收。
H:第六条 质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件并提供软件修复和升级。
P:（二）质保期满后，乙方提供维保服务，年度维保费不超过设备及软件小计的9.5%（即每年不超过¥163,400），质保期满后前三个维保年度价格不变。维保合同每年由甲方决定是否续签，不自动续期。
P:（三）乙方在甲方厂区所在城市保持常备备件，关键部件（PLC模块、伺服驱动器、视觉相机）到场时间不超过6小时。
P:（四）质保期内同一部件故障三次以上的，乙方应免费更换为新品，并重新计算该部件的质保期。
H:第七条 服务水平
P:（一）产线控制系统月度可用率不低于99.5%，以产线因控制系统原因停线的时长计算，计划内保养除外。
P:（二）一级故障（整线停线）乙方应在30分钟内响应，2小时内到达现场；二级故障（单工位停机）1小时内响应，当日解决。
P:（三）月度可用率每低于承诺值0.1个百分点，乙方支付¥2,000；响应或到场每超时一小时，乙方支付¥1,000。上述款项从质量保证金或维保费中扣除。
H:第八条 数据安全
P:（一）产线运行数据、工艺参数、配方、质检图像及MES数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
P:（二）乙方远程访问产线系统须经甲方书面审批，通过工业防火墙和堡垒机进行并全程录屏；乙方人员的U盘等移动介质须经甲方查毒后方可接入。
P:（三）发生数据泄露、篡改或勒索病毒等安全事件，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿停产损失。
P:（四）合同终止或维保结束后，乙方应删除其持有的全部甲方数据并书面确认。
H:第九条 保密
P:乙方对在甲方厂区知悉的工艺参数、涂层配方、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效三年。
H:第十条 知识产权
P:乙方为本项目编写的PLC程序、触摸屏画面、视觉检测算法参数及接口程序的知识产权归甲方所有，乙方应交付完整源程序并注明版本，甲方有权自行修改或委托他人维护。乙方原有的软件产品仍归乙方，乙方授予甲方永久使用许可。
H:第十一条 分包
P:乙方可将机械安装、电气布线及喷涂设备的拆除搬运工作交由第三方施工单位完成，只需在进场前五个工作日书面通知甲方，但乙方仍对分包工作向甲方承担全部责任。
H:第十二条 违约责任
P:（一）乙方逾期完成安装或逾期通过验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）切换停线超出约定时间的，每超出一日，乙方另行赔偿甲方停线损失¥8,000。
P:（三）甲方逾期付款的，按同期贷款市场报价利率支付利息。
P:（四）乙方提供的设备或软件不符合合同约定的，甲方有权要求更换或退货，由此产生的费用由乙方承担。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 安全生产
P:乙方人员进入甲方厂区须遵守甲方安全生产及6S管理制度，动火、登高及带电作业须办理作业票。因乙方违章作业造成的人身伤害或财产损失，由乙方承担。乙方应为进场人员办理意外伤害保险，并在进场前向甲方提交人员名单及特种作业资格证书。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十六条 其他
P:本合同附件（技术规格书、验收测试方案、备件清单）为合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = r"""飞镖馆连锁门店预约及会员管理系统服务合同

合同编号：BZ-SaaS-2026-031
甲方：成都靶心文化娱乐连锁有限公司（“甲方”，经营30家飞镖酒吧门店）
乙方：成都云镖科技有限公司（“乙方”）

鉴于甲方需要为旗下30家飞镖馆统一建设线上预约、会员储值、赛事积分和门店收银系统，乙方以软件即服务（SaaS）方式提供“云镖馆家”系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方30家门店提供“云镖馆家”系统的订阅使用权，包括线上预约、会员储值与积分、赛事报名与排名、门店收银、数据报表及微信小程序前端。
（二）实施服务：乙方负责系统配置、甲方原会员系统数据迁移（约8.6万名会员及其储值余额）、门店收银设备对接、品牌小程序界面定制及门店人员培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度紧随其后。

二、费用及支付
（一）费用构成：
1. 实施费（一次性）：¥148,000；
2. 年度订阅费：每个服务年度¥192,000（30家门店，每店每年¥6,400），两个服务年度合计¥384,000；
3. 合同总价：¥532,000。
（二）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方应在每次收款前开具增值税专用发票。
（三）服务期内新增门店的，按每店每年¥6,400按月折算计费，不另收实施费。
（四）订阅费已包含系统升级、短信通道（每店每月不超过2,000条）、云资源及日常技术支持费用，服务期内乙方不得以任何理由另行收费。

三、甲方的义务
（一）甲方应指定项目联系人，协调各门店配合实施和验收；
（二）甲方应妥善保管系统管理员账号，因甲方原因泄露账号造成的损失由甲方承担；
（三）甲方应按本合同约定按时支付费用。

四、乙方的义务
（一）乙方应为甲方配备专属客户成功经理，每月提供一次门店运营分析报告；
（二）乙方应在系统重大版本更新前十日通知甲方并提供更新说明，更新不得减少本合同约定的功能；
（三）乙方应保证储值及收银功能符合支付机构规范和单用途预付卡管理的相关规定；
（四）服务期内乙方每季度为门店新入职员工提供一次线上培训，并派实施顾问到首批五家门店现场驻店指导。

五、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部30家门店的配置、数据迁移和培训，并提交上线验收申请。
（二）上线验收标准：
1. 30家门店均能正常完成预约、开台、收银和会员核销；
2. 迁移后的会员数量、储值余额和积分与原系统逐户核对一致；
3. 小程序在高峰时段（每晚八点至十一点）并发500人预约时，页面响应时间不超过2秒；
4. 乙方提交配置说明、操作手册和培训记录。
（三）甲方在收到申请后七日内组织验收，并出具书面验收单。系统试用或门店实际使用不视为验收合格。
（四）甲方应在实施启动后五日内提供原会员系统的导出数据和门店收银设备清单；
（五）乙方应编制迁移方案，在门店非营业时段完成切换，切换当日每家门店停业时间不超过一小时；
（六）迁移失败的，乙方应立即回退至原系统，并在三日内重新安排迁移。

六、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在凌晨两点至六点之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或储值）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，当日解决；
3. 三级问题（咨询、报表调整）：次一工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.01个百分点，乙方按当月订阅费的2%向甲方提供服务补偿；一级故障响应或恢复每超时一小时，乙方另行支付¥600。补偿款从下一期订阅费中抵扣。

七、数据
（一）甲方会员的姓名、手机号、储值及消费记录、预约记录等数据（“甲方数据”）归甲方所有。
（二）乙方有权在去标识化处理后，将甲方数据中的消费、预约和赛事数据用于编制飞镖及酒吧行业分析报告，并用于乙方产品改进和向其他客户提供的行业对标服务。上述使用在本合同终止后仍可继续。
（三）乙方应遵守《个人信息保护法》《数据安全法》，将甲方数据存储于境内数据中心，采取加密存储、访问控制和操作日志措施；发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除其系统中保存的甲方数据（上款去标识化数据除外）。
（五）乙方每年应委托第三方对系统进行一次渗透测试，并向甲方提供测试结论摘要。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）“云镖馆家”系统的知识产权归乙方所有。
（二）为甲方定制的小程序界面、品牌素材、赛事规则配置及数据报表模板的知识产权归甲方所有，甲方有权自行使用、修改或交由第三方使用。
（三）乙方保证系统不侵犯第三方知识产权，因此引发的纠纷由乙方负责处理并承担全部费用。

十、续期
服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，并可依此类推。续期时乙方有权根据其届时公布的标准价格调整年度订阅费，调整后的价格自续期之日起执行。

十一、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未达到服务水平的，按本合同服务水平条款承担补偿责任。
（四）乙方违反本合同数据安全义务的，除赔偿损失外，甲方有权暂停支付订阅费直至乙方整改完毕。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十二、分包
未经甲方书面同意，乙方不得将本合同项下的任何工作转包或分包给第三方。

十三、合同解除
（一）一方严重违约，经另一方书面通知后十五日内仍未纠正的，守约方有权解除合同。
（二）乙方一个月内发生三次以上一级故障的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（三）合同解除或终止的，乙方应按本合同数据条款配合甲方完成数据导出，并协助甲方将会员储值平稳迁移至新系统。

十四、不可抗力
因地震、火灾、政府管制、公共通信网络大面积中断等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免责。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

十六、其他
本合同附件包括：附件一 门店清单；附件二 系统功能清单；附件三 数据迁移方案。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
日期：2026年3月__日
"""

Z04 = r"""某市聋哑学校教务与康复管理系统运维服务合同

合同编号：SZXX-YW-2026-008
甲方：某市聋哑学校（某市特殊教育学校）
乙方：南京启聆信息技术服务有限公司

为保障甲方教务管理系统、听力语言康复管理系统及相关服务器、网络设备的稳定运行，甲方通过竞争性磋商确定乙方为运维服务供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。

第一条 服务对象与期限
（一）运维对象：1. 教务管理系统（学籍、排课、成绩、手语教学资源库）；2. 康复管理系统（学生听力评估档案、人工耳蜗及助听器调试记录、言语康复训练计划与课时记录）；3. 校园机房服务器8台、存储1套、核心及接入交换机14台、康复教室音频设备的网络接入部分。
（二）服务期限：2026年4月1日至2027年3月31日，共一个运维年度。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。
（三）运维对象如在服务期内新增或报废，双方应在季度考核时据实调整设备清单；新增设备数量不超过原数量一成的，不调整合同价款。

第二条 服务内容
（一）驻场运维：乙方派驻1名具有信息系统运维经验、掌握基础手语沟通能力的工程师，在校工作日8:00至17:30驻场服务。
（二）远程支持：工作日以外时间提供电话及远程支持，考试、评估和开学等重要时段安排专人值守。
（三）巡检：每月对服务器、存储、网络设备及两个系统进行一次全面巡检，提交巡检报告；每学期开学前进行一次专项检查。
（四）应用维护：系统缺陷修复、学期初学籍与排课数据初始化、账号权限调整、报表调整及与市教育局平台的数据报送对接维护。
（五）备品备件：乙方提供硬盘、电源模块、交换机等常用备件，备件费用已包含在合同价款内。
（六）等保测评配合：配合甲方完成年度网络安全等级保护测评，并按测评意见完成整改。
（七）培训：每学期为甲方教师和康复师开展一次系统操作培训，培训材料应配有文字说明，便于听障教职工使用。
（八）应急保障：制定系统故障和数据恢复应急预案，每学期组织一次应急演练，并在期末考试、康复评估等重要时段前完成专项检查。
（九）文档管理：建立并持续更新设备台账、网络拓扑图、系统配置文档和账号清单，任何变更应在三个工作日内更新并报甲方备案。

第三条 服务费用及支付
（一）合同总价为人民币叁拾捌万陆仟元整（¥386,000），其中：驻场人员服务费¥216,000，远程支持及巡检费¥98,000，备品备件费¥52,000，等保测评配合及整改费¥20,000。
（二）服务费按季度支付：每季度结束并经甲方考核合格后十五个工作日内，甲方支付该季度服务费¥96,500。
（三）乙方应在每次付款前开具合法有效的发票。
（四）合同价款为固定总价，包含人员、差旅、备件、工具及税费等全部费用，服务期内驻场人员加班及节假日应急支持不另行收费。

第四条 服务水平
（一）故障分级：一级故障指系统整体不可用、学籍或康复档案数据无法访问；二级故障指部分功能异常；三级故障指一般咨询和使用问题。
（二）响应时限：一级故障乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，当日解决；三级故障次一工作日内解决。
（三）考核扣款：一级故障响应或恢复每超时一小时，扣减服务费¥800；二级故障未在当日解决的，每次扣减¥300；月度巡检未按时完成的，每次扣减¥1,000。扣款从当季服务费中直接扣除。
（四）乙方应每月向甲方提交服务月报，列明故障数量、处理时长、巡检发现的问题及改进建议。

第五条 季度考核与验收
（一）甲方每季度末对乙方服务进行考核，考核内容包括：1. 巡检报告和工单记录完整；2. 工单按时关闭率不低于95%；3. 当季无因乙方原因造成的数据丢失；4. 教师及康复师满意度测评平均分不低于85分。
（二）服务期满时，乙方提交年度运维总结、设备台账、系统配置文档和全部工单记录，经甲方组织验收合格后，办理最后一个季度的付款。
（三）考核不合格的，甲方有权要求乙方限期整改，并暂缓支付当季服务费至整改合格。

第六条 数据安全
（一）学生学籍信息、听力评估档案、康复训练记录等数据均属于甲方所有，其中涉及未成年人的个人信息和健康信息。乙方仅可为完成运维工作在甲方授权范围内访问上述数据，不得复制、下载、留存或用于其他任何用途。
（二）乙方应遵守《个人信息保护法》《数据安全法》及未成年人个人信息保护的有关规定，运维操作须使用甲方分配的专用账号并通过堡垒机进行，重要操作前须进行数据备份，每月对备份数据进行一次恢复测试。
（三）发生数据泄露、损毁或被非法访问等事件，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
（四）服务期满后，乙方应移交全部账号和文档，并删除其存有的甲方任何数据，出具书面确认。
（五）乙方应对驻场及远程运维人员进行数据安全培训，并由其签署个人信息保护承诺书交甲方备案。

第七条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文档、巡检报告和报表模板的知识产权归甲方所有，甲方可自由使用和修改。

第八条 人员管理
（一）乙方驻场人员须持有无犯罪记录证明，遵守学校安全管理制度，未经甲方同意不得单独进入学生宿舍和康复训练室。
（二）乙方更换驻场人员须提前十日征得甲方同意，并安排不少于五个工作日的交接。
（三）乙方应为驻场人员依法缴纳社会保险，乙方人员与甲方不构成劳动关系。
（四）乙方驻场人员应接受甲方组织的校园安全及学生保护培训，与学生交流时应遵守学校的相关规范。

第九条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十条 违约责任
（一）乙方未按约定日期开始驻场服务的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方未达到服务水平的，按本合同第四条扣减服务费。
（三）因乙方原因造成系统数据丢失或设备损坏的，乙方应负责恢复，并赔偿甲方由此遭受的损失。
（四）乙方驻场人员无故缺勤的，每人每日扣减服务费¥600；连续缺勤超过三日的，乙方应在两日内安排合格人员顶岗。
（五）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付利息。

第十一条 合同的变更与解除
本合同的变更、解除须经双方协商一致并签订书面协议。任何一方不得擅自变更或解除合同。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同附件包括：运维设备清单、系统清单、磋商文件及乙方响应文件。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：__________　　乙方（盖章）：__________
签订日期：2026年3月__日
"""

Z05 = r"""# 木料溯源与工序追踪系统软件许可及开发合同

**（匠木科技标准合同文本 JMHT-2025 版）**

合同编号：JM-2026-0219

甲方：福建闽艺根雕工艺品有限公司

乙方：莆田匠木软件科技有限公司

甲方因生产管理需要，向乙方采购“匠木溯源”木料溯源与工序追踪系统软件许可及定制开发服务。双方本着平等自愿的原则，经协商一致，签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠木溯源”系统V3.2标准版软件的永久使用许可，包括原料入库、根材编码、工序流转、库存管理、成品档案五个标准模块，许可用户数为80个。

1.2 乙方根据甲方需求进行定制开发，内容包括：根材清根、去皮、蒸煮、干燥、雕刻、打磨、上蜡等工序的扫码报工；雕刻师傅工时计件与工资核算；成品“一物一码”档案及证书打印；面向经销商的真伪查询小程序。

1.3 乙方负责系统安装部署、基础数据导入及甲方人员的操作培训。

1.4 本合同项下的软件许可仅限甲方在其位于仙游县的生产基地内部使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠木溯源”标准版软件许可（80用户） | 690,000 |
| 2 | 定制开发（工序报工、计件、成品档案、查询小程序） | 186,000 |
| 3 | 安装部署及培训 | 44,000 |
| | 合计 | 920,000 |

合同总价为人民币玖拾贰万元整（¥920,000）。上述价款不含甲方自行采购的服务器、扫码枪、标签打印机等硬件，价款一经确定不作调整，甲方应自行承担硬件采购费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥598,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥322,000。

3.3 甲方未按期付款的，乙方有权暂停开发和服务，工期相应顺延，并按每日千分之一收取滞纳金。

3.4 乙方收到款项后十五个工作日内向甲方开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方应在收到首期款后七十五日内完成系统部署和定制开发，并通知甲方上线。

4.2 甲方应为系统部署提供符合乙方要求的服务器、网络环境及车间扫码设备，并指派专人配合基础数据整理。因甲方准备不足造成的延误，乙方不承担责任。

4.3 乙方在部署前向甲方提供硬件配置建议，甲方应在收到建议后十日内完成采购和安装。

4.4 上线前乙方为甲方组织两次集中培训，每次不超过两天，培训对象为甲方指定的管理员、车间主任和仓库人员；额外培训按乙方收费标准另行计费。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现问题的，可书面提交乙方，乙方将在后续版本中酌情处理，但不影响已完成的验收。

## 第六条 质保与维护

6.1 系统免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即每年¥193,200。维护服务期满后自动续期，续期的维护费标准不变。

6.3 未购买维护服务的，乙方不再提供任何技术支持和升级，系统运行问题由甲方自行承担。

6.4 维护服务内容包括软件缺陷修复、小版本升级和远程技术支持。大版本升级、新增功能开发及硬件更换不属于维护服务范围，需另行签订合同。

## 第七条 技术支持

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日9:00至18:00。

7.2 系统发生导致车间无法报工的一级故障，乙方在接到甲方通知后8小时内响应；其他故障在三个工作日内响应。

7.3 如需乙方工程师现场服务，差旅费用由甲方承担。

7.4 甲方应配备熟悉系统的管理员负责日常使用问题的初步排查，乙方仅对甲方管理员提供支持。

## 第八条 知识产权

8.1 “匠木溯源”系统及其全部模块的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序报工、计件核算、成品档案及查询小程序等成果，其知识产权（包括著作权和源代码）均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第九条 数据

9.1 甲方在系统中录入和产生的根材、工序、工人、成品及客户数据归甲方所有，乙方仅为提供实施和维护服务使用，不得用于其他目的。

9.2 乙方应采取权限控制、数据加密和定期备份等措施保障系统数据安全，远程维护须经甲方同意；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应赔偿责任。

9.3 甲方应自行做好业务数据的日常备份；乙方按每日一次的频率保留最近七日的系统备份。

## 第十条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面许可不得向第三方披露。本条义务不因合同终止而失效。

## 第十一条 甲方的义务

1. 按时支付合同价款；2. 提供系统运行所需的软硬件环境和网络条件；3. 妥善保管系统账号和密码，因账号管理不善造成的损失由甲方自行承担；4. 不得将系统许可转让、出租或转授权给第三方；5. 按乙方提供的操作手册规范使用系统。

## 第十二条 乙方的义务

1. 按合同约定提供软件许可和定制开发成果；2. 提供操作手册和安装说明；3. 在免费维护期内修复系统缺陷；4. 对甲方人员进行必要的操作培训。

## 第十三条 违约责任

13.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

13.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且乙方不承担甲方的间接损失、利润损失和停产损失。

13.3 甲方逾期付款超过三十日的，乙方有权解除合同，已收款项不予退还。

## 第十四条 合同解除

一方严重违约，经对方书面通知后三十日内仍未改正的，守约方有权书面通知解除本合同。合同解除后，甲方应停止使用其未付款部分对应的软件及定制成果。

## 第十五条 不可抗力

因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方并提供证明。不可抗力包括地震、台风、洪水、火灾、战争、疫情及政府行为等不能预见、不能避免且不能克服的客观情况。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉，诉讼费、律师费由败诉方承担。

## 第十七条 其他

17.1 本合同为乙方标准合同文本，双方对条款内容已充分理解。

17.2 本合同未尽事宜，双方可另行协商签订补充协议。合同附件《需求确认书》《功能清单》与本合同具有同等效力。

17.3 双方通过本合同首页所列地址和联系人送达通知，一方变更联系方式的，应提前五日书面通知对方。

17.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：2026年2月__日
"""

E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. AGT-TSV-2026-044
P:This Agreement is made between Zhejiang Huayuan Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo (the "Buyer"), and Agrotrace Solutions SARL, a company incorporated in the Togolese Republic with its registered office at Route de Lome, Tsevie, Togo (the "Vendor").
P:The Buyer sources cashew, shea and soybean lots from West African cooperatives and wishes to license the Vendor's crop-sourcing traceability software for use in its Ningbo headquarters and its buying stations, together with the implementation, interface and training services described below. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AgroTrace Sourcing Suite, version 6, comprising the lot registration, cooperative management, moisture and grading, shipment consolidation and certificate modules, in object code, with its documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, configuration sets, data-conversion scripts and other materials that the Vendor creates specifically for the Buyer under this Agreement, including their source code and technical documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the course of the Buyer's business, including supplier, farmer, lot, quality and shipment records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its own business and that of its affiliates in mainland China and at its buying stations abroad, for up to 150 named users and an unlimited number of cooperatives and lots.
P:2.2 The Vendor shall install and configure the Software in the Buyer's data centre in Ningbo, build interfaces to the Buyer's ERP and warehouse management systems, convert the historical lot records held in spreadsheets, and train the Buyer's key users and administrators.
P:2.3 The Vendor shall deliver the installation media, licence keys, administrator guide, user guide and interface specifications in English and Chinese.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,906,000 (the "Contract Price"), made up as follows: Software licence fee CNY 1,340,000; implementation, interfaces and data conversion CNY 520,000; training CNY 46,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and living expenses of the Vendor's staff, third-party components and all services during the warranty period. No other fee is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after Go-Live, meaning the first day on which the Software is used in production at the Ningbo headquarters and two buying stations. Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, interfaces and data conversion and submit the Software for acceptance testing within 110 days after signature.
P:5.2 Acceptance tests shall show that: (a) every function listed in the requirements specification works as described; (b) the converted lot records reconcile with the source spreadsheets in number of lots, net weight and quality grade; (c) the ERP and warehouse interfaces exchange purchase orders, receipts and shipment data without error for 10 consecutive business days; (d) grading screens open in under 2 seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the tests are passed and the documentation is complete, the Buyer shall sign a Final Acceptance certificate within 10 business days. Installation, Go-Live, use in production or payment does not by itself constitute acceptance. If the tests fail, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee shall not exceed 10% of the Software licence fee, that is CNY 134,000 per year, and shall not increase during the first three support years. Support is ordered year by year and does not renew automatically.
P:6.3 Severity 1 means that the Software is unavailable or that lots cannot be registered or shipped at the headquarters or any buying station. For Severity 1 the Vendor shall respond within 1 hour, at any time, and restore service within 8 hours. Severity 2 issues shall receive a response within 2 business hours and a fix within 3 business days.
P:6.4 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 issue, the Vendor shall credit the Buyer CNY 1,200, to be deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely, including to third-party service providers.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, under individual accounts approved by the Buyer, with all sessions logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law when handling Buyer Data, including personal data of farmers and cooperative members.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of discovery, cooperate in containment and investigation, and bear all losses caused by a breach attributable to the Vendor or its personnel.
P:8.4 On termination or expiry, the Vendor shall return or delete all Buyer Data in its possession and certify the deletion in writing.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, sourcing volumes, supplier lists and technical information, use it only for this Agreement, and not disclose it to any third party without prior written consent.
P:9.2 This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1, or fails to achieve Final Acceptance within 60 days after that date, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 8 or Article 9, personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except where caused by wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1, the Vendor shall refund all amounts paid for services not accepted, and the perpetual licence remains in force for all fees paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Togolese Republic.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration before the Court of Arbitration of Togo (CATO) in Lome, in the English language, by a sole arbitrator. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Requirements Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above, by courier or by email with confirmation.
P:15.3 This Agreement is made in two originals in English, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = r"""# Order Form and General Terms - FieldCrew Workforce Scheduling Service

**Order Form No. PKU-OF-2026-0107**

## Part A - Order Form

### A1 Parties

**Provider:** FieldCrew Technologies SARL, a company incorporated in the Republic of Benin, with its registered office at Quartier Banikanni, Parakou, Benin ("Provider").

**Customer:** Hunan Xiangjiang Property Services Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Changsha ("Customer").

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

### A2 Service

Provider will provide its FieldCrew workforce scheduling and work-order service (the "Service") as a hosted subscription for Customer's facility management operations: shift planning for up to 2,400 cleaning, security and maintenance staff, mobile work orders, attendance by geofenced check-in, inspection checklists, and management dashboards. The Service includes the mobile applications for Android and iOS, the web console, and the standard interfaces to Customer's payroll and HR systems.

Provider will also perform the one-time onboarding described in A4.

### A3 Subscription Term

The Subscription Term is 36 months, starting on the Service Start Date. The Service Start Date is the date on which Customer signs the Go-Live acceptance under A4. The Subscription Term ends at the end of the 36th month and does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

### A4 Onboarding and Go-Live Acceptance

Provider will configure the Service for Customer's 46 managed properties, import staff, shift patterns and site data, connect the payroll and HR interfaces, and train 60 supervisors and 8 administrators. Provider will make the Service ready for Go-Live acceptance within 50 days after signature of this Order Form.

Go-Live acceptance criteria are: (a) all 46 properties and all staff records are set up and reconciled with Customer's HR master list; (b) a full two-week shift plan is generated and published for every property; (c) attendance records for a test week are transferred to the payroll system and match Customer's manual check; (d) the mobile application works on the device models listed by Customer; and (e) administrator and supervisor training is complete. Customer will confirm acceptance in writing within 7 business days after Provider reports readiness, or state the criteria not met. Use of the Service before Go-Live acceptance does not count as acceptance.

If Provider does not make the Service ready for Go-Live acceptance by the date stated above, Provider will pay Customer CNY 700 for each day of delay, deducted from the Onboarding Fee.

### A5 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Fee | one-time, fixed | 62,000 |
| Subscription Fee, Year 1 | up to 2,400 staff, annual | 248,000 |
| Subscription Fee, Year 2 | up to 2,400 staff, annual | 248,000 |
| Subscription Fee, Year 3 | up to 2,400 staff, annual | 248,000 |
| Total Contract Value | 36 months | 806,000 |

Fees are fixed for the Subscription Term and include hosting, updates, standard support and the mobile applications. Staff above 2,400 are charged at CNY 9 per person per month and are not part of the Total Contract Value.

### A6 Invoicing and Payment

The Onboarding Fee is invoiced after Go-Live acceptance. The Subscription Fee for each year is invoiced at the start of that subscription year, the first year starting on the Service Start Date. Customer pays each invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before Go-Live acceptance.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service or that the Service generates from Customer's use, including staff records, attendance records, locations and work-order records.

1.2 "Customer Materials" means the configurations, shift templates, inspection checklists, report layouts and interface mappings created for Customer during onboarding or the Subscription Term.

1.3 "Incident" means an interruption or degradation of the Service, classified by priority under Section 3.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for the accuracy of the data it enters and for the use of the Service by its users in line with the documentation.

2.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A2.

### 3. Service Levels

3.1 Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Priority 1 Incidents (the Service or the mobile check-in is unavailable for all or most users) receive a response within 30 minutes and a workaround or fix within 6 hours, at any time. Priority 2 Incidents (a major function is unavailable for some users) receive a response within 2 hours and a fix within 2 business days. Priority 3 Incidents receive a response within 1 business day.

3.3 If monthly availability falls below the commitment in 3.1, Provider will credit 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that monthly amount. For each hour by which a Priority 1 response or fix time is exceeded, Provider will credit CNY 500. Credits are deducted from the next invoice.

3.4 Provider will send Customer a monthly service report showing availability, Incidents and credits.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer under this Agreement and for no other purpose, including after the end of the Agreement.

4.2 Customer may export Customer Data at any time through the web console in CSV format. Within 30 days after the end of the Subscription Term, Provider will provide a full export on request and then delete Customer Data from the Service.

### 5. Intellectual Property

5.1 Provider owns the Service, its software and documentation, and all improvements to them.

5.2 Customer Materials belong to Customer. Customer may use, copy, modify and disclose them freely, including to another service provider after the end of this Agreement, and Provider will deliver them in an editable format on request.

### 6. Confidentiality

6.1 Each party will keep confidential the non-public information it receives from the other party in connection with this Agreement, including prices, staff information and business plans, use it only to perform this Agreement and not disclose it to anyone except its employees and advisers who need to know it and are bound by similar duties.

6.2 These duties do not apply to information that is public through no fault of the receiving party, was already known to it, or must be disclosed by law. They continue for three years after the end of this Agreement.

### 7. Liability

7.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the nine months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect, special or consequential loss, or for loss of profit, revenue or goodwill.

7.3 The limits in this Section do not apply to Customer's obligation to pay fees, or to liability for fraud or wilful misconduct.

### 8. Subcontracting and Assignment

8.1 Provider may not subcontract the Service or any part of it without Customer's prior written consent, except for the hosting provider named in the Order Form annex, which Customer approves by signing. Provider remains responsible for all subcontractors.

8.2 Neither party may assign this Agreement without the other party's prior written consent.

### 9. Term and Termination

9.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

9.3 If Customer terminates under 9.2, Provider will refund any prepaid Subscription Fee for the period after termination.

9.4 Sections 4, 5, 6 and 7 survive termination.

### 10. General

10.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

10.2 Notices must be in writing and sent to the addresses in A1, by courier or by email with confirmation of receipt.

10.3 This Agreement may be amended only in writing signed by both parties.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.
"""

E03 = r"""
T:Supply and Licence Contract for Grain Silo Sensors and Monitoring Software
P:Contract No. AHGR-IT-2026-009
P:Buyer: Anhui Huaiyuan Grain Reserve Co., Ltd., Hefei, People's Republic of China (the "Buyer").
P:Supplier: SiloSense Benin SA, Zone Artisanale, Lokossa, Republic of Benin (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the supply of equipment and software. The Supplier has reviewed these terms and accepts them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the temperature and humidity sensor cables, the gas (CO2 and phosphine) sensors and the wireless gateways listed in Clause 2.
P:1.2 "Software" means the SiloWatch monitoring software, version 4, including the server application, the web console and the mobile alarm application, with documentation.
P:1.3 "Deliverables" means the Equipment, the Software and all configuration, interface programs, drawings and documents delivered under this Contract.
P:1.4 The Supplier shall supply, install and commission the Equipment in 24 grain silos at the Buyer's Huaiyuan depot, install and configure the Software on the Buyer's servers, connect it to the Buyer's grain storage management system, and train the Buyer's staff.
H:2. Price
P:2.1 The total Contract Price is CNY 1,722,000, fixed and inclusive of all taxes, freight, insurance, import formalities and all services during the warranty period, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature and humidity sensor cables|1,200|640|768,000
TB:2|Wireless gateways with solar power|96|3,500|336,000
TB:3|SiloWatch monitoring software, perpetual licence|1|412,000|412,000
TB:4|Hardware and Licence Subtotal|||1,516,000
TB:5|Installation, commissioning and interfaces|1|184,000|184,000
TB:6|Training|1|22,000|22,000
TB:7|Contract Price|||1,722,000
P:2.2 The Supplier may not charge any amount beyond the Contract Price for the scope of this Contract.
H:3. Payment
P:3.1 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price within 20 days after the Buyer signs the Installation Certificate for all 24 silos. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 35% of the Contract Price within 20 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Huaiyuan depot within 70 days after signature and complete installation within 40 days after delivery. Installation in a silo shall take place only when the silo is empty or when the Buyer's storage manager has approved a work plan for that silo.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules, in particular the rules on confined spaces, work at height and fumigation periods.
P:4.4 The Supplier shall train 20 of the Buyer's storage keepers and 4 IT administrators at the depot, covering daily monitoring, alarm handling, sensor cable replacement, gateway maintenance and Software administration. Training materials shall be in Chinese and become the Buyer's property.
P:4.5 The Supplier shall submit a weekly progress report during installation, listing the silos completed, the problems found and the plan for the following week.
P:4.3 If the Supplier fails to complete installation or to achieve Final Acceptance by the agreed dates, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment.
H:5. Acceptance
P:5.1 After installation the Supplier shall carry out acceptance tests in the presence of the Buyer. The tests shall show that: (a) every sensor point reports to the Software and the readings of 5% of points chosen by the Buyer agree with a calibrated reference thermometer within 0.5 degrees Celsius; (b) gas readings agree with the Buyer's portable detector within the tolerance stated in the technical specification; (c) alarms reach the web console and the mobile application within 60 seconds; (d) data is transferred to the grain storage management system every 10 minutes without loss for 30 consecutive days; and (e) all documents listed in the technical specification are delivered.
P:5.2 When all tests are passed, the Buyer shall sign a Final Acceptance Certificate within 10 business days. Delivery, installation, use or payment does not by itself constitute acceptance.
P:5.3 If any test fails, the Supplier shall remedy the failure at its cost and repeat the test within 15 days.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel, and supply Software updates.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 7% of the Hardware and Licence Subtotal, that is CNY 106,120 per year, and shall remain unchanged for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 The Supplier shall keep spare sensor cables and gateways in stock in China sufficient to replace at least 3% of the installed quantities.
H:7. Service Levels
P:7.1 During the warranty period the Software shall be available at least 99.95% of each calendar month, measured at the Buyer's server, excluding maintenance agreed in advance.
P:7.2 The Supplier shall handle faults as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or no readings from a whole silo or a gateway group|30 minutes|8 hours
TB:Severity 2|Readings missing from single sensor cables, or alarm delays|2 hours|2 business days
TB:Severity 3|Questions and minor defects|1 business day|next release
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded the Supplier shall pay CNY 1,000, and for each 0.01 percentage point by which monthly availability falls below 7.1 it shall pay CNY 2,000. The Buyer may deduct these amounts from any payment or from the support fee.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable, non-exclusive licence to use it at all of the Buyer's depots.
P:8.2 The interface programs, silo layout drawings, alarm rules and reports made for the Buyer belong to the Buyer. The Supplier shall deliver their source code and editable files, and the Buyer may use, modify and license them freely.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe third-party rights.
H:9. Data Security and Buyer Data
P:9.1 All readings, alarm records, stock information and other data collected or processed by the Deliverables belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or use them for any other purpose.
P:9.2 The Software shall be installed on the Buyer's servers. The gateways shall send data only to those servers, over encrypted connections. The Supplier may access the Buyer's systems remotely only through the Buyer's VPN, with per-session approval, and all sessions shall be logged.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Deliverables or Buyer data, take immediate remedial action, and bear all losses caused by incidents attributable to it. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, grain stocks, storage conditions and systems, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Clauses 9 and 10.
P:11.2 Neither party is liable to the other for indirect or consequential loss, except in cases of wilful misconduct or gross negligence.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors shall follow this Contract, and the Supplier remains responsible for them.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Clause 4.3 reach their maximum.
P:13.2 On termination for breach the Supplier shall refund the amounts paid for Deliverables not accepted and compensate the Buyer's direct losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:15. General
P:15.1 The technical specification (Annex 1) and the acceptance test plan (Annex 2) form part of this Contract. This Contract is made in English and Chinese; both versions have equal force.
P:15.2 Amendments to this Contract are valid only if made in writing and signed by both parties. Notices shall be sent to the addresses above by courier or by email with confirmation.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# Managed IT Services Agreement

**Agreement No. CRB-MSA-2026-12**

**Between:** China Ruibang Construction Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan (the "Customer"),

**and:** Lagune Digital Services SARL, a company incorporated in the Togolese Republic with its registered office at Quartier Zebe, Aneho, Togo (the "Provider").

**Background.** The Customer runs road and water-supply projects in Togo, Benin and Ghana from regional offices and site camps. It wishes to engage the Provider to manage its end-user IT, local networks and site connectivity at those locations for 36 months, as described in this Agreement and its Schedules.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Sites" means the offices and site camps listed in Schedule 1, as updated by agreement.

1.3 "Service Commencement Date" means the date on which the Customer signs the transition acceptance under Section 3.3.

1.4 "Customer Data" means all data of the Customer, its employees and contractors that the Provider accesses, stores or processes in providing the Services, including user accounts, emails, project documents, device logs and personal information.

1.5 "Incident" means an unplanned interruption or degradation of a Service, classified by priority in Schedule 2.

## Section 2 Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement expires at the end of the service term. It does not renew automatically; any extension requires a written amendment signed by both parties, with fees agreed at that time.

## Section 3 Transition

3.1 Within 45 days after signature the Provider shall take over the Services from the Customer's current arrangements: it shall inventory all devices and network equipment at the Sites, document the networks, set up its service desk and monitoring tools, and agree operating procedures with the Customer's IT department in Wuhan.

3.2 The Customer shall give the Provider access to the Sites, existing documentation and administrator accounts needed for the transition.

3.3 Transition acceptance criteria are: (a) the asset inventory covers every device at every Site and reconciles with the Customer's asset register; (b) monitoring covers all routers, switches, firewalls, satellite and microwave links and servers at the Sites; (c) the service desk has handled test tickets in English, French and Chinese from each country; (d) a backup of every Site server has been completed and a test restore has succeeded; and (e) the operating procedures and escalation contacts are approved by the Customer. The Customer shall confirm acceptance in writing within 10 business days after the Provider reports readiness, or list the criteria not met. Starting to use the service desk does not count as acceptance.

## Section 4 Services and Service Levels

4.1 The Provider shall perform the Services in Schedule 1 to the service levels in Schedule 2 and in line with good industry practice.

4.2 Priority 1 Incidents shall receive a response within 15 minutes at any time. Restoration targets, availability commitments and service credits are set out in Schedule 2.

4.3 The Provider shall deliver a monthly service report showing ticket volumes, response and restoration times, link availability, backup results, open risks and service credits due, and shall meet the Customer's IT manager monthly to review it.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,172,000.

5.2 The Transition Fee is invoiced after transition acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for part months.

5.3 The Customer shall pay each correct invoice within 30 days by bank transfer in CNY. Service credits are deducted from the next invoice.

5.4 The charges are fixed for the service term and include all staff, travel between Sites within each country, tools, licences for the Provider's own systems, and taxes.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, keep, analyse or use it for any other purpose, during or after the term.

6.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including individual named administrator accounts with multi-factor authentication, encryption of data in transit and of backups, logging of all administrator access, and prompt security patching of managed devices. The Provider shall comply with the PRC Data Security Law and Personal Information Protection Law and with the data-protection laws of each country where the Sites are located.

6.3 The Provider shall notify the Customer within 12 hours after becoming aware of any breach of security affecting Customer Data, take immediate steps to contain it, support the Customer's investigation and notifications, and be liable for all losses caused by a breach attributable to the Provider or its personnel.

6.4 At the end of the term the Provider shall hand over all Customer Data and documentation and then securely delete all copies, confirming deletion in writing.

## Section 7 Intellectual Property

7.1 The Provider keeps ownership of its own tools, scripts and methods existing before this Agreement.

7.2 All documentation, network diagrams, configurations, runbooks, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and disclose them freely, including to any replacement provider.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including project information, prices, network details and passwords, and shall use it only for this Agreement. Neither party shall disclose such information to third parties without prior written consent, except to its professional advisers or as required by law.

8.2 This Section continues for three years after the end of this Agreement.

## Section 9 Personnel and Subcontracting

9.1 The Provider shall assign a named service manager and keep adequately trained field engineers in each country.

9.2 The Provider may use subcontractors, including local field-service companies in Ghana and Benin, to perform any part of the Services, provided that it gives the Customer written notice identifying the subcontractor at least 10 days before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit in 10.1 does not apply to breach of Sections 6 or 8, personal injury, fraud or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss.

## Section 11 Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Priority 1 restoration targets are missed in three months of any six-month period.

11.2 The Provider may terminate this Agreement if an undisputed invoice remains unpaid for 60 days after written reminder.

11.3 On termination or expiry the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a replacement provider without interruption.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final and binding.

## Schedule 1 - Services and Sites

| Service | Description |
|---|---|
| Service desk | Multilingual desk (English, French, Chinese), by phone, email and chat, 24 hours a day, 7 days a week |
| End-user support | Laptops, desktops, printers and mobile phones: setup, repair, replacement and moves |
| Network management | Monitoring and management of routers, switches, Wi-Fi and firewalls at all Sites |
| Connectivity | Management of satellite and microwave links with the Customer's carriers |
| Server and backup | Management of Site file servers and daily backups with monthly restore tests |

| Site | Country | Users |
|---|---|---|
| Regional office, Lome | Togo | 85 |
| Site camp, Aneho road project | Togo | 40 |
| Regional office, Cotonou | Benin | 60 |
| Site camp, Parakou water project | Benin | 35 |
| Country office, Accra | Ghana | 50 |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Site offline or all users at a Site unable to work | 15 minutes | 6 hours |
| P2 | Several users or a key function affected | 1 hour | 1 business day |
| P3 | Single user or minor issue | 8 business hours | 3 business days |

| Measure | Commitment | Service credit |
|---|---|---|
| Link availability per Site | 99.95% per month, caused by Provider-managed equipment | 3% of the Monthly Service Charge per 0.1 point below |
| P1 restoration | within target | CNY 1,000 per hour late |
| Monthly backup restore test | completed and successful | CNY 2,000 per missed test |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 84,000 |
| Monthly Service Charge | 58,000 x 36 months | 2,088,000 |
| Total Contract Value | | 2,172,000 |
| Exit assistance | per engineer day, if needed | 2,600 |

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

E05 = r"""DATA SUBSCRIPTION AGREEMENT - WEST AFRICA CROP AND WEATHER DATA API

Agreement No. BHC-DS-2026-031

PARTIES

1.1 Savane Data SARL, a company incorporated in the Republic of Benin, with its registered office at Quartier Gankon, Bohicon, Benin ("Vendor").

1.2 Shandong Lufeng Agricultural Import and Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao ("Customer").

1.3 Customer buys cotton, cashew and soybeans from West Africa and wishes to receive crop-condition, weather and harvest-progress data through Vendor's application programming interface, for use in its purchasing and logistics planning. Vendor agrees to provide that data on the terms below.

DEFINITIONS

2.1 "API" means Vendor's AgriSignal REST interface and its documentation.

2.2 "Data" means the datasets listed in clause 3.1 as delivered through the API, including historical series and updates.

2.3 "Activation" means the date on which Customer confirms in writing that the activation tests in clause 4.2 have been passed.

2.4 "Subscription Year" means each period that starts on Activation or on an anniversary of Activation and ends on the day before the next anniversary.

2.5 "Customer Inputs" means the field coordinates, supplier locations, purchase volumes and queries that Customer sends to the API, and any reports Customer produces from the Data.

SUBSCRIPTION

3.1 Vendor will provide Customer with access to the following datasets for Benin, Togo, Nigeria, Ghana and Cote d'Ivoire: (a) daily weather observations and ten-day forecasts at district level; (b) satellite vegetation indices every 5 days at 250-metre resolution; (c) weekly harvest-progress and crop-condition estimates for cotton, cashew and soybean; (d) historical series of the same data from 2015 onwards; and (e) a monthly regional crop outlook report in English and French.

3.2 The subscription covers up to 400,000 API calls per month and up to 25 named users of Vendor's web dashboard. Calls above that volume are charged as stated in clause 5.3.

3.3 Vendor will set up Customer's API keys and web dashboard accounts, load Customer's 1,800 supplier locations, and build one custom data feed that matches those locations to the nearest district data.

ACTIVATION

4.1 Vendor will make the API, the dashboard and the custom data feed ready for activation tests within 25 days after signature of this Agreement.

4.2 The activation tests are: (a) all datasets in clause 3.1 can be retrieved through the API for every country listed; (b) the custom data feed returns data for at least 98% of Customer's supplier locations; (c) a sample of 200 API calls chosen by Customer returns valid responses in the documented format; and (d) the web dashboard accounts work for all named users. Customer will confirm Activation in writing within 5 business days after Vendor reports readiness, or state which tests failed.

4.3 If Vendor does not make the Service ready for activation tests by the date in clause 4.1, Vendor shall pay Customer CNY 300 for each day of delay.

FEES AND PAYMENT

5.1 The fees are: (a) a one-time set-up fee of CNY 28,000; and (b) an annual subscription fee of CNY 186,000 for each Subscription Year. The total for the initial term of two Subscription Years, including the set-up fee, is CNY 400,000.

5.2 The set-up fee is invoiced after Activation. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer will pay each invoice within 30 days of receipt, in CNY, by bank transfer.

5.3 API calls above the monthly volume in clause 3.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5.4 All fees include taxes payable in Benin. Each party bears its own bank charges.

TERM AND RENEWAL

6.1 The initial term is two Subscription Years from Activation.

6.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.3 Vendor may increase the subscription fee for any renewal term by giving Customer written notice at least 30 days before the renewal date. The increased fee applies from the start of the renewal term.

SERVICE AND SUPPORT

7.1 Vendor will use commercially reasonable efforts to make the API and the dashboard available and to deliver updates of the Data on the schedule described in the documentation. Vendor does not guarantee that the API will be uninterrupted or error-free, and data updates may be delayed when source data is late.

7.2 Support is provided by email during Vendor's business hours, Monday to Friday, 08:00 to 17:00 West Africa Time, excluding public holidays in Benin. Vendor will try to answer support requests promptly.

7.3 Vendor will announce planned maintenance by email at least 3 days in advance where possible.

7.4 Vendor will describe in the documentation the sources and methods used for each dataset and will inform Customer by email of any material change in sources, methods or coverage at least 30 days before it takes effect. If a change removes a country or a dataset listed in clause 3.1, Customer may terminate the affected part of the subscription and receive a pro-rata refund of the fees paid for the remainder of the Subscription Year.

DATA LICENCE AND INTELLECTUAL PROPERTY

8.1 Vendor owns the Data and the API. Vendor grants Customer a non-exclusive, non-transferable licence during the term to use the Data for Customer's internal business purposes, including in internal reports and models, and to share excerpts with its affiliates in mainland China.

8.2 Customer may keep and continue to use reports, models and analyses that it produced during the term, including the Data embedded in them, after the end of this Agreement.

8.3 The custom data feed specification and the matching of Customer's supplier locations prepared for Customer belong to Customer, which may use, modify and give them to any third party.

8.4 Customer will keep its API keys secure, will not resell the Data or make it available to the public, and will name Vendor as the source when Data is shown in reports given to third parties.

CUSTOMER INPUTS AND DATA SECURITY

9.1 Customer Inputs belong to Customer. Vendor will use Customer Inputs only to provide the subscription to Customer and for no other purpose, and will not combine them with other customers' data or disclose them.

9.2 Vendor will store Customer Inputs in encrypted form, restrict access to named Vendor staff who need it, log all access, and apply security updates to its systems without delay. Vendor will comply with applicable data-protection laws, including the PRC Personal Information Protection Law and Data Security Law to the extent they apply to Customer Inputs.

9.3 Vendor will notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate steps to contain it, and be liable for the losses caused by a breach attributable to Vendor.

9.4 Within 30 days after the end of this Agreement, Vendor will delete all Customer Inputs and confirm deletion in writing.

CONFIDENTIALITY

10.1 Each party will keep confidential the other party's non-public information, including Customer Inputs, prices and business plans, use it only for this Agreement, and not disclose it to third parties without prior written consent, except as required by law.

10.2 This obligation continues for three years after the end of this Agreement.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees payable for the initial term.

11.2 Neither party is liable for indirect or consequential loss, including loss of profit or trading losses resulting from decisions based on the Data.

11.3 The limits in this section do not apply to breach of clauses 9 and 10, fraud or wilful misconduct.

SUBCONTRACTING

12.1 Vendor may not subcontract the provision of the API or the processing of Customer Inputs without Customer's prior written consent. Vendor remains responsible for any approved subcontractor. Vendor's purchase of source data from public weather agencies and satellite operators is not subcontracting.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Vendor will refund the subscription fee for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

15.2 Notices must be sent in writing to the addresses in clauses 1.1 and 1.2, by courier or by email with confirmation of receipt.

Signed for Vendor: ____________________        Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h750z01": ("h750z01_seismic_intensity_early_warning_platform.pdf", "pdf", Z01),
    "h750z02": ("h750z02_rice_cooker_line_control_retrofit.docx", "docx", Z02),
    "h750z03": ("h750z03_darts_bar_chain_booking_membership_saas.txt", "txt", Z03),
    "h750z04": ("h750z04_deaf_school_academic_rehab_system_om.txt", "txt", Z04),
    "h750z05": ("h750z05_root_carving_tracking_software_supplier_template.md", "md", Z05),
    "h750e01": ("h750e01_crop_traceability_licence_togo_vendor.pdf", "pdf", E01),
    "h750e02": ("h750e02_workforce_scheduling_saas_order_form_benin_vendor.md", "md", E02),
    "h750e03": ("h750e03_grain_silo_sensors_monitoring_licence.docx", "docx", E03),
    "h750e04": ("h750e04_west_africa_managed_it_services_36_months.md", "md", E04),
    "h750e05": ("h750e05_crop_weather_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: language, category, terms (in KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      fee base for TCO (itemised licence/hardware subtotal) or None, design rule list
LABELS = {
    "h750z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False,
                                   True, False, "PRC", G], (True, True, True, False, 2260000), 1260000, []),
    "h750z02": ("zh", "hardware", [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 9.5, False,
                                   True, True, "PRC", G], (True, True, True, False, 1894000), 1720000,
                ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h750z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                                True, False, "PRC", S], (True, True, None, False, 532000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h750z04": ("zh", "services", [None, 0.25, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None,
                                   False, False, False, "PRC", S], (True, True, None, False, 386000), None,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h750z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 28, False,
                                   True, None, "PRC", G], (True, True, True, True, 920000), 690000,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h750e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True,
                                   False, "Togo", G], (True, True, True, False, 1906000), 1340000, ["CR-GOVERNING-LAW"]),
    "h750e02": ("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 700 / 806000 * 100, 9 / 36 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S], (True, True, None, False, 806000),
                None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h750e03": ("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False,
                                   True, False, "PRC", G], (True, True, True, False, 1722000), 1516000, []),
    "h750e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                   False, True, True, "PRC", S], (True, False, None, False, 2172000), None,
                ["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "h750e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 300 / 400000 * 100, 150, None, True, None,
                                None, None, True, True, False, "PRC", S], (False, True, None, False, 400000), None,
                ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 defaults
T_AVAIL, T_RESP, T_LD, T_CAP, T_PRE, T_WARR, T_PWF, T_TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, base, value):
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive_rules(t, x, base):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_RESP:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PRE:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < T_WARR:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > T_PWF):
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            share = tco_share(t, base, x["contract_value"])
            assert abs(share - T_TCO) > 2, share
            if share > T_TCO:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
CN_DIG = "〇零一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|-hour)", r"(?<![十二])四\s*个?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])0\.05\s*%", r"(?<![\d.])0\.0005(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"\bone hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"\bthirty per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty per\s*cent",
    r"(?<![\d.])15\s*%", r"百分之十五", r"\bfifteen per\s*cent",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"十二\s*个?\s*月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
    r"(?<![第每" + CN_DIG + r"])一\s*年(?!度)", r"(?<![\d.])1\s*(?:年|years?\b|-year)", r"\bone[\s-]+years?\b",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![第" + CN_DIG + r"])五\s*年", r"\bfive[\s-]+years?\b",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "4-hour", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "40 %", "15%", "百分之十五", "12个月", "12 months", "十二个月", "twelve (12) months", "一年",
            "one year", "5年", "five years", "五年", "fifteen per cent", "1 year"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之八", "200%", "130%",
             "0.30%", "140%", "115%", "112 months", "第一年", "每一年", "2025年", "二〇二五年", "服务年度", "36 months",
             "百分之三十五", "15 minutes", "45%", "25 years"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: " + s


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    word = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in word.items()}, {k: (v[0], v[1]) for k, v in word.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    fired = set()
    for k, (name, fmt, src) in FILES.items():
        lang, cat, vals, ex, base, design = LABELS[k]
        t = dict(zip(KEYS, vals))
        x = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = ex[2]
        else:
            assert ex[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = ex[3]
        x["contract_value"] = ex[4]
        rules = derive_rules(t, x, base)
        assert rules == sorted(design), (k, rules, design)
        fired |= set(rules)
        # no label value on a threshold
        for key, th in [("availability_pct", T_AVAIL), ("p1_response_hours", T_RESP), ("ld_rate_per_day_pct", T_LD),
                        ("liability_cap_pct", T_CAP), ("prepayment_pct", T_PRE), ("warranty_months", T_WARR),
                        ("post_warranty_fee_pct", T_PWF)]:
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": sorted(design)}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        # read back: length and threshold scan
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        share = ""
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = " TCO share %.2f%%" % tco_share(t, base, x["contract_value"])
        print("%s %s len=%d rules=%s%s" % (k, fmt, n, ",".join(r[3:] for r in rules) or "-", share))
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
