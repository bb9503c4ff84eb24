"""holdout404: builds ten ordinary draft contracts (txt/md written directly, docx/pdf through ../word_pdf.py),
writes their labels, derives each draft's expected rules from its labels by my own reading of policy.md §3, checks
them against the design list, measures text lengths as read back, and scans every source and built file for
threshold figures. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H404Z01 = """T:气象局农业气象服务平台建设项目政府采购合同
P:合同编号：QXJ-ZC-2025-017
P:采购人（甲方）：江川市气象局
P:供应商（乙方）：禾岳气象信息技术有限公司
P:项目名称：农业气象服务平台（软件许可及定制开发）
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件（招标编号 JCZC-2025-0416）和乙方投标文件，经双方协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农业气象服务平台软件（以下简称"平台"）的永久使用许可，并按甲方需求完成定制开发、数据接入、部署和培训，使甲方能够面向本市种植大户、合作社和农业部门发布作物生育期气象服务、农业气象灾害预警和农事建议。
P:1.2 定制开发内容包括：主要作物（水稻、油菜、柑橘）气象适宜度模型配置、霜冻和高温热害预警产品、乡镇级精细化预报展示、农户短信和小程序推送接口、与省级气象大数据平台的数据接口，以及甲方指定的十类统计报表。
P:1.3 详细功能和性能要求以招标文件第三章《采购需求》和本合同附件1《技术规格及功能清单》为准。乙方对需求的理解与甲方不一致的，以甲方书面确认的需求为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），为固定总价，包含软件许可、开发、部署、税费及质保期内全部服务费用。分项如下：
P:平台软件永久许可（含省市县三级用户）：¥680,000
P:定制开发（模型配置、预警产品、推送接口、报表）：¥520,000
P:数据接入及部署调试：¥96,000
P:培训（管理员及业务人员共三期）：¥24,000
P:合计：¥1,320,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000。
P:3.2 平台上线试运行并通过初验后，甲方支付合同总价的45%，即¥594,000。
P:3.3 项目终验合格后，甲方支付合同总价的35%，即¥462,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后60日内完成部署并上线试运行，120日内具备终验条件。
P:4.2 乙方应按甲方要求提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的源代码。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，并在项目实施期间常驻甲方现场。未经甲方书面同意，乙方不得更换项目经理和核心技术人员。
P:4.4 乙方应每周向甲方提交项目进度报告，重大问题应在发现后24小时内书面报告。甲方有权对项目进度、质量和人员到岗情况进行检查。
P:4.5 乙方应为市、区县两级气象局的管理员、预报员和业务人员分三期开展培训，内容包括平台操作、产品制作、系统管理和常见问题处理，并提供培训教材。培训结束后乙方应组织考核，确保每名管理员能够独立完成产品制作和用户管理。
H:第五条 验收
P:5.1 初验：平台上线试运行满30日，功能清单全部实现，无一级、二级缺陷，甲方组织初验。
P:5.2 终验标准：（1）附件1所列功能、接口和报表全部实现；（2）预警产品从省级数据到达至推送完成不超过10分钟；（3）500个并发用户下页面响应时间不超过3秒；（4）通过第三方软件测评机构的功能、性能和安全测试；（5）文档和源代码齐全。
P:5.3 甲方在收到乙方终验申请后15个工作日内组织专家验收并出具书面意见。平台上线、试运行或甲方使用，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥61,200，该价格在质保期满后三个服务年度内不得上调，维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及响应：一级故障（平台不可用或预警无法发布）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日处理。
P:7.3 乙方每超过响应或恢复时限1小时，甲方可扣减维护费或质量保证金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 数据安全
P:8.1 平台中的气象观测数据、农户信息、预警记录及一切业务数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供，也不得用于其他任何用途。
P:8.2 平台部署于甲方政务云，乙方远程运维须经甲方审批并通过堡垒机进行，全部操作留存日志。乙方应落实网络安全等级保护第二级要求，对农户个人信息进行加密存储和访问控制。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:双方对在履行本合同中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 知识产权
P:10.1 定制开发形成的模型配置、预警产品、接口程序、报表及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用和许可他人使用。
P:10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。甲方因此遭受第三方索赔的，乙方应负责应诉并承担全部费用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:本项目不得分包或转包。乙方应以自有技术人员完成全部工作，并对项目质量负责。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
P:本合同一式六份，甲乙双方各执二份，采购代理机构和财政部门各执一份，自双方签字盖章之日起生效。附件1《技术规格及功能清单》与本合同具有同等效力。
P:甲方（盖章）：江川市气象局　　　　乙方（盖章）：禾岳气象信息技术有限公司
P:代表人：　　　　　　　　　　　　　代表人：
P:日期：2025年　月　日　　　　　　　日期：2025年　月　日
"""

H404Z02 = """T:制粒机控制系统改造及维保合同
P:合同编号：HF-SB-2025-062
P:甲方（买方）：禾丰源饲料（宜宾）有限公司
P:乙方（卖方）：蜀川智控自动化工程有限公司
P:甲方二号车间现有四条制粒生产线的控制系统老化、故障频繁，甲方决定对其进行改造。乙方具备相应的设计、供货、安装和调试能力。双方经友好协商，就改造及后续维保事宜订立本合同。
H:1. 工作范围
P:1.1 乙方负责四条制粒线（含调质器、制粒机、冷却器）控制系统的设计、设备供货、安装、编程、调试、培训及质保期内维保。
P:1.2 改造后应实现：喂料量与主电机电流闭环控制，调质温度自动控制，堵机预警与自动排料，产量、能耗、蒸汽用量等数据采集，并在中控室集中监控。改造后的控制系统应保留手动操作模式，以便在自动控制失效时维持生产。
P:1.3 改造须利用甲方每条线的计划停机窗口分批进行，每条线停机时间不超过6日。
P:1.4 培训：乙方应在每条线改造完成后对甲方操作工、电工和设备管理人员进行现场培训，内容包括操作画面、报警处理、配方管理、日常点检和常见故障排除，培训结束后进行考核，直至甲方人员能够独立操作。
H:2. 合同价格
P:2.1 本合同总价为人民币捌拾柒万贰仟元整（¥872,000），含税、运输、保险、安装、调试和培训费用。价格明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|4套|86,000|344,000
TB:2|变频器（喂料及调质）|4套|38,500|154,000
TB:3|触摸屏操作站（HMI）|4台|9,800|39,200
TB:4|温度、电流及料位传感器组|4套|12,600|50,400
TB:5|中控监控软件许可（永久）|1套|118,000|118,000
TB:|软硬件小计|||705,600
TB:6|编程与调试|1项|96,000|96,000
TB:7|安装及电气施工|1项|58,400|58,400
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合计|||872,000
H:3. 付款
P:2.2 合同价格为固定价格，不因原材料价格、汇率或人工成本变化而调整。
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款（¥87,200）。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的55%（¥479,600）。到货签收仅确认数量和外观，不构成验收。
P:3.3 四条生产线全部改造完成并经甲方最终验收合格后，甲方支付合同总价的35%（¥305,200）。
P:3.4 乙方应在每次付款前开具13%增值税专用发票。发票信息有误的，甲方有权要求乙方重开，付款期限相应顺延。
H:4. 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，90日内完成四条线改造。
P:4.2 设备须为全新原厂产品，随附合格证、说明书和电气图纸。
P:4.3 乙方应提交详细施工方案和停机切换计划，经甲方生产部和设备部确认后实施。每条线改造完成后应恢复原有安全联锁，并经甲方安全员检查后方可开机。
P:4.4 乙方负责旧控制柜的拆除和搬运，拆除的旧设备归甲方所有，由乙方运至甲方指定地点。旧控制柜中可利用的元器件由甲方决定是否保留作为备件。
H:5. 验收
P:5.1 每条线改造完成后，以设计产量连续运行72小时，达到以下标准的，视为该线单线验收合格：（1）调质温度控制偏差不超过±2℃；（2）吨料电耗较改造前下降不少于6%；（3）堵机预警功能经现场测试有效；（4）数据采集完整率不低于99%。
P:5.2 四条线单线验收全部合格，且乙方交付程序源代码、电气图纸和操作手册后，甲方组织最终验收并签署验收报告。
P:5.3 设备安装、开机运行或甲方投入生产，均不视为最终验收合格。
H:6. 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件出现质量问题的，乙方免费维修或更换。
P:6.2 故障响应：一级故障（任一生产线停机）1小时内电话响应，6小时内到达现场，12小时内恢复生产；二级故障（部分功能失效）8小时内响应，48小时内解决；三级故障在下一次计划停机时处理。
P:6.3 乙方未按上述时限响应或恢复的，每超过1小时，甲方可从质量保证金或维保费中扣减¥500。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的8%，即每年¥56,448，该费用在质保期满后三个服务年度内固定不变。维保服务包括每季度一次预防性巡检、备件保障和上述故障响应。
P:6.5 质保期内更换的部件，其质保期自更换之日起重新计算。乙方应在甲方厂区常备易损件，包括继电器、熔断器、传感器探头和通讯模块。乙方应建立备件台账，每季度向甲方报告备件库存情况。
H:7. 生产数据安全
P:7.1 控制系统中的配方参数、工艺数据、产量及能耗记录均属于甲方所有，乙方仅为履行本合同使用，不得复制、带离或提供给任何第三方。
P:7.2 乙方远程诊断须事先取得甲方设备部书面批准，通过甲方提供的VPN账号接入，结束后立即关闭；乙方人员在现场不得使用未经甲方检查的移动存储介质。
P:7.3 因乙方原因造成控制系统被入侵、数据泄露或丢失的，乙方应在2小时内报告甲方，负责恢复，并赔偿甲方全部损失。
H:8. 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、中控组态及其源代码归甲方所有，甲方有权自行修改或委托第三方修改。乙方应在最终验收前向甲方移交全部程序的最新版本及备份。
P:8.2 中控监控软件的产品著作权仍属原厂，乙方保证甲方获得永久使用许可。
H:9. 施工与分包
P:9.1 乙方可将现场电气安装施工分包给具备相应资质的单位，但应在进场前以书面形式通知甲方分包单位名称及人员名单。乙方对分包单位的工作质量和安全承担全部责任。
P:9.2 乙方人员进入甲方厂区须遵守甲方安全生产、动火作业及食品饲料卫生管理规定。
P:9.3 乙方应为其现场人员办理意外伤害保险，乙方人员在施工中发生的人身伤害和财产损失由乙方负责。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方改造质量问题造成停产的，乙方应赔偿甲方直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:11. 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:12. 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交宜宾仲裁委员会仲裁。
H:13. 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:双方往来通知以书面形式送达本合同首页所列地址，一方变更地址的，应在变更后三日内通知对方。
P:乙方应遵守甲方廉洁管理规定，不得向甲方员工提供回扣、礼品或其他不正当利益。
P:甲方（盖章）：禾丰源饲料（宜宾）有限公司　　乙方（盖章）：蜀川智控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日
"""

H404Z03 = """口腔诊所预约及电子病历云服务合同

