"""holdout881: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (sums, lengths, no value or text on a policy threshold, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:花木市场与苗圃管理平台采购合同
P:合同编号：YLJ-ZFCG-2027-018
P:采购人（甲方）：××市园林局
P:供应商（乙方）：青禾数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就甲方“花木市场与苗圃管理平台”的软件许可与定制开发事项，经协商一致，订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供花木市场与苗圃管理平台软件（以下简称“平台”）的永久使用许可，用户数不限，部署于甲方政务云资源池。
P:1.2 乙方按甲方需求完成以下定制开发：苗圃电子档案与苗木台账、花木市场经营户备案与交易监管、苗木检疫证明核验接口、苗圃地块一张图（GIS）、移动巡查小程序及统计分析驾驶舱。
P:1.3 乙方负责历史苗圃档案、经营户档案与巡查记录的数据迁移，并完成部署、联调、试运行和用户培训。
P:1.4 乙方应为甲方及各区园林所的管理人员、苗圃技术人员和市场管理员提供不少于三期的集中操作培训，并提交用户手册、运维手册、接口说明和数据字典等技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），包含：平台软件许可费¥760,000；定制开发费¥548,000；数据迁移及实施费¥126,000；培训费¥26,000。
P:2.2 上述价格为固定总价，已包含税费、差旅、安装、第三方组件授权以及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方出具的等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥292,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥657,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥511,000。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方按财政资金支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应自合同签订之日起九十日内完成平台部署和全部定制功能开发，并提交初步验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，明确人员、进度和风险措施，经甲方确认后执行。乙方项目经理未经甲方同意不得更换。
P:4.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥73,000），以银行保函形式提交。最终验收合格后，履约保证金转为质量保证金，质保期满且无未决问题后十个工作日内退还。
P:4.4 乙方应按周提交项目进度报告，每月参加甲方组织的项目例会，对进度偏差说明原因并提出纠正措施。甲方有权对乙方的实施过程进行监督检查。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单逐项实现；（2）迁移数据与原始档案全量比对一致，差错率为零；（3）二百名用户并发时，常用页面响应时间不超过2秒；（4）检疫证明核验接口连续十日运行无差错。
P:5.2 初步验收合格后进入九十日试运行。试运行期间未发生一级故障、且甲方委托的第三方测评机构出具网络安全测评报告、无中高风险问题的，甲方组织最终验收，出具书面最终验收报告。
P:5.3 平台上线、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥68,400，且该价格在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或交易监管功能中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次日内解决；三级问题在两个工作日内处理完毕。
P:7.3 乙方响应或修复超时的，每超时一小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、数据库脚本、GIS图层及其源代码和技术文档，知识产权归甲方所有，甲方可自行使用、修改或许可第三方使用。乙方应在最终验收时提交全部源代码。
P:8.3 乙方保证其提供的平台及交付成果不侵犯第三方合法权益；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的苗圃档案、经营户信息、交易数据和巡查影像均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得私自复制、导出或留存甲方数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、经营户个人信息和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效五年；涉及个人信息的，长期有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之七向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方逾期超过六十日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 任何一方严重违反本合同且在收到对方书面通知后十五日内未予纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方可另行签订补充协议。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时书面通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:15.3 双方指定的联系人及联系方式以合同附件为准，任何通知以书面形式送达联系人即视为送达。一方变更联系人的，应提前五日书面通知对方。
P:甲方（盖章）：××市园林局　　　　乙方（盖章）：青禾数智科技有限公司
P:代表签字：________　　　　代表签字：________
P:日期：____年__月__日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：LD-GZ-2027-031
P:甲方：明辉照明灯具有限公司（落地灯厂）
P:乙方：恒控自动化工程有限公司
P:甲方因落地灯装配、喷涂和老化测试六条生产线控制系统老旧、故障频发，委托乙方实施控制系统改造。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的控制柜更换、伺服驱动及电机改造、人机界面（HMI）更换、产线控制软件部署、数据采集网关安装，以及与甲方现有MES系统的数据对接开发。
P:1.2 改造须分线实施，每条线停产时间不超过五日，乙方应配合甲方生产计划安排施工，不得影响其余生产线正常运行。
P:1.3 乙方应提供控制原理图、接线图、PLC程序、参数表、操作手册和维护手册等全部技术资料。
P:1.4 乙方应在施工前提交分线改造方案和停产切换计划，内容包括安全措施、回退方案和所需甲方配合事项，经甲方生产部和设备部会签后实施。
P:1.5 乙方施工人员应遵守甲方厂区安全、消防和劳动防护规定，动火、登高和带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担全部责任。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾贰万捌仟元整（¥1,828,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含低压元件）|6套|118,000|708,000
TB:2|伺服驱动及电机改造|6条线|—|386,000
TB:3|工业触摸屏HMI|12台|9,500|114,000
TB:4|产线控制软件许可|6套|42,000|252,000
TB:5|数据采集网关|12台|6,800|81,600
TB:—|硬件及软件小计|—|—|1,541,600
TB:6|安装调试|1项|—|168,000
TB:7|MES对接开发|1项|—|96,000
TB:8|操作及维护培训|1项|—|22,400
TB:—|合同总价|—|—|1,828,000
P:2.2 上述价格含税、运输、保险、安装、调试及质保期内的服务费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款，计¥457,000。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的35%，计¥639,800。到货签收和安装完成仅表示数量相符，不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，计¥639,800。
P:3.4 余款5%（¥91,400）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:3.5 甲方付款前，乙方应开具合法有效的增值税专用发票；乙方未开具发票的，甲方有权顺延付款且不承担逾期责任。
H:第四条 工期
P:4.1 乙方应自合同签订之日起七十五日内完成六条生产线的改造和单线调试，并提交最终验收申请。
P:4.2 乙方应按周向甲方报告进度。因甲方原因（包括生产计划调整导致停线时间推迟）造成工期延误的，工期相应顺延，乙方应及时书面提出。
P:4.3 所供设备应为全新原厂产品，随货提供合格证、说明书和原厂质保证明。主要元件品牌和型号以投标文件附件为准，不得擅自替换。
H:第五条 验收
P:5.1 单线验收：每条线改造完成后连续满负荷运行七十二小时，节拍不低于改造前水平，设备综合效率提升不少于8个百分点，无停机类故障。
P:5.2 最终验收：全部生产线单线验收合格，MES对接数据连续二十日与现场计数一致，技术资料齐全，甲方出具书面验收报告。
P:5.3 安装完成、试生产或甲方使用设备，均不视为验收合格。验收不合格的，乙方应在十日内整改并承担费用。
P:5.4 验收过程中所需测试仪器和人员由乙方提供；甲方派员参加并记录测试数据。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷并提供技术支持。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按硬件及软件小计的28%计取，即每年¥431,648，在质保期满后三年内固定不变。维保服务内容包括定期巡检、备件更换、程序优化和远程支持。
P:6.3 维保合同按年签订，不自动续期。
P:6.4 质保期内，乙方每季度对全部改造生产线进行一次预防性巡检，提交巡检报告，并在甲方备件库保持常用易损件。
P:6.5 维保期内，乙方应在产线停机后按第七条的时限处理故障，所需备件费用已包含在年度维保费中，乙方不得另行收费。
H:第七条 故障响应
P:7.1 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间
TB:一级|整条生产线停机|1小时|3小时
TB:二级|单台设备故障，产线降速运行|2小时|次日
TB:三级|一般问题或咨询|一个工作日|按约定
P:7.2 乙方超过上表响应或到场时间的，每超时一小时向甲方支付¥500，从质量保证金或维保费中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、MES对接程序及其源代码，知识产权归甲方所有，甲方可自行修改使用或委托第三方维护。
P:8.2 产线控制软件的标准产品知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:8.3 乙方应在最终验收时向甲方移交全部程序源代码、注释和编译环境说明。
H:第九条 数据安全
P:9.1 生产数据、工艺参数和设备运行记录属于甲方所有，乙方仅可为履行本合同使用。
P:9.2 乙方远程维护须经甲方书面审批，通过甲方指定的安全通道进行并留存操作记录；乙方不得将甲方数据复制到外部设备或网络。
P:9.3 因乙方原因导致数据泄露、丢失或生产系统遭受网络攻击的，乙方应在1小时内通知甲方、配合处置并承担赔偿责任。
H:第十条 保密
P:10.1 乙方对知悉的甲方工艺配方、产品设计、客户及价格信息承担保密义务，保密期限至相关信息公开之日止。
P:10.2 乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担连带责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 因乙方施工原因造成甲方停产超出约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。甲方可从应付款项或质量保证金中直接扣除违约金和赔偿金。
H:第十二条 分包
P:12.1 乙方不得转包本合同。电气安装中的辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过四十五日，或根本违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 合同解除后，乙方应配合甲方恢复生产线运行，移交已完成的程序和技术资料。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 因地震、洪水、火灾等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，相应履行期限顺延。
P:15.2 本合同附件包括：设备清单及技术参数、分线改造方案、验收测试方案、培训计划。附件与正文具有同等效力。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：明辉照明灯具有限公司　　乙方（盖章）：恒控自动化工程有限公司
P:日期：____年__月__日
"""

