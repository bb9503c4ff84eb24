"""holdout1037: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt / .md drafts are written from the sources below as they are; .docx / .pdf are built with ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:澄州市心理援助热线服务平台采购合同
P:合同编号：CZWJ-ZFCG-2027-018
P:采购人（甲方）：澄州市卫生健康委员会
P:供应商（乙方）：澄州安言信息技术有限公司
P:采购方式：公开招标（政府采购）。本项目资金来源为财政性资金。
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分。
H:第一条 采购内容
P:1.1 乙方向甲方提供心理援助热线服务平台软件，包括48个坐席的使用许可，以及来电排队与智能分流、通话录音与质检、咨询记录、知识库和统计报表等标准模块。上述许可为永久许可，授权甲方及其下属热线中心使用。
P:1.2 乙方按甲方需求定制开发危机来电分级预警、高危个案转介（对接市精神卫生中心及急救、公安联动接口）、回访随访管理和咨询员排班四个模块。
P:1.3 乙方负责平台的部署实施、历史数据初始化、接口联调，以及对甲方热线咨询员、督导和系统管理员的培训。
P:1.4 平台应支持国产操作系统和数据库，并适配甲方现有的呼叫中心中继线路和录音存储设备。
H:第二条 合同价款
P:2.1 合同总价为人民币880,000元（大写：捌拾捌万元整），含税，其中：平台软件许可费486,000元；定制开发费312,000元；部署实施费64,000元；培训费18,000元。
P:2.2 合同总价为固定价格，已包含乙方履行本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价10%的履约保函后十个工作日内，甲方支付合同总价的20%，计176,000元，作为预付款。
P:3.2 平台上线并通过初步验收后十个工作日内，甲方支付合同总价的45%，计396,000元。
P:3.3 平台通过最终验收并出具验收报告后十个工作日内，甲方支付合同总价的35%，计308,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并具备上线条件，在合同签订后150日内完成最终验收。
P:4.2 乙方应向甲方提交实施方案、需求规格说明书、测试报告、用户手册、运维手册，以及定制开发模块和接口程序的全部源代码。
P:4.3 乙方派驻的项目经理未经甲方同意不得更换。
P:4.4 乙方应组织不少于三期集中培训，每期不少于两天，培训对象包括热线咨询员、督导人员和系统管理员，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术要求和经甲方确认的需求规格说明书；48个坐席同时在线、60路并发呼入时，来电接通时长不超过3秒；危机预警规则经甲方组织的专家组逐条测试通过；与市精神卫生中心的转介接口联调成功。
P:5.2 平台上线后试运行60日，期间未发生一级故障，且第三方测评机构出具的安全测评报告无高危漏洞的，乙方可申请最终验收。甲方组织专家按上述标准进行最终验收，并出具书面验收报告。
P:5.3 验收所需的测试环境和测试数据由乙方准备，甲方提供必要的场地和配合；第三方测评费用由乙方承担。
P:5.4 平台上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过43,740元，该标准在质保期满后三年内不作上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:6.3 质保期内乙方每季度对平台巡检一次并提交巡检报告，在重大节假日和心理健康宣传活动期间安排专人值守。
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护应提前三日通知甲方并安排在夜间低峰时段。
P:7.2 一级故障（热线无法呼入、录音中断或预警功能失效）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付800元违约金；月可用率每低于约定值0.01个百分点，扣减1,000元。上述款项可从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和部署。
P:8.3 乙方保证其交付成果不侵犯任何第三方权利，因侵权产生的责任由乙方承担。
H:第九条 数据安全与数据归属
P:9.1 热线来电记录、通话录音、个案档案及统计数据等全部数据归甲方所有。乙方仅为履行本合同接触上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，仅可通过甲方堡垒机进行远程维护，对敏感个人信息进行脱敏展示，所有操作留存日志。
P:9.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或履行完毕后，乙方应在10日内返还或销毁其持有的甲方数据，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的来电人个人信息、甲方工作秘密及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与项目人员签订保密承诺书。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成上线或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 平台经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额及同期贷款市场报价利率向乙方支付利息。
P:11.4 乙方未履行本合同义务的，甲方有权从履约保函中扣收相应违约金和赔偿款。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除不影响第九条、第十条的效力。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：澄州市卫生健康委员会　　乙方（盖章）：澄州安言信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：NGY-JG-2027-006
P:甲方（买方）：浙江暖宜暖宫腰带制品有限公司
P:乙方（卖方）：宁波锐控自动化工程有限公司
P:甲方委托乙方对其厂区内六条暖宫腰带生产线（发热片贴合线两条、缝制包边线两条、温控模块装配及老化测试线两条）的控制系统进行改造，包括设备供货、软件许可、程序编制、安装调试和培训。双方经协商，订立本合同。
H:第一条 改造范围与技术要求
P:1.1 乙方拆除各产线原有继电器控制柜，更换为PLC控制柜及触摸屏，新增伺服驱动和多路温控模块，实现发热片贴合温度、压合时间和缝制速度的闭环控制。
P:1.2 乙方部署产线监控与追溯软件，采集各工位的温度、节拍、报警和产量数据，实现按批次追溯原材料和发热片检测结果，并与甲方现有ERP系统对接。
P:1.3 改造后各产线温控精度为设定值±1℃，单线节拍不低于每分钟18件，设备综合效率数据可在车间看板实时显示。
P:1.4 改造工作应分线分批进行，每次停产改造的产线不超过两条，不得影响甲方其余产线的正常生产。
P:1.5 所供PLC、伺服驱动和温控模块应为原厂全新正品，品牌型号以技术协议为准。
P:1.6 乙方应保留原有急停和安全光栅回路，改造后的安全联锁功能不得低于原设计水平，并通过甲方安全部门检查。
H:第二条 合同价款
P:2.1 合同总价为人民币846,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜及触摸屏改造|6套|58,000|348,000
TB:2|伺服驱动及温控模块|6套|26,500|159,000
TB:3|工业网关及工业交换机|1批|84,000|84,000
TB:4|产线监控与追溯软件许可（永久）|1套|126,000|126,000
TB:—|设备及软件小计|—|—|717,000
TB:5|安装调试|1项|68,000|68,000
TB:6|PLC程序及上位机画面定制编制|1项|52,000|52,000
TB:7|操作与维护培训|1项|9,000|9,000
TB:—|合同总价|—|—|846,000
P:2.2 上述价格包含设备运输、保险、安装辅材及乙方人员差旅费用。
P:2.3 本合同价格为固定总价，除甲方书面变更改造范围外不作调整。
H:第三条 付款方式
P:3.1 本合同签订后七个工作日内，甲方支付合同总价的20%，计169,200元，作为预付款。
P:3.2 全部设备到达甲方厂区并经双方清点签收后十个工作日内，甲方支付合同总价的45%，计380,700元。
P:3.3 各产线安装调试完成之日起十五日内，甲方支付合同总价的35%，计296,100元。该笔款项以安装调试完成为支付条件，不以第五条所述验收为前提。
P:3.4 乙方应在每次收款前开具等额增值税专用发票。
P:3.5 乙方应付的违约金，甲方可从应付款项中直接扣除。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内完成全部设备到货，在到货后60日内完成六条产线的安装调试。
P:4.2 乙方应提前提交停线改造计划，经甲方生产部门确认后实施。因乙方原因延长停线时间的，视为工期延误。
P:4.3 乙方应在改造前对原控制系统进行测绘，提交电气原理图、I/O点表和改造方案，经甲方确认后实施。
P:4.4 乙方施工人员应遵守甲方厂区安全生产管理规定，动火和带电作业须办理审批手续；因乙方原因发生安全事故的，由乙方承担责任。
P:4.5 乙方应对甲方设备维修人员和产线班组长进行操作与维护培训，培训不少于三次，每次不少于半天，并提供培训教材。
H:第五条 验收
P:5.1 每条产线改造完成后连续生产运行72小时，温控精度、节拍、报警联锁和数据采集均达到第1.3条及技术协议要求，且试产批次良品率不低于改造前三个月的平均水平，为验收合格。
P:5.2 验收由甲方生产部、设备部和质量部共同进行，双方签署验收记录。验收不合格的，乙方应在七日内整改并重新验收。
P:5.3 乙方应在验收前提交竣工图纸、PLC程序备份、软件安装介质、设备合格证和使用维护手册。
P:5.4 甲方在验收前使用已改造产线进行生产的，不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自该产线验收合格之日起计算。质保期内因设备质量或程序缺陷造成的故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，包括每季度一次预防性维护、备件更换和程序优化，年度维保费为设备及软件小计的18%，即每年129,060元，价格在质保期满后三年内保持不变。
P:6.3 质保期内乙方每半年进行一次免费巡检，并按备件清单为甲方储备常用备件。
P:6.4 维保合同由双方另行签订，期满不自动续期。
H:第七条 服务响应
P:7.1 一级故障（产线停机）乙方应在1小时内远程响应，8小时内到达现场，24小时内恢复生产；二级故障（单工位异常）在当日内响应，48小时内处理完毕。
P:7.2 乙方未按上述时限响应或到场的，每超时1小时向甲方支付500元违约金。
P:7.3 乙方应提供7×24小时服务热线，并指定一名熟悉本项目的工程师作为服务联系人。
H:第八条 知识产权
P:8.1 为本项目编制的PLC程序、上位机画面、接口程序及其源文件归甲方所有，甲方有权自行修改和使用。监控软件的既有知识产权归乙方，甲方享有永久使用许可。
P:8.2 乙方保证所供设备和软件不侵犯任何第三方的知识产权。
H:第九条 数据安全
P:9.1 产线运行数据、工艺参数和追溯数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方设备部逐次审批，通过甲方指定的VPN和账号进行并保留操作日志。发生数据泄露或因乙方原因导致网络安全事件的，乙方应在2小时内通知甲方并承担由此造成的全部损失。
P:9.3 合同终止后，乙方应删除其持有的甲方数据并书面确认。
H:第十条 保密
P:10.1 乙方对在厂区内获知的甲方工艺配方、产品设计、客户信息及其他商业秘密负有保密义务，合同终止后三年内仍然有效。
P:10.2 乙方应要求其派驻人员签署保密承诺，并对其人员的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方提供的设备不符合约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:11.3 因乙方设备或程序缺陷造成甲方产品批量报废的，乙方应赔偿甲方的直接损失。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十二条 分包
P:12.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
P:12.2 经甲方同意分包的，乙方仍对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应配合甲方将已改造产线恢复至可安全运行状态，并移交已完成部分的程序及资料。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:15.2 本合同未尽事宜，由双方协商签订补充协议。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """课程预约与会员管理系统服务合同

