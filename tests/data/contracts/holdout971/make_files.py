"""holdout971: builds the ten draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py), writes the .json
labels and asserts lengths, thresholds, rule derivation and coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:夜间经济消费监测平台建设项目合同
P:合同编号：SWJ-ZFCG-2027-018
P:采购人（甲方）：某市商务局
P:供应商（乙方）：某数智科技有限公司
P:根据政府采购公开招标结果及招标文件、投标文件，甲乙双方就夜间经济消费监测平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供夜间经济消费监测平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其所属事业单位，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，包括：重点商圈客流与消费数据接入（银联、移动通信、停车场等八类数据源）、夜间经济指数模型、商圈热力图及领导驾驶舱、月度分析报告自动生成模块。
P:1.3 乙方负责平台在甲方政务云上的部署、联调、试运行及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾壹万捌仟元整（¥1,518,000），含税，为固定总价，其中：平台软件许可费¥860,000；定制开发费¥540,000；部署实施及培训费¥118,000。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 工期
P:4.1 乙方应在合同签订后九十日内完成部署并提交初步验收申请，初步验收合格后进入六十日试运行期。
P:4.2 试运行期满且无一级、二级故障的，乙方可提交最终验收申请。
P:4.3 乙方应指派具有同类项目经验的项目经理一名，全程负责本项目，未经甲方同意不得更换。项目经理每周向甲方提交书面进度报告，说明已完成工作、存在问题及下周计划。
P:4.4 乙方应为甲方业务人员及信息中心技术人员分别组织不少于两期培训，培训内容包括平台操作、指数模型说明、报告模板维护及日常巡检，培训教材由乙方免费提供。
P:4.5 合同签订后十个工作日内，乙方向甲方缴纳合同总价5%的履约保证金，最终验收合格后无息退还。乙方未按约定履行义务的，甲方有权从履约保证金中扣除相应违约金或赔偿金。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项通过测试；八类数据源全部接入，日数据完整率不低于99.5%；驾驶舱页面在200个并发用户下平均响应时间不超过3秒；第三方机构出具的软件安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期内系统稳定运行，累计故障时间不超过8小时；月度分析报告连续两期按时自动生成；全部源代码、数据字典、部署文档及操作手册已移交并经甲方核对。
P:5.3 验收由甲方组织，邀请不少于三名专家参加，出具书面验收报告。平台上线使用、试运行或甲方付款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:6.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的8%，即每年不超过¥68,800，该价格在质保期满后三年内保持不变。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:7.2 一级故障（平台整体不可访问或数据停止更新）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超过1小时向甲方支付违约金¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，从维护费或履约保证金中扣除。
P:7.4 乙方每月向甲方提交运行报告，包括可用率、故障及处理情况、数据接入质量和优化建议。
P:7.5 重大节假日及夜间消费促进活动期间，乙方应安排技术人员现场值守。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发形成的程序、模型、接口及文档的知识产权归甲方所有，乙方应交付全部源代码，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台采集、汇聚和生成的全部数据归甲方所有。乙方仅为履行本合同使用数据，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对敏感数据加密存储，运维操作通过堡垒机进行并留存审计日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 乙方在甲方提供的服务器上部署平台，平台日志保存不少于六个月，并配合甲方开展年度等级保护测评和密码应用安全性评估。
P:9.5 乙方应配合甲方开展数据共享交换平台对接，对外提供的统计结果须经甲方审核后发布。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工作秘密、商户信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.3 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.4 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他利益，违反本条的，甲方有权解除合同。
P:11.5 甲方应为乙方提供必要的工作场地、政务云资源和数据接口协调，并及时组织需求确认和验收。因甲方原因导致工期延误的，工期相应顺延。
H:第十二条 分包
P:乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应移交已完成的成果及全部甲方数据。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 本合同未尽事宜，依照政府采购法律法规及招标文件执行。双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 因不可抗力导致不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
P:15.4 双方指定的联系人及联系方式见附件，变更联系人应提前五个工作日书面通知对方。附件一：功能需求清单；附件二：数据源接入清单；附件三：验收测试方案。
P:甲方（盖章）：        乙方（盖章）：
P:代表签字：            代表签字：
"""

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：TZC-SC-2027-006
P:甲方：某体脂秤制造有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其三条体脂秤总装及校准生产线的控制系统进行改造，乙方经比选中标。双方经协商，就设备供货、软件许可、安装改造及售后维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，新建PLC控制系统、伺服驱动单元和称重校准视觉检测工位，并部署产线数据采集软件，实现三条生产线的自动上料、校准、检测和数据追溯。
P:1.2 乙方负责设备供货、安装、接线、程序编制、联调、试生产及操作人员培训。改造施工应安排在甲方指定的停产窗口内完成，不得影响其他产线正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾柒万元整（¥1,470,000），含13%增值税、运输、保险、安装及调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|8套|68,000|544,000
TB:2|伺服驱动单元|32套|6,500|208,000
TB:3|称重校准视觉检测工位|6套|39,000|234,000
TB:4|产线数据采集软件许可（永久）|1套|286,000|286,000
TB:|设备及软件小计|||1,272,000
TB:5|安装改造及联调|1项|176,000|176,000
TB:6|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,470,000
P:2.2 合同价格为固定价格，不因原材料或人工价格变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货、安装完毕并完成联调后，甲方支付合同总价的50%。到货、安装及联调完成不视为验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方在每期付款前开具等额增值税专用发票，甲方收到发票后二十个工作日内付款。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，并在甲方停产窗口内二十日完成安装及联调。
P:4.2 设备到货时，双方依据装箱单共同开箱检查外观、型号、数量及随机文件，签署到货签收单。开箱检查不代表质量验收。
P:4.3 乙方进入甲方厂区施工，应遵守甲方安全生产、消防及防静电管理制度，施工人员须经甲方安全培训并佩戴工牌。动火、登高及带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.4 乙方应在施工前提交详细的改造方案、停线切换计划和回退预案，经甲方生产部门确认后实施。每条产线改造完成后，乙方应当日清理现场，恢复地面标识和通道。
P:4.5 乙方应随设备提供中文操作手册、电气原理图、接线图、PLC程序清单、备件清单及各部件合格证，并在试生产前完成对甲方操作工、班组长及设备维护人员的培训，培训不少于三期，每期不少于两天。
P:4.6 乙方应在甲方厂区所在城市储备常用备件，包括伺服驱动器、电源模块、通讯模块、称重传感器及视觉相机各不少于两件，以保证故障时能及时更换。
P:4.7 设备包装应符合防潮、防震及长途运输要求，乙方承担运输途中的全部风险，设备在甲方签收前的毁损灭失由乙方负责。
P:4.8 乙方选用的PLC、伺服及相机等主要部件须为附件一所列品牌型号，不得擅自替换；确需替换的，替换件性能不得低于原型号，并经甲方书面确认。
H:第五条 验收
P:5.1 联调完成后进入连续三十日试生产。验收标准为：三条产线节拍均不低于每台18秒；称重校准合格率不低于99.6%；视觉检测漏检率不高于0.2%；产线数据采集软件完整记录每台产品的序列号、校准值和检测结果，并可按批次追溯；试生产期间无因改造原因导致的整线停机超过2小时的情形。
P:5.2 试生产结束后十日内，甲方组织生产、质量和设备部门进行最终验收并出具书面验收报告。设备投入试生产或甲方付款，均不视为最终验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障，乙方免费维修或更换。
P:6.2 故障分级及响应：一级故障（整条产线停机）：乙方1小时内响应，6小时内到达现场；二级故障（单工位停机）：2小时内响应，次日内修复；三级故障：三个工作日内处理。
P:6.3 乙方未按时响应或到场的，每延误1小时向甲方支付¥500。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的9%，即每年¥114,480，自质保期满之日起三年内不上调。维保内容包括每季度一次预防性维护、备件优惠供应及故障响应，响应时限同6.2条。
P:6.5 乙方保证在最终验收后八年内持续供应本项目所用主要部件的备件，停产的应提前六个月通知甲方并提供兼容替代方案。
P:6.6 乙方应在最终验收前交付全套竣工资料，包括竣工图、程序备份、参数表、调试记录和维护保养规程，纸质版一式三份并附电子版。
H:第七条 知识产权
P:7.1 为本项目编制的PLC程序、视觉检测算法参数、人机界面及接口程序，知识产权归甲方所有，乙方应在验收前交付源程序及注释文档。
P:7.2 产线数据采集软件的标准产品著作权归乙方，甲方获得永久使用许可。
P:7.3 乙方应对甲方设备维护人员进行程序修改和参数备份方面的专项培训，使其能够独立完成日常参数调整和程序恢复。
P:7.4 质保期内因乙方设备或程序缺陷导致产品批量校准错误的，乙方除免费修复外，还应承担甲方复检和返工的直接费用。
H:第八条 数据安全
P:8.1 产线采集的生产数据、产品序列号及质量数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN接入，操作全程记录；乙方不得在其设备中留存甲方数据。因乙方原因导致甲方数据泄露或损毁的，乙方应立即报告并承担全部赔偿责任。
H:第九条 保密
P:乙方对甲方的产品设计、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装联调的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:10.3 乙方交付的设备或软件验收不合格的，乙方应在十五日内免费整改或更换并重新提交验收，由此产生的费用及甲方的停线损失由乙方承担。
H:第十一条 分包
P:乙方不得转包本合同。电气安装中的辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同的履行与解除
P:12.1 本合同生效后，除不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。
P:12.2 乙方违约的，甲方可要求乙方继续履行、采取补救措施并按第十条支付违约金，但不得以此为由解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 因不可抗力不能履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
P:14.3 附件为本合同组成部分：附件一 技术规格书；附件二 改造方案；附件三 验收测试记录表。
P:甲方（盖章）：            乙方（盖章）：
"""

SRC["z03"] = """门店预约及会员管理系统服务合同

