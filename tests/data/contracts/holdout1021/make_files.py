"""holdout1021: builds the ten blind held-out drafts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- writes the .txt/.md files as they are, and the .docx/.pdf from their markup through ../word_pdf.py (PDF paragraphs
  broken at word boundaries, as holdout15 onwards);
- writes each .json label (one-space indent, no trailing newline, key order as holdout19);
- derives each draft's rules from its label by this set's reading of policy section 3, compares them with the design
  list, and checks that all 20 CR rules fire at least once;
- asserts that no label value sits on a policy threshold, that the TCO shares stay clear of the TCO threshold, and that
  no built file, as read back (raw, whitespace-collapsed and whitespace-free), states a threshold figure (the regexes
  are first self-tested on must-hit and must-miss strings);
- asserts the text lengths: Chinese 2,750-3,000 characters without whitespace, English 1,450-1,650 words.
"""
import json
import math
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- texts (markup for .docx/.pdf, plain for .txt/.md)
Z01 = """T:特困人员供养管理平台采购及定制开发合同
P:合同编号：MZJ-ZFCG-2027-018　采购方式：公开招标
P:甲方（采购人）：滨江市民政局
P:乙方（供应商）：江苏恒济信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就滨江市特困人员供养管理平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件产品许可（含特困人员认定、供养标准核算、资金发放、照料服务、供养机构管理五个模块），许可为永久许可，不限用户数，支持市、区、乡镇（街道）三级用户分级使用，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发，包括：与省社会救助信息系统、市大数据局人口库、残联系统的数据接口；分散供养人员走访移动端；供养资金发放监管报表及领导驾驶舱。
P:1.3 乙方负责历史数据迁移、系统部署、联调测试、上线试运行、操作培训及质保期内的运维服务。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），其中：软件产品许可费¥640,000；定制开发费¥786,000；数据迁移费¥118,000；部署实施及培训费¥96,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥328,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥738,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥574,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提交初步验收申请，于初步验收后九十日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，内容包括进度计划、人员安排、数据迁移方案、风险应对措施，经甲方确认后执行。实施方案的调整须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：功能满足招标文件技术要求及需求确认书；三个外部接口联调通过，数据比对无差错；历史数据迁移后逐项核对一致；五百个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间无一级故障；通过甲方委托的第三方安全测评及商用密码应用安全性评估；操作手册、接口文档、源代码及部署文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以甲方签署的验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担复验费用；复验仍不合格的，甲方有权解除合同。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护及远程与现场技术支持，每半年进行一次系统巡检并提交巡检报告。
P:6.2 质保期满后，如甲方需要继续维护服务，年度维护费不超过软件产品许可费的9%，即每年不超过¥57,600，该费用标准在质保期满后三年内保持不变。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%。
P:7.2 故障分为三级。一级故障（平台整体不可用或资金发放功能中断）：乙方在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：1小时内响应，次日内解决；三级故障：三个工作日内解决。
P:7.3 一级故障响应每超时一小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期应付款¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台产品的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、移动端、报表、驾驶舱及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件不侵犯第三方权利，因侵权引起的责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的特困人员身份信息、家庭经济状况、供养资金数据等全部数据属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，通过甲方堡垒机进行运维操作，不得将数据复制至甲方网络以外。开发测试须使用经甲方审核的脱敏数据，乙方人员须签署个人信息保护承诺书，项目结束时交回全部账号和介质。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、个人信息及系统资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提供的软件或服务不符合合同约定的，应负责整改，并赔偿由此给甲方造成的损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 本合同不设自动续期条款，质保期满后的维护服务另行签订合同。
H:第十四条 项目管理与培训
P:14.1 乙方应指定具有高级项目管理资格的项目经理一名，组建不少于六人的实施团队常驻甲方现场，项目经理未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会。
P:14.2 乙方应对市、区两级民政部门业务人员及乡镇（街道）社会救助经办人员开展分级培训，培训不少于八场，提供操作手册和培训视频，确保经办人员能够独立完成认定、核算和发放操作。
P:14.3 乙方应配合甲方完成项目档案整理，交付需求说明书、设计说明书、测试报告、用户手册、运维手册等全部项目文档。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商调整履行期限。因国家或省级社会救助政策调整需修改业务功能的，双方另行协商，在合理工作量范围内的调整由乙方免费完成。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。
P:16.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及需求确认书为本合同组成部分。
P:17.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市民政局　　　乙方（盖章）：江苏恒济信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：ZJDQ-GZ-2027-006
P:甲方：浙江慈溪卓佳电器有限公司（电动打蛋器生产厂）
P:乙方：宁波瀚控自动化工程有限公司
P:甲方三条电动打蛋器总装线及一条电机绕线线的控制系统老化，停机频繁。经双方协商，甲方委托乙方实施控制系统改造，包括设备供货、软件许可、安装调试及培训，订立本合同。
H:第一条 改造范围
P:1.1 更换四条产线的可编程控制器、人机界面、伺服驱动器，新增电机耐压测试工位视觉检测装置，部署产线监控软件，实现工位数据采集、节拍统计、质量追溯和设备报警。
P:1.2 技术要求：可编程控制器采用国内主流品牌中型系列，预留不少于两成的输入输出余量；人机界面支持中文显示和班组权限管理；监控软件支持与甲方现有ERP系统对接工单和产量数据，提供工位看板和质量追溯查询。
P:1.3 乙方负责原有线体拆除、控制柜改造、布线、编程、联调、试生产及操作维护培训。改造分线进行，每条线停产时间不超过五日，不影响其余产线生产。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），明细见下表。软硬件小计为¥1,176,000。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|可编程控制器（含扩展模块）|4套|86,000|344,000
TB:2|人机界面触摸屏|8台|9,500|76,000
TB:3|伺服驱动器及电机|24套|11,000|264,000
TB:4|视觉检测装置|2套|68,000|136,000
TB:5|产线监控软件永久许可|1套|356,000|356,000
TB:6|安装调试及试生产服务|1项|148,000|148,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:合计||||1,350,000
P:2.2 上述价格含税、运输、保险、安装辅材及乙方人员差旅，甲方无需另行支付其他费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，即¥270,000。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的55%，即¥742,500。到货签收不代表质量验收。
P:3.3 四条产线全部通过终验后，甲方支付合同总价的25%，即¥337,500。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方工厂，于到货后六十日内完成四条产线的改造及调试。
P:4.2 因甲方生产计划调整导致停线时间顺延的，工期相应顺延。
P:4.3 乙方应在合同生效后七日内提交详细进度计划，明确每条产线的停线日期、改造内容和试生产安排，经甲方确认后执行。进度计划的调整须提前五日书面提出并取得甲方确认。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十个工作日，按以下标准验收：设计节拍达到每分钟十八台；控制系统无非计划停机；视觉检测漏检率为零，误判率不高于千分之五；监控软件数据采集与实际产量核对一致；报警信息在3秒内推送至班组终端。
P:5.2 四条线均符合标准后，甲方出具终验报告。设备安装完成或投入试生产，均不视为验收合格。
P:5.3 某条产线未达到验收标准的，乙方应在十日内完成整改并重新试生产，由此增加的停线损失及复验费用由乙方承担。两次验收仍不合格的，甲方有权要求乙方更换设备或退还该产线对应的货款。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自终验之日起计算。质保期内设备及软件故障由乙方免费维修、更换，软件免费升级。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的8%计取，即每年¥94,080，质保期满后三年内不上调。
P:6.3 维保服务内容包括：每季度一次现场巡检及预防性维护，控制程序和参数备份，软件补丁及小版本升级，故障电话及远程支持，备件更换指导。维保期内更换的备件按乙方投标时的备件报价单结算。
P:6.4 故障响应：整线停机的一级故障，乙方在1小时内响应，6小时内到场；单工位故障的二级故障，8小时内到场。一级故障响应每迟延一小时，乙方支付¥800。
H:第七条 知识产权
P:7.1 控制软件、监控软件的原有知识产权归乙方或原厂所有，甲方获得永久、不可撤销的使用许可，可在本厂区内的产线上使用，不限操作站数量。
P:7.2 乙方为本项目编写的控制程序、工艺配方、画面组态、接口程序及其源文件归甲方所有，甲方可自行修改或交由他人维护。
H:第八条 数据安全
P:8.1 产线采集的生产数据、质量数据、工艺参数均属于甲方，乙方仅在调试及维保中按需使用，不得复制带离或用于其他客户。
P:8.2 乙方远程维护须经甲方批准并通过甲方提供的专用通道进行，操作留存记录；不得在控制网络中安装与本项目无关的软件。乙方调试用计算机接入控制网络前须经甲方查杀病毒，严禁使用未经检查的移动存储介质。
P:8.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内通知甲方，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、客户及价格信息负有保密义务，未经对方书面同意不得披露，合同终止后三年内仍然有效。乙方不得将甲方产线布局、节拍数据及工艺配方用于展示、宣传或提供给其他小家电生产企业，乙方人员离职后仍须遵守本条约定。
H:第十条 分包
P:10.1 乙方可将现场布线、控制柜组装工作分包给具有相应资质的单位，提前书面通知甲方即可。乙方对分包单位的工作承担全部责任。
H:第十一条 双方义务
P:11.1 甲方应按约定提供停线窗口、临时用电、设备堆放场地，以及现有线体图纸和工艺文件，并指定设备主管负责现场协调。
P:11.2 乙方应遵守甲方工厂安全生产和消防管理制度，动火、登高、带电作业须办理作业票。乙方人员进入车间应接受安全培训，服从甲方现场管理。
P:11.3 乙方应在每条产线改造前提交停线切换方案及回退方案，确保改造失败时可在八小时内恢复原有控制系统运行。
P:11.4 乙方应向甲方移交设备说明书、电气图纸、程序备份、参数清单及备品备件清单，并提供两年常用备件的供应保证。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:12.2 乙方责任导致甲方停产的，乙方应赔偿甲方直接损失。乙方在本合同项下的累计赔偿责任不超过合同总价的两倍。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 不可抗力
P:15.1 因不可抗力导致不能按期交货或施工的，受影响方应及时通知对方并提供证明，工期相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议、设备配置清单、备件报价单为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:甲方（盖章）：浙江慈溪卓佳电器有限公司　　乙方（盖章）：宁波瀚控自动化工程有限公司
"""

