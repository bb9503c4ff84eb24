"""holdout634: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json
labels and asserts: price sums, label values off every policy threshold, no threshold figure in any built file (raw,
whitespace-collapsed and whitespace-free), text lengths, derived rules == design rules, all 20 CR rules covered.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:清溪市污水处理厂运行监管平台采购合同
P:合同编号：QXSW-ZFCG-2025-0318    采购方式：公开招标（政府采购）
P:甲方（采购人）：清溪市水务局
P:乙方（供应商）：江澜智水科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就清溪市污水处理厂运行监管平台（以下简称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“澜流”水务运行监管平台软件永久使用许可，覆盖全市七座污水处理厂及二十三座提升泵站。
P:1.2 乙方按甲方需求定制开发工艺运行监管、进出水在线监测数据对接、药耗电耗分析、异常预警及移动巡检五个模块，并完成与生态环境部门在线监控系统的接口。
P:1.3 乙方负责平台在甲方政务云上的部署、数据初始化、联调试运行及用户培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾壹万元整（¥1,910,000），其中：平台软件许可费¥1,180,000；定制开发费¥620,000；实施部署费¥86,000；培训费¥24,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方接口费用及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后二十个工作日内，甲方支付合同总价的20%，即¥382,000，作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥859,500。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥668,500。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后一百二十日内完成部署并提请初步验收。初步验收后平台进入为期九十日的试运行。
P:4.2 验收标准：（一）招标文件技术需求逐项实现；（二）七座污水厂进出水COD、氨氮、总磷等在线数据接入完整率达到招标文件要求，数据延时不超过五分钟；（三）常用页面在二百并发用户下响应时间不超过三秒；（四）通过甲方委托的第三方软件测评及网络安全等级保护测评；（五）试运行期间无一级故障。
P:4.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提请验收，费用由乙方承担。
H:第五条 服务水平
P:5.1 平台在质保期内的月度可用率应不低于99.5%（计划内维护时间除外，计划内维护应提前两个工作日告知甲方）。
P:5.2 一级故障（平台整体不可用或在线监测数据中断）乙方应在三十分钟内响应，二小时内到达现场，八小时内恢复；二级故障二小时内响应，一个工作日内解决。
P:5.3 乙方应于每月五日前向甲方提交上月运行服务报告，内容包括可用率统计、故障及处理情况、数据接入完整率、系统性能和安全巡检结果，并对发现的问题提出整改建议。
P:5.4 月度可用率每低于约定值0.1个百分点，甲方可从质保金或应付款中扣减¥2,000；一级故障响应每迟延一小时，扣减¥1,000。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程与现场技术支持。
P:6.2 质保期内乙方每季度进行一次现场巡检，检查服务器资源、数据库运行、接口状态和安全补丁，巡检结果书面报甲方备案；平台所依赖的第三方组件出现安全漏洞的，乙方应及时免费修补。
P:6.3 质保期满后，如甲方需要，乙方应按平台软件许可费的9%每年（即¥106,200）提供维护服务，该费用在质保期满后三年内不上调。维护服务须另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，甲方在许可范围内永久使用。
P:7.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全与保密
P:8.1 平台采集、处理的全部运行数据、监测数据及业务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》《网络安全法》，采取访问控制、加密传输和操作审计等措施；远程维护须经甲方审批并通过堡垒机进行，不得留存或带离数据。
P:8.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任。
P:8.4 乙方对在履约中知悉的甲方工作秘密、网络结构和账号口令负有保密义务，保密期限至合同终止后五年。
H:第九条 分包
P:9.1 乙方可将现场布线、设备安装等非主体工作分包给具有相应能力的单位，但应在分包前书面告知甲方分包单位名称。乙方对分包工作向甲方负全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交清溪仲裁委员会仲裁。
H:第十三条 项目团队与培训
P:13.1 乙方应指派具有同类水务项目经验的项目经理一名及开发、实施人员不少于八名，项目经理未经甲方书面同意不得更换。乙方人员在甲方场所工作时应遵守甲方的安全生产和门禁管理制度。
P:13.2 乙方应为甲方及各污水处理厂的管理人员、中控值班人员提供集中培训和现场操作培训，培训累计不少于二十学时，并提供操作手册、维护手册、接口说明及数据字典。
P:13.3 乙方应在合同签订后十日内向甲方提交项目实施计划，按周报送进度；进度滞后的，乙方应提出赶工措施并报甲方确认。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方未履行合同义务的，甲方可从履约保证金中扣除相应违约金及赔偿款。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供有关证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 本合同文件的解释顺序为：本合同条款、中标通知书、招标文件、投标文件。前述文件内容不一致的，以顺序在前者为准。
P:16.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:16.3 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:甲方（盖章）：清溪市水务局            乙方（盖章）：江澜智水科技有限公司
P:签订日期：2025年6月18日
"""

Z02 = """T:绕线及浸漆生产线控制系统改造及维保合同
P:合同编号：HDDJ-SB-2025-027
P:甲方（买方）：湖东电机股份有限公司
P:乙方（卖方）：沃川工业自动化有限公司
P:甲方因三号车间定子绕线及真空浸漆生产线控制系统老化，委托乙方实施控制系统改造并提供质保期后的维保服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装PLC控制柜、伺服绕线驱动单元、浸漆温控及真空控制单元、工控机及SCADA软件，实现绕线张力闭环控制、匝数自动计数、浸漆温度与真空度曲线控制及工艺参数追溯。
P:1.2 乙方负责开发新控制系统与甲方MES系统之间的接口，实现工单下达、工艺配方下发、生产数据和报警信息上传。
P:1.3 改造须在甲方安排的停产窗口内完成，停产窗口不超过二十一日，乙方应提前制定切换方案并经甲方确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程I/O模块）|6套|81,000|486,000
TB:2|伺服绕线驱动单元|31套|12,000|372,000
TB:3|浸漆温控及真空控制单元|4套|66,000|264,000
TB:4|工控机及SCADA/MES接口软件许可|1套|218,000|218,000
TB:设备及软件小计|||1,340,000
TB:5|安装调试|1项|128,000|128,000
TB:6|工艺联调与操作培训|1项|42,000|42,000
TB:合计|||1,510,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费，乙方投标报价中未列明的其他费用视为已包含在合同总价中。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥302,000。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即¥528,500。到货签收仅为数量和外观确认，不视为验收。
P:3.3 改造完成并通过最终验收后，甲方支付合同总价的45%，即¥679,500。
P:3.4 乙方每次请款时应向甲方开具等额增值税专用发票，甲方收到发票并审核无误后付款。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方三号车间，并在停产窗口内完成安装、接线和单机调试。
P:4.2 乙方现场人员应遵守甲方的安全生产、动火作业和电气作业管理规定，持证上岗。因乙方原因造成人身或财产损失的，由乙方承担责任。
P:4.3 乙方应随货提供装箱单、合格证、出厂检验报告、电气原理图、接线图、PLC程序清单及中文操作维护手册，资料不全的，甲方有权拒绝签收。
P:4.4 乙方应在停产窗口开始前完成原控制系统程序和参数的备份，并准备回退方案；切换失败时应在三十六小时内恢复原系统运行，因此延长的停产损失由乙方承担。
H:第五条 验收
P:5.1 设备安装调试完成后，生产线连续带料试生产二十日。试生产结束后，由甲方组织最终验收。
P:5.2 验收标准：（一）绕线张力波动不超过设定值的±3%，匝数计数零差错；（二）浸漆温度控制偏差不超过±2℃，真空度达到工艺卡要求；（三）MES接口工单、配方及生产数据传输正确，连续试生产期间无数据丢失；（四）试生产期间产品一次合格率不低于改造前水平；（五）试生产期间无一级故障。
P:5.3 设备签收、投入试生产或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新验收。
H:第六条 质保与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 一级故障（生产线停机）乙方应在一小时内响应，八小时内到达现场，二十小时内恢复生产；二级故障应在二个工作日内解决。
P:6.3 一级故障响应每迟延一小时，乙方向甲方支付¥800；恢复时间每超过一小时，支付¥1,500。
P:6.4 乙方应在甲方所在地储备常用备品备件，包括伺服驱动器、I/O模块和温控仪表，保证故障更换需要；质保期内每半年进行一次预防性巡检并提交巡检报告。
P:6.5 乙方应对甲方电气、设备维修人员进行不少于三期的操作及维护培训，使其能够独立完成日常点检、参数调整和一般故障处理。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方按设备及软件小计的8%每年（即¥107,200）提供维保服务，包括定期巡检、故障维修、备件供应及软件升级。
P:7.2 上述维保费在质保期满后三年内固定不变。维保服务按年度另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 工控机操作系统及SCADA标准软件的知识产权归其原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC程序、工艺画面、MES接口程序及其源程序的知识产权归甲方所有，乙方应在验收时交付，甲方可自行修改和使用。
H:第九条 数据安全
P:9.1 生产线产生的工艺参数、质量数据及生产记录均属甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的安全通道进行，并全程记录操作日志。乙方不得在控制系统中预留后门或未声明的远程接口。
P:9.3 发生数据泄露、系统被入侵或工艺数据被篡改的，乙方应在二小时内报告甲方并协助处置；因乙方原因造成损失的，由乙方赔偿。
H:第十条 保密
P:10.1 乙方对知悉的甲方工艺配方、产品图纸及生产经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十二条 合同的履行
P:12.1 本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。
P:12.2 乙方违约的，甲方可以要求乙方继续履行、限期整改并按第十一条支付违约金，但不得以此为由解除本合同。
P:12.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延长履行期限。
H:第十三条 分包
P:13.1 乙方不得将本合同项下的工作转包或分包；确需将电缆敷设等辅助工作分包的，应事先取得甲方书面同意。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 双方指定的项目联系人及联系方式见附件，任何一方变更联系人的，应提前三日书面通知对方。与本合同有关的通知以书面形式送达对方联系人即视为送达。
P:15.2 本合同附件包括技术规格书、改造实施方案、验收测试大纲及乙方投标报价单，附件与本合同具有同等效力；附件与本合同条款不一致的，以本合同条款为准。
P:15.3 本合同未尽事宜，由双方协商签订补充协议。
P:15.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：湖东电机股份有限公司（盖章）        乙方：沃川工业自动化有限公司（盖章）
"""