合同编号：SW-SaaS-2027-031

甲方：某思维训练教育连锁管理有限公司
乙方：某云软件服务有限公司

甲方在华东地区经营30家少儿思维训练门店，现需统一的课程预约、会员管理及收银系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供门店预约及会员管理系统的在线订阅服务，包括课程排期、家长端小程序预约、会员卡及课时包管理、收银对账、教师课时统计和经营报表。
2. 每家门店开通管理端账号不超过十个，家长端用户数不限。甲方新增门店的，按本合同单价增加订阅，服务期与本合同同时届满。
（二）实施服务
1. 乙方负责系统初始化配置，将甲方现有会员、课时余额及排课数据从原系统迁移至本系统。
2. 乙方负责家长端小程序的品牌化配置（甲方商标、课程介绍页及门店地图），以及与甲方现有支付通道和财务软件的对接。
3. 乙方为门店店长、前台及财务人员提供线上及集中培训各两次。

（三）客户支持
1. 乙方提供工作日早九点至晚九点的在线客服及电话支持，周末及法定节假日提供值班支持。
2. 乙方每日对甲方数据进行全量备份，备份数据异地保存不少于三十日，甲方要求恢复误删数据的，乙方应在一个工作日内完成。
3. 乙方每季度向甲方提交服务报告，包括可用率统计、故障记录、工单处理情况及功能更新说明。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其当期价格体系调整订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前以邮件方式通知甲方调整后的价格。

三、服务费用及支付
（一）订阅费：每家门店每个服务年度人民币9,800元，30家门店每个服务年度合计294,000元，两个服务年度合计588,000元。
（二）实施费：一次性46,000元。
（三）合同总价：人民币634,000元（含6%增值税）。
（四）实施费在系统上线验收合格后十五个工作日内支付。订阅费按季度支付，每季度结束后十个工作日内，乙方开具发票，甲方支付该季度订阅费73,500元。
（五）甲方无需支付任何预付款。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 全部会员、课时余额及历史消费数据迁移准确，甲方抽查不少于五百条记录，差错数为零；
2. 家长端小程序预约、取消、排队候补功能通过测试，30家门店均可正常收银并生成日结报表；
3. 与支付通道及财务软件的对账结果连续七日一致；
4. 系统在模拟五百个家长同时预约的情况下，页面响应时间不超过2秒。
（三）甲方在收到申请后七个工作日内组织验收，出具书面验收意见。门店开始使用系统不视为验收合格。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%。可用率按（当月总分钟数－不可用分钟数）÷当月总分钟数计算。经甲方同意的计划内维护不计入不可用时间，计划内维护应安排在晚间十点至次日早上六点之间。
（二）故障分级：
1. 一级故障：系统整体无法登录、无法预约或无法收银，乙方应在1小时内响应，3小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方应在2小时内响应，当日内恢复；
3. 三级故障：个别操作问题或咨询，一个工作日内答复。
（三）服务补偿：当月可用率低于约定值的，每低于0.1个百分点，乙方按当季订阅费的2%减免费用，当季最高减免当季订阅费的20%；一级故障超过恢复时限的，每超过1小时减免500元。

六、数据权属与使用
（一）甲方及其会员在系统中产生的会员信息、预约记录、消费记录及课程数据（以下简称“甲方数据”）归甲方所有。
（二）甲方同意，乙方可对甲方数据进行脱敏和汇总处理后，用于行业经营分析、产品功能改进及向其他客户提供行业对标报告，该使用不以本合同期限为限，且乙方无需另行向甲方支付费用。
（三）合同终止后三十日内，乙方应以通用格式向甲方导出全部甲方数据，并在甲方确认后删除系统中的甲方数据。

七、数据安全
（一）乙方应按照网络安全等级保护第三级的要求运营本系统，对会员姓名、手机号码及儿童信息加密存储，实行最小权限访问并保留访问日志不少于六个月。
（二）乙方应遵守《个人信息保护法》，仅在甲方授权范围内处理儿童个人信息。
（三）发生数据泄露、篡改或丢失的，乙方应在二十四小时内通知甲方，配合甲方向主管部门报告并通知受影响会员；因乙方原因造成的，乙方承担全部赔偿责任。

八、甲方义务
（一）甲方应按时提供迁移所需的原系统数据、门店信息、课程目录及价格表，并指定总部运营负责人对接实施工作。
（二）甲方应督促门店员工妥善保管账号密码，因门店员工泄露账号造成的损失由甲方自行承担。
（三）甲方应确保通过系统收集家长及儿童个人信息已取得监护人同意，隐私政策文本由乙方提供范本，甲方确认后发布。

九、保密
双方对在合作中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

十、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、报表模板和对接程序，知识产权归甲方所有，甲方可自由使用、修改并许可第三方使用。

十一、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露造成的损失不受此限。

十二、服务承诺
（一）乙方对上线后发现的缺陷应免费修复，服务期内不得以任何理由停止服务或降低服务功能；乙方下线或调整标准功能的，应提前六十日通知甲方并提供替代方案。

（二）乙方应每年委托具有资质的第三方机构对系统进行一次安全测评，并将测评结论报甲方。
十三、分包
乙方不得将本合同项下的实施或运营服务转包或分包给第三方，确需委托的须事先取得甲方书面同意。

十四、合同解除
（一）一方严重违约且在收到书面通知后十五日内未纠正的，另一方有权解除本合同。
（二）连续两个月可用率低于约定值的，甲方有权解除本合同，无需支付解除后的订阅费。

