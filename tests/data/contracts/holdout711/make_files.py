"""holdout711: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
lengths, threshold avoidance, rule derivation against the design list, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青阳市征地拆迁办公室征收补偿管理平台采购合同
P:合同编号：QYZC-2025-HT-0317　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青阳市征地拆迁办公室
P:乙方（供应商）：江州数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就征收补偿管理平台的软件许可、定制开发及实施事宜，订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供征收补偿管理平台软件许可（永久使用，不限用户数，部署于甲方政务云），并完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：房屋征收调查登记、评估结果导入与补偿测算、安置方式选择、补偿协议在线生成与签订、补偿资金拨付审批、被征收人信息公示、征收档案电子化归档，以及与市不动产登记、财政国库支付、电子签章系统的接口。
P:1.3 数据迁移范围为二〇一六年以来的征收项目台账、补偿协议及资金拨付记录，约二十一万条。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾贰万捌仟元整（¥1,628,000），为固定总价，含税费、差旅及一切相关费用。
P:2.2 价款构成：平台软件许可费¥860,000；定制开发费¥574,000；数据迁移费¥118,000；部署实施及培训费¥76,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的发票。甲方按财政资金支付流程付款，因财政审批正常流程产生的时间不视为甲方逾期。
P:3.5 乙方应在合同签订后十日内提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发，一百二十日内完成数据迁移并提交初步验收申请。
P:4.2 乙方应派驻项目经理及不少于四名实施人员，人员变更须经甲方书面同意。
P:4.3 乙方应按甲方政务云安全要求完成部署，不得在政务云以外保存任何业务数据副本。
P:4.4 乙方应提交项目实施方案、需求规格说明书、数据迁移方案及割接回退方案，经甲方确认后实施。实施期间乙方每周提交进度报告，重大问题应在一个工作日内书面报告。
P:4.5 乙方应为甲方业务人员、各街道征收工作人员及系统管理员分别组织培训，培训合计不少于六场，并提供操作手册、管理员手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：(1) 需求规格说明书所列功能全部实现；(2) 补偿测算结果与甲方提供的五十个历史样本逐项比对一致；(3) 迁移数据经抽样核对，差错率不高于万分之二；(4) 三个接口连续十日调用正常；(5) 二百并发用户下页面响应时间不超过三秒。
P:5.2 最终验收标准：初步验收后系统试运行六十日，期间未发生一级故障，遗留问题全部关闭，并通过第三方网络安全等级保护测评及密码应用安全性评估。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以书面验收报告为准。系统上线试运行、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口维护和远程技术支持。
P:6.3 质保期内乙方每季度对系统进行一次现场巡检，提交巡检报告，内容包括系统运行情况、数据库容量、接口调用情况、安全漏洞修复情况及优化建议；因国家或本省征收补偿政策调整需要对测算规则进行参数化调整的，乙方免费配合完成。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的9%每年收取维护费（即每年¥77,400），该费率在质保期满后三年内不作调整。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内系统月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及响应：一级故障（系统整体不可用或补偿资金拨付无法办理）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，一个工作日内解决；三级故障（一般问题）两个工作日内解决。
P:7.3 一级故障响应或恢复超时的，每超时一小时乙方向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付违约金¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库脚本及技术文档的知识产权归甲方所有，乙方应于最终验收时交付全部源代码，甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证其交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的被征收人身份信息、房屋信息、补偿协议和资金数据均属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施人员须通过政务云堡垒机访问，按最小权限原则授权，操作全程审计，不得私自下载、复制或外传数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、征收项目信息及被征收人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应在甲方要求的期限内免费整改，整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力致使不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。不可抗力消除后，受影响一方应及时恢复履行，并将恢复情况书面告知对方。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：青阳市征地拆迁办公室　　　乙方（盖章）：江州数衡信息技术有限公司
P:签订日期：二〇二五年　月　日
"""

Z02 = """T:印刷裁切生产线控制系统改造及维保合同
P:合同编号：HXPK-SB-2025-046
P:甲方：华星扑克牌制造有限公司
P:乙方：东岭智能装备工程有限公司
P:甲方拟对其二号厂房四条扑克牌印刷裁切生产线的电气控制系统进行改造，乙方经比选确定为供应商。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线（胶印机组、覆膜上光机、分切机、冲切圆角机及自动理牌包装机）的控制系统改造，包括控制柜及PLC更换、伺服驱动及电机更换、印刷套准与裁切视觉检测系统加装、产线监控软件部署，以及与甲方MES系统的接口对接。
P:1.2 改造后单线额定速度由每分钟一百八十副提升至每分钟二百四十副，套准偏差不大于0.1毫米，裁切尺寸偏差不大于0.15毫米，错牌、缺角、色差等缺陷的视觉检出率不低于99.5%。
P:1.3 乙方应利用甲方计划停产窗口分线施工，每条线停产时间不超过十二日，不得影响其他生产线正常运行。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾贰万捌仟元整（¥1,728,000），含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及电气元件改造|4条线|628,000
TB:2|伺服驱动器及伺服电机|4条线|412,000
TB:3|印刷套准及裁切视觉检测系统|4套|356,000
TB:4|产线监控软件许可（含MES接口模块）|1套|168,000
TB:|设备及软件小计||1,564,000
TB:5|安装调试及旧设备拆除|4条线|146,000
TB:6|操作及维修培训|1项|18,000
TB:|合计||1,728,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%。到货及安装完毕不视为验收。
P:3.3 四条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交付与施工
P:4.1 乙方应在合同签订后六十日内完成全部设备到货，在甲方通知的停产窗口内完成各线改造，全部工作应于合同签订后一百五十日内完成。
P:4.2 乙方施工人员应遵守甲方安全生产、防火及车间管理制度，进入车间须佩戴安全防护用品，动火作业须经甲方批准。
P:4.3 拆除的旧控制柜、旧电机归甲方所有，由乙方搬运至甲方指定仓库。
P:4.4 乙方应在进场前提交施工组织方案、停产切换方案及应急回退方案，经甲方生产部和设备部确认后实施。每条线切换当日，乙方项目经理及电气、视觉工程师应全程在场。
P:4.5 乙方应为甲方操作工、电工及设备管理人员分批组织培训，内容包括设备操作、参数调整、日常点检及常见故障处理，培训结束后进行考核。
H:第五条 验收
P:5.1 单线验收：每条线改造完成后连续试生产七十二小时，达到第1.2条各项指标，且试生产期间未发生因控制系统原因造成的停机。
P:5.2 最终验收：四条线全部通过单线验收后，连续稳定运行三十日，产品一次合格率不低于改造前同期水平，监控软件数据与MES系统核对一致，乙方交付全部技术资料（电气图纸、PLC程序、参数表、操作及维修手册）。
P:5.3 最终验收由甲方组织，双方签署验收报告。设备到货、安装完毕或甲方投入试生产均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，易损件除外。质保期内更换的部件，自更换之日起重新计算该部件的质保期。
P:6.2 质保期内乙方每季度上门巡检一次，检查电气元件、伺服系统及视觉检测系统的运行状态并出具巡检报告。
H:第七条 维保服务
P:7.1 质保期满后，甲方可委托乙方提供年度维保服务。年度维保费按设备及软件小计的8%计收，即每年¥125,120，质保期满后三年内不调整。年度维保合同逐年签订，不自动续期。
P:7.2 维保服务内容包括：故障维修、备件供应、软件缺陷修复、定期巡检及工艺参数优化支持。
P:7.3 维保期间乙方供应备件的价格不高于附件一所列单价。
H:第八条 服务水平
P:8.1 故障分级：一级故障指整条生产线因控制系统原因停机；二级故障指单台设备或视觉检测功能异常但整线可降速运行；三级故障指其他一般问题。
P:8.2 一级故障乙方应在1小时内响应，6小时内到达现场并恢复生产；二级故障2小时内响应，24小时内修复；三级故障两个工作日内处理完毕。
P:8.3 乙方应在甲方所在地储备常用备件，包括PLC模块、伺服驱动器、工业相机及光源，确保一级故障所需备件当日可用。
P:8.4 乙方应设立服务热线并指定服务负责人，每次故障处理完毕后提交故障报告，说明故障原因、处理过程及预防措施。同一故障在三个月内重复发生三次以上的，乙方应提出整改方案并经甲方确认后实施。
H:第九条 知识产权
P:9.1 产线监控软件标准版本的知识产权归乙方或其授权方所有，甲方享有永久使用权。
P:9.2 乙方为本项目编写的PLC程序、人机界面组态、视觉检测算法参数及MES接口程序归甲方所有，乙方应完整交付源程序，甲方有权自行修改或委托他人修改。
P:9.3 乙方保证所交付的设备、软件及技术资料不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。
H:第十条 数据安全
P:10.1 生产数据、工艺参数、牌面图案文件及质量检测图像均归甲方所有，乙方不得用于本合同以外的目的。
P:10.2 乙方应对控制系统实施安全加固：关闭不必要的端口和服务，安装经甲方认可的工控安全防护软件，工程师站与办公网络隔离。乙方远程维护须经甲方逐次审批，通过甲方指定的安全通道进行。
P:10.3 乙方交付的设备和软件不得含有病毒、后门或未声明的远程连接功能。因乙方原因导致生产数据泄露、丢失或控制系统遭受网络攻击的，乙方应在两小时内报告甲方，采取补救措施并赔偿甲方全部损失。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 因乙方施工原因造成甲方停产时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本合同。控制柜制作、电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 乙方逾期超过三十日的，甲方有权解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延期履行或部分免除责任。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:附件一：设备清单及技术参数　附件二：施工进度计划
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日
"""

