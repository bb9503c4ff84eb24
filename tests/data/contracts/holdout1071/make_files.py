"""holdout1071: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below as text; the .docx and .pdf
are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). The labels are written from LABELS, the
expected rules are derived from the labels with this set's reading of policy section 3 and compared with DESIGN; the
lengths, the threshold scan (self-tested) and the rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1071Z01 = """T:市发展和改革委员会中介服务监管平台建设项目合同
P:合同编号：FGW-ZJPT-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市发展和改革委员会
P:乙方（供应商）：江苏衡信软件有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就中介服务监管平台的软件许可与定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供中介服务监管平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成定制开发、数据对接与迁移、部署实施及培训。
P:1.2 定制开发内容包括：中介机构信用评价模块、网上中介超市竞价选取模块、服务时限监督与预警模块、投诉处理流程、领导驾驶舱，以及与本市政务服务平台、信用信息共享平台的接口。
P:1.3 平台部署于甲方指定的政务云，乙方不得将平台或甲方数据部署于其他环境。
P:1.4 乙方应组建不少于8人的项目团队，其中项目经理须具备高级项目管理资格，未经甲方同意不得更换项目经理及核心开发人员。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,315,000元（大写：贰佰叁拾壹万伍仟元整），为含税固定总价，其构成如下：平台软件许可费1,180,000元；定制开发费826,000元；数据对接与迁移费214,000元；部署实施及培训费95,000元。
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
P:2.3 合同履行期间，如甲方新增需求，双方应按投标报价中的人天单价另行协商确定费用，并签订补充协议。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即463,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即1,041,750元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即810,250元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，付款期限相应顺延，但甲方应及时告知乙方。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署及初步验收准备，于合同签订后150日内完成全部定制开发并提交最终验收申请。
P:4.2 乙方应在实施期间按周向甲方提交进度报告，发现可能影响工期的情形应立即书面报告甲方。
P:4.3 乙方应为甲方及各县（区）发展改革部门的业务人员、系统管理员分别提供不少于两期的操作培训和运维培训，培训教材及视频资料归甲方使用。
H:第五条 验收
P:5.1 初步验收在平台部署、数据迁移完成后进行，验收标准为：需求规格说明书所列功能全部实现；历史中介机构、项目及评价数据迁移后逐条核对无差错；与政务服务平台、信用信息共享平台的接口连续运行10日无数据丢失；在800个并发用户条件下，常用页面响应时间不超过2秒。
P:5.2 平台试运行60日，试运行期间未发生一级故障、且第三方测评机构出具的安全测评报告无高风险问题的，乙方可申请最终验收。甲方组织专家按招标文件及本合同约定的标准进行最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方试用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新验收。
P:5.4 验收所需的测试环境由乙方准备，测试数据应使用脱敏后的模拟数据，不得使用甲方生产数据。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复及技术支持。
P:6.2 平台月可用率不低于99.95%（计划内维护除外）。一级故障（平台无法访问或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障应在2小时内响应，48小时内解决。
P:6.3 乙方未按6.2约定时限响应或恢复的，每超时1小时，甲方可从履约保证金中扣除1,000元；月可用率每低于约定值0.01个百分点，扣除2,000元。
P:6.5 质保期内，乙方每季度对平台进行一次巡检并出具巡检报告，并配合甲方完成等级保护测评、密码应用安全性评估等检查工作，不另行收费。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过94,400元，该标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、数据迁移脚本及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码；甲方有权自行或委托第三方修改、使用和再许可。
P:7.3 乙方保证平台及交付成果不侵犯第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的中介机构信息、项目信息、评价记录及日志等全部数据归甲方所有，乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对运维账号实行最小授权，通过甲方堡垒机访问生产环境，不得将数据复制至甲方网络以外。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的法律后果。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、工作秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的平台或成果不符合合同约定的，应免费整改；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包，也不得将定制开发等主体工作分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项中对应未完成部分的金额、支付违约金及赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:12.3 合同解除后，乙方应在10日内向甲方移交已完成的全部成果、源代码及文档，并删除其持有的甲方数据。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：              乙方（盖章）：
P:法定代表人或授权代表：      法定代表人或授权代表：
"""

H1071Z02 = """T:电动咖啡机生产线控制系统改造合同
P:合同编号：HF-ZK-2026-0412
P:甲方：浙江禾啡电器有限公司
P:乙方：宁波拓控自动化工程有限公司
P:甲方为电动咖啡机生产企业，拟对其三条总装及测试生产线的控制系统实施改造。乙方具备相应的设备供应、软件开发与系统集成能力。双方经友好协商，订立本合同。
H:第一条 改造范围
P:（一）更换三条生产线原有的PLC及控制柜、伺服及变频驱动、工业触摸屏，加装冲泡压力与密封性视觉检测单元。
P:（二）提供产线监控软件许可，实现设备状态采集、工单下发、质量追溯及与甲方MES系统的对接。
P:（三）编写并调试定制控制程序，完成安装、联调、试生产支持及操作维护培训。
P:（四）改造须分线实施，每条线停线时间不超过10日，不得影响其余生产线的正常生产。
P:（五）改造后的控制系统应满足甲方现有产品及后续两款新机型的生产要求，换型时间由现在的90分钟缩短至35分钟以内。
P:（六）乙方提供的设备应为全新原厂产品，附原厂合格证及质保凭证，主要部件品牌与投标文件一致。
P:（七）乙方应在改造前对三条生产线的现有电气图纸、控制程序进行测绘和备份，改造完成后提交竣工图纸、程序备份、设备清单及操作维护手册各两套。
H:第二条 合同价格
P:本合同总价为人民币2,030,000元（含增值税、运输、安装及培训费用），为固定总价，合同履行期间不因原材料或汇率变化调整。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜|3套|612,000
TB:2|伺服及变频驱动|3套|388,000
TB:3|工业触摸屏HMI|9台|126,000
TB:4|视觉检测单元|6套|284,000
TB:5|产线监控软件许可（永久）|1套|210,000
TB:|软硬件小计||1,620,000
TB:6|安装调试|1项|236,000
TB:7|定制控制程序开发|1项|148,000
TB:8|操作维护培训|1项|26,000
TB:|合计||2,030,000
H:第三条 付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即203,000元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的55%，即1,116,500元。到货签收仅确认数量与外观，不视为验收。
P:（三）三条生产线全部通过最终验收后，甲方支付合同总价的35%，即710,500元。
P:（四）甲方付款前，乙方应开具等额增值税专用发票。甲方有权从应付款项中直接扣除乙方应付的违约金或赔偿金。
H:第四条 交付与实施
P:（一）乙方应在合同生效后45日内将设备运抵甲方工厂，并在到货后60日内完成三条生产线的改造及联调。
P:（二）乙方应在每条线停线改造前提交实施方案，经甲方生产部确认后方可实施。
P:（三）乙方现场人员应遵守甲方工厂的安全生产、用电及防静电管理制度，进入车间须佩戴甲方发放的工作证。因乙方人员违规作业造成人身伤害或设备损坏的，由乙方承担责任。
P:（四）旧控制柜、旧驱动器等拆除设备归甲方所有，由乙方整理后移交甲方仓库，不得擅自处置。
P:（五）乙方应在改造期间安排不少于两名电气工程师和一名软件工程师常驻甲方工厂，直至最终验收。
P:（六）改造所需的临时用电、压缩空气由甲方提供，乙方应在实施方案中列明需求。
H:第五条 验收
P:（一）单线验收：每条生产线改造完成后连续试生产72小时，设备综合效率不低于改造前水平，冲泡压力检测误判率不高于0.5%，控制系统无停机故障。
P:（二）最终验收：三条线均通过单线验收，产线监控软件与MES系统的工单、质量数据核对一致，且试运行30日内无一级故障的，甲方组织最终验收并签署验收报告。
P:（三）设备安装完成或投入试生产，均不视为最终验收合格。
P:（四）验收不合格的，乙方应在10日内完成整改并重新提交验收；两次验收仍不合格的，甲方有权要求乙方更换设备或解除合同。
P:（五）单线验收及最终验收均由甲方生产部、设备部、质量部共同参加，验收记录经双方签字确认。
H:第六条 质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件升级。
P:（二）一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障应在8小时内响应，48小时内修复。乙方每超时1小时，向甲方支付800元。
P:（三）质保期满后，乙方提供维保服务，维保费按软硬件小计的28%每年计取，即每年453,600元，在质保期满后四年内固定不变，按年支付。
P:（四）维保服务内容包括每季度一次预防性巡检、备品备件供应、控制程序优化及软件版本升级，具体以届时签订的维保协议为准。
P:（五）乙方应在甲方工厂常备PLC模块、伺服驱动器及触摸屏等关键备件，确保故障部件可在到场后当日更换。
P:（六）质保期内因设备质量问题导致整线停机累计超过三日的，质保期相应延长停机天数。
H:第七条 知识产权
P:（一）为甲方编写的定制控制程序、触摸屏画面、配方参数表及其源文件归甲方所有，乙方应于最终验收时一并移交，甲方可自行修改或委托第三方使用。
P:（二）产线监控软件的著作权仍归乙方，甲方享有永久使用许可。
H:第八条 数据安全
P:（一）生产数据、工艺配方、质量追溯记录属于甲方，乙方仅可为履行本合同使用，不得复制、保留或向第三方提供。
P:（二）乙方远程调试须经甲方书面批准，通过甲方提供的VPN及堡垒机进行，操作全程留存日志；乙方不得在控制系统中设置后门。
P:（三）发生数据泄露或控制系统被非法入侵的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）乙方交付的控制系统应符合工业控制系统信息安全防护要求，PLC及触摸屏的默认口令须在交付前修改，未经甲方许可不得开通无线调试端口。
H:第九条 保密
P:乙方对在本项目中获知的甲方产品设计、工艺参数、产能及客户信息负有保密义务，保密期限至合同终止后三年。乙方应要求参与本项目的全部人员签署保密承诺书，人员违反保密义务的，由乙方承担责任。
H:第十条 违约责任
P:（一）乙方逾期交付设备或逾期完成改造的，每逾期一日，按合同总价的万分之六支付违约金。
P:（二）因乙方原因导致生产线停线超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:（四）乙方提供的设备存在质量问题，经两次维修仍不能正常使用的，乙方应免费更换同型号新设备。
H:第十一条 分包
P:乙方可将现场电气安装、布线及控制柜运输等工作分包给具备相应资质的第三方，但应提前五个工作日书面告知甲方，并对分包方的工作质量承担责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应配合甲方恢复生产线正常运行，并移交已完成部分的程序及资料。
P:因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任，但应及时通知对方并提供证明。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:附件：1.设备技术规格表；2.实施方案；3.验收测试大纲。附件与本合同具有同等效力。
P:甲方（盖章）：              乙方（盖章）：
"""

H1071Z03 = """预约与会员管理系统SaaS服务及实施合同