Z03 = """门店预约与会员管理系统服务合同

合同编号：YQ-SaaS-2027-006
甲方：悦律电子琴培训连锁有限公司
乙方：云约信息技术有限公司

甲方在全国经营35家电子琴培训门店，为统一课程预约、会员管理和课消结算，向乙方订购门店预约与会员管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方35家门店提供门店预约与会员管理SaaS服务，包括课程排期、学员预约、会员储值与课时包、课消结算、教师排班、家长端小程序和经营报表。
（二）乙方提供实施服务：系统初始化配置、35家门店及约一万二千名在读学员的历史数据迁移、与甲方财务系统的数据对接，以及店长和前台人员培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（四）乙方应为甲方指定一名客户成功经理，负责需求对接、版本更新通知和季度服务回顾。服务期内乙方提供的功能更新和新版本，甲方无需另行付费。

二、合同价款
（一）合同总价为人民币伍拾肆万陆仟元整（¥546,000），构成如下：
1. SaaS订阅费：每家门店每服务年度¥6,800，35家门店每服务年度¥238,000，两个服务年度合计¥476,000；
2. 实施及数据迁移费：¥58,000；
3. 培训费：¥12,000。
（二）服务期内门店数量增加的，新增门店按每店每服务年度¥6,800按月折算；门店减少的，自下一季度起相应减少订阅费。
（三）除本合同约定的费用外，乙方不得以短信、存储空间或接口调用等名义另行收取费用。

三、付款方式
（一）实施及数据迁移费和培训费合计¥70,000，在上线验收合格后十五个工作日内一次性支付。
（二）SaaS订阅费按季度支付，每季度¥59,500，甲方在每个季度开始后十个工作日内支付当季费用。
（三）乙方应在收款前开具增值税专用发票。
（四）双方确认的门店数量变更，以书面确认单为准，乙方据此调整下一季度的账单。

四、实施与上线验收
（一）乙方应自合同签订之日起四十五日内完成系统配置、数据迁移和财务对接，并提交上线验收申请。
（二）上线验收标准：
1. 迁移的学员档案、剩余课时和储值余额与甲方提供的核对表逐店比对，差异为零；
2. 预约、签到、课消、退费和报表功能按需求清单逐项测试通过；
3. 35家门店同时营业高峰时段，预约和签到操作响应时间不超过2秒；
4. 财务对接数据连续十日与门店收银记录一致。
（三）甲方在收到申请后十个工作日内组织验收，合格的出具书面验收单。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收申请，由此产生的延误不影响乙方按第十条承担的责任。
（五）乙方实施人员应在甲方指定门店进行现场部署支持，首批上线门店不少于五家，其余门店按实施计划分批切换。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨零时至六时并提前三日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或签到）30分钟内响应、2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应、当日恢复；三级问题一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，最高不超过当月订阅费的一半；一级故障响应超时的，每次抵扣¥1,000。抵扣金额从下一季度订阅费中扣减。
（四）乙方应每月向甲方提供服务报告，载明当月可用率、故障次数及处理情况。甲方对报告数据有异议的，双方以系统监控记录为准核对。

六、数据权属与使用
（一）甲方在系统中录入或产生的学员信息、家长联系方式、课程记录和交易数据属于甲方所有。
（二）乙方可在去标识化处理后，将甲方的课程、预约和会员消费数据与其他客户数据汇总，用于编制行业分析报告、改进产品和开发新功能，该项使用在本合同终止后仍可继续。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并交付甲方数据，此后删除其系统中的甲方数据副本，但前款已去标识化的汇总数据除外。

七、数据安全
（一）乙方应按照网络安全等级保护第三级要求运营系统，对学员和家长个人信息加密存储、传输，实行最小权限访问并留存访问日志不少于六个月。
（二）系统部署于中国境内的数据中心，个人信息不得出境。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务，并承担因其原因造成的全部损失，包括甲方对学员或家长承担的赔偿。
（四）乙方应每日备份甲方数据，备份数据保留不少于三十日，并每半年进行一次恢复演练，将结果书面告知甲方。
（五）乙方员工访问甲方数据须经审批并留痕，离职员工的账号应在当日注销。

八、保密
（一）双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在合同终止后继续有效三年。
（三）乙方应要求其接触甲方信息的员工签署保密协议。

九、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的会员等级规则、课消结算模板、财务对接程序和专属报表，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证SaaS服务及其交付成果不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

十、违约责任
（一）乙方未按第四条约定期限提交上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付订阅费超过三十日的，乙方可书面催告；催告后十五日仍未支付的，乙方可暂停服务，但应提前三日通知。
（三）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。
（四）乙方违约给甲方造成损失，违约金不足以弥补的，乙方应赔偿差额部分。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）连续两个月可用率低于承诺值的，甲方可解除合同，且不承担任何违约责任。
（三）合同解除或期满时，乙方应按第六条第（三）项交付数据，并提供不超过三十日的过渡期服务，过渡期内不另收费。

十三、期满
服务期满本合同终止，不自动续期。甲方需续订的，双方另行协商签订新合同。

十四、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地人民法院诉讼解决。

十五、不可抗力
因地震、洪水、疫情或政府行为等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失。不可抗力持续超过三十日的，任何一方可书面通知解除合同，甲方已支付的未履行期间费用应予退还。

十六、其他
本合同附件包括需求清单、实施计划、数据迁移核对表和服务水平说明，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：悦律电子琴培训连锁有限公司
乙方（盖章）：云约信息技术有限公司
日期：____年__月__日
"""