Z03 = """面馆连锁门店点餐及会员系统SaaS服务合同

合同编号：MWJ-IT-2025-011
甲方：麦味记餐饮管理（成都）有限公司
乙方：云点通信息科技有限公司

甲方经营“麦味记”连锁面馆共五十五家门店，现委托乙方以软件即服务（SaaS）方式提供门店点餐、收银、厨房显示及会员营销系统，并完成上线实施。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 门店点餐收银：扫码点餐、收银台点餐、聚合支付、外卖订单接入、厨房显示屏（KDS）出单及日结报表，覆盖甲方全部五十五家门店。
2. 会员营销模块：会员注册、储值、积分、优惠券、生日权益、会员分层及营销活动配置，支持甲方微信小程序和支付宝小程序。
3. 总部管理后台：菜品及价格统一管理、门店经营分析、库存预警及权限管理。
（二）实施服务
1. 乙方负责五十五家门店的设备调试、菜品及会员数据导入、原有会员储值余额迁移、小程序页面定制及与甲方财务系统的接口开发。
2. 乙方为门店店长、收银员及总部运营人员提供培训，并在每家门店上线首日安排人员现场保障。

（三）运营支持
1. 乙方提供每日七时至次日二时的客服热线及在线工单支持，门店营业时间内的咨询应在十分钟内接通。
2. 乙方应为甲方配备专属客户成功经理，每月与甲方运营部门召开一次服务例会，通报系统运行、故障处理及优化建议。
3. 乙方对平台进行版本升级的，应提前五个工作日通知甲方，升级不得影响门店营业；涉及门店操作变化的，乙方应提供培训材料。
（四）甲方自备设备
门店收银机、厨房显示屏、小票打印机及扫码设备由甲方自行采购。乙方应在合同签订后五日内提供设备兼容清单，并对清单内设备的适配和驱动安装负责。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之次日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前六十日，如双方均未书面提出终止，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调服务费，每次上调幅度不超过上一服务年度服务费的8%，乙方应在续期前通知甲方新的费用标准。

三、服务费用
（一）合同总价为人民币壹佰零壹万捌仟元整（¥1,018,000），其中：
1. 门店点餐收银服务费：每店每服务年度¥6,800，五十五家门店每服务年度合计¥374,000，两个服务年度合计¥748,000；
2. 会员营销模块服务费：每服务年度¥86,000，两个服务年度合计¥172,000；
3. 一次性实施费：¥98,000。
（二）门店数量在服务期内增加的，新增门店按每店每服务年度¥6,800按月折算计费；门店关闭的，自关闭次月起相应减少服务费。

四、付款方式
（一）实施费在上线验收合格后十个工作日内一次性支付。
（二）各服务年度的服务费按季度支付，每季度¥115,000，甲方在每个季度开始后十个工作日内支付当季服务费。
（三）乙方应在甲方付款前开具合规增值税专用发票。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：1. 五十五家门店全部可正常点餐、收银、出单和日结；2. 高峰时段扫码点餐下单响应时间不超过二秒；3. 迁移后会员数量、储值余额及积分与原系统逐户核对一致；4. 财务接口日结数据与门店收银数据一致；5. 连续运行十日无一级故障。
（三）甲方在上线后七个工作日内组织验收并出具书面意见。门店开始使用系统或甲方支付服务费，均不视为验收合格。

六、服务水平
（一）乙方保证SaaS服务的月度可用率不低于99.95%，每日营业时间（十时至二十二时）内不得安排计划维护。
（二）一级故障（任一门店无法点餐或收银、会员储值无法使用）乙方应在十五分钟内响应，二小时内恢复；二级故障（部分功能异常）一小时内响应，当日解决。
（三）服务水平未达标的，乙方按以下方式给予服务费抵扣：月度可用率每低于约定值0.01个百分点，抵扣当月服务费的2%；一级故障恢复每超时一小时，抵扣当月服务费的1%。抵扣在下一季度服务费中扣除。

（四）乙方应于每月五日前向甲方提供上月服务报告，列明可用率、故障次数、响应及恢复时间、抵扣金额和改进措施。甲方对报告有异议的，双方以平台监控日志和甲方门店故障记录为依据核对。

七、数据
（一）甲方的菜品、订单、交易、会员及储值数据归甲方所有。服务期满或合同终止后，乙方应在十日内按甲方要求的格式交还全部数据，并在甲方确认后删除。
（二）甲方同意，乙方可以对服务中产生的订单及会员消费数据进行脱敏和汇总处理，用于餐饮行业经营分析报告和乙方产品功能改进，服务期满后仍可继续使用该等脱敏汇总数据。
（三）数据安全：乙方应按网络安全等级保护第三级要求运营平台，会员个人信息加密存储，后台访问实行最小权限和操作留痕，遵守《个人信息保护法》。发生数据泄露或安全事件的，乙方应在二小时内通知甲方并采取补救措施；因乙方原因导致数据泄露或丢失的，乙方赔偿甲方由此遭受的全部损失，包括对会员的赔付和监管处罚。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及本合同内容负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。

九、知识产权
乙方SaaS平台的知识产权归乙方所有。乙方为甲方定制的小程序页面、会员规则配置、报表模板及财务接口程序的知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。乙方应在上线验收时交付财务接口程序的源代码及说明文档。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日向甲方支付违约金¥1,200。
（二）甲方逾期支付服务费超过二十日的，乙方可书面催告后暂停部分非核心功能，但不得停止门店点餐及收银服务。
（三）乙方在本合同项下的累计赔偿总额以本合同总价的两倍为限，但因数据泄露造成的损失不受此限。

十一、分包
乙方不得将实施服务分包给第三方；确需由第三方提供门店现场安装支持的，应事先取得甲方书面同意，乙方对该第三方的行为承担全部责任。

十二、合同解除
乙方严重违约或连续两个月未达到服务水平，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付未用的服务费；合同解除的，乙方仍应按第十四条（一）配合数据交接和迁移。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）合同终止时，乙方应配合甲方完成数据交接和向新系统的迁移，迁移期间不少于二十日，乙方在迁移期内继续按原服务水平提供服务，迁移期服务费按日折算。
（二）本合同附件包括服务功能清单、上线实施计划、门店清单及服务水平细则，附件与本合同具有同等效力。
（三）双方的通知应以书面形式送达本合同载明的联系人，电子邮件发送成功即视为送达。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：麦味记餐饮管理（成都）有限公司
乙方（盖章）：云点通信息科技有限公司
"""

