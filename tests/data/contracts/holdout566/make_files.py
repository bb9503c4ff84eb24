"""holdout566: ten blind, ordinary draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py), the ten .json labels, reads every built file back, measures its length, scans
every built file and every source text for threshold figures, derives each draft's rules from its labels by my own
reading of policy.md §3 and checks them against the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
H566Z01 = """
T:江州市统计局统计数据采集平台建设项目合同
P:项目编号：JZCG-2025-0417　　采购方式：公开招标
P:甲方（采购人）：江州市统计局　　地址：江州市政务服务中心东楼
P:乙方（供应商）：江州数联信息技术有限公司　　地址：江州市高新区科创路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就统计数据采集平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计数据采集平台软件许可（永久许可，不限用户数），并完成定制开发、历史数据迁移、部署实施和培训，使平台满足全市规模以上企业联网直报、住户调查移动采集和各类专项调查的需要。
P:1.2 定制开发内容包括：调查表单设计器定制、与省级统计联网直报平台的数据接口、调查员移动端采集应用（安卓及鸿蒙版本）、数据审核规则引擎和十二类综合查询报表。
P:1.3 平台部署于甲方指定的江州市政务云，由乙方负责安装、配置、联调和上线切换。乙方应为各区县统计局和乡镇统计站的操作人员提供不少于八场现场培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾柒万捌仟元整（¥1,678,000），其中：（1）平台软件许可费 ¥860,000；（2）定制开发费 ¥624,000；（3）历史数据迁移费 ¥118,000；（4）部署实施及培训费 ¥76,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及乙方履约所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函及发票，甲方在10个工作日内支付合同总价的20%作为预付款，即 ¥335,600。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即 ¥755,100。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即 ¥587,300。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。乙方应在合同签订后7日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，150日内具备最终验收条件。
P:4.2 乙方应按甲方批准的实施方案组织人员，项目经理须具有同类政务项目经验，未经甲方书面同意不得更换。乙方应每周向甲方提交项目周报，如实反映进度、问题和风险。
H:第五条 验收
P:5.1 初步验收条件：全部功能按需求规格说明书完成开发和测试；与省级联网直报平台的接口联调通过；历史数据迁移完成，经甲方抽样核对，记录条数和关键字段与原系统一致。
P:5.2 最终验收条件：系统连续试运行60日，期间未发生一级故障；在800个并发用户下，常用页面响应时间不超过3秒；取得具有资质的第三方机构出具的网络安全等级保护第三级测评报告，测评中的高危问题已全部整改。
P:5.3 甲方在收到验收申请后10个工作日内组织验收，出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在20日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配、安全补丁和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每服务年度不超过 ¥68,800），且在质保期满后的三个服务年度内不上调。维护合同须经双方书面签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线和远程支持。故障分为三级：一级故障指平台整体不可用或数据采集、上报功能中断；二级故障指部分功能不可用；三级故障指其他一般性问题。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:7.3 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.4 乙方每超过一级故障响应或恢复时限1小时，甲方扣减履约保证金或维护费 ¥500；月度可用率每低于承诺值0.01个百分点，扣减 ¥2,000。
H:第八条 数据安全
P:8.1 平台采集、存储和处理的全部统计数据、调查对象信息及其衍生数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国统计法》《数据安全法》《个人信息保护法》，落实网络安全等级保护第三级要求；运维操作须经甲方审批并通过堡垒机进行，全程留痕；不得将数据拷贝出政务云环境。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应立即采取处置措施，并在2小时内书面报告甲方。因乙方原因造成安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的统计资料、调查对象的单项资料和甲方的工作秘密负有保密义务，不得泄露，也不得用于本合同以外的目的。乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本项目定制开发的表单、接口程序、移动端应用、审核规则、报表及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时全部移交。
P:10.3 乙方保证其提供的软件不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的系统不符合约定的，应无偿修复或更换；给甲方造成损失的，应予赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同的全部或任何部分转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后20日内仍未纠正的，或乙方逾期超过45日的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、需求规格说明书和实施方案为本合同附件，与本合同具有同等效力。本合同一式六份，甲乙双方各执二份，采购代理机构和同级财政部门备案各一份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市统计局　　　　乙方（盖章）：江州数联信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：　　年　　月　　日　　　签订日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, 拉丝炉 control retrofit + 维保)
H566Z02 = """
T:拉丝炉控制系统改造及维保合同
P:合同编号：TS-JX-2025-063
P:甲方（买方）：泰山北玻璃纤维有限公司
P:乙方（卖方）：济南恒测自动化工程有限公司
P:甲方二号池窑车间共有12台拉丝炉（漏板位），原控制系统已运行多年，备件停产、温控波动大。为降低断丝率和能耗，甲方决定对拉丝炉控制系统进行改造。双方经协商，订立本合同。
H:1. 合同标的与范围
P:1.1 乙方负责12台拉丝炉控制系统的设计、供货、安装、调试和改造施工，包括PLC控制柜、漏板温控模块、热电偶及功率调节器、工控服务器和操作站、监控软件许可，以及与甲方现有DCS和能源计量系统的对接。
P:1.2 乙方应在甲方计划停炉窗口内分批施工，每批不超过3台，不得影响其余拉丝炉的正常生产。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰柒拾叁万贰仟元整（¥1,732,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|拉丝炉PLC控制柜|12台|68,000|816,000
TB:2|漏板温控模块、热电偶及功率调节器|12套|29,000|348,000
TB:3|工控服务器及操作站|1套|156,000|156,000
TB:4|拉丝炉监控软件许可（永久）|1套|212,000|212,000
TB:|硬件及软件小计|||1,532,000
TB:5|安装调试及改造施工|1项|176,000|176,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,732,000
P:2.2 上述价格为含税固定价格，包括运输、保险、安装辅材和乙方人员费用。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即 ¥173,200。
P:3.2 全部设备到货并经甲方开箱检验合格后，甲方支付合同总价的55%，即 ¥952,600。
P:3.3 改造完成并经最终验收合格后，甲方支付合同总价的35%，即 ¥606,200。
P:3.4 乙方每次请款应提供等额增值税专用发票。
H:4. 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，并在75日内完成全部12台拉丝炉的改造。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:4.3 乙方现场施工人员应遵守甲方安全生产、动火作业和高温区域管理制度，进入车间前接受甲方安全培训。施工中造成甲方设备损坏或人员伤害的，由乙方承担责任。
P:4.4 乙方应随货提供装箱单、出厂检验报告、电气原理图、接线图和操作维护手册各两套，并提供首批随机备品备件清单所列备件。
H:5. 验收
P:5.1 每台拉丝炉改造完成后进行单机调试，合格后投入生产。全部完成后进行最终验收。
P:5.2 最终验收标准：漏板温度控制精度在±1℃以内；连续生产72小时断丝次数不高于改造前同期平均值的一半；控制系统与DCS、能源计量系统数据一致；全部12台拉丝炉连续运行20日无一级故障。
P:5.3 甲方在收到乙方书面验收申请后7日内组织验收并签署验收报告。单机调试合格或投入生产不视为最终验收合格。
H:6. 质量保证
P:6.1 设备和软件的质保期为最终验收合格之日起六个月。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换。
P:6.2 乙方提供的设备应为全新、原厂正品，并提供原厂合格证明。
P:6.3 质保期内同一部件因质量问题更换两次以上仍不能正常工作的，乙方应更换同型号全新部件或性能不低于原部件的替代产品，更换部件的质保期自更换之日起重新计算。
H:7. 质保期满后的维保
P:7.1 质保期满后，乙方按服务年度提供维保服务，内容包括定期巡检、备件更换、软件升级和故障处理。
P:7.2 年度维保费为硬件及软件小计的22%，即每服务年度 ¥337,040，在质保期满后的三个服务年度内不作调整。维保费按服务年度分季度支付。
P:7.3 维保合同到期前，双方另行协商续签，不自动续期。
H:8. 服务响应
P:8.1 一级故障（任一拉丝炉温控失效或整线停炉）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备报警、数据中断）2小时内响应，24小时内到场。
P:8.2 乙方每超过上述响应或到场时限1小时，向甲方支付 ¥1,000 违约金，可从应付款项或维保费中扣除。
P:8.3 乙方应在甲方厂区所在地保持不少于两名熟悉本系统的工程师，并在甲方停炉检修期间派员到场配合。
P:8.4 乙方应为甲方电工和工艺人员提供不少于五个工作日的操作及维护培训，培训合格后方可独立操作。
H:9. 数据安全
P:9.1 控制系统产生的工艺参数、生产记录和能耗数据归甲方所有，乙方仅可为履行本合同使用，不得向第三方提供。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方提供的VPN和堡垒机进行；不得私自拷贝数据或在控制网络中接入未经许可的设备。
P:9.3 发生病毒感染、数据泄露或篡改等安全事件时，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。
H:10. 保密
P:10.1 乙方对甲方的拉丝工艺、配方参数、图纸和经营信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后三年内继续有效。
H:11. 知识产权
P:11.1 乙方为本项目编写的PLC控制程序、组态画面和接口程序归甲方所有，乙方应在验收时交付源程序和说明文档。监控软件标准产品的知识产权归原权利人，甲方获得永久使用许可。
H:12. 分包
P:12.1 乙方不得转包。改造施工中的电气安装如需分包，须事先取得甲方书面同意，乙方对分包方的工作负全部责任。
H:13. 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求赔偿损失。
P:13.2 甲方逾期付款的，应按应付未付金额每日万分之三向乙方支付逾期付款违约金。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。双方因本合同发生争议，协商不成的，向甲方所在地人民法院起诉。
H:15. 不可抗力
P:15.1 因地震、洪水等不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任，但应尽力减少损失。
H:16. 其他
P:16.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议和设备清单为本合同附件，与本合同具有同等效力。
P:16.2 本合同未尽事宜，双方可签订书面补充协议。双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的应及时书面通知对方。
P:甲方（盖章）：泰山北玻璃纤维有限公司　　乙方（盖章）：济南恒测自动化工程有限公司
P:代表签字：　　　　　　　　　　　　代表签字：
P:日期：　　年　　月　　日　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）, car-wash chain SaaS + 实施)
H566Z03 = """洗车门店会员及预约管理系统订阅服务合同