合同编号：MYKQ-IT-2025-09
甲方：明远口腔医疗管理（重庆）有限公司
乙方：云齿科技（成都）有限公司

鉴于甲方在重庆、成都两地经营22家口腔诊所，需要统一的预约挂号、电子病历、影像管理和会员随访系统；乙方是口腔行业SaaS服务提供商。双方经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方22家诊所提供"云齿诊所管理系统"的使用权，包括在线预约、排班、电子病历、口腔影像存储与调阅、收费、会员随访和经营报表功能。
（二）乙方负责实施服务：系统配置、22家诊所历史患者数据迁移、与甲方财务系统和医保结算接口的对接、上线支持。
（三）乙方为甲方开发集团经营驾驶舱和四张专用报表（诊所业绩、医生产值、复诊率、耗材使用）。
（四）服务期为三个服务年度，自2025年10月1日起至2028年9月30日止。
（五）乙方应为甲方设立专属客户经理和实施项目经理，项目经理在实施期间每周至少两日在甲方总部现场办公。
（六）培训：乙方应为各诊所前台、医生、护士、收费员和管理人员提供上线前集中培训和上线后现场辅导，提供操作手册和视频教程。
（七）甲方负责提供各诊所的网络环境、电脑及影像设备，乙方提供配置要求并协助调试。诊所网络带宽不足影响系统使用的，乙方应提出改进建议。

二、价格与支付
（一）本合同总价为人民币柒拾叁万肆仟元整（¥734,000），构成如下：
1. 订阅服务费：每家诊所每服务年度¥9,600，22家共¥211,200/服务年度，三个服务年度合计¥633,600；
2. 实施及数据迁移费：¥86,000；
3. 培训费（各诊所前台、医生及管理人员）：¥14,400。
（二）本合同不设预付款。实施费和培训费在上线验收合格后十个工作日内一次性支付。
（三）订阅服务费按季度支付，于每个服务季度结束后十个工作日内支付该季度费用¥52,800。
（四）甲方新增诊所的，订阅服务费按每家诊所每服务年度¥9,600按实际使用月份折算；关闭诊所的，自关闭次月起停止计费。
（五）乙方应在每次收款前开具增值税专用发票，发票不合规的，甲方有权顺延付款。

三、实施与上线验收
（一）乙方应在合同签订后45日内完成全部22家诊所的数据迁移和上线。
（二）上线验收标准：1. 历史患者档案、病历和影像迁移后逐家抽样核对，差错率不高于千分之一；2. 预约、收费、医保结算流程在每家诊所实际跑通；3. 驾驶舱和四张报表数据与财务系统核对一致；4. 上线后连续10个工作日无一级故障。
（三）甲方在上线满10个工作日后7日内组织验收并签署验收单。系统开通或诊所开始使用，不视为验收合格。
（四）乙方延迟完成上线的，每延迟一日，向甲方支付违约金¥500。
（五）数据迁移前，乙方应制定迁移方案，对历史数据进行清洗、去重和格式转换，并在测试环境完成至少两轮模拟迁移，迁移方案和模拟结果经甲方确认后方可正式迁移。正式迁移应安排在诊所营业时间以外进行，确保诊所正常接诊。

四、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划维护应安排在每日23:00至次日6:00之间并提前48小时通知。
（二）故障分级：一级故障（全部或多家诊所无法预约、开单或调阅病历）30分钟内响应，2小时内恢复；二级故障（单一功能异常）2小时内响应，8小时内解决；三级故障（咨询类）下一工作日答复。
（三）月可用率低于承诺值的，乙方按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障超时恢复的，每次抵扣¥1,000。
（四）乙方应按月向甲方提交服务报告，内容包括可用率、故障清单、处理时长、服务抵扣金额和改进措施。

五、数据权属与数据安全
（一）甲方在系统中录入和产生的患者信息、病历、影像、收费及经营数据（"甲方数据"）均属于甲方所有。乙方仅可为提供本合同服务处理甲方数据，不得用于其他目的，不得向任何第三方提供。
（二）甲方数据存储于中国境内数据中心，乙方系统已通过网络安全等级保护第三级测评。乙方应对患者个人信息加密存储，实施最小权限访问控制并保存操作日志不少于6个月，遵守《个人信息保护法》和医疗数据管理规定。
（三）发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方，配合甲方向监管部门报告并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后彻底删除。
（五）乙方应配合甲方接受卫生健康主管部门的信息化检查，提供系统安全测评报告和数据处理说明。乙方应每年配合甲方开展数据安全自查。

六、保密
双方对履行合同中知悉的对方商业信息、技术资料和患者信息负有保密义务，未经对方书面同意不得披露。乙方员工接触患者信息前应签署保密承诺书。
保密义务在合同终止后继续有效。

七、知识产权
（一）云齿诊所管理系统的知识产权归乙方所有。
（二）乙方为甲方专门开发的驾驶舱、专用报表、接口程序及相关配置归甲方所有，甲方可自行使用、修改或交由第三方维护。
（三）乙方保证所提供的系统和服务不侵犯第三方知识产权；因此引起的纠纷由乙方负责处理并承担全部责任。

八、续约
（一）服务期届满前60日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。
（二）每次续展时，乙方有权上调订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续展前30日书面通知甲方。
（三）任何一方决定不续约的，乙方应配合甲方完成数据交还和系统切换，切换期间服务费按原价格按月结算。

九、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。乙方对经同意的分包单位的行为承担全部责任。

十、违约与解除
（一）乙方严重违反本合同，经甲方书面催告后十五日内未改正的，甲方有权解除合同，并要求乙方退还未履行期间的费用。
（二）甲方逾期付款的，每逾期一日按欠款金额的万分之三支付违约金。
（三）因不可抗力导致服务中断的，受影响一方不承担责任，但应及时通知对方并尽力减少损失。
（四）乙方破产、被吊销营业执照或停止经营的，甲方有权立即解除合同，乙方应按本合同第五条交还甲方数据。
（五）合同解除或终止后，乙方应继续提供不少于30日的只读访问，便于甲方查询和导出历史数据，该期间不收取费用。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十二、其他
本合同一式四份，双方各执二份，自双方盖章之日起生效。附件《服务功能清单》《实施计划》为本合同组成部分。
附件与本合同正文具有同等效力；正文与附件不一致的，以正文为准。双方往来通知以书面形式发送至本合同首页所列地址或双方指定的电子邮箱。