合同编号：MYW-SaaS-2026-08
甲方：成都曼舞文化艺术培训有限公司（肚皮舞培训连锁，以下简称“甲方”）
乙方：杭州约课云科技有限公司（以下简称“乙方”）

甲方在全国经营40家肚皮舞培训门店，拟采用乙方的课程预约与会员管理SaaS服务，并由乙方完成实施上线。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供课程预约与会员管理系统的SaaS订阅服务，包括：课程排期与约课、会员卡及课时包管理、教练排班与课时统计、门店收银与对账、小程序及公众号约课入口、经营报表。
1.2 订阅范围为甲方40家门店及总部管理端，门店账号数量不限。甲方新增门店的，按本合同单价增加订阅费。
1.3 乙方负责实施服务，包括：系统配置、40家门店的会员及课时数据迁移、与甲方现有微信支付商户号的对接、门店店长及前台人员培训。
1.6 系统应支持与甲方课程体系相匹配的课程类型设置，包括团课、私教课、体验课及考级课程的分类管理。
1.4 服务期内，乙方免费提供系统的版本升级及新功能，升级不得导致甲方已配置的数据和规则丢失；重大升级应提前七日通知甲方并在非营业时段进行。
1.5 乙方提供每日9:00至22:00的在线客服及电话支持，并为甲方指定一名客户成功经理，负责需求沟通、使用培训及每季度的服务回顾。

2. 服务期限
2.1 本合同服务期为两个服务年度，自系统上线验收合格之日起计算。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方可根据市场情况调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前10日通知甲方。

3. 费用及支付
3.1 本合同总价为人民币616,000元，明细如下：
（1）门店订阅费：每店每个服务年度5,400元，40家门店合计每个服务年度216,000元；
（2）总部管理端订阅费：每个服务年度38,000元；
（3）实施费（含配置、对接、培训）：86,000元，一次性；
（4）数据迁移费：22,000元，一次性。
两个服务年度订阅费合计508,000元。
3.2 实施费及数据迁移费在系统上线验收合格后15个工作日内一次性支付。
3.3 订阅费按季度支付，每个季度开始后10个工作日内，甲方支付当季订阅费63,500元。
3.4 乙方应在收款前开具增值税专用发票。
3.5 服务期内甲方新增门店的，新增门店订阅费按当期剩余月数折算，并在下一个季度付款时一并结算；门店关闭的，自下一个季度起相应减少订阅费。
3.6 除本合同约定的费用外，乙方不得以短信、支付通道、存储容量等名义另行收取费用。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成全部门店的上线准备，并提交上线验收申请。
4.2 上线验收标准：（1）需求确认书所列功能全部可用；（2）迁移后的会员信息、剩余课时、储值余额与甲方原系统导出数据逐店核对一致；（3）支付及退款流程在5家抽样门店实测无差错；（4）高峰时段500人同时约课，页面响应时间不超过3秒。
4.3 甲方应在收到验收申请后10个工作日内组织验收，并出具书面验收意见。系统试用或门店开始使用，不视为验收合格。
4.5 乙方应在上线前为每家门店提供不少于两小时的现场或远程培训，并提供操作手册和培训视频；上线后首月安排专人驻点总部，协助处理门店问题。
4.6 上线验收合格后，乙方应向甲方提交系统配置说明、数据迁移报告及门店培训签到记录。
4.4 因乙方原因未能按4.1约定时间完成上线的，每逾期一日，乙方应向甲方支付违约金500元。

5. 服务水平
5.1 系统月可用率不低于99.95%，计划内维护应安排在每日零时至六时之间，并提前48小时通知甲方。
5.2 一级故障（全部门店无法约课、收银或登录）乙方应在1小时内响应，6小时内恢复；二级故障（部分功能或个别门店异常）应在8小时内响应，两个工作日内解决。
5.3 月可用率未达到约定标准的，每低于0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，当月抵扣总额以当月订阅费为限；一级故障超时恢复的，每超时1小时抵扣当月订阅费的2%。
5.4 乙方应在每月结束后五个工作日内向甲方提交服务报告，列明当月可用率、故障记录、处理时长及服务抵扣金额，抵扣金额在下一期订阅费中直接扣减。
5.5 甲方可通过乙方提供的服务状态页面实时查看系统运行情况。乙方不得以已提供抵扣为由拒绝或拖延修复故障。

6. 数据
6.1 甲方会员信息、约课记录、消费及课时数据归甲方所有。
6.2 乙方可对甲方数据进行脱敏、汇总后用于产品改进、行业分析报告及市场推广，且该等使用不因本合同终止而停止。乙方不得对外提供可识别具体会员身份的信息。
6.3 乙方应采取访问控制、传输及存储加密、操作日志审计等安全措施，系统部署于境内云服务器，并通过网络安全等级保护三级测评。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
6.4 合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在交付后删除其保存的甲方数据。

7. 知识产权
7.1 系统及其升级版本的知识产权归乙方所有。
7.2 为甲方定制的课程体系配置、会员等级规则、报表模板及甲方品牌页面素材归甲方所有，甲方可自由使用、修改或交由第三方使用。

8. 保密
8.1 双方对在合作中知悉的对方经营信息、价格、会员规模、技术资料等负有保密义务，未经对方书面同意不得披露，合同终止后三年内仍然有效。乙方应要求其员工及客户成功经理遵守本条约定。

9. 违约责任及责任限制
9.1 任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。
9.2 乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
9.3 甲方逾期支付订阅费的，每逾期一日按逾期金额的万分之三支付违约金。

10. 分包
10.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

