"""holdout706: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H706Z01 = """T:驻马店市种子管理站种子质量追溯平台建设项目合同
P:合同编号：ZMD-ZZ-2025-0619
P:采购人（甲方）：驻马店市种子管理站
P:供应商（乙方）：河南禾链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及澄清材料均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供种子质量追溯平台软件（以下简称“平台”）的永久使用许可，并完成定制开发、部署实施和培训，使甲方能够对辖区种子生产经营备案、抽检扦样、检验结果、标签二维码和流向进行全程追溯。
P:1.2 定制开发内容包括：种子生产经营者备案对接模块、田间检验和室内检验结果录入模块、扦样任务移动端、标签二维码赋码与扫码查询模块、与省级种业监管平台和市场监管部门系统的数据接口，以及面向社会公众的追溯查询页面。
P:1.3 平台部署于甲方政务云资源，乙方负责安装、配置、历史数据导入和联调。
P:1.4 平台须支持国产操作系统、国产数据库和国产中间件运行环境，并适配甲方现有统一身份认证系统和电子印章系统，满足招标文件技术参数的全部要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），为固定总价，包括：平台软件永久许可费620,000元，定制开发费548,000元，部署实施及历史数据导入费96,000元，培训费26,000元。
P:2.2 合同总价已包含税费、差旅、第三方测评配合及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方提交的等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计258,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计580,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计451,500元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后七十五日内完成平台部署和定制开发，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、接口文档、源代码（定制部分）、部署手册、用户手册和测试报告。
P:4.3 乙方应组织不少于两期集中培训，培训对象包括甲方业务人员、各县区种子管理机构人员和系统管理员，培训结束后提交培训记录和操作考核结果。
P:4.4 乙方应指派具备相应资质的项目经理一名，实施期间驻场工作，未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
P:4.5 甲方应及时提供政务云资源、网络环境、历史数据和必要的工作条件，并指定专人负责协调。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与省级监管平台接口连续十个工作日数据交换无差错；历史数据抽样比对无差异；扫码查询在五百个并发用户下平均响应时间不超过2秒。
P:5.2 平台初验后试运行六十日，试运行期间未发生一级故障，且第三方测评机构出具网络安全等级保护测评及软件质量测评合格报告的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收文档均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过55,800元），该标准在质保期满后三年内不上调。维护合同另行签订，不自动续期。
P:6.3 质保期内更换的部件，自更换之日起重新计算不少于六个月的保修期，且不短于原质保期剩余期限。
P:6.3 质保期内因乙方原因导致平台停用的，质保期相应顺延。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前三个工作日通知甲方）。
P:7.2 一级故障（平台无法访问、追溯查询中断或数据错误）乙方应在30分钟内响应，2小时内到场或远程处置；二级故障2小时内响应；三级问题下一工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付800元；月度可用率每低于约定值0.01个百分点，扣减当年维护对价1,000元，甲方可从应付款中直接扣除。
P:7.4 乙方应每季度向甲方提交服务报告，内容包括故障处理情况、可用率统计、安全巡检结果和优化建议。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的种子备案信息、检验数据、经营者信息及追溯记录均属于甲方所有。乙方仅为履行本合同目的处理上述数据，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应按照等级保护第三级要求落实访问控制、加密传输、操作日志审计等安全措施，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据安全事件的，乙方应在2小时内书面报告甲方并立即采取处置措施；因乙方原因造成数据丢失、篡改或泄露的，乙方承担全部赔偿责任。
P:9.4 合同终止或履行完毕时，乙方应按甲方要求将全部数据完整移交甲方，并删除其因履行合同而接触的数据，出具书面删除说明。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方工作秘密、监管信息和未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效五年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方违反本合同第七条、第九条或第十条约定的，除按约定支付款项外，还应赔偿甲方由此遭受的全部损失，包括甲方因此承担的处理费用。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同并要求赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议。合同附件包括：附件一 分项报价表；附件二 定制开发功能清单；附件三 验收方案；附件四 故障分级表。
P:甲方（盖章）：驻马店市种子管理站    乙方（盖章）：河南禾链信息技术有限公司
P:签订日期：2025年6月19日
"""

H706Z02 = """T:簧片冲压及装配线控制系统改造合同
P:合同编号：YX-SB-2025-083
P:甲方（买方）：营口百灵手风琴制造有限公司
P:乙方（卖方）：沈阳精控自动化工程有限公司
P:甲方拟对其二车间簧片冲压及音板装配生产线的电气控制系统进行改造。乙方经甲方询价比选确定为供应商。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责提供簧片冲压线和音板装配线的控制设备及软件，包括可编程控制器、伺服驱动系统、簧片视觉检测单元、触摸屏及工控机，以及生产线控制软件（含配方管理、工艺参数、产量统计和质量追溯功能）的永久使用许可。
P:1.2 乙方负责拆除原有控制柜、安装新设备、编写和调试控制程序、与甲方现有仓储系统对接，并对甲方操作人员和设备维护人员进行培训。
P:1.3 改造应保证簧片冲压节拍不低于每分钟六十片，簧片厚度检测精度达到0.005毫米，装配线换型时间不超过二十分钟。
P:1.4 改造后的控制系统应具备与甲方后续制造执行系统对接的标准通信接口，并预留不少于两个工位的扩展能力。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾陆万捌仟元整（¥1,668,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|可编程控制器及扩展模块|2套|412,000
TB:2|伺服驱动系统（含电机）|18轴|326,000
TB:3|簧片视觉检测单元|3套|288,000
TB:4|触摸屏及工控机|6台|154,000
TB:5|生产线控制软件永久许可|1套|288,000
TB:|设备及软件小计||1,468,000
TB:6|安装调试及系统对接|1项|176,000
TB:7|培训|1项|24,000
TB:|合计||1,668,000
P:2.2 上述价格为含税价，包括设备运输、保险、装卸、安装辅材及乙方人员差旅费用。
P:2.3 合同履行期间，除甲方书面变更需求外，合同价格不作调整。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，计333,600元。
P:3.2 全部设备到达甲方车间并经甲方清点签收后十个工作日内，甲方支付合同总价的60%，计1,000,800元。
P:3.3 设备安装调试完成、视为验收合格后十个工作日内，甲方支付剩余的20%，计333,600元。
P:3.4 乙方每期收款前应开具等额增值税专用发票。
P:3.5 甲方支付预付款前，乙方应向甲方提交金额相当于预付款的银行保函，保函有效期至设备全部到货之日。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方营口厂区二车间，并在到货后二十日内完成安装调试。
P:4.2 改造施工安排在甲方生产淡季进行，乙方应提前七日提交停线施工计划，经甲方确认后实施，施工期间应遵守甲方安全生产管理制度。
P:4.3 乙方应提交设备清单、电气图纸、控制程序备份、操作手册和维护手册各两套。
P:4.4 乙方现场施工人员应持有电工作业证，动火、登高作业应办理甲方审批手续。因乙方施工原因造成甲方人员伤害或设备损坏的，由乙方负责。
P:4.5 甲方负责提供施工所需的电源、压缩空气和临时堆放场地，并安排熟悉生产工艺的人员配合调试。
H:第五条 验收
P:5.1 设备安装调试完成后，生产线连续试生产三日未出现停机故障的，即视为验收合格，甲方应签署安装调试完成单。
P:5.2 甲方在试生产期间发现的问题，乙方应及时处理，但不影响本条第一款的验收结论。
H:第六条 质量保证
P:6.1 质保期为十八个月，自安装调试完成单签署之日起计算。质保期内因设备或软件质量问题产生的维修、更换和程序修改费用由乙方承担。
P:6.2 质保期满后，甲方可选择继续委托乙方提供维保服务，年度维保费为设备及软件小计的8%（即每年117,440元），质保期满后三年内固定不变。维保合同逐年签订，不自动续期。
P:6.3 质保期内更换的部件，自更换之日起重新计算不少于六个月的保修期，且不短于原质保期剩余期限。
H:第七条 维保服务
P:7.1 乙方提供全天候电话支持。一级故障（生产线停机）乙方应在1小时内响应，8小时内派工程师到达现场；二级故障（单工位异常）2小时内响应，次日到场；一般问题三个工作日内处理。
P:7.2 乙方响应或到场超时的，每超时一小时向甲方支付500元，甲方可在应付款项中扣除。
P:7.3 乙方应每半年对控制系统进行一次巡检，并提交巡检报告和程序备份。
P:7.4 乙方应在营口或沈阳储备常用备件（伺服驱动器、电源模块、检测相机各不少于一件），保证一级故障时能够及时更换。
P:7.5 乙方应为甲方建立设备维护档案，记录每次故障的发生时间、处理过程和更换部件。
H:第八条 知识产权
P:8.1 为甲方生产线编写的控制程序、配方参数、画面组态文件及对接程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改使用或委托他人维护。
P:8.2 控制器固件和生产线控制软件标准产品的知识产权归原权利人所有，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 生产线产生的工艺参数、产量和质量数据属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次批准，通过甲方指定的安全接入方式进行，维护完成后立即断开连接。乙方应采取防病毒、访问控制等措施，防止控制系统遭受网络攻击。
P:9.3 因乙方原因造成甲方数据丢失、泄露或生产系统受到攻击的，乙方应在1小时内通知甲方，并承担由此造成的全部损失。
P:9.4 合同履行完毕后，乙方应删除其在调试过程中取得的甲方数据副本，并书面确认。
H:第十条 保密
P:10.1 双方对在合作中知悉的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
P:10.2 乙方人员进入甲方厂区，未经许可不得拍摄生产线及产品照片。
H:第十一条 分包
P:11.1 乙方可将电气安装和控制柜配线工程分包给具备资质的第三方施工，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。
P:11.2 除前款工程外，乙方不得将本合同其他义务转让给第三方。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:12.2 设备或软件不符合合同约定的，乙方应在十日内修复或更换；逾期未修复的，甲方有权委托第三方处理，费用由乙方承担。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.4 乙方提供的设备或软件侵犯第三方知识产权的，由乙方负责处理并承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期交货超过三十日，或设备经三次修复仍不能正常运行，或有其他严重违约行为经甲方书面催告后十日内未纠正的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交营口仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术参数表、施工计划、培训计划。
P:甲方：营口百灵手风琴制造有限公司（盖章）    乙方：沈阳精控自动化工程有限公司（盖章）
"""

H706Z03 = """律动街舞连锁门店约课及会员管理系统SaaS服务合同