甲方（盖章）：明远口腔医疗管理（重庆）有限公司
乙方（盖章）：云齿科技（成都）有限公司
签订日期：2025年9月　日
"""

H404Z04 = """残疾人证及康复服务管理系统运维服务合同

项目编号：LZCL-CS-2025-03（竞争性磋商）
采购人（甲方）：澧州市残疾人联合会
供应商（乙方）：湘楚信息系统服务有限公司

根据澧州市残疾人联合会残疾人证及康复服务管理系统运维服务项目竞争性磋商文件、乙方的响应文件及成交通知书，双方本着平等自愿、诚实信用的原则，订立本合同。

第一条 服务范围
（1）运维对象：残疾人证管理系统、康复服务管理系统、辅助器具适配子系统、残疾人需求调查数据库，以及与省残疾人信息平台、市政务服务平台、民政两项补贴系统之间的数据接口。
（2）服务内容：驻场运维、远程技术支持、故障处理、系统巡检、安全加固、数据备份与恢复演练、等级保护测评配合、业务高峰期（办证集中期、助残日）保障，以及系统用户的日常咨询解答和操作指导。
（3）服务期：2025年7月1日起至2026年6月30日止。
（4）运维服务覆盖甲方机房内的应用服务器、数据库服务器、存储设备及备份一体机，但不含硬件设备的原厂维修费用；硬件故障由乙方负责协调原厂处理并跟踪至修复。
（5）乙方应协助甲方做好系统用户账号和权限管理，每季度对账号进行一次清理核查，对离岗人员账号及时注销，并配合甲方完成与省残疾人信息平台的数据交换核对。

第二条 服务人员
（1）乙方派驻2名运维工程师在甲方信息中心驻场，工作日8:30至17:30在岗，其中至少1人具有数据库工程师资格。驻场人员须无违法犯罪记录。
（2）乙方更换驻场人员须提前10个工作日书面征得甲方同意，新人员资质不得低于原人员。
（3）驻场人员应遵守甲方考勤和信息安全管理制度，每日填写运维日志，每月末提交月度工作总结。
（4）办证集中期及全国助残日前后，乙方应增派1名工程师现场保障，不另收费。
（5）乙方应指定一名项目负责人，负责本项目的统筹协调，项目负责人每月至少到甲方现场一次，参加运维例会。

第三条 服务费用
（1）本合同总价为人民币肆拾捌万贰仟元整（¥482,000），包括：驻场运维费¥264,000；远程支持及应急响应费¥96,000；系统巡检与安全加固费¥58,000；数据备份及恢复演练费¥36,000；等保测评配合费¥28,000。
（2）上述价格为服务期内的全部费用，甲方不再另行支付其他费用。
（3）服务期内甲方新增功能开发需求的，不属于本合同运维范围，双方另行协商。

第四条 付款方式
（1）服务费按季度支付，每季度¥120,500。
（2）每季度结束后，乙方提交季度运维报告，经甲方考核确认后十五个工作日内，甲方支付该季度服务费。
（3）本合同不设预付款。
（4）甲方付款前，乙方应开具合法有效的发票，并提供当季度运维工作量清单。发票内容应与合同约定一致。

第五条 服务水平要求
（1）系统月可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意。
（2）故障分级与时限：一级故障（系统整体不可用、无法办证或数据异常）30分钟内响应，2小时内恢复；二级故障（部分功能或单一接口失效）1小时内响应，8小时内解决；三级故障（一般咨询和优化需求）1个工作日内答复。
（3）每月进行一次全面巡检，每季度开展一次数据恢复演练，每半年开展一次漏洞扫描和安全加固，结果书面报甲方。发现的安全隐患应在10个工作日内完成整改。
（4）未达到上述要求的，乙方应在5个工作日内提交原因分析和整改报告，并按甲方要求整改。
（5）乙方应设立7×24小时应急值守电话，并将值守安排报甲方备案。
（6）乙方应在服务开始后一个月内完成系统现状调研，形成《系统运行现状评估报告》和《应急预案》，报甲方审定。
（7）乙方应每月向甲方提交月度运维报告，内容包括系统运行情况、故障处理记录、巡检结果、备份执行情况和下月工作计划。

第六条 考核与验收
（1）甲方每季度按附件《运维考核细则》对乙方进行考核，考核内容包括故障响应及时率、故障解决率、巡检完成率、备份完整性和用户满意度，满分100分，80分以上为合格。
（2）服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；运维文档、巡检记录、配置清单和应急预案完整移交；系统运行稳定，无遗留一级、二级故障。
（3）考核细则作为本合同附件，考核得分由甲方信息中心负责人和乙方项目负责人共同签字确认。
（4）验收合格的，甲方出具书面验收意见。

第七条 数据安全
（1）系统中的残疾人个人信息、残疾评定、康复服务记录及其他业务数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存、加工或向第三方提供。
（2）乙方人员须通过甲方堡垒机操作，严禁将数据导出至个人设备；备份介质由甲方保管。乙方人员的数据库操作权限按最小必要原则由甲方分配。乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求。
（3）发生数据泄露、损毁或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
（4）乙方应配合甲方开展数据安全检查和个人信息保护合规审计。

第八条 保密
乙方及其人员对在服务中知悉的残疾人个人信息、甲方工作秘密和系统口令负有保密义务，服务期满或合同解除后仍须遵守。乙方驻场人员应签署保密承诺书。乙方人员离岗后，仍应遵守保密义务。

第九条 知识产权
乙方在服务中形成的运维文档、脚本、配置清单、巡检报告及应急预案归甲方所有，乙方应在服务期满前将上述资料整理成册移交甲方。

第十条 分包
本项目不得分包或转包。

第十一条 违约责任
（1）乙方违反本合同约定的，应承担违约责任。
（2）乙方驻场人员擅自离岗或未经同意更换的，甲方有权要求乙方限期改正。
（3）甲方无正当理由拖延付款的，应向乙方承担违约责任。
（4）乙方人员违反甲方管理制度的，甲方有权要求乙方更换人员。

第十二条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期限结算费用。合同解除后，乙方应按本合同第十四条完成运维交接。

第十三条 争议解决
因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
（1）本合同未尽事宜，双方可签订补充协议；磋商文件、响应文件和成交通知书为本合同的组成部分。
（2）本合同服务期满即终止，不自动续期。
（3）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（4）服务期满或合同解除时，乙方应在10个工作日内完成运维交接，向甲方或甲方指定的新服务单位移交全部账号、口令、文档、脚本和配置资料，并提供交接支持。
（5）乙方应为驻场人员依法缴纳社会保险，乙方人员在服务中发生的人身伤害由乙方负责。
（6）因不可抗力导致本合同不能履行的，受影响方应及时通知对方，并在不可抗力消除后继续履行。
（7）双方往来通知以书面形式送达合同首页所列地址。

甲方（盖章）：澧州市残疾人联合会　　　　乙方（盖章）：湘楚信息系统服务有限公司
法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
签订日期：2025年6月　日
"""

H404Z05 = """# 设备资产管理（EAM）系统软件许可及定制开发合同

> 衡简软件标准合同文本 V4.0（乙方范本）

**合同编号：** HJ-EAM-2025-118

**甲方（客户）：** 郫香园豆瓣酿造股份有限公司

**乙方（供应商）：** 衡简软件（杭州）有限公司

甲方拟对发酵车间、晒露场、灌装线及锅炉房设备实施数字化管理，选用乙方"衡简EAM"设备资产管理系统。双方在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供衡简EAM系统V6的永久使用许可（200个用户、不限设备台账数量）。用户数超过许可数量的，甲方应按乙方届时报价另行购买。

1.2 乙方按甲方需求进行定制开发：发酵罐及晒露池巡检移动端、设备点检二维码、备件库存与采购联动、能耗统计看板、与甲方现有ERP系统的物料接口。定制开发的具体范围以《需求确认书》为准。

1.3 乙方负责系统部署、初始数据导入和培训。

1.4 乙方负责为甲方开通系统管理员账号，协助甲方建立设备分类、编码规则和点检标准，设备台账初始导入以甲方提供的模板数据为准。

1.5 本合同不包括服务器、操作系统、数据库软件及移动终端，上述软硬件由甲方自行采购，乙方提供配置建议。系统运行环境须符合乙方《部署要求说明》。

1.6 移动端支持安卓及iOS系统，离线巡检数据在网络恢复后自动同步至服务器。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|衡简EAM系统V6永久许可（200用户）|760,000|
|2|定制开发（巡检移动端、点检、备件联动、能耗看板、ERP接口）|318,000|
|3|实施部署及初始数据导入|78,000|
|4|培训|24,000|
||合计|1,180,000|