Z04 = """农田机井计量监控系统年度运维服务合同

项目编号：SLJ-JZCS-2027-004（竞争性磋商）
采购人（甲方）：××县水利局
供应商（乙方）：润田水务信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就农田机井计量监控系统年度运维服务事项，订立本合同。

第一条 服务范围
1.1 运维对象：全县十四个乡镇共1,286口农田机井的智能计量设施（电磁流量计、射频卡控制器、太阳能供电单元和通信终端），以及县级机井计量监控平台和数据中心。
1.2 运维内容：计量设施定期巡检、故障维修和部件更换；平台软件运行维护、缺陷修复和数据备份；通信链路监测和流量卡管理；灌溉季节值守；向甲方按月报送取水量统计和设施完好率报告。
1.3 服务期自2027年3月1日起至2028年2月29日止。
1.4 乙方应建立机井设施运维档案，一井一档，记录巡检、维修和部件更换情况，并同步录入监控平台。
1.5 灌溉季节（每年三月至六月、九月至十一月）乙方应安排人员每日值守平台，每个乡镇配备不少于一名巡检人员。

第二条 服务费用
2.1 本合同总价为人民币伍拾柒万元整（¥570,000），包括：机井计量设施巡检维修费¥334,360（1,286口×¥260）；平台及数据中心运维费¥126,000；通信流量费¥61,728（1,286口×¥48）；备品备件费¥47,912。
2.2 合同总价为固定总价，服务期内不因人工、材料或通信资费变化而调整。单个部件更换属于备品备件费范围，乙方不得另行收费。
2.3 乙方更换的计量设施部件应与原设备兼容，计量精度满足国家标准要求，更换下的旧部件交甲方处理。

第三条 付款方式
3.1 服务费按季度支付，每季度¥142,500。每季度结束后，甲方按第六条对乙方进行季度考核，考核结果确认后二十个工作日内支付该季度服务费，并扣除考核扣款。
3.2 甲方不支付预付款。乙方应在每次收款前开具合法发票。
3.3 甲方付款以财政资金到位为前提，乙方应配合甲方办理国库集中支付手续。

第四条 进场与接管
4.1 乙方应在服务期开始之日起十日内完成运维团队进场、备件入库和平台运维接管，并向甲方提交接管报告。
4.2 接管报告经甲方确认后，视为乙方完成接管。乙方运维团队不少于八人，其中平台运维工程师不少于两人，驻县办公。
4.3 乙方应在接管前对全部机井设施进行一次全面普查，形成设施现状清单，经甲方确认后作为运维基线。

第五条 服务水平
5.1 平台月度可用率不低于99.95%。
5.2 故障分级：一级故障为平台中断或单个乡镇机井数据全部中断；二级故障为单口机井无法取水或计量失准；三级故障为一般数据异常。
5.3 一级故障乙方应在1小时内响应、3小时内到达现场、当日恢复；二级故障2小时内响应、灌溉季节四十八小时内修复、非灌溉季节三日内修复；三级故障五个工作日内处理完毕。
5.4 设施月度完好率不低于98%，计量数据上传率不低于97%。
5.5 乙方应每月5日前向甲方提交上月运维报告，每季度提交设施运行分析报告，并提出改进建议。
5.6 乙方应保持不少于机井总数2%的计量设施备件库存，保证故障部件及时更换。

第六条 考核与扣款
6.1 甲方按季度对乙方进行考核，考核内容包括故障响应及修复时限、设施完好率、数据上传率、巡检记录和月度报告质量。
6.2 一级故障响应或恢复超时的，每次扣款¥2,000；二级故障修复超时的，每口每日扣款¥100；设施完好率或数据上传率低于约定值的，每低一个百分点扣款¥3,000；平台月度可用率低于约定值的，每低0.01个百分点扣款¥1,000。
6.3 扣款从当季服务费中直接扣减，当季扣款总额不超过当季服务费的20%。
6.4 甲方应在季度结束后十个工作日内完成考核并书面通知乙方考核结果；乙方对结果有异议的，可在五个工作日内提出复核。

第七条 服务验收
7.1 服务期满后，甲方依据四个季度的考核结果、巡检记录和运维档案组织服务验收，出具书面验收意见。
7.2 四个季度考核均达到合格分数线且运维档案完整的，验收合格。
7.3 验收不合格的，乙方应限期整改，整改完成前甲方可暂缓支付第四季度服务费。

第八条 数据安全
8.1 机井取水量、用水户信息、计量记录和平台数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
8.2 乙方应落实网络安全等级保护第二级要求，平台运维账号实名管理，远程运维须经甲方审批并通过堡垒机进行，不得私自下载或留存甲方数据。
8.3 乙方应每日进行数据备份，每季度进行一次恢复演练。
8.4 发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在2小时内报告甲方，并配合处置；因乙方原因造成损失的，由乙方承担赔偿责任。
8.5 乙方运维人员应签署数据安全承诺书，离岗时交回全部账号权限。
8.6 服务期满或合同解除后，乙方应将全部运维数据和账号权限移交甲方，并删除其留存的甲方数据，出具书面说明。

第九条 运维成果
服务期内形成的巡检记录、故障台账、运维文档、统计报告和数据库脚本，其所有权及知识产权均归甲方所有。乙方不得将上述成果用于本合同以外的项目。

第十条 服务外包
乙方可将偏远乡镇机井计量设施的日常巡检和简单维修工作交由当地具备相应能力的服务商实施，但应提前五个工作日书面告知甲方服务商名称和负责区域。服务商不得再次转交他人。乙方对服务商的工作质量承担全部责任。

第十一条 违约责任
11.1 乙方未按第四条约定期限完成接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二支付违约金。
11.3 因乙方运维不当导致机井设施损坏或农户灌溉受影响的，乙方应负责修复并赔偿由此产生的损失。
11.4 乙方运维人员在作业中发生人身伤害或造成第三方损失的，由乙方自行承担责任。
11.5 甲方可从当季服务费中直接扣除违约金和赔偿金。

第十二条 合同解除
12.1 乙方连续两个季度考核不合格，或严重违反本合同且经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
12.2 合同解除后，乙方应在十日内移交全部运维资料、账号权限和备件，并配合甲方或新服务商完成交接。
12.3 合同解除后，甲方按乙方实际服务期间和考核结果结算服务费。

第十三条 期满
服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 不可抗力
因洪水、地震、极端天气等不可抗力导致运维工作无法进行的，乙方应及时通知甲方，并在不可抗力消除后尽快恢复服务；受影响期间的考核指标相应调整。

第十六条 其他
乙方应保证其运维人员具备相应的电工作业资格，高处作业和带电作业严格执行安全操作规程。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件和成交通知书为本合同的组成部分。

甲方（盖章）：××县水利局
乙方（盖章）：润田水务信息技术有限公司
日期：____年__月__日
"""