合同编号：CXL-SaaS-2025-018
甲方（客户）：成都净享汽车服务连锁有限公司
乙方（服务商）：成都云泊软件科技有限公司

甲方在成都市及周边经营30家洗车美容门店。为统一管理会员储值、次卡、线上预约和门店排班，甲方向乙方订阅“泊车宝”门店会员及预约管理系统（以下简称“系统”），并委托乙方完成实施。双方经协商订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供系统订阅服务，包括门店收银、会员储值与次卡、微信小程序预约、技师排班、库存耗材和经营报表模块，开通门店30家、总部管理账号一套。
（二）乙方负责实施服务：会员数据从甲方原收银系统迁移、小程序页面按甲方品牌定制、30家门店的账号开通和设备联调、店长及收银员培训。
（三）服务期为两个服务年度，自2025年9月1日起至2027年8月31日止。系统上线验收前的实施期不计入服务期；上线验收晚于2025年9月1日的，服务期起止日相应顺延。

二、费用
（一）门店订阅费：每家门店每服务年度 ¥6,800，30家合计每服务年度 ¥204,000。
（二）总部管理模块订阅费：每服务年度 ¥36,000。
（三）实施费：一次性 ¥58,000。
（四）服务期内合同总价为 ¥538,000（两个服务年度订阅费 ¥480,000 加实施费 ¥58,000）。短信通知按实际条数另行结算，不计入合同总价。
（五）服务期内甲方新开门店的，按每家门店每服务年度 ¥6,800 的单价按剩余月数折算增加订阅费；门店关闭的，甲方可提前一个月书面通知乙方停用该门店账号，自停用次月起相应减少订阅费。
（六）上述费用已包含系统日常运维、版本升级、数据备份和客服支持费用，乙方不得以其他名义另行收费。

三、付款
（一）订阅费按季度支付，每季度 ¥60,000。自服务期开始之日起，乙方于每季度首月5日前开具发票，甲方在收到发票后10个工作日内支付当季费用。
（二）实施费在系统上线验收合格后10个工作日内一次性支付。
（三）本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部30家门店的上线。
（二）上线验收标准：会员数据迁移完成，会员数、储值余额、剩余次数与原系统逐条核对一致；预约、核销、退款、储值充值等测试用例全部通过；30家门店连续7日正常营业使用，未发生一级故障。
（三）甲方在收到乙方验收申请后5个工作日内组织验收并出具书面意见。门店试用或甲方付款不视为验收合格。验收未通过的，乙方应在5日内完成整改并重新申请验收。
（四）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。

五、服务水平
（一）系统每月可用率不低于99.5%。可用率按当月总分钟数扣除计划维护时间计算，计划维护应安排在凌晨1点至6点并提前3日通知甲方。
（二）故障分级与响应：一级故障（全部或多家门店无法收银或预约）30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内恢复；三级故障在2个工作日内处理。
（三）服务抵扣：当月可用率低于承诺值的，按当季订阅费的5%抵扣；一级故障恢复每超时1小时，抵扣 ¥300。抵扣从下一季度费用中扣除。
（四）乙方应提供7×24小时在线客服和电话支持，并为每家门店指定客户成功经理。系统版本升级应在营业时间以外进行，涉及操作变化的，乙方应提前7日提供操作说明并安排线上培训。
（五）乙方每季度向甲方提交服务报告，列明当季可用率、故障记录、抵扣金额和改进措施。

六、数据
（一）甲方会员信息、消费和储值记录、预约记录（以下简称“甲方数据”）归甲方所有。乙方为提供服务处理甲方数据。
（二）甲方同意乙方可将甲方数据去标识化后汇总，用于编制洗车行业经营分析报告和改进乙方产品，上述汇总数据的权利归乙方。
（三）数据安全：乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问权限控制和操作日志审计措施，系统通过网络安全等级保护第二级备案。发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应按甲方要求导出全部甲方数据交付甲方，并在交付后删除平台上的甲方数据。

七、保密
双方对在合作中获知的对方商业信息、价格和会员信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

八、知识产权
系统平台及其标准功能的知识产权归乙方所有。乙方为甲方定制的小程序页面设计、品牌素材和专用报表归甲方所有，甲方可自行使用、修改或交由第三方维护。

九、甲方责任
（一）甲方应指定项目联系人，按乙方实施计划提供原收银系统的数据导出文件、门店清单、收银设备清单和品牌素材。
（二）甲方应保证各门店网络和收银设备符合乙方书面提出的最低配置要求，并妥善保管各级账号和密码。因甲方账号管理不善造成的损失由甲方承担。
（三）甲方应按约定支付费用。甲方逾期付款超过30日的，乙方可书面催告；催告后15日内仍未支付的，乙方可暂停服务，但应保证甲方可以导出数据。

十、续期
服务期满前60日内双方均未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的价格调整订阅费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前30日通知甲方。

十一、分包
乙方不得将本合同项下的实施工作转包或分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、解除
（一）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）本合同附件包括：服务功能清单、实施计划、上线验收测试用例和门店清单，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可签订书面补充协议。乙方官网公布的服务条款与本合同不一致的，以本合同为准。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都净享汽车服务连锁有限公司        乙方（盖章）：成都云泊软件科技有限公司
授权代表：                                          授权代表：
日期：                                              日期：
"""

# ---------------------------------------------------------------- z04 (txt, （1）, 殡仪馆 cremation-equipment monitoring O&M)
H566Z04 = """临川市殡仪馆火化设备监控系统运维服务合同

项目名称：临川市殡仪馆火化设备监控系统运维服务
项目编号：LCZC-2025-C-0152　　采购方式：竞争性磋商
甲方（采购人）：临川市殡仪馆
乙方（成交供应商）：临川安瑞智能技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就火化设备监控系统运维服务达成如下协议。

（1）服务范围
1）运维对象：甲方6台平板式火化机的燃烧控制系统、炉膛温度和负压监测装置、尾气处理设备的运行监控系统、烟气在线监测设备，以及监控中心服务器、工作站、视频监控和网络设备。
2）服务内容：日常巡检、预防性维护、故障处理、软件维护和数据备份、烟气在线监测设备的校准和比对、清明节及冬至等高峰期的现场值守、运维报告。
3）服务期：自2025年8月1日起至2026年7月31日止。

