"""holdout1139: builds the ten held-out drafts (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), reads every
file back, checks lengths and the no-threshold rule, derives each draft's expected rules from its label and writes the
.json labels. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市档案馆电子档案移交与长期保存平台采购合同
P:合同编号：DAG-ZC-2027-014　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市档案馆
P:乙方（供应商）：杭州青简信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就电子档案移交与长期保存平台的软件许可及定制开发事宜订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供电子档案管理系统软件许可（永久许可，不限用户数）及四性检测模块软件许可，并部署于甲方政务云专区。
P:1.2 乙方为甲方定制开发面向全市三十二家立档单位的电子档案在线移交接口，以及与市政务服务平台、OA系统的归档接口。
P:1.3 乙方负责将甲方现有档案系统中约一百八十万条目录数据及对应电子文件迁移至新平台，并完成实施部署与人员培训。
P:1.4 平台应支持文书、科技、会计、照片、音视频等门类电子档案的接收、整理、四性检测、长期保存、利用及统计，并按国家及本省电子档案管理有关规范设置元数据方案。
P:1.5 具体功能、性能及接口要求以招标文件第三章技术需求书及乙方投标响应表为准；两者不一致的，以对甲方更有利的为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），为固定总价，包含软件许可、定制开发、数据迁移、实施、培训、税费及质保期内全部服务费用。
P:2.2 分项价格：电子档案管理系统软件许可760,000元；四性检测模块软件许可148,000元（软件许可小计908,000元）；移交及归档接口定制开发446,000元；数据迁移118,000元；实施及培训58,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同金额5%的履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 履约保函在最终验收合格后退还。乙方未按约定履行的，甲方有权从履约保函中扣除相应违约金。
P:3.5 乙方每次请款前应开具等额增值税专用发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署及数据迁移，120日内具备初步验收条件。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面提出。
P:4.3 乙方应组建不少于六人的项目组，项目经理须具备三年以上档案信息化项目经验，未经甲方同意不得更换。乙方应在合同签订后十日内提交实施方案、进度计划及数据迁移方案，经甲方确认后执行。
P:4.4 乙方应为甲方系统管理员、档案业务人员及立档单位兼职档案员提供培训，培训不少于八场，并提交操作手册、维护手册及培训记录。
H:第五条 验收
P:5.1 初步验收：系统功能符合招标文件技术要求；迁移数据经全量比对，条目数量一致、元数据与电子文件挂接正确；在线移交接口完成不少于五家立档单位的试移交。
P:5.2 最终验收：系统试运行三个月，其间无一级故障；四性检测符合DA/T 70的要求；在三百个并发用户下常用查询响应时间不超过3秒；通过第三方等级保护测评及商用密码应用安全性评估。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。系统上线、试运行或甲方付款均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、故障处理及技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过软件许可小计的9%（即81,720元），该价格在质保期满后三年内保持不变。
P:6.3 质保期内，乙方每季度对平台进行一次巡检，提交巡检报告，对发现的隐患及时处理；国家或本省档案规范更新的，乙方应免费完成相应的适配升级。
P:6.4 质保期内因软件缺陷导致档案数据丢失或损坏的，乙方应负责恢复，并承担由此产生的费用。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。每低于约定0.01个百分点，乙方按每次1,500元向甲方支付违约金。
P:7.2 一级故障（平台无法访问或移交中断）乙方应于30分钟内响应，2小时内到场处理；二级故障2小时内响应。
P:7.3 乙方响应或到场超时的，每超过一小时支付违约金800元，可从应付款项中扣除。
H:第八条 知识产权
P:8.1 乙方定制开发的接口程序、源代码、技术文档等成果的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久的使用许可。
H:第九条 数据安全
P:9.1 平台中的全部档案数据、目录数据及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或作其他用途。
P:9.2 乙方人员须经甲方审批后通过堡垒机访问系统，操作全程留痕；乙方不得将数据带离甲方机房或政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 乙方应按照等级保护及密码应用要求配置访问控制、加密存储和日志审计，合同终止时应协助甲方完成数据移交，并删除乙方掌握的全部数据副本，出具书面说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的档案内容、网络结构及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:12.1 乙方不得转包本项目，亦不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 本合同期满自然终止，不自动续期。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。
H:第十五条 通知
P:15.1 双方的通知以书面形式送达本合同首部所列地址或联系人。一方变更地址或联系人的，应提前书面告知对方。以专人递送的，签收时视为送达；以挂号信或快递寄送的，寄出后第三日视为送达；以电子邮件发送的，进入对方系统时视为送达。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。对本合同的任何变更均须采用书面形式，并经双方授权代表签字盖章。合同履行中涉及政府采购监督管理部门要求的，双方应予配合。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
"""

Z02 = """T:切管生产线控制系统改造合同
P:合同编号：JR-SB-2027-031
P:甲方（买方）：常州锦锐电动切管机制造有限公司
P:乙方（卖方）：无锡恒拓自动化工程有限公司
P:甲方为提高切管生产线的自动化水平，委托乙方对其二号、三号切管生产线的电气控制系统进行改造，提供设备、软件及相关服务。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制柜，更换伺服驱动及电机，新增工业触摸屏、工控机及边缘网关，并提供产线监控软件许可。
P:1.2 乙方负责编写PLC控制程序及配方管理程序，实现送料、定长、切断、倒角、下料的自动联动，并通过接口将产量、能耗、设备状态上传至甲方MES系统。
P:1.3 改造应在甲方指定的停产窗口内完成，每条产线的停产时间不超过十天。
P:1.4 改造后的产线应满足以下技术要求：切管定长精度±0.2毫米，单根切断节拍不大于6秒，设备急停及安全门联锁功能完好，配方切换时间不超过三分钟。具体技术参数以本合同附件一《技术协议》为准。
P:1.5 改造后的产线监控软件应能实时显示各工位运行状态、产量、报警信息及能耗数据，并按班次生成生产报表；历史数据在本地保存不少于两年。
P:1.6 乙方应在施工前提交施工方案、停产计划及原控制程序备份，经甲方确认后方可拆除原有设备。拆除的旧控制柜及电缆归甲方所有，由乙方搬运至甲方指定地点。
H:第二条 合同价格
P:2.1 合同总价为人民币1,200,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含安全继电器）|4套|286,000
TB:2|伺服驱动及电机改造套件|16套|318,000
TB:3|工业触摸屏HMI|6台|54,000
TB:4|工控机及边缘网关|各2台|72,000
TB:5|产线监控软件许可（永久）|1套|196,000
TB:|设备及软件小计||926,000
TB:6|安装调试|1项|118,000
TB:7|PLC程序及配方管理程序开发|1项|136,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,200,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。合同履行期间，除甲方书面要求变更改造范围外，合同价格不作调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%。
P:3.3 改造完成并验收合格后，甲方支付合同总价的45%。
P:3.4 乙方应在每笔付款前开具合规的增值税专用发票。甲方付款采用银行转账或银行承兑汇票方式，乙方账户信息以合同首部所列为准，变更的应书面通知甲方。
P:3.5 甲方有权从应付款项中扣除乙方依本合同应支付的违约金及赔偿金。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在甲方通知的停产窗口内完成安装调试。设备到货后由双方共同开箱清点，核对型号、数量及外观，发现短缺或损坏的，乙方应在七日内补齐或更换。
P:4.2 设备包装应适合长途运输及多次搬运，并采取防潮、防震措施。设备到货时，乙方应提供装箱单、合格证、使用说明书及原厂质量证明文件。因包装不良造成的损坏由乙方负责。
P:4.3 乙方现场施工应遵守甲方的安全生产管理制度，动火、登高及带电作业须办理作业票。乙方人员因自身原因造成的人身伤害由乙方负责。
H:第五条 验收
P:5.1 乙方完成安装调试并通电运行后，即视为甲方验收合格，双方签署交接单。
P:5.2 甲方在签署交接单后发现的问题，按第六条质保约定处理。
P:5.3 乙方应在交接时向甲方移交竣工资料，包括电气原理图、接线图、PLC程序及注释、触摸屏画面程序、参数设置表、设备说明书及合格证。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自双方签署交接单之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的8%，即每年74,080元，维保期内该费用三年不变。维保服务包括每年两次预防性巡检、故障维修及程序备份。
P:6.3 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间
TB:一级|产线停机|1小时内|8小时内
TB:二级|单台设备功能异常但产线可降速运行|2小时内|次日
TB:三级|一般问题或咨询|1个工作日|按约定
P:6.4 乙方响应或到场超过上表时限的，每超过一小时，向甲方支付违约金500元。
P:6.5 乙方应在甲方现场存放常用备品备件，包括伺服驱动器、PLC模块、电源模块及触摸屏各一套，备件在质保期内由乙方免费补充。
P:6.6 质保期内乙方应每季度回访一次，检查设备运行状况、程序备份及报警记录，并提交回访报告。质保期内更换的零部件，其质保期自更换之日起重新计算。
P:6.7 乙方应为甲方电气维修人员提供不少于三天的操作及维护培训，使其能够独立完成日常点检、程序备份及常见故障处理，并提交培训记录及电气图纸。
H:第七条 知识产权
P:7.1 乙方为本项目开发的PLC控制程序、配方管理程序、接口程序及其源代码归甲方所有，乙方应在交接时一并交付，甲方可自行修改和使用。
P:7.2 产线监控软件的著作权仍归原权利人，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数及配方数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方提供的VPN接入，并保留操作记录。因乙方原因导致数据泄露、丢失或被篡改的，乙方应在24小时内告知甲方，并赔偿甲方全部损失。
P:8.3 乙方技术人员在甲方现场调试期间，应使用甲方提供的专用调试计算机，不得将个人存储介质接入甲方工控网络。
H:第九条 保密
P:9.1 乙方对知悉的甲方工艺参数、产品图纸及经营信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方对本合同的累计赔偿责任以合同总价的150%为限，但故意、重大过失及人身伤害除外。
H:第十一条 分包
P:11.1 乙方可将电气配线及桥架安装工作分包给具备相应资质的第三方施工单位，但应提前书面通知甲方，并对分包方的工作承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复产线运行，并移交已完成部分的程序及技术资料。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在十五日内提供有关证明。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 本合同附件包括技术协议、设备清单及施工方案，与本合同具有同等效力。本合同的变更须经双方书面确认。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：常州锦锐电动切管机制造有限公司（盖章）　乙方：无锡恒拓自动化工程有限公司（盖章）
"""