11. 合同解除
11.1 乙方严重违约，或连续两个月月可用率未达到约定标准，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
11.3 合同解除或终止后，乙方应提供不少于30日的数据导出与过渡支持，不得以任何理由扣留甲方数据。
11.4 因不可抗力导致服务中断的，受影响一方应及时通知对方，双方互不承担违约责任，但乙方应尽快恢复服务。
11.2 甲方逾期支付订阅费超过60日的，乙方可暂停服务。

12. 争议解决
12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

13. 其他
13.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
13.2 双方在本合同首页载明的地址和联系人为通知送达地址，变更的应提前书面通知对方。
13.3 附件：需求确认书、服务报价单、上线验收表，均为本合同组成部分。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H1071Z04 = """某区教育局校车安全监管系统年度运维服务合同

项目编号：JYJ-CS-2026-031
采购方式：竞争性磋商
甲方（采购人）：某区教育局
乙方（供应商）：江西安途信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就校车安全监管系统年度运维服务事宜订立本合同。

一、服务范围
（一）本合同运维对象为甲方校车安全监管系统，包括：监管平台软件及数据库、全区320辆校车的车载视频终端、定位终端及刷卡终端、学校端及家长端应用、与市交警部门的数据接口。
（二）服务内容包括：平台日常监控与巡检、故障处理、车载终端维修与更换、系统补丁与安全加固、数据备份与恢复演练、用户培训与操作支持、运行报告。
（三）乙方应派驻两名运维工程师在甲方监控中心驻场，工作时间为每个上学日6:00至19:00，其余时间安排人员远程值守。
（四）巡检要求：监管平台每日巡检两次并记录；车载终端每学期开学前全面检测一次，学期中每月抽检不少于60辆；数据备份每日一次，每季度进行一次恢复演练。
（五）乙方应配合甲方完成教育、公安、交通等部门的检查及数据报送工作，在重大活动、恶劣天气及考试期间加强值守。
（六）乙方应每半年对系统进行一次安全漏洞扫描，对发现的中高危漏洞在十个工作日内完成修复，并向甲方提交修复报告。
（七）乙方应建立校车终端档案，一车一档，记录终端型号、安装时间、维修及更换记录。

二、服务期限
（一）服务期自2027年1月1日起至2027年12月31日止。
（二）服务期满本合同终止，不自动续期。甲方如需继续采购，按政府采购规定另行组织。
（三）服务期开始前，乙方应与原服务商完成系统、账号、文档及备件的交接，交接清单由甲方确认。
（四）服务期内，甲方可根据学校布局调整对运维范围作适当调整，双方以书面形式确认。

三、合同价款
（一）本合同总价为人民币386,000元，为含税固定总价，包括：驻场运维服务费216,000元；车载终端巡检维修费112,000元；备品备件费58,000元。
（二）合同总价已包含乙方完成本合同服务所需的人工、差旅、工具、备件及税费，甲方不再另行支付。
（三）服务期内车载终端数量增减不超过5%的，合同价款不作调整；超过部分按响应文件中的单价据实结算。

四、付款方式
（一）服务费按季度支付。每个季度结束后，甲方根据第七条季度考核结果，在15个工作日内支付当季服务费96,500元，扣除考核扣款后的余额为实际支付金额。
（二）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
（三）甲方按财政支付流程办理付款，因财政资金拨付原因延迟付款的，不视为甲方违约。

五、服务水平
（一）监管平台月可用率不低于99.5%，计划内维护须安排在非上学日并提前三个工作日报甲方同意。
（二）故障分级及时限：一级故障（平台中断、全区校车定位或视频中断）乙方应在30分钟内响应，2小时内恢复；二级故障（单所学校或10辆以下车辆异常）应在2小时内响应，当日内恢复；三级故障在两个工作日内处理完毕。
（三）车载终端故障，乙方应在接报后次日校车出车前完成维修或更换。
（四）乙方每月向甲方提交运行报告，内容包括可用率、故障处理、终端在线率及改进建议。
（五）乙方应在甲方监控中心常备车载终端、摄像头、刷卡器等备件，数量不少于在用设备的5%，备件更换记录应每月报甲方备案。
（六）甲方提出的系统小规模功能调整，单项工作量在五人日以内的，乙方应在服务费内完成。
（七）乙方应建立故障工单台账，每起故障自报修至关闭的时间、处理人员及处理结果均应完整记录，甲方可随时查阅。
（八）开学首周、寒暑假前后及校车年检期间，乙方应增派不少于一名工程师现场保障。

六、服务启动
乙方应在服务期开始之日完成人员进场与交接。因乙方原因迟延启动服务的，每迟延一日，乙方按合同总价的千分之一向甲方支付违约金。乙方应在服务启动前五个工作日向甲方提交人员名单、服务方案及应急预案。

七、考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标为：平台月可用率、故障响应及恢复时限、车载终端在线率不低于98%、月度报告及时性、甲方及学校满意度。
（二）月可用率每低于约定值0.1个百分点，扣减当季服务费2,000元；一级故障每超时1小时扣减1,000元；车载终端未按时修复的，每辆每日扣减200元。
（三）服务期满后，甲方按照磋商文件所列服务要求组织年度验收，验收内容包括全年考核结果、运维文档、备件台账及数据备份完整性，并出具书面验收意见。
（四）季度考核得分低于70分的，甲方可约谈乙方负责人并要求限期整改；年度验收不合格的，乙方应在一个月内整改并重新验收。

八、数据安全
（一）系统中的学生乘车信息、校车轨迹、视频及驾驶员信息均属于甲方，乙方仅可为履行运维服务使用，不得用于其他目的，不得向任何第三方提供。
（二）乙方运维人员应实名登记，通过甲方堡垒机操作，严禁将数据导出至外部介质；涉及学生个人信息的操作，须经甲方书面审批并全程记录。
（四）服务期满或合同解除后，乙方应将其因运维需要临时保存的全部数据交还甲方并彻底删除，删除情况须书面报甲方确认。
（三）发生数据泄露、篡改或丢失的，乙方应立即采取措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

九、成果归属
运维过程中形成的运维文档、脚本、配置记录及报告归甲方所有。

十、人员要求
（一）乙方驻场人员应具有两年以上同类系统运维经验，身体健康，无违法犯罪记录，上岗前须经甲方面试确认。
（二）乙方不得擅自更换驻场人员；确需更换的，应提前十日书面申请并经甲方同意，新人员的资质不得低于原人员。
（三）乙方人员在学校及监控中心工作期间，应遵守甲方及学校的管理制度。
（四）乙方人员离场时，应交回门禁卡、系统账号及全部资料，并签署离场承诺。

十一、甲方义务
（一）甲方为乙方驻场人员提供必要的办公场所、网络及监控中心出入权限。
（二）甲方应及时协调各学校及校车运营单位配合终端维修，并按约定支付服务费。
（三）甲方应在校车线路、车辆或学校发生变化时，提前五个工作日通知乙方。

十二、转包与分包
乙方不得转包或分包本合同项下的服务。

十三、违约与解除
（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的一级故障超过24小时未恢复的，甲方有权解除本合同，并要求乙方赔偿损失。
（二）乙方违反第八条约定的，甲方有权立即解除本合同。
（三）合同解除后，乙方应在7日内完成交接，移交全部运维文档及账号，并配合甲方或新的服务商完成过渡。
（四）因不可抗力导致服务中断的，双方互不承担责任，但乙方应尽力恢复服务，并及时向甲方书面说明情况。
（五）乙方违约给甲方造成损失的，应依法承担赔偿责任，甲方可从应付服务费中直接扣除。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

十五、其他
本合同一式五份，甲方三份，乙方两份。磋商文件、响应文件及成交通知书为本合同组成部分。本合同自双方签字盖章之日起生效，未尽事宜双方可签订补充协议。

甲方（盖章）：                      乙方（盖章）：
"""