合同编号：XYP-SaaS-2027-03

甲方：成都弦悦派吉他培训连锁管理有限公司
乙方：成都云课通科技有限公司

甲方在成都、绵阳、德阳等地经营35家吉他培训门店。为统一管理排课、约课、会员和储值业务，甲方向乙方订购课程预约与会员管理系统（以下简称“系统”）的云端订阅服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供系统的订阅使用服务，功能包括：排课与教室管理、学员在线约课与签到、会员卡与课时包管理、储值与课消核算、教师课酬统计、经营报表，以及面向学员的微信小程序。
2. 订阅服务按门店计收，每家门店不限账号数量。甲方新增门店的，按本合同单价另行计费。
3. 乙方应保证系统与主流安卓、iOS手机及微信版本兼容。
（二）实施服务
1. 乙方负责将甲方原有系统中的会员资料、剩余课时、储值余额和历史约课记录迁移至本系统，并逐店核对。
2. 乙方按甲方品牌规范定制小程序首页、课程展示页及会员中心页面，并配置甲方的课程体系、价格体系和课酬规则。
3. 乙方对甲方总部运营人员、各门店店长和前台人员进行培训，每家门店至少培训一次。
4. 实施服务包括与甲方现有的聚合支付通道和企业微信的对接。
（三）运营支持服务
1. 乙方在服务期内提供每日9:00至21:00的在线客服和7×24小时故障受理热线。
2. 乙方每季度向甲方提交一次系统运行报告，包括可用率、故障处理和工单统计情况。
3. 系统版本升级由乙方免费提供，升级前应提前通知甲方，升级不得减少本合同约定的功能。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自系统上线验收合格之日起计算，满一年后进入第二服务年度。
（二）服务期满前三十日内，双方均未书面提出不再续订的，本合同自动续期一个服务年度，可多次续期。续期的年度订阅费由乙方按其届时公布的价格标准确定，乙方有权据此上调订阅费，甲方不得以此为由拒绝续期费用。
（三）服务期内，订阅单价不作调整。

三、费用与支付
（一）合同总价为人民币382,000元（含6%增值税），其中：
1. 年度订阅费：每家门店每服务年度4,800元，35家门店每服务年度168,000元，两个服务年度合计336,000元；
2. 实施费（一次性）：46,000元。
（二）实施费在系统上线验收合格后十个工作日内一次性支付。
（三）每一服务年度的订阅费，在该服务年度开始之日起十五日内支付。
（四）乙方收款前应开具增值税发票。
（五）服务期内甲方门店关闭的，自下一服务年度起相应减少订阅费；新增门店的，按本条第（一）项单价按月折算计费。

四、实施与验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和小程序定制，并提请上线验收。
（二）上线验收标准：
1. 35家门店的会员、剩余课时和储值余额迁移后与原系统逐条核对一致，差异为零；
2. 需求确认书所列功能逐项测试通过；
3. 小程序在500名学员同时约课时，页面响应时间不超过2秒；
4. 试运行十日内未出现一级故障。
5. 储值及课消核算结果与甲方财务对账一致。
（三）甲方应在乙方提请验收后五个工作日内组织验收，验收合格的签署上线验收单。
（四）验收不合格的，乙方应在七日内整改后重新提请验收。上线试运行或门店实际使用，均不视为验收合格。
（五）实施期间乙方应指派专职项目经理，每周向甲方提交实施进度报告。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护须安排在每日23:00至次日7:00之间，并提前48小时通知甲方。
（二）一级故障（全部或多数门店无法约课、签到或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单一门店或单一功能异常）2小时内响应，当日内解决。
（三）服务补偿：系统月可用率低于约定值的，每低于0.1个百分点，按当月订阅费的5%抵扣后续费用，单月抵扣以当月订阅费为限；一级故障超过恢复时限的，每超时1小时抵扣800元。
（四）乙方应提供故障工单系统，记录故障发生、响应和恢复时间，作为计算服务补偿的依据。
（五）每年寒暑假招生高峰期，乙方应安排专人值守并提前进行扩容。

六、数据归属与数据安全
（一）甲方及其学员在系统中产生的会员资料、约课记录和交易数据归甲方所有。
（二）甲方同意，乙方有权对上述数据进行去标识化处理后，用于行业统计分析、产品改进，以及乙方向其他客户提供的经营对标服务，该项权利在合同终止后继续有效。
（三）乙方应采取加密存储、访问控制、操作审计和异地备份等措施保护系统数据，其云平台应通过网络安全等级保护第二级备案。发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
（五）系统及数据应部署在中国境内的数据中心。乙方应确保学员个人信息的收集和使用符合《个人信息保护法》，在小程序中向学员告知并取得同意；未经甲方同意，不得向学员推送乙方或第三方的商业广告。

七、知识产权
（一）系统平台及其既有功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、报表模板及甲方提供的品牌素材，归甲方所有，甲方有权自行或委托他人修改和使用。
（三）乙方保证系统不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。
乙方应要求其接触甲方数据的员工签署保密承诺。

九、违约责任
（一）因乙方原因未能按期完成上线验收的，每逾期一日，乙方向甲方支付违约金500元。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露或乙方故意、重大过失造成的损失除外。
（三）甲方逾期付款的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务。
（四）乙方违反第六条第（三）项数据安全义务的，除赔偿损失外，甲方有权解除本合同。
（五）乙方支付的服务补偿不影响甲方依本合同要求赔偿损失的权利。