Z05 = """# 软件许可及定制开发合同

**织巧云 标准合同文本 V3.0（乙方范本）**

合同编号：ZQY-2027-0215

甲方：锦绣缠花工艺工作室

乙方：织巧云软件有限公司

甲方拟采用乙方“织巧云工序追踪系统”管理缠花产品从接单、备料、绕线、定型、组装到包装发货的生产工序。双方本着平等自愿的原则，经友好协商，订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“织巧云工序追踪系统”标准版软件使用许可，许可用户数为5个，部署于乙方提供的云服务器。

1.2 乙方根据甲方需求进行定制开发，包括：缠花工序模板（发簪、胸针、头花等品类）、订单进度看板、手艺人计件统计、客户订单查询小程序。

1.3 乙方负责系统部署、基础数据初始化和一次集中培训。

1.4 乙方提供的云服务器资源包括计算、存储和带宽，满足5个用户正常使用；超出使用量的，按乙方价格另行计费。

1.5 系统功能以乙方产品说明书和双方确认的需求说明为准，未在需求说明中列明的功能不属于本合同范围。

1.6 乙方提供的培训为一次集中培训，时长不超过半天；甲方需要增加培训的，另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 工序追踪系统标准版软件许可（5用户，永久） | 68,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 部署实施及培训 | 14,000 |
| | 合同总价 | 178,000 |

2.1 合同总价为人民币壹拾柒万捌仟元整（¥178,000），含税。

2.2 云服务器资源费用在上线后首个年度内由乙方承担，此后按本合同第七条另行计费。

2.3 合同价款不包括甲方自行采购的扫码枪、标签打印机等硬件设备，以及小程序认证和短信费用。

2.4 合同价款一经支付，除本合同另有约定外，不予退还。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥115,700。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥62,300。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发或暂停系统服务，由此造成的延误和损失由甲方承担。

3.4 乙方收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

## 第四条 开发与上线

4.1 乙方在收到首期款项后开始需求调研，预计在六十日内完成定制开发并部署上线。具体进度以乙方项目计划为准，因需求变更、甲方配合不及时等原因导致延期的，工期相应顺延。

4.2 需求确认后，甲方提出的新增或变更需求，乙方有权另行报价。

4.3 甲方应指定项目联系人，按乙方要求及时提供工序流程、品类资料和基础数据，并在三个工作日内确认乙方提交的需求文档和界面原型。

4.4 因甲方未及时确认或提供资料超过十五日的，乙方有权暂停项目，恢复后工期重新计算。

4.5 乙方交付的系统为标准化云服务版本，不提供源代码。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可在维护期内提交乙方处理，但不影响验收结论及付款义务。

5.3 甲方在系统上线前可以对主要功能进行试用，试用中发现的问题由乙方在上线前酌情修改。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供三个月的免费维护服务，包括软件缺陷修复和远程答疑。

6.2 维护期内，甲方报告的紧急故障（系统无法登录或工序数据无法录入），乙方在8个工作小时内响应；一般问题在三个工作日内答复。

6.3 乙方将尽力排除故障，但对故障造成的停工、订单延误或其他损失，乙方不承担扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改配置或第三方原因导致的故障，不属于免费维护范围。

6.5 免费维护期内的服务方式以远程支持为主；甲方要求现场服务的，差旅费用由甲方承担。

6.6 乙方对系统版本进行升级时，将提前通知甲方，升级期间系统可能短暂停止服务。

## 第七条 后续服务

7.1 免费维护期满后，甲方如需继续获得维护、升级和云服务器资源，应向乙方购买年度服务，年度服务费按乙方当年公布的价格标准执行。

7.2 乙方有权根据市场和成本情况调整价格标准，调整后的价格自公布之日起适用。

7.3 甲方未续购年度服务的，乙方可在免费维护期满后停止提供云服务器资源，甲方应自行导出数据。

## 第八条 知识产权

8.1 系统标准版软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、看板、小程序及其源代码、文档，知识产权均归乙方所有。甲方在合同有效期内享有非独占的使用权，不得修改、反编译，也不得许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方不得以任何方式破解、复制或传播系统软件，不得将系统用于为其他单位提供服务。

## 第九条 数据

9.1 甲方在系统中录入的订单、客户、手艺人和工序数据归甲方所有，乙方仅为向甲方提供本合同服务而使用，不得向第三方提供或用于其他目的。

9.2 乙方采取访问控制、数据加密和每日备份等安全措施保护甲方数据。发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方过错造成的，乙方承担相应的赔偿责任。

9.3 合同终止后，乙方在甲方提出要求后三十日内提供数据导出文件。

9.4 甲方应妥善保管系统账号和密码，因甲方账号泄露导致的数据损失由甲方自行承担。

## 第十条 保密

双方对在履行本合同中知悉的对方商业信息负有保密义务，未经对方同意不得向第三方披露，但依法律法规要求或有权机关要求披露的除外。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下承担的全部责任（包括违约责任和赔偿责任）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或商誉损失。

11.3 甲方因自身原因要求解除合同或终止项目的，已支付款项不予退还。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方可以书面通知解除本合同。

12.2 合同解除的，甲方已支付的款项中与已完成工作相对应的部分不予退还。

12.3 合同解除后，乙方可停止提供系统服务，甲方应在十五日内完成数据导出。

## 第十三条 不可抗力

因地震、火灾、疫情、网络运营商故障等不可抗力导致不能履行的，受影响一方不承担责任，但应及时通知对方。受不可抗力影响的期间不计入乙方的工期。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知与送达

双方的通知以电子邮件或书面方式发送至合同首部载明的联系方式，电子邮件发出即视为送达。一方联系方式变更的，应及时通知对方，否则发送至原联系方式的通知视为有效送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同文本由乙方提供，双方确认已充分阅读并理解全部条款。

16.3 本合同未尽事宜，双方可另行签订补充协议；补充协议与本合同具有同等效力。

甲方（盖章）：锦绣缠花工艺工作室　　　　乙方（盖章）：织巧云软件有限公司

日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SPS-CN-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Hexi Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot, Inner Mongolia (the "Customer"), and Southern Pasture Software Limited, a company incorporated in New Zealand with its registered office at Stafford Street, Timaru 7910, New Zealand (the "Vendor").
P:The Customer operates milk collection centres and two processing plants and wishes to license the Vendor's milk quality and traceability software, and to have the Vendor configure and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MilkTrace quality and traceability software, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data mapping scripts and other materials created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including farm, tanker, laboratory and batch records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers located in the People's Republic of China for the Customer's and its affiliates' internal business, without limit on the number of named users, sites or plants.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not sell or sublicense the Software to third parties unrelated to its business.
P:2.3 The licence survives any termination of the services under this Agreement, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it to the Customer's collection and plant processes, migrate historical laboratory and batch data from the Customer's current systems, develop interfaces to the Customer's ERP, laboratory instruments and weighbridge systems, and train the Customer's key users and administrators.
P:3.2 The Vendor shall deliver a project plan within ten days after signature. The Software shall be ready for Preliminary Acceptance within 110 days after signature.
P:3.3 The Vendor shall appoint a named project manager who speaks Mandarin and shall not replace him or her without the Customer's written consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,820,000, comprising: perpetual Licence Fee CNY 1,180,000; implementation and configuration CNY 420,000; interface development CNY 186,000; training CNY 34,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 364,000) within fifteen business days after signature and receipt of the Vendor's invoice; (b) 45% (CNY 819,000) within fifteen business days after Preliminary Acceptance; and (c) 35% (CNY 637,000) within fifteen business days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 Preliminary Acceptance takes place when the Software is installed and configured and the following tests have been passed: every function in the agreed requirements list performs as specified; migrated records reconcile in full with the source systems; all interfaces exchange data correctly for ten consecutive working days; and the system handles 300 concurrent users with screen response times under three seconds.
P:5.2 After Preliminary Acceptance, the system shall run in production at both plants for 60 days. Final Acceptance requires that no Severity 1 defect occurred during the last 30 days of that run and that all Severity 2 defects have been corrected.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after the criteria are met, or state the defects found. Use of the Software in production, or payment of any instalment, does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the agreed requirements for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide support at no additional charge.
P:6.2 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee, i.e. CNY 129,800 per year. This fee is fixed for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Support requests are classified as Severity 1 (the Software is unavailable or milk acceptance at a collection centre cannot be recorded), Severity 2 (a major function is impaired) and Severity 3 (other issues). The Vendor shall respond to Severity 1 requests within one hour at any time, and to Severity 2 requests within two hours during business hours, and shall work continuously on Severity 1 requests until a workaround is in place.
P:6.4 If the Vendor misses a response time, it shall credit the Customer CNY 1,000 for each hour of delay for Severity 1 and CNY 300 for each hour of delay for Severity 2, to be deducted from the next payment or paid on demand.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's bastion host, with prior approval for each session, and shall not transfer Customer Data outside the People's Republic of China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within six hours of becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, cooperate in containing it and bear all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public business and technical information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This Article 9 continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Preliminary Acceptance by the date in Article 3.2 for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price in aggregate.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except as stated in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may terminate the services by written notice if delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer under this Article 12, the Vendor shall refund the amounts paid for services not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. If such an event lasts more than 60 days, either party may terminate the affected services.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of New Zealand.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the New Zealand International Arbitration Centre. The seat of arbitration is Wellington, New Zealand, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese in two counterparts; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ______________
"""