合同编号：LD-IT-2025-026
甲方（客户）：成都律动街舞文化传播有限公司
乙方（服务商）：杭州约课云科技有限公司

甲方在成都、重庆、绵阳等地经营四十家街舞培训门店，拟统一使用线上约课、排课、会员卡和营销工具。乙方提供“约课云”连锁版SaaS服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方为甲方四十家门店开通约课云连锁版，服务包括：
1. 会员端小程序：课程表查询、在线约课、候补排队、签到、课时卡与储值卡管理、课程评价；
2. 门店端：排课、教练课时统计、教室容量管理、销售线索跟进、会员卡续费提醒；
3. 总部端：跨店会员通用、经营报表、教练绩效、营销活动配置及统一收款对账。
（二）乙方负责实施服务：系统初始化配置、四十家门店的课程及价格体系导入、约一万八千名存量会员及剩余课时数据迁移、与甲方微信支付商户号和财务软件对接、店长及前台人员培训。
（三）乙方为甲方定制开发的小程序页面样式、对接程序及专属报表，归甲方所有，甲方可自行修改或交由其他服务商使用。
（四）乙方为甲方开通总部管理员账号和门店账号，账号数量不设上限；甲方新开门店的，按每店每服务年度6,800元的标准增开，按剩余服务期折算。
（五）培训：乙方应为店长、前台和教练分别组织线上培训各两场，并为甲方总部提供一次现场培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，至次年对应日前一日止，第二个服务年度依次顺延。
（二）服务期满前三十日内任何一方未书面提出终止的，本合同自动续订一个服务年度，续订次数不限。续订时乙方有权根据市场情况上调年度订阅费，每次上调幅度不超过上一服务年度费用的8%，乙方以电子邮件通知甲方后即生效。
（三）服务期内乙方不得单方下线约课云连锁版的已有功能，产品升级不得降低本合同约定的功能和服务水平。

三、费用及支付
（一）合同总价为人民币陆拾万零贰仟元整（¥602,000），其中：
1. 年度订阅费：四十家门店×每店每服务年度6,800元=272,000元/服务年度，两个服务年度合计544,000元；
2. 实施及数据迁移费（一次性）：58,000元。
（二）实施及数据迁移费在上线验收合格后十五个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）会员短信超出每月套餐部分按乙方报价单另行结算，不计入合同总价。
（五）乙方收款前应开具增值税普通发票。
（六）服务期内甲方门店数量减少的，已支付的年度订阅费不予退还；增加门店的，按本合同一（四）项计费。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 全部四十家门店完成配置，抽查门店的课程、价格和教练信息与甲方提供的资料一致；
2. 存量会员及剩余课时数据迁移后逐店核对，差异率为零；
3. 小程序在一千名会员同时约课时，页面平均响应时间不超过2秒；
4. 支付对账连续七日与微信支付商户账单一致。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在七日内整改后重新验收。
（四）验收合格前，甲方门店试用系统不视为验收合格。
（五）上线验收单签署之日为第一个服务年度的起算日，双方应在验收单中写明。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划维护应安排在凌晨零时至六时，并提前两日公告。
（二）故障分级及响应：
1. 一级故障（会员端无法约课或签到、支付失败）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，次日内恢复；
3. 三级问题（咨询、优化需求）：两个工作日内答复。
（三）月度可用率低于约定值的，乙方按未达标幅度向甲方提供服务抵扣：每低于0.1个百分点，抵扣当月订阅费的5%，最高抵扣当月订阅费的全部；一级故障响应超时的，每次抵扣1,000元，在下一期订阅费中扣减。
（四）乙方应每月向甲方提供服务报告，内容包括可用率、故障清单、处理时长和改进措施。
（五）乙方应配备专属客户成功经理，工作日9时至21时在线响应门店咨询；周末及节假日为门店营业高峰，乙方应安排值班工程师。
（六）甲方有权在服务期内随时查询系统可用率统计数据和故障记录。
（七）乙方每季度进行一次数据备份恢复演练，备份数据保留不少于三十日。

六、数据与安全
（一）甲方会员的姓名、手机号、约课记录、消费和课时数据归甲方所有。
（二）乙方可将上述数据进行去标识化处理后汇总，用于舞蹈培训行业分析报告、乙方产品改进和对外发布的行业指数，该使用权在合同终止后继续有效。
（三）乙方应采取加密存储、访问权限分级、操作日志留存等安全措施，系统部署在境内云平台并通过等级保护第三级测评。发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成甲方或会员损失的，由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应向甲方导出全部会员和交易数据，并删除系统中的甲方数据。
（五）乙方更换云服务平台或数据存储地点的，应提前六十日书面通知甲方，且新的存储地点不得位于境外。

七、保密
双方对在合作中获悉的对方商业秘密、经营数据、价格体系和会员信息负有保密义务，未经对方书面同意不得向第三方披露。乙方员工应签署保密承诺书。本条在合同终止后三年内继续有效。

八、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日向甲方支付600元违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）因乙方原因导致会员储值或课时数据错误的，乙方应负责更正并赔偿甲方因此退款、补偿会员所产生的损失。
（四）乙方违反本合同第六条或第七条约定的，应赔偿甲方因此遭受的全部损失，包括甲方向会员支付的赔偿和行政处罚。

九、分包
乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方行为承担责任。

十、合同解除
（一）乙方严重违约，或连续两个月月度可用率低于约定值，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（二）甲方逾期付款超过六十日，经乙方催告后仍不支付的，乙方可暂停服务。
（三）合同解除或终止的，乙方应按第六条（四）项配合数据导出，并在甲方切换新系统期间继续提供服务不超过六十日，费用按原订阅费折算。

十一、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。
仲裁裁决是终局的，对双方均有约束力。

十二、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、实施计划。
本合同未尽事宜，双方可签订补充协议。通知以本合同首页所列地址和电子邮箱送达。