Z03 = """武术培训门店约课及会员管理SaaS服务合同

合同编号：LWG-IT-2025-019

甲方：龙武馆教育科技（集团）有限公司
乙方：云程软件服务有限公司

甲方在全国经营三十五家连锁武术培训门店（散打、跆拳道、少儿武术、太极拳等课程），拟使用乙方的约课及会员管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务：
1. 学员端小程序：课程查询、在线约课、排队候补、签到核销、课时余额查询、家长代约；
2. 教练端：排课、点名、课后评语、考级报名；
3. 门店端：会员卡及课包管理、续费提醒、体验课线索跟进、收银对账；
4. 总部管理端：三十五家门店经营看板、教练课时统计、会员流失预警、营销活动配置。
（二）乙方负责一次性实施服务：系统初始化配置、甲方品牌小程序页面定制、现有会员及课时数据迁移（约四万二千名学员）、与甲方财务系统的对账接口、总部及门店人员培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算，每一服务年度为三百六十五日。
（四）乙方负责平台的日常运行维护、容量扩展、安全防护及数据备份，每日全量备份一次，备份数据保留不少于三十日，恢复演练每半年进行一次。

二、服务费用
（一）合同总金额为人民币捌拾伍万肆仟元整（¥854,000），含税。其中：
1. 门店端订阅费：每家门店每服务年度¥9,600，三十五家门店两个服务年度合计¥672,000；
2. 总部管理端订阅费：每服务年度¥48,000，两个服务年度合计¥96,000；
3. 一次性实施费：¥86,000。
（二）服务期内订阅单价固定不变。门店数量增减的，按实际开通门店数及开通天数折算。
（三）短信通知按实际发送量另行结算，不计入合同总金额。
（四）服务期内甲方新开门店的，订阅单价按本合同约定执行。

三、付款方式
（一）一次性实施费在上线验收合格后十五个工作日内支付。
（二）订阅费按季度结算，每季度结束后十个工作日内，乙方提供当季服务报告及发票，甲方审核后支付当季订阅费。
（三）本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施，具备上线条件。
（二）上线验收标准：
1. 本合同第一条所列功能全部可用，三家试点门店连续试运行十四日无一级故障；
2. 会员、课包及课时余额迁移数据与甲方原系统逐条核对一致；
3. 约课高峰（每日十八时至二十时）并发一千人时，页面响应时间不超过两秒；
4. 对账接口数据与甲方财务系统连续七日核对无差异。
（三）上线验收由甲方组织，双方签署上线验收单。乙方开通账号或甲方门店开始使用，均不视为验收合格。
（四）上线验收后五个工作日内，乙方应提交系统配置说明、接口文档、数据迁移报告及门店操作手册。
（五）乙方逾期完成上线的，每逾期一日，按人民币600元向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在每日零时至六时之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障：全部或多家门店无法约课、签到或收银，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单一功能或单家门店异常，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：一般咨询及优化需求，一个工作日内答复。
（三）月可用率未达到承诺值的，按以下比例抵扣当月订阅费：低于承诺值但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障恢复超时的，每超时一小时另抵扣当月订阅费的2%。
（四）乙方每月向甲方提交服务报告，列明可用率、故障记录及处理情况。
（五）乙方提供每日八时至二十二时的人工客服，并提供七乘二十四小时故障报修热线。乙方指定专属客户成功经理，每季度到甲方总部回访一次，听取门店意见。
（六）乙方平台版本更新应提前七日通知甲方，涉及约课、核销、收银流程变化的，应提供更新说明及门店培训材料，且不得降低已有功能。

六、数据权属与数据安全
（一）甲方及学员在平台中产生的全部数据，包括学员及家长个人信息、课时记录、交易记录和经营数据，均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）学员中包含未满十四周岁的未成年人，乙方应配合甲方落实监护人同意规则，对未成年人个人信息单独加密存储，并严格限制访问人员范围。
（三）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，平台应通过网络安全等级保护三级测评，数据存储于中国境内，传输及存储加密，管理操作留存日志不少于六个月。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并配合甲方向主管部门报告；因乙方原因造成的，乙方承担全部赔偿责任。
（五）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除，出具删除证明。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、对账接口程序及配置文档归甲方所有，甲方可自行使用、修改或许可他人使用。

八、保密
双方对履约中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求参与本项目的员工签署保密承诺。保密义务在合同终止后三年内持续有效。

九、分包与第三方服务
乙方可将短信通道、支付通道接入及部分门店现场培训工作委托第三方完成，但应提前五个工作日书面通知甲方，并对第三方的工作承担责任。

十、责任限制
除数据安全责任、知识产权侵权责任及故意或重大过失外，乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限。

十一、合同期限与终止
（一）服务期满，本合同终止，不自动续期。甲方需继续使用的，双方另行签订合同。
（二）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。
（三）乙方连续两个月未达到承诺可用率的，甲方有权解除本合同。
（四）合同解除的，甲方按实际服务期间结算订阅费，乙方应退还已收取但未提供服务部分的费用。
（五）合同终止前，乙方应配合甲方将数据迁移至甲方指定的系统，协助期不少于三十日，不另收费。

十二、甲方义务
（一）甲方应指定项目负责人，及时提供门店信息、课程体系、会员数据及对账规则，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号，因甲方自身原因造成账号泄露的，由甲方承担相应后果。
（三）甲方应按约定支付服务费用。

十三、不可抗力
因不可抗力或基础电信运营商大范围故障导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间不计入可用率统计，但乙方应提供书面说明。

十四、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十五、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：门店清单、功能清单、上线验收单格式。

甲方（盖章）：龙武馆教育科技（集团）有限公司
乙方（盖章）：云程软件服务有限公司
日期：2025年　月　日
"""

