"""holdout464: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md drafts directly, the .docx/.pdf drafts through ../word_pdf.py (wrap_words=True), the .json labels
(one-space indent, no trailing newline), then reads every built file back, checks lengths, sums, the threshold scan
and the coverage of all 20 CR rules by expected rules derived from the labels (own reading of policy.md section 3).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01: PDF (buyer's paper, 政府采购), 第X条
Z01 = """T:江州市排污许可监管平台建设项目合同
P:合同编号：JZHB-ZFCG-2025-037；采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市生态环境局；地址：江州市滨河东路88号
P:乙方（供应商）：青禾环境信息技术有限公司；地址：江州市高新区云谷路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及江州市排污许可监管平台建设项目（项目编号：JZCG2025-H118）的招标文件、乙方投标文件和中标通知书，甲乙双方经平等协商，就平台软件许可、定制开发及实施服务事宜签订本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供排污许可监管平台软件许可（市级部署，不限用户数），并按招标文件完成以下定制开发：排污许可证核发与变更审查流程、证后执法检查移动端、自行监测数据与在线监测系统对接、执行报告智能审核、排污单位信用评价看板。
P:1.2 乙方负责将甲方现有排污单位台账、许可证电子档案及近三年执行报告迁移至新平台，并完成部署、联调、试运行和培训。
P:1.3 平台部署于江州市政务云，云资源由甲方提供，乙方负责应用层部署、安全配置和与省级排污许可管理信息平台的数据交换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万陆仟元整（¥2,066,000），为固定总价，已包含税费、差旅、第三方组件费用及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|排污许可监管平台软件许可|1套|1,180,000
TB:2|定制开发（五个业务模块）|1项|642,000
TB:3|历史数据迁移|1项|158,000
TB:4|实施部署及培训|1项|86,000
TB:合计|||2,066,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥413,200。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥929,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥723,100。
P:3.4 本项目资金来源为财政资金，付款时限按财政国库集中支付的有关规定执行。
P:3.5 乙方每次申请付款时，应提交付款申请、对应阶段的验收文件和合法有效的发票；资料不全的，甲方付款时间相应顺延。
H:第四条 工期
P:4.1 乙方应于合同签订后90日内完成部署与数据迁移并提交初验申请，于初验合格后60日内完成试运行并提交终验申请。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、技术负责人、进度计划和质量保证措施，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 甲方应按时提供政务云资源、历史数据和必要的工作场所，并指定专人负责项目协调；因甲方原因导致工期延误的，工期相应顺延。
P:4.4 乙方应为甲方业务人员和系统管理员各组织不少于两期集中培训，并为各区分局提供现场操作指导，使甲方人员能够独立使用和日常管理平台。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能点逐项测试通过；迁移数据经全量比对记录数一致，抽查差错率不高于万分之一；在线监测数据接口连续10日传输完整；300个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：初验后连续试运行60日无一级故障；第三方测评机构出具的安全测评报告无高危漏洞；源代码、数据字典、操作手册等全部文档已移交。
P:5.3 验收由甲方组织，必要时邀请专家参加；验收合格的，双方签署验收报告。平台上线运行、甲方使用或甲方付款均不视为验收合格。
H:第六条 知识产权
P:6.1 平台软件的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属分局。
P:6.2 本项目定制开发的程序、接口、数据模型、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
H:第七条 质量保证与运维服务
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和季度巡检服务。
P:7.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或许可证核发业务中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次一工作日内解决。
P:7.3 乙方未达到上述服务水平的，每超时1小时，甲方按1,000元扣款；月可用率每低于承诺值0.01个百分点，甲方按2,000元扣款，从应付款项或履约保证金中扣除。
P:7.4 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过软件许可费的9%（即不超过¥106,200），三个服务年度内不得上调。运维合同由双方另行签订，不自动续期。
H:第八条 数据安全
P:8.1 平台中的排污单位信息、许可证数据、监测数据及执法记录均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕，不得将数据导出至政务云以外。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应于2小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、排污单位商业信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按应付未付款项的万分之三向乙方支付违约金。
P:10.3 交付成果不符合合同约定的，乙方应在甲方规定期限内免费整改，并赔偿甲方由此造成的损失。
H:第十一条 分包
P:11.1 乙方不得将本项目转包，也不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在15日内移交已完成的定制开发成果、源代码、文档和甲方全部数据，甲方按已验收部分结算价款。
P:12.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件和中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市生态环境局；乙方（盖章）：青禾环境信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿；法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02: DOCX with a Word price table, 1. / 1.1
Z02 = """T:挤塑生产线控制系统改造及维保合同
P:合同编号：DL-SB-2025-0612
P:甲方（买方）：东岭电缆股份有限公司　　地址：安徽省芜湖市三山区电缆产业园8号
P:乙方（卖方）：恒拓自动化工程有限公司　　地址：江苏省常州市武进区凤林路121号
P:鉴于甲方拟对其6条交联及护套挤塑生产线的电气控制系统进行改造，乙方具备相应的设计、供货、编程和调试能力，双方根据《中华人民共和国民法典》，经协商一致订立本合同。
H:1. 改造范围
P:1.1 乙方负责6条挤塑生产线控制系统的设计、供货、安装、程序开发、调试和培训，包括PLC控制柜、伺服驱动及电机、在线测径仪、触摸屏、工艺配方管理软件及数据采集服务器。
P:1.2 改造后应实现挤出机、牵引、收放线的速度联动控制，外径闭环调节，火花试验机报警联锁停机，以及工艺配方下发和生产数据采集。
P:1.3 改造须分线进行，每条线停产改造时间不超过7日，以减少对甲方生产的影响。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰伍拾伍万伍仟元整（¥1,555,000），含税、运输、保险、安装及调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|6套|86,000|516,000
TB:2|伺服驱动及电机|6套|58,000|348,000
TB:3|在线测径仪|6台|32,000|192,000
TB:4|触摸屏HMI|6台|9,500|57,000
TB:5|工艺配方管理软件许可（永久）|1套|168,000|168,000
TB:6|数据采集服务器|1套|64,000|64,000
TB:|硬件及软件小计|||1,345,000
TB:7|安装调试及程序开发|1项|186,000|186,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,555,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥311,000。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%，即¥699,750。到货签收和安装调试完成不代表验收合格。
P:3.3 6条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥544,250。
H:4. 交货与工期
P:4.1 乙方应于合同生效后45日内将全部设备运至甲方现场，并于到货后75日内完成全部6条生产线的改造调试。
P:4.2 乙方应在每条线停产改造前10日提交施工方案和停线计划，经甲方生产部门确认后实施。改造期间乙方人员应遵守甲方安全生产管理制度，动火、登高和带电作业须办理作业票。
P:4.3 设备到货时，双方共同开箱检验型号、数量和外观，并签署到货清单。乙方应随货提供合格证、出厂检验报告、电气原理图和使用说明书。
P:4.4 乙方应为甲方操作工和电气维修人员提供现场培训，每条线培训不少于两个班次，培训后甲方人员应能独立完成配方调用、参数调整和常见报警处理。
P:4.5 甲方应提供设备存放场地、施工用电和必要的配合人员，并按计划安排停线。
P:4.6 乙方应在每条线改造完成后7日内提交竣工资料，包括电气图纸、PLC程序备份、参数清单和调试记录，最终验收前提交全部资料的纸质版和电子版。
H:5. 验收
P:5.1 每条生产线改造完成后连续生产72小时，外径波动控制在±0.03毫米以内，速度联动偏差不超过0.2%，火花报警联锁动作正确率达到设计要求，且数据采集完整。
P:5.2 全部生产线单线验收合格后，再连续运行30日无停线故障的，甲方组织最终验收并签署验收证书。设备投入生产使用不视为验收合格。
H:6. 质量保证
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 服务响应：一级故障（整线停机）乙方应在1小时内远程响应，6小时内工程师到场；二级故障（单一功能失效）2小时内响应，次日到场。
P:6.3 乙方未按约定时间响应或到场的，每超时1小时，甲方按800元扣款。
P:6.4 质保期内乙方应每季度对改造后的控制系统进行一次巡检，检查接线、散热、程序备份和测径仪标定情况，并提交巡检报告。质保期内更换的部件，其质保期自更换之日起重新计算。
H:7. 质保期满后的维保
P:7.1 质保期满后，乙方提供全包维保服务（含备品备件、定期巡检及程序优化），维保年费按硬件及软件小计的26%计取，即每年¥349,700，该价格在质保期满后三个服务年度内固定不变。
P:7.2 维保服务按服务年度结算，甲方于每个服务年度结束后30日内支付。
P:7.3 维保服务的响应时间、到场时间和扣款标准与质保期内相同。乙方应在甲方现场常备关键备件，包括伺服驱动器、PLC模块和测径仪探头，备件消耗后10日内补齐。
P:7.4 维保合同期满前60日，双方协商是否续签；未续签的，维保服务到期终止。
H:8. 知识产权
P:8.1 为本项目编写的PLC程序、HMI画面、配方数据结构及接口程序归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
P:8.2 工艺配方管理软件的著作权属于乙方，乙方授予甲方永久使用许可。
P:8.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部费用。
H:9. 数据安全与保密
P:9.1 生产工艺参数、配方和生产数据属于甲方，乙方仅为本合同目的使用，不得复制或带离现场。
P:9.2 乙方远程维护须经甲方批准，使用甲方提供的VPN账号，每次访问留存日志；发生数据泄露或被篡改的，乙方应立即通知甲方，因乙方原因造成的损失由乙方赔偿。
P:9.3 双方对在履约中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得披露。
P:9.4 乙方人员进入甲方生产区域应佩戴工作证，不得拍摄生产线和工艺配方画面；乙方调试用电脑接入甲方网络前须经甲方信息部门进行病毒检查。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:10.3 乙方提供的设备或软件不符合合同约定的，甲方有权要求乙方在15日内更换或整改；整改后仍不合格的，甲方有权退货，乙方应退还相应款项并赔偿甲方的停产损失。
H:11. 分包
P:11.1 乙方可将现场电缆敷设、桥架安装等电气安装工作交由其合作安装单位实施，但应在进场前书面告知甲方，乙方对其工作质量负责。
H:12. 合同解除
P:12.1 乙方逾期超过30日，或改造后的生产线经两次整改仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，双方协商延期或解除合同。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交芜湖仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收大纲。
P:甲方：东岭电缆股份有限公司（盖章）　　乙方：恒拓自动化工程有限公司（盖章）
P:代表签字：＿＿＿＿　　代表签字：＿＿＿＿　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03: TXT, 一、（一）
Z03 = """茶饮门店点单及供应链SaaS服务合同