甲方：成都律动街舞文化传播有限公司（盖章）
乙方：杭州约课云科技有限公司（盖章）
日期：2025年7月8日
"""

H706Z04 = """青岛市盲校教学资源系统运维服务合同

合同编号：QDMX-YW-2025-07
甲方：青岛市盲校
乙方：青岛博视信息技术有限公司

甲方通过竞争性磋商方式采购教学资源系统运维服务，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件，双方订立本合同。

第一条 服务对象
1. 本合同运维对象为甲方教学资源系统，包括：盲文电子书及有声读物资源库、读屏软件适配的网络课程平台、盲文刻印及点显器管理终端、教学资源服务器、存储及校园网内相关网络设备。
2. 系统服务对象为甲方全体视障学生和教师，须持续满足无障碍访问要求，读屏软件、语音导航和大字体界面的可用性与功能性均纳入运维范围。
3. 运维对象的详细清单见附件一。服务期内甲方新增同类设备不超过原数量一成的，乙方不另行收费。

第二条 服务内容
1. 日常运维：每个教学日开展系统巡检，监控服务器、存储、网络和应用运行状态，处理故障，维护账号和权限。
2. 资源维护：配合甲方教师上传、转换和编目盲文及有声资源，每学期完成资源库的整理、去重和失效链接修复。
3. 无障碍适配：甲方读屏软件或点显器驱动升级后，乙方应在十个工作日内完成平台适配测试，并提交适配报告。
4. 安全运维：落实补丁管理、漏洞扫描、病毒防护和日志审计，每学期开展一次数据备份恢复演练。
5. 驻场服务：乙方派驻一名工程师在甲方校内驻场，工作时间为教学日7时30分至17时30分；寒暑假期间按甲方安排值守。
6. 寒暑假升级：乙方应在寒假和暑假期间完成甲方书面确认的系统升级和设备整理任务。
7. 技术支持：为教师提供无障碍课件制作的技术指导，每学期组织不少于两次教师培训。
8. 应急保障：在招生考试、期末考试、盲文能力测评等重要活动期间，乙方应安排专人现场保障。

第三条 服务期限
服务期自2025年9月1日起至2026年8月31日止。服务期满，本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
乙方应于2025年8月25日前完成与原服务商的工作交接，即服务启动交接，并提交交接清单。

第四条 服务费用及支付
1. 服务费总额为人民币叁拾捌万陆仟元整（¥386,000），为固定价格，包含人员、工具、备品备件（单价两千元以下）、差旅及税费。
2. 服务费按季度支付，每季度96,500元。每季度结束后，甲方对乙方当季服务进行考核，考核合格的，在收到发票后十五个工作日内支付当季服务费。
3. 甲方不支付预付款。
4. 乙方应开具增值税普通发票，发票内容应与服务内容一致。

第五条 服务水平
1. 教学时段（教学日7时30分至21时）内，教学资源系统可用率不低于99.95%，按月统计。
2. 故障分级及处理时限：
（1）一级故障：资源库或网络课程平台整体不可用、读屏访问全部失效，乙方应在30分钟内响应，2小时内恢复；
（2）二级故障：部分资源不可访问、单台点显器管理终端异常，1小时内响应，当日内恢复；
（3）三级问题：使用咨询和优化需求，下一工作日内答复。
3. 乙方未达到上述服务水平的，应在三个工作日内向甲方提交书面原因分析，并按甲方要求限期整改；甲方不因服务水平未达标扣减服务费。
4. 乙方应每月提交运维月报，内容包括可用率、故障处理记录、巡检结果和安全事件情况。
5. 乙方应建立服务台，提供电话和即时通讯两种报修渠道，报修记录应完整保存并可供甲方查询。

第六条 考核与验收
1. 季度考核标准：巡检记录完整；一级故障按时恢复；月度可用率达到本合同第五条约定；资源整理任务完成率达到当季计划；教师满意度测评平均分不低于85分。
2. 服务期满前十五日内，甲方组织年度服务验收，验收标准为：四个季度考核均合格；运维文档、配置清单、资源目录和账号清单完整移交；系统运行状态经甲方检查正常。年度验收合格的，甲方出具验收意见。
3. 季度考核不合格的，乙方应在十日内整改，整改合格后甲方支付当季服务费。
4. 季度考核由甲方信息中心牵头，教务处和视障教育教研组参加，考核结果以书面形式通知乙方。

第七条 知识产权
运维过程中形成的运维文档、配置脚本、资源编目数据和适配程序，归甲方所有。乙方可继续使用其自有运维工具，但不得据此向甲方另行收费。

第八条 数据安全责任
1. 系统中的学生个人信息、残疾类别及视力档案、教学资源和教师作品均属于甲方，乙方仅在甲方授权范围内为履行本合同处理，不得用于其他目的。
2. 乙方应按照网络安全等级保护第二级要求落实安全措施：运维账号实名并分级授权，远程运维须经甲方批准后通过审计系统进行，禁止将数据复制到乙方设备，禁止使用未经甲方登记的移动存储介质。
3. 学生个人信息属于敏感个人信息，乙方处理时应遵守《中华人民共和国个人信息保护法》的规定。
4. 发生数据丢失、篡改或非授权访问等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致安全事件的，乙方承担全部赔偿责任及由此产生的处理费用。
5. 服务期满或合同解除时，乙方应完整移交全部数据和账号权限，并删除其持有的甲方数据。
6. 乙方应每学期向甲方提交一次数据安全自查报告，内容包括账号审计、漏洞修复和备份情况。

第九条 人员管理
1. 驻场工程师应具备两年以上同类系统运维经验，并接受甲方组织的视障学生服务礼仪培训。
2. 乙方更换驻场工程师的，应提前十日书面告知甲方，并安排交接，交接期不少于五个工作日。
3. 乙方人员应遵守甲方校园安全管理制度，进入学生生活区域须经甲方同意并由教师陪同。
4. 乙方应为驻场工程师购买意外伤害保险，乙方人员在服务期间发生的人身伤害由乙方负责处理。

第十条 违约责任
1. 乙方未在合同约定期限内完成服务启动交接或寒暑假升级任务的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
2. 乙方驻场工程师无故缺岗的，乙方应在两个工作日内派员补岗。
3. 甲方逾期支付服务费的，应按中国人民银行同期贷款市场报价利率支付逾期利息。
4. 因乙方原因造成甲方设备损坏的，乙方应负责修复或按原价赔偿。

第十一条 分包与转让
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 合同解除
1. 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。
2. 甲方解除合同的，乙方应在十日内完成工作交接，并配合新服务商接手。
3. 因不可抗力导致合同无法继续履行的，双方可协商解除，按实际服务期间结算服务费。

第十三条 法律适用和争议解决
本合同适用中华人民共和国法律。履行本合同发生争议的，双方协商解决；协商不成的，提交青岛仲裁委员会仲裁。

第十四条 其他
本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。附件：运维对象清单、巡检项目表、满意度测评表。
本合同未尽事宜，按磋商文件和响应文件执行；二者不一致的，以有利于甲方的为准。

甲方（盖章）：青岛市盲校
乙方（盖章）：青岛博视信息技术有限公司
2025年8月20日
"""

H706Z05 = """# 织云软件标准合同文本（软件许可及定制开发）V3.0

合同编号：ZY-XS-2025-1147

甲方（用户）：徐州汉韵香囊工艺品厂

乙方（许可方）：苏州织云信息科技有限公司

鉴于乙方为织云缝制生产追溯系统的著作权人，甲方拟在其裁片、缝制、填充香料及封口包装车间使用该系统，双方在平等自愿基础上，依照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予织云缝制生产追溯系统（标准版）及填充称重模块的永久、非独占使用许可，许可范围为甲方徐州厂区，站点数不超过六十个。

1.2 乙方按甲方确认的需求说明书进行定制开发，内容包括：香囊款式与工序模板、裁片扎号与缝制工票扫码、填充香料配方称重记录及偏差报警、成品批次码与电商订单关联、车间计件工资报表。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 系统运行环境：服务器由甲方按乙方提供的配置清单自行采购，操作系统和数据库须为乙方认证的版本；甲方使用非认证环境导致的问题，乙方不承担责任。