十、分包
乙方不得将本合同项下的实施服务或运营支持服务分包给第三方，经甲方书面同意的除外。
经同意分包的，乙方应对分包方的行为承担全部责任。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）因乙方原因系统连续中断超过48小时的，甲方有权解除本合同，并按剩余服务期退还已付订阅费。
（三）合同解除或终止后，乙方应按第六条第（四）项交还数据，并配合甲方完成向其他系统的迁移，迁移期间不得中断服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会按其仲裁规则仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。需求确认书为本合同附件。
本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """舟浦海事局锚地监控系统年度运维服务合同

项目编号：ZPMSA-CS-2027-02
采购方式：竞争性磋商

甲方：舟浦海事局
乙方：舟浦海联通信工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就锚地监控系统年度运维服务事宜，经协商一致，订立本合同。

第一条 运维对象
（一）本合同运维对象为甲方辖区三处锚地的监控系统，包括：岸基雷达站2座、高清光电及视频监控点14套、AIS基站3座、VHF通信基站2座、光纤及微波传输链路，以及监控中心的综合监控平台软件、服务器、存储和大屏显示系统。
（二）设备清单及点位分布见附件一。运维期间甲方新增或撤除设备的，双方按附件一单价据实调整。
（三）甲方负责提供监控中心的驻场办公条件，以及各站点的供电和通行便利。

第二条 服务内容
（一）日常监测：乙方安排驻场人员2名，工作日在监控中心值守，通过网管平台实时监测设备和链路状态。
（二）巡检保养：乙方每月对各站点巡检一次，每季度对雷达天线、转台、光电云台及户外机柜进行一次保养，汛期和台风季前增加专项检查。
（三）故障处理：乙方负责全部运维对象的故障诊断、维修、更换和恢复，备品备件由乙方负责储备。
（四）软件维护：乙方负责平台软件的缺陷修复、数据库维护、数据备份及操作系统安全补丁的安装。
（五）应急保障：遇重大海上搜救、恶劣天气或重要通航保障任务时，乙方应按甲方通知派员到监控中心及站点值守。
（六）台账管理：乙方应建立运维台账，如实记录巡检、故障、维修和备件更换情况，每月5日前向甲方提交上月运维报告。
（七）评估建议：乙方应每半年对系统运行状况进行分析评估，提出设备更新和性能优化建议，供甲方决策参考。
（八）安全配合：乙方应配合甲方开展网络安全等级保护测评和年度安全检查，对检查发现的问题在规定期限内整改。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方按政府采购程序另行确定运维服务供应商，本合同不自动续期。

第四条 合同价款与支付
（一）年度运维服务费为人民币468,000元（含税），包括人工、备品备件、车辆船舶交通、仪器工具和税费等全部费用。
（二）服务费按季度支付。每季度结束后，经甲方按第六条考核合格，甲方在十五个工作日内支付当季服务费117,000元，并扣除当季应扣款项。
（三）本合同不设预付款。乙方每次收款前应开具增值税发票。
（四）甲方依本合同应扣减的款项和违约金，可从当季服务费中直接扣除，不足部分由乙方另行支付。

第五条 服务水平
（一）锚地监控系统月可用率不低于99.95%，计划停机须提前三个工作日报甲方批准。
（二）故障分级及时限：一级故障（任一雷达站失效、监控中心平台中断或一处锚地视频全部中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个视频点、单个AIS基站或单条链路故障）1小时内响应，24小时内恢复；三级故障在三个工作日内处理完毕。
（三）海上站点因风浪无法登临的，恢复时限自具备登临条件时起算，乙方应提供书面说明。
（四）乙方响应、到场或恢复超时的，每超时1小时扣减服务费600元；月可用率每低于约定值0.01个百分点，扣减服务费1,000元。上述扣款在当季服务费中扣除。
（五）乙方应设立7×24小时故障受理电话，接报后立即记录和派单。
（六）台风等极端天气过后，乙方应在天气条件允许后24小时内完成全部站点的灾后检查。

第六条 考核与验收
（一）甲方每季度对乙方进行考核，考核内容包括：巡检保养计划完成率、故障响应和恢复时限达标情况、月可用率、运维记录完整性和驻场人员到岗情况。
（二）考核得分80分及以上为合格。考核不合格的，乙方应在十日内整改，整改后重新考核，当季服务费在考核合格后支付。
（三）服务期满前，甲方组织年度验收，审查全年运维记录、设备完好情况及移交资料。
（四）年度验收合格的，甲方出具年度验收报告；年度验收不合格的，乙方应在十五日内完成整改。

第七条 违约责任
（一）乙方未按运维计划完成月度巡检、季度保养或专项检查的，每逾期一日，按年度服务费的千分之一向甲方支付违约金。
（二）因乙方维护不当造成设备损坏的，乙方负责修复或按原价赔偿。
（三）甲方逾期支付服务费的，按逾期金额及同期贷款市场报价利率向乙方支付利息。
（四）乙方驻场人员无故缺岗的，每人每日扣减服务费500元。

第八条 数据安全
（一）雷达回波、AIS船舶动态、视频录像及平台中的全部数据归甲方所有。乙方仅为运维目的接触上述数据，不得复制、留存、对外提供或用于任何其他用途。
（二）乙方应遵守《数据安全法》和网络安全等级保护要求，运维操作须通过甲方堡垒机进行，严禁私自接入互联网或使用未经甲方检测的移动存储介质。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内向甲方报告并采取处置措施。因乙方原因造成的损失和责任由乙方承担。
（四）服务期满或合同终止后，乙方应删除其因运维需要临时存储的全部数据，并向甲方出具书面承诺。

第九条 保密
乙方及其驻场人员对在运维过程中知悉的船舶动态、监控点位、网络结构及甲方工作秘密负有保密义务，不得以任何形式对外披露。乙方应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。
乙方不得在任何场合展示或发布监控画面和船舶信息。

第十条 知识产权
运维过程中形成的运维记录、巡检报告、配置文件、维护脚本和技术文档归甲方所有，乙方应在服务期满时完整移交。
乙方在运维中使用的自有工具软件，其知识产权仍归乙方。

第十一条 分包
乙方可将铁塔维护、微波链路检修和海上站点交通保障等辅助工作委托具备相应资质的第三方实施，但应提前五个工作日书面告知甲方第三方的名称、资质和工作内容。乙方对第三方的工作承担全部责任。

第十二条 人员与安全
（一）乙方驻场人员应具备通信或电子专业背景，并持有相应的登高作业证书。人员变更应提前七日告知甲方。
（二）乙方人员登临海上站点应遵守海上作业安全规定，配备救生设备。乙方人员的人身安全由乙方负责。
（三）乙方应为驻场人员和登临海上站点的人员购买意外伤害保险。

第十三条 服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务商移交全部运维资料、账号口令和备件清单，并提供不少于十五日的交接配合。
交接期间，乙方应保证系统正常运行。

第十四条 合同变更与解除
本合同履行期间，双方均不得擅自变更或解除合同。因不可抗力致使合同目的无法实现的，双方可协商解除本合同，已完成服务部分的费用按实际服务期结算。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及附件为本合同组成部分。
本合同未尽事宜，双方可签订补充协议。

附件一：运维设备清单及点位分布
附件二：运维服务考核细则

甲方（盖章）：舟浦海事局                乙方（盖章）：舟浦海联通信工程有限公司
"""