合同编号：CY-IT-2025-019

甲方（客户）：长沙茶语餐饮管理有限公司
地址：湖南省长沙市岳麓区麓谷大道627号
乙方（服务商）：云栈科技（杭州）有限公司
地址：浙江省杭州市余杭区文一西路998号

鉴于甲方经营“茶语”茶饮连锁品牌，直营门店85家，中央仓1个，需统一的门店点单收银、会员营销和供应链管理系统；乙方为SaaS软件服务商，双方经协商，就乙方向甲方提供SaaS订阅服务及实施服务事宜，达成如下协议。

一、服务内容
（一）乙方向甲方85家门店提供点单收银、小程序点单、外卖平台订单聚合、会员及储值卡、营销活动管理模块的SaaS订阅服务。
（二）乙方向甲方中央仓提供供应链模块，包括门店要货、采购、入库、配送、盘点、效期管理和成本核算。
（三）乙方负责实施服务：门店设备适配、菜单及配方导入、会员数据迁移、与甲方财务软件及外卖平台对接、店长及员工培训。
（四）服务期为两个服务年度，自2025年9月1日起至2027年8月31日止。
（五）甲方负责提供门店收银设备、网络环境、菜单价格和会员数据，并指定项目联系人；乙方负责提供不少于3人的实施团队，门店上线当日安排人员现场或远程值守。
（六）服务期内乙方提供7×16小时在线客服和远程技术支持，并为新入职店员提供在线培训课程和操作手册。
（七）乙方应为甲方指定不少于1名客户成功经理，每月回访甲方运营部门，收集门店使用问题并提交月度服务报告，内容包括系统可用率、故障处理情况和功能优化计划。

二、服务费用
（一）本合同总价为人民币捌拾肆万元整（¥840,000），明细如下：
    1. 门店SaaS订阅费：85家×3,600元/店/服务年度×2个服务年度=612,000元；
    2. 供应链模块订阅费：68,000元/服务年度×2个服务年度=136,000元；
    3. 实施服务费（一次性）：92,000元。
（二）新增门店按3,600元/店/服务年度的单价按月折算计费，不计入本合同总价。
（三）上述费用已包含服务期内的版本升级、常规功能优化、云服务器和短信通道费用，乙方不得另行收取。

三、付款方式
（一）实施服务费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，每季度费用为93,500元，甲方于每季度首月15日前支付当季费用。首个季度自上线验收合格之日起计算，上线验收前甲方无需支付任何费用。
（三）乙方应在每次收款前开具合法有效的增值税专用发票。
（四）因乙方原因导致上线延期的，订阅费计费起始日不变更为更早日期，实际上线前的期间不计收订阅费。

四、续期
（一）服务期届满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前书面通知甲方新的价格。

五、上线与验收
（一）乙方应在合同签订后45日内完成全部85家门店和中央仓的上线。
（二）上线验收标准：全部门店可正常点单、收银和出具小票；小程序及外卖订单与门店订单数据一致；中央仓要货、配送、入库流程连续运行10日，账实差异率不高于千分之二；会员数据迁移后余额逐户核对无误；晚高峰下单响应时间不超过1秒。
（三）甲方在收到验收申请后7个工作日内组织验收，验收合格的签署上线验收单。门店开始使用系统不视为验收合格。

六、服务水平
（一）乙方承诺系统月可用率不低于99.5%（计划内维护时间除外，计划维护须提前48小时通知并安排在凌晨1点至6点之间）。
（二）一级故障（超过10家门店无法点单或收银）30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决。
（三）月可用率低于承诺值的，当月订阅费按每低0.1个百分点抵扣2%计算，最高抵扣当月订阅费的20%；一级故障未按时恢复的，每超时1小时抵扣1,000元。

七、数据归属与数据安全
（一）甲方的订单数据、会员数据、商品及配方数据、供应商和库存数据均属于甲方。乙方仅为提供本合同服务使用上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，实施加密存储和传输、分级权限管理和操作日志审计，并每日备份。乙方系统应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方应赔偿甲方全部损失，包括甲方向会员承担的赔偿。
（四）合同终止后30日内，乙方应按甲方要求导出并移交全部数据，并在甲方确认后删除。
（五）乙方应配合甲方开展个人信息保护合规检查，会员个人信息的收集和使用应符合《中华人民共和国个人信息保护法》，未经甲方同意不得向会员发送乙方或第三方的营销信息。

八、保密
（一）双方对在合作中获知的对方经营信息、配方、价格和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

九、知识产权
（一）SaaS平台的知识产权归乙方。
（二）乙方为甲方定制的报表、接口程序和营销活动模板归甲方所有，甲方可自由使用和修改。
（三）乙方保证平台及其使用的第三方组件不侵犯他人知识产权，因此给甲方造成损失的，由乙方承担赔偿责任。
（四）甲方的品牌标识、菜单图片和营销文案归甲方所有，乙方仅可在本合同服务中使用。

十、违约责任
（一）乙方未按本合同第五条（一）约定时间完成上线的，每逾期一日，按合同总价的万分之八支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全事件和故意违约造成的损失不受此限。

十一、转包与分包
（一）未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收取的未履行期间的费用并赔偿损失。
（二）连续两个月月可用率低于98%的，甲方有权解除合同。
（三）甲方提前解除合同的，应提前30日书面通知乙方，并支付截至解除日的订阅费；已支付的实施服务费不予退还。
（四）合同终止或解除后，乙方应保留甲方数据30日供甲方导出，期间不得删除。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交长沙仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
服务期内乙方对系统功能进行重大调整或下线某项功能的，应提前60日书面通知甲方，不得降低本合同约定的服务范围和服务水平。

甲方（盖章）：长沙茶语餐饮管理有限公司
授权代表：
日期：2025年  月  日