Z04 = """南屏市精神卫生中心医院信息系统（HIS）年度运维服务合同

项目编号：NPJW-CS-2025-08（竞争性磋商）

甲方：南屏市精神卫生中心
乙方：恒康医疗信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其医院信息系统提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方HIS系统（门诊挂号收费、住院管理、药房药库、医生工作站、护士工作站、精神科专科病历、心理测评、医保结算接口、电子病历接口）及其数据库、中间件和应用服务器。
（二）服务内容：
1. 驻场运维：乙方派驻两名工程师，工作日八时至十七时三十分在院服务，节假日安排值班；
2. 远程及应急支持：七乘二十四小时电话及远程支持，重大故障现场处置；
3. 接口维护：医保结算、电子病历、检验检查、区域卫生平台等接口的日常监控与变更适配；
4. 巡检与优化：每月系统巡检、每季度数据库健康检查及性能优化、每半年灾备恢复演练；
5. 版本维护：缺陷修复、政策性调整（医保目录、收费标准变化）及甲方提出的小型需求变更，单项工作量在五人日以内的不另收费。
（三）服务期限为一个服务年度，自2025年7月1日起至2026年6月30日止。
（四）乙方应建立运维服务台账，使用甲方认可的运维管理工具记录每一事件、问题和变更，变更实施前须提交变更申请、影响评估及回退方案，经甲方信息科批准后在非诊疗高峰时段实施。
（五）乙方应配合甲方完成互联互通标准化成熟度测评、电子病历系统应用水平评级及医保飞行检查中涉及HIS的数据核查工作。

第二条 服务费用
（一）服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含税，包括：驻场运维¥264,000；远程及应急支持¥96,000；接口维护¥78,000；巡检及数据库优化¥48,000。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，经甲方按本合同第五条考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费。
（三）本合同无预付款。

第三条 服务水平
（一）HIS核心业务（挂号收费、医嘱、药房发药、住院结算）系统月可用率不低于99.95%。
（二）故障分级与响应时限：
1. 一级故障：核心业务全院或多科室无法使用，乙方15分钟内响应，驻场工程师立即处置，远程专家30分钟内介入，1小时内到场，2小时内恢复业务或启用应急流程；
2. 二级故障：单一科室或单一功能不可用，30分钟内响应，8小时内恢复；
3. 三级故障：一般问题或咨询，当日响应，三个工作日内解决。
（三）乙方应在一级故障恢复后二十四小时内提交故障分析报告。
（四）服务水平未达标的，按下列方式扣减当季服务费：月可用率每低于承诺值0.01个百分点，扣减¥1,000；一级故障响应或恢复每超时一小时，扣减¥2,000；二级故障恢复每超时一小时，扣减¥500。扣减总额以当季服务费为限。
（五）乙方应每季度向甲方提交服务水平统计报告，统计数据以甲方运维管理工具的记录为准。

第四条 服务人员
（一）驻场工程师应具备三年以上医院信息系统运维经验，熟悉精神专科业务流程，名单经甲方确认后不得随意更换；确需更换的，应提前十五日书面通知并经甲方同意，新人员与原人员交接不少于五个工作日。
（二）乙方人员应遵守甲方院内管理制度，进入封闭病区须由医护人员陪同，不得与患者私自接触。
（三）乙方应另行配备一名数据库工程师和一名接口工程师作为二线支持，一级故障时须同时介入处置。乙方人员离岗时应交回门禁卡并注销全部账号权限。

第五条 服务考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：月可用率、故障响应及恢复时限、巡检计划完成率、需求变更按期完成率、用户满意度（抽样调查不低于九十分）及文档完整性。
（二）考核结果分为合格与不合格。当季考核合格的，甲方支付当季服务费；不合格的，乙方应在十五日内整改，整改后重新考核。
（三）服务期满前三十日内，甲方组织年度服务验收，依据前述指标及乙方提交的运维日志、巡检报告、故障报告、变更记录和数据库健康报告进行综合评定，出具验收意见。年度服务验收结论作为乙方今后参加甲方采购活动履约评价的依据。
（四）乙方应于每月五日前提交上月运维月报，内容包括故障统计、可用率、巡检发现问题及整改情况、变更记录和下月工作计划。

第六条 数据安全
（一）HIS系统中的患者身份信息、诊疗记录、精神科病历、心理测评结果及费用数据均属于甲方，属于敏感个人信息。乙方仅为履行本合同访问上述数据，不得用于任何其他目的。
（二）乙方人员须通过甲方运维审计系统（堡垒机）访问服务器和数据库，账号实名、权限最小化、操作全程录像。未经甲方书面批准，不得导出、复制或拍摄任何患者数据，不得将数据带离医院网络。
（三）乙方远程支持应使用甲方提供的VPN通道，每次远程会话须经甲方信息科审批并限时开放。
（四）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理要求，配合甲方完成等级保护测评及数据安全检查。
（五）发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应立即报告甲方信息科，1小时内提交初步情况报告，并配合调查处置。因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第七条 保密
乙方及其人员对在服务中知悉的患者隐私、病历资料、医院管理信息负有保密义务，不得以任何方式向第三方披露。乙方应与驻场人员签订保密承诺书并报甲方备案。保密义务不因本合同期满而终止。

第八条 知识产权
乙方在服务过程中为甲方编写的脚本、报表、接口变更程序及运维文档，其知识产权归甲方所有，甲方可自由使用和修改。

第九条 甲方义务
（一）甲方应为驻场人员提供办公场地、网络及必要的工作条件。
（二）甲方应指定信息科联系人，及时审批变更申请和远程访问申请，并组织科室配合故障排查。
（三）甲方应按约定支付服务费。

第十条 分包
乙方不得将本合同项下服务转包或分包给第三方。

第十一条 赔偿责任
因乙方过错造成甲方系统故障、数据损失或其他损失的，乙方应承担赔偿责任，赔偿范围包括甲方的直接损失及甲方因此向患者或第三方承担的费用。

第十二条 合同期限
（一）本合同服务期满自然终止，不自动续期。
（二）合同期内，双方均不得单方解除本合同。服务期满后甲方如需继续采购，按政府采购规定另行组织。
（三）服务期满或合同终止时，乙方应完成运维交接，移交全部账号、文档及运维记录，交接期内乙方应继续提供必要支持。

第十三条 不可抗力
因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（盖章）：南屏市精神卫生中心
乙方（盖章）：恒康医疗信息服务有限公司
签订日期：2025年6月　日
"""