Z05 = """# 织序工序跟踪软件许可及定制开发合同

> 织序软件标准合同文本 V3.0（乙方模板）

**合同编号**：ZX-HT-2027-0412

**甲方（用户）**：安吉藤韵藤盘工作室

**乙方（软件提供方）**：湖州织序软件科技有限公司

甲方为藤编托盘、果盘及收纳器具的生产经营者，拟对藤条浸泡、编织、定型、上漆、质检和包装等工序进行数字化跟踪管理。乙方为织序工序跟踪软件的著作权人。双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的织序工序跟踪软件V5版本，包括工单管理、工序流转、质检记录和统计报表模块。

1.2 “定制开发”指乙方根据甲方需求，在标准软件基础上开发的扫码报工、计件工资核算、订单进度看板及与甲方网店订单系统对接的功能。

1.3 “上线”指软件部署在甲方服务器并开通甲方账号可供使用。

1.4 “甲方数据”指甲方在使用软件过程中录入、上传或产生的各类数据。

1.5 “工作日”指国家法定工作日。

## 第二条 合同价款

2.1 本合同总价为人民币276,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可费（永久许可，20个用户） | 186,000 |
| 2 | 定制开发费 | 72,000 |
| 3 | 实施部署及培训费 | 18,000 |
| | 合计 | 276,000 |

2.2 上述价格不含甲方服务器、扫码枪、工位平板等硬件，该等硬件由甲方自行采购。

2.3 本合同价款为固定价格，需求清单以外新增的功能按乙方人天单价另行计费。

2.4 用户数超过20个的，每增加一个用户按乙方价格表另行计费。

## 第三条 付款方式

3.1 本合同签订之日起五日内，甲方向乙方支付合同总价的65%，即179,400元。乙方收到该笔款项后启动需求调研和开发工作。

3.2 软件上线后十日内，甲方支付合同总价的25%，即69,000元。

3.3 软件经甲方验收合格后十日内，甲方支付合同总价的10%，即27,600元。

3.4 甲方逾期付款的，乙方有权暂停实施、开发或技术支持工作，工期相应顺延。

3.5 乙方在收到每笔款项后五个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到第3.1条款项之日起60日内完成标准软件部署和定制开发，并通知甲方上线。

4.2 因需求变更、甲方未及时提供资料或配合等原因导致延期的，交付日期相应顺延。乙方原因导致延期的，双方应协商确定新的交付日期。

4.3 乙方交付安装程序、用户手册和操作培训，定制开发部分不交付源代码。

4.4 甲方应指定专人负责需求确认和验收配合，并提供工序流程、工价表和订单样例等资料。

4.5 部署环境由甲方提供，乙方负责软件安装、参数配置和基础数据导入，基础数据由甲方整理后提供。

4.6 乙方提供两次集中培训，培训对象为甲方管理人员和班组长，培训地点在甲方经营场所。

## 第五条 验收

5.1 软件上线后，甲方应在十五日内依据双方签字确认的《需求清单》组织验收。验收标准为：需求清单所列功能逐项测试通过；连续二十个工作日的计件工资核算结果与甲方手工台账一致；订单进度看板数据与网店订单系统一致。

5.2 验收合格的，双方签署验收报告。验收不合格的，乙方应在十日内修改完善后再次提交验收。

5.3 验收过程中发现的问题，由乙方记录并在修改完善后逐项销项。

## 第六条 知识产权

6.1 标准软件的著作权及其他知识产权归乙方所有。甲方获得标准软件在其经营场所内使用的非独占、不可转让许可。

6.2 定制开发成果（包括源代码、设计文档及相关技术方案）的知识产权归乙方所有。甲方仅享有在本合同约定范围内的使用权，不得自行或委托他人修改、反向工程或向第三方提供。

6.3 乙方有权将定制开发中形成的通用功能纳入标准软件并向其他客户提供。

6.4 乙方保证标准软件不侵犯第三方知识产权。

## 第七条 免费维护与后续维护

7.1 乙方提供免费维护期六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年维护费为标准软件许可费的28%，即每年52,080元。

7.3 年度维护协议每年签订一次，期满不自动续签。

7.4 维护服务内容包括远程技术支持、缺陷修复、小版本升级和每年一次的上门巡检。

## 第八条 技术支持

8.1 乙方通过电话、微信和远程桌面提供技术支持，服务时间为工作日9:00至17:30，节假日期间仅受理一级故障。

8.2 故障分为两级。一级故障指软件无法登录或报工、计件功能整体不可用，乙方在接到甲方报告后24小时内响应；二级故障指其他功能异常，乙方在三个工作日内响应。

8.3 乙方将根据故障情况尽力安排修复，修复时间视故障复杂程度而定。

8.4 甲方应通过乙方客服系统提交故障报告，并提供故障截图和操作说明，以便乙方判断故障等级。

8.5 因甲方硬件、网络或操作不当引起的故障，乙方可提供有偿服务。

## 第九条 数据安全与数据归属

9.1 甲方在软件中录入和产生的工单、工序、计件和订单数据归甲方所有。乙方仅为实施和维护目的接触甲方数据，不得将甲方数据用于其他任何目的，也不得向第三方提供。

9.2 乙方远程维护须事先取得甲方同意，维护结束后应删除临时导出的数据。乙方应对其人员进行数据安全教育，采取访问控制和加密传输措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担赔偿责任。

9.3 乙方应遵守《个人信息保护法》，对计件工资中涉及的员工个人信息采取保护措施。

9.4 合同终止后，乙方应配合甲方导出甲方数据，并删除其持有的甲方数据副本。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 本条约定在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方对甲方因使用软件产生的间接损失、利润损失和数据损失不承担责任。

11.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均以合同总价的20%为限。

11.3 甲方应自行做好数据备份，因甲方未备份造成的数据损失，乙方不承担责任。

11.4 因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除的，乙方已完成部分的费用甲方应予支付。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

13.2 争议解决期间，双方应继续履行本合同中不涉及争议的部分。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 《需求清单》作为本合同附件，与本合同具有同等效力。

14.3 本合同未尽事宜，双方可另行签订补充协议。

甲方（签章）：　　　　　　　　　　乙方（签章）：

签订日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. DDS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Jiangxi Hengrui Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Gao'an, Jiangxi Province (the "Buyer"); and
P:(2) Dungeness Data Systems, Inc., a Washington corporation with its principal office at 218 West Washington Street, Sequim, Washington 98382, United States (the "Vendor").
P:The Buyer operates four tile production lines and wishes to introduce statistical process control for its kilns, glazing lines and sorting stations. The Vendor develops and licenses the QualiTrend SPC software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrend SPC software in object code, version 9, with the modules listed in Annex 1, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data collectors, control-chart templates, reports and scripts that the Vendor develops or configures specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all measurement data, production records, images and other data that the Buyer or its systems enter into or generate with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence in Article 3, install the Software on the Buyer's servers at the Gao'an plant, configure it for the four production lines, build the interfaces to the Buyer's kiln controllers, laser thickness gauges and MES, migrate the Buyer's existing inspection records for the last two years, and train the Buyer's staff.
P:2.2 The detailed scope, interface list and project plan are set out in Annex 2. Any change to the scope requires a written change order signed by both parties.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 80 named users and 250 data-collection points at the Buyer's sites in the People's Republic of China.
P:3.2 The Buyer may make copies of the Software for backup, test and disaster-recovery purposes.
P:3.3 The licence is irrevocable once the Licence Fee has been paid, except in the case of termination by the Vendor for the Buyer's failure to pay under Article 13.2.
H:Article 4 Contract Price and Payment
P:4.1 The total Contract Price is CNY 1,660,000, inclusive of VAT, made up of the Licence Fee of CNY 1,280,000, configuration and integration services of CNY 356,000, and training of CNY 24,000. The Contract Price is fixed and includes all travel and living expenses of the Vendor's personnel.
P:4.2 The Buyer shall pay the Contract Price in three instalments: (a) 20% (CNY 332,000) within 15 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 747,000) within 15 days after the Installation Certificate under Article 5.1 is signed; and (c) 35% (CNY 581,000) within 15 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete the interfaces within 90 days after signature. When installation is complete, the parties shall sign an Installation Certificate. The Installation Certificate confirms delivery only and is not acceptance.
P:5.2 The acceptance tests shall verify that: (a) every function listed in Annex 1 works as described; (b) measurements from all 250 collection points appear in the Software within 10 seconds; (c) control charts and capability indices for each line match a manual calculation on a sample of 500 records; (d) the migrated inspection records reconcile in count and totals with the source system; and (e) the Software runs for 30 consecutive days in production without a Severity 1 defect.
P:5.3 If all tests are passed, the Buyer shall issue a Final Acceptance certificate within 10 working days. If any test fails, the Vendor shall correct the defects and repeat the test at its own cost. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates, remote support and on-site support free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support. The annual support fee shall be 11% of the Licence Fee, that is CNY 140,800 per year, and shall not be increased during the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Defects are classified as Severity 1 (the Software or a production line's data collection is down), Severity 2 (a major function is impaired with no workaround) and Severity 3 (all other defects).
P:7.2 The Vendor shall respond to a Severity 1 defect within 1 hour, provide a workaround within 8 hours and a permanent fix within 5 working days. Severity 2 defects shall receive a response within 2 hours and a fix within 10 working days; Severity 3 defects shall be fixed in the next update.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment or support fee.
P:7.4 The Vendor's support team shall be reachable by telephone and e-mail 24 hours a day for Severity 1 defects, with Mandarin-speaking engineers available through the Vendor's partner office in Shanghai.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's own servers. Remote access by the Vendor is permitted only through the Buyer's VPN, with multi-factor authentication, for each session approved in advance by the Buyer, and all sessions shall be logged. No Buyer Data may be transferred outside the People's Republic of China.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. It shall notify the Buyer of any security incident affecting Buyer Data within 12 hours after becoming aware of it, take all necessary remedial measures, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Final Acceptance is not achieved within 150 days after signature for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 9 and 10, to infringement claims under Article 8.3, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving notice, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 The Vendor may terminate this Agreement if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
P:13.3 On termination by the Buyer, the Vendor shall refund all amounts paid for services not accepted and deliver all work completed so far.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Washington, United States, without regard to its conflict-of-law rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in the State of Washington, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software modules), Annex 2 (Scope and project plan) and Annex 3 (Acceptance test plan), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Cascade Fieldline Subscription Order Form

**Order Form No.:** CFL-OF-2027-0233

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER DETAILS

### A1. Parties

**Customer:** Suzhou Tongsheng Elevator Service Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China.

**Provider:** Cascade Fieldline, Inc., 410 North Market Boulevard, Chehalis, Washington 98532, United States, acting through its licensed service partner in China as named in A5.

### A2. Subscribed Service

Fieldline Service Cloud, Enterprise edition, comprising work-order dispatch, preventive maintenance scheduling, technician mobile application, parts inventory, customer portal, and the analytics dashboard, for 420 technician users and 60 dispatcher and office users. Customer uses the Service to manage the maintenance of about 9,800 elevators and escalators under contract in Jiangsu and Zhejiang.

### A3. Subscription Term

The Subscription Term begins on the Go-Live Date under Part B Section 3 and runs for 36 months, divided into three Subscription Years. The Subscription Term renews as set out in Part B Section 11.

### A4. Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 480 users, annual | 286,000 |
| Subscription Fee, Subscription Year 2 | 480 users, annual | 286,000 |
| Subscription Fee, Subscription Year 3 | 480 users, annual | 286,000 |
| Onboarding Fee (one-time) | configuration, data migration, integrations, training | 118,000 |
| **Total Order Value** | | **976,000** |

Additional users may be added at the pro-rated annual rate of CNY 596 per user for the remainder of the Subscription Year.

### A5. Invoicing and Payment

1. The Onboarding Fee and the Subscription Fee for Subscription Year 1 are invoiced together on the date this Order Form is signed and are payable within 15 days of invoice. Provider will start onboarding only after it has received both amounts.
2. The Subscription Fees for Subscription Years 2 and 3 are invoiced at the start of each Subscription Year and are payable within 30 days of invoice.
3. Payments are made in CNY to the account of Provider's licensed service partner in China, Hangzhou Fieldline Technology Services Co., Ltd., which operates the Service from data centres in mainland China and issues VAT invoices on Provider's behalf.

### A6. Contacts and Signatures

Customer's project lead: Head of Digital Operations. Provider's project lead: Director, Asia-Pacific Delivery.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including the mobile applications and any updates Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data, including personal information of Customer's staff and of building owners and residents, that Customer or its users enter into the Service or that the Service generates from Customer's use.

1.3 "Customer Configurations" means the work-order templates, maintenance checklists, report layouts and integration scripts that Provider creates specifically for Customer during onboarding.

### 2. Access and Use

2.1 Provider grants Customer and its authorised users a non-exclusive right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall configure the Service, migrate Customer's elevator register and maintenance history, build the integrations with Customer's ERP system and the municipal elevator-safety reporting platform, and train Customer's dispatchers and technician team leaders, within 75 days after receiving the payments under A5 item 1.

3.2 Go-live acceptance tests shall confirm that: (a) the migrated elevator register matches the source records in count and in key fields for every unit; (b) every function listed in A2 passes the agreed test scripts; (c) work orders flow to and from the ERP system and maintenance records are submitted to the municipal platform without error for 10 consecutive working days; and (d) the mobile application completes a work order in under 3 seconds per step over a 4G connection.

3.3 When the tests are passed, Customer shall sign a go-live certificate within 5 working days; the date of signature is the Go-Live Date. If a test fails, Provider shall correct the defect and repeat the test.

3.4 If the Go-Live Date is delayed beyond the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 05:00 China Standard Time.

4.2 Incidents are classified as Priority 1 (the Service or the mobile application is unavailable to all or most users), Priority 2 (a major function is impaired) and Priority 3 (other issues). Provider shall respond to a Priority 1 incident within 30 minutes and restore service within 3 hours, and respond to a Priority 2 incident within 2 hours.

4.3 If availability falls below the level in Section 4.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to the full monthly equivalent. Each hour by which Provider exceeds the Priority 1 restoration time earns a further credit of CNY 800. Credits are deducted from the next invoice.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and does not use it to train models, benchmark, or market any product.

5.2 Provider shall host the Service and all Customer Data in data centres in mainland China, maintain a cybersecurity classified protection (MLPS) level 3 filing for the Service, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least 180 days.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after discovery, take all necessary containment and remedial measures, and be liable for the losses that Customer suffers as a result of Provider's breach of this Section 5.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to its employees, affiliates and advisers bound by equivalent obligations. These obligations continue for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider owns the Service and all related intellectual property.

7.2 Customer Configurations belong to Customer. Customer may use, modify and have third parties use them without restriction, during and after the Subscription Term.

### 8. Subcontracting

8.1 Provider shall not subcontract the performance of the Service to anyone other than the licensed service partner named in A5 without Customer's prior written consent. Provider remains responsible for the acts and omissions of its service partner and any approved subcontractor.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, including loss of profit.

9.2 Each party's total aggregate liability arising out of or relating to this Order Form shall not exceed the fees paid or payable by Customer in the six months immediately preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.2 On termination by Customer under Section 10.1, Provider shall refund the prepaid Subscription Fees for the remainder of the Subscription Term.

### 11. Renewal

11.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.2 Subscription Fees for each renewal term will be charged at Provider's list prices in effect at the time of renewal, which Provider may adjust at its discretion, and will be invoiced at the start of the renewal term.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices must be in writing and sent to the contacts in A6. This Order Form may be amended only in writing signed by both parties. It is made in English and Chinese, and both versions have equal force.
"""