1.5 站点数超过六十个的，甲方应按乙方当时的价格标准购买新增站点许可。

## 第二条 合同价款

2.1 合同总价为人民币壹佰壹拾贰万元整（¥1,120,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 缝制生产追溯系统标准版许可 | 560,000 |
| 2 | 填充称重模块许可 | 260,000 |
| | 软件许可费小计 | 820,000 |
| 3 | 定制开发 | 236,000 |
| 4 | 实施部署及培训 | 64,000 |
| | 合计 | 1,120,000 |

2.2 上述价格不含甲方现场网络改造、扫码枪、电子秤及标签打印机等硬件费用。

2.3 合同价款已包含乙方人员在徐州的差旅费用，但不包括甲方要求的额外现场驻场服务。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，计616,000元，乙方收到该款项后启动项目。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的45%，计504,000元。

3.3 乙方收款后开具增值税专用发票。甲方未按期付款的，乙方有权暂停实施或维护服务，工期相应顺延。

3.4 定制开发范围以双方签字确认的需求说明书为准，需求说明书以外的功能按乙方人天单价2,600元另行计费。

## 第四条 交付

4.1 乙方在收到首付款后六十日内完成安装部署和定制开发，并通知甲方验收。

4.2 因甲方需求变更、现场条件不具备或甲方未及时提供资料导致延期的，交付期限相应顺延，乙方不承担责任。

4.3 乙方交付的文档包括安装手册、用户手册和操作培训课件，不包括源代码。

4.4 甲方应指定项目负责人一名，负责需求确认、数据准备和车间协调。甲方负责人更换导致需求变更的，由此增加的工作量另行计费。

## 第五条 验收

5.1 乙方通知甲方验收后，甲方应在七个工作日内组织验收。验收标准为：需求说明书所列功能全部实现；连续十个生产日工票扫码数据与人工记录核对一致；填充称重记录与电子秤读数偏差不超过0.5克；计件工资报表与财务核对一致。

5.2 验收合格的，双方签署验收报告；不合格的，乙方应在十日内修改后再次提交验收。

## 第六条 免费维护

6.1 系统验收合格之日起六个月为免费维护期。维护期内，乙方对系统缺陷提供远程技术支持和补丁更新，乙方将尽商业上合理的努力解决甲方提出的问题。

6.2 免费维护期不包括因甲方操作不当、擅自修改、硬件故障或第三方软件引起的问题，此类服务按乙方人天单价另行收费。

6.3 免费维护期内，乙方提供每周一至周五9时至17时的电话和远程支持，节假日不提供服务。

6.4 甲方报告问题时应提供问题截图、操作步骤和系统日志，信息不完整的，乙方处理时间相应顺延。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年229,600元，于每个维护年度开始前支付。

7.2 年度维护服务内容包括远程技术支持、版本升级和补丁更新。甲方未购买年度维护服务的，乙方不再提供任何升级和技术支持。

7.3 维护年度届满，甲方需继续购买的，双方另行签订维护合同。

## 第八条 知识产权

8.1 织云缝制生产追溯系统及填充称重模块的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、工序模板、报表及相关源代码、文档，其知识产权归乙方所有。甲方在许可范围内享有使用权，不得修改、反向工程或提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方使用系统过程中提出的改进建议，乙方可无偿采纳并纳入标准产品。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产数据、员工计件数据及客户订单数据归甲方所有，乙方仅为提供实施和维护服务而接触上述数据，不得用于其他目的。

9.2 乙方远程维护须经甲方同意，乙方应采取账号权限控制、操作日志记录和数据加密传输等安全措施，不得擅自拷贝甲方数据。

9.3 发生数据安全事件的，乙方应在24小时内通知甲方并协助处置；因乙方过错造成数据丢失或泄露的，乙方应承担相应的赔偿责任。

9.4 甲方应自行做好数据备份，因甲方未备份造成的数据损失由甲方自行承担。

## 第十条 保密

10.1 双方对在合同履行中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方披露本合同价格及乙方系统的技术资料。

10.2 保密义务自本合同签订之日起至合同终止后两年止。

10.3 乙方为履行本合同向其员工披露甲方信息的，应要求员工承担同等保密义务。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

11.3 甲方违反第八条约定的，应向乙方支付合同总价的两倍作为违约金。

11.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，乙方不承担甲方的间接损失、利润损失或停产损失。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权解除本合同。

12.2 本合同解除后，甲方已支付的许可费不予退还。

12.3 甲方未按约定支付款项超过三十日的，乙方有权解除合同并收回软件许可。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方对条款已充分理解。本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括：需求说明书、实施计划、系统配置清单。附件与正文不一致的，以正文为准。

14.3 乙方可根据产品升级情况更新本标准合同文本，但已签订的合同不受影响。

甲方（盖章）：徐州汉韵香囊工艺品厂

乙方（盖章）：苏州织云信息科技有限公司