Z04 = """滨江市总工会会员服务系统年度运维服务合同

合同编号：BJZGH-YW-2025-06
甲方：滨江市总工会
乙方：恒信联创信息技术服务有限公司

甲方建设的“滨江工会会员服务系统”（含职工入会、会员实名认证、普惠服务、困难职工帮扶、工会经费收缴和移动端“滨江职工之家”）已投入运行。为保障系统安全稳定运行，甲方经竞争性磋商确定由乙方提供系统运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）日常运维：应用系统、数据库、中间件及服务器的监控、巡检、补丁更新、备份与恢复演练，移动端和小程序的运行保障。
（二）驻场服务：乙方派驻两名运维工程师在甲方信息中心工作，工作时间为工作日八时三十分至十七时三十分，节假日及夜间实行电话值守和远程支持。
（三）技术支持：受理基层工会和会员用户的问题工单，处理数据更正、账号解锁及流程配置调整。
（四）安全服务：每季度开展一次漏洞扫描和安全加固，配合甲方完成网络安全等级保护测评及整改，参与主管部门组织的攻防演练保障。
（五）应急服务：制定应急预案，每半年组织一次应急演练，并对甲方工作人员进行运维知识培训。
（六）优化服务：根据运行情况对数据库性能、存储容量和系统参数进行调优，对原开发单位已停止维护的第三方组件提出替换建议，配合甲方开展小规模功能调整，单项调整工作量在五人日以内的不另行收费。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，不自动续期；甲方需要继续采购的，依法重新组织采购。

第三条 服务费用
（一）本合同总价为人民币伍拾万零捌仟元整（¥508,000），其中：驻场运维服务费¥336,000；远程技术支持费¥96,000；安全巡检及等保测评配合费¥58,000；应急演练及培训费¥18,000。
（二）合同总价为固定总价，已包含人员、交通、工具软件及税费，服务期内不作调整。服务期内甲方新增服务内容的，双方另行签订补充协议确定费用。

第四条 付款方式
（一）本合同不设预付款。服务费按季度支付，每季度¥127,000。
（二）每季度结束后，甲方按第六条对乙方进行季度考核，考核合格并收到乙方发票后十五个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。

第五条 服务水平
（一）会员服务系统月度可用率不低于99.95%，计划内维护须安排在夜间并提前三个工作日经甲方同意。
（二）故障分级：一级故障指系统整体不可用、会员数据无法访问或发生安全事件；二级故障指单项业务不可用；三级故障指一般功能异常。
（三）一级故障乙方应在十五分钟内响应，一小时内到场，三小时内恢复；二级故障三十分钟内响应，八小时内解决；三级故障两个工作日内解决。
（四）月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；一级故障响应或恢复每超时一小时扣减¥800；同一季度内发生两次以上因乙方原因导致的一级故障的，另扣减¥5,000。

第六条 考核与验收
（一）乙方应在服务期开始后二十日内完成运维交接，交接验收标准为：系统资产清单、账号权限清单、备份策略和应急预案经甲方审核确认，监控覆盖全部服务器和应用。
（二）季度考核内容包括可用率、故障响应与恢复时间、工单按时办结率、巡检及备份执行情况和用户满意度，考核细则见附件。
（三）服务期满时，甲方组织年度验收，标准为：全年运维文档完整，等保测评发现的问题已按期整改，运维知识转移完成。

第七条 乙方人员
（一）驻场工程师应具有三年以上政务或企业信息系统运维经验，其中至少一人持有数据库或网络安全相关认证。乙方应在服务期开始前将人员名单、资质证明及无犯罪记录证明报甲方审核。
（二）驻场人员应遵守甲方的考勤、保密和机房管理制度，服从甲方信息中心的工作安排。乙方更换驻场人员的，应提前十日书面申请并经甲方同意，新人员能力不得低于原人员，并完成不少于五个工作日的交接。
（三）驻场人员请假的，乙方应安排同等能力人员顶岗，确保驻场人数不减少。

第八条 服务报告与例会
（一）乙方应于每月五日前提交上月运维报告，内容包括系统运行状况、可用率统计、故障及处理情况、工单统计、巡检和备份记录、安全事件及风险提示。
（二）每季度乙方应提交季度分析报告，对系统容量、性能瓶颈和安全风险提出优化建议，并在季度例会上向甲方汇报。
（三）遇重大活动、节假日及会员集中入会等业务高峰，乙方应提前制定保障方案，增派人员现场值守，不另行收费。

第九条 数据安全
（一）系统中的会员个人信息、经费数据及业务数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于任何其他目的。
（二）乙方运维操作必须通过甲方堡垒机进行并全程审计，不得使用个人设备连接系统，涉及生产数据的操作须经甲方书面审批。
（三）乙方应遵守《个人信息保护法》《数据安全法》，建立运维人员安全责任制度。发生数据泄露、篡改或系统被入侵的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第十条 保密
乙方及其人员对履约中知悉的甲方工作秘密、会员信息及系统配置信息负有保密义务，运维人员须签署保密承诺书，离岗时交回全部资料和门禁凭证。乙方不得以任何形式对外宣传或披露本项目的系统架构和安全配置信息。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务期内编写的运维脚本、巡检工具配置、应急预案及运维文档的知识产权归甲方所有，甲方可自由使用和修改。乙方自有的通用监控工具仍归乙方所有，乙方应在服务期满时将为本系统编写的配置和脚本完整交付甲方。

第十二条 违约责任
（一）乙方未按约定时间完成驻场人员到岗或运维交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员擅自离岗或未经甲方同意更换的，每人次支付违约金¥2,000。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第十三条 分包
乙方不得将本合同服务转包或分包给任何第三方，驻场及远程支持人员均须为与乙方签订劳动合同的正式员工。

第十四条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除或服务期满时，乙方应在二十日内向甲方或甲方指定的新服务商完成运维交接，移交全部账号、文档、脚本和运维记录，交接期间继续保障系统稳定运行。

第十五条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可部分或全部免除责任。不可抗力影响消除后，乙方应尽快恢复服务。

第十七条 其他
本合同附件包括服务内容清单、季度考核细则、系统资产清单和应急预案，附件与本合同具有同等效力。
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市总工会
乙方（盖章）：恒信联创信息技术服务有限公司
"""