H1071Z05 = """# 纸艺工序追踪软件许可及定制开发合同

**（乙方标准合同文本 ZY-STD-2026 版）**

合同编号：ZY-2026-0619

甲方（用户）：苏州裂帛撕纸艺术工作室

乙方（供应商）：上海织云软件有限公司

甲方为撕纸艺术作品创作及定制加工工作室，需要对作品从选纸、撕制、拼贴、装裱到交付的工序进行追踪管理。乙方同意向甲方提供“织云工序追踪软件”的使用许可，并按甲方需求进行定制开发。双方依据乙方标准合同文本签订本合同。本合同为乙方格式合同，甲方确认已阅读并理解全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供织云工序追踪软件标准版的永久使用许可，许可范围为甲方一个工作室、不超过30个用户账号。

1.2 乙方按甲方书面需求进行定制开发，包括：纸张库存与批次登记、作品工序卡及扫码报工、客户定制订单跟踪、作品照片存档、工时与计件工资统计报表。

1.3 乙方负责软件部署、基础数据初始化及操作培训。

1.4 软件运行所需的服务器、操作系统、数据库、浏览器及扫码设备以乙方发布的配置说明为准，相关设备由甲方自行采购。

1.5 乙方提供的软件为通用产品，乙方不保证软件满足甲方的全部业务需求。

1.6 操作培训以远程方式进行，共两次，每次不超过两小时，培训对象由甲方指定。

## 第二条 合同价格

本合同总价为人民币326,000元，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪软件标准版许可（永久） | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 部署实施 | 24,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 326,000 |

上述价格含税。甲方增加用户账号或功能的，按乙方当时的报价另行收费。甲方要求的现场服务按每人每天2,800元另行计费，差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即211,900元。乙方收到该款项后开始工作。

3.2 软件上线运行后10个工作日内，甲方支付合同总价的35%，即114,100元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署及技术支持，由此导致的工期延误由甲方负责。

3.4 甲方已支付的款项，除本合同另有约定外，不予退还。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成部署和定制开发，并通知甲方上线。

4.2 甲方应按乙方要求及时提供需求资料、基础数据和运行环境。因甲方需求变更或配合不及时导致延期的，交付期限相应顺延。

4.3 乙方以远程方式交付软件安装包及操作手册，定制功能以乙方发布的版本为准。

4.4 定制开发范围以甲方签字确认的需求说明书为准。需求说明书确认后甲方提出的任何调整均视为需求变更，乙方有权另行收费并相应顺延工期。

4.5 乙方可根据项目需要调整实施人员，无需另行通知甲方。甲方应指定一名项目联系人，负责需求确认、资料提供及上线确认。

## 第五条 上线与验收

5.1 软件部署完成并向甲方开通账号后，即视为上线。

5.2 软件上线运行后，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方视情况在后续版本中予以考虑。

5.3 甲方使用软件处理业务的，视为对软件功能的确认。

5.4 甲方未在乙方通知上线后五个工作日内开始使用的，自通知之日起视为上线。

## 第六条 免费维护

6.1 自上线之日起六个月为免费维护期。免费维护期内，乙方提供缺陷修复和远程技术支持。

6.2 一级故障（软件无法登录或无法报工）乙方在接到甲方报修后24小时内响应；其他问题在三个工作日内响应。

6.3 乙方尽力在合理时间内排除故障，但不因响应或修复超时承担任何扣款、赔偿或违约责任。

6.4 因甲方操作不当、擅自修改或运行环境问题导致的故障，不属于免费维护范围。

6.5 免费维护期内，乙方每月最多提供八小时远程支持，超出部分按乙方服务价格收费。乙方的技术支持时间为工作日9:00至17:30，节假日不提供服务。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方届时公布的价格标准执行。

7.2 甲方未签订维护合同的，乙方不再提供任何技术支持。

7.3 维护费自免费维护期满次日起计算，甲方中断维护后重新签订的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 软件标准版及定制开发的全部功能模块、源代码、数据库设计及相关文档的知识产权均归乙方所有。

8.2 甲方仅享有在许可范围内使用定制功能的非独占权利，不得修改、反编译，也不得许可或提供给任何第三方使用。

8.3 乙方有权将定制开发成果用于其他客户或纳入标准产品。

8.4 甲方如需获得定制功能的源代码，应另行向乙方购买，价格由乙方报价。

## 第九条 数据安全

9.1 甲方录入软件的作品资料、客户订单、照片及员工数据归甲方所有，乙方仅为提供本合同服务而处理上述数据。

9.2 乙方应采取账号权限控制、数据加密存储和定期备份等安全措施，运维人员访问甲方数据须经甲方同意。

9.3 发生数据泄露或丢失的，乙方应在48小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

9.4 甲方应自行做好数据备份。合同终止后，甲方可在30日内申请导出数据，逾期乙方有权删除。

## 第十条 保密

双方对在合作中获知的对方技术资料、作品设计、客户名单及商业信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。乙方对甲方的间接损失、利润损失及数据丢失损失不承担责任。

11.4 甲方对软件质量有异议的，应在上线后七日内书面提出，逾期视为无异议。

11.5 因不可抗力、网络故障、第三方软件缺陷、电力中断或政府行为导致乙方不能履行合同的，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除的，甲方已支付的款项中对应乙方已完成工作的部分不予退还。

12.3 因甲方原因导致乙方无法继续履行的，乙方有权解除合同并不退还任何款项。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。在争议解决期间，甲方应继续履行付款义务。

## 第十四条 其他

14.1 本合同以乙方标准文本为准，双方手写修改部分无效，补充约定须经乙方法务部门书面确认。

14.2 乙方通过电子邮件、短信或在软件内发布公告的方式向甲方发送的通知，自发出之日视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H1071E01 = """T:Software Licence and Services Agreement
P:Agreement No. RWS-CN-2026-044
P:This Agreement is made between Riverina WaterSense Pty Ltd, ABN 41 612 908 337, of 118 End Street, Deniliquin, New South Wales 2710, Australia (the "Licensor"), and Ningxia Hetao Modern Agriculture Development Co., Ltd., of Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Customer").
P:Background: the Customer operates irrigated farmland of about 21,000 hectares served by gravity channels and pumping stations. It wishes to acquire a perpetual licence of the Licensor's irrigation scheduling and channel control software, WaterSense Enterprise, together with configuration, interfaces to its existing systems and training. The Licensor has agreed to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means WaterSense Enterprise version 7, including the scheduling engine, the channel control module, the farm portal and the mobile field application, in object code, together with the Documentation.
P:1.2 "Custom Deliverables" means the configuration, the interfaces, the reports and every other item prepared specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software for the Customer, including farm and field records, water orders, meter readings, sensor data, user records and logs.
P:1.4 "Go-Live" means the first use of the Software in production for all of the Customer's irrigation districts. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Scope
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in Yinchuan for up to 400 named users and an unlimited number of field devices, for the Customer's internal business and that of its affiliated companies in the PRC.
P:2.2 The Licensor shall perform the following services: (a) installation of the Software in the Customer's data centre; (b) configuration of 14 irrigation districts, 212 channel control points and 38 pumping stations; (c) interfaces to the Customer's SCADA system, its weather station network and its ERP system for water billing; (d) migration of three irrigation seasons of historical water orders; and (e) training of administrators and field staff.
P:2.3 The services shall be performed by the Licensor's project team, which includes at least one engineer resident in Yinchuan during installation and testing.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,650,000, inclusive of all taxes and duties payable in the PRC, made up of: Licence Fee CNY 1,260,000; configuration, interfaces and migration CNY 348,000; training CNY 42,000.
P:3.2 The Contract Price shall be paid as follows: (a) 10% (CNY 165,000) within 30 days after signature, against the Licensor's invoice; (b) 55% (CNY 907,500) within 30 days after the Go-Live Certificate is signed; and (c) 35% (CNY 577,500) within 30 days after the Final Acceptance Certificate is signed.
P:3.3 The Go-Live Certificate confirms only that the Software is in production use. It is not acceptance of the Software or of any Custom Deliverable.
P:3.4 Payments shall be made in CNY by bank transfer to the account of the Licensor's agent in Shanghai named in the invoice.
H:Article 4 Timetable and Delay
P:4.1 The Licensor shall achieve Go-Live within 120 days after signature and shall submit the Software for Final Acceptance within 60 days after Go-Live.
P:4.2 If the Licensor fails to meet either date for reasons not attributable to the Customer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:4.3 The Customer shall provide the server environment, network access, user lists and historical data in good time. Any delay caused by the Customer extends the dates in Article 4.1 accordingly.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing shall be carried out under the acceptance test plan agreed in writing within 30 days after signature. The criteria are: (a) all functions listed in the agreed requirements specification work as described; (b) water orders migrated from the previous three seasons reconcile with the Customer's records for every district; (c) each interface exchanges data for 14 consecutive days without loss or duplication; (d) a full scheduling run for all districts completes in less than ten minutes; and (e) no Severity 1 incident has occurred in the 30 days before the test.
P:5.2 When the criteria are met the Customer shall sign a Final Acceptance Certificate within ten working days. If the criteria are not met, the Customer shall give written reasons, the Licensor shall correct the defects at its own cost and the tests shall be repeated.
P:5.3 Go-Live, production use of the Software or payment of any part of the Contract Price is not Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform in accordance with the Documentation and the requirements specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct all defects and provide all new releases free of charge.
P:6.2 During the Warranty Period the Licensor shall respond to incidents as follows: Severity 1 (the Software or the channel control module is unavailable, or water orders cannot be processed) within one hour, with a workaround or restoration within eight hours; Severity 2 (a major function is impaired) within three hours, resolved within two working days; Severity 3 within one working day. Support is provided in Chinese through a hotline operated from the Licensor's partner in Yinchuan.
P:6.3 For each full hour by which the Licensor exceeds the Severity 1 response or restoration time, it shall credit the Customer CNY 1,000, to be deducted from the next payment or paid within 30 days.
P:6.4 After the Warranty Period the Licensor shall offer annual support on the same terms for 11% of the Licence Fee per year, that is CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered by the Customer year by year; it does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall deliver their source code at Final Acceptance. The Customer may use, modify and license them to any third party without restriction.
P:7.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Licensor may access and use Customer Data only to perform this Agreement and shall not use it for any other purpose, whether in identifiable, de-identified or aggregated form.
P:8.2 The Software is installed on the Customer's premises. The Licensor's personnel shall access it only through the Customer's VPN and jump server, under named accounts approved by the Customer for each session. They shall not copy Customer Data outside the Customer's network, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Licensor shall notify the Customer within two hours after becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remedying it, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for five years after termination.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, or wilful misconduct.
P:10.2 Neither party is liable for loss of profit or indirect loss, except as stated in Article 10.1.
H:Article 11 Subcontracting and Assignment
P:11.1 The Licensor shall not subcontract any part of the services or assign this Agreement without the Customer's prior written consent. Its partner in Yinchuan named in Article 6.2 is approved by signature of this Agreement. The Licensor remains responsible for all subcontractors.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination before Final Acceptance the Licensor shall refund the payments received for work not accepted, and shall deliver all Custom Deliverables completed so far. The licence in Article 2.1 survives termination once the Licence Fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of New South Wales, Australia.
P:13.2 Any dispute arising out of this Agreement shall first be referred to senior managers of both parties. If it is not resolved within 30 days, it shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration under its rules. The seat of arbitration is Sydney and the language is English.
H:Article 14 General
P:14.1 This Agreement is signed in English and Chinese. Both versions are equally authentic.
P:14.2 Annex 1: Requirements specification. Annex 2: Acceptance test plan. Annex 3: Project plan.
P:For the Customer: ____________________    For the Licensor: ____________________
"""

H1071E02 = """# Order Form and General Terms - FieldRoster Cloud