签订日期：2025年5月26日
"""

H706E01 = """T:Software Licence and Services Agreement
P:Agreement No. MKS-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 July 2025 between Zhanjiang Haiwei Aquafeed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhanjiang, Guangdong Province (the "Customer"), and MekongSoft Solutions Joint Stock Company, a company incorporated in Vietnam with its head office in Ninh Kieu District, Can Tho City, Vietnam (the "Vendor").
P:The Customer operates two feed mills producing shrimp and fish feed and wishes to replace its spreadsheet-based batch records with a licensed system for raw-material receiving, formulation, batching, pelleting, warehouse and finished-goods traceability. The Vendor has developed the FeedTrace software for feed mills in the Mekong Delta and agrees to license and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FeedTrace Enterprise software in object code, including the Warehouse, Batching and Quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, reports, label templates, interface programs and scripts developed by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Go-Live" means the date on which the Software is first used for production batches at both mills.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including formulas, supplier records, batch records and quality results.
H:Article 2 Licence and Scope of Services
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's mills in Zhanjiang and Maoming for up to 120 named users and 16 production terminals, including use by contractors working for the Customer.
P:2.2 The Vendor shall provide the following services: (a) requirements confirmation and solution design; (b) installation on servers provided by the Customer; (c) configuration of formulas, bills of materials, warehouse locations and quality plans; (d) interfaces with the Customer's ERP system and weighbridge system; (e) migration of open purchase orders, stock balances and the last two years of batch records; (f) training of key users, operators and administrators.
P:2.3 The Vendor shall deliver the Software, the Custom Deliverables and user, administrator and installation manuals in English and Chinese.
P:2.4 The Vendor shall appoint a project manager fluent in English or Chinese who shall be on site at the Customer's main mill during configuration, migration and Go-Live, and shall not replace that person without the Customer's consent.
P:2.5 The Customer shall provide servers, network access, office space, sample data and key users in good time, and shall appoint a project lead to take decisions on its behalf.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,590,000, inclusive of applicable taxes, made up of: (a) Software licence fee CNY 1,180,000; (b) implementation services CNY 364,000; (c) training CNY 46,000.
P:3.2 The Contract Price is fixed. It includes travel and accommodation of the Vendor's personnel and all services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 318,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 715,500) within 30 days after Go-Live, which is not acceptance; (c) 35% (CNY 556,500) within 30 days after Final Acceptance.
P:4.2 Payments shall be made in CNY by bank transfer to the account designated by the Vendor. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 110 days after signature, in accordance with the project plan in Schedule 2.
P:5.2 Final Acceptance tests shall verify that: (a) all functions in the agreed requirements specification work as described; (b) batch records for sixty consecutive production days reconcile with the weighbridge and ERP records without unexplained variance; (c) a full forward and backward trace of any finished-goods lot can be produced within 2 minutes; (d) the ERP and weighbridge interfaces run for twenty working days without a Severity 1 incident.
P:5.3 When the tests are passed, the Customer shall issue the Final Acceptance certificate within ten working days. If any test fails, the Vendor shall correct the defects and repeat the tests at its own cost. Go-Live, production use or any payment does not constitute acceptance.
P:5.4 Schedule 2 shall include a weekly progress report, a risk register and a list of open issues, reviewed at a weekly meeting held online or on site.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for a Warranty Period of 18 months from Final Acceptance. During the Warranty Period the Vendor shall correct defects and provide updates, remote support and on-site support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support from the Vendor at an annual fee of 11% of the Software licence fee (CNY 129,800 per year). This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately and there is no automatic renewal.
P:6.3 Severity 1 incidents (production batching or warehouse dispatch stopped at a mill) shall be responded to within 1 hour and worked on continuously until a workaround is in place; Severity 2 incidents within 3 hours; Severity 3 requests within two working days.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support fee.
P:6.5 Updates released during the Warranty Period shall be installed by the Vendor after testing in the Customer's test environment, at a time agreed with the Customer so that production is not interrupted.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software as a standard product.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them to third parties freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software infringes the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in China. The Vendor shall access the system remotely only through the Customer's VPN, with individual accounts approved for each session, and shall not transfer Customer Data outside China.
P:8.3 The Vendor shall apply access control, logging and secure configuration in line with the Customer's information security policy, and shall notify the Customer within 12 hours of any security incident affecting Customer Data. The Vendor is liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including feed formulas, prices and supplier terms, and shall not disclose it to any third party without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Schedule 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 8 and 9, infringement claims, fraud and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
P:12.2 The Customer may also terminate if delay damages under Article 10.1 reach their maximum. The perpetual licence survives termination for any reason other than the Customer's failure to pay the licence fee.
P:12.3 On termination the Vendor shall hand over all Custom Deliverables, documentation and Customer Data in its possession and confirm in writing that no copies remain.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the Vietnam International Arbitration Centre in accordance with its rules. The seat of arbitration is Ho Chi Minh City, and the language of arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.3 Notices shall be in writing in English or Chinese and sent to the addresses stated above or to such other address as a party may notify.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H706E02 = """# StayDesk Cloud Order Form

Order Form No. SD-OF-2025-0088

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

**Customer:** Sanya Lanhai Hotel Management Co., Ltd., Haitang Bay, Sanya, Hainan Province, People's Republic of China.

**Provider:** Khanh Hoa StayTech Company Limited, Tran Phu Street, Nha Trang City, Khanh Hoa Province, Vietnam.

### A2. Subscribed Services

The Provider will provide the StayDesk Cloud hotel platform to the Customer's 23 hotels in Hainan and Guangdong, comprising: (a) the property management system (front desk, reservations, housekeeping, folios and night audit); (b) the channel manager connected to the online travel agencies listed in the onboarding plan; (c) the booking engine for the Customer's own website and mini-program; (d) group reporting and revenue dashboards. The subscription covers up to 2,600 rooms and unlimited named users. Onboarding includes two rounds of online training for front-office, reservations and finance staff and one on-site training day in Sanya for the Customer's hotel systems managers.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the date of the Go-Live Acceptance certificate under A5, and Subscription Year 2 starts on the first anniversary of that date. The Subscription Term ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| StayDesk Cloud subscription, Subscription Year 1 | 23 hotels, up to 2,600 rooms | 268,000 |
| StayDesk Cloud subscription, Subscription Year 2 | 23 hotels, up to 2,600 rooms | 268,000 |
| Onboarding and data migration (one-time) | fixed price | 42,000 |
| **Total Fees** | | **578,000** |

4.1 The onboarding fee is invoiced after Go-Live Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 20 days of receipt. No amount is payable before Go-Live Acceptance.

4.2 Fees include VAT and are fixed for the Subscription Term. SMS messages beyond 20,000 per month are charged at the Provider's published rates and are not part of the Total Fees.

4.3 Additional hotels added during the Subscription Term are charged pro rata at the per-hotel rate implied by this table.

### A5. Onboarding and Go-Live Acceptance

5.1 The Provider will configure room types, rate plans, taxes, folio layouts and user roles for each hotel, connect the channel manager and booking engine, build interfaces with the Customer's finance system and door-lock system, and migrate guest profiles and future reservations from the Customer's current system.

5.2 The Provider aims to complete onboarding within 60 days after signature of this Order Form and will use reasonable efforts to meet that target.

5.3 Go-Live Acceptance tests: (a) all future reservations migrated and reconciled per hotel with zero unexplained differences; (b) rates and availability pushed to every connected channel within 60 seconds on a sample of 200 updates; (c) night audit completed without error in three pilot hotels for seven consecutive nights; (d) finance and door-lock interfaces tested against the agreed test cases. The Customer issues a Go-Live Acceptance certificate when all tests are passed. Use of the platform in production before that date is not acceptance.

### A6. Service Levels

6.1 Monthly availability of the platform: at least 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Incident response: Priority 1 (front desk or channel manager unavailable for one or more hotels): response within 30 minutes and continuous work until restored; Priority 2 (a major function degraded): response within 2 hours; Priority 3: next business day.

6.3 Service credits: if availability in a month falls below the commitment, the Customer receives a credit of 5% of the monthly share of the annual fee for each 0.1 percentage point of shortfall or part of it, up to the whole monthly share; each missed Priority 1 response earns a further credit of CNY 800. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

## PART B - GENERAL TERMS

### 1. Use of the Services

1.1 The Provider grants the Customer and its hotels a non-exclusive, non-transferable right to use the Services during the Subscription Term for their internal business.

1.2 The Customer is responsible for the accuracy of the rates, inventory and content it enters, and for the acts of its users.

1.3 The Provider may suspend access of an individual user account if it reasonably believes that the account is being used to attack the Services. The Provider will notify the Customer at once and restore access as soon as the risk has been removed. A suspension does not suspend the fees or the service levels for the rest of the Customer's hotels.

### 2. Customer Data

2.1 Customer Data means all guest, reservation, rate, folio and operational data submitted to or generated in the Services for the Customer. Customer Data is the property of the Customer.

2.2 The Provider processes Customer Data to provide the Services. In addition, the Provider may compile aggregated and anonymised data derived from Customer Data, including occupancy, average daily rate, booking window and channel mix, and use it to publish market benchmarks, to train its pricing recommendation models and to improve its products. This right continues after the end of the Subscription Term.

### 3. Data Security

3.1 Customer Data is hosted with a cloud provider in mainland China in a system that has completed MLPS level-3 assessment. The Provider encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication and keeps access logs for at least 180 days.

3.2 The Provider will notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it and cooperate with the Customer's notifications to guests and authorities. The Provider is responsible for losses caused by its failure to comply with this Section.

3.3 Within 30 days after the end of the Subscription Term the Provider will export Customer Data in CSV format and then delete it, confirming deletion in writing.

### 4. Subcontractors and Subprocessors

The Provider may engage affiliates, subcontractors and subprocessors to perform any part of the Services, including hosting, support and onboarding. The Provider will give the Customer 15 days' notice of a new subcontractor or subprocessor by email. The Provider remains responsible for their performance.

### 5. Intellectual Property

5.1 The Provider retains all rights in the Services and the underlying software.

5.2 Interface adapters, report templates and configurations developed specifically for the Customer under this Order Form belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

### 6. Confidentiality

Each party will keep the other's confidential information secret, use it only for this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the Subscription Term.

### 7. Warranties and Support

7.1 The Provider warrants that the Services will perform materially in accordance with the documentation and that it will not materially reduce their functionality during the Subscription Term.

7.2 The Provider will operate a support desk in Chinese and English, available by phone, email and a ticket portal at all times. The Customer will have a named customer success manager who reviews service performance with the Customer each quarter and reports availability, incidents, open tickets and planned releases.

7.3 New releases are deployed outside the hotels' busy check-in and check-out hours, and release notes are published at least five days in advance.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of Sections 2, 3 and 6.

8.2 Each party's total liability under this Order Form is limited to 150% of the Total Fees.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.2 If the Customer terminates for the Provider's breach, the Provider will refund the fees paid for the remainder of the Subscription Term and provide export assistance free of charge.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time.

### 11. General

Notices must be in writing and sent to the addresses in A1. Neither party may assign this Order Form without the other's written consent, except to an affiliate in a reorganisation. Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

Signed for the Customer: ____________________ Date: ________

Signed for the Provider: ____________________ Date: ________
"""