Z03 = """美睫连锁门店预约及会员管理系统服务合同

合同编号：MJ-SaaS-2027-008
甲方：上海绮睫美业管理有限公司
乙方：苏州云约软件科技有限公司

甲方在上海、杭州、苏州经营四十家美睫门店。为统一管理顾客预约、会员储值及门店排班，甲方向乙方订购"云约美业"SaaS服务及配套实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供云约美业SaaS服务，功能包括线上预约、美睫师排班、会员储值与积分、卡项管理、库存管理、营销活动及经营报表。
（二）乙方为甲方提供实施服务：
1. 将甲方现有收银系统中的会员资料、储值余额及卡项数据迁移至本系统；
2. 配置甲方品牌的微信小程序预约页面，对接甲方公众号；
3. 为各门店店长及前台人员提供培训，每家门店不少于两小时；
4. 协助甲方制定会员等级及积分规则的系统配置。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算。
（四）甲方门店使用的收银机、平板电脑及小票打印机由甲方自备，乙方应提供设备兼容清单，并协助门店完成安装设置。
（五）甲方顾客通过小程序预约时，系统应支持按美睫师、项目、时段预约，支持到店提醒短信及预约变更，短信费用按乙方报价单另行结算，不计入本合同总价。

二、费用及支付
（一）订阅费按门店计算，每家门店每个服务年度4,680元，四十家门店每个服务年度合计187,200元，两个服务年度合计374,400元。
（二）实施费为46,600元，为一次性费用，包括数据迁移、小程序配置、公众号对接及门店培训。
（三）本合同总价为421,000元（含6%增值税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费按季度支付，甲方于每季度首月十日前支付当季订阅费46,800元。
（五）服务期内甲方新增门店的，按每家门店每个服务年度4,680元按月折算计费；甲方关闭门店的，自次季度起相应减少订阅费。
（六）乙方应在收款前开具增值税专用发票，甲方按发票载明的金额支付。因乙方发票不合规导致付款延迟的，甲方不承担责任。

三、实施与上线验收
（一）乙方应在合同签订后30日内完成数据迁移、小程序配置及门店培训，具备上线条件。
（二）上线验收标准：
1. 迁移后的会员人数、储值余额、剩余卡项次数与甲方原系统导出数据逐项核对一致；
2. 四十家门店均能完成预约、签到、收银及核销的完整流程，储值卡及次卡的消费扣减准确；
3. 小程序预约页面在正常网络下打开时间不超过2秒；
4. 经营报表数据与门店收银记录一致。
（三）甲方在收到乙方上线验收申请后七个工作日内组织验收，验收合格的签署上线验收单。系统试用不视为验收合格。
（四）因乙方原因未能按期具备上线条件的，每逾期一日，乙方向甲方支付违约金300元。
（五）上线切换应安排在门店营业结束后进行，乙方应制定回退方案，确保切换当日门店次日可正常营业。

四、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在每日凌晨一点至五点之间，并提前48小时通知甲方。
（二）故障分级与响应：
1. 一级故障：系统无法登录、无法收银或预约功能全部中断，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：部分功能异常，乙方应在2小时内响应，一个工作日内解决；
3. 三级问题：咨询及优化需求，一个工作日内答复。
（三）月可用率每低于约定0.1个百分点，乙方减免甲方当月订阅费的5%，减免总额不超过当月订阅费。

五、支持与升级
（一）乙方提供每日九点至二十二点的在线客服及电话支持，覆盖甲方门店营业时间。
（二）乙方应为甲方指定一名客户成功经理，负责需求对接、问题跟踪及季度业务回顾。
（三）乙方应每月向甲方提交服务报告，内容包括可用率、故障记录、处理情况及系统优化建议。
（四）乙方对平台进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能，不得导致甲方已配置的数据丢失。
（五）服务期内乙方为甲方提供两次门店集中培训，并为新入职店长提供线上培训课程。
（六）甲方提出的功能优化需求，乙方应在十个工作日内评估并答复；属于平台通用功能的，乙方应纳入版本计划，不另行收费。

六、数据
（一）甲方及其顾客的会员资料、手机号码、消费记录、储值余额等数据均属于甲方，乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的。
（二）乙方应对数据采取加密存储、访问控制及操作日志等安全措施，系统部署于中国境内，并每日备份，备份数据至少保留三十日。乙方应为甲方总部及各门店分别设置账号权限，门店账号仅能查看本门店顾客数据，乙方运维人员访问甲方数据须经甲方书面授权。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在交付后删除。
（五）乙方处理甲方顾客个人信息，应遵守《中华人民共和国个人信息保护法》，不得向顾客发送甲方未同意的营销信息。

七、知识产权
（一）云约美业平台的知识产权归乙方所有。
（二）为甲方定制配置的小程序页面、品牌素材、会员规则配置及报表模板归甲方所有，甲方可自行使用、修改或交由第三方使用。

八、保密
双方对在合作中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

九、续期
服务期满前三十日内，甲方未书面提出不续约的，本合同自动续期一个服务年度，以此类推。每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，并于续期前书面通知甲方。

十、责任限制
乙方对本合同项下全部索赔的累计赔偿责任，以索赔事件发生前六个月内甲方已支付的订阅费总额为限；但因乙方故意或违反本合同第六条造成的损失除外。

十一、分包
乙方不得将本合同服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。合同解除的，乙方应按本合同第六条的约定向甲方交付全部数据，并配合甲方完成向其他系统的迁移。
（二）系统连续两个月可用率未达约定的，甲方有权解除合同，乙方退还已付未使用的订阅费。

十三、不可抗力
因不可抗力导致系统中断或无法履约的，受影响一方应及时通知对方，并尽力减少损失。不可抗力持续超过三十日的，任何一方均可书面通知解除本合同，乙方退还甲方已付未使用的订阅费。

十四、通知
双方指定的联系人及联系方式见合同附件。任何通知以书面形式送达，电子邮件发送至对方指定邮箱即视为送达。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十六、其他
本合同附件包括服务功能清单、报价单及数据迁移方案，与本合同具有同等效力。本合同的变更须经双方书面确认。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z04 = """临江市生态环境局大气网格化监测系统运行维护服务合同