（2）服务费用及支付
1）运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包括人工、交通、常用备品备件和耗材费用。单价超过 ¥3,000 的部件更换，经甲方确认后按响应文件报价另行结算，不计入服务费总额。
2）服务费按季度支付，每季度 ¥96,500。每季度结束后，甲方按第（8）项进行季度考核，考核合格后15个工作日内支付当季服务费。
3）本合同不设预付款。乙方每次请款应提供合法发票。
4）甲方财政资金未按时到位的，付款时间相应顺延，甲方应提前书面告知乙方，乙方不得因此降低服务标准或中断服务。

（3）人员要求
1）乙方应组建不少于四人的运维团队，其中驻场工程师两名，工作日8:00至17:30在甲方监控中心值班，节假日实行轮班。
2）驻场人员应熟悉火化设备燃烧控制原理和烟气在线监测规范，持有相应的电工作业证书。人员更换须提前10日书面告知甲方并经甲方同意。
3）乙方人员应遵守甲方的工作纪律，尊重逝者及家属，不得拍摄、传播与服务无关的影像。
4）乙方应建立运维值班表和应急联络表，报甲方备案。高峰期间乙方应增派不少于两名工程师现场值守，每日工作结束前向甲方值班负责人报告设备运行情况。
5）乙方应对驻场人员进行岗前培训，内容包括火化设备安全操作规程、殡葬服务礼仪和甲方各项管理制度，培训记录报甲方备案。

（4）服务水平
1）故障分级：一级故障指任一火化机燃烧控制系统失灵、炉膛负压监测中断或烟气排放监测数据中断；二级故障指单个监测点位异常或视频监控中断；三级故障指其他一般问题。
2）一级故障乙方应在30分钟内响应，2小时内到场，6小时内排除或启用备用方案；二级故障2小时内响应，当日排除；三级故障2个工作日内处理。
3）每超过一级故障响应或排除时限1小时，从当季服务费中扣减 ¥300；二级故障每超时1小时扣减 ¥100。
4）乙方应每月完成全面巡检一次，每季度完成烟气在线监测设备比对一次，高峰期前完成专项检查。

5）乙方应于每月5日前提交上月运维月报，内容包括设备运行状况、故障统计及处理情况、巡检发现的问题和整改建议、备件消耗情况；高峰期结束后10日内提交专项值守报告。

（5）备品备件与安全生产
1）乙方应在甲方现场储备热电偶、压力变送器、控制模块、通讯模块等常用备件，储备清单作为本合同附件。因备件储备不足影响故障排除的，按超时处理。
2）更换下来的旧部件归甲方所有，乙方应登记后交甲方处置。乙方更换的部件应为原厂或性能不低于原部件的合格产品，并提供合格证明，更换记录应经甲方设备管理人员签字确认。
3）乙方人员在火化车间作业时应遵守高温、燃气和用电安全规定，按要求佩戴防护用品；因乙方违章作业造成人身伤害或设备损坏的，由乙方承担责任。

（6）甲方责任
1）甲方应为驻场人员提供办公场所、网络和必要的工作条件，并指定设备管理人员负责日常联络。
2）甲方应及时告知乙方火化设备的检修计划、工艺调整和生态环境部门的检查安排，配合乙方开展校准和比对工作。

（7）服务启动与逾期
1）乙方应在合同签订后10日内完成现场交接，建立设备台账和运维档案，正式开始提供服务。
2）乙方未按期完成交接或逾期完成高峰期前专项检查的，每逾期一日按合同总价的万分之三向甲方支付违约金。

（8）考核与验收
1）季度考核：甲方依据考核表进行评分，考核内容包括巡检记录完整性、故障处理时限达标率（不低于95%）、烟气在线监测数据有效传输率、运维报告质量。得分80分以上为合格。
2）考核不合格的，乙方应在10日内提交整改报告；整改后复核仍不合格的，甲方可按考核表扣减当季服务费。
3）服务期满验收：乙方提交全部巡检记录、故障处理记录、备件更换清单和年度运维总结，甲方对照磋商文件和考核结果组织验收，出具书面验收意见。

（9）数据安全
1）监控系统中的火化记录、逝者及家属信息、视频和烟气监测数据均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
2）乙方应落实数据备份、账号权限管理和操作日志审计，远程维护须经甲方批准并在甲方人员在场时进行。
3）发生数据泄露、丢失或篡改事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成损失或不良社会影响的，由乙方承担全部赔偿责任。

（10）保密
乙方及其人员对服务中接触的逝者信息、家属信息和甲方内部管理信息负有保密义务，不得泄露。保密义务在合同终止后继续有效。

（11）知识产权
乙方在服务期内为甲方编写的运维脚本、配置文件、巡检报告和运维文档归甲方所有。

（12）分包
乙方可将烟气在线监测设备的校准和比对工作分包给具有相应资质的检测单位，但应在分包前书面告知甲方，并对分包单位的工作负责。

（13）合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用，乙方应赔偿由此造成的损失。

（14）合同期满
本合同期满即终止，不自动续期。甲方后续服务需重新组织采购。