Z05 = """# 青篁数智 软件许可及实施合同（标准文本 V3.0）

合同编号：QH-XS-2025-0263

甲方（用户）：翠岭竹业制品有限公司

乙方（供应商）：青篁数智软件有限公司

本合同为乙方标准合同文本。甲方购买乙方“青篁MES生产记录管理系统”软件使用许可，并委托乙方进行定制开发和实施。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供青篁MES生产记录管理系统软件的永久使用许可，包括生产记录、批次追溯、质检管理和仓储管理四个模块，授权用户数八十个。

1.2 乙方根据甲方竹筷、竹砧板、竹席三条产品线的工艺流程，定制开发车间扫码报工终端对接、蒸煮碳化工序记录、竹材含水率检测记录导入及生产日报、批次追溯报表。

1.3 乙方负责软件安装部署、基础数据初始化、系统配置及用户培训。

1.4 本合同附件一《功能清单》和附件二《定制开发需求确认书》为本合同组成部分。定制开发内容以双方签字确认的需求确认书为准，确认后的需求变更按变更另行处理。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾贰万元整（¥720,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（四个模块，八十用户） | 560,000 |
| 2 | 定制开发费 | 128,000 |
| 3 | 实施及培训费 | 32,000 |
| | 合计 | 720,000 |

2.2 上述价格不含甲方现场所需的服务器、扫码终端、网络设备及第三方数据库许可，该等设备和软件由甲方自行采购。

2.3 合同价款为一次性费用，不含免费维护期满后的技术服务费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥468,000。乙方收到该笔款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥252,000。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，由此导致的工期延误由甲方负责。

3.4 乙方收款后开具增值税专用发票。除本合同另有约定外，甲方已支付的款项不予退还。

## 第四条 实施与上线

4.1 乙方在收到首笔款项后九十日内完成软件部署、定制开发和系统上线。

4.2 甲方应按乙方要求及时提供工艺资料、基础数据和现场条件，并指定项目联系人。因甲方原因导致的延误，工期相应顺延。

4.3 系统上线运行即视为甲方验收合格。甲方未在上线后提出书面异议或已开始使用系统录入生产数据的，均视为甲方对交付成果无异议。甲方在上线后提出的需求变更，乙方另行报价。

4.4 乙方实施顾问在甲方现场工作的天数合计不超过二十五个工作日，超出部分按每人天¥2,800收费。甲方应在上线前完成历史数据整理，乙方仅负责按标准模板导入。

## 第五条 免费维护

5.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

5.2 故障响应：一级故障（系统无法登录或全部工序无法报工）乙方在接到通知后八小时内响应，二级及以下故障在三个工作日内响应。需要现场服务的，由乙方根据情况安排。

5.3 免费维护期届满时尚未处理完毕的问题，转入技术服务处理。

5.4 乙方将尽力排除故障，但对故障处理时间不作承诺。因故障造成的停工或其他损失，乙方不承担扣款、赔偿或违约金责任。

## 第六条 技术服务

6.1 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费为软件许可费的24%，即每年¥134,400。未签订技术服务合同的，乙方不再提供升级和技术支持。

6.2 技术服务内容包括远程支持、缺陷修复、版本升级和每年一次现场巡检。

6.3 技术服务费按年度预付，甲方应在每个服务年度开始前支付。甲方中断技术服务后重新签订的，应补缴中断期间的技术服务费。

## 第七条 知识产权

7.1 青篁MES生产记录管理系统的著作权及其他知识产权归乙方所有。

7.2 乙方在本项目中定制开发的功能模块、报表、接口程序及相关源代码和文档，其知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、质量、仓储数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方远程维护应经甲方同意，采取必要的安全措施，不得擅自下载、复制甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方数据的日常备份由甲方负责。乙方在维护过程中需要使用甲方数据复现问题的，应经甲方同意，并在处理完毕后删除。

## 第九条 保密

双方对在合作中获知的对方技术资料、商业信息负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方未按期完成系统上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

10.2 甲方逾期支付款项的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 许可范围与使用限制

12.1 软件许可仅限甲方在其位于本合同载明地址的生产基地内部使用，授权用户数以本合同约定为准。甲方增加用户、模块或生产基地的，应按乙方当时的价格另行购买许可。

12.2 甲方不得转让、出租、出借软件，不得对软件进行反编译、反汇编，不得删除软件中的版权标识。甲方关联公司使用本软件的，须另行取得乙方许可。

12.3 乙方有权通过软件内置的授权管理模块核验许可使用情况，甲方应予以配合。许可终止的，甲方应停止使用并删除软件。

## 第十三条 甲方义务

13.1 甲方应提供满足乙方要求的服务器、操作系统、数据库和网络环境，并负责其日常管理和数据备份。

13.2 甲方应组织车间班组长、质检员和仓管员参加培训，并按乙方的操作规范使用系统。因甲方操作不当或擅自修改系统配置造成的故障，不属于免费维护范围。

13.3 甲方应指定一名系统管理员负责与乙方对接，并保证其在项目实施期间保持稳定。

## 第十四条 培训与文档

14.1 乙方提供不超过六天的现场集中培训，培训对象为甲方系统管理员和关键用户，超出部分按乙方标准收费。

14.2 乙方交付系统安装手册、用户操作手册和管理员手册的电子版。定制开发部分的设计文档及源代码不属于交付范围。

## 第十五条 不可抗力

因不可抗力或网络运营商故障、电力中断、政府行为等不能归责于乙方的原因导致合同不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十七条 其他

17.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

17.2 本合同为乙方标准文本，双方对条款的修改以补充协议形式另行约定。

甲方（盖章）：翠岭竹业制品有限公司

乙方（盖章）：青篁数智软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MPS-CN-2025-014
P:This Agreement is made between Zhejiang Hengfeng Precision Plastics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yuyao, Zhejiang Province (the "Buyer"), and Murtal Planning Systems GmbH, a company registered in Graz, Austria, with its office at Conrad-von-Hoetzendorf-Strasse 88, 8010 Graz (the "Vendor").
P:The Buyer produces injection-moulded parts for household appliances in two plants with 146 moulding machines. It wishes to replace spreadsheet-based planning with the Vendor's advanced planning and scheduling software ("MurtalAPS") and to have the Vendor implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MurtalAPS Core module and the Scheduling Workbench, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Buyer's ERP and MES systems, the mould-change optimisation rules, the reports and the data-migration scripts written by the Vendor for the Buyer under this Agreement.
P:1.3 "Go-Live" means the first day on which both plants are planned in production with the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Buyer Data" means all production orders, routings, mould and machine master data, plans and other data of the Buyer processed with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's two plants in Yuyao and Cixi for the Buyer's internal business, for one Core installation and 25 named users of the Scheduling Workbench.
P:2.2 The Buyer may make copies of the Software for back-up, testing and disaster recovery. Additional users may be ordered at the unit price in Article 3 for two years after Final Acceptance.
P:2.3 The licence survives any termination of the services under this Agreement, except termination by the Vendor because the Buyer has failed to pay the Licence Fee.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,708,000, inclusive of all taxes, travel and expenses, made up as follows: MurtalAPS Core perpetual licence CNY 860,000; Scheduling Workbench, 25 named users at CNY 16,000 each, CNY 400,000; Licence Fee subtotal CNY 1,260,000; implementation services (configuration, Custom Deliverables, data migration, go-live support) CNY 410,000; training CNY 38,000.
P:3.2 The price is fixed. Implementation is performed at a fixed price regardless of the effort actually required, save for changes the Buyer requests in writing under Article 4.4.
H:Article 4 Implementation
P:4.1 The Vendor shall perform the implementation according to the project plan in Annex 2. Go-Live shall occur no later than 150 days after the signature of this Agreement, and Final Acceptance no later than 60 days after Go-Live.
P:4.2 The Vendor shall appoint a project manager with experience of at least three comparable APS projects, who shall be on site in the Buyer's plants during the blueprint, testing and Go-Live phases. Remote work shall be performed through the Buyer's remote-access gateway only.
P:4.3 The Buyer shall provide master data, key users and test time on the moulding machines as set out in the project plan.
P:4.4 Either party may propose changes to the scope. A change becomes binding only when both parties have signed a change order stating its effect on price and schedule.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall be operated in production for a stabilisation period of 40 days.
P:5.2 Final Acceptance shall be granted when all of the following criteria are met: (a) all functions in the functional specification in Annex 1 have passed the acceptance test cases; (b) a full re-plan of both plants over an eight-week horizon completes in less than five minutes; (c) ERP and MES interfaces have run for 20 consecutive working days without data loss or unreconciled differences; (d) the planned mould changes per week have fallen by at least 10% against the baseline measured before the project; (e) no Severity 1 incident has occurred in the stabilisation period.
P:5.3 Go-Live, use of the Software in production or any payment does not constitute acceptance. If the criteria are not met, the Vendor shall remedy the defects and repeat the tests at its own cost.
H:Article 6 Payment
P:6.1 10% of the total price (CNY 170,800) within 20 days of signature, against a bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:6.2 55% of the total price (CNY 939,400) within 20 days after Go-Live.
P:6.3 35% of the total price (CNY 597,800) within 20 days after Final Acceptance.
P:6.4 All payments are made in CNY by bank transfer to the Vendor's account against a valid invoice. The Vendor bears its own bank charges and all taxes imposed outside the People's Republic of China.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months from Final Acceptance. During this warranty period the Vendor provides corrections, updates, new releases and support free of charge.
P:7.2 Severity 1 incidents (planning cannot be run, or plans cannot be transferred to MES) shall be responded to within one hour, 24 hours a day, and a workaround shall be provided within eight hours. Severity 2 incidents shall be responded to within three business hours.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Buyer is entitled to a service credit of CNY 1,000, deducted from the next payment or from the guarantee.
P:7.4 After the warranty period, the Vendor shall offer annual support at 11% of the Licence Fee subtotal per year, i.e. CNY 138,600, fixed for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer from the date of payment under Article 6.3. The Vendor shall hand over the source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including by third parties working for it.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use it only to perform this Agreement and shall not copy it outside the Buyer's systems.
P:9.2 The Vendor shall access the Buyer's systems only through named accounts with multi-factor authentication on the Buyer's gateway, shall follow the Buyer's IT security rules and the PRC Data Security Law and Personal Information Protection Law, and shall not transfer Buyer Data outside the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within six hours and shall co-operate in its investigation. The Vendor is liable for all losses caused by a breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and shall use it only for this Agreement, during the term and for five years afterwards.
P:10.2 This obligation does not apply to information that is public, already known to the receiving party, or required to be disclosed by law.
H:Article 11 Delay Damages and Liability
P:11.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:13.2 If the Buyer terminates because of the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted and the Buyer may keep the Custom Deliverables delivered so far.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Austria, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.
P:14.2 Disputes arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre by three arbitrators. The seat of arbitration is Vienna and the language is English.
H:Article 15 Miscellaneous
P:15.1 This Agreement, with Annex 1 (functional specification), Annex 2 (project plan) and Annex 3 (acceptance test cases), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.
P:15.3 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — FieldLoop Service

Order Form No. DFS-OF-2025-0731

## PART A — ORDER FORM

### A1. Parties

**Provider:** Donaupark Field Software GmbH, Hafenstrasse 47, 4020 Linz, Austria ("Provider").

**Customer:** Suzhou Lianyun Elevator Service Co., Ltd., No. 218 Xinghu Street, Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer").

### A2. Service

FieldLoop, Provider's cloud service for planning and dispatching field technicians, including the modules Work Orders, Scheduling Board, Mobile Technician App, Spare Parts and Customer Portal, for 420 named technician users and 35 dispatcher users. Customer maintains about 18,600 elevators and escalators in the Yangtze River Delta and will use FieldLoop to plan periodic maintenance, dispatch breakdown calls and record inspection results.

### A3. Subscription Term

The Subscription Term is 24 months and starts on the date of Go-Live Acceptance under A5. It consists of two Subscription Years. The Subscription Term does not renew automatically; any continuation requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldLoop subscription, Subscription Year 1 | 455 users, annual | 286,000 |
| FieldLoop subscription, Subscription Year 2 | 455 users, annual | 286,000 |
| Onboarding (configuration, data import, ERP interface, training) | one-time, fixed | 46,000 |
| **Total Order Value** | | **618,000** |

Fees are inclusive of VAT and are fixed for the Subscription Term. Subscription fees are invoiced quarterly at the start of each quarter of the Subscription Term (CNY 71,500 per quarter) and are payable within 20 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 20 days of invoice. No amount is payable before Go-Live Acceptance. Additional users may be added at the same unit rate, pro rata for the remaining Subscription Term.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 70 days after signature of this Order Form. Onboarding comprises: configuration of Customer's service regions, contract types and maintenance intervals; import of equipment master data and open work orders; an interface to Customer's ERP for spare parts and invoicing; and training of dispatchers and technician trainers.

Go-Live Acceptance requires that: (a) all 18,600 units and their maintenance contracts have been imported and reconciled against Customer's ERP without difference; (b) a full month of periodic maintenance can be planned for all regions in one run; (c) work orders, spare-part consumption and inspection results flow to the ERP without manual rework during a ten-day pilot in two regions; (d) the Mobile Technician App works offline and synchronises on reconnection; and (e) the test scenarios in Schedule 1 have passed. Customer signs an acceptance certificate when the criteria are met. Use of the Service during the pilot is not acceptance.

### A6. Hosting and Approved Subcontractor

The Service for Customer is hosted in the Alibaba Cloud Shanghai region. Alibaba Cloud is approved by Customer as Provider's hosting subcontractor by signature of this Order Form.

Signed for Provider: ____________________   Signed for Customer: ____________________

Date: 28 July 2025

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the FieldLoop service described in A2, including updates Provider makes generally available.

1.2 "Customer Data" means all data that Customer or its users enter into or generate with the Service, including equipment, customer, work-order, location and personal data of Customer's employees and end customers.

1.3 "Customer Configurations" means the configurations, forms, workflows, reports and the ERP interface created for Customer during onboarding or at Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its users the right to use the Service for Customer's business during the Subscription Term. Customer shall keep user credentials secure and shall not resell the Service.

2.2 Provider will use commercially reasonable efforts to make the Service available and to keep interruptions short. Provider may perform maintenance from time to time and will try to schedule it outside Customer's business hours.

2.3 Support is available by e-mail and ticket portal on Austrian business days. Provider will answer support requests as soon as reasonably practicable, depending on their nature and urgency. Provider does not commit to specific response or resolution times.

2.4 Provider may change the functionality of the Service from time to time, provided that the functions listed in A2 are not materially reduced during the Subscription Term.

### 3. Customer Data and Data Protection

3.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, analyse or aggregate it for itself or others.

3.2 Provider shall store and process Customer Data only in the hosting region named in A6, and shall not transfer it outside the People's Republic of China. Provider's staff in Austria shall have no access to Customer Data except with Customer's prior approval for a specific support case, through logged and time-limited access.

3.3 Provider shall maintain the security of the Service in line with MLPS level 3 and ISO/IEC 27001, encrypt Customer Data in transit and at rest, apply role-based access control, keep audit logs for at least six months and test restores of back-ups quarterly.

3.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, shall take all reasonable steps to contain it and shall be responsible for the losses Customer suffers from a security incident caused by Provider's breach of this section 3, including costs of notifying affected persons and regulatory fines.

3.5 On expiry or termination Provider shall make all Customer Data available for export in CSV and JSON format for 60 days and then delete it, and shall confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and its standard software.

4.2 Customer Configurations and the ERP interface code belong to Customer. Provider shall deliver them in an exportable form on request and at the end of the Subscription Term, and Customer may use, modify and license them freely, including with another provider.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Order Form, and shall use it only for the purposes of this agreement. This obligation continues for three years after the end of the Subscription Term.

5.2 Information that is public, independently developed or required to be disclosed by law or by a regulator is excluded.

### 6. Subcontracting

6.1 Apart from the hosting subcontractor approved in A6, Provider shall not subcontract any part of the Service or the onboarding without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding will be performed with reasonable skill and care.

7.2 If the Service does not so perform, Provider will correct the non-conformity within a reasonable time. If Provider cannot do so, Customer may terminate under section 9.

### 8. Liability

8.1 Each party's total liability under this agreement is limited to 150% of the Total Order Value stated in A4.

8.2 The limit does not apply to breach of section 3, breach of section 5, personal injury or wilful misconduct.

8.3 Neither party is liable for loss of profit or indirect damages, except in the cases listed in 8.2.

### 9. Termination

9.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 20 days after receiving written notice describing the breach.

9.2 If Customer terminates under 9.1, Provider shall refund the fees paid for the period after termination.

9.3 Sections 3, 4, 5 and 8 survive termination.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitral award is final and binding on both parties.

### 11. General

11.1 This Order Form and these General Terms, with Schedule 1 (acceptance test scenarios), form the entire agreement. In case of conflict, Part A prevails over Part B.

11.2 Changes must be agreed in writing. Neither party may assign this agreement without the other's written consent.

11.3 Customer shall provide during onboarding a project lead, access to a test instance of its ERP, the equipment master data in the agreed template and two dispatchers for testing. Where Customer's contribution is late, the onboarding period in A5 is extended by the same number of days.

11.4 Provider may name Customer as a user of FieldLoop in its reference lists only with Customer's prior written approval.

11.5 Notices under this agreement shall be given in writing to the addresses in A1, or by e-mail to the contacts named by each party, and take effect on receipt. The English text of this Order Form and these General Terms is the authoritative text.
"""