项目编号：LJHB-CS-2027-006（竞争性磋商）
甲方（采购人）：临江市生态环境局
乙方（成交供应商）：江苏清岚环境科技有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市大气网格化监测系统2027年度运行维护服务订立本合同。

第一条 服务范围
1.1 乙方负责甲方已建成的大气网格化监测系统的运行维护，包括全市320个微型空气质量监测站点、12个扬尘监测点及网格化监测管理平台。
1.2 运维内容包括：站点日常巡检与清洁、传感器定期校准与更换、通信及供电保障、平台软件运行维护、数据审核与异常数据标记、季度质控比对及月度运维报告编制。
1.3 服务期一年，自2027年1月1日起至2027年12月31日止。
1.4 本合同附件包括站点清单、设备清单及运维技术要求。站点清单载明每个站点的编号、位置、设备型号及监测因子，服务期内站点数量调整的，按本合同约定的单价据实结算。

第二条 服务费用
2.1 本合同服务费总额为人民币1,186,000元，为固定总价，包括：微型站运维费784,000元（320个站点，每站每年2,450元）；传感器及耗材更换费216,000元；平台运行维护费96,000元；质控比对费90,000元。
2.2 上述费用包括人工、交通、备品备件、仪器设备、税费等乙方履行本合同所需的全部费用。

第三条 付款方式
3.1 服务费按季度支付。每季度结束后，乙方提交当季运维报告及发票，经甲方确认运维记录后十五个工作日内支付当季服务费296,500元。
3.2 甲方不向乙方支付任何预付款。

第四条 运维要求
4.1 乙方应组建不少于十人的驻场运维团队，配备运维车辆及标准气体、流量计等质控设备，并将人员名单报甲方备案。运维人员应经过专业培训，熟悉监测设备原理及相关技术规范，登高作业人员应持证上岗。乙方使用的质控设备应在检定有效期内。
4.2 每个站点每月至少现场巡检一次，每季度至少进行一次传感器校准，颗粒物传感器按厂家规定周期更换。
4.3 每季度选取不少于二十个站点，与邻近国控或省控站点开展数据比对，比对结果应符合国家相关技术规范的要求。
4.4 乙方应每日对平台数据进行审核，对异常数据进行标记并说明原因，不得擅自删除或修改原始监测数据。
4.5 乙方应建立站点设备台账，记录设备型号、安装位置、传感器批次、校准及更换情况，每月更新并报甲方。
4.6 乙方应储备不少于站点总数5%的整机备机及常用传感器备件，确保故障站点能够及时更换。更换下来的设备由乙方负责维修，维修费用已包含在本合同价款中。
4.7 重污染天气预警期间及重大活动保障期间，乙方应按甲方要求增派人员，安排专人在岗值守，每日向甲方报送站点运行情况。
4.8 乙方应于每月五日前提交上月运维报告，内容包括站点运行情况、数据获取情况、故障处理、校准及更换记录、质控比对结果和下月工作计划；每季度提交季度分析报告，服务期满后提交年度运维总结报告。
4.9 因道路施工、建筑拆迁等原因需迁移站点的，乙方应在甲方通知后十日内完成迁移、安装及联调，服务期内累计迁移不超过十个站点的，迁移费用包含在本合同价款中。

第五条 故障处理
5.1 一级故障（平台中断或十个以上站点同时离线），乙方应在2小时内响应，8小时内到场处置；
5.2 二级故障（单个站点离线或数据异常），乙方应在6小时内响应，两日内修复；
5.3 乙方未达到上述时限的，应向甲方书面说明原因，并在甲方要求的期限内完成整改。

第六条 服务考核与验收
6.1 甲方每季度对乙方运维工作进行检查，检查内容包括巡检记录、校准记录、质控比对报告、故障处理记录及运维报告。
6.2 乙方应配合甲方接受上级生态环境部门对网格化监测系统的检查及数据质量抽查，对检查中发现的问题在规定期限内完成整改，并提交整改报告。
6.3 服务期满后，甲方组织年度验收。验收标准为：运维记录完整、真实；各季度质控比对结果符合技术规范；站点设备完好，全部站点在服务期满时处于正常运行状态；年度运维总结报告经甲方审核通过。验收合格的，双方签署验收单。验收不合格的，乙方应在甲方规定的期限内整改，并重新提交验收。

第七条 数据安全
7.1 系统采集的全部监测数据、站点信息及运维记录均属于甲方，乙方仅为履行本合同使用，不得对外发布、提供或用于其他用途。
7.2 乙方运维人员访问平台须使用甲方分配的个人账号，实行最小权限和操作日志审计；乙方不得在平台之外留存数据副本。乙方人员离岗的，乙方应在当日通知甲方注销其账号。乙方运维终端应安装防病毒软件，不得接入与运维无关的网络。
7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第八条 知识产权
运维过程中形成的运维报告、质控报告、校准记录及数据审核结果归甲方所有，乙方不得用于本合同以外的用途。乙方为运维工作开发的数据审核工具，应免费提供甲方使用。

第九条 甲方的权利义务
9.1 甲方有权对乙方的运维工作进行监督检查，对不符合要求的工作提出整改意见。
9.2 甲方应为乙方进入站点及平台提供必要的协助，协调站点所在单位及供电、通信部门，并及时支付服务费。
9.3 甲方应指定专人负责本合同的日常联络及运维记录确认。

第十条 乙方的权利义务
10.1 乙方应按本合同及磋商文件的要求提供运维服务，遵守甲方的各项管理制度。
10.2 乙方应对其人员的安全负责，登高作业应采取安全防护措施。
10.3 乙方未按约定履行义务的，甲方有权要求乙方限期改正。
10.4 乙方应遵守安全生产相关规定，在道路、屋顶等场所作业时设置警示标志，因乙方作业造成第三方人身或财产损害的，由乙方负责处理并承担费用。
10.5 乙方驻场人员应保持稳定，项目负责人未经甲方同意不得更换；其他人员更换的，应提前五日报甲方备案，并做好工作交接。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
12.1 乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同。
12.2 服务期满本合同终止，不自动续期。
12.3 合同终止时，乙方应将站点设备台账、运维记录、备品备件清单及平台账号移交甲方或甲方指定的新运维单位，并配合完成交接，交接期不少于十日。

第十三条 不可抗力
因自然灾害等不可抗力导致站点损毁或无法运维的，乙方应及时报告甲方，并在不可抗力消除后尽快恢复站点运行。因不可抗力损毁的设备的更换费用由双方另行协商。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 藤编工序追溯系统软件许可及开发合同

**（云织软件标准合同文本 V3.0）**

合同编号：YZ-2027-0219

甲方：安吉竹风藤编工艺品有限公司

乙方：杭州云织软件有限公司

甲方拟在其藤编工坊中实施工序追溯管理，经双方协商，甲方向乙方购买"云织工序追溯系统"软件许可并委托乙方进行定制开发。为明确双方权利义务，依据《中华人民共和国民法典》，双方订立本合同。

## 第一条 定义

1.1 "本系统"指乙方开发并享有著作权的云织工序追溯系统，包括服务器端软件、扫码终端应用、打印组件及相关文档。

1.2 "定制开发"指乙方根据甲方确认的需求说明书，在本系统基础上开发的功能模块。

1.3 "上线"指本系统在甲方生产现场部署完成并开始录入生产数据。

1.4 "维护"指乙方对本系统提供的技术支持、缺陷修复及版本升级服务，不包括新功能开发及现场服务。

## 第二条 合同标的

2.1 乙方向甲方提供云织工序追溯系统标准版软件许可（永久许可，二十个并发用户，含扫码终端授权）。

2.2 乙方根据甲方需求进行定制开发，包括藤条原料批次管理、蒸煮及染色记录、编织工序报工、质检记录及成品追溯码打印模块。

2.3 乙方负责系统安装部署、基础数据初始化及操作培训。服务器、扫码枪、标签打印机等硬件由甲方自行采购，乙方提供硬件配置建议。