（15）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（16）其他
1）磋商文件、响应文件、成交通知书、设备清单和考核表为本合同组成部分，与本合同具有同等效力。
2）服务期内如遇设备更新改造，新增设备的运维内容和费用由双方另行书面约定。
3）本合同未尽事宜，双方可签订书面补充协议。
4）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临川市殡仪馆                    乙方（盖章）：临川安瑞智能技术有限公司
代表：                                        代表：
日期：                                        日期：
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, 腐乳厂)
H566Z05 = """# 酿造云 发酵车间管理系统 软件许可及实施合同

**（乙方标准合同文本 NZ-2024 版）**

合同编号：NZY-2025-0386

- 甲方（用户）：江口老坛腐乳食品有限公司
- 乙方（供应商）：杭州酿造云软件有限公司

甲方因发酵车间生产管理需要，向乙方购买“酿造云发酵车间管理系统”软件许可及定制开发、实施服务。双方在平等自愿的基础上，按照乙方标准合同文本订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供酿造云发酵车间管理系统标准版软件许可（永久许可，50个并发用户），功能包括前发酵（毛霉培菌）管理、腌坯管理、后发酵（装坛陈酿）管理、批次追溯、温湿度监测和车间报表。

1.2 乙方按甲方需求进行定制开发：发酵房温湿度采集接口（对接甲方现有的36个温湿度探头）、坛号与批次条码追溯、卤汁配料记录、出入库对接和质检报表。

1.3 乙方负责系统安装、基础数据初始化、用户培训和上线支持。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵车间管理系统标准版软件许可（永久，50并发用户） | 420,000 |
| 2 | 定制开发（采集接口、批次追溯、配料记录、出入库对接、质检报表） | 286,000 |
| 3 | 实施、培训及上线支持 | 64,000 |
| | 合计 | 770,000 |

合同总价为人民币柒拾柒万元整（¥770,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即 ¥385,000，乙方收到款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即 ¥346,500。

3.3 系统上线运行满三个月后，甲方支付剩余5%，即 ¥38,500。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务。

## 第四条 实施进度

4.1 乙方计划在收到首期款后90日内完成安装和定制开发并上线。实施计划以乙方项目经理出具的计划为准。

4.2 因需求变更、甲方现场条件或甲方配合不到位导致进度延后的，工期相应顺延。乙方将尽力按计划交付，但不因进度延后承担违约金或赔偿责任。

4.3 甲方应在项目启动前指定项目负责人和车间联络人，提供发酵房平面图、温湿度探头型号及通讯协议、现有坛号编码规则和出入库系统接口说明，并按乙方要求准备服务器和网络环境。服务器、操作系统、数据库和现场网络由甲方自行采购，不在本合同范围内。

4.4 乙方为甲方车间主任、班组长和质检人员提供两次集中培训，每次不超过两天。额外培训按乙方人天单价另行收费。

4.5 项目实施期间，甲方提出超出第一条范围的需求，按需求变更处理，乙方评估工作量后另行报价，变更费用和工期以双方签字确认的变更单为准。

## 第五条 上线与验收

5.1 乙方完成安装和定制开发后，通知甲方上线。系统安装上线即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第七条维护服务处理，不影响验收结论和付款。

5.3 上线前，甲方应安排车间人员配合乙方完成基础数据录入和系统测试，并签署上线确认单。

## 第六条 知识产权

6.1 软件及其文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的接口程序、追溯功能、报表及相关源代码，知识产权同样归乙方所有，乙方可将其用于其他客户。甲方获得在本厂区内使用的非独占、不可转让的使用权，不得自行或委托第三方修改、反编译。

## 第七条 免费维护

7.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

7.2 故障响应：一级故障（系统无法登录或采集中断）乙方在8小时内响应，二级故障在2个工作日内响应，三级故障在后续版本中统一处理。

7.3 乙方将尽力排除故障，但对故障响应或排除时间不作保证，不承担扣款、赔偿或违约金。

## 第八条 有偿维护

8.1 免费维护期满后，甲方需要继续获得维护服务的，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。

8.2 未签订维护协议的，乙方按次收费提供现场服务，收费标准以乙方当时报价为准。

8.3 维护协议期间，乙方提供软件版本升级。甲方不签订维护协议的，乙方不再提供升级，甲方自行承担继续使用旧版本的风险。

8.4 甲方自行修改系统配置、数据库或与第三方系统对接导致系统故障的，乙方可按次收费提供恢复服务。

## 第九条 数据安全

9.1 系统中的生产数据、批次记录和质检数据归甲方所有，乙方仅为实施和维护目的访问上述数据，不得用于其他用途。

9.2 乙方远程维护时应遵守甲方网络安全管理规定，使用甲方分配的账号登录，对传输的数据加密，不得下载或留存甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方负责恢复并承担相应的赔偿责任。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的25%。

10.2 乙方不承担间接损失、利润损失、生产停顿损失和原料损失。因温湿度探头、网络或甲方服务器故障导致的数据缺失，不属于乙方责任。

10.3 甲方因使用本系统作出的生产、质检或放行决定，由甲方自行负责。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为、电力或通信中断等不可抗力不能履行本合同的，受影响方不承担责任，但应及时通知对方，并在不可抗力消除后继续履行。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《用户服务条款》为准。乙方可根据业务需要更新《用户服务条款》，更新后的条款自公布之日起适用。

14.2 甲方同意乙方在其官网、宣传资料和行业交流中将甲方列为客户案例，并使用甲方名称和商标。

14.3 甲方应自行做好服务器和数据库的日常备份。因甲方未备份造成的数据损失，乙方不承担责任。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

| 甲方（盖章）：江口老坛腐乳食品有限公司 | 乙方（盖章）：杭州酿造云软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期： | 日期： |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Slovenian vendor, WMS perpetual licence)
H566E01 = """
T:Software Licence and Services Agreement
P:Agreement No. AL-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Alpen Logic d.o.o., a company registered in Slovenia with its seat at Savska cesta 12, 4000 Kranj, Slovenia (the "Vendor"); and
P:(2) Foshan Lianmu Furniture Manufacturing Co., Ltd., a company registered in the People's Republic of China with its seat in Shunde District, Foshan, Guangdong (the "Customer").
P:Background: The Customer operates a finished-goods warehouse and two component warehouses at its Shunde plant. It wishes to replace its spreadsheet-based stock control with the Vendor's AlpenWMS warehouse management system. The Vendor has agreed to grant perpetual licences and to implement the system on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means AlpenWMS version 7, its RF handheld module and the documentation, as listed in Article 3.
P:1.2 "Custom Deliverables" means the interfaces, label templates, reports and configuration scripts the Vendor develops specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer runs its warehouse operations in the Software in production.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including stock, order, supplier and customer records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's sites in the People's Republic of China for the Customer's own business, for the numbers of users and devices set out in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer may permit its contractors to use the Software on its behalf.
P:2.3 The licence is fully paid on payment of the Licence Fees and is not terminated by expiry of support.
H:Article 3 Prices
P:3.1 The prices are fixed and include all taxes and the Vendor's travel costs:
P:(a) AlpenWMS server licence with 60 named users, CNY 780,000;
P:(b) RF handheld module, 36 device licences at CNY 3,500 each, CNY 126,000;
P:Licence subtotal: CNY 906,000;
P:(c) implementation services (process design, configuration, interfaces with the Customer's ERP and label printers, data migration, testing), CNY 318,000;
P:(d) training of key users and warehouse staff, CNY 26,000.
P:3.2 The total contract price is CNY 1,250,000 (the "Contract Price").
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 125,000) within 20 days after signature against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 687,500) within 20 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 437,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in the invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Implementation and Delay
P:5.1 The Vendor shall deliver the Software within 15 days after signature and achieve Go-Live within 120 days after signature, following the project plan agreed at kick-off.
P:5.2 The Vendor shall assign a named project manager and at least two consultants, one of whom speaks Chinese, and shall not replace them without the Customer's consent.
P:5.3 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After Go-Live the system runs in production for 30 days. Final Acceptance requires that: (a) all test cases in the acceptance test plan have passed; (b) a full stocktake of the finished-goods warehouse reconciles with the Software within the tolerance set in the test plan; (c) the ERP interfaces have exchanged orders, receipts and shipments for 30 days without unresolved errors; and (d) no Severity 1 incident is open.
P:6.2 The Customer shall sign the Final Acceptance Certificate within 10 days after the criteria are met, or state in writing which criteria are not met. Go-Live, production use or payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform materially in accordance with its documentation for 24 months after Final Acceptance. During the warranty the Vendor shall correct defects and provide updates and support at no charge.
P:7.2 After the warranty the Customer may order annual support at 11% of the licence subtotal, i.e. CNY 99,660 per support year. This fee is fixed for the first three support years after the warranty. Each support year requires a written order from the Customer; support does not renew automatically.
P:7.3 Support response times: Severity 1 (warehouse operations stopped) response within 1 hour and a workaround within 8 hours; Severity 2 (a main function impaired) response within 2 hours; Severity 3 response within one business day. Support is provided in Chinese and English from 08:00 to 22:00 China time, and around the clock for Severity 1.
P:7.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 800 against the next payment or support fee.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Software is installed on the Customer's servers in Foshan. The Vendor accesses the system only through the Customer's VPN, in sessions approved by the Customer, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the applicable Chinese data protection laws.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by its personnel, assist in remedying it, and is liable for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement and use it only for this Agreement. This obligation survives for three years after termination.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property in the Software.
P:10.2 All rights in the Custom Deliverables belong to the Customer upon payment. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:10.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and bear the resulting costs and damages.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to wilful misconduct, personal injury, breach of Article 8 or Article 9, or the indemnity in Article 10.3.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid, less the value of licences the Customer elects to keep.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Slovenia, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Rules of the Ljubljana Arbitration Centre at the Chamber of Commerce and Industry of Slovenia. The seat of arbitration is Ljubljana and the language is English.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Time limits under Articles 5 and 6 are extended by the period of the event. If such an event continues for more than 60 days, either party may terminate the affected part of the services by written notice.
H:Article 16 General
P:16.1 Notices shall be given in writing by courier or e-mail to the addresses stated above. Any amendment to this Agreement must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature by both parties. Annex 1 (scope and project plan) and Annex 2 (acceptance test plan) form part of it.
P:For the Vendor: Alpen Logic d.o.o., Kranj. Name: ____________ Title: Director. Date: ________
P:For the Customer: Foshan Lianmu Furniture Manufacturing Co., Ltd. Name: ____________ Title: General Manager. Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Croatian vendor)
H566E02 = """# ORDER FORM No. SH-2025-117 — ShiftHarbor Workforce Scheduling

**Provider:** Jadran Shift Systems d.o.o., Ulica Domovinskog rata 40, 21000 Split, Croatia ("Provider")

**Customer:** Chengdu Maizi Bakery Chain Co., Ltd., Wuhou District, Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the ShiftHarbor General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1 Order details

1.1 **Service.** ShiftHarbor, a cloud service for staff rostering, time and attendance, leave requests and labour-cost reporting, used by the Customer's 46 bakery shops and its central kitchen.

1.2 **Subscription Term.** Two Subscription Years, from 1 September 2025 to 31 August 2027 (the "Subscription Term"). The Subscription Start Date is 1 September 2025.

1.3 **Charges.** At the Customer's request all charges are in Chinese Yuan (CNY) and include VAT.

| Item | Quantity | Unit price | Amount per Subscription Year (CNY) | Amount over the Subscription Term (CNY) |
|---|---|---|---|---|
| Employee seats | 420 | 260 per seat per Subscription Year | 109,200 | 218,400 |
| Manager and payroll-export module | 1 | 24,000 per Subscription Year | 24,000 | 48,000 |
| Onboarding (one-time) | 1 | 21,600 | — | 21,600 |
| **Total** | | | | **288,000** |

1.4 **Invoicing.** Subscription charges are invoiced quarterly in advance on the first day of each calendar quarter of the Subscription Term, the first invoice on the Subscription Start Date, each for CNY 33,300. The onboarding charge is invoiced after Go-Live Acceptance. Invoices are payable within 30 days.

1.5 **Additional seats** may be added at the unit price above, pro rata for the rest of the Subscription Term.

1.6 **Onboarding.** Provider shall configure the Customer's shops, shift patterns and labour rules, import employee master data from the Customer's HR spreadsheet, set up the export file for the Customer's payroll provider, and train 50 shop managers.

1.7 **Go-Live.** Provider shall make the configured Service available for Go-Live Acceptance by 20 August 2025.

## Section 2 Go-Live Acceptance and delay

2.1 The Customer shall test the configured Service against the acceptance checklist in Annex A within 10 business days after Provider's notice of readiness. The checklist requires that: all 46 shops and the central kitchen are set up with correct opening hours and shift patterns; employee master data matches the import file record by record; a trial roster for two weeks is produced for every shop; and the payroll export file is accepted by the payroll provider's test system.

2.2 When the checklist is met the Customer signs a Go-Live Acceptance certificate. Using the Service for live rostering before signature does not count as acceptance.

2.3 If Provider does not make the Service ready for Go-Live Acceptance by the date in Section 1.7 for reasons within its control, Provider shall pay liquidated damages of CNY 300 for each day of delay, up to CNY 28,800 in total.

## Section 3 Service levels

3.1 **Availability.** Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China time.

3.2 **Support.** Support is available by e-mail, telephone and in-app chat in Chinese and English. Priority 1 (Service unavailable or rosters cannot be published for several shops) response within 30 minutes and restoration within 6 hours, at any time; Priority 2 response within 2 hours during business hours; Priority 3 response within two business days.

3.3 **Service credits.** If monthly availability falls below the commitment in Section 3.1, Provider shall credit 5% of that month's subscription charges for each full 0.1 percentage point of shortfall, up to half of the month's charges. For each full hour by which a Priority 1 response or restoration time is missed, Provider shall credit CNY 200. Credits are set off against the next invoice.

3.4 Provider shall send a monthly service report showing availability, incidents, response times and credits.

## Section 4 Customer Data and security

4.1 "Customer Data" means all data the Customer or its users submit to the Service, including employee names, contact details, working hours and leave records. Customer Data belongs to the Customer. Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 The Service for the Customer is hosted in a data centre in mainland China operated by Provider's hosting partner. Provider shall keep Customer Data encrypted in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and keep daily backups for 30 days.

4.3 Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and cooperate with any notice the Customer must give under the Personal Information Protection Law. Provider is liable for losses the Customer suffers from a security incident caused by Provider's breach of this Section 4.

4.4 Within 30 days after the end of the Subscription Term the Customer may export all Customer Data in CSV format; Provider shall then delete it and confirm deletion in writing.

---

# SHIFTHARBOR GENERAL TERMS (version 3.2)

## Section 5 Use of the Service

5.1 Provider grants the Customer and its users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

5.2 The Customer is responsible for its users' accounts and shall not resell the Service or attempt to reverse engineer it.

5.3 The Customer shall keep its user list current, remove leavers within five business days, and make sure that the employee data it submits has been collected lawfully and with any notices to employees that Chinese law requires.

5.4 Provider may update the Service from time to time, provided that an update does not materially reduce its functions, security or the service levels in Section 3. Provider shall announce changes affecting users at least 14 days in advance and publish release notes in Chinese and English.

5.5 Provider shall keep the payroll export file compatible with the format agreed during onboarding. If the Customer's payroll provider changes its format, Provider shall adapt the export within 20 business days at no extra charge, once during each Subscription Year.

## Section 6 Intellectual property

6.1 Provider owns the Service and all improvements to it.

6.2 Shift templates, labour-rule configurations and reports made for the Customer during onboarding, and all outputs generated from Customer Data, belong to the Customer, which may use, copy and modify them freely and give them to a successor provider.

## Section 7 Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement, and disclose it only to employees and advisers who need to know it. This obligation lasts for three years after the Subscription Term ends.

## Section 8 Subcontractors and subprocessors

8.1 Provider may use subcontractors and subprocessors, including its hosting partner and support contractors, to perform the Service. Provider shall inform the Customer by e-mail at least 30 days before it adds or replaces a subcontractor or subprocessor. Provider remains responsible for their performance.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Provider's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the 6 months before the event giving rise to the claim.

9.3 The limits in this Section 9 do not apply to death or personal injury caused by negligence, fraud or wilful misconduct.

## Section 10 Term, renewal and termination

10.1 This agreement runs for the Subscription Term and ends at its expiry. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund any prepaid charges for the period after termination.

10.3 Provider may suspend access only if an undisputed invoice is more than 45 days overdue and the Customer has not paid within 10 days after a written reminder.

## Section 11 Governing law and disputes

11.1 At the Customer's request, this agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in English.

## Section 12 General

12.1 Notices shall be sent by e-mail to the contacts named in the Order Form and are effective on receipt. This agreement is the entire agreement of the parties about the Service.

**Signed for Provider:** Jadran Shift Systems d.o.o. — Name: ____________ — Date: ____________

**Signed for Customer:** Chengdu Maizi Bakery Chain Co., Ltd. — Name: ____________ — Date: ____________
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Serbian vendor, cold-store sensors, buyer's paper)
H566E03 = """
T:Supply and Installation Contract for a Cold-Store Temperature Monitoring System
P:Contract No. QDLL-EQ-2025-029
P:Buyer: Qingdao Lanlu Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Panonija Senzori d.o.o., Bulevar oslobodjenja 77, 21000 Novi Sad, Serbia (the "Supplier").
P:Whereas the Buyer operates a cold store of six chambers and two loading halls at its Huangdao site, and wishes to install a wireless temperature and humidity monitoring system that meets GSP requirements for pharmaceutical and food storage; and whereas the Supplier was selected through the Buyer's tender No. QDLL-T-2025-011; the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and server listed in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 3.
P:1.3 "Site" means the Buyer's cold store at Huangdao, Qingdao.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
P:1.5 "Buyer Data" means all measurements, alarms, logs and records produced by the system.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the following, and train the Buyer's staff. All prices are in Chinese Yuan (CNY), include VAT, packing, transport to the Site and insurance, and are fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, ±0.2 °C|280|1,150|322,000
TB:2|Door-open sensor for chamber doors|64|620|39,680
TB:3|LoRa gateway with 4G backup link|8|9,800|78,400
TB:4|Edge server with UPS|1|46,000|46,000
TB:5|ColdWatch monitoring software, perpetual licence, unlimited users|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||604,080
TB:6|Installation, mapping study and calibration|1|52,600|52,600
TB:7|Training of operators and maintenance staff|1|9,320|9,320
TB:|Contract Price|||666,000
P:2.2 The Contract Price is CNY 666,000.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site and at the Buyer's head office, for any number of users, including future updates during the warranty.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 50 days after signature, DDP Qingdao, and complete installation and calibration within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 40 days the Buyer may also terminate under clause 12.
P:4.3 The Supplier's staff at the Site shall follow the Buyer's safety rules for cold rooms, forklift areas and food-safety zones.
P:4.4 Before installation the Supplier shall carry out a temperature mapping study of each chamber and loading hall with the Buyer's quality staff, propose the sensor positions in a layout drawing, and obtain the Buyer's written approval of the drawing. Sensors shall be placed at the warmest and coldest points found by the study, near doors and evaporators, and at the heights the Buyer's GSP procedures require.
P:4.5 The Supplier shall deliver with the Equipment the packing lists, factory calibration certificates traceable to national standards, user and maintenance manuals in Chinese and English, and the wiring and network diagrams. Training shall cover daily monitoring, alarm handling, report export, battery replacement and sensor recalibration, for at least 20 operators and 4 maintenance staff, with a short written test at the end.
P:4.6 Risk in each item passes to the Buyer on delivery to the Site; title passes on payment under clause 5.2.
H:5. Payment
P:5.1 No advance payment is made under this Contract.
P:5.2 The Buyer shall pay 65% of the Contract Price (CNY 432,900) within 15 working days after all Equipment is installed and the Buyer signs the installation certificate. The installation certificate is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 233,100) within 15 working days after Final Acceptance.
H:6. Acceptance
P:6.1 Final Acceptance tests take place after installation. The system passes when: (a) every sensor, compared against a calibrated reference thermometer at three points, reads within ±0.3 °C; (b) all sensors report at five-minute intervals for 21 consecutive days with no gap longer than 15 minutes; (c) alarms for high temperature and open doors reach the duty phone within 60 seconds in all test cases; (d) the temperature mapping report for each chamber is delivered; and (e) the Buyer's quality department confirms that the records meet its GSP procedures.
P:6.2 The Buyer shall sign the final acceptance certificate within 7 days after the tests are passed, or give written reasons. Installation, use or payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for 36 months after Final Acceptance. During the warranty it shall repair or replace defective items, recalibrate sensors once each year of the warranty, and provide software updates, all free of charge.
P:7.2 After the warranty, the Buyer may order support for the Equipment and Software at 7.5% of the Hardware and Licence Subtotal per support year, that is CNY 45,306. This fee is fixed for the first two support years. Support is ordered by purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 Fault response during the warranty and any support period is as follows:
TB:Severity|Description|Response|Resolution
TB:1|Monitoring of one or more chambers lost, or alarms not delivered|30 minutes (remote)|On-site replacement or workaround within 24 hours
TB:2|Individual sensors or one gateway not reporting|2 hours|48 hours
TB:3|Reports, display or other minor problems|1 business day|10 business days
P:8.2 For each full hour by which a Severity 1 response or resolution time is missed, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:8.3 The Supplier shall keep spare sensors and one spare gateway in Qingdao throughout the warranty.
H:9. Data
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy it or give it to any third party.
P:9.2 The server is installed at the Site. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN; all sessions are logged. The Supplier shall follow the Buyer's information security rules and the applicable Chinese laws on data security.
P:9.3 The Supplier shall report any security incident involving Buyer Data within 24 hours, help contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer list, storage volumes and site layout, and shall not disclose it without prior written consent. This clause survives termination for three years.
H:11. Intellectual Property
P:11.1 Dashboards, alarm rules, reports and interface scripts made for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier shall deliver their source files before Final Acceptance.
P:11.2 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against such claims.
H:12. Liability and Termination
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
P:12.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under clause 4.2 exceeds 40 days. The Supplier shall then refund the amounts paid for items not accepted.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor is subject to the same consent, and the Supplier remains responsible for any approved subcontractor.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Force Majeure
P:15.1 A party prevented from performing by events beyond its reasonable control, such as natural disaster, epidemic or government action, shall notify the other party promptly and is excused for the duration of the event. Dates under clause 4 are extended accordingly.
H:16. General
P:16.1 This Contract is made in English and Chinese, two originals in each language; both versions have equal force. Annex 1 (technical specification) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings + schedules as tables, Macedonian vendor, managed service)
H566E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. VIS-XM-2025-08