乙方（盖章）：云栈科技（杭州）有限公司
授权代表：
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04: TXT, 第X条 with （1）
Z04 = """澄江市总工会职工服务平台运维服务合同

项目编号：CJZFCG-2025-CS-041
采购方式：竞争性磋商

采购人（甲方）：澄江市总工会
地址：澄江市人民中路52号
供应商（乙方）：信达数智运维服务有限公司
地址：澄江市经济开发区创业大道19号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就澄江市总工会职工服务平台（含“澄江职工之家”App、微信小程序、门户网站及后台管理系统）运维服务事宜，经协商一致，订立本合同。

第一条 服务内容
（1）驻场运维：乙方派驻2名运维工程师在甲方信息中心工作，工作日8:30至17:30在岗，负责系统监控、日常巡检、用户账号管理和问题处理。
（2）应用系统维护：负责App、小程序、门户网站及后台的缺陷修复、小版本功能调整（全年累计不超过300人天）、会员入会审核、职工普惠活动、困难职工帮扶和法律援助预约等功能的运行保障。
（3）云资源代管：负责甲方租用的政务云主机、数据库和存储的日常管理、备份作业执行和资源使用报告。
（4）安全巡检：每季度开展一次漏洞扫描和基线检查，配合甲方完成等级保护测评整改。
（5）用户服务：通过平台客服热线和在线客服受理职工咨询和投诉，工作日受理时间不少于8小时，并每月汇总分析职工反馈问题。
（6）版本发布：应用版本发布前应在测试环境完成测试，发布方案经甲方确认后在非工作时间实施，并做好回退准备。

第二条 服务期限
服务期自2025年8月1日起至2026年7月31日止。服务期满本合同终止，后续服务由甲方重新组织采购。

第三条 合同金额
（1）本合同总金额为人民币陆拾万捌仟元整（¥608,000），为固定总价，明细如下：
驻场运维人员：2人×198,000元=396,000元；
应用系统维护：128,000元；
云资源代管：46,000元；
安全巡检及等保测评配合：38,000元。
（2）合同总金额已包含人员工资、社保、差旅、工具及税费，甲方不再支付其他费用。

第四条 付款方式
（1）服务费按季度支付，每季度152,000元。
（2）每季度结束后，甲方按第六条组织季度考核，考核通过后15个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
（3）本合同不设预付款。
（4）乙方应在每次付款前开具合法有效的发票，并随附当季运维报告和考核结果确认单。

第五条 服务要求
（1）故障分级：一级故障指App、小程序或门户网站整体无法访问，或会员数据无法查询；二级故障指单一功能异常；三级故障指一般咨询和优化需求。
（2）响应时限：一级故障30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障2个工作日内答复。
（3）重大活动（如劳模评选、职工普惠季）期间，乙方应安排专人值守。
（4）乙方每月5日前提交上月运维报告，内容包括故障统计、巡检结果、资源使用情况和改进建议。
（5）乙方应编制应急预案，每半年组织一次故障恢复演练，并将演练记录报甲方备案。
（6）数据库和应用配置每日执行增量备份，每周执行全量备份，乙方每月抽取一次备份进行恢复测试，确保备份可用。

第六条 考核与验收
（1）甲方按季度对乙方服务进行考核，考核指标包括故障响应及时率、恢复及时率、巡检完成率、运维报告质量和用户满意度，满分100分，80分以上为合格。
（2）一级故障未按时响应或恢复的，每次扣减当季服务费2,000元；二级故障未按时处理的，每次扣减500元；驻场人员无故缺勤的，每人每日扣减800元。
（3）服务期满后，甲方根据四个季度的考核结果和运维文档移交情况进行终验，出具服务验收意见。
（4）用户满意度通过平台内问卷和基层工会座谈会收集，每季度不少于200份有效问卷，满意度低于85分的，乙方应提交整改计划。
（5）考核结果由甲方书面通知乙方，乙方有异议的，可在5个工作日内提出复核申请。

第七条 人员要求
（1）驻场人员应具有相关专业背景和两年以上运维经验，名单经甲方确认后不得擅自更换；确需更换的，应提前10日书面申请并经甲方同意。
（2）乙方人员应遵守甲方的工作制度和机房管理规定。
（3）乙方应为驻场人员缴纳社会保险，驻场人员的劳动关系、工资待遇和人身安全由乙方负责，与甲方无关。
（4）甲方应为驻场人员提供办公场所、网络和必要的系统访问权限，并指定信息中心工作人员负责日常对接和工作确认。
（5）驻场人员每日填写工作日志。

第八条 数据归属
平台中的会员信息、帮扶档案、活动记录和业务数据属于甲方所有，乙方不得将其用于本合同以外的任何目的。

第九条 保密
（1）乙方及其人员对工作中知悉的甲方工作信息、会员个人信息和系统账号密码负有保密义务，不得向任何第三方披露。
（2）乙方应与驻场人员签订保密承诺书并报甲方备案。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在运维过程中编写的运维脚本、配置文档、操作手册和运维报告归甲方所有。
乙方使用的第三方运维工具应为正版软件，因乙方使用的工具侵犯第三方知识产权引起的纠纷由乙方负责处理并承担费用。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给第三方。乙方使用劳务派遣人员担任驻场人员的，视为违反本条约定。

第十二条 违约责任
（1）乙方未按合同约定提供服务的，应承担继续履行、采取补救措施的责任，并按第六条接受考核扣款。
（2）甲方未按约定支付服务费的，应在乙方催告后及时支付。
（3）乙方驻场人员违反甲方工作制度或机房管理规定的，甲方有权要求乙方更换，乙方应在5个工作日内派出符合要求的替换人员。

第十三条 合同解除
（1）乙方连续两个季度考核不合格，或因乙方原因发生一级故障且超过24小时未恢复的，甲方有权书面通知解除本合同。
（2）合同解除的，甲方按乙方实际提供服务的期间和考核结果结算服务费。
（3）乙方提前解除合同的，应提前60日书面通知甲方，并继续提供服务直至甲方完成新服务商的采购和交接。

第十四条 服务交接
服务期满或合同解除时，乙方应在10个工作日内移交全部账号、密码、脚本、文档和备份介质，并配合新服务商完成交接。
交接期间乙方应保证平台正常运行，不得以任何理由停止服务或删除系统配置。交接完成后，双方签署交接确认单。

第十五条 不可抗力
因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
不可抗力影响消除后，乙方应尽快恢复服务，并向甲方提交受影响期间的情况说明。

第十六条 争议解决
因本合同发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同未尽事宜，按磋商文件和响应文件执行。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：澄江市总工会
负责人或授权代表：
乙方（盖章）：信达数智运维服务有限公司
法定代表人或授权代表：
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05: MD, supplier's template, "## 第X条"
Z05 = """# 智链工业软件许可及实施合同

> 智链标准合同文本 V3.0（乙方格式文本）

合同编号：ZL-2025-QD-0388

甲方（用户）：龙口金穗粉丝食品有限公司
地址：山东省龙口市诸由观镇工业园6号

乙方（供应商）：智链工软（青岛）信息技术有限公司
地址：山东省青岛市崂山区株洲路151号

甲方为实现粉丝生产过程和成品仓储的信息化管理，向乙方采购智链MES生产管理软件和智链WMS仓储管理软件许可，并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智链MES生产管理模块和WMS仓储管理模块的永久使用许可，部署于甲方厂区服务器。

1.2 乙方按甲方需求进行定制开发：淀粉投料与和浆配比管理、漏粉及冷冻工序参数采集、晾晒房温湿度监控、成品批次追溯码打印、原料及成品出入库条码管理、与甲方现有财务软件的接口。

1.3 乙方负责系统安装部署、基础数据初始化、操作培训和上线支持，实施地点为甲方龙口厂区。

1.4 甲方负责提供服务器、网络、条码打印机和扫码枪等硬件设备，以及物料编码、工艺参数、库位等基础资料，并指定项目负责人配合乙方工作。

1.5 乙方提供的软件版本为签约时的最新正式版本，后续版本升级仅在甲方购买维护服务期间提供。

1.6 许可范围：MES模块许可并发用户30个，WMS模块许可并发用户20个，仅限甲方龙口厂区使用；增加用户或增加厂区的，按乙方价格另行购买许可。

## 第二条 合同价款

合同总价为人民币柒拾陆万陆仟元整（¥766,000），明细如下：

|序号|项目|数量|金额（元）|
|---|---|---|---|
|1|智链MES生产管理模块许可|1套|268,000|
|2|智链WMS仓储管理模块许可|1套|196,000|
||软件许可小计||464,000|
|3|定制开发（工艺追溯、条码、接口）|1项|238,000|
|4|实施部署及培训|1项|64,000|
||合计||766,000|

## 第三条 付款方式

3.1 合同签订后7日内，甲方向乙方支付合同总价的50%，即¥383,000。乙方收到该款项后开始实施。

3.2 系统上线运行后7日内，甲方支付合同总价的50%，即¥383,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

4.1 乙方应在收到首付款后90日内完成系统部署和定制开发，并通知甲方上线。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未按时付款、未及时提供基础资料或硬件环境导致延期的，交付期限相应顺延，乙方不承担违约责任。

4.4 甲方应在上线前完成历史库存盘点，并按乙方提供的模板整理物料、批次和库位数据。

## 第五条 验收

5.1 系统在甲方生产现场上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的修改需求，乙方视情况另行报价。