十五、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十六、服务终止与过渡
（一）本合同终止或解除时，乙方应继续提供不少于三十日的过渡服务，确保甲方门店预约和收银不中断，过渡期费用按日折算。
（二）乙方停止运营本系统或被收购的，应提前九十日通知甲方，并协助甲方将数据迁移至新系统。

十七、通知与不可抗力
双方通知以书面或电子邮件方式发送至合同首页地址。因不可抗力造成服务中断的，乙方应及时通知甲方并尽快恢复，但云服务提供商的一般故障不属于不可抗力。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

SRC["z04"] = """输电线路覆冰监测系统年度运维服务合同

项目编号：GDJ-CS-2027-0112（竞争性磋商）

甲方：国网某供电局
乙方：某电力科技服务有限公司

根据竞争性磋商采购结果，甲方委托乙方承担输电线路覆冰监测系统的年度运行维护服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务对象
（一）本合同运维对象为甲方辖区内十四条220千伏及以上输电线路上安装的覆冰监测终端共186套（含拉力传感器、倾角传感器、微气象单元、图像采集装置及太阳能供电单元），以及部署在甲方调控中心的覆冰监测主站系统、前置通信服务器和数据接口。
（二）设备清单及安装杆塔号见附件一。运维期间甲方新增或拆除终端的，服务费按附件二单价据实调整。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方根据采购规定重新组织采购，本合同不自动续期。

第三条 服务内容
（一）日常监视：乙方每日两次检查主站运行状态、终端在线情况及数据上送情况，形成运行日志。
（二）定期巡检：乙方每季度对全部终端开展一次巡检；每年10月31日前完成覆冰期前全面巡检，包括传感器校准、供电单元检测、图像装置清洁、通信模块测试及紧固件检查，并提交巡检报告。
（三）故障处理：终端或主站发生故障时，乙方按第五条时限响应和处理，必要时更换备件。常用备件由乙方储备，费用已包含在服务费中；单件价格超过3,000元的主要部件，由甲方另行提供。
（四）覆冰期保障：每年12月至次年2月为覆冰保障期，乙方应安排不少于六名运维人员驻点，配合甲方开展覆冰预警会商和融冰决策支持，每日报送覆冰监测简报。
（五）主站维护：乙方负责主站系统的补丁管理、数据库维护、数据备份检查及预警模型参数优化。

（六）应急演练：乙方每年11月配合甲方开展一次覆冰灾害应急演练，演练内容包括主站故障切换、终端批量离线处置及数据补传，演练后五日内提交总结报告。
（七）运行报告：乙方每月5日前提交上月运维月报，内容包括终端在线率、数据完整率、故障统计及处理情况、备件消耗和下月工作计划；覆冰保障期结束后提交专项总结。

第四条 服务费用及支付
（一）本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000），含税。
（二）服务费按季度支付。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后二十个工作日内支付该季度服务费117,000元，扣除考核扣款后支付。
（三）本合同不设预付款。

（八）系统优化：乙方应根据覆冰期运行情况，对预警阈值配置、图像抓拍频次及终端供电策略提出优化建议，经甲方批准后实施，并记录变更前后的运行效果。

第五条 服务水平
（一）主站系统月可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障：主站系统中断、覆冰预警功能失效或十套以上终端同时离线，乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障：单条线路终端离线或数据异常，乙方应在1小时内响应，48小时内恢复；覆冰保障期内恢复时限缩短为二十四小时；
3. 三级故障：单套终端局部功能异常，七日内处理。
（三）终端月平均在线率不低于98%，数据完整率不低于97%。
（四）考核扣款：主站月可用率每低于约定值0.01个百分点，扣减当季服务费1,000元；一级故障每超过恢复时限1小时扣减2,000元；终端在线率每低于约定值1个百分点，扣减当季服务费2%。

（五）运维人员到达现场后，应在工作票许可范围内作业，故障处理完毕后须经甲方值班人员确认，并在二十四小时内补充填写故障分析报告，说明故障原因、处理过程及防范措施。

第六条 考核与验收
（一）甲方每季度依据运行日志、巡检报告、故障记录及主站统计数据对乙方进行考核，考核内容和评分标准见附件三。
（二）服务期满后，甲方组织年度服务验收，验收标准为：全年主站可用率及终端在线率达到第五条要求；覆冰期前全面巡检按期完成且报告齐全；全年无因乙方原因导致的覆冰预警漏报；运维档案完整移交。验收合格后出具书面验收报告。

第七条 数据安全
（一）覆冰监测数据、图像、主站配置及运行记录均属于甲方。乙方只能在履行本合同所必需的范围内访问和处理上述数据。
（二）乙方应遵守电力监控系统安全防护的相关规定，运维操作须经甲方工作票许可，并通过甲方堡垒机进行，禁止使用个人设备接入生产网络，禁止将任何数据拷贝出甲方网络。
（三）乙方运维人员账号实行一人一号，权限按最小化原则设置，离岗后三日内注销。
（四）发现网络安全事件或数据丢失、篡改的，乙方应在1小时内报告甲方并采取处置措施。因乙方违反本条规定造成安全事件的，乙方承担全部赔偿责任，并接受甲方依照网络安全管理规定作出的处理。

第八条 知识产权
乙方在服务中编制的巡检报告、运维脚本、模型参数优化方案及技术文档归甲方所有，甲方有权自由使用和修改。

第九条 违约责任
（一）乙方未在每年10月31日前完成覆冰期前全面巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致覆冰预警漏报并造成线路事故的，乙方应赔偿甲方由此遭受的损失。

第十条 分包
乙方可以将部分偏远杆塔的终端巡检及清洁工作委托具备资质的当地单位实施，但应提前五个工作日书面告知甲方，并对其工作质量和安全负责。

第十一条 人员与工器具
（一）乙方应组建不少于八人的运维团队，其中项目负责人应具有电力系统相关专业中级以上职称，登塔作业人员应持有高处作业证。乙方应在合同签订后五日内提交人员名单及资质证明，人员变更须经甲方同意。
（二）乙方应自备巡检车辆、无人机、校准仪器、登塔安全工器具及通信设备，仪器应在检定有效期内。
（三）乙方应建立运维档案，包括终端台账、巡检记录、故障处理记录、备件更换记录及主站变更记录，每季度报甲方备案，服务期满时完整移交。

第十二条 安全管理
乙方人员进入变电站或登塔作业，应持有有效的安全工作资质，严格执行安全工作规程，乙方承担其人员的安全责任并为其购买意外伤害保险。

第十三条 合同解除
乙方连续两个季度考核不合格或发生严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 不可抗力
因冰灾、地震、洪水等不可抗力造成终端损毁或无法到达现场的，乙方应及时报告甲方，在条件具备后尽快恢复，相应时限顺延，不视为乙方违约。覆冰灾害属于本系统监测对象，乙方不得以一般覆冰天气为由主张不可抗力。

第十六条 联络
双方各指定一名项目联系人，负责日常沟通、考核确认及文件签收。覆冰保障期内，乙方联系人应保持通讯畅通，并参加甲方组织的每日会商。
第十七条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件一：设备清单；附件二：服务单价表；附件三：季度考核细则。

甲方（盖章）：                    乙方（盖章）：
"""