**Between** Vardar IT Services DOOEL, Ulica Marshal Tito 21, 7000 Bitola, North Macedonia ("Provider"),

**and** Xiamen Haiyun Hotels Management Co., Ltd., Siming District, Xiamen, Fujian, People's Republic of China ("Customer").

The Customer manages fourteen mid-range business hotels in Fujian and Guangdong. It wishes to outsource the day-to-day running of its hotel networks, guest Wi-Fi, front-desk computers and servers to Provider, which runs a remote operations centre and works with local field engineers. The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Hotels" means the fourteen hotels listed in Schedule 2, and any hotel added under clause 3.3.

1.3 "Service Commencement Date" means the date on which the Customer confirms in writing that onboarding under clause 4 is complete.

1.4 "Term" means thirty-six months from the Service Commencement Date.

1.5 "Incident" means an unplanned interruption or degradation of a managed device or service.

## 2. SERVICES

2.1 Provider shall provide the Services for all Hotels during the Term, from its operations centre and through field engineers based in Xiamen, Fuzhou, Quanzhou and Guangzhou.

2.2 Provider shall keep a configuration database of all managed devices, apply security patches and firmware updates within the windows agreed with each Hotel, and replace faulty devices from the spare pool described in Schedule 1.

2.3 Provider's staff who visit a Hotel shall follow the Hotel's rules on guest areas, uniforms and working hours, and shall not enter guest rooms unless accompanied by Hotel staff.