Z03 = """星空预约及会员管理系统服务合同

合同编号：XYKP-IT-2027-011

甲方：上海星屿天文科普连锁管理有限公司
乙方：杭州云栈软件科技有限公司

甲方在全国经营三十五家天文科普体验馆（以下简称“门店”），为统一管理观星课程预约、球幕影院售票及会员权益，甲方订购乙方“云栈预约”及“云栈会员”两项软件即服务（SaaS），并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店提供预约排期、票务核销、会员积分与储值、营销活动、数据看板功能，含门店端、总部管理端及微信小程序端。
2. 服务期为两个服务年度，首个服务年度自系统通过上线验收之日起算，第二个服务年度紧随其后。
（二）实施服务
1. 门店及课程基础数据配置；原有会员系统约二十六万条会员、储值余额及积分数据迁移。
2. 为甲方定制的小程序观星课程页面、会员等级规则及总部经营报表。
3. 门店店长及前台人员培训，三十五家门店分三批上线。

二、费用
（一）订阅费按门店计收，每家门店每服务年度¥9,600，三十五家门店每服务年度合计¥336,000，两个服务年度合计¥672,000。
（二）实施费为一次性费用¥88,000。
（三）本合同总价为人民币柒拾陆万元整（¥760,000）。服务期内新增门店按同一单价按月折算。

三、付款
（一）实施费在系统通过上线验收后十五个工作日内支付。
（二）每个服务年度的订阅费分四期按季度支付，每季度开始后十日内支付当季费用¥84,000。
（三）乙方应在每次付款前开具增值税专用发票。

四、实施进度与上线验收
（一）乙方应于合同签订后六十日内完成三十五家门店的配置、数据迁移及培训，并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的功能逐项测试通过；
2. 会员数量、储值余额、积分余额迁移前后逐户核对一致；
3. 在五百家次并发预约下，预约提交响应时间不超过2秒；
4. 三十五家门店完成试运营满七日，未发生一级故障。
（三）甲方在收到申请后十个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内完成整改并重新申请验收。门店开始使用不视为验收合格。
（四）三批门店的上线顺序由甲方确定：第一批为上海、杭州、南京的十二家门店，第二批为华南及西南的十一家门店，第三批为其余十二家门店。每批门店切换当日，乙方实施顾问应到场或远程值守，确保预约及核销不中断，原系统在切换后保留只读状态十五日。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须提前三日通知并安排在闭馆时段。
（二）故障分级与响应：一级故障（全部门店无法预约或核销）30分钟内响应、3小时内恢复；二级故障（单店或单一功能不可用）2小时内响应、当日恢复；三级故障次工作日处理。
（三）月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%给予服务抵扣，单月抵扣不超过当月订阅费的25%；一级故障响应超时的，每次扣减¥1,000。

六、数据
（一）会员资料、预约记录、交易流水等甲方数据属于甲方所有。
（二）乙方可对甲方数据进行去标识化汇总分析，并将汇总结果用于改进乙方产品及编制行业研究报告，但不得对外披露可识别到具体会员的信息。
（三）数据安全：乙方应对甲方数据加密存储和传输，实行最小权限访问和操作审计，数据存储于中国境内，每日备份。发生数据泄露或丢失的，乙方应在2小时内通知甲方、采取补救措施，并承担由此给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应向甲方完整交付全部数据并在甲方确认后删除。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、会员规则配置及经营报表，其知识产权归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中知悉的对方经营信息、技术资料及本合同价格负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方参与本项目的人员均应签署保密承诺书，乙方对其人员的泄密行为承担责任。法律法规要求或监管机关依法要求披露的除外，但披露方应及时通知对方。

九、续期
服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，依此类推。续期时乙方有权根据市场情况调整订阅单价，调整后的价格以乙方书面通知为准。

十、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方违反数据及保密约定的，应赔偿甲方全部损失。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、双方责任
（一）甲方责任
1. 指定总部项目联系人一名及每家门店联络人一名，及时提供门店信息、课程安排、票价规则和原会员系统导出数据；
2. 自行负责门店网络、收银终端、扫码设备及小程序主体的开通和维护；
3. 按本合同约定支付费用，妥善保管管理员账号，对其账号下的操作负责。
（二）乙方责任
1. 指派项目经理一名、实施顾问三名，实施期间每周向甲方书面汇报进度、问题及风险；
2. 提供工作日9时至21时的客服热线和在线工单，周末及法定节假日门店营业时段安排值班工程师；
3. 每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况及优化建议；
4. 产品版本升级须提前七日通知甲方，涉及门店操作变化的，应提供操作说明并安排线上培训。

十二、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除
任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除合同。甲方因乙方违约解除合同的，乙方退还未使用服务期的订阅费。

十四、培训与交接
（一）乙方应在上线前为每家门店提供不少于两次现场或视频培训，并提供门店操作手册、总部管理手册及常见问题汇编。新开门店在服务期内的培训由乙方免费提供。
（二）服务终止或不再续约的，乙方应配合甲方将数据迁移至甲方指定系统，按甲方要求的格式导出会员、储值、积分及预约数据，并保留系统只读访问三十日，便于甲方核对。

十五、变更
服务期内甲方需要新增功能或调整定制内容的，双方另行确认工作量和费用，并签订书面补充协议。未经甲方书面确认，乙方不得变更已上线的会员规则和价格设置。

十六、不可抗力
因不可抗力致使一方不能履行合同的，该方应在三日内通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，双方可协商解除合同。

十七、通知
本合同项下的通知以书面形式送达双方首页所列地址或双方指定的电子邮箱，邮件发出之日视为送达。

十八、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十九、其他
（一）本合同附件包括：附件一《功能清单》、附件二《门店名录》、附件三《数据迁移方案》、附件四《服务水平及抵扣细则》。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海星屿天文科普连锁管理有限公司
乙方（盖章）：杭州云栈软件科技有限公司
"""