SRC["z05"] = """# 软件许可及定制开发合同（标准文本 V3.0）

**乙方模板编号：ZY-STD-LIC-3.0**　　合同编号：ZY-2027-0419

- 甲方（用户）：某竹扇工艺工作室
- 乙方（供应商）：某竹韵信息技术有限公司

本合同采用乙方标准文本。甲方已仔细阅读并理解本合同全部条款，双方在平等自愿的基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠心工艺过程追溯软件”标准版（以下简称“软件”）的永久使用许可，许可用户数为二十个，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，包括：扇骨选料、劈篾、烤青、雕刻、穿面、组装等十二道工序的扫码报工模块，单把扇子工艺档案页面，以及与甲方网店订单系统的对接接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 软件标准版主要功能包括：原料竹材入库登记、工序流转卡打印、工匠工时统计、半成品库存、成品编码及扫码查询、质量问题记录与统计报表。定制开发功能以双方确认的需求说明书为准，需求说明书确认后的变更按乙方人天单价另行计费。

1.5 乙方提供的培训为一次集中培训，时长一天，培训对象为甲方管理人员及工匠代表，不超过十人。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件永久使用许可（标准版，二十用户） | 186,000 |
| 2 | 定制开发（工序报工、工艺档案、订单接口） | 42,000 |
| 3 | 实施部署及培训 | 16,000 |
| | 合计 | 244,000 |

合同总价为人民币贰拾肆万肆仟元整（¥244,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即158,600元。乙方收到该款项后启动开发工作。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的35%，即85,400元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成软件安装及定制开发，并通知甲方上线运行。

4.2 软件上线运行即视为甲方验收合格。甲方在上线后提出的修改要求，乙方可视情况处理，超出原需求的按乙方人天单价另行收费。

4.3 因甲方未及时提供基础数据、服务器环境或业务确认导致的延误，工期相应顺延。

## 第五条 免费维护期

5.1 软件自上线之日起提供六个月免费维护，内容包括缺陷修复和远程技术支持。

5.2 故障响应：一级故障（软件无法使用）乙方在24小时内响应；其他问题在三个工作日内答复。乙方仅提供远程支持，现场服务另行收费。

5.3 乙方将尽力在合理时间内修复故障，但不因响应或修复时间延误向甲方承担任何扣款、赔偿或违约金。

## 第六条 年度维护服务

6.1 免费维护期满后，甲方应按年购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年46,500元，于每个维护年度开始前一次性支付。

6.2 甲方未购买年度维护服务的，乙方不再提供缺陷修复、版本升级及任何技术支持。

6.3 年度维护费每年支付一次，维护期内提供的服务内容以乙方当年发布的《维护服务说明》为准。甲方中断购买维护服务后再次购买的，应补缴中断期间的维护费。

## 第七条 知识产权

7.1 软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序报工模块、工艺档案页面、订单接口及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，不得许可第三方使用。乙方有权将定制成果用于其他客户。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产数据、工艺档案及订单数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护时应使用甲方分配的账号，操作留存日志；乙方应采取必要的技术措施防止甲方数据被泄露、篡改或丢失。发生数据安全事件的，乙方应在二十四小时内通知甲方并协助处置；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

8.3 甲方同意乙方在远程维护过程中，为排查故障的需要临时导出必要的日志，排查完毕后删除。

## 第九条 保密

双方对在合作过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 合作方

乙方有权根据项目需要，将部分开发、实施或维护工作交由其合作伙伴完成，无需另行取得甲方同意。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

## 第十二条 合同解除

一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，由乙方所在地人民法院管辖。

## 第十四条 交付物

乙方应向甲方交付以下材料：软件安装介质及授权文件一套、用户操作手册、管理员手册、定制功能说明书、接口说明文档及培训课件。上述材料以电子形式交付，乙方不提供定制部分的源代码。

## 第十五条 乙方人员

乙方指派一名实施顾问负责本项目，实施顾问可根据乙方工作安排调整，乙方应将调整情况告知甲方。乙方人员在甲方工作室现场工作期间，应遵守甲方的作息时间和安全规定，并爱护甲方的原料、半成品和工具。

## 第十六条 软件升级

免费维护期内乙方发布的标准版补丁和小版本升级免费提供。大版本升级及新增模块按乙方届时的产品目录另行购买，不包含在本合同价款之内。

## 第十七条 甲方义务

17.1 甲方应在合同签订后十日内提供符合乙方要求的服务器及网络环境、各工序的操作规范和基础数据，并指定一名项目联系人负责需求确认和协调工作。

17.2 甲方应妥善保管软件的授权文件和账号密码，不得将软件复制、转让或提供给工作室以外的单位使用。甲方因门店、作坊迁址需要迁移软件的，应提前通知乙方，由乙方协助重新部署，迁移服务按乙方人天单价收费。

17.3 甲方应定期备份软件数据。因甲方服务器故障、断电或操作不当造成数据丢失的，乙方不承担责任。

## 第十八条 验收文档

软件上线时，乙方向甲方提交上线确认单，列明已安装的功能模块、用户账号及交付材料清单。甲方应在上线当日签署上线确认单；甲方未签署但已开始使用软件的，视为已签署。

## 第十九条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障等不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第二十条 通知

双方往来通知以书面形式或电子邮件发送至本合同首页载明的地址，发出后三日视为送达。一方联系方式变更的，应及时通知对方。

## 第二十一条 其他

21.1 本合同为乙方标准文本，手写修改部分须经乙方盖章确认方为有效。

21.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PMS-CN-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Anhui Hengrun Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer"), and Plateau Maintenance Systems, Inc., a Tennessee corporation with its principal office in Crossville, Tennessee, United States (the "Vendor").
P:The Customer operates four machining and assembly plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor has offered its PlateauCMMS software under a perpetual licence together with implementation, integration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlateauCMMS Enterprise Edition in object code, version 9 or the latest generally available version at the Delivery Date, with its standard modules for asset registers, preventive maintenance, work orders, spare-parts inventory, mobile technician access and reporting.
P:1.2 "Deliverables" means the configurations, interface programs, report templates, data migration scripts, mobile forms and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all asset, maintenance, inventory, personnel and production data entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for up to 180 named users and unlimited mobile read-only users, for the internal business of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 The licence survives any termination of support services and cannot be revoked except for the Customer's unremedied breach of the use restrictions in this Article.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it to the Customer's maintenance processes, migrate the asset register and three years of work-order history, develop interfaces to the Customer's ERP system and its production line controllers, and build the Customer's standard reports and dashboards.
P:3.2 The Vendor shall provide four on-site training sessions for maintenance planners, technicians and administrators, and a train-the-trainer session for the Customer's key users.
P:3.3 The Vendor shall assign a named project manager and a solution architect who speak Mandarin, and shall not replace them without the Customer's consent, which shall not be unreasonably withheld.
P:3.4 The implementation plan is set out in Annex 2. The Vendor shall reach the Delivery Date within 75 days after signature and submit the Software for acceptance testing within 140 days after signature.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,670,000, inclusive of VAT, composed of: Software licence fee CNY 1,240,000; implementation, integration and migration services CNY 386,000; training CNY 44,000. The price is fixed and includes travel, accommodation and all expenses of the Vendor.
P:4.2 The Customer shall pay: (a) 20% of the total price within 20 days after signature and receipt of a valid invoice; (b) 45% of the total price within 20 days after the Delivery Date and successful completion of the installation test; and (c) 35% of the total price within 20 days after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the Vendor's account in China designated in Annex 3. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out the acceptance tests in Annex 4 in the Customer's presence. The acceptance criteria are: every function listed in Annex 1 performs as specified; the migrated asset register and work-order history reconcile with the source records with no unresolved discrepancy; the ERP and controller interfaces run without error for ten consecutive working days; screens load within three seconds with 120 concurrent users; and the Customer's key users confirm the standard reports.
P:5.2 When all criteria are met and no Severity 1 or Severity 2 defect remains open after a productive run of 30 days, the Customer shall issue a Final Acceptance certificate within ten working days.
P:5.3 Installation, use of the Software in production or any payment does not in itself constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Deliverables will perform materially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide patches and new versions, and give remote and on-site support free of charge.
P:6.2 Severity 1 means that the Software is unavailable or that work orders cannot be created or closed at any plant. For Severity 1 the Vendor shall respond within one (1) hour, 24 hours a day, and provide a workaround or fix within eight hours. Severity 2 issues shall be answered within two hours during business hours and fixed within three working days.
P:6.3 If the Vendor misses a response or fix time, it shall credit the Customer CNY 800 for each hour of delay, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee, being CNY 136,400 per year. This fee is fixed for three years after the end of the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software and its standard documentation.
P:7.2 All rights in the Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Deliverables freely, including by third parties acting for the Customer.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's intellectual property right.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access by the Vendor shall be approved by the Customer for each session, made through the Customer's VPN with multi-factor authentication, and logged. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in the investigation and remedy, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party obtained under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation lasts for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in Annex 2 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination before Final Acceptance, the Vendor shall refund payments received for work not accepted, and deliver all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Tennessee, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute shall be submitted to the exclusive jurisdiction of the state courts sitting in Cumberland County, Tennessee, after the parties have tried in good faith for 30 days to settle it by negotiation between senior managers.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 Notices shall be in writing in English or Chinese and delivered by courier or email to the addresses in Annex 3.
P:14.3 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally valid.
P:Annex 1: Functional specification. Annex 2: Implementation plan. Annex 3: Notices and bank details. Annex 4: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# QualityCloud Order Form

**Order Form No. KQS-OF-27-0153**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## PART A — ORDER DETAILS

### A1. Parties

- **Customer:** Ningbo Haitong Precision Plastics Co., Ltd., No. 18 Xingye Road, Beilun District, Ningbo, Zhejiang, People's Republic of China.
- **Provider:** Killbuck Quality Software LLC, an Ohio limited liability company with its office in Wooster, Ohio, United States, acting in China through its appointed reseller for invoicing only.

### A2. Subscribed Service

QualityCloud, the Provider's hosted supplier quality management service, comprising: incoming inspection, supplier corrective action requests (SCAR), production part approval (PPAP) document control, non-conformance tracking, supplier scorecards, audit planning and the mobile inspection app. The Service is hosted for the Customer in a data centre located in mainland China operated by the Provider's hosting partner named in the Service Description.

Authorised users: 220 named users of the Customer and up to 400 supplier portal users invited by the Customer.

### A3. Subscription Term

The Subscription Term is thirty-six (36) months from the Go-Live Date. The Subscription Term ends automatically at its expiry. Any renewal requires a new Order Form signed by both parties at a price agreed at that time.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| QualityCloud subscription, Year 1 | 220 users, annual | 318,000 |
| QualityCloud subscription, Year 2 | 220 users, annual | 318,000 |
| QualityCloud subscription, Year 3 | 220 users, annual | 318,000 |
| Onboarding: configuration, data load, ERP connector, training | one-time | 42,000 |
| **Total Order Value** | | **996,000** |

All fees are in CNY and include 6% VAT. Additional users may be added at CNY 1,445 per user per year, pro rata to the end of the Subscription Term.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate under A6.
2. Subscription fees are invoiced quarterly in arrears, CNY 79,500 per quarter, starting from the Go-Live Date.
3. The Customer pays each undisputed invoice within 30 days of receipt. No advance payment or deposit is required.

### A6. Onboarding and Go-Live

1. The Provider shall complete onboarding within 60 days after signature of this Order Form.
2. Go-Live Acceptance criteria: all modules in A2 configured to the Customer's inspection plans and approval workflow; the supplier master list and open SCARs loaded and checked by the Customer with no unresolved error; the ERP connector posting inspection results for ten consecutive working days without failure; and completed training for key users and supplier quality engineers.
3. The Customer shall sign the Go-Live Acceptance certificate within five working days after the criteria are met, or list the failures. Use of the Service before signature is not acceptance.
4. If Go-Live Acceptance is delayed beyond the date in A6.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 600 for each day of delay, up to CNY 36,000.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the Service Description and these General Terms.

1.2 The Provider may update the Service from time to time, provided that no update materially reduces the functionality subscribed to in A2. Major releases shall be announced at least 30 days in advance with release notes in Chinese.

1.3 The Customer is responsible for the accuracy of the data its users enter and for keeping user credentials confidential.

1.4 The Customer shall provide the supplier master list, inspection plans and access to its ERP test environment in time for onboarding, and shall name a project lead with authority to approve configurations.

### 2. Service Levels

2.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 06:00 China Standard Time.

2.2 Priority 1 means the Service is unavailable or inspection results cannot be recorded. The Provider shall respond to Priority 1 incidents within thirty (30) minutes at any time and restore the Service within six hours. Priority 2 incidents shall be answered within two hours during business hours and resolved within two working days.

2.3 Service credits: if monthly availability falls below the commitment in 2.1, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point (or part) of shortfall, up to half of that month's fee. Each missed Priority 1 response or restore time gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

2.4 The Provider shall send a monthly service report with availability, incidents and support tickets.

2.5 Support is provided in Chinese and English through the support portal, by email and by telephone. The Customer may name up to eight support contacts. Priority 3 requests, such as how-to questions and configuration advice, shall be answered within one working day.

2.6 During the first 90 days after the Go-Live Date the Provider shall hold a weekly review call with the Customer's project lead to track open tickets, adoption by suppliers and requested configuration changes. Small configuration changes of up to 20 consultant hours in total during the Subscription Term are included in the fees.

### 3. Customer Data

3.1 All data entered into or generated by the Service for the Customer, including inspection records, supplier documents and scorecards ("Customer Data"), belongs to the Customer.

3.2 The Provider shall use Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

3.3 At any time during the Subscription Term and for 60 days after it ends, the Customer may export all Customer Data in CSV and PDF formats. After that period the Provider shall delete the Customer Data and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service, its software and documentation. The Customer receives a right to use the Service during the Subscription Term.

4.2 Inspection plan templates, workflow configurations, report layouts and the ERP connector mappings created for the Customer belong to the Customer, which may use, modify and license them freely, also after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep the other party's non-public business and technical information confidential, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These duties continue for three years after the Subscription Term ends. They do not apply to information that is public, already known to the recipient, or required to be disclosed by law.

### 6. Subcontracting

The Provider shall not subcontract the performance of the Service, other than to the hosting partner named in the Service Description, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with the Service Description and that onboarding services will be performed with reasonable skill and care.

7.2 The Provider warrants that the Service does not infringe any third party's intellectual property rights and shall indemnify the Customer against any such claim.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the nine (9) months immediately before the event giving rise to the claim.

8.3 The limits in this section do not apply to the indemnity in 7.2, to personal injury or to wilful misconduct.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days of notice.

9.2 The Customer may also terminate if monthly availability falls below the commitment in 2.1 in any three months of a rolling six-month period.

9.3 On termination the Provider refunds any fees paid for the period after termination, and Section 3.3 applies.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Force majeure excuses delay for as long as it lasts, provided the affected party informs the other promptly.

11.2 Notices shall be given in writing to the addresses in A1. This Order Form is signed in English and Chinese; both texts are equally authentic.
"""