2.4 本系统采用本地部署方式，安装在甲方服务器上。甲方应提供符合乙方要求的服务器运行环境及网络条件。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云织工序追溯系统标准版软件许可 | 236,000 |
| 2 | 定制开发（原料批次、工序报工、质检、追溯码） | 42,000 |
| 3 | 安装部署及培训 | 12,000 |
| | 合同总价 | 290,000 |

上述价格含税，不含甲方自购的硬件、操作系统及数据库软件。甲方增加用户数或功能的，按乙方报价另行签订补充协议。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即188,500元。

4.2 系统验收合格后五个工作日内，甲方支付剩余款项101,500元。

4.3 甲方应按本合同约定的期限付款。甲方未按期支付首笔款项的，乙方有权暂停开发工作，交付期限相应顺延。

4.4 乙方收到款项后开具增值税普通发票。甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第五条 交付

5.1 乙方在收到首笔款项后60日内完成开发及部署。

5.2 乙方应在合同签订后十五日内完成需求调研，编制需求说明书，经甲方签字确认后作为开发及验收依据。需求说明书确认后，甲方提出新增或变更需求的，乙方有权另行报价，交付期限相应顺延。

5.3 甲方应在合同签订后十日内提供工序流程、产品编码规则、质检标准等基础资料，并指定专人配合需求调研。因甲方资料提供延迟的，交付期限相应顺延。

5.5 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第六条 验收

6.1 系统部署完成后，甲方应在七日内按双方确认的《功能清单》组织验收测试。

6.2 验收标准：功能清单所列功能全部可用；以甲方指定的三个批次产品进行试运行，扫码追溯记录与纸质工单一致；质检记录可按批次查询并导出。

6.3 验收合格的，双方签署验收报告。验收不合格的，乙方应在十日内修改完善后重新提交验收。

6.4 验收测试所需的测试数据、产品批次及操作人员由甲方提供，乙方派员现场指导并记录测试结果。

## 第七条 培训

7.1 乙方为甲方管理人员、质检员及车间班组长提供现场培训，培训不少于两天，并提供操作手册。

7.2 培训后新增的人员培训，由乙方以远程方式提供，费用另计。
7.3 甲方应安排参训人员按时参加培训，并在培训后指定两名系统管理员负责日常账号管理及基础数据维护。

## 第八条 维护服务

8.1 乙方为甲方提供六个月的免费维护期，自验收合格之日起计算。维护期内乙方通过电话、远程方式提供技术支持，工作时间为工作日九点至十七点。

8.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的24%，即每年56,640元。维护服务内容包括远程技术支持、软件缺陷修复及小版本升级。

8.3 因甲方擅自修改系统、硬件故障或操作不当造成的问题，不属于维护范围。乙方可应甲方要求提供处理服务，费用由双方另行协商。

8.4 维护期内乙方发布的小版本升级，乙方以远程方式为甲方安装；大版本升级需甲方另行购买。

## 第九条 知识产权

9.1 云织工序追溯系统及其所有版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的模块、程序、源代码及相关文档的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或许可第三方使用。

## 第十条 数据

10.1 甲方在系统中录入的生产数据归甲方所有。

10.2 甲方同意，乙方有权将经脱敏处理的工艺及生产数据用于乙方产品改进、行业分析及向其他客户提供的基准服务。

10.3 甲方应自行负责服务器的日常运行及数据备份，乙方可应甲方要求提供备份方案。

10.4 乙方应采取加密传输、访问控制等措施保护甲方数据安全；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成的直接损失由乙方承担。

## 第十一条 保密

11.1 双方对本合同内容及履约中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的藤编工艺、产品款式图样及客户信息属于甲方商业秘密。

11.2 本条规定的保密义务在本合同终止后三年内继续有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担违约责任。

12.2 乙方不对甲方的间接损失、利润损失承担责任。

12.3 因甲方提供的资料错误、服务器环境不符合要求或甲方人员操作不当造成的损失，由甲方自行承担。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面通知后十五日内仍未纠正的，另一方有权解除本合同。

13.2 甲方单方解除合同的，已支付的款项不予退还；乙方已完成的工作成果按本合同第九条处理。

13.3 合同解除后，甲方应停止使用本系统中未付款部分的功能，并删除相应的软件副本。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期履行或解除合同。不可抗力包括地震、洪水、火灾、疫情及政府行为等不能预见、不能避免且不能克服的客观情况。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同附件包括功能清单及需求说明书，与本合同具有同等效力。

16.2 本合同的任何修改须经双方书面确认。双方往来的电子邮件、即时通讯记录不构成对本合同的修改。

16.3 双方的通知以书面形式发送至本合同首部所列地址，或发送至双方项目联系人的电子邮箱。一方联系方式变更的，应及时通知对方。

16.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CK-NB-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haiyue Shipbuilding Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the "Buyer"), and Cumbrae Keel Systems Ltd, a company registered in Scotland with its office at Main Street, Largs, Ayrshire, United Kingdom (the "Vendor").
P:The Buyer builds and repairs coastal vessels and wishes to plan hull, machinery and dry-dock maintenance work with the Vendor's KeelPlan software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KeelPlan Maintenance Planner, version 8, in object code, together with the KeelPlan Mobile module and the Documentation.
P:1.2 "Custom Interfaces" means the two interfaces developed by the Vendor under this Agreement between the Software and the Buyer's SAP Plant Maintenance system and its welding quality database.
P:1.3 "Services" means installation, configuration, data loading, development of the Custom Interfaces, training and the support services described in Article 7.
P:1.4 "Buyer Data" means all vessel, equipment, maintenance and personnel records that the Buyer or its users enter into or process with the Software.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Interfaces meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named users on servers located in the Buyer's premises in Ningbo, for the Buyer's internal business.
P:2.2 The Buyer may make reasonable backup copies and may allow its contractors to use the Software on the Buyer's behalf.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,350,000, inclusive of applicable taxes, made up as follows: KeelPlan licence for sixty named users CNY 870,000; KeelPlan Mobile module CNY 96,000 (Licence Fee subtotal CNY 966,000); installation, configuration and data loading CNY 214,000; Custom Interfaces CNY 138,000; training CNY 32,000.
P:3.2 The price is fixed and includes travel, expenses and the warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within 30 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price within 30 days after the Vendor has installed the Software and the parties have signed an Installation Certificate. The Installation Certificate records delivery only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and make the Software and the Custom Interfaces ready for acceptance testing within 120 days after signature.
P:5.2 The acceptance criteria are: every function in the agreed functional specification works as described; the maintenance history of the Buyer's forty-two vessels is loaded and reconciled against the Buyer's source records without unexplained differences; work orders created in the Software are transferred to SAP Plant Maintenance and back without error during ten consecutive working days; and screens listed in the specification open in less than three seconds with fifty users working at the same time.
P:5.3 The Buyer shall carry out the acceptance tests with the Vendor's support within 20 days after notice of readiness. If the criteria are met, the Buyer shall issue Final Acceptance in writing. Installation, training, productive use or payment does not by itself constitute acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects and the tests shall be repeated. If the second tests fail, the Buyer may terminate this Agreement under Article 13.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Interfaces will perform substantially in accordance with the Documentation and the functional specification for 24 months from Final Acceptance.
P:6.2 During the warranty period the Vendor shall correct defects free of charge and provide new releases of the Software at no extra cost.
H:Article 7 Support and Service Levels
P:7.1 During the warranty period the Vendor provides support by telephone, e-mail and remote session, in Chinese and English, from 08:00 to 20:00 China time on working days, and at all times for Severity 1 faults.
P:7.2 A Severity 1 fault is a fault that stops maintenance planning or work order processing for the Buyer's shipyard. The Vendor shall respond to a Severity 1 fault within one hour and provide a workaround or fix within eight hours. A Severity 2 fault shall receive a response within three hours.
P:7.3 For every full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may set off against any payment due.
P:7.4 After the warranty period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee subtotal, that is CNY 106,260 per year, and will not be increased during the first three years after the warranty period. Annual support does not renew automatically and is ordered by a separate purchase order.
H:Article 8 Intellectual Property
P:8.1 The Custom Interfaces, including their source code, configuration files and documentation, belong to the Buyer on Final Acceptance. The Vendor shall deliver the source code with the acceptance documentation. The Buyer may use, modify and license the Custom Interfaces freely.
P:8.2 The Vendor keeps all rights in the Software and in its pre-existing tools, subject to the licence in Article 2.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The Vendor's personnel may access the Buyer's systems only through the remote access channel approved by the Buyer for each session, with individual accounts and logged activity. Buyer Data shall not be transferred out of the Buyer's systems, and the Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any loss, unauthorised access or disclosure of Buyer Data caused by the Vendor or its personnel, cooperate in remedial measures, and compensate the Buyer for the resulting losses.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including vessel designs, customer information and pricing, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to make the Software and the Custom Interfaces ready for acceptance testing by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
P:11.3 Neither party is liable for indirect or consequential loss, except as stated in Article 11.2.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.
P:13.2 The Buyer may also terminate this Agreement under Article 5.4, in which case the Vendor shall refund all amounts paid.
P:13.3 Articles 8, 9, 10 and 14 survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the law of Scotland.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration seated in Edinburgh under the Scottish Arbitration Rules, before a single arbitrator, in English.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and does its best to limit the effects. Time for performance is extended by the period of the event.
P:15.2 If a force majeure event prevents performance for more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund amounts paid for work not performed.
H:Article 16 Buyer's Cooperation
P:16.1 The Buyer shall provide the servers, operating system and database licences described in the Vendor's technical requirements, give the Vendor's personnel access to its premises during working hours, and make its key users available for workshops and testing.
H:Article 17 General
P:17.1 This Agreement, together with the functional specification, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:17.2 This Agreement is made in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Carrick Rota Subscription Order Form