Z04 = """临川市窨井盖智能监测系统运维服务合同

项目编号：LCSZ-CS-2027-004（竞争性磋商）

甲方（采购人）：临川市市政设施管理局
乙方（成交供应商）：江西赣泰智联科技有限公司

根据临川市窨井盖智能监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方就该系统年度运维服务订立本合同。

第一条 服务对象
本系统由监测平台、短信及APP告警模块和安装于城区主次干道的5,860套窨井盖监测终端（倾角、水位及防盗传感）组成，部署于市政务云。本合同服务对象为上述平台、模块及全部终端。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，应依法重新组织采购。服务期内乙方应保证平台及终端连续运行，不得以费用结算争议等理由中断服务。

第三条 服务内容
1. 平台运维：日常巡检、性能监控、数据库维护、操作系统及中间件安全补丁、告警规则调整及每日备份，每季度进行一次备份恢复演练，并在政务云安全检查发现问题后五个工作日内完成整改。
2. 终端运维：建立终端在线状态日检制度，每日上午对离线终端进行统计并派单；每季度对全部终端远程自检一次，每半年现场巡检一次；对离线、电量不足、传感异常的终端进行维修或更换电池。
3. 告警处置配合：接到平台告警后，配合甲方巡查队伍核实井盖位移、缺失及溢水情况。
4. 汛期保障：每年5月至9月安排专人驻场值守，暴雨预警期间全天值班。
5. 资产台账管理：维护全部终端的编号、位置、安装日期、电池更换记录和维修记录，终端位置变化或新增、拆除的，应在三个工作日内更新台账并报甲方确认。
6. 每月提交运维月报，每季度提交终端健康度分析报告，服务期末提交年度运维总结。
7. 配合甲方开展防汛演练、道路施工涉及井盖迁改的终端拆装，以及上级部门的检查和数据报送。

第四条 合同价款与支付
1. 合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括平台运维费¥126,000、终端运维费¥294,000、汛期驻场费¥66,000。更换电池及一般配件费用已包含在总价内；因车辆碾压、人为破坏需整体更换的终端，按响应文件所附单价另行结算。
2. 甲方按季度支付服务费，每季度末经季度考核后十五个工作日内支付当季费用¥121,500。
3. 乙方应在付款前开具合法发票。当季考核扣减款项从当季应付费用中直接扣除，甲方出具扣款说明。
4. 另行结算的终端整体更换费用，由乙方每季度汇总报甲方审核，随当季服务费一并支付。

第五条 服务水平
1. 平台月度可用率不低于99.95%。
2. 故障分级：一级故障指平台中断或告警推送全部失效；二级故障指单一功能失效或单一片区二十套以上终端同时离线；三级故障指个别终端故障。
3. 响应与修复：一级故障30分钟内响应、3小时内恢复；二级故障1小时内响应、次日18时前修复；三级故障72小时内到场维修或更换。
4. 汛期驻场期间，暴雨告警须在10分钟内完成核实并反馈甲方值班室。
5. 乙方设立运维服务热线，全天有人接听，报修及处理情况在运维工单系统中全程记录，供甲方随时查询。

第六条 考核与验收
1. 甲方每季度按服务水平及运维工作记录对乙方进行考核，考核指标包括平台可用率、故障响应及修复时限、巡检完成率、月报提交情况，考核结果作为当季付款依据。考核实行百分制，八十分以上为合格，低于八十分的，乙方应在十日内提交整改报告。
2. 服务期末，甲方依据年度考核结果、终端健康度报告、资产台账核对情况组织年度验收，出具验收意见。
3. 一级故障响应超时的，每次扣减当季服务费¥2,000；月度可用率低于承诺值的，每低0.01个百分点扣减¥1,000；三级故障超时修复的，每套每日扣减¥50。

第七条 数据安全
1. 监测数据、告警记录、终端位置及资产台账数据均属于甲方所有，乙方仅可为履行本合同使用。
2. 乙方应遵守网络安全等级保护和政务云管理要求，运维人员实名登记，通过政务云堡垒机操作，不得私自导出数据或在个人设备中存储数据。
3. 因乙方原因造成数据泄露、丢失或平台被攻击的，乙方应在1小时内报告甲方并采取处置措施，承担相应的赔偿及法律责任。

第八条 知识产权
乙方在服务期内编写的运维脚本、告警规则、分析报告及资产台账归甲方所有，甲方可自行使用或交由其他单位使用。乙方自有的运维工具软件仍归乙方所有，服务期内免费供本项目使用。

第九条 人员要求
乙方配备项目经理一名、平台运维工程师两名、终端运维人员六名，人员名单及联系方式报甲方备案。项目经理应具有三年以上物联网或市政设施运维经验，服务期内原则上不得更换，确需更换的须提前十日书面申请并经甲方同意，接替人员资历不得低于原人员。终端运维人员应配备工程车辆、检测仪器和备品备件，备用电池及常用传感器库存不少于在网终端数量的3%。

第十条 甲方义务
1. 向乙方提供政务云运维账号、堡垒机权限及终端安装点位图，及时通报道路施工、井盖更换等可能影响终端运行的情况。
2. 按约定组织季度考核和年度验收，对考核结果有异议的，双方在五个工作日内共同复核。
3. 按约定及时支付服务费。

第十一条 安全作业
1. 乙方现场作业应遵守道路作业安全规范，设置警示标志，落实交通疏导措施，作业人员穿着反光服装，进入井下作业的须持证上岗并进行有害气体检测。
2. 乙方应为现场作业人员购买意外伤害保险。因乙方作业不当造成人身伤害或第三方财产损失的，由乙方承担责任。

第十二条 违约责任
1. 乙方未按约定时间开始提供服务的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方连续两个季度考核不合格的，甲方可扣减当季服务费的10%。
3. 乙方原因造成井盖告警漏报并导致人身伤害或财产损失的，由乙方依法承担赔偿责任。

第十三条 分包
乙方不得将本合同项下的服务分包或转包。终端电池、传感器等配件可由乙方向生产厂家采购，但现场维护作业须由乙方自有人员完成。

第十四条 不可抗力
因地震、洪水等不可抗力导致无法履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方据此协商延期履行。汛期内的暴雨、内涝属于本合同约定的保障场景，不构成乙方免除驻场值守义务的理由。

第十五条 服务交接
服务期满前三十日内，乙方应向甲方或甲方指定的后续服务单位移交资产台账、运维脚本、告警规则、账号清单及未关闭工单，并配合完成为期十五日的交接，交接期间不另行收费。交接完成后，乙方应注销其运维账号并删除在服务中取得的全部数据副本。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向临川市人民法院提起诉讼。

第十七条 其他
1. 磋商文件、响应文件、成交通知书及附件《终端点位清单》《考核评分细则》《配件单价表》为本合同的组成部分，内容不一致的，以本合同正文为准。
2. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临川市市政设施管理局
乙方（盖章）：江西赣泰智联科技有限公司
签订日期：2026年12月　日
"""