**Order Form No. HCR-OF-2026-0317**

## PART A - ORDER FORM

### A1. Parties

**Provider:** High Country Roster Pty Ltd, ABN 57 630 214 889, 42 Bridge Street East, Benalla, Victoria 3672, Australia.

**Customer:** Liaoning Anxing Elevator Maintenance Services Co., Ltd., Shenyang, Liaoning Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription

The Customer subscribes to FieldRoster Cloud, the Provider's field service scheduling platform, for the following scope:

- up to 1,150 technician users on the mobile application and 90 dispatcher and manager users on the web console;
- the scheduling, dispatch, work order, spare-parts and maintenance-contract modules;
- the analytics module with standard dashboards and up to 20 custom reports;
- the customer portal through which building owners can book visits, report faults and download inspection certificates;
- hosting in the Provider's mainland China environment (Alibaba Cloud, Shanghai region) with a separate database for the Customer.

The Subscription Term is two Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A4; the second begins on its first anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 1,150 technician and 90 office users | 286,000 |
| Subscription, Subscription Year 2 | same scope | 286,000 |
| Onboarding services | one-time, fixed price | 48,000 |
| **Total Contract Value** | | **620,000** |

Fees include PRC VAT. Additional users during the term are charged pro rata at CNY 230 per technician user per Subscription Year.

### A4. Onboarding and Go-Live Acceptance

The Provider shall configure the platform, import the Customer's 26,400 elevator records and 3,100 active maintenance contracts, build the interface to the Customer's Kingdee ERP for billing and spare parts, and train dispatchers and technicians in Shenyang, Dalian and Anshan.

Go-Live Acceptance is given when the Customer signs a certificate confirming that: (a) all elevator and contract records reconcile with the Customer's extract; (b) planned maintenance visits for one month are generated correctly for all branches; (c) work orders flow to the ERP interface without loss for ten consecutive working days; and (d) the mobile application works on the Customer's standard devices in areas with weak signal, with offline work orders synchronised on reconnection. Use of the platform in production before the certificate is signed is not acceptance.

The Provider shall achieve Go-Live Acceptance within 75 days after the Order Form is signed. For each day of delay caused by the Provider, the Provider shall pay the Customer CNY 450 as liquidated damages.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in advance, CNY 71,500 per quarter, starting on the first day of the first Subscription Year. The Customer shall pay each correct invoice within 30 days. No fee is payable before Go-Live Acceptance.

### A6. Special Terms

Service levels are set out in Part B, Section 3. The Provider's local support partner in Shenyang, Beifang Yunwei Technology Co., Ltd., is approved by the Customer by signature of this Order Form.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated in the platform by or for the Customer, including elevator records, site addresses, contract data, technician records, location data from the mobile application, photographs and logs.

1.2 "Service" means the FieldRoster Cloud platform and the support and onboarding services ordered in Part A.

1.3 "Customer Configurations" means the workflows, forms, checklists, dashboards, reports and interface mappings created for the Customer.

### 2. The Service

2.1 The Provider shall provide the Service in accordance with the documentation and this Agreement, with reasonable skill and care, and in compliance with applicable PRC law.

2.2 The Provider may improve the Service from time to time, but shall not materially reduce its functions during the Subscription Term. Major releases are announced at least 14 days in advance.

2.3 The Customer is responsible for the accuracy of the data it enters, for the use of the Service by its users and for keeping user credentials secure. The Customer shall not reverse engineer the platform or use it to provide services to third parties.

### 3. Service Levels

3.1 The Provider shall make the platform available 99.5% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 23:00 and 05:00 Beijing time.

3.2 Support requests are classified as follows. Priority 1: the platform or the mobile application is unavailable to all users, or work orders cannot be created or closed. Priority 2: a major function is impaired for a branch or a group of users. Priority 3: any other issue. The Provider shall respond to Priority 1 requests within 30 minutes, at any time, and restore the service or provide a workaround within six hours. Priority 2 requests are answered within two hours during business hours and resolved within two business days.

3.3 If monthly availability falls below the level in 3.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point below that level, up to half of that monthly amount. Each Priority 1 response that is late earns a credit of CNY 1,000. Credits are deducted from the next invoice.

3.4 The Provider shall send a monthly service report showing availability, incidents, response times and credits.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer, and shall not use it for any other purpose, including benchmarking, product analytics or model training, whether identifiable or not.

4.2 Customer Data is stored in mainland China and is not transferred outside it. The Provider shall maintain ISO/IEC 27001 certification and an MLPS level 3 record for the hosting environment, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for 180 days.

4.3 The Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and bear the costs and losses resulting from an incident caused by its failure to comply with this Section.

4.4 Within 30 days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 5. Intellectual Property

5.1 The Provider owns the platform and all improvements to it.

5.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and have them used by third parties, including a successor provider.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the end of the Agreement.

### 7. Subcontracting

7.1 The Provider shall not subcontract any part of the Service, or appoint a new sub-processor of Customer Data, without the Customer's prior written consent. The Provider remains responsible for the acts of its subcontractors.

### 8. Term, Renewal and Termination

8.1 The Agreement runs for the Subscription Term and then ends. Any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if availability falls below 97% in two consecutive months.

8.3 On termination by the Customer under 8.2, the Provider shall refund prepaid fees for the period after termination.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in 9.1 and 9.2 do not apply to liability for personal injury, fraud or wilful misconduct.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in Part A. The Agreement is written in English and Chinese; both versions have equal effect.