**Order Form No. CR-HZ-2027-117**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, both parties accept Part B, which forms part of this Order Form.

## PART A - ORDER DETAILS

### A1. Parties

- **Customer:** Hangzhou Xiling Hotel Management Co., Ltd., a company registered in Hangzhou, Zhejiang Province, People's Republic of China.
- **Provider:** Carrick Rota Ltd, a company registered in Scotland, with its registered office at High Street, Maybole, Ayrshire, United Kingdom.

### A2. Service and Subscription Term

- **Service:** Carrick Rota cloud workforce scheduling, timekeeping and labour-cost reporting for the Customer's nineteen hotels.
- **Authorised Users:** 320 named users (hotel managers, department heads and payroll staff).
- **Initial Term:** 24 months from the Go-Live Date under A4, divided into two Subscription Years.
- **Hosting:** the Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner named in A6.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 320 users x CNY 780 | 249,600 |
| Subscription, Subscription Year 2 | 320 users x CNY 780 | 249,600 |
| Onboarding (configuration, data import, payroll export, training) | one-time | 36,800 |
| **Total fees for the Initial Term** | | **536,000** |

- Fees include VAT. Additional users may be added at CNY 780 per user per Subscription Year, pro rata.
- Subscription fees are invoiced quarterly at the start of each quarter of each Subscription Year and are payable within 30 days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance under A4 and is payable within 30 days of invoice. No amount is payable before the Go-Live Date.

### A4. Onboarding and Go-Live Acceptance

- The Provider shall complete onboarding within 45 days after signature: configure the nineteen hotels, departments, shift patterns and labour rules; import employee master data; set up the export file to the Customer's payroll system; and train the Customer's key users.
- Go-Live Acceptance tests: shift plans for one full week are created for every hotel; clock-in records from the Customer's existing terminals are received without loss; the payroll export file for a test month matches the Customer's manual calculation; and the labour-cost report agrees with the payroll export.
- When the tests are passed the Customer signs a Go-Live Certificate, and the date of that certificate is the Go-Live Date. Use of the Service before that date for testing does not constitute acceptance.
- If onboarding is not completed within 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the onboarding fee and later invoices.

### A5. Customer Contacts

- Project owner: Director of Human Resources, Hangzhou Xiling Hotel Management Co., Ltd.
- Invoices: Finance Department, at the address in A1.
- Provider account manager: the person named in the Provider's proposal, who is the Customer's first contact for commercial questions and escalations.

### A6. Hosting Partner and Signatures

- Hosting partner: the cloud provider named in the Provider's proposal of November 2026, with its data centre in Hangzhou.
- Order of precedence: if Part A and Part B conflict, Part A prevails. The Provider's proposal is for information only and does not form part of this Order Form, except for the identity of the hosting partner and the account manager.
- Signed for the Customer: ____________________ Date: __________
- Signed for the Provider: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's Authorised Users during the Initial Term in accordance with this Order Form and the Documentation.

1.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functionality.

1.3 The Customer shall keep user passwords secure and is responsible for the acts of its Authorised Users.

1.4 The Customer shall not resell the Service, use it to build a competing product, or attempt to reverse engineer it. The Customer shall use the Service in accordance with the Documentation and applicable law, including labour and working-hours regulations.

1.5 The Provider shall provide the Service in Simplified Chinese and English and shall keep the Documentation up to date.

### 2. Service Levels

2.1 The Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China time.

2.2 Support requests are classified by severity. Severity 1 means the Service is unavailable or no user can record or approve time. The Provider will respond to a Severity 1 request within 6 business hours and to a Severity 2 request within two business days.

2.3 If availability in a month falls below the level in 2.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of the monthly equivalent. Credits are deducted from the next invoice.

2.4 The Provider shall publish a monthly availability report to the Customer's project owner within ten days after the end of each month.

2.5 Support is available in Chinese and English through the support portal, e-mail and a mainland China telephone number, from 08:00 to 22:00 China time every day, and at all times for Severity 1 requests.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by or for the Customer, including employee names, shift plans, clock-in records and pay data.

3.2 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer under this Order Form and shall not sell it or use it for any other purpose.

3.3 At the end of the Initial Term, the Provider shall make Customer Data available for export in CSV format for 30 days.

3.4 The Customer is responsible for the accuracy of Customer Data and for obtaining any consents of its employees that are needed for their data to be entered into the Service.

### 4. Intellectual Property

4.1 The Provider owns the Service, the Documentation and all related software.

4.2 Shift templates, labour rules, report layouts and the payroll export specification configured for the Customer belong to the Customer, and the Customer may use, modify and let third parties use them without restriction.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public information received under this Order Form, including the terms of this Order Form, and shall use it only for the purposes of this Order Form.

5.2 This obligation does not apply to information that is public, independently developed or lawfully received from a third party, and continues for three years after the end of the Initial Term.

### 6. Fees, Taxes and Invoices

6.1 Fees are stated in CNY and include value-added tax at the applicable rate. The Provider shall issue valid VAT invoices.

6.2 If the Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the disputed part within 30 days.

6.3 Fees are fixed for the Initial Term and shall not be increased.

### 7. Liability

7.1 Each party's total liability arising out of this Order Form is limited to 150% of the total fees for the Initial Term stated in A3.

7.2 Neither party is liable for loss of profits or indirect loss.

### 8. Subcontracting

8.1 Apart from the hosting partner named in A6, the Provider shall not subcontract any part of the Service without the Customer's prior written consent.

### 9. Term, Renewal and Termination

9.1 This Order Form runs for the Initial Term and then expires. It does not renew automatically; any renewal requires a new order signed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.3 On termination by the Customer under 9.2, the Provider shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1.

11.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effects. If such an event prevents use of the Service for more than 30 days, the Customer may terminate this Order Form and receive a refund of fees paid for the remaining period.

11.3 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in a group reorganisation.

11.4 This Order Form is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""