Z05 = """# 软件许可及定制开发合同

> 匠迹软件标准合同文本（JJ-HT-2026 版）。本文本由乙方提供，空白处由双方填写。

合同编号：JJ-2027-0317

甲方（用户）：淄博泥叫叫工作室（个人独资企业）

乙方（开发方）：山东匠迹软件有限公司

甲方为手工泥塑及泥哨（泥叫叫）生产工作室，拟使用乙方“匠迹工序通”软件，对揉泥、制坯、塑形、晾坯、烧制、彩绘、包装各工序进行跟踪管理。双方本着平等互利的原则，订立本合同。

## 第一条 合同标的

1.1 乙方授予甲方“匠迹工序通”V5 软件的永久使用许可，许可范围为甲方工作室及其门店，不限终端数量。

1.2 乙方按甲方需求进行定制开发，内容包括：每件作品的二维码工序卡、窑次烧制记录与温度曲线导入、彩绘工匠计件工资统计、与甲方网店订单系统的接口、库存及发货看板。

1.3 乙方负责软件安装部署、基础数据初始化和一次集中培训。

1.4 定制开发的具体内容以双方签字确认的《需求说明书》为准。需求说明书确认后，甲方提出的新增或变更需求，乙方有权另行报价并相应顺延工期。

## 第二条 合同价款

2.1 合同总价为人民币叁拾壹万捌仟元整（¥318,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序通 V5 软件许可（永久） | 228,000 |
| 2 | 定制开发（工序卡、窑次记录、计件统计、网店接口、看板） | 72,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 318,000 |

2.2 上述价格不含甲方自购的服务器、扫码枪、标签打印机及网络环境费用，也不含因甲方需求变更、现场上门服务及第三方接口授权所产生的费用，上述费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥206,700。乙方收到该款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥111,300。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术服务，由此造成的工期延误由甲方负责。

## 第四条 开发与上线

4.1 乙方在收到首付款后七十五日内完成定制开发和部署，具备上线条件后通知甲方。

4.2 甲方应在接到通知后三日内安排人员配合上线。因甲方原因未能按期上线的，自乙方通知之日起第四日视为系统已上线。

4.3 乙方提供一次不超过两天的集中培训，培训对象为甲方管理人员及工序班组长，每期不超过十五人。甲方新增人员的培训，由甲方内部自行组织，或按乙方培训收费标准另行付费。

4.4 乙方交付的文档包括《用户操作手册》和《系统管理员手册》电子版，不包括源代码、数据库设计文档及接口开发文档。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。甲方对功能有意见的，应在上线后七日内书面提出，乙方将在后续版本中酌情改进；逾期未提出的，视为甲方无异议。

## 第六条 免费维护期及技术服务

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费按软件许可费的26%计收，即每年¥59,280。甲方不续签技术服务的，乙方不再提供升级、补丁及远程支持。

6.4 年度技术服务内容包括：软件缺陷修复、小版本升级、远程操作指导、每年一次系统健康检查。功能新增、报表调整、接口因网店平台规则变化而需要的改造，不属于技术服务范围，乙方另行报价。

6.3 故障处理：影响全部工序记录的一级故障，乙方在接到报修后8小时内响应；其他故障在三个工作日内响应。乙方一般以远程方式处理，确需上门的，差旅费由甲方承担。

## 第七条 甲方义务

7.1 甲方应指定专人负责需求确认、数据整理和上线配合，在乙方提出要求后三个工作日内提供作品品类、工序定义、工匠名单、窑炉参数及网店接口账号等资料。

7.2 甲方应自行准备满足乙方配置要求的服务器、扫码终端、标签打印机及网络环境，并负责其日常维护。因甲方软硬件环境导致的故障不属于乙方维护范围。

7.3 甲方应定期备份系统数据。甲方擅自修改系统配置或数据库造成的损失，由甲方自行承担。

## 第八条 知识产权

8.1 “匠迹工序通”软件及乙方为本项目开发的全部定制功能、接口程序、源代码和文档，其知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有定制功能的使用权，不得修改、反编译或交由第三方维护，乙方有权将定制功能纳入其标准产品向其他客户提供。

## 第九条 数据安全

9.1 甲方录入系统的作品、工匠、订单、客户数据归甲方所有，乙方仅在提供技术支持时按需访问，不得用于其他用途。

9.2 乙方远程访问甲方系统须事先取得甲方同意，使用个人账号登录并保留操作日志；乙方对其接触的数据采取加密及访问控制措施。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在两日内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密、技术信息及本合同价格负有保密义务，未经对方书面同意不得披露。本条在合同终止后两年内有效。甲方不得向第三方透露本合同的价格、软件界面及功能设计，不得允许乙方竞争对手接触本软件。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限具备上线条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%。乙方对甲方的利润损失、商誉损失等间接损失不承担责任。

## 第十二条 分包

乙方可在征得甲方书面同意后，将部分开发工作交由合作伙伴完成，乙方对其工作成果负责。

## 第十三条 合同解除

任何一方严重违反本合同约定，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还，乙方已完成但未付款的工作，甲方仍应按实际工作量支付费用。因乙方原因解除合同的，乙方退还甲方已付款项中尚未履行部分对应的金额，已交付并上线的软件许可费不予退还。

## 第十四条 不可抗力及免责

14.1 因不可抗力、网络运营商故障、第三方平台（含网店平台）接口调整或停止服务导致系统不能正常使用的，乙方不承担责任，但应协助甲方恢复使用。

14.2 因不可抗力不能履行合同的一方，应在事件发生后五日内通知对方，并在十五日内提供有关证明。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的《用户服务条款》为准。

16.3 双方往来通知以本合同载明的联系地址、电话、电子邮箱为准，一方变更联系方式的，应在三日内书面告知对方，否则按原联系方式送达即视为有效送达。

甲方（签章）：淄博泥叫叫工作室　　　　乙方（签章）：山东匠迹软件有限公司

签订日期：2027年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PGS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Henan Jinhe Feed Group Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Zhengzhou, Henan Province (the "Buyer"), and Prairie Granary Software, Inc., a Minnesota corporation with its principal office at 210 East Main Street, Luverne, Minnesota 56156, United States (the "Vendor").
P:The Buyer operates eleven feed mills and two premix plants in central China. The Vendor develops GrainTrace, a software product for feed formulation, ingredient quality control and batch traceability. The Buyer wishes to acquire a perpetual licence to GrainTrace together with implementation services, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means GrainTrace Enterprise, version 8, in object code, including the formulation, laboratory, batching and traceability modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts and configuration specifically developed for the Buyer under Schedule B, including their source code and documentation.
P:1.3 "Buyer Data" means all formulas, ingredient specifications, laboratory results, batch records and other data entered into or generated by the Software in the Buyer's operations.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Buyer and its subsidiaries in the People's Republic of China, for up to 180 named users and unlimited plant terminals.
P:2.2 The Buyer may make reasonable copies for backup, testing and disaster recovery. The Buyer shall not sell, rent or sublicense the Software to any third party, nor reverse engineer it except as permitted by applicable law.
P:2.3 The Software will be installed on servers in the Buyer's data centre in Zhengzhou. No Buyer Data will be hosted by the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Schedule B, including installation, configuration of formulation rules for all mills, migration of legacy formula and ingredient data, development of interfaces to the Buyer's ERP system and weighbridge system, and user acceptance testing support.
P:3.2 The Vendor shall provide training for up to 60 formulators, laboratory staff and plant operators, in Chinese, at the Buyer's premises, together with user and administrator manuals in Chinese and English.
P:3.3 The Vendor shall appoint a project manager and a Chinese-speaking implementation lead, who shall attend weekly progress meetings and deliver a written status report each week.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,660,000, made up of: Software licence fee CNY 1,120,000; implementation services CNY 486,000; training and documentation CNY 54,000. The Contract Price is fixed and includes all taxes payable in the United States and all travel costs of the Vendor's personnel.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 332,000) within 20 business days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% of the Contract Price (CNY 747,000) after installation of the Software in the production environment and completion of data migration, as confirmed in writing by the Buyer; and (c) 35% of the Contract Price (CNY 581,000) within 20 business days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the account designated by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and data migration within 90 days after signature and shall be ready for acceptance testing within 150 days after signature, in accordance with the project plan agreed in Schedule B.
P:5.2 Acceptance tests shall verify that: (a) all functions listed in Schedule A operate as specified; (b) migrated formulas and ingredient specifications reconcile line by line with the legacy system; (c) the ERP and weighbridge interfaces exchange batch orders and weights without error for ten consecutive production days; (d) formulation optimisation for a 45-ingredient ration completes within 5 seconds; and (e) a parallel run at two pilot mills of 30 consecutive days is completed without any Severity 1 defect.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days. If any criterion is not met, the Vendor shall correct the defects and repeat the relevant tests at its own cost. Installation, go-live at the pilot mills or any payment shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for a warranty period of twenty-four (24) months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 After the warranty period, the Buyer may purchase annual support. The annual support fee is 10% of the Software licence fee, namely CNY 112,000 per year, and shall remain fixed for the first three years after the warranty period. Support renews only on the Buyer's written order.
P:6.3 Service levels during warranty and support: Severity 1 defects (the Software cannot be used for formulation or batching at any mill) shall be responded to within one (1) hour, with a workaround within eight hours; Severity 2 defects within two hours; Severity 3 defects within two business days.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall grant a service credit of CNY 1,000, which the Buyer may deduct from any amount due to the Vendor.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor may access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts, multi-factor authentication and session logging. The Vendor shall not transfer any Buyer Data outside the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within eight hours after becoming aware of it, shall take all necessary remedial measures, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including formulas, supplier prices and technical documentation, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to be ready for acceptance testing by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims under Article 7.3, personal injury, or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the warranty period. The licence in Article 2 survives termination, unless the Agreement is terminated by the Vendor for non-payment.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. In that case the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Minnesota, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in Minneapolis, Minnesota, before a single arbitrator, in the English language.
H:Article 15 General
P:15.1 Schedule A (Functional Specification) and Schedule B (Implementation Plan and Custom Deliverables) form part of this Agreement. In case of conflict, the body of this Agreement prevails.
P:15.2 This Agreement is executed in English in two originals, one for each party. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — CEDAR VALLEY DEALER CLOUD

Order Form No. CVF-OF-2027-0042

This Order Form consists of Part A (Order Details) and Part B (General Terms).

# PART A — ORDER DETAILS

## A1. Parties

**Vendor:** Cedar Valley Fieldworks, LLC, an Iowa limited liability company, 118 West Bremer Avenue, Waverly, Iowa 50677, United States.

**Customer:** Shandong Huanong Agricultural Machinery Co., Ltd., No. 66 Dongfang Road, Weifang, Shandong Province, People's Republic of China.

## A2. Subscribed Service

Cedar Valley Dealer Cloud, Enterprise Edition, a hosted service for dealer service management, including work orders, warranty claims, parts ordering, field technician scheduling, machine telematics dashboards and dealer performance reports, for use by the Customer and its authorised dealer network of up to 220 dealers and 1,600 named users. The Service is hosted in a cloud region located in the People's Republic of China.

## A3. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under Section B4; Subscription Year 2 starts on the first anniversary of that date. The Subscription Term ends at the end of Subscription Year 2. A renewal requires a new Order Form signed by both parties.

## A4. Fees

| Item | Description | Amount (CNY) |
|---|---|---|
| 1 | Subscription fee, Subscription Year 1 (220 dealers, 1,600 named users) | 420,000 |
| 2 | Subscription fee, Subscription Year 2 (220 dealers, 1,600 named users) | 420,000 |
| 3 | Onboarding services (one-time): configuration, data migration, ERP and telematics integration, training | 76,000 |
| | Total Fees | 916,000 |

Fees include VAT. Additional dealers may be added at CNY 1,750 per dealer per Subscription Year, pro rata.

## A5. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

(c) No amount is payable before Onboarding Acceptance.

## A6. Contacts and Special Conditions

Customer project lead: Director of After-Sales IT. Vendor project lead: Customer Success Manager, China. Target go-live: 75 days after signature of this Order Form. Onboarding will follow the implementation plan attached as Exhibit 1.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates, and the related support.

1.2 "Customer Data" means all data, including dealer, end-customer, machine, service and warranty data, submitted to or generated in the Service by or for the Customer.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration adapters configured or developed specifically for the Customer during onboarding or later at the Customer's request.

1.4 "Subscription Year" means each period described in A3.

## 2. Access and Use

2.1 During the Subscription Term the Vendor grants the Customer and its authorised dealers a non-exclusive, non-transferable right to access and use the Service for their internal business purposes.

2.2 The Customer is responsible for the activities of its users and dealers and for keeping log-in credentials secure. The Customer shall not resell the Service.

## 3. Onboarding Services

3.1 The Vendor shall perform the onboarding services in accordance with Exhibit 1, including configuration of work-order and warranty workflows, migration of open work orders, dealer master data and three years of warranty history from the Customer's legacy system, integration with the Customer's ERP system and telematics platform, and training of the Customer's after-sales staff and dealer service managers.

3.2 The Vendor will use reasonable efforts to achieve the target go-live in A6. The Customer shall provide timely access to its systems, data and staff.

## 4. Onboarding Acceptance

4.1 On completion of onboarding the Vendor shall give written notice of readiness. The Customer shall then carry out acceptance tests within 15 business days.

4.2 The acceptance criteria are: (a) all test scripts in Exhibit 1 are passed; (b) migrated dealer master data and open work orders reconcile with the legacy system without discrepancy; (c) warranty claims and parts orders are transferred to the ERP system correctly for ten consecutive business days; (d) telematics alerts appear on the dashboard within 60 seconds; and (e) no open Severity 1 or Severity 2 defect.

4.3 Onboarding Acceptance occurs when the Customer signs the acceptance certificate. Use of the Service for training or testing before that date does not constitute acceptance. If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated.

## 5. Service Levels

5.1 The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance of which at least five days' notice has been given and which takes place between 00:00 and 06:00 Beijing time.

5.2 Support is available in Chinese and English. Response times: Severity 1 (the Service is unavailable, or work orders or warranty claims cannot be created) within 30 minutes, 24x7; Severity 2 (a major function is impaired) within two hours during business hours; Severity 3 within one business day.

5.3 If monthly availability falls below the commitment in 5.1, the Customer shall receive a service credit of 5% of the monthly portion of the subscription fee for each 0.02 percentage point of shortfall or part of it, up to half of that monthly portion. If a Severity 1 response is late, the Customer shall receive a credit of CNY 1,500 for each late response. Credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service and to perform this Order Form, in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Vendor shall implement and maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and monitoring, daily backups with a recovery point of no more than one hour, and annual penetration testing. The Service is hosted in China and the Vendor shall not transfer Customer Data outside China without the Customer's prior written consent and compliance with applicable law.

6.3 The Vendor shall notify the Customer without undue delay, and in any event within six hours, after becoming aware of any security incident affecting Customer Data, shall cooperate in investigation and remediation, and shall be responsible for losses caused by its failure to comply with this Section 6.

6.4 Within 30 days after the end of the Subscription Term the Vendor shall make all Customer Data available for export in a standard format and shall then delete it, confirming deletion in writing.

## 7. Subcontractors and Subprocessors

The Vendor may engage subcontractors and subprocessors, including hosting and support providers, to perform any part of the Service. The Vendor shall list its current subcontractors on its trust portal and shall notify the Customer by e-mail at least 15 days before adding a new one. The Vendor remains responsible for the performance of its subcontractors and shall bind them to obligations no less protective than those in Sections 6 and 9.

## 8. Intellectual Property

8.1 The Vendor retains all rights in the Service and its underlying software.

8.2 Customer Configurations belong to the Customer. The Vendor shall deliver them, including the source code of integration adapters, upon request and at the end of the Subscription Term, and the Customer may use, modify and license them freely.

## 9. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the end of the Subscription Term.

## 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

10.3 The limitations in 10.1 and 10.2 do not apply to the Customer's payment obligations, to breach of Section 9, or to wilful misconduct.

## 11. Term and Termination

11.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund any prepaid fees for the remainder of the Subscription Term.

11.3 On termination or expiry, Section 6.4 applies.

## 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

## 13. General

13.1 This Order Form, including Part B and Exhibit 1, is the entire agreement between the parties on its subject matter and supersedes any click-through or online terms.

13.2 Notices shall be given in writing to the contacts in A6. Neither party may assign this Order Form without the other party's prior written consent.
"""