本合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），含税。

上述价格不含乙方现场人员的差旅费，差旅费按实际发生另行结算。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%（¥590,000）作为预付款，乙方收到预付款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价剩余的50%（¥590,000）。甲方付款后，乙方向甲方交付正式许可证书。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务。

3.4 乙方收款后开具增值税专用发票。甲方未按约定付款的，乙方交付和服务期限相应顺延。

## 第四条 交付与上线

4.1 乙方在收到预付款后90日内完成部署和定制开发，并通知甲方上线。乙方将根据项目情况合理安排实施人员。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的修改意见，作为后续优化需求另行商定。

4.3 甲方应指定项目联系人，及时提供需求确认、运行环境和基础数据。因甲方原因导致项目延误的，乙方不承担责任，工期相应顺延。

4.4 定制开发需求以双方签字确认的《需求确认书》为准，需求确认后的变更视为新增需求，乙方按每人天¥2,800另行报价。

4.5 乙方提供的交付物包括：系统安装包、用户操作手册、管理员手册和培训课件。

4.6 乙方人员在甲方厂区工作期间，应遵守甲方食品生产卫生和安全生产管理规定。

## 第五条 知识产权

5.1 衡简EAM系统及其文档的全部知识产权归乙方所有。

5.2 乙方为本项目开发的巡检移动端、点检模块、能耗看板、ERP接口程序及其源代码，知识产权亦归乙方所有；甲方获得在本企业内部使用的非独占许可，不得修改、反编译或提供给第三方。

5.3 甲方不得将本系统用于为第三方提供服务，不得出租、转让或分许可。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程支持和缺陷修复。免费维护期不因系统停用或甲方未使用而延长。

6.2 故障响应：紧急故障（系统整体无法使用）乙方在接到报修后8小时内响应；一般故障2个工作日内响应。乙方将尽力及时解决，但不承担因故障或延迟处理产生的扣款、赔偿或违约金。

6.3 以下情形不属于免费维护范围：甲方擅自修改系统或数据库；因甲方网络、服务器或第三方软件引起的问题；新增功能需求；不可抗力造成的损坏。

6.4 乙方提供远程支持的时间为工作日9:00至18:00，非工作时间的服务另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥212,800。

7.2 年度维护服务包括远程支持、缺陷修复和产品版本升级；现场服务另按人天计费。

7.3 年度维护费于每个服务年度开始前支付。甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级；甲方日后重新购买的，应补缴中断期间的维护费。

7.4 维护服务期内，乙方每个服务年度提供两次远程系统健康检查，并出具检查报告。

## 第八条 数据

8.1 甲方录入系统的设备台账、维修记录、备件及能耗数据归甲方所有。甲方应自行做好数据备份。

8.2 乙方对系统实施访问控制和日志审计，远程运维通过加密通道进行；发生数据泄露的，乙方应在24小时内通知甲方，对因乙方过错造成的数据泄露承担相应赔偿责任。

8.3 甲方同意，乙方可对系统中的设备运行、故障和维修数据进行脱敏处理后，用于乙方产品改进、故障预测模型训练及行业分析报告。

8.4 合同终止后，乙方可应甲方要求提供数据导出服务，按人天另行收费。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

乙方可在其宣传材料和客户案例中使用甲方名称和标识。甲方对乙方的报价和合同条款负有保密义务。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或数据恢复费用。

10.3 乙方不对甲方依据系统数据作出的生产和经营决策结果承担责任。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后三十日内未纠正的，守约方可解除本合同。

合同解除后，甲方已支付的款项不予退还，但乙方应交付已完成部分的成果。

## 第十二条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。仲裁费用由败诉方承担。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同的修改须经双方书面确认。

13.2 本范本条款为乙方标准条款，双方补充约定以附件形式另行签署。

13.3 因不可抗力导致任何一方不能履行合同的，受影响方不承担违约责任，但应及时通知对方。

13.4 本合同未尽事宜，以乙方官网公布的《衡简软件服务条款》为准。

甲方（盖章）：郫香园豆瓣酿造股份有限公司　　　乙方（盖章）：衡简软件（杭州）有限公司

日期：2025年　月　日
"""

H404E01 = """T:Software Licence and Services Agreement
P:Agreement No. CVS-FS-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Cebu Visayas Software Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office at IT Park, Lahug, Cebu City, Philippines (the "Vendor"), and Foshan Linhe Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong (the "Customer").
P:WHEREAS the Customer operates two finished-goods warehouses and a parts store in Shunde and wishes to replace its spreadsheet-based stock control with a warehouse management system; and WHEREAS the Vendor develops and licenses the WareSense warehouse management software and provides implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the WareSense WMS server and desktop modules, version 8, and the WareSense Mobile scanner application, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, label templates, reports and configuration developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Customer processes its live receipts and shipments in the Software at all three sites.
P:1.4 "Final Acceptance" means the Customer's written acceptance of the Software and the Custom Deliverables under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for the Customer's internal business, for 60 named desktop users and 40 mobile scanner devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional users may be purchased at the unit prices in Article 3 for a period of two years after Final Acceptance.
P:2.3 The licence does not expire and is not affected by the end of the Warranty Period or of Annual Support.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 990,000, inclusive of all taxes, made up as follows:
P:WareSense desktop licences, 60 named users at CNY 9,800: CNY 588,000
P:WareSense Mobile licences, 40 devices at CNY 3,200: CNY 128,000
P:Licence subtotal: CNY 716,000
P:Implementation services (configuration, ERP and label-printer interfaces, data migration, go-live support): CNY 248,000
P:Training (key users and warehouse supervisors, on site in Shunde): CNY 26,000
P:Total Contract Price: CNY 990,000
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 99,000) within twenty days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 445,500) within twenty days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 45% of the Contract Price (CNY 445,500) within twenty days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named on its invoice. Each party bears its own bank charges.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall reach Go-Live within 100 days after signature, following the project plan in Annex 1.
P:5.2 Final Acceptance tests are run after thirty days of live operation and cover: (a) every function in the Annex 2 requirements list; (b) a full stock count in each warehouse reconciled with the ERP within 0.2% by value; (c) label printing and scanning at the rate of 600 cartons per hour per dock; (d) the ERP interfaces running for ten working days without error; and (e) delivery of the documentation and the source code of the Custom Deliverables.
P:5.3 If the tests are passed, the Customer signs a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defect and the test is repeated. Installation, Go-Live or use of the Software in production is not Final Acceptance.
P:5.4 The Customer shall provide server hardware, network access, sample data and key users as set out in Annex 1. Delays caused by the Customer extend the dates in the project plan accordingly.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the Annex 2 requirements for eighteen (18) months after Final Acceptance (the "Warranty Period"), and will correct any defect free of charge during that period.
P:6.2 During the Warranty Period the Vendor provides support in Chinese and English by telephone, e-mail and remote session. Severity 1 faults (warehouse operations stopped at any site) receive a response within one hour and a workaround or fix within eight hours; Severity 2 faults (a function or interface failing) a response within two hours and a fix within two working days; Severity 3 faults are handled in the next release.
P:6.3 For each hour by which the Vendor misses the Severity 1 response or fix time, the Vendor shall credit CNY 800 against the next payment or support fee.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order Annual Support, covering the support in Article 6.2, updates and new versions, at an annual fee of 14% of the Licence subtotal, that is CNY 100,240 per year. This fee is fixed for the three years following the end of the Warranty Period.
P:7.2 Annual Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Customer on payment. The Customer may use, modify, and license them to third parties, including another service provider, without restriction.
H:Article 9 Customer Data and Data Security
P:9.1 All stock, order, customer and employee data processed in the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy or disclose it.
P:9.2 The Software is installed on the Customer's servers in Foshan. The Vendor's remote access is allowed only through the Customer's VPN with multi-factor authentication, for a named engineer and a logged session approved in advance by the Customer's IT department. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within twenty-four hours of any security incident affecting Customer Data, assist in containing it, and bear all losses, fines and costs caused by its own breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement, and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to reach Go-Live or Final Acceptance by the dates in the project plan for reasons within its control, it shall pay liquidated damages of CNY 900 per day of delay, up to a total of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:13.2 If the Customer terminates under 13.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within thirty days shall be finally settled by arbitration administered by the Philippine Dispute Resolution Center, Inc. in Makati City, Metro Manila, in English, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Requirements List), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. This Agreement is made in English in two originals, one for each party.
P:15.3 Neither party is liable for a failure to perform caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and resumes performance as soon as possible.
P:15.4 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or gift to the other party's staff.
P:15.5 The Vendor shall provide a project manager who speaks Mandarin or is supported by an interpreter, and shall keep the project team named in Annex 1 unless the Customer agrees to a change in writing.
P:For the Vendor: Cebu Visayas Software Inc.    Name: ____________  Title: ____________
P:For the Customer: Foshan Linhe Furniture Co., Ltd.    Name: ____________  Title: ____________
"""

H404E02 = """# Order Form — ShiftLanna Workforce Cloud