Z05 = """# 匠链工艺追溯系统软件许可及定制开发合同

（匠链科技标准合同文本 V3.0）

合同编号：JL-HT-2025-0288

甲方（买方）：京华景泰蓝工艺厂有限公司
乙方（卖方）：匠链科技（北京）有限公司

甲方拟采购乙方"匠链工艺追溯系统"，用于景泰蓝制胎、掐丝、点蓝、烧蓝、磨光、镀金全工序的在制品追溯与工时管理。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工艺追溯系统V3.0软件许可（永久许可，含一百个用户、八个工序工位终端授权），许可仅限甲方在其北京厂区内部使用。

1.2 乙方根据甲方需求进行定制开发，包括：掐丝图稿版本管理、点蓝色料配方及批次登记、烧蓝炉次记录与温度曲线采集、磨光镀金质检登记、工艺师傅计件工时统计、成品一物一码溯源页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训对象为甲方管理人员、工序班组长及系统管理员，培训不超过三场，超出部分另行收费。

1.4 定制开发内容以双方确认的需求说明书为准。需求说明书确认后，甲方提出的变更按乙方人天单价另行计费，并相应顺延交付时间。

## 第二条 合同价款

2.1 合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯系统软件许可（永久） | 720,000 |
| 2 | 定制开发 | 168,000 |
| 3 | 安装部署、数据初始化及培训 | 72,000 |
| | 合计 | 960,000 |

2.2 上述价格不含甲方现场所需的服务器、工位平板、扫码枪及网络设备，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。甲方未按期组织上线的，乙方有权要求甲方支付剩余款项。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后九十日内完成安装部署及定制开发，并通知甲方上线。

4.2 甲方应在乙方通知后三日内组织上线。因甲方原因未能按期上线的，自乙方通知之日起第四日视为上线。

4.3 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的新增需求，乙方另行报价。

4.4 甲方应按乙方要求准备服务器、操作系统、数据库软件、网络环境及工位终端，并提供工序、工艺师傅、色料及产品编码等基础资料。因甲方准备不足导致的延误，乙方交付期限相应顺延。

4.5 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调。甲方联系人的确认视为甲方确认。

## 第五条 免费维护期

5.1 系统免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

5.2 免费维护期内，因甲方操作不当、擅自修改配置或硬件故障引起的问题，不属于免费维护范围。

5.3 免费维护期满后，乙方不再提供任何免费服务。

## 第六条 技术支持服务

6.1 乙方提供工作日九时至十八时的远程技术支持。

6.2 一级故障（系统无法登录或全部工位无法扫码报工）乙方在8小时内响应，其他故障在两个工作日内响应。乙方响应超时的，每超时一次向甲方支付人民币500元。

6.3 现场服务需甲方提前三个工作日预约，免费维护期外的现场服务按每人每日人民币2,800元另行收费，差旅费用由甲方承担。

6.4 乙方通过在线工单系统受理故障报告，甲方应如实描述故障现象并提供截图或日志。因甲方描述不清导致处理延误的，不计入响应时间。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的25%计收，即每年人民币180,000元。

7.2 年度维护服务包括远程技术支持、缺陷修复和版本升级。甲方未购买年度维护服务的，乙方不再提供任何技术支持及升级。

7.3 年度维护服务到期后由双方另行签订维护合同。

7.4 年度维护费应于每个维护年度开始前一次性支付。甲方中断购买年度维护服务后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 匠链工艺追溯系统及其全部组成部分的知识产权归乙方所有。

8.2 乙方为本项目定制开发的功能模块、程序代码、数据库设计及相关文档的知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得向第三方转让或许可。

8.3 乙方不向甲方交付源代码。乙方可将本项目定制开发的功能纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的工艺数据、生产数据归甲方所有。

9.2 甲方同意，乙方有权将系统运行中产生的工艺数据、工时数据及质量数据在去除甲方名称后，用于乙方产品改进、算法训练及传统工艺行业分析报告。

9.3 乙方采取合理的技术措施保护系统中的数据安全，包括访问控制、数据加密及每日备份。乙方人员远程维护须使用甲方分配的专用账号，操作留存日志。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任，赔偿以本合同第十一条约定的限额为限。

## 第十条 保密

10.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的掐丝图稿、色料配方属于甲方商业秘密。

10.2 保密义务在本合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.3 乙方不对甲方的间接损失、利润损失、生产停工损失承担责任。

## 第十二条 甲方义务

12.1 甲方应按照乙方提供的操作手册使用系统，不得将系统用于本合同约定以外的工厂或关联公司。

12.2 甲方应自行负责服务器、网络及终端设备的运行维护及安全防护，并定期备份本地数据。

12.3 甲方增加用户数或工位终端授权的，应按乙方届时的报价另行购买。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，乙方已收取的软件许可费不予退还。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、黑客攻击等非乙方可控原因导致系统不能正常运行的，乙方不承担责任。受影响一方应及时通知对方，双方协商是否继续履行。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交北京仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 双方往来通知以书面形式送达合同首页载明的地址或联系人邮箱，邮件发出即视为送达。

16.3 本合同为乙方标准合同文本，双方对其他事项另有约定的，以书面补充协议为准。

甲方（盖章）：京华景泰蓝工艺厂有限公司

乙方（盖章）：匠链科技（北京）有限公司

签订日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement - Catch Traceability System
P:Agreement No. MVS-QD-2025-07
P:This Agreement is made between Qingdao Haixin Aquatic Products Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China (the "Buyer"), and Mara Victoria Software Limited, a company registered in Musoma, Mara Region, United Republic of Tanzania (the "Vendor").
P:The Buyer imports and processes Nile perch and other freshwater fish and wishes to trace every lot from landing site to cold store. The Vendor develops the LakeTrace catch traceability system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the LakeTrace system, version 5, in object code, with its documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documents prepared by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Licensed Software for the Buyer, including supplier, lot, temperature, laboratory and customer records.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for sixty named users and three processing plant modules, for the internal business of the Buyer and its wholly owned subsidiaries in mainland China.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery. The Buyer may move the Licensed Software to new hardware or to a private cloud operated for the Buyer without further charge.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall configure the Licensed Software for the Buyer's three plants, build interfaces to the Buyer's ERP, weighbridge and cold-store temperature systems, migrate three years of lot records, and train key users and administrators.
P:3.2 The Vendor shall deliver a project plan within fifteen days after signature and shall complete installation within seventy days and all configuration, interfaces and migration within one hundred and twenty days after signature.
P:3.3 The Vendor shall appoint a project manager fluent in English and supported by a Chinese-speaking consultant for on-site work in Qingdao. Key personnel may be replaced only with the Buyer's approval.
P:3.4 The Vendor shall report progress every week in writing, record open issues and risks in a shared log, and raise any matter that may delay a completion date within two working days after it becomes aware of it. The Buyer shall provide timely access to its plants, systems, source files and key users, and shall review each deliverable within ten working days.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,684,000, inclusive of all taxes and travel costs, made up of: Licence Fee CNY 1,180,000; configuration and interfaces CNY 362,000; data migration CNY 94,000; training CNY 48,000.
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 5 Payment
P:5.1 20% of the Contract Price is payable within twenty days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 45% of the Contract Price is payable after installation in all three plants, confirmed by an installation certificate. The installation certificate is not acceptance.
P:5.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall show that: (a) all functions in the agreed specification work; (b) a sample of two hundred lots can be traced from landing site to outbound shipment without gaps; (c) migrated records reconcile with the Buyer's source files; (d) the interfaces run for ten consecutive working days without error; and (e) the system responds within three seconds for one hundred concurrent users.
P:6.2 After successful tests the system shall run in production for forty-five days without a Severity 1 incident. The Buyer then issues the Final Acceptance certificate within ten days or states the defects in writing.
P:6.3 Use of the system in production, installation or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and Custom Deliverables will conform to the specification for twenty-four months after Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:7.2 Severity 1 incidents (the system is down or lots cannot be recorded in any plant) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within two working days. Other incidents shall be resolved within five working days.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may order annual support at 11% of the Licence Fee per year, that is CNY 129,800, fixed for three years after the warranty period ends. Annual support is ordered by purchase order each year and does not renew automatically.
P:7.5 The Vendor shall keep the Licensed Software compatible with supported versions of the operating system and database used by the Buyer, and shall provide at least two years' notice before ending support for any version installed at the Buyer.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Licensed Software or Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, under accounts approved by the Buyer, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work.
P:9.3 The Vendor shall notify the Buyer within twelve hours of any security incident affecting Buyer Data, cooperate in the investigation and remediation, and be liable for the losses it causes.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to staff and advisers who need to know it and are bound by equal duties. This obligation lasts five years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve the completion dates in Article 3.2, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 8.3 and 9, death or personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages in Article 11.1 reach their maximum.
P:13.2 On termination before Final Acceptance, the Vendor shall refund amounts paid for work not accepted, less the value of any deliverables the Buyer decides to keep.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the United Republic of Tanzania.
P:15.2 Any dispute shall first be discussed between senior managers of the parties. If it is not settled within thirty days, it shall be finally resolved by arbitration under the Arbitration Act of Tanzania, seated in Dar es Salaam, in the English language, before a sole arbitrator.
H:Article 16 General
P:16.1 This Agreement, with its Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms - KoroshoLink Sourcing Platform

Order Form No. KL-OF-2025-112

## Part A - Order Form

### A1. Parties

- **Provider:** Ruvuma Coast Digital Limited, registered in Mtwara, Mtwara Region, United Republic of Tanzania.
- **Customer:** Xiamen Jinguo Nut Industry Co., Ltd., registered in Xiamen, Fujian Province, People's Republic of China.

The Customer buys raw cashew nuts from cooperatives and warehouses and wants one platform for sourcing contracts, warehouse receipts, quality grading, shipment booking and payments to suppliers. This Order Form and the General Terms in Part B form one contract (the "Contract").

### A2. Subscribed Services

The Provider will provide the KoroshoLink sourcing platform as a hosted service, with the following modules: supplier and cooperative register; purchase contracts and price fixing; warehouse receipt tracking; quality grading (outturn, nut count, moisture); container booking and shipment documents; supplier payment approvals; and management dashboards. Access is through web browser and mobile application, for up to eighty named users.

### A3. Subscription Term

The Subscription Term is twenty-four months in two Subscription Years, starting on the Go-Live Date confirmed under A5. The Contract ends at the end of the second Subscription Year unless the parties sign a new Order Form. There is no automatic renewal.

### A4. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | per Subscription Year | 216,000 | 216,000 | 432,000 |
| Named users (80) | CNY 1,500 per user per year | 120,000 | 120,000 | 240,000 |
| Onboarding and configuration | one-time | 58,000 | - | 58,000 |
| **Total Contract Value** | | | | **730,000** |

Subscription and user fees are invoiced quarterly in advance, in equal instalments. The onboarding fee is invoiced after Go-Live acceptance. Fees are fixed for the Subscription Term and include all taxes. Additional users may be added at the same unit price, pro rata.

### A5. Onboarding and Go-Live

The Provider shall configure the platform, load the Customer's supplier register and open contracts, set up two warehouses and the grading templates, and train fifteen key users, within fifty days after signature. Go-Live acceptance requires that: (a) all modules in A2 are available to the Customer's users; (b) twenty test purchase contracts run from contract to supplier payment approval without error; (c) loaded records reconcile with the Customer's spreadsheets; and (d) dashboards match the test data. The Customer confirms Go-Live in writing within five working days after successful tests. If Go-Live is late for reasons attributable to the Provider, the Provider shall credit CNY 500 for each day of delay.

### A6. Contacts and Signature

Provider contact: Head of Customer Success, Mtwara. Customer contact: Director of Procurement, Xiamen. Signed by the authorised representatives of both parties on the dates below.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the platform by or for the Customer, and all outputs generated from it for the Customer.

1.2 "Service Level" means the commitments in Section 4.

1.3 "Customer Configurations" means reports, templates, workflows and integrations set up for the Customer.

### 2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to use the platform during the Subscription Term for its internal business.

2.2 The Customer shall keep its passwords secure, shall not share named-user accounts, and is responsible for the acts of its users.

2.3 The Customer shall not reverse engineer the platform or use it to build a competing product.

### 3. Support

3.1 The Provider provides support in English and Chinese through a ticket portal and telephone hotline, from 08:00 to 20:00 China Standard Time on working days, and for Priority 1 incidents at all times.

3.2 The Provider shall give the Customer two weeks' notice of any release that changes a workflow used by the Customer, with release notes and, where needed, a short training session for key users. No release may remove a function the Customer uses during the Subscription Term.

3.3 The Provider shall keep the platform compatible with current versions of the major browsers and mobile operating systems.

### 4. Service Levels

4.1 The Provider shall make the platform available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 Incidents are prioritised as follows. Priority 1: the platform is unavailable or contracts, receipts or payments cannot be processed; response within 30 minutes and restoration within three hours. Priority 2: a module is degraded; response within two hours and restoration within one working day. Priority 3: other issues; response within one working day.

4.3 If monthly availability falls below the commitment in 4.1, the Provider shall credit 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to half of that monthly amount. For each hour by which a Priority 1 restoration time is exceeded, the Provider shall credit a further CNY 800. Credits are set off against the next invoice.

4.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the services to the Customer under this Contract and shall not use it for any other purpose.

5.2 The Customer may export Customer Data at any time in CSV or JSON format. Within thirty days after the end of the Contract, the Provider shall return Customer Data in that format and then delete it.

### 6. Intellectual Property

6.1 The Provider owns the platform and all improvements to it.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them freely, during and after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer Data, pricing and supplier lists, and shall use it only for this Contract. This duty continues for three years after the end of the Contract.

7.2 A party may disclose confidential information where required by law, after giving the other party notice where lawful.

### 8. Payment

8.1 The Customer shall pay correct invoices within thirty days after receipt.

8.2 The Customer may withhold any amount it disputes in good faith, paying the undisputed part.

### 9. Warranties

9.1 The Provider warrants that the platform will perform materially in accordance with its documentation and that the services will be performed with reasonable skill and care by qualified staff.

9.2 The Provider warrants that the platform does not infringe third-party intellectual property rights and shall defend the Customer against any such claim.

9.3 If the services do not conform to 9.1, the Provider shall correct them promptly at its own cost. If it fails to do so within a reasonable period set by the Customer, the Customer may have the defect corrected by another supplier at the Provider's cost or terminate under Section 12.

### 10. Liability

10.1 Each party's total liability arising out of or in connection with this Contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, except for breach of Section 7 or infringement claims under 9.2.

### 11. Subcontracting

11.1 The Provider shall not subcontract any part of the services, other than hosting by the data centre named in its documentation, without the Customer's prior written consent.

11.2 The Provider remains responsible for every subcontractor it uses.

### 12. Term and Termination

12.1 The Contract starts on signature and continues until the end of the Subscription Term.

12.2 Either party may terminate the Contract by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

12.3 The Customer may also terminate by written notice if monthly availability falls below the commitment in 4.1 in three consecutive months.

12.4 On termination for the Provider's breach, the Provider shall refund prepaid fees for the remaining period.

### 13. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, provided it gives prompt notice and limits the effect. If such an event lasts more than sixty days, either party may terminate by written notice.

### 14. Governing Law and Disputes

14.1 This Contract is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen, in accordance with its rules in force at the time of application. The award is final and binding.

### 15. General

15.1 Notices shall be in writing and sent to the contacts in A6 by courier or e-mail.

15.2 Neither party may assign this Contract without the other party's written consent.

15.3 If Part A and Part B conflict, Part A prevails. This Contract is the entire agreement of the parties on its subject.
"""