E03 = """T:Supply Contract for Cold-Chain Temperature Monitoring Equipment and Software
P:Contract No. HJPL-PUR-2027-0097
P:Buyer: Hubei Jiankang Pharmaceutical Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Selkirk Sensing, Inc., 265 South Main Street, Colville, Washington 99114, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates three GSP-certified pharmaceutical warehouses and a fleet of refrigerated vehicles and purchases a temperature and humidity monitoring system to meet the Good Supply Practice requirements for medicines. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.1.
P:1.2 "Software" means the Supplier's ColdSentinel monitoring software, version 6, including the alarm, reporting, calibration-record and audit-trail modules.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, door, location and alarm records, user records and reports collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and calibrate the Equipment at the Buyer's three warehouses and in 28 refrigerated vehicles, integrate the Software with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The System shall record temperature at intervals of no more than 2 minutes in storage areas and 5 minutes in vehicles, keep all records unaltered with a complete audit trail, and send alarms by SMS, telephone call and WeChat message when a limit is exceeded.
P:2.3 The Supplier shall supply calibration certificates issued by an accredited laboratory in China for every sensor before installation.
H:3. Contract Price
P:3.1 The Contract Price is CNY 920,000, inclusive of 13% VAT, import duties, delivery to the Buyer's sites, insurance and all costs of the Supplier's personnel. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated|640|420|268,800
TB:2|Cellular and LAN gateways with battery backup|32|6,800|217,600
TB:3|Door-contact sensors|180|260|46,800
TB:4|ColdSentinel software, perpetual licence, unlimited users|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||769,200
TB:5|Installation, mapping support and on-site calibration|1 lot|84,600|84,600
TB:6|Integration with the Buyer's WMS|1 lot|58,000|58,000
TB:7|Training of warehouse, transport and quality staff|1 lot|8,200|8,200
TB:|Contract Price|||920,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 184,000) within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 414,000) within 20 days after all Equipment has been delivered and installed and the parties have signed the Installation Certificate. The Installation Certificate records delivery and installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 322,000) within 20 days after Final Acceptance under clause 6.
P:4.4 The Supplier shall issue a valid VAT invoice for each payment through its authorised agent in China.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's sites within 60 days after signature and complete installation, calibration and integration within 100 days after signature.
P:5.2 Installation work in the warehouses shall be scheduled with the Buyer's quality department so that storage conditions are never interrupted. Installation in vehicles shall take place at the Buyer's depot outside operating hours.
P:5.3 With the Equipment, the Supplier shall deliver the operating manuals, the installation drawings showing every sensor position, the calibration certificates, and a validation package (installation and operational qualification protocols) that the Buyer's quality department can use for its own GSP validation. All documents shall be in Chinese or in English with a Chinese translation.
H:6. Acceptance
P:6.1 After installation, the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reading deviates from the reference thermometer by no more than 0.5 °C at three test points; (b) no storage area or vehicle misses its scheduled readings for more than 10 minutes in a row during the run; (c) every simulated limit breach produces an alarm through all three channels within 60 seconds; (d) the audit trail and electronic records pass a review by the Buyer's quality department against GSP requirements; and (e) alarms and storage records appear correctly in the WMS.
P:6.2 If all requirements are met, the Buyer shall issue a Final Acceptance Certificate within 7 working days. Otherwise the Supplier shall remedy the defects at its own cost and the test run shall be repeated. Use of the System by the Buyer before Final Acceptance is not acceptance.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, replace sensor batteries, recalibrate every sensor once a year, and supply Software updates, all free of charge.
P:7.2 After the warranty, the Buyer may order annual support covering the same services at a fee of 8% of the Hardware and Licence Subtotal, that is CNY 61,536 per year. This fee is fixed for the two years after the warranty ends. Support is ordered by separate purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 A Severity 1 fault is a loss of monitoring or alarm function for a whole storage area, a warehouse or a vehicle in service. A Severity 2 fault is the failure of a single sensor or gateway.
P:8.2 For a Severity 1 fault, the Supplier shall respond within 30 minutes and restore monitoring, if necessary with temporary loggers, within 6 hours. For a Severity 2 fault, the Supplier shall respond within 2 hours and repair or replace the device within 2 working days.
P:8.3 For each hour by which the Supplier exceeds a Severity 1 time limit, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and in the Equipment firmware and grants the Buyer a perpetual licence to use them.
P:9.2 The WMS interface, configuration files, report templates and all other deliverables made specifically for the Buyer belong to the Buyer, including their source code, and the Buyer may use, modify and license them freely.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Contract and shall not disclose it to any third party.
P:10.2 The Software shall be installed on the Buyer's servers in Wuhan. The Supplier may access the System remotely only through the Buyer's VPN after approval of each session. The Supplier shall follow the Buyer's information security rules and the laws of the People's Republic of China on data security and personal information.
P:10.3 The Supplier shall report any security incident involving Buyer Data to the Buyer within 6 hours, take all remedial measures and compensate the Buyer for all resulting losses.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's business, sites, customers and products that it receives under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains responsible for all approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice, or if the delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund all payments received for Equipment and services not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
P:14.3 Termination does not affect clauses 10 and 11, the Buyer's right to delay damages accrued before termination, or the warranty for Equipment already accepted and paid for.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:16. General
P:16.1 This Contract is made in English and Chinese, and both texts are equally authentic. Annex 1 (technical specification) and Annex 2 (site and vehicle list) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** PMIT-XHP-2027-01

**Customer:** Xiamen Haiyue Precision Machinery Co., Ltd., Jimei District, Xiamen, Fujian Province, People's Republic of China ("Customer").

**Supplier:** Palouse Managed IT, LLC, 1150 NE Bishop Boulevard, Pullman, Washington 99163, United States, performing in China through its wholly owned subsidiary Palouse IT Services (Xiamen) Co., Ltd. ("Supplier").

## Background

Customer manufactures precision machine components at three plants in Xiamen, Zhangzhou and Quanzhou, with about 1,900 employees who use computers, 650 laptops and desktops, 140 shop-floor terminals and 90 printers. Customer wishes to outsource its end-user IT support, device management and site network operations to Supplier for a fixed term of 36 months.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.3.

1.3 "Term" means the period of 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Supplier receives, accesses or handles while performing the Services, including data stored on devices that Supplier supports.

1.5 "Deliverables" means the runbooks, knowledge articles, configuration baselines, device images, scripts and reports that Supplier creates for Customer under this Agreement.

## Section 2. Services

2.1 Supplier shall provide the Services described in Schedule 1 at the service levels set out in Schedule 2 for the whole Term.

2.2 Supplier shall staff a service desk in Xiamen with Mandarin-speaking agents and shall station one on-site engineer at each plant during plant working hours. Outside those hours, Supplier shall provide remote support and on-call engineers.

2.3 Supplier shall use the IT service management tool licensed by Customer and record every incident and request in it.

2.4 Supplier shall meet with Customer's IT manager every month to review service performance, open problems and planned changes, and every quarter to review the service improvement plan.

## Section 3. Charges and Payment

3.1 The Charges are set out in Schedule 1: a one-time Transition Charge of CNY 84,000 and a Monthly Service Charge of CNY 58,500 for each month of the Term. The total contract value over the Term is CNY 2,190,000, inclusive of VAT.

3.2 The Transition Charge is payable within 30 days after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days of invoice, after deduction of any service credits earned under Schedule 3.

3.3 The Charges are fixed for the Term. Device counts may vary by up to one tenth without change to the Monthly Service Charge; larger changes are priced at the unit rates in Schedule 1.

3.4 No advance payment is due under this Agreement.

## Section 4. Transition and Acceptance

4.1 Supplier shall complete the transition within 60 days after signature of this Agreement. Transition includes taking over the existing tickets and asset records, documenting every site network, building the knowledge base, imaging a standard build for each device type, and training the service desk on Customer's applications.

4.2 Transition acceptance criteria are: (a) a complete asset register reconciled with a physical count at each plant; (b) network diagrams and configuration backups for every switch, router and wireless controller; (c) at least 150 knowledge articles approved by Customer; (d) a parallel run of 10 working days in which Supplier handles all tickets and meets the Schedule 2 targets; and (e) a tested escalation and on-call roster.

4.3 When the criteria are met, Customer shall sign a Transition Acceptance Certificate within 5 working days. If Supplier fails to achieve the Service Commencement Date within 60 days after signature for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,000 for each day of delay.

## Section 5. Service Levels and Credits

5.1 Supplier shall meet the service levels in Schedule 2. Performance is measured monthly from the records in the service management tool.

5.2 If Supplier fails to meet a service level, Customer is entitled to the service credits in Schedule 3. Service credits are a price adjustment and do not limit Customer's other remedies for a material breach.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only as necessary to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term, Supplier shall hand over all Customer Data and Deliverables in its possession to Customer or to a successor supplier named by Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's product drawings, production plans, prices and customer lists, and shall use that information only for the purposes of this Agreement.

7.2 Supplier shall ensure that each of its staff assigned to Customer signs a confidentiality undertaking before starting work. The obligations in this Section continue for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 Supplier keeps its pre-existing tools, methods and know-how.

8.2 All Deliverables belong to Customer from their creation. Customer may use, modify and share them freely, including with a successor supplier.

## Section 9. Personnel and Subcontracting

9.1 Supplier shall assign qualified staff, keep the on-site engineers stable and replace any staff member at Customer's reasonable request.

9.2 Supplier may subcontract parts of the Services, including hardware break-fix repair, printer maintenance and cabling work, to third parties by giving Customer written notice at least 10 days before the subcontractor starts work. Supplier remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 Supplier's total liability under this Agreement shall not exceed 150% of the total contract value stated in Section 3.1.

10.2 This limit does not apply to personal injury, wilful misconduct or breach of Section 7.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach that is not cured within 30 days after written notice, or if Supplier misses the same Priority 1 service level in three consecutive months.

11.3 On expiry or termination, Supplier shall provide exit assistance for up to 60 days, at the Monthly Service Charge pro rata, to transfer the Services to Customer or a successor supplier.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## Section 13. General

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions have equal force.

## Schedule 1. Services and Charges

| Service | Scope | Charge (CNY, incl. VAT) |
|---|---|---|
| Transition | Take-over, documentation, knowledge base, standard builds | 84,000 one-time |
| Service desk | Telephone, portal and WeChat support, 07:00 to 23:00 daily, on-call at night | included in monthly charge |
| On-site support | One engineer per plant during working hours | included in monthly charge |
| Device management | Patching, software distribution, imaging, asset tracking for 650 computers and 140 terminals | included in monthly charge |
| Print management | 90 printers, consumables ordering, break-fix coordination | included in monthly charge |
| Site network operations | Monitoring and changes for switches, routers and wireless at three plants | included in monthly charge |
| Monthly Service Charge | All services above | 58,500 per month |
| Additional devices | Above the variation band in Section 3.3 | 65 per device per month |

## Schedule 2. Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| Priority 1 | A production line, a plant network or the ERP access of a whole plant is down | 15 minutes | 3 hours |
| Priority 2 | A department or a critical user cannot work | 1 hour | 8 hours |
| Priority 3 | A single user is affected with a workaround | 8 business hours | 3 business days |
| Service request | Standard requests from the catalogue | 1 business day | 5 business days |

Service desk calls shall be answered within 30 seconds on average each month.

## Schedule 3. Service Credits

| Failure | Credit |
|---|---|
| Each Priority 1 incident not responded to in time | CNY 1,500 |
| Each Priority 1 incident not resolved in time | CNY 1,000 for each started hour of delay |
| Priority 2 resolution target missed for more than one ticket in ten in a month | 5% of the Monthly Service Charge |
| Average service desk answer time above target | 3% of the Monthly Service Charge |

The total service credits in any month shall not exceed 20% of the Monthly Service Charge.
"""