E03 = """T:Purchase Contract for Wireless Temperature Sensors and Monitoring Software
P:Contract No. HR-CC-2027-052
P:Buyer: Jiangsu Hengrun Cold Chain Logistics Co., Ltd., registered in Nanjing, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Annandale Sensing Ltd, registered in Scotland, with its office at Station Park, Moffat, Dumfriesshire, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates six cold-storage warehouses and wishes to replace manual temperature logging with wireless sensors and a central monitoring system. The Supplier has offered the goods and services below, and the parties agree as follows.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways and calibration kits listed in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 2 for up to 500 measuring points.
P:1.3 "Works" means installation, commissioning, the WMS integration and training.
P:1.4 "System" means the Goods, the Software and the Works together.
P:1.5 "Buyer Data" means all measurements, alarms, audit trails, user records and other data produced by the System or entered into it.
H:2. Scope and Licence
P:2.1 The Supplier shall supply, install and commission the System in the Buyer's six warehouses in Nanjing, Suzhou and Yangzhou, integrate it with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the Buyer's business, including its affiliated companies.
P:2.3 The Goods shall be new, of the models stated in the Supplier's quotation, and shall hold the certificates required for radio equipment in the People's Republic of China.
H:3. Price
P:3.1 The total Contract price is CNY 1,240,000, inclusive of VAT, packing, transport to site, insurance, installation and all warranty services, as set out in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP65|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|36|6,800|244,800
TB:3|Field calibration kit|4|9,500|38,000
TB:4|ColdWatch monitoring software, perpetual licence, 500 points|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,051,800
TB:5|Installation and commissioning|1 lot|96,400|96,400
TB:6|Integration with the Buyer's WMS|1 lot|71,800|71,800
TB:7|Training of operators and administrators|1 lot|20,000|20,000
TB:|Total Contract price|||1,240,000
P:3.2 The price is fixed for the duration of the Contract and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:4.2 Delivery payment: 55% of the Contract price within 30 days after all Goods have been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance of the System.
P:4.3 Final payment: the remaining 35% of the Contract price within 30 days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Goods to the six warehouses within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:5.2 The Goods shall be packed for road transport and cold-room storage. Each delivery shall include a packing list, certificates of conformity, calibration certificates for every sensor traceable to a national metrology institute, and installation manuals in Chinese.
P:5.3 Risk in the Goods passes to the Buyer on signature of the installation record. Title passes on payment of the delivery payment under clause 4.2.
P:5.4 The Supplier's staff shall follow the Buyer's site rules for cold rooms, forklifts and fire safety, and shall work in cold rooms only with the protective clothing provided by the Supplier.
H:6. Acceptance
P:6.1 After commissioning the System shall run for a trial period of 14 consecutive days.
P:6.2 The System passes acceptance when: every sensor agrees with the Buyer's reference thermometer within 0.3 degrees Celsius at two test points; no sensor misses more than five scheduled readings during the trial period; alarms for out-of-range temperature reach the assigned mobile phones within 60 seconds; temperature records and alarms appear in the WMS against the correct storage location; and the audit trail records every change to alarm limits.
P:6.3 If the criteria are met, the Buyer shall sign a Final Acceptance certificate within seven days. Installation, the trial period or use of the System does not of itself amount to acceptance.
P:6.4 If the System fails, the Supplier shall correct the defects at its cost and repeat the trial period. If the System fails the repeated trial period, the Buyer may reject it and terminate this Contract under clause 13, or accept it with an agreed price reduction.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Goods, correct Software defects, provide Software updates and recalibrate sensors once a year, all free of charge.
P:7.2 Faults are handled as set out in the table below.
TB:Fault level|Description|Remote response|On-site attendance
TB:Critical|Monitoring of a whole warehouse or of the central server is lost|30 minutes|next day
TB:Major|Gateway or group of sensors offline|2 hours|within three days
TB:Minor|Single sensor or reporting problem|1 working day|as agreed
P:7.3 For every hour by which the Supplier misses a response time in the table, the Supplier shall pay CNY 600, which the Buyer may deduct from any payment due.
P:7.4 After the warranty period, the Supplier shall offer annual support at 7.5% of the Hardware and Licence Subtotal per year, that is CNY 78,885, fixed for three years. Annual support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The WMS integration, the dashboards and reports configured for the Buyer, and their source code and documentation belong to the Buyer. The Buyer may use, modify and license them freely.
P:8.2 The Software and the firmware of the Goods remain the property of the Supplier, subject to the licence in clause 2.2.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy or keep it.
P:9.2 The System shall store Buyer Data only on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN with an individual account approved for each session, and all access shall be logged.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data that it becomes aware of, assist in remedial measures, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's customers, warehouses, goods stored and prices that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years afterwards.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, the Supplier shall pay delay damages of 0.08% of the Contract price for each day of delay, up to 8% of the Contract price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, for which no limit applies.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The Supplier is responsible for approved subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for any part of the System the Buyer does not keep.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules. The award is final.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate the undelivered part of this Contract by written notice.
H:16. General
P:16.1 The Buyer shall give the Supplier access to the warehouses, provide power and network connections at the gateway locations, and make its WMS team available for the integration.
P:16.2 Annex 1 (technical specification) and Annex 2 (installation plan) form part of this Contract. If they conflict with these terms, these terms prevail.
P:16.3 This Contract is made in English and Chinese, and both versions have equal force.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

E04 = """# Managed Service Desk and End-User Support Agreement

**Agreement No. TW-TJ-2027-009**

**Customer:** Tianjin Beiyang Pharmaceutical Distribution Co., Ltd., a company registered in Tianjin, People's Republic of China ("Customer").

**Supplier:** Tweedside Managed IT Ltd, a company registered in Scotland, with its office at Market Square, Melrose, Roxburghshire, United Kingdom, acting in China through its representative team in Tianjin ("Supplier").

**Background:** Customer wishes to outsource its IT service desk, desktop support and device lifecycle management for about 1,400 users at its head office and five regional distribution centres. Supplier has proposed a managed service for a fixed monthly charge. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Supplier receives, accesses or processes in performing the Services, including ticket records, device inventories and user accounts.

1.5 "Incident" means an unplanned interruption or reduction in quality of an IT service used by Customer.

1.6 "Priority" means the classification of an Incident under Schedule 3, made by the service desk agent on logging the Incident and confirmed or changed by Customer's IT duty manager where the parties disagree.

## 2. Services and Term

2.1 Supplier shall provide the Services from the Service Commencement Date for the Term, in accordance with this Agreement and its Schedules.

2.2 This Agreement ends at the end of the Term. The parties may agree in writing to extend it; there is no automatic renewal.

2.3 Supplier shall appoint a service delivery manager based in Tianjin who attends monthly service reviews with Customer, is the first point of escalation for Incidents and complaints, and may be replaced only after consultation with Customer.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 3,600,000.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears. Customer pays each correct invoice within 30 days. No amount is payable in advance.

3.3 Charges are fixed for the Term. Supplier shall not increase them except through an agreed change in scope.

## 4. Transition and Acceptance

4.1 Supplier shall complete transition within 60 days after signature, including knowledge transfer from Customer's current team, set-up of the ticketing tool, telephone and chat channels, and the device inventory.

4.2 Transition is accepted when: the ticketing tool records, routes and reports tickets for all six sites; the device inventory covers every laptop, desktop and printer and matches a sample count at two sites; the service desk handles a two-week parallel run without a missed Priority 1 Incident; and the knowledge base contains the agreed articles for Customer's business applications.

4.3 When the criteria are met, Customer signs a Transition Acceptance certificate. Operation of the service desk during the parallel run is not acceptance.

4.4 If transition is not accepted within 60 days after signature for reasons attributable to Supplier, Supplier shall pay Customer CNY 3,000 for each day of delay.

## 5. Service Levels

5.1 Supplier shall meet the service levels in Schedule 3.

5.2 If Supplier misses a service level in a month, Customer receives the service credit stated in Schedule 3, deducted from the next invoice. Service credits do not limit Customer's other rights.

5.3 Supplier shall report service level performance monthly, with root-cause analysis for every Priority 1 Incident.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to perform the Services and shall not copy, disclose or use it for any other purpose.

6.2 Supplier shall process Customer Data only in mainland China, access Customer's systems only with named accounts and multi-factor authentication, follow Customer's information security policies, and keep access logs for at least six months.

6.3 Supplier shall notify Customer within 12 hours of any actual or suspected breach of security affecting Customer Data, take remedial action, and be liable for losses caused by its breach of this clause 6.

6.4 On expiry of the Term Supplier shall return all Customer Data and delete its copies, and confirm this in writing.

6.5 Devices returned for disposal shall have their storage wiped to Customer's standard or physically destroyed, and Supplier shall provide a certificate listing the serial numbers of the devices concerned.

## 7. Intellectual Property