H706E03 = """T:Supply Contract for Greenhouse Sensors and Climate Monitoring Software
P:Contract No. YNHF-IT-2025-014
P:Buyer: Yunnan Huafang Flower Industry Co., Ltd., Jinning District, Kunming, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Lam Vien Agritech Company Limited, Ward 8, Da Lat City, Lam Dong Province, Vietnam (the "Supplier").
P:The Buyer grows cut roses and potted plants in glasshouses and film greenhouses at three bases near Kunming and wishes to measure temperature, humidity, light, CO2 and substrate moisture in every house and to monitor them from one platform. Following a comparison of offers, the Buyer has selected the Supplier. The parties agree as follows, on the Buyer's standard terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the wireless sensor nodes, gateways and weather stations listed in clause 2, together with a perpetual licence of the Supplier's GreenSense monitoring software for an unlimited number of users at the Buyer's three bases.
P:1.2 The Supplier shall install and commission all devices, configure the software with the Buyer's greenhouse layout and alarm thresholds chosen by the Buyer, connect the software to the Buyer's existing irrigation and shading controllers, and train the Buyer's growers and technicians.
P:1.3 The Supplier shall deliver installation drawings, a device register with serial numbers and locations, user and administrator manuals, and calibration certificates for every sensor.
P:1.4 Training shall cover device handling, battery replacement, alarm settings, reports and basic troubleshooting, in Chinese, at each base, for up to sixty participants in total, with printed quick guides for growers.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,508,000, inclusive of VAT, delivery to the Buyer's bases, customs clearance, insurance and all the Supplier's costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless sensor node (air temperature, humidity, light)|420|1,380|579,600
TB:2|LoRa gateway with 4G backhaul|36|6,200|223,200
TB:3|Outdoor weather station|8|18,500|148,000
TB:4|GreenSense monitoring software, perpetual licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,336,800
TB:5|Installation, commissioning and controller integration|1|148,600|148,600
TB:6|Training|1|22,600|22,600
TB:|Contract Price|||1,508,000
P:2.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 150,800) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 829,400) within 20 working days after all devices have been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 527,800) within 20 working days after the Final Acceptance Certificate has been issued.
P:3.4 All payments are made in CNY by bank transfer against a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all devices to the Buyer's three bases within 50 days after signature and complete installation within a further 30 days.
P:4.2 Installation work inside greenhouses shall be planned with the Buyer's base managers so that harvesting and spraying are not disturbed, and the Supplier's staff shall follow the Buyer's hygiene and plant-protection rules.
P:4.3 Title to the devices passes to the Buyer on signature of the Installation Certificate; risk passes on delivery to each base.
P:4.4 The Supplier is the importer of record for devices made outside China and shall provide customs declarations, certificates of origin and radio type-approval certificates for all wireless devices before installation starts.
H:5. Acceptance
P:5.1 After installation the Supplier shall run a trial operation of 45 days. Final Acceptance requires that: (a) every sensor reports to the platform at intervals of no more than 5 minutes with at least 99% of readings received over the last 30 days of the trial; (b) spot checks with a reference instrument on 5% of the sensors show deviations within the specification (temperature within 0.3 degrees Celsius, humidity within 3% RH); (c) alarms reach the duty technician by SMS and app within 60 seconds in a test of 50 alarm events; (d) commands to the irrigation and shading controllers are executed in all tests; (e) no Severity 1 incident occurs in the last 20 days of the trial.
P:5.2 When all criteria are met the Buyer issues the Final Acceptance Certificate. If they are not met, the Supplier shall remedy the defects at its cost and the trial is repeated for the affected items. Delivery, installation, use of the system or payment do not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the devices and the software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective devices, including batteries that fail before their rated life, correct software defects and supply software updates free of charge.
P:6.2 The Supplier shall keep spare sensor nodes equal to at least 2% of the installed quantity at its service point in Kunming throughout the warranty.
P:6.3 After the warranty, the Buyer may order support services at an annual fee of 7.5% of the Hardware and Licence Subtotal (CNY 100,260 per year). This fee is fixed for the first three years after the warranty. Support is ordered year by year by separate purchase order; there is no automatic renewal.
P:6.4 Replacement devices carry the remaining warranty or six months, whichever is longer. Devices that fail more than twice during the warranty shall be replaced by new ones at the Buyer's request.
H:7. Service Levels
P:Fault levels during the warranty:
TB:Severity|Description|Response|On site or remote fix
TB:Severity 1|Platform unavailable or a whole base without data|2 hours|within 24 hours
TB:Severity 2|A gateway or more than ten sensors without data|next working day|within 3 working days
TB:Severity 3|Single sensor fault, questions|2 working days|next scheduled visit
P:7.1 For each full hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.2 The Supplier shall send the Buyer a quarterly service report listing incidents, response and fix times, replaced devices, battery status and recommendations, and shall attend a review meeting with the Buyer's technical manager.
H:8. Intellectual Property
P:8.1 The GreenSense software and device firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually.
P:8.2 The greenhouse layouts, dashboards, reports and controller integration programs developed for the Buyer under this Contract, including their source code, belong to the Buyer, which may use, modify and license them without restriction.
H:9. Data and Data Security
P:9.1 All sensor readings, alarm records, greenhouse layouts and cultivation data collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The platform is installed on the Buyer's server in Kunming. The Supplier may access it remotely only through the Buyer's VPN with an individual account, after approval by the Buyer for each session, and shall not copy data out of the Buyer's systems.
P:9.3 The Supplier shall apply secure configuration, change default passwords, encrypt gateway communications and install security updates. It shall report any security incident within 12 hours and is liable for losses caused by its breach of this clause.
P:9.4 At the end of the warranty or of any support period the Supplier shall delete any Buyer data it holds, remove its remote access accounts and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other's non-public information, including the Buyer's varieties, cultivation methods, yields and prices, and shall not disclose it without prior written consent, during this Contract and for five years after it ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
P:13.2 Termination does not affect the warranty for items already accepted, the licence for software already paid for, or the Buyer's right to claim delay damages and other damages.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:15. General
P:15.1 This Contract is signed in English and Chinese; both texts are equally authentic. Annex 1: device specifications and site allocation. Annex 2: trial operation and acceptance plan.
P:15.2 This Contract is the entire agreement between the parties on its subject matter. Amendments are valid only in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H706E04 = """# Managed IT Services Agreement

Agreement No. MJ-MSA-2025-06

**Customer:** Foshan Meijia Textile Co., Ltd., Nanhai District, Foshan, Guangdong Province, People's Republic of China.

**Provider:** Nghe An Digital Services Joint Stock Company, Le Loi Street, Vinh City, Nghe An Province, Vietnam, acting through its service centre in Vinh and its field engineers in Foshan.

The Customer runs a weaving mill, a dyeing and finishing plant and a garment factory in Foshan with about 1,400 end users. It wishes to outsource its IT service desk, end-user device management and network operations for a fixed period. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses, processes or stores in performing the Services, including device images, tickets, user directories, network configurations and logs.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; it does not renew automatically.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal team within 60 days after signature, in accordance with the transition plan agreed at the kick-off meeting. The transition includes inventory of all devices, documentation of the network, setting up the service desk tools, knowledge transfer and a parallel run of 10 working days.

3.2 Transition Acceptance criteria: (a) the device inventory reconciles with the Customer's asset register with no unexplained differences; (b) all network devices are visible in the Provider's monitoring with alerting tested; (c) the service desk handles all tickets during the parallel run within the Service Levels; (d) runbooks for the twenty most frequent requests are approved by the Customer's IT manager. When all criteria are met, the Customer signs the Transition Acceptance certificate.

3.3 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 4. Provision of the Services

4.1 The Provider shall perform the Services with due skill and care, in accordance with good industry practice, the Customer's IT policies and the Service Levels.

4.2 The Provider shall keep at least three field engineers on site in Foshan during factory working hours and provide the service desk from its centre in Vinh in Chinese and English at all times.

4.3 The Provider shall produce a monthly service report showing performance against each Service Level, Service Credits due, incidents, problems, changes and improvement proposals, and attend a monthly service review with the Customer.