E03 = """T:Purchase Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. AQC-EQ-2025-088
P:Buyer: Anhui Qingshan Cement Co., Ltd., Qingshan Industrial Zone, Chizhou, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Salzach Condition Monitoring GmbH, Alpenstrasse 54, 5020 Salzburg, Austria (the "Supplier").
P:The Buyer operates two clinker lines whose kiln drives, raw mills, cement mills and fans are today inspected by hand. The Buyer wishes to install online vibration monitoring on these machines. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's CMS-Monitor condition-monitoring software, installed on the Buyer's servers, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software as installed and configured at the Buyer's plant.
P:1.4 "Project Deliverables" means the measuring-point configuration, alarm thresholds and diagnostic models tuned for the Buyer's machines, the dashboards, and the interface to the Buyer's DCS and maintenance system.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the System on 62 machines of the Buyer's two clinker lines and train the Buyer's staff. The Contract Price is CNY 1,412,000, inclusive of VAT, delivery to site, insurance, installation and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor VX-3, ATEX-rated|180|3,800|684,000
TB:2|Gateway GW-8 with industrial LTE router and mounting kit|14|9,500|133,000
TB:3|CMS-Monitor perpetual licence, on-premises, 250 measuring points|1|418,000|418,000
TB:Hardware and Licence Subtotal|||1,235,000
TB:4|Installation, cabling and mounting|1 lot|96,000|96,000
TB:5|Commissioning, model tuning, DCS interface|1 lot|64,000|64,000
TB:6|Training of operators and maintenance engineers|1 lot|17,000|17,000
TB:Contract Price|||1,412,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, customs duties or other costs. The Supplier shall deliver ten spare sensors and two spare gateways free of charge with the initial delivery, for the Buyer to keep on site.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 282,400) within 20 days of signature, against an advance-payment guarantee of the same amount.
P:3.2 45% of the Contract Price (CNY 635,400) after delivery of all Equipment to site, confirmed by the Buyer's delivery receipt. The delivery receipt confirms quantity and visible condition only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 494,200) after Final Acceptance under clause 5.
P:3.4 Each payment is due within 20 days after the Buyer receives the Supplier's valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature, with certificates of origin, test reports and packing lists.
P:4.2 The Supplier shall install the sensors during the Buyer's scheduled kiln shutdown, following the Buyer's permit-to-work, lock-out and hot-work rules. The Supplier's staff on site shall wear the protective equipment required by the Buyer.
P:4.3 The Supplier shall install the Software on the Buyer's virtual servers and configure all measuring points within 40 days after the end of the kiln shutdown.
P:4.4 The Supplier shall train eight operators and six maintenance engineers of the Buyer in two sessions on site, covering the use of the Software, the reading of spectra and trend charts, the replacement of sensors and batteries and the handling of alarms. The Supplier shall provide the training material and the operation and maintenance manuals in Chinese.
H:5. Acceptance
P:5.1 After commissioning the System shall run for a trial period of 60 days.
P:5.2 Final Acceptance requires that: (a) at least 98% of the sensors deliver valid readings at the agreed interval over the trial period; (b) alarms are raised in the Software and passed to the DCS within ten seconds of the threshold being crossed; (c) the diagnostic models have correctly identified the seeded bearing and misalignment faults in the test plan; (d) the interface to the maintenance system creates work orders automatically; and (e) no Severity 1 incident is open at the end of the trial period.
P:5.3 When the criteria are met the Buyer issues a Final Acceptance certificate. Delivery, installation, use of the System during the trial period or any payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects and repeat the tests at its cost.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their rated life, and provide Software updates and support free of charge.
P:6.2 Severity 1 incidents (loss of monitoring on a kiln drive or mill, or failure of the Software) shall be responded to within 30 minutes, by telephone or remote connection, and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within three working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 The Supplier shall keep a stock of spare sensors and gateways in its Shanghai warehouse sufficient to replace failed units within three working days, and shall inform the Buyer in advance of any sensor model being discontinued.
H:7. Support after the Warranty Period
P:7.1 After the warranty period, the Supplier shall provide support on request at an annual fee of 7% of the Hardware and Licence Subtotal, i.e. CNY 86,450 per year. This fee is fixed for two years after the end of the warranty period.
P:7.2 Support after the warranty period is ordered by separate purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it for the measuring points purchased.
P:8.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them freely, including through third parties. The Supplier shall hand over the configuration files and interface source code at Final Acceptance.
H:9. Data Security
P:9.1 All measurement data, alarms and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them to develop or train models for other customers or for any other purpose.
P:9.2 The System shall be operated on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication and shall be logged. The Supplier shall not copy data outside the Buyer's network or outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System within six hours, co-operate in its investigation and compensate the Buyer for all losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's process data, drawings, network information and other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for five years afterwards.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier fails to deliver the Equipment or to reach Final Acceptance by the dates in clauses 4 and 5, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the acts of its subcontractors as for its own.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment and services not accepted, and the Buyer may return the Equipment delivered at the Supplier's cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.
H:15. General
P:15.1 Annex 1 (technical specification and measuring-point list) and Annex 2 (acceptance test plan) form part of this Contract. This Contract is signed in two originals in English and Chinese; both texts are equally authentic.
P:15.2 Notices shall be given in writing to the addresses stated above. Amendments to this Contract are valid only in writing and signed by both parties.
P:15.3 This Contract takes effect on signature by the authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

Agreement No. KIS-WH-2025-0042

**Customer:** Wuhan Changjiang Cold-Chain Logistics Co., Ltd., No. 66 Gangcheng Road, Dongxihu District, Wuhan, Hubei Province, People's Republic of China ("Customer").

**Service Provider:** Karawanken IT Services GmbH, Villacher Ring 19, 9020 Klagenfurt am Woerthersee, Austria, acting through its Wuhan branch office ("Provider").

**Background.** Customer runs its warehouse management, transport management and temperature-tracking systems for 23 cold-storage warehouses on servers in its own data room in Wuhan and in a co-location site. Customer wishes to outsource the day-to-day operation of this infrastructure to Provider for 36 months.

## 1. Definitions

1.1 "Services" means the managed infrastructure services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Customer Systems" means the servers, storage, virtualisation platform, databases, back-up system and network devices listed in Schedule 1.

1.4 "Customer Data" means all data stored on or processed by the Customer Systems.

1.5 "Service Commencement Date" means the date of Transition Acceptance under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The service term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the operation of the Customer Systems within 45 days after signature ("Transition"), following the transition plan agreed at the kick-off meeting.

3.2 Transition Acceptance requires that: (a) the inventory of all Customer Systems has been verified on site; (b) monitoring covers every system in Schedule 1 and alarms reach Provider's operations centre; (c) a full back-up and a test restore of the warehouse management database have succeeded; (d) the run-books for the top twenty operational tasks have been reviewed by Customer; and (e) Provider's service desk has handled Customer tickets for ten working days in parallel with Customer's team. Customer then signs a Transition Acceptance certificate.

3.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Services and Service Levels

4.1 Provider shall perform the Services described in Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall report monthly on the Service Levels achieved, incidents, changes, capacity and open risks, and shall attend a monthly service review with Customer's IT manager.

4.3 If Provider fails a Service Level, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits are not Customer's exclusive remedy.

4.4 Provider shall keep the operating systems, databases and virtualisation platform of the Customer Systems on versions supported by their manufacturers, and shall propose an upgrade plan at least three months before any version reaches end of support.

4.5 Before the spring and autumn peak seasons Provider shall carry out a capacity and performance review of the warehouse management system and present its recommendations to Customer.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total value of this Agreement over the service term is CNY 2,212,000.

5.2 The monthly service charge is invoiced quarterly in arrears. The transition fee is invoiced after Transition Acceptance. Customer pays each correct invoice within 25 days of receipt. No amount is payable in advance.

5.3 The charges are fixed for the service term and include all personnel, tools, travel and taxes.

## 6. Customer Responsibilities

6.1 Customer shall give Provider the access to the Customer Systems needed to perform the Services, keep the data room and co-location contract in force and renew the third-party hardware maintenance contracts listed in Schedule 1.

6.2 Customer shall approve changes through its change advisory board within the times agreed in the run-books.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including system documentation, passwords, prices and business information, and shall not disclose it to third parties except to its employees who need to know it. This obligation survives for three years after termination.

8.2 Information that is public, lawfully obtained from a third party or required to be disclosed by law is excluded.

## 9. Intellectual Property

9.1 Provider's monitoring tools and standard methods remain Provider's property.

9.2 Run-books, scripts, configurations and documentation created for Customer under this Agreement belong to Customer, and Customer may use, modify and license them freely, also after the end of this Agreement.

## 10. Personnel and Subcontracting

10.1 Provider shall assign a named service manager and a team of qualified engineers, of whom at least two shall be based in Wuhan.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement in any contract year shall not exceed the charges paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

11.3 The limits in 11.1 and 11.2 do not apply to personal injury or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after written notice, or if Provider fails the availability Service Level in three consecutive months.

12.2 Either party may terminate if the other party becomes insolvent.

12.3 On expiry or termination, Provider shall support the handover to Customer or to a new provider for up to 60 days at the monthly charge pro rata, and shall return all Customer Data and documentation.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. If there is a conflict, the clauses prevail over the Schedules.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to resume performance. If force majeure continues for more than 60 days, either party may terminate this Agreement by written notice.

14.4 Notices shall be given in writing to the addresses stated above, or by e-mail to the contacts named at the kick-off meeting.

Signed for Customer: ____________________   Signed for Provider: ____________________

## Schedule 1 — Services and Customer Systems

| Service | Scope | Hours |
|---|---|---|
| Monitoring | 86 virtual and 14 physical servers, 2 storage arrays, virtualisation cluster, core switches and firewalls | 24 x 7 |
| Service desk | Tickets from Customer IT staff and warehouse supervisors, in Chinese, by phone, portal and e-mail | 24 x 7 |
| Operating-system and database administration | Windows and Linux servers, SQL Server and PostgreSQL databases, monthly patching in agreed windows | Business hours, on-call outside |
| Back-up and restore | Daily back-ups, weekly full back-ups, monthly restore tests, off-site copy to co-location site | 24 x 7 |
| Capacity and performance | Monthly capacity review, tuning of the warehouse management database before peak seasons | Business hours |
| Change management | Preparation and execution of approved changes, emergency changes by phone approval | 24 x 7 |

## Schedule 2 — Service Levels and Service Credits

| Item | Service Level | Service credit |
|---|---|---|
| Availability of the warehouse management and temperature-tracking systems | 99.95% per month, excluding agreed maintenance windows | 3% of the monthly charge for each 0.01 point below the level |
| Priority 1 incident (warehouse operations or temperature tracking stopped) | Response within 15 minutes, restoration within 3 hours | CNY 1,500 for each hour late |
| Priority 2 incident (one site or function degraded) | Response within 1 hour, restoration within 8 hours | CNY 500 for each hour late |
| Back-up success | Every scheduled job completed, or rerun successfully within 24 hours | 2% of the monthly charge for each job not completed |
| Restore test | Monthly restore test passed | 2% of the monthly charge |

Total service credits in a month are limited to 25% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 124,000 |
| Monthly service charge | CNY 58,000 x 36 months | 2,088,000 |
| Total value over the service term | | 2,212,000 |
"""