11.2 Neither party may assign the Agreement without the written consent of the other party. If any provision is held invalid, the remaining provisions stay in effect.
"""

H1071E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. HLGR-2026-IT-058
P:Buyer: Heilongjiang Longyuan Grain Reserve Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Mallee Grain Sensing Pty Ltd, ABN 28 604 771 219, 7 Pritchard Street, Swan Hill, Victoria 3585, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer is replacing the manual temperature checks in 24 steel silos and 6 flat warehouses at its Suihua depot with continuous monitoring of grain temperature, moisture and carbon dioxide. The Supplier has offered sensor cables, sensor nodes, gateways and its monitoring software, with installation and training.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, sensor nodes, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software licensed under this Contract, with its documentation.
P:1.3 "Deliverables" means the Equipment, the Software and everything else the Supplier delivers under this Contract, including the site configuration, the silo models, the alarm rules and the interface to the Buyer's grain management system.
P:1.4 "Buyer Data" means all data collected, generated or stored by the Equipment or the Software, and all data the Buyer provides.
H:2. Scope and Price
P:2.1 The Contract Price is CNY 1,482,000, including VAT, import duties, delivery to the Suihua depot, installation and training. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 3 to 28 m, with hangers|480|1,150|552,000
TB:2|Moisture and CO2 sensor node|96|2,600|249,600
TB:3|LoRa gateway with 4G backup|24|8,400|201,600
TB:4|SiloWatch monitoring software, perpetual licence, 30 storage units|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,321,200
TB:5|Installation, cabling and configuration|1|142,000|142,000
TB:6|Training of operators and administrators|1|18,800|18,800
TB:|Contract Price|||1,482,000
P:2.2 The Supplier shall install the Equipment in all 24 silos and 6 warehouses, configure the Software on the Buyer's server in the depot control room, and build the interface to the Buyer's grain management system.
P:2.3 All Equipment shall be new, of current manufacture, rated for operation from minus 40 to plus 60 degrees Celsius, and certified for use in grain dust atmospheres where required by PRC standards.
P:2.4 The Supplier shall deliver, in Chinese and English, the installation drawings, the cable and node layout for each silo, the user and administrator manuals of the Software, the calibration certificates of the sensors, and the certificates of origin and conformity of the Equipment.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 963,300) is paid within 30 days after the Buyer signs the Installation Certificate, which confirms only that all Equipment has been delivered and installed and is not acceptance.
P:3.3 35% of the Contract Price (CNY 518,700) is paid within 30 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment is made against a valid PRC VAT invoice issued by the Supplier's authorised agent in Harbin.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the depot within 70 days after signature and complete installation within 45 days after delivery. Installation work inside silos must be done when the silo is empty or under the Buyer's fumigation and safety permit system.
P:4.3 The Buyer shall provide access to the silos and warehouses, power supply at the agreed points, space in the depot control room for the server, and a depot contact person. The Supplier's staff shall follow the Buyer's safety rules for work at height and in confined spaces, and shall wear the protective equipment the rules require.
P:4.2 If the Supplier fails to meet a date in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:5. Acceptance
P:5.1 Final Acceptance tests are carried out after a trial run of 45 days. The acceptance criteria are: (a) every sensor point reports to the Software at the configured interval, with no more than two points per silo missing in any 24-hour period; (b) temperature readings agree with the Buyer's calibrated reference probes within plus or minus 0.5 degrees Celsius at 60 sample points; (c) moisture and CO2 alarms are raised in the Software and sent by SMS within two minutes in a staged test in three silos; (d) data transfers to the grain management system without loss for the whole trial run; and (e) no Severity 1 incident remains open.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within ten working days. If not, the Supplier shall correct the defects at its cost and the tests are repeated.
P:5.3 Delivery, installation, use of the Equipment or Software, or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and provide Software updates free of charge, including parts, travel and labour.
P:6.2 Incidents are handled as follows. Severity 1 (loss of monitoring for a whole silo or warehouse, or the Software is down): response within two hours, engineer on site or remote restoration within 24 hours. Severity 2 (loss of single sensor points or of a gateway with backup working): response within eight hours, repair within five working days. The Supplier shall keep spare cables, nodes and one gateway at the depot.
P:6.5 The Supplier shall make spare parts for the Equipment available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before any item is discontinued, together with a compatible replacement.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay CNY 600, deducted from the next payment or from the performance security.
P:6.4 After the warranty period the Supplier shall provide support and spare parts at an annual fee of 9% of the Hardware and Licence Subtotal, that is CNY 118,908 per year, fixed for two years. Support is ordered by the Buyer year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier keeps the intellectual property in the standard Software and grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's storage sites.
P:7.2 The site configuration, silo models, alarm rules, reports and the interface to the grain management system prepared for the Buyer, with their source files, belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, in any form.
P:8.2 The Software runs on the Buyer's server. Remote access by the Supplier is allowed only through the Buyer's VPN, with the Buyer's approval for each session, and is logged. The gateways shall not send data to any server other than the Buyer's.
P:8.3 The Supplier shall comply with PRC data protection law, report any security incident affecting Buyer Data within two hours, and be liable for any loss caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the information it receives from the other under this Contract, including stock levels, storage plans and site layouts, and shall not disclose it without prior written consent. This clause survives for five years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Its Harbin agent is approved for invoicing and local support only.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:12.2 On termination the Supplier shall refund the payments received for Deliverables that have not been accepted, less the value of any Equipment the Buyer chooses to keep, and shall deliver the configuration and documentation completed so far.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
P:13.2 This Contract is made in Chinese and English, and both versions have equal effect. It takes effect on signature by both parties.
P:Annexes: 1. Technical specification. 2. Site plan. 3. Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1071E04 = """# Managed IT Services Agreement

**Agreement No. GMT-MSA-2026-112**

**Provider:** Grampians Managed Technology Pty Ltd, ABN 73 619 402 516, 61 Main Street, Stawell, Victoria 3380, Australia ("Provider").

**Customer:** Suzhou Jinhe Textile Technology Co., Ltd., Wujiang District, Suzhou, Jiangsu Province, People's Republic of China ("Customer").

The Customer runs three weaving and dyeing plants and a head office with about 1,900 staff. The Provider will take over the Customer's service desk, end-user device management and server monitoring for 36 months, working with its local team in Suzhou. This Agreement sets out the terms.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means any data of the Customer or its employees that the Provider receives or can access in performing the Services.

1.5 "Charges" means the charges set out in Schedule 3.

## Section 2. Services

2.1 The Provider shall perform the Services described in Schedule 1 from the Service Commencement Date until the end of the Term, with qualified staff and in accordance with good industry practice.

2.2 The Provider shall keep a service delivery manager and at least four on-site engineers in Suzhou during business hours, and an on-call engineer outside business hours.

2.3 The Provider shall use the Customer's IT service management tool and keep all tickets, asset records and knowledge articles in it.

2.4 Changes to the scope of the Services are agreed in writing through the change procedure. Changes of less than 5% of the monthly service charge are absorbed by the Provider.

2.5 The Customer shall give the Provider's staff access to its sites, systems and tools as needed for the Services, provide desks and network access for the on-site team, and appoint an IT manager as the single point of contact for service management.

## Section 3. Transition and Acceptance

3.1 The Provider shall complete the transition from the Customer's internal team within 60 days after signature of this Agreement, according to the transition plan agreed in writing in the first two weeks.

3.2 Transition Acceptance is given when: (a) the service desk has handled all Customer tickets for 15 consecutive working days with at least 90% of calls answered within 30 seconds; (b) all 2,150 end-user devices and 64 servers are recorded in the asset register and enrolled in the Provider's monitoring; (c) knowledge transfer sessions listed in the transition plan have been completed and signed off; and (d) runbooks for all critical systems have been approved by the Customer's IT manager. The Customer signs a Transition Acceptance certificate when the criteria are met.

3.3 If the Provider does not achieve Transition Acceptance within the period in 3.1 for reasons within its control, it shall pay the Customer CNY 1,600 for each day of delay.

## Section 4. Service Levels

4.1 The Provider shall meet the service levels in Schedule 2. Failures are measured monthly and reported in the monthly service report.