E02 = """# FieldLift Cloud — Order Form and General Terms

**Order Form No. FL-2027-0419**

## Part A — Order Form

### A1 Parties

**Provider:** Ruamahanga Field Systems Limited, Queen Street, Masterton 5810, New Zealand.

**Customer:** Guangzhou Yunti Elevator Maintenance Co., Ltd., Tianhe District, Guangzhou, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between the Provider and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2 Subscription

The Customer subscribes to FieldLift Cloud, the Provider's field-service scheduling and maintenance records service for lift and escalator contractors, for up to 420 named technician users and 60 named office users, including the mobile app, route planning, job sheets with photo evidence, spare-parts tracking and the customer portal. The service is hosted for the Customer on Alibaba Cloud in the Shenzhen region.

The Subscription Term is 36 months, made up of three Subscription Years. The first Subscription Year starts on the Go-Live Date stated in the Go-Live Certificate under A4.

### A3 Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription fee, Subscription Year 1 | 420 technician + 60 office users | 386,000 |
| Subscription fee, Subscription Year 2 | same | 386,000 |
| Subscription fee, Subscription Year 3 | same | 386,000 |
| Onboarding (configuration, data migration, ERP interface, training) | one-time | 64,000 |
| **Total fees for the Subscription Term** | | **1,222,000** |

The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The onboarding fee is invoiced after the Go-Live Certificate is signed and is payable within 30 days of invoice. Fees are inclusive of PRC VAT and are payable in CNY.

Additional users may be added at the pro-rated annual rate of CNY 804 per user for the remainder of the current Subscription Year.

### A4 Onboarding and Go-Live

The Provider shall configure the service, migrate the Customer's site register and five years of maintenance records, build the interface to the Customer's Kingdee ERP for spare-parts costs, and train 40 key users, so that the service is ready for go-live testing within 60 days after the signature of this Order Form.

Go-live testing covers: every function in the agreed scope document; reconciliation of migrated site and maintenance records with the source data; correct exchange of spare-parts data with the ERP for ten working days; and mobile app performance on the Customer's standard handsets. When all tests are passed, the Customer shall sign a Go-Live Certificate within five working days. Use of the service before the Go-Live Certificate is signed is not acceptance.

If the service is not ready for go-live testing on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 60,000 in total.

### A5 Renewal

After the Subscription Term, this Agreement renews automatically for further terms, each of the length of one Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. For each renewal term the Provider may increase the subscription fee by up to 8% above the fee for the preceding Subscription Year by notice given with the renewal invoice.

### A6 Approved Subprocessors

The Customer approves Alibaba Cloud (Shenzhen region) as hosting subprocessor and Ruamahanga Field Systems (Shanghai) Co., Ltd., the Provider's subsidiary, for first-line support in Chinese. Any other subprocessor or subcontractor requires the Customer's prior written consent under Part B Section 8.

## Part B — General Terms

### 1. Service Levels

1.1 The Provider shall make the service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as Priority 1 (the service or the mobile app is unavailable to all users, or job sheets cannot be saved), Priority 2 (a major function is impaired for many users) and Priority 3 (other issues). The Provider shall respond to Priority 1 incidents within 30 minutes and restore service within two hours, and shall respond to Priority 2 incidents within two hours.

1.3 If monthly availability falls below the level in 1.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. Each Priority 1 response that is late earns a credit of CNY 1,000. Credits are set off against the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All data entered into or generated in the service by or for the Customer, including site, equipment, job, technician and customer records and photographs ("Customer Data"), belongs to the Customer.

2.2 The Provider shall process Customer Data only to provide the service to the Customer and for no other purpose, and shall not sell, analyse, aggregate or disclose Customer Data, whether or not de-identified.

2.3 On expiry or termination the Provider shall, at the Customer's choice, return Customer Data in CSV and image format and then delete it from its systems within 30 days, and confirm deletion in writing.

### 3. Data Security

3.1 The Provider shall keep Customer Data in the People's Republic of China, maintain MLPS level-3 filing for the service, encrypt Customer Data in transit and at rest, apply role-based access control and multi-factor authentication for its staff, and keep access logs for at least six months.

3.2 The Provider shall notify the Customer within eight hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and cooperate with the Customer's notifications to authorities and individuals.

3.3 The Provider is responsible for losses caused by a security incident resulting from its breach of this Section 3.

### 4. Confidentiality

Each party shall keep the other party's non-public information received in connection with this Agreement confidential, use it only for this Agreement and protect it with at least reasonable care. This obligation lasts for three years after the end of the Agreement, and for trade secrets for as long as they remain trade secrets.

### 5. Intellectual Property

5.1 The Provider owns the service, the software and all improvements to them.

5.2 The Customer's job-sheet templates, checklists, report layouts and the ERP interface mapping created for the Customer during onboarding ("Customer Configurations") belong to the Customer. The Customer may use, modify and license them freely, including after the end of the Agreement.

### 6. Fees and Taxes

6.1 Undisputed invoices are payable within the periods in A3. The Provider may suspend the service only if an undisputed amount is more than 45 days overdue and the Customer has not paid within 15 days after a written reminder.

6.2 Each party bears its own taxes as required by law. The fees in A3 are not subject to any withholding adjustment.

### 7. Liability

7.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the nine months before the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.3 The limits in 7.1 and 7.2 do not apply to death or personal injury caused by negligence, fraud or the Customer's payment obligations.

### 8. Subcontracting

The Provider shall not subcontract any part of the service or appoint any new subprocessor without the Customer's prior written consent, and remains responsible for all approved subprocessors and subcontractors.

### 9. Term and Termination

9.1 This Agreement starts on signature and continues for the Subscription Term and any renewal term under A5.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

9.3 The Customer may also terminate by written notice if monthly availability is below the level in Section 1.1 in any three months of a Subscription Year.

9.4 On termination by the Customer under 9.2 or 9.3, the Provider shall refund the prepaid subscription fee for the period after termination.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1.

11.2 This Agreement may be amended only in writing signed by both parties.

**Signed for the Customer:** ____________________

**Signed for the Provider:** ____________________
"""