## 3. CHARGES AND PAYMENT

3.1 At the Customer's request all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 2.

3.2 Monthly charges are invoiced monthly in arrears and are payable within 30 days after the invoice. The onboarding charge is invoiced after the Service Commencement Date. No advance payment is due.

3.3 The Customer may add a hotel at the monthly charge in Schedule 2, from the month after the hotel is onboarded. Charges are fixed for the Term.

## 4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete onboarding within 60 days after signature. Onboarding consists of a site survey of each Hotel, a complete inventory of devices, installation of monitoring agents and probes, documentation of network diagrams and passwords in a vault controlled by the Customer, and a handover from the Customer's current supplier.

4.2 Onboarding is complete when: (a) every device in the inventory reports to Provider's monitoring platform; (b) a test Incident at each Hotel has been logged, escalated and closed through the agreed process; (c) the run book for each Hotel has been approved by the Customer's IT manager; and (d) the Customer has signed the onboarding acceptance form. Starting to use the Services before that signature does not count as acceptance.

4.3 If onboarding is not complete within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 60,000.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3 and report on them monthly, with an incident list, root causes of Priority 1 Incidents and planned improvements.

5.2 If Provider misses a service level, the Customer is entitled to the service credits in Schedule 3, which are deducted from the next invoice.

## 6. CUSTOMER DATA

6.1 All data held on the managed devices and systems, including guest registration records, Wi-Fi access logs, booking records and accounting files ("Customer Data"), remains the property of the Customer. Provider may use Customer Data only to perform the Services and shall return it to the Customer on request and at the end of the Term.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would regard as confidential, shall use it only to perform this Agreement, and shall not disclose it to third parties except to its professional advisers. These obligations continue for three years after the end of the Term.

## 8. INTELLECTUAL PROPERTY

8.1 Provider keeps the rights in its monitoring platform, tools and general know-how.

8.2 The run books, network diagrams, configuration files and scripts prepared for the Customer's Hotels belong to the Customer, which may use, modify and hand them to any other supplier without restriction.

## 9. LIABILITY

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 Provider's total liability under this Agreement is limited to 125% of the total charges for the Term as stated in Schedule 2, except for death, personal injury, fraud and wilful misconduct.

## 10. SUBCONTRACTING

10.1 Provider's field engineers in China are supplied by its partner Xiamen Tongda Network Engineering Co., Ltd., which the Customer approves by signing this Agreement. Provider shall not use any other subcontractor without the Customer's prior written consent, and remains responsible for all subcontractors.

## 11. TERM AND ENDING

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; an extension requires a written amendment signed by both parties.

11.2 Neither party may terminate this Agreement before the end of the Term, except that either party may end it by written notice if a force majeure event prevents performance for more than 90 consecutive days. Where Provider breaches this Agreement, the Customer's remedies are the service credits in Schedule 3, the payments under clause 4.3, and damages within the limit in clause 9.

11.3 At the end of the Term Provider shall give the Customer or its new supplier reasonable help for up to 30 days to transfer the Services, at the daily rate in Schedule 2.

## 12. GOVERNING LAW AND DISPUTES

12.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding on both parties.

## 13. GENERAL

13.1 Notices must be in writing and sent to the addresses above or to the e-mail addresses named in Schedule 2.