5.3 乙方向甲方提交系统安装说明、用户操作手册和管理员手册电子版各一份，纸质版需另行购买，定制开发部分不提供设计文档。

5.4 乙方为甲方关键用户提供两次集中培训，每次不超过两天，额外培训按乙方人天单价另行收费。

5.5 上线后甲方发现的程序缺陷，乙方在免费维护期内负责修复；甲方新增的报表、流程或接口需求属于需求变更，由双方另行签订变更协议并确定费用和工期。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复和电话远程支持。

6.2 免费维护期内的现场服务，乙方收取差旅费用，并按乙方人天单价另行计费；因甲方硬件、网络或操作原因导致的问题不属于免费维护范围。

6.3 免费维护期内，一级故障（系统无法登录或生产数据无法录入）乙方于8小时内响应，二级故障于2个工作日内响应。

6.4 乙方将尽力按上述时间处理故障，但未能按时响应或解决的，乙方不承担任何扣款、赔偿或违约责任。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费用按乙方当年度公布的价格标准执行。

7.2 维护合同签订前，乙方不负有提供维护服务的义务，甲方需要临时支持的，按次收费。

## 第八条 知识产权

8.1 智链MES、WMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、报表、接口及相关源代码，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、质量、库存数据归甲方所有。

9.2 乙方可将上述数据进行脱敏处理后，用于乙方产品改进、算法训练和食品行业分析报告，该使用不受合同期限限制。

9.3 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据。发生数据泄露或丢失的，乙方应在24小时内通知甲方；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

9.4 甲方应自行做好服务器的日常备份和病毒防护，因甲方原因造成的数据丢失由甲方自行负责。

9.5 乙方远程维护时，应通过甲方开通的远程账号登录，维护完成后由甲方关闭账号；乙方不得在维护过程中下载与故障处理无关的数据。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任总额，不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

11.3 因甲方自行修改系统配置、在服务器上安装其他软件或操作不当造成的故障，乙方不承担责任，修复费用另计，乙方人员差旅及住宿费用由甲方承担。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

因地震、洪水、疫情、政府行为等不可抗力不能履行合同的，受影响方不承担责任，但应及时通知对方并提供证明。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交青岛仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方格式文本，双方另有书面约定的，以书面约定为准。

14.3 双方的通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，送达即生效。

14.4 本合同附件包括：需求说明书、定制开发功能清单、实施计划。附件与正文不一致的，以正文为准。

14.5 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

|甲方（盖章）：龙口金穗粉丝食品有限公司|乙方（盖章）：智链工软（青岛）信息技术有限公司|
|---|---|
|授权代表：|授权代表：|
|日期：2025年＿月＿日|日期：2025年＿月＿日|
"""

# ---------------------------------------------------------------- e01: PDF, Article N (Brazil vendor)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SAS-MY-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Serra Azul Sistemas Ltda., a company organised under the laws of Brazil with its registered office at Rua Barao de Jaguara 1481, Campinas, Sao Paulo, Brazil ("Vendor"), and Foshan Mingyao Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 9 Taoci Road, Nanzhuang Town, Chancheng District, Foshan, Guangdong ("Customer").
P:Background. Customer operates four tile production lines, two kilns and a raw-material preparation plant in Foshan. Customer wishes to replace its spreadsheet-based maintenance records with Vendor's PlantCare enterprise asset management software. Vendor has agreed to grant perpetual licences to the software and to configure, integrate and implement it for Customer on the terms below. At Customer's request all prices are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Vendor's PlantCare EAM software, version 8, in object code, including the mobile work-order application, together with the user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-conversion scripts, configuration workbooks and other materials Vendor creates specifically for Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software by or for Customer, including asset registers, maintenance histories, spare-part stock and sensor readings.
P:1.4 "Go-Live" means the first day on which Customer uses the Software in production at all four lines. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of Customer and its wholly owned subsidiaries in mainland China, for up to 60 named users, and a site licence for the mobile application at the Foshan plant.
P:2.2 Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery. Customer shall not reverse engineer, decompile or resell the Software, except to the extent such restriction is not permitted by applicable law.
P:2.3 Additional named users may be purchased at the unit price in Article 3 for the first three years after Final Acceptance.
H:Article 3 Fees
P:3.1 The total price of this Agreement is CNY 748,000, made up as follows: (a) 60 named-user perpetual licences at CNY 6,800 each, CNY 408,000; (b) mobile application site licence, CNY 96,000; licence subtotal CNY 504,000; (c) configuration and integration with Customer's ERP system and kiln control system, CNY 168,000; (d) migration of historical maintenance data, CNY 54,000; (e) training of administrators, planners and technicians, CNY 22,000.
P:3.2 The services in items (c) to (e) are provided at a fixed price. Vendor's travel and living expenses for up to six site visits are included; further visits requested by Customer will be charged at cost after Customer's written approval.
P:3.3 All prices include Chinese value-added tax, withholding tax and any other taxes. Vendor shall issue valid invoices through its Shanghai representative office or its appointed local agent.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the total price (CNY 149,600) within 15 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 Customer shall pay 45% of the total price (CNY 336,600) within 15 days after Go-Live. Go-Live is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the total price (CNY 261,800) within 15 days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY to the account named on the invoice.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 Vendor shall deliver the Software within 10 days after signature and shall achieve Go-Live within 120 days after signature, according to the project plan agreed at the kick-off meeting.
P:5.2 Before Go-Live Vendor shall run user acceptance tests with Customer's planners. The tests must show that: (a) all 3,200 assets and their maintenance histories have been migrated and reconcile with the source records; (b) preventive-maintenance work orders are generated on schedule from run-hours received from the kiln control system; (c) spare-part issues post correctly to the ERP system; and (d) the mobile application works offline and synchronises within 2 minutes after reconnection.
P:5.3 Final Acceptance occurs when the Software has run in production for 45 consecutive days after Go-Live without a Severity 1 incident, all Custom Deliverables and documentation have been delivered, and Customer signs the acceptance certificate. Customer shall not unreasonably withhold its signature. Use of the Software in production does not by itself constitute acceptance.
P:5.4 If Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay Customer delay damages of CNY 600 for each day of delay, up to a maximum of CNY 60,000.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the agreed specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, provide new releases and provide remote support free of charge.
P:6.2 Support is provided by Vendor's Mandarin-speaking support team in Campinas and its partner engineers in Guangzhou. For a Severity 1 incident (the Software is unavailable, or work orders cannot be created at any line) Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours. For a Severity 2 incident Vendor shall respond within 2 hours and fix within 3 business days.
P:6.3 For each full hour by which Vendor exceeds a Severity 1 response or fix time, Customer may deduct CNY 500 from any amount due to Vendor, or Vendor shall credit that amount against the next support invoice.
P:6.4 After the Warranty Period, Customer may order annual support. The annual support fee is 13% of the licence subtotal, that is CNY 65,520 per support year, and is fixed for the first three support years. Support does not renew automatically; each support year requires a purchase order from Customer.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to Customer on payment. Vendor shall deliver the source code of the interfaces and scripts, and Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor may access and use Customer Data only to perform this Agreement and shall not copy it outside Customer's systems.
P:8.2 Remote access by Vendor shall be made only through the VPN account issued by Customer, with a separate login for each engineer, and Customer may log and terminate any session. Vendor shall use test data approved by Customer in its own environment.
P:8.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data in its care, shall help Customer contain it, and shall be liable for the losses Customer suffers as a result of a breach caused by Vendor or its personnel.
H:Article 9 Delivery Personnel
P:9.1 Vendor shall name a project manager who speaks Mandarin or English and who shall remain on the project until Final Acceptance unless Customer agrees otherwise.
P:9.2 Vendor's personnel working at the Foshan plant shall follow Customer's safety rules, wear the protective equipment Customer issues and enter kiln and press areas only when accompanied by Customer's staff. Customer shall provide desks, network access and meeting rooms for Vendor's team during the implementation.
P:9.3 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any subcontractor Customer approves.
H:Article 10 Limitation of Liability
P:10.1 Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed 50% of the fees paid by Customer under this Agreement.
P:10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.
H:Article 11 Term and Termination
P:11.1 This Agreement takes effect on signature. The licences are perpetual and survive termination, except where Customer has not paid the licence fees.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach before Final Acceptance, Vendor shall refund the amounts paid for services not accepted.
H:Article 12 Force Majeure
P:12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.
H:Article 14 General
P:14.1 This Agreement, together with the project plan and the specification annex, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions have equal force.
P:For Serra Azul Sistemas Ltda.: ____________________ Name / Title / Date
P:For Foshan Mingyao Ceramics Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e02: MD, Order Form + General Terms (Argentina vendor)
E02 = """# ORDER FORM — PAMPADESK SERVICE