E03 = """T:PURCHASE CONTRACT FOR DAIRY FARM MONITORING SENSORS AND SOFTWARE
P:Contract No. SHD-IT-2027-009
P:Buyer: Inner Mongolia Saihan Dairy Farming Co., Ltd., No. 12 Jinqiao Development Zone, Hohhot, Inner Mongolia Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Pipestone Sensing Systems, Inc., 402 Second Street Southeast, Pipestone, Minnesota 56164, United States (the "Supplier").
P:The Buyer operates eighteen dairy farms and wishes to monitor milk tank temperature and level, barn climate and cooling equipment in real time. This Contract is made on the Buyer's standard form for the purchase of goods and software. The parties agree as follows.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways and accessories listed in Clause 2, including their embedded software.
P:1.2 "Software" means the HerdSense Monitor software, version 6, including the alarm, dashboard and reporting modules, licensed under Clause 3.
P:1.3 "Custom Work" means the dashboards, alarm rules, report templates and the interface to the Buyer's milk collection system developed specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, farm, herd and operational data collected or generated by the Goods and the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Goods and the Software at the Buyer's eighteen farms, develop the Custom Work, and train the Buyer's staff. The Contract Price is CNY 1,560,000, as set out in the table below. The subtotal for Goods and Software licence is CNY 1,393,400.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Milk tank temperature and level sensor, stainless probe|420|1,850|777,000
TB:2|LoRaWAN gateway with 4G backhaul and battery backup|36|6,400|230,400
TB:3|HerdSense Monitor perpetual site licence, 18 farms|1|386,000|386,000
TB:4|Installation, commissioning and Custom Work|1 lot|142,600|142,600
TB:5|Training of farm managers and maintenance staff|1 lot|24,000|24,000
TB:|Total Contract Price|||1,560,000
P:2.2 The Contract Price is fixed and includes VAT, customs duties, delivery to each farm, insurance, installation materials and all costs of the Supplier's personnel. No other amount is payable by the Buyer.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's farms and head office, for an unlimited number of users, together with the embedded software of the Goods.
P:3.2 The Software shall be installed on the Buyer's own servers in Hohhot. The Buyer may make copies for backup and testing.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Goods to the farms within 60 days after signature, and complete installation and commissioning at all farms within 45 days after delivery.
P:4.2 Title and risk in the Goods pass to the Buyer on delivery to each farm, as confirmed by the farm manager's signature on the delivery note. Signature of a delivery note is not acceptance of quality.
P:4.3 The Supplier shall install the sensors without interrupting milking or milk collection, following the Buyer's biosecurity rules at each farm.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 156,000) within 15 business days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 858,000) after delivery and installation at all eighteen farms.
P:5.3 The Buyer shall pay 35% of the Contract Price (CNY 546,000) within 20 business days after Final Acceptance under Clause 6.
P:5.4 Each payment is subject to receipt of a valid VAT invoice.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 consecutive days. Final Acceptance requires that: (a) all sensors report readings at the configured interval, with temperature accuracy within ±0.3 °C against a calibrated reference; (b) tank level readings are within ±1% of the dipstick reading; (c) alarms reach the responsible staff by SMS and app within 60 seconds in every test; (d) the interface to the milk collection system transfers tank volumes without discrepancy for the whole trial period; and (e) no Severity 1 incident occurred during the last 15 days of the trial period.
P:6.2 The Buyer shall issue a signed Final Acceptance certificate within ten business days after the criteria are met. Installation, commissioning, use of the system or any payment does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect and the trial period shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Goods and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Goods, including batteries and probes, and shall provide Software updates and support free of charge.
P:7.2 After the warranty period the Buyer may order annual support at 7.5% of the subtotal for Goods and Software licence, namely CNY 104,505 per year. This fee shall not increase during the first two years after the warranty period.
P:7.3 Severity 1 incidents (the Software is unavailable, or alarms are not delivered at one or more farms) shall be responded to within one (1) hour at any time, with a technician on site within one business day where needed. Severity 2 incidents shall be responded to within three hours during business hours.
P:7.4 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
H:8. Intellectual Property
P:8.1 The Software and the embedded software remain the property of the Supplier or its licensors.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver its source code and documentation with the Final Acceptance documents. The Buyer may use, modify and license the Custom Work without restriction.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Goods, the Software or the Custom Work infringe intellectual property rights.
H:9. Data Ownership and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not retain, analyse or use it for any other purpose.
P:9.2 The gateways shall send data only to the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN with individual accounts and logging. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the Goods, the Software or Buyer Data within six hours, take all necessary remedial measures, and compensate the Buyer for all losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all information of the other party obtained under this Contract, including farm layouts, production volumes and prices, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to meet a date in Clause 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to breach of Clauses 9 or 10, infringement, personal injury or wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts paid for Goods and services not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final and binding.
H:15. Training and Documentation
P:15.1 The Supplier shall train at least two managers and two maintenance technicians from each farm in Chinese, covering sensor cleaning and replacement, gateway checks, alarm handling and use of the dashboards and reports, and shall deliver user, administrator and maintenance manuals in Chinese.
P:15.2 The Supplier shall keep a stock of spare sensors and gateways in Hohhot during the warranty period, sufficient to replace failed units within three business days.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government actions, provided it notifies the other party promptly, provides evidence and takes reasonable measures to limit the effect. If force majeure lasts more than 60 days, either party may terminate this Contract by written notice.
H:17. General
P:17.1 The technical specification and the installation plan attached to this Contract form part of it. This Contract is made in English and Chinese; both versions have equal force.
P:17.2 Amendments to this Contract must be in writing and signed by authorised representatives of both parties. Neither party may assign this Contract without the prior written consent of the other party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. CRM-TR-2027-03

**Customer:** Changzhou Tianrun Precision Castings Co., Ltd., No. 8 Hehai West Road, Xinbei District, Changzhou, Jiangsu Province, People's Republic of China ("Customer").

**Provider:** Cedar River Managed IT, Inc., 401 North Main Street, Charles City, Iowa 50616, United States, acting through its registered branch office in Suzhou ("Provider").

Customer operates three foundry and machining plants in Changzhou and a sales office in Shanghai. Customer wishes to outsource the day-to-day operation of its end-user IT, network and backup environment to Provider, and Provider agrees to provide the Services on the terms of this Agreement and its Schedules.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the response and resolution targets in Schedule 2.

1.3 "Customer Data" means all data of Customer, its employees and customers that Provider accesses or handles in performing the Services, including data on endpoints, servers, backup media and network devices.

1.4 "Transition" means the onboarding phase in which Provider takes over the Services from Customer's internal team, as described in Section 3.

1.5 "Service Commencement Date" means the date of Transition Acceptance.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall complete Transition within 60 days after signature. Transition includes: inventory of all endpoints, servers and network devices; deployment of Provider's monitoring and endpoint management agents; review and documentation of the backup jobs; handover of open tickets; creation of runbooks for each plant; and a knowledge transfer from Customer's internal team.

3.2 Transition Acceptance requires that: (a) every endpoint listed in the inventory, except devices that Customer confirms as retired, reports to the endpoint management console; (b) all network devices at the three plants and the sales office are monitored and alerting to the service desk; (c) every backup job in the agreed list completes successfully for ten consecutive days, and a test restore of one server per plant succeeds; (d) runbooks for all plants are approved by Customer's IT manager; and (e) the service desk has handled tickets for a two-week shadow period in line with Schedule 2.

3.3 Customer shall sign a Transition Acceptance certificate within five business days after the criteria are met, or state in writing which criteria are not met. Provider's start of work at the plants does not constitute acceptance.

3.4 If Provider fails to achieve Transition Acceptance within the period in 3.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## Section 4. Service Delivery

4.1 Provider shall provide the Services in accordance with Schedule 1 and shall meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager who speaks Chinese and English, and shall keep at least two field engineers based in Changzhou during the Service Term.

4.3 Provider shall deliver a monthly service report showing ticket volumes, Service Level performance, backup results, patch status and recommendations, and shall attend a monthly service review with Customer.

4.4 Customer shall provide Provider with the access, workspace and information reasonably required, and shall inform Provider of planned changes in its environment.

4.5 Changes to production systems, firewalls or network configurations shall follow the change procedure agreed during Transition: Provider shall submit each change request with a rollback plan, and shall carry out changes at the plants only in the maintenance windows approved by Customer's IT manager.

4.6 Provider's personnel working at Customer's sites shall comply with Customer's safety, foundry access and shift rules. Customer may ask Provider to replace any person whose performance or conduct is unsatisfactory, and Provider shall do so within 15 days.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,152,000.

5.2 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Transition charge is invoiced after Transition Acceptance.

5.3 Charges are fixed for the Service Term. Additional endpoints beyond the baseline in Schedule 3 are charged at the unit rate in Schedule 3.

## Section 6. Service Credits

If Provider misses a Service Level in a month, Customer is entitled to the service credits stated in Schedule 2, which shall be deducted from the next invoice. Service credits in a month shall not exceed 20% of that month's service charge.

## Section 7. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer, and delete any copies held by Provider, at the end of the Service Term.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information disclosed by the other party, including technical drawings, pricing, customer lists and information about its IT systems, and shall use it only to perform this Agreement.

8.2 Neither party shall disclose the other party's confidential information to any third party without prior written consent, except to its employees and approved subcontractors who need to know it and are bound by equivalent obligations, or as required by law. These obligations survive for five years after termination.

## Section 9. Intellectual Property

9.1 Provider retains ownership of its monitoring tools, agents and general know-how.

9.2 Runbooks, scripts, configurations and documentation prepared specifically for Customer under this Agreement belong to Customer, which may use, modify and hand them to any successor provider without restriction.

## Section 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit in 11.1 does not apply to breach of Section 8, personal injury, or wilful misconduct.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure to meet Priority 1 Service Levels in three consecutive months, and fails to remedy it within 30 days after written notice.

12.2 On termination or expiry, Provider shall provide exit assistance for up to 60 days, including handover of runbooks, credentials, open tickets and documentation to Customer or its successor provider, at the rates in Schedule 3.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Section 14. General

14.1 The Schedules form part of this Agreement. In case of conflict, the Sections prevail over the Schedules.

14.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 — Scope of Services

| No. | Service | Scope | Hours |
|---|---|---|---|
| 1 | Service desk | Telephone, e-mail and portal support in Chinese and English for about 650 users; ticket logging, first-line resolution, escalation | 07:00–22:00 Monday to Saturday |
| 2 | Endpoint management | About 900 desktops, laptops and shop-floor terminals: patching, software deployment, antivirus updates, asset records | Business days |
| 3 | Network monitoring | Switches, firewalls, wireless controllers and WAN links at three plants and one sales office; alert handling and configuration backups | 24x7 monitoring |
| 4 | Server and backup management | 26 virtual and physical servers: health checks, backup job management, monthly test restores | Business days |
| 5 | On-site support | Two field engineers in Changzhou; hardware swaps, moves and changes | Business days |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response time | Resolution target | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Plant production systems, the ERP system or a whole site's network unavailable | Within 6 hours | Within one business day | 3% of the monthly charge per incident |
| Priority 2 | A department or a critical application impaired | Within 8 business hours | Within 3 business days | 1% of the monthly charge per incident |
| Priority 3 | A single user or device affected | Next business day | Within 5 business days | None |
| Service desk | Calls answered | Average of 60 seconds or less in a month | — | 1% of the monthly charge if missed in a month |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed | 64,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| Total Contract Value | | 2,152,000 |
| Additional endpoints | CNY 55 per endpoint per month | as used |
| Exit assistance | CNY 2,800 per engineer day | as used |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. NICD-2027-CN-07

This Data Subscription Agreement (the "Agreement") is entered into between:

Harbin Fengmao Grain Trading Co., Ltd., No. 219 Hanan Industrial Park, Harbin, Heilongjiang Province, People's Republic of China (the "Customer"); and

North Iowa Crop Data, Inc., an Iowa corporation, 120 South Dodge Street, Algona, Iowa 50511, United States (the "Vendor").

The Vendor publishes crop condition, planting progress, weather and yield forecast data for the main grain and oilseed regions of North America, South America and the Black Sea region. The Customer buys and imports soybeans, corn and wheat and wishes to receive the Vendor's data through an application programming interface ("API") and bulk files for use in its trading, procurement and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Annex A, including daily updates and the historical archive from crop year 2005 onwards.

1.2 "Integration Package" means the connector, data mapping scripts and database load jobs that the Vendor develops specifically for the Customer to load the Licensed Data into the Customer's data warehouse, as described in Annex B.

1.3 "Customer Data" means all data that the Customer or its users submit to the Vendor, including saved queries, watch lists, uploaded field boundaries and contract positions used for exposure reports, and all API usage records relating to the Customer.

1.4 "Subscription Year" means the period from the Subscription Start Date in Clause 3.1 until the day before its first anniversary, and each following period between anniversaries; the initial term comprises two Subscription Years.

2. LICENCE

2.1 The Vendor grants the Customer a non-exclusive, non-transferable licence during the term to access the Licensed Data through the API and bulk file delivery, and to use, copy and analyse it for the internal business purposes of the Customer and its wholly owned subsidiaries in the People's Republic of China, for up to 45 named users and 3 server applications.

2.2 The Customer may include extracts of Licensed Data in internal reports and in reports to its banks and auditors, but shall not resell the Licensed Data or make it available to the public.

2.3 The Licensed Data remains the property of the Vendor and its data providers.

3. TERM AND RENEWAL

3.1 The term starts on signature. The first Subscription Year starts on the date of Integration Acceptance under Clause 6 (the "Subscription Start Date"), and the initial term ends at the end of the second Subscription Year.

3.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

3.3 The Vendor may increase the subscription fee for any renewal Subscription Year by giving the Customer written notice at least 45 days before the renewal date. The increased fee applies from the start of the renewal Subscription Year.

4. FEES AND PAYMENT

4.1 The fees for the initial term are:
(a) subscription fee for Subscription Year 1: CNY 560,000;
(b) subscription fee for Subscription Year 2: CNY 560,000;
(c) one-time integration fee for the Integration Package and onboarding: CNY 48,000.
The total fees for the initial term are CNY 1,168,000, inclusive of VAT.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. Each invoice is payable within 30 days after receipt of a valid VAT invoice.

4.3 API calls above the monthly allowance in Annex A are charged at the overage rate stated there, invoiced quarterly in arrears.

5. DELIVERY AND INTEGRATION

5.1 Within 10 business days after signature, the Vendor shall issue API credentials for a test environment and deliver the historical archive in bulk files.

5.2 The Vendor shall deliver the Integration Package, install it in the Customer's test environment with the Customer's IT staff, and make the Integration Package ready for acceptance testing within 45 days after signature (the "Target Date").

5.3 If the Integration Package is not ready for acceptance testing by the Target Date for reasons attributable to the Vendor, the Vendor shall pay the Customer delay damages of CNY 900 for each day of delay, up to a maximum of CNY 36,000. The Customer may deduct these damages from any amount due.

6. INTEGRATION ACCEPTANCE

6.1 The Customer shall test the Integration Package within 10 business days after notice of readiness. Integration Acceptance requires that: (a) the historical archive loads completely into the Customer's data warehouse, with row counts and checksums matching the Vendor's manifest; (b) daily updates load automatically for ten consecutive business days without manual intervention; (c) data for the ten sample regions in Annex B matches the Vendor's web portal; and (d) the connector's documentation and source code are delivered.

6.2 The Customer shall sign an acceptance certificate when all criteria are met. If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated. Access to the test environment or use of sample data does not constitute acceptance.

7. SERVICE AND SUPPORT

7.1 The Vendor will use commercially reasonable efforts to make the API and bulk file delivery available and to publish daily updates at the usual times stated in Annex A. The Vendor may suspend the API for maintenance and will try to give advance notice where practicable.

7.2 Support is provided by e-mail during the Vendor's business hours, Monday to Friday, US Central Time. The Vendor will respond to support requests as soon as reasonably practicable.

7.3 The Vendor may change the format of the Licensed Data or the API, provided that it gives at least 60 days' notice of any change that is not backward compatible and updates the Integration Package free of charge during the term.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API and the services under this Agreement and shall not use it for any other purpose, including the development or improvement of other products, and shall not disclose it to third parties.

8.2 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control limited to named support staff, and logging of access. Contract positions and field boundaries shall be stored in a separate encrypted database.

8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within eight hours after becoming aware of it, cooperate in the investigation, take remedial measures, and be liable for losses caused by its breach of this Clause 8.

8.4 At the end of the term the Vendor shall return Customer Data to the Customer in a standard format and then delete it.

9. INTELLECTUAL PROPERTY

9.1 All rights in the Licensed Data and the Vendor's platform remain with the Vendor and its data providers.

9.2 The Integration Package belongs to the Customer. The Customer may use, modify and license it freely, including after the end of this Agreement.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's trading positions and the terms of this Agreement, and shall not disclose it without prior written consent, except to its professional advisers or as required by law.

10.2 This Clause 10 survives for five years after the end of this Agreement.

11. SUBCONTRACTING

The Vendor shall not subcontract the development of the Integration Package or any support services without the Customer's prior written consent. Data providers that supply parts of the Licensed Data to the Vendor are not subcontractors for this purpose.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential losses, including trading losses arising from decisions based on the Licensed Data.

12.2 The Vendor's total liability under this Agreement is limited to 150% of the total fees for the initial term. This limit does not apply to breach of Clauses 8 or 10, infringement of intellectual property rights, or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

13.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the unused portion of the subscription fee paid for the current Subscription Year.

13.3 Clauses 8.4, 9, 10 and 12 survive termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding.

15. GENERAL

15.1 Annex A (Licensed Data, Delivery Times and API Allowance) and Annex B (Integration Package) form part of this Agreement.

15.2 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's prior written consent.

Signed for the Customer: ____________________

Signed for the Vendor: ____________________
"""