13.2 Each party shall name a contract manager. The contract managers meet by video conference each quarter to review the service reports, open problems, planned changes at the Hotels and the next quarter's maintenance windows, and record the agreed actions in minutes.

13.3 This Agreement, with its schedules, is the entire agreement of the parties on its subject matter and may only be amended in writing.

---

13.4 Provider shall keep insurance for professional liability and for damage caused by its staff at the Hotels during the Term, and shall show the certificates to the Customer on request.

## SCHEDULE 1 — SERVICE DESCRIPTION

| Service element | What Provider does |
|---|---|
| Network and Wi-Fi management | Monitors switches, firewalls, access points and internet links at every Hotel around the clock; manages configurations, changes and firmware |
| Guest Wi-Fi portal | Operates the captive portal and guest authentication in line with Chinese real-name rules, keeps access logs for the period the law requires |
| Front-desk and office computers | Remote help desk for Hotel staff in Chinese from 07:00 to 24:00; patching, antivirus and software installation |
| Servers | Monitors and backs up the property management system server at each Hotel; tests a restore every quarter |
| Field support | Field engineer visits for faults that cannot be fixed remotely; quarterly preventive visit to each Hotel |
| Spare pool | Keeps spare switches, access points and one firewall per city |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 14 Hotels × CNY 4,200 per Hotel per month × 36 months | 2,116,800 |
| Onboarding (one-time) | Survey, inventory, monitoring set-up and handover for 14 Hotels | 46,000 |
| **Total charges for the Term** | | **2,162,800** |
| Exit assistance (clause 11.3) | Per engineer day, if requested | 1,800 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Internet link, core switch or property management server down at a Hotel | 15 minutes | 6 hours | CNY 600 per full hour late |
| Priority 2 | Wi-Fi down on one floor, front-desk computer failed | 1 hour | 12 hours | CNY 200 per full hour late |
| Priority 3 | Single access point, printer or user request | 8 hours | 3 business days | none |
| Network availability | Each Hotel's core network and internet access, measured monthly | 99.95% | — | 3% of that Hotel's monthly charge per 0.1 percentage point below |
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses, Albanian vendor, marine data API)
H566E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: ADS-2025-CN-031

PARTIES

Adriatik Data Services Sh.p.k., Rruga Tregtare 9, Durres 2001, Albania ("Provider"); and

Dalian Haixing Seafood Trading Co., Ltd., Zhongshan District, Dalian, Liaoning, People's Republic of China ("Customer").

BACKGROUND

The Customer imports frozen seafood by sea and wants to plan cold-chain trucks and warehouse slots around ship arrivals. Provider collects vessel positions, port-call events and marine weather forecasts and makes them available through a web API. The Customer wishes to subscribe to that API and to have Provider build a small custom feed for its own list of ports and vessels.

1. DEFINITIONS

1.1 "API" means Provider's MarineFlow application programming interface, its documentation and the developer portal.

1.2 "Data" means the vessel positions, estimated and actual times of arrival, port-call events and marine weather data delivered through the API.

1.3 "Custom Feed" means the endpoint Provider builds for the Customer under clause 3, which filters and combines Data for the Customer's ports, vessels and shipping lanes, and the mapping tables behind it.

1.4 "Customer Data" means the vessel lists, port lists, shipment references and other information the Customer uploads to the API, and the Customer's query history.

1.5 "Subscription Year" means the period from the Start Date, or from an anniversary of the Start Date, to the day before the next anniversary.

2. SUBSCRIPTION

2.1 Provider grants the Customer a non-exclusive, non-transferable right to call the API and to use the Data for its internal logistics planning during the Subscription Term, and to keep Data already received after the Subscription Term for its own records.

2.2 The Customer may not resell the Data or publish it in bulk, but may share individual arrival times with its hauliers, warehouses and customs brokers.

2.3 The Start Date is 1 October 2025. The Subscription Term is two Subscription Years, from 1 October 2025 to 30 September 2027.

3. CUSTOM FEED AND ACCESS ACCEPTANCE

3.1 Provider shall deliver API credentials and the Custom Feed by the Start Date. The Custom Feed covers the ports of Dalian, Qingdao, Tianjin, Busan and Tokyo and the vessels listed by the Customer, with arrival estimates refreshed at least every 30 minutes.

3.2 Before the Start Date the Customer shall test the Custom Feed against the test plan attached as Annex A. The test plan requires that all listed ports and vessels appear in the feed, that each record contains the agreed fields (vessel name, IMO number, position, speed, estimated arrival, berth where known), that historical arrival times for the previous three months match the port records supplied by the Customer in at least nine of ten sampled cases, and that the JSON format matches the specification. When the tests pass the Customer signs an access acceptance note. Calling the API before that note is signed does not count as acceptance.

3.3 If Provider does not deliver the credentials and the Custom Feed ready for access acceptance by the Start Date for reasons within its control, Provider shall pay liquidated damages of CNY 250 for each day of delay, up to CNY 9,600, and the Subscription Term is extended by the days of delay at no charge.

4. FEES

4.1 At the Customer's request all fees are in Chinese Yuan (CNY) and include VAT.

4.2 The Professional plan fee is CNY 96,000 per Subscription Year, which includes up to 2,000,000 API calls per calendar month and the Custom Feed. The total fee for the Subscription Term is CNY 192,000.

4.3 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. These overage charges are not part of the total fee.

4.4 Provider invoices each Subscription Year's fee at the start of that Subscription Year. Invoices are payable within 30 days.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver Data promptly. Provider does not guarantee any level of availability, any response or fix time, or the accuracy or completeness of Data, which comes from public broadcasts and third-party sources.

5.2 Support is available by e-mail and through the developer portal during Provider's business hours, Monday to Friday, 09:00 to 17:00 Central European Time. Provider will answer support requests as soon as reasonably practicable. No service credits apply.

5.3 Provider may carry out maintenance at any time and will announce planned maintenance on the developer portal when it can.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Provider shall use Customer Data only to provide the API and the Custom Feed to the Customer, and shall not use it for any other purpose, disclose it or combine it with other customers' data.

6.2 Provider shall protect Customer Data with industry-standard measures, including encryption in transit and at rest, role-based access for named staff, multi-factor authentication, and logging of all administrative access. API keys are stored only in hashed form.

6.3 Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take prompt steps to contain it and prevent recurrence, and is liable for the Customer's losses caused by such an incident where it results from Provider's breach of this clause 6.

6.4 At the end of the Subscription Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including the Customer's import volumes, suppliers and customers, use it only for this Agreement and not disclose it to third parties without prior written consent. This clause survives for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, the Data and its databases. The Customer's rights in the Data are those granted in clause 2.

8.2 The Custom Feed's filter rules, mapping tables and the integration code Provider writes to deliver Data into the Customer's transport management system belong to the Customer, which may use, modify and license them freely. Provider shall deliver the integration code with its documentation.

9. RENEWAL

9.1 At the end of the Subscription Term this Agreement renews automatically for successive single Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

9.2 For each renewal Subscription Year Provider may change the plan fee to its list price then in force, by notice to the Customer at least 30 days before the renewal. The increase is not subject to any limit.

9.3 The Customer may upgrade to a higher plan at any time; the fee difference is charged pro rata for the rest of the current Subscription Year.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of profit or spoiled goods, except as stated in clause 6.3.

10.2 Provider's total liability under this Agreement is limited to two times the total fee for the Subscription Term stated in clause 4.2, except for fraud, wilful misconduct, and death or personal injury caused by negligence.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the Custom Feed or the processing of Customer Data without the Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11.2 Provider may use the third-party data sources it chooses, such as satellite and terrestrial AIS networks and national weather services, to compile the Data. These sources are not subcontractors of the Customer's Custom Feed and receive no Customer Data.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1 because of Provider's breach, Provider shall refund the part of any prepaid fee that relates to the period after termination.

12.3 The Customer may suspend its use of the API at any time without terminating this Agreement; the fee remains payable for the Subscription Year in progress.

13. GOVERNING LAW AND DISPUTES

13.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The language of the arbitration is English.

14. GENERAL

14.1 Notices shall be given in writing by e-mail to the contacts named in Annex B, with a copy by courier for notices of breach or termination.