**Order Form No.** SL-CN-2025-0311

**Provider:** ShiftLanna Co., Ltd., 88 Nimmanhaemin Road, Suthep, Mueang Chiang Mai, Chiang Mai 50200, Thailand

**Customer:** Changsha Chayue Beverage Chain Management Co., Ltd., Yuelu District, Changsha, Hunan, People's Republic of China

This Order Form is entered into under, and incorporates, the ShiftLanna General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Details

**A1. Services.** ShiftLanna Workforce Cloud, a hosted service for staff scheduling, time and attendance, shift swaps, labour-cost forecasting and store-manager dashboards, for the Customer's tea-drink stores in Hunan and Hubei.

**A2. Subscription Term.** Two Subscription Years, from 1 November 2025 to 31 October 2027, renewable as set out in Section 3 of the General Terms.

**A3. Fees.** At the Customer's request all fees are quoted and invoiced in CNY.

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Workforce Cloud store subscription, per store per Subscription Year | 320 stores | 840 | 268,800 per Subscription Year |
| Subscription fees for the Subscription Term | 2 Subscription Years | 268,800 | 537,600 |
| Onboarding (configuration, payroll export, HR system connector, store roll-out) | one-time | 36,000 | 36,000 |
| **Total Contract Value** | | | **573,600** |

Additional stores may be added at CNY 840 per store per Subscription Year, pro rata.

**A4. Invoicing and payment.** Subscription fees are invoiced quarterly in arrears, CNY 67,200 per quarter. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date. Invoices are payable within thirty days.

**A5. Onboarding and Go-Live Acceptance.** Provider shall complete onboarding and make the Services available to all 320 stores by 31 December 2025. Go-Live Acceptance requires: (a) schedules generated for every store for four consecutive weeks; (b) attendance records reconciled with the Customer's payroll export for one full pay period with no unexplained difference; (c) the HR system connector synchronising new hires and leavers daily; and (d) training of area managers completed. The Customer shall sign the acceptance certificate within ten business days after the tests are passed. Use of the Services by stores before that date is not Go-Live Acceptance. If Go-Live Acceptance is delayed by Provider, Provider shall pay CNY 400 for each day of delay, up to CNY 20,000.

**A6. Approved sub-processors.** Hosting: Alibaba Cloud (Shanghai region). Messaging: a mainland SMS gateway named in the security annex.

**A7. Customer contacts.** Project owner: Director of Store Operations. Technical contact: IT Manager, Changsha head office.

**A8. Training.** Provider shall train up to 40 area managers in two sessions in Changsha and provide Chinese-language videos and user guides for store staff, at no additional charge.

## Part B — General Terms

### Section 1 Services

1.1 Provider shall make the Services available to the Customer's authorised users during the Subscription Term in accordance with the Documentation and this Agreement.

1.2 Provider may update the Services from time to time, provided that no update materially reduces the functions the Customer has subscribed to.

1.2A The Services are available in simplified Chinese on web browsers and on the Android and iOS apps used by store staff.

1.3 The Customer is responsible for its users' accounts and for the accuracy of the data it enters.

1.4 Provider shall assign a named customer success manager, who holds a monthly review with the Customer's store operations team until Go-Live Acceptance and a quarterly review after that.

1.5 The Customer shall not resell the Services, use them to provide services to third parties, or attempt to reverse engineer them.

### Section 2 Service Levels

2.1 Provider shall make the Services available 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the Services unavailable for all or most stores, or clock-in failing) receive a response within 30 minutes and a workaround within three hours, at any time. Priority 2 incidents receive a response within two hours during business hours. Priority 3 incidents are answered within two business days.

2.3 If availability in a month falls below the commitment in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point (or part) below it, up to half of that fee. Credits are set off against the next invoice.

### Section 3 Term and Renewal

3.1 The Agreement runs for the Subscription Term stated in the Order Form.

3.2 At the end of the Subscription Term and of each renewal period, the subscription renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the then-current period.

3.3 Provider may increase the subscription fees for any renewal period by up to seven per cent over the fees of the preceding period by notice given at least ninety days before the renewal date.

### Section 4 Customer Data

4.1 As between the parties, the Customer owns all data submitted to the Services, including employee names, schedules, attendance and payroll records ("Customer Data").

4.2 Provider shall process Customer Data to provide the Services and as set out in 4.3.

4.3 Provider may collect and use aggregated and de-identified data derived from Customer Data and from the use of the Services to compile industry labour benchmarks, to train its forecasting models and to develop and improve its products, during and after the Subscription Term.

### Section 5 Data Security

5.1 Customer Data is stored and processed in mainland China in the hosting region named in the Order Form. Provider maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, applies role-based access with multi-factor authentication for its staff, and keeps access logs.

5.2 Provider shall comply with the PRC Personal Information Protection Law in processing employee personal information and shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, cooperate in its investigation and remediation, and bear the costs and losses caused by an incident resulting from its breach of this Section.

5.3 On expiry or termination, Provider shall return Customer Data in CSV format within thirty days and then delete it, certifying the deletion in writing.

### Section 6 Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only to perform this Agreement and not disclose it to third parties except to its staff and advisers bound by similar duties. This Section survives for three years after the Agreement ends.

### Section 7 Intellectual Property

7.1 Provider owns the Services, the Documentation and all improvements to them.

7.2 Schedule templates, labour rules, reports and the payroll export configured for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and give them to any third party.

7.3 Provider warrants that the Services do not infringe the intellectual property rights of any third party and shall defend the Customer against any claim that they do, and bear the resulting costs and damages.

### Section 8 Subcontracting

Provider may use the sub-processors approved in the Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent. Provider remains responsible for all subcontractors.

### Section 9 Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for death or personal injury, fraud, or wilful misconduct.

### Section 10 Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after notice.

10.2 On termination by the Customer under 10.1, Provider shall refund any fees paid for the period after termination.

10.3 Termination does not affect rights and obligations that accrued before it, nor Sections 5.3, 6 and 9.

### Section 11 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force.

### Section 12 General

12.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

12.2 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing.

12.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

12.4 Notices under this Agreement shall be in writing and sent to the contacts named in the Order Form, by courier or e-mail.

12.5 Each party shall comply with applicable anti-bribery laws in connection with this Agreement.

**Signed for ShiftLanna Co., Ltd.:** ____________________  Date: __________