**Order Form No.:** PD-CN-2025-0091
**Provider:** Pampa Cloud S.R.L., Bv. Orono 1250, Rosario, Santa Fe, Argentina ("Provider")
**Customer:** Hangzhou Qingfeng Property Management Co., Ltd., 188 Wensan Road, Xihu District, Hangzhou, Zhejiang, China ("Customer")
**Service:** PampaDesk work-order, inspection and resident-request management service, Chinese-language edition, hosted in mainland China
**Subscription Term:** two Subscription Years, from 1 September 2025 to 31 August 2027
**Currency:** Chinese yuan (CNY), at Customer's request

This Order Form is entered into under, and incorporates, the PampaDesk General Terms set out below. Customer manages 18 residential communities in Hangzhou and Shaoxing and will use the Service for repair requests from residents, scheduled inspections of lifts, pumps and fire equipment, and the dispatch and tracking of its maintenance staff and contractors.

## 1. Subscriptions and Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Named user subscriptions (office and field staff) | 240 | 1,100 | 264,000 | 528,000 |
| Community module (resident app, QR inspection points) | 18 communities | 4,000 | 72,000 | 144,000 |
| Onboarding (one-time) | 1 | — | — | 48,000 |
| **Total Contract Value** | | | | **720,000** |

1.1 Onboarding covers configuration of Customer's 18 communities, import of asset lists and resident records, set-up of inspection routes and QR codes, one interface to Customer's accounting system, and four training sessions.

1.2 Additional users may be added during the Subscription Term at the unit price above, pro rata for the remaining months of the current Subscription Year. Such additions are not part of the Total Contract Value.

1.3 Additional communities taken over by Customer during the Subscription Term may be added to the community module at the unit price above, on the same pro rata basis, after Provider has loaded their assets and inspection routes.

## 2. Invoicing and Payment

2.1 The Onboarding fee is invoiced after Onboarding Acceptance under clause 3.

2.2 Subscription fees are invoiced quarterly in advance, starting on the Subscription Start Date, which is the date of Onboarding Acceptance or 1 September 2025, whichever is later. Each quarterly invoice is CNY 84,000. Nothing is payable before the Subscription Start Date.

2.3 Invoices are payable within 30 days by bank transfer in CNY to Provider's account at its Hangzhou payment agent, which will issue Chinese VAT invoices.

## 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding within 40 days after signature of this Order Form.

3.2 Onboarding Acceptance requires that: (a) all 18 communities, their assets and inspection routes are loaded and checked by Customer's engineers; (b) residents can submit a request through the resident app and receive status messages; (c) a work order can be created, dispatched, completed with photos and closed on the mobile app; (d) the accounting interface transfers chargeable repairs without error for 10 consecutive working days. Customer signs an acceptance note when the criteria are met. Use of the Service by Customer's staff before then is not acceptance.

3.3 If Provider fails to complete onboarding on time for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

## 4. Special Terms

4.1 Sub-processors approved by Customer on signature: Alibaba Cloud (hosting, Hangzhou region) and Provider's Hangzhou payment and support agent.

Signed for Pampa Cloud S.R.L.: ____________________   Date: __________

Signed for Hangzhou Qingfeng Property Management Co., Ltd.: ____________________   Date: __________

---

# PAMPADESK GENERAL TERMS

## 1. The Service

1.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with the Order Form and the documentation.

1.2 Provider may update the Service from time to time, provided that updates do not materially reduce the functions Customer has subscribed to.

1.3 Customer is responsible for its users' log-in credentials and for the accuracy of the data it enters.

## 2. Availability and Support

2.1 Provider will use commercially reasonable efforts to keep the Service available and to respond to support requests promptly. Support is available by e-mail and through the in-app help desk on business days, Beijing time.

2.2 Provider does not commit to any particular availability percentage, response time or resolution time, and no service credits or other compensation apply to interruptions of the Service.

2.3 Provider will give at least 48 hours' notice of planned maintenance and will schedule it outside 7:00 to 22:00 Beijing time where practicable.

## 3. Customer Data

3.1 Customer Data means all data submitted to the Service by or for Customer, including resident names and contact details, addresses, work orders, photos and inspection records. As between the parties, Customer Data belongs to Customer.

3.2 Customer grants Provider a licence to host, process and display Customer Data to provide the Service.

3.3 Customer also grants Provider a perpetual right to use Customer Data in aggregated and anonymised form, together with usage statistics, to improve and develop Provider's products, to train its scheduling models and to publish industry benchmarks on property maintenance. This right continues after the end of the Subscription Term.

3.4 On expiry or termination, Provider shall make Customer Data available for export for 60 days and then delete it, except the aggregated and anonymised data described in clause 3.3.

## 4. Data Security

4.1 Provider shall host the Service and Customer Data in mainland China, maintain an information security programme certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it and log all administrative access.

4.2 Provider shall comply with the Personal Information Protection Law of the PRC in processing residents' personal information as Customer's entrusted party.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it and shall compensate Customer for the losses, regulatory penalties and resident claims resulting from an incident caused by Provider's failure to comply with this clause.

## 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Agreement and disclose it only to employees and advisers who need it and are bound by similar obligations. These obligations continue for three years after the end of the Agreement.

## 6. Intellectual Property

6.1 Provider owns the Service, the software and the documentation.

6.2 Inspection checklists, report templates and workflow configurations created for Customer during onboarding belong to Customer, and Customer may use, modify and give them to any third party.

## 7. Customer Responsibilities

7.1 Customer shall appoint a project lead for onboarding, provide asset lists, inspection schedules and resident records in Provider's import templates, and make its engineers available for the acceptance checks in the Order Form.

7.2 Customer shall obtain any consents required from residents for the processing of their personal information through the resident app, using the notice text Provider supplies, and shall tell Provider promptly of any resident request to access or delete personal information.

7.3 Customer shall not use the Service to send advertising to residents, to store information unrelated to property management, or to attempt to test or break the security of the Service without Provider's agreement.

7.4 Customer's users may contact Provider's help desk in Chinese. Provider will keep a record of every support request and make the record available to Customer on request, so that Customer can follow the handling of issues raised by its staff and contractors.

## 8. Subcontracting

8.1 Provider may use the sub-processors listed in the Order Form. Provider shall not engage any other subcontractor or sub-processor for the Service without Customer's prior written consent and remains responsible for all of them.

## 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term stated in the Order Form and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

9.2 Customer may terminate the Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice. Provider shall then refund any prepaid fees for the period after termination.

9.3 Provider may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

## 10. Liability

10.1 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 4, to personal injury or to wilful misconduct.

10.2 Neither party is liable for lost profits or indirect loss.

## 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The arbitration shall be conducted in Chinese and English.

## 12. General

12.1 Notices shall be given in writing to the addresses in the Order Form, or by e-mail to the contacts named by each party.