E03 = """T:Supply Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. QS-PM-2027-112
P:Buyer: Qingshan Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Emu Bay Condition Monitoring Pty Ltd, Wilson Street, Burnie, Tasmania 7320, Australia (the "Supplier").
P:The Buyer wishes to install wireless vibration and temperature monitoring on the rotating equipment of its two paper machines and its pulp line, and the Supplier has offered its sensors, gateways and monitoring software. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 420 wireless vibration and temperature sensors, 24 gateways and the Supplier's monitoring software under a perpetual licence, configure the fault-detection models for the monitored equipment, and train the Buyer's maintenance staff.
P:1.2 The monitored equipment comprises dryer cylinders, press rolls, vacuum pumps, fans, refiners and gearboxes as listed in Annex 1. The Supplier has inspected the sites and confirms that the sensor positions and gateway coverage in Annex 1 are sufficient.
P:1.3 The software shall be installed on servers provided by the Buyer in its own data centre. No part of the solution shall depend on a server outside the Buyer's premises.
P:1.4 With each shipment the Supplier shall provide packing lists, certificates of origin, test certificates for every sensor and gateway, and radio type-approval documents valid in the People's Republic of China. Sensors and gateways shall be new and of the models in Annex 1.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,940,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|2,600|1,092,000
TB:2|Industrial gateway with mounting kit|24|11,500|276,000
TB:3|Monitoring software, perpetual site licence|1|318,000|318,000
TB:|Hardware and licence subtotal|||1,686,000
TB:4|Installation and commissioning|1 lot||142,000
TB:5|Fault-detection model configuration|1 lot||88,000
TB:6|Training|1 lot||24,000
TB:|Contract Price|||1,940,000
P:2.2 The Contract Price is fixed. It includes delivery DAP Rizhao, customs clearance, import duties, taxes, installation materials, travel and all services during the warranty period.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 194,000) within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 1,067,000) within 20 days after all equipment has been delivered and installed. Signature of the delivery and installation record confirms quantities only and is not acceptance.
P:3.3 Acceptance payment: 35% of the Contract Price (CNY 679,000) within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice or, for imported goods, the customs documents and a commercial invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 70 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment.
H:5. Acceptance
P:5.1 Final Acceptance requires that: all sensors report to the software at their configured intervals with a data completeness of at least 98% over 30 consecutive days; measured vibration values agree with the Buyer's calibrated portable analyser within the tolerance in Annex 2; the fault-detection models correctly flag the seeded faults in the test plan; and no Severity 1 incident occurs in that 30-day period.
P:5.2 The Buyer shall issue a Final Acceptance Certificate within ten working days after the criteria are met, or state in writing which criteria are not met. Installation, commissioning, use of the system or any payment does not constitute acceptance.
P:5.4 The Supplier shall provide the test equipment and engineers needed for the acceptance tests. The Buyer's maintenance and instrument departments shall take part in the tests and record the results.
P:5.3 If the system fails acceptance twice for reasons attributable to the Supplier, the Buyer may reject it and terminate the Contract under Clause 13.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During the warranty period the Supplier shall replace defective sensors and gateways, including batteries that fail before their rated life, correct software defects and supply all software updates free of charge.
P:6.2 Spare sensors equal to 3% of the installed quantity shall be kept at the Buyer's site during the warranty period at the Supplier's cost.
P:6.3 Twice a year during the warranty period the Supplier shall review the alarm history with the Buyer's maintenance engineers, tune the fault-detection models where needed and report on battery condition across the installed sensors.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support, covering software updates, remote diagnosis and replacement of failed devices, at 7.5% of the hardware and licence subtotal per year, being CNY 126,450 per year. This fee is fixed for the first two years after the warranty period.
P:7.2 Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Service Levels
P:8.1 Incidents during the warranty period and any support period are handled as follows:
TB:Severity|Description|Response|On-site or remote fix
TB:Severity 1|Software down, or more than 20 sensors on one machine not reporting|30 minutes|within 8 hours
TB:Severity 2|Single gateway down, or model alarms not generated|2 hours|within 2 days
TB:Severity 3|Other issues and questions|1 working day|as agreed
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response or fix time, it shall pay the Buyer CNY 1,200; for Severity 2, CNY 400 per hour. These amounts may be deducted from any sum due to the Supplier.
H:9. Buyer Data and Security
P:9.1 All measurement data, alarms, machine configurations and reports in the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it, transfer it abroad or use it for product development, benchmarking or any other purpose.
P:9.2 Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, for each session approved in advance by the Buyer, and all sessions are logged. The Supplier shall follow the Buyer's information security rules for its mill network.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data within two hours after becoming aware of it, help contain it and compensate the Buyer for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all non-public information of the Buyer obtained under this Contract, including process data, machine layouts and production figures, and shall disclose it only to its staff who need to know it. This obligation continues for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The fault-detection model configurations, alarm thresholds, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:11.2 The Supplier retains its rights in the standard software and device firmware, and grants the Buyer a perpetual licence to use them with the supplied equipment.
P:11.3 The Supplier shall indemnify the Buyer against third-party claims that the equipment or software infringes any intellectual property right.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Clauses 9 and 10.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, if delay damages reach their maximum, or under Clause 5.3.
P:13.2 On termination under 13.1, the Supplier shall refund all amounts paid for equipment and services not accepted and remove rejected equipment at its cost.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent, and remains responsible for every approved subcontractor.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.
H:16. General
P:16.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effects. Time for performance is extended by the period of the force majeure event.
P:16.2 Notices shall be given in writing to the addresses above, by courier or by email with confirmation of receipt.
P:16.3 This Contract is signed in English and Chinese, both equally authentic. Annex 1 (equipment list and sensor positions) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ______________
"""