4.2 Where a service level is missed, the Customer is entitled to the service credits in Schedule 2. Service credits are deducted from the next monthly invoice.

4.3 Service credits and claims for damages under Section 9 are the Customer's sole and exclusive remedies for any failure of the Provider to meet the service levels or otherwise to perform the Services.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. They include all taxes, travel and tools.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The Customer pays each correct invoice within 30 days after receipt. No amount is payable in advance.

5.3 The Charges are fixed for the Term.

5.4 If the Customer disputes part of an invoice in good faith, it shall pay the undisputed part and the parties shall settle the disputed part through the monthly service review.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer.

6.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell it or use it for its own purposes.

6.3 At the end of the Agreement the Provider shall hand over to the Customer all Customer Data held in the service management tool.

## Section 7. Intellectual Property

7.1 The Provider retains its own tools, methods and know-how.

7.2 Runbooks, scripts, reports, knowledge articles and configuration records created for the Customer belong to the Customer. The Customer may use, modify and give them to any other provider.

## Section 8. Confidentiality

8.1 Each party shall treat as confidential all business information of the other party that it receives under this Agreement, shall use it only for this Agreement, and shall not disclose it to third parties without prior written consent, except as required by law. This obligation continues for three years after the Agreement ends.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable for the Term.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production, except in the case of wilful misconduct.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the work of approved subcontractors.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Neither party may terminate this Agreement before the end of the Term, except the Customer under 11.3. Any failure by the Provider to perform the Services, including a material or repeated failure, is remedied only by service credits and damages under Sections 4 and 9 and does not entitle the Customer to terminate.

11.3 The Customer may terminate this Agreement for convenience at any time after the first 24 months of the Term by giving 90 days' written notice and paying an early termination charge equal to three monthly service charges.

11.4 At the end of the Agreement the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, and hand over all records, documents and accounts to the Customer or a new provider.

11.5 Sections 6, 7, 8 and 9 survive the end of this Agreement.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai. The award is final.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, chat and portal support in Chinese and English for all staff; ticket logging, first-line resolution, escalation | 07:00-22:00 every day |
| End-user device management | Imaging, deployment, patching, software distribution, hardware repair coordination for 2,150 desktops, laptops and tablets | Business hours, on site |
| Server and network monitoring | 24x7 monitoring of 64 servers, plant networks and Wi-Fi; first response and escalation to vendors | 24x7 remote |
| Patch and antivirus management | Monthly patching, antivirus updates and compliance reports | Scheduled windows |
| Plant floor support | On-site support for production terminals in the three plants | Two shifts, on site |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (plant production or a whole site affected): response | 30 minutes | 2% of the monthly service charge per incident |
| Priority 1 incident: restoration or workaround | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 incident: response | 2 hours | 1% of the monthly service charge per month |
| Service desk calls answered within 30 seconds | 90% monthly | 2% of the monthly service charge |
| Patches applied within the agreed window | 95% monthly | 1% of the monthly service charge |

Service credits in any month are limited to 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 74,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| **Total Charges for the Term** | | **2,162,000** |
| Exit assistance and extra work | per engineer day | 1,800 |
"""

H1071E05 = """DAIRY MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. GDI-API-2026-023

BETWEEN

Gippsland Dairy Intelligence Pty Ltd, ABN 36 627 118 405, 19 Smith Street, Warragul, Victoria 3820, Australia (the "Provider"), and

Inner Mongolia Caoyuan Dairy Co., Ltd., Hohhot, Inner Mongolia Autonomous Region, People's Republic of China (the "Customer").

BACKGROUND

The Provider collects and publishes market data on dairy commodities, including farmgate milk prices, global dairy auction results, export and import volumes, feed and fertiliser prices, and seasonal production indices for Australia, New Zealand, the European Union and South America. The Customer buys whole milk powder and other dairy ingredients on world markets and wishes to receive this data through the Provider's application programming interface (the "API") and load it into its own procurement and forecasting systems.

1. DEFINITIONS

1.1 "Data" means the datasets listed in clause 2.1 and delivered through the API, including history and updates.

1.2 "Subscription Year" means the first year of the subscription, starting on the Start Date, or the second year, starting on the first anniversary of the Start Date. The Subscription Term is two Subscription Years.

1.3 "Start Date" means the date on which the Customer signs the Onboarding Acceptance notice under clause 4.

1.4 "Customer Data" means any data provided by the Customer to the Provider, including watch lists, query logs, supplier names, purchase volumes uploaded for the basket calculator, and user details.

1.5 "Custom Feeds" means the field mappings, unit conversions, Chinese labels and scheduled extract jobs built by the Provider for the Customer under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the following datasets for its internal purposes: (a) Global Dairy Prices, daily, with history from 2010; (b) Auction Results, each event, with history from 2012; (c) Trade Flows, monthly, for 46 countries; (d) Farm Inputs, weekly; and (e) Seasonal Production Indices, monthly, with the Provider's forecasts.

2.2 The Customer may store the Data in its own systems, use it in internal reports and models, and share summaries with its affiliated companies in the PRC. It may not resell the Data or publish it in raw form.

2.4 The Provider may add new datasets, fields or history to the subscription at no extra charge. It may withdraw a dataset only if its source stops publishing it, in which case it will give the Customer notice and reduce the fees for the rest of the Subscription Year in proportion.

2.3 The subscription covers up to 2,000,000 API calls per Subscription Year and 25 named users of the Provider's web dashboard. Calls above that number are charged at the rate in clause 3.3.

3. FEES AND PAYMENT

3.1 The fees are:

Subscription fee, Subscription Year 1: CNY 196,000
Subscription fee, Subscription Year 2: CNY 196,000
Onboarding and Custom Feeds, one-time: CNY 18,000
Total: CNY 410,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days. Nothing is payable before the Start Date.

3.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3.4 All fees include PRC VAT and withholding taxes and are paid in CNY to the Provider's agent account in Shanghai.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall issue API credentials, build the Custom Feeds into the Customer's data platform in Hohhot, and train the Customer's analysts and IT staff.

4.2 The Provider aims to complete onboarding within 45 days after signature and will keep the Customer informed of progress.

4.3 Onboarding Acceptance is given by written notice from the Customer when: (a) each dataset can be retrieved through the API with the agreed fields and units; (b) the history loaded into the Customer's platform matches the Provider's published values for a sample of 500 records across all datasets; (c) the scheduled extract jobs have run for ten consecutive working days without failure; and (d) the training sessions have been held. Access to test credentials or use of trial data is not acceptance.

4.4 The Customer shall provide access to its data platform, a technical contact and the list of users in good time, and shall test the Custom Feeds within ten working days after the Provider reports them ready.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API and the dashboard available and to publish each dataset as soon as practicable after its source is released.

5.2 Support is available by email and through the Provider's support portal during business hours in Victoria. The Provider will respond to support requests as promptly as it reasonably can, and will give priority to requests that prevent the Customer from retrieving Data.

5.3 The Provider may carry out maintenance of the API at any time and will try to give notice of planned maintenance on its status page.

5.4 The Provider will publish corrections to the Data when it becomes aware of errors, and will notify the Customer by email of material corrections.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription to the Customer and shall not use it for any other purpose, including in its own indices, forecasts, benchmarks or products, in any form, whether or not aggregated or de-identified.

6.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for named staff, multi-factor authentication and access logging. Purchase volumes and supplier names uploaded by the Customer are stored in a separate encrypted store and deleted after each calculation.

6.3 The Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, take prompt steps to contain it, and be responsible for losses caused by its failure to comply with this clause 6.

6.4 At the end of the Subscription Term the Provider shall delete all Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data, the API and the dashboard.

7.2 The Custom Feeds belong to the Customer. The Customer may use and modify them and have them maintained by any third party. Reports, models and analyses created by the Customer using the Data belong to the Customer.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including the Customer's purchasing plans and the Provider's unpublished forecasts, use it only for this Agreement and not disclose it without the other party's written consent. This obligation survives for three years after the end of the Agreement.

9. LIABILITY

9.1 The Provider does not warrant that the Data is complete or free of errors, since it depends on third-party sources, but shall compile it with reasonable care.

9.2 Neither party is liable for indirect or consequential loss, or for trading losses, except in the case of fraud or wilful misconduct.