12.2 The Order Form prevails over these General Terms if they conflict. Neither party may assign the Agreement without the other party's written consent.
"""

# ---------------------------------------------------------------- e03: DOCX with a Word price table, Section N.N (Costa Rica vendor, buyer's paper)
E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. LY-CC-2025-027
P:Buyer: Zhangzhou Lvyuan Cold Chain Co., Ltd., 66 Jiangbin Road, Longwen District, Zhangzhou, Fujian, China (the "Buyer").
P:Supplier: TicoSense Instrumentos S.A., Calle 8, Avenida 4, Barreal, Heredia, Costa Rica (the "Supplier").
P:Whereas the Buyer operates a fruit and vegetable cold-chain centre with 14 cold rooms, 4 controlled-atmosphere rooms, a frozen store and 24 loading docks, and wishes to install a wireless temperature, humidity and door monitoring system with alarm notification and records suitable for food-safety inspections; and whereas the Supplier, after a technical clarification with the Buyer, has offered to supply, install and commission such a system, the parties agree as follows. All prices are stated in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate the sensors and gateways, configure the monitoring software on the server in the Buyer's machine room, integrate alarm output with the Buyer's refrigeration control system and SMS platform, and train the Buyer's staff.
P:1.2 The technical specification and the sensor layout drawing agreed on 18 July 2025 form Annex 1 and Annex 2 of this Contract. Each cold room shall have at least one sensor per 150 square metres and one sensor at each evaporator.
P:1.3 The Supplier shall deliver the equipment DAP the Buyer's site in Zhangzhou, with customs clearance handled by the Supplier's agent in Xiamen.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,010,000, inclusive of taxes, duties, freight, insurance and all charges for the work in Section 1. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, food-grade housing|420|1,150|483,000
TB:2|LoRa gateway with backup battery|24|6,800|163,200
TB:3|Door-open sensor|120|560|67,200
TB:4|Monitoring software, perpetual site licence|1|138,000|138,000
TB:5|Monitoring server with UPS|1|46,000|46,000
TB:|Hardware and Software Subtotal|||897,400
TB:6|Installation, calibration and integration|1|94,600|94,600
TB:7|Training of operators and maintenance staff|1|18,000|18,000
TB:|Contract Price|||1,010,000
H:Section 3 Payment
P:3.1 Within 15 days after signature and against the Supplier's advance-payment bank guarantee, the Buyer shall pay 10% of the Contract Price (CNY 101,000).
P:3.2 Within 15 days after the Installation Certificate, the Buyer shall pay 55% of the Contract Price (CNY 555,500). The Installation Certificate confirms that all equipment is installed and powered; it is not acceptance.
P:3.3 Within 15 days after Final Acceptance, the Buyer shall pay the remaining 35% of the Contract Price (CNY 353,500).
P:3.4 The Supplier shall issue valid VAT invoices through its appointed agent in China before each payment.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation within 30 days after delivery. Work in the frozen store shall be planned with the Buyer so that no room is opened for longer than the Buyer's operating rules permit.
P:4.2 If the Supplier delays delivery or installation for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract.
P:4.3 The Supplier's staff shall follow the Buyer's food-safety and site-safety rules, including protective clothing in cold rooms and the permit procedure for work at height.
P:4.4 Each consignment shall be packed for sea and road transport and marked with the Contract number. The Supplier shall supply with the equipment the packing lists, certificates of origin, factory test reports, radio type-approval certificates for the gateways, operating manuals in Chinese and English, and the wiring diagram of the alarm interface.
P:4.5 The Buyer shall provide power outlets at the gateway positions, network ports in the machine room, storage space for the equipment and escorts for the Supplier's staff in operating areas. If the Buyer cannot release a room on the planned day, the installation period is extended accordingly.
P:4.6 The Supplier shall train the Buyer's duty operators, refrigeration technicians and quality staff in two sessions at the site, covering alarm handling, battery replacement, recalibration checks and the preparation of inspection reports. Training records shall be signed by the participants.
P:4.7 Within 10 days after signature the Supplier shall provide a performance bond of 5% of the Contract Price issued by a bank acceptable to the Buyer, valid until the end of the warranty.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor has been calibrated against a reference thermometer traceable to a national standard and reads within ±0.3 °C; (b) readings from every room reach the software at intervals of no more than 2 minutes for 14 consecutive days with no gap longer than 10 minutes for any sensor; (c) a simulated high-temperature event in each room produces an SMS and an alarm at the refrigeration control panel within 60 seconds; (d) reports in the format required by the market supervision bureau can be printed for any room and period; and (e) all documentation and calibration certificates have been delivered.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign the Final Acceptance certificate within 7 days after the criteria are met. Installation, operation or payment does not by itself mean acceptance.
H:Section 6 Warranty and After-Sales Service
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, replace sensor batteries that fail early, provide software updates, and recalibrate all sensors once each warranty year.
P:6.2 The Supplier shall keep 5% of each sensor type as spare stock at the Buyer's site and replenish it within 10 days after any item is used. Items replaced during the warranty carry a new warranty from the date of replacement, and the Supplier shall take back and dispose of used batteries in accordance with Chinese rules.
P:6.3 Faults are classified as Severity 1 (alarms from a whole room, the frozen store or the server are lost), Severity 2 (single sensors or reports fail) and Severity 3 (other questions). The Supplier shall respond to a Severity 1 fault within 30 minutes and restore alarm monitoring within 6 hours, using the spare stock or a temporary logger if needed; Severity 2 faults shall be answered within 2 hours and fixed within 2 business days.
P:6.4 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from the performance bond or any amount due.
P:6.5 After the warranty, the Supplier shall offer annual support at 7% of the Hardware and Software Subtotal (CNY 62,818 per year), fixed for three years after the warranty ends. Support is ordered by the Buyer year by year and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The monitoring software remains the property of its licensor and is licensed to the Buyer perpetually. The layout drawings, alarm rules, report templates and integration scripts made for this project belong to the Buyer, which may use and modify them freely.
H:Section 8 Data and Data Security
P:8.1 All readings, alarm records, reports and logs belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The system runs on the Buyer's server. Remote access for support is allowed only through the Buyer's bastion host after the Buyer approves each session. The Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident involving the system to the Buyer within 2 hours, help restore the system and records, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's customer and stock information, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's local installation partner must be approved in writing before it starts work.
H:Section 12 Termination
P:12.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, and may claim its losses.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:Section 14 General
P:14.1 This Contract is made in English and Chinese, and both versions have equal force. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04: MD, upper-case headings, schedules as tables (Panama vendor)
E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. IMS-NB-2025-006

**BETWEEN** Istmo Managed Services, S.A., a company incorporated in the Republic of Panama, with offices at Torre Global Bank, Calle 50, Panama City, Panama, acting through its delivery centre and its partner engineers in Ningbo ("Provider"),

**AND** Ningbo Haichen Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office at 1 Zhongshan East Road, Haishu District, Ningbo, Zhejiang ("Customer").

Customer employs about 300 staff in its Ningbo head office, its Beilun port office and three branch offices, and wishes to outsource its service desk, end-user device management and office network support. Provider has offered to provide those services on the terms below. All charges are in Chinese yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Start Date" means the day after Transition Acceptance.

1.3 "Initial Term" means 24 months from the Service Start Date.

1.4 "Customer Data" means all data of Customer and its employees and clients that Provider accesses, stores or processes in providing the Services, including shipment files, customs documents, e-mail and personal information.

## 2. SERVICES AND TRANSITION

2.1 Provider shall take over the Services from Customer's internal IT team in a transition period of no more than 45 days after signature. During transition Provider shall record all devices and accounts, document the office networks, set up the ticketing tool and the remote management agent, and agree the escalation contacts.

2.2 Transition Acceptance requires that: (a) at least 97 of every 100 devices in the asset list report to the management console; (b) the service desk has handled a two-week parallel run with Customer's IT team; (c) the runbooks for all five offices have been approved by Customer's IT manager; and (d) a restore test of the file-server backup has succeeded. Customer signs a Transition Acceptance certificate when these criteria are met; the start of ticket handling by Provider is not acceptance.

2.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 1. The Total Contract Value for the Initial Term is CNY 1,086,000.

3.2 Within 10 days after signature, and before transition starts, Customer shall pay Provider an Advance Payment of CNY 420,000. The Advance Payment is deducted in equal parts from the monthly invoices for the first ten months after the Service Start Date.

3.3 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

3.4 Invoices are payable within 30 days. Provider's local partner issues Chinese VAT invoices on Provider's behalf.

## 4. SERVICE LEVELS

4.1 Provider shall meet the service levels in Schedule 2 and report them monthly.

4.2 If a service level is missed, Customer is entitled to the service credits in Schedule 3. Service credits are deducted from the next invoice.

## 5. PERSONNEL

5.1 Provider shall assign a named service manager and two on-site engineers at the Ningbo head office on business days. Engineers shall visit the branch offices as required by tickets and at least once a month.

5.2 Provider shall keep a stable team. Replacement of the service manager or an on-site engineer requires 15 days' notice and a handover period, and Customer may ask for the replacement of any person who does not follow its office rules.

5.3 Customer shall provide desks, network access, administrator accounts and a store room for spare devices at the head office, tell Provider of planned office moves and new staff at least 5 business days in advance, and keep a list of authorised requesters for changes to the firewalls.

5.4 Provider shall hold a monthly service review with Customer's IT manager, covering service-level results, major tickets, recurring problems, patch compliance and planned changes, and shall propose improvements where the same problem occurs more than three times in a month.

5.5 Provider shall not subcontract any part of the Services without Customer's prior written consent, except to the Ningbo partner named in Schedule 1, which Customer approves by signing this Agreement.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use it only to provide the Services and shall not keep, copy or analyse it for any other purpose.

6.2 Provider shall access Customer's systems only through named accounts with multi-factor authentication, shall keep all tools and logs on servers in mainland China, shall wipe or return any storage media removed from devices, and shall comply with the Personal Information Protection Law of the PRC.

6.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data, cooperate fully in the investigation and remediation, and be liable for the losses and regulatory penalties resulting from an incident caused by Provider's breach of this clause.

## 7. CONFIDENTIALITY

7.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. This obligation survives the end of the Agreement for three years.

## 8. INTELLECTUAL PROPERTY

8.1 The ticketing tool and remote management agent remain Provider's or its licensors'. Runbooks, network documentation, scripts and knowledge articles written for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

## 9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of clauses 6 and 7, personal injury and wilful misconduct.

## 10. TERM AND TERMINATION

10.1 This Agreement starts on signature and continues until the end of the Initial Term. It ends then unless the parties sign a written renewal.

10.2 Customer may not terminate this Agreement before the end of the Initial Term, whether for convenience or for Provider's breach. Customer's remedies for any failure of the Services are the service credits in Schedule 3 and damages within the limit of clause 9.

10.3 Provider may terminate this Agreement if Customer fails to pay an undisputed invoice within 60 days after a written reminder.

10.4 On expiry, Provider shall provide up to 30 days of exit assistance at no extra charge and hand over all accounts, documentation and Customer Data to Customer or its new provider.

## 11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 12. GENERAL

12.1 Changes to the Services are agreed through a written change request signed by both parties. Notices are given in writing to the addresses above.

Signed for Istmo Managed Services, S.A.: ____________________

Signed for Ningbo Haichen Freight Forwarding Co., Ltd.: ____________________

## SCHEDULE 1 — SERVICES AND CHARGES

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Service desk | Chinese and English, phone, e-mail and chat, 8:00–20:00 on business days, on-call outside those hours for Priority 1 | included in Monthly Service Charge |
| End-user device management | about 320 laptops and desktops: patching, antivirus, software deployment, device build and replacement | included in Monthly Service Charge |
| Office network support | switches, Wi-Fi and firewalls in five offices; changes up to 20 per month | included in Monthly Service Charge |
| On-site engineers | two engineers at the head office, branch visits | included in Monthly Service Charge |
| Monthly Service Charge | 24 months × CNY 42,500 | 1,020,000 |
| Transition Fee | one-time | 66,000 |
| Total Contract Value | | 1,086,000 |

Approved local partner: Ningbo Yongxin Information Engineering Co., Ltd. (on-site engineers and cabling work).

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| Priority 1 | an office cannot work, the customs declaration system cannot be reached, or a security incident | 15 minutes | 2 hours |
| Priority 2 | a team or key user cannot work | 30 minutes | 8 business hours |
| Priority 3 | a single user has a problem with a workaround | 2 business hours | 3 business days |
| Service requests | new users, software installation, changes | 1 business day | 5 business days |

Measurement: monthly, from the ticketing tool. Customer may audit the ticket records on request.

## SCHEDULE 3 — SERVICE CREDITS

| Service level missed | Credit |
|---|---|
| Priority 1 response or resolution | CNY 1,500 per ticket |
| Priority 2 resolution, below 95 of every 100 tickets in the month | 3% of the Monthly Service Charge |
| Priority 3 resolution, below 90 of every 100 tickets in the month | 2% of the Monthly Service Charge |
| Monthly credit limit | 20% of the Monthly Service Charge |
"""