E03 = """T:Supply Contract for Warehouse Environmental Sensors and Monitoring Software
P:Contract No. YNKF-PUR-2025-031
P:Buyer: Yunnan Kafei Roasting and Warehousing Co., Ltd., Pu'er, Yunnan Province, People's Republic of China.
P:Supplier: Kagera Sensing Technologies Limited, Bukoba, Kagera Region, United Republic of Tanzania.
P:The Buyer stores green coffee in three bonded warehouses and wants continuous monitoring of temperature, humidity and bean moisture. The Supplier manufactures wireless sensors and the CoffeeGuard monitoring software. This Contract is on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, probes and gateways listed in clause 3.
P:1.2 "Software" means the CoffeeGuard monitoring platform licensed under clause 4, with its updates.
P:1.3 "Custom Work" means alarm rules, dashboards, interface programs and documents prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all readings, alarms, logs and other data collected or generated for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 7.
H:2. Scope
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment in the Buyer's warehouses in Pu'er, Simao and Kunming, install the Software on the Buyer's servers, connect it to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 Every sensor shall be calibrated against a reference instrument before installation and again on site, with calibration certificates traceable to national standards.
P:2.3 The Supplier shall train warehouse supervisors, duty staff and the Buyer's IT administrators in three sessions, one at each warehouse, covering daily use, alarm handling, battery replacement, probe cleaning, user management and backup. Training materials shall be in Chinese.
P:2.4 The Supplier shall deliver as-built layouts, calibration certificates, a user manual, an administrator manual and the interface specification in Chinese before the acceptance tests begin.
H:3. Price
P:3.1 The Contract Price is CNY 1,474,000, inclusive of all taxes, transport, insurance and customs clearance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|420|1,180|495,600
TB:2|LoRa gateways with backup power|36|6,400|230,400
TB:3|Bean moisture probes for bulk bags and silos|60|3,200|192,000
TB:4|CoffeeGuard platform licence, perpetual, three sites|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,304,000
TB:5|Installation, calibration and commissioning|1||148,000
TB:6|Training|1||22,000
TB:|Contract Price|||1,474,000
P:3.2 The Contract Price is fixed for the whole Contract.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at its three warehouses and at any warehouse it later opens in mainland China, for an unlimited number of users, with no annual licence charge.
P:4.2 The Buyer may copy the Software for backup and testing and may move it to other servers.
H:5. Payment
P:5.1 10% of the Contract Price within fifteen days after signature, against an advance-payment bank guarantee of the same amount.
P:5.2 55% of the Contract Price after all Equipment is delivered and installed, as confirmed by the Buyer's delivery note. Delivery and installation are not acceptance.
P:5.3 35% of the Contract Price within twenty days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice from the Supplier or its authorised importer.
H:6. Delivery
P:6.1 The Supplier shall deliver all Equipment within sixty days and complete installation and commissioning within ninety days after signature.
P:6.2 The Supplier shall follow the Buyer's warehouse safety rules, work only in agreed hours, and protect stored coffee from damage and contamination during installation.
P:6.3 The Supplier is responsible for export from Tanzania, shipping, import clearance into China and all related duties. Risk in the Equipment passes to the Buyer on signature of the delivery note at each warehouse. Title passes on payment under clause 5.2.
P:6.4 Delivery damages: if the Supplier misses a date in 6.1, it shall pay 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:7. Acceptance
P:7.1 Acceptance tests shall show that: (a) all Equipment is installed as per the approved layout; (b) each sensor reads within ±0.3 °C and ±2% relative humidity of the reference instrument; (c) moisture probes read within ±0.5 percentage points of laboratory oven results on twenty samples; (d) at least 98% of scheduled readings reach the Software over fourteen days; (e) alarms reach the duty phone within one minute; and (f) the interface with the warehouse management system exchanges data without error for ten days.
P:7.2 After successful tests, the system shall run for thirty days without a Severity 1 fault. The Buyer then signs the Final Acceptance certificate or lists the defects.
P:7.3 Installation, use of the system or payment is not acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and Software for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, replace batteries that fail early, recalibrate sensors once a year, and supply Software updates free of charge.
P:8.2 After the warranty, the Buyer may order annual support at 7% of the Equipment and Licence Subtotal per year, that is CNY 91,280, fixed for four years after the warranty ends. Support is ordered each year by purchase order and does not renew automatically.
P:8.3 The Supplier shall make spare parts and replacement sensors compatible with the installed Equipment available for at least seven years after Final Acceptance, at prices not higher than the unit prices in clause 3 adjusted only for documented changes in component costs agreed by the Buyer.
H:9. Service Levels
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring stopped for a whole warehouse or alarms not delivered|30 minutes|8 hours
TB:Severity 2|A gateway or group of sensors offline|2 hours|2 working days
TB:Severity 3|Single sensor fault or minor software issue|1 working day|5 working days
P:9.1 Response means a qualified engineer working on the fault. The Supplier shall keep spare sensors and gateways in Kunming.
P:9.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 800, and for each working day by which a Severity 2 restoration is exceeded, CNY 400. The Buyer may deduct these amounts from any payment due.
H:10. Intellectual Property
P:10.1 The Supplier keeps its rights in the Software and the firmware of the Equipment.
P:10.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source code and documents at Final Acceptance, and the Buyer may use, modify and license it freely.
H:11. Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep, analyse or pass it on for any other purpose.
P:11.2 The gateways and Software shall encrypt data in transit and at rest. Remote access by the Supplier shall take place only through the Buyer's VPN, after approval of each session, with logged activity. The Equipment shall contain no undeclared remote connection.
P:11.3 The Supplier shall report any security incident affecting Buyer Data or the system within twelve hours, help contain it, and compensate the Buyer for losses it causes.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other's non-public information, including the Buyer's stock levels, warehouse layouts and customer names, and use it only for this Contract, during the Contract and for five years after it ends.
P:12.2 Each party shall ensure that its staff and approved subcontractors who receive such information are bound by duties no less protective than this clause, and shall return or destroy the information when the Contract ends, except copies it must keep by law.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for breach of clauses 11 and 12, personal injury and wilful misconduct, which are unlimited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. An approved local installer works under the Supplier's full responsibility.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delivery damages reach their maximum.
P:15.2 On termination, the Supplier shall refund payments for Equipment and services not accepted, and the Buyer may keep any delivered Equipment at the Contract prices.
H:16. Force Majeure
P:16.1 A party affected by force majeure shall notify the other promptly and provide evidence. Dates are extended by the duration of the event.
P:16.2 If force majeure prevents performance for more than sixty days, either party may terminate this Contract by written notice, and the parties shall settle accounts for work accepted up to that date.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:18. General
P:18.1 This Contract is made in Chinese and English. Both versions have equal effect. Annex 1 is the sensor layout, Annex 2 the acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. NN-MSA-2025-004

**Customer:** Nanning Baicao Pharmaceutical Distribution Co., Ltd., Nanning, Guangxi Zhuang Autonomous Region, People's Republic of China.

**Provider:** Lindi Coastal Systems Limited, Lindi, Lindi Region, United Republic of Tanzania, acting with its service centre staff and field engineers in Nanning.

The Customer runs twelve distribution warehouses and a head office. It wants a single provider to run its service desk, end-user devices, servers and network under agreed service levels. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Section 3.

1.3 "Initial Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its customers, suppliers and staff that the Provider accesses, stores or processes in performing the Services.

## Section 2. Services

2.1 The Provider shall provide the Services from the Service Commencement Date to the end of the Initial Term and any renewal term, in accordance with the service levels in Schedule 2.

2.2 The Provider shall follow ITIL-based processes for incident, problem, change and asset management, using the Customer's ticketing tool.

2.3 The Provider shall assign a named service delivery manager who attends a monthly service review with the Customer and reports on service levels, incidents, changes, risks and improvement actions.

2.4 The Provider shall keep sufficient qualified staff in Nanning to perform the on-site Services, including at least four field engineers and one network engineer, and shall keep a stock of spare laptops and scanners equal to at least three percent of the installed base.

2.5 Changes to the Services, such as new warehouses or additional users, are agreed through a written change note that states the effect on charges, using the unit rates in Schedule 3 where they apply.

## Section 3. Transition

3.1 The Provider shall complete transition within sixty days after signature: take over documentation and credentials from the outgoing provider, set up monitoring, complete an inventory of all devices, and run the Services in shadow mode for fourteen days.

3.2 Transition Acceptance requires that: (a) the inventory is complete and reconciled with the Customer's asset register; (b) monitoring covers all servers, network devices and warehouse scanners; (c) runbooks are approved by the Customer; and (d) during shadow mode the Provider meets the service levels in Schedule 2. The Customer then signs a Transition Acceptance certificate.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

3.4 The Customer shall give the Provider timely access to its sites, systems and outgoing provider, and shall review runbooks and test reports within five working days after receipt. The Customer's review does not relieve the Provider of its responsibility for the accuracy and completeness of the runbooks.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total value of this Agreement over the Initial Term is CNY 2,590,000.

4.2 The Monthly Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. The Customer shall pay correct invoices within thirty days.

4.3 There is no advance payment.

## Section 5. Service Credits

5.1 If the Provider fails a service level in a month, it shall credit the percentage of the Monthly Charge shown in Schedule 2. Credits are deducted from the next invoice and do not limit the Customer's other rights.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall comply with the Customer's information security policy and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Administrator access shall use named accounts with multi-factor authentication through the Customer's privileged access system; all sessions are recorded.

6.3 Customer Data shall remain in the Customer's systems in mainland China. The Provider shall not transfer Customer Data outside mainland China.

6.4 The Provider shall notify the Customer within six hours of becoming aware of a security incident, support containment and investigation, and bear the losses caused by its breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement, and disclose it only to persons who need it and are bound by equal duties, during the Agreement and for five years after it ends.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, reports and documents prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely. The Provider keeps its pre-existing tools and know-how.

## Section 9. Subcontracting

9.1 The Provider may engage subcontractors for field support at the warehouses, device logistics and out-of-hours monitoring, by giving the Customer written notice of the subcontractor's name and scope before it starts work. The Provider remains responsible for the performance of its subcontractors.

## Section 10. Term, Renewal and Termination

10.1 This Agreement starts on signature and continues for the Initial Term.

10.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of twenty-four months each, unless either party gives notice of non-renewal at least ninety days before the end of the current term. For each renewal term the Provider may increase the Monthly Charge by notice given sixty days before the renewal, by up to 8% of the Monthly Charge then in force.

10.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice. The Customer may also terminate if the Provider fails the same critical service level in three consecutive months.

10.4 The Customer may terminate this Agreement for convenience after the first eighteen months by giving ninety days' written notice and paying a termination fee equal to two Monthly Charges.

10.5 On expiry or termination, the Provider shall give exit assistance for up to ninety days at the then current Monthly Charge pro rata, including handover of documents, credentials and knowledge to the Customer or a new provider.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in 4.1, except for breach of Sections 6 and 7, death or personal injury and wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

## Section 13. General

13.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties. Changes must be in writing and signed by both parties.

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Bilingual service desk for 1,150 users; ticket logging, first-line resolution, escalation | 07:00-22:00 every day |
| End-user devices | 1,150 laptops and desktops, 260 handheld scanners, printers: imaging, patching, replacement | Working days, on site |
| Servers and storage | 46 virtual and physical servers, backup, restore tests every quarter | Monitored at all times |
| Network | Head-office and warehouse LAN, Wi-Fi, SD-WAN edge devices, firewalls (configuration) | Monitored at all times |
| Asset management | Hardware and software inventory, licence compliance report twice a year | Monthly update |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Credit if missed in a month |
|---|---|---|
| Priority 1 incident response (warehouse or head office cannot operate) | 15 minutes | 5% of Monthly Charge |
| Priority 1 incident restoration | 3 hours | 5% of Monthly Charge |
| Priority 2 incident response | 1 hour | 2% of Monthly Charge |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of Monthly Charge |
| Backup jobs completed successfully | 98% of jobs | 2% of Monthly Charge |
| Critical security patches installed | within 7 days of release | 3% of Monthly Charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 124,000 |
| Monthly Charge | 36 months x CNY 68,500 | 2,466,000 |
| Total value over the Initial Term | | 2,590,000 |
| Additional users above 1,150 | per user per month | 45 |
| Additional servers above 46 | per server per month | 620 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT
COTTON CROP MONITORING DATA SERVICE

Agreement No. SAD-WH-2025-018

BETWEEN
Shinyanga Agri-Data Limited, a company registered in Shinyanga, Shinyanga Region, United Republic of Tanzania ("Provider"); and
Wuhan Yufang Textile Group Co., Ltd., a company registered in Wuhan, Hubei Province, People's Republic of China ("Customer").

BACKGROUND
The Customer buys lint cotton from East Africa for its spinning mills. The Provider produces satellite-based crop condition indices, field survey data and yield forecasts for cotton-growing districts and delivers them through a web API. The Customer wishes to receive that data in its procurement planning system.

1. DEFINITIONS
1.1 "Licensed Data" means the Provider's crop condition indices, rainfall estimates, field survey results, ginnery intake statistics and yield forecasts for the districts listed in Annex A, as updated during the Subscription Term.
1.2 "API" means the Provider's application programming interface through which the Licensed Data is made available.
1.3 "Customer Data" means the data the Customer submits to the API or the Provider, including its supplier lists, purchase volumes, contract prices and query logs, and any results generated specifically from it.
1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary. The Subscription Term consists of two Subscription Years.
1.5 "Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, download the Licensed Data and use it for the Customer's internal planning, purchasing and risk management, including in reports shared with its affiliates and banks.
2.2 The Customer may keep and continue to use Licensed Data downloaded during the Subscription Term after it ends, for internal purposes.
2.3 The Customer shall not resell the Licensed Data or publish it in a form that lets third parties recover the Licensed Data.
2.4 The Subscription includes up to two million API calls per Subscription Year. Calls above that quota are charged at CNY 18 per thousand calls, invoiced quarterly in arrears.
2.5 The Customer may name up to twenty users of the dashboard and may add API keys for its test and production environments. Each party shall keep a record of the API keys issued and revoke keys that are no longer needed.

3. FEES AND PAYMENT
3.1 The fees are: subscription fee for the first Subscription Year CNY 348,000; subscription fee for the second Subscription Year CNY 366,000; one-time integration fee CNY 42,000. The total contract value, excluding any charges for calls above quota, is CNY 756,000.
3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance.
3.3 The Customer shall pay correct invoices within thirty days after receipt, in CNY, to the Provider's account stated in the invoice.
3.4 If the Customer adds districts to Annex A during the Subscription Term, the parties shall agree the additional fee in writing before the data is delivered.
3.5 The fees include all taxes. The fees for the second Subscription Year are fixed by this Agreement and will not be increased.

4. INTEGRATION AND ACCEPTANCE
4.1 Within forty-five days after signature the Provider shall: deliver API credentials and documentation; load five seasons of historical Licensed Data; build, with the Customer's IT team, the connector that imports Licensed Data into the Customer's procurement planning system; and deliver a daily district dashboard.
4.2 Integration Acceptance requires that: (a) all data sets in Annex A are available through the API; (b) the historical load reconciles with the Provider's published season reports; (c) the connector imports the daily update for ten consecutive working days without error; and (d) the dashboard values match the API values on a sample of fifty district-days. The Customer confirms acceptance in writing within five working days after successful tests.
4.3 If Integration Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 30,000.
4.4 Delivery of credentials or the Customer's use of the API before Integration Acceptance does not constitute acceptance.

5. SERVICE AND SUPPORT
5.1 The Provider will use commercially reasonable efforts to keep the API available and to update the Licensed Data according to the schedule in Annex A.
5.2 The Provider will answer support requests sent to its support mailbox as promptly as practicable during its business hours, Monday to Friday.
5.3 The Provider may carry out maintenance on the API from time to time and will try to announce major maintenance in advance.

6. DATA QUALITY
6.1 The Provider shall produce the Licensed Data with the methods described in its methodology note, apply the quality checks described there, and correct material errors it finds or the Customer reports, within a reasonable time.
6.2 Yield forecasts are estimates. The Provider does not warrant that any forecast will match the actual harvest.
6.3 The Provider shall publish with each release of Licensed Data a short note of the sources used, the areas covered, and any known gaps, so that the Customer can judge the reliability of the data for its purchasing decisions. The Provider shall tell the Customer in writing before it changes a method in a way that breaks the comparability of an index with earlier seasons.

7. CUSTOMER DATA
7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the services to the Customer under this Agreement and shall not use it for any other purpose, including its own products or data sets.
7.2 At the end of the Subscription Term the Provider shall return Customer Data on request and then delete it, and confirm the deletion in writing.

8. DATA SECURITY
8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff, multi-factor authentication for administrator access, and logging of access to Customer Data.
8.2 The Provider shall notify the Customer within one day after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take steps to contain it, cooperate with the Customer's investigation, and compensate the Customer for losses caused by its failure to comply with this clause.
8.3 The Customer shall keep its API credentials secure and notify the Provider promptly if they are compromised.

9. INTELLECTUAL PROPERTY
9.1 The Provider owns the Licensed Data, the API and its methods.
9.2 The connector, dashboard configuration and any reports or analyses made for the Customer under clause 4 belong to the Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the other party's non-public information, including Customer Data, the Customer's purchase plans and the terms of this Agreement, and use it only for this Agreement, during the Subscription Term and for five years after it ends.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value in clause 3.1, except for breach of clauses 8 and 10, infringement claims and wilful misconduct, which are unlimited.
11.2 Neither party is liable for indirect or consequential loss, including loss of profit from purchasing decisions.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except the purchase of satellite imagery from its usual imagery suppliers, which is not subcontracting.
12.2 The Provider remains responsible for the work of any approved subcontractor.

13. TERM AND TERMINATION
13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.
13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.
13.3 On termination for the Provider's breach, the Provider shall refund the part of the subscription fee paid for the period after termination.

14. FORCE MAJEURE
14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including satellite outages, provided it notifies the other party promptly and limits the effect.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding on both parties.

16. GENERAL
16.1 Notices shall be in writing and sent by courier or e-mail to the addresses in Annex B.
16.2 Neither party may assign this Agreement without the other party's written consent.
16.3 This Agreement is made in English. Annex A (Data Sets and Update Schedule) and Annex B (Contacts) form part of it.

SIGNED for the Provider: ____________________
SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------- design and labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (file, fmt, lang, category, term overrides, extra, design rules, risk, tco fee base or None, forum outside mainland)
D = {
 "z01": ("h711z01_land_acquisition_compensation_platform.pdf", "pdf", "zh", "software",
         dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=36,
              post_warranty_fee_pct=9),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1628000), [], "low", 860000, False),
 "z02": ("h711z02_playing_card_line_control_retrofit.docx", "docx", "zh", "hardware",
         dict(p1_response_hours=1, sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.08, prepayment_pct=10,
              warranty_months=24, post_warranty_fee_pct=8),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1728000), ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], "medium", 1564000, False),
 "z03": ("h711z03_martial_arts_chain_booking_saas.txt", "txt", "zh", "cloud",
         dict(availability_pct=99.5, ld_rate_per_day_pct=600 / 854000 * 100, liability_cap_pct=200,
              final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=854000),
         ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium", None, False),
 "z04": ("h711z04_mental_health_centre_his_om_service.txt", "txt", "zh", "services",
         dict(availability_pct=99.95, p1_response_hours=0.25, final_payment_on_acceptance=None,
              termination_for_breach=False, contract_kind="service"),
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=486000),
         ["CR-LD-MISSING", "CR-TERMINATION"], "high", None, False),
 "z05": ("h711z05_cloisonne_craft_tracking_supplier_template.md", "md", "zh", "software",
         dict(p1_response_hours=8, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02,
              liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
              warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=960000),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
         "high", 720000, False),
 "e01": ("h711e01_fish_traceability_licence_musoma_vendor.pdf", "pdf", "en", "software",
         dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
              warranty_months=24, post_warranty_fee_pct=11, governing_law="Tanzania"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1684000), ["CR-GOVERNING-LAW"], "low", 1180000, True),
 "e02": ("h711e02_cashew_sourcing_saas_order_form_mtwara_vendor.md", "md", "en", "cloud",
         dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=500 / 730000 * 100,
              liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=730000),
         ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high", None, False),
 "e03": ("h711e03_coffee_warehouse_sensors_bukoba_supplier.docx", "docx", "en", "hardware",
         dict(ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10, warranty_months=36,
              post_warranty_fee_pct=7),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1474000), [], "low", 1304000, False),
 "e04": ("h711e04_pharma_distributor_managed_it_lindi_provider.md", "md", "en", "services",
         dict(p1_response_hours=0.25, ld_rate_per_day_pct=2000 / 2590000 * 100, liability_cap_pct=150,
              final_payment_on_acceptance=None, auto_renewal_price_increase=True, subcontract_without_consent=True,
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2590000),
         ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"], "medium", None, False),
 "e05": ("h711e05_cotton_crop_data_api_shinyanga_provider.txt", "txt", "en", "cloud",
         dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=600 / 756000 * 100, liability_cap_pct=200,
              final_payment_on_acceptance=None, contract_kind="service"),
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=756000),
         ["CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high", None, False),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = licence /
    hardware subtotal."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and t["warranty_months"] is not None and tco_share(t, x, base) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"(?<![-\w])four\s*-?\s*hours?",
    r"(?<![\d.])0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百(?![分])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"(?<![十\d])十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"质保期(?:为)?(?:一|1)年", r"one\s*-?\s*year\s*warranty",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时内", "four hours", "4-hour", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "12 months", "12个月",
            "十二个月", "twelve months", "12-month", "质保期一年", "15%", "百分之十五", "40%", "40 per cent", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "0.08%", "万分之八",
             "200%", "130%", "130 percent", "百分之三十五", "20 months", "112 months", "18个月", "115%", "2015",
             "百分之四十五", "1.5%", "4 working days", "400 per cent"]


def scan(text):
    hits = []
    for variant in (text, " ".join(text.split()), "".join(text.split())):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))
    targets = {k: (v[0], v[1]) for k, v in D.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    for k, (name, fmt, lang, cat, over, extra, design, risk, base, forum) in D.items():
        path = OUT / name
        if fmt in ("txt", "md"):
            path.write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
        t = dict(BASE, **over)
        assert list(t) == KEYS
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        rules = derive(t, extra, base, forum)
        assert rules == sorted(design), (k, rules, design)
        assert risk_of(rules) == risk, (k, risk_of(rules), risk)
        covered |= set(rules)
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = None
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, extra, base)
            assert abs(share - 40) > 2, (k, share)
        text = read_back(path)
        hits = scan(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len("".join(text.split()))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print(f"{k} {lang} {fmt} length={n} rules={rules} risk={risk}"
              + (f" tco_share={share:.2f}%" if share is not None else ""))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert len(covered) == 20 and covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