E05 = """AGRICULTURAL DATA API SUBSCRIPTION AGREEMENT

Agreement No.: SRA-HFG-2027-05

BETWEEN

Harbin Fengtian Grain Trading Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China ("Customer")

AND

Snake River AgData, Inc., 900 Bridge Street, Clarkston, Washington 99403, United States ("Provider")

BACKGROUND

Customer buys, stores and trades maize, soybean and rice from farms and cooperatives in Heilongjiang and Jilin. Customer wishes to receive daily weather, soil-moisture and crop-condition data and yield forecasts through an application programming interface, to plan purchasing and storage. Provider operates the AgData Pulse data platform and API. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Subscribed Data is delivered.

1.2 "Subscribed Data" means the data products listed in clause 2.1, as updated by Provider from time to time.

1.3 "Customer Inputs" means the field boundaries, farm and cooperative names, planting plans, purchase volumes and any other data that Customer uploads to the platform or sends in API queries.

1.4 "Integration Adapter" means the software component that Provider builds for Customer under clause 3 to load the Subscribed Data into Customer's procurement and warehouse systems, including its source code and documentation.

1.5 "Subscription Year" means each period of one year beginning on the Activation Date or an anniversary of it.

2. SUBSCRIBED DATA AND LICENCE

2.1 The Subscribed Data consists of: (a) daily gridded weather observations and 15-day forecasts for Heilongjiang and Jilin at 3 km resolution; (b) satellite-derived soil-moisture and crop-condition indices for up to 6,000 registered fields, updated every 5 days in the growing season; and (c) county-level and field-level yield forecasts for maize, soybean and rice, updated every two weeks from June to October.

2.2 Provider grants Customer a non-exclusive, non-transferable licence during the Term to access the API, to store the Subscribed Data in its own systems, and to use it for its internal business, including purchasing, storage planning and reports to its management and lenders.

2.3 Customer may not resell the Subscribed Data or publish it in raw form. Reports and analyses that Customer derives from the Subscribed Data may be used without restriction.

2.4 API access is limited to 200,000 calls per day. Provider may throttle calls above this limit but shall not charge for them.

2.5 Customer's authorised users shall access the platform with individual accounts. Customer shall keep its API keys secure and tell Provider promptly if it believes a key has been compromised, so that Provider can revoke and replace it.

3. SET-UP AND ACTIVATION

3.1 Within 45 days after signature, Provider shall register Customer's fields, configure the data products, build the Integration Adapter and train Customer's analysts.

3.2 Integration acceptance tests shall show that: (a) all registered fields have been matched to the correct boundaries; (b) the Integration Adapter loads each daily data set into Customer's systems without error for 10 consecutive days; (c) the loaded values match a sample extracted directly from the API; and (d) the yield forecast report for Customer's sourcing counties is produced automatically.

3.3 When the tests are passed, Customer shall sign an activation certificate within 5 working days. The date of that certificate is the Activation Date. If a test fails, Provider shall correct the fault and repeat the test.

3.4 If the Activation Date is later than 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

3.5 Customer shall provide its field boundary files, the list of its sourcing counties and test access to its procurement and warehouse systems within 10 days after signature, and shall name an analyst as its contact for set-up questions. Delays caused by Customer extend the set-up period accordingly.

4. TERM

4.1 This Agreement starts on signature. The subscription runs for two Subscription Years from the Activation Date (the "Term").

4.2 The Agreement does not renew automatically. Any further subscription requires a new written order agreed by both parties.

5. FEES AND PAYMENT

5.1 The fees are: (a) a one-time set-up fee of CNY 38,000; and (b) a subscription fee of CNY 312,000 for each Subscription Year, CNY 624,000 for the two Subscription Years. The total fees under this Agreement are CNY 662,000, inclusive of VAT.

5.2 The set-up fee is payable within 30 days after the Activation Date.

5.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.

5.4 Payments are made in CNY to the account of Provider's appointed agent in Beijing, which issues the VAT invoices.

5.5 The fees are fixed for the Term. Provider shall not charge for fields registered within the limit in clause 2.1 or for updates to the data products.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver each data update on its usual schedule. Provider may suspend the API for maintenance and will try to give advance notice of planned maintenance.

6.2 Customer may report problems by e-mail to Provider's support team, which works during business hours in the Pacific time zone. Provider will work on reported problems in the order it considers appropriate and will keep Customer informed of progress.

6.3 Provider may change the format of the Subscribed Data or the API on 60 days' notice, provided that Provider updates the Integration Adapter at its own cost so that Customer's systems continue to receive the data.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider may use Customer Inputs only to provide the Subscribed Data to Customer and for no other purpose, and shall not combine them with data of other customers or use them to improve its models or products.

7.2 Provider shall store Customer Inputs on servers located in mainland China, protect them by encryption in transit and at rest, access control and logging, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Farm owners' personal information shall be processed only as Customer instructs.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Inputs, take all necessary remedial steps, and compensate Customer for the losses that result from Provider's failure to comply with this clause 7.

7.4 At the end of the Term, Provider shall return Customer Inputs to Customer and delete them from its systems within 30 days, and shall confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the platform, the API and the Subscribed Data.

8.2 The Integration Adapter belongs to Customer. Provider shall deliver its source code and documentation at activation, and Customer may use, modify and license it freely.

8.3 Provider warrants that Customer's use of the Subscribed Data under this Agreement does not infringe any third party's rights and shall defend Customer against any such claim.

9. DATA QUALITY

9.1 Provider shall produce the Subscribed Data with due professional care, using the sources and methods described in its product documentation.

9.2 If Provider learns of a material error in delivered data, it shall correct the data and inform Customer within 2 working days.

9.3 Customer acknowledges that forecasts are estimates and that Provider does not guarantee any particular harvest outcome.

9.4 Provider shall publish a change log of its data methods and inform Customer's contact by e-mail before any change that materially affects the yield forecasts for Customer's sourcing counties.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including lost profits from trading decisions.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 5.1. This limit does not apply to Provider's obligations under clauses 7 and 8.3 or to wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent, and remains responsible for approved subcontractors.

11.2 Neither party may assign this Agreement without the other party's written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fee for the unused part of the current Subscription Year.

12.3 On termination or expiry, Customer's licence ends, but Customer may keep and use Subscribed Data delivered before that date and reports derived from it.

12.4 Clauses 7, 8, 10 and 13 survive termination or expiry.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules. The award is final.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be sent by e-mail and courier to the addresses above.

14.3 This Agreement is made in English and Chinese. Both versions have equal force.

SIGNED

For Customer: ____________________     For Provider: ____________________
Name and title:                        Name and title:
Date:                                  Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# files
NAMES = {
    "z01": ("h1037z01_health_commission_psych_hotline_platform.pdf", "pdf", Z01),
    "z02": ("h1037z02_waist_belt_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1037z03_guitar_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1037z04_msa_anchorage_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h1037z05_rattan_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1037e01_spc_software_perpetual_licence_sequim_vendor.pdf", "pdf", E01),
    "e02": ("h1037e02_field_service_saas_order_form_chehalis_vendor.md", "md", E02),
    "e03": ("h1037e03_cold_chain_sensors_monitoring_licence_colville.docx", "docx", E03),
    "e04": ("h1037e04_managed_it_services_36_months_pullman_vendor.md", "md", E04),
    "e05": ("h1037e05_agri_data_api_subscription_clarkston_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------------------------------------------------------
# labels (buyer's view; see NOTES.md "Conventions")
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: lang, category, terms (KEYS order), extra: sla_clause, ld_stated, capped (goods only), deemed, value
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            (T, T, T, F, 880000)),
    "z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, F, 24, 18, F, T, F, "PRC", G],
            (T, T, T, F, 846000)),
    "z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, F, T, 500 / 382000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
            (T, T, None, F, 382000)),
    "z04": ("zh", "services", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, T, "PRC", S],
            (T, T, None, F, 468000)),
    "z05": ("zh", "software", [N, 24, F, "supplier", T, T, T, N, 20, 65, T, T, 6, 28, F, T, N, N, G],
            (T, F, T, F, 276000)),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Washington", G],
            (T, T, T, F, 1660000)),
    "e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 1200 / 976000 * 100, 6 / 36 * 100,
                            (118000 + 286000) / 976000 * 100, T, N, N, N, T, T, F, "PRC", S],
            (T, T, None, F, 976000)),
    "e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 20, T, T, 36, 8, F, T, F, "PRC", G],
            (T, T, T, F, 920000)),
    "e04": ("en", "services", [N, 0.25, T, "buyer", F, T, T, 2000 / 2190000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
            (T, T, None, F, 2190000)),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, F, 600 / 662000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            (F, T, None, F, 662000)),
}
# TCO inputs for goods / licence drafts: fee base (itemised licence / hardware subtotal) and warranty from the text
TCO = {"z01": 486000, "z02": 717000, "z05": 186000, "e01": 1280000, "e03": 769200}
# price sums stated in the texts
SUMS = {"z01": ([486000, 312000, 64000, 18000], 880000), "z02": ([348000, 159000, 84000, 126000, 68000, 52000, 9000], 846000),
        "z02sub": ([348000, 159000, 84000, 126000], 717000), "z02pay": ([169200, 380700, 296100], 846000),
        "z01pay": ([176000, 396000, 308000], 880000), "z03": ([168000 * 2, 46000], 382000), "z04": ([117000] * 4, 468000),
        "z05": ([186000, 72000, 18000], 276000), "z05pay": ([179400, 69000, 27600], 276000),
        "e01": ([1280000, 356000, 24000], 1660000), "e01pay": ([332000, 747000, 581000], 1660000),
        "e02": ([286000] * 3 + [118000], 976000), "e03": ([268800, 217600, 46800, 236000, 84600, 58000, 8200], 920000),
        "e03sub": ([640 * 420, 32 * 6800, 180 * 260, 236000], 769200), "e03pay": ([184000, 414000, 322000], 920000),
        "e04": ([58500 * 36, 84000], 2190000), "e05": ([312000 * 2, 38000], 662000)}

DESIGN = {
    "z01": [], "z02": ["CR-ACCEPTANCE", "CR-LD-LOW", "CR-POST-WARRANTY-FEE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"], "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (defaults of the shipped pack, policy §3/§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(key, t, value):
    base, fee, w = TCO[key], t["post_warranty_fee_pct"], t["warranty_months"]
    years = max(0.0, HORIZON - w / 12)
    fees = base * fee / 100 * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to the labels."""
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
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and t["warranty_months"] is not None and tco_share(key, t, x["contract_value"]) > TCO_SHARE:
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