# ---------------------------------------------------------------- e05: TXT, numbered clauses with upper-case headings (Ecuador vendor)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AG-KM-2025-112

PARTIES

Andes Geodata Cia. Ltda., a company organised under the laws of the Republic of Ecuador, with its office at Av. Solano 3-45, Cuenca, Azuay, Ecuador ("Provider"); and

Kunming Huadu Flower Trading Co., Ltd., a company incorporated in the People's Republic of China, with its office at 88 Dounan Flower Market Road, Chenggong District, Kunming, Yunnan ("Customer").

BACKGROUND

Customer imports cut roses and other flowers from Ecuador and Colombia and sells them to wholesalers and florists in China. Provider operates the RosaData platform, which collects harvest forecasts, farm-gate and FOB prices, air-freight capacity and weather data for flower farms in the Andean region, and makes them available through an application programming interface (the "API"). Customer wishes to connect the API to its purchasing and pricing system. The prices below are stated in Chinese yuan (CNY) at Customer's request.

1. DEFINITIONS

1.1 "Subscription Year" means each consecutive period starting on 1 October 2025 or on its anniversary. The Subscription Term is two Subscription Years, from 1 October 2025 to 30 September 2027.

1.2 "Provider Data" means the data sets, forecasts and indices made available through the API.

1.3 "Customer Data" means the purchase volumes, supplier lists, query parameters and other information Customer submits to the API or uploads to the platform, and the reports generated from it for Customer.

1.4 "Integration Support" means the one-time services in clause 3.

2. SUBSCRIPTION AND FEES

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to use Provider Data within Customer's business, including in price lists and purchasing reports shared with its own staff, wholesalers and florists.

2.2 Fees:
    (a) API Subscription, Professional plan, up to 600,000 calls per Subscription Year: CNY 186,000 per Subscription Year, CNY 372,000 for the Subscription Term;
    (b) Integration Support, one-time: CNY 28,000;
    Total fees for the Subscription Term: CNY 400,000.

2.3 Calls beyond the annual allowance are charged at CNY 0.35 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not included in the total above.

2.4 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500, each at the start of the quarter, the first on 1 October 2025. The Integration Support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days by bank transfer.

3. INTEGRATION SUPPORT AND ACCEPTANCE

3.1 Provider shall, within 30 days after signature, provide test credentials, Chinese and English documentation, sample code and up to 15 days of engineering support to help Customer connect the API to its purchasing and pricing system, and shall map Provider's farm and variety codes to Customer's product codes.

3.2 Integration Acceptance requires that: (a) all 46 API endpoints listed in the specification return valid responses to Customer's test suite; (b) daily price and forecast files load into Customer's system for 10 consecutive days without manual correction; (c) the code mapping covers every farm and variety Customer bought from in the past season. Customer shall confirm acceptance in writing within 5 business days after the criteria are met.

3.3 If Provider fails to deliver the Integration Support on time for reasons attributable to it, Provider shall pay Customer CNY 300 for each day of delay, up to CNY 12,000.

4. SERVICE LEVELS

4.1 Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Incidents are handled as follows: Priority 1 (API unavailable or returning errors for all calls) response within 1 hour and restoration within 6 hours; Priority 2 (a data set is late or incomplete) response within 2 hours and correction within 1 business day; Priority 3 (questions) response within 1 business day.

4.3 If availability in a month falls below the level in clause 4.1, or a Priority 1 incident is not restored in time, Provider shall credit Customer 5% of the quarterly instalment for each 0.1 percentage point or each hour of shortfall, up to half of the quarterly instalment.

4.4 Provider shall publish daily price and forecast files by 09:00 Beijing time on business days. Files published more than 6 hours late count as a Priority 2 incident.

5. DATA QUALITY

5.1 Provider shall collect Provider Data from farms, exporters, airlines and weather services in accordance with the methodology described on its platform and shall correct errors reported by Customer within one business day.

5.2 Provider does not guarantee that forecasts or prices will be accurate, and Customer remains responsible for its own purchasing decisions.

5.3 Provider shall give Customer at least 60 days' notice before removing any endpoint or data field listed in the specification, and at least 30 days' notice of any change to the format of an endpoint. During the Subscription Term Provider shall keep the previous version of a changed endpoint available for at least 90 days.

5.4 Provider shall hold a quarterly review with Customer's purchasing team, by video conference, to present coverage of farms and varieties, data quality statistics and planned changes, and to agree actions on issues raised by Customer.

5.5 Customer shall keep its API keys secure, use the API within the call allowance and the rate limit of 20 calls per second, and not resell Provider Data as a data product. Customer may display Provider Data in its own price lists and reports, with an attribution to RosaData where Provider Data is shown to third parties.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and shall not include it in Provider Data, share it with other customers or use it for any other purpose.

6.2 Provider shall store Customer Data on servers of its cloud hosting provider in its Singapore region, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days, test its backups every quarter and have its controls reviewed by an independent auditor every Subscription Year. Provider shall give Customer a summary of the audit report on request.

6.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by an incident resulting from Provider's breach of this clause.

6.4 On expiry Provider shall return Customer Data in CSV format and delete it within 30 days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including Customer's purchase volumes and supplier relationships and Provider's pricing, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Provider Data and the platform remain the property of Provider.

8.2 Dashboards, code mappings and integration code created by or for Customer belong to Customer, which may use, modify and license them freely.

9. SUBCONTRACTING

9.1 Provider may use its cloud hosting provider named in the specification. Provider shall not subcontract any other part of its obligations without Customer's prior written consent, and remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in clause 2.2, except for breach of clauses 6 and 7 and wilful misconduct.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically; the parties may agree a renewal in writing at the same fees.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for Provider's breach, Provider shall refund fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Republic of Ecuador.