7.1 Knowledge articles, scripts, runbooks and reports created by Supplier specifically for Customer belong to Customer, which may use, modify and license them freely.

7.2 Supplier keeps its ticketing tool and pre-existing methods, and grants Customer a free licence to use them during the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement and shall not disclose it without prior written consent, during the Term and for three years afterwards.

## 9. Governance and Change Control

9.1 The parties shall hold a monthly service review to discuss performance against Schedule 3, open problems, planned changes and user satisfaction, and a quarterly review with Customer's Head of IT on improvement actions.

9.2 Either party may propose a change to the Services. Supplier shall provide within ten working days a written impact assessment stating any effect on the charges, staffing and service levels. No change is binding until both parties sign a change note.

9.3 Customer shall give Supplier timely access to its sites, systems and documentation, nominate a contract manager, and inform Supplier in advance of projects that will affect the volume of service desk calls.

## 10. Staff and Subcontracting

10.1 Supplier shall provide sufficient trained staff, including Mandarin-speaking service desk agents, and shall replace any person whom Customer reasonably objects to.

10.2 Supplier may subcontract any part of the Services, including on-site desktop support at the regional distribution centres, to its affiliates or to third-party service providers by giving Customer written notice before the subcontractor starts work. Supplier remains responsible for its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 6 or clause 8.

## 12. Duration and Remedies

12.1 This Agreement continues for the full Term. Neither party may terminate it before the end of the Term, except under clause 13 for force majeure.

12.2 If Supplier fails to perform the Services, Customer's remedies are service credits under Schedule 3, delay damages under clause 4.4, and damages for its losses, subject to clause 11. Customer may not terminate this Agreement because of Supplier's breach.

12.3 At the end of the Term Supplier shall provide exit assistance for up to 30 days so that the Services can pass to Customer or a new provider without interruption.

## 13. Force Majeure

13.1 A party is not liable for failure caused by events beyond its reasonable control. If a force majeure event prevents performance for more than 90 days, either party may end this Agreement by written notice.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, chat and e-mail support in Mandarin and English for all users | 07:00-22:00 every day |
| Desktop support | On-site support at head office and five distribution centres | Business hours at each site |
| Device lifecycle | Imaging, deployment, moves, recovery and secure disposal of laptops and desktops | Business hours |
| Account administration | Password resets, user creation and removal in directory services | 07:00-22:00 every day |
| Reporting | Monthly service report and quarterly improvement plan | Monthly |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 126,000 |
| Monthly service charge | CNY 96,500 x 36 months | 3,474,000 |
| **Total Contract Value** | | **3,600,000** |

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed in a month |
|---|---|---|---|---|
| P1 | A site, a warehouse system or more than 50 users cannot work | 15 minutes | 6 hours | 5% of the monthly charge |
| P2 | A team or a key user cannot work | 1 hour | 1 business day | 2% of the monthly charge |
| P3 | A single user is impaired | 2 hours | 3 business days | 1% of the monthly charge |

Total credits in a month shall not exceed 20% of the monthly charge.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. TWD-SD-2027-044

This Data Subscription Agreement is made between:

Shandong Lufeng Grain Trading Co., Ltd., a company registered in Jinan, Shandong Province, People's Republic of China ("Customer"); and

Tweedmark Data Ltd, a company registered in Scotland, with its office at High Street, Coldstream, Berwickshire, United Kingdom ("Tweedmark").

Customer trades wheat, maize and soybeans and wishes to receive crop-condition, weather and freight data through Tweedmark's application programming interface (API) for use in its trading and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the crop-condition indices, weather observations and forecasts, and dry-bulk freight indicators made available by Tweedmark through the API, as described in the Data Specification.

1.2 "API" means Tweedmark's REST interface through which the Data is delivered, including the sandbox and production environments.

1.3 "Subscription Year" means the one-year period beginning on the Start Date, and each following one-year period beginning on an anniversary of it.

1.4 "Start Date" means the date of Onboarding Acceptance under clause 4.

1.5 "Customer Inputs" means portfolio positions, query parameters, watch lists and any other information that Customer sends to the API.

2. SUBSCRIPTION

2.1 Tweedmark grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data internally in Customer's trading, risk management and reporting, by up to 40 named users and three connected systems.

2.2 Customer may include Data in internal reports and in reports to its banks and auditors, but shall not resell the Data or publish it.

2.3 The Subscription Term is two Subscription Years from the Start Date.

2.4 Customer may add further named users or connected systems during the Subscription Term at the unit prices in Tweedmark's quotation of November 2026, pro rata for the remainder of the current Subscription Year.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 286,000 for each Subscription Year, that is CNY 572,000 for the two Subscription Years.

3.2 The onboarding fee is CNY 24,000, one-time, covering sandbox access, mapping of the Data to Customer's risk system, and training.

3.3 The total fees under this Agreement are CNY 596,000, including VAT.

3.4 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 71,500 at the start of each quarter of that Subscription Year. The onboarding fee is invoiced after Onboarding Acceptance. Customer pays within 30 days of a correct invoice. Nothing is payable before the Start Date.

4. ONBOARDING AND ACCEPTANCE

4.1 Tweedmark shall provide sandbox access within five working days after signature and complete onboarding within 30 days after signature.

4.2 Onboarding Acceptance requires that: all data sets listed in the Data Specification can be retrieved through the production API with the agreed credentials; historical Data from 2015 onwards is loaded into Customer's risk system through the agreed mapping without gaps; daily updates arrive by the times stated in the Data Specification on ten consecutive working days; and Customer's users have been trained.

4.3 Customer confirms Onboarding Acceptance in writing. Use of the sandbox or of the production API during testing is not acceptance. If any test fails, Tweedmark shall correct the cause and the test shall be repeated within five working days.

4.4 If onboarding is not completed within 30 days for reasons attributable to Tweedmark, Tweedmark shall pay Customer CNY 450 for each day of delay.

5. SERVICE LEVELS

5.1 The production API will be available at least 99.95% of each calendar month, excluding maintenance announced at least three days ahead and carried out at weekends.

5.2 A Severity 1 incident means the production API is unavailable or daily Data is not delivered by the time stated in the Data Specification. Tweedmark will respond to a Severity 1 incident within one hour, at any time, and to other incidents within one business day.

5.3 If monthly availability falls below the level in 5.1, or a Severity 1 response is late, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each shortfall event, up to a quarter of the monthly equivalent, deducted from the next invoice.

6. DATA QUALITY

6.1 Tweedmark shall compile the Data with reasonable skill and care from the sources described in the Data Specification and shall correct errors promptly after they are reported.

6.2 The Data is provided for information. Customer is responsible for its own trading decisions.

6.3 Tweedmark may change the Data Specification to reflect changes in its sources, provided that it gives Customer at least 60 days' written notice of any change that removes a data set or changes a delivery format, and offers a replacement of equivalent value where one is available.

6.4 Tweedmark shall keep the API backward compatible during the Subscription Term or, where that is not possible, maintain the previous API version for at least six months after releasing a new version.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Tweedmark shall use Customer Inputs only to provide the API and the Data to Customer and shall not analyse, aggregate or disclose them for any other purpose.

7.2 Tweedmark shall protect Customer Inputs with encryption in transit and at rest, access limited to named support staff, and logged access. Customer Inputs shall be hosted in mainland China.

7.3 Tweedmark shall notify Customer within 24 hours of any security incident affecting Customer Inputs, take remedial measures, and compensate Customer for losses caused by its breach of this clause.

7.4 Within 30 days after the end of the Subscription Term Tweedmark shall delete Customer Inputs and confirm the deletion in writing.

7.5 Tweedmark shall give Customer, on request and not more than once in each Subscription Year, a written summary of the security measures applied to Customer Inputs and of any incidents in the preceding period, and shall answer Customer's reasonable questions about them.

8. INTELLECTUAL PROPERTY

8.1 Tweedmark and its licensors own the Data and the API.

8.2 The mapping tables, transformation scripts and report templates prepared by Tweedmark for Customer's risk system during onboarding belong to Customer, which may use, modify and license them without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's positions and Tweedmark's prices, and shall not disclose it to third parties without prior written consent. This clause survives for three years after the end of this Agreement.