E05 = """WIND POWER FORECAST DATA SUBSCRIPTION AGREEMENT

Agreement No. BMD-QL-2025-07

BETWEEN

Gansu Qilian Wind Power Co., Ltd., No. 9 Yingbin Road, Jiuquan, Gansu Province, People's Republic of China (the "Customer"), and

Bodensee Meteo Data GmbH, Seestrasse 31, 6900 Bregenz, Austria (the "Provider").

BACKGROUND

The Customer operates four wind farms in the Jiuquan region with a total installed capacity of 600 MW. It must submit day-ahead and intraday power forecasts to the provincial grid dispatch centre. The Provider produces numerical weather predictions and wind power forecasts and delivers them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Forecast Data" means the weather and power forecasts for the Customer's wind farms delivered by the Provider under this Agreement.

1.2 "API" means the Provider's REST interface through which Forecast Data is delivered and Site Data is received.

1.3 "Site Data" means the turbine availability, measured power output, met-mast readings and curtailment information that the Customer sends to the Provider.

1.4 "Subscription Year" means the period from the Production Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

1.5 "Production Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SERVICE

2.1 The Provider shall deliver through the API, for each of the Customer's four wind farms: (a) day-ahead forecasts of wind speed, wind direction and power output in 15-minute resolution for the next ten days, updated four times per day; (b) intraday forecasts for the next six hours, updated every fifteen minutes; and (c) ramp and icing alerts.

2.2 The Provider shall calibrate its power models for each wind farm using the Site Data, and shall re-calibrate them after any change in the number or type of turbines notified by the Customer.

2.3 The Provider shall deliver a monthly accuracy report for each wind farm, using the normalised mean absolute error method required by the grid dispatch centre.

2.4 The Provider shall name a forecast analyst for the Customer who speaks Chinese, reviews forecast errors after extreme weather events with the Customer's dispatch team and proposes model improvements. The analyst shall be reachable on business days in China Standard Time.

2.5 The Customer shall send Site Data through the API at the intervals set out in Appendix 2 and inform the Provider of planned turbine outages and curtailment in advance.

3. TERM

3.1 This Agreement starts on signature. The subscription runs for two Subscription Years from the Production Start Date.

3.2 The subscription ends at the end of the second Subscription Year. Any renewal requires a new written agreement. There is no automatic renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall, within 50 days after signature, deliver a connector that transfers Forecast Data from the API into the Customer's forecasting and dispatch-reporting system and sends Site Data from the Customer's SCADA gateway to the API.

4.2 Integration Acceptance requires that: (a) the connector has delivered every scheduled forecast for all four wind farms without manual intervention for 21 consecutive days; (b) the day-ahead forecasts in that period meet the accuracy level required by the grid dispatch centre's rules for each wind farm; (c) files in the format required by the grid dispatch centre are produced automatically; and (d) the test cases in Appendix 1 have passed. The Customer confirms Integration Acceptance in writing. Use of the Forecast Data during the test period is not acceptance.

4.3 If the Production Start Date is delayed for reasons attributable to the Provider beyond the 50-day period in clause 4.1, the Provider shall pay the Customer CNY 700 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, measured at the Provider's API gateway.

5.2 Priority 1 incidents (no forecast delivered for any wind farm, or forecasts delivered late for submission to the grid dispatch centre) shall be responded to within one hour, at any time, and resolved within three hours. Other incidents shall be responded to within one business day.

5.3 For each 0.1 percentage point of availability below the level in clause 5.1 in a month, the Customer receives a credit of 5% of the monthly share of the Subscription Fee. For each forecast run that is not delivered in time for the grid dispatch centre's submission deadline through the Provider's fault, the Customer receives a credit of CNY 2,000. In addition the Provider shall reimburse the penalties imposed on the Customer by the grid dispatch centre for missing or late forecasts caused by the Provider.

6. FEES AND PAYMENT

6.1 The fees under this Agreement are: Subscription Fee CNY 436,000 per Subscription Year, CNY 872,000 for both Subscription Years; integration fee CNY 28,000, one-time. The total value of this Agreement is CNY 900,000, including VAT.

6.2 The Subscription Fee for each Subscription Year is paid in two equal instalments of CNY 218,000, each invoiced at the start of a half of the Subscription Year and payable within 20 days of invoice.

6.3 The integration fee is invoiced after Integration Acceptance and payable within 20 days of invoice. Nothing is payable before the Production Start Date.

6.4 The fees are fixed for both Subscription Years. Adding a further wind farm is charged at CNY 98,000 per Subscription Year, pro rata.

7. LICENCE TO FORECAST DATA AND INTELLECTUAL PROPERTY

7.1 The Provider grants the Customer a non-exclusive licence to use the Forecast Data for the operation of its wind farms, for submissions to the grid dispatch centre and for its internal reporting, during the subscription and without time limit for Forecast Data received. The Customer shall not resell the Forecast Data.

7.2 The Provider's models, software and API remain the Provider's property.

7.3 The connector and its source code, and the wind farm configuration created for the Customer, belong to the Customer, which may use, modify and license them freely. The Provider shall deliver the source code at Integration Acceptance.

8. SITE DATA AND DATA SECURITY

8.1 Site Data belongs to the Customer. The Provider shall use Site Data only to produce the Customer's forecasts under this Agreement and shall not use it for other customers, for its general models or for any other purpose.

8.2 The Provider shall process Site Data only on servers located in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least six months, and shall comply with the PRC Cybersecurity Law and Data Security Law.

8.3 The Provider shall notify the Customer of any security incident affecting Site Data or the connector within six hours, take immediate measures to contain it and compensate the Customer for all losses caused by the Provider's failure to comply with this clause 8.

8.4 At the end of the subscription the Provider shall delete all Site Data and confirm the deletion in writing.

9. SUBCONTRACTING

9.1 The Provider may engage subcontractors for hosting, data processing and on-site support in China, by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the work of its subcontractors.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total value stated in clause 6.1.

10.2 This limit does not apply to personal injury, wilful misconduct or breach of clause 8.

10.3 Neither party is liable to the other for loss of profit or indirect loss, except for the grid dispatch centre penalties reimbursed under clause 5.3.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after written notice, or if the Provider fails the availability level in clause 5.1 in two consecutive months.

11.2 On termination by the Customer under clause 11.1 the Provider shall refund the fees paid for the period after termination.

12. FORCE MAJEURE

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party without delay and takes reasonable steps to limit the effect. A failure of the Provider's own systems or of its subcontractors is not force majeure.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou. The award is final and binding on both parties.

14. GENERAL

14.1 Appendix 1 (integration test cases) and Appendix 2 (API specification) form part of this Agreement.

14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement is made in two originals in English, one for each party.

For the Customer: ____________________        For the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h634z01": ("h634z01_wastewater_plant_supervision_platform.pdf", Z01, "zh"),
    "h634z02": ("h634z02_motor_plant_winding_varnish_line_retrofit.docx", Z02, "zh"),
    "h634z03": ("h634z03_noodle_chain_ordering_membership_saas.txt", Z03, "zh"),
    "h634z04": ("h634z04_trade_union_member_system_om.txt", Z04, "zh"),
    "h634z05": ("h634z05_bamboo_factory_production_records_supplier_template.md", Z05, "zh"),
    "h634e01": ("h634e01_aps_perpetual_licence_graz_vendor.pdf", E01, "en"),
    "h634e02": ("h634e02_field_service_saas_order_form_linz_vendor.md", E02, "en"),
    "h634e03": ("h634e03_cement_vibration_sensors_monitoring_licence.docx", E03, "en"),
    "h634e04": ("h634e04_cold_chain_managed_infrastructure_36_months.md", E04, "en"),
    "h634e05": ("h634e05_wind_forecast_api_subscription_bregenz_vendor.txt", E05, "en"),
}

G, S = "goods_or_licence", "service"
# Design: terms in holdout19 key order, extras, the priced items (sum == contract value), the licence / hardware fee base
# for TCO, and the rules I mean each draft to trigger (my design list, checked against the derived list below).
DESIGN = {
    "h634z01": dict(category="software", value=1910000, items=[1180000, 620000, 86000, 24000], base=1180000,
                    pay=[382000, 859500, 668500],
                    t=[99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                       True, "PRC", G], sla=True, ld=True, capped=True, deemed=False,
                    rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h634z02": dict(category="hardware", value=1510000, items=[486000, 372000, 264000, 218000, 128000, 42000],
                    base=1340000, pay=[302000, 528500, 679500],
                    t=[None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 8, False, False, False,
                       "PRC", G], sla=True, ld=True, capped=True, deemed=False,
                    rules=["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h634z03": dict(category="cloud", value=1018000, items=[374000, 374000, 86000, 86000, 98000], base=None,
                    pay=[98000] + [115000] * 8,
                    t=[99.95, 0.25, True, "buyer", True, False, True, 1200 / 1018000 * 100, 200, None, True, None,
                       None, None, True, True, False, "PRC", S], sla=True, ld=True, capped=None, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h634z04": dict(category="services", value=508000, items=[336000, 96000, 58000, 18000], base=None,
                    pay=[127000] * 4,
                    t=[99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                       True, False, "PRC", S], sla=True, ld=True, capped=None, deemed=False, rules=[]),
    "h634z05": dict(category="software", value=720000, items=[560000, 128000, 32000], base=560000,
                    pay=[468000, 252000],
                    t=[None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 24, False, True,
                       None, "PRC", G], sla=True, ld=True, capped=True, deemed=True,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                           "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h634e01": dict(category="software", value=1708000, items=[860000, 400000, 410000, 38000], base=1260000,
                    pay=[170800, 939400, 597800],
                    t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True,
                       False, "Austria", G], sla=True, ld=True, capped=True, deemed=False,
                    rules=["CR-GOVERNING-LAW"]),
    "h634e02": dict(category="cloud", value=618000, items=[286000, 286000, 46000], base=None,
                    pay=[46000] + [71500] * 8,
                    t=[None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                       True, False, "PRC", S], sla=False, ld=False, capped=None, deemed=False,
                    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h634e03": dict(category="hardware", value=1412000, items=[684000, 133000, 418000, 96000, 64000, 17000],
                    base=1235000, pay=[282400, 635400, 494200],
                    t=[None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True,
                       False, "PRC", G], sla=True, ld=True, capped=True, deemed=False, rules=[]),
    "h634e04": dict(category="services", value=2212000, items=[124000] + [58000] * 36, base=None,
                    pay=[124000] + [174000] * 12,
                    t=[99.95, 0.25, True, "buyer", False, True, True, 2000 / 2212000 * 100, 6 / 36 * 100, None, True,
                       None, None, None, False, True, False, "PRC", S], sla=True, ld=True, capped=None, deemed=False,
                    rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h634e05": dict(category="cloud", value=900000, items=[436000, 436000, 28000], base=None,
                    pay=[28000] + [218000] * 4,
                    t=[99.95, 1, True, "buyer", True, True, False, 700 / 900000 * 100, 200, None, True, None, None,
                       None, False, True, True, "PRC", S], sla=True, ld=True, capped=None, deemed=False,
                    rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3 defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    d = DESIGN[key]
    terms = dict(zip(TERM_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return terms, extra


def tco_share(key):
    d = DESIGN[key]
    terms, extra = label(key)
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    post = d["base"] * terms["post_warranty_fee_pct"] / 100 * years
    return post / (d["value"] + post) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    t, x = label(key)
    goods = t["contract_kind"] == G
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
        sh = tco_share(key)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures that may appear nowhere in the built texts
BANNED = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\s*[.．]\s*9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"万分之五(?!十)", r"千分之零点五", r"三成", r"四成",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![\w-])four\s*-?\s*hours?",
    r"(?<![十二三零〇两])四\s*个?\s*小时",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)",
    r"twelve\s*-?\s*(?:calendar\s+)?months?",
    r"(?<![十二三])十二\s*个\s*月",
    r"(?<![\w-])(?:one|1)\s*-?\s*years?\b",
    r"(?<![十第])一年",
    r"(?<![\w-])(?:fifteen|thirty|forty|one\s+hundred)\s+per\s*cent",
]
BANNED_RE = re.compile("|".join("(?:%s)" % b for b in BANNED), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "四小时", "4 hours",
            "4-hour", "four hours", "12 months", "12个月", "十二个月", "15%", "40 %", "100%", "一年", "one year",
            "fifteen per cent", "百分之十五"]
MUST_MISS = ["24 hours", "二十四小时", "三十六小时", "99.95%", "99.99%", "0.055", "10.05", "130%", "115%", "14 hours",
             "万分之五十", "45%", "35%", "第一年度", "20 days", "2,100", "1,500", "二十四个月", "36 months", "18 months"]


def self_test():
    for s in MUST_HIT:
        assert BANNED_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not BANNED_RE.search(s), ("must miss", s, BANNED_RE.search(s))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    covered = set()
    for key, (name, src, lang) in FILES.items():
        path = OUT / name
        if path.suffix in (".txt", ".md"):
            path.write_text(src.strip("\n") + "\n", encoding="utf-8")
        else:
            write({key: src}, {key: (name, path.suffix[1:])}, OUT, wrap_words=True)
        d = DESIGN[key]
        assert sum(d["items"]) == d["value"], key
        assert sum(d["pay"]) == d["value"], key
        terms, extra = label(key)
        for k, th in TH.items():
            v = terms[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 0.01, key
        sh = tco_share(key)
        assert sh is None or abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        text = read_back(path)
        for variant in (text, " ".join(text.split()), re.sub(r"\s+", "", text)):
            m = BANNED_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        rules = derive(key)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        covered |= set(rules)
        lab = {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
               "expected_extra": extra, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-8s %-66s %5d %-6s tco=%s %s" % (key, name, n, risk(rules),
                                                 None if sh is None else round(sh, 1), ", ".join(rules) or "-"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    n_mixed = sum(1 for k in DESIGN if 2 <= len(DESIGN[k]["rules"]) <= 3)
    assert [k for k in DESIGN if not DESIGN[k]["rules"]] == ["h634z04", "h634e03"]
    assert DESIGN["h634e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h634z05"]["rules"]) <= 10
    assert n_mixed == 6, n_mixed
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