12.2 Any dispute arising out of this Agreement shall be settled by arbitration administered by the Arbitration and Mediation Center of the Quito Chamber of Commerce, seated in Quito. The arbitration shall be conducted in English by a sole arbitrator, and hearings may be held by video conference.

12.3 Before starting arbitration, the parties' senior managers shall meet, in person or by video conference, to try to settle the dispute within 30 days after either party's written request.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above or by e-mail to the contacts named in the specification.

13.2 This Agreement is made in English and Chinese. The specification and the data dictionary form part of it.

SIGNATURES

For Andes Geodata Cia. Ltda.: ____________________  Name, title, date

For Kunming Huadu Flower Trading Co., Ltd.: ____________________  Name, title, date
"""

# ================================================================= labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, format, lang, category, terms in TERM_KEYS order, extra, meta for own checks, design rule list)
SPEC = {
 "z01": ("h464z01_ecology_bureau_discharge_permit_platform.pdf", "pdf", "zh", "software",
         [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
         {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 2066000},
         {"fee_base": 1180000, "forum_abroad": False, "sum": [1180000, 642000, 158000, 86000], "pay": [413200, 929700, 723100]},
         []),
 "z02": ("h464z02_cable_plant_extruder_control_retrofit.docx", "docx", "zh", "hardware",
         [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True, "PRC", G],
         {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1555000},
         {"fee_base": 1345000, "forum_abroad": False, "sum": [516000, 348000, 192000, 57000, 168000, 64000, 186000, 24000], "pay": [311000, 699750, 544250]},
         ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "z03": ("h464z03_tea_chain_ordering_supply_saas.txt", "txt", "zh", "cloud",
         [99.5, 0.5, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, True, False, "PRC", S],
         {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 840000},
         {"fee_base": None, "forum_abroad": False, "sum": [85 * 3600 * 2, 68000 * 2, 92000], "pay": [93500 * 8, 92000]},
         ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
 "z04": ("h464z04_trade_union_staff_platform_annual_om.txt", "txt", "zh", "services",
         [None, 0.5, True, "buyer", False, True, True, None, None, None, True, None, None, None, False, True, False, None, S],
         {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 608000},
         {"fee_base": None, "forum_abroad": False, "sum": [2 * 198000, 128000, 46000, 38000], "pay": [152000] * 4},
         ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
 "z05": ("h464z05_vermicelli_plant_mes_wms_supplier_template.md", "md", "zh", "software",
         [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None, False, True, None, "PRC", G],
         {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False, "acceptance_deemed_on_delivery": True, "contract_value": 766000},
         {"fee_base": 464000, "forum_abroad": False, "sum": [268000, 196000, 238000, 64000], "pay": [383000, 383000]},
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": ("h464e01_ceramics_eam_perpetual_licence_brazil_vendor.pdf", "pdf", "en", "software",
         [None, 1, True, "buyer", True, True, False, 600 / 748000 * 100, 50, 20, True, True, 18, 13, False, True, False, "PRC", G],
         {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 748000},
         {"fee_base": 504000, "forum_abroad": False, "sum": [60 * 6800, 96000, 168000, 54000, 22000], "pay": [149600, 336600, 261800]},
         ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
 "e02": ("h464e02_property_mgmt_workorder_saas_argentina_vendor.md", "md", "en", "cloud",
         [None, None, False, "buyer", True, False, True, 500 / 720000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
         {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 720000},
         {"fee_base": None, "forum_abroad": False, "sum": [240 * 1100 * 2, 18 * 4000 * 2, 48000], "pay": [84000 * 8, 48000]},
         ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "e03": ("h464e03_cold_chain_sensors_costa_rica_vendor.docx", "docx", "en", "hardware",
         [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False, "PRC", G],
         {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1010000},
         {"fee_base": 897400, "forum_abroad": False, "sum": [483000, 163200, 67200, 138000, 46000, 94600, 18000], "pay": [101000, 555500, 353500]},
         []),
 "e04": ("h464e04_freight_forwarder_managed_it_panama_vendor.md", "md", "en", "services",
         [None, 0.25, True, "buyer", True, True, True, 700 / 1086000 * 100, 150, 420000 / 1086000 * 100, True, None, None, None, False, False, False, "PRC", S],
         {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1086000},
         {"fee_base": None, "forum_abroad": False, "sum": [24 * 42500, 66000], "pay": [24 * 42500, 66000]},
         ["CR-PREPAYMENT", "CR-TERMINATION"]),
 "e05": ("h464e05_flower_trader_market_data_api_ecuador_vendor.txt", "txt", "en", "cloud",
         [99.95, 1, True, "buyer", True, True, True, 300 / 400000 * 100, 200, None, True, None, None, None, False, True, False, "Ecuador", S],
         {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 400000},
         {"fee_base": None, "forum_abroad": True, "sum": [186000 * 2, 28000], "pay": [46500 * 8, 28000]},
         ["CR-GOVERNING-LAW"]),
}
SOURCES_ALL = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, meta):
    """Policy section 4 as I read it: horizon 5 years from acceptance, warranty from acceptance, fee base = itemised
    licence/hardware subtotal; returns the post-warranty fee share in % or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = meta["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, meta):
    """My own reading of policy.md section 3 applied to a label (not project code)."""
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
        share = tco_share(t, x, meta)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or meta["forum_abroad"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================= threshold scan
BAD = [r"99\.9(?!\d)\s*(%|％|per\s*cent|percent)", r"(?<![\d.])4\s*(个)?\s*(小时|hours?\b|-hours?\b)",
       r"(?<![一二三四五六七八九十两百千])四个?小时", r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(分钟|min)",
       r"(?<![\d.])0\.05\s*(%|％|per\s*cent)", r"万分之五(?!十)",
       r"(?<![\d.])100\s*(%|％|per\s*cent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
       r"(?<![\d.])30\s*(%|％|per\s*cent)", r"百分之三十", r"三成", r"thirty\s*per\s*cent",
       r"(?<![\d.])12\s*(个)?\s*(月|months?\b|-months?\b)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"\bone[\s-]*years?\b",
       r"(?<![\d.])1\s*-?\s*years?\b",
       r"(?<![\d.])15\s*(%|％|per\s*cent)", r"百分之十五", r"fifteen\s*per\s*cent",
       r"(?<![\d.])40\s*(%|％|per\s*cent)", r"百分之四十", r"四成", r"forty\s*per\s*cent",
       r"(?<![\d.])5\s*(年|-?\s*years?\b)", r"(?<![一二三四五六七八九十])五年", r"\bfive[\s-]*years?\b",
       r"(?<![\d.])60\s*(个)?\s*(月|months?\b)", r"六十个月", r"sixty[\s-]*months?"]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成",
            "5年", "五年", "five years", "60 months", "60个月", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "140%", "130%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "0.055%", "14 hours", "112 months", "25年", "1,500 per"]


def hits(text):
    return [m.group(0) for rx in BAD_RE for m in rx.finditer(text)]


def scan(text):
    return hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s+", "", text))


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: " + s + str(scan(s))


# ================================================================= build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (v[0], v[1]) for k, v in SPEC.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES_ALL[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in SPEC.items():
        if v[1] in ("txt", "md"):
            (OUT / v[0]).write_text(SOURCES_ALL[k], encoding="utf-8")
    covered, report, problems = set(), [], []
    for k, (fname, fmt, lang, cat, vals, extra, meta, design) in SPEC.items():
        assert fname.startswith("h464" + k) and fname.endswith("." + fmt)
        terms = dict(zip(TERM_KEYS, vals))
        assert sum(meta["sum"]) == extra["contract_value"], k
        assert sum(meta["pay"]) == extra["contract_value"], k
        rules = derive_rules(terms, extra, meta)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        for key, val in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)):
            assert terms[key] != val, (k, key)
        share = tco_share(terms, extra, meta)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / fname)
        bad = scan(text) + scan(SOURCES_ALL[k])
        if bad:
            problems.append((k, "threshold", sorted(set(bad))))
        if lang == "zh":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            if not (2750 <= n <= 3000 and 2750 <= nws <= 3000):
                problems.append((k, "length", n, nws))
            size = "%d chars (%d without whitespace)" % (n, nws)
        else:
            n = len(text.split())
            if not 1450 <= n <= 1650:
                problems.append((k, "words", n))
            size = "%d words" % n
        report.append("%s | %s | %s | %s | %s | %s" % (fname, lang, size, ", ".join(r[3:] for r in rules) or "(none)",
                                                       risk(rules), "" if share is None else "TCO share %.2f %%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("\n".join(report))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed; all 20 CR rules covered")


if __name__ == "__main__":
    main()