FILES = {
    "h1021z01": ("h1021z01_civil_affairs_assistance_platform_licence.pdf", "pdf", Z01),
    "h1021z02": ("h1021z02_whisk_factory_line_control_retrofit.docx", "docx", Z02),
    "h1021z03": ("h1021z03_astronomy_chain_booking_membership_saas.txt", "txt", Z03),
    "h1021z04": ("h1021z04_manhole_cover_monitoring_om_service.txt", "txt", Z04),
    "h1021z05": ("h1021z05_clay_whistle_studio_process_tracking_supplier_template.md", "md", Z05),
    "h1021e01": ("h1021e01_feed_mill_formulation_licence_minnesota_vendor.pdf", "pdf", E01),
    "h1021e02": ("h1021e02_dealer_service_saas_order_form_iowa_vendor.md", "md", E02),
    "h1021e03": ("h1021e03_dairy_farm_sensors_monitoring_licence.docx", "docx", E03),
    "h1021e04": ("h1021e04_castings_managed_it_services_36_months.md", "md", E04),
    "h1021e05": ("h1021e05_grain_trader_crop_data_api_subscription.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def lab(lang, cat, av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind,
        sla, ld_stated, capped, deemed, cv, base, rules, forum_outside=False):
    return dict(lang=lang, cat=cat, terms=dict(zip(TERM_KEYS, [av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin,
                war, pwf, auto, term, sub, law, kind])), sla=sla, ld_stated=ld_stated, capped=capped, deemed=deemed,
                cv=cv, base=base, rules=sorted("CR-" + r for r in rules), forum_outside=forum_outside)


T, F, N = True, False, None
LABELS = {
    # key: lang, category, availability, p1 h, remedy, ip, data-sec, buyer owns data, confid., LD %/day, cap %, prepay %,
    #      acceptance, final on acceptance, warranty m, post-warranty fee %, auto-renewal increase, termination,
    #      subcontract w/o consent, law, kind | sla clause, ld stated, fee capped, deemed acceptance, contract value,
    #      TCO fee base, design rules
    "h1021z01": lab("zh", "software", 99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC", G,
                    T, T, T, F, 1640000, 640000, []),
    "h1021z02": lab("zh", "hardware", N, 1, T, "buyer", T, T, T, 0.02, 200, 20, T, T, 24, 8, F, T, T, "PRC", G,
                    T, T, T, F, 1350000, 1176000, ["LD-LOW", "SUBCONTRACT"]),
    "h1021z03": lab("zh", "cloud", 99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S,
                    T, T, N, F, 760000, N, ["AUTO-RENEWAL", "DATA-OWNERSHIP", "SLA-AVAILABILITY"]),
    "h1021z04": lab("zh", "services", 99.95, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S,
                    T, T, N, F, 486000, N, ["CONFIDENTIALITY", "TERMINATION"]),
    "h1021z05": lab("zh", "software", N, 8, F, "supplier", T, T, T, 0.06, 50, 65, F, F, 6, 26, F, T, F, "PRC", G,
                    T, T, T, T, 318000, 228000,
                    ["ACCEPTANCE", "IP-OWNERSHIP", "LIABILITY-CAP", "POST-WARRANTY-FEE", "PREPAYMENT", "SLA-NO-REMEDY",
                     "SLA-RESPONSE", "TCO-SERVICE-SHARE", "WARRANTY"]),
    "h1021e01": lab("en", "software", N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Minnesota", G,
                    T, T, T, F, 1660000, 1120000, ["GOVERNING-LAW"], forum_outside=True),
    "h1021e02": lab("en", "cloud", 99.95, 0.5, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S,
                    T, F, N, F, 916000, N, ["LD-MISSING", "LIABILITY-CAP", "SUBCONTRACT"]),
    "h1021e03": lab("en", "hardware", N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", G,
                    T, T, T, F, 1560000, 1393400, []),
    "h1021e04": lab("en", "services", N, 6, T, "buyer", F, T, T, 1500 / 2152000 * 100, 150, N, T, N, N, N, F, T, F,
                    "PRC", S, T, T, N, F, 2152000, N, ["DATA-SECURITY", "SLA-RESPONSE"]),
    "h1021e05": lab("en", "cloud", N, N, F, "buyer", T, T, T, 900 / 1168000 * 100, 150, N, T, N, N, N, T, T, F, "PRC",
                    S, F, T, N, F, 1168000, N, ["AUTO-RENEWAL", "SLA-MISSING", "SLA-RESPONSE"]),
}

# price and payment arithmetic stated in the texts
SUMS = {
    "h1021z01": (1640000, [640000, 786000, 118000, 96000], [328000, 738000, 574000]),
    "h1021z02": (1350000, [344000, 76000, 264000, 136000, 356000, 148000, 26000], [270000, 742500, 337500]),
    "h1021z03": (760000, [35 * 9600 * 2, 88000], [88000] + [84000] * 8),
    "h1021z04": (486000, [126000, 294000, 66000], [121500] * 4),
    "h1021z05": (318000, [228000, 72000, 18000], [206700, 111300]),
    "h1021e01": (1660000, [1120000, 486000, 54000], [332000, 747000, 581000]),
    "h1021e02": (916000, [420000, 420000, 76000], [420000, 420000, 76000]),
    "h1021e03": (1560000, [420 * 1850, 36 * 6400, 386000, 142600, 24000], [156000, 858000, 546000]),
    "h1021e04": (2152000, [64000, 58000 * 36], [64000] + [58000] * 36),
    "h1021e05": (1168000, [560000, 560000, 48000], [560000, 560000, 48000]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(L):
    t = L["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * L["base"] * years
    return fees / (L["cv"] + fees) * 100


def derive(L):
    """This set's reading of policy section 3 and its 'Where rules apply' notes."""
    t, r = L["terms"], set()
    if not L["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")  # "or unstated": also when no SLA exists at all
    if L["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not L["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not L["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(L)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or L["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label_json(key):
    L = LABELS[key]
    t = L["terms"]
    extra = {"sla_clause": L["sla"], "ld_stated": L["ld_stated"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = L["capped"]
    extra["acceptance_deemed_on_delivery"] = L["deemed"]
    extra["contract_value"] = L["cv"]
    d = {"file": FILES[key][0], "language": L["lang"], "category": L["cat"], "expected_terms": t,
         "expected_extra": extra, "expected_rules": L["rules"]}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- threshold scan
L_ = r"(?<![\d.,，])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    L_ + r"99\.9(?!\d)",
    L_ + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|h(?![a-z])|小时|个小时|個小時)",
    r"(?<![一二三四五六七八九十两百零])四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?(?:business\s*|working\s*|clock\s*)?hours?",
    L_ + r"4\s*(?:business|working)\s*hours?",
    L_ + r"0\.05(?!\d)", r"万分之五(?![十百千])", r"five\s*hundredths",
    L_ + r"100" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,
    L_ + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:\(30\)\s*)?" + PCT, r"三成",
    L_ + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:\(40\)\s*)?" + PCT, r"四成",
    L_ + r"15" + PCT, r"(?<![一二三四五六七八九])百分之十五", r"fifteen\s*(?:\(15\)\s*)?" + PCT,
    L_ + r"12\s*(?:-\s*)?(?:calendar\s*)?months?", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
    L_ + r"12\s*个\s*月", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"(?<![第每])一年", r"\bone\s*(?:\(1\)\s*)?(?:-\s*)?years?\b",
    L_ + r"1\s*(?:-\s*)?years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "within 4 hours", "4-hour", "4小时", "四小时", "four (4) hours", "four hours",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "thirty percent",
            "40%", "百分之四十", "forty per cent", "15%", "百分之十五", "12 months", "twelve (12) months", "12个月",
            "十二个月", "质保期一年", "one year", "one-year", "1 year", "4h", "三成", "四成"]
MUST_MISS = ["99.95%", "99.5%", "99.98", "24 hours", "24小时", "14 hours", "0.5%", "万分之五十", "0.005%", "10.05",
             "130%", "300%", "115%", "140%", "1,100%", "112 months", "36 months", "二十四个月", "三十六个月",
             "百分之二十五", "Year 1", "Subscription Year 2", "4G backhaul", "24x7", "第一条", "二十五", "45%", "35%",
             "65%", "25%", "6 hours", "8小时"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), "must hit: %r" % s
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), "must miss: %r" % s


# ---------------------------------------------------------------- read back
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, kind, text) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")

    self_test()
    covered = set()
    for key, L in LABELS.items():
        t = L["terms"]
        # design list == rules derived from the label
        got = derive(L)
        assert got == L["rules"], (key, got, L["rules"])
        covered |= set(got)
        # arithmetic
        cv, items, pays = SUMS[key]
        assert sum(items) == cv == L["cv"] and sum(pays) == cv, key
        # no label value on a threshold
        for k, th in [("availability_pct", "availability"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                      ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                      ("post_warranty_fee_pct", "pwf")]:
            assert t[k] is None or not math.isclose(t[k], TH[th], abs_tol=1e-9), (key, k)
        share = tco_share(L)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and L["capped"] is None
            assert t["final_payment_on_acceptance"] is None or key == "none"
        # built file as read back
        name = FILES[key][0]
        text = read_back(OUT / name)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(form)
            assert not m, (name, form[max(0, m.start() - 30):m.end() + 30])
        if L["lang"] == "zh":
            n = len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        print("%-70s %5d %s  %-6s %s  %s" % (name, n, "chars" if L["lang"] == "zh" else "words", risk(L["rules"]),
              ("TCO %.2f%%" % share) if share is not None else "", ", ".join(r[3:] for r in L["rules"]) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for L in LABELS.values() if not L["rules"]) == 2
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