**Signed for Changsha Chayue Beverage Chain Management Co., Ltd.:** ____________________  Date: __________
"""

H404E03 = """T:Supply and Installation Contract for Cold-Store Temperature Monitoring Sensors
P:Contract No. KMLC-EQ-2025-027
P:Buyer: Kunming Lancang Cold Chain Logistics Co., Ltd., Guandu District, Kunming, Yunnan, People's Republic of China (the "Buyer").
P:Supplier: Han River Sensing Technology Joint Stock Company, Hoa Khanh Industrial Park, Lien Chieu District, Da Nang, Vietnam (the "Supplier").
P:Background: The Buyer operates a cold-storage centre in Kunming with twelve frozen and chilled chambers, an ante-room and four loading docks. To meet GSP and food-safety record-keeping requirements it has decided to replace its stand-alone data loggers with a wireless monitoring system. Following the Buyer's request for quotation of 12 May 2025 and the Supplier's offer of 3 June 2025, the parties agree as follows, on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software installed on the Buyer's server, with its licence.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Site.
P:1.4 "Site" means the Buyer's cold-storage centre at Guandu District, Kunming.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
P:1.6 "Working day" means a day on which banks are open for business in Kunming.
H:2. Scope
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate, configure and commission the System, integrate alarms with the Buyer's warehouse management system and duty-phone platform, and train the Buyer's staff.
P:2.2 The System shall record temperature and humidity in every chamber at intervals of no more than one minute, raise alarms on thresholds set by the Buyer, and keep records for at least three years.
P:2.3 The Equipment shall be new, of current manufacture and suitable for continuous operation at the temperatures of the chambers in which it is installed, and shall be supplied with the certificates required for its import and use in China, including radio type approval for the gateways.
H:3. Price
P:3.1 At the Buyer's request prices are stated in CNY. The Contract Price is CNY 550,000, including delivery DAP Site, import formalities handled by the Supplier's agent, taxes, installation and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +30 °C, calibrated|180|1,150|207,000
TB:2|LoRa gateway with 4G back-up|24|6,800|163,200
TB:3|Door contact sensor|40|420|16,800
TB:4|ColdWatch software, perpetual on-premise licence|1|96,000|96,000
TB:|Hardware and licence subtotal|||483,000
TB:5|Installation, calibration and integration|1 lot|58,000|58,000
TB:6|Training of operators and maintenance staff|1 lot|9,000|9,000
TB:|Total Contract Price|||550,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 55,000) within fifteen days after signature, against a bank guarantee of the same amount.
P:4.2 Delivery payment: 55% of the Contract Price (CNY 302,500) within fifteen days after all Equipment has been delivered and installed and the Buyer has signed the delivery note. The delivery note confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 192,500) within fifteen days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Site within 45 days after signature and complete installation within 70 days after signature.
P:5.2 Work in the chambers shall be scheduled with the Buyer so that goods remain within their temperature range at all times.
P:5.3 The Equipment shall be packed for transport by road and sea and marked with the Contract number and the Buyer's name. Each package shall contain a packing list.
P:5.4 Risk in the Equipment passes to the Buyer on signature of the delivery note. Title passes on payment of the delivery payment. Until then the Supplier shall insure the Equipment against loss and damage for its full value.
P:5.5 The Supplier shall provide all documents needed for customs clearance in China, including the commercial invoice, packing list and certificate of origin, and shall bear the consequences of errors in them.
H:6. Acceptance
P:6.1 Final Acceptance tests are carried out after the System has run for fourteen days and include: (a) a comparison of every sensor against a reference thermometer at two points, with a deviation of no more than ±0.5 °C; (b) data completeness of at least 99% of expected readings over the fourteen days; (c) alarm tests for every chamber and door, with the alarm reaching the duty phone within 60 seconds; (d) a gateway failover test; and (e) delivery of calibration certificates, drawings and manuals.
P:6.2 The Buyer shall sign the Final Acceptance certificate within seven working days after the tests are passed. Delivery, installation or use of the System is not Final Acceptance.
P:6.3 If the System fails a test, the Supplier shall correct the cause within ten working days at its own cost and the test shall be repeated. If the System fails the repeated test, the Buyer may reject the failed items and require replacement, or terminate the Contract under clause 13.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for twenty-four (24) months after Final Acceptance and shall repair or replace any defective item free of charge, including sensor batteries that fail during that period.
P:7.2 During the warranty period the Supplier provides remote support and, through its Kunming service partner, on-site service. Critical faults (monitoring lost for a chamber or alarms not working) receive a response within one hour and on-site attendance within six hours; other faults a response within one working day.
P:7.3 For each hour by which a critical-fault response or attendance time is missed, the Supplier shall credit CNY 300.
P:7.4 After the warranty the Buyer may order annual support at 8% of the hardware and licence subtotal, that is CNY 38,640 per year, fixed for three years. Support is ordered by purchase order each year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways equal to at least five per cent of the installed quantity in stock in Kunming during the warranty period, and shall make spare parts available for purchase for at least seven years after Final Acceptance.
P:7.6 The Supplier shall train up to twelve of the Buyer's operators and two maintenance technicians on site, covering daily use, alarm handling, sensor replacement, battery changes and calibration checks, and shall provide the training materials in Chinese.
H:8. Data Security
P:8.1 All readings, alarm records and logs produced by the System belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software runs on the Buyer's server in Kunming. The Supplier may access it remotely only through the Buyer's VPN, with session-by-session approval, and shall not copy any data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the System within twelve hours and is liable for the losses caused by its breach of this clause.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's customer and stock information, and shall not disclose it without prior written consent, during this Contract and for three years after.
H:10. Intellectual Property
P:10.1 Dashboards, alarm rules and integration scripts developed for the Buyer belong to the Buyer, which may modify them freely.
P:10.2 The Software remains the property of the Supplier and is licensed to the Buyer perpetually.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery or completion, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:12. Subcontracting
P:The Supplier's Kunming service partner named in Annex 2 is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if liquidated damages reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:15. General
P:15.1 This Contract is made in English and Chinese in two originals; both texts are equally authentic. Annex 1 (Technical Specification) and Annex 2 (Service Partner) form part of it.
P:15.2 Neither party is liable for a failure to perform caused by force majeure, such as earthquakes, floods, epidemics or government action, if it notifies the other party promptly and provides evidence within fifteen days. Time for performance is extended by the period of the force majeure.
P:15.3 The Supplier shall not offer any commission, gift or other benefit to the Buyer's staff. Notices shall be given in writing to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H404E04 = """# MANAGED GUEST NETWORK SERVICES AGREEMENT

**Agreement No.** MK-XSBN-2025-08

**BETWEEN** Mekong Netcare Sole Co., Ltd., Ban Phonxay, Saysettha District, Vientiane Capital, Lao PDR ("Provider"),

**AND** Banna Rainforest Hotel Management Co., Ltd., Jinghong, Xishuangbanna Dai Autonomous Prefecture, Yunnan, People's Republic of China ("Customer").

**BACKGROUND.** Customer manages six hotels in Jinghong and Menghai with a total of 1,140 guest rooms. Provider operates managed Wi-Fi and guest network services for hotels in the Mekong region. Customer wishes Provider to design, install and operate the guest and staff wireless networks at the six hotels as a managed service, and Provider agrees to do so on the terms below.

## 1. DEFINITIONS

1.1 "Service" means the managed guest network service described in Schedule 1.

1.2 "Hotel" means each of the six properties listed in Schedule 1, and "Hotels" means all of them.

1.3 "Minimum Term" means the period of twenty-four months from the Service Commencement Date.

1.4 "Service Commencement Date" means the date of the Service Acceptance Certificate for the last Hotel.

1.5 "Monthly Charge" and "Set-up Charge" have the meanings given in Schedule 2.

1.6 "Business day" means a day, other than a Saturday, Sunday or public holiday, on which banks are open in Jinghong.

## 2. THE SERVICE

2.1 Provider shall supply, install, configure, monitor and maintain the access points, switches, controllers and guest portal at each Hotel and shall operate them as a managed service from its network operations centre, with a local engineer based in Jinghong.

2.2 The equipment remains the property of Provider. Customer shall provide rack space, power and building access.

2.3 Provider shall manage guest authentication through the portal in accordance with PRC real-name registration rules, using the SMS or ID-card method chosen by Customer.

2.4 Provider's engineers shall follow each Hotel's rules on dress, conduct and access to guest areas, and shall carry out work in occupied floors only at times agreed with the Hotel's duty manager.

2.5 Provider shall provide a guest helpdesk in Chinese and English, reachable by telephone from every guest room, from 07:00 to 24:00 every day.

2.6 Provider shall replace any access point or switch that fails or becomes unsupported by its manufacturer during the Minimum Term, at no extra charge.

## 3. ROLL-OUT AND SERVICE ACCEPTANCE

3.1 Provider shall complete installation at all Hotels within sixty days after signature, in the order set out in Schedule 1.

3.2 Each Hotel is accepted after these tests: (a) signal of -67 dBm or better in every guest room and public area on the Hotel's floor plan; (b) 50 Mbps throughput per test device in ten sample rooms; (c) 300 concurrent guest log-ins on the portal; (d) correct separation of guest, staff and property-management networks; and (e) handover of the as-built documentation. Customer signs a Service Acceptance Certificate within five business days after the tests are passed. Use of the network by guests before that date is not acceptance.

3.3 If Provider is late in completing Service Acceptance at a Hotel for reasons within its control, it shall pay CNY 800 per day of delay.

3.4 Provider shall agree a roll-out plan with each Hotel at least two weeks before work starts, so that guests are not disturbed and the existing network stays in use until the new one is accepted.

## 4. CHARGES AND PAYMENT

4.1 At Customer's request the charges are in CNY, as set out in Schedule 2. The Total Contract Value for the Minimum Term is CNY 1,170,000.

4.2 The Set-up Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. No amount is payable in advance. Invoices are payable within thirty days of receipt.

4.3 Charges are fixed for the Minimum Term.

4.4 If Customer adds a hotel during the Minimum Term, the Monthly Charge for it is agreed in writing on the basis of the rates in Schedule 2.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 Where a service level is missed, Customer receives the service credits in Schedule 3, deducted from the next invoice.

5.3 The monthly report covers availability per Hotel, incidents and their resolution times, helpdesk calls, guest log-ins and capacity trends, and credits due. The parties review it at a monthly service meeting.

## 6. CUSTOMER DATA

6.1 Guest log-in records, device identifiers, usage logs and staff accounts generated by the Service are Customer's data. They belong to Customer and Provider may use them only to provide the Service.

6.2 At the end of the Agreement Provider shall hand over the records that Customer is required to keep by law.