E04 = """# Managed End-User Services Agreement

**Agreement No. GMS-CN-2027-03**

This Managed End-User Services Agreement (the "Agreement") is made between:

- **Hengtai Engineering Design Co., Ltd.**, registered in Chengdu, Sichuan Province, People's Republic of China (the "Customer"); and
- **Grey Valley Managed Services Limited**, Mackay Street, Greymouth 7805, New Zealand, acting in China through its wholly owned subsidiary Grey Valley IT Services (Chengdu) Co., Ltd. (the "Provider").

## 1. Definitions

1.1 "Services" means the managed end-user services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date stated in the Transition Acceptance Certificate under Section 4.

1.5 "Customer Data" means all data of the Customer and its employees that the Provider receives, accesses or generates in providing the Services, including device inventories, user accounts and ticket records.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension must be agreed in writing; there is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the Services in Schedule 1 for about 1,150 users and 1,480 devices at the Customer's head office in Chengdu and its five regional offices in Chongqing, Xi'an, Kunming, Guiyang and Lanzhou.

3.2 The Provider shall staff a Mandarin-speaking service desk from 08:00 to 20:00 on working days and provide on-call cover for Priority 1 incidents at all other times.

3.3 The Provider shall follow the Customer's IT policies, change procedures and site rules that are notified to it in writing.

3.4 The Provider shall keep a current inventory of all supported devices in the ticketing tool, with location, user and warranty status, and make it available to the Customer at any time.

## 4. Transition

4.1 The Provider shall take over the Services from the Customer's current supplier within 45 days after signature. Transition includes knowledge transfer, inventory of all devices, set-up of the ticketing tool and reports, and the hiring or assignment of on-site engineers.

4.2 Transition Acceptance requires that: the device inventory reconciles with the Customer's asset register within 2%; the service desk has handled live tickets for ten working days in parallel with the current supplier; all knowledge articles in the transition plan are approved by the Customer; and the monthly report format is agreed. The Customer shall sign a Transition Acceptance Certificate within five working days after these criteria are met. Starting to use the Provider's service desk is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay, up to CNY 90,000.

## 5. Service Levels and Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 each month and report its performance by the fifth working day of the following month.

5.2 If a Service Level is missed, the Provider shall give the service credit stated in Schedule 2. Credits are deducted from the next monthly invoice. Credits in any month are capped at 20% of that month's recurring charge.

5.3 If the same Service Level is missed in three consecutive months, the Provider shall present a remediation plan within ten working days and implement it at its own cost.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The monthly recurring charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance.

6.2 Invoices are payable within 30 days after receipt of a correct VAT invoice. The Charges are fixed for the Service Term. Changes in user or device numbers of up to 10% in either direction do not change the Charges.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell it, disclose it to third parties or use it for any other purpose.

7.2 At the end of the Agreement the Provider shall hand over all Customer Data and ticket history in an agreed format.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's design drawings, project information and employee information, and shall disclose it only to staff and advisers who need to know it and are bound by similar obligations.

8.2 This Section 8 continues for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 Knowledge articles, scripts, device images, reports and process documents prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor supplier.

9.2 The Provider's ticketing software and its general tools and methods remain the Provider's property; the Provider grants the Customer a licence to use them during the Service Term.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign a named service delivery manager and shall not replace key personnel listed in Schedule 1 without the Customer's consent, except for resignation, illness or dismissal.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for all approved subcontractors as for itself.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Service Term set out in Schedule 3.

11.2 Neither party is liable for indirect loss or loss of profit. These limits do not apply to personal injury, fraud or wilful misconduct.

## 12. Ending the Agreement

12.1 This Agreement may be ended before the end of the Service Term only (a) by written agreement of both parties, or (b) by either party by written notice if the other party becomes insolvent or ceases business.

12.2 A failure to meet Service Levels or any other breach of this Agreement does not entitle the Customer to terminate it. The Customer's remedies for breach are the service credits under Section 5, the remediation plan under Section 5.3 and damages subject to Section 11.

12.3 On expiry the Provider shall provide exit assistance for up to 60 days, including handover to the Customer or its new supplier, at the rates in Schedule 3.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. General

14.1 Amendments must be in writing and signed by both parties.

14.2 This Agreement is signed in English and Chinese; both versions are equally authentic.

14.3 Notices must be in writing and sent to the addresses above, by courier or by email with confirmation of receipt.

## Schedule 1 — Services

| Service | Description | Scope |
| --- | --- | --- |
| Service desk | Ticket logging, first-line fixes, password resets, user guidance | All users, Mandarin and English |
| Deskside support | On-site engineers for hardware, software and peripheral faults | 4 engineers in Chengdu, 1 in each regional office |
| Device lifecycle | Imaging, deployment, moves, returns and disposal of laptops and workstations | About 1,480 devices |
| CAD workstation support | Driver and licence issues for design software on engineering workstations | About 420 workstations |
| Meeting rooms | Support for video conferencing rooms | 38 rooms |
| Reporting | Monthly service report and quarterly review | Customer IT manager |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
| --- | --- | --- |
| Priority 1 incident (office or whole team unable to work) — response | 15 minutes, any time | CNY 2,000 per late response |
| Priority 1 incident — restoration or workaround | 3 hours | CNY 1,000 per hour over target |
| Priority 2 incident (single user unable to work) — response | 1 hour in service hours | CNY 300 per late response |
| Priority 2 incident — fix | next working day | 1% of monthly charge if under 95% met |
| Service desk calls answered within 60 seconds | 85% of calls | 1% of monthly charge |
| Customer satisfaction score | at least 4.2 out of 5 | 1% of monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Monthly recurring charge | 36 months × CNY 68,500 | 2,466,000 |
| Transition fee | one-time, after Transition Acceptance | 94,000 |
| **Total Charges for the Service Term** | | **2,560,000** |
| Exit assistance | per engineer day, if requested | 2,200 |
| Additional project work | per engineer day, by change order | 2,200 |

**For the Customer:** ____________________

**For the Provider:** ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. WAD-SUB-2027-021

PARTIES

Waitaki Agri Data Limited, a company registered in New Zealand, of Thames Street, Oamaru 9400, New Zealand ("Vendor"); and

Shanghai Lanmu Dairy Trading Co., Ltd., a company registered in the People's Republic of China, of Pudong New Area, Shanghai ("Customer").

BACKGROUND

The Vendor compiles and publishes dairy commodity price assessments, farm-gate milk price forecasts, pasture growth estimates and export shipment statistics for New Zealand and Australia, and makes them available through a data API and an analyst web portal. The Customer imports dairy ingredients into China and wishes to receive this data in its procurement, pricing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the datasets listed in Schedule A, as updated by the Vendor from time to time.

1.2 "API" means the Vendor's application programming interface through which Vendor Data is delivered, and "Portal" means the Vendor's analyst web portal.

1.3 "Start Date" means the date on which the Customer signs the Integration Acceptance Certificate under clause 4.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the following period ending on the day before the second anniversary of the Start Date.

1.5 "Customer Inputs" means any data that the Customer or its users submit to the API or the Portal, including query parameters, watch lists, portfolio positions, uploaded purchase volumes and user account details.

1.6 "Custom Deliverables" means the data mappings, custom feeds, report templates and dashboards that the Vendor builds specifically for the Customer under clause 4 or any change order.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and the Portal, to load Vendor Data into its internal systems and to use Vendor Data for its internal business purposes, including sharing reports containing limited extracts with its affiliates, banks and auditors.

2.2 The Subscription Term consists of two Subscription Years starting on the Start Date, subject to clause 9.

2.3 The subscription covers up to 25 named Portal users and API access for up to three production systems, with a limit of 200,000 API calls per day. The Customer shall not resell Vendor Data or make it available to the public.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription fee, Subscription Year 1 ........ CNY 298,000
    Subscription fee, Subscription Year 2 ........ CNY 298,000
    Integration and onboarding (one-time) ......... CNY 36,000
    Total fees for the Subscription Term .......... CNY 632,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration and onboarding fee is invoiced after the Integration Acceptance Certificate is signed. All invoices are payable within 30 days.

3.3 Fees are stated in CNY and include PRC VAT. Each party bears its own bank charges.

3.4 API calls above the daily limit are charged at the rates in Schedule A and are invoiced quarterly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature, the Vendor shall map the Vendor Data to the Customer's data model, build custom feeds into the Customer's procurement system and risk system, set up the Portal users and train the Customer's analysts.

4.2 Integration acceptance tests: all datasets in Schedule A load into both systems at the scheduled times on ten consecutive business days; the loaded values reconcile with the Portal; historical series back to 2015 are complete; and the custom dashboards show the agreed indicators. When all tests are passed the Customer shall sign an Integration Acceptance Certificate within five business days. Use of test data before signature is not acceptance.

4.3 If the Vendor is not ready for integration acceptance testing within the period in 4.1 for reasons within its control, it shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

5. SERVICE AND SUPPORT

5.1 The Vendor will use commercially reasonable efforts to keep the API and the Portal available and to publish each dataset on or around the scheduled times shown in Schedule A. Publication times are indicative only.

5.2 The Vendor provides email support on New Zealand business days. The Vendor will use commercially reasonable efforts to answer support requests promptly, and will inform the Customer of planned maintenance when practicable.

5.3 The Vendor does not give any warranty that Vendor Data is complete or free from errors, and the Customer is responsible for its own trading and purchasing decisions. The Vendor will correct errors in Vendor Data that it becomes aware of in the next scheduled update.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. The Vendor shall use Customer Inputs only to provide the subscription to the Customer and shall not disclose them, analyse them for other customers, or use them, in identifiable, aggregated or de-identified form, for any other purpose.

6.2 The Vendor shall protect Customer Inputs and the Customer's account credentials with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging. The Vendor shall hold a current ISO 27001 certificate for the systems that deliver the API and the Portal.

6.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or credentials, take prompt steps to contain it, and bear the losses caused to the Customer by its failure to comply with this clause 6.

6.4 Within 30 days after the end of this Agreement the Vendor shall delete all Customer Inputs and confirm deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including the Customer's purchase volumes and positions and the Vendor's methods, and shall use it only for this Agreement.

7.2 This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns all rights in Vendor Data, the API and the Portal. Nothing in this Agreement transfers those rights to the Customer.

8.2 The Custom Deliverables belong to the Customer on creation. The Customer may use, modify and license them freely, including after this Agreement ends. The Vendor shall deliver the mapping specifications and feed code at integration acceptance.

8.3 The Vendor shall indemnify the Customer against third-party claims that Vendor Data, the API or the Portal, used in accordance with this Agreement, infringes any intellectual property right.

9. TERM, RENEWAL AND TERMINATION

9.1 This Agreement starts on signature and continues until the end of the Subscription Term.

9.2 At the end of the Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further term equal in length to a Subscription Year, unless either party gives written notice of non-renewal at least 45 days before the end of the current term.

9.3 The Vendor may increase the subscription fee for any renewal term by up to 9% by giving notice at least 60 days before the renewal date. The increased fee applies automatically if the Customer does not give notice of non-renewal.

9.4 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

9.5 If the Customer terminates under 9.4, the Vendor shall refund the part of the subscription fee paid for the period after termination.

9.6 On expiry or termination the Customer shall stop accessing the API and the Portal, but may keep Vendor Data already loaded into its systems for internal historical records.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two times the total fees for the Subscription Term set out in clause 3.1.

10.2 Neither party is liable for loss of profit, trading losses or indirect loss.

10.3 The limits in this clause 10 do not apply to breach of clause 6 or clause 7, infringement claims under clause 8.3, fraud or wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract the delivery of the API, the Portal or the integration work without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The award is final and binding on both parties.

13. GENERAL

13.1 Notices must be in writing and delivered by courier or email to the addresses in this Agreement.

13.2 This Agreement, with Schedule A, is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SCHEDULE A - DATASETS AND SCHEDULED TIMES

    Dairy commodity price assessments (WMP, SMP, butter, AMF, cheddar) ... weekly, Tuesday 16:00 NZT
    Farm-gate milk price forecast, New Zealand and Australia .............. monthly, first business day
    Pasture growth estimates by region .................................... weekly, Friday 12:00 NZT
    Export shipment statistics by destination ............................. monthly, with official data
    API calls above the daily limit ....................................... CNY 3 per thousand calls

SIGNED for the Vendor: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (file, lang, category, terms in KEYS order, extra, fee base for TCO, forum outside mainland, design rules)
DRAFTS = {
    "z01": ("h881z01_parks_bureau_nursery_market_platform.pdf", "zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.07, None, 20, True, True, 24, 9, False, True, False,
             "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1460000), 760000, False, []),
    "z02": ("h881z02_floor_lamp_factory_line_control_retrofit.docx", "zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.02, None, 25, True, True, 18, 28, False, True, False,
             "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1828000), 1541600, False,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h881z03_keyboard_school_chain_booking_saas.txt", "zh", "cloud",
            [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True, False,
             "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000),
            None, False, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("h881z04_water_bureau_well_metering_om_service.txt", "zh", "services",
            [99.95, 1, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True,
             "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
            None, False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z05": ("h881z05_chanhua_studio_process_tracking_supplier_template.md", "zh", "software",
            [None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 3, None, False, True, None,
             "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=178000), 68000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("h881e01_dairy_traceability_perpetual_licence_timaru.pdf", "en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
             "New Zealand", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1820000), 1180000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("h881e02_field_service_saas_order_form_masterton.md", "en", "cloud",
            [99.95, 0.5, True, "buyer", True, True, True, 900 / 1222000 * 100, 9 / 36 * 100, None, True, None, None,
             None, True, True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1222000),
            None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": ("h881e03_paper_mill_vibration_sensors_burnie.docx", "en", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False,
             "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1940000), 1686000, False, []),
    "e04": ("h881e04_managed_end_user_services_greymouth.md", "en", "services",
            [None, 0.25, True, "buyer", False, True, True, 2000 / 2560000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2560000),
            None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("h881e05_dairy_market_data_api_subscription_oamaru.txt", "en", "cloud",
            [None, None, False, "buyer", True, True, True, 400 / 632000 * 100, 200, None, True, None, None, None,
             True, True, False, "PRC", "service"],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=632000),
            None, False, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# the figures the policy uses as thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH = 40.0


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


# ---------------------------------------------------------------- reading back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.90*(?![0-9])",
    r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时|个工作小时)", r"(?<!十)四\s*(?:个)?(?:工作)?小时",
    r"\bfour\s*-?\s*hours?",
    r"(?<![0-9.])0\.050*(?![0-9])", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.])(?:100|30|15|40)(?:\.0+)?\s*%", r"(?<![0-9.])(?:100|30|15|40)\s*per\s*cent",
    r"百分之(?:一)?百", r"百分之(?:三十|十五|四十)(?![一二三四五六七八九点])",
    r"\b(?:one hundred|thirty|fifteen|forty)\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:个)?(?:月|months?)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"\bone\s*year", r"(?<![十0-9])一年", r"(?<![0-9.])1\s*years?\b",
]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时", "四小时", "4-hour", "four hours", "0.05%", "万分之五",
            "100%", "30 %", "15%", "40%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "12 months", "12个月",
            "十二个月", "twelve months", "one year", "一年", "thirty per cent", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14 hours", "1.4 hours", "0.08%", "万分之七", "万分之五十",
             "10%", "20%", "35%", "45%", "115%", "150%", "200%", "300%", "18 months", "36 months", "120 months",
             "百分之三十五", "百分之四十五", "十一年", "2.15%"]


def scan(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for p in PATTERNS:
            for m in re.finditer(p, v, flags=re.I):
                hits.append((p, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- checks on sums
def check_sums():
    assert 760000 + 548000 + 126000 + 26000 == 1460000
    assert 292000 + 657000 + 511000 == 1460000 and 292000 == 1460000 * 0.2
    assert 708000 + 386000 + 114000 + 252000 + 81600 == 1541600 and 6 * 118000 == 708000
    assert 12 * 9500 == 114000 and 6 * 42000 == 252000 and 12 * 6800 == 81600
    assert 1541600 + 168000 + 96000 + 22400 == 1828000
    assert 457000 + 639800 + 639800 + 91400 == 1828000 and 457000 == 1828000 * 0.25
    assert round(1541600 * 0.28) == 431648
    assert 35 * 6800 == 238000 and 2 * 238000 + 58000 + 12000 == 546000 and 238000 / 4 == 59500
    assert 1286 * 260 == 334360 and 1286 * 48 == 61728 and 334360 + 126000 + 61728 + 47912 == 570000
    assert 570000 / 4 == 142500
    assert 68000 + 96000 + 14000 == 178000 and 115700 + 62300 == 178000 and 115700 == 178000 * 0.65
    assert 1180000 + 420000 + 186000 + 34000 == 1820000
    assert 364000 + 819000 + 637000 == 1820000 and 819000 == 1820000 * 0.45 and 1180000 * 0.11 == 129800
    assert 3 * 386000 + 64000 == 1222000
    assert 420 * 2600 == 1092000 and 24 * 11500 == 276000 and 1092000 + 276000 + 318000 == 1686000
    assert 1686000 + 142000 + 88000 + 24000 == 1940000 and 194000 + 1067000 + 679000 == 1940000
    assert 1686000 * 0.075 == 126450
    assert 36 * 68500 == 2466000 and 2466000 + 94000 == 2560000
    assert 2 * 298000 + 36000 == 632000


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DRAFTS.items() if v[0].endswith((".docx", ".pdf"))}
    write(SOURCES, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (fname, lang, cat, vals, extra, base, forum_out, design) in DRAFTS.items():
        if not fname.endswith((".docx", ".pdf")):
            (OUT / fname).write_text(SOURCES[key], encoding="utf-8")
        text = read_back(OUT / fname)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (key, n, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s threshold text: %s" % (key, sorted(set(hits))[:6]))
        terms = dict(zip(KEYS, vals))
        for k, th in TH.items():
            if terms[k] is not None and abs(terms[k] - th) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        rules, share = derive(terms, extra, base, forum_out)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (key, share))
        if rules != sorted(design):
            problems.append("%s rules %s != design %s" % (key, rules, sorted(design)))
        covered |= set(rules)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%s %-62s %5d %-6s share=%s %s" % (key, fname, n, risk(rules),
                                                  "-" if share is None else "%.1f" % share, ", ".join(rules)))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")