9.3 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 3.1.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the onboarding work or the hosting of Customer Data without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. The parties may agree a further subscription by a new written order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates under this clause, the Provider shall refund the fees paid for the remainder of the Subscription Year.

11.3 On termination the Customer may keep the Data already received and continue to use it internally.

11.4 Clauses 6, 7, 8 and 9 survive the end of this Agreement.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules. The award is final and binding.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties about its subject matter. Changes must be in writing and signed by both parties. Notices are sent by email and courier to the addresses above.

13.2 This Agreement is made in English and Chinese, and both versions have equal effect. Neither party may assign it without the written consent of the other party.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "h1071z01": ("h1071z01_ndrc_intermediary_service_platform.pdf", "pdf", "zh"),
    "h1071z02": ("h1071z02_coffee_machine_line_control_retrofit.docx", "docx", "zh"),
    "h1071z03": ("h1071z03_belly_dance_chain_booking_saas.txt", "txt", "zh"),
    "h1071z04": ("h1071z04_school_bus_monitoring_annual_om.txt", "txt", "zh"),
    "h1071z05": ("h1071z05_paper_tearing_studio_tracking_supplier_template.md", "md", "zh"),
    "h1071e01": ("h1071e01_irrigation_software_perpetual_licence_nsw_law.pdf", "pdf", "en"),
    "h1071e02": ("h1071e02_field_service_saas_order_form.md", "md", "en"),
    "h1071e03": ("h1071e03_grain_silo_sensors_monitoring_licence.docx", "docx", "en"),
    "h1071e04": ("h1071e04_managed_it_services_36_months.md", "md", "en"),
    "h1071e05": ("h1071e05_dairy_market_data_api_subscription.txt", "txt", "en"),
}
SOURCES = {k: globals()[k.upper()] for k in TARGETS}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(key, category, terms, sla_clause, ld_stated, deemed, value, capped=None):
    name, _, lang = TARGETS[key]
    assert list(terms) == TERM_KEYS, key
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


LABELS = {
    "h1071z01": label("h1071z01", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True,
                                                36, 8, False, True, False, "PRC", "goods_or_licence"),
                      True, True, False, 2315000, capped=True),
    "h1071z02": label("h1071z02", "hardware", T(None, 1, True, "buyer", True, True, True, 0.06, None, 10, True, True,
                                                18, 28, False, True, True, "PRC", "goods_or_licence"),
                      True, True, False, 2030000, capped=True),
    "h1071z03": label("h1071z03", "cloud", T(99.95, 1, True, "buyer", True, False, True, 500 / 616000 * 100, 200, None,
                                             True, None, None, None, True, True, False, "PRC", "service"),
                      True, True, False, 616000),
    "h1071z04": label("h1071z04", "services", T(99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None,
                                                None, None, False, True, False, "PRC", "service"),
                      True, True, False, 386000),
    "h1071z05": label("h1071z05", "software", T(None, 24, False, "supplier", True, True, True, 0.02, 25, 65, False, False,
                                                6, None, False, True, None, "PRC", "goods_or_licence"),
                      True, True, True, 326000, capped=False),
    "h1071e01": label("h1071e01", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True,
                                                24, 11, False, True, False, "New South Wales", "goods_or_licence"),
                      True, True, False, 1650000, capped=True),
    "h1071e02": label("h1071e02", "cloud", T(99.5, 0.5, True, "buyer", True, True, True, 450 / 620000 * 100, 6 / 24 * 100,
                                             None, True, None, None, None, False, True, False, "PRC", "service"),
                      True, True, False, 620000),
    "h1071e03": label("h1071e03", "hardware", T(None, 2, True, "buyer", True, True, True, 0.08, 200, None, True, True,
                                                36, 9, False, True, False, "PRC", "goods_or_licence"),
                      True, True, False, 1482000, capped=True),
    "h1071e04": label("h1071e04", "services", T(None, 0.5, True, "buyer", False, True, True, 1600 / 2162000 * 100, 150,
                                                None, True, None, None, None, False, False, False, "PRC", "service"),
                      True, True, False, 2162000),
    "h1071e05": label("h1071e05", "cloud", T(None, None, False, "buyer", True, True, True, None, 150, None, True, None,
                                             None, None, False, True, False, "PRC", "service"),
                      False, False, False, 410000),
}

# design data that is not in the labels: fee base for TCO (itemised licence / hardware subtotal) and forum seat
FEE_BASE = {"h1071z01": 1180000, "h1071z02": 1620000, "h1071z05": 168000, "h1071e01": 1260000, "h1071e03": 1321200}
FORUM_OUTSIDE_MAINLAND = {"h1071e01"}

DESIGN = {
    "h1071z01": [],
    "h1071z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h1071z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h1071z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h1071z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1071e01": ["CR-GOVERNING-LAW"],
    "h1071e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h1071e03": [],
    "h1071e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h1071e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (section 3 defaults) and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    lab = LABELS[key]
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """This set's reading of policy section 3, applied to the labels."""
    lab = LABELS[key]
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when there is no SLA at all
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
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


# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)",
    r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![十\d])四个?小时",
    r"(?<![\d.])0\.05(?!\d)" + PCT,
    r"万分之五(?!十)",
    r"(?<![\d.,])100(?:\.0+)?" + PCT,
    r"百分之一?百",
    r"one\s*hundred" + PCT,
    r"(?<![\d.,])30(?:\.0+)?" + PCT,
    r"百分之三十(?![一二三四五六七八九点])",
    r"thirty" + PCT,
    r"(?<![\d.,])15(?:\.0+)?" + PCT,
    r"百分之十五(?![点])",
    r"fifteen" + PCT,
    r"(?<![\d.,])40(?:\.0+)?" + PCT,
    r"百分之四十(?![一二三四五六七八九点])",
    r"forty" + PCT,
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|个自然月)",
    r"十二个(?:自然)?月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "0.05 per cent", "万分之五", "100%",
            "100 percent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "twelve (12) months", "一级故障4小时内"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "48小时", "14 hours", "0.055%", "0.5%", "万分之六", "万分之五十",
             "1,100%", "150%", "130%", "2030年", "12.5%", "115%", "35%", "45%", "140%", "24 months", "112 months",
             "2027年12月31日", "二十四小时", "Schedule 4 Hosting", "CNY 1,150"]


def readback(path):
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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("self-test must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("self-test must miss", s, THRESHOLD_RE.search(s))

    bin_targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (name, kind, _) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for k, (name, kind, lang) in TARGETS.items():
        lab = dict(LABELS[k])
        rules = derive(k)
        if rules != sorted(DESIGN[k]):
            problems.append("%s: derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        covered |= set(rules)
        lab["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t = lab["expected_terms"]
        for key, th in TH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append("%s: %s sits on the threshold" % (k, key))
        share = tco_share(k)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of the threshold" % (k, share))
        text = readback(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(form)
            if m:
                problems.append("%s: threshold figure %r in %r" % (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30]))
                break
        if "{:,}".format(lab["expected_extra"]["contract_value"]) not in re.sub(r"\s", "", text):
            problems.append("%s: contract value not found in the text" % k)
        print("%s %-4s %5d  %-6s %s%s" % (k, kind, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                        "" if share is None else "  [TCO share %.1f]" % share))
    if covered != ALL_RULES:
        problems.append("rules not covered: %s" % sorted(ALL_RULES - covered))
    # the mix
    n_rules = {k: len(derive(k)) for k in TARGETS}
    zh_clean = [k for k in TARGETS if "z" in k[5:] and n_rules[k] == 0]
    en_clean = [k for k in TARGETS if "e" in k[5:] and n_rules[k] == 0]
    if len(zh_clean) != 1 or len(en_clean) != 1:
        problems.append("compliant drafts: %s %s" % (zh_clean, en_clean))
    if derive("h1071e01") != ["CR-GOVERNING-LAW"] or risk(derive("h1071e01")) != "low":
        problems.append("e01 must carry only CR-GOVERNING-LAW")
    if not 8 <= n_rules["h1071z05"] <= 10:
        problems.append("z05 must have 8-10 findings")
    others = [k for k in TARGETS if k not in ("h1071z05", "h1071e01") and n_rules[k] > 0]
    if len(others) != 6 or any(not 2 <= n_rules[k] <= 3 for k in others):
        problems.append("six drafts with two or three findings: %s" % {k: n_rules[k] for k in others})
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