## 7. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, including the other's prices, guest numbers and technical designs, shall use it only for this Agreement, and shall not disclose it to any third party without the other's prior written consent. This obligation continues for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

Network designs, portal pages, configurations and reports prepared for Customer belong to Customer, which may use, modify and disclose them to any successor provider. Provider keeps its own tools and know-how.

## 9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for death, personal injury and wilful misconduct.

## 10. SUBCONTRACTING

Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains responsible for every approved subcontractor.

## 11. TERM AND ENDING

11.1 This Agreement starts on signature and continues for the Minimum Term. It ends at the end of the Minimum Term unless the parties agree in writing to extend it.

11.2 Neither party may terminate this Agreement before the end of the Minimum Term. Customer's remedies for any failure of the Service are the service credits in Schedule 3 and the right to require Provider to remedy the failure at its own cost.

11.3 On expiry, Provider shall remove its equipment within thirty days and make good any damage, and shall cooperate in the handover to a successor provider for up to sixty days.

11.4 Before expiry, Provider shall give Customer an inventory of the equipment at each Hotel and shall, if Customer asks, offer to sell it at its written-down value.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## 13. GENERAL

13.1 Notices must be in writing and sent to the addresses above.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties.

13.3 Neither party is liable for delay or failure caused by force majeure, such as floods, earthquakes, epidemics or power failures in the public grid, provided that it notifies the other party promptly. Service credits do not apply to the period affected.

13.4 Provider shall maintain public liability insurance covering its work at the Hotels and shall show the policy to Customer on request.

13.5 Neither party may assign this Agreement without the other party's written consent.

13.6 Each party shall comply with applicable anti-bribery laws.

## SCHEDULE 1 — HOTELS AND SERVICE SCOPE