14.2 This Agreement may be signed electronically and in counterparts. Annex A (test plan) and Annex B (contacts and list of ports and vessels) form part of it. Neither party may assign this Agreement without the other party's written consent.

Signed for Adriatik Data Services Sh.p.k.: ____________________   Date: ____________

Signed for Dalian Haixing Seafood Trading Co., Ltd.: ____________________   Date: ____________
"""

# ================================================================ labels
F = {  # key -> (file name, language, category, kind)
    "h566z01": ("h566z01_statistics_bureau_data_collection_platform.pdf", "zh", "software", "goods_or_licence"),
    "h566z02": ("h566z02_glass_fibre_bushing_furnace_control_retrofit.docx", "zh", "hardware", "goods_or_licence"),
    "h566z03": ("h566z03_car_wash_chain_membership_saas.txt", "zh", "cloud", "service"),
    "h566z04": ("h566z04_funeral_home_cremator_monitoring_om.txt", "zh", "services", "service"),
    "h566z05": ("h566z05_fermented_tofu_plant_mes_supplier_template.md", "zh", "software", "goods_or_licence"),
    "h566e01": ("h566e01_furniture_wms_licence_slovenian_vendor.pdf", "en", "software", "goods_or_licence"),
    "h566e02": ("h566e02_bakery_chain_scheduling_saas_order_form.md", "en", "cloud", "service"),
    "h566e03": ("h566e03_cold_store_temperature_sensors_supply.docx", "en", "hardware", "goods_or_licence"),
    "h566e04": ("h566e04_hotel_group_managed_it_services.md", "en", "services", "service"),
    "h566e05": ("h566e05_seafood_importer_marine_data_api.txt", "en", "cloud", "service"),
}
SRC = {"h566z01": H566Z01, "h566z02": H566Z02, "h566z03": H566Z03, "h566z04": H566Z04, "h566z05": H566Z05,
       "h566e01": H566E01, "h566e02": H566E02, "h566e03": H566E03, "h566e04": H566E04, "h566e05": H566E05}

# terms: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, sub, law
# extra: sla_clause, ld_stated, capped (goods only), deemed, value
T = {
    "h566z01": (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC",
                True, True, True, False, 1678000),
    "h566z02": (None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 6, 22, False, True, False, "PRC",
                True, True, True, False, 1732000),
    "h566z03": (99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
                "PRC", True, True, None, False, 538000),
    "h566z04": (None, 0.5, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False, True, True,
                "PRC", True, True, None, False, 386000),
    "h566z05": (None, 8, False, "supplier", True, True, False, None, 25, 50, False, False, 6, None, False, True, None,
                "PRC", True, False, False, True, 770000),
    "h566e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
                "Slovenia", True, True, True, False, 1250000),
    "h566e02": (99.95, 0.5, True, "buyer", True, True, True, 300 / 288000 * 100, 6 / 24 * 100, None, True, None, None,
                None, False, True, True, "PRC", True, True, None, False, 288000),
    "h566e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7.5, False, True, False,
                "PRC", True, True, True, False, 666000),
    "h566e04": (99.95, 0.25, True, "buyer", False, True, True, 2000 / 2162800 * 100, 125, None, True, None, None, None,
                False, False, False, "PRC", True, True, None, False, 2162800),
    "h566e05": (None, None, False, "buyer", True, True, True, 250 / 192000 * 100, 200, None, True, None, None, None,
                True, True, False, "PRC", False, True, None, False, 192000),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"h566z01": 860000, "h566z02": 1532000, "h566z05": 420000, "h566e01": 906000, "h566e03": 604080}
# forum outside mainland China (my design record; only e01: Ljubljana)
FOREIGN_FORUM = {"h566e01"}

DESIGN = {
    "h566z01": [],
    "h566z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h566z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h566z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h566z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h566e01": ["CR-GOVERNING-LAW"],
    "h566e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h566e03": [],
    "h566e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h566e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}


def label(key):
    name, lang, cat, kind = F[key]
    v = T[key]
    terms = dict(zip(TERM_KEYS, v[:18]))
    terms["contract_kind"] = kind
    extra = {"sla_clause": v[18], "ld_stated": v[19]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = v[20]
    extra["acceptance_deemed_on_delivery"] = v[21]
    extra["contract_value"] = v[22]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


def tco_share(key, lab):
    """policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def rules(key, lab):
    """My own reading of policy.md §3 (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key, lab)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ================================================================ threshold scan
_N = r"(?<![\d.])"
PATTERNS = [
    r"99\.9(?!\d)\s*(%|％|per\s*cent)", r"百分之九十九点九(?!\d|[零一二三四五六七八九])",
    _N + r"4\s*(小时|个小时|h\b|hours?\b|-hour)", r"(?<![十\d])四\s*(个)?小时", r"(?i)\bfour[\s-]*hours?",
    _N + r"240\s*(分钟|min)",
    _N + r"0\.050*(?!\d)\s*(%|％|per\s*cent)", r"万分之五(?![十\d])", r"千分之零点五", _N + r"0\.5\s*‰",
    _N + r"100\s*(%|％|(?i:per\s*cent))", r"百分之百", r"(?i)one\s*hundred\s*per\s*cent",
    _N + r"30\s*(%|％|(?i:per\s*cent))", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?i)thirty\s*per\s*cent",
    _N + r"12\s*(个)?月", r"十二个月", r"(?i)twelve[\s-]*months?", _N + r"12[\s-]*months?", r"(?<![第\d])一年",
    r"(?i)\bone[\s-]*years?\b", _N + r"1\s*年(?!度)", _N + r"1[\s-]*years?\b",
    _N + r"15\s*(%|％|(?i:per\s*cent))", r"百分之十五(?![一二三四五六七八九点])", r"(?i)fifteen\s*per\s*cent",
    _N + r"40\s*(%|％|(?i:per\s*cent))", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"(?i)forty\s*per\s*cent",
    _N + r"5\s*年", r"五年", r"(?i)\bfive[\s-]*years?", _N + r"5[\s-]*years?\b", _N + r"60\s*(个)?月",
    _N + r"60[\s-]*months?", r"(?i)sixty\s*months",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十", "5年", "5 年",
            "五年", "five years", "5 years", "60 months", "60个月", "0.050%", "30 per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "140%",
             "1100%", "130%", "0.3%", "99.5%", "14 hours", "二十四小时", "第一年度", "15日", "30日", "150日",
             "Subscription Year", "2015 years", "0.055%", "12.5%", "112个月", "40 days", "one business day"]


def scan(text):
    hits = []
    for rx in RX:
        for m in rx.finditer(text):
            hits.append(m.group(0))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())


TARGETS = {k: (F[k][0], F[k][0].rsplit(".", 1)[1]) for k in F if F[k][0].endswith((".docx", ".pdf"))}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write({k: SRC[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    for k, (name, lang, cat, kind) in F.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    cover = set()
    bad = []
    for k, (name, lang, cat, kind) in F.items():
        lab = label(k)
        exp = rules(k, lab)
        assert exp == sorted(DESIGN[k]), (k, exp, DESIGN[k])
        cover |= set(exp)
        lab["expected_rules"] = exp
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        txt = read_back(OUT / name)
        n = measure(lang, txt)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        risk = "high" if set(exp) & HIGH else ("medium" if exp and set(exp) != {"CR-GOVERNING-LAW"} else "low")
        sh = tco_share(k, lab)
        print(f"{name}: {lang} {n} {'OK' if ok else 'OUT OF RANGE'} rules={exp} risk={risk}"
              + (f" tco_share={sh:.2f}" if sh is not None else ""))
        if not ok:
            bad.append((name, n))
        src_plain = "\n".join(l.partition(":")[2] for l in SRC[k].splitlines()) if name.endswith(
            (".docx", ".pdf")) else SRC[k]
        for v in variants(txt) + variants(SRC[k]) + variants(src_plain):
            h = scan(v)
            if h:
                bad.append((name, "threshold", h))
        # label values must not sit on thresholds
        t = lab["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if sh is not None:
            assert abs(sh - 40) > 2, (k, sh)
    assert cover == set(ALL_RULES), set(ALL_RULES) - cover
    print("coverage: all", len(cover), "rules")
    if bad:
        for b in bad:
            print("PROBLEM", b)
        sys.exit(1)
    print("all checks passed")