def label(key):
    lang, cat, vals, (sla, lds, capped, deemed, value) = LABELS[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------------------------------------------------------
# read-back and threshold scan
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


PCT = r"\s*(?:%|％|percent|per\s*cent)"
NB = r"(?<![\d.,])"
ZHD = "〇零一二三四五六七八九十"
THRESHOLD_RES = [re.compile(x, re.I) for x in [
    r"(?<![\d.])99\.9(?!\d)",                                              # availability
    NB + r"4\s*[-‐]?\s*(?:个)?\s*(?:小时|hour|hrs?(?![a-z])|h(?![a-z]))",     # 4 hours
    r"(?<![" + ZHD + r"\d])四\s*(?:个)?\s*小时", r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + ZHD + r"百点])", r"千分之零点五",  # LD 0.05 %/day
    NB + r"100" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,                # cap 100 %
    NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty" + PCT,   # prepayment 30 %
    NB + r"12\s*[-‐]?\s*(?:个月|months?)", r"十二个月", r"(?<![a-z-])twelve[\s-]*months?",  # warranty 12 months
    NB + r"15" + PCT, r"百分之十五(?!点)", r"(?<![a-z-])fifteen" + PCT,       # post-warranty fee 15 %
    NB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty" + PCT,   # TCO share 40 %
    NB + r"5\s*[-‐]?\s*(?:年|years?)", r"(?<![" + ZHD + r"\d])五\s*年", r"(?<![a-z-])five[\s-]*years?",  # horizon
    NB + r"60\s*[-‐]?\s*(?:个月|months?)", r"六十个月",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "4 hours", "4-hour", "4h", "四小时", "four hours", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "thirty percent", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "15%", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "forty per cent", "5年", "5 years", "five-year", "五年", "60 months", "60个月", "within4hours"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours",
             "0.055%", "0.5%", "万分之五十", "万分之八", "130%", "300%", "1,100%", "150%", "百分之三十五", "112 months",
             "2025年", "15日", "5日", "115%", "1.5%", "45%", "2.40%", "十五年", "4G connection", "A4 paper",
             "35%", "48小时", "fourteen hours", "25%", "5 working days", "150日"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    for k, (parts, total) in SUMS.items():
        assert sum(parts) == total, k

    for key, (name, kind, src) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    write({k: v[2] for k, v in NAMES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    covered, ok = set(), True
    for key in NAMES:
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no label value on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        if key in TCO:
            share = tco_share(key, t, x["contract_value"])
            assert abs(share - TCO_SHARE) > 2, (key, share)
            print("  TCO", key, round(share, 2))
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / lab["file"])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        hits = threshold_hits(text)
        print("%-64s %-5s %5d %s %s" % (lab["file"], lab["language"], n, risk, ",".join(lab["expected_rules"]) or "-"))
        if not lo <= n <= hi:
            print("   LENGTH OUT OF RANGE", lo, hi); ok = False
        if hits:
            print("   THRESHOLD FIGURES:", hits); ok = False
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    assert sorted(k for k, c in counts.items() if c == 0) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert ok, "length or threshold check failed"
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