SRC["e03"] = """T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. HSC-EQ-2027-044
P:Buyer: Guangxi Hongshan Cement Co., Ltd., a company registered in Guigang, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Delta Sensorworks, Inc., a Tennessee corporation with its principal place of business in Dyersburg, Tennessee, United States (the "Supplier").
P:The Buyer invited proposals for wireless vibration and temperature monitoring of the rotating equipment of its two clinker lines, and accepted the Supplier's proposal. This Contract is on the Buyer's standard terms for imported equipment, as amended by agreement of the parties.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's SensorVue condition monitoring software, licensed under Clause 7, including its analytics, alarm and reporting modules.
P:1.3 "Works" means delivery, installation, configuration, commissioning, integration with the Buyer's distributed control system (DCS), and training.
P:1.4 The Supplier shall supply the Equipment and the Software and perform the Works so that the monitored assets on both clinker lines (kiln drives, raw mills, cement mills, fans and conveyors, 210 assets in total) are covered as set out in the Technical Specification in Annex 1.
P:1.5 The Buyer shall provide access to the plant, scaffolding where needed, power at the gateway locations, network ports on the plant network, and a virtual server meeting the Supplier's published requirements. The Buyer shall name an engineer to approve measuring points and alarm settings.
P:1.6 If the Buyer asks for additional sensors during the Contract, the Supplier shall supply them at the unit prices in Clause 2 and on the same terms, and install them at CNY 260 per sensor.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,660,000, inclusive of VAT, import duties, freight to the Buyer's site, insurance and all charges of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|1,850|777,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|24|9,600|230,400
TB:3|SensorVue software, perpetual site licence (up to 500 sensors)|1|468,000|468,000
TB:|Equipment and Software Subtotal|||1,475,400
TB:4|Installation, configuration, commissioning and DCS integration|1 lot|156,000|156,000
TB:5|Training of operators and reliability engineers|1 lot|28,600|28,600
TB:|Contract Price|||1,660,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes.
H:3. Payment
P:3.1 10% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price within 30 days after delivery of all Equipment to site and completion of installation, as confirmed by a signed installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation within 35 days after delivery, during the Buyer's scheduled kiln stops where work on the kiln drive is required.
P:4.2 The Supplier's personnel on site shall comply with the Buyer's safety rules, permit-to-work system and hot-work controls. The Supplier is responsible for the safety of its personnel.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the delivery receipt at site; title passes on payment under Clause 3.2.
P:4.4 On arrival, the parties shall open the packages together and check the quantity, model numbers, visible condition and accompanying documents against the packing list. Missing or damaged items shall be replaced by the Supplier within 20 days at its own cost. Opening inspection is not acceptance of quality.
P:4.5 Each sensor shall be labelled with the asset tag and measuring point designated by the Buyer. The Supplier shall provide the mounting studs, epoxy and tools, and shall record the position and orientation of each sensor with photographs in the installation record.
P:4.6 The Supplier shall deliver in Chinese: an installation manual, an operation manual for the Software, a maintenance manual for the Equipment, the network and interface description, the configuration backup and a list of recommended spare parts with prices that remain valid for three years.
P:4.7 Training shall cover use of the Software, interpretation of vibration spectra, alarm handling and battery replacement, in three sessions of two days each for up to 14 participants per session, at the Buyer's plant.
H:5. Acceptance
P:5.1 After installation, the system shall run for a trial period of 45 days. Final Acceptance requires that: (a) at least 98% of the sensors report data at the configured interval over the trial period; (b) vibration readings match a calibrated portable analyser within plus or minus 5% on a sample of 40 sensors; (c) alarms are passed to the DCS within ten seconds; (d) the battery life forecast for every sensor is at least three years; and (e) the documentation and training in Annex 1 are complete.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met, or give written reasons for refusal. Use of the system during the trial period does not constitute acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and shipping, and provide all Software updates.
P:6.2 Priority 1 (critical) faults (loss of data from a whole line, gateway failure or failure of the alarm interface) shall be responded to within two (2) hours and resolved within one day. Other faults shall be answered within one working day.
P:6.3 If the Supplier misses a response or resolution time in Clause 6.2, it shall pay the Buyer CNY 1,000 for each hour of delay.
P:6.4 After the warranty period the Buyer may buy annual support, including Software updates, remote diagnosis and replacement of failed sensors at cost, for 7.5% of the Equipment and Software Subtotal, being CNY 110,655 per year. This price is fixed for the first three years after the warranty period and may then be changed only by written agreement. Support is ordered annually by purchase order and never renews automatically.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Buyer's sites for up to 500 sensors.
P:7.2 Asset models, alarm thresholds, DCS interface programs, dashboards and reports created by the Supplier for the Buyer belong to the Buyer, which may use, modify and license them without restriction.
H:8. Data Protection and Security
P:8.1 All measurement data, asset information and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers; no data shall leave the Buyer's network. Remote diagnosis shall be carried out only through the Buyer's remote access gateway with the Buyer's approval for each session, and all sessions shall be logged.
P:8.3 The Supplier shall report any security incident involving the system to the Buyer within 12 hours, take remedial measures, and compensate the Buyer for losses caused by its breach of this Clause.
H:9. Confidentiality
P:The Supplier shall keep confidential all information about the Buyer's plant, production and equipment condition, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for five years afterwards.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier fails to deliver or to complete installation on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, fraud and breach of Clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the Works without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund payments received for Equipment and Works not accepted and take back rejected Equipment at its own cost.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Miscellaneous
P:14.1 Force majeure excuses delay for its duration, provided the affected party gives prompt notice with evidence.
P:14.2 This Contract is signed in Chinese and English; both versions are equally authentic. Annex 1: Technical Specification. Annex 2: Delivery and Installation Schedule.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement reference: TSM-CQ-2027-009

**Between** Chongqing Lianfeng Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered in Yubei District, Chongqing ("Customer"),

**and** Tri-State Managed IT Services, Inc., an Ohio corporation with its head office in Ironton, Ohio, United States, acting through its registered branch office in Chongqing ("Provider").

## Background

Customer runs its warehouse management, transport management and customer portal systems on a private cloud in its own data centre and on a public cloud region in mainland China. Customer wishes to outsource the day-to-day operation of this infrastructure for thirty-six months. Provider has agreed to provide the services on the terms below and in Schedules 1 to 3.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.

1.3 "Customer Data" means all data of Customer, its customers and its employees processed, stored or transmitted by the managed infrastructure, including logs and configuration files of Customer's systems.

1.4 "Term" means thirty-six (36) months from the Service Commencement Date.

## Section 2. Services

2.1 Provider shall provide the Services from its service centre, staffed around the clock, and through an on-site team of two engineers at Customer's Chongqing data centre on working days.

2.2 Provider shall follow Customer's change management, incident management and access control procedures. No change to a production system may be made without an approved change ticket, except for emergency actions to restore service, which must be recorded in a retrospective change ticket on the next working day.

2.3 Provider shall keep the managed systems patched within the time limits in Schedule 1 and shall keep current operating documentation, network diagrams and runbooks in Customer's document repository.

2.4 Provider's service desk shall accept incidents and requests by telephone, email and the service portal in Chinese and English. Every ticket shall be logged with its priority, time stamps and resolution, and Customer shall have read access to all tickets.

2.5 Customer shall give Provider the access rights, documentation and contacts reasonably needed for the Services, keep its third-party software licences and vendor support contracts in force, and inform Provider in advance of planned business events that may increase load, such as the annual shopping festivals.

2.6 Provider shall run a disaster recovery test of the warehouse management and transport management systems twice a year, at dates agreed with Customer, and deliver a written report with any corrective actions within ten working days after each test.

## Section 3. Transition and Acceptance

3.1 Provider shall complete the transition within 75 days after signature, including discovery of all managed assets, monitoring set-up, runbook preparation, knowledge transfer from the incumbent team and a two-week shadow period.

3.2 Transition acceptance criteria: all assets in Schedule 1 monitored with alerts routed to Provider's service desk; runbooks approved by Customer for every managed system; a successful backup restore test and a disaster recovery failover test of the warehouse management system; and no open Priority 1 or Priority 2 incident caused by Provider. Customer shall sign the acceptance certificate within five working days after the criteria are met, or list the deficiencies.

3.3 If transition acceptance is delayed beyond the date in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 2. The Total Contract Value is CNY 2,534,000, including VAT.

4.2 The transition charge is invoiced after the Service Commencement Date. Monthly service charges are invoiced monthly in arrears. Customer pays undisputed invoices within 30 days. No advance payment is payable.

4.3 Charges are fixed for the Term. Additional servers or network devices may be added to the scope at the unit rates in Schedule 2.

## Section 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3. Service credits are calculated monthly and deducted from the next invoice.

5.2 Provider shall send a monthly service report with availability, incidents, changes, patch status, capacity trends and improvement actions, and shall attend a monthly service review with Customer.

## Section 6. Customer Data

6.1 Customer Data belongs to Customer.

6.2 Provider shall process Customer Data in accordance with Customer's instructions and the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law, and shall keep all Customer Data in mainland China.

6.3 Customer agrees that Provider may collect anonymised operational telemetry, performance metrics and configuration data from the managed systems and use it, during and after the Term, to benchmark its services, to improve its tools and to develop new service offerings for other clients.

6.4 Provider shall protect Customer Data with the measures in Schedule 1, including privileged access through Customer's bastion host with multi-factor authentication, named accounts, session recording, encryption of backups, and removal of access within one working day after an engineer leaves the account.

6.5 Provider shall notify Customer of any security incident affecting Customer Data within two hours of detection, contain it, support Customer's reporting to the authorities, and bear the losses caused by its breach of this Section.

## Section 7. Intellectual Property

Scripts, automation playbooks, runbooks, monitoring templates and documentation prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and hand them over to any successor provider freely. Provider keeps its pre-existing tools and grants Customer a free licence to use any of them that are embedded in the deliverables.

## Section 8. Confidentiality

Each party shall keep confidential the other party's non-public information, use it only for this Agreement and disclose it only to staff who need to know it. This obligation continues for five years after the Term.

## Section 9. Liability

Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Sections 6 or 8, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## Section 10. Subcontracting and Personnel

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

10.2 Provider's key personnel (service delivery manager and lead engineer) may be replaced only with Customer's consent.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after notice, or if Provider fails the availability service level in three consecutive months.

11.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the monthly charge pro rata, hand over all documentation and credentials, and return or delete Customer Data as Customer directs.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## Section 13. General

Force majeure suspends the affected obligations while it lasts. Notices must be in writing. This Agreement is signed in English and Chinese, both equally authentic, and consists of these Sections and Schedules 1 to 3.

## Schedule 1 — Services

| Service | Scope | Requirement |
|---|---|---|
| Monitoring | 146 virtual machines, 38 physical servers, 62 network devices, cloud resources | Continuous, alerts to service desk |
| Incident management | All managed infrastructure | Per Schedule 3 |
| Patch management | Operating systems, hypervisors, network firmware | Critical patches within 7 days, others monthly |
| Backup management | Daily backups, off-site copy | Restore test monthly |
| Capacity management | Compute, storage, network | Quarterly forecast |
| Security operations support | Bastion host, privileged accounts, logs | Quarterly access review |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-time | 86,000 |
| Monthly service charge | 68,000 per month × 36 months | 2,448,000 |
| **Total Contract Value** | | **2,534,000** |
| Additional virtual machine | Per month | 260 |
| Additional network device | Per month | 180 |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of managed platform (monthly) | 99.95% | 5% of monthly charge per 0.1 point (or part) below target, up to a quarter of the monthly charge |
| Priority 1 response (service down) | Within six (6) hours | CNY 2,000 per late incident |
| Priority 1 restore | Within 12 hours | CNY 1,000 per hour beyond target |
| Priority 2 response | Within 8 hours | CNY 500 per late incident |
| Priority 3 response | Next working day | None |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
TRADE INTELLIGENCE API SERVICE

Agreement No.: NTD-2027-CN-112

PARTIES

Customer: Xiamen Jinhai Home Furnishings Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in Huli District, Xiamen, Fujian Province ("Customer").

Vendor: Nolichucky Trade Data, LLC, a Tennessee limited liability company with its principal office in Greeneville, Tennessee, United States ("Vendor").

Customer exports furniture and home furnishings to North America and wishes to use import shipment records to track buyers, competitors and freight trends. Vendor compiles shipment and customs data from public and licensed sources and supplies it through an application programming interface (API) and a web dashboard. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the shipment records, importer and exporter profiles, harmonised system (HS) code statistics, port and carrier statistics and related content supplied by Vendor through the Service.

1.2 "Service" means Vendor's Trade Intelligence API, the web dashboard, the data feeds described in Schedule A, and the related documentation.

1.3 "Customer Materials" means the watch lists, customer and supplier names, product codes, queries, notes and files that Customer uploads to or creates in the Service.

1.4 "Start Date" means the date on which Customer confirms onboarding acceptance under Clause 4.

1.5 "Subscription Year" means the period from the Start Date to the day before its first anniversary (the first Subscription Year) and the period from that anniversary to the day before the second anniversary (the second Subscription Year).

1.6 "Custom Feeds" means the buyer-mapping feed, the competitor watch report and the dashboard views built by Vendor specifically for Customer under Schedule A.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the Service and to use the Data for Customer's internal business purposes, including sales prospecting, market analysis and supplier checks.

2.2 Customer may have up to 25 named dashboard users and may make up to 600,000 API calls per Subscription Year. Calls above that volume are charged at the overage rate in Schedule B.

2.3 Customer may store extracts of the Data in its own CRM system and share reports containing limited extracts with its affiliates. Customer shall not resell the Data or make it available to third parties as a data product.

2.5 Some Data contains names and business contact details of individuals working for importers and carriers. Customer shall use such details only for legitimate business contact, comply with the personal information laws that apply to it, and stop contacting any person who objects. Vendor confirms that it has the right to supply such details for this purpose.

2.6 Vendor may change the format of the API after giving Customer at least 60 days' notice and keeping the previous version available during that period, and shall not remove any data field listed in Schedule A during the subscription.

2.4 The subscription ends at the end of the second Subscription Year. Any renewal requires a new written agreement of both parties; nothing in this Agreement renews automatically.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee for the first Subscription Year CNY 286,000; subscription fee for the second Subscription Year CNY 286,000; one-time onboarding and Custom Feed set-up fee CNY 18,000. The total fee under this Agreement is CNY 590,000, including VAT. The fees are fixed for both Subscription Years.

3.2 The onboarding fee is invoiced after onboarding acceptance under Clause 4. Each Subscription Year's fee is invoiced in four equal quarterly instalments of CNY 71,500 at the end of each quarter of the Subscription Year.

3.3 Customer shall pay each correct invoice within 30 days after receipt, in CNY, to the bank account in China named by Vendor. Customer does not pay any amount in advance.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 30 days after signature, Vendor shall set up Customer's accounts, provide API keys for Customer's test and production environments, deliver the API documentation in English and Chinese, build the Custom Feeds and hold two training sessions for Customer's sales and IT staff.

4.2 Onboarding acceptance criteria: (a) Customer's CRM connector retrieves records for all 40 HS codes listed in Schedule A without error for ten consecutive days; (b) a sample of 200 shipment records chosen by Customer matches the source bills of lading in consignee, shipper, HS code, quantity and arrival port; (c) the Custom Feeds deliver the fields listed in Schedule A; and (d) training is completed.

4.3 Customer shall confirm acceptance in writing within five working days after the criteria are met, or state which criteria are not met. Vendor shall then correct the shortfall and repeat the relevant test. Use of the Service for testing before acceptance is not acceptance.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API and the dashboard available and to update the Data as new records become available from its sources.

5.2 Vendor may carry out maintenance from time to time and will try to give Customer notice of planned maintenance by email.

5.3 Support is provided by email and through the online help centre during Vendor's normal business hours. Vendor will endeavour to answer support requests promptly and to correct reported errors in the Data within a reasonable time.

5.4 Vendor does not warrant that the Data is complete or free of errors, as it depends on public and third-party sources, but Vendor shall correct any error in the Data that Customer reports with reasonable evidence.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to Customer. Vendor may use Customer Materials only to provide the Service to Customer and shall not use them for any other purpose, including to enrich the Data or to inform other customers.

6.2 Vendor shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to Vendor personnel who need access, multi-factor authentication for administrators, and logging of access.

6.3 Vendor shall notify Customer in writing within 48 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Materials, investigate the incident, take steps to prevent a recurrence, and compensate Customer for the losses caused by Vendor's failure to comply with this Clause 6.

6.4 Within 30 days after the end of this Agreement, Vendor shall return Customer Materials in a common format on request and then delete them from its systems, and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor and its licensors own the Service and the Data. Customer receives only the rights in Clause 2.

7.2 The Custom Feeds, their specifications and the reports that Vendor prepares for Customer belong to Customer, which may use, modify and license them freely. Vendor shall not provide the same Custom Feeds to any other customer.

7.3 Vendor shall defend Customer against any claim that Customer's permitted use of the Service or the Data infringes a third party's rights, and indemnify Customer against damages awarded.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees, affiliates and advisers who need to know it and are bound by similar obligations.

8.2 Customer's watch lists and the identity of the buyers and competitors that Customer follows are Customer's confidential information.

8.3 This Clause 8 continues to apply for three years after this Agreement ends.

9. SUBCONTRACTING

Vendor shall not subcontract the provision of the Service or any part of the onboarding work to a third party without Customer's prior written consent. Vendor's use of its existing data suppliers and hosting provider listed in Schedule A is approved.

10. LIABILITY

10.1 Neither party is liable to the other for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to twice the total fee in Clause 3.1. This limit does not apply to Clause 6, Clause 8, the indemnity in Clause 7.3, or wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

11.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving notice.

11.3 If Customer terminates under Clause 11.2, Vendor shall refund the fees paid for any period after the termination date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute that the parties cannot settle within 30 days by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

13.2 Notices shall be in writing and sent by email and courier to the addresses above.

13.3 This Agreement, with Schedule A (Data scope, Custom Feeds and approved suppliers) and Schedule B (Overage rates), is the entire agreement of the parties. It is signed in English and Chinese, and both versions are equally authentic.

SIGNATURES

For Customer: ______________________  Date: __________

For Vendor: ______________________  Date: __________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h971z01_commerce_bureau_night_economy_platform.pdf", "pdf"),
    "z02": ("h971z02_body_scale_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h971z03_thinking_training_chain_booking_saas.txt", "txt"),
    "z04": ("h971z04_power_supply_icing_monitoring_om_service.txt", "txt"),
    "z05": ("h971z05_bamboo_fan_studio_tracking_supplier_template.md", "md"),
    "e01": ("h971e01_cmms_perpetual_licence_tennessee_vendor.pdf", "pdf"),
    "e02": ("h971e02_quality_saas_order_form_ohio_vendor.md", "md"),
    "e03": ("h971e03_condition_monitoring_sensors_licence.docx", "docx"),
    "e04": ("h971e04_managed_infrastructure_services_36_months.md", "md"),
    "e05": ("h971e05_trade_data_api_subscription.txt", "txt"),
}

# ---------------------------------------------------------------- design (labels)
T = dict  # terms in the key order of holdout19
def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}

G, S = "goods_or_licence", "service"
DESIGN = {
    # key: lang, category, terms, sla_clause, ld_stated, capped, deemed, value, fee_base, forum_outside, rules, risk
    "z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
            True, True, True, False, 1518000, 860000, False, [], "low"),
    "z02": ("zh", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.02, None, 25, True, True, 24, 9, False, False, False, "PRC", G),
            True, True, True, False, 1470000, 1272000, False, ["CR-LD-LOW", "CR-TERMINATION"], "medium"),
    "z03": ("zh", "cloud", terms(99.5, 1, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S),
            True, True, None, False, 634000, None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": ("zh", "services", terms(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S),
            True, True, None, False, 468000, None, False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], "medium"),
    "z05": ("zh", "software", terms(None, 24, False, "supplier", True, True, True, 0.1, 20, 65, False, False, 6, 25, False, True, True, "PRC", G),
            True, True, True, True, 244000, 186000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Tennessee", G),
            True, True, True, False, 1670000, 1240000, True, ["CR-GOVERNING-LAW"], "low"),
    "e02": ("en", "cloud", terms(99.95, 0.5, True, "buyer", False, True, True, 600 / 996000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S),
            True, True, None, False, 996000, None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
    "e03": ("en", "hardware", terms(None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7.5, False, True, False, "PRC", G),
            True, True, True, False, 1660000, 1475400, False, [], "low"),
    "e04": ("en", "services", terms(99.95, 6, True, "buyer", True, False, True, 2000 / 2534000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S),
            True, True, None, False, 2534000, None, False, ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"], "medium"),
    "e05": ("en", "cloud", terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False, "PRC", S),
            False, False, None, False, 590000, None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, value, base):
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = post_years * t["post_warranty_fee_pct"] / 100 * base
    return post / (value + post) * 100


def derive(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value, base, forum_out, _, _ = DESIGN[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(t, value, base) > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value, base, _, rules, _ = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])30(?:\.0+)?\s*[%％]", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<!-)(?<!ty)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![十])四个?小时",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*\s*[%％]", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])12\s*(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?", r"十二个月",
    r"(?<![\d.,])100(?:\.0+)?\s*[%％]", r"百分之一?百(?![分])",
    r"(?<![\d.,])15(?:\.0+)?\s*[%％]", r"百分之十五(?![点])",
    r"(?<![\d.,])40(?:\.0+)?\s*[%％]", r"百分之四十(?![一二三四五六七八九点])",
]]
MUST_HIT = ["30%", "30 ％", "百分之三十", "4小时", "4 hours", "within four (4) hours", "99.9%", "99.90", "0.05%",
            "万分之五", "12个月", "12 months", "twelve months", "十二个月", "100%", "百分之百", "15%", "40%", "百分之四十"]
MUST_MISS = ["130%", "3.30%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "0.055%",
             "0.08%", "2027年12月31日", "12 hours", "150%", "0.15%", "115%", "35%", "20%", "1.5%", "万分之二",
             "24 months", "8 hours", "5%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            m = p.search(variant)
            if m:
                hits.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


# ---------------------------------------------------------------- read back
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SRC, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        lang, t, rules, risk = DESIGN[key][0], DESIGN[key][2], DESIGN[key][10], DESIGN[key][11]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (name, f)
        if t["contract_kind"] == G:
            share = tco_share(t, DESIGN[key][7], DESIGN[key][8])
            assert abs(share - TCO_SHARE) > 2, (name, share)
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            share = None
        derived = derive(key)
        assert derived == sorted(rules), (name, derived, rules)
        sev = {SEVERITY[r] for r in derived}
        assert risk == ("high" if "high" in sev else "medium" if "medium" in sev else "low"), name
        covered |= set(derived)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-58s %5d %s %s %s" % (name, n, risk, ",".join(r[3:] for r in derived) or "-",
                                       "" if share is None else "TCO share %.2f%%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