4.4 The Customer shall provide the Provider's on-site staff with workspace, network access and the administrator rights needed to perform the Services, and shall approve changes in line with the change process.

4.5 The Provider shall maintain a service continuity plan covering the loss of its Vinh service centre, including a secondary team able to take over the service desk within one working day, and shall test the plan with the Customer at least annually.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,184,000, including VAT.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within 30 days.

5.3 The Charges are fixed for the Term. Service Credits are deducted from the next invoice.

## 6. Intellectual Property

6.1 The Provider keeps its own tools, methods and know-how.

6.2 Runbooks, scripts, device images, configurations and documentation prepared specifically for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to any replacement provider.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

7.2 Customer Data shall remain in the Customer's systems in China. The Provider's remote staff in Vinh access the Customer's systems only through the Customer's privileged access gateway, with individual named accounts, multi-factor authentication and session recording. No Customer Data may be stored on the Provider's own systems, except tickets in the service desk tool hosted in the Customer's tenant.

7.3 The Provider shall comply with the Customer's information security policy and applicable Chinese law, including the Personal Information Protection Law, report any security incident within 2 hours and take immediate containment measures. The Provider is liable for losses caused by its breach of this Section.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including the Customer's designs, customer lists, prices and production plans, and use it only for this Agreement. This obligation survives for five years after the end of the Term.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and shall not replace key personnel without reasonable notice to the Customer.

9.2 The Provider shall carry out background checks on all staff with administrator access to the Customer's systems and remove from the Services anyone the Customer reasonably objects to.

9.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 10. Early Termination

10.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed Charges within 60 days after a written reminder.

10.2 The Customer may not terminate this Agreement before the end of the Term. If the Provider fails to perform the Services or to meet the Service Levels, the Customer's remedies are the Service Credits, the right to require a remediation plan and damages under Section 11.

10.3 On expiry, the Provider shall provide exit assistance for up to 45 days, hand over all documentation and Customer-owned materials and cooperate with the Customer's new provider.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be resolved by the parties' senior managers within 30 days shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices must be sent to the addresses stated above.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for incidents and requests by phone, chat and portal; password resets; ticket logging and tracking | all hours, all days |
| End-user devices | About 1,400 desktops, laptops and shop-floor terminals; imaging, deployment, patching, antivirus, moves and changes | factory working hours on site, remote at all times |
| Network operations | Monitoring and management of core and access switches, wireless controllers, firewalls and the inter-site VPN | monitoring at all hours |
| Server support | Operating-system administration and backups of the eleven on-site servers | remote at all times |
| Asset management | Keeping the asset register accurate; reporting devices at end of life | monthly update |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Priority 1 incident (a factory's production network or the ERP access down) response | 15 minutes | 2% of the monthly service charge per incident |
| Priority 1 incident restoration | 3 hours | 3% of the monthly service charge per incident |
| Priority 2 incident response | 1 hour | 1% of the monthly service charge per incident |
| Core network availability per factory per month | 99.95% | 5% of the monthly service charge |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of the monthly service charge |

Service Credits in a month are limited to 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,184,000 |

Additional work outside Schedule 1 is charged only on a written change order approved by the Customer.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

H706E05 = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. BDO-QD-2025-019

BETWEEN

Qingdao Haitong Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer"); and

Binh Dinh Ocean Data Company Limited, Nguyen Tat Thanh Street, Quy Nhon City, Binh Dinh Province, Vietnam (the "Provider").

BACKGROUND

The Customer acts as ship agent for bulk carriers and container feeder vessels calling at ports in northern China and Southeast Asia. It wishes to receive marine weather forecasts, vessel position data and port-congestion indicators through an application programming interface (API) and to show them in its voyage-monitoring tools. The Provider collects, cleans and distributes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means the data sets, API endpoints and web dashboard described in clause 2.
1.2 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term. Subscription Year 1 starts on the Production Date and Subscription Year 2 starts on the first anniversary of the Production Date.
1.3 "Production Date" means the date on which the Provider issues production API keys after Integration Acceptance under clause 4.
1.4 "Customer Inputs" means vessel lists, voyage plans, port-call schedules and other information the Customer submits to the Data Services.
1.5 "Connectors" means the integration programs, data mappings and dashboards developed by the Provider specifically for the Customer under this Agreement.

2. DATA SERVICES

2.1 The Provider shall provide the following Data Services: (a) marine weather forecasts on a grid covering the Yellow Sea, East China Sea, South China Sea and the Gulf of Thailand, updated every six hours, with wave height, wind, swell and visibility; (b) vessel position data from terrestrial and satellite AIS for vessels on the Customer's lists, updated at least every 15 minutes; (c) port-congestion indicators for 42 ports, including vessels at anchor, average waiting time and berth occupancy, updated daily; (d) a web dashboard for up to 60 named users.
2.2 The API allows up to 3 million calls per month. Calls above that volume are charged at the rate in clause 5.3.
2.3 The Provider shall develop Connectors that feed the Data Services into the Customer's voyage-monitoring system and its port-call management tool, and shall train the Customer's operations staff.
2.4 The Customer may use the data internally and may share derived voyage reports with its principals (shipowners and charterers) for the vessels it serves. It shall not resell the raw data.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term consists of Subscription Year 1 and Subscription Year 2.
3.2 At the end of the Subscription Term this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
3.3 For each renewal period the Provider may increase the annual subscription fee by up to 9% of the fee of the preceding Subscription Year by giving written notice to the Customer at least 45 days before the renewal period starts. The increased fee applies to the renewal period without further agreement.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 The Provider shall make test API keys available within 5 working days after signature and shall deliver the Connectors for testing within 35 days after signature.
4.2 Integration Acceptance criteria: (a) all endpoints in clause 2.1 return data for the Customer's test vessel list of 150 vessels; (b) positions for at least 95% of the test vessels are no older than 30 minutes during a five-day test; (c) the Connectors load weather, position and congestion data into the Customer's systems without manual steps for ten consecutive working days; (d) API response time is below 800 milliseconds for 95% of calls in the test. The Customer confirms Integration Acceptance in writing when all criteria are met.
4.3 Use of test keys or of data during testing does not constitute Integration Acceptance.
4.4 If the Provider fails to issue production API keys within 50 days after signature for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
   Annual subscription fee, Subscription Year 1: CNY 236,000
   Annual subscription fee, Subscription Year 2: CNY 236,000
   Onboarding and Connector development (one-time): CNY 18,000
   Total fees for the Subscription Term: CNY 490,000
5.2 The onboarding fee is invoiced after Integration Acceptance. The annual subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt. All fees include VAT.
5.3 API calls above the monthly volume in clause 2.2 are charged at CNY 20 per 10,000 calls and are not part of the total fees.

6. SERVICE LEVELS

6.1 The Provider shall ensure that the API and the dashboard are available at least 99.5% of each calendar month, excluding scheduled maintenance notified 48 hours in advance.
6.2 The Provider shall respond to Priority 1 incidents (the API or the dashboard unavailable, or position data more than two hours old for all vessels) within 1 hour, at all times, and shall work continuously until the incident is resolved. Priority 2 incidents (a data set delayed or incomplete) shall be responded to within 3 hours during business hours.
6.3 If monthly availability falls below the commitment in clause 6.1, the Customer receives a service credit of 5% of the monthly share of the annual fee for each full 0.5 percentage point of shortfall, and a credit of CNY 1,000 for each missed Priority 1 response. Credits are deducted from the next invoice or paid after the last Subscription Year.
6.4 The Provider shall send a monthly service report with availability, data latency, incidents and credits.

7. INTELLECTUAL PROPERTY AND DATA RIGHTS

7.1 The Provider and its licensors keep all rights in the Data Services, the underlying data and the software. The Customer receives a non-exclusive licence to use the data as stated in clause 2.4 during the Subscription Term and to keep voyage reports created during the Subscription Term after it ends.
7.2 The Connectors belong to the Customer. The Provider shall deliver their source code, and the Customer may use, modify and license them freely.
7.3 Customer Inputs remain the property of the Customer. The Provider shall use Customer Inputs only to provide the Data Services to the Customer and for no other purpose, and shall return or delete them at the end of this Agreement.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's vessel lists, principals and port-call schedules and the Provider's prices and methods, and shall not disclose it to any third party without the other party's prior written consent.
8.2 This obligation does not apply to information that is public, was already known to the receiving party or must be disclosed by law. It survives for three years after this Agreement ends.

9. WARRANTIES

9.1 The Provider warrants that it has the right to supply the data, that it collects and distributes it lawfully, and that the Data Services will perform materially as described in clause 2.
9.2 Weather forecasts are estimates. The Customer remains responsible for decisions based on them, and the Provider is not liable for the accuracy of a forecast made with due care.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit.
10.2 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term, that is 200% of those fees, except for breach of clause 8 and for infringement claims.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Provider shall not subcontract the Connector development or the support services without the Customer's prior written consent. Data sources licensed by the Provider from third parties are not subcontracting.
11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 The Customer may also terminate by written notice if monthly availability falls below the commitment in clause 6.1 in any three months of a Subscription Year.
12.3 If the Customer terminates under clause 12.1 or 12.2, the Provider shall refund the part of the annual fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
14.2 Notices shall be sent in writing to the addresses above. Notices by email are valid when confirmed by the recipient.
14.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

Signed for the Customer: ____________________   Date: __________

Signed for the Provider: ____________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------- targets and labels
TARGETS = {
    "h706z01": ("h706z01_seed_station_quality_traceability_platform.pdf", "pdf", H706Z01, "zh"),
    "h706z02": ("h706z02_accordion_reed_line_control_retrofit.docx", "docx", H706Z02, "zh"),
    "h706z03": ("h706z03_street_dance_chain_booking_saas.txt", "txt", H706Z03, "zh"),
    "h706z04": ("h706z04_blind_school_teaching_resources_om.txt", "txt", H706Z04, "zh"),
    "h706z05": ("h706z05_sachet_factory_tracking_supplier_template.md", "md", H706Z05, "zh"),
    "h706e01": ("h706e01_feed_mill_traceability_licence_can_tho_vendor.pdf", "pdf", H706E01, "en"),
    "h706e02": ("h706e02_hotel_pms_saas_order_form_nha_trang_vendor.md", "md", H706E02, "en"),
    "h706e03": ("h706e03_greenhouse_sensors_monitoring_licence_da_lat_vendor.docx", "docx", H706E03, "en"),
    "h706e04": ("h706e04_textile_managed_it_services_vinh_vendor.md", "md", H706E04, "en"),
    "h706e05": ("h706e05_marine_data_api_subscription_quy_nhon_vendor.txt", "txt", H706E05, "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# (category, terms in KEYS order, extra: sla_clause, ld_stated, capped (None = no key), deemed, contract_value,
#  fee base for TCO (goods only))
G, S = "goods_or_licence", "service"
DATA = {
    "h706z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                             True, False, "PRC", G], (True, True, True, False, 1290000), 620000),
    "h706z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, False, False, 18, 8, False,
                             True, True, "PRC", G], (True, True, True, True, 1668000), 1468000),
    "h706z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 600 / 602000 * 100, None, None, True, None,
                          None, None, True, True, False, "PRC", S], (True, True, None, False, 602000), None),
    "h706z04": ("services", [99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                             False, True, False, "PRC", S], (True, True, None, False, 386000), None),
    "h706z05": ("software", [None, None, False, "supplier", True, True, True, 0.02, 20, 55, True, True, 6, 28, False,
                             True, None, None, G], (False, True, True, False, 1120000), 820000),
    "h706e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                             True, False, "Vietnam", G], (True, True, True, False, 1590000), 1180000),
    "h706e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, None, 150, None, True, None, None, None,
                          False, True, True, "PRC", S], (True, False, None, False, 578000), None),
    "h706e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False,
                             True, False, "PRC", G], (True, True, True, False, 1508000), 1336800),
    "h706e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 1800 / 2184000 * 100, 6 / 36 * 100, None,
                             True, None, None, None, False, False, False, "PRC", S], (True, True, None, False, 2184000),
                None),
    "h706e05": ("cloud", [99.5, 1, True, "buyer", False, True, True, 500 / 490000 * 100, 200, None, True, None, None,
                          None, True, True, False, "PRC", S], (True, True, None, False, 490000), None),
}