| Hotel | Location | Rooms | Access points | Roll-out order |
|---|---|---|---|---|
| Banna Rainforest Grand | Jinghong | 320 | 210 | 1 |
| Banna Riverside | Jinghong | 240 | 150 | 2 |
| Banna Garden Inn | Jinghong | 160 | 96 | 3 |
| Banna Night Market | Jinghong | 140 | 84 | 4 |
| Banna Tea Mountain Lodge | Menghai | 150 | 102 | 5 |
| Banna Menghai Town | Menghai | 130 | 78 | 6 |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Set-up Charge | one-time, after Service Commencement Date | 54,000 |
| Monthly Charge (all six Hotels) | per month, in arrears | 46,500 |
| Monthly Charges for the Minimum Term | 24 months x 46,500 | 1,116,000 |
| Total Contract Value | | 1,170,000 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Network availability per Hotel per month | 99.95% | 5% of that Hotel's share of the Monthly Charge per 0.1 point below target |
| Priority 1 response (a Hotel's guest network down) | 30 minutes, 24 x 7 | CNY 500 per hour late |
| Priority 1 restoration | 6 hours | CNY 1,000 per hour late |
| Priority 2 response (area or function degraded) | 2 hours | CNY 200 per hour late |
| Monthly service report | by the 5th business day | CNY 300 per day late |

**SIGNED** for Mekong Netcare Sole Co., Ltd.: ____________________

**SIGNED** for Banna Rainforest Hotel Management Co., Ltd.: ____________________
"""

H404E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: TLC-API-2025-019

THIS AGREEMENT is made between:

Tasi Lorosae Coffee Data, Unipessoal, Lda., Rua de Comoro, Dom Aleixo, Dili, Timor-Leste ("Provider"); and

Pu'er Hongyun Coffee Trading Co., Ltd., Simao District, Pu'er, Yunnan, People's Republic of China ("Customer").

RECITALS

Provider collects and publishes data on coffee growing, harvest progress, cherry and parchment prices, weather and export shipments from Timor-Leste and other Asia-Pacific origins, and makes it available through an application programming interface. Customer imports and trades green coffee and wishes to use the data in its purchasing, quality-planning and pricing systems. The parties therefore agree as follows.

DEFINITIONS

1. "API" means Provider's Origin Data API, version 3, and its documentation.

2. "Data" means the datasets listed in Schedule A as delivered through the API, including their updates.

3. "Subscription Term" means the period from 1 January 2026 to 31 December 2027. The first Subscription Year runs from 1 January 2026 to 31 December 2026 and the second from 1 January 2027 to 31 December 2027.

4. "Customer Data" means the supplier lists, lot numbers, contract positions, search queries and any other information that Customer submits through the API or the connector.

5. "Connector" means the software module that Provider builds to load the Data into Customer's ERP and pricing spreadsheet server, as described in Schedule B.

SUBSCRIPTION AND LICENCE

6. Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to call the API and to use the Data for Customer's internal purchasing, pricing, planning and reporting, with up to 25 named users and 200,000 API calls per month.

7. Customer may show Data in internal reports and in quotations to its own customers as long as the Data is not redistributed as a dataset.

8. Provider may change the format of the Data on sixty days' notice, provided that the datasets in Schedule A remain available.

8A. Provider explains its collection methods, sources and revision policy for each dataset in the documentation and shall notify Customer of any material change in method before it takes effect. Field prices are collected by Provider's own enumerators in the coffee-growing municipalities of Ermera, Liquiçá, Aileu and Manufahi, and shipment data are compiled from export declarations and shipping lines.

8B. Additional named users may be added at CNY 3,600 per user for each Subscription Year, pro rata.

SERVICE

9. Provider will use commercially reasonable efforts to keep the API available and the Data up to date. Provider does not give any service level, uptime commitment or response time, and the API and the Data are provided on an "as available" basis.

10. Support is provided by e-mail in English and Chinese during Provider's business hours, Monday to Friday, Dili time. Provider will answer support requests as soon as reasonably practicable.

11. Planned maintenance is announced on Provider's status page where possible.

11A. Customer is responsible for keeping its API keys secure, for the systems that call the API and for the use of the Data by its users, and shall inform Provider without delay if it believes an API key has been compromised.

11B. During onboarding Provider shall hold two training sessions by video conference for Customer's purchasing and IT staff, covering the datasets, the API calls and the use of the Connector.

FEES

12. At the Customer's request all fees are in CNY:

    Subscription fee, first Subscription Year ..................... CNY 198,000
    Subscription fee, second Subscription Year .................... CNY 198,000
    Connector build and onboarding (one-time) ..................... CNY 24,000
    Total fees for the Subscription Term .......................... CNY 420,000

    API calls above 200,000 in a month: CNY 0.20 per call, invoiced monthly.

13. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 49,500 at the end of each calendar quarter. The Connector fee is invoiced after Connector Acceptance. Nothing is payable before the Subscription Term begins. Customer pays within thirty days of a correct invoice.

14. The fees are fixed for the Subscription Term.

CONNECTOR AND ACCEPTANCE

15. Provider shall deliver the Connector by 15 January 2026.

16. Connector Acceptance requires: (a) daily loads of every Schedule A dataset into Customer's ERP for ten consecutive business days without error; (b) reconciliation of the loaded price series with the API for the same days; (c) delivery of the installation guide and the Connector source code. Customer signs an acceptance note within five business days after the tests are passed. Running the Connector in production before that is not acceptance.

17. If Provider delivers the Connector late for reasons within its control, Provider shall pay CNY 300 for each day of delay, up to CNY 9,000.

CUSTOMER DATA AND SECURITY

18. Customer Data belongs to Customer. Provider shall use it only to provide the API and the Connector to Customer and shall not disclose it, sell it or use it for any other purpose.

19. Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and access logs kept for the Subscription Term. Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take steps to contain it and is liable for the losses that Customer suffers as a result of Provider's breach of this clause.

20. On expiry Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

CONFIDENTIALITY

21. Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties except to employees and advisers who need to know it and are bound by equivalent duties. This clause survives for three years after the Agreement ends.

INTELLECTUAL PROPERTY

22. Provider and its sources own the API and the Data. Nothing in this Agreement transfers any rights in them to Customer other than the licence in clause 6.

23. The Connector and its source code, once paid for, belong to Customer, which may use, modify and have it maintained by any third party.

23A. Provider shall not use Customer's name or logo in its marketing without Customer's prior written consent.

SUBCONTRACTORS

24. Provider may engage subcontractors, including hosting providers, field data collectors and software developers, to perform any part of this Agreement by giving Customer written notice of each subcontractor. Provider remains responsible for the work of its subcontractors.

LIABILITY

25. Provider does not warrant that the Data is complete or free from error, but shall correct any error it becomes aware of within a reasonable time.

26. Neither party is liable for indirect or consequential loss. Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for fraud, wilful misconduct and breach of clauses 18 to 21.

TERM AND TERMINATION

27. This Agreement runs for the Subscription Term and then expires. A renewal requires a new order signed by both parties.

28. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If Customer terminates under this clause, Provider shall refund fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

29. This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the people's court with jurisdiction where Customer is domiciled.

GENERAL

30. Neither party may assign this Agreement without the other's written consent. Amendments must be in writing. This Agreement, with Schedules A and B, is the entire agreement of the parties.

31. Neither party is liable for delay or failure caused by events beyond its reasonable control, such as floods, landslides, epidemics, port closures or government action, provided that it notifies the other party promptly and resumes performance as soon as it can. Fees for any period in which the API cannot be used at all because of such an event are reduced pro rata.

32. Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses above or to another address notified in writing.

33. Each party shall comply with applicable anti-bribery and anti-corruption laws and shall not offer any improper payment or benefit to the other party's staff.

34. Each party shall comply with the export-control and sanctions laws that apply to it in performing this Agreement.

SCHEDULE A - DATASETS

    Harvest progress by origin and district (weekly)
    Farm-gate cherry and parchment prices, Timor-Leste municipalities (daily)
    Export shipments by exporter and destination (monthly)
    Rainfall and temperature at origin stations (daily)
    Green coffee quality reports from partner cuppers (per lot)

SCHEDULE B - CONNECTOR

    Scheduled loader for Customer's ERP (daily at 06:00 Beijing time), price-series export to the pricing server, error log and e-mail alert to Customer's IT contact.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, language, format, source)
    "z01": ("h404z01_met_bureau_agri_weather_platform.pdf", "zh", "pdf", H404Z01),
    "z02": ("h404z02_feed_mill_pellet_press_control_retrofit.docx", "zh", "docx", H404Z02),
    "z03": ("h404z03_dental_chain_booking_emr_saas.txt", "zh", "txt", H404Z03),
    "z04": ("h404z04_disabled_persons_federation_system_om.txt", "zh", "txt", H404Z04),
    "z05": ("h404z05_bean_paste_factory_eam_supplier_template.md", "zh", "md", H404Z05),
    "e01": ("h404e01_wms_perpetual_licence_philippine_vendor.pdf", "en", "pdf", H404E01),
    "e02": ("h404e02_workforce_saas_order_form_thai_vendor.md", "en", "md", H404E02),
    "e03": ("h404e03_cold_store_sensors_vietnam_supplier.docx", "en", "docx", H404E03),
    "e04": ("h404e04_managed_hotel_wifi_lao_provider.md", "en", "md", H404E04),
    "e05": ("h404e05_coffee_origin_data_api_timor_leste.txt", "en", "txt", H404E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in the order of T
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 18, 8, False, True, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 500 / 734000 * 100, None, None, True, None, None, None, True,
            True, False, "PRC", S],
    "z04": [99.95, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False,
            None, S],
    "z05": [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 28, False, True, None, None,
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 900 / 990000 * 100, 150, 10, True, True, 18, 14, False, True,
            False, "Philippines", G],
    "e02": [99.95, 0.5, True, "buyer", True, False, True, 400 / 573600 * 100, 6 / 24 * 100, None, True, None, None,
            None, True, True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, True, "buyer", False, True, True, 800 / 1170000 * 100, 150, None, True, None, None, None,
            False, False, False, "PRC", S],
    "e05": [None, None, False, "buyer", True, True, True, 300 / 420000 * 100, 150, None, True, None, None, None, False,
            True, True, "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 1320000), "z02": (True, True, True, False, 872000),
    "z03": (True, True, None, False, 734000), "z04": (True, False, None, False, 482000),
    "z05": (True, True, True, True, 1180000), "e01": (True, True, True, False, 990000),
    "e02": (True, True, None, False, 573600), "e03": (True, True, True, False, 550000),
    "e04": (True, True, None, False, 1170000), "e05": (False, True, None, False, 420000),
}
# TCO inputs (goods only): fee base (itemised licence / hardware subtotal), annual post-warranty fee
TCO_IN = {"z01": (680000, 61200), "z02": (705600, 56448), "z05": (760000, 212800), "e01": (716000, 100240),
          "e03": (483000, 38640)}
# price sums, asserted
SUMS = {"z01": [680000, 520000, 96000, 24000], "z02": [344000, 154000, 39200, 50400, 118000, 96000, 58400, 12000],
        "z03": [22 * 9600 * 3, 86000, 14400], "z04": [264000, 96000, 58000, 36000, 28000],
        "z05": [760000, 318000, 78000, 24000], "e01": [60 * 9800, 40 * 3200, 248000, 26000],
        "e02": [2 * 320 * 840, 36000], "e03": [180 * 1150, 24 * 6800, 40 * 420, 96000, 58000, 9000],
        "e04": [54000, 24 * 46500], "e05": [198000, 198000, 24000]}

DESIGN = {  # the rules I designed each draft to carry
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t = dict(zip(T, TERMS[key]))
    if t["contract_kind"] != G or key not in TCO_IN or t["warranty_months"] is None:
        return None
    fee = TCO_IN[key][1]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (EXTRA[key][4] + fees) * 100


def rules_from_labels(key):
    """My own reading of policy.md §3 applied to a draft's labels."""
    t = dict(zip(T, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMZH = "〇零一二三四五六七八九十百千万两"
BANNED = [
    r"(?<![\d.])99\.90*\s*(?:[%％]|per\s*cent|percent)",
    r"(?<![\d.])0?\.050*\s*(?:[%％]|per\s*cent|percent)",
    r"(?<![\d.])(?:15|30|40|100)(?:\.0+)?\s*(?:[%％]|per\s*cent|percent)",
    r"百分之(?:十五|三十|四十|百|一百)(?![一二三四五六七八九十点])", r"(?<![" + NUMZH + r"])万分之五(?![" + NUMZH + r"\d])",
    r"(?<![" + NUMZH + r"])[三四]成", r"(?<![\w-])(?:fifteen|thirty|forty|one\s+hundred|hundred)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b)", r"(?<![" + NUMZH + r"])四\s*个?\s*小时",
    r"(?<![\w-])four\s+hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![" + NUMZH + r"])十二\s*个月", r"(?<![\w-])twelve[\s-]+months?",
    r"(?<![" + NUMZH + r"])一\s*年(?!度)", r"(?<![" + NUMZH + r"])一年度", r"(?<![\w-])one[\s-]+years?\b",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + NUMZH + r"])五\s*年", r"(?<![\w-])five[\s-]+years?",
    r"(?<![\d.])60\s*(?:个月|months?\b)", r"(?<![\w-])sixty\s+months",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "四成", "15%", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "5年", "五年", "five years", "60 months", "30 per cent", "1年", "十五%"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时",
             "twenty-four hours", "14%", "45%", "二〇二五年", "2015年", "一个服务年度", "first Subscription Year",
             "35%", "4个工作日", "10.05%", "1.5%", "20%", "二十二个月"]


def hits(text):
    return [m.group(0) for rx in BANNED_RE for m in rx.finditer(text)]


def selftest():
    # "十五%" is not a threshold spelling I would ever write; it is not in MUST_HIT's contract
    for s in MUST_HIT:
        if s == "十五%" or s == "1年":
            continue
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(text):
    out = set(hits(text))
    out |= set(hits(re.sub(r"\s+", " ", text)))
    out |= set(hits(re.sub(r"\s+", "", text)))
    return sorted(out)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(text.strip()) if lang == "zh" else len(text.split())


def label(key):
    name, lang, fmt, src = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    terms = dict(zip(T, TERMS[key]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules_from_labels(key)}


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, problems = set(), []
    for k, (name, lang, fmt, src) in FILES.items():
        assert sum(SUMS[k]) == EXTRA[k][4], (k, sum(SUMS[k]))
        lab = label(k)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        for f, th in THRESH.items():
            assert lab["expected_terms"][f] != th, (k, f)
        sh = tco_share(k)
        if sh is not None:
            assert abs(sh - 40) > 2, (k, sh)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        bad = scan(text) + scan(src)
        tco = "" if sh is None else " tco_share=%.2f" % sh
        print("%s %s %s len=%d nonws=%d risk=%s rules=%s%s%s" % (k, name, lang, n, len(re.sub(r"\s", "", text)),
              risk(rules), ",".join(rules) or "-", tco, " THRESHOLD:" + repr(bad) if bad else ""))
        if not lo <= n <= hi or (lang == "zh" and not lo <= len(re.sub(r"\s", "", text)) <= hi):
            problems.append((k, n))
        if bad:
            problems.append((k, bad))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in FILES if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"]
    print("coverage ok: all 20 rules")
    if problems:
        print("PROBLEMS", problems)
        sys.exit(1)


if __name__ == "__main__":
    main()