10. RENEWAL

10.1 At the end of the Subscription Term this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.2 Tweedmark may increase the subscription fee for any renewal period by up to 6% by written notice given at least 90 days before the renewal.

11. LIABILITY

11.1 Tweedmark's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, trading losses or indirect loss, even if it was advised of the possibility of such loss.

11.3 The limits in this clause do not apply to fraud, wilful misconduct or breach of clause 7.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall keep its API credentials secure, ensure that only authorised users and connected systems use them, and notify Tweedmark promptly of any suspected misuse.

12.2 Customer shall respect the usage limits stated in the Data Specification. If usage exceeds those limits in three consecutive months, the parties shall discuss in good faith an adjustment of the limits; Tweedmark shall not suspend access without first giving Customer 30 days' written notice.

13. SUBCONTRACTING

13.1 Tweedmark uses the hosting provider named in the Data Specification. Tweedmark shall not engage any other subcontractor for the services under this Agreement without Customer's prior written consent.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

14.2 If Customer terminates under 14.1, Tweedmark shall refund the fees paid for the period after termination.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

16. GENERAL

16.1 Notices shall be in writing and sent to the addresses above.

16.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and limits the effects.

16.3 Each party shall comply with applicable anti-bribery laws in connection with this Agreement.

16.4 This Agreement, together with the Data Specification, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

Signed for Customer: ____________________

Signed for Tweedmark: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format, source)
DOCS = {
    "z01": ("h1139z01_city_archives_e_records_transfer_platform.pdf", "pdf", Z01),
    "z02": ("h1139z02_tube_cutter_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1139z03_lash_salon_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1139z04_ecology_bureau_air_grid_monitoring_om.txt", "txt", Z04),
    "z05": ("h1139z05_rattan_workshop_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1139e01_shipyard_maintenance_planner_licence_largs_vendor.pdf", "pdf", E01),
    "e02": ("h1139e02_hotel_scheduling_saas_order_form_maybole_vendor.md", "md", E02),
    "e03": ("h1139e03_cold_chain_sensors_monitoring_licence_moffat_vendor.docx", "docx", E03),
    "e04": ("h1139e04_pharma_distributor_managed_service_desk_melrose_vendor.md", "md", E04),
    "e05": ("h1139e05_grain_trader_crop_freight_data_api_coldstream_vendor.txt", "txt", E05),
}

N = None
T, F = True, False
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
# (language, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None,
#  acceptance_deemed_on_delivery, contract_value)
L = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC",
                               "goods_or_licence"], T, T, T, F, 1530000),
    "z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, F, F, 18, 8, F, T, T, "PRC",
                               "goods_or_licence"], T, T, T, T, 1200000),
    "z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 300 / 421000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                            "PRC", "service"], T, T, None, F, 421000),
    "z04": ("zh", "services", [N, 2, F, "buyer", T, T, F, N, N, N, T, N, N, N, F, T, F, "PRC", "service"],
            T, F, None, F, 1186000),
    "z05": ("zh", "software", [N, N, F, "supplier", T, F, T, 0.02, N, 65, T, T, 6, 24, F, T, N, N,
                               "goods_or_licence"], F, T, T, F, 290000),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Scotland",
                               "goods_or_licence"], T, T, T, F, 1350000),
    "e02": ("en", "cloud", [99.95, 6, T, "buyer", F, T, T, 500 / 536000 * 100, 150, N, T, N, N, N, F, T, F, "PRC",
                            "service"], T, T, None, F, 536000),
    "e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7.5, F, T, F, "PRC",
                               "goods_or_licence"], T, T, T, F, 1240000),
    "e04": ("en", "services", [N, 0.25, T, "buyer", T, T, T, 3000 / 3600000 * 100, 150, N, T, N, N, N, F, F, T, "PRC",
                               "service"], T, T, None, F, 3600000),
    "e05": ("en", "cloud", [99.95, 1, T, "buyer", T, T, T, 450 / 596000 * 100, 9 / 24 * 100, N, T, N, N, N, T, T, F,
                            "PRC", "service"], T, T, None, F, 596000),
}
# TCO inputs for goods/licence drafts: itemised licence/hardware subtotal (fee base)
FEE_BASE = {"z01": 908000, "z02": 926000, "z05": 236000, "e01": 966000, "e03": 1051800}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Edinburgh seat
# price and payment sums, asserted below
SUMS = {
    "z01": ([760000, 148000, 446000, 118000, 58000], [20, 45, 35]),
    "z02": ([286000, 318000, 54000, 72000, 196000, 118000, 136000, 20000], [20, 35, 45]),
    "z03": ([40 * 4680 * 2, 46600], None),
    "z04": ([320 * 2450, 216000, 96000, 90000], None),
    "z05": ([236000, 42000, 12000], [65, 35]),
    "e01": ([870000, 96000, 214000, 138000, 32000], [20, 45, 35]),
    "e02": ([320 * 780 * 2, 36800], None),
    "e03": ([420 * 1150, 36 * 6800, 4 * 9500, 286000, 96400, 71800, 20000], [10, 55, 35]),
    "e04": ([126000, 96500 * 36], None),
    "e05": ([286000 * 2, 24000], None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, value):
    w, fee = t["warranty_months"], t["post_warranty_fee_pct"]
    if w is None or fee is None:
        return None
    years = max(0.0, 5 - w / 12)
    pw = years * fee / 100 * FEE_BASE[key]
    return pw / (value + pw) * 100


def derive(key, t, x):
    """My reading of policy section 3 over a label."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- threshold scan ------------------------------------------------------------------------------------------
ZN = "一二三四五六七八九十百千两零点"
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\.90*(?![\d])",
    r"(?<![\d.])0\.050*\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)",
    r"(?<![" + ZN + r"])百分之(?:三十|十五|四十|百|一百)(?![" + ZN + r"])",
    r"(?<![" + ZN + r"])万分之五(?![" + ZN + r"])",
    r"千分之零点五",
    r"(?<![" + ZN + r"])四个?小时",
    r"(?<![" + ZN + r"])十二个?月",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
    r"\bfour[\s-]*hours?\b",
    r"\btwelve[\s-]*(?:calendar\s*)?months?\b",
    r"\bninety[\s-]*nine\s*point\s*nine\b",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15％", "40 per cent", "100%", "99.9%", "99.90", "0.05%", "0.050 %", "4 hours", "4小时",
            "4 个小时", "12 months", "12个月", "12-month", "百分之三十", "百分之十五", "百分之四十", "百分之百", "万分之五",
            "四小时", "四个小时", "十二个月", "thirty per cent", "four hours", "Four-hour", "twelve months",
            "twelve-month", "fifteen percent", "4h"]
MUST_MISS = ["130%", "15.5%", "300%", "99.95%", "99.5%", "0.055%", "24 hours", "24小时", "14 hours", "二十四小时",
             "112 months", "2 months", "二十二个月", "百分之三十五", "万分之五十", "4G backup", "2015", "1,150",
             "24个月", "0.15%", "45%", "万分之八", "fourteen hours", "140%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s -> %s" % (s, scan(s))
    targets, sources = {}, {}
    for key, (name, kind, src) in DOCS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            targets[key], sources[key] = (name, kind), src
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, kind, src) in DOCS.items():
        lang, cat, vals, sla, lds, capped, deemed, value = L[key]
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": lds}
        if terms["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        items, split = SUMS[key]
        assert sum(items) == value, (key, sum(items), value)
        if split:
            assert sum(split) == 100 and not {15, 30, 40, 100} & set(split), key
        rules = derive(key, terms, extra)
        if rules != sorted(DESIGN[key]):
            problems.append((key, rules, DESIGN[key]))
        covered |= set(rules)
        # no label value on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            v = terms[k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        share = tco_share(key, terms, value) if terms["contract_kind"] == "goods_or_licence" else None
        assert share is None or abs(share - 40) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name, kind)
        hits = scan(text)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-5s %5d %s %-6s %s share=%s" % (key, kind, n, "ok " if ok else "BAD", risk(rules), rules,
                                                  None if share is None else round(share, 2)))
        if hits:
            problems.append((key, "threshold text", hits))
        if not ok:
            problems.append((key, "length", n))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