DESIGN = {
    "h706z01": [],
    "h706z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "h706z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h706z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h706z05": ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h706e01": ["CR-GOVERNING-LAW"],
    "h706e02": ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SUBCONTRACT"],
    "h706e03": [],
    "h706e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h706e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
}
FOREIGN_FORUM = {"h706e01"}  # VIAC, seated in Ho Chi Minh City

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(key, t, x, base):
    """Policy section 3, as I read it, applied to a label."""
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
        tc = tco(t, x, base)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, src, lang = TARGETS[key]
    cat, vals, (sla, lds, capped, deemed, cv), base = DATA[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if capped is not None:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x, base)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}, base


# ---------------------------------------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZH_NUM = "一二三四五六七八九十点"
THRESH = re.compile("|".join([
    r"(?<![\d.])99\.90*" + PCT, r"百分之九十九点九0*(?![" + ZH_NUM + "])",
    r"(?<![\d.,十\-])4\s*-?\s*(?:个\s*)?(?:hours?|hrs?|小时|h\b)", r"(?<![a-z\-])four\s*-?\s*hours?",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![" + ZH_NUM + "])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"(?<![" + ZH_NUM + "])百分之三十(?![" + ZH_NUM + "])",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![" + ZH_NUM + "])",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![" + ZH_NUM + "])",
    r"(?<![\d.])12\s*\)?\s*-?\s*(?:months?|个月)", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?", r"十二个月",
    r"一年", r"壹年", r"(?<![a-z])one\s*-?\s*years?\b", r"(?<![\d.])1\s*-?\s*years?\b",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90 per cent", "within 4 hours", "4-hour", "four hours", "4小时", "四小时", "4 个小时",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 percent", "百分之三十", "40 %", "百分之四十",
            "15%", "百分之十五", "12 months", "12-month", "twelve (12) months", "12个月", "十二个月", "一年", "one year",
            "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "14 hours", "0.5 hours", "0.08%", "万分之八",
             "万分之二", "10%", "35%", "45%", "130%", "150%", "200%", "115%", "36 months", "18 months", "二十四个月",
             "十八个月", "2025年12月", "each year", "per year", "Subscription Year 1", "0.1 percentage point",
             "百分之三十五", "1,000 per hour", "4G backhaul", "twenty-four hours", "2 years"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESH.search(s), "must hit: " + s
        assert THRESH.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not THRESH.search(s), "must miss: " + s


def readback(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
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

    scan_selftest()
    sources = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src, lang) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for k, (name, fmt, src, lang) in TARGETS.items():
        lab, base = label(k)
        t, x, rules = lab["expected_terms"], lab["expected_extra"], lab["expected_rules"]
        assert list(t) == KEYS
        if rules != sorted(DESIGN[k]):
            problems.append("%s: derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        tc = tco(t, x, base)
        if tc:
            assert abs(tc[1] - 40) > 2, (k, tc)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        text = readback(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%-66s %-5s %5d  %-6s %s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)"),
              "" if tc is None else "TCO %.0f share %.2f" % tc)
        if not ok:
            problems.append("%s: length %d out of range" % (k, n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH.search(variant)
            if m:
                problems.append("%s: threshold figure %r at %d" % (k, m.group(0), m.start()))
                break
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: %s" % missing)
    risks = {k: risk(label(k)[0]["expected_rules"]) for k in TARGETS}
    zero = [k for k in TARGETS if not label(k)[0]["expected_rules"]]
    assert sorted(zero) == ["h706e03", "h706z01"], zero
    assert label("h706e01")[0]["expected_rules"] == ["CR-GOVERNING-LAW"] and risks["h706e01"] == "low"
    assert 8 <= len(label("h706z05")[0]["expected_rules"]) <= 10
    for k in ["h706z02", "h706z03", "h706z04", "h706e02", "h706e04", "h706e05"]:
        assert 2 <= len(label(k)[0]["expected_rules"]) <= 3, k
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
